# PENDING: `cadre desugar` shows "the general form a block stands for", but
# what it prints is not cadre source: the rule names (pod.practice.lead,
# caseload.cap_2) are not identifiers, so pasting the output into a policy
# gives syntax errors (below: the output of desugar, with the lets the block
# used, linted).  The bodies are right - with the names changed to
# pod_practice_lead etc. the pasted rules give the block's verdicts.
# Also: `cadre help` lists "desugar POLICY... [RULE]" but a RULE argument
# is read as a policy file; the option is --rule NAME.
$ set -o pipefail; d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; { echo 'policy "Pasted"'; echo 'let case_holders = {social_worker, asye}'; cadre desugar tests/policies/lang_pod.cadre; } > $d/p.cadre && cadre lint $d/p.cadre 2>&1 | sed "s#$d/##"
1 file checked: 6 rules, no errors
? 0
$ cadre desugar tests/policies/lang_pod.cadre pod.practice.lead | head -1
# tests/policies/lang_pod.cadre:8
? 0
