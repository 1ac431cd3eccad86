# Own date arithmetic: month ends clamp (31 Jan + 1 month), leap years (29 Feb + 1 year, centuries), date - date, days/months/years_between, month_of/year_of, inclusive date ranges and month ranges that wrap the year end.  Every requirement holds.
$ cadre check tests/policies/time_dates.cadre --data tests/data/time_basic --as-of 2025-06-30
Time: dates — as of 2025-06-30 — data tests/data/time_basic

6 rules, 65 checks: 65 passed, 0 violations, 0 warnings, 0 unknown
? 0
