#!/usr/bin/env python3
"""Standalone checker for the blind125 (prefix nj) evaluation set. Prints OK or the problems (exit 1)."""
import json, os, re, sys, unicodedata, zipfile
from collections import Counter
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "nj"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
ABBR = re.compile(r"(?<![\w&])(KH|CV|QĐ|QD|BC|TB|HD|UBND|MTTQ|GD&ĐT|KH&CN|HĐND|THCS|ĐH|CĐ|DN|HTX|NCKH|NSNN|HĐ|P\.|KTCN|STC|SKHCN)(?![\w&])", re.I)
problems = []
def bad(msg): problems.append(msg)

def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()

def read_docx(path):
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t" and el.text: parts.append(el.text)
            elif el.tag in (W + "br", W + "tab"): parts.append(" ")
        paras.append("".join(parts))
    has_table = root.find(".//" + W + "tbl") is not None
    return "\n".join(paras), has_table

def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((pg.extract_text() or "") for pg in r.pages), len(r.pages)

# ------------------------------------------------------------------ documents
files = sorted(f for f in os.listdir(CORPUS) if not f.startswith("."))
if len(files) != 5: bad(f"corpus must hold exactly 5 files, has {len(files)}: {files}")
for i, f in enumerate(files, 1):
    if not re.fullmatch(rf"{PREFIX}0{i}_[a-z0-9]+(_[a-z0-9]+)*\.(txt|md|docx|pdf)", f):
        bad(f"bad file name {f}")
exts = Counter(os.path.splitext(f)[1] for f in files)
for e in (".txt", ".docx", ".pdf"):
    if not exts[e]: bad(f"no {e} file")
RAW, TEXT = {}, {}
for f in files:
    p = os.path.join(CORPUS, f); ext = os.path.splitext(f)[1]
    if ext in (".txt", ".md"):
        t = open(p, encoding="utf-8").read()
    elif ext == ".docx":
        t, has_tbl = read_docx(p)
        if not has_tbl: bad(f"{f}: no Word table")
    else:
        t, pages = read_pdf(p)
        if not 2 <= pages <= 4: bad(f"{f}: {pages} pages (want 2-4)")
        if len(t.strip()) < 1000: bad(f"{f}: PDF text layer missing or too short")
    if unicodedata.normalize("NFC", t) != t: bad(f"{f}: text is not NFC")
    RAW[f] = t; TEXT[f] = norm(t)
    words = len([w for w in t.split() if re.search(r"\w", w)])
    if not 700 <= words <= 1500: bad(f"{f}: {words} words (want 700-1500)")
    if "cộng hòa xã hội chủ nghĩa việt nam" not in TEXT[f] and "đảng cộng sản việt nam" not in TEXT[f]:
        bad(f"{f}: motto missing")
    if "cộng hòa xã hội chủ nghĩa việt nam" in TEXT[f] and "độc lập - tự do - hạnh phúc" not in TEXT[f]:
        bad(f"{f}: 'Độc lập - Tự do - Hạnh phúc' missing")
    if not re.search(r"số:? ?\d+[/-]", TEXT[f]): bad(f"{f}: no number/symbol")
    if "nơi nhận" not in TEXT[f] or "lưu: vt" not in TEXT[f]: bad(f"{f}: tail (Nơi nhận / Lưu: VT) missing")
    if "căn cứ" not in TEXT[f] and "thực hiện" not in TEXT[f]: bad(f"{f}: no 'Căn cứ'/'Thực hiện' basis")
    for line in t.splitlines():
        if "57-NQ/TW" in line and "Căn cứ" not in line: bad(f"{f}: 57-NQ/TW outside a Căn cứ line")
md_table = any(re.search(r"^\|.*\|.*\|\s*$", RAW[f], re.M) and re.search(r"^\|\s*-{3,}\s*\|", RAW[f], re.M)
               for f in files if f.endswith((".txt", ".md")))
if not md_table: bad("no Markdown table in a .txt/.md file")
def hard_wrapped(t):
    lines = [l for l in t.splitlines() if l.strip()]
    return sum(55 <= len(l) <= 80 for l in lines) >= 30 and max(len(l) for l in lines) <= 80
if not any(hard_wrapped(RAW[f]) for f in files if f.endswith((".txt", ".md"))): bad("no hard-wrapped (60-80 chars) document")

def in_file(src, s): return src in TEXT and norm(s) in TEXT[src]

# ------------------------------------------------------------------ questions
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
raw_q = open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8").read()
if "57-NQ/TW" in raw_q: bad("questions.jsonl writes 57-NQ/TW")
ids = [q.get("id") for q in qs]
if len(set(ids)) != len(ids): bad("duplicate ids")
for i, qid in enumerate(ids, 1):
    if qid != f"{PREFIX}{i:03d}": bad(f"id {qid} out of sequence (want {PREFIX}{i:03d})"); break
qtexts = [norm(q.get("question", "")) for q in qs]
for t, c in Counter(qtexts).items():
    if c > 1: bad(f"duplicate question: {t}")
