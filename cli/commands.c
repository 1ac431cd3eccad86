/* commands.c — `cadre fmt` (print, --check, --write, --diff) and `cadre diff`
 * (the verdicts two versions of a policy give on the same data that change).
 * Owns: a small LCS line diff printed as a unified diff, keying verdicts by
 * (rule, requirement within the rule, table, entity), both commands' output
 * and exit codes. Does not own: the layout (lang/fmt.c), loading or
 * evaluation (load_program, runtime/), or the check report (report.c). */
#include "commands.h"
#include "cli.h"
#include "report.h"
#include "../lang/driver.h"
#include "../lang/fmt.h"
#include "../runtime/date.h"
#include "../runtime/store.h"
#include "../runtime/vm.h"
#include "../runtime/waiver.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- unified diff ---- */

typedef struct {
    const char *s;
    uint32_t len;      /* without the newline */
    bool nl;           /* ends in a newline */
} tline;

static uint32_t split_lines(const char *t, uint32_t n, tline **out)
{
    uint32_t cap = 16, k = 0;
    tline *v = malloc(cap * sizeof *v);
    if (!v) abort();
    for (uint32_t i = 0; i < n;) {
        uint32_t e = i;
        while (e < n && t[e] != '\n') e++;
        if (k == cap) { cap *= 2; v = realloc(v, cap * sizeof *v); if (!v) abort(); }
        v[k++] = (tline){ t + i, e - i, e < n };
        i = e + 1;
    }
    *out = v;
    return k;
}

static bool same_line(const tline *a, const tline *b) { return a->len == b->len && a->nl == b->nl && !memcmp(a->s, b->s, a->len); }

typedef struct { char op; uint32_t a, b; } edit;   /* ' ', '-', '+'; a and b: line indexes */

/* The edit script from a to b: common prefix and suffix, and a longest
 * common subsequence between (a plain delete-all/insert-all when the middle
 * is too large for the table). */
static uint32_t script(const tline *a, uint32_t na, const tline *b, uint32_t nb, edit **out)
{
    edit *e = malloc((size_t)(na + nb + 1) * sizeof *e);
    if (!e) abort();
    uint32_t k = 0, pre = 0, suf = 0;
    while (pre < na && pre < nb && same_line(&a[pre], &b[pre])) pre++;
    while (suf < na - pre && suf < nb - pre && same_line(&a[na - 1 - suf], &b[nb - 1 - suf])) suf++;
    for (uint32_t i = 0; i < pre; i++) e[k++] = (edit){ ' ', i, i };
    uint32_t n = na - pre - suf, m = nb - pre - suf;
    const tline *A = a + pre, *B = b + pre;
    uint32_t *t = (uint64_t)(n + 1) * (m + 1) <= 16u * 1024 * 1024 ? calloc((size_t)(n + 1) * (m + 1), sizeof *t) : NULL;
    uint32_t i = 0, j = 0;
    if (t) {
#define T(x, y) t[(size_t)(x) * (m + 1) + (y)]
        for (uint32_t x = n; x-- > 0;)
            for (uint32_t y = m; y-- > 0;)
                T(x, y) = same_line(&A[x], &B[y]) ? T(x + 1, y + 1) + 1 : T(x + 1, y) >= T(x, y + 1) ? T(x + 1, y) : T(x, y + 1);
        while (i < n && j < m) {
            if (same_line(&A[i], &B[j])) { e[k++] = (edit){ ' ', pre + i, pre + j }; i++; j++; }
            else if (T(i + 1, j) >= T(i, j + 1)) { e[k++] = (edit){ '-', pre + i, pre + j }; i++; }
            else { e[k++] = (edit){ '+', pre + i, pre + j }; j++; }
        }
#undef T
        free(t);
    }
    for (; i < n; i++) e[k++] = (edit){ '-', pre + i, pre + j };
    for (; j < m; j++) e[k++] = (edit){ '+', pre + i, pre + j };
    for (uint32_t s = 0; s < suf; s++) e[k++] = (edit){ ' ', na - suf + s, nb - suf + s };
    *out = e;
    return k;
}

static void put_tline(FILE *out, char op, const tline *l)
{
    fputc(op, out);
    fwrite(l->s, 1, l->len, out);
    fputc('\n', out);
    if (!l->nl) fputs("\\ No newline at end of file\n", out);
}

