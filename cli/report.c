/* report.c — prints the findings of a check.
 * Owns: the text layout (violations, warnings, unknowns in aligned columns,
 * then one summary line), the JSON document (docs/cli.md describes it) and
 * the CI formats: JUnit XML, SARIF 2.1.0, TAP 13, GitHub workflow commands
 * (docs/ci.md shows a sample of each); in each, waived findings apart from
 * violations and passes, and the list of expired and unused waivers.
 * Does not own: what a finding says (runtime/vm.c composes the evidence) or
 * which findings are waived (runtime/waiver.c). */
#include "report.h"
#include "html.h"
#include "../runtime/date.h"
#include "../runtime/utf8.h"
#include <stdlib.h>
#include <string.h>

rp_summary rp_summarize(const rp_input *in)
{
    rp_summary s = {0};
    const bc_program *p = in->prog;
    s.rules = p->nrules;
    for (uint32_t q = 0; q < p->nreqs; q++) {
        const vm_count *c = &in->res->per_req[q];
        s.checks += c->pass + c->fail + c->unknown;
        s.checks += c->waived;
        s.passed += c->pass;
        s.unknown += c->unknown;
        s.waived += c->waived;
        if (p->reqs[q].severity == BC_SHOULD) s.warnings += c->fail;
        else s.violations += c->fail;
    }
    for (uint32_t r = 0; r < p->nrules; r++) s.nothing += rp_judged_nothing(in, r, NULL, 0);
    return s;
}

/* ---- data quality: cells read as unknown under --allow-missing ---- */

static void one_line(FILE *out, const char *s);
static void jstr(FILE *out, const char *s);
static void jstr_body(FILE *out, const char *s);

static void issue_where(const rp_input *in, const st_issue *is, char *buf, size_t cap)
{
    const st_table *st = &in->store->tables[is->table];
    snprintf(buf, cap, "%s:%u:%u", st->source ? st->source : in->prog->schema.tables[is->table].file, is->line, is->column);
}

/* "staff.fte: empty in a required column", "pods.lead 'S99' names no row of staff" */
static void issue_message(const rp_input *in, const st_issue *is, char *buf, size_t cap)
{
    const sc_table *tb = &in->prog->schema.tables[is->table];
    const sc_column *c = &tb->cols[is->col];
    if (is->kind == ST_ISSUE_DANGLING)
        snprintf(buf, cap, "%s.%s '%s' names no row of %s: read as a dangling reference", tb->name, c->name, is->text ? is->text : "",
                 c->ref_table >= 0 ? in->prog->schema.tables[c->ref_table].name : "?");
    else
        snprintf(buf, cap, "%s.%s is empty in a required column: read as missing", tb->name, c->name);
}

void rp_issue(const rp_input *in, uint32_t i, char *where, size_t wcap, char *msg, size_t mcap)
{
    issue_where(in, &in->store->issues[i], where, wcap);
    issue_message(in, &in->store->issues[i], msg, mcap);
}

static void quality_text(const rp_input *in, FILE *out)
{
    const st_store *st = in->store;
    if (!st->nissues) return;
    size_t w = 0;
    char loc[600], msg[600];
    for (uint32_t i = 0; i < st->nissues; i++) {
        issue_where(in, &st->issues[i], loc, sizeof loc);
        if (strlen(loc) > w) w = strlen(loc);
    }
    fprintf(out, "\ndata quality (%u): cells read as unknown (--allow-missing)\n", st->nissues);
    for (uint32_t i = 0; i < st->nissues; i++) {
        issue_where(in, &st->issues[i], loc, sizeof loc);
        issue_message(in, &st->issues[i], msg, sizeof msg);
        fprintf(out, "  %-*s  ", (int)w, loc);
        one_line(out, msg);
        fputc('\n', out);
    }
}

static void quality_json(const rp_input *in, FILE *out)
{
    const st_store *st = in->store;
    if (!st->nissues) return;
    char msg[600];
    fputs("  \"data_quality\": [", out);
    for (uint32_t i = 0; i < st->nissues; i++) {
        const st_issue *is = &st->issues[i];
        const sc_table *tb = &in->prog->schema.tables[is->table];
        issue_message(in, is, msg, sizeof msg);
        fputs(i ? ",\n    {\"kind\": " : "\n    {\"kind\": ", out);
        jstr(out, is->kind == ST_ISSUE_DANGLING ? "dangling" : "empty");
        fputs(", \"file\": ", out); jstr(out, in->store->tables[is->table].source);
        fprintf(out, ", \"line\": %u, \"column\": %u, \"field\": \"", is->line, is->column);
        jstr_body(out, tb->name); fputc('.', out); jstr_body(out, tb->cols[is->col].name);
        fputs("\", \"value\": ", out); jstr(out, is->text);
        fputs(", \"message\": ", out); jstr(out, msg);
        fputc('}', out);
    }
    fputs("\n  ],\n", out);
}

/* ---- nothing judged ---- */

bool rp_judged_nothing(const rp_input *in, uint32_t r, char *why, size_t cap)
{
    const bc_rule *rl = &in->prog->rules[r];
    for (uint32_t q = rl->first_req; q < rl->first_req + rl->nreqs; q++) {
        const vm_count *c = &in->res->per_req[q];
        if (c->pass + c->fail + c->unknown + c->waived) return false;   /* a waived verdict was judged */
    }
    if (!why) return true;
    if (rl->table < 0 || (uint32_t)rl->table >= in->prog->schema.ntables) {
        snprintf(why, cap, "not in effect on the as-of date");
        return true;
    }
    const sc_table *tb = &in->prog->schema.tables[rl->table];
    const st_table *st = &in->store->tables[rl->table];
    if (st->nrows == 0)
        snprintf(why, cap, "no %s rows in the data (%s)", tb->name, st->source ? st->source : tb->file);
    else
        snprintf(why, cap, "none of the %u %s rows matched its 'for each', or it is not in effect on the as-of date",
                 st->nrows, tb->name);
    return true;
}

bool rp_nothing_note(const rp_input *in, FILE *out)
{
    rp_summary s = rp_summarize(in);
    if (s.checks || !s.rules) return false;   /* no rules (a load-only run): nothing was asked */
    uint32_t rows = 0;
    for (uint32_t t = 0; t < in->prog->schema.ntables; t++) rows += in->store->tables[t].nrows;
    if (rows == 0)
        fprintf(out, "cadre check: no rule judged anything: every table of %s is empty (absent files, or headers only) — is this the right export?\n", in->data);
    else
        fprintf(out, "cadre check: no rule judged anything: %u rows were read from %s, but no rule applied to any of them on the as-of date — is this the right export?\n",
                rows, in->data);
    return true;
}

