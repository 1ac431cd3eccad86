/* lsp.c — `cadre lsp`: the language server an editor starts over stdio.
 * Owns: Content-Length framing, JSON-RPC requests and replies, the table of
 * open documents (full-text sync), turning byte spans into LSP positions
 * (lines and UTF-16 columns) and back, and the answers: diagnostics (the
 * same records `cadre lint` prints), hover, completion, definition and
 * whole-document formatting. Standard-library files are written to a cache
 * directory on demand so that "go to definition" has a file to open.
 * Does not own: parsing, checking, lowering or formatting (lang/); the JSON
 * reader (json.c); the editor client (editors/). */
#include "lsp.h"
#include "../lang/explain.h"
#include "json.h"
#include "../lang/driver.h"
#include "../lang/fmt.h"
#include "../lang/modules.h"
#include "../lang/parse.h"
#include "../lang/print.h"
#include "../runtime/bytecode.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { MAX_BODY = 64 << 20 };   /* a request larger than this is refused */

/* One front-end run over one document's text. */
typedef struct {
    dg_context dc;
    ck_env env;
    uint32_t file;      /* the document's file id in dc */
    bool checked;       /* the checker ran (no syntax errors): names are resolved */
} analysis;

typedef struct {
    char *uri, *path;   /* owned */
    char *text;         /* owned, NUL-terminated */
    uint32_t len;
    analysis *last;     /* the current text's */
    analysis *good;     /* the latest whose checker ran (may be last): completion
                           keeps working while the text does not parse */
} document;

typedef struct {
    FILE *in, *out, *log;
    document *docs;
    uint32_t ndocs;
    bool shutdown;
} server;

/* ---- positions: byte offsets <-> (line, UTF-16 column) ---- */

static void to_pos(const char *t, uint32_t len, uint32_t off, uint32_t *line, uint32_t *col)
{
    uint32_t l = 0, c = 0;
    if (off > len) off = len;
    for (uint32_t i = 0; i < off; i++) {
        unsigned char b = (unsigned char)t[i];
        if (b == '\n') { l++; c = 0; }
        else if ((b & 0xC0) != 0x80) c += (b >= 0xF0) ? 2 : 1;   /* astral: a surrogate pair */
    }
    *line = l;
    *col = c;
}

static uint32_t to_off(const char *t, uint32_t len, uint32_t line, uint32_t col)
{
    uint32_t i = 0;
    for (uint32_t l = 0; l < line && i < len; i++)
        if (t[i] == '\n') l++;
    for (uint32_t c = 0; i < len && t[i] != '\n' && c < col;) {
        unsigned char b = (unsigned char)t[i];
        c += b >= 0xF0 ? 2 : 1;
        i++;
        while (i < len && ((unsigned char)t[i] & 0xC0) == 0x80) i++;
    }
    return i;
}

static void put_range(FILE *o, const char *t, uint32_t len, uint32_t start, uint32_t end)
{
    uint32_t l1, c1, l2, c2;
    to_pos(t, len, start, &l1, &c1);
    to_pos(t, len, end < start ? start : end, &l2, &c2);
    fprintf(o, "{\"start\":{\"line\":%u,\"character\":%u},\"end\":{\"line\":%u,\"character\":%u}}", l1, c1, l2, c2);
}

/* ---- URIs and paths ---- */

static char *uri_to_path(const char *uri)
{
    if (strncmp(uri, "file://", 7) != 0) return strdup(uri);
    const char *s = uri + 7;
    char *p = malloc(strlen(s) + 1), *w = p;
    if (!p) abort();
    for (; *s; s++) {
        if (*s == '%' && s[1] && s[2]) {
            char hex[3] = { s[1], s[2], 0 };
            char *end;
            long v = strtol(hex, &end, 16);
            if (!*end && v > 0) { *w++ = (char)v; s += 2; continue; }
        }
        *w++ = *s;
    }
    *w = 0;
    return p;
}

static void put_path_uri(FILE *o, const char *path)
{
    fputs("\"file://", o);
    for (const unsigned char *c = (const unsigned char *)path; *c; c++) {
        if ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') || strchr("/-_.~", *c)) fputc(*c, o);
        else fprintf(o, "%%%02X", *c);
    }
    fputc('"', o);
}

/* "<stdlib>/england/asye.cadre" → a real file holding that module's text,
 * under $XDG_CACHE_HOME/cadre/VERSION/ (or ~/.cache/...); NULL if it cannot
 * be written. The text comes from this binary, so it is what was checked. */
