/* csv.c — RFC 4180 records over an in-memory buffer.
 * Owns: record and field splitting (a record without quotes or CRs 16
 * bytes at a time where SSE2 is there), unescaping quoted fields into the
 * reader's scratch buffer, and the line/column of every field's first byte.
 * Does not own: the file (the caller reads it whole), the header's meaning
 * or cell types (store.c), or error reporting beyond r->error. */
#include "csv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void csv_open(csv_reader *r, const char *buf, size_t len)
{
    memset(r, 0, sizeof *r);
    r->buf = buf;
    r->len = len;
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) r->pos = 3;
    r->line = 1;
    r->line_start = r->pos; /* columns count from after the BOM */
}

void csv_close(csv_reader *r)
{
    free(r->fields);
    free(r->scratch);
    r->fields = NULL;
    r->scratch = NULL;
    r->nfields = r->cap = 0;
    r->scratch_len = r->scratch_cap = 0;
}

static bool grow_fields(csv_reader *r)
{
    uint32_t ncap = r->cap ? r->cap * 2 : 16;
    csv_field *nf = realloc(r->fields, ncap * sizeof *nf);
    if (!nf) return false;
    r->fields = nf;
    r->cap = ncap;
    return true;
}

static bool scratch_put(csv_reader *r, const char *p, size_t n)
{
    if (n == 0) return true;
    if (r->scratch_len + n > r->scratch_cap) {
        size_t ncap = r->scratch_cap ? r->scratch_cap : 256;
        while (ncap < r->scratch_len + n) ncap *= 2;
        char *ns = realloc(r->scratch, ncap);
        if (!ns) return false;
        r->scratch = ns;
        r->scratch_cap = ncap;
    }
    memcpy(r->scratch + r->scratch_len, p, n);
    r->scratch_len += n;
    return true;
}

static int fail(csv_reader *r, uint32_t line, uint32_t col, const char *msg)
{
    snprintf(r->error, sizeof r->error, "%s", msg);
    r->error_line = line;
    r->error_col = col;
    r->pos = r->len; /* a malformed file is not resynchronised */
    return -1;
}

/* Only line ends remain: the file's closing blank line(s), not a record. */
static bool only_line_ends(const csv_reader *r)
{
    for (size_t i = r->pos; i < r->len; i++)
        if (r->buf[i] != '\n' && r->buf[i] != '\r') return false;
    return true;
}

/* Copies a quoted field's body (pos just after the opening quote) into the
 * scratch, undoing "" and turning CRLF into LF so text values do not depend
 * on the exporting platform. Leaves pos after the closing quote. */
static int read_quoted(csv_reader *r, csv_field *f)
{
    const char *b = r->buf;
    size_t start_len = r->scratch_len;
    for (;;) {
        size_t run = r->pos;
        while (run < r->len && b[run] != '"' && b[run] != '\n' && b[run] != '\r') run++;
        if (!scratch_put(r, b + r->pos, run - r->pos)) return fail(r, f->line, f->col, "out of memory");
        r->pos = run;
        if (run >= r->len) return fail(r, f->line, f->col, "unterminated quoted field");
        char c = b[run];
        if (c == '"') {
            if (run + 1 < r->len && b[run + 1] == '"') {
                if (!scratch_put(r, "\"", 1)) return fail(r, f->line, f->col, "out of memory");
                r->pos = run + 2;
                continue;
            }
            r->pos = run + 1;
            break;
        }
        if (c == '\r' && run + 1 < r->len && b[run + 1] == '\n') run++;
        else if (c == '\r') { /* a lone CR is kept as data */
            if (!scratch_put(r, "\r", 1)) return fail(r, f->line, f->col, "out of memory");
            r->pos = run + 1;
            continue;
        }
        if (!scratch_put(r, "\n", 1)) return fail(r, f->line, f->col, "out of memory");
        r->pos = run + 1;
        r->line++;
        r->line_start = r->pos;
    }
    f->len = (uint32_t)(r->scratch_len - start_len);
    return 1;
}

