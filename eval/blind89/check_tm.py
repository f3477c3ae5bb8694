#!/usr/bin/env python3
"""Standalone checker for blind set 89 (no kg_rag).

Usage: python check_tm.py            -> prints OK or the list of problems
       python check_tm.py --stats    -> also prints counts / percentages / word counts
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
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = re.compile(r"(?<![/\-\w])(KH|CV|QĐ|QD|HD|BC|TB|UBND|KH&CN|GD&ĐT|GD&DT|GDĐT|GDDT|CĐS|THCS|MTTQ|SNV|"
                  r"LĐVL|LDVL|GDNN|GDTX|GDNN-GDTX|VH-XH|VHXH|HTX|NHCSXH|TTDVVL|DN|HĐND|HDND|"
                  r"PCT|TT|CĐ|LĐ|LĐNT|LDNT|TC|BHTN|DTTS|sđt|SĐT)(?![\w])")
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

# place names used by earlier sets (must not appear); checked case-sensitively
BANNED_FILE = os.path.join(HERE, "banned_names.txt")


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(f"{{{W}}}body")
    out = []

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(f"{{{W}}}t"))

    for el in body:
        if el.tag == f"{{{W}}}p":
            out.append(ptext(el))
        elif el.tag == f"{{{W}}}tbl":
            for tr in el.iter(f"{{{W}}}tr"):
                cells = []
                for tc in tr.findall(f"{{{W}}}tc"):
                    cells.append(" ".join(ptext(p) for p in tc.findall(f"{{{W}}}p")))
                out.append(" | ".join(cells))
    return "\n".join(out)


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def raw_text(name):
    path = os.path.join(CORPUS, name)
    if name.endswith(".docx"):
        return docx_text(path)
    if name.endswith(".pdf"):
        return pdf_text(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def has_diacritics(s):
    return any(ord(c) > 127 for c in s)


def main():
    stats = "--stats" in sys.argv
    problems = []
    files = sorted(os.listdir(CORPUS))
    raw = {f: raw_text(f) for f in files}
    texts = {f: norm(t) for f, t in raw.items()}

    # --- documents
    if len(files) != 5:
        problems.append(f"expected 5 corpus files, found {len(files)}")
    for i, f in enumerate(files, 1):
        if not re.match(rf"tm0{i}_[a-z0-9_]+\.(txt|md|docx|pdf)$", f):
            problems.append(f"bad file name {f}")
        words = len([w for w in raw[f].split() if re.search(r"\w", w)])
        if stats:
            print(f"{f}: {words} words")
        if not 700 <= words <= 1500:
            problems.append(f"{f}: {words} words (want 700-1500)")
        if f.endswith((".txt", ".md")) and unicodedata.normalize("NFC", raw[f]) != raw[f]:
            problems.append(f"{f}: not NFC")
    if os.path.exists(BANNED_FILE):
        banned = [b.strip() for b in open(BANNED_FILE, encoding="utf-8") if b.strip()]
        allraw = {f: unicodedata.normalize("NFC", re.sub(r"\s+", " ", t)) for f, t in raw.items()}
        allraw["questions.jsonl"] = open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8").read()
        for f, t in allraw.items():
            for b in banned:
                if re.search(r"(?<!\w)" + re.escape(b) + r"(?!\w)", t):
                    problems.append(f"{f}: uses banned name '{b}'")
    for f, t in raw.items():
        if "57-NQ/TW" in t:
            for m in re.finditer(r"[^\n]{0,40}57-NQ/TW", t):
                if "Căn cứ" not in m.group(0):
                    problems.append(f"{f}: 57-NQ/TW used outside a 'Căn cứ' line")

    # --- questions
    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                continue
            if unicodedata.normalize("NFC", line) != line:
                problems.append(f"questions line {ln}: not NFC")
            try:
                qs.append(json.loads(line))
            except Exception as e:
                problems.append(f"questions line {ln}: bad JSON {e}")
    seen_ids, seen_q = set(), []
    cited = {f: 0 for f in files}
    for q in qs:
        qid = q.get("id")
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            problems.append(f"{qid}: keys {sorted(keys)}")
        if qid in seen_ids:
            problems.append(f"{qid}: duplicate id")
        seen_ids.add(qid)
        if not re.match(r"tm\d{3}$", str(qid)):
            problems.append(f"{qid}: bad id")
        if q.get("kind") not in KINDS:
            problems.append(f"{qid}: bad kind {q.get('kind')}")
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if q.get("answerable") is False:
            if ev or kw:
                problems.append(f"{qid}: unanswerable with evidence/keywords")
        elif q.get("answerable") is True:
            if not ev:
                problems.append(f"{qid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                problems.append(f"{qid}: wants 1-3 keywords, has {len(kw)}")
        else:
            problems.append(f"{qid}: answerable not boolean")
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in texts:
                problems.append(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            if not 20 <= len(quote) <= 200:
                problems.append(f"{qid}: quote length {len(quote)}")
            if norm(quote) not in texts[src]:
                problems.append(f"{qid}: quote not found in {src}: {quote[:60]!r}")
        for s in srcs:
            cited[s] += 1
        evtext = " ".join(norm(e.get("quote", "")) for e in ev)
        for k in kw:
            nk = norm(k)
            if nk not in evtext and not any(nk in texts[s] for s in srcs):
                problems.append(f"{qid}: keyword {k!r} not in evidence or cited file")
            if nk not in evtext:
                problems.append(f"{qid}: keyword {k!r} not inside the evidence quotes")
        for a in q.get("actors", []) or []:
            if not any(norm(a) in texts[s] for s in srcs):
                problems.append(f"{qid}: actor {a!r} not verbatim in cited file")
        if "history" in q:
            for h in q["history"]:
                if h not in seen_q:
                    problems.append(f"{qid}: history question is not an earlier question")
            if q.get("kind") != "follow-up":
                problems.append(f"{qid}: has history but kind {q.get('kind')}")
        elif q.get("kind") == "follow-up":
            problems.append(f"{qid}: follow-up without history")
        seen_q.append(q.get("question"))
    if len(set(seen_q)) != len(seen_q):
        problems.append("duplicate question texts")

    n = len(qs)
    kinds = {}
    for q in qs:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    unans = sum(1 for q in qs if q["answerable"] is False)
    nodia = sum(1 for q in qs if not has_diacritics(q["question"]))
    abbr = sum(1 for q in qs if ABBR.search(q["question"]))
    fup = sum(1 for q in qs if "history" in q)
    fup_un = sum(1 for q in qs if "history" in q and q["answerable"] is False)
    ww = sum(1 for q in qs if q["kind"] == "who-what" and q.get("actors"))
    if not 90 <= n <= 115:
        problems.append(f"{n} questions (want ~100)")
    if unans / n < 0.22:
        problems.append(f"unanswerable {unans}/{n} < 22%")
    if nodia / n < 0.15:
        problems.append(f"no-diacritics {nodia}/{n} < 15%")
    if abbr / n < 0.12:
        problems.append(f"abbreviations {abbr}/{n} < 12%")
    if fup != 15:
        problems.append(f"{fup} follow-ups (want 15)")
    if not 1 <= fup_un <= 2:
        problems.append(f"{fup_un} unanswerable follow-ups (want 1-2)")
    if ww < 12:
        problems.append(f"who-what with actors {ww} < 12")
    for k in ("metadata", "corpus"):
        if kinds.get(k, 0) < 3:
            problems.append(f"too few {k} questions")
    for f, c in cited.items():
        if c < 12:
            problems.append(f"{f} cited by {c} questions (< 12)")

    # --- who-what gold
    wws = []
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                wws.append(json.loads(line))
    if sorted(w["source"] for w in wws) != files:
        problems.append("who_what.jsonl must have one line per document")
    for w in wws:
        src = w["source"]
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            problems.append(f"{w.get('id')}: keys {sorted(w)}")
        t = texts.get(src, "")
        if not w["actors"]:
            problems.append(f"{w['id']}: no actors")
        for a in w["actors"]:
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                problems.append(f"{w['id']}: actor keys {sorted(a)}")
            if norm(a["name"]) not in t:
                problems.append(f"{w['id']}: actor name not verbatim: {a['name']!r}")
            if a["role"] not in ROLES:
                problems.append(f"{w['id']}: bad role {a['role']!r}")
            if not 20 <= len(a["task_quote"]) <= 200:
                problems.append(f"{w['id']}: task_quote length {len(a['task_quote'])}")
            if norm(a["task_quote"]) not in t:
                problems.append(f"{w['id']}: task_quote not verbatim: {a['task_quote'][:50]!r}")
            if a["deadline"] is not None and norm(a["deadline"]) not in t:
                problems.append(f"{w['id']}: deadline not verbatim: {a['deadline']!r}")
        for x in w["intruders"]:
            if norm(x) not in t:
                problems.append(f"{w['id']}: intruder not in text: {x!r}")

    if stats:
        print(f"questions: {n}")
        for k in sorted(kinds):
            print(f"  kind {k}: {kinds[k]}")
        print(f"  unanswerable {unans} ({100*unans/n:.1f}%), no-diacritics {nodia} ({100*nodia/n:.1f}%), "
              f"abbreviations {abbr} ({100*abbr/n:.1f}%), follow-ups {fup} (unanswerable {fup_un}), "
              f"who-what with actors {ww}")
        print("  citations per file:", cited)
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
