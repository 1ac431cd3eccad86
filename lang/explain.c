/* explain.c — reads checked rules aloud in plain English.
 * Owns: the words for roles, tables, fields, relations and durations; the
 * sentence shapes of each domain-block line (caseload cap and average, pod
 * lead and composition, group and individual supervision, progression) and
 * of a general rule (one sentence per requirement, under its `for each`).
 * Does not own: checking (check.c) or lowering (desugar.c): it reads the
 * annotations they leave (sem.ref, sem.type, sem.decl) and changes nothing. */
#include "explain.h"
#include "../runtime/date.h"
#include "../runtime/opcodes.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* What a variable in scope stands for: the `for each` variable or the
 * element of a filtered collection (`it`). */
typedef struct {
    const ck_env *env;
    const char *var;          /* the for-each variable, or NULL */
    int32_t table;            /* its table */
} ctx;

static void expr(FILE *out, const ctx *c, const node *n);
static void clause(FILE *out, const ctx *c, const node *n);

/* ---- words ------------------------------------------------------------- */

static void words(FILE *out, const char *s)
{
    for (; *s; s++) fputc(*s == '_' ? ' ' : *s, out);
}

/* A role as people say it; `plural` adds the plural ending. */
static void role_word(FILE *out, const char *code, bool plural)
{
    if (!strcmp(code, "asye")) fputs(plural ? "ASYE social workers" : "ASYE social worker", out);
    else if (!strcmp(code, "head_of_service")) fputs(plural ? "heads of service" : "head of service", out);
    else if (!strcmp(code, "coach")) fputs(plural ? "social work coaches" : "social work coach", out);
    else { words(out, code); if (plural) fputc('s', out); }
}

static const char *article(const char *code) { return strchr("aeiou", code[0]) ? "an" : "a"; }

/* Field names that read badly as they are: dates named by their event. */
static void field_word(FILE *out, const char *f)
{
    static const char *const map[][2] = {
        {"qualified", "qualification date"}, {"started", "start date"}, {"left", "leaving date"},
        {"from", "start date"}, {"to", "end date"}, {"completed", "completion date"},
        {"formed", "formation date"}, {"opened", "opening date"}, {"closed", "closing date"},
        {"fte", "FTE"}, {"asye_status", "ASYE status"},
    };
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (!strcmp(f, map[i][0])) { fputs(map[i][1], out); return; }
    words(out, f);
}

/* Tables as nouns: singular (for each ...) and plural (collections). */
static void table_word(FILE *out, const ck_env *env, int32_t t, bool plural)
{
    static const char *const map[][3] = {
        {"staff", "member of staff", "staff"}, {"role_history", "role change", "role changes"},
        {"supervisions", "supervision session", "supervision sessions"},
        {"programmes", "programme place", "programme places"}, {"project_members", "project member", "project members"},
    };
    if (t < 0 || (uint32_t)t >= env->schema.ntables) { fputs(plural ? "rows" : "row", out); return; }
    const char *name = env->schema.tables[t].name;
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (!strcmp(name, map[i][0])) { fputs(map[i][plural ? 2 : 1], out); return; }
    size_t len = strlen(name);
    if (!plural && len > 1 && name[len - 1] == 's') fprintf(out, "%.*s", (int)(len - 1), name);
    else words(out, name);
}

static bool is_person_table(const ck_env *env, int32_t t)
{
    return t >= 0 && (uint32_t)t < env->schema.ntables && !strcmp(env->schema.tables[t].name, "staff");
}

static void number(FILE *out, vl_rat r)
{
    char buf[64];
    vl_rat_format(r, buf, sizeof buf);
    fputs(buf, out);
}

static void date_words(FILE *out, int32_t d)
{
    static const char *const months[] = { "January", "February", "March", "April", "May", "June", "July",
                                          "August", "September", "October", "November", "December" };
    int32_t y, m, day;
    dt_to_civil(d, &y, &m, &day);
    if (m >= 1 && m <= 12) fprintf(out, "%d %s %d", (int)day, months[m - 1], (int)y);
}

