/* fuzz.h — what the three harnesses share: the libFuzzer entry point's
 * signature, a scratch directory per process, a sink for diagnostics and
 * listings, and running a verified program over an empty store.
 * Does not own: any harness's input handling (fuzz_*.c) or the replay loop
 * (replay.c); nothing here is linked into ./cadre. */
#ifndef CADRE_FUZZ_H
#define CADRE_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include "runtime/bytecode.h"
#include "runtime/store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A directory made on first use and removed (with what is in it) at exit;
 * tag names it, each tag gets its own. */
const char *fz_tempdir(const char *tag);
/* /dev/null, opened once: where listings and diagnostics are printed to. */
FILE *fz_sink(void);
/* Prints dc's diagnostics to the sink (or to stderr with FUZZ_VERBOSE set),
 * which exercises span → line:column on whatever spans the input produced. */
void fz_print_diags(const dg_context *dc);
/* A broken invariant (the compiler's output failing the verifier, a round
 * trip that does not reload): prints why and dc's diagnostics, then aborts so
 * that libFuzzer and the replay driver record the input. */
_Noreturn void fz_fail(const dg_context *dc, const char *what);
/* True when every table file of the schema is a plain name inside a
 * directory (no '/', not "." or ".."), so loading cannot leave the temp dir. */
bool fz_files_contained(const sc_schema *s);
/* Loads an empty store for p's schema (every table file absent) and runs
 * every rule with a small budget. p must have passed bc_verify. */
void fz_run_empty(const bc_program *p, dg_context *dc);
/* Runs p over st as of 2025-06-30 with a small budget; runtime errors are
 * fine, crashes and leaks are not. */
void fz_run(const bc_program *p, const st_store *st, dg_context *dc);

#endif