/* Prints `--- a/NAME`, `+++ b/NAME` and hunks with three lines of context. */
static void unified(FILE *out, const char *name, const char *old, uint32_t nold, const char *new, uint32_t nnew)
{
    tline *a, *b;
    edit *e;
    uint32_t na = split_lines(old, nold, &a), nb = split_lines(new, nnew, &b);
    uint32_t ne = script(a, na, b, nb, &e);
    fprintf(out, "--- a/%s\n+++ b/%s\n", name, name);
    for (uint32_t i = 0; i < ne;) {
        while (i < ne && e[i].op == ' ') i++;
        if (i == ne) break;
        uint32_t start = i >= 3 ? i - 3 : 0, end = i;   /* [start, end) */
        for (;;) {   /* extend over changes closer than 7 context lines */
            while (end < ne && e[end].op != ' ') end++;
            uint32_t next = end;
            while (next < ne && e[next].op == ' ') next++;
            if (next < ne && next - end <= 6) { end = next; continue; }
            end = end + 3 < ne ? end + 3 : ne;
            break;
        }
        uint32_t al = 0, bl = 0;
        for (uint32_t x = start; x < end; x++) { al += e[x].op != '+'; bl += e[x].op != '-'; }
        uint32_t as = e[start].a + (al > 0), bs = e[start].b + (bl > 0);
        fprintf(out, "@@ -%u,%u +%u,%u @@\n", as, al, bs, bl);
        for (uint32_t x = start; x < end; x++)
            put_tline(out, e[x].op, e[x].op == '+' ? &b[e[x].b] : &a[e[x].a]);
        i = end;
    }
    free(a); free(b); free(e);
}

/* ---- cadre fmt ---- */

int cmd_fmt(int argc, char **argv)
{
    enum { SHOW, CHECK, WRITE, DIFF };
    int mode = SHOW;
    static const char *const flags[] = { NULL, "--check", "--write", "--diff" };
    const char **files = calloc((size_t)argc + 1, sizeof *files);
    if (!files) abort();
    int nfiles = 0;
    for (int i = 0; i < argc; i++) {
        int m = 0;
        for (int f = 1; f < 4; f++) if (!strcmp(argv[i], flags[f])) m = f;
        if (m) {
            if (mode != SHOW && mode != m) { free(files); fprintf(stderr, "cadre fmt: %s and %s do not go together\n", flags[mode], argv[i]); return EXIT_USAGE; }
            mode = m;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "cadre fmt: unknown option '%s'\n%s", argv[i], help_for("fmt"));
            free(files);
            return EXIT_USAGE;
        } else files[nfiles++] = argv[i];
    }
    if (nfiles == 0) { fprintf(stderr, "cadre fmt: no policy files given\n%s", help_for("fmt")); free(files); return EXIT_USAGE; }
    int code = EXIT_PASS, changed = 0;
    for (int i = 0; i < nfiles; i++) {
        dg_context dc;
        dg_init(&dc);
        uint32_t len, flen;
        char *text = fe_read_file(files[i], &len);
        if (!text) {
            fprintf(stderr, "cadre fmt: cannot read %s: %s\n", files[i], strerror(errno));
            code = EXIT_POLICY;
            dg_free(&dc);
            continue;
        }
        uint32_t id = dg_add_file(&dc, files[i], text, len);
        char *out = fm_format(&dc, id, &flen);
        if (!out) {
            fflush(stdout);
            dg_print_all(&dc, stderr);
            fprintf(stderr, "cadre fmt: %s not formatted: fix the errors above first\n", files[i]);
            code = EXIT_POLICY;
            dg_free(&dc);
            continue;
        }
        bool same = flen == len && !memcmp(out, dc.files[id].text, len);
        changed += !same;
        if (mode == SHOW) fwrite(out, 1, flen, stdout);
        else if (mode == CHECK && !same) printf("%s\n", files[i]);
        else if (mode == DIFF && !same) unified(stdout, files[i], dc.files[id].text, len, out, flen);
        else if (mode == WRITE && !same) {
            FILE *f = fopen(files[i], "w");
            if (f) fwrite(out, 1, flen, f);
            if (!f || ferror(f) | (fclose(f) != 0)) {
                fprintf(stderr, "cadre fmt: cannot write %s: %s\n", files[i], strerror(errno));
                code = EXIT_POLICY;
            } else printf("formatted %s\n", files[i]);
        }
        free(out);
        dg_free(&dc);
    }
    if ((mode == CHECK || mode == DIFF) && changed) {
        fflush(stdout);
        fprintf(stderr, "%d file%s not in canonical form (cadre fmt --write fixes %s)\n", changed, changed == 1 ? "" : "s",
                changed == 1 ? "it" : "them");
        if (code == EXIT_PASS) code = EXIT_VIOLATIONS;
    }
    free(files);
    return code;
}

