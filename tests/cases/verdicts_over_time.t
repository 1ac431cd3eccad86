# Conditions over time: longest(CONDITION, from, to) judges the condition as
# the data stood on each day of from..to (as_of is that day: cases open and
# staff in post on it) and gives the longest run of consecutive days on
# which it held, counting its first and last day; compared with 4 weeks, a
# run of 28 days passes and 29 breaches. As of 2025-06-30, over the last 12
# weeks (2025-04-07 to 2025-06-30):
#   O1 holds a 4th case from 2025-05-01, closed 2025-05-29: over 3 cases on
#      2025-05-01 .. 2025-05-28, 28 days: on the limit, passes;
#   O2 the same, closed 2025-05-30: 29 days, a breach;
#   O3 two runs of 20 days: the longer is judged, passes;
#   O4 over since before the window: the run is counted from the window's
#      first day, and the evidence says so (85 days, a breach);
#   O5 never over: 0 days, passes;
#   O6 and O7 are over from 2025-05-01 to 2025-05-31 and to 2025-06-01:
#      within a month, and not (rule month_run).
# The second requirement reads open_cases as of 2025-06-30 after the loop
# (the day-by-day values are not kept): only O4 holds 4 then.
# The staffing rule counts the staff in post on each day: L1 left on
# 2025-05-01 and N1 started on 2025-05-16, so the service had 7 for 15 days.
$ cadre check tests/policies/verdicts_over_time.cadre --data tests/data/verdicts_over_time --as-of 2025-06-30
Over the cap for no more than 4 consecutive weeks — as of 2025-06-30 — data tests/data/verdicts_over_time

violations (7)
  over_cap   tests/policies/verdicts_over_time.cadre:6   O2 Oona Two (social_worker): 29 days (2025-05-01 to 2025-05-29) over 3 open cases, at most 4 weeks
  over_cap   tests/policies/verdicts_over_time.cadre:6   O4 Opal Four (social_worker): 85 days (2025-04-07 to 2025-06-30, from the first day judged) over 3 open cases, at most 4 weeks
  over_cap   tests/policies/verdicts_over_time.cadre:7   O4 Opal Four (social_worker): s.open_cases is 4, at most 3
  over_cap   tests/policies/verdicts_over_time.cadre:6   O6 Ola Six (social_worker): 31 days (2025-05-01 to 2025-05-31) over 3 open cases, at most 4 weeks
  over_cap   tests/policies/verdicts_over_time.cadre:6   O7 Oren Seven (social_worker): 32 days (2025-05-01 to 2025-06-01) over 3 open cases, at most 4 weeks
  staffing   tests/policies/verdicts_over_time.cadre:11  (all data): 15 days (2025-05-01 to 2025-05-15) with fewer than 8 staff in post, at most 2 weeks
  month_run  tests/policies/verdicts_over_time.cadre:16  O7 Oren Seven (social_worker): 32 days (2025-05-01 to 2025-06-01) over 3 open cases, at most 1 month

3 rules, 19 checks: 12 passed, 7 violations, 0 warnings, 0 unknown
? 1
$ printf '%s\n' ':why O1' ':why O5' | cadre repl tests/policies/verdicts_over_time.cadre --data tests/data/verdicts_over_time --as-of 2025-06-30
O1 Olu One (social_worker) — staff, tests/data/verdicts_over_time/staff.csv:2
  pass     over_cap: 28 days (2025-05-01 to 2025-05-28) over 3 open cases, at most 4 weeks
           measured 28 days (2025-05-01 to 2025-05-28), limit 4 weeks
           tests/policies/verdicts_over_time.cadre:6: must longest(s.open_cases > 3, as_of - 12 weeks, as_of) <= 4 weeks as "over 3 open cases"
  pass     over_cap: s.open_cases is 3, at most 3
           measured 3, limit 3
           tests/policies/verdicts_over_time.cadre:7: must s.open_cases <= 3
  n/a      month_run: not selected by its `for each ... where`
           tests/policies/verdicts_over_time.cadre:15: for each s in staff where s.in_post and s.id in {"O6", "O7"}:
