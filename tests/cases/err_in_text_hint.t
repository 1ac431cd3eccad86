# Was pending, now fixed: a role tested against a set of quoted strings gets no hint, while
# s.role = "asye" gets "role codes are written without quotes".  check.c's
# N_IN branch only hints for a text element against a role set, not for a
# role against a list of text.
$ cadre lint tests/policies/pending_in_text.cadre
tests/policies/pending_in_text.cadre:5:10: error: the right side holds text, but this is a role
    5 |     must s.role in {"asye", "social_worker"}
      |          ^^^^^^
  hint: role codes are written without quotes: s.role in {asye, social_worker}
1 error
? 2
