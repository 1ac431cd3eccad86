/* vm.c — the evaluation loop.
 * Owns: one switch over the opcodes of opcodes.h (no default: -Wswitch finds
 * a missing case), missing-value propagation as each opcode's contract says,
 * the budget (charged at loop heads and backward jumps only), the scratch
 * arena that an entity's intermediate lists live in, and finding records.
 * Does not own: checking the program (bc_verify ran before; the VM trusts
 * operand ranges and stack depth) or formatting reports. */
#include "vm.h"
#include "date.h"
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>

/* ---- scratch arena ----------------------------------------------------- */

typedef struct chunk { struct chunk *next; size_t used, cap; unsigned char data[]; } chunk;
typedef struct { chunk *head; size_t mark_used; chunk *mark_chunk; } arena;

static void *arena_alloc(arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (!a->head || a->head->used + n > a->head->cap) {
        size_t cap = n > 65536 ? n : 65536;
        chunk *c = malloc(sizeof *c + cap);
        if (!c) abort();
        c->next = a->head; c->used = 0; c->cap = cap;
        a->head = c;
    }
    void *p = a->head->data + a->head->used;
    a->head->used += n;
    return p;
}

static void arena_mark(arena *a) { a->mark_chunk = a->head; a->mark_used = a->head ? a->head->used : 0; }

static void arena_release(arena *a)
{
    while (a->head && a->head != a->mark_chunk) { chunk *n = a->head->next; free(a->head); a->head = n; }
    if (a->head) a->head->used = a->mark_used;
}

static void arena_free(arena *a)
{
    while (a->head) { chunk *n = a->head->next; free(a->head); a->head = n; }
}

/* ---- machine state ----------------------------------------------------- */

/* One computed field's values per row, kept for the machine's life (one
 * run, or one REPL command: edits and :asof make a new machine). */
typedef struct { vl_value *v; uint8_t *have; uint32_t table, nrows; } memo_slot;

/* One DAYS loop: the day judged, the last day, the run going on (start, or
 * DT_MISSING), the longest so far, the evaluation date to restore, and the
 * missing value that makes the result missing (type VT_MISSING) or none. */
typedef struct {
    int32_t day, from, to, run_start, best_from, best_to, saved_as_of;
    vl_value missing;
    bool have_missing;
} day_loop;

struct vm_machine {
    const bc_program *p;
    const st_store *st;
    const vm_options *o;
    vm_results *res;
    dg_context *dc;
    arena ar;
    vl_value *stack, *locals;
    vl_value entity;           /* the row now judged, or missing */
    uint64_t budget, budget_start;
    bool error;
    bool passing;              /* explain mode: the requirement held; FAIL records a pass */
    bool have_result;
    vl_value result;
    uint32_t nstack, nlocals;  /* allocated; the REPL may add queries that need more */
    memo_slot memo[BC_MAX_MEMO]; /* MEMO / REMEMBER, allocated on first use */
    int32_t as_of;             /* the evaluation date: o->as_of, or the day a DAYS loop judges */
    day_loop days[BC_MAX_DAYS];
    uint32_t ndays;
    uint32_t subset_pc;        /* vm_run_rule_rows: the TABLE there yields subset only */
    const int32_t *subset;
    uint32_t nsubset;
};
typedef struct vm_machine vm;

static char *xstrdup(const char *s) { char *d = s ? strdup(s) : NULL; if (s && !d) abort(); return d; }

