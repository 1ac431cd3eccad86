# Was pending, now fixed: unknowns that are not caused by missing data are reported under
# "unknown (cannot judge)" as "a value it needs is missing", which sends the
# reader looking for an empty cell that does not exist.  S1 has fte 1, so
# 1 - s.fte is 0 (division by zero); S1 holds no cases, so max() of an empty
# collection has no value.  The evidence should say why (wording below is a
# proposal; the point is that it names the cause).
$ cadre check tests/policies/pending_not_missing.cadre --data tests/data/lang_basic --as-of 2025-06-30
Not missing data — as of 2025-06-30 — data tests/data/lang_basic

unknown (cannot judge) (2)
  ratio   tests/policies/pending_not_missing.cadre:7   S1 Ann Lee (practice_manager): cannot judge: division by zero
  latest  tests/policies/pending_not_missing.cadre:12  S1 Ann Lee (practice_manager): cannot judge: an average, minimum or maximum of no values

2 rules, 2 checks: 0 passed, 0 violations, 0 warnings, 2 unknown
? 0
