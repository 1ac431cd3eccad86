# Coded columns (stdlib/std.cadre: `kind: text in {"individual", ...}`): a data value outside the codes is a data error naming the cell, with the code it most likely meant (case, spaces for underscores, edit distance) or the list of codes and how a council adds its own; never a silent non-match.
$ cadre check tests/policies/data_check.cadre --data tests/data/data_codes --as-of 2025-06-30
tests/data/data_codes/pods.csv:2:16: error: 'ASYE' is not a code of pods.kind
  hint: did you mean 'asye'?
tests/data/data_codes/staff.csv:3:20: error: 'Permanent' is not a code of staff.contract
  hint: did you mean 'permanent'?
tests/data/data_codes/staff.csv:3:43: error: 'in progress' is not a code of staff.asye_status
  hint: did you mean 'in_progress'?
tests/data/data_codes/staff.csv:4:40: error: 'IN_PROGRESS' is not a code of staff.asye_status
  hint: did you mean 'in_progress'?
tests/data/data_codes/staff.csv:5:29: error: 'zero_hours' is not a code of staff.contract
  hint: the codes are: permanent, agency, fixed_term, seconded; a council adds its own in its policy with: table staff.contract in {"zero_hours"}
tests/data/data_codes/supervisions.csv:3:15: error: 'Individual' is not a code of supervisions.kind
  hint: did you mean 'individual'?
tests/data/data_codes/supervisions.csv:4:15: error: 'reflective_group' is not a code of supervisions.kind
  hint: the codes are: individual, group, reflective; a council adds its own in its policy with: table supervisions.kind in {"reflective_group"}
tests/data/data_codes/supervisions.csv:5:15: error: 'peer' is not a code of supervisions.kind
  hint: the codes are: individual, group, reflective; a council adds its own in its policy with: table supervisions.kind in {"peer"}
? 3
$ set -o pipefail; d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cadre compile tests/policies/data_check.cadre -o $d/p.cbc >/dev/null && cadre check $d/p.cbc --data tests/data/data_codes --as-of 2025-06-30 2>&1 | sed -n 1,2p
tests/data/data_codes/pods.csv:2:16: error: 'ASYE' is not a code of pods.kind
  hint: did you mean 'asye'?
? 3
$ cadre lint tests/policies/data_codes_literals.cadre
tests/policies/data_codes_literals.cadre:22:5: error: "nqsw" is not a code of pods.kind
   22 | pod nqsw {
      |     ^^^^
  hint: the codes are "practice", "asye", "support"; a council adds its own with: table pods.kind in {"nqsw"}
tests/policies/data_codes_literals.cadre:8:45: error: "Individual" is not a code of supervisions.kind
    8 |   for each v in supervisions where v.kind = "Individual":
      |                                             ^^^^^^^^^^^^
  hint: did you mean "individual"?
tests/policies/data_codes_literals.cadre:13:37: error: "asye_pod" is not a code of pods.kind
   13 |   for each p in pods where p.kind = "asye_pod":
      |                                     ^^^^^^^^^^
  hint: the codes are "practice", "asye", "support"; a council adds its own with: table pods.kind in {"asye_pod"}
tests/policies/data_codes_literals.cadre:18:59: error: "in progress" is not a code of programmes.status
   18 |   for each g in programmes where g.status in {"enrolled", "in progress"}:
      |                                                           ^^^^^^^^^^^^^
  hint: the codes are "enrolled", "completed", "withdrawn"; a council adds its own with: table programmes.status in {"in progress"}
tests/policies/data_codes_literals.cadre:5:30: error: "Done" is not a code of programmes.status
    5 | let finished = {"completed", "Done"}
      |                              ^^^^^^
  hint: the codes are "enrolled", "completed", "withdrawn"; a council adds its own with: table programmes.status in {"Done"}
5 errors
? 2
$ cadre check tests/policies/data_codes_own.cadre --data tests/data/data_codes_own --as-of 2025-06-30
Own codes — as of 2025-06-30 — data tests/data/data_codes_own

violations (2)
  peer  tests/policies/data_codes_own.cadre:14  V1: v.minutes is 60, at least 90
  peer  tests/policies/data_codes_own.cadre:14  V2: v.minutes is 60, at least 90

2 rules, 3 checks: 1 passed, 2 violations, 0 warnings, 0 unknown
? 1
$ cadre check tests/policies/data_check.cadre --data tests/data/data_codes_own --as-of 2025-06-30
tests/data/data_codes_own/pods.csv:2:16: error: 'hub' is not a code of pods.kind
  hint: the codes are: practice, asye, support; a council adds its own in its policy with: table pods.kind in {"hub"}
tests/data/data_codes_own/supervisions.csv:3:15: error: 'peer' is not a code of supervisions.kind
  hint: the codes are: individual, group, reflective; a council adds its own in its policy with: table supervisions.kind in {"peer"}
? 3
$ cadre lint tests/policies/data_codes_decl.cadre
tests/policies/data_codes_decl.cadre:13:36: error: a code cannot be empty
   13 |   shift: text in {"early", "late", ""}
      |                                    ^^
  hint: an empty cell is a missing value; make the column optional instead
tests/policies/data_codes_decl.cadre:14:14: error: rotas.hours is an int column; only a text column has codes
   14 |   hours: int in {"8"}
      |              ^^^^^^^^
tests/policies/data_codes_decl.cadre:4:7: error: table pods has no stored column 'knd'
    4 | table pods.knd in {"hub"}
      |       ^^^^^^^^
  hint: did you mean 'kind'?
tests/policies/data_codes_decl.cadre:5:7: error: unknown table 'pds'
    5 | table pds.kind in {"hub"}
      |       ^^^^^^^^
  hint: did you mean 'pods'?
tests/policies/data_codes_decl.cadre:6:7: error: staff.name takes any text; it has no codes to add to
    6 | table staff.name in {"Ann"}
      |       ^^^^^^^^^^
  hint: codes are declared with the column: name: text in {"a", "b"}
tests/policies/data_codes_decl.cadre:7:1: error: staff.fte is a decimal column; only a text column has codes
    7 | table staff.fte in {"1"}
      | ^^^^^^^^^^^^^^^^^^^^^^^^
tests/policies/data_codes_decl.cadre:8:1: error: staff.role is a role column; only a text column has codes
    8 | table staff.role in {"nqsw"}
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  hint: role codes are declared with: roles { ... }
tests/policies/data_codes_decl.cadre:9:21: error: code "asye" of pods.kind is declared twice
    9 | table pods.kind in {"asye", "hub", "hub"}
      |                     ^^^^^^
tests/policies/data_codes_decl.cadre:9:36: error: code "hub" of pods.kind is declared twice
    9 | table pods.kind in {"asye", "hub", "hub"}
      |                                    ^^^^^
9 errors
? 2
$ cadre fmt --check tests/policies/data_codes_own.cadre tests/policies/data_codes_literals.cadre
? 0
$ printf '%s\n' ':set staff S12.contract = Agency' ':set staff S12.contract = agency' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
error: 'Agency' is not a code of staff.contract (did you mean 'agency'?)
staff S12.contract: permanent → agency
? 2
