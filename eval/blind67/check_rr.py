#!/usr/bin/env python3
"""Standalone checker for the blind67 evaluation set (no kg_rag import).

Reads corpus/*.txt|*.md (UTF-8), *.docx (zipfile + XML), *.pdf (pypdf), normalises text
(NFC, lower case, whitespace collapsed) and checks questions.jsonl and who_what.jsonl.
Usage: python check_rr.py [--stats]
Prints OK (exit 0) or the list of problems (exit 1).
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
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
OPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = re.compile(r"(?<![\w&])(UBND|KH|CV|QĐ|QD|TB|TTr|BC|GD&ĐT|GD&DT|GDĐT|PGD&ĐT|LĐ-TB&XH|LD-TB&XH|"
                  r"LĐTBXH|LDTBXH|THCS|THPT|GDNN|GDTX|MTTQ|NHCSXH|GQVL|KNS|TT&TT|DVVL|HP|HS|TP|TX|CĐS|"
                  r"KH&CN|HĐND|XKLĐ|LĐ|TT|PCT|KT-KT|TCKT)(?![\w])")
W = "w"
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Place names used by earlier sets (the list given in the brief), checked case-sensitively.
FORBIDDEN_FILE = os.path.join(HERE, "forbidden_names.txt")


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(WNS + "p"):
        paras.append("".join(t.text or "" for t in p.iter(WNS + "t")))
    return "\n".join(paras)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(pg.extract_text() or "" for pg in r.pages), len(r.pages)


def read_any(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        with open(path, encoding="utf-8") as f:
            return f.read(), None
    if ext == "docx":
        return read_docx(path), None
    if ext == "pdf":
        return read_pdf(path)
    raise ValueError(path)


DIAC = set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")


def has_diacritics(s):
    return any(ch in DIAC for ch in unicodedata.normalize("NFC", s).lower())


def words(s):
    return len(re.findall(r"\w+", s))


def main():
    problems = []
    stats = "--stats" in sys.argv
    files = sorted(os.listdir(CORPUS))
    raw, text = {}, {}
    for fn in files:
        t, pages = read_any(os.path.join(CORPUS, fn))
        raw[fn] = t
        text[fn] = norm(t)
        if not re.match(r"rr0[1-5]_[a-z0-9]+\.(txt|md|docx|pdf)$", fn):
            problems.append(f"bad corpus file name {fn}")
        if fn.endswith((".txt", ".md")) and unicodedata.normalize("NFC", t) != t:
            problems.append(f"{fn}: not NFC")
        n = words(t)
        if not 700 <= n <= 1500:
            problems.append(f"{fn}: {n} words (want 700-1500)")
        if pages is not None and not 2 <= pages <= 4:
            problems.append(f"{fn}: {pages} pages (want 2-4)")
        if stats:
            print(f"{fn}: {n} words" + (f", {pages} pages" if pages else ""))
    if len(files) != 5:
        problems.append(f"corpus has {len(files)} files, want 5")

    # forbidden place names (case-sensitive, whole-word boundaries)
    if os.path.exists(FORBIDDEN_FILE):
        with open(FORBIDDEN_FILE, encoding="utf-8") as f:
            forb = [unicodedata.normalize("NFC", x.strip()) for x in f.read().split(",") if x.strip()]
        blobs = {fn: unicodedata.normalize("NFC", raw[fn]) for fn in files}
        for extra in ("questions.jsonl", "who_what.jsonl"):
            p = os.path.join(HERE, extra)
            if os.path.exists(p):
                with open(p, encoding="utf-8") as f:
                    blobs[extra] = unicodedata.normalize("NFC", f.read())
        for name in forb:
            pat = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
            for fn, b in blobs.items():
                b1 = re.sub(r"\s+", " ", b)
                if pat.search(b1):
                    problems.append(f"{fn}: uses forbidden name {name!r}")

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
            except json.JSONDecodeError as e:
                problems.append(f"questions.jsonl line {ln}: {e}")
    ids = Counter(q.get("id") for q in qs)
    for i, c in ids.items():
        if c > 1:
            problems.append(f"duplicate id {i}")
    seen_q = []
    cites = Counter()
    for idx, q in enumerate(qs):
        qid = q.get("id", f"#{idx}")
        keys = set(q)
        if not KEYS <= keys or keys - KEYS - OPT:
            problems.append(f"{qid}: keys {sorted(keys)}")
        if not re.fullmatch(r"rr\d{3}", str(qid)):
            problems.append(f"{qid}: id format")
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
                problems.append(f"{qid}: {len(kw)} keywords")
            if q.get("kind") == "unanswerable":
                problems.append(f"{qid}: kind unanswerable but answerable=true")
        else:
            problems.append(f"{qid}: answerable not bool")
        evq = []
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in text:
                problems.append(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                problems.append(f"{qid}: quote length {len(nq)}: {quote[:50]!r}")
            if nq not in text[src]:
                problems.append(f"{qid}: quote not in {src}: {quote[:70]!r}")
            evq.append(nq)
        for s in srcs:
            cites[s] += 1
        for k in kw:
            nk = norm(k)
            if not any(nk in x for x in evq) and not any(nk in text[s] for s in srcs):
                problems.append(f"{qid}: keyword not in evidence/file: {k!r}")
            if not any(nk in x for x in evq) and stats:
                print(f"  note {qid}: keyword {k!r} only in cited file, not in quote")
        for a in q.get("actors", []) or []:
            if not any(norm(a) in text[s] for s in srcs):
                problems.append(f"{qid}: actor not verbatim in cited file: {a!r}")
        if q.get("kind") == "who-what" and not q.get("actors"):
            problems.append(f"{qid}: who-what without actors")
        for h in q.get("history", []) or []:
            if h not in seen_q:
                problems.append(f"{qid}: history question is not an earlier question: {h[:50]!r}")
        if q.get("kind") == "follow-up" and not q.get("history"):
            problems.append(f"{qid}: follow-up without history")
        seen_q.append(q.get("question"))

    n = len(qs)
    if n:
        unans = sum(1 for q in qs if q.get("answerable") is False)
        nodia = sum(1 for q in qs if not has_diacritics(q["question"]))
        abbr = sum(1 for q in qs if ABBR.search(unicodedata.normalize("NFC", q["question"])))
        fups = [q for q in qs if q.get("history")]
        fup_un = sum(1 for q in fups if q.get("answerable") is False)
        ww = sum(1 for q in qs if q.get("kind") == "who-what" and q.get("actors"))
        kinds = Counter(q.get("kind") for q in qs)
        if not 90 <= n <= 110:
            problems.append(f"{n} questions (want ~100)")
        if unans / n < 0.22:
            problems.append(f"unanswerable {unans}/{n} < 22%")
        if nodia / n < 0.15:
            problems.append(f"no-diacritics {nodia}/{n} < 15%")
        if abbr / n < 0.12:
            problems.append(f"abbreviations {abbr}/{n} < 12%")
        if len(fups) != 15:
            problems.append(f"{len(fups)} follow-ups (want 15)")
        if not 1 <= fup_un <= 2:
            problems.append(f"{fup_un} unanswerable follow-ups (want 1-2)")
        if ww < 12:
            problems.append(f"who-what with actors {ww} < 12")
        for k in ("metadata", "corpus"):
            if not kinds.get(k):
                problems.append(f"no {k} questions")
        for fn in files:
            if cites[fn] < 12:
                problems.append(f"{fn} cited by {cites[fn]} questions (< 12)")
        if stats:
            print(f"questions {n}; kinds {dict(sorted(kinds.items()))}")
            print(f"unanswerable {unans} ({unans/n:.0%}); no-diacritics {nodia} ({nodia/n:.0%}); "
                  f"abbreviations {abbr} ({abbr/n:.0%}); follow-ups {len(fups)} (unanswerable {fup_un}); "
                  f"who-what {ww}")
            print("citations per file", dict(sorted(cites.items())))

    # who-what gold
    wws = []
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if line.strip():
                if unicodedata.normalize("NFC", line) != line:
                    problems.append(f"who_what.jsonl line {ln}: not NFC")
                wws.append(json.loads(line))
    if Counter(w.get("id") for w in wws).most_common(1)[0][1] > 1:
        problems.append("who_what: duplicate ids")
    if sorted(w.get("source") for w in wws) != files:
        problems.append("who_what: need exactly one line per document")
    for w in wws:
        wid, src = w.get("id"), w.get("source")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            problems.append(f"{wid}: keys {sorted(w)}")
        if src not in text:
            problems.append(f"{wid}: unknown source {src}")
            continue
        t = text[src]
        if not w.get("directive"):
            problems.append(f"{wid}: no directive")
        if not w.get("actors"):
            problems.append(f"{wid}: no actors")
        actor_names = set()
        for a in w.get("actors", []):
            nm = a.get("name", "")
            actor_names.add(norm(nm))
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                problems.append(f"{wid}: actor keys {sorted(a)}")
            if norm(nm) not in t:
                problems.append(f"{wid}: actor name not verbatim: {nm!r}")
            if a.get("role") not in ROLES:
                problems.append(f"{wid}: bad role {a.get('role')!r}")
            if a.get("deadline") is not None and norm(a["deadline"]) not in t:
                problems.append(f"{wid}: deadline not verbatim: {a['deadline']!r}")
            tq = norm(a.get("task_quote", ""))
            if not 20 <= len(tq) <= 200:
                problems.append(f"{wid}: task_quote length {len(tq)} for {nm!r}")
            if tq not in t:
                problems.append(f"{wid}: task_quote not verbatim for {nm!r}: {a.get('task_quote','')[:60]!r}")
        for it in w.get("intruders", []):
            if norm(it) not in t:
                problems.append(f"{wid}: intruder not in file: {it!r}")
            if norm(it) in actor_names:
                problems.append(f"{wid}: intruder also listed as actor: {it!r}")
        if stats:
            print(f"{wid} {w.get('directive')}: {len(w.get('actors', []))} actors, "
                  f"{len(w.get('intruders', []))} intruders")

    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems:
            print(" -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
