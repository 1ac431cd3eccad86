/* explain.h — a checked rule in plain English, for people who do not read
 * cadre: `cadre explain`, the HTML audit report and (later) editor hover.
 * Owns: the wording — domain blocks read as the block says ("Every social
 * worker … in post holds at most 20 open cases"), general rules sentence by
 * sentence from the checked expressions, role sets spelled out.
 * Does not own: the rules themselves (check.c, desugar.c) or layout. */
#ifndef CADRE_EXPLAIN_H
#define CADRE_EXPLAIN_H

#include <stdio.h>
#include "check.h"

/* Writes one paragraph (no newline at the end) reading rule r of env, which
 * must have been checked without errors. */
void ex_rule(FILE *out, const ck_env *env, const node *r);
/* The same into a malloc'd string (the caller frees). */
char *ex_rule_text(const ck_env *env, const node *r);

#endif
