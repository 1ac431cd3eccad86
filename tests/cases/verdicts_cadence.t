# The ASYE cadence at its boundaries (docs/language.md, "supervision"): every
# day is judged against the limit of the phase it falls in, measured from the
# last session; a phase boundary is not a session. A1 (last fortnightly
# session 2025-02-17, next 2025-04-02, 6-month point 2025-03-01) breaches; A2
# (next on 2025-03-17, a calendar month later) passes; A3 (2025-03-18) is one
# day over. The start day is day 1: B1's first session on day 7 passes, B2's
# on day 8 breaches, B3 has none. C1 joined in 2009 as a support worker and
# began the ASYE on 2024-11-04 (roles.csv): judged from 2024-11-04, and the
# evidence says so; C2 has no roles.csv row: staff.started, and it says so.
$ cadre check tests/policies/verdicts_cadence.cadre --data tests/data/verdicts_cadence --as-of 2025-06-30
Verdicts: cadence — as of 2025-06-30 — data tests/data/verdicts_cadence

violations (7)
  supervision.nqsw  tests/policies/verdicts_cadence.cadre:8  A1 Ava Overrun (asye): after 6 months: longest gap between individual sessions: 44 days (2025-02-17 to 2025-04-02), at most 1 month; clock from 2024-09-01 (staff.started)
  supervision.nqsw  tests/policies/verdicts_cadence.cadre:8  A3 Abe Oneover (asye): after 6 months: longest gap between individual sessions: 29 days (2025-02-17 to 2025-03-18), at most 1 month; clock from 2024-09-01 (staff.started)
  supervision.nqsw  tests/policies/verdicts_cadence.cadre:8  B2 Ben Eighth (asye): first 6 weeks: longest gap between individual sessions: 8 days (from the start, 2025-06-02 to 2025-06-09), at most 1 week; clock from 2025-06-02 (staff.started)
  supervision.nqsw  tests/policies/verdicts_cadence.cadre:8  B3 Bo Nobody (asye): first 6 weeks: longest gap between individual sessions: 29 days (from the start, 2025-06-02 to 2025-06-30), at most 1 week; clock from 2025-06-02 (staff.started)
  supervision.nqsw  tests/policies/verdicts_cadence.cadre:8  C1 Cy Latestart (asye): first 6 weeks: longest gap between individual sessions: 10 days (2024-11-10 to 2024-11-20), at most 1 week; clock from 2024-11-04 (role history)
  supervision.nqsw  tests/policies/verdicts_cadence.cadre:8  C2 Cal Noroles (asye): first 6 weeks: longest gap between individual sessions: 42 days (from the start, 2025-05-05 to 2025-06-15), at most 1 week; clock from 2025-05-05 (staff.started)
  supervision.nqsw  tests/policies/verdicts_cadence.cadre:8  C2 Cal Noroles (asye): 6 weeks to 6 months: longest gap between individual sessions: 57 days (from the start, 2025-05-05 to 2025-06-30), at most 2 weeks; clock from 2025-05-05 (staff.started)

1 rule, 24 checks: 17 passed, 7 violations, 0 warnings, 0 unknown
? 1
$ cadre desugar tests/policies/verdicts_cadence.cadre
# tests/policies/verdicts_cadence.cadre:8
rule supervision.nqsw "Individual supervision for asye: weekly for the first 6 weeks, then fortnightly until 6 months, then monthly" {
  for each s in staff where s.in_post and s.role in {asye}:
    must gap((s.supervisions where kind = "individual").date, max((s.role_history where role in {asye} and from <= as_of).from) ?? s.started, max((s.role_history where role in {asye} and from <= as_of).from) ?? s.started, min({(max((s.role_history where role in {asye} and from <= as_of).from) ?? s.started) + 6 weeks - 1 day, as_of})) <= 1 week as "first 6 weeks: longest gap between individual sessions: \{\}"
      otherwise "clock from {max((s.role_history where role in {asye} and from <= as_of).from) ?? s.started} ({if count(s.role_history where role in {asye} and from <= as_of) > 0 then "role history" else "staff.started"})"
    must gap((s.supervisions where kind = "individual").date, max((s.role_history where role in {asye} and from <= as_of).from) ?? s.started, (max((s.role_history where role in {asye} and from <= as_of).from) ?? s.started) + 6 weeks, min({(max((s.role_history where role in {asye} and from <= as_of).from) ?? s.started) + 6 months - 1 day, as_of})) <= 2 weeks as "6 weeks to 6 months: longest gap between individual sessions: \{\}"
      otherwise "clock from {max((s.role_history where role in {asye} and from <= as_of).from) ?? s.started} ({if count(s.role_history where role in {asye} and from <= as_of) > 0 then "role history" else "staff.started"})"
    must gap((s.supervisions where kind = "individual").date, if as_of - 12 months > (max((s.role_history where role in {asye} and from <= as_of).from) ?? s.started) + 6 months then as_of - 12 months else max((s.role_history where role in {asye} and from <= as_of).from) ?? s.started, max({(max((s.role_history where role in {asye} and from <= as_of).from) ?? s.started) + 6 months, as_of - 12 months}), as_of) <= 1 month as "after 6 months: longest gap between individual sessions: \{\}"
      otherwise "clock from {max((s.role_history where role in {asye} and from <= as_of).from) ?? s.started} ({if count(s.role_history where role in {asye} and from <= as_of) > 0 then "role history" else "staff.started"})"
}
? 0
