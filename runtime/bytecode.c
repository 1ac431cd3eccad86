/* bytecode.c — the program image: opcode table, file format, loader,
 * verifier, disassembler.  File: magic, u32 version, u32 payload length, u32
 * FNV-1a-32 of the payload, then little-endian fixed-width sections.
 * Owns: making a loaded image safe to run — every read bounds-checked, every
 * operand and stack depth verified before the VM sees it.
 * Does not own: producing code (lang/compile.c) or running it (vm.c). */
#include "bytecode.h"
#include "date.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

const bc_opinfo bc_ops[BC__COUNT] = {
#define X(name, operands, pop, push, contract) { #name, operands, pop, push, contract },
    CADRE_OPCODES(X)
#undef X
};

const bc_builtininfo bc_builtins[BI__COUNT] = {
#define X(id, name, arity, contract) { name, arity, contract },
    CADRE_BUILTINS(X)
#undef X
};

/* Unknown opcodes have 0 here and count as one byte (bc_insn_len), so a walk
 * over bad code still moves on. */
const uint8_t bc_insn_lens[256] = {
#define X(name, operands, pop, push, contract) [BC_##name] = 1 + 4 * (sizeof(operands) - 1),
    CADRE_OPCODES(X)
#undef X
};

static uint32_t get32(const uint8_t *b)
{
    return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

/* Operand i of the instruction at pc; the caller has checked the length. */
static uint32_t operand(const bc_program *p, uint32_t pc, unsigned i)
{
    return get32(p->code + pc + 1 + 4 * i);
}

/* FNV-1a: a single changed byte always changes the result (each step is a
 * bijection of the state), which is the corruption we expect from disks and
 * hand edits; it is not meant to resist deliberate tampering — the loader's
 * bounds checks and the verifier are what make hostile images safe. */
static uint32_t fnv1a(const uint8_t *d, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) { h ^= d[i]; h *= 16777619u; }
    return h;
}

void bc_free(bc_program *p)
{
    if (!p) return;
    sc_free(&p->schema);
    free(p->queries);
    for (uint32_t i = 0; i < p->nconsts; i++)
        if (p->consts[i].type == VT_TEXT) free((char *)p->consts[i].as.s);
    free(p->consts);
    for (uint32_t i = 0; i < p->nrules; i++) {
        free(p->rules[i].name);
        free(p->rules[i].title);
        free(p->rules[i].origin);
    }
    free(p->rules);
    for (uint32_t i = 0; i < p->nreqs; i++) {
        free(p->reqs[i].measure);
        free(p->reqs[i].relation);
    }
    free(p->reqs);
    for (uint32_t i = 0; i < p->noverrides; i++) {
        free(p->overrides[i].what);
        free(p->overrides[i].target_origin);
        free(p->overrides[i].reason);
    }
    free(p->overrides);
    free(p->code);
    free(p->spans);
    free(p->policy_name);
    memset(p, 0, sizeof *p);
}

dg_span bc_span_at(const bc_program *p, uint32_t pc)
{
    /* the last entry whose pc is <= pc covers it */
    uint32_t lo = 0, hi = p->nspans;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (p->spans[mid].pc <= pc) lo = mid + 1; else hi = mid;
    }
    if (lo == 0) return (dg_span){0};
    return p->spans[lo - 1].span;
}

/* ---- writing ---------------------------------------------------------- */

typedef struct {
    uint8_t *d;
    size_t len, cap;
    bool bad;              /* out of memory or a value that cannot be encoded */
} wbuf;

static void put(wbuf *w, const void *src, size_t n)
{
    if (w->bad) return;
    if (n > w->cap - w->len) {
        size_t cap = w->cap ? w->cap : 256;
        while (cap - w->len < n) {
            if (cap > SIZE_MAX / 2) { w->bad = true; return; }
            cap *= 2;
        }
        uint8_t *d = realloc(w->d, cap);
        if (!d) { w->bad = true; return; }
        w->d = d;
        w->cap = cap;
    }
    if (n) memcpy(w->d + w->len, src, n);
    w->len += n;
}

static void put_u8(wbuf *w, uint8_t v) { put(w, &v, 1); }

static void put_u32(wbuf *w, uint32_t v)
{
    uint8_t b[4] = { (uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24) };
    put(w, b, 4);
}

static void put_i32(wbuf *w, int32_t v) { put_u32(w, (uint32_t)v); }

static void put_u64(wbuf *w, uint64_t v)
{
    put_u32(w, (uint32_t)v);
    put_u32(w, (uint32_t)(v >> 32));
}

static void put_str(wbuf *w, const char *s)
{
    if (!s) { put_u32(w, UINT32_MAX); return; }
    size_t n = strlen(s);
    if (n >= UINT32_MAX) { w->bad = true; return; }
    put_u32(w, (uint32_t)n);
    put(w, s, n);
}

static void put_span(wbuf *w, dg_span sp)
{
    put_u32(w, sp.file);
    put_u32(w, sp.start);
    put_u32(w, sp.end);
}

static void put_schema(wbuf *w, const sc_schema *s)
{
    put_u32(w, s->ntables);
    for (uint32_t t = 0; t < s->ntables; t++) {
        const sc_table *tb = &s->tables[t];
        put_str(w, tb->name);
        put_str(w, tb->file);
        put_i32(w, tb->key_col);
        put_i32(w, tb->name_col);
        put_i32(w, tb->role_col);
        put_u32(w, tb->ncols);
        for (uint32_t c = 0; c < tb->ncols; c++) {
            const sc_column *col = &tb->cols[c];
            put_str(w, col->name);
            put_u8(w, col->type);
            put_u8(w, col->optional);
            put_u8(w, col->key);
            put_i32(w, col->ref_table);
            put_u32(w, col->ncodes);
            for (uint32_t k = 0; k < col->ncodes; k++) put_str(w, col->codes[k]);
        }
    }
    put_u32(w, s->nlinks);
    for (uint32_t l = 0; l < s->nlinks; l++) {
        put_str(w, s->links[l].name);
        put_u32(w, s->links[l].on);
        put_u32(w, s->links[l].from_table);
        put_u32(w, s->links[l].from_column);
    }
    put_u32(w, s->nroles);
    for (uint32_t r = 0; r < s->nroles; r++) put_str(w, s->roles[r]);
}

static void put_const(wbuf *w, vl_value v)
{
    put_u8(w, v.type);
    switch (v.type) {
    case VT_MISSING: break;
    case VT_BOOL: put_u8(w, v.as.b); break;
    case VT_NUM: put_u64(w, (uint64_t)v.as.n.num); put_u64(w, (uint64_t)v.as.n.den); break;
    case VT_TEXT: if (!v.as.s) w->bad = true; else put_str(w, v.as.s); break;
    case VT_DATE: put_i32(w, v.as.date); break;
    case VT_DUR: put_i32(w, v.as.dur.months); put_i32(w, v.as.dur.days); break;
    case VT_ROLE: put_u8(w, v.as.role); break;
    case VT_ROLESET: put_u64(w, v.as.roles); break;
    default: w->bad = true; break; /* rows and lists only exist at run time */
    }
}

