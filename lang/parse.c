/* parse.c — the front end's entry points and string literal splitting.
 * Owns: setting up one scanner + parser run over a byte range of a registered
 * file, the ok / error / incomplete verdict, and turning a string token into
 * an N_STR (escapes, and `{expr}` interpolations parsed in place so their
 * spans stay absolute).
 * Does not own: token shapes (lexer.l), the grammar (parser.y), meaning (check.c). */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "parse.h"
#include "parser.h"
#include "lexer.h"

dg_diag *ps_error(ps_ctx *ctx, dg_span sp, const char *fmt, ...)
{
    char buf[640];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    ctx->nerrors++;
    return dg_report(ctx->dc, DG_ERROR, sp, "E-syntax", "%s", buf);
}

/* ---- string literals ---- */

typedef struct {
    char *s;
    size_t len, cap;
} buf;

static void put(buf *b, char c)
{
    if (b->len + 1 >= b->cap) {
        b->cap = b->cap ? b->cap * 2 : 32;
        b->s = realloc(b->s, b->cap);
        if (!b->s)
            abort();
    }
    b->s[b->len++] = c;
    b->s[b->len] = '\0';
}

/* Hands the accumulated text over (never NULL) and empties the buffer. */
static char *take(buf *b)
{
    char *s = b->s;
    if (!s) {
        s = malloc(1);
        if (!s)
            abort();
        s[0] = '\0';
    }
    memset(b, 0, sizeof *b);
    return s;
}

static dg_span at(const ps_ctx *ctx, uint32_t start, uint32_t end)
{
    dg_span sp = { ctx->file, start, end };
    return sp;
}

/* A literal piece between interpolations, spanning its raw bytes. */
static void flush_piece(ps_ctx *ctx, node *str, buf *b, uint32_t start, uint32_t end)
{
    if (b->len == 0)
        return;
    node *piece = node_new(N_STR, at(ctx, start, end));
    piece->text = take(b);
    node_add(str, piece);
}

/* Finds the '}' closing the '{' at open, counting nested braces (set
 * literals). Returns close_quote when there is none. */
/* Skips a string nested in an interpolation: from its opening quote at q to
 * just past its closing quote (or to limit). */
static uint32_t skip_nested_string(const char *t, uint32_t q, uint32_t limit)
{
    for (q++; q < limit; q++) {
        if (t[q] == '\\') q++;
        else if (t[q] == '"') return q + 1;
    }
    return limit;
}

static uint32_t match_brace(const char *t, uint32_t open, uint32_t close_quote)
{
    int depth = 0;
    for (uint32_t r = open; r < close_quote; r++) {
        if (t[r] == '"' && depth > 0) {
            r = skip_nested_string(t, r, close_quote) - 1;
            continue;
        }
        if (t[r] == '{')
            depth++;
        else if (t[r] == '}' && --depth == 0)
            return r;
    }
    return close_quote;
}

/* Parses the interpolation between braces [open, close] into str. */
static void interpolate(ps_ctx *ctx, node *str, uint32_t open, uint32_t close)
{
    const char *t = ctx->text;
    bool blank = true;
    for (uint32_t r = open + 1; r < close; r++) {
        if (t[r] == '\\') {
            ps_error(ctx, at(ctx, r, r + 2 <= close ? r + 2 : r + 1),
                     "escapes are not allowed inside '{...}'");
            return;
        }
        if (t[r] != ' ' && t[r] != '\t')
            blank = false;
    }
    if (blank) {
        ps_error(ctx, at(ctx, open, close + 1), "empty interpolation '{}'");
        return;
    }
    ps_status st;
    node *e = ps_parse_expr(ctx->dc, ctx->file, open + 1, close, false, &st);
    if (e)
        node_add(str, e);
    else
        ctx->nerrors++; /* already reported by the inner parse */
}

