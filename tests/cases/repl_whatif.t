# What-if edits of the loaded data, never written back: :set, :move, :drop,
# :undo, and :diff (verdicts changed since the data was loaded).
$ printf '%s\n' ':move case C1 to S21' ':diff' ':why S11' ':undo' ':diff' ':check caseload.cap' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
cases C1.worker: S11 → S21
1 what-if edit since the data was loaded:
  1. :move case C1 to S21
newly breaching (1)
  caseload.team_average  tests/repl/policy.cadre:10  T2 South Team: 3 average open cases over case_holders, at most 2
newly compliant (2)
  caseload.cap           tests/repl/policy.cadre:9   S11 Ben Brook (social_worker): 3 open cases, at most 3 (was: 4 open cases, at most 3)
  caseload.team_average  tests/repl/policy.cadre:10  T1 North Team: 2 average open cases over case_holders, at most 2 (was: 2.5 average open cases over case_holders, at most 2)
S11 Ben Brook (social_worker) — staff, tests/repl/data/staff.csv:3
  pass     caseload.cap: 3 open cases, at most 3
           measured 3, limit 3
           tests/repl/policy.cadre:9: cap: at most 3 open cases for case_holders
  pass     registered: s.qualified is 2019-07-01, at most 2025-06-30
           measured 2019-07-01, limit 2025-06-30
           tests/repl/policy.cadre:20: should s.qualified <= as_of
           tests/repl/policy.cadre:21: otherwise "{s.id} {s.name} qualified on {s.qualified}, after {as_of}"
2 rules over staff: 0 failed, 0 unknown, 2 passed, 0 not applicable
undone: :move case C1 to S21
no what-if edits: the data is as loaded
REPL test council — as of 2025-06-30 — data tests/repl/data

violations (1)
  caseload.cap  tests/repl/policy.cadre:9  S11 Ben Brook (social_worker): 4 open cases, at most 3

1 rule, 3 checks: 2 passed, 1 violation, 0 warnings, 0 unknown
? 0
$ printf '%s\n' ':set staff S11.role = practice_manager' ':set S22.left = missing' ':drop staff S21' 'count(cases where worker is missing)' 'pods.staff' ':diff' ':undo' ':undo' ':undo' ':diff' ':check' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
staff S11.role: social_worker → practice_manager
staff S22.left: 2024-12-31 → missing
dropped staff S21 Eve Eze (senior_practitioner); 2 references to it now read as missing
3
id   name        role              pod  team  manager  contract   fte  started     left  qualified   asye_status  in_post  open_cases  weighted_cases  asye_started  asye_clock
---  ----------  ----------------  ---  ----  -------  ---------  ---  ----------  ----  ----------  -----------  -------  ----------  --------------  ------------  -------------
S10  Ann Archer  practice_manager  P1                  permanent    1  2015-03-02        2010-07-01               true              0               0  2015-03-02    staff.started
S11  Ben Brook   practice_manager  P1         S10      permanent    1  2019-09-02        2019-07-01               true              4             4.5  2019-09-02    staff.started
S12  Cat Cole    asye              P1         S10      permanent  0.8  2024-09-02        2024-07-12  in_progress  true              1               1  2024-09-02    staff.started
S20  Dan Dale    team_manager      P2                  permanent    1  2012-01-09        2005-07-01               true              0               0  2012-01-09    staff.started
S22  Fay Fox     social_worker     P2         S20      permanent    1  2021-05-04        2021-03-01               true              0               0  2021-05-04    staff.started
(5 rows)
3 what-if edits since the data was loaded:
  1. :set staff S11.role = practice_manager
  2. :set S22.left = missing
  3. :drop staff S21
newly breaching (1)
  pod.practice.composition  tests/repl/policy.cadre:15  P1 North Pod: 1 in post as case_holders, expected exactly 2
newly compliant (1)
  caseload.team_average  tests/repl/policy.cadre:10  T1 North Team: 1 average open cases over case_holders, at most 2 (was: 2.5 average open cases over case_holders, at most 2)
other changes (6)
  caseload.cap  tests/repl/policy.cadre:9   S11 Ben Brook (social_worker): 4 open cases, at most 3 — was failing, now not judged
  caseload.cap  tests/repl/policy.cadre:9   S21 Eve Eze (senior_practitioner): 2 open cases, at most 3 — was passing, now not judged
  caseload.cap  tests/repl/policy.cadre:9   S22 Fay Fox (social_worker): 0 open cases, at most 3 — was not judged, now passing
  registered    tests/repl/policy.cadre:20  S11 Ben Brook (social_worker): s.qualified is 2019-07-01, at most 2025-06-30 — was passing, now not judged
  registered    tests/repl/policy.cadre:20  S21 Eve Eze (senior_practitioner): cannot judge: staff.qualified is missing — was unknown, now not judged
  registered    tests/repl/policy.cadre:20  S22 Fay Fox (social_worker): s.qualified is 2021-03-01, at most 2025-06-30 — was not judged, now passing
undone: :drop staff S21
undone: :set S22.left = missing
undone: :set staff S11.role = practice_manager
no what-if edits: the data is as loaded
REPL test council — as of 2025-06-30 — data tests/repl/data

