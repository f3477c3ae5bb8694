# -*- coding: utf-8 -*-
"""Standalone checker for blind set 64 (no kg_rag). Prints OK or the problems.

Usage: python check_ro.py
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
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
OPT = {"history", "actors"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ABBR = re.compile(r"\b(NQ|KH|CV|QĐ|TB|BC|CTr|UBND|HĐND|MTTQ|KH&CN|GD&ĐT|CĐS|THCS|TTHC|DVC|HTX|TMĐT|BTV|HTCĐ|TTHTCĐ|BDHVS|TK|PN|HV|ND|KT|KP|VH-XH|sđt|ĐU)\b")


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).lower().split())


def read_docx(path):
    """Body paragraphs and table cells in document order (zipfile + XML)."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    body = root.find(W + "body")

    def para_text(p):
        parts = []
        for el in p.iter():
            if el.tag == W + "t":
                parts.append(el.text or "")
            elif el.tag in (W + "br", W + "cr", W + "tab"):
                parts.append("\n")
        return "".join(parts)

    for el in body:
        if el.tag == W + "p":
            out.append(para_text(el))
        elif el.tag == W + "tbl":
            for tc in el.iter(W + "tc"):
                out.append("\n".join(para_text(p) for p in tc.findall(W + "p")))
    return "\n".join(out)


