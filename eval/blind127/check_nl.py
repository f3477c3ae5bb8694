#!/usr/bin/env python3
"""Standalone checker for the blind127 evaluation set (prefix nl). Prints OK or the problems (exit 1)."""
import json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "nl"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
problems = []
def bad(msg): problems.append(msg)

def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()

def read_docx(path):
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    try:
        import docx  # python-docx, body order: paragraphs and tables
        d = docx.Document(path)
        out = []
        for el in d.element.body.iterchildren():
            if el.tag == W + "p":
                out.append("".join(t.text or "" for t in el.iter(W + "t")))
            elif el.tag == W + "tbl":
                for tr in el.iter(W + "tr"):
                    for tc in tr.iter(W + "tc"):
                        out.append(" ".join("".join(t.text or "" for t in p.iter(W + "t")) for p in tc.iter(W + "p")))
        return "\n".join(out)
    except ImportError:
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("word/document.xml"))
        return "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p"))

def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)

# ------------------------------------------------------------ documents
files = sorted(f for f in os.listdir(CORPUS) if not f.startswith("."))
if len(files) != 5: bad(f"corpus has {len(files)} files, expected 5")
pat = re.compile(r"^%s0([1-5])_[a-z0-9_]+\.(txt|md|docx|pdf)$" % PREFIX)
for i, f in enumerate(files, 1):
    m = pat.match(f)
    if not m or int(m.group(1)) != i: bad(f"bad file name or order: {f}")
exts = [f.rsplit(".", 1)[-1] for f in files]
for e in ("txt", "docx", "pdf"):
    if e not in exts: bad(f"no .{e} document")
for f, e in zip(files, exts):
    if e not in ("txt", "md", "docx", "pdf"): bad(f"{f}: format not allowed")
if exts.count("docx") != 1 or exts.count("pdf") != 1: bad("need exactly one .docx and one .pdf, others .txt/.md")

raw, text = {}, {}
for f in files:
    p = os.path.join(CORPUS, f)
    if f.endswith((".txt", ".md")):
        t = open(p, encoding="utf-8").read()
        if unicodedata.normalize("NFC", t) != t: bad(f"{f}: not NFC")
    elif f.endswith(".docx"):
        t = read_docx(p)
        if unicodedata.normalize("NFC", t) != t: bad(f"{f}: not NFC")
    else:
        t, pages = read_pdf(p)
        if not 2 <= pages <= 4: bad(f"{f}: {pages} pages, expected 2-4")
        if len(t.split()) < 100: bad(f"{f}: no usable text layer")
    raw[f], text[f] = t, norm(t)
    n = len(t.split())
    if not 700 <= n <= 1500: bad(f"{f}: {n} words, expected 700-1500")
    nt = text[f]
    if not ("cộng hòa xã hội chủ nghĩa việt nam" in nt and "độc lập - tự do - hạnh phúc" in nt) and "đảng cộng sản việt nam" not in nt:
        bad(f"{f}: no motto")
    if not re.search(r"số:? ?\d+[-/]", nt): bad(f"{f}: no number and symbol")
    if "nơi nhận" not in nt or "lưu" not in nt: bad(f"{f}: no Nơi nhận / Lưu tail")
    if "57-nq/tw" in nt:
        for line in t.splitlines():
            if "57-NQ/TW" in line and not line.strip().lstrip("-+ ").startswith("Căn cứ"): bad(f"{f}: 57-NQ/TW outside a Căn cứ line")

md_table = re.compile(r"^\s*\|.+\|.+\|\s*$\n^\s*\|\s*:?-{3,}", re.M)
if not any(md_table.search(raw[f]) for f in files if f.endswith((".txt", ".md"))): bad("no Markdown table in a .txt/.md file")
dx = [f for f in files if f.endswith(".docx")]
if dx:
    import docx as _d
    if len(_d.Document(os.path.join(CORPUS, dx[0])).tables) < 2: bad("docx: no Word table besides the header")
