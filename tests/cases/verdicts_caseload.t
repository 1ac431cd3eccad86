# Weighted caseloads: each open case counts its weight, 1 when the cell is
# empty; a closed case does not count. W1 holds 4 + 4 + 2 = 10 (on the
# limit), W2 4 + 4 + 2.5 = 10.5, W3 9 + an empty weight = 10 (its closed
# case of weight 5 is not counted), W4 9 + two empty weights = 11.
# Per FTE: cases held divided by the FTE holding them. T2 holds 5 + 1 over
# 1.5 FTE = 4 (on the limit); T3 5 + 2 over 1.5 FTE = 4.67, a breach,
# although its average per head (3.5) passes. Across the council 13 cases
# over 3 FTE = 4.33: within 4.5, over 4.3.
$ cadre check tests/policies/verdicts_caseload_weights.cadre --data tests/data/verdicts_caseload --as-of 2025-07-05
Caseloads: weights and FTE — as of 2025-07-05 — data tests/data/verdicts_caseload

violations (4)
  caseload.weighted      tests/policies/verdicts_caseload_weights.cadre:5  W2 Wes Two (senior_practitioner): 10.5 weighted open cases, at most 10
  caseload.weighted      tests/policies/verdicts_caseload_weights.cadre:5  W4 Wil Four (senior_practitioner): 11 weighted open cases, at most 10
  caseload.per_fte       tests/policies/verdicts_caseload_weights.cadre:6  T3 Part Time: 4.67 open cases per FTE over advanced_practitioner, at most 4; 7 open cases over 1.5 FTE (per head: 3.5)
  caseload.council_over  tests/policies/verdicts_caseload_weights.cadre:9  (all data): 4.33 open cases per FTE over advanced_practitioner, at most 4.3; 13 open cases over 3 FTE (per head: 3.25)

5 rules, 10 checks: 6 passed, 4 violations, 0 warnings, 0 unknown
? 1
$ cadre check tests/policies/verdicts_caseload_ramp.cadre --data tests/data/verdicts_caseload --as-of 2025-04-05
Caseloads: ramps — as of 2025-04-05 — data tests/data/verdicts_caseload

violations (4)
  caseload.ramp  tests/policies/verdicts_caseload_ramp.cadre:5  R1 Rae One (social_worker): 3 open cases, at most 2; first 6 months: clock from 2025-01-06 (staff.started)
  caseload.ramp  tests/policies/verdicts_caseload_ramp.cadre:5  R3 Roz Three (social_worker): 4 open cases, at most 3; after 6 months: clock from 2020-01-06 (staff.started)
  caseload.nqsw  tests/policies/verdicts_caseload_ramp.cadre:6  A1 Ada One (asye): 2 open cases, at most 1; first 3 months: clock from 2025-01-06 (role history)
  caseload.nqsw  tests/policies/verdicts_caseload_ramp.cadre:6  A3 Ari Three (asye): 3 open cases, at most 1; first 3 months: clock from 2025-01-06 (role history)

2 rules, 7 checks: 3 passed, 4 violations, 0 warnings, 0 unknown
? 1
$ cadre check tests/policies/verdicts_caseload_ramp.cadre --data tests/data/verdicts_caseload --as-of 2025-04-06
Caseloads: ramps — as of 2025-04-06 — data tests/data/verdicts_caseload

violations (3)
  caseload.ramp  tests/policies/verdicts_caseload_ramp.cadre:5  R1 Rae One (social_worker): 3 open cases, at most 2; first 6 months: clock from 2025-01-06 (staff.started)
  caseload.ramp  tests/policies/verdicts_caseload_ramp.cadre:5  R3 Roz Three (social_worker): 4 open cases, at most 3; after 6 months: clock from 2020-01-06 (staff.started)
  caseload.nqsw  tests/policies/verdicts_caseload_ramp.cadre:6  A3 Ari Three (asye): 3 open cases, at most 2; 3 months to 6 months: clock from 2025-01-06 (role history)

2 rules, 7 checks: 4 passed, 3 violations, 0 warnings, 0 unknown
? 1
$ cadre check tests/policies/verdicts_caseload_ramp.cadre --data tests/data/verdicts_caseload --as-of 2025-07-05
Caseloads: ramps — as of 2025-07-05 — data tests/data/verdicts_caseload

