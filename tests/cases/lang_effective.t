# `effective DATE`: a policy's rules judge nothing before the day they take effect.
$ cadre check tests/policies/lang_effective.cadre --data tests/data/lang_basic --as-of 2025-06-30
Effective later — as of 2025-06-30 — data tests/data/lang_basic

judged nothing (1)
  r  tests/policies/lang_effective.cadre:4  none of the 7 staff rows matched its 'for each', or it is not in effect on the as-of date

1 rule, 0 checks: 0 passed, 0 violations, 0 warnings, 0 unknown; 1 rule judged nothing
cadre check: no rule judged anything: 26 rows were read from tests/data/lang_basic, but no rule applied to any of them on the as-of date — is this the right export?
? 3
$ cadre check tests/policies/lang_effective.cadre --data tests/data/lang_basic --as-of 2026-01-01
Effective later — as of 2026-01-01 — data tests/data/lang_basic

violations (6)
  r  tests/policies/lang_effective.cadre:6  S1 Ann Lee (practice_manager): s.fte is 1, at most 0.5
  r  tests/policies/lang_effective.cadre:6  S3 Cat Dee (asye): s.fte is 0.8, at most 0.5
  r  tests/policies/lang_effective.cadre:6  S4 Dan Fox (social_worker): s.fte is 1, at most 0.5
  r  tests/policies/lang_effective.cadre:6  S5 Eve Gold (senior_practitioner): s.fte is 1, at most 0.5
  r  tests/policies/lang_effective.cadre:6  S6 Fay Hill (team_manager): s.fte is 1, at most 0.5
  r  tests/policies/lang_effective.cadre:6  S7 Gus Ivy (social_worker): s.fte is 1, at most 0.5

1 rule, 7 checks: 1 passed, 6 violations, 0 warnings, 0 unknown
? 1
