# A national module used as it stands, then with parameters overridden: asye_max_open_cases (missing nationally, so asye.protected_caseload is not judged until set) and asye_review_grace (tighter: Q3's review on 2025-05-20 is now late).  Verdicts of national rules carry their <stdlib> position; the overrides are listed with their reasons.
$ cadre check tests/policies/layer_base.cadre --data tests/data/layer_basic --as-of 2025-06-30
Layers: national only — as of 2025-06-30 — data tests/data/layer_basic

violations (1)
  asye.reviews  <stdlib>/england/asye.cadre:53  Q4 Quentin Four (asye): no ASYE review for the 3-month point by 2025-05-06; ASYE clock from 2025-01-06 (staff.started)

judged nothing (2)
  asye.protected_caseload  <stdlib>/england/asye.cadre:65  none of the 5 staff rows matched its 'for each', or it is not in effect on the as-of date
  asye.completion          <stdlib>/england/asye.cadre:72  no programmes rows in the data (tests/data/layer_basic/programmes.csv)

5 rules, 72 checks: 71 passed, 1 violation, 0 warnings, 0 unknown; 2 rules judged nothing
? 1
$ cadre check tests/policies/layer_let.cadre --data tests/data/layer_basic --as-of 2025-06-30
Layers: parameters — as of 2025-06-30 — data tests/data/layer_basic

overrides in force (2)
  let asye_max_open_cases (from <stdlib>/england/asye.cadre)  tests/policies/layer_let.cadre:6  because "council ASYE policy: NQSWs hold at most 4 cases in their first 6 months"
  let asye_review_grace (from <stdlib>/england/asye.cadre)  tests/policies/layer_let.cadre:7  because "reviews are booked within a fortnight of each review point"

violations (3)
  asye.reviews             <stdlib>/england/asye.cadre:53  Q3 Queenie Three (asye): no ASYE review for the 3-month point by 2025-05-17; ASYE clock from 2025-02-03 (staff.started)
  asye.reviews             <stdlib>/england/asye.cadre:53  Q4 Quentin Four (asye): no ASYE review for the 3-month point by 2025-04-20; ASYE clock from 2025-01-06 (staff.started)
  asye.protected_caseload  <stdlib>/england/asye.cadre:67  Q2 Quil Two (asye): 5 open cases, at most 4 for an NQSW

judged nothing (1)
  asye.completion  <stdlib>/england/asye.cadre:72  no programmes rows in the data (tests/data/layer_basic/programmes.csv)

5 rules, 76 checks: 73 passed, 3 violations, 0 warnings, 0 unknown; 1 rule judged nothing
? 1
$ cadre lint tests/policies/layer_let.cadre
1 file checked: 5 rules, no errors
? 0
