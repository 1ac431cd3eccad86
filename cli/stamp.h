/* stamp.h — the provenance stamp of a report: what produced it, exactly.
 * Owns: the list of inputs (cadre version, bytecode format, every policy
 * source the program was compiled from — standard schema and national
 * modules included — every data file read, the as-of date), the SHA-256 of
 * each, and one digest over them all.
 * Does not own: hashing (runtime/sha256.c) or how reports print the stamp
 * (cli/report.c, cli/html.c). */
#ifndef CADRE_STAMP_H
#define CADRE_STAMP_H

#include <stdbool.h>
#include <stdint.h>
#include "../runtime/diag.h"
#include "../runtime/schema.h"
#include "../runtime/sha256.h"

typedef struct {
    char *name;             /* owned: as the report names it (file path, "<stdlib>/std.cadre") */
    const char *kind;       /* "policy", "national module", "standard schema" or "data" */
    char sha[SHA_HEX];
} sp_file;

typedef struct {
    const char *version;    /* CADRE_VERSION */
    int bytecode;           /* BC_VERSION */
    char as_of[16];
    sp_file *files;         /* owned: policies in load order, then data files in schema order */
    uint32_t nfiles;
    char digest[SHA_HEX];   /* over the canonical listing, see sp_build */
} sp_stamp;

/* Builds the stamp. Policy texts are hashed as the program carries them
 * (dc's files, which a compiled image restores byte for byte), so a policy
 * and its compiled image give the same stamp. Data: the SQLite file, or
 * each table's CSV file present in the directory. The digest is the SHA-256
 * of the listing "cadre V\nbytecode N\nas-of D\n" then "SHA  KIND  NAME\n"
 * per file. False (and errno) when a data file cannot be read. */
bool sp_build(sp_stamp *s, const dg_context *dc, const sc_schema *schema, const char *data, int32_t as_of);
void sp_free(sp_stamp *s);
/* The canonical listing itself, the text the digest is taken over. */
void sp_listing(const sp_stamp *s, FILE *out);

#endif
