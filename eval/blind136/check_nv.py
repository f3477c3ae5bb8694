#!/usr/bin/env python3
"""Standalone checker for the blind136 evaluation set (prefix nv). Prints OK or the problems (exit 1)."""
import json, os, re, sys, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "nv"
problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    try:
        from docx import Document
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        doc = Document(path)
        out = []
        for el in doc.element.body.iterchildren():
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "p":
                out.append(Paragraph(el, doc).text)
            elif tag == "tbl":
                for row in Table(el, doc).rows:
                    cells = []
                    for c in row.cells:
                        if not cells or c.text != cells[-1]:
                            cells.append(c.text)
                    out.append(" | ".join(cells))
        return "\n".join(out)
    except ImportError:  # zip + XML fallback
        import xml.etree.ElementTree as ET
        ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
        body = root.find(ns + "body")
        out = []

        def ptext(p):
            return "".join(t.text or "" for t in p.iter(ns + "t"))
        for el in body:
            if el.tag == ns + "p":
                out.append(ptext(el))
            elif el.tag == ns + "tbl":
                for tr in el.iter(ns + "tr"):
                    out.append(" | ".join("\n".join(ptext(p) for p in tc.iter(ns + "p")) for tc in tr.iter(ns + "tc")))
        return "\n".join(out)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)


# ------------------------------------------------------------------ corpus
files = sorted(os.listdir(CORPUS)) if os.path.isdir(CORPUS) else []
raw, text = {}, {}
if len(files) != 5:
    bad(f"corpus must hold exactly 5 files, found {len(files)}: {files}")
for i, f in enumerate(files, 1):
    if not re.fullmatch(rf"{PREFIX}0{i}_[a-z0-9_]+\.(txt|md|docx|pdf)", f):
        bad(f"bad file name (expected {PREFIX}0{i}_<ascii_words>.<ext>): {f}")
    p = os.path.join(CORPUS, f)
    ext = f.rsplit(".", 1)[-1]
    if ext in ("txt", "md"):
        t = open(p, encoding="utf-8").read()
    elif ext == "docx":
        t = read_docx(p)
    elif ext == "pdf":
        t, pages = read_pdf(p)
        if not 2 <= pages <= 4:
            bad(f"{f}: PDF has {pages} pages (need 2-4)")
        if len(t.split()) < 300:
            bad(f"{f}: PDF text layer too thin")
    else:
        t = ""
    raw[f] = t
    text[f] = norm(t)
exts = {f.rsplit(".", 1)[-1] for f in files}
for need in ("txt", "docx", "pdf"):
    if need not in exts:
        bad(f"no .{need} document in corpus")
for f, t in raw.items():
    n = len(t.split())
    if not 700 <= n <= 1500:
        bad(f"{f}: {n} words (need 700-1500)")
    if f.endswith((".txt", ".md")) and unicodedata.normalize("NFC", t) != t:
        bad(f"{f}: not NFC")
    nt = text[f]
    state = "cộng hòa xã hội chủ nghĩa việt nam" in nt and "độc lập - tự do - hạnh phúc" in nt
    party = "đảng cộng sản việt nam" in nt
    if not (state or party):
        bad(f"{f}: no motto")
    if not re.search(r"số:? ?\d+[/-]", nt):
        bad(f"{f}: no number and symbol")
    if "nơi nhận" not in nt or "lưu: vt" not in nt:
        bad(f"{f}: no 'Nơi nhận' / 'Lưu: VT' tail")
    for line in t.splitlines():
        if "57-NQ/TW" in line and not line.strip().startswith("Căn cứ"):
            bad(f"{f}: 57-NQ/TW outside a 'Căn cứ' line")
md_table = False
for f, t in raw.items():
    if f.endswith((".txt", ".md")):
        lines = t.splitlines()
        for a, b in zip(lines, lines[1:]):
            if a.strip().startswith("|") and a.strip().endswith("|") and re.fullmatch(r"\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?", b.strip()):
                md_table = True
if not md_table:
    bad("no Markdown table in a .txt/.md document")
docx_table = any(f.endswith(".docx") and " | " in raw[f] for f in files)
if not docx_table:
    bad("no Word table in the .docx")
