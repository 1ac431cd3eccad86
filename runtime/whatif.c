/* whatif.c — the REPL's what-if edits of a loaded store, and their undo log.
 * Owns: the edit log (every primitive cell change with its old and new
 * value, so undo and replay are exact), text-to-cell conversion for :set
 * (the loader's rules, repeated here because store.c keeps them static), the
 * `deleted` bitmaps, keeping the built reverse-link CSR indexes in step
 * with each change, and :diff's reach (the rows an edit can give another
 * verdict, from the bytecode's references and links).
 * Does not own: the store's memory layout or loading (store.c), commands,
 * or judging (vm.c). */
#include "whatif.h"
#include "date.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* One cell's contents, whatever its type: text in s, every other kind in i.
 * col == -1 stands for the row's `deleted` flag. */
typedef struct { int64_t i; const char *s; } cellval;

typedef struct {
    uint32_t table;
    int32_t col;               /* schema column, or -1: the deleted flag */
    int32_t row;
    cellval before, after;
} change;

typedef struct {
    char *what;                /* the command, as the REPL shows it */
    change *ch;
    uint32_t n, cap;
} edit;

struct wi_log {
    st_store *st;
    edit *edits;
    uint32_t n, cap;
    uint32_t *ndeleted;        /* per table: rows now dropped (bitmap freed at 0) */
    int32_t *was;              /* per link: a row's target before put_cell's change */
};

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) { fputs("cadre: out of memory\n", stderr); abort(); }
    return p;
}

wi_log *wi_new(st_store *st)
{
    wi_log *w = calloc(1, sizeof *w);
    if (!w) abort();
    w->st = st;
    w->ndeleted = calloc(st->schema->ntables ? st->schema->ntables : 1, sizeof *w->ndeleted);
    uint32_t nl = st->schema->nlinks ? st->schema->nlinks : 1;
    w->was = calloc(nl, sizeof *w->was);
    if (!w->ndeleted || !w->was) abort();
    return w;
}

void wi_free(wi_log *w)
{
    if (!w) return;
    for (uint32_t i = 0; i < w->n; i++) { free(w->edits[i].what); free(w->edits[i].ch); }
    free(w->edits);
    for (uint32_t t = 0; t < w->st->schema->ntables; t++) {
        free(w->st->tables[t].deleted);
        w->st->tables[t].deleted = NULL;
    }
    free(w->ndeleted);
    free(w->was);
    free(w);
}

uint32_t wi_count(const wi_log *w) { return w->n; }

bool wi_touched(const wi_log *w, uint32_t table, int32_t col)
{
    for (uint32_t i = 0; i < w->n; i++)
        for (uint32_t k = 0; k < w->edits[i].n; k++)
            if (w->edits[i].ch[k].table == table && w->edits[i].ch[k].col == col) return true;
    return false;
}
const char *wi_describe(const wi_log *w, uint32_t i) { return i < w->n ? w->edits[i].what : NULL; }

int32_t wi_find(const st_store *st, uint32_t table, const char *key)
{
    const sc_table *tb = &st->schema->tables[table];
    if (tb->key_col < 0 || tb->cols[tb->key_col].type != SC_TEXT) return -1;
    const st_table *t = &st->tables[table];
    const char **keys = t->cols[tb->key_col].text;
    for (uint32_t r = 0; r < t->nrows; r++)
        if (keys[r] && strcmp(keys[r], key) == 0 && !(t->deleted && t->deleted[r])) return (int32_t)r;
    return -1;
}

/* ---- cells ---------------------------------------------------------------- */

static cellval get_cell(const st_store *st, uint32_t t, int32_t row, int32_t col)
{
    const st_table *tab = &st->tables[t];
    cellval v = {0, NULL};
    if (col < 0) { v.i = tab->deleted ? tab->deleted[row] : 0; return v; }
    const st_column *c = &tab->cols[col];
    switch ((sc_type)st->schema->tables[t].cols[col].type) {
    case SC_TEXT: v.s = c->text[row]; break;
    case SC_INT: case SC_DECIMAL: v.i = c->i64[row]; break;
    case SC_DATE: case SC_REF: v.i = c->i32[row]; break;
    case SC_BOOL: v.i = c->b[row]; break;
    case SC_ROLE: v.i = c->role[row]; break;
    }
    return v;
}

