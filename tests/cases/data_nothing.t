# Nothing judged is not a pass. A data set whose files are empty (or only headers) judges nothing: every format says which rules judged nothing and why, and the run exits 3 with a note on stderr, not 0.
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_empty
Data — as of 2025-06-30 — data tests/data/data_empty

judged nothing (2)
  fte     tests/policies/data_check.cadre:4  no staff rows in the data (tests/data/data_empty/staff.csv)
  opened  tests/policies/data_check.cadre:9  no cases rows in the data (tests/data/data_empty/cases.csv)

2 rules, 0 checks: 0 passed, 0 violations, 0 warnings, 0 unknown; 2 rules judged nothing
cadre check: no rule judged anything: every table of tests/data/data_empty is empty (absent files, or headers only) — is this the right export?
? 3
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_headeronly --format json 2>/dev/null
{
  "policy": "Data",
  "as_of": "2025-06-30",
  "data": "tests/data/data_headeronly",
  "provenance": {"cadre": "0.1.0", "bytecode": 4, "as_of": "2025-06-30", "files": [{"name": "<stdlib>/std.cadre", "kind": "standard schema", "sha256": "65dbdb14111fb7c7ef6d1a3253cb5384ab90275bb5d14d4c64739909e136442e"}, {"name": "tests/policies/data_check.cadre", "kind": "policy", "sha256": "b09258cfe7c06e5c8a7395068ef8d3f2f8dcd6022798dd2a6d28979259c40efb"}, {"name": "tests/data/data_headeronly/staff.csv", "kind": "data", "sha256": "5e07fe970ec069ce135913b69b7932d22e84e6b5d1de99f311ec814742267cf7"}], "digest": "23ab9fbec6bd3d2deadb947d79713ac65cddc8877e2aca77911623798b599e80"},
  "overrides": [],
  "summary": {"rules": 2, "checks": 0, "passed": 0, "violations": 0, "warnings": 0, "unknown": 0, "waived": 0, "strict": false},
  "rules": [
    {"name": "fte", "title": "FTE is between 0 and 1", "file": "tests/policies/data_check.cadre", "line": 4, "passed": 0, "failed": 0, "unknown": 0, "waived": 0},
    {"name": "opened", "title": "Cases opened by the as-of date", "file": "tests/policies/data_check.cadre", "line": 9, "passed": 0, "failed": 0, "unknown": 0, "waived": 0}
  ],
  "judged_nothing": [
    {"rule": "fte", "file": "tests/policies/data_check.cadre", "line": 4, "reason": "no staff rows in the data (tests/data/data_headeronly/staff.csv)"},
    {"rule": "opened", "file": "tests/policies/data_check.cadre", "line": 9, "reason": "no cases rows in the data (tests/data/data_headeronly/cases.csv)"}
  ],
  "findings": [],
  "waivers": []
}
? 3
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_headeronly --format junit 2>/dev/null
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="cadre check" tests="2" failures="0" errors="0" skipped="2">
  <testsuite name="Data" tests="2" failures="0" errors="0" skipped="2">
    <properties>
      <property name="as_of" value="2025-06-30"/>
      <property name="data" value="tests/data/data_headeronly"/>
      <property name="strict" value="false"/>
    </properties>
    <testcase classname="fte" name="judged nothing" file="tests/policies/data_check.cadre" line="4">
      <skipped type="nothing" message="judged nothing: no staff rows in the data (tests/data/data_headeronly/staff.csv)"/>
    </testcase>
    <testcase classname="opened" name="judged nothing" file="tests/policies/data_check.cadre" line="9">
      <skipped type="nothing" message="judged nothing: no cases rows in the data (tests/data/data_headeronly/cases.csv)"/>
    </testcase>
  </testsuite>
