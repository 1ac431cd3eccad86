/* testrun.c — `cadre test`: tests written next to the rules.
 * Owns: finding test blocks (in a policy, or in NAME_test.cadre next to
 * NAME.cadre), turning each fixture into CSV files in a temporary directory
 * (so fixtures go through the real loader), running the policy on it with
 * passes recorded, and comparing the verdicts with the `expect` lines.
 * Does not own: parsing or checking tests (lang/), evaluation (runtime/vm.c). */
#include "testrun.h"
#include "cli.h"
#include "../lang/driver.h"
#include "../runtime/date.h"
#include "../runtime/store.h"
#include "../runtime/vm.h"
#include "../runtime/waiver.h"
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- fixture values ------------------------------------------------------ */

/* A fixture value is a literal, or arithmetic on the row number n: enough to
 * write "C{n}" or 2025-01-06 + n weeks, nothing that reads data. */
typedef struct { int kind; vl_rat num; int32_t date; int32_t months, days; char text[256]; } fval;
enum { FV_NUM, FV_DATE, FV_DUR, FV_TEXT, FV_MISSING };

static bool eval_fixture(const node *e, int64_t n, fval *out, char *err, size_t errcap);

static bool to_text(const fval *v, char *buf, size_t cap)
{
    switch (v->kind) {
    case FV_NUM: vl_rat_format(v->num, buf, cap); return true;
    case FV_DATE: dt_format(v->date, buf, cap); return true;
    case FV_TEXT: snprintf(buf, cap, "%s", v->text); return true;
    case FV_MISSING: buf[0] = 0; return true;
    default: return false;
    }
}

static bool eval_fixture(const node *e, int64_t n, fval *out, char *err, size_t errcap)
{
    memset(out, 0, sizeof *out);
    switch (e->kind) {
    case N_NUM: out->kind = FV_NUM; out->num = e->num; return true;
    case N_DATE: out->kind = FV_DATE; out->date = e->date; return true;
    case N_BOOL: out->kind = FV_TEXT; snprintf(out->text, sizeof out->text, "%s", e->flag ? "true" : "false"); return true;
    case N_MISSING: out->kind = FV_MISSING; return true;
    case N_NAME:
        if (strcmp(e->text, "n") == 0) { out->kind = FV_NUM; out->num = (vl_rat){ n, 1 }; return true; }
        out->kind = FV_TEXT;             /* a role code, written as in the data */
        snprintf(out->text, sizeof out->text, "%s", e->text);
        return true;
    case N_STR: {
        out->kind = FV_TEXT;
        if (e->nkids == 0) { snprintf(out->text, sizeof out->text, "%s", e->text ? e->text : ""); return true; }
        size_t used = 0;
        for (uint32_t i = 0; i < e->nkids; i++) {
            fval part;
            char buf[256];
            if (!eval_fixture(e->kids[i], n, &part, err, errcap)) return false;
            if (!to_text(&part, buf, sizeof buf)) { snprintf(err, errcap, "a duration cannot be written into a cell"); return false; }
            used += (size_t)snprintf(out->text + used, sizeof out->text - (used < sizeof out->text ? used : sizeof out->text), "%s", buf);
            if (used >= sizeof out->text) used = sizeof out->text - 1;
        }
        return true;
    }
    case N_DUR: {
        fval k;
        if (!eval_fixture(e->kids[0], n, &k, err, errcap)) return false;
        if (k.kind != FV_NUM || k.num.den != 1) { snprintf(err, errcap, "a duration needs a whole number"); return false; }
        out->kind = FV_DUR;
        int64_t c = k.num.num;
        if (e->op == DU_DAY) out->days = (int32_t)c;
        else if (e->op == DU_WEEK) out->days = (int32_t)(7 * c);
        else if (e->op == DU_MONTH) out->months = (int32_t)c;
        else out->months = (int32_t)(12 * c);
        return true;
    }
    case N_UNARY:
        if (e->op == OP_NEG && eval_fixture(e->kids[0], n, out, err, errcap) && out->kind == FV_NUM) { out->num.num = -out->num.num; return true; }
        break;
    case N_BINARY: {
        fval a, b;
        if (!eval_fixture(e->kids[0], n, &a, err, errcap) || !eval_fixture(e->kids[1], n, &b, err, errcap)) return false;
        if (a.kind == FV_NUM && b.kind == FV_NUM) {
            bool ok = e->op == OP_ADD ? vl_rat_add(a.num, b.num, &out->num) : e->op == OP_SUB ? vl_rat_sub(a.num, b.num, &out->num) :
                      e->op == OP_MUL ? vl_rat_mul(a.num, b.num, &out->num) : e->op == OP_DIV ? vl_rat_div(a.num, b.num, &out->num) : false;
            if (!ok) break;
            out->kind = FV_NUM;
            return true;
        }
        if (a.kind == FV_DATE && b.kind == FV_DUR && (e->op == OP_ADD || e->op == OP_SUB)) {
            int sign = e->op == OP_ADD ? 1 : -1;
            out->kind = FV_DATE;
            out->date = dt_add(a.date, sign * b.months, sign * b.days);
            return true;
        }
        break;
    }
    default: break;
    }
    snprintf(err, errcap, "a fixture value is a literal or arithmetic on n");
    return false;
}

