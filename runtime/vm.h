/* vm.h — runs a verified program over a loaded store and collects verdicts.
 * Owns: evaluation (a stack machine over vl_value), the evaluation budget,
 * scratch memory for intermediate lists, and the findings: every violation
 * and every unknown with its evidence, plus pass/fail/unknown counts per
 * requirement.
 * Does not own: loading or verifying the program (bytecode.c), the data
 * (store.c) or how findings are printed (cli/report.c). */
#ifndef CADRE_VM_H
#define CADRE_VM_H

#include "bytecode.h"
#include "store.h"

/* VM_WAIVED is never produced by the VM: runtime/waiver.c turns a VM_FAIL
 * into it when a council waiver covers the finding. */
typedef enum { VM_FAIL, VM_UNKNOWN, VM_PASS, VM_WAIVED } vm_verdict;

typedef struct {
    uint32_t req;
    uint8_t verdict;       /* vm_verdict */
    int32_t table, row;    /* the entity judged; table -1 for a rule without `for each` */
    char *entity;          /* owned: "S102 Jane Doe (asye)", or NULL */
    char *entity_id;       /* owned: the key, or NULL */
    char *measured;        /* owned: evidence value, NULL when not a comparison */
    char *limit;           /* owned */
    char *message;         /* owned: the otherwise text or the default evidence */
    char *missing;         /* owned, unknowns: the field that was missing, "staff.qualified" */
    char *missing_at;      /* owned, unknowns: where, "data/staff.csv:7" */
    int32_t breach_from, breach_to; /* failures of a gap: the days out of compliance
                                       (first day past the limit in any stretch of the
                                       window .. end of the reported stretch);
                                       DT_MISSING when the breach carries no dates */
    int32_t waiver;        /* VM_WAIVED: index of the waiver in its wv_set; else -1 */
} vm_finding;

/* fail counts failures not waived; waived those a waiver covers */
typedef struct { uint32_t pass, fail, unknown, waived; } vm_count;

typedef struct {
    vm_finding *items;
    uint32_t n, cap;
    vm_count *per_req;     /* one per requirement of the program */
    uint64_t steps;        /* budget charged */
} vm_results;

typedef struct {
    int32_t as_of;         /* day number of the evaluation date */
    uint64_t budget;       /* loop iterations allowed in all; 0 = default */
    bool focus;            /* judge only the entity focus_table/focus_row */
    int32_t focus_table, focus_row;
    bool explain;          /* record passes too, with their evidence (VM_PASS) */
} vm_options;

#define VM_DEFAULT_BUDGET 4000000000ull

/* Runs every rule. A run-time error (budget exhausted, a number too large to
 * hold exactly) is reported to dc with the policy span and returns false. */
bool vm_run(const bc_program *p, const st_store *st, const vm_options *o, vm_results *res, dg_context *dc);
void vm_results_free(vm_results *res);

/* A machine kept across calls, for the REPL: rules and queries run against
 * the same program and store, findings accumulate in res. */
typedef struct vm_machine vm_machine;
vm_machine *vm_new(const bc_program *p, const st_store *st, const vm_options *o, vm_results *res, dg_context *dc);
bool vm_run_rule(vm_machine *m, uint32_t rule);
/* vm_run_rule with the TABLE instruction at pc (the rule's `for each`,
 * found by runtime/whatif.c) yielding only rows (ascending, dropped rows
 * skipped): the REPL's :diff re-judges just the rows an edit can reach. */
bool vm_run_rule_rows(vm_machine *m, uint32_t rule, uint32_t pc, const int32_t *rows, uint32_t n);
/* Runs the code at entry up to its RESULT; *out stays valid (lists and text
 * included) until the next call on m. */
bool vm_eval(vm_machine *m, uint32_t entry, vl_value *out);
void vm_free(vm_machine *m);

/* Evidence text of a value, as CONCAT prints it: numbers exactly, dates ISO,
 * roles by code, rows by their label. Writes into buf. */
void vm_format_value(const bc_program *p, const st_store *st, vl_value v, char *buf, size_t cap);

#endif
