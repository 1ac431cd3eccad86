/* fmt.c — the canonical layout of a policy file, comments kept.
 * Owns: printing the tree as lines (2-space blocks, one item per line, long
 * and/or conditions one operand a line, exact numbers, ISO dates, re-escaped
 * strings), putting every comment back by its byte offset, and checking that
 * the output parses to the same tree with the same comments.
 * Does not own: the grammar (parser.y), expression meaning, or files on disk. */
#include "fmt.h"
#include "parse.h"
#include "print.h"
#include "../runtime/date.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { WIDTH = 79 };   /* a one-line roles block wraps beyond this */
enum { WRAP = 100 };   /* a longer and/or condition goes one operand a line */

/* ---- a growable string ---- */

typedef struct {
    char *s;
    size_t len, cap;
} sb;

static void putn(sb *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        while (b->len + n + 1 > b->cap)
            b->cap = b->cap ? b->cap * 2 : 128;
        b->s = realloc(b->s, b->cap);
        if (!b->s)
            abort();
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

static void puts_(sb *b, const char *s) { putn(b, s, strlen(s)); }
static void putc_(sb *b, char c) { putn(b, &c, 1); }

static void spaces(sb *b, uint32_t n)
{
    while (n--)
        putc_(b, ' ');
}

/* ---- output lines before comments are merged in ---- */

typedef enum {
    B_KEEP,   /* a blank line before it when the author had one */
    B_FORCE,  /* always a blank line before it (and its comments) */
    B_NEVER,  /* never (closing braces, `otherwise`) */
} blank_mode;

typedef struct {
    char *text;           /* owned: the line without indentation */
    uint32_t indent;      /* spaces before text */
    uint32_t cindent;     /* indentation of comment lines placed before it */
    uint32_t anchor;      /* byte offset of what it prints in the source */
    uint8_t blank;        /* blank_mode */
    bool open;            /* ends in '{': no blank line may follow */
    int32_t trail;        /* index of its trailing comment, or -1 */
} line;

typedef struct {
    uint32_t start, end;  /* '#' to the end of its line, trailing blanks cut */
    bool trailing;        /* code before it on its source line */
    bool attached;        /* placed as some line's trailing comment */
} comment;

typedef struct {
    const char *src;
    uint32_t srclen;
    line *lines;
    uint32_t n, cap;
    comment *cm;
    uint32_t ncm;
    bool bad;             /* met a construct this printer does not know */
    sb cur;               /* the line being built */
} fm;

static void emit(fm *F, uint32_t indent, uint32_t cindent, uint32_t anchor, blank_mode blank, bool open)
{
    if (F->n == F->cap) {
        F->cap = F->cap ? F->cap * 2 : 64;
        F->lines = realloc(F->lines, F->cap * sizeof *F->lines);
        if (!F->lines)
            abort();
    }
    line *l = &F->lines[F->n++];
    l->text = F->cur.s ? F->cur.s : calloc(1, 1);
    if (!l->text)
        abort();
    memset(&F->cur, 0, sizeof F->cur);
    l->indent = indent;
    l->cindent = cindent;
    l->anchor = anchor;
    l->blank = (uint8_t)blank;
    l->open = open;
    l->trail = -1;
}

/* ---- expressions ---- */

static bool is_distinct(const node *n) { return n->kind == N_CALL && !strcmp(n->text, "distinct") && n->nkids == 1; }
static int prec(const node *n) { return pr_prec(n); }

static void expr(fm *F, sb *b, const node *n);

static void sub(fm *F, sb *b, const node *n, int min)
{
    bool paren = n && prec(n) < min;
    if (paren)
        putc_(b, '(');
    expr(F, b, n);
    if (paren)
        putc_(b, ')');
}

/* Text inside quotes: quote, backslash and braces escaped, newline and tab
 * as \n and \t, everything else as it is. */
/* An operand of a comparison, `in` or `is`: a `??` there keeps its
 * parentheses, `(a ?? 0) < b`, though precedence does not need them. */
static void operand(fm *F, sb *b, const node *n)
{
    sub(F, b, n, n && n->kind == N_BINARY && n->op == OP_DEFAULT ? P_PRIMARY : P_DFLT);
}

static void text(sb *b, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '"': case '\\': case '{': case '}': putc_(b, '\\'); putc_(b, *s); break;
        case '\n': puts_(b, "\\n"); break;
        case '\t': puts_(b, "\\t"); break;
        default: putc_(b, *s);
        }
    }
}

static void quoted(sb *b, const char *s)
{
    putc_(b, '"');
    text(b, s);
    putc_(b, '"');
}

/* An exact decimal: literals are decimal fractions, so the denominator
 * divides a power of ten; no exponent, no trailing zeros. */
