# :why ID judges one row with every rule over its table and shows, per
# requirement, the verdict, the measured value and limit, and the policy
# lines; a rule whose for-each leaves the row out is n/a.
$ printf '%s\n' ':why S11' ':why S21' ':why S10' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
S11 Ben Brook (social_worker) — staff, tests/repl/data/staff.csv:3
  FAIL     caseload.cap: 4 open cases, at most 3
           measured 4, limit 3
           tests/repl/policy.cadre:9: cap: at most 3 open cases for case_holders
  pass     registered: s.qualified is 2019-07-01, at most 2025-06-30
           measured 2019-07-01, limit 2025-06-30
           tests/repl/policy.cadre:20: should s.qualified <= as_of
           tests/repl/policy.cadre:21: otherwise "{s.id} {s.name} qualified on {s.qualified}, after {as_of}"
2 rules over staff: 1 failed, 0 unknown, 1 passed, 0 not applicable
S21 Eve Eze (senior_practitioner) — staff, tests/repl/data/staff.csv:6
  pass     caseload.cap: 2 open cases, at most 3
           measured 2, limit 3
           tests/repl/policy.cadre:9: cap: at most 3 open cases for case_holders
  unknown  registered: cannot judge: staff.qualified is missing (tests/repl/data/staff.csv:6)
           tests/repl/policy.cadre:20: should s.qualified <= as_of
           tests/repl/policy.cadre:21: otherwise "{s.id} {s.name} qualified on {s.qualified}, after {as_of}"
2 rules over staff: 0 failed, 1 unknown, 1 passed, 0 not applicable
S10 Ann Archer (practice_manager) — staff, tests/repl/data/staff.csv:2
  n/a      caseload.cap: not selected by its `for each ... where`
           tests/repl/policy.cadre:9: cap: at most 3 open cases for case_holders
  n/a      registered: not selected by its `for each ... where`
           tests/repl/policy.cadre:19: for each s in staff where s.in_post and s.role in case_holders:
2 rules over staff: 0 failed, 0 unknown, 0 passed, 2 not applicable
? 0
$ printf '%s\n' ':why P2' ':why T1' ':why C1' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
P2 South Pod — pods, tests/repl/data/pods.csv:3
  FAIL     pod.practice.lead: led by S20 Dan Dale (team_manager), expected a practice_manager
           tests/repl/policy.cadre:14: lead: practice_manager
  FAIL     pod.practice.composition: 1 in post as case_holders, expected exactly 2
           measured 1, limit 2
           tests/repl/policy.cadre:15: exactly 2 of case_holders
2 rules over pods: 2 failed, 0 unknown, 0 passed, 0 not applicable
T1 North Team — teams, tests/repl/data/teams.csv:2
  FAIL     caseload.team_average: 2.5 average open cases over case_holders, at most 2
           measured 2.5, limit 2
           tests/repl/policy.cadre:10: team_average: average at most 2 per team for case_holders
1 rule over teams: 1 failed, 0 unknown, 0 passed, 0 not applicable
C1 — cases, tests/repl/data/cases.csv:2
  no rule is about cases rows
? 0
$ printf '%s\n' ':why S99' ':why' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
error: no row of any table has the key 'S99'
error: usage: :why ID (the key of a worker, pod, team or case, e.g. :why S103)
? 2
