/* fuzz_policy.c — harness for the front end: policy bytes through the
 * driver exactly as `cadre check` reads a file (lexer, parser, `use`d stdlib
 * modules, checker, compiler), then verify → write → read → verify → run.
 * Owns: the invariants between the stages (what compiles verifies; what is
 * written reads back and lists the same). Does not own: the stages (lang/,
 * runtime/) or the replay loop (replay.c). */
#define _GNU_SOURCE
#include "fuzz.h"
#include "lang/driver.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* The listing of p, as text (caller frees). */
static char *listing(const bc_program *p, const dg_context *dc, size_t *len)
{
    char *text = NULL;
    FILE *m = open_memstream(&text, len);
    if (!m) abort();
    bc_disasm(p, dc, m);
    if (fclose(m) != 0) abort();
    return text;
}

/* Writes the compiled image, reads it back into a fresh context, and checks
 * that it verifies and lists exactly as the original; then runs it. */
static void round_trip(const bc_program *prog, const dg_context *dc)
{
    char *img = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&img, &len);
    if (!m) abort();
    bool wrote = bc_write(prog, dc, m);
    if (fclose(m) != 0) abort();
    if (!wrote) {                        /* only on limits the format cannot hold */
        free(img);
        return;
    }
    dg_context dc2;
    dg_init(&dc2);
    bc_program back;
    if (!bc_read(&back, &dc2, (const uint8_t *)img, len, "fuzz.cbc")) fz_fail(&dc2, "a written image does not read back");
    if (!bc_verify(&back, &dc2)) fz_fail(&dc2, "a read-back image does not verify");
    size_t la, lb;
    char *a = listing(prog, dc, &la), *b = listing(&back, &dc2, &lb);
    if (la != lb || memcmp(a, b, la) != 0) {
        fprintf(stderr, "--- compiled\n%s--- read back\n%s", a, b);
        fz_fail(NULL, "the read-back image lists differently from the compiled one");
    }
    free(a);
    free(b);
    fz_run_empty(&back, &dc2);
    fz_print_diags(&dc2);
    bc_free(&back);
    dg_free(&dc2);
    free(img);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 20)) return 0;
    /* The driver reads files; a memfd is a file without touching the disk, and
     * keeps every byte (NULs included) as fe_read_file would see it. */
    int fd = memfd_create("fuzz.cadre", MFD_CLOEXEC);
    if (fd < 0) { perror("fuzz: memfd_create"); abort(); }
    for (size_t off = 0; off < size;) {
        ssize_t n = write(fd, data + off, size - off);
        if (n <= 0) { perror("fuzz: write"); abort(); }
        off += (size_t)n;
    }
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    const char *paths[1] = { path };

    dg_context dc;
    ck_env env;
    bc_program prog;
    dg_init(&dc);
    ck_init(&env, &dc);
    bool ok = fe_compile(&env, paths, 1, &prog);
    close(fd);
    if (ok) {
        if (!bc_verify(&prog, &dc)) fz_fail(&dc, "compiled code does not verify");
        round_trip(&prog, &dc);
    }
    fz_print_diags(&dc);
    bc_free(&prog);
    ck_free(&env);
    dg_free(&dc);
    return 0;
}
