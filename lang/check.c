/* check.c — resolves names and types against the schema before any data.
 * Owns: building sc_schema from `roles` and `table` declarations, the name
 * scopes (for-each variables, the element of a `where`, lets, role codes,
 * tables), typing of every expression, and the diagnostics for all of it.
 * Does not own: lowering of caseload/pod blocks (desugar.c) or code (compile.c).
 * A wrong program gets every error reported in one run, each with a hint when
 * something close to what was written exists. */
#include "check.h"
#include "desugar.h"
#include "../runtime/bytecode.h"
#include "../runtime/date.h"
#include <stdlib.h>
#include <string.h>

static void *xrealloc(void *p, size_t n) { void *q = realloc(p, n ? n : 1); if (!q) abort(); return q; }
static char *xstrdup(const char *s) { return s ? strdup(s) : NULL; }

void ck_init(ck_env *env, dg_context *dc)
{
    memset(env, 0, sizeof *env);
    env->dc = dc;
}

void ck_free(ck_env *env)
{
    for (uint32_t i = 0; i < env->nfiles; i++) node_free(env->files[i]);
    for (uint32_t i = 0; i < env->nowned; i++) node_free(env->owned[i]);
    free(env->files); free(env->owned); free(env->computed); free(env->lets);
    for (uint32_t i = 0; i < env->ncode_errors; i++) free(env->code_errors[i]);
    free(env->code_errors);
    free(env->rules); free(env->scopes); free(env->policy_name); free(env->overrides);
    sc_free(&env->schema);
    memset(env, 0, sizeof *env);
}

void ck_add_file(ck_env *env, node *file)
{
    env->files = xrealloc(env->files, (env->nfiles + 1) * sizeof *env->files);
    env->files[env->nfiles++] = file;
}

void ck_keep(ck_env *env, node *n)
{
    env->owned = xrealloc(env->owned, (env->nowned + 1) * sizeof *env->owned);
    env->owned[env->nowned++] = n;
}

const char *ty_name(const ck_env *env, int t, char *buf, size_t cap)
{
    static const char *const names[] = {
        "an erroneous value", "missing", "a boolean", "a number", "text", "a date",
        "a duration", "a role", "a role set", "a row", "a collection", "a list",
        "a gap between dates", "a month"
    };
    int k = ty_kind_of(t), tab = ty_table(t);
    const char *tname = tab >= 0 && (uint32_t)tab < env->schema.ntables ? env->schema.tables[tab].name : "?";
    if (k == TY_ROW) snprintf(buf, cap, "a row of %s", tname);
    else if (k == TY_ROWS) snprintf(buf, cap, "a collection of %s", tname);
    else if (k == TY_LIST) {
        static const char *const plural[] = { "errors", "missing values", "booleans", "numbers", "texts", "dates",
            "durations", "roles", "role sets", "rows", "collections", "lists", "gaps", "months" };
        snprintf(buf, cap, "a list of %s", plural[ty_elem(t)]);
    }
    else snprintf(buf, cap, "%s", names[k]);
    return buf;
}

/* A growing list of candidate names for did-you-mean hints and listings. */
typedef struct { const char **v; uint32_t n; } names;

static void add_name(names *ns, const char *s)
{
    ns->v = xrealloc(ns->v, (ns->n + 1) * sizeof *ns->v);
    ns->v[ns->n++] = s;
}

static const char *closest_of(const char *name, names *ns)
{
    const char *best = dg_closest(name, ns->v, ns->n);
    free(ns->v);
    return best;
}

static const char *closest_table(const ck_env *env, const char *name)
{
    names ns = {0};
    for (uint32_t k = 0; k < env->schema.ntables; k++) add_name(&ns, env->schema.tables[k].name);
    return closest_of(name, &ns);
}

static const char *closest_rule(const ck_env *env, const char *name)
{
    names ns = {0};
    for (uint32_t r = 0; r < env->nrules; r++) add_name(&ns, env->rules[r]->text);
    return closest_of(name, &ns);
}

/* ---- schema ---------------------------------------------------------- */

static int32_t find_link(const sc_schema *s, uint32_t table, const char *name)
{
    for (uint32_t i = 0; i < s->nlinks; i++)
        if (s->links[i].on == table && strcmp(s->links[i].name, name) == 0) return (int32_t)i;
    return -1;
}

static int32_t find_computed(const ck_env *env, uint32_t table, const char *name)
{
    for (uint32_t i = 0; i < env->ncomputed; i++)
        if (env->computed[i].table == table && strcmp(env->computed[i].decl->text, name) == 0) return (int32_t)i;
    return -1;
}

static bool field_exists(const ck_env *env, uint32_t table, const char *name)
{
    return sc_find_column(&env->schema.tables[table], name) >= 0 ||
           find_link(&env->schema, table, name) >= 0 || find_computed(env, table, name) >= 0;
}

static const char *const table_names_hint = "a table is declared with: table NAME \"file.csv\" { ... }";

static void add_role(ck_env *env, node *n)
{
    sc_schema *s = &env->schema;
    if (sc_find_role(s, n->text) >= 0) {
        dg_report(env->dc, DG_ERROR, n->span, "E-name", "role code '%s' is declared twice", n->text);
        return;
    }
    if (s->nroles >= VL_MAX_ROLES) {
        dg_report(env->dc, DG_ERROR, n->span, "E-limit", "more than %d role codes", VL_MAX_ROLES);
        return;
    }
    s->roles = xrealloc(s->roles, (s->nroles + 1) * sizeof *s->roles);
    s->roles[s->nroles++] = xstrdup(n->text);
}

static const struct { const char *name; sc_type type; } type_names[] = {
    {"text", SC_TEXT}, {"int", SC_INT}, {"decimal", SC_DECIMAL}, {"date", SC_DATE},
    {"bool", SC_BOOL}, {"role", SC_ROLE},
};

static void declare_table(ck_env *env, node *t)
{
    sc_schema *s = &env->schema;
    if (sc_find_table(s, t->text) >= 0) {
        dg_report(env->dc, DG_ERROR, t->name_span, "E-name", "table '%s' is declared twice", t->text);
        return;
    }
    s->tables = xrealloc(s->tables, (s->ntables + 1) * sizeof *s->tables);
    sc_table *tab = &s->tables[s->ntables];
    memset(tab, 0, sizeof *tab);
    tab->name = xstrdup(t->text);
    if (t->text2) {
        const char *f = t->text2;
        /* the file is looked up inside the data directory, never outside it */
        if (!*f || strchr(f, '/') || strchr(f, '\\') || f[0] == '.')
            dg_hint(dg_report(env->dc, DG_ERROR, t->span, "E-schema", "table %s: '%s' is not a plain file name", t->text, f),
                    "name a file in the data directory, e.g. \"staff.csv\"");
        tab->file = xstrdup(t->text2);
    }
    else {
        tab->file = malloc(strlen(t->text) + 5);
        if (!tab->file) abort();
        sprintf(tab->file, "%s.csv", t->text);
    }
    tab->key_col = tab->name_col = tab->role_col = -1;
    t->sem.table = (int32_t)s->ntables;
    s->ntables++;
}

static bool add_codes(ck_env *env, const sc_table *tab, sc_column *col, const node *codes);

/* Columns are read after every table is declared, so a ref may name a table
 * declared further down. */
static void declare_columns(ck_env *env, node *t)
{
    sc_schema *s = &env->schema;
    if (t->sem.table < 0) return;
    uint32_t ti = (uint32_t)t->sem.table;
    for (uint32_t i = 0; i < t->nkids; i++) {
        node *c = t->kids[i];
        if (!c) continue;
        sc_table *tab = &s->tables[ti];
        if (sc_find_column(tab, c->text) >= 0 || find_computed(env, ti, c->text) >= 0) {
            dg_report(env->dc, DG_ERROR, c->name_span, "E-name", "field '%s' is declared twice in table %s", c->text, tab->name);
            continue;
        }
        if (c->nkids > 0 && c->kids[0]) {   /* computed */
            env->computed = xrealloc(env->computed, (env->ncomputed + 1) * sizeof *env->computed);
            env->computed[env->ncomputed++] = (ck_computed){ .decl = c, .table = ti };
            continue;
        }
        sc_column col = { .name = xstrdup(c->text), .optional = c->flag2, .key = c->flag3, .ref_table = -1 };
        if (c->flag) {
            int32_t rt = sc_find_table(s, c->text2);
            if (rt < 0) {
                dg_diag *d = dg_report(env->dc, DG_ERROR, c->span, "E-name", "unknown table '%s' in reference", c->text2);
                const char *best = closest_table(env, c->text2);
                if (best) dg_hint(d, "did you mean '%s'?", best); else dg_hint(d, "%s", table_names_hint);
                free(col.name);
                continue;
            }
            col.type = SC_REF;
            col.ref_table = rt;
        } else {
            bool found = false;
            for (size_t k = 0; k < sizeof type_names / sizeof *type_names; k++)
                if (strcmp(type_names[k].name, c->text2) == 0) { col.type = (uint8_t)type_names[k].type; found = true; }
            if (!found) {
                dg_diag *d = dg_report(env->dc, DG_ERROR, c->span, "E-type", "unknown column type '%s'", c->text2);
                dg_hint(d, "a stored column is text, int, decimal, date, bool, role or ref TABLE");
                free(col.name);
                continue;
            }
        }
        if (c->nkids > 1 && c->kids[1] && !add_codes(env, tab, &col, c->kids[1])) {
            free(col.name);
            continue;
        }
        if (c->text3 && !c->flag) {
            dg_report(env->dc, DG_ERROR, c->span, "E-schema", "'as %s' names a reverse link, and only a ref column has one", c->text3);
        }
        tab->cols = xrealloc(tab->cols, (tab->ncols + 1) * sizeof *tab->cols);
        tab->cols[tab->ncols] = col;
        if (col.key) {
            if (tab->key_col >= 0)
                dg_report(env->dc, DG_ERROR, c->span, "E-schema", "table %s has two keys", tab->name);
            else tab->key_col = (int32_t)tab->ncols;
        }
        if (strcmp(col.name, "name") == 0 && col.type == SC_TEXT) tab->name_col = (int32_t)tab->ncols;
        if (col.type == SC_ROLE && tab->role_col < 0) tab->role_col = (int32_t)tab->ncols;
        tab->ncols++;
        c->sem.index = (int32_t)tab->ncols - 1;
    }
}

