#!/usr/bin/env python3
"""Standalone checker for the blind120 evaluation set (prefix ne). Prints OK or the problems (exit 1)."""
import json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "ne"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = re.compile(r"(?<![\w/-])(KH|CV|QĐ|BC|TB|HD|CT|UBND|MTTQ|GD&ĐT|KH&CN|HĐND|THCS|PGD|VH-TT|TTVH|NQ)(?![\w/-])")
problems = []
def P(msg): problems.append(msg)

def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()

def has_diacritics(s):
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.combining(ch) or ch in "đĐ":
            return True
    return False

def read_docx(path):
    try:
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        def cells(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        parts.extend(p.text for p in c.paragraphs)
                        cells(c.tables)
        cells(d.tables)
        ntables = len(d.tables)
        return "\n".join(parts), ntables
    except ImportError:
        ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
        parts = ["".join(t.text or "" for t in p.iter(ns + "t")) for p in root.iter(ns + "p")]
        return "\n".join(parts), len(list(root.iter(ns + "tbl")))

def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)

# ---------------------------------------------------------------- documents
files = sorted(f for f in os.listdir(CORPUS) if not f.startswith("."))
raw, text = {}, {}
if len(files) != 5: P(f"corpus has {len(files)} files, expected 5")
pat = re.compile(rf"^{PREFIX}0([1-5])_[a-z0-9]+(_[a-z0-9]+)*\.(txt|md|docx|pdf)$")
nums = []
for f in files:
    m = pat.match(f)
    if not m: P(f"bad file name {f}"); continue
    nums.append(m.group(1))
if sorted(nums) != list("12345"): P(f"file numbers {sorted(nums)} are not ne01..ne05")
exts = [f.rsplit(".", 1)[1] for f in files]
for e in ("txt", "docx", "pdf"):
    if e not in exts: P(f"no .{e} document")
if exts.count("docx") > 1 or exts.count("pdf") > 1: P("more than one docx/pdf (others must be .txt/.md)")
docx_tables = 0
for f in files:
    p = os.path.join(CORPUS, f); ext = f.rsplit(".", 1)[1]
    if ext in ("txt", "md"):
        t = open(p, encoding="utf-8").read()
    elif ext == "docx":
        t, docx_tables = read_docx(p)
    else:
        t, pages = read_pdf(p)
        if not 2 <= pages <= 4: P(f"{f}: PDF has {pages} pages (want 2-4)")
        if len(t.split()) < 300: P(f"{f}: PDF text layer looks empty")
    raw[f] = t; text[f] = norm(t)
    if unicodedata.normalize("NFC", t) != t: P(f"{f}: text is not NFC")
    wc = len(t.split())
    if not 700 <= wc <= 1500: P(f"{f}: {wc} words (want 700-1500)")
    n = text[f]
    if not (("cộng hòa xã hội chủ nghĩa việt nam" in n and "độc lập - tự do - hạnh phúc" in n)
            or "đảng cộng sản việt nam" in n or "đoàn tncs hồ chí minh" in n):
        P(f"{f}: no motto line")
    if not re.search(r"số:? ?\d+[-/]", n): P(f"{f}: no document number")
    if "nơi nhận" not in n: P(f"{f}: no 'Nơi nhận'")
    if "lưu: vt" not in n: P(f"{f}: no 'Lưu: VT'")
    if "căn cứ" not in n and "thực hiện" not in n: P(f"{f}: no 'Căn cứ'/'Thực hiện' basis")
    for line in t.splitlines():
        if "57-NQ/TW" in line and not line.strip().startswith("Căn cứ"):
            P(f"{f}: 57-NQ/TW outside a 'Căn cứ' line")
if docx_tables < 2: P("docx has no Word task table")
md_table = False; wrapped = False
for f in files:
    if f.endswith((".txt", ".md")):
        lines = raw[f].splitlines()
        if any(re.match(r"^\s*\|.*\|\s*$", l) for l in lines) and any(re.match(r"^\s*\|\s*:?-{3,}", l) for l in lines):
            md_table = True
        body = [l for l in lines if l.strip()]
        if len(body) > 40 and max(len(l) for l in body) <= 80 and sum(60 <= len(l) <= 80 for l in body) >= 0.5 * len(body):
            wrapped = True
