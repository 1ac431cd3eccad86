/* repl.c — `cadre repl`: read a command, run it, print the answer, repeat.
 * Owns: the session (policies + the REPL's own definitions compiled together,
 * the loaded data, its what-if log, the date), every :command, how results
 * print, and at a terminal GNU readline: history, Tab completion, multi-line
 * input, Ctrl-C. Does not own: the language (lang/), evaluation (vm.c), edits
 * (whatif.c), check reports (report.c) or table layout (table.c). */
#include "repl.h"
#include "cli.h"
#include "report.h"
#include "table.h"
#include "../lang/driver.h"
#include "../lang/parse.h"
#include "../lang/compile.h"
#include "../lang/print.h"
#include "../runtime/vm.h"
#include "../runtime/store.h"
#include "../runtime/whatif.h"
#include "../runtime/waiver.h"
#include "../runtime/date.h"
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>

#define ROW_LIMIT 20                 /* rows of a query result shown, until :rows */
#define QUERY_BUDGET 100000000ull    /* loop steps per query unless --budget: a
                                        runaway query ends by itself */
#define PROMPT "cadre> "
#define CONT_PROMPT "  ...> "

/* One compilation of policies + REPL definitions. Heap-allocated because the
 * env points at the dc beside it; replaced whole, never patched. */
typedef struct {
    dg_context dc;
    ck_env env;
    bc_program prog;
} unit;

/* A definition typed at the prompt (one input: a let, a rule, a block...). */
typedef struct {
    char *text;                /* as typed, ending in a newline */
    char **names;              /* "let x", "rule y": what it defines by name */
    uint32_t nnames;
} defn;

typedef struct {
    /* what is compiled */
    char **paths;              /* policy files, owned copies */
    int npaths;
    defn *defs;
    uint32_t ndefs;
    unit *u;                   /* never NULL once started */
    /* the data */
    const char *data;          /* --data, borrowed from argv; NULL: no data */
    sc_schema data_schema;     /* the store's own schema: units come and go */
    st_store store;
    bool have_data;
    wi_log *wi;
    wv_set waivers;            /* as applied by the last run_rules; borrows the store */
    struct {                   /* the first load, at a terminal: see load_start */
        bool running, announced;
        pthread_t thread;
        int done[2];           /* the thread writes a byte when it ends */
        int saved_stderr;
        dg_context dc;         /* the loader's diagnostics, printed at the join */
        bool ok;
    } bg;
    /* evaluation */
    int32_t as_of;
    uint64_t budget;           /* --budget, 0 = defaults */
    st_options load;           /* --encoding, --allow-missing */
    /* the session */
    bool tty, color, quit, failed;
    uint32_t rows;             /* :rows — result rows shown; 0 = all */
    char *last_query;          /* the last query that printed a value, for :export */
    FILE *export_to;           /* :export in progress: results go here as CSV, every row */
    uint32_t exported;         /* rows written by that export */
    char *pending;             /* unfinished multi-line input */
    size_t npending, cappending;
    bool rl_installed;         /* the readline callback handler is in place */
    char *history;             /* history file, or NULL */
    /* Tab completion candidates, rebuilt on each Tab */
    char **cands;
    uint32_t ncands, capcands, next_cand;
} re_state;

/* readline's completion and line callbacks take no user pointer, so they
 * reach the one session through this; re_main sets it and clears it. */
static re_state *session;
/* Set by the SIGINT handler (which has no user pointer either) and polled
 * between input characters and between rules. */
static volatile sig_atomic_t interrupted;

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) { fputs("cadre: out of memory\n", stderr); abort(); }
    return p;
}

static char *xstrdup(const char *s)
{
    char *d = strdup(s ? s : "");
    if (!d) abort();
    return d;
}

static char *xstrndup(const char *s, size_t n)
{
    char *d = strndup(s, n);
    if (!d) abort();
    return d;
}

/* ---- output ------------------------------------------------------------- */

static const char *on(const re_state *s, const char *sgr)
{
    return s->color ? sgr : "";
}
static const char *off(const re_state *s) { return s->color ? "\033[0m" : ""; }
#define BOLD "\033[1m"
#define RED "\033[1;31m"
#define YELLOW "\033[33m"
#define GREEN "\033[32m"
#define DIM "\033[2m"
#define CYAN "\033[36m"