static void write_cell(wi_log *w, uint32_t t, int32_t row, int32_t col, cellval v)
{
    st_table *tab = &w->st->tables[t];
    if (col < 0) {
        bool was = tab->deleted && tab->deleted[row];
        if (was == (v.i != 0)) return;
        if (v.i) {
            if (!tab->deleted) {
                tab->deleted = calloc(tab->nrows ? tab->nrows : 1, 1);
                if (!tab->deleted) abort();
            }
            tab->deleted[row] = 1;
            w->ndeleted[t]++;
        } else {
            tab->deleted[row] = 0;
            /* with no row dropped the table reads exactly as loaded again,
             * down to the VM's whole-table fast path */
            if (--w->ndeleted[t] == 0) { free(tab->deleted); tab->deleted = NULL; }
        }
        return;
    }
    st_column *c = &tab->cols[col];
    switch ((sc_type)w->st->schema->tables[t].cols[col].type) {
    case SC_TEXT: c->text[row] = v.s; break;
    case SC_INT: case SC_DECIMAL: c->i64[row] = v.i; break;
    case SC_DATE: case SC_REF: c->i32[row] = (int32_t)v.i; break;
    case SC_BOOL: c->b[row] = (int8_t)v.i; break;
    case SC_ROLE: c->role[row] = (uint8_t)v.i; break;
    }
}

/* ---- reverse links -------------------------------------------------------- */

/* An edit keeps every reverse-link index already built exactly as
 * st_rebuild_link would build it from the edited data (rows naming a target
 * in ascending order, dropped rows left out), by moving the one row it
 * changes: a memmove, where a rebuild reads the whole table (milliseconds at
 * england scale, for each edit, :undo and both halves of a :diff). Links not
 * built yet are built from the data as it is when first used. */

/* The row of lk->on that from-row row appears under, -1 for none. */
static int32_t target_of(const st_store *st, const sc_link *lk, int32_t row)
{
    const sc_schema *sc = st->schema;
    if (lk->from_table >= sc->ntables || lk->on >= sc->ntables) return -1;
    const sc_table *ft = &sc->tables[lk->from_table];
    if (lk->from_column >= ft->ncols || ft->cols[lk->from_column].type != SC_REF ||
        ft->cols[lk->from_column].ref_table != (int32_t)lk->on)
        return -1;
    const st_table *tab = &st->tables[lk->from_table];
    int32_t r = tab->cols[lk->from_column].i32[row];
    if (r < 0 || (uint32_t)r >= st->tables[lk->on].nrows || (tab->deleted && tab->deleted[row])) return -1;
    return r;
}

/* Where row belongs among rows[lo, hi) (ascending). */
static uint32_t slot(const int32_t *rows, uint32_t lo, uint32_t hi, int32_t row)
{
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (rows[mid] < row) lo = mid + 1; else hi = mid;
    }
    return lo;
}

static void link_move(wi_log *w, uint32_t l, int32_t row, int32_t from, int32_t to)
{
    if (from == to) return;
    st_link *sl = &w->st->links[l];
    uint32_t n = w->st->tables[w->st->schema->links[l].on].nrows, total = sl->offsets[n];
    if (from >= 0) {
        uint32_t i = slot(sl->rows, sl->offsets[from], sl->offsets[from + 1], row);
        if (i < sl->offsets[from + 1] && sl->rows[i] == row) {
            memmove(sl->rows + i, sl->rows + i + 1, (total - i - 1) * sizeof *sl->rows);
            for (uint32_t k = (uint32_t)from + 1; k <= n; k++) sl->offsets[k]--;
            total--;
        }
    }
    if (to >= 0) {
        /* the array may be exactly full (as built); the same size again
         * costs realloc nothing */
        sl->rows = xrealloc(sl->rows, ((size_t)total + 1) * sizeof *sl->rows);
        uint32_t i = slot(sl->rows, sl->offsets[to], sl->offsets[to + 1], row);
        memmove(sl->rows + i + 1, sl->rows + i, (total - i) * sizeof *sl->rows);
        sl->rows[i] = row;
        for (uint32_t k = (uint32_t)to + 1; k <= n; k++) sl->offsets[k]++;
    }
}

/* Writes a cell (col -1: the deleted flag) and moves the row in the built
 * links that read it. */
