/* report.c — prints the findings of a check.
 * Owns: the text layout (violations, warnings, unknowns in aligned columns,
 * then one summary line) and the JSON document (docs/cli.md describes it).
 * Does not own: what a finding says (runtime/vm.c composes the evidence). */
#include "report.h"
#include "../runtime/date.h"
#include <string.h>

rp_summary rp_summarize(const rp_input *in)
{
    rp_summary s = {0};
    const bc_program *p = in->prog;
    s.rules = p->nrules;
    for (uint32_t q = 0; q < p->nreqs; q++) {
        const vm_count *c = &in->res->per_req[q];
        s.checks += c->pass + c->fail + c->unknown;
        s.passed += c->pass;
        s.unknown += c->unknown;
        if (p->reqs[q].severity == BC_SHOULD) s.warnings += c->fail;
        else s.violations += c->fail;
    }
    return s;
}

int rp_exit_code(const rp_input *in)
{
    rp_summary s = rp_summarize(in);
    return s.violations > 0 || (in->strict && s.unknown > 0) ? 1 : 0;
}

static void where(const rp_input *in, const vm_finding *f, char *buf, size_t cap)
{
    const bc_req *q = &in->prog->reqs[f->req];
    uint32_t line, col;
    dg_line_col(in->dc, q->span, &line, &col);
    snprintf(buf, cap, "%s:%u", in->dc->files[q->span.file].name, line);
}

typedef bool (*pick_fn)(const rp_input *in, const vm_finding *f);
static bool is_violation(const rp_input *in, const vm_finding *f) { return f->verdict == VM_FAIL && in->prog->reqs[f->req].severity == BC_MUST; }
static bool is_warning(const rp_input *in, const vm_finding *f) { return f->verdict == VM_FAIL && in->prog->reqs[f->req].severity == BC_SHOULD; }
static bool is_unknown(const rp_input *in, const vm_finding *f) { (void)in; return f->verdict == VM_UNKNOWN; }

static void section(const rp_input *in, FILE *out, const char *title, pick_fn pick)
{
    size_t wrule = 0, wwhere = 0;
    uint32_t n = 0;
    char loc[512];
    for (uint32_t i = 0; i < in->res->n; i++) {
        const vm_finding *f = &in->res->items[i];
        if (!pick(in, f)) continue;
        n++;
        size_t l = strlen(in->prog->rules[in->prog->reqs[f->req].rule].name);
        if (l > wrule) wrule = l;
        where(in, f, loc, sizeof loc);
        if (strlen(loc) > wwhere) wwhere = strlen(loc);
    }
    if (n == 0) return;
    fprintf(out, "\n%s (%u)\n", title, n);
    for (uint32_t i = 0; i < in->res->n; i++) {
        const vm_finding *f = &in->res->items[i];
        if (!pick(in, f)) continue;
        where(in, f, loc, sizeof loc);
        fprintf(out, "  %-*s  %-*s  %s: %s", (int)wrule, in->prog->rules[in->prog->reqs[f->req].rule].name,
                (int)wwhere, loc, f->entity ? f->entity : "(all data)", f->message ? f->message : "");
        if (f->verdict == VM_UNKNOWN && f->missing_at) fprintf(out, " (%s)", f->missing_at);
        fputc('\n', out);
    }
}

void rp_text(const rp_input *in, FILE *out)
{
    char date[16];
    dt_format(in->as_of, date, sizeof date);
    fprintf(out, "%s — as of %s — data %s\n", in->prog->policy_name ? in->prog->policy_name : "cadre check", date, in->data);
    section(in, out, "violations", is_violation);
    section(in, out, "warnings", is_warning);
    section(in, out, "unknown (missing data)", is_unknown);
    rp_summary s = rp_summarize(in);
    fprintf(out, "\n%u rules, %u checks: %u passed, %u violation%s, %u warning%s, %u unknown%s\n",
            s.rules, s.checks, s.passed, s.violations, s.violations == 1 ? "" : "s",
            s.warnings, s.warnings == 1 ? "" : "s", s.unknown, in->strict && s.unknown ? " (counted as failures: --strict)" : "");
}

