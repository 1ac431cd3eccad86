# docs/data.md stays true: its example rows, one file per table, load as a data set (and judge something), and every code of a coded column in stdlib/std.cadre is listed there.
$ d=$tmp/docdata; rm -rf $d; mkdir -p $d; awk -v d=$d '/^## [a-z_]+\.csv/ { f = $2 } /^```$/ { if (inb) { inb = 0; f = "" } else if (f != "") inb = 1; next } inb { print > (d "/" f) }' docs/data.md; ls $d; cadre check tests/policies/data_check.cadre --data $d --as-of 2025-06-30 | tail -1
allocations.csv
assessments.csv
cases.csv
pods.csv
programmes.csv
roles.csv
staff.csv
supervisions.csv
teams.csv
2 rules, 2 checks: 2 passed, 0 violations, 0 warnings, 0 unknown
? 0
$ grep -E '^  [a-z_]+: text in {' stdlib/std.cadre | grep -o 'in {[^}]*}' | grep -o '"[a-z_]*"' | tr -d '"' | while read c; do grep -q "\`$c\`" docs/data.md || echo "not in docs/data.md: $c"; done; grep -o '^  [a-z_, ]*$' stdlib/std.cadre | tr ',' '\n' | tr -d ' ' | grep . | while read r; do grep -q "\`$r\`" docs/data.md || echo "role not in docs/data.md: $r"; done; echo checked
checked
? 0
