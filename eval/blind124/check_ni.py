#!/usr/bin/env python3
"""Standalone checker for blind set 124 (prefix ni). Prints OK or the problems (exit 1)."""
import json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PROBLEMS = []
def bad(msg): PROBLEMS.append(msg)

def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()

VIET = set("ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")
def has_diacritics(s): return any(c in VIET for c in unicodedata.normalize("NFC", s).lower())

ABBR = ["KH", "CV", "QĐ", "BC", "TB", "HD", "UBND", "MTTQ", "GD&ĐT", "KH&CN", "HĐND", "THCS", "SHTT",
        "CDĐL", "OCOP", "HTX", "NHTT", "HĐTĐ", "TTr", "KP", "SP", "NQ", "QR"]
def has_abbr(s):
    toks = re.findall(r"[\w&]+", unicodedata.normalize("NFC", s))
    return any(t in ABBR for t in toks) or bool(re.search(r"\b(nq|kh|qd|bc|tb|htx|shtt|khcn|ubnd|hdnd)\b", s.lower()))

# ------------------------------------------------------------------ read documents
def read_docx(path):
    z = zipfile.ZipFile(path)
    root = ET.fromstring(z.read("word/document.xml"))
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    paras = ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]
    ntables = sum(1 for _ in root.iter(W + "tbl"))
    return "\n".join(paras), ntables

def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)

files = sorted(os.listdir(CORPUS)) if os.path.isdir(CORPUS) else []
if len(files) != 5: bad(f"corpus must hold exactly 5 files, has {len(files)}: {files}")
TEXT, RAW = {}, {}
exts = []
for i, fn in enumerate(files, 1):
    m = re.fullmatch(r"ni0([1-5])_[a-z0-9_]+\.(txt|md|docx|pdf)", fn)
    if not m: bad(f"bad file name {fn}"); continue
    if int(m.group(1)) != i: bad(f"file {fn} out of sequence (expected ni0{i}_)")
    ext = m.group(2); exts.append(ext); p = os.path.join(CORPUS, fn)
    if ext in ("txt", "md"):
        raw = open(p, encoding="utf-8").read()
        if unicodedata.normalize("NFC", raw) != raw: bad(f"{fn} is not NFC")
    elif ext == "docx":
        raw, ntab = read_docx(p)
        if ntab < 2: bad(f"{fn}: expected a Word table (besides the header), found {ntab} tables")
        if unicodedata.normalize("NFC", raw) != raw: bad(f"{fn} is not NFC")
    else:
        raw, npages = read_pdf(p)
        if not 2 <= npages <= 4: bad(f"{fn}: {npages} pages, need 2-4")
        if len(raw.split()) < 300: bad(f"{fn}: PDF text layer too thin")
    RAW[fn] = raw; TEXT[fn] = norm(raw)
    wc = len(raw.split())
    if not 700 <= wc <= 1500: bad(f"{fn}: {wc} words, need 700-1500")
    t = TEXT[fn]
    if not ("cộng hòa xã hội chủ nghĩa việt nam" in t and "độc lập - tự do - hạnh phúc" in t) and "đảng cộng sản việt nam" not in t:
        bad(f"{fn}: motto missing")
    if not re.search(r"số:? ?\d+", t): bad(f"{fn}: no document number")
    if "nơi nhận" not in t or "lưu: vt" not in t: bad(f"{fn}: tail (Nơi nhận / Lưu: VT) missing")
for need in ("txt", "docx", "pdf"):
    if need not in exts: bad(f"no .{need} document")
md_table = any(re.search(r"^\s*\|.*\|\s*$\n^\s*\|[\s:|-]+\|\s*$", RAW[f], re.M) for f in RAW if f.endswith((".txt", ".md")))
if not md_table: bad("no Markdown table in a .txt/.md document")
wrapped = False
for f in RAW:
    if f.endswith((".txt", ".md")):
        ls = [l for l in RAW[f].split("\n") if l.strip()]
        long_ = [l for l in ls if len(l) > 80]
        if ls and not long_ and sum(1 for l in ls if 60 <= len(l) <= 80) >= 0.4 * len(ls): wrapped = True
if not wrapped: bad("no document hard-wrapped at 60-80 characters")

# ------------------------------------------------------------------ questions
qs = []
qpath = os.path.join(HERE, "questions.jsonl")
for n, line in enumerate(open(qpath, encoding="utf-8"), 1):
    if not line.strip(): continue
    try: qs.append(json.loads(line))
    except Exception as e: bad(f"questions.jsonl line {n}: bad JSON {e}")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
