/* store.c — loading a directory of CSV files, or one SQLite file (read-only,
 * one table per CSV file), into typed column arrays.
 * Owns: reading each table whole, mapping header names to schema columns,
 * converting cells (both sources through one path: text interned in one pool,
 * decimals scaled by 10^6, dates as day numbers), key uniqueness, resolving
 * references to row indexes once every table is in, the reverse-link CSR
 * indexes, and the data errors (file:line:col, or db:table:rowid:col).
 * Does not own: the schema (borrowed), CSV syntax (csv.c), printing (diag.c). */
#include "store.h"
#include "csv.h"
#include "date.h"
#include "utf8.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sqlite3.h>
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>
#include <time.h>

#define ERR_CAP 50             /* data errors reported per file before a note */
#define CHUNK (2u << 20)       /* string arena chunk (a huge page); longer strings get their own */
#define SAMPLE 4096u           /* text cells sampled before a column may stop being interned */
#define LAST_MAX 64            /* reference text remembered from the row before, at most */

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) { fputs("cadre: out of memory\n", stderr); abort(); }
    return p;
}

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) { fputs("cadre: out of memory\n", stderr); abort(); }
    return p;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xmalloc(n), s, n);
}

/* Memory for a large array (columns, link indexes, key indexes, the string
 * arena): from 2 MiB up, aligned and marked for transparent huge pages, so
 * filling it costs a page fault per 2 MiB rather than per 4 KiB (at england
 * scale the faults were a fifth of the load time). Freed with free(). */
void *st_big_alloc(size_t n)
{
#ifdef MADV_HUGEPAGE
    void *p = NULL;
    if (n >= (2u << 20) && posix_memalign(&p, 2u << 20, n) == 0) {
        madvise(p, n, MADV_HUGEPAGE);
        return p;
    }
#endif
    return xmalloc(n);
}

/* An array that is written whole straight away (a column, a key index, a
 * link's rows): faulted in by one call where the kernel can (huge pages for
 * the 2 MiB stretches, and 4 KiB ones for the tail past the last, up to 511
 * faults an array that otherwise trap one by one: 7,700 at england scale). */
static void *filled_alloc(size_t n)
{
    void *p = st_big_alloc(n);
#ifdef MADV_POPULATE_WRITE
    if (n >= (2u << 20)) madvise(p, n, MADV_POPULATE_WRITE);   /* a hint: failure only costs the faults */
#endif
    return p;
}

/* Zeroed memory for the string pool's slot table: once it is megabytes,
 * 2 MiB aligned and marked for transparent huge pages, because at a million
 * distinct strings each probe is otherwise a TLB miss as well as a cache miss. */
static void *table_alloc(size_t n)
{
#ifdef MADV_HUGEPAGE
    void *p = NULL;
    if (n >= (2u << 20) && posix_memalign(&p, 2u << 20, n) == 0) {
        madvise(p, n, MADV_HUGEPAGE);
        memset(p, 0, n);
        return p;
    }
#endif
    return xcalloc(n, 1);
}

/* ---- string pool: open addressing over an arena of chunks ---- */

/* Slots are 8 bytes so that the table stays small; the strings themselves
 * sit in `ents`. Only text that repeats is worth a probe: keys, and columns
 * that turn out to be mostly distinct (names, child ids), are copied into the
 * arena without one (plain_copy), since nothing compares text by pointer. */
typedef struct { uint32_t hash, ent; } islot;     /* ent: index + 1, 0 = empty */
/* n strings need a bigger table than cap slots: above 3/4 load. At 8 bytes a
 * slot that is 11-16 bytes a string; half load cost 32 MB more at 3 million
 * strings (england scale) for a probe or two fewer per new string. */
#define FULL(n, cap) ((size_t)(n) * 4 > (size_t)(cap) * 3)
typedef struct {
    const char *s;
    uint32_t len;
} ientry;

struct st_intern {
    islot *slots;              /* cap slots, a power of two, kept at most 3/4 full (FULL) */
    size_t cap, count;
    ientry *ents;              /* count strings in interning order */
    size_t ents_cap;
    char **chunks;             /* every arena chunk, freed by st_free */
    size_t nchunks, chunks_cap;
    char *cur;                 /* free space in the newest shared chunk */
    size_t left;
    st_intern *next;           /* the pool of another loading thread, whose strings the store keeps too */
};

static uint32_t hash_bytes(const char *p, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xff51afd7ed558ccdull);
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = (h ^ w) * 0xbf58476d1ce4e5b9ull;
        h ^= h >> 31;
        p += 8; n -= 8;
    }
    uint64_t w = 0;
    memcpy(&w, p, n);
    h = (h ^ w) * 0x94d049bb133111ebull;
    h ^= h >> 29;
    return (uint32_t)(h ^ (h >> 32));
}

static char *arena_alloc(st_intern *in, size_t n)
{
    if (n > in->left) {
        size_t size = n > CHUNK / 4 ? n : CHUNK;
        char *c = st_big_alloc(size);
        if (in->nchunks == in->chunks_cap) {
            in->chunks_cap = in->chunks_cap ? in->chunks_cap * 2 : 16;
            char **nc = realloc(in->chunks, in->chunks_cap * sizeof *nc);
            if (!nc) { fputs("cadre: out of memory\n", stderr); abort(); }
            in->chunks = nc;
        }
        in->chunks[in->nchunks++] = c;
        if (size != n) { in->cur = c + n; in->left = size - n; }
        return c; /* a dedicated chunk leaves the shared one untouched */
    }
    char *p = in->cur;
    in->cur += n;
    in->left -= n;
    return p;
}

/* Grows the table to hold at least `want` strings at half load; loading
 * reserves for a table's keys up front so 10^6 distinct ids are not rehashed
 * a dozen times on the way. */
static void intern_reserve(st_intern *in, size_t want)
{
    if (want > in->ents_cap) {
        size_t ncap = in->ents_cap ? in->ents_cap : 256;
        while (ncap < want) ncap *= 2;
        ientry *ne = realloc(in->ents, ncap * sizeof *ne);
        if (!ne) { fputs("cadre: out of memory\n", stderr); abort(); }
        in->ents = ne;
        in->ents_cap = ncap;
    }
    size_t ncap = in->cap ? in->cap : 1024;
    while (FULL(want, ncap)) ncap *= 2;
    if (ncap == in->cap) return;
    islot *ns = table_alloc(ncap * sizeof *ns);
    for (size_t i = 0; i < in->cap; i++) {
        if (!in->slots[i].ent) continue;
        size_t j = in->slots[i].hash & (ncap - 1);
        while (ns[j].ent) j = (j + 1) & (ncap - 1);
        ns[j] = in->slots[i];
    }
    free(in->slots);
    in->slots = ns;
    in->cap = ncap;
}

static void intern_prefetch(const st_intern *in, uint32_t h)
{
    __builtin_prefetch(&in->slots[h & (in->cap - 1)]);
}

