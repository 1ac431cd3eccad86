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

/* "a" or "an" before a word, for titles that read as English */
static const char *an(const char *word, bool capital)
{
    bool vowel = word && strchr("aeiouAEIOU", word[0]) && word[0];
    return capital ? (vowel ? "An" : "A") : (vowel ? "an" : "a");
}

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

static node *mk_num(int64_t n, dg_span sp)
{
    node *num = mk(N_NUM, sp);
    num->num = (vl_rat){ n, 1 };
    return num;
}

static node *mk_if(node *c, node *a, node *b, dg_span sp)
{
    node *n = mk(N_IF, sp);
    node_add(n, c);
    node_add(n, a);
    return node_add(n, b);
}

/* A deep copy, so a subtree can be used twice and checked twice. */
static node *copy(const node *n)
{
    if (!n) return NULL;
    node *c = node_new(n->kind, n->span);
    c->name_span = n->name_span;
    c->op = n->op; c->flag = n->flag; c->flag2 = n->flag2; c->flag3 = n->flag3;
    c->num = n->num; c->date = n->date; c->until = n->until;
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

/* the in-post members of COLL holding one of the roles in kids[from..] of
 * HOLDER: COLL where in_post and role in {ROLES} */
static node *members(node *coll, const node *holder, uint32_t from, dg_span sp)
{
    node *in = mk(N_IN, sp);
    node_add(in, mk_name("role", sp));
    node_add(in, role_set(holder, from));
    node *w = mk(N_WHERE, sp);
    node_add(w, coll);
    return node_add(w, mk_bin(OP_AND, mk_name("in_post", sp), in, sp));
}

/* A pod is judged only once it exists: p.formed is missing or p.formed <= as_of */
static node *pod_exists(dg_span sp)
{
    node *missing = mk(N_IS, sp);
    node_add(missing, mk_field(mk_name("p", sp), "formed", sp));
    return mk_bin(OP_OR, missing, mk_bin(OP_LE, mk_field(mk_name("p", sp), "formed", sp), mk(N_ASOF, sp), sp), sp);
}

/* pods of a kind that exist on the as-of date */
static node *pods_of_kind(const char *kind, dg_span sp)
{
    node *is_kind = mk_bin(OP_EQ, mk_field(mk_name("p", sp), "kind", sp), mk_text(kind, sp), sp);
    return mk_bin(OP_AND, is_kind, pod_exists(sp), sp);
}

/* lead: ROLE
 *   rule pod.KIND.lead { for each p in pods where p.kind = "KIND" and POD_EXISTS:
 *     must p.lead is present and p.lead.role = ROLE
 *       otherwise "led by {p.lead}, expected a ROLE" } */
static node *lower_lead(ck_env *env, const node *pod, node *line, node **out, uint32_t nout)
{
    dg_span sp = line->span;
    char base[200], title[400], role[200];
    snprintf(base, sizeof base, "pod.%s.lead", pod->text);
    snprintf(role, sizeof role, "%s", line->kids[0] && line->kids[0]->kind == N_NAME ? line->kids[0]->text : "the given role");
    snprintf(title, sizeof title, "%s %s pod is led by %s %s", an(pod->text, true), pod->text, an(role, false), role);
    node *where = pods_of_kind(pod->text, sp);
    node *r = mk_rule(unique_name(env, out, nout, base), xstrdup(title), sp, mk_foreach("p", mk_name("pods", sp), where, sp));
    node *present = mk(N_IS, sp);
    present->flag = true;
    node_add(present, mk_field(mk_name("p", sp), "lead", sp));
    node *is_role = mk_bin(OP_EQ, mk_field(mk_field(mk_name("p", sp), "lead", sp), "role", sp), copy(line->kids[0]), sp);
    node *msg = mk(N_STR, sp);
    node_add(msg, mk_text("led by ", sp));
    node_add(msg, mk_field(mk_name("p", sp), "lead", sp));
    char tail[240];
    snprintf(tail, sizeof tail, ", expected %s %s", an(role, false), role);
    node_add(msg, mk_text(tail, sp));
    return node_add(r, mk_req(mk_bin(OP_AND, present, is_role, sp), msg, NULL, sp));
}

/* exactly|at least|at most N of ROLES
 *   rule pod.KIND.composition { for each p in pods where p.kind = "KIND" and POD_EXISTS:
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
    snprintf(title, sizeof title, "%s %s pod has %s %s of %s", an(pod->text, true), pod->text, rel[line->op], num, roles);
    snprintf(measure, sizeof measure, "in post as %s", roles);
    node *where = pods_of_kind(pod->text, sp);
    node *r = mk_rule(unique_name(env, out, nout, base), xstrdup(title), sp, mk_foreach("p", mk_name("pods", sp), where, sp));
    node *count = mk_call("count", members(mk_field(mk_name("p", sp), "staff", sp), line, 1, sp), sp);
    return node_add(r, mk_req(mk_bin(ops[line->op], count, copy(line->kids[0]), sp), NULL, measure, sp));
}

/* nothing else
 *   rule pod.KIND.nothing_else { for each p in pods where p.kind = "KIND" and POD_EXISTS:
 *     must count(OTHERS) = 0 as "in post besides its lead and ROLES"
 *       otherwise "first by id: {min(OTHERS.id)}" }
 *   with OTHERS = p.staff where in_post and role not in {ROLES}
 *                            and (p.lead is missing or it != p.lead),
 * ROLES being every role named by the block's count lines.  The lead is
 * allowed as a person, not as a role: a second aspiring manager in an asye
 * pod is an "other".  A pod without a lead is judged the same way (the
 * `is missing` keeps its members' verdict from becoming unknown). */
/* {ROLES}: the roles of the pod block's count lines, each once, in order */
static node *counted_roles(const node *pod, dg_span sp)
{
    node *set = mk(N_SET, sp);
    for (uint32_t i = 0; i < pod->nkids; i++)
        for (uint32_t j = 1; pod->kids[i] && pod->kids[i]->kind == N_COMPOSE && j < pod->kids[i]->nkids; j++) {
            const node *role = pod->kids[i]->kids[j];
            bool seen = !role || !role->text;
            for (uint32_t k = 0; k < set->nkids && !seen; k++) seen = strcmp(set->kids[k]->text, role->text) == 0;
            if (!seen) node_add(set, copy(role));
        }
    return set;
}

static node *others(const node *pod, dg_span sp)
{
    node *allowed = counted_roles(pod, sp);
    node *notin = mk(N_IN, sp);
    notin->flag = true;
    node_add(notin, mk_name("role", sp));
    node_add(notin, allowed);
    node *nolead = mk(N_IS, sp);
    node_add(nolead, mk_field(mk_name("p", sp), "lead", sp));
    node *notlead = mk_bin(OP_NE, mk_name("it", sp), mk_field(mk_name("p", sp), "lead", sp), sp);
    node *cond = mk_bin(OP_AND, mk_bin(OP_AND, mk_name("in_post", sp), notin, sp),
                        mk_bin(OP_OR, nolead, notlead, sp), sp);
    node *w = mk(N_WHERE, sp);
    node_add(w, mk_field(mk_name("p", sp), "staff", sp));
    return node_add(w, cond);
}

static node *lower_nothing_else(ck_env *env, const node *pod, node *line, node **out, uint32_t nout)
{
    dg_span sp = line->span;
    char base[200], roles[400], title[700], words[500];
    snprintf(base, sizeof base, "pod.%s.nothing_else", pod->text);
    node *set = counted_roles(pod, sp);
    role_words(set, 0, roles, sizeof roles);
    node_free(set);
    snprintf(words, sizeof words, "its lead%s%s", roles[0] ? " and " : "", roles);
    snprintf(title, sizeof title, "%s %s pod has no one in post but %s", an(pod->text, true), pod->text, words);
    node *where = pods_of_kind(pod->text, sp);
    node *r = mk_rule(unique_name(env, out, nout, base), xstrdup(title), sp, mk_foreach("p", mk_name("pods", sp), where, sp));
    node *zero = mk_num(0, sp);
    node *msg = mk(N_STR, sp);
    node_add(msg, mk_text("first by id: ", sp));
    node_add(msg, mk_call("min", mk_field(others(pod, sp), "id", sp), sp));
    char measure[520];
    snprintf(measure, sizeof measure, "in post besides %s", words);
    return node_add(r, mk_req(mk_bin(OP_EQ, mk_call("count", others(pod, sp), sp), zero, sp), msg, measure, sp));
}

/* ---- supervision ------------------------------------------------------ */

/* latest of two dates: max({a, b}) */
static node *latest(node *a, node *b, dg_span sp)
{
    node *set = mk(N_SET, sp);
    node_add(set, a);
    node_add(set, b);
    return mk_call("max", set, sp);
}

/* `every calendar month`: the parser reads it as a duration counted by the
 * name `calendar`; the lines judge it by whole calendar periods. */
static bool is_calendar(const node *d)
{
    return d && d->kind == N_DUR && d->kids[0]->kind == N_NAME && !strcmp(d->kids[0]->text, "calendar");
}

static const char *period_word(const node *d)
{
    static const char *const w[] = { "day", "week", "month", "year" };
    return w[d->op];
}

/* weekly, fortnightly, monthly, or "every 10 days" */
static void cadence_words(const node *d, char *buf, size_t cap)
{
    if (is_calendar(d)) { snprintf(buf, cap, "in every calendar %s", period_word(d)); return; }
    if (d && d->kind == N_DUR && d->kids[0]->kind == N_NUM && d->kids[0]->num.den == 1) {
        int64_t k = d->kids[0]->num.num;
        const char *w = d->op == DU_WEEK && k == 1 ? "weekly" : d->op == DU_WEEK && k == 2 ? "fortnightly" :
                        d->op == DU_MONTH && k == 1 ? "monthly" : d->op == DU_DAY && k == 1 ? "daily" : NULL;
        if (w) { snprintf(buf, cap, "%s", w); return; }
    }
    static const char *const units[] = { "days", "weeks", "months", "years" };
    if (d && d->kind == N_DUR && d->kids[0]->kind == N_NUM) {
        char num[32];
        vl_rat_format(d->kids[0]->num, num, sizeof num);
        snprintf(buf, cap, "every %s %s", num, units[d->op]);
    } else snprintf(buf, cap, "at the given cadence");
}

static void duration_words(const node *d, char *buf, size_t cap)
{
    static const char *const units[] = { "day", "week", "month", "year" };
    if (d && d->kind == N_DUR && d->kids[0]->kind == N_NUM) {
        char num[32];
        vl_rat_format(d->kids[0]->num, num, sizeof num);
        bool one = d->kids[0]->num.num == 1 && d->kids[0]->num.den == 1;
        snprintf(buf, cap, "%s %s%s", num, units[d->op], one ? "" : "s");
    } else if (d && d->kind == N_NAME) snprintf(buf, cap, "%s", d->text);
    else snprintf(buf, cap, "the given time");
}

/* dates of the entity's sessions of a kind: (X.supervisions where kind = "K").date */
static node *session_dates(const char *var, const char *kind, dg_span sp)
{
    node *w = mk(N_WHERE, sp);
    node_add(w, mk_field(mk_name(var, sp), "supervisions", sp));
    node_add(w, mk_bin(OP_EQ, mk_name("kind", sp), mk_text(kind, sp), sp));
    return mk_field(w, "date", sp);
}

/* gap(DATES, [SINCE,] FROM, TO) <= LIMIT, the measured gap shown in the evidence */
static node *mk_gap_req(node *dates, node *since, node *from, node *to, node *limit, const char *measure, node *note, dg_span sp)
{
    node *call = mk(N_CALL, sp);
    call->text = xstrdup("gap");
    call->name_span = sp;
    node_add(call, dates);
    if (since) node_add(call, since);
    node_add(call, from);
    node_add(call, to);
    return mk_req(mk_bin(OP_LE, call, limit, sp), note, measure, sp);
}

static node *mk_weeks(int64_t n, int unit, dg_span sp)
{
    node *d = mk(N_DUR, sp);
    d->op = unit;
    return node_add(d, mk_num(n, sp));
}

/* every calendar PERIOD:
 *   must count(missed(DATES, FROM, TO, 1 PERIOD)) = 0 as "WHAT: {}"
 *     otherwise "none in the PERIODs starting {missed(...)}[; NOTE]" */
static node *mk_calendar_req(node *dates, node *from, node *to, const node *cadence, const char *what, node *note, dg_span sp)
{
    node *call = mk(N_CALL, sp);
    call->text = xstrdup("missed");
    call->name_span = sp;
    node_add(call, dates);
    node_add(call, from);
    node_add(call, to);
    node_add(call, mk_weeks(1, cadence->op, sp));
    node *zero = mk_num(0, sp);
    char words[120];
    snprintf(words, sizeof words, "none in the calendar %ss starting ", period_word(cadence));
    node *msg = mk(N_STR, sp);
    node_add(msg, mk_text(words, sp));
    node_add(msg, copy(call));
    if (note) {
        node_add(msg, mk_text("; ", sp));
        for (uint32_t i = 0; i < note->nkids; i++) node_add(msg, copy(note->kids[i]));
        node_free(note);
    }
    return mk_req(mk_bin(OP_EQ, mk_call("count", call, sp), zero, sp), msg, what, sp);
}

/* The first day the rules of a block's file are in force (`effective`), as a
 * date literal, or NULL: events before it are not judged. */
static node *effective_of(ck_env *env, dg_span sp)
{
    for (uint32_t f = 0; f < env->nfiles; f++) {
        const node *file = env->files[f];
        if (!file || file->span.file != sp.file) continue;
        for (uint32_t i = 0; i < file->nkids; i++)
            if (file->kids[i] && file->kids[i]->kind == N_EFFECTIVE) {
                node *d = mk(N_DATE, sp);
                d->date = file->kids[i]->date;
                return d;
            }
    }
    return NULL;
}

/* max({a, e}) when the file has an effective date e, else a */
static node *not_before_effective(ck_env *env, node *a, dg_span sp)
{
    node *e = effective_of(env, sp);
    return e ? latest(a, e, sp) : a;
}

/* group CADENCE for every [KIND] pod [over W]
 *   rule supervision.group_KIND { for each p in pods where [p.kind = "KIND" and] POD_EXISTS:
 *     must gap((p.supervisions where kind = "group").date,
 *              max({p.formed ?? as_of - W, as_of - W}), as_of) <= CADENCE }
 * Judged over the last W, or since the pod was formed when that is later;
 * that first day counts as day 1. Sessions before the window are not read:
 * an export need not reach back further than the window. */
static node *lower_group(ck_env *env, node *line, node **out, uint32_t nout)
{
    dg_span sp = line->span;
    char base[200], title[400], cad[64], win[64];
    node *window = line->kids[1] ? copy(line->kids[1]) : mk_weeks(12, DU_WEEK, sp);
    cadence_words(line->kids[0], cad, sizeof cad);
    duration_words(window, win, sizeof win);
    if (line->text3) snprintf(base, sizeof base, "supervision.%s", line->text3);
    else snprintf(base, sizeof base, "supervision.group%s%s", line->text ? "_" : "", line->text ? line->text : "");
    snprintf(title, sizeof title, "Group supervision %s in every %s%spod (judged over the last %s)", cad,
             line->text ? line->text : "", line->text ? " " : "", win);
    node *where = line->text ? pods_of_kind(line->text, sp) : pod_exists(sp);
    node *r = mk_rule(unique_name(env, out, nout, base), xstrdup(title), sp, mk_foreach("p", mk_name("pods", sp), where, sp));
    node *formed = mk_bin(OP_DEFAULT, mk_field(mk_name("p", sp), "formed", sp), mk_bin(OP_SUB, mk(N_ASOF, sp), copy(window), sp), sp);
    node *from = not_before_effective(env, latest(formed, mk_bin(OP_SUB, mk(N_ASOF, sp), window, sp), sp), sp);
    if (is_calendar(line->kids[0])) {
        char what[120];
        snprintf(what, sizeof what, "calendar %ss without a group session: {}", period_word(line->kids[0]));
        return node_add(r, mk_calendar_req(session_dates("p", "group", sp), from, mk(N_ASOF, sp), line->kids[0], what, NULL, sp));
    }
    return node_add(r, mk_gap_req(session_dates("p", "group", sp), NULL, from, mk(N_ASOF, sp), copy(line->kids[0]),
                                  "longest gap between group sessions: {}", NULL, sp));
}

/* (s.role_history where role in {ROLES} and from <= as_of): the spells in
 * the roles that a person's supervision clock starts from */
static node *role_spells(const node *roles, dg_span sp)
{
    node *in = mk(N_IN, sp);
    node_add(in, mk_name("role", sp));
    node_add(in, copy(roles));
    node *w = mk(N_WHERE, sp);
    node_add(w, mk_field(mk_name("s", sp), "role_history", sp));
    return node_add(w, mk_bin(OP_AND, in, mk_bin(OP_LE, mk_name("from", sp), mk(N_ASOF, sp), sp), sp));
}

/* max(SPELLS.from) ?? s.started: the start of the latest spell in the roles,
 * from roles.csv; the date the person joined only when roles.csv has none */
static node *clock_start(const node *roles, dg_span sp)
{
    return mk_bin(OP_DEFAULT, mk_call("max", mk_field(role_spells(roles, sp), "from", sp), sp),
                  mk_field(mk_name("s", sp), "started", sp), sp);
}

/* "clock from DATE (roles.csv)" or "(staff.started)": which date was used */
static node *clock_note(const node *roles, dg_span sp)
{
    node *zero = mk_num(0, sp);
    node *which = mk_if(mk_bin(OP_GT, mk_call("count", role_spells(roles, sp), sp), zero, sp),
                        mk_text("role history", sp), mk_text("staff.started", sp), sp);
    node *msg = mk(N_STR, sp);
    node_add(msg, mk_text("clock from ", sp));
    node_add(msg, clock_start(roles, sp));
    node_add(msg, mk_text(" (", sp));
    node_add(msg, which);
    return node_add(msg, mk_text(")", sp));
}

static node *one_day_before(node *d, dg_span sp)
{
    return mk_bin(OP_SUB, d, mk_weeks(1, DU_DAY, sp), sp);
}

/* ---- caseload ---- */

/* open_cases, or weighted_cases (each open case counts its weight, 1 when
 * none is given: stdlib's cases.case_weight) */
static const char *load_field(const node *line) { return line->flag ? "weighted_cases" : "open_cases"; }
static const char *load_words(const node *line) { return line->flag ? "weighted open cases" : "open cases"; }

/* The ramp's clock: the person's latest spell in ROLES (`in role`, as for
 * supervision), else the day they joined (staff.started) */
static node *ramp_clock(const node *line, dg_span sp)
{
    return line->flag3 ? clock_start(line->kids[1], sp) : mk_field(mk_name("s", sp), "started", sp);
}

static node *ramp_clock_note(const node *line, dg_span sp)
{
    if (line->flag3) return clock_note(line->kids[1], sp);
    node *msg = mk(N_STR, sp);
    node_add(msg, mk_text("clock from ", sp));
    node_add(msg, ramp_clock(line, sp));
    return node_add(msg, mk_text(" (staff.started)", sp));
}

/* at most N [weighted] open cases for ROLES
 *   rule caseload.NAME { for each s in staff where s.in_post and s.role in {ROLES}:
 *                          must s.open_cases <= N }
 * with a ramp, in their first D1 [in role], then N2 until D2, ..., then Nk:
 *   must s.open_cases <= (if as_of < CLOCK + D1 then N else if ... else Nk)
 *     as "open cases" otherwise "PHASE: clock from CLOCK (staff.started)"
 * The clock's day is day 1, so the first D1 ends the day before CLOCK + D1,
 * as a supervision phase does. */
static node *lower_cap(ck_env *env, node *line, node **out, uint32_t nout)
{
    dg_span sp = line->span;
    node *roles = line->kids[1];
    char base[200], roles_txt[400], num[64], title[900];
    snprintf(base, sizeof base, "caseload.%s", line->text ? line->text : "cap");
    role_words(roles, 0, roles_txt, sizeof roles_txt);
    number_words(line->kids[0], num, sizeof num);
    size_t used = (size_t)snprintf(title, sizeof title, "At most %s %s for %s", num, load_words(line), roles_txt);
    node *in = mk(N_IN, sp);
    node_add(in, mk_field(mk_name("s", sp), "role", sp));
    node_add(in, role_set(roles, 0));
    node *where = mk_bin(OP_AND, mk_field(mk_name("s", sp), "in_post", sp), in, sp);
    node *r = mk_rule(unique_name(env, out, nout, base), NULL, sp, mk_foreach("s", mk_name("staff", sp), where, sp));
    node *measured = mk_field(mk_name("s", sp), load_field(line), sp);
    if (line->nkids <= 2) {
        r->text2 = xstrdup(title);
        return node_add(r, mk_req(mk_bin(OP_LE, measured, copy(line->kids[0]), sp), NULL, load_words(line), sp));
    }
    /* Build the limit and the phase's words from the last phase inwards. */
    node *limit = NULL, *phase = NULL;
    for (uint32_t i = line->nkids; i-- > 2;) {
        const node *ph = line->kids[i];
        const node *prev = i > 2 ? line->kids[i - 1] : NULL;
        char end[64] = "", start[64] = "", words[160];
        if (ph->kids[1]) duration_words(ph->kids[1], end, sizeof end);
        if (prev) duration_words(prev->kids[1], start, sizeof start);
        if (!prev) snprintf(words, sizeof words, "first %s", end);
        else if (ph->kids[1]) snprintf(words, sizeof words, "%s to %s", start, end);
        else snprintf(words, sizeof words, "after %s", start);
        node *value = copy(ph->kids[0] ? ph->kids[0] : line->kids[0]);
        node *text = mk_text(words, sp);
        if (!ph->kids[1]) { limit = value; phase = text; continue; }
        node *before = mk_bin(OP_LT, mk(N_ASOF, sp), mk_bin(OP_ADD, ramp_clock(line, sp), copy(ph->kids[1]), sp), sp);
        limit = mk_if(copy(before), value, limit, sp);
        phase = mk_if(before, text, phase, sp);
    }
    for (uint32_t i = 2; i < line->nkids && used < sizeof title; i++) {
        const node *ph = line->kids[i];
        char end[64] = "", lim[64];
        if (ph->kids[1]) duration_words(ph->kids[1], end, sizeof end);
        if (i == 2) used += (size_t)snprintf(title + used, sizeof title - used, " in their first %s%s", end, line->flag3 ? " in role" : "");
        else {
            number_words(ph->kids[0], lim, sizeof lim);
            used += (size_t)snprintf(title + used, sizeof title - used, ", then %s%s%s", lim, ph->kids[1] ? " until " : "", end);
        }
    }
    r->text2 = xstrdup(title);
    node *msg = mk(N_STR, sp);
    node_add(msg, phase);
    node_add(msg, mk_text(": ", sp));
    node *note = ramp_clock_note(line, sp);
    for (uint32_t i = 0; i < note->nkids; i++) node_add(msg, note->kids[i]);
    note->nkids = 0;
    node_free(note);
    return node_add(r, mk_req(mk_bin(OP_LE, measured, limit, sp), msg, load_words(line), sp));
}

/* average at most N [weighted open cases] [per fte] [per team] for ROLES
 *   per team:    rule caseload.NAME { for each t in teams where count(M) > 0: must JUDGED <= N }
 *   across:      rule caseload.NAME { must JUDGED <= N }
 * with M the in-post members holding one of ROLES (t.members, or the staff
 * table across the council) and JUDGED avg(M.open_cases), or per FTE
 * sum(M.open_cases) / sum(M.fte): cases held divided by the FTE holding
 * them, as the DfE workforce census computes a caseload; the evidence gives
 * the average per head too, as the two readings can disagree. */
static node *lower_avgcap(ck_env *env, node *line, node **out, uint32_t nout)
{
    dg_span sp = line->span;
    node *roles = line->kids[1];
    bool team = line->op == AVG_PER_TEAM;
    char base[200], roles_txt[400], num[64], title[600], measure[500];
    snprintf(base, sizeof base, "caseload.%s", line->text ? line->text : "average");
    role_words(roles, 0, roles_txt, sizeof roles_txt);
    number_words(line->kids[0], num, sizeof num);
    snprintf(title, sizeof title, "Average at most %s %s%s%s for %s", num, load_words(line),
             line->flag2 ? " per FTE" : "", team ? " per team" : " across the council", roles_txt);
    node *pool = team ? mk_field(mk_name("t", sp), "members", sp) : mk_name("staff", sp);
    node *r;
    if (team) {
        node *has = mk_bin(OP_GT, mk_call("count", members(copy(pool), roles, 0, sp), sp), mk_num(0, sp), sp);
        r = mk_rule(unique_name(env, out, nout, base), xstrdup(title), sp, mk_foreach("t", mk_name("teams", sp), has, sp));
    } else
        r = mk_rule(unique_name(env, out, nout, base), xstrdup(title), sp, NULL);
    node *load = mk_field(members(copy(pool), roles, 0, sp), load_field(line), sp);
    node *judged, *msg = NULL;
    if (line->flag2) {
        node *fte = mk_call("sum", mk_field(members(copy(pool), roles, 0, sp), "fte", sp), sp);
        node *cases = mk_call("sum", load, sp);
        snprintf(measure, sizeof measure, "%s per FTE over %s", load_words(line), roles_txt);
        char words[200];
        snprintf(words, sizeof words, " %s over ", load_words(line));
        msg = mk(N_STR, sp);
        node_add(msg, copy(cases));
        node_add(msg, mk_text(words, sp));
        node_add(msg, copy(fte));
        node_add(msg, mk_text(" FTE (per head: ", sp));
        node_add(msg, mk_call("avg", copy(load), sp));
        node_add(msg, mk_text(")", sp));
        judged = mk_bin(OP_DIV, cases, fte, sp);
    } else {
        snprintf(measure, sizeof measure, "average %s over %s", load_words(line), roles_txt);
        judged = mk_call("avg", load, sp);
    }
    node_free(pool);
    return node_add(r, mk_req(mk_bin(OP_LE, judged, copy(line->kids[0]), sp), msg, measure, sp));
}

/* NAME: individual for ROLES: C1 for D1, then C2 until D2, then C3 [over W]
 *   rule supervision.NAME { for each s in staff where s.in_post and s.role in {ROLES}:
 *     must gap(SESSIONS, CLOCK, CLOCK, min({CLOCK + D1 - 1 day, as_of})) <= C1
 *     must gap(SESSIONS, CLOCK, CLOCK + D1, min({CLOCK + D2 - 1 day, as_of})) <= C2
 *     must gap(SESSIONS, SINCE, max({CLOCK + D2, as_of - W}), as_of) <= C3 }
 * CLOCK is the start of the person's latest spell in ROLES (roles.csv), or
 * staff.started when roles.csv has none; its day counts as day 1. Every
 * phase is judged day by day against its own limit, measured from the last
 * session whichever phase it fell in: a phase boundary is not a session, so
 * a stretch that runs from a weekly phase into a monthly one breaches once
 * a month has passed since the last session, not a month after the
 * boundary. A phase not reached yet has an empty window and passes; the
 * open-ended last phase is judged over the last W (default 12 months). When
 * that window starts inside the phase, the clock restarts on its first day
 * (SINCE = if as_of - W > CLOCK + D2 then as_of - W else CLOCK), as for
 * group supervision: sessions before the window are not read. */
static node *lower_individual(ck_env *env, node *line, node **out, uint32_t nout)
{
    dg_span sp = line->span;
    node *roles = line->kids[0];
    char base[200], title[900], roles_txt[400];
    role_words(roles, 0, roles_txt, sizeof roles_txt);
    /* named after the line, else after its one role: supervision.asye_individual */
    if (line->text3) snprintf(base, sizeof base, "supervision.%s", line->text3);
    else if (roles->nkids == 1 && roles->kids[0]->kind == N_NAME) snprintf(base, sizeof base, "supervision.%s_individual", roles->kids[0]->text);
    else snprintf(base, sizeof base, "supervision.individual");
    size_t used = (size_t)snprintf(title, sizeof title, "Individual supervision for %s:", roles_txt);
    for (uint32_t i = 2; i < line->nkids && used < sizeof title; i++) {
        char cad[64], end[64];
        node *ph = line->kids[i];
        cadence_words(ph->kids[0], cad, sizeof cad);
        if (ph->kids[1]) duration_words(ph->kids[1], end, sizeof end);
        used += (size_t)snprintf(title + used, sizeof title - used, "%s %s%s%s", i > 2 ? ", then" : "", cad,
                                 ph->kids[1] ? (i == 2 ? " for the first " : " until ") : "", ph->kids[1] ? end : "");
    }
    node *in = mk(N_IN, sp);
    node_add(in, mk_field(mk_name("s", sp), "role", sp));
    node_add(in, role_set(roles, 0));
    node *where = mk_bin(OP_AND, mk_field(mk_name("s", sp), "in_post", sp), in, sp);
    node *r = mk_rule(unique_name(env, out, nout, base), xstrdup(title), sp, mk_foreach("s", mk_name("staff", sp), where, sp));
    node *prev_end = NULL;   /* the previous phase's end, as a duration from the start */
    char prev_words[64] = "";
    for (uint32_t i = 2; i < line->nkids; i++) {
        node *ph = line->kids[i];
        bool last = i + 1 == line->nkids;
        node *from = prev_end ? mk_bin(OP_ADD, clock_start(roles, sp), copy(prev_end), sp) : clock_start(roles, sp);
        node *to, *since = clock_start(roles, sp);
        char measure[300], end_words[64] = "";
        if (ph->kids[1]) duration_words(ph->kids[1], end_words, sizeof end_words);
        if (ph->kids[1]) {
            node *set = mk(N_SET, sp);
            node_add(set, one_day_before(mk_bin(OP_ADD, clock_start(roles, sp), copy(ph->kids[1]), sp), sp));
            node_add(set, mk(N_ASOF, sp));
            to = mk_call("min", set, sp);
        } else {
            to = mk(N_ASOF, sp);
            node *window = line->kids[1] ? copy(line->kids[1]) : mk_weeks(12, DU_MONTH, sp);
            since = mk_if(mk_bin(OP_GT, mk_bin(OP_SUB, mk(N_ASOF, sp), copy(window), sp), copy(from), sp),
                          mk_bin(OP_SUB, mk(N_ASOF, sp), copy(window), sp), since, sp);
            from = latest(from, mk_bin(OP_SUB, mk(N_ASOF, sp), window, sp), sp);
        }
        from = not_before_effective(env, from, sp);
        if (!prev_end && ph->kids[1]) snprintf(measure, sizeof measure, "first %s: longest gap between individual sessions: {}", end_words);
        else if (ph->kids[1]) snprintf(measure, sizeof measure, "%s to %s: longest gap between individual sessions: {}", prev_words, end_words);
        else if (prev_end) snprintf(measure, sizeof measure, "after %s: longest gap between individual sessions: {}", prev_words);
        else snprintf(measure, sizeof measure, "longest gap between individual sessions: {}");
        if (is_calendar(ph->kids[0])) {
            /* "...: longest gap between individual sessions: {}" becomes
             * "...: calendar months without an individual session: {}" */
            char *tail = strstr(measure, "longest gap between individual sessions");
            if (tail) snprintf(tail, sizeof measure - (size_t)(tail - measure), "calendar %ss without an individual session: {}", period_word(ph->kids[0]));
            node_free(since);
            node_add(r, mk_calendar_req(session_dates("s", "individual", sp), from, to, ph->kids[0], measure, clock_note(roles, sp), ph->span));
        } else
            node_add(r, mk_gap_req(session_dates("s", "individual", sp), since, from, to, copy(ph->kids[0]),
                                   measure, clock_note(roles, sp), ph->span));
        if (last || !ph->kids[1]) break;
        prev_end = ph->kids[1];
        snprintf(prev_words, sizeof prev_words, "%s", end_words);
    }
    return r;
}

/* ---- progression ------------------------------------------------------- */

/* progression FROM -> TO { requires ... }
 * Requirements attach to entering TO, whatever the role held just before:
 *   rule progression.FROM_to_TO { for each h in role_history
 *       where h.role = TO and h.from <= as_of [and h.from >= EFFECTIVE]
 *         and count(h.staff.role_history where from = PREV
 *                   and role not in {TO, OTHER_FROMS}) > 0:
 * PREV = max((h.staff.role_history where from < h.from).from), the start of
 * the role held just before. Every change of role into TO is judged — from
 * FROM, from a role above or below it, by a route that skips FROM — so a
 * promotion cannot bypass the requirements. OTHER_FROMS are the FROM roles
 * of the policy's other progression blocks into TO: a change from one of
 * those is judged by that block alone. Joining in role TO (no earlier row)
 * is recruitment, not a change of role, and is not judged.
 *     must count(h.staff.assessments where kind = "K" [and outcome = "O"]
 *                and date <= h.from [and date >= h.from - D] [and date in M1 .. M2]) >= 1
 *     must count(h.staff.programmes where programme = "P" and status = "completed"
 *                and completed <= h.from) >= 1
 *     must count(h.staff.role_history where role = FROM and from < h.from
 *                and from + D <= (to + 1 day ?? h.from)) >= 1 }  (a spell of D as FROM before it) */
static node *previous_start(dg_span sp)
{
    node *w = mk(N_WHERE, sp);
    node_add(w, mk_field(mk_field(mk_name("h", sp), "staff", sp), "role_history", sp));
    node_add(w, mk_bin(OP_LT, mk_name("from", sp), mk_field(mk_name("h", sp), "from", sp), sp));
    /* no earlier role at all: nothing can equal it */
    return mk_bin(OP_DEFAULT, mk_call("max", mk_field(w, "from", sp), sp), mk_field(mk_name("h", sp), "from", sp), sp);
}

/* h.staff.role_history where from = PREV: the row of the role held just before */
static node *previous_row(dg_span sp)
{
    node *w = mk(N_WHERE, sp);
    node_add(w, mk_field(mk_field(mk_name("h", sp), "staff", sp), "role_history", sp));
    return node_add(w, mk_bin(OP_EQ, mk_name("from", sp), previous_start(sp), sp));
}

/* {TO, FROM of every other progression block into TO} */
static node *not_this_route(ck_env *env, const node *block, dg_span sp)
{
    node *set = mk(N_SET, sp);
    node_add(set, mk_name(block->text2, block->name_span));
    for (uint32_t f = 0; f < env->nfiles; f++) {
        const node *file = env->files[f];
        for (uint32_t i = 0; file && i < file->nkids; i++) {
            const node *b = file->kids[i];
            if (!b || b == block || b->kind != N_PROGRESSION || strcmp(b->text2, block->text2) || !strcmp(b->text, block->text)) continue;
            node_add(set, mk_name(b->text, b->name_span));
        }
    }
    return set;
}

static node *lower_progression(ck_env *env, node *block, node **out, uint32_t nout)
{
    dg_span sp = block->span;
    char base[300], title[400];
    snprintf(base, sizeof base, "progression.%s_to_%s", block->text, block->text2);
    snprintf(title, sizeof title, "Entry into %s (from %s or by any other route) only when its requirements held", block->text2, block->text);
    node *to_role = mk_name(block->text2, block->name_span);
    node *came_from = mk(N_WHERE, sp);
    node_add(came_from, mk_field(mk_field(mk_name("h", sp), "staff", sp), "role_history", sp));
    node *route = mk(N_IN, sp);
    route->flag = true;
    node_add(route, mk_name("role", sp));
    node_add(route, not_this_route(env, block, sp));
    node_add(came_from, mk_bin(OP_AND, mk_bin(OP_EQ, mk_name("from", sp), previous_start(sp), sp), route, sp));
    node *zero = mk_num(0, sp);
    node *when = mk_bin(OP_AND, mk_bin(OP_EQ, mk_field(mk_name("h", sp), "role", sp), to_role, sp),
                        mk_bin(OP_LE, mk_field(mk_name("h", sp), "from", sp), mk(N_ASOF, sp), sp), sp);
    node *eff = effective_of(env, sp);
    if (eff) when = mk_bin(OP_AND, when, mk_bin(OP_GE, mk_field(mk_name("h", sp), "from", sp), eff, sp), sp);
    node *where = mk_bin(OP_AND, when, mk_bin(OP_GT, mk_call("count", came_from, sp), zero, sp), sp);
    node *r = mk_rule(unique_name(env, out, nout, base), xstrdup(title), sp, mk_foreach("h", mk_name("role_history", sp), where, sp));
    for (uint32_t i = 0; i < block->nkids; i++) {
        node *q = block->kids[i];
        if (!q) continue;
        dg_span qs = q->span;
        node *coll, *cond;
        char msg[600], dur[64] = "";
        const char *link;
        if (q->op == RQ_ASSESSMENT) {
            link = "assessments";
            cond = mk_bin(OP_EQ, mk_name("kind", qs), mk_text(q->text, qs), qs);
            if (q->text2) cond = mk_bin(OP_AND, cond, mk_bin(OP_EQ, mk_name("outcome", qs), mk_text(q->text2, qs), qs), qs);
            cond = mk_bin(OP_AND, cond, mk_bin(OP_LE, mk_name("date", qs), mk_field(mk_name("h", qs), "from", qs), qs), qs);
            if (q->kids[0]) {
                duration_words(q->kids[0], dur, sizeof dur);
                cond = mk_bin(OP_AND, cond, mk_bin(OP_GE, mk_name("date", qs),
                              mk_bin(OP_SUB, mk_field(mk_name("h", qs), "from", qs), copy(q->kids[0]), qs), qs), qs);
            }
            if (q->nkids > 1 && q->kids[1]) {
                node *in = mk(N_IN, qs);
                node_add(in, mk_name("date", qs));
                node_add(in, copy(q->kids[1]));
                cond = mk_bin(OP_AND, cond, in, qs);
            }
            char months[80] = "";
            if (q->nkids > 1 && q->kids[1] && q->kids[1]->kids[0]->kind == N_NAME && q->kids[1]->kids[1]->kind == N_NAME)
                snprintf(months, sizeof months, " in %s .. %s", q->kids[1]->kids[0]->text, q->kids[1]->kids[1]->text);
            snprintf(msg, sizeof msg, " with no %s assessment%s%s%s%s%s before it", q->text, q->text2 ? " " : "", q->text2 ? q->text2 : "",
                     months, dur[0] ? " in the " : "", dur);
        } else if (q->op == RQ_PROGRAMME) {
            link = "programmes";
            cond = mk_bin(OP_AND, mk_bin(OP_EQ, mk_name("programme", qs), mk_text(q->text, qs), qs),
                          mk_bin(OP_AND, mk_bin(OP_EQ, mk_name("status", qs), mk_text("completed", qs), qs),
                                 mk_bin(OP_LE, mk_name("completed", qs), mk_field(mk_name("h", qs), "from", qs), qs), qs), qs);
            snprintf(msg, sizeof msg, " before completing %s", q->text);
        } else {
            link = "role_history";
            duration_words(q->kids[0], dur, sizeof dur);
            /* `to` is the last day in the role: the spell ends the day after */
            node *ended = mk_bin(OP_DEFAULT, mk_bin(OP_ADD, mk_name("to", qs), mk_weeks(1, DU_DAY, qs), qs),
                                 mk_field(mk_name("h", qs), "from", qs), qs);
            cond = mk_bin(OP_AND, mk_bin(OP_AND, mk_bin(OP_EQ, mk_name("role", qs), mk_name(block->text, block->name_span), qs),
                                         mk_bin(OP_LT, mk_name("from", qs), mk_field(mk_name("h", qs), "from", qs), qs), qs),
                          mk_bin(OP_LE, mk_bin(OP_ADD, mk_name("from", qs), copy(q->kids[0]), qs), ended, qs), qs);
            snprintf(msg, sizeof msg, " with no spell of %s as %s before it", dur, block->text);
        }
        coll = mk(N_WHERE, qs);
        node_add(coll, mk_field(mk_field(mk_name("h", qs), "staff", qs), link, qs));
        node_add(coll, cond);
        node *one = mk(N_NUM, qs);
        one->num = (vl_rat){1, 1};
        node *m = mk(N_STR, qs);
        node_add(m, mk_text("promoted to ", qs));
        node_add(m, mk_field(mk_name("h", qs), "role", qs));
        node_add(m, mk_text(" on ", qs));
        node_add(m, mk_field(mk_name("h", qs), "from", qs));
        node_add(m, mk_text(" from ", qs));
        node_add(m, mk_field(previous_row(qs), "role", qs));
        node_add(m, mk_text(msg, qs));
        node_add(r, mk_req(mk_bin(OP_GE, mk_call("count", coll, qs), one, qs), m, NULL, qs));
    }
    return r;
}

void ds_lower(ck_env *env, node *block, node ***out, uint32_t *nout)
{
    if (block->kind == N_PROGRESSION) {
        node *r = lower_progression(env, block, *out, *nout);
        r->sem.decl = block;
        ck_keep(env, r);
        push(out, nout, r);
        return;
    }
    for (uint32_t i = 0; i < block->nkids; i++) {
        node *line = block->kids[i];
        if (!line || (line->nkids == 0 && line->kind != N_SUPGROUP && line->kind != N_NOTHING_ELSE)) continue;
        node *r = NULL;
        switch (line->kind) {
        case N_CAP: r = lower_cap(env, line, *out, *nout); break;
        case N_AVGCAP: r = lower_avgcap(env, line, *out, *nout); break;
        case N_LEAD: r = lower_lead(env, block, line, *out, *nout); break;
        case N_COMPOSE: r = lower_compose(env, block, line, *out, *nout); break;
        case N_NOTHING_ELSE: r = lower_nothing_else(env, block, line, *out, *nout); break;
        case N_SUPGROUP: r = lower_group(env, line, *out, *nout); break;
        case N_SUPIND: r = lower_individual(env, line, *out, *nout); break;
        default: break;
        }
        if (!r) continue;
        r->sem.decl = line;     /* the block line it stands for, for `cadre desugar` */
        ck_keep(env, r);
        push(out, nout, r);
    }
}
