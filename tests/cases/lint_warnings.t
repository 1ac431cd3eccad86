# Lint warnings, and --deny-warnings turning them into a failure.
$ cadre lint tests/policies/lint_warnings.cadre
tests/policies/lint_warnings.cadre:12:15: warning: rule 'holds' is declared and overridden in the same file
   12 | override rule holds {
      |               ^^^^^
  hint: override is for changing another layer's rule; edit or delete this one instead
tests/policies/lint_warnings.cadre:18:10: warning: this should does not depend on the data, so its verdict never changes
   18 |   should 1 < 2
      |          ^^^^^
  hint: a requirement reads the entity or the data, e.g. s.open_cases <= max_cases
tests/policies/lint_warnings.cadre:3:5: warning: let 'unused_limit' is never used
    3 | let unused_limit = 3
      |     ^^^^^^^^^^^^
1 file checked: 2 rules, no errors, 3 warnings
? 0
$ cadre lint --deny-warnings tests/policies/lint_warnings.cadre
tests/policies/lint_warnings.cadre:12:15: warning: rule 'holds' is declared and overridden in the same file
   12 | override rule holds {
      |               ^^^^^
  hint: override is for changing another layer's rule; edit or delete this one instead
tests/policies/lint_warnings.cadre:18:10: warning: this should does not depend on the data, so its verdict never changes
   18 |   should 1 < 2
      |          ^^^^^
  hint: a requirement reads the entity or the data, e.g. s.open_cases <= max_cases
tests/policies/lint_warnings.cadre:3:5: warning: let 'unused_limit' is never used
    3 | let unused_limit = 3
      |     ^^^^^^^^^^^^
1 file checked: 2 rules, no errors, 3 warnings (denied: --deny-warnings)
? 2
$ cadre lint --deny-warnings examples/medway/policy.cadre
1 file checked: 9 rules, no errors
? 0
