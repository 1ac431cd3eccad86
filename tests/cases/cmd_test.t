# `cadre test`: tests written next to the rules (test blocks with fixtures).
$ cadre test examples
examples/lincolnshire/policy_test.cadre
  ok    an advanced practitioner promoted with everything in place passes (line 3)
  ok    promoted before finishing Bridging the Gap (line 18)
  ok    a research project of two is too small (line 29)
examples/medway/policy_test.cadre
  ok    a worker at the cap passes and one above it breaches (line 3)
  ok    an average of exactly 17 cases per FTE passes (34 cases over 2 FTE, 3 people) (line 14)
  ok    one more case makes 17.5 per FTE, although the average per head is 11.67 (line 27)
  ok    after assessment a child keeps one social worker; a leaver's hand-over is not counted (line 40)
  ok    a practice pod led by a team manager breaches the lead rule (line 63)
  ok    a pod that missed two weeks of group supervision breaches the cadence (line 76)
  ok    promotion needs a skills-matrix assessment met in February to March (line 88)
examples/somerset/policy_test.cadre
  ok    a full remodelled pod passes (line 4)
  ok    a pod short of an assistant and led by a social worker (line 19)
  ok    a leaver does not count towards the pod (line 31)
examples/tower_hamlets/policy_test.cadre
  ok    a balanced team: 8 permanent staff, 5 with over two years' PQE, a coach (line 3)
  ok    two years to the day is not over two years (line 15)
  ok    a missing qualified date makes the PQE count unknown, not a pass (line 26)
examples/wiltshire/policy_test.cadre
  ok    the national NQSW cadence: weekly, then fortnightly, then monthly (line 4)
  ok    an NQSW with no supervision at all breaches from the start date (line 14)
  ok    the council's protected caseload of 16 (a national parameter set here) (line 20)
  ok    a child keeps the same worker: one worker passes (over two rows), two breach (line 30)
  ok    an ASYE pod is four NQSWs and its Aspiring Manager, nothing else (line 44)
21 passed, 0 failed
? 0
$ cadre test tests/policies/cmdtest_broken_test.cadre
tests/policies/cmdtest_broken_test.cadre
  FAIL  the cap is breached (it is not) (line 9)
        expected fail caseload.cap for "S1"
          got pass: S1 Sam (social_worker): 2 open cases, at most 2
  FAIL  nothing else fails (something does) (line 16)
        unexpected fail caseload.cap: S1 Sam (social_worker): 3 open cases, at most 2
  FAIL  a fixture that is not valid data (line 23)
        the fixture is not valid data:
        cases.csv:2: cases.worker 'S9' refers to no row of staff
  FAIL  no as_of (line 30)
        the test has no `as_of DATE` line
0 passed, 4 failed
? 1
$ cadre test tests/policies/no_such_dir
cadre test: no such file or directory: tests/policies/no_such_dir
? 4
$ cadre test --bogus
cadre test: unknown option '--bogus'
usage: cadre test [PATH...]

Runs the tests written next to the rules: `test "title" { ... }` blocks in a
policy, or in NAME_test.cadre next to NAME.cadre (compiled together). Each
test builds a small fixture (row / rows lines), runs the policy on it as of
its `as_of` date and compares the verdicts with its `expect` lines. A PATH
that is a directory is searched for .cadre files with tests (default: .).

exit: 0 all passed, 1 a test failed, 2 policy error, 4 usage
? 4
