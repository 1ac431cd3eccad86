/* compile.c — turns checked rules into stack-machine code.
 * Owns: the code for each expression form and each rule (a loop over its
 * entities, a guard for its `where`, one REQ/FAIL pair per requirement that
 * keeps the measured value and the limit for the evidence), locals, inlined
 * lets and computed fields, and the span of every instruction.
 * Does not own: types or names (already resolved by check.c into node->sem). */
#include "compile.h"
#include "../runtime/date.h"
#include <stdlib.h>
#include <string.h>

typedef struct {
    ck_env *env;
    bc_program *p;
    uint32_t cap_code, cap_spans, cap_consts;
    dg_span span;              /* span of the node being compiled */
    uint32_t *slots;           /* local slot of each scope entry */
    uint32_t nscopes, capscopes, base;
    uint32_t nlocals;          /* next free local in the current rule */
    uint32_t depth;            /* inlining depth, a guard against runaway expansion */
    const node **hoisted;      /* `where` lists the current rule computes once, before its loop */
    uint32_t *hoist_local;     /* ... the local each is kept in */
    uint32_t *hoist_scopes;    /* ... and how many names are bound where it is written */
    uint32_t nhoisted, caphoisted;
    bool failed;
} cg;

static void *xrealloc(void *p, size_t n) { void *q = realloc(p, n ? n : 1); if (!q) abort(); return q; }
static char *xstrdup(const char *s) { char *d = s ? strdup(s) : NULL; if (s && !d) abort(); return d; }

static uint32_t here(cg *g) { return g->p->ncode; }

static void note_span(cg *g)
{
    bc_program *p = g->p;
    if (p->nspans > 0) {
        bc_spanent *last = &p->spans[p->nspans - 1];
        if (last->span.file == g->span.file && last->span.start == g->span.start && last->span.end == g->span.end) return;
        if (last->pc == p->ncode) { last->span = g->span; return; }
    }
    if (p->nspans == g->cap_spans) {
        g->cap_spans = g->cap_spans ? g->cap_spans * 2 : 64;
        p->spans = xrealloc(p->spans, g->cap_spans * sizeof *p->spans);
    }
    p->spans[p->nspans++] = (bc_spanent){ p->ncode, g->span };
}

static void put_u32(cg *g, uint32_t v)
{
    bc_program *p = g->p;
    for (int i = 0; i < 4; i++) p->code[p->ncode++] = (uint8_t)(v >> (8 * i));
}

/* Emits op with its operands (as many as opcodes.h gives it). Returns its pc. */
static uint32_t emit(cg *g, bc_opcode op, uint32_t a, uint32_t b)
{
    bc_program *p = g->p;
    uint32_t len = bc_insn_len((uint8_t)op);
    if (p->ncode + len > g->cap_code) {
        g->cap_code = (g->cap_code + len) * 2;
        p->code = xrealloc(p->code, g->cap_code);
    }
    note_span(g);
    uint32_t pc = p->ncode;
    p->code[p->ncode++] = (uint8_t)op;
    size_t nops = strlen(bc_ops[op].operands);
    if (nops > 0) put_u32(g, a);
    if (nops > 1) put_u32(g, b);
    return pc;
}

static void emit0(cg *g, bc_opcode op) { emit(g, op, 0, 0); }

/* The same for the three-operand instructions (MEMO, REMEMBER). */
static uint32_t emit3(cg *g, bc_opcode op, uint32_t a, uint32_t b, uint32_t c)
{
    uint32_t pc = emit(g, op, a, b);
    put_u32(g, c);
    return pc;
}

/* Sets the jump operand (operand index k) of the instruction at pc. */
static void patch(cg *g, uint32_t pc, int k, uint32_t target)
{
    uint8_t *at = g->p->code + pc + 1 + 4 * k;
    for (int i = 0; i < 4; i++) at[i] = (uint8_t)(target >> (8 * i));
}

