# pod block `nothing else`: the lead (as a person) and the counted roles only; a leaderless pod is judged; leavers and starters not counted; its general form; a misspelt line.
$ cadre check tests/policies/lang_pod_nothing_else.cadre --data tests/data/lang_basic --as-of 2025-06-30
Pods, closed — as of 2025-06-30 — data tests/data/lang_basic

violations (2)
  pod.practice.lead          tests/policies/lang_pod_nothing_else.cadre:6  P2 North Pod 2: led by S6 Fay Hill (team_manager), expected a practice_manager
  pod.practice.nothing_else  tests/policies/lang_pod_nothing_else.cadre:8  P1 North Pod 1: 1 in post besides its lead and asye, expected exactly 0; first by id: S2

4 rules, 7 checks: 5 passed, 2 violations, 0 warnings, 0 unknown
? 1
$ cadre test tests/policies/lang_pod_nothing_else.cadre
tests/policies/lang_pod_nothing_else.cadre
  ok    a pod with no lead is still judged, member by member (line 15)
  ok    members who are not in post are not counted (line 24)
2 passed, 0 failed
? 0
$ cadre desugar tests/policies/lang_pod_nothing_else.cadre --rule pod.practice.nothing_else
# tests/policies/lang_pod_nothing_else.cadre:8
rule pod.practice.nothing_else "A practice pod has no one in post but its lead and asye" {
  for each p in pods where p.kind = "practice" and (p.formed is missing or p.formed <= as_of):
    must count(p.staff where in_post and role not in {asye} and (p.lead is missing or it != p.lead)) = 0 as "in post besides its lead and asye"
      otherwise "first by id: {min((p.staff where in_post and role not in {asye} and (p.lead is missing or it != p.lead)).id)}"
}
? 0
$ cadre desugar tests/policies/lang_pod_nothing_else.cadre --rule pod.support.nothing_else
# tests/policies/lang_pod_nothing_else.cadre:12
rule pod.support.nothing_else "A support pod has no one in post but its lead" {
  for each p in pods where p.kind = "support" and (p.formed is missing or p.formed <= as_of):
    must count(p.staff where in_post and role not in {} and (p.lead is missing or it != p.lead)) = 0 as "in post besides its lead"
      otherwise "first by id: {min((p.staff where in_post and role not in {} and (p.lead is missing or it != p.lead)).id)}"
}
? 0
$ cadre lint tests/policies/err_pod_nothing.cadre
tests/policies/err_pod_nothing.cadre:4:3: error: unknown pod line 'nothing more', expected 'nothing else'
    4 |   nothing more
      |   ^^^^^^^
1 error
? 2