/* The section order below is the file format: any change to it, or to a
 * field's width, must bump BC_VERSION so old readers refuse the file instead
 * of misreading it.  get_payload mirrors it line for line. */
static void put_payload(wbuf *w, const bc_program *p, const dg_context *dc)
{
    uint32_t nfiles = dc && dc->nfiles > 0 ? dc->nfiles - 1 : 0;
    put_u32(w, nfiles);
    for (uint32_t f = 1; f <= nfiles; f++) {
        const dg_file *file = &dc->files[f];
        put_str(w, file->name);
        put_u32(w, file->len);
        put_u32(w, file->nlines);
        for (uint32_t i = 0; i < file->nlines; i++) put_u32(w, file->line_starts[i]);
        /* the text, so errors from a compiled file show the source line */
        uint8_t has_text = file->text != NULL;
        put(w, &has_text, 1);
        if (has_text) put(w, file->text, file->len);
    }
    put_str(w, p->policy_name);
    put_schema(w, &p->schema);
    put_u32(w, p->nconsts);
    for (uint32_t i = 0; i < p->nconsts; i++) put_const(w, p->consts[i]);
    put_u32(w, p->ncode);
    put(w, p->code, p->ncode);
    put_u32(w, p->nspans);
    for (uint32_t i = 0; i < p->nspans; i++) {
        put_u32(w, p->spans[i].pc);
        put_span(w, p->spans[i].span);
    }
    put_u32(w, p->nrules);
    for (uint32_t i = 0; i < p->nrules; i++) {
        const bc_rule *r = &p->rules[i];
        put_str(w, r->name);
        put_str(w, r->title);
        put_str(w, r->origin);
        put_span(w, r->span);
        put_u32(w, r->entry);
        put_i32(w, r->table);
        put_u32(w, r->first_req);
        put_u32(w, r->nreqs);
    }
    put_u32(w, p->nreqs);
    for (uint32_t i = 0; i < p->nreqs; i++) {
        const bc_req *q = &p->reqs[i];
        put_u32(w, q->rule);
        put_u8(w, q->severity);
        put_u8(w, q->note);
        put_span(w, q->span);
        put_str(w, q->measure);
        put_str(w, q->relation);
    }
    put_u32(w, p->nlocals);
    put_u32(w, p->noverrides);
    for (uint32_t i = 0; i < p->noverrides; i++) {
        const bc_override *o = &p->overrides[i];
        put_str(w, o->what);
        put_str(w, o->target_origin);
        put_str(w, o->reason);
        put_span(w, o->span);
        put_u8(w, o->intended);
    }
}

/* The payload is built in memory because the header carries its length and
 * checksum; nothing reaches out unless the whole image could be encoded. */
bool bc_write(const bc_program *p, const dg_context *dc, FILE *out)
{
    wbuf w = {0};
    put_payload(&w, p, dc);
    if (!w.bad && w.len > UINT32_MAX) w.bad = true;
    bool ok = !w.bad;
    if (ok) {
        wbuf h = {0};
        put(&h, BC_MAGIC, 8);
        put_u32(&h, BC_VERSION);
        put_u32(&h, (uint32_t)w.len);
        put_u32(&h, fnv1a(w.d, w.len));
        ok = !h.bad && fwrite(h.d, 1, h.len, out) == h.len
             && fwrite(w.d, 1, w.len, out) == w.len;
        free(h.d);
    }
    free(w.d);
    return ok;
}

/* ---- reading ---------------------------------------------------------- */

/* Reads are sticky: after the first failure every get returns zero and the
 * first reason is kept, so the section readers can stay straight-line and
 * test once before anything depends on a value (allocation sizes, indexes). */
typedef struct {
    const uint8_t *d;
    size_t len, pos;
    const char *why;       /* NULL until the first failure */
    char detail[160];      /* reason text for failures that carry numbers */
    uint32_t version;      /* the file's format version (BC_OLDEST_VERSION .. BC_VERSION) */
} rbuf;

static void fail(rbuf *r, const char *why)
{
    if (!r->why) r->why = why;
}

static void failf(rbuf *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void failf(rbuf *r, const char *fmt, ...)
{
    if (r->why) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->detail, sizeof r->detail, fmt, ap);
    va_end(ap);
    r->why = r->detail;
}

static const uint8_t *take(rbuf *r, size_t n)
{
    if (r->why) return NULL;
    if (n > r->len - r->pos) { fail(r, "truncated"); return NULL; }
    const uint8_t *b = r->d + r->pos;
    r->pos += n;
    return b;
}

static uint8_t get_u8(rbuf *r)
{
    const uint8_t *b = take(r, 1);
    return b ? b[0] : 0;
}

static bool get_bool(rbuf *r)
{
    uint8_t v = get_u8(r);
    if (v > 1) failf(r, "corrupted (boolean byte %u)", v);
    return v == 1;
}

static uint32_t get_u32(rbuf *r)
{
    const uint8_t *b = take(r, 4);
    return b ? get32(b) : 0;
}

static int32_t get_i32(rbuf *r) { return (int32_t)get_u32(r); }

static uint64_t get_u64(rbuf *r)
{
    uint64_t lo = get_u32(r);
    return lo | (uint64_t)get_u32(r) << 32;
}

/* A count of elements each at least min_size bytes long: one that the
 * remaining bytes cannot hold is rejected before anything is allocated. */
static uint32_t get_count(rbuf *r, size_t min_size)
{
    uint32_t n = get_u32(r);
    if (r->why) return 0;
    if ((uint64_t)n * min_size > r->len - r->pos) { fail(r, "truncated"); return 0; }
    return n;
}

static char *get_str(rbuf *r, bool nullable)
{
    uint32_t n = get_u32(r);
    if (r->why) return NULL;
    if (n == UINT32_MAX) {
        if (!nullable) fail(r, "corrupted (a required name is absent)");
        return NULL;
    }
    const uint8_t *b = take(r, n);
    if (!b) return NULL;
    if (memchr(b, 0, n)) { fail(r, "corrupted (NUL byte inside a string)"); return NULL; }
    char *s = malloc((size_t)n + 1);
    if (!s) { fail(r, "out of memory"); return NULL; }
    memcpy(s, b, n);
    s[n] = 0;
    return s;
}

static dg_span get_span(rbuf *r)
{
    dg_span sp;
    sp.file = get_u32(r);
    sp.start = get_u32(r);
    sp.end = get_u32(r);
    return sp;
}