/* h is hash_bytes(s, len), computed by the caller that prefetched its slot. */
static const char *intern_h(st_intern *in, const char *s, size_t len, uint32_t h)
{
    if (in->count + 1 > in->ents_cap || FULL(in->count + 1, in->cap))
        intern_reserve(in, in->count + 1);
    size_t mask = in->cap - 1, j = h & mask;
    for (; in->slots[j].ent; j = (j + 1) & mask) {
        if (in->slots[j].hash != h) continue;
        const ientry *e = &in->ents[in->slots[j].ent - 1];
        if (e->len == len && memcmp(e->s, s, len) == 0) return e->s;
    }
    char *p = arena_alloc(in, len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    in->ents[in->count] = (ientry){p, (uint32_t)len};
    in->slots[j] = (islot){h, (uint32_t)++in->count};
    return p;
}

static const char *intern(st_intern *in, const char *s, size_t len)
{
    return intern_h(in, s, len, hash_bytes(s, len));
}

/* Text kept as it is, without a probe: for keys (distinct by rule) and
 * columns where almost every value is new. */
static const char *plain_copy(st_intern *in, const char *s, size_t len)
{
    char *p = arena_alloc(in, len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

static void intern_free(st_intern *in)
{
    if (!in) return;
    intern_free(in->next);
    for (size_t i = 0; i < in->nchunks; i++) free(in->chunks[i]);
    free(in->chunks);
    free(in->slots);
    free(in->ents);
    free(in);
}

const char *st_intern_text(st_store *st, const char *s, size_t len)
{
    if (!st->strings) st->strings = xcalloc(1, sizeof *st->strings);
    return intern(st->strings, s, len);
}

/* ---- loading ---- */

typedef struct { uint32_t line, col; } pos;

/* A table's key index: open addressing on the key's hash, row -1 empty;
 * the key text itself is the table's (keytext[row]). */
typedef struct { uint32_t hash; int32_t row; } kslot;

/* A reference that matched no key, kept so that it is reported in the same
 * place and order as the references resolved after loading. */
struct dangling { const char *key; uint32_t row; pos at; };

/* A string pool and the role codes interned in it: one per loading thread
 * (roles are matched by pointer). */
typedef struct {
    st_intern *in;
    const char *role_text[VL_MAX_ROLES];
} lpool;

typedef struct {
    char *path;                /* DIR/file, as printed in errors */
    lpool *pool;               /* the pool of the thread loading this table */
    dg_context dc;             /* its data errors while tables load in parallel (merged in table order) */
    bool failed;               /* a data error was reported against it */
    bool helper;               /* loaded by the helper thread: no progress line */
    uint8_t phase;             /* 0: loaded first, alone; 1: in parallel, by worker `worker` */
    uint8_t worker;
    uint32_t seq;              /* position in its phase and worker's order */
    size_t bytes;              /* file size, for the schedule */
    int64_t dbrows;            /* SQLite: the table's rows, counted before loading */
    bool absent;               /* no file: an empty table */
    uint32_t *absent_n;        /* per column, refs into an absent table: how many cells named a row */
    pos *absent_at;            /* per column: the first of them */
    bool keyless;              /* key column unreadable: references into it are not checked */
    uint32_t nerrors;          /* errors reported against this file */
    const char **keytext;      /* per row: the key's text (the key column's own array when it is text) */
    bool own_keytext;          /* keytext allocated here (a key column that is not text) */
    kslot *kidx;               /* key index, built once keys arrive out of order or are looked up */
    size_t kcap;
    size_t rowcap;             /* bound on the table's rows (column arrays are this long) */
    bool referenced;           /* another table refers to this one: index its keys as they come */
    bool sorted;               /* every key so far greater than the one before: no index needed yet */
    uint32_t lookups;          /* key_find calls answered by bisection (sorted, no index) */
    uint32_t last_key;         /* row of the greatest key so far, while sorted */
    size_t last_key_len;       /* and its length */
    const char ***reftext;     /* per column, for refs into this or a later table: interned target key per row */
    pos **refpos;              /* per column, likewise: where each cell was */
    bool *now;                 /* per column: a ref into an earlier table, resolved as it is read */
    struct dangling **dang_c;  /* per column, for `now` refs: the cells that matched no key */
    uint32_t *ndang, *capdang;
} tload;

typedef struct {
    st_store *st;
    const sc_schema *sc;
    dg_context *dc;
    tload *tl;
    lpool pools[2];            /* [0] the store's own pool, [1] the helper thread's */
    st_options opts;           /* encoding, --allow-missing */
    const char ****code_text;  /* [table][column][k]: a coded column's codes, interned; [t][c] NULL if not coded */
    uint32_t nroles;
    bool buffered;             /* tables' errors go to their own dc until merged */
    bool ok;
    bool sqlite;               /* reading a SQLite file: positions are rowids */
    bool tty;                  /* stderr is a terminal: progress may be shown */
    bool shown;                /* a progress line is on the terminal */
    double started;            /* when loading began (monotonic seconds) */
    const char *unit;          /* "line" or "rowid", for "first at line 7" */
} loader;

/* Reports a data error against table t's file unless that file has already
 * had ERR_CAP of them; returns NULL when suppressed (no hint then). */
static dg_diag *data_err(loader *L, uint32_t t, uint32_t line, uint32_t col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static dg_diag *data_err(loader *L, uint32_t t, uint32_t line, uint32_t col, const char *fmt, ...)
{
    tload *tl = &L->tl[t];
    dg_context *dc = L->buffered ? &tl->dc : L->dc;
    tl->failed = true;
    if (tl->nerrors++ >= ERR_CAP) {
        if (tl->nerrors == ERR_CAP + 1)
            dg_report(dc, DG_NOTE, (dg_span){0, 0, 0}, "E-data",
                      "too many errors in %s; the rest are not shown", tl->path);
        return NULL;
    }
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return dg_report_data(dc, tl->path, line, col, "E-data", "%s", msg);
}

/* A cell as quoted in a message: at most 40 bytes, control bytes and bytes
 * that are not UTF-8 as '?'. */
static const char *show(const char *p, uint32_t len, char *buf)
{
    uint32_t n = len > 40 ? 40 : len, o = 0;
    for (uint32_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        size_t k = c >= 0x80 ? u8_seq((const unsigned char *)p + i, n - i) : 1;
        if (c < 0x20 || k == 0) { buf[o++] = '?'; continue; }
        memcpy(buf + o, p + i, k);
        o += (uint32_t)k;
        i += (uint32_t)k - 1;
    }
    if (len > n) { memcpy(buf + o, "...", 3); o += 3; }
    buf[o] = '\0';
    return buf;
}

/* Reads the whole file; false with errno set (ENOENT: absent). */
static bool read_file(const char *path, char **out, size_t *outlen)
{
    struct stat sb;
    if (stat(path, &sb) != 0) return false;
    if (S_ISDIR(sb.st_mode)) { errno = EISDIR; return false; }
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    size_t cap = sb.st_size > 0 ? (size_t)sb.st_size + 1 : 4096, len = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        if (len == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) { fputs("cadre: out of memory\n", stderr); abort(); }
            buf = nb;
        }
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (got == 0) break;
    }
    int err = ferror(f);
    fclose(f);
    if (err) { free(buf); errno = EIO; return false; }
    *out = buf;
    *outlen = len;
    return true;
}

/* A data file mapped read-only; the pages behind the reader are given back as
 * it goes (release), so a 1 GB file costs a window of memory, not 1 GB, and
 * the window ahead is mapped in one call rather than a fault per page. */
typedef struct { char *base; size_t len, released, populated; bool mapped; } mfile;
#define WINDOW (16u << 20)
#define PIECE (64u << 10)      /* validated and then counted while it is in the cache */

static void release(mfile *m, size_t upto, bool all);

static bool map_file(const char *path, mfile *m)
{
    memset(m, 0, sizeof *m);
    int fd = open(path, O_RDONLY);
    struct stat sb;
    if (fd >= 0 && fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0) {
        void *p = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p != MAP_FAILED) {
            close(fd);
            madvise(p, (size_t)sb.st_size, MADV_SEQUENTIAL);
            *m = (mfile){p, (size_t)sb.st_size, 0, 0, true};
            release(m, 0, false);   /* the first window mapped in one call too */
            return true;
        }
    }
    if (fd >= 0) close(fd);
    /* not mappable (a pipe, an empty file): read it whole */
    return read_file(path, &m->base, &m->len);
}

/* Gives back the whole pages before upto once a window's worth is behind,
 * and maps the next window once the reader is half way into this one. */
static void release(mfile *m, size_t upto, bool all)
{
#ifdef MADV_POPULATE_READ
    if (m->mapped && !all && m->populated < m->len && upto + WINDOW / 2 >= m->populated) {
        size_t n = m->len - m->populated < WINDOW ? m->len - m->populated : WINDOW;
        madvise(m->base + m->populated, n, MADV_POPULATE_READ); /* a hint: failure only costs faults */
        m->populated += n;
    }
#endif
    if (!m->mapped || (!all && upto - m->released < WINDOW)) return;
    size_t pg = (size_t)sysconf(_SC_PAGESIZE);
    size_t end = upto / pg * pg;
    if (end <= m->released) return;
    madvise(m->base + m->released, end - m->released, MADV_DONTNEED);
    m->released = end;
}

static void unmap_file(mfile *m)
{
    if (m->mapped) munmap(m->base, m->len);
    else free(m->base);
    memset(m, 0, sizeof *m);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A progress line on stderr, only on a terminal and only once loading has
 * taken more than a second; called every window (CSV) or 2^16 rows (SQLite). */
static void progress(loader *L, const char *what, double done, double total, const char *unit)
{
    if (!L->tty || now_s() - L->started < 1.0) return;
    if (total > 0)
        fprintf(stderr, "\rloading %s: %.0f of %.0f %s\033[K", what, done, total, unit);
    else
        fprintf(stderr, "\rloading %s: %.0f %s\033[K", what, done, unit);
    L->shown = true;
}

/* int64 from -?digits; INT64_MIN is the missing marker so it is out of range. */
int st_parse_int(const char *p, uint32_t len, int64_t *out)
{
    uint32_t i = 0;
    bool neg = len > 0 && p[0] == '-';
    if (neg) i++;
    if (i == len) return 0;
    uint64_t v = 0;
    for (; i < len; i++) {
        unsigned d = (unsigned)(p[i] - '0');
        if (d > 9) return 0;
        if (v > ((uint64_t)INT64_MAX - d) / 10) return -1;
        v = v * 10 + d;
    }
    *out = neg ? -(int64_t)v : (int64_t)v;
    return 1;
}

/* value × 10^6 from -?digits(.digits)?: 1 ok, 0 bad syntax, -1 too large,
 * -2 more than six decimal places. */
int st_parse_decimal(const char *p, uint32_t len, int64_t *out)
{
    uint32_t i = 0, start;
    bool neg = len > 0 && p[0] == '-';
    if (neg) i++;
    uint64_t v = 0;
    bool big = false;
    for (start = i; i < len && p[i] >= '0' && p[i] <= '9'; i++) {
        if (v > ((uint64_t)INT64_MAX / ST_DEC_SCALE - 9) / 10) big = true;
        else v = v * 10 + (unsigned)(p[i] - '0');
    }
    if (i == start) return 0;
    uint64_t frac = 0;
    int places = 0;
    if (i < len && p[i] == '.') {
        for (start = ++i; i < len && p[i] >= '0' && p[i] <= '9'; i++) {
            if (places < 7) frac = frac * 10 + (unsigned)(p[i] - '0');
            places++;
        }
        if (i == start) return 0;
    }
    if (i != len) return 0;
    if (big) return -1;
    if (places > 6) return -2;
    for (int k = places; k < 6; k++) frac *= 10;
    int64_t s = (int64_t)(v * ST_DEC_SCALE + frac);
    *out = neg ? -s : s;
    return 1;
}

int st_parse_bool(const char *p, uint32_t len)
{
    static const char *const yes[] = {"true", "1", "yes"}, *const no[] = {"false", "0", "no"};
    for (int k = 0; k < 3; k++) {
        if (len == strlen(yes[k]) && strncasecmp(p, yes[k], len) == 0) return 1;
        if (len == strlen(no[k]) && strncasecmp(p, no[k], len) == 0) return 0;
    }
    return -1;
}

/* Byte order, shorter first on a common prefix. */
static int key_cmp(const char *a, const char *b, size_t blen)
{
    size_t alen = strlen(a);
    int c = memcmp(a, b, alen < blen ? alen : blen);
    return c ? c : (alen > blen) - (alen < blen);
}

/* a (alen bytes) before b in key_cmp's order; inline, since keys are short
 * and every key of a table in order is compared with the one before */
static bool key_less(const char *a, size_t alen, const char *b, size_t blen)
{
    size_t n = alen < blen ? alen : blen;
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i]) return (unsigned char)a[i] < (unsigned char)b[i];
    return alen < blen;
}

static void kidx_put(tload *tl, uint32_t h, int32_t row)
{
    size_t j = h & (tl->kcap - 1);
    while (tl->kidx[j].row >= 0) j = (j + 1) & (tl->kcap - 1);
    tl->kidx[j] = (kslot){h, row};
}

/* The index over rows [0, nrows): sized once for the table's row bound. */
static void kidx_build(tload *tl, uint32_t nrows, size_t rowcap)
{
    size_t cap = 64;
    while (cap < rowcap * 2) cap *= 2;
    tl->kidx = filled_alloc(cap * sizeof *tl->kidx);
    tl->kcap = cap;
    for (size_t j = 0; j < cap; j++) tl->kidx[j] = (kslot){0, -1};
    for (uint32_t r = 0; r < nrows; r++) {
        const char *k = tl->keytext[r];
        if (k) kidx_put(tl, hash_bytes(k, strlen(k)), (int32_t)r);
    }
}

static int32_t kidx_find(const tload *tl, const char *key, size_t len, uint32_t h)
{
    for (size_t j = h & (tl->kcap - 1); tl->kidx[j].row >= 0; j = (j + 1) & (tl->kcap - 1)) {
        if (tl->kidx[j].hash != h) continue;
        const char *k = tl->keytext[tl->kidx[j].row];
        if (memcmp(k, key, len) == 0 && k[len] == '\0') return tl->kidx[j].row;
    }
    return -1;
}

