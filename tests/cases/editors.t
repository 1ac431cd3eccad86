# The editor files: the VS Code TextMate grammar gives every character of
# every example and stdlib file a scope, none of them invalid (a small
# TextMate tokenizer, tests/editors/grammar_check.py); it does flag a stray
# character; every keyword of the lexer and built-in function of the VM is
# in both grammars; vim's syntax file gives every character a group; the
# extension's JSON parses and its JavaScript compiles.
$ python3 tests/editors/grammar_check.py examples/*/*.cadre stdlib/*.cadre stdlib/*/*.cadre
12 files, 0 problems
? 0
$ python3 tests/editors/grammar_check.py --words
59 keywords and 9 built-in functions, 0 missing
? 0
$ printf 'rule r {\n  must 1 @ 2\n}\n' > "$tmp/bad.cadre"; python3 tests/editors/grammar_check.py "$tmp/bad.cadre" | sed "s|$tmp/||"
bad.cadre:2:10: invalid token '@ 2'
1 files, 1 problems
? 0
$ FILES="$(echo examples/*/*.cadre stdlib/*.cadre stdlib/*/*.cadre)" OUT="$tmp/vim.out" vim -Nu NONE -i NONE -es -S tests/editors/vim_check.vim; cat "$tmp/vim.out"
12 files, 0 problems
? 0
$ for f in editors/vscode/*.json editors/vscode/syntaxes/*.json; do python3 -m json.tool "$f" >/dev/null && echo "$f parses"; done
editors/vscode/language-configuration.json parses
editors/vscode/package.json parses
editors/vscode/syntaxes/cadre.tmLanguage.json parses
? 0
$ node --check editors/vscode/extension.js && echo "extension.js compiles"
extension.js compiles
? 0