static char *stdlib_file(const char *name)
{
    char mod[256];
    snprintf(mod, sizeof mod, "%s", name + strlen("<stdlib>/"));
    char *ext = strstr(mod, ".cadre");
    if (ext) *ext = 0;
    const char *text = md_find(mod);
    if (!text) return NULL;
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    char dir[4096];
    if (xdg && *xdg) snprintf(dir, sizeof dir, "%s/cadre/%s/stdlib", xdg, CADRE_VERSION);
    else if (home && *home) snprintf(dir, sizeof dir, "%s/.cache/cadre/%s/stdlib", home, CADRE_VERSION);
    else return NULL;
    char path[4400];
    snprintf(path, sizeof path, "%s/%s", dir, name + strlen("<stdlib>/"));
    for (char *s = path + 1; *s; s++)   /* mkdir -p of the directories */
        if (*s == '/') { *s = 0; if (mkdir(path, 0755) != 0 && errno != EEXIST) return NULL; *s = '/'; }
    FILE *f = fopen(path, "w");
    if (!f) return NULL;
    fputs(text, f);
    if (fclose(f) != 0) return NULL;
    return strdup(path);
}

/* Writes the location of span sp of analysis a as an LSP Location, or
 * returns false (nothing written) when it has no file to point at. */
static bool put_location(FILE *o, const document *d, const analysis *a, dg_span sp)
{
    if (sp.file == 0 || sp.file >= a->dc.nfiles) return false;
    const dg_file *f = &a->dc.files[sp.file];
    char *path = NULL;
    if (sp.file == a->file) path = NULL;
    else if (!strncmp(f->name, "<stdlib>/", 9)) { if (!(path = stdlib_file(f->name))) return false; }
    else if (!(path = realpath(f->name, NULL))) return false;
    fputs("{\"uri\":", o);
    if (path) put_path_uri(o, path);
    else js_write_str(o, d->uri);
    fputs(",\"range\":", o);
    put_range(o, f->text ? f->text : "", f->text ? f->len : 0, sp.start, sp.end);
    fputc('}', o);
    free(path);
    return true;
}

/* ---- framing ---- */

static void send_body(server *s, const char *body, size_t n)
{
    fprintf(s->out, "Content-Length: %zu\r\n\r\n", n);
    fwrite(body, 1, n, s->out);
    fflush(s->out);
}

/* A message is built in a memory stream, then framed. */
typedef struct { char *buf; size_t n; FILE *o; } msg;

static FILE *msg_open(msg *m)
{
    m->buf = NULL; m->n = 0;
    m->o = open_memstream(&m->buf, &m->n);
    if (!m->o) abort();
    return m->o;
}

static void msg_send(server *s, msg *m)
{
    fclose(m->o);
    send_body(s, m->buf, m->n);
    free(m->buf);
}

static void put_id(FILE *o, const js_value *id)
{
    if (id && id->kind == JS_STRING) js_write_str(o, id->str);
    else if (id && id->kind == JS_NUMBER) fprintf(o, "%.0f", id->num);
    else fputs("null", o);
}

/* Starts {"jsonrpc":"2.0","id":ID,"result": — the caller writes the result
 * and msg_end closes the object. */
static FILE *reply_open(msg *m, const js_value *id)
{
    FILE *o = msg_open(m);
    fputs("{\"jsonrpc\":\"2.0\",\"id\":", o);
    put_id(o, id);
    fputs(",\"result\":", o);
    return o;
}

static void msg_end(server *s, msg *m)
{
    fputc('}', m->o);
    msg_send(s, m);
}

static void reply_error(server *s, const js_value *id, int code, const char *text)
{
    msg m;
    FILE *o = msg_open(&m);
    fputs("{\"jsonrpc\":\"2.0\",\"id\":", o);
    put_id(o, id);
    fprintf(o, ",\"error\":{\"code\":%d,\"message\":", code);
    js_write_str(o, text);
    fputs("}}", o);
    msg_send(s, &m);
}

/* Reads one framed message body; NULL at end of input or on a broken
 * header (the stream cannot be resynchronised after that). */
static char *read_message(server *s, size_t *n)
{
    char line[1024];
    long len = -1;
    for (;;) {
        if (!fgets(line, sizeof line, s->in)) return NULL;
        if (!strcmp(line, "\r\n") || !strcmp(line, "\n")) break;
        if (!strncasecmp(line, "Content-Length:", 15)) len = strtol(line + 15, NULL, 10);
    }
    if (len < 0 || len > MAX_BODY) { fprintf(s->log, "cadre lsp: bad or missing Content-Length\n"); return NULL; }
    char *body = malloc((size_t)len + 1);
    if (!body) abort();
    if (fread(body, 1, (size_t)len, s->in) != (size_t)len) { free(body); return NULL; }
    body[len] = 0;
    *n = (size_t)len;
    return body;
}

/* ---- documents and analysis ---- */

static void analysis_free(analysis *a)
{
    if (!a) return;
    ck_free(&a->env);
    dg_free(&a->dc);
    free(a);
}

static bool file_exists(const char *p)
{
    struct stat sb;
    return stat(p, &sb) == 0 && S_ISREG(sb.st_mode);
}

/* Runs the front end on the document's text, as `cadre lint` would on the
 * saved file; NAME_test.cadre is checked with NAME.cadre beside it, as
 * `cadre test` compiles them. */
