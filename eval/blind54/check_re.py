# -*- coding: utf-8 -*-
"""Standalone checker for eval set blind54 (no kg_rag needed).

Usage:  /work/main/.venv/bin/python check_re.py  [set_dir]
Prints OK (plus statistics) or the list of problems; exit code 1 on problems.
"""
import collections
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
SET = sys.argv[1] if len(sys.argv) > 1 else HERE
CORPUS = os.path.join(SET, "corpus")

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
Q_KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_OPT = {"history", "actors"}
WW_KEYS = {"id", "directive", "source", "actors", "intruders"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBREV = ["KH", "CV", "QĐ", "QD", "TB", "BC", "UBND", "KH&CN", "KHCN", "GD&ĐT", "GD&DT", "GDĐT",
          "CĐS", "CDS", "THCS", "THPT", "MTTQ", "UBMTTQ", "TTHC", "VH-TT&TT", "VH-XH", "TTĐT",
          "CNS", "CLB", "BGK", "HĐ", "SP", "HS", "GVHD", "TK", "ĐDĐT", "BTG", "HU", "TU", "CN",
          "TC-KH", "CC", "PT", "DTNT", "VH", "YT", "mxh", "tv", "đk", "đc", "ntn", "SKĐT", "KT"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):  # document order, includes table cells
        out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)


def read_pdf(path):
    import pypdf
    return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(path).pages)


