# The command line: help and version texts, usage errors (exit 4) with did-you-mean and the command's help, and which argument was wrong.
$ cadre --help
cadre — workforce policy rules for children's social work

usage: cadre COMMAND [OPTIONS] [ARGS]

commands:
  check POLICY... --data DIR        check policies against a data set, with evidence
  lint POLICY...                    parse and type-check against the schema, no data
  compile POLICY... -o FILE         write compiled bytecode (runs with `cadre check FILE`)
  disasm POLICY...|FILE             list the bytecode with its source lines
  desugar POLICY... [--rule NAME]   show the general rules that blocks stand for
  fmt POLICY... [--check]           print in canonical layout (or --check, --write, --diff)
  diff OLD NEW --data DIR           verdicts that change between two versions of a policy
  test [PATH...]                    run the tests written next to the rules
  repl [POLICY...] [--data DIR]     interactive: queries, :why, what-if edits, :diff
  help [COMMAND]                    this text, or a command's

options everywhere: --help, --version
exit codes: 0 all pass, 1 a must-requirement failed, 2 policy error,
            3 data error, 4 usage error

docs: docs/language.md, docs/cli.md, docs/repl.md, docs/ci.md
? 0
$ cadre --version
cadre 0.1.0 (bytecode format 4)
? 0
$ cadre help check
usage: cadre check POLICY... --data DIR|FILE.db [--as-of DATE] [--format FORMAT] [--output FILE] [--strict] [--budget N]
                   [--encoding NAME] [--allow-missing]

Checks the policies (.cadre sources, or one compiled file) against the data
set in DIR (CSV files in the standard layout) or FILE.db (a SQLite file,
one table per CSV file) and prints every violation, warning and unknown
with its evidence, then a summary.

  --data DIR|DB     the data set: CSV directory or SQLite file (required)
  --as-of DATE      evaluation date, YYYY-MM-DD (default: today, UTC)
  --format FORMAT   text (default), json, junit, sarif, tap, github or html
  --output FILE     write the report in FORMAT to FILE; print text to stdout
  --strict          an unknown must-requirement counts as a failure (exit 1)
  --budget N        loop steps allowed before evaluation stops (default 4000000000)
  --encoding NAME   CSV files are utf-8 (default, checked) or windows-1252 (cp1252, latin1)
  --allow-missing   an empty required cell, or a reference naming no row, is unknown
                    (a data-quality finding) instead of a data error

exit: 0 all pass, 1 a must failed, 2 policy error, 3 data error or nothing judged, 4 usage
? 0
$ cadre lint --help
usage: cadre lint POLICY... [--deny-warnings]

Parses and type-checks the policies against the schema without reading data.
Prints every error with file:line:column, the line and a hint, and warnings:
an unused let, a `should` that does not depend on the data, a rule
overridden in its own file, an override that loosens a national must-rule.

  --deny-warnings   a warning fails the lint (exit 2)
exit: 0 clean, 2 errors (or warnings, with --deny-warnings), 4 usage
? 0
$ cadre help nope
cadre: no command 'nope'
(try: cadre help)
? 4
$ cadre
cadre — workforce policy rules for children's social work

usage: cadre COMMAND [OPTIONS] [ARGS]

commands:
  check POLICY... --data DIR        check policies against a data set, with evidence
  lint POLICY...                    parse and type-check against the schema, no data
  compile POLICY... -o FILE         write compiled bytecode (runs with `cadre check FILE`)
  disasm POLICY...|FILE             list the bytecode with its source lines
  desugar POLICY... [--rule NAME]   show the general rules that blocks stand for
  fmt POLICY... [--check]           print in canonical layout (or --check, --write, --diff)
  diff OLD NEW --data DIR           verdicts that change between two versions of a policy
  test [PATH...]                    run the tests written next to the rules
  repl [POLICY...] [--data DIR]     interactive: queries, :why, what-if edits, :diff
  help [COMMAND]                    this text, or a command's

options everywhere: --help, --version
exit codes: 0 all pass, 1 a must-requirement failed, 2 policy error,
            3 data error, 4 usage error