/* Records row's key (already in keytext[row]); returns the earlier row of t
 * with the same key, or -1. Keys that arrive in increasing order cannot
 * repeat, so no index is built until one does not. */
static int32_t key_insert(loader *L, uint32_t t, const char *key, size_t len, uint32_t h, int32_t row)
{
    tload *tl = &L->tl[t];
    if (!tl->kidx) {
        if (tl->sorted && (tl->last_key == UINT32_MAX || key_less(tl->keytext[tl->last_key], tl->last_key_len, key, len))) {
            tl->last_key = (uint32_t)row;
            tl->last_key_len = len;
            return -1;
        }
        tl->sorted = false;
        kidx_build(tl, (uint32_t)row, tl->rowcap);
    }
    int32_t first = kidx_find(tl, key, len, h);
    if (first >= 0) return first;
    kidx_put(tl, h, row);
    return -1;
}

/* The row of table t whose key is key (h its hash), or -1. A table whose
 * keys came in increasing order has no index yet: it is searched by
 * bisection until it has been asked often enough to pay for one (cases,
 * which allocations name in key order, so nearly every cell resolves as the
 * row after the last and only a few come here). */
static int32_t key_find(loader *L, uint32_t t, const char *key, size_t len, uint32_t h)
{
    tload *tl = &L->tl[t];
    if (!tl->keytext) return -1;
    uint32_t nrows = L->st->tables[t].nrows;
    if (!tl->kidx && tl->sorted && tl->lookups++ < nrows / 16 + 64) {
        uint32_t lo = 0, hi = nrows;   /* keys[lo..hi) may hold it; missing keys sort first */
        while (lo < hi) {
            uint32_t mid = lo + (hi - lo) / 2;
            const char *k = tl->keytext[mid];
            int c = k ? key_cmp(k, key, len) : -1;
            if (c == 0) return (int32_t)mid;
            if (c < 0) lo = mid + 1; else hi = mid;
        }
        return -1;
    }
    if (!tl->kidx) kidx_build(tl, nrows, tl->rowcap);
    return kidx_find(tl, key, len, h);
}

/* Whether table u is wholly in before table t starts, so t's references
 * into u resolve as they are read (and only read u's key index). */
static bool loaded_before(const loader *L, uint32_t u, uint32_t t)
{
    const tload *a = &L->tl[u], *b = &L->tl[t];
    if (a->phase != b->phase) return a->phase < b->phase;
    return (a->phase == 0 || a->worker == b->worker) && a->seq < b->seq;
}

static void alloc_columns(loader *L, uint32_t t, size_t cap)
{
    const sc_table *tb = &L->sc->tables[t];
    st_table *stt = &L->st->tables[t];
    tload *tl = &L->tl[t];
    stt->src_line = filled_alloc(cap * sizeof *stt->src_line);
    for (uint32_t c = 0; c < tb->ncols; c++) {
        st_column *col = &stt->cols[c];
        switch ((sc_type)tb->cols[c].type) {
        case SC_TEXT:    col->text = filled_alloc(cap * sizeof *col->text); break;
        case SC_INT:
        case SC_DECIMAL: col->i64 = filled_alloc(cap * sizeof *col->i64); break;
        case SC_DATE:    col->i32 = filled_alloc(cap * sizeof *col->i32); break;
        case SC_BOOL:    col->b = filled_alloc(cap * sizeof *col->b); break;
        case SC_ROLE:    col->role = filled_alloc(cap * sizeof *col->role); break;
        case SC_REF:
            col->i32 = filled_alloc(cap * sizeof *col->i32);
            /* the target is in already: resolve each cell as it is read,
             * rather than hold its text and position (16 bytes a cell) */
            if (tb->cols[c].ref_table >= 0 && loaded_before(L, (uint32_t)tb->cols[c].ref_table, t)) { tl->now[c] = true; break; }
            tl->reftext[c] = xmalloc(cap * sizeof *tl->reftext[c]);
            tl->refpos[c] = xmalloc(cap * sizeof *tl->refpos[c]);
            break;
        }
    }
    tl->rowcap = cap;
    tl->sorted = true;
    tl->last_key = UINT32_MAX;
    if (tb->key_col >= 0) {
        tl->own_keytext = tb->cols[tb->key_col].type != SC_TEXT;
        tl->keytext = tl->own_keytext ? xcalloc(cap, sizeof *tl->keytext) : stt->cols[tb->key_col].text;
    }
}

static void set_missing(st_column *col, sc_type type, int32_t row)
{
    switch (type) {
    case SC_TEXT:    col->text[row] = NULL; break;
    case SC_INT:
    case SC_DECIMAL: col->i64[row] = ST_INT_MISSING; break;
    case SC_DATE:    col->i32[row] = DT_MISSING; break;
    case SC_BOOL:    col->b[row] = -1; break;
    case SC_ROLE:    col->role[row] = 0xFF; break;
    case SC_REF:     col->i32[row] = -1; break;
    }
}

/* ---- coded columns ---- */

/* Interns every coded column's codes so a cell is checked by pointer. */
static void codes_begin(loader *L)
{
    L->code_text = xcalloc(L->sc->ntables, sizeof *L->code_text);
    for (uint32_t t = 0; t < L->sc->ntables; t++) {
        const sc_table *tb = &L->sc->tables[t];
        L->code_text[t] = xcalloc(tb->ncols, sizeof *L->code_text[t]);
        for (uint32_t c = 0; c < tb->ncols; c++) {
            const sc_column *col = &tb->cols[c];
            if (!col->ncodes) continue;
            L->code_text[t][c] = xmalloc(col->ncodes * sizeof ***L->code_text);
            for (uint32_t k = 0; k < col->ncodes; k++)
                L->code_text[t][c][k] = intern(L->st->strings, col->codes[k], strlen(col->codes[k]));
        }
    }
}

static void codes_end(loader *L)
{
    for (uint32_t t = 0; t < L->sc->ntables; t++) {
        for (uint32_t c = 0; c < L->sc->tables[t].ncols; c++) free((void *)L->code_text[t][c]);
        free(L->code_text[t]);
    }
    free(L->code_text);
}

/* By text: the codes are interned in the store's own pool, a cell maybe in
 * a loading thread's pool, or copied plain (a column of mostly new values). */
static bool is_code(const loader *L, uint32_t t, uint32_t c, const char *text)
{
    const sc_column *col = &L->sc->tables[t].cols[c];
    for (uint32_t k = 0; k < col->ncodes; k++)
        if (L->code_text[t][c][k] == text || strcmp(L->code_text[t][c][k], text) == 0) return true;
    return false;
}

/* A value outside a coded column's codes would silently match no rule's
 * literal: a data error, with the code it most likely meant. */
static void code_err(loader *L, uint32_t t, uint32_t c, const csv_field *f)
{
    const sc_table *tb = &L->sc->tables[t];
    const sc_column *col = &tb->cols[c];
    char shown[48];
    show(f->text, f->len, shown);
    dg_diag *d = data_err(L, t, f->line, f->col, "'%s' is not a code of %s.%s", shown, tb->name, col->name);
    if (!d) return;
    char text[64];
    const char *near = NULL;
    if (f->len < sizeof text) {
        memcpy(text, f->text, f->len);
        text[f->len] = '\0';
        near = sc_closest_code(col, text);
    }
    if (near) { dg_hint(d, "did you mean '%s'?", near); return; }
    char list[400];
    size_t used = 0;
    for (uint32_t k = 0; k < col->ncodes && used < sizeof list; k++)
        used += (size_t)snprintf(list + used, sizeof list - used, "%s%s", k ? ", " : "", col->codes[k]);
    dg_hint(d, "the codes are: %s; a council adds its own in its policy with: table %s.%s in {\"%s\"}",
            list, tb->name, col->name, shown);
}

/* Converts one non-empty cell; on a bad value the cell stays missing.
 * h is the cell's hash for the kinds that are interned (text, role, ref). */
