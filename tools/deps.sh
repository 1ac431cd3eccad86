#!/bin/sh
# Installs the Debian packages cadre needs, only those that are missing.
set -e
need=""
command -v cc >/dev/null 2>&1 || need="$need gcc"
command -v make >/dev/null 2>&1 || need="$need make"
command -v flex >/dev/null 2>&1 || need="$need flex"
command -v bison >/dev/null 2>&1 || need="$need bison"
[ -f /usr/include/readline/readline.h ] || need="$need libreadline-dev"
[ -f /usr/include/sqlite3.h ] || need="$need libsqlite3-dev"
command -v sqlite3 >/dev/null 2>&1 || need="$need sqlite3"
command -v jq >/dev/null 2>&1 || need="$need jq"
command -v tmux >/dev/null 2>&1 || need="$need tmux"
command -v python3 >/dev/null 2>&1 || need="$need python3"   # the JUnit tests parse XML with it
command -v chromium >/dev/null 2>&1 || need="$need chromium"   # the HTML report test loads each report in it
if [ -n "$need" ]; then
    echo "installing:$need" >&2
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $need >/dev/null
fi
