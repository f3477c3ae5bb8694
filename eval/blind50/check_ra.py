# -*- coding: utf-8 -*-
"""Standalone checker for eval set blind50 (no kg_rag import).

Usage:  /work/main/.venv/bin/python check_ra.py [--words]
Reads corpus/*.txt|*.md (UTF-8), *.docx (zipfile + XML), *.pdf (pypdf),
normalises text (NFC, lower-case, whitespace collapsed) and checks
questions.jsonl and who_what.jsonl. Prints OK or the list of problems.
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
ABBR = re.compile(
    r"(?<![\w&])(UBND|HĐND|KH&CN|KHCN|GD&ĐT|GDĐT|PGD&ĐT|PGDĐT|CĐS|THCS|THPT|TH&THCS|"
    r"MTTQ|LHH|KH&KT|TT&TT|VH-TT&TT|VH-TT|BTG|BTV|HU|CNSCĐ|CMHS|QĐ|KH|CV|TB|BC|QC|GVCN|HK|KHTN|KHXH|DN|TĐC|CNSH|STKT|LĐLĐ|KH-CN|XK|"
    r"ĐT|TP|SKHCN|GDPT|CNTT|STEM|OCOP|NQ/TW|HS|GV|ds|sl|sdt|đt|tp|kh|cv|qd|tb|bc|"
    r"ubnd|khcn|gddt|cds|thcs|lhh)(?![\w&])")


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []

    def para(p):
        buf = []
        for r in p.iter(W + "r"):
            for el in r:
                if el.tag == W + "t":
                    buf.append(el.text or "")
                elif el.tag == W + "tab":
                    buf.append("\t")
                elif el.tag in (W + "br", W + "cr"):
                    buf.append("\n")
        return "".join(buf)

    body = root.find(W + "body")
    for child in body:
        if child.tag == W + "p":
            out.append(para(child))
        elif child.tag == W + "tbl":
            for tr in child.iter(W + "tr"):
                for tc in tr.findall(W + "tc"):
                    out.append("\n".join(para(p) for p in tc.findall(W + "p")))
    return "\n".join(out)


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def raw_text(path):
    if path.endswith(".docx"):
        return docx_text(path)
    if path.endswith(".pdf"):
        return pdf_text(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def is_nfc(s):
    return unicodedata.normalize("NFC", s) == s


def no_diacritics(s):
    return all(ord(c) < 128 for c in s)


def main():
    problems = []
    warn = []
    P = problems.append
    files = sorted(f for f in os.listdir(CORPUS) if re.match(r"ra0[1-5]_", f))
    if len(files) != 5:
        P("expected 5 corpus files ra01..ra05, found %d" % len(files))
    raw = {f: raw_text(os.path.join(CORPUS, f)) for f in files}
    text = {f: norm(t) for f, t in raw.items()}
    for f, t in raw.items():
        if not is_nfc(t):
            P("%s: text is not NFC" % f)
        n = len(re.findall(r"\w+", t))
        if not 700 <= n <= 1500:
            P("%s: %d words (want 700-1500)" % (f, n))
        if "--words" in sys.argv:
            print("%-28s %5d words" % (f, n))

    # banned place names (earlier sets) — exact, case-sensitive, word bounded
    bpath = os.path.join(HERE, "banned_names.txt")
    banned = []
    if os.path.exists(bpath):
        with open(bpath, encoding="utf-8") as fh:
            banned = [unicodedata.normalize("NFC", x.strip()) for x in fh if x.strip()]

    def scan_banned(label, s):
        s = unicodedata.normalize("NFC", s)
        for b in banned:
            if re.search(r"(?<!\w)" + re.escape(b) + r"(?!\w)", s):
                P("%s: uses banned name %r" % (label, b))
            elif re.search(r"(?<!\w)" + re.escape(b.lower()) + r"(?!\w)", s.lower()):
                warn.append("%s: case-insensitive hit %r" % (label, b))

    for f, t in raw.items():
        scan_banned(f, t)
    for f, t in raw.items():
        if t.count("57-NQ/TW") > 1 or ("57-NQ/TW" in t and "Căn cứ Nghị quyết số 57-NQ/TW" not in t):
            P("%s: 57-NQ/TW used beyond one basis citation" % f)

    # ---------------- questions ----------------
    qpath = os.path.join(HERE, "questions.jsonl")
    qs = []
    with open(qpath, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                continue
            if not is_nfc(line):
                P("questions line %d not NFC" % ln)
            try:
                qs.append(json.loads(line))
            except Exception as e:  # noqa
                P("questions line %d: bad JSON %s" % (ln, e))
    ids = set()
    seen_q = []
    cites = {f: 0 for f in files}
    n_unans = n_nodia = n_abbr = n_follow = n_ww = n_follow_unans = 0
    kinds = {}
    for q in qs:
        qid = q.get("id")
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            P("%s: keys %s" % (qid, sorted(keys)))
        if not re.fullmatch(r"ra\d{3}", str(qid)):
            P("%s: bad id" % qid)
        if qid in ids:
            P("%s: duplicate id" % qid)
        ids.add(qid)
        kind = q.get("kind")
        kinds[kind] = kinds.get(kind, 0) + 1
        if kind not in KINDS:
            P("%s: bad kind %r" % (qid, kind))
        qt = q.get("question", "")
        scan_banned(qid, qt)
        if "57-NQ/TW" in qt:
            P("%s: mentions 57-NQ/TW" % qid)
        ans = q.get("answerable")
        if not isinstance(ans, bool):
            P("%s: answerable not bool" % qid)
        ev = q.get("evidence", [])
        kw = q.get("keywords", [])
        if not ans:
            n_unans += 1
            if ev or kw:
                P("%s: unanswerable but has evidence/keywords" % qid)
        else:
            if not ev:
                P("%s: answerable without evidence" % qid)
            if not 1 <= len(kw) <= 3:
                P("%s: %d keywords (want 1-3)" % (qid, len(kw)))
        evtext = []
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if set(e) != {"source", "quote"}:
                P("%s: evidence keys %s" % (qid, sorted(e)))
            if src not in text:
                P("%s: unknown source %r" % (qid, src))
                continue
            srcs.add(src)
            if not 20 <= len(quote) <= 200:
                P("%s: quote length %d: %r" % (qid, len(quote), quote[:40]))
            if norm(quote) not in text[src]:
                P("%s: quote not found in %s: %r" % (qid, src, quote))
            evtext.append(norm(quote))
        for s in srcs:
            cites[s] += 1
        for k in kw:
            nk = norm(k)
            if not nk:
                P("%s: empty keyword" % qid)
            elif not any(nk in e for e in evtext):
                if any(nk in text[s] for s in srcs):
                    warn.append("%s: keyword %r only in cited file, not in quote" % (qid, k))
                else:
                    P("%s: keyword %r not in evidence nor cited file" % (qid, k))
        if no_diacritics(qt):
            n_nodia += 1
        elif kind == "no-diacritics":
            P("%s: kind no-diacritics but has diacritics" % qid)
        if ABBR.search(qt):
            n_abbr += 1
        elif kind == "abbreviation":
            P("%s: kind abbreviation but no abbreviation found" % qid)
        if "history" in q:
            n_follow += 1
            if not ans:
                n_follow_unans += 1
            for h in q["history"]:
                if h not in seen_q:
                    P("%s: history question is not an earlier question: %r" % (qid, h))
        elif kind == "follow-up":
            P("%s: follow-up without history" % qid)
        if "actors" in q:
            if not q["actors"]:
                P("%s: empty actors" % qid)
            for a in q["actors"]:
                if not any(norm(a) in text[s] for s in (srcs or text)):
                    P("%s: actor %r not verbatim in cited file" % (qid, a))
        if kind == "who-what":
            if "actors" in q:
                n_ww += 1
            else:
                P("%s: who-what without actors" % qid)
        if kind == "unanswerable" and ans:
            P("%s: kind unanswerable but answerable=true" % qid)
        seen_q.append(qt)

    total = len(qs) or 1

    def pct(n):
        return 100.0 * n / total

    if not 90 <= len(qs) <= 110:
        P("question count %d (want ~100)" % len(qs))
    if pct(n_unans) < 22:
        P("unanswerable %.1f%% < 22%%" % pct(n_unans))
    if pct(n_nodia) < 15:
        P("no-diacritics %.1f%% < 15%%" % pct(n_nodia))
    if pct(n_abbr) < 12:
        P("abbreviations %.1f%% < 12%%" % pct(n_abbr))
    if n_follow < 15:
        P("follow-ups %d < 15" % n_follow)
    if not 1 <= n_follow_unans <= 2:
        P("unanswerable follow-ups %d (want 1-2)" % n_follow_unans)
    if n_ww < 12:
        P("who-what with actors %d < 12" % n_ww)
    for k in ("metadata", "corpus"):
        if kinds.get(k, 0) < 2:
            P("too few %s questions" % k)
    for f, c in cites.items():
        if c < 12:
            P("%s cited by %d questions (< 12)" % (f, c))

    # ---------------- who-what gold ----------------
    wpath = os.path.join(HERE, "who_what.jsonl")
    wsrc = set()
    with open(wpath, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                continue
            if not is_nfc(line):
                P("who_what line %d not NFC" % ln)
            w = json.loads(line)
            wid = w.get("id")
            if set(w) != {"id", "directive", "source", "actors", "intruders"}:
                P("%s: keys %s" % (wid, sorted(w)))
            src = w.get("source")
            if src not in text:
                P("%s: unknown source %r" % (wid, src))
                continue
            wsrc.add(src)
            t = text[src]
            if not w.get("actors"):
                P("%s: no actors" % wid)
            for a in w.get("actors", []):
                if set(a) != {"name", "role", "deadline", "task_quote"}:
                    P("%s: actor keys %s" % (wid, sorted(a)))
                if norm(a["name"]) not in t:
                    P("%s: actor name not verbatim: %r" % (wid, a["name"]))
                if a["role"] not in ("chủ trì", "phối hợp", "thường trực", None):
                    P("%s: bad role %r" % (wid, a["role"]))
                if a["deadline"] is not None and norm(a["deadline"]) not in t:
                    P("%s: deadline not verbatim: %r" % (wid, a["deadline"]))
                tq = a["task_quote"]
                if not 20 <= len(tq) <= 200:
                    P("%s: task_quote length %d" % (wid, len(tq)))
                if norm(tq) not in t:
                    P("%s: task_quote not verbatim: %r" % (wid, tq))
            for i in w.get("intruders", []):
                if norm(i) not in t:
                    P("%s: intruder not in file: %r" % (wid, i))
    for f in files:
        if f not in wsrc:
            P("who_what: no line for %s" % f)

    print("questions: %d | unanswerable %.1f%% | no-diacritics %.1f%% | "
          "abbreviations %.1f%% | follow-ups %d (%d unanswerable) | who-what %d"
          % (len(qs), pct(n_unans), pct(n_nodia), pct(n_abbr), n_follow,
             n_follow_unans, n_ww))
    print("kinds:", ", ".join("%s=%d" % kv for kv in sorted(kinds.items())))
    print("citations per file:", ", ".join("%s=%d" % kv for kv in sorted(cites.items())))
    if "-v" in sys.argv:
        for w_ in warn:
            print("warning:", w_)
    elif warn:
        print("(%d warnings; -v to show)" % len(warn))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
