# Comparisons of numbers, dates and text (each operator, with default evidence wording), 'in' and 'not in' over role sets, let role sets and lists of text.
$ cadre check tests/policies/lang_compare.cadre --data tests/data/lang_basic --as-of 2025-06-30
Comparisons — as of 2025-06-30 — data tests/data/lang_basic

violations (4)
  numbers    tests/policies/lang_compare.cadre:10  S2 Bob Kay (social_worker): s.fte is 0.5, expected more than 0.5
  dates      tests/policies/lang_compare.cadre:16  S3 Cat Dee (asye): s.started is 2024-09-01, at least 2025-06-30
  text       tests/policies/lang_compare.cadre:22  S1 Ann Lee (practice_manager): s.name is Ann Lee, expected exactly ANN LEE
  role_sets  tests/policies/lang_compare.cadre:28  S3 Cat Dee (asye): not met: s.role not in {asye}

warnings (1)
  role_sets  tests/policies/lang_compare.cadre:29  S3 Cat Dee (asye): not met: s.contract in contracts

4 rules, 21 checks: 16 passed, 4 violations, 1 warning, 0 unknown
? 1
