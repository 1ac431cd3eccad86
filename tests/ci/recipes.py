#!/usr/bin/env python3
"""Runs the CI recipes of docs/ci.md as written, on a scratch repository
made by `cadre init` and given the Medway example's data (which breaches the
caseload cap): the GitHub Actions workflow's steps (not the build and the
`uses:` steps), as a push and as a pull request that lowers the cap; the
pre-commit hook through `git commit`; the pre-commit framework config
through the `pre-commit` program. Prints what happened, for
tests/cases/ci_recipes.t to pin. Usage: recipes.py CADRE-BINARY"""
import json, os, re, shutil, subprocess, sys, tempfile
import yaml

BIN = os.path.abspath(sys.argv[1])
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
tmp = tempfile.mkdtemp(prefix="cadre-ci-")
bindir = os.path.join(tmp, "bin"); os.mkdir(bindir)
os.symlink(BIN, os.path.join(bindir, "cadre"))
ENV = dict(os.environ, PATH=bindir + ":" + os.environ["PATH"], HOME=tmp, PRE_COMMIT_HOME=os.path.join(tmp, "pre-commit-cache"),
           GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org",
           GIT_CONFIG_NOSYSTEM="1", LC_ALL="C")

def sh(cmd, cwd, env=None):
    r = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", cmd], cwd=cwd, env=env or ENV,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return r.returncode, r.stdout

# ---- the recipes, from the document ----
doc = open(os.path.join(ROOT, "docs/ci.md")).read()
blocks = re.findall(r"^```(\w*)\n(.*?)^```", doc, re.M | re.S)
workflow_text = next(b for lang, b in blocks if lang == "yaml" and "jobs:" in b)
precommit_text = next(b for lang, b in blocks if lang == "yaml" and "repos:" in b)
hook_text = next(b for lang, b in blocks if lang == "sh" and b.startswith("#!/bin/sh"))
workflow = yaml.safe_load(workflow_text)
precommit = yaml.safe_load(precommit_text)
print("workflow YAML parses: %d steps; permissions %s; AS_OF %s" % (
    len(workflow["jobs"]["check"]["steps"]), json.dumps(workflow["permissions"], sort_keys=True), workflow["env"]["AS_OF"]))
print("pre-commit YAML parses: hooks %s" % ", ".join(h["id"] for h in precommit["repos"][0]["hooks"]))
runs = [s["run"] for s in workflow["jobs"]["check"]["steps"] if "run" in s]
for cmd in re.findall(r"cadre (?:check|diff) [^\n]*", "\n".join(runs) + "\n" + hook_text):
    if "--as-of" not in cmd: print("NOT PINNED: " + cmd)
for cmd in re.findall(r"cadre check [^\n]*", "\n".join(runs)):
    if "grep -v '_test" not in cmd: print("TEST FILES GIVEN TO CHECK: " + cmd)

# ---- a scratch repository: cadre init, Medway's data ----
repo = os.path.join(tmp, "council")
rc, out = sh("cadre init council", tmp)
print("cadre init: exit %d" % rc)
same = lambda path, text: open(os.path.join(repo, path)).read() == text
print("init's workflow is the document's: %s; init's pre-commit config is the document's: %s" % (
    same(".github/workflows/policy.yml", workflow_text), same(".pre-commit-config.yaml", precommit_text)))
shutil.rmtree(os.path.join(repo, "data"))
shutil.copytree(os.path.join(ROOT, "examples/medway/data"), os.path.join(repo, "data"))
rc, out = sh("git init -q -b main . && git add -A && git commit -qm base && git rev-parse HEAD", repo)
base = out.strip()

def run_job(event):
    """The job's steps as GitHub would run them for `event`; returns its result."""
    env = dict(ENV, AS_OF=str(workflow["env"]["AS_OF"]), GITHUB_PATH=os.path.join(tmp, "github_path"))
    failed = False
    print("workflow on %s:" % event)
    for step in workflow["jobs"]["check"]["steps"]:
        name = step.get("name", step.get("uses"))
        cond = step.get("if", "success()")
        run_it = {"always()": True, "success()": not failed, "github.event_name == 'pull_request'": event == "pull_request" and not failed}[cond]
        if "uses" in step or name == "Build cadre" or not run_it:
            print("  %-52s %s" % (name, "skipped (uses: an action)" if "uses" in step else "skipped (builds cadre)" if name == "Build cadre" else "skipped (if: %s)" % cond))
            continue
        cmd = step["run"].replace("${{ github.event.pull_request.base.sha }}", base)
        rc, out = sh(cmd, repo, env)
        lines = out.strip().split("\n") if out.strip() else []
        print("  %-52s exit %d, %d line%s of output%s" % (name, rc, len(lines), "" if len(lines) == 1 else "s", ":" if lines else ""))
        for l in lines[:3]: print("    " + (l if len(l) < 150 else l[:147] + "..."))
        if len(lines) > 3: print("    ...")
        failed |= rc != 0
    if os.path.exists(os.path.join(repo, "cadre.sarif")):
        sarif = json.load(open(os.path.join(repo, "cadre.sarif")))
        print("  cadre.sarif: SARIF %s, %d results" % (sarif["version"], len(sarif["runs"][0]["results"])))
        os.remove(os.path.join(repo, "cadre.sarif"))
    print("  job %s" % ("FAILED" if failed else "passed"))

run_job("push")                                      # breaches in the data: reported, the job passes
sh("sed -i 's/at most 20 open cases/at most 18 open cases/' policy/council.cadre && sed -i 's/rows cases 20 /rows cases 18 /; s/rows cases 21 /rows cases 19 /' policy/council_test.cadre && git commit -qam 'cap 18'", repo)
run_job("pull_request")                              # the change newly breaches: the job fails

# ---- the pre-commit hook, through git commit ----
hook = os.path.join(repo, ".git/hooks/pre-commit")
open(hook, "w").write(hook_text); os.chmod(hook, 0o755)
def commit(desc, edit):
    rc, out = sh(edit + " && git add -A && git commit -qm '%s'" % desc, repo)
    print("git commit (%s): %s" % (desc, "committed" if rc == 0 else "BLOCKED (exit %d)" % rc))
    lines = out.strip().split("\n")
    for l in lines[:4] + [l for l in lines[4:] if "not blocking" in l]:
        if l: print("    " + l)
    if rc != 0: sh("git reset -q --hard HEAD", repo)
commit("a comment; the data breaches the cap", "echo '# reviewed' >> policy/council.cadre")
commit("a type error", "sed -i 's/at most 18 open cases/at most \"18\" open cases/' policy/council.cadre")
commit("not in canonical layout", "sed -i 's/^  cap: /  cap:   /' policy/council.cadre")
commit("a test that no longer holds", "sed -i 's/expect fail caseload.cap/expect pass caseload.cap/' policy/council_test.cadre")
os.remove(hook)

# ---- the pre-commit framework ----
rc, out = sh("pre-commit run --all-files", repo)
print("pre-commit run --all-files: exit %d" % rc)
for l in out.strip().split("\n"): print("    " + l)
rc, out = sh("sed -i 's/s.qualified <= as_of/s.qualifed <= as_of/' policy/council.cadre && git add -A && pre-commit run --all-files", repo)
print("pre-commit run --all-files, with a typo: exit %d" % rc)
for l in out.strip().split("\n")[:6]: print("    " + l)
shutil.rmtree(tmp)
