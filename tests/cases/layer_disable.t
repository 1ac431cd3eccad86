# disable rule: a national must-rule disabled without `intended` warns (W-loosen); with it, no warning; a should-rule never warns.  A disabled rule is not judged (rule and check counts drop).  Rules lowered from a national block are named (supervision.individual) and can be disabled and replaced.
$ cadre check tests/policies/layer_disable.cadre --data tests/data/layer_basic --as-of 2025-06-30
tests/policies/layer_disable.cadre:6:1: warning: disables the national must-rule 'asye.reviews' (<stdlib>/england/asye.cadre)
    6 | disable rule asye.reviews because "reviews are recorded in the ASYE portfolio system, not in this data"
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  hint: if the council means it, mark it: ... because "reviews are recorded in the ASYE portfolio system, not in this data" intended
Layers: disable — as of 2025-06-30 — data tests/data/layer_basic

overrides in force (1)
  disabled rule asye.reviews (from <stdlib>/england/asye.cadre)  tests/policies/layer_disable.cadre:6  because "reviews are recorded in the ASYE portfolio system, not in this data"

judged nothing (2)
  asye.protected_caseload  <stdlib>/england/asye.cadre:65  none of the 5 staff rows matched its 'for each', or it is not in effect on the as-of date
  asye.completion          <stdlib>/england/asye.cadre:72  no programmes rows in the data (tests/data/layer_basic/programmes.csv)

4 rules, 60 checks: 60 passed, 0 violations, 0 warnings, 0 unknown; 2 rules judged nothing
? 0
$ cadre check tests/policies/layer_disable_intended.cadre --data tests/data/layer_basic --as-of 2025-06-30
Layers: disable, intended — as of 2025-06-30 — data tests/data/layer_basic

overrides in force (2)
  disabled rule asye.reviews (from <stdlib>/england/asye.cadre)  tests/policies/layer_disable_intended.cadre:6  because "reviews are recorded in the ASYE portfolio system, not in this data" (intended)
  disabled rule asye.session_length (from <stdlib>/england/asye.cadre)  tests/policies/layer_disable_intended.cadre:7  because "session length is not recorded"

judged nothing (2)
  asye.protected_caseload  <stdlib>/england/asye.cadre:65  none of the 5 staff rows matched its 'for each', or it is not in effect on the as-of date
  asye.completion          <stdlib>/england/asye.cadre:72  no programmes rows in the data (tests/data/layer_basic/programmes.csv)

3 rules, 12 checks: 12 passed, 0 violations, 0 warnings, 0 unknown; 2 rules judged nothing
? 0
$ cadre check tests/policies/layer_disable_cadence.cadre --data tests/data/layer_basic --as-of 2025-06-30
tests/policies/layer_disable_cadence.cadre:6:1: warning: disables the national must-rule 'supervision.asye_individual' (<stdlib>/england/asye.cadre)
    6 | disable rule supervision.asye_individual because "the council's own cadence below replaces it"
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  hint: if the council means it, mark it: ... because "the council's own cadence below replaces it" intended
Layers: replace the national cadence — as of 2025-06-30 — data tests/data/layer_basic

overrides in force (1)
  disabled rule supervision.asye_individual (from <stdlib>/england/asye.cadre)  tests/policies/layer_disable_cadence.cadre:6  because "the council's own cadence below replaces it"

violations (1)
  asye.reviews  <stdlib>/england/asye.cadre:53  Q4 Quentin Four (asye): no ASYE review for the 3-month point by 2025-05-06; ASYE clock from 2025-01-06 (staff.started)

judged nothing (2)
  asye.protected_caseload  <stdlib>/england/asye.cadre:65  none of the 5 staff rows matched its 'for each', or it is not in effect on the as-of date
  asye.completion          <stdlib>/england/asye.cadre:72  no programmes rows in the data (tests/data/layer_basic/programmes.csv)

5 rules, 64 checks: 63 passed, 1 violation, 0 warnings, 0 unknown; 2 rules judged nothing
? 1
