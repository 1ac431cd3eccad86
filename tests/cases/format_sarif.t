# cadre check --format sarif: SARIF 2.1.0 for code-scanning tools. Rules are
# the policy's rules; each finding is a result located at its requirement's
# span, with the entity in the message; level error (must), warning
# (should), note (unknown).
# --strict makes an unknown an error.
$ cadre check examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 --format sarif
{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "cadre",
          "version": "0.1.0",
          "rules": [
            {"id": "caseload.cap", "shortDescription": {"text": "At most 20 open cases for case_holders"}, "defaultConfiguration": {"level": "error"}},
            {"id": "caseload.average", "shortDescription": {"text": "Average at most 17 open cases per FTE across the council for case_holders"}, "defaultConfiguration": {"level": "error"}},
            {"id": "pod.practice.lead", "shortDescription": {"text": "A practice pod is led by a practice_manager"}, "defaultConfiguration": {"level": "error"}},
            {"id": "pod.practice.composition", "shortDescription": {"text": "A practice pod has exactly 4 of case_holders"}, "defaultConfiguration": {"level": "error"}},
            {"id": "pod.practice.composition_2", "shortDescription": {"text": "A practice pod has at most 1 of asye"}, "defaultConfiguration": {"level": "error"}},
            {"id": "continuity", "shortDescription": {"text": "A child keeps the same social worker after assessment"}, "defaultConfiguration": {"level": "error"}},
            {"id": "registered", "shortDescription": {"text": "Case holders are qualified social workers"}, "defaultConfiguration": {"level": "warning"}},
            {"id": "supervision.group_practice", "shortDescription": {"text": "Group supervision weekly in every practice pod (judged over the last 12 weeks)"}, "defaultConfiguration": {"level": "error"}},
            {"id": "progression.social_worker_to_senior_practitioner", "shortDescription": {"text": "Entry into senior_practitioner (from social_worker or by any other route) only when its requirements held"}, "defaultConfiguration": {"level": "error"}}
          ]
        }
      },
      "properties": {"policy": "Medway children's services", "as_of": "2025-06-30", "data": "examples/medway/data", "strict": false,
                     "provenance": {"cadre": "0.1.0", "bytecode": 4, "as_of": "2025-06-30", "files": [{"name": "<stdlib>/std.cadre", "kind": "standard schema", "sha256": "65dbdb14111fb7c7ef6d1a3253cb5384ab90275bb5d14d4c64739909e136442e"}, {"name": "examples/medway/policy.cadre", "kind": "policy", "sha256": "9c499593ca857388d342c3eac9e7bae4445380153714fffb2a0514df530df519"}, {"name": "examples/medway/data/teams.csv", "kind": "data", "sha256": "f57caa29f8cc87c7ba70e0c7dac01c8fede4a5030fccf301e687fcbf3216b875"}, {"name": "examples/medway/data/pods.csv", "kind": "data", "sha256": "b4cd5bbbf14953716a35e5c75688a51fbee10c468a9dbddc666e5bb7b6a3d58d"}, {"name": "examples/medway/data/staff.csv", "kind": "data", "sha256": "8f0ee23c31ba10da61a8c4d020f7e8b6bc6608b76107a171eb8614fcf2a05b93"}, {"name": "examples/medway/data/roles.csv", "kind": "data", "sha256": "0a0e4fd40bb21fac7985e44978cd69ec1f74c548201b4bba7112725352001f54"}, {"name": "examples/medway/data/cases.csv", "kind": "data", "sha256": "7aa934a9fa42a209cc9f3272fc4216fde27d202057de3e9ca4307918a93e2abd"}, {"name": "examples/medway/data/allocations.csv", "kind": "data", "sha256": "d29a1dfc58b54173920f47c92aafcb82e4e502d9234324f23446bf45f5b43621"}, {"name": "examples/medway/data/supervisions.csv", "kind": "data", "sha256": "11f0e1e96416ecc02f33c806da5140ed87ab5f211e41259e672bd76adf8ab334"}, {"name": "examples/medway/data/assessments.csv", "kind": "data", "sha256": "07f5167b8139305f3f140de92f8ebf34a5d5bf754fad0bbc2903bcbe6a647983"}], "digest": "1c4a872fe3da11865680429af0ff47049f54c85c20f9e30020eb3f3a861fa7de"}},
      "results": [
        {"ruleId": "caseload.cap", "ruleIndex": 0, "level": "error",
         "message": {"text": "S103 Daniel Okafor (social_worker): 23 open cases, at most 20"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "examples/medway/policy.cadre"}, "region": {"startLine": 24, "startColumn": 3, "endLine": 24, "endColumn": 46}}}],
         "properties": {"verdict": "fail", "severity": "must", "entity": "S103", "table": "staff", "measured": "23", "limit": "20"}},
        {"ruleId": "caseload.cap", "ruleIndex": 0, "level": "error",
         "message": {"text": "S119 Ben Adeyemi (social_worker): 21 open cases, at most 20"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "examples/medway/policy.cadre"}, "region": {"startLine": 24, "startColumn": 3, "endLine": 24, "endColumn": 46}}}],
         "properties": {"verdict": "fail", "severity": "must", "entity": "S119", "table": "staff", "measured": "21", "limit": "20"}},
        {"ruleId": "caseload.average", "ruleIndex": 1, "level": "error",
         "message": {"text": "(all data): 17.02 open cases per FTE over case_holders, at most 17; 446 open cases over 26.2 FTE (per head: 16.52)"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "examples/medway/policy.cadre"}, "region": {"startLine": 28, "startColumn": 3, "endLine": 28, "endColumn": 57}}}],
         "properties": {"verdict": "fail", "severity": "must", "entity": null, "measured": "17.02", "limit": "17"}},
        {"ruleId": "pod.practice.lead", "ruleIndex": 2, "level": "error",
         "message": {"text": "P1 Chatham Pod 1: led by S101 Gareth Pollard (team_manager), expected a practice_manager"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "examples/medway/policy.cadre"}, "region": {"startLine": 36, "startColumn": 3, "endLine": 36, "endColumn": 25}}}],
         "properties": {"verdict": "fail", "severity": "must", "entity": "P1", "table": "pods"}},
        {"ruleId": "pod.practice.composition", "ruleIndex": 3, "level": "error",
         "message": {"text": "P5 Gillingham Pod 2: 3 in post as case_holders, expected exactly 4"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "examples/medway/policy.cadre"}, "region": {"startLine": 37, "startColumn": 3, "endLine": 37, "endColumn": 28}}}],
         "properties": {"verdict": "fail", "severity": "must", "entity": "P5", "table": "pods", "measured": "3", "limit": "4"}},
        {"ruleId": "continuity", "ruleIndex": 5, "level": "error",
         "message": {"text": "C1366: child MC750014 has had 2 social workers in post since assessment, expected 1"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "examples/medway/policy.cadre"}, "region": {"startLine": 47, "startColumn": 5, "endLine": 48, "endColumn": 217}}}],
         "properties": {"verdict": "fail", "severity": "must", "entity": "C1366", "table": "cases", "measured": "2", "limit": "1"}},
        {"ruleId": "registered", "ruleIndex": 6, "level": "note",
         "message": {"text": "S129 Victoria Hale (senior_practitioner): cannot judge: staff.qualified is missing (examples/medway/data/staff.csv:31)"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "examples/medway/policy.cadre"}, "region": {"startLine": 57, "startColumn": 5, "endLine": 58, "endColumn": 76}}}],
         "properties": {"verdict": "unknown", "severity": "should", "entity": "S129", "table": "staff", "missing": "staff.qualified"}},
        {"ruleId": "supervision.group_practice", "ruleIndex": 7, "level": "error",
         "message": {"text": "P3 Chatham Pod 3: longest gap between group sessions: 21 days (2025-05-14 to 2025-06-04), at most 1 week"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "examples/medway/policy.cadre"}, "region": {"startLine": 64, "startColumn": 3, "endLine": 64, "endColumn": 38}}}],
         "properties": {"verdict": "fail", "severity": "must", "entity": "P3", "table": "pods", "measured": "21 days (2025-05-14 to 2025-06-04)", "limit": "1 week"}},
        {"ruleId": "progression.social_worker_to_senior_practitioner", "ruleIndex": 8, "level": "error",
         "message": {"text": "S135 Deborah Knight (senior_practitioner): promoted to senior_practitioner on 2024-10-01 from social_worker with no skills_matrix assessment met in february .. march in the 12 months before it"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "examples/medway/policy.cadre"}, "region": {"startLine": 72, "startColumn": 3, "endLine": 72, "endColumn": 78}}}],
         "properties": {"verdict": "fail", "severity": "must", "entity": "S135", "table": "role_history", "measured": "0", "limit": "1"}}
      ]
    }
  ]
}
? 1
$ cadre check examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 --format sarif | jq -e '. as $d | .version == "2.1.0" and .runs[0].tool.driver.name == "cadre" and (.runs[0].results | length) > 0 and all(.runs[0].results[]; .ruleId == $d.runs[0].tool.driver.rules[.ruleIndex].id and .locations[0].physicalLocation.region.startLine > 0)'
true
? 0
$ cadre check examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 --format sarif | jq -r '.runs[0].results[] | [.ruleId, .level, .locations[0].physicalLocation.artifactLocation.uri, .locations[0].physicalLocation.region.startLine, .locations[0].physicalLocation.region.startColumn, .message.text] | @tsv'
caseload.cap	error	examples/medway/policy.cadre	24	3	S103 Daniel Okafor (social_worker): 23 open cases, at most 20
caseload.cap	error	examples/medway/policy.cadre	24	3	S119 Ben Adeyemi (social_worker): 21 open cases, at most 20
caseload.average	error	examples/medway/policy.cadre	28	3	(all data): 17.02 open cases per FTE over case_holders, at most 17; 446 open cases over 26.2 FTE (per head: 16.52)
pod.practice.lead	error	examples/medway/policy.cadre	36	3	P1 Chatham Pod 1: led by S101 Gareth Pollard (team_manager), expected a practice_manager
pod.practice.composition	error	examples/medway/policy.cadre	37	3	P5 Gillingham Pod 2: 3 in post as case_holders, expected exactly 4
continuity	error	examples/medway/policy.cadre	47	5	C1366: child MC750014 has had 2 social workers in post since assessment, expected 1
registered	note	examples/medway/policy.cadre	57	5	S129 Victoria Hale (senior_practitioner): cannot judge: staff.qualified is missing (examples/medway/data/staff.csv:31)
supervision.group_practice	error	examples/medway/policy.cadre	64	3	P3 Chatham Pod 3: longest gap between group sessions: 21 days (2025-05-14 to 2025-06-04), at most 1 week
progression.social_worker_to_senior_practitioner	error	examples/medway/policy.cadre	72	3	S135 Deborah Knight (senior_practitioner): promoted to senior_practitioner on 2024-10-01 from social_worker with no skills_matrix assessment met in february .. march in the 12 months before it
? 0
$ cadre check examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 --format sarif --strict | jq -r '.runs[0].results[] | select(.properties.verdict == "unknown") | .level'
note
? 0
$ cadre check tests/fmt/escape.cadre --data tests/data/lang_basic --as-of 2025-06-30 --format sarif | jq -r '.runs[0].properties.policy, .runs[0].tool.driver.rules[0].shortDescription.text, .runs[0].results[0].message.text'
A & B <council>, 100%
it's "quoted": a, b
S1 Ann Lee (practice_manager): <&> 50%
next line
? 0
