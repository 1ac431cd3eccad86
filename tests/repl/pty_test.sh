#!/usr/bin/env bash
# pty_test.sh — drives `cadre repl` through a real terminal (tmux) and checks
# what a person sees: Tab completion (staff. fields, :commands, rule names),
# the ...> prompt, Up recall, Ctrl-C abandoning input, :why, Ctrl-D, history.
# Usage: tests/repl/pty_test.sh [BINARY] (default ./cadre; the .t runner
# passes the binary under test as "$bin"). One line per check, a summary, and
# exit 1 if any failed. Needs tmux.
set -u
cd "$(dirname "$0")/../.."
bin=${1:-./cadre}
case $bin in /*) ;; *) bin=$PWD/$bin;; esac
command -v tmux >/dev/null || { echo "pty: tmux is not installed"; exit 1; }

tmp=$(mktemp -d)
sock=cadre-pty-$$
S=repl
tm() { tmux -L "$sock" "$@"; }
trap 'tm kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
pass=0; fail=0

# Starts the REPL in a 120x40 terminal of its own tmux server; the exit code
# lands in $tmp/rc. Sanitizer reports (when $bin is the ASan build) go to
# files under $tmp, not the screen.
tm new-session -d -s "$S" -x 120 -y 40 -c "$PWD" \
   "env CADRE_HISTORY=$tmp/history NO_COLOR=1 ASAN_OPTIONS=detect_leaks=1:log_path=$tmp/asan \
    $bin repl examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30; \
    echo \$? > $tmp/rc; sleep 2"

screen() { tm capture-pane -p -t "$S" 2>/dev/null; }
# the last non-empty line on the screen
last() { screen | sed '/^ *$/d' | tail -1; }
# waits (up to 15 s: the sanitizer build is slow) for text on the screen
wait_for() { for _ in $(seq 150); do screen | grep -qF -- "$1" && return 0; sleep 0.1; done; return 1; }
wait_last() { for _ in $(seq 150); do [ "$(last)" = "$1" ] && return 0; sleep 0.1; done; return 1; }
# waits for a whole line (tmux drops trailing blanks: the prompt is "cadre>")
wait_line() { for _ in $(seq 150); do screen | grep -qxF -- "$1" && return 0; sleep 0.1; done; return 1; }
keys() { tm send-keys -t "$S" "$@"; }
literal() { tm send-keys -t "$S" -l "$1"; }
# a fresh screen for the next check (readline's clear-screen)
fresh() {
    keys C-l
    for _ in $(seq 150); do [ "$(screen | sed '/^ *$/d')" = "cadre>" ] && return 0; sleep 0.1; done
    return 1
}
check() { # description, then a command that must succeed
    local d=$1; shift
    if "$@"; then pass=$((pass+1)); echo "ok - $d"
    else fail=$((fail+1)); echo "not ok - $d"; echo "--- screen:"; screen | sed '/^ *$/d' | tail -15; echo "---"; fi
}

check "starts with a banner and the cadre> prompt" eval 'wait_for "Medway children" && wait_last "cadre>"'

fresh; literal "staff.open_c"; keys Tab
check "Tab completes staff.open_c to staff.open_cases" wait_last "cadre> staff.open_cases"
keys Enter
check "the query prints a column of values" wait_for "(37 in all)"

fresh; literal "staff."; keys Tab Tab
step3() { wait_for "open_cases" && wait_for "in_post" && wait_for "qualified" && wait_for "home_team"; }
check "Tab Tab lists the fields, computed fields and links of staff" step3
keys C-c
check "Ctrl-C abandons the line" wait_last "cadre>"

fresh; literal ":che"; keys Tab; literal "caseload.c"; keys Tab
check "Tab completes :commands and rule names" wait_last "cadre> :check caseload.cap"
keys C-c; wait_last "cadre>"

fresh; literal "count(cases"; keys Enter
check "unfinished input continues on a ...> prompt" wait_last "  ...>"
literal "where open)"; keys Enter
check "the continued expression is evaluated" wait_line "474"

fresh; literal "count(staff)"; keys Enter; wait_line "37"
fresh; keys Up
check "Up recalls the previous line" wait_last "cadre> count(staff)"
keys Enter
check "the recalled line runs again" wait_line "37"

fresh; literal "count(cases"; keys Enter; wait_last "  ...>"; keys C-c
check "Ctrl-C abandons unfinished multi-line input" wait_for "...> ^C"
literal "1 + 1"; keys Enter
check "the next input starts afresh" wait_line "2"

fresh; literal ":why S103"; keys Enter
step7() { wait_for "FAIL     caseload.cap: 23 open cases, at most 20" && wait_for "examples/medway/policy.cadre:24: cap: at most 20"; }
check ":why S103 shows the failing rule with its policy line" step7

fresh; keys C-d
wait_rc() { for _ in $(seq 150); do [ -s "$tmp/rc" ] && return 0; sleep 0.1; done; return 1; }
check "Ctrl-D leaves, exit code 0" eval 'wait_rc && [ "$(cat "$tmp/rc")" = 0 ]'
check "the history file keeps a line typed twice once" eval '[ "$(grep -c "^count(staff)$" "$tmp/history")" = 1 ]'
check "no sanitizer reports" eval '! ls "$tmp"/asan* >/dev/null 2>&1'

echo "pty: $pass passed, $fail failed"
[ "$fail" = 0 ]
