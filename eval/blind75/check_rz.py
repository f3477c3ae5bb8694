#!/usr/bin/env python
"""Standalone checker for eval set blind75 (no kg_rag import).

Reads corpus/*.txt|.md (UTF-8), .docx (zipfile + XML), .pdf (pypdf); normalises text
(NFC, lower case, whitespace collapsed) and checks questions.jsonl and who_what.jsonl.
Prints OK (with statistics) or the list of problems; exit code 1 on problems.
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
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
Q_KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_OPT = {"history", "actors"}
WW_KEYS = {"id", "directive", "source", "actors", "intruders"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = re.compile(
    r"(?<![\w&])(KH|CV|QĐ|QD|TB|TTr|BC|UBND|KH&CN|GD&ĐT|GD&DT|GDĐT|CĐS|THCS|THPT|MTTQ|GDNN|GDTX|"
    r"GDNN-GDTX|CĐ|CD|KT-CN|PGD|PGD&ĐT|SNV|PTDTNT|HS|GV|HV|DN|TT|LĐ-TB&XH|SGDĐT|TP|TX|DS)(?![\w&])")


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []

    def para(p):
        parts = []
        for el in p.iter():
            if el.tag == W + "t":
                parts.append(el.text or "")
            elif el.tag in (W + "tab", W + "br"):
                parts.append(" ")
        return "".join(parts)

    body = root.find(W + "body")
    for el in body:
        if el.tag == W + "p":
            out.append(para(el))
        elif el.tag == W + "tbl":
            for tr in el.iter(W + "tr"):
                for tc in tr.findall(W + "tc"):
                    for p in tc.iter(W + "p"):
                        out.append(para(p))
    return "\n".join(out)


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def load_corpus():
    raw, normd = {}, {}
    for f in sorted(os.listdir(CORPUS)):
        p = os.path.join(CORPUS, f)
        if f.endswith((".txt", ".md")):
            with open(p, encoding="utf-8") as fh:
                t = fh.read()
        elif f.endswith(".docx"):
            t = docx_text(p)
        elif f.endswith(".pdf"):
            t = pdf_text(p)
        else:
            continue
        raw[f] = t
        normd[f] = norm(t)
    return raw, normd


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def all_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, list):
        for x in obj:
            yield from all_strings(x)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield k
            yield from all_strings(v)


def main():
    problems = []
    raw, corp = load_corpus()
    if len(corp) != 5:
        problems.append(f"corpus: expected 5 files, found {len(corp)}: {sorted(corp)}")
    for f, t in raw.items():
        if not re.match(r"rz0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$", f):
            problems.append(f"corpus: bad file name {f}")
        if f.endswith((".txt", ".md")) and unicodedata.normalize("NFC", t) != t:
            problems.append(f"corpus: {f} is not NFC")
        n = len(t.split())
        if not 700 <= n <= 1500:
            problems.append(f"corpus: {f} has {n} words (700-1500)")

    # ---------------- questions ----------------
    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                qs.append(json.loads(line))
            except json.JSONDecodeError as e:
                problems.append(f"questions.jsonl line {i}: bad JSON {e}")
    ids = Counter(q.get("id") for q in qs)
    for k, v in ids.items():
        if v > 1:
            problems.append(f"duplicate id {k}")
    seen_q = []
    cites = Counter()
    for q in qs:
        qid = q.get("id", "?")
        keys = set(q)
        if not Q_KEYS <= keys or keys - Q_KEYS - Q_OPT:
            problems.append(f"{qid}: keys {sorted(keys)}")
        if not re.match(r"rz\d{3}$", str(qid)):
            problems.append(f"{qid}: bad id")
        for s in all_strings(q):
            if unicodedata.normalize("NFC", s) != s:
                problems.append(f"{qid}: string not NFC: {s[:40]}")
        if q.get("kind") not in KINDS:
            problems.append(f"{qid}: bad kind {q.get('kind')}")
        if not isinstance(q.get("answerable"), bool):
            problems.append(f"{qid}: answerable not bool")
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if q.get("answerable") is False:
            if ev or kw:
                problems.append(f"{qid}: unanswerable must have empty evidence/keywords")
        else:
            if not ev:
                problems.append(f"{qid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                problems.append(f"{qid}: needs 1-3 keywords, has {len(kw)}")
        quotes_n = []
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if set(e) != {"source", "quote"}:
                problems.append(f"{qid}: evidence keys {sorted(e)}")
            if src not in corp:
                problems.append(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                problems.append(f"{qid}: quote length {len(nq)} not in 20-200: {quote[:50]}")
            if nq not in corp[src]:
                problems.append(f"{qid}: quote not found in {src}: {quote[:80]}")
            quotes_n.append(nq)
        for s in srcs:
            cites[s] += 1
        for k in kw:
            nk = norm(k)
            if not nk:
                problems.append(f"{qid}: empty keyword")
            elif not any(nk in x for x in quotes_n) and not any(nk in corp[s] for s in srcs):
                problems.append(f"{qid}: keyword '{k}' not in quotes nor cited file")
        if "history" in q:
            h = q["history"]
            if not isinstance(h, list) or not h:
                problems.append(f"{qid}: history must be a non-empty list")
            else:
                for hq in h:
                    if hq not in seen_q:
                        problems.append(f"{qid}: history question is not an earlier question: {hq[:60]}")
        if q.get("kind") == "follow-up" and "history" not in q:
            problems.append(f"{qid}: follow-up without history")
        if "actors" in q:
            for a in q["actors"]:
                na = norm(a)
                if not any(na in corp[s] for s in srcs):
                    problems.append(f"{qid}: actor '{a}' not verbatim in cited file(s)")
        if q.get("kind") == "who-what" and not q.get("actors"):
            problems.append(f"{qid}: who-what without actors")
        seen_q.append(q.get("question", ""))

    n = len(qs)
    unans = sum(1 for q in qs if q.get("answerable") is False)
    ascii_q = sum(1 for q in qs if is_ascii(q.get("question", "")))
    abbr_q = sum(1 for q in qs if ABBR.search(q.get("question", "")))
    fu = [q for q in qs if "history" in q]
    fu_unans = sum(1 for q in fu if q.get("answerable") is False)
    ww = sum(1 for q in qs if q.get("kind") == "who-what" and q.get("actors"))
    kinds = Counter(q.get("kind") for q in qs)
    if not 90 <= n <= 115:
        problems.append(f"questions: {n} lines (want ~100)")
    if unans / n < 0.22:
        problems.append(f"unanswerable {unans}/{n} < 22%")
    if ascii_q / n < 0.15:
        problems.append(f"no-diacritics {ascii_q}/{n} < 15%")
    if abbr_q / n < 0.12:
        problems.append(f"abbreviations {abbr_q}/{n} < 12%")
    if len(fu) != 15:
        problems.append(f"follow-up pairs: {len(fu)} (want 15)")
    if not 1 <= fu_unans <= 2:
        problems.append(f"unanswerable follow-ups: {fu_unans} (want 1-2)")
    if ww < 12:
        problems.append(f"who-what with actors: {ww} < 12")
    for k in ("metadata", "corpus"):
        if kinds[k] < 3:
            problems.append(f"kind {k}: only {kinds[k]}")
    for f in corp:
        if cites[f] < 12:
            problems.append(f"{f}: cited by {cites[f]} questions (< 12)")

    # ---------------- who_what ----------------
    wws = []
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                wws.append(json.loads(line))
    if len(wws) != len(corp):
        problems.append(f"who_what: {len(wws)} lines for {len(corp)} documents")
    ww_srcs = set()
    for w in wws:
        wid = w.get("id", "?")
        if set(w) != WW_KEYS:
            problems.append(f"{wid}: keys {sorted(w)}")
        for s in all_strings(w):
            if unicodedata.normalize("NFC", s) != s:
                problems.append(f"{wid}: string not NFC: {s[:40]}")
        src = w.get("source")
        if src not in corp:
            problems.append(f"{wid}: unknown source {src}")
            continue
        ww_srcs.add(src)
        text = corp[src]
        names = set()
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                problems.append(f"{wid}: actor keys {sorted(a)}")
            nm = norm(a.get("name", ""))
            names.add(nm)
            if nm not in text:
                problems.append(f"{wid}: actor name not verbatim: {a.get('name')}")
            if a.get("role") not in ROLES:
                problems.append(f"{wid}: bad role {a.get('role')}")
            if a.get("deadline") is not None and norm(a["deadline"]) not in text:
                problems.append(f"{wid}: deadline not verbatim: {a['deadline']}")
            tq = norm(a.get("task_quote", ""))
            if not 20 <= len(tq) <= 200:
                problems.append(f"{wid}: task_quote length {len(tq)}: {a.get('task_quote', '')[:50]}")
            if tq not in text:
                problems.append(f"{wid}: task_quote not verbatim: {a.get('task_quote', '')[:80]}")
        if not w.get("actors"):
            problems.append(f"{wid}: no actors")
        for it in w.get("intruders", []):
            ni = norm(it)
            if ni not in text:
                problems.append(f"{wid}: intruder not in document: {it}")
            if ni in names:
                problems.append(f"{wid}: intruder is also an actor: {it}")
    if ww_srcs != set(corp):
        problems.append(f"who_what: documents without entry: {sorted(set(corp) - ww_srcs)}")

    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")
    print(f"questions={n} unanswerable={unans} ({100*unans/n:.1f}%) no-diacritics={ascii_q} "
          f"({100*ascii_q/n:.1f}%) abbreviations={abbr_q} ({100*abbr_q/n:.1f}%) "
          f"follow-ups={len(fu)} (unanswerable {fu_unans}) who-what={ww}")
    print("kinds:", dict(sorted(kinds.items())))
    print("citations per document:", dict(sorted(cites.items())))
    print("who-what actors per document:", {w['source']: len(w['actors']) for w in wws})


if __name__ == "__main__":
    main()