static void put_cell(wi_log *w, uint32_t t, int32_t row, int32_t col, cellval v)
{
    const sc_schema *sc = w->st->schema;
    for (uint32_t l = 0; l < sc->nlinks; l++)
        if (w->st->links[l].offsets && sc->links[l].from_table == t && (col < 0 || sc->links[l].from_column == (uint32_t)col))
            w->was[l] = target_of(w->st, &sc->links[l], row);
    write_cell(w, t, row, col, v);
    for (uint32_t l = 0; l < sc->nlinks; l++)
        if (w->st->links[l].offsets && sc->links[l].from_table == t && (col < 0 || sc->links[l].from_column == (uint32_t)col))
            link_move(w, l, row, w->was[l], target_of(w->st, &sc->links[l], row));
}

/* ---- the log -------------------------------------------------------------- */

static edit *begin(wi_log *w, const char *what)
{
    if (w->n == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 8;
        w->edits = xrealloc(w->edits, w->cap * sizeof *w->edits);
    }
    edit *e = &w->edits[w->n++];
    memset(e, 0, sizeof *e);
    e->what = strdup(what ? what : "");
    if (!e->what) abort();
    return e;
}

/* Records a change and applies it. */
static void apply(wi_log *w, edit *e, uint32_t t, int32_t row, int32_t col, cellval after)
{
    if (e->n == e->cap) {
        e->cap = e->cap ? e->cap * 2 : 4;
        e->ch = xrealloc(e->ch, e->cap * sizeof *e->ch);
    }
    e->ch[e->n++] = (change){ t, col, row, get_cell(w->st, t, row, col), after };
    put_cell(w, t, row, col, after);
}

/* ---- conversion from text, as the loader does it -------------------------- */

/* The cell value text stands for; false with a message when it does not fit. */
static bool convert(wi_log *w, uint32_t t, uint32_t col, const char *text, cellval *out, char *err, size_t cap)
{
    const sc_schema *sc = w->st->schema;
    const sc_column *c = &sc->tables[t].cols[col];
    *out = (cellval){0, NULL};
    if (!text || !*text) {
        if (!c->optional) { snprintf(err, cap, "%s.%s is required: it cannot be missing", sc->tables[t].name, c->name); return false; }
        switch ((sc_type)c->type) {
        case SC_TEXT: break;
        case SC_INT: case SC_DECIMAL: out->i = ST_INT_MISSING; break;
        case SC_DATE: out->i = DT_MISSING; break;
        case SC_BOOL: out->i = -1; break;
        case SC_ROLE: out->i = 0xFF; break;
        case SC_REF: out->i = -1; break;
        }
        return true;
    }
    int32_t d;
    switch ((sc_type)c->type) {
    case SC_TEXT:
        if (c->ncodes && sc_find_code(c, text, strlen(text)) < 0) {
            const char *near = sc_closest_code(c, text);
            snprintf(err, cap, "'%s' is not a code of %s.%s%s%s%s", text, sc->tables[t].name, c->name,
                     near ? " (did you mean '" : "", near ? near : "", near ? "'?)" : "");
            return false;
        }
        out->s = st_intern_text(w->st, text, strlen(text));
        return true;
    case SC_INT:
        if (st_parse_int(text, (uint32_t)strlen(text), &out->i) == 1 && out->i != ST_INT_MISSING) return true;
        snprintf(err, cap, "bad integer '%s' for %s", text, c->name);
        return false;
    case SC_DECIMAL:
        if (st_parse_decimal(text, (uint32_t)strlen(text), &out->i) == 1) return true;
        snprintf(err, cap, "bad number '%s' for %s (digits, at most 6 decimal places)", text, c->name);
        return false;
    case SC_DATE:
        if (dt_parse(text, strlen(text), &d)) { out->i = d; return true; }
        snprintf(err, cap, "bad date '%s' for %s (expected YYYY-MM-DD)", text, c->name);
        return false;
    case SC_BOOL:
        out->i = st_parse_bool(text, (uint32_t)strlen(text));
        if (out->i >= 0) return true;
        snprintf(err, cap, "bad boolean '%s' for %s (expected true/false, yes/no or 1/0)", text, c->name);
        return false;
    case SC_ROLE:
        for (uint32_t k = 0; k < sc->nroles && k < VL_MAX_ROLES; k++)
            if (strcmp(sc->roles[k], text) == 0) { out->i = k; return true; }
        {
            const char *near = dg_closest(text, (const char *const *)sc->roles, sc->nroles);
            snprintf(err, cap, "unknown role code '%s'%s%s%s", text, near ? " (did you mean '" : "", near ? near : "", near ? "'?)" : "");
        }
        return false;
    case SC_REF: {
        int32_t r = wi_find(w->st, (uint32_t)c->ref_table, text);
        if (r >= 0) { out->i = r; return true; }
        snprintf(err, cap, "%s.%s '%s' refers to no row of %s", sc->tables[t].name, c->name, text,
                 sc->tables[c->ref_table].name);
        return false;
    }
    }
    return false;
}

