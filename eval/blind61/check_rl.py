# -*- coding: utf-8 -*-
"""Standalone checker for the blind61 evaluation set (no kg_rag).

Usage:  /work/main/.venv/bin/python check_rl.py [set_dir]
Prints OK (and statistics) or the list of problems; exit status 1 on problems.
"""
import glob
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
SET = sys.argv[1] if len(sys.argv) > 1 else HERE
CORPUS = os.path.join(SET, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["KH", "CV", "QĐ", "QD", "BC", "BB", "TB", "UBND", "HĐND", "HDND", "VH&TT", "VH-TT", "VHTT",
        "TTVHTT", "TTHTCĐ", "TTHTCD", "CĐS", "CDS", "KNS", "THCS", "THPT", "MTTQ", "GD&ĐT", "GD&DT",
        "VH-XH", "DTTS", "TC-KH", "KH&CN", "TT&TT", "PCT", "SVHTTDL", "VHTTDL", "TT VH-TT"]
ABBR_RE = re.compile(r"(?<![\w&-])(" + "|".join(re.escape(a) for a in sorted(ABBR, key=len, reverse=True))
                     + r")(?![\w&])")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).lower().split())


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(paras)


def read_pdf(path):
    import pypdf
    return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(path).pages)


def read_any(path):
    if path.endswith(".docx"):
        return read_docx(path)
    if path.endswith(".pdf"):
        return read_pdf(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


# ------------------------------------------------------------------ documents
files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(CORPUS, "*")))
if len(files) != 5:
    bad("corpus must hold 5 files, found %d: %s" % (len(files), files))
for i, fn in enumerate(files, 1):
    if not re.fullmatch(r"rl0%d_[a-z0-9_]+\.(txt|md|docx|pdf)" % i, fn):
        bad("bad file name %s" % fn)
RAW, DOC = {}, {}
for fn in files:
    raw = read_any(os.path.join(CORPUS, fn))
    RAW[fn] = raw
    DOC[fn] = norm(raw)
    if fn.endswith((".txt", ".md")) and unicodedata.normalize("NFC", raw) != raw:
        bad("%s is not NFC" % fn)
    nw = len([w for w in raw.split() if re.search(r"\w", w)])
    if not 700 <= nw <= 1500:
        bad("%s has %d words (700-1500 expected)" % (fn, nw))
exts = {os.path.splitext(f)[1] for f in files}
for e in (".docx", ".pdf", ".txt"):
    if e not in exts:
        bad("no %s document" % e)
if not any(re.search(r"^\|.*\|\s*$", RAW[f], re.M) and re.search(r"^\|\s*-", RAW[f], re.M)
           for f in files if f.endswith((".md", ".txt"))):
    bad("no Markdown table in a .md/.txt document")
for fn in files:
    if fn.endswith(".pdf"):
        import pypdf
        n = len(pypdf.PdfReader(os.path.join(CORPUS, fn)).pages)
        if not 2 <= n <= 4:
            bad("%s has %d pages (2-4 expected)" % (fn, n))
    if fn.endswith(".docx"):
        with zipfile.ZipFile(os.path.join(CORPUS, fn)) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        if "<w:tbl>" not in xml or not re.search(r'w:pStyle w:val="ListNumber', xml):
            bad("%s lacks a table or List Number paragraphs" % fn)
    for m in re.finditer(r"57-NQ/TW", RAW[fn]):
        line = RAW[fn][RAW[fn].rfind("\n", 0, m.start()) + 1:m.start()]
        if "Căn cứ" not in line:
            bad("%s uses 57-NQ/TW outside a 'Căn cứ' line" % fn)

# forbidden place names (case-sensitive, as listed in the task)
FORB = []
fp = os.path.join(SET, "forbidden_names.txt")
if os.path.exists(fp):
    FORB = [l.strip() for l in open(fp, encoding="utf-8") if l.strip()]


def forbidden_in(text, where):
    t = unicodedata.normalize("NFC", text)
    for n in FORB:
        if n in t:
            bad("forbidden name %r in %s" % (n, where))


for fn in files:
    forbidden_in(RAW[fn], fn)

# ------------------------------------------------------------------ questions
qpath = os.path.join(SET, "questions.jsonl")
Qs = []
with open(qpath, encoding="utf-8") as f:
    raw_lines = f.read().splitlines()
for ln, line in enumerate(raw_lines, 1):
    if not line.strip():
        continue
    if unicodedata.normalize("NFC", line) != line:
        bad("questions.jsonl line %d not NFC" % ln)
    try:
        Qs.append(json.loads(line))
    except Exception as e:  # noqa
        bad("questions.jsonl line %d: bad JSON (%s)" % (ln, e))