/* Adds the codes of an N_CODES list to col; a code listed twice is an error.
 * False (nothing added) when the column cannot be coded. */
static bool add_codes(ck_env *env, const sc_table *tab, sc_column *col, const node *codes)
{
    if (col->type != SC_TEXT) {
        sc_type ty = (sc_type)col->type;
        dg_diag *d = dg_report(env->dc, DG_ERROR, codes->span, "E-schema", "%s.%s is %s %s column; only a text column has codes",
                               tab->name, col->name, ty == SC_INT ? "an" : "a", ty == SC_REF ? "reference" : sc_type_name(ty));
        if (col->type == SC_ROLE) dg_hint(d, "role codes are declared with: roles { ... }");
        return false;
    }
    for (uint32_t k = 0; k < codes->nkids; k++) {
        const node *s = codes->kids[k];
        if (!s || !s->text) continue;
        if (!*s->text) {
            dg_hint(dg_report(env->dc, DG_ERROR, s->span, "E-schema", "a code cannot be empty"),
                    "an empty cell is a missing value; make the column optional instead");
            continue;
        }
        if (!sc_add_code(col, s->text))
            dg_report(env->dc, DG_ERROR, s->span, "E-name", "code \"%s\" of %s.%s is declared twice", s->text, tab->name, col->name);
    }
    return true;
}

/* table T.C in {"x"}: a council's own codes for a coded column declared
 * elsewhere (the standard schema's pods.kind, say). */
static void declare_codes(ck_env *env, node *n)
{
    sc_schema *s = &env->schema;
    int32_t t = sc_find_table(s, n->text);
    if (t < 0) {
        dg_diag *d = dg_report(env->dc, DG_ERROR, n->name_span, "E-name", "unknown table '%s'", n->text);
        const char *best = closest_table(env, n->text);
        if (best) dg_hint(d, "did you mean '%s'?", best); else dg_hint(d, "%s", table_names_hint);
        return;
    }
    sc_table *tab = &s->tables[t];
    int32_t c = sc_find_column(tab, n->text2);
    if (c < 0) {
        dg_diag *d = dg_report(env->dc, DG_ERROR, n->name_span, "E-name", "table %s has no stored column '%s'", tab->name, n->text2);
        const char *cols[256];
        uint32_t nn = 0;
        for (uint32_t i = 0; i < tab->ncols && nn < 256; i++) cols[nn++] = tab->cols[i].name;
        const char *best = dg_closest(n->text2, cols, nn);
        if (best) dg_hint(d, "did you mean '%s'?", best);
        return;
    }
    sc_column *col = &tab->cols[c];
    if (col->type == SC_TEXT && col->ncodes == 0) {
        dg_hint(dg_report(env->dc, DG_ERROR, n->name_span, "E-schema", "%s.%s takes any text; it has no codes to add to", tab->name, col->name),
                "codes are declared with the column: %s: text in {\"a\", \"b\"}", col->name);
        return;
    }
    add_codes(env, tab, col, n);
}

static void declare_links(ck_env *env, node *t)
{
    sc_schema *s = &env->schema;
    if (t->sem.table < 0) return;
    uint32_t ti = (uint32_t)t->sem.table;
    for (uint32_t i = 0; i < t->nkids; i++) {
        node *c = t->kids[i];
        if (!c || !c->flag) continue;
        int32_t rt = sc_find_table(s, c->text2);
        if (rt >= 0 && s->tables[rt].key_col < 0) {
            dg_diag *d = dg_report(env->dc, DG_ERROR, c->span, "E-schema", "'%s' refers to table %s, which has no key", c->text, s->tables[rt].name);
            dg_hint(d, "declare the column references resolve against: key id: text");
        }
    }
    for (uint32_t i = 0; i < t->nkids; i++) {
        node *c = t->kids[i];
        if (!c || !c->flag || !c->text3) continue;
        int32_t col = sc_find_column(&s->tables[ti], c->text);
        if (col < 0 || s->tables[ti].cols[col].type != SC_REF) continue;
        uint32_t on = (uint32_t)s->tables[ti].cols[col].ref_table;
        if (field_exists(env, on, c->text3)) {
            dg_report(env->dc, DG_ERROR, c->span, "E-name", "table %s already has a field named '%s'", s->tables[on].name, c->text3);
            continue;
        }
        s->links = xrealloc(s->links, (s->nlinks + 1) * sizeof *s->links);
        s->links[s->nlinks++] = (sc_link){ .name = xstrdup(c->text3), .on = on, .from_table = ti, .from_column = (uint32_t)col };
    }
}

/* ---- scopes ---------------------------------------------------------- */

static void push_scope(ck_env *env, const char *name, int type)
{
    if (env->nscopes == env->capscopes) {
        env->capscopes = env->capscopes ? env->capscopes * 2 : 16;
        env->scopes = xrealloc(env->scopes, env->capscopes * sizeof *env->scopes);
    }
    env->scopes[env->nscopes++] = (ck_scope){ name, type };
}

static int check_expr(ck_env *env, node *n);

static int type_of_computed(ck_env *env, uint32_t i)
{
    ck_computed *c = &env->computed[i];
    if (c->state == 2) return c->type;
    if (c->state == 1) {
        dg_report(env->dc, DG_ERROR, c->decl->name_span, "E-cycle", "computed field '%s' depends on itself", c->decl->text);
        c->state = 2; c->type = TY_ERROR;
        return TY_ERROR;
    }
    c->state = 1;
    uint32_t saved_base = env->base, saved_n = env->nscopes;
    env->base = env->nscopes;
    push_scope(env, NULL, ty_make(TY_ROW, 0, (int)c->table));
    int t = check_expr(env, c->decl->kids[0]);
    env->nscopes = saved_n; env->base = saved_base;
    /* the declared type documents the field; it must agree with the expression */
    const char *decl = c->decl->text2;
    int want = -1;
    if (c->decl->flag) {
        int32_t rt = sc_find_table(&env->schema, decl);
        if (rt >= 0) want = ty_make(TY_ROW, 0, rt);
    } else if (!strcmp(decl, "int") || !strcmp(decl, "decimal")) want = TY_NUM;
    else if (!strcmp(decl, "text")) want = TY_TEXT;
    else if (!strcmp(decl, "date")) want = TY_DATE;
    else if (!strcmp(decl, "bool")) want = TY_BOOL;
    else if (!strcmp(decl, "role")) want = TY_ROLE;
    else if (!strcmp(decl, "duration")) want = TY_DUR;
    else {
        int32_t rt = sc_find_table(&env->schema, decl);
        if (rt >= 0) want = ty_make(TY_ROWS, 0, rt);
    }
    if (want < 0) {
        dg_diag *d = dg_report(env->dc, DG_ERROR, c->decl->span, "E-type", "unknown type '%s' for computed field '%s'", decl, c->decl->text);
        dg_hint(d, "use text, int, decimal, date, bool, role, duration, ref TABLE, or a table name for a collection");
    } else if (t != TY_ERROR && t != want && ty_kind_of(t) != TY_MISSING) {
        char a[64], b[64];
        dg_report(env->dc, DG_ERROR, c->decl->kids[0]->span, "E-type", "computed field '%s' is declared %s but its expression gives %s",
                  c->decl->text, ty_name(env, want, a, sizeof a), ty_name(env, t, b, sizeof b));
    }
    c->state = 2;
    c->type = want >= 0 ? want : t;
    return c->type;
}

static int type_of_let(ck_env *env, uint32_t i)
{
    ck_let *l = &env->lets[i];
    if (l->state == 2) return l->type;
    if (l->state == 1) {
        dg_report(env->dc, DG_ERROR, l->decl->name_span, "E-cycle", "let '%s' depends on itself", l->decl->text);
        l->state = 2; l->type = TY_ERROR;
        return TY_ERROR;
    }
    l->state = 1;
    uint32_t saved_base = env->base;
    env->base = env->nscopes;   /* a let sees no for-each variables */
    l->type = check_expr(env, l->decl->kids[0]);
    env->base = saved_base;
    l->state = 2;
    return l->type;
}

static int32_t find_let(const ck_env *env, const char *name)
{
    for (uint32_t i = 0; i < env->nlets; i++)
        if (strcmp(env->lets[i].decl->text, name) == 0) return (int32_t)i;
    return -1;
}

/* Every field of table t, in the order a reader meets them: stored columns,
 * reverse links, computed fields. */
