# Waivers (docs/language.md, "Waivers"): a council's approved exceptions turn
# a failed must or should into "waived", reported apart; expired and unused
# waivers are listed; a breach outside a waiver's dates is never hidden.
# tests/data/waivers/waivers.csv: S2's cap waived 2025-06-01..2025-06-30, P1's
# supervision gap waived 2025-05-20..2025-06-30, S3's hours open-ended, and
# four that waive nothing (expired, not yet in force, no failure, no such key).
#  1-3. as of the waiver's first day, its last day, and the day after (S2 a
#       violation again, its waiver listed as expired);
#  4.   a gap's breach runs from the first day past the limit (2025-05-14 + 1
#       week + 1 day = 2025-05-22) to the gap's end: P1's waiver starts that
#       day and covers it, P2's starts one day later and does not (a violation;
#       the waiver is listed with the breach it could not cover); P3's covers
#       its worst gap (May) but not a shorter breach in April: not waived;
#  5.   waived findings do not fail the run (exit 0);
#  6.   a waiver naming a rule the policy does not have is a data error (a typo
#       must not silently waive nothing), as is one ending before it starts;
#  7.   `cadre test`: `expect waived RULE for "ID"`, fixtures with waivers;
#  8.   the REPL: :why shows WAIVED and the waiver, :check RULE lists only
#       that rule's waivers;
#  9.   `cadre diff`: tightening the cap from 3 to 2 makes S2 newly waived
#       (not a new breach) and S3 a new breach.
$ cadre check tests/policies/waivers.cadre --data tests/data/waivers --as-of 2025-06-01
Waivers — as of 2025-06-01 — data tests/data/waivers

violations (1)
  caseload.cap  tests/policies/waivers.cadre:9  S3 Seth Heavy (social_worker): 3 open cases, at most 2

waived (3)
  caseload.cap                tests/policies/waivers.cadre:9   S2 Sara Heavy (social_worker): 3 open cases, at most 2
    waived: Covering a colleague's sick leave, cases to move by July (approved by Head of Service, 2025-06-01 to 2025-06-30; tests/data/waivers/waivers.csv:2)
  hours                       tests/policies/waivers.cadre:14  S3 Seth Heavy (social_worker): S3 works 0.4 FTE
    waived: Phased return to work (approved by HR Business Partner, from 2025-01-06, no end date; tests/data/waivers/waivers.csv:4)
  supervision.group_practice  tests/policies/waivers.cadre:19  P1 Quiet Pod: longest gap between group sessions: 18 days (2025-05-14 to 2025-06-01), at most 1 week
    waived: Practice manager on leave (approved by Principal Social Worker, 2025-05-20 to 2025-06-30; tests/data/waivers/waivers.csv:3)

expired and unused waivers (4)
  tests/data/waivers/waivers.csv:5: caseload.cap for S3: expired on 2025-03-31
  tests/data/waivers/waivers.csv:6: caseload.cap for S3: not in force until 2025-07-02
  tests/data/waivers/waivers.csv:7: caseload.cap for S1: matched no failed finding
  tests/data/waivers/waivers.csv:8: caseload.cap for S9: matched no failed finding: no row has the key 'S9'

judged nothing (1)
  supervision.group_practice  tests/policies/waivers.cadre:19  none of the 1 pods rows matched its 'for each', or it is not in effect on the as-of date

3 rules, 7 checks: 3 passed, 1 violation, 0 warnings, 3 waived, 0 unknown; 1 rule judged nothing
? 1
$ cadre check tests/policies/waivers.cadre --data tests/data/waivers --as-of 2025-06-30
Waivers — as of 2025-06-30 — data tests/data/waivers

violations (1)
  caseload.cap  tests/policies/waivers.cadre:9  S3 Seth Heavy (social_worker): 3 open cases, at most 2

waived (3)
  caseload.cap                tests/policies/waivers.cadre:9   S2 Sara Heavy (social_worker): 3 open cases, at most 2
    waived: Covering a colleague's sick leave, cases to move by July (approved by Head of Service, 2025-06-01 to 2025-06-30; tests/data/waivers/waivers.csv:2)
  hours                       tests/policies/waivers.cadre:14  S3 Seth Heavy (social_worker): S3 works 0.4 FTE
    waived: Phased return to work (approved by HR Business Partner, from 2025-01-06, no end date; tests/data/waivers/waivers.csv:4)
  supervision.group_practice  tests/policies/waivers.cadre:19  P1 Quiet Pod: longest gap between group sessions: 21 days (2025-05-14 to 2025-06-04), at most 1 week
    waived: Practice manager on leave (approved by Principal Social Worker, 2025-05-20 to 2025-06-30; tests/data/waivers/waivers.csv:3)

expired and unused waivers (4)
  tests/data/waivers/waivers.csv:5: caseload.cap for S3: expired on 2025-03-31
  tests/data/waivers/waivers.csv:6: caseload.cap for S3: not in force until 2025-07-02
  tests/data/waivers/waivers.csv:7: caseload.cap for S1: matched no failed finding
  tests/data/waivers/waivers.csv:8: caseload.cap for S9: matched no failed finding: no row has the key 'S9'