static void *alloc_array(rbuf *r, uint32_t n, size_t size)
{
    if (r->why || n == 0) return NULL;
    void *a = calloc(n, size);
    if (!a) fail(r, "out of memory");
    return a;
}

static void free_files(bc_file *files, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        free(files[i].name);
        free(files[i].line_starts);
        free(files[i].text);
    }
    free(files);
}

/* Files are parsed into a side table and only handed to dc once the whole
 * image has loaded, so a rejected image leaves dc as it was (bar the error). */
static bc_file *get_files(rbuf *r, uint32_t *nout)
{
    uint32_t n = get_count(r, 13);
    bc_file *files = alloc_array(r, n, sizeof *files);
    if (!files) { *nout = 0; return NULL; }
    *nout = n;
    for (uint32_t i = 0; i < n && !r->why; i++) {
        bc_file *f = &files[i];
        f->name = get_str(r, false);
        f->len = get_u32(r);
        uint32_t nl = get_count(r, 4);
        f->line_starts = alloc_array(r, nl, sizeof *f->line_starts);
        if (r->why) break;
        f->nlines = nl;
        for (uint32_t l = 0; l < nl; l++) {
            uint32_t s = get_u32(r);
            if (r->why) break;
            if (s > f->len || (l == 0 && s != 0) || (l > 0 && s <= f->line_starts[l - 1])) {
                failf(r, "corrupted (line table of %s)", f->name);
                break;
            }
            f->line_starts[l] = s;
        }
        if (r->why) break;
        const uint8_t *flag = take(r, 1);
        if (!flag) break;
        if (*flag > 1) { failf(r, "corrupted (text flag of %s)", f->name); break; }
        if (*flag) {
            const uint8_t *t = take(r, f->len);
            if (!t) break;
            f->text = malloc((size_t)f->len + 1);
            if (!f->text) { fail(r, "out of memory"); break; }
            memcpy(f->text, t, f->len);
            f->text[f->len] = 0;
        }
    }
    return files;
}

static void get_schema(rbuf *r, sc_schema *s)
{
    uint32_t nt = get_count(r, 24);
    s->tables = alloc_array(r, nt, sizeof *s->tables);
    if (r->why) return;
    s->ntables = nt;
    for (uint32_t t = 0; t < nt && !r->why; t++) {
        sc_table *tb = &s->tables[t];
        tb->name = get_str(r, false);
        tb->file = get_str(r, true);
        tb->key_col = get_i32(r);
        tb->name_col = get_i32(r);
        tb->role_col = get_i32(r);
        uint32_t nc = get_count(r, 11);
        tb->cols = alloc_array(r, nc, sizeof *tb->cols);
        if (r->why) return;
        tb->ncols = nc;
        for (uint32_t c = 0; c < nc && !r->why; c++) {
            sc_column *col = &tb->cols[c];
            col->name = get_str(r, false);
            col->type = get_u8(r);
            col->optional = get_bool(r);
            col->key = get_bool(r);
            col->ref_table = get_i32(r);
            uint32_t nk = r->version >= 4 ? get_count(r, 4) : 0;   /* version 3: no codes */
            col->codes = alloc_array(r, nk, sizeof *col->codes);
            if (r->why) return;
            col->ncodes = nk;
            for (uint32_t k = 0; k < nk && !r->why; k++) col->codes[k] = get_str(r, false);
        }
    }
    uint32_t nl = get_count(r, 16);
    s->links = alloc_array(r, nl, sizeof *s->links);
    if (r->why) return;
    s->nlinks = nl;
    for (uint32_t l = 0; l < nl && !r->why; l++) {
        s->links[l].name = get_str(r, false);
        s->links[l].on = get_u32(r);
        s->links[l].from_table = get_u32(r);
        s->links[l].from_column = get_u32(r);
    }
    uint32_t nr = get_count(r, 4);
    if (!r->why && nr > VL_MAX_ROLES) { failf(r, "corrupted (%u roles, at most %d)", nr, VL_MAX_ROLES); return; }
    s->roles = alloc_array(r, nr, sizeof *s->roles);
    if (r->why) return;
    s->nroles = nr;
    for (uint32_t i = 0; i < nr && !r->why; i++) s->roles[i] = get_str(r, false);
}

/* Indexes inside the schema are checked here, not in bc_verify: the store
 * and the VM index by them as soon as the schema exists. */
static void check_schema(rbuf *r, const sc_schema *s)
{
    for (uint32_t t = 0; t < s->ntables && !r->why; t++) {
        const sc_table *tb = &s->tables[t];
        int32_t nc = (int32_t)tb->ncols;
        if (tb->ncols > INT32_MAX || tb->key_col < -1 || tb->key_col >= nc
            || tb->name_col < -1 || tb->name_col >= nc || tb->role_col < -1 || tb->role_col >= nc) {
            failf(r, "corrupted (key, name or role column of table %s out of range)", tb->name);
            return;
        }
        for (uint32_t c = 0; c < tb->ncols; c++) {
            const sc_column *col = &tb->cols[c];
            if (col->type > SC_REF) {
                failf(r, "corrupted (column %s.%s has type %u)", tb->name, col->name, col->type);
                return;
            }
            if (col->ncodes && col->type != SC_TEXT) {
                failf(r, "corrupted (column %s.%s has codes but is not text)", tb->name, col->name);
                return;
            }
            bool is_ref = col->type == SC_REF;
            bool ref_ok = is_ref ? col->ref_table >= 0 && (uint32_t)col->ref_table < s->ntables
                                 : col->ref_table == -1;
            if (!ref_ok) {
                failf(r, "corrupted (column %s.%s refers to table %d of %u)",
                      tb->name, col->name, col->ref_table, s->ntables);
                return;
            }
        }
    }
    for (uint32_t l = 0; l < s->nlinks && !r->why; l++) {
        const sc_link *k = &s->links[l];
        if (k->on >= s->ntables || k->from_table >= s->ntables
            || k->from_column >= s->tables[k->from_table].ncols) {
            failf(r, "corrupted (link %s refers outside the schema)", k->name);
            return;
        }
    }
}

static uint64_t ugcd(uint64_t a, uint64_t b)
{
    while (b) { uint64_t t = a % b; a = b; b = t; }
    return a;
}