static analysis *analyze(const document *d)
{
    analysis *a = calloc(1, sizeof *a);
    if (!a) abort();
    dg_init(&a->dc);
    ck_init(&a->env, &a->dc);
    char *sib = NULL;
    size_t pl = strlen(d->path);
    const char *paths[1];
    int np = 0;
    if (pl > 11 && !strcmp(d->path + pl - 11, "_test.cadre")) {
        sib = malloc(pl);
        if (!sib) abort();
        memcpy(sib, d->path, pl - 11);
        strcpy(sib + pl - 11, ".cadre");
        if (file_exists(sib)) paths[np++] = sib;
    }
    fe_check_with(&a->env, paths, np, d->path, d->text);
    free(sib);
    for (uint32_t i = 1; i < a->dc.nfiles; i++)
        if (!strcmp(a->dc.files[i].name, d->path)) a->file = i;
    a->checked = a->env.schema.ntables > 0;
    return a;
}

static document *find_doc(server *s, const char *uri)
{
    for (uint32_t i = 0; uri && i < s->ndocs; i++)
        if (!strcmp(s->docs[i].uri, uri)) return &s->docs[i];
    return NULL;
}

static void drop_analyses(document *d)
{
    if (d->good != d->last) analysis_free(d->good);
    analysis_free(d->last);
    d->good = d->last = NULL;
}

static void publish(server *s, const document *d)
{
    const analysis *a = d->last;
    msg m;
    FILE *o = msg_open(&m);
    fputs("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/publishDiagnostics\",\"params\":{\"uri\":", o);
    js_write_str(o, d->uri);
    fputs(",\"diagnostics\":[", o);
    for (uint32_t i = 0; i < a->dc.ndiags; i++) {
        const dg_diag *g = &a->dc.diags[i];
        fputs(i ? ",{\"range\":" : "{\"range\":", o);
        char where[600] = "";
        if (g->span.file == a->file && a->file) put_range(o, d->text, d->len, g->span.start, g->span.end);
        else {   /* elsewhere (the policy beside a test file, a module): at the top */
            put_range(o, d->text, d->len, 0, 0);
            if (g->span.file && g->span.file < a->dc.nfiles) {
                uint32_t line, col;
                dg_line_col(&a->dc, g->span, &line, &col);
                snprintf(where, sizeof where, "%s:%u:%u: ", a->dc.files[g->span.file].name, line, col);
            }
        }
        fprintf(o, ",\"severity\":%d,\"source\":\"cadre\",\"code\":", g->severity == DG_ERROR ? 1 : g->severity == DG_WARNING ? 2 : 3);
        js_write_str(o, g->code ? g->code : "");
        fputs(",\"message\":", o);
        char *text = NULL;
        size_t tn = 0;
        FILE *t = open_memstream(&text, &tn);
        if (!t) abort();
        fprintf(t, "%s%s", where, g->message);
        if (g->hint) fprintf(t, "\nhint: %s", g->hint);
        fclose(t);
        js_write_str(o, text);
        free(text);
        fputc('}', o);
    }
    fputs("]}}", o);
    msg_send(s, &m);
}

static void set_text(server *s, document *d, const char *text)
{
    free(d->text);
    d->text = strdup(text);
    if (!d->text) abort();
    d->len = (uint32_t)strlen(text);
    analysis *a = analyze(d);
    if (a->checked) { drop_analyses(d); d->good = d->last = a; }
    else { if (d->last != d->good) analysis_free(d->last); d->last = a; }
    publish(s, d);
}

/* ---- finding what is under the cursor ---- */

typedef struct { node *at[PS_MAX_DEPTH + 8]; uint32_t n; } chain;

static bool covers(dg_span sp, uint32_t file, uint32_t off) { return sp.file == file && sp.start <= off && off <= sp.end; }

/* The innermost node of the document at off, with its ancestors. */
static void descend(node *n, uint32_t file, uint32_t off, chain *c)
{
    if (!n || !covers(n->span, file, off) || c->n >= sizeof c->at / sizeof *c->at) return;
    c->at[c->n++] = n;
    for (uint32_t i = 0; i < n->nkids; i++)
        if (n->kids[i] && covers(n->kids[i]->span, file, off)) { descend(n->kids[i], file, off, c); return; }
}

static void chain_at(const analysis *a, uint32_t off, chain *c)
{
    c->n = 0;
    for (uint32_t i = 0; i < a->env.nfiles && c->n == 0; i++)
        if (a->env.files[i] && a->env.files[i]->span.file == a->file) {
            node *f = a->env.files[i];
            c->at[c->n++] = f;
            for (uint32_t k = 0; k < f->nkids; k++)
                if (f->kids[k] && covers(f->kids[k]->span, a->file, off)) { descend(f->kids[k], a->file, off, c); break; }
        }
}

