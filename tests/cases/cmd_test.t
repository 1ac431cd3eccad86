# `cadre test`: tests written next to the rules (test blocks with fixtures).
$ cadre test examples/somerset examples/tower_hamlets
examples/somerset/policy_test.cadre
  ok    a full remodelled pod passes (line 4)
  ok    a pod short of an assistant and led by a social worker (line 19)
  ok    a leaver does not count towards the pod (line 31)
  ok    an open case held by an assistant breaches case holding (line 41)
examples/tower_hamlets/policy_test.cadre
  ok    a balanced team: 8 permanent staff, 5 with over two years' PQE, a coach (line 3)
  ok    two years to the day is not over two years (line 15)
  ok    a missing qualified date makes the PQE count unknown, not a pass (line 26)
7 passed, 0 failed
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
