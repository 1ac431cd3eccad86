# A rule is in force from its `effective` date to its `until` date, both
# included; as of any other date it judges nothing (docs/language.md,
# "Rules"). The rule `interim` judges on 2025-01-01 and 2025-06-30, not on
# 2024-12-31 or 2025-07-01. A column may be called `until` (a keyword) and is
# read as x.until. `as "..."` names what a requirement measures; with
# `otherwise` too, the message follows the measured evidence.
$ cadre check tests/policies/verdicts_in_force.cadre --data tests/data/verdicts_in_force --as-of 2025-06-30
Verdicts: in force — as of 2025-06-30 — data tests/data/verdicts_in_force

2 rules, 7 checks: 7 passed, 0 violations, 0 warnings, 0 unknown
? 0
$ cadre check tests/policies/verdicts_in_force.cadre --data tests/data/verdicts_in_force --as-of 2025-01-01
Verdicts: in force — as of 2025-01-01 — data tests/data/verdicts_in_force

violations (2)
  interim  tests/policies/verdicts_in_force.cadre:12  S1 Sam One (social_worker): 2025-06-30 secondment end, at most 2025-01-01; Sam One is seconded until 2025-06-30
  interim  tests/policies/verdicts_in_force.cadre:12  S2 Sue Two (social_worker): 2025-06-29 secondment end, at most 2025-01-01; Sue Two is seconded until 2025-06-29

2 rules, 7 checks: 5 passed, 2 violations, 0 warnings, 0 unknown
? 1
$ cadre check tests/policies/verdicts_in_force.cadre --data tests/data/verdicts_in_force --as-of 2024-12-31
Verdicts: in force — as of 2024-12-31 — data tests/data/verdicts_in_force

judged nothing (1)
  interim  tests/policies/verdicts_in_force.cadre:10  none of the 2 secondments rows matched its 'for each', or it is not in effect on the as-of date

2 rules, 5 checks: 5 passed, 0 violations, 0 warnings, 0 unknown; 1 rule judged nothing
? 0
$ cadre check tests/policies/verdicts_in_force.cadre --data tests/data/verdicts_in_force --as-of 2025-07-01
Verdicts: in force — as of 2025-07-01 — data tests/data/verdicts_in_force

judged nothing (1)
  interim  tests/policies/verdicts_in_force.cadre:10  none of the 2 secondments rows matched its 'for each', or it is not in effect on the as-of date

2 rules, 5 checks: 5 passed, 0 violations, 0 warnings, 0 unknown; 1 rule judged nothing
? 0
$ cadre fmt --check tests/policies/verdicts_in_force.cadre
? 0
$ cadre desugar tests/policies/verdicts_in_force.cadre --rule interim
# tests/policies/verdicts_in_force.cadre:10
rule interim "Secondments end by the as-of date, in the first half of 2025" effective 2025-01-01 until 2025-06-30 {
  for each x in secondments:
    must x.until <= as_of as "secondment end"
      otherwise "{x.staff.name} is seconded until {x.until}"
}
? 0
$ set -o pipefail; printf 'policy "p"\neffective 2025-01-01 until 2025-03-31\nrule r {\n  for each s in staff:\n    must s.open_cases <= 0\n}\n' > $tmp/p.cadre && cadre check $tmp/p.cadre --data tests/data/verdicts_in_force --as-of 2025-04-01 | tail -1
cadre check: no rule judged anything: 11 rows were read from tests/data/verdicts_in_force, but no rule applied to any of them on the as-of date — is this the right export?
1 rule, 0 checks: 0 passed, 0 violations, 0 warnings, 0 unknown; 1 rule judged nothing
? 3
