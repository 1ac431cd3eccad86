# Data errors (exit 3) in a file's shape: wrong field counts, a missing required column (the header listed, or a near miss), a column twice, an unterminated quoted field, text after a closing quote, and a missing data directory.
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_fields
tests/data/data_fields/staff.csv:2:1: error: wrong number of fields: the header has 8, this row has 9
tests/data/data_fields/staff.csv:3:1: error: wrong number of fields: the header has 8, this row has 7
? 3
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_nocolumn
tests/data/data_nocolumn/staff.csv:1:1: error: staff.csv has no column 'started'
  hint: the header has: id, name, role, contract, fte
? 3
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_unterminated
tests/data/data_unterminated/staff.csv:2:4: error: unterminated quoted field
? 3
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_afterquote
tests/data/data_afterquote/staff.csv:2:9: error: unexpected text after closing quote
? 3
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/data_dupcolumn
tests/data/data_dupcolumn/staff.csv:1:35: error: column 'name' appears twice in the header (first as column 2)
? 3
$ cadre check tests/policies/data_check.cadre --as-of 2025-06-30 --data tests/data/no_such_dir
tests/data/no_such_dir: error: no such data directory
? 3