static void number(sb *b, vl_rat r)
{
    typedef unsigned __int128 u128;
    bool neg = r.num < 0;
    u128 mag = neg ? (u128)0 - (u128)(__int128)r.num : (u128)r.num;
    u128 den = r.den > 0 ? (u128)r.den : 1, p = 1;
    int k = 0;
    while (p % den && k < 36) { p *= 10; k++; }
    if (p % den) {   /* not a decimal literal: fraction form cannot be written */
        char buf[64];
        vl_rat_format(r, buf, sizeof buf);
        puts_(b, buf);
        return;
    }
    u128 v = mag * (p / den);
    char digits[80];
    int nd = 0;
    do { digits[nd++] = (char)('0' + (int)(v % 10)); v /= 10; } while (v || nd <= k);
    if (neg)
        putc_(b, '-');
    for (int i = nd - 1; i >= 0; i--) {
        putc_(b, digits[i]);
        if (i == k && k > 0)
            putc_(b, '.');
    }
}

static void list(fm *F, sb *b, const node *n, uint32_t from)
{
    for (uint32_t i = from; i < n->nkids; i++) {
        if (i > from)
            puts_(b, ", ");
        expr(F, b, n->kids[i]);
    }
}

static void expr(fm *F, sb *b, const node *n)
{
    static const char *const ops[] = { "+", "-", "*", "/", "=", "!=", "<", "<=", ">", ">=", "and", "or", "not", "-", "??" };
    static const char *const units[] = { "day", "week", "month", "year" };
    char buf[32];
    if (!n) { F->bad = true; return; }
    switch (n->kind) {
    case N_NUM: number(b, n->num); break;
    case N_STR:
        if (n->nkids == 0) { quoted(b, n->text ? n->text : ""); break; }
        putc_(b, '"');
        for (uint32_t i = 0; i < n->nkids; i++) {
            const node *k = n->kids[i];
            if (k->kind == N_STR && k->nkids == 0) text(b, k->text);
            else { putc_(b, '{'); expr(F, b, k); putc_(b, '}'); }
        }
        putc_(b, '"');
        break;
    case N_DATE: dt_format(n->date, buf, sizeof buf); puts_(b, buf); break;
    case N_DUR: {
        const node *k = n->kids[0];
        expr(F, b, k);
        bool one = k && k->kind == N_NUM && k->num.num == 1 && k->num.den == 1;
        putc_(b, ' ');
        puts_(b, n->op >= 0 && n->op <= DU_YEAR ? units[n->op] : "?");
        if (!one) putc_(b, 's');
        break;
    }
    case N_BOOL: puts_(b, n->flag ? "true" : "false"); break;
    case N_MISSING: puts_(b, "missing"); break;
    case N_ASOF: puts_(b, "as_of"); break;
    case N_NAME: puts_(b, n->text); break;
    case N_FIELD: sub(F, b, n->kids[0], P_POSTFIX); putc_(b, '.'); puts_(b, n->text); break;
    case N_SET: putc_(b, '{'); list(F, b, n, 0); putc_(b, '}'); break;
    case N_CALL:
        if (is_distinct(n)) {   /* distinct(a + b), distinct s.cases */
            bool whole = n->kids[0] && prec(n->kids[0]) < P_UNARY;
            puts_(b, whole ? "distinct" : "distinct ");
            sub(F, b, n->kids[0], whole ? P_PRIMARY : P_UNARY);
            break;
        }
        puts_(b, n->text); putc_(b, '('); list(F, b, n, 0); putc_(b, ')');
        break;
    case N_WHERE:   /* (a where b) where c keeps its parentheses */
        sub(F, b, n->kids[0], P_WHERE + (n->kids[0] && n->kids[0]->kind == N_WHERE));
        puts_(b, " where ");
        sub(F, b, n->kids[1], P_OR);
        break;
    case N_UNARY:
        if (n->op == OP_NOT) {   /* not (a < b): a negated comparison keeps its parentheses */
            puts_(b, "not ");
            sub(F, b, n->kids[0], n->kids[0] && prec(n->kids[0]) == P_CMP ? P_CMP + 1 : P_NOT);
        }
        else { putc_(b, '-'); sub(F, b, n->kids[0], P_UNARY); }
        break;
    case N_BINARY: {
        int p = prec(n);
        /* left-associative, and comparisons do not chain */
        if (p == P_CMP) operand(F, b, n->kids[0]);
        else sub(F, b, n->kids[0], p);
        putc_(b, ' '); puts_(b, ops[n->op]); putc_(b, ' ');
        if (p == P_CMP) operand(F, b, n->kids[1]);
        else sub(F, b, n->kids[1], p + 1);
        break;
    }
    case N_IS: operand(F, b, n->kids[0]); puts_(b, n->op == IS_DANGLING ? " is dangling" : n->flag ? " is present" : " is missing"); break;
    case N_IN:
        operand(F, b, n->kids[0]);
        puts_(b, n->flag ? " not in " : " in ");
        if (n->kids[1] && n->kids[1]->kind == N_RANGE) expr(F, b, n->kids[1]);
        else operand(F, b, n->kids[1]);
        break;
    case N_RANGE: sub(F, b, n->kids[0], P_DFLT); puts_(b, " .. "); sub(F, b, n->kids[1], P_DFLT); break;
    case N_IF:
        puts_(b, "if "); sub(F, b, n->kids[0], P_OR);
        puts_(b, " then "); sub(F, b, n->kids[1], P_OR);
        puts_(b, " else "); sub(F, b, n->kids[2], P_OR);
        break;
    default: F->bad = true; break;
    }
}

