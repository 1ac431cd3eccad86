# Waived findings in every report format (tests/data/waivers as of 2025-06-30:
# S2's cap, S3's hours (a should) and P1's supervision gap waived; S3's cap a
# violation; four waivers that waived nothing). JSON: verdict "waived" with
# the waiver, summary and rules count them, "waivers" lists every waiver with
# its status. JUnit: <skipped type="waived"> with the waiver as message,
# the unapplied waivers in <system-out>; then well-formedness and counts.
# SARIF: an accepted external suppression with the justification; unapplied
# waivers as warning notifications of the invocation; then the structure.
# TAP: `ok ... # SKIP waived`; unapplied waivers as diagnostics. GitHub:
# ::notice for waived, ::warning at the waiver's line for unapplied ones.
# HTML: waived rows (data-verdict="waived", never "violation") and a card.
$ cadre check tests/policies/waivers.cadre --data tests/data/waivers --as-of 2025-06-30 --format json
{
  "policy": "Waivers",
  "as_of": "2025-06-30",
  "data": "tests/data/waivers",
  "provenance": {"cadre": "0.1.0", "bytecode": 4, "as_of": "2025-06-30", "files": [{"name": "<stdlib>/std.cadre", "kind": "standard schema", "sha256": "65dbdb14111fb7c7ef6d1a3253cb5384ab90275bb5d14d4c64739909e136442e"}, {"name": "tests/policies/waivers.cadre", "kind": "policy", "sha256": "668bb773ab40e2087ccc181280ceefa9e1607f5787cac1bc410e83bda0e5ac0f"}, {"name": "tests/data/waivers/teams.csv", "kind": "data", "sha256": "b2d6528f590362110e479e4f0169aa49ff4d64b45b9f5d6faa2c2a409553575a"}, {"name": "tests/data/waivers/pods.csv", "kind": "data", "sha256": "c2ff71facec67dd041090061ec5aa4b911ff5761375ffcc0c933a3c4af59b4cb"}, {"name": "tests/data/waivers/staff.csv", "kind": "data", "sha256": "a8d77cc9923dd86efc6bf6e949d08179c1a8e53a29c62aa32e2e523b51805b5d"}, {"name": "tests/data/waivers/cases.csv", "kind": "data", "sha256": "4801f1b6deae878058a9bcd85785efd2d3ec6c312921b1b37c70967d47ae7ae7"}, {"name": "tests/data/waivers/supervisions.csv", "kind": "data", "sha256": "be2e31ac09bf9f327561158498e501357d763d00e194b72dd8c53e2308169985"}, {"name": "tests/data/waivers/waivers.csv", "kind": "data", "sha256": "a3afa7f95b6fc82669415429301245ae85b936382cbe616e4830e23704d2929b"}], "digest": "e077558299c249303c8e41dcf8f35b9bb56297efbd3f5cbf74c079a2351cf920"},
  "overrides": [],
  "summary": {"rules": 3, "checks": 7, "passed": 3, "violations": 1, "warnings": 0, "unknown": 0, "waived": 3, "strict": false},
  "rules": [
    {"name": "caseload.cap", "title": "At most 2 open cases for holders", "file": "tests/policies/waivers.cadre", "line": 9, "passed": 1, "failed": 1, "unknown": 0, "waived": 1},
    {"name": "hours", "title": "In-post case holders work at least half time", "file": "tests/policies/waivers.cadre", "line": 12, "passed": 2, "failed": 0, "unknown": 0, "waived": 1},
    {"name": "supervision.group_practice", "title": "Group supervision weekly in every practice pod (judged over the last 12 weeks)", "file": "tests/policies/waivers.cadre", "line": 19, "passed": 0, "failed": 0, "unknown": 0, "waived": 1}
  ],
  "findings": [
    {"verdict": "waived", "severity": "must", "rule": "caseload.cap", "file": "tests/policies/waivers.cadre", "line": 9, "column": 3, "entity": {"table": "staff", "id": "S2", "label": "S2 Sara Heavy (social_worker)"}, "measured": "3", "limit": "2", "message": "3 open cases, at most 2", "waiver": {"file": "tests/data/waivers/waivers.csv", "line": 2, "rule": "caseload.cap", "subject": "S2", "reason": "Covering a colleague's sick leave, cases to move by July", "approved_by": "Head of Service", "from": "2025-06-01", "to": "2025-06-30", "status": "used", "note": "waived 1 finding"}},
    {"verdict": "fail", "severity": "must", "rule": "caseload.cap", "file": "tests/policies/waivers.cadre", "line": 9, "column": 3, "entity": {"table": "staff", "id": "S3", "label": "S3 Seth Heavy (social_worker)"}, "measured": "3", "limit": "2", "message": "3 open cases, at most 2"},
    {"verdict": "waived", "severity": "should", "rule": "hours", "file": "tests/policies/waivers.cadre", "line": 14, "column": 5, "entity": {"table": "staff", "id": "S3", "label": "S3 Seth Heavy (social_worker)"}, "measured": "0.4", "limit": "0.5", "message": "S3 works 0.4 FTE", "waiver": {"file": "tests/data/waivers/waivers.csv", "line": 4, "rule": "hours", "subject": "S3", "reason": "Phased return to work", "approved_by": "HR Business Partner", "from": "2025-01-06", "to": null, "status": "used", "note": "waived 1 finding"}},
    {"verdict": "waived", "severity": "must", "rule": "supervision.group_practice", "file": "tests/policies/waivers.cadre", "line": 19, "column": 3, "entity": {"table": "pods", "id": "P1", "label": "P1 Quiet Pod"}, "measured": "21 days (2025-05-14 to 2025-06-04)", "limit": "1 week", "message": "longest gap between group sessions: 21 days (2025-05-14 to 2025-06-04), at most 1 week", "waiver": {"file": "tests/data/waivers/waivers.csv", "line": 3, "rule": "supervision.group_practice", "subject": "P1", "reason": "Practice manager on leave", "approved_by": "Principal Social Worker", "from": "2025-05-20", "to": "2025-06-30", "status": "used", "note": "waived 1 finding"}}
  ],
  "waivers": [
    {"file": "tests/data/waivers/waivers.csv", "line": 2, "rule": "caseload.cap", "subject": "S2", "reason": "Covering a colleague's sick leave, cases to move by July", "approved_by": "Head of Service", "from": "2025-06-01", "to": "2025-06-30", "status": "used", "note": "waived 1 finding"},
    {"file": "tests/data/waivers/waivers.csv", "line": 3, "rule": "supervision.group_practice", "subject": "P1", "reason": "Practice manager on leave", "approved_by": "Principal Social Worker", "from": "2025-05-20", "to": "2025-06-30", "status": "used", "note": "waived 1 finding"},
    {"file": "tests/data/waivers/waivers.csv", "line": 4, "rule": "hours", "subject": "S3", "reason": "Phased return to work", "approved_by": "HR Business Partner", "from": "2025-01-06", "to": null, "status": "used", "note": "waived 1 finding"},
    {"file": "tests/data/waivers/waivers.csv", "line": 5, "rule": "caseload.cap", "subject": "S3", "reason": "Old agreement", "approved_by": "Head of Service", "from": "2025-01-01", "to": "2025-03-31", "status": "expired", "note": "expired on 2025-03-31"},
    {"file": "tests/data/waivers/waivers.csv", "line": 6, "rule": "caseload.cap", "subject": "S3", "reason": "Next quarter's agreement", "approved_by": "Head of Service", "from": "2025-07-02", "to": "2025-09-30", "status": "not_yet", "note": "not in force until 2025-07-02"},
    {"file": "tests/data/waivers/waivers.csv", "line": 7, "rule": "caseload.cap", "subject": "S1", "reason": "Never needed", "approved_by": "Head of Service", "from": "2025-01-01", "to": "2025-12-31", "status": "unused", "note": "matched no failed finding"},
    {"file": "tests/data/waivers/waivers.csv", "line": 8, "rule": "caseload.cap", "subject": "S9", "reason": "Typo in the subject", "approved_by": "Head of Service", "from": "2025-01-01", "to": "2025-12-31", "status": "unused", "note": "matched no failed finding: no row has the key 'S9'"}
  ]
}
? 1
$ cadre check tests/policies/waivers.cadre --data tests/data/waivers --as-of 2025-06-30 --format json | jq -e '.summary.waived == ([.findings[] | select(.verdict == "waived")] | length) and .summary.waived == ([.rules[].waived] | add) and ([.waivers[] | select(.status == "used")] | length) == 3'
true
? 0
$ cadre check tests/policies/waivers.cadre --data tests/data/waivers --as-of 2025-06-30 --format junit
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="cadre check" tests="7" failures="1" errors="0" skipped="3">
  <testsuite name="Waivers" tests="7" failures="1" errors="0" skipped="3">
    <properties>
      <property name="as_of" value="2025-06-30"/>
      <property name="data" value="tests/data/waivers"/>
      <property name="strict" value="false"/>
    </properties>
    <testcase classname="caseload.cap" name="S2 Sara Heavy (social_worker)" file="tests/policies/waivers.cadre" line="9">
      <skipped type="waived" message="waived: Covering a colleague&apos;s sick leave, cases to move by July (approved by Head of Service, 2025-06-01 to 2025-06-30; tests/data/waivers/waivers.csv:2)">tests/policies/waivers.cadre:9: S2 Sara Heavy (social_worker): 3 open cases, at most 2 — waived: Covering a colleague&apos;s sick leave, cases to move by July (approved by Head of Service, 2025-06-01 to 2025-06-30; tests/data/waivers/waivers.csv:2)</skipped>
    </testcase>
    <testcase classname="caseload.cap" name="S3 Seth Heavy (social_worker)" file="tests/policies/waivers.cadre" line="9">
      <failure type="must" message="3 open cases, at most 2">tests/policies/waivers.cadre:9: S3 Seth Heavy (social_worker): 3 open cases, at most 2</failure>
    </testcase>
    <testcase classname="caseload.cap" name="1 check passed" file="tests/policies/waivers.cadre" line="9"/>
    <testcase classname="hours" name="S3 Seth Heavy (social_worker)" file="tests/policies/waivers.cadre" line="14">
      <skipped type="waived" message="waived: Phased return to work (approved by HR Business Partner, from 2025-01-06, no end date; tests/data/waivers/waivers.csv:4)">tests/policies/waivers.cadre:14: S3 Seth Heavy (social_worker): S3 works 0.4 FTE — waived: Phased return to work (approved by HR Business Partner, from 2025-01-06, no end date; tests/data/waivers/waivers.csv:4)</skipped>
    </testcase>
    <testcase classname="hours" name="2 checks passed" file="tests/policies/waivers.cadre" line="12"/>
    <testcase classname="supervision.group_practice" name="P1 Quiet Pod" file="tests/policies/waivers.cadre" line="19">
      <skipped type="waived" message="waived: Practice manager on leave (approved by Principal Social Worker, 2025-05-20 to 2025-06-30; tests/data/waivers/waivers.csv:3)">tests/policies/waivers.cadre:19: P1 Quiet Pod: longest gap between group sessions: 21 days (2025-05-14 to 2025-06-04), at most 1 week — waived: Practice manager on leave (approved by Principal Social Worker, 2025-05-20 to 2025-06-30; tests/data/waivers/waivers.csv:3)</skipped>
    </testcase>
    <testcase classname="supervision.group_practice" name="0 checks passed" file="tests/policies/waivers.cadre" line="19"/>
    <system-out>expired and unused waivers (4)&#10;tests/data/waivers/waivers.csv:5: caseload.cap for S3: expired on 2025-03-31&#10;tests/data/waivers/waivers.csv:6: caseload.cap for S3: not in force until 2025-07-02&#10;tests/data/waivers/waivers.csv:7: caseload.cap for S1: matched no failed finding&#10;tests/data/waivers/waivers.csv:8: caseload.cap for S9: matched no failed finding: no row has the key &apos;S9&apos;</system-out>
  </testsuite>
