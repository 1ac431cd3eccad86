#!/usr/bin/env bash
# overlay.sh — a copy of one example's data set with a few cells changed, for
# the seed-fidelity tests (tests/cases/seed_*.t): each perturbation is stated
# in the test itself, as readable edits. Owns nothing else; the checking is
# done by `cadre check` in the test.
#
# Usage: tests/seed/overlay.sh EXAMPLE DIR EDIT...
# Copies examples/EXAMPLE/data to DIR (emptied first), then applies each EDIT
# in order. TABLE is a CSV file name without .csv; KEY matches the row's
# first column; VALUE is written as is (no quoting: the example data has none).
#   set TABLE KEY COLUMN VALUE   change one cell in every row whose first column is KEY
#   add TABLE N ROW              append N rows; {n} in ROW becomes 1, 2, ... N
#   del TABLE KEY                delete every row whose first column is KEY
# An edit that matches no row or names no column is an error (exit 2), so a
# mistyped perturbation cannot leave the data as it was and pass silently.
set -u
cd "$(dirname "$0")/../.."
[ $# -ge 2 ] || { echo "usage: tests/seed/overlay.sh EXAMPLE DIR EDIT..." >&2; exit 2; }
src=examples/$1/data dir=$2; shift 2
[ -d "$src" ] || { echo "overlay: no example data $src" >&2; exit 2; }
rm -rf "$dir" && mkdir -p "$dir" && cp "$src"/*.csv "$dir"/ || exit 2
while [ $# -gt 0 ]; do
    op=$1 f=$dir/${2:-}.csv
    [ -f "$f" ] || { echo "overlay: no table '${2:-}' in $src" >&2; exit 2; }
    case $op in
    set) [ $# -ge 5 ] || { echo "overlay: set TABLE KEY COLUMN VALUE" >&2; exit 2; }
         awk -F, -v OFS=, -v key="$3" -v col="$4" -v val="$5" '
             NR == 1 { for (i = 1; i <= NF; i++) if ($i == col) c = i
                       if (!c) { print "overlay: no column " col > "/dev/stderr"; exit 2 } }
             NR > 1 && $1 == key { $c = val; hit = 1 }
             { print }
             END { if (c && !hit) { print "overlay: no row " key > "/dev/stderr"; exit 2 } }' "$f" > "$f.new" || exit 2
         shift 5;;
    add) [ $# -ge 4 ] || { echo "overlay: add TABLE N ROW" >&2; exit 2; }
         for ((n = 1; n <= $3; n++)); do printf '%s\n' "${4//\{n\}/$n}"; done | cat "$f" - > "$f.new"
         shift 4;;
    del) [ $# -ge 3 ] || { echo "overlay: del TABLE KEY" >&2; exit 2; }
         awk -F, -v key="$3" 'NR > 1 && $1 == key { hit = 1; next } { print }
             END { if (!hit) { print "overlay: no row " key > "/dev/stderr"; exit 2 } }' "$f" > "$f.new" || exit 2
         shift 3;;
    *) echo "overlay: unknown edit '$op' (set, add or del)" >&2; exit 2;;
    esac
    mv "$f.new" "$f"
done
