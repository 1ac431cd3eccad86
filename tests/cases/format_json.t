# cadre check --format json on the Medway example: the whole document, and jq reads it.
$ cadre check examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 --format json
{
  "policy": "Medway children's services",
  "as_of": "2025-06-30",
  "data": "examples/medway/data",
  "overrides": [],
  "summary": {"rules": 8, "checks": 86, "passed": 78, "violations": 7, "warnings": 0, "unknown": 1, "strict": false},
  "rules": [
    {"name": "caseload.cap", "title": "At most 20 open cases for case_holders", "file": "examples/medway/policy.cadre", "line": 14, "passed": 25, "failed": 2, "unknown": 0},
    {"name": "caseload.team_average", "title": "Average at most 17 open cases per team for case_holders", "file": "examples/medway/policy.cadre", "line": 15, "passed": 2, "failed": 1, "unknown": 0},
    {"name": "pod.practice.lead", "title": "A practice pod is led by a practice_manager", "file": "examples/medway/policy.cadre", "line": 21, "passed": 5, "failed": 1, "unknown": 0},
    {"name": "pod.practice.composition", "title": "A practice pod has exactly 4 of case_holders", "file": "examples/medway/policy.cadre", "line": 22, "passed": 5, "failed": 1, "unknown": 0},
    {"name": "pod.practice.composition_2", "title": "A practice pod has at most 1 of asye", "file": "examples/medway/policy.cadre", "line": 23, "passed": 6, "failed": 0, "unknown": 0},
    {"name": "registered", "title": "Case holders are qualified social workers", "file": "examples/medway/policy.cadre", "line": 28, "passed": 26, "failed": 0, "unknown": 1},
    {"name": "supervision.group_practice", "title": "Group supervision weekly in every practice pod (judged over the last 12 weeks)", "file": "examples/medway/policy.cadre", "line": 38, "passed": 5, "failed": 1, "unknown": 0},
    {"name": "progression.social_worker_to_senior_practitioner", "title": "Entry into senior_practitioner (from social_worker or by any other route) only when its requirements held", "file": "examples/medway/policy.cadre", "line": 44, "passed": 4, "failed": 1, "unknown": 0}
  ],
  "findings": [
    {"verdict": "fail", "severity": "must", "rule": "caseload.cap", "file": "examples/medway/policy.cadre", "line": 14, "column": 3, "entity": {"table": "staff", "id": "S103", "label": "S103 Daniel Okafor (social_worker)"}, "measured": "23", "limit": "20", "message": "23 open cases, at most 20"},
    {"verdict": "fail", "severity": "must", "rule": "caseload.cap", "file": "examples/medway/policy.cadre", "line": 14, "column": 3, "entity": {"table": "staff", "id": "S119", "label": "S119 Ben Adeyemi (social_worker)"}, "measured": "21", "limit": "20", "message": "21 open cases, at most 20"},
    {"verdict": "fail", "severity": "must", "rule": "caseload.team_average", "file": "examples/medway/policy.cadre", "line": 15, "column": 3, "entity": {"table": "teams", "id": "T1", "label": "T1 Chatham Area Team"}, "measured": "17.25", "limit": "17", "message": "17.25 average open cases over case_holders, at most 17"},
    {"verdict": "fail", "severity": "must", "rule": "pod.practice.lead", "file": "examples/medway/policy.cadre", "line": 21, "column": 3, "entity": {"table": "pods", "id": "P1", "label": "P1 Chatham Pod 1"}, "measured": null, "limit": null, "message": "led by S101 Gareth Pollard (team_manager), expected a practice_manager"},
    {"verdict": "fail", "severity": "must", "rule": "pod.practice.composition", "file": "examples/medway/policy.cadre", "line": 22, "column": 3, "entity": {"table": "pods", "id": "P5", "label": "P5 Gillingham Pod 2"}, "measured": "3", "limit": "4", "message": "3 in post as case_holders, expected exactly 4"},
    {"verdict": "unknown", "severity": "should", "rule": "registered", "file": "examples/medway/policy.cadre", "line": 30, "column": 5, "entity": {"table": "staff", "id": "S129", "label": "S129 Victoria Hale (senior_practitioner)"}, "measured": null, "limit": null, "message": "cannot judge: staff.qualified is missing", "missing": "staff.qualified", "missing_at": "examples/medway/data/staff.csv:31"},
    {"verdict": "fail", "severity": "must", "rule": "supervision.group_practice", "file": "examples/medway/policy.cadre", "line": 38, "column": 3, "entity": {"table": "pods", "id": "P3", "label": "P3 Chatham Pod 3"}, "measured": "21 days (2025-05-14 to 2025-06-04)", "limit": "1 week", "message": "longest gap between group sessions: 21 days (2025-05-14 to 2025-06-04), at most 1 week"},
    {"verdict": "fail", "severity": "must", "rule": "progression.social_worker_to_senior_practitioner", "file": "examples/medway/policy.cadre", "line": 45, "column": 3, "entity": {"table": "role_history", "id": "S135", "label": "S135 Deborah Knight (senior_practitioner)"}, "measured": "0", "limit": "1", "message": "promoted to senior_practitioner on 2024-10-01 from social_worker with no skills_matrix assessment met in february .. march in the 12 months before it"}
  ]
}
? 1
$ cadre check examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 --format json | jq -e '.summary.violations == ([.findings[] | select(.verdict == "fail" and .severity == "must")] | length) and (.rules | length) == .summary.rules'
true
? 0
