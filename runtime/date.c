/* date.c — proleptic Gregorian calendar on day numbers (0 = 1970-01-01).
 * Owns: the civil <-> day-number conversions (the era/year-of-era shape of
 * Howard Hinnant's algorithms, with March-based years so that the leap day
 * falls at the end), ISO YYYY-MM-DD parsing/printing, month arithmetic.
 * Does not own: time zones, clocks or "today"; libc time functions are not
 * used because they depend on the locale and the zone. */
#include "date.h"

#include <stdio.h>

static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

static bool is_leap(int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int64_t y, int64_t m)
{
    static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : dim[m - 1];
}

static int64_t from_civil64(int64_t y, int64_t m, int64_t d)
{
    y -= m <= 2;                                     /* years start in March */
    int64_t era = floor_div(y, 400);
    int64_t yoe = y - era * 400;                     /* [0, 399] */
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1; /* [0, 365] */
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           /* [0, 146096] */
    return era * 146097 + doe - 719468;              /* 719468 = 0000-03-01 .. 1970-01-01 */
}

static void to_civil64(int64_t z, int64_t *y, int64_t *m, int64_t *d)
{
    z += 719468;
    int64_t era = floor_div(z, 146097);
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;                /* 0 = March */
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yoe + era * 400 + (*m <= 2);
}

int32_t dt_from_civil(int32_t y, int32_t m, int32_t d)
{
    return (int32_t)from_civil64(y, m, d);
}

void dt_to_civil(int32_t days, int32_t *y, int32_t *m, int32_t *d)
{
    int64_t yy, mm, dd;
    to_civil64(days, &yy, &mm, &dd);
    *y = (int32_t)yy; *m = (int32_t)mm; *d = (int32_t)dd;
}

bool dt_valid(int32_t y, int32_t m, int32_t d)
{
    return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

bool dt_parse(const char *s, size_t len, int32_t *out)
{
    if (len != 10 || s[4] != '-' || s[7] != '-') return false;
    int v[3] = {0, 0, 0};
    static const int start[3] = {0, 5, 8}, width[3] = {4, 2, 2};
    for (int f = 0; f < 3; f++)
        for (int k = 0; k < width[f]; k++) {
            char c = s[start[f] + k];
            if (c < '0' || c > '9') return false;
            v[f] = v[f] * 10 + (c - '0');
        }
    if (!dt_valid(v[0], v[1], v[2])) return false;
    *out = dt_from_civil(v[0], v[1], v[2]);
    return true;
}

void dt_format(int32_t days, char *buf, size_t cap)
{
    int32_t y, m, d;
    dt_to_civil(days, &y, &m, &d);
    snprintf(buf, cap, "%04d-%02d-%02d", (int)y, (int)m, (int)d);
}

int32_t dt_period_start(int32_t days, int32_t months, int32_t plus_days)
{
    if (months == 0 && plus_days == 7) {
        int64_t weekday = ((int64_t)days + 3) % 7;   /* 1970-01-01 was a Thursday */
        if (weekday < 0) weekday += 7;
        return (int32_t)(days - weekday);
    }
    if (plus_days != 0 || months <= 0 || 12 % months != 0) return DT_MISSING;
    int64_t y, m, d;
    to_civil64(days, &y, &m, &d);
    m = (m - 1) / months * months + 1;
    return (int32_t)from_civil64(y, m, 1);
}

int32_t dt_add(int32_t days, int32_t months, int32_t plus_days)
{
    if (months == 0) return (int32_t)((int64_t)days + plus_days);   /* no calendar involved (`as_of - 7 days`, per row) */
    int64_t y, m, d;
    to_civil64(days, &y, &m, &d);
    int64_t total = y * 12 + (m - 1) + months;
    y = floor_div(total, 12);
    m = total - y * 12 + 1;
    int dim = days_in_month(y, m);
    if (d > dim) d = dim;
    return (int32_t)(from_civil64(y, m, d) + plus_days);
}
