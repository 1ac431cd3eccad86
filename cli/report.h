/* report.h — verdicts to text for people and JSON for machines.
 * Owns: the layout of `cadre check` output in each format, the summary line
 * and counts, and what an exit code the verdicts call for.
 * Does not own: evaluation (runtime/vm.c) or diagnostics (runtime/diag.c). */
#ifndef CADRE_REPORT_H
#define CADRE_REPORT_H

#include <stdio.h>
#include "../runtime/vm.h"

typedef enum { RP_TEXT, RP_JSON } rp_format;

typedef struct {
    const bc_program *prog;
    const st_store *store;
    const dg_context *dc;
    const vm_results *res;
    int32_t as_of;
    const char *data;        /* the --data argument */
    bool strict;             /* unknown counts as failure */
} rp_input;

typedef struct { uint32_t rules, checks, passed, violations, warnings, unknown; } rp_summary;

rp_summary rp_summarize(const rp_input *in);
void rp_text(const rp_input *in, FILE *out);
void rp_json(const rp_input *in, FILE *out);
/* 0 when every must passed (and, strictly, nothing was unknown), else 1. */
int rp_exit_code(const rp_input *in);

#endif
