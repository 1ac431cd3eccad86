# The REPL's commands: help, the program (rules, source, desugared form,
# bytecode, schema), the evaluation date, loading policies, and errors.
$ printf '%s\n' ':help' ':help why' ':help :diff' ':help nosuch' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
Type an expression to see its value (staff where role = asye,
count(cases where open)), or a let, rule or block to add it.
Unfinished input continues on a ...> line.

:help [COMMAND]                 this list, or one command's help
:check [RULE]                   judge the data, as `cadre check` prints it
:why ID                         every rule over one worker, pod, team or case: verdict, values, policy lines
:rules                          list the rules
:rule NAME                      a rule's source (a block line: also its general form)
:desugar [NAME]                 the general `rule` form of block rules
:bytecode EXPR|RULE             the compiled code of an expression or a rule
:schema [TABLE]                 tables, or one table's fields, computed fields and links
:asof [DATE]                    show or move the evaluation date (YYYY-MM-DD)
:set [TABLE] KEY.FIELD = VALUE  what-if: change one stored cell
:move TABLE KEY to KEY          what-if: re-point a reference (a case to a worker)
:drop [TABLE] KEY               what-if: remove a row; references to it read as missing
:undo                           undo the last what-if edit
:diff                           verdicts changed by the what-if edits: newly breaching, newly compliant
:rows [N|all]                   how many rows of a query result to show (default 20)
:export FILE.csv                write the last query's result to a CSV file, every row
:load FILE                      add a policy file
:reload                         read the policy files and the data again (edits are dropped)
:quit                           leave (also :q, :exit, Ctrl-D)
:why ID
  every rule over one worker, pod, team or case: verdict, values, policy lines

Finds the row whose key is ID in any table and judges it alone with every
rule over its table: each requirement's verdict, the measured value and the
limit, and the policy lines it comes from. A rule whose `where` leaves the
row out is shown as n/a.
:diff
  verdicts changed by the what-if edits: newly breaching, newly compliant

Judges the data as loaded and as edited, and lists what moved: newly
breaching (failing now, not before), newly compliant (failing before,
passing now), and other changes (unknowns, rows dropped or no longer
selected), each with its evidence and what it was before.
error: no command ':nosuch' (:help lists them)
? 2
$ printf '%s\n' ':rules' ':rule caseload.cap' ':rule registered' ':desugar pod.practice.lead' ':desugar' ':rule nosuch' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
rule                      for each  where                       title
------------------------  --------  --------------------------  ------------------------------------------------------
caseload.cap              staff     tests/repl/policy.cadre:9   At most 3 open cases for case_holders
caseload.team_average     teams     tests/repl/policy.cadre:10  Average at most 2 open cases per team for case_holders
pod.practice.lead         pods      tests/repl/policy.cadre:14  A practice pod is led by a practice_manager
pod.practice.composition  pods      tests/repl/policy.cadre:15  A practice pod has exactly 2 of case_holders
registered                staff     tests/repl/policy.cadre:18  Case holders are qualified social workers
(5 rules)
# tests/repl/policy.cadre:9, a line of a block:
#   tests/repl/policy.cadre:9: cap: at most 3 open cases for case_holders
# stands for:
rule caseload.cap "At most 3 open cases for case_holders" {
  for each s in staff where s.in_post and s.role in {case_holders}:
    must s.open_cases <= 3 as "open cases"
}
# tests/repl/policy.cadre:18
rule registered "Case holders are qualified social workers" {
  for each s in staff where s.in_post and s.role in case_holders:
    should s.qualified <= as_of
      otherwise "{s.id} {s.name} qualified on {s.qualified}, after {as_of}"
}
# tests/repl/policy.cadre:14
rule pod.practice.lead "A practice pod is led by a practice_manager" {
  for each p in pods where p.kind = "practice" and (p.formed is missing or p.formed <= as_of):
    must p.lead is present and p.lead.role = practice_manager
      otherwise "led by {p.lead}, expected a practice_manager"
}
# tests/repl/policy.cadre:9
rule caseload.cap "At most 3 open cases for case_holders" {
  for each s in staff where s.in_post and s.role in {case_holders}:
    must s.open_cases <= 3 as "open cases"
}

# tests/repl/policy.cadre:10
rule caseload.team_average "Average at most 2 open cases per team for case_holders" {
  for each t in teams where count(t.members where in_post and role in {case_holders}) > 0:
    must avg((t.members where in_post and role in {case_holders}).open_cases) <= 2 as "average open cases over case_holders"
}

