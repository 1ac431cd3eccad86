/* gen.c — the benchmark's data generator: a national workforce data set in
 * the standard layout (shared/design/data-model.md), deterministic for a seed.
 * Owns: the shape of the generated councils (pod teams, balanced teams, a
 * front door), the planted breaches of each benchmark check and the manifest
 * that counts them, CSV output, and the optional SQLite copy (native types).
 * Does not own: the checks themselves (bench/checks.cadre, checks.sql, ref.c).
 *
 * usage: gen --scale council|england|beyond --seed N --out DIR [--sqlite FILE.db]
 * Every generated council is clean by construction except for the planted
 * breaches; DIR/manifest.txt lists, per check, the violations and unknowns
 * that every implementation must find (as of AS_OF below). */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sqlite3.h>

#define AS_OF_Y 2025
#define AS_OF_M 3
#define AS_OF_D 31

/* ---- helpers ---- */

static uint64_t rng;
static uint64_t next64(void)
{
    uint64_t z = (rng += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}
static int rnd(int n) { return (int)(next64() % (uint64_t)n); }            /* 0..n-1 */
static int between(int lo, int hi) { return lo + rnd(hi - lo + 1); }        /* lo..hi */
static int chance(int percent) { return rnd(1000) < percent * 10; }

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("gen: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(2);
}

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) die("out of memory");
    return p;
}

/* days since 1970-01-01 <-> civil date (Howard Hinnant's algorithm) */
static int32_t days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}
static void civil(int32_t z, int *y, int *m, int *d)
{
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yoe + era * 400 + (*m <= 2);
}

#define NODATE INT32_MIN
static int32_t AS_OF;

/* ---- the model ---- */

enum { R_ASYE, R_SW, R_SP, R_AP, R_PM, R_AM, R_TM, R_COACH, R_SWA, R_ADMIN, R_PSW, R_HOS };
static const char *const role_code[] = {
    "asye", "social_worker", "senior_practitioner", "advanced_practitioner", "practice_manager",
    "aspiring_manager", "team_manager", "coach", "social_work_assistant", "administrator",
    "principal_social_worker", "head_of_service"};
static int case_holder(int r) { return r == R_ASYE || r == R_SW || r == R_SP || r == R_AP; }

typedef struct {
    int role, pod, team, manager;    /* indexes, -1 none */
    const char *contract;
    int fte10;                       /* fte × 10 */
    int32_t started, left, qualified;
    int load;                        /* open cases to allocate */
    int council;
} staff_t;

typedef struct { const char *service; int council, area_no; } team_t;
typedef struct { int team, lead; const char *kind; int32_t formed; int no; } pod_t;

static staff_t *S; static size_t nS, capS;
static team_t *T; static size_t nT, capT;
static pod_t *P; static size_t nP, capP;

enum { K_NQSW, K_CAP, K_AVG, K_PLEAD, K_PCOMP, K_PCOMP2, K_ALEAD, K_ACOMP, K_CONT, K_BSIZE, K_BPQE, K_GROUP, NK };
static const char *const check_name[NK] = {
    "caseload.nqsw_cap", "caseload.cap", "caseload.team_average", "pod.practice.lead",
    "pod.practice.composition", "pod.practice.composition_2", "pod.asye.lead", "pod.asye.composition",
    "continuity", "balanced_size", "balanced_pqe", "group_supervision"};
static long planted[NK], unknowns[NK];

static const char *const first[] = {"Amy", "Ben", "Chloe", "Daniel", "Esther", "Farid", "Grace", "Hassan", "Isla",
                                    "Jack", "Kemi", "Liam", "Maya", "Nadia", "Owen", "Priya", "Ravi", "Sara",
                                    "Tom", "Uma", "Victor", "Wen", "Yusuf", "Zoe"};
static const char *const last[] = {"Adams", "Begum", "Clarke", "Davies", "Evans", "Fraser", "Green", "Hughes",
                                   "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nowak", "Okafor", "Patel",
                                   "Quinn", "Roberts", "Smith", "Taylor", "Walsh", "Young"};