/* An error of the command being run: printed, and the session goes on. */
static bool fail(re_state *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static bool fail(re_state *s, const char *fmt, ...)
{
    va_list ap;
    fflush(stdout);
    fprintf(stderr, "%serror:%s ", on(s, RED), off(s));
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    fflush(stderr);
    return false;
}

/* Prints dc's diagnostics (stdout flushed first, so a transcript keeps its
 * order) and forgets them: a session's dc lives long. */
static void flush_diags(dg_context *dc)
{
    if (dc->ndiags == 0) return;
    fflush(stdout);
    dg_print_all(dc, stderr);
    fflush(stderr);
    for (uint32_t i = 0; i < dc->ndiags; i++) {
        free(dc->diags[i].message);
        free(dc->diags[i].hint);
        free(dc->diags[i].data_file);
    }
    dc->ndiags = dc->nerrors = dc->nwarnings = 0;
}

static const char *plural(uint32_t n) { return n == 1 ? "" : "s"; }

/* ---- compiling ---------------------------------------------------------- */

static void unit_free(unit *u)
{
    if (!u) return;
    bc_free(&u->prog);
    ck_free(&u->env);
    dg_free(&u->dc);
    free(u);
}

/* The policies plus REPL source src (NULL: none); NULL after printing errors. */
static unit *compile(re_state *s, const char *src)
{
    unit *u = calloc(1, sizeof *u);
    if (!u) abort();
    dg_init(&u->dc);
    ck_init(&u->env, &u->dc);
    bool ok = fe_compile_with(&u->env, (const char *const *)s->paths, s->npaths, "<repl>", src, &u->prog) &&
              bc_verify(&u->prog, &u->dc);
    /* a let typed at the prompt is there to be queried: "never used" would
     * greet every one of them */
    uint32_t kept = 0;
    for (uint32_t i = 0; i < u->dc.ndiags; i++) {
        dg_diag *d = &u->dc.diags[i];
        if (d->severity == DG_WARNING && d->code && strcmp(d->code, "W-unused") == 0 && d->span.file &&
            strcmp(u->dc.files[d->span.file].name, "<repl>") == 0) {
            free(d->message); free(d->hint); free(d->data_file);
            u->dc.nwarnings--;
            continue;
        }
        u->dc.diags[kept++] = *d;
    }
    u->dc.ndiags = kept;
    flush_diags(&u->dc);
    if (!ok) { unit_free(u); return NULL; }
    return u;
}

/* Every definition typed so far, minus those `skip` says are replaced. */
static char *defs_source(const re_state *s, const bool *skip, const char *more)
{
    size_t len = 1;
    for (uint32_t i = 0; i < s->ndefs; i++) if (!skip || !skip[i]) len += strlen(s->defs[i].text);
    if (more) len += strlen(more);
    char *src = xrealloc(NULL, len);
    src[0] = 0;
    for (uint32_t i = 0; i < s->ndefs; i++) if (!skip || !skip[i]) strcat(src, s->defs[i].text);
    if (more) strcat(src, more);
    return src;
}

static bool schema_same(const sc_schema *a, const sc_schema *b)
{
    if (a->ntables != b->ntables || a->nlinks != b->nlinks || a->nroles != b->nroles) return false;
    for (uint32_t t = 0; t < a->ntables; t++) {
        const sc_table *x = &a->tables[t], *y = &b->tables[t];
        if (strcmp(x->name, y->name) || strcmp(x->file, y->file) || x->ncols != y->ncols || x->key_col != y->key_col)
            return false;
        for (uint32_t c = 0; c < x->ncols; c++)
            if (strcmp(x->cols[c].name, y->cols[c].name) || x->cols[c].type != y->cols[c].type ||
                x->cols[c].optional != y->cols[c].optional || x->cols[c].ref_table != y->cols[c].ref_table)
                return false;
    }
    for (uint32_t l = 0; l < a->nlinks; l++)
        if (a->links[l].on != b->links[l].on || a->links[l].from_table != b->links[l].from_table ||
            a->links[l].from_column != b->links[l].from_column)
            return false;
    for (uint32_t r = 0; r < a->nroles; r++) if (strcmp(a->roles[r], b->roles[r])) return false;
    return true;
}

static void load_wait(re_state *s);

static void unload_data(re_state *s)
{
    load_wait(s);
    if (!s->have_data) return;
    wv_free(&s->waivers);
    wi_free(s->wi);      /* first: it frees the deleted bitmaps st_free does not know */
    s->wi = NULL;
    st_free(&s->store);
    s->have_data = false;
}

/* After st_load_data_opts: waivers, the diagnostics, the what-if log. */
static bool load_end(re_state *s, dg_context *dc, bool ok)
{
    /* a waiver naming no rule is a data error here as in `cadre check` */
    wv_load(&s->waivers, &s->store);
    const bc_program *progs[] = { &s->u->prog };
    ok = wv_check(&s->waivers, progs, 1, dc) && ok;
    flush_diags(dc);
    dg_free(dc);
    s->wi = wi_new(&s->store);
    s->have_data = true;
    if (!ok) fail(s, "the data did not load cleanly (above); what did load can still be queried");
    return ok;
}

/* (Re)reads the data set against the current schema; edits are gone. */
static bool load_data(re_state *s)
{
    unload_data(s);
    if (!s->data) return true;
    sc_free(&s->data_schema);
    sc_copy(&s->data_schema, &s->u->prog.schema);
    dg_context dc;
    dg_init(&dc);
    bool ok = st_load_data_opts(&s->store, &s->data_schema, s->data, &s->load, &dc);
    return load_end(s, &dc, ok);
}

/* ---- loading in the background (at a terminal) ---------------------------
 * A national data set takes a second or more to load; at a terminal the
 * prompt comes first and the data loads while the auditor types. Nothing
 * reads the data before it is in: every input line, and leaving, waits for
 * the load (load_wait) and prints its diagnostics first, so what a line
 * answers is what it would answer after an ordinary load; Tab completion
 * goes without keys until then. Meanwhile fd 2 points at /dev/null: the
 * loader's progress line ("loading cases.csv: ...", shown on a terminal
 * after a second) would write over the prompt and what is typed, and no
 * other output happens before the wait (the loader's diagnostics are
 * collected, not printed). Piped input loads before the first line as
 * before. */

static void *load_thread(void *arg)
{
    re_state *s = arg;
    s->bg.ok = st_load_data_opts(&s->store, &s->data_schema, s->data, &s->load, &s->bg.dc);
    ssize_t w = write(s->bg.done[1], "", 1);
    (void)w;       /* the reader learns of the end from the join anyway */
    return NULL;
}

/* Starts the first load on a thread; false when it could not (then load
 * as usual). */
static bool load_start(re_state *s)
{
    if (!s->data) return false;
    if (pipe(s->bg.done) != 0) return false;
    int null = open("/dev/null", O_WRONLY);
    s->bg.saved_stderr = null >= 0 ? dup(STDERR_FILENO) : -1;
    if (s->bg.saved_stderr < 0) {
        if (null >= 0) close(null);
        close(s->bg.done[0]); close(s->bg.done[1]);
        return false;
    }
    fflush(stderr);
    dup2(null, STDERR_FILENO);
    close(null);
    sc_free(&s->data_schema);
    sc_copy(&s->data_schema, &s->u->prog.schema);
    dg_init(&s->bg.dc);
    /* Ctrl-C is the main thread's (it abandons input) */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    int rc = pthread_create(&s->bg.thread, NULL, load_thread, s);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (rc != 0) {
        dup2(s->bg.saved_stderr, STDERR_FILENO);
        close(s->bg.saved_stderr);
        close(s->bg.done[0]); close(s->bg.done[1]);
        dg_free(&s->bg.dc);
        return false;
    }
    s->bg.running = true;
    return true;
}

/* Whether the background load has ended (without waiting). */
static bool load_ended(re_state *s)
{
    if (!s->bg.running) return true;
    fd_set fds;
    FD_ZERO(&fds);
    FD_SET(s->bg.done[0], &fds);
    struct timeval tv = {0, 0};
    return select(s->bg.done[0] + 1, &fds, NULL, NULL, &tv) > 0;
}

static void data_line(const re_state *s);

/* Waits for the background load, if one runs, and takes the data in. */
static void load_wait(re_state *s)
{
    if (!s->bg.running) return;
    pthread_join(s->bg.thread, NULL);
    s->bg.running = false;
    close(s->bg.done[0]); close(s->bg.done[1]);
    fflush(stderr);
    dup2(s->bg.saved_stderr, STDERR_FILENO);
    close(s->bg.saved_stderr);
    if (!load_end(s, &s->bg.dc, s->bg.ok)) s->failed = true;
    if (s->bg.announced) data_line(s);
}

/* Makes u current. A different schema (a :load declaring tables) needs the
 * data read again, which drops what-if edits: said so. */
static bool adopt(re_state *s, unit *u)
{
    unit *old = s->u;
    s->u = u;
    unit_free(old);
    if (s->have_data && !schema_same(&s->data_schema, &u->prog.schema)) {
        uint32_t edits = wi_count(s->wi);
        printf("the schema changed: data reloaded%s\n", edits ? " (what-if edits discarded)" : "");
        return load_data(s);
    }
    return true;
}

static bool need_data(re_state *s)
{
    if (s->have_data) return true;
    return fail(s, "no data loaded: start with cadre repl POLICY --data DIR");
}

/* ---- looking things up ---------------------------------------------------- */

static int32_t find_rule(const re_state *s, const char *name)
{
    for (uint32_t r = 0; r < s->u->prog.nrules; r++)
        if (strcmp(s->u->prog.rules[r].name, name) == 0) return (int32_t)r;
    return -1;
}

static bool no_rule(re_state *s, const char *name)
{
    const char **c = xrealloc(NULL, (s->u->prog.nrules + 1) * sizeof *c);
    for (uint32_t r = 0; r < s->u->prog.nrules; r++) c[r] = s->u->prog.rules[r].name;
    const char *best = dg_closest(name, c, s->u->prog.nrules);
    fail(s, "no rule named '%s'%s%s%s", name, best ? " (did you mean '" : "", best ? best : "", best ? "'?)" : "");
    free(c);
    return false;
}

static node *rule_node(const re_state *s, const char *name)
{
    for (uint32_t i = 0; i < s->u->env.nrules; i++)
        if (strcmp(s->u->env.rules[i]->text, name) == 0) return s->u->env.rules[i];
    return NULL;
}

/* A table by name; "case" finds cases, as people say it. */
static int32_t find_table(const re_state *s, const char *name)
{
    const sc_schema *sc = &s->u->prog.schema;
    int32_t t = sc_find_table(sc, name);
    if (t >= 0) return t;
    char buf[128];
    snprintf(buf, sizeof buf, "%ss", name);
    return sc_find_table(sc, buf);
}

static bool no_table(re_state *s, const char *name)
{
    const sc_schema *sc = &s->u->prog.schema;
    const char **c = xrealloc(NULL, (sc->ntables + 1) * sizeof *c);
    for (uint32_t t = 0; t < sc->ntables; t++) c[t] = sc->tables[t].name;
    const char *best = dg_closest(name, c, sc->ntables);
    fail(s, "no table named '%s'%s%s%s", name, best ? " (did you mean '" : "", best ? best : "", best ? "'?)" : "");
    free(c);
    return false;
}

/* file:line of a span, as the reports print it. */
static void where(const re_state *s, dg_span sp, char *buf, size_t cap)
{
    uint32_t line, col;
    dg_line_col(&s->u->dc, sp, &line, &col);
    snprintf(buf, cap, "%s:%u", s->u->dc.files[sp.file].name, line);
}

/* Prints the source lines of sp, each as "file:line: text" after indent. */
static void print_source(const re_state *s, dg_span sp, const char *indent)
{
    const dg_file *f = &s->u->dc.files[sp.file];
    if (!f->text || sp.file == 0) return;
    uint32_t l1, l2, col;
    dg_line_col(&s->u->dc, sp, &l1, &col);
    dg_span last = sp;
    last.start = sp.end > sp.start ? sp.end - 1 : sp.start;
    dg_line_col(&s->u->dc, last, &l2, &col);
    for (uint32_t l = l1; l <= l2 && l <= f->nlines; l++) {
        uint32_t a = f->line_starts[l - 1], b = a;
        while (a < f->len && (f->text[a] == ' ' || f->text[a] == '\t')) a++;
        /* to the end of the line, less a trailing # comment (outside strings) */
        bool quoted = false;
        for (b = a; b < f->len && f->text[b] != '\n' && f->text[b] != '\r'; b++) {
            if (f->text[b] == '\\' && quoted) b++;
            else if (f->text[b] == '"') quoted = !quoted;
            else if (f->text[b] == '#' && !quoted) break;
        }
        while (b > a && (f->text[b - 1] == ' ' || f->text[b - 1] == '\t')) b--;
        printf("%s%s%s:%u:%s %.*s\n", indent, on(s, DIM), f->name, l, off(s), (int)(b - a), f->text + a);
    }
}

/* ---- printing values ------------------------------------------------------ */

/* A value as a table cell shows it: references by their key, missing empty. */
static void value_text(const re_state *s, vl_value v, char *buf, size_t cap)
{
    buf[0] = 0;
    if (v.type == VT_MISSING) return;
    if (v.type == VT_ROW) {
        const sc_table *tt = &s->u->prog.schema.tables[v.as.row.table];
        const char *k = tt->key_col >= 0 ? s->store.tables[v.as.row.table].cols[tt->key_col].text[v.as.row.row] : NULL;
        if (k) snprintf(buf, cap, "%s", k);
        else snprintf(buf, cap, "row %d", v.as.row.row);
        return;
    }
    vm_format_value(&s->u->prog, &s->store, v, buf, cap);
}

static void cell_text(const re_state *s, uint32_t t, int32_t row, uint32_t c, char *buf, size_t cap)
{
    value_text(s, st_cell(&s->store, t, row, c), buf, cap);
}

static void row_label(const re_state *s, uint32_t t, int32_t row, char *buf, size_t cap)
{
    vm_format_value(&s->u->prog, &s->store, vl_row(t, row), buf, cap);
}

/* "staff.qualified is missing for S129 Victoria Hale (senior_practitioner)" */
static bool describe_missing(const re_state *s, vl_value v, char *buf, size_t cap)
{
    if (v.type != VT_MISSING || v.as.miss.table1 == 0) return false;
    uint32_t t = v.as.miss.table1 - 1;
    const sc_table *tb = &s->u->prog.schema.tables[t];
    char label[512];
    row_label(s, t, v.as.miss.row, label, sizeof label);
    snprintf(buf, cap, "%s.%s is %s for %s", tb->name, tb->cols[v.as.miss.col].name,
             v.as.miss.why == VL_WHY_DANGLING ? "dangling (names no row)" : v.as.miss.ref ? "empty or dropped" : "missing", label);
    return true;
}

static void footer(uint32_t shown, uint32_t n, const char *what)
{
    if (shown < n) printf("… %u more %s%s (%u in all; :rows all shows them)\n", n - shown, what, plural(n - shown), n);
    else printf("(%u %s%s)\n", n, what, plural(n));
}

/* How much of the program a query's code may be cut back to afterwards, so
 * a long session does not grow it. */
typedef struct { uint32_t ncode, nspans, nconsts, nqueries; } prog_mark;

static prog_mark mark(const bc_program *p) { return (prog_mark){ p->ncode, p->nspans, p->nconsts, p->nqueries }; }

static void rollback(bc_program *p, prog_mark m)
{
    for (uint32_t i = m.nconsts; i < p->nconsts; i++)
        if (p->consts[i].type == VT_TEXT) free((char *)p->consts[i].as.s);
    p->nconsts = m.nconsts;
    p->ncode = m.ncode;
    p->nspans = m.nspans;
    p->nqueries = m.nqueries;
}

static node *parse_query(re_state *s, const char *text, int *type);
static bool compile_query(re_state *s, node *e, uint32_t *entry, prog_mark *m);

/* The text of computed field `field` for the rows shown (out[i] for rows[i],
 * malloc'd), evaluated as the query TABLE.field: the auditor sees "staff
 * where role = asye" with their open caseload, not only stored columns. */
static bool computed_cells(re_state *s, uint32_t table, const char *field, const int32_t *rows, uint32_t n, char **out)
{
    const sc_table *tb = &s->u->prog.schema.tables[table];
    char text[256];
    snprintf(text, sizeof text, "%s.%s", tb->name, field);
    int type;
    node *e = parse_query(s, text, &type);
    if (!e) return false;
    uint32_t entry;
    prog_mark m;
    bool ok = compile_query(s, e, &entry, &m);
    node_free(e);
    if (!ok) return false;
    vm_options vo = { .as_of = s->as_of, .budget = s->budget ? s->budget : QUERY_BUDGET };
    vm_results res = {0};
    vm_machine *vm = vm_new(&s->u->prog, &s->store, &vo, &res, &s->u->dc);
    vl_value v;
    ok = vm_eval(vm, entry, &v) && v.type == VT_LIST && !v.as.list->of_rows;
    const uint8_t *deleted = s->store.tables[table].deleted;
    for (uint32_t i = 0; ok && i < n; i++) {
        /* the table's list skips dropped rows, so count them off */
        uint32_t pos = (uint32_t)rows[i];
        for (int32_t r = 0; deleted && r < rows[i]; r++) pos -= deleted[r] ? 1 : 0;
        char buf[512] = "";
        if (pos < v.as.list->len) value_text(s, v.as.list->vals[pos], buf, sizeof buf);
        out[i] = xstrndup(buf, strlen(buf));
    }
    vm_free(vm);
    vm_results_free(&res);
    flush_diags(&s->u->dc);
    rollback(&s->u->prog, m);
    return ok;
}

/* How many of n result rows to show: all of them when exporting. */
static uint32_t shown_rows(const re_state *s, uint32_t n)
{
    if (s->export_to || s->rows == 0 || n <= s->rows) return n;
    return s->rows;
}

/* Prints (or exports) a result table and frees it. */
static void finish_table(re_state *s, tb_table *t, uint32_t shown, uint32_t n, const char *what)
{
    if (s->export_to) { tb_csv(t, s->export_to); s->exported = tb_rows(t); }
    else { tb_print(t, stdout); footer(shown, n, what); }
    tb_free(t);
}

static void print_rows(re_state *s, const vl_list *l, uint32_t table)
{
    const sc_table *tb = &s->u->prog.schema.tables[table];
    const ck_env *env = &s->u->env;
    uint32_t n = l->len, shown = shown_rows(s, n);
    int32_t *rows = calloc(shown ? shown : 1, sizeof *rows);
    if (!rows) abort();
    for (uint32_t i = 0; i < shown; i++) rows[i] = l->rows ? l->rows[i] : (int32_t)i;
    /* computed fields with one value per row follow the stored columns */
    uint32_t ncomp = 0, *comp = calloc(env->ncomputed + 1, sizeof *comp);
    char ***cells = calloc(env->ncomputed + 1, sizeof *cells);
    if (!comp || !cells) abort();
    for (uint32_t k = 0; k < env->ncomputed; k++) {
        int kind = ty_kind_of(env->computed[k].type);
        /* a reference maps to a row list that drops missing ones: not one per row */
        if (env->computed[k].table != table || kind == TY_ROWS || kind == TY_LIST || kind == TY_ROW || kind == TY_ERROR) continue;
        char **out = calloc(shown ? shown : 1, sizeof *out);
        if (!out) abort();
        if (shown && !computed_cells(s, table, env->computed[k].decl->text, rows, shown, out)) {
            for (uint32_t i = 0; i < shown; i++) free(out[i]);
            free(out);
            continue;
        }
        comp[ncomp] = k;
        cells[ncomp++] = out;
    }
    tb_table *t = tb_new(tb->ncols + ncomp);
    for (uint32_t c = 0; c < tb->ncols; c++)
        tb_header(t, c, tb->cols[c].name, tb->cols[c].type == SC_INT || tb->cols[c].type == SC_DECIMAL);
    for (uint32_t k = 0; k < ncomp; k++)
        tb_header(t, tb->ncols + k, env->computed[comp[k]].decl->text, ty_kind_of(env->computed[comp[k]].type) == TY_NUM);
    char buf[512];
    for (uint32_t i = 0; i < shown; i++) {
        for (uint32_t c = 0; c < tb->ncols; c++) { cell_text(s, table, rows[i], c, buf, sizeof buf); tb_cell(t, buf); }
        for (uint32_t k = 0; k < ncomp; k++) tb_cell(t, cells[k][i] ? cells[k][i] : "");
    }
    finish_table(s, t, shown, n, "row");
    for (uint32_t k = 0; k < ncomp; k++) {
        for (uint32_t i = 0; i < shown; i++) free(cells[k][i]);
        free(cells[k]);
    }
    free(cells);
    free(comp);
    free(rows);
}

static void print_values(re_state *s, const vl_list *l)
{
    uint32_t n = l->len, shown = shown_rows(s, n);
    bool numbers = true;
    for (uint32_t i = 0; i < shown; i++) numbers = numbers && (l->vals[i].type == VT_NUM || l->vals[i].type == VT_MISSING);
    tb_table *t = tb_new(1);
    tb_header(t, 0, "value", numbers);
    char buf[512];
    for (uint32_t i = 0; i < shown; i++) {
        if (l->vals[i].type == VT_MISSING) buf[0] = 0;
        else vm_format_value(&s->u->prog, &s->store, l->vals[i], buf, sizeof buf);
        tb_cell(t, buf);
    }
    finish_table(s, t, shown, n, "value");
}

/* type is the checker's static type: an empty `where` result knows its table
 * only from there. */
static void print_value(re_state *s, vl_value v, int type)
{
    char buf[1024];
    if (v.type == VT_LIST) {
        const vl_list *l = v.as.list;
        if (l->of_rows) print_rows(s, l, l->table);
        else if (l->len == 0 && ty_kind_of(type) == TY_ROWS && ty_table(type) >= 0) print_rows(s, l, (uint32_t)ty_table(type));
        else print_values(s, l);
        if (l->tainted && describe_missing(s, l->cause, buf, sizeof buf))
            printf("note: a filter could not be judged for some rows (%s); they are not listed\n", buf);
        else if (l->tainted)
            printf("note: a filter could not be judged for some rows; they are not listed\n");
        return;
    }
    /* evidence prints a missing reference as "none"; a value is just missing */
    if (v.type == VT_MISSING) snprintf(buf, sizeof buf, "missing");
    else vm_format_value(&s->u->prog, &s->store, v, buf, sizeof buf);
    if (s->export_to) {   /* one value: a one-column, one-row table */
        tb_table *t = tb_new(1);
        tb_header(t, 0, "value", false);
        tb_cell(t, v.type == VT_MISSING ? "" : buf);
        finish_table(s, t, 1, 1, "value");
        return;
    }
    printf("%s\n", buf);
    char why[1024];
    if (describe_missing(s, v, why, sizeof why)) printf("(%s)\n", why);
}

/* ---- queries -------------------------------------------------------------- */

/* Parses and checks text as one expression; NULL after printing errors. */
static node *parse_query(re_state *s, const char *text, int *type)
{
    dg_context *dc = &s->u->dc;
    size_t len = strlen(text);
    uint32_t f = dg_add_file(dc, "<repl>", xstrndup(text, len), (uint32_t)len);
    ps_status st;
    node *e = ps_parse_expr(dc, f, 0, (uint32_t)len, false, &st);
    if (!e) { flush_diags(dc); return NULL; }
    *type = ck_check_expr(&s->u->env, e);
    bool bad = ty_kind_of(*type) == TY_ERROR || dc->nerrors > 0;
    flush_diags(dc);
    if (bad) { node_free(e); return NULL; }
    return e;
}

/* Compiles e after the program; *m says how to take it off again. */
static bool compile_query(re_state *s, node *e, uint32_t *entry, prog_mark *m)
{
    *m = mark(&s->u->prog);
    bool ok = cg_compile_query(&s->u->env, &s->u->prog, e, entry) && bc_verify(&s->u->prog, &s->u->dc);
    flush_diags(&s->u->dc);
    if (!ok) rollback(&s->u->prog, *m);
    return ok;
}

/* A bare word that is no name but some row's key: the auditor meant that row. */
static bool bare_key(re_state *s, const char *text)
{
    char w[128];
    size_t n = 0;
    while (*text == ' ' || *text == '\t') text++;
    while (n + 1 < sizeof w && text[n] && text[n] != '\n' && text[n] != ' ') { w[n] = text[n]; n++; }
    w[n] = 0;
    for (const char *c = text + n; *c; c++) if (*c != ' ' && *c != '\n' && *c != '\r') return false;
    if (!n || !s->have_data || sc_find_table(&s->u->prog.schema, w) >= 0 || sc_find_role(&s->u->prog.schema, w) >= 0) return false;
    for (uint32_t i = 0; i < s->u->env.nlets; i++) if (strcmp(s->u->env.lets[i].decl->text, w) == 0) return false;
    const sc_schema *sc = &s->u->prog.schema;
    for (uint32_t t = 0; t < sc->ntables; t++) {
        if (wi_find(&s->store, t, w) < 0) continue;
        const char *key = sc->tables[t].cols[sc->tables[t].key_col].name;
        fail(s, "%s is a key of %s, not a name: `:why %s` judges it, `%s where %s = \"%s\"` shows it",
             w, sc->tables[t].name, w, sc->tables[t].name, key, w);
        return true;
    }
    return false;
}

static bool eval(re_state *s, const char *text)
{
    if (bare_key(s, text)) return false;
    int type;
    node *e = parse_query(s, text, &type);
    if (!e) return false;
    if (!need_data(s)) { node_free(e); return false; }
    uint32_t entry;
    prog_mark m;
    bool ok = compile_query(s, e, &entry, &m);
    node_free(e);
    if (!ok) return false;
    vm_options vo = { .as_of = s->as_of, .budget = s->budget ? s->budget : QUERY_BUDGET };
    vm_results res = {0};
    vm_machine *vm = vm_new(&s->u->prog, &s->store, &vo, &res, &s->u->dc);
    vl_value v;
    ok = vm_eval(vm, entry, &v);
    if (ok) print_value(s, v, type);   /* before vm_free: v may live in its memory */
    if (ok && !s->export_to && s->last_query != text) {
        size_t n = strlen(text);
        while (n && (text[n - 1] == '\n' || text[n - 1] == '\r' || text[n - 1] == ' ')) n--;
        free(s->last_query);
        s->last_query = xstrndup(text, n);
    }
    vm_free(vm);
    vm_results_free(&res);
    flush_diags(&s->u->dc);
    rollback(&s->u->prog, m);
    return ok;
}

/* ---- running rules -------------------------------------------------------- */

/* What :diff judges of one rule: nothing, every row, or just rows. */
typedef struct { bool run, narrowed; uint32_t pc; int32_t *rows; uint32_t n; } diff_plan;

/* Runs rule `only` (or all, -1) into res; with focus_table >= 0 only the rules
 * over that table, judging row focus_row alone; with a plan (one per rule)
 * what it says. Ctrl-C stops between rules. */
static bool run_rules_of(re_state *s, vm_results *res, bool explain, int32_t focus_table, int32_t focus_row, int32_t only,
                         const diff_plan *plan)
{
    memset(res, 0, sizeof *res);
    vm_options vo = { .as_of = s->as_of, .budget = s->budget, .explain = explain,
                      .focus = focus_table >= 0, .focus_table = focus_table, .focus_row = focus_row };
    vm_machine *vm = vm_new(&s->u->prog, &s->store, &vo, res, &s->u->dc);
    bool ok = true;
    for (uint32_t r = 0; r < s->u->prog.nrules && ok; r++) {
        if (only >= 0 && r != (uint32_t)only) continue;
        if (plan && !plan[r].run) continue;
        if (focus_table >= 0 && s->u->prog.rules[r].table != focus_table) continue;
        if (interrupted) { interrupted = 0; ok = fail(s, "interrupted"); break; }
        ok = plan && plan[r].narrowed ? vm_run_rule_rows(vm, r, plan[r].pc, plan[r].rows, plan[r].n) : vm_run_rule(vm, r);
    }
    vm_free(vm);
    /* waivers as the (possibly edited) data now has them */
    wv_free(&s->waivers);
    wv_load(&s->waivers, &s->store);
    wv_apply(&s->waivers, &s->u->prog, &s->store, s->as_of, res);
    flush_diags(&s->u->dc);
    return ok;
}

static bool run_rules(re_state *s, vm_results *res, bool explain, int32_t focus_table, int32_t focus_row, int32_t only)
{
    return run_rules_of(s, res, explain, focus_table, focus_row, only, NULL);
}

static bool cmd_check(re_state *s, const char *arg)
{
    if (!need_data(s)) return false;
    int32_t only = -1;
    if (*arg && (only = find_rule(s, arg)) < 0) return no_rule(s, arg);
    vm_results res;
    if (!run_rules(s, &res, false, -1, -1, only)) { vm_results_free(&res); return false; }
    const bc_program *p = &s->u->prog;
    rp_input in = { .prog = p, .store = &s->store, .dc = &s->u->dc, .res = &res, .as_of = s->as_of, .data = s->data,
                    .waivers = &s->waivers };
    if (only < 0) { rp_text(&in, stdout); vm_results_free(&res); return true; }
    /* one rule: a view of the program holding just it, so the report and
     * its summary count that rule alone */
    const bc_rule *r = &p->rules[only];
    bc_program view = *p;
    bc_rule one = *r;
    one.first_req = 0;
    view.rules = &one;
    view.nrules = 1;
    bc_req *reqs = xrealloc(NULL, r->nreqs * sizeof *reqs);
    for (uint32_t q = 0; q < r->nreqs; q++) { reqs[q] = p->reqs[r->first_req + q]; reqs[q].rule = 0; }
    view.reqs = reqs;
    view.nreqs = r->nreqs;
    vm_results vres = res;
    vres.per_req = res.per_req + r->first_req;
    vres.items = xrealloc(NULL, res.n * sizeof *vres.items);
    for (uint32_t i = 0; i < res.n; i++) { vres.items[i] = res.items[i]; vres.items[i].req -= r->first_req; }
    in.prog = &view;
    in.res = &vres;
    rp_text(&in, stdout);
    free(vres.items);
    free(reqs);
    vm_results_free(&res);
    return true;
}

static const char *verdict_word(const re_state *s, const vm_finding *f, const char **colour)
{
    bool should = s->u->prog.reqs[f->req].severity == BC_SHOULD;
    switch ((vm_verdict)f->verdict) {
    case VM_FAIL: *colour = should ? YELLOW : RED; return should ? "WARN" : "FAIL";
    case VM_UNKNOWN: *colour = YELLOW; return "unknown";
    case VM_PASS: *colour = GREEN; return "pass";
    case VM_WAIVED: *colour = CYAN; return "WAIVED";
    }
    *colour = "";
    return "?";
}

/* :why for one row: every rule over its table, judged for it alone. */
static bool why_one(re_state *s, uint32_t t, int32_t row)
{
    const bc_program *p = &s->u->prog;
    const st_table *st = &s->store.tables[t];
    char label[512];
    row_label(s, t, row, label, sizeof label);
    printf("%s%s%s — %s, %s:%u\n", on(s, BOLD), label, off(s), p->schema.tables[t].name,
           st->source ? st->source : p->schema.tables[t].file, st->src_line ? st->src_line[row] : 0);
    vm_results res;
    if (!run_rules(s, &res, true, (int32_t)t, row, -1)) { vm_results_free(&res); return false; }
    uint32_t nrules = 0, nfail = 0, npass = 0, nunk = 0, nna = 0, nwaived = 0;
    for (uint32_t r = 0; r < p->nrules; r++) {
        const bc_rule *rl = &p->rules[r];
        if (rl->table != (int32_t)t) continue;
        nrules++;
        bool any = false, failed = false, unknown = false, waived = false;
        for (uint32_t q = rl->first_req; q < rl->first_req + rl->nreqs; q++)
            for (uint32_t i = 0; i < res.n; i++) {
                const vm_finding *f = &res.items[i];
                if (f->req != q || f->row != row || f->table != (int32_t)t) continue;
                const char *colour;
                const char *word = verdict_word(s, f, &colour);
                printf("  %s%-7s%s  %s: %s", on(s, colour), word, off(s), rl->name, f->message ? f->message : "");
                if (f->verdict == VM_UNKNOWN && f->missing_at) printf(" (%s)", f->missing_at);
                putchar('\n');
                if (f->measured) printf("           measured %s, limit %s\n", f->measured, f->limit ? f->limit : "none");
                if (f->verdict == VM_WAIVED && f->waiver >= 0 && (uint32_t)f->waiver < s->waivers.n) {
                    char text[2048];
                    wv_justification(&s->waivers, &s->waivers.items[f->waiver], text, sizeof text);
                    printf("           waived: %s\n", text);
                }
                print_source(s, p->reqs[q].span, "           ");
                any = true;
                failed |= f->verdict == VM_FAIL;
                unknown |= f->verdict == VM_UNKNOWN;
                waived |= f->verdict == VM_WAIVED;
            }
        if (!any) {
            printf("  %s%-7s%s  %s: not selected by its `for each ... where`\n", on(s, DIM), "n/a", off(s), rl->name);
            const node *rn = rule_node(s, rl->name);
            /* a rule's `for each` line says why; a block line is its own */
            print_source(s, rn && !rn->sem.decl && rn->nkids && rn->kids[0] ? rn->kids[0]->span : rl->span, "           ");
            nna++;
        } else if (failed) nfail++;
        else if (unknown) nunk++;
        else if (waived) nwaived++;
        else npass++;
    }
    char wv[32] = "";
    if (nwaived) snprintf(wv, sizeof wv, ", %u waived", nwaived);
    if (nrules == 0) printf("  no rule is about %s rows\n", p->schema.tables[t].name);
    else printf("%u rule%s over %s: %u failed, %u unknown%s, %u passed, %u not applicable\n", nrules, plural(nrules),
                p->schema.tables[t].name, nfail, nunk, wv, npass, nna);
    vm_results_free(&res);
    return true;
}

static bool cmd_why(re_state *s, const char *arg)
{
    if (!*arg) return fail(s, "usage: :why ID (the key of a worker, pod, team or case, e.g. :why S103)");
    if (!need_data(s)) return false;
    const sc_schema *sc = &s->u->prog.schema;
    uint32_t found = 0;
    bool ok = true;
    for (uint32_t t = 0; t < sc->ntables; t++) {
        int32_t row = wi_find(&s->store, t, arg);
        if (row < 0) continue;
        if (found++) putchar('\n');
        ok = why_one(s, t, row) && ok;
    }
    if (!found) return fail(s, "no row of any table has the key '%s'", arg);
    return ok;
}

/* ---- :diff ---------------------------------------------------------------- */

/* A verdict's identity across two runs of the same program. */
typedef struct { uint32_t req; int32_t table; const char *id; int32_t row; const vm_finding *f; } keyed;

static int cmp_keyed(const void *x, const void *y)
{
    const keyed *a = x, *b = y;
    if (a->req != b->req) return a->req < b->req ? -1 : 1;
    if (a->table != b->table) return a->table < b->table ? -1 : 1;
    if (a->id && b->id) { int c = strcmp(a->id, b->id); if (c) return c; }
    else if (a->row != b->row) return a->row < b->row ? -1 : 1;
    return 0;
}

static keyed *key_all(const vm_results *res)
{
    keyed *k = xrealloc(NULL, (res->n + 1) * sizeof *k);
    for (uint32_t i = 0; i < res->n; i++) {
        const vm_finding *f = &res->items[i];
        k[i] = (keyed){ f->req, f->table, f->entity_id, f->row, f };
    }
    qsort(k, res->n, sizeof *k, cmp_keyed);
    return k;
}

typedef struct { const vm_finding *before, *now; } pair;

/* One :diff line as three table cells: rule, policy line, entity and evidence
 * (then what it was). */
static void diff_row(re_state *s, tb_table *t, const vm_finding *f, const char *then)
{
    const bc_program *p = &s->u->prog;
    char buf[2048];
    snprintf(buf, sizeof buf, "  %s", p->rules[p->reqs[f->req].rule].name);
    tb_cell(t, buf);
    where(s, p->reqs[f->req].span, buf, sizeof buf);
    tb_cell(t, buf);
    snprintf(buf, sizeof buf, "%s: %s%s", f->entity ? f->entity : "(all data)", f->message ? f->message : "", then);
    tb_cell(t, buf);
}

static const char *vname(const vm_finding *f)
{
    return !f ? "not judged" : f->verdict == VM_FAIL ? "failing" : f->verdict == VM_UNKNOWN ? "unknown" : f->verdict == VM_WAIVED ? "waived" : "passing";
}

static const char *msg(const vm_finding *f) { return f->message ? f->message : ""; }

/* Which list of :diff a pair of verdicts goes in (see there), -1 none. */
static int diff_kind(const vm_finding *x, const vm_finding *y)
{
    int vx = x ? x->verdict : -1, vy = y ? y->verdict : -1;
    if (vx == vy) return vx == VM_FAIL && strcmp(msg(x), msg(y)) != 0 ? 2 : -1;
    if (vy == VM_FAIL) return 0;
    if (vx == VM_FAIL && vy == VM_PASS) return 1;
    return 3;
}

/* bc_rule_reads' question: did an edit change what the rule reads? A row
 * the rule reads may also be printed by its label (key, name, role; a
 * keyless row by the row its first reference names), which no instruction
 * reads: those columns count as read too. */
typedef struct { const wi_log *wi; const sc_schema *sc; } reach_ctx;

static bool label_touched(const reach_ctx *c, uint32_t table, int depth)
{
    const sc_table *tb = &c->sc->tables[table];
    if ((tb->name_col >= 0 && wi_touched(c->wi, table, tb->name_col)) ||
        (tb->role_col >= 0 && wi_touched(c->wi, table, tb->role_col)))
        return true;
    if (tb->key_col >= 0 || depth > 0) return false;
    for (uint32_t k = 0; k < tb->ncols; k++)
        if (tb->cols[k].type == SC_REF)
            return wi_touched(c->wi, table, (int32_t)k) || (tb->cols[k].ref_table >= 0 &&
                   (uint32_t)tb->cols[k].ref_table < c->sc->ntables && label_touched(c, (uint32_t)tb->cols[k].ref_table, 1));
    return false;
}

static bool edit_reaches(void *ctx, uint32_t table, int32_t col)
{
    const reach_ctx *c = ctx;
    return table == UINT32_MAX || wi_touched(c->wi, table, col) || (table < c->sc->ntables && label_touched(c, table, 0));
}

static bool cmd_diff(re_state *s, const char *arg)
{
    bool full = strcmp(arg, "full") == 0;
    if (*arg && !full) return fail(s, "usage: :diff [full]");
    if (!need_data(s)) return false;
    uint32_t n = wi_count(s->wi);
    if (n == 0) { printf("no what-if edits: the data is as loaded\n"); return true; }
    printf("%u what-if edit%s since the data was loaded:\n", n, plural(n));
    for (uint32_t i = 0; i < n; i++) printf("  %u. %s\n", i + 1, wi_describe(s->wi, i));
    /* incremental (docs/repl.md): a rule that reads nothing an edit changed
     * judges the same both ways, and of the others only the rows an edited
     * row can be reached from may judge differently; the rest would print
     * the same finding twice, which :diff never lists. An edited waiver
     * can turn any failure into a waived one: then, and with `full`, every
     * rule judges every row. */
    const bc_program *p = &s->u->prog;
    int32_t wt = sc_find_table(&p->schema, "waivers");
    full = full || (wt >= 0 && wi_touched(s->wi, (uint32_t)wt, -1));
    for (uint32_t c = 0; !full && wt >= 0 && c < p->schema.tables[wt].ncols; c++) full = wi_touched(s->wi, (uint32_t)wt, (int32_t)c);
    diff_plan *plan = calloc(p->nrules + 1, sizeof *plan);
    if (!plan) abort();
    wi_reach *reach = full ? NULL : wi_reach_new(s->wi, p);
    reach_ctx rc = { s->wi, &p->schema };
    for (uint32_t r = 0; r < p->nrules; r++) {
        plan[r].run = full || bc_rule_reads(p, r, edit_reaches, &rc);
        const int32_t *rows;
        if (!plan[r].run || full || !wi_reach_rows(reach, r, &plan[r].pc, &rows, &plan[r].n)) continue;
        plan[r].narrowed = true;
        plan[r].rows = xrealloc(NULL, (plan[r].n + 1) * sizeof *plan[r].rows);
        memcpy(plan[r].rows, rows, plan[r].n * sizeof *rows);
    }
    wi_reach_free(reach);
    vm_results before, now;
    wi_rewind(s->wi);
    bool ok = run_rules_of(s, &before, true, -1, -1, -1, plan);
    wi_replay(s->wi);
    ok = ok && run_rules_of(s, &now, true, -1, -1, -1, plan);
    for (uint32_t r = 0; r < p->nrules; r++) free(plan[r].rows);
    free(plan);
    if (!ok) { vm_results_free(&before); vm_results_free(&now); return false; }
    keyed *a = key_all(&before), *b = key_all(&now);
    pair *pairs = xrealloc(NULL, (before.n + now.n + 1) * sizeof *pairs);
    uint32_t np = 0, i = 0, j = 0;
    while (i < before.n || j < now.n) {
        int c = i == before.n ? 1 : j == now.n ? -1 : cmp_keyed(&a[i], &b[j]);
        if (c == 0) pairs[np++] = (pair){ a[i++].f, b[j++].f };
        else if (c < 0) pairs[np++] = (pair){ a[i++].f, NULL };
        else pairs[np++] = (pair){ NULL, b[j++].f };
    }
    /* newly breaching: failing now, not before; newly compliant: failing
     * before, passing now; still breaching with other evidence; and anything
     * else that moved (unknowns, rows dropped or no longer selected) */
    static const char *const titles[] = { "newly breaching", "newly compliant", "still breaching, evidence changed", "other changes" };
    uint32_t shown = 0;
    for (int kind = 0; kind < 4; kind++) {
        uint32_t count = 0;
        for (uint32_t k = 0; k < np; k++) count += diff_kind(pairs[k].before, pairs[k].now) == kind;
        if (!count) continue;
        printf("%s%s (%u)%s\n", on(s, BOLD), titles[kind], count, off(s));
        tb_table *t = tb_new(3);
        for (uint32_t k = 0; k < np; k++) {
            const vm_finding *x = pairs[k].before, *y = pairs[k].now;
            if (diff_kind(x, y) != kind) continue;
            char then[1200] = "";
            if (kind < 3 && x && x->verdict != VM_PASS) snprintf(then, sizeof then, " (was: %s)", msg(x));
            else if (kind == 1) snprintf(then, sizeof then, " (was: %s)", msg(x));
            if (kind < 3) { diff_row(s, t, y, then); continue; }
            /* other changes: the newer evidence, or the older when the row went */
            snprintf(then, sizeof then, " — was %s, now %s", vname(x), vname(y));
            diff_row(s, t, y ? y : x, then);
        }
        tb_print(t, stdout);
        tb_free(t);
        shown += count;
    }
    if (!shown) printf("no verdict changed\n");
    free(a); free(b); free(pairs);
    vm_results_free(&before);
    vm_results_free(&now);
    return true;
}

/* ---- what-if -------------------------------------------------------------- */

static char *next_word(char **p)
{
    while (**p == ' ' || **p == '\t') (*p)++;
    if (!**p) return NULL;
    char *w = *p;
    while (**p && **p != ' ' && **p != '\t' && **p != '=') (*p)++;
    if (**p == ' ' || **p == '\t') *(*p)++ = 0;
    else if (**p == '=') {
        /* "KEY.COL=VALUE": the word ends here; the = stays for the caller */
        memmove(*p + 1, *p, strlen(*p) + 1);
        **p = 0;
        (*p)++;
    }
    return w;
}

/* The row of key in table, or in any keyed table when table < 0. */
static bool find_row(re_state *s, int32_t *table, const char *key, int32_t *row)
{
    const sc_schema *sc = &s->u->prog.schema;
    if (*table >= 0) {
        *row = wi_find(&s->store, (uint32_t)*table, key);
        if (*row >= 0) return true;
        return fail(s, "no %s row has the key '%s'", sc->tables[*table].name, key);
    }
    for (uint32_t t = 0; t < sc->ntables; t++)
        if ((*row = wi_find(&s->store, t, key)) >= 0) { *table = (int32_t)t; return true; }
    return fail(s, "no row of any table has the key '%s'", key);
}

/* Applies one what-if cell edit and shows it: "cases C77.worker: S3 → S12". */
static bool edit_cell(re_state *s, int32_t t, int32_t row, int32_t c, const char *key, const char *value, const char *whole)
{
    const sc_table *tb = &s->u->prog.schema.tables[t];
    char before[512], after[512], err[512];
    cell_text(s, (uint32_t)t, row, (uint32_t)c, before, sizeof before);
    if (!wi_set(s->wi, (uint32_t)t, row, (uint32_t)c, value, whole, err, sizeof err)) { fail(s, "%s", err); return false; }
    cell_text(s, (uint32_t)t, row, (uint32_t)c, after, sizeof after);
    printf("%s %s.%s: %s → %s\n", tb->name, key, tb->cols[c].name, *before ? before : "missing", *after ? after : "missing");
    return true;
}

static bool cmd_set(re_state *s, const char *arg, const char *whole)
{
    if (!need_data(s)) return false;
    char *buf = xstrdup(arg), *p = buf;
    char *w1 = next_word(&p), *w2 = w1 && !strchr(w1, '.') ? next_word(&p) : NULL;
    char *target = w2 ? w2 : w1;
    while (*p == ' ' || *p == '\t') p++;
    bool ok = false;
    if (!target || *p != '=' || !strchr(target, '.')) {
        fail(s, "usage: :set [TABLE] KEY.FIELD = VALUE (e.g. :set staff S102.role = social_worker)");
        goto out;
    }
    char *value = p + 1;
    while (*value == ' ' || *value == '\t') value++;
    size_t vl = strlen(value);
    while (vl && (value[vl - 1] == ' ' || value[vl - 1] == '\t')) value[--vl] = 0;
    if (vl >= 2 && value[0] == '"' && value[vl - 1] == '"') { value[vl - 1] = 0; value++; }
    else if (strcmp(value, "missing") == 0) value[0] = 0;
    char *dot = strrchr(target, '.');
    *dot = 0;
    const char *key = target, *field = dot + 1;
    int32_t t = -1, row;
    if (w2 && (t = find_table(s, w1)) < 0) { no_table(s, w1); goto out; }
    if (!find_row(s, &t, key, &row)) goto out;
    const sc_table *tb = &s->u->prog.schema.tables[t];
    int32_t c = sc_find_column(tb, field);
    if (c < 0) {
        for (uint32_t i = 0; i < s->u->env.ncomputed; i++)
            if (s->u->env.computed[i].table == (uint32_t)t && strcmp(s->u->env.computed[i].decl->text, field) == 0) {
                fail(s, "%s.%s is computed from other fields; set those instead", tb->name, field);
                goto out;
            }
        const char **cands = xrealloc(NULL, (tb->ncols + 1) * sizeof *cands);
        for (uint32_t i = 0; i < tb->ncols; i++) cands[i] = tb->cols[i].name;
        const char *best = dg_closest(field, cands, tb->ncols);
        fail(s, "%s has no stored field '%s'%s%s%s", tb->name, field, best ? " (did you mean '" : "", best ? best : "", best ? "'?)" : "");
        free(cands);
        goto out;
    }
    ok = edit_cell(s, t, row, c, key, value, whole);
out:
    free(buf);
    return ok;
}

/* :move TABLE KEY to KEY2 — sets the first reference of TABLE that can point
 * at KEY2 (a case's worker, a worker's pod). */
static bool cmd_move(re_state *s, const char *arg, const char *whole)
{
    if (!need_data(s)) return false;
    char *buf = xstrdup(arg), *p = buf;
    char *w1 = next_word(&p), *w2 = next_word(&p), *w3 = next_word(&p), *w4 = next_word(&p);
    bool ok = false;
    if (!w4 || strcmp(w3, "to") != 0 || next_word(&p)) {
        fail(s, "usage: :move TABLE KEY to KEY (e.g. :move case C1001 to S12)");
        goto out;
    }
    int32_t t = find_table(s, w1), row;
    if (t < 0) { no_table(s, w1); goto out; }
    if (!find_row(s, &t, w2, &row)) goto out;
    const sc_table *tb = &s->u->prog.schema.tables[t];
    int32_t col = -1;
    for (uint32_t c = 0; c < tb->ncols && col < 0; c++)
        if (tb->cols[c].type == SC_REF && wi_find(&s->store, (uint32_t)tb->cols[c].ref_table, w4) >= 0) col = (int32_t)c;
    if (col < 0) { fail(s, "no reference of %s can point at '%s'", tb->name, w4); goto out; }
    ok = edit_cell(s, t, row, col, w2, w4, whole);
out:
    free(buf);
    return ok;
}

static bool cmd_drop(re_state *s, const char *arg, const char *whole)
{
    if (!need_data(s)) return false;
    char *buf = xstrdup(arg), *p = buf;
    char *w1 = next_word(&p), *w2 = next_word(&p);
    bool ok = false;
    int32_t t = -1, row;
    if (!w1 || next_word(&p)) { fail(s, "usage: :drop [TABLE] KEY (e.g. :drop staff S103)"); goto out; }
    if (w2 && (t = find_table(s, w1)) < 0) { no_table(s, w1); goto out; }
    const char *key = w2 ? w2 : w1;
    if (!find_row(s, &t, key, &row)) goto out;
    char label[512], err[512];
    row_label(s, (uint32_t)t, row, label, sizeof label);
    uint32_t cut = 0;
    if (!wi_drop(s->wi, (uint32_t)t, row, whole, &cut, err, sizeof err)) { fail(s, "%s", err); goto out; }
    printf("dropped %s %s; %u reference%s to it now read as missing\n", s->u->prog.schema.tables[t].name, label, cut, plural(cut));
    ok = true;
out:
    free(buf);
    return ok;
}

static bool cmd_undo(re_state *s, const char *arg)
{
    if (!need_data(s)) return false;
    char what[1024];
    if (!wi_undo(s->wi, what, sizeof what)) return fail(s, "nothing to undo: the data is as loaded");
    printf("undone: %s\n", what);
    return true;
}

/* ---- definitions ---------------------------------------------------------- */

static const char *const def_words[] = {
    "let", "rule", "caseload", "pod", "supervision", "progression", "override", "disable", "use", NULL
};
static const char *const file_words[] = { "table", "roles", "policy", "effective", NULL };

/* The first word of text, skipping blank and comment lines. */
static void first_word(const char *text, char *buf, size_t cap)
{
    const char *p = text;
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') p++;
        if (*p != '#') break;
        while (*p && *p != '\n') p++;
    }
    size_t n = 0;
    while (n + 1 < cap && ((p[n] >= 'a' && p[n] <= 'z') || (p[n] >= 'A' && p[n] <= 'Z') || p[n] == '_' ||
                           (n && p[n] >= '0' && p[n] <= '9')))
        n++;
    memcpy(buf, p, n);
    buf[n] = 0;
}

