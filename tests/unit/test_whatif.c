/* test_whatif.c — what-if edits keep the reverse-link indexes exact: after
 * every edit, undo, rewind and replay of a long pseudo-random sequence over
 * examples/medway (references re-pointed or emptied, rows dropped), each
 * built link must equal what st_rebuild_link builds from the data as it is
 * then, and rewinding must give back the data as loaded.
 * Does not test :diff's output (tests/cases/repl_diff_incremental.t). */
#include "lang/driver.h"
#include "lang/check.h"
#include "runtime/bytecode.h"
#include "runtime/store.h"
#include "runtime/whatif.h"
#include "tests/unit/unit.h"

#include <stdlib.h>

static uint64_t seed = 12345;
static uint32_t rnd(uint32_t n) { seed = seed * 6364136223846793005ull + 1442695040888963407ull; return (uint32_t)(seed >> 33) % n; }

/* Every built link against a rebuild (which then stays: the edits go on
 * from an exactly sized array, as after loading). */
static bool links_exact(st_store *st)
{
    bool ok = true;
    for (uint32_t l = 0; l < st->schema->nlinks; l++) {
        st_link *sl = &st->links[l];
        if (!sl->offsets) continue;
        uint32_t n = st->tables[st->schema->links[l].on].nrows, total = sl->offsets[n];
        uint32_t *off = malloc((n + 1) * sizeof *off);
        int32_t *rows = malloc((total + 1) * sizeof *rows);
        memcpy(off, sl->offsets, (n + 1) * sizeof *off);
        memcpy(rows, sl->rows, total * sizeof *rows);
        st_rebuild_link(st, l);
        if (memcmp(off, sl->offsets, (n + 1) * sizeof *off) != 0 || memcmp(rows, sl->rows, total * sizeof *rows) != 0) {
            printf("link %s differs from a rebuild\n", st->schema->links[l].name);
            ok = false;
        }
        free(off);
        free(rows);
    }
    return ok;
}

/* A snapshot of every reference cell and deleted flag. */
static int32_t *refs_of(const st_store *st, uint32_t *len)
{
    const sc_schema *sc = st->schema;
    uint32_t n = 0;
    for (uint32_t t = 0; t < sc->ntables; t++)
        n += st->tables[t].nrows * (sc->tables[t].ncols + 1);
    int32_t *v = calloc(n + 1, sizeof *v), k = 0;
    for (uint32_t t = 0; t < sc->ntables; t++)
        for (uint32_t r = 0; r < st->tables[t].nrows; r++) {
            for (uint32_t c = 0; c < sc->tables[t].ncols; c++)
                v[k++] = sc->tables[t].cols[c].type == SC_REF ? st->tables[t].cols[c].i32[r] : 0;
            v[k++] = st->tables[t].deleted ? st->tables[t].deleted[r] : 0;
        }
    *len = n;
    return v;
}

int main(void)
{
    dg_context dc;
    ck_env env;
    bc_program prog;
    dg_init(&dc);
    ck_init(&env, &dc);
    const char *paths[] = { "tests/repl/policy.cadre" };
    memset(&prog, 0, sizeof prog);
    CHECK(fe_compile_with(&env, paths, 1, NULL, NULL, &prog));
    st_store st;
    st_options so = {0};
    CHECK(st_load_data_opts(&st, &prog.schema, "examples/medway/data", &so, &dc));
    const sc_schema *sc = &prog.schema;
    /* half the links built before the edits, the rest on first use later */
    for (uint32_t l = 0; l < sc->nlinks; l += 2) st_link_index(&st, l);
    uint32_t len0;
    int32_t *loaded = refs_of(&st, &len0);
    wi_log *w = wi_new(&st);
    char err[512];
    uint32_t edits = 0, bad = 0;
    for (int step = 0; step < 600; step++) {
        uint32_t t = rnd(sc->ntables), nrows = st.tables[t].nrows;
        if (nrows == 0) continue;
        int32_t row = (int32_t)rnd(nrows);
        uint32_t what = rnd(10);
        if (step == 300) for (uint32_t l = 1; l < sc->nlinks; l += 2) st_link_index(&st, l);
        if (what < 6) {
            /* re-point or empty a reference */
            uint32_t c = rnd(sc->tables[t].ncols);
            if (sc->tables[t].cols[c].type != SC_REF || sc->tables[t].key_col == (int32_t)c) continue;
            uint32_t to = (uint32_t)sc->tables[t].cols[c].ref_table;
            const char *key = "";
            if (rnd(4) && st.tables[to].nrows && sc->tables[to].key_col >= 0) {
                int32_t r = (int32_t)rnd(st.tables[to].nrows);
                if (st.tables[to].deleted && st.tables[to].deleted[r]) continue;
                key = st.tables[to].cols[sc->tables[to].key_col].text[r];
            }
            edits += wi_set(w, t, row, c, key, "set", err, sizeof err);
        } else if (what < 8) {
            edits += wi_drop(w, t, row, "drop", NULL, err, sizeof err);
        } else if (what < 9) {
            char buf[64];
            wi_undo(w, buf, sizeof buf);
        } else {
            wi_rewind(w);
            uint32_t len;
            int32_t *now = refs_of(&st, &len);
            bad += len != len0 || memcmp(now, loaded, len * sizeof *now) != 0;
            free(now);
            bad += !links_exact(&st);
            wi_replay(w);
        }
        bad += !links_exact(&st);
    }
    CHECK(edits > 100);
    CHECK(bad == 0);
    while (wi_count(w)) { char buf[64]; wi_undo(w, buf, sizeof buf); }
    uint32_t len;
    int32_t *now = refs_of(&st, &len);
    CHECK(len == len0 && memcmp(now, loaded, len * sizeof *now) == 0);
    CHECK(links_exact(&st));
    free(now);
    free(loaded);
    wi_free(w);
    st_free(&st);
    bc_free(&prog);
    ck_free(&env);
    dg_free(&dc);
    return UNIT_END();
}