/* ---- writing a fixture -------------------------------------------------- */

static void csv_cell(FILE *f, const char *s)
{
    if (!*s) return;   /* empty = missing */
    fputc('"', f);
    for (; *s; s++) { if (*s == '"') fputc('"', f); fputc(*s, f); }
    fputc('"', f);
}

/* Writes every table the test fills; the columns of a table are all the
 * columns any of its rows sets, in first-seen order. */
static bool write_fixture(const node *t, const sc_schema *schema, const char *dir, char *err, size_t errcap)
{
    for (uint32_t ti = 0; ti < schema->ntables; ti++) {
        const char *cols[128];
        uint32_t ncols = 0;
        bool any = false;
        for (uint32_t i = 0; i < t->nkids; i++) {
            const node *r = t->kids[i];
            if (!r || r->kind != N_TROWS || strcmp(r->text, schema->tables[ti].name)) continue;
            any = true;
            for (uint32_t k = 1; k < r->nkids; k++) {
                bool seen = false;
                for (uint32_t c = 0; c < ncols; c++) seen |= strcmp(cols[c], r->kids[k]->text) == 0;
                if (!seen && ncols < 128) cols[ncols++] = r->kids[k]->text;
            }
        }
        if (!any) continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, schema->tables[ti].file);
        FILE *f = fopen(path, "w");
        if (!f) { snprintf(err, errcap, "cannot write %.200s: %s", path, strerror(errno)); return false; }
        for (uint32_t c = 0; c < ncols; c++) fprintf(f, "%s%s", c ? "," : "", cols[c]);
        fputc('\n', f);
        for (uint32_t i = 0; i < t->nkids; i++) {
            const node *r = t->kids[i];
            if (!r || r->kind != N_TROWS || strcmp(r->text, schema->tables[ti].name)) continue;
            int64_t count = 1;
            if (r->kids[0]) {
                if (r->kids[0]->num.den != 1 || r->kids[0]->num.num < 0 || r->kids[0]->num.num > 100000) {
                    snprintf(err, errcap, "a row count is a whole number up to 100000");
                    fclose(f);
                    return false;
                }
                count = r->kids[0]->num.num;
            }
            for (int64_t n = 1; n <= count; n++) {
                for (uint32_t c = 0; c < ncols; c++) {
                    if (c) fputc(',', f);
                    for (uint32_t k = 1; k < r->nkids; k++) {
                        if (strcmp(r->kids[k]->text, cols[c])) continue;
                        fval v;
                        char buf[256];
                        if (!eval_fixture(r->kids[k]->kids[0], n, &v, err, errcap) || !to_text(&v, buf, sizeof buf)) {
                            if (!err[0]) snprintf(err, errcap, "column %s: a duration cannot be written into a cell", cols[c]);
                            fclose(f);
                            return false;
                        }
                        csv_cell(f, buf);
                    }
                }
                fputc('\n', f);
            }
        }
        if (fclose(f) != 0) { snprintf(err, errcap, "cannot write %.200s", path); return false; }
    }
    return true;
}