static const node *let_value(const ck_env *env, const char *name)
{
    for (uint32_t i = 0; i < env->nlets; i++)
        if (env->lets[i].decl && env->lets[i].decl->text && !strcmp(env->lets[i].decl->text, name))
            return env->lets[i].decl->nkids ? env->lets[i].decl->kids[0] : NULL;
    return NULL;
}

/* ---- role lists ---------------------------------------------------------- */

typedef struct { const char *code[64]; uint32_t n; } role_list;

/* Role codes named by n (a role, a let holding a set, or a set of these). */
static void collect_roles(const ck_env *env, const node *n, role_list *rl, int depth)
{
    if (!n || depth > 8) return;
    if (n->kind == N_SET) { for (uint32_t i = 0; i < n->nkids; i++) collect_roles(env, n->kids[i], rl, depth + 1); return; }
    if (n->kind != N_NAME) return;
    const node *v = sc_find_role(&env->schema, n->text) >= 0 ? NULL : let_value(env, n->text);
    if (v) { collect_roles(env, v, rl, depth + 1); return; }
    for (uint32_t i = 0; i < rl->n; i++) if (!strcmp(rl->code[i], n->text)) return;
    if (rl->n < 64) rl->code[rl->n++] = n->text;
}

static void role_list_words(FILE *out, const role_list *rl, bool plural, const char *conj)
{
    for (uint32_t i = 0; i < rl->n; i++) {
        if (i) fputs(i + 1 == rl->n ? conj : ", ", out);
        role_word(out, rl->code[i], plural);
    }
}

/* Roles from kids[from..] of a block line. */
static void line_roles(FILE *out, const ck_env *env, const node *line, uint32_t from, bool plural)
{
    role_list rl = { .n = 0 };
    for (uint32_t i = from; i < line->nkids; i++) collect_roles(env, line->kids[i], &rl, 0);
    role_list_words(out, &rl, plural, " or ");
}

/* ---- expressions --------------------------------------------------------- */

static void duration(FILE *out, const ctx *c, const node *d)
{
    static const char *const unit[] = { "day", "week", "month", "year" };
    const node *k = d->kids[0];
    if (k->kind == N_NUM) {
        number(out, k->num);
        fprintf(out, " %s%s", unit[d->op], k->num.num == 1 && k->num.den == 1 ? "" : "s");
    } else { expr(out, c, k); fprintf(out, " %ss", unit[d->op]); }
}

/* `every calendar month`: a duration counted by the name `calendar` (desugar.c). */
static bool is_calendar(const node *d)
{
    return d && d->kind == N_DUR && d->kids[0]->kind == N_NAME && !strcmp(d->kids[0]->text, "calendar");
}

static void cadence(FILE *out, const ctx *c, const node *d)
{
    static const char *const unit[] = { "day", "week", "month", "year" };
    if (is_calendar(d)) { fprintf(out, "in every calendar %s", unit[d->op]); return; }
    if (d && d->kind == N_DUR && d->kids[0]->kind == N_NUM && d->kids[0]->num.den == 1) {
        int64_t k = d->kids[0]->num.num;
        const char *w = d->op == DU_WEEK && k == 1 ? "every week" : d->op == DU_WEEK && k == 2 ? "every fortnight" :
                        d->op == DU_MONTH && k == 1 ? "every month" : d->op == DU_DAY && k == 1 ? "every day" : NULL;
        if (w) { fputs(w, out); return; }
    }
    fputs("every ", out);
    if (d && d->kind == N_DUR) duration(out, c, d); else if (d) expr(out, c, d);
}

static bool is_var(const ctx *c, const node *n)
{
    return n->kind == N_NAME && n->sem.ref == R_VAR && c->var && !strcmp(n->text, c->var);
}

static bool is_it(const node *n) { return n->kind == N_NAME && n->sem.ref == R_VAR && !strcmp(n->text, "it"); }

static bool is_date(const node *n) { return ty_kind_of(n->sem.type) == TY_DATE; }

