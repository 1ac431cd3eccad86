/* test_store.c — loading CSV directories against a hand-built schema:
 * typed cells, interning, references and reverse-link indexes, and the exact
 * printed text of every kind of data error; coded columns, --allow-missing
 * and --encoding at the loader's boundary.
 * Does not test CSV syntax in depth (test_csv.c) or the SQLite loader. */
#include "runtime/store.h"
#include "runtime/date.h"
#include "tests/unit/unit.h"

#include <stdarg.h>
#include <stdlib.h>
#include <unistd.h>

enum { STAFF, CASES, SUPERVISIONS };
enum { S_ID, S_NAME, S_ROLE, S_FTE, S_STARTED, S_LEFT, S_MANAGER, S_AGENCY, S_HOURS };
enum { C_ID, C_WORKER, C_OPENED, C_WEIGHT };
enum { V_ID, V_SUPERVISEE, V_MINUTES, V_CASE };
enum { L_CASELOAD, L_REPORTS, L_SUPERVISIONS };

static char *sdup(const char *s) { return strdup(s); }

static void add_col(sc_table *t, const char *name, sc_type type, bool optional, bool key, int32_t ref)
{
    t->cols = realloc(t->cols, (t->ncols + 1) * sizeof *t->cols);
    t->cols[t->ncols++] = (sc_column){sdup(name), (uint8_t)type, optional, key, ref, NULL, 0};
}

static void make_schema(sc_schema *s)
{
    memset(s, 0, sizeof *s);
    s->ntables = 3;
    s->tables = calloc(3, sizeof *s->tables);
    static const char *const names[] = {"staff", "cases", "supervisions"};
    for (int t = 0; t < 3; t++) {
        char file[64];
        snprintf(file, sizeof file, "%s.csv", names[t]);
        s->tables[t] = (sc_table){sdup(names[t]), sdup(file), NULL, 0, 0, -1, -1};
    }
    sc_table *st = &s->tables[STAFF], *ca = &s->tables[CASES], *sv = &s->tables[SUPERVISIONS];
    add_col(st, "id", SC_TEXT, false, true, -1);
    add_col(st, "name", SC_TEXT, false, false, -1);
    add_col(st, "role", SC_ROLE, false, false, -1);
    add_col(st, "fte", SC_DECIMAL, false, false, -1);
    add_col(st, "started", SC_DATE, false, false, -1);
    add_col(st, "left", SC_DATE, true, false, -1);
    add_col(st, "manager", SC_REF, true, false, STAFF);
    add_col(st, "agency", SC_BOOL, true, false, -1);
    add_col(st, "hours", SC_INT, true, false, -1);
    st->name_col = S_NAME;
    st->role_col = S_ROLE;
    add_col(ca, "id", SC_TEXT, false, true, -1);
    add_col(ca, "worker", SC_REF, true, false, STAFF);
    add_col(ca, "opened", SC_DATE, false, false, -1);
    add_col(ca, "weight", SC_DECIMAL, true, false, -1);
    add_col(sv, "id", SC_TEXT, false, true, -1);
    add_col(sv, "supervisee", SC_REF, false, false, STAFF);
    add_col(sv, "minutes", SC_INT, true, false, -1);
    add_col(sv, "case", SC_REF, true, false, CASES);
    s->nlinks = 3;
    s->links = calloc(3, sizeof *s->links);
    s->links[L_CASELOAD] = (sc_link){sdup("caseload"), STAFF, CASES, C_WORKER};
    s->links[L_REPORTS] = (sc_link){sdup("reports"), STAFF, STAFF, S_MANAGER};
    s->links[L_SUPERVISIONS] = (sc_link){sdup("supervisions"), STAFF, SUPERVISIONS, V_SUPERVISEE};
    static const char *const roles[] = {"social_worker", "team_manager", "asye"};
    s->nroles = 3;
    s->roles = calloc(3, sizeof *s->roles);
    for (int r = 0; r < 3; r++) s->roles[r] = sdup(roles[r]);
}

