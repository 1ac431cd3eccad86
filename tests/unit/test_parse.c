/* test_parse.c — unit tests of the front end: lexer, grammar, AST shapes and
 * spans, string interpolation, syntax errors with recovery, and the REPL's
 * "incomplete" verdict. Leaks are caught by the sanitizer build of this file.
 * Does not test meaning (test_check.c) or diagnostic printing (test_diag.c). */
#include <stdlib.h>
#include <string.h>
#include "lang/parse.h"
#include "unit.h"

typedef struct {
    dg_context dc;
    uint32_t file;
    node *root;
    ps_status st;
} parsed;

static parsed parse(const char *src, bool quiet)
{
    parsed p;
    dg_init(&p.dc);
    p.file = dg_add_file(&p.dc, "t.cadre", strdup(src), (uint32_t)strlen(src));
    p.root = ps_parse_file(&p.dc, p.file, quiet, &p.st);
    return p;
}

static parsed parse_expr(const char *src, bool quiet)
{
    parsed p;
    dg_init(&p.dc);
    p.file = dg_add_file(&p.dc, "t.cadre", strdup(src), (uint32_t)strlen(src));
    p.root = ps_parse_expr(&p.dc, p.file, 0, (uint32_t)strlen(src), quiet, &p.st);
    return p;
}

static void done(parsed *p)
{
    node_free(p->root);
    dg_free(&p->dc);
}

/* line:col of diagnostic i, as "L:C", for compact checks. */
static const char *where(const parsed *p, uint32_t i)
{
    static char buf[32];
    if (i >= p->dc.ndiags)
        return "(none)";
    uint32_t l, c;
    dg_line_col(&p->dc, p->dc.diags[i].span, &l, &c);
    snprintf(buf, sizeof buf, "%u:%u", l, c);
    return buf;
}

static const char *msg(const parsed *p, uint32_t i)
{
    return i < p->dc.ndiags ? p->dc.diags[i].message : "(none)";
}

/* A compact expression form: (op a b), names bare, numbers n or n/d. */
static void sx(const node *n, char *out, size_t cap)
{
    static const char *const ops[] = { "+", "-", "*", "/", "=", "!=", "<", "<=", ">", ">=",
                                       "and", "or", "not", "neg", "??" };
    static const char *const units[] = { "day", "week", "month", "year" };
    size_t len = strlen(out);
    char *o = out + len;
    size_t room = cap - len;
    if (!n) {
        snprintf(o, room, "-");
        return;
    }
    switch (n->kind) {
    case N_NUM:
        if (n->num.den == 1)
            snprintf(o, room, "%lld", (long long)n->num.num);
        else
            snprintf(o, room, "%lld/%lld", (long long)n->num.num, (long long)n->num.den);
        return;
    case N_NAME: snprintf(o, room, "%s", n->text); return;
    case N_DATE: snprintf(o, room, "@%d", (int)n->date); return;
    case N_BOOL: snprintf(o, room, "%s", n->flag ? "true" : "false"); return;
    case N_MISSING: snprintf(o, room, "missing"); return;
    case N_ASOF: snprintf(o, room, "as_of"); return;
    case N_STR:
        if (n->text) {
            snprintf(o, room, "\"%s\"", n->text);
            return;
        }
        snprintf(o, room, "(str");
        break;
    case N_FIELD:
        sx(n->kids[0], out, cap);
        len = strlen(out);
        snprintf(out + len, cap - len, ".%s", n->text);
        return;
    case N_BINARY: snprintf(o, room, "(%s", ops[n->op]); break;
    case N_UNARY: snprintf(o, room, "(%s", ops[n->op]); break;
    case N_WHERE: snprintf(o, room, "(where"); break;
    case N_IN: snprintf(o, room, "(%s", n->flag ? "not-in" : "in"); break;
    case N_IS: snprintf(o, room, "(%s", n->flag ? "present" : "missing?"); break;
    case N_SET: snprintf(o, room, "{"); break;
    case N_CALL: snprintf(o, room, "(%s%s", n->text, n->flag ? " distinct" : ""); break;
    case N_DUR: snprintf(o, room, "(%s", units[n->op]); break;
    default: snprintf(o, room, "(%s", node_kind_name(n->kind)); break;
    }
    for (uint32_t i = 0; i < n->nkids; i++) {
        len = strlen(out);
        if (n->kind != N_SET || i > 0)
            snprintf(out + len, cap - len, " ");
        sx(n->kids[i], out, cap);
    }
    len = strlen(out);
    snprintf(out + len, cap - len, "%s", n->kind == N_SET ? "}" : ")");
}

