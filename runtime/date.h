/* date.h — civil-calendar arithmetic on day numbers, no libc time or zones.
 * Owns: conversion between (year, month, day) and days since 1970-01-01,
 * ISO 8601 parsing and printing, and calendar-correct month arithmetic
 * (31 Jan + 1 month = 28/29 Feb).
 * Does not own: "today" (the CLI decides that) or durations as values. */
#ifndef CADRE_DATE_H
#define CADRE_DATE_H

#include <stdint.h>
#include <stdbool.h>
#include <stddef.h>

#define DT_MISSING INT32_MIN

int32_t dt_from_civil(int32_t y, int32_t m, int32_t d);
void dt_to_civil(int32_t days, int32_t *y, int32_t *m, int32_t *d);
bool dt_valid(int32_t y, int32_t m, int32_t d);
/* Parses exactly YYYY-MM-DD (len bytes); false on bad syntax or impossible date. */
bool dt_parse(const char *s, size_t len, int32_t *out);
/* Writes YYYY-MM-DD and a NUL; buf needs 11 bytes (more for years > 9999). */
void dt_format(int32_t days, char *buf, size_t cap);
/* Adds months then days; the day of month is clamped to the target month's end. */
int32_t dt_add(int32_t days, int32_t months, int32_t plus_days);
/* The first day of the calendar period holding `days`: a week (Monday to
 * Sunday) for 0 months and 7 days; for N months dividing 12 (1 month, a
 * quarter, a year), the period of N months counted from 1 January.
 * DT_MISSING for any other length. */
int32_t dt_period_start(int32_t days, int32_t months, int32_t plus_days);

#endif
