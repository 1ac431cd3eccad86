# Seed fidelity, Medway (examples/medway): perturbations of the example's data
# that the council's rules must catch, each exactly at the limit (passes) and
# one over (fails). `judge EXAMPLE RULE ENTITY EDIT...` (tests/seed/judge.sh)
# copies the data, applies the edits named on the line (tests/seed/overlay.sh)
# and prints the rule's verdict for the entity, measured value and limit, then
# the summary of `cadre check`.
#
# 1. "a maximum of 20": S102 Chloe Barnett holds exactly 20 open cases; one
#    more case makes 21.
$ . tests/seed/judge.sh; judge medway caseload.cap S102
  pass     caseload.cap: 20 open cases, at most 20
           measured 20, limit 20
9 rules, 558 checks: 549 passed, 8 violations, 0 warnings, 1 unknown
? 1
$ . tests/seed/judge.sh; judge medway caseload.cap S102 add cases 1 'CX{n},MX{n},S102,2025-06-02,,cin,1'
  FAIL     caseload.cap: 21 open cases, at most 20
           measured 21, limit 20
9 rules, 559 checks: 549 passed, 9 violations, 0 warnings, 1 unknown
? 1
$ . tests/seed/judge.sh; judge medway caseload.average all set staff S114 fte 0.4 set cases C1012 closed 2025-06-01 set cases C1040 closed 2025-06-01 set cases C1047 closed 2025-06-01 set cases C1051 closed 2025-06-01
  caseload.average: no finding
9 rules, 554 checks: 547 passed, 6 violations, 0 warnings, 1 unknown
? 1
$ printf '%s\n' 'sum((staff where in_post and role in case_holders).open_cases)' 'sum((staff where in_post and role in case_holders).fte)' | cadre repl examples/medway/policy.cadre --data $tmp/seed_medway --as-of 2025-06-30
442
26
? 0
$ . tests/seed/judge.sh; judge medway caseload.average all set staff S114 fte 0.4 set cases C1012 closed 2025-06-01 set cases C1040 closed 2025-06-01 set cases C1047 closed 2025-06-01
  caseload.average  examples/medway/policy.cadre:28  (all data): 17.04 open cases per FTE over case_holders, at most 17; 443 open cases over 26 FTE (per head: 16.41)
9 rules, 555 checks: 547 passed, 7 violations, 0 warnings, 1 unknown
? 1
$ . tests/seed/judge.sh; judge medway pod.practice.composition P2
  pass     pod.practice.composition: 4 in post as case_holders, expected exactly 4
           measured 4, limit 4
9 rules, 558 checks: 549 passed, 8 violations, 0 warnings, 1 unknown
? 1
$ . tests/seed/judge.sh; judge medway pod.practice.composition P2 set staff S133 pod P2 set staff S133 team ''
  FAIL     pod.practice.composition: 5 in post as case_holders, expected exactly 4
           measured 5, limit 4
9 rules, 558 checks: 548 passed, 9 violations, 0 warnings, 1 unknown
? 1
$ . tests/seed/judge.sh; judge medway continuity C1405
  pass     continuity: count(distinct (c.allocations where (worker.team ?? worker.pod.team).service != "front_door" and worker.in_post).worker) is 1, at most 1
           measured 1, limit 1
9 rules, 558 checks: 549 passed, 8 violations, 0 warnings, 1 unknown
? 1
$ . tests/seed/judge.sh; judge medway continuity C1405 del allocations C1405 add allocations 1 'C1405,S136,2025-03-24,2025-05-04' add allocations 1 'C1405,S103,2025-05-04,2025-06-09' add allocations 1 'C1405,S102,2025-06-09,'
  FAIL     continuity: child MC270048 has had 2 social workers in post since assessment, expected 1
           measured 2, limit 1
9 rules, 558 checks: 548 passed, 9 violations, 0 warnings, 1 unknown
? 1
