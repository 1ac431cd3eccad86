/* desugar.c — what the caseload and pod blocks mean, as general rules.
 * Owns: one lowering per block line (see docs/language.md, "Domain blocks"),
 * the rule names they get (caseload.NAME, pod.KIND.lead, ...), their titles
 * and the words used in their evidence ("open cases", "members in ...").
 * Does not own: checking; names inside are resolved by check.c as if the
 * policy lead had written the general form, so errors read the same. */
#include "desugar.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *xstrdup(const char *s) { char *d = strdup(s); if (!d) abort(); return d; }

static node *mk(node_kind k, dg_span sp) { return node_new(k, sp); }

static node *mk_name(const char *name, dg_span sp)
{
    node *n = mk(N_NAME, sp);
    n->text = xstrdup(name);
    return n;
}

static node *mk_field(node *obj, const char *name, dg_span sp)
{
    node *n = mk(N_FIELD, sp);
    n->text = xstrdup(name);
    n->name_span = sp;
    return node_add(n, obj);
}

static node *mk_bin(int op, node *a, node *b, dg_span sp)
{
    node *n = mk(N_BINARY, sp);
    n->op = op;
    node_add(n, a);
    return node_add(n, b);
}

static node *mk_text(const char *s, dg_span sp)
{
    node *n = mk(N_STR, sp);
    n->text = xstrdup(s);
    return n;
}

static node *mk_call(const char *fn, node *arg, dg_span sp)
{
    node *n = mk(N_CALL, sp);
    n->text = xstrdup(fn);
    n->name_span = sp;
    return node_add(n, arg);
}

/* A deep copy, so a subtree can be used twice and checked twice. */
static node *copy(const node *n)
{
    if (!n) return NULL;
    node *c = node_new(n->kind, n->span);
    c->name_span = n->name_span;
    c->op = n->op; c->flag = n->flag; c->flag2 = n->flag2; c->flag3 = n->flag3;
    c->num = n->num; c->date = n->date;
    if (n->text) c->text = xstrdup(n->text);
    if (n->text2) c->text2 = xstrdup(n->text2);
    if (n->text3) c->text3 = xstrdup(n->text3);
    for (uint32_t i = 0; i < n->nkids; i++) node_add(c, copy(n->kids[i]));
    return c;
}

/* {r1, r2, ...} from a role list (kids[from..] of a block line). */
static node *role_set(const node *line, uint32_t from)
{
    node *set = mk(N_SET, line->span);
    for (uint32_t i = from; i < line->nkids; i++) node_add(set, copy(line->kids[i]));
    return set;
}

/* "social_worker, senior_practitioner" as written, for titles and evidence. */
static void role_words(const node *line, uint32_t from, char *buf, size_t cap)
{
    size_t used = 0;
    buf[0] = 0;
    for (uint32_t i = from; i < line->nkids && used + 2 < cap; i++)
        if (line->kids[i] && line->kids[i]->text)
            used += (size_t)snprintf(buf + used, cap - used, "%s%s", i > from ? ", " : "", line->kids[i]->text);
}

static void number_words(const node *n, char *buf, size_t cap)
{
    if (n->kind == N_NUM) vl_rat_format(n->num, buf, cap);
    else if (n->kind == N_NAME) snprintf(buf, cap, "%s", n->text);
    else snprintf(buf, cap, "N");
}

/* Rule names must be unique; a second unnamed line of a kind gets _2, _3 ... */
static char *unique_name(ck_env *env, node **out, uint32_t nout, const char *base)
{
    char buf[256];
    for (int k = 1;; k++) {
        if (k == 1) snprintf(buf, sizeof buf, "%s", base);
        else snprintf(buf, sizeof buf, "%s_%d", base, k);
        bool taken = false;
        for (uint32_t i = 0; i < nout; i++) if (strcmp(out[i]->text, buf) == 0) taken = true;
        for (uint32_t i = 0; i < env->nrules; i++) if (strcmp(env->rules[i]->text, buf) == 0) taken = true;
        if (!taken) return xstrdup(buf);
    }
}

