# The example's planted violations (see README.md), with evidence.
$ cadre check examples/wiltshire/policy.cadre --data examples/wiltshire/data --as-of 2025-06-30
examples/wiltshire/policy.cadre:26:11: error: unexpected 'else', expected one of: ':', identifier
   26 |   nothing else
      |           ^^^^
  hint: 'else' is a keyword; choose another name
? 2