static void add_fields(const ck_env *env, uint32_t t, names *ns)
{
    const sc_table *tab = &env->schema.tables[t];
    for (uint32_t c = 0; c < tab->ncols; c++) add_name(ns, tab->cols[c].name);
    for (uint32_t k = 0; k < env->schema.nlinks; k++) if (env->schema.links[k].on == t) add_name(ns, env->schema.links[k].name);
    for (uint32_t k = 0; k < env->ncomputed; k++) if (env->computed[k].table == t) add_name(ns, env->computed[k].decl->text);
}


/* Candidates for a did-you-mean on an unknown name, in scope order. */
static const char *suggest_name(ck_env *env, const char *name)
{
    names ns = {0};
    for (uint32_t i = env->nscopes; i-- > env->base;) {
        ck_scope *sc = &env->scopes[i];
        if (sc->name) add_name(&ns, sc->name);
        else add_fields(env, (uint32_t)ty_table(sc->type), &ns);
    }
    for (uint32_t i = 0; i < env->nlets; i++) add_name(&ns, env->lets[i].decl->text);
    for (uint32_t i = 0; i < env->schema.nroles; i++) add_name(&ns, env->schema.roles[i]);
    for (uint32_t i = 0; i < env->schema.ntables; i++) add_name(&ns, env->schema.tables[i].name);
    return closest_of(name, &ns);
}

static const char *suggest_field(ck_env *env, uint32_t t, const char *name)
{
    names ns = {0};
    add_fields(env, t, &ns);
    return closest_of(name, &ns);
}

static void list_fields(ck_env *env, uint32_t t, char *buf, size_t cap)
{
    names ns = {0};
    add_fields(env, t, &ns);
    size_t used = 0;
    buf[0] = 0;
    for (uint32_t i = 0; i < ns.n && used + 2 < cap; i++)
        used += (size_t)snprintf(buf + used, cap - used, "%s%s", used ? ", " : "", ns.v[i]);
    free(ns.v);
}

/* ---- expressions ----------------------------------------------------- */

static int set_type(node *n, int t) { n->sem.type = t; return t; }

static void type_error(ck_env *env, node *n, const char *what, int got, const char *hint)
{
    char b[64];
    dg_diag *d = dg_report(env->dc, DG_ERROR, n->span, "E-type", "%s, but this is %s", what, ty_name(env, got, b, sizeof b));
    if (hint) dg_hint(d, "%s", hint);
}

static bool is_err(int t) { return t == TY_ERROR; }
static bool is_missing(int t) { return t == TY_MISSING; }

/* The element type when iterating a collection, as a scalar type. */
static int elem_type(int t)
{
    if (ty_kind_of(t) == TY_ROWS) return ty_make(TY_ROW, 0, ty_table(t));
    if (ty_kind_of(t) == TY_LIST) return ty_elem(t);
    return TY_ERROR;
}

static int list_of(int elem)
{
    if (ty_kind_of(elem) == TY_ROW) return ty_make(TY_ROWS, 0, ty_table(elem));
    return ty_make(TY_LIST, elem & 0xff, -1);
}

/* Turns a bare name that is a field of an enclosing element into it.field. */
static void rewrite_as_field(node *n, uint32_t depth)
{
    node *it = node_new(N_NAME, n->span);
    it->text = strdup("it");
    it->sem.ref = R_VAR;
    it->sem.index = (int32_t)depth;
    n->kind = N_FIELD;
    n->name_span = n->span;
    node_add(n, it);
}

static int check_field(ck_env *env, node *n);

static int check_name(ck_env *env, node *n)
{
    if (n->sem.ref == R_VAR && n->sem.type) return n->sem.type;   /* made by rewrite_as_field */
    /* for-each variables and `it`, innermost first */
    for (uint32_t i = env->nscopes; i-- > env->base;) {
        ck_scope *sc = &env->scopes[i];
        if (sc->name && strcmp(sc->name, n->text) == 0) {
            n->sem.ref = R_VAR; n->sem.index = (int32_t)(i - env->base);
            return set_type(n, sc->type);
        }
        if (!sc->name) {
            if (strcmp(n->text, "it") == 0) {
                n->sem.ref = R_VAR; n->sem.index = (int32_t)(i - env->base);
                return set_type(n, sc->type);
            }
            if (field_exists(env, (uint32_t)ty_table(sc->type), n->text)) {
                rewrite_as_field(n, i - env->base);
                n->kids[0]->sem.type = sc->type;
                return check_field(env, n);
            }
        }
    }
    int32_t l = find_let(env, n->text);
    if (l >= 0) {
        env->lets[l].used = true;
        n->sem.ref = R_LET; n->sem.index = l;
        return set_type(n, type_of_let(env, (uint32_t)l));
    }
    int32_t r = sc_find_role(&env->schema, n->text);
    if (r >= 0) {
        n->sem.ref = R_ROLE; n->sem.index = r;
        return set_type(n, TY_ROLE);
    }
    int32_t t = sc_find_table(&env->schema, n->text);
    if (t >= 0) {
        n->sem.ref = R_TABLE; n->sem.table = t;
        return set_type(n, ty_make(TY_ROWS, 0, t));
    }
    dg_diag *d = dg_report(env->dc, DG_ERROR, n->span, "E-name", "unknown name '%s'", n->text);
    for (uint32_t i = env->nscopes; i-- > env->base;) {
        ck_scope *sc = &env->scopes[i];
        if (sc->name && ty_kind_of(sc->type) == TY_ROW && field_exists(env, (uint32_t)ty_table(sc->type), n->text)) {
            dg_hint(d, "'%s' is a field of %s: write %s.%s", n->text, sc->name, sc->name, n->text);
            return set_type(n, TY_ERROR);
        }
    }
    const char *best = suggest_name(env, n->text);
    if (best) dg_hint(d, "did you mean '%s'?", best);
    else dg_hint(d, "a name is a for-each variable, a field of the row in scope, a let, a role code or a table");
    return set_type(n, TY_ERROR);
}

static int check_field(ck_env *env, node *n)
{
    int ot = check_expr(env, n->kids[0]);
    if (is_err(ot)) return set_type(n, TY_ERROR);
    int k = ty_kind_of(ot);
    if (k != TY_ROW && k != TY_ROWS) {
        char b[64];
        dg_diag *d = dg_report(env->dc, DG_ERROR, n->name_span, "E-type", "'.%s' needs a row or a collection of rows, but the left side is %s",
                               n->text, ty_name(env, ot, b, sizeof b));
        if (is_missing(ot)) dg_hint(d, "'missing' has no fields");
        return set_type(n, TY_ERROR);
    }
    uint32_t t = (uint32_t)ty_table(ot);
    bool mapped = k == TY_ROWS;
    n->sem.table = (int32_t)t;
    sc_table *tab = &env->schema.tables[t];
    int32_t c = sc_find_column(tab, n->text);
    if (c >= 0) {
        sc_column *col = &tab->cols[c];
        n->sem.ref = F_COLUMN; n->sem.index = c;
        int st;
        switch ((sc_type)col->type) {
        case SC_TEXT: st = TY_TEXT; break;
        case SC_INT: case SC_DECIMAL: st = TY_NUM; break;
        case SC_DATE: st = TY_DATE; break;
        case SC_BOOL: st = TY_BOOL; break;
        case SC_ROLE: st = TY_ROLE; break;
        case SC_REF: st = ty_make(TY_ROW, 0, col->ref_table); break;
        default: st = TY_ERROR; break;
        }
        return set_type(n, mapped ? list_of(st) : st);
    }
    int32_t l = find_link(&env->schema, t, n->text);
    if (l >= 0) {
        n->sem.ref = F_LINK; n->sem.index = l;
        return set_type(n, ty_make(TY_ROWS, 0, (int)env->schema.links[l].from_table));
    }
    int32_t cp = find_computed(env, t, n->text);
    if (cp >= 0) {
        n->sem.ref = F_COMPUTED; n->sem.index = cp;
        int st = type_of_computed(env, (uint32_t)cp);
        if (is_err(st)) return set_type(n, TY_ERROR);
        if (mapped && (ty_kind_of(st) == TY_ROWS || ty_kind_of(st) == TY_LIST)) {
            dg_diag *d = dg_report(env->dc, DG_ERROR, n->name_span, "E-type", "'%s' is a collection for each %s row; it cannot be taken over a whole collection", n->text, tab->name);
            dg_hint(d, "iterate explicitly with a rule's 'for each'");
            return set_type(n, TY_ERROR);
        }
        return set_type(n, mapped ? list_of(st) : st);
    }
    char fields[512];
    list_fields(env, t, fields, sizeof fields);
    dg_diag *d = dg_report(env->dc, DG_ERROR, n->name_span, "E-field", "%s has no field '%s'", tab->name, n->text);
    const char *best = suggest_field(env, t, n->text);
    if (best) dg_hint(d, "did you mean '%s'?", best);
    else dg_hint(d, "fields of %s: %s", tab->name, fields);
    return set_type(n, TY_ERROR);
}

static bool comparable(int a, int b)
{
    if (is_missing(a) || is_missing(b)) return true;
    if (a == b) return true;
    return false;
}

