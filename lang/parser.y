/* parser.y — the cadre grammar: a pure bison parser that builds the AST.
 * Owns: the syntax (productions, precedence by grammar layering), node
 * construction, syntax error messages and error recovery (item level, and line
 * level inside blocks, so one run reports every syntax error in a file).
 * Does not own: scanning (lexer.l), string interpolation and the entry points
 * (parse.c), or any meaning of names and types (check.c). */

%code requires {
#include <stdbool.h>
#include <stdint.h>
#include "lang/ast.h"

/* Tokens carry absolute byte spans, so a location is simply a dg_span. */
#define YYLTYPE dg_span

/* A rule's span runs from its first symbol's first byte to its last symbol's
 * last byte; an empty rule sits, empty, where the previous symbol ended. */
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                   \
    do {                                                              \
        if (N) {                                                      \
            (Cur).file = YYRHSLOC(Rhs, 1).file;                       \
            (Cur).start = YYRHSLOC(Rhs, 1).start;                     \
            (Cur).end = YYRHSLOC(Rhs, N).end;                         \
        } else {                                                      \
            (Cur).file = YYRHSLOC(Rhs, 0).file;                       \
            (Cur).start = (Cur).end = YYRHSLOC(Rhs, 0).end;           \
        }                                                             \
    } while (0)

/* Everything one parse needs; shared by the scanner (as yyextra), the
 * grammar actions and parse.c. Nothing here outlives the parse except the
 * result nodes, which the caller takes. */
typedef struct ps_ctx {
    dg_context *dc;
    uint32_t file;
    const char *text;    /* the file's bytes (the whole file, not the range) */
    uint32_t start, end; /* the byte range being parsed */
    uint32_t pos;        /* scanner position, absolute */
    void *scanner;       /* the flex scanner (yyscan_t) */
    int start_tok;       /* START_FILE / START_EXPR, handed out once */
    bool quiet;          /* quiet_incomplete: swallow an error at end of input */
    bool incomplete;     /* input ended inside a construct (quiet mode only) */
    bool eof_in_string;  /* an unterminated string ran to the end of input */
    uint32_t nerrors;    /* syntax errors reported by this parse */
    bool have_last;      /* a syntax error was reported at last_end ... */
    uint32_t last_end;   /* ... so one directly after it on the line is its echo */
    node *root;          /* N_FILE being filled (file mode) */
    node *expr;          /* the result (expression mode) */
} ps_ctx;
}

