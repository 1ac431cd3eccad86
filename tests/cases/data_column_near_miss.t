# Was pending, now fixed: a required column missing from the header, with a near miss in
# the header ('strated'), gets the hint "did you mean 'strated'?" - the
# wrong way round: the file should be fixed to say 'started', not the other
# way.  Now:  hint: did you mean 'strated'?
$ cadre check tests/policies/data_check.cadre --data tests/data/data_nocolumn_near --as-of 2025-06-30
tests/data/data_nocolumn_near/staff.csv:1:1: error: staff.csv has no column 'started'
  hint: the header has 'strated'; rename it to 'started'
? 3
