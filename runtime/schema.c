/* schema.c — freeing and searching the schema description.
 * Owns: the lifetime of everything a sc_schema points at, name look-ups and
 * the type names used in messages.
 * Does not own: building schemas (the compiler and the bytecode loader do)
 * or checking them (the checker does). */
#include "schema.h"
#include "diag.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

void sc_free(sc_schema *s)
{
    if (!s) return;
    for (uint32_t t = 0; t < s->ntables; t++) {
        sc_table *tb = &s->tables[t];
        for (uint32_t c = 0; c < tb->ncols; c++) {
            free(tb->cols[c].name);
            for (uint32_t k = 0; k < tb->cols[c].ncodes; k++) free(tb->cols[c].codes[k]);
            free(tb->cols[c].codes);
        }
        free(tb->cols);
        free(tb->name);
        free(tb->file);
    }
    free(s->tables);
    for (uint32_t l = 0; l < s->nlinks; l++) free(s->links[l].name);
    free(s->links);
    for (uint32_t r = 0; r < s->nroles; r++) free(s->roles[r]);
    free(s->roles);
    memset(s, 0, sizeof *s);
}

int32_t sc_find_table(const sc_schema *s, const char *name)
{
    for (uint32_t t = 0; t < s->ntables; t++)
        if (strcmp(s->tables[t].name, name) == 0) return (int32_t)t;
    return -1;
}

int32_t sc_find_column(const sc_table *t, const char *name)
{
    for (uint32_t c = 0; c < t->ncols; c++)
        if (strcmp(t->cols[c].name, name) == 0) return (int32_t)c;
    return -1;
}

int32_t sc_find_role(const sc_schema *s, const char *name)
{
    for (uint32_t r = 0; r < s->nroles; r++)
        if (strcmp(s->roles[r], name) == 0) return (int32_t)r;
    return -1;
}

const char *sc_type_name(sc_type t)
{
    switch (t) {
    case SC_TEXT:    return "text";
    case SC_INT:     return "int";
    case SC_DECIMAL: return "decimal";
    case SC_DATE:    return "date";
    case SC_BOOL:    return "bool";
    case SC_ROLE:    return "role";
    case SC_REF:     return "ref";
    }
    return "?";
}

static char *dup_or_null(const char *s)
{
    if (!s) return NULL;
    char *d = strdup(s);
    if (!d) abort();
    return d;
}

void sc_copy(sc_schema *dst, const sc_schema *src)
{
    memset(dst, 0, sizeof *dst);
    dst->tables = calloc(src->ntables ? src->ntables : 1, sizeof *dst->tables);
    dst->links = calloc(src->nlinks ? src->nlinks : 1, sizeof *dst->links);
    dst->roles = calloc(src->nroles ? src->nroles : 1, sizeof *dst->roles);
    if (!dst->tables || !dst->links || !dst->roles) abort();
    for (uint32_t t = 0; t < src->ntables; t++) {
        const sc_table *s = &src->tables[t];
        sc_table *d = &dst->tables[t];
        *d = *s;
        d->name = dup_or_null(s->name);
        d->file = dup_or_null(s->file);
        d->cols = calloc(s->ncols ? s->ncols : 1, sizeof *d->cols);
        if (!d->cols) abort();
        for (uint32_t c = 0; c < s->ncols; c++) {
            d->cols[c] = s->cols[c];
            d->cols[c].name = dup_or_null(s->cols[c].name);
            d->cols[c].codes = NULL;
            d->cols[c].ncodes = 0;
            for (uint32_t k = 0; k < s->cols[c].ncodes; k++) sc_add_code(&d->cols[c], s->cols[c].codes[k]);
        }
    }
    dst->ntables = src->ntables;
    for (uint32_t l = 0; l < src->nlinks; l++) { dst->links[l] = src->links[l]; dst->links[l].name = dup_or_null(src->links[l].name); }
    dst->nlinks = src->nlinks;
    for (uint32_t r = 0; r < src->nroles; r++) dst->roles[r] = dup_or_null(src->roles[r]);
    dst->nroles = src->nroles;
}

int32_t sc_find_code(const sc_column *c, const char *text, size_t len)
{
    for (uint32_t k = 0; k < c->ncodes; k++)
        if (strlen(c->codes[k]) == len && memcmp(c->codes[k], text, len) == 0) return (int32_t)k;
    return -1;
}

bool sc_add_code(sc_column *c, const char *code)
{
    if (sc_find_code(c, code, strlen(code)) >= 0) return false;
    char **nc = realloc(c->codes, (c->ncodes + 1) * sizeof *nc);
    if (!nc) abort();
    c->codes = nc;
    c->codes[c->ncodes++] = dup_or_null(code);
    return true;
}

const char *sc_closest_code(const sc_column *c, const char *text)
{
    for (uint32_t k = 0; k < c->ncodes; k++)
        if (strcasecmp(c->codes[k], text) == 0) return c->codes[k];
    /* "in progress" for in_progress: spaces and hyphens for underscores */
    char norm[64];
    size_t n = strlen(text);
    if (n < sizeof norm) {
        for (size_t i = 0; i <= n; i++) norm[i] = text[i] == ' ' || text[i] == '-' ? '_' : text[i];
        for (uint32_t k = 0; k < c->ncodes; k++)
            if (strcasecmp(c->codes[k], norm) == 0) return c->codes[k];
    }
    return dg_closest(text, (const char *const *)c->codes, c->ncodes);
}
