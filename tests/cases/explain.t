# cadre explain: every rule in plain English, generated from the checked
# rule (lang/explain.c); the HTML report shows the same text.
$ cadre explain examples/medway/policy.cadre
caseload.cap  (examples/medway/policy.cadre:24)
  Every social worker, senior practitioner, advanced practitioner or ASYE
  social worker in post holds at most 20 open cases.

caseload.average  (examples/medway/policy.cadre:28)
  Across the council, the social workers, senior practitioners, advanced
  practitioners or ASYE social workers in post hold at most 17 open cases per
  full-time equivalent (the cases they hold divided by their summed FTE).

pod.practice.lead  (examples/medway/policy.cadre:36)
  Every practice pod is led by a practice manager.

pod.practice.composition  (examples/medway/policy.cadre:37)
  Every practice pod has exactly 4 social workers, senior practitioners,
  advanced practitioners or ASYE social workers in post.

pod.practice.composition_2  (examples/medway/policy.cadre:38)
  Every practice pod has at most 1 ASYE social worker in post.

continuity  (examples/medway/policy.cadre:45)
  For each case that is open, the number of different workers of its
  allocations where its worker's team (or, when that is not recorded, its
  worker's pod's team)'s service is not “front_door” and where its worker is
  in post must be at most 1.

registered  (examples/medway/policy.cadre:55)
  For each member of staff who is in post and whose role is one of social
  worker, senior practitioner, advanced practitioner or ASYE social worker,
  their qualification date should be on or before the as-of date.

supervision.group_practice  (examples/medway/policy.cadre:64)
  Every practice pod meets for group supervision every week: no stretch
  longer than 1 week without a group session, judged over the last 12 weeks
  (or since the pod was formed, if later).

progression.social_worker_to_senior_practitioner  (examples/medway/policy.cadre:71)
  Anyone who becomes a senior practitioner (from social worker or by any
  other route) may do so only when a skills matrix assessment with the
  outcome “met” was held before the move, within the 12 months before, in
  February to March.
? 0
$ cadre explain examples/lincolnshire/policy.cadre
progression.social_worker_to_advanced_practitioner  (examples/lincolnshire/policy.cadre:20)
  Anyone who becomes an advanced practitioner (from social worker or by any
  other route) may do so only when the “Bridging the Gap” programme was
  completed before the move; they had been a social worker for at least 2
  years; a learning agreement assessment with the outcome “agreed” was held
  before the move; and a one to one assessment with the outcome “met” was
  held before the move, within the 12 months before.

bridging_entry  (examples/lincolnshire/policy.cadre:29)
  For each member of staff where the number of their programmes whose
  programme is “Bridging the Gap” is more than 0, the number of their
  programmes whose programme is “ASYE” and whose status is “completed” and
  where 1 year after its completion date is on or before the earliest of the
  start date of their programmes whose programme is “Bridging the Gap” must
  be at least 1.

research_groups  (examples/lincolnshire/policy.cadre:47)
  For each project, the number of its members must be between 3 and 4.
? 0
$ cadre explain examples/somerset/policy.cadre
pod.remodelled.lead  (examples/somerset/policy.cadre:17)
  Every remodelled pod is led by a team leader.

pod.remodelled.composition  (examples/somerset/policy.cadre:18)
  Every remodelled pod has exactly 3 social workers in post.

pod.remodelled.composition_2  (examples/somerset/policy.cadre:19)
  Every remodelled pod has exactly 2 social work assistants in post.

pod.remodelled.composition_3  (examples/somerset/policy.cadre:20)
  Every remodelled pod has exactly 2 administrators in post.
? 0
$ cadre explain examples/tower_hamlets/policy.cadre
balanced_team  (examples/tower_hamlets/policy.cadre:14)
  For each team whose service is “balanced”: the number of its members who
  are in post and whose contract is “permanent” must be exactly 8; and the
  number of its members who are in post and whose contract is “permanent” and
  whose qualification date is before 2 years before the as-of date must be at
  least 5.

coach  (examples/tower_hamlets/policy.cadre:25)
  For each team whose service is “balanced”, the number of its members who
  are in post and whose role is social work coach must be at least 1.
? 0
$ cadre explain examples/wiltshire/policy.cadre
supervision.asye_individual  (<stdlib>/england/asye.cadre:32)
  Every ASYE social worker in post has individual supervision every week for
  the first 6 weeks, then every fortnight until 6 months in post, then every
  month: no stretch between sessions longer than the cadence.

asye.session_length  (<stdlib>/england/asye.cadre:37)
  For each supervision session whose kind is “individual” and where its
  supervisee's role is ASYE social worker, its minutes should be at least 90.

