# pod block: lead, exactly / at least / at most N of roles, only pods of the block's kind judged; the desugared rules; desugar of a policy without blocks.
$ cadre check tests/policies/lang_pod.cadre --data tests/data/lang_basic --as-of 2025-06-30
Pods — as of 2025-06-30 — data tests/data/lang_basic

violations (4)
  pod.practice.lead           tests/policies/lang_pod.cadre:8   P2 North Pod 2: led by S6 Fay Hill (team_manager), expected a practice_manager
  pod.practice.composition    tests/policies/lang_pod.cadre:9   P2 North Pod 2: 0 in post as case_holders, expected exactly 2
  pod.practice.composition_2  tests/policies/lang_pod.cadre:10  P2 North Pod 2: 0 in post as asye, at least 1
  pod.support.lead            tests/policies/lang_pod.cadre:15  P3 Support Pod: led by none, expected a practice_manager

6 rules, 10 checks: 6 passed, 4 violations, 0 warnings, 0 unknown
? 1
$ cadre desugar tests/policies/lang_pod.cadre
# tests/policies/lang_pod.cadre:8
rule pod.practice.lead "A practice pod is led by a practice_manager" {
  for each p in pods where p.kind = "practice" and (p.formed is missing or p.formed <= as_of):
    must p.lead is present and p.lead.role = practice_manager
      otherwise "led by {p.lead}, expected a practice_manager"
}

# tests/policies/lang_pod.cadre:9
rule pod.practice.composition "A practice pod has exactly 2 of case_holders" {
  for each p in pods where p.kind = "practice" and (p.formed is missing or p.formed <= as_of):
    must count(p.staff where in_post and role in {case_holders}) = 2 as "in post as case_holders"
}

# tests/policies/lang_pod.cadre:10
rule pod.practice.composition_2 "A practice pod has at least 1 of asye" {
  for each p in pods where p.kind = "practice" and (p.formed is missing or p.formed <= as_of):
    must count(p.staff where in_post and role in {asye}) >= 1 as "in post as asye"
}

# tests/policies/lang_pod.cadre:11
rule pod.practice.composition_3 "A practice pod has at most 1 of practice_manager, team_manager" {
  for each p in pods where p.kind = "practice" and (p.formed is missing or p.formed <= as_of):
    must count(p.staff where in_post and role in {practice_manager, team_manager}) <= 1 as "in post as practice_manager, team_manager"
}

# tests/policies/lang_pod.cadre:15
rule pod.support.lead "A support pod is led by a practice_manager" {
  for each p in pods where p.kind = "support" and (p.formed is missing or p.formed <= as_of):
    must p.lead is present and p.lead.role = practice_manager
      otherwise "led by {p.lead}, expected a practice_manager"
}

# tests/policies/lang_pod.cadre:16
rule pod.support.composition "A support pod has at most 0 of asye" {
  for each p in pods where p.kind = "support" and (p.formed is missing or p.formed <= as_of):
    must count(p.staff where in_post and role in {asye}) <= 0 as "in post as asye"
}
? 0
$ cadre desugar tests/policies/lang_should.cadre
# no caseload, pod, supervision or progression blocks in these files
? 0
