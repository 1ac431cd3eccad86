/* test_bytecode.c — the image format, loader, verifier and disassembler on
 * images built by hand, so these tests do not depend on the compiler.
 * Covers: write/read round trips, every verifier rejection, every truncated
 * prefix and every flipped bit of a written image, and an exact listing. */
#include "runtime/bytecode.h"
#include "runtime/date.h"
#include "unit.h"

#include <stdlib.h>
#include <string.h>

static const char SRC[] =
    "rule caseload.nqsw_cap \"NQSW cap\":\n"
    "  for each staff:\n"
    "    must caseload at most 17\n"
    "rule teams.size:\n"
    "  should count(members) at least 17\n";

/* pcs of the hand-assembled code below, used to patch single operands */
enum {
    PC_TABLE = 0, PC_ITER = 5, PC_NEXT = 10, PC_LOAD = 19, PC_FIELD = 24,
    PC_CONST = 33, PC_LE = 38, PC_REQ = 39, PC_FAIL = 68, PC_JUMP = 73, PC_RET0 = 78,
    PC_RULE1 = 79, PC_NEXT1 = 89, PC_LINK = 108, PC_GUARD = 120, PC_MKLIST = 169,
    PC_DUR = 180, PC_REQ1 = 186, PC_CONCAT = 202, PC_RET1 = 217, CODE_LEN = 218
};

typedef struct { uint8_t *d; uint32_t n, cap; } code_buf;

static void emit(code_buf *c, bc_opcode op, uint32_t a, uint32_t b)
{
    uint32_t len = bc_insn_len((uint8_t)op);
    if (c->n + len > c->cap) {
        c->cap = c->cap ? c->cap * 2 : 64;
        c->d = realloc(c->d, c->cap);
    }
    c->d[c->n] = (uint8_t)op;
    uint32_t ops[2] = { a, b };
    for (uint32_t i = 0; i < (len - 1) / 4; i++)
        for (int k = 0; k < 4; k++) c->d[c->n + 1 + 4 * i + k] = (uint8_t)(ops[i] >> (8 * k));
    c->n += len;
}

static dg_span span_of(const char *needle)
{
    const char *at = strstr(SRC, needle);
    return (dg_span){ 1, (uint32_t)(at - SRC), (uint32_t)(at - SRC + strlen(needle)) };
}

static sc_column column(const char *name, sc_type type, bool key, int32_t ref)
{
    return (sc_column){ strdup(name), (uint8_t)type, !key, key, ref, NULL, 0 };
}

static void make_schema(sc_schema *s)
{
    s->ntables = 2;
    s->tables = calloc(2, sizeof *s->tables);
    sc_table *staff = &s->tables[0], *teams = &s->tables[1];
    staff->name = strdup("staff");
    staff->file = strdup("staff.csv");
    staff->ncols = 5;
    staff->cols = calloc(5, sizeof *staff->cols);
    staff->cols[0] = column("id", SC_TEXT, true, -1);
    staff->cols[1] = column("name", SC_TEXT, false, -1);
    staff->cols[2] = column("role", SC_ROLE, false, -1);
    staff->cols[3] = column("team", SC_REF, false, 1);
    staff->cols[4] = column("caseload", SC_INT, false, -1);
    staff->key_col = 0; staff->name_col = 1; staff->role_col = 2;
    teams->name = strdup("teams");
    teams->file = strdup("teams.csv");
    teams->ncols = 2;
    teams->cols = calloc(2, sizeof *teams->cols);
    teams->cols[0] = column("id", SC_TEXT, true, -1);
    teams->cols[1] = column("name", SC_TEXT, false, -1);
    teams->key_col = 0; teams->name_col = 1; teams->role_col = -1;
    s->nlinks = 1;
    s->links = calloc(1, sizeof *s->links);
    s->links[0] = (sc_link){ strdup("members"), 1, 0, 3 };
    s->nroles = 3;
    s->roles = calloc(3, sizeof *s->roles);
    s->roles[0] = strdup("sw");
    s->roles[1] = strdup("nqsw");
    s->roles[2] = strdup("manager");
}

/* Two rules: a for-each with a requirement (the shape the compiler emits),
 * and one that touches every operand kind and every constant kind. */
