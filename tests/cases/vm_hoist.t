# Loop-invariant filters: `staff where role = practice_manager` does not depend on the pod, so it is computed once before the rule's loop (STORE before TABLE pods in the listing) and loaded for each pod; `staff where team = p.team` depends on the pod and stays inside. Verdicts and unknowns as without hoisting.
$ cadre check tests/policies/vm_hoist.cadre --data examples/medway/data --as-of 2025-06-30
Hoisting — as of 2025-06-30 — data examples/medway/data

violations (1)
  led  tests/policies/vm_hoist.cadre:7  P1 Chatham Pod 1: not met: p.lead is present and p.lead in (staff where role = practice_manager)

unknown (cannot judge) (5)
  own  tests/policies/vm_hoist.cadre:12  P2 Chatham Pod 2: cannot judge: staff.team is missing for S100 Helen Marsh (head_of_service) (examples/medway/data/staff.csv:2)
  own  tests/policies/vm_hoist.cadre:12  P3 Chatham Pod 3: cannot judge: staff.team is missing for S100 Helen Marsh (head_of_service) (examples/medway/data/staff.csv:2)
  own  tests/policies/vm_hoist.cadre:12  P4 Gillingham Pod 1: cannot judge: staff.team is missing for S100 Helen Marsh (head_of_service) (examples/medway/data/staff.csv:2)
  own  tests/policies/vm_hoist.cadre:12  P5 Gillingham Pod 2: cannot judge: staff.team is missing for S100 Helen Marsh (head_of_service) (examples/medway/data/staff.csv:2)
  own  tests/policies/vm_hoist.cadre:12  P6 Gillingham Pod 3: cannot judge: staff.team is missing for S100 Helen Marsh (head_of_service) (examples/medway/data/staff.csv:2)

2 rules, 12 checks: 6 passed, 1 violation, 0 warnings, 5 unknown
? 1
$ cadre disasm tests/policies/vm_hoist.cadre
rule led (tests/policies/vm_hoist.cadre:5) must×1 for each pods "A practice pod is led by a practice manager"
        ; vm_hoist.cadre:7: must p.lead is present and p.lead in (staff where role = practice_manager)
  0000  TABLE      staff
  0005  ITER       L0
  0010  NEWLIST    L3
  0015  NEXT       L0, ->0058
  0024  LOAD       L2
  0029  FIELD      staff.role
  0038  CONST      practice_manager
  0043  EQ
  0044  KEEP       L0, L3
  0053  JUMP       ->0015
  0058  TAINT      L0, L3
  0067  LOAD       L3
  0072  STORE      L0
        ; vm_hoist.cadre:6: for each p in pods where p.kind = "practice":
  0077  TABLE      pods
  0082  ITER       L1
  0087  MARK
  0088  NEXT       L1, ->0195
  0097  ENTITY     L3
  0102  FOCUS      ->0088
  0107  LOAD       L3
  0112  FIELD      pods.kind
  0121  CONST      "practice"
  0126  EQ
  0127  GUARD      led, ->0088
        ; vm_hoist.cadre:7: must p.lead is present and p.lead in (staff where role = practice_manager)
  0136  LOAD       L3
  0141  FIELD      pods.lead
  0150  ISMISSING
  0151  NOT
  0152  LOAD       L3
  0157  FIELD      pods.lead
  0166  LOAD       L0
  0171  IN
  0172  AND
  0173  REQ        req 0, ->0190
  0182  MISSING
  0183  MISSING
  0184  MISSING
  0185  FAIL       req 0
        ; vm_hoist.cadre:5: rule led "A practice pod is led by a practice manager" {
  0190  JUMP       ->0088
  0195  RET

rule own (tests/policies/vm_hoist.cadre:10) must×1 for each pods "A pod's lead is one of its own team's staff"
        ; vm_hoist.cadre:11: for each p in pods:
  0196  TABLE      pods
  0201  ITER       L0
  0206  MARK
  0207  NEXT       L0, ->0344
  0216  ENTITY     L2
  0221  FOCUS      ->0207
        ; vm_hoist.cadre:12: must p.lead in (staff where team = p.team)
  0226  LOAD       L2
  0231  FIELD      pods.lead
  0240  TABLE      staff
  0245  ITER       L3
  0250  NEWLIST    L6
  0255  NEXT       L3, ->0307
  0264  LOAD       L5
  0269  FIELD      staff.team
  0278  LOAD       L2
  0283  FIELD      pods.team
  0292  EQ
  0293  KEEP       L3, L6
  0302  JUMP       ->0255
  0307  TAINT      L3, L6
  0316  LOAD       L6
  0321  IN
  0322  REQ        req 1, ->0339
  0331  MISSING
  0332  MISSING
  0333  MISSING
  0334  FAIL       req 1
        ; vm_hoist.cadre:10: rule own "A pod's lead is one of its own team's staff" {
  0339  JUMP       ->0207
  0344  RET
? 0
