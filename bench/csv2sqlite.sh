#!/bin/sh
# csv2sqlite.sh — copies a CSV data directory into one SQLite file, one table
# per CSV file (roles.csv -> table roles), every column TEXT, using only the
# sqlite3 shell's .import. Used by the SQLite golden tests and the benchmark.
# Usage: bench/csv2sqlite.sh DIR OUT.db   (OUT.db is replaced)
set -eu
[ $# -eq 2 ] || { echo "usage: $0 DIR OUT.db" >&2; exit 4; }
dir=$1 out=$2
[ -d "$dir" ] || { echo "$0: no such directory: $dir" >&2; exit 3; }
rm -f "$out"
{
    echo ".bail on"
    echo "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
    echo "BEGIN;"
    for f in "$dir"/*.csv; do
        [ -f "$f" ] || continue
        t=$(basename "$f" .csv)
        echo ".import --csv '$f' $t"
    done
    echo "COMMIT;"
} | sqlite3 "$out" >/dev/null
