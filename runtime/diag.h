/* diag.h — source spans and diagnostic records shared by every layer.
 * Owns: the span type (file id + byte offsets), the diagnostic record and a
 * growable list of them, and the source-file table that turns byte offsets
 * into line:column when (and only when) a diagnostic is printed.
 * Does not own: deciding what is an error (lang/ and runtime/ do that) or
 * report formats other than the plain caret listing (cli/ does that). */
#ifndef CADRE_DIAG_H
#define CADRE_DIAG_H

#include <stdint.h>
#include <stdio.h>
#include <stdbool.h>

typedef struct {
    uint32_t file;   /* index into dg_files; 0 is "no file" */
    uint32_t start;  /* byte offset of the first byte */
    uint32_t end;    /* byte offset one past the last byte */
} dg_span;

typedef enum { DG_ERROR, DG_WARNING, DG_NOTE } dg_severity;

typedef struct {
    dg_severity severity;
    dg_span span;          /* where; file 0 = no source position */
    const char *code;      /* short stable code, e.g. "E-name", for machines */
    char *message;         /* owned */
    char *hint;            /* owned, may be NULL */
    /* data diagnostics point into a data file instead of policy source */
    char *data_file;       /* owned, may be NULL */
    uint32_t data_line, data_col; /* 1-based; 0 = unknown */
} dg_diag;

/* One source text known to the program: policy files, stdlib modules, or
 * compiled-image stand-ins (which keep the name and line table only). */
typedef struct {
    char *name;            /* as given on the command line, or "<stdlib>/x.cadre" */
    char *text;            /* owned; NULL when only the line table is known */
    uint32_t len;
    uint32_t *line_starts; /* byte offset of each line's first byte */
    uint32_t nlines;
} dg_file;

typedef struct {
    dg_file *files;        /* files[0] is the empty "no file" entry */
    uint32_t nfiles;
    dg_diag *diags;
    uint32_t ndiags, cap;
    uint32_t nerrors, nwarnings;
    bool color;            /* print with ANSI colours (cli/ decides: a terminal,
                              --color, NO_COLOR); off after dg_init */
} dg_context;

void dg_init(dg_context *dc);
void dg_free(dg_context *dc);
/* Takes ownership of text (malloc'd, NUL-terminated). Returns the file id. */
uint32_t dg_add_file(dg_context *dc, const char *name, char *text, uint32_t len);
/* Adds a file known only by name and line table (loaded bytecode). */
uint32_t dg_add_file_lines(dg_context *dc, const char *name, const uint32_t *line_starts, uint32_t nlines, uint32_t len);
void dg_line_col(const dg_context *dc, dg_span sp, uint32_t *line, uint32_t *col);

/* Records a diagnostic; message is printf-style. Returns it so a hint can be added. */
dg_diag *dg_report(dg_context *dc, dg_severity sev, dg_span sp, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
dg_diag *dg_report_data(dg_context *dc, const char *data_file, uint32_t line, uint32_t col, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
void dg_hint(dg_diag *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends every diagnostic of from to to, in order, and empties from (its
 * files stay). For reports gathered apart, e.g. one table loaded per thread. */
void dg_move_all(dg_context *to, dg_context *from);

/* Prints every diagnostic as: file:line:col: error: message, the source line,
 * a ^^^ underline, and "  hint: ..." when there is one. */
void dg_print_all(const dg_context *dc, FILE *out);
void dg_print(const dg_context *dc, const dg_diag *d, FILE *out);

/* Small shared helper: the closest candidate to name by edit distance, or NULL
 * when nothing is close enough to be a plausible typo. */
const char *dg_closest(const char *name, const char *const *candidates, uint32_t n);

#endif
