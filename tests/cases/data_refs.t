# Data errors (exit 3) in keys and references: a dangling reference names both ends and where the keys come from (an existing or absent file); a duplicate key names the first.
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_dangling
tests/data/data_dangling/staff.csv:3:26: error: staff.pod 'P9' refers to no row of pods
  hint: pods ids are read from tests/data/data_dangling/pods.csv
tests/data/data_dangling/cases.csv:2:7: error: cases.worker 'S3' refers to no row of staff
  hint: staff ids are read from tests/data/data_dangling/staff.csv
? 3
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_dangling_nofile
tests/data/data_dangling_nofile/staff.csv:2:26: error: staff.pod 'P9' refers to no row of pods
  hint: pods ids are read from tests/data/data_dangling_nofile/pods.csv, which does not exist
? 3
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_dupkey
tests/data/data_dupkey/staff.csv:4:1: error: duplicate key 'S1' in staff (first at line 2)
? 3
