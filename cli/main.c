/* main.c — the `cadre` command line.
 * Owns: argument parsing for every command, help texts, the exit-code
 * contract (0 pass, 1 violations, 2 policy error, 3 data error, 4 usage),
 * and wiring front end, store, VM and reporters together.
 * Does not own: any stage's logic; each command is a few calls into lang/,
 * runtime/ and report.c. */
#include "../lang/driver.h"
#include "../lang/print.h"
#include "../lang/explain.h"
#include "../runtime/bytecode.h"
#include "../runtime/store.h"
#include "../runtime/vm.h"
#include "../runtime/waiver.h"
#include "../runtime/date.h"
#include "report.h"
#include "cli.h"
#include "commands.h"
#include "testrun.h"
#include "repl.h"
#include "audit.h"
#include "lsp.h"
#include "init.h"
#include "diagout.h"
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>


static const char *const usage_text =
    "cadre — workforce policy rules for children's social work\n"
    "\n"
    "usage: cadre COMMAND [OPTIONS] [ARGS]\n"
    "\n"
    "commands:\n"
    "  check POLICY... --data DIR        check policies against a data set, with evidence\n"
    "  lint POLICY...                    parse and type-check against the schema, no data\n"
    "  compile POLICY... -o FILE         write compiled bytecode (runs with `cadre check FILE`)\n"
    "  disasm POLICY...|FILE             list the bytecode with its source lines\n"
    "  desugar POLICY... [--rule NAME]   show the general rules that blocks stand for\n"
    "  fmt POLICY... [--check]           print in canonical layout (or --check, --write, --diff)\n"
    "  diff OLD NEW --data DIR           verdicts that change between two versions of a policy\n"
    "  test [PATH...]                    run the tests written next to the rules\n"
    "  repl [POLICY...] [--data DIR]     interactive: queries, :why, what-if edits, :diff\n"
    "  lsp                               language server for editors (LSP over stdio)\n"
    "  init DIR                          a new council rule repository: policy, tests, data, CI\n"
    "  help [COMMAND]                    this text, or a command's\n"
    "\n"
    "options everywhere: --help, --version\n"
    "exit codes: 0 all pass, 1 a must-requirement failed, 2 policy error,\n"
    "            3 data error, 4 usage error\n"
    "\n"
    "docs: docs/language.md, docs/cli.md, docs/repl.md, docs/ci.md\n";

