# Every example policy in docs/examples/ lints clean (docs/language.md and README.md show them).
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
1 file checked: 6 rules, no errors
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
