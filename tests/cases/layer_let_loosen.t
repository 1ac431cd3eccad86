# Was pending, now fixed: `override rule` / `disable rule` of a national
# must-rule warn (W-loosen) unless `intended`, but `override let` of a
# national parameter that the must-rules use does not, although it can
# loosen them just as much: six months' grace instead of one lets every
# ASYE review slip by half a year.  Now: "1 file checked: 5 rules, no
# errors".  Proposal (lang/check.c override_let): warn when the national
# value is not `missing` (setting a missing council parameter, like
# Wiltshire's asye_max_open_cases = 16, is not a loosening) and a national
# must-rule uses the let.  Expected wording below is a suggestion.
$ cadre lint tests/policies/layer_pending_loosen.cadre
tests/policies/layer_pending_loosen.cadre:6:1: warning: loosens the national must-rule 'asye.reviews': it passes more easily with asye_review_grace = this value
    6 | override let asye_review_grace = 6 months because "reviews slip while the ASYE team is short-staffed"
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  hint: if the council means it, mark it: ... because "reviews slip while the ASYE team is short-staffed" intended
1 file checked: 5 rules, no errors, 1 warning
? 0
$ cadre lint tests/policies/layer_tighten.cadre
1 file checked: 5 rules, no errors
? 0
