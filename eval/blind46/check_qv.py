# -*- coding: utf-8 -*-
"""Standalone checker for eval set blind46 (no kg_rag).

Usage: python check_qv.py            -> prints OK or the list of problems (exit 1)
Reads corpus/*.txt|*.md (UTF-8), *.docx (zipfile + XML), *.pdf (pypdf).
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["KH", "CV", "QĐ", "TB", "BC", "UBND", "KH&CN", "GD&ĐT", "CĐS", "THCS", "THPT", "MTTQ", "HĐND",
        "VH&TT", "VH-XH", "TT&DL", "KHKT", "CNS", "TG&DV", "HU", "SĐT", "sđt", "TT", "KH-UBND", "CN", "VH"]
W = "0-9A-Za-zÀ-ỹĐđ"
ABBR_RE = re.compile("(?<![%s])(%s)(?![%s])" % (W, "|".join(re.escape(a) for a in sorted(ABBR, key=len, reverse=True)), W))

problems = []


def P(msg):
    problems.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).lower()).strip()


def read_docx(path):
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(ns + "p"):
        paras.append("".join(t.text or "" for t in p.iter(ns + "t")))
    return "\n".join(paras)


def read_pdf(path):
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)


def read_any(path):
    if path.endswith(".docx"):
        return read_docx(path)
    if path.endswith(".pdf"):
        return read_pdf(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def is_nfc(s):
    return unicodedata.normalize("NFC", s) == s


def walk_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, list):
        for x in o:
            yield from walk_strings(x)
    elif isinstance(o, dict):
        for k, v in o.items():
            yield k
            yield from walk_strings(v)


def main():
    files = sorted(os.listdir(CORPUS))
    texts, raw = {}, {}
    if len(files) != 5:
        P("corpus must hold 5 files, has %d" % len(files))
    for i, f in enumerate(files, 1):
        if not re.match(r"qv0%d_[a-z0-9_]+\.(txt|md|docx|pdf)$" % i, f):
            P("bad file name %s" % f)
        raw[f] = read_any(os.path.join(CORPUS, f))
        texts[f] = norm(raw[f])
        nw = len(raw[f].split())
        if not 700 <= nw <= 1500:
            P("%s: %d words (need 700-1500)" % (f, nw))
        if f.endswith((".txt", ".md")) and not is_nfc(raw[f]):
            P("%s not NFC" % f)
        if "57-nq/tw" in texts[f]:
            for m in re.finditer(r"57-nq/tw", texts[f]):
                if "căn cứ" not in texts[f][max(0, m.start() - 40):m.start()]:
                    P("%s: 57-NQ/TW used outside a 'Căn cứ' line" % f)
    exts = {os.path.splitext(f)[1] for f in files}
    for e in (".docx", ".pdf", ".txt"):
        if e not in exts:
            P("no %s file in corpus" % e)
    pdfs = [f for f in files if f.endswith(".pdf")]
    for f in pdfs:
        from pypdf import PdfReader
        n = len(PdfReader(os.path.join(CORPUS, f)).pages)
        if not 2 <= n <= 4:
            P("%s has %d pages" % (f, n))

    # forbidden place names (earlier sets)
    fn = os.path.join(HERE, "forbidden_names.txt")
    forb = []
    if os.path.exists(fn):
        forb = [norm(x) for x in open(fn, encoding="utf-8") if x.strip()]

    def scan_forbidden(label, t):
        for n in forb:
            if re.search(r"(?<![%s])%s(?![%s])" % (W, re.escape(n), W), t):
                P("%s contains forbidden name '%s'" % (label, n))

    for f in files:
        scan_forbidden(f, texts[f])

    # ---------------- questions ----------------
    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                qs.append(json.loads(line))
            except Exception as e:  # noqa
                P("questions.jsonl line %d: bad JSON %s" % (ln, e))
    seen_ids, seen_q = set(), []
    cite = {f: 0 for f in files}
    n = len(qs)
    c_unans = c_ascii = c_abbr = c_fu = c_fu_unans = c_ww = 0
    kinds = {}
    for o in qs:
        qid = o.get("id", "?")
        keys = set(o)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            P("%s: bad keys %s" % (qid, sorted(keys)))
            continue
        for s in walk_strings(o):
            if not is_nfc(s):
                P("%s: string not NFC" % qid)
        scan_forbidden(qid, norm(o["question"]))
        if not re.match(r"qv\d{3}$", qid) or qid in seen_ids:
            P("%s: bad or duplicate id" % qid)
        seen_ids.add(qid)
        if o["kind"] not in KINDS:
            P("%s: bad kind %s" % (qid, o["kind"]))
        kinds[o["kind"]] = kinds.get(o["kind"], 0) + 1
        if not isinstance(o["answerable"], bool):
            P("%s: answerable not bool" % qid)
        q = o["question"]
        if q.isascii():
            c_ascii += 1
        if ABBR_RE.search(q):
            c_abbr += 1
        if o["kind"] == "no-diacritics" and not q.isascii():
            P("%s: no-diacritics question has diacritics" % qid)
        if "history" in o:
            c_fu += 1
            h = o["history"]
            if not isinstance(h, list) or not h or any(x not in seen_q for x in h):
                P("%s: history is not an earlier question" % qid)
            if not o["answerable"]:
                c_fu_unans += 1
        seen_q.append(q)
        if not o["answerable"]:
            c_unans += 1
            if o["evidence"] or o["keywords"]:
                P("%s: unanswerable must have empty evidence/keywords" % qid)
            continue
        if not o["evidence"]:
            P("%s: answerable without evidence" % qid)
        if not 1 <= len(o["keywords"]) <= 3:
            P("%s: need 1-3 keywords" % qid)
        quotes_n, srcs = [], set()
        for ev in o["evidence"]:
            src, qt = ev.get("source"), ev.get("quote", "")
            if set(ev) != {"source", "quote"}:
                P("%s: evidence keys %s" % (qid, sorted(ev)))
            if src not in texts:
                P("%s: unknown source %s" % (qid, src))
                continue
            srcs.add(src)
            nq = norm(qt)
            if not 20 <= len(nq) <= 200:
                P("%s: quote length %d: %r" % (qid, len(nq), qt[:60]))
            if nq not in texts[src]:
                P("%s: quote not found in %s: %r" % (qid, src, qt))
            quotes_n.append(nq)
        for s in srcs:
            cite[s] += 1
        for k in o["keywords"]:
            nk = norm(k)
            if not any(nk in x for x in quotes_n) and not any(nk in texts[s] for s in srcs):
                P("%s: keyword %r not in quotes or cited file" % (qid, k))
        if "actors" in o:
            for a in o["actors"]:
                if not any(norm(a) in texts[s] for s in srcs):
                    P("%s: actor %r not verbatim in cited file" % (qid, a))
        if o["kind"] == "who-what":
            if o.get("actors"):
                c_ww += 1
            else:
                P("%s: who-what without actors" % qid)

    def pct(x):
        return 100.0 * x / max(n, 1)

    if not 90 <= n <= 115:
        P("question count %d not ~100" % n)
    if pct(c_unans) < 22:
        P("unanswerable %.1f%% < 22%%" % pct(c_unans))
    if pct(c_ascii) < 15:
        P("no-diacritics %.1f%% < 15%%" % pct(c_ascii))
    if pct(c_abbr) < 12:
        P("abbreviations %.1f%% < 12%%" % pct(c_abbr))
    if c_fu != 15:
        P("follow-ups %d != 15" % c_fu)
    if not 1 <= c_fu_unans <= 2:
        P("unanswerable follow-ups %d (need 1-2)" % c_fu_unans)
    if c_ww < 12:
        P("who-what with actors %d < 12" % c_ww)
    for k in ("metadata", "corpus"):
        if kinds.get(k, 0) < 3:
            P("too few %s questions" % k)
    for f, c in cite.items():
        if c < 12:
            P("%s cited by %d questions (<12)" % (f, c))

    # ---------------- who-what gold ----------------
    ww = [json.loads(x) for x in open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") if x.strip()]
    wsrc = set()
    for o in ww:
        wid = o.get("id", "?")
        if set(o) != {"id", "directive", "source", "actors", "intruders"}:
            P("%s: bad keys" % wid)
            continue
        for s in walk_strings(o):
            if not is_nfc(s):
                P("%s: string not NFC" % wid)
        src = o["source"]
        if src not in texts:
            P("%s: unknown source %s" % (wid, src))
            continue
        wsrc.add(src)
        t = texts[src]
        names = set()
        for a in o["actors"]:
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                P("%s: actor keys %s" % (wid, sorted(a)))
                continue
            names.add(norm(a["name"]))
            if norm(a["name"]) not in t:
                P("%s: actor name %r not verbatim" % (wid, a["name"]))
            if a["role"] not in ROLES:
                P("%s: bad role %r" % (wid, a["role"]))
            if a["deadline"] is not None and norm(a["deadline"]) not in t:
                P("%s: deadline %r not verbatim" % (wid, a["deadline"]))
            tq = norm(a["task_quote"])
            if not 20 <= len(tq) <= 200:
                P("%s: task_quote length %d" % (wid, len(tq)))
            if tq not in t:
                P("%s: task_quote not found: %r" % (wid, a["task_quote"]))
        for x in o["intruders"]:
            if norm(x) not in t:
                P("%s: intruder %r not in file" % (wid, x))
            if norm(x) in names:
                P("%s: intruder %r is also an actor" % (wid, x))
    if wsrc != set(files) or len(ww) != len(files):
        P("who_what.jsonl must have one line per document")

    print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | abbreviations %d (%.1f%%) | "
          "follow-ups %d (%d unanswerable) | who-what %d" % (n, c_unans, pct(c_unans), c_ascii, pct(c_ascii),
                                                            c_abbr, pct(c_abbr), c_fu, c_fu_unans, c_ww))
    print("kinds:", dict(sorted(kinds.items())))
    print("citations per file:", cite)
    print("words:", {f: len(raw[f].split()) for f in files})
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print(" -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