static void convert(loader *L, uint32_t t, uint32_t c, int32_t row, const csv_field *f, uint32_t h, bool plain)
{
    const sc_table *tb = &L->sc->tables[t];
    const sc_column *sc = &tb->cols[c];
    st_column *col = &L->st->tables[t].cols[c];
    tload *tl = &L->tl[t];
    char shown[48];
    int rc;
    switch ((sc_type)sc->type) {
    case SC_TEXT:
        col->text[row] = plain ? plain_copy(tl->pool->in, f->text, f->len) : intern_h(tl->pool->in, f->text, f->len, h);
        if (sc->ncodes && !is_code(L, t, c, col->text[row])) {
            col->text[row] = NULL;
            code_err(L, t, c, f);
        }
        return;
    case SC_INT:
        rc = st_parse_int(f->text, f->len, &col->i64[row]);
        if (rc == 1) return;
        col->i64[row] = ST_INT_MISSING;
        data_err(L, t, f->line, f->col, rc < 0 ? "integer '%s' in column '%s' is too large"
                                               : "bad integer '%s' in column '%s'",
                 show(f->text, f->len, shown), sc->name);
        return;
    case SC_DECIMAL:
        rc = st_parse_decimal(f->text, f->len, &col->i64[row]);
        if (rc == 1) return;
        col->i64[row] = ST_INT_MISSING;
        show(f->text, f->len, shown);
        if (rc == -2)
            data_err(L, t, f->line, f->col, "too many decimal places in '%s' in column '%s' (at most 6)", shown, sc->name);
        else if (rc == -1)
            data_err(L, t, f->line, f->col, "number '%s' in column '%s' is too large", shown, sc->name);
        else
            data_err(L, t, f->line, f->col, "bad number '%s' in column '%s'", shown, sc->name);
        return;
    case SC_DATE:
        if (dt_parse(f->text, f->len, &col->i32[row])) return;
        col->i32[row] = DT_MISSING;
        data_err(L, t, f->line, f->col, "bad date '%s' in column '%s' (expected YYYY-MM-DD)",
                 show(f->text, f->len, shown), sc->name);
        return;
    case SC_BOOL:
        col->b[row] = (int8_t)st_parse_bool(f->text, f->len);
        if (col->b[row] >= 0) return;
        data_err(L, t, f->line, f->col, "bad boolean '%s' in column '%s' (expected true/false, yes/no or 1/0)",
                 show(f->text, f->len, shown), sc->name);
        return;
    case SC_ROLE: {
        const char *s = intern_h(tl->pool->in, f->text, f->len, h);
        for (uint32_t k = 0; k < L->nroles; k++)
            if (tl->pool->role_text[k] == s) { col->role[row] = (uint8_t)k; return; }
        col->role[row] = 0xFF;
        dg_diag *d = data_err(L, t, f->line, f->col, "unknown role code '%s'", show(f->text, f->len, shown));
        if (!d) return;
        /* a typo of a known code, a code that cannot be one, or a new code */
        const char *near = dg_closest(shown, (const char *const *)L->st->schema->roles, L->st->schema->nroles);
        bool word = f->len > 0;
        for (uint32_t k = 0; k < f->len; k++) {
            char ch = f->text[k];
            word &= (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_';
        }
        if (near) dg_hint(d, "did you mean '%s'?", near);
        else if (!word) dg_hint(d, "role codes are lower case words joined by '_', e.g. social_worker");
        else dg_hint(d, "declare it with: roles { %s }", shown);
        return;
    }
    case SC_REF: {
        col->i32[row] = -1;
        if (!tl->now[c]) {
            tl->reftext[c][row] = plain_copy(tl->pool->in, f->text, f->len);
            tl->refpos[c][row] = (pos){f->line, f->col};
            return;
        }
        uint32_t target = (uint32_t)sc->ref_table;
        if (L->tl[target].keyless) return; /* already reported: its key column is absent */
        col->i32[row] = key_find(L, target, f->text, f->len, h);
        if (col->i32[row] >= 0) return;
        const char *key = plain_copy(tl->pool->in, f->text, f->len);
        if (tl->ndang[c] == tl->capdang[c]) {
            tl->capdang[c] = tl->capdang[c] ? tl->capdang[c] * 2 : 16;
            struct dangling *nd = realloc(tl->dang_c[c], tl->capdang[c] * sizeof *nd);
            if (!nd) { fputs("cadre: out of memory\n", stderr); abort(); }
            tl->dang_c[c] = nd;
        }
        tl->dang_c[c][tl->ndang[c]++] = (struct dangling){key, (uint32_t)row, {f->line, f->col}};
        return;
    }
    }
}

/* The SQLite table that stands for a CSV file: its name without ".csv". */
static const char *db_table_name(const sc_table *tb, char *buf)
{
    size_t nl = strlen(tb->file);
    snprintf(buf, 256, "%.*s", (int)(nl > 4 && strcmp(tb->file + nl - 4, ".csv") == 0 ? nl - 4 : nl), tb->file);
    return buf;
}

/* Maps schema columns to header positions, -1 when absent. An absent
 * required column is reported once here (at hdr_line); its cells then read as
 * missing without a report per row. */
static void map_header(loader *L, uint32_t t, const csv_field *fields, uint32_t nfields, uint32_t hdr_line, int32_t *map)
{
    const sc_table *tb = &L->sc->tables[t];
    tload *tl = &L->tl[t];
    for (uint32_t c = 0; c < tb->ncols; c++) {
        const char *name = tb->cols[c].name;
        size_t nlen = strlen(name);
        map[c] = -1;
        for (uint32_t i = 0; i < nfields; i++) {
            const csv_field *f = &fields[i];
            if (f->len != nlen || memcmp(f->text, name, nlen) != 0) continue;
            if (map[c] < 0) { map[c] = (int32_t)i; continue; }
            data_err(L, t, f->line, f->col, "column '%s' appears twice in the header (first as column %d)",
                     name, map[c] + 1);
        }
        if (map[c] >= 0 || (tb->cols[c].optional && !tb->cols[c].key)) continue;
        if ((int32_t)c == tb->key_col) tl->keyless = true;
        char tname[256];
        dg_diag *d = L->sqlite ? data_err(L, t, 0, 0, "table %s has no column '%s'", db_table_name(tb, tname), name)
                               : data_err(L, t, hdr_line, 1, "%s has no column '%s'", tb->file, name);
        if (!d) continue;
        /* the header's names, NUL-terminated, for a did-you-mean */
        const char *names[64];
        uint32_t n = nfields < 64 ? nfields : 64;
        char list[256];
        size_t o = 0;
        list[0] = '\0';
        for (uint32_t i = 0; i < n; i++) {
            names[i] = intern(tl->pool->in, fields[i].text, fields[i].len);
            int w = snprintf(list + o, sizeof list - o, "%s%s", i ? ", " : "", names[i]);
            if (w > 0) o = o + (size_t)w < sizeof list ? o + (size_t)w : sizeof list - 1;
        }
        const char *near = dg_closest(name, names, n);
        if (near) dg_hint(d, L->sqlite ? "the table has '%s'; rename it to '%s'" : "the header has '%s'; rename it to '%s'", near, name);
        else dg_hint(d, L->sqlite ? "the table has: %s" : "the header has: %s", list);
    }
}

static uint32_t map_key(const int32_t *map, uint32_t c)
{
    return map[c] < 0 ? UINT32_MAX : (uint32_t)map[c];
}

/* Per-table state of the row loop, shared by the CSV and SQLite sources. */
typedef struct {
    int32_t *map;              /* schema column -> source field, -1 absent */
    uint32_t *order;           /* schema columns in source order, so errors read left to right */
    uint32_t *hashes;          /* per column: hash of the current row's cell */
    bool *interned;            /* per column: hashed (text not yet found mostly distinct, role, ref, key) */
    uint32_t *fresh;           /* per text column: new strings among the first SAMPLE cells */
    char (*last)[LAST_MAX];    /* per reference column: the text of the last cell that resolved, */
    uint32_t *last_len;        /* its length (0: none), */
    int32_t *last_row;         /* and the row it resolved to, since exports tend to run in order */
    int32_t *guess;            /* per reference column resolved as read: the current cell's row when
                                  it names the last row or the one after (else -1: probe the index) */
    bool *plain;               /* per text column: copied without interning (keys; mostly distinct) */
    int32_t nrows;
} rowstate;

static void rows_begin(loader *L, uint32_t t, rowstate *rs)
{
    const sc_table *tb = &L->sc->tables[t];
    uint32_t n = tb->ncols ? tb->ncols : 1;
    rs->map = xmalloc(n * sizeof *rs->map);
    rs->order = xmalloc(n * sizeof *rs->order);
    rs->hashes = xcalloc(n, sizeof *rs->hashes);
    rs->interned = xcalloc(n, sizeof *rs->interned);
    rs->fresh = xcalloc(n, sizeof *rs->fresh);
    rs->last = xcalloc(n, sizeof *rs->last);
    rs->last_len = xcalloc(n, sizeof *rs->last_len);
    rs->last_row = xcalloc(n, sizeof *rs->last_row);
    rs->guess = xcalloc(n, sizeof *rs->guess);
    rs->plain = xcalloc(n, sizeof *rs->plain);
    rs->nrows = 0;
    for (uint32_t c = 0; c < tb->ncols; c++) {
        rs->interned[c] = tb->cols[c].type == SC_TEXT || tb->cols[c].type == SC_ROLE || tb->cols[c].type == SC_REF ||
                          (int32_t)c == tb->key_col;
        rs->plain[c] = (int32_t)c == tb->key_col && tb->cols[c].type == SC_TEXT;
    }
}

/* After map_header: the conversion order (source field order). */
static void rows_order(loader *L, uint32_t t, rowstate *rs)
{
    const sc_table *tb = &L->sc->tables[t];
    for (uint32_t c = 0; c < tb->ncols; c++) {
        uint32_t k = c;
        for (; k > 0 && map_key(rs->map, rs->order[k - 1]) > map_key(rs->map, c); k--) rs->order[k] = rs->order[k - 1];
        rs->order[k] = c;
    }
}

static void rows_end(rowstate *rs)
{
    free(rs->map);
    free(rs->order);
    free(rs->hashes);
    free(rs->interned);
    free(rs->fresh);
    free(rs->plain);
    free(rs->last);
    free(rs->last_len);
    free(rs->last_row);
    free(rs->guess);
}

/* ---- --allow-missing: cells read as unknown, listed as data quality ---- */

static void add_issue(loader *L, st_issue is)
{
    st_store *st = L->st;
    if (st->nissues == st->capissues) {
        st->capissues = st->capissues ? st->capissues * 2 : 16;
        st_issue *ni = realloc(st->issues, st->capissues * sizeof *ni);
        if (!ni) { fputs("cadre: out of memory\n", stderr); abort(); }
        st->issues = ni;
    }
    st->issues[st->nissues++] = is;
}

/* An empty cell in a required column: a data error, or under
 * --allow-missing a missing value (set already) and a finding. */
static void empty_required(loader *L, uint32_t t, uint32_t c, int32_t row, const csv_field *f)
{
    if (!L->opts.allow_missing) {
        dg_hint(data_err(L, t, f->line, f->col, "missing value for required column '%s'", L->sc->tables[t].cols[c].name),
                "--allow-missing reads it as missing, so only the verdicts that need it are unknown");
        return;
    }
    add_issue(L, (st_issue){ST_ISSUE_EMPTY, t, c, row, f->line, f->col, NULL});
}

/* The row of target (a table loaded whole already) that reference cell f of
 * column c names, when it is the row the cell before named or the one after,
 * else -1. Exports tend to run in key order (allocations by case), so this
 * spares most cells a hash and a probe of a large key index. */
static int32_t ref_guess(const loader *L, int32_t target, const rowstate *rs, uint32_t c, const csv_field *f)
{
    if (f->len == 0) return -1;
    if (rs->last_len[c] == f->len && memcmp(rs->last[c], f->text, f->len) == 0) return rs->last_row[c];
    const tload *ttl = &L->tl[target];
    uint32_t next = (uint32_t)rs->last_row[c] + 1;
    if (!rs->last_len[c] || !ttl->keytext || next >= L->st->tables[target].nrows) return -1;
    const char *k = ttl->keytext[next];
    if (!k) return -1;
    for (uint32_t i = 0; i < f->len; i++)   /* k ends at its NUL: bytewise, never past it */
        if (k[i] != f->text[i] || !k[i]) return -1;
    return k[f->len] == '\0' ? (int32_t)next : -1;
}

/* Converts one source row (its fields, indexed as in the header) into row
 * rs->nrows of table t; `where` is its line (CSV) or rowid (SQLite). */
static void load_row(loader *L, uint32_t t, rowstate *rs, const csv_field *fields, uint32_t where)
{
    const sc_table *tb = &L->sc->tables[t];
    st_table *stt = &L->st->tables[t];
    tload *tl = &L->tl[t];
    int32_t row = rs->nrows++;
    stt->src_line[row] = where;
    /* hash the cells that are looked up first and prefetch their slots:
     * with many distinct values each probe is a cache miss, and this lets
     * the misses of one row overlap */
    for (uint32_t c = 0; c < tb->ncols; c++) {
        if (!rs->interned[c] || rs->map[c] < 0) continue;
        const csv_field *f = &fields[rs->map[c]];
        if (tb->cols[c].type == SC_REF && tl->now[c] && (rs->guess[c] = ref_guess(L, tb->cols[c].ref_table, rs, c, f)) >= 0)
            continue;   /* no probe, so no hash */
        rs->hashes[c] = hash_bytes(f->text, f->len);
        const tload *target = tb->cols[c].type == SC_REF && tl->now[c] ? &L->tl[tb->cols[c].ref_table]
                            : (int32_t)c == tb->key_col ? tl : NULL;
        if (target && target->kidx) __builtin_prefetch(&target->kidx[rs->hashes[c] & (target->kcap - 1)]);
        else if (!rs->plain[c]) intern_prefetch(tl->pool->in, rs->hashes[c]);
    }
    if (tl->own_keytext) tl->keytext[row] = NULL;
    for (uint32_t k = 0; k < tb->ncols; k++) {
        uint32_t c = rs->order[k];
        const sc_column *sc = &tb->cols[c];
        st_column *col = &stt->cols[c];
        const csv_field *f = rs->map[c] >= 0 ? &fields[rs->map[c]] : NULL;
        if (sc->type == SC_REF && tl->reftext[c]) tl->reftext[c][row] = NULL;
        if (!f || f->len == 0) {
            set_missing(col, (sc_type)sc->type, row);
            if (f && sc->key) {
                data_err(L, t, f->line, f->col, "missing value for required column '%s'", sc->name);
                tl->sorted = false;   /* a row without a key: not searchable by bisection */
            }
            else if (f && !sc->optional)
                empty_required(L, t, c, row, f);
            continue;
        }
        bool now_ref = sc->type == SC_REF && tl->now[c];
        if (now_ref && rs->guess[c] >= 0) {
            col->i32[row] = rs->guess[c];
            if (rs->guess[c] != rs->last_row[c]) {   /* the row after: remembered as the last */
                bool keep = f->len <= LAST_MAX;
                if (keep) memcpy(rs->last[c], f->text, f->len);
                rs->last_row[c] = rs->guess[c];
                rs->last_len[c] = keep ? f->len : 0;
            }
            continue;
        }
        size_t before = tl->pool->in->count;
        convert(L, t, c, row, f, rs->hashes[c], rs->plain[c]);
        if (now_ref) {
            bool keep = col->i32[row] >= 0 && f->len <= LAST_MAX;
            if (keep) { memcpy(rs->last[c], f->text, f->len); rs->last_row[c] = col->i32[row]; }
            rs->last_len[c] = keep ? f->len : 0;
        }
        /* a text column whose values are mostly new is not worth a probe per
         * cell: after SAMPLE cells, more than 3/4 new sends the rest to plain */
        if (sc->type == SC_TEXT && !rs->plain[c] && (uint32_t)row < SAMPLE) {
            rs->fresh[c] += tl->pool->in->count != before;
            if ((uint32_t)row == SAMPLE - 1 && rs->fresh[c] > SAMPLE / 4 * 3) { rs->plain[c] = true; rs->interned[c] = false; }
        }
        if ((int32_t)c != tb->key_col) continue;
        if (tl->own_keytext) tl->keytext[row] = plain_copy(tl->pool->in, f->text, f->len);
        int32_t first = key_insert(L, t, f->text, f->len, rs->hashes[c], row);
        if (first >= 0) {
            char shown[48];
            data_err(L, t, f->line, f->col, "duplicate key '%s' in %s (first at %s %u)",
                     show(f->text, f->len, shown), tb->name, L->unit, stt->src_line[first]);
        }
    }
}

/* Names, paths and column arrays common to both sources. */
static void table_begin(loader *L, uint32_t t, const char *path)
{
    const sc_table *tb = &L->sc->tables[t];
    st_table *stt = &L->st->tables[t];
    tload *tl = &L->tl[t];
    tl->path = xstrdup(path);
    stt->source = xstrdup(path);
    stt->cols = xcalloc(tb->ncols, sizeof *stt->cols);
    tl->reftext = xcalloc(tb->ncols, sizeof *tl->reftext);
    tl->refpos = xcalloc(tb->ncols, sizeof *tl->refpos);
    tl->now = xcalloc(tb->ncols, sizeof *tl->now);
    tl->dang_c = xcalloc(tb->ncols, sizeof *tl->dang_c);
    tl->ndang = xcalloc(tb->ncols, sizeof *tl->ndang);
    tl->capdang = xcalloc(tb->ncols, sizeof *tl->capdang);
}

/* ---- encodings: a CSV file is UTF-8, or converted to it on load ---- */

bool st_parse_encoding(const char *name, st_encoding *out)
{
    static const char *const utf8[] = {"utf-8", "utf8"};
    static const char *const cp1252[] = {"windows-1252", "cp1252", "latin1", "latin-1", "iso-8859-1"};
    for (size_t i = 0; i < sizeof utf8 / sizeof *utf8; i++)
        if (strcasecmp(name, utf8[i]) == 0) { *out = ST_UTF8; return true; }
    for (size_t i = 0; i < sizeof cp1252 / sizeof *cp1252; i++)
        if (strcasecmp(name, cp1252[i]) == 0) { *out = ST_CP1252; return true; }
    return false;
}

/* The file's text as UTF-8: converted from Windows-1252 when asked (unless a
 * UTF-8 BOM says otherwise), else checked, a window at a time so a large
 * mapped file is not held whole. The first byte that is not UTF-8 is one
 * error at its line and column; the file is still read, so its other errors
 * show too. */
/* How many '\n' bytes p[0..n) holds: 8 bytes at a time, each byte of acc
 * counting its lane's matches (at most 255 words between flushes). */
static size_t count_newlines(const char *p, size_t n)
{
    const uint64_t ones = 0x0101010101010101ull, low7 = 0x7F7F7F7F7F7F7F7Full;
    size_t count = 0, i = 0;
    while (i + 8 <= n) {
        uint64_t acc = 0;
        for (uint32_t k = 0; k < 255 && i + 8 <= n; k++, i += 8) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            w ^= ones * '\n';                             /* a newline is now a zero byte */
            uint64_t nonzero = ((w & low7) + low7) | w;  /* top bit set where the byte is not zero */
            acc += (~nonzero >> 7) & ones;
        }
        count += (size_t)((acc * ones) >> 56);
    }
    for (; i < n; i++) count += p[i] == '\n';
    return count;
}

