# -*- coding: utf-8 -*-
"""Standalone checker for eval set blind43 (no kg_rag).

Usage: python check_qs.py            -> prints OK or the list of problems
       python check_qs.py --stats    -> also prints counts / percentages
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
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
Q_KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_OPT = {"history", "actors"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ABBR = re.compile(
    r"(?<![\w])(KH|CV|QĐ|TB|BC|UBND|KH&CN|GD&ĐT|CĐS|THCS|THPT|MTTQ|UBMTTQ|GDNN|GDTX|"
    r"LHPN|CNTT|GV|HS|KNS|TTHTCĐ|VH-TT|VHTT|TT|HU|BTG|BTGDV|PGD|TC-KH|LMS|HĐND|"
    r"Sở KHCN|SKHCN|HKH)(?![\w])")


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).lower()).strip()


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
    return "\n".join(pg.extract_text() or "" for pg in r.pages), len(r.pages)


def read_any(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return read_docx(path)
    if ext == "pdf":
        return read_pdf(path)[0]
    with open(path, encoding="utf-8") as f:
        return f.read()


def load_jsonl(path, problems):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            if unicodedata.normalize("NFC", line) != line:
                problems.append(f"{os.path.basename(path)}:{i} not NFC")
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                problems.append(f"{os.path.basename(path)}:{i} bad JSON {e}")
    return rows


def main():
    problems = []
    stats = "--stats" in sys.argv
    files = sorted(os.listdir(CORPUS))
    texts, raw = {}, {}
    for fn in files:
        t = read_any(os.path.join(CORPUS, fn))
        raw[fn] = t
        texts[fn] = norm(t)
        if fn.rsplit(".", 1)[-1] in ("txt", "md"):
            if unicodedata.normalize("NFC", t) != t:
                problems.append(f"{fn}: not NFC")
        words = len(t.split())
        if stats:
            print(f"{fn}: {words} words")
        if not 700 <= words <= 1500:
            problems.append(f"{fn}: {words} words (want 700-1500)")
        if fn.endswith(".pdf"):
            n = read_pdf(os.path.join(CORPUS, fn))[1]
            if not 2 <= n <= 4:
                problems.append(f"{fn}: {n} pages")
    if len(files) != 5:
        problems.append(f"corpus has {len(files)} files, want 5")

    qs = load_jsonl(os.path.join(HERE, "questions.jsonl"), problems)
    seen, seen_q = set(), []
    cites = {fn: 0 for fn in files}
    n_un = n_nodia = n_abbr = n_fu = n_ww = n_fu_un = 0
    kinds = {}
    for q in qs:
        qid = q.get("id")
        keys = set(q)
        if not Q_KEYS <= keys or keys - Q_KEYS - Q_OPT:
            problems.append(f"{qid}: keys {sorted(keys)}")
        if qid in seen:
            problems.append(f"{qid}: duplicate id")
        seen.add(qid)
        if q.get("kind") not in KINDS:
            problems.append(f"{qid}: bad kind {q.get('kind')}")
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
        text = q.get("question", "")
        if not q["answerable"]:
            n_un += 1
            if q["evidence"] or q["keywords"]:
                problems.append(f"{qid}: unanswerable with evidence/keywords")
        else:
            if not q["evidence"]:
                problems.append(f"{qid}: answerable without evidence")
            if not 1 <= len(q["keywords"]) <= 3:
                problems.append(f"{qid}: {len(q['keywords'])} keywords")
        if all(ord(c) < 128 for c in text):
            n_nodia += 1
        if ABBR.search(text):
            n_abbr += 1
        cited = set()
        for ev in q["evidence"]:
            src, quote = ev.get("source"), ev.get("quote", "")
            if src not in texts:
                problems.append(f"{qid}: unknown source {src}")
                continue
            if not 20 <= len(quote) <= 200:
                problems.append(f"{qid}: quote length {len(quote)}")
            if norm(quote) not in texts[src]:
                problems.append(f"{qid}: quote not in {src}: {quote!r}")
            cited.add(src)
        for c in cited:
            cites[c] += 1
        evq = " ".join(norm(e.get("quote", "")) for e in q["evidence"])
        for kw in q["keywords"]:
            k = norm(kw)
            if k not in evq and not any(k in texts[c] for c in cited):
                problems.append(f"{qid}: keyword {kw!r} not in evidence/cited file")
        if "history" in q:
            n_fu += 1
            if not q["answerable"]:
                n_fu_un += 1
            for h in q["history"]:
                if h not in seen_q:
                    problems.append(f"{qid}: history not an earlier question: {h!r}")
        if "actors" in q:
            n_ww += 1
            for a in q["actors"]:
                if not any(norm(a) in texts[c] for c in cited) :
                    problems.append(f"{qid}: actor {a!r} not in cited file")
        seen_q.append(text)

    n = len(qs)
    pct = lambda x: 100.0 * x / max(n, 1)
    if pct(n_un) < 22:
        problems.append(f"unanswerable {pct(n_un):.1f}% < 22%")
    if pct(n_nodia) < 15:
        problems.append(f"no-diacritics {pct(n_nodia):.1f}% < 15%")
    if pct(n_abbr) < 12:
        problems.append(f"abbreviations {pct(n_abbr):.1f}% < 12%")
    if n_fu < 15:
        problems.append(f"follow-ups {n_fu} < 15")
    if not 1 <= n_fu_un <= 2:
        problems.append(f"unanswerable follow-ups {n_fu_un} (want 1-2)")
    if n_ww < 12:
        problems.append(f"who-what with actors {n_ww} < 12")
    for fn, c in cites.items():
        if c < 12:
            problems.append(f"{fn}: cited by {c} questions (< 12)")

    ww = load_jsonl(os.path.join(HERE, "who_what.jsonl"), problems)
    if len(ww) != len(files):
        problems.append(f"who_what has {len(ww)} lines, want {len(files)}")
    for w in ww:
        src = w.get("source")
        if src not in texts:
            problems.append(f"{w.get('id')}: unknown source {src}")
            continue
        t = texts[src]
        for a in w["actors"]:
            if norm(a["name"]) not in t:
                problems.append(f"{w['id']}: actor name not verbatim: {a['name']!r}")
            tq = a["task_quote"]
            if not 20 <= len(tq) <= 200 or norm(tq) not in t:
                problems.append(f"{w['id']}: bad task_quote {tq!r}")
            if a.get("deadline") and norm(a["deadline"]) not in t:
                problems.append(f"{w['id']}: deadline not verbatim {a['deadline']!r}")
            if a.get("role") not in ("chủ trì", "phối hợp", "thường trực", None):
                problems.append(f"{w['id']}: bad role {a.get('role')!r}")
        for x in w["intruders"]:
            if norm(x) not in t:
                problems.append(f"{w['id']}: intruder not in file {x!r}")

    if stats:
        print(f"questions {n}; kinds {dict(sorted(kinds.items()))}")
        print(f"unanswerable {n_un} ({pct(n_un):.1f}%), no-diacritics {n_nodia} "
              f"({pct(n_nodia):.1f}%), abbreviations {n_abbr} ({pct(n_abbr):.1f}%), "
              f"follow-ups {n_fu} (unanswerable {n_fu_un}), who-what+actors {n_ww}")
        print("citations per file", cites)
    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