cites = Counter(); seen = set()
for q in qs:
    qid = q.get("id"); kind = q.get("kind"); ans = q.get("answerable")
    for k in ("id", "question", "answerable", "kind", "evidence", "keywords"):
        if k not in q: bad(f"{qid}: missing field {k}")
    if kind not in KINDS: bad(f"{qid}: bad kind {kind}")
    if unicodedata.normalize("NFC", q["question"]) != q["question"]: bad(f"{qid}: question not NFC")
    nq = norm(q["question"]).rstrip("?").strip()
    if len(nq) > 25 and any(nq in T for T in TEXT.values()): bad(f"{qid}: question copies a document sentence")
    for h in q.get("history", []):
        if norm(h) not in seen: bad(f"{qid}: history question not an earlier question: {h}")
    if kind == "follow-up" and not q.get("history"): bad(f"{qid}: follow-up without history")
    if kind == "no-diacritics" and not all(ord(ch) < 128 for ch in q["question"]): bad(f"{qid}: no-diacritics question has diacritics")
    if kind == "abbreviation" and not ABBR.search(q["question"]): bad(f"{qid}: abbreviation question without an abbreviation")
    if ans is False:
        if q["evidence"] or q["keywords"]: bad(f"{qid}: unanswerable must have empty evidence and keywords")
    elif ans is True:
        ev = q["evidence"]
        if not 1 <= len(ev) <= 3: bad(f"{qid}: {len(ev)} quotes (want 1-3)")
        if not 1 <= len(q["keywords"]) <= 3: bad(f"{qid}: {len(q['keywords'])} keywords (want 1-3)")
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in TEXT: bad(f"{qid}: unknown source {src}"); continue
            srcs.add(src)
            if not 20 <= len(quote) <= 200: bad(f"{qid}: quote length {len(quote)}: {quote[:50]}")
            if not in_file(src, quote): bad(f"{qid}: quote not verbatim in {src}: {quote}")
        for s in srcs: cites[s] += 1
        qn = " ".join(norm(e.get("quote", "")) for e in ev)
        for kw in q["keywords"]:
            if norm(kw) not in qn and not any(in_file(s, kw) for s in srcs):
                bad(f"{qid}: keyword not in quotes or cited files: {kw}")
        for a in q.get("actors", []):
            pool = srcs if kind != "corpus" else set(TEXT)
            if not any(in_file(s, a) for s in pool): bad(f"{qid}: actor not verbatim: {a}")
    else: bad(f"{qid}: answerable must be true/false")
    seen.add(norm(q["question"]))
n = len(qs)
unans = sum(q["answerable"] is False for q in qs)
nodiac = sum(all(ord(ch) < 128 for ch in q["question"]) for q in qs)
abbr = sum(q["kind"] == "abbreviation" for q in qs)
fu = [q for q in qs if q.get("history")]
fu_un = sum(q["answerable"] is False for q in fu)
ww = sum(q["kind"] == "who-what" and bool(q.get("actors")) for q in qs)
kinds = Counter(q["kind"] for q in qs)
if not 95 <= n <= 125: bad(f"{n} questions (want about 105)")
if unans / n < 0.22: bad(f"unanswerable {unans}/{n} = {unans/n:.1%} < 22%")
if nodiac / n < 0.15: bad(f"no-diacritics {nodiac}/{n} = {nodiac/n:.1%} < 15%")
if abbr / n < 0.12: bad(f"abbreviation {abbr}/{n} = {abbr/n:.1%} < 12%")
if len(fu) < 15: bad(f"only {len(fu)} follow-ups")
if not 1 <= fu_un <= 2: bad(f"{fu_un} unanswerable follow-ups (want 1-2)")
if ww < 12: bad(f"only {ww} who-what questions with actors")
for k in ("metadata", "list", "corpus"):
    if kinds[k] < 3: bad(f"only {kinds[k]} {k} questions")
for f in files:
    if cites[f] < 12: bad(f"{f} cited by {cites[f]} answerable questions (want >= 12)")

# ------------------------------------------------------------------ who-what
ws = [json.loads(l) for l in open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") if l.strip()]
if sorted(w.get("source") for w in ws) != files: bad("who_what.jsonl must have exactly one line per document")
for w in ws:
    wid, src = w.get("id"), w.get("source")
    if src not in TEXT: bad(f"{wid}: unknown source {src}"); continue
    names = set()
    if not w.get("actors"): bad(f"{wid}: no actors")
    for a in w.get("actors", []):
        names.add(norm(a["name"]))
        if not in_file(src, a["name"]): bad(f"{wid}: actor name not verbatim: {a['name']}")
        if a.get("role") not in ("chủ trì", "phối hợp", "thường trực", None): bad(f"{wid}: bad role {a.get('role')}")
        if a.get("deadline") is not None and not in_file(src, a["deadline"]): bad(f"{wid}: deadline not verbatim: {a['deadline']}")
        tq = a.get("task_quote", "")
        if not 20 <= len(tq) <= 200: bad(f"{wid}: task_quote length {len(tq)}: {tq[:40]}")
        if not in_file(src, tq): bad(f"{wid}: task_quote not verbatim: {tq}")
    for g in w.get("groups", []):
        if not in_file(src, g["name"]): bad(f"{wid}: group name not verbatim: {g['name']}")
        for m in g.get("members", []):
            if not in_file(src, m): bad(f"{wid}: group member not verbatim: {m}")
    intr = w.get("intruders", [])
    if not 3 <= len(intr) <= 6: bad(f"{wid}: {len(intr)} intruders (want 3-6)")
    for s in intr:
        if not in_file(src, s): bad(f"{wid}: intruder not verbatim: {s}")
        ns = norm(s)
        if ns in names or re.sub(r"\s*\(b/c\)$", "", ns) in names: bad(f"{wid}: intruder is an actor: {s}")

if problems:
    print("\n".join(problems)); print(f"{len(problems)} problem(s)"); sys.exit(1)
print(f"OK  ({n} questions: unanswerable {unans/n:.1%}, no-diacritics {nodiac/n:.1%}, abbreviation {abbr/n:.1%}, "
      f"follow-ups {len(fu)} ({fu_un} unanswerable), who-what {ww}; citations {dict(cites)})")
