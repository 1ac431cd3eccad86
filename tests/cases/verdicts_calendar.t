# "At least once in every calendar month / week" is judged by whole calendar
# periods, not as a rolling gap: W1's sessions on 2025-01-31, 02-28, 03-01,
# 04-30, 05-01 and 06-30 leave no month empty (59 days apart at most, which
# a rolling "monthly" would fail); W2 has none in May; W3 started on
# 2025-03-17, so March (cut by her start) is not judged, and April to June
# each have one. P1 meets on a Monday and then the Sunday of the next week
# (13 days apart): every calendar week has a session; P2 skipped the week of
# 2025-05-12. The week in progress or the month in progress is judged once
# it is over (2025-06-30 is a Monday: the week from 2025-06-30 is not whole).
# most_in(): two starts in 2024 breach "at most once a calendar year";
# 2023-12-31 and 2024-01-01 are in different years.
$ cadre check tests/policies/verdicts_calendar.cadre --data tests/data/verdicts_calendar --as-of 2025-06-30
Verdicts: calendar periods — as of 2025-06-30 — data tests/data/verdicts_calendar

violations (3)
  supervision.monthly_calendar  tests/policies/verdicts_calendar.cadre:6   W2 Wes Nomay (social_worker): calendar months without an individual session: 1, expected exactly 0; none in the calendar months starting 2025-05-01; clock from 2020-01-06 (staff.started)
  supervision.group_practice    tests/policies/verdicts_calendar.cadre:8   P2 Missed Week: calendar weeks without a group session: 1, expected exactly 0; none in the calendar weeks starting 2025-05-12
  once_a_year                   tests/policies/verdicts_calendar.cadre:15  W2 Wes Nomay (social_worker): 2 Bridging the Gap starts in one calendar year, at most 1

3 rules, 7 checks: 4 passed, 3 violations, 0 warnings, 0 unknown
? 1
$ cadre lint tests/policies/verdicts_calendar.cadre
1 file checked: 3 rules, no errors
? 0
$ cadre fmt --check tests/policies/verdicts_calendar.cadre
? 0
$ set -o pipefail; printf 'policy "p"\nrule r {\n  for each s in staff:\n    must count(missed(s.supervisions.date, s.started, as_of, 10 days)) = 0\n}\n' > $tmp/p.cadre && cadre lint $tmp/p.cadre 2>&1 | sed "s#$tmp/##"
p.cadre:4:62: error: missed takes a calendar period: 1 week, 1 month, 3 months or 1 year
    4 |     must count(missed(s.supervisions.date, s.started, as_of, 10 days)) = 0
      |                                                              ^^^^^^^
1 error
? 2
