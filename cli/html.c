/* html.c — writes the audit report as one HTML page (see html.h).
 * Owns: the page layout and wording, the three charts (caseloads against
 * the cap per team, breaches by rule and team, group supervision per pod),
 * which team a finding belongs to, and the print and accessibility rules:
 * headings in order, real tables, a word and a symbol beside every colour.
 * Does not own: verdicts or evidence (runtime/vm.c) — the charts' passing
 * values come from a second run of the same program in explain mode. */
#include "html.h"
#include "../runtime/date.h"
#include "../runtime/utf8.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- escaping and small helpers ------------------------------------------ */

static void h(FILE *out, const char *s)
{
    for (const unsigned char *c = (const unsigned char *)(s ? s : ""); *c; c++) {
        switch (*c) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&#39;", out); break;
        default:
            if (*c >= 0x80) {   /* valid UTF-8 as is, other bytes as U+FFFD: the page stays UTF-8 */
                size_t k = u8_seq(c, strnlen((const char *)c, 4));
                if (k) { fwrite(c, 1, k, out); c += k - 1; } else fputs(U8_REPLACEMENT, out);
            } else if (*c >= 0x20 || *c == '\n' || *c == '\t') fputc(*c, out);
        }
    }
}

/* An id attribute value: letters, digits, '-', '_' and '.' kept. */
static void hid(FILE *out, const char *s)
{
    for (; *s; s++) fputc((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '-' || *s == '_' || *s == '.' ? *s : '-', out);
}

static void date_long(FILE *out, int32_t d)
{
    static const char *const months[] = { "January", "February", "March", "April", "May", "June", "July",
                                          "August", "September", "October", "November", "December" };
    int32_t y, m, day;
    dt_to_civil(d, &y, &m, &day);
    if (m >= 1 && m <= 12) fprintf(out, "%d %s %d", (int)day, months[m - 1], (int)y);
}

static const char *plural(uint32_t n, const char *one, const char *many) { return n == 1 ? one : many; }

static bool is_must(const rp_input *in, const vm_finding *f) { return in->prog->reqs[f->req].severity == BC_MUST; }

/* Verdict classes: the CSS class, the symbol and the word (never colour alone). */
typedef enum { V_VIOLATION, V_WARNING, V_UNKNOWN, V_PASS, V_WAIVED, V__COUNT } vkind;
static const char *const vclass[] = { "violation", "warning", "unknown", "pass", "waived" };
static const char *const vsym[] = { "\u2715", "!", "?", "\u2713", "\u2298" };
static const char *const vword[] = { "Violation", "Warning", "Unknown", "Passed", "Waived" };

static vkind kind_of(const rp_input *in, const vm_finding *f)
{
    if (f->verdict == VM_UNKNOWN) return V_UNKNOWN;
    if (f->verdict == VM_PASS) return V_PASS;
    if (f->verdict == VM_WAIVED) return V_WAIVED;
    return is_must(in, f) ? V_VIOLATION : V_WARNING;
}

static void badge(FILE *out, vkind k, const char *text)
{
    fprintf(out, "<span class=\"badge %s\"><span aria-hidden=\"true\">%s</span> ", vclass[k], vsym[k]);
    h(out, text ? text : vword[k]);
    fputs("</span>", out);
}

/* ---- teams -------------------------------------------------------------------- */

typedef struct {
    const rp_input *in;
    int32_t teams, staff, pods, supervisions;   /* table indexes, -1 when absent */
} model;

static int32_t ref_cell(const st_store *st, int32_t t, int32_t row, int32_t col)
{
    if (t < 0 || col < 0 || row < 0 || (uint32_t)row >= st->tables[t].nrows) return -1;
    return st->tables[t].cols[col].i32[row];
}

static int32_t col_of(const model *m, int32_t t, const char *name)
{
    return t < 0 ? -1 : sc_find_column(&m->in->prog->schema.tables[t], name);
}

/* The team a row belongs to: itself for a team, else its `team`, else
 * through its first reference that leads to one (a worker's pod, a case's
 * worker, a role change's member of staff). -1: no team. */
static int32_t team_of(const model *m, int32_t t, int32_t row, int depth)
{
    const sc_schema *s = &m->in->prog->schema;
    if (t < 0 || row < 0 || m->teams < 0 || depth > 3) return -1;
    if (t == m->teams) return row;
    const sc_table *tb = &s->tables[t];
    int32_t tc = sc_find_column(tb, "team");
    if (tc >= 0 && tb->cols[tc].type == SC_REF && tb->cols[tc].ref_table == m->teams) {
        int32_t r = ref_cell(m->in->store, t, row, tc);
        if (r >= 0) return r;
    }
    for (uint32_t c = 0; c < tb->ncols; c++) {
        if (tb->cols[c].type != SC_REF || (int32_t)c == tc || tb->cols[c].ref_table == t) continue;
        int32_t r = ref_cell(m->in->store, t, row, (int32_t)c);
        int32_t team = r >= 0 ? team_of(m, tb->cols[c].ref_table, r, depth + 1) : -1;
        if (team >= 0) return team;
    }
    return -1;
}

static const char *text_cell(const model *m, int32_t t, int32_t row, const char *col)
{
    int32_t c = col_of(m, t, col);
    if (c < 0 || row < 0 || m->in->prog->schema.tables[t].cols[c].type != SC_TEXT) return NULL;
    return m->in->store->tables[t].cols[c].text[row];
}

static void team_name(FILE *out, const model *m, int32_t team)
{
    if (team < 0) { fputs("No team", out); return; }
    const char *name = text_cell(m, m->teams, team, "name");
    h(out, name ? name : text_cell(m, m->teams, team, "id"));
}

/* ---- styles and script ------------------------------------------------------------ */

static const char *const css =
    ":root{--ink:#1d2433;--muted:#5b6475;--line:#d8dce3;--bg:#f6f7f9;--card:#fff;--accent:#23408e;"
    "--fail:#b42318;--fail-bg:#fde8e6;--warn:#8a5a00;--warn-bg:#fff3d6;--unk:#4b5563;--unk-bg:#eceef2;--pass:#1c6b3a;--pass-bg:#e3f4e8}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0;font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif;color:var(--ink);background:var(--bg)}\n"
    ".wrap{max-width:1120px;margin:0 auto;padding:0 24px}\n"
    "header.top{background:#1f2a44;color:#fff;padding:28px 0 22px}\n"
    "header.top .kicker{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:.78rem;color:#c9d3ea}\n"
    "header.top h1{margin:.15em 0 .2em;font-size:2rem;line-height:1.2}\n"
    "header.top .meta{margin:0;color:#dfe5f3}\n"
    "header.top code{color:#fff}\n"
    "nav.toc{background:#fff;border-bottom:1px solid var(--line)}\n"
    "nav.toc ul{list-style:none;margin:0;padding:10px 0;display:flex;flex-wrap:wrap;gap:6px 22px;font-size:.92rem}\n"
    "nav.toc a{color:var(--accent);text-decoration:none}nav.toc a:hover{text-decoration:underline}\n"
    "main section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:20px 24px;margin:22px 0}\n"
    "h2{font-size:1.4rem;margin:0 0 .6em}h3{font-size:1.1rem;margin:1.4em 0 .4em}h4{font-size:1rem;margin:1em 0 .3em}\n"
    "p{margin:.4em 0 .8em}.muted{color:var(--muted)}code{font:0.9em/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}\n"
    ".cards{list-style:none;padding:0;margin:0 0 12px;display:grid;grid-template-columns:repeat(auto-fit,minmax(124px,1fr));gap:12px}\n"
    ".card{border:1px solid var(--line);border-left:6px solid var(--line);border-radius:8px;padding:10px 14px;background:#fff}\n"
    ".card .num{display:block;font-size:1.9rem;font-weight:700;line-height:1.1}\n"
    ".card .lbl{font-size:.88rem;color:var(--muted)}\n"
    ".card.violation{border-left-color:var(--fail)}.card.violation .num{color:var(--fail)}\n"
    ".card.warning{border-left-color:#d29a00}.card.warning .num{color:var(--warn)}\n"
    ".card.unknown{border-left-color:#8a93a3}.card.unknown .num{color:var(--unk)}\n"
    ".card.pass{border-left-color:#2f9a57}.card.pass .num{color:var(--pass)}.card.waived{border-left-color:#7f98bf}.card.waived .num{color:#34507a}\n"
    ".lede{font-size:1.08rem;max-width:62em}\n"
    ".badge{display:inline-block;border-radius:999px;padding:1px 9px;font-size:.82rem;font-weight:600;white-space:nowrap}\n"
    ".badge.violation{background:var(--fail-bg);color:var(--fail)}.badge.warning{background:var(--warn-bg);color:var(--warn)}\n"
    ".badge.unknown{background:var(--unk-bg);color:var(--unk)}.badge.waived{background:#e6ecf5;color:#34507a}.badge.pass{background:var(--pass-bg);color:var(--pass)}\n"
    "table{border-collapse:collapse;width:100%;font-size:.92rem}\n"
    "caption{text-align:left;font-weight:600;padding:0 0 6px;color:var(--muted);font-size:.88rem}\n"
    "th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}\n"
    "thead th{background:#eef1f6;font-weight:600;white-space:nowrap}\n"
    "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\n"
    "th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}\n"
    "th button::after{content:\" \\2195\";color:#8a93a3;font-size:.8em}\n"
    "th[aria-sort=ascending] button::after{content:\" \\2191\";color:var(--ink)}th[aria-sort=descending] button::after{content:\" \\2193\";color:var(--ink)}\n"
    ".scroll{overflow-x:auto;margin:0 0 10px}\n"
    "#findings-table td small{display:block;color:var(--muted);font-size:.78rem}table.sortable td.who{min-width:9em}table.sortable td.ev{min-width:16em}\n"
    "#findings-table td:nth-child(2){min-width:12em;max-width:17em;overflow-wrap:anywhere}#findings-table td.num{max-width:7em}\n"
    ".heat th a,.attention a{color:var(--ink);text-decoration:none;font-weight:600}.heat th a:hover,.attention a:hover{text-decoration:underline}\n"
    ".attention{margin:.2em 0 1em;padding:0;list-style:none}.attention li{margin:.35em 0;padding-left:0}.attention .who{color:var(--muted)}\n"
    ".heat tbody th,.heat thead th:first-child{position:sticky;left:0;background:#fff;z-index:1}.heat thead th:first-child{background:#eef1f6}\n"
    ".heat thead th{white-space:normal;min-width:6em}.heat thead th.num{text-align:center}.heat tbody th{min-width:14em}\n"
    ".heat th small{display:block;font-weight:400;color:var(--muted);font-size:.78rem}\n"
    ".heat td.cell{text-align:center;font-variant-numeric:tabular-nums;min-width:4.2em}\n"
    ".heat td.zero{color:#9aa2b1}.heat .unk{display:block;font-size:.78rem;color:var(--unk);font-style:italic}\n"
    ".controls{display:flex;flex-wrap:wrap;gap:10px 18px;align-items:end;margin:0 0 10px}\n"
    ".controls label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted)}\n"
    ".controls input,.controls select{font:inherit;padding:5px 8px;border:1px solid #aab2c0;border-radius:6px;min-width:16em}\n"
    ".controls select{min-width:10em}\n"
    "tr.violation td:first-child{box-shadow:inset 4px 0 var(--fail)}tr.warning td:first-child{box-shadow:inset 4px 0 #d29a00}\n"
    "tr.unknown td:first-child{box-shadow:inset 4px 0 #8a93a3}tr.waived td:first-child{box-shadow:inset 4px 0 #7f98bf}\n"
    "article.rule{border-top:1px solid var(--line);padding:14px 0 6px}article.rule:first-of-type{border-top:0}\n"
    "article.rule h3{margin:0 0 .3em;display:flex;flex-wrap:wrap;gap:6px 12px;align-items:baseline}\n"
    "article.rule h3 code{font-size:.95rem;color:var(--muted);font-weight:500}\n"
    ".plain{font-size:1.05rem;border-left:4px solid var(--accent);padding:4px 0 4px 14px;margin:.5em 0;max-width:60em}\n"
    ".counts{display:flex;flex-wrap:wrap;gap:6px 10px;margin:.5em 0;padding:0;list-style:none}\n"
    "pre.src{background:#f3f4f7;border:1px solid var(--line);border-radius:6px;padding:8px 10px;overflow-x:auto;font-size:.84rem;margin:.4em 0}\n"
    "pre.src .ln{color:#8a93a3;user-select:none}\n"
    "table.rule-findings{margin:.4em 0 .6em}\n"
    "figure{margin:10px 0 18px}figcaption{font-size:.88rem;color:var(--muted);margin-top:4px;max-width:60em}\n"
    "svg{max-width:100%;height:auto;font-family:inherit}\n"
    "svg text{fill:var(--ink);font-size:12px}svg .axis{stroke:#c4c9d3;stroke-width:1}svg .grid{stroke:#eceff3}\n"
    "svg .dot{fill:#3b6fb6;fill-opacity:.72;stroke:#fff;stroke-width:1}svg .breach{fill:var(--fail);stroke:#fff;stroke-width:1}\n"
    "svg .unknown-mark{fill:#fff;stroke:#6b7280;stroke-width:1.5;stroke-dasharray:2 2}\n"
    "svg .cap{stroke:var(--fail);stroke-width:2;stroke-dasharray:6 4}svg .asof{stroke:var(--ink);stroke-width:1.5;stroke-dasharray:3 3}svg .mean{stroke:var(--ink);stroke-width:2}svg .mean.over{stroke:var(--fail);stroke-width:3}svg .avgcap{stroke:var(--ink);stroke-width:1.5;stroke-dasharray:2 3}\n"
    "svg .session{fill:#3b6fb6}svg .gap{fill:url(#hatch);stroke:var(--fail);stroke-width:1}svg .track{stroke:#c4c9d3;stroke-width:1}\n"
    "svg .seg-pass{fill:#6fbf8a}svg .seg-violation{fill:var(--fail)}svg .seg-warning{fill:#e0a526}svg .seg-unknown{fill:url(#unk);stroke:#6b7280;stroke-width:1}svg .seg-waived{fill:#9fb3d1}svg .seg-none{fill:#f3f4f7;stroke:#d8dce3}\n"
    "svg .lbl-fail{fill:var(--fail);font-weight:600}svg .lbl-muted{fill:var(--muted)}\n"
    ".legend{display:flex;flex-wrap:wrap;gap:4px 18px;font-size:.85rem;color:var(--muted);margin:2px 0 6px;padding:0;list-style:none}\n"
    ".legend svg{vertical-align:middle;margin-right:4px}\n"
    "dl.stamp{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0 0 12px}dl.stamp dt{color:var(--muted)}dl.stamp dd{margin:0}\n"
    "td.sha,dd.sha{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.8rem;word-break:break-all}\n"
    "footer{color:var(--muted);font-size:.85rem;padding:6px 0 30px}\n"
    ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}\n"
    "@media print{@page{size:A4;margin:14mm 12mm}body{background:#fff;font-size:10.5pt}.wrap{max-width:none;padding:0}"
    "header.top{background:#fff;color:var(--ink);border-bottom:2px solid var(--ink);padding:0 0 8px}header.top .kicker,header.top .meta,header.top code{color:var(--ink)}"
    "nav.toc,.controls,.noprint{display:none}main section{border:0;padding:0;margin:0 0 14px;break-inside:auto}"
    "h2,h3{break-after:avoid}tr,figure,article.rule{break-inside:avoid}thead{display:table-header-group}"
    "th button::after{content:\"\"}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
    ".scroll{overflow:visible}table{font-size:8.5pt}th,td{padding:3px 5px}a{color:inherit;text-decoration:none}"
    ".cards{grid-template-columns:repeat(auto-fit,minmax(80px,1fr));gap:6px}.card{padding:4px 8px}.card .num{font-size:15pt}.card .lbl{font-size:8pt}"
    "table.sortable td.ev,table.sortable td.who{min-width:0}.lede{font-size:10.5pt}"
    "thead th{white-space:normal}.heat td.cell{min-width:0}svg.chart{width:100%}#findings-table td:nth-child(2){min-width:8.5em}#findings-table td small{display:none}table.sortable td.ev{overflow-wrap:anywhere}.badge{padding:0 5px}}\n";

