# Messy exports. By default an empty cell in a required column, or a reference naming no row, is a data error (exit 3), with a hint naming --allow-missing.
$ cadre check tests/policies/data_messy.cadre --data tests/data/data_messy --as-of 2025-06-30
tests/data/data_messy/staff.csv:3:39: error: missing value for required column 'fte'
  hint: --allow-missing reads it as missing, so only the verdicts that need it are unknown
tests/data/data_messy/supervisions.csv:3:25: error: missing value for required column 'supervisor'
  hint: --allow-missing reads it as missing, so only the verdicts that need it are unknown
tests/data/data_messy/pods.csv:3:13: error: pods.lead 'S99' refers to no row of staff
  hint: staff ids are read from tests/data/data_messy/staff.csv
tests/data/data_messy/supervisions.csv:4:26: error: supervisions.supervisee 'S7' refers to no row of staff
  hint: staff ids are read from tests/data/data_messy/staff.csv
? 3
$ cadre check tests/policies/data_messy.cadre --data tests/data/data_messy --as-of 2025-06-30 --allow-missing
Messy export — as of 2025-06-30 — data tests/data/data_messy

data quality (4): cells read as unknown (--allow-missing)
  tests/data/data_messy/staff.csv:3:39         staff.fte is empty in a required column: read as missing
  tests/data/data_messy/supervisions.csv:3:25  supervisions.supervisor is empty in a required column: read as missing
  tests/data/data_messy/pods.csv:3:13          pods.lead 'S99' names no row of staff: read as a dangling reference
  tests/data/data_messy/supervisions.csv:4:26  supervisions.supervisee 'S7' names no row of staff: read as a dangling reference

violations (2)
  led         tests/policies/data_messy.cadre:14  P3 Pod 3: not met: p.lead is present and p.lead.role = practice_manager
  known_lead  tests/policies/data_messy.cadre:19  P2 Pod 2: P2 names a lead who is not in staff.csv

unknown (cannot judge) (2)
  fte  tests/policies/data_messy.cadre:9   S2 Bob Kay (social_worker): cannot judge: staff.fte is missing (tests/data/data_messy/staff.csv:3)
  led  tests/policies/data_messy.cadre:14  P2 Pod 2: cannot judge: pods.lead names no row (a dangling reference) (tests/data/data_messy/pods.csv:3)

