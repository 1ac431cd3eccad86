/* ref.c — the benchmark's reference: bench/checks.cadre written directly in
 * C, one pass over each CSV file with hash maps from ids to rows, as a data
 * engineer would write it by hand for exactly these checks.
 * Owns: its own small CSV reader (RFC 4180 quotes), id maps and the checks.
 * Does not own: generality — columns are found by name, but types, the as-of
 * date (2025-03-31) and the checks are fixed. Prints "check violations unknown".
 * usage: ref DIR */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define AS_OF 20250331
#define TWO_YEARS_BEFORE 20230331
#define WEEK_BEFORE 20250324

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

/* ---- a whole file and a record cursor over it ---- */

typedef struct {
    char *buf;
    size_t len, pos;
    char *f[32];                /* fields of the current record, NUL-terminated in place */
    int nf;
} csv;

static int csv_open(csv *c, const char *dir, const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *fp = fopen(path, "rb");
    memset(c, 0, sizeof *c);
    if (!fp) return 0;
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    c->buf = xrealloc(NULL, (size_t)n + 1);
    if (fread(c->buf, 1, (size_t)n, fp) != (size_t)n) die("cannot read ", path);
    fclose(fp);
    c->len = (size_t)n;
    c->buf[n] = '\0';
    return 1;
}

/* Splits the next record in place (quoted fields are unescaped in place). */
static int csv_next(csv *c)
{
    if (!c->buf || c->pos >= c->len) return 0;
    char *b = c->buf;
    size_t i = c->pos;
    c->nf = 0;
    for (;;) {
        char *out = b + i;
        if (c->nf < 32) c->f[c->nf] = out;
        c->nf++;
        if (b[i] == '"') { /* unescape in place: the text moves over its opening quote */
            size_t o = i;
            i++;
            while (i < c->len) {
                if (b[i] == '"' && i + 1 < c->len && b[i + 1] == '"') { b[o++] = '"'; i += 2; continue; }
                if (b[i] == '"') { i++; break; }
                b[o++] = b[i++];
            }
            b[o] = '\0';
        } else {
            while (i < c->len && b[i] != ',' && b[i] != '\n' && b[i] != '\r') i++;
        }
        char sep = i < c->len ? b[i] : '\n';
        if (sep == '\r') { b[i] = '\0'; i++; sep = '\n'; }
        b[i < c->len ? i : c->len] = '\0';
        i++;
        if (sep == '\n') break;
    }
    c->pos = i;
    return 1;
}

static int col(const csv *c, const char *name)
{
    for (int i = 0; i < c->nf && i < 32; i++) if (!strcmp(c->f[i], name)) return i;
    die("missing column ", name);
    return -1;
}

/* ---- id maps: open addressing over the ids, which stay in the file buffers ---- */

typedef struct { const char **key; int32_t *val; size_t cap, n; } idmap;

static uint64_t hash(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h ^ (h >> 29);
}

static void map_put(idmap *m, const char *k, int32_t v);
static void map_grow(idmap *m)
{
    idmap n = {0};
    n.cap = m->cap ? m->cap * 2 : 1024;
    n.key = calloc(n.cap, sizeof *n.key);
    n.val = xrealloc(NULL, n.cap * sizeof *n.val);
    for (size_t i = 0; i < m->cap; i++) if (m->key[i]) map_put(&n, m->key[i], m->val[i]);
    free(m->key); free(m->val);
    *m = n;
}

static void map_put(idmap *m, const char *k, int32_t v)
{
    if ((m->n + 1) * 2 > m->cap) map_grow(m);
    size_t i = hash(k) & (m->cap - 1);
    while (m->key[i] && strcmp(m->key[i], k)) i = (i + 1) & (m->cap - 1);
    if (!m->key[i]) m->n++;
    m->key[i] = k;
    m->val[i] = v;
}

static int32_t map_get(const idmap *m, const char *k)
{
    if (!*k || !m->cap) return -1;
    size_t i = hash(k) & (m->cap - 1);
    for (; m->key[i]; i = (i + 1) & (m->cap - 1)) if (!strcmp(m->key[i], k)) return m->val[i];
    return -1;
}

static int date(const char *s) /* YYYY-MM-DD -> YYYYMMDD, 0 when missing */
{
    if (!*s) return 0;
    return atoi(s) * 10000 + atoi(s + 5) * 100 + atoi(s + 8);
}

/* ---- the checks ---- */

enum { R_ASYE, R_SW, R_SP, R_AP, R_PM, R_AM, R_OTHER };

typedef struct { int role, pod, team, in_post, permanent, qualified, open; } staff_t;
typedef struct { int team, lead, practice, asye_kind, holders, asye, group; } pod_t;
typedef struct { int balanced; long holders, cases, perm, miss, pqe; } team_t;
typedef struct { int open, w1, w2, more; } case_t;