static int new_staff(int council, int role, int pod, int team, int manager)
{
    if (nS == capS) { capS = capS ? capS * 2 : 1024; S = xrealloc(S, capS * sizeof *S); }
    staff_t *s = &S[nS];
    memset(s, 0, sizeof *s);
    s->council = council;
    s->role = role; s->pod = pod; s->team = team; s->manager = manager;
    s->contract = chance(6) ? "agency" : chance(3) ? "fixed_term" : "permanent";
    s->fte10 = chance(15) ? between(5, 9) : 10;
    s->left = NODATE;
    int exp_years;
    switch (role) {
    case R_ASYE: exp_years = 0; break;
    case R_SW: exp_years = between(1, 12); break;
    case R_SP: case R_AP: exp_years = between(5, 20); break;
    case R_AM: exp_years = between(4, 10); break;
    default: exp_years = between(8, 25);
    }
    if (role == R_ASYE) {
        s->qualified = AS_OF - between(60, 330);
        s->started = s->qualified + between(14, 50);
    } else {
        s->qualified = AS_OF - exp_years * 365 - between(30, 330);
        s->started = AS_OF - between(60, 365 * (exp_years < 8 ? exp_years + 1 : 8));
        if (s->started < s->qualified) s->started = s->qualified + between(10, 60);
    }
    if (role == R_SWA || role == R_ADMIN) s->qualified = NODATE;
    else if (chance(2)) s->qualified = NODATE; /* missing data: most councils have some */
    return (int)nS++;
}

static int new_team(int council, const char *service, int area_no)
{
    if (nT == capT) { capT = capT ? capT * 2 : 256; T = xrealloc(T, capT * sizeof *T); }
    T[nT] = (team_t){service, council, area_no};
    return (int)nT++;
}

static int new_pod(int team, const char *kind, int no)
{
    if (nP == capP) { capP = capP ? capP * 2 : 256; P = xrealloc(P, capP * sizeof *P); }
    P[nP] = (pod_t){team, -1, kind, chance(10) ? NODATE : AS_OF - between(200, 3000), no};
    return (int)nP++;
}

/* Members of one team that hold cases, for the caseload shaping. */
typedef struct { int *v; size_t n, cap; } ivec;
static void ipush(ivec *a, int x)
{
    if (a->n == a->cap) { a->cap = a->cap ? a->cap * 2 : 32; a->v = xrealloc(a->v, a->cap * sizeof *a->v); }
    a->v[a->n++] = x;
}

/* Gives each in-post case holder of a team an open caseload: within caps and
 * team average <= 17, except for planted cap breaches (given here) and, when
 * avg_breach, a team average just above 17 without any cap breach. */
static void shape_caseloads(ivec *holders, int avg_breach, int ncap_breach, int nnqsw_breach)
{
    size_t n = holders->n;
    if (!n) return;
    if (avg_breach) {
        long sum = 0;
        for (size_t i = 0; i < n; i++) {
            staff_t *s = &S[holders->v[i]];
            s->load = s->role == R_ASYE ? between(14, 16) : between(17, 20);
            sum += s->load;
        }
        while (sum <= 17L * (long)n) { /* raise until just above, within caps */
            staff_t *s = &S[holders->v[rnd((int)n)]];
            int cap = s->role == R_ASYE ? 16 : 20;
            if (s->load < cap) { s->load++; sum++; }
        }
        return;
    }
    char *fixed = calloc(n, 1);
    long sum = 0;
    for (size_t i = 0; i < n; i++) {
        staff_t *s = &S[holders->v[i]];
        s->load = s->role == R_ASYE ? between(8, 15) : between(11, 19);
    }
    /* the planted tail above the caps */
    for (int k = 0; k < ncap_breach + nnqsw_breach; k++) {
        int want_asye = k >= ncap_breach;
        for (int tries = 0; tries < 64; tries++) {
            size_t i = (size_t)rnd((int)n);
            staff_t *s = &S[holders->v[i]];
            if (fixed[i] || (s->role == R_ASYE) != want_asye) continue;
            s->load = want_asye ? between(17, 19) : between(21, 24);
            fixed[i] = 1;
            planted[want_asye ? K_NQSW : K_CAP]++;
            break;
        }
    }
    for (size_t i = 0; i < n; i++) sum += S[holders->v[i]].load;
    while (sum > 17L * (long)n) { /* keep the team average within 17 */
        size_t i = (size_t)rnd((int)n);
        if (fixed[i] || S[holders->v[i]].load == 0) continue;
        S[holders->v[i]].load--;
        sum--;
    }
    free(fixed);
}

