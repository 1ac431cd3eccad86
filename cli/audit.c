/* audit.c — `cadre explain` and `cadre verify-report`.
 * Owns: printing each rule's plain-English reading wrapped for a terminal,
 * and re-running a check to compare its HTML report with one on file.
 * Does not own: the wording (lang/explain.c), the HTML (cli/html.c) or the
 * provenance stamp (cli/stamp.c). */
#include "audit.h"
#include "cli.h"
#include "../lang/driver.h"
#include "../lang/explain.h"
#include "../runtime/date.h"
#include "html.h"
#include "report.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Prints text wrapped at 76 columns, each line indented by two spaces. */
static void wrapped(FILE *out, const char *s)
{
    const int width = 76;
    while (*s) {
        int col = 0, cut = 0;
        const char *p = s;
        while (*p && col < width) {
            if (*p == ' ') cut = (int)(p - s);
            if ((*p & 0xC0) != 0x80) col++;   /* count characters, not UTF-8 bytes */
            p++;
        }
        int len = *p && cut > 0 ? cut : (int)(p - s);
        fprintf(out, "  %.*s\n", len, s);
        s += len;
        while (*s == ' ') s++;
    }
}

int cmd_explain(int argc, char **argv)
{
    options o;
    int rc = parse_options("explain", argc, argv, &o);
    if (rc >= 0) { free(o.policies); return rc; }
    dg_context dc; ck_env env;
    dg_init(&dc); ck_init(&env, &dc);
    int code = EXIT_PASS;
    if (!fe_check(&env, o.policies, o.npolicies)) code = EXIT_POLICY;
    else {
        uint32_t shown = 0;
        for (uint32_t i = 0; i < env.nrules; i++) {
            node *r = env.rules[i];
            if (o.rule && strcmp(o.rule, r->text) != 0) continue;
            uint32_t line, col;
            dg_line_col(&dc, r->span, &line, &col);
            printf("%s%s  (%s:%u)\n", shown ? "\n" : "", r->text, dc.files[r->span.file].name, line);
            char *t = ex_rule_text(&env, r);
            wrapped(stdout, t);
            free(t);
            shown++;
        }
        if (o.rule && !shown) { fprintf(stderr, "cadre explain: no rule named '%s'\n", o.rule); code = EXIT_USAGE; }
    }
    dg_print_all(&dc, stderr);
    ck_free(&env); dg_free(&dc); free(o.policies);
    return code;
}

/* A JSON string starting at p (at its opening quote) into buf, with the
 * escapes the stamp can hold undone; returns the text after it, or NULL. */
static const char *json_string(const char *p, char *buf, size_t cap)
{
    if (*p != '"') return NULL;
    size_t n = 0;
    for (p++; *p && *p != '"'; p++) {
        char c = *p;
        if (c == '\\' && p[1]) {
            c = *++p;
            if (c == 'n') c = '\n'; else if (c == 't') c = '\t'; else if (c == 'r') c = '\r';
            else if (c == 'u') { c = '?'; p += strlen(p) >= 5 ? 4 : 0; }
        }
        if (n + 1 < cap) buf[n++] = c;
    }
    buf[n] = 0;
    return *p == '"' ? p + 1 : NULL;
}

/* The value of "key": "..." after p, into buf; false when absent. */
static bool json_field(const char *p, const char *end, const char *key, char *buf, size_t cap)
{
    char pat[64];
    snprintf(pat, sizeof pat, "\"%s\": ", key);
    const char *k = strstr(p, pat);
    return k && k < end && json_string(k + strlen(pat), buf, cap) != NULL;
}

/* What differs between the stamp in the report and the one just made. */
static void stamp_differences(const char *block, const char *end, const sp_stamp *now)
{
    char v[64];
    if (json_field(block, end, "cadre", v, sizeof v) && strcmp(v, now->version))
        printf("  the report was written by cadre %s; this is cadre %s\n", v, now->version);
    char name[4096], sha[SHA_HEX + 8];
    bool *seen = calloc(now->nfiles + 1, 1);
    if (!seen) abort();
    for (const char *p = strstr(block, "{\"name\": "); p && p < end; p = strstr(p, "{\"name\": ")) {
        const char *q = json_string(p + 9, name, sizeof name);
        if (!q || !json_field(q, end, "sha256", sha, sizeof sha)) break;
        p = q;
        uint32_t i = 0;
        while (i < now->nfiles && strcmp(now->files[i].name, name)) i++;
        if (i == now->nfiles) printf("  %s: in the report, not read now\n", name);
        else {
            seen[i] = true;
            if (strcmp(now->files[i].sha, sha)) printf("  %s: changed since the report (sha256 was %.12s…, now %.12s…)\n", name, sha, now->files[i].sha);
        }
    }
    for (uint32_t i = 0; i < now->nfiles; i++)
        if (!seen[i]) printf("  %s: read now, not listed in the report\n", now->files[i].name);
    free(seen);
}