static bool in_list(const char *w, const char *const *list)
{
    for (; *list; list++) if (strcmp(w, *list) == 0) return true;
    return false;
}

static bool is_definition(const char *text)
{
    char w[32];
    first_word(text, w, sizeof w);
    return in_list(w, def_words) || in_list(w, file_words);
}

/* "rule x" etc. for what a parsed input defines by name. */
static void collect_names(const node *file, defn *d)
{
    for (uint32_t i = 0; file && i < file->nkids; i++) {
        const node *n = file->kids[i];
        if (!n || (n->kind != N_LET && n->kind != N_RULE) || !n->text) continue;
        char buf[256];
        snprintf(buf, sizeof buf, "%s %s", n->kind == N_LET ? "let" : "rule", n->text);
        d->names = xrealloc(d->names, (d->nnames + 1) * sizeof *d->names);
        d->names[d->nnames++] = xstrdup(buf);
    }
}

static void defn_free(defn *d)
{
    free(d->text);
    for (uint32_t i = 0; i < d->nnames; i++) free(d->names[i]);
    free(d->names);
}

static bool defines(const defn *d, const char *name)
{
    for (uint32_t i = 0; i < d->nnames; i++) if (strcmp(d->names[i], name) == 0) return true;
    return false;
}

static bool define(re_state *s, const char *text)
{
    char w[32];
    first_word(text, w, sizeof w);
    if (in_list(w, file_words))
        return fail(s, "`%s` belongs in a policy file (write one and :load it); at the prompt: let, rule and the domain blocks", w);
    /* parsed alone first: syntax errors name the lines as typed, and we learn
     * the names it defines */
    defn d = { xstrdup(text), NULL, 0 };
    dg_context dc;
    dg_init(&dc);
    uint32_t f = dg_add_file(&dc, "<repl>", xstrdup(text), (uint32_t)strlen(text));
    ps_status st;
    node *file = ps_parse_file(&dc, f, false, &st);
    collect_names(file, &d);
    node_free(file);
    flush_diags(&dc);
    dg_free(&dc);
    if (st != PS_OK) { defn_free(&d); return false; }
    /* an earlier input is replaced when this one defines all its names
     * again; the new text takes the place of the first one replaced, so the
     * <repl> lines of the other definitions stay where they were */
    bool *skip = calloc(s->ndefs + 1, sizeof *skip);
    if (!skip) abort();
    uint32_t at = s->ndefs;
    for (uint32_t i = 0; i < s->ndefs; i++) {
        skip[i] = s->defs[i].nnames > 0;
        for (uint32_t k = 0; k < s->defs[i].nnames && skip[i]; k++) skip[i] = defines(&d, s->defs[i].names[k]);
        if (skip[i] && at == s->ndefs) at = i;
    }
    size_t len = strlen(text) + 1, start = 0;
    for (uint32_t i = 0; i < s->ndefs; i++) {
        if (skip[i]) continue;
        len += strlen(s->defs[i].text);
        if (i < at) start += strlen(s->defs[i].text);
    }
    char *src = xrealloc(NULL, len);
    src[0] = 0;
    for (uint32_t i = 0; i <= s->ndefs; i++) {
        if (i == at) strcat(src, text);
        if (i < s->ndefs && !skip[i]) strcat(src, s->defs[i].text);
    }
    unit *u = compile(s, src);
    free(src);
    if (!u) { free(skip); defn_free(&d); return false; }
    /* what the new input brought, read back from the new unit */
    uint32_t repl_file = 0;
    for (uint32_t i = 1; i < u->dc.nfiles; i++) if (strcmp(u->dc.files[i].name, "<repl>") == 0) repl_file = i;
    uint32_t shown = 0;
    for (uint32_t i = 0; i < u->env.nlets; i++) {
        const node *l = u->env.lets[i].decl;
        if (l->span.file != repl_file || l->span.start < start || l->span.start >= start + strlen(text)) continue;
        char ty[128];
        printf("let %s: %s\n", l->text, ty_name(&u->env, u->env.lets[i].type, ty, sizeof ty));
        shown++;
    }
    for (uint32_t r = 0; r < u->prog.nrules; r++) {
        const bc_rule *rl = &u->prog.rules[r];
        if (rl->span.file != repl_file || rl->span.start < start || rl->span.start >= start + strlen(text)) continue;
        printf("rule %s: %s%s, %u requirement%s\n", rl->name, rl->table >= 0 ? "for each " : "over all data",
               rl->table >= 0 ? u->prog.schema.tables[rl->table].name : "", rl->nreqs, plural(rl->nreqs));
        shown++;
    }
    if (!shown) printf("ok\n");
    defn *defs = xrealloc(NULL, (s->ndefs + 1) * sizeof *defs);
    uint32_t kept = 0;
    for (uint32_t i = 0; i <= s->ndefs; i++) {
        if (i == at) defs[kept++] = d;
        if (i == s->ndefs) break;
        if (skip[i]) defn_free(&s->defs[i]);
        else defs[kept++] = s->defs[i];
    }
    free(s->defs);
    s->defs = defs;
    s->ndefs = kept;
    free(skip);
    return adopt(s, u);
}

