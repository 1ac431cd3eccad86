/* store.h — columnar tables loaded against a schema, with references
 * resolved to row indexes and reverse links indexed once.
 * Owns: all data memory (typed column arrays, interned strings, link
 * indexes), loading from a CSV directory, and data errors with file:line:col.
 * Does not own: the schema (borrowed from the program) or evaluation. */
#ifndef CADRE_STORE_H
#define CADRE_STORE_H

#include <stdint.h>
#include <stdbool.h>
#include "schema.h"
#include "diag.h"
#include "value.h"

#define ST_INT_MISSING INT64_MIN
#define ST_DEC_SCALE 1000000  /* decimals are stored as value × 10^6, exactly */

/* One column's cells; which array is used follows the schema type.
 * Missing cells: text NULL, int/decimal ST_INT_MISSING, date DT_MISSING,
 * bool -1, role 0xFF, ref -1. */
typedef struct {
    const char **text;     /* SC_TEXT: interned, compare by pointer */
    int64_t *i64;          /* SC_INT (plain), SC_DECIMAL (scaled by ST_DEC_SCALE) */
    int32_t *i32;          /* SC_DATE (day number), SC_REF (row index) */
    int8_t *b;             /* SC_BOOL */
    uint8_t *role;         /* SC_ROLE */
} st_column;

typedef struct {
    uint32_t nrows;
    st_column *cols;       /* schema order */
    uint32_t *src_line;    /* line in the source file where each row starts (SQLite: rowid) */
    char *source;          /* file or table name the rows came from (owned) */
    uint8_t *deleted;      /* rows dropped by a what-if edit (REPL), or NULL;
                              owned by whoever set it (runtime/whatif.c) */
} st_table;

/* Reverse link index (CSR): the rows of from_table pointing at row r are
 * rows[offsets[r] .. offsets[r+1]). */
typedef struct {
    uint32_t *offsets;     /* ntarget + 1 */
    int32_t *rows;
} st_link;

typedef struct st_intern st_intern;

#define ST_REF_DANGLING (-2)   /* a ref cell naming no row, kept under --allow-missing */

/* A data-quality finding of --allow-missing: a cell read as unknown instead
 * of stopping the run. */
typedef enum { ST_ISSUE_EMPTY, ST_ISSUE_DANGLING } st_issue_kind;
typedef struct {
    uint8_t kind;          /* st_issue_kind */
    uint32_t table, col;   /* schema indexes */
    int32_t row;
    uint32_t line, column; /* where the cell is in its source (table's st_table.source) */
    const char *text;      /* DANGLING: the key that named no row (interned) */
} st_issue;

typedef struct {
    const sc_schema *schema; /* borrowed */
    st_table *tables;      /* schema order */
    st_link *links;        /* schema link order */
    st_intern *strings;
    st_issue *issues;      /* data-quality findings (--allow-missing), in load order */
    uint32_t nissues, capissues;
} st_store;

/* How data is read, beyond the schema (command-line options). */
typedef enum { ST_UTF8, ST_CP1252 } st_encoding;
typedef struct {
    st_encoding encoding;  /* of CSV files: UTF-8 (checked), or Windows-1252
                              converted on load (a file with a UTF-8 BOM is
                              read as UTF-8 either way); SQLite text is UTF-8 */
    bool allow_missing;    /* an empty required cell is a missing value and a
                              reference naming no row an unknown reference,
                              both listed as data-quality findings */
} st_options;

/* An --encoding name: utf-8 / utf8, or windows-1252 / cp1252 / latin1 /
 * iso-8859-1 (any case). False for anything else. */
bool st_parse_encoding(const char *name, st_encoding *out);

/* Loads every table of the schema from DIR/<table.file>; a missing file is an
 * empty table. Data errors go to dc (with data_file/line/col); returns false
 * if any. Unknown extra columns are ignored (kept out of the typed store). */
bool st_load_csv_dir(st_store *st, const sc_schema *schema, const char *dir, dg_context *dc);
/* The same from one SQLite file, opened read-only: table <file without .csv>
 * per schema table, same column names; a missing table is empty. Cells go
 * through the CSV conversion (NULL and '' are missing; INTEGER and REAL are
 * converted exactly as their decimal text). Errors and src_line name rowids:
 * data_file "FILE.db:TABLE", line = rowid, col = column position. */
bool st_load_sqlite(st_store *st, const sc_schema *schema, const char *path, dg_context *dc);
/* True when path is a file starting with the SQLite magic "SQLite format 3\0". */
bool st_is_sqlite(const char *path);
/* st_load_sqlite when data is a SQLite file, else st_load_csv_dir. */
bool st_load_data(st_store *st, const sc_schema *schema, const char *data, dg_context *dc);
/* The same with options (NULL: the defaults, all zero). */
bool st_load_data_opts(st_store *st, const sc_schema *schema, const char *data, const st_options *o, dg_context *dc);
void st_free(st_store *st);

/* Cell parsers, shared with what-if edits (whatif.c) so an edited cell obeys
 * exactly the loader's rules. int: 1 ok, 0 bad syntax, -1 too large.
 * decimal (value × 10^6): as int, and -2 for more than six places.
 * bool: 1, 0, or -1 when not true/false/yes/no/1/0 (any case). */
int st_parse_int(const char *p, uint32_t len, int64_t *out);
int st_parse_decimal(const char *p, uint32_t len, int64_t *out);
int st_parse_bool(const char *p, uint32_t len);

/* Builds (or rebuilds, after a what-if edit) the reverse-link index l,
 * leaving out rows a what-if dropped. */
void st_rebuild_link(st_store *st, uint32_t l);
/* Reverse-link index l, built on first use: loading builds none, since a
 * policy uses a few of a schema's links (the benchmark 6 of 13). The store
 * reads the same before and after, hence the const. */
const st_link *st_link_index(const st_store *st, uint32_t l);

/* Memory for a large array (a column, an index, the VM's memo of a computed
 * field per row): from 2 MiB up, aligned and marked for transparent huge
 * pages, so that filling it faults once per 2 MiB, not once per 4 KiB.
 * Uninitialised; freed with free(); aborts when out of memory. */
void *st_big_alloc(size_t n);

/* Interns text in the store's pool; the result lives as long as the store. */
const char *st_intern_text(st_store *st, const char *s, size_t len);

/* Reads one cell as a value (missing cells become VT_MISSING; so does a
 * dangling reference, which the VM tells apart by ST_REF_DANGLING). */
vl_value st_cell(const st_store *st, uint32_t table, int32_t row, uint32_t col);

#endif
