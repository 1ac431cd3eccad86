# Was pending, now fixed: mistakes in a council layer.
#  1. Re-declaring a national parameter with `let` says "let ... is declared
#     twice" with no hint; it should say how to change it: override let
#     asye_max_open_cases = ... because "...".
#  2. Re-declaring a national rule gives "the first is at <stdlib>/..." but
#     should suggest `override rule asye.reviews ... because "..."`.
#  3. An unknown rule with no near match gets the hint "`cadre lint` lists
#     nothing to override; rules come from the files and modules given",
#     which reads as if lint had printed something.  It should list what can
#     be overridden, e.g. "rules that can be overridden: supervision.asye_individual,
#     asye.session_length, asye.reviews, asye.protected_caseload, asye.completion".
#  4. (layer_pending_type.cadre) An override of the wrong type is reported
#     six times at the national module's lines (<stdlib>/england/asye.cadre:45,
#     46, 48, ...), which a council cannot edit; it should be one error at
#     the override: "asye_review_grace is a duration in england.asye, but
#     this is a number" with a hint like "e.g. 30 days".
# Expected output below: the suggested hints.
$ cadre lint tests/policies/layer_pending_hints.cadre
tests/policies/layer_pending_hints.cadre:5:5: error: let 'asye_max_open_cases' is declared twice
    5 | let asye_max_open_cases = 16
      |     ^^^^^^^^^^^^^^^^^^^
  hint: it is a parameter of england.asye; change it with: override let asye_max_open_cases = ... because "..."
tests/policies/layer_pending_hints.cadre:7:6: error: rule 'asye.reviews' is declared twice
    7 | rule asye.reviews "ASYE reviews" {
      |      ^^^^^^^^^^^^
  hint: the first is at <stdlib>/england/asye.cadre:51; to replace it: override rule asye.reviews ... because "..."
tests/policies/layer_pending_hints.cadre:12:14: error: disable of unknown rule 'supervision.group'
   12 | disable rule supervision.group because "there is no national group cadence"
      |              ^^^^^^^^^^^^^^^^^
  hint: rules that can be overridden: supervision.asye_individual, asye.session_length, asye.reviews, asye.protected_caseload, asye.completion
3 errors
? 2
$ cadre lint tests/policies/layer_pending_type.cadre
tests/policies/layer_pending_type.cadre:5:34: error: asye_review_grace is a duration in england.asye, but this is a number
    5 | override let asye_review_grace = 30 because "30 days"
      |                                  ^^
  hint: e.g. 30 days
1 error
? 2
