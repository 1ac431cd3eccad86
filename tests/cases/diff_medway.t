# cadre diff OLD NEW: the Medway policy with the caseload cap lowered from 20
# to 18 makes exactly the workers holding 19 or 20 open cases newly
# breaching; those above 20 stay in breach with changed evidence. The NEW
# copy is made with sed in the runner's scratch directory ($tmp).
# --fail-on new-breach makes that a failing gate (exit 1).
# The other way round: raising the cap back makes them newly compliant.
# Errors: as in check (2 policy, 3 data, 4 usage).
$ sed 's/at most 20 open cases/at most 18 open cases/' examples/medway/policy.cadre > $tmp/cap18.cadre && cadre diff examples/medway/policy.cadre $tmp/cap18.cadre --data examples/medway/data --as-of 2025-06-30 | sed "s|$tmp|TMP|g"
policy change: examples/medway/policy.cadre -> TMP/cap18.cadre — as of 2025-06-30 — data examples/medway/data

newly breaching (3)
  caseload.cap  TMP/cap18.cadre:24  S102 Chloe Barnett (social_worker): 20 open cases, at most 18
  caseload.cap  TMP/cap18.cadre:24  S108 Aisha Rahman (social_worker): 19 open cases, at most 18
  caseload.cap  TMP/cap18.cadre:24  S120 Natalie Shaw (senior_practitioner): 19 open cases, at most 18

changed evidence (2)
  caseload.cap  TMP/cap18.cadre:24  S103 Daniel Okafor (social_worker): 23 open cases, at most 18 (was: 23 open cases, at most 20)
  caseload.cap  TMP/cap18.cadre:24  S119 Ben Adeyemi (social_worker): 21 open cases, at most 18 (was: 21 open cases, at most 20)

3 newly breaching, 0 newly compliant, 0 new warnings, 0 newly unknown, 2 changed evidence; violations 8 -> 11
? 0
$ cadre diff examples/medway/policy.cadre $tmp/cap18.cadre --data examples/medway/data --as-of 2025-06-30 --fail-on new-breach >/dev/null
? 1
$ cadre diff $tmp/cap18.cadre examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 --fail-on new-breach | sed "s|$tmp|TMP|g"
policy change: TMP/cap18.cadre -> examples/medway/policy.cadre — as of 2025-06-30 — data examples/medway/data

newly compliant (3)
  caseload.cap  TMP/cap18.cadre:24  S102 Chloe Barnett (social_worker): 20 open cases, at most 18
  caseload.cap  TMP/cap18.cadre:24  S108 Aisha Rahman (social_worker): 19 open cases, at most 18
  caseload.cap  TMP/cap18.cadre:24  S120 Natalie Shaw (senior_practitioner): 19 open cases, at most 18

changed evidence (2)
  caseload.cap  examples/medway/policy.cadre:24  S103 Daniel Okafor (social_worker): 23 open cases, at most 20 (was: 23 open cases, at most 18)
  caseload.cap  examples/medway/policy.cadre:24  S119 Ben Adeyemi (social_worker): 21 open cases, at most 20 (was: 21 open cases, at most 18)

0 newly breaching, 3 newly compliant, 0 new warnings, 0 newly unknown, 2 changed evidence; violations 11 -> 8
? 0
$ cadre diff examples/medway/policy.cadre examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 --fail-on change
policy change: examples/medway/policy.cadre -> examples/medway/policy.cadre — as of 2025-06-30 — data examples/medway/data

0 newly breaching, 0 newly compliant, 0 new warnings, 0 newly unknown, 0 changed evidence; violations 8 -> 8
? 0
$ cadre diff examples/medway/policy.cadre tests/fmt/broken.cadre --data examples/medway/data --as-of 2025-06-30
tests/fmt/broken.cadre:4:1: error: unexpected '}', expected an expression
    4 | }
      | ^
tests/fmt/broken.cadre:7:14: error: unexpected '<', expected one of: '}', 'must', 'should', 'otherwise', 'as' or an operator
    7 |   must 1 < 2 < 3
      |              ^
  hint: comparisons do not chain: write 'a < b and b < c'
? 2
$ cadre diff examples/medway/policy.cadre examples/medway/policy.cadre --data tests/fmt/no_such_dir --as-of 2025-06-30
tests/fmt/no_such_dir: error: no such data directory
? 3
$ cadre diff examples/medway/policy.cadre --data examples/medway/data
cadre: diff needs two policy files, OLD and NEW (got one)
(try: cadre help)
? 4
$ cadre diff examples/medway/policy.cadre examples/medway/policy.cadre --data examples/medway/data --fail-on anything
cadre: --fail-on takes new-breach or change, not 'anything'
(try: cadre help)
? 4