/* Parses src as one expression and returns its compact form, or "ERROR". */
static const char *E(const char *src)
{
    static char buf[1024];
    parsed p = parse_expr(src, false);
    buf[0] = '\0';
    if (p.root && p.st == PS_OK)
        sx(p.root, buf, sizeof buf);
    else
        snprintf(buf, sizeof buf, "ERROR %u: %s", p.dc.ndiags, msg(&p, 0));
    done(&p);
    return buf;
}

static char *dump(const node *n)
{
    char *s = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&s, &len);
    node_dump(n, f, 0);
    fclose(f);
    return s;
}

static void test_precedence(void)
{
    CHECK_STR(E("1 + 2 * 3"), "(+ 1 (* 2 3))");
    CHECK_STR(E("1 - 2 - 3"), "(- (- 1 2) 3)");
    CHECK_STR(E("a / b * c"), "(* (/ a b) c)");
    CHECK_STR(E("(1 + 2) * 3"), "(* (+ 1 2) 3)");
    CHECK_STR(E("-a.b - -1"), "(- (neg a.b) (neg 1))");
    CHECK_STR(E("a ?? b + c"), "(?? a (+ b c))");
    CHECK_STR(E("a ?? b ?? c"), "(?? (?? a b) c)");
    CHECK_STR(E("a + b < c ?? d"), "(< (+ a b) (?? c d))");
    CHECK_STR(E("a = b"), "(= a b)");
    CHECK_STR(E("a != b"), "(!= a b)");
    CHECK_STR(E("a <= b"), "(<= a b)");
    CHECK_STR(E("a >= b"), "(>= a b)");
    CHECK_STR(E("a > b"), "(> a b)");
    CHECK_STR(E("not a = b and c or d"), "(or (and (not (= a b)) c) d)");
    CHECK_STR(E("a or b and c"), "(or a (and b c))");
    CHECK_STR(E("not not a"), "(not (not a))");
    CHECK_STR(E("a where b or c where d"), "(where (where a (or b c)) d)");
    CHECK_STR(E("a in b"), "(in a b)");
    CHECK_STR(E("a not in {b, c}"), "(not-in a {b c})");
    CHECK_STR(E("not a in b"), "(not (in a b))");
    CHECK_STR(E("a.b is missing"), "(missing? a.b)");
    CHECK_STR(E("a ?? 1 is present"), "(present (?? a 1))");
    CHECK_STR(E("f(x, y + 1)"), "(f x (+ y 1))");
    CHECK_STR(E("f()"), "(f)");
    CHECK_STR(E("count(distinct s.team)"), "(count (distinct s.team))");
    CHECK_STR(E("distinct(a + b)"), "(distinct (+ a b))");
    CHECK_STR(E("count(s where s.open)"), "(count (where s s.open))");
    CHECK_STR(E("{}"), "{}");
    CHECK_STR(E("{1, {2}}"), "{1 {2}}");
    CHECK_STR(E("3 days"), "(day 3)");
    CHECK_STR(E("n weeks + 1 month - 2 years"), "(- (+ (week n) (month 1)) (year 2))");
    CHECK_STR(E("as_of - 1 day"), "(- as_of (day 1))");
    CHECK_STR(E("true and false or missing"), "(or (and true false) missing)");
    /* after '.', keywords are field names */
    CHECK_STR(E("x.from.each.must.lead.in"), "x.from.each.must.lead.in");
    CHECK_STR(E("p . # comment\n lead"), "p.lead");
    /* `pod` names the schema's column as well as the block */
    CHECK_STR(E("pod.team ?? pod"), "(?? pod.team pod)");
    /* non-associative comparisons */
    CHECK(strncmp(E("a < b < c"), "ERROR 1:", 8) == 0);
    CHECK(strncmp(E("a = b = c"), "ERROR 1:", 8) == 0);
}

