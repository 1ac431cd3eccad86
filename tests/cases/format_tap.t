# cadre check --format tap: TAP 13, one test point per rule; the findings
# of a rule in a YAML block; a rule whose only failures are should-
# requirements is "not ok ... # TODO" (a warning does not fail the run).
$ cadre check examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 --format tap
TAP version 13
1..9
not ok 1 - caseload.cap: At most 20 open cases for case_holders
  ---
  file: "examples/medway/policy.cadre"
  line: 24
  passed: 25
  failed: 2
  unknown: 0
  findings:
    - severity: must
      verdict: fail
      line: 24
      entity: "S103 Daniel Okafor (social_worker)"
      message: "23 open cases, at most 20"
    - severity: must
      verdict: fail
      line: 24
      entity: "S119 Ben Adeyemi (social_worker)"
      message: "21 open cases, at most 20"
  ...
not ok 2 - caseload.average: Average at most 17 open cases per FTE across the council for case_holders
  ---
  file: "examples/medway/policy.cadre"
  line: 28
  passed: 0
  failed: 1
  unknown: 0
  findings:
    - severity: must
      verdict: fail
      line: 28
      entity: "(all data)"
      message: "17.02 open cases per FTE over case_holders, at most 17; 446 open cases over 26.2 FTE (per head: 16.52)"
  ...
not ok 3 - pod.practice.lead: A practice pod is led by a practice_manager
  ---
  file: "examples/medway/policy.cadre"
  line: 36
  passed: 5
  failed: 1
  unknown: 0
  findings:
    - severity: must
      verdict: fail
      line: 36
      entity: "P1 Chatham Pod 1"
      message: "led by S101 Gareth Pollard (team_manager), expected a practice_manager"
  ...
not ok 4 - pod.practice.composition: A practice pod has exactly 4 of case_holders
  ---
  file: "examples/medway/policy.cadre"
  line: 37
  passed: 5
  failed: 1
  unknown: 0
  findings:
    - severity: must
      verdict: fail
      line: 37
      entity: "P5 Gillingham Pod 2"
      message: "3 in post as case_holders, expected exactly 4"
  ...
ok 5 - pod.practice.composition_2: A practice pod has at most 1 of asye
not ok 6 - continuity: A child keeps the same social worker after assessment
  ---
  file: "examples/medway/policy.cadre"
  line: 45
  passed: 473
  failed: 1
  unknown: 0
  findings:
    - severity: must
      verdict: fail
      line: 47
      entity: "C1366"
      message: "child MC750014 has had 2 social workers in post since assessment, expected 1"
  ...
ok 7 - registered: Case holders are qualified social workers
  ---
  file: "examples/medway/policy.cadre"
  line: 55
  passed: 26
  failed: 0
  unknown: 1
  findings:
    - severity: should
      verdict: unknown
      line: 57
      entity: "S129 Victoria Hale (senior_practitioner)"
      message: "cannot judge: staff.qualified is missing"
      missing_at: "examples/medway/data/staff.csv:31"
  ...
not ok 8 - supervision.group_practice: Group supervision weekly in every practice pod (judged over the last 12 weeks)
  ---
  file: "examples/medway/policy.cadre"
  line: 64
  passed: 5
  failed: 1
  unknown: 0
  findings:
    - severity: must
      verdict: fail
      line: 64
      entity: "P3 Chatham Pod 3"
      message: "longest gap between group sessions: 21 days (2025-05-14 to 2025-06-04), at most 1 week"
  ...
not ok 9 - progression.social_worker_to_senior_practitioner: Entry into senior_practitioner (from social_worker or by any other route) only when its requirements held
  ---
  file: "examples/medway/policy.cadre"
  line: 71
  passed: 4
  failed: 1
  unknown: 0
  findings:
    - severity: must
      verdict: fail
      line: 72
      entity: "S135 Deborah Knight (senior_practitioner)"
      message: "promoted to senior_practitioner on 2024-10-01 from social_worker with no skills_matrix assessment met in february .. march in the 12 months before it"
  ...
# 9 rules, 558 checks: 549 passed, 8 violations, 0 warnings, 1 unknown
? 1
$ cadre check tests/policies/lang_should.cadre --data tests/data/lang_basic --as-of 2025-06-30 --format tap
TAP version 13
1..2
not ok 1 - agency: Prefer permanent staff # TODO 1 warning (should)
  ---
  file: "tests/policies/lang_should.cadre"
  line: 4
  passed: 4
  failed: 1
  unknown: 0
  findings:
    - severity: should
      verdict: fail
      line: 6
      entity: "S3 Cat Dee (asye)"
      message: "S3 is on contract agency"
  ...
not ok 2 - whole: The whole service has enough case holders # TODO 1 warning (should)
  ---
  file: "tests/policies/lang_should.cadre"
  line: 10
  passed: 1
  failed: 1
  unknown: 0
  findings:
    - severity: should
      verdict: fail
      line: 11
      entity: "(all data)"
      message: "count(staff where in_post and role in {social_worker, asye}) is 2, at least 3"
  ...
# 2 rules, 7 checks: 5 passed, 0 violations, 2 warnings, 0 unknown
? 0
