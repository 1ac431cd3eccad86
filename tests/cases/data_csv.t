# RFC 4180 input that must load: BOM, CRLF, quoted commas, "" escapes, a quoted line break (later line numbers still right), an empty quoted field, an unknown extra column, absent optional columns and files; the same data with LF line ends gives the same verdicts; a header-only file is an empty table.
$ cadre check tests/policies/data_rfc4180.cadre --data tests/data/data_rfc4180 --as-of 2025-06-30
CSV — as of 2025-06-30 — data tests/data/data_rfc4180

violations (1)
  names  tests/policies/data_rfc4180.cadre:19  S1 Lee, Ann (social_worker): Lee, Ann works 1

unknown (cannot judge) (1)
  lines  tests/policies/data_rfc4180.cadre:25  S3 Cat Dee (asye): cannot judge: staff.asye_status is missing (tests/data/data_rfc4180/staff.csv:5)

3 rules, 11 checks: 9 passed, 1 violation, 0 warnings, 1 unknown
? 1
$ cadre check tests/policies/data_rfc4180.cadre --data tests/data/data_rfc4180_lf --as-of 2025-06-30
CSV — as of 2025-06-30 — data tests/data/data_rfc4180_lf

violations (1)
  names  tests/policies/data_rfc4180.cadre:19  S1 Lee, Ann (social_worker): Lee, Ann works 1

unknown (cannot judge) (1)
  lines  tests/policies/data_rfc4180.cadre:25  S3 Cat Dee (asye): cannot judge: staff.asye_status is missing (tests/data/data_rfc4180_lf/staff.csv:5)

3 rules, 11 checks: 9 passed, 1 violation, 0 warnings, 1 unknown
? 1
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_headeronly
Data — as of 2025-06-30 — data tests/data/data_headeronly

judged nothing (2)
  fte     tests/policies/data_check.cadre:4  no staff rows in the data (tests/data/data_headeronly/staff.csv)
  opened  tests/policies/data_check.cadre:9  no cases rows in the data (tests/data/data_headeronly/cases.csv)

2 rules, 0 checks: 0 passed, 0 violations, 0 warnings, 0 unknown; 2 rules judged nothing
cadre check: no rule judged anything: every table of tests/data/data_headeronly is empty (absent files, or headers only) — is this the right export?
? 3
