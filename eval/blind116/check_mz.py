#!/usr/bin/env python3
"""Standalone checker for blind set 116 (prefix mz). Prints OK or the problems (exit 1)."""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "mz"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
MOTTOS = [
    ("cộng hòa xã hội chủ nghĩa việt nam", "độc lập - tự do - hạnh phúc"),
    ("đảng cộng sản việt nam",),
    ("đoàn tncs hồ chí minh",),  # Đoàn bodies (Huyện đoàn) use the union's name as motto
]
ABBR = ["KH", "CV", "QĐ", "BC", "TB", "HD", "HĐ", "UBND", "MTTQ", "UBMTTQ", "GD&ĐT", "KH&CN", "HĐND", "THCS", "TH",
        "THPT", "PTDTBT", "HS", "GV", "CLB", "TV", "PGD"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in sorted(ABBR, key=len, reverse=True)) + r")(?![\w&])")

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def words(s):
    return len([w for w in s.split() if re.search(r"\w", w)])


def read_docx(path):
    from docx import Document
    doc = Document(path)
    parts = []
    body = doc.element.body
    # walk body in order: paragraphs and tables
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            parts.append(Paragraph(child, doc).text)
        elif tag == "tbl":
            t = Table(child, doc)
            for row in t.rows:
                seen = []
                for c in row.cells:
                    if c._tc in seen:
                        continue
                    seen.append(c._tc)
                    parts.append(c.text)
    n_tables = len(doc.tables)
    big_tables = [t for t in doc.tables if len(t.rows) >= 4 and len(t.columns) >= 3]
    return "\n".join(parts), n_tables, len(big_tables)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((p.extract_text() or "") for p in r.pages), len(r.pages)


# ------------------------------------------------------------------ corpus
docs = {}        # name -> raw text
ndocs = {}       # name -> normalised text
if not os.path.isdir(CORPUS):
    bad("corpus/ missing")
    files = []
else:
    files = sorted(os.listdir(CORPUS))
if len(files) != 5:
    bad(f"corpus must hold exactly 5 files, found {len(files)}: {files}")
name_re = re.compile(rf"^{PREFIX}0([1-5])_[a-z0-9]+(?:_[a-z0-9]+)*\.(txt|md|docx|pdf)$")
seen_nums = set()
exts = {}
for fn in files:
    m = name_re.match(fn)
    if not m:
        bad(f"bad file name: {fn}")
        continue
    if m.group(1) in seen_nums:
        bad(f"duplicate number in {fn}")
    seen_nums.add(m.group(1))
    ext = m.group(2)
    exts[fn] = ext
    path = os.path.join(CORPUS, fn)
    try:
        if ext in ("txt", "md"):
            raw = open(path, encoding="utf-8").read()
        elif ext == "docx":
            raw, n_tab, n_big = read_docx(path)
            if n_big < 1:
                bad(f"{fn}: no Word table with >=4 rows and >=3 columns")
        else:
            raw, pages = read_pdf(path)
            if not (2 <= pages <= 3):
                bad(f"{fn}: PDF has {pages} pages (want 2-3)")
            if words(raw) < 100:
                bad(f"{fn}: PDF text layer looks empty")
    except Exception as e:  # noqa
        bad(f"{fn}: cannot read ({e})")
        continue
    docs[fn] = raw
    ndocs[fn] = norm(raw)
    if not unicodedata.is_normalized("NFC", raw):
        bad(f"{fn}: text is not NFC")
    wc = words(raw)
    if not (700 <= wc <= 1500):
        bad(f"{fn}: {wc} words (want 700-1500)")
    nt = ndocs[fn]
    head = norm(raw[:1500])
    if not any(all(p in head for p in mot) for mot in MOTTOS):
        bad(f"{fn}: no motto in the header")
    if not re.search(r"số:? ?\d+[-/][a-zđ&]", head):
        bad(f"{fn}: no number and symbol (Số: ...) in the header")
    if "nơi nhận" not in nt or "lưu: vt" not in nt:
        bad(f"{fn}: no 'Nơi nhận' / 'Lưu: VT' tail")
    banned = "57-" + "NQ/TW"
    if banned.lower() in nt:
        for line in raw.splitlines():
            if banned in line and not line.strip().startswith("Căn cứ"):
                bad(f"{fn}: {banned} outside a 'Căn cứ' line")
if seen_nums != {"1", "2", "3", "4", "5"}:
    bad(f"file numbers must be {PREFIX}01..{PREFIX}05, got {sorted(seen_nums)}")
ev = set(exts.values())
for need in ("txt", "docx", "pdf"):
    if need not in ev:
        bad(f"no .{need} document")
if sum(1 for e in exts.values() if e == "docx") != 1 or sum(1 for e in exts.values() if e == "pdf") != 1:
    bad("want exactly one .docx and one .pdf; the others .txt or .md")