/* A fresh temporary data directory per scenario. */
typedef struct { char path[64]; } tmpdir;

static void td_make(tmpdir *d)
{
    strcpy(d->path, "/tmp/cadre-store-XXXXXX");
    if (!mkdtemp(d->path)) { perror("mkdtemp"); exit(2); }
}

static void td_write(const tmpdir *d, const char *file, const char *text)
{
    char p[128];
    snprintf(p, sizeof p, "%s/%s", d->path, file);
    FILE *f = fopen(p, "wb");
    if (!f) { perror(p); exit(2); }
    fputs(text, f);
    fclose(f);
}

static void td_remove(const tmpdir *d)
{
    static const char *const files[] = {"staff.csv", "cases.csv", "supervisions.csv"};
    char p[128];
    for (int i = 0; i < 3; i++) { snprintf(p, sizeof p, "%s/%s", d->path, files[i]); unlink(p); }
    rmdir(d->path);
}

/* Every diagnostic as printed, with the temporary directory shown as "D". */
static char *printed(const dg_context *dc, const char *dir)
{
    char *raw = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&raw, &n);
    for (uint32_t i = 0; i < dc->ndiags; i++) dg_print(dc, &dc->diags[i], f);
    fclose(f);
    size_t dl = strlen(dir), o = 0;
    char *out = malloc(n + 1);
    for (size_t i = 0; i < n;) {
        if (strncmp(raw + i, dir, dl) == 0) { out[o++] = 'D'; i += dl; }
        else out[o++] = raw[i++];
    }
    out[o] = '\0';
    free(raw);
    return out;
}

#define STAFF_OK \
    "id,name,role,fte,started,left,manager,agency,hours\n" \
    "S1,Ann,team_manager,1,2020-01-06,,,no,37\n" \
    "S2,\"Bo, Jr\",social_worker,0.6,2021-03-01,,S1,yes,22\n" \
    "S3,Cy,asye,0.5,2024-09-02,2025-01-31,S1,,\n"

/* Loads the staff, cases and supervisions texts (NULL = no file) and returns
 * the printed diagnostics; the store is freed. */
static char *load_errors(const char *staff, const char *cases, const char *sv, bool *ok)
{
    sc_schema s;
    make_schema(&s);
    tmpdir d;
    td_make(&d);
    if (staff) td_write(&d, "staff.csv", staff);
    if (cases) td_write(&d, "cases.csv", cases);
    if (sv) td_write(&d, "supervisions.csv", sv);
    dg_context dc;
    dg_init(&dc);
    st_store st;
    *ok = st_load_csv_dir(&st, &s, d.path, &dc);
    char *out = printed(&dc, d.path);
    st_free(&st);
    dg_free(&dc);
    sc_free(&s);
    td_remove(&d);
    return out;
}

#define CHECK_ERRORS(staff, cases, sv, want) do { bool ok_; char *got_ = load_errors(staff, cases, sv, &ok_); \
    CHECK(!ok_); CHECK_STR(got_, want); free(got_); } while (0)

