#!/usr/bin/env python3
"""A scripted LSP client: starts `BINARY lsp` and talks JSON-RPC over its
pipes, printing a transcript of each exchange (the request, then what came
back, condensed) for tests/cases/lsp.t to pin. Usage: session.py BINARY [--raw]
(--raw prints the exact JSON both ways, for docs and the report)."""
import json, os, subprocess, sys, tempfile

BIN = sys.argv[1]
RAW = "--raw" in sys.argv
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

cache = tempfile.mkdtemp(prefix="cadre-lsp-")
env = dict(os.environ, XDG_CACHE_HOME=cache)
proc = subprocess.Popen([BIN, "lsp", "--stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
next_id = 0

def send(obj):
    body = json.dumps(obj).encode()
    if RAW: print(">>> " + json.dumps(obj))
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()

def recv():
    length = None
    while True:
        line = proc.stdout.readline()
        if not line: raise SystemExit("server closed the pipe")
        if line in (b"\r\n", b"\n"): break
        k, _, v = line.decode().partition(":")
        if k.lower() == "content-length": length = int(v)
    msg = json.loads(proc.stdout.read(length))
    if RAW: print("<<< " + json.dumps(msg))
    return msg

def request(method, params):
    global next_id
    next_id += 1
    send({"jsonrpc": "2.0", "id": next_id, "method": method, "params": params})
    while True:
        m = recv()
        if m.get("id") == next_id: return m
        notes.append(m)

def notify(method, params): send({"jsonrpc": "2.0", "method": method, "params": params})

notes = []
def diagnostics():
    """The next publishDiagnostics notification."""
    while not notes: notes.append(recv())
    m = notes.pop(0)
    assert m["method"] == "textDocument/publishDiagnostics", m
    return m["params"]

def pos(r): return "%d:%d-%d:%d" % (r["start"]["line"], r["start"]["character"], r["end"]["line"], r["end"]["character"])
def rel(uri):
    p = uri[len("file://"):]
    if p.startswith(cache): return "$CACHE" + p[len(cache):]
    if p.startswith(ROOT + "/"): return p[len(ROOT) + 1:]
    return p

def show_diags(p):
    print("diagnostics %s: %d" % (rel(p["uri"]), len(p["diagnostics"])))
    for d in p["diagnostics"]:
        print("  %s %s %s %s" % (pos(d["range"]), {1: "error", 2: "warning", 3: "note"}[d["severity"]], d["code"], d["message"].replace("\n", " / ")))

def uri_of(path): return "file://" + os.path.join(ROOT, path)

def hover(uri, line, ch):
    r = request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": line, "character": ch}})["result"]
    print("hover %d:%d:" % (line, ch))
    print("  " + ("null" if r is None else r["contents"]["value"].replace("\n", "\n  ")))

def definition(uri, line, ch):
    r = request("textDocument/definition", {"textDocument": {"uri": uri}, "position": {"line": line, "character": ch}})["result"]
    print("definition %d:%d: %s" % (line, ch, "null" if r is None else "%s %s" % (rel(r["uri"]), pos(r["range"]))))
    return r

def complete(uri, line, ch, show=None):
    r = request("textDocument/completion", {"textDocument": {"uri": uri}, "position": {"line": line, "character": ch}})["result"]
    labels = [i["label"] for i in r["items"]]
    print("completion %d:%d: %s" % (line, ch, "items" if labels else "no items"))
    for i in r["items"]:
        if show is None or i["label"] in show: print("  %s (%s)" % (i["label"], i.get("detail", "")))

r = request("initialize", {"processId": None, "rootUri": "file://" + ROOT, "capabilities": {}})
print("initialize: %s %s" % (r["result"]["serverInfo"]["name"], json.dumps(r["result"]["capabilities"], sort_keys=True)))
notify("initialized", {})

# 1. A policy with a type error and a lint warning, then the fix.
doc = uri_of("build/lsp-test/caps.cadre")
text = 'policy "Test"\n\nlet unused = 3\n\nrule cap "At most 20" {\n  for each s in staff where s.in_post:\n    must count(s.cases) <= "20"\n}\n'
notify("textDocument/didOpen", {"textDocument": {"uri": doc, "languageId": "cadre", "version": 1, "text": text}})
show_diags(diagnostics())
text = text.replace('"20"', "20").replace("let unused = 3\n", "let unused = 3\nlet limit = 20\n").replace("<= 20", "<= limit")
notify("textDocument/didChange", {"textDocument": {"uri": doc, "version": 2}, "contentChanges": [{"text": text}]})
show_diags(diagnostics())
# a syntax error mid-edit: reported; completion still knows the schema
broken = text.replace("s.in_post:", "s.")
notify("textDocument/didChange", {"textDocument": {"uri": doc, "version": 3}, "contentChanges": [{"text": broken}]})
show_diags(diagnostics())
complete(doc, 6, broken.split("\n")[6].index("s.") + 2, show={"in_post", "qualified", "cases", "team"})
notify("textDocument/didChange", {"textDocument": {"uri": doc, "version": 4}, "contentChanges": [{"text": text}]})
show_diags(diagnostics())
L = text.split("\n")
hover(doc, 7, L[7].index("cases") + 1)         # a link
hover(doc, 6, L[6].index("in_post") + 1)       # a computed field
hover(doc, 6, L[6].index("staff") + 1)         # a table
hover(doc, 7, L[7].index("limit") + 1)         # a let
hover(doc, 5, 6)                               # the rule
definition(doc, 7, L[7].index("limit") + 1)
definition(doc, 7, L[7].index("s."))           # the for-each variable
definition(doc, 6, L[6].index("in_post") + 1)  # into the standard schema
definition(doc, 7, L[7].index("cases") + 1)    # a reverse link: its `ref ... as` column
complete(doc, 7, 4, show={"must", "staff", "social_worker", "limit", "cap", "count", "england.asye"})

# 2. A block line: hover shows the rule it stands for; an override goes to the national rule.
doc2 = uri_of("examples/medway/policy.cadre")
text2 = open(os.path.join(ROOT, "examples/medway/policy.cadre")).read()
notify("textDocument/didOpen", {"textDocument": {"uri": doc2, "languageId": "cadre", "version": 1, "text": text2}})
show_diags(diagnostics())
lines2 = text2.split("\n")
cap = next(i for i, l in enumerate(lines2) if l.strip().startswith("cap:"))
hover(doc2, cap, 4)
doc3 = uri_of("examples/wiltshire/policy.cadre")
text3 = open(os.path.join(ROOT, "examples/wiltshire/policy.cadre")).read()
notify("textDocument/didOpen", {"textDocument": {"uri": doc3, "languageId": "cadre", "version": 1, "text": text3}})
show_diags(diagnostics())
lines3 = text3.split("\n")
ov = next(i for i, l in enumerate(lines3) if l.startswith("override"))
loc = definition(doc3, ov, lines3[ov].index(" ", 9) + 2)
if loc:
    target = open(loc["uri"][len("file://"):]).read().split("\n")[loc["range"]["start"]["line"]]
    print("  " + target.strip())

# an override of a national rule: definition goes to the rule in the stdlib
doc5 = uri_of("build/lsp-test/council.cadre")
text5 = ('use england.asye\n\noverride rule asye.reviews "Reviews at 3 and 12 months" {\n'
         '  for each s in staff where s.role = asye:\n    must s.id != ""\n} because "council practice" intended\n')
notify("textDocument/didOpen", {"textDocument": {"uri": doc5, "languageId": "cadre", "version": 1, "text": text5}})
show_diags(diagnostics())
loc = definition(doc5, 2, 16)
print("  " + open(loc["uri"][len("file://"):]).read().split("\n")[loc["range"]["start"]["line"]].strip())
hover(doc5, 2, 16)
definition(doc5, 0, 6)                         # use: the module's file

# 3. Formatting: one edit with the canonical text; none when already canonical.
doc4 = uri_of("build/lsp-test/messy.cadre")
notify("textDocument/didOpen", {"textDocument": {"uri": doc4, "languageId": "cadre", "version": 1,
        "text": 'rule r "T" { for each s in staff:   must s.id   !=   ""\n}\n'}})
show_diags(diagnostics())
for d in (doc4, doc2):
    r = request("textDocument/formatting", {"textDocument": {"uri": d}, "options": {"tabSize": 2, "insertSpaces": True}})["result"]
    print("formatting %s: %d edit(s)" % (rel(d), len(r)))
    for e in r: print("  %s\n  %s" % (pos(e["range"]), e["newText"].replace("\n", "\n  ").rstrip()))
notify("textDocument/didClose", {"textDocument": {"uri": doc4}})
show_diags(diagnostics())

# 4. Errors of the protocol itself, then a clean shutdown.
r = request("textDocument/references", {"textDocument": {"uri": doc}, "position": {"line": 0, "character": 0}})
print("unsupported: %s" % r["error"])
body = b"{not json"
proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body); proc.stdin.flush()
print("malformed: %s" % recv()["error"])
print("deep: %s" % (lambda b: (proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(b) + b), proc.stdin.flush(), recv()["error"]["code"])[2])(b"[" * 100000))
r = request("textDocument/hover", {"textDocument": {"uri": "file:///nowhere.cadre"}, "position": {"line": 0, "character": 0}})
print("hover, not open: %s" % r["error"])
r = request("textDocument/hover", {"textDocument": {"uri": doc}, "position": {"line": 99999, "character": -5}})
print("hover, past the end: %s" % r["result"])
r = request("textDocument/completion", {"textDocument": {"uri": doc}, "position": "here"})
print("completion, bad position: %s" % ("items" if r["result"]["items"] else "no items"))
notify("textDocument/didChange", {"textDocument": {"uri": "file:///nowhere.cadre"}, "contentChanges": [{"text": "x"}]})
notify("textDocument/didOpen", {"textDocument": {"uri": uri_of("build/lsp-test/odd.cadre"), "text": "rule r { must \"\u00e9\U0001F600\" != 1 }\n"}})
show_diags(diagnostics())
print("shutdown: %s" % request("shutdown", None)["result"])
notify("exit", None)
proc.stdin.close()
print("exit code %d" % proc.wait())
subprocess.run(["rm", "-rf", cache])
