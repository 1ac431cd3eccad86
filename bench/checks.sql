-- bench/checks.sql — bench/checks.cadre as SQL, for the sqlite3 shell, over
-- tables made by bench/import.sql ('' is a missing value). Prints one line
-- per check: name, violations, unknowns. As of 2025-03-31 (bench/gen's date),
-- so two years before is 2023-03-31 and the week is (2025-03-24, 2025-03-31].
-- Unknowns follow cadre's rule: a count over a filter whose condition is
-- missing for some row cannot be judged (balanced_pqe, a missing qualified).
.mode list
.separator " "
CREATE TEMP TABLE sx AS
  SELECT id, role, pod, team, contract, qualified,
         (started <= '2025-03-31' AND ("left" = '' OR "left" > '2025-03-31')) AS in_post,
         role IN ('social_worker','senior_practitioner','advanced_practitioner','asye') AS holder
  FROM staff;
CREATE TEMP TABLE oc AS
  SELECT worker, count(*) AS n FROM cases
  WHERE worker <> '' AND opened <= '2025-03-31' AND (closed = '' OR closed > '2025-03-31')
  GROUP BY worker;
CREATE TEMP TABLE members AS
  SELECT team, id FROM sx WHERE team <> ''
  UNION SELECT p.team, s.id FROM sx s JOIN pods p ON p.id = s.pod;
SELECT 'caseload.nqsw_cap', count(*), 0 FROM sx LEFT JOIN oc ON oc.worker = sx.id
  WHERE in_post AND role = 'asye' AND coalesce(oc.n, 0) > 16;
SELECT 'caseload.cap', count(*), 0 FROM sx LEFT JOIN oc ON oc.worker = sx.id
  WHERE in_post AND role IN ('social_worker','senior_practitioner','advanced_practitioner') AND coalesce(oc.n, 0) > 20;
SELECT 'caseload.team_average', count(*), 0 FROM (
  SELECT m.team FROM members m JOIN sx ON sx.id = m.id LEFT JOIN oc ON oc.worker = sx.id
  WHERE sx.in_post AND sx.holder
  GROUP BY m.team HAVING sum(coalesce(oc.n, 0)) > 17 * count(*));
SELECT 'pod.practice.lead', count(*), 0 FROM pods p LEFT JOIN sx l ON l.id = p.lead
  WHERE p.kind = 'practice' AND (l.id IS NULL OR l.role <> 'practice_manager');
CREATE TEMP TABLE podc AS
  SELECT p.id, p.kind,
         count(CASE WHEN sx.in_post AND sx.holder THEN 1 END) AS holders,
         count(CASE WHEN sx.in_post AND sx.role = 'asye' THEN 1 END) AS asye
  FROM pods p LEFT JOIN sx ON sx.pod = p.id
  GROUP BY p.id, p.kind;
SELECT 'pod.practice.composition', count(*), 0 FROM podc WHERE kind = 'practice' AND holders <> 4;
SELECT 'pod.practice.composition_2', count(*), 0 FROM podc WHERE kind = 'practice' AND asye > 1;
SELECT 'pod.asye.lead', count(*), 0 FROM pods p LEFT JOIN sx l ON l.id = p.lead
  WHERE p.kind = 'asye' AND (l.id IS NULL OR l.role <> 'aspiring_manager');
SELECT 'pod.asye.composition', count(*), 0 FROM podc WHERE kind = 'asye' AND asye <> 4;
SELECT 'continuity', count(*), 0 FROM (
  SELECT c.id FROM cases c JOIN allocations a ON a."case" = c.id
  WHERE c.opened <= '2025-03-31' AND (c.closed = '' OR c.closed > '2025-03-31')
  GROUP BY c.id HAVING count(DISTINCT a.worker) > 2);
CREATE TEMP TABLE bal AS
  SELECT t.id,
         count(sx.id) AS perm,
         count(CASE WHEN sx.qualified = '' THEN 1 END) AS miss,
         count(CASE WHEN sx.qualified <> '' AND sx.qualified < '2023-03-31' THEN 1 END) AS pqe
  FROM teams t LEFT JOIN members m ON m.team = t.id
       LEFT JOIN sx ON sx.id = m.id AND sx.in_post AND sx.contract = 'permanent'
  WHERE t.service = 'balanced' GROUP BY t.id;
SELECT 'balanced_size', count(*), 0 FROM bal WHERE perm <> 8;
SELECT 'balanced_pqe', count(CASE WHEN miss = 0 AND pqe < 5 THEN 1 END), count(CASE WHEN miss > 0 THEN 1 END) FROM bal;
SELECT 'group_supervision', count(*), 0 FROM pods p
  WHERE NOT EXISTS (SELECT 1 FROM supervisions v WHERE v.pod = p.id AND v.kind = 'group'
                    AND v.date > '2025-03-24' AND v.date <= '2025-03-31');
