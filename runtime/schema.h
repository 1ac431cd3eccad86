/* schema.h — the data schema as the runtime sees it: tables, stored columns,
 * references, reverse links and role codes.
 * Owns: the plain description that the compiler fills in from `table` and
 * `roles` declarations, that travels inside compiled bytecode, and that the
 * store loads data against.
 * Does not own: computed fields (the compiler inlines them) or data. */
#ifndef CADRE_SCHEMA_H
#define CADRE_SCHEMA_H

#include <stdint.h>
#include <stdbool.h>
#include <stddef.h>

typedef enum {
    SC_TEXT, SC_INT, SC_DECIMAL, SC_DATE, SC_BOOL, SC_ROLE, SC_REF
} sc_type;

typedef struct {
    char *name;            /* owned; also the CSV header / SQLite column name */
    uint8_t type;          /* sc_type */
    bool optional;         /* empty cell allowed (else a data error) */
    bool key;              /* unique, non-empty; references resolve against it */
    int32_t ref_table;     /* SC_REF: target table index, else -1 */
    char **codes;          /* owned; SC_TEXT with a closed set of codes
                              (`text in {"a", "b"}`), else NULL: any text */
    uint32_t ncodes;
} sc_column;

/* A reverse link: on table `on`, the rows of `from_table` whose column
 * `from_column` refers to this row. Named in the schema (`as NAME`). */
typedef struct {
    char *name;            /* owned */
    uint32_t on, from_table, from_column;
} sc_link;

typedef struct {
    char *name;            /* owned, e.g. "staff" */
    char *file;            /* owned, e.g. "staff.csv" */
    sc_column *cols;       /* owned */
    uint32_t ncols;
    int32_t key_col;       /* -1 when the table has no key */
    int32_t name_col;      /* column shown after the key in evidence, -1 if none */
    int32_t role_col;      /* column shown in parentheses in evidence, -1 if none */
} sc_table;

typedef struct {
    sc_table *tables;      /* owned */
    uint32_t ntables;
    sc_link *links;        /* owned */
    uint32_t nlinks;
    char **roles;          /* owned; role id = index */
    uint32_t nroles;
} sc_schema;

void sc_free(sc_schema *s);
/* A deep copy (the compiler keeps its own schema for later queries). */
void sc_copy(sc_schema *dst, const sc_schema *src);
int32_t sc_find_table(const sc_schema *s, const char *name);
int32_t sc_find_column(const sc_table *t, const char *name);
int32_t sc_find_role(const sc_schema *s, const char *name);
const char *sc_type_name(sc_type t);
/* A coded column's code equal to the len bytes at text, or -1 (also when the
 * column is not coded). */
int32_t sc_find_code(const sc_column *c, const char *text, size_t len);
/* Adds a code to a text column (making it coded); false if already there. */
bool sc_add_code(sc_column *c, const char *code);
/* The code a mistyped value most likely meant: the same letters in another
 * case first (Individual -> individual), else the nearest by edit distance;
 * NULL when none is close. */
const char *sc_closest_code(const sc_column *c, const char *text);

#endif