/* ---- cadre diff ---- */

/* One version of the policy, loaded, run and its findings keyed. */
typedef struct {
    const char *path;
    dg_context dc;
    ck_env env;
    bc_program prog;
    st_store store;
    vm_results res;
    wv_set waivers;       /* the data's waivers, applied to res */
} side;

typedef enum { V_PASS, V_WARN, V_VIOL, V_UNK, V_WAIVED } status;
static const char *const status_name[] = { "passing", "a warning", "a violation", "unknown", "waived" };

typedef struct {
    const side *s;
    const vm_finding *f;
    const char *rule, *table, *id;
    int32_t row;          /* for rows without a key of their own: their row (same data both sides) */
    uint32_t reqi;        /* requirement index within its rule */
    status st;
    bool matched;
} verdict;

static int key_cmp(const verdict *a, const verdict *b)
{
    int c = strcmp(a->rule, b->rule);
    if (c) return c;
    if (a->reqi != b->reqi) return a->reqi < b->reqi ? -1 : 1;
    if ((c = strcmp(a->table, b->table))) return c;
    if ((c = strcmp(a->id, b->id))) return c;
    return (a->row > b->row) - (a->row < b->row);
}

static int key_qsort(const void *a, const void *b) { return key_cmp(*(verdict *const *)a, *(verdict *const *)b); }

static verdict *verdicts(const side *s)
{
    const bc_program *p = &s->prog;
    verdict *v = calloc(s->res.n + 1, sizeof *v);
    if (!v) abort();
    for (uint32_t i = 0; i < s->res.n; i++) {
        const vm_finding *f = &s->res.items[i];
        const bc_req *q = &p->reqs[f->req];
        v[i] = (verdict){ .s = s, .f = f, .rule = p->rules[q->rule].name, .reqi = f->req - p->rules[q->rule].first_req,
                          .table = f->table >= 0 ? p->schema.tables[f->table].name : "",
                          .id = f->entity_id ? f->entity_id : f->entity ? f->entity : "",
                          .row = f->table >= 0 && p->schema.tables[f->table].key_col < 0 ? f->row : -1,
                          .st = f->verdict == VM_UNKNOWN ? V_UNK : f->verdict == VM_WAIVED ? V_WAIVED :
                                q->severity == BC_SHOULD ? V_WARN : V_VIOL };
    }
    return v;
}

static bool same_evidence(const vm_finding *a, const vm_finding *b)
{
    const char *x[] = { a->message, a->missing_at }, *y[] = { b->message, b->missing_at };
    for (int i = 0; i < 2; i++)
        if ((!x[i] || !y[i]) ? x[i] != y[i] : strcmp(x[i], y[i]) != 0) return false;
    return true;
}

static bool rule_has_req(const bc_program *p, const char *rule, uint32_t reqi)
{
    for (uint32_t r = 0; r < p->nrules; r++)
        if (!strcmp(p->rules[r].name, rule)) return reqi < p->rules[r].nreqs;
    return false;
}

enum { NEW_BREACH, NEW_WARN, NEW_UNK, NEW_WAIVED, NEW_OK, CHANGED, NSECT };
static const char *const sect_title[] = { "newly breaching", "new warnings", "newly unknown", "newly waived", "newly compliant", "changed evidence" };

typedef struct { const verdict *now, *was; } change;

static void evidence(char *buf, size_t cap, const vm_finding *f)
{
    snprintf(buf, cap, "%s%s%s%s", f->message ? f->message : "", f->verdict == VM_UNKNOWN && f->missing_at ? " (" : "",
             f->verdict == VM_UNKNOWN && f->missing_at ? f->missing_at : "", f->verdict == VM_UNKNOWN && f->missing_at ? ")" : "");
}

static void where_of(const verdict *v, char *buf, size_t cap)
{
    const bc_req *q = &v->s->prog.reqs[v->f->req];
    uint32_t line, col;
    dg_line_col(&v->s->dc, q->span, &line, &col);
    snprintf(buf, cap, "%s:%u", v->s->dc.files[q->span.file].name, line);
}