static void test_literals(void)
{
    CHECK_STR(E("0.6"), "3/5");
    CHECK_STR(E("17"), "17");
    CHECK_STR(E("1.50"), "3/2");
    CHECK_STR(E("007.250"), "29/4");
    CHECK_STR(E("0.000000000000000001"), "1/1000000000000000000");
    CHECK_STR(E("999999999999999999"), "999999999999999999");
    CHECK_STR(E("1970-01-01"), "@0");
    CHECK_STR(E("1969-12-31"), "@-1");
    CHECK_STR(E("2000-03-01"), "@11017");
    CHECK_STR(E("2024-02-29"), "@19782");
    CHECK_STR(E("0001-01-01"), "@-719162");
    CHECK_STR(E("9999-12-31"), "@2932896");
    CHECK_STR(E("\"a\\\"b\\\\c\\n\\t\\{\\}\""), "\"a\"b\\c\n\t{}\"");
    CHECK_STR(E("1..2"), "ERROR 1: unexpected '..', expected one of: end of input or an operator");

    parsed p = parse_expr("1234567890123456789", false);
    CHECK(p.root == NULL && p.st == PS_ERROR && p.dc.ndiags == 1);
    CHECK_STR(msg(&p, 0), "number has too many digits (at most 18)");
    done(&p);
    p = parse_expr("2025-02-30 + 2023-02-29", false);
    CHECK(p.st == PS_ERROR && p.dc.ndiags == 2);
    CHECK_STR(msg(&p, 0), "no such date 2025-02-30");
    CHECK_STR(where(&p, 1), "1:14");
    done(&p);
    p = parse_expr("2024-13-01", false);
    CHECK(p.dc.ndiags == 1);
    done(&p);
}

static const char *const sample =
    "policy \"Medway\"\n"                                   /* 0 */
    "effective 2018-04-01\n"                                /* 16 */
    "use england.asye   # stdlib\n"                         /* 37 */
    "let holders = {sw, asye}\n"                            /* 65 */
    "roles { sw asye, pm }\n"                               /* 90 */
    "table staff \"staff.csv\" {\n"                         /* 112 */
    "  key id: text\n"
    "  boss: ref staff optional as reports\n"
    "  tenure: int = as_of - start\n"
    "}\n"
    "caseload {\n"
    "  at most 20 open cases for sw, asye\n"
    "  team: average at most 17 per team for holders\n"
    "}\n"
    "pod practice {\n"
    "  lead: pm\n"
    "  exactly 4 of holders\n"
    "  at least 1 of sw\n"
    "  at most 2 of asye, pm\n"
    "}\n"
    "rule cont \"Continuity\" {\n"
    "  for each c in cases where c.open:\n"
    "    must count(distinct c.workers) <= 2 otherwise \"{c.id} had {n}\"\n"
    "    should true\n"
    "}\n"
    "rule simple { must x }\n";