static void runtime_error(vm *m, uint32_t pc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void runtime_error(vm *m, uint32_t pc, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    dg_report(m->dc, DG_ERROR, bc_span_at(m->p, pc), "E-runtime", "%s", buf);
    m->error = true;
}

static vl_list *new_list(vm *m, uint32_t cap, bool rows, uint32_t table)
{
    vl_list *l = arena_alloc(&m->ar, sizeof *l);
    memset(l, 0, sizeof *l);
    l->of_rows = rows;
    l->table = table;
    if (rows) l->rows = arena_alloc(&m->ar, (cap ? cap : 1) * sizeof(int32_t));
    else l->vals = cap ? arena_alloc(&m->ar, cap * sizeof(vl_value)) : NULL;
    l->cap = cap;
    return l;
}

static int32_t list_row(const vl_list *l, uint32_t i) { return l->rows ? l->rows[i] : (int32_t)i; }

/* Appends with doubling. A list being built starts untyped; its first
 * element decides whether it holds rows or values. */
static void append(vm *m, vl_list *l, vl_value v)
{
    if (l->len == 0 && v.type == VT_ROW && !l->of_rows) { l->of_rows = true; l->table = v.as.row.table; l->vals = NULL; l->cap = 0; }
    if (l->len == l->cap) {
        uint32_t nc = l->cap ? l->cap * 2 : 8;
        if (l->of_rows) {
            int32_t *r = arena_alloc(&m->ar, nc * sizeof *r);
            for (uint32_t i = 0; i < l->len; i++) r[i] = list_row(l, i);
            l->rows = r;
        } else {
            vl_value *vs = arena_alloc(&m->ar, nc * sizeof *vs);
            if (l->len) memcpy(vs, l->vals, l->len * sizeof *vs);
            l->vals = vs;
        }
        l->cap = nc;
    }
    if (l->of_rows) ((int32_t *)l->rows)[l->len++] = v.as.row.row;
    else l->vals[l->len++] = v;
}

static vl_value list_get(const vl_list *l, uint32_t i)
{
    if (l->of_rows) return vl_row(l->table, list_row(l, i));
    return l->vals[i];
}

/* A missing reference prints as "none"; other missing values as "missing". */
/* A missing value remembers the cell it came from (see value.h). */
static vl_value missing_cell(uint32_t t, int32_t row, uint32_t col, bool ref)
{
    vl_value v = vl_missing();
    v.as.miss.table1 = t + 1; v.as.miss.row = row; v.as.miss.col = (int16_t)col; v.as.miss.ref = ref;
    return v;
}

static vl_value missing_because(uint8_t why) { vl_value v = vl_missing(); v.as.miss.why = why; return v; }

/* The operand that makes a result missing: its cause is passed on. */
static vl_value either_missing(vl_value a, vl_value b) { return a.type == VT_MISSING ? a : b; }

static void taint(vl_list *l, vl_value why)
{
    if (!l->tainted) { l->tainted = true; l->cause = why; }
}

/* ---- evidence text ----------------------------------------------------- */

/* A row without a key (a role change, an allocation) is told by the row it
 * belongs to: its first reference (the person), so evidence names people. */
static int32_t owner_ref(const bc_program *p, const st_store *st, uint32_t t, int32_t row, uint32_t *owner_table)
{
    const sc_table *tab = &p->schema.tables[t];
    if (tab->key_col >= 0) return -1;
    for (uint32_t c = 0; c < tab->ncols; c++)
        if (tab->cols[c].type == SC_REF) {
            int32_t r = st->tables[t].cols[c].i32[row];
            if (r < 0) return -1;
            *owner_table = (uint32_t)tab->cols[c].ref_table;
            return r;
        }
    return -1;
}

static void row_label(const bc_program *p, const st_store *st, uint32_t t, int32_t row, char *buf, size_t cap)
{
    const sc_table *tab = &p->schema.tables[t];
    size_t used = 0;
    buf[0] = 0;
    uint32_t owner_t;
    int32_t owner = owner_ref(p, st, t, row, &owner_t);
    if (owner >= 0 && owner_t != t) { row_label(p, st, owner_t, owner, buf, cap); return; }
    if (tab->key_col >= 0) {
        const char *k = st->tables[t].cols[tab->key_col].text ? st->tables[t].cols[tab->key_col].text[row] : NULL;
        used += (size_t)snprintf(buf, cap, "%s", k ? k : "?");
    } else {
        used += (size_t)snprintf(buf, cap, "%s row at line %u", tab->name, st->tables[t].src_line ? st->tables[t].src_line[row] : 0);
    }
    if (tab->name_col >= 0 && used < cap) {
        const char *nm = st->tables[t].cols[tab->name_col].text[row];
        if (nm) used += (size_t)snprintf(buf + used, cap - used, " %s", nm);
    }
    if (tab->role_col >= 0 && used < cap) {
        uint8_t r = st->tables[t].cols[tab->role_col].role[row];
        if (r != 0xFF && r < p->schema.nroles) snprintf(buf + used, cap - used, " (%s)", p->schema.roles[r]);
    }
}

void vm_format_value(const bc_program *p, const st_store *st, vl_value v, char *buf, size_t cap)
{
    switch ((vl_type)v.type) {
    case VT_MISSING: snprintf(buf, cap, "%s", v.as.miss.why == VL_WHY_DANGLING ? "dangling" : v.as.miss.ref ? "none" : "missing"); break;
    case VT_BOOL: snprintf(buf, cap, "%s", v.as.b ? "true" : "false"); break;
    case VT_NUM: vl_rat_format(v.as.n, buf, cap); break;
    case VT_TEXT: snprintf(buf, cap, "%s", v.as.s); break;
    case VT_DATE: dt_format(v.as.date, buf, cap); break;
    case VT_DUR: {
        int32_t mo = v.as.dur.months, d = v.as.dur.days;
        const char *ms = mo == 1 || mo == -1 ? "" : "s", *ds = d == 1 || d == -1 ? "" : "s";
        if (mo && d) snprintf(buf, cap, "%d month%s %d day%s", mo, ms, d, ds);
        else if (mo && mo % 12 == 0) snprintf(buf, cap, "%d year%s", mo / 12, mo == 12 || mo == -12 ? "" : "s");
        else if (mo) snprintf(buf, cap, "%d month%s", mo, ms);
        else if (d && d % 7 == 0) snprintf(buf, cap, "%d week%s", d / 7, d == 7 || d == -7 ? "" : "s");
        else snprintf(buf, cap, "%d day%s", d, ds);
        break;
    }
    case VT_ROLE: snprintf(buf, cap, "%s", v.as.role < p->schema.nroles ? p->schema.roles[v.as.role] : "?"); break;
    case VT_ROLESET: {
        size_t used = (size_t)snprintf(buf, cap, "{");
        bool first = true;
        for (uint32_t i = 0; i < p->schema.nroles && used < cap; i++)
            if (v.as.roles >> i & 1) { used += (size_t)snprintf(buf + used, cap - used, "%s%s", first ? "" : ", ", p->schema.roles[i]); first = false; }
        if (used < cap) snprintf(buf + used, cap - used, "}");
        break;
    }
    case VT_ROW: row_label(p, st, v.as.row.table, v.as.row.row, buf, cap); break;
    case VT_LIST: {
        /* a few values read better than a count: "from social_worker" */
        const vl_list *l = v.as.list;
        if (l->of_rows || l->len == 0) { snprintf(buf, cap, "%u items", l->len); break; }
        size_t used = 0;
        buf[0] = 0;
        uint32_t shown = l->len <= 6 ? l->len : 5;
        for (uint32_t i = 0; i < shown && used + 1 < cap; i++) {
            char one[128];
            vm_format_value(p, st, l->vals[i], one, sizeof one);
            used += (size_t)snprintf(buf + used, cap - used, "%s%s", i ? ", " : "", one);
        }
        if (shown < l->len && used + 1 < cap) snprintf(buf + used, cap - used, " and %u more", l->len - shown);
        break;
    }
    case VT_GAP: {
        char a[16], b[16];
        dt_format(v.as.gap.from, a, sizeof a);
        dt_format(v.as.gap.to, b, sizeof b);
        int32_t days = v.as.gap.to - v.as.gap.from + (v.as.gap.start || v.as.gap.run ? 1 : 0);
        if (v.as.gap.none) snprintf(buf, cap, "0 days (not one day from %s to %s)", a, b);
        else if (v.as.gap.run)
            snprintf(buf, cap, "%d day%s (%s to %s%s)", days, days == 1 ? "" : "s", a, b, v.as.gap.start ? ", from the first day judged" : "");
        else snprintf(buf, cap, "%d day%s (%s%s to %s)", days, days == 1 ? "" : "s", v.as.gap.start ? "from the start, " : "", a, b);
        break;
    }
    }
}

static char *format_dup(vm *m, vl_value v)
{
    char buf[512];
    vm_format_value(m->p, m->st, v, buf, sizeof buf);
    return xstrdup(buf);
}

static vm_finding *new_finding(vm *m, uint32_t req, vm_verdict verdict)
{
    vm_results *r = m->res;
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 64;
        r->items = realloc(r->items, r->cap * sizeof *r->items);
        if (!r->items) abort();
    }
    vm_finding *f = &r->items[r->n++];
    memset(f, 0, sizeof *f);
    f->req = req;
    f->verdict = (uint8_t)verdict;
    f->table = -1; f->row = -1;
    f->breach_from = f->breach_to = DT_MISSING;
    f->waiver = -1;
    if (m->entity.type == VT_ROW) {
        char buf[512];
        f->table = (int32_t)m->entity.as.row.table;
        f->row = m->entity.as.row.row;
        row_label(m->p, m->st, m->entity.as.row.table, m->entity.as.row.row, buf, sizeof buf);
        f->entity = xstrdup(buf);
        const sc_table *tab = &m->p->schema.tables[f->table];
        uint32_t owner_t;
        int32_t owner = owner_ref(m->p, m->st, (uint32_t)f->table, f->row, &owner_t);
        if (tab->key_col >= 0) f->entity_id = xstrdup(m->st->tables[f->table].cols[tab->key_col].text[f->row]);
        else if (owner >= 0 && m->p->schema.tables[owner_t].key_col >= 0)
            f->entity_id = xstrdup(m->st->tables[owner_t].cols[m->p->schema.tables[owner_t].key_col].text[owner]);
    }
    return f;
}

static void record_unknown(vm *m, uint32_t req, vl_value why)
{
    vm_finding *f = new_finding(m, req, VM_UNKNOWN);
    m->res->per_req[req].unknown++;
    if (why.type == VT_MISSING && why.as.miss.table1 > 0) {
        uint32_t t = why.as.miss.table1 - 1;
        const sc_table *tab = &m->p->schema.tables[t];
        const st_table *stt = &m->st->tables[t];
        char buf[512];
        snprintf(buf, sizeof buf, "%s.%s", tab->name, tab->cols[why.as.miss.col].name);
        f->missing = xstrdup(buf);
        snprintf(buf, sizeof buf, "%s:%u", stt->source ? stt->source : tab->file,
                 stt->src_line ? stt->src_line[why.as.miss.row] : 0);
        f->missing_at = xstrdup(buf);
        char msg[1200];
        const char *what = why.as.miss.why == VL_WHY_DANGLING ? "names no row (a dangling reference)" : "is missing";
        if (f->table == (int32_t)t && f->row == why.as.miss.row)
            snprintf(msg, sizeof msg, "cannot judge: %s %s", f->missing, what);
        else {
            row_label(m->p, m->st, t, why.as.miss.row, buf, sizeof buf);
            snprintf(msg, sizeof msg, "cannot judge: %s %s for %s", f->missing, what, buf);
        }
        f->message = xstrdup(msg);
    } else if (why.type == VT_MISSING && why.as.miss.why == VL_WHY_DIV_ZERO) {
        f->message = xstrdup("cannot judge: division by zero");
    } else if (why.type == VT_MISSING && why.as.miss.why == VL_WHY_EMPTY) {
        f->message = xstrdup("cannot judge: an average, minimum or maximum of no values");
    } else {
        f->message = xstrdup("cannot judge: a value it needs is missing");
    }
}