static bool strict_unknown(const rp_input *in)
{
    for (uint32_t q = 0; in->strict && q < in->prog->nreqs; q++)
        if (in->prog->reqs[q].severity == BC_MUST && in->res->per_req[q].unknown > 0) return true;
    return false;
}

/* What fails a run: a must violation, and under --strict an unknown must. */
static bool counts_as_failure(const rp_input *in, const vm_finding *f)
{
    const bc_req *q = &in->prog->reqs[f->req];
    if (q->severity != BC_MUST) return false;
    return f->verdict == VM_FAIL || (in->strict && f->verdict == VM_UNKNOWN);
}

int rp_exit_code(const rp_input *in)
{
    rp_summary s = rp_summarize(in);
    if (s.violations > 0) return 1;
    if (s.checks == 0 && s.rules > 0) return 3;   /* EXIT_DATA: a green run must have judged something */
    /* --strict: an unknown must-requirement fails like a violation; an
     * unknown should stays a warning */
    for (uint32_t q = 0; in->strict && q < in->prog->nreqs; q++)
        if (in->prog->reqs[q].severity == BC_MUST && in->res->per_req[q].unknown > 0) return 1;
    return 0;
}

static void where(const rp_input *in, const vm_finding *f, char *buf, size_t cap)
{
    const bc_req *q = &in->prog->reqs[f->req];
    uint32_t line, col;
    dg_line_col(in->dc, q->span, &line, &col);
    snprintf(buf, cap, "%s:%u", in->dc->files[q->span.file].name, line);
}

static void rule_where(const rp_input *in, uint32_t r, char *buf, size_t cap)
{
    const bc_rule *rl = &in->prog->rules[r];
    uint32_t line, col;
    dg_line_col(in->dc, rl->span, &line, &col);
    snprintf(buf, cap, "%s:%u", in->dc->files[rl->span.file].name, line);
}

/* Writes the UTF-8 sequence at c (a non-ASCII byte), or U+FFFD when the
 * bytes there are not UTF-8 (SQLite text, a policy file in another
 * encoding): every format stays valid UTF-8. Returns the bytes consumed. */
static size_t put_utf8(FILE *out, const unsigned char *c)
{
    size_t k = u8_seq(c, strnlen((const char *)c, 4));
    if (!k) { fputs(U8_REPLACEMENT, out); return 1; }
    fwrite(c, 1, k, out);
    return k;
}

/* One finding, one line: a line break from the data prints as a space. */
static void one_line(FILE *out, const char *s)
{
    for (const unsigned char *c = (const unsigned char *)s; *c;) {
        if (*c >= 0x80) { c += put_utf8(out, c); continue; }
        fputc(*c == '\n' || *c == '\r' || *c == '\t' ? ' ' : *c, out);
        c++;
    }
}

/* ---- waivers ---- */

static const wv_waiver *waiver_of(const rp_input *in, const vm_finding *f)
{
    if (f->verdict != VM_WAIVED || !in->waivers || f->waiver < 0 || (uint32_t)f->waiver >= in->waivers->n) return NULL;
    return &in->waivers->items[f->waiver];
}

/* "REASON (approved by X, 2025-04-01 to 2025-09-30; data/waivers.csv:2)" */
static void waiver_text(const rp_input *in, const wv_waiver *w, char *buf, size_t cap) { wv_justification(in->waivers, w, buf, cap); }

/* Waivers that waived nothing: expired, not yet in force, outside the
 * breach, or matching no failure. Only those about rules of in->prog (the
 * REPL's :check RULE reports one rule). */
static bool unapplied(const rp_input *in, const wv_waiver *w)
{
    if (w->status == WV_USED) return false;
    if (w->status == WV_INCOMPLETE) return true;
    for (uint32_t r = 0; r < in->prog->nrules; r++)
        if (w->rule && !strcmp(in->prog->rules[r].name, w->rule)) return true;
    return false;
}

static uint32_t count_unapplied(const rp_input *in)
{
    uint32_t n = 0;
    for (uint32_t i = 0; in->waivers && i < in->waivers->n; i++) n += unapplied(in, &in->waivers->items[i]);
    return n;
}

static const char *const status_word[] = { "used", "expired", "not_yet", "outside", "unused", "incomplete" };

/* "examples/x/data/waivers.csv:3: caseload.cap for S103: expired on 2025-03-31" */
static void unapplied_line(const rp_input *in, const wv_waiver *w, char *buf, size_t cap)
{
    char why[256];
    wv_describe(w, why, sizeof why);
    snprintf(buf, cap, "%s:%u: %s for %s: %s", in->waivers->source, w->line, w->rule ? w->rule : "?", w->subject ? w->subject : "?", why);
}

/* ", 2 waived" in summary lines: shown when the data has waivers at all. */
static void waived_part(const rp_input *in, const rp_summary *s, char *buf, size_t cap)
{
    if (s->waived || (in->waivers && in->waivers->n)) snprintf(buf, cap, ", %u waived", s->waived);
    else buf[0] = 0;
}

typedef bool (*pick_fn)(const rp_input *in, const vm_finding *f);
static bool is_violation(const rp_input *in, const vm_finding *f) { return f->verdict == VM_FAIL && in->prog->reqs[f->req].severity == BC_MUST; }
static bool is_warning(const rp_input *in, const vm_finding *f) { return f->verdict == VM_FAIL && in->prog->reqs[f->req].severity == BC_SHOULD; }
static bool is_unknown(const rp_input *in, const vm_finding *f) { (void)in; return f->verdict == VM_UNKNOWN; }
static bool is_waived(const rp_input *in, const vm_finding *f) { (void)in; return f->verdict == VM_WAIVED; }

/* color: the ANSI colour of the section's title and rule names, or NULL. */
static void section(const rp_input *in, FILE *out, const char *title, pick_fn pick, const char *color)
{
    if (!in->color) color = NULL;
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
    fprintf(out, "\n%s%s (%u)%s\n", color ? color : "", title, n, color ? "\033[0m" : "");
    for (uint32_t i = 0; i < in->res->n; i++) {
        const vm_finding *f = &in->res->items[i];
        if (!pick(in, f)) continue;
        where(in, f, loc, sizeof loc);
        fprintf(out, "  %s%-*s%s  %-*s  ", color ? color : "", (int)wrule, in->prog->rules[in->prog->reqs[f->req].rule].name, color ? "\033[0m" : "",
                (int)wwhere, loc);
        one_line(out, f->entity ? f->entity : "(all data)");
        fputs(": ", out);
        one_line(out, f->message ? f->message : "");
        if (f->verdict == VM_UNKNOWN && f->missing_at) fprintf(out, " (%s)", f->missing_at);
        fputc('\n', out);
        const wv_waiver *w = waiver_of(in, f);
        if (w) {
            char text[2048];
            waiver_text(in, w, text, sizeof text);
            fputs("    waived: ", out);
            one_line(out, text);
            fputc('\n', out);
        }
    }
}