static void field(FILE *out, const ctx *c, const node *n)
{
    const node *obj = n->kids[0];
    if (is_it(obj)) { fputs(is_person_table(c->env, ty_table(obj->sem.type)) ? "their " : "its ", out); field_word(out, n->text); return; }
    if (is_var(c, obj)) { fputs(is_person_table(c->env, c->table) ? "their " : "its ", out); field_word(out, n->text); return; }
    if (ty_kind_of(obj->sem.type) == TY_ROWS || ty_kind_of(obj->sem.type) == TY_LIST) {
        fputs("the ", out); field_word(out, n->text); fputs(" of ", out); expr(out, c, obj); return;
    }
    expr(out, c, obj); fputs("'s ", out); field_word(out, n->text);
}

static void name(FILE *out, const ctx *c, const node *n)
{
    switch (n->sem.ref) {
    case R_ROLE: role_word(out, n->text, false); return;
    case R_TABLE: fputs("all ", out); table_word(out, c->env, n->sem.table, true); return;
    case R_VAR:
        if (is_var(c, n)) { fputs("the ", out); table_word(out, c->env, c->table, false); }
        else words(out, n->text);
        return;
    case R_LET: {
        const node *v = let_value(c->env, n->text);
        if (v && v->kind == N_SET) {
            role_list rl = { .n = 0 };
            collect_roles(c->env, n, &rl, 0);
            if (rl.n) { role_list_words(out, &rl, false, " or "); return; }
        }
        if (v && (v->kind == N_NUM || v->kind == N_DUR || v->kind == N_DATE || v->kind == N_STR)) { expr(out, c, v); return; }
        words(out, n->text);
        if (v && v->kind == N_MISSING) fputs(" (not set)", out);
        return;
    }
    case R_MONTH: fputc(toupper((unsigned char)n->text[0]), out); fputs(n->text + 1, out); return;
    default: words(out, n->text);
    }
}

static void aggregate(FILE *out, const ctx *c, int agg, const node *arg, bool date)
{
    bool pair = arg->kind == N_SET;
    switch (agg) {
    case AG_COUNT: fputs("the number of ", out); break;
    case AG_SUM: fputs("the total of ", out); break;
    case AG_AVG: fputs("the average of ", out); break;
    case AG_MIN: fputs(date ? (pair ? "the earlier of " : "the earliest of ") : (pair ? "the smaller of " : "the smallest of "), out); break;
    case AG_MAX: fputs(date ? (pair ? "the later of " : "the latest of ") : (pair ? "the larger of " : "the largest of "), out); break;
    case AG_ANY: fputs("whether any of ", out); break;
    case AG_ALL: fputs("whether all of ", out); break;
    default: break;
    }
    if (pair) {
        for (uint32_t i = 0; i < arg->nkids; i++) { if (i) fputs(i + 1 == arg->nkids ? " and " : ", ", out); expr(out, c, arg->kids[i]); }
    } else expr(out, c, arg);
}

/* A filter on the elements of a collection, as a relative clause:
 * "who are in post and whose contract is “permanent”". */
static void relative(FILE *out, const ctx *c, const node *cond, bool person, bool plural);

static void relation(FILE *out, int op, bool date, bool numeric)
{
    switch (op) {
    case OP_LE: fputs(date ? "on or before " : "at most ", out); break;
    case OP_LT: fputs(date ? "before " : "less than ", out); break;
    case OP_GE: fputs(date ? "on or after " : "at least ", out); break;
    case OP_GT: fputs(date ? "after " : "more than ", out); break;
    case OP_EQ: fputs(date ? "on " : numeric ? "exactly " : "", out); break;
    case OP_NE: fputs("not ", out); break;
    default: break;
    }
}

static bool is_cmp(const node *n) { return n->kind == N_BINARY && n->op >= OP_EQ && n->op <= OP_GE; }