bool wi_set(wi_log *w, uint32_t table, int32_t row, uint32_t col, const char *text,
            const char *what, char *err, size_t errcap)
{
    const sc_table *tb = &w->st->schema->tables[table];
    if ((int32_t)col == tb->key_col) {
        snprintf(err, errcap, "%s.%s is the key: references resolve against it, so it cannot be changed (:drop the row instead)",
                 tb->name, tb->cols[col].name);
        return false;
    }
    cellval v;
    if (!convert(w, table, col, text, &v, err, errcap)) return false;
    edit *e = begin(w, what);
    apply(w, e, table, row, (int32_t)col, v);
    return true;
}

bool wi_drop(wi_log *w, uint32_t table, int32_t row, const char *what, uint32_t *nrefs,
             char *err, size_t errcap)
{
    const st_table *tab = &w->st->tables[table];
    if (row < 0 || (uint32_t)row >= tab->nrows || (tab->deleted && tab->deleted[row])) {
        snprintf(err, errcap, "no such row");
        return false;
    }
    edit *e = begin(w, what);
    apply(w, e, table, row, -1, (cellval){1, NULL});
    uint32_t cut = 0;
    const sc_schema *sc = w->st->schema;
    for (uint32_t t = 0; t < sc->ntables; t++)
        for (uint32_t c = 0; c < sc->tables[t].ncols; c++) {
            if (sc->tables[t].cols[c].type != SC_REF || sc->tables[t].cols[c].ref_table != (int32_t)table) continue;
            const int32_t *refs = w->st->tables[t].cols[c].i32;
            for (uint32_t r = 0; r < w->st->tables[t].nrows; r++)
                if (refs[r] == row) { apply(w, e, t, (int32_t)r, (int32_t)c, (cellval){-1, NULL}); cut++; }
        }
    if (nrefs) *nrefs = cut;
    return true;
}

static void unapply(wi_log *w, const edit *e)
{
    for (uint32_t i = e->n; i-- > 0;) put_cell(w, e->ch[i].table, e->ch[i].row, e->ch[i].col, e->ch[i].before);
}

static void reapply(wi_log *w, const edit *e)
{
    for (uint32_t i = 0; i < e->n; i++) put_cell(w, e->ch[i].table, e->ch[i].row, e->ch[i].col, e->ch[i].after);
}

bool wi_undo(wi_log *w, char *buf, size_t cap)
{
    if (w->n == 0) return false;
    edit *e = &w->edits[w->n - 1];
    unapply(w, e);
    snprintf(buf, cap, "%s", e->what);
    free(e->what);
    free(e->ch);
    w->n--;
    return true;
}

void wi_rewind(wi_log *w)
{
    for (uint32_t i = w->n; i-- > 0;) unapply(w, &w->edits[i]);
}

void wi_replay(wi_log *w)
{
    for (uint32_t i = 0; i < w->n; i++) reapply(w, &w->edits[i]);
}

/* ---- :diff's reach: the rows an edit can give another verdict ------------ */

/* A rule judging row x reads the rows it can navigate to from x: a FIELD of
 * a reference column goes from a row to the row it names, a LINK from a row
 * to the rows naming it, and evidence prints a keyless row by the row its
 * first reference names (vm.c's row labels). Every access is one of those
 * (bc_rule_access), apart from TABLE, which reads a whole table. So x can
 * judge differently only if an edited row is reachable from x in the data as
 * loaded or as edited. Walking the rule's edges backwards from the edited
 * rows finds every such x, taking the union of both states: a row whose
 * reference differs between them is itself edited, so it is a starting
 * point, and the other rows' references are the same in both. Over-reaching
 * (following an edge type the rule uses in another place of its path) only
 * re-judges more rows. */