static void test_good_load(void)
{
    sc_schema s;
    make_schema(&s);
    tmpdir d;
    td_make(&d);
    /* columns in another order, an extra column, CRLF, a BOM, a multi-line
     * quoted field that shifts later line numbers */
    td_write(&d, "staff.csv",
             "\xEF\xBB\xBFname,id,notes,started,role,fte,manager,left,agency,hours\r\n"
             "Ann,S1,\"boss\nof all\",2020-01-06,team_manager,1,,,no,37\r\n"
             "\"Bo, Jr\",S2,,2021-03-01,social_worker,0.6,S1,,YES,22\r\n"
             "Cy,S3,x,2024-09-02,asye,0.125,S1,2025-01-31,,\r\n"
             "Di,S4,,2019-05-05,social_worker,0.000001,S2,,1,-3\r\n");
    td_write(&d, "cases.csv",
             "id,worker,opened,weight\n"
             "C1,S2,2024-01-10,1.5\n"
             "C2,,2024-02-01,\n"
             "C3,S2,2024-03-01,2\n"
             "C4,S4,2024-04-01,0.25\n"
             "C5,S2,2024-05-01,\n");
    /* no supervisions.csv: an empty table */
    dg_context dc;
    dg_init(&dc);
    st_store st;
    bool ok = st_load_csv_dir(&st, &s, d.path, &dc);
    CHECK(ok);
    CHECK(dc.ndiags == 0);
    if (dc.ndiags) { char *p = printed(&dc, d.path); printf("%s", p); free(p); }

    CHECK(st.tables[STAFF].nrows == 4);
    CHECK(st.tables[CASES].nrows == 5);
    CHECK(st.tables[SUPERVISIONS].nrows == 0);
    /* src_line counts physical lines: S1's quoted note spans two */
    CHECK(st.tables[STAFF].src_line[0] == 2 && st.tables[STAFF].src_line[1] == 4);
    CHECK(st.tables[STAFF].src_line[3] == 6);
    CHECK(st.tables[CASES].src_line[4] == 6);
    char want_src[128];
    snprintf(want_src, sizeof want_src, "%s/staff.csv", d.path);
    CHECK_STR(st.tables[STAFF].source, want_src);

    vl_value v = st_cell(&st, STAFF, 1, S_NAME);
    CHECK(v.type == VT_TEXT);
    CHECK_STR(v.as.s, "Bo, Jr");
    CHECK(st_intern_text(&st, "Bo, Jr", 6) == v.as.s);       /* interned: compare by pointer */
    CHECK_STR(st_cell(&st, CASES, 0, C_ID).as.s, "C1");    /* keys are copied, not interned */
    CHECK_STR(st_cell(&st, STAFF, 0, S_ID).as.s, "S1");

    v = st_cell(&st, STAFF, 1, S_FTE);
    CHECK(v.type == VT_NUM && v.as.n.num == 3 && v.as.n.den == 5);
    CHECK(st.tables[STAFF].cols[S_FTE].i64[1] == 600000);
    v = st_cell(&st, STAFF, 2, S_FTE);
    CHECK(v.type == VT_NUM && v.as.n.num == 1 && v.as.n.den == 8);
    v = st_cell(&st, STAFF, 3, S_FTE);
    CHECK(v.type == VT_NUM && v.as.n.num == 1 && v.as.n.den == 1000000);
    v = st_cell(&st, STAFF, 0, S_FTE);
    CHECK(v.type == VT_NUM && v.as.n.num == 1 && v.as.n.den == 1);

    v = st_cell(&st, STAFF, 2, S_STARTED);
    CHECK(v.type == VT_DATE && v.as.date == dt_from_civil(2024, 9, 2));
    CHECK(st_cell(&st, STAFF, 0, S_LEFT).type == VT_MISSING);
    CHECK(st.tables[STAFF].cols[S_LEFT].i32[0] == DT_MISSING);
    v = st_cell(&st, STAFF, 2, S_LEFT);
    CHECK(v.type == VT_DATE && v.as.date == dt_from_civil(2025, 1, 31));

    v = st_cell(&st, STAFF, 0, S_ROLE);
    CHECK(v.type == VT_ROLE && v.as.role == 1);
    CHECK(st_cell(&st, STAFF, 2, S_ROLE).as.role == 2);

    v = st_cell(&st, STAFF, 0, S_AGENCY);
    CHECK(v.type == VT_BOOL && !v.as.b);
    CHECK(st_cell(&st, STAFF, 1, S_AGENCY).as.b);
    CHECK(st_cell(&st, STAFF, 3, S_AGENCY).as.b);
    CHECK(st_cell(&st, STAFF, 2, S_AGENCY).type == VT_MISSING);
    CHECK(st.tables[STAFF].cols[S_AGENCY].b[2] == -1);

    v = st_cell(&st, STAFF, 3, S_HOURS);
    CHECK(v.type == VT_NUM && v.as.n.num == -3 && v.as.n.den == 1);
    CHECK(st_cell(&st, STAFF, 2, S_HOURS).type == VT_MISSING);
    CHECK(st.tables[STAFF].cols[S_HOURS].i64[2] == ST_INT_MISSING);

    /* references */
    v = st_cell(&st, CASES, 0, C_WORKER);
    CHECK(v.type == VT_ROW && v.as.row.table == STAFF && v.as.row.row == 1);
    CHECK(st_cell(&st, CASES, 1, C_WORKER).type == VT_MISSING);
    CHECK(st.tables[CASES].cols[C_WORKER].i32[1] == -1);
    CHECK(st_cell(&st, STAFF, 0, S_MANAGER).type == VT_MISSING);
    CHECK(st_cell(&st, STAFF, 3, S_MANAGER).as.row.row == 1); /* a self-reference */
    v = st_cell(&st, CASES, 3, C_WEIGHT);
    CHECK(v.type == VT_NUM && v.as.n.num == 1 && v.as.n.den == 4);
    CHECK(st_cell(&st, CASES, 1, C_WEIGHT).type == VT_MISSING);

    /* reverse links: staff -> cases by worker, rows ascending */
    const st_link *cl = st_link_index(&st, L_CASELOAD);   /* built on first use */
    CHECK(cl->offsets[0] == 0 && cl->offsets[1] == 0);          /* S1: none */
    CHECK(cl->offsets[2] == 3);                                  /* S2: C1, C3, C5 */
    CHECK(cl->rows[0] == 0 && cl->rows[1] == 2 && cl->rows[2] == 4);
    CHECK(cl->offsets[3] == 3);                                  /* S3: none */
    CHECK(cl->offsets[4] == 4 && cl->rows[3] == 3);              /* S4: C4 */
    const st_link *rl = st_link_index(&st, L_REPORTS);
    CHECK(rl->offsets[1] - rl->offsets[0] == 2 && rl->rows[rl->offsets[0]] == 1 && rl->rows[rl->offsets[0] + 1] == 2);
    CHECK(rl->offsets[2] - rl->offsets[1] == 1 && rl->rows[rl->offsets[1]] == 3);
    CHECK(rl->offsets[4] == 3);
    const st_link *sl = st_link_index(&st, L_SUPERVISIONS);
    CHECK(sl->offsets[0] == 0 && sl->offsets[4] == 0);

    st_free(&st);
    dg_free(&dc);
    sc_free(&s);
    td_remove(&d);
}

