# let and rule definitions at the prompt are checked and compiled with the
# policies (the data stays loaded); unfinished input continues on the next
# line; a definition typed again replaces the earlier one.
$ printf '%s\n' 'let busy = staff where open_cases > 1' 'count(busy)' 'rule light "No one above 1" {' '  for each s in staff where s.in_post:' '    must s.open_cases <= 1' '}' ':check light' ':rule light' 'let busy = staff where open_cases > 3' 'busy' ':rules' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
let busy: a collection of staff
2
rule light: for each staff, 1 requirement
REPL test council — as of 2025-06-30 — data tests/repl/data

violations (2)
  light  <repl>:4  S11 Ben Brook (social_worker): s.open_cases is 4, at most 1
  light  <repl>:4  S21 Eve Eze (senior_practitioner): s.open_cases is 2, at most 1

1 rule, 5 checks: 3 passed, 2 violations, 0 warnings, 0 unknown
# <repl>:2
rule light "No one above 1" {
  for each s in staff where s.in_post:
    must s.open_cases <= 1
}
let busy: a collection of staff
id   name       role           pod  team  manager  contract   fte  started     left  qualified   asye_status  in_post  open_cases  weighted_cases  asye_started  asye_clock
---  ---------  -------------  ---  ----  -------  ---------  ---  ----------  ----  ----------  -----------  -------  ----------  --------------  ------------  -------------
S11  Ben Brook  social_worker  P1         S10      permanent    1  2019-09-02        2019-07-01               true              4             4.5  2019-09-02    staff.started
(1 row)
rule                      for each  where                       title
------------------------  --------  --------------------------  ------------------------------------------------------
caseload.cap              staff     tests/repl/policy.cadre:9   At most 3 open cases for case_holders
caseload.team_average     teams     tests/repl/policy.cadre:10  Average at most 2 open cases per team for case_holders
pod.practice.lead         pods      tests/repl/policy.cadre:14  A practice pod is led by a practice_manager
pod.practice.composition  pods      tests/repl/policy.cadre:15  A practice pod has exactly 2 of case_holders
registered                staff     tests/repl/policy.cadre:18  Case holders are qualified social workers
light                     staff     <repl>:2                    No one above 1
(6 rules)
? 0
$ printf '%s\n' 'rule bad {' '  for each s in staff:' '    must s.nme = 1' '}' 'let x = nosuch + 1' 'let y = (1 +' '2)' 'y' 'table extra "extra.csv" { key id: text }' ':rules' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
<repl>:3:12: error: staff has no field 'nme'
    3 |     must s.nme = 1
      |            ^^^
  hint: did you mean 'name'?
<repl>:1:9: error: unknown name 'nosuch'
    1 | let x = nosuch + 1
      |         ^^^^^^
  hint: a name is a for-each variable, a field of the row in scope, a let, a role code or a table
let y: a number
3
error: `table` belongs in a policy file (write one and :load it); at the prompt: let, rule and the domain blocks
rule                      for each  where                       title
------------------------  --------  --------------------------  ------------------------------------------------------
caseload.cap              staff     tests/repl/policy.cadre:9   At most 3 open cases for case_holders
caseload.team_average     teams     tests/repl/policy.cadre:10  Average at most 2 open cases per team for case_holders
pod.practice.lead         pods      tests/repl/policy.cadre:14  A practice pod is led by a practice_manager
pod.practice.composition  pods      tests/repl/policy.cadre:15  A practice pod has exactly 2 of case_holders
registered                staff     tests/repl/policy.cadre:18  Case holders are qualified social workers
(5 rules)
? 2
$ printf '%s\n' 'caseload {' '  strict: at most 1 open cases for asye' '}' ':why S12' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
rule caseload.strict: for each staff, 1 requirement
S12 Cat Cole (asye) — staff, tests/repl/data/staff.csv:4
  pass     caseload.cap: 1 open cases, at most 3
           measured 1, limit 3
           tests/repl/policy.cadre:9: cap: at most 3 open cases for case_holders
  pass     registered: s.qualified is 2024-07-12, at most 2025-06-30
           measured 2024-07-12, limit 2025-06-30
           tests/repl/policy.cadre:20: should s.qualified <= as_of
           tests/repl/policy.cadre:21: otherwise "{s.id} {s.name} qualified on {s.qualified}, after {as_of}"
  pass     caseload.strict: 1 open cases, at most 1
           measured 1, limit 1
           <repl>:2: strict: at most 1 open cases for asye
3 rules over staff: 0 failed, 0 unknown, 3 passed, 0 not applicable
? 0
$ printf '%s\n' 'rule open {' '  for each s in staff:' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
<repl>:2:23: error: unexpected end of input, expected one of: 'must', 'should'
    2 |   for each s in staff:
      |                       ^
? 2
