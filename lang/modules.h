/* modules.h — the standard library compiled into the binary.
 * Owns: the table of embedded stdlib sources (generated at build time by
 * tools/embed.sh from stdlib/, never committed) and lookup by module path.
 * Does not own: parsing or loading order (driver.c). */
#ifndef CADRE_MODULES_H
#define CADRE_MODULES_H

typedef struct { const char *path; const char *text; } md_module;
extern const md_module cadre_stdlib[];   /* ends with {NULL, NULL} */

/* "england.asye" or "england/asye" → its source text, or NULL. */
const char *md_find(const char *path);

#endif