/* ---- items ---- */

/* Emits F->cur (the head) + cond + tail as one line; or, when that is longer
 * than WRAP and cond is an `and`/`or` chain, one operand a line with the
 * operator leading each continuation, aligned under the first operand. */
static void wrapped(fm *F, uint32_t indent, const node *cond, const char *tail, uint32_t anchor, blank_mode bm)
{
    size_t head = F->cur.len;
    sb one = { 0 };
    expr(F, &one, cond);
    bool chain = cond && cond->kind == N_BINARY && (cond->op == OP_OR || cond->op == OP_AND);
    if (!chain || indent + head + one.len + strlen(tail) <= WRAP) {
        if (one.s) puts_(&F->cur, one.s);
        puts_(&F->cur, tail);
        emit(F, indent, indent, anchor, bm, false);
        free(one.s);
        return;
    }
    free(one.s);
    uint32_t n = 1;
    for (const node *c = cond; c->kind == N_BINARY && c->op == cond->op; c = c->kids[0]) n++;
    const node **ops = malloc(n * sizeof *ops);
    if (!ops) abort();
    const node *c = cond;
    for (uint32_t i = n - 1; i > 0; i--, c = c->kids[0]) ops[i] = c->kids[1];
    ops[0] = c;
    int p = prec(cond);
    for (uint32_t i = 0; i < n; i++) {
        if (i) { puts_(&F->cur, cond->op == OP_OR ? "or " : "and "); }
        sub(F, &F->cur, ops[i], i ? p + 1 : p);
        if (i + 1 == n) puts_(&F->cur, tail);
        if (i == 0) emit(F, indent, indent, anchor, bm, false);
        else emit(F, indent + (uint32_t)head, indent + (uint32_t)head, ops[i]->span.start, B_NEVER, false);
    }
    free(ops);
}

static bool has_comment(const fm *F, uint32_t start, uint32_t end)
{
    for (uint32_t i = 0; i < F->ncm; i++)
        if (F->cm[i].start > start && F->cm[i].start < end)
            return true;
    return false;
}

static void role_names(fm *F, const node *n, uint32_t from)
{
    for (uint32_t i = from; i < n->nkids; i++) {
        if (i > from)
            puts_(&F->cur, ", ");
        expr(F, &F->cur, n->kids[i]);
    }
}

/* The closing brace of block n; comments before it indent by `inner`. */
static void close_block(fm *F, const node *n, uint32_t indent, uint32_t inner)
{
    puts_(&F->cur, "}");
    emit(F, indent, inner, n->span.end ? n->span.end - 1 : 0, B_NEVER, false);
}

static void roles(fm *F, const node *n)
{
    sb one = { 0 };
    puts_(&one, "roles {");
    for (uint32_t i = 0; i < n->nkids; i++) {
        puts_(&one, i ? ", " : " ");
        puts_(&one, n->kids[i]->text);
    }
    puts_(&one, n->nkids ? " }" : "}");
    if (one.len <= WIDTH && !has_comment(F, n->span.start, n->span.end)) {
        F->cur = one;
        emit(F, 0, 0, n->span.start, B_KEEP, false);
        return;
    }
    free(one.s);
    puts_(&F->cur, "roles {");
    emit(F, 0, 0, n->span.start, B_KEEP, true);
    /* Filled to the width; one per line when comments sit among them. */
    bool each = has_comment(F, n->span.start, n->span.end);
    uint32_t anchor = 0;
    for (uint32_t i = 0; i < n->nkids; i++) {
        const char *r = n->kids[i]->text;
        bool last = i + 1 == n->nkids;
        if (F->cur.len && (each || 2 + F->cur.len + 1 + strlen(r) + !last > WIDTH)) {
            emit(F, 2, 2, anchor, B_KEEP, false);
        }
        if (F->cur.len) putc_(&F->cur, ' ');
        else anchor = n->kids[i]->span.start;
        puts_(&F->cur, r);
        if (!last) putc_(&F->cur, ',');
    }
    if (F->cur.len) emit(F, 2, 2, anchor, B_KEEP, false);
    close_block(F, n, 0, 2);
}

/* ` in {"a", "b"}`: a coded column's codes, on one line. */
static void code_list(sb *b, const node *codes)
{
    puts_(b, " in {");
    for (uint32_t i = 0; i < codes->nkids; i++) {
        if (i) puts_(b, ", ");
        quoted(b, codes->kids[i]->text);
    }
    putc_(b, '}');
}