wrapped = False
for f, t in raw.items():
    if f.endswith(".txt"):
        ls = [l for l in t.splitlines() if l.strip()]
        if ls and sum(len(l) <= 80 for l in ls) / len(ls) > 0.97 and sum(60 <= len(l) <= 80 for l in ls) / len(ls) > 0.5:
            wrapped = True
if not wrapped:
    bad("no .txt document hard-wrapped at 60-80 characters")


def in_file(s, f):
    return f in text and norm(s) in text[f]


def check_quote(where, q, f):
    n = norm(q)
    if not 20 <= len(n) <= 200:
        bad(f"{where}: quote length {len(n)} not in 20-200: {q[:60]!r}")
    if f not in text:
        bad(f"{where}: unknown source {f}")
    elif n not in text[f]:
        bad(f"{where}: quote not verbatim in {f}: {q[:80]!r}")


# ------------------------------------------------------------------ questions
VI = re.compile(r"[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", re.I)
ABBR = re.compile(r"(?<![\w&])(KH|CV|QĐ|BC|TB|HD|UBND|MTTQ|GD&ĐT|KH&CN|HĐND|THCS|NS&VSMTNT|TTYT|CDC|QCVN|HTX|SYT|CT|SNN|NN&MT|TT)(?![\w&])")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
qs = []
try:
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if line.strip():
                try:
                    qs.append(json.loads(line))
                except json.JSONDecodeError as e:
                    bad(f"questions.jsonl line {ln}: {e}")
except FileNotFoundError:
    bad("questions.jsonl missing")
seen_q, seen_id, earlier = set(), set(), []
cites = {f: 0 for f in files}
for i, q in enumerate(qs, 1):
    qid = q.get("id")
    w = f"{qid}"
    if qid != f"{PREFIX}{i:03d}":
        bad(f"{w}: id out of sequence (expected {PREFIX}{i:03d})")
    if qid in seen_id:
        bad(f"{w}: duplicate id")
    seen_id.add(qid)
    qt = q.get("question", "")
    if norm(qt) in seen_q:
        bad(f"{w}: duplicate question")
    seen_q.add(norm(qt))
    kind = q.get("kind")
    if kind not in KINDS:
        bad(f"{w}: bad kind {kind}")
    ev, kw = q.get("evidence", []), q.get("keywords", [])
    if q.get("answerable") is False:
        if ev or kw:
            bad(f"{w}: unanswerable must have empty evidence and keywords")
    elif q.get("answerable") is True:
        if not 1 <= len(ev) <= 3:
            bad(f"{w}: need 1-3 quotes")
        if not 1 <= len(kw) <= 3:
            bad(f"{w}: need 1-3 keywords")
        for e in ev:
            check_quote(w, e.get("quote", ""), e.get("source", ""))
        srcs = {e.get("source") for e in ev}
        for f in srcs:
            if f in cites:
                cites[f] += 1
        for k in kw:
            nk = norm(k)
            if not any(nk in norm(e.get("quote", "")) for e in ev) and not any(in_file(k, f) for f in srcs):
                bad(f"{w}: keyword {k!r} not in quotes or cited file")
        if kind == "corpus" and len(srcs) < 2:
            bad(f"{w}: corpus question cites fewer than 2 files")
        for a in q.get("actors", []):
            if not any(in_file(a, f) for f in srcs):
                bad(f"{w}: actor {a!r} not verbatim in cited files")
    else:
        bad(f"{w}: answerable must be true/false")
    if kind == "unanswerable" and q.get("answerable") is not False:
        bad(f"{w}: kind unanswerable but answerable")
    if kind == "no-diacritics" and VI.search(qt):
        bad(f"{w}: no-diacritics question has diacritics")
    if kind == "abbreviation" and not ABBR.search(qt):
        bad(f"{w}: abbreviation question without a known abbreviation")
    if kind == "who-what" and not q.get("actors"):
        bad(f"{w}: who-what without actors")
    if kind == "follow-up" and not q.get("history"):
        bad(f"{w}: follow-up without history")
    for h in q.get("history", []):
        if h not in earlier:
            bad(f"{w}: history item is not an earlier question: {h[:60]!r}")
    earlier.append(qt)