/* ---- policies ------------------------------------------------------------- */

static bool recompile(re_state *s)
{
    char *src = s->ndefs ? defs_source(s, NULL, NULL) : NULL;
    unit *u = compile(s, src);
    free(src);
    return u && adopt(s, u);
}

static bool cmd_load(re_state *s, const char *arg)
{
    if (!*arg) return fail(s, "usage: :load FILE.cadre");
    s->paths = xrealloc(s->paths, (size_t)(s->npaths + 1) * sizeof *s->paths);
    s->paths[s->npaths++] = xstrdup(arg);
    uint32_t before = s->u->prog.nrules;
    if (!recompile(s)) { free(s->paths[--s->npaths]); return false; }
    uint32_t now = s->u->prog.nrules;
    printf("loaded %s: %u rule%s now (%+d)\n", arg, now, plural(now), (int)now - (int)before);
    return true;
}

static bool cmd_reload(re_state *s, const char *arg)
{
    if (!recompile(s)) return false;
    printf("reloaded %d policy file%s: %u rule%s\n", s->npaths, s->npaths == 1 ? "" : "s", s->u->prog.nrules, plural(s->u->prog.nrules));
    if (!s->data) return true;
    uint32_t edits = s->have_data ? wi_count(s->wi) : 0;
    bool ok = load_data(s);
    printf("reloaded data %s%s\n", s->data, edits ? " (what-if edits discarded)" : "");
    return ok;
}

