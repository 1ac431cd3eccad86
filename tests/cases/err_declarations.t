# Declaration errors (exit 2): duplicate table, field, let, rule (with where the first is), a let hiding a role code; cyclic lets and computed fields; unknown functions and wrong arity; use of an unknown module; a policy file that does not exist.
$ cadre lint tests/policies/err_duplicate.cadre
tests/policies/err_duplicate.cadre:7:7: error: table 'teams' is declared twice
    7 | table teams "other_teams.csv" {
      |       ^^^^^
tests/policies/err_duplicate.cadre:14:3: error: field 'name' is declared twice in table extra
   14 |   name: int
      |   ^^^^
tests/policies/err_duplicate.cadre:4:5: error: let 'limit' is declared twice
    4 | let limit = 16
      |     ^^^^^
  hint: the first is at tests/policies/err_duplicate.cadre:3
tests/policies/err_duplicate.cadre:5:5: error: let 'asye' would hide the role code of that name
    5 | let asye = 1
      |     ^^^^
tests/policies/err_duplicate.cadre:21:6: error: rule 'cap' is declared twice
   21 | rule cap {
      |      ^^^
  hint: the first is at tests/policies/err_duplicate.cadre:17
5 errors
? 2
$ cadre lint tests/policies/err_cycle.cadre
tests/policies/err_cycle.cadre:9:3: error: computed field 'x' depends on itself
    9 |   x: int = y + 1
      |   ^
tests/policies/err_cycle.cadre:3:5: error: let 'a' depends on itself
    3 | let a = b + 1
      |     ^
tests/policies/err_cycle.cadre:5:5: error: let 'c' depends on itself
    5 | let c = c
      |     ^
3 errors
? 2
$ cadre lint tests/policies/err_calls.cadre
tests/policies/err_calls.cadre:4:8: error: unknown function 'counts'
    4 |   must counts(staff) > 0
      |        ^^^^^^
  hint: did you mean 'count'?
tests/policies/err_calls.cadre:5:8: error: count takes one collection, given 2 arguments
    5 |   must count(staff, pods) > 0
      |        ^^^^^^^^^^^^^^^^^^
tests/policies/err_calls.cadre:6:8: error: count takes one collection, given 0 arguments
    6 |   must count() = 0
      |        ^^^^^^^
tests/policies/err_calls.cadre:7:14: error: count takes a collection, but this is a number
    7 |   must count(1) > 0
      |              ^
  hint: e.g. count(s.cases where open), avg(t.members.open_cases)
tests/policies/err_calls.cadre:8:12: error: sum and avg take numbers, but this is a list of texts
    8 |   must sum(staff.name) > 0
      |            ^^^^^^^^^^
  hint: e.g. avg(t.members.open_cases)
tests/policies/err_calls.cadre:10:8: error: unknown function 'frobnicate'
   10 |   must frobnicate(staff) > 0
      |        ^^^^^^^^^^
  hint: functions: count, sum, avg, min, max, any, all, distinct, gap, longest, days_between, months_between, years_between, month_of, year_of, missed, most_in
6 errors
? 2
$ cadre lint tests/policies/err_module.cadre
tests/policies/err_module.cadre:2:1: error: no module 'stdd' in the standard library
    2 | use stdd
      | ^^^^^^^^
  hint: did you mean 'std'?
1 error
? 2
$ cadre lint tests/policies/no_such_policy.cadre
error: cannot read policy tests/policies/no_such_policy.cadre: No such file or directory
1 error
? 2
$ cadre check tests/policies/no_such_policy.cadre --data tests/data/lang_basic --as-of 2025-06-30
error: cannot read policy tests/policies/no_such_policy.cadre: No such file or directory
? 2