violations (3)
  caseload.ramp  tests/policies/verdicts_caseload_ramp.cadre:5  R1 Rae One (social_worker): 3 open cases, at most 2; first 6 months: clock from 2025-01-06 (staff.started)
  caseload.ramp  tests/policies/verdicts_caseload_ramp.cadre:5  R3 Roz Three (social_worker): 4 open cases, at most 3; after 6 months: clock from 2020-01-06 (staff.started)
  caseload.nqsw  tests/policies/verdicts_caseload_ramp.cadre:6  A3 Ari Three (asye): 3 open cases, at most 2; 3 months to 6 months: clock from 2025-01-06 (role history)

2 rules, 7 checks: 4 passed, 3 violations, 0 warnings, 0 unknown
? 1
$ cadre check tests/policies/verdicts_caseload_ramp.cadre --data tests/data/verdicts_caseload --as-of 2025-07-06
Caseloads: ramps — as of 2025-07-06 — data tests/data/verdicts_caseload

violations (1)
  caseload.ramp  tests/policies/verdicts_caseload_ramp.cadre:5  R3 Roz Three (social_worker): 4 open cases, at most 3; after 6 months: clock from 2020-01-06 (staff.started)

2 rules, 7 checks: 6 passed, 1 violation, 0 warnings, 0 unknown
? 1
$ cadre desugar tests/policies/verdicts_caseload_weights.cadre tests/policies/verdicts_caseload_ramp.cadre
# tests/policies/verdicts_caseload_weights.cadre:5
rule caseload.weighted "At most 10 weighted open cases for senior_practitioner" {
  for each s in staff where s.in_post and s.role in {senior_practitioner}:
    must s.weighted_cases <= 10 as "weighted open cases"
}

# tests/policies/verdicts_caseload_weights.cadre:6
rule caseload.per_fte "Average at most 4 open cases per FTE per team for advanced_practitioner" {
  for each t in teams where count(t.members where in_post and role in {advanced_practitioner}) > 0:
    must sum((t.members where in_post and role in {advanced_practitioner}).open_cases) / sum((t.members where in_post and role in {advanced_practitioner}).fte) <= 4 as "open cases per FTE over advanced_practitioner"
      otherwise "{sum((t.members where in_post and role in {advanced_practitioner}).open_cases)} open cases over {sum((t.members where in_post and role in {advanced_practitioner}).fte)} FTE (per head: {avg((t.members where in_post and role in {advanced_practitioner}).open_cases)})"
}

# tests/policies/verdicts_caseload_weights.cadre:7
rule caseload.per_head "Average at most 4 open cases per team for advanced_practitioner" {
  for each t in teams where count(t.members where in_post and role in {advanced_practitioner}) > 0:
    must avg((t.members where in_post and role in {advanced_practitioner}).open_cases) <= 4 as "average open cases over advanced_practitioner"
}

# tests/policies/verdicts_caseload_weights.cadre:8
rule caseload.council "Average at most 4.5 open cases per FTE across the council for advanced_practitioner" {
  must sum((staff where in_post and role in {advanced_practitioner}).open_cases) / sum((staff where in_post and role in {advanced_practitioner}).fte) <= 4.5 as "open cases per FTE over advanced_practitioner"
    otherwise "{sum((staff where in_post and role in {advanced_practitioner}).open_cases)} open cases over {sum((staff where in_post and role in {advanced_practitioner}).fte)} FTE (per head: {avg((staff where in_post and role in {advanced_practitioner}).open_cases)})"
}

# tests/policies/verdicts_caseload_weights.cadre:9
rule caseload.council_over "Average at most 4.3 open cases per FTE across the council for advanced_practitioner" {
  must sum((staff where in_post and role in {advanced_practitioner}).open_cases) / sum((staff where in_post and role in {advanced_practitioner}).fte) <= 4.3 as "open cases per FTE over advanced_practitioner"
    otherwise "{sum((staff where in_post and role in {advanced_practitioner}).open_cases)} open cases over {sum((staff where in_post and role in {advanced_practitioner}).fte)} FTE (per head: {avg((staff where in_post and role in {advanced_practitioner}).open_cases)})"
}

# tests/policies/verdicts_caseload_ramp.cadre:5
rule caseload.ramp "At most 2 open cases for social_worker in their first 6 months, then 3" {
  for each s in staff where s.in_post and s.role in {social_worker}:
    must s.open_cases <= (if as_of < s.started + 6 months then 2 else 3) as "open cases"
      otherwise "{if as_of < s.started + 6 months then "first 6 months" else "after 6 months"}: clock from {s.started} (staff.started)"
}