# markdown table in a .txt/.md
md_table = False
hard_wrapped = False
side_by_side = False
for fn, raw in docs.items():
    if exts[fn] not in ("txt", "md"):
        continue
    lines = raw.splitlines()
    for a, b in zip(lines, lines[1:]):
        if a.strip().startswith("|") and a.strip().endswith("|") and re.match(r"^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$", b):
            md_table = True
    body = [l for l in lines if l.strip()]
    long_lines = [l for l in body if 60 <= len(l) <= 80]
    if body and max(len(l) for l in body) <= 80 and len(long_lines) >= 0.5 * len(body):
        hard_wrapped = True
    if re.search(r"^\S.*\S {4,}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", raw, re.M):
        side_by_side = True
if not md_table:
    bad("no Markdown table in a .txt/.md document")
if not hard_wrapped:
    bad("no document hard-wrapped at 60-80 characters")
if not side_by_side:
    bad("no .txt header typed side by side")

# ------------------------------------------------------------------ questions
def in_doc(fn, s):
    return fn in ndocs and norm(s) in ndocs[fn]


qpath = os.path.join(HERE, "questions.jsonl")
qs = []
try:
    for i, line in enumerate(open(qpath, encoding="utf-8"), 1):
        if line.strip():
            try:
                qs.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad(f"questions.jsonl line {i}: bad JSON ({e})")
except FileNotFoundError:
    bad("questions.jsonl missing")

ids, texts = set(), []
cites = {fn: 0 for fn in docs}
n_unans = n_nodia = n_abbr = n_follow = n_follow_unans = n_who = 0
kind_count = {}
for idx, q in enumerate(qs):
    qid = q.get("id", f"#{idx + 1}")
    if qid != f"{PREFIX}{idx + 1:03d}":
        bad(f"{qid}: id out of sequence (want {PREFIX}{idx + 1:03d})")
    if qid in ids:
        bad(f"{qid}: duplicate id")
    ids.add(qid)
    text = q.get("question", "")
    if not text or not isinstance(text, str):
        bad(f"{qid}: empty question")
        continue
    if not unicodedata.is_normalized("NFC", text):
        bad(f"{qid}: question not NFC")
    if norm(text) in [norm(t) for t in texts]:
        bad(f"{qid}: duplicate question")
    kind = q.get("kind")
    kind_count[kind] = kind_count.get(kind, 0) + 1
    if kind not in KINDS:
        bad(f"{qid}: bad kind {kind!r}")
    ans = q.get("answerable")
    if not isinstance(ans, bool):
        bad(f"{qid}: answerable must be true/false")
    evid = q.get("evidence", None)
    kws = q.get("keywords", None)
    if not isinstance(evid, list) or not isinstance(kws, list):
        bad(f"{qid}: evidence/keywords must be lists")
        evid, kws = evid or [], kws or []
    for k in q:
        if k not in {"id", "question", "answerable", "kind", "evidence", "keywords", "history", "actors"}:
            bad(f"{qid}: unknown field {k}")
    if ans is False:
        n_unans += 1
        if evid or kws:
            bad(f"{qid}: unanswerable must have empty evidence and keywords")
    elif ans is True:
        if kind == "unanswerable":
            bad(f"{qid}: kind unanswerable but answerable true")
        if not (1 <= len(evid) <= 3):
            bad(f"{qid}: want 1-3 quotes, got {len(evid)}")
        if not (1 <= len(kws) <= 3):
            bad(f"{qid}: want 1-3 keywords, got {len(kws)}")
        cited = set()
        for e in evid:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                bad(f"{qid}: unknown source {src!r}")
                continue
            cited.add(src)
            ql = len(norm(quote))
            if not (20 <= ql <= 200):
                bad(f"{qid}: quote length {ql} outside 20-200: {quote[:60]!r}")
            if not in_doc(src, quote):
                bad(f"{qid}: quote not verbatim in {src}: {quote[:80]!r}")
        for fn in cited:
            cites[fn] += 1
        allq = " | ".join(norm(e.get("quote", "")) for e in evid)
        for k in kws:
            if not isinstance(k, str) or not k.strip():
                bad(f"{qid}: empty keyword")
                continue
            if norm(k) not in allq and not any(in_doc(fn, k) for fn in cited):
                bad(f"{qid}: keyword {k!r} not in the quotes nor the cited files")
    if "history" in q:
        h = q["history"]
        if not isinstance(h, list) or not h:
            bad(f"{qid}: history must be a non-empty list")
        else:
            for hq in h:
                if hq not in texts:
                    bad(f"{qid}: history question not an earlier question: {hq[:60]!r}")
            n_follow += 1
            if ans is False:
                n_follow_unans += 1
    elif kind == "follow-up":
        bad(f"{qid}: follow-up without history")
    if "actors" in q:
        acts = q["actors"]
        if not isinstance(acts, list) or not acts:
            bad(f"{qid}: actors must be a non-empty list")
        else:
            srcs = [e.get("source") for e in evid] or list(docs)
            for a in acts:
                if not any(in_doc(fn, a) for fn in srcs):
                    bad(f"{qid}: actor {a!r} not verbatim in the cited files")
    if kind == "who-what":
        if "actors" in q:
            n_who += 1
        else:
            bad(f"{qid}: who-what without actors")
    if all(ord(c) < 128 for c in text):
        n_nodia += 1
    if ABBR_RE.search(text):
        n_abbr += 1
    texts.append(text)

