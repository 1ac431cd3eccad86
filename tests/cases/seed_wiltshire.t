# Seed fidelity, Wiltshire (examples/wiltshire): perturbations of the example's
# data that the council's rules must catch, each exactly at the limit (passes)
# and one over (fails); see tests/seed/judge.sh for what `judge` prints.
#
# 1. "Caseloads are limited to 16 for the newly qualified social workers":
#    S208 Georgia Lane (asye) holds exactly 16 open cases; one more makes 17.
$ . tests/seed/judge.sh; judge wiltshire asye.protected_caseload S208
  pass     asye.protected_caseload: s.open_cases is 16, at most 16
           measured 16, limit 16
10 rules, 611 checks: 601 passed, 10 violations, 0 warnings, 0 unknown; 1 rule judged nothing
? 1
$ . tests/seed/judge.sh; judge wiltshire asye.protected_caseload S208 add cases 1 'CX{n},WX{n},S208,2025-06-02,,cin,1'
  FAIL     asye.protected_caseload: 17 open cases, at most 16 for an NQSW
           measured 17, limit 16
10 rules, 612 checks: 601 passed, 11 violations, 0 warnings, 0 unknown; 1 rule judged nothing
? 1
$ . tests/seed/judge.sh; judge wiltshire pod.asye.nothing_else P3
  pass     pod.asye.nothing_else: 0 in post besides its lead and asye, expected exactly 0
           measured 0, limit 0
10 rules, 611 checks: 601 passed, 10 violations, 0 warnings, 0 unknown; 1 rule judged nothing
? 1
$ . tests/seed/judge.sh; judge wiltshire pod.asye.nothing_else P3 set staff S220 pod P3 set staff S220 team ''
  FAIL     pod.asye.nothing_else: 1 in post besides its lead and asye, expected exactly 0; first by id: S220
           measured 1, limit 0
10 rules, 611 checks: 600 passed, 11 violations, 0 warnings, 0 unknown; 1 rule judged nothing
? 1
$ . tests/seed/judge.sh; judge wiltshire caseload.cap S222
  pass     caseload.cap: 18 open cases, at most 18
           measured 18, limit 18
10 rules, 611 checks: 601 passed, 10 violations, 0 warnings, 0 unknown; 1 rule judged nothing
? 1
$ . tests/seed/judge.sh; judge wiltshire caseload.cap S222 add cases 1 'CX{n},WX{n},S222,2025-06-02,,cin,1'
  FAIL     caseload.cap: 19 open cases, at most 18
           measured 19, limit 18
10 rules, 612 checks: 601 passed, 11 violations, 0 warnings, 0 unknown; 1 rule judged nothing
? 1
$ . tests/seed/judge.sh; judge wiltshire continuity C2061
  pass     continuity: count(distinct c.allocations.worker) is 1, at most 1
           measured 1, limit 1
10 rules, 611 checks: 601 passed, 10 violations, 0 warnings, 0 unknown; 1 rule judged nothing
? 1
$ . tests/seed/judge.sh; judge wiltshire continuity C2061 del allocations C2061 add allocations 1 'C2061,S216,2024-10-14,2025-02-03' add allocations 1 'C2061,S213,2025-02-03,2025-02-24' add allocations 1 'C2061,S216,2025-02-24,'
  FAIL     continuity: child WC180740 has had 2 social workers, expected 1
           measured 2, limit 1
10 rules, 611 checks: 600 passed, 11 violations, 0 warnings, 0 unknown; 1 rule judged nothing
? 1
