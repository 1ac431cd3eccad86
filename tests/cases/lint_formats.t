# lint --format: errors and warnings as JSON, SARIF, GitHub annotations,
# JUnit and TAP, each at its file:line:column; and `check` stopping on a
# policy or data error says so in every report format, on standard output or
# in the --output file, so CI annotates the line instead of finding no report.
$ cadre lint tests/policies/err_syntax.cadre --format github
::error file=tests/policies/err_syntax.cadre,line=6,col=1,endLine=6,endColumn=2,title=E-syntax::unexpected '}', expected an expression
::error file=tests/policies/err_syntax.cadre,line=10,col=1,endLine=10,endColumn=5,title=E-syntax::unexpected 'rule', expected one of: ')' or an operator
::error file=tests/policies/err_syntax.cadre,line=11,col=14,endLine=11,endColumn=15,title=E-syntax::unexpected '<', expected one of: '}', 'must', 'should', 'otherwise', 'as' or an operator%0Ahint: comparisons do not chain: write 'a < b and b < c'
::error file=tests/policies/err_syntax.cadre,line=15,col=21,endLine=15,endColumn=22,title=E-syntax::unexpected character '@'
4 errors
? 2
$ cadre lint tests/policies/lint_warnings.cadre --format=json
{
  "command": "lint",
  "errors": 0,
  "warnings": 3,
  "summary": "1 file checked: 2 rules, no errors, 3 warnings",
  "diagnostics": [
    {"severity": "warning", "code": "W-shadow", "file": "tests/policies/lint_warnings.cadre", "line": 12, "column": 15, "end_line": 12, "end_column": 20, "message": "rule 'holds' is declared and overridden in the same file", "hint": "override is for changing another layer's rule; edit or delete this one instead"},
    {"severity": "warning", "code": "W-constant", "file": "tests/policies/lint_warnings.cadre", "line": 18, "column": 10, "end_line": 18, "end_column": 15, "message": "this should does not depend on the data, so its verdict never changes", "hint": "a requirement reads the entity or the data, e.g. s.open_cases <= max_cases"},
    {"severity": "warning", "code": "W-unused", "file": "tests/policies/lint_warnings.cadre", "line": 3, "column": 5, "end_line": 3, "end_column": 17, "message": "let 'unused_limit' is never used", "hint": null}
  ]
}
? 0
$ cadre lint tests/policies/err_calls.cadre --format sarif
{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {"driver": {"name": "cadre", "version": "0.1.0", "informationUri": "https://example.org/cadre"}},
      "results": [
        {"ruleId": "E-name", "level": "error", "message": {"text": "unknown function 'counts' (hint: did you mean 'count'?)"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "tests/policies/err_calls.cadre"}, "region": {"startLine": 4, "startColumn": 8, "endLine": 4, "endColumn": 14}}}]},
        {"ruleId": "E-arity", "level": "error", "message": {"text": "count takes one collection, given 2 arguments"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "tests/policies/err_calls.cadre"}, "region": {"startLine": 5, "startColumn": 8, "endLine": 5, "endColumn": 26}}}]},
        {"ruleId": "E-arity", "level": "error", "message": {"text": "count takes one collection, given 0 arguments"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "tests/policies/err_calls.cadre"}, "region": {"startLine": 6, "startColumn": 8, "endLine": 6, "endColumn": 15}}}]},
        {"ruleId": "E-type", "level": "error", "message": {"text": "count takes a collection, but this is a number (hint: e.g. count(s.cases where open), avg(t.members.open_cases))"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "tests/policies/err_calls.cadre"}, "region": {"startLine": 7, "startColumn": 14, "endLine": 7, "endColumn": 15}}}]},
        {"ruleId": "E-type", "level": "error", "message": {"text": "sum and avg take numbers, but this is a list of texts (hint: e.g. avg(t.members.open_cases))"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "tests/policies/err_calls.cadre"}, "region": {"startLine": 8, "startColumn": 12, "endLine": 8, "endColumn": 22}}}]},
        {"ruleId": "E-name", "level": "error", "message": {"text": "unknown function 'frobnicate' (hint: functions: count, sum, avg, min, max, any, all, distinct, gap, longest, days_between, months_between, years_between, month_of, year_of, missed, most_in)"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "tests/policies/err_calls.cadre"}, "region": {"startLine": 10, "startColumn": 8, "endLine": 10, "endColumn": 18}}}]}
      ]
    }
  ]
}
? 2
$ cadre lint tests/policies/lint_warnings.cadre --format tap --deny-warnings
TAP version 13
1..3
not ok 1 - tests/policies/lint_warnings.cadre:12:15: warning W-shadow: rule 'holds' is declared and overridden in the same file # TODO
  ---
  severity: warning
  file: "tests/policies/lint_warnings.cadre"
  line: 12
  column: 15
  hint: "override is for changing another layer's rule; edit or delete this one instead"
  ...
not ok 2 - tests/policies/lint_warnings.cadre:18:10: warning W-constant: this should does not depend on the data, so its verdict never changes # TODO
  ---
  severity: warning
  file: "tests/policies/lint_warnings.cadre"
  line: 18
  column: 10
  hint: "a requirement reads the entity or the data, e.g. s.open_cases <= max_cases"
  ...
not ok 3 - tests/policies/lint_warnings.cadre:3:5: warning W-unused: let 'unused_limit' is never used # TODO
  ---
  severity: warning
  file: "tests/policies/lint_warnings.cadre"
  line: 3
  column: 5
  ...