</testsuites>
? 1
$ cadre check tests/policies/waivers.cadre --data tests/data/waivers --as-of 2025-06-30 --format junit | python3 -c 'import sys, xml.dom.minidom as m; d = m.parseString(sys.stdin.read()); s = d.getElementsByTagName("testsuite")[0]; print(len(d.getElementsByTagName("testcase")) == int(s.getAttribute("tests")), len(d.getElementsByTagName("skipped")) == int(s.getAttribute("skipped")), [k.getAttribute("type") for k in d.getElementsByTagName("skipped")])'
True True ['waived', 'waived', 'waived']
? 0
$ cadre check tests/policies/waivers.cadre --data tests/data/waivers --as-of 2025-06-30 --format sarif
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
            {"id": "caseload.cap", "shortDescription": {"text": "At most 2 open cases for holders"}, "defaultConfiguration": {"level": "error"}},
            {"id": "hours", "shortDescription": {"text": "In-post case holders work at least half time"}, "defaultConfiguration": {"level": "warning"}},
            {"id": "supervision.group_practice", "shortDescription": {"text": "Group supervision weekly in every practice pod (judged over the last 12 weeks)"}, "defaultConfiguration": {"level": "error"}}
          ]
        }
      },
      "properties": {"policy": "Waivers", "as_of": "2025-06-30", "data": "tests/data/waivers", "strict": false,
                     "provenance": {"cadre": "0.1.0", "bytecode": 4, "as_of": "2025-06-30", "files": [{"name": "<stdlib>/std.cadre", "kind": "standard schema", "sha256": "65dbdb14111fb7c7ef6d1a3253cb5384ab90275bb5d14d4c64739909e136442e"}, {"name": "tests/policies/waivers.cadre", "kind": "policy", "sha256": "668bb773ab40e2087ccc181280ceefa9e1607f5787cac1bc410e83bda0e5ac0f"}, {"name": "tests/data/waivers/teams.csv", "kind": "data", "sha256": "b2d6528f590362110e479e4f0169aa49ff4d64b45b9f5d6faa2c2a409553575a"}, {"name": "tests/data/waivers/pods.csv", "kind": "data", "sha256": "c2ff71facec67dd041090061ec5aa4b911ff5761375ffcc0c933a3c4af59b4cb"}, {"name": "tests/data/waivers/staff.csv", "kind": "data", "sha256": "a8d77cc9923dd86efc6bf6e949d08179c1a8e53a29c62aa32e2e523b51805b5d"}, {"name": "tests/data/waivers/cases.csv", "kind": "data", "sha256": "4801f1b6deae878058a9bcd85785efd2d3ec6c312921b1b37c70967d47ae7ae7"}, {"name": "tests/data/waivers/supervisions.csv", "kind": "data", "sha256": "be2e31ac09bf9f327561158498e501357d763d00e194b72dd8c53e2308169985"}, {"name": "tests/data/waivers/waivers.csv", "kind": "data", "sha256": "a3afa7f95b6fc82669415429301245ae85b936382cbe616e4830e23704d2929b"}], "digest": "e077558299c249303c8e41dcf8f35b9bb56297efbd3f5cbf74c079a2351cf920"}},
      "invocations": [{"executionSuccessful": true, "toolExecutionNotifications": [
        {"level": "warning", "descriptor": {"id": "waiver-not-applied"}, "message": {"text": "tests/data/waivers/waivers.csv:5: caseload.cap for S3: expired on 2025-03-31"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "tests/data/waivers/waivers.csv"}, "region": {"startLine": 5}}}]},
        {"level": "warning", "descriptor": {"id": "waiver-not-applied"}, "message": {"text": "tests/data/waivers/waivers.csv:6: caseload.cap for S3: not in force until 2025-07-02"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "tests/data/waivers/waivers.csv"}, "region": {"startLine": 6}}}]},
        {"level": "warning", "descriptor": {"id": "waiver-not-applied"}, "message": {"text": "tests/data/waivers/waivers.csv:7: caseload.cap for S1: matched no failed finding"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "tests/data/waivers/waivers.csv"}, "region": {"startLine": 7}}}]},
        {"level": "warning", "descriptor": {"id": "waiver-not-applied"}, "message": {"text": "tests/data/waivers/waivers.csv:8: caseload.cap for S9: matched no failed finding: no row has the key 'S9'"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "tests/data/waivers/waivers.csv"}, "region": {"startLine": 8}}}]}
      ]}],
      "results": [
        {"ruleId": "caseload.cap", "ruleIndex": 0, "level": "error",
         "message": {"text": "S2 Sara Heavy (social_worker): 3 open cases, at most 2"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "tests/policies/waivers.cadre"}, "region": {"startLine": 9, "startColumn": 3, "endLine": 9, "endColumn": 40}}}],
         "suppressions": [{"kind": "external", "status": "accepted", "justification": "Covering a colleague's sick leave, cases to move by July (approved by Head of Service, 2025-06-01 to 2025-06-30; tests/data/waivers/waivers.csv:2)", "location": {"physicalLocation": {"artifactLocation": {"uri": "tests/data/waivers/waivers.csv"}, "region": {"startLine": 2}}}}],
         "properties": {"verdict": "waived", "severity": "must", "entity": "S2", "table": "staff", "measured": "3", "limit": "2"}},
        {"ruleId": "caseload.cap", "ruleIndex": 0, "level": "error",
         "message": {"text": "S3 Seth Heavy (social_worker): 3 open cases, at most 2"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "tests/policies/waivers.cadre"}, "region": {"startLine": 9, "startColumn": 3, "endLine": 9, "endColumn": 40}}}],
         "properties": {"verdict": "fail", "severity": "must", "entity": "S3", "table": "staff", "measured": "3", "limit": "2"}},
        {"ruleId": "hours", "ruleIndex": 1, "level": "warning",
         "message": {"text": "S3 Seth Heavy (social_worker): S3 works 0.4 FTE"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "tests/policies/waivers.cadre"}, "region": {"startLine": 14, "startColumn": 5, "endLine": 15, "endColumn": 43}}}],
         "suppressions": [{"kind": "external", "status": "accepted", "justification": "Phased return to work (approved by HR Business Partner, from 2025-01-06, no end date; tests/data/waivers/waivers.csv:4)", "location": {"physicalLocation": {"artifactLocation": {"uri": "tests/data/waivers/waivers.csv"}, "region": {"startLine": 4}}}}],
         "properties": {"verdict": "waived", "severity": "should", "entity": "S3", "table": "staff", "measured": "0.4", "limit": "0.5"}},
        {"ruleId": "supervision.group_practice", "ruleIndex": 2, "level": "error",
         "message": {"text": "P1 Quiet Pod: longest gap between group sessions: 21 days (2025-05-14 to 2025-06-04), at most 1 week"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "tests/policies/waivers.cadre"}, "region": {"startLine": 19, "startColumn": 3, "endLine": 19, "endColumn": 38}}}],
         "suppressions": [{"kind": "external", "status": "accepted", "justification": "Practice manager on leave (approved by Principal Social Worker, 2025-05-20 to 2025-06-30; tests/data/waivers/waivers.csv:3)", "location": {"physicalLocation": {"artifactLocation": {"uri": "tests/data/waivers/waivers.csv"}, "region": {"startLine": 3}}}}],
         "properties": {"verdict": "waived", "severity": "must", "entity": "P1", "table": "pods", "measured": "21 days (2025-05-14 to 2025-06-04)", "limit": "1 week"}}
      ]
    }
  ]
}
? 1
$ cadre check tests/policies/waivers.cadre --data tests/data/waivers --as-of 2025-06-30 --format sarif | jq -r '.runs[0].results[] | [.ruleId, .level, .properties.verdict, (.suppressions // [] | map(.kind + " " + .status + ": " + .justification) | join(""))] | @tsv'
caseload.cap	error	waived	external accepted: Covering a colleague's sick leave, cases to move by July (approved by Head of Service, 2025-06-01 to 2025-06-30; tests/data/waivers/waivers.csv:2)
caseload.cap	error	fail	
hours	warning	waived	external accepted: Phased return to work (approved by HR Business Partner, from 2025-01-06, no end date; tests/data/waivers/waivers.csv:4)
supervision.group_practice	error	waived	external accepted: Practice manager on leave (approved by Principal Social Worker, 2025-05-20 to 2025-06-30; tests/data/waivers/waivers.csv:3)
? 0
$ cadre check tests/policies/waivers.cadre --data tests/data/waivers --as-of 2025-06-30 --format sarif | jq -r '.runs[0].invocations[0].toolExecutionNotifications[] | [.level, .locations[0].physicalLocation.region.startLine, .message.text] | @tsv'
warning	5	tests/data/waivers/waivers.csv:5: caseload.cap for S3: expired on 2025-03-31
warning	6	tests/data/waivers/waivers.csv:6: caseload.cap for S3: not in force until 2025-07-02
warning	7	tests/data/waivers/waivers.csv:7: caseload.cap for S1: matched no failed finding
warning	8	tests/data/waivers/waivers.csv:8: caseload.cap for S9: matched no failed finding: no row has the key 'S9'
? 0
$ cadre check tests/policies/waivers.cadre --data tests/data/waivers --as-of 2025-06-30 --format tap
TAP version 13
1..3
not ok 1 - caseload.cap: At most 2 open cases for holders
  ---
  file: "tests/policies/waivers.cadre"
  line: 9
  passed: 1
  failed: 1
  unknown: 0
  waived: 1
  findings:
    - severity: must
      verdict: waived
      line: 9
      entity: "S2 Sara Heavy (social_worker)"
      message: "3 open cases, at most 2"
      waiver: "Covering a colleague's sick leave, cases to move by July (approved by Head of Service, 2025-06-01 to 2025-06-30; tests/data/waivers/waivers.csv:2)"
    - severity: must
      verdict: fail
      line: 9
      entity: "S3 Seth Heavy (social_worker)"
      message: "3 open cases, at most 2"
  ...