judged nothing (1)
  supervision.group_practice  tests/policies/waivers.cadre:19  none of the 1 pods rows matched its 'for each', or it is not in effect on the as-of date

3 rules, 7 checks: 3 passed, 1 violation, 0 warnings, 3 waived, 0 unknown; 1 rule judged nothing
? 1
$ cadre check tests/policies/waivers.cadre --data tests/data/waivers --as-of 2025-07-01
Waivers — as of 2025-07-01 — data tests/data/waivers

violations (3)
  caseload.cap                tests/policies/waivers.cadre:9   S2 Sara Heavy (social_worker): 3 open cases, at most 2
  caseload.cap                tests/policies/waivers.cadre:9   S3 Seth Heavy (social_worker): 3 open cases, at most 2
  supervision.group_practice  tests/policies/waivers.cadre:19  P1 Quiet Pod: longest gap between group sessions: 21 days (2025-05-14 to 2025-06-04), at most 1 week

waived (1)
  hours  tests/policies/waivers.cadre:14  S3 Seth Heavy (social_worker): S3 works 0.4 FTE
    waived: Phased return to work (approved by HR Business Partner, from 2025-01-06, no end date; tests/data/waivers/waivers.csv:4)

expired and unused waivers (6)
  tests/data/waivers/waivers.csv:2: caseload.cap for S2: expired on 2025-06-30
  tests/data/waivers/waivers.csv:3: supervision.group_practice for P1: expired on 2025-06-30
  tests/data/waivers/waivers.csv:5: caseload.cap for S3: expired on 2025-03-31
  tests/data/waivers/waivers.csv:6: caseload.cap for S3: not in force until 2025-07-02
  tests/data/waivers/waivers.csv:7: caseload.cap for S1: matched no failed finding
  tests/data/waivers/waivers.csv:8: caseload.cap for S9: matched no failed finding: no row has the key 'S9'

3 rules, 7 checks: 3 passed, 3 violations, 0 warnings, 1 waived, 0 unknown
? 1
$ cadre check tests/policies/waivers.cadre --data tests/data/waivers_gap --as-of 2025-06-30
Waivers — as of 2025-06-30 — data tests/data/waivers_gap

violations (2)
  supervision.group_practice  tests/policies/waivers.cadre:19  P2 Late Waiver Pod: longest gap between group sessions: 21 days (2025-05-14 to 2025-06-04), at most 1 week
  supervision.group_practice  tests/policies/waivers.cadre:19  P3 Two Gaps Pod: longest gap between group sessions: 26 days (2025-05-09 to 2025-06-04), at most 1 week

waived (1)
  supervision.group_practice  tests/policies/waivers.cadre:19  P1 Covered Pod: longest gap between group sessions: 21 days (2025-05-14 to 2025-06-04), at most 1 week
    waived: From the first day of the breach (approved by Principal Social Worker, 2025-05-22 to 2025-06-30; tests/data/waivers_gap/waivers.csv:2)

expired and unused waivers (2)
  tests/data/waivers_gap/waivers.csv:3: supervision.group_practice for P2: the breach 2025-05-22 to 2025-06-04 lies outside its dates (2025-05-23 to 2025-06-30), so it is not waived
  tests/data/waivers_gap/waivers.csv:4: supervision.group_practice for P3: the breach 2025-04-17 to 2025-06-04 lies outside its dates (2025-05-20 to 2025-06-30), so it is not waived

judged nothing (2)
  caseload.cap  tests/policies/waivers.cadre:9   none of the 1 staff rows matched its 'for each', or it is not in effect on the as-of date
  hours         tests/policies/waivers.cadre:12  none of the 1 staff rows matched its 'for each', or it is not in effect on the as-of date

3 rules, 3 checks: 0 passed, 2 violations, 0 warnings, 1 waived, 0 unknown; 2 rules judged nothing
? 1
$ cadre check tests/policies/waivers.cadre --data tests/data/waivers_only --as-of 2025-06-30
Waivers — as of 2025-06-30 — data tests/data/waivers_only

waived (2)
  caseload.cap  tests/policies/waivers.cadre:9  S2 Sara Heavy (social_worker): 3 open cases, at most 2
    waived: Covering a colleague's sick leave (approved by Head of Service, 2025-06-01 to 2025-06-30; tests/data/waivers_only/waivers.csv:2)
  caseload.cap  tests/policies/waivers.cadre:9  S3 Seth Heavy (social_worker): 3 open cases, at most 2
    waived: Covering a colleague's sick leave (approved by Head of Service, 2025-06-01 to 2025-06-30; tests/data/waivers_only/waivers.csv:3)

3 rules, 7 checks: 5 passed, 0 violations, 0 warnings, 2 waived, 0 unknown
? 0
$ cadre check tests/policies/waivers.cadre --data tests/data/waivers_badrule --as-of 2025-06-30
tests/data/waivers_badrule/waivers.csv:3:1: error: waiver for rule 'caseload.capp', which the policy does not have
  hint: did you mean 'caseload.cap'?
