/* diagout.c — diagnostics as JSON, SARIF, GitHub annotations, JUnit and TAP.
 * Owns: one location per diagnostic (a policy span: start and end line and
 * column; a data cell: file, line, column; or none) and its layout in each
 * format. Does not own: the diagnostics (lang/, runtime/) or escaping rules
 * (json.c, report.c's XML and workflow-command escapers). */
#include "diagout.h"
#include "json.h"
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *file;      /* NULL: no position */
    uint32_t line, col, eline, ecol;   /* 1-based; 0 = unknown */
} place;

static place where(const dg_context *dc, const dg_diag *d)
{
    place p = {0};
    if (d->data_file) { p.file = d->data_file; p.line = d->data_line; p.col = d->data_col; return p; }
    if (d->span.file == 0 || d->span.file >= dc->nfiles) return p;
    p.file = dc->files[d->span.file].name;
    dg_line_col(dc, d->span, &p.line, &p.col);
    dg_line_col(dc, (dg_span){ d->span.file, d->span.end, d->span.end }, &p.eline, &p.ecol);
    return p;
}

static const char *sev(const dg_diag *d) { return d->severity == DG_ERROR ? "error" : d->severity == DG_WARNING ? "warning" : "note"; }

static void json(const dg_context *dc, const char *command, const char *summary, FILE *out)
{
    fputs("{\n  \"command\": ", out);
    js_write_str(out, command);
    fprintf(out, ",\n  \"errors\": %u,\n  \"warnings\": %u,\n  \"summary\": ", dc->nerrors, dc->nwarnings);
    js_write_str(out, summary);
    fputs(",\n  \"diagnostics\": [", out);
    for (uint32_t i = 0; i < dc->ndiags; i++) {
        const dg_diag *d = &dc->diags[i];
        place p = where(dc, d);
        fprintf(out, "%s\n    {\"severity\": \"%s\", \"code\": ", i ? "," : "", sev(d));
        js_write_str(out, d->code);
        fputs(", \"file\": ", out);
        js_write_str(out, p.file);
        if (p.line) fprintf(out, ", \"line\": %u", p.line);
        if (p.col) fprintf(out, ", \"column\": %u", p.col);
        if (p.eline) fprintf(out, ", \"end_line\": %u, \"end_column\": %u", p.eline, p.ecol);
        fputs(", \"message\": ", out);
        js_write_str(out, d->message);
        fputs(", \"hint\": ", out);
        js_write_str(out, d->hint);
        fputc('}', out);
    }
    fputs(dc->ndiags ? "\n  ]\n}\n" : "]\n}\n", out);
}

static void sarif(const dg_context *dc, FILE *out)
{
    fputs("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n", out);
    fprintf(out, "      \"tool\": {\"driver\": {\"name\": \"cadre\", \"version\": \"%s\", \"informationUri\": \"https://example.org/cadre\"}},\n", CADRE_VERSION);
    fputs("      \"results\": [", out);
    for (uint32_t i = 0; i < dc->ndiags; i++) {
        const dg_diag *d = &dc->diags[i];
        place p = where(dc, d);
        fprintf(out, "%s\n        {\"ruleId\": ", i ? "," : "");
        js_write_str(out, d->code);
        fprintf(out, ", \"level\": \"%s\", \"message\": {\"text\": ", sev(d));
        char *msg = NULL;
        size_t n = 0;
        FILE *m = open_memstream(&msg, &n);
        if (!m) abort();
        fputs(d->message, m);
        if (d->hint) fprintf(m, " (hint: %s)", d->hint);
        fclose(m);
        js_write_str(out, msg);
        free(msg);
        fputs("}", out);
        if (p.file) {
            fputs(", \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ", out);
            js_write_str(out, p.file);
            fputs("}", out);
            if (p.line) {
                fprintf(out, ", \"region\": {\"startLine\": %u", p.line);
                if (p.col) fprintf(out, ", \"startColumn\": %u", p.col);
                if (p.eline) fprintf(out, ", \"endLine\": %u, \"endColumn\": %u", p.eline, p.ecol);
                fputs("}", out);
            }
            fputs("}}]", out);
        }
        fputs("}", out);
    }
    fputs(dc->ndiags ? "\n      ]\n    }\n  ]\n}\n" : "]\n    }\n  ]\n}\n", out);
}

