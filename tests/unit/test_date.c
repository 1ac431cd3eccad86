/* test_date.c — the civil calendar: every day of 1900–2100 round-trips,
 * leap-year rules, month arithmetic clamping to the month's end, and the
 * strict YYYY-MM-DD syntax. */
#include "runtime/date.h"
#include "tests/unit/unit.h"

static int32_t D(const char *s)
{
    int32_t d = DT_MISSING;
    if (!dt_parse(s, strlen(s), &d)) printf("  could not parse %s\n", s);
    return d;
}

static const char *F(int32_t d)
{
    static char buf[32]; /* test-only: one result is checked at a time */
    dt_format(d, buf, sizeof buf);
    return buf;
}

int main(void)
{
    CHECK(dt_from_civil(1970, 1, 1) == 0);
    CHECK(dt_from_civil(1969, 12, 31) == -1);
    CHECK(dt_from_civil(2000, 3, 1) == 11017);
    CHECK(dt_from_civil(1900, 1, 1) == -25567);

    /* every day from 1900-01-01 to 2100-12-31: consecutive numbers,
     * conversions both ways, printing and parsing agree */
    int32_t first = dt_from_civil(1900, 1, 1), last = dt_from_civil(2100, 12, 31);
    int32_t py = 1900, pm = 1, pd = 0;
    long bad = 0, days = 0;
    for (int32_t n = first; n <= last; n++, days++) {
        int32_t y, m, d, back = 0;
        dt_to_civil(n, &y, &m, &d);
        bool next = (y == py && m == pm && d == pd + 1) ||
                    (y == py && m == pm + 1 && d == 1) || (y == py + 1 && m == 1 && d == 1 && pm == 12);
        char buf[16];
        dt_format(n, buf, sizeof buf);
        if (!next || !dt_valid(y, m, d) || dt_from_civil(y, m, d) != n ||
            !dt_parse(buf, strlen(buf), &back) || back != n) {
            if (bad++ < 5) printf("  day %d -> %d-%d-%d (%s)\n", (int)n, (int)y, (int)m, (int)d, buf);
        }
        py = y; pm = m; pd = d;
    }
    CHECK(bad == 0);
    CHECK(days == 73414); /* 201 years, 49 leap days (1900 and 2100 are not leap) */

    /* leap years */
    CHECK(dt_valid(2000, 2, 29));
    CHECK(!dt_valid(1900, 2, 29));
    CHECK(dt_valid(2024, 2, 29));
    CHECK(!dt_valid(2023, 2, 29));
    CHECK(!dt_valid(2100, 2, 29));
    CHECK(!dt_valid(2024, 4, 31));
    CHECK(!dt_valid(2024, 13, 1));
    CHECK(!dt_valid(2024, 0, 1));
    CHECK(!dt_valid(2024, 1, 0));

    /* month arithmetic */
    CHECK_STR(F(dt_add(D("2024-01-31"), 1, 0)), "2024-02-29");
    CHECK_STR(F(dt_add(D("2023-01-31"), 1, 0)), "2023-02-28");
    CHECK_STR(F(dt_add(D("2024-02-29"), 12, 0)), "2025-02-28");
    CHECK_STR(F(dt_add(D("2024-03-31"), -1, 0)), "2024-02-29");
    CHECK_STR(F(dt_add(D("2024-03-31"), -13, 0)), "2023-02-28");
    CHECK_STR(F(dt_add(D("2024-12-15"), 1, 0)), "2025-01-15");
    CHECK_STR(F(dt_add(D("2025-01-15"), -1, 0)), "2024-12-15");
    CHECK_STR(F(dt_add(D("2024-05-31"), 1, 1)), "2024-07-01"); /* months first, then days */
    CHECK_STR(F(dt_add(D("2024-01-01"), 0, -1)), "2023-12-31");
    CHECK_STR(F(dt_add(D("2024-01-01"), 0, 366)), "2025-01-01");
    CHECK_STR(F(dt_add(D("2024-08-31"), 6, 0)), "2025-02-28");
    CHECK_STR(F(dt_add(D("1970-01-01"), -1, 0)), "1969-12-01");

    /* strict syntax and real dates only */
    int32_t out;
    static const char *const rejects[] = {
        "", "2024-1-01", "2024-01-1", "24-01-01", "2024/01/01", "2024-01-01 ", " 2024-01-01",
        "2024-02-30", "2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31",
        "2024-01-00", "2024-01-32", "20240101", "2024-01-0a", "2024-01-01T00:00", "+024-01-01",
    };
    for (size_t i = 0; i < sizeof rejects / sizeof rejects[0]; i++) {
        bool ok = dt_parse(rejects[i], strlen(rejects[i]), &out);
        CHECK(!ok);
        if (ok) printf("  accepted \"%s\"\n", rejects[i]);
    }
    CHECK(dt_parse("2000-02-29", 10, &out) && out == dt_from_civil(2000, 2, 29));
    CHECK(dt_parse("2024-03-31xyz", 10, &out)); /* len bounds the text */
    CHECK_STR(F(D("0001-01-01")), "0001-01-01");
    CHECK_STR(F(D("9999-12-31")), "9999-12-31");
    return UNIT_END();
}
