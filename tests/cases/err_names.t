# Name errors (exit 2) with did-you-mean: unknown table in a ref (near miss, and none close), unknown field, unknown let, a role code typo, a field of a where's element, an unknown table in for each.
$ cadre lint tests/policies/err_names.cadre
tests/policies/err_names.cadre:7:3: error: unknown table 'staf' in reference
    7 |   owner: ref staf
      |   ^^^^^^^^^^^^^^^
  hint: did you mean 'staff'?
tests/policies/err_names.cadre:8:3: error: unknown table 'peple' in reference
    8 |   other: ref peple
      |   ^^^^^^^^^^^^^^^^
  hint: a table is declared with: table NAME "file.csv" { ... }
tests/policies/err_names.cadre:13:12: error: staff has no field 'rol'
   13 |     must s.rol = social_worker
      |            ^^^
  hint: did you mean 'role'?
tests/policies/err_names.cadre:14:26: error: unknown name 'limt'
   14 |     must s.open_cases <= limt
      |                          ^^^^
  hint: did you mean 'limit'?
tests/policies/err_names.cadre:15:19: error: unknown name 'social_wroker'
   15 |     must s.role = social_wroker
      |                   ^^^^^^^^^^^^^
  hint: did you mean 'social_worker'?
tests/policies/err_names.cadre:16:30: error: unknown name 'opn'
   16 |     must count(s.cases where opn) > 0
      |                              ^^^
  hint: did you mean 'open'?
tests/policies/err_names.cadre:20:17: error: unknown name 'casez'
   20 |   for each c in casez:
      |                 ^^^^^
  hint: did you mean 'cases'?
7 errors
? 2
