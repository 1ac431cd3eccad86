# cadre desugar prints cadre source: pasted into a policy (with the lets the blocks use) it lints, and checks to the same verdicts as the blocks (with the general form's default evidence wording).
$ set -o pipefail; d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; { echo 'policy "Pasted"'; echo 'let case_holders = {social_worker, asye}'; cadre desugar tests/policies/lang_pod.cadre; } > $d/p.cadre && cadre lint $d/p.cadre 2>&1 | sed "s#$d/##"
1 file checked: 6 rules, no errors
? 0
$ set -o pipefail; d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; { echo 'policy "Pasted"'; echo 'let case_holders = {social_worker, asye}'; cadre desugar tests/policies/lang_pod.cadre; } > $d/p.cadre && cadre check $d/p.cadre --data tests/data/lang_basic --as-of 2025-06-30 2>&1 | sed "s#$d/##"
Pasted — as of 2025-06-30 — data tests/data/lang_basic

violations (4)
  pod.practice.lead           p.cadre:6   P2 North Pod 2: led by S6 Fay Hill (team_manager), expected a practice_manager
  pod.practice.composition    p.cadre:13  P2 North Pod 2: 0 in post as case_holders, expected exactly 2
  pod.practice.composition_2  p.cadre:19  P2 North Pod 2: 0 in post as asye, at least 1
  pod.support.lead            p.cadre:31  P3 Support Pod: led by none, expected a practice_manager

6 rules, 10 checks: 6 passed, 4 violations, 0 warnings, 0 unknown
? 1
$ set -o pipefail; d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; { echo 'policy "Pasted"'; echo 'let holders = {social_worker, asye, senior_practitioner}'; cadre desugar tests/policies/lang_caseload.cadre; } > $d/p.cadre && cadre check $d/p.cadre --data tests/data/lang_basic --as-of 2025-06-30 2>&1 | sed "s#$d/##"
Pasted — as of 2025-06-30 — data tests/data/lang_basic

violations (2)
  caseload.sw_cap        p.cadre:6   S2 Bob Kay (social_worker): 3 open cases, at most 2
  caseload.team_average  p.cadre:24  T1 North Team: 2 average open cases over holders, at most 1.5

5 rules, 9 checks: 7 passed, 2 violations, 0 warnings, 0 unknown
? 1
