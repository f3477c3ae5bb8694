# -*- coding: utf-8 -*-
"""Standalone checker for eval set blind52 (no kg_rag import).

Usage:  /work/main/.venv/bin/python check_rc.py [set_dir]
Reads corpus/*.txt|.md (UTF-8), .docx (zipfile + XML), .pdf (pypdf);
normalises text (NFC, lower case, whitespace collapsed) and checks
questions.jsonl and who_what.jsonl.  Prints OK or the list of problems.
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

SET_DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(SET_DIR, "corpus")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
Q_KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_OPT = {"history", "actors"}
WW_KEYS = {"id", "directive", "source", "actors", "intruders"}
ACTOR_KEYS = {"name", "role", "deadline", "task_quote"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = ["KH", "CV", "QĐ", "TB", "BC", "UBND", "KH&CN", "KHCN", "GD&ĐT", "GDĐT", "CĐS", "CDS",
        "THCS", "THPT", "MTTQ", "HTX", "TTHC", "CLB", "STKT", "BDHVS", "HS", "LĐLĐ", "LDLD",
        "TT", "ĐMST", "DMST", "LHH", "TTĐT", "SĐT", "SDT", "HĐND", "VHXH", "NN", "TNCS"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in sorted(ABBR, key=len, reverse=True))
                     + r")(?![\w&])", re.IGNORECASE)

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(paras)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((pg.extract_text() or "") for pg in r.pages), len(r.pages)


def load_corpus():
    docs, raw = {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        p = os.path.join(CORPUS, fn)
        ext = fn.rsplit(".", 1)[-1].lower()
        if ext in ("txt", "md"):
            with open(p, encoding="utf-8") as f:
                t = f.read()
        elif ext == "docx":
            t = read_docx(p)
        elif ext == "pdf":
            t, n = read_pdf(p)
            if not 2 <= n <= 4:
                bad(f"{fn}: pdf has {n} pages (want 2-4)")
        else:
            bad(f"{fn}: unexpected file type")
            continue
        if not re.match(r"rc0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$", fn):
            bad(f"{fn}: bad file name")
        if ext in ("txt", "md") and unicodedata.normalize("NFC", t) != t:
            bad(f"{fn}: text is not NFC")
        words = len(t.split())
        if not 650 <= words <= 1550:
            bad(f"{fn}: {words} words (want ~700-1500)")
        raw[fn] = t
        docs[fn] = norm(t)
    if len(docs) != 5:
        bad(f"corpus has {len(docs)} files, want 5")
    return docs, raw


def no_diacritics(s):
    return all(ord(c) < 128 for c in s)


def is_nfc(s):
    return unicodedata.normalize("NFC", s) == s


def check_questions(docs):
    path = os.path.join(SET_DIR, "questions.jsonl")
    qs = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                qs.append(json.loads(line))
            except Exception as e:  # noqa
                bad(f"questions.jsonl line {i}: bad JSON {e}")
    ids, seen_q = set(), []
    cites = {fn: 0 for fn in docs}
    n_un = n_nd = n_ab = n_fu = n_fu_un = n_ww = 0
    kinds = {}
    for q in qs:
        qid = q.get("id", "?")
        keys = set(q)
        if not Q_KEYS <= keys or keys - Q_KEYS - Q_OPT:
            bad(f"{qid}: keys {sorted(keys)}")
        if not re.fullmatch(r"rc\d{3}", str(qid)):
            bad(f"{qid}: bad id")
        if qid in ids:
            bad(f"{qid}: duplicate id")
        ids.add(qid)
        text = q.get("question", "")
        if not is_nfc(text):
            bad(f"{qid}: question not NFC")
        kind = q.get("kind")
        kinds[kind] = kinds.get(kind, 0) + 1
        if kind not in KINDS:
            bad(f"{qid}: bad kind {kind}")
        ans = q.get("answerable")
        if not isinstance(ans, bool):
            bad(f"{qid}: answerable not bool")
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if ans is False:
            n_un += 1
            if ev or kw:
                bad(f"{qid}: unanswerable must have empty evidence/keywords")
        else:
            if kind == "unanswerable":
                bad(f"{qid}: kind unanswerable but answerable true")
            if not ev:
                bad(f"{qid}: no evidence")
            if not 1 <= len(kw) <= 3:
                bad(f"{qid}: want 1-3 keywords, got {len(kw)}")
        cited = set()
        quotes_norm = []
        for e in ev:
            if set(e) != {"source", "quote"}:
                bad(f"{qid}: evidence keys {sorted(e)}")
                continue
            src, quote = e["source"], e["quote"]
            if src not in docs:
                bad(f"{qid}: unknown source {src}")
                continue
            if not is_nfc(quote):
                bad(f"{qid}: quote not NFC")
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                bad(f"{qid}: quote length {len(nq)} not in 20-200: {quote[:50]!r}")
            if nq not in docs[src]:
                bad(f"{qid}: quote not found in {src}: {quote[:70]!r}")
            cited.add(src)
            quotes_norm.append(nq)
        for fn in cited:
            cites[fn] += 1
        for k in kw:
            if not is_nfc(k):
                bad(f"{qid}: keyword not NFC")
            nk = norm(k)
            if not any(nk in x for x in quotes_norm) and not any(nk in docs[s] for s in cited):
                bad(f"{qid}: keyword {k!r} not in quotes nor cited file")
        for h in q.get("history", []) or []:
            if h not in seen_q:
                bad(f"{qid}: history question is not an earlier question: {h[:50]!r}")
        if q.get("history"):
            n_fu += 1
            if ans is False:
                n_fu_un += 1
        if q.get("actors"):
            n_ww += 1
            for a in q["actors"]:
                na = norm(a)
                if not any(na in docs[s] for s in cited):
                    bad(f"{qid}: actor {a!r} not found in cited file(s)")
        if no_diacritics(text):
            n_nd += 1
        if ABBR_RE.search(text):
            n_ab += 1
        seen_q.append(text)
    n = len(qs)
    if n == 0:
        bad("no questions")
        return
    if not 90 <= n <= 115:
        bad(f"{n} questions (want ~100)")
    pct = lambda x: 100.0 * x / n  # noqa
    if pct(n_un) < 22:
        bad(f"unanswerable {pct(n_un):.1f}% < 22%")
    if pct(n_nd) < 15:
        bad(f"no-diacritics {pct(n_nd):.1f}% < 15%")
    if pct(n_ab) < 12:
        bad(f"abbreviations {pct(n_ab):.1f}% < 12%")
    if n_fu != 15:
        bad(f"{n_fu} follow-ups (want 15)")
    if not 1 <= n_fu_un <= 2:
        bad(f"{n_fu_un} unanswerable follow-ups (want 1-2)")
    if n_ww < 12:
        bad(f"{n_ww} who-what questions with actors (want >= 12)")
    for fn, c in cites.items():
        if c < 12:
            bad(f"{fn} cited by {c} questions (want >= 12)")
    print(f"questions: {n}; kinds: {dict(sorted(kinds.items()))}")
    print(f"unanswerable {n_un} ({pct(n_un):.1f}%), no-diacritics {n_nd} ({pct(n_nd):.1f}%), "
          f"abbreviations {n_ab} ({pct(n_ab):.1f}%), follow-ups {n_fu} (unanswerable {n_fu_un}), "
          f"who-what with actors {n_ww} ({pct(n_ww):.1f}%)")
    print("citations per document:", cites)


def check_who_what(docs):
    path = os.path.join(SET_DIR, "who_what.jsonl")
    seen_src, ids = set(), set()
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(l) for l in f if l.strip()]
    for r in rows:
        rid = r.get("id", "?")
        if set(r) != WW_KEYS:
            bad(f"{rid}: keys {sorted(r)}")
        if rid in ids:
            bad(f"{rid}: duplicate id")
        ids.add(rid)
        src = r.get("source")
        if src not in docs:
            bad(f"{rid}: unknown source {src}")
            continue
        seen_src.add(src)
        d = docs[src]
        num = re.search(r"\d+[-/][^\s]+", r.get("directive", ""))
        if not num or norm(num.group(0)) not in d:
            bad(f"{rid}: directive number {r.get('directive')!r} not in {src}")
        if not r.get("actors"):
            bad(f"{rid}: no actors")
        for a in r.get("actors", []):
            if set(a) != ACTOR_KEYS:
                bad(f"{rid}: actor keys {sorted(a)}")
                continue
            for field in ("name", "task_quote"):
                if not is_nfc(a[field]):
                    bad(f"{rid}: {field} not NFC")
            if norm(a["name"]) not in d:
                bad(f"{rid}: actor name not verbatim: {a['name']!r}")
            tq = norm(a["task_quote"])
            if not 20 <= len(tq) <= 200:
                bad(f"{rid}: task_quote length {len(tq)}: {a['task_quote'][:50]!r}")
            if tq not in d:
                bad(f"{rid}: task_quote not verbatim: {a['task_quote'][:70]!r}")
            if a["role"] not in ROLES:
                bad(f"{rid}: bad role {a['role']!r}")
            if a["deadline"] is not None and norm(a["deadline"]) not in d:
                bad(f"{rid}: deadline not verbatim: {a['deadline']!r}")
        for x in r.get("intruders", []):
            if norm(x) not in d:
                bad(f"{rid}: intruder not in file: {x!r}")
            if any(norm(x) == norm(a["name"]) for a in r.get("actors", [])):
                bad(f"{rid}: intruder also listed as actor: {x!r}")
    missing = set(docs) - seen_src
    if missing:
        bad(f"who_what.jsonl misses {sorted(missing)}")
    print(f"who_what: {len(rows)} documents, {sum(len(r.get('actors', [])) for r in rows)} actor entries")


def main():
    docs, _ = load_corpus()
    check_questions(docs)
    check_who_what(docs)
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
