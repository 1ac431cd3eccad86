# Was pending, now fixed: gap() picks the longest stretch in DAYS and only
# that one is compared with the limit (runtime/vm.c gap_of + compare).  With
# a calendar-month limit a shorter stretch can breach while the longest
# passes: 2025-02-01 -> 2025-03-02 (29 days) is more than "1 month" (due by
# 2025-03-01), but the longest stretch, 2025-05-25 -> 2025-06-25 (31 days),
# is exactly a month, so the rule passes.  Now: "1 rule, 1 check: 1 passed".
# For a duration in months the comparison should take the worst stretch
# relative to its own start (the one ending latest past start + limit), and
# print that one.  Expected output below.
$ cadre check tests/policies/time_pending_gap_month.cadre --data tests/data/time_gap_month --as-of 2025-06-30
Time: calendar-month gaps — as of 2025-06-30 — data tests/data/time_gap_month

violations (1)
  supervision.social_worker_individual  tests/policies/time_pending_gap_month.cadre:7  M1 Max Month (social_worker): longest gap between individual sessions: 29 days (2025-02-01 to 2025-03-02), at most 1 month; clock from 2015-01-05 (staff.started)

1 rule, 1 check: 0 passed, 1 violation, 0 warnings, 0 unknown
? 1
