# Was pending, now fixed: an unknown role code in the data always gets the hint "declare it
# with: roles { X }", even when X is a typo of a declared code (it should
# say did you mean 'social_worker'?) or cannot be a role code at all
# ("roles { Social Worker }" is a syntax error).
# Now:  hint: declare it with: roles { social_wroker }
#       hint: declare it with: roles { Social Worker }
$ cadre check tests/policies/data_check.cadre --data tests/data/pending_role_typo --as-of 2025-06-30
tests/data/pending_role_typo/staff.csv:2:12: error: unknown role code 'social_wroker'
  hint: did you mean 'social_worker'?
tests/data/pending_role_typo/staff.csv:3:12: error: unknown role code 'Social Worker'
  hint: did you mean 'social_worker'?
? 3
