# Every example, stdlib module, golden test policy and docs example is in the
# canonical layout (files with deliberate syntax errors cannot be formatted).
$ cadre fmt --check examples/*/*.cadre stdlib/*.cadre stdlib/*/*.cadre
? 0
$ for f in tests/policies/*.cadre docs/examples/*.cadre; do cadre fmt --check "$f" >/dev/null 2>&1; [ $? = 1 ] && echo "not canonical: $f"; done; echo "every policy that parses is canonical"
every policy that parses is canonical
? 0
