# The example's planted violations (see README.md), with evidence.
$ cadre check examples/tower_hamlets/policy.cadre --data examples/tower_hamlets/data --as-of 2025-06-30
Tower Hamlets children's services — as of 2025-06-30 — data examples/tower_hamlets/data

violations (1)
  balanced_team  examples/tower_hamlets/policy.cadre:18  T3 Stepney Balanced Team: 4 permanent staff with over two years' PQE, at least 5

unknown (cannot judge) (1)
  balanced_team  examples/tower_hamlets/policy.cadre:18  T4 Bethnal Green Balanced Team: cannot judge: staff.qualified is missing for S445 Dominic Price (social_worker) (examples/tower_hamlets/data/staff.csv:38)

waived (1)
  balanced_team  examples/tower_hamlets/policy.cadre:16  T2 Poplar Balanced Team: 7 permanent staff in post, expected 8
    waived: One permanent post vacant: S430 Hassan Ali appointed, starts 2025-07-14 (approved by Head of Service, 2025-04-01 to 2025-09-30; examples/tower_hamlets/data/waivers.csv:2)

expired and unused waivers (1)
  examples/tower_hamlets/data/waivers.csv:3: balanced_team for T3: expired on 2025-03-31

2 rules, 12 checks: 9 passed, 1 violation, 0 warnings, 1 waived, 1 unknown
? 1