/* "is at most 20", "is one of X", "is recorded": what is said of a subject. */
static void predicate(FILE *out, const ctx *c, const node *n, const char *verb)
{
    if (is_cmp(n)) {
        const node *a = n->kids[0];
        fprintf(out, "%s ", verb);
        relation(out, n->op, is_date(a), ty_kind_of(a->sem.type) == TY_NUM);
        expr(out, c, n->kids[1]);
    } else if (n->kind == N_IN) {
        const node *rhs = n->kids[1];
        bool months = rhs->kind == N_RANGE && rhs->kids[0]->kind == N_NAME && rhs->kids[0]->sem.ref == R_MONTH;
        if (months) { fprintf(out, "%s %sin ", verb, n->flag ? "not " : ""); expr(out, c, rhs->kids[0]); fputs(" to ", out); expr(out, c, rhs->kids[1]); }
        else if (rhs->kind == N_RANGE) { fprintf(out, "%s %sbetween ", verb, n->flag ? "not " : ""); expr(out, c, rhs->kids[0]); fputs(" and ", out); expr(out, c, rhs->kids[1]); }
        else { fprintf(out, "%s %sone of ", verb, n->flag ? "not " : ""); expr(out, c, rhs); }
    } else if (n->kind == N_IS) {
        bool let = n->kids[0]->kind == N_NAME && n->kids[0]->sem.ref == R_LET;
        fprintf(out, "%s %s", verb, n->flag ? (let ? "set" : "recorded") : (let ? "not set" : "not recorded"));
    }
}

static const node *subject_of(const node *n)
{
    if (is_cmp(n) || n->kind == N_IN || n->kind == N_IS) return n->kids[0];
    return NULL;
}

static void relative(FILE *out, const ctx *c, const node *cond, bool person, bool plural)
{
    if (cond->kind == N_BINARY && cond->op == OP_AND) {
        relative(out, c, cond->kids[0], person, plural);
        fputs(" and ", out);
        relative(out, c, cond->kids[1], person, plural);
        return;
    }
    const node *s = subject_of(cond);
    bool own = false;   /* the condition is about the element itself */
    const node *f = s ? s : cond;
    if (f->kind == N_FIELD && (is_it(f->kids[0]) || is_var(c, f->kids[0]))) own = true;
    if (own && !s && ty_kind_of(f->sem.type) == TY_BOOL) {
        fprintf(out, "%s %s ", person ? "who" : "that", plural ? "are" : "is");
        field_word(out, f->text);
    } else if (own && s) {
        fputs("whose ", out); field_word(out, f->text); fputc(' ', out);
        predicate(out, c, cond, "is");
    } else if (cond->kind == N_IS && f->kind == N_NAME && f->sem.ref == R_LET) {
        fputs("(when ", out); clause(out, c, cond); fputc(')', out);
    } else { fputs("where ", out); clause(out, c, cond); }
}