static uint32_t add_const(cg *g, vl_value v)
{
    bc_program *p = g->p;
    for (uint32_t i = 0; i < p->nconsts; i++) {
        vl_value c = p->consts[i];
        if (c.type != v.type) continue;
        if (v.type == VT_TEXT ? strcmp(c.as.s, v.as.s) == 0 : (v.type != VT_MISSING && vl_equal(c, v))) return i;
    }
    if (p->nconsts == g->cap_consts) {
        g->cap_consts = g->cap_consts ? g->cap_consts * 2 : 32;
        p->consts = xrealloc(p->consts, g->cap_consts * sizeof *p->consts);
    }
    if (v.type == VT_TEXT) v.as.s = xstrdup(v.as.s);
    p->consts[p->nconsts] = v;
    return p->nconsts++;
}

static uint32_t new_local(cg *g, uint32_t n)
{
    uint32_t l = g->nlocals;
    g->nlocals += n;
    if (g->nlocals > g->p->nlocals) g->p->nlocals = g->nlocals;
    return l;
}

static void push_scope(cg *g, uint32_t slot)
{
    if (g->nscopes == g->capscopes) {
        g->capscopes = g->capscopes ? g->capscopes * 2 : 16;
        g->slots = xrealloc(g->slots, g->capscopes * sizeof *g->slots);
    }
    g->slots[g->nscopes++] = slot;
}

/* ---- role sets are constants ------------------------------------------ */

static bool fold_roles(cg *g, const node *n, uint64_t *mask)
{
    if (!n) return false;
    if (n->kind == N_NAME && n->sem.ref == R_ROLE) { *mask |= 1ull << n->sem.index; return true; }
    if (n->kind == N_NAME && n->sem.ref == R_LET) return fold_roles(g, g->env->lets[n->sem.index].decl->kids[0], mask);
    if (n->kind == N_SET) {
        for (uint32_t i = 0; i < n->nkids; i++) if (!fold_roles(g, n->kids[i], mask)) return false;
        return true;
    }
    return false;
}

/* ---- expressions ------------------------------------------------------- */

static void expr(cg *g, node *n);

/* Loop skeleton shared by `where`, mapped computed fields: the list on the
 * stack is iterated with its element in local it+2. */
typedef struct { uint32_t it, out, top, next_pc; } loop;

static loop loop_begin(cg *g)
{
    loop lp;
    lp.it = new_local(g, 3);
    lp.out = new_local(g, 1);
    emit(g, BC_ITER, lp.it, 0);
    emit(g, BC_NEWLIST, lp.out, 0);
    lp.top = here(g);
    lp.next_pc = emit(g, BC_NEXT, lp.it, 0);
    return lp;
}

static void loop_end(cg *g, loop lp)
{
    emit(g, BC_JUMP, lp.top, 0);
    patch(g, lp.next_pc, 1, here(g));
    emit(g, BC_TAINT, lp.it, lp.out);
    emit(g, BC_LOAD, lp.out, 0);
}

/* A computed field whose value holds no scratch memory (not text, not a
 * list) is computed once per row and run: MEMO before its code, REMEMBER
 * after. Returns whether it is. */
static bool memoised(const cg *g, const node *field)
{
    const ck_computed *c = &g->env->computed[field->sem.index];
    switch (ty_kind_of(c->type)) {
    case TY_BOOL: case TY_NUM: case TY_DATE: case TY_DUR: case TY_ROLE: case TY_ROW: case TY_GAP:
        return (uint32_t)field->sem.index < BC_MAX_MEMO;
    default:
        return false;
    }
}

