# The example's planted violations (see README.md), with evidence.
$ cadre check examples/lincolnshire/policy.cadre --data examples/lincolnshire/data --as-of 2025-06-30
Lincolnshire children's services — as of 2025-06-30 — data examples/lincolnshire/data

violations (6)
  progression.social_worker_to_advanced_practitioner  examples/lincolnshire/policy.cadre:21  L112 Cara Lowther (advanced_practitioner): promoted to advanced_practitioner on 2025-01-06 from social_worker before completing Bridging the Gap
  progression.social_worker_to_advanced_practitioner  examples/lincolnshire/policy.cadre:22  L113 Dev Mistry (advanced_practitioner): promoted to advanced_practitioner on 2024-04-01 from social_worker with no spell of 2 years as social_worker before it
  progression.social_worker_to_advanced_practitioner  examples/lincolnshire/policy.cadre:23  L115 Finn Marsh (advanced_practitioner): promoted to advanced_practitioner on 2024-07-01 from social_worker with no learning_agreement assessment agreed before it
  progression.social_worker_to_advanced_practitioner  examples/lincolnshire/policy.cadre:24  L116 Gwen Ashby (advanced_practitioner): promoted to advanced_practitioner on 2025-04-01 from social_worker with no one_to_one assessment met in the 12 months before it
  bridging_entry                                      examples/lincolnshire/policy.cadre:31  L114 Eve Sands (social_worker): joined Bridging the Gap on 2024-09-02, less than a year after completing the ASYE (2024-02-28)
  research_groups                                     examples/lincolnshire/policy.cadre:49  PR2 Return home interviews: 2 social workers, expected 3 to 4

3 rules, 33 checks: 27 passed, 6 violations, 0 warnings, 0 unknown
? 1