/* A rule lowered from the block line at off, if any. */
static node *lowered_at(const analysis *a, uint32_t off)
{
    for (uint32_t i = 0; i < a->env.nrules; i++) {
        node *r = a->env.rules[i], *line = r->sem.decl;
        if (line && covers(line->span, a->file, off)) return r;
    }
    return NULL;
}

/* The top-level declaration of `kind` named `name` in any file (the new
 * rule or let an override brings counts); the one in file `avoid_file` only
 * when there is no other. */
static node *top_named(const analysis *a, node_kind kind, const char *name, uint32_t avoid_file)
{
    node *best = NULL;
    for (uint32_t i = 0; i < a->env.nfiles; i++) {
        node *f = a->env.files[i];
        for (uint32_t k = 0; f && k < f->nkids; k++) {
            node *d = f->kids[k];
            if (d && d->kind == N_OVERRIDE && d->nkids) d = d->kids[0];
            if (d && d->kind == kind && d->text && !strcmp(d->text, name) && (!best || best->span.file == avoid_file)) best = d;
        }
    }
    return best;
}

/* A rule named `name`, in force or not: of a file, brought by an override,
 * or lowered from a block line (then the line). */
static node *rule_named(const analysis *a, const char *name, uint32_t avoid_file)
{
    node *best = top_named(a, N_RULE, name, avoid_file);
    for (uint32_t i = 0; i < a->env.nowned; i++) {
        node *r = a->env.owned[i];
        if (r && r->kind == N_RULE && r->text && !strcmp(r->text, name) && (!best || best->span.file == avoid_file))
            best = r->sem.decl ? r->sem.decl : r;
    }
    return best;
}

/* The declaration of column or reverse link `field` of table t. */
static node *column_decl(const analysis *a, uint32_t t, const char *field)
{
    const char *tname = a->env.schema.tables[t].name;
    for (uint32_t i = 0; i < a->env.nfiles; i++) {
        node *f = a->env.files[i];
        for (uint32_t k = 0; f && k < f->nkids; k++) {
            node *tb = f->kids[k];
            if (!tb || tb->kind != N_TABLE) continue;
            for (uint32_t c = 0; c < tb->nkids; c++) {
                node *col = tb->kids[c];
                if (!col) continue;
                if (!strcmp(tb->text, tname) && !strcmp(col->text, field)) return col;
                if (col->text3 && !strcmp(col->text3, field) && col->flag && col->text2) {
                    /* `ref T as field` declares a link on T */
                    if (!strcmp(col->text2, tname)) return col;
                }
            }
        }
    }
    return NULL;
}

/* ---- hover ---- */

static void hover_rule(FILE *t, const analysis *a, const node *r)
{
    fprintf(t, "**rule** `%s`", r->text);
    if (r->text2) fprintf(t, " — %s", r->text2);
    char *plain = ex_rule_text(&a->env, r);   /* what `cadre explain` prints */
    if (plain) fprintf(t, "\n\n%s", plain);
    free(plain);
    fputs(r->sem.decl ? "\n\nstands for:\n```cadre\n" : "\n```cadre\n", t);
    pr_rule(t, r);
    fputs("```", t);
}

static const char *col_type(const analysis *a, const sc_column *c)
{
    return c->type == SC_REF ? a->env.schema.tables[c->ref_table].name : sc_type_name((sc_type)c->type);
}

static void hover_field(FILE *t, const analysis *a, const node *n)
{
    const sc_schema *sc = &a->env.schema;
    const sc_table *tab = &sc->tables[n->sem.table];
    char b[64];
    if (n->sem.ref == F_COLUMN) {
        const sc_column *c = &tab->cols[n->sem.index];
        fprintf(t, "`%s.%s` — %s%s%s%s\n\na column of table `%s` (%s)", tab->name, c->name, c->type == SC_REF ? "ref " : "", col_type(a, c),
                c->optional ? ", optional" : "", c->key ? ", key" : "", tab->name, tab->file);
    } else if (n->sem.ref == F_LINK) {
        const sc_link *l = &sc->links[n->sem.index];
        fprintf(t, "`%s.%s` — rows of `%s`\n\nthe `%s` rows whose `%s` is this %s row", tab->name, l->name, sc->tables[l->from_table].name,
                sc->tables[l->from_table].name, sc->tables[l->from_table].cols[l->from_column].name, tab->name);
    } else {
        const ck_computed *c = &a->env.computed[n->sem.index];
        fprintf(t, "`%s.%s` — %s\n\na computed field of table `%s`:\n```cadre\n%s = ", tab->name, n->text, ty_name(&a->env, c->type, b, sizeof b),
                tab->name, n->text);
        if (c->decl->nkids && c->decl->kids[0]) pr_expr(t, c->decl->kids[0]);
        fputs("\n```", t);
    }
}