static vl_value get_const(rbuf *r, const sc_schema *s)
{
    vl_value v = vl_missing();
    uint8_t tag = get_u8(r);
    if (r->why) return v;
    switch (tag) {
    case VT_MISSING: return v;
    case VT_BOOL: return vl_bool(get_bool(r));
    case VT_NUM: {
        int64_t num = (int64_t)get_u64(r), den = (int64_t)get_u64(r);
        uint64_t mag = num < 0 ? (uint64_t)0 - (uint64_t)num : (uint64_t)num;
        if (!r->why && (den <= 0 || ugcd(mag, (uint64_t)den) != 1))
            failf(r, "corrupted (number %lld/%lld is not in lowest terms)", (long long)num, (long long)den);
        v.type = VT_NUM;
        v.as.n.num = num;
        v.as.n.den = den;
        return v;
    }
    case VT_TEXT: {
        char *str = get_str(r, false);
        return str ? vl_text(str) : v;
    }
    case VT_DATE: return vl_date(get_i32(r));
    case VT_DUR: {
        int32_t months = get_i32(r);
        return vl_dur(months, get_i32(r));
    }
    case VT_ROLE: {
        uint8_t role = get_u8(r);
        if (!r->why && role >= s->nroles) failf(r, "corrupted (role %u of %u)", role, s->nroles);
        return vl_role(role);
    }
    case VT_ROLESET: {
        uint64_t bits = get_u64(r);
        uint64_t known = s->nroles >= 64 ? UINT64_MAX : ((uint64_t)1 << s->nroles) - 1;
        if (!r->why && (bits & ~known)) failf(r, "corrupted (role set names a role beyond the %u roles)", s->nroles);
        return vl_roleset(bits);
    }
    default:
        failf(r, "corrupted (constant of unknown kind %u)", tag);
        return v;
    }
}

/* Each array's count is stored in p only after the array exists, so that
 * bc_free can release a half-read image at any point of failure. */
static void get_payload(rbuf *r, bc_program *p)
{
    p->policy_name = get_str(r, true);
    get_schema(r, &p->schema);
    check_schema(r, &p->schema);

    uint32_t nc = get_count(r, 1);
    p->consts = alloc_array(r, nc, sizeof *p->consts);
    if (r->why) return;
    p->nconsts = nc;
    for (uint32_t i = 0; i < nc && !r->why; i++) p->consts[i] = get_const(r, &p->schema);

    uint32_t ncode = get_count(r, 1);
    p->code = alloc_array(r, ncode, 1);
    const uint8_t *code = take(r, ncode);
    if (r->why) return;
    if (ncode) memcpy(p->code, code, ncode);
    p->ncode = ncode;

    uint32_t ns = get_count(r, 16);
    p->spans = alloc_array(r, ns, sizeof *p->spans);
    if (r->why) return;
    p->nspans = ns;
    for (uint32_t i = 0; i < ns; i++) {
        p->spans[i].pc = get_u32(r);
        p->spans[i].span = get_span(r);
    }

    uint32_t nr = get_count(r, 40);
    p->rules = alloc_array(r, nr, sizeof *p->rules);
    if (r->why) return;
    p->nrules = nr;
    for (uint32_t i = 0; i < nr && !r->why; i++) {
        bc_rule *ru = &p->rules[i];
        ru->name = get_str(r, false);
        ru->title = get_str(r, true);
        ru->origin = get_str(r, true);
        ru->span = get_span(r);
        ru->entry = get_u32(r);
        ru->table = get_i32(r);
        ru->first_req = get_u32(r);
        ru->nreqs = get_u32(r);
    }

    uint32_t nq = get_count(r, 26);
    p->reqs = alloc_array(r, nq, sizeof *p->reqs);
    if (r->why) return;
    p->nreqs = nq;
    for (uint32_t i = 0; i < nq && !r->why; i++) {
        bc_req *q = &p->reqs[i];
        q->rule = get_u32(r);
        q->severity = get_u8(r);
        q->note = get_u8(r) != 0;
        q->span = get_span(r);
        q->measure = get_str(r, true);
        q->relation = get_str(r, true);
    }
    p->nlocals = get_u32(r);
    uint32_t no = get_count(r, 25);
    p->overrides = alloc_array(r, no, sizeof *p->overrides);
    if (r->why) return;
    p->noverrides = no;
    for (uint32_t i = 0; i < no && !r->why; i++) {
        bc_override *o = &p->overrides[i];
        o->what = get_str(r, false);
        o->target_origin = get_str(r, true);
        o->reason = get_str(r, false);
        o->span = get_span(r);
        uint8_t b = get_u8(r);
        if (b > 1) fail(r, "corrupted (override flag)");
        o->intended = b == 1;
    }
    if (!r->why && r->pos != r->len)
        failf(r, "corrupted (%zu unexpected bytes after the image)", r->len - r->pos);
}

static bool read_error(dg_context *dc, const char *path, const char *why)
{
    dg_report(dc, DG_ERROR, (dg_span){0}, "E-bytecode", "%s: %s", path, why);
    return false;
}

/* The header is checked in the order that gives the most useful message:
 * not ours at all, ours but another version, cut short, damaged. */
static bool check_header(dg_context *dc, const uint8_t *buf, size_t len, const char *path)
{
    for (size_t i = 0; i < 8; i++) {
        if (i == len) return read_error(dc, path, "truncated");
        if (buf[i] != (uint8_t)BC_MAGIC[i]) return read_error(dc, path, "not a cadre bytecode file");
    }
    if (len < 12) return read_error(dc, path, "truncated");
    uint32_t version = get32(buf + 8);
    if (version < BC_OLDEST_VERSION || version > BC_VERSION) {
        dg_report(dc, DG_ERROR, (dg_span){0}, "E-bytecode",
                  "%s: compiled by an incompatible cadre (format version %u, this cadre reads %d to %d)",
                  path, version, BC_OLDEST_VERSION, BC_VERSION);
        return false;
    }
    if (len < 20) return read_error(dc, path, "truncated");
    uint32_t plen = get32(buf + 12);
    if (plen > len - 20) return read_error(dc, path, "truncated");
    if (plen < len - 20) {
        dg_report(dc, DG_ERROR, (dg_span){0}, "E-bytecode",
                  "%s: corrupted (%zu bytes after the declared end)", path, len - 20 - plen);
        return false;
    }
    if (fnv1a(buf + 20, plen) != get32(buf + 16))
        return read_error(dc, path, "corrupted (checksum mismatch)");
    return true;
}

bool bc_read(bc_program *p, dg_context *dc, const uint8_t *buf, size_t len, const char *path)
{
    memset(p, 0, sizeof *p);
    if (dc->nfiles != 1)
        return read_error(dc, path, "cannot load into a context that already has source files");
    if (!check_header(dc, buf, len, path)) return false;

    rbuf r = { .d = buf + 20, .len = len - 20, .version = get32(buf + 8) };
    uint32_t nfiles = 0;
    bc_file *files = get_files(&r, &nfiles);
    get_payload(&r, p);
    if (r.why) {
        read_error(dc, path, r.why);
        free_files(files, nfiles);
        bc_free(p);
        return false;
    }
    for (uint32_t i = 0; i < nfiles; i++) {
        if (files[i].text) {
            dg_add_file(dc, files[i].name, files[i].text, files[i].len);   /* dc takes the text */
            files[i].text = NULL;
        } else dg_add_file_lines(dc, files[i].name, files[i].line_starts, files[i].nlines, files[i].len);
    }
    free_files(files, nfiles);
    return true;
}

