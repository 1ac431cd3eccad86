# What fuzzing found, now refused cleanly (fuzz/crashers/README.md): an image
# reading a local before writing it, an image asking for billions of locals,
# an expression chain too deep for the recursive passes, and a table whose
# data file would lie outside the data directory.
$ set -o pipefail; cadre check fuzz/corpus/bytecode/found-stale-local-uaf.cbc --data examples/medway/data --as-of 2025-06-30 2>&1 | sed 's/pc [0-9]*/pc N/'
fuzz/corpus/policy/test_missing_ref.cadre:11:8: error: bytecode verify: pc N (LOAD): local L0 is read before it is written on some path
   11 |   must count(staff where in_post and pod.team.name = "North Team") = 4
      |        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
? 2
$ cadre check fuzz/corpus/bytecode/found-huge-nlocals.cbc --data examples/medway/data --as-of 2025-06-30
error: bytecode verify: 2147483655 locals (at most 1024)
? 2
$ set -o pipefail; cadre lint tests/fuzz/long-plus-chain.cadre 2>&1 | cut -c1-100
tests/fuzz/long-plus-chain.cadre:2:1: error: expression nested too deeply (more than 400 levels)
    2 | let x = 1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  hint: split it with lets, or a rule with several requirements
1 error
? 2
$ cadre lint tests/policies/err_table_path.cadre
tests/policies/err_table_path.cadre:1:1: error: table leak: '../../etc/passwd' is not a plain file name
    1 | table leak "../../etc/passwd" {
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  hint: name a file in the data directory, e.g. "staff.csv"
1 error
? 2
