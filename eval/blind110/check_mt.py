#!/usr/bin/env python3
"""Standalone checker for the blind110 (prefix mt) evaluation set. Prints OK or the problems (exit 1)."""
import json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "mt"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
problems = []
def bad(msg): problems.append(msg)

def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()

def read_docx(path):
    try:
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        def tables(ts):
            for t in ts:
                for row in t.rows:
                    for c in row.cells:
                        parts.append(c.text); tables(c.tables)
        tables(d.tables)
        return "\n".join(parts)
    except ImportError:
        W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
        return "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p"))

def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)

# ---------------------------------------------------------------- documents
files = sorted(f for f in os.listdir(CORPUS) if not f.startswith("."))
if len(files) != 5: bad(f"corpus has {len(files)} files, expected 5")
raw, text = {}, {}
exts = set()
for i, f in enumerate(files, 1):
    m = re.fullmatch(rf"{PREFIX}0(\d)_([a-z0-9_]+)\.(txt|md|docx|pdf)", f)
    if not m or int(m.group(1)) != i: bad(f"bad file name or order: {f}"); 
    ext = f.rsplit(".", 1)[1]; exts.add(ext)
    p = os.path.join(CORPUS, f)
    if ext in ("txt", "md"):
        t = open(p, encoding="utf-8").read()
        if unicodedata.normalize("NFC", t) != t: bad(f"{f}: not NFC")
    elif ext == "docx":
        t = read_docx(p)
        if unicodedata.normalize("NFC", t) != t: bad(f"{f}: not NFC")
    else:
        t, pages = read_pdf(p)
        if not 2 <= pages <= 4: bad(f"{f}: {pages} pages, expected 2-4")
        if len(t.strip()) < 500: bad(f"{f}: no real text layer")
    raw[f], text[f] = t, norm(t)
    words = len([w for w in t.split() if re.search(r"\w", w)])
    if not 700 <= words <= 1500: bad(f"{f}: {words} words, expected 700-1500")
    n = text[f]
    state = "cộng hòa xã hội chủ nghĩa việt nam" in n and "độc lập - tự do - hạnh phúc" in n
    party = "đảng cộng sản việt nam" in n
    if not (state or party): bad(f"{f}: motto missing")
    if not re.search(r"số:? ?\d+[/-]", n): bad(f"{f}: number/symbol missing")
    if "nơi nhận" not in n: bad(f"{f}: 'Nơi nhận' missing")
    if "lưu" not in n: bad(f"{f}: 'Lưu' line missing")
for e in ("txt", "docx", "pdf"):
    if e not in exts: bad(f"no .{e} document")
if not any(re.search(r"^\s*\|.*\|\s*$\n^\s*\|[\s:|-]+\|\s*$", raw[f], re.M) for f in files if f.endswith((".txt", ".md"))):
    bad("no Markdown table in a .txt/.md document")
docx_files = [f for f in files if f.endswith(".docx")]
if docx_files:
    import docx as _d
    if not _d.Document(os.path.join(CORPUS, docx_files[0])).tables: bad("docx has no Word table")
def hard_wrapped(t):
    ls = [l for l in t.splitlines() if l.strip()]
    long_ = [l for l in ls if len(l) > 80]
    body = [l for l in ls if len(l) >= 55]
    return len(ls) > 40 and not long_ and len(body) > 0.4 * len(ls)
if not any(hard_wrapped(raw[f]) for f in files if f.endswith(".txt")): bad("no .txt hard-wrapped at 60-80 characters")
if "57-nq/tw" in " ".join(text.values()):
    for f in files:
        for line in raw[f].splitlines():
            if "57-NQ/TW" in line and not line.strip().startswith("Căn cứ"): bad(f"{f}: 57-NQ/TW outside a Căn cứ line")

def in_doc(f, s): return f in text and norm(s) in text[f]

