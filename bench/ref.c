/* ref.c — the benchmark's yardstick: bench/checks.cadre written directly in
 * C for speed, as a data engineer would hand-write exactly these checks:
 * every file mmap'd, a hand-rolled CSV scanner, ids packed into two 64-bit
 * words and kept in open-addressing maps, dates as YYYYMMDD integers, and two
 * threads (supervisions on one; cases then allocations on the other).
 * Owns: its scanner, id maps and the checks. Does not own: generality — the
 * as-of date (2025-03-31), the columns' types and the checks are fixed; ids
 * longer than 16 bytes are refused; quoted fields lose their quotes but ""
 * inside is not unescaped (no checked column needs it).
 * Prints "check violations unknown". With -g it also prints the general-rule
 * policy's extra check (bench/rules.cadre: weekly_group, a gap() cadence).
 * usage: ref [-g] DIR */
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define AS_OF 20250331
#define TWO_YEARS_BEFORE 20230331
#define WEEK_BEFORE 20250324
#define GAP_WINDOW 84          /* weekly_group: the 12 weeks before as_of */
#define MAXF 32

static void die(const char *msg, const char *arg)
{
    fprintf(stderr, "ref: %s%s\n", msg, arg ? arg : "");
    exit(2);
}

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) die("out of memory", NULL);
    return p;
}

/* ---- a mapped file and a record cursor over it ---- */

typedef struct { const char *p; uint32_t n; } fld;
typedef struct {
    const char *buf, *pos, *end;
    size_t len;
    fld f[MAXF];
    int nf;
} csv;

static int csv_open(csv *c, const char *dir, const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    memset(c, 0, sizeof *c);
    int fd = open(path, O_RDONLY);
    if (fd < 0) return 0;
    struct stat sb;
    if (fstat(fd, &sb) != 0) die("cannot stat ", path);
    if (sb.st_size == 0) { close(fd); return 0; }
    void *p = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    close(fd);
    if (p == MAP_FAILED) die("cannot map ", path);
    c->buf = c->pos = p;
    c->len = (size_t)sb.st_size;
    c->end = c->buf + c->len;
    return 1;
}

static void csv_close(csv *c)
{
    if (c->buf) munmap((void *)c->buf, c->len);
}

/* Splits the next record into c->f; quoted fields (which may hold commas
 * and newlines) come back without their quotes. */
static int csv_next(csv *c)
{
    const char *s = c->pos, *e = c->end;
    if (s >= e) return 0;
    int nf = 0;
    for (;;) {
        const char *start = s;
        uint32_t n;
        if (s < e && *s == '"') {
            start = ++s;
            while (s < e && !(*s == '"' && (s + 1 >= e || s[1] != '"'))) s += *s == '"' ? 2 : 1;
            n = (uint32_t)(s - start);
            if (s < e) s++;
        } else {
            while (s < e && *s != ',' && *s != '\n' && *s != '\r') s++;
            n = (uint32_t)(s - start);
        }
        if (nf < MAXF) c->f[nf] = (fld){start, n};
        nf++;
        if (s >= e) break;
        if (*s == ',') { s++; continue; }
        if (*s == '\r') s++;
        if (s < e && *s == '\n') s++;
        break;
    }
    c->nf = nf;
    c->pos = s;
    return 1;
}

static int col(const csv *c, const char *name)
{
    size_t n = strlen(name);
    for (int i = 0; i < c->nf && i < MAXF; i++)
        if (c->f[i].n == n && !memcmp(c->f[i].p, name, n)) return i;
    die("missing column ", name);
    return -1;
}

static int is(fld f, const char *lit)
{
    size_t n = strlen(lit);
    return f.n == n && !memcmp(f.p, lit, n);
}

/* ---- ids: up to 16 bytes packed into two words, in open-addressing maps ---- */

typedef struct { uint64_t a, b; } id_t128;
typedef struct { id_t128 *key; int32_t *val; size_t cap, n; } idmap;

static id_t128 pack(fld f)
{
    id_t128 k = {0, 0};
    if (f.n > 16) die("id longer than 16 bytes", NULL);
    char tmp[16] = {0};
    memcpy(tmp, f.p, f.n);
    memcpy(&k.a, tmp, 8);
    memcpy(&k.b, tmp + 8, 8);
    return k;
}

