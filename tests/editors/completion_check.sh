#!/usr/bin/env bash
# Bash completion of cadre, as a user's Tab would run it, and a check that it
# offers every command of `cadre --help` and every option of each command's
# help (so the completion cannot fall behind the binary).
# Usage: completion_check.sh CADRE-BINARY COMPLETION-FILE
set -u
bin=$1
source "$2"
complete_words() { # the words of a command line, the last being completed
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=()
    _cadre
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}
echo "cadre ch<Tab>: $(complete_words cadre ch)"
echo "cadre check --f<Tab>: $(complete_words cadre check --f)"
echo "cadre check --format=<Tab>: $(complete_words cadre check --format =)"
echo "cadre lint --color <Tab>: $(complete_words cadre lint --color '')"
echo "cadre diff --fail-on n<Tab>: $(complete_words cadre diff --fail-on n)"
echo "cadre help d<Tab>: $(complete_words cadre help d)"
echo "cadre lint examples/medway/p<Tab>: $(complete_words cadre lint examples/medway/p)"
missing=0
for cmd in $("$bin" --help | sed -n '/^commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }'); do
    case " $(complete_words cadre "$cmd") " in *" $cmd "*) ;; *) echo "not offered: command $cmd"; missing=1;; esac
    [ "$cmd" = help ] && continue
    offered=" $(complete_words cadre "$cmd" -) "
    for opt in $("$bin" help "$cmd" | sed "/^$/q" | grep -o -- '--[a-z-]*' | sort -u); do
        case $offered in *" $opt "*) ;; *) echo "not offered: cadre $cmd $opt"; missing=1;; esac
    done
done
[ $missing = 0 ] && echo "every command and option of the help is offered"
exit $missing
