# Every example policy in docs/examples/ lints clean (docs/language.md and README.md show them).
# caps_test.cadre is linted with the policy it tests, and its tests pass
# (docs/language.md, "Tests next to the rules"); every example is in
# canonical layout (cadre fmt --check changes nothing).
$ cadre lint docs/examples/asye.cadre
1 file checked: 4 rules, no errors
? 0
$ cadre lint docs/examples/caseload.cadre
1 file checked: 3 rules, no errors
? 0
$ cadre lint docs/examples/desugared.cadre
1 file checked: 4 rules, no errors
? 0
$ cadre lint docs/examples/missing.cadre
1 file checked: 3 rules, no errors
? 0
$ cadre lint docs/examples/pod.cadre
1 file checked: 7 rules, no errors
? 0
$ cadre lint docs/examples/progression.cadre
1 file checked: 1 rule, no errors
? 0
$ cadre lint docs/examples/readme.cadre
1 file checked: 4 rules, no errors
? 0
$ cadre lint docs/examples/rules.cadre
1 file checked: 3 rules, no errors
? 0
$ cadre lint docs/examples/schema.cadre
1 file checked: 1 rule, no errors
? 0
$ cadre lint docs/examples/strings.cadre
1 file checked: 2 rules, no errors
? 0
$ cadre lint docs/examples/supervision.cadre
1 file checked: 2 rules, no errors
? 0
$ cadre lint docs/examples/time.cadre
1 file checked: 4 rules, no errors
? 0
$ cadre lint docs/examples/layers.cadre
1 file checked: 4 rules, no errors
? 0
$ cadre lint docs/examples/caps.cadre
1 file checked: 2 rules, no errors
? 0
$ cadre lint --deny-warnings docs/examples/caps.cadre docs/examples/caps_test.cadre
2 files checked: 2 rules, no errors
? 0
$ cadre test docs/examples
docs/examples/caps_test.cadre
  ok    three open cases breach a cap of 2 (line 3)
  ok    a closed case does not count (line 11)
  ok    a leaver is not judged (line 20)
  ok    no qualification date fails the qualified rule (line 29)
4 passed, 0 failed
? 0
$ cadre fmt --check docs/examples/*.cadre
? 0
$ cadre lint --deny-warnings docs/examples/desugared.cadre
1 file checked: 4 rules, no errors
? 0