static void hover_table(FILE *t, const analysis *a, int32_t ti)
{
    const sc_table *tab = &a->env.schema.tables[ti];
    fprintf(t, "**table** `%s` (%s)\n\n", tab->name, tab->file);
    for (uint32_t c = 0; c < tab->ncols; c++)
        fprintf(t, "%s`%s` %s%s", c ? ", " : "", tab->cols[c].name, col_type(a, &tab->cols[c]), tab->cols[c].optional ? "?" : "");
}

/* Markdown for what is at off, or false when there is nothing to say. */
static bool hover_text(FILE *t, const analysis *a, uint32_t off)
{
    chain c;
    chain_at(a, off, &c);
    char b[64];
    for (uint32_t i = c.n; i-- > 0;) {
        node *n = c.at[i];
        bool on_name = covers(n->name_span, a->file, off);
        switch (n->kind) {
        case N_NAME:
            if (!a->checked) return false;
            if (n->sem.ref == R_LET) {
                const ck_let *l = &a->env.lets[n->sem.index];
                fprintf(t, "**let** `%s` — %s\n```cadre\nlet %s = ", n->text, ty_name(&a->env, l->type, b, sizeof b), n->text);
                pr_expr(t, l->decl->kids[0]);
                fputs("\n```", t);
                return true;
            }
            if (n->sem.ref == R_ROLE) { fprintf(t, "**role** `%s`", n->text); return true; }
            if (n->sem.ref == R_TABLE) { hover_table(t, a, n->sem.table); return true; }
            if (n->sem.ref == R_VAR) { fprintf(t, "`%s` — %s", n->text, ty_name(&a->env, n->sem.type, b, sizeof b)); return true; }
            break;
        case N_FIELD:
            if (a->checked && n->sem.table >= 0 && (n->sem.ref == F_COLUMN || n->sem.ref == F_LINK || n->sem.ref == F_COMPUTED)) {
                hover_field(t, a, n);
                return true;
            }
            break;
        case N_LET:
            if (on_name) {
                fprintf(t, "**let** `%s`\n```cadre\nlet %s = ", n->text, n->text);
                if (n->nkids && n->kids[0]) pr_expr(t, n->kids[0]);
                fputs("\n```", t);
                return true;
            }
            break;
        case N_TABLE:
            if (on_name && a->checked) { int32_t ti = sc_find_table(&a->env.schema, n->text); if (ti >= 0) { hover_table(t, a, ti); return true; } }
            break;
        case N_RULE:
            hover_rule(t, a, n);
            return true;
        case N_OVERRIDE: case N_TEXPECT:
            if (on_name && (n->kind == N_TEXPECT || n->op != OV_LET)) {
                node *r = rule_named(a, n->text, a->file);
                if (r && r->kind == N_RULE) { hover_rule(t, a, r); return true; }
            }
            break;
        default:
            break;
        }
    }
    node *r = a->checked ? lowered_at(a, off) : NULL;
    if (r) { hover_rule(t, a, r); return true; }
    return false;
}

/* ---- definition ---- */

static dg_span definition_of(const analysis *a, uint32_t off)
{
    chain c;
    chain_at(a, off, &c);
    dg_span none = {0};
    for (uint32_t i = c.n; i-- > 0;) {
        node *n = c.at[i];
        bool on_name = covers(n->name_span, a->file, off);
        switch (n->kind) {
        case N_NAME:
            if (n->sem.ref == R_LET) return a->env.lets[n->sem.index].decl->name_span;
            if (n->sem.ref == R_TABLE) { node *tb = top_named(a, N_TABLE, n->text, 0); return tb ? tb->name_span : none; }
            if (n->sem.ref == R_VAR)   /* requirements are the for-each's siblings in its rule */
                for (uint32_t k = i; k-- > 0;) {
                    node *f = c.at[k]->kind == N_RULE && c.at[k]->nkids ? c.at[k]->kids[0] : c.at[k];
                    if (f && f->kind == N_FOREACH && f->text && !strcmp(f->text, n->text)) return f->name_span;
                }
            return none;
        case N_FIELD:
            if (n->sem.table < 0) return none;
            if (n->sem.ref == F_COMPUTED) return a->env.computed[n->sem.index].decl->name_span;
            if (n->sem.ref == F_COLUMN || n->sem.ref == F_LINK) { node *col = column_decl(a, (uint32_t)n->sem.table, n->text); return col ? col->name_span : none; }
            return none;
        case N_OVERRIDE:
            if (!on_name) break;
            if (n->op == OV_LET) { node *l = top_named(a, N_LET, n->text, a->file); return l ? l->name_span : none; }
            { node *r = rule_named(a, n->text, a->file); return r ? (r->name_span.end ? r->name_span : r->span) : none; }
        case N_TEXPECT:
            if (on_name) { node *r = rule_named(a, n->text, 0); return r ? (r->name_span.end ? r->name_span : r->span) : none; }
            break;
        case N_USE:
            for (uint32_t f = 1; f < a->dc.nfiles; f++) {
                char want[300];
                snprintf(want, sizeof want, "<stdlib>/%s.cadre", n->text);
                for (char *p = want + 9; *p && strcmp(p, ".cadre"); p++) if (*p == '.') *p = '/';
                if (!strcmp(a->dc.files[f].name, want)) return (dg_span){ f, 0, 0 };
            }
            return none;
        default:
            break;
        }
    }
    return none;
}