ids, texts, seen_q = set(), set(), []
cites = {f: 0 for f in files}
for i, q in enumerate(qs, 1):
    qid = q.get("id"); tag = qid or f"line {i}"
    if qid != f"ni{i:03d}": bad(f"{tag}: id should be ni{i:03d}")
    if qid in ids: bad(f"{tag}: duplicate id")
    ids.add(qid)
    qt = q.get("question", "")
    if not qt or norm(qt) in texts: bad(f"{tag}: empty or duplicate question")
    texts.add(norm(qt))
    if unicodedata.normalize("NFC", qt) != qt: bad(f"{tag}: question not NFC")
    if q.get("kind") not in KINDS: bad(f"{tag}: bad kind {q.get('kind')}")
    for h in q.get("history", []):
        if h not in seen_q: bad(f"{tag}: history question not an earlier question: {h!r}")
    seen_q.append(qt)
    ev, kw = q.get("evidence"), q.get("keywords")
    if q.get("answerable") is False:
        if ev or kw: bad(f"{tag}: unanswerable must have empty evidence and keywords")
        continue
    if q.get("answerable") is not True: bad(f"{tag}: answerable must be true/false")
    if not ev or not 1 <= len(ev) <= 3: bad(f"{tag}: need 1-3 evidence quotes")
    if not kw or not 1 <= len(kw) <= 3: bad(f"{tag}: need 1-3 keywords")
    srcs = set()
    for e in ev or []:
        src, quote = e.get("source"), e.get("quote", "")
        if src not in TEXT: bad(f"{tag}: unknown source {src}"); continue
        srcs.add(src)
        nq = norm(quote)
        if not 20 <= len(nq) <= 200: bad(f"{tag}: quote length {len(nq)} not in 20-200: {quote!r}")
        if nq not in TEXT[src]: bad(f"{tag}: quote not verbatim in {src}: {quote!r}")
    for s in srcs: cites[s] += 1
    qtxt = " ".join(norm(e.get("quote", "")) for e in ev or [])
    for k in kw or []:
        nk = norm(k)
        if nk not in qtxt and not any(nk in TEXT[s] for s in srcs):
            bad(f"{tag}: keyword {k!r} not in quotes nor cited file")
    for a in q.get("actors", []) or []:
        if not any(norm(a) in TEXT[s] for s in srcs): bad(f"{tag}: actor {a!r} not verbatim in cited file")

N = len(qs)
kinds = {}
for q in qs: kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
unans = sum(1 for q in qs if q.get("answerable") is False)
nodia = sum(1 for q in qs if q.get("kind") == "no-diacritics")
abbr = sum(1 for q in qs if q.get("kind") == "abbreviation")
fu = [q for q in qs if q.get("history")]
fu_un = sum(1 for q in fu if q.get("answerable") is False)
ww = sum(1 for q in qs if q.get("kind") == "who-what" and q.get("actors"))
if not 95 <= N <= 130: bad(f"{N} questions, expected about 105")
if unans < 0.22 * N: bad(f"unanswerable {unans}/{N} < 22%")
if nodia < 0.15 * N: bad(f"no-diacritics {nodia}/{N} < 15%")
if abbr < 0.12 * N: bad(f"abbreviation {abbr}/{N} < 12%")
if len(fu) < 15: bad(f"only {len(fu)} follow-ups")
if not 1 <= fu_un <= 2: bad(f"{fu_un} unanswerable follow-ups, need 1-2")
if ww < 12: bad(f"only {ww} who-what questions with actors")
for k in ("metadata", "list", "corpus"):
    if kinds.get(k, 0) < 3: bad(f"too few {k} questions")
for q in qs:
    if q.get("kind") == "no-diacritics" and has_diacritics(q["question"]): bad(f"{q['id']}: no-diacritics question has diacritics")
    if q.get("kind") == "abbreviation" and not has_abbr(q["question"]): bad(f"{q['id']}: abbreviation question has no abbreviation")
    if q.get("kind") == "follow-up" and not q.get("history"): bad(f"{q['id']}: follow-up without history")
    if q.get("kind") == "unanswerable" and q.get("answerable") is not False: bad(f"{q['id']}: unanswerable kind but answerable")
for f, c in cites.items():
    if c < 12: bad(f"{f} cited by only {c} answerable questions")

# ------------------------------------------------------------------ who_what
wws = [json.loads(l) for l in open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") if l.strip()]
if sorted(w.get("source") for w in wws) != sorted(files): bad("who_what.jsonl must have one line per document")
for w in wws:
    src = w.get("source"); tag = w.get("id")
    if src not in TEXT: bad(f"{tag}: unknown source"); continue
    T = TEXT[src]
    names = set()
    if not w.get("actors"): bad(f"{tag}: no actors")
    for a in w.get("actors", []):
        names.add(norm(a["name"]))
        if norm(a["name"]) not in T: bad(f"{tag}: actor name not verbatim: {a['name']!r}")
        if a.get("role") not in ("chủ trì", "phối hợp", "thường trực", None): bad(f"{tag}: bad role {a.get('role')}")
        if a.get("deadline") and norm(a["deadline"]) not in T: bad(f"{tag}: deadline not verbatim: {a['deadline']!r}")
        tq = norm(a.get("task_quote", ""))
        if not 20 <= len(tq) <= 200: bad(f"{tag}: task_quote length {len(tq)}: {a.get('task_quote')!r}")
        if tq not in T: bad(f"{tag}: task_quote not verbatim: {a.get('task_quote')!r}")
    for g in w.get("groups", []):
        if norm(g["name"]) not in T: bad(f"{tag}: group name not verbatim: {g['name']!r}")
        for m in g.get("members", []):
            if norm(m) not in T: bad(f"{tag}: group member not verbatim: {m!r}")
    intr = w.get("intruders", [])
    if not 3 <= len(intr) <= 6: bad(f"{tag}: need 3-6 intruders")
    for s in intr:
        ns = norm(s)
        if ns not in T: bad(f"{tag}: intruder not verbatim: {s!r}")
        if any(ns == n or ns in n or n in ns for n in names): bad(f"{tag}: intruder {s!r} overlaps an actor")

if PROBLEMS:
    for p in PROBLEMS: print("PROBLEM:", p)
    sys.exit(1)
print(f"OK  ({N} questions; kinds {dict(sorted(kinds.items()))}; unanswerable {unans} = {100*unans/N:.1f}%; "
      f"no-diacritics {nodia} = {100*nodia/N:.1f}%; abbreviation {abbr} = {100*abbr/N:.1f}%; follow-ups {len(fu)} "
      f"({fu_un} unanswerable); who-what with actors {ww}; citations per file {cites})")
