/* opcodes.h — every VM instruction, declared once.
 * Owns: the X-macro list.  Each entry: name, operand kinds, values popped,
 * values pushed, and a one-line contract including what the instruction does
 * with a missing value.  bytecode.c generates names, the disassembler and the
 * verifier from it; vm.c switches over the enum it yields.
 * Does not own: encoding (bytecode.h) or semantics beyond the contract.
 *
 * Operand kinds (each operand is a little-endian u32 after the opcode byte):
 *   c constant index   l local slot      j jump target (absolute pc)
 *   t table index      f column of the preceding t    k reverse-link index
 *   r rule index       q requirement index            n plain count
 *   b builtin function (CADRE_BUILTINS below; its n operand is the arity)
 * Pops/pushes of -1 mean "the n operand says how many". */
#ifndef CADRE_OPCODES_H
#define CADRE_OPCODES_H

#define CADRE_OPCODES(X) \
    X(NOP,      "",    0, 0, "does nothing") \
    X(CONST,    "c",   0, 1, "push a constant") \
    X(MISSING,  "",    0, 1, "push missing") \
    X(ASOF,     "",    0, 1, "push the evaluation date (--as-of)") \
    X(LOAD,     "l",   0, 1, "push a local") \
    X(STORE,    "l",   1, 0, "pop into a local") \
    X(POP,      "",    1, 0, "discard the top") \
    X(TABLE,    "t",   0, 1, "push every row of a table as a row list") \
    X(FIELD,    "tf",  1, 1, "row: its cell (a ref gives a row); row list: the cells mapped (missing refs taint the list); missing stays missing and is noted as the missing field") \
    X(LINK,     "k",   1, 1, "row: the rows referring to it; row list: all of them, concatenated; missing stays missing") \
    X(NEG,      "",    1, 1, "negate a number; missing stays missing") \
    X(ADD,      "",    2, 1, "number+number, date+duration, list+list; missing if either is missing") \
    X(SUB,      "",    2, 1, "number-number, date-duration, date-date in days; missing if either is missing") \
    X(MUL,      "",    2, 1, "number*number; missing if either is missing") \
    X(DIV,      "",    2, 1, "exact number/number; division by zero is missing; missing if either is missing") \
    X(DUR,      "n",   1, 1, "number -> duration of n=0 days, 1 weeks, 2 months, 3 years; must be a whole number") \
    X(EQ,       "",    2, 1, "equal; missing if either is missing") \
    X(NE,       "",    2, 1, "not equal; missing if either is missing") \
    X(LT,       "",    2, 1, "less than (numbers, dates, text); missing if either is missing") \
    X(LE,       "",    2, 1, "at most; missing if either is missing") \
    X(GT,       "",    2, 1, "greater than; missing if either is missing") \
    X(GE,       "",    2, 1, "at least; missing if either is missing") \
    X(NOT,      "",    1, 1, "boolean not; missing stays missing") \
    X(AND,      "",    2, 1, "Kleene and: false wins over missing") \
    X(OR,       "",    2, 1, "Kleene or: true wins over missing") \
    X(DEFAULT,  "",    2, 1, "a ?? b: a unless a is missing, then b") \
    X(ISMISSING,"",    1, 1, "true when the value is missing; a dangling reference (--allow-missing) stays missing: whether it is there is unknown") \
    X(IN,       "",    2, 1, "role in role set, value in list; missing element gives missing") \
    X(MKLIST,   "n",  -1, 1, "pop n values (first pushed first) into a new list") \
    X(CONCAT,   "n",  -1, 1, "pop n values and push their evidence texts joined; missing prints as 'missing'") \
    X(COUNT,    "",    1, 1, "number of elements of a list; a tainted list gives missing") \
    X(SUM,      "",    1, 1, "exact sum; missing if the list is tainted or holds a missing value") \
    X(AVG,      "",    1, 1, "exact mean; empty list gives missing; as SUM for missing values") \
    X(MIN,      "",    1, 1, "smallest; empty gives missing; as SUM for missing values") \
    X(MAX,      "",    1, 1, "largest; empty gives missing; as SUM for missing values") \
    X(ANY,      "",    1, 1, "Kleene or over a list of booleans; empty gives false") \
    X(ALL,      "",    1, 1, "Kleene and over a list of booleans; empty gives true") \
    X(DISTINCT, "",    1, 1, "the list without repeats, first occurrence kept; taint kept") \
    X(JUMP,     "j",   0, 0, "continue at the target; a backward jump is charged to the budget") \
    X(ITER,     "l",   1, 0, "pop a list into local l; local l+1 becomes the index 0 (l+2 will hold the element)") \
    X(NEXT,     "lj",  0, 0, "loop head, charged to the budget: element l[index] into local l+2, or jump when done") \
    X(NEWLIST,  "l",   0, 0, "local l becomes a new empty list") \
    X(KEEP,     "ll",  1, 0, "pop a condition: true appends the element (local a+2) to list local b; missing taints b") \
    X(APPEND,   "l",   1, 0, "pop a value and append it to list local l") \
    X(MARK,     "",    0, 0, "remember the scratch-memory mark that ENTITY returns to") \
    X(ENTITY,   "l",   0, 0, "local l is the entity now judged; frees the previous entity's scratch memory") \
    X(GUARD,    "rj",  1, 0, "pop an applicability condition: false jumps; missing records unknown for every requirement of rule r and jumps") \
    X(REQ,      "qj",  1, 0, "pop a requirement: true records a pass and jumps; missing records unknown (naming the missing field) and jumps; false falls through") \
    X(FAIL,     "q",   3, 0, "pop message (or missing), limit, measured; record a violation of requirement q for the current entity") \
    X(RET,      "",    0, 0, "end of the rule") \
    X(FOCUS,    "j",   0, 0, "when the run is focused on one entity (the REPL's :why) and the current entity is another, continue at the loop head") \
    X(RESULT,   "",    1, 0, "pop the value a query asked for and hand it to the caller") \
    X(CALL,     "nb", -1, 1, "pop n arguments, push the builtin's result; missing arguments give missing") \
    X(TAINT,    "ll",  0, 0, "after a loop: when the list iterated (local a) is tainted, so is the list built (local b); an unknown input stays unknown") \
    X(BETWEEN,  "n",   3, 1, "x lo hi: n=0 lo <= x <= hi; n=1 the month of date x lies in months lo..hi (may wrap the year end); missing gives missing") \
    X(SELECT,   "",    3, 1, "c a b: if c then a else b (both were evaluated); a missing condition gives that missing value") \
    X(MEMO,     "tnj", 1, 1, "a row of table t whose computed field n this run already knows: replaced by that value, and jump; anything else stays on the stack for the code that computes it") \
    X(REMEMBER, "ltn", 1, 1, "the top is computed field n of the row in local l (table t): kept for MEMO when it is a number, boolean, date, duration, role, row, gap or missing (text and lists are not kept); the top stays") \
    X(DAYS,     "j",   2, 0, "from to: judge day by day: the evaluation date becomes from (the old one is kept, with the run of DAY, on the machine's day stack, at most 8 deep); when to < from, or an end is missing, no day is judged: jump to the target (a RUN)") \
    X(DAY,      "j",   1, 0, "pop the condition as it stood on the current day: extend or end the run of days on which it held; go on to the next day and jump back to the target until the day after to, charged to the budget; then the evaluation date is restored. A missing condition makes the run missing") \
    X(RUN,      "",    0, 1, "end the innermost DAYS: push the longest run of consecutive days on which the condition held (the earliest of equal runs) as a gap counting its first and last day, a run of 0 days when there was none, or missing (an end or a day's condition was missing)")

