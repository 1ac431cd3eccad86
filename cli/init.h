/* init.h — `cadre init DIR`: scaffold a council's rule repository.
 * Owns: the command; see init.c. Does not own: the schema or the CI recipes'
 * documentation (docs/ci.md, which shows the same files). */
#ifndef CADRE_INIT_H
#define CADRE_INIT_H

/* cadre init DIR — argv excludes "init". */
int cmd_init(int argc, char **argv);

#endif
