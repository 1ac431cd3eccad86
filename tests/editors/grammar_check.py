#!/usr/bin/env python3
"""Tokenizes cadre files with editors/vscode/syntaxes/cadre.tmLanguage.json
the way a TextMate engine does (earliest match wins, the end pattern first at
a tie; begin/end rules nest across lines; captures scope their groups) and
reports every character that gets no scope but the file's own, and every
token scoped invalid. Python's re stands in for Oniguruma: the grammar keeps
to the syntax both share. Usage: grammar_check.py [--show FILE:LINE] FILE...
Prints one line per problem and a summary; exit 1 on any problem.
grammar_check.py --words: every lexer keyword and built-in function is in
the grammar and the vim syntax file."""
import json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
G = json.load(open(os.path.join(ROOT, "editors/vscode/syntaxes/cadre.tmLanguage.json")))
cache = {}

def rx(s):
    if s not in cache: cache[s] = re.compile(s)
    return cache[s]

def expand(patterns):
    """The rules a pattern list stands for, includes resolved."""
    out = []
    for p in patterns:
        if "include" in p:
            inc = p["include"]
            tgt = G if inc == "$self" else G["repository"][inc[1:]]
            out += expand(tgt["patterns"]) if "patterns" in tgt and "match" not in tgt and "begin" not in tgt else [tgt]
        else:
            out.append(p)
    return out

def paint(scopes, m, caps, base):
    for k, c in (caps or {}).items():
        k = int(k)
        if m.start(k) < 0 or "name" not in c: continue
        for i in range(m.start(k), m.end(k)): scopes[i] = base + [c["name"]]

def tokenize_line(line, stack, scopes):
    """stack: open begin/end rules. scopes[i]: list of scope names of char i."""
    pos = 0
    while pos <= len(line):
        ctx = stack[-1] if stack else None
        rules = expand(ctx["patterns"] if ctx else G["patterns"]) if (ctx is None or "patterns" in ctx) else []
        base = [r.get("name") for r in stack if r.get("name")] + [r["contentName"] for r in stack if r.get("contentName")]
        best = None
        if ctx:
            m = rx(ctx["end"]).search(line, pos)
            if m: best = (m.start(), 0, "end", m, ctx)
        for i, r in enumerate(rules):
            m = rx(r["match"] if "match" in r else r["begin"]).search(line, pos)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), i + 1, "match" if "match" in r else "begin", m, r)
        if best is None: break
        start, _, kind, m, r = best
        for i in range(pos, start): scopes[i] = list(base)
        if kind == "end":
            outer = [s for s in base if s != r.get("contentName")]
            for i in range(m.start(), m.end()): scopes[i] = outer
            paint(scopes, m, r.get("endCaptures") or r.get("captures"), outer)
            stack.pop()
        elif kind == "match":
            for i in range(m.start(), m.end()): scopes[i] = base + ([r["name"]] if "name" in r else [])
            paint(scopes, m, r.get("captures"), base + ([r["name"]] if "name" in r else []))
        else:
            inner = base + ([r["name"]] if "name" in r else [])
            for i in range(m.start(), m.end()): scopes[i] = inner
            paint(scopes, m, r.get("beginCaptures") or r.get("captures"), inner)
            stack.append(r)
        if m.end() == pos and kind != "end" and kind != "begin":
            pos += 1                       # an empty match must not loop
        else:
            pos = max(m.end(), pos + (1 if m.end() == m.start() and kind == "begin" else 0))
        if pos >= len(line) and not (stack and kind == "begin"): break
    # close rules whose end is the end of the line
    while stack and rx(stack[-1]["end"]).pattern.endswith("$") and rx(stack[-1]["end"]).search(line, len(line)) and stack[-1].get("begin") == '"':
        stack.pop()

def check(path, show=None):
    problems = 0
    stack = []
    for n, line in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
        scopes = [[] for _ in line]
        tokenize_line(line, stack, scopes)
        if show == n:
            for ch, sc in zip(line, scopes): print(repr(ch), " ".join(sc))
        for i, ch in enumerate(line):
            if ch.isspace(): continue
            if not scopes[i]:
                print("%s:%d:%d: no scope for %r" % (path, n, i + 1, line[i:i + 12])); problems += 1; break
            if any(s.startswith("invalid") for s in scopes[i]):
                print("%s:%d:%d: invalid token %r" % (path, n, i + 1, line[i:i + 12])); problems += 1; break
    return problems

def words_check():
    """Every keyword of the lexer and every built-in function of the VM is
    named in the TextMate grammar and in the vim syntax file."""
    lexer = open(os.path.join(ROOT, "lang/lexer.l")).read()
    words = set(re.findall(r'^"([a-z_]+)"\s', lexer, re.M))
    for alt in re.findall(r'^("[a-z]+"(?:\|"[a-z]+")+)', lexer, re.M): words |= set(re.findall(r'"([a-z]+)"', alt))
    ops = open(os.path.join(ROOT, "runtime/opcodes.h")).read()
    builtins = set(re.findall(r'X\([A-Z_]+,\s*"([a-z_]+)",\s*\d+,\s*"', ops))
    tm = set(re.findall(r"[a-z_]+", json.dumps(G)))
    vim = set(re.findall(r"[a-z_]+", open(os.path.join(ROOT, "editors/vim/syntax/cadre.vim")).read()))
    missing = 0
    for w in sorted(words | builtins):
        for name, have in (("TextMate grammar", tm), ("vim syntax", vim)):
            if w not in have: print("%s: not in the %s" % (w, name)); missing += 1
    print("%d keywords and %d built-in functions, %d missing" % (len(words), len(builtins), missing))
    return missing

args = sys.argv[1:]
if args == ["--words"]: sys.exit(1 if words_check() else 0)
show = None
if args and args[0] == "--show":
    f, l = args[1].rsplit(":", 1); show = (f, int(l)); args = args[2:]
total = 0
for f in args:
    total += check(f, show[1] if show and show[0] == f else None)
print("%d files, %d problems" % (len(args), total))
sys.exit(1 if total else 0)
