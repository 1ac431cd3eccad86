#!/usr/bin/env python3
"""Runs a command with standard output and error on a pseudo-terminal and
prints what it wrote (CR LF as LF), for tests of terminal-only behaviour
such as colour. Usage: tty.py COMMAND [ARGS...]"""
import os, subprocess, sys
master, slave = os.openpty()
p = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=slave, stderr=slave)
os.close(slave)
out = b""
while True:
    try: chunk = os.read(master, 4096)
    except OSError: break          # EIO: the child closed the terminal
    if not chunk: break
    out += chunk
sys.stdout.write(out.decode(errors="replace").replace("\r\n", "\n"))
sys.exit(p.wait())