static void expr(FILE *out, const ctx *c, const node *n)
{
    if (!n) return;
    switch (n->kind) {
    case N_NUM: number(out, n->num); break;
    case N_STR:
        fputs("\u201c", out);
        if (n->nkids == 0) fputs(n->text ? n->text : "", out);
        for (uint32_t i = 0; i < n->nkids; i++) {
            if (n->kids[i]->kind == N_STR && n->kids[i]->nkids == 0) fputs(n->kids[i]->text ? n->kids[i]->text : "", out);
            else { fputc('[', out); expr(out, c, n->kids[i]); fputc(']', out); }
        }
        fputs("\u201d", out);
        break;
    case N_DATE: date_words(out, n->date); break;
    case N_DUR: duration(out, c, n); break;
    case N_BOOL: fputs(n->flag ? "true" : "false", out); break;
    case N_MISSING: fputs("missing", out); break;
    case N_ASOF: fputs("the as-of date", out); break;
    case N_NAME: name(out, c, n); break;
    case N_FIELD: field(out, c, n); break;
    case N_SET: {
        role_list rl = { .n = 0 };
        bool roles = true;
        for (uint32_t i = 0; i < n->nkids; i++)
            if (n->kids[i]->kind != N_NAME || (n->kids[i]->sem.ref != R_ROLE && n->kids[i]->sem.ref != R_LET)) roles = false;
        if (roles) collect_roles(c->env, n, &rl, 0);
        if (roles && rl.n) { role_list_words(out, &rl, false, " or "); break; }
        for (uint32_t i = 0; i < n->nkids; i++) { if (i) fputs(i + 1 == n->nkids ? " or " : ", ", out); expr(out, c, n->kids[i]); }
        break;
    }
    case N_AGG: aggregate(out, c, n->op, n->kids[0], is_date(n)); break;
    case N_CALL:
        if (n->sem.ref == B_AGG && n->nkids == 1) { aggregate(out, c, n->sem.index, n->kids[0], is_date(n)); break; }
        if (n->sem.ref == B_DISTINCT && n->nkids == 1) {
            const node *k = n->kids[0];
            if (k->kind == N_FIELD && ty_kind_of(k->kids[0]->sem.type) == TY_ROWS) {
                fputs("different ", out); field_word(out, k->text); fputs("s of ", out); expr(out, c, k->kids[0]);
            } else { fputs("the different values of ", out); expr(out, c, k); }
            break;
        }
        if (!strcmp(n->text, "gap") && n->nkids >= 3) {
            fputs("the longest gap between ", out); expr(out, c, n->kids[0]);
            fputs(" from ", out); expr(out, c, n->kids[1]); fputs(" to ", out); expr(out, c, n->kids[2]);
            break;
        }
        if (n->sem.ref == B_FN && n->sem.index == BI_LONGEST && n->nkids == 3) {
            fputs("the longest run of consecutive days from ", out); expr(out, c, n->kids[1]);
            fputs(" to ", out); expr(out, c, n->kids[2]);
            fputs(" on which ", out); expr(out, c, n->kids[0]);
            fputs(" (judged as the data stood on each day)", out);
            break;
        }
        if (n->sem.ref == B_FN && n->nkids == 2 && n->sem.index != BI_GAP) {
            static const char *const unit[] = { [BI_DAYS_BETWEEN] = "days", [BI_MONTHS_BETWEEN] = "whole months", [BI_YEARS_BETWEEN] = "whole years" };
            if (n->sem.index < (int32_t)(sizeof unit / sizeof *unit) && unit[n->sem.index]) {
                fprintf(out, "the %s from ", unit[n->sem.index]); expr(out, c, n->kids[0]); fputs(" to ", out); expr(out, c, n->kids[1]);
                break;
            }
        }
        if (n->sem.ref == B_FN && n->nkids == 4 && (n->sem.index == BI_MISSED || n->sem.index == BI_MOST)) {
            fputs(n->sem.index == BI_MISSED ? "the calendar periods of " : "the most of ", out);
            if (n->sem.index == BI_MISSED) { expr(out, c, n->kids[3]); fputs(" with none of ", out); expr(out, c, n->kids[0]); }
            else { expr(out, c, n->kids[0]); fputs(" in any one period of ", out); expr(out, c, n->kids[3]); }
            fputs(" from ", out); expr(out, c, n->kids[1]); fputs(" to ", out); expr(out, c, n->kids[2]);
            break;
        }
        if (n->sem.ref == B_FN && n->nkids == 1 && (n->sem.index == BI_MONTH || n->sem.index == BI_YEAR)) {
            fputs(n->sem.index == BI_MONTH ? "the month of " : "the year of ", out); expr(out, c, n->kids[0]);
            break;
        }
        words(out, n->text); fputc('(', out);
        for (uint32_t i = 0; i < n->nkids; i++) { if (i) fputs(", ", out); expr(out, c, n->kids[i]); }
        fputc(')', out);
        break;
    case N_WHERE: {
        const node *coll = n->kids[0];
        int32_t t = ty_table(coll->sem.type);
        expr(out, c, coll);
        fputc(' ', out);
        relative(out, c, n->kids[1], is_person_table(c->env, t) || t < 0, true);
        break;
    }
    case N_UNARY:
        if (n->op == OP_NOT) { fputs("it is not so that ", out); clause(out, c, n->kids[0]); }
        else { fputs("minus ", out); expr(out, c, n->kids[0]); }
        break;
    case N_BINARY: {
        const node *a = n->kids[0], *b = n->kids[1];
        if ((n->op == OP_SUB || n->op == OP_ADD) && is_date(a) && ty_kind_of(b->sem.type) == TY_DUR) {
            expr(out, c, b); fputs(n->op == OP_SUB ? " before " : " after ", out); expr(out, c, a);
            break;
        }
        if (n->op == OP_DEFAULT) { expr(out, c, a); fputs(" (or, when that is not recorded, ", out); expr(out, c, b); fputc(')', out); break; }
        if (is_cmp(n) || n->op == OP_AND || n->op == OP_OR) { clause(out, c, n); break; }
        static const char *const ops[] = { " plus ", " minus ", " times ", " divided by " };
        expr(out, c, a); fputs(n->op <= OP_DIV ? ops[n->op] : " ? ", out); expr(out, c, b);
        break;
    }
    case N_IS: case N_IN: clause(out, c, n); break;
    case N_IF: expr(out, c, n->kids[1]); fputs(" when ", out); clause(out, c, n->kids[0]); fputs(", otherwise ", out); expr(out, c, n->kids[2]); break;
    case N_RANGE: expr(out, c, n->kids[0]); fputs(" to ", out); expr(out, c, n->kids[1]); break;
    default: fprintf(out, "(%s)", node_kind_name(n->kind)); break;
    }
}

