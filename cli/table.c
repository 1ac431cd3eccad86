/* table.c — aligned text tables (see table.h).
 * Owns: cell storage and layout only. Widths count characters, not bytes, so
 * names with accents line up; cells are never cut (a value is evidence).
 * Does not own: the row limit or the footer (cli/repl.c decides those). */
#include "table.h"
#include <stdlib.h>
#include <string.h>

struct tb_table {
    uint32_t ncols;
    char **heads;
    bool *right;
    char **cells;              /* row-major */
    uint32_t ncells, cap;
};

static char *dup(const char *s)
{
    char *d = strdup(s ? s : "");
    if (!d) abort();
    return d;
}

/* Characters in a UTF-8 string: every byte that does not continue one. */
static size_t width(const char *s)
{
    size_t n = 0;
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) n += (*c & 0xC0) != 0x80;
    return n;
}

tb_table *tb_new(uint32_t ncols)
{
    tb_table *t = calloc(1, sizeof *t);
    if (!t) abort();
    t->ncols = ncols ? ncols : 1;
    t->heads = calloc(t->ncols, sizeof *t->heads);
    t->right = calloc(t->ncols, sizeof *t->right);
    if (!t->heads || !t->right) abort();
    return t;
}

void tb_free(tb_table *t)
{
    if (!t) return;
    for (uint32_t i = 0; i < t->ncols; i++) free(t->heads[i]);
    for (uint32_t i = 0; i < t->ncells; i++) free(t->cells[i]);
    free(t->heads); free(t->right); free(t->cells);
    free(t);
}

void tb_header(tb_table *t, uint32_t c, const char *name, bool right)
{
    if (c >= t->ncols) return;
    free(t->heads[c]);
    t->heads[c] = dup(name);
    t->right[c] = right;
}

void tb_cell(tb_table *t, const char *text)
{
    if (t->ncells == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 64;
        t->cells = realloc(t->cells, t->cap * sizeof *t->cells);
        if (!t->cells) abort();
    }
    t->cells[t->ncells++] = dup(text);
}

typedef struct { char *s; size_t len, cap; } lbuf;

static void put(lbuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->s = realloc(b->s, b->cap);
        if (!b->s) abort();
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

static void pad(lbuf *b, size_t n)
{
    while (n--) put(b, " ", 1);
}

/* One line: cells separated by two blanks; trailing blanks are cut so a
 * transcript compares exactly. */
static void line(const tb_table *t, FILE *out, char *const *cells, const size_t *w, lbuf *b)
{
    b->len = 0;
    put(b, "", 0);
    for (uint32_t c = 0; c < t->ncols; c++) {
        const char *s = cells[c] ? cells[c] : "";
        size_t gap = w[c] - width(s);
        if (c) put(b, "  ", 2);
        if (t->right[c]) pad(b, gap);
        put(b, s, strlen(s));
        if (!t->right[c]) pad(b, gap);
    }
    while (b->len && b->s[b->len - 1] == ' ') b->s[--b->len] = 0;
    fputs(b->s, out);
    fputc('\n', out);
}

void tb_print(const tb_table *t, FILE *out)
{
    size_t *w = calloc(t->ncols, sizeof *w);
    if (!w) abort();
    for (uint32_t c = 0; c < t->ncols; c++) w[c] = width(t->heads[c] ? t->heads[c] : "");
    for (uint32_t i = 0; i < t->ncells; i++) {
        size_t k = width(t->cells[i]);
        if (k > w[i % t->ncols]) w[i % t->ncols] = k;
    }
    lbuf b = {0};
    bool heading = false;
    for (uint32_t c = 0; c < t->ncols; c++) heading = heading || (t->heads[c] && *t->heads[c]);
    if (heading) {
        line(t, out, t->heads, w, &b);
        for (uint32_t c = 0; c < t->ncols; c++) {
            if (c) fputs("  ", out);
            for (size_t k = 0; k < w[c]; k++) fputc('-', out);
        }
        fputc('\n', out);
    }
    for (uint32_t i = 0; i + t->ncols <= t->ncells; i += t->ncols) line(t, out, t->cells + i, w, &b);
    free(b.s);
    free(w);
}

/* RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
static void csv_field(FILE *out, const char *s)
{
    if (!s) s = "";
    if (!strpbrk(s, ",\"\r\n")) { fputs(s, out); return; }
    fputc('"', out);
    for (; *s; s++) { if (*s == '"') fputc('"', out); fputc(*s, out); }
    fputc('"', out);
}

void tb_csv(const tb_table *t, FILE *out)
{
    for (uint32_t c = 0; c < t->ncols; c++) { if (c) fputc(',', out); csv_field(out, t->heads[c]); }
    fputc('\n', out);
    for (uint32_t i = 0; i < t->ncells; i++) {
        if (i % t->ncols) fputc(',', out);
        csv_field(out, t->cells[i]);
        if (i % t->ncols == t->ncols - 1) fputc('\n', out);
    }
}

uint32_t tb_rows(const tb_table *t) { return t->ncols ? t->ncells / t->ncols : 0; }
