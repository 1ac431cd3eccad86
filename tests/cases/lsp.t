# cadre lsp, driven by a scripted client over a pipe (tests/lsp/session.py):
# diagnostics as the text changes, completion while it does not parse,
# hover, definition (into the standard library), formatting, protocol errors.
$ python3 tests/lsp/session.py "$bin"
initialize: cadre {"completionProvider": {"triggerCharacters": ["."]}, "definitionProvider": true, "documentFormattingProvider": true, "hoverProvider": true, "textDocumentSync": {"change": 1, "openClose": true}}
diagnostics build/lsp-test/caps.cadre: 1
  6:9-6:31 error E-type cannot apply '<=' to a number and text
diagnostics build/lsp-test/caps.cadre: 1
  2:4-2:10 warning W-unused let 'unused' is never used
diagnostics build/lsp-test/caps.cadre: 1
  7:9-7:14 error E-syntax unexpected 'count', expected one of: ':' or an operator
completion 6:30: items
  team (staff: teams, optional)
  qualified (staff: date, optional)
  cases (staff: rows of cases)
  in_post (staff: computed, a boolean)
diagnostics build/lsp-test/caps.cadre: 1
  2:4-2:10 warning W-unused let 'unused' is never used
hover 7:18:
  `staff.cases` — rows of `cases`
  
  the `cases` rows whose `worker` is this staff row
hover 6:31:
  `staff.in_post` — a boolean
  
  a computed field of table `staff`:
  ```cadre
  in_post = started <= as_of and (left is missing or left > as_of)
  ```
hover 6:17:
  **table** `staff` (staff.csv)
  
  `id` text, `name` text, `role` role, `pod` pods?, `team` teams?, `manager` staff?, `contract` text, `fte` decimal, `started` date, `left` date?, `qualified` date?, `asye_status` text?
hover 7:28:
  **let** `limit` — a number
  ```cadre
  let limit = 20
  ```
hover 5:6:
  **rule** `cap` — At most 20
  
  For each member of staff who is in post, the number of their cases must be at most 20.
  ```cadre
  rule cap "At most 20" {
    for each s in staff where s.in_post:
      must count(s.cases) <= limit
  }
  ```
definition 7:28: build/lsp-test/caps.cadre 3:4-3:9
definition 7:15: build/lsp-test/caps.cadre 6:11-6:12
definition 6:31: $CACHE/cadre/0.1.0/stdlib/std.cadre 47:2-47:9
definition 7:18: $CACHE/cadre/0.1.0/stdlib/std.cadre 68:2-68:8
completion 7:4: items
  must ()
  count (aggregate)
  staff (table)
  social_worker (role)
  limit (a number)
  cap (rule)
  england.asye (module)
diagnostics examples/medway/policy.cadre: 0
hover 23:4:
  **rule** `caseload.cap` — At most 20 open cases for case_holders
  
  Every social worker, senior practitioner, advanced practitioner or ASYE social worker in post holds at most 20 open cases.
  
  stands for:
  ```cadre
  rule caseload.cap "At most 20 open cases for case_holders" {
    for each s in staff where s.in_post and s.role in {case_holders}:
      must s.open_cases <= 20 as "open cases"
  }
  ```
diagnostics examples/wiltshire/policy.cadre: 0
definition 44:14: $CACHE/cadre/0.1.0/stdlib/england/asye.cadre 16:4-16:23
  let asye_max_open_cases = missing
diagnostics build/lsp-test/council.cadre: 0
definition 2:16: $CACHE/cadre/0.1.0/stdlib/england/asye.cadre 50:5-50:17
  rule asye.reviews "ASYE reviews at 3, 6 and 12 months, each point with a review of its own" {
hover 2:16:
  **rule** `asye.reviews` — Reviews at 3 and 12 months
  
  For each member of staff whose role is ASYE social worker, their id must be not “”.
  ```cadre
  rule asye.reviews "Reviews at 3 and 12 months" {
    for each s in staff where s.role = asye:
      must s.id != ""
  }
  ```
definition 0:6: $CACHE/cadre/0.1.0/stdlib/england/asye.cadre 0:0-0:0
diagnostics build/lsp-test/messy.cadre: 0
formatting build/lsp-test/messy.cadre: 1 edit(s)
  0:0-2:0
  rule r "T" {
    for each s in staff:
      must s.id != ""
  }
formatting examples/medway/policy.cadre: 0 edit(s)
diagnostics build/lsp-test/messy.cadre: 0
unsupported: {'code': -32601, 'message': 'method not supported by cadre lsp'}
malformed: {'code': -32700, 'message': 'parse error: the message is not a JSON object'}
deep: -32700
hover, not open: {'code': -32602, 'message': 'document not open'}
hover, past the end: None
completion, bad position: items
diagnostics build/lsp-test/odd.cadre: 1
  0:14-0:24 error E-type cannot apply '!=' to text and a number
shutdown: None
exit code 0
? 0