/* The default evidence: "{measured} open cases, at most {limit}". */
static char *default_message(const bc_req *q, const char *measured, const char *limit)
{
    char buf[1200];
    if (!q->measure) return xstrdup("requirement not met");
    size_t used = 0;
    const char *hole = strstr(q->measure, "{}");
    if (hole && measured) {
        used = (size_t)snprintf(buf, sizeof buf, "%.*s%s%s", (int)(hole - q->measure), q->measure, measured, hole + 2);
    } else used = (size_t)snprintf(buf, sizeof buf, "%s", q->measure);
    if (q->relation && limit && used < sizeof buf) snprintf(buf + used, sizeof buf - used, ", %s %s", q->relation, limit);
    return xstrdup(buf);
}

/* The days a failed gap finding is out of compliance, which a waiver must
 * cover (runtime/waiver.c): from the first day past the limit in any
 * stretch of the window (gap_of records it: the reported stretch is the
 * worst, not always the first) to the reported stretch's end. Without a
 * duration limit the whole stretch counts. */
/* The last day a gap (or a run of days) may end on to be within a duration:
 * a stretch between events by the same day a duration after it starts; one
 * from the start, or a run (both ends counted), by the day before that
 * (a run from 1 May is within a month to 31 May) */
static int32_t run_limit(vl_value gap, vl_value dur)
{
    if (gap.as.gap.run) return dt_add(gap.as.gap.from, dur.as.dur.months, dur.as.dur.days) - 1;
    return dt_add(gap.as.gap.from - (gap.as.gap.start ? 1 : 0), dur.as.dur.months, dur.as.dur.days);
}

static void breach_dates(vm_finding *f, vl_value gap, vl_value limit)
{
    f->breach_from = gap.as.gap.from;
    if (gap.as.gap.breach != DT_MISSING) f->breach_from = gap.as.gap.breach;
    else if (limit.type == VT_DUR)
        f->breach_from = run_limit(gap, limit) + 1;
    f->breach_to = gap.as.gap.to;
    if (f->breach_from > f->breach_to) f->breach_from = f->breach_to;
}

/* ---- helpers for opcodes ----------------------------------------------- */

static uint32_t rd32(const uint8_t *c) { return (uint32_t)c[0] | (uint32_t)c[1] << 8 | (uint32_t)c[2] << 16 | (uint32_t)c[3] << 24; }

static vl_value cell(vm *m, uint32_t t, int32_t row, uint32_t col)
{
    vl_value v = st_cell(m->st, t, row, col);
    if (v.type == VT_MISSING) {
        bool ref = m->p->schema.tables[t].cols[col].type == SC_REF;
        v = missing_cell(t, row, col, ref);
        if (ref && m->st->tables[t].cols[col].i32[row] == ST_REF_DANGLING) v.as.miss.why = VL_WHY_DANGLING;
    }
    return v;
}

static bool is_dangling(vl_value v) { return v.type == VT_MISSING && v.as.miss.why == VL_WHY_DANGLING; }

static vl_value field_of(vm *m, vl_value obj, uint32_t t, uint32_t col)
{
    if (obj.type == VT_ROW) return cell(m, t, obj.as.row.row, col);
    if (obj.type != VT_LIST) return obj.type == VT_MISSING ? obj : vl_missing();   /* keep the cause */
    const vl_list *src = obj.as.list;
    const sc_column *c = &m->p->schema.tables[t].cols[col];
    bool ref = c->type == SC_REF;
    vl_list *out = new_list(m, src->len, ref, ref ? (uint32_t)c->ref_table : 0);
    out->tainted = src->tainted; out->cause = src->cause;
    for (uint32_t i = 0; i < src->len; i++) {
        vl_value v = cell(m, t, list_row(src, i), col);
        if (ref) {
            if (v.type == VT_MISSING) { taint(out, v); continue; }
            ((int32_t *)out->rows)[out->len++] = v.as.row.row;
        } else out->vals[out->len++] = v;
    }
    return vl_listv(out);
}

static vl_value link_of(vm *m, vl_value obj, uint32_t k)
{
    const sc_link *lk = &m->p->schema.links[k];
    const st_link *idx = st_link_index(m->st, k);
    if (obj.type == VT_ROW) {
        vl_list *l = arena_alloc(&m->ar, sizeof *l);
        memset(l, 0, sizeof *l);
        l->of_rows = true; l->table = lk->from_table;
        uint32_t a = idx->offsets[obj.as.row.row], b = idx->offsets[obj.as.row.row + 1];
        l->rows = idx->rows + a;
        l->len = b - a;
        if (l->len == 0) l->rows = idx->rows ? idx->rows : (const int32_t *)l; /* an empty list still has a non-NULL rows (not "whole table") */
        return vl_listv(l);
    }
    if (obj.type != VT_LIST) return obj.type == VT_MISSING ? obj : vl_missing();
    const vl_list *src = obj.as.list;
    uint32_t total = 0;
    for (uint32_t i = 0; i < src->len; i++) { int32_t r = list_row(src, i); total += idx->offsets[r + 1] - idx->offsets[r]; }
    vl_list *out = new_list(m, total ? total : 1, true, lk->from_table);
    out->tainted = src->tainted; out->cause = src->cause;
    for (uint32_t i = 0; i < src->len; i++) {
        int32_t r = list_row(src, i);
        for (uint32_t j = idx->offsets[r]; j < idx->offsets[r + 1]; j++) ((int32_t *)out->rows)[out->len++] = idx->rows[j];
    }
    return vl_listv(out);
}

static int compare(vl_value a, vl_value b)
{
    if (a.type == VT_GAP && b.type == VT_DUR) {
        /* a gap is within a calendar duration when its end is no later than
         * its start plus the duration: "monthly" means by the same day next month */
        if (a.as.gap.none) return b.as.dur.months > 0 || b.as.dur.days > 0 ? -1 : 0;
        int32_t limit = run_limit(a, b);
        return (a.as.gap.to > limit) - (a.as.gap.to < limit);
    }
    switch ((vl_type)a.type) {
    case VT_NUM: return vl_rat_cmp(a.as.n, b.as.n);
    case VT_DATE: return (a.as.date > b.as.date) - (a.as.date < b.as.date);
    case VT_TEXT: { int c = strcmp(a.as.s, b.as.s); return (c > 0) - (c < 0); }
    case VT_BOOL: return (int)a.as.b - (int)b.as.b;
    case VT_ROLE: return (int)a.as.role - (int)b.as.role;
    case VT_ROW: return a.as.row.row == b.as.row.row ? 0 : (a.as.row.row < b.as.row.row ? -1 : 1);
    default: return vl_equal(a, b) ? 0 : 1;
    }
}