static void test_items(void)
{
    parsed p = parse(sample, false);
    CHECK(p.st == PS_OK);
    CHECK(p.dc.ndiags == 0);
    node *f = p.root;
    CHECK(f->kind == N_FILE && f->nkids == 10);
    if (f->nkids != 10) {
        done(&p);
        return;
    }
    node *pol = f->kids[0], *eff = f->kids[1], *use = f->kids[2], *let = f->kids[3];
    node *roles = f->kids[4], *tab = f->kids[5], *cl = f->kids[6], *pod = f->kids[7];
    node *rule = f->kids[8], *simple = f->kids[9];

    CHECK(pol->kind == N_POLICY);
    CHECK_STR(pol->text, "Medway");
    CHECK(pol->span.start == 0 && pol->span.end == 15);
    CHECK(eff->kind == N_EFFECTIVE && eff->date == 17622);
    CHECK(use->kind == N_USE);
    CHECK_STR(use->text, "england.asye");
    CHECK(use->span.start == 37 && use->span.end == 53);

    CHECK(let->kind == N_LET && let->nkids == 1 && let->kids[0]->kind == N_SET);
    CHECK_STR(let->text, "holders");
    CHECK(let->name_span.start == 69 && let->name_span.end == 76);
    CHECK(let->span.start == 65 && let->span.end == 89);
    CHECK(let->kids[0]->nkids == 2);

    CHECK(roles->kind == N_ROLES && roles->nkids == 3);
    CHECK_STR(roles->kids[2]->text, "pm");
    CHECK(roles->kids[0]->kind == N_NAME);

    CHECK(tab->kind == N_TABLE && tab->nkids == 3);
    CHECK_STR(tab->text, "staff");
    CHECK_STR(tab->text2, "staff.csv");
    node *c0 = tab->kids[0], *c1 = tab->kids[1], *c2 = tab->kids[2];
    CHECK(c0->kind == N_COLUMN && c0->flag3 && !c0->flag && !c0->flag2 && c0->nkids == 0);
    CHECK_STR(c0->text, "id");
    CHECK_STR(c0->text2, "text");
    CHECK(c1->flag && c1->flag2 && !c1->flag3);
    CHECK_STR(c1->text2, "staff");
    CHECK_STR(c1->text3, "reports");
    CHECK(c2->nkids == 1 && c2->kids[0]->kind == N_BINARY && c2->kids[0]->op == OP_SUB);
    CHECK(c2->kids[0]->kids[0]->kind == N_ASOF);

    CHECK(cl->kind == N_CASELOAD && cl->nkids == 2);
    CHECK(cl->kids[0]->kind == N_CAP && cl->kids[0]->text == NULL && cl->kids[0]->nkids == 2 && !cl->kids[0]->flag);
    CHECK(cl->kids[0]->kids[0]->kind == N_NUM && cl->kids[0]->kids[0]->num.num == 20);
    CHECK(cl->kids[0]->kids[1]->kind == N_SET && cl->kids[0]->kids[1]->nkids == 2);
    CHECK_STR(cl->kids[0]->kids[1]->kids[1]->text, "asye");
    CHECK(cl->kids[1]->kind == N_AVGCAP && cl->kids[1]->nkids == 2 && cl->kids[1]->op == AVG_PER_TEAM);
    CHECK(!cl->kids[1]->flag && !cl->kids[1]->flag2);
    CHECK_STR(cl->kids[1]->text, "team");

    CHECK(pod->kind == N_POD && pod->nkids == 4);
    CHECK_STR(pod->text, "practice");
    CHECK(pod->kids[0]->kind == N_LEAD && pod->kids[0]->kids[0]->kind == N_NAME);
    CHECK(pod->kids[1]->kind == N_COMPOSE && pod->kids[1]->op == CMP_EXACTLY && pod->kids[1]->nkids == 2);
    CHECK(pod->kids[2]->op == CMP_AT_LEAST);
    CHECK(pod->kids[3]->op == CMP_AT_MOST && pod->kids[3]->nkids == 3);

    CHECK(rule->kind == N_RULE && rule->nkids == 3);
    CHECK_STR(rule->text, "cont");
    CHECK_STR(rule->text2, "Continuity");
    node *fe = rule->kids[0];
    CHECK(fe && fe->kind == N_FOREACH && fe->nkids == 2);
    CHECK_STR(fe->text, "c");
    CHECK(fe->kids[1] && fe->kids[1]->kind == N_FIELD);
    node *r1 = rule->kids[1], *r2 = rule->kids[2];
    CHECK(r1->kind == N_REQ && r1->op == REQ_MUST && r1->nkids == 2);
    CHECK(r1->kids[0]->kind == N_BINARY && r1->kids[0]->op == OP_LE);
    CHECK(r1->kids[0]->kids[0]->kind == N_CALL && r1->kids[0]->kids[0]->kids[0]->kind == N_CALL);
    CHECK_STR(r1->kids[0]->kids[0]->kids[0]->text, "distinct");
    CHECK(r1->kids[1]->kind == N_STR && r1->kids[1]->nkids == 3);
    CHECK(r2->op == REQ_SHOULD && r2->kids[1] == NULL);
    CHECK(simple->kids[0] == NULL && simple->nkids == 2 && simple->text2 == NULL);

    /* spans of a requirement and its parts are absolute byte offsets */
    const char *t = p.dc.files[p.file].text;
    const char *must = strstr(t, "must count");
    uint32_t mo = (uint32_t)(must - t);
    CHECK(r1->span.start == mo);
    CHECK(r1->span.end == (uint32_t)(strstr(t, "{n}\"") - t) + 4);
    CHECK(r1->kids[0]->span.start == mo + 5 && r1->kids[0]->span.end == mo + 35);
    node *field = r1->kids[0]->kids[0]->kids[0]->kids[0];
    CHECK(field->kind == N_FIELD && field->name_span.start == mo + 22 && field->name_span.end == mo + 29);
    done(&p);
}

