#!/usr/bin/env python3
"""Standalone checker for the blind34 evaluation set (no kg_rag import).

Reads corpus/*.txt|.md (UTF-8), .docx (zipfile + XML), .pdf (pypdf);
normalises text (NFC, lower case, whitespace collapsed) and checks
questions.jsonl and who_what.jsonl.  Prints OK or the list of problems.
Usage: python check_qj.py [set_dir]
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

SET_DIR = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(SET_DIR, "corpus")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
Q_KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_OPT = {"history", "actors"}
WW_KEYS = {"id", "directive", "source", "actors", "intruders"}
A_KEYS = {"name", "role", "deadline", "task_quote"}

ABBR_UPPER = re.compile(
    r"(?<![\w&])(KH|CV|QĐ|TB|BC|CTr|UBND|HĐND|KH&CN|GD&ĐT|CĐS|THCS|THPT|MTTQ|BTG|VH-TT|VH-XH|TTĐT|CNSCĐ|"
    r"HS|GV|ĐMST|CN|BTC|CĐSP|LĐLĐ|ND|DTTS|STKT|PGĐ|TT&TT|LHH|KH&KT)(?![\w&])")
ABBR_LOWER = re.compile(r"(?<![\w&])(kh|cv|qđ|qd|tb|ubnd|kh&cn|gd&đt|gd&dt|cđs|cds|thcs|thpt|mttq|btg|gd)(?![\w&])")


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).lower()).strip()


def read_docx(path):
    out = []
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")

    def par_text(p):
        return "".join(t.text or "" for t in p.iter(W + "t"))

    for el in body:
        if el.tag == W + "p":
            out.append(par_text(el))
        elif el.tag == W + "tbl":
            for tr in el.iter(W + "tr"):
                for tc in tr.findall(W + "tc"):
                    for p in tc.iter(W + "p"):
                        out.append(par_text(p))
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


def has_diacritics(s):
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.category(ch) == "Mn" or ch in "đĐ":
            return True
    return False


def uses_abbr(s):
    return bool(ABBR_UPPER.search(s) or ABBR_LOWER.search(s))


def main():
    problems = []

    def bad(msg):
        problems.append(msg)

    # ---------------------------------------------------------------- corpus
    files = sorted(os.listdir(CORPUS))
    raw, docs = {}, {}
    for fn in files:
        if not re.fullmatch(r"qj0[1-5]_[a-z0-9_]+\.(docx|pdf|txt|md)", fn):
            bad(f"corpus: unexpected file name {fn}")
            continue
        t = read_any(os.path.join(CORPUS, fn))
        raw[fn] = t
        docs[fn] = norm(t)
        if fn.endswith((".txt", ".md")) and unicodedata.normalize("NFC", t) != t:
            bad(f"corpus: {fn} is not NFC")
        nw = len(t.split())
        if not 700 <= nw <= 1500:
            bad(f"corpus: {fn} has {nw} words (want 700-1500)")
    if len(docs) != 5:
        bad(f"corpus: {len(docs)} documents, want 5")
    exts = {fn.rsplit(".", 1)[1] for fn in docs}
    for e in ("docx", "pdf", "txt"):
        if e not in exts:
            bad(f"corpus: no .{e} file")
    if not any("|---" in raw[f] or "|----" in raw[f] for f in raw if f.endswith((".md", ".txt"))):
        bad("corpus: no Markdown table in a .md/.txt file")
    for fn, t in raw.items():
        if "57-nq/tw" in docs[fn]:
            n = docs[fn].count("57-nq/tw")
            if n > 1 or "căn cứ nghị quyết số 57-nq/tw" not in docs[fn]:
                bad(f"corpus: {fn} uses 57-NQ/TW other than as one basis citation")

    # ---------------------------------------------------------------- questions
    qpath = os.path.join(SET_DIR, "questions.jsonl")
    rows = []
    with open(qpath, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if unicodedata.normalize("NFC", line) != line:
                bad(f"questions.jsonl line {ln}: not NFC")
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad(f"questions.jsonl line {ln}: bad JSON ({e})")
    ids, seen_q = set(), []
    cites = {fn: 0 for fn in docs}
    for r in rows:
        rid = r.get("id", "?")
        keys = set(r)
        if not Q_KEYS <= keys or keys - Q_KEYS - Q_OPT:
            bad(f"{rid}: keys {sorted(keys)}")
        if not re.fullmatch(r"qj\d{3}", str(rid)):
            bad(f"{rid}: bad id")
        if rid in ids:
            bad(f"{rid}: duplicate id")
        ids.add(rid)
        if r.get("kind") not in KINDS:
            bad(f"{rid}: bad kind {r.get('kind')}")
        if not isinstance(r.get("answerable"), bool):
            bad(f"{rid}: answerable must be bool")
        qtext = r.get("question", "")
        if not qtext.strip():
            bad(f"{rid}: empty question")
        for h in r.get("history", []):
            if h not in seen_q:
                bad(f"{rid}: history question is not an earlier question: {h!r}")
        ev, kw = r.get("evidence", []), r.get("keywords", [])
        if r.get("answerable") is False:
            if ev or kw:
                bad(f"{rid}: unanswerable must have empty evidence and keywords")
            if r.get("kind") not in ("unanswerable", "follow-up"):
                bad(f"{rid}: unanswerable question with kind {r.get('kind')}")
        else:
            if not ev:
                bad(f"{rid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                bad(f"{rid}: want 1-3 keywords, got {len(kw)}")
            srcs = set()
            nquotes = []
            for e in ev:
                src, quote = e.get("source"), e.get("quote", "")
                if set(e) != {"source", "quote"}:
                    bad(f"{rid}: evidence keys {sorted(e)}")
                if src not in docs:
                    bad(f"{rid}: unknown source {src}")
                    continue
                srcs.add(src)
                nq = norm(quote)
                if not 20 <= len(nq) <= 200:
                    bad(f"{rid}: quote length {len(nq)} not in 20-200: {quote!r}")
                if nq not in docs[src]:
                    bad(f"{rid}: quote not found in {src}: {quote!r}")
                nquotes.append(nq)
            for src in srcs:
                cites[src] += 1
            for k in kw:
                nk = norm(k)
                if not any(nk in x for x in nquotes) and not any(nk in docs[s] for s in srcs):
                    bad(f"{rid}: keyword {k!r} not in evidence quotes nor cited files")
            for a in r.get("actors", []):
                if not any(norm(a) in docs[s] for s in srcs):
                    bad(f"{rid}: actor {a!r} not found in cited files")
        seen_q.append(qtext)

    n = len(rows)
    if n:
        n_un = sum(1 for r in rows if r.get("answerable") is False)
        n_nd = sum(1 for r in rows if not has_diacritics(r["question"]))
        n_ab = sum(1 for r in rows if uses_abbr(r["question"]))
        n_fu = sum(1 for r in rows if r.get("history"))
        n_fu_un = sum(1 for r in rows if r.get("history") and r.get("answerable") is False)
        n_ww = sum(1 for r in rows if r.get("kind") == "who-what" and r.get("actors"))
        kinds = {}
        for r in rows:
            kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
        stats = (f"{n} questions; unanswerable {n_un} ({100*n_un/n:.1f}%); no-diacritics {n_nd} "
                 f"({100*n_nd/n:.1f}%); abbreviations {n_ab} ({100*n_ab/n:.1f}%); follow-ups {n_fu} "
                 f"({n_fu_un} unanswerable); who-what with actors {n_ww}; kinds {kinds}; "
                 f"citations per document {cites}")
        if n_un / n < 0.22:
            bad(f"unanswerable share {n_un}/{n} < 22%")
        if n_nd / n < 0.15:
            bad(f"no-diacritics share {n_nd}/{n} < 15%")
        if n_ab / n < 0.12:
            bad(f"abbreviation share {n_ab}/{n} < 12%")
        if n_fu < 15:
            bad(f"only {n_fu} follow-ups (want 15)")
        if not 1 <= n_fu_un <= 2:
            bad(f"{n_fu_un} unanswerable follow-ups (want 1-2)")
        if n_ww < 12:
            bad(f"only {n_ww} who-what questions with actors")
        for k in ("metadata", "corpus"):
            if kinds.get(k, 0) == 0:
                bad(f"no {k} questions")
        for fn, c in cites.items():
            if c < 12:
                bad(f"{fn} cited by only {c} questions")
    else:
        stats = "no questions"
        bad("questions.jsonl is empty")

    # ---------------------------------------------------------------- who-what
    wpath = os.path.join(SET_DIR, "who_what.jsonl")
    wsrc = set()
    with open(wpath, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if unicodedata.normalize("NFC", line) != line:
                bad(f"who_what.jsonl line {ln}: not NFC")
            w = json.loads(line)
            wid = w.get("id", "?")
            if set(w) != WW_KEYS:
                bad(f"{wid}: keys {sorted(w)}")
            src = w.get("source")
            if src not in docs:
                bad(f"{wid}: unknown source {src}")
                continue
            wsrc.add(src)
            d = docs[src]
            names = set()
            for a in w.get("actors", []):
                if set(a) != A_KEYS:
                    bad(f"{wid}: actor keys {sorted(a)}")
                if a.get("role") not in ROLES:
                    bad(f"{wid}: bad role {a.get('role')!r}")
                if norm(a["name"]) not in d:
                    bad(f"{wid}: actor name not in document: {a['name']!r}")
                names.add(norm(a["name"]))
                tq = norm(a.get("task_quote") or "")
                if not 20 <= len(tq) <= 200:
                    bad(f"{wid}: task_quote length {len(tq)}: {a.get('task_quote')!r}")
                if tq not in d:
                    bad(f"{wid}: task_quote not in document: {a.get('task_quote')!r}")
                if a.get("deadline") is not None and norm(a["deadline"]) not in d:
                    bad(f"{wid}: deadline not in document: {a['deadline']!r}")
            if not w.get("actors"):
                bad(f"{wid}: no actors")
            for x in w.get("intruders", []):
                if norm(x) not in d:
                    bad(f"{wid}: intruder not in document: {x!r}")
                if norm(x) in names:
                    bad(f"{wid}: intruder also listed as actor: {x!r}")
    for fn in docs:
        if fn not in wsrc:
            bad(f"who_what.jsonl: no line for {fn}")

    print(stats)
    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
