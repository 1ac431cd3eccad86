#!/usr/bin/env bash
# run.sh — the benchmark: generates a data set (bench/gen), checks that every
# implementation of bench/checks.cadre finds the same violations and unknowns
# per check as the generator planted, then times each (median of RUNS runs).
# Owns: the peers' command lines, agreement, medians and the results table.
# Does not own: the data (gen.c), the checks (checks.cadre, rules.cadre,
# checks.sql, ref.c, peer.py) or the interactive timings (interactive.sh).
#
# usage: bench/run.sh SCALE [RUNS]      RUNS=0: agreement only (make bench-smoke)
# env:   CADRE (default ./cadre), BUILD (default build), SEED (default 1)
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-council} runs=${2:-5}
cadre=${CADRE:-./cadre} build=${BUILD:-build} seed=${SEED:-1}
bin=$build/bench root=$PWD
data=$bin/data/$scale-s$seed
as_of=2025-03-31
export LC_ALL=C

command -v sqlite3 >/dev/null || { echo "bench: the sqlite3 shell is needed (make deps)" >&2; exit 2; }
for b in gen ref timeit; do [ -x "$bin/$b" ] || { echo "bench: $bin/$b is missing (make bench builds it)" >&2; exit 2; }; done

# ---- data: CSV directory, SQLite copy with native types, prepared peer db ----
if [ ! -f "$data/manifest.txt" ] || [ "$bin/gen" -nt "$data/manifest.txt" ]; then
    [ ! -t 2 ] || echo "bench: generating $scale data (seed $seed) in $data" >&2
    rm -rf "$data" "$data.db" "$data.sql.db"
    mkdir -p "$(dirname "$data")"
    "$bin/gen" --scale "$scale" --seed "$seed" --out "$data" --sqlite "$data.db"
fi
if [ ! -f "$data.sql.db" ] || [ bench/import.sql -nt "$data.sql.db" ]; then
    rm -f "$data.sql.db"
    (cd "$data" && sqlite3 "$root/$data.sql.db" < "$root/bench/import.sql" >/dev/null)
fi

# ---- the implementations: name, then a command printing "check violations unknown" ----
counts_cadre() { # data [policy]
    local rc=0
    "$cadre" check "${2:-bench/checks.cadre}" --data "$1" --as-of $as_of --format json > "$tmp/json" || rc=$?
    [ $rc -le 1 ] || echo "bench: cadre check ${2:-bench/checks.cadre} --data $1 exited $rc" >&2
    sed -nE 's/.*"name": "([^"]*)".*"failed": ([0-9]+), "unknown": ([0-9]+).*/\1 \2 \3/p' "$tmp/json"
}
# bench/rules.cadre names its rules as the blocks' with '_' for '.'
block_names() { sed -E 's/^caseload_/caseload./; s/^pod_(practice|asye)_/pod.\1./'; }
peer_cmd() { # name -> command line run from the repository root (timed as is)
    case $1 in
    cadre-csv)        echo "$cadre check bench/checks.cadre --data $data --as-of $as_of";;
    cadre-csv-load)   echo "$cadre check bench/load.cadre --data $data --as-of $as_of";;
    cadre-rules)      echo "$cadre check bench/rules.cadre --data $data --as-of $as_of";;
    cadre-db)         echo "$cadre check bench/checks.cadre --data $data.db --as-of $as_of";;
    cadre-db-load)    echo "$cadre check bench/load.cadre --data $data.db --as-of $as_of";;
    sqlite-import)    echo "sh -c 'cd $data && cat $root/bench/import.sql $root/bench/checks.sql | sqlite3 :memory:'";;
    sqlite-import-load) echo "sh -c 'cd $data && sqlite3 :memory: < $root/bench/import.sql'";;
    sqlite-query)     echo "sqlite3 -readonly $data.sql.db -init /dev/null -cmd '.read bench/checks.sql' .quit";;
    ref)              echo "$bin/ref $data";;
    ref-rules)        echo "$bin/ref -g $data";;
    python)           echo "python3 bench/peer.py $data";;
    esac
}

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
grep -v '^#' "$data/manifest.txt" > "$tmp/manifest"
counts_cadre "$data" > "$tmp/cadre-csv"
counts_cadre "$data.db" > "$tmp/cadre-db"
counts_cadre "$data" bench/rules.cadre | block_names > "$tmp/cadre-rules"
"$bin/ref" -g "$data" > "$tmp/ref-rules"
peers="cadre-csv cadre-db sqlite-import sqlite-query ref"
python=0
if command -v python3 > /dev/null; then python3 bench/peer.py "$data" > "$tmp/python"; peers="$peers python"; python=1; fi
eval "$(peer_cmd sqlite-import)" | grep -v '^off$' > "$tmp/sqlite-import"
eval "$(peer_cmd sqlite-query)" > "$tmp/sqlite-query"
"$bin/ref" "$data" > "$tmp/ref"
bad=0
for impl in $peers; do
    if ! diff -u "$tmp/manifest" "$tmp/$impl" > "$tmp/diff"; then
        echo "bench: $impl DISAGREES with the planted breaches ($data/manifest.txt):" >&2
        cat "$tmp/diff" >&2
        bad=1
    fi
