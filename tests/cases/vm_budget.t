# The evaluation budget: a cross-product rule completes; a small --budget stops it with exit 2 naming the policy line; a budget big enough changes nothing.
$ cadre check tests/policies/vm_cross.cadre --data tests/data/lang_basic --as-of 2025-06-30
Cross product — as of 2025-06-30 — data tests/data/lang_basic

violations (2)
  same_pod  tests/policies/vm_cross.cadre:12  S6 Fay Hill (team_manager): S6: 1 in post in North Pod 2
  same_pod  tests/policies/vm_cross.cadre:12  S7 Gus Ivy (social_worker): S7: 1 in post in North Pod 2

2 rules, 13 checks: 11 passed, 2 violations, 0 warnings, 0 unknown
? 1
$ cadre check tests/policies/vm_cross.cadre --data tests/data/lang_basic --as-of 2025-06-30 --budget 50
tests/policies/vm_cross.cadre:5:1: error: evaluation budget exhausted (50 loop steps): this rule does too much work; raise it with --budget
    5 | rule unique_names "No two staff share a name" {
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
? 2
$ cadre check tests/policies/vm_cross.cadre --data tests/data/lang_basic --as-of 2025-06-30 --budget 1000
Cross product — as of 2025-06-30 — data tests/data/lang_basic

violations (2)
  same_pod  tests/policies/vm_cross.cadre:12  S6 Fay Hill (team_manager): S6: 1 in post in North Pod 2
  same_pod  tests/policies/vm_cross.cadre:12  S7 Gus Ivy (social_worker): S7: 1 in post in North Pod 2

2 rules, 13 checks: 11 passed, 2 violations, 0 warnings, 0 unknown
? 1