/* ---- output ---- */

typedef struct { FILE *f; sqlite3_stmt *ins; } out_t;
static sqlite3 *db;
static char *outdir;

static out_t open_out(const char *table, const char *header, const char *sqlcols)
{
    out_t o = {0};
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.csv", outdir, table);
    o.f = fopen(path, "w");
    if (!o.f) die("cannot write %s: %s", path, strerror(errno));
    setvbuf(o.f, NULL, _IOFBF, 1 << 20);
    fprintf(o.f, "%s\n", header);
    if (db) {
        char sql[1024];
        snprintf(sql, sizeof sql, "CREATE TABLE \"%s\"(%s)", table, sqlcols);
        if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK) die("sqlite: %s", sqlite3_errmsg(db));
        int n = 1;
        for (const char *p = header; *p; p++) n += *p == ',';
        size_t o2 = (size_t)snprintf(sql, sizeof sql, "INSERT INTO \"%s\" VALUES(", table);
        for (int i = 0; i < n; i++) o2 += (size_t)snprintf(sql + o2, sizeof sql - o2, "%s?", i ? "," : "");
        snprintf(sql + o2, sizeof sql - o2, ")");
        if (sqlite3_prepare_v2(db, sql, -1, &o.ins, NULL) != SQLITE_OK) die("sqlite: %s", sqlite3_errmsg(db));
    }
    return o;
}

static void close_out(out_t *o)
{
    if (fclose(o->f) != 0) die("write error: %s", strerror(errno));
    sqlite3_finalize(o->ins);
}

/* One row: a format of field kinds, one character each:
 *   s text (NULL or "" = missing)  d date (NODATE = missing)  i int (INT32_MIN missing)
 *   f decimal given ×10 (fte), w decimal ×10 or INT32_MIN (weight) */
static void row(out_t *o, const char *kinds, ...)
{
    va_list ap;
    va_start(ap, kinds);
    char buf[32];
    for (int i = 0; kinds[i]; i++) {
        if (i) putc(',', o->f);
        const char *txt = NULL;
        int len = 0;
        int iv = 0, isnum = 0, isreal = 0;
        switch (kinds[i]) {
        case 's':
            txt = va_arg(ap, const char *);
            len = txt ? (int)strlen(txt) : 0;
            break;
        case 'd': {
            int32_t d = va_arg(ap, int32_t);
            if (d != NODATE) {
                int y, m, dd;
                civil(d, &y, &m, &dd);
                len = snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, dd);
                txt = buf;
            }
            break;
        }
        case 'i':
            iv = va_arg(ap, int);
            if (iv != INT32_MIN) { len = snprintf(buf, sizeof buf, "%d", iv); txt = buf; isnum = 1; }
            break;
        case 'f': case 'w':
            iv = va_arg(ap, int);
            if (iv != INT32_MIN) {
                len = iv % 10 ? snprintf(buf, sizeof buf, "%d.%d", iv / 10, iv % 10) : snprintf(buf, sizeof buf, "%d", iv / 10);
                txt = buf;
                isreal = 1;
            }
            break;
        }
        if (txt) fwrite(txt, 1, (size_t)len, o->f);
        if (o->ins) {
            if (!txt || !len) sqlite3_bind_null(o->ins, i + 1);
            else if (isnum) sqlite3_bind_int(o->ins, i + 1, iv);
            else if (isreal) sqlite3_bind_double(o->ins, i + 1, iv / 10.0);
            else sqlite3_bind_text(o->ins, i + 1, txt, len, SQLITE_TRANSIENT);
        }
    }
    putc('\n', o->f);
    va_end(ap);
    if (o->ins) {
        if (sqlite3_step(o->ins) != SQLITE_DONE) die("sqlite: %s", sqlite3_errmsg(db));
        sqlite3_reset(o->ins);
    }
}