/* Validates (or converts) the file's text, and returns how many lines it
 * has, for the column arrays' size: counted as each piece is validated,
 * while it is still in the cache, rather than in a pass of its own. */
static size_t decode(loader *L, uint32_t t, mfile *m)
{
    bool bom = m->len >= 3 && memcmp(m->base, "\xEF\xBB\xBF", 3) == 0;
    if (L->opts.encoding == ST_CP1252 && !bom) {
        size_t n;
        char *u = u8_from_cp1252(m->base, m->len, &n);
        unmap_file(m);
        *m = (mfile){u, n, 0, 0, false};
        return count_newlines(u, n);
    }
    size_t at = 0, lines = 0;
    while (at < m->len) {
        size_t end = m->len - at > WINDOW ? at + WINDOW : m->len;
        while (end < m->len && end > at && (unsigned char)m->base[end - 1] >= 0x80) end--;   /* split after ASCII */
        if (end == at) end = m->len;
        size_t bad = end - at;
        for (size_t piece = at, n; piece < end; piece += n) {   /* a piece is read twice, in the cache */
            n = end - piece < PIECE ? end - piece : PIECE;
            while (piece + n < end && n > 0 && (unsigned char)m->base[piece + n - 1] >= 0x80) n--;   /* split after ASCII */
            if (n == 0) n = end - piece;
            size_t b = u8_invalid_at(m->base + piece, n);
            if (b < n) { bad = piece + b - at; break; }
            lines += count_newlines(m->base + piece, n);
        }
        if (bad < end - at) {
            size_t off = at + bad, line_start = 0;
            uint32_t line = 1;
            for (size_t i = 0; i < off; i++)
                if (m->base[i] == '\n') { line++; line_start = i + 1; }
            dg_diag *d = data_err(L, t, line, (uint32_t)(off - line_start + 1),
                                  "not UTF-8 text: byte 0x%02X here; the file looks like a Windows (Excel) CSV export",
                                  (unsigned char)m->base[off]);
            dg_hint(d, "read it with --encoding windows-1252 (or latin1), or save it from Excel as \"CSV UTF-8\"");
            lines += count_newlines(m->base + at, m->len - at);   /* the file is still read */
            break;
        }
        release(m, end, false);
        at = end;
    }
    release(m, m->len, true);
    m->released = m->populated = 0;
    return lines;
}

static void load_table(loader *L, uint32_t t, const char *dir, bool dir_ok)
{
    const sc_table *tb = &L->sc->tables[t];
    st_table *stt = &L->st->tables[t];
    tload *tl = &L->tl[t];
    size_t dl = strlen(dir), fl = strlen(tb->file);
    bool slash = dl > 0 && dir[dl - 1] == '/';
    char *path = xmalloc(dl + fl + 2);
    snprintf(path, dl + fl + 2, "%s%s%s", dir, slash ? "" : "/", tb->file);
    table_begin(L, t, path);
    free(path);

    mfile mf = {0};
    if (!dir_ok) {
        tl->absent = true;
    } else if (!map_file(tl->path, &mf)) {
        if (errno == ENOENT) tl->absent = true;
        else {
            data_err(L, t, 0, 0, "cannot read %s: %s", tb->file, strerror(errno));
            tl->keyless = true;   /* said once here: references into it are not checked */
        }
    }
    /* an upper bound on rows, so the column arrays are allocated once */
    size_t cap = 1 + (mf.base ? decode(L, t, &mf) : 0);
    const char *buf = mf.base;
    size_t len = mf.len;
    alloc_columns(L, t, cap);
    if (!buf) return;

    csv_reader r;
    csv_open(&r, buf, len);
    int rc = csv_next(&r);
    rowstate rs;
    rows_begin(L, t, &rs);
    if (rc == 1) {
        uint32_t hdr_n = r.nfields;
        map_header(L, t, r.fields, r.nfields, r.record_line, rs.map);
        rows_order(L, t, &rs);
        while ((rc = csv_next(&r)) == 1) {
            if (r.nfields != hdr_n) {
                data_err(L, t, r.record_line, 1, "wrong number of fields: the header has %u, this row has %u",
                         hdr_n, r.nfields);
                continue;
            }
            load_row(L, t, &rs, r.fields, r.record_line);
            if (mf.mapped && !tl->helper && r.pos - mf.released >= WINDOW) progress(L, tb->file, (double)r.pos / 1048576, (double)len / 1048576, "MB");
            release(&mf, r.pos, false);
        }
        stt->nrows = (uint32_t)rs.nrows;
    }
    if (rc < 0) data_err(L, t, r.error_line, r.error_col, "%s", r.error);
    /* the tables loaded first are looked up from both threads at once: their
     * index is built now, not on first use (the others are looked up from
     * the thread that loaded them, or after loading) */
    if (tl->referenced && tl->keytext && !tl->kidx && L->buffered && tl->phase == 0) kidx_build(tl, stt->nrows, tl->rowcap);
    rows_end(&rs);
    csv_close(&r);
    unmap_file(&mf);
}