# tests/repl/policy.cadre:14
rule pod.practice.lead "A practice pod is led by a practice_manager" {
  for each p in pods where p.kind = "practice" and (p.formed is missing or p.formed <= as_of):
    must p.lead is present and p.lead.role = practice_manager
      otherwise "led by {p.lead}, expected a practice_manager"
}

# tests/repl/policy.cadre:15
rule pod.practice.composition "A practice pod has exactly 2 of case_holders" {
  for each p in pods where p.kind = "practice" and (p.formed is missing or p.formed <= as_of):
    must count(p.staff where in_post and role in {case_holders}) = 2 as "in post as case_holders"
}
error: no rule named 'nosuch'
? 2
$ printf '%s\n' ':bytecode count(staff)' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30 | sed -E 's/^  [0-9]{4}  /  ####  /'
        ; <repl>:1: count(staff)
  ####  TABLE      staff
  ####  COUNT
  ####  RESULT
  ####  RET
? 0
$ printf '%s\n' ':bytecode caseload.cap' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30 | head -2
rule caseload.cap (tests/repl/policy.cadre:9) must×1 for each staff "At most 3 open cases for case_holders"
        ; policy.cadre:9: cap: at most 3 open cases for case_holders
? 0
$ printf '%s\n' ':bytecode 1 +' ':bytecode' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
<repl>:1:4: error: unexpected end of expression, expected an expression
    1 | 1 +
      |    ^
error: usage: :bytecode EXPR (or a rule name)
? 2
$ printf '%s\n' ':schema' ':schema pods' ':schema stuff' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
table         file              rows  fields
------------  ----------------  ----  ------------------------------
teams         teams.csv            2  4 stored, 1 computed, 2 links
pods          pods.csv             2  6 stored, 0 computed, 2 links
staff         staff.csv            6  12 stored, 6 computed, 9 links
role_history  roles.csv            0  4 stored, 0 computed, 0 links
cases         cases.csv            9  7 stored, 2 computed, 1 link
allocations   allocations.csv      4  4 stored, 0 computed, 0 links
supervisions  supervisions.csv     0  7 stored, 0 computed, 0 links
programmes    programmes.csv       0  5 stored, 0 computed, 0 links
assessments   assessments.csv      0  5 stored, 0 computed, 0 links
waivers       waivers.csv          0  6 stored, 0 computed, 0 links
roles: asye, social_worker, senior_practitioner, advanced_practitioner, practice_manager, aspiring_manager, team_manager, coach, social_work_assistant, administrator, principal_social_worker, head_of_service
table pods "pods.csv": 2 rows from tests/repl/data/pods.csv
field         type
------------  --------------------  --------------------------------------------
id            text                  key
name          text
team          ref teams
lead          ref staff             optional
kind          text
formed        date                  optional
staff         list of staff         link: the staff whose pod is this row
supervisions  list of supervisions  link: the supervisions whose pod is this row
error: no table named 'stuff' (did you mean 'staff'?)
? 2
$ printf '%s\n' ':asof' 'as_of' ':asof 2024-03-01' ':check' ':asof 2019-02-30' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
as of 2025-06-30
2025-06-30
as of 2024-03-01
REPL test council — as of 2024-03-01 — data tests/repl/data

violations (3)
  caseload.team_average     tests/repl/policy.cadre:10  T1 North Team: 3 average open cases over case_holders, at most 2
  pod.practice.lead         tests/repl/policy.cadre:14  P2 South Pod: led by S20 Dan Dale (team_manager), expected a practice_manager
  pod.practice.composition  tests/repl/policy.cadre:15  P1 North Pod: 1 in post as case_holders, expected exactly 2

unknown (cannot judge) (1)
  registered  tests/repl/policy.cadre:20  S21 Eve Eze (senior_practitioner): cannot judge: staff.qualified is missing (tests/repl/data/staff.csv:6)