typedef struct { uint32_t from, col, to; } ref_edge;     /* from.col names a row of to */
typedef struct { uint32_t *off; int32_t *rows; bool built; } rev_index;

struct wi_reach {
    const wi_log *w;
    const bc_program *p;
    const change **chg;        /* every cell change of the log, by table, row, column */
    uint32_t nchg;
    rev_index **rev;           /* [table][col]: rows of table naming each row of the target */
    uint8_t **dirty;           /* [table]: row reached from an edit, for the rule at hand */
    uint32_t *qt;              /* the rows marked so far, in order: also the work list */
    int32_t *qr;
    uint32_t nq, capq;
    int32_t *out;
    uint32_t nout;
};

static int cmp_change(const void *x, const void *y)
{
    const change *a = *(const change *const *)x, *b = *(const change *const *)y;
    if (a->table != b->table) return a->table < b->table ? -1 : 1;
    if (a->row != b->row) return a->row < b->row ? -1 : 1;
    return (a->col > b->col) - (a->col < b->col);
}

wi_reach *wi_reach_new(const wi_log *w, const bc_program *p)
{
    wi_reach *r = calloc(1, sizeof *r);
    if (!r) abort();
    r->w = w;
    r->p = p;
    for (uint32_t i = 0; i < w->n; i++) r->nchg += w->edits[i].n;
    r->chg = xrealloc(NULL, (r->nchg + 1) * sizeof *r->chg);
    uint32_t k = 0;
    for (uint32_t i = 0; i < w->n; i++)
        for (uint32_t j = 0; j < w->edits[i].n; j++) r->chg[k++] = &w->edits[i].ch[j];
    qsort(r->chg, r->nchg, sizeof *r->chg, cmp_change);
    uint32_t nt = w->st->schema->ntables;
    r->rev = calloc(nt ? nt : 1, sizeof *r->rev);
    r->dirty = calloc(nt ? nt : 1, sizeof *r->dirty);
    if (!r->rev || !r->dirty) abort();
    return r;
}

void wi_reach_free(wi_reach *r)
{
    if (!r) return;
    const sc_schema *sc = r->w->st->schema;
    for (uint32_t t = 0; t < sc->ntables; t++) {
        if (r->rev[t])
            for (uint32_t c = 0; c < sc->tables[t].ncols; c++) { free(r->rev[t][c].off); free(r->rev[t][c].rows); }
        free(r->rev[t]);
        free(r->dirty[t]);
    }
    free(r->rev);
    free(r->dirty);
    free(r->chg);
    free(r->qt);
    free(r->qr);
    free(r->out);
    free(r);
}

/* The rows of e.from whose e.col names each row of e.to, as the data is now
 * (rows whose reference an edit changed are starting points anyway). */
static const rev_index *rev_of(wi_reach *r, const ref_edge *e)
{
    const st_store *st = r->w->st;
    if (!r->rev[e->from]) {
        r->rev[e->from] = calloc(st->schema->tables[e->from].ncols, sizeof **r->rev);
        if (!r->rev[e->from]) abort();
    }
    rev_index *x = &r->rev[e->from][e->col];
    if (x->built) return x;
    uint32_t nfrom = st->tables[e->from].nrows, nto = st->tables[e->to].nrows;
    const int32_t *refs = st->tables[e->from].cols[e->col].i32;
    x->off = calloc((size_t)nto + 2, sizeof *x->off);
    if (!x->off) abort();
    for (uint32_t a = 0; a < nfrom; a++)
        if (refs[a] >= 0 && (uint32_t)refs[a] < nto) x->off[refs[a] + 2]++;
    for (uint32_t b = 0; b < nto; b++) x->off[b + 2] += x->off[b + 1];
    x->rows = xrealloc(NULL, ((size_t)x->off[nto + 1] + 1) * sizeof *x->rows);
    for (uint32_t a = 0; a < nfrom; a++)
        if (refs[a] >= 0 && (uint32_t)refs[a] < nto) x->rows[x->off[refs[a] + 1]++] = (int32_t)a;
    x->built = true;     /* off[b] .. off[b + 1] now holds b's rows */
    return x;
}

