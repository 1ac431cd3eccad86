/* lsp.h — `cadre lsp`: a Language Server Protocol server over stdio.
 * Owns: the JSON-RPC framing, the open documents, and answering
 * diagnostics, hover, completion, go to definition and formatting from the
 * front end (lang/) run on each document's text.
 * Does not own: parsing, checking or formatting themselves, or the editor
 * side (editors/vscode/extension.js starts `cadre lsp`). */
#ifndef CADRE_LSP_H
#define CADRE_LSP_H

#include <stdio.h>

/* Serves requests from in until `exit`. Returns the process exit code:
 * 0 after shutdown then exit, 1 for exit without shutdown or end of input. */
int lsp_main(FILE *in, FILE *out, FILE *log);

#endif
