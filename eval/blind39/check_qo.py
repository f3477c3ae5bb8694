# -*- coding: utf-8 -*-
"""Standalone checker for blind set 39 (no kg_rag import).

Usage: python check_qo.py [set_dir]
Prints OK or the list of problems (exit code 1 on problems).
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
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = re.compile(r"(?<![\wĐđ])(KH|CV|QĐ|TB|BC|UBND|KH&CN|GD&ĐT|GD|CĐS|THCS|THPT|MTTQ|DVC|"
                  r"VH-TT&DL|KT&HT|PT-TH|TP|ĐPN|HU)(?![\wĐđ])")


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def has_diacritics(s):
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.category(ch) == "Mn" or ch in "đĐ":
            return True
    return False


def read_docx(path):
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(w + "p"):
        out.append("".join(t.text or "" for t in p.iter(w + "t")))
    return "\n".join(out)


def read_pdf(path):
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)


def read_any(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".docx":
        return read_docx(path)
    if ext == ".pdf":
        return read_pdf(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def main(d):
    probs = []
    cdir = os.path.join(d, "corpus")
    files = sorted(os.listdir(cdir))
    raw = {f: read_any(os.path.join(cdir, f)) for f in files}
    text = {f: norm(t) for f, t in raw.items()}

    # --- corpus shape ---
    if len(files) != 5:
        probs.append("corpus must have 5 files, has %d" % len(files))
    for i, f in enumerate(files, 1):
        if not f.startswith("qo%02d_" % i):
            probs.append("bad file name %s" % f)
        wc = len(raw[f].split())
        if not 700 <= wc <= 1500:
            probs.append("%s: %d words (want 700-1500)" % (f, wc))
        if os.path.splitext(f)[1] in (".txt", ".md"):
            if raw[f] != unicodedata.normalize("NFC", raw[f]):
                probs.append("%s not NFC" % f)
    exts = {os.path.splitext(f)[1] for f in files}
    for e in (".docx", ".pdf", ".txt"):
        if e not in exts:
            probs.append("no %s file" % e)
    if not any(re.search(r"^\|.*\|\s*$", raw[f], re.M) for f in files if f.endswith((".md", ".txt"))):
        probs.append("no Markdown table in .md/.txt")
    for f in files:
        if f.endswith(".pdf"):
            from pypdf import PdfReader
            n = len(PdfReader(os.path.join(cdir, f)).pages)
            if not 2 <= n <= 4:
                probs.append("%s has %d pages" % (f, n))
    n57 = sum(t.count("57-nq/tw") for t in text.values())
    n57b = sum(t.count("căn cứ nghị quyết số 57-nq/tw") for t in text.values())
    if n57 != n57b or n57 > 1:
        probs.append("57-NQ/TW used outside a single basis citation")
    if "đồng phú nam" not in " ".join(text.values()):
        probs.append("province name missing")

    # --- questions ---
    qs = []
    with open(os.path.join(d, "questions.jsonl"), encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if line != unicodedata.normalize("NFC", line):
                probs.append("questions line %d not NFC" % ln)
            qs.append(json.loads(line))
    seen_ids, seen_q = set(), []
    cites = Counter()
    for q in qs:
        qid = q.get("id")
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            probs.append("%s: bad keys %s" % (qid, sorted(keys)))
        if qid in seen_ids:
            probs.append("duplicate id %s" % qid)
        seen_ids.add(qid)
        if q["kind"] not in KINDS:
            probs.append("%s: bad kind %s" % (qid, q["kind"]))
        for h in q.get("history", []):
            if h not in seen_q:
                probs.append("%s: history question is not an earlier question" % qid)
        if q["kind"] == "follow-up" and not q.get("history"):
            probs.append("%s: follow-up without history" % qid)
        if q.get("history") and q["kind"] != "follow-up":
            probs.append("%s: history on non follow-up" % qid)
        seen_q.append(q["question"])
        if not q["answerable"]:
            if q["evidence"] or q["keywords"]:
                probs.append("%s: unanswerable with evidence/keywords" % qid)
            if q["kind"] in ("unanswerable",) and q.get("actors"):
                probs.append("%s: unanswerable with actors" % qid)
            continue
        if q["kind"] == "unanswerable":
            probs.append("%s: kind unanswerable but answerable" % qid)
        if not q["evidence"]:
            probs.append("%s: no evidence" % qid)
        if not 1 <= len(q["keywords"]) <= 3:
            probs.append("%s: %d keywords" % (qid, len(q["keywords"])))
        srcs = set()
        for ev in q["evidence"]:
            src, quote = ev["source"], ev["quote"]
            if src not in text:
                probs.append("%s: unknown source %s" % (qid, src))
                continue
            srcs.add(src)
            if not 20 <= len(quote) <= 200:
                probs.append("%s: quote length %d" % (qid, len(quote)))
            if norm(quote) not in text[src]:
                probs.append("%s: quote not found in %s: %r" % (qid, src, quote[:60]))
        for s in srcs:
            cites[s] += 1
        quotes_n = " ".join(norm(e["quote"]) for e in q["evidence"])
        for kw in q["keywords"]:
            k = norm(kw)
            if k not in quotes_n and not any(k in text[s] for s in srcs):
                probs.append("%s: keyword %r not in quotes or cited file" % (qid, kw))
        for a in q.get("actors", []):
            if not any(norm(a) in text[s] for s in srcs):
                probs.append("%s: actor %r not verbatim in cited file" % (qid, a))

    n = len(qs)
    unans = sum(not q["answerable"] for q in qs)
    nodia = sum(not has_diacritics(q["question"]) for q in qs)
    abbr = sum(bool(ABBR.search(q["question"])) for q in qs)
    fu = [q for q in qs if q["kind"] == "follow-up"]
    fu_un = sum(not q["answerable"] for q in fu)
    ww = sum(q["kind"] == "who-what" and bool(q.get("actors")) for q in qs)
    kinds = Counter(q["kind"] for q in qs)
    if unans / n < 0.22:
        probs.append("unanswerable %.1f%% < 22%%" % (100 * unans / n))
    if nodia / n < 0.15:
        probs.append("no-diacritics %.1f%% < 15%%" % (100 * nodia / n))
    if abbr / n < 0.12:
        probs.append("abbreviations %.1f%% < 12%%" % (100 * abbr / n))
    if len(fu) != 15:
        probs.append("%d follow-ups (want 15)" % len(fu))
    if not 1 <= fu_un <= 2:
        probs.append("%d unanswerable follow-ups (want 1-2)" % fu_un)
    if ww < 12:
        probs.append("%d who-what with actors (want >= 12)" % ww)
    if kinds["metadata"] < 3 or kinds["corpus"] < 3:
        probs.append("too few metadata/corpus questions")
    for f in files:
        if cites[f] < 12:
            probs.append("%s cited by only %d questions" % (f, cites[f]))

    # --- who-what gold ---
    wws = []
    with open(os.path.join(d, "who_what.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line != unicodedata.normalize("NFC", line):
                probs.append("who_what line not NFC")
            wws.append(json.loads(line))
    if sorted(w["source"] for w in wws) != files:
        probs.append("who_what must have one line per document")
    for w in wws:
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            probs.append("%s: bad keys" % w.get("id"))
        t = text.get(w["source"], "")
        for a in w["actors"]:
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                probs.append("%s: actor bad keys %s" % (w["id"], sorted(a)))
            if norm(a["name"]) not in t:
                probs.append("%s: actor name not verbatim: %r" % (w["id"], a["name"]))
            if a["role"] not in ("chủ trì", "phối hợp", "thường trực", None):
                probs.append("%s: bad role %r" % (w["id"], a["role"]))
            if a["deadline"] is not None and norm(a["deadline"]) not in t:
                probs.append("%s: deadline not verbatim: %r" % (w["id"], a["deadline"]))
            tq = a["task_quote"]
            if not 20 <= len(tq) <= 200 or norm(tq) not in t:
                probs.append("%s: task_quote bad: %r" % (w["id"], tq[:60]))
        names = {norm(a["name"]) for a in w["actors"]}
        for x in w["intruders"]:
            if norm(x) not in t:
                probs.append("%s: intruder not in file: %r" % (w["id"], x))
            if norm(x) in names:
                probs.append("%s: intruder is also an actor: %r" % (w["id"], x))

    print("questions=%d unanswerable=%d (%.1f%%) no-diacritics=%d (%.1f%%) abbreviations=%d (%.1f%%) "
          "follow-ups=%d (unanswerable %d) who-what=%d" % (
              n, unans, 100 * unans / n, nodia, 100 * nodia / n, abbr, 100 * abbr / n, len(fu), fu_un, ww))
    print("kinds:", dict(sorted(kinds.items())))
    print("citations per file:", dict(sorted(cites.items())))
    print("words:", {f: len(raw[f].split()) for f in files})
    if probs:
        print("PROBLEMS (%d):" % len(probs))
        for p in probs:
            print(" -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else HERE))
