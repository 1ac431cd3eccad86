# Seed fidelity, Tower Hamlets (examples/tower_hamlets): perturbations of the
# example's data that the council's rules must catch, each exactly at the
# limit (passes) and one over (fails); see tests/seed/judge.sh for what
# `judge` prints (both requirements of balanced_team are shown).
#
# 1. "balanced teams of eight permanent staff": T1 Bow has exactly 8 in post;
#    S418, agency, taken on as permanent makes 9.
$ . tests/seed/judge.sh; judge tower_hamlets balanced_team T1
  pass     balanced_team: count(t.members where in_post and contract = "permanent") is 8, expected exactly 8
           measured 8, limit 8
  pass     balanced_team: count(t.members where in_post and contract = "permanent" and qualified < as_of - 2 years) is 6, at least 5
           measured 6, limit 5
2 rules, 12 checks: 9 passed, 2 violations, 0 warnings, 1 unknown
? 1
$ . tests/seed/judge.sh; judge tower_hamlets balanced_team T1 set staff S418 contract permanent
  FAIL     balanced_team: 9 permanent staff in post, expected 8
           measured 9, limit 8
  pass     balanced_team: count(t.members where in_post and contract = "permanent" and qualified < as_of - 2 years) is 7, at least 5
           measured 7, limit 5
2 rules, 12 checks: 8 passed, 3 violations, 0 warnings, 1 unknown
? 1
$ . tests/seed/judge.sh; judge tower_hamlets balanced_team T2 set staff S425 qualified 2023-06-29
  FAIL     balanced_team: 7 permanent staff in post, expected 8
           measured 7, limit 8
  pass     balanced_team: count(t.members where in_post and contract = "permanent" and qualified < as_of - 2 years) is 5, at least 5
           measured 5, limit 5
2 rules, 12 checks: 9 passed, 2 violations, 0 warnings, 1 unknown
? 1
$ . tests/seed/judge.sh; judge tower_hamlets balanced_team T2 set staff S425 qualified 2023-06-30
  FAIL     balanced_team: 7 permanent staff in post, expected 8
           measured 7, limit 8
  FAIL     balanced_team: 4 permanent staff with over two years' PQE, at least 5
           measured 4, limit 5
2 rules, 12 checks: 8 passed, 3 violations, 0 warnings, 1 unknown
? 1
$ . tests/seed/judge.sh; judge tower_hamlets coach T1
  pass     coach: count(t.members where in_post and role = coach) is 1, at least 1
           measured 1, limit 1
2 rules, 12 checks: 9 passed, 2 violations, 0 warnings, 1 unknown
? 1
$ . tests/seed/judge.sh; judge tower_hamlets coach T1 set staff S410 role senior_practitioner
  FAIL     coach: no social worker coach in post
           measured 0, limit 1
2 rules, 12 checks: 8 passed, 3 violations, 0 warnings, 1 unknown
? 1
