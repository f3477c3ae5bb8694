#!/usr/bin/env python3
"""Standalone checker for blind evaluation set 118 (prefix nc).

Reads the 5 corpus documents (.txt/.md as UTF-8, .docx via python-docx incl. tables,
.pdf via pypdf), normalises them (NFC, lower case, '*' and '#' dropped, whitespace
collapsed) and checks questions.jsonl and who_what.jsonl against every rule of the brief.
Prints OK or the list of problems (exit status 1).

Usage:  /work/main/.venv/bin/python check_nc.py [set_folder]
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
CORPUS = os.path.join(BASE, "corpus")
PREFIX = "nc"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
# abbreviations officers use (matched as whole tokens, case-sensitive)
ABBREV = ["KH&CN", "GD&ĐT", "UBND", "HĐND", "MTTQ", "ĐMST", "THCS", "THPT", "CTr", "QĐ", "KH", "CV",
          "BC", "TB", "HD", "PT-TH", "PTTH", "BTC", "CLB", "HTX", "TTr", "ĐTN"]
ABBREV_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in sorted(ABBREV, key=len, reverse=True))
                       + r")(?![\w&])")

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- extraction
def read_docx(path):
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    doc = Document(path)
    parts, ntables, maxrows = [], 0, 0

    def walk_table(t):
        nonlocal ntables, maxrows
        ntables += 1
        maxrows = max(maxrows, len(t.rows))
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                parts.append(c.text)

    for el in doc.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            parts.append(Paragraph(el, doc).text)
        elif tag == "tbl":
            walk_table(Table(el, doc))
    return "\n".join(parts), ntables, maxrows


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((p.extract_text() or "") for p in r.pages), len(r.pages)


docs = {}      # file name -> raw text
ndocs = {}     # file name -> normalised text
meta = {}

if not os.path.isdir(CORPUS):
    print("no corpus folder:", CORPUS)
    sys.exit(1)

files = sorted(f for f in os.listdir(CORPUS) if not f.startswith("."))
name_re = re.compile(r"^%s0([1-5])_[a-z0-9]+(?:_[a-z0-9]+)*\.(txt|md|docx|pdf)$" % PREFIX)
if len(files) != 5:
    bad(f"corpus must hold exactly 5 documents, found {len(files)}: {files}")
nums = []
for f in files:
    m = name_re.match(f)
    if not m:
        bad(f"bad file name: {f}")
        continue
    nums.append(m.group(1))
if sorted(nums) != ["1", "2", "3", "4", "5"]:
    bad(f"file numbers must be {PREFIX}01..{PREFIX}05 once each, got {sorted(nums)}")

exts = Counter(os.path.splitext(f)[1] for f in files)
for need in (".txt", ".docx", ".pdf"):
    if exts[need] < 1:
        bad(f"need at least one {need} document")
if exts[".docx"] + exts[".pdf"] > 2 or exts[".docx"] > 1 or exts[".pdf"] > 1:
    bad("only one .docx and one .pdf expected; the others .txt or .md")

for f in files:
    path = os.path.join(CORPUS, f)
    ext = os.path.splitext(f)[1]
    try:
        if ext in (".txt", ".md"):
            raw = open(path, encoding="utf-8").read()
            if unicodedata.normalize("NFC", raw) != raw:
                bad(f"{f}: not NFC")
        elif ext == ".docx":
            raw, nt, mr = read_docx(path)
            meta[f] = {"tables": nt, "maxrows": mr}
            if unicodedata.normalize("NFC", raw) != raw:
                bad(f"{f}: text not NFC")
            if mr < 3:
                bad(f"{f}: needs a Word table with at least 3 rows")
        elif ext == ".pdf":
            raw, npages = read_pdf(path)
            meta[f] = {"pages": npages}
            if not (2 <= npages <= 4):
                bad(f"{f}: PDF must have 2-4 pages, has {npages}")
            if len(raw.split()) < 300:
                bad(f"{f}: PDF text layer too thin")
        else:
            continue
    except Exception as e:  # noqa
        bad(f"{f}: cannot read ({e})")
        continue
    docs[f] = raw
    ndocs[f] = norm(raw)

# ---------------------------------------------------------------- documents
MOTTOS = [("cộng hòa xã hội chủ nghĩa việt nam", "độc lập - tự do - hạnh phúc"),
          ("đảng cộng sản việt nam",), ("đoàn tncs hồ chí minh",)]
for f, raw in docs.items():
    n = ndocs[f]
    wc = len(raw.split())
    if not (700 <= wc <= 1500):
        bad(f"{f}: {wc} words, must be 700-1500")
    if not any(all(m in n for m in group) for group in MOTTOS):
        bad(f"{f}: no motto (Quốc hiệu/tiêu ngữ, ĐẢNG CỘNG SẢN VIỆT NAM or ĐOÀN TNCS HỒ CHÍ MINH)")
    if not re.search(r"số:? ?\d+[-/]", n):
        bad(f"{f}: no number and symbol ('Số: 123/KH-...')")
    if not re.search(r"ngày \d{1,2} tháng \d{1,2} năm 20\d\d", n):
        bad(f"{f}: no place-and-date line")
    if "nơi nhận" not in n:
        bad(f"{f}: no 'Nơi nhận:' list")
    if not re.search(r"lưu: ?vt", n):
        bad(f"{f}: no '- Lưu: VT, ...'")
    if not ("căn cứ" in n or "thực hiện" in n):
        bad(f"{f}: no 'Căn cứ ...' / 'Thực hiện ...' basis")
    for line in raw.splitlines():
        if "57-NQ/TW" in line and not line.strip().lstrip("*#- ").startswith("Căn cứ"):
            bad(f"{f}: '57-NQ/TW' outside a 'Căn cứ' line: {line.strip()[:80]}")

md_table = False
hard_wrapped = []
for f, raw in docs.items():
    if not f.endswith((".txt", ".md")):
        continue
    lines = raw.splitlines()
    rows = [l for l in lines if re.match(r"^\s*\|.*\|\s*$", l)]
    seps = [l for l in lines if re.match(r"^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$", l)]
    if len(rows) >= 3 and seps:
        md_table = True
    long_lines = [l for l in lines if len(l.strip()) >= 40]
    in_band = [l for l in long_lines if 60 <= len(l) <= 80]
    if long_lines and len(in_band) >= 30 and all(len(l) <= 80 for l in long_lines):
        hard_wrapped.append(f)
if not md_table:
    bad("no Markdown table in any .txt/.md document")
if not hard_wrapped:
    bad("no .txt/.md document hard-wrapped at 60-80 characters")
if not any(m.get("tables") for m in meta.values()):
    bad("the .docx has no Word table")


def in_docs(s, sources=None):
    ns = norm(s)
    pool = sources if sources else list(ndocs)
    return any(ns in ndocs.get(src, "") for src in pool)


# ---------------------------------------------------------------- questions
qpath = os.path.join(BASE, "questions.jsonl")
questions = []
try:
    for i, line in enumerate(open(qpath, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            questions.append(json.loads(line))
        except Exception as e:  # noqa
            bad(f"questions.jsonl line {i}: bad JSON ({e})")
except FileNotFoundError:
    bad("questions.jsonl missing")

seen_ids, seen_q, earlier = set(), set(), []
cites = Counter()
stats = Counter()
for k, q in enumerate(questions, 1):
    qid = q.get("id")
    tag = f"question {qid or k}"
    if qid != f"{PREFIX}{k:03d}":
        bad(f"{tag}: id should be {PREFIX}{k:03d}")
    if qid in seen_ids:
        bad(f"{tag}: duplicate id")
    seen_ids.add(qid)
    text = q.get("question", "")
    if not isinstance(text, str) or len(text.strip()) < 8:
        bad(f"{tag}: question text missing or too short")
        text = str(text)
    nq = norm(text)
    if nq in seen_q:
        bad(f"{tag}: duplicate question text")
    seen_q.add(nq)
    if unicodedata.normalize("NFC", text) != text:
        bad(f"{tag}: question not NFC")
    kind = q.get("kind")
    if kind not in KINDS:
        bad(f"{tag}: bad kind {kind!r}")
    ans = q.get("answerable")
    if not isinstance(ans, bool):
        bad(f"{tag}: 'answerable' must be true/false")
    ev = q.get("evidence", None)
    kw = q.get("keywords", None)
    if not isinstance(ev, list) or not isinstance(kw, list):
        bad(f"{tag}: evidence and keywords must be lists")
        ev, kw = ev or [], kw or []
    extra = set(q) - {"id", "question", "answerable", "kind", "evidence", "keywords", "history", "actors"}
    if extra:
        bad(f"{tag}: unknown fields {sorted(extra)}")

    sources = []
    if ans is True:
        if not (1 <= len(ev) <= 3):
            bad(f"{tag}: answerable questions need 1-3 evidence quotes")
        if not (1 <= len(kw) <= 3):
            bad(f"{tag}: answerable questions need 1-3 keywords")
        nquotes = []
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                bad(f"{tag}: evidence source {src!r} is not a corpus document")
                continue
            nqt = norm(quote)
            if not (20 <= len(nqt) <= 200):
                bad(f"{tag}: quote length {len(nqt)} not in 20-200: {quote[:60]!r}")
            if nqt not in ndocs[src]:
                bad(f"{tag}: quote not verbatim in {src}: {quote[:80]!r}")
            nquotes.append(nqt)
            sources.append(src)
        for w in kw:
            nw = norm(w)
            if not nw:
                bad(f"{tag}: empty keyword")
            elif not any(nw in x for x in nquotes) and not any(nw in ndocs.get(s, "") for s in sources):
                bad(f"{tag}: keyword {w!r} not in its quotes nor cited files")
        for s in set(sources):
            cites[s] += 1
        if kind == "unanswerable":
            bad(f"{tag}: kind 'unanswerable' but answerable is true")
        if kind == "corpus" and len(set(sources)) < 2:
            bad(f"{tag}: corpus question should cite at least 2 documents")
    elif ans is False:
        stats["unanswerable"] += 1
        if ev or kw:
            bad(f"{tag}: unanswerable questions need empty evidence and keywords")
    hist = q.get("history")
    if hist is not None:
        if not isinstance(hist, list) or not hist:
            bad(f"{tag}: history must be a non-empty list")
        else:
            for h in hist:
                if h not in earlier:
                    bad(f"{tag}: history question is not an earlier question verbatim: {h[:60]!r}")
            stats["follow-up"] += 1
            if ans is False:
                stats["follow-up-unanswerable"] += 1
    if kind == "follow-up" and not hist:
        bad(f"{tag}: follow-up without history")
    actors = q.get("actors")
    if actors is not None:
        if not isinstance(actors, list) or not actors:
            bad(f"{tag}: actors must be a non-empty list")
        else:
            for a in actors:
                if not in_docs(a, sources or None):
                    bad(f"{tag}: actor {a!r} not verbatim in the cited documents")
    if kind == "who-what":
        if actors:
            stats["who-what"] += 1
        else:
            bad(f"{tag}: who-what question without actors")
    if all(ord(c) < 128 for c in text):
        stats["no-diacritics"] += 1
    if ABBREV_RE.search(text):
        stats["abbreviation"] += 1
    stats["kind:" + str(kind)] += 1
    if "57-NQ/TW" in text:
        bad(f"{tag}: question mentions 57-NQ/TW")
    earlier.append(text)

N = len(questions)
if not (95 <= N <= 115):
    bad(f"{N} questions; about 105 expected")
if N:
    def pct(x):
        return 100.0 * x / N
    if pct(stats["unanswerable"]) < 22:
        bad(f"unanswerable {stats['unanswerable']}/{N} = {pct(stats['unanswerable']):.1f}% < 22%")
    if pct(stats["no-diacritics"]) < 15:
        bad(f"no-diacritics {stats['no-diacritics']}/{N} = {pct(stats['no-diacritics']):.1f}% < 15%")
    if pct(stats["abbreviation"]) < 12:
        bad(f"abbreviations {stats['abbreviation']}/{N} = {pct(stats['abbreviation']):.1f}% < 12%")
if stats["follow-up"] < 15:
    bad(f"only {stats['follow-up']} follow-ups (need >= 15)")
if not (1 <= stats["follow-up-unanswerable"] <= 2):
    bad(f"{stats['follow-up-unanswerable']} unanswerable follow-ups (need 1-2)")
if stats["who-what"] < 12:
    bad(f"only {stats['who-what']} who-what questions with actors (need >= 12)")
for k in ("metadata", "list", "corpus"):
    if stats["kind:" + k] < 3:
        bad(f"only {stats['kind:' + k]} questions of kind {k} (need some, >= 3)")
for f in docs:
    if cites[f] < 12:
        bad(f"{f} cited by only {cites[f]} answerable questions (need >= 12)")

# ---------------------------------------------------------------- who_what
wpath = os.path.join(BASE, "who_what.jsonl")
wlines = []
try:
    for i, line in enumerate(open(wpath, encoding="utf-8"), 1):
        if line.strip():
            try:
                wlines.append(json.loads(line))
            except Exception as e:  # noqa
                bad(f"who_what.jsonl line {i}: bad JSON ({e})")
except FileNotFoundError:
    bad("who_what.jsonl missing")

wsources = []
for k, w in enumerate(wlines, 1):
    tag = f"who_what {w.get('id')}"
    if w.get("id") != f"w{PREFIX}{k:02d}":
        bad(f"{tag}: id should be w{PREFIX}{k:02d}")
    src = w.get("source")
    wsources.append(src)
    if src not in docs:
        bad(f"{tag}: source {src!r} not a corpus document")
        continue
    nd = ndocs[src]
    if not w.get("directive"):
        bad(f"{tag}: directive missing")
    actors = w.get("actors") or []
    if not actors:
        bad(f"{tag}: no actors")
    names = set()
    for a in actors:
        nm = a.get("name", "")
        names.add(norm(nm))
        if norm(nm) not in nd:
            bad(f"{tag}: actor name not verbatim: {nm!r}")
        if a.get("role") not in ROLES:
            bad(f"{tag}: bad role {a.get('role')!r} for {nm!r}")
        dl = a.get("deadline")
        if dl is not None and norm(dl) not in nd:
            bad(f"{tag}: deadline not verbatim: {dl!r}")
        tq = norm(a.get("task_quote", ""))
        if not (20 <= len(tq) <= 200):
            bad(f"{tag}: task_quote length {len(tq)} for {nm!r}")
        if tq not in nd:
            bad(f"{tag}: task_quote not verbatim for {nm!r}: {a.get('task_quote', '')[:70]!r}")
    for g in w.get("groups") or []:
        if norm(g.get("name", "")) not in nd:
            bad(f"{tag}: group name not verbatim: {g.get('name')!r}")
        if not g.get("members"):
            bad(f"{tag}: group {g.get('name')!r} has no members")
        for m in g.get("members") or []:
            if norm(m) not in nd:
                bad(f"{tag}: group member not verbatim: {m!r}")
    intr = w.get("intruders") or []
    if not (3 <= len(intr) <= 6):
        bad(f"{tag}: {len(intr)} intruders (need 3-6)")
    for x in intr:
        nx = norm(x)
        if nx not in nd:
            bad(f"{tag}: intruder not verbatim: {x!r}")
        for nm in names:
            if nx == nm or nm in nx or nx in nm:
                bad(f"{tag}: intruder {x!r} overlaps actor {nm!r}")
if sorted(wsources) != sorted(docs):
    bad(f"who_what.jsonl must have exactly one line per document; has {wsources}")

# ---------------------------------------------------------------- result
if problems:
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
summary = {k: v for k, v in sorted(stats.items())}
print(f"questions={N} " + " ".join(f"{k}={v}" for k, v in summary.items()))
print("citations per file: " + ", ".join(f"{f}={cites[f]}" for f in sorted(docs)))
print("OK")
