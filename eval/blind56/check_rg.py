#!/usr/bin/env python3
"""Standalone checker for the blind56 evaluation set (no kg_rag import).

Reads corpus/*.txt|*.md (UTF-8), *.docx (zipfile + XML), *.pdf (pypdf), then checks
questions.jsonl and who_what.jsonl.  Prints "OK" or the list of problems.

Run:  /work/main/.venv/bin/python check_rg.py
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
QFILE = os.path.join(HERE, "questions.jsonl")
WWFILE = os.path.join(HERE, "who_what.jsonl")

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
Q_KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_OPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# abbreviations an officer would type (token match, case-sensitive unless lowered below)
ABBREV_RE = re.compile(
    r"(?<![\w&])(KH|CV|QĐ|QC|TB|BC|UBND|HĐND|KH&CN|KH&KT|GD&ĐT|GDĐT|VH-XH|VHXH|VHTTDL|CĐS|ĐMST|KH,CN|"
    r"THPT|THCS|TH|MTTQ|CNSCĐ|CNS|SĐT|sđt|TT|PT|TTr|NQ|CT|PCT|TP|BTV|ĐVS|TĐ|BCH|SV|HS|GV|"
    r"GDNN-GDTX|TT GDNN-GDTX|BTGDV|TW|AI|PGĐ|STEM|CSDL|Sở TC|KT|ĐT|DVC|CT-XH|BGK)(?![\w&])")


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml")
    root = ET.fromstring(xml)
    paras = []
    for p in root.iter(W + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(paras)


def read_pdf(path):
    from pypdf import PdfReader
    return "\n".join((pg.extract_text() or "") for pg in PdfReader(path).pages)


def read_doc(path):
    if path.endswith(".docx"):
        return read_docx(path)
    if path.endswith(".pdf"):
        return read_pdf(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def has_diacritics(s):
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.combining(ch) or ch in "đĐ":
            return True
    return False


def load_jsonl(path, problems):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            if unicodedata.normalize("NFC", line) != line:
                problems.append(f"{os.path.basename(path)}:{n} not NFC")
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                problems.append(f"{os.path.basename(path)}:{n} bad JSON: {e}")
    return rows


def main():
    problems, notes = [], []

    # ---------------- corpus ----------------
    files = sorted(f for f in os.listdir(CORPUS) if not f.startswith("."))
    docs_raw, docs = {}, {}
    for f in files:
        raw = read_doc(os.path.join(CORPUS, f))
        docs_raw[f] = raw
        docs[f] = norm(raw)
        if not re.match(r"^rg0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$", f):
            problems.append(f"corpus: bad file name {f}")
        if not f.endswith(".pdf") and unicodedata.normalize("NFC", raw) != raw:
            problems.append(f"corpus: {f} is not NFC")
        words = len(raw.split())
        notes.append(f"{f}: {words} words")
        if not 700 <= words <= 1500:
            problems.append(f"corpus: {f} has {words} words (want 700-1500)")
    if len(files) != 5:
        problems.append(f"corpus: {len(files)} files, want 5")
    exts = {os.path.splitext(f)[1] for f in files}
    for need in (".docx", ".pdf", ".txt"):
        if need not in exts:
            problems.append(f"corpus: no {need} file")
    if not any("|---" in docs_raw[f] for f in files if f.endswith((".md", ".txt"))):
        problems.append("corpus: no Markdown table in a .md/.txt file")
    for f in files:
        if f.endswith(".pdf"):
            from pypdf import PdfReader
            n = len(PdfReader(os.path.join(CORPUS, f)).pages)
            if not 2 <= n <= 4:
                problems.append(f"corpus: {f} has {n} pages (want 2-4)")
    n57 = sum(docs_raw[f].count("57-NQ/TW") for f in files)
    if n57 > 1:
        problems.append(f"corpus: '57-NQ/TW' used {n57} times")

    # ---------------- questions ----------------
    qs = load_jsonl(QFILE, problems)
    ids, seen_q = set(), []
    cites = Counter()
    kinds = Counter()
    n_unans = n_nd = n_abbr = n_follow = n_follow_unans = n_ww = 0
    for q in qs:
        qid = q.get("id", "?")
        keys = set(q)
        if not Q_KEYS <= keys or keys - Q_KEYS - Q_OPT:
            problems.append(f"{qid}: keys {sorted(keys)}")
        if not re.fullmatch(r"rg\d{3}", str(qid)):
            problems.append(f"{qid}: bad id")
        if qid in ids:
            problems.append(f"{qid}: duplicate id")
        ids.add(qid)
        text = q.get("question", "")
        if not text.strip():
            problems.append(f"{qid}: empty question")
        kind = q.get("kind")
        kinds[kind] += 1
        if kind not in KINDS:
            problems.append(f"{qid}: bad kind {kind}")
        ans = q.get("answerable")
        if not isinstance(ans, bool):
            problems.append(f"{qid}: answerable not bool")
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if not has_diacritics(text):
            n_nd += 1
        if ABBREV_RE.search(text):
            n_abbr += 1
        if kind == "no-diacritics" and has_diacritics(text):
            problems.append(f"{qid}: kind no-diacritics but text has diacritics")
        if kind == "unanswerable" and ans:
            problems.append(f"{qid}: kind unanswerable but answerable=true")
        if ans is False:
            n_unans += 1
            if ev or kw:
                problems.append(f"{qid}: unanswerable must have empty evidence/keywords")
        else:
            if not ev:
                problems.append(f"{qid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                problems.append(f"{qid}: {len(kw)} keywords (want 1-3)")
            quotes_norm = []
            srcs = set()
            for e in ev:
                src, quote = e.get("source"), e.get("quote", "")
                if set(e) != {"source", "quote"}:
                    problems.append(f"{qid}: evidence keys {sorted(e)}")
                if src not in docs:
                    problems.append(f"{qid}: unknown source {src}")
                    continue
                srcs.add(src)
                nq = norm(quote)
                if not 20 <= len(nq) <= 200:
                    problems.append(f"{qid}: quote length {len(nq)}: {quote[:40]!r}")
                if nq not in docs[src]:
                    problems.append(f"{qid}: quote not in {src}: {quote!r}")
                quotes_norm.append(nq)
            for s in srcs:
                cites[s] += 1
            joined = " || ".join(quotes_norm)
            in_quote = 0
            for k in kw:
                nk = norm(k)
                if nk in joined:
                    in_quote += 1
                elif not any(nk in docs[s] for s in srcs):
                    problems.append(f"{qid}: keyword {k!r} neither in quotes nor in cited files")
            if kw and in_quote == 0:
                problems.append(f"{qid}: no keyword inside the evidence quotes")
        hist = q.get("history")
        if hist is not None:
            if not isinstance(hist, list) or not hist:
                problems.append(f"{qid}: bad history")
            else:
                for h in hist:
                    if h not in seen_q:
                        problems.append(f"{qid}: history question not an earlier question: {h!r}")
        if kind == "follow-up":
            n_follow += 1
            if not hist:
                problems.append(f"{qid}: follow-up without history")
            if ans is False:
                n_follow_unans += 1
        elif hist:
            problems.append(f"{qid}: history on a non follow-up")
        acts = q.get("actors")
        if acts is not None:
            srcs = [e["source"] for e in ev if e.get("source") in docs]
            for a in acts:
                if not any(norm(a) in docs[s] for s in srcs):
                    problems.append(f"{qid}: actor {a!r} not verbatim in cited file")
        if kind == "who-what":
            n_ww += 1
            if not acts:
                problems.append(f"{qid}: who-what without actors")
        seen_q.append(text)

    total = len(qs)
    for f in files:
        if cites[f] < 12:
            problems.append(f"corpus: {f} cited by only {cites[f]} questions (want >= 12)")

    def pct(n):
        return 100.0 * n / total if total else 0.0

    if not 90 <= total <= 115:
        problems.append(f"questions: {total} lines (want ~100)")
    if pct(n_unans) < 22:
        problems.append(f"unanswerable {pct(n_unans):.1f}% < 22%")
    if pct(n_nd) < 15:
        problems.append(f"no-diacritics {pct(n_nd):.1f}% < 15%")
    if pct(n_abbr) < 12:
        problems.append(f"abbreviations {pct(n_abbr):.1f}% < 12%")
    if n_follow != 15:
        problems.append(f"follow-up pairs: {n_follow} (want 15)")
    if not 1 <= n_follow_unans <= 2:
        problems.append(f"unanswerable follow-ups: {n_follow_unans} (want 1-2)")
    if n_ww < 12:
        problems.append(f"who-what questions: {n_ww} (want >= 12)")
    for k in ("metadata", "corpus"):
        if kinds[k] < 3:
            problems.append(f"{k} questions: {kinds[k]} (want some)")

    # ---------------- who-what gold ----------------
    ww = load_jsonl(WWFILE, problems)
    wids = set()
    covered = set()
    for w in ww:
        wid = w.get("id", "?")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            problems.append(f"{wid}: keys {sorted(w)}")
        if wid in wids:
            problems.append(f"{wid}: duplicate id")
        wids.add(wid)
        src = w.get("source")
        if src not in docs:
            problems.append(f"{wid}: unknown source {src}")
            continue
        covered.add(src)
        d = docs[src]
        if not w.get("actors"):
            problems.append(f"{wid}: no actors")
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                problems.append(f"{wid}: actor keys {sorted(a)}")
            if norm(a.get("name", "")) not in d:
                problems.append(f"{wid}: actor name not verbatim: {a.get('name')!r}")
            if a.get("role") not in ROLES:
                problems.append(f"{wid}: bad role {a.get('role')!r}")
            tq = norm(a.get("task_quote", ""))
            if not 20 <= len(tq) <= 200:
                problems.append(f"{wid}: task_quote length {len(tq)} for {a.get('name')!r}")
            if tq not in d:
                problems.append(f"{wid}: task_quote not verbatim: {a.get('task_quote')!r}")
            dl = a.get("deadline")
            if dl is not None and norm(dl) not in d:
                problems.append(f"{wid}: deadline not verbatim: {dl!r}")
        for x in w.get("intruders", []):
            if norm(x) not in d:
                problems.append(f"{wid}: intruder not verbatim: {x!r}")
            if any(norm(x) == norm(a.get("name", "")) for a in w.get("actors", [])):
                problems.append(f"{wid}: intruder also listed as actor: {x!r}")
    for f in files:
        if f not in covered:
            problems.append(f"who_what: no line for {f}")

    # ---------------- report ----------------
    print(f"questions: {total}; kinds: {dict(sorted(kinds.items()))}")
    print(f"unanswerable {n_unans} ({pct(n_unans):.1f}%), no-diacritics {n_nd} ({pct(n_nd):.1f}%), "
          f"abbreviations {n_abbr} ({pct(n_abbr):.1f}%), follow-ups {n_follow} "
          f"({n_follow_unans} unanswerable), who-what {n_ww}")
    print("citations per file: " + ", ".join(f"{f}={cites[f]}" for f in files))
    for n in notes:
        print("  " + n)
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print("  - " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
