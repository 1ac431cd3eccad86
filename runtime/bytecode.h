/* bytecode.h — a compiled policy as one self-contained program image.
 * Owns: the image (schema, constants, code, pc→span table, rules and their
 * requirements, source line tables), its file format (magic, version,
 * checksum), the verifier that every loaded image passes before it runs, the
 * generic disassembler, and the opcode metadata generated from opcodes.h.
 * Does not own: how an image is produced (lang/compile.c) or run (vm.c). */
#ifndef CADRE_BYTECODE_H
#define CADRE_BYTECODE_H

#include <stdint.h>
#include <stdio.h>
#include <stdbool.h>
#include "opcodes.h"
#include "schema.h"
#include "value.h"
#include "diag.h"

#define BC_MAGIC "CADREBC\x1a"   /* 8 bytes */
#define BC_VERSION 4              /* 4: coded columns' codes in the schema */
#define BC_OLDEST_VERSION 3       /* still read: a version 3 file has no codes */
#define BC_MAX_LOCALS 1024      /* the verifier's limit; the compiler stays far below */

typedef struct {
    const char *name;
    const char *operands;   /* operand kinds, see opcodes.h */
    int pop, push;          /* -1: the n operand */
    const char *contract;
} bc_opinfo;
extern const bc_opinfo bc_ops[BC__COUNT];

typedef struct { const char *name; int arity; const char *contract; } bc_builtininfo;
extern const bc_builtininfo bc_builtins[BI__COUNT];

typedef enum { BC_MUST, BC_SHOULD } bc_severity;

typedef struct {
    char *name;             /* owned, e.g. "caseload.nqsw_cap" */
    char *title;            /* owned, may be NULL */
    char *origin;           /* owned: the file/module the rule came from, e.g. "examples/medway/policy.cadre" */
    dg_span span;           /* the rule (or domain-block line) in its source */
    uint32_t entry;         /* pc of its code */
    int32_t table;          /* table iterated, -1 when the rule has no `for each` */
    uint32_t first_req, nreqs;
} bc_rule;

typedef struct {
    uint32_t rule;
    uint8_t severity;       /* bc_severity */
    dg_span span;           /* the must/should line */
    char *measure;          /* owned: what the measured value is, e.g. "open cases"; may be NULL */
    char *relation;         /* owned: "at most", "at least", "exactly", ...; may be NULL */
    uint8_t note;           /* 1: the otherwise message follows the measured
                               evidence ("...; NOTE") instead of replacing it */
} bc_req;

typedef struct { uint32_t pc; dg_span span; } bc_spanent; /* sorted by pc */

/* A council layer's explicit change to a national module, listed in reports. */
typedef struct {
    char *what;             /* owned: "let nqsw_max_cases", "rule caseload.cap", "disabled rule x" */
    char *target_origin;    /* owned: the file that declared what was changed */
    char *reason;           /* owned: the `because` text */
    dg_span span;           /* the override in the council's file */
    bool intended;
} bc_override;

/* A source file as the image carries it: name, line table and (when the
 * compiler had it) the text, so a compiled policy reports errors with the
 * same source lines as the policy itself. */
typedef struct {
    char *name;
    uint32_t *line_starts;
    uint32_t nlines, len;
    char *text;             /* NULL when not stored */
} bc_file;

typedef struct {
    sc_schema schema;
    char *policy_name;      /* owned, may be NULL */
    vl_value *consts;       /* VT_TEXT constants point into owned strings */
    uint32_t nconsts;
    uint8_t *code;
    uint32_t ncode;
    bc_spanent *spans;
    uint32_t nspans;
    bc_rule *rules;
    uint32_t nrules;
    bc_req *reqs;
    uint32_t nreqs;
    uint32_t nlocals;
    bc_override *overrides;
    uint32_t noverrides;
    uint32_t max_stack;     /* set by bc_verify */
    uint32_t *queries;      /* in memory only, never written: entries of REPL
                               queries, verified like rule entries */
    uint32_t nqueries;
} bc_program;

void bc_free(bc_program *p);

/* The span of the instruction at pc (binary search); file 0 if unknown. */
dg_span bc_span_at(const bc_program *p, uint32_t pc);

/* Writes the image plus dc's file names and line tables (files 1..n). */
bool bc_write(const bc_program *p, const dg_context *dc, FILE *out);
/* Reads an image. dc must be fresh: its files are re-created with the same
 * ids as when the image was written.  Any malformation — bad magic, version,
 * checksum, truncation, out-of-range counts — gives false and a diagnostic. */
bool bc_read(bc_program *p, dg_context *dc, const uint8_t *buf, size_t len, const char *path);
/* Checks every instruction: known opcode, operands in range (constants,
 * locals, tables, columns, links, rules, requirements, jump targets on
 * instruction boundaries), stack depth consistent on every path and never
 * negative, every rule entry valid and its code ending in RET.  Sets
 * p->max_stack.  Returns false with a diagnostic naming the pc. */
bool bc_verify(bc_program *p, dg_context *dc);
/* Lists the code rule by rule with operands decoded (constant values, table,
 * column and link names) and each source line shown once before its code. */
void bc_disasm(const bc_program *p, const dg_context *dc, FILE *out);

/* What a rule's code reads, for re-judging only what an edit can reach (the
 * REPL's :diff): calls reads(ctx, table, col) for each column it reads, and
 * with col -1 for each table whose set of rows it sees (TABLE, and both ends
 * of a LINK). Stops and returns true as soon as reads does. Code that leaves
 * the rule's own stretch (entry up to its RET) might read anything:
 * reads(ctx, UINT32_MAX, -1). */
bool bc_rule_reads(const bc_program *p, uint32_t rule, bool (*reads)(void *ctx, uint32_t table, int32_t col), void *ctx);
/* The instructions of a rule's code (entry up to its RET) that read data,
 * one call each: TABLE (a = table), FIELD (a = table, b = column), LINK
 * (a = link index) and ELSEWHERE for code that leaves the rule's stretch or
 * cannot be decoded (it might read anything). Stops and returns true as
 * soon as fn does. bc_rule_reads and the REPL's row-level :diff
 * (runtime/whatif.c) are built on it. */
typedef enum { BC_ACCESS_TABLE, BC_ACCESS_FIELD, BC_ACCESS_LINK, BC_ACCESS_ELSEWHERE } bc_access;
bool bc_rule_access(const bc_program *p, uint32_t rule,
                    bool (*fn)(void *ctx, bc_access kind, uint32_t pc, uint32_t a, uint32_t b), void *ctx);
/* Length in bytes of the instruction at pc (1 + 4 × operands), from a table
 * the X-macro fills at compile time (sizeof a literal counts its NUL). The
 * VM asks for it at every instruction, so it must not be a strlen. */
extern const uint8_t bc_insn_lens[256];
static inline uint32_t bc_insn_len(uint8_t op) { return bc_insn_lens[op] ? bc_insn_lens[op] : 1; }

#endif