static const struct { const char *name, *help; } command_help[] = {
    {"check",
     "usage: cadre check POLICY... --data DIR|FILE.db [--as-of DATE] [--format FORMAT] [--output FILE] [--strict] [--budget N]\n"
     "                   [--encoding NAME] [--allow-missing] [--color WHEN]\n"
     "\n"
     "Checks the policies (.cadre sources, or one compiled file) against the data\n"
     "set in DIR (CSV files in the standard layout) or FILE.db (a SQLite file,\n"
     "one table per CSV file) and prints every violation, warning and unknown\n"
     "with its evidence, then a summary.\n"
     "\n"
     "  --data DIR|DB     the data set: CSV directory or SQLite file (required)\n"
     "  --as-of DATE      evaluation date, YYYY-MM-DD (default: today, UTC)\n"
     "  --format FORMAT   text (default), json, junit, sarif, tap, github or html\n"
     "  --output FILE     write the report in FORMAT to FILE; print text to stdout\n"
     "  --strict          an unknown must-requirement counts as a failure (exit 1)\n"
     "  --budget N        loop steps allowed before evaluation stops (default 4000000000)\n"
     "  --encoding NAME   CSV files are utf-8 (default, checked) or windows-1252 (cp1252, latin1)\n"
     "  --allow-missing   an empty required cell, or a reference naming no row, is unknown\n"
     "                    (a data-quality finding) instead of a data error\n"
     "  --color WHEN      never, auto (default: on a terminal, unless NO_COLOR is set) or always\n"
     "\n"
     "A policy or data error is reported in FORMAT too (where the report would go).\n"
     "exit: 0 all pass, 1 a must failed, 2 policy error, 3 data error or nothing judged, 4 usage\n"},
    {"lint",
     "usage: cadre lint POLICY... [--deny-warnings] [--format FORMAT] [--color WHEN]\n"
     "\n"
     "Parses and type-checks the policies against the schema without reading data.\n"
     "Prints every error with file:line:column, the line and a hint, and warnings:\n"
     "an unused let, a `should` that does not depend on the data, a rule\n"
     "overridden in its own file, an override that loosens a national must-rule.\n"
     "\n"
     "  --deny-warnings   a warning fails the lint (exit 2)\n"
     "  --format FORMAT   text (default: on standard error), json, sarif, github, junit\n"
     "                    or tap (on standard output): errors and warnings with file:line:column\n"
     "  --color WHEN      never, auto (default) or always\n"
     "exit: 0 clean, 2 errors (or warnings, with --deny-warnings), 4 usage\n"},
    {"compile",
     "usage: cadre compile POLICY... -o FILE\n"
     "\n"
     "Compiles the policies to a bytecode file (magic, format version, checksum).\n"
     "`cadre check FILE --data DIR` runs it after verifying it.\n"
     "exit: 0 written, 2 policy error, 4 usage\n"},
    {"disasm",
     "usage: cadre disasm POLICY...|FILE\n"
     "\n"
     "Lists the bytecode of every rule, with each source line before its code.\n"
     "exit: 0, 2 policy error, 4 usage\n"},
    {"desugar",
     "usage: cadre desugar POLICY... [--rule NAME]\n"
     "\n"
     "Prints the general `rule` form that each caseload, pod, supervision and\n"
     "progression block line stands for (or only rule NAME).\n"
     "exit: 0, 2 policy error, 4 usage\n"},
    {"explain",
     "usage: cadre explain POLICY... [--rule NAME]\n"
     "\n"
     "Prints every rule (or only rule NAME) in plain English, generated from the\n"
     "checked rule: domain blocks as the block reads, roles spelled out, general\n"
     "rules one sentence per requirement. The HTML report shows the same text.\n"
     "exit: 0, 2 policy error, 4 usage\n"},
    {"verify-report",
     "usage: cadre verify-report REPORT.html --data DIR|FILE.db POLICY...\n"
     "\n"
     "Re-runs the check that wrote REPORT.html (`cadre check --format html`), as of\n"
     "the date in its provenance stamp, and compares the page byte for byte. When\n"
     "it differs, lists the inputs whose SHA-256 changed (or says the page was\n"
     "edited, when every input is the same).\n"
     "exit: 0 reproduced exactly, 1 not reproduced, 2 policy error, 3 data error\n"
     "      or not a cadre report, 4 usage\n"},
    {"fmt",
     "usage: cadre fmt [--check|--write|--diff] POLICY...\n"
     "\n"
     "Prints each policy file in the one canonical layout, comments kept: 2-space\n"
     "blocks, one item per line, `for each` on its own line with requirements under\n"
     "it, `otherwise` on the next line, exact numbers, ISO dates, re-escaped strings.\n"
     "Formatting twice changes nothing, and the result always parses to the same rules.\n"
     "\n"
     "  --check   print the files that are not in canonical form; exit 1 if any\n"
     "  --write   rewrite the files that are not in canonical form, in place\n"
     "  --diff    print a unified diff of the changes; exit 1 if any\n"
     "\n"
     "exit: 0 formatted, 1 a file would change (--check, --diff), 2 syntax error, 4 usage\n"},
    {"test",
     "usage: cadre test [PATH...] [--color WHEN]\n"
     "\n"
     "Runs the tests written next to the rules: `test \"title\" { ... }` blocks in a\n"
     "policy, or in NAME_test.cadre next to NAME.cadre (compiled together). Each\n"
     "test builds a small fixture (row / rows lines), runs the policy on it as of\n"
     "its `as_of` date and compares the verdicts with its `expect` lines. A PATH\n"
     "that is a directory is searched for .cadre files with tests (default: .).\n"
     "\n"
     "exit: 0 all passed, 1 a test failed, 2 policy error, 4 usage\n"},
    {"diff",
     "usage: cadre diff OLD NEW --data DIR [--as-of DATE] [--fail-on new-breach|change] [--budget N]\n"
     "                  [--encoding NAME] [--allow-missing]\n"
     "\n"
     "Checks two versions of a policy on the same data and lists the verdicts that\n"
     "change, keyed by rule, requirement and entity: newly breaching, new warnings,\n"
     "newly unknown, newly compliant, and the same verdict with changed evidence.\n"
     "\n"
     "  --data DIR         the data set (required)\n"
     "  --as-of DATE       evaluation date, YYYY-MM-DD (default: today, UTC)\n"
     "  --fail-on WHAT     exit 1 when NEW breaches a must-requirement that OLD did not\n"
     "                     (new-breach), or when any verdict changes (change)\n"
     "  --encoding NAME    CSV files are utf-8 (default) or windows-1252 (cp1252, latin1)\n"
     "  --allow-missing    empty required cells and references naming no row are unknown\n"
     "\n"
     "exit: 0, 1 with --fail-on, 2 policy error, 3 data error, 4 usage\n"},
    {"repl",
     "usage: cadre repl [POLICY...] [--data DIR|FILE.db] [--as-of DATE] [--budget N] [--encoding NAME] [--allow-missing]\n"
     "\n"
     "An interactive session over the policies and the data: expressions and\n"
     "queries print their values (row lists as tables), `let`s and rules can be\n"
     "added at the prompt, :why ID explains every verdict for one worker, pod,\n"
     "team or case, and :set/:move/:drop edit the loaded data (never the files)\n"
     "with :undo and :diff. :help lists every command; docs/repl.md walks through.\n"
     "On a terminal: readline editing, history in $CADRE_HISTORY or\n"
     "~/.cadre_history, Tab completion, multi-line input, Ctrl-C abandons input.\n"
     "With standard input not a terminal, each line is a command, with no\n"
     "prompts: a transcript is a script; errors print and the script goes on.\n"
     "\n"
     "exit: 0 every command succeeded, 2 a command failed, 4 usage\n"},
    {"init",
     "usage: cadre init DIR\n"
     "\n"
     "Makes DIR (new, or empty) a council's rule repository: policy/council.cadre\n"
     "(a caseload cap and a registration rule), policy/council_test.cadre (its\n"
     "tests), data/ (a CSV file per table of the standard schema, header only),\n"
     "the GitHub Actions workflow and pre-commit config of docs/ci.md. As made,\n"
     "`cadre lint`, `cadre fmt --check` and `cadre test` pass on it.\n"
     "\n"
     "exit: 0 written, 2 internal schema error, 4 usage (DIR in use, unwritable)\n"},
    {"lsp",
     "usage: cadre lsp [--stdio]\n"
     "\n"
     "A Language Server Protocol server on standard input and output, for\n"
     "editors (editors/vscode starts it): diagnostics as you type (what `cadre\n"
     "lint` reports, warnings included), hover, completion, go to definition and\n"
     "formatting (`cadre fmt`). --stdio is accepted for LSP clients that pass it.\n"
     "\n"
     "exit: 0 after shutdown and exit, 1 exit without shutdown, 4 usage\n"},
};

