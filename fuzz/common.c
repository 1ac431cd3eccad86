/* common.c — the helpers every harness links (see fuzz.h): per-process
 * scratch directories, the /dev/null sink, invariant failures, and running a
 * verified program over an empty or loaded store.
 * Does not own: input handling (fuzz_*.c) or the replay loop (replay.c).
 * The only process-wide state is the scratch directory list and the sink,
 * both created once and released at exit. */
#define _GNU_SOURCE
#include "fuzz.h"
#include "runtime/vm.h"
#include "runtime/date.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define FZ_BUDGET 20000      /* loop steps per run: enough to cover, never a hang */
#define FZ_MAXDIRS 4

static struct { char tag[32]; char *path; } dirs[FZ_MAXDIRS];
static int ndirs;
static FILE *sink;
static bool registered;

static void cleanup(void);
static void register_cleanup(void)
{
    if (!registered) atexit(cleanup);
    registered = true;
}

static void cleanup(void)
{
    for (int i = 0; i < ndirs; i++) {
        DIR *d = opendir(dirs[i].path);
        if (d) {
            struct dirent *e;
            while ((e = readdir(d)) != NULL) {
                if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
                char p[4096];
                snprintf(p, sizeof p, "%s/%s", dirs[i].path, e->d_name);
                unlink(p);
            }
            closedir(d);
        }
        rmdir(dirs[i].path);
        free(dirs[i].path);
    }
    ndirs = 0;
    if (sink) fclose(sink);
    sink = NULL;
}

const char *fz_tempdir(const char *tag)
{
    for (int i = 0; i < ndirs; i++)
        if (!strcmp(dirs[i].tag, tag)) return dirs[i].path;
    if (ndirs == FZ_MAXDIRS) abort();
    register_cleanup();
    const char *tmp = getenv("TMPDIR");
    char buf[4096];
    snprintf(buf, sizeof buf, "%s/cadre-fuzz-%s-XXXXXX", tmp && *tmp ? tmp : "/tmp", tag);
    if (!mkdtemp(buf)) { perror("fuzz: mkdtemp"); abort(); }
    snprintf(dirs[ndirs].tag, sizeof dirs[ndirs].tag, "%s", tag);
    dirs[ndirs].path = strdup(buf);
    if (!dirs[ndirs].path) abort();
    return dirs[ndirs++].path;
}

FILE *fz_sink(void)
{
    if (!sink) {
        register_cleanup();
        sink = fopen("/dev/null", "w");
        if (!sink) { perror("fuzz: /dev/null"); abort(); }
    }
    return sink;
}

void fz_print_diags(const dg_context *dc)
{
    dg_print_all(dc, getenv("FUZZ_VERBOSE") ? stderr : fz_sink());
}

void fz_fail(const dg_context *dc, const char *what)
{
    fprintf(stderr, "fuzz: invariant broken: %s\n", what);
    if (dc) dg_print_all(dc, stderr);
    abort();
}

bool fz_files_contained(const sc_schema *s)
{
    for (uint32_t t = 0; t < s->ntables; t++) {
        const char *f = s->tables[t].file;
        if (!f || strchr(f, '/') || !strcmp(f, ".") || !strcmp(f, "..")) return false;
    }
    return true;
}

void fz_run(const bc_program *p, const st_store *st, dg_context *dc)
{
    int32_t as_of;
    if (!dt_parse("2025-06-30", 10, &as_of)) abort();
    vm_options vo = { .as_of = as_of, .budget = FZ_BUDGET };
    vm_results res = {0};
    vm_run(p, st, &vo, &res, dc);
    vm_results_free(&res);
    /* and once judging everything with the evidence of passes too */
    vo.explain = true;
    memset(&res, 0, sizeof res);
    vm_run(p, st, &vo, &res, dc);
    vm_results_free(&res);
}

void fz_run_empty(const bc_program *p, dg_context *dc)
{
    if (!fz_files_contained(&p->schema)) return;
    st_store st = {0};
    if (st_load_csv_dir(&st, &p->schema, fz_tempdir("empty"), dc)) fz_run(p, &st, dc);
    st_free(&st);
}