static bool cmd_asof(re_state *s, const char *arg)
{
    char buf[16];
    if (*arg) {
        int32_t d;
        if (!dt_parse(arg, strlen(arg), &d)) return fail(s, "a date is YYYY-MM-DD, not '%s'", arg);
        s->as_of = d;
    }
    dt_format(s->as_of, buf, sizeof buf);
    printf("as of %s\n", buf);
    return true;
}

/* ---- looking at the program ---------------------------------------------- */

static bool cmd_rules(re_state *s, const char *arg)
{
    const bc_program *p = &s->u->prog;
    tb_table *t = tb_new(4);
    tb_header(t, 0, "rule", false);
    tb_header(t, 1, "for each", false);
    tb_header(t, 2, "where", false);
    tb_header(t, 3, "title", false);
    char loc[512];
    for (uint32_t r = 0; r < p->nrules; r++) {
        tb_cell(t, p->rules[r].name);
        tb_cell(t, p->rules[r].table >= 0 ? p->schema.tables[p->rules[r].table].name : "");
        where(s, p->rules[r].span, loc, sizeof loc);
        tb_cell(t, loc);
        tb_cell(t, p->rules[r].title);
    }
    tb_print(t, stdout);
    tb_free(t);
    printf("(%u rule%s)\n", p->nrules, plural(p->nrules));
    return true;
}

static bool cmd_rule(re_state *s, const char *arg)
{
    if (!*arg) return fail(s, "usage: :rule NAME (:rules lists them)");
    node *r = rule_node(s, arg);
    if (!r) return no_rule(s, arg);
    char loc[512];
    where(s, r->span, loc, sizeof loc);
    const dg_file *f = &s->u->dc.files[r->span.file];
    if (r->sem.decl) {
        /* a domain-block line: what was written, then what it stands for */
        printf("# %s, a line of a block:\n", loc);
        print_source(s, r->span, "#   ");
        printf("# stands for:\n");
        pr_rule(stdout, r);
        return true;
    }
    printf("# %s\n", loc);
    if (f->text && r->span.end <= f->len) {
        /* from the start of its first line, so the indentation reads right */
        uint32_t a = r->span.start;
        while (a > 0 && f->text[a - 1] != '\n') a--;
        printf("%.*s\n", (int)(r->span.end - a), f->text + a);
    } else pr_rule(stdout, r);
    return true;
}