static size_t slot(id_t128 k, size_t cap)
{
    uint64_t h = (k.a ^ (k.b * 0x9E3779B97F4A7C15ull)) * 0xbf58476d1ce4e5b9ull;
    return (size_t)(h ^ (h >> 31)) & (cap - 1);
}

static void map_init(idmap *m, size_t want)
{
    m->cap = 1024;
    while (m->cap < want * 2) m->cap *= 2;
    m->key = calloc(m->cap, sizeof *m->key);
    m->val = xrealloc(NULL, m->cap * sizeof *m->val);
    m->n = 0;
    if (!m->key) die("out of memory", NULL);
}

static void map_put(idmap *m, fld f, int32_t v);
static void map_grow(idmap *m)
{
    idmap n;
    map_init(&n, m->cap);
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->key[i].a) continue;
        size_t j = slot(m->key[i], n.cap);
        while (n.key[j].a) j = (j + 1) & (n.cap - 1);
        n.key[j] = m->key[i];
        n.val[j] = m->val[i];
        n.n++;
    }
    free(m->key); free(m->val);
    *m = n;
}

static void map_put(idmap *m, fld f, int32_t v)
{
    if (!f.n) return;
    if ((m->n + 1) * 2 > m->cap) map_grow(m);
    id_t128 k = pack(f);
    size_t i = slot(k, m->cap);
    while (m->key[i].a && (m->key[i].a != k.a || m->key[i].b != k.b)) i = (i + 1) & (m->cap - 1);
    if (!m->key[i].a) m->n++;
    m->key[i] = k;
    m->val[i] = v;
}

static int32_t map_get(const idmap *m, fld f)
{
    if (!f.n || !m->cap) return -1;
    id_t128 k = pack(f);
    for (size_t i = slot(k, m->cap); m->key[i].a; i = (i + 1) & (m->cap - 1))
        if (m->key[i].a == k.a && m->key[i].b == k.b) return m->val[i];
    return -1;
}