def read_pdf(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def read_any(path):
    if path.endswith(".docx"):
        return read_docx(path)
    if path.endswith(".pdf"):
        return read_pdf(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def has_diacritics(s):
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", s)) or "đ" in s.lower()


def main():
    problems = []
    files = sorted(os.listdir(CORPUS))
    raw = {f: read_any(os.path.join(CORPUS, f)) for f in files}
    texts = {f: norm(t) for f, t in raw.items()}
    # corpus shape
    if len(files) != 5:
        problems.append("corpus must hold 5 files, has %d" % len(files))
    for f in files:
        if not re.match(r"ro0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$", f):
            problems.append("bad file name %s" % f)
        n = len(raw[f].split())
        if not 700 <= n <= 1500:
            problems.append("%s: %d words (want 700-1500)" % (f, n))
        if f.endswith((".txt", ".md")) and raw[f] != unicodedata.normalize("NFC", raw[f]):
            problems.append("%s not NFC" % f)
        if raw[f].count("57-NQ/TW") > 1 or ("57-NQ/TW" in raw[f] and not re.search(r"Căn cứ[^;]*57-NQ/TW", raw[f])):
            problems.append("%s: 57-NQ/TW used beyond a basis citation" % f)

    def find(src, quote, where):
        if src not in texts:
            problems.append("%s: unknown source %s" % (where, src))
            return False
        if not 20 <= len(quote) <= 200:
            problems.append("%s: quote length %d: %r" % (where, len(quote), quote[:60]))
        if norm(quote) not in texts[src]:
            problems.append("%s: quote not found in %s: %r" % (where, src, quote[:80]))
            return False
        return True

    # questions
    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if line != unicodedata.normalize("NFC", line):
                problems.append("questions line %d not NFC" % ln)
            qs.append(json.loads(line))
    seen, earlier = set(), set()
    per_doc = {f: 0 for f in files}
    for d in qs:
        qid = d.get("id")
        keys = set(d)
        if not KEYS <= keys or keys - KEYS - OPT:
            problems.append("%s: bad keys %s" % (qid, sorted(keys)))
        if not re.match(r"ro\d{3}$", str(qid)):
            problems.append("%s: bad id" % qid)
        if qid in seen:
            problems.append("%s: duplicate id" % qid)
        seen.add(qid)
        if d["kind"] not in KINDS:
            problems.append("%s: bad kind %s" % (qid, d["kind"]))
        if d["answerable"]:
            if not d["evidence"]:
                problems.append("%s: answerable without evidence" % qid)
            if not 1 <= len(d["keywords"]) <= 4:
                problems.append("%s: %d keywords" % (qid, len(d["keywords"])))
        else:
            if d["evidence"] or d["keywords"]:
                problems.append("%s: unanswerable must have empty evidence/keywords" % qid)
        cited = set()
        for e in d["evidence"]:
            if find(e["source"], e["quote"], qid):
                cited.add(e["source"])
        for s in cited:
            per_doc[s] += 1
        quotes = " || ".join(norm(e["quote"]) for e in d["evidence"])
        for k in d["keywords"]:
            nk = norm(k)
            if nk not in quotes and not any(nk in texts.get(s, "") for s in cited):
                problems.append("%s: keyword %r neither in quotes nor in cited files" % (qid, k))
        for h in d.get("history", []):
            if h not in earlier:
                problems.append("%s: history question is not an earlier question" % qid)
        if d["kind"] == "follow-up" and not d.get("history"):
            problems.append("%s: follow-up without history" % qid)
        if d["kind"] == "who-what" and not d.get("actors"):
            problems.append("%s: who-what without actors" % qid)
        for a in d.get("actors", []):
            if not any(norm(a) in texts.get(s, "") for s in cited):
                problems.append("%s: actor %r not found in cited files" % (qid, a))
        earlier.add(d["question"])

    n = len(qs)
    unans = sum(not d["answerable"] for d in qs)
    nodia = sum(not has_diacritics(d["question"]) for d in qs)
    abbr = sum(bool(ABBR.search(d["question"])) for d in qs)
    fups = sum(bool(d.get("history")) for d in qs)
    fup_un = sum(bool(d.get("history")) and not d["answerable"] for d in qs)
    ww = sum(d["kind"] == "who-what" and bool(d.get("actors")) for d in qs)
    kinds = {}
    for d in qs:
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    if unans < 0.22 * n:
        problems.append("unanswerable %d/%d < 22%%" % (unans, n))
    if nodia < 0.15 * n:
        problems.append("no-diacritics %d/%d < 15%%" % (nodia, n))
    if abbr < 0.12 * n:
        problems.append("abbreviations %d/%d < 12%%" % (abbr, n))
    if fups < 15:
        problems.append("follow-ups %d < 15" % fups)
    if not 1 <= fup_un <= 2:
        problems.append("unanswerable follow-ups %d (want 1-2)" % fup_un)
    if ww < 12:
        problems.append("who-what with actors %d < 12" % ww)
    for k in ("metadata", "corpus"):
        if kinds.get(k, 0) < 2:
            problems.append("too few %s questions" % k)
    for f, c in per_doc.items():
        if c < 12:
            problems.append("%s cited by %d questions (< 12)" % (f, c))

    # who-what gold
    wws = []
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as f:
        for line in f:
            wws.append(json.loads(line))
    if sorted(w["source"] for w in wws) != files:
        problems.append("who_what.jsonl must have one line per document")
    wids = set()
    for w in wws:
        if w["id"] in wids:
            problems.append("%s duplicate who-what id" % w["id"])
        wids.add(w["id"])
        t = texts.get(w["source"], "")
        for a in w["actors"]:
            for key in ("name", "task_quote"):
                if norm(a[key]) not in t:
                    problems.append("%s: %s %r not verbatim" % (w["id"], key, a[key][:70]))
            if not 20 <= len(a["task_quote"]) <= 200:
                problems.append("%s: task_quote length %d" % (w["id"], len(a["task_quote"])))
            if a["role"] not in ("chủ trì", "phối hợp", "thường trực", None):
                problems.append("%s: bad role %r" % (w["id"], a["role"]))
            if a["deadline"] is not None and norm(a["deadline"]) not in t:
                problems.append("%s: deadline %r not verbatim" % (w["id"], a["deadline"]))
        names = {norm(a["name"]) for a in w["actors"]}
        for x in w["intruders"]:
            if norm(x) in names:
                problems.append("%s: intruder %r also listed as actor" % (w["id"], x))

    print("questions %d | unanswerable %d (%.0f%%) | no-diacritics %d (%.0f%%) | abbreviations %d (%.0f%%) | "
          "follow-ups %d (unanswerable %d) | who-what %d" % (n, unans, 100 * unans / n, nodia, 100 * nodia / n,
                                                             abbr, 100 * abbr / n, fups, fup_un, ww))
    print("kinds", dict(sorted(kinds.items())))
    print("citations per doc", per_doc)
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