int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "cadre: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n(try: cadre help)\n");
    return EXIT_USAGE;
}

const char *help_for(const char *cmd)
{
    for (size_t i = 0; i < sizeof command_help / sizeof *command_help; i++)
        if (strcmp(command_help[i].name, cmd) == 0) return command_help[i].help;
    return NULL;
}

bool want_color(const options *o, FILE *f)
{
    if (o->color && !strcmp(o->color, "always")) return true;
    if (o->color && !strcmp(o->color, "never")) return false;
    const char *no = getenv("NO_COLOR"), *term = getenv("TERM");
    if ((no && *no) || (term && !strcmp(term, "dumb"))) return false;
    return isatty(fileno(f));
}

/* Every option of the commands that share this parser, and which commands
 * take it: a command given an option it does not take names it (exit 4). */
enum { C_CHECK = 1, C_LINT = 2, C_COMPILE = 4, C_DISASM = 8, C_DESUGAR = 16, C_DIFF = 32, C_REPL = 64, C_TEST = 128, C_LSP = 256, C_INIT = 512,
       C_EXPLAIN = 1024, C_VERIFY = 2048 };
static const struct { const char *name; unsigned bit; } command_bits[] = {
    { "check", C_CHECK }, { "lint", C_LINT }, { "compile", C_COMPILE }, { "disasm", C_DISASM }, { "desugar", C_DESUGAR },
    { "diff", C_DIFF }, { "repl", C_REPL }, { "test", C_TEST }, { "lsp", C_LSP }, { "init", C_INIT },
    { "explain", C_EXPLAIN }, { "verify-report", C_VERIFY },
};
enum { O_VALUE, O_FLAG, O_BUDGET, O_ENCODING };
static const struct {
    const char *name, *alt;   /* --name, and a short spelling or NULL */
    int kind;
    size_t off;               /* O_VALUE: const char * in options; O_FLAG: bool */
    unsigned cmds;
} option_defs[] = {
    { "--data", NULL, O_VALUE, offsetof(options, data), C_CHECK | C_DIFF | C_REPL | C_VERIFY },
    { "--output", "-o", O_VALUE, offsetof(options, out), C_CHECK | C_COMPILE },
    { "--format", NULL, O_VALUE, offsetof(options, format), C_CHECK | C_LINT },
    { "--as-of", NULL, O_VALUE, offsetof(options, as_of), C_CHECK | C_DIFF | C_REPL },
    { "--rule", NULL, O_VALUE, offsetof(options, rule), C_DESUGAR | C_EXPLAIN },
    { "--fail-on", NULL, O_VALUE, offsetof(options, fail_on), C_DIFF },
    { "--color", NULL, O_VALUE, offsetof(options, color), C_CHECK | C_LINT | C_TEST },
    { "--strict", NULL, O_FLAG, offsetof(options, strict), C_CHECK },
    { "--deny-warnings", NULL, O_FLAG, offsetof(options, deny_warnings), C_LINT },
    { "--stdio", NULL, O_FLAG, offsetof(options, stdio), C_LSP },
    { "--budget", NULL, O_BUDGET, 0, C_CHECK | C_DIFF | C_REPL | C_VERIFY },
    { "--allow-missing", NULL, O_FLAG, offsetof(options, load.allow_missing), C_CHECK | C_DIFF | C_REPL | C_VERIFY },
    { "--encoding", NULL, O_ENCODING, 0, C_CHECK | C_DIFF | C_REPL | C_VERIFY },
};