static node *mk_rule(char *name, char *title, dg_span sp, node *foreach)
{
    node *r = mk(N_RULE, sp);
    r->text = name;
    r->text2 = title;
    r->name_span = sp;
    return node_add(r, foreach);
}

static node *mk_foreach(const char *var, node *coll, node *where, dg_span sp)
{
    node *f = mk(N_FOREACH, sp);
    f->text = xstrdup(var);
    node_add(f, coll);
    return node_add(f, where);
}

static node *mk_req(node *cond, node *otherwise, const char *measure, dg_span sp)
{
    node *q = mk(N_REQ, sp);
    q->op = REQ_MUST;
    q->text = measure ? xstrdup(measure) : NULL;
    node_add(q, cond);
    return node_add(q, otherwise);
}

static void push(node ***out, uint32_t *nout, node *r)
{
    *out = realloc(*out, (*nout + 1) * sizeof **out);
    if (!*out) abort();
    (*out)[(*nout)++] = r;
}

/* at most N open cases for ROLES
 *   rule caseload.NAME { for each s in staff where s.in_post and s.role in {ROLES}:
 *                          must s.open_cases <= N } */
static node *lower_cap(ck_env *env, node *line, node **out, uint32_t nout)
{
    dg_span sp = line->span;
    char base[200], roles[400], num[64], title[600];
    snprintf(base, sizeof base, "caseload.%s", line->text ? line->text : "cap");
    role_words(line, 1, roles, sizeof roles);
    number_words(line->kids[0], num, sizeof num);
    snprintf(title, sizeof title, "At most %s open cases for %s", num, roles);
    node *where = mk_bin(OP_AND, mk_field(mk_name("s", sp), "in_post", sp), NULL, sp);
    node *in = mk(N_IN, sp);
    node_add(in, mk_field(mk_name("s", sp), "role", sp));
    node_add(in, role_set(line, 1));
    where->kids[1] = in;
    node *r = mk_rule(unique_name(env, out, nout, base), xstrdup(title), sp, mk_foreach("s", mk_name("staff", sp), where, sp));
    node *cond = mk_bin(OP_LE, mk_field(mk_name("s", sp), "open_cases", sp), copy(line->kids[0]), sp);
    return node_add(r, mk_req(cond, NULL, "open cases", sp));
}

/* the in-post members of COLL holding one of ROLES: COLL where in_post and role in {ROLES} */
static node *members(node *coll, const node *line, uint32_t from)
{
    dg_span sp = line->span;
    node *in = mk(N_IN, sp);
    node_add(in, mk_name("role", sp));
    node_add(in, role_set(line, from));
    node *w = mk(N_WHERE, sp);
    node_add(w, coll);
    return node_add(w, mk_bin(OP_AND, mk_name("in_post", sp), in, sp));
}

/* average at most N per team for ROLES
 *   rule caseload.NAME { for each t in teams where count(MEMBERS) > 0:
 *                          must avg((MEMBERS).open_cases) <= N }  with MEMBERS =
 *   t.members where in_post and role in {ROLES} */
static node *lower_avgcap(ck_env *env, node *line, node **out, uint32_t nout)
{
    dg_span sp = line->span;
    char base[200], roles[400], num[64], title[600], measure[500];
    snprintf(base, sizeof base, "caseload.%s", line->text ? line->text : "average");
    role_words(line, 1, roles, sizeof roles);
    number_words(line->kids[0], num, sizeof num);
    snprintf(title, sizeof title, "Average at most %s open cases per team for %s", num, roles);
    snprintf(measure, sizeof measure, "average open cases over %s", roles);
    node *has = mk_bin(OP_GT, mk_call("count", members(mk_field(mk_name("t", sp), "members", sp), line, 1), sp), NULL, sp);
    node *zero = mk(N_NUM, sp);
    zero->num = (vl_rat){0, 1};
    has->kids[1] = zero;
    node *r = mk_rule(unique_name(env, out, nout, base), xstrdup(title), sp, mk_foreach("t", mk_name("teams", sp), has, sp));
    node *avg = mk_call("avg", mk_field(members(mk_field(mk_name("t", sp), "members", sp), line, 1), "open_cases", sp), sp);
    return node_add(r, mk_req(mk_bin(OP_LE, avg, copy(line->kids[0]), sp), NULL, measure, sp));
}