N = len(qs)
if N:
    def pct(n):
        return 100.0 * n / N
    una = sum(q.get("answerable") is False for q in qs)
    nod = sum(q.get("kind") == "no-diacritics" for q in qs)
    abb = sum(q.get("kind") == "abbreviation" for q in qs)
    fol = [q for q in qs if q.get("history")]
    fol_un = sum(q.get("answerable") is False for q in fol)
    who = sum(q.get("kind") == "who-what" and bool(q.get("actors")) for q in qs)
    if not 95 <= N <= 115:
        bad(f"{N} questions (want about 105)")
    if pct(una) < 22:
        bad(f"unanswerable {pct(una):.1f}% < 22%")
    if pct(nod) < 15:
        bad(f"no-diacritics {pct(nod):.1f}% < 15%")
    if pct(abb) < 12:
        bad(f"abbreviation {pct(abb):.1f}% < 12%")
    if len(fol) < 15:
        bad(f"only {len(fol)} follow-ups")
    if not 1 <= fol_un <= 2:
        bad(f"{fol_un} unanswerable follow-ups (need 1-2)")
    if who < 12:
        bad(f"only {who} who-what questions with actors")
    for k in ("metadata", "list", "corpus"):
        if sum(q.get("kind") == k for q in qs) < 3:
            bad(f"fewer than 3 {k} questions")
    for f, c in cites.items():
        if c < 12:
            bad(f"{f} cited by only {c} answerable questions")
    if "--stats" in sys.argv:
        from collections import Counter
        print("questions:", N, dict(Counter(q.get("kind") for q in qs)))
        print(f"unanswerable {una} ({pct(una):.1f}%), no-diacritics {nod} ({pct(nod):.1f}%), abbreviation {abb} ({pct(abb):.1f}%), "
              f"follow-ups {len(fol)} ({fol_un} unanswerable), who-what {who}")
        print("citations per file:", cites)
        for f in files:
            print(f, len(raw[f].split()), "words")
for q in qs:
    if "57-NQ/TW" in json.dumps(q, ensure_ascii=False):
        bad(f"{q.get('id')}: mentions 57-NQ/TW")

# ------------------------------------------------------------------ who_what
ww = []
try:
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as fh:
        ww = [json.loads(l) for l in fh if l.strip()]
except FileNotFoundError:
    bad("who_what.jsonl missing")
if sorted(w.get("source") for w in ww) != sorted(files):
    bad("who_what.jsonl must have exactly one line per document")
for i, w in enumerate(ww, 1):
    wid, f = w.get("id"), w.get("source")
    if wid != f"w{PREFIX}{i:02d}":
        bad(f"who_what {wid}: id out of sequence")
    if f not in text:
        bad(f"{wid}: unknown source {f}")
        continue
    num = [t for t in w.get("directive", "").split() if "/" in t]
    if not num or not in_file(num[0], f):
        bad(f"{wid}: directive number not in document")
    actor_names = set()
    for a in w.get("actors", []):
        actor_names.add(norm(a["name"]))
        if not in_file(a["name"], f):
            bad(f"{wid}: actor name not verbatim: {a['name']!r}")
        if a.get("role") not in ("chủ trì", "phối hợp", "thường trực", None):
            bad(f"{wid}: bad role {a.get('role')!r}")
        if a.get("deadline") is not None and not in_file(a["deadline"], f):
            bad(f"{wid}: deadline not verbatim: {a['deadline']!r}")
        check_quote(f"{wid} task_quote", a.get("task_quote", ""), f)
    for g in w.get("groups", []):
        for s in [g["name"]] + g.get("members", []):
            if not in_file(s, f):
                bad(f"{wid}: group string not verbatim: {s!r}")
    intr = w.get("intruders", [])
    if not 3 <= len(intr) <= 6:
        bad(f"{wid}: need 3-6 intruders")
    for s in intr:
        if not in_file(s, f):
            bad(f"{wid}: intruder not verbatim: {s!r}")
        if norm(s) in actor_names:
            bad(f"{wid}: intruder is also an actor: {s!r}")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("OK")
