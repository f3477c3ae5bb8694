# -*- coding: utf-8 -*-
"""Standalone checker for eval set blind58 (no kg_rag).

Usage: /work/main/.venv/bin/python check_ri.py
Prints OK or the list of problems (exit code 1 on problems).
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
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W_NS + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W_NS + "t")))
    return "\n".join(paras)


def read_pdf(path):
    from pypdf import PdfReader
    return "\n".join((pg.extract_text() or "") for pg in PdfReader(path).pages)


def read_raw(path):
    if path.endswith(".docx"):
        return read_docx(path)
    if path.endswith(".pdf"):
        return read_pdf(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def load_corpus():
    docs = {}
    for name in sorted(os.listdir(CORPUS)):
        docs[name] = read_raw(os.path.join(CORPUS, name))
    return docs


VOWELS_VI = re.compile(r"[^\x00-\x7f]")
ABBR = re.compile(r"(?<![\w&])(KH|CV|QĐ|QD|TB|CTr|UBND|KH&CN|KHCN|GD&ĐT|GDĐT|GD&DT|GDDT|CĐS|CDS|THCS|THPT|MTTQ|HĐND|HDND|VH-XH|VHXH|PVHCC|TTPVHCC|LHH|KH&KT|GDNN-GDTX|GDTX|PT DTNT|DTNT|TTr|STEM|AI|BDHVS|BCH|SGDĐT|SKHCN|PCT|CT|TDP|TMĐT|TNTN)(?![\w&])")


def main():
    problems = []
    docs = load_corpus()
    ndocs = {k: norm(v) for k, v in docs.items()}
    # --- documents: count, NFC, word counts
    if len(docs) != 5:
        problems.append(f"corpus has {len(docs)} files, expected 5")
    for name, raw in docs.items():
        if not re.match(r"ri0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$", name):
            problems.append(f"bad file name {name}")
        if name.endswith((".txt", ".md")) and unicodedata.normalize("NFC", raw) != raw:
            problems.append(f"{name}: not NFC")
        wc = len(raw.split())
        if not 700 <= wc <= 1500:
            problems.append(f"{name}: {wc} words (want 700-1500)")

    # --- questions
    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            if unicodedata.normalize("NFC", line) != line:
                problems.append(f"questions line {i}: not NFC")
            qs.append(json.loads(line))
    keys_req = {"id", "question", "answerable", "kind", "evidence", "keywords"}
    keys_opt = {"history", "actors"}
    kinds = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
             "corpus", "follow-up", "unanswerable"}
    seen_ids, seen_q = set(), []
    cited = {k: 0 for k in docs}
    for q in qs:
        qid = q.get("id", "?")
        ks = set(q)
        if not keys_req <= ks or ks - keys_req - keys_opt:
            problems.append(f"{qid}: bad keys {sorted(ks)}")
        if qid in seen_ids:
            problems.append(f"{qid}: duplicate id")
        seen_ids.add(qid)
        if not re.match(r"ri\d{3}$", qid):
            problems.append(f"{qid}: bad id")
        if q.get("kind") not in kinds:
            problems.append(f"{qid}: bad kind {q.get('kind')}")
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if q.get("answerable") is False:
            if ev or kw:
                problems.append(f"{qid}: unanswerable but has evidence/keywords")
        elif q.get("answerable") is True:
            if not ev:
                problems.append(f"{qid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                problems.append(f"{qid}: {len(kw)} keywords (want 1-3)")
        else:
            problems.append(f"{qid}: answerable not bool")
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in ndocs:
                problems.append(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                problems.append(f"{qid}: quote length {len(nq)}")
            if nq not in ndocs[src]:
                problems.append(f"{qid}: quote not in {src}: {quote[:60]!r}")
        for s in srcs:
            cited[s] += 1
        evtext = " ".join(norm(e.get("quote", "")) for e in ev)
        for k in kw:
            nk = norm(k)
            if nk not in evtext and not any(nk in ndocs.get(s, "") for s in srcs):
                problems.append(f"{qid}: keyword {k!r} not in evidence/cited file")
            elif nk not in evtext:
                problems.append(f"{qid}: (warn) keyword {k!r} only in file, not in quote")
        for a in q.get("actors", []):
            if not any(norm(a) in ndocs.get(s, "") for s in srcs):
                problems.append(f"{qid}: actor {a!r} not verbatim in cited file")
        for h in q.get("history", []):
            if h not in seen_q:
                problems.append(f"{qid}: history question is not an earlier question")
        seen_q.append(q.get("question", ""))

    n = len(qs)
    unans = sum(1 for q in qs if q.get("answerable") is False)
    nodia = sum(1 for q in qs if not VOWELS_VI.search(q["question"]) and
                not any(VOWELS_VI.search(h) for h in []))
    abbr = sum(1 for q in qs if ABBR.search(q["question"]))
    fu = [q for q in qs if q.get("history")]
    fu_unans = sum(1 for q in fu if q.get("answerable") is False)
    ww = sum(1 for q in qs if q.get("kind") == "who-what" and q.get("actors"))
    meta = sum(1 for q in qs if q.get("kind") == "metadata")
    corp = sum(1 for q in qs if q.get("kind") == "corpus")
    if not 90 <= n <= 115:
        problems.append(f"{n} questions (want ~100)")
    if unans / n < 0.22:
        problems.append(f"unanswerable {unans}/{n} < 22%")
    if nodia / n < 0.15:
        problems.append(f"no-diacritics {nodia}/{n} < 15%")
    if abbr / n < 0.12:
        problems.append(f"abbreviations {abbr}/{n} < 12%")
    if len(fu) != 15:
        problems.append(f"{len(fu)} follow-ups (want 15)")
    if not 1 <= fu_unans <= 2:
        problems.append(f"{fu_unans} unanswerable follow-ups (want 1-2)")
    if ww < 12:
        problems.append(f"who-what {ww} < 12")
    if meta < 3 or corp < 3:
        problems.append(f"metadata {meta}, corpus {corp}: want some of each")
    for s, c in cited.items():
        if c < 12:
            problems.append(f"{s}: cited by {c} questions (< 12)")
    for q in qs:
        if q.get("kind") == "no-diacritics" and VOWELS_VI.search(q["question"]):
            problems.append(f"{q['id']}: kind no-diacritics but has diacritics")

    # --- who-what gold
    wids = set()
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as f:
        wws = [json.loads(l) for l in f if l.strip()]
    if len(wws) != len(docs):
        problems.append(f"who_what has {len(wws)} lines, expected {len(docs)}")
    for w in wws:
        wid = w.get("id")
        if wid in wids:
            problems.append(f"{wid}: duplicate who-what id")
        wids.add(wid)
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            problems.append(f"{wid}: bad keys {sorted(w)}")
        src = w.get("source")
        if src not in ndocs:
            problems.append(f"{wid}: unknown source {src}")
            continue
        d = ndocs[src]
        if not w.get("actors"):
            problems.append(f"{wid}: no actors")
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                problems.append(f"{wid}: actor bad keys {sorted(a)}")
            if norm(a["name"]) not in d:
                problems.append(f"{wid}: actor name not verbatim: {a['name']!r}")
            tq = norm(a["task_quote"])
            if not 20 <= len(tq) <= 200:
                problems.append(f"{wid}: task_quote length {len(tq)} for {a['name']!r}")
            if tq not in d:
                problems.append(f"{wid}: task_quote not verbatim for {a['name']!r}: {a['task_quote'][:60]!r}")
            if a["role"] not in ("chủ trì", "phối hợp", "thường trực", None):
                problems.append(f"{wid}: bad role {a['role']!r}")
            if a["deadline"] is not None and norm(a["deadline"]) not in d:
                problems.append(f"{wid}: deadline not verbatim {a['deadline']!r}")
        names = {norm(a["name"]) for a in w.get("actors", [])}
        for it in w.get("intruders", []):
            if norm(it) not in d:
                problems.append(f"{wid}: intruder not in document: {it!r}")
            if norm(it) in names:
                problems.append(f"{wid}: intruder also listed as actor: {it!r}")

    # --- banned place names (case-sensitive, whole words)
    bpath = os.path.join(HERE, "banned_names.txt")
    if os.path.exists(bpath):
        banned = [b for b in open(bpath, encoding="utf-8").read().split("\n") if b]
        alltext = {k: unicodedata.normalize("NFC", v) for k, v in docs.items()}
        alltext["questions.jsonl"] = open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8").read()
        for b in banned:
            pat = re.compile(r"(?<!\w)" + re.escape(b) + r"(?!\w)")
            for k, v in alltext.items():
                if pat.search(re.sub(r"\s+", " ", v)):
                    problems.append(f"banned name {b!r} in {k}")
        for k, v in alltext.items():
            if "57-NQ/TW" in v and k != "questions.jsonl":
                for m in re.finditer(r"57-NQ/TW", v):
                    ctx = v[max(0, m.start() - 40):m.start()]
                    if "Căn cứ" not in ctx:
                        problems.append(f"57-NQ/TW used outside a 'Căn cứ' in {k}")

    hard = [p for p in problems if "(warn)" not in p]
    for p in problems:
        print(p)
    print(f"questions={n} unanswerable={unans} ({unans/n:.0%}) no-diacritics={nodia} ({nodia/n:.0%}) "
          f"abbreviations={abbr} ({abbr/n:.0%}) follow-ups={len(fu)} (unanswerable {fu_unans}) "
          f"who-what={ww} metadata={meta} corpus={corp}")
    print("citations per document:", cited)
    print("OK" if not hard else f"FAIL: {len(hard)} problems")
    return 0 if not hard else 1


if __name__ == "__main__":
    sys.exit(main())
