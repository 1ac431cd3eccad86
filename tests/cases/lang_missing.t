# Missing data: a requirement needing a missing value is unknown, naming the field and data file:line - directly, through a where inside count, through a reference, in a for-each guard (every requirement), and a missing ref mapped over a collection; is missing and ?? never give unknown.
$ cadre check tests/policies/missing.cadre --data tests/data/lang_basic --as-of 2025-06-30
Missing data — as of 2025-06-30 — data tests/data/lang_basic

violations (1)
  mapped  tests/policies/missing.cadre:29  (all data): count(distinct (cases where worker is present).worker) is 3, expected exactly 4

unknown (cannot judge) (6)
  qualified    tests/policies/missing.cadre:7   S5 Eve Gold (senior_practitioner): cannot judge: staff.qualified is missing (tests/data/lang_basic/staff.csv:6)
  experienced  tests/policies/missing.cadre:13  T2 South Team: cannot judge: staff.qualified is missing for S5 Eve Gold (senior_practitioner) (tests/data/lang_basic/staff.csv:6)
  areas        tests/policies/missing.cadre:18  S5 Eve Gold (senior_practitioner): cannot judge: teams.area is missing for T2 South Team (tests/data/lang_basic/teams.csv:3)
  guard        tests/policies/missing.cadre:23  S5 Eve Gold (senior_practitioner): cannot judge: staff.qualified is missing (tests/data/lang_basic/staff.csv:6)
  guard        tests/policies/missing.cadre:24  S5 Eve Gold (senior_practitioner): cannot judge: staff.qualified is missing (tests/data/lang_basic/staff.csv:6)
  mapped       tests/policies/missing.cadre:28  (all data): cannot judge: cases.worker is missing for C5 (tests/data/lang_basic/cases.csv:6)

6 rules, 34 checks: 27 passed, 1 violation, 0 warnings, 6 unknown
? 1
