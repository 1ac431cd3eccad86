/* waiver.c — council waivers applied to a run's findings.
 * Owns: the waivers table read into a wv_set, its data checks (rule names
 * against the program, from <= to) with file:line:col, the matching rule
 * (rule, subject, as-of within the dates, a dated breach within the dates)
 * and each waiver's status.
 * Does not own: the table's declaration (stdlib/std.cadre), loading it
 * (store.c) or printing (cli/report.c). */
#include "waiver.h"
#include "csv.h"
#include "date.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WV_ERR_CAP 20   /* data errors shown per waivers file */

typedef struct { int32_t t, rule, subject, reason, approved_by, from, to; } wv_cols;

/* The waivers table and its columns, checked for the declared types; false
 * when the schema has no usable waivers table (an old compiled program). */
static bool find_cols(const sc_schema *schema, wv_cols *c)
{
    c->t = sc_find_table(schema, "waivers");
    if (c->t < 0) return false;
    const sc_table *tab = &schema->tables[c->t];
    static const char *const names[] = { "rule", "subject", "reason", "approved_by", "from", "to" };
    int32_t *slots[] = { &c->rule, &c->subject, &c->reason, &c->approved_by, &c->from, &c->to };
    for (int i = 0; i < 6; i++) {
        *slots[i] = sc_find_column(tab, names[i]);
        if (*slots[i] < 0) return false;
        sc_type want = i < 4 ? SC_TEXT : SC_DATE;
        if (tab->cols[*slots[i]].type != want) return false;
    }
    return true;
}

void wv_load(wv_set *ws, const st_store *st)
{
    const sc_schema *schema = st->schema;
    memset(ws, 0, sizeof *ws);
    if (!schema) return;
    wv_cols c;
    if (!find_cols(schema, &c)) return;
    const st_table *tab = &st->tables[c.t];
    ws->source = tab->source ? tab->source : schema->tables[c.t].file;
    if (tab->nrows == 0) return;
    ws->items = calloc(tab->nrows, sizeof *ws->items);
    if (!ws->items) abort();
    for (uint32_t r = 0; r < tab->nrows; r++) {
        if (tab->deleted && tab->deleted[r]) continue;   /* dropped by a what-if edit */
        wv_waiver *w = &ws->items[ws->n++];
        w->row = (int32_t)r;
        w->line = tab->src_line ? tab->src_line[r] : 0;
        w->rule = tab->cols[c.rule].text[r];
        w->subject = tab->cols[c.subject].text[r];
        w->reason = tab->cols[c.reason].text[r];
        w->approved_by = tab->cols[c.approved_by].text[r];
        w->from = tab->cols[c.from].i32[r];
        w->to = tab->cols[c.to].i32[r];
        w->status = WV_UNUSED;
        w->breach_from = w->breach_to = DT_MISSING;
    }
}

void wv_free(wv_set *ws)
{
    free(ws->items);
    memset(ws, 0, sizeof *ws);
}

/* ---- data checks ---------------------------------------------------------- */

/* The column where a cell starts, for file:line:col. The store keeps lines,
 * not columns, so the source file is read again (only on this error path);
 * 0 (no column) when it is not a CSV file we can read. */
static uint32_t cell_column(const char *path, uint32_t line, const char *column)
{
    FILE *f = path ? fopen(path, "rb") : NULL;
    if (!f) return 0;
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    if (!buf) abort();
    for (size_t got; (got = fread(buf + len, 1, cap - len, f)) > 0;) {
        len += got;
        if (len == cap) { cap *= 2; buf = realloc(buf, cap); if (!buf) abort(); }
    }
    fclose(f);
    csv_reader r;
    csv_open(&r, buf, len);
    uint32_t col = 0;
    int32_t idx = -1;
    if (csv_next(&r) == 1)
        for (uint32_t i = 0; i < r.nfields; i++)
            if (r.fields[i].len == strlen(column) && !memcmp(r.fields[i].text, column, r.fields[i].len)) idx = (int32_t)i;
    while (idx >= 0 && csv_next(&r) == 1)
        if (r.record_line == line) { if ((uint32_t)idx < r.nfields) col = r.fields[idx].col; break; }
    csv_close(&r);
    free(buf);
    return col;
}

static bool has_rule(const bc_program *p, const char *name)
{
    for (uint32_t r = 0; r < p->nrules; r++)
        if (!strcmp(p->rules[r].name, name)) return true;
    return false;
}

bool wv_check(const wv_set *ws, const bc_program *const *progs, uint32_t nprogs, dg_context *dc)
{
    bool ok = true;
    uint32_t nerrors = 0;
    for (uint32_t i = 0; i < ws->n; i++) {
        const wv_waiver *w = &ws->items[i];
        if (nerrors >= WV_ERR_CAP) {   /* a wrong file, not a few typos: enough said */
            dg_report(dc, DG_NOTE, (dg_span){0, 0, 0}, "E-data", "too many errors in %s; the rest are not shown", ws->source);
            return false;
        }
        if (!w->rule) continue;   /* a required column: only a what-if edit empties it */
        bool known = false;
        for (uint32_t k = 0; k < nprogs && !known; k++) known = has_rule(progs[k], w->rule);
        if (!known) {
            uint32_t total = 0;
            for (uint32_t k = 0; k < nprogs; k++) total += progs[k]->nrules;
            const char **names = malloc((total + 1) * sizeof *names);
            if (!names) abort();
            uint32_t n = 0;
            for (uint32_t k = 0; k < nprogs; k++)
                for (uint32_t r = 0; r < progs[k]->nrules; r++) names[n++] = progs[k]->rules[r].name;
            const char *best = dg_closest(w->rule, names, n);
            dg_diag *d = dg_report_data(dc, ws->source, w->line, cell_column(ws->source, w->line, "rule"), "E-data",
                                        "waiver for rule '%s', which the policy does not have", w->rule);
            if (d && best) dg_hint(d, "did you mean '%s'?", best);
            else if (d && n) {   /* a few of the names, as reports print them */
                char list[512];
                size_t used = 0;
                for (uint32_t k = 0; k < n && k < 5 && used < sizeof list; k++)
                    used += (size_t)snprintf(list + used, sizeof list - used, "%s%s", k ? ", " : "", names[k]);
                dg_hint(d, "rules are named as reports print them: %s%s", list, n > 5 ? ", ..." : "");
            }
            free(names);
            ok = false;
            nerrors++;
        }
        if (w->to != DT_MISSING && w->to < w->from) {
            char a[16], b[16];
            dt_format(w->from, a, sizeof a);
            dt_format(w->to, b, sizeof b);
            dg_report_data(dc, ws->source, w->line, cell_column(ws->source, w->line, "to"), "E-data",
                           "waiver ends (%s) before it starts (%s)", b, a);
            ok = false;
            nerrors++;
        }
    }
    return ok;
}