static void inline_computed(cg *g, node *field)
{
    ck_computed *c = &g->env->computed[field->sem.index];
    node *body = c->decl->kids[0];
    bool memo = memoised(g, field);
    uint32_t slot = (uint32_t)field->sem.index, known = 0;
    if (++g->depth > 64) {
        dg_report(g->env->dc, DG_ERROR, field->span, "E-limit", "computed fields nest too deeply");
        g->failed = true;
        g->depth--;
        return;
    }
    bool mapped = ty_kind_of(field->kids[0]->sem.type) == TY_ROWS;
    uint32_t saved_locals = g->nlocals, saved_base = g->base, saved_scopes = g->nscopes;
    dg_span saved_span = g->span;
    if (!mapped) {
        uint32_t self = new_local(g, 1);
        if (memo) known = emit3(g, BC_MEMO, c->table, slot, 0);
        emit(g, BC_STORE, self, 0);
        g->base = g->nscopes;
        push_scope(g, self);
        expr(g, body);
        if (memo) { emit3(g, BC_REMEMBER, self, c->table, slot); patch(g, known, 2, here(g)); }
    } else {
        loop lp = loop_begin(g);
        g->base = g->nscopes;
        push_scope(g, lp.it + 2);
        if (memo) {
            emit(g, BC_LOAD, lp.it + 2, 0);
            known = emit3(g, BC_MEMO, c->table, slot, 0);
            emit0(g, BC_POP);
        }
        expr(g, body);
        if (memo) { emit3(g, BC_REMEMBER, lp.it + 2, c->table, slot); patch(g, known, 2, here(g)); }
        g->span = saved_span;
        emit(g, BC_APPEND, lp.out, 0);
        loop_end(g, lp);
    }
    g->nscopes = saved_scopes; g->base = saved_base; g->nlocals = saved_locals;
    g->span = saved_span;
    g->depth--;
}

static const bc_opcode binops[] = {
    [OP_ADD] = BC_ADD, [OP_SUB] = BC_SUB, [OP_MUL] = BC_MUL, [OP_DIV] = BC_DIV,
    [OP_EQ] = BC_EQ, [OP_NE] = BC_NE, [OP_LT] = BC_LT, [OP_LE] = BC_LE,
    [OP_GT] = BC_GT, [OP_GE] = BC_GE, [OP_AND] = BC_AND, [OP_OR] = BC_OR,
    [OP_DEFAULT] = BC_DEFAULT,
};
static const bc_opcode aggops[] = {
    [AG_COUNT] = BC_COUNT, [AG_SUM] = BC_SUM, [AG_AVG] = BC_AVG, [AG_MIN] = BC_MIN,
    [AG_MAX] = BC_MAX, [AG_ANY] = BC_ANY, [AG_ALL] = BC_ALL,
};