# 1 file checked: 2 rules, no errors, 3 warnings (denied: --deny-warnings)
? 2
$ cadre lint tests/policies/err_syntax.cadre --format junit
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="cadre lint" tests="4" failures="0" errors="4" skipped="0">
  <testsuite name="cadre lint: policy and data" tests="4" failures="0" errors="4" skipped="0">
    <testcase classname="E-syntax" name="tests/policies/err_syntax.cadre:6:1" file="tests/policies/err_syntax.cadre" line="6">
      <error type="E-syntax" message="unexpected &apos;}&apos;, expected an expression">unexpected &apos;}&apos;, expected an expression</error>
    </testcase>
    <testcase classname="E-syntax" name="tests/policies/err_syntax.cadre:10:1" file="tests/policies/err_syntax.cadre" line="10">
      <error type="E-syntax" message="unexpected &apos;rule&apos;, expected one of: &apos;)&apos; or an operator">unexpected &apos;rule&apos;, expected one of: &apos;)&apos; or an operator</error>
    </testcase>
    <testcase classname="E-syntax" name="tests/policies/err_syntax.cadre:11:14" file="tests/policies/err_syntax.cadre" line="11">
      <error type="E-syntax" message="unexpected &apos;&lt;&apos;, expected one of: &apos;}&apos;, &apos;must&apos;, &apos;should&apos;, &apos;otherwise&apos;, &apos;as&apos; or an operator">comparisons do not chain: write &apos;a &lt; b and b &lt; c&apos;</error>
    </testcase>
    <testcase classname="E-syntax" name="tests/policies/err_syntax.cadre:15:21" file="tests/policies/err_syntax.cadre" line="15">
      <error type="E-syntax" message="unexpected character &apos;@&apos;">unexpected character &apos;@&apos;</error>
    </testcase>
  </testsuite>
</testsuites>
? 2
$ cadre check tests/policies/err_syntax.cadre --data tests/data/lang_basic --format github 2>/dev/null
::error file=tests/policies/err_syntax.cadre,line=6,col=1,endLine=6,endColumn=2,title=E-syntax::unexpected '}', expected an expression
::error file=tests/policies/err_syntax.cadre,line=10,col=1,endLine=10,endColumn=5,title=E-syntax::unexpected 'rule', expected one of: ')' or an operator
::error file=tests/policies/err_syntax.cadre,line=11,col=14,endLine=11,endColumn=15,title=E-syntax::unexpected '<', expected one of: '}', 'must', 'should', 'otherwise', 'as' or an operator%0Ahint: comparisons do not chain: write 'a < b and b < c'
::error file=tests/policies/err_syntax.cadre,line=15,col=21,endLine=15,endColumn=22,title=E-syntax::unexpected character '@'
? 2
$ cadre check tests/policies/data_check.cadre --data tests/data/data_badvalues --format json 2>/dev/null
{
  "command": "check",
  "errors": 6,
  "warnings": 0,
  "summary": null,
  "diagnostics": [
    {"severity": "error", "code": "E-data", "file": "tests/data/data_badvalues/staff.csv", "line": 2, "column": 40, "message": "bad date '2020-02-30' in column 'started' (expected YYYY-MM-DD)", "hint": null},
    {"severity": "error", "code": "E-data", "file": "tests/data/data_badvalues/staff.csv", "line": 3, "column": 31, "message": "bad date '01/02/2020' in column 'started' (expected YYYY-MM-DD)", "hint": null},
    {"severity": "error", "code": "E-data", "file": "tests/data/data_badvalues/staff.csv", "line": 4, "column": 29, "message": "bad number '1.0.0' in column 'fte'", "hint": null},
    {"severity": "error", "code": "E-data", "file": "tests/data/data_badvalues/staff.csv", "line": 5, "column": 29, "message": "too many decimal places in '0.1234567' in column 'fte' (at most 6)", "hint": null},
    {"severity": "error", "code": "E-data", "file": "tests/data/data_badvalues/staff.csv", "line": 6, "column": 30, "message": "number '99999999999999999999' in column 'fte' is too large", "hint": null},
    {"severity": "error", "code": "E-data", "file": "tests/data/data_badvalues/staff.csv", "line": 7, "column": 30, "message": "bad number 'one' in column 'fte'", "hint": null}
  ]
}
? 3
$ cadre check tests/policies/data_check.cadre --data tests/data/nowhere --format tap 2>/dev/null
TAP version 13
1..1
not ok 1 - tests/data/nowhere: error E-data: no such data directory
  ---
  severity: error
  file: "tests/data/nowhere"
  ...
? 3
$ cadre check tests/policies/err_syntax.cadre --data tests/data/lang_basic --format sarif --output "$tmp/x.sarif" 2>/dev/null; echo "check exit $?"; python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); r=d["runs"][0]["results"][0]; print(r["level"], r["locations"][0]["physicalLocation"]["region"]["startLine"])' "$tmp/x.sarif"
check exit 2
error 6
? 0
$ cadre check tests/policies/err_syntax.cadre --data tests/data/lang_basic --format junit 2>/dev/null | python3 -c 'import sys, xml.dom.minidom as m; d=m.parse(sys.stdin); print(d.documentElement.getAttribute("errors"), "errors")'
4 errors
? 0
$ cadre check tests/policies/data_check.cadre --data tests/data/data_badvalues 2>&1 >/dev/null | head -3
tests/data/data_badvalues/staff.csv:2:40: error: bad date '2020-02-30' in column 'started' (expected YYYY-MM-DD)
tests/data/data_badvalues/staff.csv:3:31: error: bad date '01/02/2020' in column 'started' (expected YYYY-MM-DD)
tests/data/data_badvalues/staff.csv:4:29: error: bad number '1.0.0' in column 'fte'
? 0
$ cadre lint tests/policies/err_syntax.cadre --format xml
cadre: unknown format 'xml' (text, json, junit, sarif, tap, github or html)
(try: cadre help)
? 4