static void remove_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        unlink(path);
    }
    closedir(d);
    rmdir(dir);
}

/* ---- judging ------------------------------------------------------------ */

static const char *rule_of(const bc_program *p, const vm_finding *f) { return p->rules[p->reqs[f->req].rule].name; }

static bool matches(const bc_program *p, const vm_finding *f, const node *x)
{
    if (strcmp(rule_of(p, f), x->text)) return false;
    return !x->text2 || (f->entity_id && strcmp(f->entity_id, x->text2) == 0);
}

static const char *verdict_word(int v) { return v == VM_FAIL ? "fail" : v == VM_UNKNOWN ? "unknown" : v == VM_WAIVED ? "waived" : "pass"; }

/* The expectation a verdict answers (pass has its own test). */
static int expect_of(int verdict) { return verdict == VM_FAIL ? TX_FAIL : verdict == VM_WAIVED ? TX_WAIVED : TX_UNKNOWN; }
static const char *const expect_word[] = { "fail", "pass", "unknown", "waived" };

static void show_findings(FILE *out, const bc_program *p, const vm_results *res, const node *x)
{
    uint32_t shown = 0;
    for (uint32_t i = 0; i < res->n && shown < 6; i++) {
        const vm_finding *f = &res->items[i];
        if (strcmp(rule_of(p, f), x->text) || (x->text2 && (!f->entity_id || strcmp(f->entity_id, x->text2)))) continue;
        fprintf(out, "          got %s: %s: %s\n", verdict_word(f->verdict), f->entity ? f->entity : "(all data)", f->message ? f->message : "");
        shown++;
    }
    if (!shown) fprintf(out, "          got nothing: the rule judged no %s\n", x->text2 ? "such entity" : "entity");
}

/* Returns true when every expectation holds; explains each one that does not. */
static bool judge(FILE *out, const bc_program *p, const vm_results *res, const node *t)
{
    bool ok = true, nothing_else = false;
    for (uint32_t i = 0; i < t->nkids; i++) {
        const node *x = t->kids[i];
        if (!x || x->kind != N_TEXPECT) continue;
        if (x->op == TX_NOTHING_ELSE) { nothing_else = true; continue; }
        bool holds;
        if (x->op == TX_PASS) {
            bool bad = false, judged = false;
            for (uint32_t k = 0; k < res->n; k++) {
                const vm_finding *f = &res->items[k];
                if (!matches(p, f, x)) continue;
                if (f->verdict == VM_PASS) judged = true; else bad = true;
            }
            holds = !bad && (judged || !x->text2);
        } else {
            holds = false;
            for (uint32_t k = 0; k < res->n && !holds; k++)
                holds = res->items[k].verdict != VM_PASS && expect_of(res->items[k].verdict) == x->op && matches(p, &res->items[k], x);
        }
        if (holds) continue;
        ok = false;
        fprintf(out, "        expected %s %s%s%s%s\n", expect_word[x->op], x->text,
                x->text2 ? " for \"" : "", x->text2 ? x->text2 : "", x->text2 ? "\"" : "");
        show_findings(out, p, res, x);
    }
    if (nothing_else)
        for (uint32_t k = 0; k < res->n; k++) {
            const vm_finding *f = &res->items[k];
            if (f->verdict == VM_PASS) continue;
            bool expected = false;
            for (uint32_t i = 0; i < t->nkids && !expected; i++) {
                const node *x = t->kids[i];
                expected = x && x->kind == N_TEXPECT && x->op == expect_of(f->verdict) && matches(p, f, x);
            }
            if (expected) continue;
            ok = false;
            fprintf(out, "        unexpected %s %s: %s: %s\n", verdict_word(f->verdict), rule_of(p, f),
                    f->entity ? f->entity : "(all data)", f->message ? f->message : "");
        }
    return ok;
}

