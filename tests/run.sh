#!/usr/bin/env bash
# The test runner.  Usage: tests/run.sh BINARY [BINARY...]
# For each binary (the plain build, then the sanitizer build) it runs:
#  - unit tests: build/unit/test_* (plain) or build/unit-san/test_* (sanitized),
#    each printing "unit: N passed, N failed";
#  - transcript tests: tests/cases/*.t and examples/*/*.t.  A .t file holds
#    commands ("$ cadre ...", run from the repository root with stdout and
#    stderr merged), each followed by its exact expected output and a line
#    "? N" with the expected exit code.  Every `cadre check` of a .cadre
#    policy is run a second time from compiled bytecode (compile, write,
#    load, verify, run) and must print the same.
# Ends with "N passed, N failed" and exits non-zero on any failure.
set -u
cd "$(dirname "$0")/.."
root=$PWD
pass=0; fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export CADRE_HISTORY=/dev/null LC_ALL=C
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1

report_fail() { fail=$((fail+1)); echo "FAIL $1"; }

run_unit() { # dir
    for u in "$1"/test_*; do
        [ -x "$u" ] || continue
        out=$("$u" 2>&1); rc=$?
        line=$(printf '%s\n' "$out" | grep -E '^unit: [0-9]+ passed, [0-9]+ failed$' | tail -1)
        if [ -z "$line" ]; then report_fail "$u (no summary, exit $rc)"; printf '%s\n' "$out" | tail -20; continue; fi
        p=$(echo "$line" | sed -E 's/unit: ([0-9]+) passed.*/\1/'); f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed/\1/')
        pass=$((pass+p)); fail=$((fail+f))
        if [ "$f" != 0 ] || [ $rc != 0 ]; then echo "FAIL $u"; printf '%s\n' "$out" | grep -v '^ok ' | head -40; [ "$f" = 0 ] && fail=$((fail+1)); fi
    done
}

roundtrip_cmd() { # cmdline -> prints the rewritten command, or nothing
    local -a words; read -r -a words <<< "$1"
    [ ${#words[@]} -ge 2 ] && [ "${words[0]}" = cadre ] && [ "${words[1]}" = check ] || return 0
    local pol=() rest=() w
    for w in "${words[@]:2}"; do case $w in *.cadre) pol+=("$w");; *) rest+=("$w");; esac; done
    [ ${#pol[@]} -gt 0 ] || return 0
    case "$1" in *'|'*|*'>'*|*'<'*) return 0;; esac
    echo "cadre compile ${pol[*]} -o $tmp/rt.cbc >/dev/null && cadre check $tmp/rt.cbc ${rest[*]}"
}

run_t() { # bin file
    local bin=$1 file=$2 cmd="" expected="" n=0
    local -a cmds=() exps=()
    while IFS= read -r line || [ -n "$line" ]; do
        if [[ $line == '$ '* ]]; then
            [ -n "$cmd" ] && { cmds+=("$cmd"); exps+=("$expected"); }
            cmd=${line#'$ '}; expected=""
        elif [ -n "$cmd" ]; then
            expected+="$line"$'\n'
        fi
    done < "$file"
    [ -n "$cmd" ] && { cmds+=("$cmd"); exps+=("$expected"); }
    for i in "${!cmds[@]}"; do
        n=$((n+1))
        local got; got=$(bin=$bin; cadre() { "$bin" "$@"; }; eval "${cmds[$i]}" 2>&1; echo "? $?")
        local want=${exps[$i]%$'\n'}
        if [ "$got" == "$want" ]; then pass=$((pass+1)); else
            report_fail "$file: \$ ${cmds[$i]}"
            diff <(printf '%s\n' "$want") <(printf '%s\n' "$got") | head -30
        fi
        local rt; rt=$(roundtrip_cmd "${cmds[$i]}")
        if [ -n "$rt" ]; then
            local got2; got2=$(bin=$bin; cadre() { "$bin" "$@"; }; eval "$rt" 2>&1; echo "? $?")
            if [ "$got2" == "$want" ]; then pass=$((pass+1)); else
                report_fail "$file: (bytecode round trip) \$ ${cmds[$i]}"
                diff <(printf '%s\n' "$want") <(printf '%s\n' "$got2") | head -30
            fi
        fi
    done
}

for bin in "$@"; do
    case $bin in /*) ;; *) bin=$root/$bin;; esac
    [ -x "$bin" ] || { report_fail "missing binary $bin"; continue; }
    before_p=$pass; before_f=$fail
    case $bin in *-san) run_unit build/unit-san;; *) run_unit build/unit;; esac
    for t in tests/cases/*.t examples/*/*.t; do
        [ -f "$t" ] && run_t "$bin" "$t"
    done
    echo "$(basename "$bin"): $((pass-before_p)) passed, $((fail-before_f)) failed"
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
