/* audit.h — `cadre explain` and `cadre verify-report`, the commands behind
 * the audit report (cli/html.c).
 * Owns: their argument handling, output and exit codes (see cli.h).
 * Does not own: the wording of rules (lang/explain.c), the report itself
 * (cli/html.c) or the stamp (cli/stamp.c). */
#ifndef CADRE_AUDIT_H
#define CADRE_AUDIT_H

/* cadre explain POLICY... [--rule NAME]  — argv excludes "explain". */
int cmd_explain(int argc, char **argv);
/* cadre verify-report REPORT.html --data DIR POLICY... */
int cmd_verify_report(int argc, char **argv);

#endif
