# cadre check output formats and exit codes: text, json (parsed by jq), lint clean (0) and failing (2), and the evaluation budget (exit 2, naming the policy line; a large enough budget changes nothing).
$ cadre check tests/policies/cli_tiny.cadre --data tests/data/lang_basic --as-of 2025-06-30
Tiny — as of 2025-06-30 — data tests/data/lang_basic

violations (1)
  hours  tests/policies/cli_tiny.cadre:6  S2 Bob Kay (social_worker): s.fte is 0.5, at least 0.8

warnings (1)
  held  tests/policies/cli_tiny.cadre:11  C5: not met: c.worker is present

2 rules, 11 checks: 9 passed, 1 violation, 1 warning, 0 unknown
? 1
$ cadre check tests/policies/cli_tiny.cadre --data tests/data/lang_basic --as-of 2025-06-30 --format json
{
  "policy": "Tiny",
  "as_of": "2025-06-30",
  "data": "tests/data/lang_basic",
  "provenance": {"cadre": "0.1.0", "bytecode": 4, "as_of": "2025-06-30", "files": [{"name": "<stdlib>/std.cadre", "kind": "standard schema", "sha256": "65dbdb14111fb7c7ef6d1a3253cb5384ab90275bb5d14d4c64739909e136442e"}, {"name": "tests/policies/cli_tiny.cadre", "kind": "policy", "sha256": "faad2a72555fdb5c7832429564393ec92864468faae20db4f0d64c9e387cdcc2"}, {"name": "tests/data/lang_basic/teams.csv", "kind": "data", "sha256": "9e909053f5f28feebbde7656c1d0cefd537b89753f9e92c98b74ba7228a25601"}, {"name": "tests/data/lang_basic/pods.csv", "kind": "data", "sha256": "d81141146755a4983984f7c12de2b99ad332f4d6829d42e9734e478d757719f6"}, {"name": "tests/data/lang_basic/staff.csv", "kind": "data", "sha256": "35e4e9cb0013bd6bd9d5f8ec7f6d93efd13076869e4dc68ffc991065272a9780"}, {"name": "tests/data/lang_basic/cases.csv", "kind": "data", "sha256": "1cf6a20ab7948d6d7eefe26239821f57df40d90d77a0463f6570f715cedfc486"}, {"name": "tests/data/lang_basic/allocations.csv", "kind": "data", "sha256": "b44022519f7b6d1eef1285014b90a84e1a58142c2c620d367c334f51fe325644"}], "digest": "05bef4a8ade794ffc6fa483174df84387259fbe2550d341a7d6955f8efc10565"},
  "overrides": [],
  "summary": {"rules": 2, "checks": 11, "passed": 9, "violations": 1, "warnings": 1, "unknown": 0, "waived": 0, "strict": false},
  "rules": [
    {"name": "hours", "title": "In-post staff work some hours", "file": "tests/policies/cli_tiny.cadre", "line": 4, "passed": 4, "failed": 1, "unknown": 0, "waived": 0},
    {"name": "held", "title": "Open cases have a worker", "file": "tests/policies/cli_tiny.cadre", "line": 9, "passed": 5, "failed": 1, "unknown": 0, "waived": 0}
  ],
  "findings": [
    {"verdict": "fail", "severity": "must", "rule": "hours", "file": "tests/policies/cli_tiny.cadre", "line": 6, "column": 5, "entity": {"table": "staff", "id": "S2", "label": "S2 Bob Kay (social_worker)"}, "measured": "0.5", "limit": "0.8", "message": "s.fte is 0.5, at least 0.8"},
    {"verdict": "fail", "severity": "should", "rule": "held", "file": "tests/policies/cli_tiny.cadre", "line": 11, "column": 5, "entity": {"table": "cases", "id": "C5", "label": "C5"}, "measured": null, "limit": null, "message": "not met: c.worker is present"}
  ],
  "waivers": []
}
? 1
$ cadre check tests/policies/cli_tiny.cadre --data tests/data/lang_basic --as-of 2025-06-30 --format json | jq -e .summary.violations
1
? 0
$ cadre check tests/policies/cli_tiny.cadre --data tests/data/lang_basic --as-of 2025-06-30 --format json | jq -r '.findings[] | [.verdict, .rule, .entity.id, .measured, .limit] | @tsv'
fail	hours	S2	0.5	0.8
fail	held	C5		
? 0
$ cadre check tests/policies/cli_tiny.cadre tests/policies/lang_should.cadre --data tests/data/lang_basic --as-of 2025-06-30
Tiny + Warnings only — as of 2025-06-30 — data tests/data/lang_basic

violations (1)
  hours  tests/policies/cli_tiny.cadre:6  S2 Bob Kay (social_worker): s.fte is 0.5, at least 0.8

warnings (3)
  held    tests/policies/cli_tiny.cadre:11     C5: not met: c.worker is present
  agency  tests/policies/lang_should.cadre:6   S3 Cat Dee (asye): S3 is on contract agency
  whole   tests/policies/lang_should.cadre:11  (all data): count(staff where in_post and role in {social_worker, asye}) is 2, at least 3

4 rules, 18 checks: 14 passed, 1 violation, 3 warnings, 0 unknown
? 1
$ cadre lint tests/policies/cli_tiny.cadre
1 file checked: 2 rules, no errors
? 0
$ cadre lint tests/policies/cli_tiny.cadre tests/policies/lang_pod.cadre
2 files checked: 8 rules, no errors
? 0
$ cadre lint tests/policies/cli_broken.cadre
tests/policies/cli_broken.cadre:5:12: error: staff has no field 'ftee'
    5 |     must s.ftee > 0
      |            ^^^^
  hint: did you mean 'fte'?
1 error
? 2
$ cadre check tests/policies/cli_broken.cadre --data tests/data/lang_basic --as-of 2025-06-30
tests/policies/cli_broken.cadre:5:12: error: staff has no field 'ftee'
    5 |     must s.ftee > 0
      |            ^^^^
  hint: did you mean 'fte'?
? 2
$ cadre check tests/policies/cli_tiny.cadre --data tests/data/lang_basic --as-of 2025-06-30 --budget 10
tests/policies/cli_tiny.cadre:4:1: error: evaluation budget exhausted (10 loop steps): this rule does too much work; raise it with --budget
    4 | rule hours "In-post staff work some hours" {
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
? 2
$ cadre check tests/policies/cli_tiny.cadre --data tests/data/lang_basic --as-of 2025-06-30 --budget 1000
Tiny — as of 2025-06-30 — data tests/data/lang_basic

violations (1)
  hours  tests/policies/cli_tiny.cadre:6  S2 Bob Kay (social_worker): s.fte is 0.5, at least 0.8

warnings (1)
  held  tests/policies/cli_tiny.cadre:11  C5: not met: c.worker is present

2 rules, 11 checks: 9 passed, 1 violation, 1 warning, 0 unknown
? 1
