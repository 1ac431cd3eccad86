# Counts and articles agree with their nouns: 1 rule, 1 check; an asye pod, an aspiring_manager.
$ cadre check tests/policies/cli_disasm.cadre --data tests/data/lang_basic --as-of 2025-06-30
Disasm — as of 2025-06-30 — data tests/data/lang_basic

1 rule, 1 check: 1 passed, 0 violations, 0 warnings, 0 unknown
? 0
$ cadre desugar examples/wiltshire/policy.cadre --rule pod.asye.lead
# examples/wiltshire/policy.cadre:24
rule pod.asye.lead "An asye pod is led by an aspiring_manager" {
  for each p in pods where p.kind = "asye" and (p.formed is missing or p.formed <= as_of):
    must p.lead is present and p.lead.role = aspiring_manager
      otherwise "led by {p.lead}, expected an aspiring_manager"
}
? 0
