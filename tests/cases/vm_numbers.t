# Limits of exact arithmetic: division by zero is missing (is missing and ?? see it), 18-digit values compare exactly, a product or sum that no longer fits stops the run (exit 2) at its line, a literal over 18 digits is a policy error.
$ cadre check tests/policies/vm_arith.cadre --data tests/data/lang_basic --as-of 2025-06-30
Arithmetic limits — as of 2025-06-30 — data tests/data/lang_basic

2 rules, 6 checks: 6 passed, 0 violations, 0 warnings, 0 unknown
? 0
$ cadre check tests/policies/vm_overflow.cadre --data tests/data/lang_basic --as-of 2025-06-30
tests/policies/vm_overflow.cadre:5:8: error: number too large to hold exactly
    5 |   must 999999999999999999 * 999999999999999999 > 0
      |        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
? 2
$ cadre check tests/policies/vm_big.cadre --data tests/data/vm_big --as-of 2025-06-30
tests/policies/vm_big.cadre:17:8: error: number too large to hold exactly
   17 |   must sum(big.n) > 0
      |        ^^^^^^^^^^
? 2
$ cadre lint tests/policies/vm_literal.cadre
tests/policies/vm_literal.cadre:5:8: error: number has too many digits (at most 18)
    5 |   must 1234567890123456789 > 0
      |        ^^^^^^^^^^^^^^^^^^^
1 error
? 2