/* ---- completion ---- */

static const char *const keywords[] = {
    "policy", "effective", "use", "let", "roles", "table", "rule", "for", "each", "in", "where", "must", "should",
    "otherwise", "caseload", "pod", "and", "or", "not", "is", "missing", "present", "distinct", "true", "false",
    "key", "optional", "ref", "as", "at", "most", "least", "exactly", "average", "of", "supervision", "override",
    "test", "disable", "because", "intended", "progression", "requires", "every", "then", "until", "over", "within",
    "as_of", "if", "else", "days", "weeks", "months", "years",
};

static const char *const aggregates[] = { "count", "sum", "avg", "min", "max", "any", "all" };

/* LSP CompletionItemKind values used here. */
enum { CK_FUNCTION = 3, CK_FIELD = 5, CK_VARIABLE = 6, CK_CLASS = 7, CK_MODULE = 9, CK_KEYWORD = 14, CK_ENUM_MEMBER = 20, CK_EVENT = 23 };

static void item(FILE *o, bool *first, const char *label, int kind, const char *detail)
{
    fputs(*first ? "{\"label\":" : ",{\"label\":", o);
    *first = false;
    js_write_str(o, label);
    fprintf(o, ",\"kind\":%d", kind);
    if (detail) { fputs(",\"detail\":", o); js_write_str(o, detail); }
    fputc('}', o);
}

