# --strict: an unknown is exit 0 without it and exit 1 with it (text and json).
$ cadre check tests/policies/missing_strict.cadre --data tests/data/lang_basic --as-of 2025-06-30
Strict — as of 2025-06-30 — data tests/data/lang_basic

unknown (cannot judge) (1)
  qualified  tests/policies/missing_strict.cadre:6  S5 Eve Gold (senior_practitioner): cannot judge: staff.qualified is missing (tests/data/lang_basic/staff.csv:6)

2 rules, 7 checks: 6 passed, 0 violations, 0 warnings, 1 unknown
? 0
$ cadre check tests/policies/missing_strict.cadre --data tests/data/lang_basic --as-of 2025-06-30 --strict
Strict — as of 2025-06-30 — data tests/data/lang_basic

unknown (cannot judge) (1)
  qualified  tests/policies/missing_strict.cadre:6  S5 Eve Gold (senior_practitioner): cannot judge: staff.qualified is missing (tests/data/lang_basic/staff.csv:6)

2 rules, 7 checks: 6 passed, 0 violations, 0 warnings, 1 unknown (counted as failures: --strict)
? 1
$ cadre check tests/policies/missing_strict.cadre --data tests/data/lang_basic --as-of 2025-06-30 --strict --format json | jq -e '.summary.strict and .summary.unknown == 1'
true
? 0
