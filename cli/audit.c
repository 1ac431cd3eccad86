/* audit.c — `cadre explain` and `cadre verify-report`.
 * Owns: printing each rule's plain-English reading wrapped for a terminal,
 * and re-running a check to compare its HTML report with one on file.
 * Does not own: the wording (lang/explain.c), the HTML (cli/html.c) or the
 * provenance stamp (cli/stamp.c). */
#include "audit.h"
#include "cli.h"
#include "../lang/driver.h"
#include "../lang/explain.h"
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

int cmd_verify_report(int argc, char **argv)
{
    (void)argc; (void)argv;
    return EXIT_USAGE;
}
