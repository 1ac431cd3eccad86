/* compile.h — checked AST to a bytecode program image.
 * Owns: code generation for expressions and rules, local-slot allocation,
 * inlining of lets and computed fields, constant folding of role sets, the
 * pc → span table and the evidence words of every requirement.
 * Does not own: checking (check.c; the AST must have passed it) or the image
 * format (runtime/bytecode.c). */
#ifndef CADRE_COMPILE_H
#define CADRE_COMPILE_H

#include "check.h"
#include "../runtime/bytecode.h"

/* Copies env's schema into the program. Returns false (with a diagnostic) only
 * on limits such as too many locals. */
bool cg_compile(ck_env *env, bc_program *out);

/* Appends code that evaluates e (checked with ck_check_expr) and ends in
 * RESULT; *entry is where it starts. The program must be verified again
 * (bc_verify) before the code runs. */
bool cg_compile_query(ck_env *env, bc_program *p, node *e, uint32_t *entry);

#endif
