# Durations and date arithmetic (month ends clamp, leap years, date - date in days) and as_of: the same policy on two --as-of dates.
$ cadre check tests/policies/lang_time.cadre --data tests/data/lang_basic --as-of 2025-06-30
Time — as of 2025-06-30 — data tests/data/lang_basic

violations (1)
  experience  tests/policies/lang_time.cadre:27  S3 Cat Dee (asye): S3 qualified 2024-07-15, 350 days ago

warnings (1)
  as_of_date  tests/policies/lang_time.cadre:21  (all data): as_of + 3 days is 2025-07-03

3 rules, 17 checks: 15 passed, 1 violation, 1 warning, 0 unknown
? 1
$ cadre check tests/policies/lang_time.cadre --data tests/data/lang_basic --as-of 2020-06-30
Time — as of 2020-06-30 — data tests/data/lang_basic

violations (4)
  as_of_date  tests/policies/lang_time.cadre:18  (all data): as_of is 2020-06-30, expected exactly 2025-06-30
  as_of_date  tests/policies/lang_time.cadre:19  (all data): as_of - 2 years is 2018-06-30, expected exactly 2023-06-30
  as_of_date  tests/policies/lang_time.cadre:20  (all data): as_of + 1 month is 2020-07-30, expected exactly 2025-07-30
  experience  tests/policies/lang_time.cadre:27  S2 Bob Kay (social_worker): S2 qualified 2018-07-01, 730 days ago

3 rules, 17 checks: 13 passed, 4 violations, 0 warnings, 0 unknown
? 1