static unsigned bit_of(const char *cmd)
{
    for (size_t i = 0; i < sizeof command_bits / sizeof *command_bits; i++)
        if (!strcmp(command_bits[i].name, cmd)) return command_bits[i].bit;
    return 0;
}

/* Parses a command's arguments: files and the options of option_defs, as
 * `--opt value` or `--opt=value`. */
int parse_options(const char *cmd, int argc, char **argv, options *o)
{
    memset(o, 0, sizeof *o);
    o->policies = calloc((size_t)argc + 1, sizeof *o->policies);
    if (!o->policies) abort();
    unsigned me = bit_of(cmd);
    bool files_optional = me & (C_REPL | C_TEST | C_LSP | C_INIT);
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || !a[1] || !strcmp(a, "--")) {
            if (!strcmp(a, "--")) { while (++i < argc) o->policies[o->npolicies++] = argv[i]; break; }
            o->policies[o->npolicies++] = a;
            continue;
        }
        const char *eq = strncmp(a, "--", 2) == 0 ? strchr(a, '=') : NULL;
        size_t nlen = eq ? (size_t)(eq - a) : strlen(a);
        size_t d;
        for (d = 0; d < sizeof option_defs / sizeof *option_defs; d++)
            if ((strlen(option_defs[d].name) == nlen && !strncmp(option_defs[d].name, a, nlen)) ||
                (option_defs[d].alt && !eq && !strcmp(option_defs[d].alt, a))) break;
        if (d == sizeof option_defs / sizeof *option_defs) {
            fprintf(stderr, "cadre %s: unknown option '%.*s'\n%s", cmd, (int)nlen, a, help_for(cmd) ? help_for(cmd) : "");
            return EXIT_USAGE;
        }
        if (!(option_defs[d].cmds & me)) {
            fprintf(stderr, "cadre %s: %s does not take %s\n%s", cmd, cmd, option_defs[d].name, help_for(cmd) ? help_for(cmd) : "");
            return EXIT_USAGE;
        }
        if (option_defs[d].kind == O_FLAG) {
            if (eq) { fprintf(stderr, "cadre %s: %s takes no value\n", cmd, option_defs[d].name); return EXIT_USAGE; }
            *(bool *)((char *)o + option_defs[d].off) = true;
            continue;
        }
        const char *v = eq ? eq + 1 : i + 1 < argc ? argv[++i] : NULL;
        if (!v) { fprintf(stderr, "cadre %s: %s needs a value\n", cmd, a); return EXIT_USAGE; }
        if (option_defs[d].kind == O_ENCODING) {
            if (!st_parse_encoding(v, &o->load.encoding))
                return usage_error("unknown encoding '%s' (utf-8, windows-1252, cp1252 or latin1)", v);
        } else if (option_defs[d].kind == O_BUDGET) {
            char *end;
            errno = 0;
            unsigned long long b = strtoull(v, &end, 10);
            if (errno || *end || b == 0 || *v == '-') return usage_error("--budget needs a positive whole number, not '%s'", v);
            o->budget = b;
        } else *(const char **)((char *)o + option_defs[d].off) = v;
    }
    if (o->color && strcmp(o->color, "never") && strcmp(o->color, "auto") && strcmp(o->color, "always"))
        return usage_error("--color takes never, auto or always, not '%s'", o->color);
    if (o->npolicies == 0 && !files_optional) { fprintf(stderr, "cadre %s: no policy files given\n%s", cmd, help_for(cmd)); return EXIT_USAGE; }
    return -1;
}