4 rules, 12 checks: 8 passed, 2 violations, 0 warnings, 2 unknown
? 1
$ cadre check tests/policies/data_messy.cadre --data tests/data/data_messy --as-of 2025-06-30 --allow-missing --format json
{
  "policy": "Messy export",
  "as_of": "2025-06-30",
  "data": "tests/data/data_messy",
  "provenance": {"cadre": "0.1.0", "bytecode": 4, "as_of": "2025-06-30", "files": [{"name": "<stdlib>/std.cadre", "kind": "standard schema", "sha256": "65dbdb14111fb7c7ef6d1a3253cb5384ab90275bb5d14d4c64739909e136442e"}, {"name": "tests/policies/data_messy.cadre", "kind": "policy", "sha256": "baf5919f82c5e035e4231e4e81c73c6f54cdbe4e8bba2569d8264e96567e4721"}, {"name": "tests/data/data_messy/teams.csv", "kind": "data", "sha256": "b2fc8a0cac6383924858c47867b98f5bb7fb1f7bfcf878614981f588734e8006"}, {"name": "tests/data/data_messy/pods.csv", "kind": "data", "sha256": "2675a8124f25c533acbaa1b832e208f0384386d25674f62f415f87c29ae55081"}, {"name": "tests/data/data_messy/staff.csv", "kind": "data", "sha256": "0022242ee4cfdd01d64c34d07246747383dec1e4780bab05aa33c86ed1c19012"}, {"name": "tests/data/data_messy/supervisions.csv", "kind": "data", "sha256": "ee32903591cb130e65df636f30e994be83309f8e0941b7ce57e79d127d7a9645"}], "digest": "0dc0d0fa20518ab65b09236cb1a48ad5a0fbcf8dfeeda244614f99490b9cf623"},
  "overrides": [],
  "summary": {"rules": 4, "checks": 12, "passed": 8, "violations": 2, "warnings": 0, "unknown": 2, "waived": 0, "strict": false},
  "rules": [
    {"name": "fte", "title": "FTE is at most 1", "file": "tests/policies/data_messy.cadre", "line": 7, "passed": 2, "failed": 0, "unknown": 1, "waived": 0},
    {"name": "led", "title": "A pod is led by a practice manager", "file": "tests/policies/data_messy.cadre", "line": 12, "passed": 1, "failed": 1, "unknown": 1, "waived": 0},
    {"name": "known_lead", "title": "A pod's lead is someone in staff", "file": "tests/policies/data_messy.cadre", "line": 17, "passed": 2, "failed": 1, "unknown": 0, "waived": 0},
    {"name": "sessions", "title": "Every session is an hour or more", "file": "tests/policies/data_messy.cadre", "line": 23, "passed": 3, "failed": 0, "unknown": 0, "waived": 0}
  ],
  "data_quality": [
    {"kind": "empty", "file": "tests/data/data_messy/staff.csv", "line": 3, "column": 39, "field": "staff.fte", "value": null, "message": "staff.fte is empty in a required column: read as missing"},
    {"kind": "empty", "file": "tests/data/data_messy/supervisions.csv", "line": 3, "column": 25, "field": "supervisions.supervisor", "value": null, "message": "supervisions.supervisor is empty in a required column: read as missing"},
    {"kind": "dangling", "file": "tests/data/data_messy/pods.csv", "line": 3, "column": 13, "field": "pods.lead", "value": "S99", "message": "pods.lead 'S99' names no row of staff: read as a dangling reference"},
    {"kind": "dangling", "file": "tests/data/data_messy/supervisions.csv", "line": 4, "column": 26, "field": "supervisions.supervisee", "value": "S7", "message": "supervisions.supervisee 'S7' names no row of staff: read as a dangling reference"}
  ],
  "findings": [
    {"verdict": "unknown", "severity": "must", "rule": "fte", "file": "tests/policies/data_messy.cadre", "line": 9, "column": 5, "entity": {"table": "staff", "id": "S2", "label": "S2 Bob Kay (social_worker)"}, "measured": null, "limit": null, "message": "cannot judge: staff.fte is missing", "missing": "staff.fte", "missing_at": "tests/data/data_messy/staff.csv:3"},
    {"verdict": "unknown", "severity": "must", "rule": "led", "file": "tests/policies/data_messy.cadre", "line": 14, "column": 5, "entity": {"table": "pods", "id": "P2", "label": "P2 Pod 2"}, "measured": null, "limit": null, "message": "cannot judge: pods.lead names no row (a dangling reference)", "missing": "pods.lead", "missing_at": "tests/data/data_messy/pods.csv:3"},
    {"verdict": "fail", "severity": "must", "rule": "led", "file": "tests/policies/data_messy.cadre", "line": 14, "column": 5, "entity": {"table": "pods", "id": "P3", "label": "P3 Pod 3"}, "measured": null, "limit": null, "message": "not met: p.lead is present and p.lead.role = practice_manager"},
    {"verdict": "fail", "severity": "must", "rule": "known_lead", "file": "tests/policies/data_messy.cadre", "line": 19, "column": 5, "entity": {"table": "pods", "id": "P2", "label": "P2 Pod 2"}, "measured": null, "limit": null, "message": "P2 names a lead who is not in staff.csv"}
  ],
  "waivers": []
}
? 1
$ cadre check tests/policies/data_messy.cadre --data tests/data/data_messy --as-of 2025-06-30 --allow-missing --format junit
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="cadre check" tests="12" failures="2" errors="0" skipped="6">
  <testsuite name="Messy export" tests="12" failures="2" errors="0" skipped="6">
    <properties>
      <property name="as_of" value="2025-06-30"/>
      <property name="data" value="tests/data/data_messy"/>
      <property name="strict" value="false"/>
    </properties>
    <testcase classname="fte" name="S2 Bob Kay (social_worker)" file="tests/policies/data_messy.cadre" line="9">
      <skipped type="unknown" message="cannot judge: staff.fte is missing"/>
    </testcase>
    <testcase classname="fte" name="2 checks passed" file="tests/policies/data_messy.cadre" line="7"/>
    <testcase classname="led" name="P2 Pod 2" file="tests/policies/data_messy.cadre" line="14">
      <skipped type="unknown" message="cannot judge: pods.lead names no row (a dangling reference)"/>
    </testcase>
    <testcase classname="led" name="P3 Pod 3" file="tests/policies/data_messy.cadre" line="14">
      <failure type="must" message="not met: p.lead is present and p.lead.role = practice_manager">tests/policies/data_messy.cadre:14: P3 Pod 3: not met: p.lead is present and p.lead.role = practice_manager</failure>
    </testcase>
    <testcase classname="led" name="1 check passed" file="tests/policies/data_messy.cadre" line="12"/>
    <testcase classname="known_lead" name="P2 Pod 2" file="tests/policies/data_messy.cadre" line="19">
      <failure type="must" message="P2 names a lead who is not in staff.csv">tests/policies/data_messy.cadre:19: P2 Pod 2: P2 names a lead who is not in staff.csv</failure>
    </testcase>
    <testcase classname="known_lead" name="2 checks passed" file="tests/policies/data_messy.cadre" line="17"/>
    <testcase classname="sessions" name="3 checks passed" file="tests/policies/data_messy.cadre" line="23"/>
    <testcase classname="data quality" name="tests/data/data_messy/staff.csv:3:39" file="tests/data/data_messy/staff.csv" line="3">
      <skipped type="data" message="staff.fte is empty in a required column: read as missing"/>
    </testcase>
    <testcase classname="data quality" name="tests/data/data_messy/supervisions.csv:3:25" file="tests/data/data_messy/supervisions.csv" line="3">
      <skipped type="data" message="supervisions.supervisor is empty in a required column: read as missing"/>
    </testcase>
    <testcase classname="data quality" name="tests/data/data_messy/pods.csv:3:13" file="tests/data/data_messy/pods.csv" line="3">
      <skipped type="data" message="pods.lead &apos;S99&apos; names no row of staff: read as a dangling reference"/>
    </testcase>
    <testcase classname="data quality" name="tests/data/data_messy/supervisions.csv:4:26" file="tests/data/data_messy/supervisions.csv" line="4">
      <skipped type="data" message="supervisions.supervisee &apos;S7&apos; names no row of staff: read as a dangling reference"/>
    </testcase>
  </testsuite>