/* ---- verifying -------------------------------------------------------- */

typedef struct {
    bc_program *p;
    dg_context *dc;
    bool spans_ok;         /* diagnostics may point at the source */
} verifier;

static bool vfail_at(verifier *v, uint32_t pc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static bool vfail_at(verifier *v, uint32_t pc, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    uint8_t op = v->p->code[pc];
    dg_span sp = v->spans_ok ? bc_span_at(v->p, pc) : (dg_span){0};
    if (op < BC__COUNT)
        dg_report(v->dc, DG_ERROR, sp, "E-bytecode", "bytecode verify: pc %u (%s): %s", pc, bc_ops[op].name, msg);
    else
        dg_report(v->dc, DG_ERROR, sp, "E-bytecode", "bytecode verify: pc %u (opcode %u): %s", pc, op, msg);
    return false;
}

static bool vfail(verifier *v, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static bool vfail(verifier *v, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    dg_report(v->dc, DG_ERROR, (dg_span){0}, "E-bytecode", "bytecode verify: %s", msg);
    return false;
}

static bool span_ok(const dg_context *dc, dg_span sp)
{
    if (sp.file >= dc->nfiles) return false;
    if (sp.file == 0) return true;
    return sp.start <= sp.end && sp.end <= dc->files[sp.file].len;
}

/* The tables around the code come first: once spans are known to be sound,
 * later diagnostics can point into the source. */
static bool check_tables(verifier *v)
{
    const bc_program *p = v->p;
    if (p->nlocals > BC_MAX_LOCALS)
        return vfail(v, "%u locals (at most %u)", p->nlocals, BC_MAX_LOCALS);
    /* a table's file is joined to the data directory: a hostile image must
     * not name a file outside it */
    for (uint32_t t = 0; t < p->schema.ntables; t++) {
        const char *f = p->schema.tables[t].file;
        if (!f || !*f || strchr(f, '/') || strchr(f, '\\') || f[0] == '.')
            return vfail(v, "table %s: data file name '%s' is not a plain file name", p->schema.tables[t].name, f ? f : "");
    }
    for (uint32_t i = 0; i < p->nspans; i++) {
        const bc_spanent *e = &p->spans[i];
        if (e->pc >= p->ncode)
            return vfail(v, "span entry %u: pc %u past the end of the code (%u bytes)", i, e->pc, p->ncode);
        if (i > 0 && e->pc < p->spans[i - 1].pc)
            return vfail(v, "span entry %u: pc %u is before the previous entry's pc %u (not sorted)", i, e->pc, p->spans[i - 1].pc);
        if (!span_ok(v->dc, e->span))
            return vfail(v, "span entry %u (pc %u): source position outside the known files", i, e->pc);
    }
    v->spans_ok = true;
    for (uint32_t i = 0; i < p->nrules; i++) {
        const bc_rule *r = &p->rules[i];
        const char *name = r->name ? r->name : "?";
        if (r->entry >= p->ncode)
            return vfail(v, "rule %s: entry %u past the end of the code (%u bytes)", name, r->entry, p->ncode);
        if ((uint64_t)r->first_req + r->nreqs > p->nreqs)
            return vfail(v, "rule %s: requirements %u..%u out of range (%u requirements)",
                         name, r->first_req, r->first_req + r->nreqs, p->nreqs);
        if (r->table < -1 || (r->table >= 0 && (uint32_t)r->table >= p->schema.ntables))
            return vfail(v, "rule %s: table %d out of range (%u tables)", name, r->table, p->schema.ntables);
        if (!span_ok(v->dc, r->span))
            return vfail(v, "rule %s: source position outside the known files", name);
    }
    for (uint32_t i = 0; i < p->nreqs; i++) {
        const bc_req *q = &p->reqs[i];
        if (q->rule >= p->nrules)
            return vfail(v, "requirement %u: rule %u out of range (%u rules)", i, q->rule, p->nrules);
        if (q->severity > BC_SHOULD)
            return vfail(v, "requirement %u: severity %u is neither must nor should", i, q->severity);
        if (!span_ok(v->dc, q->span))
            return vfail(v, "requirement %u: source position outside the known files", i);
    }
    for (uint32_t i = 0; i < p->noverrides; i++)
        if (!span_ok(v->dc, p->overrides[i].span))
            return vfail(v, "override %u: source position outside the known files", i);
    return true;
}

/* The loop opcodes keep a list, its index and the current element in three
 * consecutive locals starting at their first l operand. */
static uint32_t locals_used(uint8_t op, unsigned operand_index)
{
    bool loop = op == BC_ITER || op == BC_NEXT || op == BC_KEEP;
    return loop && operand_index == 0 ? 3 : 1;
}

/* MKLIST and CONCAT take n values off the stack: the bound keeps a hostile
 * n from asking the VM for an enormous list; DUR's n is a unit index. */
static uint32_t max_n(uint8_t op)
{
    return op == BC_DUR ? 3 : op == BC_BETWEEN ? 1 : op == BC_MEMO || op == BC_REMEMBER ? BC_MAX_MEMO - 1 : 1024;
}

static bool check_operands(verifier *v, uint32_t pc, const uint8_t *boundary)
{
    const bc_program *p = v->p;
    const sc_schema *s = &p->schema;
    uint8_t op = p->code[pc];
    const char *kinds = bc_ops[op].operands;
    int64_t table = -1;
    for (unsigned i = 0; kinds[i]; i++) {
        uint32_t x = operand(p, pc, i);
        switch (kinds[i]) {
        case 'c':
            if (x >= p->nconsts) return vfail_at(v, pc, "constant %u out of range (%u constants)", x, p->nconsts);
            break;
        case 'l': {
            uint32_t used = locals_used(op, i);
            if ((uint64_t)x + used > p->nlocals) {
                if (used == 1) return vfail_at(v, pc, "local %u out of range (%u locals)", x, p->nlocals);
                return vfail_at(v, pc, "locals %u..%llu out of range (%u locals)",
                                x, (unsigned long long)x + used - 1, p->nlocals);
            }
            break;
        }
        case 'j':
            if (x >= p->ncode)
                return vfail_at(v, pc, "jump target %u past the end of the code (%u bytes)", x, p->ncode);
            if (!boundary[x])
                return vfail_at(v, pc, "jump target %u is inside an instruction", x);
            break;
        case 't':
            if (x >= s->ntables) return vfail_at(v, pc, "table %u out of range (%u tables)", x, s->ntables);
            table = x;
            break;
        case 'f':
            if (table < 0) return vfail_at(v, pc, "column operand without a table operand");
            if (x >= s->tables[table].ncols)
                return vfail_at(v, pc, "column %u out of range for table %s (%u columns)",
                                x, s->tables[table].name, s->tables[table].ncols);
            break;
        case 'k':
            if (x >= s->nlinks) return vfail_at(v, pc, "link %u out of range (%u links)", x, s->nlinks);
            break;
        case 'r':
            if (x >= p->nrules) return vfail_at(v, pc, "rule %u out of range (%u rules)", x, p->nrules);
            break;
        case 'q':
            if (x >= p->nreqs) return vfail_at(v, pc, "requirement %u out of range (%u requirements)", x, p->nreqs);
            break;
        case 'n':
            if (x > max_n(op)) return vfail_at(v, pc, "count %u out of range (at most %u)", x, max_n(op));
            break;
        case 'b':
            if (x >= BI__COUNT) return vfail_at(v, pc, "builtin %u out of range (%d builtins)", x, BI__COUNT);
            if (operand(p, pc, 0) != (uint32_t)bc_builtins[x].arity)
                return vfail_at(v, pc, "%s takes %d arguments, not %u", bc_builtins[x].name, bc_builtins[x].arity, operand(p, pc, 0));
            break;
        default:
            return vfail_at(v, pc, "unknown operand kind '%c' in opcodes.h", kinds[i]);
        }
    }
    return true;
}

/* Abstract interpretation over stack depth: each pc gets the depth on entry
 * the first time a path reaches it, and every later path must agree, so a
 * pc is queued at most once and the walk is linear in the code size. */
static bool check_stack(verifier *v, int32_t *depth, uint32_t *work)
{
    bc_program *p = v->p;
    uint32_t nwork = 0, max = 0;
    for (uint32_t i = 0; i < p->ncode; i++) depth[i] = -1;

#define REACH(target, d) do { \
        uint32_t t_ = (target); int32_t d_ = (d); \
        if (depth[t_] < 0) { depth[t_] = d_; work[nwork++] = t_; } \
        else if (depth[t_] != d_) \
            return vfail_at(v, t_, "stack depth %d on one path but %d on another", depth[t_], d_); \
    } while (0)

    for (uint32_t i = 0; i < p->nrules; i++) REACH(p->rules[i].entry, 0);
    for (uint32_t i = 0; i < p->nqueries; i++) {
        if (p->queries[i] >= p->ncode) return vfail_at(v, 0, "query entry %u out of range", p->queries[i]);
        REACH(p->queries[i], 0);
    }
    while (nwork > 0) {
        uint32_t pc = work[--nwork];
        uint8_t op = p->code[pc];
        const bc_opinfo *info = &bc_ops[op];
        int32_t d = depth[pc];
        int32_t pops = info->pop >= 0 ? info->pop : (int32_t)operand(p, pc, 0);
        int32_t pushes = info->push >= 0 ? info->push : (int32_t)operand(p, pc, 0);
        if (pops > d) return vfail_at(v, pc, "stack underflow (pops %d, depth %d)", pops, d);
        d = d - pops + pushes;
        if ((uint32_t)d > max) max = (uint32_t)d;
        if (op == BC_RET) {
            if (d != 0) return vfail_at(v, pc, "stack depth %d at RET (must be 0)", d);
            continue;
        }
        const char *j = strchr(info->operands, 'j');
        if (j) REACH(operand(p, pc, (unsigned)(j - info->operands)), d);
        if (op == BC_JUMP) continue;
        uint32_t next = pc + bc_insn_len(op);
        if (next >= p->ncode) return vfail_at(v, pc, "execution falls off the end of the code");
        REACH(next, d);
    }
#undef REACH
    p->max_stack = max;
    return true;
}

/* Three passes: instruction boundaries (jump targets are checked against
 * them), operands, then stack depth, which may read n operands only after
 * they have been bounded. */
/* Locals an instruction reads and writes, for the definite-assignment check. */
static void local_effects(const bc_program *p, uint32_t pc, uint32_t *reads, int *nr, uint32_t *writes, int *nw)
{
    uint8_t op = p->code[pc];
    uint32_t a = bc_ops[op].operands[0] == 'l' ? operand(p, pc, 0) : 0;
    uint32_t b = bc_ops[op].operands[0] && bc_ops[op].operands[1] == 'l' ? operand(p, pc, 1) : 0;
    *nr = *nw = 0;
    switch ((bc_opcode)op) {
    case BC_LOAD: case BC_APPEND: case BC_ENTITY: case BC_REMEMBER: reads[(*nr)++] = a; break;
    case BC_STORE: case BC_NEWLIST: writes[(*nw)++] = a; break;
    case BC_ITER: writes[(*nw)++] = a; writes[(*nw)++] = a + 1; break;
    case BC_NEXT: reads[(*nr)++] = a; reads[(*nr)++] = a + 1; writes[(*nw)++] = a + 2; break;
    case BC_KEEP: reads[(*nr)++] = a + 2; reads[(*nr)++] = b; break;
    case BC_TAINT: reads[(*nr)++] = a; reads[(*nr)++] = b; break;
    default: break;
    }
}

/* Every local is written before it is read, on every path: otherwise a rule
 * could read a value another rule left behind, whose memory is gone. A
 * dataflow over bit sets, intersected where paths join. */
static bool check_locals(verifier *v, uint32_t *work)
{
    bc_program *p = v->p;
    uint32_t words = (p->nlocals + 63) / 64;
    if (words == 0) return true;
    uint64_t *in = calloc((size_t)p->ncode * words, sizeof *in);
    uint8_t *seen = calloc(p->ncode ? p->ncode : 1, 1);
    uint8_t *queued = calloc(p->ncode ? p->ncode : 1, 1);   /* keeps the worklist within ncode entries */
    uint64_t *cur = calloc(words, sizeof *cur);
    bool ok = in && seen && queued && cur;
    if (!ok) { free(in); free(seen); free(queued); free(cur); return vfail(v, "out of memory"); }
    uint32_t nwork = 0;
    uint32_t nentries = p->nrules + p->nqueries;
    for (uint32_t i = 0; i < nentries; i++) {
        uint32_t e = i < p->nrules ? p->rules[i].entry : p->queries[i - p->nrules];
        if (!seen[e]) { seen[e] = 1; queued[e] = 1; work[nwork++] = e; }   /* entry: nothing written */
    }
    while (ok && nwork > 0) {
        uint32_t pc = work[--nwork];
        queued[pc] = 0;
        memcpy(cur, in + (size_t)pc * words, words * sizeof *cur);
        uint32_t reads[2], writes[2];
        int nr, nw;
        local_effects(p, pc, reads, &nr, writes, &nw);
        for (int i = 0; i < nr && ok; i++)
            if (!(cur[reads[i] / 64] >> (reads[i] % 64) & 1))
                ok = vfail_at(v, pc, "local L%u is read before it is written on some path", reads[i]);
        if (!ok) break;
        uint8_t op = p->code[pc];
        if (op == BC_RET) continue;
        uint32_t succ[2];
        int ns = 0;
        const char *j = strchr(bc_ops[op].operands, 'j');
        if (j) succ[ns++] = operand(p, pc, (unsigned)(j - bc_ops[op].operands));
        if (op != BC_JUMP) succ[ns++] = pc + bc_insn_len(op);
        for (int s = 0; s < ns; s++) {
            uint32_t t = succ[s];
            if (t >= p->ncode) continue;   /* check_stack reports it */
            uint64_t *dst = in + (size_t)t * words;
            /* NEXT writes its element only when it goes on, not when it jumps out */
            bool writes_apply = !(op == BC_NEXT && s == 0);
            bool first = !seen[t], changed = false;
            for (uint32_t w = 0; w < words; w++) {
                uint64_t val = cur[w];
                for (int k = 0; k < nw && writes_apply; k++)
                    if (writes[k] / 64 == w) val |= 1ull << (writes[k] % 64);
                if (first) dst[w] = val;
                else if ((dst[w] & val) != dst[w]) { dst[w] &= val; changed = true; }
            }
            seen[t] = 1;
            if ((first || changed) && !queued[t]) { queued[t] = 1; work[nwork++] = t; }
        }
    }
    free(in); free(seen); free(queued); free(cur);
    return ok;
}

bool bc_verify(bc_program *p, dg_context *dc)
{
    verifier v = { .p = p, .dc = dc };
    if (!check_tables(&v)) return false;

    uint8_t *boundary = calloc(p->ncode ? p->ncode : 1, 1);
    int32_t *depth = malloc((p->ncode ? p->ncode : 1) * sizeof *depth);
    uint32_t *work = malloc((p->ncode ? p->ncode : 1) * sizeof *work);
    bool ok = boundary && depth && work;
    if (!ok) vfail(&v, "out of memory");
    for (uint32_t pc = 0; ok && pc < p->ncode; pc += bc_insn_len(p->code[pc])) {
        uint8_t op = p->code[pc];
        if (op >= BC__COUNT) ok = vfail_at(&v, pc, "unknown opcode");
        else if (bc_insn_len(op) > p->ncode - pc)
            ok = vfail_at(&v, pc, "instruction runs past the end of the code (%u bytes)", p->ncode);
        else boundary[pc] = 1;
    }
    for (uint32_t pc = 0; ok && pc < p->ncode; pc += bc_insn_len(p->code[pc]))
        ok = check_operands(&v, pc, boundary);
    for (uint32_t i = 0; ok && i < p->nrules; i++)
        if (!boundary[p->rules[i].entry])
            ok = vfail(&v, "rule %s: entry %u is inside an instruction", p->rules[i].name, p->rules[i].entry);
    if (ok) ok = check_stack(&v, depth, work);
    if (ok) ok = check_locals(&v, work);
    free(boundary);
    free(depth);
    free(work);
    return ok;
}

/* ---- disassembling ---------------------------------------------------- */

static void print_text(FILE *out, const char *s)
{
    fputc('"', out);
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        if (*c == '"' || *c == '\\') fprintf(out, "\\%c", *c);
        else if (*c == '\n') fputs("\\n", out);
        else if (*c == '\t') fputs("\\t", out);
        else if (*c < 0x20 || *c == 0x7f) fprintf(out, "\\x%02x", *c);
        else fputc(*c, out);
    }
    fputc('"', out);
}

