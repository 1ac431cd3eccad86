# Seed fidelity, Somerset (examples/somerset): perturbations of the example's
# data that the council's rules must catch, each exactly at the limit (passes)
# and one over (fails); see tests/seed/judge.sh for what `judge` prints. All
# three come from one sentence: "Each team will include a team leader and
# three social workers to be supported by two social work assistants and two
# administrators."
#
# 1. "three social workers": P1 Taunton Pod 1 has exactly 3 in post (S310
#    left on 2025-03-31); had he not left, 4.
$ . tests/seed/judge.sh; judge somerset pod.remodelled.composition P1
  pass     pod.remodelled.composition: 3 in post as social_worker, expected exactly 3
           measured 3, limit 3
4 rules, 12 checks: 10 passed, 2 violations, 0 warnings, 0 unknown
? 1
$ . tests/seed/judge.sh; judge somerset pod.remodelled.composition P1 set staff S310 left ''
  FAIL     pod.remodelled.composition: 4 in post as social_worker, expected exactly 3
           measured 4, limit 3
4 rules, 12 checks: 9 passed, 3 violations, 0 warnings, 0 unknown
? 1
$ . tests/seed/judge.sh; judge somerset pod.remodelled.composition_3 P2
  pass     pod.remodelled.composition_3: 2 in post as administrator, expected exactly 2
           measured 2, limit 2
4 rules, 12 checks: 10 passed, 2 violations, 0 warnings, 0 unknown
? 1
$ . tests/seed/judge.sh; judge somerset pod.remodelled.composition_3 P2 add staff 1 'SX{n},Extra Admin {n},administrator,P2,,S311,permanent,1.0,2025-01-06,,,'
  FAIL     pod.remodelled.composition_3: 3 in post as administrator, expected exactly 2
           measured 3, limit 2
4 rules, 12 checks: 9 passed, 3 violations, 0 warnings, 0 unknown
? 1
$ . tests/seed/judge.sh; judge somerset pod.remodelled.lead P1
  pass     pod.remodelled.lead: holds
4 rules, 12 checks: 10 passed, 2 violations, 0 warnings, 0 unknown
? 1
$ . tests/seed/judge.sh; judge somerset pod.remodelled.lead P1 set pods P1 lead S303
  FAIL     pod.remodelled.lead: led by S303 Peter Langford (social_worker), expected a team_leader
4 rules, 12 checks: 9 passed, 3 violations, 0 warnings, 0 unknown
? 1