/* Sorting (click a column header) and filtering (text and verdict) of the
 * findings table; nothing else on the page needs a script. */
static const char *const script =
    "(function(){\n"
    "  var each=function(list,f){Array.prototype.forEach.call(list,f);};\n"
    "  each(document.querySelectorAll('table.sortable'),function(table){\n"
    "    var body=table.tBodies[0],heads=table.tHead.rows[0].cells;\n"
    "    each(heads,function(th,i){var b=th.querySelector('button');if(!b)return;\n"
    "      b.addEventListener('click',function(){var asc=th.getAttribute('aria-sort')!=='ascending';\n"
    "        each(heads,function(o){o.removeAttribute('aria-sort');});th.setAttribute('aria-sort',asc?'ascending':'descending');\n"
    "        var rows=Array.prototype.slice.call(body.rows);\n"
    "        rows.sort(function(a,b){var x=a.cells[i].getAttribute('data-sort')||a.cells[i].textContent,y=b.cells[i].getAttribute('data-sort')||b.cells[i].textContent;\n"
    "          var nx=parseFloat(x),ny=parseFloat(y),c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);return asc?c:-c;});\n"
    "        rows.forEach(function(r){body.appendChild(r);});});});});\n"
    "  var table=document.getElementById('findings-table');if(!table)return;\n"
    "  var rows=Array.prototype.slice.call(table.tBodies[0].rows);\n"
    "  var q=document.getElementById('filter-text'),v=document.getElementById('filter-verdict'),n=document.getElementById('filter-count');\n"
    "  function apply(){var t=q.value.trim().toLowerCase(),k=v.value,shown=0;\n"
    "    rows.forEach(function(r){var ok=(!k||r.getAttribute('data-verdict')===k)&&(!t||r.textContent.toLowerCase().indexOf(t)>=0);\n"
    "      r.hidden=!ok;if(ok)shown++;});\n"
    "    n.textContent='Showing '+shown+' of '+rows.length+(rows.length===1?' finding':' findings');}\n"
    "  q.addEventListener('input',apply);v.addEventListener('change',apply);\n"
    "  apply();\n"
    "})();\n";

/* ---- the explain run: every verdict with its evidence, passes included ---- */

typedef struct {
    vm_results all;        /* explain-mode results, or empty when the run failed */
    bool ok;
} evidence;

