# :rows N|all sets how many rows of a result are shown; :export FILE.csv
# writes the last result, every row, as CSV (computed fields included, RFC
# 4180 quoting), evaluated again so what-if edits since are in it.
$ printf 'staff where in_post\n:rows 2\ncases where open and worker.id = "S103"\n:rows\n:export %s\n:set C1012.closed = 2025-06-01\n:export %s\n:rows all\nstaff where id = "S103"\n:set S103.name = "Okafor, Daniel"\n:export %s\ncount(teams)\n:export %s\n' "$tmp/a.csv" "$tmp/b.csv" "$tmp/c.csv" "$tmp/d.csv" | cadre repl examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 2>&1 | sed "s|$tmp/||" | tail -17
… 21 more rows (23 in all; :rows all shows them)
note: a filter could not be judged for some rows (cases.worker is empty or dropped for C1511); they are not listed
query results show at most 2 rows (:rows all shows every row)
note: a filter could not be judged for some rows (cases.worker is empty or dropped for C1511); they are not listed
wrote a.csv: 23 rows of cases where open and worker.id = "S103"
cases C1012.closed: missing → 2025-06-01
note: a filter could not be judged for some rows (cases.worker is empty or dropped for C1511); they are not listed
wrote b.csv: 22 rows of cases where open and worker.id = "S103"
query results show every row
id    name           role           pod  team  manager  contract   fte  started     left  qualified   asye_status  in_post  open_cases  weighted_cases  asye_started  asye_clock
----  -------------  -------------  ---  ----  -------  ---------  ---  ----------  ----  ----------  -----------  -------  ----------  --------------  ------------  -------------
S103  Daniel Okafor  social_worker  P1         S101     permanent    1  2019-03-11        2017-06-30               true             22           24.75  2019-03-11    staff.started
(1 row)
staff S103.name: Daniel Okafor → Okafor, Daniel
wrote c.csv: 1 row of staff where id = "S103"
3
wrote d.csv: 1 row of count(teams)
? 0
$ wc -l < "$tmp/a.csv"; head -2 "$tmp/a.csv"; wc -l < "$tmp/b.csv"; cat "$tmp/c.csv" "$tmp/d.csv"
24
id,child,worker,opened,closed,category,weight,open,case_weight
C1012,MC815703,S103,2023-02-10,,cla,1.25,true,1.25
23
id,name,role,pod,team,manager,contract,fte,started,left,qualified,asye_status,in_post,open_cases,weighted_cases,asye_started,asye_clock
S103,"Okafor, Daniel",social_worker,P1,,S101,permanent,1,2019-03-11,,2017-06-30,,true,22,24.75,2019-03-11,staff.started
value
3
? 0
$ printf 'staff where in_post\n' | cadre repl examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 | tail -1
… 16 more rows (36 in all; :rows all shows them)
? 0
$ printf ':export x.csv\n:rows 0\n:rows many\n:export\n:export /nonexistent/dir/x.csv\n:help export\n' | cadre repl
error: no query result to export yet: type a query first (e.g. staff where in_post)
error: :rows takes a positive number or all, not '0'
error: :rows takes a positive number or all, not 'many'
error: :export needs a file name, e.g. :export result.csv
error: no query result to export yet: type a query first (e.g. staff where in_post)
:export FILE.csv
  write the last query's result to a CSV file, every row

Evaluates the last query again (what-if edits made since are in it) and
writes every row — stored columns and computed fields, as shown — to
FILE as CSV (RFC 4180: a heading line, commas, quotes where needed).
? 2