/* table T.C in {"x"}: codes added to a column declared elsewhere */
static void codes_item(fm *F, const node *n)
{
    puts_(&F->cur, "table "); puts_(&F->cur, n->text); putc_(&F->cur, '.'); puts_(&F->cur, n->text2);
    code_list(&F->cur, n);
    emit(F, 0, 0, n->span.start, B_KEEP, false);
}

static void column(fm *F, const node *c)
{
    sb *b = &F->cur;
    if (c->flag3) puts_(b, "key ");
    puts_(b, c->text); puts_(b, ": ");
    if (c->flag) puts_(b, "ref ");
    puts_(b, c->text2);
    if (c->nkids > 1 && c->kids[1]) code_list(b, c->kids[1]);
    if (c->flag2) puts_(b, " optional");
    if (c->text3) { puts_(b, " as "); puts_(b, c->text3); }
    if (c->nkids > 0 && c->kids[0]) { puts_(b, " = "); expr(F, b, c->kids[0]); }
    emit(F, 2, 2, c->span.start, B_KEEP, false);
}

/* Emits `HEAD {` and the kids through each(); `HEAD {}` when empty. */
static bool open_block(fm *F, const node *n)
{
    if (n->nkids == 0 && !has_comment(F, n->span.start, n->span.end)) {
        puts_(&F->cur, " {}");
        emit(F, 0, 0, n->span.start, B_KEEP, false);
        return false;
    }
    puts_(&F->cur, " {");
    emit(F, 0, 0, n->span.start, B_KEEP, true);
    return true;
}

static void table(fm *F, const node *t)
{
    puts_(&F->cur, "table "); puts_(&F->cur, t->text);
    if (t->text2) { putc_(&F->cur, ' '); quoted(&F->cur, t->text2); }
    if (!open_block(F, t)) return;
    for (uint32_t i = 0; i < t->nkids; i++)
        column(F, t->kids[i]);
    close_block(F, t, 0, 2);
}

/* rule NAME ["title"] { ... }, after `prefix` and with `close` after the
 * brace (an override's `because "..."`). */
static void rule_as(fm *F, const node *r, const char *prefix, const node *because);

static void rule(fm *F, const node *r) { rule_as(F, r, "", NULL); }

static void because(fm *F, const node *ov)
{
    puts_(&F->cur, " because ");
    quoted(&F->cur, ov->text2);
    if (ov->flag) puts_(&F->cur, " intended");
}

static void rule_as(fm *F, const node *r, const char *prefix, const node *ov)
{
    sb *b = &F->cur;
    puts_(b, prefix);
    puts_(b, "rule "); puts_(b, r->text);
    if (r->text2) { putc_(b, ' '); quoted(b, r->text2); }
    char day[16];
    if (r->date != DT_MISSING) { dt_format(r->date, day, sizeof day); puts_(b, " effective "); puts_(b, day); }
    if (r->until != DT_MISSING) { dt_format(r->until, day, sizeof day); puts_(b, " until "); puts_(b, day); }
    puts_(b, " {");
    emit(F, 0, 0, r->span.start, B_KEEP, true);
    const node *fe = r->nkids > 0 ? r->kids[0] : NULL;
    uint32_t ind = 2;
    if (fe) {
        puts_(b, "for each "); puts_(b, fe->text); puts_(b, " in ");
        sub(F, b, fe->kids[0], P_OR);
        if (fe->nkids > 1 && fe->kids[1]) {
            puts_(b, " where ");
            wrapped(F, 2, fe->kids[1], ":", fe->span.start, B_KEEP);
        } else {
            putc_(b, ':');
            emit(F, 2, 2, fe->span.start, B_KEEP, false);
        }
        ind = 4;
    }
    for (uint32_t i = 1; i < r->nkids; i++) {
        const node *q = r->kids[i];
        if (!q) continue;
        puts_(b, q->op == REQ_SHOULD ? "should " : "must ");
        sb measure = { 0 };
        if (q->text) { puts_(&measure, " as "); quoted(&measure, q->text); }
        wrapped(F, ind, q->kids[0], measure.s ? measure.s : "", q->span.start, B_KEEP);
        free(measure.s);
        if (q->nkids > 1 && q->kids[1]) {
            puts_(b, "otherwise ");
            expr(F, b, q->kids[1]);
            emit(F, ind + 2, ind + 2, q->kids[1]->span.start, B_NEVER, false);
        }
    }
    puts_(&F->cur, "}");
    if (ov) because(F, ov);
    emit(F, 0, ind, r->span.end ? r->span.end - 1 : 0, B_NEVER, false);
}

/* override let NAME = EXPR because "..." [intended]
 * override rule NAME ["title"] { ... } because "..." [intended]
 * disable rule NAME because "..." [intended] */
