/* utf8.c — UTF-8 validation and Windows-1252 to UTF-8.
 * Owns: the byte-level rules of RFC 3629 and the Windows-1252 table.
 * Does not own: reporting (the callers say where a bad byte was). */
#include "utf8.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

size_t u8_seq(const unsigned char *p, size_t n)
{
    if (n == 0) return 0;
    unsigned c = p[0];
    if (c < 0x80) return 1;
    size_t len;
    unsigned lo = 0x80, hi = 0xBF;   /* the second byte's range */
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) { len = 3; lo = 0xA0; }            /* no overlong forms */
    else if (c == 0xED) { len = 3; hi = 0x9F; }            /* no surrogates */
    else if (c >= 0xE1 && c <= 0xEF) len = 3;
    else if (c == 0xF0) { len = 4; lo = 0x90; }
    else if (c == 0xF4) { len = 4; hi = 0x8F; }            /* nothing above U+10FFFF */
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else return 0;                                         /* 0x80-0xC1, 0xF5-0xFF */
    if (n < len || p[1] < lo || p[1] > hi) return 0;
    for (size_t i = 2; i < len; i++)
        if (p[i] < 0x80 || p[i] > 0xBF) return 0;
    return len;
}

size_t u8_invalid_at(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        /* eight ASCII bytes at a time: most of a data file */
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if (w & 0x8080808080808080ull) break;
            i += 8;
        }
        if (i >= len) break;
        if (p[i] < 0x80) { i++; continue; }
        size_t k = u8_seq(p + i, len - i);
        if (!k) return i;
        i += k;
    }
    return len;
}

/* Windows-1252 0x80-0x9F; 0 marks the five bytes it leaves undefined. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

static unsigned cp1252_code(unsigned char b)
{
    if (b < 0x80 || b >= 0xA0) return b;
    return cp1252_high[b - 0x80] ? cp1252_high[b - 0x80] : b;
}

char *u8_from_cp1252(const char *s, size_t len, size_t *outlen)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned c = cp1252_code(p[i]);
        n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    char *out = malloc(n + 1);
    if (!out) { fputs("cadre: out of memory\n", stderr); abort(); }
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned c = cp1252_code(p[i]);
        if (c < 0x80) out[o++] = (char)c;
        else if (c < 0x800) { out[o++] = (char)(0xC0 | c >> 6); out[o++] = (char)(0x80 | (c & 0x3F)); }
        else { out[o++] = (char)(0xE0 | c >> 12); out[o++] = (char)(0x80 | ((c >> 6) & 0x3F)); out[o++] = (char)(0x80 | (c & 0x3F)); }
    }
    out[o] = '\0';
    *outlen = o;
    return out;
}
