# cadre check --format github: workflow commands that GitHub Actions shows as
# annotations on the policy file: ::error for a must failure, ::warning for a
# should failure or an unknown, then the summary line.
# Property values escape ':' and ','; messages escape '%' and line breaks.
$ cadre check examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 --format github
::error file=examples/medway/policy.cadre,line=14,col=3,endLine=14,endColumn=46,title=caseload.cap::S103 Daniel Okafor (social_worker): 23 open cases, at most 20
::error file=examples/medway/policy.cadre,line=14,col=3,endLine=14,endColumn=46,title=caseload.cap::S119 Ben Adeyemi (social_worker): 21 open cases, at most 20
::error file=examples/medway/policy.cadre,line=15,col=3,endLine=15,endColumn=61,title=caseload.team_average::T1 Chatham Area Team: 17.25 average open cases over case_holders, at most 17
::error file=examples/medway/policy.cadre,line=21,col=3,endLine=21,endColumn=25,title=pod.practice.lead::P1 Chatham Pod 1: led by S101 Gareth Pollard (team_manager), expected a practice_manager
::error file=examples/medway/policy.cadre,line=22,col=3,endLine=22,endColumn=28,title=pod.practice.composition::P5 Gillingham Pod 2: 3 in post as case_holders, expected exactly 4
::warning file=examples/medway/policy.cadre,line=30,col=5,endLine=31,endColumn=76,title=registered (unknown)::S129 Victoria Hale (senior_practitioner): cannot judge: staff.qualified is missing (examples/medway/data/staff.csv:31)
::error file=examples/medway/policy.cadre,line=38,col=3,endLine=38,endColumn=38,title=supervision.group_practice::P3 Chatham Pod 3: longest gap between group sessions: 21 days (2025-05-14 to 2025-06-04), at most 1 week
::error file=examples/medway/policy.cadre,line=45,col=3,endLine=45,endColumn=78,title=progression.social_worker_to_senior_practitioner::S135 Deborah Knight (senior_practitioner): promoted to senior_practitioner on 2024-10-01 from social_worker with no skills_matrix assessment met in february .. march in the 12 months before it
8 rules, 86 checks: 78 passed, 7 violations, 0 warnings, 1 unknown
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
