/* test_csv.c — the RFC 4180 reader: quoting, "" escapes, embedded commas
 * and newlines (and the line numbers of what follows them), CRLF, BOM, a
 * missing final newline, and the two malformations it reports. */
#include "runtime/csv.h"
#include "tests/unit/unit.h"

#include <stdlib.h>

/* The current record as "f1|f2|..." with each field's line:col appended
 * when pos is set, e.g. "a@1:1|b@1:3". */
static const char *rec(const csv_reader *r, bool pos)
{
    static char buf[512]; /* test-only */
    size_t o = 0;
    for (uint32_t i = 0; i < r->nfields; i++) {
        const csv_field *f = &r->fields[i];
        o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%.*s", i ? "|" : "", (int)f->len, f->text);
        if (pos) o += (size_t)snprintf(buf + o, sizeof buf - o, "@%u:%u", f->line, f->col);
    }
    buf[o] = '\0';
    return buf;
}

/* Reads every record of text into one line per record (fields joined by '|'),
 * or "ERR line:col message" at a malformation. */
static const char *all(const char *text, bool pos)
{
    static char out[2048]; /* test-only */
    size_t o = 0;
    csv_reader r;
    csv_open(&r, text, strlen(text));
    int rc;
    out[0] = '\0';
    while ((rc = csv_next(&r)) == 1)
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%s", o ? "\n" : "", rec(&r, pos));
    if (rc < 0)
        o += (size_t)snprintf(out + o, sizeof out - o, "%sERR %u:%u %s", o ? "\n" : "", r.error_line, r.error_col, r.error);
    csv_close(&r);
    return out;
}

int main(void)
{
    CHECK_STR(all("a,b,c\n1,2,3\n", false), "a|b|c\n1|2|3");
    CHECK_STR(all("a,b\n1,2", false), "a|b\n1|2");                 /* no final newline */
    CHECK_STR(all("a,b\r\n1,2\r\n", true), "a@1:1|b@1:3\n1@2:1|2@2:3");
    CHECK_STR(all("\xEF\xBB\xBFid,name\nS1,Ann\n", true), "id@1:1|name@1:4\nS1@2:1|Ann@2:4");
    CHECK_STR(all("a,,c\n,,\n", false), "a||c\n||");
    CHECK_STR(all("a,b,\n", false), "a|b|");
    CHECK_STR(all("a\n1\n\n", false), "a\n1");                    /* closing blank line ignored */
    CHECK_STR(all("a\n1\r\n\r\n", false), "a\n1");
    CHECK_STR(all("a\n\n2\n", true), "a@1:1\n@2:1\n2@3:1");        /* a blank line in the middle */
    CHECK_STR(all("", false), "");
    CHECK_STR(all("\xEF\xBB\xBF", false), "");

    /* records of 16 bytes and more (split 16 at a time where SSE2 is there):
     * positions, empty fields, a comma or the newline at a block's edge, and
     * a quote or CR late in the record sending it down the general path */
    CHECK_STR(all("id,date,kind,who\nV000000001,2025-03-18,individual,S000002\n,,,\n", true),
              "id@1:1|date@1:4|kind@1:9|who@1:14\nV000000001@2:1|2025-03-18@2:12|individual@2:23|S000002@2:34\n@3:1|@3:2|@3:3|@3:4");
    CHECK_STR(all("abcdefghijklmno,p\nabcdefghijklmnop\nq\n", true), "abcdefghijklmno@1:1|p@1:17\nabcdefghijklmnop@2:1\nq@3:1");
    CHECK_STR(all("a1234567890123456789,b,\"c,d\"\nx2345678901234567890,y\r\nz\n", true),
              "a1234567890123456789@1:1|b@1:22|c,d@1:24\nx2345678901234567890@2:1|y@2:22\nz@3:1");
    CHECK_STR(all("a1234567890123456789,b\rc,d\n", false), "a1234567890123456789|b\rc|d");   /* a lone CR is data */

    /* quoting: embedded comma, "" escape, empty quoted field */
    CHECK_STR(all("\"a,b\",\"say \"\"hi\"\"\",\"\"\n", false), "a,b|say \"hi\"|");
    CHECK_STR(all("x,\"\"\"\"\n", false), "x|\"");
    CHECK_STR(all("\"q\"", false), "q");
    /* embedded newlines: the next fields and records carry the right lines */
    CHECK_STR(all("id,note,n\n1,\"two\nlines\",x\n2,\"a\r\nb\r\nc\",y\n3,z,w\n", true),
              "id@1:1|note@1:4|n@1:9\n"
              "1@2:1|two\nlines@2:3|x@3:8\n"
              "2@4:1|a\nb\nc@4:3|y@6:4\n"
              "3@7:1|z@7:3|w@7:5");
    /* a quote inside an unquoted field is data */
    CHECK_STR(all("5\" tall,b\n", false), "5\" tall|b");

    /* malformations */
    CHECK_STR(all("a,b\n1,\"open\n2,3\n", false), "a|b\nERR 2:3 unterminated quoted field");
    CHECK_STR(all("a,b\n\"x\"y,2\n", false), "a|b\nERR 2:4 unexpected text after closing quote");
    CHECK_STR(all("a,b\n\"x\" ,2\n", false), "a|b\nERR 2:4 unexpected text after closing quote");
    CHECK_STR(all("\"a\"\"", false), "ERR 1:1 unterminated quoted field");

    /* many fields and a long quoted field: buffers grow, pointers stay right */
    char *big = malloc(200000);
    size_t o = 0;
    for (int i = 0; i < 100; i++) o += (size_t)sprintf(big + o, "%s\"f%d\"", i ? "," : "", i);
    big[o++] = '\n';
    big[o++] = '"';
    for (int i = 0; i < 100000; i++) big[o++] = (i % 1000 == 999) ? '\n' : 'x';
    big[o++] = '"';
    o += (size_t)sprintf(big + o, ",\"tail\"\nend");
    csv_reader r;
    csv_open(&r, big, o);
    CHECK(csv_next(&r) == 1 && r.nfields == 100);
    CHECK(r.nfields == 100 && r.fields[99].len == 3 && memcmp(r.fields[99].text, "f99", 3) == 0);
    CHECK(r.nfields == 100 && r.fields[0].len == 2 && memcmp(r.fields[0].text, "f0", 2) == 0);
    CHECK(csv_next(&r) == 1 && r.nfields == 2 && r.fields[0].len == 100000);
    CHECK(r.nfields == 2 && r.fields[1].len == 4 && memcmp(r.fields[1].text, "tail", 4) == 0);
    CHECK(r.nfields == 2 && r.fields[1].line == 102 && r.fields[1].col == 3);
    CHECK(csv_next(&r) == 1 && r.nfields == 1 && r.record_line == 103);
    CHECK(csv_next(&r) == 0);
    csv_close(&r);
    free(big);
    return UNIT_END();
}
