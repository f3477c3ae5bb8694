#!/usr/bin/env python3
"""Standalone checker for eval set blind53 (no kg_rag).

Reads corpus files (.txt/.md UTF-8, .docx via zipfile+XML, .pdf via pypdf),
normalises text (NFC, lower case, whitespace collapsed) and checks
questions.jsonl and who_what.jsonl. Prints OK or the list of problems.
Usage: python check_rd.py [--stats]
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
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = re.compile(
    r"\b(KH|CV|QĐ|QD|TB|BC|UBND|KH&CN|KHCN|GD&ĐT|GDĐT|GD&DT|GDDT|CĐS|CDS|THCS|THPT|MTTQ|VH-TT|VHTT|"
    r"TNCS|HĐND|HDND|CNTT|ĐMST|DMST|TTHC|BDHVS|HĐ|TTr|NQ|LHPN|PGD)\b")


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def read_doc(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".docx":
        return docx_text(path)
    if ext == ".pdf":
        return pdf_text(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def has_diacritics(s):
    d = unicodedata.normalize("NFD", s)
    return any(unicodedata.combining(c) for c in d) or "đ" in s.lower()


def load_jsonl(path, problems):
    rows = []
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if unicodedata.normalize("NFC", raw) != raw:
        problems.append(f"{os.path.basename(path)}: not NFC")
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            problems.append(f"{os.path.basename(path)}:{n}: bad JSON {e}")
    return rows


def main():
    problems = []
    docs = {}
    raw_docs = {}
    for name in sorted(os.listdir(CORPUS)):
        p = os.path.join(CORPUS, name)
        text = read_doc(p)
        raw_docs[name] = text
        docs[name] = norm(text)
        if name.endswith((".txt", ".md")) and unicodedata.normalize("NFC", text) != text:
            problems.append(f"{name}: not NFC")
    if len(docs) != 5:
        problems.append(f"corpus has {len(docs)} files, expected 5")
    for name, text in raw_docs.items():
        wc = len(text.split())
        if not 700 <= wc <= 1500:
            problems.append(f"{name}: {wc} words (want 700-1500)")

    qs = load_jsonl(os.path.join(HERE, "questions.jsonl"), problems)
    seen_ids, seen_q = set(), []
    cite = {n: 0 for n in docs}
    for q in qs:
        qid = q.get("id", "?")
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            problems.append(f"{qid}: keys {sorted(keys)}")
        if qid in seen_ids:
            problems.append(f"{qid}: duplicate id")
        seen_ids.add(qid)
        if not re.fullmatch(r"rd\d{3}", str(qid)):
            problems.append(f"{qid}: bad id")
        if q.get("kind") not in KINDS:
            problems.append(f"{qid}: bad kind {q.get('kind')}")
        if not isinstance(q.get("answerable"), bool):
            problems.append(f"{qid}: answerable not bool")
        if unicodedata.normalize("NFC", q.get("question", "")) != q.get("question", ""):
            problems.append(f"{qid}: question not NFC")
        for h in q.get("history", []):
            if h not in seen_q:
                problems.append(f"{qid}: history question is not an earlier question: {h[:50]}")
        ev = q.get("evidence", [])
        kw = q.get("keywords", [])
        if q.get("answerable"):
            if not ev:
                problems.append(f"{qid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                problems.append(f"{qid}: {len(kw)} keywords (want 1-3)")
        else:
            if ev or kw:
                problems.append(f"{qid}: unanswerable with evidence/keywords")
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                problems.append(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            if not 20 <= len(quote) <= 200:
                problems.append(f"{qid}: quote length {len(quote)}")
            if norm(quote) not in docs[src]:
                problems.append(f"{qid}: quote not found in {src}: {quote[:60]}")
        for s in srcs:
            cite[s] += 1
        evq = " ".join(norm(e.get("quote", "")) for e in ev)
        for k in kw:
            nk = norm(k)
            if nk not in evq and not any(nk in docs[s] for s in srcs):
                problems.append(f"{qid}: keyword not in evidence or cited file: {k}")
        if q.get("kind") == "who-what" and not q.get("actors"):
            problems.append(f"{qid}: who-what without actors")
        for a in q.get("actors", []):
            if srcs and not any(norm(a) in docs[s] for s in srcs):
                problems.append(f"{qid}: actor not verbatim in cited file: {a}")
        seen_q.append(q.get("question", ""))

    ww = load_jsonl(os.path.join(HERE, "who_what.jsonl"), problems)
    ww_src = set()
    for w in ww:
        wid = w.get("id")
        src = w.get("source")
        if src not in docs:
            problems.append(f"{wid}: unknown source {src}")
            continue
        ww_src.add(src)
        d = docs[src]
        if not w.get("directive"):
            problems.append(f"{wid}: no directive")
        for a in w.get("actors", []):
            if norm(a.get("name", "")) not in d:
                problems.append(f"{wid}: actor name not verbatim: {a.get('name')}")
            if a.get("role") not in ROLES:
                problems.append(f"{wid}: bad role {a.get('role')}")
            tq = a.get("task_quote", "")
            if not 20 <= len(tq) <= 200:
                problems.append(f"{wid}: task_quote length {len(tq)}: {tq[:40]}")
            if norm(tq) not in d:
                problems.append(f"{wid}: task_quote not verbatim: {tq[:60]}")
            dl = a.get("deadline")
            if dl is not None and norm(dl) not in d:
                problems.append(f"{wid}: deadline not verbatim: {dl}")
        for i in w.get("intruders", []):
            if norm(i) not in d:
                problems.append(f"{wid}: intruder not verbatim: {i}")
    if ww_src != set(docs):
        problems.append(f"who_what covers {sorted(ww_src)}")

    n = len(qs)
    kinds = {}
    for q in qs:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    unans = sum(1 for q in qs if not q["answerable"])
    nodia = sum(1 for q in qs if not has_diacritics(q["question"]))
    abbr = sum(1 for q in qs if ABBR.search(q["question"]))
    fu = [q for q in qs if q.get("history")]
    fu_un = sum(1 for q in fu if not q["answerable"])
    ww_q = sum(1 for q in qs if q["kind"] == "who-what" and q.get("actors"))
    if n and unans / n < 0.22:
        problems.append(f"unanswerable {unans}/{n} < 22%")
    if n and nodia / n < 0.15:
        problems.append(f"no-diacritics {nodia}/{n} < 15%")
    if n and abbr / n < 0.12:
        problems.append(f"abbreviations {abbr}/{n} < 12%")
    if len(fu) != 15:
        problems.append(f"{len(fu)} follow-ups (want 15)")
    if not 1 <= fu_un <= 2:
        problems.append(f"{fu_un} unanswerable follow-ups (want 1-2)")
    if ww_q < 12:
        problems.append(f"{ww_q} who-what questions (want >= 12)")
    for s, c in cite.items():
        if c < 12:
            problems.append(f"{s} cited by {c} questions (want >= 12)")

    if "--stats" in sys.argv or not problems:
        print(f"questions={n} kinds={dict(sorted(kinds.items()))}")
        print(f"unanswerable={unans} ({unans/n:.1%}) no-diacritics={nodia} ({nodia/n:.1%}) "
              f"abbreviations={abbr} ({abbr/n:.1%}) follow-ups={len(fu)} (unanswerable {fu_un}) "
              f"who-what={ww_q}")
        print("citations per document:", cite)
        print("words:", {k: len(v.split()) for k, v in raw_docs.items()})
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