static void unapplied_text(const rp_input *in, FILE *out)
{
    uint32_t n = count_unapplied(in);
    if (!n) return;
    fprintf(out, "\nexpired and unused waivers (%u)\n", n);
    for (uint32_t i = 0; i < in->waivers->n; i++) {
        const wv_waiver *w = &in->waivers->items[i];
        if (!unapplied(in, w)) continue;
        char line[1024];
        unapplied_line(in, w, line, sizeof line);
        fputs("  ", out);
        one_line(out, line);
        fputc('\n', out);
    }
}

/* The council's explicit changes to national modules, before any verdict,
 * so a reader knows which layer each verdict reflects. */
static void overrides_text(const rp_input *in, FILE *out)
{
    const bc_program *p = in->prog;
    if (!p->noverrides) return;
    fprintf(out, "\noverrides in force (%u)\n", p->noverrides);
    for (uint32_t i = 0; i < p->noverrides; i++) {
        const bc_override *o = &p->overrides[i];
        uint32_t line, col;
        dg_line_col(in->dc, o->span, &line, &col);
        fprintf(out, "  %s (from %s)  %s:%u  because \"", o->what, o->target_origin ? o->target_origin : "?",
                in->dc->files[o->span.file].name, line);
        one_line(out, o->reason);
        fprintf(out, "\"%s\n", o->intended ? " (intended)" : "");
    }
}

/* The summary line's tail when some rule judged nothing. */
static void nothing_suffix(const rp_summary *s, FILE *out)
{
    if (s->nothing) fprintf(out, "; %u rule%s judged nothing", s->nothing, s->nothing == 1 ? "" : "s");
}

/* Rules that judged nothing, after the findings: an empty rule is not a pass. */
static void nothing_text(const rp_input *in, FILE *out)
{
    rp_summary s = rp_summarize(in);
    if (!s.nothing) return;
    size_t wrule = 0, wwhere = 0;
    char loc[512], why[512];
    for (uint32_t r = 0; r < in->prog->nrules; r++) {
        if (!rp_judged_nothing(in, r, NULL, 0)) continue;
        if (strlen(in->prog->rules[r].name) > wrule) wrule = strlen(in->prog->rules[r].name);
        rule_where(in, r, loc, sizeof loc);
        if (strlen(loc) > wwhere) wwhere = strlen(loc);
    }
    fprintf(out, "\njudged nothing (%u)\n", s.nothing);
    for (uint32_t r = 0; r < in->prog->nrules; r++) {
        if (!rp_judged_nothing(in, r, why, sizeof why)) continue;
        rule_where(in, r, loc, sizeof loc);
        fprintf(out, "  %-*s  %-*s  %s\n", (int)wrule, in->prog->rules[r].name, (int)wwhere, loc, why);
    }
}

void rp_text(const rp_input *in, FILE *out)
{
    char date[16];
    dt_format(in->as_of, date, sizeof date);
    one_line(out, in->prog->policy_name ? in->prog->policy_name : "cadre check");
    fprintf(out, " — as of %s — data %s\n", date, in->data);
    overrides_text(in, out);
    quality_text(in, out);
    section(in, out, "violations", is_violation, "\033[1;31m");
    section(in, out, "warnings", is_warning, "\033[1;35m");
    section(in, out, "unknown (cannot judge)", is_unknown, "\033[1;33m");
    section(in, out, "waived", is_waived, "\033[36m");
    unapplied_text(in, out);
    nothing_text(in, out);
    rp_summary s = rp_summarize(in);
    char wv[32];
    waived_part(in, &s, wv, sizeof wv);
    fprintf(out, "\n%u rule%s, %u check%s: %u passed, %u violation%s, %u warning%s%s, %u unknown%s",
            s.rules, s.rules == 1 ? "" : "s", s.checks, s.checks == 1 ? "" : "s", s.passed, s.violations, s.violations == 1 ? "" : "s",
            s.warnings, s.warnings == 1 ? "" : "s", wv, s.unknown, strict_unknown(in) ? " (counted as failures: --strict)" : "");
    nothing_suffix(&s, out);
    fputc('\n', out);
}

/* A JSON string's characters, escaped, without the quotes. */
static void jstr_body(FILE *out, const char *s)
{
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        if (*c >= 0x80) { c += put_utf8(out, c) - 1; continue; }
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
}

static void jstr(FILE *out, const char *s)
{
    if (!s) { fputs("null", out); return; }
    fputc('"', out);
    jstr_body(out, s);
    fputc('"', out);
}

/* "judged_nothing": the rules that judged nothing, only when there are some. */
static void nothing_json(const rp_input *in, FILE *out)
{
    if (!rp_summarize(in).nothing) return;
    char why[512];
    bool first = true;
    fputs("  \"judged_nothing\": [", out);
    for (uint32_t r = 0; r < in->prog->nrules; r++) {
        if (!rp_judged_nothing(in, r, why, sizeof why)) continue;
        const bc_rule *rl = &in->prog->rules[r];
        uint32_t line, col;
        dg_line_col(in->dc, rl->span, &line, &col);
        fputs(first ? "\n    {\"rule\": " : ",\n    {\"rule\": ", out); jstr(out, rl->name);
        fputs(", \"file\": ", out); jstr(out, in->dc->files[rl->span.file].name);
        fprintf(out, ", \"line\": %u, \"reason\": ", line); jstr(out, why);
        fputc('}', out);
        first = false;
    }
    fputs("\n  ],\n", out);
}

static void rule_counts(const rp_input *in, uint32_t r, vm_count *c)
{
    const bc_rule *rl = &in->prog->rules[r];
    memset(c, 0, sizeof *c);
    for (uint32_t q = rl->first_req; q < rl->first_req + rl->nreqs; q++) {
        c->pass += in->res->per_req[q].pass; c->fail += in->res->per_req[q].fail; c->unknown += in->res->per_req[q].unknown;
        c->waived += in->res->per_req[q].waived;
    }
}

static const char *verdict_name(const vm_finding *f)
{
    return f->verdict == VM_FAIL ? "fail" : f->verdict == VM_WAIVED ? "waived" : f->verdict == VM_PASS ? "pass" : "unknown";
}

