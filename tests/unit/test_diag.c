/* test_diag.c — unit tests of runtime/diag.c: line tables and line:column
 * (columns in code points), the exact text of printed diagnostics (caret
 * listing, tabs, data-file and position-less forms) and dg_closest.
 * Does not test who reports what (the parser and checker tests do). */
#include <stdlib.h>
#include <string.h>
#include "runtime/diag.h"
#include "unit.h"

static uint32_t add(dg_context *dc, const char *name, const char *text)
{
    return dg_add_file(dc, name, strdup(text), (uint32_t)strlen(text));
}

static dg_span span_of(const dg_context *dc, uint32_t file, const char *needle)
{
    const char *t = dc->files[file].text;
    const char *p = strstr(t, needle);
    dg_span s = { file, (uint32_t)(p - t), (uint32_t)(p - t + strlen(needle)) };
    return s;
}

/* The printed form of the last diagnostic; the caller frees it. */
static char *printed(const dg_context *dc)
{
    char *s = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&s, &n);
    dg_print(dc, &dc->diags[dc->ndiags - 1], f);
    fclose(f);
    return s;
}

#define CHECK_PRINT(dc, want) do { char *got_ = printed(dc); CHECK_STR(got_, want); free(got_); } while (0)

static const char *lc(const dg_context *dc, uint32_t file, uint32_t start)
{
    static char buf[32];
    dg_span s = { file, start, start };
    uint32_t l, c;
    dg_line_col(dc, s, &l, &c);
    snprintf(buf, sizeof buf, "%u:%u", l, c);
    return buf;
}

static void test_line_col(void)
{
    dg_context dc;
    dg_init(&dc);
    CHECK(dc.nfiles == 1);
    uint32_t f = add(&dc, "a.cadre", "ab\ncd\n\nx\xc3\xa9y");
    CHECK(f == 1);
    CHECK(dc.files[f].nlines == 4);
    CHECK(dc.files[f].line_starts[0] == 0 && dc.files[f].line_starts[1] == 3);
    CHECK(dc.files[f].line_starts[2] == 6 && dc.files[f].line_starts[3] == 7);
    CHECK_STR(lc(&dc, f, 0), "1:1");
    CHECK_STR(lc(&dc, f, 1), "1:2");
    CHECK_STR(lc(&dc, f, 2), "1:3"); /* the newline itself */
    CHECK_STR(lc(&dc, f, 3), "2:1");
    CHECK_STR(lc(&dc, f, 6), "3:1");
    CHECK_STR(lc(&dc, f, 7), "4:1");
    CHECK_STR(lc(&dc, f, 8), "4:2");
    CHECK_STR(lc(&dc, f, 10), "4:3"); /* after a two-byte é: one column */
    CHECK_STR(lc(&dc, f, 11), "4:4"); /* end of file */
    CHECK_STR(lc(&dc, f, 999), "4:4"); /* clamped */
    CHECK_STR(lc(&dc, 0, 5), "0:0");  /* no file */
    CHECK_STR(lc(&dc, 7, 5), "0:0");  /* unknown file */

    uint32_t e = add(&dc, "empty", "");
    CHECK(dc.files[e].nlines == 1);
    CHECK_STR(lc(&dc, e, 0), "1:1");

    /* line table only (loaded bytecode): byte columns */
    uint32_t starts[] = { 0, 10, 25 };
    uint32_t b = dg_add_file_lines(&dc, "<image>", starts, 3, 40);
    CHECK(dc.files[b].text == NULL && dc.files[b].nlines == 3);
    CHECK_STR(lc(&dc, b, 12), "2:3");
    CHECK_STR(lc(&dc, b, 30), "3:6");
    CHECK_STR(dc.files[b].name, "<image>");
    dg_free(&dc);
}

