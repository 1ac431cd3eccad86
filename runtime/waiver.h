/* waiver.h — council waivers: approved exceptions that turn a failed
 * finding into "waived" (docs/language.md, "Waivers").
 * Owns: reading the standard `waivers` table of a loaded store, the data
 * checks on it (a rule no program has, dates the wrong way round), matching
 * waivers to failed findings (rule, subject, as-of date, breach dates) and
 * each waiver's status, and the wording every report uses for a waiver
 * (its justification, why it waived nothing).
 * Does not own: evaluation (vm.c), loading the table (store.c) or how
 * waivers are printed (cli/report.c, cli/repl.c). */
#ifndef CADRE_WAIVER_H
#define CADRE_WAIVER_H

#include "vm.h"

typedef enum {
    WV_USED,        /* waived at least one finding */
    WV_EXPIRED,     /* its `to` is before the as-of date */
    WV_NOT_YET,     /* its `from` is after the as-of date */
    WV_OUTSIDE,     /* in force, matched a breach that lies outside its dates */
    WV_UNUSED       /* in force, matched no failed finding */
} wv_status;

typedef struct {
    int32_t row;                /* row of the waivers table */
    uint32_t line;              /* where the row starts in its source (SQLite: rowid) */
    const char *rule, *subject; /* borrowed from the store, like the texts below */
    const char *reason, *approved_by;
    int32_t from, to;           /* day numbers; to DT_MISSING = open-ended */
    wv_status status;           /* set by wv_apply */
    uint32_t used;              /* findings it waived */
    int32_t breach_from, breach_to; /* WV_OUTSIDE: the first breach it could not cover */
    bool subject_known;         /* WV_UNUSED: some keyed row has the subject as its key */
} wv_waiver;

typedef struct {
    wv_waiver *items;           /* owned; in source order */
    uint32_t n;
    const char *source;         /* the file (or SQLite table) they came from; borrowed */
} wv_set;

/* Reads the waivers table of st (no such table, or no rows: no waivers;
 * rows a what-if edit dropped are left out). The set borrows the store's
 * texts: it lives no longer than the store. */
void wv_load(wv_set *ws, const st_store *st);

/* Data errors into dc, at waivers.csv:line:col: a waiver naming a rule that
 * none of the programs has (with did-you-mean), or ending before it starts.
 * A typo must not silently waive nothing. Returns false on any. */
bool wv_check(const wv_set *ws, const bc_program *const *progs, uint32_t nprogs, dg_context *dc);

/* Turns each failed finding of res that a waiver covers into VM_WAIVED (the
 * first covering waiver in source order; per_req counts move from fail to
 * waived) and sets every waiver's status. A waiver covers a finding when it
 * names the finding's rule and entity key, as_of lies within [from, to],
 * and a dated breach (a supervision gap) lies within [from, to] too.
 * Unknowns are never waived. Running it twice changes nothing more. */
void wv_apply(wv_set *ws, const bc_program *p, const st_store *st, int32_t as_of, vm_results *res);

void wv_free(wv_set *ws);

/* "expired on 2025-03-31", "matched no failed finding"...: why a waiver
 * waived nothing, for the reports' list of expired and unused waivers. */
void wv_describe(const wv_waiver *w, char *buf, size_t cap);
/* "REASON (approved by X, 2025-04-01 to 2025-09-30; data/waivers.csv:2)":
 * what a waived finding shows in every format. */
void wv_justification(const wv_set *ws, const wv_waiver *w, char *buf, size_t cap);

#endif