static bool cmd_desugar(re_state *s, const char *arg)
{
    uint32_t shown = 0;
    for (uint32_t i = 0; i < s->u->env.nrules; i++) {
        node *r = s->u->env.rules[i];
        if (*arg ? strcmp(arg, r->text) != 0 : !r->sem.decl) continue;
        char loc[512];
        where(s, r->span, loc, sizeof loc);
        printf("%s# %s\n", shown ? "\n" : "", loc);
        pr_rule(stdout, r);
        shown++;
    }
    if (*arg && !shown) return no_rule(s, arg);
    if (!shown) printf("# no domain blocks: every rule is already in the general form\n");
    return true;
}

/* Disassembles code from entry to its RET through bc_disasm, over a view of
 * the program whose one rule starts there; the rule header line is dropped. */
static void disasm_from(re_state *s, uint32_t entry, bool header)
{
    bc_program view = s->u->prog;
    bc_rule one = { .name = (char *)"query", .entry = entry, .table = -1 };
    view.rules = &one;
    view.nrules = 1;
    char *text = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&text, &len);
    if (!m) abort();
    bc_disasm(&view, &s->u->dc, m);
    fclose(m);
    const char *body = header ? text : strchr(text, '\n');
    fputs(body ? body + !header : "", stdout);
    free(text);
}

static bool cmd_bytecode(re_state *s, const char *arg)
{
    if (!*arg) return fail(s, "usage: :bytecode EXPR (or a rule name)");
    int32_t r = find_rule(s, arg);
    if (r >= 0) {
        /* a rule: its section of the whole listing (operands name other
         * rules by index, so the listing needs the whole program) */
        char *text = NULL;
        size_t len = 0;
        FILE *m = open_memstream(&text, &len);
        if (!m) abort();
        bc_disasm(&s->u->prog, &s->u->dc, m);
        fclose(m);
        char head[512];
        snprintf(head, sizeof head, "rule %s", arg);
        size_t hl = strlen(head);
        for (char *sec = text; sec && *sec;) {
            char *end = strstr(sec, "\n\n");
            if (strncmp(sec, head, hl) == 0 && (sec[hl] == ' ' || sec[hl] == '\n')) {
                printf("%.*s\n", (int)(end ? end - sec : (ptrdiff_t)strlen(sec) - 1), sec);
                break;
            }
            sec = end ? end + 2 : NULL;
        }
        free(text);
        return true;
    }
    int type;
    node *e = parse_query(s, arg, &type);
    if (!e) return false;
    uint32_t entry;
    prog_mark m;
    bool ok = compile_query(s, e, &entry, &m);
    node_free(e);
    if (!ok) return false;
    disasm_from(s, entry, false);
    rollback(&s->u->prog, m);
    return true;
}

/* A computed field's type as :schema lists it, in the words of declarations. */
static const char *short_type(const re_state *s, int ty, char *buf, size_t cap)
{
    static const char *const names[] = { "?", "missing", "bool", "number", "text", "date", "duration",
                                         "role", "role set", "row", "rows", "list", "gap", "month" };
    int k = ty_kind_of(ty), t = ty_table(ty);
    const sc_schema *sc = &s->u->prog.schema;
    const char *tn = t >= 0 && (uint32_t)t < sc->ntables ? sc->tables[t].name : "?";
    if (k == TY_ROW) snprintf(buf, cap, "ref %s", tn);
    else if (k == TY_ROWS) snprintf(buf, cap, "list of %s", tn);
    else if (k == TY_LIST) snprintf(buf, cap, "list of %s", ty_elem(ty) < (int)(sizeof names / sizeof *names) ? names[ty_elem(ty)] : "?");
    else snprintf(buf, cap, "%s", k < (int)(sizeof names / sizeof *names) ? names[k] : "?");
    return buf;
}

static bool cmd_schema(re_state *s, const char *arg)
{
    const sc_schema *sc = &s->u->prog.schema;
    const ck_env *env = &s->u->env;
    if (!*arg) {
        tb_table *t = tb_new(4);
        tb_header(t, 0, "table", false);
        tb_header(t, 1, "file", false);
        tb_header(t, 2, "rows", true);
        tb_header(t, 3, "fields", false);
        char buf[128];
        for (uint32_t i = 0; i < sc->ntables; i++) {
            uint32_t ncomp = 0, nlinks = 0;
            for (uint32_t k = 0; k < env->ncomputed; k++) ncomp += env->computed[k].table == i;
            for (uint32_t k = 0; k < sc->nlinks; k++) nlinks += sc->links[k].on == i;
            tb_cell(t, sc->tables[i].name);
            tb_cell(t, sc->tables[i].file);
            snprintf(buf, sizeof buf, "%u", s->have_data ? s->store.tables[i].nrows : 0);
            tb_cell(t, s->have_data ? buf : "");
            snprintf(buf, sizeof buf, "%u stored, %u computed, %u link%s", sc->tables[i].ncols, ncomp, nlinks, plural(nlinks));
            tb_cell(t, buf);
        }
        tb_print(t, stdout);
        tb_free(t);
        printf("roles:");
        for (uint32_t r = 0; r < sc->nroles; r++) printf("%s %s", r ? "," : "", sc->roles[r]);
        printf("\n");
        return true;
    }
    int32_t ti = find_table(s, arg);
    if (ti < 0) return no_table(s, arg);
    const sc_table *tb = &sc->tables[ti];
    printf("table %s \"%s\"", tb->name, tb->file);
    if (s->have_data) printf(": %u rows from %s", s->store.tables[ti].nrows, s->store.tables[ti].source);
    printf("\n");
    tb_table *t = tb_new(3);
    tb_header(t, 0, "field", false);
    tb_header(t, 1, "type", false);
    tb_header(t, 2, "", false);
    char buf[1024];
    for (uint32_t c = 0; c < tb->ncols; c++) {
        const sc_column *col = &tb->cols[c];
        tb_cell(t, col->name);
        if (col->type == SC_REF) snprintf(buf, sizeof buf, "ref %s", sc->tables[col->ref_table].name);
        else snprintf(buf, sizeof buf, "%s", sc_type_name((sc_type)col->type));
        tb_cell(t, buf);
        tb_cell(t, (int32_t)c == tb->key_col ? "key" : col->optional ? "optional" : "");
    }
    for (uint32_t k = 0; k < env->ncomputed; k++) {
        if (env->computed[k].table != (uint32_t)ti) continue;
        const node *d = env->computed[k].decl;
        tb_cell(t, d->text);
        char ty[128];
        tb_cell(t, short_type(s, env->computed[k].type, ty, sizeof ty));
        char *text = NULL;
        size_t len = 0;
        FILE *m = open_memstream(&text, &len);
        if (!m) abort();
        fputs("= ", m);
        if (d->nkids && d->kids[0]) pr_expr(m, d->kids[0]);
        fclose(m);
        tb_cell(t, text);
        free(text);
    }
    for (uint32_t k = 0; k < sc->nlinks; k++) {
        const sc_link *lk = &sc->links[k];
        if (lk->on != (uint32_t)ti) continue;
        tb_cell(t, lk->name);
        snprintf(buf, sizeof buf, "list of %s", sc->tables[lk->from_table].name);
        tb_cell(t, buf);
        snprintf(buf, sizeof buf, "link: the %s whose %s is this row", sc->tables[lk->from_table].name,
                 sc->tables[lk->from_table].cols[lk->from_column].name);
        tb_cell(t, buf);
    }
    tb_print(t, stdout);
    tb_free(t);
    return true;
}

/* ---- commands ------------------------------------------------------------- */

typedef bool (*cmd_fn)(re_state *s, const char *arg);
typedef bool (*edit_fn)(re_state *s, const char *arg, const char *whole);

static bool cmd_rows(re_state *s, const char *arg)
{
    if (!*arg) {
        if (s->rows) printf("query results show at most %u rows (:rows all shows every row)\n", s->rows);
        else printf("query results show every row\n");
        return true;
    }
    if (!strcmp(arg, "all")) { s->rows = 0; printf("query results show every row\n"); return true; }
    char *end;
    errno = 0;
    unsigned long n = strtoul(arg, &end, 10);
    if (errno || *end || n == 0 || n > UINT32_MAX || *arg == '-') return fail(s, ":rows takes a positive number or all, not '%s'", arg);
    s->rows = (uint32_t)n;
    printf("query results show at most %u rows\n", s->rows);
    return true;
}

/* Writes the last query's result, evaluated again now (so what-if edits made
 * since are in it), every row, as CSV. */
static bool cmd_export(re_state *s, const char *arg)
{
    if (!*arg) return fail(s, ":export needs a file name, e.g. :export result.csv");
    if (!s->last_query) return fail(s, "no query result to export yet: type a query first (e.g. staff where in_post)");
    FILE *f = fopen(arg, "w");
    if (!f) return fail(s, "cannot write %s: %s", arg, strerror(errno));
    s->export_to = f;
    s->exported = 0;
    char *q = s->last_query;
    bool ok = eval(s, q);
    s->export_to = NULL;
    if (ferror(f) | (fclose(f) != 0)) return fail(s, "cannot write %s: %s", arg, strerror(errno));
    if (!ok) return false;
    printf("wrote %s: %u row%s of %s\n", arg, s->exported, plural(s->exported), q);
    return true;
}

static bool cmd_help(re_state *s, const char *arg);
static bool cmd_quit(re_state *s, const char *arg) { s->quit = true; return true; }

static const struct {
    const char *name;
    cmd_fn fn;
    edit_fn edit;              /* what-if commands also get the whole line, for the log */
    const char *args, *summary, *more;
} commands[] = {
    {"help", cmd_help, NULL, "[COMMAND]", "this list, or one command's help", NULL},
    {"check", cmd_check, NULL, "[RULE]", "judge the data, as `cadre check` prints it",
     "Runs every rule (or RULE alone) over the data as it is now — what-if edits\n"
     "included — and prints violations, warnings and unknowns with evidence."},
    {"why", cmd_why, NULL, "ID", "every rule over one worker, pod, team or case: verdict, values, policy lines",
     "Finds the row whose key is ID in any table and judges it alone with every\n"
     "rule over its table: each requirement's verdict, the measured value and the\n"
     "limit, and the policy lines it comes from. A rule whose `where` leaves the\n"
     "row out is shown as n/a."},
    {"rules", cmd_rules, NULL, "", "list the rules", NULL},
    {"rule", cmd_rule, NULL, "NAME", "a rule's source (a block line: also its general form)", NULL},
    {"desugar", cmd_desugar, NULL, "[NAME]", "the general `rule` form of block rules", NULL},
    {"bytecode", cmd_bytecode, NULL, "EXPR|RULE", "the compiled code of an expression or a rule", NULL},
    {"schema", cmd_schema, NULL, "[TABLE]", "tables, or one table's fields, computed fields and links", NULL},
    {"asof", cmd_asof, NULL, "[DATE]", "show or move the evaluation date (YYYY-MM-DD)", NULL},
    {"set", NULL, cmd_set, "[TABLE] KEY.FIELD = VALUE", "what-if: change one stored cell",
     "The value is read as a data file's cell would be: a date as YYYY-MM-DD, a\n"
     "role by its code, a reference by the key it points at; `missing` (or\n"
     "nothing) empties an optional field; quotes keep blanks: \"Jo Bloggs\".\n"
     "Keys cannot change (:drop the row instead). Data files are never written."},
    {"move", NULL, cmd_move, "TABLE KEY to KEY", "what-if: re-point a reference (a case to a worker)",
     "Sets the first reference field of TABLE that can point at the second key:\n"
     ":move case C1001 to S112 sets cases.worker; :move staff S102 to P3 sets staff.pod."},
    {"drop", NULL, cmd_drop, "[TABLE] KEY", "what-if: remove a row; references to it read as missing", NULL},
    {"undo", cmd_undo, NULL, "", "undo the last what-if edit", NULL},
    {"diff", cmd_diff, NULL, "", "verdicts changed by the what-if edits: newly breaching, newly compliant",
     "Judges the data as loaded and as edited, and lists what moved: newly\n"
     "breaching (failing now, not before), newly compliant (failing before,\n"
     "passing now), and other changes (unknowns, rows dropped or no longer\n"
     "selected), each with its evidence and what it was before."},
    {"rows", cmd_rows, NULL, "[N|all]", "how many rows of a query result to show (default 20)", NULL},
    {"export", cmd_export, NULL, "FILE.csv", "write the last query's result to a CSV file, every row",
     "Evaluates the last query again (what-if edits made since are in it) and\n"
     "writes every row — stored columns and computed fields, as shown — to\n"
     "FILE as CSV (RFC 4180: a heading line, commas, quotes where needed)."},
    {"load", cmd_load, NULL, "FILE", "add a policy file", NULL},
    {"reload", cmd_reload, NULL, "", "read the policy files and the data again (edits are dropped)", NULL},
    {"quit", cmd_quit, NULL, "", "leave (also :q, :exit, Ctrl-D)", NULL},
};
#define NCOMMANDS (sizeof commands / sizeof *commands)