static const char *sid(int i, char *b) { if (i < 0) return NULL; snprintf(b, 16, "S%06d", i + 1); return b; }
static const char *tid(int i, char *b) { if (i < 0) return NULL; snprintf(b, 16, "T%05d", i + 1); return b; }
static const char *pid(int i, char *b) { if (i < 0) return NULL; snprintf(b, 16, "P%05d", i + 1); return b; }

/* ---- generation ---- */

/* A council: pods teams, balanced teams, a front door, a management team. */
static void make_council(int c, int npods_teams, int nbalanced, ivec *all_holders_by_team, ivec *team_of_council)
{
    (void)team_of_council;
    int mgmt = new_team(c, "management", 0);
    int hos = new_staff(c, R_HOS, -1, mgmt, -1);
    new_staff(c, R_PSW, -1, mgmt, hos);
    /* which teams carry which planted pod/team breach: chosen per council */
    int all = c == 0;   /* the first council has every kind, so the smoke test sees each */
    int avg_team = all || chance(70) ? rnd(npods_teams) : -1;
    int plead = all || chance(80) ? rnd(npods_teams) : -1, pcomp = all || chance(80) ? rnd(npods_teams) : -1;
    int pcomp2 = all || chance(60) ? rnd(npods_teams) : -1;
    int nasye_teams = (npods_teams + 2) / 3;   /* teams 0, 3, 6, ... have an ASYE pod */
    int alead = all || chance(40) ? 3 * rnd(nasye_teams) : -1, acomp = all || chance(40) ? 3 * rnd(nasye_teams) : -1;
    for (int k = 0; k < npods_teams; k++) {
        int t = new_team(c, "pods", k + 1);
        int tm = new_staff(c, R_TM, -1, t, hos);
        new_staff(c, R_ADMIN, -1, t, tm);
        ivec holders = {0};
        int has_asye_pod = k % 3 == 0;
        for (int q = 0; q < 4; q++) {
            int asye_pod = has_asye_pod && q == 3;
            int p = new_pod(t, asye_pod ? "asye" : "practice", q + 1);
            int lead = new_staff(c, asye_pod ? R_AM : R_PM, p, -1, tm);
            P[p].lead = lead;
            int members[5], nm = 4;
            if (asye_pod) {
                for (int i = 0; i < 4; i++) members[i] = R_ASYE;
                if (k == acomp) { members[3] = R_SW; planted[K_ACOMP]++; acomp = -1; }
                if (k == alead) { P[p].lead = tm; planted[K_ALEAD]++; alead = -1; }
            } else {
                for (int i = 0; i < 4; i++) {
                    int r = rnd(100);
                    members[i] = r < 50 ? R_SW : r < 78 ? R_SP : R_AP;
                }
                if (chance(40)) members[rnd(4)] = R_ASYE;  /* at most one NQSW in a practice pod */
                if (q == 0 && k == pcomp2) {
                    members[0] = R_ASYE; members[1] = R_ASYE;
                    planted[K_PCOMP2]++;
                } else if (q == 1 && k == pcomp) {
                    nm = chance(50) ? 3 : 5;
                    if (nm == 5) members[4] = R_SW;
                    planted[K_PCOMP]++;
                } else if (q == 2 && k == plead) {
                    P[p].lead = chance(50) ? -1 : tm;
                    planted[K_PLEAD]++;
                }
            }
            for (int i = 0; i < nm; i++) {
                int s = new_staff(c, members[i], p, -1, lead);
                if (chance(10)) S[s].team = t; /* some pod staff name their team too */
                ipush(&holders, s);
            }
            /* a leaver who kept their pod: not in post, so not counted */
            if (chance(25)) {
                int s = new_staff(c, R_SW, p, -1, lead);
                S[s].left = S[s].started + (AS_OF - S[s].started) / 2;
            }
            if (chance(8)) new_staff(c, R_SWA, p, -1, lead); /* support staff sit in some pods */
        }
        int ncap = chance(30) ? 1 : 0, nnqsw = chance(15) ? 1 : 0;
        if (k == avg_team) { ncap = nnqsw = 0; planted[K_AVG]++; }
        shape_caseloads(&holders, k == avg_team, ncap, nnqsw);
        ipush(&all_holders_by_team[0], t);
        free(holders.v);
    }
    int bsize = all || chance(70) ? rnd(nbalanced) : -1, bpqe = all || chance(70) ? rnd(nbalanced) : -1;
    int bunk = all || chance(50) ? rnd(nbalanced) : -1;
    if (bpqe == bunk) bunk = (bunk + 1) % nbalanced;
    for (int k = 0; k < nbalanced; k++) {
        int t = new_team(c, "balanced", k + 1);
        int tm = new_staff(c, R_TM, -1, mgmt, hos); /* the 8 are the team; its manager sits above it */
        ivec holders = {0};
        int nperm = 8;
        if (k == bsize) { nperm = chance(50) ? 7 : 9; planted[K_BSIZE]++; }
        int nexp = k == bpqe ? 4 : between(5, 7);
        if (k == bpqe) planted[K_BPQE]++;
        for (int i = 0; i < nperm; i++) {
            int r = i == 0 ? R_COACH : i < 3 ? R_SP : R_SW;
            int s = new_staff(c, r, -1, t, tm);
            S[s].contract = "permanent";
            if (i < nexp) S[s].qualified = AS_OF - between(3 * 365, 20 * 365);
            else S[s].qualified = AS_OF - between(60, 600);   /* within two years */
            if (k == bunk && i == nperm - 1) S[s].qualified = NODATE;
            if (case_holder(r)) ipush(&holders, s);
        }
        if (k == bunk) unknowns[K_BPQE]++;
        for (int i = rnd(3); i > 0; i--) {
            int s = new_staff(c, R_SW, -1, t, tm);
            S[s].contract = "agency";
            ipush(&holders, s);
        }
        shape_caseloads(&holders, 0, 0, 0);
        free(holders.v);
    }
    int fd = new_team(c, "front_door", 0);
    int fdm = new_staff(c, R_TM, -1, fd, hos);
    ivec holders = {0};
    for (int i = 0; i < 10; i++) {
        int s = new_staff(c, i < 2 ? R_SP : R_SW, -1, fd, fdm);
        ipush(&holders, s);
    }
    shape_caseloads(&holders, 0, chance(20) ? 1 : 0, 0);
    free(holders.v);
}

