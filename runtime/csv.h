/* csv.h — an RFC 4180 reader over a whole file held in memory.
 * Owns: splitting records and fields (quotes, "" escapes, embedded commas and
 * newlines, LF or CRLF, a leading UTF-8 BOM), and the line/column where each
 * field starts, so that data errors can name them.
 * Does not own: types, headers' meaning or files on disk beyond reading one. */
#ifndef CADRE_CSV_H
#define CADRE_CSV_H

#include <stdint.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct {
    const char *text;      /* field bytes; points into the buffer or the scratch */
    uint32_t len;
    uint32_t line, col;    /* 1-based position of the field's first byte */
    bool quoted;
} csv_field;

typedef struct {
    const char *buf;       /* the whole file */
    size_t len, pos;
    uint32_t line;         /* line of pos, 1-based */
    size_t line_start;     /* offset of the current line's first byte */
    csv_field *fields;     /* the current record */
    uint32_t nfields, cap;
    char *scratch;         /* unescaped quoted fields of the current record */
    size_t scratch_len, scratch_cap;
    uint32_t record_line;  /* line where the current record starts */
    char error[160];       /* set when csv_next returns -1 */
    uint32_t error_line, error_col;
} csv_reader;

/* buf must stay alive while the reader is used. Skips a UTF-8 BOM. */
void csv_open(csv_reader *r, const char *buf, size_t len);
/* Reads the next record: 1 = got one, 0 = end of input, -1 = malformed
 * (an unterminated quote, or text after a closing quote); see r->error. */
int csv_next(csv_reader *r);
void csv_close(csv_reader *r);

#endif
