#!/usr/bin/env bash
# interactive.sh — the benchmark's interactive timings: `cadre lint` of an
# example that uses the national module, the REPL starting on a data set,
# and a what-if edit followed by :diff. Medians of RUNS after one warm-up run.
# Owns: those command lines and their medians. Does not own: the data
# (bench/run.sh generates it) or the table around these lines.
# usage: bench/interactive.sh DATA RUNS [--all]
#   prints "name median min max" lines (wall seconds; bench/run.sh reads them):
#   lint         cadre lint examples/wiltshire/policy.cadre
#   repl-start   the REPL run with piped input ':quit' (it loads the data
#                before the first line: the whole load)
#   whatif-diff  one ':move case', ':diff', ':undo' at england scale: a REPL
#                run doing CYCLES (20) of them, less the median repl-start,
#                divided by CYCLES
#   --all adds the CPU seconds (user + system) beside each, and:
#   version      cadre --version (the binary's own process start: lint's floor)
#   true         /bin/true (the machine's process start)
#   repl-prompt  at a terminal (bench/ptytime.py): until the first prompt
#   repl-loaded  ... until the banner's data line says the data is in
#   repl-answer  ... until the answer to count(staff), typed at the prompt
set -euo pipefail
cd "$(dirname "$0")/.."
data=$1 runs=${2:-5} all=${3:-}
cadre=${CADRE:-./cadre} bin=${BUILD:-build}/bench
as_of=2025-03-31 cycles=20
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# the first case of the data, moved to each of the first CYCLES other workers
read -r case worker < <(awk -F, 'NR == 2 {print $1, $3; exit}' "$data/cases.csv")
printf ':quit\n' > "$tmp/start"
awk -F, -v w="$worker" -v n=$cycles 'NR > 1 && $1 != w && k++ < n {print $1}' "$data/staff.csv" |
    while read -r other; do printf ':move case %s to %s\n:diff\n:undo\n' "$case" "$other"; done > "$tmp/edit"
echo ':quit' >> "$tmp/edit"
cmd() { # name -> the command timed
    case $1 in
    lint)    echo "$cadre lint examples/wiltshire/policy.cadre";;
    version) echo "$cadre --version";;
    true)    echo "/bin/true";;
    start)   echo "sh -c '$cadre repl bench/checks.cadre --data $data --as-of $as_of < $tmp/start'";;
    edit)    echo "sh -c '$cadre repl bench/checks.cadre --data $data --as-of $as_of < $tmp/edit'";;
    esac
}
stats() { sort -n | awk '{a[NR]=$1} END {m = NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2; printf "%.4f %.4f %.4f\n", m, a[1], a[NR]}'; }
median() { stats | cut -d' ' -f1; }
names="lint start edit"
[ "$all" = --all ] && names="true version $names"
for n in $names; do
    : > "$tmp/t.$n"
    eval "$bin/timeit $tmp/t.$n $(cmd $n)" > /dev/null 2>&1 || true
    : > "$tmp/t.$n"
    for ((i = 0; i < runs; i++)); do eval "$bin/timeit $tmp/t.$n $(cmd $n)" > /dev/null 2>&1 || true; done
done
cpu() { [ "$all" = --all ] && echo " cpu $(cut -d' ' -f4 "$tmp/t.$1" | median)" || true; }
if [ "$all" = --all ]; then
    echo "true $(cut -d' ' -f1 "$tmp/t.true" | stats)$(cpu true)"
    echo "version $(cut -d' ' -f1 "$tmp/t.version" | stats)$(cpu version)"
fi
echo "lint $(cut -d' ' -f1 "$tmp/t.lint" | stats)$(cpu lint)"
echo "repl-start $(cut -d' ' -f1 "$tmp/t.start" | stats)$(cpu start)"
# the edit, :diff and :undo alone: each run less the median start, per cycle
smed=$(cut -d' ' -f1 "$tmp/t.start" | median)
line="whatif-diff $(awk -v s="$smed" -v n=$cycles '{print ($1 - s) / n}' "$tmp/t.edit" | stats)"
if [ "$all" = --all ]; then
    cmed=$(cut -d' ' -f4 "$tmp/t.start" | median)
    line="$line cpu $(awk -v s="$cmed" -v n=$cycles '{print ($4 - s) / n}' "$tmp/t.edit" | median)"
    echo "$line"
    if command -v python3 > /dev/null; then
        for ((i = 0; i < runs; i++)); do
            python3 bench/ptytime.py "count(staff)" "$cadre" repl bench/checks.cadre --data "$data" --as-of $as_of
        done > "$tmp/pty"
        for k in prompt loaded answer; do echo "repl-$k $(awk -v k=$k '$1 == k {print $2}' "$tmp/pty" | stats)"; done
    fi
else
    echo "$line"
fi