int main(int argc, char **argv)
{
    const char *scale = "council", *sqlite_path = NULL;
    uint64_t seed = 1;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--scale") && i + 1 < argc) scale = argv[++i];
        else if (!strcmp(argv[i], "--seed") && i + 1 < argc) seed = strtoull(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--out") && i + 1 < argc) outdir = argv[++i];
        else if (!strcmp(argv[i], "--sqlite") && i + 1 < argc) sqlite_path = argv[++i];
        else die("usage: gen --scale council|england|beyond --seed N --out DIR [--sqlite FILE.db]");
    }
    if (!outdir) die("--out DIR is required");
    int ncouncils = !strcmp(scale, "council") ? 1 : !strcmp(scale, "england") ? 100 : !strcmp(scale, "beyond") ? 1000 : 0;
    if (!ncouncils) die("unknown scale '%s' (council, england or beyond)", scale);
    rng = seed * 0x2545F4914F6CDD1Dull + 17;
    AS_OF = days_from_civil(AS_OF_Y, AS_OF_M, AS_OF_D);
    mkdir(outdir, 0777);
    if (sqlite_path) {
        remove(sqlite_path);
        if (sqlite3_open(sqlite_path, &db) != SQLITE_OK) die("cannot create %s", sqlite_path);
        sqlite3_exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN", NULL, NULL, NULL);
    }

    ivec teams_list = {0}, unused = {0};
    for (int c = 0; c < ncouncils; c++) make_council(c, 14, 6, &teams_list, &unused);
    free(teams_list.v);

    char b1[16], b2[16], b3[16], b4[16];
    out_t o = open_out("teams", "id,name,area,service", "id TEXT, name TEXT, area TEXT, service TEXT");
    for (size_t t = 0; t < nT; t++) {
        char name[64], area[32];
        snprintf(area, sizeof area, "Council %d", T[t].council + 1);
        snprintf(name, sizeof name, "Council %d %s team %d", T[t].council + 1, T[t].service, T[t].area_no);
        row(&o, "ssss", tid((int)t, b1), name, area, T[t].service);
    }
    close_out(&o);

    o = open_out("pods", "id,name,team,lead,kind,formed", "id TEXT, name TEXT, team TEXT, lead TEXT, kind TEXT, formed TEXT");
    for (size_t p = 0; p < nP; p++) {
        char name[64];
        snprintf(name, sizeof name, "Pod %d of %s", P[p].no, tid(P[p].team, b4));
        row(&o, "sssssd", pid((int)p, b1), name, tid(P[p].team, b2), sid(P[p].lead, b3), P[p].kind, P[p].formed);
    }
    close_out(&o);

    o = open_out("staff", "id,name,role,pod,team,manager,contract,fte,started,left,qualified,asye_status",
                 "id TEXT, name TEXT, role TEXT, pod TEXT, team TEXT, manager TEXT, contract TEXT, fte REAL, "
                 "started TEXT, left TEXT, qualified TEXT, asye_status TEXT");
    out_t roles = open_out("roles", "staff,role,from,to", "staff TEXT, role TEXT, \"from\" TEXT, \"to\" TEXT");
    out_t progs = open_out("programmes", "staff,programme,started,completed,status",
                           "staff TEXT, programme TEXT, started TEXT, completed TEXT, status TEXT");
    out_t assess = open_out("assessments", "staff,kind,date,outcome,score",
                            "staff TEXT, kind TEXT, date TEXT, outcome TEXT, score REAL");
    for (size_t i = 0; i < nS; i++) {
        staff_t *s = &S[i];
        char name[48], b5[16];
        snprintf(name, sizeof name, "%s %s", first[rnd(24)], last[rnd(22)]);
        const char *asye_status = s->role == R_ASYE ? (chance(90) ? "in_progress" : "paused") : NULL;
        if (s->role == R_ASYE && chance(5)) asye_status = NULL; /* missing */
        row(&o, "sssssssfddds", sid((int)i, b1), name, role_code[s->role], pid(s->pod, b2), tid(s->team, b3),
            sid(s->manager, b4), s->contract, s->fte10, s->started, s->left, s->qualified, asye_status);
        /* role history: promotions into the senior grades */
        if (s->role == R_SP || s->role == R_AP || s->role == R_PM || s->role == R_AM) {
            int32_t promoted = s->started + (AS_OF - s->started) / 2;
            row(&roles, "ssdd", sid((int)i, b5), "social_worker", s->started, promoted - 1);
            row(&roles, "ssdd", b5, role_code[s->role], promoted, NODATE);
            if (s->role == R_SP)
                row(&assess, "ssdsw", b5, "skills_matrix", promoted - between(20, 60), "met", between(650, 950));
        } else {
            row(&roles, "ssdd", sid((int)i, b5), role_code[s->role], s->started, s->left);
        }
        if (s->role == R_ASYE) {
            row(&progs, "ssdds", b5, "ASYE", s->started, NODATE, "enrolled");
            row(&assess, "ssdsw", b5, "asye_review", s->started + 90, "pass", INT32_MIN);
        } else if (s->role == R_AM) {
            row(&progs, "ssdds", b5, "Aspiring Manager", s->started + 30, NODATE, "enrolled");
        } else if (s->role == R_AP && chance(50)) {
            row(&progs, "ssdds", b5, "Bridging the Gap", s->started, s->started + 183, "completed");
        }
    }
    close_out(&o); close_out(&roles); close_out(&progs); close_out(&assess);

    /* cases and their allocation histories; previous workers are drawn from
     * the same council's case holders (leavers included) */
    size_t *council_start = calloc((size_t)ncouncils + 1, sizeof *council_start);
    for (size_t i = 0; i < nS; i++) council_start[S[i].council + 1] = i + 1;
    for (int c = 1; c <= ncouncils; c++) if (council_start[c] < council_start[c - 1]) council_start[c] = council_start[c - 1];
    o = open_out("cases", "id,child,worker,opened,closed,category,weight",
                 "id TEXT, child TEXT, worker TEXT, opened TEXT, closed TEXT, category TEXT, weight REAL");
    out_t al = open_out("allocations", "case,worker,from,to", "\"case\" TEXT, worker TEXT, \"from\" TEXT, \"to\" TEXT");
    static const char *const cats[] = {"assessment", "cin", "cp", "cla", "care_leaver"};
    long ncase = 0;
    for (int c = 0; c < ncouncils; c++) {
        size_t lo = council_start[c], hi = council_start[c + 1];
        ivec holders = {0};
        for (size_t i = lo; i < hi; i++) if (case_holder(S[i].role)) ipush(&holders, (int)i);
        if (!holders.n) continue;
        long allocated = 0;
        for (size_t i = lo; i < hi; i++) allocated += S[i].load;
        long unallocated = allocated / 4;              /* ~20% of open cases wait for a worker */
        long closed = (allocated + unallocated) / 2;
        long nbreach = (allocated + 250) / 500;        /* continuity breaches: ~0.2% of open cases */
        long total = allocated + unallocated + closed;
        /* open cases worker by worker, then unallocated, then closed */
        size_t wi = lo;
        int left_for_w = (int)(lo < hi ? S[lo].load : 0);
        for (long k = 0; k < total; k++) {
            int open = k < allocated + unallocated;
            int worker = -1;
            if (k < allocated) {
                while (left_for_w == 0) { wi++; left_for_w = S[wi].load; }
                worker = (int)wi;
                left_for_w--;
            } else if (!open) {
                worker = holders.v[rnd((int)holders.n)];
            }
            int32_t opened = AS_OF - between(5, open ? 900 : 1500);
            int32_t closedd = open ? NODATE : opened + between(30, 1500 - 5);
            if (!open && closedd > AS_OF - 1) closedd = AS_OF - 1;
            char cid[24], child[24];
            snprintf(cid, sizeof cid, "C%08ld", ++ncase);
            snprintf(child, sizeof child, "CH%08ld", (long)(next64() % 100000000));
            int weight = chance(20) ? INT32_MIN : (chance(30) ? 15 : 10);
            row(&o, "sssddsw", cid, child, sid(worker, b1), opened, closedd, cats[rnd(5)], weight);
            /* allocation history: d distinct workers, the last one current */
            int d = worker < 0 ? rnd(2) : chance(60) ? 1 : 2;
            if (open && k < allocated && k % 500 == 250 && nbreach > 0) { d = between(3, 4); nbreach--; planted[K_CONT]++; }
            int ws[6], nw = 0;
            for (int j = 0; j < d - (worker >= 0); j++) {
                int w, dup;
                do {
                    w = holders.v[rnd((int)holders.n)];
                    dup = w == worker;
                    for (int q = 0; q < nw; q++) dup |= w == ws[q];
                } while (dup);
                ws[nw++] = w;
            }
            if (worker >= 0) ws[nw++] = worker;
            /* a hand-back (A, B, A) repeats a worker without adding one */
            int back = nw == 2 && worker >= 0 && chance(5);
            int32_t end = open ? AS_OF : closedd, from = opened;
            int nseg = nw + back;
            for (int j = 0; j < nseg; j++) {
                int w = back ? ws[j == 1 ? 0 : 1] : ws[j];
                int32_t to = j == nseg - 1 ? (worker >= 0 ? (open ? NODATE : closedd) : from + 1 + rnd(20))
                                           : from + (end - from) / (nseg - j) / 2 + 1;
                row(&al, "ssdd", cid, sid(w, b1), from, to);
                if (to != NODATE) from = to + 1;
            }
        }
        free(holders.v);
    }
    close_out(&o); close_out(&al);

    /* supervision over the year before as_of: individual fortnightly for
     * everyone in post with a manager, group weekly and reflective
     * fortnightly per pod; planted pods skipped their latest group session */
    o = open_out("supervisions", "id,date,kind,supervisee,pod,supervisor,minutes",
                 "id TEXT, date TEXT, kind TEXT, supervisee TEXT, pod TEXT, supervisor TEXT, minutes INTEGER");
    long nsup = 0;
    char vid[24];
    for (size_t i = 0; i < nS; i++) {
        staff_t *s = &S[i];
        if (s->manager < 0 || s->left != NODATE) continue;
        int off = rnd(14);
        for (int32_t d = AS_OF - off; d > AS_OF - 365 && d >= s->started; d -= 14) {
            snprintf(vid, sizeof vid, "V%09ld", ++nsup);
            row(&o, "sdssssi", vid, d, "individual", sid((int)i, b1), NULL, sid(s->manager, b2),
                chance(5) ? INT32_MIN : between(45, 90));
        }
    }
    int group_breach_every = 60;   /* ~1 pod in 60 missed the latest session */
    for (size_t p = 0; p < nP; p++) {
        int off = rnd(7), skip = (int)(p % (size_t)group_breach_every) == group_breach_every / 2;
        if (skip) planted[K_GROUP]++;
        int sup = P[p].lead >= 0 ? P[p].lead : -1;
        if (sup < 0) { /* lead missing: the team manager runs the group */
            for (size_t i = 0; i < nS; i++) if (S[i].team == P[p].team && S[i].role == R_TM) { sup = (int)i; break; }
        }
        for (int k = skip; k < 52; k++) {
            snprintf(vid, sizeof vid, "V%09ld", ++nsup);
            row(&o, "sdssssi", vid, AS_OF - off - 7 * k, "group", NULL, pid((int)p, b1), sid(sup, b2), between(60, 120));
            if (k % 2 == 0) {
                snprintf(vid, sizeof vid, "V%09ld", ++nsup);
                row(&o, "sdssssi", vid, AS_OF - off - 7 * k - 3, "reflective", NULL, pid((int)p, b1), sid(sup, b2), 90);
            }
        }
    }
    close_out(&o);
    if (db) {
        if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) die("sqlite: %s", sqlite3_errmsg(db));
        sqlite3_close(db);
    }

    char path[4096];
    snprintf(path, sizeof path, "%s/manifest.txt", outdir);
    FILE *m = fopen(path, "w");
    if (!m) die("cannot write %s", path);
    int y, mo, d;
    civil(AS_OF, &y, &mo, &d);
    fprintf(m, "# bench/gen --scale %s --seed %llu: planted breaches as of %04d-%02d-%02d\n", scale,
            (unsigned long long)seed, y, mo, d);
    fprintf(m, "# rows: staff %zu, teams %zu, pods %zu, cases %ld, supervisions %ld\n", nS, nT, nP, ncase, nsup);
    fprintf(m, "# check violations unknown\n");
    for (int k = 0; k < NK; k++) fprintf(m, "%s %ld %ld\n", check_name[k], planted[k], unknowns[k]);
    fclose(m);
    free(council_start); free(S); free(T); free(P); free(unused.v);
    return 0;
}