static const char *cmp_hint(const ck_env *env, int a, int b)
{
    int ka = ty_kind_of(a), kb = ty_kind_of(b);
    if ((ka == TY_ROLE && kb == TY_TEXT) || (ka == TY_TEXT && kb == TY_ROLE))
        return "role codes are written without quotes: s.role = social_worker";
    if ((ka == TY_ROLE && kb == TY_ROLESET) || (ka == TY_ROLESET && kb == TY_ROLE))
        return "test membership of a role set with 'in': s.role in case_holders";
    if (ka == TY_GAP || kb == TY_GAP)
        return "compare a gap with a duration: gap(...) <= 7 days";
    if ((ka == TY_DATE && kb == TY_NUM) || (ka == TY_NUM && kb == TY_DATE))
        return "compare a date with a date (2025-03-31, as_of - 2 years), or count days with date - date";
    if (ka == TY_ROW && kb == TY_TEXT)
        return "compare the row's key field instead, e.g. s.pod.id = \"P1\"";
    (void)env;
    return NULL;
}

/* ---- codes: a literal compared with a coded column must be one of its codes */

/* The coded column an expression reads directly (x.kind, or x.kind ?? "y"),
 * or NULL. */
static const sc_column *coded_column(const ck_env *env, const node *n, const sc_table **tab)
{
    while (n && n->kind == N_BINARY && n->op == OP_DEFAULT) n = n->kids[0];
    if (!n || n->kind != N_FIELD || n->sem.ref != F_COLUMN || n->sem.table < 0) return NULL;
    const sc_table *t = &env->schema.tables[n->sem.table];
    const sc_column *c = &t->cols[n->sem.index];
    *tab = t;
    return c->ncodes ? c : NULL;
}

/* A literal text that is not a code of the column would never match: an
 * error, not a silent false (Individual for individual). */
static void check_code_at(ck_env *env, const sc_table *tab, const sc_column *col, const char *text, dg_span at)
{
    if (sc_find_code(col, text, strlen(text)) >= 0) return;
    /* once per file: a pod block's kind reappears in each rule it lowers to */
    char key[512];
    snprintf(key, sizeof key, "%u %s.%s %s", at.file, tab->name, col->name, text);
    for (uint32_t i = 0; i < env->ncode_errors; i++)
        if (strcmp(env->code_errors[i], key) == 0) return;
    env->code_errors = xrealloc(env->code_errors, (env->ncode_errors + 1) * sizeof *env->code_errors);
    env->code_errors[env->ncode_errors++] = xstrdup(key);
    dg_diag *d = dg_report(env->dc, DG_ERROR, at, "E-code", "\"%s\" is not a code of %s.%s", text, tab->name, col->name);
    const char *near = sc_closest_code(col, text);
    if (near) { dg_hint(d, "did you mean \"%s\"?", near); return; }
    char list[512];
    size_t used = 0;
    list[0] = '\0';
    for (uint32_t k = 0; k < col->ncodes && used < sizeof list; k++)
        used += (size_t)snprintf(list + used, sizeof list - used, "%s\"%s\"", k ? ", " : "", col->codes[k]);
    dg_hint(d, "the codes are %s; a council adds its own with: table %s.%s in {\"%s\"}", list, tab->name, col->name, text);
}

static void check_code(ck_env *env, const sc_table *tab, const sc_column *col, const node *lit)
{
    if (!lit || lit->kind != N_STR || lit->nkids || !lit->text) return;   /* plain literals only */
    check_code_at(env, tab, col, lit->text, lit->span);
}

/* The pod kinds a pod or supervision block names, checked at the block
 * (its lowered rules would otherwise blame their first line). */
static void check_block_codes(ck_env *env, const node *it)
{
    int32_t t = sc_find_table(&env->schema, "pods");
    int32_t c = t >= 0 ? sc_find_column(&env->schema.tables[t], "kind") : -1;
    if (c < 0 || !env->schema.tables[t].cols[c].ncodes) return;
    const sc_table *tab = &env->schema.tables[t];
    if (it->kind == N_POD && it->text) check_code_at(env, tab, &tab->cols[c], it->text, it->name_span);
    if (it->kind == N_SUPERVISION)
        for (uint32_t i = 0; i < it->nkids; i++)
            if (it->kids[i] && it->kids[i]->kind == N_SUPGROUP && it->kids[i]->text)
                check_code_at(env, tab, &tab->cols[c], it->kids[i]->text, it->kids[i]->span);
}

/* a = "x", "x" != a, a in {"x", "y"}: each literal against a's codes. */
static void check_code_literals(ck_env *env, const node *a, const node *b)
{
    const sc_table *tab = NULL;
    const sc_column *col = coded_column(env, a, &tab);
    if (!col) { col = coded_column(env, b, &tab); b = a; }
    if (!col || !b) return;
    if (b->kind == N_NAME && b->sem.ref == R_LET && b->sem.index >= 0)   /* let contracts = {"agency"} */
        b = env->lets[b->sem.index].decl->nkids ? env->lets[b->sem.index].decl->kids[0] : NULL;
    if (!b) return;
    if (b->kind == N_SET) { for (uint32_t i = 0; i < b->nkids; i++) check_code(env, tab, col, b->kids[i]); }
    else check_code(env, tab, col, b);
}

static int check_binary(ck_env *env, node *n)
{
    int a = check_expr(env, n->kids[0]), b = check_expr(env, n->kids[1]);
    if (is_err(a) || is_err(b)) return set_type(n, TY_ERROR);
    int ka = ty_kind_of(a), kb = ty_kind_of(b);
    char ba[64], bb[64];
    switch (n->op) {
    case OP_AND: case OP_OR:
        if ((ka != TY_BOOL && !is_missing(a)) || (kb != TY_BOOL && !is_missing(b))) {
            node *bad = ka != TY_BOOL && !is_missing(a) ? n->kids[0] : n->kids[1];
            type_error(env, bad, n->op == OP_AND ? "'and' joins conditions" : "'or' joins conditions", bad->sem.type, NULL);
            return set_type(n, TY_ERROR);
        }
        return set_type(n, TY_BOOL);
    case OP_ADD:
        if (ka == TY_NUM && kb == TY_NUM) return set_type(n, TY_NUM);
        if (ka == TY_DATE && kb == TY_DUR) return set_type(n, TY_DATE);
        if ((ka == TY_ROWS || ka == TY_LIST) && a == b) return set_type(n, a);
        if (is_missing(a) || is_missing(b)) return set_type(n, is_missing(a) ? b : a);
        break;
    case OP_SUB:
        if (ka == TY_NUM && kb == TY_NUM) return set_type(n, TY_NUM);
        if (ka == TY_DATE && kb == TY_DUR) return set_type(n, TY_DATE);
        if (ka == TY_DATE && kb == TY_DATE) return set_type(n, TY_NUM);
        if (is_missing(a) || is_missing(b)) return set_type(n, TY_NUM);
        break;
    case OP_MUL: case OP_DIV:
        if ((ka == TY_NUM || is_missing(a)) && (kb == TY_NUM || is_missing(b))) return set_type(n, TY_NUM);
        break;
    case OP_DEFAULT:
        if (comparable(a, b)) return set_type(n, is_missing(a) ? b : a);
        break;
    case OP_EQ: case OP_NE:
        if (comparable(a, b) && ka != TY_ROWS && ka != TY_LIST && ka != TY_ROLESET) {
            check_code_literals(env, n->kids[0], n->kids[1]);
            return set_type(n, TY_BOOL);
        }
        break;
    case OP_LT: case OP_LE: case OP_GT: case OP_GE:
        if (ka == TY_GAP && kb == TY_DUR) {
            /* the gap that matters depends on the limit: gap() is given it */
            node *call = n->kids[0];
            if (call->kind == N_CALL && call->sem.ref == B_FN && call->sem.index == BI_GAP) call->sem.decl = n->kids[1];
            return set_type(n, TY_BOOL);
        }
        if (comparable(a, b) && (ka == TY_NUM || ka == TY_DATE || ka == TY_TEXT || is_missing(a))) return set_type(n, TY_BOOL);
        break;
    }
    static const char *const opname[] = { "+", "-", "*", "/", "=", "!=", "<", "<=", ">", ">=", "and", "or", "not", "-", "??" };
    dg_diag *d = dg_report(env->dc, DG_ERROR, n->span, "E-type", "cannot apply '%s' to %s and %s", opname[n->op],
                           ty_name(env, a, ba, sizeof ba), ty_name(env, b, bb, sizeof bb));
    const char *h = cmp_hint(env, a, b);
    if (h) dg_hint(d, "%s", h);
    return set_type(n, TY_ERROR);
}

static int check_set(ck_env *env, node *n)
{
    if (n->nkids == 0) return set_type(n, TY_ROLESET);
    int roles = 0, other = -1;
    bool bad = false;
    for (uint32_t i = 0; i < n->nkids; i++) {
        int t = check_expr(env, n->kids[i]);
        if (is_err(t)) { bad = true; continue; }
        if (t == TY_ROLE || t == TY_ROLESET) { roles++; continue; }
        if (other < 0) other = t;
        else if (t != other) {
            type_error(env, n->kids[i], "every element of a set has the same type", t, NULL);
            bad = true;
        }
    }
    if (bad) return set_type(n, TY_ERROR);
    if (roles && other >= 0) {
        dg_report(env->dc, DG_ERROR, n->span, "E-type", "a set mixes role codes with other values");
        return set_type(n, TY_ERROR);
    }
    if (roles) return set_type(n, TY_ROLESET);
    if (ty_kind_of(other) == TY_ROWS || ty_kind_of(other) == TY_LIST) {
        dg_report(env->dc, DG_ERROR, n->span, "E-type", "a set holds single values, not collections");
        return set_type(n, TY_ERROR);
    }
    return set_type(n, list_of(other));
}

static const struct { const char *name; int agg; } aggregates[] = {
    {"count", AG_COUNT}, {"sum", AG_SUM}, {"avg", AG_AVG}, {"min", AG_MIN},
    {"max", AG_MAX}, {"any", AG_ANY}, {"all", AG_ALL},
};

