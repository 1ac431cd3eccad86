# The example's planted violations (see README.md), with evidence.
$ cadre check examples/wiltshire/policy.cadre --data examples/wiltshire/data --as-of 2025-06-30
Wiltshire children's services — as of 2025-06-30 — data examples/wiltshire/data

overrides in force (1)
  let asye_max_open_cases (from <stdlib>/england/asye.cadre)  examples/wiltshire/policy.cadre:45  because "Wiltshire ASYE pods: NQSW caseloads held at or under 16 (Community Care, 2 March 2016)"

violations (10)
  supervision.individual   <stdlib>/england/asye.cadre:30      S210 Zara Malik (asye): first 6 weeks: longest gap between individual sessions: 14 days (2024-09-19 to 2024-10-03), at most 1 week
  supervision.individual   <stdlib>/england/asye.cadre:30      S212 Amelia Hurst (asye): first 6 weeks: longest gap between individual sessions: 42 days (2025-03-03 to 2025-04-14), at most 1 week
  supervision.individual   <stdlib>/england/asye.cadre:30      S212 Amelia Hurst (asye): 6 weeks to 6 months: longest gap between individual sessions: 77 days (2025-04-14 to 2025-06-30), at most 2 weeks
  asye.reviews             <stdlib>/england/asye.cadre:45      S211 Owen Prescott (asye): no ASYE review by month 3 (started 2024-10-07)
  asye.reviews             <stdlib>/england/asye.cadre:48      S214 Jacob Ellis (asye): fewer than 2 ASYE reviews by month 6 (started 2024-09-16)
  asye.protected_caseload  <stdlib>/england/asye.cadre:59      S209 Harry Webb (asye): 17 open cases, at most 16 for an NQSW
  asye.protected_caseload  <stdlib>/england/asye.cadre:59      S215 Freya Dawson (asye): 18 open cases, at most 16 for an NQSW
  pod.asye.composition     examples/wiltshire/policy.cadre:25  P2 ASYE Pod B: 5 in post as asye, expected exactly 4
  pod.asye.nothing_else    examples/wiltshire/policy.cadre:26  P1 ASYE Pod A: 1 in post besides its lead and asye (first: S225), expected none
  continuity               examples/wiltshire/policy.cadre:33  C2046: child WC862107 has had 3 social workers, expected 1

10 rules, 611 checks: 601 passed, 10 violations, 0 warnings, 0 unknown
? 1
