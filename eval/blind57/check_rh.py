# -*- coding: utf-8 -*-
"""Standalone checker for eval set blind57 (no kg_rag).

Usage: /work/main/.venv/bin/python check_rh.py [--dump FILE] [--stats]
Reads corpus/*.txt|md (UTF-8), *.docx (zipfile + XML), *.pdf (pypdf), normalises
(NFC, lower, whitespace collapsed) and checks questions.jsonl and who_what.jsonl.
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
QFILE = os.path.join(HERE, "questions.jsonl")
WFILE = os.path.join(HERE, "who_what.jsonl")

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}

# abbreviations an officer might type (checked on the raw question, word-bounded)
ABBR = ["KH", "CV", "QĐ", "QD", "TB", "BC", "UBND", "KH&CN", "KHCN", "GD&ĐT", "GDĐT", "GD&DT",
        "CĐS", "CDS", "THCS", "THPT", "MTTQ", "HĐND", "HDND", "VH-TT", "TT&TT", "LHH",
        "BTG", "BTGDV", "LHPN", "ĐTN", "DTN", "BDHVS", "TTHC", "DVC", "SKHCN", "VHKHTT",
        "CNTT", "GDNN-GDTX", "PCT", "CT", "TTr", "HU", "TU", "CBCCVC", "KP", "TTĐT",
        "khcn", "kh&cn", "sđt", "sdt", "đt", "ko"]

W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    """Body text in document order: paragraphs and table cells (zipfile + XML)."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W_NS + "p"):
        out.append("".join(t.text or "" for t in p.iter(W_NS + "t")))
    return "\n".join(out)


def read_pdf(path):
    from pypdf import PdfReader
    return "\n".join((pg.extract_text() or "") for pg in PdfReader(path).pages)