def hard_wrapped(t):
    lines = [l for l in t.splitlines() if l.strip()]
    long = [l for l in lines if len(l) > 80 and not l.lstrip().startswith("|")]
    body = [l for l in lines if 60 <= len(l) <= 80]
    return len(long) == 0 and len(body) >= 30
if not any(hard_wrapped(raw[f]) for f in files if f.endswith((".txt", ".md"))): bad("no hard-wrapped document")

# ------------------------------------------------------------ questions
def load(name):
    out = []
    for i, line in enumerate(open(os.path.join(HERE, name), encoding="utf-8"), 1):
        if line.strip():
            try: out.append(json.loads(line))
            except Exception as e: bad(f"{name}:{i}: bad JSON {e}")
    return out

Q = load("questions.jsonl")
VIET = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")
ABBR = re.compile(r"(?<![\w&])(KH|CV|QĐ|BC|TB|HD|HĐ|UBND|MTTQ|GD&ĐT|KH&CN|HĐND|THCS|BTV|TU|CTr|NN&MT|KL|HTX|SKHCN|PCT|KHCN|NNMT|khcn)(?![\w&])")
seen_ids, seen_q, earlier = set(), set(), []
cites = {f: 0 for f in files}
cnt = dict(un=0, nodia=0, abbr=0, fu=0, fu_un=0, ww=0)
kinds = {}
for n, q in enumerate(Q, 1):
    qid = q.get("id"); tag = qid or f"line {n}"
    if qid != f"{PREFIX}{n:03d}": bad(f"{tag}: id should be {PREFIX}{n:03d}")
    if qid in seen_ids: bad(f"{tag}: duplicate id")
    seen_ids.add(qid)
    qt = q.get("question", "")
    if not qt or norm(qt) in seen_q: bad(f"{tag}: empty or duplicate question")
    seen_q.add(norm(qt))
    k = q.get("kind"); kinds[k] = kinds.get(k, 0) + 1
    if k not in KINDS: bad(f"{tag}: bad kind {k}")
    ans = q.get("answerable"); ev = q.get("evidence"); kw = q.get("keywords")
    if not isinstance(ans, bool) or not isinstance(ev, list) or not isinstance(kw, list): bad(f"{tag}: bad fields"); continue
    if ans:
        if not 1 <= len(ev) <= 3: bad(f"{tag}: needs 1-3 quotes")
        if not 1 <= len(kw) <= 3: bad(f"{tag}: needs 1-3 keywords")
        srcs = set()
        for e in ev:
            s, qu = e.get("source"), e.get("quote", "")
            if s not in text: bad(f"{tag}: unknown source {s}"); continue
            srcs.add(s)
            if not 20 <= len(qu) <= 200: bad(f"{tag}: quote length {len(qu)}: {qu[:40]}")
            if norm(qu) not in text[s]: bad(f"{tag}: quote not verbatim in {s}: {qu[:60]}")
        for s in srcs: cites[s] += 1
        for w in kw:
            if not any(norm(w) in norm(e.get("quote", "")) for e in ev) and not any(norm(w) in text.get(s, "") for s in srcs):
                bad(f"{tag}: keyword not in quotes or cited file: {w}")
        if k == "unanswerable": bad(f"{tag}: answerable but kind unanswerable")
    else:
        cnt["un"] += 1
        if ev or kw: bad(f"{tag}: unanswerable must have empty evidence and keywords")
    if not (set(qt.lower()) & VIET): cnt["nodia"] += 1
    elif k == "no-diacritics": bad(f"{tag}: kind no-diacritics but has diacritics")
    if ABBR.search(qt): cnt["abbr"] += 1
    elif k == "abbreviation": bad(f"{tag}: kind abbreviation but no abbreviation found")
    if "history" in q:
        h = q["history"]
        if not h or any(x not in earlier for x in h): bad(f"{tag}: history not verbatim earlier questions")
        cnt["fu"] += 1
        if not ans: cnt["fu_un"] += 1
    elif k == "follow-up": bad(f"{tag}: follow-up without history")
    if "actors" in q:
        cnt["ww"] += 1
        for a in q["actors"]:
            if not any(norm(a) in text[s] for s in (set(e["source"] for e in ev) or text)): bad(f"{tag}: actor not verbatim: {a}")
    elif k == "who-what": bad(f"{tag}: who-what without actors")
    earlier.append(qt)