%code provides {
/* The flex scanner, renamed so the parser can wrap it (see yylex below). */
int ps_scan(YYSTYPE *lval, YYLTYPE *lloc, void *scanner);
/* Reports one syntax error (code E-syntax) and counts it; returns the
 * record so a hint can be added (valid until the next report). */
dg_diag *ps_error(ps_ctx *ctx, dg_span sp, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Builds the N_STR for the string token at sp (quotes included), splitting
 * interpolations. With what != NULL interpolation is refused ("in what"). */
node *ps_string(ps_ctx *ctx, dg_span sp, const char *what);
}

%code {
#include <stdlib.h>
#include <string.h>

static int yylex(YYSTYPE *lval, YYLTYPE *lloc, ps_ctx *ctx);
static void yyerror(YYLTYPE *loc, ps_ctx *ctx, const char *msg);

static node *mk(node_kind k, dg_span sp) { return node_new(k, sp); }

static node *mk1(node_kind k, dg_span sp, node *a)
{
    return node_add(node_new(k, sp), a);
}

static node *mk2(node_kind k, int op, dg_span sp, node *a, node *b)
{
    node *n = node_add(node_add(node_new(k, sp), a), b);
    n->op = op;
    return n;
}

static node *mk_name(char *text, dg_span sp)
{
    node *n = node_new(N_NAME, sp);
    n->text = text;
    return n;
}

static char *dup_word(const char *w)
{
    size_t n = strlen(w) + 1;
    char *s = malloc(n);
    if (!s)
        abort();
    return memcpy(s, w, n);
}

/* Moves the children of a holder node (built by a list rule) to dst. */
static node *take_kids(node *dst, node *holder)
{
    for (uint32_t i = 0; i < holder->nkids; i++)
        node_add(dst, holder->kids[i]);
    holder->nkids = 0;
    node_free(holder);
    return dst;
}

static char *plain_string(ps_ctx *ctx, dg_span sp, const char *what);

/* A cadence word as the duration it stands for. */
static node *cadence_word(ps_ctx *ctx, dg_span sp, char *word)
{
    static const struct { const char *word; int64_t count; int unit; } words[] = {
        {"daily", 1, DU_DAY}, {"weekly", 1, DU_WEEK}, {"fortnightly", 2, DU_WEEK}, {"monthly", 1, DU_MONTH},
        {"quarterly", 3, DU_MONTH}, {"yearly", 1, DU_YEAR}, {"annually", 1, DU_YEAR},
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strcmp(word, words[i].word) == 0) {
            node *num = mk(N_NUM, sp);
            num->num.num = words[i].count;
            num->num.den = 1;
            node *d = mk1(N_DUR, sp, num);
            d->op = words[i].unit;
            free(word);
            return d;
        }
    dg_diag *d = ps_error(ctx, sp, "unknown cadence '%s'", word);
    dg_hint(d, "use weekly, fortnightly, monthly, quarterly, or every N days|weeks|months");
    free(word);
    node *num = mk(N_NUM, sp);
    num->num.num = 1;
    num->num.den = 1;
    node *dur = mk1(N_DUR, sp, num);
    dur->op = DU_WEEK;
    return dur;
}

/* group CADENCE for every [KIND] pod [over D] */
static node *group_line(ps_ctx *ctx, dg_span sp, char *first, node *cadence, char *kind, node *over)
{
    node *n = NULL;
    if (strcmp(first, "group"))
        ps_error(ctx, sp, "unknown supervision line '%s', expected 'group' or 'individual'", first);
    else {
        n = mk2(N_SUPGROUP, 0, sp, cadence, over);
        n->text = kind;
        kind = NULL;
        cadence = over = NULL;
    }
    free(first); free(kind);
    node_free(cadence); node_free(over);
    return n;
}

/* The words between a caseload limit and `for`, as one string for messages. */
static void cap_words_text(const node *words, char *buf, size_t cap)
{
    size_t used = 0;
    buf[0] = 0;
    for (uint32_t i = 0; i < words->nkids && used + 1 < cap; i++)
        used += (size_t)snprintf(buf + used, cap - used, "%s%s", i ? " " : "", words->kids[i]->text);
}

static bool cap_word(const node *words, uint32_t i, const char *w)
{
    return i < words->nkids && strcmp(words->kids[i]->text, w) == 0;
}

static dg_span cap_words_span(const node *words, dg_span fallback)
{
    return words->nkids ? span_join(words->kids[0]->span, words->kids[words->nkids - 1]->span) : fallback;
}

/* at most N [weighted] open cases for ROLES [ramp]
 * N_CAP: flag weighted; kid[0] limit; kid[1] N_SET of roles; kids[2..] the
 * ramp's N_PHASE nodes (the first: kid[0] NULL, the line's limit applies) */
static node *cap_line(ps_ctx *ctx, dg_span sp, node *limit, node *words, node *roles, node *ramp)
{
    uint32_t i = cap_word(words, 0, "weighted") ? 1 : 0;
    node *n = NULL;
    if (words->nkids == i + 2 && cap_word(words, i, "open") && cap_word(words, i + 1, "cases")) {
        n = mk2(N_CAP, 0, sp, limit, roles);
        n->flag = i == 1;
        limit = roles = NULL;
        if (ramp) {
            n->flag3 = ramp->flag3;
            for (uint32_t k = 0; k < ramp->nkids; k++) node_add(n, ramp->kids[k]);
            ramp->nkids = 0;
        }
    } else {
        char text[200];
        cap_words_text(words, text, sizeof text);
        ps_error(ctx, cap_words_span(words, sp), "unexpected '%s', expected 'open cases' or 'weighted open cases'", text);
    }
    node_free(limit); node_free(words); node_free(roles); node_free(ramp);
    return n;
}

/* average at most N [weighted] [open cases] [per fte] [per team] for ROLES
 * N_AVGCAP: op AVG_PER_TEAM / AVG_ACROSS; flag weighted; flag2 per FTE;
 * flag3 the words `open cases` were written; kid[0] limit; kid[1] roles */
static node *avg_line(ps_ctx *ctx, dg_span sp, node *limit, node *words, node *roles)
{
    uint32_t i = 0;
    bool weighted = false, said = false, fte = false, team = false;
    if (cap_word(words, i, "weighted")) { weighted = true; i++; }
    if (cap_word(words, i, "open") && cap_word(words, i + 1, "cases")) { said = true; i += 2; }
    if (cap_word(words, i, "per") && cap_word(words, i + 1, "fte")) { fte = true; i += 2; }
    if (cap_word(words, i, "per") && cap_word(words, i + 1, "team")) { team = true; i += 2; }
    node *n = NULL;
    if (i == words->nkids && (said || !weighted)) {
        n = mk2(N_AVGCAP, 0, sp, limit, roles);
        n->op = team ? AVG_PER_TEAM : AVG_ACROSS;
        n->flag = weighted; n->flag2 = fte; n->flag3 = said;
        limit = roles = NULL;
    } else {
        char text[200];
        cap_words_text(words, text, sizeof text);
        ps_error(ctx, cap_words_span(words, sp),
                 "unexpected '%s', expected '[weighted open cases] per team', 'per fte', 'per fte per team' or 'for'", text);
    }
    node_free(limit); node_free(words); node_free(roles);
    return n;
}

/* in their first D [in role], then N until D, ..., then N: an N_SET of
 * N_PHASE (the first with no limit of its own); flag3: the clock is the
 * role spell, not staff.started */
static node *ramp(ps_ctx *ctx, dg_span sp, char *their, char *first, dg_span words_sp, node *d1, node *in_role, node *thens)
{
    node *n = NULL;
    if (strcmp(their, "their") || strcmp(first, "first"))
        ps_error(ctx, words_sp, "unexpected '%s %s', expected 'in their first'", their, first);
    else if (in_role && strcmp(in_role->text, "role"))
        ps_error(ctx, in_role->span, "unexpected '%s', expected 'in role'", in_role->text);
    else {
        bool ok = thens->nkids > 0;
        if (!ok) ps_error(ctx, span_join(words_sp, d1->span), "a ramp needs the limit that follows it: 'in their first D, then N'");
        for (uint32_t k = 0; k < thens->nkids && ok; k++) {
            bool last = k + 1 == thens->nkids;
            if (last && thens->kids[k]->kids[1]) {
                ps_error(ctx, thens->kids[k]->span, "the last limit of a ramp has no end: write ', then N' without 'until'");
                ok = false;
            } else if (!last && !thens->kids[k]->kids[1]) {
                ps_error(ctx, thens->kids[k]->span, "a limit before another needs an end: ', then N until D'");
                ok = false;
            }
        }
        if (ok) {
            n = mk1(N_SET, sp, mk2(N_PHASE, 0, span_join(words_sp, d1->span), NULL, d1));
            d1 = NULL;
            n->flag3 = in_role != NULL;
            for (uint32_t k = 0; k < thens->nkids; k++) node_add(n, thens->kids[k]);
            thens->nkids = 0;
        }
    }
    free(their); free(first); node_free(d1); node_free(in_role); node_free(thens);
    return n;
}

/* row TABLE { ... } or rows TABLE COUNT { ... } */
static node *test_rows(ps_ctx *ctx, dg_span sp, char *word, char *table, node *count, node *fields)
{
    node *n = NULL;
    bool many = strcmp(word, "rows") == 0;
    if (!many && strcmp(word, "row"))
        ps_error(ctx, sp, "unknown test line '%s', expected 'as_of', 'row', 'rows' or 'expect'", word);
    else if (many && !count)
        ps_error(ctx, sp, "'rows' needs a count: rows %s 10 { ... }", table);
    else if (!many && count)
        ps_error(ctx, sp, "'row' makes one row; write 'rows %s N { ... }' for several", table);
    else {
        n = mk1(N_TROWS, sp, count);
        n->text = table;
        table = NULL;
        count = NULL;
        for (uint32_t i = 0; i < fields->nkids; i++) node_add(n, fields->kids[i]);
        fields->nkids = 0;
    }
    free(word); free(table); node_free(count); node_free(fields);
    return n;
}

/* expect fail|pass|unknown|waived RULE [for "ID"] */
static node *test_expect(ps_ctx *ctx, dg_span sp, char *word, char *verdict, dg_span verdict_sp, char *rule, dg_span rule_sp, char *id)
{
    node *n = NULL;
    int op = !strcmp(verdict, "fail") ? TX_FAIL : !strcmp(verdict, "pass") ? TX_PASS : !strcmp(verdict, "unknown") ? TX_UNKNOWN :
             !strcmp(verdict, "waived") ? TX_WAIVED :
             !strcmp(verdict, "nothing") && !strcmp(rule, "else") && !id ? TX_NOTHING_ELSE : -1;
    if (strcmp(word, "expect"))
        ps_error(ctx, sp, "unknown test line '%s', expected 'as_of', 'row', 'rows' or 'expect'", word);
    else if (op < 0)
        ps_error(ctx, verdict_sp, "unexpected '%s', expected 'fail', 'pass', 'unknown', 'waived' or 'nothing else'", verdict);
    else {
        n = mk(N_TEXPECT, sp);
        n->op = op;
        n->text = rule; rule = NULL;
        n->text2 = id; id = NULL;
        n->name_span = rule_sp;
    }
    free(word); free(verdict); free(rule); free(id);
    return n;
}

/* requires assessment KIND [OUTCOME] [within D] [in MONTH .. MONTH] */
static node *requires_assessment(ps_ctx *ctx, dg_span sp, char *word, dg_span word_sp, char *kind, char *outcome, node *within, node *months)
{
    if (strcmp(word, "assessment")) {
        ps_error(ctx, word_sp, "unexpected '%s', expected 'assessment', 'programme' or a duration", word);
        free(word); free(kind); free(outcome); node_free(within); node_free(months);
        return NULL;
    }
    free(word);
    node *n = mk2(N_REQUIRES, RQ_ASSESSMENT, sp, within, months);
    n->text = kind;
    n->text2 = outcome;
    return n;
}

/* The text of a string that may not interpolate (names, titles, files). */
static char *plain_string(ps_ctx *ctx, dg_span sp, const char *what)
{
    node *s = ps_string(ctx, sp, what);
    char *t = s->text;
    s->text = NULL;
    node_free(s);
    if (!t) {
        t = malloc(1);
        if (!t)
            abort();
        t[0] = '\0';
    }
    return t;
}

/* One code of a coded column: a plain string (N_STR, text). */
static node *mk_code(ps_ctx *ctx, dg_span sp)
{
    node *n = mk(N_STR, sp);
    n->text = plain_string(ctx, sp, "a code");
    return n;
}
}

%define api.pure full
%define parse.error custom
%define parse.lac full
%locations
%expect 0
%parse-param {ps_ctx *ctx}
%lex-param {ps_ctx *ctx}

%union {
    node *node;
    char *str;
    vl_rat num;
    int32_t date;
    int ival;
    struct { int32_t from, until; } period;
}

/* Declaration order is the order of "expected one of" lists. */
%token END 0 "end of input"
%token RBRACE "'}'" COLON "':'" EQ "'='"
%token KW_MUST "'must'" KW_SHOULD "'should'" KW_OTHERWISE "'otherwise'"
%token KW_POLICY "'policy'" KW_EFFECTIVE "'effective'" KW_USE "'use'" KW_LET "'let'"
%token KW_ROLES "'roles'" KW_TABLE "'table'" KW_RULE "'rule'" KW_CASELOAD "'caseload'" KW_POD "'pod'"
%token KW_FOR "'for'" KW_EACH "'each'" KW_IN "'in'" KW_WHERE "'where'"
%token KW_KEY "'key'" KW_OPTIONAL "'optional'" KW_REF "'ref'" KW_AS "'as'"
%token KW_AT "'at'" KW_MOST "'most'" KW_LEAST "'least'" KW_EXACTLY "'exactly'"
%token KW_AVERAGE "'average'" KW_OF "'of'" KW_DISTINCT "'distinct'"
%token KW_SUPERVISION "'supervision'" KW_PROGRESSION "'progression'" KW_REQUIRES "'requires'"
%token KW_TEST "'test'"
%token KW_OVERRIDE "'override'" KW_DISABLE "'disable'" KW_BECAUSE "'because'" KW_INTENDED "'intended'"
%token KW_EVERY "'every'" KW_THEN "'then'" KW_UNTIL "'until'" KW_OVER "'over'" KW_WITHIN "'within'"
%token <str> IDENT "identifier"
%token <num> NUMBER "number"
%token STRING "string"
%token <date> DATE "date"
%token <ival> UNIT "duration unit"
%token KW_TRUE "'true'" KW_FALSE "'false'" KW_MISSING "'missing'" KW_PRESENT "'present'"
%token KW_AS_OF "'as_of'" KW_IF "'if'" KW_ELSE "'else'"
%token LBRACE "'{'" LPAREN "'('" RPAREN "')'" COMMA "','"
%token NE "'!='" LT "'<'" LE "'<='" GT "'>'" GE "'>='"
%token PLUS "'+'" MINUS "'-'" STAR "'*'" SLASH "'/'" QQ "'??'"
%token KW_AND "'and'" KW_OR "'or'" KW_NOT "'not'" KW_IS "'is'" DOT "'.'"
%token DOTDOT "'..'" ARROW "'->'"
%token ERRTOK "invalid character"
%token START_FILE "start of file" START_EXPR "start of expression"

%type <node> item roles_body role_items table columns column coltype opt_codes codes code_list
%type <node> rule rule_body reqs req foreach opt_where opt_otherwise
%type <node> caseload caplines capline capbody capwords opt_ramp opt_in_role ramp_thens ramp_then
%type <node> pod podlines podline rolelist
%type <node> supervision suplines supline cadence phases phase_first phase_then opt_over
%type <node> progression reqlines requirement opt_within opt_months override because
%type <node> test testlines testline fields field
%type <node> expr or_expr and_expr not_expr cmp range dflt add mul unary postfix primary args arglist
%type <str> rname blockword dotted opt_title opt_as colname fieldname opt_measure
%type <ival> opt_optional
%type <period> in_force

%destructor { node_free($$); } <node>
%destructor { free($$); } <str>

%%

input
    : START_FILE items
    | START_EXPR expr               { ctx->expr = $2; }
    ;

/* Items go straight into ctx->root, so an aborted parse keeps what it had. */
items
    : %empty
    | items item                    { if ($2) node_add(ctx->root, $2); }
    | items error
    ;

item
    : kw_policy STRING
        { $$ = mk(N_POLICY, @$); $$->text = plain_string(ctx, @2, "a policy name"); }
    | kw_effective DATE             { $$ = mk(N_EFFECTIVE, @$); $$->date = $2; }
    | kw_effective DATE KW_UNTIL DATE
        { $$ = mk(N_EFFECTIVE, @$); $$->date = $2; $$->until = $4; }
    | kw_use dotted                 { $$ = mk(N_USE, @$); $$->text = $2; $$->name_span = @2; }
    | kw_let IDENT EQ expr
        { $$ = mk1(N_LET, @$, $4); $$->text = $2; $$->name_span = @2; }
    | kw_roles LBRACE roles_body RBRACE   { $$ = $3; $$->span = @$; }
    | table
    | codes
    | rule
    | caseload
    | pod
    | supervision
    | progression
    | override
    | test
    ;

/* A test next to the rules: a tiny fixture and the verdicts it must give.
 *   test "title" {
 *     as_of 2025-06-30
 *     row staff { id: "S1", role: asye, ... }
 *     rows cases 17 { id: "C{n}", worker: "S1", ... }     n = 1..17
 *     expect fail|pass|unknown|waived RULE [for "ID"]
 *     expect nothing else
 *   } */
test
    : kw_test STRING LBRACE testlines RBRACE
        { $$ = $4; $$->span = @$; $$->name_span = @2; $$->text = plain_string(ctx, @2, "a test title"); }
    ;

testlines
    : %empty                        { $$ = mk(N_TEST, @$); }
    | testlines testline            { $$ = $1; if ($2) node_add($$, $2); }
    | testlines error               { $$ = $1; }
    ;

testline
    : KW_AS_OF DATE                 { $$ = mk(N_TASOF, @$); $$->date = $2; }
    | IDENT IDENT LBRACE fields RBRACE
        { $$ = test_rows(ctx, @$, $1, $2, NULL, $4); }
    | IDENT IDENT NUMBER LBRACE fields RBRACE
        { node *k = mk(N_NUM, @3); k->num = $3; $$ = test_rows(ctx, @$, $1, $2, k, $5); }
    | IDENT IDENT rname
        { $$ = test_expect(ctx, @$, $1, $2, @2, $3, @3, NULL); }
    | IDENT IDENT KW_ELSE           /* expect nothing else */
        { $$ = test_expect(ctx, @$, $1, $2, @2, dup_word("else"), @3, NULL); }
    | IDENT IDENT rname KW_FOR STRING
        { $$ = test_expect(ctx, @$, $1, $2, @2, $3, @3, plain_string(ctx, @5, "an entity id")); }
    ;

fields
    : %empty                        { $$ = mk(N_SET, @$); }
    | field                         { $$ = mk1(N_SET, @$, $1); }
    | fields COMMA field            { $$ = node_add($1, $3); }
    ;

field
    : colname COLON expr            { $$ = mk1(N_TFIELD, @$, $3); $$->text = $1; $$->name_span = @1; }
    ;

/* A council layer changes a national module only explicitly, with a reason:
 *   override let NAME = EXPR because "..." [intended]
 *   override rule NAME ["title"] { ... } because "..." [intended]
 *   disable rule NAME because "..." [intended] */
override
    : kw_override KW_LET IDENT EQ expr because
        {
            node *let = mk1(N_LET, span_join(@2, @5), $5); let->text = $3; let->name_span = @3;
            $$ = $6; $$->span = @$; $$->op = OV_LET; $$->text = dup_word($3); $$->name_span = @3;
            node_add($$, let);
        }
    | kw_override KW_RULE rname opt_title LBRACE rule_body RBRACE because
        {
            node *r = $6; r->span = span_join(@2, @7); r->name_span = @3; r->text = $3; r->text2 = $4;
            $$ = $8; $$->span = @$; $$->op = OV_RULE; $$->text = dup_word($3); $$->name_span = @3;
            node_add($$, r);
        }
    | kw_disable KW_RULE rname because
        { $$ = $4; $$->span = @$; $$->op = OV_DISABLE; $$->text = $3; $$->name_span = @3; node_add($$, NULL); }
    ;

because
    : KW_BECAUSE STRING             { $$ = mk(N_OVERRIDE, @$); $$->text2 = plain_string(ctx, @2, "a reason"); }
    | KW_BECAUSE STRING KW_INTENDED { $$ = mk(N_OVERRIDE, @$); $$->text2 = plain_string(ctx, @2, "a reason"); $$->flag = true; }
    ;

/* A rule name: the rules lowered from blocks are named after the block
 * (caseload.cap, pod.practice.lead), so those words may start a name. */
rname
    : dotted
    | blockword DOT dotted
        {
            size_t a = strlen($1), b = strlen($3);
            $$ = malloc(a + b + 2);
            if (!$$) abort();
            memcpy($$, $1, a); $$[a] = '.'; memcpy($$ + a + 1, $3, b + 1);
            free($1); free($3);
        }
    ;

blockword
    : KW_CASELOAD                   { $$ = dup_word("caseload"); }
    | KW_POD                        { $$ = dup_word("pod"); }
    | KW_SUPERVISION                { $$ = dup_word("supervision"); }
    | KW_PROGRESSION                { $$ = dup_word("progression"); }
    ;

dotted
    : IDENT                         { $$ = $1; }
    | dotted DOT IDENT
        {
            size_t a = strlen($1), b = strlen($3);
            $$ = realloc($1, a + b + 2);
            if (!$$)
                abort();
            $$[a] = '.';
            memcpy($$ + a + 1, $3, b + 1);
            free($3);
        }
    ;

/* roles { a b, c } — commas between role codes are optional. */
roles_body
    : %empty                        { $$ = mk(N_ROLES, @$); }
    | role_items
    ;

role_items
    : IDENT                         { $$ = mk1(N_ROLES, @$, mk_name($1, @1)); }
    | role_items IDENT              { $$ = node_add($1, mk_name($2, @2)); }
    | role_items COMMA IDENT        { $$ = node_add($1, mk_name($3, @3)); }
    ;


opt_title
    : %empty                        { $$ = NULL; }
    | STRING                        { $$ = plain_string(ctx, @1, "a title or file name"); }
    ;

/* table staff "staff.csv" { key id: text  manager: ref staff optional as reports } */
table
    : kw_table IDENT opt_title LBRACE columns RBRACE
        { $$ = $5; $$->span = @$; $$->name_span = @2; $$->text = $2; $$->text2 = $3; }
    ;

columns
    : %empty                        { $$ = mk(N_TABLE, @$); }
    | columns column                { $$ = $1; if ($2) node_add($$, $2); }
    | columns error                 { $$ = $1; }
    ;

column
    : KW_KEY colname COLON coltype opt_codes opt_optional opt_as
        { $$ = $4; $$->span = @$; $$->name_span = @2; $$->text = $2;
          $$->flag3 = true; $$->flag2 = $6; $$->text3 = $7;
          if ($5) { node_add($$, NULL); node_add($$, $5); } }
    | colname COLON coltype opt_codes opt_optional opt_as
        { $$ = $3; $$->span = @$; $$->name_span = @1; $$->text = $1;
          $$->flag2 = $5; $$->text3 = $6;
          if ($4) { node_add($$, NULL); node_add($$, $4); } }
    | colname COLON coltype EQ expr
        { $$ = node_add($3, $5); $$->span = @$; $$->name_span = @1; $$->text = $1; }
    ;

/* `pod` is a keyword (the pod block) and also a column of the standard
 * schema (staff.pod, supervisions.pod), so it may name a column here and a
 * value in expressions (see primary). `rule` names a column of the standard
 * waivers table, read as w.rule (after a dot any word is a field name). */
colname
    : IDENT
    | KW_POD                        { $$ = dup_word("pod"); }
    | KW_UNTIL                      { $$ = dup_word("until"); }
    | KW_OVER                       { $$ = dup_word("over"); }
    | KW_WITHIN                     { $$ = dup_word("within"); }
    | KW_EFFECTIVE                  { $$ = dup_word("effective"); }
    | KW_TEST                       { $$ = dup_word("test"); }
    | KW_AVERAGE                    { $$ = dup_word("average"); }
    | KW_EVERY                      { $$ = dup_word("every"); }
    | KW_RULE                       { $$ = dup_word("rule"); }
    ;

coltype
    : IDENT                         { $$ = mk(N_COLUMN, @$); $$->text2 = $1; }
    | KW_REF IDENT                  { $$ = mk(N_COLUMN, @$); $$->text2 = $2; $$->flag = true; }
    ;

/* kind: text in {"individual", "group"} — the column's closed set of codes
 * (N_CODES as the column's kid[1], kid[0] staying NULL: not computed). */
opt_codes
    : %empty                        { $$ = NULL; }
    | KW_IN LBRACE code_list RBRACE { $$ = $3; $$->span = @$; }
    ;

code_list
    : STRING                        { $$ = mk1(N_CODES, @$, mk_code(ctx, @1)); }
    | code_list COMMA STRING        { $$ = node_add($1, mk_code(ctx, @3)); }
    ;

/* table pods.kind in {"remodelled"} — a council's own codes added to a coded
 * column declared elsewhere (the standard schema). */
codes
    : kw_table IDENT DOT colname KW_IN LBRACE code_list RBRACE
        { $$ = $7; $$->span = @$; $$->name_span = span_join(@2, @4); $$->text = $2; $$->text2 = $4; }
    ;

opt_optional
    : %empty                        { $$ = false; }
    | KW_OPTIONAL                   { $$ = true; }
    ;

opt_as
    : %empty                        { $$ = NULL; }
    | KW_AS IDENT                   { $$ = $2; }
    ;

/* rule name "title" { for each x in c where cond:  must ... otherwise "..." } */
rule
    : kw_rule rname opt_title in_force LBRACE rule_body RBRACE
        {
            $$ = $6; $$->span = @$; $$->name_span = @2; $$->text = $2; $$->text2 = $3;
            $$->date = $4.from; $$->until = $4.until;
        }
    ;

/* A rule's own period in force: [effective DATE] [until DATE] */
in_force
    : %empty                        { $$.from = $$.until = INT32_MIN; }
    | KW_EFFECTIVE DATE             { $$.from = $2; $$.until = INT32_MIN; }
    | KW_UNTIL DATE                 { $$.from = INT32_MIN; $$.until = $2; }
    | KW_EFFECTIVE DATE KW_UNTIL DATE { $$.from = $2; $$.until = $4; }
    ;

rule_body
    : foreach reqs                  { $$ = $2; $$->kids[0] = $1; }
    | reqs
    ;

/* The N_RULE is born here with an empty kid[0] slot for the foreach. A bad
 * line is skipped up to the next 'must', 'should' or '}'. */
reqs
    : req                           { $$ = node_add(node_add(mk(N_RULE, @$), NULL), $1); }
    | error                         { $$ = node_add(mk(N_RULE, @$), NULL); }
    | reqs req                      { $$ = node_add($1, $2); }
    | reqs error                    { $$ = $1; }
    ;

foreach
    : KW_FOR KW_EACH IDENT KW_IN or_expr opt_where COLON
        { $$ = node_add(mk1(N_FOREACH, @$, $5), $6); $$->text = $3; $$->name_span = @3; }
    ;

opt_where
    : %empty                        { $$ = NULL; }
    | KW_WHERE expr                 { $$ = $2; }
    ;

/* must COND [as "what is measured"] [otherwise "message"] */
req
    : kw_must expr opt_measure opt_otherwise
        { $$ = mk2(N_REQ, REQ_MUST, @$, $2, $4); $$->text = $3; }
    | kw_should expr opt_measure opt_otherwise
        { $$ = mk2(N_REQ, REQ_SHOULD, @$, $2, $4); $$->text = $3; }
    ;

opt_measure
    : %empty                        { $$ = NULL; }
    | KW_AS STRING                  { $$ = plain_string(ctx, @2, "what a requirement measures"); }
    ;

opt_otherwise
    : %empty                        { $$ = NULL; }
    | KW_OTHERWISE STRING           { $$ = ps_string(ctx, @2, NULL); }
    ;

/* caseload { name: at most 20 open cases for a, b   average at most 17 per team for c } */
caseload
    : kw_caseload LBRACE caplines RBRACE    { $$ = $3; $$->span = @$; }
    ;

caplines
    : %empty                        { $$ = mk(N_CASELOAD, @$); }
    | caplines capline              { $$ = $1; if ($2) node_add($$, $2); }
    | caplines error                { $$ = $1; }
    ;

capline
    : IDENT COLON capbody
        {
            $$ = $3;
            if ($$) { $$->text = $1; $$->span = @$; $$->name_span = @1; }
            else free($1);
        }
    | capbody
    ;

/* The unit words are plain identifiers in the grammar (they are not
 * keywords anywhere else), gathered as N_NAME nodes and checked by
 * cap_line / avg_line so the message can say what fits. */
capbody
    : KW_AT KW_MOST primary capwords KW_FOR rolelist opt_ramp
        { $$ = cap_line(ctx, @$, $3, $4, take_kids(mk(N_SET, @6), $6), $7); }
    | KW_AVERAGE KW_AT KW_MOST primary capwords KW_FOR rolelist
        { $$ = avg_line(ctx, @$, $4, $5, take_kids(mk(N_SET, @7), $7)); }
    ;

capwords
    : %empty                        { $$ = mk(N_SET, @$); }
    | capwords IDENT                { $$ = node_add($1, mk_name($2, @2)); }
    | capwords KW_POD               { $$ = node_add($1, mk_name(strdup("pod"), @2)); }
    ;

/* in their first D [in role], then N [until D] ... , then N */
opt_ramp
    : %empty                        { $$ = NULL; }
    | KW_IN IDENT IDENT primary opt_in_role ramp_thens
        { $$ = ramp(ctx, @$, $2, $3, span_join(@2, @3), $4, $5, $6); }
    ;

opt_in_role
    : %empty                        { $$ = NULL; }
    | KW_IN IDENT                   { $$ = mk_name($2, @2); }
    ;

ramp_thens
    : %empty                        { $$ = mk(N_SET, @$); }
    | ramp_thens ramp_then          { $$ = node_add($1, $2); }
    ;

ramp_then
    : COMMA KW_THEN primary         { $$ = mk2(N_PHASE, 1, @$, $3, NULL); }
    | COMMA KW_THEN primary KW_UNTIL primary { $$ = mk2(N_PHASE, 1, @$, $3, $5); }
    ;

/* A holder node whose N_NAME children are moved into the owner. */
rolelist
    : IDENT                         { $$ = mk1(N_SET, @$, mk_name($1, @1)); }
    | rolelist COMMA IDENT          { $$ = node_add($1, mk_name($3, @3)); }
    ;

/* pod practice { lead: practice_manager  exactly 4 of case_holders } */
pod
    : kw_pod IDENT LBRACE podlines RBRACE
        { $$ = $4; $$->span = @$; $$->name_span = @2; $$->text = $2; }
    ;

podlines
    : %empty                        { $$ = mk(N_POD, @$); }
    | podlines podline              { $$ = $1; if ($2) node_add($$, $2); }
    | podlines error                { $$ = $1; }
    ;

podline
    : IDENT COLON expr
        {
            if (strcmp($1, "lead")) {
                ps_error(ctx, @1, "unknown pod line '%s:', expected 'lead:'", $1);
                node_free($3); $$ = NULL;
            } else {
                $$ = mk1(N_LEAD, @$, $3); $$->name_span = @1;
            }
            free($1);
        }
    | KW_EXACTLY primary KW_OF rolelist
        { $$ = take_kids(mk1(N_COMPOSE, @$, $2), $4); $$->op = CMP_EXACTLY; }
    | KW_AT KW_LEAST primary KW_OF rolelist
        { $$ = take_kids(mk1(N_COMPOSE, @$, $3), $5); $$->op = CMP_AT_LEAST; }
    | KW_AT KW_MOST primary KW_OF rolelist
        { $$ = take_kids(mk1(N_COMPOSE, @$, $3), $5); $$->op = CMP_AT_MOST; }
    /* nothing else: no in-post member but the lead and the roles counted above */
    | IDENT KW_ELSE
        {
            if (strcmp($1, "nothing")) {
                ps_error(ctx, @1, "unknown pod line '%s else', expected 'nothing else'", $1);
                $$ = NULL;
            } else $$ = mk(N_NOTHING_ELSE, @$);
            free($1);
        }
    | IDENT IDENT
        {
            ps_error(ctx, @1, "unknown pod line '%s %s', expected 'nothing else'", $1, $2);
            $$ = NULL;
            free($1); free($2);
        }
    ;

/* ---- supervision { ... } ----
 *   group CADENCE for every [KIND] pod [over D]
 *   individual for ROLES: CADENCE [for D] {, then CADENCE [until D]} [over D]
 * The first word of a line is a plain identifier, checked here. */
supervision
    : kw_supervision LBRACE suplines RBRACE { $$ = $3; $$->span = @$; }
    ;

suplines
    : %empty                        { $$ = mk(N_SUPERVISION, @$); }
    | suplines supline              { $$ = $1; if ($2) node_add($$, $2); }
    | suplines IDENT COLON supline
        {
            $$ = $1;
            if ($4) { free($4->text3); $4->text3 = $2; $4->span = span_join(@2, @4); node_add($$, $4); } else free($2);
        }
    | suplines error                { $$ = $1; }
    ;

supline
    : IDENT cadence KW_FOR KW_EVERY KW_POD opt_over
        { $$ = group_line(ctx, @$, $1, $2, NULL, $6); }
    | IDENT cadence KW_FOR KW_EVERY IDENT KW_POD opt_over
        { $$ = group_line(ctx, @$, $1, $2, $5, $7); }
    | IDENT KW_FOR rolelist COLON phases opt_over
        {
            if (strcmp($1, "individual")) {
                ps_error(ctx, @1, "unknown supervision line '%s', expected 'group' or 'individual'", $1);
                node_free($3); node_free($5); node_free($6); $$ = NULL;
            } else {
                node *roles = take_kids(mk(N_SET, @3), $3);
                $$ = mk2(N_SUPIND, 0, @$, roles, $6);
                take_kids($$, $5);
            }
            free($1);
        }
    ;

/* weekly, fortnightly, monthly, or every DURATION: a duration node */
cadence
    : IDENT                         { $$ = cadence_word(ctx, @1, $1); }
    | KW_EVERY primary              { $$ = $2; }
    ;

phases
    : phase_first                   { $$ = mk1(N_SET, @$, $1); }
    | phases COMMA KW_THEN phase_then { $$ = node_add($1, $4); }
    ;

phase_first
    : cadence                       { $$ = mk2(N_PHASE, 0, @$, $1, NULL); }
    | cadence KW_FOR primary        { $$ = mk2(N_PHASE, 0, @$, $1, $3); }
    ;

phase_then
    : cadence                       { $$ = mk2(N_PHASE, 1, @$, $1, NULL); }
    | cadence KW_UNTIL primary      { $$ = mk2(N_PHASE, 1, @$, $1, $3); }
    ;

opt_over
    : %empty                        { $$ = NULL; }
    | KW_OVER primary               { $$ = $2; }
    ;

/* ---- progression FROM -> TO { requires ... } ---- */
progression
    : kw_progression IDENT ARROW IDENT LBRACE reqlines RBRACE
        {
            $$ = $6; $$->span = @$; $$->text = $2; $$->text2 = $4;
            $$->name_span = span_join(@2, @4);
        }
    ;

reqlines
    : %empty                        { $$ = mk(N_PROGRESSION, @$); }
    | reqlines requirement          { $$ = $1; if ($2) node_add($$, $2); }
    | reqlines error                { $$ = $1; }
    ;

/*   requires assessment KIND [OUTCOME] [within D] [in MONTH .. MONTH]
 *   requires programme "NAME" completed
 *   requires DURATION in role */
requirement
    : kw_requires IDENT IDENT opt_within opt_months
        { $$ = requires_assessment(ctx, @$, $2, @2, $3, NULL, $4, $5); }
    | kw_requires IDENT IDENT IDENT opt_within opt_months
        { $$ = requires_assessment(ctx, @$, $2, @2, $3, $4, $5, $6); }
    | kw_requires IDENT STRING IDENT
        {
            $$ = NULL;
            if (strcmp($2, "programme") || strcmp($4, "completed"))
                ps_error(ctx, @$, "expected: requires programme \"NAME\" completed");
            else {
                $$ = mk(N_REQUIRES, @$); $$->op = RQ_PROGRAMME;
                $$->text = plain_string(ctx, @3, "a programme name");
            }
            free($2); free($4);
        }
    | kw_requires primary KW_IN IDENT
        {
            if (strcmp($4, "role")) {
                ps_error(ctx, @4, "unexpected '%s', expected 'in role'", $4);
                node_free($2); $$ = NULL;
            } else { $$ = mk1(N_REQUIRES, @$, $2); $$->op = RQ_TENURE; }
            free($4);
        }
    ;

opt_within
    : %empty                        { $$ = NULL; }
    | KW_WITHIN primary             { $$ = $2; }
    ;

opt_months
    : %empty                        { $$ = NULL; }
    | KW_IN range                   { $$ = $2; }
    ;

/* A keyword that can only start an item or a requirement is a safe point to
 * resume reporting: without this, an error in the few tokens after a
 * recovered error would go unreported (bison's three-token rule). */
kw_policy    : KW_POLICY       { yyerrok; } ;
kw_effective : KW_EFFECTIVE    { yyerrok; } ;
kw_use       : KW_USE          { yyerrok; } ;
kw_let       : KW_LET          { yyerrok; } ;
kw_roles     : KW_ROLES        { yyerrok; } ;
kw_table     : KW_TABLE        { yyerrok; } ;
kw_rule      : KW_RULE         { yyerrok; } ;
kw_caseload  : KW_CASELOAD     { yyerrok; } ;
kw_pod       : KW_POD          { yyerrok; } ;
kw_supervision : KW_SUPERVISION { yyerrok; } ;
kw_progression : KW_PROGRESSION { yyerrok; } ;
kw_requires  : KW_REQUIRES     { yyerrok; } ;
kw_override  : KW_OVERRIDE     { yyerrok; } ;
kw_test      : KW_TEST         { yyerrok; } ;
kw_disable   : KW_DISABLE      { yyerrok; } ;
kw_must      : KW_MUST         { yyerrok; } ;
kw_should    : KW_SHOULD       { yyerrok; } ;

/* ---- expressions, loosest first ---- */

expr
    : or_expr
    | expr KW_WHERE or_expr         { $$ = mk2(N_WHERE, 0, @$, $1, $3); }
    | KW_IF or_expr KW_THEN or_expr KW_ELSE or_expr
        { $$ = mk2(N_IF, 0, @$, $2, $4); node_add($$, $6); }
    ;

or_expr
    : and_expr
    | or_expr KW_OR and_expr        { $$ = mk2(N_BINARY, OP_OR, @$, $1, $3); }
    ;

and_expr
    : not_expr
    | and_expr KW_AND not_expr      { $$ = mk2(N_BINARY, OP_AND, @$, $1, $3); }
    ;

not_expr
    : cmp
    | KW_NOT not_expr               { $$ = mk1(N_UNARY, @$, $2); $$->op = OP_NOT; }
    ;

/* Comparisons do not chain: `a < b < c` is a syntax error. */
cmp
    : dflt
    | dflt EQ dflt                  { $$ = mk2(N_BINARY, OP_EQ, @$, $1, $3); }
    | dflt NE dflt                  { $$ = mk2(N_BINARY, OP_NE, @$, $1, $3); }
    | dflt LT dflt                  { $$ = mk2(N_BINARY, OP_LT, @$, $1, $3); }
    | dflt LE dflt                  { $$ = mk2(N_BINARY, OP_LE, @$, $1, $3); }
    | dflt GT dflt                  { $$ = mk2(N_BINARY, OP_GT, @$, $1, $3); }
    | dflt GE dflt                  { $$ = mk2(N_BINARY, OP_GE, @$, $1, $3); }
    | dflt KW_IN dflt               { $$ = mk2(N_IN, 0, @$, $1, $3); }
    | dflt KW_NOT KW_IN dflt        { $$ = mk2(N_IN, 0, @$, $1, $4); $$->flag = true; }
    | dflt KW_IN range              { $$ = mk2(N_IN, 0, @$, $1, $3); }
    | dflt KW_NOT KW_IN range       { $$ = mk2(N_IN, 0, @$, $1, $4); $$->flag = true; }
    | dflt KW_IS KW_MISSING         { $$ = mk1(N_IS, @$, $1); }
    | dflt KW_IS KW_PRESENT         { $$ = mk1(N_IS, @$, $1); $$->flag = true; }
    /* `is dangling` (a reference naming no row, --allow-missing): a word, not a keyword */
    | dflt KW_IS IDENT
        {
            $$ = mk1(N_IS, @$, $1); $$->op = IS_DANGLING;
            if (strcmp($3, "dangling"))
                dg_hint(ps_error(ctx, @3, "unexpected '%s' after 'is'", $3), "write 'is missing', 'is present' or 'is dangling'");
            free($3);
        }
    ;

/* lo .. hi, inclusive: numbers, dates, or month names (february .. march) */
range
    : dflt DOTDOT dflt              { $$ = mk2(N_RANGE, 0, @$, $1, $3); }
    ;

dflt
    : add
    | dflt QQ add                   { $$ = mk2(N_BINARY, OP_DEFAULT, @$, $1, $3); }
    ;

add
    : mul
    | add PLUS mul                  { $$ = mk2(N_BINARY, OP_ADD, @$, $1, $3); }
    | add MINUS mul                 { $$ = mk2(N_BINARY, OP_SUB, @$, $1, $3); }
    ;

mul
    : unary
    | mul STAR unary                { $$ = mk2(N_BINARY, OP_MUL, @$, $1, $3); }
    | mul SLASH unary               { $$ = mk2(N_BINARY, OP_DIV, @$, $1, $3); }
    ;

unary
    : postfix
    | MINUS unary                   { $$ = mk1(N_UNARY, @$, $2); $$->op = OP_NEG; }
    /* `distinct x` is a prefix operator, so count(distinct x) and distinct(x) both read naturally */
    | KW_DISTINCT unary
        { $$ = mk1(N_CALL, @$, $2); $$->text = dup_word("distinct"); $$->name_span = @1; }
    ;

postfix
    : primary
    | postfix DOT fieldname
        { $$ = mk1(N_FIELD, @$, $1); $$->text = $3; $$->name_span = @3; }
    ;

/* After a dot any word names a field: a council's column may be called
 * `until` or `over` even though those are keywords elsewhere. */
fieldname
    : IDENT
    | KW_POD                        { $$ = dup_word("pod"); }
    | KW_UNTIL                      { $$ = dup_word("until"); }
    | KW_OVER                       { $$ = dup_word("over"); }
    | KW_WITHIN                     { $$ = dup_word("within"); }
    | KW_EFFECTIVE                  { $$ = dup_word("effective"); }
    | KW_KEY                        { $$ = dup_word("key"); }
    | KW_TEST                       { $$ = dup_word("test"); }
    | KW_AVERAGE                    { $$ = dup_word("average"); }
    | KW_EVERY                      { $$ = dup_word("every"); }
    | KW_POLICY                     { $$ = dup_word("policy"); }
    | KW_ROLES                      { $$ = dup_word("roles"); }
    | KW_TABLE                      { $$ = dup_word("table"); }
    | KW_OPTIONAL                   { $$ = dup_word("optional"); }
    | KW_AT                         { $$ = dup_word("at"); }
    ;

primary
    : NUMBER                        { $$ = mk(N_NUM, @$); $$->num = $1; }
    | NUMBER UNIT
        { node *k = mk(N_NUM, @1); k->num = $1; $$ = mk1(N_DUR, @$, k); $$->op = $2; }
    | IDENT UNIT                    { $$ = mk1(N_DUR, @$, mk_name($1, @1)); $$->op = $2; }
    | STRING                        { $$ = ps_string(ctx, @1, NULL); }
    | DATE                          { $$ = mk(N_DATE, @$); $$->date = $1; }
    | KW_TRUE                       { $$ = mk(N_BOOL, @$); $$->flag = true; }
    | KW_FALSE                      { $$ = mk(N_BOOL, @$); }
    | KW_MISSING                    { $$ = mk(N_MISSING, @$); }
    | KW_AS_OF                      { $$ = mk(N_ASOF, @$); }
    | IDENT                         { $$ = mk_name($1, @1); }
    | KW_POD                        { $$ = mk_name(dup_word("pod"), @1); }
    | IDENT LPAREN args RPAREN
        { $$ = take_kids(mk(N_CALL, @$), $3); $$->text = $1; $$->name_span = @1; }
    | LPAREN expr RPAREN            { $$ = $2; }
    | LBRACE args RBRACE            { $$ = take_kids(mk(N_SET, @$), $2); }
    ;

/* A holder node for a comma-separated list, possibly empty. */
args
    : %empty                        { $$ = mk(N_SET, @$); }
    | arglist
    ;

arglist
    : expr                          { $$ = mk1(N_SET, @$, $1); }
    | arglist COMMA expr            { $$ = node_add($1, $3); }
    ;

%%

/* Hands out the entry-point pseudo-token once, then the scanner's tokens. */
static int yylex(YYSTYPE *lval, YYLTYPE *lloc, ps_ctx *ctx)
{
    if (ctx->start_tok) {
        int t = ctx->start_tok;
        ctx->start_tok = 0;
        lloc->file = ctx->file;
        lloc->start = lloc->end = ctx->start;
        return t;
    }
    return ps_scan(lval, lloc, ctx->scanner);
}

/* Called only when the parser's stack is exhausted (syntax errors go to
 * yyreport_syntax_error), which only very deep nesting can do. */
static void yyerror(YYLTYPE *loc, ps_ctx *ctx, const char *msg)
{
    (void)msg;
    ps_error(ctx, *loc, "expression nested too deeply");
}

static bool is_operator(yysymbol_kind_t k)
{
    switch (k) {
    case YYSYMBOL_EQ: case YYSYMBOL_NE: case YYSYMBOL_LT: case YYSYMBOL_LE:
    case YYSYMBOL_GT: case YYSYMBOL_GE: case YYSYMBOL_PLUS: case YYSYMBOL_MINUS:
    case YYSYMBOL_STAR: case YYSYMBOL_SLASH: case YYSYMBOL_QQ: case YYSYMBOL_KW_AND:
    case YYSYMBOL_KW_OR: case YYSYMBOL_KW_NOT: case YYSYMBOL_KW_IS: case YYSYMBOL_KW_IN:
    case YYSYMBOL_KW_WHERE: case YYSYMBOL_DOT:
        return true;
    default:
        return false;
    }
}

/* How the offending token is named: its own text where that helps. */
static void describe(char *buf, size_t cap, const ps_ctx *ctx, yysymbol_kind_t tok, const YYLTYPE *loc)
{
    if (tok == YYSYMBOL_YYEOF) {
        snprintf(buf, cap, ctx->root ? "end of input" : "end of expression");
        return;
    }
    uint32_t len = loc->end - loc->start;
    const char *ell = "";
    if (len > 32) {
        len = 32;
        ell = "...";
    }
    const char *s = ctx->text + loc->start;
    if (tok == YYSYMBOL_STRING)
        snprintf(buf, cap, "string %.*s%s", (int)len, s, ell);
    else
        snprintf(buf, cap, "'%.*s%s'", (int)len, s, ell);
}

/* "unexpected X, expected one of: A, B, C". Long lists are summarised: a
 * place that can start an expression says so, and operators are folded into
 * "an operator", so the message names what the writer most likely missed. */
static int yyreport_syntax_error(const yypcontext_t *pc, ps_ctx *ctx)
{
    yysymbol_kind_t tok = yypcontext_token(pc);
    const YYLTYPE *loc = yypcontext_location(pc);
    if (tok == YYSYMBOL_ERRTOK)
        return 0; /* the scanner has already reported this character */
    if (ctx->incomplete)
        return 0;
    if (tok == YYSYMBOL_YYEOF && ctx->eof_in_string)
        return 0; /* "unterminated string" already says the input stopped */
    if (tok == YYSYMBOL_YYEOF && ctx->quiet && ctx->nerrors == 0) {
        ctx->incomplete = true;
        return 0;
    }
    /* An error on the very next token of the same line is almost always
     * the recovery stumbling over what the first error left behind (e.g. a
     * keyword used as a rule name, then its title): report the first only. */
    if (ctx->have_last && loc->start >= ctx->last_end) {
        bool adjacent = true;
        for (uint32_t p = ctx->last_end; p < loc->start && adjacent; p++)
            adjacent = ctx->text[p] == ' ' || ctx->text[p] == '\t';
        if (adjacent) {
            ctx->last_end = loc->end;
            return 0;
        }
    }
    ctx->have_last = true;
    ctx->last_end = loc->end;
    char what[64];
    describe(what, sizeof what, ctx, tok, loc);

    yysymbol_kind_t exp[YYNTOKENS];
    int n = yypcontext_expected_tokens(pc, exp, YYNTOKENS);
    if (n < 0)
        return n;
    int nops = 0;
    bool starts_expr = false;
    for (int i = 0; i < n; i++) {
        nops += is_operator(exp[i]);
        starts_expr |= exp[i] == YYSYMBOL_NUMBER;
    }
    bool fold = nops >= 3; /* "or an operator" rather than a wall of symbols */
    const char *list[6];
    int nlist = 0;
    for (int i = 0; i < n && nlist < 6; i++) {
        if ((fold && is_operator(exp[i])) || (exp[i] == YYSYMBOL_UNIT && n > 1))
            continue; /* a unit after a name is possible but never the point */
        list[nlist++] = yysymbol_name(exp[i]);
    }

    /* a rule name may also start with a block's word (caseload.cap): when
     * only names fit here, say so instead of listing those words */
    bool only_names = n > 0;
    for (int i = 0; i < n; i++)
        only_names &= exp[i] == YYSYMBOL_IDENT || exp[i] == YYSYMBOL_KW_CASELOAD || exp[i] == YYSYMBOL_KW_POD ||
                      exp[i] == YYSYMBOL_KW_SUPERVISION || exp[i] == YYSYMBOL_KW_PROGRESSION;
    char msg[512];
    int m = snprintf(msg, sizeof msg, "unexpected %s", what);
    if (only_names) {
        snprintf(msg + m, sizeof msg - (size_t)m, ", expected a name");
    } else if (starts_expr && n > 5) {
        snprintf(msg + m, sizeof msg - (size_t)m, ", expected an expression");
    } else if (nlist == 1 && !fold) {
        snprintf(msg + m, sizeof msg - (size_t)m, ", expected %s", list[0]);
    } else if (nlist > 0 || fold) {
        m += snprintf(msg + m, sizeof msg - (size_t)m, ", expected one of: ");
        for (int i = 0; i < nlist && i < 5; i++)
            m += snprintf(msg + m, sizeof msg - (size_t)m, "%s%s", i ? ", " : "", list[i]);
        if (nlist > 5)
            m += snprintf(msg + m, sizeof msg - (size_t)m, ", ...");
        if (fold)
            snprintf(msg + m, sizeof msg - (size_t)m, "%san operator", nlist ? " or " : "");
    }
    dg_diag *d = ps_error(ctx, *loc, "%s", msg);
    bool wants_name = false;
    for (int i = 0; i < n; i++) wants_name |= exp[i] == YYSYMBOL_IDENT;
    const char *tname = yysymbol_name(tok);
    if (wants_name && tname[0] == '\'' && tname[1] >= 'a' && tname[1] <= 'z')
        dg_hint(d, "%s is a keyword; choose another name", what);
    switch (tok) {
    case YYSYMBOL_EQ: case YYSYMBOL_NE: case YYSYMBOL_LT:
    case YYSYMBOL_LE: case YYSYMBOL_GT: case YYSYMBOL_GE:
        if (!starts_expr && nops > 0)
            dg_hint(d, "comparisons do not chain: write 'a < b and b < c'");
        break;
    default:
        break;
    }
    return 0;
}
