# Was pending, now fixed: name/type checking after syntax errors reports errors that are
# only consequences of them: "unknown name 's'" after the for-each line
# that declares s failed to parse (missing ':'), and "a requirement is true
# or false, but this is text" on an unterminated string.  Only the two
# syntax errors should be reported.
$ cadre lint tests/policies/pending_cascade.cadre
tests/policies/pending_cascade.cadre:5:5: error: unexpected 'must', expected one of: ':', '(' or an operator
    5 |     must s.fte > 0
      |     ^^^^
tests/policies/pending_cascade.cadre:9:8: error: unterminated string
    9 |   must "abc = 1
      |        ^^^^^^^^
2 errors
? 2
