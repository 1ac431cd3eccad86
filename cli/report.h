/* report.h — verdicts to text for people and to machine formats for CI.
 * Owns: the layout of `cadre check` output in each format (text, JSON, JUnit
 * XML, SARIF 2.1.0, TAP 13, GitHub workflow commands), the summary line and
 * counts, and what exit code the verdicts call for.
 * Does not own: evaluation (runtime/vm.c) or diagnostics (runtime/diag.c). */
#ifndef CADRE_REPORT_H
#define CADRE_REPORT_H

#include <stdio.h>
#include "../runtime/vm.h"
#include "../runtime/waiver.h"
#include "stamp.h"

typedef enum { RP_TEXT, RP_JSON, RP_JUNIT, RP_SARIF, RP_TAP, RP_GITHUB, RP_HTML } rp_format;

/* The format named `name` ("text", "json", "junit", "sarif", "tap",
 * "github", "html"); false for anything else. */
bool rp_parse_format(const char *name, rp_format *out);
#define RP_FORMAT_NAMES "text, json, junit, sarif, tap, github or html"

typedef struct {
    const bc_program *prog;
    const st_store *store;
    const dg_context *dc;
    const vm_results *res;
    int32_t as_of;
    const char *data;        /* the --data argument */
    bool strict;             /* unknown counts as failure */
    const wv_set *waivers;   /* applied to res (runtime/waiver.c); NULL: none */
    const sp_stamp *stamp;   /* provenance, or NULL (not printed) */
    char *const *explain;    /* per rule: plain-English reading, or NULL (html) */
    bool color;              /* text: ANSI colours (violations red, warnings
                                magenta, unknowns yellow, waived cyan) */
} rp_input;

/* violations and warnings leave out waived failures, counted in waived */
typedef struct {
    uint32_t rules, checks, passed, violations, warnings, unknown, waived;
    uint32_t nothing;        /* rules that judged nothing (no check at all) */
} rp_summary;

rp_summary rp_summarize(const rp_input *in);
void rp_text(const rp_input *in, FILE *out);
void rp_json(const rp_input *in, FILE *out);
/* One testsuite; a testcase per rule x entity with a finding (must failures
 * are <failure>, should failures, unknowns and waived findings <skipped> —
 * unknowns are failures under --strict), plus one passing testcase per
 * rule; expired and unused waivers in the suite's <system-out>. */
void rp_junit(const rp_input *in, FILE *out);
/* SARIF 2.1.0: rules = the program's rules, one result per finding located
 * at its requirement's span; level error (must), warning (should), note
 * (unknown; error under --strict); a waived finding carries an accepted
 * external suppression with the waiver's justification. Expired and unused
 * waivers are warning notifications of the run's invocation. */
void rp_sarif(const rp_input *in, FILE *out);
/* TAP 13: one test point per rule, findings in a YAML block; a rule whose
 * only failures are shoulds is `not ok ... # TODO`, one whose only failures
 * are waived `ok ... # SKIP waived`; expired and unused waivers as
 * diagnostics. */
void rp_tap(const rp_input *in, FILE *out);
/* GitHub workflow commands: ::error (must) / ::warning (should, unknown) /
 * ::notice (waived) with file, line and column, ::warning for expired and
 * unused waivers at their line of waivers.csv, then the summary line. */
void rp_github(const rp_input *in, FILE *out);
/* A JSON string literal (null for NULL), and the stamp as a JSON object
 * (shared by the JSON, SARIF and HTML reports). */
void rp_json_string(FILE *out, const char *s);
void rp_json_stamp(FILE *out, const sp_stamp *st);
/* Writes the report in format f. */
void rp_write(const rp_input *in, rp_format f, FILE *out);
/* XML text/attribute escaping; GitHub workflow-command escaping of the
 * message (property false) or of a property value (true). */
void rp_esc_xml(FILE *out, const char *s);
void rp_esc_github(FILE *out, const char *s, bool property);
/* 0 when every must passed (and, strictly, nothing was unknown), else 1;
 * 3 when there are rules and none judged anything (nothing judged is not
 * a pass). */
int rp_exit_code(const rp_input *in);
/* Whether rule r judged nothing, and why, in words: "no staff rows in the
 * data (data/staff.csv)" or "none of the 12 staff rows was judged ...". */
bool rp_judged_nothing(const rp_input *in, uint32_t r, char *why, size_t cap);
/* Data-quality finding i of the store (--allow-missing): where it is
 * ("data/staff.csv:3:39") and what it says, as every format words it. */
void rp_issue(const rp_input *in, uint32_t i, char *where, size_t wcap, char *msg, size_t mcap);
/* When no rule judged anything: says so on out (the data may be the wrong
 * export) and returns true. */
bool rp_nothing_note(const rp_input *in, FILE *out);

#endif
