# man.awk — docs/cli.md to the man page cadre(1), so the two cannot drift:
# the page is generated from the document at build time and never edited.
# Handles the Markdown docs/cli.md uses: # headings, fenced code, tables,
# lists, paragraphs, `code`, **bold**, *italic* and [links](...).
# Usage: LC_ALL=C awk -v version=0.1.0 -f tools/man.awk docs/cli.md > cadre.1
# (LC_ALL=C: awk must see bytes, as mawk always does and gawk in C locale)

# the non-ASCII characters the docs use, as roff glyph names (plain troff
# reads bytes; man-db would convert, but the page should not depend on it)
function glyphs(s) {
    gsub(/—/, "\\(em", s); gsub(/→/, "\\(->", s); gsub(/×/, "\\(mu", s)
    gsub(/–/, "\\(en", s); gsub(/…/, "...", s); gsub(/’/, "\\(cq", s); gsub(/‘/, "\\(oq", s)
    gsub(/“/, "\\(lq", s); gsub(/”/, "\\(rq", s); gsub(/≤/, "\\(<=", s); gsub(/≥/, "\\(>=", s)
    gsub(/€/, "\\(Eu", s); gsub(/£/, "\\(Po", s)
    return escape_utf8(s)
}

# any other UTF-8 sequence as \[uXXXX], which groff reads (awk sees bytes)
function escape_utf8(s,    out, i, n, b, cp, k, extra) {
    out = ""; n = length(s)
    for (i = 1; i <= n; i++) {
        b = ord[substr(s, i, 1)]
        if (b < 128) { out = out substr(s, i, 1); continue }
        if (b >= 240) { cp = b - 240; extra = 3 } else if (b >= 224) { cp = b - 224; extra = 2 } else { cp = b - 192; extra = 1 }
        for (k = 1; k <= extra && i + k <= n; k++) cp = cp * 64 + ord[substr(s, i + k, 1)] - 128
        i += extra
        out = out sprintf("\\[u%04X]", cp)
    }
    return out
}

# roff-escape a line of text and turn inline Markdown into fonts
function inline(s,    out, c, i, n, code) {
    gsub(/\\\|/, "|", s)                       # \| inside tables
    gsub(/\\/, "\\e", s)
    gsub(/-/, "\\-", s)                       # options are typed: minus signs, not hyphens
    while (match(s, /\[[^]]*\]\([^)]*\)/)) {   # [text](link) -> text
        t = substr(s, RSTART + 1, RLENGTH)
        sub(/\]\(.*$/, "", t)
        s = substr(s, 1, RSTART - 1) t substr(s, RSTART + RLENGTH)
    }
    out = ""; code = 0; n = length(s)
    for (i = 1; i <= n; i++) {
        c = substr(s, i, 1)
        if (c == "`") { out = out (code ? "\\fR" : "\\fB"); code = !code; continue }
        if (!code && substr(s, i, 2) == "**") { out = out (bold ? "\\fR" : "\\fB"); bold = !bold; i++; continue }
        if (!code && c == "*" && substr(s, i + 1, 1) != " " ) { out = out (ital ? "\\fR" : "\\fI"); ital = !ital; continue }
        if (!code && c == "*" && ital) { out = out "\\fR"; ital = 0; continue }
        out = out c
    }
    if (code || bold || ital) out = out "\\fR"
    bold = ital = 0
    if (out ~ /^[.']/) out = "\\&" out
    return glyphs(out)
}
function cells(line, arr,    n, i) {
    gsub(/\\\|/, "\001", line)                 # an escaped pipe is text
    sub(/^ *\| */, "", line); sub(/ *\| *$/, "", line)
    n = split(line, arr, / *\| */)
    for (i = 1; i <= n; i++) gsub(/\001/, "\\|", arr[i])
    return n
}
BEGIN {
    for (i = 0; i < 256; i++) ord[sprintf("%c", i)] = i
    print ".\\\" Generated from docs/cli.md by tools/man.awk; edit the document, not this."
    printf ".TH CADRE 1 \"\" \"cadre %s\" \"User Commands\"\n", version
    print ".SH NAME"
    print "cadre \\- workforce policy rules for English children's social work"
    print ".SH SYNOPSIS"
    print ".B cadre"
    print ".I COMMAND"
    print "[\\fIOPTIONS\\fR] [\\fIARGS\\fR]"
    print ".SH DESCRIPTION"
    print "The rules language, its checker and its reports; this page is the"
    print "document docs/cli.md of the cadre source tree."
    fence = 0; header = 0
}
/^```/ { if (fence) { print ".fi"; print ".RE" } else { print ".RS 2"; print ".nf" } fence = !fence; next }
fence { l = $0; gsub(/\\/, "\\e", l); if (l ~ /^[.']/) l = "\\&" l; print glyphs(l); next }
/^# / { next }                                  # the title: the man header says it
/^## / { t = substr($0, 4); gsub(/`/, "", t); print ".SH " toupper(t); next }
/^### / { t = substr($0, 5); gsub(/`/, "", t); print ".SS " t; next }
/^\|/ {
    if ($0 ~ /^\|[-| :]+\|$/) next              # the separator row
    n = cells($0, c)
    if (!header) { header = 1; next }           # column names: the text around says them
    print ".TP"
    print inline(c[1])
    rest = ""
    for (i = 2; i <= n; i++) if (c[i] != "") rest = rest (rest == "" ? "" : " \002 ") c[i]
    rest = inline(rest)
    gsub(/\002/, "\\(em", rest)
    print rest
    next
}
{ header = 0 }
/^ *[-*] / { sub(/^ *[-*] /, ""); print ".IP \\(bu 2"; print inline($0); next }
/^ *[0-9]+\. / { n = $0; sub(/\..*/, "", n); sub(/^ *[0-9]+\. /, ""); gsub(/ /, "", n); print ".IP " n ". 4"; print inline($0); next }
/^ *$/ { print ".PP"; next }
{ l = $0; sub(/^ +/, "", l); print inline(l) }