/* Whether row r is in a list of rows, as a scan comparing row indexes would
 * say. A filtered table or a link's slice ascends: once the list is seen
 * to (l->asc, extended as far as it goes), bisection, so `x in (staff where
 * ...)` hoisted out of a loop over pods costs a log, not a scan, per pod. */
static bool row_in(vl_list *l, int32_t r)
{
    if (!l->rows) return r >= 0 && (uint32_t)r < l->len;   /* the whole table */
    while (l->asc < l->len && (l->asc == 0 || l->rows[l->asc - 1] < l->rows[l->asc])) l->asc++;
    if (l->asc < l->len) {
        for (uint32_t i = 0; i < l->len; i++) if (l->rows[i] == r) return true;
        return false;
    }
    uint32_t lo = 0, hi = l->len;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (l->rows[mid] == r) return true;
        if (l->rows[mid] < r) lo = mid + 1; else hi = mid;
    }
    return false;
}

static int cmp_u64(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return (a > b) - (a < b);
}

typedef struct { vl_value v; uint32_t pos; } keyed;
static int cmp_keyed(const void *x, const void *y)
{
    const keyed *a = x, *b = y;
    int c = compare(a->v, b->v);
    if (c) return c;
    return (a->pos > b->pos) - (a->pos < b->pos);
}

static vl_value distinct(vm *m, vl_value lv)
{
    const vl_list *src = lv.as.list;
    vl_list *out = new_list(m, src->len ? src->len : 1, src->of_rows, src->table);
    out->tainted = src->tainted; out->cause = src->cause;
    if (src->of_rows && src->len <= 16) {
        /* a few rows (a child's workers): the first of each, by row index
         * (how rows compare), with no sort; what the sort below keeps */
        for (uint32_t i = 0; i < src->len; i++) {
            int32_t r = list_row(src, i);
            uint32_t j = 0;
            while (j < out->len && out->rows[j] != r) j++;
            if (j == out->len) ((int32_t *)out->rows)[out->len++] = r;
        }
        return vl_listv(out);
    }
    if (src->of_rows) {   /* more rows (a team's staff): sorted as (row, position) */
        uint64_t *rp = arena_alloc(&m->ar, src->len * sizeof *rp);
        bool *first = arena_alloc(&m->ar, src->len);
        memset(first, 0, src->len);
        for (uint32_t i = 0; i < src->len; i++) rp[i] = (uint64_t)(uint32_t)list_row(src, i) << 32 | i;
        qsort(rp, src->len, sizeof *rp, cmp_u64);
        for (uint32_t i = 0; i < src->len; i++)
            if (i == 0 || rp[i] >> 32 != rp[i - 1] >> 32) first[(uint32_t)rp[i]] = true;
        for (uint32_t i = 0; i < src->len; i++) if (first[i]) ((int32_t *)out->rows)[out->len++] = list_row(src, i);
        return vl_listv(out);
    }
    /* scratch in the entity's arena: distinct runs once per case or team */
    keyed *ks = arena_alloc(&m->ar, (src->len ? src->len : 1) * sizeof *ks);
    bool *keep = arena_alloc(&m->ar, src->len ? src->len : 1);
    memset(keep, 0, src->len ? src->len : 1);
    for (uint32_t i = 0; i < src->len; i++) ks[i] = (keyed){ list_get(src, i), i };
    qsort(ks, src->len, sizeof *ks, cmp_keyed);
    for (uint32_t i = 0; i < src->len; i++)
        if (i == 0 || ks[i].v.type == VT_MISSING || compare(ks[i - 1].v, ks[i].v) != 0) keep[ks[i].pos] = true;
    for (uint32_t i = 0; i < src->len; i++) {
        if (!keep[i]) continue;
        if (src->of_rows) ((int32_t *)out->rows)[out->len++] = list_row(src, i);
        else out->vals[out->len++] = src->vals[i];
    }
    return vl_listv(out);
}

/* sum, avg, min, max over a list of values; false on overflow. */
static bool fold(vm *m, bc_opcode op, vl_value lv, vl_value *out)
{
    const vl_list *l = lv.as.list;
    *out = vl_missing();
    if (l->tainted) { *out = l->cause; return true; }
    if (l->len == 0) { *out = op == BC_SUM ? vl_int(0) : missing_because(VL_WHY_EMPTY); return true; }
    vl_value acc = list_get(l, 0);
    if (acc.type == VT_MISSING) { *out = acc; return true; }
    for (uint32_t i = 1; i < l->len; i++) {
        vl_value v = list_get(l, i);
        if (v.type == VT_MISSING) { *out = v; return true; }
        if (op == BC_SUM || op == BC_AVG) { if (!vl_rat_add(acc.as.n, v.as.n, &acc.as.n)) return false; }
        else if (op == BC_MIN) { if (compare(v, acc) < 0) acc = v; }
        else if (compare(v, acc) > 0) acc = v;
    }
    (void)m;
    if (op == BC_AVG) { vl_rat n = { (int64_t)l->len, 1 }; if (!vl_rat_div(acc.as.n, n, &acc.as.n)) return false; }
    *out = acc;
    return true;
}

static int cmp_int32(const void *x, const void *y)
{
    int32_t a = *(const int32_t *)x, b = *(const int32_t *)y;
    return (a > b) - (a < b);
}

/* The stretch without an event that matters most, among those that reach
 * the judged window [from, to]. The clock starts on `since` (day 1: the
 * stretch before the first event counts the start day itself); events
 * before `since` or after `to` are ignored, and an event before `from` still
 * ends or starts a stretch: a window's edge is not an event. Against a limit
 * the stretch that ends furthest past its own start + limit counts (so a
 * 29-day stretch from 1 February breaches "monthly" even when a 31-day one
 * from 25 May does not); with no limit, the longest. */
static vl_value gap_of(vm *m, const vl_list *dates, int32_t since, int32_t from, int32_t to, const vl_value *limit)
{
    if (dates->tainted) return dates->cause;
    int32_t *ds = arena_alloc(&m->ar, (dates->len + 1) * sizeof *ds);
    uint32_t n = 0;
    for (uint32_t i = 0; i < dates->len; i++) {
        vl_value d = list_get(dates, i);
        if (d.type == VT_MISSING) return d;
        if (d.as.date >= since && d.as.date <= to) ds[n++] = d.as.date;
    }
    qsort(ds, n, sizeof *ds, cmp_int32);
    vl_value g = {0};
    g.type = VT_GAP;
    g.as.gap.from = g.as.gap.to = from;
    g.as.gap.breach = DT_MISSING;
    if (to < from || to < since) return g;     /* nothing to judge yet: no stretch */
    int32_t prev = since;
    bool at_start = true, have_limit = limit && limit->type == VT_DUR;
    int64_t best = INT64_MIN;
    for (uint32_t i = 0; i <= n; i++) {
        int32_t next = i < n ? ds[i] : to;
        if (next >= from) {
            int32_t base = at_start ? prev - 1 : prev;
            int64_t score = have_limit ? (int64_t)next - dt_add(base, limit->as.dur.months, limit->as.dur.days) : (int64_t)next - base;
            if (score > best) { best = score; g.as.gap.from = prev; g.as.gap.to = next; g.as.gap.start = at_start; }
            if (have_limit && score > 0 && g.as.gap.breach == DT_MISSING) {   /* the earliest breach, for waivers */
                int32_t day = (int32_t)(next - score + 1);
                g.as.gap.breach = day > from ? day : from;
            }
        }
        if (i < n) { prev = next; at_start = false; }
    }
    return g;
}