static void make_image(bc_program *p, dg_context *dc)
{
    memset(p, 0, sizeof *p);
    dg_init(dc);
    dg_add_file(dc, "examples/test/policy.cadre", strdup(SRC), (uint32_t)strlen(SRC));
    make_schema(&p->schema);
    p->policy_name = strdup("test policy");

    vl_rat quarter = { 1, 4 };
    vl_value consts[] = {
        vl_int(17), vl_text("over cap"), vl_bool(true), { .type = VT_NUM, .as.n = quarter },
        vl_text("say \"hi\"\n"), vl_date(dt_from_civil(2025, 6, 30)), vl_dur(1, 2),
        vl_role(1), vl_roleset(5), vl_missing(),
    };
    p->nconsts = sizeof consts / sizeof consts[0];
    p->consts = calloc(p->nconsts, sizeof *p->consts);
    for (uint32_t i = 0; i < p->nconsts; i++) {
        p->consts[i] = consts[i];
        if (consts[i].type == VT_TEXT) p->consts[i].as.s = strdup(consts[i].as.s);
    }

    code_buf c = {0};
    emit(&c, BC_TABLE, 0, 0);
    emit(&c, BC_ITER, 0, 0);
    emit(&c, BC_NEXT, 0, PC_RET0);
    emit(&c, BC_LOAD, 2, 0);
    emit(&c, BC_FIELD, 0, 4);
    emit(&c, BC_CONST, 0, 0);
    emit(&c, BC_LE, 0, 0);
    emit(&c, BC_REQ, 0, PC_NEXT);
    emit(&c, BC_LOAD, 2, 0);
    emit(&c, BC_FIELD, 0, 4);
    emit(&c, BC_CONST, 0, 0);
    emit(&c, BC_MISSING, 0, 0);
    emit(&c, BC_FAIL, 0, 0);
    emit(&c, BC_JUMP, PC_NEXT, 0);
    emit(&c, BC_RET, 0, 0);

    emit(&c, BC_TABLE, 1, 0);
    emit(&c, BC_ITER, 3, 0);
    emit(&c, BC_NEXT, 3, PC_RET1);
    emit(&c, BC_ENTITY, 5, 0);
    emit(&c, BC_LOAD, 5, 0);
    emit(&c, BC_LINK, 0, 0);
    emit(&c, BC_COUNT, 0, 0);
    emit(&c, BC_CONST, 0, 0);
    emit(&c, BC_GE, 0, 0);
    emit(&c, BC_GUARD, 1, PC_NEXT1);
    for (uint32_t i = 2; i <= 9; i++) emit(&c, BC_CONST, i, 0);
    emit(&c, BC_MKLIST, 8, 0);
    emit(&c, BC_COUNT, 0, 0);
    emit(&c, BC_CONST, 0, 0);
    emit(&c, BC_DUR, 1, 0);
    emit(&c, BC_POP, 0, 0);
    emit(&c, BC_REQ, 1, PC_NEXT1);
    emit(&c, BC_MISSING, 0, 0);
    emit(&c, BC_MISSING, 0, 0);
    emit(&c, BC_CONST, 1, 0);
    emit(&c, BC_CONCAT, 1, 0);
    emit(&c, BC_FAIL, 1, 0);
    emit(&c, BC_JUMP, PC_NEXT1, 0);
    emit(&c, BC_RET, 0, 0);
    p->code = c.d;
    p->ncode = c.n;
    p->nlocals = 6;

    p->nspans = 4;
    p->spans = calloc(4, sizeof *p->spans);
    p->spans[0] = (bc_spanent){ 0, span_of("for each staff") };
    p->spans[1] = (bc_spanent){ PC_LOAD, span_of("must caseload at most 17") };
    p->spans[2] = (bc_spanent){ PC_JUMP, span_of("for each staff") };
    p->spans[3] = (bc_spanent){ PC_RULE1, span_of("should count(members) at least 17") };

    p->nrules = 2;
    p->rules = calloc(2, sizeof *p->rules);
    p->rules[0] = (bc_rule){ strdup("caseload.nqsw_cap"), strdup("NQSW cap"), strdup("examples/test/policy.cadre"),
                             span_of("rule caseload.nqsw_cap"), 0, 0, 0, 1 };
    p->rules[1] = (bc_rule){ strdup("teams.size"), NULL, NULL, span_of("rule teams.size"), PC_RULE1, 1, 1, 1 };
    p->nreqs = 2;
    p->reqs = calloc(2, sizeof *p->reqs);
    p->reqs[0] = (bc_req){ 0, BC_MUST, span_of("must caseload at most 17"), strdup("open cases"), strdup("at most"), 0 };
    p->reqs[1] = (bc_req){ 1, BC_SHOULD, span_of("should count(members) at least 17"), NULL, strdup("at least"), 0 };
}

static void set_operand(bc_program *p, uint32_t pc, unsigned i, uint32_t v)
{
    for (int k = 0; k < 4; k++) p->code[pc + 1 + 4 * i + k] = (uint8_t)(v >> (8 * k));
}

static bool has_diag(const dg_context *dc, const char *text)
{
    for (uint32_t i = 0; i < dc->ndiags; i++)
        if (strstr(dc->diags[i].message, text)) return true;
    return false;
}

static const char *last_message(const dg_context *dc)
{
    return dc->ndiags ? dc->diags[dc->ndiags - 1].message : "(no diagnostic)";
}

static uint8_t *write_image(const bc_program *p, const dg_context *dc, size_t *len)
{
    char *buf = NULL;
    FILE *f = open_memstream(&buf, len);
    bool ok = bc_write(p, dc, f);
    fclose(f);
    CHECK(ok);
    return (uint8_t *)buf;
}

static uint32_t fnv1a(const uint8_t *d, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) { h ^= d[i]; h *= 16777619u; }
    return h;
}

static void reseal(uint8_t *buf, size_t len)
{
    uint32_t h = fnv1a(buf + 20, len - 20);
    for (int k = 0; k < 4; k++) buf[16 + k] = (uint8_t)(h >> (8 * k));
}

