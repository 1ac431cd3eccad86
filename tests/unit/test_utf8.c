/* test_utf8.c — UTF-8 validation at its boundaries (overlong forms,
 * surrogates, U+10FFFF, truncation) and Windows-1252 conversion of every
 * byte, checked by validating the result and by known code points. */
#include "runtime/utf8.h"
#include "tests/unit/unit.h"

#include <stdlib.h>

static size_t SEQ(const char *s) { return u8_seq((const unsigned char *)s, strlen(s)); }

int main(void)
{
    CHECK(SEQ("a") == 1);
    CHECK(SEQ("\xC3\xA9") == 2);                 /* é */
    CHECK(SEQ("\xE2\x82\xAC") == 3);             /* € */
    CHECK(SEQ("\xF0\x9F\x98\x80") == 4);         /* U+1F600 */
    CHECK(SEQ("\xF4\x8F\xBF\xBF") == 4);         /* U+10FFFF, the last */
    CHECK(SEQ("\xF4\x90\x80\x80") == 0);         /* above U+10FFFF */
    CHECK(SEQ("\xC0\xAF") == 0);                 /* overlong '/' */
    CHECK(SEQ("\xC1\xBF") == 0);
    CHECK(SEQ("\xE0\x9F\xBF") == 0);             /* overlong 3-byte */
    CHECK(SEQ("\xE0\xA0\x80") == 3);             /* U+0800, the first 3-byte */
    CHECK(SEQ("\xED\xA0\x80") == 0);             /* U+D800, a surrogate */
    CHECK(SEQ("\xED\x9F\xBF") == 3);             /* U+D7FF */
    CHECK(SEQ("\xF0\x8F\xBF\xBF") == 0);         /* overlong 4-byte */
    CHECK(SEQ("\xE9") == 0);                     /* latin1 é */
    CHECK(SEQ("\x80") == 0);                     /* a lone continuation */
    CHECK(SEQ("\xC3") == 0);                     /* cut short */
    CHECK(SEQ("\xE2\x82") == 0);
    CHECK(SEQ("\xF8\x88\x80\x80") == 0);         /* 5-byte forms are gone */

    const char *ok = "id,name\nS1,Renée O’Brien\nS2,plain ascii text that is longer than eight bytes\n";
    CHECK(u8_invalid_at(ok, strlen(ok)) == strlen(ok));
    const char *bad = "id,name\nS1,Ren\xE9" "e\n";
    CHECK(u8_invalid_at(bad, strlen(bad)) == 14);
    CHECK(u8_invalid_at("abcdefghijklmnop\xFF", 17) == 16);   /* after the 8-byte fast path */
    CHECK(u8_invalid_at("", 0) == 0);

    /* every Windows-1252 byte converts to valid UTF-8 */
    char all[256];
    for (int i = 0; i < 256; i++) all[i] = (char)i;
    size_t n;
    char *u = u8_from_cp1252(all, 256, &n);
    CHECK(u8_invalid_at(u, n) == n);
    free(u);
    u = u8_from_cp1252("\x80\x92\x93\x94\x8E\xE9\x81", 7, &n);
    CHECK_STR(u, "€’“”Žé\xC2\x81");              /* 0x81 is undefined: U+0081 */
    CHECK(n == strlen(u));
    free(u);
    return UNIT_END();
}
