# Exact decimal arithmetic: 0.1 + 0.2 = 0.3, avg of 17,17,17 is 17, FTE sums; evidence prints exact values (two places when not a short decimal).
$ cadre check tests/policies/lang_exact.cadre --data tests/data/lang_basic --as-of 2025-06-30
Exact numbers — as of 2025-06-30 — data tests/data/lang_basic

violations (2)
  decimals  tests/policies/lang_exact.cadre:13  (all data): avg({17, 17, 17.03}) is 17.01, at most 17
  shown     tests/policies/lang_exact.cadre:23  (all data): 0.1 + 0.2 = 0.3; 1/3 = 0.33; 2/3 = 0.67; 7/8 = 0.875; -1/8 = -0.125

3 rules, 13 checks: 11 passed, 2 violations, 0 warnings, 0 unknown
? 1