static void test_print(void)
{
    dg_context dc;
    dg_init(&dc);
    uint32_t f = add(&dc, "policy.cadre", "rule r {\n  for each s in staff where s.rol = asye:\n    must 1\n}\n");
    dg_diag *d = dg_report(&dc, DG_ERROR, span_of(&dc, f, "rol"), "E-name", "unknown field '%s' on %s", "rol", "staff");
    dg_hint(d, "did you mean '%s'?", "role");
    CHECK_STR(d->code, "E-name");
    CHECK_PRINT(&dc, "policy.cadre:2:31: error: unknown field 'rol' on staff\n"
                     "    2 |   for each s in staff where s.rol = asye:\n"
                     "      |                               ^^^\n"
                     "  hint: did you mean 'role'?\n");

    /* a span running over lines underlines its first line's part only */
    dg_report(&dc, DG_WARNING, span_of(&dc, f, "asye:\n    must"), "W-x", "odd");
    CHECK_PRINT(&dc, "policy.cadre:2:37: warning: odd\n"
                     "    2 |   for each s in staff where s.rol = asye:\n"
                     "      |                                     ^^^^^\n");

    /* an empty span still gets one caret; notes have their own word */
    dg_span empty = { f, 0, 0 };
    dg_report(&dc, DG_NOTE, empty, "N-x", "declared here");
    CHECK_PRINT(&dc, "policy.cadre:1:1: note: declared here\n"
                     "    1 | rule r {\n"
                     "      | ^\n");

    /* tabs are copied into the underline so carets line up */
    uint32_t t = add(&dc, "tab.cadre", "\tmust\tx = 1\r\n");
    dg_report(&dc, DG_ERROR, span_of(&dc, t, "x"), "E", "bad");
    CHECK_PRINT(&dc, "tab.cadre:1:7: error: bad\n"
                     "    1 | \tmust\tx = 1\n"
                     "      | \t    \t^\n");

    /* multi-byte characters count as one column and one caret each */
    uint32_t u = add(&dc, "u.cadre", "let caf\xc3\xa9 = \"na\xc3\xafve\" + z");
    dg_report(&dc, DG_ERROR, span_of(&dc, u, "\"na\xc3\xafve\""), "E", "text");
    CHECK_PRINT(&dc, "u.cadre:1:12: error: text\n"
                     "    1 | let caf\xc3\xa9 = \"na\xc3\xafve\" + z\n"
                     "      |            ^^^^^^^\n");

    /* the gutter widens for line numbers past five digits */
    char *big = malloc(200000);
    size_t n = 0;
    for (int i = 0; i < 100001; i++)
        big[n++] = '\n';
    memcpy(big + n, "oops", 5);
    uint32_t g = dg_add_file(&dc, "big.cadre", big, (uint32_t)(n + 4));
    dg_report(&dc, DG_ERROR, span_of(&dc, g, "oops"), "E", "far");
    CHECK_PRINT(&dc, "big.cadre:100002:1: error: far\n"
                     "100002 | oops\n"
                     "       | ^^^^\n");

    /* data diagnostics: file:line:col, no listing */
    d = dg_report_data(&dc, "examples/x/data/staff.csv", 7, 12, "E-data", "not a date: '%s'", "31/02");
    dg_hint(d, "dates are YYYY-MM-DD");
    CHECK_PRINT(&dc, "examples/x/data/staff.csv:7:12: error: not a date: '31/02'\n"
                     "  hint: dates are YYYY-MM-DD\n");
    dg_report_data(&dc, "staff.csv", 3, 0, "E-data", "short row");
    CHECK_PRINT(&dc, "staff.csv:3: error: short row\n");
    dg_report_data(&dc, "staff.csv", 0, 0, "E-data", "no header");
    CHECK_PRINT(&dc, "staff.csv: error: no header\n");

    /* no file at all */
    dg_span none = { 0, 0, 0 };
    d = dg_report(&dc, DG_ERROR, none, "E-usage", "no policy file given");
    dg_hint(d, "first");
    dg_hint(d, "try 'cadre check FILE'");
    CHECK_PRINT(&dc, "error: no policy file given\n  hint: try 'cadre check FILE'\n");

    /* a file known only by its line table: position, no listing */
    uint32_t starts[] = { 0, 5 };
    uint32_t b = dg_add_file_lines(&dc, "<stdlib>/x.cadre", starts, 2, 9);
    dg_span bs = { b, 6, 7 };
    dg_report(&dc, DG_ERROR, bs, "E", "from bytecode");
    CHECK_PRINT(&dc, "<stdlib>/x.cadre:2:2: error: from bytecode\n");

    CHECK(dc.nerrors == 9 && dc.nwarnings == 1);
    CHECK(dc.ndiags == 11);

    /* print_all prints them in order */
    char *s = NULL;
    size_t len = 0;
    FILE *mf = open_memstream(&s, &len);
    dg_print_all(&dc, mf);
    fclose(mf);
    CHECK(strncmp(s, "policy.cadre:2:31: error: unknown field", 39) == 0);
    const char *last = "<stdlib>/x.cadre:2:2: error: from bytecode\n";
    CHECK(len > strlen(last) && strcmp(s + len - strlen(last), last) == 0);
    free(s);
    dg_free(&dc);
}

static void test_closest(void)
{
    const char *const fields[] = { "id", "name", "role", "team", "start_date" };
    CHECK_STR(dg_closest("rol", fields, 5), "role");
    CHECK_STR(dg_closest("nmae", fields, 5), "name");    /* transposition: 1 */
    CHECK_STR(dg_closest("ROLE", fields, 5), "role");    /* case-insensitive */
    CHECK_STR(dg_closest("startdate", fields, 5), "start_date");
    CHECK(dg_closest("role", fields, 5) == NULL);         /* an exact match is no typo */
    CHECK(dg_closest("xyz", fields, 5) == NULL);
    CHECK(dg_closest("teams_x", fields, 5) == NULL);      /* 3 edits > 7/3 */
    CHECK(dg_closest("anything", fields, 0) == NULL);
    const char *const ties[] = { "bat", "hat", "cat" };
    CHECK_STR(dg_closest("rat", ties, 3), "bat");         /* ties: first */
    CHECK_STR(dg_closest("cat", ties, 3), "bat");         /* exact skipped, next best */
    const char *const long_[] = { "abcxyzghi", "abcxyzwhi" };
    CHECK_STR(dg_closest("abcdefghi", long_, 2), "abcxyzghi"); /* 3 <= 9/3 */
    const char *const far[] = { "abcxyzwhi" };
    CHECK(dg_closest("abcdefghi", far, 1) == NULL);       /* 4 > 3 */
    const char *const one[] = { "b", "ab" };
    CHECK_STR(dg_closest("a", one, 2), "b");              /* short names: 1 edit allowed */
}

int main(void)
{
    test_line_col();
    test_print();
    test_closest();
    return UNIT_END();
}