static void print_role(FILE *out, const sc_schema *s, unsigned role)
{
    if (role < s->nroles) fputs(s->roles[role], out);
    else fprintf(out, "role#%u", role);
}

static void print_const(FILE *out, const bc_program *p, vl_value v)
{
    char buf[64];
    switch (v.type) {
    case VT_MISSING: fputs("missing", out); break;
    case VT_BOOL: fputs(v.as.b ? "true" : "false", out); break;
    case VT_NUM: vl_rat_format(v.as.n, buf, sizeof buf); fputs(buf, out); break;
    case VT_TEXT: print_text(out, v.as.s); break;
    case VT_DATE: dt_format(v.as.date, buf, sizeof buf); fputs(buf, out); break;
    case VT_DUR: {
        int32_t m = v.as.dur.months, d = v.as.dur.days;
        if (m) fprintf(out, "%d month%s", m, m == 1 || m == -1 ? "" : "s");
        if (m && d) fputc(' ', out);
        if (d || !m) fprintf(out, "%d day%s", d, d == 1 || d == -1 ? "" : "s");
        break;
    }
    case VT_ROLE: print_role(out, &p->schema, v.as.role); break;
    case VT_ROLESET: {
        fputc('{', out);
        bool first = true;
        for (unsigned i = 0; i < 64; i++) {
            if (!(v.as.roles >> i & 1)) continue;
            if (!first) fputs(", ", out);
            print_role(out, &p->schema, i);
            first = false;
        }
        fputc('}', out);
        break;
    }
    default: fprintf(out, "<value kind %u>", v.type); break;
    }
}

