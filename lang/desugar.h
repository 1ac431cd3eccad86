/* desugar.h — lowering of the domain blocks (caseload, pod) to general rules.
 * Owns: the meaning of each block line as an ordinary `rule` AST, with the
 * block line's span on every node it makes, so diagnostics and evidence
 * point at what the policy lead wrote.
 * Does not own: checking the rules it makes (check.c does, like any rule). */
#ifndef CADRE_DESUGAR_H
#define CADRE_DESUGAR_H

#include "check.h"

/* Appends the N_RULE nodes that block stands for to *out (malloc'd array);
 * the nodes are owned by env. */
void ds_lower(ck_env *env, node *block, node ***out, uint32_t *nout);

#endif
