# Was pending, now fixed: asye.session_length
# is judged per session row, and a supervisions row is labelled by its key
# only, so the finding says "V2: session V2 on 2025-06-13 ..." - the id
# twice and never whose session it was.  The otherwise text should name the
# supervisee (and need not repeat the id), e.g.
#   otherwise "{v.supervisee.id} {v.supervisee.name}: session on {v.date} lasted {v.minutes} minutes, at least 90"
# Expected output below (the unknown is fine as it is).
$ cadre check tests/policies/layer_base.cadre --data tests/data/layer_session --as-of 2025-06-30
Layers: national only — as of 2025-06-30 — data tests/data/layer_session

warnings (1)
  asye.session_length  <stdlib>/england/asye.cadre:39  V2: Q1 Quinn One: session on 2025-06-13 lasted 60 minutes, at least 90

unknown (cannot judge) (1)
  asye.session_length  <stdlib>/england/asye.cadre:39  V4: cannot judge: supervisions.minutes is missing (tests/data/layer_session/supervisions.csv:5)

judged nothing (2)
  asye.protected_caseload  <stdlib>/england/asye.cadre:65  none of the 2 staff rows matched its 'for each', or it is not in effect on the as-of date
  asye.completion          <stdlib>/england/asye.cadre:72  no programmes rows in the data (tests/data/layer_session/programmes.csv)

5 rules, 10 checks: 8 passed, 0 violations, 1 warning, 1 unknown; 2 rules judged nothing
? 0
