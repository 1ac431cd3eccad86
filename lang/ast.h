/* ast.h — the syntax tree the parser builds and every later pass reads.
 * Owns: one generic node type (kind, span, a few scalar fields, children),
 * constructors and the recursive free. Every node carries a source span.
 * Does not own: meaning. Names are not resolved and types not known here;
 * the checker (check.c) annotates nodes through the `sem` fields. */
#ifndef CADRE_AST_H
#define CADRE_AST_H

#include <stdint.h>
#include <stdbool.h>
#include "../runtime/diag.h"
#include "../runtime/value.h"

typedef enum {
    /* ---- expressions ---- */
    N_NUM,        /* num: exact literal                                        */
    N_STR,        /* text: literal text (no interpolation), or kids: parts —
                     each kid an N_STR (literal piece) or an expression         */
    N_DATE,       /* date: day number                                           */
    N_DUR,        /* kid[0]: count expression; op: DU_DAY/WEEK/MONTH/YEAR       */
    N_BOOL,       /* flag: value                                                */
    N_MISSING,    /* the literal `missing`                                      */
    N_ASOF,       /* `as_of`: the evaluation date                               */
    N_NAME,       /* text: identifier                                           */
    N_FIELD,      /* kid[0]: object; text: field name     (a.b)                 */
    N_SET,        /* kids: elements                       {a, b, c}             */
    N_CALL,       /* text: function name; kids: arguments f(x, y)               */
    N_AGG,        /* op: AG_*; flag: distinct; kid[0]: argument                 */
    N_WHERE,      /* kid[0]: collection; kid[1]: condition                      */
    N_UNARY,      /* op: OP_NEG / OP_NOT; kid[0]                                */
    N_BINARY,     /* op: OP_*; kid[0], kid[1]                                   */
    N_IS,         /* kid[0]; flag: true = `is present`, false = `is missing`;
                     op IS_DANGLING: `is dangling`                               */
    N_IN,         /* kid[0] in kid[1]; flag: negated (`not in`)                 */
    N_RANGE,      /* kid[0] .. kid[1], only as the right side of `in`          */
    N_IF,         /* if kid[0] then kid[1] else kid[2]                         */

    /* ---- declarations and statements ---- */
    N_FILE,       /* kids: items                                               */
    N_POLICY,     /* text: policy name                                          */
    N_EFFECTIVE,  /* date                                                       */
    N_USE,        /* text: module path, dotted, e.g. "england.asye"            */
    N_LET,        /* text: name; kid[0]: value                                 */
    N_ROLES,      /* kids: N_NAME, one per role code declared                  */
    N_TABLE,      /* text: name; text2: file name or NULL; kids: N_COLUMN      */
    N_COLUMN,     /* text: name; text2: type name (text, int, decimal, date,
                     bool, role) or referenced table for `ref T`; flag: is ref;
                     flag2: optional; flag3: key; text3: reverse link name
                     (`as NAME`) or NULL; kid[0]: computed expression or none;
                     kid[1]: N_CODES or none                                   */
    N_CODES,      /* kids: N_STR, one per code. Inside a column: its closed
                     set of codes (the column's kid[1]). As an item: text:
                     table; text2: column; name_span: TABLE.COLUMN           */
    N_RULE,       /* text: name; text2: title or NULL; kid[0]: N_FOREACH or
                     none (NULL); kids[1..]: N_REQ                             */
    N_FOREACH,    /* text: variable; kid[0]: collection; kid[1]: where or NULL */
    N_REQ,        /* op: REQ_MUST / REQ_SHOULD; kid[0]: condition;
                     kid[1]: otherwise message (N_STR) or NULL                 */
    N_CASELOAD,   /* kids: N_CAP, N_AVGCAP                                     */
    N_CAP,        /* text: name or NULL; flag: weighted; flag3: the ramp's
                     clock is the role spell; kid[0]: limit; kid[1]: N_SET of
                     roles; kids[2..]: the ramp's N_PHASE nodes, the first with
                     kid[0] NULL (kid[0] of the line applies)                 */
    N_AVGCAP,     /* text: name or NULL; op: AVG_PER_TEAM / AVG_ACROSS;
                     flag: weighted; flag2: per FTE; flag3: `open cases` was
                     written; kid[0]: limit; kid[1]: N_SET of roles           */
    N_POD,        /* text: pod kind; kids: N_LEAD, N_COMPOSE, N_NOTHING_ELSE   */
    N_LEAD,       /* kid[0]: role expression                                   */
    N_COMPOSE,    /* op: CMP_EXACTLY / CMP_AT_LEAST / CMP_AT_MOST;
                     kid[0]: count; kids[1..]: roles                            */
    N_NOTHING_ELSE,/* `nothing else` in a pod block; no kids                  */
    N_SUPERVISION,/* kids: N_SUPGROUP, N_SUPIND                                */
    N_SUPGROUP,   /* text: pod kind or NULL (every pod); text3: the line's
                     name (`NAME: group ...`) or NULL; kid[0]: cadence (a
                     duration expression); kid[1]: `over` window or NULL        */
    N_SUPIND,     /* text3: the line's name or NULL;
                     kid[0]: N_SET of roles; kid[1]: `over` window or NULL;
                     kids[2..]: N_PHASE in order                                */
    N_PHASE,      /* op: 0 first phase (`for D`), 1 later (`until D`);
                     kid[0]: cadence (a caseload ramp: the limit); kid[1]:
                     phase end or NULL (open-ended)                         */
    N_PROGRESSION,/* text: from role; text2: to role; kids: N_REQUIRES         */
    N_OVERRIDE,   /* op: OV_LET / OV_RULE / OV_DISABLE; text: target name;
                     text2: the reason; flag: intended; kid[0]: the new N_LET
                     or N_RULE (NULL for disable)                               */
    N_TEST,       /* text: title; kids: N_TASOF, N_TROWS, N_TEXPECT             */
    N_TASOF,      /* date                                                       */
    N_TROWS,      /* text: table; kid[0]: count or NULL (one row); kids[1..]:
                     N_TFIELD                                                   */
    N_TFIELD,     /* text: column; kid[0]: value expression (may use n)         */
    N_TEXPECT,    /* op: TX_*; text: rule name; text2: entity id or NULL        */
    N_REQUIRES,   /* op: RQ_*. ASSESSMENT: text kind, text2 outcome or NULL,
                     kid[0] within or NULL, kid[1] N_RANGE of months or NULL;
                     PROGRAMME: text name; TENURE: kid[0] duration             */
} node_kind;