static void github(const dg_context *dc, const char *summary, FILE *out)
{
    for (uint32_t i = 0; i < dc->ndiags; i++) {
        const dg_diag *d = &dc->diags[i];
        place p = where(dc, d);
        fprintf(out, "::%s ", d->severity == DG_ERROR ? "error" : d->severity == DG_WARNING ? "warning" : "notice");
        if (p.file) { fputs("file=", out); rp_esc_github(out, p.file, true); fputc(',', out); }
        if (p.line) fprintf(out, "line=%u,", p.line);
        if (p.col) fprintf(out, "col=%u,", p.col);
        if (p.eline) fprintf(out, "endLine=%u,endColumn=%u,", p.eline, p.ecol);
        fputs("title=", out);
        rp_esc_github(out, d->code, true);
        fputs("::", out);
        rp_esc_github(out, d->message, false);
        if (d->hint) { rp_esc_github(out, "\nhint: ", false); rp_esc_github(out, d->hint, false); }
        fputc('\n', out);
    }
    if (summary) fprintf(out, "%s\n", summary);
}

static void place_text(FILE *out, place p)
{
    char buf[32];
    fputs(p.file ? p.file : "(no file)", out);
    if (p.line) { snprintf(buf, sizeof buf, ":%u", p.line); fputs(buf, out); }
    if (p.col) { snprintf(buf, sizeof buf, ":%u", p.col); fputs(buf, out); }
}

static void junit(const dg_context *dc, const char *command, FILE *out)
{
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", out);
    fprintf(out, "<testsuites name=\"cadre %s\" tests=\"%u\" failures=\"0\" errors=\"%u\" skipped=\"%u\">\n", command, dc->ndiags, dc->nerrors,
            dc->ndiags - dc->nerrors);
    fprintf(out, "  <testsuite name=\"cadre %s: policy and data\" tests=\"%u\" failures=\"0\" errors=\"%u\" skipped=\"%u\">\n", command,
            dc->ndiags, dc->nerrors, dc->ndiags - dc->nerrors);
    for (uint32_t i = 0; i < dc->ndiags; i++) {
        const dg_diag *d = &dc->diags[i];
        place p = where(dc, d);
        fputs("    <testcase classname=\"", out);
        rp_esc_xml(out, d->code);
        fputs("\" name=\"", out);
        char *loc = NULL;
        size_t n = 0;
        FILE *m = open_memstream(&loc, &n);
        if (!m) abort();
        place_text(m, p);
        fclose(m);
        rp_esc_xml(out, loc);
        free(loc);
        fputc('"', out);
        if (p.file) { fputs(" file=\"", out); rp_esc_xml(out, p.file); fputc('"', out); }
        if (p.line) fprintf(out, " line=\"%u\"", p.line);
        fprintf(out, ">\n      <%s type=\"", d->severity == DG_ERROR ? "error" : "skipped");
        rp_esc_xml(out, d->code);
        fputs("\" message=\"", out);
        rp_esc_xml(out, d->message);
        if (d->severity == DG_ERROR) {
            fputs("\">", out);
            rp_esc_xml(out, d->hint ? d->hint : d->message);
            fputs("</error>\n", out);
        } else fputs("\"/>\n", out);
        fputs("    </testcase>\n", out);
    }
    fputs("  </testsuite>\n</testsuites>\n", out);
}

static void tap(const dg_context *dc, const char *summary, FILE *out)
{
    fprintf(out, "TAP version 13\n1..%u\n", dc->ndiags);
    for (uint32_t i = 0; i < dc->ndiags; i++) {
        const dg_diag *d = &dc->diags[i];
        place p = where(dc, d);
        fprintf(out, "not ok %u - ", i + 1);
        place_text(out, p);
        fprintf(out, ": %s %s: %s%s\n  ---\n  severity: %s\n", sev(d), d->code, d->message, d->severity == DG_ERROR ? "" : " # TODO", sev(d));
        if (p.file) { fputs("  file: ", out); js_write_str(out, p.file); fputc('\n', out); }
        if (p.line) fprintf(out, "  line: %u\n", p.line);
        if (p.col) fprintf(out, "  column: %u\n", p.col);
        if (d->hint) { fputs("  hint: ", out); js_write_str(out, d->hint); fputc('\n', out); }
        fputs("  ...\n", out);
    }
    if (summary) fprintf(out, "# %s\n", summary);
}

void dr_write(const dg_context *dc, rp_format f, const char *command, const char *summary, FILE *out)
{
    switch (f) {
    case RP_TEXT: dg_print_all(dc, out); if (summary) fprintf(out, "%s\n", summary); break;
    case RP_JSON: json(dc, command, summary, out); break;
    case RP_SARIF: sarif(dc, out); break;
    case RP_GITHUB: github(dc, summary, out); break;
    case RP_JUNIT: junit(dc, command, out); break;
    case RP_TAP: tap(dc, summary, out); break;
    default: dg_print_all(dc, out); break;   /* a format with no layout for errors yet: the listing */
    }
}
