# Progression over role history (the text report's entity labels and one message are pending: tests/pending/time_progression_evidence.t, so the verdicts are pinned from JSON).  social_worker -> senior_practitioner needs a skills_matrix assessment met in the 12 months before, held in February-March: R1 met (2024-04-01) passes; R2 not met (2024-04-08), R3 met but 13 months before (2024-04-15), R4 met in June (2024-10-01), R8 met after the promotion (2025-01-06) fail; R7 met exactly 12 months before (2025-03-31) passes; R5 had no previous role and R6's promotion is after the as-of date: not judged.  social_worker -> advanced_practitioner needs Bridging the Gap completed and 2 years in role: A1 passes; A2 only 17 months (2024-08-05); A3 still enrolled (2024-09-09); A4 completed after the promotion (2024-09-16); A5 exactly 2 years passes.
$ cadre check tests/policies/time_progression.cadre --data tests/data/time_progression --as-of 2025-06-30 --format json | jq -r '.summary, (.rules[] | "\(.name): \(.passed) passed, \(.failed) failed"), (.findings[] | "line \(.line): \(.message | split(" with ")[0] | split(" after ")[0] | split(" before ")[0])")'
{
  "rules": 2,
  "checks": 16,
  "passed": 9,
  "violations": 7,
  "warnings": 0,
  "unknown": 0,
  "waived": 0,
  "strict": false
}
progression.social_worker_to_senior_practitioner: 2 passed, 4 failed
progression.social_worker_to_advanced_practitioner: 7 passed, 3 failed
line 7: promoted to senior_practitioner on 2024-04-08 from social_worker
line 7: promoted to senior_practitioner on 2024-04-15 from social_worker
line 7: promoted to senior_practitioner on 2024-10-01 from social_worker
line 7: promoted to senior_practitioner on 2025-01-06 from social_worker
line 12: promoted to advanced_practitioner on 2024-08-05 from social_worker
line 11: promoted to advanced_practitioner on 2024-09-09 from social_worker
line 11: promoted to advanced_practitioner on 2024-09-16 from social_worker
? 0
