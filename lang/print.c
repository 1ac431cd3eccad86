/* print.c — writes an AST back as cadre source.
 * Owns: the canonical spelling of expressions (with only the parentheses
 * precedence needs) and of rules, used by `cadre desugar` to show the general
 * form a domain block stands for.
 * Does not own: comments or the layout of whole files (that is the formatter's). */
#include "print.h"
#include "../runtime/date.h"
#include <string.h>

static bool is_distinct(const node *n) { return n->kind == N_CALL && n->text && !strcmp(n->text, "distinct") && n->nkids == 1; }

int pr_prec(const node *n)
{
    switch (n->kind) {
    case N_WHERE: return P_WHERE;
    case N_IF: return P_IF;
    case N_BINARY:
        switch (n->op) {
        case OP_OR: return P_OR;
        case OP_AND: return P_AND;
        case OP_DEFAULT: return P_DFLT;
        case OP_ADD: case OP_SUB: return P_ADD;
        case OP_MUL: case OP_DIV: return P_MUL;
        default: return P_CMP;
        }
    case N_UNARY: return n->op == OP_NOT ? P_NOT : P_UNARY;
    case N_IN: case N_IS: case N_RANGE: return P_CMP;
    case N_FIELD: return P_POSTFIX;
    case N_CALL: return is_distinct(n) ? P_UNARY : P_PRIMARY;
    default: return P_PRIMARY;
    }
}

static void sub(FILE *out, const node *n, int min)
{
    bool paren = pr_prec(n) < min;
    if (paren) fputc('(', out);
    pr_expr(out, n);
    if (paren) fputc(')', out);
}

static void print_text(FILE *out, const char *s)
{
    for (; *s; s++) {
        if (*s == '"' || *s == '\\' || *s == '{' || *s == '}') fputc('\\', out);
        if (*s == '\n') { fputs("\\n", out); continue; }
        fputc(*s, out);
    }
}

