# judge.sh — the seed-fidelity tests' one helper, sourced by tests/cases/seed_*.t
# (the test runner's `cadre` is a shell function: a sourced function can call
# it, a script cannot). Owns only the shape of what such a test prints; the
# perturbation is tests/seed/overlay.sh, the verdicts are cadre's.
#
# judge EXAMPLE RULE ENTITY [EDIT...]
#   Copies examples/EXAMPLE/data with the EDITs (see overlay.sh) and without
#   the example's waivers (a seed test asks what the rules catch), runs
#   `cadre check` of the example's policy on it as of 2025-06-30, and prints
#   the verdict of RULE for ENTITY with the measured value and the limit (the
#   REPL's `:why ENTITY`; every requirement of the rule), then the check's
#   summary line. For a rule judged once over all the data, ENTITY is "all";
#   for those and for rules over a table `:why` does not search (role
#   history), the check's findings of RULE (for ENTITY) are printed, or
#   "RULE: no finding" when there is none.
#   Returns the exit status of `cadre check`.
judge() {
    local ex=$1 rule=$2 ent=$3 rc
    shift 3
    local d=$tmp/seed_$ex pol=examples/$ex/policy.cadre
    tests/seed/overlay.sh "$ex" "$d" "$@" || return
    rm -f "$d/waivers.csv"   # the council's waivers would hide what the rules catch
    cadre check "$pol" --data "$d" --as-of 2025-06-30 > "$d.out" 2>&1; rc=$?
    local why=
    [ "$ent" = all ] || why=$(printf ':why %s\n' "$ent" | cadre repl "$pol" --data "$d" --as-of 2025-06-30 2>&1 |
            awk -v r="$rule" '$2 == r":" && $1 ~ /^(pass|FAIL|unknown|n\/a)$/ { print; want = 1; next }
                              want && $1 == "measured" { print } { want = 0 }')
    if [ -n "$why" ]; then printf '%s\n' "$why"
    else    # a rule over all the data, or over a table :why does not look in
        local pat="^  $rule " sfx=
        [ "$ent" = all ] || { pat="$pat.* $ent "; sfx=" for $ent"; }
        grep -E "$pat" "$d.out" | sed -E 's/ {2,}/  /g' | grep . || echo "  $rule: no finding$sfx"
    fi
    tail -1 "$d.out"
    return $rc
}
