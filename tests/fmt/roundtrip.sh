#!/usr/bin/env bash
# For every policy in the tree: cadre fmt's output formats to itself, and it
# lints exactly as the original does (the formatter also checks internally
# that the output parses to the same tree). Files with syntax errors must be
# refused by fmt as they are by lint. Prints failures, then a count.
# Usage: tests/fmt/roundtrip.sh CADRE SCRATCH_DIR
cadre=$1; tmp=$2; n=0; bad=0
for f in examples/*/*.cadre docs/examples/*.cadre stdlib/*.cadre stdlib/*/*.cadre $(find tests -name '*.cadre' | sort); do
    [ -f "$f" ] || continue
    n=$((n + 1))
    "$cadre" lint "$f" >/dev/null 2>&1; lint=$?
    if ! "$cadre" fmt "$f" > "$tmp/once.cadre" 2>/dev/null; then
        if [ $lint = 0 ]; then echo "FAIL $f: lints clean but fmt refused it"; bad=$((bad + 1)); fi
        continue
    fi
    "$cadre" fmt "$tmp/once.cadre" > "$tmp/twice.cadre" 2>/dev/null
    cmp -s "$tmp/once.cadre" "$tmp/twice.cadre" || { echo "FAIL $f: not idempotent"; diff "$tmp/once.cadre" "$tmp/twice.cadre" | head -5; bad=$((bad + 1)); }
    "$cadre" lint "$tmp/once.cadre" >/dev/null 2>&1; lint2=$?
    [ $lint = $lint2 ] || { echo "FAIL $f: lint exit $lint before fmt, $lint2 after"; bad=$((bad + 1)); }
done
[ $n -gt 20 ] || { echo "FAIL only $n policy files found"; bad=$((bad + 1)); }
echo "fmt round trip: $bad failed"
[ $bad = 0 ]