static void mark(wi_reach *r, uint32_t t, int32_t row)
{
    const st_store *st = r->w->st;
    if (row < 0 || (uint32_t)row >= st->tables[t].nrows) return;
    if (!r->dirty[t]) {
        r->dirty[t] = calloc(st->tables[t].nrows ? st->tables[t].nrows : 1, 1);
        if (!r->dirty[t]) abort();
    }
    if (r->dirty[t][row]) return;
    r->dirty[t][row] = 1;
    if (r->nq == r->capq) {
        r->capq = r->capq ? r->capq * 2 : 64;
        r->qt = xrealloc(r->qt, r->capq * sizeof *r->qt);
        r->qr = xrealloc(r->qr, r->capq * sizeof *r->qr);
    }
    r->qt[r->nq] = t;
    r->qr[r->nq++] = row;
}

/* What one rule's code reads, gathered from bc_rule_access. */
typedef struct {
    const bc_program *p;
    uint32_t entry;            /* pc of the `for each` TABLE */
    ref_edge *refs;
    uint32_t nrefs, caprefs;
    uint32_t *links;
    uint32_t nlinks, caplinks;
    uint32_t *tables;          /* read whole (TABLE other than the `for each`) */
    uint32_t ntables, captables;
    bool elsewhere;
} access;

static void add_ref(access *a, uint32_t from, uint32_t col, uint32_t to)
{
    for (uint32_t i = 0; i < a->nrefs; i++)
        if (a->refs[i].from == from && a->refs[i].col == col) return;
    if (a->nrefs == a->caprefs) {
        a->caprefs = a->caprefs ? a->caprefs * 2 : 8;
        a->refs = xrealloc(a->refs, a->caprefs * sizeof *a->refs);
    }
    a->refs[a->nrefs++] = (ref_edge){ from, col, to };
}

static void add_u32(uint32_t **v, uint32_t *n, uint32_t *cap, uint32_t x)
{
    for (uint32_t i = 0; i < *n; i++) if ((*v)[i] == x) return;
    if (*n == *cap) { *cap = *cap ? *cap * 2 : 8; *v = xrealloc(*v, *cap * sizeof **v); }
    (*v)[(*n)++] = x;
}

static bool gather(void *ctx, bc_access kind, uint32_t pc, uint32_t x, uint32_t y)
{
    access *a = ctx;
    const sc_schema *sc = &a->p->schema;
    switch (kind) {
    case BC_ACCESS_ELSEWHERE: a->elsewhere = true; return true;
    case BC_ACCESS_TABLE: if (pc != a->entry) add_u32(&a->tables, &a->ntables, &a->captables, x); break;
    case BC_ACCESS_LINK: add_u32(&a->links, &a->nlinks, &a->caplinks, x); break;
    case BC_ACCESS_FIELD:
        if (x < sc->ntables && y < sc->tables[x].ncols && sc->tables[x].cols[y].type == SC_REF &&
            sc->tables[x].cols[y].ref_table >= 0 && (uint32_t)sc->tables[x].cols[y].ref_table < sc->ntables)
            add_ref(a, x, y, (uint32_t)sc->tables[x].cols[y].ref_table);
        break;
    }
    return false;
}

static bool any_dirty(const wi_reach *r, uint32_t t)
{
    for (uint32_t i = 0; i < r->nq; i++) if (r->qt[i] == t) return true;
    return false;
}

static int cmp_row(const void *x, const void *y)
{
    int32_t a = *(const int32_t *)x, b = *(const int32_t *)y;
    return (a > b) - (a < b);
}

static uint32_t u32_at(const bc_program *p, uint32_t pc) /* an operand, as bytecode.h encodes it */
{
    return (uint32_t)p->code[pc] | (uint32_t)p->code[pc + 1] << 8 | (uint32_t)p->code[pc + 2] << 16 |
           (uint32_t)p->code[pc + 3] << 24;
}

/* The pc of the TABLE instruction of rule's `for each`, or UINT32_MAX: the
 * compiler's loop head TABLE t; ITER l; MARK; NEXT l; ENTITY l+2 (code
 * hoisted out of the loop may come first, and loops of its own). */
