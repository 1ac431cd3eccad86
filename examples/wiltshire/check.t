# The example's planted violations (see README.md), with evidence.
$ cadre check examples/wiltshire/policy.cadre --data examples/wiltshire/data --as-of 2025-06-30
Wiltshire children's services — as of 2025-06-30 — data examples/wiltshire/data

violations (4)
  caseload.nqsw_cap     examples/wiltshire/policy.cadre:12  S209 Harry Webb (asye): 17 open cases, at most 16
  caseload.nqsw_cap     examples/wiltshire/policy.cadre:12  S215 Freya Dawson (asye): 18 open cases, at most 16
  pod.asye.composition  examples/wiltshire/policy.cadre:19  P2 ASYE Pod B: 5 in post as asye, expected exactly 4
  continuity            examples/wiltshire/policy.cadre:26  C2046: child WC862107 has had 3 social workers, at most 2

5 rules, 268 checks: 264 passed, 4 violations, 0 warnings, 0 unknown
? 1