def read_any(path):
    if path.endswith(".docx"):
        return read_docx(path)
    if path.endswith(".pdf"):
        return read_pdf(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def load_corpus():
    docs = {}
    for name in sorted(os.listdir(CORPUS)):
        if name.startswith("rh"):
            docs[name] = read_any(os.path.join(CORPUS, name))
    return docs


def has_diacritics(s):
    # any non-ASCII letter (Vietnamese accented letters, đ) counts as a diacritic
    return any(ord(c) > 127 and c.isalpha() for c in s)


def uses_abbr(q):
    for a in ABBR:
        if re.search(r"(?<![\w&])" + re.escape(a) + r"(?![\w&])", q):
            return True
    return False


def main():
    args = sys.argv[1:]
    docs = load_corpus()
    ndocs = {k: norm(v) for k, v in docs.items()}
    if "--dump" in args:
        name = args[args.index("--dump") + 1]
        print(docs[name])
        return 0
    problems = []

    # ---------------- corpus checks ----------------
    if len(docs) != 5:
        problems.append(f"corpus: expected 5 rh files, found {len(docs)}")
    for name, text in docs.items():
        if not re.match(r"^rh0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$", name):
            problems.append(f"corpus: bad file name {name}")
        if not name.endswith((".docx", ".pdf")):
            with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
                raw = f.read()
            if unicodedata.normalize("NFC", raw) != raw:
                problems.append(f"corpus: {name} is not NFC")
        words = len(text.split())
        if not 700 <= words <= 1500:
            problems.append(f"corpus: {name} has {words} words (want 700-1500)")
    exts = {n.rsplit(".", 1)[1] for n in docs}
    for e in ("txt", "docx", "pdf"):
        if e not in exts:
            problems.append(f"corpus: no .{e} file")
    if not any(n.endswith((".md", ".txt")) and re.search(r"^\|[-| ]+\|$", t, re.M)
               for n, t in docs.items()):
        problems.append("corpus: no Markdown table in a .md/.txt file")
    for n in docs:
        if n.endswith(".pdf"):
            from pypdf import PdfReader
            pages = len(PdfReader(os.path.join(CORPUS, n)).pages)
            if not 2 <= pages <= 4:
                problems.append(f"corpus: {n} has {pages} pages (want 2-4)")
    for n, t in ndocs.items():
        # 57-NQ/TW may appear only as a basis citation ("Căn cứ Nghị quyết số 57-NQ/TW ...")
        for m in re.finditer(re.escape("57-nq/tw"), t):
            if "căn cứ" not in t[max(0, m.start() - 40):m.start()]:
                problems.append(f"corpus: {n} uses 57-NQ/TW outside a 'Căn cứ' citation")
        if t.count("57-nq/tw") > 1:
            problems.append(f"corpus: {n} uses 57-NQ/TW more than once")

    # ---------------- questions ----------------
    qs = []
    with open(QFILE, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            if unicodedata.normalize("NFC", line) != line:
                problems.append(f"questions line {ln}: not NFC")
            try:
                qs.append(json.loads(line))
            except Exception as e:  # noqa
                problems.append(f"questions line {ln}: bad JSON {e}")
    ids = [q.get("id") for q in qs]
    if len(ids) != len(set(ids)):
        problems.append("questions: duplicate ids")
    seen_q = []
    cite = {n: 0 for n in docs}
    n_unans = n_nodia = n_abbr = n_fu = n_fu_unans = n_ww = n_meta = n_corpus = 0
    kinds = {}
    for i, q in enumerate(qs):
        qid = q.get("id", f"#{i}")
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            problems.append(f"{qid}: keys {sorted(keys)}")
        if not re.match(r"^rh\d{3}$", str(qid)):
            problems.append(f"{qid}: bad id")
        if q.get("kind") not in KINDS:
            problems.append(f"{qid}: bad kind {q.get('kind')}")
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
        text = q.get("question", "")
        if not has_diacritics(text):
            n_nodia += 1
        if uses_abbr(text):
            n_abbr += 1
        ev = q.get("evidence", [])
        kw = q.get("keywords", [])
        if q.get("answerable") is False:
            n_unans += 1
            if ev or kw:
                problems.append(f"{qid}: unanswerable must have empty evidence/keywords")
        elif q.get("answerable") is True:
            if not ev:
                problems.append(f"{qid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                problems.append(f"{qid}: want 1-3 keywords, got {len(kw)}")
        else:
            problems.append(f"{qid}: answerable must be true/false")
        cited_text = []
        for src in {e.get("source") for e in ev} & set(ndocs):
            cite[src] += 1  # documents cited by this question (distinct)
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in ndocs:
                problems.append(f"{qid}: unknown source {src}")
                continue
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                problems.append(f"{qid}: quote length {len(nq)} not in 20-200: {quote[:40]!r}")
            if nq not in ndocs[src]:
                problems.append(f"{qid}: quote not found in {src}: {quote[:60]!r}")
            cited_text.append((nq, ndocs[src]))
        for k in kw:
            nk = norm(k)
            if not any(nk in qt for qt, _ in cited_text):
                if any(nk in dt for _, dt in cited_text):
                    pass  # in the cited file, acceptable
                else:
                    problems.append(f"{qid}: keyword {k!r} not in quotes/cited files")
        if "history" in q:
            h = q["history"]
            if not isinstance(h, list) or not h:
                problems.append(f"{qid}: history must be a non-empty list")
            else:
                for hq in h:
                    if hq not in seen_q:
                        problems.append(f"{qid}: history question is not an earlier question")
            n_fu += 1
            if q.get("answerable") is False:
                n_fu_unans += 1
        if q.get("kind") == "follow-up" and "history" not in q:
            problems.append(f"{qid}: follow-up without history")
        if q.get("kind") == "who-what":
            n_ww += 1
            acts = q.get("actors")
            if not acts:
                problems.append(f"{qid}: who-what without actors")
            else:
                srcs = [e["source"] for e in ev if e.get("source") in ndocs]
                for a in acts:
                    if not any(norm(a) in ndocs[s] for s in srcs):
                        problems.append(f"{qid}: actor {a!r} not verbatim in cited file")
        if q.get("kind") == "metadata":
            n_meta += 1
        if q.get("kind") == "corpus":
            n_corpus += 1
        seen_q.append(text)

    N = len(qs) or 1
    pct = lambda x: 100.0 * x / N  # noqa
    if not 90 <= len(qs) <= 115:
        problems.append(f"questions: {len(qs)} lines (want ~100)")
    if pct(n_unans) < 22:
        problems.append(f"questions: unanswerable {pct(n_unans):.1f}% < 22%")
    if pct(n_nodia) < 15:
        problems.append(f"questions: no-diacritics {pct(n_nodia):.1f}% < 15%")
    if pct(n_abbr) < 12:
        problems.append(f"questions: abbreviations {pct(n_abbr):.1f}% < 12%")
    if n_fu < 15:
        problems.append(f"questions: {n_fu} follow-ups < 15")
    if not 1 <= n_fu_unans <= 2:
        problems.append(f"questions: {n_fu_unans} unanswerable follow-ups (want 1-2)")
    if n_ww < 12:
        problems.append(f"questions: {n_ww} who-what < 12")
    if n_meta < 3 or n_corpus < 3:
        problems.append(f"questions: metadata {n_meta}, corpus {n_corpus} (want some)")
    for src, c in cite.items():
        if c < 12:
            problems.append(f"questions: {src} cited by {c} questions (< 12)")

    # ---------------- who-what gold ----------------
    wlines = []
    with open(WFILE, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if line.strip():
                if unicodedata.normalize("NFC", line) != line:
                    problems.append(f"who_what line {ln}: not NFC")
                wlines.append(json.loads(line))
    wsrc = [w.get("source") for w in wlines]
    if sorted(wsrc) != sorted(docs):
        problems.append(f"who_what: sources {wsrc} do not cover the 5 documents once each")
    wids = [w.get("id") for w in wlines]
    if len(set(wids)) != len(wids):
        problems.append("who_what: duplicate ids")
    for w in wlines:
        wid = w.get("id")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            problems.append(f"{wid}: keys {sorted(w)}")
        src = w.get("source")
        if src not in ndocs:
            problems.append(f"{wid}: unknown source {src}")
            continue
        d = ndocs[src]
        if norm(w.get("directive", "")).split()[-1] not in d:
            problems.append(f"{wid}: directive number not in document")
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                problems.append(f"{wid}: actor keys {sorted(a)}")
            if norm(a.get("name", "")) not in d:
                problems.append(f"{wid}: actor name not verbatim: {a.get('name')!r}")
            if a.get("role") not in ROLES:
                problems.append(f"{wid}: bad role {a.get('role')!r}")
            if a.get("deadline") is not None and norm(a["deadline"]) not in d:
                problems.append(f"{wid}: deadline not verbatim: {a['deadline']!r}")
            tq = norm(a.get("task_quote", ""))
            if not 20 <= len(tq) <= 200:
                problems.append(f"{wid}: task_quote length {len(tq)}: {a.get('task_quote')[:40]!r}")
            if tq not in d:
                problems.append(f"{wid}: task_quote not verbatim: {a.get('task_quote')[:60]!r}")
        names = {norm(a.get("name", "")) for a in w.get("actors", [])}
        for x in w.get("intruders", []):
            if norm(x) not in d:
                problems.append(f"{wid}: intruder not in document: {x!r}")
            if norm(x) in names:
                problems.append(f"{wid}: intruder also listed as actor: {x!r}")

    if "--stats" in args or not problems:
        print(f"questions: {len(qs)}; kinds: {dict(sorted(kinds.items(), key=str))}")
        print(f"unanswerable {n_unans} ({pct(n_unans):.1f}%), no-diacritics {n_nodia} "
              f"({pct(n_nodia):.1f}%), abbreviations {n_abbr} ({pct(n_abbr):.1f}%), "
              f"follow-ups {n_fu} (unanswerable {n_fu_unans}), who-what {n_ww}, "
              f"metadata {n_meta}, corpus {n_corpus}")
        print("citations per document:", cite)
        print("words per document:", {n: len(t.split()) for n, t in docs.items()})
    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems:
            print(" -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
