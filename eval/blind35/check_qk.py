# -*- coding: utf-8 -*-
"""Standalone checker for eval set blind35 (no kg_rag import).

Usage: /work/main/.venv/bin/python check_qk.py
Prints OK (with statistics) or the list of problems; exit code 0/1.
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
from collections import Counter
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
Q_KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_OPT = {"history", "actors"}
W_KEYS = {"id", "directive", "source", "actors", "intruders"}
A_KEYS = {"name", "role", "deadline", "task_quote"}
ABBREV = re.compile(r"(?<![\w&])(KH|CV|QĐ|TB|BC|UBND|HĐND|KH&CN|GD&ĐT|CĐS|THCS|THPT|MTTQ|TTHC|HTX|DN|ĐK|"
                    r"GDNN-GDTX|VH-TT&DL|KH&TT|AI|STEM|HS|ĐDĐT|TT)(?![\w&])")
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).lower()).strip()


def has_diacritics(s):
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.combining(ch) or ch in "đĐ":
            return True
    return False


def read_docx(path):
    """Paragraphs and table cell paragraphs in body order (zipfile + XML)."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(W_NS + "body")
    out = []
    for el in body:
        if el.tag in (W_NS + "p", W_NS + "tbl"):
            paras = [el] if el.tag == W_NS + "p" else list(el.iter(W_NS + "p"))
            for p in paras:
                out.append("".join(t.text or "" for t in p.iter(W_NS + "t")))
    return "\n".join(out)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(pg.extract_text() or "" for pg in r.pages), len(r.pages)


def load_corpus():
    docs, raw = {}, {}
    names = sorted(os.listdir(CORPUS))
    if len(names) != 5:
        bad(f"corpus has {len(names)} files, expected 5")
    exts = Counter()
    for i, n in enumerate(names, 1):
        if not re.fullmatch(rf"qk0{i}_[a-z0-9_]+\.(txt|md|docx|pdf)", n):
            bad(f"bad corpus file name {n}")
        p = os.path.join(CORPUS, n)
        ext = n.rsplit(".", 1)[1]
        exts[ext] += 1
        if ext in ("txt", "md"):
            with open(p, encoding="utf-8") as f:
                t = f.read()
        elif ext == "docx":
            t = read_docx(p)
            with zipfile.ZipFile(p) as z:
                xml = z.read("word/document.xml").decode("utf-8")
                if "<w:numPr>" not in xml and 'w:val="ListNumber"' not in xml:
                    bad(f"{n}: no Word list numbering")
                if "<w:tbl>" not in xml:
                    bad(f"{n}: no table")
        else:
            t, pages = read_pdf(p)
            if not 2 <= pages <= 4:
                bad(f"{n}: {pages} pages, expected 2-4")
        if not unicodedata.is_normalized("NFC", t):
            bad(f"{n}: text not NFC")
        words = len(t.split())
        if not 700 <= words <= 1500:
            bad(f"{n}: {words} words, expected 700-1500")
        raw[n] = t
        docs[n] = norm(t)
    for ext in ("txt", "docx", "pdf"):
        if not exts[ext]:
            bad(f"no .{ext} file in corpus")
    if not any("|---" in raw[n] or "|---:" in raw[n] for n in raw if n.endswith((".md", ".txt"))):
        bad("no Markdown table in a .md/.txt file")
    return docs, raw


def check_questions(docs):
    path = os.path.join(HERE, "questions.jsonl")
    qs = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            if not unicodedata.is_normalized("NFC", line):
                bad(f"questions.jsonl line {ln}: not NFC")
            try:
                qs.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad(f"questions.jsonl line {ln}: {e}")
    ids, seen_q = set(), []
    cites = Counter()
    for q in qs:
        qid = q.get("id", "?")
        keys = set(q)
        if not Q_KEYS <= keys or keys - Q_KEYS - Q_OPT:
            bad(f"{qid}: keys {sorted(keys)}")
            continue
        if not re.fullmatch(r"qk\d{3}", qid):
            bad(f"{qid}: bad id")
        if qid in ids:
            bad(f"{qid}: duplicate id")
        ids.add(qid)
        if q["kind"] not in KINDS:
            bad(f"{qid}: bad kind {q['kind']}")
        if not isinstance(q["answerable"], bool):
            bad(f"{qid}: answerable not bool")
        if q["kind"] == "unanswerable" and q["answerable"]:
            bad(f"{qid}: kind unanswerable but answerable true")
        if q["kind"] == "no-diacritics" and has_diacritics(q["question"]):
            bad(f"{qid}: kind no-diacritics but has diacritics")
        if q["kind"] == "follow-up" and not q.get("history"):
            bad(f"{qid}: follow-up without history")
        if q["kind"] == "who-what" and not q.get("actors"):
            bad(f"{qid}: who-what without actors")
        for h in q.get("history", []):
            if h not in seen_q:
                bad(f"{qid}: history question is not an earlier question: {h!r}")
        seen_q.append(q["question"])
        if not q["answerable"]:
            if q["evidence"] or q["keywords"]:
                bad(f"{qid}: unanswerable must have empty evidence and keywords")
            continue
        if not q["evidence"]:
            bad(f"{qid}: answerable without evidence")
        if not 1 <= len(q["keywords"]) <= 3:
            bad(f"{qid}: {len(q['keywords'])} keywords")
        ev_norm, srcs = [], set()
        for ev in q["evidence"]:
            src, quote = ev.get("source"), ev.get("quote", "")
            if set(ev) != {"source", "quote"}:
                bad(f"{qid}: evidence keys {sorted(ev)}")
            if src not in docs:
                bad(f"{qid}: unknown source {src}")
                continue
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                bad(f"{qid}: quote length {len(nq)}: {quote!r}")
            if nq not in docs[src]:
                bad(f"{qid}: quote not found in {src}: {quote!r}")
            ev_norm.append(nq)
            srcs.add(src)
        for s in srcs:
            cites[s] += 1
        for kw in q["keywords"]:
            nk = norm(kw)
            if not any(nk in e for e in ev_norm) and not any(nk in docs[s] for s in srcs):
                bad(f"{qid}: keyword {kw!r} not in evidence or cited file")
        for a in q.get("actors", []):
            if not any(norm(a) in docs[s] for s in srcs):
                bad(f"{qid}: actor {a!r} not verbatim in cited file")
    return qs, cites