enum { OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE,
       OP_AND, OP_OR, OP_NOT, OP_NEG, OP_DEFAULT /* a ?? b */ };
enum { AG_COUNT, AG_SUM, AG_AVG, AG_MIN, AG_MAX, AG_ANY, AG_ALL };
enum { DU_DAY, DU_WEEK, DU_MONTH, DU_YEAR };
enum { REQ_MUST, REQ_SHOULD };
enum { CMP_EXACTLY, CMP_AT_LEAST, CMP_AT_MOST };
enum { AVG_PER_TEAM, AVG_ACROSS };   /* N_AVGCAP op: per team, or across the council */
enum { RQ_ASSESSMENT, RQ_PROGRAMME, RQ_TENURE };
enum { OV_LET, OV_RULE, OV_DISABLE };
enum { TX_FAIL, TX_PASS, TX_UNKNOWN, TX_WAIVED, TX_NOTHING_ELSE };
enum { IS_MISSING = 0, IS_DANGLING = 1 };   /* N_IS op */

typedef struct node node;
struct node {
    node_kind kind;
    dg_span span;          /* the whole construct, first byte to last */
    dg_span name_span;     /* the name token where the node has one (N_FIELD's
                              field, N_LET/N_RULE/N_COLUMN/N_TABLE's name) */
    int op;
    bool flag, flag2, flag3;
    char *text, *text2, *text3; /* owned */
    vl_rat num;
    int32_t date;
    int32_t until;         /* N_RULE, N_EFFECTIVE: last day in force, or
                              DT_MISSING; N_RULE's first day is `date`
                              (DT_MISSING when the rule has none)          */
    node **kids;           /* owned; entries may be NULL where documented */
    uint32_t nkids, capkids;
    uint32_t depth;        /* height of the subtree: the parser refuses trees
                              deeper than PS_MAX_DEPTH, which every recursive
                              pass relies on */
    /* filled in by the checker */
    struct {
        int type;          /* ck type code, see check.h */
        int32_t table;     /* table of a row or row list, else -1 */
        int32_t ref;       /* what a name or field resolved to (see check.h) */
        int32_t index;     /* column / link / let / local index */
        void *decl;        /* resolved declaration node, when there is one */
    } sem;
};

node *node_new(node_kind kind, dg_span span);
node *node_add(node *parent, node *kid);   /* appends (kid may be NULL); returns parent */
void node_free(node *n);
/* Span from the start of a to the end of b (same file). */
dg_span span_join(dg_span a, dg_span b);
const char *node_kind_name(node_kind k);
/* Debug listing for tests: one node per line, "(KIND details @start-end",
 * children indented two more spaces, a NULL child as "-". */
void node_dump(const node *n, FILE *out, int indent);

#endif
