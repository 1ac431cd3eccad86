/* testrun.h — `cadre test` (see testrun.c). */
#ifndef CADRE_TESTRUN_H
#define CADRE_TESTRUN_H

/* cadre test [PATH...] — argv excludes "test". Exit 0 all passed, 1 a test
 * failed, 2 a policy error, 4 usage. */
int cmd_test(int argc, char **argv);

#endif
