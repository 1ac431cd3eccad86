# Was pending, now fixed: a keyword used as a rule name (roles, caseload, each, distinct,
# ...) gives "expected identifier" and, for item keywords, a second cascading
# error on the title.  One error, saying the word is reserved, would help.
$ cadre lint tests/policies/pending_keyword_name.cadre
tests/policies/pending_keyword_name.cadre:3:6: error: unexpected 'roles', expected a name
    3 | rule roles "Roles" {
      |      ^^^^^
  hint: 'roles' is a keyword; choose another name
1 error
? 2
