# cadre check --format github: workflow commands that GitHub Actions shows as
# annotations on the policy file: ::error for a must failure, ::warning for a
# should failure or an unknown, then the summary line.
# Property values escape ':' and ','; messages escape '%' and line breaks.
$ cadre check examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 --format github
::error file=examples/medway/policy.cadre,line=24,col=3,endLine=24,endColumn=46,title=caseload.cap::S103 Daniel Okafor (social_worker): 23 open cases, at most 20
::error file=examples/medway/policy.cadre,line=24,col=3,endLine=24,endColumn=46,title=caseload.cap::S119 Ben Adeyemi (social_worker): 21 open cases, at most 20
::error file=examples/medway/policy.cadre,line=28,col=3,endLine=28,endColumn=57,title=caseload.average::(all data): 17.02 open cases per FTE over case_holders, at most 17; 446 open cases over 26.2 FTE (per head: 16.52)
::error file=examples/medway/policy.cadre,line=36,col=3,endLine=36,endColumn=25,title=pod.practice.lead::P1 Chatham Pod 1: led by S101 Gareth Pollard (team_manager), expected a practice_manager
::error file=examples/medway/policy.cadre,line=37,col=3,endLine=37,endColumn=28,title=pod.practice.composition::P5 Gillingham Pod 2: 3 in post as case_holders, expected exactly 4
::error file=examples/medway/policy.cadre,line=47,col=5,endLine=48,endColumn=217,title=continuity::C1366: child MC750014 has had 2 social workers in post since assessment, expected 1
::warning file=examples/medway/policy.cadre,line=57,col=5,endLine=58,endColumn=76,title=registered (unknown)::S129 Victoria Hale (senior_practitioner): cannot judge: staff.qualified is missing (examples/medway/data/staff.csv:31)
::error file=examples/medway/policy.cadre,line=64,col=3,endLine=64,endColumn=38,title=supervision.group_practice::P3 Chatham Pod 3: longest gap between group sessions: 21 days (2025-05-14 to 2025-06-04), at most 1 week
::error file=examples/medway/policy.cadre,line=72,col=3,endLine=72,endColumn=78,title=progression.social_worker_to_senior_practitioner::S135 Deborah Knight (senior_practitioner): promoted to senior_practitioner on 2024-10-01 from social_worker with no skills_matrix assessment met in february .. march in the 12 months before it
9 rules, 558 checks: 549 passed, 8 violations, 0 warnings, 1 unknown
? 1
$ cadre check tests/policies/lang_should.cadre --data tests/data/lang_basic --as-of 2025-06-30 --format github
::warning file=tests/policies/lang_should.cadre,line=6,col=5,endLine=7,endColumn=53,title=agency (should)::S3 Cat Dee (asye): S3 is on contract agency
::warning file=tests/policies/lang_should.cadre,line=11,col=3,endLine=11,endColumn=75,title=whole (should)::(all data): count(staff where in_post and role in {social_worker, asye}) is 2, at least 3
2 rules, 7 checks: 5 passed, 0 violations, 2 warnings, 0 unknown
? 0
$ cadre check tests/fmt/escape.cadre --data tests/data/lang_basic --as-of 2025-06-30 --format github
::error file=tests/fmt/escape.cadre,line=6,col=5,endLine=7,endColumn=37,title=quoted::S1 Ann Lee (practice_manager): <&> 50%25%0Anext line
1 rule, 1 check: 0 passed, 1 violation, 0 warnings, 0 unknown
? 1
