# Every example checked from its CSV directory and from a SQLite copy made by
# bench/csv2sqlite.sh gives the same report and exit code; only the data path
# differs (header line, and evidence positions: file:line vs db:table:rowid).
# Then one SQLite report in full: evidence of a missing value names
# db:table:rowid.
$ d=$(mktemp -d); for e in medway somerset tower_hamlets wiltshire; do bench/csv2sqlite.sh examples/$e/data $d/$e.db || echo "import failed"; args=$(sed -n 's/^\$ cadre check //p' examples/$e/check.t | head -1); csv=$({ eval "cadre check $args"; echo "exit $?"; } 2>&1 | sed -E "s#examples/$e/data/([a-z_]+)\.csv:[0-9]+#DATA:\1#g; s#data examples/$e/data\$#data DATA#"); db=$({ eval "cadre check ${args/--data examples\/$e\/data/--data $d/$e.db}"; echo "exit $?"; } 2>&1 | sed -E "s#$d/$e\.db:([a-z_]+):[0-9]+#DATA:\1#g; s#data $d/$e\.db\$#data DATA#"); if [ "$csv" = "$db" ]; then echo "$e: same (${csv##*exit })"; else echo "$e: DIFFERENT"; diff <(echo "$csv") <(echo "$db"); fi; done; rm -rf $d
medway: same (1)
somerset: same (1)
tower_hamlets: same (1)
wiltshire: same (1)
? 0
$ d=$(mktemp -d); bench/csv2sqlite.sh examples/medway/data $d/medway.db && cadre check examples/medway/policy.cadre --data $d/medway.db --as-of 2025-06-30 | sed "s#$d#TMP#g"; r=${PIPESTATUS[0]}; rm -rf $d; (exit $r)
Medway children's services — as of 2025-06-30 — data TMP/medway.db

violations (8)
  caseload.cap                                      examples/medway/policy.cadre:24  S103 Daniel Okafor (social_worker): 23 open cases, at most 20
  caseload.cap                                      examples/medway/policy.cadre:24  S119 Ben Adeyemi (social_worker): 21 open cases, at most 20
  caseload.average                                  examples/medway/policy.cadre:28  (all data): 17.02 open cases per FTE over case_holders, at most 17; 446 open cases over 26.2 FTE (per head: 16.52)
  pod.practice.lead                                 examples/medway/policy.cadre:36  P1 Chatham Pod 1: led by S101 Gareth Pollard (team_manager), expected a practice_manager
  pod.practice.composition                          examples/medway/policy.cadre:37  P5 Gillingham Pod 2: 3 in post as case_holders, expected exactly 4
  continuity                                        examples/medway/policy.cadre:47  C1366: child MC750014 has had 2 social workers in post since assessment, expected 1
  supervision.group_practice                        examples/medway/policy.cadre:64  P3 Chatham Pod 3: longest gap between group sessions: 21 days (2025-05-14 to 2025-06-04), at most 1 week
  progression.social_worker_to_senior_practitioner  examples/medway/policy.cadre:72  S135 Deborah Knight (senior_practitioner): promoted to senior_practitioner on 2024-10-01 from social_worker with no skills_matrix assessment met in february .. march in the 12 months before it

unknown (cannot judge) (1)
  registered  examples/medway/policy.cadre:57  S129 Victoria Hale (senior_practitioner): cannot judge: staff.qualified is missing (TMP/medway.db:staff:30)

9 rules, 558 checks: 549 passed, 8 violations, 0 warnings, 1 unknown
? 1