static void test_empty_blocks(void)
{
    parsed q = parse("table staff { pod: ref pods optional as staff\n key pod: text\n t: text = pod.team }\npod p { }", false);
    CHECK(q.st == PS_OK && q.root->nkids == 2 && q.root->kids[0]->nkids == 3);
    CHECK_STR(q.root->kids[0]->kids[0]->text, "pod");
    CHECK(q.root->kids[1]->kind == N_POD);
    done(&q);

    parsed p = parse("roles {}\ntable t {}\ncaseload {}\npod p {}\nrule r { must 1 }\n", false);
    CHECK(p.st == PS_OK && p.root->nkids == 5);
    for (uint32_t i = 0; i < 4 && i < p.root->nkids; i++)
        CHECK(p.root->kids[i]->nkids == 0);
    done(&p);
    /* a rule needs at least one requirement */
    p = parse("rule r \"t\" { }", false);
    CHECK(p.st == PS_ERROR && p.dc.ndiags == 1);
    CHECK_STR(msg(&p, 0), "unexpected '}', expected one of: 'must', 'should', 'for'");
    done(&p);
    p = parse("rule r { for each x in xs: }", false);
    CHECK(p.dc.ndiags == 1);
    CHECK_STR(msg(&p, 0), "unexpected '}', expected one of: 'must', 'should'");
    done(&p);
}

static void test_dump(void)
{
    parsed p = parse("rule r { must a.b <= 3 days }", false);
    char *d = dump(p.root);
    CHECK_STR(d, "(FILE @0-29\n"
                 "  (RULE \"r\" @0-29\n"
                 "    -\n"
                 "    (REQ must @9-27\n"
                 "      (BINARY <= @14-27\n"
                 "        (FIELD \"b\" @14-17\n"
                 "          (NAME \"a\" @14-15))\n"
                 "        (DUR day @21-27\n"
                 "          (NUM 3 @21-22)))\n"
                 "      -)))\n");
    free(d);
    done(&p);
}

static void test_interpolation(void)
{
    /*                 0123456789012345678901234 */
    parsed p = parse_expr("\"ab{x.y}c\\{d{ {1} }\"", false);
    CHECK(p.st == PS_OK && p.root && p.root->kind == N_STR);
    node *s = p.root;
    CHECK(s && s->text == NULL && s->nkids == 4);
    if (s && s->nkids == 4) {
        CHECK(s->kids[0]->kind == N_STR);
        CHECK_STR(s->kids[0]->text, "ab");
        CHECK(s->kids[0]->span.start == 1 && s->kids[0]->span.end == 3);
        CHECK(s->kids[1]->kind == N_FIELD && s->kids[1]->span.start == 4 && s->kids[1]->span.end == 7);
        CHECK_STR(s->kids[2]->text, "c{d");
        CHECK(s->kids[2]->span.start == 8 && s->kids[2]->span.end == 12);
        CHECK(s->kids[3]->kind == N_SET && s->kids[3]->span.start == 14 && s->kids[3]->span.end == 17);
    }
    CHECK(s->span.start == 0 && s->span.end == 20);
    done(&p);

    /* interpolation inside a file keeps absolute spans */
    p = parse("rule r { must x otherwise \"n={count(s)}\" }", false);
    CHECK(p.st == PS_OK);
    node *str = p.root->kids[0]->kids[1]->kids[1];
    CHECK(str->nkids == 2 && str->kids[1]->kind == N_CALL);
    CHECK(str->kids[1]->span.start == 30 && str->kids[1]->span.end == 38);
    done(&p);

    /* plain string: text only */
    CHECK_STR(E("\"no braces\""), "\"no braces\"");
    CHECK_STR(E("\"{a}{b}\""), "(str a b)");

    /* errors at the right column, one each */
    p = parse("let a = \"x { y\"\nlet b = \"x } y\"\nlet c = \"{}\"\nlet d = \"{1 +}\"\nlet e = \"\\q\"\n", false);
    CHECK(p.st == PS_ERROR);
    CHECK(p.dc.ndiags == 5);
    CHECK_STR(where(&p, 0), "1:12");
    CHECK_STR(msg(&p, 0), "unbalanced '{' in string: no matching '}'");
    CHECK_STR(where(&p, 1), "2:12");
    CHECK_STR(msg(&p, 1), "unbalanced '}' in string");
    CHECK_STR(where(&p, 2), "3:10");
    CHECK_STR(where(&p, 3), "4:14");
    CHECK_STR(msg(&p, 3), "unexpected end of expression, expected an expression");
    CHECK_STR(where(&p, 4), "5:10");
    CHECK_STR(msg(&p, 4), "unknown escape '\\q' in string");
    done(&p);

    p = parse("policy \"a {b}\"\nrule r \"{t}\" { must \"{\\\"s\\\"}\" }", false);
    CHECK(p.dc.ndiags == 3);
    CHECK_STR(msg(&p, 0), "interpolation is not allowed in a policy name");
    CHECK_STR(where(&p, 1), "2:9");
    CHECK_STR(where(&p, 2), "2:22");
    done(&p);
}

