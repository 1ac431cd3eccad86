# Tables loaded on two threads (CADRE_PARALLEL_MIN=0 forces it on small data): data errors in tables of both threads come out exactly as from one thread, in schema order then references; and every example's report is the same either way; the same for SQLite files (one connection per thread).
$ cadre check examples/medway/policy.cadre --data tests/data/data_parallel --as-of 2025-06-30
tests/data/data_parallel/roles.csv:2:20: error: bad date '2024-02-30' in column 'from' (expected YYYY-MM-DD)
tests/data/data_parallel/cases.csv:3:21: error: bad date '2023-13-11' in column 'opened' (expected YYYY-MM-DD)
tests/data/data_parallel/supervisions.csv:2:32: error: bad integer 'sixty' in column 'minutes'
tests/data/data_parallel/supervisions.csv:3:1: error: duplicate key 'G001' in supervisions (first at line 2)
tests/data/data_parallel/cases.csv:4:16: error: cases.worker 'S999' refers to no row of staff
  hint: staff ids are read from tests/data/data_parallel/staff.csv
tests/data/data_parallel/allocations.csv:3:1: error: allocations.case 'C9999' refers to no row of cases
  hint: cases ids are read from tests/data/data_parallel/cases.csv
? 3
$ (export CADRE_PARALLEL_MIN=0; cadre check examples/medway/policy.cadre --data tests/data/data_parallel --as-of 2025-06-30)
tests/data/data_parallel/roles.csv:2:20: error: bad date '2024-02-30' in column 'from' (expected YYYY-MM-DD)
tests/data/data_parallel/cases.csv:3:21: error: bad date '2023-13-11' in column 'opened' (expected YYYY-MM-DD)
tests/data/data_parallel/supervisions.csv:2:32: error: bad integer 'sixty' in column 'minutes'
tests/data/data_parallel/supervisions.csv:3:1: error: duplicate key 'G001' in supervisions (first at line 2)
tests/data/data_parallel/cases.csv:4:16: error: cases.worker 'S999' refers to no row of staff
  hint: staff ids are read from tests/data/data_parallel/staff.csv
tests/data/data_parallel/allocations.csv:3:1: error: allocations.case 'C9999' refers to no row of cases
  hint: cases ids are read from tests/data/data_parallel/cases.csv
? 3
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; for e in examples/*/; do cadre check $e/policy.cadre --data $e/data --as-of 2025-06-30 > $d/one 2>&1; (export CADRE_PARALLEL_MIN=0; cadre check $e/policy.cadre --data $e/data --as-of 2025-06-30 > $d/two 2>&1); cmp -s $d/one $d/two && echo "${e%/}: same" || echo "${e%/}: DIFFERS"; done
examples/lincolnshire: same
examples/medway: same
examples/somerset: same
examples/tower_hamlets: same
examples/wiltshire: same
? 0
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; sh bench/csv2sqlite.sh tests/data/data_parallel $d/p.db; (export CADRE_PARALLEL_MIN=0; cadre check examples/medway/policy.cadre --data $d/p.db --as-of 2025-06-30) 2>&1 | sed "s#$d#TMP#g"; for e in examples/*/; do sh bench/csv2sqlite.sh $e/data $d/e.db; cadre check $e/policy.cadre --data $d/e.db --as-of 2025-06-30 > $d/one 2>&1; (export CADRE_PARALLEL_MIN=0; cadre check $e/policy.cadre --data $d/e.db --as-of 2025-06-30 > $d/two 2>&1); cmp -s $d/one $d/two && echo "${e%/} (SQLite): same" || echo "${e%/} (SQLite): DIFFERS"; done
TMP/p.db:roles:1:3: error: bad date '2024-02-30' in column 'from' (expected YYYY-MM-DD)
TMP/p.db:cases:2:4: error: bad date '2023-13-11' in column 'opened' (expected YYYY-MM-DD)
TMP/p.db:supervisions:1:7: error: bad integer 'sixty' in column 'minutes'
TMP/p.db:supervisions:2:1: error: duplicate key 'G001' in supervisions (first at rowid 1)
TMP/p.db:cases:3:3: error: cases.worker 'S999' refers to no row of staff
  hint: staff ids are read from TMP/p.db:staff
TMP/p.db:allocations:2:1: error: allocations.case 'C9999' refers to no row of cases
  hint: cases ids are read from TMP/p.db:cases
examples/lincolnshire (SQLite): same
examples/medway (SQLite): same
examples/somerset (SQLite): same
examples/tower_hamlets (SQLite): same
examples/wiltshire (SQLite): same
? 0