# ---------------------------------------------------------------- questions
Q = []
for ln, line in enumerate(open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8"), 1):
    if line.strip():
        try: Q.append(json.loads(line))
        except Exception as ex: bad(f"questions.jsonl line {ln}: {ex}")
ids, qs, seen_q = set(), set(), []
cites = {f: 0 for f in files}
DIAC = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)
ABBR = re.compile(r"\b(KHLT|KH|CV|QĐ|BC|TB|HD|BB|UBND|MTTQ|GD&ĐT|PGD&ĐT|KH&CN|HĐND|THCS|TH|HS|HK|ATTP|TYT|TTYT|QLDA|LHPN|ĐKT|TTr|VB|DS|KQ|TP|TC-KH)\b")
n_un = n_nod = n_abbr = n_fu = n_fu_un = n_ww = 0
for i, o in enumerate(Q):
    qid = o.get("id", "?")
    if qid != f"{PREFIX}{i+1:03d}": bad(f"{qid}: id out of sequence (expected {PREFIX}{i+1:03d})")
    if qid in ids: bad(f"{qid}: duplicate id")
    ids.add(qid)
    qn = norm(o.get("question", ""))
    if not qn: bad(f"{qid}: empty question")
    if qn in qs: bad(f"{qid}: duplicate question")
    qs.add(qn)
    kind = o.get("kind")
    if kind not in KINDS: bad(f"{qid}: bad kind {kind}")
    ans = o.get("answerable")
    ev, kw = o.get("evidence"), o.get("keywords")
    if not isinstance(ans, bool): bad(f"{qid}: answerable not bool")
    for f in files:
        if len(qn) > 30 and qn in text[f]: bad(f"{qid}: question copies a sentence of {f}")
    if ans is False:
        n_un += 1
        if ev != [] or kw != []: bad(f"{qid}: unanswerable must have empty evidence and keywords")
    else:
        if kind == "unanswerable": bad(f"{qid}: kind unanswerable but answerable true")
        if not ev or not 1 <= len(ev) <= 3: bad(f"{qid}: needs 1-3 quotes")
        if not kw or not 1 <= len(kw) <= 3: bad(f"{qid}: needs 1-3 keywords")
        srcs = set()
        for e in ev or []:
            s, qt = e.get("source"), e.get("quote", "")
            if s not in text: bad(f"{qid}: unknown source {s}"); continue
            L = len(norm(qt))
            if not 20 <= L <= 200: bad(f"{qid}: quote length {L} not in 20-200: {qt[:40]!r}")
            if not in_doc(s, qt): bad(f"{qid}: quote not verbatim in {s}: {qt[:60]!r}")
            srcs.add(s)
        for s in srcs: cites[s] += 1
        allq = " ".join(norm(e.get("quote", "")) for e in ev or [])
        for k in kw or []:
            if norm(k) not in allq and not any(in_doc(s, k) for s in srcs):
                bad(f"{qid}: keyword {k!r} not in quotes or cited files")
    for a in o.get("actors", []) or []:
        srcs = {e.get("source") for e in ev or []} or set(files)
        if not any(in_doc(s, a) for s in srcs): bad(f"{qid}: actor {a!r} not verbatim in cited text")
    if o.get("actors"): n_ww += 1
    h = o.get("history")
    if h:
        n_fu += 1
        if ans is False: n_fu_un += 1
        for hq in h:
            if norm(hq) not in [norm(x) for x in seen_q]: bad(f"{qid}: history question not an earlier question: {hq[:50]!r}")
    elif kind == "follow-up": bad(f"{qid}: follow-up without history")
    if not DIAC.search(o.get("question", "")): n_nod += 1
    if ABBR.search(o.get("question", "")): n_abbr += 1
    seen_q.append(o.get("question", ""))

N = len(Q) or 1
from collections import Counter
kc = Counter(o.get("kind") for o in Q)
def quota(name, val, need): 
    if val < need: bad(f"quota {name}: {val} < {need}")
if not 95 <= len(Q) <= 120: bad(f"{len(Q)} questions, expected about 105")
quota("unanswerable (answerable=false)", n_un / N, 0.22)
quota("kind=unanswerable", kc["unanswerable"] / N, 0.22)
quota("no-diacritics (typed)", n_nod / N, 0.15)
quota("kind=no-diacritics", kc["no-diacritics"] / N, 0.15)
quota("abbreviations (typed)", n_abbr / N, 0.12)
quota("kind=abbreviation", kc["abbreviation"] / N, 0.12)
quota("follow-ups with history", n_fu, 15)
if not 1 <= n_fu_un <= 2: bad(f"{n_fu_un} unanswerable follow-ups, expected 1-2")
quota("who-what with actors", n_ww, 12)
for k in ("metadata", "list", "corpus"): quota(f"kind={k}", kc[k], 3)
for f, c in cites.items(): quota(f"answerable questions citing {f}", c, 12)

# ---------------------------------------------------------------- who_what
W = [json.loads(l) for l in open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") if l.strip()]
if sorted(w.get("source") for w in W) != files: bad("who_what.jsonl must have one line per document")
for w in W:
    s, wid = w.get("source"), w.get("id")
    if s not in text: bad(f"{wid}: unknown source {s}"); continue
    names = set()
    if not w.get("actors"): bad(f"{wid}: no actors")
    for a in w.get("actors", []):
        names.add(norm(a["name"]))
        if not in_doc(s, a["name"]): bad(f"{wid}: actor name not verbatim: {a['name']!r}")
        if a.get("role") not in ("chủ trì", "phối hợp", "thường trực", None): bad(f"{wid}: bad role {a.get('role')}")
        if a.get("deadline") and not in_doc(s, a["deadline"]): bad(f"{wid}: deadline not verbatim: {a['deadline']!r}")
        tq = a.get("task_quote", "")
        if not 20 <= len(norm(tq)) <= 200: bad(f"{wid}: task_quote length {len(norm(tq))}: {tq[:40]!r}")
        if not in_doc(s, tq): bad(f"{wid}: task_quote not verbatim: {tq[:60]!r}")
    for g in w.get("groups", []):
        if not in_doc(s, g["name"]): bad(f"{wid}: group name not verbatim: {g['name']!r}")
        for m in g.get("members", []):
            if not in_doc(s, m): bad(f"{wid}: group member not verbatim: {m!r}")
    it = w.get("intruders", [])
    if not 3 <= len(it) <= 6: bad(f"{wid}: {len(it)} intruders, expected 3-6")
    for x in it:
        if not in_doc(s, x): bad(f"{wid}: intruder not verbatim: {x!r}")
        if norm(x).rstrip(";") in names: bad(f"{wid}: intruder is an actor: {x!r}")

if problems:
    print("\n".join(problems)); print(f"{len(problems)} problem(s)"); sys.exit(1)
print(f"OK  ({len(Q)} questions: {n_un} unanswerable {n_un/N:.1%}, no-diacritics {n_nod} {n_nod/N:.1%}, "
      f"abbreviations {n_abbr} {n_abbr/N:.1%}, follow-ups {n_fu} ({n_fu_un} unanswerable), who-what {n_ww}; kinds {dict(kc)}; cites {cites})")