</testsuites>
? 1
$ cadre check tests/policies/data_messy.cadre --data tests/data/data_messy --as-of 2025-06-30 --allow-missing --format sarif | grep -A4 data-quality
        {"ruleId": "data-quality", "level": "warning",
         "message": {"text": "staff.fte is empty in a required column: read as missing"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "tests/data/data_messy/staff.csv"}, "region": {"startLine": 3, "startColumn": 39}}}],
         "properties": {"verdict": "data", "kind": "empty"}},
        {"ruleId": "data-quality", "level": "warning",
         "message": {"text": "supervisions.supervisor is empty in a required column: read as missing"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "tests/data/data_messy/supervisions.csv"}, "region": {"startLine": 3, "startColumn": 25}}}],
         "properties": {"verdict": "data", "kind": "empty"}},
        {"ruleId": "data-quality", "level": "warning",
         "message": {"text": "pods.lead 'S99' names no row of staff: read as a dangling reference"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "tests/data/data_messy/pods.csv"}, "region": {"startLine": 3, "startColumn": 13}}}],
         "properties": {"verdict": "data", "kind": "dangling"}},
        {"ruleId": "data-quality", "level": "warning",
         "message": {"text": "supervisions.supervisee 'S7' names no row of staff: read as a dangling reference"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "tests/data/data_messy/supervisions.csv"}, "region": {"startLine": 4, "startColumn": 26}}}],
         "properties": {"verdict": "data", "kind": "dangling"}}
      ]
