# caseload block: named and unnamed cap and average lines (caseload.cap, caseload.cap_2, caseload.average), their verdicts and their desugared rules.
$ cadre check tests/policies/lang_caseload.cadre --data tests/data/lang_basic --as-of 2025-06-30
Caseload — as of 2025-06-30 — data tests/data/lang_basic

violations (2)
  caseload.sw_cap        tests/policies/lang_caseload.cadre:8   S2 Bob Kay (social_worker): 3 open cases, at most 2
  caseload.team_average  tests/policies/lang_caseload.cadre:11  T1 North Team: 2 average open cases over holders, at most 1.5

5 rules, 9 checks: 7 passed, 2 violations, 0 warnings, 0 unknown
? 1
$ cadre desugar tests/policies/lang_caseload.cadre
# tests/policies/lang_caseload.cadre:8
rule caseload.sw_cap "At most 2 open cases for social_worker" {
  for each s in staff where s.in_post and s.role in {social_worker}:
    must s.open_cases <= 2 as "open cases"
}

# tests/policies/lang_caseload.cadre:9
rule caseload.cap "At most 2 open cases for asye, senior_practitioner" {
  for each s in staff where s.in_post and s.role in {asye, senior_practitioner}:
    must s.open_cases <= 2 as "open cases"
}

# tests/policies/lang_caseload.cadre:10
rule caseload.cap_2 "At most 0 open cases for practice_manager, team_manager" {
  for each s in staff where s.in_post and s.role in {practice_manager, team_manager}:
    must s.open_cases <= 0 as "open cases"
}

# tests/policies/lang_caseload.cadre:11
rule caseload.team_average "Average at most 1.5 open cases per team for holders" {
  for each t in teams where count(t.members where in_post and role in {holders}) > 0:
    must avg((t.members where in_post and role in {holders}).open_cases) <= 1.5 as "average open cases over holders"
}

# tests/policies/lang_caseload.cadre:12
rule caseload.average "Average at most 2 open cases per team for holders" {
  for each t in teams where count(t.members where in_post and role in {holders}) > 0:
    must avg((t.members where in_post and role in {holders}).open_cases) <= 2 as "average open cases over holders"
}
? 0
$ cadre desugar tests/policies/lang_caseload.cadre --rule caseload.cap_2
# tests/policies/lang_caseload.cadre:10
rule caseload.cap_2 "At most 0 open cases for practice_manager, team_manager" {
  for each s in staff where s.in_post and s.role in {practice_manager, team_manager}:
    must s.open_cases <= 0 as "open cases"
}
? 0