/* lead: ROLE
 *   rule pod.KIND.lead { for each p in pods where p.kind = "KIND":
 *     must p.lead is present and p.lead.role = ROLE
 *       otherwise "led by {p.lead}, expected a ROLE" } */
static node *lower_lead(ck_env *env, const node *pod, node *line, node **out, uint32_t nout)
{
    dg_span sp = line->span;
    char base[200], title[400], role[200];
    snprintf(base, sizeof base, "pod.%s.lead", pod->text);
    snprintf(role, sizeof role, "%s", line->kids[0] && line->kids[0]->kind == N_NAME ? line->kids[0]->text : "the given role");
    snprintf(title, sizeof title, "A %s pod is led by a %s", pod->text, role);
    node *where = mk_bin(OP_EQ, mk_field(mk_name("p", sp), "kind", sp), mk_text(pod->text, sp), sp);
    node *r = mk_rule(unique_name(env, out, nout, base), xstrdup(title), sp, mk_foreach("p", mk_name("pods", sp), where, sp));
    node *present = mk(N_IS, sp);
    present->flag = true;
    node_add(present, mk_field(mk_name("p", sp), "lead", sp));
    node *is_role = mk_bin(OP_EQ, mk_field(mk_field(mk_name("p", sp), "lead", sp), "role", sp), copy(line->kids[0]), sp);
    node *msg = mk(N_STR, sp);
    node_add(msg, mk_text("led by ", sp));
    node_add(msg, mk_field(mk_name("p", sp), "lead", sp));
    char tail[240];
    snprintf(tail, sizeof tail, ", expected a %s", role);
    node_add(msg, mk_text(tail, sp));
    return node_add(r, mk_req(mk_bin(OP_AND, present, is_role, sp), msg, NULL, sp));
}

/* exactly|at least|at most N of ROLES
 *   rule pod.KIND.composition { for each p in pods where p.kind = "KIND":
 *     must count(p.staff where in_post and role in {ROLES}) = N } */
static node *lower_compose(ck_env *env, const node *pod, node *line, node **out, uint32_t nout)
{
    dg_span sp = line->span;
    static const char *const rel[] = { "exactly", "at least", "at most" };
    static const int ops[] = { OP_EQ, OP_GE, OP_LE };
    char base[200], roles[400], num[64], title[700], measure[500];
    snprintf(base, sizeof base, "pod.%s.composition", pod->text);
    role_words(line, 1, roles, sizeof roles);
    number_words(line->kids[0], num, sizeof num);
    snprintf(title, sizeof title, "A %s pod has %s %s of %s", pod->text, rel[line->op], num, roles);
    snprintf(measure, sizeof measure, "in post as %s", roles);
    node *where = mk_bin(OP_EQ, mk_field(mk_name("p", sp), "kind", sp), mk_text(pod->text, sp), sp);
    node *r = mk_rule(unique_name(env, out, nout, base), xstrdup(title), sp, mk_foreach("p", mk_name("pods", sp), where, sp));
    node *count = mk_call("count", members(mk_field(mk_name("p", sp), "staff", sp), line, 1), sp);
    return node_add(r, mk_req(mk_bin(ops[line->op], count, copy(line->kids[0]), sp), NULL, measure, sp));
}

void ds_lower(ck_env *env, node *block, node ***out, uint32_t *nout)
{
    for (uint32_t i = 0; i < block->nkids; i++) {
        node *line = block->kids[i];
        if (!line || line->nkids == 0) continue;
        node *r = NULL;
        switch (line->kind) {
        case N_CAP: r = lower_cap(env, line, *out, *nout); break;
        case N_AVGCAP: r = lower_avgcap(env, line, *out, *nout); break;
        case N_LEAD: r = lower_lead(env, block, line, *out, *nout); break;
        case N_COMPOSE: r = lower_compose(env, block, line, *out, *nout); break;
        default: break;
        }
        if (!r) continue;
        r->sem.decl = line;     /* the block line it stands for, for `cadre desugar` */
        ck_keep(env, r);
        push(out, nout, r);
    }
}