static uint32_t first_different_line(const char *a, size_t alen, const char *b, size_t blen)
{
    uint32_t line = 1;
    for (size_t i = 0; i < alen && i < blen && a[i] == b[i]; i++) line += a[i] == '\n';
    return line;
}

int cmd_verify_report(int argc, char **argv)
{
    options o;
    int rc = parse_options("verify-report", argc, argv, &o);
    if (rc >= 0) { free(o.policies); return rc; }
    if (!o.data || o.npolicies < 2) {
        free(o.policies);
        return usage_error("verify-report needs the report, --data DIR and the policies: cadre verify-report REPORT.html --data DIR POLICY...", NULL);
    }
    const char **all = o.policies, *path = o.policies[0];
    o.policies++; o.npolicies--;
    int code = EXIT_PASS;
    uint32_t len = 0;
    char *page = fe_read_file(path, &len);
    check_run cr;
    bool started = false;
    char *fresh = NULL;
    size_t flen = 0;
    if (!page) { fprintf(stderr, "cadre verify-report: cannot read %s: %s\n", path, strerror(errno)); code = EXIT_DATA; goto out; }
    const char *mark = "id=\"" HT_STAMP_ID "\">";
    const char *block = strstr(page, mark);
    const char *end = block ? strstr(block, "</script>") : NULL;
    char date[32];
    int32_t as_of;
    if (!block || !end || !json_field(block, end, "as_of", date, sizeof date) || !dt_parse(date, strlen(date), &as_of)) {
        fprintf(stderr, "cadre verify-report: %s is not a cadre HTML report (it has no provenance stamp)\n", path);
        code = EXIT_DATA;
        goto out;
    }
    const char *strict = strstr(block, "\"strict\": true");
    o.strict = strict && strict < end;
    started = true;
    if ((rc = check_run_start(&cr, &o, as_of, true, true)) >= 0) { dg_print_all(&cr.dc, stderr); code = rc; goto out; }
    rp_input in = { .prog = &cr.prog, .store = &cr.store, .dc = &cr.dc, .res = &cr.res, .as_of = as_of, .data = o.data, .strict = o.strict,
                    .stamp = &cr.stamp, .explain = cr.explain, .waivers = &cr.waivers };
    FILE *m = open_memstream(&fresh, &flen);
    if (!m) abort();
    ht_report(&in, m);
    fclose(m);
    if (flen == len && memcmp(fresh, page, len) == 0) {
        printf("reproduced exactly: %s\n  as of %s, %u input files, digest %s\n", path, cr.stamp.as_of, cr.stamp.nfiles, cr.stamp.digest);
    } else {
        printf("not reproduced: %s\n", path);
        char digest[SHA_HEX + 8] = "";
        json_field(block, end, "digest", digest, sizeof digest);
        bool plain_then = strstr(page, "<p class=\"plain\">") != NULL, plain_now = strstr(fresh, "<p class=\"plain\">") != NULL;
        if (strcmp(digest, cr.stamp.digest)) stamp_differences(block, end, &cr.stamp);
        else if (plain_then != plain_now)   /* a compiled image carries no checked rules to read in English */
            printf("  the inputs are the same (digest %s) but the report was written from %s; give %s\n", digest,
                   plain_then ? "the policy sources" : "a compiled policy", plain_then ? "the .cadre files" : "the compiled file");
        else printf("  the inputs are the same (digest %s) but the page differs from line %u: it was edited after it was written\n",
                    digest, first_different_line(page, len, fresh, flen));
        code = EXIT_VIOLATIONS;
    }
out:
    if (started) check_run_free(&cr);
    free(fresh);
    free(page);
    free(all);
    return code;
}
