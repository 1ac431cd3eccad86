# Every policy in the tree (examples, docs, stdlib, tests): fmt's output
# formats to itself and lints as the original does; files with syntax errors
# are refused. ($bin and $tmp are the test runner's binary and scratch dir.)
$ bash tests/fmt/roundtrip.sh "$bin" "$tmp"
fmt round trip: 0 failed
? 0