static void json_waiver(const rp_input *in, const wv_waiver *w, FILE *out)
{
    char a[16], b[16], note[512];
    if (w->from != DT_MISSING) dt_format(w->from, a, sizeof a);
    if (w->to != DT_MISSING) dt_format(w->to, b, sizeof b);
    wv_describe(w, note, sizeof note);
    fputs("{\"file\": ", out); jstr(out, in->waivers->source);
    fprintf(out, ", \"line\": %u, \"rule\": ", w->line); jstr(out, w->rule);
    fputs(", \"subject\": ", out); jstr(out, w->subject);
    fputs(", \"reason\": ", out); jstr(out, w->reason);
    fputs(", \"approved_by\": ", out); jstr(out, w->approved_by);
    fputs(", \"from\": ", out); jstr(out, w->from != DT_MISSING ? a : NULL);
    fputs(", \"to\": ", out); jstr(out, w->to != DT_MISSING ? b : NULL);
    fprintf(out, ", \"status\": \"%s\", \"note\": ", status_word[w->status]); jstr(out, note);
    fputc('}', out);
}

void rp_json_string(FILE *out, const char *s) { jstr(out, s); }

void rp_json_stamp(FILE *out, const sp_stamp *st)
{
    fprintf(out, "{\"cadre\": \"%s\", \"bytecode\": %d, \"as_of\": \"%s\", \"files\": [", st->version, st->bytecode, st->as_of);
    for (uint32_t i = 0; i < st->nfiles; i++) {
        fputs(i ? ", {\"name\": " : "{\"name\": ", out); jstr(out, st->files[i].name);
        fprintf(out, ", \"kind\": \"%s\", \"sha256\": \"%s\"}", st->files[i].kind, st->files[i].sha);
    }
    fprintf(out, "], \"digest\": \"%s\"}", st->digest);
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
    if (in->stamp) { fputs(",\n  \"provenance\": ", out); rp_json_stamp(out, in->stamp); }
    fputs(",\n  \"overrides\": [", out);
    for (uint32_t i = 0; i < p->noverrides; i++) {
        const bc_override *o = &p->overrides[i];
        uint32_t line, col;
        dg_line_col(in->dc, o->span, &line, &col);
        fputs(i ? ", {\"what\": " : "{\"what\": ", out); jstr(out, o->what);
        fputs(", \"from\": ", out); jstr(out, o->target_origin);
        fputs(", \"file\": ", out); jstr(out, in->dc->files[o->span.file].name);
        fprintf(out, ", \"line\": %u, \"reason\": ", line); jstr(out, o->reason);
        fprintf(out, ", \"intended\": %s}", o->intended ? "true" : "false");
    }
    fputs("]", out);
    fprintf(out, ",\n  \"summary\": {\"rules\": %u, \"checks\": %u, \"passed\": %u, \"violations\": %u, \"warnings\": %u, \"unknown\": %u, \"waived\": %u, \"strict\": %s},\n",
            s.rules, s.checks, s.passed, s.violations, s.warnings, s.unknown, s.waived, in->strict ? "true" : "false");
    fputs("  \"rules\": [", out);
    for (uint32_t r = 0; r < p->nrules; r++) {
        const bc_rule *rl = &p->rules[r];
        uint32_t line, col;
        vm_count c;
        dg_line_col(in->dc, rl->span, &line, &col);
        rule_counts(in, r, &c);
        fputs(r ? ",\n    {\"name\": " : "\n    {\"name\": ", out); jstr(out, rl->name);
        fputs(", \"title\": ", out); jstr(out, rl->title);
        fputs(", \"file\": ", out); jstr(out, in->dc->files[rl->span.file].name);
        fprintf(out, ", \"line\": %u, \"passed\": %u, \"failed\": %u, \"unknown\": %u, \"waived\": %u}", line, c.pass, c.fail, c.unknown, c.waived);
    }
    fputs(p->nrules ? "\n  ],\n" : "],\n", out);
    nothing_json(in, out);
    quality_json(in, out);
    fputs("  \"findings\": [", out);
    for (uint32_t i = 0; i < in->res->n; i++) {
        const vm_finding *f = &in->res->items[i];
        const bc_req *q = &p->reqs[f->req];
        uint32_t line, col;
        dg_line_col(in->dc, q->span, &line, &col);
        fputs(i ? ",\n    {" : "\n    {", out);
        fprintf(out, "\"verdict\": \"%s\", \"severity\": \"%s\", \"rule\": ", verdict_name(f), q->severity == BC_MUST ? "must" : "should");
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
        const wv_waiver *w = waiver_of(in, f);
        if (w) { fputs(", \"waiver\": ", out); json_waiver(in, w, out); }
        fputc('}', out);
    }
    fputs(in->res->n ? "\n  ],\n" : "],\n", out);
    /* every waiver of the data, with what became of it */
    fputs("  \"waivers\": [", out);
    uint32_t nw = in->waivers ? in->waivers->n : 0;
    for (uint32_t i = 0; i < nw; i++) {
        fputs(i ? ",\n    " : "\n    ", out);
        json_waiver(in, &in->waivers->items[i], out);
    }
    fputs(nw ? "\n  ]\n}\n" : "]\n}\n", out);
}

/* ---- formats for CI ---- */

bool rp_parse_format(const char *name, rp_format *out)
{
    static const char *const names[] = { "text", "json", "junit", "sarif", "tap", "github", "html" };
    for (int i = 0; i < 7; i++)
        if (!strcmp(name, names[i])) { *out = (rp_format)i; return true; }
    return false;
}

void rp_write(const rp_input *in, rp_format f, FILE *out)
{
    switch (f) {
    case RP_TEXT: rp_text(in, out); break;
    case RP_JSON: rp_json(in, out); break;
    case RP_JUNIT: rp_junit(in, out); break;
    case RP_SARIF: rp_sarif(in, out); break;
    case RP_TAP: rp_tap(in, out); break;
    case RP_GITHUB: rp_github(in, out); break;
    case RP_HTML: ht_report(in, out); break;
    }
}

static const char *rule_of(const rp_input *in, const vm_finding *f) { return in->prog->rules[in->prog->reqs[f->req].rule].name; }
static const char *file_of(const rp_input *in, dg_span sp) { return in->dc->files[sp.file].name; }
static const char *entity_of(const vm_finding *f) { return f->entity ? f->entity : "(all data)"; }


static bool same_entity(const vm_finding *a, const vm_finding *b)
{
    if (a->table != b->table) return false;
    if (!a->entity_id || !b->entity_id) return a->entity_id == b->entity_id && a->row == b->row;
    return !strcmp(a->entity_id, b->entity_id);
}

/* XML text and attribute values: the five entities, and characters XML 1.0
 * cannot hold replaced by '?'. */
static void xstr(FILE *out, const char *s)
{
    for (const unsigned char *c = (const unsigned char *)(s ? s : ""); *c; c++) {
        if (*c >= 0x80) { c += put_utf8(out, c) - 1; continue; }
        switch (*c) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&apos;", out); break;
        case '\n': fputs("&#10;", out); break;
        case '\t': case '\r': fprintf(out, "&#%d;", *c); break;
        default: fputc(*c < 0x20 ? '?' : *c, out);
        }
    }
}