static void expr(cg *g, node *n)
{
    for (uint32_t i = 0; i < g->nhoisted; i++)
        if (g->hoisted[i] == n) { emit(g, BC_LOAD, g->hoist_local[i], 0); return; }
    dg_span saved = g->span;
    g->span = n->span;
    switch (n->kind) {
    case N_NUM: { vl_value v = {0}; v.type = VT_NUM; v.as.n = n->num; emit(g, BC_CONST, add_const(g, v), 0); break; }
    case N_STR:
        if (n->nkids == 0) { emit(g, BC_CONST, add_const(g, vl_text(n->text ? n->text : "")), 0); break; }
        for (uint32_t i = 0; i < n->nkids; i++) {
            node *k = n->kids[i];
            if (k->kind == N_STR && k->nkids == 0) emit(g, BC_CONST, add_const(g, vl_text(k->text ? k->text : "")), 0);
            else expr(g, k);
        }
        g->span = n->span;
        emit(g, BC_CONCAT, n->nkids, 0);
        break;
    case N_DATE: emit(g, BC_CONST, add_const(g, vl_date(n->date)), 0); break;
    case N_BOOL: emit(g, BC_CONST, add_const(g, vl_bool(n->flag)), 0); break;
    case N_MISSING: emit0(g, BC_MISSING); break;
    case N_ASOF: emit0(g, BC_ASOF); break;
    case N_DUR: {
        static const uint32_t units[] = { [DU_DAY] = 0, [DU_WEEK] = 1, [DU_MONTH] = 2, [DU_YEAR] = 3 };
        expr(g, n->kids[0]);
        g->span = n->span;
        emit(g, BC_DUR, units[n->op], 0);
        break;
    }
    case N_NAME:
        switch (n->sem.ref) {
        case R_VAR: emit(g, BC_LOAD, g->slots[g->base + (uint32_t)n->sem.index], 0); break;
        case R_ROLE: emit(g, BC_CONST, add_const(g, vl_role((uint8_t)n->sem.index)), 0); break;
        case R_MONTH: emit(g, BC_CONST, add_const(g, vl_int(n->sem.index)), 0); break;
        case R_TABLE: emit(g, BC_TABLE, (uint32_t)n->sem.table, 0); break;
        case R_LET: {
            node *body = g->env->lets[n->sem.index].decl->kids[0];
            uint64_t mask = 0;
            if (ty_kind_of(n->sem.type) == TY_ROLESET && fold_roles(g, body, &mask)) {
                emit(g, BC_CONST, add_const(g, vl_roleset(mask)), 0);
                break;
            }
            uint32_t saved_base = g->base, saved_scopes = g->nscopes;
            g->base = g->nscopes;
            expr(g, body);
            g->base = saved_base; g->nscopes = saved_scopes;
            break;
        }
        }
        break;
    case N_FIELD:
        expr(g, n->kids[0]);
        g->span = n->span;
        if (n->sem.ref == F_COLUMN) emit(g, BC_FIELD, (uint32_t)n->sem.table, (uint32_t)n->sem.index);
        else if (n->sem.ref == F_LINK) emit(g, BC_LINK, (uint32_t)n->sem.index, 0);
        else inline_computed(g, n);
        break;
    case N_SET: {
        uint64_t mask = 0;
        if (ty_kind_of(n->sem.type) == TY_ROLESET && fold_roles(g, n, &mask)) {
            emit(g, BC_CONST, add_const(g, vl_roleset(mask)), 0);
            break;
        }
        for (uint32_t i = 0; i < n->nkids; i++) expr(g, n->kids[i]);
        g->span = n->span;
        emit(g, BC_MKLIST, n->nkids, 0);
        break;
    }
    case N_CALL:
        if (n->sem.ref == B_FN && n->sem.index == BI_LONGEST) {
            /* from to DAYS end; loop: CONDITION DAY loop; end: RUN */
            expr(g, n->kids[1]);
            expr(g, n->kids[2]);
            g->span = n->span;
            uint32_t days = emit(g, BC_DAYS, 0, 0), each_day = here(g);
            expr(g, n->kids[0]);
            g->span = n->span;
            emit(g, BC_DAY, each_day, 0);
            patch(g, days, 0, here(g));
            emit0(g, BC_RUN);
            break;
        }
        if (n->sem.ref == B_FN) {
            for (uint32_t i = 0; i < n->nkids; i++) {
                expr(g, n->kids[i]);
                /* gap(dates, from, to): the clock starts on `from` */
                if (n->sem.index == BI_GAP && n->nkids == 3 && i == 1) expr(g, n->kids[i]);
            }
            uint32_t argc = n->sem.index == BI_GAP ? 4 : n->nkids;
            if (n->sem.index == BI_GAP) {   /* the limit it is compared with, when there is one */
                if (n->sem.decl) expr(g, n->sem.decl); else emit0(g, BC_MISSING);
                argc++;
            }
            g->span = n->span;
            emit(g, BC_CALL, argc, (uint32_t)n->sem.index);
            break;
        }
        expr(g, n->kids[0]);
        g->span = n->span;
        if (n->flag || n->sem.ref == B_DISTINCT) emit0(g, BC_DISTINCT);
        if (n->sem.ref == B_AGG) emit0(g, aggops[n->sem.index]);
        break;
    case N_WHERE: {
        uint32_t saved_locals = g->nlocals, saved_scopes = g->nscopes;
        expr(g, n->kids[0]);
        g->span = n->span;
        loop lp = loop_begin(g);
        push_scope(g, lp.it + 2);
        expr(g, n->kids[1]);
        g->span = n->span;
        emit(g, BC_KEEP, lp.it, lp.out);
        loop_end(g, lp);
        g->nscopes = saved_scopes; g->nlocals = saved_locals;
        break;
    }
    case N_UNARY:
        expr(g, n->kids[0]);
        g->span = n->span;
        emit0(g, n->op == OP_NOT ? BC_NOT : BC_NEG);
        break;
    case N_BINARY:
        expr(g, n->kids[0]);
        expr(g, n->kids[1]);
        g->span = n->span;
        emit0(g, binops[n->op]);
        break;
    case N_IF:
        for (uint32_t i = 0; i < 3; i++) expr(g, n->kids[i]);
        g->span = n->span;
        emit0(g, BC_SELECT);
        break;
    case N_IS:
        expr(g, n->kids[0]);
        g->span = n->span;
        if (n->op == IS_DANGLING) { emit(g, BC_CALL, 1, BI_DANGLING); break; }
        emit0(g, BC_ISMISSING);
        if (n->flag) emit0(g, BC_NOT);
        break;
    case N_IN:
        if (n->kids[1]->kind == N_RANGE) {
            node *r = n->kids[1];
            expr(g, n->kids[0]);
            expr(g, r->kids[0]);
            expr(g, r->kids[1]);
            g->span = n->span;
            emit(g, BC_BETWEEN, r->sem.type == TY_MONTH ? 1 : 0, 0);
            if (n->flag) emit0(g, BC_NOT);
            break;
        }
        expr(g, n->kids[0]);
        expr(g, n->kids[1]);
        g->span = n->span;
        emit0(g, BC_IN);
        if (n->flag) emit0(g, BC_NOT);
        break;
    default:
        dg_report(g->env->dc, DG_ERROR, n->span, "E-internal", "cannot compile %s", node_kind_name(n->kind));
        g->failed = true;
        break;
    }
    g->span = saved;
}

