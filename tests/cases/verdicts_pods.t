# A pod is judged from its formed date: P1 formed on the as-of date is judged
# (its one member is a breach, its session that day passes the cadence); P2,
# formed the day after, is not judged at all — no lead, composition or
# supervision finding, and its checks are not counted; P3 has no formed date
# and is judged over the whole window. As of 2025-07-01, P2 is judged too.
$ cadre check tests/policies/verdicts_pods.cadre --data tests/data/verdicts_pods --as-of 2025-06-30
Verdicts: pods — as of 2025-06-30 — data tests/data/verdicts_pods

violations (2)
  pod.practice.composition    tests/policies/verdicts_pods.cadre:6   P1 Formed Today: 1 in post as social_worker, expected exactly 2
  supervision.group_practice  tests/policies/verdicts_pods.cadre:10  P3 Formed Long Ago: longest gap between group sessions: 79 days (from the start, 2025-04-07 to 2025-06-24), at most 1 week

3 rules, 6 checks: 4 passed, 2 violations, 0 warnings, 0 unknown
? 1
$ cadre check tests/policies/verdicts_pods.cadre --data tests/data/verdicts_pods --as-of 2025-07-01
Verdicts: pods — as of 2025-07-01 — data tests/data/verdicts_pods

violations (3)
  pod.practice.lead           tests/policies/verdicts_pods.cadre:5   P2 Formed Tomorrow: led by L2 Lou Two (social_worker), expected a practice_manager
  pod.practice.composition    tests/policies/verdicts_pods.cadre:6   P1 Formed Today: 1 in post as social_worker, expected exactly 2
  supervision.group_practice  tests/policies/verdicts_pods.cadre:10  P3 Formed Long Ago: longest gap between group sessions: 78 days (from the start, 2025-04-08 to 2025-06-24), at most 1 week

3 rules, 9 checks: 6 passed, 3 violations, 0 warnings, 0 unknown
? 1