? 0
$ cadre check tests/policies/data_messy.cadre --data tests/data/data_messy --as-of 2025-06-30 --allow-missing --format tap
TAP version 13
1..5
ok 1 - fte: FTE is at most 1
  ---
  file: "tests/policies/data_messy.cadre"
  line: 7
  passed: 2
  failed: 0
  unknown: 1
  findings:
    - severity: must
      verdict: unknown
      line: 9
      entity: "S2 Bob Kay (social_worker)"
      message: "cannot judge: staff.fte is missing"
      missing_at: "tests/data/data_messy/staff.csv:3"
  ...
not ok 2 - led: A pod is led by a practice manager
  ---
  file: "tests/policies/data_messy.cadre"
  line: 12
  passed: 1
  failed: 1
  unknown: 1
  findings:
    - severity: must
      verdict: unknown
      line: 14
      entity: "P2 Pod 2"
      message: "cannot judge: pods.lead names no row (a dangling reference)"
      missing_at: "tests/data/data_messy/pods.csv:3"
    - severity: must
      verdict: fail
      line: 14
      entity: "P3 Pod 3"
      message: "not met: p.lead is present and p.lead.role = practice_manager"
  ...
not ok 3 - known_lead: A pod's lead is someone in staff
  ---
  file: "tests/policies/data_messy.cadre"
  line: 17
  passed: 2
  failed: 1
  unknown: 0
  findings:
    - severity: must
      verdict: fail
      line: 19
      entity: "P2 Pod 2"
      message: "P2 names a lead who is not in staff.csv"
  ...
ok 4 - sessions: Every session is an hour or more
ok 5 - data quality # SKIP 4 cells read as unknown (--allow-missing)
  ---
  findings:
    - at: "tests/data/data_messy/staff.csv:3:39"
      message: "staff.fte is empty in a required column: read as missing"
    - at: "tests/data/data_messy/supervisions.csv:3:25"
      message: "supervisions.supervisor is empty in a required column: read as missing"
    - at: "tests/data/data_messy/pods.csv:3:13"
      message: "pods.lead 'S99' names no row of staff: read as a dangling reference"
    - at: "tests/data/data_messy/supervisions.csv:4:26"
      message: "supervisions.supervisee 'S7' names no row of staff: read as a dangling reference"
  ...
# 4 rules, 12 checks: 8 passed, 2 violations, 0 warnings, 2 unknown
? 1
$ cadre check tests/policies/data_messy.cadre --data tests/data/data_messy --as-of 2025-06-30 --allow-missing --format github
::warning file=tests/policies/data_messy.cadre,line=9,col=5,endLine=9,endColumn=20,title=fte (unknown)::S2 Bob Kay (social_worker): cannot judge: staff.fte is missing (tests/data/data_messy/staff.csv:3)
::warning file=tests/policies/data_messy.cadre,line=14,col=5,endLine=14,endColumn=62,title=led (unknown)::P2 Pod 2: cannot judge: pods.lead names no row (a dangling reference) (tests/data/data_messy/pods.csv:3)
::error file=tests/policies/data_messy.cadre,line=14,col=5,endLine=14,endColumn=62,title=led::P3 Pod 3: not met: p.lead is present and p.lead.role = practice_manager
::error file=tests/policies/data_messy.cadre,line=19,col=5,endLine=20,endColumn=62,title=known_lead::P2 Pod 2: P2 names a lead who is not in staff.csv
::warning file=tests/data/data_messy/staff.csv,line=3,col=39,title=data quality::staff.fte is empty in a required column: read as missing
::warning file=tests/data/data_messy/supervisions.csv,line=3,col=25,title=data quality::supervisions.supervisor is empty in a required column: read as missing
::warning file=tests/data/data_messy/pods.csv,line=3,col=13,title=data quality::pods.lead 'S99' names no row of staff: read as a dangling reference
::warning file=tests/data/data_messy/supervisions.csv,line=4,col=26,title=data quality::supervisions.supervisee 'S7' names no row of staff: read as a dangling reference
4 rules, 12 checks: 8 passed, 2 violations, 0 warnings, 2 unknown
? 1
$ set -o pipefail; cadre check tests/policies/data_messy.cadre --data tests/data/data_messy --as-of 2025-06-30 --allow-missing --strict | tail -1
4 rules, 12 checks: 8 passed, 2 violations, 0 warnings, 2 unknown (counted as failures: --strict)
? 1
$ cadre check tests/policies/data_check.cadre --data tests/data/data_absent --as-of 2025-06-30 --allow-missing
tests/data/data_absent/staff.csv: error: no such file, but 9 references name staff rows: pods.lead (3 cells, first at tests/data/data_absent/pods.csv:2:13); cases.worker (3 cells, first at tests/data/data_absent/cases.csv:2:7); supervisions.supervisee (1 cell, first at tests/data/data_absent/supervisions.csv:2:26); supervisions.supervisor (2 cells, first at tests/data/data_absent/supervisions.csv:2:30)
  hint: an absent file is an empty table; export staff.csv with the others, or check that --data names the right directory
