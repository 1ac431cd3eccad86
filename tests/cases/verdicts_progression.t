# Every entry into a role is judged by the progression into it, whatever the
# role before: G2 went from asye straight to senior practitioner without a
# skills-matrix assessment (a false pass when only social_worker -> senior was
# judged). G1 went social worker (3 years) -> senior -> advanced: the advanced
# requirement (2 years as a social worker) holds. G3 had one year as a social
# worker before going via senior to advanced: breach. G4 joined as a senior
# practitioner (no earlier role: recruitment, not judged). G5's social-worker
# spell is exactly 2 years (2022-01-01 to 2023-12-31, `to` being the last
# day): passes; G6's is one day short: breach. G7 was promoted on 2023-01-01,
# the day the policy took effect: judged (no assessment: breach); a change
# before `effective` is not judged (as of 2025-06-30 with effective
# 2023-01-02, G7 drops out).
$ cadre check tests/policies/verdicts_progression.cadre --data tests/data/verdicts_progression --as-of 2025-06-30
Verdicts: progression — as of 2025-06-30 — data tests/data/verdicts_progression

violations (4)
  progression.social_worker_to_senior_practitioner    tests/policies/verdicts_progression.cadre:7   G2 Gia Skip (senior_practitioner): promoted to senior_practitioner on 2023-09-01 from asye with no skills_matrix assessment met in the 12 months before it
  progression.social_worker_to_senior_practitioner    tests/policies/verdicts_progression.cadre:7   G7 Gene Early (senior_practitioner): promoted to senior_practitioner on 2023-01-01 from social_worker with no skills_matrix assessment met in the 12 months before it
  progression.social_worker_to_advanced_practitioner  tests/policies/verdicts_progression.cadre:11  G3 Guy Quick (advanced_practitioner): promoted to advanced_practitioner on 2024-06-01 from senior_practitioner with no spell of 2 years as social_worker before it
  progression.social_worker_to_advanced_practitioner  tests/policies/verdicts_progression.cadre:11  G6 Gail Short (advanced_practitioner): promoted to advanced_practitioner on 2024-01-01 from social_worker with no spell of 2 years as social_worker before it

2 rules, 8 checks: 4 passed, 4 violations, 0 warnings, 0 unknown
? 1
$ set -o pipefail; sed 's/^effective 2023-01-01/effective 2023-01-02/' tests/policies/verdicts_progression.cadre > $tmp/p.cadre && cadre check $tmp/p.cadre --data tests/data/verdicts_progression --as-of 2025-06-30 | grep -c G7
0
? 1
