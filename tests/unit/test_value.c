/* test_value.c — exact rationals: normalisation, arithmetic that never
 * rounds, overflow reported instead of wrapped, decimal parse and print.
 * Does not test value printing for evidence (the VM's tests do). */
#include "runtime/value.h"
#include "tests/unit/unit.h"

#include <stdint.h>

static vl_rat R(int64_t n, int64_t d)
{
    vl_rat r = {0, 1};
    vl_rat_make(n, d, &r);
    return r;
}

static const char *fmt(vl_rat r)
{
    static char buf[64]; /* test-only: one result is checked at a time */
    vl_rat_format(r, buf, sizeof buf);
    return buf;
}

static const char *parse_fmt(const char *s)
{
    vl_rat r;
    if (!vl_rat_parse(s, strlen(s), &r)) return "(reject)";
    return fmt(r);
}

static bool same(vl_rat a, int64_t n, int64_t d) { return a.num == n && a.den == d; }

int main(void)
{
    vl_rat r;
    /* normalisation */
    CHECK(vl_rat_make(6, -4, &r) && same(r, -3, 2));
    CHECK(vl_rat_make(0, 7, &r) && same(r, 0, 1));
    CHECK(!vl_rat_make(1, 0, &r));
    CHECK(!vl_rat_make(INT64_MIN, -1, &r));

    /* 1/3 + 1/3 + 1/3 == 1 exactly */
    vl_rat third = R(1, 3);
    CHECK(vl_rat_add(third, third, &r) && vl_rat_add(r, third, &r) && same(r, 1, 1));
    /* avg(17, 17, 17) == 17 exactly */
    vl_rat sum = R(0, 1);
    for (int i = 0; i < 3; i++) CHECK(vl_rat_add(sum, R(17, 1), &sum));
    CHECK(vl_rat_div(sum, R(3, 1), &r) && same(r, 17, 1));
    CHECK_STR(fmt(r), "17");
    /* 0.1 + 0.2 == 0.3, unlike binary floating point */
    vl_rat a, b, c;
    CHECK(vl_rat_parse("0.1", 3, &a) && vl_rat_parse("0.2", 3, &b) && vl_rat_parse("0.3", 3, &c));
    CHECK(vl_rat_add(a, b, &r) && vl_rat_cmp(r, c) == 0);

    CHECK(vl_rat_sub(R(1, 2), R(1, 3), &r) && same(r, 1, 6));
    CHECK(vl_rat_mul(R(2, 3), R(9, 4), &r) && same(r, 3, 2));
    CHECK(vl_rat_div(R(1, 2), R(-1, 4), &r) && same(r, -2, 1));
    CHECK(!vl_rat_div(R(1, 2), R(0, 1), &r));

    /* overflow detected, never wrapped */
    CHECK(!vl_rat_add(R(INT64_MAX, 1), R(1, 1), &r));
    CHECK(!vl_rat_sub(R(INT64_MIN, 1), R(1, 1), &r));
    CHECK(!vl_rat_mul(R(INT64_MAX / 2 + 1, 1), R(2, 1), &r));
    CHECK(!vl_rat_add(R(1, INT64_MAX), R(1, INT64_MAX - 1), &r));
    CHECK(vl_rat_mul(R(INT64_MAX, 3), R(3, INT64_MAX), &r) && same(r, 1, 1)); /* intermediate > 64 bits */
    CHECK(vl_rat_add(R(INT64_MAX - 1, 1), R(1, 1), &r) && same(r, INT64_MAX, 1));

    /* comparison is exact even where doubles would tie */
    CHECK(vl_rat_cmp(R(INT64_MAX, INT64_MAX - 1), R(INT64_MAX - 1, INT64_MAX - 2)) < 0);
    CHECK(vl_rat_cmp(R(-1, 2), R(1, 3)) < 0);
    CHECK(vl_rat_cmp(R(2, 4), R(1, 2)) == 0);
    CHECK(vl_rat_cmp(R(5, 1), R(9, 2)) > 0);

    /* parse */
    CHECK(vl_rat_parse("0.6", 3, &r) && same(r, 3, 5));
    CHECK(vl_rat_parse("-0.25", 5, &r) && same(r, -1, 4));
    CHECK(vl_rat_parse("17", 2, &r) && same(r, 17, 1));
    CHECK(vl_rat_parse("007.500", 7, &r) && same(r, 15, 2));
    CHECK(vl_rat_parse("999999999999999999", 18, &r) && same(r, 999999999999999999, 1));
    CHECK(!vl_rat_parse("1234567890123456789", 19, &r));
    CHECK(!vl_rat_parse("1.234567890123456789", 20, &r));
    CHECK(vl_rat_parse("0.000000000000000001", 20, &r) && same(r, 1, 1000000000000000000));
    CHECK(vl_rat_parse("12x", 2, &r) && same(r, 12, 1)); /* len bounds the text */
    static const char *const bad[] = {"", "-", "1.", ".5", "1e3", "+1", "1.2.3", " 1", "1 ", "--1", "0x10", "1,5"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        bool ok = vl_rat_parse(bad[i], strlen(bad[i]), &r);
        CHECK(!ok);
        if (ok) printf("  accepted \"%s\"\n", bad[i]);
    }

    /* format: exact when the denominator divides 10^6, else 2 places */
    CHECK_STR(fmt(R(52, 3)), "17.33");
    CHECK_STR(fmt(R(-52, 3)), "-17.33");
    CHECK_STR(fmt(R(2, 3)), "0.67");
    CHECK_STR(fmt(R(1, 8)), "0.125");
    CHECK_STR(fmt(R(1, 3 * 64)), "0.01");
    CHECK_STR(fmt(R(-1, 300)), "0.00");   /* no "-0.00" */
    CHECK_STR(fmt(R(1, 200 * 3)), "0.00");
    CHECK_STR(fmt(R(1, 1000000)), "0.000001");
    CHECK_STR(fmt(R(1, 2000000)), "0.00");  /* 10^7 is beyond the exact range */
    CHECK_STR(fmt(R(5, 6)), "0.83");
    CHECK_STR(fmt(R(1, 6)), "0.17");
    CHECK_STR(fmt(R(INT64_MAX, 3)), "3074457345618258602.33");
    CHECK_STR(fmt(R(INT64_MIN, 1)), "-9223372036854775808");
    CHECK_STR(fmt(R(INT64_MAX, 1000000)), "9223372036854.775807");
    CHECK_STR(parse_fmt("0.6"), "0.6");
    CHECK_STR(parse_fmt("1.25"), "1.25");
    CHECK_STR(parse_fmt("-3"), "-3");
    CHECK_STR(parse_fmt("-0.25"), "-0.25");
    CHECK_STR(parse_fmt("0"), "0");
    CHECK_STR(parse_fmt("-0.0"), "0");
    CHECK_STR(parse_fmt("10.50"), "10.5");
    char small[4];
    vl_rat_format(R(12345, 1), small, sizeof small);
    CHECK_STR(small, "123"); /* truncated, still terminated */

    /* rounding: a rational that needs rounding is never exactly at a tie
     * (that would need den | 200), so check either side of one */
    CHECK_STR(fmt(R(1001, 8 * 3)), "41.71");      /* 41.7083.. */
    CHECK_STR(fmt(R(36091, 3600)), "10.03");      /* 10.02527.. */
    CHECK_STR(fmt(R(-36091, 3600)), "-10.03");
    CHECK_STR(fmt(R(36089, 3600)), "10.02");      /* 10.02472.. */
    CHECK_STR(fmt(R(-36089, 3600)), "-10.02");

    /* equality */
    const char t1[] = "abc";
    char t2[] = "abc";
    CHECK(vl_equal(vl_text(t1), vl_text(t2)));
    CHECK(!vl_equal(vl_text(t1), vl_text("abd")));
    CHECK(vl_equal(vl_int(3), vl_int(3)));
    CHECK(!vl_equal(vl_int(3), vl_date(3)));
    CHECK(vl_equal(vl_row(1, 5), vl_row(1, 5)));
    CHECK(!vl_equal(vl_row(1, 5), vl_row(2, 5)));
    CHECK(vl_equal(vl_dur(1, 2), vl_dur(1, 2)));
    CHECK(!vl_equal(vl_dur(1, 2), vl_dur(0, 32)));
    CHECK(vl_equal(vl_role(2), vl_role(2)));
    CHECK(vl_equal(vl_missing(), vl_missing()));
    vl_list l1 = {0}, l2 = {0};
    CHECK(vl_equal(vl_listv(&l1), vl_listv(&l1)));
    CHECK(!vl_equal(vl_listv(&l1), vl_listv(&l2)));
    return UNIT_END();
}
