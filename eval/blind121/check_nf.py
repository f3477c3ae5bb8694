#!/usr/bin/env python
"""Standalone checker for blind set 121 (prefix nf). Prints OK or the problems (exit 1)."""
import json, os, re, sys, unicodedata, zipfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "nf"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = re.compile(r"\b(KH|CV|QĐ|QD|BC|TB|HD|HĐ|BB|UBND|MTTQ|HĐND|THCS|HTX|KH&CN|NN&PTNT|GD&ĐT|BVTV|TTKN|QLKH|KP|NS|ĐC|ND|SĐT|TT|PTNT)\b")
problems = []


def P(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def has_diacritics(s):
    d = unicodedata.normalize("NFD", s)
    return any(unicodedata.category(c) == "Mn" for c in d) or "đ" in s.lower()


def read_docx(path):
    try:
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                seen = []
                for c in row.cells:
                    if c not in seen:
                        seen.append(c)
                parts.append(" ".join(c.text for c in seen))
        return "\n".join(parts)
    except ImportError:
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        return re.sub(r"<[^>]+>", "", xml)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)


def words(s):
    return [w for w in s.split() if re.search(r"\w", w)]


# ------------------------------------------------------------------ documents
files = sorted(f for f in os.listdir(CORPUS) if not f.startswith("."))
if len(files) != 5:
    P(f"corpus has {len(files)} files, expected 5")
raw, text = {}, {}
for i, f in enumerate(files, 1):
    if not re.fullmatch(rf"{PREFIX}0{i}_[a-z0-9_]+\.(txt|md|docx|pdf)", f):
        P(f"bad file name {f}")
    path = os.path.join(CORPUS, f)
    ext = f.rsplit(".", 1)[1]
    if ext in ("txt", "md"):
        s = open(path, encoding="utf-8").read()
        if unicodedata.normalize("NFC", s) != s:
            P(f"{f}: not NFC")
    elif ext == "docx":
        s = read_docx(path)
    else:
        s, pages = read_pdf(path)
        if not 2 <= pages <= 4:
            P(f"{f}: {pages} pages (need 2-4)")
    raw[f], text[f] = s, norm(s)
    n = len(words(s))
    if not 700 <= n <= 1500:
        P(f"{f}: {n} words (need 700-1500)")
    if "cộng hòa xã hội chủ nghĩa việt nam" not in text[f] and "đảng cộng sản việt nam" not in text[f]:
        P(f"{f}: no motto/header")
    if "độc lập - tự do - hạnh phúc" not in text[f] and "đảng cộng sản việt nam" not in text[f]:
        P(f"{f}: no 'Độc lập - Tự do - Hạnh phúc'")
    if not re.search(r"số:? ?\d+", text[f]):
        P(f"{f}: no document number")
    if "nơi nhận" not in text[f]:
        P(f"{f}: no 'Nơi nhận'")
    if "57-nq/tw" in text[f]:
        for line in s.splitlines():
            if "57-NQ/TW" in line and not line.strip().startswith("Căn cứ"):
                P(f"{f}: 57-NQ/TW outside a 'Căn cứ' line")
exts = Counter(f.rsplit(".", 1)[1] for f in files)
for e in ("txt", "docx", "pdf"):
    if not exts[e]:
        P(f"no .{e} document")
if exts["docx"] != 1 or exts["pdf"] != 1:
    P("expected exactly one .docx and one .pdf")
md_table = any(f.endswith((".txt", ".md")) and re.search(r"^\|.*\|\s*$\n^\|[\s:|-]+\|\s*$", raw[f], re.M)
               for f in files)
if not md_table:
    P("no Markdown table in a .txt/.md document")
wrapped = False
for f in files:
    if f.endswith((".txt", ".md")):
        lines = [l for l in raw[f].splitlines() if l.strip()]
        long_ = [l for l in lines if len(l) > 80]
        mid = [l for l in lines if 60 <= len(l) <= 80]
        if lines and len(long_) <= 2 and len(mid) > 0.4 * len(lines):
            wrapped = True
if not wrapped:
    P("no hard-wrapped (60-80 chars) .txt/.md document")
docx = [f for f in files if f.endswith(".docx")]
if docx:
    from docx import Document
    if not Document(os.path.join(CORPUS, docx[0])).tables:
        P("docx has no Word table")

# ------------------------------------------------------------------ questions
qs = []
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if line.strip():
            try:
                qs.append(json.loads(line))
            except Exception as e:
                P(f"questions.jsonl line {ln}: bad JSON {e}")