static bool cmd_help(re_state *s, const char *arg)
{
    if (*arg) {
        const char *name = arg[0] == ':' ? arg + 1 : arg;
        for (size_t i = 0; i < NCOMMANDS; i++) {
            if (strcmp(commands[i].name, name) != 0) continue;
            printf(":%s%s%s\n  %s\n", commands[i].name, *commands[i].args ? " " : "", commands[i].args, commands[i].summary);
            if (commands[i].more) printf("\n%s\n", commands[i].more);
            return true;
        }
        return fail(s, "no command ':%s' (:help lists them)", name);
    }
    printf("Type an expression to see its value (staff where role = asye,\n"
           "count(cases where open)), or a let, rule or block to add it.\n"
           "Unfinished input continues on a ...> line.\n\n");
    tb_table *t = tb_new(2);
    char buf[128];
    for (size_t i = 0; i < NCOMMANDS; i++) {
        snprintf(buf, sizeof buf, ":%s%s%s", commands[i].name, *commands[i].args ? " " : "", commands[i].args);
        tb_cell(t, buf);
        tb_cell(t, commands[i].summary);
    }
    tb_print(t, stdout);
    tb_free(t);
    return true;
}

static bool run_command(re_state *s, const char *line)
{
    const char *p = line + 1, *e = p;
    while (*e && *e != ' ' && *e != '\t' && *e != '\n' && *e != '\r') e++;
    char name[32];
    snprintf(name, sizeof name, "%.*s", (int)(e - p < 31 ? e - p : 31), p);
    while (*e == ' ' || *e == '\t') e++;
    char *arg = xstrdup(e);
    size_t n = strlen(arg);
    while (n && (arg[n - 1] == ' ' || arg[n - 1] == '\t' || arg[n - 1] == '\n' || arg[n - 1] == '\r')) arg[--n] = 0;
    char *whole = xstrdup(line);
    n = strlen(whole);
    while (n && (whole[n - 1] == ' ' || whole[n - 1] == '\n' || whole[n - 1] == '\r')) whole[--n] = 0;
    if (!strcmp(name, "q") || !strcmp(name, "exit")) strcpy(name, "quit");
    bool ok = false, known = false;
    for (size_t i = 0; i < NCOMMANDS && !known; i++) {
        if (strcmp(commands[i].name, name) != 0) continue;
        known = true;
        ok = commands[i].edit ? commands[i].edit(s, arg, whole) : commands[i].fn(s, arg);
    }
    if (!known) {
        const char *c[NCOMMANDS];
        for (size_t i = 0; i < NCOMMANDS; i++) c[i] = commands[i].name;
        const char *best = dg_closest(name, c, NCOMMANDS);
        ok = fail(s, "no command ':%s'%s%s%s", name, best ? " (did you mean ':" : " (:help lists them)", best ? best : "", best ? "'?)" : "");
    }
    free(arg);
    free(whole);
    fflush(stdout);
    return ok;
}

/* ---- input ---------------------------------------------------------------- */

/* Whether text is a whole definition or expression yet: parsed quietly in a
 * scratch context, so only the parser's own verdict decides. */
static ps_status completeness(const char *text)
{
    dg_context dc;
    dg_init(&dc);
    uint32_t len = (uint32_t)strlen(text);
    uint32_t f = dg_add_file(&dc, "<repl>", xstrdup(text), len);
    ps_status st;
    if (is_definition(text)) node_free(ps_parse_file(&dc, f, true, &st));
    else node_free(ps_parse_expr(&dc, f, 0, len, true, &st));
    dg_free(&dc);
    return st;
}

static void remember(re_state *s, const char *text)
{
    if (!s->tty) return;
    size_t n = strlen(text);
    while (n && (text[n - 1] == '\n' || text[n - 1] == ' ')) n--;
    char *t = xstrndup(text, n);
    /* an entry typed again moves to the end instead of repeating */
    for (int i = history_length - 1; i >= 0; i--) {
        HIST_ENTRY *h = history_get(history_base + i);
        if (h && strcmp(h->line, t) == 0) {
            HIST_ENTRY *gone = remove_history(i);
            if (gone) (void)free_history_entry(gone);
        }
    }
    add_history(t);
    free(t);
}

static void run_source(re_state *s, const char *text)
{
    bool ok = is_definition(text) ? define(s, text) : eval(s, text);
    if (!ok) s->failed = true;
    fflush(stdout);
}

static void clear_pending(re_state *s)
{
    s->npending = 0;
    if (s->pending) s->pending[0] = 0;
}

/* Input that can never be finished (end of input, or a :command typed in the
 * middle of it) runs as it is, so its syntax error is reported. */
static void flush_pending(re_state *s)
{
    if (!s->npending) return;
    char *text = xstrdup(s->pending);
    clear_pending(s);
    run_source(s, text);
    free(text);
}

/* One line of input: a :command, or a line of cadre that may finish a
 * definition or an expression. */
static void feed(re_state *s, const char *line)
{
    load_wait(s);
    const char *p = line;
    while (*p == ' ' || *p == '\t') p++;
    if (*p == ':') {
        flush_pending(s);
        remember(s, p);
        if (!run_command(s, p)) s->failed = true;
        return;
    }
    if (!s->npending && (!*p || *p == '#' || *p == '\n' || *p == '\r')) return;
    size_t n = strlen(line);
    if (s->npending + n + 2 > s->cappending) {
        s->cappending = (s->npending + n + 2) * 2;
        s->pending = xrealloc(s->pending, s->cappending);
    }
    memcpy(s->pending + s->npending, line, n);
    s->npending += n;
    if (!n || line[n - 1] != '\n') s->pending[s->npending++] = '\n';
    s->pending[s->npending] = 0;
    if (completeness(s->pending) == PS_INCOMPLETE) return;
    char *text = xstrdup(s->pending);
    clear_pending(s);
    remember(s, text);
    run_source(s, text);
    free(text);
}

/* ---- completion ----------------------------------------------------------- */

static const char *const keywords[] = {
    "where", "for", "each", "in", "and", "or", "not", "is", "missing", "present", "distinct",
    "true", "false", "as_of", "must", "should", "otherwise", "let", "rule", "caseload", "pod",
    "supervision", "progression", "at", "most", "least", "exactly", "average", "of", "every",
    "count", "sum", "avg", "min", "max", "any", "all", "days", "weeks", "months", "years", NULL
};

static void cand(re_state *s, const char *c)
{
    if (s->ncands == s->capcands) {
        s->capcands = s->capcands ? s->capcands * 2 : 64;
        s->cands = xrealloc(s->cands, s->capcands * sizeof *s->cands);
    }
    s->cands[s->ncands++] = xstrdup(c);
}

static void clear_cands(re_state *s)
{
    for (uint32_t i = 0; i < s->ncands; i++) free(s->cands[i]);
    s->ncands = 0;
}

static char *generate(const char *text, int state)
{
    re_state *s = session;
    if (!state) s->next_cand = 0;
    size_t n = strlen(text);
    while (s->next_cand < s->ncands) {
        const char *c = s->cands[s->next_cand++];
        if (strncmp(c, text, n) == 0) return xstrdup(c);
    }
    return NULL;
}

/* Every field of table t, each as prefix + name. */
static void field_cands(re_state *s, int32_t t, const char *prefix)
{
    const sc_schema *sc = &s->u->prog.schema;
    char buf[512];
    for (uint32_t c = 0; c < sc->tables[t].ncols; c++) { snprintf(buf, sizeof buf, "%s%s", prefix, sc->tables[t].cols[c].name); cand(s, buf); }
    for (uint32_t k = 0; k < s->u->env.ncomputed; k++)
        if (s->u->env.computed[k].table == (uint32_t)t) { snprintf(buf, sizeof buf, "%s%s", prefix, s->u->env.computed[k].decl->text); cand(s, buf); }
    for (uint32_t k = 0; k < sc->nlinks; k++)
        if (sc->links[k].on == (uint32_t)t) { snprintf(buf, sizeof buf, "%s%s", prefix, sc->links[k].name); cand(s, buf); }
}

/* The table a field of table t leads to, or -1 (a plain value). */
static int32_t field_table(re_state *s, int32_t t, const char *name)
{
    const sc_schema *sc = &s->u->prog.schema;
    int32_t c = sc_find_column(&sc->tables[t], name);
    if (c >= 0) return sc->tables[t].cols[c].type == SC_REF ? sc->tables[t].cols[c].ref_table : -1;
    for (uint32_t k = 0; k < sc->nlinks; k++)
        if (sc->links[k].on == (uint32_t)t && strcmp(sc->links[k].name, name) == 0) return (int32_t)sc->links[k].from_table;
    for (uint32_t k = 0; k < s->u->env.ncomputed; k++)
        if (s->u->env.computed[k].table == (uint32_t)t && strcmp(s->u->env.computed[k].decl->text, name) == 0) {
            int ty = s->u->env.computed[k].type;
            return ty_kind_of(ty) == TY_ROW || ty_kind_of(ty) == TY_ROWS ? ty_table(ty) : -1;
        }
    return -1;
}

/* The table a bare name stands for on this line: a table, a let holding rows,
 * or a `for each NAME in TABLE` variable of the input so far. */
static int32_t name_table(re_state *s, const char *name, const char *input)
{
    int32_t t = sc_find_table(&s->u->prog.schema, name);
    if (t >= 0) return t;
    for (uint32_t i = 0; i < s->u->env.nlets; i++)
        if (strcmp(s->u->env.lets[i].decl->text, name) == 0) {
            int ty = s->u->env.lets[i].type;
            return ty_kind_of(ty) == TY_ROW || ty_kind_of(ty) == TY_ROWS ? ty_table(ty) : -1;
        }
    /* "each NAME in WORD": scan the words */
    char w[4][64] = {{0}};
    const char *p = input;
    while (*p) {
        while (*p && !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '_')) p++;
        const char *b = p;
        while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_') p++;
        if (p == b) break;
        memmove(w[0], w[1], sizeof w[0] * 3);
        snprintf(w[3], sizeof w[3], "%.*s", (int)(p - b), b);
        if (!strcmp(w[0], "each") && !strcmp(w[1], name) && !strcmp(w[2], "in"))
            if ((t = sc_find_table(&s->u->prog.schema, w[3])) >= 0) return t;
    }
    return -1;
}

/* text is "a.b.c": complete the last part from the table a.b leads to. */
static void path_cands(re_state *s, const char *text, const char *input)
{
    const char *dot = strrchr(text, '.');
    char *head = xstrndup(text, (size_t)(dot - text));
    char *save = NULL, *part = strtok_r(head, ".", &save);
    int32_t t = part ? name_table(s, part, input) : -1;
    while (t >= 0 && (part = strtok_r(NULL, ".", &save))) t = field_table(s, t, part);
    if (t >= 0) {
        char *prefix = xstrndup(text, (size_t)(dot - text) + 1);
        field_cands(s, t, prefix);
        free(prefix);
    }
    free(head);
}

static void key_cands(re_state *s, int32_t only)
{
    if (!s->have_data) return;
    const sc_schema *sc = &s->u->prog.schema;
    for (uint32_t t = 0; t < sc->ntables; t++) {
        if ((only >= 0 && (int32_t)t != only) || sc->tables[t].key_col < 0 || sc->tables[t].cols[sc->tables[t].key_col].type != SC_TEXT) continue;
        const st_table *st = &s->store.tables[t];
        for (uint32_t r = 0; r < st->nrows; r++) {
            const char *k = st->cols[sc->tables[t].key_col].text[r];
            if (k && !(st->deleted && st->deleted[r])) cand(s, k);
        }
    }
}

static void table_cands(re_state *s)
{
    for (uint32_t t = 0; t < s->u->prog.schema.ntables; t++) cand(s, s->u->prog.schema.tables[t].name);
}

