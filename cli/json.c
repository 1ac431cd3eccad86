/* json.c — a recursive-descent JSON reader and the string escaper.
 * Owns: the grammar of RFC 8259 (no extensions), \u escapes to UTF-8
 * (surrogate pairs joined), a nesting bound so hostile input cannot exhaust
 * the stack, and the escaping rules every JSON writer in cli/ uses.
 * Does not own: what the documents mean. */
#include "json.h"
#include "../runtime/utf8.h"
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_DEPTH = 64 };

typedef struct { const char *s; size_t i, n; } rd;

static void ws(rd *r)
{
    while (r->i < r->n && (r->s[r->i] == ' ' || r->s[r->i] == '\t' || r->s[r->i] == '\n' || r->s[r->i] == '\r')) r->i++;
}

static js_value *mk(js_kind k)
{
    js_value *v = calloc(1, sizeof *v);
    if (!v) abort();
    v->kind = k;
    return v;
}

static void grow(char **buf, size_t *len, size_t *cap, size_t more)
{
    if (*len + more + 1 > *cap) {
        while (*len + more + 1 > *cap) *cap = *cap ? *cap * 2 : 32;
        *buf = realloc(*buf, *cap);
        if (!*buf) abort();
    }
}

static void put_utf8(char **buf, size_t *len, size_t *cap, uint32_t c)
{
    grow(buf, len, cap, 4);
    char *b = *buf + *len;
    if (c < 0x80) { b[0] = (char)c; *len += 1; }
    else if (c < 0x800) { b[0] = (char)(0xC0 | c >> 6); b[1] = (char)(0x80 | (c & 0x3F)); *len += 2; }
    else if (c < 0x10000) { b[0] = (char)(0xE0 | c >> 12); b[1] = (char)(0x80 | ((c >> 6) & 0x3F)); b[2] = (char)(0x80 | (c & 0x3F)); *len += 3; }
    else { b[0] = (char)(0xF0 | c >> 18); b[1] = (char)(0x80 | ((c >> 12) & 0x3F)); b[2] = (char)(0x80 | ((c >> 6) & 0x3F)); b[3] = (char)(0x80 | (c & 0x3F)); *len += 4; }
}

static bool hex4(rd *r, uint32_t *out)
{
    if (r->n - r->i < 4) return false;
    uint32_t c = 0;
    for (int k = 0; k < 4; k++) {
        char h = r->s[r->i++];
        c <<= 4;
        if (h >= '0' && h <= '9') c |= (uint32_t)(h - '0');
        else if (h >= 'a' && h <= 'f') c |= (uint32_t)(h - 'a' + 10);
        else if (h >= 'A' && h <= 'F') c |= (uint32_t)(h - 'A' + 10);
        else return false;
    }
    *out = c;
    return true;
}

/* After the opening quote; returns the malloc'd text or NULL. */
static char *string(rd *r)
{
    char *buf = NULL;
    size_t len = 0, cap = 0;
    grow(&buf, &len, &cap, 0);
    while (r->i < r->n) {
        unsigned char c = (unsigned char)r->s[r->i++];
        if (c == '"') { buf[len] = 0; return buf; }
        if (c < 0x20) break;
        if (c != '\\') { grow(&buf, &len, &cap, 1); buf[len++] = (char)c; continue; }
        if (r->i >= r->n) break;
        char e = r->s[r->i++];
        const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
        const char *p = e ? strchr(from, e) : NULL;
        if (p) { grow(&buf, &len, &cap, 1); buf[len++] = to[p - from]; continue; }
        if (e != 'u') break;
        uint32_t u;
        if (!hex4(r, &u)) break;
        if (u >= 0xD800 && u < 0xDC00) {   /* a surrogate pair, or U+FFFD */
            uint32_t lo;
            if (r->n - r->i >= 6 && r->s[r->i] == '\\' && r->s[r->i + 1] == 'u') {
                size_t save = r->i;
                r->i += 2;
                if (hex4(r, &lo) && lo >= 0xDC00 && lo < 0xE000) u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                else { r->i = save; u = 0xFFFD; }
            } else u = 0xFFFD;
        } else if (u >= 0xDC00 && u < 0xE000) u = 0xFFFD;
        put_utf8(&buf, &len, &cap, u);
    }
    free(buf);
    return NULL;
}

static js_value *value(rd *r, int depth);

static bool add(js_value *v, char *key, js_value *item)
{
    if ((v->n & (v->n - 1)) == 0) {   /* capacity doubles at powers of two */
        size_t cap = v->n ? v->n * 2 : 1;
        v->items = realloc(v->items, cap * sizeof *v->items);
        if (!v->items) abort();
        if (v->kind == JS_OBJECT) { v->keys = realloc(v->keys, cap * sizeof *v->keys); if (!v->keys) abort(); }
    }
    if (v->kind == JS_OBJECT) v->keys[v->n] = key;
    v->items[v->n++] = item;
    return true;
}