static bool is_compiled(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    char magic[8];
    bool yes = fread(magic, 1, 8, f) == 8 && memcmp(magic, BC_MAGIC, 8) == 0;
    fclose(f);
    return yes;
}

/* Policy sources or one compiled file → a verified program. */
bool load_program(options *o, dg_context *dc, ck_env *env, bc_program *prog)
{
    if (o->npolicies == 1 && is_compiled(o->policies[0])) {
        uint32_t len;
        char *buf = fe_read_file(o->policies[0], &len);
        if (!buf) { dg_report(dc, DG_ERROR, (dg_span){0}, "E-io", "cannot read %s: %s", o->policies[0], strerror(errno)); return false; }
        bool ok = bc_read(prog, dc, (const uint8_t *)buf, len, o->policies[0]);
        free(buf);
        return ok && bc_verify(prog, dc);
    }
    for (int i = 0; i < o->npolicies; i++)
        if (is_compiled(o->policies[i])) {
            dg_report(dc, DG_ERROR, (dg_span){0}, "E-usage", "%s is compiled bytecode; give it alone, not with other policies", o->policies[i]);
            return false;
        }
    return fe_compile(env, o->policies, o->npolicies, prog) && bc_verify(prog, dc);
}

/* A check that stopped on a policy or data error: the listing on standard
 * error, and the errors in the report's format where the report would go, so
 * CI annotates the line instead of finding no report. */
static int fail_report(dg_context *dc, int code, rp_format fmt, const char *out_path)
{
    dg_print_all(dc, stderr);
    if (fmt == RP_TEXT && !out_path) return code;
    FILE *f = out_path ? fopen(out_path, "w") : stdout;
    if (!f) { fprintf(stderr, "cadre check: cannot write %s: %s\n", out_path, strerror(errno)); return code; }
    dr_write(dc, fmt, "check", NULL, f);
    if (f != stdout) fclose(f);
    return code;
}