violations (4)
  caseload.cap              tests/repl/policy.cadre:9   S11 Ben Brook (social_worker): 4 open cases, at most 3
  caseload.team_average     tests/repl/policy.cadre:10  T1 North Team: 2.5 average open cases over case_holders, at most 2
  pod.practice.lead         tests/repl/policy.cadre:14  P2 South Pod: led by S20 Dan Dale (team_manager), expected a practice_manager
  pod.practice.composition  tests/repl/policy.cadre:15  P2 South Pod: 1 in post as case_holders, expected exactly 2

unknown (cannot judge) (1)
  registered  tests/repl/policy.cadre:20  S21 Eve Eze (senior_practitioner): cannot judge: staff.qualified is missing (tests/repl/data/staff.csv:6)

5 rules, 12 checks: 7 passed, 4 violations, 0 warnings, 1 unknown
? 0
$ printf '%s\n' ':set staff S12.name = "Cat Cole-Smith"' ':set staff S12.qualified = missing' ':set staff S12.fte = 0.5' 'staff where id = "S12"' ':undo' ':undo' ':undo' 'staff where id = "S12"' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
staff S12.name: Cat Cole → Cat Cole-Smith
staff S12.qualified: 2024-07-12 → missing
staff S12.fte: 0.8 → 0.5
id   name            role  pod  team  manager  contract   fte  started     left  qualified  asye_status  in_post  open_cases  weighted_cases  asye_started  asye_clock
---  --------------  ----  ---  ----  -------  ---------  ---  ----------  ----  ---------  -----------  -------  ----------  --------------  ------------  -------------
S12  Cat Cole-Smith  asye  P1         S10      permanent  0.5  2024-09-02                   in_progress  true              1               1  2024-09-02    staff.started
(1 row)
undone: :set staff S12.fte = 0.5
undone: :set staff S12.qualified = missing
undone: :set staff S12.name = "Cat Cole-Smith"
id   name      role  pod  team  manager  contract   fte  started     left  qualified   asye_status  in_post  open_cases  weighted_cases  asye_started  asye_clock
---  --------  ----  ---  ----  -------  ---------  ---  ----------  ----  ----------  -----------  -------  ----------  --------------  ------------  -------------
S12  Cat Cole  asye  P1         S10      permanent  0.8  2024-09-02        2024-07-12  in_progress  true              1               1  2024-09-02    staff.started
(1 row)
? 0
$ printf '%s\n' ':drop pods P1' 'staff where pod is missing' ':why S11' ':undo' 'staff where pod is missing' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
dropped pods P1 North Pod; 3 references to it now read as missing
id   name        role              pod  team  manager  contract   fte  started     left  qualified   asye_status  in_post  open_cases  weighted_cases  asye_started  asye_clock
---  ----------  ----------------  ---  ----  -------  ---------  ---  ----------  ----  ----------  -----------  -------  ----------  --------------  ------------  -------------
S10  Ann Archer  practice_manager                      permanent    1  2015-03-02        2010-07-01               true              0               0  2015-03-02    staff.started
S11  Ben Brook   social_worker                S10      permanent    1  2019-09-02        2019-07-01               true              4             4.5  2019-09-02    staff.started
S12  Cat Cole    asye                         S10      permanent  0.8  2024-09-02        2024-07-12  in_progress  true              1               1  2024-09-02    staff.started
(3 rows)
S11 Ben Brook (social_worker) — staff, tests/repl/data/staff.csv:3
  FAIL     caseload.cap: 4 open cases, at most 3
           measured 4, limit 3
           tests/repl/policy.cadre:9: cap: at most 3 open cases for case_holders
  pass     registered: s.qualified is 2019-07-01, at most 2025-06-30
           measured 2019-07-01, limit 2025-06-30
           tests/repl/policy.cadre:20: should s.qualified <= as_of
           tests/repl/policy.cadre:21: otherwise "{s.id} {s.name} qualified on {s.qualified}, after {as_of}"
2 rules over staff: 1 failed, 0 unknown, 1 passed, 0 not applicable
undone: :drop pods P1
id  name  role  pod  team  manager  contract  fte  started  left  qualified  asye_status  in_post  open_cases  weighted_cases  asye_started  asye_clock
--  ----  ----  ---  ----  -------  --------  ---  -------  ----  ---------  -----------  -------  ----------  --------------  ------------  ----------
(0 rows)
? 0
$ printf '%s\n' ':set staff S12.fte = abc' ':set staff S12.id = X' ':set staff S12.role = sw' ':set staff S12.nme = x' ':set staff S12.open_cases = 3' ':set staff S12.started = missing' ':set staff S12.pod = P9' ':set stuff S12.role = asye' ':set S12 role asye' ':move case C1 to T9' ':move case C1 S21' ':drop staff S99' ':undo' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
error: bad number 'abc' for fte (digits, at most 6 decimal places)
error: staff.id is the key: references resolve against it, so it cannot be changed (:drop the row instead)
error: unknown role code 'sw'
error: staff has no stored field 'nme' (did you mean 'name'?)
error: staff.open_cases is computed from other fields; set those instead
error: staff.started is required: it cannot be missing
error: staff.pod 'P9' refers to no row of pods
error: no table named 'stuff' (did you mean 'staff'?)
error: usage: :set [TABLE] KEY.FIELD = VALUE (e.g. :set staff S102.role = social_worker)
error: no reference of cases can point at 'T9'
error: usage: :move TABLE KEY to KEY (e.g. :move case C1001 to S12)
error: no staff row has the key 'S99'
error: nothing to undo: the data is as loaded
? 2