/* YYYY-MM-DD -> YYYYMMDD, 0 when missing */
static int date(fld f)
{
    if (f.n < 10) return 0;
    const char *s = f.p;
    return ((s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0')) * 10000 +
           ((s[5] - '0') * 10 + (s[6] - '0')) * 100 + (s[8] - '0') * 10 + (s[9] - '0');
}

/* YYYYMMDD -> days since 1970-01-01 (civil calendar, for the gap check) */
static int days(int ymd)
{
    int y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400, yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

/* ---- the checks ---- */

enum { R_ASYE, R_SW, R_SP, R_AP, R_PM, R_AM, R_OTHER };

typedef struct { int role, pod, team, in_post, permanent, qualified, open; } staff_t;
typedef struct { int team, lead, practice, asye_kind, holders, asye, group; uint64_t seen[2]; } pod_t;
typedef struct { int balanced; long holders, cases, perm, miss, pqe; } team_t;
typedef struct { int open, w1, w2, more; } case_t;

typedef struct {
    const char *dir;
    staff_t *S;
    pod_t *P;
    idmap *sm, *pm;
    case_t *C;
    size_t nC;
    int as_of_day;
} shared;

/* Thread 1: supervisions, a group session in the last week per pod, and
 * which of the last GAP_WINDOW + 1 days had one (for -g). */
static void *load_supervisions(void *arg)
{
    shared *sh = arg;
    csv vf;
    if (!csv_open(&vf, sh->dir, "supervisions.csv") || !csv_next(&vf)) return NULL;
    int cp = col(&vf, "pod"), ck = col(&vf, "kind"), cd = col(&vf, "date");
    while (csv_next(&vf)) {
        if (!vf.f[cp].n || !is(vf.f[ck], "group")) continue;
        int32_t p = map_get(sh->pm, vf.f[cp]);
        if (p < 0) continue;
        int d = date(vf.f[cd]);
        if (d > WEEK_BEFORE && d <= AS_OF) sh->P[p].group = 1;
        int back = sh->as_of_day - days(d);
        if (back >= 0 && back <= GAP_WINDOW) sh->P[p].seen[back >> 6] |= 1ull << (back & 63);
    }
    csv_close(&vf);
    return NULL;
}

/* Thread 2 (the main one): open caseloads, then up to two distinct workers
 * per open case, and "more". */
static void load_cases(shared *sh)
{
    csv cf, af;
    idmap cm;
    case_t *C = NULL;
    size_t nC = 0, capC = 0;
    if (csv_open(&cf, sh->dir, "cases.csv") && csv_next(&cf)) {
        int ci = col(&cf, "id"), cw = col(&cf, "worker"), co = col(&cf, "opened"), cc = col(&cf, "closed");
        map_init(&cm, cf.len / 40);
        capC = cf.len / 40 + 16;
        C = xrealloc(NULL, capC * sizeof *C);
        while (csv_next(&cf)) {
            if (nC == capC) { capC *= 2; C = xrealloc(C, capC * sizeof *C); }
            int opened = date(cf.f[co]), closed = date(cf.f[cc]);
            int open = opened <= AS_OF && (!closed || closed > AS_OF);
            C[nC] = (case_t){open, -1, -1, 0};
            if (open) { int32_t w = map_get(sh->sm, cf.f[cw]); if (w >= 0) sh->S[w].open++; }
            map_put(&cm, cf.f[ci], (int32_t)nC++);
        }
        csv_close(&cf);
    } else map_init(&cm, 16);
    if (csv_open(&af, sh->dir, "allocations.csv") && csv_next(&af)) {
        int cc = col(&af, "case"), cw = col(&af, "worker");
        while (csv_next(&af)) {
            int32_t k = map_get(&cm, af.f[cc]);
            if (k < 0 || !C[k].open) continue;
            int32_t w = map_get(sh->sm, af.f[cw]);
            case_t *c = &C[k];
            if (w == c->w1 || w == c->w2) continue;
            if (c->w1 < 0) c->w1 = w; else if (c->w2 < 0) c->w2 = w; else c->more = 1;
        }
        csv_close(&af);
    }
    free(cm.key); free(cm.val);
    sh->C = C;
    sh->nC = nC;
}

int main(int argc, char **argv)
{
    int general = argc == 3 && !strcmp(argv[1], "-g");
    if (argc != 2 && !general) die("usage: ref [-g] DIR", NULL);
    const char *dir = argv[argc - 1];
    csv tf, pf, sf;
    idmap tm, pm, sm;
    map_init(&tm, 16); map_init(&pm, 16); map_init(&sm, 16);

    /* teams */
    team_t *T = NULL; size_t nT = 0;
    if (csv_open(&tf, dir, "teams.csv") && csv_next(&tf)) {
        int ci = col(&tf, "id"), cs = col(&tf, "service");
        while (csv_next(&tf)) {
            T = xrealloc(T, (nT + 1) * sizeof *T);
            T[nT] = (team_t){is(tf.f[cs], "balanced"), 0, 0, 0, 0, 0};
            map_put(&tm, tf.f[ci], (int32_t)nT++);
        }
    }
    /* pods: their lead is resolved once staff is in */
    pod_t *P = NULL; size_t nP = 0, capP = 0;
    fld *lead_id = NULL;
    if (csv_open(&pf, dir, "pods.csv") && csv_next(&pf)) {
        int ci = col(&pf, "id"), ct = col(&pf, "team"), cl = col(&pf, "lead"), ck = col(&pf, "kind");
        while (csv_next(&pf)) {
            if (nP == capP) { capP = capP ? capP * 2 : 1024; P = xrealloc(P, capP * sizeof *P); lead_id = xrealloc(lead_id, capP * sizeof *lead_id); }
            P[nP] = (pod_t){map_get(&tm, pf.f[ct]), -1, is(pf.f[ck], "practice"), is(pf.f[ck], "asye"), 0, 0, 0, {0, 0}};
            lead_id[nP] = pf.f[cl];
            map_put(&pm, pf.f[ci], (int32_t)nP++);
        }
    }
    /* staff */
    staff_t *S = NULL; size_t nS = 0, capS = 0;
    if (csv_open(&sf, dir, "staff.csv") && csv_next(&sf)) {
        int ci = col(&sf, "id"), cr = col(&sf, "role"), cp = col(&sf, "pod"), ct = col(&sf, "team"),
            cc = col(&sf, "contract"), cs = col(&sf, "started"), cl = col(&sf, "left"), cq = col(&sf, "qualified");
        static const char *const roles[] = {"asye", "social_worker", "senior_practitioner", "advanced_practitioner",
                                            "practice_manager", "aspiring_manager"};
        while (csv_next(&sf)) {
            if (nS == capS) { capS = capS ? capS * 2 : 1024; S = xrealloc(S, capS * sizeof *S); }
            int role = R_OTHER;
            for (int k = 0; k < 6; k++) if (is(sf.f[cr], roles[k])) { role = k; break; }
            int started = date(sf.f[cs]), left = date(sf.f[cl]);
            S[nS] = (staff_t){role, map_get(&pm, sf.f[cp]), map_get(&tm, sf.f[ct]),
                              started <= AS_OF && (!left || left > AS_OF), is(sf.f[cc], "permanent"),
                              date(sf.f[cq]), 0};
            map_put(&sm, sf.f[ci], (int32_t)nS++);
        }
    }
    for (size_t p = 0; p < nP; p++) P[p].lead = map_get(&sm, lead_id[p]);

    /* the two large tables at once: supervisions on a thread of its own */
    shared sh = {dir, S, P, &sm, &pm, NULL, 0, days(AS_OF)};
    pthread_t th;
    int threaded = pthread_create(&th, NULL, load_supervisions, &sh) == 0;
    if (!threaded) load_supervisions(&sh);
    load_cases(&sh);
    if (threaded) pthread_join(th, NULL);
    case_t *C = sh.C;
    size_t nC = sh.nC;

    long v[13] = {0}, unk = 0;
    for (size_t i = 0; i < nS; i++) {
        staff_t *s = &S[i];
        if (!s->in_post) continue;
        int holder = s->role <= R_AP;
        if (s->role == R_ASYE && s->open > 16) v[0]++;
        if (holder && s->role != R_ASYE && s->open > 20) v[1]++;
        /* teams this person belongs to: their own and their pod's (once) */
        int t1 = s->team, t2 = s->pod >= 0 ? P[s->pod].team : -1;
        if (t2 == t1) t2 = -1;
        for (int k = 0; k < 2; k++) {
            int t = k ? t2 : t1;
            if (t < 0) continue;
            if (holder) { T[t].holders++; T[t].cases += s->open; }
            if (s->permanent) {
                T[t].perm++;
                if (!s->qualified) T[t].miss++;
                else if (s->qualified < TWO_YEARS_BEFORE) T[t].pqe++;
            }
        }
        if (s->pod >= 0) {
            if (holder) P[s->pod].holders++;
            if (s->role == R_ASYE) P[s->pod].asye++;
        }
    }
    for (size_t t = 0; t < nT; t++) {
        if (T[t].holders && T[t].cases > 17 * T[t].holders) v[2]++;
        if (!T[t].balanced) continue;
        if (T[t].perm != 8) v[9]++;
        if (T[t].miss) unk++;
        else if (T[t].pqe < 5) v[10]++;
    }
    for (size_t p = 0; p < nP; p++) {
        pod_t *q = &P[p];
        if (q->practice) {
            if (q->lead < 0 || S[q->lead].role != R_PM) v[3]++;
            if (q->holders != 4) v[4]++;
            if (q->asye > 1) v[5]++;
        } else if (q->asye_kind) {
            if (q->lead < 0 || S[q->lead].role != R_AM) v[6]++;
            if (q->asye != 4) v[7]++;
        }
        if (!q->group) v[11]++;
        /* weekly_group: some stretch of the window, between its ends and the
         * days with a session, longer than 7 days (gap() <= 1 week) */
        int prev = GAP_WINDOW;
        for (int b = GAP_WINDOW; b >= -1; b--) {
            if (b >= 0 && !(q->seen[b >> 6] >> (b & 63) & 1)) continue;
            int at = b < 0 ? 0 : b;
            if (prev - at > 7) { v[12]++; break; }
            prev = at;
        }
    }
    for (size_t k = 0; k < nC; k++) if (C[k].open && C[k].more) v[8]++;

    static const char *const names[13] = {
        "caseload.nqsw_cap", "caseload.cap", "caseload.team_average", "pod.practice.lead",
        "pod.practice.composition", "pod.practice.composition_2", "pod.asye.lead", "pod.asye.composition",
        "continuity", "balanced_size", "balanced_pqe", "group_supervision", "weekly_group"};
    for (int k = 0; k < (general ? 13 : 12); k++) printf("%s %ld %ld\n", names[k], v[k], k == 10 ? unk : 0L);
    return 0;
}