/* The dates of a list inside [from, to], sorted; NULL (with *why set) when
 * the list is tainted or holds a missing date. */
static int32_t *dates_in(vm *m, const vl_list *dates, int32_t from, int32_t to, uint32_t *n, vl_value *why)
{
    if (dates->tainted) { *why = dates->cause; return NULL; }
    int32_t *ds = arena_alloc(&m->ar, (dates->len + 1) * sizeof *ds);
    *n = 0;
    for (uint32_t i = 0; i < dates->len; i++) {
        vl_value d = list_get(dates, i);
        if (d.type == VT_MISSING) { *why = d; return NULL; }
        if (d.as.date >= from && d.as.date <= to) ds[(*n)++] = d.as.date;
    }
    qsort(ds, *n, sizeof *ds, cmp_int32);
    return ds;
}

/* Calendar periods: missed() lists the whole periods inside [from, to]
 * with no date in them (a period cut by the window's ends is not judged:
 * the month in progress may still get its session); most_in() counts the
 * dates of the busiest period. */
static vl_value calendar(vm *m, bc_builtin fn, const vl_list *dates, int32_t from, int32_t to, vl_value period)
{
    int32_t pm = period.as.dur.months, pd = period.as.dur.days;
    if (dt_period_start(from, pm, pd) == DT_MISSING) return missing_because(VL_WHY_EMPTY);
    uint32_t n = 0;
    vl_value why;
    int32_t *ds = dates_in(m, dates, from, to, &n, &why);
    if (!ds) return why;
    if (fn == BI_MOST) {
        int64_t best = 0, run = 0;
        for (uint32_t i = 0; i < n; i++) {
            run = i > 0 && dt_period_start(ds[i], pm, pd) == dt_period_start(ds[i - 1], pm, pd) ? run + 1 : 1;
            if (run > best) best = run;
        }
        return vl_int(best);
    }
    vl_list *out = new_list(m, 0, false, 0);
    int32_t p = dt_period_start(from, pm, pd);
    if (p < from) p = dt_add(p, pm, pd);          /* the first whole period */
    uint32_t i = 0;
    for (; dt_add(p, pm, pd) - 1 <= to; p = dt_add(p, pm, pd)) {
        int32_t end = dt_add(p, pm, pd) - 1;
        while (i < n && ds[i] < p) i++;
        if (!(i < n && ds[i] <= end)) append(m, out, vl_date(p));
        if (m->budget-- == 0) break;              /* a window of millennia is not judged forever */
    }
    return vl_listv(out);
}

static int32_t months_between(int32_t a, int32_t b)
{
    int32_t ya, ma, da, yb, mb, db;
    dt_to_civil(a, &ya, &ma, &da);
    dt_to_civil(b, &yb, &mb, &db);
    int32_t months = (yb - ya) * 12 + (mb - ma);
    if (months > 0 && dt_add(a, months, 0) > b) months--;
    else if (months < 0 && dt_add(a, months, 0) < b) months++;
    return months;
}

static vl_value call_builtin(vm *m, bc_builtin fn, const vl_value *args)
{
    int needed = fn == BI_GAP ? 4 : fn == BI_DANGLING ? 0 : bc_builtins[fn].arity;   /* gap's limit may be missing */
    for (int i = 0; i < needed; i++)
        if (args[i].type == VT_MISSING) return args[i];
    switch (fn) {
    case BI_GAP: return gap_of(m, args[0].as.list, args[1].as.date, args[2].as.date, args[3].as.date, &args[4]);
    case BI_DAYS_BETWEEN: return vl_int((int64_t)args[1].as.date - args[0].as.date);
    case BI_MONTHS_BETWEEN: return vl_int(months_between(args[0].as.date, args[1].as.date));
    case BI_YEARS_BETWEEN: return vl_int(months_between(args[0].as.date, args[1].as.date) / 12);
    case BI_MONTH: { int32_t y, mo, d; dt_to_civil(args[0].as.date, &y, &mo, &d); return vl_int(mo); }
    case BI_YEAR: { int32_t y, mo, d; dt_to_civil(args[0].as.date, &y, &mo, &d); return vl_int(y); }
    case BI_MISSED: case BI_MOST: return calendar(m, fn, args[0].as.list, args[1].as.date, args[2].as.date, args[3]);
    case BI_DANGLING: return vl_bool(is_dangling(args[0]));
    case BI_LONGEST: break;   /* DAYS / DAY / RUN */
    case BI__COUNT: break;
    }
    return vl_missing();
}

/* Values that hold no pointer into the entity's scratch memory: the ones a
 * memo may keep past it. */
static bool memo_keeps(vl_value v)
{
    switch ((vl_type)v.type) {
    case VT_MISSING: case VT_BOOL: case VT_NUM: case VT_DATE: case VT_DUR:
    case VT_ROLE: case VT_ROLESET: case VT_ROW: case VT_GAP: return true;
    case VT_TEXT: case VT_LIST: return false;
    }
    return false;
}

static void remember(vm *m, vl_value row, uint32_t t, uint32_t n, vl_value v)
{
    memo_slot *s = &m->memo[n];
    if (row.type != VT_ROW || row.as.row.table != t || !memo_keeps(v)) return;
    if (!s->have) {
        s->table = t;
        s->nrows = m->st->tables[t].nrows;
        /* one value per row of the table, written in row order of whatever
         * loop gets there first: huge pages, or a fault per 4 KiB of it
         * (half the time of a rule counting open cases at england scale) */
        s->v = st_big_alloc((s->nrows ? s->nrows : 1) * sizeof *s->v);
        s->have = st_big_alloc(s->nrows ? s->nrows : 1);
        memset(s->have, 0, s->nrows ? s->nrows : 1);
    }
    if (s->table != t || row.as.row.row < 0 || (uint32_t)row.as.row.row >= s->nrows) return;
    s->v[row.as.row.row] = v;
    s->have[row.as.row.row] = 1;
}

/* ---- the loop ------------------------------------------------------------ */

#define PUSH(v) (m->stack[sp++] = (v))
#define POP() (m->stack[--sp])
#define TOP() (m->stack[sp - 1])
#define OPERAND(k) rd32(code + pc + 1 + 4 * (k))
#define CHARGE() do { if (m->budget-- == 0) { runtime_error(m, pc, "evaluation budget exhausted (%llu loop steps): this rule does too much work; raise it with --budget", (unsigned long long)m->o->budget); return; } } while (0)