/* ---- loop-invariant filters ------------------------------------------ */

/* A `where` inside a rule's requirements that does not depend on the rule's
 * entity (`p.lead in (staff where role = practice_manager)`) gives the same
 * list for every entity: it is computed once, before the loop (and before
 * MARK, so the list outlives each entity's scratch), and each use loads it.
 * Only code that cannot stop the run is moved (no arithmetic, sums or
 * builtins), so the one observable change is that the work is done once. */

/* Whether n depends on no name bound outside it (those have an index below
 * vars; -1 in a computed field's or let's own body, whose names are all its
 * own) and cannot raise a run-time error. */
static bool invariant(const cg *g, const node *n, int32_t vars, uint32_t depth)
{
    if (!n) return true;
    if (depth > 64) return false;
    switch (n->kind) {
    case N_NUM: case N_DATE: case N_BOOL: case N_MISSING: case N_ASOF: case N_STR: case N_SET: case N_IS:
    case N_WHERE:
        break;
    case N_NAME:
        if (n->sem.ref == R_VAR) return vars < 0 || n->sem.index >= vars;
        if (n->sem.ref == R_LET) return invariant(g, g->env->lets[n->sem.index].decl->kids[0], -1, depth + 1);
        return n->sem.ref == R_ROLE || n->sem.ref == R_MONTH || n->sem.ref == R_TABLE;
    case N_FIELD:
        if (n->sem.ref != F_COLUMN && n->sem.ref != F_LINK &&
            !invariant(g, g->env->computed[n->sem.index].decl->kids[0], -1, depth + 1))
            return false;
        break;
    case N_CALL:
        if (n->sem.ref == B_FN) return false;
        if (n->sem.ref == B_AGG && (n->sem.index == AG_SUM || n->sem.index == AG_AVG)) return false;
        break;
    case N_BINARY:
        if (n->op <= OP_DIV) return false;
        break;
    case N_UNARY:
        if (n->op != OP_NOT) return false;
        break;
    case N_IN:
        if (n->kids[1] && n->kids[1]->kind == N_RANGE) {
            const node *r = n->kids[1];
            return invariant(g, n->kids[0], vars, depth + 1) && invariant(g, r->kids[0], vars, depth + 1) &&
                   invariant(g, r->kids[1], vars, depth + 1);
        }
        break;
    default:
        return false;
    }
    for (uint32_t i = 0; i < n->nkids; i++)
        if (!invariant(g, n->kids[i], vars, depth + 1)) return false;
    return true;
}