static void test_optional_columns(void)
{
    sc_schema s;
    make_schema(&s);
    tmpdir d;
    td_make(&d);
    /* left, manager, agency and hours are optional: absent from the header */
    td_write(&d, "staff.csv", "id,name,role,fte,started\nS1,Ann,asye,1,2020-01-01\n");
    td_write(&d, "cases.csv", "id,opened\nC1,2024-01-01\n"); /* worker and weight absent */
    td_write(&d, "supervisions.csv", "id,supervisee\n");     /* header only */
    dg_context dc;
    dg_init(&dc);
    st_store st;
    CHECK(st_load_csv_dir(&st, &s, d.path, &dc));
    CHECK(dc.ndiags == 0);
    CHECK(st.tables[STAFF].nrows == 1 && st.tables[CASES].nrows == 1 && st.tables[SUPERVISIONS].nrows == 0);
    CHECK(st_cell(&st, STAFF, 0, S_LEFT).type == VT_MISSING);
    CHECK(st_cell(&st, STAFF, 0, S_MANAGER).type == VT_MISSING);
    CHECK(st_cell(&st, STAFF, 0, S_AGENCY).type == VT_MISSING);
    CHECK(st_cell(&st, STAFF, 0, S_HOURS).type == VT_MISSING);
    CHECK(st_cell(&st, CASES, 0, C_WORKER).type == VT_MISSING);
    CHECK(st_link_index(&st, L_CASELOAD)->offsets[1] == 0);
    st_free(&st);
    dg_free(&dc);
    sc_free(&s);
    td_remove(&d);
}

