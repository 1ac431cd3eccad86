/* sha256.h — SHA-256 (FIPS 180-4) for the provenance stamp of reports.
 * Owns: the hash of a byte stream, incrementally or in one call, and its
 * lowercase hex spelling.
 * Does not own: which files are hashed or how digests are combined
 * (cli/stamp.c). */
#ifndef CADRE_SHA256_H
#define CADRE_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint32_t h[8];
    uint64_t len;          /* bytes hashed so far */
    uint8_t buf[64];
    uint32_t nbuf;
} sha_ctx;

#define SHA_HEX 65         /* 64 hex digits and a NUL */

void sha_init(sha_ctx *c);
void sha_update(sha_ctx *c, const void *data, size_t n);
/* Finishes and writes the digest as lowercase hex into hex[SHA_HEX]. */
void sha_final_hex(sha_ctx *c, char hex[SHA_HEX]);
void sha_hex(const void *data, size_t n, char hex[SHA_HEX]);

#endif
