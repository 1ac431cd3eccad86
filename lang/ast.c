/* ast.c — construction, destruction and a debug listing of syntax nodes.
 * Owns: node allocation (out of memory aborts: a half-built tree is never
 * worth recovering), the recursive free, kind names and node_dump.
 * Does not own: what nodes mean (check.c) or how they are produced (parser.y). */
#include <stdlib.h>
#include <string.h>
#include "ast.h"

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (!q) {
        fputs("cadre: out of memory\n", stderr);
        abort();
    }
    return q;
}

node *node_new(node_kind kind, dg_span span)
{
    node *n = xrealloc(NULL, sizeof *n);
    memset(n, 0, sizeof *n);
    n->kind = kind;
    n->span = span;
    n->name_span = span;
    n->num.den = 1;
    n->date = n->until = INT32_MIN;   /* DT_MISSING: no date */
    n->sem.table = -1;
    n->sem.ref = -1;
    n->sem.index = -1;
    return n;
}

node *node_add(node *parent, node *kid)
{
    if (parent->nkids == parent->capkids) {
        parent->capkids = parent->capkids ? parent->capkids * 2 : 4;
        parent->kids = xrealloc(parent->kids, parent->capkids * sizeof *parent->kids);
    }
    parent->kids[parent->nkids++] = kid;
    if (kid && kid->depth + 1 > parent->depth)
        parent->depth = kid->depth + 1;
    return parent;
}

void node_free(node *n)
{
    if (!n)
        return;
    for (uint32_t i = 0; i < n->nkids; i++)
        node_free(n->kids[i]);
    free(n->kids);
    free(n->text);
    free(n->text2);
    free(n->text3);
    free(n);
}

dg_span span_join(dg_span a, dg_span b)
{
    dg_span s = { a.file, a.start, b.end };
    return s;
}

const char *node_kind_name(node_kind k)
{
    switch (k) {
    case N_NUM: return "NUM";
    case N_STR: return "STR";
    case N_DATE: return "DATE";
    case N_DUR: return "DUR";
    case N_BOOL: return "BOOL";
    case N_MISSING: return "MISSING";
    case N_ASOF: return "ASOF";
    case N_NAME: return "NAME";
    case N_FIELD: return "FIELD";
    case N_SET: return "SET";
    case N_CALL: return "CALL";
    case N_AGG: return "AGG";
    case N_WHERE: return "WHERE";
    case N_UNARY: return "UNARY";
    case N_BINARY: return "BINARY";
    case N_IS: return "IS";
    case N_IN: return "IN";
    case N_RANGE: return "RANGE";
    case N_IF: return "IF";
    case N_FILE: return "FILE";
    case N_POLICY: return "POLICY";
    case N_EFFECTIVE: return "EFFECTIVE";
    case N_USE: return "USE";
    case N_LET: return "LET";
    case N_ROLES: return "ROLES";
    case N_TABLE: return "TABLE";
    case N_COLUMN: return "COLUMN";
    case N_CODES: return "CODES";
    case N_RULE: return "RULE";
    case N_FOREACH: return "FOREACH";
    case N_REQ: return "REQ";
    case N_CASELOAD: return "CASELOAD";
    case N_CAP: return "CAP";
    case N_AVGCAP: return "AVGCAP";
    case N_POD: return "POD";
    case N_LEAD: return "LEAD";
    case N_COMPOSE: return "COMPOSE";
    case N_NOTHING_ELSE: return "NOTHING_ELSE";
    case N_SUPERVISION: return "SUPERVISION";
    case N_SUPGROUP: return "SUPGROUP";
    case N_SUPIND: return "SUPIND";
    case N_PHASE: return "PHASE";
    case N_PROGRESSION: return "PROGRESSION";
    case N_REQUIRES: return "REQUIRES";
    case N_OVERRIDE: return "OVERRIDE";
    case N_TEST: return "TEST";
    case N_TASOF: return "TASOF";
    case N_TROWS: return "TROWS";
    case N_TFIELD: return "TFIELD";
    case N_TEXPECT: return "TEXPECT";
    }
    return "?";
}

static const char *op_name(int op)
{
    static const char *const names[] = { "+", "-", "*", "/", "=", "!=", "<", "<=", ">", ">=",
                                         "and", "or", "not", "neg", "??" };
    return op >= 0 && op < (int)(sizeof names / sizeof names[0]) ? names[op] : "?";
}

/* Quoted so that an empty string and a missing one read differently. */
static void dump_text(FILE *out, const char *label, const char *s)
{
    if (!s)
        return;
    fprintf(out, " %s\"", label);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            fprintf(out, "\\%c", *s);
        else if (*s == '\n')
            fputs("\\n", out);
        else if (*s == '\t')
            fputs("\\t", out);
        else
            fputc(*s, out);
    }
    fputc('"', out);
}

static void dump_details(const node *n, FILE *out)
{
    static const char *const units[] = { "day", "week", "month", "year" };
    static const char *const cmps[] = { "exactly", "at-least", "at-most" };
    static const char *const aggs[] = { "count", "sum", "avg", "min", "max", "any", "all" };
    switch (n->kind) {
    case N_NUM:
        if (n->num.den == 1)
            fprintf(out, " %lld", (long long)n->num.num);
        else
            fprintf(out, " %lld/%lld", (long long)n->num.num, (long long)n->num.den);
        break;
    case N_DATE: case N_EFFECTIVE:
        fprintf(out, " %ld", (long)n->date);
        break;
    case N_DUR:
        fprintf(out, " %s", n->op >= 0 && n->op <= DU_YEAR ? units[n->op] : "?");
        break;
    case N_BOOL:
        fputs(n->flag ? " true" : " false", out);
        break;
    case N_UNARY: case N_BINARY:
        fprintf(out, " %s", op_name(n->op));
        break;
    case N_IS:
        fputs(n->flag ? " present" : " missing", out);
        break;
    case N_IN:
        if (n->flag)
            fputs(" not", out);
        break;
    case N_CALL:
        if (n->flag)
            fputs(" distinct", out);
        break;
    case N_AGG:
        fprintf(out, " %s%s", n->op >= 0 && n->op <= AG_ALL ? aggs[n->op] : "?", n->flag ? " distinct" : "");
        break;
    case N_REQ:
        fputs(n->op == REQ_MUST ? " must" : " should", out);
        break;
    case N_COMPOSE:
        fprintf(out, " %s", n->op >= 0 && n->op <= CMP_AT_MOST ? cmps[n->op] : "?");
        break;
    case N_COLUMN:
        if (n->flag3)
            fputs(" key", out);
        if (n->flag)
            fputs(" ref", out);
        if (n->flag2)
            fputs(" optional", out);
        break;
    default:
        break;
    }
    dump_text(out, "", n->text);
    dump_text(out, "t2=", n->text2);
    dump_text(out, "t3=", n->text3);
}

/* Prints without a trailing newline so the closing parenthesis can follow the
 * last child on its line; the top-level call adds the newline. */
static void dump(const node *n, FILE *out, int indent)
{
    fprintf(out, "%*s", indent, "");
    if (!n) {
        fputc('-', out);
        return;
    }
    fprintf(out, "(%s", node_kind_name(n->kind));
    dump_details(n, out);
    fprintf(out, " @%u-%u", n->span.start, n->span.end);
    for (uint32_t i = 0; i < n->nkids; i++) {
        fputc('\n', out);
        dump(n->kids[i], out, indent + 2);
    }
    fputc(')', out);
}

void node_dump(const node *n, FILE *out, int indent)
{
    dump(n, out, indent);
    fputc('\n', out);
}