static const char *const month_names[] = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december"
};

static int month_of(const node *n)
{
    if (n->kind != N_NAME) return 0;
    for (int i = 0; i < 12; i++) if (strcmp(n->text, month_names[i]) == 0) return i + 1;
    return 0;
}

/* x in lo .. hi: numbers, dates or text inclusive, or months of a date. */
static int check_range_in(ck_env *env, node *n)
{
    node *x = n->kids[0], *r = n->kids[1];
    int tx = check_expr(env, x);
    int mlo = month_of(r->kids[0]), mhi = month_of(r->kids[1]);
    if (mlo && mhi) {
        r->kids[0]->sem.ref = r->kids[1]->sem.ref = R_MONTH;
        r->kids[0]->sem.index = mlo; r->kids[1]->sem.index = mhi;
        r->kids[0]->sem.type = r->kids[1]->sem.type = TY_MONTH;
        r->sem.type = TY_MONTH;
        if (!is_err(tx) && tx != TY_DATE && !is_missing(tx)) {
            type_error(env, x, "a month range tests the month of a date", tx, "e.g. a.date in february .. march");
            return set_type(n, TY_ERROR);
        }
        return set_type(n, TY_BOOL);
    }
    if (mlo || mhi) {
        node *other = mlo ? r->kids[1] : r->kids[0];
        const char *best = other->kind == N_NAME ? dg_closest(other->text, month_names, 12) : NULL;
        dg_diag *d = best ? dg_report(env->dc, DG_ERROR, other->span, "E-name", "unknown month '%s' in a month range", other->text)
                          : dg_report(env->dc, DG_ERROR, other->span, "E-type", "a range runs from one month to another, or between two values of the same type");
        if (best) dg_hint(d, "did you mean '%s'?", best);
        return set_type(n, TY_ERROR);
    }
    int lo = check_expr(env, r->kids[0]), hi = check_expr(env, r->kids[1]);
    if (is_err(tx) || is_err(lo) || is_err(hi)) return set_type(n, TY_ERROR);
    r->sem.type = lo;
    if (!comparable(lo, hi) || !comparable(tx, lo) || (lo != TY_NUM && lo != TY_DATE && lo != TY_TEXT)) {
        char a[64], b[64], c[64];
        dg_report(env->dc, DG_ERROR, n->span, "E-type", "cannot test %s in a range of %s .. %s", ty_name(env, tx, a, sizeof a),
                  ty_name(env, lo, b, sizeof b), ty_name(env, hi, c, sizeof c));
        return set_type(n, TY_ERROR);
    }
    return set_type(n, TY_BOOL);
}

/* A literal duration that names a calendar period (or one not known until
 * run time, a let: then the VM gives missing for a bad one). */
static bool calendar_period(const node *d)
{
    if (d->kind != N_DUR || d->kids[0]->kind != N_NUM || d->kids[0]->num.den != 1) return true;
    int64_t k = d->kids[0]->num.num;
    int32_t months = d->op == DU_MONTH ? (int32_t)k : d->op == DU_YEAR ? (int32_t)(12 * k) : 0;
    int32_t days = d->op == DU_WEEK ? (int32_t)(7 * k) : d->op == DU_DAY ? (int32_t)k : 0;
    return dt_period_start(0, months, days) != DT_MISSING;
}

static int check_builtin(ck_env *env, node *n, int fn)
{
    int arity = fn == BI_GAP ? 3 : bc_builtins[fn].arity;   /* gap's last is the compiler's */
    if (fn == BI_GAP && n->nkids == 4) arity = 4;            /* gap(dates, since, from, to) */
    if (n->nkids != (uint32_t)arity) {
        if (fn == BI_GAP)
            dg_report(env->dc, DG_ERROR, n->span, "E-arity", "%s takes 3 or 4 arguments, given %u", n->text, n->nkids);
        else
            dg_report(env->dc, DG_ERROR, n->span, "E-arity", "%s takes %d argument%s, given %u", n->text, arity,
                      arity == 1 ? "" : "s", n->nkids);
        for (uint32_t i = 0; i < n->nkids; i++) check_expr(env, n->kids[i]);
        return set_type(n, TY_ERROR);
    }
    n->sem.ref = B_FN; n->sem.index = fn;
    bool bad = false;
    if (fn == BI_LONGEST) {   /* longest(CONDITION, from, to): a condition judged day by day */
        for (uint32_t i = 0; i < n->nkids; i++) {
            int t = check_expr(env, n->kids[i]);
            int want = i == 0 ? TY_BOOL : TY_DATE;
            if (is_err(t)) bad = true;
            else if (t != want && !is_missing(t)) {
                char what[128];
                snprintf(what, sizeof what, "argument %u of longest is %s", i + 1, i == 0 ? "a condition" : "a date");
                type_error(env, n->kids[i], what, t, "e.g. longest(s.open_cases > 20, as_of - 12 weeks, as_of) <= 4 weeks");
                bad = true;
            }
        }
        return set_type(n, bad ? TY_ERROR : TY_GAP);
    }
    for (uint32_t i = 0; i < n->nkids; i++) {
        int t = check_expr(env, n->kids[i]);
        if (is_err(t)) { bad = true; continue; }
        bool dates = (fn == BI_GAP || fn == BI_MISSED || fn == BI_MOST) && i == 0;
        bool period = (fn == BI_MISSED || fn == BI_MOST) && i == 3;
        int want = dates ? ty_make(TY_LIST, TY_DATE, -1) : period ? TY_DUR : TY_DATE;
        if (t != want && !is_missing(t)) {
            char what[128];
            snprintf(what, sizeof what, "argument %u of %s is %s", i + 1, n->text, dates ? "a list of dates" : period ? "a calendar period" : "a date");
            type_error(env, n->kids[i], what, t, fn == BI_GAP ? "e.g. gap((s.supervisions where kind = \"individual\").date, s.started, as_of)"
                       : dates || period ? "e.g. missed((s.supervisions where kind = \"individual\").date, s.started, as_of, 1 month)" : NULL);
            bad = true;
        } else if (period && !calendar_period(n->kids[i])) {
            dg_report(env->dc, DG_ERROR, n->kids[i]->span, "E-type", "%s takes a calendar period: 1 week, 1 month, 3 months or 1 year", n->text);
            bad = true;
        }
    }
    if (bad) return set_type(n, TY_ERROR);
    if (fn == BI_MISSED) return set_type(n, ty_make(TY_LIST, TY_DATE, -1));
    return set_type(n, fn == BI_GAP ? TY_GAP : TY_NUM);
}

static int check_call(ck_env *env, node *n)
{
    for (int fn = 0; fn < BI__COUNT; fn++)
        if (strcmp(bc_builtins[fn].name, n->text) == 0) return check_builtin(env, n, fn);
    int agg = -1;
    for (size_t i = 0; i < sizeof aggregates / sizeof *aggregates; i++)
        if (strcmp(aggregates[i].name, n->text) == 0) agg = aggregates[i].agg;
    bool is_distinct = strcmp(n->text, "distinct") == 0;
    if (agg < 0 && !is_distinct) {
        const char *cands[8 + BI__COUNT] = { "count", "sum", "avg", "min", "max", "any", "all", "distinct" };
        for (int fn = 0; fn < BI__COUNT; fn++) cands[8 + fn] = bc_builtins[fn].name;
        dg_diag *d = dg_report(env->dc, DG_ERROR, n->name_span.end ? n->name_span : n->span, "E-name", "unknown function '%s'", n->text);
        const char *best = dg_closest(n->text, cands, 8 + BI__COUNT);
        if (best) dg_hint(d, "did you mean '%s'?", best);
        else dg_hint(d, "functions: count, sum, avg, min, max, any, all, distinct, gap, longest, days_between, months_between, years_between, month_of, year_of, missed, most_in");
        for (uint32_t i = 0; i < n->nkids; i++) check_expr(env, n->kids[i]);
        return set_type(n, TY_ERROR);
    }
    if (n->nkids != 1) {
        dg_report(env->dc, DG_ERROR, n->span, "E-arity", "%s takes one collection, given %u arguments", n->text, n->nkids);
        for (uint32_t i = 0; i < n->nkids; i++) check_expr(env, n->kids[i]);
        return set_type(n, TY_ERROR);
    }
    int t = check_expr(env, n->kids[0]);
    if (is_err(t)) return set_type(n, TY_ERROR);
    int k = ty_kind_of(t);
    if (k != TY_ROWS && k != TY_LIST) {
        char what[96];
        snprintf(what, sizeof what, "%s takes a collection", n->text);
        type_error(env, n->kids[0], what, t, "e.g. count(s.cases where open), avg(t.members.open_cases)");
        return set_type(n, TY_ERROR);
    }
    if (is_distinct) {
        if (n->flag) { dg_report(env->dc, DG_ERROR, n->span, "E-syntax", "distinct(distinct ...) says the same twice"); }
        n->sem.ref = B_DISTINCT;
        return set_type(n, t);
    }
    n->sem.ref = B_AGG; n->sem.index = agg;
    int el = elem_type(t);
    switch (agg) {
    case AG_COUNT: return set_type(n, TY_NUM);
    case AG_SUM: case AG_AVG:
        if (el != TY_NUM) { type_error(env, n->kids[0], "sum and avg take numbers", t, "e.g. avg(t.members.open_cases)"); return set_type(n, TY_ERROR); }
        return set_type(n, TY_NUM);
    case AG_MIN: case AG_MAX:
        if (el != TY_NUM && el != TY_DATE && el != TY_TEXT) { type_error(env, n->kids[0], "min and max take numbers, dates or text", t, NULL); return set_type(n, TY_ERROR); }
        return set_type(n, el);
    default:
        if (el != TY_BOOL) { type_error(env, n->kids[0], "any and all take conditions", t, "e.g. any(p.staff.in_post)"); return set_type(n, TY_ERROR); }
        return set_type(n, TY_BOOL);
    }
}

