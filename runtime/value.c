/* value.c — exact rational arithmetic and value equality.
 * Owns: keeping every vl_rat normalised (den > 0, gcd 1), detecting results
 * that do not fit int64 (callers report them; nothing is ever rounded except
 * by vl_rat_format for display), decimal parsing and printing of rationals.
 * Does not own: formatting of dates, rows or lists (evidence printing does
 * that) or the meaning of missing values (the VM propagates them). */
#include "value.h"

#include <string.h>

typedef __int128 i128;
typedef unsigned __int128 u128;

static u128 gcd128(u128 a, u128 b)
{
    while (b) { u128 t = a % b; a = b; b = t; }
    return a;
}

/* Every operation computes its exact result in 128 bits (products of two
 * int64 values always fit) and funnels through here, so normalisation and the
 * overflow test live in one place. */
static bool from128(i128 num, i128 den, vl_rat *out)
{
    if (den == 0) return false;
    if (den < 0) { num = -num; den = -den; }
    u128 an = num < 0 ? (u128)0 - (u128)num : (u128)num;
    u128 g = gcd128(an, (u128)den);
    if (g > 1) { num /= (i128)g; den /= (i128)g; }
    if (num > INT64_MAX || num < INT64_MIN || den > INT64_MAX) return false;
    out->num = (int64_t)num;
    out->den = (int64_t)den;
    return true;
}

bool vl_rat_make(int64_t num, int64_t den, vl_rat *out)
{
    return from128(num, den, out);
}

bool vl_rat_add(vl_rat a, vl_rat b, vl_rat *out)
{
    if (a.den == b.den) return from128((i128)a.num + b.num, a.den, out);
    return from128((i128)a.num * b.den + (i128)b.num * a.den, (i128)a.den * b.den, out);
}

bool vl_rat_sub(vl_rat a, vl_rat b, vl_rat *out)
{
    if (a.den == b.den) return from128((i128)a.num - b.num, a.den, out);
    return from128((i128)a.num * b.den - (i128)b.num * a.den, (i128)a.den * b.den, out);
}

bool vl_rat_mul(vl_rat a, vl_rat b, vl_rat *out)
{
    return from128((i128)a.num * b.num, (i128)a.den * b.den, out);
}

bool vl_rat_div(vl_rat a, vl_rat b, vl_rat *out)
{
    if (b.num == 0) return false;
    return from128((i128)a.num * b.den, (i128)a.den * b.num, out);
}

int vl_rat_cmp(vl_rat a, vl_rat b)
{
    i128 l = (i128)a.num * b.den, r = (i128)b.num * a.den;
    return l < r ? -1 : l > r ? 1 : 0;
}

/* Grammar: -? digits ( . digits )?  — the same shape the language's number
 * literals and the CSV decimals use, so "1." and ".5" are rejected everywhere. */
bool vl_rat_parse(const char *s, size_t len, vl_rat *out)
{
    size_t i = 0;
    bool neg = false;
    if (i < len && s[i] == '-') { neg = true; i++; }
    size_t int_start = i;
    while (i < len && s[i] >= '0' && s[i] <= '9') i++;
    size_t int_end = i;
    if (int_end == int_start) return false;
    size_t frac_start = i, frac_end = i;
    if (i < len && s[i] == '.') {
        frac_start = ++i;
        while (i < len && s[i] >= '0' && s[i] <= '9') i++;
        frac_end = i;
        if (frac_end == frac_start) return false;
    }
    if (i != len) return false;
    /* trailing fraction zeros change nothing; leading integer zeros neither */
    while (frac_end > frac_start && s[frac_end - 1] == '0') frac_end--;
    while (int_start < int_end && s[int_start] == '0') int_start++;
    size_t nfrac = frac_end - frac_start;
    int64_t mant = 0, den = 1;
    int sig = 0;
    for (size_t k = int_start; k < int_end; k++) {
        if (++sig > 18) return false;
        mant = mant * 10 + (s[k] - '0');
    }
    if (nfrac > 18) return false;
    for (size_t k = frac_start; k < frac_end; k++) {
        if (mant != 0 || s[k] != '0') { if (++sig > 18) return false; }
        mant = mant * 10 + (s[k] - '0');
        den *= 10;
    }
    return from128(neg ? -(i128)mant : (i128)mant, den, out);
}

static size_t put_u128(char *tmp, u128 v) /* digits reversed into tmp */
{
    size_t n = 0;
    do { tmp[n++] = (char)('0' + (int)(v % 10)); v /= 10; } while (v);
    return n;
}

/* Writes sign, integer part and `places` fraction digits of mag / 10^places. */
static void put_fixed(char *buf, size_t cap, bool neg, u128 mag, int places)
{
    char digits[64], out[80];
    size_t nd = put_u128(digits, mag), o = 0;
    while (nd <= (size_t)places) digits[nd++] = '0'; /* at least one integer digit */
    if (neg) out[o++] = '-';
    for (size_t k = nd; k-- > 0;) {
        out[o++] = digits[k];
        if (k == (size_t)places && places > 0) out[o++] = '.';
    }
    out[o] = '\0';
    if (cap == 0) return;
    size_t n = o < cap - 1 ? o : cap - 1;
    memcpy(buf, out, n);
    buf[n] = '\0';
}

void vl_rat_format(vl_rat r, char *buf, size_t cap)
{
    bool neg = r.num < 0;
    u128 mag = neg ? (u128)0 - (u128)(i128)r.num : (u128)r.num;
    int64_t p10 = 1;
    for (int k = 0; k <= 6; k++, p10 *= 10) {
        if (r.den > 0 && p10 % r.den == 0) {
            put_fixed(buf, cap, neg, mag * (u128)(p10 / r.den), k);
            return;
        }
    }
    /* round(mag*100/den) half away from zero, done on the magnitude */
    u128 den = r.den > 0 ? (u128)r.den : 1;
    u128 q = (mag * 200 + den) / (2 * den);
    put_fixed(buf, cap, neg && q != 0, q, 2);
}

bool vl_equal(vl_value a, vl_value b)
{
    if (a.type != b.type) return false;
    switch ((vl_type)a.type) {
    case VT_MISSING: return true;
    case VT_BOOL:    return a.as.b == b.as.b;
    case VT_NUM:     return a.as.n.num == b.as.n.num && a.as.n.den == b.as.n.den;
    case VT_TEXT:
        if (a.as.s == b.as.s) return true;
        return a.as.s && b.as.s && strcmp(a.as.s, b.as.s) == 0;
    case VT_DATE:    return a.as.date == b.as.date;
    case VT_DUR:     return a.as.dur.months == b.as.dur.months && a.as.dur.days == b.as.dur.days;
    case VT_ROLE:    return a.as.role == b.as.role;
    case VT_ROLESET: return a.as.roles == b.as.roles;
    case VT_ROW:     return a.as.row.table == b.as.row.table && a.as.row.row == b.as.row.row;
    case VT_LIST:    return a.as.list == b.as.list;
    case VT_GAP:     return a.as.gap.from == b.as.gap.from && a.as.gap.to == b.as.gap.to;
    }
    return false;
}
