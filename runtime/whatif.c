/* whatif.c — the REPL's what-if edits of a loaded store, and their undo log.
 * Owns: the edit log (every primitive cell change with its old and new
 * value, so undo and replay are exact), text-to-cell conversion for :set
 * (the loader's rules, repeated here because store.c keeps them static), the
 * `deleted` bitmaps, and rebuilding the reverse-link CSR indexes.
 * Does not own: the store's memory layout or loading (store.c), commands. */
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
    if (!w->ndeleted) abort();
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

static void put_cell(wi_log *w, uint32_t t, int32_t row, int32_t col, cellval v)
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

/* True when link lk reads a changed column, or a table whose deleted flag
 * changed (on either end). */
static bool touches(const sc_link *lk, const change *ch, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        if (ch[i].col < 0 ? ch[i].table == lk->from_table || ch[i].table == lk->on
                          : ch[i].table == lk->from_table && (uint32_t)ch[i].col == lk->from_column)
            return true;
    }
    return false;
}

/* Rebuilds, once each, the links that edits [from, to) touch. */
static void relink(wi_log *w, uint32_t from, uint32_t to)
{
    const sc_schema *sc = w->st->schema;
    for (uint32_t l = 0; l < sc->nlinks; l++) {
        bool touched = false;
        for (uint32_t i = from; i < to && !touched; i++) touched = touches(&sc->links[l], w->edits[i].ch, w->edits[i].n);
        if (touched && w->st->links[l].offsets) st_rebuild_link(w->st, l); /* one not built yet will be built as edited */
    }
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
    relink(w, w->n - 1, w->n);
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
    relink(w, w->n - 1, w->n);
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
    relink(w, w->n - 1, w->n);
    snprintf(buf, cap, "%s", e->what);
    free(e->what);
    free(e->ch);
    w->n--;
    return true;
}

void wi_rewind(wi_log *w)
{
    for (uint32_t i = w->n; i-- > 0;) unapply(w, &w->edits[i]);
    relink(w, 0, w->n);
}

void wi_replay(wi_log *w)
{
    for (uint32_t i = 0; i < w->n; i++) reapply(w, &w->edits[i]);
    relink(w, 0, w->n);
}