int check_run_start(check_run *cr, options *o, int32_t as_of, bool explain, bool stamp)
{
    memset(cr, 0, sizeof *cr);
    dg_init(&cr->dc); ck_init(&cr->env, &cr->dc);
    cr->dc.color = want_color(o, stderr);
    if (!load_program(o, &cr->dc, &cr->env, &cr->prog)) return EXIT_POLICY;
    if (!st_load_data_opts(&cr->store, &cr->prog.schema, o->data, &o->load, &cr->dc)) return EXIT_DATA;
    wv_load(&cr->waivers, &cr->store);
    const bc_program *progs[] = { &cr->prog };
    if (!wv_check(&cr->waivers, progs, 1, &cr->dc)) return EXIT_DATA;
    vm_options vo = { .as_of = as_of, .budget = o->budget };
    if (!vm_run(&cr->prog, &cr->store, &vo, &cr->res, &cr->dc)) return EXIT_POLICY;
    wv_apply(&cr->waivers, &cr->prog, &cr->store, as_of, &cr->res);
    if (stamp && !sp_build(&cr->stamp, &cr->dc, &cr->prog.schema, o->data, as_of)) {
        fprintf(stderr, "cadre: cannot read the data again to stamp the report: %s\n", strerror(errno));
        return EXIT_DATA;
    }
    dg_print_all(&cr->dc, stderr);   /* warnings, if any */
    if (explain && cr->env.nrules == cr->prog.nrules) {
        cr->explain = calloc(cr->prog.nrules + 1, sizeof *cr->explain);
        if (!cr->explain) abort();
        for (uint32_t i = 0; i < cr->prog.nrules; i++) cr->explain[i] = ex_rule_text(&cr->env, cr->env.rules[i]);
    }
    return -1;
}

void check_run_free(check_run *cr)
{
    for (uint32_t i = 0; cr->explain && i < cr->prog.nrules; i++) free(cr->explain[i]);
    free(cr->explain);
    sp_free(&cr->stamp);
    wv_free(&cr->waivers);
    vm_results_free(&cr->res);
    st_free(&cr->store);
    bc_free(&cr->prog);
    ck_free(&cr->env);
    dg_free(&cr->dc);
}

static int cmd_check(int argc, char **argv)
{
    options o;
    int rc = parse_options("check", argc, argv, &o);
    if (rc >= 0) { free(o.policies); return rc; }
    int code = EXIT_PASS;
    check_run cr;
    bool started = false;   /* cr holds something to free */
    int32_t as_of;
    rp_format fmt = RP_TEXT;
    if (!o.data) { code = usage_error("check needs --data DIR (the data set to check)", NULL); goto out; }
    if (o.format && !rp_parse_format(o.format, &fmt)) { code = usage_error("unknown format '%s' (" RP_FORMAT_NAMES ")", o.format); goto out; }
    if (o.as_of) {
        if (!dt_parse(o.as_of, strlen(o.as_of), &as_of)) { code = usage_error("--as-of needs a date as YYYY-MM-DD, not '%s'", o.as_of); goto out; }
    } else as_of = (int32_t)(time(NULL) / 86400);
    started = true;
    bool stamped = fmt == RP_JSON || fmt == RP_SARIF || fmt == RP_HTML;   /* the formats that print the stamp */
    if ((code = check_run_start(&cr, &o, as_of, fmt == RP_HTML, stamped)) >= 0) { code = fail_report(&cr.dc, code, fmt, o.out); goto out; }
    rp_input in = { .prog = &cr.prog, .store = &cr.store, .dc = &cr.dc, .res = &cr.res, .as_of = as_of, .data = o.data, .strict = o.strict,
                    .stamp = stamped ? &cr.stamp : NULL, .explain = cr.explain, .waivers = &cr.waivers };
    in.color = (fmt == RP_TEXT || o.out) && want_color(&o, stdout);   /* the text report on standard output */
    if (o.out) {   /* --output FILE: the report there, text on the terminal */
        FILE *f = fopen(o.out, "w");
        bool color = in.color;
        in.color = false;   /* never in a file */
        if (f) rp_write(&in, fmt, f);
        in.color = color;
        if (!f || ferror(f) | (fclose(f) != 0)) { fprintf(stderr, "cadre check: cannot write %s: %s\n", o.out, strerror(errno)); code = EXIT_USAGE; goto out; }
        rp_text(&in, stdout);
    } else rp_write(&in, fmt, stdout);
    code = rp_exit_code(&in);
    fflush(stdout);                /* the note follows the report */
    rp_nothing_note(&in, stderr);
out:
    if (started) check_run_free(&cr);
    free(o.policies);
    return code;
}