static int check_string(ck_env *env, node *n)
{
    for (uint32_t i = 0; i < n->nkids; i++) {
        node *k = n->kids[i];
        if (!k) continue;
        if (k->kind == N_STR && k->nkids == 0) { k->sem.type = TY_TEXT; continue; }
        int t = check_expr(env, k);
        if (ty_kind_of(t) == TY_ROWS)   /* a list of values prints its values (three at most) */
            type_error(env, k, "an interpolation prints one value", t, "count it, e.g. {count(s.cases)}");
    }
    return set_type(n, TY_TEXT);
}

static int check_expr(ck_env *env, node *n)
{
    if (!n) return TY_ERROR;
    switch (n->kind) {
    case N_NUM: return set_type(n, TY_NUM);
    case N_STR: return check_string(env, n);
    case N_DATE: return set_type(n, TY_DATE);
    case N_BOOL: return set_type(n, TY_BOOL);
    case N_MISSING: return set_type(n, TY_MISSING);
    case N_ASOF: return set_type(n, TY_DATE);
    case N_DUR: {
        int t = check_expr(env, n->kids[0]);
        if (is_err(t)) return set_type(n, TY_ERROR);
        if (t != TY_NUM && !is_missing(t)) { type_error(env, n->kids[0], "a duration counts a number of days, weeks, months or years", t, NULL); return set_type(n, TY_ERROR); }
        if (n->kids[0]->kind == N_NUM && n->kids[0]->num.den != 1) {
            dg_report(env->dc, DG_ERROR, n->span, "E-type", "a duration is a whole number of days, weeks, months or years");
            return set_type(n, TY_ERROR);
        }
        return set_type(n, TY_DUR);
    }
    case N_NAME: return check_name(env, n);
    case N_FIELD: return check_field(env, n);
    case N_SET: return check_set(env, n);
    case N_CALL: return check_call(env, n);
    case N_WHERE: {
        int t = check_expr(env, n->kids[0]);
        if (is_err(t)) { return set_type(n, TY_ERROR); }
        if (ty_kind_of(t) != TY_ROWS) {
            type_error(env, n->kids[0], "'where' filters a collection of rows", t, "e.g. staff where role = asye, s.cases where open");
            return set_type(n, TY_ERROR);
        }
        push_scope(env, NULL, ty_make(TY_ROW, 0, ty_table(t)));
        int c = check_expr(env, n->kids[1]);
        env->nscopes--;
        if (!is_err(c) && c != TY_BOOL) type_error(env, n->kids[1], "a 'where' condition is true or false", c, NULL);
        return set_type(n, t);
    }
    case N_UNARY: {
        int t = check_expr(env, n->kids[0]);
        if (is_err(t)) return set_type(n, TY_ERROR);
        if (n->op == OP_NOT) {
            if (t != TY_BOOL && !is_missing(t)) { type_error(env, n->kids[0], "'not' takes a condition", t, NULL); return set_type(n, TY_ERROR); }
            return set_type(n, TY_BOOL);
        }
        if (t != TY_NUM && !is_missing(t)) { type_error(env, n->kids[0], "'-' takes a number", t, NULL); return set_type(n, TY_ERROR); }
        return set_type(n, TY_NUM);
    }
    case N_BINARY: return check_binary(env, n);
    case N_IS: {
        int t = check_expr(env, n->kids[0]);
        if (n->op == IS_DANGLING && !is_err(t) && ty_kind_of(t) != TY_ROW) {
            type_error(env, n->kids[0], "only a reference can be dangling", t, "e.g. p.lead is dangling");
            return set_type(n, TY_ERROR);
        }
        return set_type(n, TY_BOOL);
    }
    case N_IF: {
        int c = check_expr(env, n->kids[0]), a = check_expr(env, n->kids[1]), b = check_expr(env, n->kids[2]);
        if (is_err(c) || is_err(a) || is_err(b)) return set_type(n, TY_ERROR);
        if (c != TY_BOOL && !is_missing(c)) { type_error(env, n->kids[0], "'if' takes a condition", c, NULL); return set_type(n, TY_ERROR); }
        if (!comparable(a, b)) {
            char ba[64], bb[64];
            dg_report(env->dc, DG_ERROR, n->span, "E-type", "the two branches of 'if' differ: %s and %s",
                      ty_name(env, a, ba, sizeof ba), ty_name(env, b, bb, sizeof bb));
            return set_type(n, TY_ERROR);
        }
        return set_type(n, is_missing(a) ? b : a);
    }
    case N_IN: {
        if (n->kids[1] && n->kids[1]->kind == N_RANGE) return check_range_in(env, n);
        int a = check_expr(env, n->kids[0]), b = check_expr(env, n->kids[1]);
        if (is_err(a) || is_err(b)) return set_type(n, TY_ERROR);
        if (ty_kind_of(b) == TY_ROLESET) {
            if (a != TY_ROLE && !is_missing(a)) {
                type_error(env, n->kids[0], "only a role can be in a role set", a,
                           a == TY_TEXT ? "role codes are written without quotes" : NULL);
                return set_type(n, TY_ERROR);
            }
            return set_type(n, TY_BOOL);
        }
        if (ty_kind_of(b) == TY_ROWS || ty_kind_of(b) == TY_LIST) {
            if (a != elem_type(b) && !is_missing(a)) {
                char what[128], bb[64];
                snprintf(what, sizeof what, "the right side holds %s", ty_name(env, elem_type(b), bb, sizeof bb));
                type_error(env, n->kids[0], what, a,
                           a == TY_ROLE && elem_type(b) == TY_TEXT ? "role codes are written without quotes: s.role in {asye, social_worker}" : NULL);
                return set_type(n, TY_ERROR);
            }
            check_code_literals(env, n->kids[0], n->kids[1]);
            return set_type(n, TY_BOOL);
        }
        type_error(env, n->kids[1], "'in' needs a set or a collection on its right", b, "e.g. s.role in {social_worker, asye}");
        return set_type(n, TY_ERROR);
    }
    default:
        dg_report(env->dc, DG_ERROR, n->span, "E-internal", "unexpected %s in an expression", node_kind_name(n->kind));
        return set_type(n, TY_ERROR);
    }
}

/* Whether an expression reads data or the date at all; a requirement that
 * does not can never change its verdict. */
static bool reads_data(const node *n)
{
    if (!n) return false;
    if (n->kind == N_ASOF || (n->kind == N_NAME && (n->sem.ref == R_VAR || n->sem.ref == R_TABLE))) return true;
    for (uint32_t i = 0; i < n->nkids; i++) if (reads_data(n->kids[i])) return true;
    return false;
}

static void check_condition(ck_env *env, node *n, const char *what)
{
    int t = check_expr(env, n);
    if (!is_err(t) && t != TY_BOOL && !is_missing(t)) type_error(env, n, what, t, "a requirement is a condition, e.g. count(s.cases where open) <= 20");
}

static void check_rule(ck_env *env, node *r)
{
    uint32_t saved = env->nscopes;
    env->base = env->nscopes;
    node *fe = r->nkids > 0 ? r->kids[0] : NULL;
    r->sem.table = -1;
    if (fe) {
        int t = check_expr(env, fe->kids[0]);
        if (!is_err(t) && ty_kind_of(t) != TY_ROWS) {
            type_error(env, fe->kids[0], "'for each' goes over a collection of rows", t, "e.g. for each s in staff where s.in_post:");
            t = TY_ERROR;
        }
        if (!is_err(t)) r->sem.table = ty_table(t);
        push_scope(env, fe->text, is_err(t) ? TY_ERROR : ty_make(TY_ROW, 0, ty_table(t)));
        if (is_err(t)) env->nscopes--;   /* names using it would only cascade errors */
        if (fe->nkids > 1 && fe->kids[1] && !is_err(t)) check_condition(env, fe->kids[1], "a 'where' condition is true or false");
        if (is_err(t)) { env->nscopes = saved; return; }
    }
    for (uint32_t i = 1; i < r->nkids; i++) {
        node *q = r->kids[i];
        if (!q) continue;
        check_condition(env, q->kids[0], "a requirement is true or false");
        /* a `should` that reads nothing can only always warn or never warn:
         * either way it is not doing its job (a constant `must` is allowed,
         * as a policy's own sanity check, e.g. of arithmetic) */
        if (q->op == REQ_SHOULD && !is_err(q->kids[0]->sem.type) && !reads_data(q->kids[0]))
            dg_hint(dg_report(env->dc, DG_WARNING, q->kids[0]->span, "W-constant", "this should does not depend on the data, so its verdict never changes"),
                    "a requirement reads the entity or the data, e.g. s.open_cases <= max_cases");
        if (q->nkids > 1 && q->kids[1]) check_expr(env, q->kids[1]);
    }
    env->nscopes = saved;
}

static bool is_national(const ck_env *env, uint32_t file)
{
    return strncmp(env->dc->files[file].name, "<stdlib>/", 9) == 0;
}

