# Data errors (exit 3) in keys and references: a dangling reference names both ends and where the keys come from (an existing or absent file); a duplicate key names the first.
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_dangling
tests/data/data_dangling/staff.csv:3:26: error: staff.pod 'P9' refers to no row of pods
  hint: pods ids are read from tests/data/data_dangling/pods.csv
tests/data/data_dangling/cases.csv:2:7: error: cases.worker 'S3' refers to no row of staff
  hint: staff ids are read from tests/data/data_dangling/staff.csv
? 3
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_dangling_nofile
tests/data/data_dangling_nofile/pods.csv: error: no such file, but 1 reference names pods rows: staff.pod (1 cell, first at tests/data/data_dangling_nofile/staff.csv:2:26)
  hint: an absent file is an empty table; export pods.csv with the others, or check that --data names the right directory
? 3
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_dupkey
tests/data/data_dupkey/staff.csv:4:1: error: duplicate key 'S1' in staff (first at line 2)
? 3
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_absent
tests/data/data_absent/pods.csv:4:10: error: pods.team 'T9' refers to no row of teams
  hint: teams ids are read from tests/data/data_absent/teams.csv
tests/data/data_absent/staff.csv: error: no such file, but 9 references name staff rows: pods.lead (3 cells, first at tests/data/data_absent/pods.csv:2:13); cases.worker (3 cells, first at tests/data/data_absent/cases.csv:2:7); supervisions.supervisee (1 cell, first at tests/data/data_absent/supervisions.csv:2:26); supervisions.supervisor (2 cells, first at tests/data/data_absent/supervisions.csv:2:30)
  hint: an absent file is an empty table; export staff.csv with the others, or check that --data names the right directory
? 3
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_isdir
tests/data/data_isdir/staff.csv: error: cannot read staff.csv: Is a directory
tests/data/data_isdir/pods.csv:4:10: error: pods.team 'T9' refers to no row of teams
  hint: teams ids are read from tests/data/data_isdir/teams.csv
? 3
