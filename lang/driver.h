/* driver.h — the front end as one call: files in, checked program out.
 * Owns: reading policy files, loading the standard schema and `use`d stdlib
 * modules in order, and running parse → check → compile.
 * Does not own: any single stage (parse.c, check.c, compile.c). */
#ifndef CADRE_DRIVER_H
#define CADRE_DRIVER_H

#include "check.h"
#include "../runtime/bytecode.h"

/* Parses and checks; env must be ck_init'ed on dc. Returns false when any
 * error was reported (every error of every file is reported, not just the first). */
bool fe_check(ck_env *env, const char *const *paths, int npaths);
/* fe_check, then compile into out (which the caller frees with bc_free). */
bool fe_compile(ck_env *env, const char *const *paths, int npaths, bc_program *out);
/* The same with one more source after the files: `extra` (copied), registered
 * under `name` — the REPL's own `let`s and rules ("<repl>"). NULL extra: as
 * fe_check / fe_compile. */
bool fe_check_with(ck_env *env, const char *const *paths, int npaths, const char *name, const char *extra);
bool fe_compile_with(ck_env *env, const char *const *paths, int npaths, const char *name, const char *extra, bc_program *out);
/* Reads a whole file; NULL with errno set on failure. */
char *fe_read_file(const char *path, uint32_t *len);

#endif