static int cmd_lint(int argc, char **argv)
{
    options o;
    int rc = parse_options("lint", argc, argv, &o);
    if (rc >= 0) { free(o.policies); return rc; }
    rp_format fmt = RP_TEXT;
    if (o.format && !rp_parse_format(o.format, &fmt)) { free(o.policies); return usage_error("unknown format '%s' (" RP_FORMAT_NAMES ")", o.format); }
    dg_context dc; ck_env env;
    dg_init(&dc); ck_init(&env, &dc);
    dc.color = want_color(&o, stderr);
    bool ok = fe_check(&env, o.policies, o.npolicies);
    char summary[256];
    if (ok && dc.nwarnings)
        snprintf(summary, sizeof summary, "%d file%s checked: %u rule%s, no errors, %u warning%s%s", o.npolicies, o.npolicies == 1 ? "" : "s", env.nrules,
                 env.nrules == 1 ? "" : "s", dc.nwarnings, dc.nwarnings == 1 ? "" : "s", o.deny_warnings ? " (denied: --deny-warnings)" : "");
    else if (ok) snprintf(summary, sizeof summary, "%d file%s checked: %u rule%s, no errors", o.npolicies, o.npolicies == 1 ? "" : "s", env.nrules, env.nrules == 1 ? "" : "s");
    else snprintf(summary, sizeof summary, "%u error%s", dc.nerrors, dc.nerrors == 1 ? "" : "s");
    if (fmt != RP_TEXT) dr_write(&dc, fmt, "lint", summary, stdout);
    else {
        dg_print_all(&dc, stderr);
        fprintf(ok ? stdout : stderr, "%s\n", summary);
    }
    if (ok && o.deny_warnings && dc.nwarnings) ok = false;
    ck_free(&env); dg_free(&dc); free(o.policies);
    return ok ? EXIT_PASS : EXIT_POLICY;
}

static int cmd_compile(int argc, char **argv)
{
    options o;
    int rc = parse_options("compile", argc, argv, &o);
    if (rc >= 0) { free(o.policies); return rc; }
    if (!o.out) { free(o.policies); return usage_error("compile needs -o FILE", NULL); }
    dg_context dc; ck_env env; bc_program prog;
    dg_init(&dc); ck_init(&env, &dc);
    int code = EXIT_PASS;
    if (!load_program(&o, &dc, &env, &prog)) code = EXIT_POLICY;
    else {
        FILE *f = fopen(o.out, "wb");
        if (!f || !bc_write(&prog, &dc, f) || fclose(f) != 0) {
            fprintf(stderr, "cadre compile: cannot write %s: %s\n", o.out, strerror(errno));
            code = EXIT_USAGE;
        } else printf("wrote %s: %u rules, %u bytes of code\n", o.out, prog.nrules, prog.ncode);
    }
    dg_print_all(&dc, stderr);
    bc_free(&prog); ck_free(&env); dg_free(&dc); free(o.policies);
    return code;
}

static int cmd_disasm(int argc, char **argv)
{
    options o;
    int rc = parse_options("disasm", argc, argv, &o);
    if (rc >= 0) { free(o.policies); return rc; }
    dg_context dc; ck_env env; bc_program prog;
    dg_init(&dc); ck_init(&env, &dc);
    int code = EXIT_PASS;
    if (!load_program(&o, &dc, &env, &prog)) code = EXIT_POLICY;
    else bc_disasm(&prog, &dc, stdout);
    dg_print_all(&dc, stderr);
    bc_free(&prog); ck_free(&env); dg_free(&dc); free(o.policies);
    return code;
}

