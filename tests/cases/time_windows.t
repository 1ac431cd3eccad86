# `over` sets the window: the support pod fails over the default 12 weeks and passes over 4 weeks; W1's old gap (2024-12-02 to 2025-03-15) is outside a 3-month window but inside the default 12 months; W2 (no sessions) fails over either window, from the window's start.
$ cadre check tests/policies/time_windows.cadre --data tests/data/time_basic --as-of 2025-06-30
Time: windows — as of 2025-06-30 — data tests/data/time_basic

violations (2)
  supervision.group_support             tests/policies/time_windows.cadre:7  P8 Support Pod: longest gap between group sessions: 42 days (2025-05-01 to 2025-06-12), at most 2 weeks
  supervision.social_worker_individual  tests/policies/time_windows.cadre:8  W2 Wendy Nobody (social_worker): longest gap between individual sessions: 93 days (from the start, 2025-03-30 to 2025-06-30), at most 1 month; clock from 2016-01-04 (staff.started)

2 rules, 4 checks: 2 passed, 2 violations, 0 warnings, 0 unknown
? 1
$ cadre check tests/policies/time_windows_default.cadre --data tests/data/time_basic --as-of 2025-06-30
Time: default windows — as of 2025-06-30 — data tests/data/time_basic

violations (3)
  supervision.social_worker_individual  tests/policies/time_windows_default.cadre:8  W1 Will Window (social_worker): longest gap between individual sessions: 156 days (from the start, 2024-06-30 to 2024-12-02), at most 1 month; clock from 2015-01-05 (staff.started)
  supervision.social_worker_individual  tests/policies/time_windows_default.cadre:8  W2 Wendy Nobody (social_worker): longest gap between individual sessions: 366 days (from the start, 2024-06-30 to 2025-06-30), at most 1 month; clock from 2016-01-04 (staff.started)
  supervision.social_worker_individual  tests/policies/time_windows_default.cadre:8  W3 Walt Unknown (social_worker): longest gap between individual sessions: 276 days (from the start, 2024-06-30 to 2025-04-01), at most 1 month; clock from 2017-01-02 (staff.started)

2 rules, 4 checks: 1 passed, 3 violations, 0 warnings, 0 unknown
? 1
