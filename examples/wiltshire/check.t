# The example's planted violations (see README.md), with evidence.
$ cadre check examples/wiltshire/policy.cadre --data examples/wiltshire/data --as-of 2025-06-30
Wiltshire children's services — as of 2025-06-30 — data examples/wiltshire/data

overrides in force (1)
  let asye_max_open_cases (from <stdlib>/england/asye.cadre)  examples/wiltshire/policy.cadre:45  because "Wiltshire ASYE pods: NQSW caseloads held at or under 16 (Community Care, 2 March 2016)"

violations (10)
  supervision.asye_individual  <stdlib>/england/asye.cadre:32      S210 Zara Malik (asye): first 6 weeks: longest gap between individual sessions: 14 days (2024-09-19 to 2024-10-03), at most 1 week; clock from 2024-09-16 (staff.started)
  supervision.asye_individual  <stdlib>/england/asye.cadre:32      S212 Amelia Hurst (asye): first 6 weeks: longest gap between individual sessions: 42 days (from the start, 2025-03-03 to 2025-04-13), at most 1 week; clock from 2025-03-03 (staff.started)
  supervision.asye_individual  <stdlib>/england/asye.cadre:32      S212 Amelia Hurst (asye): 6 weeks to 6 months: longest gap between individual sessions: 120 days (from the start, 2025-03-03 to 2025-06-30), at most 2 weeks; clock from 2025-03-03 (staff.started)
  asye.reviews                 <stdlib>/england/asye.cadre:53      S211 Owen Prescott (asye): no ASYE review for the 3-month point by 2025-02-07; ASYE clock from 2024-10-07 (staff.started)
  asye.reviews                 <stdlib>/england/asye.cadre:56      S214 Jacob Ellis (asye): no ASYE review of its own for the 6-month point: 1 after 2024-12-16 and 1 in all by 2025-04-16, 2 needed; ASYE clock from 2024-09-16 (staff.started)
  asye.protected_caseload      <stdlib>/england/asye.cadre:67      S209 Harry Webb (asye): 17 open cases, at most 16 for an NQSW
  asye.protected_caseload      <stdlib>/england/asye.cadre:67      S215 Freya Dawson (asye): 18 open cases, at most 16 for an NQSW
  pod.asye.composition         examples/wiltshire/policy.cadre:25  P2 ASYE Pod B: 5 in post as asye, expected exactly 4
  pod.asye.nothing_else        examples/wiltshire/policy.cadre:26  P1 ASYE Pod A: 1 in post besides its lead and asye, expected exactly 0; first by id: S225
  continuity                   examples/wiltshire/policy.cadre:33  C2046: child WC862107 has had 3 social workers, expected 1

judged nothing (1)
  asye.completion  <stdlib>/england/asye.cadre:72  none of the 17 programmes rows matched its 'for each', or it is not in effect on the as-of date

10 rules, 611 checks: 601 passed, 10 violations, 0 warnings, 0 unknown; 1 rule judged nothing
? 1
