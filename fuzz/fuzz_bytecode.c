/* fuzz_bytecode.c — harness for the bytecode loader: untrusted image bytes
 * through bc_read → bc_verify → bc_disasm, and a verified image through the
 * VM over an empty store, which must never misbehave (practice 3).
 * Owns: the header fix-up that lets mutations reach past the checksum.
 * Does not own: the format, verifier or VM (runtime/), nor the replay loop. */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

/* Must match runtime/bytecode.c: FNV-1a over the payload, stored at 16. */
static uint32_t fnv1a(const uint8_t *d, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) { h ^= d[i]; h *= 16777619u; }
    return h;
}

static void put32(uint8_t *p, uint32_t v)
{
    for (int k = 0; k < 4; k++) p[k] = (uint8_t)(v >> (8 * k));
}

/* Loads buf as an image; when it loads, verifies, lists and runs it. */
static bool load(const uint8_t *buf, size_t len)
{
    dg_context dc;
    dg_init(&dc);
    bc_program p;
    bool ok = bc_read(&p, &dc, buf, len, "fuzz.cbc");
    if (ok && bc_verify(&p, &dc)) {
        bc_disasm(&p, &dc, fz_sink());
        fz_run_empty(&p, &dc);
    }
    fz_print_diags(&dc);
    bc_free(&p);
    dg_free(&dc);
    return ok;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 20)) return 0;
    /* As given: exercises the header checks (magic, version, length, checksum). */
    if (load(data, size) || size < 20) return 0;
    /* With a correct header over the same payload, so that mutations of the
     * payload are read rather than refused by the checksum. */
    uint8_t *fixed = malloc(size);
    if (!fixed) abort();
    memcpy(fixed, data, size);
    memcpy(fixed, BC_MAGIC, 8);
    put32(fixed + 8, BC_VERSION);
    put32(fixed + 12, (uint32_t)(size - 20));
    put32(fixed + 16, fnv1a(fixed + 20, size - 20));
    load(fixed, size);
    free(fixed);
    return 0;
}
