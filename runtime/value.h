/* value.h — the one value type of the VM, exact rationals and dates.
 * Owns: vl_value (passed by value; a value never owns memory — text points at
 * interned or arena strings, lists at arena or store memory that outlives the
 * evaluation that made them), rational arithmetic with overflow detection, and
 * formatting values for evidence.
 * Does not own: where lists or strings live (vm.c's arena, store.c's pools). */
#ifndef CADRE_VALUE_H
#define CADRE_VALUE_H

#include <stdint.h>
#include <stdbool.h>
#include <stddef.h>

typedef enum {
    VT_MISSING,  /* a value that is not there: propagates as "unknown" */
    VT_BOOL,
    VT_NUM,      /* exact rational; integers have den == 1 */
    VT_TEXT,
    VT_DATE,     /* days since 1970-01-01, proleptic Gregorian */
    VT_DUR,      /* calendar duration: months and days kept apart */
    VT_ROLE,     /* role id: index into the schema's role table */
    VT_ROLESET,  /* bit set of role ids (at most 64 roles) */
    VT_ROW,      /* one row of a table */
    VT_LIST,     /* a collection of rows or of values */
    VT_GAP,      /* the longest gap between dated events: from one date to the next */
} vl_type;

typedef struct { int64_t num, den; } vl_rat; /* den > 0, gcd(num,den) == 1 */

/* Why a value is missing when no data cell is (vl_value.as.miss.why). */
enum { VL_WHY_CELL, VL_WHY_DIV_ZERO, VL_WHY_EMPTY,
       VL_WHY_DANGLING /* with the cell set: a reference naming no row (--allow-missing) */ };

typedef struct vl_list vl_list;

typedef struct {
    uint8_t type;              /* vl_type */
    union {
        bool b;
        vl_rat n;
        const char *s;
        int32_t date;
        struct { int32_t months, days; } dur;
        uint8_t role;
        uint64_t roles;
        struct { uint32_t table; int32_t row; } row;
        vl_list *list;
        /* from..to without an event; start: `from` is the clock's first day
         * (counted in the stretch), not an event; breach: the first day of
         * the window out of compliance in any stretch over the limit (not
         * only this one), DT_MISSING when none or no limit (waivers must
         * cover it: runtime/waiver.c).  run: a run of days on which a
         * condition held (longest()), counted from its first day to its
         * last, both included; start then says it begins on the window's
         * first day (it may reach back further); none: no such day in the
         * window from..to (0 days) */
        struct { int32_t from, to, breach; bool start, run, none; } gap;
        /* VT_MISSING: where the missing value came from, so an unknown
         * verdict can name the field; table1 = table index + 1, 0 = no cell */
        struct { uint32_t table1; int32_t row; int16_t col; bool ref; uint8_t why; } miss;
    } as;
} vl_value;

/* A list is either rows of one table (rows != NULL, or rows == NULL meaning
 * "every row 0..len-1", the whole table) or plain values. */
struct vl_list {
    uint32_t len;
    uint32_t cap;              /* room in rows/vals while the VM builds it */
    bool of_rows;              /* rows of table `table`, else vals */
    bool tainted;              /* a filter over it was unknown for some element */
    vl_value cause;            /* when tainted: the missing value that did it */
    uint32_t table;
    const int32_t *rows;
    vl_value *vals;
    uint32_t asc;              /* VM: rows[0..asc) are known to ascend, so `in` bisects them */
};

#define VL_MAX_ROLES 64

static inline vl_value vl_missing(void) { vl_value v = {0}; v.type = VT_MISSING; return v; }
static inline vl_value vl_bool(bool b) { vl_value v = {0}; v.type = VT_BOOL; v.as.b = b; return v; }
static inline vl_value vl_int(int64_t i) { vl_value v = {0}; v.type = VT_NUM; v.as.n.num = i; v.as.n.den = 1; return v; }
static inline vl_value vl_text(const char *s) { vl_value v = {0}; v.type = VT_TEXT; v.as.s = s; return v; }
static inline vl_value vl_date(int32_t d) { vl_value v = {0}; v.type = VT_DATE; v.as.date = d; return v; }
static inline vl_value vl_role(uint8_t r) { vl_value v = {0}; v.type = VT_ROLE; v.as.role = r; return v; }
static inline vl_value vl_roleset(uint64_t r) { vl_value v = {0}; v.type = VT_ROLESET; v.as.roles = r; return v; }
static inline vl_value vl_row(uint32_t t, int32_t r) { vl_value v = {0}; v.type = VT_ROW; v.as.row.table = t; v.as.row.row = r; return v; }
static inline vl_value vl_listv(vl_list *l) { vl_value v = {0}; v.type = VT_LIST; v.as.list = l; return v; }
static inline vl_value vl_dur(int32_t months, int32_t days) { vl_value v = {0}; v.type = VT_DUR; v.as.dur.months = months; v.as.dur.days = days; return v; }

/* Rational arithmetic. Each returns false on overflow (the caller reports a
 * run-time error: an exact result that does not fit is never rounded). */
bool vl_rat_make(int64_t num, int64_t den, vl_rat *out);
bool vl_rat_add(vl_rat a, vl_rat b, vl_rat *out);
bool vl_rat_sub(vl_rat a, vl_rat b, vl_rat *out);
bool vl_rat_mul(vl_rat a, vl_rat b, vl_rat *out);
bool vl_rat_div(vl_rat a, vl_rat b, vl_rat *out); /* false also on b == 0 */
int vl_rat_cmp(vl_rat a, vl_rat b);               /* exact: -1, 0, 1 */
/* Parses "17", "-3", "0.6", "1.25" exactly. Returns false on bad syntax or overflow. */
bool vl_rat_parse(const char *s, size_t len, vl_rat *out);
/* Formats exactly when the denominator divides a power of ten (up to 6 places),
 * otherwise rounded half-away-from-zero to 2 places (e.g. 17.33). */
void vl_rat_format(vl_rat r, char *buf, size_t cap);

/* Equality for any two values of the same type (text by content). */
bool vl_equal(vl_value a, vl_value b);

#endif