/* Decoded by operand kind alone, so a new opcode is listed correctly the day
 * it is added to opcodes.h.  Indexes are range-checked because listings are
 * also wanted for images the verifier refused. */
static void print_operands(FILE *out, const bc_program *p, uint32_t pc)
{
    const sc_schema *s = &p->schema;
    const char *kinds = bc_ops[p->code[pc]].operands;
    uint32_t table = UINT32_MAX;
    bool sep = false;
    for (unsigned i = 0; kinds[i]; i++) {
        uint32_t x = operand(p, pc, i);
        if (kinds[i] == 'f') {
            /* joined onto the table just printed: staff.role */
            if (table < s->ntables && x < s->tables[table].ncols) fprintf(out, ".%s", s->tables[table].cols[x].name);
            else fprintf(out, ".col#%u", x);
            continue;
        }
        if (sep) fputs(", ", out);
        sep = true;
        switch (kinds[i]) {
        case 'c':
            if (x < p->nconsts) print_const(out, p, p->consts[x]);
            else fprintf(out, "const#%u", x);
            break;
        case 'l': fprintf(out, "L%u", x); break;
        case 'j': fprintf(out, "->%04u", x); break;
        case 't':
            table = x;
            if (x < s->ntables) fputs(s->tables[x].name, out);
            else fprintf(out, "table#%u", x);
            break;
        case 'k':
            if (x < s->nlinks && s->links[x].on < s->ntables)
                fprintf(out, "%s.%s", s->tables[s->links[x].on].name, s->links[x].name);
            else fprintf(out, "link#%u", x);
            break;
        case 'r':
            if (x < p->nrules && p->rules[x].name) fputs(p->rules[x].name, out);
            else fprintf(out, "rule#%u", x);
            break;
        case 'q': fprintf(out, "req %u", x); break;
        case 'b':
            if (x < BI__COUNT) fputs(bc_builtins[x].name, out);
            else fprintf(out, "builtin#%u", x);
            break;
        default: fprintf(out, "%u", x); break;
        }
    }
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static void print_source_line(FILE *out, const dg_context *dc, uint32_t file, uint32_t line)
{
    const dg_file *f = &dc->files[file];
    fprintf(out, "        ; %s:%u", base_name(f->name), line);
    if (f->text && line >= 1 && line <= f->nlines) {
        uint32_t start = f->line_starts[line - 1], end;
        while (start < f->len && (f->text[start] == ' ' || f->text[start] == '\t')) start++;
        end = start;
        while (end < f->len && f->text[end] != '\n' && f->text[end] != '\r') end++;
        fprintf(out, ": %.*s", (int)(end - start), f->text + start);
    }
    fputc('\n', out);
}

static void print_rule_header(FILE *out, const bc_program *p, const dg_context *dc, const bc_rule *r)
{
    fprintf(out, "rule %s", r->name ? r->name : "?");
    if (r->span.file != 0 && r->span.file < dc->nfiles) {
        uint32_t line, col;
        dg_line_col(dc, r->span, &line, &col);
        fprintf(out, " (%s:%u)", dc->files[r->span.file].name, line);
    }
    uint32_t musts = 0, shoulds = 0;
    for (uint32_t i = r->first_req; i < p->nreqs && i - r->first_req < r->nreqs; i++) {
        if (p->reqs[i].severity == BC_MUST) musts++; else shoulds++;
    }
    if (musts) fprintf(out, " must×%u", musts);
    if (shoulds) fprintf(out, " should×%u", shoulds);
    if (r->table >= 0 && (uint32_t)r->table < p->schema.ntables)
        fprintf(out, " for each %s", p->schema.tables[r->table].name);
    if (r->title) { fputs(" ", out); print_text(out, r->title); }
    fputc('\n', out);
}

/* A rule's code is listed from its entry to the first RET: the compiler
 * emits each rule as one contiguous block ending in its only RET. */
bool bc_rule_access(const bc_program *p, uint32_t rule,
                    bool (*fn)(void *ctx, bc_access kind, uint32_t pc, uint32_t a, uint32_t b), void *ctx)
{
    uint32_t entry = p->rules[rule].entry, end = entry;
    while (end < p->ncode && p->code[end] != BC_RET) end += bc_insn_len(p->code[end]);
    for (uint32_t pc = entry; pc < end; pc += bc_insn_len(p->code[pc])) {
        uint8_t op = p->code[pc];
        const char *j = op < BC__COUNT ? strchr(bc_ops[op].operands, 'j') : NULL;
        if (op >= BC__COUNT || (j && (operand(p, pc, (unsigned)(j - bc_ops[op].operands)) < entry ||
                                      operand(p, pc, (unsigned)(j - bc_ops[op].operands)) > end)) ||
            (op == BC_LINK && operand(p, pc, 0) >= p->schema.nlinks)) {
            if (fn(ctx, BC_ACCESS_ELSEWHERE, pc, 0, 0)) return true;
            continue;
        }
        if ((op == BC_FIELD && fn(ctx, BC_ACCESS_FIELD, pc, operand(p, pc, 0), operand(p, pc, 1))) ||
            (op == BC_TABLE && fn(ctx, BC_ACCESS_TABLE, pc, operand(p, pc, 0), 0)) ||
            (op == BC_LINK && fn(ctx, BC_ACCESS_LINK, pc, operand(p, pc, 0), 0)))
            return true;
    }
    return false;
}

typedef struct {
    const bc_program *p;
    bool (*reads)(void *ctx, uint32_t table, int32_t col);
    void *ctx;
} reads_ctx;

static bool reads_of(void *ctx, bc_access kind, uint32_t pc, uint32_t a, uint32_t b)
{
    const reads_ctx *r = ctx;
    switch (kind) {
    case BC_ACCESS_ELSEWHERE: return r->reads(r->ctx, UINT32_MAX, -1);
    case BC_ACCESS_TABLE: return r->reads(r->ctx, a, -1);
    case BC_ACCESS_FIELD: return r->reads(r->ctx, a, (int32_t)b);
    case BC_ACCESS_LINK: {
        const sc_link *lk = &r->p->schema.links[a];
        return r->reads(r->ctx, lk->from_table, (int32_t)lk->from_column) || r->reads(r->ctx, lk->from_table, -1) ||
               r->reads(r->ctx, lk->on, -1);
    }
    }
    return true;
}

bool bc_rule_reads(const bc_program *p, uint32_t rule, bool (*reads)(void *ctx, uint32_t table, int32_t col), void *ctx)
{
    reads_ctx r = { p, reads, ctx };
    return bc_rule_access(p, rule, reads_of, &r);
}

void bc_disasm(const bc_program *p, const dg_context *dc, FILE *out)
{
    for (uint32_t i = 0; i < p->nrules; i++) {
        const bc_rule *r = &p->rules[i];
        if (i > 0) fputc('\n', out);
        print_rule_header(out, p, dc, r);
        uint32_t last_file = 0, last_line = 0;
        for (uint32_t pc = r->entry; pc < p->ncode;) {
            uint8_t op = p->code[pc];
            dg_span sp = bc_span_at(p, pc);
            if (sp.file != 0 && sp.file < dc->nfiles) {
                uint32_t line, col;
                dg_line_col(dc, sp, &line, &col);
                if (sp.file != last_file || line != last_line) print_source_line(out, dc, sp.file, line);
                last_file = sp.file;
                last_line = line;
            }
            if (op >= BC__COUNT || bc_insn_len(op) > p->ncode - pc) {
                /* only unverified images get here; show where and stop */
                fprintf(out, "  %04u  %-10s (byte %u)\n", pc, op < BC__COUNT ? "<cut off>" : "<unknown>", op);
                break;
            }
            if (bc_ops[op].operands[0]) {
                fprintf(out, "  %04u  %-10s ", pc, bc_ops[op].name);
                print_operands(out, p, pc);
                fputc('\n', out);
            } else {
                fprintf(out, "  %04u  %s\n", pc, bc_ops[op].name);
            }
            if (op == BC_RET) break;
            pc += bc_insn_len(op);
        }
    }
}