static int cmd_desugar(int argc, char **argv)
{
    options o;
    int rc = parse_options("desugar", argc, argv, &o);
    if (rc >= 0) { free(o.policies); return rc; }
    dg_context dc; ck_env env;
    dg_init(&dc); ck_init(&env, &dc);
    int code = EXIT_PASS;
    if (!fe_check(&env, o.policies, o.npolicies)) code = EXIT_POLICY;
    else {
        uint32_t shown = 0;
        for (uint32_t i = 0; i < env.nrules; i++) {
            node *r = env.rules[i];
            if (o.rule ? strcmp(o.rule, r->text) != 0 : !r->sem.decl) continue;
            uint32_t line, col;
            dg_line_col(&dc, r->span, &line, &col);
            printf("%s# %s:%u\n", shown ? "\n" : "", dc.files[r->span.file].name, line);
            pr_rule(stdout, r);
            shown++;
        }
        if (o.rule && !shown) { fprintf(stderr, "cadre desugar: no rule named '%s'\n", o.rule); code = EXIT_USAGE; }
        else if (!shown) printf("# no caseload, pod, supervision or progression blocks in these files\n");
    }
    dg_print_all(&dc, stderr);
    ck_free(&env); dg_free(&dc); free(o.policies);
    return code;
}

static int cmd_lsp(int argc, char **argv)
{
    options o;
    int rc = parse_options("lsp", argc, argv, &o);
    int np = o.npolicies;
    free(o.policies);
    if (rc >= 0) return rc;
    if (np) return usage_error("lsp takes no files (the editor sends them), got '%s'", argv[0]);
    return lsp_main(stdin, stdout, stderr);
}

int main(int argc, char **argv)
{
    if (argc < 2) { fputs(usage_text, stderr); return EXIT_USAGE; }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "version")) { printf("cadre %s (bytecode format %d)\n", CADRE_VERSION, BC_VERSION); return EXIT_PASS; }
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h")) { fputs(usage_text, stdout); return EXIT_PASS; }
    if (!strcmp(cmd, "help")) {
        if (argc > 2) {
            const char *h = help_for(argv[2]);
            if (!h) return usage_error("no command '%s'", argv[2]);
            fputs(h, stdout);
        } else fputs(usage_text, stdout);
        return EXIT_PASS;
    }
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            const char *h = help_for(cmd);
            if (!h) return usage_error("no command '%s'", cmd);
            fputs(h, stdout);
            return EXIT_PASS;
        }
        if (!strcmp(argv[i], "--version")) { printf("cadre %s (bytecode format %d)\n", CADRE_VERSION, BC_VERSION); return EXIT_PASS; }
    }
    if (!strcmp(cmd, "check")) return cmd_check(argc - 2, argv + 2);
    if (!strcmp(cmd, "lint")) return cmd_lint(argc - 2, argv + 2);
    if (!strcmp(cmd, "compile")) return cmd_compile(argc - 2, argv + 2);
    if (!strcmp(cmd, "disasm")) return cmd_disasm(argc - 2, argv + 2);
    if (!strcmp(cmd, "desugar")) return cmd_desugar(argc - 2, argv + 2);
    if (!strcmp(cmd, "explain")) return cmd_explain(argc - 2, argv + 2);
    if (!strcmp(cmd, "verify-report")) return cmd_verify_report(argc - 2, argv + 2);
    if (!strcmp(cmd, "fmt")) return cmd_fmt(argc - 2, argv + 2);
    if (!strcmp(cmd, "diff")) return cmd_diff(argc - 2, argv + 2);
    if (!strcmp(cmd, "test")) return cmd_test(argc - 2, argv + 2);
    if (!strcmp(cmd, "repl")) return re_main(argc - 2, argv + 2);
    if (!strcmp(cmd, "lsp")) return cmd_lsp(argc - 2, argv + 2);
    if (!strcmp(cmd, "init")) return cmd_init(argc - 2, argv + 2);
    const char *cands[] = { "check", "lint", "compile", "disasm", "desugar", "explain", "verify-report", "help", "fmt", "diff", "test", "repl", "lsp", "init" };
    const char *best = dg_closest(cmd, cands, sizeof cands / sizeof *cands);
    fprintf(stderr, "cadre: unknown command '%s'%s%s%s\n(try: cadre help)\n", cmd, best ? " — did you mean '" : "", best ? best : "", best ? "'?" : "");
    return EXIT_USAGE;
}