done
# the general rules: the twelve planted counts, and weekly_group (a gap()
# cadence the generator does not plant) as the C reference counts it
grep -v '^weekly_group ' "$tmp/cadre-rules" > "$tmp/cadre-rules-12"
if ! diff -u "$tmp/manifest" "$tmp/cadre-rules-12" > "$tmp/diff" || ! diff -u "$tmp/ref-rules" "$tmp/cadre-rules" >> "$tmp/diff"; then
    echo "bench: cadre with bench/rules.cadre DISAGREES with the planted breaches or with ref -g:" >&2
    cat "$tmp/diff" >&2
    bad=1
fi
[ $bad = 0 ] || { echo "bench: FAILED: implementations disagree" >&2; exit 1; }
nchecks=$(wc -l < "$tmp/manifest")
echo "bench: $scale: cadre (CSV, SQLite, general rules), sqlite3 (import+queries, query-only), the C reference$([ $python = 0 ] || echo " and the Python script") agree with the $nchecks planted check counts (and on weekly_group)"
[ "$runs" -gt 0 ] || exit 0

# ---- timing ----
csv_kb=$(du -sk --apparent-size "$data" | cut -f1)
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
measure() { # name: RUNS timed runs into $tmp/t.NAME
    local cmd; cmd=$(peer_cmd "$1")
    : > "$tmp/t.$1"
    eval "$bin/timeit $tmp/t.$1 $cmd" > /dev/null 2>&1 || true
    : > "$tmp/t.$1"   # the first run warmed the page cache; not counted
    for ((i = 0; i < runs; i++)); do eval "$bin/timeit $tmp/t.$1 $cmd" > /dev/null 2>&1 || true; done
}
stat_of() { # name field(1 secs, 2 kb, 4 cpu secs) -> "median min max"
    local f=$2
    local med; med=$(awk -v f="$f" '{print $f}' "$tmp/t.$1" | median)
    awk -v f="$f" -v med="$med" 'NR==1 {mn=$f; mx=$f} {if ($f<mn) mn=$f; if ($f>mx) mx=$f} END {print med, mn, mx}' "$tmp/t.$1"
}
timed="cadre-csv cadre-csv-load cadre-rules cadre-db cadre-db-load sqlite-import sqlite-import-load sqlite-query ref ref-rules"
[ $python = 0 ] || timed="$timed python"
for n in $timed; do
    echo "bench: timing $n ($runs runs)" >&2
    measure $n
done

