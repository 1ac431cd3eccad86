# override rule: replacing a national should-rule needs only a reason; replacing a national must-rule warns (W-loosen, on lint and check) unless marked `intended`.  The council's asye.reviews (6 months) clears Q4's national month-3 violation.
$ cadre lint tests/policies/layer_rule.cadre
tests/policies/layer_rule.cadre:13:1: warning: overrides the national must-rule 'asye.reviews' (<stdlib>/england/asye.cadre)
   13 | override rule asye.reviews "ASYE reviews at 6 and 12 months" {
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  hint: if the council means it, mark it: ... because "the council holds no separate 3-month review; the interim review is at 6 months" intended
1 file checked: 5 rules, no errors, 1 warning
? 0
$ cadre check tests/policies/layer_rule.cadre --data tests/data/layer_basic --as-of 2025-06-30
tests/policies/layer_rule.cadre:13:1: warning: overrides the national must-rule 'asye.reviews' (<stdlib>/england/asye.cadre)
   13 | override rule asye.reviews "ASYE reviews at 6 and 12 months" {
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  hint: if the council means it, mark it: ... because "the council holds no separate 3-month review; the interim review is at 6 months" intended
Layers: rules — as of 2025-06-30 — data tests/data/layer_basic

overrides in force (2)
  rule asye.session_length (from <stdlib>/england/asye.cadre)  tests/policies/layer_rule.cadre:7  because "sessions are split into two one-hour sessions a fortnight in the first 6 weeks"
  rule asye.reviews (from <stdlib>/england/asye.cadre)  tests/policies/layer_rule.cadre:13  because "the council holds no separate 3-month review; the interim review is at 6 months"

judged nothing (2)
  asye.protected_caseload  <stdlib>/england/asye.cadre:65  none of the 5 staff rows matched its 'for each', or it is not in effect on the as-of date
  asye.completion          <stdlib>/england/asye.cadre:72  no programmes rows in the data (tests/data/layer_basic/programmes.csv)

5 rules, 64 checks: 64 passed, 0 violations, 0 warnings, 0 unknown; 2 rules judged nothing
? 0
$ cadre lint tests/policies/layer_rule_intended.cadre
1 file checked: 5 rules, no errors
? 0
$ cadre check tests/policies/layer_rule_intended.cadre --data tests/data/layer_basic --as-of 2025-06-30
Layers: rules, intended — as of 2025-06-30 — data tests/data/layer_basic

overrides in force (1)
  rule asye.reviews (from <stdlib>/england/asye.cadre)  tests/policies/layer_rule_intended.cadre:5  because "the council holds no separate 3-month review; the interim review is at 6 months" (intended)

judged nothing (2)
  asye.protected_caseload  <stdlib>/england/asye.cadre:65  none of the 5 staff rows matched its 'for each', or it is not in effect on the as-of date
  asye.completion          <stdlib>/england/asye.cadre:72  no programmes rows in the data (tests/data/layer_basic/programmes.csv)

5 rules, 64 checks: 64 passed, 0 violations, 0 warnings, 0 unknown; 2 rules judged nothing
? 0