/* Every error is reported, once, at its own position. */
static void test_errors(void)
{
    parsed p = parse("rule a { must x + * 2 }\n"
                     "rule b { must y <= }\n"
                     "rule c { must (z }\n", false);
    CHECK(p.st == PS_ERROR);
    CHECK(p.dc.ndiags == 3);
    CHECK_STR(where(&p, 0), "1:19");
    CHECK_STR(msg(&p, 0), "unexpected '*', expected an expression");
    CHECK_STR(where(&p, 1), "2:20");
    CHECK_STR(where(&p, 2), "3:18");
    CHECK_STR(msg(&p, 2), "unexpected '}', expected one of: '(', ')' or an operator");
    CHECK(p.root->nkids == 3); /* every rule survives with what parsed */
    done(&p);

    p = parse("rule x { foo }", false);
    CHECK(p.dc.ndiags == 1);
    CHECK_STR(msg(&p, 0), "unexpected 'foo', expected one of: 'must', 'should', 'for'");
    done(&p);

    /* line-level recovery inside blocks keeps the good lines */
    p = parse("rule r {\n  must 1 +\n  must 2\n  should = 3\n  must 4\n}\n", false);
    CHECK(p.dc.ndiags == 2);
    CHECK_STR(where(&p, 0), "3:3");
    CHECK_STR(where(&p, 1), "4:10");
    /* the foreach slot, `must 2` (the token that resynchronised) and `must 4` */
    CHECK(p.root->nkids == 1 && p.root->kids[0]->nkids == 3);
    done(&p);

    p = parse("table t {\n  id text\n  name: text\n  x: int = 1 *\n  key y: date\n  z: 3\n}\nlet ok = 1\n", false);
    CHECK(p.dc.ndiags == 3);
    CHECK_STR(where(&p, 0), "2:6");
    CHECK_STR(where(&p, 1), "5:3");
    CHECK_STR(where(&p, 2), "6:6");
    CHECK(p.root->nkids == 2 && p.root->kids[0]->nkids == 2 && p.root->kids[1]->kind == N_LET);
    done(&p);

    p = parse("caseload {\n  at most 20 open case for a\n  x: at most 3 open cases for b\n"
              "  average at most 3 per teams for c\n  at most for\n  average at most 1 per team for d }\n", false);
    CHECK(p.dc.ndiags == 3);
    CHECK_STR(where(&p, 0), "2:14");
    CHECK_STR(msg(&p, 0), "unexpected 'open case', expected 'open cases' or 'weighted open cases'");
    CHECK_STR(where(&p, 1), "4:21");
    CHECK_STR(msg(&p, 1), "unexpected 'per teams', expected '[weighted open cases] per team', 'per fte', 'per fte per team' or 'for'");
    CHECK_STR(where(&p, 2), "5:11");
    CHECK(p.root->kids[0]->nkids == 2);
    done(&p);

    /* weighted, per FTE, across the council, and a ramp */
    p = parse("caseload {\n  at most 20 weighted open cases for a\n  average at most 17 weighted open cases per fte per team for b\n"
              "  average at most 16 per fte for c\n  r: at most 14 open cases for a in their first 6 months in role, then 16 until 1 year, then 18\n}\n", false);
    CHECK(p.dc.ndiags == 0);
    const node *wl = p.root->kids[0];
    CHECK(wl->nkids == 4 && wl->kids[0]->kind == N_CAP && wl->kids[0]->flag && wl->kids[0]->nkids == 2);
    CHECK(wl->kids[1]->kind == N_AVGCAP && wl->kids[1]->flag && wl->kids[1]->flag2 && wl->kids[1]->op == AVG_PER_TEAM);
    CHECK(wl->kids[2]->kind == N_AVGCAP && !wl->kids[2]->flag && wl->kids[2]->flag2 && wl->kids[2]->op == AVG_ACROSS);
    const node *rl = wl->kids[3];
    CHECK(rl->kind == N_CAP && rl->flag3 && rl->nkids == 5);
    CHECK(rl->kids[2]->kind == N_PHASE && rl->kids[2]->kids[0] == NULL && rl->kids[2]->kids[1]->kind == N_DUR);
    CHECK(rl->kids[3]->kids[0]->num.num == 16 && rl->kids[3]->kids[1] != NULL);
    CHECK(rl->kids[4]->kids[0]->num.num == 18 && rl->kids[4]->kids[1] == NULL);
    done(&p);

    p = parse("caseload {\n  at most 14 open cases for a in the first 6 months, then 18\n"
              "  at most 14 open cases for a in their first 6 months, then 16, then 18\n"
              "  at most 14 open cases for a in their first 6 months in post, then 18\n}\n", false);
    CHECK(p.dc.ndiags == 3);
    CHECK_STR(msg(&p, 0), "unexpected 'the first', expected 'in their first'");
    CHECK_STR(where(&p, 0), "2:34");
    CHECK_STR(msg(&p, 1), "a limit before another needs an end: ', then N until D'");
    CHECK_STR(msg(&p, 2), "unexpected 'post', expected 'in role'");
    done(&p);

    p = parse("pod p {\n  leader: x\n  lead: y\n  exactly of a\n  at least 2 of b\n}\n", false);
    CHECK(p.dc.ndiags == 2);
    CHECK_STR(where(&p, 0), "2:3");
    CHECK_STR(msg(&p, 0), "unknown pod line 'leader:', expected 'lead:'");
    CHECK_STR(where(&p, 1), "4:11");
    CHECK(p.root->kids[0]->nkids == 2);
    done(&p);

    /* item-level recovery */
    p = parse("let = 1\nuse a.\nroles { a, }\neffective 2020-01-01\nlet x = 1 2\npolicy x\n", false);
    CHECK(p.dc.ndiags == 4);
    CHECK_STR(where(&p, 0), "1:5");
    CHECK_STR(msg(&p, 0), "unexpected '=', expected a name");
    CHECK(p.dc.ndiags > 0 && p.dc.diags[0].hint == NULL);
    /* after '.', even `roles` is a name: `use a.roles` then '{' (one error
     * for the two lines); `policy x` right after a recovery is still reported */
    CHECK_STR(where(&p, 1), "3:7");
    CHECK_STR(where(&p, 2), "5:11");
    CHECK_STR(where(&p, 3), "6:8");
    CHECK_STR(msg(&p, 3), "unexpected 'x', expected string");
    CHECK(p.root->nkids == 1 && p.root->kids[0]->kind == N_EFFECTIVE);
    done(&p);

    /* comparisons do not chain: one error, with a hint */
    p = parse("rule r { must a < b < c }", false);
    CHECK(p.dc.ndiags == 1);
    CHECK(p.dc.ndiags == 1 && p.dc.diags[0].hint != NULL);
    done(&p);

    /* a lexical error gives one diagnostic, not a cascade */
    p = parse("rule r {\n  must a @ b\n  must c $\n}\nrule s { must \"open\n}\nlet v = x \xc3\xa9 y\n", false);
    CHECK(p.dc.ndiags == 4);
    CHECK_STR(where(&p, 0), "2:10");
    CHECK_STR(msg(&p, 0), "unexpected character '@'");
    CHECK_STR(where(&p, 1), "3:10");
    CHECK_STR(where(&p, 2), "5:15");
    CHECK_STR(msg(&p, 2), "unterminated string");
    CHECK_STR(where(&p, 3), "7:11");
    CHECK_STR(msg(&p, 3), "unexpected character '\xc3\xa9'");
    for (uint32_t i = 0; i < p.dc.ndiags; i++)
        CHECK_STR(p.dc.diags[i].code, "E-syntax");
    done(&p);

    p = parse("let a = 1 \x01 2", false);
    CHECK(p.dc.ndiags == 1);
    CHECK_STR(msg(&p, 0), "unexpected character '\\x01'");
    done(&p);

    /* a missing '}' is one error at the next item */
    p = parse("rule a {\n  must 1\nrule b { must 2 }\n", false);
    CHECK(p.dc.ndiags == 1);
    CHECK_STR(where(&p, 0), "3:1");
    done(&p);

    /* end of input without quiet mode points just after the last token */
    p = parse("rule x \"t\" {\n  must 1\n\n", false);
    CHECK(p.st == PS_ERROR && p.dc.ndiags == 1);
    CHECK_STR(where(&p, 0), "2:9");
    CHECK_STR(msg(&p, 0), "unexpected end of input, expected one of: '}', 'must', 'should', 'otherwise', 'as' or an operator");
    done(&p);

    /* deep nesting hits the parser's stack limit cleanly */
    size_t n = 20000;
    char *deep = malloc(2 * n + 2);
    memset(deep, '(', n);
    deep[n] = '1';
    memset(deep + n + 1, ')', n);
    deep[2 * n + 1] = '\0';
    p = parse_expr(deep, false);
    CHECK(p.root == NULL && p.st == PS_ERROR && p.dc.ndiags == 1);
    done(&p);
    free(deep);
}

