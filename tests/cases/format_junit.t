# cadre check --format junit: one testcase per rule x failing entity (must
# failures are <failure>, unknowns and should failures <skipped>), plus one
# passing testcase per rule with its pass count.
# Well-formed XML (parsed by python3's minidom), with the expected counts.
# --strict: an unknown is a failure.
# Names and messages that need escaping read back as written.
$ cadre check examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 --format junit
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="cadre check" tests="18" failures="8" errors="0" skipped="1">
  <testsuite name="Medway children&apos;s services" tests="18" failures="8" errors="0" skipped="1">
    <properties>
      <property name="as_of" value="2025-06-30"/>
      <property name="data" value="examples/medway/data"/>
      <property name="strict" value="false"/>
    </properties>
    <testcase classname="caseload.cap" name="S103 Daniel Okafor (social_worker)" file="examples/medway/policy.cadre" line="24">
      <failure type="must" message="23 open cases, at most 20">examples/medway/policy.cadre:24: S103 Daniel Okafor (social_worker): 23 open cases, at most 20</failure>
    </testcase>
    <testcase classname="caseload.cap" name="S119 Ben Adeyemi (social_worker)" file="examples/medway/policy.cadre" line="24">
      <failure type="must" message="21 open cases, at most 20">examples/medway/policy.cadre:24: S119 Ben Adeyemi (social_worker): 21 open cases, at most 20</failure>
    </testcase>
    <testcase classname="caseload.cap" name="25 checks passed" file="examples/medway/policy.cadre" line="24"/>
    <testcase classname="caseload.average" name="(all data)" file="examples/medway/policy.cadre" line="28">
      <failure type="must" message="17.02 open cases per FTE over case_holders, at most 17; 446 open cases over 26.2 FTE (per head: 16.52)">examples/medway/policy.cadre:28: (all data): 17.02 open cases per FTE over case_holders, at most 17; 446 open cases over 26.2 FTE (per head: 16.52)</failure>
    </testcase>
    <testcase classname="caseload.average" name="0 checks passed" file="examples/medway/policy.cadre" line="28"/>
    <testcase classname="pod.practice.lead" name="P1 Chatham Pod 1" file="examples/medway/policy.cadre" line="36">
      <failure type="must" message="led by S101 Gareth Pollard (team_manager), expected a practice_manager">examples/medway/policy.cadre:36: P1 Chatham Pod 1: led by S101 Gareth Pollard (team_manager), expected a practice_manager</failure>
    </testcase>
    <testcase classname="pod.practice.lead" name="5 checks passed" file="examples/medway/policy.cadre" line="36"/>
    <testcase classname="pod.practice.composition" name="P5 Gillingham Pod 2" file="examples/medway/policy.cadre" line="37">
      <failure type="must" message="3 in post as case_holders, expected exactly 4">examples/medway/policy.cadre:37: P5 Gillingham Pod 2: 3 in post as case_holders, expected exactly 4</failure>
    </testcase>
    <testcase classname="pod.practice.composition" name="5 checks passed" file="examples/medway/policy.cadre" line="37"/>
    <testcase classname="pod.practice.composition_2" name="6 checks passed" file="examples/medway/policy.cadre" line="38"/>
    <testcase classname="continuity" name="C1366" file="examples/medway/policy.cadre" line="47">
      <failure type="must" message="child MC750014 has had 2 social workers in post since assessment, expected 1">examples/medway/policy.cadre:47: C1366: child MC750014 has had 2 social workers in post since assessment, expected 1</failure>
    </testcase>
    <testcase classname="continuity" name="473 checks passed" file="examples/medway/policy.cadre" line="45"/>
    <testcase classname="registered" name="S129 Victoria Hale (senior_practitioner)" file="examples/medway/policy.cadre" line="57">
      <skipped type="unknown" message="cannot judge: staff.qualified is missing"/>
    </testcase>
    <testcase classname="registered" name="26 checks passed" file="examples/medway/policy.cadre" line="55"/>
    <testcase classname="supervision.group_practice" name="P3 Chatham Pod 3" file="examples/medway/policy.cadre" line="64">
      <failure type="must" message="longest gap between group sessions: 21 days (2025-05-14 to 2025-06-04), at most 1 week">examples/medway/policy.cadre:64: P3 Chatham Pod 3: longest gap between group sessions: 21 days (2025-05-14 to 2025-06-04), at most 1 week</failure>
    </testcase>
    <testcase classname="supervision.group_practice" name="5 checks passed" file="examples/medway/policy.cadre" line="64"/>
    <testcase classname="progression.social_worker_to_senior_practitioner" name="S135 Deborah Knight (senior_practitioner)" file="examples/medway/policy.cadre" line="72">
      <failure type="must" message="promoted to senior_practitioner on 2024-10-01 from social_worker with no skills_matrix assessment met in february .. march in the 12 months before it">examples/medway/policy.cadre:72: S135 Deborah Knight (senior_practitioner): promoted to senior_practitioner on 2024-10-01 from social_worker with no skills_matrix assessment met in february .. march in the 12 months before it</failure>
    </testcase>
    <testcase classname="progression.social_worker_to_senior_practitioner" name="4 checks passed" file="examples/medway/policy.cadre" line="71"/>
  </testsuite>
</testsuites>
? 1
$ cadre check examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 --format junit | python3 -c 'import sys, xml.dom.minidom as m; d = m.parseString(sys.stdin.read()); s = d.getElementsByTagName("testsuite")[0]; print(len(d.getElementsByTagName("testcase")) == int(s.getAttribute("tests")), len(d.getElementsByTagName("failure")) == int(s.getAttribute("failures")), len(d.getElementsByTagName("skipped")) == int(s.getAttribute("skipped")))'
True True True
? 0
$ cadre check examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30 --format junit --strict | grep -A1 'S129'
    <testcase classname="registered" name="S129 Victoria Hale (senior_practitioner)" file="examples/medway/policy.cadre" line="57">
      <skipped type="unknown" message="cannot judge: staff.qualified is missing"/>
? 0
$ cadre check tests/fmt/escape.cadre --data tests/data/lang_basic --as-of 2025-06-30 --format junit
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="cadre check" tests="2" failures="1" errors="0" skipped="0">
  <testsuite name="A &amp; B &lt;council&gt;, 100%" tests="2" failures="1" errors="0" skipped="0">
    <properties>
      <property name="as_of" value="2025-06-30"/>
      <property name="data" value="tests/data/lang_basic"/>
      <property name="strict" value="false"/>
    </properties>
    <testcase classname="quoted" name="S1 Ann Lee (practice_manager)" file="tests/fmt/escape.cadre" line="6">
      <failure type="must" message="&lt;&amp;&gt; 50%&#10;next line">tests/fmt/escape.cadre:6: S1 Ann Lee (practice_manager): &lt;&amp;&gt; 50%&#10;next line</failure>
    </testcase>
    <testcase classname="quoted" name="0 checks passed" file="tests/fmt/escape.cadre" line="4"/>
  </testsuite>
</testsuites>
? 1
$ cadre check tests/fmt/escape.cadre --data tests/data/lang_basic --as-of 2025-06-30 --format junit | python3 -c 'import sys, xml.dom.minidom as m; d = m.parseString(sys.stdin.read()); print(d.getElementsByTagName("testsuite")[0].getAttribute("name")); print(repr(d.getElementsByTagName("failure")[0].getAttribute("message")))'
A & B <council>, 100%
'<&> 50%\nnext line'
? 0