def read_any(path):
    if path.endswith(".docx"):
        return read_docx(path)
    if path.endswith(".pdf"):
        return read_pdf(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def has_diacritics(s):
    return any(ord(c) > 127 for c in s)


def uses_abbrev(s):
    for a in ABBREV:
        if re.search(r"(?<![\w&])" + re.escape(a) + r"(?![\w&])", s, flags=re.I if a.islower() else 0):
            return True
    low = s.lower()
    return bool(re.search(r"(?<![\w&])(gd&dt|gd ?dt|khcn|kh&cn|ubnd|thcs|thpt|cds|tthc|mttq|vh-tt)(?![\w&])",
                          low))


# ---------------------------------------------------------------- corpus
texts, raw = {}, {}
files = sorted(os.listdir(CORPUS)) if os.path.isdir(CORPUS) else []
if len(files) != 5:
    bad(f"corpus must hold 5 files, found {len(files)}: {files}")
for fn in files:
    if not re.match(r"^re0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$", fn):
        bad(f"bad corpus file name {fn}")
    t = read_any(os.path.join(CORPUS, fn))
    raw[fn] = t
    texts[fn] = norm(t)
    if not fn.endswith(".pdf") and unicodedata.normalize("NFC", t) != t:
        bad(f"{fn}: text is not NFC")
    nw = len(t.split())
    if not 700 <= nw <= 1500:
        bad(f"{fn}: {nw} words (want 700-1500)")
exts = {os.path.splitext(f)[1] for f in files}
for need in (".docx", ".pdf", ".txt"):
    if need not in exts:
        bad(f"no {need} file in corpus")
if not any(f.endswith((".md", ".txt")) and re.search(r"^\|.*\|\s*$", raw[f], re.M) for f in files):
    bad("no .md/.txt with a Markdown table")


def found(src, quote):
    return src in texts and norm(quote) in texts[src]


# ---------------------------------------------------------------- questions
qpath = os.path.join(SET, "questions.jsonl")
qs = []
with open(qpath, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            continue
        if unicodedata.normalize("NFC", line) != line:
            bad(f"questions line {ln}: not NFC")
        try:
            qs.append(json.loads(line))
        except Exception as e:  # noqa
            bad(f"questions line {ln}: bad JSON {e}")

ids = [q.get("id") for q in qs]
for i, d in collections.Counter(ids).items():
    if d > 1:
        bad(f"duplicate id {i}")
seen_q = []
cites = collections.Counter()
kinds = collections.Counter()
n_unans = n_nodia = n_abbr = n_fu = n_fu_unans = n_ww = 0

for q in qs:
    qid = q.get("id", "?")
    keys = set(q)
    if not Q_KEYS <= keys or keys - Q_KEYS - Q_OPT:
        bad(f"{qid}: keys {sorted(keys)}")
        continue
    if not re.match(r"^re\d{3}$", qid):
        bad(f"{qid}: id format")
    kind = q["kind"]
    kinds[kind] += 1
    if kind not in KINDS:
        bad(f"{qid}: unknown kind {kind}")
    text = q["question"]
    if not has_diacritics(text):
        n_nodia += 1
    elif kind == "no-diacritics":
        bad(f"{qid}: kind no-diacritics but question has diacritics")
    if uses_abbrev(text):
        n_abbr += 1
    elif kind == "abbreviation":
        bad(f"{qid}: kind abbreviation but no abbreviation detected")
    if "history" in q:
        h = q["history"]
        if not isinstance(h, list) or not h:
            bad(f"{qid}: history must be a non-empty list")
        else:
            for hq in h:
                if hq not in seen_q:
                    bad(f"{qid}: history question is not an earlier question: {hq!r}")
    if kind == "follow-up":
        n_fu += 1
        if "history" not in q:
            bad(f"{qid}: follow-up without history")
        if not q["answerable"]:
            n_fu_unans += 1
    if kind == "who-what":
        n_ww += 1
        if not q.get("actors"):
            bad(f"{qid}: who-what without actors")
    if q["answerable"] is False:
        n_unans += 1
        if q["evidence"] or q["keywords"]:
            bad(f"{qid}: unanswerable must have empty evidence and keywords")
    elif q["answerable"] is True:
        if kind == "unanswerable":
            bad(f"{qid}: kind unanswerable but answerable=true")
        if not q["evidence"]:
            bad(f"{qid}: answerable without evidence")
        if not 1 <= len(q["keywords"]) <= 3:
            bad(f"{qid}: needs 1-3 keywords")
        srcs = set()
        evtext = ""
        for ev in q["evidence"]:
            src, quote = ev.get("source"), ev.get("quote", "")
            if set(ev) != {"source", "quote"}:
                bad(f"{qid}: evidence keys {sorted(ev)}")
            if src not in texts:
                bad(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            if not 20 <= len(norm(quote)) <= 200:
                bad(f"{qid}: quote length {len(norm(quote))}: {quote!r}")
            if not found(src, quote):
                bad(f"{qid}: quote not found in {src}: {quote!r}")
            evtext += " " + norm(quote)
        for s in srcs:
            cites[s] += 1
        for kw in q["keywords"]:
            k = norm(kw)
            if k not in evtext and not any(k in texts[s] for s in srcs):
                bad(f"{qid}: keyword {kw!r} not in evidence nor cited file")
        for a in q.get("actors", []):
            if not any(norm(a) in texts[s] for s in srcs):
                bad(f"{qid}: actor {a!r} not verbatim in cited file(s)")
    else:
        bad(f"{qid}: answerable must be true/false")
    for s in [text] + q.get("keywords", []) + [e.get("quote", "") for e in q.get("evidence", [])]:
        if unicodedata.normalize("NFC", s) != s:
            bad(f"{qid}: string not NFC: {s!r}")
    seen_q.append(text)

N = len(qs)
pct = lambda n: 100.0 * n / N if N else 0.0  # noqa
if not 90 <= N <= 120:
    bad(f"{N} questions (want about 100)")
if pct(n_unans) < 22:
    bad(f"unanswerable {pct(n_unans):.1f}% < 22%")
if pct(n_nodia) < 15:
    bad(f"no-diacritics (by text) {pct(n_nodia):.1f}% < 15%")
if pct(kinds['no-diacritics']) < 15:
    bad(f"kind no-diacritics {pct(kinds['no-diacritics']):.1f}% < 15%")
if pct(n_abbr) < 12:
    bad(f"abbreviations (by text) {pct(n_abbr):.1f}% < 12%")
if pct(kinds['abbreviation']) < 12:
    bad(f"kind abbreviation {pct(kinds['abbreviation']):.1f}% < 12%")
if n_fu != 15:
    bad(f"{n_fu} follow-ups (want 15)")
if not 1 <= n_fu_unans <= 2:
    bad(f"{n_fu_unans} unanswerable follow-ups (want 1-2)")
if n_ww < 12:
    bad(f"{n_ww} who-what questions (want >= 12)")
for k in ("metadata", "corpus"):
    if kinds[k] < 2:
        bad(f"too few {k} questions")
for fn in files:
    if cites[fn] < 12:
        bad(f"{fn} cited by {cites[fn]} questions (want >= 12)")

# ---------------------------------------------------------------- who-what gold
wpath = os.path.join(SET, "who_what.jsonl")
ww = []
with open(wpath, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if line.strip():
            if unicodedata.normalize("NFC", line) != line:
                bad(f"who_what line {ln}: not NFC")
            ww.append(json.loads(line))
ww_names = collections.defaultdict(set)
if sorted(w.get("source") for w in ww) != files:
    bad("who_what.jsonl must have exactly one line per corpus file")
for w in ww:
    wid = w.get("id", "?")
    if set(w) != WW_KEYS:
        bad(f"{wid}: keys {sorted(w)}")
        continue
    src = w["source"]
    if src not in texts:
        bad(f"{wid}: unknown source {src}")
        continue
    if not found(src, w["directive"].split()[-1]):
        bad(f"{wid}: directive number {w['directive']!r} not in {src}")
    if not w["actors"]:
        bad(f"{wid}: no actors")
    for a in w["actors"]:
        if set(a) != {"name", "role", "deadline", "task_quote"}:
            bad(f"{wid}: actor keys {sorted(a)}")
            continue
        ww_names[src].add(norm(a["name"]))
        if not found(src, a["name"]):
            bad(f"{wid}: actor name not verbatim: {a['name']!r}")
        if a["role"] not in ROLES:
            bad(f"{wid}: bad role {a['role']!r}")
        if a["deadline"] is not None and not found(src, a["deadline"]):
            bad(f"{wid}: deadline not verbatim: {a['deadline']!r}")
        tq = a["task_quote"]
        if not 20 <= len(norm(tq)) <= 200:
            bad(f"{wid}: task_quote length {len(norm(tq))}: {tq!r}")
        if not found(src, tq):
            bad(f"{wid}: task_quote not verbatim: {tq!r}")
    for it in w["intruders"]:
        if not found(src, it):
            bad(f"{wid}: intruder not in file: {it!r}")
        if norm(it) in ww_names[src]:
            bad(f"{wid}: intruder is also an actor: {it!r}")

# who-what questions: their actors should be in the gold of the cited file
for q in qs:
    if q.get("kind") == "who-what" and q.get("answerable"):
        srcs = {e["source"] for e in q["evidence"]}
        for a in q.get("actors", []):
            if not any(norm(a) in g or g in norm(a) for s in srcs for g in ww_names[s]):
                bad(f"{q['id']}: actor {a!r} not among who_what actors of {sorted(srcs)}")

# ---------------------------------------------------------------- report
if problems:
    print(f"{len(problems)} PROBLEM(S):")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
print(f"questions: {N}; kinds: {dict(sorted(kinds.items()))}")
print(f"unanswerable {n_unans} ({pct(n_unans):.1f}%), no-diacritics by text {n_nodia} "
      f"({pct(n_nodia):.1f}%), abbreviations by text {n_abbr} ({pct(n_abbr):.1f}%), "
      f"follow-ups {n_fu} (unanswerable {n_fu_unans}), who-what {n_ww}")
print("citations per file:", dict(sorted(cites.items())))
print("words per file:", {f: len(raw[f].split()) for f in files})
print("who-what actors per file:", {w["source"]: len(w["actors"]) for w in ww})
