# -*- coding: utf-8 -*-
"""Standalone checker for the blind90 evaluation set (no kg_rag import).

Usage:  /work/main/.venv/bin/python check_df.py [--show-text FILE]
Prints "OK" (plus statistics) or the list of problems (exit code 1).
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
from collections import Counter, defaultdict
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
QFILE = os.path.join(HERE, "questions.jsonl")
WFILE = os.path.join(HERE, "who_what.jsonl")
FORBIDDEN = os.path.join(HERE, "forbidden_names.txt")

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
Q_KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_OPT = {"history", "actors"}
W_KEYS = {"id", "directive", "source", "actors", "intruders"}
A_KEYS = {"name", "role", "deadline", "task_quote"}

# abbreviations an officer would type (token-level match, case-sensitive)
ABBR = ["KH", "CV", "QĐ", "QD", "HD", "HĐ", "BC", "TB", "UBND", "KH&CN", "KHCN", "SKHCN", "HTX",
        "TĐC", "TDC", "SHTT", "CDĐL", "CDDL", "NHTT", "NHCN", "TCCS", "NN&MT", "MTTQ", "HU", "TU",
        "CTr", "PGĐ", "HĐND", "HDND", "TTr", "KT&HT", "QR", "OCOP", "CT", "TP", "LMHTX", "HND", "SCT"]
ABBR_STRICT = set(ABBR) - {"QR", "OCOP"}  # QR/OCOP are the normal names, not counted


def nfc(s):
    return unicodedata.normalize("NFC", s)


def norm(s):
    return re.sub(r"\s+", " ", nfc(s).lower()).strip()


W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W_NS + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W_NS + "t":
                parts.append(el.text or "")
            elif el.tag in (W_NS + "br", W_NS + "cr"):
                parts.append("\n")
            elif el.tag == W_NS + "tab":
                parts.append("\t")
        paras.append("".join(parts))
    return "\n".join(paras)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((pg.extract_text() or "") for pg in r.pages), len(r.pages)


def load_text(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if ext == "docx":
        return read_docx(path)
    if ext == "pdf":
        return read_pdf(path)[0]
    raise ValueError("unsupported " + path)


def has_diacritics(s):
    return any(ord(c) > 127 for c in s)


def uses_abbr(s):
    toks = re.findall(r"[\wĐđ&]+(?:/[\wĐđ&-]+)?", s)
    for t in toks:
        for part in re.split(r"[/-]", t):
            if part in ABBR_STRICT:
                return True
    return False


def word_count(text):
    return sum(1 for tok in text.split() if re.search(r"\w", tok))


def main():
    problems = []
    stats = []
    if len(sys.argv) > 2 and sys.argv[1] == "--show-text":
        print(load_text(os.path.join(CORPUS, sys.argv[2])))
        return 0

    # ---------------- corpus ----------------
    files = sorted(f for f in os.listdir(CORPUS) if re.match(r"df0[1-5]_", f))
    if len(files) != 5:
        problems.append("expected 5 corpus files df01..df05, found %s" % files)
    texts, ntexts = {}, {}
    for f in files:
        p = os.path.join(CORPUS, f)
        raw = load_text(p)
        if f.endswith((".txt", ".md")) and raw != nfc(raw):
            problems.append("%s: not NFC" % f)
        texts[f] = nfc(raw)
        ntexts[f] = norm(raw)
        wc = word_count(texts[f])
        extra = ""
        if f.endswith(".pdf"):
            n = read_pdf(p)[1]
            extra = ", %d pages" % n
            if not 2 <= n <= 4:
                problems.append("%s: pdf has %d pages (want 2-4)" % (f, n))
        stats.append("%s: %d words%s" % (f, wc, extra))
        if not 700 <= wc <= 1500:
            problems.append("%s: %d words (want 700-1500)" % (f, wc))

    # forbidden place names (case-insensitive, whole words)
    forb = []
    if os.path.exists(FORBIDDEN):
        forb = [nfc(l.strip()) for l in open(FORBIDDEN, encoding="utf-8") if l.strip()]
    forb_re = [(n, re.compile(r"(?<!\w)" + re.escape(n.lower()) + r"(?!\w)")) for n in forb]

    def scan_forbidden(label, text):
        low = nfc(text).lower()
        for n, rx in forb_re:
            if rx.search(low):
                problems.append("%s: uses forbidden name %r" % (label, n))

    for f in files:
        scan_forbidden(f, texts[f])
        c57 = texts[f].count("57-NQ/TW")
        if c57 > 1 or (c57 == 1 and not re.search(r"Căn cứ Nghị quyết số 57-NQ/TW", texts[f])):
            problems.append("%s: 57-NQ/TW used beyond one basis citation" % f)

    # ---------------- questions ----------------
    qs = []
    with open(QFILE, encoding="utf-8") as fh:
        raw = fh.read()
    if raw != nfc(raw):
        problems.append("questions.jsonl: not NFC")
    for i, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            qs.append(json.loads(line))
        except Exception as e:
            problems.append("questions line %d: bad json %s" % (i, e))
    ids = [q.get("id") for q in qs]
    for k, v in Counter(ids).items():
        if v > 1:
            problems.append("duplicate id %s" % k)
    seen_q = []
    cites = Counter()
    kinds = Counter()
    n_unans = n_nodia = n_abbr = n_fu = n_fu_unans = n_ww = 0
    for q in qs:
        qid = q.get("id", "?")
        keys = set(q)
        if not Q_KEYS <= keys or keys - Q_KEYS - Q_OPT:
            problems.append("%s: bad keys %s" % (qid, sorted(keys)))
            continue
        if not re.fullmatch(r"df\d{3}", qid):
            problems.append("%s: bad id format" % qid)
        if q["kind"] not in KINDS:
            problems.append("%s: bad kind %r" % (qid, q["kind"]))
        kinds[q["kind"]] += 1
        if not isinstance(q["answerable"], bool):
            problems.append("%s: answerable not bool" % qid)
        text = q["question"]
        scan_forbidden(qid, text)
        if not has_diacritics(text):
            n_nodia += 1
        elif q["kind"] == "no-diacritics":
            problems.append("%s: kind no-diacritics but has diacritics" % qid)
        if uses_abbr(text):
            n_abbr += 1
        elif q["kind"] == "abbreviation":
            problems.append("%s: kind abbreviation but no abbreviation found" % qid)
        if "history" in q:
            n_fu += 1
            if not q["history"]:
                problems.append("%s: empty history" % qid)
            for h in q["history"]:
                if h not in seen_q:
                    problems.append("%s: history question not an earlier question: %r" % (qid, h))
            if not q["answerable"]:
                n_fu_unans += 1
        elif q["kind"] == "follow-up":
            problems.append("%s: follow-up without history" % qid)
        seen_q.append(text)
        if not q["answerable"]:
            n_unans += 1
            if q["evidence"] or q["keywords"]:
                problems.append("%s: unanswerable with evidence/keywords" % qid)
            if "actors" in q and q["actors"]:
                problems.append("%s: unanswerable with actors" % qid)
            continue
        if q["kind"] == "unanswerable":
            problems.append("%s: kind unanswerable but answerable=true" % qid)
        if not q["evidence"]:
            problems.append("%s: answerable without evidence" % qid)
        if not 1 <= len(q["keywords"]) <= 3:
            problems.append("%s: want 1-3 keywords, got %d" % (qid, len(q["keywords"])))
        ev_norm = []
        cited = set()
        for ev in q["evidence"]:
            src, quote = ev.get("source"), ev.get("quote", "")
            if set(ev) != {"source", "quote"}:
                problems.append("%s: evidence keys %s" % (qid, sorted(ev)))
            if src not in ntexts:
                problems.append("%s: unknown source %r" % (qid, src))
                continue
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                problems.append("%s: quote length %d not in 20-200: %r" % (qid, len(nq), quote))
            if nq not in ntexts[src]:
                problems.append("%s: quote not found in %s: %r" % (qid, src, quote))
            ev_norm.append(nq)
            cited.add(src)
        for s in cited:
            cites[s] += 1
        for kw in q["keywords"]:
            nk = norm(kw)
            if not nk:
                problems.append("%s: empty keyword" % qid)
            elif not any(nk in e for e in ev_norm) and not any(nk in ntexts.get(s, "") for s in cited):
                problems.append("%s: keyword %r not in evidence or cited file" % (qid, kw))
        if "actors" in q:
            for a in q["actors"]:
                if not any(norm(a) in ntexts.get(s, "") for s in cited):
                    problems.append("%s: actor %r not verbatim in cited file" % (qid, a))
        if q["kind"] == "who-what":
            if q.get("actors"):
                n_ww += 1
            else:
                problems.append("%s: who-what without actors" % qid)

    N = len(qs)
    pct = lambda x: 100.0 * x / N if N else 0.0
    if pct(n_unans) < 22:
        problems.append("unanswerable %.1f%% < 22%%" % pct(n_unans))
    if pct(n_nodia) < 15:
        problems.append("no-diacritics %.1f%% < 15%%" % pct(n_nodia))
    if pct(n_abbr) < 12:
        problems.append("abbreviations %.1f%% < 12%%" % pct(n_abbr))
    if n_fu < 15:
        problems.append("follow-ups %d < 15" % n_fu)
    if not 1 <= n_fu_unans <= 2:
        problems.append("unanswerable follow-ups %d (want 1-2)" % n_fu_unans)
    if n_ww < 12:
        problems.append("who-what with actors %d < 12" % n_ww)
    for k in ("metadata", "corpus"):
        if kinds[k] < 3:
            problems.append("only %d %s questions" % (kinds[k], k))
    for f in files:
        if cites[f] < 12:
            problems.append("%s cited by only %d questions" % (f, cites[f]))

    # ---------------- who_what ----------------
    ws = [json.loads(l) for l in open(WFILE, encoding="utf-8").read().splitlines() if l.strip()]
    wraw = open(WFILE, encoding="utf-8").read()
    if wraw != nfc(wraw):
        problems.append("who_what.jsonl: not NFC")
    wsrc = Counter()
    for w in ws:
        wid = w.get("id", "?")
        if set(w) != W_KEYS:
            problems.append("%s: bad keys %s" % (wid, sorted(w)))
            continue
        src = w["source"]
        if src not in ntexts:
            problems.append("%s: unknown source %s" % (wid, src))
            continue
        wsrc[src] += 1
        t = ntexts[src]
        dparts = [p for p in re.split(r"\s+", w["directive"]) if re.search(r"\d", p)]
        if not dparts or not all(norm(p) in t for p in dparts):
            problems.append("%s: directive number %r not in file" % (wid, w["directive"]))
        names = set()
        if not w["actors"]:
            problems.append("%s: no actors" % wid)
        for a in w["actors"]:
            if set(a) != A_KEYS:
                problems.append("%s: actor keys %s" % (wid, sorted(a)))
                continue
            names.add(norm(a["name"]))
            if norm(a["name"]) not in t:
                problems.append("%s: actor name not verbatim: %r" % (wid, a["name"]))
            if a["role"] not in ROLES:
                problems.append("%s: bad role %r" % (wid, a["role"]))
            if a["deadline"] is not None and norm(a["deadline"]) not in t:
                problems.append("%s: deadline not verbatim: %r" % (wid, a["deadline"]))
            tq = norm(a["task_quote"])
            if not 20 <= len(tq) <= 200:
                problems.append("%s: task_quote length %d: %r" % (wid, len(tq), a["task_quote"]))
            if tq not in t:
                problems.append("%s: task_quote not verbatim: %r" % (wid, a["task_quote"]))
        if not w["intruders"]:
            problems.append("%s: no intruders" % wid)
        for x in w["intruders"]:
            if norm(x) not in t:
                problems.append("%s: intruder not verbatim: %r" % (wid, x))
            if norm(x) in names:
                problems.append("%s: intruder is also an actor: %r" % (wid, x))
    for f in files:
        if wsrc[f] != 1:
            problems.append("who_what: %s has %d lines (want 1)" % (f, wsrc[f]))

    stats.append("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | "
                 "abbreviations %d (%.1f%%) | follow-ups %d (unanswerable %d) | who-what %d"
                 % (N, n_unans, pct(n_unans), n_nodia, pct(n_nodia), n_abbr, pct(n_abbr),
                    n_fu, n_fu_unans, n_ww))
    stats.append("kinds: " + ", ".join("%s=%d" % kv for kv in sorted(kinds.items())))
    stats.append("citations per file: " + ", ".join("%s=%d" % (f, cites[f]) for f in files))

    for s in stats:
        print(s)
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print(" -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
