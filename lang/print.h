/* print.h — AST back to cadre source (see print.c). */
#ifndef CADRE_PRINT_H
#define CADRE_PRINT_H

#include <stdio.h>
#include "ast.h"
#include "../runtime/date.h"

/* Binding strength of an expression's outermost operator, loosest first:
 * the one table both this printer and the formatter (fmt.c) use. */
enum { P_IF = 0, P_WHERE = 1, P_OR, P_AND, P_NOT, P_CMP, P_DFLT, P_ADD, P_MUL, P_UNARY, P_POSTFIX, P_PRIMARY };
int pr_prec(const node *n);

void pr_expr(FILE *out, const node *n);
void pr_rule(FILE *out, const node *rule);

#endif