/* ---- SQLite source ---- */

/* v in decimal, as "%lld" prints it, into buf (32 bytes); the length. */
static uint32_t format_int(char *buf, int64_t v)
{
    char tmp[24];
    uint32_t n = 0, o = 0;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do { tmp[n++] = (char)('0' + u % 10); u /= 10; } while (u);
    if (v < 0) buf[o++] = '-';
    while (n) buf[o++] = tmp[--n];
    buf[o] = '\0';
    return o;
}

/* d as "%.15g" prints it (0.6 stays 0.6), into buf (32 bytes); the length.
 * Without printf when d is exactly the double nearest a decimal of at most
 * six places between 1e-4 and 1e9 (fte, weights): %.15g prints that decimal
 * (fixed notation in that range, at most 15 digits, which round-trip). */
static uint32_t format_real(char *buf, double d)
{
    double a = d < 0 ? -d : d;
    if (a >= 1e-4 && a < 1e9) {
        int64_t r = (int64_t)(a * 1e6 + 0.5);
        if ((double)r / 1e6 == a) {
            uint32_t o = d < 0 ? 1 : 0;
            if (o) buf[0] = '-';
            o += format_int(buf + o, r / 1000000);
            int64_t frac = r % 1000000;
            if (frac) {
                char digits[7];
                for (int k = 5; k >= 0; k--) { digits[k] = (char)('0' + frac % 10); frac /= 10; }
                int places = 6;
                while (digits[places - 1] == '0') places--;
                buf[o++] = '.';
                memcpy(buf + o, digits, (size_t)places);
                o += (uint32_t)places;
            }
            buf[o] = '\0';
            return o;
        }
    }
    return (uint32_t)snprintf(buf, 32, "%.15g", d);
}

/* No byte above 0x7F: most cells, checked here without a call. */
static bool ascii(const char *p, uint32_t n)
{
    unsigned char any = 0;
    for (uint32_t i = 0; i < n; i++) any |= (unsigned char)p[i];
    return any < 0x80;
}

/* Whether table t's SQLite table exists, and its rows (tl->absent,
 * tl->dbrows), before any is loaded; tl->bytes for the schedule: rows times
 * columns times 8, about what the same cells take as CSV. */
static void sqlite_size(loader *L, uint32_t t, sqlite3 *db)
{
    tload *tl = &L->tl[t];
    char name[256], sql[320];
    db_table_name(&L->sc->tables[t], name);
    sqlite3_stmt *st = NULL;
    bool exists = false;
    if (db && sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?1",
                                 -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
        exists = sqlite3_step(st) == SQLITE_ROW;
    }
    sqlite3_finalize(st);
    st = NULL;
    tl->absent = !exists;
    tl->dbrows = 0;
    if (exists) {
        snprintf(sql, sizeof sql, "SELECT count(*) FROM \"%s\"", name);
        if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            tl->dbrows = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    tl->bytes = (size_t)tl->dbrows * (L->sc->tables[t].ncols + 1) * 8;
}

/* One SQLite table per CSV file, named as the file without ".csv". Cells are
 * turned into the text a CSV cell would hold and go through the same
 * conversion: NULL and '' are missing, INTEGER prints exactly, REAL prints
 * with 15 significant digits (0.6 stays 0.6), TEXT and BLOB are their bytes.
 * Positions are DB:TABLE:ROWID:COLUMN (column = 1-based in the table). */
static void load_sqlite_table(loader *L, uint32_t t, sqlite3 *db, const char *dbpath)
{
    const sc_table *tb = &L->sc->tables[t];
    st_table *stt = &L->st->tables[t];
    tload *tl = &L->tl[t];
    char name[256];
    db_table_name(tb, name);
    size_t pl = strlen(dbpath) + strlen(name) + 2;
    char *path = xmalloc(pl);
    snprintf(path, pl, "%s:%s", dbpath, name);
    table_begin(L, t, path);
    free(path);

    sqlite3_stmt *st = NULL;
    int64_t nrows = tl->dbrows;
    bool exists = !tl->absent;
    char sql[320];
    alloc_columns(L, t, (size_t)nrows + 1);
    if (!exists) return;

    /* rowid first; a view or WITHOUT ROWID table has none, so rows are then
     * numbered from 1 in the order SQLite returns them */
    bool has_rowid = true;
    snprintf(sql, sizeof sql, "SELECT rowid, * FROM \"%s\" ORDER BY rowid", name);
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        has_rowid = false;
        snprintf(sql, sizeof sql, "SELECT * FROM \"%s\"", name);
        if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
            data_err(L, t, 0, 0, "cannot read table %s: %s", name, sqlite3_errmsg(db));
            sqlite3_finalize(st);
            return;
        }
    }
    int skip = has_rowid ? 1 : 0;
    uint32_t nf = (uint32_t)(sqlite3_column_count(st) - skip);
    csv_field *fields = xcalloc(nf ? nf : 1, sizeof *fields);
    for (uint32_t i = 0; i < nf; i++) {
        const char *cn = sqlite3_column_name(st, (int)i + skip);
        fields[i] = (csv_field){cn ? cn : "", cn ? (uint32_t)strlen(cn) : 0, 0, i + 1, false};
    }
    rowstate rs;
    rows_begin(L, t, &rs);
    map_header(L, t, fields, nf, 0, rs.map);
    rows_order(L, t, &rs);
    char *nums = xmalloc((size_t)(nf ? nf : 1) * 32); /* INTEGER and REAL cells as text */
    int rc;
    uint32_t seq = 0;
    bool bad_text = false;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if ((int64_t)rs.nrows >= nrows) break; /* cannot happen read-only; keeps the arrays safe */
        int64_t rowid = has_rowid ? sqlite3_column_int64(st, 0) : (int64_t)++seq;
        uint32_t where = rowid > 0 && rowid <= UINT32_MAX ? (uint32_t)rowid : 0;
        for (uint32_t i = 0; i < nf; i++) {
            int k = (int)i + skip;
            csv_field *f = &fields[i];
            f->line = where;
            f->col = i + 1;
            /* the cell as a value: one call of the column API (each checks
             * the statement and the connection) rather than three */
            sqlite3_value *v = sqlite3_column_value(st, k);
            int type = sqlite3_value_type(v);
            switch (type) {
            case SQLITE_NULL:
                f->text = "";
                f->len = 0;
                break;
            case SQLITE_INTEGER:
                f->text = nums + 32 * i;
                f->len = format_int(nums + 32 * i, sqlite3_value_int64(v));
                break;
            case SQLITE_FLOAT:
                f->text = nums + 32 * i;
                f->len = format_real(nums + 32 * i, sqlite3_value_double(v));
                break;
            default: { /* TEXT, BLOB: bytes (valid until the next step) */
                const void *p = type == SQLITE_BLOB ? sqlite3_value_blob(v) : (const void *)sqlite3_value_text(v);
                f->len = (uint32_t)sqlite3_value_bytes(v);
                f->text = p ? p : "";
                if (!bad_text && !ascii(f->text, f->len) && u8_invalid_at(f->text, f->len) < f->len) {   /* once per table */
                    bad_text = true;
                    const char *cn = sqlite3_column_name(st, k);
                    data_err(L, t, where, i + 1, "text that is not UTF-8 in column '%s'", cn ? cn : "?");
                }
            }
            }
        }
        load_row(L, t, &rs, fields, where);
        if ((rs.nrows & 0xFFFF) == 0 && !tl->helper) progress(L, name, rs.nrows, (double)nrows, "rows");
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        data_err(L, t, 0, 0, "cannot read table %s: %s", name, sqlite3_errmsg(db));
    stt->nrows = (uint32_t)rs.nrows;
    if (tl->referenced && tl->keytext && !tl->kidx && L->buffered && tl->phase == 0) kidx_build(tl, stt->nrows, tl->rowcap);   /* as load_table */
    rows_end(&rs);
    free(nums);
    free(fields);
    sqlite3_finalize(st);
}

/* ---- references into an absent file: one error, not one per row ---- */

/* Counts a cell of column c that names a row of a table whose file is absent. */
static void absent_ref(loader *L, uint32_t t, uint32_t c, pos p)
{
    tload *tl = &L->tl[t];
    uint32_t n = L->sc->tables[t].ncols;
    if (!tl->absent_n) {
        tl->absent_n = xcalloc(n, sizeof *tl->absent_n);
        tl->absent_at = xcalloc(n, sizeof *tl->absent_at);
    }
    if (tl->absent_n[c]++ == 0) tl->absent_at[c] = p;
}

/* After every reference is resolved: for each absent file that other
 * tables refer to, one error naming it and the referring columns. */
static void absent_report(loader *L)
{
    const sc_schema *sc = L->sc;
    for (uint32_t target = 0; target < sc->ntables; target++) {
        char list[600];
        size_t used = 0;
        uint32_t total = 0;
        list[0] = '\0';
        for (uint32_t t = 0; t < sc->ntables; t++) {
            const tload *tl = &L->tl[t];
            for (uint32_t c = 0; tl->absent_n && c < sc->tables[t].ncols; c++) {
                if (!tl->absent_n[c] || sc->tables[t].cols[c].ref_table != (int32_t)target) continue;
                total += tl->absent_n[c];
                if (used < sizeof list)
                    used += (size_t)snprintf(list + used, sizeof list - used, "%s%s.%s (%u cell%s, first at %s:%u:%u)",
                                             used ? "; " : "", sc->tables[t].name, sc->tables[t].cols[c].name, tl->absent_n[c],
                                             tl->absent_n[c] == 1 ? "" : "s", tl->path, tl->absent_at[c].line, tl->absent_at[c].col);
            }
        }
        if (!total) continue;
        dg_diag *d = data_err(L, target, 0, 0, "no such %s, but %u reference%s name%s %s rows: %s", L->sqlite ? "table" : "file", total,
                              total == 1 ? "" : "s", total == 1 ? "s" : "", sc->tables[target].name, list);
        dg_hint(d, "an absent file is an empty table; export %s with the others, or check that --data names the right %s",
                sc->tables[target].file, L->sqlite ? "database" : "directory");
    }
}