/* Records the largest invariant `where`s under n, where `scopes` names are
 * bound (the rule's entity is 1; each enclosing `where` adds one). */
static void find_hoists(cg *g, node *n, int32_t scopes, uint32_t depth)
{
    if (!n || depth > 64) return;
    if (n->kind == N_WHERE && invariant(g, n, scopes, 0)) {
        if (g->nhoisted == g->caphoisted) {
            g->caphoisted = g->caphoisted ? g->caphoisted * 2 : 8;
            g->hoisted = xrealloc(g->hoisted, g->caphoisted * sizeof *g->hoisted);
            g->hoist_local = xrealloc(g->hoist_local, g->caphoisted * sizeof *g->hoist_local);
            g->hoist_scopes = xrealloc(g->hoist_scopes, g->caphoisted * sizeof *g->hoist_scopes);
        }
        g->hoist_scopes[g->nhoisted] = (uint32_t)scopes;
        g->hoisted[g->nhoisted++] = n;
        return;
    }
    /* longest()'s condition is judged as of other days than the run's: a
     * filter in it is not the same on every day, so it stays in the loop */
    bool day_by_day = n->kind == N_CALL && n->sem.ref == B_FN && n->sem.index == BI_LONGEST;
    for (uint32_t i = day_by_day ? 1 : 0; i < n->nkids; i++)
        find_hoists(g, n->kids[i], n->kind == N_WHERE && i == 1 ? scopes + 1 : scopes, depth + 1);
}

/* ---- rules ------------------------------------------------------------- */

static bool is_comparison(const node *n)
{
    return n->kind == N_BINARY && n->op >= OP_EQ && n->op <= OP_GE;
}

static const char *relation_words(int op)
{
    switch (op) {
    case OP_EQ: return "expected exactly";
    case OP_NE: return "expected other than";
    case OP_LT: return "expected less than";
    case OP_LE: return "at most";
    case OP_GT: return "expected more than";
    case OP_GE: return "at least";
    default: return NULL;
    }
}

/* The source text of a node, as the evidence names what was measured. */
static char *source_text(cg *g, const node *n)
{
    const dg_file *f = &g->env->dc->files[n->span.file];
    if (!f->text || n->span.end > f->len || n->span.start >= n->span.end) return NULL;
    size_t len = n->span.end - n->span.start;
    char *s = malloc(len + 1);
    if (!s) abort();
    memcpy(s, f->text + n->span.start, len);
    s[len] = 0;
    for (char *c = s; *c; c++) if (*c == '\n' || *c == '\t') *c = ' ';
    return s;
}

static void compile_req(cg *g, node *q, uint32_t qi)
{
    bc_req *r = &g->p->reqs[qi];
    node *cond = q->kids[0];
    node *msg = q->nkids > 1 ? q->kids[1] : NULL;
    uint32_t saved_locals = g->nlocals;
    g->span = q->span;
    uint32_t req_pc;
    if (is_comparison(cond)) {
        uint32_t m = new_local(g, 1), l = new_local(g, 1);
        expr(g, cond->kids[0]);
        g->span = cond->span;
        emit(g, BC_STORE, m, 0);
        expr(g, cond->kids[1]);
        g->span = cond->span;
        emit(g, BC_STORE, l, 0);
        emit(g, BC_LOAD, m, 0);
        emit(g, BC_LOAD, l, 0);
        emit0(g, binops[cond->op]);
        g->span = q->span;
        req_pc = emit(g, BC_REQ, qi, 0);
        emit(g, BC_LOAD, m, 0);
        emit(g, BC_LOAD, l, 0);
        r->relation = xstrdup(relation_words(cond->op));
        r->note = q->text && msg;   /* `as "..."` and `otherwise`: both are shown */
        if (q->text && strstr(q->text, "{}")) {
            r->measure = xstrdup(q->text);
        } else if (q->text) {
            size_t len = strlen(q->text) + 4;
            r->measure = malloc(len);
            if (!r->measure) abort();
            snprintf(r->measure, len, "{} %s", q->text);
        } else {
            char *src = source_text(g, cond->kids[0]);
            size_t len = (src ? strlen(src) : 5) + 8;
            r->measure = malloc(len);
            if (!r->measure) abort();
            snprintf(r->measure, len, "%s is {}", src ? src : "value");
            free(src);
        }
    } else {
        expr(g, cond);
        g->span = q->span;
        req_pc = emit(g, BC_REQ, qi, 0);
        emit0(g, BC_MISSING);
        emit0(g, BC_MISSING);
        char *src = source_text(g, cond);
        if (src) {
            size_t len = strlen(src) + 16;
            r->measure = malloc(len);
            if (!r->measure) abort();
            snprintf(r->measure, len, "not met: %s", src);
            free(src);
        }
    }
    if (msg) expr(g, msg); else emit0(g, BC_MISSING);
    g->span = q->span;
    emit(g, BC_FAIL, qi, 0);
    patch(g, req_pc, 1, here(g));
    g->nlocals = saved_locals;
}