node *ps_string(ps_ctx *ctx, dg_span sp, const char *what)
{
    const char *t = ctx->text;
    node *str = node_new(N_STR, sp);
    buf b = { 0 };
    /* The scanner matched the whole literal, nested strings included: it is
     * terminated when it ends in a quote that no backslash escapes. */
    uint32_t close = sp.end;
    if (sp.end >= sp.start + 2 && t[sp.end - 1] == '"') {
        uint32_t slashes = 0;
        for (uint32_t q = sp.end - 1; q > sp.start + 1 && t[q - 1] == '\\'; q--)
            slashes++;
        if (slashes % 2 == 0)
            close = sp.end - 1;
    }
    if (close == sp.end) {
        /* Unterminated: the scanner said so; keep the raw text, nothing more. */
        for (uint32_t q = sp.start + 1; q < sp.end; q++)
            put(&b, t[q]);
        str->text = take(&b);
        return str;
    }

    bool interpolated = false, refused = false;
    uint32_t piece = sp.start + 1;
    for (uint32_t q = sp.start + 1; q < close;) {
        char c = t[q];
        if (c == '\\') {
            char e = t[q + 1];
            switch (e) {
            case '"': case '\\': case '{': case '}': put(&b, e); break;
            case 'n': put(&b, '\n'); break;
            case 't': put(&b, '\t'); break;
            default:
                if ((unsigned char)e >= 0x20 && (unsigned char)e < 0x7f)
                    ps_error(ctx, at(ctx, q, q + 2), "unknown escape '\\%c' in string", e);
                else
                    ps_error(ctx, at(ctx, q, q + 2), "unknown escape in string");
                put(&b, e);
            }
            q += 2;
            continue;
        }
        if (c == '{' && !refused) {
            if (what) {
                dg_diag *d = ps_error(ctx, at(ctx, q, q + 1), "interpolation is not allowed in %s", what);
                dg_hint(d, "write \\{ for a literal brace");
                refused = true;
                put(&b, c);
                q++;
                continue;
            }
            uint32_t r = match_brace(t, q, close);
            if (r == close) {
                dg_diag *d = ps_error(ctx, at(ctx, q, q + 1), "unbalanced '{' in string: no matching '}'");
                dg_hint(d, "write \\{ for a literal brace");
                for (; q < close; q++)
                    put(&b, t[q]);
                break;
            }
            flush_piece(ctx, str, &b, piece, q);
            interpolate(ctx, str, q, r);
            interpolated = true;
            q = r + 1;
            piece = q;
            continue;
        }
        if (c == '}' && !refused) {
            dg_diag *d = ps_error(ctx, at(ctx, q, q + 1), "unbalanced '}' in string");
            dg_hint(d, "write \\} for a literal brace");
        }
        put(&b, c);
        q++;
    }
    if (interpolated) {
        flush_piece(ctx, str, &b, piece, close);
        free(b.s);
    } else {
        str->text = take(&b);
    }
    return str;
}

/* ---- entry points ---- */

/* One scanner + parser run over ctx's range; results land in ctx. */
static void run(ps_ctx *ctx)
{
    yyscan_t sc;
    if (yylex_init_extra(ctx, &sc))
        abort();
    ctx->scanner = sc;
    ctx->pos = ctx->start;
    YY_BUFFER_STATE b = yy_scan_bytes(ctx->text + ctx->start, (int)(ctx->end - ctx->start), sc);
    yyparse(ctx);
    yy_delete_buffer(b, sc);
    yylex_destroy(sc);
}

static void setup(ps_ctx *ctx, dg_context *dc, uint32_t file, uint32_t start, uint32_t end, bool quiet)
{
    memset(ctx, 0, sizeof *ctx);
    ctx->dc = dc;
    ctx->file = file;
    ctx->quiet = quiet;
    const dg_file *f = file < dc->nfiles ? &dc->files[file] : NULL;
    ctx->text = f && f->text ? f->text : "";
    uint32_t len = f && f->text ? f->len : 0;
    ctx->end = end < len ? end : len;
    ctx->start = start < ctx->end ? start : ctx->end;
}

/* Bison's own stack is bounded, but a long chain like a + b + c + ... makes
 * a deep tree without deep parsing, and every later pass recurses over it. */
static node *limit_depth(ps_ctx *ctx, node *n)
{
    if (!n || n->depth <= PS_MAX_DEPTH)
        return n;
    dg_diag *d = ps_error(ctx, n->span, "expression nested too deeply (more than %d levels)", PS_MAX_DEPTH);
    dg_hint(d, "split it with lets, or a rule with several requirements");
    node_free(n);
    return NULL;
}

static ps_status verdict(const ps_ctx *ctx)
{
    return ctx->incomplete ? PS_INCOMPLETE : ctx->nerrors ? PS_ERROR : PS_OK;
}

node *ps_parse_file(dg_context *dc, uint32_t file, bool quiet_incomplete, ps_status *status)
{
    ps_ctx ctx;
    setup(&ctx, dc, file, 0, UINT32_MAX, quiet_incomplete);
    ctx.start_tok = START_FILE;
    ctx.root = node_new(N_FILE, at(&ctx, 0, ctx.end));
    run(&ctx);
    for (uint32_t i = 0; i < ctx.root->nkids; i++)
        ctx.root->kids[i] = limit_depth(&ctx, ctx.root->kids[i]);
    if (status)
        *status = verdict(&ctx);
    return ctx.root;
}

node *ps_parse_expr(dg_context *dc, uint32_t file, uint32_t start, uint32_t end, bool quiet_incomplete, ps_status *status)
{
    ps_ctx ctx;
    setup(&ctx, dc, file, start, end, quiet_incomplete);
    ctx.start_tok = START_EXPR;
    run(&ctx);
    ctx.expr = limit_depth(&ctx, ctx.expr);
    ps_status st = verdict(&ctx);
    if (status)
        *status = st;
    if (st != PS_OK) {
        node_free(ctx.expr);
        return NULL;
    }
    return ctx.expr;
}
