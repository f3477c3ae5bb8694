"""Standalone checker for the blind143 evaluation set (prefix oc). Imports nothing from the product.
Run: /tmp/venv_oc/bin/python check_oc.py   -> prints OK (exit 0) or the problems (exit 1).
Needs python-docx and pypdf (falls back to a zip reader for .docx if python-docx is missing).
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
NAME_RE = re.compile(r"^oc0[1-5]_[a-z0-9]+(_[a-z0-9]+)*\.(txt|md|docx|pdf)$")
MOTTO_STATE = "cộng hòa xã hội chủ nghĩa việt nam"
MOTTO_STATE2 = "độc lập - tự do - hạnh phúc"
MOTTO_PARTY = "đảng cộng sản việt nam"
ABBREV_RE = re.compile(r"(?<![\w&])(KH|CV|QĐ|BC|TB|HD|CT|UBND|MTTQ|HĐND|GD&ĐT|SGDĐT|SYT|TTYT|CDC|QLTT|"
                       r"TT&TT|TC-KH|THCS|THPT|BTV|HU|QG|PCT|KSBT|TLĐT)(?![\w&])")

problems = []


def problem(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def strip_marks(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.replace("đ", "d").replace("Đ", "D")


def has_diacritics(s):
    d = unicodedata.normalize("NFD", s)
    return any(unicodedata.category(c) == "Mn" for c in d) or "đ" in s.lower()


# ------------------------------------------------------------------ reading documents
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_python_docx(path):
    import docx  # python-docx
    d = docx.Document(path)
    parts = []
    body = d.element.body
    for child in body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p":
            parts.append("".join(t.text or "" if t.tag == W + "t" else "\n"
                                 for t in child.iter() if t.tag in (W + "t", W + "br")))
        elif tag == "tbl":
            for tr in child.iter(W + "tr"):
                cells = []
                for tc in tr.iter(W + "tc"):
                    cells.append(" ".join("".join(x.text or "" if x.tag == W + "t" else "\n"
                                                  for x in p.iter() if x.tag in (W + "t", W + "br"))
                                          for p in tc.iter(W + "p")))
                parts.append("| " + " | ".join(cells) + " |")
    return "\n".join(parts)


def _docx_zip(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for el in root.iter():
        if el.tag == W + "t":
            out.append(el.text or "")
        elif el.tag in (W + "br", W + "p", W + "tc"):
            out.append(" ")
    return "".join(out)


def read_doc(path):
    ext = path.rsplit(".", 1)[1]
    if ext in ("txt", "md"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if ext == "docx":
        try:
            return _docx_python_docx(path)
        except ImportError:
            return _docx_zip(path)
    if ext == "pdf":
        from pypdf import PdfReader
        r = PdfReader(path)
        return "\n".join(p.extract_text() or "" for p in r.pages)
    raise ValueError(path)


def pdf_pages(path):
    from pypdf import PdfReader
    return len(PdfReader(path).pages)


# ------------------------------------------------------------------ corpus checks
files = sorted(os.listdir(CORPUS)) if os.path.isdir(CORPUS) else []
if len(files) != 5:
    problem(f"corpus must hold exactly 5 files, found {len(files)}: {files}")
for i, f in enumerate(files, 1):
    if not NAME_RE.match(f) or not f.startswith(f"oc0{i}_"):
        problem(f"bad file name {f}")
exts = [f.rsplit(".", 1)[1] for f in files]
for need in ("txt", "docx", "pdf"):
    if need not in exts:
        problem(f"no .{need} document")
if exts.count("docx") > 1 or exts.count("pdf") > 1:
    problem("only one .docx and one .pdf expected; others .txt/.md")

raw, texts = {}, {}
for f in files:
    p = os.path.join(CORPUS, f)
    try:
        t = read_doc(p)
    except Exception as e:  # noqa
        problem(f"{f}: cannot read ({e})")
        continue
    raw[f] = t
    texts[f] = norm(t)
    if f.endswith((".txt", ".md")) and unicodedata.normalize("NFC", t) != t:
        problem(f"{f}: not NFC")
    if f.endswith(".docx"):
        z = _docx_zip(p)
        if unicodedata.normalize("NFC", z) != z:
            problem(f"{f}: not NFC")
    nw = len(t.split())
    if not 600 <= nw <= 1400:
        problem(f"{f}: {nw} words, expected 600-1400")
    if f.endswith(".pdf"):
        n = pdf_pages(p)
        if not 2 <= n <= 4:
            problem(f"{f}: {n} PDF pages, expected 2-4")
        if nw < 100:
            problem(f"{f}: PDF text layer missing")
    nt = texts[f]
    if not ((MOTTO_STATE in nt and MOTTO_STATE2 in nt) or MOTTO_PARTY in nt):
        problem(f"{f}: motto missing")
    if not re.search(r"số:? ?\d+[/-]", nt):
        problem(f"{f}: number and symbol missing")
    if "nơi nhận" not in nt or "lưu: vt" not in nt:
        problem(f"{f}: tail (Nơi nhận / Lưu: VT) missing")

md_table = False
for f, t in raw.items():
    if f.endswith((".txt", ".md")) and re.search(r"^\s*\|.*\|\s*\n\s*\|\s*:?-{3,}", t, re.M):
        md_table = True
if not md_table:
    problem("no Markdown table in a .txt/.md document")
docx_files = [f for f in files if f.endswith(".docx")]
for f in docx_files:
    import docx
    if len([t for t in docx.Document(os.path.join(CORPUS, f)).tables if len(t.rows) >= 4]) < 1:
        problem(f"{f}: no Word data table")
wrapped = False
for f, t in raw.items():
    if f.endswith((".txt", ".md")):
        lines = [ln for ln in t.split("\n") if ln.strip()]
        long_ = [ln for ln in lines if len(ln) > 80]
        body = [ln for ln in lines if len(ln) >= 60]
        if not long_ and len(body) >= 30:
            wrapped = True
if not wrapped:
    problem("no document hard-wrapped at 60-80 characters")

# a Markdown task table (STT | Nhiệm vụ | ... chủ trì ...) in the .md document
task_table = False
for f, t in raw.items():
    if f.endswith(".md"):
        for ln in t.split("\n"):
            n = norm(ln)
            if n.startswith("|") and "nhiệm vụ" in n and "chủ trì" in n and "thời hạn" in n:
                task_table = True
if not task_table:
    problem("no Markdown task table (STT | Nhiệm vụ | ... chủ trì ... | Thời hạn) in the .md document")

# Word's own list numbering in the .docx (w:numPr on a paragraph or on the paragraph's style)
for f in docx_files:
    with zipfile.ZipFile(os.path.join(CORPUS, f)) as z:
        droot = ET.fromstring(z.read("word/document.xml"))
        sroot = ET.fromstring(z.read("word/styles.xml"))
        has_numbering_part = "word/numbering.xml" in z.namelist()
    num_styles = {st.get(W + "styleId") for st in sroot.iter(W + "style")
                  if st.find(f"{W}pPr/{W}numPr") is not None}
    numbered = 0
    for para in droot.iter(W + "p"):
        ppr = para.find(W + "pPr")
        if ppr is None:
            continue
        ps = ppr.find(W + "pStyle")
        if ppr.find(W + "numPr") is not None or (ps is not None and ps.get(W + "val") in num_styles):
            numbered += 1
    if not has_numbering_part or numbered < 3:
        problem(f"{f}: no Word list numbering (numbering part {has_numbering_part}, {numbered} numbered paragraphs)")

# JSONL files must be NFC too
for jf in ("questions.jsonl", "who_what.jsonl"):
    with open(os.path.join(HERE, jf), encoding="utf-8") as fh:
        jt = fh.read()
    if unicodedata.normalize("NFC", jt) != jt:
        problem(f"{jf}: not NFC")


def in_text(quote, fname):
    return fname in texts and norm(quote) in texts[fname]


# ------------------------------------------------------------------ questions
qs = []
qpath = os.path.join(HERE, "questions.jsonl")
with open(qpath, encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if line.strip():
            try:
                qs.append(json.loads(line))
            except json.JSONDecodeError as e:
                problem(f"questions.jsonl line {ln}: bad JSON {e}")

ids, qtexts, seen_q = set(), set(), []
cites = {f: 0 for f in files}
kinds = {}
n_hist = n_hist_unans = n_nodiac = n_abbr = 0
for k, q in enumerate(qs, 1):
    qid = q.get("id", f"#{k}")
    exp_id = f"oc{k:03d}"
    if qid != exp_id:
        problem(f"{qid}: expected id {exp_id}")
    if qid in ids:
        problem(f"{qid}: duplicate id")
    ids.add(qid)
    qt = q.get("question", "")
    if norm(qt) in qtexts:
        problem(f"{qid}: duplicate question")
    qtexts.add(norm(qt))
    kind = q.get("kind")
    if kind not in KINDS:
        problem(f"{qid}: bad kind {kind}")
    kinds[kind] = kinds.get(kind, 0) + 1
    ans = q.get("answerable")
    ev = q.get("evidence", [])
    kw = q.get("keywords", [])
    for key in ("id", "question", "answerable", "kind", "evidence", "keywords"):
        if key not in q:
            problem(f"{qid}: missing field {key}")
    if kind == "unanswerable" and ans is not False:
        problem(f"{qid}: unanswerable kind but answerable != false")
    if ans is False:
        if kind != "unanswerable":
            problem(f"{qid}: answerable false but kind {kind}")
        if ev or kw:
            problem(f"{qid}: unanswerable must have empty evidence and keywords")
    else:
        if not 1 <= len(ev) <= 3:
            problem(f"{qid}: needs 1-3 quotes")
        if not 1 <= len(kw) <= 3:
            problem(f"{qid}: needs 1-3 keywords")
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in texts:
                problem(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                problem(f"{qid}: quote length {len(nq)} not in 20-200: {quote[:50]}")
            if nq not in texts[src]:
                problem(f"{qid}: quote not verbatim in {src}: {quote}")
        for s in srcs:
            cites[s] += 1
        for w in kw:
            if not any(norm(w) in norm(e.get("quote", "")) for e in ev):
                if not any(norm(w) in texts.get(s, "") for s in srcs):
                    problem(f"{qid}: keyword not in quotes or cited files: {w}")
                else:
                    problem(f"{qid}: keyword not inside a quote: {w}")
    for a in q.get("actors", []):
        srcs = [e.get("source") for e in ev]
        if not any(norm(a) in texts.get(s, "") for s in srcs):
            problem(f"{qid}: actor not verbatim in cited file: {a}")
    if kind == "who-what" and not q.get("actors"):
        problem(f"{qid}: who-what without actors")
    hist = q.get("history")
    if hist:
        n_hist += 1
        if ans is False:
            n_hist_unans += 1
        for h in hist:
            if norm(h) not in [norm(x) for x in seen_q]:
                problem(f"{qid}: history question not an earlier question: {h}")
    if kind == "follow-up" and not hist:
        problem(f"{qid}: follow-up without history")
    if not has_diacritics(qt):
        n_nodiac += 1
    elif kind == "no-diacritics":
        problem(f"{qid}: no-diacritics question has diacritics: {qt}")
    if ABBREV_RE.search(qt):
        n_abbr += 1
    elif kind == "abbreviation":
        problem(f"{qid}: abbreviation question without an abbreviation: {qt}")
    seen_q.append(qt)

N = len(qs)
if not 100 <= N <= 115:
    problem(f"{N} questions, expected 100-115")
if N:
    un = kinds.get("unanswerable", 0)
    if un / N < 0.22:
        problem(f"unanswerable {un}/{N} < 22%")
    if kinds.get("no-diacritics", 0) / N < 0.15:
        problem(f"no-diacritics kind {kinds.get('no-diacritics', 0)}/{N} < 15%")
    if kinds.get("abbreviation", 0) / N < 0.12:
        problem(f"abbreviation kind {kinds.get('abbreviation', 0)}/{N} < 12%")
    if n_hist < 12:
        problem(f"only {n_hist} follow-ups with history (need >= 12)")
    if n_nodiac / N < 0.15:
        problem(f"questions typed without diacritics {n_nodiac}/{N} < 15%")
    if not 1 <= n_hist_unans <= 2:
        problem(f"{n_hist_unans} unanswerable follow-ups (need 1-2)")
    ww = [q for q in qs if q.get("kind") == "who-what" and q.get("actors")]
    if len(ww) < 12:
        problem(f"only {len(ww)} who-what questions with actors (need >= 12)")
    for kd in ("metadata", "list", "corpus"):
        if kinds.get(kd, 0) < 3:
            problem(f"too few {kd} questions")
for f, c in cites.items():
    if c < 12:
        problem(f"{f} cited by only {c} answerable questions (need >= 12)")

# ------------------------------------------------------------------ who_what
wpath = os.path.join(HERE, "who_what.jsonl")
wrows = []
with open(wpath, encoding="utf-8") as fh:
    for line in fh:
        if line.strip():
            wrows.append(json.loads(line))
if len(wrows) != len(files):
    problem(f"who_what.jsonl has {len(wrows)} lines, expected one per document ({len(files)})")
covered = set()
for k, w in enumerate(wrows, 1):
    wid = w.get("id")
    if wid != f"woc0{k}":
        problem(f"who_what line {k}: id {wid}, expected woc0{k}")
    src = w.get("source")
    if src not in texts:
        problem(f"{wid}: unknown source {src}")
        continue
    covered.add(src)
    t = texts[src]
    if not w.get("directive"):
        problem(f"{wid}: directive missing")
    actor_names = set()
    for a in w.get("actors", []):
        nm = a.get("name", "")
        actor_names.add(norm(nm))
        if norm(nm) not in t:
            problem(f"{wid}: actor name not verbatim: {nm}")
        if a.get("role") not in ROLES:
            problem(f"{wid}: bad role {a.get('role')}")
        dl = a.get("deadline")
        if dl is not None and norm(dl) not in t:
            problem(f"{wid}: deadline not verbatim: {dl}")
        tq = a.get("task_quote", "")
        if not 20 <= len(norm(tq)) <= 200:
            problem(f"{wid}: task_quote length {len(norm(tq))}: {tq[:40]}")
        if norm(tq) not in t:
            problem(f"{wid}: task_quote not verbatim: {tq}")
    if not w.get("actors"):
        problem(f"{wid}: no actors")
    for g in w.get("groups", []):
        if norm(g.get("name", "")) not in t:
            problem(f"{wid}: group name not verbatim: {g.get('name')}")
        for m in g.get("members", []):
            if norm(m) not in t:
                problem(f"{wid}: group member not verbatim: {m}")
    intr = w.get("intruders", [])
    if not 3 <= len(intr) <= 6:
        problem(f"{wid}: {len(intr)} intruders, expected 3-6")
    for x in intr:
        if norm(x) not in t:
            problem(f"{wid}: intruder not verbatim: {x}")
        if norm(x) in actor_names:
            problem(f"{wid}: intruder is also an actor: {x}")
for f in files:
    if f not in covered:
        problem(f"who_what.jsonl has no line for {f}")

if problems:
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print(f"questions={N} kinds={dict(sorted(kinds.items()))} history={n_hist} "
      f"(unanswerable {n_hist_unans}) no-diacritics(typed)={n_nodiac} abbreviations(typed)={n_abbr}")
print("citations per file:", cites)
print("OK")
