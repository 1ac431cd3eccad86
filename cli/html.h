/* html.h — the audit report: one self-contained HTML page per check.
 * Owns: the page (summary, overrides, charts drawn as inline SVG, the
 * sortable and filterable findings table, each rule in plain English with
 * its source and verdicts, the provenance stamp), its styles and its small
 * inline script. No network: nothing is fetched, nothing is dated but as-of.
 * Does not own: verdicts (runtime/vm.c), the wording of rules
 * (lang/explain.c, passed in rp_input.explain) or the stamp (cli/stamp.c). */
#ifndef CADRE_HTML_H
#define CADRE_HTML_H

#include <stdio.h>
#include "report.h"

void ht_report(const rp_input *in, FILE *out);

/* The id of the JSON block that carries the stamp (and the options a re-run
 * needs) inside the page, for `cadre verify-report`. */
#define HT_STAMP_ID "cadre-provenance"

#endif