if not md_table: P("no Markdown table in a .txt/.md document")
if not wrapped: P("no document hard-wrapped at 60-80 characters")

def in_file(s, f): return f in text and norm(s) in text[f]
def in_any(s): return any(norm(s) in t for t in text.values())

# ---------------------------------------------------------------- questions
qs = []
for i, line in enumerate(open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8"), 1):
    if line.strip():
        try: qs.append(json.loads(line))
        except Exception as e: P(f"questions.jsonl line {i}: bad JSON {e}")
ids, seen_q, earlier = set(), set(), set()
cite = {f: 0 for f in files}
c = dict(unans=0, nodia=0, abbr=0, follow=0, follow_unans=0, who=0)
kinds = {}
for k, q in enumerate(qs):
    qid = q.get("id", "?")
    if qid != f"{PREFIX}{k+1:03d}": P(f"{qid}: id out of sequence (want {PREFIX}{k+1:03d})")
    if qid in ids: P(f"{qid}: duplicate id")
    ids.add(qid)
    qt = q.get("question", "")
    if not qt.strip(): P(f"{qid}: empty question")
    if norm(qt) in seen_q: P(f"{qid}: duplicate question")
    kind = q.get("kind"); kinds[kind] = kinds.get(kind, 0) + 1
    if kind not in KINDS: P(f"{qid}: bad kind {kind}")
    ans = q.get("answerable"); ev = q.get("evidence"); kw = q.get("keywords")
    if not isinstance(ans, bool): P(f"{qid}: answerable not bool")
    for para in [l for f in files for l in raw[f].splitlines() if len(norm(l)) > 30]:
        if norm(para) == norm(qt): P(f"{qid}: question copies a document line")
    if not has_diacritics(qt): c["nodia"] += 1
    elif kind == "no-diacritics": P(f"{qid}: kind no-diacritics but has diacritics")
    if ABBR.search(qt): c["abbr"] += 1
    elif kind == "abbreviation": P(f"{qid}: kind abbreviation but no abbreviation")
    hist = q.get("history")
    if hist is not None:
        if not hist: P(f"{qid}: empty history")
        for h in hist:
            if norm(h) not in earlier: P(f"{qid}: history question not an earlier question: {h}")
        c["follow"] += 1
        if ans is False: c["follow_unans"] += 1
    elif kind == "follow-up": P(f"{qid}: follow-up without history")
    if ans is False:
        c["unans"] += 1
        if ev != [] or kw != []: P(f"{qid}: unanswerable must have empty evidence and keywords")
        if q.get("actors"): P(f"{qid}: unanswerable with actors")
    else:
        if not isinstance(ev, list) or not 1 <= len(ev) <= 3: P(f"{qid}: need 1-3 evidence quotes")
        ev = ev or []
        srcs = set()
        for e in ev:
            s, qu = e.get("source"), e.get("quote", "")
            if s not in text: P(f"{qid}: unknown source {s}"); continue
            srcs.add(s)
            L = len(norm(qu))
            if not 20 <= L <= 200: P(f"{qid}: quote length {L} not in 20-200: {qu[:40]}")
            if not in_file(qu, s): P(f"{qid}: quote not verbatim in {s}: {qu[:60]}")
        for s in srcs: cite[s] += 1
        if kind == "corpus" and len(srcs) < 2: P(f"{qid}: corpus question citing < 2 files")
        if not isinstance(kw, list) or not 1 <= len(kw) <= 3: P(f"{qid}: need 1-3 keywords")
        for w in kw or []:
            if not any(norm(w) in norm(e.get("quote", "")) for e in ev) and not any(in_file(w, s) for s in srcs):
                P(f"{qid}: keyword not in quotes/cited file: {w}")
    acts = q.get("actors")
    if acts:
        for a in acts:
            if not any(in_file(a, s) for s in {e.get("source") for e in (ev or [])}):
                P(f"{qid}: actor not verbatim in cited file: {a}")
        if kind == "who-what": c["who"] += 1
    elif kind == "who-what": P(f"{qid}: who-what without actors")
    seen_q.add(norm(qt)); earlier.add(norm(qt))

n = len(qs)
if not 95 <= n <= 115: P(f"{n} questions (want about 105)")
if n:
    if c["unans"] / n < 0.22: P(f"unanswerable {c['unans']}/{n} < 22%")
    if c["nodia"] / n < 0.15: P(f"no-diacritics {c['nodia']}/{n} < 15%")
    if c["abbr"] / n < 0.12: P(f"abbreviations {c['abbr']}/{n} < 12%")
if c["follow"] < 15: P(f"follow-ups {c['follow']} < 15")
if not 1 <= c["follow_unans"] <= 2: P(f"unanswerable follow-ups {c['follow_unans']} not 1-2")
if c["who"] < 12: P(f"who-what with actors {c['who']} < 12")
for k in ("metadata", "list", "corpus", "factoid"):
    if not kinds.get(k): P(f"no question of kind {k}")
for f, v in cite.items():
    if v < 12: P(f"{f} cited by {v} answerable questions (< 12)")

# ---------------------------------------------------------------- who_what
ww = [json.loads(l) for l in open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") if l.strip()]
if len(ww) != len(files): P(f"who_what.jsonl has {len(ww)} lines, want {len(files)}")
wsrc = set()
for k, w in enumerate(ww):
    wid = w.get("id"); s = w.get("source")
    if wid != f"w{PREFIX}{k+1:02d}": P(f"{wid}: bad who_what id")
    if s not in text: P(f"{wid}: unknown source {s}"); continue
    wsrc.add(s)
    if not w.get("directive"): P(f"{wid}: no directive")
    names = set()
    if not w.get("actors"): P(f"{wid}: no actors")
    for a in w.get("actors", []):
        nm = a.get("name", ""); names.add(norm(nm))
        if not in_file(nm, s): P(f"{wid}: actor name not verbatim: {nm}")
        if a.get("role") not in ROLES: P(f"{wid}: bad role {a.get('role')}")
        d = a.get("deadline")
        if d is not None and not in_file(d, s): P(f"{wid}: deadline not verbatim: {d}")
        tq = a.get("task_quote", "")
        if not 20 <= len(norm(tq)) <= 200: P(f"{wid}: task_quote length {len(norm(tq))}: {tq[:40]}")
        if not in_file(tq, s): P(f"{wid}: task_quote not verbatim: {tq[:60]}")
    for g in w.get("groups", []):
        if not in_file(g.get("name", ""), s): P(f"{wid}: group name not verbatim: {g.get('name')}")
        for m in g.get("members", []):
            if not in_file(m, s): P(f"{wid}: group member not verbatim: {m}")
    intr = w.get("intruders", [])
    if not 3 <= len(intr) <= 6: P(f"{wid}: {len(intr)} intruders (want 3-6)")
    for x in intr:
        if not in_file(x, s): P(f"{wid}: intruder not verbatim: {x}")
        if norm(x) in names: P(f"{wid}: intruder is also an actor: {x}")
if wsrc != set(files): P(f"who_what does not cover every document: {sorted(set(files) - wsrc)}")

if problems:
    for p in problems: print("PROBLEM:", p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print(f"questions {n}; unanswerable {c['unans']} ({c['unans']/n:.1%}); no-diacritics {c['nodia']} ({c['nodia']/n:.1%}); "
      f"abbreviations {c['abbr']} ({c['abbr']/n:.1%}); follow-ups {c['follow']} (unanswerable {c['follow_unans']}); "
      f"who-what {c['who']}; kinds {dict(sorted(kinds.items()))}; citations {cite}")
print("OK")
