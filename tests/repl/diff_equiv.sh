#!/usr/bin/env bash
# diff_equiv.sh — the REPL's incremental :diff against its full form. For a
# policy and a data set it makes what-if edits of every kind, row by row (a
# case moved, closed, reopened or dropped; a worker's role, dates, pod and
# team changed or the worker dropped; pods, teams and supervision sessions
# changed, added to the window or dropped; pairs of edits), and after each
# compares `:diff` (only the rules and rows an edit can reach) with
# `:diff full` (every rule judges every row, as loaded and as edited).
# Prints one summary line, or every edit whose two answers differ; exits 1
# then. Used by tests/cases/repl_diff_incremental.t.
# usage: tests/repl/diff_equiv.sh CADRE POLICY DATA AS_OF [MAX_ROWS]
set -u
cadre=$1 policy=$2 data=$3 as_of=$4 max=${5:-1000000}
ids() { awk -F, -v max="$max" 'NR > 1 && NR <= max + 1 {print $1}' "$data/$1.csv" 2>/dev/null; }
mapfile -t cases < <(ids cases)
mapfile -t staff < <(ids staff)
mapfile -t pods < <(ids pods)
mapfile -t teams < <(ids teams)
mapfile -t sups < <(ids supervisions)
ns=${#staff[@]} np=${#pods[@]} nt=${#teams[@]}
other() { # array-name index -> an element other than the index's own
    local -n a=$1
    local n=${#a[@]}
    [ "$n" -gt 1 ] && echo "${a[$(( ($2 + 1 + $2 % 3) % n ))]}" || echo "${a[0]:-}"
}
edits() {
    local i
    for i in "${!cases[@]}"; do
        c=${cases[$i]}
        [ "$ns" -gt 0 ] && echo ":move case $c to $(other staff "$i")"
        echo ":set cases $c.closed = $as_of"
        echo ":set cases $c.closed = missing"
        echo ":set cases $c.opened = 2099-01-01"
        echo ":drop cases $c"
        [ "$ns" -gt 0 ] && echo ":move case $c to $(other staff "$i") ; :drop staff $(other staff "$i")"
    done
    for i in "${!staff[@]}"; do
        s=${staff[$i]}
        echo ":set staff $s.role = asye"
        echo ":set staff $s.role = social_worker"
        echo ":set staff $s.left = $as_of"
        echo ":set staff $s.left = missing"
        echo ":set staff $s.started = 2099-01-01"
        echo ":set staff $s.qualified = missing"
        echo ":set staff $s.qualified = 2025-01-01"
        echo ":set staff $s.contract = agency"
        [ "$np" -gt 0 ] && echo ":move staff $s to $(other pods "$i")"
        [ "$nt" -gt 0 ] && echo ":set staff $s.team = $(other teams "$i")"
        echo ":set staff $s.pod = missing"
        echo ":drop staff $s"
        [ "$np" -gt 0 ] && echo ":drop staff $s ; :move staff $(other staff "$i") to $(other pods "$i")"
    done
    for i in "${!pods[@]}"; do
        p=${pods[$i]}
        echo ":drop pods $p"
        echo ":set pods $p.kind = asye"
        echo ":set pods $p.formed = 2099-01-01"
        [ "$ns" -gt 0 ] && echo ":set pods $p.lead = $(other staff "$i")"
        [ "$nt" -gt 0 ] && echo ":set pods $p.team = $(other teams "$i")"
    done
    for i in "${!teams[@]}"; do
        t=${teams[$i]}
        echo ":set teams $t.service = balanced"
        echo ":drop teams $t"
    done
    for i in "${!sups[@]}"; do
        g=${sups[$i]}
        echo ":set supervisions $g.date = $as_of"
        echo ":set supervisions $g.kind = group"
        echo ":set supervisions $g.kind = individual"
        [ "$ns" -gt 0 ] && echo ":move supervisions $g to $(other staff "$i")"
        [ "$np" -gt 0 ] && echo ":set supervisions $g.pod = $(other pods "$i")"
        echo ":drop supervisions $g"
    done
}
script() { # every edit line: the edits, both diffs between markers, undone
    local line n=0
    while IFS= read -r line; do
        n=$((n + 1))
        printf '%s\n' "${line// ; /$'\n'}"
        printf '"@@inc %s"\n:diff\n"@@full %s"\n:diff full\n"@@end %s"\n:undo\n:undo\n' "$n" "$n" "$n"
    done
}
edits > "${TMPDIR:-/tmp}/diff_equiv.$$.edits"
script < "${TMPDIR:-/tmp}/diff_equiv.$$.edits" | "$cadre" repl "$policy" --data "$data" --as-of "$as_of" 2>&1 |
awk -v edits="${TMPDIR:-/tmp}/diff_equiv.$$.edits" '
    BEGIN { while ((getline l < edits) > 0) e[++ne] = l }
    /^@@inc / { n = $2; sec = "inc"; inc = ""; next }
    /^@@full / { sec = "full"; full = ""; next }
    /^@@end / {
        sec = ""; total++
        if (inc != full) { bad++; printf "DIFFERS after %s\n--- :diff\n%s--- :diff full\n%s", e[n], inc, full }
        else if (inc ~ /newly|other changes|still breaching/) changed++
        next
    }
    sec == "inc" { inc = inc $0 "\n" }
    sec == "full" { full = full $0 "\n" }
    END {
        printf "%d edits, %d changed verdicts: :diff %s :diff full\n", total, changed, bad ? "differs from" : "is"
        exit bad ? 1 : 0
    }'
rc=$?
rm -f "${TMPDIR:-/tmp}/diff_equiv.$$.edits"
exit $rc