2 rules over staff: 0 failed, 0 unknown, 1 passed, 1 not applicable
O5 Otto Five (social_worker) — staff, tests/data/verdicts_over_time/staff.csv:6
  pass     over_cap: 0 days (not one day from 2025-04-07 to 2025-06-30) over 3 open cases, at most 4 weeks
           measured 0 days (not one day from 2025-04-07 to 2025-06-30), limit 4 weeks
           tests/policies/verdicts_over_time.cadre:6: must longest(s.open_cases > 3, as_of - 12 weeks, as_of) <= 4 weeks as "over 3 open cases"
  pass     over_cap: s.open_cases is 2, at most 3
           measured 2, limit 3
           tests/policies/verdicts_over_time.cadre:7: must s.open_cases <= 3
  n/a      month_run: not selected by its `for each ... where`
           tests/policies/verdicts_over_time.cadre:15: for each s in staff where s.in_post and s.id in {"O6", "O7"}:
2 rules over staff: 0 failed, 0 unknown, 1 passed, 1 not applicable
? 0
$ rm -rf $tmp/ot; cp -r tests/data/verdicts_over_time $tmp/ot && echo "C99,K99,O5,,,cin," >> $tmp/ot/cases.csv; cadre check tests/policies/verdicts_over_time.cadre --data $tmp/ot --as-of 2025-06-30 --allow-missing > $tmp/o 2>&1; rc=$?; sed "s|$tmp|TMP|g" $tmp/o; (exit $rc)
Over the cap for no more than 4 consecutive weeks — as of 2025-06-30 — data TMP/ot

data quality (1): cells read as unknown (--allow-missing)
  TMP/ot/cases.csv:29:12  cases.opened is empty in a required column: read as missing

violations (7)
  over_cap   tests/policies/verdicts_over_time.cadre:6   O2 Oona Two (social_worker): 29 days (2025-05-01 to 2025-05-29) over 3 open cases, at most 4 weeks
  over_cap   tests/policies/verdicts_over_time.cadre:6   O4 Opal Four (social_worker): 85 days (2025-04-07 to 2025-06-30, from the first day judged) over 3 open cases, at most 4 weeks
  over_cap   tests/policies/verdicts_over_time.cadre:7   O4 Opal Four (social_worker): s.open_cases is 4, at most 3
  over_cap   tests/policies/verdicts_over_time.cadre:6   O6 Ola Six (social_worker): 31 days (2025-05-01 to 2025-05-31) over 3 open cases, at most 4 weeks
  over_cap   tests/policies/verdicts_over_time.cadre:6   O7 Oren Seven (social_worker): 32 days (2025-05-01 to 2025-06-01) over 3 open cases, at most 4 weeks
  staffing   tests/policies/verdicts_over_time.cadre:11  (all data): 15 days (2025-05-01 to 2025-05-15) with fewer than 8 staff in post, at most 2 weeks
  month_run  tests/policies/verdicts_over_time.cadre:16  O7 Oren Seven (social_worker): 32 days (2025-05-01 to 2025-06-01) over 3 open cases, at most 1 month

unknown (cannot judge) (2)
  over_cap  tests/policies/verdicts_over_time.cadre:6  O5 Otto Five (social_worker): cannot judge: cases.opened is missing for C99 (TMP/ot/cases.csv:29)
  over_cap  tests/policies/verdicts_over_time.cadre:7  O5 Otto Five (social_worker): cannot judge: cases.opened is missing for C99 (TMP/ot/cases.csv:29)

3 rules, 19 checks: 10 passed, 7 violations, 0 warnings, 2 unknown
? 1
$ cadre check tests/policies/verdicts_over_time_nested.cadre --data tests/data/verdicts_over_time --as-of 2025-06-30
Nested day-by-day conditions — as of 2025-06-30 — data tests/data/verdicts_over_time