static void run_rule(vm *m, uint32_t entry)
{
    const bc_program *p = m->p;
    const uint8_t *code = p->code;
    uint32_t pc = entry, sp = 0;
    m->entity = vl_missing();
    m->as_of = m->o->as_of;   /* a rule stopped inside a DAYS loop leaves no day behind */
    m->ndays = 0;
    for (;;) {
        bc_opcode op = (bc_opcode)code[pc];
        uint32_t next = pc + bc_insn_len(code[pc]);
        switch (op) {
        case BC_NOP: break;
        case BC_CONST: PUSH(p->consts[OPERAND(0)]); break;
        case BC_MISSING: PUSH(vl_missing()); break;
        case BC_ASOF: PUSH(vl_date(m->as_of)); break;
        case BC_LOAD: PUSH(m->locals[OPERAND(0)]); break;
        case BC_STORE: m->locals[OPERAND(0)] = POP(); break;
        case BC_POP: sp--; break;
        case BC_TABLE: {
            const st_table *tab = &m->st->tables[OPERAND(0)];
            vl_list *l;
            if (pc == m->subset_pc) {
                /* vm_run_rule_rows: the rule's `for each` over some of its rows */
                l = new_list(m, m->nsubset, true, OPERAND(0));
                for (uint32_t i = 0; i < m->nsubset; i++)
                    if (!(tab->deleted && tab->deleted[m->subset[i]])) ((int32_t *)l->rows)[l->len++] = m->subset[i];
            } else if (tab->deleted) {
                l = new_list(m, tab->nrows, true, OPERAND(0));
                for (uint32_t r = 0; r < tab->nrows; r++)
                    if (!tab->deleted[r]) ((int32_t *)l->rows)[l->len++] = (int32_t)r;
            } else {
                l = arena_alloc(&m->ar, sizeof *l);
                memset(l, 0, sizeof *l);
                l->of_rows = true; l->table = OPERAND(0);
                l->len = tab->nrows;
            }
            PUSH(vl_listv(l));
            break;
        }
        case BC_FIELD: { vl_value o = POP(); PUSH(field_of(m, o, OPERAND(0), OPERAND(1))); break; }
        case BC_LINK: { vl_value o = POP(); PUSH(link_of(m, o, OPERAND(0))); break; }
        case BC_NEG: {
            vl_value a = POP();
            if (a.type == VT_NUM) { if (a.as.n.num == INT64_MIN) { runtime_error(m, pc, "number too large"); return; } a.as.n.num = -a.as.n.num; }
            PUSH(a);
            break;
        }
        case BC_ADD: case BC_SUB: case BC_MUL: case BC_DIV: {
            vl_value b = POP(), a = POP(), r = vl_missing();
            if (a.type == VT_MISSING || b.type == VT_MISSING) { PUSH(either_missing(a, b)); break; }
            bool ok = true;
            if (a.type == VT_NUM && b.type == VT_NUM) {
                r.type = VT_NUM;
                if (op == BC_ADD) ok = vl_rat_add(a.as.n, b.as.n, &r.as.n);
                else if (op == BC_SUB) ok = vl_rat_sub(a.as.n, b.as.n, &r.as.n);
                else if (op == BC_MUL) ok = vl_rat_mul(a.as.n, b.as.n, &r.as.n);
                else if (b.as.n.num == 0) r = missing_because(VL_WHY_DIV_ZERO);
                else ok = vl_rat_div(a.as.n, b.as.n, &r.as.n);
            } else if (a.type == VT_DATE && b.type == VT_DUR) {
                int32_t sign = op == BC_SUB ? -1 : 1;
                r = vl_date(dt_add(a.as.date, sign * b.as.dur.months, sign * b.as.dur.days));
            } else if (a.type == VT_DATE && b.type == VT_DATE) {
                r = vl_int((int64_t)a.as.date - b.as.date);
            } else if (a.type == VT_LIST && b.type == VT_LIST) {
                const vl_list *x = a.as.list, *y = b.as.list;
                vl_list *l = new_list(m, x->len + y->len + 1, x->of_rows, x->table);
                if (x->tainted) taint(l, x->cause); else if (y->tainted) taint(l, y->cause);
                for (uint32_t i = 0; i < x->len; i++) { if (l->of_rows) ((int32_t *)l->rows)[l->len++] = list_row(x, i); else l->vals[l->len++] = x->vals[i]; }
                for (uint32_t i = 0; i < y->len; i++) { if (l->of_rows) ((int32_t *)l->rows)[l->len++] = list_row(y, i); else l->vals[l->len++] = y->vals[i]; }
                r = vl_listv(l);
            }
            if (!ok) { runtime_error(m, pc, "number too large to hold exactly"); return; }
            PUSH(r);
            break;
        }
        case BC_DUR: {
            vl_value a = POP();
            if (a.type == VT_MISSING) { PUSH(a); break; }
            if (a.as.n.den != 1 || a.as.n.num > 100000 || a.as.n.num < -100000) { runtime_error(m, pc, "a duration must be a whole number (within 100000)"); return; }
            int32_t k = (int32_t)a.as.n.num;
            switch (OPERAND(0)) {
            case 0: PUSH(vl_dur(0, k)); break;
            case 1: PUSH(vl_dur(0, 7 * k)); break;
            case 2: PUSH(vl_dur(k, 0)); break;
            default: PUSH(vl_dur(12 * k, 0)); break;
            }
            break;
        }
        case BC_EQ: case BC_NE: case BC_LT: case BC_LE: case BC_GT: case BC_GE: {
            vl_value b = POP(), a = POP();
            if (a.type == VT_MISSING || b.type == VT_MISSING) { PUSH(either_missing(a, b)); break; }
            int c = compare(a, b);
            bool r = op == BC_EQ ? c == 0 : op == BC_NE ? c != 0 : op == BC_LT ? c < 0 :
                     op == BC_LE ? c <= 0 : op == BC_GT ? c > 0 : c >= 0;
            PUSH(vl_bool(r));
            break;
        }
        case BC_NOT: { vl_value a = POP(); PUSH(a.type == VT_MISSING ? a : vl_bool(!a.as.b)); break; }
        case BC_AND: case BC_OR: {
            vl_value b = POP(), a = POP();
            bool wins = op == BC_OR;   /* the value that decides regardless of the other */
            if ((a.type == VT_BOOL && a.as.b == wins) || (b.type == VT_BOOL && b.as.b == wins)) PUSH(vl_bool(wins));
            else if (a.type == VT_MISSING || b.type == VT_MISSING) PUSH(either_missing(a, b));
            else PUSH(vl_bool(!wins));
            break;
        }
        case BC_DEFAULT: { vl_value b = POP(), a = POP(); PUSH(a.type == VT_MISSING ? b : a); break; }
        case BC_SELECT: { vl_value b = POP(), a = POP(), c = POP(); PUSH(c.type == VT_MISSING ? c : c.as.b ? a : b); break; }
        case BC_ISMISSING: { vl_value a = POP(); PUSH(is_dangling(a) ? a : vl_bool(a.type == VT_MISSING)); break; }
        case BC_IN: {
            vl_value b = POP(), a = POP();
            if (a.type == VT_MISSING || b.type == VT_MISSING) { PUSH(either_missing(a, b)); break; }
            if (b.type == VT_ROLESET) { PUSH(vl_bool(a.type == VT_ROLE && (b.as.roles >> a.as.role & 1))); break; }
            if (a.type == VT_ROW && b.as.list->of_rows) {   /* rows are never missing in a list of rows */
                PUSH(row_in(b.as.list, a.as.row.row) ? vl_bool(true) : b.as.list->tainted ? b.as.list->cause : vl_bool(false));
                break;
            }
            bool found = false, unknown = b.as.list->tainted;
            vl_value why = b.as.list->cause;
            for (uint32_t i = 0; i < b.as.list->len && !found; i++) {
                vl_value e = list_get(b.as.list, i);
                if (e.type == VT_MISSING) { if (!unknown) why = e; unknown = true; }
                else if (e.type == a.type && compare(a, e) == 0) found = true;
            }
            PUSH(found ? vl_bool(true) : unknown ? why : vl_bool(false));
            break;
        }
        case BC_MKLIST: {
            uint32_t n = OPERAND(0);
            vl_list *l = new_list(m, n ? n : 1, false, 0);
            sp -= n;
            for (uint32_t i = 0; i < n; i++) l->vals[l->len++] = m->stack[sp + i];
            PUSH(vl_listv(l));
            break;
        }
        case BC_CONCAT: {
            uint32_t n = OPERAND(0);
            size_t cap = 256, used = 0;
            char *buf = arena_alloc(&m->ar, cap);
            sp -= n;
            for (uint32_t i = 0; i < n; i++) {
                char part[512];
                vl_value v = m->stack[sp + i];
                if (v.type == VT_TEXT) snprintf(part, sizeof part, "%s", v.as.s);
                else vm_format_value(p, m->st, v, part, sizeof part);
                size_t len = strlen(part);
                if (used + len + 1 > cap) {
                    size_t nc = (used + len + 1) * 2;
                    char *nb = arena_alloc(&m->ar, nc);
                    memcpy(nb, buf, used);
                    buf = nb; cap = nc;
                }
                memcpy(buf + used, part, len);
                used += len;
            }
            buf[used] = 0;
            PUSH(vl_text(buf));
            break;
        }
        case BC_COUNT: {
            vl_value a = POP();
            PUSH(a.type != VT_LIST ? vl_missing() : a.as.list->tainted ? a.as.list->cause : vl_int(a.as.list->len));
            break;
        }
        case BC_SUM: case BC_AVG: case BC_MIN: case BC_MAX: {
            vl_value a = POP(), r;
            if (a.type != VT_LIST) { PUSH(vl_missing()); break; }
            if (!fold(m, op, a, &r)) { runtime_error(m, pc, "number too large to hold exactly"); return; }
            PUSH(r);
            break;
        }
        case BC_ANY: case BC_ALL: {
            vl_value a = POP();
            if (a.type != VT_LIST) { PUSH(vl_missing()); break; }
            bool wins = op == BC_ANY, unknown = a.as.list->tainted, decided = false;
            vl_value why = a.as.list->cause;
            for (uint32_t i = 0; i < a.as.list->len && !decided; i++) {
                vl_value e = a.as.list->vals[i];
                if (e.type == VT_MISSING) { if (!unknown) why = e; unknown = true; }
                else if (e.as.b == wins) decided = true;
            }
            PUSH(decided ? vl_bool(wins) : unknown ? why : vl_bool(!wins));
            break;
        }
        case BC_DISTINCT: { vl_value a = POP(); PUSH(a.type == VT_LIST ? distinct(m, a) : a); break; }
        case BC_JUMP: {
            uint32_t target = OPERAND(0);
            if (target <= pc) CHARGE();
            next = target;
            break;
        }
        case BC_ITER: {
            uint32_t l = OPERAND(0);
            vl_value v = POP();
            if (v.type == VT_MISSING) {
                /* a collection that cannot be known: nothing to visit, and
                 * whatever is built from it is unknown too (see KEEP) */
                vl_list *empty = new_list(m, 0, false, 0);
                taint(empty, v);
                v = vl_listv(empty);
            }
            m->locals[l] = v;
            m->locals[l + 1] = vl_int(0);
            break;
        }
        case BC_NEXT: {
            uint32_t l = OPERAND(0);
            CHARGE();
            vl_value lv = m->locals[l];
            int64_t i = m->locals[l + 1].as.n.num;
            if (lv.type != VT_LIST || i >= (int64_t)lv.as.list->len) { next = OPERAND(1); break; }
            m->locals[l + 2] = list_get(lv.as.list, (uint32_t)i);
            m->locals[l + 1].as.n.num = i + 1;
            break;
        }
        case BC_NEWLIST: {
            vl_list *l = new_list(m, 0, false, 0);
            m->locals[OPERAND(0)] = vl_listv(l);
            break;
        }
        case BC_KEEP: {
            vl_value c = POP();
            vl_value elem = m->locals[OPERAND(0) + 2];
            vl_list *out = m->locals[OPERAND(1)].as.list;
            if (c.type == VT_MISSING) { taint(out, c); break; }
            if (c.as.b) append(m, out, elem);
            break;
        }
        case BC_APPEND: {
            vl_value v = POP();
            append(m, m->locals[OPERAND(0)].as.list, v);
            break;
        }
        case BC_MARK: arena_mark(&m->ar); break;
        case BC_ENTITY:
            arena_release(&m->ar);
            m->entity = m->locals[OPERAND(0)];
            break;
        case BC_GUARD: {
            vl_value c = POP();
            if (c.type == VT_MISSING) {
                const bc_rule *r = &p->rules[OPERAND(0)];
                for (uint32_t q = 0; q < r->nreqs; q++) record_unknown(m, r->first_req + q, c);
                next = OPERAND(1);
            } else if (!c.as.b) next = OPERAND(1);
            break;
        }
        case BC_REQ: {
            vl_value c = POP();
            uint32_t q = OPERAND(0);
            if (c.type == VT_MISSING) { record_unknown(m, q, c); next = OPERAND(1); }
            else if (c.as.b) {
                m->res->per_req[q].pass++;
                if (m->o->explain) m->passing = true;   /* go on to the evidence, recorded as a pass */
                else next = OPERAND(1);
            }
            break;
        }
        case BC_FAIL: {
            vl_value msg = POP(), limit = POP(), measured = POP();
            uint32_t q = OPERAND(0);
            bool passed = m->passing;
            m->passing = false;
            vm_finding *f = new_finding(m, q, passed ? VM_PASS : VM_FAIL);
            if (!passed) m->res->per_req[q].fail++;
            if (measured.type != VT_MISSING || limit.type != VT_MISSING) {
                f->measured = format_dup(m, measured);
                f->limit = format_dup(m, limit);
            }
            if (!passed && measured.type == VT_GAP) breach_dates(f, measured, limit);
            /* an otherwise message describes a failure, so a pass shows the measured value */
            if (msg.type == VT_TEXT && !passed && p->reqs[q].note) {
                char *head = default_message(&p->reqs[q], f->measured, f->limit);
                size_t len = strlen(head) + strlen(msg.as.s) + 3;
                f->message = malloc(len);
                if (!f->message) abort();
                snprintf(f->message, len, "%s; %s", head, msg.as.s);
                free(head);
            } else
                f->message = msg.type == VT_TEXT && !passed ? xstrdup(msg.as.s) : default_message(&p->reqs[q], f->measured, f->limit);
            if (passed && !f->measured) { free(f->message); f->message = xstrdup("holds"); }
            break;
        }
        case BC_RET: return;
        case BC_FOCUS:
            if (m->o->focus && (m->entity.type != VT_ROW || (int32_t)m->entity.as.row.table != m->o->focus_table ||
                                m->entity.as.row.row != m->o->focus_row))
                next = OPERAND(0);
            break;
        case BC_RESULT: m->result = POP(); m->have_result = true; break;
        case BC_TAINT: {
            vl_value src = m->locals[OPERAND(0)], out = m->locals[OPERAND(1)];
            if (src.type == VT_LIST && src.as.list->tainted && out.type == VT_LIST) taint(out.as.list, src.as.list->cause);
            break;
        }
        case BC_CALL: {
            uint32_t n = OPERAND(0);
            sp -= n;
            vl_value r = call_builtin(m, (bc_builtin)OPERAND(1), m->stack + sp);
            PUSH(r);
            break;
        }
        case BC_BETWEEN: {
            vl_value hi = POP(), lo = POP(), x = POP();
            if (x.type == VT_MISSING || lo.type == VT_MISSING || hi.type == VT_MISSING) {
                PUSH(x.type == VT_MISSING ? x : either_missing(lo, hi));
                break;
            }
            if (OPERAND(0) == 1) {
                int32_t y, mo, d;
                dt_to_civil(x.as.date, &y, &mo, &d);
                int64_t a = lo.as.n.num, b = hi.as.n.num;
                PUSH(vl_bool(a <= b ? (mo >= a && mo <= b) : (mo >= a || mo <= b)));
            } else PUSH(vl_bool(compare(lo, x) <= 0 && compare(x, hi) <= 0));
            break;
        }
        case BC_MEMO: {
            vl_value r = TOP();
            const memo_slot *s = &m->memo[OPERAND(1)];
            if (m->as_of == m->o->as_of && r.type == VT_ROW && s->have && s->table == OPERAND(0) && r.as.row.table == s->table &&
                r.as.row.row >= 0 && (uint32_t)r.as.row.row < s->nrows && s->have[r.as.row.row]) {
                TOP() = s->v[r.as.row.row];
                next = OPERAND(2);
            }
            break;
        }
        case BC_REMEMBER:   /* the memo holds values as of the run's date, not a DAYS loop's day */
            if (m->as_of == m->o->as_of) remember(m, m->locals[OPERAND(0)], OPERAND(1), OPERAND(2), TOP());
            break;
        case BC_DAYS: {
            vl_value to = POP(), from = POP();
            if (m->ndays == BC_MAX_DAYS) { runtime_error(m, pc, "longest() nested more than %d deep", BC_MAX_DAYS); return; }
            day_loop *d = &m->days[m->ndays++];
            *d = (day_loop){ .run_start = DT_MISSING, .best_from = DT_MISSING, .best_to = DT_MISSING, .saved_as_of = m->as_of };
            if (from.type == VT_MISSING || to.type == VT_MISSING) {
                d->missing = either_missing(from, to);
                d->have_missing = true;
                next = OPERAND(0);
                break;
            }
            d->day = d->from = from.as.date;
            d->to = to.as.date;
            if (d->to < d->from) { next = OPERAND(0); break; }
            m->as_of = d->day;
            break;
        }
        case BC_DAY: {
            vl_value c = POP();
            if (m->ndays == 0) { runtime_error(m, pc, "DAY outside DAYS"); return; }
            day_loop *d = &m->days[m->ndays - 1];
            if (c.type == VT_MISSING && !d->have_missing) { d->missing = c; d->have_missing = true; }
            bool held = c.type == VT_BOOL && c.as.b;
            if (held && d->run_start == DT_MISSING) d->run_start = d->day;
            bool last = d->day >= d->to;
            if (d->run_start != DT_MISSING && (!held || last)) {
                int32_t end = held ? d->day : d->day - 1;
                if (d->best_from == DT_MISSING || end - d->run_start > d->best_to - d->best_from) {
                    d->best_from = d->run_start;
                    d->best_to = end;
                }
                d->run_start = DT_MISSING;
            }
            if (last) { m->as_of = d->saved_as_of; break; }
            CHARGE();
            m->as_of = ++d->day;
            next = OPERAND(0);
            break;
        }
        case BC_RUN: {
            if (m->ndays == 0) { runtime_error(m, pc, "RUN outside DAYS"); return; }
            day_loop *d = &m->days[--m->ndays];
            m->as_of = d->saved_as_of;
            if (d->have_missing) { PUSH(d->missing); break; }
            vl_value g = {0};
            g.type = VT_GAP;
            g.as.gap.run = true;
            g.as.gap.breach = DT_MISSING;
            if (d->best_from == DT_MISSING) {
                g.as.gap.none = true;
                g.as.gap.from = d->from;
                g.as.gap.to = d->to;
            } else {
                g.as.gap.from = d->best_from;
                g.as.gap.to = d->best_to;
                g.as.gap.start = d->best_from == d->from;
            }
            PUSH(g);
            break;
        }
        case BC__COUNT: runtime_error(m, pc, "bad opcode"); return;
        }
        if (m->error) return;
        pc = next;
    }
}

