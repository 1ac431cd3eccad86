# Two layers over the national module, given in order: the later file's override of the same parameter is applied last (at most 4, not 6), and the report lists each override with where it came from.  The other order gives the other verdict.
$ cadre check tests/policies/layer_region.cadre tests/policies/layer_council.cadre --data tests/data/layer_basic --as-of 2025-06-30
Layers: region + Layers: council — as of 2025-06-30 — data tests/data/layer_basic

overrides in force (3)
  let asye_max_open_cases (from <stdlib>/england/asye.cadre)  tests/policies/layer_region.cadre:5  because "regional partnership: at most 6 cases in the ASYE"
  let asye_max_open_cases (from tests/policies/layer_region.cadre)  tests/policies/layer_council.cadre:5  because "council: at most 4 cases in the first 6 months"
  rule asye.reviews (from <stdlib>/england/asye.cadre)  tests/policies/layer_council.cadre:7  because "the council holds no separate 3-month review" (intended)

violations (1)
  asye.protected_caseload  <stdlib>/england/asye.cadre:67  Q2 Quil Two (asye): 5 open cases, at most 4 for an NQSW

judged nothing (1)
  asye.completion  <stdlib>/england/asye.cadre:72  no programmes rows in the data (tests/data/layer_basic/programmes.csv)

5 rules, 68 checks: 67 passed, 1 violation, 0 warnings, 0 unknown; 1 rule judged nothing
? 1
$ cadre check tests/policies/layer_council.cadre tests/policies/layer_region.cadre --data tests/data/layer_basic --as-of 2025-06-30
Layers: council + Layers: region — as of 2025-06-30 — data tests/data/layer_basic

overrides in force (3)
  let asye_max_open_cases (from <stdlib>/england/asye.cadre)  tests/policies/layer_council.cadre:5  because "council: at most 4 cases in the first 6 months"
  rule asye.reviews (from <stdlib>/england/asye.cadre)  tests/policies/layer_council.cadre:7  because "the council holds no separate 3-month review" (intended)
  let asye_max_open_cases (from tests/policies/layer_council.cadre)  tests/policies/layer_region.cadre:5  because "regional partnership: at most 6 cases in the ASYE"

judged nothing (1)
  asye.completion  <stdlib>/england/asye.cadre:72  no programmes rows in the data (tests/data/layer_basic/programmes.csv)

5 rules, 68 checks: 68 passed, 0 violations, 0 warnings, 0 unknown; 1 rule judged nothing
? 0
