# Encodings. A CSV file that is not UTF-8 (Excel's Windows "CSV" saves Windows-1252) is a data error at the first such byte, with a hint naming the option; it is never read as mojibake.
$ cadre check tests/policies/data_check.cadre --data tests/data/data_latin1 --as-of 2025-06-30
tests/data/data_latin1/staff.csv:3:7: error: not UTF-8 text: byte 0xE9 here; the file looks like a Windows (Excel) CSV export
  hint: read it with --encoding windows-1252 (or latin1), or save it from Excel as "CSV UTF-8"
? 3
$ cadre check tests/policies/data_check.cadre --data tests/data/data_latin1 --as-of 2025-06-30 --encoding windows-1252
Data — as of 2025-06-30 — data tests/data/data_latin1

violations (2)
  fte  tests/policies/data_check.cadre:6  S2 Renée O’Brien (social_worker): not met: s.fte > 0 and s.fte <= 1
  fte  tests/policies/data_check.cadre:6  S3 Zoë “Zee” Žák € (asye): not met: s.fte > 0 and s.fte <= 1

judged nothing (1)
  opened  tests/policies/data_check.cadre:9  no cases rows in the data (tests/data/data_latin1/cases.csv)

2 rules, 3 checks: 1 passed, 2 violations, 0 warnings, 0 unknown; 1 rule judged nothing
? 1
$ cadre check tests/policies/data_check.cadre --data tests/data/data_latin1 --as-of 2025-06-30 --encoding latin1 --format json 2>/dev/null | grep -o '"label": "[^"]*"'
"label": "S2 Renée O’Brien (social_worker)"
"label": "S3 Zoë “Zee” Žák € (asye)"
? 0
$ cadre check tests/policies/data_rfc4180.cadre --data tests/data/data_rfc4180 --as-of 2025-06-30 --encoding cp1252 | grep 'Lee'
  names  tests/policies/data_rfc4180.cadre:19  S1 Lee, Ann (social_worker): Lee, Ann works 1
? 0
$ cadre check tests/policies/data_check.cadre --data tests/data/data_latin1 --encoding ebcdic
cadre: unknown encoding 'ebcdic' (utf-8, windows-1252, cp1252 or latin1)
(try: cadre help)
? 4
$ for f in text json junit sarif tap github html; do cadre check tests/policies/data_not_utf8.cadre --data tests/data/lang_basic --as-of 2025-06-30 --format $f > $tmp/out 2>&1; python3 -c "import sys; sys.stdin.buffer.read().decode('utf-8')" < $tmp/out && echo "$f: valid UTF-8"; done
text: valid UTF-8
json: valid UTF-8
junit: valid UTF-8
sarif: valid UTF-8
tap: valid UTF-8
github: valid UTF-8
html: valid UTF-8
? 0
$ cadre check tests/policies/data_not_utf8.cadre --data tests/data/lang_basic --as-of 2025-06-30 | head -4
Caf� council — as of 2025-06-30 — data tests/data/lang_basic

violations (6)
  r  tests/policies/data_not_utf8.cadre:7  S1 Ann Lee (practice_manager): fte � 1
? 0