static void test_incomplete(void)
{
    static const char *const files[] = { "rule x \"t\" {", "let x = 1 +", "let x = \"abc",
                                         "table t { id: ", "rule r { must \"a {b", "pod p {\n lead: x\n" };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        parsed p = parse(files[i], true);
        CHECK(p.st == PS_INCOMPLETE);
        CHECK(p.dc.ndiags == 0);
        done(&p);
        p = parse(files[i], false);
        CHECK(p.st == PS_ERROR);
        CHECK(p.dc.ndiags == 1);
        if (p.dc.ndiags != 1)
            printf("  in case %zu: %u diagnostics\n", i, p.dc.ndiags);
        done(&p);
    }
    static const char *const exprs[] = { "1 +", "\"abc", "f(1,", "{1, 2", "a.", "not" };
    for (size_t i = 0; i < sizeof exprs / sizeof exprs[0]; i++) {
        parsed p = parse_expr(exprs[i], true);
        CHECK(p.st == PS_INCOMPLETE && p.root == NULL && p.dc.ndiags == 0);
        done(&p);
    }
    /* an error before the end is an error, quiet or not */
    parsed p = parse("let = 1", true);
    CHECK(p.st == PS_ERROR && p.dc.ndiags == 1);
    done(&p);
    p = parse("let x = 1 @\nrule r {", true);
    CHECK(p.st == PS_ERROR && p.dc.ndiags == 2);
    done(&p);
    p = parse_expr("1 + )", true);
    CHECK(p.st == PS_ERROR && p.dc.ndiags == 1);
    done(&p);
    /* complete input is simply ok */
    p = parse("rule r { must 1 }", true);
    CHECK(p.st == PS_OK);
    done(&p);
    p = parse("", true);
    CHECK(p.st == PS_OK && p.root->nkids == 0);
    done(&p);
}

/* ps_parse_expr over a byte range: spans are absolute in the file. */
static void test_range(void)
{
    dg_context dc;
    dg_init(&dc);
    const char *src = "xxxx a + b yyyy";
    uint32_t f = dg_add_file(&dc, "r.cadre", strdup(src), (uint32_t)strlen(src));
    ps_status st;
    node *e = ps_parse_expr(&dc, f, 5, 10, false, &st);
    CHECK(st == PS_OK && e && e->kind == N_BINARY);
    CHECK(e && e->span.start == 5 && e->span.end == 10 && e->span.file == f);
    CHECK(e && e->kids[1]->span.start == 9);
    node_free(e);
    e = ps_parse_expr(&dc, f, 5, 8, false, &st);
    CHECK(e == NULL && st == PS_ERROR && dc.ndiags == 1);
    dg_free(&dc);
}

int main(void)
{
    test_precedence();
    test_literals();
    test_items();
    test_empty_blocks();
    test_dump();
    test_interpolation();
    test_errors();
    test_incomplete();
    test_range();
    return UNIT_END();
}
