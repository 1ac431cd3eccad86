# PENDING: a field read through an EMPTY optional reference loses the cause
# of the missing value.  p.lead is empty for P3 (pods.csv:4) and staff.pod is
# empty for S5 (staff.csv:6), but the unknown says only "a value it needs is
# missing".  Cause: runtime/vm.c field_of() returns vl_missing() for a
# missing object instead of passing the object's cause on (opcodes.h FIELD:
# "missing stays missing and is noted as the missing field").
# Now:   P3 Support Pod: cannot judge: a value it needs is missing
# Right: the empty reference named, with its file:line, as below.
$ cadre check tests/policies/pending_missing_ref.cadre --data tests/data/lang_basic --as-of 2025-06-30
Missing reference — as of 2025-06-30 — data tests/data/lang_basic

unknown (missing data) (2)
  lead   tests/policies/pending_missing_ref.cadre:7   P3 Support Pod: cannot judge: pods.lead is missing (tests/data/lang_basic/pods.csv:4)
  north  tests/policies/pending_missing_ref.cadre:11  (all data): cannot judge: staff.pod is missing for S5 Eve Gold (senior_practitioner) (tests/data/lang_basic/staff.csv:6)

2 rules, 2 checks: 0 passed, 0 violations, 0 warnings, 2 unknown
? 0
