/* init.c — `cadre init DIR`: a new council's rule repository, ready to run.
 * Owns: the files it writes — a policy, its tests, a data template (the
 * header line of every table of the standard schema, taken from the schema
 * itself) and the CI files docs/ci.md shows (tests/cases/ci_recipes.t keeps
 * the two identical) — and refusing to write into a directory in use.
 * Does not own: the schema (stdlib/std.cadre) or the commands the files run. */
#include "init.h"
#include "cli.h"
#include "../lang/driver.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>

/* %s: the policy name (the directory's last component). */
static const char policy_text[] =
    "# The council's workforce rules, checked by cadre (docs/language.md).\n"
    "#   cadre lint policy/*.cadre       names, types and layout\n"
    "#   cadre test policy               the tests in council_test.cadre\n"
    "#   cadre check policy/council.cadre --data data --as-of YYYY-MM-DD\n"
    "policy \"%s\"\n"
    "\n"
    "# Case holders: the roles that carry a caseload.\n"
    "let case_holders = {social_worker, senior_practitioner, advanced_practitioner, asye}\n"
    "\n"
    "caseload {\n"
    "  cap: at most 20 open cases for case_holders\n"
    "}\n"
    "\n"
    "# A case holder is a qualified social worker.\n"
    "rule registered \"Case holders are qualified social workers\" {\n"
    "  for each s in staff where s.in_post and s.role in case_holders:\n"
    "    must s.qualified <= as_of\n"
    "      otherwise \"{s.id} {s.name} qualified on {s.qualified}, after {as_of}\"\n"
    "}\n";

static const char test_text[] =
    "# Tests of council.cadre, run by `cadre test policy`: each builds a few rows,\n"
    "# runs the rules as of a date and compares the verdicts.\n"
    "\n"
    "test \"a worker at the cap passes and one above it breaches\" {\n"
    "  as_of 2025-06-30\n"
    "  row staff { id: \"S1\", name: \"At Cap\", role: social_worker, contract: \"permanent\", fte: 1, started: 2020-01-06, qualified: 2019-07-01 }\n"
    "  row staff { id: \"S2\", name: \"Over Cap\", role: social_worker, contract: \"permanent\", fte: 1, started: 2020-01-06, qualified: 2019-07-01 }\n"
    "  rows cases 20 { id: \"A{n}\", child: \"KA{n}\", worker: \"S1\", opened: 2025-01-06, category: \"cin\" }\n"
    "  rows cases 21 { id: \"B{n}\", child: \"KB{n}\", worker: \"S2\", opened: 2025-01-06, category: \"cin\" }\n"
    "  expect pass caseload.cap for \"S1\"\n"
    "  expect fail caseload.cap for \"S2\"\n"
    "}\n"
    "\n"
    "test \"a case holder not yet qualified breaches\" {\n"
    "  as_of 2025-06-30\n"
    "  row staff { id: \"S1\", name: \"Student\", role: social_worker, contract: \"permanent\", fte: 1, started: 2025-01-06, qualified: 2025-07-01 }\n"
    "  expect fail registered for \"S1\"\n"
    "  expect pass caseload.cap for \"S1\"\n"
    "  expect nothing else\n"
    "}\n";