seen_ids, seen_q = set(), []
cites = {fn: 0 for fn in files}
n_un = n_nodia = n_abbr = n_who = n_fu = n_fu_un = 0
kinds = {}
for q in Qs:
    qid = q.get("id", "?")
    keys = set(q)
    if not QKEYS <= keys or keys - QKEYS - QOPT:
        bad("%s: keys %s" % (qid, sorted(keys)))
    if not re.fullmatch(r"rl\d{3}", str(qid)):
        bad("%s: bad id" % qid)
    if qid in seen_ids:
        bad("%s: duplicate id" % qid)
    seen_ids.add(qid)
    text = q.get("question", "")
    forbidden_in(text, qid)
    kind = q.get("kind")
    kinds[kind] = kinds.get(kind, 0) + 1
    if kind not in KINDS:
        bad("%s: bad kind %r" % (qid, kind))
    if not isinstance(q.get("answerable"), bool):
        bad("%s: answerable must be bool" % qid)
    ev, kw = q.get("evidence", []), q.get("keywords", [])
    if q.get("answerable") is False:
        n_un += 1
        if ev or kw:
            bad("%s: unanswerable must have empty evidence/keywords" % qid)
        if kind not in ("unanswerable", "follow-up"):
            bad("%s: unanswerable question with kind %s" % (qid, kind))
    else:
        if kind == "unanswerable":
            bad("%s: kind unanswerable but answerable true" % qid)
        if not ev:
            bad("%s: no evidence" % qid)
        if not 1 <= len(kw) <= 3:
            bad("%s: %d keywords (1-3 expected)" % (qid, len(kw)))
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if set(e) != {"source", "quote"}:
                bad("%s: evidence keys %s" % (qid, sorted(e)))
            if src not in DOC:
                bad("%s: unknown source %r" % (qid, src))
                continue
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                bad("%s: quote length %d: %r" % (qid, len(nq), quote[:60]))
            if nq not in DOC[src]:
                bad("%s: quote not found in %s: %r" % (qid, src, quote[:80]))
            srcs.add(src)
        for s in srcs:
            cites[s] += 1
        quotes = " ".join(norm(e.get("quote", "")) for e in ev)
        for k in kw:
            nk = norm(k)
            if not nk:
                bad("%s: empty keyword" % qid)
            elif nk not in quotes and not any(nk in DOC[s] for s in srcs):
                bad("%s: keyword %r neither in quotes nor in cited file" % (qid, k))
    if "history" in q:
        h = q["history"]
        if not (isinstance(h, list) and len(h) == 1 and h[0] in seen_q):
            bad("%s: history is not an earlier question" % qid)
        n_fu += 1
        if kind != "follow-up":
            bad("%s: has history but kind %s" % (qid, kind))
        if q.get("answerable") is False:
            n_fu_un += 1
    elif kind == "follow-up":
        bad("%s: follow-up without history" % qid)
    if "actors" in q:
        srcs = {e["source"] for e in ev if e.get("source") in DOC} or set(DOC)
        for a in q["actors"]:
            if not any(norm(a) in DOC[s] for s in srcs):
                bad("%s: actor %r not verbatim in cited file" % (qid, a))
        if kind == "who-what":
            n_who += 1
    elif kind == "who-what":
        bad("%s: who-what without actors" % qid)
    if all(ord(c) < 128 for c in text):
        n_nodia += 1
    if ABBR_RE.search(text):
        n_abbr += 1
    seen_q.append(text)

N = len(Qs)
if not 90 <= N <= 115:
    bad("%d questions (about 100 expected)" % N)


def pct(x):
    return 100.0 * x / N if N else 0


if pct(n_un) < 22:
    bad("unanswerable %.1f%% < 22%%" % pct(n_un))
if pct(n_nodia) < 15:
    bad("no-diacritics %.1f%% < 15%%" % pct(n_nodia))
if pct(n_abbr) < 12:
    bad("abbreviations %.1f%% < 12%%" % pct(n_abbr))
if n_fu != 15:
    bad("%d follow-ups (15 expected)" % n_fu)
if not 1 <= n_fu_un <= 2:
    bad("%d unanswerable follow-ups (1-2 expected)" % n_fu_un)
if n_who < 12:
    bad("%d who-what questions (>=12 expected)" % n_who)
for k in ("metadata", "corpus"):
    if kinds.get(k, 0) < 3:
        bad("too few %s questions" % k)
for fn, c in cites.items():
    if c < 12:
        bad("%s cited by %d questions (>=12 expected)" % (fn, c))

# ------------------------------------------------------------------ who-what gold
wpath = os.path.join(SET, "who_what.jsonl")
wsrc = []
with open(wpath, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            continue
        if unicodedata.normalize("NFC", line) != line:
            bad("who_what.jsonl line %d not NFC" % ln)
        w = json.loads(line)
        wid = w.get("id")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            bad("%s: keys %s" % (wid, sorted(w)))
        src = w.get("source")
        wsrc.append(src)
        if src not in DOC:
            bad("%s: unknown source %r" % (wid, src))
            continue
        d = DOC[src]
        if not w.get("actors"):
            bad("%s: no actors" % wid)
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                bad("%s: actor keys %s" % (wid, sorted(a)))
            if norm(a.get("name", "")) not in d:
                bad("%s: actor name %r not verbatim" % (wid, a.get("name")))
            if a.get("role") not in ROLES:
                bad("%s: bad role %r" % (wid, a.get("role")))
            if a.get("deadline") is not None and norm(a["deadline"]) not in d:
                bad("%s: deadline %r not verbatim" % (wid, a["deadline"]))
            tq = norm(a.get("task_quote", ""))
            if not 20 <= len(tq) <= 200:
                bad("%s: task_quote length %d" % (wid, len(tq)))
            if tq not in d:
                bad("%s: task_quote not verbatim: %r" % (wid, a.get("task_quote", "")[:80]))
        for x in w.get("intruders", []):
            if norm(x) not in d:
                bad("%s: intruder %r not in document" % (wid, x))
            if any(norm(x) == norm(a.get("name", "")) for a in w.get("actors", [])):
                bad("%s: intruder %r is also an actor" % (wid, x))
if sorted(wsrc) != sorted(files):
    bad("who_what.jsonl must have one line per document")

# ------------------------------------------------------------------ report
if problems:
    print("PROBLEMS (%d):" % len(problems))
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | abbreviations %d (%.1f%%)"
      % (N, n_un, pct(n_un), n_nodia, pct(n_nodia), n_abbr, pct(n_abbr)))
print("follow-ups %d (unanswerable %d) | who-what with actors %d" % (n_fu, n_fu_un, n_who))
print("kinds:", dict(sorted(kinds.items())))
print("citations per document:", cites)