#ifdef __SSE2__
#include <emmintrin.h>
/* A record with no quote and no CR (nearly every record of an export): its
 * fields split 16 bytes at a time, commas and the newline found by compares
 * rather than a test per byte. False, with nothing consumed, for any other
 * record, or one that comes within 16 bytes of the end: the general path
 * reads it. */
static bool fast_record(csv_reader *r)
{
    const char *b = r->buf;
    size_t start = r->pos, at = start, field = start;
    uint32_t n = 0;
    const __m128i comma = _mm_set1_epi8(','), nl = _mm_set1_epi8('\n'),
                  quote = _mm_set1_epi8('"'), cr = _mm_set1_epi8('\r');
    for (; at + 16 <= r->len; at += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(b + at));
        unsigned stop = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, cr)));
        unsigned end = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, nl));
        unsigned seps = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, comma));
        if (end) {   /* only what comes before the record's newline counts */
            unsigned before = (end & -end) - 1;
            stop &= before;
            seps &= before;
        }
        if (stop) return false;
        for (; seps; seps &= seps - 1) {
            size_t e = at + (size_t)__builtin_ctz(seps);
            if (n == r->cap && !grow_fields(r)) return false;
            r->fields[n++] = (csv_field){b + field, (uint32_t)(e - field), r->line, (uint32_t)(field - r->line_start + 1), false};
            field = e + 1;
        }
        if (end) {
            size_t e = at + (size_t)__builtin_ctz(end);
            if (n == r->cap && !grow_fields(r)) return false;
            r->fields[n++] = (csv_field){b + field, (uint32_t)(e - field), r->line, (uint32_t)(field - r->line_start + 1), false};
            r->nfields = n;
            r->scratch_len = 0;
            r->record_line = r->line;
            r->pos = e + 1;
            r->line++;
            r->line_start = r->pos;
            return true;
        }
    }
    return false;
}
#endif

int csv_next(csv_reader *r)
{
    if (r->pos >= r->len) return 0;
#ifdef __SSE2__
    if (r->buf[r->pos] != '\n' && r->buf[r->pos] != '\r' && fast_record(r)) return 1;
#endif
    if (only_line_ends(r)) return 0;
    const char *b = r->buf;
    r->nfields = 0;
    r->scratch_len = 0;
    r->record_line = r->line;
    bool any_quoted = false;
    for (;;) {
        if (r->nfields == r->cap && !grow_fields(r))
            return fail(r, r->line, (uint32_t)(r->pos - r->line_start + 1), "out of memory");
        csv_field *f = &r->fields[r->nfields++];
        f->line = r->line;
        f->col = (uint32_t)(r->pos - r->line_start + 1);
        f->quoted = false;
        if (r->pos < r->len && b[r->pos] == '"') {
            f->quoted = true;
            any_quoted = true;
            f->text = NULL; /* fixed up below: the scratch may still move */
            r->pos++;
            if (read_quoted(r, f) < 0) return -1;
        } else {
            size_t e = r->pos;
            while (e < r->len && b[e] != ',' && b[e] != '\n' &&
                   !(b[e] == '\r' && e + 1 < r->len && b[e + 1] == '\n'))
                e++;
            f->text = b + r->pos;
            f->len = (uint32_t)(e - r->pos);
            r->pos = e;
        }
        if (r->pos >= r->len) break;
        char c = b[r->pos];
        if (c == ',') { r->pos++; continue; }
        if (c == '\n') { r->pos++; r->line++; r->line_start = r->pos; break; }
        if (c == '\r' && r->pos + 1 < r->len && b[r->pos + 1] == '\n') {
            r->pos += 2; r->line++; r->line_start = r->pos; break;
        }
        return fail(r, r->line, (uint32_t)(r->pos - r->line_start + 1),
                    "unexpected text after closing quote");
    }
    if (any_quoted) {
        /* quoted fields were appended to the scratch in field order */
        size_t off = 0;
        for (uint32_t i = 0; i < r->nfields; i++) {
            csv_field *f = &r->fields[i];
            if (!f->quoted) continue;
            f->text = r->scratch ? r->scratch + off : "";
            off += f->len;
        }
    }
    return 1;
}