static void print_section(FILE *out, int sect, const change *c, uint32_t n, const bc_program *newp)
{
    if (n == 0) return;
    size_t wrule = 0, wwhere = 0;
    char loc[512], ev[2048], old[2048];
    for (uint32_t i = 0; i < n; i++) {
        const verdict *v = c[i].now ? c[i].now : c[i].was;
        where_of(v, loc, sizeof loc);
        if (strlen(v->rule) > wrule) wrule = strlen(v->rule);
        if (strlen(loc) > wwhere) wwhere = strlen(loc);
    }
    fprintf(out, "\n%s (%u)\n", sect_title[sect], n);
    for (uint32_t i = 0; i < n; i++) {
        const verdict *v = c[i].now ? c[i].now : c[i].was;
        where_of(v, loc, sizeof loc);
        evidence(ev, sizeof ev, v->f);
        fprintf(out, "  %-*s  %-*s  %s: %s", (int)wrule, v->rule, (int)wwhere, loc, v->f->entity ? v->f->entity : "(all data)", ev);
        if (sect == NEW_OK && !rule_has_req(newp, v->rule, v->reqi)) fputs(" (requirement removed)", out);
        else if (sect == CHANGED) { evidence(old, sizeof old, c[i].was->f); fprintf(out, " (was: %s)", old); }
        else if (sect != NEW_OK && c[i].was) fprintf(out, " (was %s)", status_name[c[i].was->st]);
        const wv_set *ws = &v->s->waivers;
        if (c[i].now && v->f->verdict == VM_WAIVED && v->f->waiver >= 0 && (uint32_t)v->f->waiver < ws->n) {
            wv_justification(ws, &ws->items[v->f->waiver], ev, sizeof ev);
            fprintf(out, " — waived: %s", ev);
        }
        fputc('\n', out);
    }
}

static bool load_side(options *o, side *s, int32_t as_of, int *code)
{
    options one = *o;
    one.policies = &s->path;
    one.npolicies = 1;
    if (!load_program(&one, &s->dc, &s->env, &s->prog)) { *code = EXIT_POLICY; return false; }
    if (!st_load_data_opts(&s->store, &s->prog.schema, o->data, &o->load, &s->dc)) { *code = EXIT_DATA; return false; }
    vm_options vo = { .as_of = as_of, .budget = o->budget };
    if (!vm_run(&s->prog, &s->store, &vo, &s->res, &s->dc)) { *code = EXIT_POLICY; return false; }
    wv_load(&s->waivers, &s->store);
    wv_apply(&s->waivers, &s->prog, &s->store, as_of, &s->res);
    return true;
}

static uint32_t count_violations(const side *s)
{
    uint32_t n = 0;
    for (uint32_t q = 0; q < s->prog.nreqs; q++)
        if (s->prog.reqs[q].severity == BC_MUST) n += s->res.per_req[q].fail;
    return n;
}