static void dangling_err(loader *L, uint32_t t, uint32_t c, const char *key, uint32_t row, pos p)
{
    const sc_table *tb = &L->sc->tables[t];
    const sc_table *tt = &L->sc->tables[tb->cols[c].ref_table];
    const tload *ttl = &L->tl[tb->cols[c].ref_table];
    if (ttl->absent) { absent_ref(L, t, c, p); return; }
    if (L->opts.allow_missing) {   /* an unknown reference that rules can test (`is dangling`) */
        L->st->tables[t].cols[c].i32[row] = ST_REF_DANGLING;
        add_issue(L, (st_issue){ST_ISSUE_DANGLING, t, c, (int32_t)row, p.line, p.col, key});
        return;
    }
    char shown[48];
    dg_diag *d = data_err(L, t, p.line, p.col, "%s.%s '%s' refers to no row of %s", tb->name,
                          tb->cols[c].name, show(key, (uint32_t)strlen(key), shown), tt->name);
    if (!d) return;
    const char *kname = tt->key_col >= 0 ? tt->cols[tt->key_col].name : "key";
    dg_hint(d, "%s %ss are read from %s", tt->name, kname, ttl->path);
}

/* References into this or a later table, now that every key is in; and the
 * report of those resolved while reading, in the same column and row order. */
static void resolve_refs(loader *L, uint32_t t)
{
    const sc_table *tb = &L->sc->tables[t];
    st_table *stt = &L->st->tables[t];
    tload *tl = &L->tl[t];
    for (uint32_t c = 0; c < tb->ncols; c++) {
        if (tb->cols[c].type != SC_REF) continue;
        if (tl->now[c]) {
            for (uint32_t i = 0; i < tl->ndang[c]; i++) dangling_err(L, t, c, tl->dang_c[c][i].key, tl->dang_c[c][i].row, tl->dang_c[c][i].at);
            continue;
        }
        if (!tl->reftext[c]) continue;
        int32_t target = tb->cols[c].ref_table;
        if (target < 0 || (uint32_t)target >= L->sc->ntables) continue;
        if (L->tl[target].keyless) continue; /* already reported: its key column is absent */
        int32_t *out = stt->cols[c].i32;
        for (uint32_t row = 0; row < stt->nrows; row++) {
            const char *key = tl->reftext[c][row];
            if (!key) continue;
            size_t len = strlen(key);
            out[row] = key_find(L, (uint32_t)target, key, len, hash_bytes(key, len));
            if (out[row] < 0) dangling_err(L, t, c, key, row, tl->refpos[c][row]);
        }
    }
}

/* CSR of the referencing rows per target row: a counting pass, a prefix sum,
 * then a fill in ascending row order so every slice comes out sorted. Rows a
 * what-if edit dropped are left out (whatif.c calls this after each edit). */
void st_rebuild_link(st_store *st, uint32_t l)
{
    const sc_schema *sc = st->schema;
    const sc_link *lk = &sc->links[l];
    st_link *sl = &st->links[l];
    uint32_t ntarget = lk->on < sc->ntables ? st->tables[lk->on].nrows : 0;
    uint32_t *offsets = filled_alloc(((size_t)ntarget + 1) * sizeof *offsets);
    memset(offsets, 0, ((size_t)ntarget + 1) * sizeof *offsets);
    const int32_t *refs = NULL;
    const uint8_t *deleted = NULL;
    uint32_t nfrom = 0;
    if (lk->from_table < sc->ntables && lk->on < sc->ntables) {
        const sc_table *ft = &sc->tables[lk->from_table];
        if (lk->from_column < ft->ncols && ft->cols[lk->from_column].type == SC_REF &&
            ft->cols[lk->from_column].ref_table == (int32_t)lk->on) {
            refs = st->tables[lk->from_table].cols[lk->from_column].i32;
            nfrom = st->tables[lk->from_table].nrows;
            deleted = st->tables[lk->from_table].deleted;
        }
    }
    for (uint32_t r = 0; r < nfrom; r++)
        if (refs[r] >= 0 && !(deleted && deleted[r])) offsets[refs[r] + 1]++;
    for (uint32_t i = 0; i < ntarget; i++) offsets[i + 1] += offsets[i];
    int32_t *rows = filled_alloc((size_t)offsets[ntarget] * sizeof *rows);
    uint32_t *next = filled_alloc(((size_t)ntarget + 1) * sizeof *next);
    memcpy(next, offsets, ((size_t)ntarget + 1) * sizeof *next);
    for (uint32_t r = 0; r < nfrom; r++)
        if (refs[r] >= 0 && !(deleted && deleted[r])) rows[next[refs[r]]++] = (int32_t)r;
    free(next);
    free(sl->offsets);
    free(sl->rows);
    sl->offsets = offsets;
    sl->rows = rows;
}

const st_link *st_link_index(const st_store *st, uint32_t l)
{
    if (!st->links[l].offsets) st_rebuild_link((st_store *)st, l); /* a cache: the store is not const-defined */
    return &st->links[l];
}

static void loader_begin(loader *L, st_store *st, const sc_schema *schema, dg_context *dc)
{
    memset(st, 0, sizeof *st);
    st->schema = schema;
    st->strings = xcalloc(1, sizeof *st->strings);
    st->tables = xcalloc(schema->ntables, sizeof *st->tables);
    st->links = xcalloc(schema->nlinks, sizeof *st->links);
    *L = (loader){.st = st, .sc = schema, .dc = dc, .ok = true, .unit = "line",
                  .tty = isatty(STDERR_FILENO) == 1, .started = now_s()};
    L->tl = xcalloc(schema->ntables, sizeof *L->tl);
    for (uint32_t t = 0; t < schema->ntables; t++)
        for (uint32_t c = 0; c < schema->tables[t].ncols; c++) {
            const sc_column *col = &schema->tables[t].cols[c];
            if (col->type == SC_REF && col->ref_table >= 0 && (uint32_t)col->ref_table < schema->ntables)
                L->tl[col->ref_table].referenced = true;
        }
    L->nroles = schema->nroles < VL_MAX_ROLES ? schema->nroles : VL_MAX_ROLES;
    L->pools[0].in = st->strings;
    for (uint32_t k = 0; k < L->nroles; k++)
        L->pools[0].role_text[k] = intern(st->strings, schema->roles[k], strlen(schema->roles[k]));
    for (uint32_t t = 0; t < schema->ntables; t++) {
        dg_init(&L->tl[t].dc);
        L->tl[t].pool = &L->pools[0];
        L->tl[t].seq = t;      /* one after another in schema order, unless scheduled */
    }
    codes_begin(L);
}

/* Every table is in: references, and the loader's scratch (reverse links
 * are built when first used, st_link_index). */
static bool loader_end(loader *L)
{
    const sc_schema *schema = L->sc;
    if (L->shown) fputs("\r\033[K", stderr); /* the progress line goes before any error */
    for (uint32_t t = 0; t < schema->ntables; t++) resolve_refs(L, t);
    absent_report(L);
    for (uint32_t t = 0; t < schema->ntables; t++) {
        tload *tl = &L->tl[t];
        if (tl->failed) L->ok = false;
        dg_free(&tl->dc);
        for (uint32_t c = 0; tl->reftext && c < schema->tables[t].ncols; c++) {
            free(tl->reftext[c]);
            free(tl->refpos[c]);
            free(tl->dang_c[c]);
        }
        free(tl->reftext);
        free(tl->refpos);
        free(tl->now);
        free(tl->dang_c);
        free(tl->ndang);
        free(tl->capdang);
        free(tl->kidx);
        if (tl->own_keytext) free(tl->keytext);
        free(tl->absent_n);
        free(tl->absent_at);
        free(tl->path);
    }
    free(L->tl);
    codes_end(L);
    return L->ok;
}

/* ---- loading tables in parallel ---- */

#define PARALLEL_MIN (8u << 20) /* below this much CSV, a second thread is not worth starting;
                                   CADRE_PARALLEL_MIN=BYTES overrides it (tests force the
                                   parallel path on small data with 0) */

static uint32_t uf_find(uint32_t *up, uint32_t x)
{
    while (up[x] != x) x = up[x] = up[up[x]];
    return x;
}

/* Plans a parallel load: small tables that others refer to go first, one
 * after another (phase 0); the rest (phase 1) are split into groups that
 * refer to each other, and the groups shared between two workers, largest
 * first to the less loaded. Each worker loads its tables in schema order.
 * False when one thread is as good (one CPU, little data, one group). */
/* Whether loading on two threads may pay: two CPUs, two tables, no
 * --allow-missing (its findings are listed in load order, on one thread). */
static bool may_parallel(const loader *L)
{
    const char *forced = getenv("CADRE_PARALLEL_MIN");
    if ((sysconf(_SC_NPROCESSORS_ONLN) < 2 && !(forced && *forced)) || L->sc->ntables < 2) return false;
    return !L->opts.allow_missing;
}