</testsuites>
? 3
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_headeronly --format sarif 2>/dev/null
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
            {"id": "fte", "shortDescription": {"text": "FTE is between 0 and 1"}, "defaultConfiguration": {"level": "error"}},
            {"id": "opened", "shortDescription": {"text": "Cases opened by the as-of date"}, "defaultConfiguration": {"level": "error"}}
          ]
        }
      },
      "properties": {"policy": "Data", "as_of": "2025-06-30", "data": "tests/data/data_headeronly", "strict": false,
                     "provenance": {"cadre": "0.1.0", "bytecode": 4, "as_of": "2025-06-30", "files": [{"name": "<stdlib>/std.cadre", "kind": "standard schema", "sha256": "65dbdb14111fb7c7ef6d1a3253cb5384ab90275bb5d14d4c64739909e136442e"}, {"name": "tests/policies/data_check.cadre", "kind": "policy", "sha256": "b09258cfe7c06e5c8a7395068ef8d3f2f8dcd6022798dd2a6d28979259c40efb"}, {"name": "tests/data/data_headeronly/staff.csv", "kind": "data", "sha256": "5e07fe970ec069ce135913b69b7932d22e84e6b5d1de99f311ec814742267cf7"}], "digest": "23ab9fbec6bd3d2deadb947d79713ac65cddc8877e2aca77911623798b599e80"}},
      "results": [
        {"ruleId": "fte", "ruleIndex": 0, "level": "warning",
         "message": {"text": "judged nothing: no staff rows in the data (tests/data/data_headeronly/staff.csv)"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "tests/policies/data_check.cadre"}, "region": {"startLine": 4, "startColumn": 1, "endLine": 7, "endColumn": 2}}}],
         "properties": {"verdict": "nothing"}},
        {"ruleId": "opened", "ruleIndex": 1, "level": "warning",
         "message": {"text": "judged nothing: no cases rows in the data (tests/data/data_headeronly/cases.csv)"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "tests/policies/data_check.cadre"}, "region": {"startLine": 9, "startColumn": 1, "endLine": 12, "endColumn": 2}}}],
         "properties": {"verdict": "nothing"}}
      ]
    }
  ]
}
? 3
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_headeronly --format tap 2>/dev/null
TAP version 13
1..2
ok 1 - fte: FTE is between 0 and 1 # SKIP judged nothing: no staff rows in the data (tests/data/data_headeronly/staff.csv)
ok 2 - opened: Cases opened by the as-of date # SKIP judged nothing: no cases rows in the data (tests/data/data_headeronly/cases.csv)
# 2 rules, 0 checks: 0 passed, 0 violations, 0 warnings, 0 unknown; 2 rules judged nothing
? 3
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_headeronly --format github 2>/dev/null
::warning file=tests/policies/data_check.cadre,line=4,col=1,title=fte (judged nothing)::judged nothing: no staff rows in the data (tests/data/data_headeronly/staff.csv)
::warning file=tests/policies/data_check.cadre,line=9,col=1,title=opened (judged nothing)::judged nothing: no cases rows in the data (tests/data/data_headeronly/cases.csv)
2 rules, 0 checks: 0 passed, 0 violations, 0 warnings, 0 unknown; 2 rules judged nothing
? 3
$ cadre check tests/policies/lang_effective.cadre --data tests/data/lang_basic --as-of 2025-06-30 2>&1 >/dev/null
cadre check: no rule judged anything: 26 rows were read from tests/data/lang_basic, but no rule applied to any of them on the as-of date — is this the right export?
? 3
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_rfc4180
Data — as of 2025-06-30 — data tests/data/data_rfc4180

judged nothing (1)
  opened  tests/policies/data_check.cadre:9  no cases rows in the data (tests/data/data_rfc4180/cases.csv)

2 rules, 3 checks: 3 passed, 0 violations, 0 warnings, 0 unknown; 1 rule judged nothing
? 0
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_rfc4180 --format tap
TAP version 13
1..2
ok 1 - fte: FTE is between 0 and 1
ok 2 - opened: Cases opened by the as-of date # SKIP judged nothing: no cases rows in the data (tests/data/data_rfc4180/cases.csv)
# 2 rules, 3 checks: 3 passed, 0 violations, 0 warnings, 0 unknown; 1 rule judged nothing
? 0
$ cadre check bench/load.cadre --data tests/data/data_headeronly --as-of 2025-06-30
Benchmark: load only — as of 2025-06-30 — data tests/data/data_headeronly

0 rules, 0 checks: 0 passed, 0 violations, 0 warnings, 0 unknown
? 0
$ cadre check tests/policies/data_nothing_waived.cadre --data tests/data/data_waived_only --as-of 2025-06-30 --format tap
TAP version 13
1..1
ok 1 - hours: Seth works at least half time # SKIP waived 1 finding
  ---
  file: "tests/policies/data_nothing_waived.cadre"
  line: 5
  passed: 0
  failed: 0
  unknown: 0
  waived: 1
  findings:
    - severity: must
      verdict: waived
      line: 7
      entity: "S3 Seth Heavy (social_worker)"
      message: "s.fte is 0.4, at least 0.5"
      waiver: "Phased return to work (approved by HR Business Partner, from 2025-01-06, no end date; tests/data/data_waived_only/waivers.csv:2)"
  ...
# 1 rule, 1 check: 0 passed, 0 violations, 0 warnings, 1 waived, 0 unknown
? 0
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_rfc4180 --format html | sed -n -e '/No rule was broken/p' -e '/id="judged-nothing"/,/<\/table>/p' | sed 's/^.*<p class="lede">//'
No rule was broken, but 1 rule judged nothing. 3 of 3 checks passed.</p>
<h3 id="judged-nothing">Rules that judged nothing (1)</h3>
<p>These rules made no check on this data: they are not passes.</p>
<table>
<thead><tr><th scope="col">Rule</th><th scope="col">Where</th><th scope="col">Why</th></tr></thead>
<tbody>
<tr><td><code>opened</code></td><td><code>tests/policies/data_check.cadre:9</code></td><td>no cases rows in the data (tests/data/data_rfc4180/cases.csv)</td></tr>
</tbody>
</table>
? 0
