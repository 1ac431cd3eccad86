# cadre repl: expressions and queries print their values. A row list is an
# aligned table of the table's stored columns (20 rows at most, then a count
# of the rest); a list of values is one column; anything else prints as its
# evidence text. Standard input is not a terminal: no prompt, no banner, and
# the exit code is 0 when every command succeeded, else 2.
$ printf '%s\n' 'staff where role = social_worker' 'count(cases where open)' '(staff where in_post).name' 'staff where role = coach' 'cases where worker.id = "S11"' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
id   name       role           pod  team  manager  contract   fte  started     left        qualified   asye_status  in_post  open_cases  weighted_cases  asye_started  asye_clock
---  ---------  -------------  ---  ----  -------  ---------  ---  ----------  ----------  ----------  -----------  -------  ----------  --------------  ------------  -------------
S11  Ben Brook  social_worker  P1         S10      permanent    1  2019-09-02              2019-07-01               true              4             4.5  2019-09-02    staff.started
S22  Fay Fox    social_worker  P2         S20      permanent    1  2021-05-04  2024-12-31  2021-03-01               false             0               0  2021-05-04    staff.started
(2 rows)
8
value
----------
Ann Archer
Ben Brook
Cat Cole
Dan Dale
Eve Eze
(5 values)
id  name  role  pod  team  manager  contract  fte  started  left  qualified  asye_status  in_post  open_cases  weighted_cases  asye_started  asye_clock
--  ----  ----  ---  ----  -------  --------  ---  -------  ----  ---------  -----------  -------  ----------  --------------  ------------  ----------
(0 rows)
id  child  worker  opened      closed      category  weight  open   case_weight
--  -----  ------  ----------  ----------  --------  ------  -----  -----------
C1  K001   S11     2024-01-10              cin            1  true             1
C2  K002   S11     2024-02-11              cp           1.5  true           1.5
C3  K003   S11     2024-03-12              cin            1  true             1
C4  K004   S11     2024-04-13              cla               true             1
C8  K008   S11     2023-07-17  2024-05-01  cin            1  false            1
(5 rows)
note: a filter could not be judged for some rows (cases.worker is empty or dropped for C9); they are not listed
? 0
$ printf '%s\n' '1 / 3' 'avg(staff.fte)' 'as_of + 3 months' '{asye, social_worker}' 'max(staff.started)' 'sum(cases.weight)' 'count(staff where in_post) > 4' 'staff.home_team' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
0.33
0.97
2025-09-30
{asye, social_worker}
2024-09-02
missing
(cases.weight is missing for C4)
true
id  name        area   service
--  ----------  -----  -------
T1  North Team  North  pods
T1  North Team  North  pods
T1  North Team  North  pods
T2  South Team  South  pods
T2  South Team  South  pods
T2  South Team  South  pods
(6 rows)
? 0
$ printf '%s\n' 'staff where rol = asye' 'S11' 'count(staff' | cadre repl tests/repl/policy.cadre --data tests/repl/data --as-of 2025-06-30
<repl>:1:13: error: unknown name 'rol'
    1 | staff where rol = asye
      |             ^^^
  hint: did you mean 'role'?
error: S11 is a key of staff, not a name: `:why S11` judges it, `staff where id = "S11"` shows it
<repl>:1:12: error: unexpected end of expression, expected one of: '(', ')', ',' or an operator
    1 | count(staff
      |            ^
? 2
$ printf '%s\n' 'cases where worker.id = "S119" and open' 'staff.open_cases' | cadre repl examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30
id     child     worker  opened      closed  category     weight  open  case_weight
-----  --------  ------  ----------  ------  -----------  ------  ----  -----------
C1003  MC725202  S119    2023-01-11          cin               1  true            1
C1019  MC553140  S119    2023-03-07          care_leaver    0.75  true         0.75
C1061  MC844701  S119    2023-07-13          cin               1  true            1
C1073  MC689231  S119    2023-08-08          cp              1.5  true          1.5
C1085  MC524437  S119    2023-09-14          cin               1  true            1
C1122  MC735560  S119    2023-11-29          cin               1  true            1
C1135  MC755142  S119    2023-12-27          cin               1  true            1
C1176  MC959837  S119    2024-03-07          cla            1.25  true         1.25
C1181  MC312005  S119    2024-03-18          cp              1.5  true          1.5
C1232  MC830460  S119    2024-06-26          cin               1  true            1
C1234  MC155718  S119    2024-06-29          cp              1.5  true          1.5
C1246  MC937402  S119    2024-07-20          cin               1  true            1
C1260  MC958838  S119    2024-08-11          cin               1  true            1
C1268  MC947263  S119    2024-08-29          cin               1  true            1
C1277  MC556237  S119    2024-09-16          cp              1.5  true          1.5
C1291  MC882283  S119    2024-10-06          cin               1  true            1
C1311  MC316317  S119    2024-11-11          cin               1  true            1
C1407  MC278442  S119    2025-03-24          care_leaver    0.75  true         0.75
C1409  MC148033  S119    2025-03-27          cin               1  true            1
C1493  MC617814  S119    2025-06-08          cla            1.25  true         1.25
… 1 more row (21 in all; :rows all shows them)
note: a filter could not be judged for some rows (cases.worker is empty or dropped for C1511); they are not listed
value
-----
    0
    0
   20
   23
   18
   12
    0
   17
   19
   16
   18
    0
   17
   18
   16
   13
    0
    0
   18
   21
… 17 more values (37 in all; :rows all shows them)
? 0