? 3
$ cadre diff tests/policies/data_messy.cadre tests/policies/data_messy.cadre --data tests/data/data_messy --as-of 2025-06-30 --allow-missing
policy change: tests/policies/data_messy.cadre -> tests/policies/data_messy.cadre — as of 2025-06-30 — data tests/data/data_messy
data quality: 4 cells read as unknown (--allow-missing); `cadre check --allow-missing` lists them

0 newly breaching, 0 newly compliant, 0 new warnings, 0 newly unknown, 0 changed evidence; violations 2 -> 2
? 0
$ printf '%s\n' 'pods where lead is dangling' '(pods where id = "P2").lead' | cadre repl tests/policies/data_messy.cadre --data tests/data/data_messy --as-of 2025-06-30 --allow-missing
id  name   team  lead  kind      formed
--  -----  ----  ----  --------  ------
P2  Pod 2  T1          practice
(1 row)
id  name  role  pod  team  manager  contract  fte  started  left  qualified  asye_status  in_post  open_cases  weighted_cases  asye_started  asye_clock
--  ----  ----  ---  ----  -------  --------  ---  -------  ----  ---------  -----------  -------  ----------  --------------  ------------  ----------
(0 rows)
note: a filter could not be judged for some rows (pods.lead is dangling (names no row) for P2 Pod 2); they are not listed
? 0
$ cadre lint tests/policies/data_messy_lint.cadre
tests/policies/data_messy_lint.cadre:6:15: error: only a reference can be dangling, but this is text
    6 |     must not (s.name is dangling)
      |               ^^^^^^
  hint: e.g. p.lead is dangling
1 error
? 2
$ printf 'rule r {\n  for each s in staff:\n    must s.pod is dagling\n}\n' > $tmp/typo.cadre; cadre lint $tmp/typo.cadre 2>&1 | sed "s#$tmp/##"
typo.cadre:3:19: error: unexpected 'dagling' after 'is'
    3 |     must s.pod is dagling
      |                   ^^^^^^^
  hint: write 'is missing', 'is present' or 'is dangling'
1 error
? 0
$ set -o pipefail; cadre check tests/policies/data_messy.cadre --data tests/data/data_messy --as-of 2025-06-30 --allow-missing --format html | sed -n '/id="data-quality"/,/<\/table>/p'
<h3 id="data-quality">Data quality (4)</h3>
<p>With <code>--allow-missing</code> these cells were read as unknown instead of stopping the check; only the verdicts that needed them are unknown.</p>
<table>
<thead><tr><th scope="col">Cell</th><th scope="col">Finding</th></tr></thead>
<tbody>
<tr><td><code>tests/data/data_messy/staff.csv:3:39</code></td><td>staff.fte is empty in a required column: read as missing</td></tr>
<tr><td><code>tests/data/data_messy/supervisions.csv:3:25</code></td><td>supervisions.supervisor is empty in a required column: read as missing</td></tr>
<tr><td><code>tests/data/data_messy/pods.csv:3:13</code></td><td>pods.lead &#39;S99&#39; names no row of staff: read as a dangling reference</td></tr>
<tr><td><code>tests/data/data_messy/supervisions.csv:4:26</code></td><td>supervisions.supervisee &#39;S7&#39; names no row of staff: read as a dangling reference</td></tr>
</tbody>
</table>
? 1