static void override(fm *F, const node *ov)
{
    const node *k = ov->nkids > 0 ? ov->kids[0] : NULL;
    sb *b = &F->cur;
    if (ov->op == OV_LET && k && k->kind == N_LET) {
        puts_(b, "override let "); puts_(b, k->text); puts_(b, " = "); expr(F, b, k->kids[0]);
        because(F, ov);
    } else if (ov->op == OV_RULE && k && k->kind == N_RULE) {
        rule_as(F, k, "override ", ov);
    } else if (ov->op == OV_DISABLE && !k) {
        puts_(b, "disable rule "); puts_(b, ov->text);
        because(F, ov);
    } else F->bad = true;
}

/* test "title" { as_of D   row T { f: e, ... }   rows T N { ... }
 *                expect fail|pass|unknown|waived RULE [for "ID"]   expect nothing else } */
static void test(fm *F, const node *t)
{
    static const char *const verdicts[] = { "fail", "pass", "unknown", "waived" };
    char buf[32];
    puts_(&F->cur, "test "); quoted(&F->cur, t->text);
    if (!open_block(F, t)) return;
    for (uint32_t i = 0; i < t->nkids; i++) {
        const node *k = t->kids[i];
        sb *b = &F->cur;
        if (k->kind == N_TASOF) { dt_format(k->date, buf, sizeof buf); puts_(b, "as_of "); puts_(b, buf); }
        else if (k->kind == N_TROWS) {
            puts_(b, k->nkids > 0 && k->kids[0] ? "rows " : "row ");
            puts_(b, k->text);
            if (k->nkids > 0 && k->kids[0]) { putc_(b, ' '); expr(F, b, k->kids[0]); }
            puts_(b, k->nkids > 1 ? " { " : " {}");
            for (uint32_t j = 1; j < k->nkids; j++) {
                const node *f = k->kids[j];
                if (j > 1) puts_(b, ", ");
                if (!f || f->kind != N_TFIELD) { F->bad = true; continue; }
                puts_(b, f->text); puts_(b, ": "); expr(F, b, f->kids[0]);
            }
            if (k->nkids > 1) puts_(b, " }");
        } else if (k->kind == N_TEXPECT && k->op == TX_NOTHING_ELSE) puts_(b, "expect nothing else");
        else if (k->kind == N_TEXPECT && k->op >= TX_FAIL && k->op <= TX_WAIVED) {
            puts_(b, "expect "); puts_(b, verdicts[k->op]); putc_(b, ' '); puts_(b, k->text);
            if (k->text2) { puts_(b, " for "); quoted(b, k->text2); }
        } else F->bad = true;
        emit(F, 2, 2, k->span.start, B_KEEP, false);
    }
    close_block(F, t, 0, 2);
}

static void caseload(fm *F, const node *c)
{
    puts_(&F->cur, "caseload");
    if (!open_block(F, c)) return;
    for (uint32_t i = 0; i < c->nkids; i++) {
        const node *k = c->kids[i];
        sb *b = &F->cur;
        if (k->text) { puts_(b, k->text); puts_(b, ": "); }
        if (k->kind != N_CAP && k->kind != N_AVGCAP) { F->bad = true; continue; }
        puts_(b, k->kind == N_AVGCAP ? "average at most " : "at most ");
        sub(F, b, k->kids[0], P_PRIMARY);
        if (k->flag) puts_(b, " weighted");
        if (k->kind == N_CAP || k->flag || k->flag3) puts_(b, " open cases");
        if (k->kind == N_AVGCAP && k->flag2) puts_(b, " per fte");
        if (k->kind == N_AVGCAP && k->op == AVG_PER_TEAM) puts_(b, " per team");
        puts_(b, " for ");
        role_names(F, k->kids[1], 0);
        for (uint32_t p = 2; k->kind == N_CAP && p < k->nkids; p++) {
            const node *ph = k->kids[p];
            if (p == 2) {
                puts_(b, " in their first ");
                sub(F, b, ph->kids[1], P_PRIMARY);
                if (k->flag3) puts_(b, " in role");
                continue;
            }
            puts_(b, ", then ");
            sub(F, b, ph->kids[0], P_PRIMARY);
            if (ph->kids[1]) { puts_(b, " until "); sub(F, b, ph->kids[1], P_PRIMARY); }
        }
        emit(F, 2, 2, k->span.start, B_KEEP, false);
    }
    close_block(F, c, 0, 2);
}

static void pod(fm *F, const node *p)
{
    static const char *const cmp[] = { "exactly ", "at least ", "at most " };
    puts_(&F->cur, "pod "); puts_(&F->cur, p->text);
    if (!open_block(F, p)) return;
    for (uint32_t i = 0; i < p->nkids; i++) {
        const node *k = p->kids[i];
        sb *b = &F->cur;
        if (k->kind == N_LEAD) { puts_(b, "lead: "); expr(F, b, k->kids[0]); }
        else if (k->kind == N_COMPOSE && k->op >= 0 && k->op <= CMP_AT_MOST) {
            puts_(b, cmp[k->op]);
            sub(F, b, k->kids[0], P_PRIMARY);
            puts_(b, " of ");
            role_names(F, k, 1);
        } else if (k->kind == N_NOTHING_ELSE) puts_(b, "nothing else");
        else F->bad = true;
        emit(F, 2, 2, k->span.start, B_KEEP, false);
    }
    close_block(F, p, 0, 2);
}

