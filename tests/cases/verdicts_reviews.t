# ASYE reviews are matched to their points, not counted (docs/asye.md): the
# review for a point is held after the previous point and by the point plus
# the month's grace, and by each point there are as many reviews as points.
# R1 held three reviews in months 1-3 and none after: the 6- and 12-month
# points breach. R2 has one in each window. R3's are on the last day of each
# grace (2025-01-02, 2025-04-02, 2025-10-02): pass; R4's one day later each:
# every point breaches (a review late for one point cannot serve the next as
# well). R5 has worked here since 2012 but began the ASYE on 2024-11-04
# (roles.csv): her points run from then, and her reviews are on time.
$ cadre check tests/policies/verdicts_reviews.cadre --data tests/data/verdicts_reviews --as-of 2025-12-31
Verdicts: ASYE reviews — as of 2025-12-31 — data tests/data/verdicts_reviews

overrides in force (2)
  disabled rule supervision.asye_individual (from <stdlib>/england/asye.cadre)  tests/policies/verdicts_reviews.cadre:7  because "this test judges reviews only" (intended)
  disabled rule asye.session_length (from <stdlib>/england/asye.cadre)  tests/policies/verdicts_reviews.cadre:8  because "this test judges reviews only" (intended)

violations (5)
  asye.reviews  <stdlib>/england/asye.cadre:56  R1 Rae Early (asye): no ASYE review of its own for the 6-month point: 0 after 2024-12-02 and 3 in all by 2025-04-02, 2 needed; ASYE clock from 2024-09-02 (staff.started)
  asye.reviews  <stdlib>/england/asye.cadre:59  R1 Rae Early (asye): no ASYE review of its own for the final (12-month) point: 0 after 2025-03-02 and 3 in all by 2025-10-02, 3 needed; ASYE clock from 2024-09-02 (staff.started)
  asye.reviews  <stdlib>/england/asye.cadre:53  R4 Rex Daylate (asye): no ASYE review for the 3-month point by 2025-01-02; ASYE clock from 2024-09-02 (staff.started)
  asye.reviews  <stdlib>/england/asye.cadre:56  R4 Rex Daylate (asye): no ASYE review of its own for the 6-month point: 1 after 2024-12-02 and 1 in all by 2025-04-02, 2 needed; ASYE clock from 2024-09-02 (staff.started)
  asye.reviews  <stdlib>/england/asye.cadre:59  R4 Rex Daylate (asye): no ASYE review of its own for the final (12-month) point: 1 after 2025-03-02 and 2 in all by 2025-10-02, 3 needed; ASYE clock from 2024-09-02 (staff.started)

judged nothing (2)
  asye.protected_caseload  <stdlib>/england/asye.cadre:65  none of the 6 staff rows matched its 'for each', or it is not in effect on the as-of date
  asye.completion          <stdlib>/england/asye.cadre:72  no programmes rows in the data (tests/data/verdicts_reviews/programmes.csv)

3 rules, 15 checks: 10 passed, 5 violations, 0 warnings, 0 unknown; 2 rules judged nothing
? 1
