#!/usr/bin/env python3
"""Standalone checker for the blind113 evaluation set (prefix mw).

Reads the 5 corpus documents (.txt/.md as UTF-8, .docx via python-docx incl. tables,
.pdf via pypdf), normalises text (NFC, lower case, '*' and '#' dropped, whitespace
collapsed) and checks the rules of the brief: corpus shape, questions.jsonl and
who_what.jsonl. Prints OK or the list of problems (exit code 1).
Usage: python check_mw.py [set_folder]
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(ROOT, "corpus")
PREFIX = "mw"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = re.compile(r"(?<![\w&-])(KH|CV|QĐ|BC|TB|HD|UBND|MTTQ|GD&ĐT|KH&CN|HĐND|THCS|THPT|LĐ-TB&XH|LĐTBXH|"
                  r"GDNN-GDTX|GDNN|GDTX|DN|TT|NHCSXH|ĐK|HS|CĐ|PTNT|TC-KH|DVVL)(?![\w&-])")

problems = []


def err(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- readers
def read_docx(path):
    try:
        import docx  # python-docx
        from docx.oxml.ns import qn
        body = docx.Document(path).element.body
    except Exception:  # fall back to zip + XML
        import zipfile
        import xml.etree.ElementTree as ET
        W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        body = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml")).find(W + "body")

        def qn(t):
            return W + t.split(":")[1]
    out, ntables = [], 0

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(qn("w:t")))

    for el in body:
        if el.tag == qn("w:p"):
            out.append(ptext(el))
        elif el.tag == qn("w:tbl"):
            ntables += 1
            for tr in el.iter(qn("w:tr")):
                cells = []
                for tc in tr.findall(qn("w:tc")):
                    cells.append("\n".join(ptext(p) for p in tc.iter(qn("w:p"))))
                out.append(" | ".join(cells))
    return "\n".join(out), ntables


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((p.extract_text() or "") for p in r.pages), len(r.pages)


def count_words(text):
    return sum(1 for t in text.split() if re.search(r"\w", t))


# ---------------------------------------------------------------- corpus
docs = {}      # filename -> raw text
ndocs = {}     # filename -> normalised text
if not os.path.isdir(CORPUS):
    err("corpus/ folder missing")
    files = []
else:
    files = sorted(os.listdir(CORPUS))
if len(files) != 5:
    err(f"corpus must hold exactly 5 documents, found {len(files)}: {files}")
name_re = re.compile(rf"^{PREFIX}0([1-5])_[a-z0-9]+(?:_[a-z0-9]+)*\.(txt|md|docx|pdf)$")
seen_nums = Counter()
exts = Counter()
docx_tables = 0
md_table_files = []
wrapped_files = []
for fn in files:
    m = name_re.match(fn)
    if not m:
        err(f"bad file name: {fn}")
        continue
    seen_nums[m.group(1)] += 1
    ext = m.group(2)
    exts[ext] += 1
    path = os.path.join(CORPUS, fn)
    if ext in ("txt", "md"):
        raw = open(path, encoding="utf-8").read()
        lines = [l.rstrip() for l in raw.splitlines()]
        if sum(1 for l in lines if re.match(r"^\s*\|.*\|\s*$", l)) >= 3 and \
                any(re.match(r"^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$", l) for l in lines):
            md_table_files.append(fn)
        body = [l for l in lines if l.strip()]
        long_lines = [l for l in body if len(l) > 80]
        mid_lines = [l for l in body if 60 <= len(l) <= 80]
        if body and not long_lines and len(mid_lines) >= 0.5 * len(body):
            wrapped_files.append(fn)
    elif ext == "docx":
        raw, nt = read_docx(path)
        docx_tables += nt
        if nt < 1:
            err(f"{fn}: no Word table")
    else:
        raw, npages = read_pdf(path)
        if not (2 <= npages <= 3):
            err(f"{fn}: PDF must have 2-3 pages, has {npages}")
        if count_words(raw) < 200:
            err(f"{fn}: PDF has no usable text layer")
    docs[fn] = raw
    ndocs[fn] = norm(raw)
    if unicodedata.normalize("NFC", raw) != raw:
        err(f"{fn}: text is not NFC")
    wc = count_words(raw)
    if not (700 <= wc <= 1500):
        err(f"{fn}: {wc} words, must be 700-1500")
    n = ndocs[fn]
    if not (("cộng hòa xã hội chủ nghĩa việt nam" in n and "độc lập - tự do - hạnh phúc" in n)
            or "đảng cộng sản việt nam" in n):
        err(f"{fn}: motto missing")
    if not re.search(r"số:? ?\d+[-/]", n):
        err(f"{fn}: number and symbol (Số: ...) missing")
    if "nơi nhận" not in n or "lưu: vt" not in n:
        err(f"{fn}: tail (Nơi nhận / Lưu: VT) missing")
    if not re.search(r"ngày \d{1,2} tháng \d{1,2} năm \d{4}", n):
        err(f"{fn}: place and date line missing")
    if "căn cứ" not in n and "thực hiện kế hoạch" not in n:
        err(f"{fn}: no 'Căn cứ' / 'Thực hiện' basis")
    for mm in re.finditer(r"57-nq/tw", n):
        line_start = n.rfind("căn cứ", 0, mm.start())
        if line_start < 0 or mm.start() - line_start > 200:
            err(f"{fn}: '57-NQ/TW' outside a 'Căn cứ' line")
for k in "12345":
    if seen_nums[k] != 1:
        err(f"need exactly one file mw0{k}_..., found {seen_nums[k]}")
for e in ("txt", "docx", "pdf"):
    if exts[e] < 1:
        err(f"need at least one .{e}")
if exts["docx"] > 1 or exts["pdf"] > 1:
    err("only one .docx and one .pdf expected; others must be .txt or .md")
if not md_table_files:
    err("no Markdown table in a .txt/.md document")
if not wrapped_files:
    err("no hard-wrapped (60-80 chars) .txt/.md document")


def in_doc(fn, s):
    return fn in ndocs and norm(s) in ndocs[fn]


def in_any(s):
    return any(norm(s) in t for t in ndocs.values())


# ---------------------------------------------------------------- questions
qpath = os.path.join(ROOT, "questions.jsonl")
Q = []
try:
    with open(qpath, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    Q.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err(f"questions.jsonl line {i}: bad JSON ({e})")
except FileNotFoundError:
    err("questions.jsonl missing")

ids, texts = set(), {}
cites = Counter()
n_unans = n_nodia = n_abbr = n_follow = n_follow_unans = n_who = 0
kinds = Counter()
for idx, q in enumerate(Q):
    qid = q.get("id", f"#{idx}")
    if not re.fullmatch(rf"{PREFIX}\d{{3}}", str(qid)):
        err(f"{qid}: bad id")
    if qid in ids:
        err(f"{qid}: duplicate id")
    ids.add(qid)
    if qid != f"{PREFIX}{idx + 1:03d}":
        err(f"{qid}: ids not sequential (expected {PREFIX}{idx + 1:03d})")
    text = q.get("question", "")
    if not isinstance(text, str) or len(text.strip()) < 5:
        err(f"{qid}: empty question")
        continue
    if unicodedata.normalize("NFC", text) != text:
        err(f"{qid}: question not NFC")
    nt = norm(text)
    if nt in texts:
        err(f"{qid}: duplicate question (same as {texts[nt]})")
    texts.setdefault(nt, qid)
    kind = q.get("kind")
    kinds[kind] += 1
    if kind not in KINDS:
        err(f"{qid}: bad kind {kind}")
    ans = q.get("answerable")
    if not isinstance(ans, bool):
        err(f"{qid}: answerable must be true/false")
    ev = q.get("evidence", [])
    kw = q.get("keywords", [])
    if ans is False:
        n_unans += 1
        if kind != "unanswerable":
            err(f"{qid}: unanswerable question must have kind 'unanswerable'")
        if ev or kw:
            err(f"{qid}: unanswerable question must have empty evidence and keywords")
    else:
        if kind == "unanswerable":
            err(f"{qid}: kind 'unanswerable' but answerable is true")
        if not (1 <= len(ev) <= 3):
            err(f"{qid}: needs 1-3 evidence quotes, has {len(ev)}")
        if not (1 <= len(kw) <= 3):
            err(f"{qid}: needs 1-3 keywords, has {len(kw)}")
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in ndocs:
                err(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            nq = norm(quote)
            if not (20 <= len(nq) <= 200):
                err(f"{qid}: quote length {len(nq)} not in 20-200: {quote[:50]!r}")
            if nq not in ndocs[src]:
                err(f"{qid}: quote not verbatim in {src}: {quote[:70]!r}")
        for s in srcs:
            cites[s] += 1
        nquotes = [norm(e.get("quote", "")) for e in ev]
        for k in kw:
            nk = norm(k)
            if not nk:
                err(f"{qid}: empty keyword")
            elif not any(nk in x for x in nquotes) and not any(nk in ndocs.get(s, "") for s in srcs):
                err(f"{qid}: keyword {k!r} not in its quotes nor cited files")
    # diacritics / abbreviations
    letters = [c for c in text if c.isalpha()]
    if letters and all(ord(c) < 128 for c in text):
        n_nodia += 1
    elif kind == "no-diacritics":
        err(f"{qid}: kind no-diacritics but the question has diacritics")
    if ABBR.search(text):
        n_abbr += 1
    elif kind == "abbreviation":
        err(f"{qid}: kind abbreviation but no abbreviation found")
    # history
    hist = q.get("history")
    if hist is not None:
        if not isinstance(hist, list) or not hist:
            err(f"{qid}: history must be a non-empty list")
        else:
            n_follow += 1
            if ans is False:
                n_follow_unans += 1
            for h in hist:
                prev = texts.get(norm(h))
                if prev is None or prev == qid:
                    err(f"{qid}: history question not an earlier question: {h!r}")
    elif kind == "follow-up":
        err(f"{qid}: follow-up without history")
    # actors
    acts = q.get("actors")
    if acts is not None:
        if not acts:
            err(f"{qid}: empty actors list")
        srcs = [e.get("source") for e in ev]
        for a in acts:
            if not any(in_doc(s, a) for s in srcs) and not (not srcs and in_any(a)):
                err(f"{qid}: actor {a!r} not verbatim in cited sources")
        if kind == "who-what" or acts:
            n_who += 1
    elif kind == "who-what":
        err(f"{qid}: who-what question without actors")

N = len(Q)
if N:
    if not (95 <= N <= 115):
        err(f"about 105 questions expected, found {N}")
    if n_unans / N < 0.22:
        err(f"unanswerable {n_unans}/{N} = {n_unans / N:.1%} < 22%")
    if n_nodia / N < 0.15:
        err(f"no-diacritics {n_nodia}/{N} = {n_nodia / N:.1%} < 15%")
    if n_abbr / N < 0.12:
        err(f"abbreviations {n_abbr}/{N} = {n_abbr / N:.1%} < 12%")
    if kinds["no-diacritics"] / N < 0.15:
        err(f"kind no-diacritics {kinds['no-diacritics']}/{N} < 15%")
    if kinds["abbreviation"] / N < 0.12:
        err(f"kind abbreviation {kinds['abbreviation']}/{N} < 12%")
    if n_follow < 15:
        err(f"follow-ups with history: {n_follow} < 15")
    if not (1 <= n_follow_unans <= 2):
        err(f"unanswerable follow-ups: {n_follow_unans}, must be 1-2")
    if n_who < 12 or kinds["who-what"] < 12:
        err(f"who-what questions with actors: {n_who} (kind who-what {kinds['who-what']}) < 12")
    for k in ("metadata", "list", "corpus"):
        if kinds[k] < 3:
            err(f"too few {k} questions ({kinds[k]})")
    for fn in ndocs:
        if cites[fn] < 12:
            err(f"{fn} cited by {cites[fn]} answerable questions (< 12)")

# ---------------------------------------------------------------- who_what
wpath = os.path.join(ROOT, "who_what.jsonl")
W = []
try:
    with open(wpath, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    W.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err(f"who_what.jsonl line {i}: bad JSON ({e})")
except FileNotFoundError:
    err("who_what.jsonl missing")
wsrc = Counter()
for i, w in enumerate(W, 1):
    wid = w.get("id")
    if wid != f"w{PREFIX}{i:02d}":
        err(f"who_what line {i}: id {wid!r}, expected w{PREFIX}{i:02d}")
    src = w.get("source")
    wsrc[src] += 1
    if src not in ndocs:
        err(f"{wid}: unknown source {src}")
        continue
    if not w.get("directive"):
        err(f"{wid}: directive missing")
    actors = w.get("actors", [])
    if not actors:
        err(f"{wid}: no actors")
    anames = set()
    for a in actors:
        name = a.get("name", "")
        anames.add(norm(name))
        if not in_doc(src, name):
            err(f"{wid}: actor name not verbatim: {name!r}")
        if a.get("role") not in ROLES:
            err(f"{wid}: bad role {a.get('role')!r} for {name!r}")
        dl = a.get("deadline")
        if dl is not None and not in_doc(src, dl):
            err(f"{wid}: deadline not verbatim: {dl!r}")
        tq = a.get("task_quote", "")
        if not (20 <= len(norm(tq)) <= 200):
            err(f"{wid}: task_quote length {len(norm(tq))} not in 20-200 for {name!r}")
        if not in_doc(src, tq):
            err(f"{wid}: task_quote not verbatim: {tq[:70]!r}")
    for g in w.get("groups", []):
        if not in_doc(src, g.get("name", "")):
            err(f"{wid}: group name not verbatim: {g.get('name')!r}")
        if not g.get("members"):
            err(f"{wid}: group {g.get('name')!r} has no members")
        for m in g.get("members", []):
            if not in_doc(src, m):
                err(f"{wid}: group member not verbatim: {m!r}")
    intr = w.get("intruders", [])
    if not (3 <= len(intr) <= 6):
        err(f"{wid}: needs 3-6 intruders, has {len(intr)}")
    for s in intr:
        ns = norm(s)
        if not in_doc(src, s):
            err(f"{wid}: intruder not verbatim: {s!r}")
        for an in anames:
            if ns == an or ns in an or an in ns:
                err(f"{wid}: intruder {s!r} overlaps actor {an!r}")
if len(W) != 5 or any(wsrc[fn] != 1 for fn in ndocs):
    err(f"who_what.jsonl must have one line per document ({len(W)} lines)")

# ---------------------------------------------------------------- report
if problems:
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print(f"questions={N} unanswerable={n_unans} ({n_unans / N:.1%}) no-diacritics={n_nodia} ({n_nodia / N:.1%}) "
      f"abbreviations={n_abbr} ({n_abbr / N:.1%}) follow-ups={n_follow} (unanswerable {n_follow_unans}) "
      f"who-what-with-actors={n_who}")
print("kinds:", dict(sorted(kinds.items())))
print("citations per file:", dict(sorted(cites.items())))
print("words:", {fn: count_words(t) for fn, t in sorted(docs.items())})
print("markdown tables in:", md_table_files, "| hard-wrapped:", wrapped_files)
print("OK")
