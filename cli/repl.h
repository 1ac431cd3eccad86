/* repl.h — `cadre repl`: the auditor's interactive session.
 * Owns: the command (re_main), its options and its exit code: 0 when every
 * command of the session succeeded, 2 when any failed (an error printed and
 * the session went on), 4 on a usage error. docs/repl.md is the manual.
 * Does not own: evaluation (runtime/vm.c), edits (runtime/whatif.c), reports. */
#ifndef CADRE_REPL_H
#define CADRE_REPL_H

/* argv holds what follows `repl`: POLICY... [--data DIR|FILE.db] [--as-of DATE] [--budget N]. */
int re_main(int argc, char **argv);

#endif