/* A condition as a statement: "their open cases is at most 20". */
static void clause(FILE *out, const ctx *c, const node *n)
{
    if (n->kind == N_BINARY && (n->op == OP_AND || n->op == OP_OR)) {
        if (n->op == OP_OR) fputs("either ", out);
        clause(out, c, n->kids[0]);
        fputs(n->op == OP_AND ? " and " : ", or ", out);
        clause(out, c, n->kids[1]);
        return;
    }
    const node *s = subject_of(n);
    if (s && n->kind == N_IS && s->kind == N_NAME && s->sem.ref == R_LET) {
        fputs("the council figure ", out); words(out, s->text); fputc(' ', out);
        predicate(out, c, n, "is");
        return;
    }
    if (s) {
        expr(out, c, s); fputc(' ', out);
        predicate(out, c, n, "is");
        return;
    }
    if (n->kind == N_FIELD && ty_kind_of(n->sem.type) == TY_BOOL) {
        if (is_var(c, n->kids[0])) fputs(is_person_table(c->env, c->table) ? "they are " : "it is ", out);
        else { expr(out, c, n->kids[0]); fputs(" is ", out); }
        field_word(out, n->text);
        return;
    }
    expr(out, c, n);
}

/* One requirement: "their open cases must be at most 20". */
static void requirement(FILE *out, const ctx *c, const node *q)
{
    const char *modal = q->op == REQ_SHOULD ? "should" : "must";
    const node *cond = q->kids[0];
    const node *s = subject_of(cond);
    char verb[16];
    snprintf(verb, sizeof verb, "%s be", modal);
    if (s) { expr(out, c, s); fputc(' ', out); predicate(out, c, cond, verb); return; }
    fprintf(out, "it %s hold that ", modal);
    clause(out, c, cond);
}

static void capital_sentence(FILE *out, const char *text)
{
    if (!*text) return;
    fputc(toupper((unsigned char)text[0]), out);
    fputs(text + 1, out);
}