int main(int argc, char **argv)
{
    if (argc != 2) die("usage: ref DIR", NULL);
    const char *dir = argv[1];
    csv tf, pf, sf, cf, af, vf;
    idmap tm = {0}, pm = {0}, sm = {0}, cm = {0};

    /* teams */
    team_t *T = NULL; size_t nT = 0;
    if (csv_open(&tf, dir, "teams.csv") && csv_next(&tf)) {
        int ci = col(&tf, "id"), cs = col(&tf, "service");
        while (csv_next(&tf)) {
            T = xrealloc(T, (nT + 1) * sizeof *T);
            T[nT] = (team_t){!strcmp(tf.f[cs], "balanced"), 0, 0, 0, 0, 0};
            map_put(&tm, tf.f[ci], (int32_t)nT++);
        }
    }
    /* pods: their lead is resolved once staff is in */
    pod_t *P = NULL; size_t nP = 0;
    const char **lead_id = NULL;
    if (csv_open(&pf, dir, "pods.csv") && csv_next(&pf)) {
        int ci = col(&pf, "id"), ct = col(&pf, "team"), cl = col(&pf, "lead"), ck = col(&pf, "kind");
        while (csv_next(&pf)) {
            P = xrealloc(P, (nP + 1) * sizeof *P);
            lead_id = xrealloc(lead_id, (nP + 1) * sizeof *lead_id);
            P[nP] = (pod_t){map_get(&tm, pf.f[ct]), -1, !strcmp(pf.f[ck], "practice"), !strcmp(pf.f[ck], "asye"), 0, 0, 0};
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
            for (int k = 0; k < 6; k++) if (!strcmp(sf.f[cr], roles[k])) { role = k; break; }
            int started = date(sf.f[cs]), left = date(sf.f[cl]);
            S[nS] = (staff_t){role, map_get(&pm, sf.f[cp]), map_get(&tm, sf.f[ct]),
                              started <= AS_OF && (!left || left > AS_OF), !strcmp(sf.f[cc], "permanent"),
                              date(sf.f[cq]), 0};
            map_put(&sm, sf.f[ci], (int32_t)nS++);
        }
    }
    for (size_t p = 0; p < nP; p++) P[p].lead = map_get(&sm, lead_id[p]);
    /* cases: open caseloads, and which cases are open */
    case_t *C = NULL; size_t nC = 0, capC = 0;
    if (csv_open(&cf, dir, "cases.csv") && csv_next(&cf)) {
        int ci = col(&cf, "id"), cw = col(&cf, "worker"), co = col(&cf, "opened"), cc = col(&cf, "closed");
        while (csv_next(&cf)) {
            if (nC == capC) { capC = capC ? capC * 2 : 4096; C = xrealloc(C, capC * sizeof *C); }
            int opened = date(cf.f[co]), closed = date(cf.f[cc]);
            int open = opened <= AS_OF && (!closed || closed > AS_OF);
            C[nC] = (case_t){open, -1, -1, 0};
            if (open) { int32_t w = map_get(&sm, cf.f[cw]); if (w >= 0) S[w].open++; }
            map_put(&cm, cf.f[ci], (int32_t)nC++);
        }
    }
    /* allocations: up to two distinct workers per case, then "more" */
    if (csv_open(&af, dir, "allocations.csv") && csv_next(&af)) {
        int cc = col(&af, "case"), cw = col(&af, "worker");
        while (csv_next(&af)) {
            int32_t k = map_get(&cm, af.f[cc]), w = map_get(&sm, af.f[cw]);
            if (k < 0 || !C[k].open) continue;
            case_t *c = &C[k];
            if (w == c->w1 || w == c->w2) continue;
            if (c->w1 < 0) c->w1 = w; else if (c->w2 < 0) c->w2 = w; else c->more = 1;
        }
    }
    /* supervisions: a group session in the last week, per pod */
    if (csv_open(&vf, dir, "supervisions.csv") && csv_next(&vf)) {
        int cp = col(&vf, "pod"), ck = col(&vf, "kind"), cd = col(&vf, "date");
        while (csv_next(&vf)) {
            if (!*vf.f[cp] || strcmp(vf.f[ck], "group")) continue;
            int d = date(vf.f[cd]);
            int32_t p = map_get(&pm, vf.f[cp]);
            if (p >= 0 && d > WEEK_BEFORE && d <= AS_OF) P[p].group = 1;
        }
    }

    long v[12] = {0}, unk = 0;
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
    }
    for (size_t k = 0; k < nC; k++) if (C[k].open && C[k].more) v[8]++;

    static const char *const names[12] = {
        "caseload.nqsw_cap", "caseload.cap", "caseload.team_average", "pod.practice.lead",
        "pod.practice.composition", "pod.practice.composition_2", "pod.asye.lead", "pod.asye.composition",
        "continuity", "balanced_size", "balanced_pqe", "group_supervision"};
    for (int k = 0; k < 12; k++) printf("%s %ld %ld\n", names[k], v[k], k == 10 ? unk : 0L);
    return 0;
}