static uint32_t foreach_pc(const bc_program *p, uint32_t rule)
{
    const bc_rule *rl = &p->rules[rule];
    for (uint32_t pc = rl->entry; pc < p->ncode && p->code[pc] != BC_RET; pc += bc_insn_len(p->code[pc])) {
        if (p->code[pc] != BC_TABLE || pc + 25 > p->ncode) continue;
        uint32_t l = u32_at(p, pc + 6);
        if (u32_at(p, pc + 1) == (uint32_t)rl->table && p->code[pc + 5] == BC_ITER && p->code[pc + 10] == BC_MARK &&
            p->code[pc + 11] == BC_NEXT && u32_at(p, pc + 12) == l && p->code[pc + 20] == BC_ENTITY &&
            u32_at(p, pc + 21) == l + 2)
            return pc;
    }
    return UINT32_MAX;
}

bool wi_reach_rows(wi_reach *r, uint32_t rule, uint32_t *pc, const int32_t **rows, uint32_t *n)
{
    const bc_program *p = r->p;
    const st_store *st = r->w->st;
    const sc_schema *sc = st->schema;
    const bc_rule *rl = &p->rules[rule];
    if (rl->table < 0 || (uint32_t)rl->table >= sc->ntables) return false;
    uint32_t e = foreach_pc(p, rule);
    if (e == UINT32_MAX) return false;
    access a = { .p = p, .entry = e };
    bc_rule_access(p, rule, gather, &a);
    bool narrowed = !a.elsewhere;
    /* a keyless row is told by the row its first reference names */
    for (uint32_t t = 0; t < sc->ntables && narrowed; t++) {
        if (sc->tables[t].key_col >= 0) continue;
        for (uint32_t c = 0; c < sc->tables[t].ncols; c++)
            if (sc->tables[t].cols[c].type == SC_REF) {
                if (sc->tables[t].cols[c].ref_table >= 0 && (uint32_t)sc->tables[t].cols[c].ref_table < sc->ntables)
                    add_ref(&a, t, c, (uint32_t)sc->tables[t].cols[c].ref_table);
                break;
            }
    }
    r->nq = 0;
    if (narrowed) {
        for (uint32_t i = 0; i < r->nchg; i++) mark(r, r->chg[i]->table, r->chg[i]->row);
        for (uint32_t q = 0; q < r->nq; q++) {
            uint32_t t = r->qt[q];
            int32_t row = r->qr[q];
            /* readers of this row through a reference to it */
            for (uint32_t i = 0; i < a.nrefs; i++) {
                if (a.refs[i].to != t) continue;
                const rev_index *x = rev_of(r, &a.refs[i]);
                for (uint32_t k = x->off[row]; k < x->off[row + 1]; k++) mark(r, a.refs[i].from, x->rows[k]);
            }
            /* readers of this row through a link: the row it names, now and
             * in any state the log recorded */
            for (uint32_t i = 0; i < a.nlinks; i++) {
                const sc_link *lk = &sc->links[a.links[i]];
                if (lk->from_table != t || lk->on >= sc->ntables || lk->from_column >= sc->tables[t].ncols ||
                    sc->tables[t].cols[lk->from_column].type != SC_REF)
                    continue;
                mark(r, lk->on, st->tables[t].cols[lk->from_column].i32[row]);
                const change key = { t, (int32_t)lk->from_column, row, {0, NULL}, {0, NULL} }, *kp = &key;
                const change **c = bsearch(&kp, r->chg, r->nchg, sizeof *r->chg, cmp_change);
                while (c && c > r->chg && cmp_change(c - 1, &kp) == 0) c--;
                for (; c && c < r->chg + r->nchg && cmp_change(c, &kp) == 0; c++) {
                    mark(r, lk->on, (int32_t)(*c)->before.i);
                    mark(r, lk->on, (int32_t)(*c)->after.i);
                }
            }
        }
        /* a whole table read by every row: reaching any of it reaches all */
        for (uint32_t i = 0; i < a.ntables && narrowed; i++) narrowed = !any_dirty(r, a.tables[i]);
    }
    if (narrowed) {
        r->nout = 0;
        r->out = xrealloc(r->out, (r->nq + 1) * sizeof *r->out);
        for (uint32_t q = 0; q < r->nq; q++)
            if (r->qt[q] == (uint32_t)rl->table) r->out[r->nout++] = r->qr[q];
        qsort(r->out, r->nout, sizeof *r->out, cmp_row);
        *pc = e;
        *rows = r->out;
        *n = r->nout;
    }
    for (uint32_t q = 0; q < r->nq; q++) r->dirty[r->qt[q]][r->qr[q]] = 0;
    r->nq = 0;
    free(a.refs);
    free(a.links);
    free(a.tables);
    return narrowed;
}