/* "<stdlib>/england/asye.cadre" → "england.asye", as `use` names it */
static const char *module_name(const ck_env *env, uint32_t file, char *buf, size_t cap)
{
    const char *name = env->dc->files[file].name;
    if (strncmp(name, "<stdlib>/", 9) != 0) return name;
    snprintf(buf, cap, "%s", name + 9);
    char *dot = strstr(buf, ".cadre");
    if (dot) *dot = 0;
    for (char *c = buf; *c; c++) if (*c == '/') *c = '.';
    return buf;
}

static void note_override(ck_env *env, node *ov, uint32_t target_file)
{
    env->overrides = xrealloc(env->overrides, (env->noverrides + 1) * sizeof *env->overrides);
    env->overrides[env->noverrides++] = (ck_override){ ov, target_file, NULL, -1 };
}

static void override_let(ck_env *env, node *ov)
{
    int32_t l = find_let(env, ov->text);
    if (l < 0) {
        dg_diag *d = dg_report(env->dc, DG_ERROR, ov->name_span, "E-override", "override of unknown let '%s'", ov->text);
        names ns = {0};
        for (uint32_t i = 0; i < env->nlets; i++) add_name(&ns, env->lets[i].decl->text);
        const char *best = closest_of(ov->text, &ns);
        if (best) dg_hint(d, "did you mean '%s'?", best);
        else dg_hint(d, "override changes a let declared by a module this policy uses");
        return;
    }
    note_override(env, ov, env->lets[l].decl->span.file);
    env->overrides[env->noverrides - 1].old_value = env->lets[l].decl->kids[0];
    env->overrides[env->noverrides - 1].let = l;
    if (env->lets[l].decl->span.file == ov->span.file)
        dg_hint(dg_report(env->dc, DG_WARNING, ov->name_span, "W-shadow", "let '%s' is declared and overridden in the same file", ov->text),
                "override is for changing another layer's let; edit this one instead");
    /* the new value must have the old one's type, or every use of it in the
     * other layer would report an error the council cannot edit */
    int old_type = type_of_let(env, (uint32_t)l);
    node *old_decl = env->lets[l].decl;
    env->lets[l].decl = ov->kids[0];
    env->lets[l].state = 0;
    int new_type = type_of_let(env, (uint32_t)l);
    if (!is_err(old_type) && !is_err(new_type) && !is_missing(old_type) && !is_missing(new_type) && old_type != new_type) {
        char a[64], b[64], mod[256];
        dg_diag *d = dg_report(env->dc, DG_ERROR, ov->kids[0]->kids[0]->span, "E-type", "%s is %s in %s, but this is %s", ov->text,
                               ty_name(env, old_type, a, sizeof a), module_name(env, old_decl->span.file, mod, sizeof mod), ty_name(env, new_type, b, sizeof b));
        if (old_type == TY_DUR) dg_hint(d, "e.g. 30 days");
        env->lets[l].decl = old_decl;
        env->lets[l].type = old_type;
    }
}

static bool has_must(const node *r)
{
    for (uint32_t i = 1; i < r->nkids; i++) if (r->kids[i] && r->kids[i]->op == REQ_MUST) return true;
    return false;
}

static void override_rule(ck_env *env, node *ov)
{
    int32_t found = -1;
    for (uint32_t i = 0; i < env->nrules; i++) if (strcmp(env->rules[i]->text, ov->text) == 0) found = (int32_t)i;
    if (found < 0) {
        dg_diag *d = dg_report(env->dc, DG_ERROR, ov->name_span, "E-override", "%s of unknown rule '%s'",
                               ov->op == OV_DISABLE ? "disable" : "override", ov->text);
        const char *best = closest_rule(env, ov->text);
        if (best) dg_hint(d, "did you mean '%s'?", best);
        else {
            char list[600] = "";
            size_t used = 0;
            for (uint32_t i = 0; i < env->nrules && used < sizeof list; i++)
                if (env->rules[i]->span.file != ov->span.file)
                    used += (size_t)snprintf(list + used, sizeof list - used, "%s%s", used ? ", " : "", env->rules[i]->text);
            if (used) dg_hint(d, "rules that can be overridden: %s", list);
            else dg_hint(d, "only rules of another file or module (`use`) can be overridden");
        }
        return;
    }
    node *old = env->rules[found];
    note_override(env, ov, old->span.file);
    if (old->span.file == ov->span.file)
        dg_hint(dg_report(env->dc, DG_WARNING, ov->name_span, "W-shadow", "rule '%s' is declared and %s in the same file",
                          old->text, ov->op == OV_DISABLE ? "disabled" : "overridden"),
                "override is for changing another layer's rule; edit or delete this one instead");
    if (is_national(env, old->span.file) && has_must(old) && !ov->flag) {
        dg_diag *d = dg_report(env->dc, DG_WARNING, ov->span, "W-loosen", "%s the national must-rule '%s' (%s)",
                               ov->op == OV_DISABLE ? "disables" : "overrides", old->text, env->dc->files[old->span.file].name);
        dg_hint(d, "if the council means it, mark it: ... because \"%s\" intended", ov->text2 ? ov->text2 : "");
    }
    if (ov->op == OV_DISABLE) {
        memmove(&env->rules[found], &env->rules[found + 1], (env->nrules - (uint32_t)found - 1) * sizeof *env->rules);
        env->nrules--;
    } else env->rules[found] = ov->kids[0];
}

static void add_rule(ck_env *env, node *r)
{
    for (uint32_t i = 0; i < env->nrules; i++)
        if (strcmp(env->rules[i]->text, r->text) == 0) {
            dg_diag *d = dg_report(env->dc, DG_ERROR, r->name_span.end ? r->name_span : r->span, "E-name", "rule '%s' is declared twice", r->text);
            uint32_t line, col;
            dg_line_col(env->dc, env->rules[i]->span, &line, &col);
            if (is_national(env, env->rules[i]->span.file) && !is_national(env, r->span.file))
                dg_hint(d, "the first is at %s:%u; to replace it: override rule %s ... because \"...\"",
                        env->dc->files[env->rules[i]->span.file].name, line, r->text);
            else dg_hint(d, "the first is at %s:%u", env->dc->files[env->rules[i]->span.file].name, line);
            return;
        }
    env->rules = xrealloc(env->rules, (env->nrules + 1) * sizeof *env->rules);
    env->rules[env->nrules++] = r;
}

/* ---- does an override of a national let loosen a national must? -------- */

/* How an expression moves when let l grows: +1 up, -1 down, 0 not at all,
 * 2 it depends (a product, a call, a comparison of it) */
static int growth(const node *n, int32_t l)
{
    if (!n) return 0;
    if (n->kind == N_NAME) return n->sem.ref == R_LET && n->sem.index == l ? 1 : 0;
    if (n->kind == N_DUR) return growth(n->kids[0], l);
    if (n->kind == N_BINARY && (n->op == OP_ADD || n->op == OP_SUB)) {
        int a = growth(n->kids[0], l), b = growth(n->kids[1], l);
        if (n->op == OP_SUB && b != 2) b = -b;
        if (a == 2 || b == 2 || (a && b && a != b)) return 2;
        return a ? a : b;
    }
    for (uint32_t i = 0; i < n->nkids; i++) if (growth(n->kids[i], l)) return 2;
    return 0;
}

/* How the truth of condition n moves when let l grows, with the same
 * encoding; `truth` is +1, or -1 under a `not`. Results are combined in *acc. */
static void truth_growth(const node *n, int32_t l, int truth, int *acc)
{
    if (!n) return;
    int g = 0;
    if (n->kind == N_UNARY && n->op == OP_NOT) { truth_growth(n->kids[0], l, -truth, acc); return; }
    if (n->kind == N_BINARY && (n->op == OP_AND || n->op == OP_OR)) {
        truth_growth(n->kids[0], l, truth, acc);
        truth_growth(n->kids[1], l, truth, acc);
        return;
    }
    if (n->kind == N_BINARY && n->op >= OP_LT && n->op <= OP_GE) {
        int a = growth(n->kids[0], l), b = growth(n->kids[1], l);
        bool upper = n->op == OP_LT || n->op == OP_LE;   /* true more often as the right side grows */
        /* count(... where C) >= k: more true as C is more often true */
        const node *side = n->kids[0];
        if (side->kind == N_CALL && side->sem.ref == B_AGG && side->sem.index == AG_COUNT && a == 2 && side->kids[0]->kind == N_WHERE && !b) {
            truth_growth(side->kids[0]->kids[1], l, upper ? -truth : truth, acc);
            return;
        }
        if (a == 2 || b == 2) g = 2;
        else if (a || b) {
            int d = upper ? b - a : a - b;
            g = d > 0 ? 1 : d < 0 ? -1 : 2;
        }
    } else if (growth(n, l)) g = 2;
    if (!g) return;
    if (g != 2) g *= truth;
    if (*acc == 0) *acc = g;
    else if (*acc != g) *acc = 2;
}

/* A constant's size, for comparing an old and a new value: numbers as they
 * are, durations in days (a month as 30). False when not a constant. */
static bool constant_size(const node *n, vl_rat *out)
{
    if (n->kind == N_NUM) { *out = n->num; return true; }
    if (n->kind == N_DUR && n->kids[0]->kind == N_NUM && n->kids[0]->num.den == 1) {
        static const int64_t days[] = { [DU_DAY] = 1, [DU_WEEK] = 7, [DU_MONTH] = 30, [DU_YEAR] = 365 };
        *out = (vl_rat){ n->kids[0]->num.num * days[n->op], 1 };
        return true;
    }
    return false;
}

