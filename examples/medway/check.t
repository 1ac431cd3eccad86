# The example's planted violations (see README.md), with evidence.
$ cadre check examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30
Medway children's services — as of 2025-06-30 — data examples/medway/data

violations (8)
  caseload.cap                                      examples/medway/policy.cadre:24  S103 Daniel Okafor (social_worker): 23 open cases, at most 20
  caseload.cap                                      examples/medway/policy.cadre:24  S119 Ben Adeyemi (social_worker): 21 open cases, at most 20
  caseload.average                                  examples/medway/policy.cadre:28  (all data): 17.02 open cases per FTE over case_holders, at most 17; 446 open cases over 26.2 FTE (per head: 16.52)
  pod.practice.lead                                 examples/medway/policy.cadre:36  P1 Chatham Pod 1: led by S101 Gareth Pollard (team_manager), expected a practice_manager
  pod.practice.composition                          examples/medway/policy.cadre:37  P5 Gillingham Pod 2: 3 in post as case_holders, expected exactly 4
  continuity                                        examples/medway/policy.cadre:47  C1366: child MC750014 has had 2 social workers in post since assessment, expected 1
  supervision.group_practice                        examples/medway/policy.cadre:64  P3 Chatham Pod 3: longest gap between group sessions: 21 days (2025-05-14 to 2025-06-04), at most 1 week
  progression.social_worker_to_senior_practitioner  examples/medway/policy.cadre:72  S135 Deborah Knight (senior_practitioner): promoted to senior_practitioner on 2024-10-01 from social_worker with no skills_matrix assessment met in february .. march in the 12 months before it

unknown (cannot judge) (1)
  registered  examples/medway/policy.cadre:57  S129 Victoria Hale (senior_practitioner): cannot judge: staff.qualified is missing (examples/medway/data/staff.csv:31)

9 rules, 558 checks: 549 passed, 8 violations, 0 warnings, 1 unknown
? 1
