/* cli.h — what the command files of cli/ share.
 * Owns: the exit-code contract, the common option set and its parser, help
 * lookup, loading a verified program from sources or a compiled file, and
 * a check run (program, data, verdicts, stamp) that check and verify-report share.
 * Does not own: any command's own logic (each lives in main.c or cmd_*.c). */
#ifndef CADRE_CLI_H
#define CADRE_CLI_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "../lang/check.h"
#include "../runtime/bytecode.h"
#include "../runtime/store.h"
#include "../runtime/vm.h"
#include "../runtime/waiver.h"
#include "stamp.h"

enum { EXIT_PASS = 0, EXIT_VIOLATIONS = 1, EXIT_POLICY = 2, EXIT_DATA = 3, EXIT_USAGE = 4 };

typedef struct {
    const char **policies;   /* the non-option arguments (malloc'd array) */
    int npolicies;
    const char *data, *out, *format, *as_of, *rule;
    const char *fail_on;     /* diff: --fail-on new-breach|change */
    bool strict;
    bool deny_warnings;      /* lint: a warning fails like an error */
    bool stdio;              /* lsp: --stdio, what LSP clients pass; stdio is the only transport */
    const char *color;       /* --color never|auto|always (validated), or NULL */
    uint64_t budget;
    st_options load;         /* --encoding, --allow-missing: how the data is read */
} options;

/* Returns -1 when the command should go on, else the exit code to return
 * (a usage error was printed). The caller frees o->policies. */
int parse_options(const char *cmd, int argc, char **argv, options *o);
int usage_error(const char *fmt, const char *arg);
const char *help_for(const char *cmd);
/* Colour on f? --color always/never; else not when NO_COLOR is set (and not
 * empty) or TERM is dumb; else when f is a terminal. */
bool want_color(const options *o, FILE *f);
/* Policy sources, or one compiled file, to a verified program. */
bool load_program(options *o, dg_context *dc, ck_env *env, bc_program *prog);

/* A check loaded, run and stamped: what `cadre check` and `cadre
 * verify-report` share. explain: also read every rule in plain English
 * (for the HTML report; NULL entries from a compiled image). stamp: hash
 * the inputs for the provenance stamp (the formats that print it: reading
 * 170 MB of CSV again costs a fifth of a national check, so the text report
 * does without). */
typedef struct {
    dg_context dc; ck_env env; bc_program prog; st_store store; vm_results res;
    sp_stamp stamp;
    wv_set waivers;          /* the data's waivers, applied to res */
    char **explain;          /* per rule, or NULL */
} check_run;
/* -1 when the run is ready, else the exit code (diagnostics printed). */
int check_run_start(check_run *cr, options *o, int32_t as_of, bool explain, bool stamp);
void check_run_free(check_run *cr);

#endif
