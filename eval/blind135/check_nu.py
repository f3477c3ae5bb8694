#!/usr/bin/env python3
"""Standalone checker for blind set 135 (prefix nu). Prints OK or the problems (exit 1)."""
import json, os, re, sys, unicodedata, zipfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
P = "nu"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = re.compile(r"(?<![\w&])(KH|CV|QĐ|BC|TB|HD|BB|UBND|MTTQ|GD&ĐT|KH&CN|KH&KT|HĐND|THCS|BTG|HNB|TT&TT|BTC|PT-TH|HĐGK|VH-TT&TT|TT)(?![\w&])")
problems = []
def bad(msg): problems.append(msg)

def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()

def read_docx(path):
    try:
        from docx import Document
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        d = Document(path)
        out, tables = [], 0
        for el in d.element.body.iterchildren():
            tag = el.tag.split("}")[-1]
            if tag == "p":
                out.append(Paragraph(el, d).text)
            elif tag == "tbl":
                tables += 1
                for row in Table(el, d).rows:
                    out.append("| " + " | ".join(c.text for c in row.cells) + " |")
        return "\n".join(out), tables
    except ImportError:  # zip + XML fallback
        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        tables = xml.count("<w:tbl>")
        xml = re.sub(r"</w:tc>", " | ", xml)
        xml = re.sub(r"</w:p>|</w:tr>", "\n", xml)
        return re.sub(r"<[^>]+>", "", xml), tables

def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)

# ------------------------------------------------------------------ corpus
files = sorted(os.listdir(CORPUS)) if os.path.isdir(CORPUS) else []
if len(files) != 5:
    bad(f"corpus must hold exactly 5 files, found {len(files)}: {files}")
raw, text = {}, {}
exts = Counter()
for i, f in enumerate(files, 1):
    m = re.fullmatch(rf"{P}0(\d)_([a-z0-9]+(?:_[a-z0-9]+)*)\.(txt|md|docx|pdf)", f)
    if not m or int(m.group(1)) != i:
        bad(f"bad file name or order: {f}")
        continue
    ext = m.group(3); exts[ext] += 1
    path = os.path.join(CORPUS, f)
    if ext in ("txt", "md"):
        t = open(path, encoding="utf-8").read()
    elif ext == "docx":
        t, ntab = read_docx(path)
        if ntab < 2:  # header table + prize table
            bad(f"{f}: expected a Word table (found {ntab} tables)")
    else:
        t, npages = read_pdf(path)
        if not 2 <= npages <= 4:
            bad(f"{f}: PDF has {npages} pages, need 2-4")
        if len(t.split()) < 100:
            bad(f"{f}: PDF text layer looks empty")
    raw[f] = t
    text[f] = norm(t)
    if t != unicodedata.normalize("NFC", t):
        bad(f"{f}: text is not NFC")
    w = len(t.split())
    if not 700 <= w <= 1500:
        bad(f"{f}: {w} words, need 700-1500")
    n = text[f]
    if not (("cộng hòa xã hội chủ nghĩa việt nam" in n and "độc lập - tự do - hạnh phúc" in n) or "đảng cộng sản việt nam" in n):
        bad(f"{f}: motto missing")
    if "số" not in n[:600]:
        bad(f"{f}: number/symbol missing from header")
    if "nơi nhận" not in n or "lưu: vt" not in n:
        bad(f"{f}: tail (Nơi nhận / Lưu: VT) missing")
    for line in t.splitlines():
        if "57-NQ/TW" in line and not line.strip().lstrip("-– ").startswith("Căn cứ"):
            bad(f"{f}: 57-NQ/TW outside a Căn cứ line: {line.strip()[:80]}")
for need in ("txt", "docx", "pdf"):
    if exts[need] < 1:
        bad(f"no .{need} document")
if sum(exts.values()) != exts["txt"] + exts["md"] + exts["docx"] + exts["pdf"] or exts["docx"] > 1 or exts["pdf"] > 1:
    bad(f"format mix unexpected: {dict(exts)}")
