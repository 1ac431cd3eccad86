/* driver.c — parse, check and compile a set of policy files.
 * Owns: the loading order (standard schema, then every `use`d module before
 * the first file that uses it, then the files as given), file reading, and
 * "unknown module" errors.
 * Does not own: the stages themselves. */
#include "driver.h"
#include "parse.h"
#include "compile.h"
#include "modules.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

char *fe_read_file(const char *path, uint32_t *len)
{
    struct stat sb;
    if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) { errno = EISDIR; return NULL; }
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    if (!buf) abort();
    for (;;) {
        if (n + 1 >= cap) { cap *= 2; buf = realloc(buf, cap); if (!buf) abort(); }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) break;
    }
    int err = ferror(f);
    fclose(f);
    if (err || n > UINT32_MAX - 1) { free(buf); errno = err ? EIO : EFBIG; return NULL; }
    /* a UTF-8 byte-order mark (some Windows editors write one) is not text */
    if (n >= 3 && (unsigned char)buf[0] == 0xEF && (unsigned char)buf[1] == 0xBB && (unsigned char)buf[2] == 0xBF) {
        memmove(buf, buf + 3, n - 3);
        n -= 3;
    }
    buf[n] = 0;
    *len = (uint32_t)n;
    return buf;
}

static node *parse_text(ck_env *env, const char *name, char *text, uint32_t len)
{
    uint32_t id = dg_add_file(env->dc, name, text, len);
    ps_status st;
    return ps_parse_file(env->dc, id, false, &st);
}

typedef struct { char **names; uint32_t n; } loaded;

static bool seen(loaded *l, const char *name)
{
    for (uint32_t i = 0; i < l->n; i++) if (strcmp(l->names[i], name) == 0) return true;
    l->names = realloc(l->names, (l->n + 1) * sizeof *l->names);
    if (!l->names) abort();
    l->names[l->n++] = strdup(name);
    return false;
}

/* Adds the modules a file uses (depth first, each once), then the file. */
static void add_with_uses(ck_env *env, node *file, loaded *done)
{
    for (uint32_t i = 0; file && i < file->nkids; i++) {
        node *u = file->kids[i];
        if (!u || u->kind != N_USE) continue;
        if (seen(done, u->text)) continue;
        const char *text = md_find(u->text);
        if (!text) {
            dg_diag *d = dg_report(env->dc, DG_ERROR, u->span, "E-module", "no module '%s' in the standard library", u->text);
            const char *cands[64]; uint32_t n = 0;
            char paths[64][128];
            for (const md_module *m = cadre_stdlib; m->path && n < 64; m++) {
                snprintf(paths[n], sizeof paths[n], "%s", m->path);
                for (char *c = paths[n]; *c; c++) if (*c == '/') *c = '.';
                cands[n] = paths[n]; n++;
            }
            const char *best = dg_closest(u->text, cands, n);
            if (best) dg_hint(d, "did you mean '%s'?", best);
            else {
                char list[512] = "";
                size_t used = 0;
                for (uint32_t k = 0; k < n && used < sizeof list; k++)
                    if (strcmp(cands[k], "std")) used += (size_t)snprintf(list + used, sizeof list - used, "%s%s", used ? ", " : "", cands[k]);
                dg_hint(d, "modules: %s", list);
            }
            continue;
        }
        char name[300];
        snprintf(name, sizeof name, "<stdlib>/%s.cadre", u->text);
        for (char *c = name + 9; *c && strcmp(c, ".cadre") != 0; c++) if (*c == '.') *c = '/';
        node *mod = parse_text(env, name, strdup(text), (uint32_t)strlen(text));
        add_with_uses(env, mod, done);
    }
    if (file) ck_add_file(env, file);
}

bool fe_check(ck_env *env, const char *const *paths, int npaths)
{
    return fe_check_with(env, paths, npaths, NULL, NULL);
}

bool fe_check_with(ck_env *env, const char *const *paths, int npaths, const char *name, const char *extra)
{
    uint32_t errors = env->dc->nerrors;
    const char *std = md_find("std");
    if (!std) { dg_report(env->dc, DG_ERROR, (dg_span){0}, "E-module", "the standard schema is missing from this build"); return false; }
    ck_add_file(env, parse_text(env, "<stdlib>/std.cadre", strdup(std), (uint32_t)strlen(std)));
    loaded done = {0};
    seen(&done, "std");
    for (int i = 0; i < npaths; i++) {
        uint32_t len;
        char *text = fe_read_file(paths[i], &len);
        if (!text) {
            dg_report(env->dc, DG_ERROR, (dg_span){0}, "E-io", "cannot read policy %s: %s", paths[i], strerror(errno));
            continue;
        }
        add_with_uses(env, parse_text(env, paths[i], text, len), &done);
    }
    if (extra) add_with_uses(env, parse_text(env, name, strdup(extra), (uint32_t)strlen(extra)), &done);
    for (uint32_t i = 0; i < done.n; i++) free(done.names[i]);
    free(done.names);
    /* After a syntax error the tree has holes, and names checked in it would
     * only report the holes again: fix the syntax first. */
    if (env->dc->nerrors != errors) return false;
    return ck_check(env);
}

bool fe_compile(ck_env *env, const char *const *paths, int npaths, bc_program *out)
{
    memset(out, 0, sizeof *out);
    if (!fe_check(env, paths, npaths)) return false;
    return cg_compile(env, out);
}

bool fe_compile_with(ck_env *env, const char *const *paths, int npaths, const char *name, const char *extra, bc_program *out)
{
    memset(out, 0, sizeof *out);
    if (!fe_check_with(env, paths, npaths, name, extra)) return false;
    return cg_compile(env, out);
}
