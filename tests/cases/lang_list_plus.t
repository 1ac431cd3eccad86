# Was pending, now fixed: '+' joins two collections of rows, but the checker refuses two
# lists of values (text, roles), although the VM's ADD is "list+list" for
# any lists (runtime/opcodes.h).  Either the checker should allow it or the
# docs should say + is for collections of rows only.  Also: "a list of a
# role" should read "a list of roles".
$ cadre check tests/policies/pending_list_plus.cadre --data tests/data/lang_basic --as-of 2025-06-30
List plus — as of 2025-06-30 — data tests/data/lang_basic

1 rule, 2 checks: 2 passed, 0 violations, 0 warnings, 0 unknown
? 0