# Markdown table in a .txt/.md
if not any(re.search(r"^\s*\|.*\|.*\|\s*$\n^\s*\|[\s:|-]*-{3,}[\s:|-]*\|\s*$", raw[f], re.M)
           for f in raw if f.endswith((".txt", ".md"))):
    bad("no Markdown table in a .txt/.md document")
# hard-wrapped document
def hard_wrapped(t):
    lines = [l for l in t.splitlines() if l.strip()]
    long_ = [l for l in lines if len(l) > 80]
    band = [l for l in lines if 60 <= len(l) <= 80]
    return lines and len(long_) <= 2 and len(band) >= 0.3 * len(lines)
if not any(hard_wrapped(raw[f]) for f in raw if f.endswith((".txt", ".md"))):
    bad("no document hard-wrapped at 60-80 characters")

def in_file(src, s):
    return src in text and norm(s) in text[src]

# ------------------------------------------------------------------ questions
qs = []
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if line.strip():
            try: qs.append(json.loads(line))
            except Exception as e: bad(f"questions.jsonl line {ln}: {e}")
ids, seen_q, earlier = set(), set(), []
cited = Counter()
for k, q in enumerate(qs, 1):
    qid = q.get("id")
    if qid != f"{P}{k:03d}": bad(f"id {qid} should be {P}{k:03d}")
    if qid in ids: bad(f"duplicate id {qid}")
    ids.add(qid)
    qt = q.get("question", "")
    if not qt or norm(qt) in seen_q: bad(f"{qid}: empty or duplicate question")
    seen_q.add(norm(qt))
    if q.get("kind") not in KINDS: bad(f"{qid}: bad kind {q.get('kind')}")
    ans = q.get("answerable")
    ev, kw = q.get("evidence"), q.get("keywords")
    if not isinstance(ev, list) or not isinstance(kw, list): bad(f"{qid}: evidence/keywords must be lists"); continue
    for sent in (norm(t) for t in re.split(r"(?<=[.?!])\s+", "\n".join(raw.values()))):
        if len(sent) > 40 and norm(qt) == sent: bad(f"{qid}: question copies a document sentence")
    if ans is False:
        if ev or kw: bad(f"{qid}: unanswerable must have empty evidence and keywords")
        if q["kind"] not in ("unanswerable", "follow-up"): bad(f"{qid}: unanswerable with kind {q['kind']}")
    elif ans is True:
        if q["kind"] == "unanswerable": bad(f"{qid}: kind unanswerable but answerable true")
        if not 1 <= len(ev) <= 3: bad(f"{qid}: need 1-3 quotes")
        if not 1 <= len(kw) <= 3: bad(f"{qid}: need 1-3 keywords")
        srcs = set()
        for e in ev:
            s, qu = e.get("source"), e.get("quote", "")
            if s not in text: bad(f"{qid}: unknown source {s}"); continue
            if not 20 <= len(qu) <= 200: bad(f"{qid}: quote length {len(qu)}: {qu[:50]}")
            if not in_file(s, qu): bad(f"{qid}: quote not verbatim in {s}: {qu}")
            srcs.add(s)
        for s in srcs: cited[s] += 1
        allq = " ".join(norm(e.get("quote", "")) for e in ev)
        for w in kw:
            if norm(w) not in allq and not any(in_file(s, w) for s in srcs):
                bad(f"{qid}: keyword not in quotes/cited file: {w}")
        if q["kind"] == "corpus" and len(srcs) < 2: bad(f"{qid}: corpus question cites <2 documents")
    else:
        bad(f"{qid}: answerable must be true/false")
    for h in q.get("history", []) or []:
        if h not in earlier: bad(f"{qid}: history question not an earlier question: {h}")
    if q["kind"] == "follow-up" and not q.get("history"): bad(f"{qid}: follow-up without history")
    for a in q.get("actors", []) or []:
        srcs = {e["source"] for e in ev} or set(text)
        if not any(in_file(s, a) for s in srcs): bad(f"{qid}: actor not verbatim in cited file: {a}")
    if q["kind"] == "who-what" and not q.get("actors"): bad(f"{qid}: who-what without actors")
    if q["kind"] == "no-diacritics" and any(ord(c) > 127 for c in qt): bad(f"{qid}: no-diacritics question has diacritics")
    if q["kind"] == "abbreviation" and not ABBR.search(qt): bad(f"{qid}: abbreviation question without abbreviation")
    earlier.append(qt)

