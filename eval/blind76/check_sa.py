#!/usr/bin/env python3
"""Standalone checker for the blind76 evaluation set (no kg_rag import).

Usage: /work/main/.venv/bin/python check_sa.py
Reads corpus/ (.txt/.md UTF-8, .docx via zipfile+XML, .pdf via pypdf), questions.jsonl and
who_what.jsonl; prints OK or the list of problems (exit code 1 on problems).
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
QFILE = os.path.join(HERE, "questions.jsonl")
WFILE = os.path.join(HERE, "who_what.jsonl")

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
Q_REQUIRED = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_OPTIONAL = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBREV_RE = re.compile(
    r"(?<![\w&/-])(UBND|HĐND|KH&CN|KHCN|SHTT|HTX|ĐMST|NN&MT|MTTQ|TMĐT|TNHH|PCT|QĐ|KH|TB|HD|BB|CT|"
    r"NQ|CV|TTr|BTV|VP|ĐH|HĐ|TP|TX|KN|QLKH|CĐS|GD&ĐT|THCS|VH-TT|TT&TT|ĐT|DN|DNT)(?![\w&/-])")

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def has_diacritics(s):
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.combining(ch) or ch in "đĐ":
            return True
    return False


W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    lines = []
    for p in root.iter(W_NS + "p"):
        lines.append("".join(t.text or "" for t in p.iter(W_NS + "t")))
    return "\n".join(lines)


def read_pdf(path):
    from pypdf import PdfReader
    return "\n".join((pg.extract_text() or "") for pg in PdfReader(path).pages)


def read_doc(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if ext == "docx":
        return read_docx(path)
    if ext == "pdf":
        return read_pdf(path)
    raise ValueError("unknown extension: " + path)


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if unicodedata.normalize("NFC", line) != line:
                bad(f"{os.path.basename(path)}:{n}: line is not NFC")
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad(f"{os.path.basename(path)}:{n}: bad JSON ({e})")
    return rows


def main():
    # ---------------- corpus ----------------
    docs, raw = {}, {}
    names = sorted(os.listdir(CORPUS))
    if len(names) != 5:
        bad(f"corpus should hold 5 files, holds {len(names)}")
    for i, name in enumerate(names, 1):
        if not re.fullmatch(r"sa0%d_[a-z0-9_]+\.(txt|md|docx|pdf)" % i, name):
            bad(f"corpus file name not in sa0N_<short>.<ext> form: {name}")
        text = read_doc(os.path.join(CORPUS, name))
        raw[name] = text
        docs[name] = norm(text)
        if unicodedata.normalize("NFC", text) != text:
            bad(f"{name}: text is not NFC")
        wc = len(text.split())
        if not 700 <= wc <= 1500:
            bad(f"{name}: {wc} words, outside 700-1500")
    exts = {n.rsplit(".", 1)[1] for n in names}
    for e in ("txt", "docx", "pdf"):
        if e not in exts:
            bad(f"no .{e} file in corpus")
    for n in names:
        if n.endswith(".pdf"):
            from pypdf import PdfReader
            np_ = len(PdfReader(os.path.join(CORPUS, n)).pages)
            if not 2 <= np_ <= 4:
                bad(f"{n}: {np_} pages, expected 2-4")
    if not any(re.search(r"^\|.*\|\s*$\n^\|[-:| ]+\|\s*$", raw[n], re.M)
               for n in names if n.endswith((".md", ".txt"))):
        bad("no Markdown table in any .md/.txt file")

    def in_doc(src, s):
        return src in docs and norm(s) in docs[src]

    # ---------------- questions ----------------
    qs = load_jsonl(QFILE)
    ids, seen_q = set(), []
    cites = {n: 0 for n in names}
    n_unans = n_nodia = n_abbr = n_follow = n_follow_unans = n_who = 0
    kinds = {}
    for q in qs:
        qid = q.get("id", "?")
        keys = set(q)
        if not Q_REQUIRED <= keys or keys - Q_REQUIRED - Q_OPTIONAL:
            bad(f"{qid}: wrong keys {sorted(keys)}")
            continue
        if not re.fullmatch(r"sa\d{3}", qid):
            bad(f"{qid}: id not in saNNN form")
        if qid in ids:
            bad(f"{qid}: duplicate id")
        ids.add(qid)
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
        if q["kind"] not in KINDS:
            bad(f"{qid}: unknown kind {q['kind']}")
        if not isinstance(q["answerable"], bool):
            bad(f"{qid}: answerable must be true/false")
        text = q["question"]
        if not text.strip():
            bad(f"{qid}: empty question")
        if not has_diacritics(text):
            n_nodia += 1
        elif q["kind"] == "no-diacritics":
            bad(f"{qid}: kind no-diacritics but the question has diacritics")
        if ABBREV_RE.search(text):
            n_abbr += 1
        elif q["kind"] == "abbreviation":
            bad(f"{qid}: kind abbreviation but no abbreviation found")
        for h in q.get("history", []):
            if h not in seen_q:
                bad(f"{qid}: history question is not an earlier question: {h[:60]}")
        if "history" in q:
            n_follow += 1
            if not q["answerable"]:
                n_follow_unans += 1
        if q["kind"] == "follow-up" and "history" not in q:
            bad(f"{qid}: follow-up without history")
        if q["answerable"] is False:
            n_unans += 1
            if q["evidence"] or q["keywords"]:
                bad(f"{qid}: unanswerable question must have empty evidence and keywords")
        else:
            if not q["evidence"]:
                bad(f"{qid}: answerable question without evidence")
            if not 1 <= len(q["keywords"]) <= 3:
                bad(f"{qid}: needs 1-3 keywords, has {len(q['keywords'])}")
            srcs = set()
            for ev in q["evidence"]:
                if set(ev) != {"source", "quote"}:
                    bad(f"{qid}: evidence keys {sorted(ev)}")
                    continue
                src, quote = ev["source"], ev["quote"]
                srcs.add(src)
                if src not in docs:
                    bad(f"{qid}: unknown source {src}")
                    continue
                if not 20 <= len(quote) <= 200:
                    bad(f"{qid}: quote length {len(quote)} outside 20-200")
                if not in_doc(src, quote):
                    bad(f"{qid}: quote not found in {src}: {quote[:70]!r}")
            for s in srcs:
                if s in cites:
                    cites[s] += 1
            ev_text = " ".join(norm(e.get("quote", "")) for e in q["evidence"])
            for kw in q["keywords"]:
                if norm(kw) not in ev_text and not any(in_doc(s, kw) for s in srcs):
                    bad(f"{qid}: keyword not in evidence or cited file: {kw!r}")
            for a in q.get("actors", []):
                if not any(in_doc(s, a) for s in srcs):
                    bad(f"{qid}: actor not found verbatim in cited file: {a!r}")
        if q["kind"] == "who-what":
            if q.get("actors"):
                n_who += 1
            else:
                bad(f"{qid}: who-what question without actors")
        seen_q.append(text)

    n = len(qs)
    if not 90 <= n <= 115:
        bad(f"{n} questions, expected about 100")
    pct = lambda k: 100.0 * k / n if n else 0.0
    if pct(n_unans) < 22:
        bad(f"unanswerable {pct(n_unans):.1f}% < 22%")
    if pct(n_nodia) < 15:
        bad(f"no-diacritics {pct(n_nodia):.1f}% < 15%")
    if pct(n_abbr) < 12:
        bad(f"abbreviations {pct(n_abbr):.1f}% < 12%")
    if n_follow < 15:
        bad(f"only {n_follow} follow-ups (need 15)")
    if n_follow_unans < 1:
        bad("no unanswerable follow-up")
    if n_who < 12:
        bad(f"only {n_who} who-what questions with actors (need 12)")
    for k in ("metadata", "corpus"):
        if kinds.get(k, 0) < 1:
            bad(f"no {k} questions")
    for s, c in cites.items():
        if c < 12:
            bad(f"{s} cited by only {c} questions (need 12)")

    # ---------------- who-what gold ----------------
    ww = load_jsonl(WFILE)
    if len(ww) != len(names):
        bad(f"who_what.jsonl has {len(ww)} lines, expected {len(names)}")
    wsrc = set()
    for w in ww:
        wid = w.get("id", "?")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            bad(f"{wid}: wrong keys {sorted(w)}")
            continue
        src = w["source"]
        wsrc.add(src)
        if src not in docs:
            bad(f"{wid}: unknown source {src}")
            continue
        if not w["actors"]:
            bad(f"{wid}: no actors")
        names_w = set()
        for a in w["actors"]:
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                bad(f"{wid}: actor keys {sorted(a)}")
                continue
            names_w.add(norm(a["name"]))
            if not in_doc(src, a["name"]):
                bad(f"{wid}: actor name not verbatim in {src}: {a['name']!r}")
            if a["role"] not in ROLES:
                bad(f"{wid}: bad role {a['role']!r}")
            if a["deadline"] is not None and not in_doc(src, a["deadline"]):
                bad(f"{wid}: deadline not verbatim: {a['deadline']!r}")
            tq = a["task_quote"]
            if not 20 <= len(tq) <= 200:
                bad(f"{wid}: task_quote length {len(tq)}: {tq[:50]!r}")
            if not in_doc(src, tq):
                bad(f"{wid}: task_quote not verbatim in {src}: {tq[:70]!r}")
        for it in w["intruders"]:
            if not in_doc(src, it):
                bad(f"{wid}: intruder not in document: {it!r}")
            if norm(it) in names_w:
                bad(f"{wid}: intruder is also listed as actor: {it!r}")
    for s in names:
        if s not in wsrc:
            bad(f"who_what.jsonl has no line for {s}")

    # ---------------- report ----------------
    print(f"questions: {n}; unanswerable {n_unans} ({pct(n_unans):.1f}%), no-diacritics {n_nodia} "
          f"({pct(n_nodia):.1f}%), abbreviations {n_abbr} ({pct(n_abbr):.1f}%), follow-ups {n_follow} "
          f"({n_follow_unans} unanswerable), who-what with actors {n_who}")
    print("kinds:", dict(sorted(kinds.items())))
    print("citations per document:", cites)
    print("words per document:", {k: len(v.split()) for k, v in raw.items()})
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
