/* utf8.h — UTF-8 validation and the one legacy encoding cadre reads.
 * Owns: telling valid UTF-8 from other bytes (RFC 3629: no overlong forms,
 * no surrogates, nothing above U+10FFFF), and converting Windows-1252 (what
 * Excel's "CSV" saves on Windows; also read for latin1) to UTF-8.
 * Does not own: where text comes from or goes (store.c validates data files,
 * cli/report.c keeps every report format valid UTF-8). */
#ifndef CADRE_UTF8_H
#define CADRE_UTF8_H

#include <stddef.h>

/* Length (1-4) of the valid UTF-8 sequence starting at p, of the n bytes
 * available; 0 when the bytes there are not one. */
size_t u8_seq(const unsigned char *p, size_t n);
/* Offset of the first byte of p that is not part of valid UTF-8, or len
 * when all of it is valid. Fast over ASCII. */
size_t u8_invalid_at(const char *p, size_t len);
/* Windows-1252 bytes as UTF-8, in a new malloc'd buffer (*outlen bytes, NUL
 * after them). 0x80-0x9F map as Windows-1252 does (0x80 is the euro sign);
 * the five bytes it leaves undefined map to U+0081 etc., as the WHATWG
 * Encoding Standard's windows-1252 decoder does; 0xA0-0xFF are latin1. */
char *u8_from_cp1252(const char *p, size_t len, size_t *outlen);

#define U8_REPLACEMENT "\xEF\xBF\xBD"  /* U+FFFD, written for bytes that are not UTF-8 */

#endif
