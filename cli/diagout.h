/* diagout.h — policy and data errors in the report formats, for CI.
 * Owns: writing diagnostics (errors and warnings from lang/ and the data
 * loader) as JSON, SARIF 2.1.0, GitHub workflow commands, JUnit XML or TAP,
 * so `cadre lint --format F` and a `cadre check --format F` that stops on a
 * policy or data error still give the CI tool a file:line to annotate.
 * Does not own: the plain caret listing (runtime/diag.c) or verdict reports
 * (report.c). */
#ifndef CADRE_DIAGOUT_H
#define CADRE_DIAGOUT_H

#include <stdio.h>
#include "report.h"

/* Writes every diagnostic of dc in format f (RP_TEXT: the caret listing).
 * `command` names the run ("lint", "check"); `summary` (may be NULL) is the
 * closing line the text report would print. */
void dr_write(const dg_context *dc, rp_format f, const char *command, const char *summary, FILE *out);

#endif
