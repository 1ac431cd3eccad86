# The REPL at a real terminal, driven through tmux: Tab completion of staff.
# fields, :commands and rule names, the ...> continuation prompt, history
# recall with Up, Ctrl-C abandoning input, :why, Ctrl-D and the history file.
$ bash tests/repl/pty_test.sh "$bin"
ok - starts with a banner and the cadre> prompt
ok - Tab completes staff.open_c to staff.open_cases
ok - the query prints a column of values
ok - Tab Tab lists the fields, computed fields and links of staff
ok - Ctrl-C abandons the line
ok - Tab completes :commands and rule names
ok - unfinished input continues on a ...> prompt
ok - the continued expression is evaluated
ok - Up recalls the multi-line entry whole
ok - Up recalls the previous line
ok - the recalled line runs again
ok - Ctrl-C abandons unfinished multi-line input
ok - the next input starts afresh
ok - :why S103 shows the failing rule with its policy line
ok - Ctrl-D leaves, exit code 0
ok - the history file keeps a line typed twice once
ok - the history file keeps a multi-line entry as one
ok - no sanitizer reports
pty: 18 passed, 0 failed
? 0
