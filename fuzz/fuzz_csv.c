/* fuzz_csv.c — harness for the CSV loader: the RFC 4180 reader over the raw
 * bytes, then the same bytes as staff.csv loaded against the standard schema
 * (types, keys, references, reverse links) and judged by a small fixed
 * policy, so odd cells reach the VM's evidence formatting too.
 * Owns: that fixed policy. Does not own: the reader, store or VM (runtime/),
 * nor the replay loop (replay.c). */
#include "fuzz.h"
#include "lang/driver.h"
#include "runtime/csv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads staff.csv's columns every way the language can: computed fields,
 * references both directions, dates, decimals, roles and text. */
static const char POLICY[] =
    "rule fuzz.staff:\n"
    "  for each staff:\n"
    "    must open_cases at most 20\n"
    "    should fte at least 0.5\n"
    "    should \"{name} {role} {fte} {started} {left}\" != \"\"\n"
    "rule fuzz.team:\n"
    "  for each teams:\n"
    "    must count(members) at least 1\n"
    "rule fuzz.managers:\n"
    "  for each staff where manager is not missing:\n"
    "    must manager.role in {team_manager, practice_manager}\n"
    "    must count(reports) at most 10\n";

/* The fixed policy compiled once, kept as an image: each input reads it back
 * into its own context (as `cadre check policy.cbc` does), so that run-time
 * diagnostics resolve against the files they point into and nothing
 * accumulates from one input to the next. */
static char *image;
static size_t image_len;

static void release(void)
{
    free(image);
    image = NULL;
}

static void setup(void)
{
    dg_context dc;
    ck_env env;
    bc_program prog;
    dg_init(&dc);
    ck_init(&env, &dc);
    if (!fe_compile_with(&env, NULL, 0, "<fuzz>", POLICY, &prog) || !bc_verify(&prog, &dc))
        fz_fail(&dc, "the harness's own policy does not compile");
    FILE *m = open_memstream(&image, &image_len);
    if (!m || !bc_write(&prog, &dc, m) || fclose(m) != 0) fz_fail(&dc, "cannot write the harness's policy");
    bc_free(&prog);
    ck_free(&env);
    dg_free(&dc);
    atexit(release);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 20)) return 0;
    if (!image) setup();

    /* The reader alone, over every record. */
    csv_reader r;
    csv_open(&r, (const char *)data, size);
    uint64_t bytes = 0;
    while (csv_next(&r) == 1)
        for (uint32_t i = 0; i < r.nfields; i++) {
            const csv_field *f = &r.fields[i];
            if (f->len && (f->text[0] == 0x7f || f->text[f->len - 1] == 0x7f)) bytes++; /* touch both ends */
            bytes += f->len;
        }
    csv_close(&r);
    (void)bytes;

    /* The loader, through the file system as `cadre check --data DIR` reads it. */
    const char *dir = fz_tempdir("csv");
    char path[4096];
    snprintf(path, sizeof path, "%s/staff.csv", dir);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0) { perror("fuzz: staff.csv"); abort(); }

    dg_context dc;
    dg_init(&dc);
    bc_program prog;
    if (!bc_read(&prog, &dc, (const uint8_t *)image, image_len, "fuzz.cbc") || !bc_verify(&prog, &dc))
        fz_fail(&dc, "the harness's policy does not read back");
    st_store st = {0};
    if (st_load_csv_dir(&st, &prog.schema, dir, &dc)) fz_run(&prog, &st, &dc);
    fz_print_diags(&dc);
    st_free(&st);
    bc_free(&prog);
    dg_free(&dc);
    return 0;
}