/* ---- matching ------------------------------------------------------------- */

static bool within(const wv_waiver *w, int32_t day) { return day >= w->from && (w->to == DT_MISSING || day <= w->to); }

static bool subject_known(const sc_schema *schema, const st_store *st, const char *subject)
{
    for (uint32_t t = 0; t < schema->ntables; t++) {
        const sc_table *tab = &schema->tables[t];
        if (tab->key_col < 0 || tab->cols[tab->key_col].type != SC_TEXT) continue;
        const st_table *stt = &st->tables[t];
        for (uint32_t r = 0; r < stt->nrows; r++) {
            const char *k = stt->cols[tab->key_col].text[r];
            if (k && !strcmp(k, subject)) return true;
        }
    }
    return false;
}

void wv_apply(wv_set *ws, const bc_program *p, const st_store *st, int32_t as_of, vm_results *res)
{
    for (uint32_t i = 0; i < ws->n; i++) {
        ws->items[i].used = 0;
        ws->items[i].breach_from = ws->items[i].breach_to = DT_MISSING;
    }
    for (uint32_t k = 0; k < res->n; k++) {
        vm_finding *f = &res->items[k];
        if (f->verdict == VM_WAIVED && f->waiver >= 0 && (uint32_t)f->waiver < ws->n) ws->items[f->waiver].used++;
        if (f->verdict != VM_FAIL || !f->entity_id) continue;
        const char *rule = p->rules[p->reqs[f->req].rule].name;
        for (uint32_t i = 0; i < ws->n; i++) {
            wv_waiver *w = &ws->items[i];
            if (!w->rule || !w->subject || strcmp(w->rule, rule) || strcmp(w->subject, f->entity_id)) continue;
            if (!within(w, as_of)) continue;
            bool dated = f->breach_from != DT_MISSING;
            if (dated && !(within(w, f->breach_from) && within(w, f->breach_to))) {
                /* never hide a breach outside the waiver's dates */
                if (w->breach_from == DT_MISSING) { w->breach_from = f->breach_from; w->breach_to = f->breach_to; }
                continue;
            }
            f->verdict = VM_WAIVED;
            f->waiver = (int32_t)i;
            res->per_req[f->req].fail--;
            res->per_req[f->req].waived++;
            w->used++;
            break;
        }
    }
    for (uint32_t i = 0; i < ws->n; i++) {
        wv_waiver *w = &ws->items[i];
        if (w->used) w->status = WV_USED;
        else if (w->to != DT_MISSING && w->to < as_of) w->status = WV_EXPIRED;
        else if (w->from > as_of) w->status = WV_NOT_YET;
        else if (w->breach_from != DT_MISSING) w->status = WV_OUTSIDE;
        else {
            w->status = WV_UNUSED;
            w->subject_known = w->subject && subject_known(st->schema, st, w->subject);
        }
    }
}

void wv_describe(const wv_waiver *w, char *buf, size_t cap)
{
    char a[16], b[16] = "no end date", c[16], d[16];
    dt_format(w->from, a, sizeof a);
    if (w->to != DT_MISSING) dt_format(w->to, b, sizeof b);
    switch (w->status) {
    case WV_USED: snprintf(buf, cap, "waived %u finding%s", w->used, w->used == 1 ? "" : "s"); break;
    case WV_EXPIRED: snprintf(buf, cap, "expired on %s", b); break;
    case WV_NOT_YET: snprintf(buf, cap, "not in force until %s", a); break;
    case WV_OUTSIDE:
        dt_format(w->breach_from, c, sizeof c);
        dt_format(w->breach_to, d, sizeof d);
        snprintf(buf, cap, "the breach %s to %s lies outside its dates (%s to %s), so it is not waived", c, d, a, b);
        break;
    case WV_UNUSED:
        if (w->subject_known) snprintf(buf, cap, "matched no failed finding");
        else snprintf(buf, cap, "matched no failed finding: no row has the key '%s'", w->subject ? w->subject : "");
        break;
    }
}

void wv_justification(const wv_set *ws, const wv_waiver *w, char *buf, size_t cap)
{
    char a[16], b[16], dates[48];
    dt_format(w->from, a, sizeof a);
    if (w->to != DT_MISSING) { dt_format(w->to, b, sizeof b); snprintf(dates, sizeof dates, "%s to %s", a, b); }
    else snprintf(dates, sizeof dates, "from %s, no end date", a);
    snprintf(buf, cap, "%s (approved by %s, %s; %s:%u)", w->reason ? w->reason : "", w->approved_by ? w->approved_by : "?",
             dates, ws->source ? ws->source : "waivers", w->line);
}
