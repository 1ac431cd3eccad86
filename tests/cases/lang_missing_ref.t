# A field read through an empty optional reference is unknown naming the empty reference and its file:line (directly and inside a where).
$ cadre check tests/policies/missing_ref.cadre --data tests/data/lang_basic --as-of 2025-06-30
Missing reference — as of 2025-06-30 — data tests/data/lang_basic

unknown (cannot judge) (2)
  lead   tests/policies/missing_ref.cadre:7   P3 Support Pod: cannot judge: pods.lead is missing (tests/data/lang_basic/pods.csv:4)
  north  tests/policies/missing_ref.cadre:11  (all data): cannot judge: staff.pod is missing for S5 Eve Gold (senior_practitioner) (tests/data/lang_basic/staff.csv:6)

2 rules, 2 checks: 0 passed, 0 violations, 0 warnings, 2 unknown
? 0
