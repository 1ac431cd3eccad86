# Cadence with gap(): practice pods weekly over the last 12 weeks (2025-04-07 to 2025-06-30) or since formed.  P1 every 7 days exactly (passes); P2 a 3-week gap; P3 formed 2025-06-02 (window starts there, passes); P4 no sessions (the whole window); P5 gap at the window's start edge (10 days), its January session outside the window ignored; P6 no session in the last 11 days (gap to the as-of date); P7 sessions before the window and after the as-of date ignored (passes); P9 formed after the as-of date (empty window, passes).  Support pod P8 fortnightly over 4 weeks passes.
# Individual ASYE cadence (weekly 6 weeks, fortnightly to 6 months, monthly after): N1 follows it; N2 has no individual session (a reflective one does not count): a breach from the start date in each phase reached, the monthly phase not yet reached passes; N3 exactly on every limit (7 days, 14 days, 31 days = 1 calendar month from 2025-03-16) passes; N4 a fortnight gap in weeks 1-6; N5 29 days from 2025-01-31 to 2025-03-01 is more than a calendar month (limit 2025-02-28); N6 started 2025-06-16 (later phases not reached); N7 not started yet and N8 left are not judged.
$ cadre check tests/policies/time_supervision.cadre --data tests/data/time_basic --as-of 2025-06-30
Time: supervision — as of 2025-06-30 — data tests/data/time_basic

violations (8)
  supervision.group_practice   tests/policies/time_supervision.cadre:8   P2 Gap Pod: longest gap between group sessions: 21 days (2025-05-07 to 2025-05-28), at most 1 week
  supervision.group_practice   tests/policies/time_supervision.cadre:8   P4 Silent Pod: longest gap between group sessions: 85 days (from the start, 2025-04-07 to 2025-06-30), at most 1 week
  supervision.group_practice   tests/policies/time_supervision.cadre:8   P5 Edge Pod: longest gap between group sessions: 11 days (from the start, 2025-04-07 to 2025-04-17), at most 1 week
  supervision.group_practice   tests/policies/time_supervision.cadre:8   P6 Late Pod: longest gap between group sessions: 11 days (2025-06-19 to 2025-06-30), at most 1 week
  supervision.asye_individual  tests/policies/time_supervision.cadre:11  N2 Noah None (asye): first 6 weeks: longest gap between individual sessions: 42 days (from the start, 2025-03-03 to 2025-04-13), at most 1 week; clock from 2025-03-03 (staff.started)
  supervision.asye_individual  tests/policies/time_supervision.cadre:11  N2 Noah None (asye): 6 weeks to 6 months: longest gap between individual sessions: 120 days (from the start, 2025-03-03 to 2025-06-30), at most 2 weeks; clock from 2025-03-03 (staff.started)
  supervision.asye_individual  tests/policies/time_supervision.cadre:11  N4 Nate Fortnight (asye): first 6 weeks: longest gap between individual sessions: 14 days (2025-01-10 to 2025-01-24), at most 1 week; clock from 2025-01-06 (staff.started)
  supervision.asye_individual  tests/policies/time_supervision.cadre:11  N5 Nora Clamp (asye): after 6 months: longest gap between individual sessions: 29 days (2025-01-31 to 2025-03-01), at most 1 month; clock from 2024-06-03 (staff.started)

3 rules, 26 checks: 18 passed, 8 violations, 0 warnings, 0 unknown
? 1
$ cadre desugar tests/policies/time_supervision.cadre --rule supervision.individual
cadre desugar: no rule named 'supervision.individual'
? 4
