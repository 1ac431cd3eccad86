#!/usr/bin/env bash
# interactive.sh — the benchmark's interactive timings: `cadre lint` of an
# example that uses the national module, the REPL starting on a data set,
# and a what-if edit followed by :diff (the REPL run with the edit and :diff,
# less the REPL run that only starts). Medians of RUNS after one warm-up run.
# Owns: those command lines and their medians. Does not own: the data
# (bench/run.sh generates it) or the table around these lines.
# usage: bench/interactive.sh DATA RUNS     prints "name median min max" lines
set -euo pipefail
cd "$(dirname "$0")/.."
data=$1 runs=${2:-5}
cadre=${CADRE:-./cadre} bin=${BUILD:-build}/bench
as_of=2025-03-31
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# the first case of the data and a worker other than its own, for :move
read -r case worker < <(awk -F, 'NR == 2 {print $1, $3; exit}' "$data/cases.csv")
other=$(awk -F, -v w="$worker" 'NR > 1 && $1 != w {print $1; exit}' "$data/staff.csv")
printf ':quit\n' > "$tmp/start"
printf ':move case %s to %s\n:diff\n:quit\n' "$case" "$other" > "$tmp/edit"
cmd() { # name -> the command timed
    case $1 in
    lint)  echo "$cadre lint examples/wiltshire/policy.cadre";;
    start) echo "sh -c '$cadre repl bench/checks.cadre --data $data --as-of $as_of < $tmp/start'";;
    edit)  echo "sh -c '$cadre repl bench/checks.cadre --data $data --as-of $as_of < $tmp/edit'";;
    esac
}
stats() { sort -n | awk '{a[NR]=$1} END {m = NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2; printf "%.4f %.4f %.4f\n", m, a[1], a[NR]}'; }
for n in lint start edit; do
    : > "$tmp/t.$n"
    eval "$bin/timeit $tmp/t.$n $(cmd $n)" > /dev/null 2>&1 || true
    : > "$tmp/t.$n"
    for ((i = 0; i < runs; i++)); do eval "$bin/timeit $tmp/t.$n $(cmd $n)" > /dev/null 2>&1 || true; done
done
echo "lint $(cut -d' ' -f1 "$tmp/t.lint" | stats)"
echo "repl-start $(cut -d' ' -f1 "$tmp/t.start" | stats)"
# the edit and :diff alone: each run less the median start
read -r smed _ _ < <(cut -d' ' -f1 "$tmp/t.start" | stats)
echo "whatif-diff $(awk -v s="$smed" '{print $1 - s}' "$tmp/t.edit" | stats)"
