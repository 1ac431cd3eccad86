/* json.h — the small JSON reader and string writer cli/ needs.
 * Owns: parsing one JSON text into a tree of js_value (strict RFC 8259,
 * nesting bounded), lookups by key and index, and writing a string escaped.
 * Does not own: any protocol or report layout (lsp.c, report.c, lintfmt.c). */
#ifndef CADRE_JSON_H
#define CADRE_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef enum { JS_NULL, JS_FALSE, JS_TRUE, JS_NUMBER, JS_STRING, JS_ARRAY, JS_OBJECT } js_kind;

typedef struct js_value js_value;
struct js_value {
    js_kind kind;
    double num;            /* JS_NUMBER */
    char *str;             /* JS_STRING: owned, NUL-terminated (UTF-8; an
                              embedded \u0000 ends it early) */
    char **keys;           /* JS_OBJECT: owned key per member */
    js_value **items;      /* JS_ARRAY / JS_OBJECT: owned members, in order */
    size_t n;
};

/* Parses text[0..len); NULL when it is not one well-formed JSON value
 * (nesting deeper than 64 counts as malformed). Free with js_free. */
js_value *js_parse(const char *text, size_t len);
void js_free(js_value *v);
/* The member `key` of an object (the last one, if repeated), or NULL. */
const js_value *js_get(const js_value *obj, const char *key);
/* A path of keys: js_path(v, "params", "textDocument", "uri", NULL). */
const js_value *js_path(const js_value *v, ...);
/* The string, or NULL when v is not a string. */
const char *js_str(const js_value *v);
/* The number, or def when v is not a number. */
double js_num(const js_value *v, double def);

/* Writes s as a JSON string literal ("null" for NULL). */
void js_write_str(FILE *out, const char *s);
/* The same for s[0..n), which may hold any bytes but NUL. */
void js_write_strn(FILE *out, const char *s, size_t n);

#endif