/* The same text may be a key in several tables; references still resolve
 * within their own target table, and duplicates are per table. */
static void test_shared_keys(void)
{
    sc_schema s;
    make_schema(&s);
    tmpdir d;
    td_make(&d);
    td_write(&d, "staff.csv", STAFF_OK);
    td_write(&d, "cases.csv", "id,opened\nS2,2024-01-01\nC9,2024-01-02\nS1,2024-01-03\n");
    td_write(&d, "supervisions.csv", "id,supervisee,case,minutes\nS2,S3,S2,60\nV2,S2,C9,\nV3,S1,S1,30\n");
    dg_context dc;
    dg_init(&dc);
    st_store st;
    CHECK(st_load_csv_dir(&st, &s, d.path, &dc));
    CHECK(dc.ndiags == 0);
    const int32_t *sup = st.tables[SUPERVISIONS].cols[V_SUPERVISEE].i32, *cas = st.tables[SUPERVISIONS].cols[V_CASE].i32;
    CHECK(sup[0] == 2 && cas[0] == 0);
    CHECK(sup[1] == 1 && cas[1] == 1);
    CHECK(sup[2] == 0 && cas[2] == 2);
    vl_value v = st_cell(&st, SUPERVISIONS, 0, V_CASE);
    CHECK(v.type == VT_ROW && v.as.row.table == CASES && v.as.row.row == 0);
    CHECK(st_cell(&st, SUPERVISIONS, 0, V_MINUTES).as.n.num == 60);
    CHECK_STR(st_cell(&st, CASES, 0, C_ID).as.s, st_cell(&st, STAFF, 1, S_ID).as.s); /* the same key text in two tables */
    st_free(&st);
    dg_free(&dc);
    sc_free(&s);
    td_remove(&d);
}