static bool str_eq(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

static bool span_eq(dg_span a, dg_span b)
{
    return a.file == b.file && a.start == b.start && a.end == b.end;
}

static bool schema_eq(const sc_schema *a, const sc_schema *b)
{
    if (a->ntables != b->ntables || a->nlinks != b->nlinks || a->nroles != b->nroles) return false;
    for (uint32_t t = 0; t < a->ntables; t++) {
        const sc_table *x = &a->tables[t], *y = &b->tables[t];
        if (!str_eq(x->name, y->name) || !str_eq(x->file, y->file) || x->ncols != y->ncols
            || x->key_col != y->key_col || x->name_col != y->name_col || x->role_col != y->role_col) return false;
        for (uint32_t c = 0; c < x->ncols; c++) {
            const sc_column *u = &x->cols[c], *w = &y->cols[c];
            if (!str_eq(u->name, w->name) || u->type != w->type || u->optional != w->optional
                || u->key != w->key || u->ref_table != w->ref_table) return false;
        }
    }
    for (uint32_t l = 0; l < a->nlinks; l++) {
        const sc_link *x = &a->links[l], *y = &b->links[l];
        if (!str_eq(x->name, y->name) || x->on != y->on || x->from_table != y->from_table
            || x->from_column != y->from_column) return false;
    }
    for (uint32_t r = 0; r < a->nroles; r++)
        if (!str_eq(a->roles[r], b->roles[r])) return false;
    return true;
}

static void check_same_image(const bc_program *a, const bc_program *b)
{
    CHECK(schema_eq(&a->schema, &b->schema));
    CHECK(str_eq(a->policy_name, b->policy_name));
    CHECK(a->nconsts == b->nconsts);
    for (uint32_t i = 0; i < a->nconsts && i < b->nconsts; i++) {
        CHECK(a->consts[i].type == b->consts[i].type);
        if (a->consts[i].type != b->consts[i].type) continue;
        if (a->consts[i].type == VT_TEXT) CHECK(a->consts[i].as.s != b->consts[i].as.s);
        CHECK(a->consts[i].type == VT_MISSING || vl_equal(a->consts[i], b->consts[i]));
    }
    CHECK(a->ncode == b->ncode && memcmp(a->code, b->code, a->ncode) == 0);
    CHECK(a->nspans == b->nspans);
    for (uint32_t i = 0; i < a->nspans && i < b->nspans; i++)
        CHECK(a->spans[i].pc == b->spans[i].pc && span_eq(a->spans[i].span, b->spans[i].span));
    CHECK(a->nrules == b->nrules);
    for (uint32_t i = 0; i < a->nrules && i < b->nrules; i++) {
        const bc_rule *x = &a->rules[i], *y = &b->rules[i];
        CHECK(str_eq(x->name, y->name) && str_eq(x->title, y->title) && str_eq(x->origin, y->origin));
        CHECK(span_eq(x->span, y->span) && x->entry == y->entry && x->table == y->table
              && x->first_req == y->first_req && x->nreqs == y->nreqs);
    }
    CHECK(a->nreqs == b->nreqs);
    for (uint32_t i = 0; i < a->nreqs && i < b->nreqs; i++) {
        const bc_req *x = &a->reqs[i], *y = &b->reqs[i];
        CHECK(x->rule == y->rule && x->severity == y->severity && span_eq(x->span, y->span));
        CHECK(str_eq(x->measure, y->measure) && str_eq(x->relation, y->relation));
    }
    CHECK(a->nlocals == b->nlocals);
}

static void test_opcode_table(void)
{
    CHECK_STR(bc_ops[BC_FIELD].name, "FIELD");
    CHECK_STR(bc_ops[BC_FIELD].operands, "tf");
    CHECK(bc_ops[BC_MKLIST].pop == -1 && bc_ops[BC_MKLIST].push == 1);
    CHECK(bc_ops[BC_FAIL].pop == 3);
    CHECK(bc_insn_len(BC_RET) == 1);
    CHECK(bc_insn_len(BC_CONST) == 5);
    CHECK(bc_insn_len(BC_REQ) == 9);
    CHECK(strlen(bc_ops[BC__COUNT - 1].contract) > 0);
}

static void test_good_image(void)
{
    bc_program p;
    dg_context dc;
    make_image(&p, &dc);
    CHECK(p.ncode == CODE_LEN);
    CHECK(bc_verify(&p, &dc));
    CHECK(dc.ndiags == 0);
    CHECK(p.max_stack == 8);
    CHECK(span_eq(bc_span_at(&p, 0), span_of("for each staff")));
    CHECK(span_eq(bc_span_at(&p, PC_LOAD - 1), span_of("for each staff")));
    CHECK(span_eq(bc_span_at(&p, PC_LOAD), span_of("must caseload at most 17")));
    CHECK(span_eq(bc_span_at(&p, PC_RET0), span_of("for each staff")));
    CHECK(span_eq(bc_span_at(&p, PC_RET1), span_of("should count(members) at least 17")));
    bc_program empty = {0};
    CHECK(bc_span_at(&empty, 7).file == 0);
    bc_free(&p);
    dg_free(&dc);
}

static void test_round_trip(void)
{
    bc_program p, q;
    dg_context dc, dc2;
    make_image(&p, &dc);
    size_t len;
    uint8_t *buf = write_image(&p, &dc, &len);
    CHECK(len > 20 && memcmp(buf, BC_MAGIC, 8) == 0);
    dg_init(&dc2);
    CHECK(bc_read(&q, &dc2, buf, len, "t.cbc"));
    CHECK(dc2.ndiags == 0);
    check_same_image(&p, &q);
    CHECK(dc2.nfiles == dc.nfiles);
    if (dc2.nfiles == 2) {
        CHECK_STR(dc2.files[1].name, "examples/test/policy.cadre");
        CHECK(dc2.files[1].text && memcmp(dc2.files[1].text, dc.files[1].text, dc.files[1].len) == 0);
        CHECK(dc2.files[1].len == dc.files[1].len && dc2.files[1].nlines == dc.files[1].nlines);
        CHECK(memcmp(dc2.files[1].line_starts, dc.files[1].line_starts, dc.files[1].nlines * sizeof(uint32_t)) == 0);
    }
    CHECK(bc_verify(&q, &dc2));
    CHECK(q.max_stack == 8);

    /* writing the loaded image again gives the same bytes */
    size_t len2;
    uint8_t *buf2 = write_image(&q, &dc2, &len2);
    CHECK(len2 == len && memcmp(buf, buf2, len) == 0);

    /* a context that already knows files would give the image wrong file ids */
    bc_program r;
    CHECK(!bc_read(&r, &dc2, buf, len, "t.cbc"));
    CHECK(has_diag(&dc2, "t.cbc: cannot load"));
    free(buf);
    free(buf2);
    bc_free(&p);
    bc_free(&q);
    dg_free(&dc);
    dg_free(&dc2);
}

/* Failed reads that left something behind (a half-built image, files in
 * the context, no error): counted here and checked once, so the loops below
 * do not add thousands of passes to the summary. */
static int unclean_failures;

/* Reads buf into a fresh context; returns the first diagnostic, or NULL when
 * the image was accepted.  The copy is exactly len bytes so ASan sees any
 * read past the end. */
static char *try_read(const uint8_t *buf, size_t len, bool *accepted_and_verified)
{
    uint8_t *copy = malloc(len ? len : 1);
    if (len) memcpy(copy, buf, len);
    bc_program p;
    dg_context dc;
    dg_init(&dc);
    bool ok = bc_read(&p, &dc, copy, len, "x.cbc");
    char *msg = NULL;
    if (ok) {
        bool v = bc_verify(&p, &dc);
        if (accepted_and_verified) *accepted_and_verified = v;
        FILE *devnull = fopen("/dev/null", "w");
        bc_disasm(&p, &dc, devnull);
        fclose(devnull);
        bc_free(&p);
    } else {
        msg = strdup(dc.ndiags && dc.nerrors ? dc.diags[0].message : "(no diagnostic)");
        if (p.code || p.nrules || p.schema.tables || dc.nfiles != 1 || dc.nerrors != 1) unclean_failures++;
    }
    dg_free(&dc);
    free(copy);
    return msg;
}

static void test_read_rejects(void)
{
    bc_program p;
    dg_context dc;
    make_image(&p, &dc);
    size_t len;
    uint8_t *buf = write_image(&p, &dc, &len);
    bc_free(&p);
    dg_free(&dc);

    uint8_t *bad = malloc(len + 1);
    char *msg;

    memcpy(bad, buf, len);
    bad[0] = 'X';
    msg = try_read(bad, len, NULL);
    CHECK_STR(msg, "x.cbc: not a cadre bytecode file");
    free(msg);

    msg = try_read((const uint8_t *)"hello", 5, NULL);
    CHECK_STR(msg, "x.cbc: not a cadre bytecode file");
    free(msg);

    memcpy(bad, buf, len);
    bad[8] = 1;
    msg = try_read(bad, len, NULL);
    CHECK_STR(msg, "x.cbc: compiled by an incompatible cadre (format version 1, this cadre reads 3 to 4)");
    free(msg);

    memcpy(bad, buf, len);
    bad[len - 1] ^= 0x40;
    msg = try_read(bad, len, NULL);
    CHECK_STR(msg, "x.cbc: corrupted (checksum mismatch)");
    free(msg);

    memcpy(bad, buf, len);
    bad[len] = 0;
    msg = try_read(bad, len + 1, NULL);
    CHECK_STR(msg, "x.cbc: corrupted (1 bytes after the declared end)");
    free(msg);

    /* every prefix is an error, never a crash or a leak */
    int prefix_errors = 0;
    for (size_t n = 0; n < len; n++) {
        msg = try_read(buf, n, NULL);
        if (msg) prefix_errors++;
        if (msg && strcmp(msg, "x.cbc: truncated") != 0) {
            printf("prefix %zu: %s\n", n, msg);
            CHECK(0);
        }
        free(msg);
    }
    CHECK(prefix_errors == (int)len);

    /* every single flipped bit is rejected: the header by its own checks,
     * the payload by the checksum */
    int flip_errors = 0;
    for (size_t i = 0; i < len; i++)
        for (int bit = 0; bit < 8; bit++) {
            memcpy(bad, buf, len);
            bad[i] ^= (uint8_t)(1 << bit);
            msg = try_read(bad, len, NULL);
            if (msg) flip_errors++;
            free(msg);
        }
    CHECK(flip_errors == (int)len * 8);

    /* past the checksum: damage the payload and reseal it, as a hostile file
     * would.  The loader must either reject it or hand the verifier something
     * it can check without crashing. */
    int resealed = 0, loaded = 0, verified = 0;
    const uint8_t patterns[] = { 0x01, 0x80, 0xff };
    for (size_t i = 20; i < len; i++)
        for (size_t k = 0; k < sizeof patterns; k++) {
            memcpy(bad, buf, len);
            bad[i] ^= patterns[k];
            reseal(bad, len);
            bool v = false;
            msg = try_read(bad, len, &v);
            resealed++;
            if (!msg) { loaded++; if (v) verified++; }
            free(msg);
            memcpy(bad, buf, len);
            bad[i] = patterns[k] == 0xff ? 0xff : 0x00;
            reseal(bad, len);
            msg = try_read(bad, len, NULL);
            free(msg);
        }
    CHECK(resealed == (int)(len - 20) * 3);
    CHECK(loaded > 0 && loaded < resealed);
    CHECK(verified < loaded);
    CHECK(unclean_failures == 0);
    free(bad);
    free(buf);
}

/* Images that bc_write accepts but whose contents the loader must refuse. */
static char *read_back(bc_program *p, dg_context *dc)
{
    size_t len;
    uint8_t *buf = write_image(p, dc, &len);
    char *msg = try_read(buf, len, NULL);
    free(buf);
    bc_free(p);
    dg_free(dc);
    return msg;
}

static void test_read_rejects_contents(void)
{
    bc_program p;
    dg_context dc;
    char *msg;

    make_image(&p, &dc);
    p.schema.tables[0].cols[3].ref_table = 9;
    msg = read_back(&p, &dc);
    CHECK_STR(msg, "x.cbc: corrupted (column staff.team refers to table 9 of 2)");
    free(msg);

    make_image(&p, &dc);
    p.schema.tables[0].cols[1].ref_table = 0;
    msg = read_back(&p, &dc);
    CHECK_STR(msg, "x.cbc: corrupted (column staff.name refers to table 0 of 2)");
    free(msg);

    make_image(&p, &dc);
    p.schema.tables[1].key_col = 2;
    msg = read_back(&p, &dc);
    CHECK_STR(msg, "x.cbc: corrupted (key, name or role column of table teams out of range)");
    free(msg);

    make_image(&p, &dc);
    p.schema.tables[0].cols[0].type = 7;
    msg = read_back(&p, &dc);
    CHECK_STR(msg, "x.cbc: corrupted (column staff.id has type 7)");
    free(msg);

    make_image(&p, &dc);
    p.schema.links[0].from_column = 5;
    msg = read_back(&p, &dc);
    CHECK_STR(msg, "x.cbc: corrupted (link members refers outside the schema)");
    free(msg);

    make_image(&p, &dc);
    p.schema.links[0].on = 2;
    msg = read_back(&p, &dc);
    CHECK_STR(msg, "x.cbc: corrupted (link members refers outside the schema)");
    free(msg);

    make_image(&p, &dc);
    p.schema.roles = realloc(p.schema.roles, 65 * sizeof *p.schema.roles);
    for (uint32_t i = 3; i < 65; i++) p.schema.roles[i] = strdup("r");
    p.schema.nroles = 65;
    msg = read_back(&p, &dc);
    CHECK_STR(msg, "x.cbc: corrupted (65 roles, at most 64)");
    free(msg);

    make_image(&p, &dc);
    p.consts[7] = vl_role(3);
    msg = read_back(&p, &dc);
    CHECK_STR(msg, "x.cbc: corrupted (role 3 of 3)");
    free(msg);

    make_image(&p, &dc);
    p.consts[8] = vl_roleset(9);
    msg = read_back(&p, &dc);
    CHECK_STR(msg, "x.cbc: corrupted (role set names a role beyond the 3 roles)");
    free(msg);

    make_image(&p, &dc);
    p.consts[3].as.n = (vl_rat){ 2, 8 };
    msg = read_back(&p, &dc);
    CHECK_STR(msg, "x.cbc: corrupted (number 2/8 is not in lowest terms)");
    free(msg);

    make_image(&p, &dc);
    p.consts[0].as.n = (vl_rat){ 17, 0 };
    msg = read_back(&p, &dc);
    CHECK_STR(msg, "x.cbc: corrupted (number 17/0 is not in lowest terms)");
    free(msg);

    /* rows and lists exist only at run time: the writer refuses them */
    make_image(&p, &dc);
    p.consts[9] = vl_row(0, 1);
    FILE *devnull = fopen("/dev/null", "w");
    CHECK(!bc_write(&p, &dc, devnull));
    fclose(devnull);
    p.consts[9] = vl_missing();
    bc_free(&p);
    dg_free(&dc);

    /* a count that the remaining bytes could never hold is refused before
     * allocating (ASan would abort on the huge allocation) */
    make_image(&p, &dc);
    size_t len;
    uint8_t *buf = write_image(&p, &dc, &len);
    buf[20] = 0xff; buf[21] = 0xff; buf[22] = 0xff; buf[23] = 0x7f;
    reseal(buf, len);
    msg = try_read(buf, len, NULL);
    CHECK_STR(msg, "x.cbc: truncated");
    free(msg);
    free(buf);
    bc_free(&p);
    dg_free(&dc);

    /* with no files the policy name is the first string: put a NUL in it */
    make_image(&p, &dc);
    dg_free(&dc);
    dg_init(&dc);
    p.nspans = 0;
    for (uint32_t i = 0; i < p.nrules; i++) p.rules[i].span = (dg_span){0};
    for (uint32_t i = 0; i < p.nreqs; i++) p.reqs[i].span = (dg_span){0};
    buf = write_image(&p, &dc, &len);
    CHECK(buf[24] == 11 && buf[28] == 't');
    buf[29] = 0;
    reseal(buf, len);
    msg = try_read(buf, len, NULL);
    CHECK_STR(msg, "x.cbc: corrupted (NUL byte inside a string)");
    free(msg);
    /* and the unbroken version loads and verifies without any source */
    buf[29] = 'e';
    reseal(buf, len);
    bool v = false;
    msg = try_read(buf, len, &v);
    CHECK(msg == NULL && v);
    free(msg);
    free(buf);
    bc_free(&p);
    dg_free(&dc);
}

/* Applies one damage to a fresh image and expects the verifier to refuse it
 * with a message containing want. */
typedef void (*damage_fn)(bc_program *p);

static void expect_reject(damage_fn damage, const char *want, int line)
{
    bc_program p;
    dg_context dc;
    make_image(&p, &dc);
    damage(&p);
    bool ok = bc_verify(&p, &dc);
    if (ok || dc.nerrors != 1 || !has_diag(&dc, want)) {
        unit_fail++;
        printf("FAIL %s:%d: want \"%s\", got %s \"%s\"\n", __FILE__, line, want,
               ok ? "accepted" : "rejected", last_message(&dc));
    } else {
        unit_pass++;
    }
    bc_free(&p);
    dg_free(&dc);
}

static void set_code(bc_program *p, const uint8_t *code, uint32_t n)
{
    free(p->code);
    p->code = malloc(n);
    memcpy(p->code, code, n);
    p->ncode = n;
    p->nspans = 0;
    p->rules[0].entry = 0;
    p->rules[1].entry = 0;
}

static void bad_opcode(bc_program *p) { p->code[PC_LE] = 200; }
static void opcode_count(bc_program *p) { p->code[PC_LE] = BC__COUNT; }
static void jump_mid(bc_program *p) { set_operand(p, PC_NEXT, 1, PC_LOAD + 2); }
static void jump_past(bc_program *p) { set_operand(p, PC_JUMP, 0, CODE_LEN); }
static void const_range(bc_program *p) { set_operand(p, PC_CONST, 0, 10); }
static void local_range(bc_program *p) { set_operand(p, PC_LOAD, 0, 6); }
static void iter_range(bc_program *p) { set_operand(p, PC_ITER, 0, 4); }
static void next_range(bc_program *p) { set_operand(p, PC_NEXT1, 0, 4); }
static void table_range(bc_program *p) { set_operand(p, PC_TABLE, 0, 2); }
static void column_range(bc_program *p) { set_operand(p, PC_FIELD, 1, 9); }
static void link_range(bc_program *p) { set_operand(p, PC_LINK, 0, 1); }
static void rule_range(bc_program *p) { set_operand(p, PC_GUARD, 0, 2); }
static void req_range(bc_program *p) { set_operand(p, PC_REQ, 0, 2); }
static void fail_req_range(bc_program *p) { set_operand(p, PC_FAIL, 0, 7); }
static void mklist_range(bc_program *p) { set_operand(p, PC_MKLIST, 0, 1025); }
static void dur_range(bc_program *p) { set_operand(p, PC_DUR, 0, 4); }
static void concat_huge(bc_program *p) { set_operand(p, PC_CONCAT, 0, 0xffffffffu); }

static void underflow(bc_program *p)
{
    const uint8_t code[] = { BC_POP, BC_RET };
    set_code(p, code, sizeof code);
}

static void mklist_underflow(bc_program *p) { set_operand(p, PC_MKLIST, 0, 9); }

static void join(bc_program *p)
{
    const uint8_t code[] = { BC_MISSING, BC_MISSING, BC_GUARD, 0, 0, 0, 0, 12, 0, 0, 0,
                             BC_MISSING, BC_POP, BC_RET };
    set_code(p, code, sizeof code);
}

static void loop_grows(bc_program *p) { p->code[PC_FAIL] = BC_POP; p->code[PC_FAIL + 1] = BC_NOP; }

static void ret_depth(bc_program *p)
{
    const uint8_t code[] = { BC_MISSING, BC_RET };
    set_code(p, code, sizeof code);
}

static void falls_off(bc_program *p)
{
    const uint8_t code[] = { BC_MISSING, BC_POP, BC_RET, BC_MISSING, BC_POP };
    set_code(p, code, sizeof code);
    p->rules[1].entry = 3;
}

static void no_ret(bc_program *p) { p->code[PC_RET1] = BC_NOP; }
static void cut_insn(bc_program *p) { p->code[PC_RET1] = BC_CONST; }
static void entry_range(bc_program *p) { p->rules[1].entry = CODE_LEN; }
static void entry_mid(bc_program *p) { p->rules[1].entry = PC_RULE1 + 1; }
static void rule_reqs(bc_program *p) { p->rules[1].nreqs = 2; }
static void rule_table(bc_program *p) { p->rules[0].table = 2; }
static void rule_table_neg(bc_program *p) { p->rules[0].table = -2; }
static void req_rule(bc_program *p) { p->reqs[1].rule = 2; }
static void req_severity(bc_program *p) { p->reqs[0].severity = 2; }
static void span_order(bc_program *p) { p->spans[2].pc = 1; }
static void span_pc(bc_program *p) { p->spans[3].pc = CODE_LEN; }
static void span_file(bc_program *p) { p->spans[1].span.file = 2; }
static void span_end(bc_program *p) { p->spans[1].span.end = 1000; }
static void rule_span(bc_program *p) { p->rules[0].span.file = 5; }

static void test_verify_rejects(void)
{
#define REJECT(fn, want) expect_reject(fn, want, __LINE__)
    REJECT(bad_opcode, "bytecode verify: pc 38 (opcode 200): unknown opcode");
    char first_unknown[64];
    snprintf(first_unknown, sizeof first_unknown, "pc 38 (opcode %d): unknown opcode", BC__COUNT);
    REJECT(opcode_count, first_unknown);
    REJECT(jump_mid, "bytecode verify: pc 10 (NEXT): jump target 21 is inside an instruction");
    REJECT(jump_past, "bytecode verify: pc 73 (JUMP): jump target 218 past the end of the code (218 bytes)");
    REJECT(const_range, "bytecode verify: pc 33 (CONST): constant 10 out of range (10 constants)");
    REJECT(local_range, "bytecode verify: pc 19 (LOAD): local 6 out of range (6 locals)");
    REJECT(iter_range, "bytecode verify: pc 5 (ITER): locals 4..6 out of range (6 locals)");
    REJECT(next_range, "bytecode verify: pc 89 (NEXT): locals 4..6 out of range (6 locals)");
    REJECT(table_range, "bytecode verify: pc 0 (TABLE): table 2 out of range (2 tables)");
    REJECT(column_range, "bytecode verify: pc 24 (FIELD): column 9 out of range for table staff (5 columns)");
    REJECT(link_range, "bytecode verify: pc 108 (LINK): link 1 out of range (1 links)");
    REJECT(rule_range, "bytecode verify: pc 120 (GUARD): rule 2 out of range (2 rules)");
    REJECT(req_range, "bytecode verify: pc 39 (REQ): requirement 2 out of range (2 requirements)");
    REJECT(fail_req_range, "bytecode verify: pc 68 (FAIL): requirement 7 out of range (2 requirements)");
    REJECT(mklist_range, "bytecode verify: pc 169 (MKLIST): count 1025 out of range (at most 1024)");
    REJECT(dur_range, "bytecode verify: pc 180 (DUR): count 4 out of range (at most 3)");
    REJECT(concat_huge, "bytecode verify: pc 202 (CONCAT): count 4294967295 out of range (at most 1024)");
    REJECT(underflow, "bytecode verify: pc 0 (POP): stack underflow (pops 1, depth 0)");
    REJECT(mklist_underflow, "bytecode verify: pc 169 (MKLIST): stack underflow (pops 9, depth 8)");
    REJECT(join, "bytecode verify: pc 12 (POP): stack depth 1 on one path but 2 on another");
    REJECT(loop_grows, "bytecode verify: pc 10 (NEXT): stack depth 0 on one path but 2 on another");
    REJECT(ret_depth, "bytecode verify: pc 1 (RET): stack depth 1 at RET (must be 0)");
    REJECT(falls_off, "bytecode verify: pc 4 (POP): execution falls off the end of the code");
    REJECT(no_ret, "bytecode verify: pc 217 (NOP): execution falls off the end of the code");
    REJECT(cut_insn, "bytecode verify: pc 217 (CONST): instruction runs past the end of the code (218 bytes)");
    REJECT(entry_range, "bytecode verify: rule teams.size: entry 218 past the end of the code (218 bytes)");
    REJECT(entry_mid, "bytecode verify: rule teams.size: entry 80 is inside an instruction");
    REJECT(rule_reqs, "bytecode verify: rule teams.size: requirements 1..3 out of range (2 requirements)");
    REJECT(rule_table, "bytecode verify: rule caseload.nqsw_cap: table 2 out of range (2 tables)");
    REJECT(rule_table_neg, "bytecode verify: rule caseload.nqsw_cap: table -2 out of range (2 tables)");
    REJECT(req_rule, "bytecode verify: requirement 1: rule 2 out of range (2 rules)");
    REJECT(req_severity, "bytecode verify: requirement 0: severity 2 is neither must nor should");
    REJECT(span_order, "bytecode verify: span entry 2: pc 1 is before the previous entry's pc 19 (not sorted)");
    REJECT(span_pc, "bytecode verify: span entry 3: pc 218 past the end of the code (218 bytes)");
    REJECT(span_file, "bytecode verify: span entry 1 (pc 19): source position outside the known files");
    REJECT(span_end, "bytecode verify: span entry 1 (pc 19): source position outside the known files");
    REJECT(rule_span, "bytecode verify: rule caseload.nqsw_cap: source position outside the known files");
#undef REJECT
}

static const char LISTING_HEAD[] =
    "rule caseload.nqsw_cap (examples/test/policy.cadre:1) must×1 for each staff \"NQSW cap\"\n";

static const char LISTING_BODY[] =
    "  0000  TABLE      staff\n"
    "  0005  ITER       L0\n"
    "  0010  NEXT       L0, ->0078\n"
    "@3"
    "  0019  LOAD       L2\n"
    "  0024  FIELD      staff.caseload\n"
    "  0033  CONST      17\n"
    "  0038  LE\n"
    "  0039  REQ        req 0, ->0010\n"
    "  0048  LOAD       L2\n"
    "  0053  FIELD      staff.caseload\n"
    "  0062  CONST      17\n"
    "  0067  MISSING\n"
    "  0068  FAIL       req 0\n"
    "@2"
    "  0073  JUMP       ->0010\n"
    "  0078  RET\n"
    "\n"
    "rule teams.size (examples/test/policy.cadre:4) should×1 for each teams\n"
    "@5"
    "  0079  TABLE      teams\n"
    "  0084  ITER       L3\n"
    "  0089  NEXT       L3, ->0217\n"
    "  0098  ENTITY     L5\n"
    "  0103  LOAD       L5\n"
    "  0108  LINK       teams.members\n"
    "  0113  COUNT\n"
    "  0114  CONST      17\n"
    "  0119  GE\n"
    "  0120  GUARD      teams.size, ->0089\n"
    "  0129  CONST      true\n"
    "  0134  CONST      0.25\n"
    "  0139  CONST      \"say \\\"hi\\\"\\n\"\n"
    "  0144  CONST      2025-06-30\n"
    "  0149  CONST      1 month 2 days\n"
    "  0154  CONST      nqsw\n"
    "  0159  CONST      {sw, manager}\n"
    "  0164  CONST      missing\n"
    "  0169  MKLIST     8\n"
    "  0174  COUNT\n"
    "  0175  CONST      17\n"
    "  0180  DUR        1\n"
    "  0185  POP\n"
    "  0186  REQ        req 1, ->0089\n"
    "  0195  MISSING\n"
    "  0196  MISSING\n"
    "  0197  CONST      \"over cap\"\n"
    "  0202  CONCAT     1\n"
    "  0207  FAIL       req 1\n"
    "  0212  JUMP       ->0089\n"
    "  0217  RET\n";

/* The expected listing with "@N" replaced by the comment for source line N,
 * with or without its text. */
static char *expected_listing(bool with_text)
{
    static const char *const lines[] = { "", "", "for each staff:", "must caseload at most 17", "",
                                   "should count(members) at least 17" };
    size_t cap = 8192, n = 0;
    char *out = malloc(cap);
    n += (size_t)snprintf(out, cap, "%s        ; policy.cadre:2%s%s\n", LISTING_HEAD,
                          with_text ? ": " : "", with_text ? lines[2] : "");
    for (const char *c = LISTING_BODY; *c; c++) {
        if (*c == '@') {
            int l = *++c - '0';
            n += (size_t)snprintf(out + n, cap - n, "        ; policy.cadre:%d%s%s\n", l,
                                  with_text ? ": " : "", with_text ? lines[l] : "");
        } else {
            out[n++] = *c;
        }
    }
    out[n] = 0;
    return out;
}

static char *listing(const bc_program *p, const dg_context *dc)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    bc_disasm(p, dc, f);
    fclose(f);
    return buf;
}

static void test_disasm(void)
{
    bc_program p, q;
    dg_context dc, dc2;
    make_image(&p, &dc);
    char *got = listing(&p, &dc), *want = expected_listing(true);
    CHECK_STR(got, want);
    free(got);
    free(want);

    /* a loaded image carries the source text too, so its listing is the same */
    size_t len;
    uint8_t *buf = write_image(&p, &dc, &len);
    dg_init(&dc2);
    CHECK(bc_read(&q, &dc2, buf, len, "t.cbc"));
    got = listing(&q, &dc2);
    want = expected_listing(true);
    CHECK_STR(got, want);
    free(got);
    free(want);
    free(buf);
    bc_free(&p);
    bc_free(&q);
    dg_free(&dc);
    dg_free(&dc2);
}

int main(void)
{
    test_opcode_table();
    test_good_image();
    test_round_trip();
    test_read_rejects();
    test_read_rejects_contents();
    test_verify_rejects();
    test_disasm();
    return UNIT_END();
}