n = len(qs)
unans = sum(q.get("answerable") is False for q in qs)
nodiac = sum(all(ord(c) < 128 for c in q["question"]) for q in qs)
abbr = sum(bool(ABBR.search(q["question"])) for q in qs)
fups = [q for q in qs if q.get("history")]
fup_un = sum(q.get("answerable") is False for q in fups)
ww = sum(bool(q.get("actors")) for q in qs)
kinds = Counter(q.get("kind") for q in qs)
if not 95 <= n <= 125: bad(f"{n} questions, want about 105")
if unans < 0.22 * n: bad(f"unanswerable {unans}/{n} < 22%")
if nodiac < 0.15 * n: bad(f"no-diacritics {nodiac}/{n} < 15%")
if abbr < 0.12 * n: bad(f"abbreviation {abbr}/{n} < 12%")
if len(fups) < 15 or not 1 <= fup_un <= 2: bad(f"follow-ups {len(fups)} (unanswerable {fup_un}); need >=15 with 1-2 unanswerable")
if ww < 12: bad(f"questions with actors {ww} < 12")
for k in ("metadata", "list", "corpus"):
    if kinds[k] < 3: bad(f"too few {k} questions ({kinds[k]})")
for f in text:
    if cited[f] < 12: bad(f"{f} cited by {cited[f]} answerable questions (< 12)")

# ------------------------------------------------------------------ who_what
wws = [json.loads(l) for l in open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") if l.strip()]
if sorted(w.get("source") for w in wws) != sorted(text): bad("who_what.jsonl must have one line per document")
for k, w in enumerate(wws, 1):
    wid, s = w.get("id"), w.get("source")
    if wid != f"w{P}{k:02d}": bad(f"who_what id {wid} should be w{P}{k:02d}")
    if s not in text: bad(f"{wid}: unknown source {s}"); continue
    if not w.get("directive"): bad(f"{wid}: directive missing")
    names = set()
    for a in w.get("actors", []):
        names.add(norm(a["name"]))
        if not in_file(s, a["name"]): bad(f"{wid}: actor not verbatim: {a['name']}")
        if a.get("role") not in ROLES: bad(f"{wid}: bad role {a.get('role')}")
        if a.get("deadline") is not None and not in_file(s, a["deadline"]): bad(f"{wid}: deadline not verbatim: {a['deadline']}")
        tq = a.get("task_quote", "")
        if not 20 <= len(tq) <= 200: bad(f"{wid}: task_quote length {len(tq)}")
        if not in_file(s, tq): bad(f"{wid}: task_quote not verbatim: {tq}")
    if not w.get("actors"): bad(f"{wid}: no actors")
    for g in w.get("groups", []):
        if not in_file(s, g["name"]): bad(f"{wid}: group name not verbatim: {g['name']}")
        for m in g.get("members", []):
            if not in_file(s, m): bad(f"{wid}: group member not verbatim: {m}")
    intr = w.get("intruders", [])
    if not 3 <= len(intr) <= 6: bad(f"{wid}: need 3-6 intruders")
    for x in intr:
        if not in_file(s, x): bad(f"{wid}: intruder not verbatim: {x}")
        if norm(x) in names or any(nm in norm(x) for nm in names): bad(f"{wid}: intruder is/contains an actor: {x}")

if problems:
    print("\n".join(problems)); print(f"{len(problems)} problem(s)"); sys.exit(1)
print(f"questions {n}: unanswerable {unans} ({unans/n:.1%}), no-diacritics {nodiac} ({nodiac/n:.1%}), "
      f"abbreviation {abbr} ({abbr/n:.1%}), follow-ups {len(fups)} ({fup_un} unanswerable), with actors {ww}")
print("kinds", dict(kinds)); print("cited", dict(cited))
print("OK")