/* A cadence: its word where the grammar has one, else `every D`. */
static void cadence(fm *F, sb *b, const node *d)
{
    static const struct { const char *word; int64_t count; int unit; } words[] = {
        {"daily", 1, DU_DAY}, {"weekly", 1, DU_WEEK}, {"fortnightly", 2, DU_WEEK},
        {"monthly", 1, DU_MONTH}, {"quarterly", 3, DU_MONTH}, {"yearly", 1, DU_YEAR},
    };
    if (d && d->kind == N_DUR && d->nkids == 1 && d->kids[0] && d->kids[0]->kind == N_NUM && d->kids[0]->num.den == 1)
        for (size_t i = 0; i < sizeof words / sizeof *words; i++)
            if (d->kids[0]->num.num == words[i].count && d->op == words[i].unit) { puts_(b, words[i].word); return; }
    static const char *const unit1[] = { "day", "week", "month", "year" };
    if (d && d->kind == N_DUR && d->kids[0] && d->kids[0]->kind == N_NAME && !strcmp(d->kids[0]->text, "calendar")) {
        puts_(b, "every calendar "); puts_(b, unit1[d->op]);   /* one calendar period, singular */
        return;
    }
    puts_(b, "every ");
    sub(F, b, d, P_PRIMARY);
}

static void opt_primary(fm *F, sb *b, const char *word, const node *n)
{
    if (!n) return;
    puts_(b, word);
    sub(F, b, n, P_PRIMARY);
}

/* supervision { group CADENCE for every [KIND] pod [over D]
 *               individual for ROLES: CADENCE [for D], then CADENCE [until D] [over D] } */
static void supervision(fm *F, const node *s)
{
    puts_(&F->cur, "supervision");
    if (!open_block(F, s)) return;
    for (uint32_t i = 0; i < s->nkids; i++) {
        const node *k = s->kids[i];
        sb *b = &F->cur;
        if (k->text3) { puts_(b, k->text3); puts_(b, ": "); }
        if (k->kind == N_SUPGROUP) {
            puts_(b, "group ");
            cadence(F, b, k->kids[0]);
            puts_(b, " for every ");
            if (k->text) { puts_(b, k->text); putc_(b, ' '); }
            puts_(b, "pod");
            opt_primary(F, b, " over ", k->nkids > 1 ? k->kids[1] : NULL);
        } else if (k->kind == N_SUPIND && k->nkids >= 3 && k->kids[0]) {
            puts_(b, "individual for ");
            role_names(F, k->kids[0], 0);
            puts_(b, ": ");
            for (uint32_t j = 2; j < k->nkids; j++) {
                const node *ph = k->kids[j];
                if (j > 2) puts_(b, ", then ");
                cadence(F, b, ph->kids[0]);
                opt_primary(F, b, ph->op == 0 ? " for " : " until ", ph->nkids > 1 ? ph->kids[1] : NULL);
                if ((ph->op == 0) != (j == 2)) F->bad = true;
            }
            opt_primary(F, b, " over ", k->kids[1]);
        } else F->bad = true;
        emit(F, 2, 2, k->span.start, B_KEEP, false);
    }
    close_block(F, s, 0, 2);
}

/* progression FROM -> TO { requires assessment KIND [OUTCOME] [within D] [in M .. M]
 *                          requires programme "NAME" completed
 *                          requires D in role } */
static void progression(fm *F, const node *p)
{
    puts_(&F->cur, "progression "); puts_(&F->cur, p->text); puts_(&F->cur, " -> "); puts_(&F->cur, p->text2);
    if (!open_block(F, p)) return;
    for (uint32_t i = 0; i < p->nkids; i++) {
        const node *k = p->kids[i];
        sb *b = &F->cur;
        puts_(b, "requires ");
        if (k->kind != N_REQUIRES) F->bad = true;
        else if (k->op == RQ_ASSESSMENT) {
            puts_(b, "assessment "); puts_(b, k->text);
            if (k->text2) { putc_(b, ' '); puts_(b, k->text2); }
            opt_primary(F, b, " within ", k->nkids > 0 ? k->kids[0] : NULL);
            if (k->nkids > 1 && k->kids[1]) { puts_(b, " in "); expr(F, b, k->kids[1]); }
        } else if (k->op == RQ_PROGRAMME) {
            puts_(b, "programme "); quoted(b, k->text); puts_(b, " completed");
        } else if (k->op == RQ_TENURE && k->nkids > 0) {
            sub(F, b, k->kids[0], P_PRIMARY); puts_(b, " in role");
        } else F->bad = true;
        emit(F, 2, 2, k->span.start, B_KEEP, false);
    }
    close_block(F, p, 0, 2);
}