static void general(FILE *out, const ctx *c0, const node *r)
{
    ctx c = *c0;
    const node *fe = r->nkids > 0 ? r->kids[0] : NULL;
    char *intro = NULL;
    size_t introlen = 0;
    FILE *m = open_memstream(&intro, &introlen);
    if (!m) abort();
    if (fe) {
        c.var = fe->text;
        c.table = ty_table(fe->kids[0]->sem.type);
        fputs("for each ", m);
        if (fe->kids[0]->kind == N_NAME && fe->kids[0]->sem.ref == R_TABLE) table_word(m, c.env, c.table, false);
        else { fputs("one of ", m); expr(m, &c, fe->kids[0]); }
        if (fe->nkids > 1 && fe->kids[1]) { fputc(' ', m); relative(m, &c, fe->kids[1], is_person_table(c.env, c.table), false); }
    }
    uint32_t nreq = 0, k = 0;
    for (uint32_t i = 1; i < r->nkids; i++) nreq += r->kids[i] != NULL;
    if (fe) fputs(nreq > 1 ? ": " : ", ", m);
    for (uint32_t i = 1; i < r->nkids; i++) {
        const node *q = r->kids[i];
        if (!q) continue;
        if (k++) fputs(k == nreq ? "; and " : "; ", m);
        requirement(m, &c, q);
    }
    fclose(m);
    capital_sentence(out, intro);
    fputc('.', out);
    free(intro);
}

/* ---- domain blocks --------------------------------------------------------- */

/* The pod kind of a lowered pod rule, from its name "pod.KIND.line". */
static void pod_kind(FILE *out, const node *r)
{
    const char *s = r->text + 4, *dot = strchr(s, '.');
    if (strncmp(r->text, "pod.", 4) || !dot) return;
    if (dot - s == 4 && !strncmp(s, "asye", 4)) fputs("ASYE", out);
    else for (; s < dot; s++) fputc(*s == '_' ? ' ' : *s, out);
    fputc(' ', out);
}

static bool one(const node *n) { return n && n->kind == N_NUM && n->num.num == 1 && n->num.den == 1; }

static void limit(FILE *out, const ctx *c, const node *n) { expr(out, c, n); }

static void progression(FILE *out, const ctx *c, const node *b)
{
    /* judged on every entry into the role, whatever the role before (desugar.c) */
    fputs("Anyone who becomes ", out); fputs(article(b->text2), out); fputc(' ', out); role_word(out, b->text2, false);
    fputs(" (from ", out); role_word(out, b->text, false);
    fputs(" or by any other route) may do so only when ", out);
    for (uint32_t i = 0; i < b->nkids; i++) {
        const node *q = b->kids[i];
        if (i) fputs(i + 1 == b->nkids ? "; and " : "; ", out);
        switch (q->op) {
        case RQ_ASSESSMENT:
            fputs("a ", out); words(out, q->text); fputs(" assessment", out);
            if (q->text2) { fputs(" with the outcome \u201c", out); fputs(q->text2, out); fputs("\u201d", out); }
            fputs(" was held before the move", out);
            if (q->nkids > 0 && q->kids[0]) { fputs(", within the ", out); expr(out, c, q->kids[0]); fputs(" before", out); }
            if (q->nkids > 1 && q->kids[1] && q->kids[1]->nkids == 2) {
                fputs(", in ", out);
                for (int k = 0; k < 2; k++) {
                    const char *mname = q->kids[1]->kids[k]->text ? q->kids[1]->kids[k]->text : "";
                    if (k) fputs(" to ", out);
                    if (*mname) { fputc(toupper((unsigned char)mname[0]), out); fputs(mname + 1, out); }
                }
            }
            break;
        case RQ_PROGRAMME: fputs("the \u201c", out); fputs(q->text, out); fputs("\u201d programme was completed before the move", out); break;
        case RQ_TENURE: fputs("they had been ", out); fputs(article(b->text), out); fputc(' ', out); role_word(out, b->text, false); fputs(" for at least ", out); expr(out, c, q->kids[0]); break;
        default: break;
        }
    }
    fputc('.', out);
}

