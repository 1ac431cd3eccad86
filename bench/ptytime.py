#!/usr/bin/env python3
"""ptytime.py — the REPL's start as an auditor at a terminal sees it.
Runs `cadre repl ARGS...` on a pseudo-terminal and prints, in seconds since
the start: "prompt T" when the first `cadre> ` prompt shows, "loaded T" when
the data is in (the banner's row count, or the later "..., loaded" line),
"answer T" when the answer to QUERY, typed at once at the first prompt,
shows, and "exit T" after Ctrl-D. Owns: that dialogue and its clock. Does
not own: repetition or medians (bench/interactive.sh).
usage: bench/ptytime.py QUERY CADRE repl POLICY --data DIR ..."""
import os, pty, re, select, sys, time

def main():
    query, argv = sys.argv[1], sys.argv[2:]
    t0 = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(NO_COLOR="1", TERM="dumb", CADRE_HISTORY="/dev/null")
        os.execvp(argv[0], argv)
    out, marks, sent = b"", {}, False
    def seen(name, pattern):
        if name not in marks and re.search(pattern, out):
            marks[name] = time.monotonic() - t0
    while True:
        r, _, _ = select.select([fd], [], [], 60)
        if not r:
            print("ptytime: no output for 60 s", file=sys.stderr); break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
        seen("prompt", rb"cadre> ")
        seen("loaded", rb"rows in \d+ tables")
        if "prompt" in marks and not sent:
            os.write(fd, query.encode() + b"\r")
            sent = True
            mark_at = len(out)
        if sent and "answer" not in marks and re.search(rb"\n.*\d.*\r?\n.*cadre> ", out[mark_at:]):
            marks["answer"] = time.monotonic() - t0
            os.write(fd, b"\x04")
    os.waitpid(pid, 0)
    marks["exit"] = time.monotonic() - t0
    for k in ("prompt", "loaded", "answer", "exit"):
        print(k, "%.4f" % marks.get(k, float("nan")))

main()
