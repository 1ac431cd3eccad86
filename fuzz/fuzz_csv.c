/* fuzz_csv.c — harness for the CSV loader: the RFC 4180 reader over the raw
 * bytes, then the same bytes as staff.csv loaded against the standard schema
 * (types, keys, references, reverse links, codes; with --allow-missing or
 * --encoding windows-1252 as the input's length picks) and judged by a small fixed
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
    "policy \"fuzz\"\n"
    "let holders = {social_worker, senior_practitioner, asye}\n"
    "caseload {\n"
    "  cap: at most 20 open cases for holders\n"
    "  team_average: average at most 17 per team for holders\n"
    "}\n"
    "pod practice {\n"
    "  lead: practice_manager\n"
    "  exactly 4 of holders\n"
    "}\n"
    "rule staff \"every column\" {\n"
    "  for each s in staff where s.in_post:\n"
    "    should s.fte >= 0.5 otherwise \"{s.id} {s.name} {s.role} {s.fte} {s.started} {s.left} {s.contract}\"\n"
    "    must s.qualified <= as_of otherwise \"{s.id} {s.qualified} {s.asye_status} {s.home_team.name}\"\n"
    "}\n"
    "rule managers \"references both ways\" {\n"
    "  for each s in staff where s.manager is present:\n"
    "    must s.manager.role in {team_manager, practice_manager} otherwise \"{s.manager.name} {count(s.reports)}\"\n"
    "    must count(s.manager.reports) <= 10\n"
    "    must not (s.manager is dangling) and s.manager is present\n"
    "}\n";

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

/* The tables staff.csv refers to, written once next to it, so that the
 * example staff files (teams T1..T5, pods P1..P6) load and reach the VM. */
static const char TEAMS[] =
    "id,name,area,service\n"
    "T1,North,Chatham,pods\nT2,South,Gillingham,pods\nT3,Front Door,Medway,front_door\n"
    "T4,East,Bow,balanced\nT5,West,Poplar,balanced\n";
static const char PODS[] =
    "id,name,team,lead,kind,formed\n"
    "P1,Pod 1,T1,,practice,2016-09-05\nP2,Pod 2,T1,,practice,\nP3,Pod 3,T1,,asye,2024-09-16\n"
    "P4,Pod 4,T2,,practice,2016-09-05\nP5,Pod 5,T2,,support,\nP6,Pod 6,T2,,practice,2018-04-03\n";

static void write_file(const char *dir, const char *name, const void *data, size_t len)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0) { perror(path); abort(); }
}

static void setup(void)
{
    const char *dir = fz_tempdir("csv");
    write_file(dir, "teams.csv", TEAMS, sizeof TEAMS - 1);
    write_file(dir, "pods.csv", PODS, sizeof PODS - 1);

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

    /* The reader alone, over every record, reading every byte of every field
     * so that ASan sees a field pointing outside the buffer or the scratch. */
    csv_reader r;
    csv_open(&r, (const char *)data, size);
    volatile unsigned sum = 0;
    while (csv_next(&r) == 1)
        for (uint32_t i = 0; i < r.nfields; i++)
            for (uint32_t k = 0; k < r.fields[i].len; k++) sum += (unsigned char)r.fields[i].text[k];
    csv_close(&r);
    (void)sum;

    /* The loader, through the file system as `cadre check --data DIR` reads it. */
    const char *dir = fz_tempdir("csv");
    write_file(dir, "staff.csv", data, size);

    dg_context dc;
    dg_init(&dc);
    bc_program prog;
    if (!bc_read(&prog, &dc, (const uint8_t *)image, image_len, "fuzz.cbc") || !bc_verify(&prog, &dc))
        fz_fail(&dc, "the harness's policy does not read back");
    st_store st = {0};
    /* the input's length picks the loading options, so every input runs one
     * way and the corpus covers all four: --allow-missing (dangling
     * references reach the VM) and --encoding windows-1252 */
    st_options o = {.allow_missing = (size & 1) != 0, .encoding = (size & 2) ? ST_CP1252 : ST_UTF8};
    if (st_load_data_opts(&st, &prog.schema, dir, &o, &dc)) fz_run(&prog, &st, &dc);
    fz_print_diags(&dc);
    st_free(&st);
    bc_free(&prog);
    dg_free(&dc);
    return 0;
}