def check_who_what(docs):
    path = os.path.join(HERE, "who_what.jsonl")
    recs = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if line.strip():
                if not unicodedata.is_normalized("NFC", line):
                    bad(f"who_what.jsonl line {ln}: not NFC")
                recs.append(json.loads(line))
    srcs = Counter()
    for r in recs:
        rid = r.get("id", "?")
        if set(r) != W_KEYS:
            bad(f"{rid}: keys {sorted(r)}")
            continue
        src = r["source"]
        if src not in docs:
            bad(f"{rid}: unknown source {src}")
            continue
        srcs[src] += 1
        d = docs[src]
        if not r["actors"]:
            bad(f"{rid}: no actors")
        names = set()
        for a in r["actors"]:
            if set(a) != A_KEYS:
                bad(f"{rid}: actor keys {sorted(a)}")
                continue
            names.add(norm(a["name"]))
            if norm(a["name"]) not in d:
                bad(f"{rid}: actor name not verbatim: {a['name']!r}")
            if a["role"] not in ROLES:
                bad(f"{rid}: bad role {a['role']!r}")
            if a["deadline"] is not None and norm(a["deadline"]) not in d:
                bad(f"{rid}: deadline not verbatim: {a['deadline']!r}")
            tq = norm(a["task_quote"])
            if not 20 <= len(tq) <= 200:
                bad(f"{rid}: task_quote length {len(tq)}: {a['task_quote']!r}")
            if tq not in d:
                bad(f"{rid}: task_quote not verbatim: {a['task_quote']!r}")
        for it in r["intruders"]:
            if norm(it) not in d:
                bad(f"{rid}: intruder not in document: {it!r}")
            if norm(it) in names:
                bad(f"{rid}: intruder is also an actor: {it!r}")
    for s in docs:
        if srcs[s] != 1:
            bad(f"who_what.jsonl: {s} has {srcs[s]} lines, expected 1")
    return recs


def main():
    docs, raw = load_corpus()
    qs, cites = check_questions(docs)
    check_who_what(docs)
    n = len(qs)
    kinds = Counter(q["kind"] for q in qs)
    unans = sum(not q["answerable"] for q in qs)
    nodia = sum(not has_diacritics(q["question"]) for q in qs)
    abbr_kind = kinds["abbreviation"]
    abbr_any = sum(bool(ABBREV.search(q["question"])) for q in qs)
    fu = [q for q in qs if q.get("history")]
    fu_unans = sum(not q["answerable"] for q in fu)
    ww = [q for q in qs if q["kind"] == "who-what" and q.get("actors")]
    if not 90 <= n <= 130:
        bad(f"{n} questions, expected ~100")
    if unans / n < 0.22:
        bad(f"unanswerable {unans}/{n} < 22%")
    if nodia / n < 0.15:
        bad(f"no-diacritics {nodia}/{n} < 15%")
    if abbr_kind / n < 0.12:
        bad(f"abbreviation kind {abbr_kind}/{n} < 12%")
    if len(fu) < 15:
        bad(f"{len(fu)} follow-ups < 15")
    if not 1 <= fu_unans <= 2:
        bad(f"{fu_unans} unanswerable follow-ups, expected 1-2")
    if len(ww) < 12:
        bad(f"{len(ww)} who-what questions < 12")
    for k in ("metadata", "corpus"):
        if kinds[k] < 3:
            bad(f"only {kinds[k]} {k} questions")
    for s in docs:
        if cites[s] < 12:
            bad(f"{s} cited by {cites[s]} questions < 12")
    for name, t in raw.items():
        if t.count("57-NQ/TW") > 1 or ("57-NQ/TW" in t and "Căn cứ Nghị quyết số 57-NQ/TW" not in t):
            bad(f"{name}: 57-NQ/TW used beyond a basis citation")
    pct = lambda x: f"{x}/{n} = {100 * x / n:.1f}%"
    print(f"questions: {n}; kinds: {dict(sorted(kinds.items()))}")
    print(f"unanswerable {pct(unans)}; no-diacritics text {pct(nodia)}; abbreviation kind {pct(abbr_kind)}; "
          f"any abbreviation in text {pct(abbr_any)}")
    print(f"follow-ups {len(fu)} (unanswerable {fu_unans}); who-what with actors {len(ww)}")
    print("citations per document:", dict(sorted(cites.items())))
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