out=$tmp/table
{
    echo "cadre benchmark — scale $scale (seed $seed), $(date -u +%Y-%m-%d)"
    echo "machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ {printf "%.0f GB RAM", $2/1048576}' /proc/meminfo)"
    echo "data: $(sed -n 's/^# rows: //p' "$data/manifest.txt"); CSV $(awk -v k="$csv_kb" 'BEGIN {printf "%.1f", k/1024}') MB"
    echo "times in seconds: median of $runs runs (min-max); load = the load-only run, check = total - load;"
    echo "cpu = user + system seconds (median): on a shared machine wall time also counts waiting for a core"
    echo
    printf '%-34s %7s %7s %22s %7s %9s %9s %12s\n' implementation load check "total (min-max)" cpu "peak MB" "RSS/CSV" "cadre/peer"
    read -r cmed _ _ < <(stat_of cadre-csv 1)
    row() { # label total-name load-name|-
        local label=$1 tname=$2 lname=$3 tmed tmin tmax kb load check ratio
        read -r tmed tmin tmax < <(stat_of "$tname" 1)
        read -r kb _ _ < <(stat_of "$tname" 2)
        read -r cpu _ _ < <(stat_of "$tname" 4)
        if [ "$lname" = - ]; then load=n/a; check=n/a
        else read -r load _ _ < <(stat_of "$lname" 1); check=$(awk -v a="$tmed" -v b="$load" 'BEGIN {printf "%.3f", a-b}'); load=$(printf '%.3f' "$load"); fi
        ratio=$(awk -v c="$cmed" -v p="$tmed" 'BEGIN {printf "%.2f", c/p}')
        printf '%-34s %7s %7s %22s %7.3f %9.1f %9.2f %12s\n' "$label" "$load" "$check" \
            "$(printf '%.3f (%.3f-%.3f)' "$tmed" "$tmin" "$tmax")" "$cpu" "$(awk -v k="$kb" 'BEGIN {print k/1024}')" \
            "$(awk -v k="$kb" -v c="$csv_kb" 'BEGIN {print k/c}')" "$ratio"
    }
    row "cadre, CSV -> verdicts" cadre-csv cadre-csv-load
    row "cadre, general rules (rules.cadre)" cadre-rules cadre-csv-load
    row "cadre, SQLite file -> verdicts" cadre-db cadre-db-load
    row "sqlite3, import + queries" sqlite-import sqlite-import-load
    row "sqlite3, query-only (prepared db)" sqlite-query -
    row "C reference (bench/ref.c)" ref -
    row "C reference, with weekly_group" ref-rules -
    [ $python = 0 ] || row "Python script (bench/peer.py)" python -
    echo
    read -r smed _ _ < <(stat_of sqlite-import 1)
    read -r rmed _ _ < <(stat_of ref 1)
    read -r gmed _ _ < <(stat_of cadre-rules 1)
    read -r grmed _ _ < <(stat_of ref-rules 1)
    read -r dmed _ _ < <(stat_of cadre-db 1)
    read -r ckb _ _ < <(stat_of cadre-csv 2)
    read -r ccpu _ _ < <(stat_of cadre-csv 4)
    read -r rcpu _ _ < <(stat_of ref 4)
    read -r gcpu _ _ < <(stat_of cadre-rules 4)
    read -r grcpu _ _ < <(stat_of ref-rules 4)
    awk -v cc="$ccpu" -v rc="$rcpu" -v gc="$gcpu" -v grc="$grcpu" 'BEGIN {
        printf "by cpu:  cadre %.3f s / C reference %.3f s = %.2f; general rules %.3f s / C reference %.3f s = %.2f\n", cc, rc, cc/rc, gc, grc, gc/grc
    }'
    awk -v c="$cmed" -v s="$smed" -v r="$rmed" -v g="$gmed" -v gr="$grmed" -v d="$dmed" -v kb="$ckb" -v csv="$csv_kb" -v scale="$scale" 'BEGIN {
        if (scale == "england") printf "targets: cadre CSV -> verdicts %.3f s (target <= 0.5 s at england scale): %s\n", c, (c <= 0.5 ? "met" : "NOT met")
        else printf "targets: cadre CSV -> verdicts %.3f s (the 0.5 s target is for england scale)\n", c
        printf "         cadre / C reference = %.2f (target <= 2): %s\n", c/r, (c/r <= 2 ? "met" : "NOT met")
        printf "         cadre general rules / C reference with weekly_group = %.2f (target <= 2): %s\n", g/gr, (g/gr <= 2 ? "met" : "NOT met")
        printf "         cadre SQLite / cadre CSV = %.2f (target <= 1.5): %s\n", d/c, (d/c <= 1.5 ? "met" : "NOT met")
        printf "         cadre peak RSS = %.2f x CSV size (target <= 2): %s\n", kb/csv, (kb/csv <= 2 ? "met" : "NOT met")
        printf "         cadre is %.1fx faster than sqlite3 import + queries\n", s/c
    }'
    echo
    echo "interactive (bench/interactive.sh), seconds: median (min-max) of $runs runs"
    bash bench/interactive.sh "$data" "$runs" | while read -r name med mn mx; do
        case $name in
        lint) target="cadre lint examples/wiltshire/policy.cadre (national module), target <= 0.002";;
        repl-start) target="REPL start on this data, target <= 1 (england)";;
        whatif-diff) target="what-if :move then :diff (less the REPL start), target <= 0.1 (england)";;
        esac
        printf '  %-13s %8.4f (%.4f-%.4f)  %s\n' "$name" "$med" "$mn" "$mx" "$target"
    done

} > "$out"
cat "$out"
mkdir -p bench/results
cp "$out" "bench/results/$scale-$(date -u +%Y-%m-%d).txt"
echo "bench: written to bench/results/$scale-$(date -u +%Y-%m-%d).txt" >&2