/* ---- one file ------------------------------------------------------------ */

typedef struct { uint32_t passed, failed; bool policy_error; } tally;

static bool has_tests_text(const char *path)
{
    uint32_t len;
    char *text = fe_read_file(path, &len);
    if (!text) return false;
    bool yes = strstr(text, "test \"") != NULL;
    free(text);
    return yes;
}

static void run_file(const char *path, tally *t, FILE *out)
{
    /* NAME.cadre given, its tests in NAME_test.cadre: run those */
    size_t plen = strlen(path);
    char sibling[4096];
    if (plen > 6 && !strcmp(path + plen - 6, ".cadre") && (plen < 11 || strcmp(path + plen - 11, "_test.cadre")) && !has_tests_text(path)) {
        snprintf(sibling, sizeof sibling, "%.*s_test.cadre", (int)(plen - 6), path);
        if (access(sibling, R_OK) == 0) path = sibling;
    }
    /* NAME_test.cadre tests NAME.cadre: both are compiled together */
    char base[4096];
    const char *paths[2];
    int npaths = 0;
    size_t len = strlen(path);
    if (len > 11 && strcmp(path + len - 11, "_test.cadre") == 0) {
        snprintf(base, sizeof base, "%.*s.cadre", (int)(len - 11), path);
        if (access(base, R_OK) == 0) paths[npaths++] = base;
    }
    paths[npaths++] = path;
    dg_context dc;
    ck_env env;
    bc_program prog;
    dg_init(&dc);
    ck_init(&env, &dc);
    fprintf(out, "%s\n", path);
    if (!fe_compile(&env, paths, npaths, &prog) || !bc_verify(&prog, &dc)) {
        fflush(out);
        dg_print_all(&dc, stderr);
        t->policy_error = true;
        bc_free(&prog); ck_free(&env); dg_free(&dc);
        return;
    }
    /* the tests are those of the file named, which is the last one added */
    node *file = env.files[env.nfiles - 1];
    for (uint32_t i = 0; i < file->nkids; i++) {
        node *test = file->kids[i];
        if (!test || test->kind != N_TEST) continue;
        uint32_t line, col;
        dg_line_col(&dc, test->span, &line, &col);
        char err[512] = "";
        int32_t as_of = DT_MISSING;
        for (uint32_t k = 0; k < test->nkids; k++) if (test->kids[k] && test->kids[k]->kind == N_TASOF) as_of = test->kids[k]->date;
        char dir[] = "/tmp/cadre-test-XXXXXX";
        bool ok = false;
        dg_context ddc;
        dg_init(&ddc);
        if (as_of == DT_MISSING) snprintf(err, sizeof err, "the test has no `as_of DATE` line");
        else if (!mkdtemp(dir)) snprintf(err, sizeof err, "cannot make a temporary directory: %s", strerror(errno));
        else {
            st_store st;
            memset(&st, 0, sizeof st);
            if (write_fixture(test, &prog.schema, dir, err, sizeof err)) {
                if (!st_load_csv_dir(&st, &prog.schema, dir, &ddc)) snprintf(err, sizeof err, "the fixture is not valid data:");
                else {
                    vm_options vo = { .as_of = as_of, .explain = true };
                    vm_results res = {0};
                    wv_set waivers;
                    wv_load(&waivers, &st);
                    const bc_program *progs[] = { &prog };
                    if (!wv_check(&waivers, progs, 1, &ddc)) snprintf(err, sizeof err, "the fixture is not valid data:");
                    else if (!vm_run(&prog, &st, &vo, &res, &dc)) snprintf(err, sizeof err, "evaluation stopped");
                    else {
                        wv_apply(&waivers, &prog, &st, as_of, &res);
                        char *buf = NULL;
                        size_t blen = 0;
                        FILE *mem = open_memstream(&buf, &blen);
                        ok = judge(mem, &prog, &res, test);
                        fclose(mem);
                        fprintf(out, "  %-4s  %s (line %u)\n", ok ? "ok" : "FAIL", test->text, line);
                        if (!ok) fputs(buf, out);
                        free(buf);
                    }
                    vm_results_free(&res);
                    wv_free(&waivers);
                }
            }
            st_free(&st);
            remove_dir(dir);
        }
        if (err[0]) {
            fprintf(out, "  FAIL  %s (line %u)\n        %s\n", test->text, line, err);
            for (uint32_t d = 0; d < ddc.ndiags; d++) {
                const dg_diag *dd = &ddc.diags[d];
                const char *file_part = dd->data_file ? strrchr(dd->data_file, '/') : NULL;
                fprintf(out, "        %s:%u: %s\n", file_part ? file_part + 1 : "", dd->data_line, dd->message);
            }
            ok = false;
        }
        dg_free(&ddc);
        if (ok) t->passed++; else t->failed++;
    }
    bc_free(&prog);
    ck_free(&env);
    dg_free(&dc);
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Collects .cadre files with tests under dir, sorted, skipping build output. */
static void collect(const char *dir, char ***files, uint32_t *n)
{
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    char **local = NULL;
    uint32_t nlocal = 0;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.' || !strcmp(e->d_name, "build")) continue;
        char *path = malloc(strlen(dir) + strlen(e->d_name) + 2);
        if (!path) abort();
        sprintf(path, "%s/%s", strcmp(dir, ".") ? dir : ".", e->d_name);
        local = realloc(local, (nlocal + 1) * sizeof *local);
        if (!local) abort();
        local[nlocal++] = path;
    }
    closedir(d);
    qsort(local, nlocal, sizeof *local, cmp_str);
    for (uint32_t i = 0; i < nlocal; i++) {
        struct stat sb;
        size_t len = strlen(local[i]);
        if (stat(local[i], &sb) == 0 && S_ISDIR(sb.st_mode)) collect(local[i], files, n);
        else if (len > 6 && !strcmp(local[i] + len - 6, ".cadre") && has_tests_text(local[i])) {
            *files = realloc(*files, (*n + 1) * sizeof **files);
            if (!*files) abort();
            (*files)[(*n)++] = strdup(local[i]);
        }
        free(local[i]);
    }
    free(local);
}