docs: docs/language.md, docs/cli.md, docs/repl.md, docs/ci.md
? 4
$ cadre chek tests/policies/cli_tiny.cadre
cadre: unknown command 'chek' — did you mean 'check'?
(try: cadre help)
? 4
$ cadre frobnicate
cadre: unknown command 'frobnicate'
(try: cadre help)
? 4
$ cadre check tests/policies/cli_tiny.cadre --data tests/data/lang_basic --as-of 2025-06-30 --frob
cadre check: unknown option '--frob'
usage: cadre check POLICY... --data DIR|FILE.db [--as-of DATE] [--format FORMAT] [--output FILE] [--strict] [--budget N]
                   [--encoding NAME] [--allow-missing]

Checks the policies (.cadre sources, or one compiled file) against the data
set in DIR (CSV files in the standard layout) or FILE.db (a SQLite file,
one table per CSV file) and prints every violation, warning and unknown
with its evidence, then a summary.

  --data DIR|DB     the data set: CSV directory or SQLite file (required)
  --as-of DATE      evaluation date, YYYY-MM-DD (default: today, UTC)
  --format FORMAT   text (default), json, junit, sarif, tap, github or html
  --output FILE     write the report in FORMAT to FILE; print text to stdout
  --strict          an unknown must-requirement counts as a failure (exit 1)
  --budget N        loop steps allowed before evaluation stops (default 4000000000)
  --encoding NAME   CSV files are utf-8 (default, checked) or windows-1252 (cp1252, latin1)
  --allow-missing   an empty required cell, or a reference naming no row, is unknown
                    (a data-quality finding) instead of a data error

exit: 0 all pass, 1 a must failed, 2 policy error, 3 data error or nothing judged, 4 usage
? 4
$ cadre check tests/policies/cli_tiny.cadre --as-of 2025-06-30
cadre: check needs --data DIR (the data set to check)
(try: cadre help)
? 4
$ cadre check tests/policies/cli_tiny.cadre --as-of 2025-06-30 --data
cadre check: --data needs a value
? 4
$ cadre check --data tests/data/lang_basic --as-of 2025-06-30
cadre check: no policy files given
usage: cadre check POLICY... --data DIR|FILE.db [--as-of DATE] [--format FORMAT] [--output FILE] [--strict] [--budget N]
                   [--encoding NAME] [--allow-missing]

Checks the policies (.cadre sources, or one compiled file) against the data
set in DIR (CSV files in the standard layout) or FILE.db (a SQLite file,
one table per CSV file) and prints every violation, warning and unknown
with its evidence, then a summary.

  --data DIR|DB     the data set: CSV directory or SQLite file (required)
  --as-of DATE      evaluation date, YYYY-MM-DD (default: today, UTC)
  --format FORMAT   text (default), json, junit, sarif, tap, github or html
  --output FILE     write the report in FORMAT to FILE; print text to stdout
  --strict          an unknown must-requirement counts as a failure (exit 1)
  --budget N        loop steps allowed before evaluation stops (default 4000000000)
  --encoding NAME   CSV files are utf-8 (default, checked) or windows-1252 (cp1252, latin1)
  --allow-missing   an empty required cell, or a reference naming no row, is unknown
                    (a data-quality finding) instead of a data error

exit: 0 all pass, 1 a must failed, 2 policy error, 3 data error or nothing judged, 4 usage
? 4
$ cadre check tests/policies/cli_tiny.cadre --data tests/data/lang_basic --as-of 2025-02-30
cadre: --as-of needs a date as YYYY-MM-DD, not '2025-02-30'
(try: cadre help)
? 4
$ cadre check tests/policies/cli_tiny.cadre --data tests/data/lang_basic --as-of yesterday
cadre: --as-of needs a date as YYYY-MM-DD, not 'yesterday'
(try: cadre help)
? 4
$ cadre check tests/policies/cli_tiny.cadre --data tests/data/lang_basic --as-of 2025-06-30 --format xml
cadre: unknown format 'xml' (text, json, junit, sarif, tap, github or html)
(try: cadre help)
? 4
$ cadre check tests/policies/cli_tiny.cadre --data tests/data/lang_basic --as-of 2025-06-30 --budget 0
cadre: --budget needs a positive whole number, not '0'
(try: cadre help)
? 4
$ cadre check tests/policies/cli_tiny.cadre --data tests/data/lang_basic --as-of 2025-06-30 --budget lots
cadre: --budget needs a positive whole number, not 'lots'
(try: cadre help)
? 4
$ cadre compile tests/policies/cli_tiny.cadre
cadre: compile needs -o FILE
(try: cadre help)
? 4
$ cadre desugar tests/policies/lang_pod.cadre --rule pod.nope
cadre desugar: no rule named 'pod.nope'
? 4