seen_ids, seen_q, earlier = set(), set(), []
cites = Counter()
for i, q in enumerate(qs, 1):
    qid = q.get("id")
    if qid != f"{PREFIX}{i:03d}":
        P(f"line {i}: id {qid} should be {PREFIX}{i:03d}")
    if qid in seen_ids:
        P(f"{qid}: duplicate id")
    seen_ids.add(qid)
    qt = q.get("question", "")
    if norm(qt) in seen_q:
        P(f"{qid}: duplicate question")
    seen_q.add(norm(qt))
    if q.get("kind") not in KINDS:
        P(f"{qid}: bad kind {q.get('kind')}")
    ev, kw = q.get("evidence", []), q.get("keywords", [])
    if q.get("answerable") is False:
        if ev or kw:
            P(f"{qid}: unanswerable with evidence/keywords")
    elif q.get("answerable") is True:
        if not 1 <= len(ev) <= 3:
            P(f"{qid}: needs 1-3 quotes")
        if not 1 <= len(kw) <= 3:
            P(f"{qid}: needs 1-3 keywords")
        srcs = set()
        for e in ev:
            s, qu = e.get("source"), e.get("quote", "")
            if s not in text:
                P(f"{qid}: unknown source {s}"); continue
            srcs.add(s)
            if not 20 <= len(qu) <= 200:
                P(f"{qid}: quote length {len(qu)}: {qu[:40]}")
            if norm(qu) not in text[s]:
                P(f"{qid}: quote not verbatim in {s}: {qu}")
        for s in srcs:
            cites[s] += 1
        qjoin = " ".join(norm(e.get("quote", "")) for e in ev)
        for k in kw:
            if norm(k) not in qjoin and not any(norm(k) in text[s] for s in srcs):
                P(f"{qid}: keyword not in quotes/cited files: {k}")
        for a in q.get("actors", []) or []:
            if not any(norm(a) in text[s] for s in srcs):
                P(f"{qid}: actor not verbatim in cited files: {a}")
    else:
        P(f"{qid}: answerable must be true/false")
    for h in q.get("history", []) or []:
        if h not in earlier:
            P(f"{qid}: history question is not an earlier question: {h}")
    earlier.append(qt)

n = len(qs)
una = [q for q in qs if q.get("answerable") is False]
nodia = [q for q in qs if not has_diacritics(q["question"])]
abbr = [q for q in qs if q.get("kind") == "abbreviation" or ABBR.search(q["question"])]
fup = [q for q in qs if q.get("history")]
fup_una = [q for q in fup if q.get("answerable") is False]
ww = [q for q in qs if q.get("kind") == "who-what" and q.get("actors")]
kinds = Counter(q.get("kind") for q in qs)
if not 95 <= n <= 120:
    P(f"{n} questions (expected about 105)")
if len(una) < 0.22 * n: P(f"unanswerable {len(una)}/{n} < 22%")
if len(nodia) < 0.15 * n: P(f"no-diacritics {len(nodia)}/{n} < 15%")
if len(abbr) < 0.12 * n: P(f"abbreviation {len(abbr)}/{n} < 12%")
if len(fup) < 15: P(f"follow-ups {len(fup)} < 15")
if not 1 <= len(fup_una) <= 2: P(f"unanswerable follow-ups {len(fup_una)} (need 1-2)")
if len(ww) < 12: P(f"who-what with actors {len(ww)} < 12")
for k in ("metadata", "list", "corpus"):
    if not kinds[k]: P(f"no {k} questions")
for f in files:
    if cites[f] < 12:
        P(f"{f} cited by {cites[f]} answerable questions (< 12)")

# ------------------------------------------------------------------ who_what
wws = [json.loads(l) for l in open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") if l.strip()]
if sorted(w.get("source") for w in wws) != files:
    P("who_what.jsonl must have exactly one line per document")
for w in wws:
    s = w.get("source")
    if s not in text:
        P(f"{w.get('id')}: unknown source {s}"); continue
    t = text[s]
    names = set()
    for a in w.get("actors", []):
        names.add(norm(a["name"]))
        if norm(a["name"]) not in t: P(f"{w['id']}: actor not verbatim: {a['name']}")
        if a.get("role") not in ROLES: P(f"{w['id']}: bad role {a.get('role')}")
        if a.get("deadline") is not None and norm(a["deadline"]) not in t:
            P(f"{w['id']}: deadline not verbatim: {a['deadline']}")
        tq = a.get("task_quote", "")
        if not 20 <= len(tq) <= 200: P(f"{w['id']}: task_quote length {len(tq)}")
        if norm(tq) not in t: P(f"{w['id']}: task_quote not verbatim: {tq}")
    for g in w.get("groups", []):
        if norm(g["name"]) not in t: P(f"{w['id']}: group name not verbatim: {g['name']}")
        for m in g.get("members", []):
            if norm(m) not in t: P(f"{w['id']}: group member not verbatim: {m}")
    intr = w.get("intruders", [])
    if not 3 <= len(intr) <= 6: P(f"{w['id']}: {len(intr)} intruders (need 3-6)")
    for x in intr:
        if norm(x) not in t: P(f"{w['id']}: intruder not verbatim: {x}")
        if norm(x) in names: P(f"{w['id']}: intruder is also an actor: {x}")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print(f"OK  ({n} questions: {len(una)} unanswerable {100*len(una)/n:.1f}%, no-diacritics "
      f"{len(nodia)} {100*len(nodia)/n:.1f}%, abbreviation {len(abbr)} {100*len(abbr)/n:.1f}%, "
      f"follow-ups {len(fup)} ({len(fup_una)} unanswerable), who-what {len(ww)}; kinds {dict(kinds)}; "
      f"citations {dict(cites)})")