static void jstr(FILE *out, const char *s)
{
    if (!s) { fputs("null", out); return; }
    fputc('"', out);
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        switch (*c) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\t': fputs("\\t", out); break;
        default:
            if (*c < 0x20) fprintf(out, "\\u%04x", *c);
            else fputc(*c, out);
        }
    }
    fputc('"', out);
}

void rp_json(const rp_input *in, FILE *out)
{
    const bc_program *p = in->prog;
    char date[16];
    dt_format(in->as_of, date, sizeof date);
    rp_summary s = rp_summarize(in);
    fputs("{\n  \"policy\": ", out); jstr(out, p->policy_name);
    fputs(",\n  \"as_of\": ", out); jstr(out, date);
    fputs(",\n  \"data\": ", out); jstr(out, in->data);
    fprintf(out, ",\n  \"summary\": {\"rules\": %u, \"checks\": %u, \"passed\": %u, \"violations\": %u, \"warnings\": %u, \"unknown\": %u, \"strict\": %s},\n",
            s.rules, s.checks, s.passed, s.violations, s.warnings, s.unknown, in->strict ? "true" : "false");
    fputs("  \"rules\": [", out);
    for (uint32_t r = 0; r < p->nrules; r++) {
        const bc_rule *rl = &p->rules[r];
        uint32_t line, col, pass = 0, fail = 0, unk = 0;
        dg_line_col(in->dc, rl->span, &line, &col);
        for (uint32_t q = rl->first_req; q < rl->first_req + rl->nreqs; q++) {
            pass += in->res->per_req[q].pass; fail += in->res->per_req[q].fail; unk += in->res->per_req[q].unknown;
        }
        fputs(r ? ",\n    {\"name\": " : "\n    {\"name\": ", out); jstr(out, rl->name);
        fputs(", \"title\": ", out); jstr(out, rl->title);
        fputs(", \"file\": ", out); jstr(out, in->dc->files[rl->span.file].name);
        fprintf(out, ", \"line\": %u, \"passed\": %u, \"failed\": %u, \"unknown\": %u}", line, pass, fail, unk);
    }
    fputs(p->nrules ? "\n  ],\n" : "],\n", out);
    fputs("  \"findings\": [", out);
    for (uint32_t i = 0; i < in->res->n; i++) {
        const vm_finding *f = &in->res->items[i];
        const bc_req *q = &p->reqs[f->req];
        uint32_t line, col;
        dg_line_col(in->dc, q->span, &line, &col);
        fputs(i ? ",\n    {" : "\n    {", out);
        fprintf(out, "\"verdict\": \"%s\", \"severity\": \"%s\", \"rule\": ", f->verdict == VM_FAIL ? "fail" : "unknown",
                q->severity == BC_MUST ? "must" : "should");
        jstr(out, p->rules[q->rule].name);
        fputs(", \"file\": ", out); jstr(out, in->dc->files[q->span.file].name);
        fprintf(out, ", \"line\": %u, \"column\": %u, \"entity\": ", line, col);
        if (f->table >= 0) {
            fputs("{\"table\": ", out); jstr(out, p->schema.tables[f->table].name);
            fputs(", \"id\": ", out); jstr(out, f->entity_id);
            fputs(", \"label\": ", out); jstr(out, f->entity);
            fputc('}', out);
        } else fputs("null", out);
        fputs(", \"measured\": ", out); jstr(out, f->measured);
        fputs(", \"limit\": ", out); jstr(out, f->limit);
        fputs(", \"message\": ", out); jstr(out, f->message);
        if (f->verdict == VM_UNKNOWN) {
            fputs(", \"missing\": ", out); jstr(out, f->missing);
            fputs(", \"missing_at\": ", out); jstr(out, f->missing_at);
        }
        fputc('}', out);
    }
    fputs(in->res->n ? "\n  ]\n}\n" : "]\n}\n", out);
}