N = len(qs)
if not (95 <= N <= 115):
    bad(f"{N} questions (want about 105)")
if N:
    if n_unans / N < 0.22:
        bad(f"unanswerable {n_unans}/{N} = {n_unans / N:.1%} < 22%")
    if n_nodia / N < 0.15:
        bad(f"no-diacritics {n_nodia}/{N} = {n_nodia / N:.1%} < 15%")
    if n_abbr / N < 0.12:
        bad(f"with abbreviations {n_abbr}/{N} = {n_abbr / N:.1%} < 12%")
if n_follow < 15:
    bad(f"only {n_follow} follow-ups (want >= 15)")
if not (1 <= n_follow_unans <= 2):
    bad(f"{n_follow_unans} unanswerable follow-ups (want 1-2)")
if n_who < 12:
    bad(f"only {n_who} who-what questions with actors (want >= 12)")
for k in ("metadata", "list", "corpus"):
    if kind_count.get(k, 0) < 3:
        bad(f"only {kind_count.get(k, 0)} {k} questions")
for fn, c in cites.items():
    if c < 12:
        bad(f"{fn} cited by only {c} answerable questions (want >= 12)")

# ------------------------------------------------------------------ who_what
wpath = os.path.join(HERE, "who_what.jsonl")
wws = []
try:
    for i, line in enumerate(open(wpath, encoding="utf-8"), 1):
        if line.strip():
            try:
                wws.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad(f"who_what.jsonl line {i}: bad JSON ({e})")
except FileNotFoundError:
    bad("who_what.jsonl missing")
ww_sources = []
for j, w in enumerate(wws, 1):
    wid = w.get("id")
    if wid != f"w{PREFIX}{j:02d}":
        bad(f"who_what line {j}: id {wid!r} (want w{PREFIX}{j:02d})")
    src = w.get("source")
    ww_sources.append(src)
    if src not in docs:
        bad(f"{wid}: unknown source {src!r}")
        continue
    if not w.get("directive"):
        bad(f"{wid}: no directive")
    actors = w.get("actors", [])
    if not actors:
        bad(f"{wid}: no actors")
    names = set()
    for a in actors:
        nm = a.get("name", "")
        names.add(norm(nm))
        if not in_doc(src, nm):
            bad(f"{wid}: actor name not verbatim: {nm!r}")
        if a.get("role") not in ROLES:
            bad(f"{wid}: bad role {a.get('role')!r} for {nm!r}")
        dl = a.get("deadline")
        if dl is not None and not in_doc(src, dl):
            bad(f"{wid}: deadline not verbatim: {dl!r}")
        tq = a.get("task_quote", "")
        if not (20 <= len(norm(tq)) <= 200):
            bad(f"{wid}: task_quote length {len(norm(tq))} for {nm!r}")
        if not in_doc(src, tq):
            bad(f"{wid}: task_quote not verbatim for {nm!r}: {tq[:70]!r}")
    for g in w.get("groups", []):
        if not in_doc(src, g.get("name", "")):
            bad(f"{wid}: group name not verbatim: {g.get('name')!r}")
        if not g.get("members"):
            bad(f"{wid}: group {g.get('name')!r} without members")
        for m in g.get("members", []):
            if not in_doc(src, m):
                bad(f"{wid}: group member not verbatim: {m!r}")
    intr = w.get("intruders", [])
    if not (3 <= len(intr) <= 6):
        bad(f"{wid}: {len(intr)} intruders (want 3-6)")
    for it in intr:
        if not in_doc(src, it):
            bad(f"{wid}: intruder not verbatim: {it!r}")
        ni = norm(it)
        for nm in names:
            if ni == nm or ni in nm or nm in ni:
                bad(f"{wid}: intruder {it!r} overlaps actor {nm!r}")
if sorted(ww_sources) != sorted(docs):
    bad(f"who_what.jsonl must have one line per document")

if problems:
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print(f"questions={N} unanswerable={n_unans} ({n_unans / N:.1%}) no-diacritics={n_nodia} ({n_nodia / N:.1%}) "
      f"abbreviations={n_abbr} ({n_abbr / N:.1%}) follow-ups={n_follow} (unanswerable {n_follow_unans}) who-what={n_who}")
print("kinds:", dict(sorted(kind_count.items())))
print("citations per file:", cites)
print("OK")