static void test_errors(void)
{
    /* a dangling reference names both ends */
    CHECK_ERRORS(STAFF_OK, "id,worker,opened\nC1,S1,2024-01-01\nC2,S999,2024-01-01\n", NULL,
                 "D/cases.csv:3:4: error: cases.worker 'S999' refers to no row of staff\n"
                 "  hint: staff ids are read from D/staff.csv\n");
    /* ... and when the target file is not there at all, one error names it
     * and the referring columns, however many cells there are */
    CHECK_ERRORS(NULL, NULL, "id,supervisee\nV1,\"S9\"\nV2,S8\n",
                 "D/staff.csv: error: no such file, but 2 references name staff rows: supervisions.supervisee (2 cells, first at D/supervisions.csv:2:4)\n"
                 "  hint: an absent file is an empty table; export staff.csv with the others, or check that --data names the right directory\n");
    CHECK_ERRORS("id,name,role,fte,started\n", "id,worker,opened\nC1,S1,2024-01-01\n", NULL,
                 "D/cases.csv:2:4: error: cases.worker 'S1' refers to no row of staff\n"
                 "  hint: staff ids are read from D/staff.csv\n");
    /* duplicate key, naming the first line */
    CHECK_ERRORS(STAFF_OK "S2,Dup,asye,1,2024-01-01,,,,\n", NULL, NULL,
                 "D/staff.csv:5:1: error: duplicate key 'S2' in staff (first at line 3)\n");
    CHECK_ERRORS(STAFF_OK, "id,worker,opened\nS3,S3,2024-01-01\nS3,S2,2024-01-01\n", "id,supervisee\nS2,S3\nS2,S1\n",
                 "D/cases.csv:3:1: error: duplicate key 'S3' in cases (first at line 2)\n"
                 "D/supervisions.csv:3:1: error: duplicate key 'S2' in supervisions (first at line 2)\n");
    /* bad values, each at its line:col */
    CHECK_ERRORS("id,name,role,fte,started\nS1,Ann,asye,1,2024-02-30\nS2,Bo,asye,1,24-1-1\n", NULL, NULL,
                 "D/staff.csv:2:15: error: bad date '2024-02-30' in column 'started' (expected YYYY-MM-DD)\n"
                 "D/staff.csv:3:14: error: bad date '24-1-1' in column 'started' (expected YYYY-MM-DD)\n");
    CHECK_ERRORS("id,name,role,fte,started\nS1,Ann,asye,0.5x,2024-02-01\nS2,Bo,asye,.5,2024-02-01\n"
                 "S3,Cy,asye,0.1234567,2024-02-01\nS4,Di,asye,99999999999999,2024-02-01\n", NULL, NULL,
                 "D/staff.csv:2:13: error: bad number '0.5x' in column 'fte'\n"
                 "D/staff.csv:3:12: error: bad number '.5' in column 'fte'\n"
                 "D/staff.csv:4:12: error: too many decimal places in '0.1234567' in column 'fte' (at most 6)\n"
                 "D/staff.csv:5:12: error: number '99999999999999' in column 'fte' is too large\n");
    CHECK_ERRORS("id,name,role,fte,started,hours,agency\nS1,Ann,asye,1,2024-02-01,3.5,maybe\n"
                 "S2,Bo,asye,1,2024-02-01,99999999999999999999,no\n", NULL, NULL,
                 "D/staff.csv:2:26: error: bad integer '3.5' in column 'hours'\n"
                 "D/staff.csv:2:30: error: bad boolean 'maybe' in column 'agency' (expected true/false, yes/no or 1/0)\n"
                 "D/staff.csv:3:25: error: integer '99999999999999999999' in column 'hours' is too large\n");
    /* unknown role code, with the declaration that would allow it */
    CHECK_ERRORS("id,name,role,fte,started\nS1,Ann,wizard,1,2024-02-01\n", NULL, NULL,
                 "D/staff.csv:2:8: error: unknown role code 'wizard'\n"
                 "  hint: declare it with: roles { wizard }\n");
    /* wrong number of fields; the row is skipped, loading goes on */
    CHECK_ERRORS("id,name,role,fte,started\nS1,Ann,asye,1\nS2,Bo,asye,1,2024-01-01,extra\n\nS3,Cy,asye,1,2024-01-01\n",
                 NULL, NULL,
                 "D/staff.csv:2:1: error: wrong number of fields: the header has 5, this row has 4\n"
                 "D/staff.csv:3:1: error: wrong number of fields: the header has 5, this row has 6\n"
                 "D/staff.csv:4:1: error: wrong number of fields: the header has 5, this row has 1\n");
    /* a required column absent from the header */
    CHECK_ERRORS("id,name,role,started\nS1,Ann,asye,2024-01-01\n", NULL, NULL,
                 "D/staff.csv:1:1: error: staff.csv has no column 'fte'\n"
                 "  hint: the header has: id, name, role, started\n");
    /* a required value left empty */
    CHECK_ERRORS("id,name,role,fte,started\nS1,Ann,asye,,2024-01-01\n,Bo,asye,1,2024-01-01\n", NULL, NULL,
                 "D/staff.csv:2:13: error: missing value for required column 'fte'\n"
                 "  hint: --allow-missing reads it as missing, so only the verdicts that need it are unknown\n"
                 "D/staff.csv:3:1: error: missing value for required column 'id'\n");
    /* malformed CSV: reported where the quote opened */
    CHECK_ERRORS("id,name,role,fte,started\nS1,\"Ann,asye,1,2024-01-01\n", NULL, NULL,
                 "D/staff.csv:2:4: error: unterminated quoted field\n");
    CHECK_ERRORS("id,name,role,fte,started\nS1,\"Ann\"x,asye,1,2024-01-01\n", NULL, NULL,
                 "D/staff.csv:2:9: error: unexpected text after closing quote\n");

    /* a missing directory */
    sc_schema s;
    make_schema(&s);
    dg_context dc;
    dg_init(&dc);
    st_store st;
    CHECK(!st_load_csv_dir(&st, &s, "/nonexistent/cadre-data", &dc));
    char *out = printed(&dc, "/nonexistent");
    CHECK_STR(out, "D/cadre-data: error: no such data directory\n");
    free(out);
    CHECK(st.tables[STAFF].nrows == 0);
    st_free(&st);
    dg_free(&dc);
    sc_free(&s);
}

