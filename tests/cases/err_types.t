# Type errors (exit 2): date vs number, text vs role (hint: no quotes), role vs role set (hint: in), a non-boolean requirement, date minus a bare number, text + number, count of a single row.
$ cadre lint tests/policies/err_types.cadre
tests/policies/err_types.cadre:5:10: error: cannot apply '>' to a date and a number
    5 |     must s.started > 5
      |          ^^^^^^^^^^^^^
  hint: compare a date with a date (2025-03-31, as_of - 2 years), or count days with date - date
tests/policies/err_types.cadre:6:10: error: cannot apply '=' to a role and text
    6 |     must s.role = "asye"
      |          ^^^^^^^^^^^^^^^
  hint: role codes are written without quotes: s.role = social_worker
tests/policies/err_types.cadre:7:10: error: cannot apply '=' to a role and a role set
    7 |     must s.role = {asye, social_worker}
      |          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  hint: test membership of a role set with 'in': s.role in case_holders
tests/policies/err_types.cadre:8:10: error: a requirement is true or false, but this is a number
    8 |     must s.fte
      |          ^^^^^
  hint: a requirement is a condition, e.g. count(s.cases where open) <= 20
tests/policies/err_types.cadre:9:24: error: cannot apply '-' to a date and a number
    9 |     must s.qualified < as_of - 2
      |                        ^^^^^^^^^
  hint: compare a date with a date (2025-03-31, as_of - 2 years), or count days with date - date
tests/policies/err_types.cadre:10:10: error: cannot apply '+' to text and a number
   10 |     must s.name + 1 > 0
      |          ^^^^^^^^^^
tests/policies/err_types.cadre:11:16: error: count takes a collection, but this is a row of pods
   11 |     must count(s.pod) > 0
      |                ^^^^^
  hint: e.g. count(s.cases where open), avg(t.members.open_cases)
tests/policies/err_types.cadre:17:32: error: an interpolation prints one value, but this is a collection of cases
   17 |       otherwise "{s.id} holds {s.cases}"
      |                                ^^^^^^^
  hint: count it, e.g. {count(s.cases)}
tests/policies/err_types.cadre:18:24: error: 'and' joins conditions, but this is a number
   18 |     must s.in_post and s.fte
      |                        ^^^^^
9 errors
? 2
$ cadre check tests/policies/err_types.cadre --data tests/data/lang_basic --as-of 2025-06-30
tests/policies/err_types.cadre:5:10: error: cannot apply '>' to a date and a number
    5 |     must s.started > 5
      |          ^^^^^^^^^^^^^
  hint: compare a date with a date (2025-03-31, as_of - 2 years), or count days with date - date
tests/policies/err_types.cadre:6:10: error: cannot apply '=' to a role and text
    6 |     must s.role = "asye"
      |          ^^^^^^^^^^^^^^^
  hint: role codes are written without quotes: s.role = social_worker
tests/policies/err_types.cadre:7:10: error: cannot apply '=' to a role and a role set
    7 |     must s.role = {asye, social_worker}
      |          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  hint: test membership of a role set with 'in': s.role in case_holders
tests/policies/err_types.cadre:8:10: error: a requirement is true or false, but this is a number
    8 |     must s.fte
      |          ^^^^^
  hint: a requirement is a condition, e.g. count(s.cases where open) <= 20
tests/policies/err_types.cadre:9:24: error: cannot apply '-' to a date and a number
    9 |     must s.qualified < as_of - 2
      |                        ^^^^^^^^^
  hint: compare a date with a date (2025-03-31, as_of - 2 years), or count days with date - date
tests/policies/err_types.cadre:10:10: error: cannot apply '+' to text and a number
   10 |     must s.name + 1 > 0
      |          ^^^^^^^^^^
tests/policies/err_types.cadre:11:16: error: count takes a collection, but this is a row of pods
   11 |     must count(s.pod) > 0
      |                ^^^^^
  hint: e.g. count(s.cases where open), avg(t.members.open_cases)
tests/policies/err_types.cadre:17:32: error: an interpolation prints one value, but this is a collection of cases
   17 |       otherwise "{s.id} holds {s.cases}"
      |                                ^^^^^^^
  hint: count it, e.g. {count(s.cases)}
tests/policies/err_types.cadre:18:24: error: 'and' joins conditions, but this is a number
   18 |     must s.in_post and s.fte
      |                        ^^^^^
? 2