static void evidence_run(const rp_input *in, evidence *ev)
{
    memset(ev, 0, sizeof *ev);
    dg_context dc;
    dg_init(&dc);
    vm_options vo = { .as_of = in->as_of, .explain = true };
    ev->ok = vm_run(in->prog, in->store, &vo, &ev->all, &dc);
    dg_free(&dc);
    if (ev->ok && in->waivers) {   /* a waived breach is drawn as waived, as the report counts it */
        wv_set ws;
        wv_load(&ws, in->store);
        wv_apply(&ws, in->prog, in->store, in->as_of, &ev->all);
        wv_free(&ws);
    }
}

static double number_of(const char *s, bool *ok)
{
    char *end;
    double d = s ? strtod(s, &end) : 0;
    *ok = s && end != s;
    return d;
}

/* ---- chart: caseloads against the cap ------------------------------------- */

static bool is_caseload_rule(const model *m, uint32_t r)
{
    const bc_program *p = m->in->prog;
    const bc_rule *rl = &p->rules[r];
    if (rl->table < 0 || rl->table != m->staff || rl->nreqs != 1) return false;
    const char *ms = p->reqs[rl->first_req].measure;
    return ms && (strstr(ms, "open cases") || strstr(ms, "open_cases"));
}

typedef struct { double v; int32_t team, row; vkind k; const vm_finding *f; } point;

/* The team-average cap of the same caseload block (caseload.NAME on teams,
 * measuring "average open cases"), or -1. */
static int32_t average_rule(const model *m, uint32_t cap_rule)
{
    const bc_program *p = m->in->prog;
    if (strncmp(p->rules[cap_rule].name, "caseload.", 9)) return -1;
    for (uint32_t r = 0; r < p->nrules; r++) {
        const bc_rule *rl = &p->rules[r];
        const char *ms = rl->nreqs == 1 ? p->reqs[rl->first_req].measure : NULL;
        if (rl->table >= 0 && rl->table == m->teams && ms && strstr(ms, "average open cases") && !strncmp(rl->name, "caseload.", 9))
            return (int32_t)r;
    }
    return -1;
}

/* The average rule's finding per team row (explain mode has one per team
 * judged), NULL where none; the caller frees the array. */
static const vm_finding **averages_by_team(const model *m, const evidence *ev, int32_t avg_rule)
{
    uint32_t nteams = m->teams >= 0 ? m->in->store->tables[m->teams].nrows : 0;
    const vm_finding **by = calloc(nteams + 1, sizeof *by);
    if (!by) abort();
    for (uint32_t i = 0; avg_rule >= 0 && i < ev->all.n; i++) {
        const vm_finding *f = &ev->all.items[i];
        if ((int32_t)m->in->prog->reqs[f->req].rule == avg_rule && f->table == m->teams && f->row >= 0 && (uint32_t)f->row < nteams) by[f->row] = f;
    }
    return by;
}

static int by_team_value(const void *a, const void *b)
{
    const point *x = a, *y = b;
    if (x->team != y->team) return x->team < y->team ? -1 : 1;
    if (x->v != y->v) return x->v < y->v ? -1 : 1;
    return x->row < y->row ? -1 : x->row > y->row;
}

static void legend_caseload(FILE *out, bool avgcap)
{
    fputs("<ul class=\"legend\">"
          "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><circle class=\"dot\" cx=\"7\" cy=\"7\" r=\"5\"/></svg>within the cap</li>"
          "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><path class=\"breach\" d=\"M7 1 L13 7 L7 13 L1 7 Z\"/></svg>above the cap (named)</li>"
          "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><circle class=\"unknown-mark\" cx=\"7\" cy=\"7\" r=\"5\"/></svg>cannot be judged (data missing)</li>"
          "<li><svg width=\"24\" height=\"14\" aria-hidden=\"true\"><line class=\"cap\" x1=\"12\" y1=\"0\" x2=\"12\" y2=\"14\"/></svg>the cap</li>"
          "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><line class=\"mean\" x1=\"7\" y1=\"1\" x2=\"7\" y2=\"13\"/></svg>team average</li>", out);
    if (avgcap) fputs("<li><svg width=\"24\" height=\"14\" aria-hidden=\"true\"><line class=\"avgcap\" x1=\"12\" y1=\"0\" x2=\"12\" y2=\"14\"/></svg>team-average cap</li>", out);
    fputs("</ul>\n", out);
}

