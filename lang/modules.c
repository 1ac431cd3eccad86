/* modules.c — lookup in the embedded standard library.
 * Owns: mapping a module path as written in `use` (dots) to its embedded
 * source. Does not own: the table itself (generated into build/gen/stdlib.c). */
#include "modules.h"
#include <string.h>

const char *md_find(const char *path)
{
    char want[256];
    size_t n = strlen(path);
    if (n >= sizeof want) return NULL;
    for (size_t i = 0; i <= n; i++) want[i] = path[i] == '.' ? '/' : path[i];
    for (const md_module *m = cadre_stdlib; m->path; m++)
        if (strcmp(m->path, want) == 0) return m->text;
    return NULL;
}