static js_value *compound(rd *r, int depth, bool object)
{
    js_value *v = mk(object ? JS_OBJECT : JS_ARRAY);
    char close = object ? '}' : ']';
    ws(r);
    if (r->i < r->n && r->s[r->i] == close) { r->i++; return v; }
    for (;;) {
        char *key = NULL;
        if (object) {
            ws(r);
            if (r->i >= r->n || r->s[r->i] != '"') goto bad;
            r->i++;
            if (!(key = string(r))) goto bad;
            ws(r);
            if (r->i >= r->n || r->s[r->i] != ':') { free(key); goto bad; }
            r->i++;
        }
        js_value *item = value(r, depth + 1);
        if (!item) { free(key); goto bad; }
        add(v, key, item);
        ws(r);
        if (r->i < r->n && r->s[r->i] == ',') { r->i++; continue; }
        if (r->i < r->n && r->s[r->i] == close) { r->i++; return v; }
        goto bad;
    }
bad:
    js_free(v);
    return NULL;
}

static js_value *number(rd *r)
{
    size_t start = r->i;
    if (r->s[r->i] == '-') r->i++;
    size_t d = r->i;
    while (r->i < r->n && r->s[r->i] >= '0' && r->s[r->i] <= '9') r->i++;
    if (r->i == d || (r->s[d] == '0' && r->i - d > 1)) return NULL;
    if (r->i < r->n && r->s[r->i] == '.') {
        d = ++r->i;
        while (r->i < r->n && r->s[r->i] >= '0' && r->s[r->i] <= '9') r->i++;
        if (r->i == d) return NULL;
    }
    if (r->i < r->n && (r->s[r->i] == 'e' || r->s[r->i] == 'E')) {
        r->i++;
        if (r->i < r->n && (r->s[r->i] == '+' || r->s[r->i] == '-')) r->i++;
        d = r->i;
        while (r->i < r->n && r->s[r->i] >= '0' && r->s[r->i] <= '9') r->i++;
        if (r->i == d) return NULL;
    }
    char tmp[64];
    size_t len = r->i - start;
    if (len >= sizeof tmp) len = sizeof tmp - 1;   /* precision beyond 63 digits is not needed */
    memcpy(tmp, r->s + start, len);
    tmp[len] = 0;
    js_value *v = mk(JS_NUMBER);
    v->num = strtod(tmp, NULL);
    return v;
}

static js_value *value(rd *r, int depth)
{
    if (depth > MAX_DEPTH) return NULL;
    ws(r);
    if (r->i >= r->n) return NULL;
    char c = r->s[r->i];
    static const struct { const char *word; js_kind kind; } words[] = { { "null", JS_NULL }, { "true", JS_TRUE }, { "false", JS_FALSE } };
    for (size_t k = 0; k < 3; k++) {
        size_t wl = strlen(words[k].word);
        if (r->n - r->i >= wl && !memcmp(r->s + r->i, words[k].word, wl)) { r->i += wl; return mk(words[k].kind); }
    }
    if (c == '"') {
        r->i++;
        char *s = string(r);
        if (!s) return NULL;
        js_value *v = mk(JS_STRING);
        v->str = s;
        return v;
    }
    if (c == '{' || c == '[') { r->i++; return compound(r, depth, c == '{'); }
    if (c == '-' || (c >= '0' && c <= '9')) return number(r);
    return NULL;
}

js_value *js_parse(const char *text, size_t len)
{
    rd r = { text, 0, len };
    js_value *v = value(&r, 0);
    ws(&r);
    if (v && r.i != r.n) { js_free(v); return NULL; }
    return v;
}

void js_free(js_value *v)
{
    if (!v) return;
    for (size_t i = 0; i < v->n; i++) {
        js_free(v->items[i]);
        if (v->keys) free(v->keys[i]);
    }
    free(v->items);
    free(v->keys);
    free(v->str);
    free(v);
}

const js_value *js_get(const js_value *obj, const char *key)
{
    if (!obj || obj->kind != JS_OBJECT) return NULL;
    for (size_t i = obj->n; i-- > 0;)
        if (!strcmp(obj->keys[i], key)) return obj->items[i];
    return NULL;
}

const js_value *js_path(const js_value *v, ...)
{
    va_list ap;
    va_start(ap, v);
    for (const char *k; v && (k = va_arg(ap, const char *));) v = js_get(v, k);
    va_end(ap);
    return v;
}

const char *js_str(const js_value *v) { return v && v->kind == JS_STRING ? v->str : NULL; }
double js_num(const js_value *v, double def) { return v && v->kind == JS_NUMBER ? v->num : def; }

void js_write_strn(FILE *out, const char *s, size_t n)
{
    fputc('"', out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\t': fputs("\\t", out); break;
        default:
            if (c < 0x20) fprintf(out, "\\u%04x", c);
            else if (c < 0x80) fputc(c, out);
            else {   /* bytes that are not UTF-8 become U+FFFD: the output stays valid JSON */
                size_t k = u8_seq((const unsigned char *)s + i, n - i);
                if (!k) fputs(U8_REPLACEMENT, out);
                else { fwrite(s + i, 1, k, out); i += k - 1; }
            }
        }
    }
    fputc('"', out);
}

void js_write_str(FILE *out, const char *s)
{
    if (!s) fputs("null", out);
    else js_write_strn(out, s, strlen(s));
}
