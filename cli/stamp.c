/* stamp.c — builds the provenance stamp (see stamp.h).
 * Owns: which files are listed, in what order, with which kind, and the
 * canonical listing the overall digest is taken over.
 * Does not own: SHA-256 (runtime/sha256.c) or printing in report formats. */
#include "stamp.h"
#include "../runtime/bytecode.h"
#include "../runtime/date.h"
#include "../runtime/store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void add(sp_stamp *s, const char *name, const char *kind, const char *sha)
{
    s->files = realloc(s->files, (s->nfiles + 1) * sizeof *s->files);
    if (!s->files) abort();
    sp_file *f = &s->files[s->nfiles++];
    f->name = strdup(name);
    if (!f->name) abort();
    f->kind = kind;
    memcpy(f->sha, sha, SHA_HEX);
}

/* Hashes a whole file; false when it cannot be opened or read. */
static bool hash_file(const char *path, char sha[SHA_HEX])
{
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    sha_ctx c;
    sha_init(&c);
    unsigned char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) sha_update(&c, buf, n);
    bool ok = !ferror(f);
    fclose(f);
    sha_final_hex(&c, sha);
    return ok;
}

bool sp_build(sp_stamp *s, const dg_context *dc, const sc_schema *schema, const char *data, int32_t as_of)
{
    memset(s, 0, sizeof *s);
    s->version = CADRE_VERSION;
    s->bytecode = BC_VERSION;
    dt_format(as_of, s->as_of, sizeof s->as_of);
    char sha[SHA_HEX];
    for (uint32_t i = 1; i < dc->nfiles; i++) {
        const dg_file *f = &dc->files[i];
        if (!f->text) continue;
        const char *kind = !strcmp(f->name, "<stdlib>/std.cadre") ? "standard schema"
                         : !strncmp(f->name, "<stdlib>/", 9) ? "national module" : "policy";
        sha_hex(f->text, f->len, sha);
        add(s, f->name, kind, sha);
    }
    if (st_is_sqlite(data)) {
        if (!hash_file(data, sha)) return false;
        add(s, data, "data", sha);
    } else {
        size_t dl = strlen(data);
        bool slash = dl > 0 && data[dl - 1] == '/';
        for (uint32_t t = 0; t < schema->ntables; t++) {
            char path[4096];
            snprintf(path, sizeof path, "%s%s%s", data, slash ? "" : "/", schema->tables[t].file);
            FILE *probe = fopen(path, "rb");
            if (!probe) continue;   /* an absent table file is an empty table, as the loader has it */
            fclose(probe);
            if (!hash_file(path, sha)) return false;
            add(s, path, "data", sha);
        }
    }
    char *text = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&text, &len);
    if (!m) abort();
    sp_listing(s, m);
    fclose(m);
    sha_hex(text, len, s->digest);
    free(text);
    return true;
}

void sp_listing(const sp_stamp *s, FILE *out)
{
    fprintf(out, "cadre %s\nbytecode %d\nas-of %s\n", s->version, s->bytecode, s->as_of);
    for (uint32_t i = 0; i < s->nfiles; i++) fprintf(out, "%s  %s  %s\n", s->files[i].sha, s->files[i].kind, s->files[i].name);
}

void sp_free(sp_stamp *s)
{
    for (uint32_t i = 0; i < s->nfiles; i++) free(s->files[i].name);
    free(s->files);
    s->files = NULL;
    s->nfiles = 0;
}