static bool is_word(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

/* The table of the for-each variable `name` declared in n or below: the
 * one starting nearest before `near` wins (*best is its start). */
static void foreach_table(const node *n, const char *name, uint32_t near, int32_t *found, uint32_t *best)
{
    if (!n) return;
    if (n->kind == N_FOREACH && n->text && !strcmp(n->text, name) && n->nkids && n->kids[0]) {
        int t = ty_table(n->kids[0]->sem.type);
        if (t >= 0 && (*found < 0 || (n->span.start <= near && n->span.start >= *best))) { *found = t; *best = n->span.start; }
    }
    for (uint32_t k = 0; k < n->nkids; k++) foreach_table(n->kids[k], name, near, found, best);   /* depth <= PS_MAX_DEPTH */
}

/* The table of a row named `name` in the document: a for-each variable,
 * else -1. */
static int32_t table_of_var(const analysis *a, const char *name, uint32_t near)
{
    int32_t found = -1;
    uint32_t best = 0;
    for (uint32_t i = 0; i < a->env.nfiles; i++)
        if (a->env.files[i] && a->env.files[i]->span.file == a->file) foreach_table(a->env.files[i], name, near, &found, &best);
    return found;
}

/* The table reached from table t through field `name`, or -1. */
static int32_t through(const analysis *a, int32_t t, const char *name)
{
    const sc_schema *sc = &a->env.schema;
    int32_t c = sc_find_column(&sc->tables[t], name);
    if (c >= 0) return sc->tables[t].cols[c].type == SC_REF ? sc->tables[t].cols[c].ref_table : -1;
    for (uint32_t l = 0; l < sc->nlinks; l++)
        if (sc->links[l].on == (uint32_t)t && !strcmp(sc->links[l].name, name)) return (int32_t)sc->links[l].from_table;
    for (uint32_t k = 0; k < a->env.ncomputed; k++)
        if (a->env.computed[k].table == (uint32_t)t && !strcmp(a->env.computed[k].decl->text, name)) return ty_table(a->env.computed[k].type);
    return -1;
}

static void fields_of(FILE *o, bool *first, const analysis *a, int32_t t)
{
    const sc_schema *sc = &a->env.schema;
    char b[64], d[128];
    for (uint32_t ti = 0; ti < sc->ntables; ti++) {
        if (t >= 0 && ti != (uint32_t)t) continue;
        const sc_table *tab = &sc->tables[ti];
        for (uint32_t c = 0; c < tab->ncols; c++) {
            snprintf(d, sizeof d, "%s: %s%s", tab->name, col_type(a, &tab->cols[c]), tab->cols[c].optional ? ", optional" : "");
            item(o, first, tab->cols[c].name, CK_FIELD, d);
        }
        for (uint32_t l = 0; l < sc->nlinks; l++)
            if (sc->links[l].on == ti) {
                snprintf(d, sizeof d, "%s: rows of %s", tab->name, sc->tables[sc->links[l].from_table].name);
                item(o, first, sc->links[l].name, CK_FIELD, d);
            }
        for (uint32_t k = 0; k < a->env.ncomputed; k++)
            if (a->env.computed[k].table == ti) {
                snprintf(d, sizeof d, "%s: computed, %s", tab->name, ty_name(&a->env, a->env.computed[k].type, b, sizeof b));
                item(o, first, a->env.computed[k].decl->text, CK_FIELD, d);
            }
    }
}

static void completion(FILE *o, const document *d, uint32_t off)
{
    const analysis *a = d->good;
    bool first = true;
    fputs("{\"isIncomplete\":false,\"items\":[", o);
    uint32_t p = off;
    while (p > 0 && is_word(d->text[p - 1])) p--;
    if (p > 0 && d->text[p - 1] == '.' && a && a->checked) {
        /* x.y.<here>: the chain of names before the dot */
        const char *names[16];
        uint32_t lens[16], nn = 0, q = p - 1;
        while (nn < 16) {
            uint32_t e = q;
            while (q > 0 && is_word(d->text[q - 1])) q--;
            if (q == e) break;
            names[nn] = d->text + q; lens[nn] = e - q; nn++;
            if (q == 0 || d->text[q - 1] != '.') break;
            q--;
        }
        int32_t t = -1;
        if (nn > 0) {
            char buf[128];
            snprintf(buf, sizeof buf, "%.*s", (int)lens[nn - 1], names[nn - 1]);
            t = table_of_var(a, buf, off);
            for (uint32_t k = nn - 1; k-- > 0 && t >= 0;) {
                snprintf(buf, sizeof buf, "%.*s", (int)lens[k], names[k]);
                t = through(a, t, buf);
            }
        }
        fields_of(o, &first, a, t);   /* unknown row: every table's fields */
        fputs("]}", o);
        return;
    }
    for (size_t k = 0; k < sizeof keywords / sizeof *keywords; k++) item(o, &first, keywords[k], CK_KEYWORD, NULL);
    for (size_t k = 0; k < sizeof aggregates / sizeof *aggregates; k++) item(o, &first, aggregates[k], CK_FUNCTION, "aggregate");
    for (int k = 0; k < BI__COUNT; k++) item(o, &first, bc_builtins[k].name, CK_FUNCTION, "function");
    if (a && a->checked) {
        const sc_schema *sc = &a->env.schema;
        char b[64];
        for (uint32_t t = 0; t < sc->ntables; t++) item(o, &first, sc->tables[t].name, CK_CLASS, "table");
        for (uint32_t r = 0; r < sc->nroles; r++) item(o, &first, sc->roles[r], CK_ENUM_MEMBER, "role");
        for (uint32_t l = 0; l < a->env.nlets; l++) item(o, &first, a->env.lets[l].decl->text, CK_VARIABLE, ty_name(&a->env, a->env.lets[l].type, b, sizeof b));
        for (uint32_t r = 0; r < a->env.nrules; r++) item(o, &first, a->env.rules[r]->text, CK_EVENT, "rule");
        for (const md_module *m = cadre_stdlib; m->path; m++)
            if (strcmp(m->path, "std")) {
                char dotted[128];
                snprintf(dotted, sizeof dotted, "%s", m->path);
                for (char *c = dotted; *c; c++) if (*c == '/') *c = '.';
                item(o, &first, dotted, CK_MODULE, "module");
            }
    }
    fputs("]}", o);
}

/* ---- formatting ---- */

static void formatting(FILE *o, const document *d)
{
    dg_context dc;
    dg_init(&dc);
    char *copy = strdup(d->text);
    if (!copy) abort();
    uint32_t id = dg_add_file(&dc, d->path, copy, d->len), flen;
    char *out = fm_format(&dc, id, &flen);
    if (!out) fputs("null", o);   /* does not parse: nothing to do (the diagnostics say why) */
    else if (flen == d->len && !memcmp(out, d->text, flen)) fputs("[]", o);
    else {
        fputs("[{\"range\":", o);
        put_range(o, d->text, d->len, 0, d->len);
        fputs(",\"newText\":", o);
        js_write_strn(o, out, flen);
        fputs("}]", o);
    }
    free(out);
    dg_free(&dc);
}

/* ---- dispatch ---- */

static void open_doc(server *s, const char *uri, const char *text)
{
    document *d = find_doc(s, uri);
    if (!d) {
        s->docs = realloc(s->docs, (s->ndocs + 1) * sizeof *s->docs);
        if (!s->docs) abort();
        d = &s->docs[s->ndocs++];
        memset(d, 0, sizeof *d);
        d->uri = strdup(uri);
        d->path = uri_to_path(uri);
    }
    set_text(s, d, text);
}

static void close_doc(server *s, const char *uri)
{
    document *d = find_doc(s, uri);
    if (!d) return;
    drop_analyses(d);
    free(d->uri); free(d->path); free(d->text);
    *d = s->docs[--s->ndocs];
    /* an editor clears a closed file's diagnostics when told so */
    msg m;
    FILE *o = msg_open(&m);
    fputs("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/publishDiagnostics\",\"params\":{\"uri\":", o);
    js_write_str(o, uri);
    fputs(",\"diagnostics\":[]}}", o);
    msg_send(s, &m);
}

static void initialize(server *s, const js_value *id)
{
    msg m;
    FILE *o = reply_open(&m, id);
    fputs("{\"capabilities\":{\"textDocumentSync\":{\"openClose\":true,\"change\":1},"
          "\"hoverProvider\":true,\"completionProvider\":{\"triggerCharacters\":[\".\"]},"
          "\"definitionProvider\":true,\"documentFormattingProvider\":true},"
          "\"serverInfo\":{\"name\":\"cadre\",\"version\":\"" CADRE_VERSION "\"}}", o);
    msg_end(s, &m);
}

/* Returns false when the server should stop (exit). */
static bool handle(server *s, const js_value *req)
{
    const char *method = js_str(js_get(req, "method"));
    const js_value *id = js_get(req, "id"), *params = js_get(req, "params");
    if (!method) { if (id) reply_error(s, id, -32600, "not a request: no method"); return true; }
    const char *uri = js_str(js_path(params, "textDocument", "uri", NULL));
    if (!strcmp(method, "exit")) return false;
    if (s->shutdown && id) { reply_error(s, id, -32600, "shut down: only exit is accepted"); return true; }
    if (!strcmp(method, "initialize")) { initialize(s, id); return true; }
    if (!strcmp(method, "shutdown")) {
        s->shutdown = true;
        msg m;
        fputs("null", reply_open(&m, id));
        msg_end(s, &m);
        return true;
    }
    if (!strcmp(method, "textDocument/didOpen")) {
        const char *text = js_str(js_path(params, "textDocument", "text", NULL));
        if (uri && text) open_doc(s, uri, text);
        return true;
    }
    if (!strcmp(method, "textDocument/didChange")) {
        const js_value *ch = js_get(params, "contentChanges");
        document *d = find_doc(s, uri);
        /* full sync (change: 1): the last change holds the whole text */
        const char *text = ch && ch->kind == JS_ARRAY && ch->n ? js_str(js_get(ch->items[ch->n - 1], "text")) : NULL;
        if (d && text) set_text(s, d, text);
        return true;
    }
    if (!strcmp(method, "textDocument/didClose")) { if (uri) close_doc(s, uri); return true; }
    bool at = !strcmp(method, "textDocument/hover") || !strcmp(method, "textDocument/definition") || !strcmp(method, "textDocument/completion");
    if (at || !strcmp(method, "textDocument/formatting")) {
        document *d = find_doc(s, uri);
        if (!d) { reply_error(s, id, -32602, "document not open"); return true; }
        uint32_t line = (uint32_t)js_num(js_path(params, "position", "line", NULL), 0);
        uint32_t col = (uint32_t)js_num(js_path(params, "position", "character", NULL), 0);
        uint32_t off = to_off(d->text, d->len, line, col);
        msg m;
        FILE *o = reply_open(&m, id);
        if (!strcmp(method, "textDocument/formatting")) formatting(o, d);
        else if (!strcmp(method, "textDocument/completion")) completion(o, d, off);
        else if (!strcmp(method, "textDocument/hover")) {
            /* hover reads the current text's tree: positions must match */
            char *text = NULL;
            size_t tn = 0;
            FILE *t = open_memstream(&text, &tn);
            if (!t) abort();
            bool any = hover_text(t, d->last, off);
            fclose(t);
            if (!any) fputs("null", o);
            else { fputs("{\"contents\":{\"kind\":\"markdown\",\"value\":", o); js_write_str(o, text); fputs("}}", o); }
            free(text);
        } else {
            dg_span sp = definition_of(d->last, off);
            if (!sp.file || !put_location(o, d, d->last, sp)) fputs("null", o);
        }
        msg_end(s, &m);
        return true;
    }
    if (id) reply_error(s, id, -32601, "method not supported by cadre lsp");
    return true;   /* notifications we do not use ($/..., initialized, didSave) */
}

int lsp_main(FILE *in, FILE *out, FILE *log)
{
    server s = { .in = in, .out = out, .log = log };
    int code = 1;
    for (;;) {
        size_t n;
        char *body = read_message(&s, &n);
        if (!body) break;
        js_value *req = js_parse(body, n);
        free(body);
        if (!req || req->kind != JS_OBJECT) { reply_error(&s, NULL, -32700, "parse error: the message is not a JSON object"); js_free(req); continue; }
        bool go = handle(&s, req);
        js_free(req);
        if (!go) { code = s.shutdown ? 0 : 1; break; }
    }
    for (uint32_t i = 0; i < s.ndocs; i++) {
        drop_analyses(&s.docs[i]);
        free(s.docs[i].uri); free(s.docs[i].path); free(s.docs[i].text);
    }
    free(s.docs);
    return code;
}
