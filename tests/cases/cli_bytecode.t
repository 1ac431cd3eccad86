# Compiled bytecode: compile then check the .cbc (same output as the source), disasm of a tiny policy and of its compiled file, and clean errors (exit 2) for a corrupted, truncated, incompatible or mixed-in compiled file.
$ set -o pipefail; d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cadre compile tests/policies/cli_tiny.cadre -o $d/tiny.cbc | sed "s#$d/##" && cadre check $d/tiny.cbc --data tests/data/lang_basic --as-of 2025-06-30
wrote tiny.cbc: 2 rules, 358 bytes of code
Tiny — as of 2025-06-30 — data tests/data/lang_basic

violations (1)
  hours  tests/policies/cli_tiny.cadre:6  S2 Bob Kay (social_worker): s.fte is 0.5, at least 0.8

warnings (1)
  held  tests/policies/cli_tiny.cadre:11  C5: not met: c.worker is present

2 rules, 11 checks: 9 passed, 1 violation, 1 warning, 0 unknown
? 1
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cadre compile tests/policies/cli_tiny.cadre -o $d/tiny.cbc >/dev/null && cadre check $d/tiny.cbc --data tests/data/lang_basic --as-of 2025-06-30 --format json | jq -e '.summary.violations == 1 and .summary.warnings == 1'
true
? 0
$ cadre compile tests/policies/cli_broken.cadre -o /dev/null
tests/policies/cli_broken.cadre:5:12: error: staff has no field 'ftee'
    5 |     must s.ftee > 0
      |            ^^^^
  hint: did you mean 'fte'?
? 2
$ cadre disasm tests/policies/cli_disasm.cadre
rule enough (tests/policies/cli_disasm.cadre:4) must×1 "Enough staff"
        ; cli_disasm.cadre:5: must count(staff where in_post) >= 2
  0000  TABLE      staff
  0005  ITER       L2
  0010  NEWLIST    L5
  0015  NEXT       L2, ->0123
  0024  LOAD       L4
  0029  MEMO       staff, 1, ->0109
  0042  STORE      L6
        ; std.cadre:48: in_post: bool = started <= as_of and (left is missing or left > as_of)
  0047  LOAD       L6
  0052  FIELD      staff.started
  0061  ASOF
  0062  LE
  0063  LOAD       L6
  0068  FIELD      staff.left
  0077  ISMISSING
  0078  LOAD       L6
  0083  FIELD      staff.left
  0092  ASOF
  0093  GT
  0094  OR
  0095  AND
        ; cli_disasm.cadre:5: must count(staff where in_post) >= 2
  0096  REMEMBER   L6, staff, 1
  0109  KEEP       L2, L5
  0118  JUMP       ->0015
  0123  TAINT      L2, L5
  0132  LOAD       L5
  0137  COUNT
  0138  STORE      L0
  0143  CONST      2
  0148  STORE      L1
  0153  LOAD       L0
  0158  LOAD       L1
  0163  GE
  0164  REQ        req 0, ->0189
  0173  LOAD       L0
  0178  LOAD       L1
  0183  MISSING
  0184  FAIL       req 0
        ; cli_disasm.cadre:4: rule enough "Enough staff" {
  0189  RET
? 0
$ d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cadre compile tests/policies/cli_disasm.cadre -o $d/p.cbc >/dev/null && cadre disasm $d/p.cbc
rule enough (tests/policies/cli_disasm.cadre:4) must×1 "Enough staff"
        ; cli_disasm.cadre:5: must count(staff where in_post) >= 2
  0000  TABLE      staff
  0005  ITER       L2
  0010  NEWLIST    L5
  0015  NEXT       L2, ->0123
  0024  LOAD       L4
  0029  MEMO       staff, 1, ->0109
  0042  STORE      L6
        ; std.cadre:48: in_post: bool = started <= as_of and (left is missing or left > as_of)
  0047  LOAD       L6
  0052  FIELD      staff.started
  0061  ASOF
  0062  LE
  0063  LOAD       L6
  0068  FIELD      staff.left
  0077  ISMISSING
  0078  LOAD       L6
  0083  FIELD      staff.left
  0092  ASOF
  0093  GT
  0094  OR
  0095  AND
        ; cli_disasm.cadre:5: must count(staff where in_post) >= 2
  0096  REMEMBER   L6, staff, 1
  0109  KEEP       L2, L5
  0118  JUMP       ->0015
  0123  TAINT      L2, L5
  0132  LOAD       L5
  0137  COUNT
  0138  STORE      L0
  0143  CONST      2
  0148  STORE      L1
  0153  LOAD       L0
  0158  LOAD       L1
  0163  GE
  0164  REQ        req 0, ->0189
  0173  LOAD       L0
  0178  LOAD       L1
  0183  MISSING
  0184  FAIL       req 0
        ; cli_disasm.cadre:4: rule enough "Enough staff" {
  0189  RET
? 0
$ set -o pipefail; d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cadre compile tests/policies/cli_tiny.cadre -o $d/p.cbc >/dev/null && printf '\x55' | dd of=$d/p.cbc bs=1 seek=$(( $(stat -c %s $d/p.cbc) - 20 )) conv=notrunc 2>/dev/null && cadre check $d/p.cbc --data tests/data/lang_basic --as-of 2025-06-30 2>&1 | sed "s#$d/##"
error: p.cbc: corrupted (checksum mismatch)
? 2
$ set -o pipefail; d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cadre compile tests/policies/cli_tiny.cadre -o $d/p.cbc >/dev/null && printf '\x55' | dd of=$d/p.cbc bs=1 seek=300 conv=notrunc 2>/dev/null && cadre disasm $d/p.cbc 2>&1 | sed "s#$d/##"
error: p.cbc: corrupted (checksum mismatch)
? 2
$ set -o pipefail; d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cadre compile tests/policies/cli_tiny.cadre -o $d/p.cbc >/dev/null && head -c 200 $d/p.cbc > $d/cut.cbc && cadre check $d/cut.cbc --data tests/data/lang_basic --as-of 2025-06-30 2>&1 | sed "s#$d/##"
error: cut.cbc: truncated
? 2
$ set -o pipefail; d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cadre compile tests/policies/cli_tiny.cadre -o $d/p.cbc >/dev/null && head -c 12 $d/p.cbc > $d/cut.cbc && cadre check $d/cut.cbc --data tests/data/lang_basic --as-of 2025-06-30 2>&1 | sed "s#$d/##"
error: cut.cbc: truncated
? 2
$ set -o pipefail; d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cadre compile tests/policies/cli_tiny.cadre -o $d/p.cbc >/dev/null && printf '\x63' | dd of=$d/p.cbc bs=1 seek=8 conv=notrunc 2>/dev/null && cadre check $d/p.cbc --data tests/data/lang_basic --as-of 2025-06-30 2>&1 | sed "s#$d/##"
error: p.cbc: compiled by an incompatible cadre (format version 99, this cadre reads 3 to 4)
? 2
$ set -o pipefail; d=$(mktemp -d); trap 'rm -rf "$d"' EXIT; cadre compile tests/policies/cli_tiny.cadre -o $d/p.cbc >/dev/null && cadre check $d/p.cbc tests/policies/lang_should.cadre --data tests/data/lang_basic --as-of 2025-06-30 2>&1 | sed "s#$d/##"
error: p.cbc is compiled bytecode; give it alone, not with other policies
? 2