5 rules, 12 checks: 8 passed, 3 violations, 0 warnings, 1 unknown
error: a date is YYYY-MM-DD, not '2019-02-30'
? 2
$ printf '%s\n' ':load tests/repl/extra.cadre' ':rules' ':check part_time' ':load tests/repl/nosuch.cadre' ':move case C1 to S21' ':reload' ':diff' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
loaded tests/repl/extra.cadre: 6 rules now (+1)
rule                      for each  where                       title
------------------------  --------  --------------------------  ------------------------------------------------------
caseload.cap              staff     tests/repl/policy.cadre:9   At most 3 open cases for case_holders
caseload.team_average     teams     tests/repl/policy.cadre:10  Average at most 2 open cases per team for case_holders
pod.practice.lead         pods      tests/repl/policy.cadre:14  A practice pod is led by a practice_manager
pod.practice.composition  pods      tests/repl/policy.cadre:15  A practice pod has exactly 2 of case_holders
registered                staff     tests/repl/policy.cadre:18  Case holders are qualified social workers
part_time                 staff     tests/repl/extra.cadre:3    Part-time case holders carry a lighter load
(6 rules)
REPL test council — as of 2025-06-30 — data tests/repl/data

violations (1)
  part_time  tests/repl/extra.cadre:5  S12 Cat Cole (asye): S12 Cat Cole works 0.8 FTE and holds 1 open cases

1 rule, 1 check: 0 passed, 1 violation, 0 warnings, 0 unknown
error: cannot read policy tests/repl/nosuch.cadre: No such file or directory
cases C1.worker: S11 → S21
reloaded 2 policy files: 6 rules
reloaded data tests/repl/data (what-if edits discarded)
no what-if edits: the data is as loaded
? 2
$ printf '%s\n' 'count(staff)' ':quit' 'count(cases)' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
6
? 0
$ printf '%s\n' ':chek' ':' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
error: no command ':chek' (did you mean ':check'?)
error: no command ':' (:help lists them)
? 2
$ printf '%s\n' 'count(staff)' ':check' ':why S11' | cadre repl tests/repl/policy.cadre
error: no data loaded: start with cadre repl POLICY --data DIR
error: no data loaded: start with cadre repl POLICY --data DIR
error: no data loaded: start with cadre repl POLICY --data DIR
? 2
$ printf '%s\n' ':rules' | cadre repl tests/repl/nosuch.cadre
error: cannot read policy tests/repl/nosuch.cadre: No such file or directory
error: the policies did not compile; starting without them (fix them and :reload)
rule  for each  where  title
----  --------  -----  -----
(0 rules)
? 2
$ printf '%s\n' 'count(staff)' | cadre repl tests/repl/policy.cadre --data tests/repl/nosuch
tests/repl/nosuch: error: no such data directory
error: the data did not load cleanly (above); what did load can still be queried
0
? 2
$ cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30 --frobnicate
cadre repl: unknown option '--frobnicate'
usage: cadre repl [POLICY...] [--data DIR|FILE.db] [--as-of DATE] [--budget N] [--encoding NAME] [--allow-missing]

An interactive session over the policies and the data: expressions and
queries print their values (row lists as tables), `let`s and rules can be
added at the prompt, :why ID explains every verdict for one worker, pod,
team or case, and :set/:move/:drop edit the loaded data (never the files)
with :undo and :diff. :help lists every command; docs/repl.md walks through.
On a terminal: readline editing, history in $CADRE_HISTORY or
~/.cadre_history, Tab completion, multi-line input, Ctrl-C abandons input.
With standard input not a terminal, each line is a command, with no
prompts: a transcript is a script; errors print and the script goes on.

exit: 0 every command succeeded, 2 a command failed, 4 usage
? 4
$ cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30 --as-of 2025-13-01
cadre: --as-of needs a date as YYYY-MM-DD, not '2025-13-01'
(try: cadre help)
? 4
$ cadre repl --help
usage: cadre repl [POLICY...] [--data DIR|FILE.db] [--as-of DATE] [--budget N] [--encoding NAME] [--allow-missing]

An interactive session over the policies and the data: expressions and
queries print their values (row lists as tables), `let`s and rules can be
added at the prompt, :why ID explains every verdict for one worker, pod,
team or case, and :set/:move/:drop edit the loaded data (never the files)
with :undo and :diff. :help lists every command; docs/repl.md walks through.
On a terminal: readline editing, history in $CADRE_HISTORY or
~/.cadre_history, Tab completion, multi-line input, Ctrl-C abandons input.
With standard input not a terminal, each line is a command, with no
prompts: a transcript is a script; errors print and the script goes on.

exit: 0 every command succeeded, 2 a command failed, 4 usage
? 0
