#!/usr/bin/env python3
"""Standalone checker for the blind129 evaluation set (prefix nn). Prints OK or the problems (exit 1)."""
import json
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "nn"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = re.compile(r"(?<![\w&])(KH|CV|QĐ|BC|TB|HD|UBND|MTTQ|GD&ĐT|KH&CN|HĐND|THCS|THPT|TH|MN|GV|CBQL|CNTT|GDNN-GDTX|GDTrH|TC|sdt|cntt)(?![\w&])")
VIET = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)
problems = []


def P(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    try:
        import docx  # python-docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    except ImportError:
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"<w:br[^>]*/>|<w:tab[^>]*/>", " ", xml)
        xml = re.sub(r"</w:p>", "\n", xml)
        return re.sub(r"<[^>]+>", "", xml)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)


# ------------------------------------------------------------------ documents
files = sorted(os.listdir(CORPUS)) if os.path.isdir(CORPUS) else []
if len(files) != 5:
    P(f"corpus must hold exactly 5 files, has {len(files)}: {files}")
raw, text = {}, {}
name_re = re.compile(r"^%s0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$" % PREFIX)
for i, f in enumerate(files, 1):
    if not name_re.match(f) or not f.startswith(f"{PREFIX}{i:02d}_"):
        P(f"bad file name {f}")
    path = os.path.join(CORPUS, f)
    ext = f.rsplit(".", 1)[-1]
    if ext in ("txt", "md"):
        t = open(path, encoding="utf-8").read()
        if unicodedata.normalize("NFC", t) != t:
            P(f"{f}: not NFC")
    elif ext == "docx":
        t = read_docx(path)
        if unicodedata.normalize("NFC", t) != t:
            P(f"{f}: not NFC")
    elif ext == "pdf":
        t, pages = read_pdf(path)
        if not 2 <= pages <= 4:
            P(f"{f}: {pages} pages, want 2-4")
        if len(t.split()) < 300:
            P(f"{f}: PDF text layer too thin")
        t = unicodedata.normalize("NFC", t)
    else:
        t = ""
    raw[f], text[f] = t, norm(t)
    wc = len(t.split())
    if not 700 <= wc <= 1500:
        P(f"{f}: {wc} words, want 700-1500")
    if "cộng hòa xã hội chủ nghĩa việt nam" not in text[f] and "đảng cộng sản việt nam" not in text[f]:
        P(f"{f}: motto missing")
    if "độc lập - tự do - hạnh phúc" not in text[f] and "đảng cộng sản việt nam" not in text[f]:
        P(f"{f}: 'Độc lập - Tự do - Hạnh phúc' missing")
    if not re.search(r"số:? ?\d+[/-]", text[f]):
        P(f"{f}: no number/symbol")
    if "nơi nhận" not in text[f] or "lưu: vt" not in text[f]:
        P(f"{f}: tail (Nơi nhận / Lưu: VT) missing")
    if "57-nq/tw" in text[f]:
        for line in t.splitlines():
            if "57-NQ/TW" in line and not line.strip().lstrip("*").startswith("Căn cứ"):
                P(f"{f}: 57-NQ/TW outside a Căn cứ line")
exts = [f.rsplit(".", 1)[-1] for f in files]
for need in ("txt", "docx", "pdf"):
    if need not in exts:
        P(f"no .{need} document")
for e in exts:
    if exts.count("docx") > 1 or exts.count("pdf") > 1:
        P("more than one docx/pdf")
        break
md_table = any(f.endswith((".txt", ".md")) and re.search(r"^\|.*\|\s*\n\|[\s:|-]*---", raw[f], re.M) for f in files)
if not md_table:
    P("no Markdown table in a .txt/.md document")
docx_files = [f for f in files if f.endswith(".docx")]
if docx_files:
    import docx as _d
    if not _d.Document(os.path.join(CORPUS, docx_files[0])).tables:
        P("docx has no Word table")
wrapped = False
for f in files:
    if f.endswith((".txt", ".md")):
        body = [l for l in raw[f].splitlines() if l.strip()]
        longs = [len(l) for l in body]
        mid = [n for n in longs if 60 <= n <= 80]
        if len(mid) >= 0.6 * len(longs):
            wrapped = True
if not wrapped:
    P("no document hard-wrapped at 60-80 characters")


# ------------------------------------------------------------------ questions
def check_quote(where, src, quote):
    if src not in text:
        P(f"{where}: unknown source {src}")
        return False
    n = len(quote)
    if not 20 <= n <= 200:
        P(f"{where}: quote length {n} not 20-200: {quote[:60]!r}")
    if norm(quote) not in text[src]:
        P(f"{where}: quote not verbatim in {src}: {quote!r}")
        return False
    return True


qs = []
try:
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
        for k, line in enumerate(fh, 1):
            if line.strip():
                try:
                    qs.append(json.loads(line))
                except json.JSONDecodeError as e:
                    P(f"questions.jsonl line {k}: {e}")
except FileNotFoundError:
    P("questions.jsonl missing")
