# Field access through references (s.pod.team.name, s.pod.lead.role) and reverse links (t.pods, t.pods.staff, s.cases, c.allocations, s.reports, s.leads).
$ cadre check tests/policies/lang_refs.cadre --data tests/data/lang_basic --as-of 2025-06-30
References — as of 2025-06-30 — data tests/data/lang_basic

violations (6)
  chain    tests/policies/lang_refs.cadre:7   S6 Fay Hill (team_manager): S6 is in North Pod 2, led by Fay Hill (team_manager)
  chain    tests/policies/lang_refs.cadre:7   S7 Gus Ivy (social_worker): S7 is in North Pod 2, led by Fay Hill (team_manager)
  links    tests/policies/lang_refs.cadre:13  T2 South Team: South Team has 0 pods
  links    tests/policies/lang_refs.cadre:15  T2 South Team: South Team has 0 staff in pods
  history  tests/policies/lang_refs.cadre:21  C7: C7: 3 allocations, workers 3
  held     tests/policies/lang_refs.cadre:28  S2 Bob Kay (social_worker): S2 holds 4 cases, 3 open

5 rules, 26 checks: 20 passed, 6 violations, 0 warnings, 0 unknown
? 1
