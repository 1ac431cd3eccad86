# where filters (bare field names, it, nested where resolving to the element's link), every aggregate, count(distinct x), distinct(x), and + on collections; all pass, each would fail if wrong.
$ cadre check tests/policies/lang_where.cadre --data tests/data/lang_basic --as-of 2025-06-30
Filters and aggregates — as of 2025-06-30 — data tests/data/lang_basic

4 rules, 21 checks: 21 passed, 0 violations, 0 warnings, 0 unknown
? 0