violations (6)
  nested  tests/policies/verdicts_over_time_nested.cadre:6  O1 Olu One (social_worker): longest(longest(s.open_cases > 3, as_of - 6 days, as_of) > 3 days, 2025-05-01, 2025-05-10) is 7 days (2025-05-04 to 2025-05-10), at most 0 days
  nested  tests/policies/verdicts_over_time_nested.cadre:6  O2 Oona Two (social_worker): longest(longest(s.open_cases > 3, as_of - 6 days, as_of) > 3 days, 2025-05-01, 2025-05-10) is 7 days (2025-05-04 to 2025-05-10), at most 0 days
  nested  tests/policies/verdicts_over_time_nested.cadre:6  O3 Omar Three (social_worker): longest(longest(s.open_cases > 3, as_of - 6 days, as_of) > 3 days, 2025-05-01, 2025-05-10) is 2 days (2025-05-01 to 2025-05-02, from the first day judged), at most 0 days
  nested  tests/policies/verdicts_over_time_nested.cadre:6  O4 Opal Four (social_worker): longest(longest(s.open_cases > 3, as_of - 6 days, as_of) > 3 days, 2025-05-01, 2025-05-10) is 10 days (2025-05-01 to 2025-05-10, from the first day judged), at most 0 days
  nested  tests/policies/verdicts_over_time_nested.cadre:6  O6 Ola Six (social_worker): longest(longest(s.open_cases > 3, as_of - 6 days, as_of) > 3 days, 2025-05-01, 2025-05-10) is 7 days (2025-05-04 to 2025-05-10), at most 0 days
  nested  tests/policies/verdicts_over_time_nested.cadre:6  O7 Oren Seven (social_worker): longest(longest(s.open_cases > 3, as_of - 6 days, as_of) > 3 days, 2025-05-01, 2025-05-10) is 7 days (2025-05-04 to 2025-05-10), at most 0 days

1 rule, 8 checks: 2 passed, 6 violations, 0 warnings, 0 unknown
? 1
$ cadre explain tests/policies/verdicts_over_time.cadre
over_cap  (tests/policies/verdicts_over_time.cadre:4)
  For each member of staff who is in post: the longest run of consecutive
  days from 12 weeks before the as-of date to the as-of date on which their
  open cases is more than 3 (judged as the data stood on each day) must be at
  most 4 weeks; and their open cases must be at most 3.

staffing  (tests/policies/verdicts_over_time.cadre:10)
  The longest run of consecutive days from 12 weeks before the as-of date to
  the as-of date on which the number of all staff who are in post is less
  than 8 (judged as the data stood on each day) must be at most 2 weeks.

month_run  (tests/policies/verdicts_over_time.cadre:14)
  For each member of staff who is in post and whose id is one of “O6” or
  “O7”, the longest run of consecutive days from 12 weeks before the as-of
  date to the as-of date on which their open cases is more than 3 (judged as
  the data stood on each day) must be at most 1 month.
? 0
$ cadre lint tests/policies/verdicts_over_time_bad.cadre
tests/policies/verdicts_over_time_bad.cadre:5:18: error: argument 1 of longest is a condition, but this is a number
    5 |     must longest(s.open_cases, as_of - 12 weeks, as_of) <= 4 weeks
      |                  ^^^^^^^^^^^^
  hint: e.g. longest(s.open_cases > 20, as_of - 12 weeks, as_of) <= 4 weeks
tests/policies/verdicts_over_time_bad.cadre:6:36: error: argument 2 of longest is a date, but this is a number
    6 |     must longest(s.open_cases > 3, 12, as_of) <= 4 weeks
      |                                    ^^
  hint: e.g. longest(s.open_cases > 20, as_of - 12 weeks, as_of) <= 4 weeks
tests/policies/verdicts_over_time_bad.cadre:7:10: error: longest takes 3 arguments, given 2
    7 |     must longest(s.open_cases > 3, as_of) <= 4 weeks
      |          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
tests/policies/verdicts_over_time_bad.cadre:8:10: error: cannot apply '<=' to a gap between dates and a number
    8 |     must longest(s.open_cases > 3, as_of - 1 week, as_of) <= 4
      |          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  hint: compare a gap with a duration: gap(...) <= 7 days
4 errors
? 2
$ cadre disasm tests/policies/verdicts_over_time.cadre | grep -E "DAYS|DAY |RUN"
  0137  DAYS       ->0332
  0327  DAY        ->0142
  0332  RUN
  0638  DAYS       ->0792
  0787  DAY        ->0643
  0792  RUN
  1018  DAYS       ->1213
  1208  DAY        ->1023
  1213  RUN
? 0