int cmd_diff(int argc, char **argv)
{
    options o;
    int rc = parse_options("diff", argc, argv, &o);
    if (rc >= 0) { free(o.policies); return rc; }
    int code = EXIT_PASS;
    side sd[2];
    memset(sd, 0, sizeof sd);
    for (int i = 0; i < 2; i++) { dg_init(&sd[i].dc); ck_init(&sd[i].env, &sd[i].dc); }
    verdict *v[2] = { NULL, NULL };
    verdict **sorted = NULL;
    change *ch[NSECT] = { NULL };
    uint32_t nch[NSECT] = { 0 };
    int32_t as_of;
    bool fail_change = false, fail_breach = false;
    if (o.npolicies != 2) { code = usage_error("diff needs two policy files, OLD and NEW (got %s)", o.npolicies < 2 ? "one" : "more"); goto out; }
    if (!o.data) { code = usage_error("diff needs --data DIR (the data set both versions are checked on)", NULL); goto out; }
    if (o.fail_on) {
        if (!strcmp(o.fail_on, "new-breach")) fail_breach = true;
        else if (!strcmp(o.fail_on, "change")) fail_change = true;
        else { code = usage_error("--fail-on takes new-breach or change, not '%s'", o.fail_on); goto out; }
    }
    if (o.as_of) {
        if (!dt_parse(o.as_of, strlen(o.as_of), &as_of)) { code = usage_error("--as-of needs a date as YYYY-MM-DD, not '%s'", o.as_of); goto out; }
    } else as_of = (int32_t)(time(NULL) / 86400);
    for (int i = 0; i < 2; i++) {
        sd[i].path = o.policies[i];
        if (!load_side(&o, &sd[i], as_of, &code)) { dg_print_all(&sd[i].dc, stderr); goto out; }
        dg_print_all(&sd[i].dc, stderr);   /* warnings, if any */
    }
    /* a waiver must name a rule of OLD or NEW: a rule renamed between the
     * two is still a rule, a typo is a data error */
    const bc_program *progs[] = { &sd[0].prog, &sd[1].prog };
    if (!wv_check(&sd[1].waivers, progs, 2, &sd[1].dc)) { code = EXIT_DATA; dg_print_all(&sd[1].dc, stderr); goto out; }

    /* Every finding of NEW against OLD's finding for the same key; OLD's
     * findings left over have become passes. */
    v[0] = verdicts(&sd[0]); v[1] = verdicts(&sd[1]);
    uint32_t n0 = sd[0].res.n, n1 = sd[1].res.n;
    sorted = malloc((n0 + 1) * sizeof *sorted);
    if (!sorted) abort();
    for (uint32_t i = 0; i < n0; i++) sorted[i] = &v[0][i];
    qsort(sorted, n0, sizeof *sorted, key_qsort);
    for (int s = 0; s < NSECT; s++) { ch[s] = calloc(n0 + n1 + 1, sizeof *ch[s]); if (!ch[s]) abort(); }
    for (uint32_t i = 0; i < n1; i++) {
        const verdict *now = &v[1][i];
        verdict *const *hit = NULL;
        uint32_t lo = 0, hi = n0;
        while (lo < hi) {
            uint32_t mid = (lo + hi) / 2;
            int c = key_cmp(sorted[mid], now);
            if (c == 0) { hit = &sorted[mid]; break; }
            if (c < 0) lo = mid + 1; else hi = mid;
        }
        verdict *was = hit ? *hit : NULL;
        if (was) was->matched = true;
        int sect = -1;
        if (!was || was->st != now->st)
            sect = now->st == V_VIOL ? NEW_BREACH : now->st == V_WARN ? NEW_WARN : now->st == V_WAIVED ? NEW_WAIVED : NEW_UNK;
        else if (!same_evidence(was->f, now->f)) sect = CHANGED;
        if (sect >= 0) ch[sect][nch[sect]++] = (change){ now, was };
    }
    for (uint32_t i = 0; i < n0; i++)
        if (!v[0][i].matched) ch[NEW_OK][nch[NEW_OK]++] = (change){ NULL, &v[0][i] };

    char date[16];
    dt_format(as_of, date, sizeof date);
    printf("policy change: %s -> %s — as of %s — data %s\n", sd[0].path, sd[1].path, date, o.data);
    for (int s = 0; s < NSECT; s++) print_section(stdout, s, ch[s], nch[s], &sd[1].prog);
    uint32_t total = 0;
    for (int s = 0; s < NSECT; s++) total += nch[s];
    char wv[32] = "";
    if (nch[NEW_WAIVED]) snprintf(wv, sizeof wv, ", %u newly waived", nch[NEW_WAIVED]);
    printf("\n%u newly breaching, %u newly compliant, %u new warning%s, %u newly unknown%s, %u changed evidence; violations %u -> %u\n",
           nch[NEW_BREACH], nch[NEW_OK], nch[NEW_WARN], nch[NEW_WARN] == 1 ? "" : "s", nch[NEW_UNK], wv, nch[CHANGED],
           count_violations(&sd[0]), count_violations(&sd[1]));
    if ((fail_breach && nch[NEW_BREACH]) || (fail_change && total)) code = EXIT_VIOLATIONS;
out:
    for (int s = 0; s < NSECT; s++) free(ch[s]);
    free(sorted);
    for (int i = 0; i < 2; i++) {
        free(v[i]);
        wv_free(&sd[i].waivers);
        vm_results_free(&sd[i].res);
        st_free(&sd[i].store);
        bc_free(&sd[i].prog);
        ck_free(&sd[i].env);
        dg_free(&sd[i].dc);
    }
    free(o.policies);
    return code;
}
