/* parse.h — the front end's entry points: source text to AST.
 * Owns: running the reentrant flex scanner and the pure bison parser over one
 * registered source file (or a byte range of it), syntax diagnostics with
 * error recovery (every syntax error in a file is reported), string
 * interpolation parsing, and telling "incomplete" from "wrong" for the REPL.
 * Does not own: names, types or schema (check.c), nor the text itself (diag.h). */
#ifndef CADRE_PARSE_H
#define CADRE_PARSE_H

#include "ast.h"

/* Deepest expression tree accepted: the checker, compiler, printer and
 * formatter recurse over trees, so their depth is bounded here, once. */
#define PS_MAX_DEPTH 400

typedef enum {
    PS_OK,          /* parsed without syntax errors */
    PS_ERROR,       /* at least one syntax error was reported */
    PS_INCOMPLETE,  /* input ended inside a construct (open brace, trailing
                       operator, unterminated string): more lines may finish it */
} ps_status;

/* Parses the whole of file `file` (registered in dc). Returns an N_FILE node
 * holding every item that parsed (NULL only on allocation failure); syntax
 * errors are reported to dc. With quiet_incomplete, an error at end of input
 * is not reported but returned as PS_INCOMPLETE (the REPL asks for more). */
node *ps_parse_file(dg_context *dc, uint32_t file, bool quiet_incomplete, ps_status *status);

/* Parses bytes [start, end) of file `file` as one expression. Spans are
 * absolute offsets in the file. Returns NULL on error (reported to dc). */
node *ps_parse_expr(dg_context *dc, uint32_t file, uint32_t start, uint32_t end, bool quiet_incomplete, ps_status *status);

#endif
