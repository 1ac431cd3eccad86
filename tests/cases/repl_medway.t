# The issue's "done when" on the Medway example: :why answers for a breaching
# worker with the rule lines; moving one case off S119 fixes a breach, which
# :diff shows as newly compliant, and :undo restores it.
$ printf '%s\n' ':why S103' ':why S119' ':move case C1003 to S104' ':diff' ':undo' ':diff' ':check caseload.cap' | cadre repl examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30
S103 Daniel Okafor (social_worker) — staff, examples/medway/data/staff.csv:5
  FAIL     caseload.cap: 23 open cases, at most 20
           measured 23, limit 20
           examples/medway/policy.cadre:24: cap: at most 20 open cases for case_holders
  pass     registered: s.qualified is 2017-06-30, at most 2025-06-30
           measured 2017-06-30, limit 2025-06-30
           examples/medway/policy.cadre:57: should s.qualified <= as_of
           examples/medway/policy.cadre:58: otherwise "{s.id} {s.name} qualified on {s.qualified}, after {as_of}"
2 rules over staff: 1 failed, 0 unknown, 1 passed, 0 not applicable
S119 Ben Adeyemi (social_worker) — staff, examples/medway/data/staff.csv:21
  FAIL     caseload.cap: 21 open cases, at most 20
           measured 21, limit 20
           examples/medway/policy.cadre:24: cap: at most 20 open cases for case_holders
  pass     registered: s.qualified is 2018-07-01, at most 2025-06-30
           measured 2018-07-01, limit 2025-06-30
           examples/medway/policy.cadre:57: should s.qualified <= as_of
           examples/medway/policy.cadre:58: otherwise "{s.id} {s.name} qualified on {s.qualified}, after {as_of}"
2 rules over staff: 1 failed, 0 unknown, 1 passed, 0 not applicable
cases C1003.worker: S119 → S104
1 what-if edit since the data was loaded:
  1. :move case C1003 to S104
newly compliant (1)
  caseload.cap  examples/medway/policy.cadre:24  S119 Ben Adeyemi (social_worker): 20 open cases, at most 20 (was: 21 open cases, at most 20)
undone: :move case C1003 to S104
no what-if edits: the data is as loaded
Medway children's services — as of 2025-06-30 — data examples/medway/data

violations (2)
  caseload.cap  examples/medway/policy.cadre:24  S103 Daniel Okafor (social_worker): 23 open cases, at most 20
  caseload.cap  examples/medway/policy.cadre:24  S119 Ben Adeyemi (social_worker): 21 open cases, at most 20

1 rule, 27 checks: 25 passed, 2 violations, 0 warnings, 0 unknown
? 0
