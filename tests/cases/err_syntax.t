# Syntax errors (exit 2): every one in a file is reported with file:line:col, the line and an underline; a chained comparison gets a hint; a stray character; an unterminated string; dates that do not exist. check stops at the same errors.
$ cadre lint tests/policies/err_syntax.cadre
tests/policies/err_syntax.cadre:6:1: error: unexpected '}', expected an expression
    6 | }
      | ^
tests/policies/err_syntax.cadre:10:1: error: unexpected 'rule', expected one of: ')' or an operator
   10 | rule b {
      | ^^^^
tests/policies/err_syntax.cadre:11:14: error: unexpected '<', expected one of: '}', 'must', 'should', 'otherwise', 'as' or an operator
   11 |   must 1 < 2 < 3
      |              ^
  hint: comparisons do not chain: write 'a < b and b < c'
tests/policies/err_syntax.cadre:15:21: error: unexpected character '@'
   15 |   must count(staff) @ 2
      |                     ^
4 errors
? 2
$ cadre check tests/policies/err_syntax.cadre --data tests/data/lang_basic --as-of 2025-06-30
tests/policies/err_syntax.cadre:6:1: error: unexpected '}', expected an expression
    6 | }
      | ^
tests/policies/err_syntax.cadre:10:1: error: unexpected 'rule', expected one of: ')' or an operator
   10 | rule b {
      | ^^^^
tests/policies/err_syntax.cadre:11:14: error: unexpected '<', expected one of: '}', 'must', 'should', 'otherwise', 'as' or an operator
   11 |   must 1 < 2 < 3
      |              ^
  hint: comparisons do not chain: write 'a < b and b < c'
tests/policies/err_syntax.cadre:15:21: error: unexpected character '@'
   15 |   must count(staff) @ 2
      |                     ^
? 2
$ cadre lint tests/policies/err_string.cadre
tests/policies/err_string.cadre:6:17: error: unterminated string
    6 |       otherwise "{s.id} has no hours
      |                 ^^^^^^^^^^^^^^^^^^^^
1 error
? 2
$ cadre lint tests/policies/err_date.cadre
tests/policies/err_date.cadre:4:16: error: no such date 2025-02-30
    4 |   must as_of > 2025-02-30
      |                ^^^^^^^^^^
tests/policies/err_date.cadre:5:16: error: no such date 2025-13-01
    5 |   must as_of < 2025-13-01
      |                ^^^^^^^^^^
2 errors
? 2
