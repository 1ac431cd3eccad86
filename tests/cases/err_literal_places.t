# Was pending, now fixed: a literal with more than 18 decimal places is reported as
# "number too large (at most 18 digits)"; it is not large, it is too precise.
$ cadre lint tests/policies/pending_literal_places.cadre
tests/policies/pending_literal_places.cadre:4:8: error: number has too many digits (at most 18)
    4 |   must 0.1234567890123456789 > 0
      |        ^^^^^^^^^^^^^^^^^^^^^
1 error
? 2
