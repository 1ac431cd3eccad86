/* table.h — aligned text tables for the REPL's query results.
 * Owns: collecting cells row by row, column widths (in characters, UTF-8
 * aware), right-aligning number columns, a dashed header rule, and the same
 * table as CSV (the REPL's :export).
 * Does not own: what goes in a cell (cli/repl.c formats values) or colour. */
#ifndef CADRE_TABLE_H
#define CADRE_TABLE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

typedef struct tb_table tb_table;

tb_table *tb_new(uint32_t ncols);
void tb_free(tb_table *t);
/* Column c's heading; right = right-align its cells (numbers). */
void tb_header(tb_table *t, uint32_t c, const char *name, bool right);
/* Appends the next cell, filling rows left to right; NULL prints empty. The
 * text is copied. */
void tb_cell(tb_table *t, const char *text);
/* Prints heading and a rule of dashes (unless no column has a heading),
 * then the rows; no trailing blanks. */
void tb_print(const tb_table *t, FILE *out);
/* The same table as CSV (RFC 4180): the headings, then one line per row. */
void tb_csv(const tb_table *t, FILE *out);
/* Rows collected so far. */
uint32_t tb_rows(const tb_table *t);

#endif
