#!/usr/bin/env python3
"""report_browser.py — every example's HTML report, as a person would see it.

Usage: python3 tests/report_browser.py CADRE_BINARY

Starts headless Chromium (the Debian package; tools/deps.sh installs it) and
drives it over the DevTools protocol with the standard library only (a small
WebSocket client below). For each docs/reports/EXAMPLE.html it checks, against
the same check's JSON report:
  - the charts are drawn: one caseload chart per caseload cap rule and one
    supervision chart per pod group-supervision rule, each with one mark per
    check of its rule, the breaches and unknowns as the JSON counts them;
  - the findings table has one row per finding, and its filter and sort work;
  - nothing is written to the console as an error and nothing is fetched
    over the network;
and writes a screenshot and an A4 PDF under tests/out/ for people to look at.
Without Chromium it fails, saying so: it never passes silently.
"""
import base64, hashlib, http.client, json, os, re, shutil, socket, struct, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AS_OF = "2025-06-30"


class WebSocket:
    """Just enough RFC 6455 for the DevTools protocol: text frames, client masking."""

    def __init__(self, url):
        m = re.match(r"ws://([^/:]+):(\d+)(/.*)", url)
        self.sock = socket.create_connection((m.group(1), int(m.group(2))), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {m.group(3)} HTTP/1.1\r\nHost: {m.group(1)}:{m.group(2)}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise RuntimeError("DevTools closed the connection during the handshake")
            head += chunk
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError("DevTools refused the WebSocket: " + head.decode(errors="replace"))

    def _exact(self, n):
        buf = b""
        while len(buf) < n:
            chunk = self.sock.recv(n - len(buf))
            if not chunk:
                raise RuntimeError("DevTools closed the connection")
            buf += chunk
        return buf

    def send(self, text):
        data = text.encode()
        n = len(data)
        head = bytes([0x81])
        if n < 126:
            head += bytes([0x80 | n])
        elif n < 65536:
            head += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            head += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        self.sock.sendall(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def recv(self):
        message = b""
        while True:
            b0, b1 = self._exact(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._exact(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._exact(8))[0]
            payload = self._exact(n)
            op = b0 & 0x0F
            if op == 8:
                raise RuntimeError("DevTools closed the connection")
            if op in (0, 1, 2):
                message += payload
                if b0 & 0x80:
                    return message.decode()


class Page:
    def __init__(self, ws):
        self.ws, self.next_id, self.events = ws, 0, []

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self.next_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self.events.append(msg)

    def wait_for(self, method, seconds=30):
        deadline = time.time() + seconds
        while time.time() < deadline:
            for i, e in enumerate(self.events):
                if e.get("method") == method:
                    return self.events.pop(i)
            self.events.append(json.loads(self.ws.recv()))
        raise RuntimeError(f"timed out waiting for {method}")

    def js(self, expr):
        r = self.call("Runtime.evaluate", expression=expr, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise RuntimeError("script failed: " + json.dumps(r["exceptionDetails"])[:400])
        return r["result"].get("value")


PROBE = r"""
(() => {
  const r = {};
  r.caseload = [...document.querySelectorAll('svg.caseload')].map(s => ({rule: s.dataset.rule,
    marks: s.querySelectorAll('circle.dot, path.breach, circle.unknown-mark').length,
    breaches: s.querySelectorAll('path.breach').length, unknown: s.querySelectorAll('circle.unknown-mark').length,
    cap: s.querySelectorAll('line.cap').length}));
  r.supervision = [...document.querySelectorAll('svg.supervision')].map(s => ({rule: s.dataset.rule,
    pods: s.querySelectorAll('g.pod').length, gaps: s.querySelectorAll('rect.gap').length,
    failing: [...s.querySelectorAll('g.pod')].filter(g => g.querySelector('rect.gap')).length,
    sessions: s.querySelectorAll('circle.session').length}));
  const ov = document.querySelector('svg.overview');
  r.overview = ov ? {bars: ov.querySelectorAll('g.rule-bar').length, violation: ov.querySelectorAll('rect.seg-violation').length,
    warning: ov.querySelectorAll('rect.seg-warning').length, unknown: ov.querySelectorAll('rect.seg-unknown').length,
    pass: ov.querySelectorAll('rect.seg-pass').length} : null;
  r.heatRows = document.querySelectorAll('#heat tbody tr').length;
  r.h1 = document.querySelectorAll('h1').length;
  r.rules = document.querySelectorAll('article.rule').length;
  r.plain = document.querySelectorAll('article.rule p.plain').length;
  r.stamp = (document.getElementById('digest') || {}).textContent || '';
  const rows = [...document.querySelectorAll('#findings-table tbody tr')];
  r.findings = rows.length;
  r.ruleRows = document.querySelectorAll('table.rule-findings tbody tr').length;
  const q = document.getElementById('filter-text'), v = document.getElementById('filter-verdict');
  const shown = () => rows.filter(x => !x.hidden);
  const set = (el, val, ev) => { el.value = val; el.dispatchEvent(new Event(ev)); };
  if (q) {
    set(q, 'no such text anywhere', 'input');
    r.none = shown().length; r.noneText = document.getElementById('filter-count').textContent;
    set(q, '', 'input');
    set(v, 'unknown', 'change'); r.unknownRows = shown().length;
    set(v, 'violation', 'change'); r.violationRows = shown().length;
    set(v, '', 'change');
    const id = (rows[0].cells[2].textContent.split(' ')[0] || '').toLowerCase();
    set(q, id, 'input');
    r.byId = shown().length;
    r.byIdAll = shown().every(x => x.textContent.toLowerCase().includes(id));
    set(q, '', 'input');
    r.all = shown().length;
    const th = document.querySelectorAll('#findings-table thead th')[2];
    th.querySelector('button').click();
    const names = () => [...document.querySelectorAll('#findings-table tbody tr')].map(x => x.cells[2].textContent);
    const asc = names();
    r.sortedAsc = asc.every((x, i) => i === 0 || asc[i - 1].localeCompare(x) <= 0) && th.getAttribute('aria-sort') === 'ascending';
    th.querySelector('button').click();
    const desc = names();
    r.sortedDesc = desc.every((x, i) => i === 0 || desc[i - 1].localeCompare(x) >= 0) && th.getAttribute('aria-sort') === 'descending';
  }
  r.height = Math.ceil(document.documentElement.scrollHeight);
  return r;
})()
"""


def start_chromium(profile):
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        print("FAIL: chromium is not installed; `make deps` (tools/deps.sh) installs the Debian package")
        sys.exit(1)
    proc = subprocess.Popen([exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync",
                             "--hide-scrollbars", f"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port_file = os.path.join(profile, "DevToolsActivePort")
    deadline = time.time() + 30
    while time.time() < deadline:
        if proc.poll() is not None:
            print(f"FAIL: chromium exited at start (code {proc.returncode})")
            sys.exit(1)
        if os.path.exists(port_file):
            lines = open(port_file).read().split("\n")
            if len(lines) >= 2 and lines[0].strip():
                return proc, int(lines[0])
        time.sleep(0.05)
    proc.kill()
    print("FAIL: chromium did not open its DevTools port within 30 s")
    sys.exit(1)


def page_socket(port):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", "/json/list")
    targets = json.loads(conn.getresponse().read())
    pages = [t for t in targets if t.get("type") == "page"]
    if not pages:
        conn.request("PUT", "/json/new?about:blank")
        pages = [json.loads(conn.getresponse().read())]
    return WebSocket(pages[0]["webSocketDebuggerUrl"])


def expected(cadre, example):
    out = subprocess.run([cadre, "check", f"examples/{example}/policy.cadre", "--data", f"examples/{example}/data",
                          "--as-of", AS_OF, "--format", "json"], cwd=ROOT, capture_output=True, text=True)
    if out.returncode > 1:
        raise RuntimeError(f"cadre check failed: {out.stderr}")
    return json.loads(out.stdout)


def browse(page, example, outdir):
    """Loads the report, runs the probe, collects console errors and network
    requests, and writes the screenshot and the A4 print."""
    path = os.path.join(ROOT, "docs", "reports", f"{example}.html")
    page.events.clear()
    page.call("Emulation.setDeviceMetricsOverride", width=1200, height=900, deviceScaleFactor=1, mobile=False)
    page.call("Page.navigate", url="file://" + path)
    page.wait_for("Page.loadEventFired")
    got = page.js(PROBE)
    got["console"] = []
    for e in page.events:
        m, p = e.get("method"), e.get("params", {})
        if m == "Runtime.exceptionThrown":
            d = p["exceptionDetails"]
            got["console"].append("console: " + d.get("exception", {}).get("description", d.get("text", "exception")).split("\n")[0])
        elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "warning", "assert"):
            got["console"].append("console: " + " ".join(str(a.get("value", "")) for a in p.get("args", [])))
        elif m == "Log.entryAdded" and p["entry"].get("level") in ("error", "warning"):
            got["console"].append("console: " + p["entry"].get("text", ""))
        elif m == "Network.requestWillBeSent":
            url = p["request"]["url"]
            if not url.startswith(("file:", "data:", "about:")):
                got["console"].append(f"the page fetched {url}")
    page.call("Emulation.setDeviceMetricsOverride", width=1200, height=min(got["height"], 16000), deviceScaleFactor=1, mobile=False)
    shot = page.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
    with open(os.path.join(outdir, f"{example}.png"), "wb") as f:
        f.write(base64.b64decode(shot["data"]))
    pdf = page.call("Page.printToPDF", paperWidth=8.27, paperHeight=11.69, printBackground=True, preferCSSPageSize=True)
    with open(os.path.join(outdir, f"{example}.pdf"), "wb") as f:
        f.write(base64.b64decode(pdf["data"]))
    return got


def check_example(got, cadre, example):
    problems = list(got["console"])
    want = expected(cadre, example)
    rules = {r["name"]: r for r in want["rules"]}

    caseload_rules = [n for n in rules if n.startswith("caseload.cap")]
    drawn = {c["rule"]: c for c in got["caseload"]}
    for n in caseload_rules:
        if n not in drawn:
            problems.append(f"no caseload chart for {n}")
    for n, c in drawn.items():
        r = rules.get(n)
        if not r:
            problems.append(f"caseload chart for unknown rule {n}")
            continue
        if c["marks"] != r["passed"] + r["failed"] + r["unknown"]:
            problems.append(f"{n}: {c['marks']} marks, expected {r['passed'] + r['failed'] + r['unknown']}")
        if c["breaches"] != r["failed"] or c["unknown"] != r["unknown"] or c["cap"] != 1:
            problems.append(f"{n}: {c['breaches']} breaches, {c['unknown']} unknown, {c['cap']} cap lines; expected {r['failed']}, {r['unknown']}, 1")
    sup_rules = [n for n in rules if n.startswith("supervision.group")]
    drawn = {c["rule"]: c for c in got["supervision"]}
    for n in sup_rules:
        if n not in drawn:
            problems.append(f"no supervision chart for {n}")
    for n, c in drawn.items():
        r = rules.get(n, {"passed": -1, "failed": -1, "unknown": -1})
        if c["pods"] != r["passed"] + r["failed"] + r["unknown"] or c["failing"] != r["failed"] or c["sessions"] == 0:
            problems.append(f"{n}: {c['pods']} pods, {c['failing']} with a gap marked, {c['sessions']} sessions; "
                            f"expected {r['passed'] + r['failed'] + r['unknown']} pods, {r['failed']} with a gap")
    findings = want["findings"]
    def rules_with(pred):
        return len({f["rule"] for f in findings if pred(f)})
    ov = got["overview"]
    want_ov = {"bars": len(rules), "violation": rules_with(lambda f: f["verdict"] == "fail" and f["severity"] == "must"),
               "warning": rules_with(lambda f: f["verdict"] == "fail" and f["severity"] == "should"),
               "unknown": rules_with(lambda f: f["verdict"] == "unknown"),
               "pass": sum(r["passed"] > 0 for r in rules.values())}
    if ov != want_ov:
        problems.append(f"overview chart {ov}, expected {want_ov}")
    if got["heatRows"] != len(rules):
        problems.append(f"heat table has {got['heatRows']} rows, expected {len(rules)}")
    if got["h1"] != 1 or got["rules"] != len(rules) or got["plain"] != len(rules):
        problems.append(f"{got['h1']} h1, {got['rules']} rule articles, {got['plain']} plain-English readings; expected 1, {len(rules)}, {len(rules)}")
    if len(got["stamp"]) != 64:
        problems.append("no provenance digest on the page")
    if got["ruleRows"] != len(findings):
        problems.append(f"{got['ruleRows']} rows in the rules' findings tables, expected {len(findings)}")
    if got["findings"] != len(findings):
        problems.append(f"{got['findings']} rows in the findings table, expected {len(findings)}")
    if findings:
        unknown = sum(f["verdict"] == "unknown" for f in findings)
        violations = sum(f["verdict"] == "fail" and f["severity"] == "must" for f in findings)
        if got["none"] != 0 or not got["noneText"].startswith(f"Showing 0 of {len(findings)}"):
            problems.append(f"filtering by text that matches nothing left {got['none']} rows ({got['noneText']!r})")
        if got["unknownRows"] != unknown or got["violationRows"] != violations:
            problems.append(f"verdict filter shows {got['unknownRows']} unknown, {got['violationRows']} violations; expected {unknown}, {violations}")
        if got["byId"] < 1 or not got["byIdAll"] or got["all"] != len(findings):
            problems.append("filtering by the first finding's id does not show just its rows")
        if not got["sortedAsc"] or not got["sortedDesc"]:
            problems.append("sorting by 'Who or what' does not order the rows")

    charts = 1 + len(got["caseload"]) + len(got["supervision"])
    if problems:
        print(f"{example}: FAIL")
        for p in problems:
            print(f"  {p}")
        return False
    print(f"{example}: {charts} chart{'s' if charts != 1 else ''}, {len(findings)} finding{'s' if len(findings) != 1 else ''}"
          f"{', filter and sort work' if findings else ''}, no console errors, nothing fetched")
    return True


def main():
    if len(sys.argv) != 2:
        print("usage: report_browser.py CADRE_BINARY")
        return 4
    cadre = os.path.abspath(sys.argv[1])
    examples = sorted(d for d in os.listdir(os.path.join(ROOT, "examples")) if os.path.isdir(os.path.join(ROOT, "examples", d)))
    outdir = os.path.join(ROOT, "tests", "out")
    os.makedirs(outdir, exist_ok=True)
    # What the browser saw depends only on the page and this script, so the
    # second binary of a test run (the sanitizer build) reuses it: the cache
    # is keyed by their SHA-256 and checked against that binary's JSON again.
    me = open(os.path.abspath(__file__), "rb").read()
    cache, todo = {}, []
    for ex in examples:
        path = os.path.join(ROOT, "docs", "reports", f"{ex}.html")
        if not os.path.exists(path):
            continue
        key = hashlib.sha256(me + open(path, "rb").read()).hexdigest()
        try:
            saved = json.load(open(os.path.join(outdir, f"{ex}.probe.json")))
            if saved["key"] == key and os.path.exists(os.path.join(outdir, f"{ex}.png")):
                cache[ex] = saved["got"]
        except (OSError, ValueError, KeyError):
            pass
        if ex not in cache:
            todo.append((ex, key))
    ok = True
    if todo:
        profile = tempfile.mkdtemp(prefix="cadre-chromium-")
        proc, port = start_chromium(profile)
        try:
            page = Page(page_socket(port))
            for domain in ("Page", "Runtime", "Log", "Network"):
                page.call(f"{domain}.enable")
            for ex, key in todo:
                cache[ex] = browse(page, ex, outdir)
                with open(os.path.join(outdir, f"{ex}.probe.json"), "w") as f:
                    json.dump({"key": key, "got": cache[ex]}, f)
        except (RuntimeError, OSError, KeyError, ValueError) as e:
            print(f"FAIL: {e}")
            ok = False
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
            shutil.rmtree(profile, ignore_errors=True)
    elif not (shutil.which("chromium") or shutil.which("chromium-browser")):
        print("FAIL: chromium is not installed; `make deps` (tools/deps.sh) installs the Debian package")
        return 1
    for ex in examples:
        if ex not in cache:
            print(f"{ex}: FAIL\n  no docs/reports/{ex}.html (make reports)" if ok else f"{ex}: not checked")
            ok = False
            continue
        try:
            ok &= check_example(cache[ex], cadre, ex)
        except (RuntimeError, OSError, KeyError, ValueError) as e:
            print(f"{ex}: FAIL\n  {e}")
            ok = False
    print("screenshots and A4 prints: tests/out/EXAMPLE.png, tests/out/EXAMPLE.pdf")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