static void check_let_loosening(ck_env *env)
{
    for (uint32_t i = 0; i < env->noverrides; i++) {
        const ck_override *o = &env->overrides[i];
        if (o->let < 0 || o->decl->flag || !is_national(env, o->target_file)) continue;
        if (!o->old_value || o->old_value->kind == N_MISSING) continue;   /* setting a council parameter */
        const node *newv = o->decl->kids[0]->kids[0];
        vl_rat a, b;
        int moved = 2;   /* unknown unless both are constants */
        if (constant_size(o->old_value, &a) && constant_size(newv, &b)) {
            int c = vl_rat_cmp(b, a);
            moved = c > 0 ? 1 : c < 0 ? -1 : 0;
        }
        if (moved == 0) continue;
        for (uint32_t r = 0; r < env->nrules; r++) {
            const node *rule = env->rules[r];
            if (!is_national(env, rule->span.file)) continue;
            for (uint32_t k = 1; k < rule->nkids; k++) {
                const node *q = rule->kids[k];
                if (!q || q->op != REQ_MUST) continue;
                int acc = 0;
                truth_growth(q->kids[0], o->let, 1, &acc);
                if (acc == 0) continue;
                bool loosens = acc == 2 || moved == 2 || acc == moved;
                if (!loosens) continue;
                dg_diag *d = dg_report(env->dc, DG_WARNING, o->decl->span, "W-loosen", "%s the national must-rule '%s': it passes more easily with %s = this value",
                                       acc == 2 || moved == 2 ? "may loosen" : "loosens", rule->text, o->decl->text);
                dg_hint(d, "if the council means it, mark it: ... because \"%s\" intended", o->decl->text2 ? o->decl->text2 : "");
                goto next_override;
            }
        }
    next_override:;
    }
}

/* Tests name tables, stored columns and rules that must exist. */
static void check_test(ck_env *env, node *t)
{
    for (uint32_t i = 0; i < t->nkids; i++) {
        node *line = t->kids[i];
        if (!line) continue;
        if (line->kind == N_TROWS) {
            int32_t ti = sc_find_table(&env->schema, line->text);
            if (ti < 0) {
                dg_diag *d = dg_report(env->dc, DG_ERROR, line->span, "E-test", "unknown table '%s' in a test fixture", line->text);
                const char *best = closest_table(env, line->text);
                if (best) dg_hint(d, "did you mean '%s'?", best);
                continue;
            }
            sc_table *tab = &env->schema.tables[ti];
            for (uint32_t k = 1; k < line->nkids; k++) {
                node *f = line->kids[k];
                if (!f || sc_find_column(tab, f->text) >= 0) continue;
                dg_diag *d = dg_report(env->dc, DG_ERROR, f->name_span, "E-test", "%s has no stored column '%s'", tab->name, f->text);
                const char *best = suggest_field(env, (uint32_t)ti, f->text);
                if (best && sc_find_column(tab, best) >= 0) dg_hint(d, "did you mean '%s'?", best);
                else dg_hint(d, "a fixture sets stored columns; computed fields are worked out");
            }
        } else if (line->kind == N_TEXPECT && line->op != TX_NOTHING_ELSE) {
            bool found = false;
            for (uint32_t r = 0; r < env->nrules && !found; r++) found = strcmp(env->rules[r]->text, line->text) == 0;
            if (found) continue;
            dg_diag *d = dg_report(env->dc, DG_ERROR, line->name_span, "E-test", "the test expects a verdict of unknown rule '%s'", line->text);
            const char *best = closest_rule(env, line->text);
            if (best) dg_hint(d, "did you mean '%s'?", best);
        }
    }
}

bool ck_check(ck_env *env)
{
    uint32_t errors_before = env->dc->nerrors;
    /* 1. roles and tables, then columns (refs may point forward), then links */
    for (uint32_t f = 0; f < env->nfiles; f++)
        for (uint32_t i = 0; i < env->files[f]->nkids; i++) {
            node *it = env->files[f]->kids[i];
            if (!it) continue;
            if (it->kind == N_ROLES)
                for (uint32_t k = 0; k < it->nkids; k++) if (it->kids[k]) add_role(env, it->kids[k]);
            if (it->kind == N_TABLE) declare_table(env, it);
        }
    for (uint32_t f = 0; f < env->nfiles; f++)
        for (uint32_t i = 0; i < env->files[f]->nkids; i++) {
            node *it = env->files[f]->kids[i];
            if (it && it->kind == N_TABLE) declare_columns(env, it);
        }
    for (uint32_t f = 0; f < env->nfiles; f++)
        for (uint32_t i = 0; i < env->files[f]->nkids; i++) {
            node *it = env->files[f]->kids[i];
            if (it && it->kind == N_TABLE) declare_links(env, it);
            if (it && it->kind == N_CODES) declare_codes(env, it);
        }
    /* 2. lets and the policy name */
    for (uint32_t f = 0; f < env->nfiles; f++)
        for (uint32_t i = 0; i < env->files[f]->nkids; i++) {
            node *it = env->files[f]->kids[i];
            if (!it) continue;
            if (it->kind == N_POLICY && f > 0 && !is_national(env, it->span.file)) {
                /* several policy files: the report names them all */
                if (!env->policy_name) env->policy_name = xstrdup(it->text);
                else {
                    size_t len = strlen(env->policy_name) + strlen(it->text) + 4;
                    char *both = malloc(len);
                    if (!both) abort();
                    snprintf(both, len, "%s + %s", env->policy_name, it->text);
                    free(env->policy_name);
                    env->policy_name = both;
                }
            }
            if (it->kind != N_LET) continue;
            int32_t prev = find_let(env, it->text);
            if (prev >= 0) {
                dg_diag *d = dg_report(env->dc, DG_ERROR, it->name_span, "E-name", "let '%s' is declared twice", it->text);
                const node *first = env->lets[prev].decl;
                char mod[256];
                if (is_national(env, first->span.file))
                    dg_hint(d, "it is a parameter of %s; change it with: override let %s = ... because \"...\"",
                            module_name(env, first->span.file, mod, sizeof mod), it->text);
                else {
                    uint32_t line, col;
                    dg_line_col(env->dc, first->span, &line, &col);
                    dg_hint(d, "the first is at %s:%u", env->dc->files[first->span.file].name, line);
                }
                continue;
            }
            if (sc_find_role(&env->schema, it->text) >= 0 || sc_find_table(&env->schema, it->text) >= 0) {
                dg_report(env->dc, DG_ERROR, it->name_span, "E-name", "let '%s' would hide the %s of that name", it->text,
                          sc_find_role(&env->schema, it->text) >= 0 ? "role code" : "table");
                continue;
            }
            env->lets = xrealloc(env->lets, (env->nlets + 1) * sizeof *env->lets);
            env->lets[env->nlets++] = (ck_let){ .decl = it };
        }
    /* 3. rules, with domain blocks lowered to rules in place */
    for (uint32_t f = 0; f < env->nfiles; f++)
        for (uint32_t i = 0; i < env->files[f]->nkids; i++) {
            node *it = env->files[f]->kids[i];
            if (!it) continue;
            if (it->kind == N_RULE) add_rule(env, it);
            else if (it->kind == N_CASELOAD || it->kind == N_POD || it->kind == N_SUPERVISION || it->kind == N_PROGRESSION) {
                node **out = NULL; uint32_t nout = 0;
                check_block_codes(env, it);
                ds_lower(env, it, &out, &nout);
                for (uint32_t k = 0; k < nout; k++) add_rule(env, out[k]);
                free(out);
            } else if (it->kind == N_USE) {
                /* modules are loaded by the driver before checking */
            }
        }
    /* 3b. explicit overrides from council layers, in file order */
    for (uint32_t f = 0; f < env->nfiles; f++)
        for (uint32_t i = 0; i < env->files[f]->nkids; i++) {
            node *it = env->files[f]->kids[i];
            if (!it || it->kind != N_OVERRIDE) continue;
            if (it->op == OV_LET) override_let(env, it);
            else override_rule(env, it);
        }
    /* 4. types: every computed field and let (even unused ones), then rules */
    for (uint32_t i = 0; i < env->ncomputed; i++) type_of_computed(env, i);
    for (uint32_t i = 0; i < env->nlets; i++) type_of_let(env, i);
    for (uint32_t i = 0; i < env->nrules; i++) check_rule(env, env->rules[i]);
    check_let_loosening(env);
    for (uint32_t i = 0; i < env->nlets; i++) {
        node *d = env->lets[i].decl;
        /* after an error a let may only look unused: stay quiet then */
        if (!env->lets[i].used && !is_national(env, d->span.file) && env->dc->nerrors == errors_before)
            dg_report(env->dc, DG_WARNING, d->name_span, "W-unused", "let '%s' is never used", d->text);
    }
    for (uint32_t f = 0; f < env->nfiles; f++)
        for (uint32_t i = 0; i < env->files[f]->nkids; i++) {
            node *it = env->files[f]->kids[i];
            if (it && it->kind == N_TEST) check_test(env, it);
        }
    return env->dc->nerrors == errors_before;
}

int ck_check_expr(ck_env *env, node *e)
{
    uint32_t saved_n = env->nscopes, saved_base = env->base;
    env->base = env->nscopes;
    int t = check_expr(env, e);
    env->nscopes = saved_n; env->base = saved_base;
    return t;
}
