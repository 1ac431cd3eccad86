# make install / uninstall into a prefix (and under DESTDIR), the man page
# generated from docs/cli.md read with man -l, bash completion of the
# installed file, zsh completion parsed by zsh.
$ rm -rf "$tmp/x"; MAKEFLAGS= make -s install PREFIX="$tmp/x" >/dev/null && (cd "$tmp/x" && find . -type f | sort)
./bin/cadre
./share/bash-completion/completions/cadre
./share/cadre/editors/vim/ftdetect/cadre.vim
./share/cadre/editors/vim/syntax/cadre.vim
./share/cadre/editors/vscode/README.md
./share/cadre/editors/vscode/extension.js
./share/cadre/editors/vscode/language-configuration.json
./share/cadre/editors/vscode/package.json
./share/cadre/editors/vscode/syntaxes/cadre.tmLanguage.json
./share/man/man1/cadre.1
./share/vim/vimfiles/ftdetect/cadre.vim
./share/vim/vimfiles/syntax/cadre.vim
./share/zsh/site-functions/_cadre
? 0
$ "$tmp/x/bin/cadre" --version | cut -d" " -f1-2
cadre 0.1.0
? 0
$ MANWIDTH=80 man -l "$tmp/x/share/man/man1/cadre.1" 2>&1 | head -7
CADRE(1)                         User Commands                        CADRE(1)

NAME
       cadre - workforce policy rules for English children's social work

SYNOPSIS
       cadre COMMAND [OPTIONS] [ARGS]
? 0
$ for w in --deny-warnings 'cadre lsp' 'cadre init DIR' 'make install'; do MANWIDTH=80 man -l "$tmp/x/share/man/man1/cadre.1" 2>&1 | grep -q -e "$w" && echo "the page has: $w"; done
the page has: --deny-warnings
the page has: cadre lsp
the page has: cadre init DIR
the page has: make install
? 0
$ groff -ww -man -z "$tmp/x/share/man/man1/cadre.1" && echo "no groff warnings"
no groff warnings
? 0
$ bash tests/editors/completion_check.sh "$tmp/x/bin/cadre" "$tmp/x/share/bash-completion/completions/cadre"
cadre ch<Tab>: check
cadre check --f<Tab>: --format
cadre check --format=<Tab>: github json junit sarif tap text
cadre lint --color <Tab>: always auto never
cadre diff --fail-on n<Tab>: new-breach
cadre help d<Tab>: desugar diff disasm
cadre lint examples/medway/p<Tab>: examples/medway/policy.cadre examples/medway/policy_test.cadre
every command and option of the help is offered
? 0
$ zsh -n "$tmp/x/share/zsh/site-functions/_cadre" && echo "zsh parses _cadre"
zsh parses _cadre
? 0
$ MAKEFLAGS= make -s uninstall PREFIX="$tmp/x" && find "$tmp/x" -type f | wc -l
0
? 0
$ MAKEFLAGS= make -s install PREFIX=/usr DESTDIR="$tmp/d" >/dev/null && (cd "$tmp/d" && find . -type f | sort | grep -e bin/ -e man1/)
./usr/bin/cadre
./usr/share/man/man1/cadre.1
? 0
$ MAKEFLAGS= make -s uninstall PREFIX=/usr DESTDIR="$tmp/d" && find "$tmp/d" -type f | wc -l
0
? 0
