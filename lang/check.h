/* check.h — names, types and schema, resolved before any data is read.
 * Owns: the checked program (schema built from `table`/`roles`, lets,
 * computed fields, rules including those lowered from domain blocks), the
 * static type of every expression node, and every name/type diagnostic with
 * a did-you-mean hint.
 * Does not own: parsing (parse.c), lowering of blocks (desugar.c) or code
 * generation (compile.c), which reads the annotations left in node->sem. */
#ifndef CADRE_CHECK_H
#define CADRE_CHECK_H

#include "ast.h"
#include "../runtime/schema.h"

/* Static types, packed in an int: kind | element kind << 8 | (table+1) << 16. */
typedef enum {
    TY_ERROR, TY_MISSING, TY_BOOL, TY_NUM, TY_TEXT, TY_DATE, TY_DUR,
    TY_ROLE, TY_ROLESET, TY_ROW, TY_ROWS, TY_LIST, TY_GAP, TY_MONTH
} ty_kind;
static inline int ty_make(int kind, int elem, int table) { return kind | (elem << 8) | ((table + 1) << 16); }
static inline int ty_kind_of(int t) { return t & 0xff; }
static inline int ty_elem(int t) { return (t >> 8) & 0xff; }
static inline int ty_table(int t) { return (t >> 16) - 1; }

/* What a name or field resolved to (node->sem.ref). */
enum {
    R_NONE,
    R_VAR,        /* N_NAME: scope entry sem.index (relative to the frame base) */
    R_LET,        /* N_NAME: lets[sem.index] */
    R_ROLE,       /* N_NAME: role id sem.index */
    R_TABLE,      /* N_NAME: every row of table sem.table */
    F_COLUMN,     /* N_FIELD: stored column sem.index of table sem.table */
    F_LINK,       /* N_FIELD: reverse link sem.index */
    F_COMPUTED,   /* N_FIELD: computed[sem.index] */
    B_AGG,        /* N_CALL: aggregate sem.index = AG_*, flag = distinct */
    B_DISTINCT,   /* N_CALL: distinct(list) */
    B_FN,         /* N_CALL: builtin function sem.index = BI_* (runtime/opcodes.h) */
    R_MONTH,      /* N_NAME: a month name inside a range, sem.index = 1..12 */
};

typedef struct {
    node *decl;        /* N_COLUMN with kid[0] = expression */
    uint32_t table;
    int state;         /* 0 unchecked, 1 being checked (cycle), 2 checked */
    int type;
} ck_computed;

typedef struct {
    node *decl;        /* N_LET */
    int state, type;
    bool used;         /* referenced anywhere: an unused let is a lint warning */
} ck_let;

typedef struct {
    dg_context *dc;
    sc_schema schema;
    node **files;      /* owned parsed files; files[0] is the standard library */
    uint32_t nfiles;
    ck_computed *computed;
    uint32_t ncomputed;
    ck_let *lets;
    uint32_t nlets;
    node **rules;      /* N_RULE, in source order (blocks lowered in place) */
    uint32_t nrules;
    node **owned;      /* nodes made by desugar.c, freed with the env */
    uint32_t nowned;
    char *policy_name;
    struct ck_override *overrides;  /* every override/disable in force, in order */
    uint32_t noverrides;
    char **code_errors;  /* "FILE TABLE.COLUMN TEXT" of each wrong code reported, so a
                            literal repeated by a lowered block is reported once */
    uint32_t ncode_errors;
    /* checking state */
    struct ck_scope *scopes;
    uint32_t nscopes, capscopes, base;
} ck_env;

typedef struct ck_override {
    node *decl;        /* N_OVERRIDE */
    uint32_t target_file; /* file id that declared what was overridden */
    node *old_value;   /* override let: the value it replaced */
    int32_t let;       /* override let: the let's index, else -1 */
} ck_override;

typedef struct ck_scope {
    const char *name;  /* NULL for an element scope (`it`) */
    int type;          /* TY_ROW of a table */
} ck_scope;

void ck_init(ck_env *env, dg_context *dc);
void ck_free(ck_env *env);
/* Takes ownership of a parsed N_FILE. The standard library goes first. */
void ck_add_file(ck_env *env, node *file);
/* Builds the schema, lowers domain blocks, resolves and types everything.
 * Returns false when any error was reported. */
bool ck_check(ck_env *env);

/* Checks a free-standing expression (a REPL query) against the checked
 * program: lets, tables, role codes are in scope. Returns its type (TY_ERROR
 * after reporting). */
int ck_check_expr(ck_env *env, node *e);

const char *ty_name(const ck_env *env, int type, char *buf, size_t cap);
void ck_keep(ck_env *env, node *n);   /* desugar.c: free n with the env */

#endif