asye.reviews  (<stdlib>/england/asye.cadre:51)
  For each member of staff who is in post and whose role is ASYE social
  worker: it must hold that either the as-of date is on or before 1 month
  after 3 months after their asye started, or the number of their assessments
  whose kind is “asye_review” and whose date is on or after their asye
  started and whose date is on or before 1 month after 3 months after their
  asye started is at least 1; it must hold that either the as-of date is on
  or before 1 month after 6 months after their asye started, or the number of
  their assessments whose kind is “asye_review” and whose date is after 3
  months after their asye started and whose date is on or before 1 month
  after 6 months after their asye started is at least 1 and the number of
  their assessments whose kind is “asye_review” and whose date is on or after
  their asye started and whose date is on or before 1 month after 6 months
  after their asye started is at least 2; and it must hold that either the
  as-of date is on or before 1 month after 12 months after their asye
  started, or the number of their assessments whose kind is “asye_review” and
  whose date is after 6 months after their asye started and whose date is on
  or before 1 month after 12 months after their asye started is at least 1
  and the number of their assessments whose kind is “asye_review” and whose
  date is on or after their asye started and whose date is on or before 1
  month after 12 months after their asye started is at least 3.

asye.protected_caseload  (<stdlib>/england/asye.cadre:65)
  For each member of staff (when the council figure asye max open cases is
  set) and who is in post and whose role is ASYE social worker, their open
  cases must be at most 16.

asye.completion  (<stdlib>/england/asye.cadre:72)
  For each programme place (when the council figure asye completion months is
  set) and whose programme is “ASYE” and whose status is not “withdrawn”, its
  completion date (or, when that is not recorded, the as-of date) must be on
  or before asye completion months (not set) months after its start date.

caseload.cap  (examples/wiltshire/policy.cadre:17)
  Every social worker, senior practitioner or advanced practitioner in post
  holds at most 18 open cases.

pod.asye.lead  (examples/wiltshire/policy.cadre:24)
  Every ASYE pod is led by an aspiring manager.

pod.asye.composition  (examples/wiltshire/policy.cadre:25)
  Every ASYE pod has exactly 4 ASYE social workers in post.

pod.asye.nothing_else  (examples/wiltshire/policy.cadre:26)
  For each pod whose kind is “asye” and where either its formation date is
  not recorded, or its formation date is on or before the as-of date, the
  number of its staff who are in post and whose role is not one of ASYE
  social worker and where either its lead is not recorded, or it is not its
  lead must be exactly 0.

continuity  (examples/wiltshire/policy.cadre:31)
  For each case that is open, the number of different workers of its
  allocations must be at most 1.
? 0
$ cadre explain examples/medway/policy.cadre --rule caseload.cap
caseload.cap  (examples/medway/policy.cadre:24)
  Every social worker, senior practitioner, advanced practitioner or ASYE
  social worker in post holds at most 20 open cases.
? 0
$ cadre explain examples/medway/policy.cadre --rule caseload.kap
cadre explain: no rule named 'caseload.kap'
? 4
$ cadre explain docs/examples/rules.cadre docs/examples/time.cadre
caseload_cap  (docs/examples/rules.cadre:7)
  For each member of staff who is in post and whose role is one of social
  worker, senior practitioner, advanced practitioner or ASYE social worker:
  their open cases must be at most 20; and their open cases should be at most
  18.

has_staff  (docs/examples/rules.cadre:15)
  The number of all staff who are in post must be more than 0.

continuity  (docs/examples/rules.cadre:20)
  For each case that is open, the number of different workers of its
  allocations must be at most 2.

agency_experience  (docs/examples/time.cadre:7)
  For each member of staff who is in post and whose contract is “agency” and
  whose role is social worker, the whole years from their qualification date
  to the as-of date must be at least 3.

recent_one_to_one  (docs/examples/time.cadre:13)
  For each member of staff who is in post and whose role is social worker,
  the number of their assessments whose kind is “one_to_one” and whose date
  is after 6 months before the as-of date should be at least 1.

matrix_season  (docs/examples/time.cadre:18)
  For each assessment whose kind is “skills_matrix”, its date should be in
  February to March.

monthly_supervision  (docs/examples/time.cadre:25)
  For each member of staff who is in post and whose role is one of social
  worker or senior practitioner, the longest gap between the date of their
  supervisions whose kind is “individual” from the later of their start date
  and 3 months before the as-of date to the as-of date must be at most 1
  month.
? 0
$ cadre explain
cadre explain: no policy files given
usage: cadre explain POLICY... [--rule NAME]

Prints every rule (or only rule NAME) in plain English, generated from the
checked rule: domain blocks as the block reads, roles spelled out, general
rules one sentence per requirement. The HTML report shows the same text.
exit: 0, 2 policy error, 4 usage
? 4
