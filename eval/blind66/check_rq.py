#!/usr/bin/env python3
"""Standalone checker for eval set blind66 (no kg_rag import).

Usage: python check_rq.py [--dump]   (--dump prints the normalised text of every file)
Prints OK or the list of problems (exit code 1 on problems).
"""
import json
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBREV = ["KH", "CV", "QĐ", "TB", "BC", "CTr", "UBND", "HĐND", "KH&CN", "GD&ĐT", "VH-TT&DL",
          "VHTTDL", "VH-TT", "VHTT", "CĐS", "THCS", "THPT", "MTTQ", "BQL", "BQLDT", "TTYT", "CA",
          "QLDSVH", "QLDT", "VH-XH", "TP", "TTr", "TW"]
# place names / strings used by earlier sets (case-sensitive check, see task brief)
BANNED_FILE = os.path.join(HERE, "banned_names.txt")


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    try:
        import docx  # python-docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    except ImportError:
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        xml = re.sub(r"<[^>]+>", "", xml)
        import html
        return html.unescape(xml)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((pg.extract_text() or "") for pg in r.pages)


def read_any(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return read_docx(path)
    if ext == "pdf":
        return read_pdf(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def has_diacritics(s):
    d = unicodedata.normalize("NFD", s)
    if any(unicodedata.combining(c) for c in d):
        return True
    return any(c in "đĐ" for c in s)


def uses_abbrev(q):
    for a in ABBREV:
        if re.search(r"(?<![\wÀ-ỹ])" + re.escape(a) + r"(?![\wÀ-ỹ])", q):
            return True
    return False


def main():
    problems = []
    files = sorted(os.listdir(CORPUS))
    raw = {}
    for fn in files:
        raw[fn] = read_any(os.path.join(CORPUS, fn))
    texts = {fn: norm(t) for fn, t in raw.items()}
    if "--dump" in sys.argv:
        for fn in files:
            print("=====", fn, len(raw[fn].split()), "words")
            print(raw[fn])
        return 0

    # corpus files
    if len(files) != 5:
        problems.append(f"corpus has {len(files)} files, expected 5")
    for fn in files:
        if not re.match(r"rq0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$", fn):
            problems.append(f"bad file name {fn}")
        n = len(raw[fn].split())
        if not 700 <= n <= 1500:
            problems.append(f"{fn}: {n} words (want 700-1500)")
        if fn.endswith((".txt", ".md")) and unicodedata.normalize("NFC", raw[fn]) != raw[fn]:
            problems.append(f"{fn}: not NFC")
    if os.path.exists(BANNED_FILE):
        banned = [b.strip() for b in open(BANNED_FILE, encoding="utf-8").read().split(",")
                  if b.strip()]
        for fn in files:
            t = unicodedata.normalize("NFC", re.sub(r"\s+", " ", raw[fn]))
            for b in banned:
                if b in t:
                    problems.append(f"{fn}: uses banned string '{b}'")

    # questions
    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            if unicodedata.normalize("NFC", line) != line:
                problems.append(f"questions.jsonl line {ln}: not NFC")
            try:
                qs.append(json.loads(line))
            except Exception as e:  # noqa
                problems.append(f"questions.jsonl line {ln}: bad JSON {e}")
    ids = [q.get("id") for q in qs]
    if len(ids) != len(set(ids)):
        problems.append("duplicate question ids")
    seen_q = []
    cites = {fn: 0 for fn in files}
    for q in qs:
        qid = q.get("id")
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            problems.append(f"{qid}: keys {sorted(keys)}")
        if not re.match(r"rq\d{3}$", str(qid)):
            problems.append(f"{qid}: bad id")
        if q.get("kind") not in KINDS:
            problems.append(f"{qid}: bad kind {q.get('kind')}")
        if os.path.exists(BANNED_FILE):
            for b in banned:
                if b in q["question"]:
                    problems.append(f"{qid}: question uses banned string '{b}'")
        ev = q.get("evidence", [])
        kw = q.get("keywords", [])
        if q.get("answerable") is False:
            if ev or kw:
                problems.append(f"{qid}: unanswerable but has evidence/keywords")
            if q.get("kind") != "unanswerable":
                problems.append(f"{qid}: unanswerable but kind {q.get('kind')}")
        elif q.get("answerable") is True:
            if not ev:
                problems.append(f"{qid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                problems.append(f"{qid}: {len(kw)} keywords")
            if q.get("kind") == "unanswerable":
                problems.append(f"{qid}: kind unanswerable but answerable true")
        else:
            problems.append(f"{qid}: answerable not bool")
        evtext = []
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in texts:
                problems.append(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                problems.append(f"{qid}: quote length {len(nq)}")
            if nq not in texts[src]:
                problems.append(f"{qid}: quote not found in {src}: {quote[:60]}")
            evtext.append(nq)
        for s in srcs:
            cites[s] += 1
        for k in kw:
            nk = norm(k)
            if not any(nk in t for t in evtext) and not any(nk in texts[s] for s in srcs):
                problems.append(f"{qid}: keyword '{k}' not in evidence or cited file")
        if "history" in q:
            for h in q["history"]:
                if h not in seen_q:
                    problems.append(f"{qid}: history question not an earlier question")
        if "actors" in q:
            for a in q["actors"]:
                if not any(norm(a) in texts[s] for s in srcs) and not any(
                        norm(a) in t for t in texts.values()):
                    problems.append(f"{qid}: actor '{a}' not found verbatim")
        seen_q.append(q["question"])

    n = len(qs)
    unans = sum(1 for q in qs if q.get("answerable") is False)
    nodia = sum(1 for q in qs if not has_diacritics(q["question"]))
    abbr = sum(1 for q in qs if uses_abbrev(q["question"]))
    fup = [q for q in qs if q.get("history")]
    fup_un = sum(1 for q in fup if q.get("answerable") is False)
    ww = sum(1 for q in qs if q.get("actors"))
    meta = sum(1 for q in qs if q.get("kind") == "metadata")
    corp = sum(1 for q in qs if q.get("kind") == "corpus")
    for q in qs:
        if q.get("kind") == "no-diacritics" and has_diacritics(q["question"]):
            problems.append(f"{q['id']}: kind no-diacritics but has diacritics")
        if q.get("kind") == "abbreviation" and not uses_abbrev(q["question"]):
            problems.append(f"{q['id']}: kind abbreviation but no abbreviation")
        if q.get("kind") == "who-what" and not q.get("actors"):
            problems.append(f"{q['id']}: who-what without actors")
        if q.get("kind") == "follow-up" and not q.get("history"):
            problems.append(f"{q['id']}: follow-up without history")
    if not 90 <= n <= 110:
        problems.append(f"{n} questions (want ~100)")
    if unans < 0.22 * n:
        problems.append(f"unanswerable {unans}/{n} < 22%")
    if nodia < 0.15 * n:
        problems.append(f"no-diacritics {nodia}/{n} < 15%")
    if abbr < 0.12 * n:
        problems.append(f"abbreviations {abbr}/{n} < 12%")
    if len(fup) < 15:
        problems.append(f"only {len(fup)} follow-ups")
    if not 1 <= fup_un <= 2:
        problems.append(f"{fup_un} unanswerable follow-ups (want 1-2)")
    if ww < 12:
        problems.append(f"only {ww} who-what questions")
    if meta < 3 or corp < 3:
        problems.append(f"metadata {meta}, corpus {corp} (want some of each)")
    for fn, c in cites.items():
        if c < 12:
            problems.append(f"{fn} cited by only {c} questions")

    # who-what gold
    wws = []
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                wws.append(json.loads(line))
    wsrc = [w["source"] for w in wws]
    if sorted(wsrc) != files:
        problems.append("who_what.jsonl must have one line per document")
    for w in wws:
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            problems.append(f"{w.get('id')}: keys {sorted(w)}")
        t = texts.get(w["source"], "")
        for a in w["actors"]:
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                problems.append(f"{w['id']}: actor keys {sorted(a)}")
            if norm(a["name"]) not in t:
                problems.append(f"{w['id']}: actor name not verbatim: {a['name']}")
            tq = norm(a["task_quote"])
            if tq not in t:
                problems.append(f"{w['id']}: task_quote not verbatim: {a['task_quote'][:60]}")
            if not 20 <= len(tq) <= 200:
                problems.append(f"{w['id']}: task_quote length {len(tq)}")
            if a["role"] not in ("chủ trì", "phối hợp", "thường trực", None):
                problems.append(f"{w['id']}: bad role {a['role']}")
            if a["deadline"] is not None and norm(a["deadline"]) not in t:
                problems.append(f"{w['id']}: deadline not verbatim: {a['deadline']}")
        for i in w["intruders"]:
            if norm(i) not in t:
                problems.append(f"{w['id']}: intruder not in text: {i}")

    print(f"files={len(files)} questions={n} unanswerable={unans} ({100*unans/n:.0f}%) "
          f"no-diacritics={nodia} ({100*nodia/n:.0f}%) abbreviations={abbr} ({100*abbr/n:.0f}%) "
          f"follow-ups={len(fup)} (unanswerable {fup_un}) who-what={ww} metadata={meta} "
          f"corpus={corp}")
    print("citations per file:", cites)
    kinds = {}
    for q in qs:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    print("kinds:", kinds)
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
