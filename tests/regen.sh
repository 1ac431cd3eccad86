#!/usr/bin/env bash
# Rewrites the expected output of .t transcript files with what ./cadre
# prints now.  For deliberate output changes only: read `git diff` after it.
# Usage: tests/regen.sh FILE.t...
set -u
cd "$(dirname "$0")/.."
bin=$PWD/cadre
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT   # as tests/run.sh provides them
export CADRE_HISTORY=/dev/null LC_ALL=C
for file in "$@"; do
    out=$(mktemp)
    cmd=""
    flush() {
        [ -n "$cmd" ] || return 0
        printf '$ %s\n' "$cmd" >> "$out"
        (cadre() { "$bin" "$@"; }; eval "$cmd" 2>&1; echo "? $?") >> "$out"
    }
    while IFS= read -r line || [ -n "$line" ]; do
        if [[ $line == '$ '* ]]; then flush; cmd=${line#'$ '}
        elif [ -z "$cmd" ]; then printf '%s\n' "$line" >> "$out"
        fi
    done < "$file"
    flush
    mv "$out" "$file"
done