static void test_error_cap(void)
{
    /* 60 bad dates: 50 reported, then one note */
    size_t cap = 8192, o = 0;
    char *text = malloc(cap);
    o += (size_t)snprintf(text + o, cap - o, "id,name,role,fte,started\n");
    for (int i = 0; i < 60; i++) o += (size_t)snprintf(text + o, cap - o, "S%d,N,asye,1,never\n", i);
    bool ok;
    char *got = load_errors(text, NULL, NULL, &ok);
    CHECK(!ok);
    int lines = 0;
    for (char *p = got; *p; p++) lines += *p == '\n';
    CHECK(lines == 51);
    const char *last = strstr(got, "D/staff.csv:51:");
    CHECK(last != NULL);
    const char *note = strrchr(got, '\n');
    while (note > got && note[-1] != '\n') note--;
    CHECK_STR(note, "note: too many errors in D/staff.csv; the rest are not shown\n");
    free(got);
    free(text);
}

/* Loads staff and supervisions texts with options into *st (the caller
 * frees it and s); returns the printed diagnostics. */
static char *load_with(sc_schema *s, const char *staff, const char *sv, const st_options *o, st_store *st, bool *ok)
{
    tmpdir d;
    td_make(&d);
    if (staff) td_write(&d, "staff.csv", staff);
    if (sv) td_write(&d, "supervisions.csv", sv);
    dg_context dc;
    dg_init(&dc);
    *ok = st_load_data_opts(st, s, d.path, o, &dc);
    char *out = printed(&dc, d.path);
    dg_free(&dc);
    td_remove(&d);
    return out;
}

