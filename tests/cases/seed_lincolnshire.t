# Seed fidelity, Lincolnshire (examples/lincolnshire): perturbations of the
# example's data that the council's rules must catch, each exactly at the
# limit (passes) and one over (fails); see tests/seed/judge.sh for what
# `judge` prints. L111 Ben Corby: ASYE completed 2022-09-02, Bridging the Gap
# 2023-09-04 to 2024-03-01, promoted to advanced practitioner 2024-09-05.
#
# 1. "open after the ASYE and a second year": with his ASYE completed on
#    2022-09-04, exactly a year before his place began, he passes; completed
#    a day later, 2022-09-05, the place starts too soon.
$ . tests/seed/judge.sh; judge lincolnshire bridging_entry L111 del programmes L111 add programmes 1 'L111,ASYE,2021-09-06,2022-09-04,completed' add programmes 1 'L111,Bridging the Gap,2023-09-04,2024-03-01,completed'
  pass     bridging_entry: count(s.programmes where programme = "ASYE" and status = "completed" and completed + 1 year <= min((s.programmes where programme = "Bridging the Gap").started)) is 1, at least 1
           measured 1, limit 1
3 rules, 33 checks: 27 passed, 6 violations, 0 warnings, 0 unknown
? 1
$ . tests/seed/judge.sh; judge lincolnshire bridging_entry L111 del programmes L111 add programmes 1 'L111,ASYE,2021-09-06,2022-09-05,completed' add programmes 1 'L111,Bridging the Gap,2023-09-04,2024-03-01,completed'
  FAIL     bridging_entry: joined Bridging the Gap on 2023-09-04, less than a year after completing the ASYE (2022-09-05)
           measured 0, limit 1
3 rules, 33 checks: 26 passed, 7 violations, 0 warnings, 0 unknown
? 1
$ . tests/seed/judge.sh; judge lincolnshire research_groups PR1
  pass     research_groups: holds
3 rules, 33 checks: 27 passed, 6 violations, 0 warnings, 0 unknown
? 1
$ . tests/seed/judge.sh; judge lincolnshire research_groups PR1 add project_members 1 'PR1,L118'
  FAIL     research_groups: 5 social workers, expected 3 to 4
3 rules, 33 checks: 26 passed, 7 violations, 0 warnings, 0 unknown
? 1
$ . tests/seed/judge.sh; judge lincolnshire progression.social_worker_to_advanced_practitioner L111 del programmes L111 add programmes 1 'L111,ASYE,2021-09-06,2022-09-02,completed' add programmes 1 'L111,Bridging the Gap,2023-09-04,2024-09-05,completed'
  progression.social_worker_to_advanced_practitioner: no finding for L111
3 rules, 33 checks: 27 passed, 6 violations, 0 warnings, 0 unknown
? 1
$ . tests/seed/judge.sh; judge lincolnshire progression.social_worker_to_advanced_practitioner L111 del programmes L111 add programmes 1 'L111,ASYE,2021-09-06,2022-09-02,completed' add programmes 1 'L111,Bridging the Gap,2023-09-04,2024-09-06,completed'
  progression.social_worker_to_advanced_practitioner  examples/lincolnshire/policy.cadre:21  L111 Ben Corby (advanced_practitioner): promoted to advanced_practitioner on 2024-09-05 from social_worker before completing Bridging the Gap
3 rules, 33 checks: 26 passed, 7 violations, 0 warnings, 0 unknown
? 1