/* Arguments of a :command: its words so far decide what comes next. */
static char **complete_command(re_state *s, const char *text, int start)
{
    const char *line = rl_line_buffer;
    const char *p = line;
    while (*p == ' ' || *p == '\t') p++;
    char name[32] = "";
    const char *e = p + 1;
    while (*e && *e != ' ' && *e != '\t') e++;
    snprintf(name, sizeof name, "%.*s", (int)(e - p - 1 < 31 ? e - p - 1 : 31), p + 1);
    int arg = 0;   /* which argument the word being completed is */
    char first[128] = "";
    for (const char *q = e; q < line + start; ) {
        while (q < line + start && (*q == ' ' || *q == '\t')) q++;
        if (q >= line + start) break;
        const char *b = q;
        while (q < line + start && *q != ' ' && *q != '\t') q++;
        if (arg == 0) snprintf(first, sizeof first, "%.*s", (int)(q - b), b);
        arg++;
    }
    if (!strcmp(name, "load")) {
        rl_attempted_completion_over = 1;
        return rl_completion_matches(text, rl_filename_completion_function);
    }
    if (!strcmp(name, "rule") || !strcmp(name, "check") || !strcmp(name, "desugar") || !strcmp(name, "bytecode")) {
        if (arg == 0) for (uint32_t r = 0; r < s->u->prog.nrules; r++) cand(s, s->u->prog.rules[r].name);
    } else if (!strcmp(name, "why")) {
        if (arg == 0) key_cands(s, -1);
    } else if (!strcmp(name, "schema")) {
        if (arg == 0) table_cands(s);
    } else if (!strcmp(name, "help")) {
        for (size_t i = 0; i < NCOMMANDS; i++) cand(s, commands[i].name);
    } else if (!strcmp(name, "set") || !strcmp(name, "drop") || !strcmp(name, "move")) {
        int32_t t = arg >= 1 ? find_table(s, first) : -1;
        const char *dot = strchr(text, '.');
        if (arg == 0) table_cands(s);
        else if (arg == 1 && t >= 0 && dot && !strcmp(name, "set")) {
            char *prefix = xstrndup(text, (size_t)(dot - text) + 1);
            const sc_table *tb = &s->u->prog.schema.tables[t];
            char buf[512];
            for (uint32_t c = 0; c < tb->ncols; c++)
                if ((int32_t)c != tb->key_col) { snprintf(buf, sizeof buf, "%s%s", prefix, tb->cols[c].name); cand(s, buf); }
            free(prefix);
            rl_completion_append_character = ' ';
        } else if (arg == 1 && t >= 0) key_cands(s, t);
        else if (arg == 2 && !strcmp(name, "move")) cand(s, "to");
        else if (arg == 3 && !strcmp(name, "move")) key_cands(s, -1);
        else if (arg >= 2 && !strcmp(name, "set") && s->have_data) {
            for (uint32_t r = 0; r < s->u->prog.schema.nroles; r++) cand(s, s->u->prog.schema.roles[r]);
        }
    }
    return rl_completion_matches(text, generate);
}

/* Lists "staff.open_cases" candidates as "open_cases": the path typed so far
 * is on the line already. */
static void show_fields(char **matches, int n, int max)
{
    const char *dot = strrchr(matches[1], '.');
    size_t cut = dot ? (size_t)(dot - matches[1]) + 1 : 0;
    char **m = xrealloc(NULL, ((size_t)n + 2) * sizeof *m);
    m[0] = matches[0];
    for (int i = 1; i <= n; i++) m[i] = strlen(matches[i]) >= cut ? matches[i] + cut : matches[i];
    m[n + 1] = NULL;
    rl_display_match_list(m, n, max > (int)cut ? max - (int)cut : max);
    rl_forced_update_display();
    free(m);
}

/* readline's completion hook: what the word at [start, end) can become. */
static char **complete(const char *text, int start, int end)
{
    re_state *s = session;
    rl_attempted_completion_over = 1;   /* never fall back to file names */
    rl_completion_display_matches_hook = NULL;
    clear_cands(s);
    const char *p = rl_line_buffer;
    while (*p == ' ' || *p == '\t') p++;
    if (*p == ':' && !s->npending) {
        if (p - rl_line_buffer >= start) {
            for (size_t i = 0; i < NCOMMANDS; i++) {
                char buf[64];
                snprintf(buf, sizeof buf, ":%s", commands[i].name);
                cand(s, buf);
            }
            return rl_completion_matches(text, generate);
        }
        return complete_command(s, text, start);
    }
    /* cadre text: the whole input so far, for `for each` variables */
    size_t n = s->npending + strlen(rl_line_buffer) + 1;
    char *input = xrealloc(NULL, n);
    snprintf(input, n, "%s%s", s->pending ? s->pending : "", rl_line_buffer);
    if (strchr(text, '.')) {
        path_cands(s, text, input);
        rl_completion_append_character = '\0';
        rl_completion_display_matches_hook = show_fields;
    } else {
        for (const char *const *k = keywords; *k; k++) cand(s, *k);
        table_cands(s);
        for (uint32_t i = 0; i < s->u->env.nlets; i++) cand(s, s->u->env.lets[i].decl->text);
        for (uint32_t r = 0; r < s->u->prog.schema.nroles; r++) cand(s, s->u->prog.schema.roles[r]);
        /* `TABLE where f...`: the fields of TABLE are in scope */
        size_t before = s->npending + (size_t)start;
        char *head = xstrndup(input, before);
        char *w = strstr(head, " where ");
        int32_t t = -1;
        while (w) {
            const char *b = w;
            while (b > head && (b[-1] == '_' || (b[-1] >= 'a' && b[-1] <= 'z') || (b[-1] >= '0' && b[-1] <= '9'))) b--;
            char word[64];
            snprintf(word, sizeof word, "%.*s", (int)(w - b), b);
            int32_t k = name_table(s, word, input);
            if (k >= 0) t = k;
            w = strstr(w + 1, " where ");
        }
        free(head);
        if (t >= 0) field_cands(s, t, "");
    }
    free(input);
    (void)end;
    return rl_completion_matches(text, generate);
}

/* ---- the terminal loop ---------------------------------------------------- */

static void on_sigint(int sig)
{
    (void)sig;
    interrupted = 1;
}

/* readline's line callback: no user pointer, hence `session`. */
static void on_line(char *line)
{
    re_state *s = session;
    /* removed here and installed again by the loop with the right prompt */
    rl_callback_handler_remove();
    s->rl_installed = false;
    if (!line) { s->quit = true; putchar('\n'); return; }
    interrupted = 0;
    feed(s, line);
    free(line);
    if (interrupted) interrupted = 0;   /* a Ctrl-C during evaluation was handled there */
}

static void tty_loop(re_state *s)
{
    while (!s->quit) {
        if (!s->rl_installed) {
            fflush(stdout);
            rl_callback_handler_install(s->npending ? CONT_PROMPT : PROMPT, on_line);
            s->rl_installed = true;
        }
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(fileno(rl_instream), &fds);
        int done = s->bg.running ? s->bg.done[0] : -1;
        if (done >= 0) FD_SET(done, &fds);
        int r = select((done > fileno(rl_instream) ? done : fileno(rl_instream)) + 1, &fds, NULL, NULL, NULL);
        if (r > 0 && done >= 0 && FD_ISSET(done, &fds)) {
            /* the data is in: say so above the prompt, then redraw it with
             * what was typed so far */
            char *typed = rl_copy_text(0, rl_end);
            int point = rl_point;
            rl_save_prompt();
            rl_replace_line("", 0);
            rl_redisplay();
            load_wait(s);
            rl_restore_prompt();
            rl_replace_line(typed, 0);
            rl_point = point;
            rl_forced_update_display();
            free(typed);
            continue;
        }
        if (interrupted) {
            /* Ctrl-C: abandon the line and any unfinished input */
            interrupted = 0;
            rl_point = rl_end;          /* the ^C goes after what was typed */
            rl_redisplay();
            fputs("^C\n", rl_outstream);
            fflush(rl_outstream);
            rl_free_line_state();
            rl_callback_sigcleanup();
            rl_cleanup_after_signal();
            rl_callback_handler_remove();
            s->rl_installed = false;
            clear_pending(s);
            continue;
        }
        if (r < 0) continue;   /* EINTR: a window resize */
        rl_callback_read_char();
    }
    if (s->rl_installed) rl_callback_handler_remove();
    s->rl_installed = false;
}

static void pipe_loop(re_state *s)
{
    char *line = NULL;
    size_t cap = 0;
    while (!s->quit && getline(&line, &cap, stdin) >= 0) feed(s, line);
    free(line);
    flush_pending(s);
}

static void banner(re_state *s)
{
    char date[16];
    dt_format(s->as_of, date, sizeof date);
    const bc_program *p = &s->u->prog;
    printf("cadre %s — %s%s%s: %u rule%s from %d polic%s\n", CADRE_VERSION, on(s, BOLD),
           p->policy_name ? p->policy_name : "no policy name", off(s), p->nrules, plural(p->nrules), s->npaths,
           s->npaths == 1 ? "y file" : "y files");
    if (s->have_data) {
        uint64_t rows = 0;
        for (uint32_t t = 0; t < p->schema.ntables; t++) rows += s->store.tables[t].nrows;
        printf("data %s: %llu rows in %u tables; as of %s\n", s->data, (unsigned long long)rows, p->schema.ntables, date);
    } else if (s->bg.running) {
        printf("data %s: loading; as of %s\n", s->data, date);
        s->bg.announced = true;
    } else printf("no data (start with --data DIR to query it); as of %s\n", date);
    printf("An expression shows its value; :help lists commands; Tab completes; Ctrl-D leaves.\n");
}

/* The banner's "loading" line, finished: printed when the load ends. */
static void data_line(const re_state *s)
{
    const sc_schema *sc = &s->u->prog.schema;
    uint64_t rows = 0;
    for (uint32_t t = 0; t < sc->ntables; t++) rows += s->store.tables[t].nrows;
    printf("data %s: %llu rows in %u tables, loaded\n", s->data, (unsigned long long)rows, sc->ntables);
    fflush(stdout);
}

/* ---- the command ---------------------------------------------------------- */

static int parse_args(re_state *s, int argc, char **argv)
{
    options o;
    int rc = parse_options("repl", argc, argv, &o);
    if (rc < 0 && o.as_of && !dt_parse(o.as_of, strlen(o.as_of), &s->as_of))
        rc = usage_error("--as-of needs a date as YYYY-MM-DD, not '%s'", o.as_of);
    if (rc < 0) {
        s->data = o.data;
        s->load = o.load;
        if (o.budget) s->budget = o.budget;
        for (int i = 0; i < o.npolicies; i++) {
            s->paths = xrealloc(s->paths, (size_t)(s->npaths + 1) * sizeof *s->paths);
            s->paths[s->npaths++] = xstrdup(o.policies[i]);
        }
    }
    free(o.policies);
    return rc;
}

static void history_setup(re_state *s)
{
    const char *env = getenv("CADRE_HISTORY"), *home = getenv("HOME");
    if (env && *env) s->history = xstrdup(env);
    else if (home && *home) {
        size_t n = strlen(home) + 32;
        s->history = xrealloc(NULL, n);
        snprintf(s->history, n, "%s/.cadre_history", home);
    }
    using_history();
    stifle_history(1000);
    /* a multi-line entry stays one entry in the file: each entry is written
     * after a timestamp line, and lines up to the next one belong to it */
    history_comment_char = '#';      /* readline stamps entries "#<time>" only with it set */
    history_write_timestamps = 1;
    history_multiline_entries = 1;
    if (s->history) read_history(s->history);
}

int re_main(int argc, char **argv)
{
    re_state st;
    memset(&st, 0, sizeof st);
    re_state *s = &st;
    s->as_of = (int32_t)(time(NULL) / 86400);
    s->rows = ROW_LIMIT;
    int rc = parse_args(s, argc, argv);
    if (rc >= 0) goto done;
    s->tty = isatty(STDIN_FILENO) != 0;
    const char *term = getenv("TERM");
    s->color = s->tty && isatty(STDOUT_FILENO) && !getenv("NO_COLOR") && !(term && !strcmp(term, "dumb"));
    session = s;

    s->u = compile(s, NULL);
    if (!s->u) {
        /* the session still starts, on the standard schema alone */
        s->failed = true;
        fail(s, "the policies did not compile; starting without them (fix them and :reload)");
        int n = s->npaths;
        s->npaths = 0;
        s->u = compile(s, NULL);
        s->npaths = n;
        if (!s->u) { rc = EXIT_POLICY; goto done; }
    }
    bool background = false;
    if (s->tty) {
        rl_readline_name = "cadre";
        rl_attempted_completion_function = complete;
        rl_basic_word_break_characters = " \t\n\"'(){}[],=<>+-*/!?;|&";
        rl_catch_signals = 0;           /* SIGINT is ours: it abandons input */
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_sigint;      /* no SA_RESTART: select returns at once */
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, NULL);
        history_setup(s);
        background = load_start(s);
        if (!background && !load_data(s)) s->failed = true;
        /* a load that ends soon is shown as one: the banner counts its rows */
        for (int i = 0; i < 10 && !load_ended(s); i++) nanosleep(&(struct timespec){0, 10000000}, NULL);
        if (load_ended(s)) load_wait(s);
        banner(s);
        tty_loop(s);
        /* only a regular file (or a new one) is written: CADRE_HISTORY=/dev/null
         * must stay a device, not become a file renamed over it */
        struct stat sb;
        if (s->history && (stat(s->history, &sb) != 0 ? errno == ENOENT : S_ISREG(sb.st_mode))) {
            write_history(s->history);
            history_truncate_file(s->history, 1000);
        }
        clear_history();
        signal(SIGINT, SIG_DFL);
    } else {
        if (!load_data(s)) s->failed = true;
        pipe_loop(s);
    }
    rc = s->failed ? EXIT_POLICY : EXIT_PASS;

done:
    unload_data(s);
    sc_free(&s->data_schema);
    unit_free(s->u);
    free(s->last_query);
    for (uint32_t i = 0; i < s->ndefs; i++) defn_free(&s->defs[i]);
    free(s->defs);
    for (int i = 0; i < s->npaths; i++) free(s->paths[i]);
    free(s->paths);
    free(s->pending);
    clear_cands(s);
    free(s->cands);
    free(s->history);
    session = NULL;
    return rc;
}