# tests/policies/verdicts_caseload_ramp.cadre:6
rule caseload.nqsw "At most 1 open cases for asye in their first 3 months in role, then 2 until 6 months, then 3" {
  for each s in staff where s.in_post and s.role in {asye}:
    must s.open_cases <= (if as_of < (max((s.role_history where role in {asye} and from <= as_of).from) ?? s.started) + 3 months then 1 else (if as_of < (max((s.role_history where role in {asye} and from <= as_of).from) ?? s.started) + 6 months then 2 else 3)) as "open cases"
      otherwise "{if as_of < (max((s.role_history where role in {asye} and from <= as_of).from) ?? s.started) + 3 months then "first 3 months" else (if as_of < (max((s.role_history where role in {asye} and from <= as_of).from) ?? s.started) + 6 months then "3 months to 6 months" else "after 6 months")}: clock from {max((s.role_history where role in {asye} and from <= as_of).from) ?? s.started} ({if count(s.role_history where role in {asye} and from <= as_of) > 0 then "role history" else "staff.started"})"
}
? 0
$ cadre explain tests/policies/verdicts_caseload_weights.cadre tests/policies/verdicts_caseload_ramp.cadre
caseload.weighted  (tests/policies/verdicts_caseload_weights.cadre:5)
  Every senior practitioner in post holds at most 10 open cases, each counted
  at its weight (1 when none is given).

caseload.per_fte  (tests/policies/verdicts_caseload_weights.cadre:6)
  In every team, the advanced practitioners in post hold at most 4 open cases
  per full-time equivalent (the cases they hold divided by their summed FTE).

caseload.per_head  (tests/policies/verdicts_caseload_weights.cadre:7)
  In every team, the advanced practitioners in post hold at most 4 open cases
  on average.

caseload.council  (tests/policies/verdicts_caseload_weights.cadre:8)
  Across the council, the advanced practitioners in post hold at most 4.5
  open cases per full-time equivalent (the cases they hold divided by their
  summed FTE).

caseload.council_over  (tests/policies/verdicts_caseload_weights.cadre:9)
  Across the council, the advanced practitioners in post hold at most 4.3
  open cases per full-time equivalent (the cases they hold divided by their
  summed FTE).

caseload.ramp  (tests/policies/verdicts_caseload_ramp.cadre:5)
  Every social worker in post holds at most 2 open cases in their first 6
  months (from the day they joined), then at most 3.

caseload.nqsw  (tests/policies/verdicts_caseload_ramp.cadre:6)
  Every ASYE social worker in post holds at most 1 open case in their first 3
  months in the role (from the start of their latest spell in it, or the day
  they joined when the role history has none), then at most 2 until 6 months
  have passed, then at most 3.
? 0
$ cadre fmt tests/policies/verdicts_caseload_ramp.cadre
# Caseload ramps for new starters (tests/cases/verdicts_caseload.t).
policy "Caseloads: ramps"

caseload {
  ramp: at most 2 open cases for social_worker in their first 6 months, then 3
  nqsw: at most 1 open cases for asye in their first 3 months in role, then 2 until 6 months, then 3
}
? 0
$ cadre lint tests/policies/verdicts_caseload_bad.cadre
tests/policies/verdicts_caseload_bad.cadre:4:14: error: unexpected 'weighted cases', expected 'open cases' or 'weighted open cases'
    4 |   at most 20 weighted cases for social_worker
      |              ^^^^^^^^^^^^^^
tests/policies/verdicts_caseload_bad.cadre:5:22: error: unexpected 'per fte per pod', expected '[weighted open cases] per team', 'per fte', 'per fte per team' or 'for'
    5 |   average at most 17 per fte per pod for social_worker
      |                      ^^^^^^^^^^^^^^^
tests/policies/verdicts_caseload_bad.cadre:6:46: error: a ramp needs the limit that follows it: 'in their first D, then N'
    6 |   at most 14 open cases for social_worker in their first 6 months
      |                                              ^^^^^^^^^^^^^^^^^^^^
tests/policies/verdicts_caseload_bad.cadre:7:66: error: a limit before another needs an end: ', then N until D'
    7 |   at most 14 open cases for social_worker in their first 6 months, then 16, then 18
      |                                                                  ^^^^^^^^^
tests/policies/verdicts_caseload_bad.cadre:8:46: error: unexpected 'the first', expected 'in their first'
    8 |   at most 14 open cases for social_worker in the first 6 months, then 18
      |                                              ^^^^^^^^^
5 errors
? 2