/* The sizes are in tl[].bytes (CSV: file sizes; SQLite: an estimate). */
static bool schedule(loader *L)
{
    const sc_schema *sc = L->sc;
    uint32_t n = sc->ntables;
    const char *forced = getenv("CADRE_PARALLEL_MIN");
    size_t min = forced && *forced ? (size_t)strtoull(forced, NULL, 10) : PARALLEL_MIN;
    if (!may_parallel(L)) return false;
    size_t total = 0;
    for (uint32_t t = 0; t < n; t++) total += L->tl[t].bytes;
    if (total < min) return false;
    uint32_t *up = xmalloc(n * sizeof *up);
    size_t *size = xcalloc(n, sizeof *size);
    for (uint32_t t = 0; t < n; t++) {
        up[t] = t;
        L->tl[t].phase = L->tl[t].referenced && L->tl[t].bytes < total / 8 ? 0 : 1;
    }
    for (uint32_t t = 0; t < n; t++)
        for (uint32_t c = 0; c < sc->tables[t].ncols; c++) {
            int32_t u = sc->tables[t].cols[c].ref_table;
            if (sc->tables[t].cols[c].type != SC_REF || u < 0 || (uint32_t)u >= n) continue;
            if (L->tl[t].phase == 1 && L->tl[u].phase == 1) up[uf_find(up, t)] = uf_find(up, (uint32_t)u);
        }
    for (uint32_t t = 0; t < n; t++) if (L->tl[t].phase == 1) size[uf_find(up, t)] += L->tl[t].bytes + 1;
    size_t load[2] = {0, 0};
    for (;;) { /* the largest group left goes to the less loaded worker */
        uint32_t best = UINT32_MAX;
        for (uint32_t t = 0; t < n; t++) if (size[t] && (best == UINT32_MAX || size[t] > size[best])) best = t;
        if (best == UINT32_MAX) break;
        uint8_t w = load[1] < load[0];
        load[w] += size[best];
        size[best] = 0;
        for (uint32_t t = 0; t < n; t++) if (L->tl[t].phase == 1 && uf_find(up, t) == best) L->tl[t].worker = w;
    }
    free(up);
    free(size);
    if (!load[0] || !load[1]) {
        for (uint32_t t = 0; t < n; t++) L->tl[t].phase = L->tl[t].worker = 0;
        return false;
    }
    for (uint32_t t = 0; t < n; t++) L->tl[t].helper = L->tl[t].phase == 1 && L->tl[t].worker == 1;
    return true;
}

/* A source of tables: a CSV directory, or a SQLite connection per worker. */
typedef struct {
    const char *dir;           /* CSV */
    sqlite3 *db[2];            /* SQLite: worker 0's connection and worker 1's */
    const char *dbpath;
} source;

static void load_one(loader *L, uint32_t t, const source *src, uint8_t worker)
{
    if (L->sqlite) load_sqlite_table(L, t, src->db[worker], src->dbpath);
    else load_table(L, t, src->dir, true);
}

typedef struct { loader *L; const source *src; uint8_t worker; } job;

static void load_phase1(loader *L, const source *src, uint8_t worker)
{
    for (uint32_t t = 0; t < L->sc->ntables; t++)
        if (L->tl[t].phase == 1 && L->tl[t].worker == worker) load_one(L, t, src, worker);
}

static void *helper_main(void *arg)
{
    job *j = arg;
    load_phase1(j->L, j->src, j->worker);
    return NULL;
}

/* Phase 0 on this thread, then phase 1 on this and a helper thread, each
 * table's errors kept apart and reported in schema order, as one thread
 * would have. The helper interns into a pool of its own (pools[1]). */
static void load_parallel(loader *L, const source *src)
{
    const sc_schema *sc = L->sc;
    L->buffered = true;
    st_intern *in = xcalloc(1, sizeof *in);
    L->pools[1].in = in;
    for (uint32_t k = 0; k < L->nroles; k++)
        L->pools[1].role_text[k] = intern(in, sc->roles[k], strlen(sc->roles[k]));
    uint32_t seq = 0;
    for (uint32_t t = 0; t < sc->ntables; t++) if (L->tl[t].phase == 0) L->tl[t].seq = seq++;
    for (uint32_t t = 0; t < sc->ntables; t++)
        if (L->tl[t].phase == 1) { L->tl[t].seq = seq++; L->tl[t].pool = &L->pools[L->tl[t].worker]; }
    for (uint32_t t = 0; t < sc->ntables; t++) if (L->tl[t].phase == 0) load_one(L, t, src, 0);
    job j = {L, src, 1};
    pthread_t th;
    bool threaded = pthread_create(&th, NULL, helper_main, &j) == 0;
    load_phase1(L, src, 0);
    if (threaded) pthread_join(th, NULL);
    else load_phase1(L, src, 1);
    for (uint32_t t = 0; t < sc->ntables; t++) dg_move_all(L->dc, &L->tl[t].dc);
    L->buffered = false;
    in->next = L->st->strings->next;   /* the store keeps the helper's strings */
    L->st->strings->next = in;
}
static bool load_csv_dir(st_store *st, const sc_schema *schema, const char *dir, const st_options *o, dg_context *dc);
static bool load_sqlite(st_store *st, const sc_schema *schema, const char *path, const st_options *o, dg_context *dc);

bool st_load_csv_dir(st_store *st, const sc_schema *schema, const char *dir, dg_context *dc)
{
    return load_csv_dir(st, schema, dir, NULL, dc);
}

bool st_load_sqlite(st_store *st, const sc_schema *schema, const char *path, dg_context *dc)
{
    return load_sqlite(st, schema, path, NULL, dc);
}

static bool load_csv_dir(st_store *st, const sc_schema *schema, const char *dir, const st_options *o, dg_context *dc)
{
    loader L;
    loader_begin(&L, st, schema, dc);
    if (o) L.opts = *o;
    struct stat sb;
    bool dir_ok = stat(dir, &sb) == 0 && S_ISDIR(sb.st_mode);
    if (!dir_ok) {
        dg_report_data(dc, dir, 0, 0, "E-data", stat(dir, &sb) == 0 ? "neither a data directory nor a SQLite file"
                                                                      : "no such data directory");
        L.ok = false;
    }
    if (dir_ok && may_parallel(&L)) {
        size_t dl = strlen(dir);
        for (uint32_t t = 0; t < schema->ntables; t++) {
            char *path = xmalloc(dl + strlen(schema->tables[t].file) + 2);
            sprintf(path, "%s/%s", dir, schema->tables[t].file);
            L.tl[t].bytes = stat(path, &sb) == 0 && S_ISREG(sb.st_mode) ? (size_t)sb.st_size : 0;
            free(path);
        }
    }
    source src = {.dir = dir};
    if (dir_ok && schedule(&L)) load_parallel(&L, &src);
    else for (uint32_t t = 0; t < schema->ntables; t++) load_table(&L, t, dir, dir_ok);
    return loader_end(&L);
}

bool st_is_sqlite(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    char magic[16];
    bool yes = fread(magic, 1, 16, f) == 16 && memcmp(magic, "SQLite format 3", 16) == 0;
    fclose(f);
    return yes;
}

static bool load_sqlite(st_store *st, const sc_schema *schema, const char *path, const st_options *o, dg_context *dc)
{
    loader L;
    loader_begin(&L, st, schema, dc);
    if (o) L.opts = *o;
    L.sqlite = true;
    L.unit = "rowid";
    sqlite3 *db = NULL;
    /* NOMUTEX: a connection is used by one thread at a time, so SQLite's
     * per-call locking (a tenth of the load) is not needed */
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        dg_report_data(dc, path, 0, 0, "E-data", "cannot open SQLite database: %s",
                       db ? sqlite3_errmsg(db) : "out of memory");
        L.ok = false;
        sqlite3_close(db);
        db = NULL;
    } else if (sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL) != SQLITE_OK) {
        /* opening is lazy: a damaged file shows only at the first read */
        dg_report_data(dc, path, 0, 0, "E-data", "cannot read SQLite database: %s", sqlite3_errmsg(db));
        L.ok = false;
        sqlite3_close(db);
        db = NULL;
    }
    for (uint32_t t = 0; t < schema->ntables; t++) sqlite_size(&L, t, db);
    source src = {.db = {db, NULL}, .dbpath = path};
    if (db && sqlite3_threadsafe() && may_parallel(&L) && schedule(&L) &&   /* a library built single-threaded: one thread */
        sqlite3_open_v2(path, &src.db[1], SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) == SQLITE_OK)
        load_parallel(&L, &src);   /* one connection per thread */
    else {
        for (uint32_t t = 0; t < schema->ntables; t++) L.tl[t].phase = L.tl[t].worker = 0, L.tl[t].helper = false, L.tl[t].seq = t;
        for (uint32_t t = 0; t < schema->ntables; t++) load_sqlite_table(&L, t, db, path);
    }
    sqlite3_close(src.db[1]);
    sqlite3_close(db);
    return loader_end(&L);
}

bool st_load_data(st_store *st, const sc_schema *schema, const char *data, dg_context *dc)
{
    return st_load_data_opts(st, schema, data, NULL, dc);
}

bool st_load_data_opts(st_store *st, const sc_schema *schema, const char *data, const st_options *o, dg_context *dc)
{
    return st_is_sqlite(data) ? load_sqlite(st, schema, data, o, dc) : load_csv_dir(st, schema, data, o, dc);
}

void st_free(st_store *st)
{
    if (!st) return;
    const sc_schema *sc = st->schema;
    if (sc && st->tables) {
        for (uint32_t t = 0; t < sc->ntables; t++) {
            st_table *stt = &st->tables[t];
            for (uint32_t c = 0; stt->cols && c < sc->tables[t].ncols; c++) {
                free(stt->cols[c].text);
                free(stt->cols[c].i64);
                free(stt->cols[c].i32);
                free(stt->cols[c].b);
                free(stt->cols[c].role);
            }
            free(stt->cols);
            free(stt->src_line);
            free(stt->source);
        }
    }
    if (sc && st->links)
        for (uint32_t l = 0; l < sc->nlinks; l++) { free(st->links[l].offsets); free(st->links[l].rows); }
    free(st->tables);
    free(st->links);
    free(st->issues);
    intern_free(st->strings);
    memset(st, 0, sizeof *st);
}

vl_value st_cell(const st_store *st, uint32_t table, int32_t row, uint32_t col)
{
    const sc_column *sc = &st->schema->tables[table].cols[col];
    const st_column *c = &st->tables[table].cols[col];
    switch ((sc_type)sc->type) {
    case SC_TEXT:
        return c->text[row] ? vl_text(c->text[row]) : vl_missing();
    case SC_INT:
        return c->i64[row] == ST_INT_MISSING ? vl_missing() : vl_int(c->i64[row]);
    case SC_DECIMAL: {
        if (c->i64[row] == ST_INT_MISSING) return vl_missing();
        vl_value v = vl_int(0);
        vl_rat_make(c->i64[row], ST_DEC_SCALE, &v.as.n); /* always fits: den only shrinks */
        return v;
    }
    case SC_DATE:
        return c->i32[row] == DT_MISSING ? vl_missing() : vl_date(c->i32[row]);
    case SC_BOOL:
        return c->b[row] < 0 ? vl_missing() : vl_bool(c->b[row] != 0);
    case SC_ROLE:
        return c->role[row] == 0xFF ? vl_missing() : vl_role(c->role[row]);
    case SC_REF:
        return c->i32[row] < 0 ? vl_missing() : vl_row((uint32_t)sc->ref_table, c->i32[row]);
    }
    return vl_missing();
}