tests/data/waivers_badrule/waivers.csv:4:1: error: waiver for rule 'supervision.group_practise', which the policy does not have
  hint: did you mean 'supervision.group_practice'?
tests/data/waivers_badrule/waivers.csv:5:63: error: waiver ends (2025-06-01) before it starts (2025-06-30)
tests/data/waivers_badrule/waivers.csv:6:1: error: waiver for rule 'no_such_rule', which the policy does not have
  hint: rules are named as reports print them: caseload.cap, hours, supervision.group_practice
? 3
$ cadre test tests/policies/waivers_test.cadre
tests/policies/waivers_test.cadre
  ok    a waiver on its last day waives; the verdict is waived, not fail (line 4)
  ok    the day after it ends, the breach is a failure again (line 14)
  ok    a waiver for another worker waives nothing (line 23)
  FAIL  this expectation fails: the breach is waived (line 33)
        expected fail caseload.cap for "S1"
          got waived: S1 Over Cap (social_worker): 3 open cases, at most 2
  FAIL  a waiver naming no rule of the policy is bad data (line 41)
        the fixture is not valid data:
        waivers.csv:2: waiver for rule 'caseload.capp', which the policy does not have
3 passed, 2 failed
? 1
$ printf '%s\n' ':why S2' ':why P1' ':check caseload.cap' | cadre repl tests/policies/waivers.cadre --data tests/data/waivers --as-of 2025-06-30
S2 Sara Heavy (social_worker) — staff, tests/data/waivers/staff.csv:4
  WAIVED   caseload.cap: 3 open cases, at most 2
           measured 3, limit 2
           waived: Covering a colleague's sick leave, cases to move by July (approved by Head of Service, 2025-06-01 to 2025-06-30; tests/data/waivers/waivers.csv:2)
           tests/policies/waivers.cadre:9: cap: at most 2 open cases for holders
  pass     hours: s.fte is 1, at least 0.5
           measured 1, limit 0.5
           tests/policies/waivers.cadre:14: should s.fte >= 0.5
           tests/policies/waivers.cadre:15: otherwise "{s.id} works {s.fte} FTE"
2 rules over staff: 0 failed, 0 unknown, 1 waived, 1 passed, 0 not applicable
P1 Quiet Pod — pods, tests/data/waivers/pods.csv:2
  WAIVED   supervision.group_practice: longest gap between group sessions: 21 days (2025-05-14 to 2025-06-04), at most 1 week
           measured 21 days (2025-05-14 to 2025-06-04), limit 1 week
           waived: Practice manager on leave (approved by Principal Social Worker, 2025-05-20 to 2025-06-30; tests/data/waivers/waivers.csv:3)
           tests/policies/waivers.cadre:19: group weekly for every practice pod
1 rule over pods: 0 failed, 0 unknown, 1 waived, 0 passed, 0 not applicable
Waivers — as of 2025-06-30 — data tests/data/waivers

violations (1)
  caseload.cap  tests/policies/waivers.cadre:9  S3 Seth Heavy (social_worker): 3 open cases, at most 2

waived (1)
  caseload.cap  tests/policies/waivers.cadre:9  S2 Sara Heavy (social_worker): 3 open cases, at most 2
    waived: Covering a colleague's sick leave, cases to move by July (approved by Head of Service, 2025-06-01 to 2025-06-30; tests/data/waivers/waivers.csv:2)

expired and unused waivers (4)
  tests/data/waivers/waivers.csv:5: caseload.cap for S3: expired on 2025-03-31
  tests/data/waivers/waivers.csv:6: caseload.cap for S3: not in force until 2025-07-02
  tests/data/waivers/waivers.csv:7: caseload.cap for S1: matched no failed finding
  tests/data/waivers/waivers.csv:8: caseload.cap for S9: matched no failed finding: no row has the key 'S9'

1 rule, 3 checks: 1 passed, 1 violation, 0 warnings, 1 waived, 0 unknown
? 0
$ cadre diff tests/policies/waivers_old.cadre tests/policies/waivers.cadre --data tests/data/waivers --as-of 2025-06-30 --fail-on new-breach
policy change: tests/policies/waivers_old.cadre -> tests/policies/waivers.cadre — as of 2025-06-30 — data tests/data/waivers

newly breaching (1)
  caseload.cap  tests/policies/waivers.cadre:9  S3 Seth Heavy (social_worker): 3 open cases, at most 2

newly waived (1)
  caseload.cap  tests/policies/waivers.cadre:9  S2 Sara Heavy (social_worker): 3 open cases, at most 2 — waived: Covering a colleague's sick leave, cases to move by July (approved by Head of Service, 2025-06-01 to 2025-06-30; tests/data/waivers/waivers.csv:2)

1 newly breaching, 0 newly compliant, 0 new warnings, 0 newly unknown, 1 newly waived, 0 changed evidence; violations 0 -> 1
? 1
