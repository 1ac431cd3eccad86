# The example's planted violations (see README.md), with evidence.
$ cadre check examples/tower_hamlets/policy.cadre --data examples/tower_hamlets/data --as-of 2025-06-30
Tower Hamlets children's services — as of 2025-06-30 — data examples/tower_hamlets/data

violations (2)
  balanced_team  examples/tower_hamlets/policy.cadre:16  T2 Poplar Balanced Team: 7 permanent staff in post, expected 8
  balanced_team  examples/tower_hamlets/policy.cadre:18  T3 Stepney Balanced Team: 4 permanent staff with over two years' PQE, at least 5

unknown (cannot judge) (1)
  balanced_team  examples/tower_hamlets/policy.cadre:18  T4 Bethnal Green Balanced Team: cannot judge: staff.qualified is missing for S445 Dominic Price (social_worker) (examples/tower_hamlets/data/staff.csv:38)

2 rules, 12 checks: 9 passed, 2 violations, 0 warnings, 1 unknown
? 1
