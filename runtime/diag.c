/* diag.c — the source-file table, diagnostic records and their plain printing.
 * Owns: line tables (built once per file, so a byte offset becomes line:col
 * only when printed), the growable diagnostic list, the caret listing and
 * the "did you mean" edit-distance helper.
 * Does not own: deciding what is wrong, nor JSON or other report formats.
 * Out of memory aborts: there is no useful way to report a diagnostic then. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include "diag.h"

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fputs("cadre: out of memory\n", stderr);
        abort();
    }
    return q;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xrealloc(NULL, n), s, n);
}

static char *vformat(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        n = 0;
    char *s = xrealloc(NULL, (size_t)n + 1);
    if (vsnprintf(s, (size_t)n + 1, fmt, ap) < 0)
        s[0] = '\0';
    return s;
}

void dg_init(dg_context *dc)
{
    memset(dc, 0, sizeof *dc);
    dc->files = xrealloc(NULL, sizeof *dc->files);
    memset(dc->files, 0, sizeof *dc->files);
    dc->files[0].name = xstrdup("");
    dc->nfiles = 1;
}

void dg_free(dg_context *dc)
{
    for (uint32_t i = 0; i < dc->nfiles; i++) {
        free(dc->files[i].name);
        free(dc->files[i].text);
        free(dc->files[i].line_starts);
    }
    free(dc->files);
    for (uint32_t i = 0; i < dc->ndiags; i++) {
        free(dc->diags[i].message);
        free(dc->diags[i].hint);
        free(dc->diags[i].data_file);
    }
    free(dc->diags);
    memset(dc, 0, sizeof *dc);
}

static dg_file *new_file(dg_context *dc, const char *name)
{
    dc->files = xrealloc(dc->files, (dc->nfiles + 1) * sizeof *dc->files);
    dg_file *f = &dc->files[dc->nfiles++];
    memset(f, 0, sizeof *f);
    f->name = xstrdup(name);
    return f;
}

uint32_t dg_add_file(dg_context *dc, const char *name, char *text, uint32_t len)
{
    dg_file *f = new_file(dc, name);
    f->text = text;
    f->len = len;
    uint32_t n = 1;
    for (uint32_t i = 0; i < len; i++)
        n += text[i] == '\n';
    f->line_starts = xrealloc(NULL, n * sizeof *f->line_starts);
    f->line_starts[0] = 0;
    f->nlines = 1;
    for (uint32_t i = 0; i < len; i++)
        if (text[i] == '\n')
            f->line_starts[f->nlines++] = i + 1;
    return dc->nfiles - 1;
}

uint32_t dg_add_file_lines(dg_context *dc, const char *name, const uint32_t *line_starts, uint32_t nlines, uint32_t len)
{
    dg_file *f = new_file(dc, name);
    f->len = len;
    f->nlines = nlines;
    f->line_starts = xrealloc(NULL, (nlines ? nlines : 1) * sizeof *f->line_starts);
    if (nlines)
        memcpy(f->line_starts, line_starts, nlines * sizeof *line_starts);
    return dc->nfiles - 1;
}

/* Index of the line holding byte offset pos (the last line start <= pos). */
static uint32_t line_index(const dg_file *f, uint32_t pos)
{
    uint32_t lo = 0, hi = f->nlines;
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (f->line_starts[mid] <= pos)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

void dg_line_col(const dg_context *dc, dg_span sp, uint32_t *line, uint32_t *col)
{
    *line = *col = 0;
    if (sp.file == 0 || sp.file >= dc->nfiles)
        return;
    const dg_file *f = &dc->files[sp.file];
    if (f->nlines == 0)
        return;
    uint32_t pos = sp.start > f->len ? f->len : sp.start;
    uint32_t li = line_index(f, pos);
    uint32_t ls = f->line_starts[li];
    *line = li + 1;
    if (!f->text) {
        *col = pos - ls + 1;
        return;
    }
    /* Columns count code points, so a name after "é" lines up as people see it. */
    uint32_t c = 1;
    for (uint32_t i = ls; i < pos; i++)
        c += !is_cont((unsigned char)f->text[i]);
    *col = c;
}

static dg_diag *push(dg_context *dc)
{
    if (dc->ndiags == dc->cap) {
        dc->cap = dc->cap ? dc->cap * 2 : 8;
        dc->diags = xrealloc(dc->diags, dc->cap * sizeof *dc->diags);
    }
    dg_diag *d = &dc->diags[dc->ndiags++];
    memset(d, 0, sizeof *d);
    return d;
}

/* The returned pointer is valid until the next report (the list may move). */
dg_diag *dg_report(dg_context *dc, dg_severity sev, dg_span sp, const char *code, const char *fmt, ...)
{
    dg_diag *d = push(dc);
    d->severity = sev;
    d->span = sp;
    d->code = code;
    va_list ap;
    va_start(ap, fmt);
    d->message = vformat(fmt, ap);
    va_end(ap);
    if (sev == DG_ERROR)
        dc->nerrors++;
    else if (sev == DG_WARNING)
        dc->nwarnings++;
    return d;
}

dg_diag *dg_report_data(dg_context *dc, const char *data_file, uint32_t line, uint32_t col, const char *code, const char *fmt, ...)
{
    dg_diag *d = push(dc);
    d->severity = DG_ERROR;
    d->code = code;
    d->data_file = xstrdup(data_file ? data_file : "");
    d->data_line = line;
    d->data_col = col;
    va_list ap;
    va_start(ap, fmt);
    d->message = vformat(fmt, ap);
    va_end(ap);
    dc->nerrors++;
    return d;
}

void dg_move_all(dg_context *to, dg_context *from)
{
    for (uint32_t i = 0; i < from->ndiags; i++) *push(to) = from->diags[i];
    to->nerrors += from->nerrors;
    to->nwarnings += from->nwarnings;
    from->ndiags = from->nerrors = from->nwarnings = 0;
}

void dg_hint(dg_diag *d, const char *fmt, ...)
{
    if (!d)
        return;
    va_list ap;
    va_start(ap, fmt);
    char *h = vformat(fmt, ap);
    va_end(ap);
    free(d->hint);
    d->hint = h;
}

static const char *sev_word(dg_severity s)
{
    switch (s) {
    case DG_ERROR: return "error";
    case DG_WARNING: return "warning";
    case DG_NOTE: return "note";
    }
    return "error";
}

/* The source line, then an underline whose prefix copies the line's tabs so
 * the carets sit under the span whatever the terminal's tab width. */
/* ANSI colours of a severity (bold red, bold magenta, bold cyan). */
static const char *sev_color(dg_severity s) { return s == DG_ERROR ? "\033[1;31m" : s == DG_WARNING ? "\033[1;35m" : "\033[1;36m"; }
#define RESET "\033[0m"

static void print_listing(const dg_file *f, dg_span sp, uint32_t line, FILE *out, const char *color)
{
    uint32_t ls = f->line_starts[line - 1];
    uint32_t le = ls;
    while (le < f->len && f->text[le] != '\n')
        le++;
    uint32_t shown_end = le;
    if (shown_end > ls && f->text[shown_end - 1] == '\r')
        shown_end--;
    uint32_t start = sp.start > le ? le : sp.start;
    uint32_t end = sp.end > le ? le : sp.end;
    if (end < start)
        end = start;

    int width = 5; /* widened for files past 99,999 lines */
    for (uint32_t l = line; l >= 100000; l /= 10)
        width++;
    fprintf(out, "%*u | ", width, line);
    fwrite(f->text + ls, 1, shown_end - ls, out);
    fputc('\n', out);
    fprintf(out, "%*s | ", width, "");
    for (uint32_t i = ls; i < start; i++) {
        unsigned char c = (unsigned char)f->text[i];
        if (c == '\t')
            fputc('\t', out);
        else if (!is_cont(c))
            fputc(' ', out);
    }
    uint32_t carets = 0;
    for (uint32_t i = start; i < end; i++)
        carets += !is_cont((unsigned char)f->text[i]);
    if (carets == 0)
        carets = 1;
    if (color)
        fputs(color, out);
    for (uint32_t i = 0; i < carets; i++)
        fputc('^', out);
    fputs(color ? RESET "\n" : "\n", out);
}

void dg_print(const dg_context *dc, const dg_diag *d, FILE *out)
{
    char sev[32];
    const char *color = dc->color ? sev_color(d->severity) : NULL;
    snprintf(sev, sizeof sev, "%s%s%s", color ? color : "", sev_word(d->severity), color ? RESET : "");
    if (d->data_file) {
        fputs(d->data_file, out);
        if (d->data_line) {
            fprintf(out, ":%u", d->data_line);
            if (d->data_col)
                fprintf(out, ":%u", d->data_col);
        }
        fprintf(out, ": %s: %s\n", sev, d->message);
    } else if (d->span.file == 0 || d->span.file >= dc->nfiles) {
        fprintf(out, "%s: %s\n", sev, d->message);
    } else {
        const dg_file *f = &dc->files[d->span.file];
        uint32_t line, col;
        dg_line_col(dc, d->span, &line, &col);
        if (line)
            fprintf(out, "%s:%u:%u: %s: %s\n", f->name, line, col, sev, d->message);
        else
            fprintf(out, "%s: %s: %s\n", f->name, sev, d->message);
        if (line && f->text)
            print_listing(f, d->span, line, out, color);
    }
    if (d->hint)
        fprintf(out, "  %shint:%s %s\n", dc->color ? "\033[1;36m" : "", dc->color ? RESET : "", d->hint);
}

void dg_print_all(const dg_context *dc, FILE *out)
{
    for (uint32_t i = 0; i < dc->ndiags; i++)
        dg_print(dc, &dc->diags[i], out);
}

/* Optimal-string-alignment distance (Damerau with adjacent transpositions),
 * ignoring case: "Rol" and "rloe" are both one slip from "role". */
static size_t edit_distance(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    size_t *d = xrealloc(NULL, (n + 1) * (m + 1) * sizeof *d);
#define D(i, j) d[(i) * (m + 1) + (j)]
    for (size_t i = 0; i <= n; i++)
        D(i, 0) = i;
    for (size_t j = 0; j <= m; j++)
        D(0, j) = j;
    for (size_t i = 1; i <= n; i++) {
        for (size_t j = 1; j <= m; j++) {
            int ca = tolower((unsigned char)a[i - 1]), cb = tolower((unsigned char)b[j - 1]);
            size_t cost = ca != cb;
            size_t best = D(i - 1, j) + 1;
            if (D(i, j - 1) + 1 < best)
                best = D(i, j - 1) + 1;
            if (D(i - 1, j - 1) + cost < best)
                best = D(i - 1, j - 1) + cost;
            if (i > 1 && j > 1 && ca == tolower((unsigned char)b[j - 2]) &&
                tolower((unsigned char)a[i - 2]) == cb && D(i - 2, j - 2) + 1 < best)
                best = D(i - 2, j - 2) + 1;
            D(i, j) = best;
        }
    }
    size_t r = D(n, m);
#undef D
    free(d);
    return r;
}

const char *dg_closest(const char *name, const char *const *candidates, uint32_t n)
{
    size_t len = strlen(name);
    size_t limit = len / 3 > 1 ? len / 3 : 1;
    const char *best = NULL;
    size_t best_d = 0;
    for (uint32_t i = 0; i < n; i++) {
        const char *c = candidates[i];
        if (!c || strcmp(c, name) == 0)
            continue;
        size_t dist = edit_distance(name, c);
        if (dist <= limit && (!best || dist < best_d)) {
            best = c;
            best_d = dist;
        }
    }
    return best;
}
