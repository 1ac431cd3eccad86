# docs/ci.md's recipes, run as written (tests/ci/recipes.py): the workflow and
# pre-commit YAML parse, pin --as-of, leave *_test.cadre out of check and
# diff, and set the SARIF upload permission; `cadre init` writes the same
# files; on a repository whose data breaches the cap, lint and test gate and
# check reports: a push passes, a pull request that newly breaches fails, the
# hook lets a commit through despite the data and blocks a type error, a
# layout change and a broken test; the pre-commit program passes, then fails
# on a typo.
$ python3 tests/ci/recipes.py "$bin"
workflow YAML parses: 9 steps; permissions {"contents": "read", "security-events": "write"}; AS_OF 2025-06-30
pre-commit YAML parses: hooks cadre-lint, cadre-fmt, cadre-test
cadre init: exit 0
init's workflow is the document's: True; init's pre-commit config is the document's: True
workflow on push:
  actions/checkout@v4                                  skipped (uses: an action)
  Build cadre                                          skipped (builds cadre)
  Lint                                                 exit 0, 1 line of output:
    2 files checked: 2 rules, no errors
  Format                                               exit 0, 0 lines of output
  Tests next to the rules                              exit 0, 4 lines of output:
    policy/council_test.cadre
      ok    a worker at the cap passes and one above it breaches (line 4)
      ok    a case holder not yet qualified breaches (line 14)
    ...
  Check the data (annotations on the rule lines)       exit 0, 4 lines of output:
    ::error file=policy/council.cadre,line=11,col=3,endLine=11,endColumn=46,title=caseload.cap::S103 Daniel Okafor (social_worker): 23 open cases, at m...
    ::error file=policy/council.cadre,line=11,col=3,endLine=11,endColumn=46,title=caseload.cap::S119 Ben Adeyemi (social_worker): 21 open cases, at mos...
    ::warning file=policy/council.cadre,line=17,col=5,endLine=18,endColumn=76,title=registered (unknown)::S129 Victoria Hale (senior_practitioner): can...
    ...
  SARIF report                                         exit 0, 10 lines of output:
    council — as of 2025-06-30 — data data
    
    violations (2)
    ...
  Upload SARIF                                         skipped (uses: an action)
  Impact of this change                                skipped (if: github.event_name == 'pull_request')
  cadre.sarif: SARIF 2.1.0, 3 results
  job passed
workflow on pull_request:
  actions/checkout@v4                                  skipped (uses: an action)
  Build cadre                                          skipped (builds cadre)
  Lint                                                 exit 0, 1 line of output:
    2 files checked: 2 rules, no errors
  Format                                               exit 0, 0 lines of output
  Tests next to the rules                              exit 0, 4 lines of output:
    policy/council_test.cadre
      ok    a worker at the cap passes and one above it breaches (line 4)
      ok    a case holder not yet qualified breaches (line 14)
    ...
  Check the data (annotations on the rule lines)       exit 0, 7 lines of output:
    ::error file=policy/council.cadre,line=11,col=3,endLine=11,endColumn=46,title=caseload.cap::S102 Chloe Barnett (social_worker): 20 open cases, at m...
    ::error file=policy/council.cadre,line=11,col=3,endLine=11,endColumn=46,title=caseload.cap::S103 Daniel Okafor (social_worker): 23 open cases, at m...
    ::error file=policy/council.cadre,line=11,col=3,endLine=11,endColumn=46,title=caseload.cap::S108 Aisha Rahman (social_worker): 19 open cases, at mo...
    ...
  SARIF report                                         exit 0, 13 lines of output:
    council — as of 2025-06-30 — data data
    
    violations (5)
    ...
  Upload SARIF                                         skipped (uses: an action)
  Impact of this change                                exit 1, 12 lines of output:
    policy change: /tmp/old.cadre -> policy/council.cadre — as of 2025-06-30 — data data
    
    newly breaching (3)
    ...
  cadre.sarif: SARIF 2.1.0, 6 results
  job FAILED
git commit (a comment; the data breaches the cap): committed
    1 file checked: 2 rules, no errors
    ./policy/council_test.cadre
      ok    a worker at the cap passes and one above it breaches (line 4)
      ok    a case holder not yet qualified breaches (line 14)
    cadre check: the data breaches a must (not blocking): cadre check policy/council.cadre --data data --as-of 2025-06-30
git commit (a type error): BLOCKED (exit 1)
    policy/council.cadre:11:3: error: cannot apply '<=' to a number and text
       11 |   cap: at most "18" open cases for case_holders
          |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    1 error
git commit (not in canonical layout): BLOCKED (exit 1)
    1 file checked: 2 rules, no errors
    policy/council.cadre
    1 file not in canonical form (cadre fmt --write fixes it)
    run: cadre fmt --write policy/council.cadre
git commit (a test that no longer holds): BLOCKED (exit 1)
    ./policy/council_test.cadre
      FAIL  a worker at the cap passes and one above it breaches (line 4)
            expected pass caseload.cap for "S2"
              got fail: S2 Over Cap (social_worker): 19 open cases, at most 18
pre-commit run --all-files: exit 0
    cadre lint...............................................................Passed
    cadre fmt --check........................................................Passed
    cadre test...............................................................Passed
pre-commit run --all-files, with a typo: exit 1
    cadre lint...............................................................Failed
    - hook id: cadre-lint
    - exit code: 2
    
    policy/council.cadre:17:12: error: staff has no field 'qualifed'
       17 |     must s.qualifed <= as_of
? 0
