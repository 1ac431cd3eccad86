# cadre check --format json on the Medway example: the whole document, and jq reads it.
$ cadre check examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 --format json
{
  "policy": "Medway children's services",
  "as_of": "2025-06-30",
  "data": "examples/medway/data",
  "provenance": {"cadre": "0.1.0", "bytecode": 4, "as_of": "2025-06-30", "files": [{"name": "<stdlib>/std.cadre", "kind": "standard schema", "sha256": "65dbdb14111fb7c7ef6d1a3253cb5384ab90275bb5d14d4c64739909e136442e"}, {"name": "examples/medway/policy.cadre", "kind": "policy", "sha256": "9c499593ca857388d342c3eac9e7bae4445380153714fffb2a0514df530df519"}, {"name": "examples/medway/data/teams.csv", "kind": "data", "sha256": "f57caa29f8cc87c7ba70e0c7dac01c8fede4a5030fccf301e687fcbf3216b875"}, {"name": "examples/medway/data/pods.csv", "kind": "data", "sha256": "b4cd5bbbf14953716a35e5c75688a51fbee10c468a9dbddc666e5bb7b6a3d58d"}, {"name": "examples/medway/data/staff.csv", "kind": "data", "sha256": "8f0ee23c31ba10da61a8c4d020f7e8b6bc6608b76107a171eb8614fcf2a05b93"}, {"name": "examples/medway/data/roles.csv", "kind": "data", "sha256": "0a0e4fd40bb21fac7985e44978cd69ec1f74c548201b4bba7112725352001f54"}, {"name": "examples/medway/data/cases.csv", "kind": "data", "sha256": "7aa934a9fa42a209cc9f3272fc4216fde27d202057de3e9ca4307918a93e2abd"}, {"name": "examples/medway/data/allocations.csv", "kind": "data", "sha256": "d29a1dfc58b54173920f47c92aafcb82e4e502d9234324f23446bf45f5b43621"}, {"name": "examples/medway/data/supervisions.csv", "kind": "data", "sha256": "11f0e1e96416ecc02f33c806da5140ed87ab5f211e41259e672bd76adf8ab334"}, {"name": "examples/medway/data/assessments.csv", "kind": "data", "sha256": "07f5167b8139305f3f140de92f8ebf34a5d5bf754fad0bbc2903bcbe6a647983"}], "digest": "1c4a872fe3da11865680429af0ff47049f54c85c20f9e30020eb3f3a861fa7de"},
  "overrides": [],
  "summary": {"rules": 9, "checks": 558, "passed": 549, "violations": 8, "warnings": 0, "unknown": 1, "waived": 0, "strict": false},
  "rules": [
    {"name": "caseload.cap", "title": "At most 20 open cases for case_holders", "file": "examples/medway/policy.cadre", "line": 24, "passed": 25, "failed": 2, "unknown": 0, "waived": 0},
    {"name": "caseload.average", "title": "Average at most 17 open cases per FTE across the council for case_holders", "file": "examples/medway/policy.cadre", "line": 28, "passed": 0, "failed": 1, "unknown": 0, "waived": 0},
    {"name": "pod.practice.lead", "title": "A practice pod is led by a practice_manager", "file": "examples/medway/policy.cadre", "line": 36, "passed": 5, "failed": 1, "unknown": 0, "waived": 0},
    {"name": "pod.practice.composition", "title": "A practice pod has exactly 4 of case_holders", "file": "examples/medway/policy.cadre", "line": 37, "passed": 5, "failed": 1, "unknown": 0, "waived": 0},
    {"name": "pod.practice.composition_2", "title": "A practice pod has at most 1 of asye", "file": "examples/medway/policy.cadre", "line": 38, "passed": 6, "failed": 0, "unknown": 0, "waived": 0},
    {"name": "continuity", "title": "A child keeps the same social worker after assessment", "file": "examples/medway/policy.cadre", "line": 45, "passed": 473, "failed": 1, "unknown": 0, "waived": 0},
    {"name": "registered", "title": "Case holders are qualified social workers", "file": "examples/medway/policy.cadre", "line": 55, "passed": 26, "failed": 0, "unknown": 1, "waived": 0},
    {"name": "supervision.group_practice", "title": "Group supervision weekly in every practice pod (judged over the last 12 weeks)", "file": "examples/medway/policy.cadre", "line": 64, "passed": 5, "failed": 1, "unknown": 0, "waived": 0},
    {"name": "progression.social_worker_to_senior_practitioner", "title": "Entry into senior_practitioner (from social_worker or by any other route) only when its requirements held", "file": "examples/medway/policy.cadre", "line": 71, "passed": 4, "failed": 1, "unknown": 0, "waived": 0}
  ],
  "findings": [
    {"verdict": "fail", "severity": "must", "rule": "caseload.cap", "file": "examples/medway/policy.cadre", "line": 24, "column": 3, "entity": {"table": "staff", "id": "S103", "label": "S103 Daniel Okafor (social_worker)"}, "measured": "23", "limit": "20", "message": "23 open cases, at most 20"},
    {"verdict": "fail", "severity": "must", "rule": "caseload.cap", "file": "examples/medway/policy.cadre", "line": 24, "column": 3, "entity": {"table": "staff", "id": "S119", "label": "S119 Ben Adeyemi (social_worker)"}, "measured": "21", "limit": "20", "message": "21 open cases, at most 20"},
    {"verdict": "fail", "severity": "must", "rule": "caseload.average", "file": "examples/medway/policy.cadre", "line": 28, "column": 3, "entity": null, "measured": "17.02", "limit": "17", "message": "17.02 open cases per FTE over case_holders, at most 17; 446 open cases over 26.2 FTE (per head: 16.52)"},
    {"verdict": "fail", "severity": "must", "rule": "pod.practice.lead", "file": "examples/medway/policy.cadre", "line": 36, "column": 3, "entity": {"table": "pods", "id": "P1", "label": "P1 Chatham Pod 1"}, "measured": null, "limit": null, "message": "led by S101 Gareth Pollard (team_manager), expected a practice_manager"},
    {"verdict": "fail", "severity": "must", "rule": "pod.practice.composition", "file": "examples/medway/policy.cadre", "line": 37, "column": 3, "entity": {"table": "pods", "id": "P5", "label": "P5 Gillingham Pod 2"}, "measured": "3", "limit": "4", "message": "3 in post as case_holders, expected exactly 4"},
    {"verdict": "fail", "severity": "must", "rule": "continuity", "file": "examples/medway/policy.cadre", "line": 47, "column": 5, "entity": {"table": "cases", "id": "C1366", "label": "C1366"}, "measured": "2", "limit": "1", "message": "child MC750014 has had 2 social workers in post since assessment, expected 1"},
    {"verdict": "unknown", "severity": "should", "rule": "registered", "file": "examples/medway/policy.cadre", "line": 57, "column": 5, "entity": {"table": "staff", "id": "S129", "label": "S129 Victoria Hale (senior_practitioner)"}, "measured": null, "limit": null, "message": "cannot judge: staff.qualified is missing", "missing": "staff.qualified", "missing_at": "examples/medway/data/staff.csv:31"},
    {"verdict": "fail", "severity": "must", "rule": "supervision.group_practice", "file": "examples/medway/policy.cadre", "line": 64, "column": 3, "entity": {"table": "pods", "id": "P3", "label": "P3 Chatham Pod 3"}, "measured": "21 days (2025-05-14 to 2025-06-04)", "limit": "1 week", "message": "longest gap between group sessions: 21 days (2025-05-14 to 2025-06-04), at most 1 week"},
    {"verdict": "fail", "severity": "must", "rule": "progression.social_worker_to_senior_practitioner", "file": "examples/medway/policy.cadre", "line": 72, "column": 3, "entity": {"table": "role_history", "id": "S135", "label": "S135 Deborah Knight (senior_practitioner)"}, "measured": "0", "limit": "1", "message": "promoted to senior_practitioner on 2024-10-01 from social_worker with no skills_matrix assessment met in february .. march in the 12 months before it"}
  ],
  "waivers": []
}
? 1
$ cadre check examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 --format json | jq -e '.summary.violations == ([.findings[] | select(.verdict == "fail" and .severity == "must")] | length) and (.rules | length) == .summary.rules'
true
? 0
