# Data errors (exit 3) in cell values, each at file:line:col and all reported: bad dates, bad and over-long numbers, missing required values, a role code the schema does not declare (with the roles { } hint).
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_badvalues
tests/data/data_badvalues/staff.csv:2:40: error: bad date '2020-02-30' in column 'started' (expected YYYY-MM-DD)
tests/data/data_badvalues/staff.csv:3:31: error: bad date '01/02/2020' in column 'started' (expected YYYY-MM-DD)
tests/data/data_badvalues/staff.csv:4:29: error: bad number '1.0.0' in column 'fte'
tests/data/data_badvalues/staff.csv:5:29: error: too many decimal places in '0.1234567' in column 'fte' (at most 6)
tests/data/data_badvalues/staff.csv:6:30: error: number '99999999999999999999' in column 'fte' is too large
tests/data/data_badvalues/staff.csv:7:30: error: bad number 'one' in column 'fte'
? 3
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_required
tests/data/data_required/staff.csv:2:4: error: missing value for required column 'name'
  hint: --allow-missing reads it as missing, so only the verdicts that need it are unknown
tests/data/data_required/staff.csv:3:29: error: missing value for required column 'fte'
  hint: --allow-missing reads it as missing, so only the verdicts that need it are unknown
tests/data/data_required/staff.csv:4:12: error: missing value for required column 'role'
  hint: --allow-missing reads it as missing, so only the verdicts that need it are unknown
? 3
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_role
tests/data/data_role/staff.csv:2:12: error: unknown role code 'team_leader'
  hint: declare it with: roles { team_leader }
? 3