/* The period a rule is in force: its own `effective`/`until`, else those of
 * the file it was written in; DT_MISSING where open. */
static void in_force(const ck_env *env, const node *rn, int32_t *from, int32_t *until)
{
    *from = rn->date; *until = rn->until;
    for (uint32_t f = 0; f < env->nfiles; f++) {
        const node *file = env->files[f];
        if (!file || file->span.file != rn->span.file) continue;
        for (uint32_t i = 0; i < file->nkids; i++)
            if (file->kids[i] && file->kids[i]->kind == N_EFFECTIVE) {
                if (*from == DT_MISSING) *from = file->kids[i]->date;
                if (*until == DT_MISSING) *until = file->kids[i]->until;
            }
    }
}

static void compile_rule(cg *g, node *rn, uint32_t ri)
{
    bc_program *p = g->p;
    bc_rule *r = &p->rules[ri];
    node *fe = rn->kids[0];
    r->name = xstrdup(rn->text);
    r->title = xstrdup(rn->text2);
    r->origin = xstrdup(g->env->dc->files[rn->span.file].name);
    r->span = rn->span;
    r->entry = here(g);
    r->table = rn->sem.table;
    r->first_req = p->nreqs;
    g->nlocals = 0; g->nscopes = 0; g->base = 0;
    g->span = rn->span;
    for (uint32_t i = 1; i < rn->nkids; i++) {
        node *q = rn->kids[i];
        if (!q) continue;
        p->reqs = xrealloc(p->reqs, (p->nreqs + 1) * sizeof *p->reqs);
        p->reqs[p->nreqs] = (bc_req){ .rule = ri, .severity = q->op == REQ_SHOULD ? BC_SHOULD : BC_MUST, .span = q->span };
        q->sem.index = (int32_t)p->nreqs++;
    }
    r->nreqs = p->nreqs - r->first_req;
    uint32_t top = 0, next_pc = 0, before_effective = UINT32_MAX, after_until = UINT32_MAX;
    int32_t effective, until;
    in_force(g->env, rn, &effective, &until);
    if (effective != DT_MISSING) {
        /* a policy judges nothing before it takes effect */
        emit0(g, BC_ASOF);
        emit(g, BC_CONST, add_const(g, vl_date(effective)), 0);
        emit0(g, BC_GE);
        before_effective = emit(g, BC_GUARD, ri, 0);
    }
    if (until != DT_MISSING) {
        /* nor after it ends */
        emit0(g, BC_ASOF);
        emit(g, BC_CONST, add_const(g, vl_date(until)), 0);
        emit0(g, BC_LE);
        after_until = emit(g, BC_GUARD, ri, 0);
    }
    g->nhoisted = 0;
    if (fe) {
        for (uint32_t i = 1; i < rn->nkids; i++) find_hoists(g, rn->kids[i], 1, 0);
        if (fe->nkids > 1) find_hoists(g, fe->kids[1], 1, 0);
        uint32_t n = g->nhoisted;
        g->nhoisted = 0;       /* each is compiled plainly once, into its local */
        for (uint32_t i = 0; i < n; i++) {
            /* names inside count the scopes outside it: stand-ins for those,
             * never read (it is invariant) */
            for (uint32_t k = 0; k < g->hoist_scopes[i]; k++) push_scope(g, 0);
            g->span = g->hoisted[i]->span;
            expr(g, (node *)g->hoisted[i]);
            g->nscopes = 0;
            g->hoist_local[i] = new_local(g, 1);
            emit(g, BC_STORE, g->hoist_local[i], 0);
        }
        g->nhoisted = n;
        g->span = fe->span;
        expr(g, fe->kids[0]);
        g->span = fe->span;
        uint32_t it = new_local(g, 3);
        emit(g, BC_ITER, it, 0);
        emit0(g, BC_MARK);
        top = here(g);
        next_pc = emit(g, BC_NEXT, it, 0);
        emit(g, BC_ENTITY, it + 2, 0);
        emit(g, BC_FOCUS, top, 0);
        push_scope(g, it + 2);
        if (fe->nkids > 1 && fe->kids[1]) {
            expr(g, fe->kids[1]);
            g->span = fe->span;
            emit(g, BC_GUARD, ri, top);
        }
    }
    for (uint32_t i = 1; i < rn->nkids; i++)
        if (rn->kids[i]) compile_req(g, rn->kids[i], (uint32_t)rn->kids[i]->sem.index);
    g->span = rn->span;
    if (fe) {
        emit(g, BC_JUMP, top, 0);
        patch(g, next_pc, 1, here(g));
    }
    if (before_effective != UINT32_MAX) patch(g, before_effective, 1, here(g));
    if (after_until != UINT32_MAX) patch(g, after_until, 1, here(g));
    emit0(g, BC_RET);
    g->nhoisted = 0;
}

