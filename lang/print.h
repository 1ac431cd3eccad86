/* print.h — AST back to cadre source (see print.c). */
#ifndef CADRE_PRINT_H
#define CADRE_PRINT_H

#include <stdio.h>
#include "ast.h"
#include "../runtime/date.h"

void pr_expr(FILE *out, const node *n);
void pr_rule(FILE *out, const node *rule);

#endif