ids, seen_q, earlier = set(), set(), []
cites = {f: 0 for f in files}
n_un = n_nodia = n_abbr = n_follow = n_follow_un = n_who = 0
kinds = {}
for k, q in enumerate(qs, 1):
    qid = q.get("id", "")
    where = qid or f"line {k}"
    if qid != f"{PREFIX}{k:03d}":
        P(f"{where}: id should be {PREFIX}{k:03d}")
    if qid in ids:
        P(f"{where}: duplicate id")
    ids.add(qid)
    text_q = q.get("question", "")
    if not text_q or norm(text_q) in seen_q:
        P(f"{where}: empty or duplicate question")
    seen_q.add(norm(text_q))
    if unicodedata.normalize("NFC", text_q) != text_q:
        P(f"{where}: question not NFC")
    kind = q.get("kind")
    kinds[kind] = kinds.get(kind, 0) + 1
    if kind not in KINDS:
        P(f"{where}: bad kind {kind}")
    ans = q.get("answerable")
    ev, kw = q.get("evidence", []), q.get("keywords", [])
    if ans is False:
        n_un += 1
        if ev or kw:
            P(f"{where}: unanswerable must have empty evidence and keywords")
    elif ans is True:
        if kind == "unanswerable":
            P(f"{where}: kind unanswerable but answerable true")
        if not 1 <= len(ev) <= 3:
            P(f"{where}: want 1-3 quotes")
        if not 1 <= len(kw) <= 3:
            P(f"{where}: want 1-3 keywords")
        srcs = set()
        for e in ev:
            if check_quote(where, e.get("source"), e.get("quote", "")):
                srcs.add(e["source"])
        for s in srcs:
            cites[s] += 1
        qn = " ".join(norm(e.get("quote", "")) for e in ev)
        for w in kw:
            if norm(w) not in qn and not any(norm(w) in text.get(s, "") for s in srcs):
                P(f"{where}: keyword {w!r} not in quotes or cited files")
        for a in q.get("actors", []):
            if not any(norm(a) in text.get(s, "") for s in srcs):
                P(f"{where}: actor {a!r} not verbatim in cited files")
    else:
        P(f"{where}: answerable must be true/false")
    if not VIET.search(text_q):
        n_nodia += 1
    if ABBR.search(text_q):
        n_abbr += 1
    hist = q.get("history")
    if hist:
        n_follow += 1
        if ans is False:
            n_follow_un += 1
        for h in hist:
            if h not in earlier:
                P(f"{where}: history question not an earlier question: {h!r}")
    if kind == "follow-up" and not hist:
        P(f"{where}: follow-up without history")
    if kind == "who-what":
        if not q.get("actors"):
            P(f"{where}: who-what without actors")
        else:
            n_who += 1
    earlier.append(text_q)

N = len(qs)
if not 95 <= N <= 125:
    P(f"{N} questions, want about 105")
if N:
    if n_un / N < 0.22:
        P(f"unanswerable {n_un}/{N} = {n_un/N:.1%} < 22%")
    if n_nodia / N < 0.15:
        P(f"no-diacritics {n_nodia}/{N} = {n_nodia/N:.1%} < 15%")
    if n_abbr / N < 0.12:
        P(f"abbreviations {n_abbr}/{N} = {n_abbr/N:.1%} < 12%")
if n_follow < 15:
    P(f"follow-ups {n_follow} < 15")
if not 1 <= n_follow_un <= 2:
    P(f"unanswerable follow-ups {n_follow_un}, want 1-2")
if n_who < 12:
    P(f"who-what with actors {n_who} < 12")
for f, c in cites.items():
    if c < 12:
        P(f"{f} cited by {c} answerable questions, want >= 12")
for kreq in ("metadata", "list", "corpus"):
    if not kinds.get(kreq):
        P(f"no {kreq} question")

# ------------------------------------------------------------------ who_what
ww = []
try:
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as fh:
        ww = [json.loads(l) for l in fh if l.strip()]
except FileNotFoundError:
    P("who_what.jsonl missing")
if sorted(w.get("source") for w in ww) != sorted(files):
    P("who_what.jsonl must have exactly one line per document")
for k, w in enumerate(ww, 1):
    wid = w.get("id")
    if wid != f"w{PREFIX}{k:02d}":
        P(f"who_what line {k}: id {wid} should be w{PREFIX}{k:02d}")
    src = w.get("source")
    t = text.get(src, "")
    if not w.get("directive"):
        P(f"{wid}: directive missing")
    names = set()
    for a in w.get("actors", []):
        nm = a.get("name", "")
        names.add(norm(nm))
        if norm(nm) not in t:
            P(f"{wid}: actor name not verbatim: {nm!r}")
        if a.get("role") not in ROLES:
            P(f"{wid}: bad role {a.get('role')!r}")
        if a.get("deadline") is not None and norm(a["deadline"]) not in t:
            P(f"{wid}: deadline not verbatim: {a['deadline']!r}")
        check_quote(f"{wid}/{nm}", src, a.get("task_quote", ""))
    if not w.get("actors"):
        P(f"{wid}: no actors")
    for g in w.get("groups", []):
        if norm(g.get("name", "")) not in t:
            P(f"{wid}: group name not verbatim: {g.get('name')!r}")
        for m in g.get("members", []):
            if norm(m) not in t:
                P(f"{wid}: group member not verbatim: {m!r}")
    intr = w.get("intruders", [])
    if not 3 <= len(intr) <= 6:
        P(f"{wid}: want 3-6 intruders, have {len(intr)}")
    for x in intr:
        if norm(x) not in t:
            P(f"{wid}: intruder not verbatim: {x!r}")
        if norm(x) in names:
            P(f"{wid}: intruder is an actor: {x!r}")

if problems:
    print("\n".join(problems))
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print(f"OK  ({N} questions: {n_un} unanswerable = {n_un/N:.1%}, no-diacritics {n_nodia} = {n_nodia/N:.1%}, "
      f"abbreviations {n_abbr} = {n_abbr/N:.1%}, follow-ups {n_follow} ({n_follow_un} unanswerable), who-what {n_who}; "
      f"kinds {dict(sorted(kinds.items()))}; citations {cites})")