/* MEMO and REMEMBER slots: computed fields with an index below this are
 * computed once per row and run; the verifier bounds n operands by it. */
#define BC_MAX_MEMO 1024

/* DAYS may nest this deep (a longest() inside a longest()'s condition). */
#define BC_MAX_DAYS 8

/* Builtin functions: name as written in policies, arity, contract. */
#define CADRE_BUILTINS(X) \
    X(GAP,            "gap",            5, "gap(dates, [since,] from, to): the stretch without a date of the list that matters most among those reaching the window [from, to]; the clock starts on `since` (default `from`), whose day counts in the first stretch; dates before `since` are ignored, a date before `from` still bounds a stretch. A gap compares with a duration (gap <= 7 days). The compiler passes the duration it is compared with as a 5th argument (or missing): with a calendar limit (1 month) the stretch that overshoots its own start + limit the most is the one that counts") \
    X(DAYS_BETWEEN,   "days_between",   2, "days from the first date to the second") \
    X(MONTHS_BETWEEN, "months_between", 2, "whole calendar months from the first date to the second") \
    X(YEARS_BETWEEN,  "years_between",  2, "whole years from the first date to the second (post-qualified experience: years_between(qualified, as_of))") \
    X(MONTH,          "month_of",       1, "month of a date, 1 to 12 (month and year are duration units)") \
    X(YEAR,           "year_of",        1, "year of a date") \
    X(MISSED,         "missed",         4, "missed(dates, from, to, PERIOD): the first days of the whole calendar periods (PERIOD: 1 week Monday-Sunday, 1 month, 3 months, 1 year) inside [from, to] that hold none of the dates") \
    X(MOST,           "most_in",        4, "most_in(dates, from, to, PERIOD): the largest number of the dates (those in [from, to]) that fall in one calendar period") \
    X(DANGLING,       "is dangling",    1, "x is dangling: true when x is a reference that names no row (kept by --allow-missing), else false; never missing. Written `x is dangling`, never called by name") \
    X(LONGEST,        "longest",        3, "longest(CONDITION, from, to): the condition judged as the data stood on each day from..to (as_of is that day), and the longest run of consecutive days on which it held, as a gap that counts its first and last day (compare it with a duration: longest(...) <= 4 weeks). Compiled as DAYS / DAY / RUN, never called")

typedef enum {
#define X(id, name, arity, contract) BI_##id,
    CADRE_BUILTINS(X)
#undef X
    BI__COUNT
} bc_builtin;

typedef enum {
#define X(name, operands, pop, push, contract) BC_##name,
    CADRE_OPCODES(X)
#undef X
    BC__COUNT
} bc_opcode;

#endif