void pr_expr(FILE *out, const node *n)
{
    static const char *const ops[] = { "+", "-", "*", "/", "=", "!=", "<", "<=", ">", ">=", "and", "or", "not", "-", "??" };
    static const char *const units[] = { "days", "weeks", "months", "years" };
    static const char *const unit1[] = { "day", "week", "month", "year" };
    char buf[64];
    if (!n) return;
    switch (n->kind) {
    case N_NUM: vl_rat_format(n->num, buf, sizeof buf); fputs(buf, out); break;
    case N_STR:
        fputc('"', out);
        if (n->nkids == 0) print_text(out, n->text ? n->text : "");
        for (uint32_t i = 0; i < n->nkids; i++) {
            const node *k = n->kids[i];
            if (k->kind == N_STR && k->nkids == 0) print_text(out, k->text ? k->text : "");
            else { fputc('{', out); pr_expr(out, k); fputc('}', out); }
        }
        fputc('"', out);
        break;
    case N_DATE: dt_format(n->date, buf, sizeof buf); fputs(buf, out); break;
    case N_DUR: {
        const node *k = n->kids[0];
        bool one = k->kind == N_NUM && k->num.num == 1 && k->num.den == 1;
        sub(out, k, P_POSTFIX);
        fprintf(out, " %s", one ? unit1[n->op] : units[n->op]);
        break;
    }
    case N_BOOL: fputs(n->flag ? "true" : "false", out); break;
    case N_MISSING: fputs("missing", out); break;
    case N_ASOF: fputs("as_of", out); break;
    case N_NAME: fputs(n->text, out); break;
    case N_FIELD:
        /* a bare field of the element in scope was rewritten to it.field */
        if (n->kids[0]->kind == N_NAME && n->kids[0]->sem.ref == 1 /* R_VAR */ && strcmp(n->kids[0]->text, "it") == 0 &&
            n->kids[0]->span.start == n->span.start && n->kids[0]->span.end == n->span.end) { fputs(n->text, out); break; }
        sub(out, n->kids[0], P_POSTFIX); fprintf(out, ".%s", n->text);
        break;
    case N_SET:
        fputc('{', out);
        for (uint32_t i = 0; i < n->nkids; i++) { if (i) fputs(", ", out); pr_expr(out, n->kids[i]); }
        fputc('}', out);
        break;
    case N_CALL:
        fprintf(out, "%s(%s", n->text, n->flag ? "distinct " : "");
        for (uint32_t i = 0; i < n->nkids; i++) { if (i) fputs(", ", out); pr_expr(out, n->kids[i]); }
        fputc(')', out);
        break;
    case N_WHERE: sub(out, n->kids[0], P_WHERE); fputs(" where ", out); sub(out, n->kids[1], P_OR); break;
    case N_UNARY:
        if (n->op == OP_NOT) { fputs("not ", out); sub(out, n->kids[0], P_NOT); }
        else { fputc('-', out); sub(out, n->kids[0], P_UNARY); }
        break;
    case N_BINARY: {
        int p = pr_prec(n);
        /* left-associative: the right operand of equal precedence needs parentheses */
        sub(out, n->kids[0], p == P_CMP ? p + 1 : p);
        fprintf(out, " %s ", ops[n->op]);
        sub(out, n->kids[1], p + 1);
        break;
    }
    case N_IS: sub(out, n->kids[0], P_DFLT); fputs(n->op == IS_DANGLING ? " is dangling" : n->flag ? " is present" : " is missing", out); break;
    case N_IN: sub(out, n->kids[0], P_DFLT); fputs(n->flag ? " not in " : " in ", out); sub(out, n->kids[1], P_DFLT); break;
    case N_RANGE: sub(out, n->kids[0], P_DFLT); fputs(" .. ", out); sub(out, n->kids[1], P_DFLT); break;
    case N_IF:
        fputs("if ", out); sub(out, n->kids[0], P_OR);
        fputs(" then ", out); sub(out, n->kids[1], P_OR);
        fputs(" else ", out); sub(out, n->kids[2], P_OR);
        break;
    default: fprintf(out, "<%s>", node_kind_name(n->kind)); break;
    }
}

void pr_rule(FILE *out, const node *r)
{
    fprintf(out, "rule %s", r->text);
    if (r->text2) { fputs(" \"", out); print_text(out, r->text2); fputc('"', out); }
    char day[16];
    if (r->date != DT_MISSING) { dt_format(r->date, day, sizeof day); fprintf(out, " effective %s", day); }
    if (r->until != DT_MISSING) { dt_format(r->until, day, sizeof day); fprintf(out, " until %s", day); }
    fputs(" {\n", out);
    const node *fe = r->nkids > 0 ? r->kids[0] : NULL;
    const char *indent = "  ";
    if (fe) {
        fprintf(out, "  for each %s in ", fe->text);
        sub(out, fe->kids[0], P_OR);
        if (fe->nkids > 1 && fe->kids[1]) { fputs(" where ", out); pr_expr(out, fe->kids[1]); }
        fputs(":\n", out);
        indent = "    ";
    }
    for (uint32_t i = 1; i < r->nkids; i++) {
        const node *q = r->kids[i];
        if (!q) continue;
        fprintf(out, "%s%s ", indent, q->op == REQ_SHOULD ? "should" : "must");
        pr_expr(out, q->kids[0]);
        if (q->text) {   /* a block's measure "{} open cases" is written `as "open cases"` */
            fputs(" as \"", out);
            print_text(out, strncmp(q->text, "{} ", 3) ? q->text : q->text + 3);
            fputc('"', out);
        }
        if (q->nkids > 1 && q->kids[1]) { fprintf(out, "\n%s  otherwise ", indent); pr_expr(out, q->kids[1]); }
        fputc('\n', out);
    }
    fputs("}\n", out);
}
