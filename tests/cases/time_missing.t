# Missing dates: in a council table with an optional date, a missing event date or a missing window start makes the cadence unknown, naming the cell (exit 0; 1 with --strict).  In the standard schema supervisions.date and staff.started are required: an empty cell is a data error (exit 3).
$ cadre check tests/policies/time_unknown.cadre --data tests/data/time_basic --as-of 2025-06-30
Time: unknown — as of 2025-06-30 — data tests/data/time_basic

unknown (cannot judge) (2)
  visited  tests/policies/time_unknown.cadre:15  W1 Will Window (social_worker): cannot judge: visits.date is missing for X2 (tests/data/time_basic/visits.csv:3)
  visited  tests/policies/time_unknown.cadre:15  W3 Walt Unknown (social_worker): cannot judge: staff.qualified is missing (tests/data/time_basic/staff.csv:13)

1 rule, 3 checks: 1 passed, 0 violations, 0 warnings, 2 unknown
? 0
$ cadre check tests/policies/time_unknown.cadre --data tests/data/time_basic --as-of 2025-06-30 --strict
Time: unknown — as of 2025-06-30 — data tests/data/time_basic

unknown (cannot judge) (2)
  visited  tests/policies/time_unknown.cadre:15  W1 Will Window (social_worker): cannot judge: visits.date is missing for X2 (tests/data/time_basic/visits.csv:3)
  visited  tests/policies/time_unknown.cadre:15  W3 Walt Unknown (social_worker): cannot judge: staff.qualified is missing (tests/data/time_basic/staff.csv:13)

1 rule, 3 checks: 1 passed, 0 violations, 0 warnings, 2 unknown (counted as failures: --strict)
? 1
$ cadre check tests/policies/time_supervision.cadre --data tests/data/time_nodate --as-of 2025-06-30
tests/data/time_nodate/supervisions.csv:3:4: error: missing value for required column 'date'
  hint: --allow-missing reads it as missing, so only the verdicts that need it are unknown
? 3
$ cadre check tests/policies/time_supervision.cadre --data tests/data/time_nostart --as-of 2025-06-30
tests/data/time_nostart/staff.csv:2:33: error: missing value for required column 'started'
  hint: --allow-missing reads it as missing, so only the verdicts that need it are unknown
? 3