/* Coded columns, --allow-missing and --encoding at the loader's boundary. */
static void test_data_quality(void)
{
    sc_schema s;
    st_store st;
    bool ok;
    char *out;

    /* a coded column: the listed codes load, another case is an error with the code meant */
    make_schema(&s);
    static const char *const names[] = {"Ann", "Bo, Jr", "Cy"};
    for (int i = 0; i < 3; i++) CHECK(sc_add_code(&s.tables[STAFF].cols[S_NAME], names[i]));
    CHECK(!sc_add_code(&s.tables[STAFF].cols[S_NAME], "Ann"));
    out = load_with(&s, STAFF_OK, NULL, NULL, &st, &ok);
    CHECK(ok);
    CHECK_STR(out, "");
    free(out);
    st_free(&st);
    out = load_with(&s, "id,name,role,fte,started\nS1,ANN,asye,1,2020-01-01\nS2,Di,asye,1,2020-01-01\n", NULL, NULL, &st, &ok);
    CHECK(!ok);
    CHECK_STR(out, "D/staff.csv:2:4: error: 'ANN' is not a code of staff.name\n  hint: did you mean 'Ann'?\n"
                   "D/staff.csv:3:4: error: 'Di' is not a code of staff.name\n"
                   "  hint: the codes are: Ann, Bo, Jr, Cy; a council adds its own in its policy with: table staff.name in {\"Di\"}\n");
    free(out);
    st_free(&st);
    sc_free(&s);

    /* an empty required cell and a dangling reference: errors by default ... */
    make_schema(&s);
    const char *staff = "id,name,role,fte,started\nS1,Ann,asye,,2020-01-01\n";
    const char *sv = "id,supervisee\nV1,S1\nV2,S9\n";
    out = load_with(&s, staff, sv, NULL, &st, &ok);
    CHECK(!ok);
    CHECK(strstr(out, "D/staff.csv:2:13: error: missing value for required column 'fte'") != NULL);
    CHECK(strstr(out, "D/supervisions.csv:3:4: error: supervisions.supervisee 'S9' refers to no row of staff") != NULL);
    free(out);
    st_free(&st);
    /* ... read as unknown, and listed, under --allow-missing */
    st_options am = {.allow_missing = true};
    out = load_with(&s, staff, sv, &am, &st, &ok);
    CHECK(ok);
    CHECK_STR(out, "");
    free(out);
    CHECK(st.nissues == 2);
    if (st.nissues == 2) {
        CHECK(st.issues[0].kind == ST_ISSUE_EMPTY && st.issues[0].table == STAFF && st.issues[0].col == S_FTE);
        CHECK(st.issues[0].line == 2 && st.issues[0].column == 13);
        CHECK(st.issues[1].kind == ST_ISSUE_DANGLING && st.issues[1].row == 1);
        CHECK_STR(st.issues[1].text, "S9");
    }
    CHECK(st.tables[STAFF].cols[S_FTE].i64[0] == ST_INT_MISSING);
    CHECK(st.tables[SUPERVISIONS].cols[V_SUPERVISEE].i32[0] == 0);
    CHECK(st.tables[SUPERVISIONS].cols[V_SUPERVISEE].i32[1] == ST_REF_DANGLING);
    CHECK(st_cell(&st, SUPERVISIONS, 1, V_SUPERVISEE).type == VT_MISSING);
    /* a dangling reference is in no reverse link */
    CHECK(st_link_index(&st, L_SUPERVISIONS)->offsets[1] - st_link_index(&st, L_SUPERVISIONS)->offsets[0] == 1);
    st_free(&st);
    /* an empty key is still an error */
    out = load_with(&s, "id,name,role,fte,started\n,Ann,asye,1,2020-01-01\n", NULL, &am, &st, &ok);
    CHECK(!ok);
    CHECK(strstr(out, "missing value for required column 'id'") != NULL);
    free(out);
    st_free(&st);

    /* encodings: Windows-1252 is an error at its first byte, or converted on request */
    const char *latin = "id,name,role,fte,started\nS1,Ren\xE9" "e O\x92" "Brien,asye,1,2020-01-01\n";
    out = load_with(&s, latin, NULL, NULL, &st, &ok);
    CHECK(!ok);
    CHECK(strstr(out, "D/staff.csv:2:7: error: not UTF-8 text: byte 0xE9 here") != NULL);
    free(out);
    st_free(&st);
    st_options cp = {.encoding = ST_CP1252};
    out = load_with(&s, latin, NULL, &cp, &st, &ok);
    CHECK(ok);
    CHECK_STR(st.tables[STAFF].cols[S_NAME].text[0], "Ren\xC3\xA9" "e O\xE2\x80\x99" "Brien");
    free(out);
    st_free(&st);
    st_encoding e;
    CHECK(st_parse_encoding("Windows-1252", &e) && e == ST_CP1252);
    CHECK(st_parse_encoding("utf8", &e) && e == ST_UTF8);
    CHECK(!st_parse_encoding("ebcdic", &e));
    sc_free(&s);
}

int main(void)
{
    test_good_load();
    test_optional_columns();
    test_shared_keys();
    test_errors();
    test_error_cap();
    test_data_quality();
    return UNIT_END();
}