static void chart_caseload(FILE *out, const model *m, const evidence *ev, uint32_t r)
{
    const bc_program *p = m->in->prog;
    const bc_rule *rl = &p->rules[r];
    point *pts = calloc(ev->all.n + 1, sizeof *pts);
    if (!pts) abort();
    uint32_t n = 0, nfail = 0, nunk = 0;
    double cap = NAN, vmax = 0;
    for (uint32_t i = 0; i < ev->all.n; i++) {
        const vm_finding *f = &ev->all.items[i];
        if (p->reqs[f->req].rule != r || f->table != m->staff) continue;
        bool okv, okl;
        double v = number_of(f->measured, &okv), l = number_of(f->limit, &okl);
        if (okl) cap = l;
        point *pt = &pts[n++];
        pt->v = okv ? v : 0;
        pt->team = team_of(m, f->table, f->row, 0);
        pt->row = f->row;
        pt->k = kind_of(m->in, f);
        pt->f = f;
        if (pt->k == V_UNKNOWN || !okv) { pt->k = V_UNKNOWN; nunk++; }
        else if (pt->k != V_PASS && pt->k != V_WAIVED) nfail++;
        if (okv && v > vmax) vmax = v;
    }
    if (n == 0) { free(pts); return; }
    qsort(pts, n, sizeof *pts, by_team_value);
    int32_t avg = average_rule(m, r);
    const vm_finding **avgs = averages_by_team(m, ev, avg);
    double avgcap = NAN;
    for (uint32_t i = 0; avg >= 0 && i < ev->all.n; i++) {
        const vm_finding *f = &ev->all.items[i];
        bool okl;
        double l = (int32_t)p->reqs[f->req].rule == avg ? number_of(f->limit, &okl) : 0;
        if ((int32_t)p->reqs[f->req].rule == avg && okl) { avgcap = l; break; }
    }
    uint32_t nteams = 0;
    for (uint32_t i = 0; i < n; i++) if (i == 0 || pts[i].team != pts[i - 1].team) nteams++;
    double top = (isnan(cap) ? vmax : (cap > vmax ? cap : vmax)) + 3;
    top = ceil(top / 5) * 5;
    const int W = 880, L = 210, R = 150, T = 30, RowH = 46, B = 34;
    int H = T + (int)nteams * RowH + B;
    double plot = W - L - R;
    #define X(v) (L + (v) / top * plot)
    fprintf(out, "<figure id=\"chart-caseload-");
    hid(out, rl->name);
    fprintf(out, "\">\n<svg class=\"chart caseload\" role=\"img\" aria-labelledby=\"cl-t-%u cl-d-%u\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" data-rule=\"", r, r, W, H, W, H);
    h(out, rl->name);
    fprintf(out, "\" data-points=\"%u\" data-breaches=\"%u\" data-unknown=\"%u\">\n", n, nfail, nunk);
    fprintf(out, "<title id=\"cl-t-%u\">Open cases per worker, by team, against the cap</title>\n<desc id=\"cl-d-%u\">", r, r);
    fprintf(out, "%u workers in %u team%s; %u above the cap", n, nteams, plural(nteams, "", "s"), nfail);
    if (!isnan(cap)) fprintf(out, " of %g", cap);
    fprintf(out, "; %u cannot be judged.</desc>\n", nunk);
    for (int t = 0; t <= (int)top; t += 5) {
        fprintf(out, "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>", X(t), T - 6, X(t), H - B + 4);
        fprintf(out, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"lbl-muted\">%d</text>\n", X(t), H - B + 20, t);
    }
    fprintf(out, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"lbl-muted\">open cases</text>\n", L + plot / 2, H - 2);
    uint32_t row = 0;
    for (uint32_t i = 0; i < n; row++) {
        uint32_t j = i;
        double sum = 0;
        uint32_t known = 0;
        while (j < n && pts[j].team == pts[i].team) { if (pts[j].k != V_UNKNOWN) { sum += pts[j].v; known++; } j++; }
        double y = T + row * RowH + RowH / 2.0;
        fprintf(out, "<g class=\"team\"><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">", L - 12, y - 3);
        team_name(out, m, pts[i].team);
        fprintf(out, "</text><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"lbl-muted\">%u worker%s</text>\n", L - 12, y + 12, j - i, plural(j - i, "", "s"));
        fprintf(out, "<line class=\"axis\" x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", L, y, L + plot, y);
        const vm_finding *af = pts[i].team >= 0 ? avgs[pts[i].team] : NULL;
        bool okm = false;
        double mean = af ? number_of(af->measured, &okm) : 0;
        if (!okm && known) { mean = sum / known; okm = true; }
        if (okm) {
            bool over = af && af->verdict == VM_FAIL;
            fprintf(out, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"><title>team average %g open cases%s</title></line>\n",
                    over ? "mean over" : "mean", X(mean), y - 15, X(mean), y + 15, mean, over ? ", above the team-average cap" : "");
            if (over) fprintf(out, "<text class=\"lbl-fail\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">average %g \u2715</text>\n", X(mean) - 4, y + 19, mean);
        }
        uint32_t labels = 0;
        for (uint32_t k = i; k < j; k++) {
            const point *pt = &pts[k];
            /* equal values are spread over five lanes so each worker stays visible */
            double dy = ((int)((k - i) % 5) - 2) * 4.0;
            fputs("<g>", out);
            if (pt->k == V_UNKNOWN)
                fprintf(out, "<circle class=\"unknown-mark\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\"/>", X(0) - 14, y + dy);
            else if (pt->k == V_PASS || pt->k == V_WAIVED)
                fprintf(out, "<circle class=\"dot\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\"/>", X(pt->v), y + dy);
            else {
                double x = X(pt->v);
                fprintf(out, "<path class=\"breach\" d=\"M%.1f %.1f L%.1f %.1f L%.1f %.1f L%.1f %.1f Z\"/>", x, y - 8, x + 8, y, x, y + 8, x - 8, y);
                const char *nm = text_cell(m, m->staff, pt->row, "name");
                fprintf(out, "<text class=\"lbl-fail\" x=\"%.1f\" y=\"%.1f\">", x + 11, y + (labels++ % 2 ? 16 : -6));
                h(out, nm ? nm : pt->f->entity_id);
                fprintf(out, " (%g)</text>", pt->v);
            }
            fputs("<title>", out);
            h(out, pt->f->entity);
            if (pt->k == V_UNKNOWN) { fputs(": cannot judge — ", out); h(out, pt->f->missing ? pt->f->missing : "a value"); fputs(" is missing", out); }
            else fprintf(out, ": %g open cases", pt->v);
            fputs("</title></g>\n", out);
        }
        fputs("</g>\n", out);
        i = j;
    }
    if (!isnan(avgcap)) {
        fprintf(out, "<line class=\"avgcap\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>", X(avgcap), T - 8, X(avgcap), H - B + 4);
        fprintf(out, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"end\" class=\"lbl-muted\">team average cap %g</text>\n", X(avgcap) - 4, T - 12, avgcap);
    }
    if (!isnan(cap)) {
        fprintf(out, "<line class=\"cap\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>", X(cap), T - 8, X(cap), H - B + 4);
        fprintf(out, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"lbl-fail\">cap %g</text>\n", X(cap), T - 12, cap);
    }
    #undef X
    fputs("</svg>\n<figcaption>", out);
    h(out, rl->title ? rl->title : rl->name);
    fprintf(out, " (<code>");
    h(out, rl->name);
    fprintf(out, "</code>): each mark is one worker checked by the rule, %u in all; %u above the cap", n, nfail);
    if (nunk) fprintf(out, ", %u cannot be judged because data is missing (shown hollow at the left, never counted as passing)", nunk);
    fputs(".</figcaption>\n</figure>\n", out);
    free(avgs);
    free(pts);
}

/* ---- chart: group supervision per pod --------------------------------------- */

static bool is_group_supervision_rule(const model *m, uint32_t r)
{
    const bc_program *p = m->in->prog;
    const bc_rule *rl = &p->rules[r];
    if (rl->table < 0 || rl->table != m->pods || rl->nreqs != 1) return false;
    const char *ms = p->reqs[rl->first_req].measure;
    return ms && strstr(ms, "group sessions");
}

/* "1 week", "2 weeks", "10 days", "1 month" as days (a month as 31: only
 * the chart uses it, to mark stretches that are too long). */
static int32_t limit_days(const char *s)
{
    if (!s) return -1;
    char *end;
    long n = strtol(s, &end, 10);
    if (end == s || n <= 0) return -1;
    while (*end == ' ') end++;
    if (!strncmp(end, "day", 3)) return (int32_t)n;
    if (!strncmp(end, "week", 4)) return (int32_t)n * 7;
    if (!strncmp(end, "month", 5)) return (int32_t)n * 31;
    if (!strncmp(end, "year", 4)) return (int32_t)n * 366;
    return -1;
}

/* The stretch the evidence names: "... (2025-05-14 to 2025-06-04)". */
static bool evidence_gap(const char *s, int32_t *from, int32_t *to)
{
    const char *p = s ? strchr(s, '(') : NULL;
    return p && strlen(p) >= 25 && dt_parse(p + 1, 10, from) && !strncmp(p + 11, " to ", 4) && dt_parse(p + 15, 10, to);
}

static int cmp_date(const void *a, const void *b)
{
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return x < y ? -1 : x > y;
}

static void chart_supervision(FILE *out, const model *m, const evidence *ev, uint32_t r)
{
    const bc_program *p = m->in->prog;
    const st_store *st = m->in->store;
    const bc_rule *rl = &p->rules[r];
    int32_t sv = m->supervisions, svpod = col_of(m, sv, "pod"), svdate = col_of(m, sv, "date"), svkind = col_of(m, sv, "kind");
    if (sv < 0 || svpod < 0 || svdate < 0) return;
    /* a pod's sessions through the reverse link of supervisions.pod, when the schema names one */
    int32_t link = -1;
    for (uint32_t l = 0; l < p->schema.nlinks; l++)
        if ((int32_t)p->schema.links[l].on == m->pods && (int32_t)p->schema.links[l].from_table == sv && (int32_t)p->schema.links[l].from_column == svpod) link = (int32_t)l;
    const vm_finding **pods = calloc(ev->all.n + 1, sizeof *pods);
    if (!pods) abort();
    uint32_t n = 0, nfail = 0, nunk = 0;
    int32_t lim = -1, start = m->in->as_of - 84, end = m->in->as_of;
    for (uint32_t i = 0; i < ev->all.n; i++) {
        const vm_finding *f = &ev->all.items[i];
        if (p->reqs[f->req].rule != r || f->table != m->pods) continue;
        pods[n++] = f;
        if (lim < 0) lim = limit_days(f->limit);
        int32_t a, b;
        if (f->verdict == VM_FAIL && evidence_gap(f->measured, &a, &b) && a < start) start = a;
    }
    if (n == 0) { free(pods); return; }
    int32_t *dates = malloc((st->tables[sv].nrows + 2) * sizeof *dates);
    if (!dates) abort();
    const int W = 880, L = 210, R = 40, T = 36, RowH = 40, B = 30;
    int H = T + (int)n * RowH + B;
    double plot = W - L - R, span = end - start > 0 ? end - start : 1;
    #define X(d) (L + ((d) - start) / span * plot)
    fputs("<figure id=\"chart-supervision-", out);
    hid(out, rl->name);
    fprintf(out, "\">\n<svg class=\"chart supervision\" role=\"img\" aria-labelledby=\"sv-t-%u sv-d-%u\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" data-rule=\"", r, r, W, H, W, H);
    h(out, rl->name);
    fprintf(out, "\" data-pods=\"%u\">\n", n);
    fprintf(out, "<title id=\"sv-t-%u\">Group supervision sessions per pod", r);
    fputs("</title>\n", out);
    /* month ticks */
    int32_t y0, mo0, d0;
    dt_to_civil(start, &y0, &mo0, &d0);
    for (int32_t y = y0, mo = mo0 + 1;; mo++) {
        if (mo > 12) { mo = 1; y++; }
        int32_t d = dt_from_civil(y, mo, 1);
        if (d > end) break;
        static const char *const mn[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
        fprintf(out, "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/><text x=\"%.1f\" y=\"%d\" class=\"lbl-muted\">%s %d</text>\n",
                X(d), T - 10, X(d), H - B + 4, X(d) + 3, H - B + 18, mn[mo - 1], (int)y);
    }
    for (uint32_t i = 0; i < n; i++) {
        const vm_finding *f = pods[i];
        double y = T + i * RowH + RowH / 2.0;
        vkind k = kind_of(m->in, f);
        fputs("<g class=\"pod\"><text x=\"", out);
        fprintf(out, "%d\" y=\"%.1f\" text-anchor=\"end\">", L - 12, y - 2);
        const char *nm = text_cell(m, m->pods, f->row, "name");
        h(out, nm ? nm : f->entity_id);
        fprintf(out, "</text><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"%s\">%s %s</text>\n", L - 12, y + 13,
                k == V_PASS ? "lbl-muted" : "lbl-fail", vsym[k], k == V_PASS ? "no long gap" : k == V_UNKNOWN ? "unknown" : "gap too long");
        fprintf(out, "<line class=\"track\" x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", L, y, L + plot, y);
        if (k == V_UNKNOWN) {
            fprintf(out, "<text x=\"%d\" y=\"%.1f\" class=\"lbl-muted\">cannot be judged: ", L + 6, y - 5);
            h(out, f->missing ? f->missing : "data");
            fputs(" is missing</text></g>\n", out);
            nunk++;
            continue;
        }
        uint32_t nd = 0, from = 0, to = st->tables[sv].nrows;
        const st_link *lk = link >= 0 ? st_link_index(st, (uint32_t)link) : NULL; /* built on first use */
        if (lk) { from = lk->offsets[f->row]; to = lk->offsets[f->row + 1]; }
        for (uint32_t j = from; j < to; j++) {
            int32_t row = lk ? lk->rows[j] : (int32_t)j;
            if (st->tables[sv].deleted && st->tables[sv].deleted[row]) continue;
            if (st->tables[sv].cols[svpod].i32[row] != f->row) continue;
            if (svkind >= 0) { const char *kd = st->tables[sv].cols[svkind].text[row]; if (!kd || strcmp(kd, "group")) continue; }
            int32_t d = st->tables[sv].cols[svdate].i32[row];
            if (d != DT_MISSING && d >= start && d <= end) dates[nd++] = d;
        }
        qsort(dates, nd, sizeof *dates, cmp_date);
        /* the failing stretch the rule reported, then any other stretch as long */
        int32_t ga, gb;
        if (k != V_PASS && evidence_gap(f->measured, &ga, &gb)) {
            nfail++;
            fprintf(out, "<rect class=\"gap\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"14\"><title>%d days without a group session, ", X(ga), y - 7, X(gb) - X(ga), (int)(gb - ga));
            char a[16], b[16];
            dt_format(ga, a, sizeof a); dt_format(gb, b, sizeof b);
            fprintf(out, "%s to %s</title></rect><text class=\"lbl-fail\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d days</text>\n",
                    a, b, (X(ga) + X(gb)) / 2, y - 10, (int)(gb - ga));
            for (uint32_t d = 0; lim > 0 && d + 1 < nd; d++)
                if (dates[d + 1] - dates[d] > lim && !(dates[d] == ga && dates[d + 1] == gb)) {
                    fprintf(out, "<rect class=\"gap\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"14\"><title>%d days without a group session</title></rect>\n",
                            X(dates[d]), y - 7, X(dates[d + 1]) - X(dates[d]), (int)(dates[d + 1] - dates[d]));
                        }
        }
        for (uint32_t d = 0; d < nd; d++) {
            char ds[16];
            dt_format(dates[d], ds, sizeof ds);
            fprintf(out, "<circle class=\"session\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"><title>group session %s</title></circle>", X(dates[d]), y, ds);
        }
        fputs("</g>\n", out);
    }
    fprintf(out, "<line class=\"asof\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/><text x=\"%.1f\" y=\"%d\" text-anchor=\"end\" class=\"lbl-muted\">as of ",
            X(end), T - 14, X(end), H - B + 4, X(end), T - 18);
    date_long(out, end);
    fputs("</text>\n", out);
    #undef X
    fprintf(out, "<desc id=\"sv-d-%u\">%u pods; %u with a stretch without group supervision longer than the rule allows; %u cannot be judged.</desc>\n", r, n, nfail, nunk);
    fprintf(out, "</svg>\n<ul class=\"legend\"><li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><circle class=\"session\" cx=\"7\" cy=\"7\" r=\"3.5\"/></svg>a group session</li>"
                 "<li><svg width=\"22\" height=\"14\" aria-hidden=\"true\"><rect class=\"gap\" x=\"1\" y=\"1\" width=\"20\" height=\"12\"/></svg>a stretch longer than allowed (%s)</li></ul>\n",
            pods[0]->limit ? pods[0]->limit : "the cadence");
    fputs("<figcaption>", out);
    h(out, rl->title ? rl->title : rl->name);
    fprintf(out, " (<code>");
    h(out, rl->name);
    fprintf(out, "</code>): the last 12 weeks to the as-of date; %u of %u pods breach, with the stretches without a session marked.</figcaption>\n</figure>\n", nfail, n);
    free(dates);
    free(pods);
}

/* ---- chart: every check, rule by rule ------------------------------------------ */

/* Text cut to at most max bytes on a character boundary, with "…" when cut. */
static void clipped(FILE *out, const char *s, size_t max)
{
    size_t n = strlen(s);
    if (n <= max) { h(out, s); return; }
    while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80) max--;
    while (max > 0 && s[max - 1] == ' ') max--;
    char *cut = strndup(s, max);
    if (!cut) abort();
    h(out, cut);
    fputs("\u2026", out);
    free(cut);
}

static void chart_overview(FILE *out, const model *m)
{
    const rp_input *in = m->in;
    const bc_program *p = in->prog;
    const int W = 1000, L = 360, R = 130, T = 8, RowH = 26, B = 8;
    int H = T + (int)p->nrules * RowH + B;
    double plot = W - L - R;
    fprintf(out, "<figure id=\"chart-overview\">\n<svg class=\"chart overview\" role=\"img\" aria-labelledby=\"ov-t ov-d\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" data-rules=\"%u\">\n", W, H, W, H, p->nrules);
    fputs("<title id=\"ov-t\">Every check, rule by rule</title>\n<desc id=\"ov-d\">For each rule, the share of its checks that passed, failed or could not be judged.</desc>\n", out);
    for (uint32_t r = 0; r < p->nrules; r++) {
        const bc_rule *rl = &p->rules[r];
        uint32_t n[V__COUNT] = {0};   /* by vkind */
        for (uint32_t q = rl->first_req; q < rl->first_req + rl->nreqs; q++) {
            const vm_count *c = &in->res->per_req[q];
            n[p->reqs[q].severity == BC_MUST ? V_VIOLATION : V_WARNING] += c->fail;
            n[V_UNKNOWN] += c->unknown;
            n[V_PASS] += c->pass;
            n[V_WAIVED] += c->waived;
        }
        uint32_t total = n[0] + n[1] + n[2] + n[3] + n[4];
        double y = T + r * RowH;
        fprintf(out, "<g class=\"rule-bar\" data-rule=\"");
        h(out, rl->name);
        fprintf(out, "\"><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">", L - 10, y + 16);
        clipped(out, rl->title ? rl->title : rl->name, 50);
        fputs("<title>", out);
        h(out, rl->title ? rl->title : rl->name);
        fputs(" (", out);
        h(out, rl->name);
        fputc(')', out);
        fputs("</title></text>\n", out);
        if (total == 0) {
            fprintf(out, "<rect class=\"seg-none\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"16\"/><text x=\"%d\" y=\"%.1f\" class=\"lbl-muted\">judged nothing (not a pass)</text></g>\n",
                    L, y + 4, plot, L + 6, y + 16);
            continue;
        }
        static const vkind order[] = { V_PASS, V_WAIVED, V_WARNING, V_UNKNOWN, V_VIOLATION };
        double x = L;
        for (int k = 0; k < 5; k++) {
            vkind v = order[k];
            if (!n[v]) continue;
            double w = plot * n[v] / total;
            if (w < 3) w = 3;   /* one breach among thousands stays visible */
            fprintf(out, "<rect class=\"seg-%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"16\"><title>%u %s</title></rect>", vclass[v], x, y + 4, w, n[v],
                    v == V_PASS ? "passed" : v == V_VIOLATION ? plural(n[v], "violation", "violations") : v == V_WARNING ? plural(n[v], "warning", "warnings") : v == V_WAIVED ? "waived" : "unknown");
            x += w;
        }
        fprintf(out, "\n<text x=\"%.1f\" y=\"%.1f\">", L + plot + 10, y + 16);
        bool first = true;
        for (int k = 0; k < 5; k++) {
            vkind v = order[k];
            if (!n[v] && v != V_PASS) continue;
            fprintf(out, "%s<tspan class=\"%s\">%s %u</tspan>", first ? "" : "  ", v == V_VIOLATION || v == V_WARNING ? "lbl-fail" : "lbl-muted", vsym[v], n[v]);
            first = false;
        }
        fputs("</text></g>\n", out);
    }
    fputs("</svg>\n<ul class=\"legend\">"
          "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect class=\"seg-pass\" width=\"14\" height=\"14\"/></svg>\u2713 passed</li>"
          "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect class=\"seg-violation\" width=\"14\" height=\"14\"/></svg>\u2715 violation</li>"
          "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect class=\"seg-warning\" width=\"14\" height=\"14\"/></svg>! warning</li>"
          "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect class=\"seg-unknown\" width=\"14\" height=\"14\"/></svg>? cannot be judged</li>"
          "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect class=\"seg-waived\" width=\"14\" height=\"14\"/></svg>\u2298 waived (an approved exception)</li></ul>\n"
          "<figcaption>Each bar is one rule; its length is every check the rule made, split by verdict. The counts are at the right.</figcaption>\n</figure>\n", out);
}

/* ---- heat table: breaches by rule and team ---------------------------------- */

static void heat_table(FILE *out, const model *m)
{
    const rp_input *in = m->in;
    const bc_program *p = in->prog;
    uint32_t nteams = m->teams >= 0 ? in->store->tables[m->teams].nrows : 0;
    uint32_t cols = nteams + 1;   /* the last column: findings with no team */
    uint32_t *fails = calloc((size_t)p->nrules * cols + 1, sizeof *fails), *unks = calloc((size_t)p->nrules * cols + 1, sizeof *unks);
    if (!fails || !unks) abort();
    for (uint32_t i = 0; i < in->res->n; i++) {
        const vm_finding *f = &in->res->items[i];
        int32_t t = team_of(m, f->table, f->row, 0);
        uint32_t c = t >= 0 && (uint32_t)t < nteams ? (uint32_t)t : nteams;
        uint32_t cell = p->reqs[f->req].rule * cols + c;
        if (f->verdict == VM_UNKNOWN) unks[cell]++;
        else if (f->verdict == VM_FAIL) fails[cell]++;
    }
    /* only the teams with something to show get a column; the rest are named below */
    bool *shown = calloc(cols + 1, sizeof *shown);
    if (!shown) abort();
    uint32_t nshown = 0;
    for (uint32_t c = 0; c < cols; c++) {
        for (uint32_t r = 0; r < p->nrules; r++) shown[c] |= fails[r * cols + c] || unks[r * cols + c];
        nshown += shown[c] && c < nteams;
    }
    fputs("<div class=\"scroll\"><table class=\"heat\" id=\"heat\">\n<caption>Violations and warnings per rule and team; unknowns (cannot be judged) listed separately in each cell</caption>\n<thead><tr><th scope=\"col\">Rule</th>", out);
    for (uint32_t t = 0; t < nteams; t++) if (shown[t]) { fputs("<th scope=\"col\" class=\"num\">", out); team_name(out, m, (int32_t)t); fputs("</th>", out); }
    if (shown[nteams]) fputs("<th scope=\"col\" class=\"num\">No team</th>", out);
    fputs("<th scope=\"col\" class=\"num\">Total</th></tr></thead>\n<tbody>\n", out);
    for (uint32_t r = 0; r < p->nrules; r++) {
        fputs("<tr><th scope=\"row\"><a href=\"#rule-", out);
        hid(out, p->rules[r].name);
        fputs("\">", out);
        h(out, p->rules[r].title ? p->rules[r].title : p->rules[r].name);
        fputs("</a><small>", out);
        h(out, p->rules[r].name);
        fputs("</small></th>", out);
        uint32_t tf = 0, tu = 0;
        for (uint32_t c = 0; c < cols; c++) {
            if (!shown[c]) continue;
            uint32_t f = fails[r * cols + c], u = unks[r * cols + c];
            tf += f; tu += u;
            if (f) {
                /* a fixed scale (5 or more is darkest), so one breach never looks like many */
                double a = 0.22 + 0.58 * (f > 5 ? 5 : f) / 5.0;
                fprintf(out, "<td class=\"cell\" style=\"background:rgba(180,35,24,%.2f);%s\">%u", a, a > 0.5 ? "color:#fff;font-weight:700" : "font-weight:600", f);
            } else fputs(u ? "<td class=\"cell\">0" : "<td class=\"cell zero\">0", out);
            if (u) fprintf(out, "<span class=\"unk\">+%u unknown</span>", u);
            fputs("</td>", out);
        }
        fprintf(out, "<td class=\"cell\"><strong>%u</strong>", tf);
        if (tu) fprintf(out, "<span class=\"unk\">+%u unknown</span>", tu);
        fputs("</td></tr>\n", out);
    }
    fputs("</tbody>\n</table></div>\n", out);
    if (nshown < nteams) {
        fprintf(out, "<p class=\"muted\">No violation, warning or unknown in %s: ", nshown ? "the other teams" : "any team");
        for (uint32_t t = 0, k = 0; t < nteams; t++)
            if (!shown[t]) { if (k++) fputs(", ", out); team_name(out, m, (int32_t)t); }
        fputs(".</p>\n", out);
    }
    free(shown);
    free(fails);
    free(unks);
}

/* ---- the page ------------------------------------------------------------------ */

static void source_lines(FILE *out, const rp_input *in, dg_span sp)
{
    const dg_file *f = &in->dc->files[sp.file];
    if (!f->text || sp.file == 0) return;
    uint32_t l0, c0, l1, c1;
    dg_line_col(in->dc, sp, &l0, &c0);
    dg_line_col(in->dc, (dg_span){ sp.file, sp.end > sp.start ? sp.end - 1 : sp.end, sp.end }, &l1, &c1);
    fputs("<pre class=\"src\" aria-label=\"policy source\">", out);
    for (uint32_t l = l0; l <= l1 && l >= 1 && l <= f->nlines; l++) {
        uint32_t a = f->line_starts[l - 1], b = l < f->nlines ? f->line_starts[l] : f->len;
        while (b > a && (f->text[b - 1] == '\n' || f->text[b - 1] == '\r')) b--;
        fprintf(out, "<span class=\"ln\">%4u  </span>", l);
        char *line = strndup(f->text + a, b - a);
        if (!line) abort();
        h(out, line);
        free(line);
        fputc('\n', out);
    }
    fputs("</pre>\n", out);
}

static void where_text(FILE *out, const rp_input *in, dg_span sp)
{
    uint32_t line, col;
    dg_line_col(in->dc, sp, &line, &col);
    h(out, in->dc->files[sp.file].name);
    fprintf(out, ":%u", line);
}

/* Each rule with breaches in one line: its title, how many, and who. */
static void attention(FILE *out, const rp_input *in)
{
    const bc_program *p = in->prog;
    bool any = false;
    for (uint32_t r = 0; r < p->nrules; r++) {
        uint32_t n = 0, musts = 0;
        for (uint32_t i = 0; i < in->res->n; i++) {
            const vm_finding *f = &in->res->items[i];
            if (p->reqs[f->req].rule != r || f->verdict != VM_FAIL) continue;
            n++; musts += is_must(in, f);
        }
        if (!n) continue;
        if (!any) fputs("<h3>What needs attention</h3>\n<ul class=\"attention\">\n", out);
        any = true;
        fputs("<li>", out);
        char buf[48];
        snprintf(buf, sizeof buf, "%u", n);
        badge(out, musts ? V_VIOLATION : V_WARNING, buf);
        fputs(" <a href=\"#rule-", out); hid(out, p->rules[r].name); fputs("\">", out);
        h(out, p->rules[r].title ? p->rules[r].title : p->rules[r].name);
        fputs("</a> <span class=\"who\">— ", out);
        uint32_t shown = 0;
        for (uint32_t i = 0; i < in->res->n && shown < 4; i++) {
            const vm_finding *f = &in->res->items[i];
            if (p->reqs[f->req].rule != r || f->verdict != VM_FAIL) continue;
            if (shown++) fputs("; ", out);
            h(out, f->entity ? f->entity : "(all data)");
        }
        if (n > shown) fprintf(out, "; and %u more", n - shown);
        fputs("</span></li>\n", out);
    }
    if (any) fputs("</ul>\n", out);
}

/* The council's waivers that waived nothing (expired, not yet in force,
 * unused): a reader should know an exception no longer covers anything. */
static void waivers_list(FILE *out, const rp_input *in)
{
    uint32_t n = 0;
    for (uint32_t i = 0; in->waivers && i < in->waivers->n; i++) n += in->waivers->items[i].status != WV_USED;
    if (!n) return;
    fprintf(out, "<h3>Waivers that waived nothing (%u)</h3>\n<ul class=\"attention\">\n", n);
    for (uint32_t i = 0; i < in->waivers->n; i++) {
        const wv_waiver *w = &in->waivers->items[i];
        if (w->status == WV_USED) continue;
        char why[256];
        wv_describe(w, why, sizeof why);
        fputs("<li><strong>", out); h(out, w->rule); fputs("</strong> for ", out); h(out, w->subject ? w->subject : "");
        fputs(": ", out); h(out, why);
        fprintf(out, " <span class=\"muted\">(");
        h(out, in->waivers->source);
        fprintf(out, ":%u)</span></li>\n", w->line);
    }
    fputs("</ul>\n", out);
}

/* What the verdicts rest on: rules that judged nothing (not a pass) and,
 * under --allow-missing, the cells read as unknown. */
static void data_checks(FILE *out, const rp_input *in, const rp_summary *s)
{
    char where[600], msg[600];
    if (s->nothing) {
        fprintf(out, "<h3 id=\"judged-nothing\">Rules that judged nothing (%u)</h3>\n<p>These rules made no check on this data: they are not passes.</p>\n", s->nothing);
        fputs("<table>\n<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Where</th><th scope=\"col\">Why</th></tr></thead>\n<tbody>\n", out);
        for (uint32_t r = 0; r < in->prog->nrules; r++) {
            if (!rp_judged_nothing(in, r, msg, sizeof msg)) continue;
            fputs("<tr><td><code>", out); h(out, in->prog->rules[r].name);
            fputs("</code></td><td><code>", out); where_text(out, in, in->prog->rules[r].span);
            fputs("</code></td><td>", out); h(out, msg);
            fputs("</td></tr>\n", out);
        }
        fputs("</tbody>\n</table>\n", out);
    }
    uint32_t n = in->store->nissues;
    if (!n) return;
    fprintf(out, "<h3 id=\"data-quality\">Data quality (%u)</h3>\n<p>With <code>--allow-missing</code> these cells were read as unknown instead of stopping the check; only the verdicts that needed them are unknown.</p>\n", n);
    fputs("<table>\n<thead><tr><th scope=\"col\">Cell</th><th scope=\"col\">Finding</th></tr></thead>\n<tbody>\n", out);
    for (uint32_t i = 0; i < n; i++) {
        rp_issue(in, i, where, sizeof where, msg, sizeof msg);
        fputs("<tr><td><code>", out); h(out, where);
        fputs("</code></td><td>", out); h(out, msg);
        fputs("</td></tr>\n", out);
    }
    fputs("</tbody>\n</table>\n", out);
}

static void summary(FILE *out, const rp_input *in, const rp_summary *s)
{
    fputs("<section id=\"summary\" aria-labelledby=\"h-summary\">\n<h2 id=\"h-summary\">Summary</h2>\n<ul class=\"cards\">\n", out);
    fprintf(out, "<li class=\"card\"><span class=\"num\">%u</span><span class=\"lbl\">%s checked</span></li>\n", s->rules, plural(s->rules, "rule", "rules"));
    fprintf(out, "<li class=\"card\"><span class=\"num\">%u</span><span class=\"lbl\">%s made</span></li>\n", s->checks, plural(s->checks, "check", "checks"));
    fprintf(out, "<li class=\"card pass\"><span class=\"num\"><span aria-hidden=\"true\">%s</span> %u</span><span class=\"lbl\">passed</span></li>\n", vsym[V_PASS], s->passed);
    fprintf(out, "<li class=\"card violation\"><span class=\"num\"><span aria-hidden=\"true\">%s</span> %u</span><span class=\"lbl\">%s of a must</span></li>\n", vsym[V_VIOLATION], s->violations, plural(s->violations, "violation", "violations"));
    fprintf(out, "<li class=\"card warning\"><span class=\"num\"><span aria-hidden=\"true\">%s</span> %u</span><span class=\"lbl\">%s (should)</span></li>\n", vsym[V_WARNING], s->warnings, plural(s->warnings, "warning", "warnings"));
    fprintf(out, "<li class=\"card unknown\"><span class=\"num\"><span aria-hidden=\"true\">%s</span> %u</span><span class=\"lbl\">cannot be judged%s</span></li>\n", vsym[V_UNKNOWN], s->unknown,
            in->strict ? " (counted as failures: strict)" : "");
    if (s->waived || (in->waivers && in->waivers->n))
        fprintf(out, "<li class=\"card waived\"><span class=\"num\"><span aria-hidden=\"true\">%s</span> %u</span><span class=\"lbl\">waived (council waivers)</span></li>\n", vsym[V_WAIVED], s->waived);
    fputs("</ul>\n<p class=\"lede\">", out);
    uint32_t rules_failing = 0;
    for (uint32_t r = 0; r < in->prog->nrules; r++) {
        const bc_rule *rl = &in->prog->rules[r];
        uint32_t f = 0;
        for (uint32_t q = rl->first_req; q < rl->first_req + rl->nreqs; q++) f += in->res->per_req[q].fail;
        rules_failing += f > 0;
    }
    if (s->violations + s->warnings == 0 && s->nothing) fprintf(out, "No rule was broken, but %u %s nothing. ", s->nothing, plural(s->nothing, "rule judged", "rules judged"));
    else if (s->violations + s->warnings == 0) fputs("Every rule held on the data checked. ", out);
    else fprintf(out, "<strong>%u %s</strong> and %u %s across %u of %u rules. ", s->violations, plural(s->violations, "violation of a must-rule", "violations of must-rules"),
                 s->warnings, plural(s->warnings, "warning", "warnings"), rules_failing, s->rules);
    fprintf(out, "%u of %u checks passed.", s->passed, s->checks);
    if (s->unknown) fprintf(out, " %u %s be judged because data is missing; %s shown as unknown, never as passing.", s->unknown,
                            plural(s->unknown, "check could not", "checks could not"), plural(s->unknown, "it is", "they are"));
    if (s->waived) fprintf(out, " %u %s waived by an approved exception; %s listed with %s reason.", s->waived,
                           plural(s->waived, "breach is", "breaches are"), plural(s->waived, "it is", "they are"), plural(s->waived, "its", "their"));
    if (s->nothing && s->violations + s->warnings > 0) fprintf(out, " %u %s judged nothing at all (no rows it applies to on the as-of date): that is not a pass.", s->nothing, plural(s->nothing, "rule", "rules"));
    fputs("</p>\n", out);
    const bc_program *p = in->prog;
    attention(out, in);
    waivers_list(out, in);
    if (p->noverrides) {
        fprintf(out, "<h3 id=\"overrides\">Local changes to national rules (%u)</h3>\n", p->noverrides);
        fputs("<table>\n<thead><tr><th scope=\"col\">What changed</th><th scope=\"col\">National source</th><th scope=\"col\">Where</th><th scope=\"col\">Reason given</th></tr></thead>\n<tbody>\n", out);
        for (uint32_t i = 0; i < p->noverrides; i++) {
            const bc_override *o = &p->overrides[i];
            fputs("<tr><td><code>", out); h(out, o->what);
            fputs("</code></td><td><code>", out); h(out, o->target_origin ? o->target_origin : "?");
            fputs("</code></td><td><code>", out); where_text(out, in, o->span);
            fputs("</code></td><td>", out); h(out, o->reason);
            if (o->intended) fputs(" <em>(intended loosening)</em>", out);
            fputs("</td></tr>\n", out);
        }
        fputs("</tbody>\n</table>\n", out);
    } else fputs("<p class=\"muted\">No local changes to national rules are in force.</p>\n", out);
    data_checks(out, in, s);
    fputs("</section>\n", out);
}

static void charts(FILE *out, const model *m)
{
    const bc_program *p = m->in->prog;
    evidence ev;
    evidence_run(m->in, &ev);
    fputs("<section id=\"charts\" aria-labelledby=\"h-charts\">\n<h2 id=\"h-charts\">At a glance</h2>\n", out);
    fputs("<h3>Every check, rule by rule</h3>\n", out);
    chart_overview(out, m);
    fputs("<h3>Where the breaches are</h3>\n", out);
    heat_table(out, m);
    uint32_t ncl = 0, nsv = 0;
    for (uint32_t r = 0; r < p->nrules; r++) { ncl += is_caseload_rule(m, r); nsv += is_group_supervision_rule(m, r); }
    if (ncl && ev.ok) {
        fputs("<h3>Caseloads against the cap</h3>\n", out);
        bool avgcap = false;
        for (uint32_t r = 0; r < p->nrules; r++) avgcap |= is_caseload_rule(m, r) && average_rule(m, r) >= 0;
        legend_caseload(out, avgcap);
        for (uint32_t r = 0; r < p->nrules; r++) if (is_caseload_rule(m, r)) chart_caseload(out, m, &ev, r);
    }
    if (nsv && ev.ok) {
        fputs("<h3>Group supervision in each pod</h3>\n", out);
        for (uint32_t r = 0; r < p->nrules; r++) if (is_group_supervision_rule(m, r)) chart_supervision(out, m, &ev, r);
    }
    if (!ncl && !nsv) fputs("<p class=\"muted\">This policy has no caseload cap or pod supervision rule, so there is no caseload or supervision chart.</p>\n", out);
    if (!ev.ok) fputs("<p class=\"muted\">The charts could not be drawn: evaluating the passing values stopped (see the command's messages).</p>\n", out);
    fputs("</section>\n", out);
    vm_results_free(&ev.all);
}

static void findings_head(FILE *out, bool with_rule)
{
    static const char *const heads[] = { "Verdict", "Rule", "Who or what", "Team", "Measured", "Limit", "Evidence" };
    fputs("<thead><tr>", out);
    for (int i = 0; i < 7; i++)
        if (with_rule || i != 1)
            fprintf(out, "<th scope=\"col\"%s><button type=\"button\">%s</button></th>", i == 4 || i == 5 ? " class=\"num\"" : "", heads[i]);
    fputs("</tr></thead>\n<tbody>\n", out);
}

/* One finding as a table row; the rule column (with the policy line) only
 * in the table of all findings. */
static void finding_row(FILE *out, const model *m, const vm_finding *f, bool with_rule)
{
    const rp_input *in = m->in;
    const bc_program *p = in->prog;
    vkind k = kind_of(in, f);
    const bc_req *q = &p->reqs[f->req];
    fprintf(out, "<tr class=\"%s\" data-verdict=\"%s\"><td data-sort=\"%d\">", vclass[k], vclass[k], (int)k);
    badge(out, k, NULL);
    if (with_rule) {
        fputs("</td><td><a href=\"#rule-", out); hid(out, p->rules[q->rule].name); fputs("\">", out);
        h(out, p->rules[q->rule].name);
        fputs("</a><small><code>", out);
        where_text(out, in, q->span);
        fputs("</code></small>", out);
    }
    fputs("</td><td class=\"who\">", out);
    h(out, f->entity ? f->entity : "(all data)");
    fputs("</td><td>", out);
    team_name(out, m, team_of(m, f->table, f->row, 0));
    fputs("</td><td class=\"num\">", out);
    h(out, f->verdict == VM_UNKNOWN ? "unknown" : f->measured ? f->measured : "");
    fputs("</td><td class=\"num\">", out);
    h(out, f->limit ? f->limit : "");
    fputs("</td><td class=\"ev\">", out);
    h(out, f->message);
    if (f->verdict == VM_UNKNOWN && f->missing_at) { fputs(" <span class=\"muted\">(", out); h(out, f->missing_at); fputs(")</span>", out); }
    if (f->verdict == VM_WAIVED && in->waivers && f->waiver >= 0 && (uint32_t)f->waiver < in->waivers->n) {
        char why[1024];
        wv_justification(in->waivers, &in->waivers->items[f->waiver], why, sizeof why);
        fputs("<br><span class=\"muted\">Waived: ", out); h(out, why); fputs("</span>", out);
    }
    fputs("</td></tr>\n", out);
}

static void findings_table(FILE *out, const model *m)
{
    const rp_input *in = m->in;
    fputs("<section id=\"findings\" aria-labelledby=\"h-findings\">\n<h2 id=\"h-findings\">All findings</h2>\n", out);
    if (in->res->n == 0) { fputs("<p>No violations, warnings or unknowns.</p>\n</section>\n", out); return; }
    fputs("<div class=\"controls\" role=\"search\"><label>Filter by any text<input type=\"search\" id=\"filter-text\" placeholder=\"name, team, rule, evidence\"></label>"
          "<label>Verdict<select id=\"filter-verdict\"><option value=\"\">All</option><option value=\"violation\">Violations</option>"
          "<option value=\"warning\">Warnings</option><option value=\"unknown\">Unknown</option><option value=\"waived\">Waived</option></select></label>"
          "<p id=\"filter-count\" aria-live=\"polite\" class=\"muted\"></p></div>\n", out);
    fputs("<div class=\"scroll\"><table id=\"findings-table\" class=\"sortable\">\n<caption>Every violation, warning and unknown, with its evidence. Select a column heading to sort.</caption>\n", out);
    findings_head(out, true);
    for (uint32_t i = 0; i < in->res->n; i++) finding_row(out, m, &in->res->items[i], true);
    fputs("</tbody>\n</table></div>\n</section>\n", out);
}

static void rules(FILE *out, const model *m)
{
    const rp_input *in = m->in;
    const bc_program *p = in->prog;
    fputs("<section id=\"rules\" aria-labelledby=\"h-rules\">\n<h2 id=\"h-rules\">The rules, one by one</h2>\n", out);
    fputs("<p class=\"muted\">Each rule in plain English (generated from the rule as cadre compiled it, not written by hand), then the policy text it comes from and what the check found.</p>\n", out);
    for (uint32_t r = 0; r < p->nrules; r++) {
        const bc_rule *rl = &p->rules[r];
        vm_count c = {0, 0, 0, 0};
        uint32_t musts = 0, shoulds = 0;
        for (uint32_t q = rl->first_req; q < rl->first_req + rl->nreqs; q++) {
            c.pass += in->res->per_req[q].pass; c.unknown += in->res->per_req[q].unknown; c.waived += in->res->per_req[q].waived;
            if (p->reqs[q].severity == BC_MUST) musts += in->res->per_req[q].fail; else shoulds += in->res->per_req[q].fail;
        }
        fputs("<article class=\"rule\" id=\"rule-", out); hid(out, rl->name); fputs("\">\n<h3>", out);
        h(out, rl->title ? rl->title : rl->name);
        fputs(" <code>", out); h(out, rl->name); fputs("</code></h3>\n", out);
        if (in->explain && in->explain[r]) { fputs("<p class=\"plain\">", out); h(out, in->explain[r]); fputs("</p>\n", out); }
        fputs("<ul class=\"counts\" aria-label=\"verdicts\">", out);
        char buf[64];
        snprintf(buf, sizeof buf, "%u passed", c.pass);
        fputs("<li>", out); badge(out, V_PASS, buf); fputs("</li>", out);
        if (musts) { snprintf(buf, sizeof buf, "%u %s", musts, plural(musts, "violation", "violations")); fputs("<li>", out); badge(out, V_VIOLATION, buf); fputs("</li>", out); }
        if (shoulds) { snprintf(buf, sizeof buf, "%u %s", shoulds, plural(shoulds, "warning", "warnings")); fputs("<li>", out); badge(out, V_WARNING, buf); fputs("</li>", out); }
        if (c.unknown) { snprintf(buf, sizeof buf, "%u unknown", c.unknown); fputs("<li>", out); badge(out, V_UNKNOWN, buf); fputs("</li>", out); }
        if (c.waived) { snprintf(buf, sizeof buf, "%u waived", c.waived); fputs("<li>", out); badge(out, V_WAIVED, buf); fputs("</li>", out); }
        char why[256];
        if (rp_judged_nothing(in, r, why, sizeof why)) {
            char text[300];
            snprintf(text, sizeof text, "judged nothing: %s", why);
            fputs("<li>", out); badge(out, V_UNKNOWN, text); fputs("</li>", out);
        }
        fputs("</ul>\n<p class=\"muted\">From <code>", out);
        where_text(out, in, rl->span);
        fputs("</code>", out);
        if (rl->origin && strncmp(rl->origin, "<stdlib>/", 9) == 0) fputs(" (a national module)", out);
        fputs(":</p>\n", out);
        source_lines(out, in, rl->span);
        uint32_t nf = 0;
        for (uint32_t i = 0; i < in->res->n; i++) nf += p->reqs[in->res->items[i].req].rule == r;
        if (nf) {
            fputs("<div class=\"scroll\"><table class=\"sortable rule-findings\">\n<caption>", out);
            fprintf(out, "%u %s of this rule", nf, plural(nf, "finding", "findings"));
            fputs("</caption>\n", out);
            findings_head(out, false);
            for (uint32_t i = 0; i < in->res->n; i++)
                if (p->reqs[in->res->items[i].req].rule == r) finding_row(out, m, &in->res->items[i], false);
            fputs("</tbody>\n</table></div>\n", out);
        }
        fputs("</article>\n", out);
    }
    fputs("</section>\n", out);
}

static void provenance(FILE *out, const rp_input *in)
{
    const sp_stamp *st = in->stamp;
    fputs("<section id=\"provenance\" aria-labelledby=\"h-provenance\">\n<h2 id=\"h-provenance\">Provenance</h2>\n", out);
    if (!st) { fputs("<p class=\"muted\">No provenance stamp was recorded.</p>\n</section>\n", out); return; }
    fputs("<p>This report can be reproduced exactly: the same version of cadre, run on files with these SHA-256 digests as of the same date, writes this page byte for byte. "
          "To confirm, run <code>cadre verify-report REPORT.html --data ", out);
    h(out, in->data);
    for (uint32_t i = 0; i < st->nfiles; i++)
        if (!strcmp(st->files[i].kind, "policy")) { fputc(' ', out); h(out, st->files[i].name); }
    fputs("</code>.</p>\n<dl class=\"stamp\">\n", out);
    fprintf(out, "<dt>cadre</dt><dd>%s (bytecode format %d)</dd>\n<dt>As of</dt><dd>%s</dd>\n", st->version, st->bytecode, st->as_of);
    fputs("<dt>Data set</dt><dd><code>", out); h(out, in->data); fputs("</code></dd>\n", out);
    fprintf(out, "<dt>Digest of all</dt><dd class=\"sha\" id=\"digest\">%s</dd>\n</dl>\n", st->digest);
    fputs("<table>\n<caption>Every input, with its SHA-256</caption>\n<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Kind</th><th scope=\"col\">SHA-256</th></tr></thead>\n<tbody>\n", out);
    for (uint32_t i = 0; i < st->nfiles; i++) {
        fputs("<tr><td><code>", out); h(out, st->files[i].name);
        fputs("</code></td><td>", out); h(out, st->files[i].kind);
        fprintf(out, "</td><td class=\"sha\">%s</td></tr>\n", st->files[i].sha);
    }
    fputs("</tbody>\n</table>\n</section>\n", out);
}

void ht_report(const rp_input *in, FILE *out)
{
    const bc_program *p = in->prog;
    const sc_schema *s = &p->schema;
    model m = { .in = in, .teams = sc_find_table(s, "teams"), .staff = sc_find_table(s, "staff"),
                .pods = sc_find_table(s, "pods"), .supervisions = sc_find_table(s, "supervisions") };
    rp_summary sum = rp_summarize(in);
    const char *policy = p->policy_name ? p->policy_name : "cadre check";
    char date[16];
    dt_format(in->as_of, date, sizeof date);
    fputs("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n", out);
    fputs("<meta name=\"generator\" content=\"cadre ", out); h(out, CADRE_VERSION); fputs("\">\n<title>", out);
    h(out, policy);
    fprintf(out, " — workforce policy audit as of %s</title>\n<style>\n%s</style>\n</head>\n<body>\n", date, css);
    fputs("<header class=\"top\"><div class=\"wrap\">\n<p class=\"kicker\">Workforce policy audit</p>\n<h1>", out);
    h(out, policy);
    fputs("</h1>\n<p class=\"meta\">As of <strong>", out);
    date_long(out, in->as_of);
    fputs("</strong> · data set <code>", out);
    h(out, in->data);
    fprintf(out, "</code> · %u %s, %u %s</p>\n</div></header>\n", sum.rules, plural(sum.rules, "rule", "rules"), sum.checks, plural(sum.checks, "check", "checks"));
    fputs("<nav class=\"toc\" aria-label=\"Contents\"><div class=\"wrap\"><ul><li><a href=\"#summary\">Summary</a></li><li><a href=\"#charts\">At a glance</a></li>"
          "<li><a href=\"#findings\">All findings</a></li><li><a href=\"#rules\">The rules</a></li><li><a href=\"#provenance\">Provenance</a></li></ul></div></nav>\n", out);
    /* patterns every chart and legend shares: ids are page-wide */
    fputs("<svg width=\"0\" height=\"0\" style=\"position:absolute\" aria-hidden=\"true\" focusable=\"false\"><defs>"
          "<pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
          "<rect width=\"6\" height=\"6\" fill=\"#fde8e6\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#b42318\" stroke-width=\"2\"/></pattern>"
          "<pattern id=\"unk\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
          "<rect width=\"5\" height=\"5\" fill=\"#eceef2\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#8a93a3\" stroke-width=\"1.5\"/></pattern>"
          "</defs></svg>\n", out);
    fputs("<main class=\"wrap\">\n", out);
    summary(out, in, &sum);
    charts(out, &m);
    findings_table(out, &m);
    rules(out, &m);
    provenance(out, in);
    fputs("</main>\n<footer class=\"wrap\"><p>Written by cadre ", out);
    h(out, CADRE_VERSION);
    fputs(" from the policies and data listed under Provenance. Verdicts: <span aria-hidden=\"true\">\u2715</span> violation of a must-rule, "
          "<span aria-hidden=\"true\">!</span> warning (a should-rule), <span aria-hidden=\"true\">?</span> unknown — the data needed to judge is missing.</p></footer>\n", out);
    if (in->stamp) {
        fprintf(out, "<script type=\"application/json\" id=\"%s\">{\"strict\": %s, \"provenance\": ", HT_STAMP_ID, in->strict ? "true" : "false");
        /* "</" cannot occur in the stamp's JSON strings unescaped: names are escaped by rp_json_string, and a
         * "</script" in a file name would end the block, so '/' after '<' is written as the escape \/ */
        char *js = NULL;
        size_t jl = 0;
        FILE *mm = open_memstream(&js, &jl);
        if (!mm) abort();
        rp_json_stamp(mm, in->stamp);
        fclose(mm);
        for (size_t i = 0; i < jl; i++) {
            if (js[i] == '/' && i > 0 && js[i - 1] == '<') fputs("\\/", out);
            else fputc(js[i], out);
        }
        free(js);
        fputs("}</script>\n", out);
    }
    fprintf(out, "<script>\n%s</script>\n</body>\n</html>\n", script);
}
