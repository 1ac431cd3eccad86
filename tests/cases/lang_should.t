# should gives warnings: exit 0 when only shoulds fail, even with --strict; a rule without 'for each' judges the whole data once.
$ cadre check tests/policies/lang_should.cadre --data tests/data/lang_basic --as-of 2025-06-30
Warnings only — as of 2025-06-30 — data tests/data/lang_basic

warnings (2)
  agency  tests/policies/lang_should.cadre:6   S3 Cat Dee (asye): S3 is on contract agency
  whole   tests/policies/lang_should.cadre:11  (all data): count(staff where in_post and role in {social_worker, asye}) is 2, at least 3

2 rules, 7 checks: 5 passed, 0 violations, 2 warnings, 0 unknown
? 0
$ cadre check tests/policies/lang_should.cadre --data tests/data/lang_basic --as-of 2025-06-30 --strict
Warnings only — as of 2025-06-30 — data tests/data/lang_basic

warnings (2)
  agency  tests/policies/lang_should.cadre:6   S3 Cat Dee (asye): S3 is on contract agency
  whole   tests/policies/lang_should.cadre:11  (all data): count(staff where in_post and role in {social_worker, asye}) is 2, at least 3

2 rules, 7 checks: 5 passed, 0 violations, 2 warnings, 0 unknown
? 0
