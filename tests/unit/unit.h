/* unit.h — the smallest unit-test harness: CHECK counts, main prints the
 * summary line the runner reads ("unit: N passed, N failed"). */
#ifndef CADRE_UNIT_H
#define CADRE_UNIT_H
#include <stdio.h>
#include <string.h>
static int unit_pass, unit_fail;
#define CHECK(cond) do { if (cond) unit_pass++; else { unit_fail++; \
    printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); } } while (0)
#define CHECK_STR(got, want) do { const char *g_ = (got), *w_ = (want); \
    if (g_ && strcmp(g_, w_) == 0) unit_pass++; else { unit_fail++; \
    printf("FAIL %s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, g_ ? g_ : "(null)", w_); } } while (0)
#define UNIT_END() (printf("unit: %d passed, %d failed\n", unit_pass, unit_fail), unit_fail != 0)
#endif
