# A policy saved by a Windows editor (UTF-8 byte-order mark, CRLF line ends)
# reads like any other; a directory given as a policy is a clear error.
$ set -o pipefail; printf '\xef\xbb\xbfpolicy "bom"\r\nrule r "x" {\r\n  for each s in staff:\r\n    must s.fte <= 0.8\r\n}\r\n' > $tmp/bom.cadre && cadre check $tmp/bom.cadre --data tests/data/lang_basic --as-of 2025-06-30 | sed "s|$tmp/||"
bom — as of 2025-06-30 — data tests/data/lang_basic

violations (5)
  r  bom.cadre:4  S1 Ann Lee (practice_manager): s.fte is 1, at most 0.8
  r  bom.cadre:4  S4 Dan Fox (social_worker): s.fte is 1, at most 0.8
  r  bom.cadre:4  S5 Eve Gold (senior_practitioner): s.fte is 1, at most 0.8
  r  bom.cadre:4  S6 Fay Hill (team_manager): s.fte is 1, at most 0.8
  r  bom.cadre:4  S7 Gus Ivy (social_worker): s.fte is 1, at most 0.8

1 rule, 7 checks: 2 passed, 5 violations, 0 warnings, 0 unknown
? 1
$ cadre lint tests
error: cannot read policy tests: Is a directory
1 error
? 2