ok 2 - hours: In-post case holders work at least half time # SKIP waived 1 finding
  ---
  file: "tests/policies/waivers.cadre"
  line: 12
  passed: 2
  failed: 0
  unknown: 0
  waived: 1
  findings:
    - severity: should
      verdict: waived
      line: 14
      entity: "S3 Seth Heavy (social_worker)"
      message: "S3 works 0.4 FTE"
      waiver: "Phased return to work (approved by HR Business Partner, from 2025-01-06, no end date; tests/data/waivers/waivers.csv:4)"
  ...
ok 3 - supervision.group_practice: Group supervision weekly in every practice pod (judged over the last 12 weeks) # SKIP waived 1 finding
  ---
  file: "tests/policies/waivers.cadre"
  line: 19
  passed: 0
  failed: 0
  unknown: 0
  waived: 1
  findings:
    - severity: must
      verdict: waived
      line: 19
      entity: "P1 Quiet Pod"
      message: "longest gap between group sessions: 21 days (2025-05-14 to 2025-06-04), at most 1 week"
      waiver: "Practice manager on leave (approved by Principal Social Worker, 2025-05-20 to 2025-06-30; tests/data/waivers/waivers.csv:3)"
  ...
# expired and unused waivers (4)
#   tests/data/waivers/waivers.csv:5: caseload.cap for S3: expired on 2025-03-31
#   tests/data/waivers/waivers.csv:6: caseload.cap for S3: not in force until 2025-07-02
#   tests/data/waivers/waivers.csv:7: caseload.cap for S1: matched no failed finding
#   tests/data/waivers/waivers.csv:8: caseload.cap for S9: matched no failed finding: no row has the key 'S9'
# 3 rules, 7 checks: 3 passed, 1 violation, 0 warnings, 3 waived, 0 unknown
? 1
$ cadre check tests/policies/waivers.cadre --data tests/data/waivers --as-of 2025-06-30 --format github
::notice file=tests/policies/waivers.cadre,line=9,col=3,endLine=9,endColumn=40,title=caseload.cap (waived)::S2 Sara Heavy (social_worker): 3 open cases, at most 2 — waived: Covering a colleague's sick leave, cases to move by July (approved by Head of Service, 2025-06-01 to 2025-06-30; tests/data/waivers/waivers.csv:2)
::error file=tests/policies/waivers.cadre,line=9,col=3,endLine=9,endColumn=40,title=caseload.cap::S3 Seth Heavy (social_worker): 3 open cases, at most 2
::notice file=tests/policies/waivers.cadre,line=14,col=5,endLine=15,endColumn=43,title=hours (waived)::S3 Seth Heavy (social_worker): S3 works 0.4 FTE — waived: Phased return to work (approved by HR Business Partner, from 2025-01-06, no end date; tests/data/waivers/waivers.csv:4)
::notice file=tests/policies/waivers.cadre,line=19,col=3,endLine=19,endColumn=38,title=supervision.group_practice (waived)::P1 Quiet Pod: longest gap between group sessions: 21 days (2025-05-14 to 2025-06-04), at most 1 week — waived: Practice manager on leave (approved by Principal Social Worker, 2025-05-20 to 2025-06-30; tests/data/waivers/waivers.csv:3)
::warning file=tests/data/waivers/waivers.csv,line=5,title=waiver expired::caseload.cap for S3: expired on 2025-03-31
::warning file=tests/data/waivers/waivers.csv,line=6,title=waiver not applied::caseload.cap for S3: not in force until 2025-07-02
::warning file=tests/data/waivers/waivers.csv,line=7,title=waiver not applied::caseload.cap for S1: matched no failed finding
::warning file=tests/data/waivers/waivers.csv,line=8,title=waiver not applied::caseload.cap for S9: matched no failed finding: no row has the key 'S9'
3 rules, 7 checks: 3 passed, 1 violation, 0 warnings, 3 waived, 0 unknown
? 1
$ cadre check tests/policies/waivers.cadre --data tests/data/waivers_only --as-of 2025-06-30 --format tap
TAP version 13
1..3
ok 1 - caseload.cap: At most 2 open cases for holders # SKIP waived 2 findings
  ---
  file: "tests/policies/waivers.cadre"
  line: 9
  passed: 1
  failed: 0
  unknown: 0
  waived: 2
  findings:
    - severity: must
      verdict: waived
      line: 9
      entity: "S2 Sara Heavy (social_worker)"
      message: "3 open cases, at most 2"
      waiver: "Covering a colleague's sick leave (approved by Head of Service, 2025-06-01 to 2025-06-30; tests/data/waivers_only/waivers.csv:2)"
    - severity: must
      verdict: waived
      line: 9
      entity: "S3 Seth Heavy (social_worker)"
      message: "3 open cases, at most 2"
      waiver: "Covering a colleague's sick leave (approved by Head of Service, 2025-06-01 to 2025-06-30; tests/data/waivers_only/waivers.csv:3)"
  ...
ok 2 - hours: In-post case holders work at least half time
ok 3 - supervision.group_practice: Group supervision weekly in every practice pod (judged over the last 12 weeks)
# 3 rules, 7 checks: 5 passed, 0 violations, 0 warnings, 2 waived, 0 unknown
? 0
$ cadre check tests/policies/waivers.cadre --data tests/data/waivers --as-of 2025-06-30 --format html | grep -o 'tr class="[a-z]*" data-verdict="[a-z]*"\|<span class="lbl">waived[^<]*' | sort | uniq -c
      1 <span class="lbl">waived (council waivers)
      2 tr class="violation" data-verdict="violation"
      6 tr class="waived" data-verdict="waived"
? 0
