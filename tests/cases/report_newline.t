# Was pending, now fixed: a data value holding a line break (legal in a quoted CSV field)
# is printed raw in the text report, splitting one finding over two lines.
# The text reporter should escape it as the JSON reporter does.  (Also
# "1 checks" - see wording.t.)
$ cadre check tests/policies/cli_tiny.cadre --data tests/data/pending_newline --as-of 2025-06-30
Tiny — as of 2025-06-30 — data tests/data/pending_newline

violations (1)
  hours  tests/policies/cli_tiny.cadre:6  S1 Ann Lee (social_worker): s.fte is 0.5, at least 0.8

judged nothing (1)
  held  tests/policies/cli_tiny.cadre:9  no cases rows in the data (tests/data/pending_newline/cases.csv)

2 rules, 1 check: 0 passed, 1 violation, 0 warnings, 0 unknown; 1 rule judged nothing
? 1
