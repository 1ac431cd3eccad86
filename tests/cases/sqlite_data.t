# SQLite data sources: native INTEGER/REAL/NULL cells convert exactly as CSV
# text would (REAL 0.6 is the decimal 0.6; NULL and '' are missing), tables
# absent from the file are empty, and every data error is the CSV one with
# the position DB:TABLE:ROWID:COLUMN (column = position in the SQLite table).
$ d=$(mktemp -d); printf 'policy "Native SQLite types"\nrule fte "Part-time at most 0.6" {\n  for each s in staff:\n    must s.fte <= 0.6\n      otherwise "{s.id} works {s.fte} FTE"\n}\nrule minutes "Sessions at most 90 minutes" {\n  for each v in supervisions:\n    must v.minutes <= 90\n      otherwise "{v.id} lasted {v.minutes} minutes"\n}\n' > $d/p.cadre; sqlite3 $d/n.db "CREATE TABLE teams(id TEXT, name TEXT, area TEXT, service TEXT); INSERT INTO teams VALUES('T1','North',NULL,'pods'); CREATE TABLE staff(id TEXT, name TEXT, role TEXT, pod TEXT, team TEXT, manager TEXT, contract TEXT, fte REAL, started TEXT, left TEXT, qualified TEXT, asye_status TEXT); INSERT INTO staff VALUES('S1','Ann Lee','social_worker',NULL,'T1',NULL,'permanent',0.6,'2020-01-01',NULL,NULL,NULL),('S2','Bo Ray','social_worker',NULL,'T1','S3','permanent',0.7,'2020-01-01','',NULL,NULL),('S3','Cy Wu','team_manager',NULL,'T1',NULL,'permanent',1,'2019-01-01',NULL,'2001-07-01',NULL); CREATE TABLE supervisions(id TEXT, date TEXT, kind TEXT, supervisee TEXT, pod TEXT, supervisor TEXT, minutes INTEGER); INSERT INTO supervisions VALUES('V1','2025-01-06','individual','S1',NULL,'S3',60),('V2','2025-01-13','individual','S2',NULL,'S3',120.0),('V3','2025-01-20','individual','S2',NULL,'S3',NULL);"; cadre check $d/p.cadre --data $d/n.db --as-of 2025-06-30 2>&1 | sed "s#$d#TMP#g"; r=${PIPESTATUS[0]}; rm -rf $d; (exit $r)
Native SQLite types — as of 2025-06-30 — data TMP/n.db

violations (3)
  fte      TMP/p.cadre:4  S2 Bo Ray (social_worker): S2 works 0.7 FTE
  fte      TMP/p.cadre:4  S3 Cy Wu (team_manager): S3 works 1 FTE
  minutes  TMP/p.cadre:9  V2: V2 lasted 120 minutes

unknown (cannot judge) (1)
  minutes  TMP/p.cadre:9  V3: cannot judge: supervisions.minutes is missing (TMP/n.db:supervisions:3)

2 rules, 6 checks: 2 passed, 3 violations, 0 warnings, 1 unknown
? 1
$ d=$(mktemp -d); sqlite3 $d/e.db "CREATE TABLE teams(id TEXT, name TEXT, area TEXT, service TEXT); INSERT INTO teams VALUES('T1','North',NULL,'pods'),('T1','Again',NULL,'pods'); CREATE TABLE pods(id,name,team,lead,kind,formed); INSERT INTO pods VALUES('P1','Pod 1','T9','S1','practice',20240101); CREATE TABLE staff(id TEXT, name TEXT, role TEXT, pod TEXT, team TEXT, manager TEXT, contract TEXT, fte REAL, started TEXT, left TEXT, qualified TEXT, asye_status TEXT); INSERT INTO staff VALUES('S1','Ann Lee','wizard','P1','T1',NULL,'permanent',0.6,'2020-13-01',NULL,NULL,NULL),('S2','Bo Ray','social_worker',NULL,'T1','S7','permanent',0.1234567,'2020-01-01',NULL,NULL,NULL),('S3',NULL,'social_worker',NULL,'T1',NULL,'permanent','half','2020-01-01',NULL,NULL,NULL); CREATE TABLE cases(id, opened, category);"; cadre check examples/medway/policy.cadre --data $d/e.db --as-of 2025-06-30 2>&1 | sed "s#$d#TMP#g"; r=${PIPESTATUS[0]}; rm -rf $d; (exit $r)
TMP/e.db:teams:2:1: error: duplicate key 'T1' in teams (first at rowid 1)
TMP/e.db:pods:1:6: error: bad date '20240101' in column 'formed' (expected YYYY-MM-DD)
TMP/e.db:staff:1:3: error: unknown role code 'wizard'
  hint: declare it with: roles { wizard }
TMP/e.db:staff:1:9: error: bad date '2020-13-01' in column 'started' (expected YYYY-MM-DD)
TMP/e.db:staff:2:8: error: too many decimal places in '0.1234567' in column 'fte' (at most 6)
TMP/e.db:staff:3:2: error: missing value for required column 'name'
  hint: --allow-missing reads it as missing, so only the verdicts that need it are unknown
TMP/e.db:staff:3:8: error: bad number 'half' in column 'fte'
TMP/e.db:cases: error: table cases has no column 'child'
  hint: the table has: id, opened, category
TMP/e.db:pods:1:3: error: pods.team 'T9' refers to no row of teams
  hint: teams ids are read from TMP/e.db:teams
TMP/e.db:staff:2:6: error: staff.manager 'S7' refers to no row of staff
  hint: staff ids are read from TMP/e.db:staff
? 3
$ d=$(mktemp -d); printf 'SQLite format 3\0damaged' > $d/x.db; printf 'id\n' > $d/y.db; cadre check examples/medway/policy.cadre --data $d/x.db 2>&1 | sed "s#$d#TMP#g"; cadre check examples/medway/policy.cadre --data $d/y.db 2>&1 | sed "s#$d#TMP#g"; r=${PIPESTATUS[0]}; rm -rf $d; (exit $r)
TMP/x.db: error: cannot read SQLite database: file is not a database
TMP/y.db: error: neither a data directory nor a SQLite file
? 3
