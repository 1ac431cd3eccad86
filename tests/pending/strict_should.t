# PENDING: with --strict, an unknown `should` makes the run exit 1, although
# the same `should` failing outright is only a warning (exit 0).  "--strict:
# an unknown verdict counts as a failure" - a failure of a should is a
# warning, so an unknown should should count as a warning, not a violation.
# Now: exit 1.  Right: exit 0 (the unknown still listed).
$ cadre check tests/policies/pending_strict_should.cadre --data tests/data/lang_basic --as-of 2025-06-30 --strict
Strict should — as of 2025-06-30 — data tests/data/lang_basic

warnings (1)
  fte  tests/policies/pending_strict_should.cadre:11  S5 Eve Gold (senior_practitioner): s.fte is 1, expected less than 1

unknown (missing data) (1)
  qualified  tests/policies/pending_strict_should.cadre:6  S5 Eve Gold (senior_practitioner): cannot judge: staff.qualified is missing (tests/data/lang_basic/staff.csv:6)

2 rules, 2 checks: 0 passed, 0 violations, 1 warning, 1 unknown (counted as failures: --strict)
? 0
