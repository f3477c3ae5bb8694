"""Standalone checker for the blind144 evaluation set (prefix od). Imports nothing from the product.
Run: /tmp/venv_od/bin/python check_od.py   -> prints OK (exit 0) or the problems (exit 1).
Needs pypdf (for the .pdf); python-docx is used for the .docx when present (zip fallback otherwise).
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
PREFIX = "od"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
NAME_RE = re.compile(r"^od0[1-5]_[a-z0-9]+(_[a-z0-9]+)*\.(txt|md|docx|pdf)$")
MOTTO_STATE = "cộng hòa xã hội chủ nghĩa việt nam"
MOTTO_STATE2 = "độc lập - tự do - hạnh phúc"
MOTTO_PARTY = "đảng cộng sản việt nam"
ABBREV_RE = re.compile(r"(?<![\w&])(KH|CV|QĐ|BC|CT|TB|TU|HU|UBND|MTTQ|HĐND|KH&CN|GD&ĐT|VHTTDL|VH&TT|"
                       r"THCS|TH|CLB|HTX|BTC|TTr|SVHTTDL|QLDSVH|VHXH|PGD|HS|LHPN|TC-KH)(?![\w&])")
WORDS_MIN, WORDS_MAX = 600, 1400

problems = []


def problem(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def has_diacritics(s):
    d = unicodedata.normalize("NFD", s)
    return any(unicodedata.category(c) == "Mn" for c in d) or "đ" in s.lower()


def is_nfc(s):
    return unicodedata.normalize("NFC", s) == s


def count_words(t):
    # words = whitespace tokens holding a letter or digit (table pipes and rules are not words)
    return len([w for w in t.split() if re.search(r"\w", w)])


# ------------------------------------------------------------------ reading documents
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _runs_text(el):
    return "".join(t.text or "" if t.tag == W + "t" else "\n"
                   for t in el.iter() if t.tag in (W + "t", W + "br"))


def _docx_python_docx(path):
    import docx  # python-docx
    d = docx.Document(path)
    parts = []
    for child in d.element.body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p":
            parts.append(_runs_text(child))
        elif tag == "tbl":
            for tr in child.iter(W + "tr"):
                cells = [" ".join(_runs_text(p) for p in tc.iter(W + "p")) for tc in tr.iter(W + "tc")]
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
    if not NAME_RE.match(f) or not f.startswith(f"od0{i}_"):
        problem(f"bad file name {f}")
exts = [f.rsplit(".", 1)[1] for f in files]
for need, n in (("txt", 2), ("md", 1), ("docx", 1), ("pdf", 1)):
    if exts.count(need) != n:
        problem(f"expected {n} .{need} document(s), found {exts.count(need)}")

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
    if f.endswith((".txt", ".md")) and not is_nfc(t):
        problem(f"{f}: not NFC")
    if f.endswith(".docx") and not is_nfc(_docx_zip(p)):
        problem(f"{f}: not NFC")
    if f.endswith(".pdf") and not is_nfc(t):
        problem(f"{f}: extracted PDF text not NFC")
    nw = count_words(t)
    if not WORDS_MIN <= nw <= WORDS_MAX:
        problem(f"{f}: {nw} words, expected {WORDS_MIN}-{WORDS_MAX}")
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
    if "nơi nhận" not in nt or not re.search(r"lưu:? (vt|văn phòng)", nt):
        problem(f"{f}: tail (Nơi nhận / Lưu) missing")
    if not re.search(r"\(đã ký\)", nt):
        problem(f"{f}: signature block missing")

# Markdown task table with a lead-unit column
md_task_table = False
for f, t in raw.items():
    if f.endswith(".md"):
        for m in re.finditer(r"^\s*(\|.*\|)\s*\n\s*\|\s*:?-{3,}", t, re.M):
            if "chủ trì" in m.group(1).lower():
                md_task_table = True
if not md_task_table:
    problem("no Markdown task table (with a 'chủ trì' column) in the .md document")
# docx: a real Word table and Word's own list numbering (w:numPr), with no typed numbers on those items
for f in [x for x in files if x.endswith(".docx")]:
    p = os.path.join(CORPUS, f)
    with zipfile.ZipFile(p) as z:
        xml = z.read("word/document.xml").decode("utf-8")
        styles = z.read("word/styles.xml").decode("utf-8")
        has_numbering = "word/numbering.xml" in z.namelist()
    if "<w:tbl>" not in xml or xml.count("<w:tr") < 8:
        problem(f"{f}: no Word data table")
    if not has_numbering or ('w:val="ListNumber"' not in xml and "<w:numPr>" not in xml):
        problem(f"{f}: no Word list numbering")
    if "<w:numPr>" not in styles and "<w:numPr>" not in xml:
        problem(f"{f}: list style without numbering")
    if not re.search(r"điều 1\..*điều 2\..*điều 3\.", texts.get(f, ""), re.S):
        problem(f"{f}: quyết định without Điều 1-3")
# one hard-wrapped text: no line over 80, and most non-empty lines between 55 and 80 characters
wrapped = False
for f, t in raw.items():
    if f.endswith((".txt", ".md")):
        lines = [ln for ln in t.split("\n") if ln.strip()]
        long_ = [ln for ln in lines if len(ln) > 80]
        body = [ln for ln in lines if 55 <= len(ln) <= 80]
        if not long_ and len(body) >= 30 and len(body) >= 0.6 * len(lines):
            wrapped = True
if not wrapped:
    problem("no document hard-wrapped at 60-80 characters")

# ------------------------------------------------------------------ questions
qs = []
qpath = os.path.join(HERE, "questions.jsonl")
with open(qpath, encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if line.strip():
            if not is_nfc(line):
                problem(f"questions.jsonl line {ln}: not NFC")
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
    exp_id = f"{PREFIX}{k:03d}"
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
    elif ans is not True:
        problem(f"{qid}: answerable must be true or false")
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
        if kind == "corpus" and len(srcs) < 2:
            problem(f"{qid}: corpus question must cite at least 2 documents")
    for a in q.get("actors", []):
        srcs_a = [e.get("source") for e in ev]
        if not any(norm(a) in texts.get(s, "") for s in srcs_a):
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
    if n_nodiac / N < 0.15:
        problem(f"typed without diacritics {n_nodiac}/{N} < 15%")
    if kinds.get("no-diacritics", 0) / N < 0.12:
        problem(f"no-diacritics kind {kinds.get('no-diacritics', 0)}/{N} < 12%")
    if kinds.get("abbreviation", 0) / N < 0.10:
        problem(f"abbreviation kind {kinds.get('abbreviation', 0)}/{N} < 10%")
    if n_hist < 12:
        problem(f"only {n_hist} follow-ups with history (need >= 12)")
    if not 1 <= n_hist_unans <= 3:
        problem(f"{n_hist_unans} unanswerable follow-ups (need 1-3)")
    ww = [q for q in qs if q.get("kind") == "who-what" and q.get("actors")]
    if len(ww) < 12:
        problem(f"only {len(ww)} who-what questions with actors (need >= 12)")
    for kd in ("metadata", "list", "corpus", "factoid"):
        if kinds.get(kd, 0) < 4:
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
            if not is_nfc(line):
                problem("who_what.jsonl: line not NFC")
            wrows.append(json.loads(line))
if len(wrows) != len(files):
    problem(f"who_what.jsonl has {len(wrows)} lines, expected one per document ({len(files)})")
covered = set()
for k, w in enumerate(wrows, 1):
    wid = w.get("id")
    if wid != f"w{PREFIX}0{k}":
        problem(f"who_what line {k}: id {wid}, expected w{PREFIX}0{k}")
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
    if len(w.get("actors", [])) < 4:
        problem(f"{wid}: fewer than 4 actors")
    for g in w.get("groups", []):
        if norm(g.get("name", "")) not in t:
            problem(f"{wid}: group name not verbatim: {g.get('name')}")
        if len(g.get("members", [])) < 2:
            problem(f"{wid}: group with fewer than 2 members")
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
if not any(w.get("groups") for w in wrows):
    problem("who_what.jsonl: no document with a group of bodies sharing a task")

if problems:
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print(f"questions={N} kinds={dict(sorted(kinds.items()))} history={n_hist} "
      f"(unanswerable {n_hist_unans}) no-diacritics(typed)={n_nodiac} abbreviations(typed)={n_abbr}")
print(f"unanswerable={kinds.get('unanswerable', 0) / N:.1%} typed-without-diacritics={n_nodiac / N:.1%}")
print("words per file:", {f: count_words(t) for f, t in raw.items()})
print("citations per file:", cites)
print("OK")