/* The finding as one line: "file:line: entity: message (missing at)". */
static void finding_line(const rp_input *in, const vm_finding *f, FILE *out, void (*esc)(FILE *, const char *))
{
    char buf[1024];
    where(in, f, buf, sizeof buf);
    esc(out, buf); esc(out, ": "); esc(out, entity_of(f)); esc(out, ": "); esc(out, f->message);
    if (f->verdict == VM_UNKNOWN && f->missing_at) { esc(out, " ("); esc(out, f->missing_at); esc(out, ")"); }
    const wv_waiver *w = waiver_of(in, f);
    if (w) { waiver_text(in, w, buf, sizeof buf); esc(out, " — waived: "); esc(out, buf); }
}

typedef enum { K_PASS, K_FAIL, K_SKIP } jkind;

/* What a group of findings (one rule, one entity) is in JUnit terms. */
static jkind group_kind(const rp_input *in, const vm_finding *const *g, uint32_t n)
{
    jkind k = K_SKIP;
    for (uint32_t i = 0; i < n; i++)
        if (counts_as_failure(in, g[i])) k = K_FAIL;
    return k;
}

/* Findings grouped by rule, then by entity in first-seen order: each group
 * is a run of pointers into the results. Returns the array (caller frees). */
static const vm_finding **grouped(const rp_input *in)
{
    const vm_finding **g = calloc(in->res->n + 1, sizeof *g);
    if (!g) abort();
    bool *used = calloc(in->res->n + 1, 1);
    if (!used) abort();
    uint32_t k = 0;
    for (uint32_t r = 0; r < in->prog->nrules; r++)
        for (uint32_t i = 0; i < in->res->n; i++) {
            const vm_finding *f = &in->res->items[i];
            if (used[i] || in->prog->reqs[f->req].rule != r) continue;
            for (uint32_t j = i; j < in->res->n; j++) {
                const vm_finding *h = &in->res->items[j];
                if (!used[j] && in->prog->reqs[h->req].rule == r && same_entity(f, h)) { g[k++] = h; used[j] = true; }
            }
        }
    free(used);
    return g;
}

static uint32_t group_len(const rp_input *in, const vm_finding **g, uint32_t i, uint32_t n)
{
    uint32_t j = i + 1;
    while (j < n && in->prog->reqs[g[j]->req].rule == in->prog->reqs[g[i]->req].rule && same_entity(g[i], g[j])) j++;
    return j - i;
}

/* A skipped testcase per data-quality finding, classname "data quality". */
static void quality_junit(const rp_input *in, FILE *out)
{
    char loc[600], msg[600];
    for (uint32_t i = 0; i < in->store->nissues; i++) {
        const st_issue *is = &in->store->issues[i];
        issue_where(in, is, loc, sizeof loc);
        issue_message(in, is, msg, sizeof msg);
        fputs("    <testcase classname=\"data quality\" name=\"", out); xstr(out, loc);
        fputs("\" file=\"", out); xstr(out, in->store->tables[is->table].source);
        fprintf(out, "\" line=\"%u\">\n      <skipped type=\"data\" message=\"", is->line);
        xstr(out, msg);
        fputs("\"/>\n    </testcase>\n", out);
    }
}

void rp_junit(const rp_input *in, FILE *out)
{
    const bc_program *p = in->prog;
    const vm_finding **g = grouped(in);
    uint32_t n = in->res->n, tests = 0, failures = 0, skipped = 0;
    for (uint32_t i = 0; i < n; i += group_len(in, g, i, n)) {
        tests++;
        jkind k = group_kind(in, g + i, group_len(in, g, i, n));
        failures += k == K_FAIL; skipped += k == K_SKIP;
    }
    skipped += rp_summarize(in).nothing + in->store->nissues;
    tests += p->nrules + in->store->nissues;
    char date[16];
    dt_format(in->as_of, date, sizeof date);
    const char *suite = p->policy_name ? p->policy_name : "cadre check";
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"cadre check\"", out);
    fprintf(out, " tests=\"%u\" failures=\"%u\" errors=\"0\" skipped=\"%u\">\n", tests, failures, skipped);
    fputs("  <testsuite name=\"", out); xstr(out, suite);
    fprintf(out, "\" tests=\"%u\" failures=\"%u\" errors=\"0\" skipped=\"%u\">\n", tests, failures, skipped);
    fputs("    <properties>\n      <property name=\"as_of\" value=\"", out); xstr(out, date);
    fputs("\"/>\n      <property name=\"data\" value=\"", out); xstr(out, in->data);
    fprintf(out, "\"/>\n      <property name=\"strict\" value=\"%s\"/>\n    </properties>\n", in->strict ? "true" : "false");
    uint32_t i = 0;
    for (uint32_t r = 0; r < p->nrules; r++) {
        const bc_rule *rl = &p->rules[r];
        uint32_t line, col;
        vm_count c;
        rule_counts(in, r, &c);
        for (; i < n && p->reqs[g[i]->req].rule == r; i += group_len(in, g, i, n)) {
            uint32_t len = group_len(in, g, i, n);
            const vm_finding *f = g[i];
            dg_line_col(in->dc, p->reqs[f->req].span, &line, &col);
            fputs("    <testcase classname=\"", out); xstr(out, rl->name);
            fputs("\" name=\"", out); xstr(out, entity_of(f));
            fputs("\" file=\"", out); xstr(out, file_of(in, p->reqs[f->req].span));
            fprintf(out, "\" line=\"%u\">\n", line);
            jkind k = group_kind(in, g + i, len);
            const char *type = k == K_FAIL ? "must" : is_warning(in, f) ? "should" : f->verdict == VM_WAIVED ? "waived" : "unknown";
            if (k == K_FAIL)
                for (uint32_t j = 0; j < len; j++) if (is_violation(in, g[i + j]) || g[i + j]->verdict == VM_UNKNOWN) { f = g[i + j]; break; }
            if (k == K_FAIL && f->verdict == VM_UNKNOWN) type = "unknown";
            fprintf(out, "      <%s type=\"%s\" message=\"", k == K_FAIL ? "failure" : "skipped", type);
            const wv_waiver *w = waiver_of(in, f);
            if (w) {   /* the skip's reason is the waiver; the finding goes in the body */
                char text[2048];
                waiver_text(in, w, text, sizeof text);
                xstr(out, "waived: "); xstr(out, text);
            } else xstr(out, f->message);
            bool body = len > 1 || k == K_FAIL || w;
            fputs(body ? "\">" : "\"/>\n", out);
            if (body) {
                for (uint32_t j = 0; j < len; j++) {
                    if (j) fputs("&#10;", out);
                    finding_line(in, g[i + j], out, xstr);
                }
                fprintf(out, "</%s>\n", k == K_FAIL ? "failure" : "skipped");
            }
            fputs("    </testcase>\n", out);
        }
        dg_line_col(in->dc, rl->span, &line, &col);
        char why[512];
        if (rp_judged_nothing(in, r, why, sizeof why)) {   /* not a pass: skipped, with the reason */
            fputs("    <testcase classname=\"", out); xstr(out, rl->name);
            fputs("\" name=\"judged nothing\" file=\"", out); xstr(out, file_of(in, rl->span));
            fprintf(out, "\" line=\"%u\">\n      <skipped type=\"nothing\" message=\"", line);
            xstr(out, "judged nothing: "); xstr(out, why);
            fputs("\"/>\n    </testcase>\n", out);
            continue;
        }
        fputs("    <testcase classname=\"", out); xstr(out, rl->name);
        fprintf(out, "\" name=\"%u check%s passed\" file=\"", c.pass, c.pass == 1 ? "" : "s");
        xstr(out, file_of(in, rl->span));
        fprintf(out, "\" line=\"%u\"/>\n", line);
    }
    quality_junit(in, out);
    if (count_unapplied(in)) {   /* not tests: notes for whoever reads the suite */
        fprintf(out, "    <system-out>expired and unused waivers (%u)", count_unapplied(in));
        for (uint32_t k = 0; k < in->waivers->n; k++) {
            if (!unapplied(in, &in->waivers->items[k])) continue;
            char text[1024];
            unapplied_line(in, &in->waivers->items[k], text, sizeof text);
            fputs("&#10;", out);
            xstr(out, text);
        }
        fputs("</system-out>\n", out);
    }
    fputs("  </testsuite>\n</testsuites>\n", out);
    free(g);
}

