-- bench/import.sql — the SQL peer's load step: the nine CSV files into
-- SQLite tables (every column TEXT, '' for a missing value), then the indexes
-- that the checks' joins use. Run by the sqlite3 shell from inside the data
-- directory; bench/run.sh times it together with checks.sql ("import +
-- queries") and checks.sql alone on the result ("query-only").
PRAGMA journal_mode=OFF;
PRAGMA synchronous=OFF;
.mode csv
.import teams.csv teams
.import pods.csv pods
.import staff.csv staff
.import roles.csv roles
.import cases.csv cases
.import allocations.csv allocations
.import supervisions.csv supervisions
.import programmes.csv programmes
.import assessments.csv assessments
CREATE INDEX staff_id ON staff(id);
CREATE INDEX pods_id ON pods(id);
CREATE INDEX cases_worker ON cases(worker);
CREATE INDEX alloc_case ON allocations("case");
CREATE INDEX sup_pod ON supervisions(pod, kind, date);