/* One top-level item; returns whether it took more than one line. */
static bool item(fm *F, const node *it, blank_mode blank)
{
    uint32_t before = F->n;
    sb *b = &F->cur;
    char buf[32];
    switch (it->kind) {
    case N_POLICY: puts_(b, "policy "); quoted(b, it->text); break;
    case N_EFFECTIVE:
        dt_format(it->date, buf, sizeof buf); puts_(b, "effective "); puts_(b, buf);
        if (it->until != DT_MISSING) { dt_format(it->until, buf, sizeof buf); puts_(b, " until "); puts_(b, buf); }
        break;
    case N_USE: puts_(b, "use "); puts_(b, it->text); break;
    case N_LET: puts_(b, "let "); puts_(b, it->text); puts_(b, " = "); expr(F, b, it->kids[0]); break;
    case N_ROLES: roles(F, it); break;
    case N_TABLE: table(F, it); break;
    case N_CODES: codes_item(F, it); break;
    case N_RULE: rule(F, it); break;
    case N_CASELOAD: caseload(F, it); break;
    case N_POD: pod(F, it); break;
    case N_SUPERVISION: supervision(F, it); break;
    case N_PROGRESSION: progression(F, it); break;
    case N_OVERRIDE: override(F, it); break;
    case N_TEST: test(F, it); break;
    default: F->bad = true; break;
    }
    if (F->n == before)
        emit(F, 0, 0, it->span.start, B_KEEP, false);
    F->lines[before].blank = (uint8_t)blank;
    return F->n - before > 1;
}

/* ---- comments ---- */

static uint32_t line_start(const char *s, uint32_t off)
{
    while (off > 0 && s[off - 1] != '\n')
        off--;
    return off;
}

static bool blank_span(const char *s, uint32_t a, uint32_t b)
{
    for (; a < b; a++)
        if (s[a] != ' ' && s[a] != '\t' && s[a] != '\r')
            return false;
    return true;
}

/* Whether the source has a blank line just before the line holding off, and
 * off begins its line (so a line the author wrote after a blank one). */
static bool blank_before(const fm *F, uint32_t off)
{
    uint32_t ls = line_start(F->src, off);
    if (ls == 0 || !blank_span(F->src, ls, off))
        return false;
    uint32_t ps = line_start(F->src, ls - 1);
    return blank_span(F->src, ps, ls - 1);
}

/* Skips a string literal from its opening quote, interpolations (with the
 * strings nested in them) included; stops at a newline. */
static uint32_t skip_string(const char *s, uint32_t i, uint32_t n)
{
    int depth = 0;
    for (i++; i < n && s[i] != '\n'; i++) {
        if (s[i] == '\\') { i++; continue; }
        if (depth == 0 && s[i] == '"') return i + 1;
        if (s[i] == '{') depth++;
        else if (s[i] == '}' && depth > 0) depth--;
        else if (s[i] == '"') {   /* a string inside an interpolation */
            for (i++; i < n && s[i] != '"' && s[i] != '\n'; i++)
                if (s[i] == '\\') i++;
        }
    }
    return i;
}

static void scan_comments(fm *F)
{
    const char *s = F->src;
    uint32_t n = F->srclen, cap = 0;
    for (uint32_t i = 0; i < n;) {
        if (s[i] == '"') { i = skip_string(s, i, n); continue; }
        if (s[i] != '#') { i++; continue; }
        uint32_t e = i;
        while (e < n && s[e] != '\n') e++;
        uint32_t end = e;
        while (end > i && (s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '\r')) end--;
        if (F->ncm == cap) {
            cap = cap ? cap * 2 : 16;
            F->cm = realloc(F->cm, cap * sizeof *F->cm);
            if (!F->cm) abort();
        }
        comment *c = &F->cm[F->ncm++];
        c->start = i;
        c->end = end;
        c->trailing = !blank_span(s, line_start(s, i), i);
        c->attached = false;
        i = e;
    }
}

/* A trailing comment stays on the line that prints the code before it. */
static void attach_trailing(fm *F)
{
    for (uint32_t i = 0; i < F->ncm; i++) {
        comment *c = &F->cm[i];
        if (!c->trailing) continue;
        int32_t best = -1;
        for (uint32_t l = 0; l < F->n && F->lines[l].anchor <= c->start; l++)
            best = (int32_t)l;
        if (best >= 0 && F->lines[best].trail < 0) {
            F->lines[best].trail = (int32_t)i;
            c->attached = true;
        }
    }
}

static void put_comment(fm *F, sb *out, const comment *c, uint32_t indent)
{
    spaces(out, indent);
    putn(out, F->src + c->start, c->end - c->start);
    putc_(out, '\n');
}