static const char workflow_text[] =
    "# cadre in GitHub Actions (docs/ci.md): lint, layout and the rules' own tests\n"
    "# gate a change; the data check reports (annotations and code scanning)\n"
    "# without failing the build, since breaches in the data are not the change's.\n"
    "name: policy\n"
    "on:\n"
    "  push:\n"
    "    paths: [\"policy/**.cadre\", \"data/**\", \".github/workflows/policy.yml\"]\n"
    "  pull_request:\n"
    "    paths: [\"policy/**.cadre\", \"data/**\", \".github/workflows/policy.yml\"]\n"
    "\n"
    "permissions:\n"
    "  contents: read\n"
    "  security-events: write        # for the SARIF upload\n"
    "\n"
    "env:\n"
    "  AS_OF: \"2025-06-30\"           # the data snapshot's date: pinned, so the check repeats\n"
    "\n"
    "jobs:\n"
    "  check:\n"
    "    runs-on: ubuntu-latest\n"
    "    steps:\n"
    "      - uses: actions/checkout@v4\n"
    "        with:\n"
    "          fetch-depth: 0            # the impact step compares with the base branch\n"
    "\n"
    "      - name: Build cadre\n"
    "        run: |\n"
    "          sudo apt-get update && sudo apt-get install -y flex bison libreadline-dev libsqlite3-dev\n"
    "          git clone --depth 1 https://example.org/cadre.git /tmp/cadre   # your cadre checkout\n"
    "          make -C /tmp/cadre cadre\n"
    "          echo /tmp/cadre >> \"$GITHUB_PATH\"\n"
    "\n"
    "      - name: Lint\n"
    "        run: cadre lint --deny-warnings --format github policy/*.cadre\n"
    "\n"
    "      - name: Format\n"
    "        run: cadre fmt --check policy/*.cadre\n"
    "\n"
    "      # test blocks in policy/NAME_test.cadre, each compiled with NAME.cadre\n"
    "      - name: Tests next to the rules\n"
    "        run: cadre test policy\n"
    "\n"
    "      # exit 1 (breaches in the data) is a report, not a failure; a policy or\n"
    "      # data error (2, 3) still fails. *_test.cadre files hold no rules to check.\n"
    "      - name: Check the data (annotations on the rule lines)\n"
    "        run: cadre check $(ls policy/*.cadre | grep -v '_test\\.cadre$') --data data --as-of \"$AS_OF\" --format github || [ $? -eq 1 ]\n"
    "\n"
    "      - name: SARIF report\n"
    "        if: always()\n"
    "        run: cadre check $(ls policy/*.cadre | grep -v '_test\\.cadre$') --data data --as-of \"$AS_OF\" --format sarif --output cadre.sarif || [ $? -eq 1 ]\n"
    "      - name: Upload SARIF\n"
    "        if: always()\n"
    "        uses: github/codeql-action/upload-sarif@v3\n"
    "        with:\n"
    "          sarif_file: cadre.sarif\n"
    "\n"
    "      # a pull request that makes someone newly breach a must fails\n"
    "      - name: Impact of this change\n"
    "        if: github.event_name == 'pull_request'\n"
    "        run: |\n"
    "          base=${{ github.event.pull_request.base.sha }}\n"
    "          status=0\n"
    "          for f in $(git diff --name-only \"$base\" -- 'policy/*.cadre' | grep -v '_test\\.cadre$'); do\n"
    "            [ -f \"$f\" ] || continue                                        # deleted in this PR\n"
    "            git show \"$base:$f\" > /tmp/old.cadre 2>/dev/null || continue   # new file: nothing to compare\n"
    "            cadre diff /tmp/old.cadre \"$f\" --data data --as-of \"$AS_OF\" --fail-on new-breach || status=1\n"
    "          done\n"
    "          exit $status\n";

static const char precommit_text[] =
    "# pre-commit (https://pre-commit.com) hooks for cadre rule files (docs/ci.md):\n"
    "# lint, layout and the rules' tests block a commit; the data is not checked.\n"
    "repos:\n"
    "  - repo: local\n"
    "    hooks:\n"
    "      - id: cadre-lint\n"
    "        name: cadre lint\n"
    "        entry: cadre lint --deny-warnings\n"
    "        language: system\n"
    "        files: \\.cadre$\n"
    "        exclude: _test\\.cadre$     # a test file is checked with its policy, by cadre test\n"
    "      - id: cadre-fmt\n"
    "        name: cadre fmt --check\n"
    "        entry: cadre fmt --check\n"
    "        language: system\n"
    "        files: \\.cadre$\n"
    "      - id: cadre-test\n"
    "        name: cadre test\n"
    "        entry: cadre test policy\n"
    "        language: system\n"
    "        pass_filenames: false\n"
    "        files: \\.cadre$\n";