vm_machine *vm_new(const bc_program *p, const st_store *st, const vm_options *o, vm_results *res, dg_context *dc)
{
    vm *m = calloc(1, sizeof *m);
    if (!m) abort();
    m->p = p; m->st = st; m->o = o; m->res = res; m->dc = dc;
    if (!res->per_req) {
        res->per_req = calloc(p->nreqs ? p->nreqs : 1, sizeof *res->per_req);
        if (!res->per_req) abort();
    }
    m->nstack = p->max_stack + 1; m->nlocals = p->nlocals + 1;
    m->stack = calloc(m->nstack, sizeof *m->stack);
    m->locals = calloc(m->nlocals, sizeof *m->locals);
    if (!m->stack || !m->locals) abort();
    m->budget = m->budget_start = o->budget ? o->budget : VM_DEFAULT_BUDGET;
    m->as_of = o->as_of;
    m->subset_pc = UINT32_MAX;
    return m;
}

static void reset_arena(vm *m)
{
    arena_free(&m->ar);
    m->ar.mark_chunk = NULL; m->ar.mark_used = 0;
}

bool vm_run_rule(vm *m, uint32_t rule)
{
    m->error = false;
    m->passing = false;
    run_rule(m, m->p->rules[rule].entry);
    reset_arena(m);
    m->res->steps = m->budget_start - m->budget;
    return !m->error;
}