bool cg_compile(ck_env *env, bc_program *out)
{
    cg g = { .env = env, .p = out };
    memset(out, 0, sizeof *out);
    out->policy_name = xstrdup(env->policy_name);
    out->rules = calloc(env->nrules ? env->nrules : 1, sizeof *out->rules);
    if (!out->rules) abort();
    out->nrules = env->nrules;
    for (uint32_t i = 0; i < env->nrules; i++) compile_rule(&g, env->rules[i], i);
    out->overrides = calloc(env->noverrides ? env->noverrides : 1, sizeof *out->overrides);
    if (!out->overrides) abort();
    for (uint32_t i = 0; i < env->noverrides; i++) {
        const node *ov = env->overrides[i].decl;
        char what[300];
        snprintf(what, sizeof what, "%s %s", ov->op == OV_LET ? "let" : ov->op == OV_RULE ? "rule" : "disabled rule", ov->text);
        out->overrides[i] = (bc_override){ .what = xstrdup(what), .target_origin = xstrdup(env->dc->files[env->overrides[i].target_file].name),
                                           .reason = xstrdup(ov->text2 ? ov->text2 : ""), .span = ov->span, .intended = ov->flag };
    }
    out->noverrides = env->noverrides;
    sc_copy(&out->schema, &env->schema);
    free(g.slots);
    free(g.hoisted);
    free(g.hoist_local);
    free(g.hoist_scopes);
    return !g.failed;
}

bool cg_compile_query(ck_env *env, bc_program *p, node *e, uint32_t *entry)
{
    cg g = { .env = env, .p = p, .cap_code = p->ncode, .cap_spans = p->nspans, .cap_consts = p->nconsts };
    g.span = e->span;
    *entry = here(&g);
    expr(&g, e);
    g.span = e->span;
    emit0(&g, BC_RESULT);
    emit0(&g, BC_RET);
    p->queries = xrealloc(p->queries, (p->nqueries + 1) * sizeof *p->queries);
    p->queries[p->nqueries++] = *entry;
    free(g.slots);
    return !g.failed;
}