int cmd_test(int argc, char **argv)
{
    char **files = NULL;
    uint32_t n = 0;
    for (int i = 0; i < argc; i++) {
        if (argv[i][0] == '-') { fprintf(stderr, "cadre test: unknown option '%s'\n%s", argv[i], help_for("test")); return EXIT_USAGE; }
        struct stat sb;
        if (stat(argv[i], &sb) != 0) { fprintf(stderr, "cadre test: no such file or directory: %s\n", argv[i]); return EXIT_USAGE; }
        if (S_ISDIR(sb.st_mode)) collect(argv[i], &files, &n);
        else {
            files = realloc(files, (n + 1) * sizeof *files);
            if (!files) abort();
            files[n++] = strdup(argv[i]);
        }
    }
    if (argc == 0) collect(".", &files, &n);
    tally t = {0};
    for (uint32_t i = 0; i < n; i++) {
        run_file(files[i], &t, stdout);
        free(files[i]);
    }
    free(files);
    if (n == 0) printf("no tests found (a test is a `test \"title\" { ... }` block in a .cadre file)\n");
    printf("%u passed, %u failed\n", t.passed, t.failed);
    if (t.policy_error) return EXIT_POLICY;
    return t.failed ? EXIT_VIOLATIONS : EXIT_PASS;
}
