# Evidence wording: interpolation in otherwise with nested strings, escapes, rows and missing values; the default wording for each comparison without otherwise.
$ cadre check tests/policies/lang_strings.cadre --data tests/data/lang_basic --as-of 2025-06-30
Evidence — as of 2025-06-30 — data tests/data/lang_basic

violations (10)
  interpolate  tests/policies/lang_strings.cadre:7   P1 North Pod 1: P1: 3 permanent, 1 agency; lead S1 Ann Lee (practice_manager); formed 2020-01-31; "quoted" {braces}
  interpolate  tests/policies/lang_strings.cadre:7   P3 Support Pod: P3: 0 permanent, 0 agency; lead none; formed missing; "quoted" {braces}
  defaults     tests/policies/lang_strings.cadre:13  S2 Bob Kay (social_worker): s.open_cases is 3, expected less than 3
  defaults     tests/policies/lang_strings.cadre:14  S2 Bob Kay (social_worker): s.open_cases is 3, expected exactly 4
  defaults     tests/policies/lang_strings.cadre:15  S2 Bob Kay (social_worker): s.open_cases is 3, expected other than 3
  defaults     tests/policies/lang_strings.cadre:16  S2 Bob Kay (social_worker): s.open_cases is 3, at least 4
  defaults     tests/policies/lang_strings.cadre:17  S2 Bob Kay (social_worker): s.open_cases is 3, at most 2
  defaults     tests/policies/lang_strings.cadre:18  S2 Bob Kay (social_worker): s.open_cases is 3, expected more than 5
  defaults     tests/policies/lang_strings.cadre:19  S2 Bob Kay (social_worker): not met: s.in_post and s.role = asye
  defaults     tests/policies/lang_strings.cadre:20  S2 Bob Kay (social_worker): not met: s.role in {asye}

2 rules, 10 checks: 0 passed, 10 violations, 0 warnings, 0 unknown
? 1
