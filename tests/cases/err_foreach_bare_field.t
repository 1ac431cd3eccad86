# Was pending, now fixed: the design brief's own example `for each c in cases where open:`
# fails with "unknown name 'open'" and the generic hint; the for-each
# variable's fields are not in scope bare, which is fine, but the hint should
# point to c.open.
$ cadre lint tests/policies/pending_foreach_bare.cadre
tests/policies/pending_foreach_bare.cadre:4:29: error: unknown name 'open'
    4 |   for each c in cases where open:
      |                             ^^^^
  hint: 'open' is a field of c: write c.open
1 error
? 2