static bool empty_or_absent(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) return errno == ENOENT;
    struct dirent *e;
    bool empty = true;
    while (empty && (e = readdir(d))) empty = !strcmp(e->d_name, ".") || !strcmp(e->d_name, "..");
    closedir(d);
    return empty;
}

static bool make_dirs(const char *path)
{
    char buf[4096];
    snprintf(buf, sizeof buf, "%s", path);
    for (char *s = buf + 1;; s++) {
        if (*s == '/' || !*s) {
            char c = *s;
            *s = 0;
            if (mkdir(buf, 0755) != 0 && errno != EEXIST) return false;
            if (!(*s = c)) return true;
        }
    }
}

/* Writes DIR/name; fmt_arg fills a %s in the text when non-NULL. */
static bool put(const char *dir, const char *name, const char *text, const char *fmt_arg)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    char *slash = strrchr(path, '/');
    *slash = 0;
    bool ok = make_dirs(path);
    *slash = '/';
    FILE *f = ok ? fopen(path, "w") : NULL;
    if (f) {
        if (fmt_arg) fprintf(f, text, fmt_arg);
        else fputs(text, f);
    }
    if (!f || ferror(f) | (fclose(f) != 0)) { fprintf(stderr, "cadre init: cannot write %s: %s\n", path, strerror(errno)); return false; }
    printf("  %s\n", name);
    return true;
}

int cmd_init(int argc, char **argv)
{
    options o;
    int rc = parse_options("init", argc, argv, &o);
    if (rc >= 0) { free(o.policies); return rc; }
    if (o.npolicies != 1) { free(o.policies); return usage_error("init needs one directory, the new repository (got %s)", o.npolicies ? "more" : "none"); }
    const char *dir = o.policies[0];
    free(o.policies);
    if (!empty_or_absent(dir)) { fprintf(stderr, "cadre init: %s exists and is not empty; give a new directory\n", dir); return EXIT_USAGE; }
    /* the data template: every table of the standard schema, header only */
    dg_context dc;
    ck_env env;
    dg_init(&dc);
    ck_init(&env, &dc);
    int code = EXIT_PASS;
    if (!fe_check(&env, NULL, 0)) { dg_print_all(&dc, stderr); code = EXIT_POLICY; goto out; }
    char name[256];
    const char *base = strrchr(dir, '/');
    snprintf(name, sizeof name, "%s", base && base[1] ? base + 1 : dir);
    for (char *c = name; *c; c++) if (*c == '"' || *c == '\\' || *c == '{' || *c == '}') *c = '_';   /* a plain string literal */
    printf("created %s:\n", dir);
    if (!put(dir, "policy/council.cadre", policy_text, name) || !put(dir, "policy/council_test.cadre", test_text, NULL) ||
        !put(dir, ".github/workflows/policy.yml", workflow_text, NULL) || !put(dir, ".pre-commit-config.yaml", precommit_text, NULL)) {
        code = EXIT_USAGE;
        goto out;
    }
    for (uint32_t t = 0; t < env.schema.ntables; t++) {
        const sc_table *tab = &env.schema.tables[t];
        char *hdr = NULL;
        size_t n = 0;
        FILE *m = open_memstream(&hdr, &n);
        if (!m) abort();
        for (uint32_t c = 0; c < tab->ncols; c++) fprintf(m, "%s%s", c ? "," : "", tab->cols[c].name);
        fputc('\n', m);
        fclose(m);
        char fname[300];
        snprintf(fname, sizeof fname, "data/%s", tab->file);
        bool ok = put(dir, fname, hdr, NULL);
        free(hdr);
        if (!ok) { code = EXIT_USAGE; goto out; }
    }
    printf("next: cd %s && cadre lint policy/*.cadre && cadre test policy\n", dir);
out:
    ck_free(&env);
    dg_free(&dc);
    return code;
}
