# PENDING (small): --strict with only an unknown `should` exits 0 (right:
# a failed should is a warning), but the summary still says the unknown is
# "counted as failures: --strict", which it is not.  The suffix should only
# appear when a must's unknown makes the run fail (or say which count).
$ cadre check tests/policies/missing_strict_should.cadre --data tests/data/lang_basic --as-of 2025-06-30 --strict
Strict should — as of 2025-06-30 — data tests/data/lang_basic

warnings (1)
  fte  tests/policies/missing_strict_should.cadre:11  S5 Eve Gold (senior_practitioner): s.fte is 1, expected less than 1

unknown (cannot judge) (1)
  qualified  tests/policies/missing_strict_should.cadre:6  S5 Eve Gold (senior_practitioner): cannot judge: staff.qualified is missing (tests/data/lang_basic/staff.csv:6)

2 rules, 2 checks: 0 passed, 0 violations, 1 warning, 1 unknown
? 0