N = len(Q)
if not 95 <= N <= 115: bad(f"{N} questions, expected about 105")
if cnt["un"] < 0.22 * N: bad(f"unanswerable {cnt['un']}/{N} < 22%")
if cnt["nodia"] < 0.15 * N: bad(f"no-diacritics {cnt['nodia']}/{N} < 15%")
if cnt["abbr"] < 0.12 * N: bad(f"abbreviations {cnt['abbr']}/{N} < 12%")
if cnt["fu"] < 15: bad(f"follow-ups {cnt['fu']} < 15")
if not 1 <= cnt["fu_un"] <= 2: bad(f"unanswerable follow-ups {cnt['fu_un']}, expected 1-2")
if cnt["ww"] < 12: bad(f"who-what with actors {cnt['ww']} < 12")
for k, need in (("unanswerable", 0.22 * N - cnt["fu_un"]), ("no-diacritics", 0.15 * N), ("abbreviation", 0.12 * N), ("follow-up", 15), ("who-what", 12)):
    if kinds.get(k, 0) < need: bad(f"kind {k}: {kinds.get(k, 0)} < {need:.1f}")
for k in ("metadata", "list", "corpus"):
    if kinds.get(k, 0) < 3: bad(f"too few {k} questions")
for f, c in cites.items():
    if c < 12: bad(f"{f}: cited by {c} answerable questions < 12")

# ------------------------------------------------------------ who_what
W = load("who_what.jsonl")
if [w.get("id") for w in W] != [f"w{PREFIX}0{i}" for i in range(1, 6)]: bad("who_what ids must be wnl01..wnl05")
if sorted(w.get("source") for w in W) != files: bad("who_what must have one line per document")
for w in W:
    tag, s = w.get("id"), w.get("source")
    if s not in text: bad(f"{tag}: unknown source"); continue
    t = text[s]
    if not w.get("directive"): bad(f"{tag}: no directive")
    names = set()
    for a in w.get("actors", []):
        names.add(norm(a["name"]))
        if norm(a["name"]) not in t: bad(f"{tag}: actor not verbatim: {a['name']}")
        if a.get("role") not in ROLES: bad(f"{tag}: bad role {a.get('role')}")
        if a.get("deadline") is not None and norm(a["deadline"]) not in t: bad(f"{tag}: deadline not verbatim: {a['deadline']}")
        tq = a.get("task_quote", "")
        if not 20 <= len(tq) <= 200: bad(f"{tag}: task_quote length {len(tq)}")
        if norm(tq) not in t: bad(f"{tag}: task_quote not verbatim: {tq[:60]}")
    if not w.get("actors"): bad(f"{tag}: no actors")
    for g in w.get("groups", []):
        if norm(g["name"]) not in t: bad(f"{tag}: group name not verbatim: {g['name']}")
        for m in g.get("members", []):
            if norm(m) not in t: bad(f"{tag}: group member not verbatim: {m}")
    intr = w.get("intruders", [])
    if not 3 <= len(intr) <= 6: bad(f"{tag}: {len(intr)} intruders, expected 3-6")
    for x in intr:
        if norm(x) not in t: bad(f"{tag}: intruder not verbatim: {x}")
        if norm(x) in names: bad(f"{tag}: intruder is an actor: {x}")

if problems:
    print("\n".join(problems)); sys.exit(1)
print(f"OK  ({N} questions: unanswerable {cnt['un']} = {cnt['un']/N:.1%}, no-diacritics {cnt['nodia']} = {cnt['nodia']/N:.1%}, "
      f"abbreviations {cnt['abbr']} = {cnt['abbr']/N:.1%}, follow-ups {cnt['fu']} ({cnt['fu_un']} unanswerable), "
      f"who-what {cnt['ww']}; kinds {dict(sorted(kinds.items()))}; citations {cites})")