static void block_line(FILE *out, const ctx *c, const node *r, const node *l)
{
    switch (l->kind) {
    case N_CAP:
        fputs("Every ", out); line_roles(out, c->env, l->kids[1], 0, false);
        fputs(" in post holds at most ", out); limit(out, c, l->kids[0]);
        fputs(one(l->kids[0]) ? " open case" : " open cases", out);
        if (l->flag) fputs(", each counted at its weight (1 when none is given)", out);
        for (uint32_t i = 2; i < l->nkids; i++) {
            const node *ph = l->kids[i];
            if (i == 2) {
                fputs(" in their first ", out); expr(out, c, ph->kids[1]);
                fputs(l->flag3 ? " in the role (from the start of their latest spell in it, or the day they joined when the role history has none)"
                               : " (from the day they joined)", out);
                continue;
            }
            fputs(", then at most ", out); limit(out, c, ph->kids[0]);
            if (ph->kids[1]) { fputs(" until ", out); expr(out, c, ph->kids[1]); fputs(" have passed", out); }
        }
        fputc('.', out);
        break;
    case N_AVGCAP:
        fputs(l->op == AVG_PER_TEAM ? "In every team, the " : "Across the council, the ", out);
        line_roles(out, c->env, l->kids[1], 0, true);
        fputs(" in post hold at most ", out); limit(out, c, l->kids[0]);
        fputs(l->flag ? " weighted open cases" : " open cases", out);
        fputs(l->flag2 ? " per full-time equivalent (the cases they hold divided by their summed FTE)." : " on average.", out);
        break;
    case N_LEAD: {
        role_list rl = { .n = 0 };
        collect_roles(c->env, l->kids[0], &rl, 0);
        fputs("Every ", out); pod_kind(out, r); fputs("pod is led by ", out);
        if (rl.n == 1) { fputs(article(rl.code[0]), out); fputc(' ', out); }
        role_list_words(out, &rl, false, " or ");
        fputc('.', out);
        break;
    }
    case N_COMPOSE: {
        static const char *const how[] = { "exactly ", "at least ", "at most " };
        fputs("Every ", out); pod_kind(out, r); fputs("pod has ", out);
        fputs(how[l->op], out); limit(out, c, l->kids[0]); fputc(' ', out);
        line_roles(out, c->env, l, 1, !one(l->kids[0]));
        fputs(" in post.", out);
        break;
    }
    case N_SUPGROUP:
        fputs("Every ", out);
        if (l->text) { words(out, l->text); fputc(' ', out); }
        fputs("pod meets for group supervision ", out); cadence(out, c, l->kids[0]);
        if (!is_calendar(l->kids[0])) { fputs(": no stretch longer than ", out); expr(out, c, l->kids[0]); fputs(" without a group session", out); }
        fputs(", judged over the last ", out);
        if (l->kids[1]) expr(out, c, l->kids[1]); else fputs("12 weeks", out);
        fputs(" (or since the pod was formed, if later).", out);
        break;
    case N_SUPIND:
        fputs("Every ", out); line_roles(out, c->env, l->kids[0], 0, false);
        fputs(" in post has individual supervision ", out);
        for (uint32_t i = 2; i < l->nkids; i++) {
            const node *ph = l->kids[i];
            if (i > 2) fputs(", then ", out);
            cadence(out, c, ph->kids[0]);
            if (ph->kids[1]) { fputs(i == 2 ? " for the first " : " until ", out); expr(out, c, ph->kids[1]); if (i > 2) fputs(" in post", out); }
        }
        fputs(is_calendar(l->kids[l->nkids - 1]->kids[0]) && l->nkids == 3 ? "." : ": no stretch between sessions longer than the cadence.", out);
        break;
    default: general(out, c, r); break;
    }
}

void ex_rule(FILE *out, const ck_env *env, const node *r)
{
    ctx c = { .env = env, .var = NULL, .table = -1 };
    const node *d = r->sem.decl;
    if (d && d->kind == N_PROGRESSION) progression(out, &c, d);
    else if (d) block_line(out, &c, r, d);
    else general(out, &c, r);
}

char *ex_rule_text(const ck_env *env, const node *r)
{
    char *s = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&s, &len);
    if (!m) abort();
    ex_rule(m, env, r);
    fclose(m);
    return s;
}
