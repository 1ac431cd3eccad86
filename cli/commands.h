/* commands.h — `cadre fmt` and `cadre diff`, the commands CI runs on rule files.
 * Owns: their argument handling, output and exit codes (see cli.h).
 * Does not own: the formatter (lang/fmt.c), evaluation (runtime/vm.c) or the
 * other commands (main.c). */
#ifndef CADRE_COMMANDS_H
#define CADRE_COMMANDS_H

/* cadre fmt [--check|--write|--diff] POLICY...  — argv excludes "fmt". */
int cmd_fmt(int argc, char **argv);
/* cadre diff OLD NEW --data DIR [--as-of DATE] [--fail-on new-breach|change] */
int cmd_diff(int argc, char **argv);

#endif
