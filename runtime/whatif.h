/* whatif.h — what-if edits of a loaded store, for the REPL, with an undo log.
 * Owns: changing one cell from text (through the loader's conversion rules),
 * dropping a row (the table's `deleted` bitmap, references to it read as
 * missing), keeping the reverse-link indexes in step, undoing edits exactly,
 * and which rows of a rule the edits can reach (:diff). Nothing is ever
 * written back to the data files.
 * Does not own: loading (store.c) or deciding what an edit means (cli/repl.c). */
#ifndef CADRE_WHATIF_H
#define CADRE_WHATIF_H

#include <stddef.h>
#include "store.h"
#include "bytecode.h"

typedef struct wi_log wi_log;

/* A log over st (borrowed; it must outlive the log). */
wi_log *wi_new(st_store *st);
/* Frees the log and the deleted bitmaps it set. The store keeps its edited
 * cells, so free the log just before the store (st_free does not know the
 * bitmaps). */
void wi_free(wi_log *w);

/* The row of `table` whose key is `key`, skipping dropped rows; -1 if none
 * (or when the table has no key). */
int32_t wi_find(const st_store *st, uint32_t table, const char *key);

/* Sets cell (table, row, col) from text as a CSV cell would be read: NULL or
 * "" is missing (refused for a required column), a reference names the key
 * of a row that is not dropped. Key columns cannot be changed. `what` (the
 * command, for :undo and :diff) is copied. On error writes a message to err
 * and changes nothing. */
bool wi_set(wi_log *w, uint32_t table, int32_t row, uint32_t col, const char *text,
            const char *what, char *err, size_t errcap);
/* Drops a row: it leaves every table listing and link, and every reference to
 * it becomes missing. *nrefs (if not NULL) receives how many references were
 * cut. */
bool wi_drop(wi_log *w, uint32_t table, int32_t row, const char *what, uint32_t *nrefs,
             char *err, size_t errcap);

/* Undoes the last edit exactly; copies its description to buf. False when
 * there is nothing to undo. */
bool wi_undo(wi_log *w, char *buf, size_t cap);
uint32_t wi_count(const wi_log *w);
const char *wi_describe(const wi_log *w, uint32_t i);   /* edit i, oldest first */

/* Puts the store back as loaded (wi_rewind) and then re-applies every edit
 * (wi_replay): :diff judges the data both ways. */
void wi_rewind(wi_log *w);
void wi_replay(wi_log *w);
/* Whether any edit in the log changed column col of table (col -1: dropped
 * or restored a row of it). */
bool wi_touched(const wi_log *w, uint32_t table, int32_t col);

/* :diff's row-level reach. Made after the edits, in the edited state (the
 * log's last wi_replay or edit), for one program; borrows both. */
typedef struct wi_reach wi_reach;
wi_reach *wi_reach_new(const wi_log *w, const bc_program *p);
/* The rows of rule's `for each` table whose verdicts the logged edits can
 * change (reached from an edited row through the references and links the
 * rule's code follows, in the data as loaded or as edited): *rows, ascending,
 * *n of them, valid until the next call, and *pc, the `for each` TABLE
 * instruction for vm_run_rule_rows. False when the rule cannot be narrowed
 * and every row must be judged: no `for each`, code the analysis does not
 * follow, or a whole table read that an edit reaches. */
bool wi_reach_rows(wi_reach *r, uint32_t rule, uint32_t *pc, const int32_t **rows, uint32_t *n);
void wi_reach_free(wi_reach *r);

#endif
