/* test_waiver.c — matching waivers to findings (runtime/waiver.c) on
 * hand-built findings: the as-of date on each boundary, a dated breach one
 * day outside, unknowns and entity-less findings never waived, applying
 * twice, statuses and their wording.
 * Does not test reading the table or its data errors (tests/cases/waivers.t). */
#include "runtime/waiver.h"
#include "runtime/date.h"
#include "tests/unit/unit.h"

#include <stdlib.h>

static int32_t day(const char *iso)
{
    int32_t d = 0;
    dt_parse(iso, strlen(iso), &d);
    return d;
}

/* One program of one rule "cap" with one requirement. */
typedef struct {
    bc_program p;
    bc_rule rule;
    bc_req req;
    sc_schema schema;
    st_store st;
    vm_finding items[4];
    vm_count count;
    vm_results res;
    wv_waiver w[2];
    wv_set ws;
} fixture;

static void setup(fixture *x, uint8_t verdict, const char *entity_id)
{
    memset(x, 0, sizeof *x);
    x->rule.name = "cap";
    x->rule.nreqs = 1;
    x->p.rules = &x->rule;
    x->p.nrules = 1;
    x->p.reqs = &x->req;
    x->p.nreqs = 1;
    x->st.schema = &x->schema;   /* no tables: no subject is a known key */
    x->items[0] = (vm_finding){ .req = 0, .verdict = verdict, .table = 0, .row = 0, .entity_id = (char *)entity_id,
                                .breach_from = DT_MISSING, .breach_to = DT_MISSING, .waiver = -1 };
    x->res.items = x->items;
    x->res.n = 1;
    x->res.per_req = &x->count;
    if (verdict == VM_FAIL) x->count.fail = 1;
    if (verdict == VM_UNKNOWN) x->count.unknown = 1;
    x->w[0] = (wv_waiver){ .row = 0, .line = 2, .rule = "cap", .subject = "S1", .reason = "cover", .approved_by = "HoS",
                           .from = day("2025-06-01"), .to = day("2025-06-30") };
    x->ws.items = x->w;
    x->ws.n = 1;
    x->ws.source = "waivers.csv";
}

static const char *described(const wv_waiver *w)
{
    static char buf[256];
    wv_describe(w, buf, sizeof buf);
    return buf;
}

int main(void)
{
    fixture x;

    /* the as-of date on from, on to, and one day after to */
    setup(&x, VM_FAIL, "S1");
    wv_apply(&x.ws, &x.p, &x.st, day("2025-06-01"), &x.res);
    CHECK(x.items[0].verdict == VM_WAIVED && x.items[0].waiver == 0);
    CHECK(x.count.fail == 0 && x.count.waived == 1);
    CHECK(x.w[0].status == WV_USED && x.w[0].used == 1);
    setup(&x, VM_FAIL, "S1");
    wv_apply(&x.ws, &x.p, &x.st, day("2025-06-30"), &x.res);
    CHECK(x.items[0].verdict == VM_WAIVED);
    setup(&x, VM_FAIL, "S1");
    wv_apply(&x.ws, &x.p, &x.st, day("2025-07-01"), &x.res);
    CHECK(x.items[0].verdict == VM_FAIL && x.items[0].waiver == -1);
    CHECK(x.count.fail == 1 && x.count.waived == 0);
    CHECK(x.w[0].status == WV_EXPIRED);
    CHECK_STR(described(&x.w[0]), "expired on 2025-06-30");
    setup(&x, VM_FAIL, "S1");
    wv_apply(&x.ws, &x.p, &x.st, day("2025-05-31"), &x.res);
    CHECK(x.items[0].verdict == VM_FAIL && x.w[0].status == WV_NOT_YET);
    CHECK_STR(described(&x.w[0]), "not in force until 2025-06-01");

    /* applying twice changes nothing more */
    setup(&x, VM_FAIL, "S1");
    wv_apply(&x.ws, &x.p, &x.st, day("2025-06-15"), &x.res);
    wv_apply(&x.ws, &x.p, &x.st, day("2025-06-15"), &x.res);
    CHECK(x.count.fail == 0 && x.count.waived == 1 && x.w[0].used == 1 && x.w[0].status == WV_USED);

    /* another subject, another rule: not waived; the waiver is unused */
    setup(&x, VM_FAIL, "S2");
    wv_apply(&x.ws, &x.p, &x.st, day("2025-06-15"), &x.res);
    CHECK(x.items[0].verdict == VM_FAIL && x.w[0].status == WV_UNUSED);
    CHECK_STR(described(&x.w[0]), "matched no failed finding: no row has the key 'S1'");
    setup(&x, VM_FAIL, "S1");
    x.w[0].rule = "hours";
    wv_apply(&x.ws, &x.p, &x.st, day("2025-06-15"), &x.res);
    CHECK(x.items[0].verdict == VM_FAIL);

    /* unknowns, passes and findings without an entity are never waived */
    setup(&x, VM_UNKNOWN, "S1");
    wv_apply(&x.ws, &x.p, &x.st, day("2025-06-15"), &x.res);
    CHECK(x.items[0].verdict == VM_UNKNOWN && x.count.unknown == 1 && x.count.waived == 0);
    setup(&x, VM_PASS, "S1");
    wv_apply(&x.ws, &x.p, &x.st, day("2025-06-15"), &x.res);
    CHECK(x.items[0].verdict == VM_PASS);
    setup(&x, VM_FAIL, NULL);
    wv_apply(&x.ws, &x.p, &x.st, day("2025-06-15"), &x.res);
    CHECK(x.items[0].verdict == VM_FAIL);

    /* a dated breach: from on its first day waives, one day later does not */
    setup(&x, VM_FAIL, "S1");
    x.items[0].breach_from = day("2025-05-22");
    x.items[0].breach_to = day("2025-06-04");
    x.w[0].from = day("2025-05-22");
    wv_apply(&x.ws, &x.p, &x.st, day("2025-06-15"), &x.res);
    CHECK(x.items[0].verdict == VM_WAIVED);
    setup(&x, VM_FAIL, "S1");
    x.items[0].breach_from = day("2025-05-22");
    x.items[0].breach_to = day("2025-06-04");
    x.w[0].from = day("2025-05-23");
    wv_apply(&x.ws, &x.p, &x.st, day("2025-06-15"), &x.res);
    CHECK(x.items[0].verdict == VM_FAIL && x.w[0].status == WV_OUTSIDE);
    CHECK_STR(described(&x.w[0]), "the breach 2025-05-22 to 2025-06-04 lies outside its dates (2025-05-23 to 2025-06-30), so it is not waived");

    /* open-ended; the first covering waiver is the one used */
    setup(&x, VM_FAIL, "S1");
    x.w[0].to = DT_MISSING;
    x.w[1] = x.w[0];
    x.w[1].line = 3;
    x.ws.n = 2;
    wv_apply(&x.ws, &x.p, &x.st, day("2030-01-01"), &x.res);
    CHECK(x.items[0].verdict == VM_WAIVED && x.items[0].waiver == 0);
    CHECK(x.w[0].status == WV_USED && x.w[1].status == WV_UNUSED);
    char text[256];
    wv_justification(&x.ws, &x.w[0], text, sizeof text);
    CHECK_STR(text, "cover (approved by HoS, from 2025-06-01, no end date; waivers.csv:2)");

    return UNIT_END();
}