bool vm_run_rule_rows(vm *m, uint32_t rule, uint32_t pc, const int32_t *rows, uint32_t n)
{
    m->subset_pc = pc;
    m->subset = rows;
    m->nsubset = n;
    bool ok = vm_run_rule(m, rule);
    m->subset_pc = UINT32_MAX;
    m->subset = NULL;
    m->nsubset = 0;
    return ok;
}

bool vm_eval(vm *m, uint32_t entry, vl_value *out)
{
    if (m->p->max_stack + 1 > m->nstack || m->p->nlocals + 1 > m->nlocals) {
        m->nstack = m->p->max_stack + 1; m->nlocals = m->p->nlocals + 1;
        free(m->stack); free(m->locals);
        m->stack = calloc(m->nstack, sizeof *m->stack);
        m->locals = calloc(m->nlocals, sizeof *m->locals);
        if (!m->stack || !m->locals) abort();
    }
    reset_arena(m);
    m->error = false;
    m->have_result = false;
    run_rule(m, entry);
    m->res->steps = m->budget_start - m->budget;
    *out = m->have_result ? m->result : vl_missing();
    return !m->error;
}

void vm_free(vm *m)
{
    if (!m) return;
    for (uint32_t i = 0; i < BC_MAX_MEMO; i++) { free(m->memo[i].v); free(m->memo[i].have); }
    arena_free(&m->ar);
    free(m->stack); free(m->locals);
    free(m);
}

bool vm_run(const bc_program *p, const st_store *st, const vm_options *o, vm_results *res, dg_context *dc)
{
    memset(res, 0, sizeof *res);
    vm *m = vm_new(p, st, o, res, dc);
    bool ok = true;
    for (uint32_t r = 0; r < p->nrules && ok; r++) ok = vm_run_rule(m, r);
    vm_free(m);
    return ok;
}

void vm_results_free(vm_results *res)
{
    for (uint32_t i = 0; i < res->n; i++) {
        vm_finding *f = &res->items[i];
        free(f->entity); free(f->entity_id); free(f->measured); free(f->limit);
        free(f->message); free(f->missing); free(f->missing_at);
    }
    free(res->items); free(res->per_req);
    memset(res, 0, sizeof *res);
}
