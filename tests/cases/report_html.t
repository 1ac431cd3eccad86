# The HTML audit report (cli/html.c). Every example's report is committed
# under docs/reports/ (`make reports`): each must be what cadre writes now,
# byte for byte — the golden test of the page. Then: --output; one file with
# no external references; the headings and plain-English rules a reader
# finds; verify-report reproducing the committed report, catching an edited
# page, a changed data file, another policy and a compiled policy given for
# the sources, and its usage errors; data text escaped (no markup from a
# name reaches the page); rules that judged nothing said so, never passed; the
# same stamp in JSON, SARIF and from compiled bytecode; the digest being the
# SHA-256 of the listing docs/report.md documents, each file's what sha256sum says.
$ for d in examples/*/; do e=$(basename $d); cadre check examples/$e/policy.cadre --data examples/$e/data --as-of 2025-06-30 --format html | cmp - docs/reports/$e.html && echo "docs/reports/$e.html is current"; done
docs/reports/lincolnshire.html is current
docs/reports/medway.html is current
docs/reports/somerset.html is current
docs/reports/tower_hamlets.html is current
docs/reports/wiltshire.html is current
? 0
$ ls docs/reports
lincolnshire.html
medway.html
somerset.html
tower_hamlets.html
wiltshire.html
? 0
$ cadre check examples/somerset/policy.cadre --data examples/somerset/data --as-of 2025-06-30 --format html --output $tmp/s.html | tail -1; cmp $tmp/s.html docs/reports/somerset.html && echo same
4 rules, 12 checks: 10 passed, 2 violations, 0 warnings, 0 unknown
same
? 0
$ grep -l -i -E '(src|href)="(https?:)?//|@import|url\(http' docs/reports/*.html || echo "no external references"
no external references
? 0
$ grep -o -E '<h[1-3][^>]*>[^<]*' docs/reports/medway.html | sed 's/<[^>]*>//'
Medway children&#39;s services
Summary
What needs attention
At a glance
Every check, rule by rule
Where the breaches are
Caseloads against the cap
Group supervision in each pod
All findings
The rules, one by one
At most 20 open cases for case_holders 
Average at most 17 open cases per FTE across the council for case_holders 
A practice pod is led by a practice_manager 
A practice pod has exactly 4 of case_holders 
A practice pod has at most 1 of asye 
A child keeps the same social worker after assessment 
Case holders are qualified social workers 
Group supervision weekly in every practice pod (judged over the last 12 weeks) 
Entry into senior_practitioner (from social_worker or by any other route) only when its requirements held 
Provenance
? 0
$ grep -o '<p class="plain">[^<]*' docs/reports/medway.html | sed 's/<[^>]*>//' | head -3
Every social worker, senior practitioner, advanced practitioner or ASYE social worker in post holds at most 20 open cases.
Across the council, the social workers, senior practitioners, advanced practitioners or ASYE social workers in post hold at most 17 open cases per full-time equivalent (the cases they hold divided by their summed FTE).
Every practice pod is led by a practice manager.
? 0
$ grep -c 'class="sha"' docs/reports/medway.html
11
? 0
$ cadre verify-report docs/reports/medway.html --data examples/medway/data examples/medway/policy.cadre
reproduced exactly: docs/reports/medway.html
  as of 2025-06-30, 10 input files, digest 1c4a872fe3da11865680429af0ff47049f54c85c20f9e30020eb3f3a861fa7de
? 0
$ sed 's/Daniel Okafor/Dan Okafor/' docs/reports/medway.html > $tmp/edited.html; cadre verify-report $tmp/edited.html --data examples/medway/data examples/medway/policy.cadre > $tmp/o; rc=$?; sed "s|$tmp|TMP|" $tmp/o; (exit $rc)
not reproduced: TMP/edited.html
  the inputs are the same (digest 1c4a872fe3da11865680429af0ff47049f54c85c20f9e30020eb3f3a861fa7de) but the page differs from line 108: it was edited after it was written
? 1
$ rm -rf $tmp/report-md; cp -r examples/medway/data $tmp/report-md; cadre check examples/medway/policy.cadre --data $tmp/report-md --as-of 2025-06-30 --format html > $tmp/report-md.html; echo "C9999,MC1,S103,2025-06-01,,cin,1" >> $tmp/report-md/cases.csv; cadre verify-report $tmp/report-md.html --data $tmp/report-md examples/medway/policy.cadre > $tmp/o; rc=$?; sed "s|$tmp|TMP|" $tmp/o; rm -rf $tmp/report-md; (exit $rc)
not reproduced: TMP/report-md.html
  TMP/report-md/cases.csv: changed since the report (sha256 was 7aa934a9fa42…, now 3c110c5aab73…)
? 1
$ cadre verify-report docs/reports/medway.html --data examples/medway/data examples/wiltshire/policy.cadre
not reproduced: docs/reports/medway.html
  examples/medway/policy.cadre: in the report, not read now
  examples/wiltshire/policy.cadre: read now, not listed in the report
  <stdlib>/england/asye.cadre: read now, not listed in the report
? 1
$ cadre compile examples/medway/policy.cadre -o $tmp/v.cbc >/dev/null; cadre verify-report docs/reports/medway.html --data examples/medway/data $tmp/v.cbc
not reproduced: docs/reports/medway.html
  the inputs are the same (digest 1c4a872fe3da11865680429af0ff47049f54c85c20f9e30020eb3f3a861fa7de) but the report was written from the policy sources; give the .cadre files
? 1
$ rm -rf $tmp/report-x; cp -r examples/medway/data $tmp/report-x; sed -i 's|^S103,Daniel Okafor,|S103,"Dan <script>alert(1)</script> ""\&"" O'"'"'K",|' $tmp/report-x/staff.csv; cadre check examples/medway/policy.cadre --data $tmp/report-x --as-of 2025-06-30 --format html > $tmp/report-x.html; grep -c '<script>alert' $tmp/report-x.html; grep -o 'Dan &lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&quot; O&#39;K' $tmp/report-x.html | sort | uniq -c; rm -rf $tmp/report-x
0
      5 Dan &lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&quot; O&#39;K
? 0
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_headeronly --format html 2>/dev/null | grep -o 'judged nothing[^<]*'
judged nothing. 0 of 0 checks passed.
judged nothing (2)
judged nothing (not a pass)
judged nothing (not a pass)
judged nothing: no staff rows in the data (tests/data/data_headeronly/staff.csv)
judged nothing: no cases rows in the data (tests/data/data_headeronly/cases.csv)
? 0
$ cadre verify-report README.md --data examples/medway/data examples/medway/policy.cadre
cadre verify-report: README.md is not a cadre HTML report (it has no provenance stamp)
? 3
$ cadre verify-report docs/reports/medway.html examples/medway/policy.cadre
cadre: verify-report needs the report, --data DIR and the policies: cadre verify-report REPORT.html --data DIR POLICY...
(try: cadre help)
? 4
$ cadre verify-report $tmp/nope.html --data examples/medway/data examples/medway/policy.cadre > $tmp/o 2>&1; rc=$?; sed "s|$tmp|TMP|" $tmp/o; (exit $rc)
cadre verify-report: cannot read TMP/nope.html: No such file or directory
? 3
$ cadre check examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 --format json | python3 -c 'import json,sys; p=json.load(sys.stdin)["provenance"]; print(p["digest"]); [print(f["sha256"][:16], f["kind"], f["name"]) for f in p["files"]]'
1c4a872fe3da11865680429af0ff47049f54c85c20f9e30020eb3f3a861fa7de
65dbdb14111fb7c7 standard schema <stdlib>/std.cadre
9c499593ca857388 policy examples/medway/policy.cadre
f57caa29f8cc87c7 data examples/medway/data/teams.csv
b4cd5bbbf1495371 data examples/medway/data/pods.csv
8f0ee23c31ba10da data examples/medway/data/staff.csv
0a0e4fd40bb21fac data examples/medway/data/roles.csv
7aa934a9fa42a209 data examples/medway/data/cases.csv
d29a1dfc58b54173 data examples/medway/data/allocations.csv
11f0e1e96416ecc0 data examples/medway/data/supervisions.csv
07f5167b8139305f data examples/medway/data/assessments.csv
? 0
$ cadre check examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 --format sarif | python3 -c 'import json,sys; print(json.load(sys.stdin)["runs"][0]["properties"]["provenance"]["digest"])'
1c4a872fe3da11865680429af0ff47049f54c85c20f9e30020eb3f3a861fa7de
? 0
$ cadre compile examples/medway/policy.cadre -o $tmp/m.cbc >/dev/null; cadre check $tmp/m.cbc --data examples/medway/data --as-of 2025-06-30 --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["provenance"]["digest"])'
1c4a872fe3da11865680429af0ff47049f54c85c20f9e30020eb3f3a861fa7de
? 0
$ cadre check examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 --format json | python3 -c 'import json,sys,hashlib; p=json.load(sys.stdin)["provenance"]; t="cadre %s\nbytecode %d\nas-of %s\n" % (p["cadre"], p["bytecode"], p["as_of"]) + "".join("%s  %s  %s\n" % (f["sha256"], f["kind"], f["name"]) for f in p["files"]); print(hashlib.sha256(t.encode()).hexdigest() == p["digest"])'
True
? 0
$ sha256sum examples/medway/data/staff.csv | cut -c1-16
8f0ee23c31ba10da
? 0
