# Computed fields of the standard schema (in_post, open_cases, open, home_team, members), lets of constants, role sets and other lets, and a policy's own table with a computed field.
$ cadre check tests/policies/lang_computed.cadre --data tests/data/lang_basic --as-of 2025-06-30
Computed fields — as of 2025-06-30 — data tests/data/lang_basic

violations (3)
  open_cases  tests/policies/lang_computed.cadre:26  S2 Bob Kay (social_worker): S2 has 3 open, limit 1, doubled 2
  members     tests/policies/lang_computed.cadre:37  T2 South Team: South Team members: 1
  grades      tests/policies/lang_computed.cadre:44  G2: G2: band 6 to 6, width 0

5 rules, 12 checks: 9 passed, 3 violations, 0 warnings, 0 unknown
? 1
