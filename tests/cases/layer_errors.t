# Errors: an override of an unknown let or rule exits 2 with a did-you-mean hint; with no `use` there is nothing to override; an override needs `because "reason"`.
$ cadre lint tests/policies/layer_err_names.cadre
tests/policies/layer_err_names.cadre:5:14: error: override of unknown let 'asye_max_open_case'
    5 | override let asye_max_open_case = 16 because "Wiltshire ASYE pods"
      |              ^^^^^^^^^^^^^^^^^^
  hint: did you mean 'asye_max_open_cases'?
tests/policies/layer_err_names.cadre:7:15: error: override of unknown rule 'asye.review'
    7 | override rule asye.review "Reviews" {
      |               ^^^^^^^^^^^
  hint: did you mean 'asye.reviews'?
tests/policies/layer_err_names.cadre:11:14: error: disable of unknown rule 'supervision.asye_individul'
   11 | disable rule supervision.asye_individul because "typo of supervision.asye_individual"
      |              ^^^^^^^^^^^^^^^^^^^^^^^^^^
  hint: did you mean 'supervision.asye_individual'?
3 errors
? 2
$ cadre check tests/policies/layer_err_names.cadre --data tests/data/layer_basic --as-of 2025-06-30
tests/policies/layer_err_names.cadre:5:14: error: override of unknown let 'asye_max_open_case'
    5 | override let asye_max_open_case = 16 because "Wiltshire ASYE pods"
      |              ^^^^^^^^^^^^^^^^^^
  hint: did you mean 'asye_max_open_cases'?
tests/policies/layer_err_names.cadre:7:15: error: override of unknown rule 'asye.review'
    7 | override rule asye.review "Reviews" {
      |               ^^^^^^^^^^^
  hint: did you mean 'asye.reviews'?
tests/policies/layer_err_names.cadre:11:14: error: disable of unknown rule 'supervision.asye_individul'
   11 | disable rule supervision.asye_individul because "typo of supervision.asye_individual"
      |              ^^^^^^^^^^^^^^^^^^^^^^^^^^
  hint: did you mean 'supervision.asye_individual'?
? 2
$ cadre lint tests/policies/layer_err_nouse.cadre
tests/policies/layer_err_nouse.cadre:4:14: error: override of unknown let 'asye_max_open_cases'
    4 | override let asye_max_open_cases = 16 because "Wiltshire ASYE pods"
      |              ^^^^^^^^^^^^^^^^^^^
  hint: override changes a let declared by a module this policy uses
1 error
? 2
$ cadre lint tests/policies/layer_err_syntax.cadre
tests/policies/layer_err_syntax.cadre:6:1: error: unexpected 'disable', expected one of: 'because' or an operator
    6 | disable rule asye.reviews because
      | ^^^^^^^
tests/policies/layer_err_syntax.cadre:6:34: error: unexpected end of input, expected string
    6 | disable rule asye.reviews because
      |                                  ^
2 errors
? 2
