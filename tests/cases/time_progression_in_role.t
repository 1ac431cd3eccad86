# Was pending, now fixed: the progression lowering (lang/desugar.c
# lower_progression) judges a change into TO if the person held FROM at ANY
# time before, and `requires D in role` only asks that some FROM row started
# D before the promotion; it ignores the row's `to` and what came between.
#  - B1 was a social_worker for 1 year (2018), then a senior_practitioner for
#    5 years, then became an advanced_practitioner: the change was from
#    senior_practitioner, yet it is judged as social_worker -> advanced, and
#    passes "2 years in role" although he held the role 1 year.  It should
#    not be judged by this rule (the role held just before was not FROM).
#  - B2 held social_worker 6 months in 2020 and 6 months in 2024 (1 year in
#    all), then was promoted: passes "2 years in role" because the 2020 row
#    started more than 2 years before.  It should fail.
# Now: "1 rule, 4 checks: 4 passed, 0 violations".  Expected output below
# (B1 not judged; B2 fails the time in role).  The entity label is the
# corrected one of time_progression_evidence.t.
$ cadre check tests/policies/time_pending_in_role.cadre --data tests/data/time_in_role --as-of 2025-06-30
Time: time in role — as of 2025-06-30 — data tests/data/time_in_role

violations (2)
  progression.social_worker_to_advanced_practitioner  tests/policies/time_pending_in_role.cadre:9  B1 Ben Via (advanced_practitioner): promoted to advanced_practitioner on 2024-09-02 from senior_practitioner with no spell of 2 years as social_worker before it
  progression.social_worker_to_advanced_practitioner  tests/policies/time_pending_in_role.cadre:9  B2 Bea Back (advanced_practitioner): promoted to advanced_practitioner on 2024-09-02 from social_worker with no spell of 2 years as social_worker before it

1 rule, 4 checks: 2 passed, 2 violations, 0 warnings, 0 unknown
? 1