/* A relative file name as a URI reference: unreserved and path characters
 * kept, anything else percent-encoded. */
static void uri(FILE *out, const char *s)
{
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        if ((*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || strchr("-._~/", *c)) fputc(*c, out);
        else fprintf(out, "%%%02X", *c);
    }
}

/* {"physicalLocation": ...} for a line of a data file. */
static void sarif_location(FILE *out, const char *file, uint32_t line)
{
    fputs("{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"", out);
    uri(out, file);
    fprintf(out, "\"}, \"region\": {\"startLine\": %u}}}", line ? line : 1);
}

static const char *sarif_level(const rp_input *in, const vm_finding *f)
{
    if (f->verdict == VM_UNKNOWN) return counts_as_failure(in, f) ? "error" : "note";
    return in->prog->reqs[f->req].severity == BC_MUST ? "error" : "warning";
}

/* A result of level warning per rule that judged nothing, at the rule. */
static void nothing_sarif(const rp_input *in, FILE *out, bool *any)
{
    char why[512], msg[600];
    for (uint32_t r = 0; r < in->prog->nrules; r++) {
        if (!rp_judged_nothing(in, r, why, sizeof why)) continue;
        const bc_rule *rl = &in->prog->rules[r];
        uint32_t line, col, eline, ecol;
        dg_line_col(in->dc, rl->span, &line, &col);
        dg_line_col(in->dc, (dg_span){ rl->span.file, rl->span.end, rl->span.end }, &eline, &ecol);
        snprintf(msg, sizeof msg, "judged nothing: %s", why);
        fputs(*any ? ",\n        {" : "\n        {", out);
        fputs("\"ruleId\": ", out); jstr(out, rl->name);
        fprintf(out, ", \"ruleIndex\": %u, \"level\": \"warning\",\n         \"message\": {\"text\": ", r);
        jstr(out, msg);
        fputs("},\n         \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"", out);
        uri(out, file_of(in, rl->span));
        fprintf(out, "\"}, \"region\": {\"startLine\": %u, \"startColumn\": %u, \"endLine\": %u, \"endColumn\": %u}}}],\n",
                line, col, eline, ecol);
        fputs("         \"properties\": {\"verdict\": \"nothing\"}}", out);
        *any = true;
    }
}

/* A warning result per data-quality finding, located at the data cell. */
static void quality_sarif(const rp_input *in, FILE *out, bool *any)
{
    char msg[600];
    for (uint32_t i = 0; i < in->store->nissues; i++) {
        const st_issue *is = &in->store->issues[i];
        issue_message(in, is, msg, sizeof msg);
        fputs(*any ? ",\n        {" : "\n        {", out);
        fputs("\"ruleId\": \"data-quality\", \"level\": \"warning\",\n         \"message\": {\"text\": ", out);
        jstr(out, msg);
        fputs("},\n         \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"", out);
        uri(out, in->store->tables[is->table].source ? in->store->tables[is->table].source : "");
        fprintf(out, "\"}, \"region\": {\"startLine\": %u, \"startColumn\": %u}}}],\n", is->line ? is->line : 1, is->column ? is->column : 1);
        fprintf(out, "         \"properties\": {\"verdict\": \"data\", \"kind\": \"%s\"}}", is->kind == ST_ISSUE_DANGLING ? "dangling" : "empty");
        *any = true;
    }
}

void rp_sarif(const rp_input *in, FILE *out)
{
    const bc_program *p = in->prog;
    char date[16];
    dt_format(in->as_of, date, sizeof date);
    fputs("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n", out);
    fputs("      \"tool\": {\n        \"driver\": {\n          \"name\": \"cadre\",\n", out);
    fprintf(out, "          \"version\": \"%s\",\n          \"rules\": [", CADRE_VERSION);
    for (uint32_t r = 0; r < p->nrules; r++) {
        const bc_rule *rl = &p->rules[r];
        bool must = false;
        for (uint32_t q = rl->first_req; q < rl->first_req + rl->nreqs; q++) must |= p->reqs[q].severity == BC_MUST;
        fputs(r ? ",\n            {\"id\": " : "\n            {\"id\": ", out); jstr(out, rl->name);
        fputs(", \"shortDescription\": {\"text\": ", out); jstr(out, rl->title ? rl->title : rl->name);
        fprintf(out, "}, \"defaultConfiguration\": {\"level\": \"%s\"}}", must ? "error" : "warning");
    }
    fputs(p->nrules ? "\n          ]\n" : "]\n", out);
    fputs("        }\n      },\n      \"properties\": {\"policy\": ", out); jstr(out, p->policy_name);
    fputs(", \"as_of\": ", out); jstr(out, date);
    fputs(", \"data\": ", out); jstr(out, in->data);
    fprintf(out, ", \"strict\": %s", in->strict ? "true" : "false");
    if (in->stamp) { fputs(",\n                     \"provenance\": ", out); rp_json_stamp(out, in->stamp); }
    fputs("},\n", out);
    if (count_unapplied(in)) {   /* expired and unused waivers: notes about the run, not results */
        fputs("      \"invocations\": [{\"executionSuccessful\": true, \"toolExecutionNotifications\": [", out);
        uint32_t k = 0;
        for (uint32_t i = 0; i < in->waivers->n; i++) {
            const wv_waiver *w = &in->waivers->items[i];
            if (!unapplied(in, w)) continue;
            char text[1024];
            unapplied_line(in, w, text, sizeof text);
            fputs(k++ ? ",\n        " : "\n        ", out);
            fputs("{\"level\": \"warning\", \"descriptor\": {\"id\": \"waiver-not-applied\"}, \"message\": {\"text\": ", out);
            jstr(out, text);
            fputs("}, \"locations\": [", out);
            sarif_location(out, in->waivers->source, w->line);
            fputs("]}", out);
        }
        fputs("\n      ]}],\n", out);
    }
    fputs("      \"results\": [", out);
    for (uint32_t i = 0; i < in->res->n; i++) {
        const vm_finding *f = &in->res->items[i];
        const bc_req *q = &p->reqs[f->req];
        uint32_t line, col, eline, ecol;
        dg_line_col(in->dc, q->span, &line, &col);
        dg_line_col(in->dc, (dg_span){ q->span.file, q->span.end, q->span.end }, &eline, &ecol);
        char msg[2048];
        snprintf(msg, sizeof msg, "%s: %s%s%s%s", entity_of(f), f->message ? f->message : "",
                 f->verdict == VM_UNKNOWN && f->missing_at ? " (" : "", f->verdict == VM_UNKNOWN && f->missing_at ? f->missing_at : "",
                 f->verdict == VM_UNKNOWN && f->missing_at ? ")" : "");
        fputs(i ? ",\n        {" : "\n        {", out);
        fputs("\"ruleId\": ", out); jstr(out, p->rules[q->rule].name);
        fprintf(out, ", \"ruleIndex\": %u, \"level\": \"%s\",\n         \"message\": {\"text\": ", q->rule, sarif_level(in, f));
        jstr(out, msg);
        fputs("},\n         \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"", out);
        uri(out, file_of(in, q->span));
        fprintf(out, "\"}, \"region\": {\"startLine\": %u, \"startColumn\": %u, \"endLine\": %u, \"endColumn\": %u}}}],\n",
                line, col, eline, ecol);
        const wv_waiver *w = waiver_of(in, f);
        if (w) {
            char text[2048];
            waiver_text(in, w, text, sizeof text);
            fputs("         \"suppressions\": [{\"kind\": \"external\", \"status\": \"accepted\", \"justification\": ", out);
            jstr(out, text);
            fputs(", \"location\": ", out);
            sarif_location(out, in->waivers->source, w->line);
            fputs("}],\n", out);
        }
        fprintf(out, "         \"properties\": {\"verdict\": \"%s\", \"severity\": \"%s\", \"entity\": ",
                verdict_name(f), q->severity == BC_MUST ? "must" : "should");
        jstr(out, f->entity_id);
        if (f->table >= 0) { fputs(", \"table\": ", out); jstr(out, p->schema.tables[f->table].name); }
        if (f->measured) { fputs(", \"measured\": ", out); jstr(out, f->measured); }
        if (f->limit) { fputs(", \"limit\": ", out); jstr(out, f->limit); }
        if (f->verdict == VM_UNKNOWN) { fputs(", \"missing\": ", out); jstr(out, f->missing); }
        fputs("}}", out);
    }
    bool any = in->res->n > 0;
    nothing_sarif(in, out, &any);
    quality_sarif(in, out, &any);
    fputs(any ? "\n      ]\n    }\n  ]\n}\n" : "]\n    }\n  ]\n}\n", out);
}

/* A YAML double-quoted scalar. */
static void ystr(FILE *out, const char *s) { jstr(out, s ? s : ""); }

/* One more test point, skipped, listing the data-quality findings. */
static void quality_tap(const rp_input *in, FILE *out, uint32_t point)
{
    const st_store *st = in->store;
    if (!st->nissues) return;
    char loc[600], msg[600];
    fprintf(out, "ok %u - data quality # SKIP %u cell%s read as unknown (--allow-missing)\n  ---\n  findings:\n",
            point, st->nissues, st->nissues == 1 ? "" : "s");
    for (uint32_t i = 0; i < st->nissues; i++) {
        issue_where(in, &st->issues[i], loc, sizeof loc);
        issue_message(in, &st->issues[i], msg, sizeof msg);
        fputs("    - at: ", out); ystr(out, loc);
        fputs("\n      message: ", out); ystr(out, msg);
        fputc('\n', out);
    }
    fputs("  ...\n", out);
}

void rp_tap(const rp_input *in, FILE *out)
{
    const bc_program *p = in->prog;
    fprintf(out, "TAP version 13\n1..%u\n", p->nrules + (in->store->nissues ? 1 : 0));
    for (uint32_t r = 0; r < p->nrules; r++) {
        const bc_rule *rl = &p->rules[r];
        vm_count c;
        rule_counts(in, r, &c);
        uint32_t must = 0, should = 0, unk = 0, waived = 0;
        for (uint32_t i = 0; i < in->res->n; i++) {
            const vm_finding *f = &in->res->items[i];
            if (p->reqs[f->req].rule != r) continue;
            must += counts_as_failure(in, f); should += is_warning(in, f); unk += f->verdict == VM_UNKNOWN;
            waived += f->verdict == VM_WAIVED;
        }
        bool failed = must > 0;
        fprintf(out, "%s %u - %s", failed || should ? "not ok" : "ok", r + 1, rl->name);
        if (rl->title) { fputs(": ", out); one_line(out, rl->title); }
        char why[512];
        if (rp_judged_nothing(in, r, why, sizeof why)) { fprintf(out, " # SKIP judged nothing: %s\n", why); continue; }
        if (!failed && should) fprintf(out, " # TODO %u warning%s (should)", should, should == 1 ? "" : "s");
        else if (!failed && waived) fprintf(out, " # SKIP waived %u finding%s", waived, waived == 1 ? "" : "s");
        fputc('\n', out);
        if (!must && !should && !unk && !waived) continue;
        uint32_t line, col;
        dg_line_col(in->dc, rl->span, &line, &col);
        fputs("  ---\n  file: ", out); ystr(out, file_of(in, rl->span));
        fprintf(out, "\n  line: %u\n  passed: %u\n  failed: %u\n  unknown: %u\n", line, c.pass, c.fail, c.unknown);
        if (c.waived) fprintf(out, "  waived: %u\n", c.waived);
        fputs("  findings:\n", out);
        for (uint32_t i = 0; i < in->res->n; i++) {
            const vm_finding *f = &in->res->items[i];
            const bc_req *q = &p->reqs[f->req];
            if (q->rule != r) continue;
            dg_line_col(in->dc, q->span, &line, &col);
            fprintf(out, "    - severity: %s\n      verdict: %s\n      line: %u\n      entity: ",
                    q->severity == BC_MUST ? "must" : "should", verdict_name(f), line);
            ystr(out, entity_of(f));
            fputs("\n      message: ", out); ystr(out, f->message);
            if (f->verdict == VM_UNKNOWN && f->missing_at) { fputs("\n      missing_at: ", out); ystr(out, f->missing_at); }
            const wv_waiver *w = waiver_of(in, f);
            if (w) {
                char text[2048];
                waiver_text(in, w, text, sizeof text);
                fputs("\n      waiver: ", out); ystr(out, text);
            }
            fputc('\n', out);
        }
        fputs("  ...\n", out);
    }
    quality_tap(in, out, p->nrules + 1);
    if (count_unapplied(in)) {
        fprintf(out, "# expired and unused waivers (%u)\n", count_unapplied(in));
        for (uint32_t i = 0; i < in->waivers->n; i++) {
            if (!unapplied(in, &in->waivers->items[i])) continue;
            char text[1024];
            unapplied_line(in, &in->waivers->items[i], text, sizeof text);
            fputs("#   ", out);
            one_line(out, text);
            fputc('\n', out);
        }
    }
    rp_summary s = rp_summarize(in);
    char wv[32];
    waived_part(in, &s, wv, sizeof wv);
    fprintf(out, "# %u rule%s, %u check%s: %u passed, %u violation%s, %u warning%s%s, %u unknown",
            s.rules, s.rules == 1 ? "" : "s", s.checks, s.checks == 1 ? "" : "s", s.passed, s.violations, s.violations == 1 ? "" : "s",
            s.warnings, s.warnings == 1 ? "" : "s", wv, s.unknown);
    nothing_suffix(&s, out);
    fputc('\n', out);
}

/* Workflow-command escaping: data needs %, CR and LF encoded; property
 * values also ':' and ','. */
static void gh_data(FILE *out, const char *s)
{
    for (; s && *s; s++) {
        if ((unsigned char)*s >= 0x80) { s += put_utf8(out, (const unsigned char *)s) - 1; continue; }
        if (*s == '%') fputs("%25", out);
        else if (*s == '\r') fputs("%0D", out);
        else if (*s == '\n') fputs("%0A", out);
        else fputc(*s, out);
    }
}

static void gh_prop(FILE *out, const char *s)
{
    for (; s && *s; s++) {
        if (*s == ':') fputs("%3A", out);
        else if (*s == ',') fputs("%2C", out);
        else { char c[2] = { *s, 0 }; gh_data(out, c); }
    }
}

void rp_github(const rp_input *in, FILE *out)
{
    const bc_program *p = in->prog;
    for (uint32_t i = 0; i < in->res->n; i++) {
        const vm_finding *f = &in->res->items[i];
        const bc_req *q = &p->reqs[f->req];
        uint32_t line, col, eline, ecol;
        dg_line_col(in->dc, q->span, &line, &col);
        dg_line_col(in->dc, (dg_span){ q->span.file, q->span.end, q->span.end }, &eline, &ecol);
        bool err = counts_as_failure(in, f);
        const wv_waiver *w = waiver_of(in, f);
        fprintf(out, "::%s file=", err ? "error" : w ? "notice" : "warning");
        gh_prop(out, file_of(in, q->span));
        fprintf(out, ",line=%u,col=%u,endLine=%u,endColumn=%u,title=", line, col, eline, ecol);
        gh_prop(out, rule_of(in, f));
        if (f->verdict == VM_UNKNOWN) gh_prop(out, " (unknown)");
        else if (w) gh_prop(out, " (waived)");
        else if (q->severity == BC_SHOULD) gh_prop(out, " (should)");
        fputs("::", out);
        gh_data(out, entity_of(f)); gh_data(out, ": "); gh_data(out, f->message);
        if (f->verdict == VM_UNKNOWN && f->missing_at) { gh_data(out, " ("); gh_data(out, f->missing_at); gh_data(out, ")"); }
        if (w) {
            char text[2048];
            waiver_text(in, w, text, sizeof text);
            gh_data(out, " — waived: "); gh_data(out, text);
        }
        fputc('\n', out);
    }
    for (uint32_t i = 0; in->waivers && i < in->waivers->n; i++) {
        const wv_waiver *w = &in->waivers->items[i];
        if (!unapplied(in, w)) continue;
        char text[256];
        wv_describe(w, text, sizeof text);
        fputs("::warning file=", out);
        gh_prop(out, in->waivers->source);
        fprintf(out, ",line=%u,title=", w->line);
        gh_prop(out, w->status == WV_EXPIRED ? "waiver expired" : "waiver not applied");
        fputs("::", out);
        gh_data(out, w->rule); gh_data(out, " for "); gh_data(out, w->subject); gh_data(out, ": "); gh_data(out, text);
        fputc('\n', out);
    }
    char why[512];
    for (uint32_t i = 0; i < in->store->nissues; i++) {
        const st_issue *is = &in->store->issues[i];
        issue_message(in, is, why, sizeof why);
        fputs("::warning file=", out);
        gh_prop(out, in->store->tables[is->table].source);
        fprintf(out, ",line=%u,col=%u,title=data quality::", is->line, is->column);
        gh_data(out, why);
        fputc('\n', out);
    }
    for (uint32_t r = 0; r < p->nrules; r++) {
        if (!rp_judged_nothing(in, r, why, sizeof why)) continue;
        const bc_rule *rl = &p->rules[r];
        uint32_t line, col;
        dg_line_col(in->dc, rl->span, &line, &col);
        fputs("::warning file=", out);
        gh_prop(out, file_of(in, rl->span));
        fprintf(out, ",line=%u,col=%u,title=", line, col);
        gh_prop(out, rl->name);
        gh_prop(out, " (judged nothing)");
        fputs("::judged nothing: ", out);
        gh_data(out, why);
        fputc('\n', out);
    }
    rp_summary s = rp_summarize(in);
    char wv[32];
    waived_part(in, &s, wv, sizeof wv);
    fprintf(out, "%u rule%s, %u check%s: %u passed, %u violation%s, %u warning%s%s, %u unknown%s",
            s.rules, s.rules == 1 ? "" : "s", s.checks, s.checks == 1 ? "" : "s", s.passed, s.violations, s.violations == 1 ? "" : "s",
            s.warnings, s.warnings == 1 ? "" : "s", wv, s.unknown, strict_unknown(in) ? " (counted as failures: --strict)" : "");
    nothing_suffix(&s, out);
    fputc('\n', out);
}

/* The escapers, for the diagnostics reports of diagout.c. */
void rp_esc_xml(FILE *out, const char *s) { xstr(out, s); }
void rp_esc_github(FILE *out, const char *s, bool property) { if (property) gh_prop(out, s); else gh_data(out, s); }
