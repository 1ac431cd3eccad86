# The example's planted violations (see README.md), with evidence.
$ cadre check examples/somerset/policy.cadre --data examples/somerset/data --as-of 2025-06-30
Somerset children's services — as of 2025-06-30 — data examples/somerset/data

violations (2)
  pod.remodelled.lead           examples/somerset/policy.cadre:17  P3 Yeovil Pod 1: led by S319 Danielle Parfitt (social_worker), expected a team_leader
  pod.remodelled.composition_2  examples/somerset/policy.cadre:19  P2 Taunton Pod 2: 1 in post as social_work_assistant, expected exactly 2

4 rules, 12 checks: 10 passed, 2 violations, 0 warnings, 0 unknown
? 1
