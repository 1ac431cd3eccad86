# cadre fmt prints a policy in the canonical layout, comments kept in place.
# --check lists the files that would change and exits 1; --diff shows how.
# --write fixes the file; after it, --check passes and formatting again
# changes nothing. ($tmp is the test runner's scratch directory.)
# The example policies are in canonical form already.
# A file with syntax errors is not formatted: every error is shown, exit 2.
# Then usage errors.
$ cadre fmt tests/fmt/messy.cadre
# A badly laid out policy: cadre fmt puts it in canonical form.
policy "Messy council"
effective 2025-04-01

let holders = {social_worker, asye}  # case holders
let limit = 20.5

caseload {
  cap: at most 20 open cases for holders
  average at most 17 per team for holders
}

roles { team_leader, coach }

# the pod
pod practice {
  lead: practice_manager
  exactly 4 of holders
}

rule visited "Visited \"on time\"" {
  for each s in staff where s.in_post and s.role in holders:
    must count(s.cases where open) <= limit
      otherwise "{s.id} has {count(s.cases where open)} cases"  # evidence

    # a should, after a blank line
    should not (s.qualified is missing) and (s.fte ?? 1) >= 0.5
}

rule tiny {
  must 1 day < 2 weeks
}

# a long condition: one operand a line
rule long {
  for each s in staff where s.in_post:
    must s.open_cases <= 20
         or s.role = practice_manager
         or count(s.cases where open and category = "cp") = 0
}
? 0
$ cadre fmt --check tests/fmt/messy.cadre examples/medway/policy.cadre
tests/fmt/messy.cadre
1 file not in canonical form (cadre fmt --write fixes it)
? 1
$ cadre fmt --diff tests/fmt/messy.cadre
--- a/tests/fmt/messy.cadre
+++ b/tests/fmt/messy.cadre
@@ -1,22 +1,40 @@
 # A badly laid out policy: cadre fmt puts it in canonical form.
-policy   "Messy council"
+policy "Messy council"
 effective 2025-04-01
 
+let holders = {social_worker, asye}  # case holders
+let limit = 20.5
 
-let   holders={social_worker,asye}   # case holders
-let limit = 020.50
-caseload { cap : at most 20 open cases for holders
-average at most 17 per team for holders }
-roles {team_leader
-  coach}
+caseload {
+  cap: at most 20 open cases for holders
+  average at most 17 per team for holders
+}
+
+roles { team_leader, coach }
+
 # the pod
-pod practice { lead: practice_manager   exactly 4 of holders }
-rule   visited "Visited \"on time\"" { for each s in staff where s.in_post and (s.role in holders):
-must count(s.cases where open)<=limit otherwise "{s.id} has {count(s.cases where open)} cases"   # evidence
+pod practice {
+  lead: practice_manager
+  exactly 4 of holders
+}
 
-      # a should, after a blank line
-  should not (s.qualified is missing) and (s.fte ?? 1) >= 0.5
-  }
-rule   tiny { must 1 days < 2 week }
+rule visited "Visited \"on time\"" {
+  for each s in staff where s.in_post and s.role in holders:
+    must count(s.cases where open) <= limit
+      otherwise "{s.id} has {count(s.cases where open)} cases"  # evidence
+
+    # a should, after a blank line
+    should not (s.qualified is missing) and (s.fte ?? 1) >= 0.5
+}
+
+rule tiny {
+  must 1 day < 2 weeks
+}
+
 # a long condition: one operand a line
-rule long { for each s in staff where s.in_post: must s.open_cases <= 20 or s.role = practice_manager or count(s.cases where open and category = "cp") = 0 }
+rule long {
+  for each s in staff where s.in_post:
+    must s.open_cases <= 20
+         or s.role = practice_manager
+         or count(s.cases where open and category = "cp") = 0
+}
1 file not in canonical form (cadre fmt --write fixes it)
? 1
$ cp tests/fmt/messy.cadre $tmp/messy.cadre && cadre fmt --write $tmp/messy.cadre | sed "s|$tmp|TMP|"
formatted TMP/messy.cadre
? 0
$ cadre fmt --check $tmp/messy.cadre && cadre fmt $tmp/messy.cadre | cmp - $tmp/messy.cadre && cadre fmt tests/fmt/messy.cadre | cmp - $tmp/messy.cadre && echo same
same
? 0
$ cadre fmt --check examples/*/policy.cadre
? 0
$ cadre fmt tests/fmt/broken.cadre
tests/fmt/broken.cadre:4:1: error: unexpected '}', expected an expression
    4 | }
      | ^
tests/fmt/broken.cadre:7:14: error: unexpected '<', expected one of: '}', 'must', 'should', 'otherwise', 'as' or an operator
    7 |   must 1 < 2 < 3
      |              ^
  hint: comparisons do not chain: write 'a < b and b < c'
cadre fmt: tests/fmt/broken.cadre not formatted: fix the errors above first
? 2
$ cadre fmt --write tests/fmt/broken.cadre
tests/fmt/broken.cadre:4:1: error: unexpected '}', expected an expression
    4 | }
      | ^
tests/fmt/broken.cadre:7:14: error: unexpected '<', expected one of: '}', 'must', 'should', 'otherwise', 'as' or an operator
    7 |   must 1 < 2 < 3
      |              ^
  hint: comparisons do not chain: write 'a < b and b < c'
cadre fmt: tests/fmt/broken.cadre not formatted: fix the errors above first
? 2
$ cadre fmt --check --write tests/fmt/messy.cadre
cadre fmt: --check and --write do not go together
? 4
$ cadre fmt --tidy tests/fmt/messy.cadre
cadre fmt: unknown option '--tidy'
usage: cadre fmt [--check|--write|--diff] POLICY...

Prints each policy file in the one canonical layout, comments kept: 2-space
blocks, one item per line, `for each` on its own line with requirements under
it, `otherwise` on the next line, exact numbers, ISO dates, re-escaped strings.
Formatting twice changes nothing, and the result always parses to the same rules.

  --check   print the files that are not in canonical form; exit 1 if any
  --write   rewrite the files that are not in canonical form, in place
  --diff    print a unified diff of the changes; exit 1 if any

exit: 0 formatted, 1 a file would change (--check, --diff), 2 syntax error, 4 usage
? 4
$ cadre fmt
cadre fmt: no policy files given
usage: cadre fmt [--check|--write|--diff] POLICY...

Prints each policy file in the one canonical layout, comments kept: 2-space
blocks, one item per line, `for each` on its own line with requirements under
it, `otherwise` on the next line, exact numbers, ISO dates, re-escaped strings.
Formatting twice changes nothing, and the result always parses to the same rules.

  --check   print the files that are not in canonical form; exit 1 if any
  --write   rewrite the files that are not in canonical form, in place
  --diff    print a unified diff of the changes; exit 1 if any

exit: 0 formatted, 1 a file would change (--check, --diff), 2 syntax error, 4 usage
? 4
$ cadre fmt tests/fmt/no_such_file.cadre
cadre fmt: cannot read tests/fmt/no_such_file.cadre: No such file or directory
? 2