/* Lines and comments, in source order, with the blank lines decided. */
static void merge(fm *F, sb *out)
{
    uint32_t ci = 0;
    bool any = false, after_open = false;
    for (uint32_t li = 0; li <= F->n; li++) {
        const line *l = li < F->n ? &F->lines[li] : NULL;
        bool first = true;
        for (; ci < F->ncm && (!l || F->cm[ci].start < l->anchor); ci++) {
            const comment *c = &F->cm[ci];
            if (c->attached) continue;
            bool blank = first && l ? l->blank == B_FORCE || (l->blank == B_KEEP && blank_before(F, c->start))
                                    : blank_before(F, c->start);
            if (blank && any && !after_open) putc_(out, '\n');
            put_comment(F, out, c, l ? l->cindent : 0);
            any = true; after_open = false; first = false;
        }
        if (!l) break;
        bool blank = l->blank == B_FORCE ? first : l->blank == B_KEEP && blank_before(F, l->anchor);
        if (blank && any && !after_open) putc_(out, '\n');
        spaces(out, l->indent);
        puts_(out, l->text);
        if (l->trail >= 0) {
            const comment *c = &F->cm[l->trail];
            /* It keeps its column (the author's alignment) when its source
             * line held just this line's code, else sits two spaces after. */
            uint32_t ls = line_start(F->src, c->start), col = c->start - ls, used = l->indent + (uint32_t)strlen(l->text);
            uint32_t a = ls, e = c->start;
            while (a < e && (F->src[a] == ' ' || F->src[a] == '\t')) a++;
            while (e > a && (F->src[e - 1] == ' ' || F->src[e - 1] == '\t')) e--;
            bool same = e - a == strlen(l->text) && !memcmp(F->src + a, l->text, e - a);
            spaces(out, same && col >= used + 2 ? col - used : 2);
            putn(out, F->src + c->start, c->end - c->start);
        }
        putc_(out, '\n');
        any = true; after_open = l->open;
    }
}

/* ---- the self-check ---- */

static bool same_str(const char *a, const char *b) { return (!a || !b) ? a == b : !strcmp(a, b); }

static bool same_tree(const node *a, const node *b)
{
    if (!a || !b) return a == b;
    if (a->kind != b->kind || a->op != b->op || a->flag != b->flag || a->flag2 != b->flag2 || a->flag3 != b->flag3 ||
        !same_str(a->text, b->text) || !same_str(a->text2, b->text2) || !same_str(a->text3, b->text3) ||
        a->num.num != b->num.num || a->num.den != b->num.den || a->date != b->date || a->nkids != b->nkids)
        return false;
    for (uint32_t i = 0; i < a->nkids; i++)
        if (!same_tree(a->kids[i], b->kids[i])) return false;
    return true;
}

static void free_fm(fm *F)
{
    for (uint32_t i = 0; i < F->n; i++) free(F->lines[i].text);
    free(F->lines);
    free(F->cm);
    free(F->cur.s);
}

char *fm_format(dg_context *dc, uint32_t file, uint32_t *len)
{
    ps_status st;
    node *root = ps_parse_file(dc, file, false, &st);
    if (!root || st != PS_OK) { node_free(root); return NULL; }
    fm F = { .src = dc->files[file].text, .srclen = dc->files[file].len };
    scan_comments(&F);
    /* Blocks stand apart: a blank line before and after anything that
     * takes more than one line; between one-line items, the author's choice. */
    bool prev_multi = false;
    for (uint32_t i = 0; i < root->nkids; i++) {
        uint32_t before = F.n;
        bool multi = item(&F, root->kids[i], B_KEEP);
        if (i > 0 && (prev_multi || multi))
            F.lines[before].blank = B_FORCE;
        prev_multi = multi;
    }
    attach_trailing(&F);
    sb out = { 0 };
    merge(&F, &out);
    if (!out.s) { out.s = calloc(1, 1); if (!out.s) abort(); }
    bool bad = F.bad;
    uint32_t ncm = F.ncm;
    free_fm(&F);

    /* The output must parse to the same tree and keep every comment. */
    if (!bad) {
        dg_context tmp;
        dg_init(&tmp);
        char *copy = malloc(out.len + 1);
        if (!copy) abort();
        memcpy(copy, out.s, out.len + 1);
        uint32_t id = dg_add_file(&tmp, dc->files[file].name, copy, (uint32_t)out.len);
        ps_status st2;
        node *again = ps_parse_file(&tmp, id, false, &st2);
        fm G = { .src = out.s, .srclen = (uint32_t)out.len };
        scan_comments(&G);
        bad = st2 != PS_OK || !same_tree(root, again) || G.ncm != ncm;
        free_fm(&G);
        node_free(again);
        dg_free(&tmp);
    }
    node_free(root);
    if (bad) {
        dg_diag *d = dg_report(dc, DG_ERROR, (dg_span){ file, 0, 0 }, "E-fmt",
                               "cannot format %s: the canonical layout would not read back the same", dc->files[file].name);
        dg_hint(d, "this is a bug in cadre fmt; the file is left as it is");
        free(out.s);
        return NULL;
    }
    *len = (uint32_t)out.len;
    return out.s;
}
