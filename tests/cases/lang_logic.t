# Kleene and/or/not over a missing value, 'is missing' / 'is present' (never unknown), and the ?? default.
$ cadre check tests/policies/lang_logic.cadre --data tests/data/lang_basic --as-of 2025-06-30
Logic — as of 2025-06-30 — data tests/data/lang_basic

violations (3)
  kleene    tests/policies/lang_logic.cadre:11  S2 Bob Kay (social_worker): not met: not (s.qualified < as_of)
  presence  tests/policies/lang_logic.cadre:16  S5 Eve Gold (senior_practitioner): not met: s.qualified is present
  presence  tests/policies/lang_logic.cadre:17  S5 Eve Gold (senior_practitioner): not met: not (s.qualified is missing)

warnings (1)
  default  tests/policies/lang_logic.cadre:25  S5 Eve Gold (senior_practitioner): S5 sits in South Team

unknown (cannot judge) (4)
  kleene   tests/policies/lang_logic.cadre:9   S5 Eve Gold (senior_practitioner): cannot judge: staff.qualified is missing (tests/data/lang_basic/staff.csv:6)
  kleene   tests/policies/lang_logic.cadre:10  S5 Eve Gold (senior_practitioner): cannot judge: staff.qualified is missing (tests/data/lang_basic/staff.csv:6)
  kleene   tests/policies/lang_logic.cadre:11  S5 Eve Gold (senior_practitioner): cannot judge: staff.qualified is missing (tests/data/lang_basic/staff.csv:6)
  default  tests/policies/lang_logic.cadre:24  S5 Eve Gold (senior_practitioner): cannot judge: staff.qualified is missing (tests/data/lang_basic/staff.csv:6)

3 rules, 22 checks: 14 passed, 3 violations, 1 warning, 4 unknown
? 1
