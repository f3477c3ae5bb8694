# -*- coding: utf-8 -*-
"""Standalone checker for blind set si (no kg_rag).

Run: /work/main/.venv/bin/python check_si.py [--dump]
Prints OK or the list of problems.
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
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = re.compile(r"\b(KH|CV|QĐ|QD|TB|BC|HD|CTr|UBND|HĐND|HDND|KH&CN|KHCN|GD&ĐT|GDDT|GD&DT|CĐS|CDS|THCS|THPT|"
                  r"MTTQ|LHH|TVPB|BTC|CNTT|TT&TT|STKT|KK|NQ|BTV|KT|VP|PTTH|TP|TX)\b")


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).lower()).strip()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t" and el.text:
                parts.append(el.text)
            elif el.tag in (W + "br", W + "tab"):
                parts.append(" ")
        paras.append("".join(parts))
    return "\n".join(paras)


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join((pg.extract_text() or "") for pg in PdfReader(path).pages)


def file_text(path):
    if path.endswith(".docx"):
        return docx_text(path)
    if path.endswith(".pdf"):
        return pdf_text(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def is_ascii_question(q):
    return all(ord(c) < 128 for c in q)


def main():
    problems = []
    warnings = []
    raw = {}
    texts = {}
    for fn in sorted(os.listdir(CORPUS)):
        raw[fn] = file_text(os.path.join(CORPUS, fn))
        texts[fn] = norm(raw[fn])
        if fn.endswith((".txt", ".md")) and raw[fn] != unicodedata.normalize("NFC", raw[fn]):
            problems.append(f"{fn}: not NFC")
    if "--dump" in sys.argv:
        for fn, t in raw.items():
            print("=" * 20, fn, len(t.split()), "words")
            print(t)
        return
    if len(texts) != 5:
        problems.append(f"corpus has {len(texts)} files, expected 5")
    for fn, t in raw.items():
        n = len(t.split())
        if not 700 <= n <= 1500:
            problems.append(f"{fn}: {n} words (want 700-1500)")

    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            if line != unicodedata.normalize("NFC", line):
                problems.append(f"questions.jsonl line {i}: not NFC")
            qs.append(json.loads(line))
    ids, seen_q = set(), []
    cite = {fn: 0 for fn in texts}
    allowed = {"id", "question", "answerable", "kind", "evidence", "keywords", "history", "actors"}
    for q in qs:
        qid = q.get("id")
        need = {"id", "question", "answerable", "kind", "evidence", "keywords"}
        if not need <= set(q) or set(q) - allowed:
            problems.append(f"{qid}: bad keys {sorted(q)}")
        if qid in ids:
            problems.append(f"{qid}: duplicate id")
        ids.add(qid)
        if q["kind"] not in KINDS:
            problems.append(f"{qid}: bad kind {q['kind']}")
        for h in q.get("history", []):
            if h not in seen_q:
                problems.append(f"{qid}: history question not an earlier question: {h}")
        seen_q.append(q["question"])
        if not q["answerable"]:
            if q["evidence"] or q["keywords"]:
                problems.append(f"{qid}: unanswerable must have empty evidence/keywords")
            continue
        if not q["evidence"]:
            problems.append(f"{qid}: answerable without evidence")
        if not 1 <= len(q["keywords"]) <= 3:
            problems.append(f"{qid}: {len(q['keywords'])} keywords")
        ev_norm = []
        srcs = set()
        for ev in q["evidence"]:
            src, quote = ev["source"], ev["quote"]
            if src not in texts:
                problems.append(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                problems.append(f"{qid}: quote length {len(nq)}")
            if nq not in texts[src]:
                problems.append(f"{qid}: quote not found in {src}: {quote[:60]}")
            ev_norm.append(nq)
        for s in srcs:
            cite[s] += 1
        for kw in q["keywords"]:
            nk = norm(kw)
            if not any(nk in e for e in ev_norm):
                if not any(nk in texts[s] for s in srcs):
                    problems.append(f"{qid}: keyword not in evidence/file: {kw}")
                else:
                    warnings.append(f"{qid}: keyword only in cited file, not in quote: {kw}")
        for a in q.get("actors", []):
            if not any(norm(a) in texts[s] for s in srcs):
                problems.append(f"{qid}: actor not in cited file: {a}")

    # who-what gold
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as f:
        ww = [json.loads(l) for l in f if l.strip()]
    if len(ww) != 5:
        problems.append(f"who_what.jsonl has {len(ww)} lines, expected 5")
    for w in ww:
        src = w["source"]
        if src not in texts:
            problems.append(f"{w['id']}: unknown source {src}")
            continue
        t = texts[src]
        for a in w["actors"]:
            if norm(a["name"]) not in t:
                problems.append(f"{w['id']}: actor name not verbatim: {a['name']}")
            if a["role"] not in ROLES:
                problems.append(f"{w['id']}: bad role {a['role']}")
            if a["deadline"] is not None and norm(a["deadline"]) not in t:
                problems.append(f"{w['id']}: deadline not verbatim: {a['deadline']}")
            nq = norm(a["task_quote"])
            if not 20 <= len(nq) <= 200 or nq not in t:
                problems.append(f"{w['id']}: task_quote bad: {a['task_quote'][:60]}")
        for x in w["intruders"]:
            if norm(x) not in t:
                problems.append(f"{w['id']}: intruder not in file: {x}")

    # mix
    n = len(qs)
    kinds = {}
    for q in qs:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    unans = sum(1 for q in qs if not q["answerable"])
    nodia = sum(1 for q in qs if is_ascii_question(q["question"]))
    abbr = sum(1 for q in qs if q["kind"] == "abbreviation" or (ABBR.search(q["question"]) and q["kind"] != "no-diacritics"))
    abbr_kind = kinds.get("abbreviation", 0)
    fu = [q for q in qs if q.get("history")]
    fu_unans = sum(1 for q in fu if not q["answerable"])
    ww_q = [q for q in qs if q["kind"] == "who-what"]
    if not 90 <= n <= 115:
        problems.append(f"{n} questions")
    if unans / n < 0.22:
        problems.append(f"unanswerable {unans/n:.1%} < 22%")
    if nodia / n < 0.15 or kinds.get("no-diacritics", 0) / n < 0.15:
        problems.append(f"no-diacritics {nodia/n:.1%} (kind {kinds.get('no-diacritics', 0)}) < 15%")
    if abbr_kind / n < 0.12:
        problems.append(f"abbreviation kind {abbr_kind/n:.1%} < 12%")
    if len(fu) != 15 or not 1 <= fu_unans <= 2:
        problems.append(f"follow-ups {len(fu)} (unanswerable {fu_unans})")
    if len(ww_q) < 12 or any(not q.get("actors") for q in ww_q):
        problems.append(f"who-what {len(ww_q)} (need >=12, all with actors)")
    for k in ("metadata", "corpus"):
        if kinds.get(k, 0) < 3:
            problems.append(f"too few {k}")
    for fn, c in cite.items():
        if c < 12:
            problems.append(f"{fn} cited by {c} questions (<12)")
    for q in qs:
        if q["kind"] == "no-diacritics" and not is_ascii_question(q["question"]):
            problems.append(f"{q['id']}: no-diacritics kind but has diacritics")

    print(f"questions={n} kinds={dict(sorted(kinds.items()))}")
    print(f"unanswerable={unans} ({unans/n:.1%}) no-diacritics-text={nodia} ({nodia/n:.1%}) "
          f"abbreviation-kind={abbr_kind} ({abbr_kind/n:.1%}) abbr-any={abbr} ({abbr/n:.1%}) "
          f"follow-ups={len(fu)} (unans {fu_unans}) who-what={len(ww_q)}")
    print("citations per file:", cite)
    print("words:", {fn: len(t.split()) for fn, t in raw.items()})
    for w_ in warnings:
        print("note:", w_)
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
