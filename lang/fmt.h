/* fmt.h — the source formatter behind `cadre fmt`: policy text to its one
 * canonical layout, comments kept.
 * Owns: the layout rules (indentation, one item per line, blank lines,
 * spelling of numbers, dates, strings and sets), re-attaching comments by
 * source position, and the check that the output parses to the same tree.
 * Does not own: parsing (parse.c), files on disk or diffs (cli/commands.c). */
#ifndef CADRE_FMT_H
#define CADRE_FMT_H

#include <stdint.h>
#include "../runtime/diag.h"

/* Formats file `file` (registered in dc with its text). Returns the canonical
 * text (malloc'd, NUL-terminated, length in *len), or NULL when the file has
 * syntax errors (reported to dc) or — a formatter bug — the output would not
 * parse to the same tree (reported as E-fmt). Idempotent: formatting the
 * result gives it back unchanged. */
char *fm_format(dg_context *dc, uint32_t file, uint32_t *len);

#endif
