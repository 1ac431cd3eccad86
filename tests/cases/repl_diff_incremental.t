# The REPL's :diff re-judges only the rules and rows an edit can reach; it
# must print exactly what `:diff full` (every rule, every row, both ways)
# prints. tests/repl/diff_equiv.sh makes edits of every kind row by row (a
# case moved, closed, reopened or dropped; a worker's role, dates, pod or
# team changed, or the worker dropped; pods, teams and supervision sessions
# changed, a session moved into the window; pairs of edits) and compares
# the two after each. tests/repl/diff_policy.cadre holds the rule shapes
# that narrow differently: whole tables read inside a rule, no `for each`,
# chains of references and links, keyless rows, other rows in evidence.
$ bash tests/repl/diff_equiv.sh "$bin" tests/repl/policy.cadre tests/repl/data 2025-06-30
146 edits, 72 changed verdicts: :diff is :diff full
? 0
$ bash tests/repl/diff_equiv.sh "$bin" tests/repl/diff_policy.cadre tests/repl/data 2025-06-30
146 edits, 77 changed verdicts: :diff is :diff full
? 0
$ bash tests/repl/diff_equiv.sh "$bin" examples/medway/policy.cadre examples/medway/data 2025-06-30 4
126 edits, 61 changed verdicts: :diff is :diff full
? 0
$ bash tests/repl/diff_equiv.sh "$bin" examples/wiltshire/policy.cadre examples/wiltshire/data 2025-06-30 4
119 edits, 58 changed verdicts: :diff is :diff full
? 0
$ bash tests/repl/diff_equiv.sh "$bin" tests/repl/diff_policy.cadre examples/medway/data 2025-06-30 4
126 edits, 49 changed verdicts: :diff is :diff full
? 0
$ bash tests/repl/diff_equiv.sh "$bin" bench/rules.cadre examples/medway/data 2025-06-30 3
96 edits, 42 changed verdicts: :diff is :diff full
? 0
$ bash tests/repl/diff_equiv.sh "$bin" tests/policies/verdicts_over_time.cadre tests/repl/data 2025-06-30
146 edits, 46 changed verdicts: :diff is :diff full
? 0
