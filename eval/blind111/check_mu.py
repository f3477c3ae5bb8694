#!/usr/bin/env python3
"""Standalone checker for the blind111 (prefix mu) evaluation set. No kg_rag import.
Prints OK or the list of problems (exit 1)."""
import json
import os
import re
import sys
import unicodedata
import zipfile
from collections import Counter
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "mu"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = re.compile(r"(?<![\w&/-])(KH&CN|GD&ĐT|KH|CV|QĐ|QD|BC|TB|HD|KL|UBND|MTTQ|HĐND|HĐ|THCS|BTV|TTHC|UBKT|HTX|KHCN)(?![\w&/-])", re.I)
problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    """Body text in document order, tables row by row (cells joined by a space), via zip+XML."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(W_NS + "body")
    out = []

    def para_text(p):
        return "".join(t.text or "" for t in p.iter(W_NS + "t"))

    for el in body:
        if el.tag == W_NS + "p":
            out.append(para_text(el))
        elif el.tag == W_NS + "tbl":
            for tr in el.iter(W_NS + "tr"):
                cells = []
                for tc in tr.findall(W_NS + "tc"):
                    cells.append(" ".join(para_text(p) for p in tc.findall(W_NS + "p")))
                out.append(" ".join(cells))
    return "\n".join(out)


def docx_has_table(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return xml.count("<w:tbl>") >= 2  # header table + member table


def pdf_text(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)


# ------------------------------------------------------------------ documents
files = sorted(f for f in os.listdir(CORPUS) if not f.startswith("."))
if len(files) != 5:
    bad(f"corpus must hold exactly 5 documents, found {len(files)}: {files}")
raw, texts = {}, {}
exts = Counter()
for i, f in enumerate(files, 1):
    m = re.fullmatch(rf"{PREFIX}0(\d)_([a-z0-9]+(?:_[a-z0-9]+)*)\.(txt|md|docx|pdf)", f)
    if not m:
        bad(f"bad file name {f}")
        continue
    if int(m.group(1)) != i:
        bad(f"file {f} out of sequence (expected {PREFIX}0{i}_…)")
    ext = m.group(3)
    exts[ext] += 1
    path = os.path.join(CORPUS, f)
    if ext in ("txt", "md"):
        t = open(path, encoding="utf-8").read()
        if unicodedata.normalize("NFC", t) != t:
            bad(f"{f}: not NFC")
    elif ext == "docx":
        t = docx_text(path)
        if not docx_has_table(path):
            bad(f"{f}: no Word table")
    else:
        t, pages = pdf_text(path)
        if not 2 <= pages <= 4:
            bad(f"{f}: PDF has {pages} pages (need 2–4)")
        if len(t.split()) < 300:
            bad(f"{f}: PDF text layer too thin")
    if unicodedata.normalize("NFC", t) != t:
        bad(f"{f}: extracted text not NFC")
    raw[f] = t
    texts[f] = norm(t)
    wc = len(t.split())
    if not 700 <= wc <= 1500:
        bad(f"{f}: {wc} words (need 700–1500)")
    n = texts[f]
    if "cộng hòa xã hội chủ nghĩa việt nam" in n:
        if "độc lập - tự do - hạnh phúc" not in n:
            bad(f"{f}: State motto incomplete")
    elif "đảng cộng sản việt nam" not in n:
        bad(f"{f}: no motto")
    if not re.search(r"số:? \d+[-/]", n):
        bad(f"{f}: no number and symbol")
    if "nơi nhận" not in n or "lưu: vt" not in n:
        bad(f"{f}: missing Nơi nhận / Lưu: VT")
    if "57-nq/tw" in n:
        for line in t.splitlines():
            if "57-NQ/TW" in line and not line.lstrip("*# ").startswith("Căn cứ"):
                bad(f"{f}: 57-NQ/TW outside a Căn cứ line")
for ext in ("txt", "docx", "pdf"):
    if exts[ext] < 1:
        bad(f"need at least one .{ext}")
if exts["docx"] > 1 or exts["pdf"] > 1:
    bad("only one .docx and one .pdf expected; the others .txt/.md")
md_table = False
hard_wrapped = False
for f, t in raw.items():
    if f.endswith((".txt", ".md")):
        lines = t.splitlines()
        if any(re.match(r"^\s*\|?\s*:?-{3,}", l) and "|" in l for l in lines):
            md_table = True
        body = [l for l in lines if l.strip() and not l.startswith(" ")]
        if body and max(len(l) for l in body) <= 80 and sum(60 <= len(l) <= 80 for l in body) >= 30:
            hard_wrapped = True
if not md_table:
    bad("no Markdown table in a .txt/.md file")
if not hard_wrapped:
    bad("no document hard-wrapped at 60–80 characters")


def in_doc(src, s):
    return src in texts and norm(s) in texts[src]


def check_quote(where, src, q):
    if src not in texts:
        bad(f"{where}: unknown source {src}")
        return False
    nq = norm(q)
    if not 20 <= len(nq) <= 200:
        bad(f"{where}: quote length {len(nq)} not in 20–200: {q[:60]!r}")
    if nq not in texts[src]:
        bad(f"{where}: quote not verbatim in {src}: {q[:80]!r}")
        return False
    return True


# ------------------------------------------------------------------ questions
qs = []
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if line.strip():
            try:
                qs.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad(f"questions.jsonl line {ln}: {e}")
ids, seen_q = set(), {}
cited = Counter()
n_unans = n_nodia = n_abbr = n_follow = n_follow_unans = n_who = 0
kinds = Counter()
for i, q in enumerate(qs):
    qid = q.get("id", f"#{i}")
    where = f"question {qid}"
    if qid != f"{PREFIX}{i + 1:03d}":
        bad(f"{where}: id out of sequence (expected {PREFIX}{i + 1:03d})")
    if qid in ids:
        bad(f"{where}: duplicate id")
    ids.add(qid)
    text = q.get("question", "")
    if not text.strip():
        bad(f"{where}: empty question")
    if unicodedata.normalize("NFC", text) != text:
        bad(f"{where}: question not NFC")
    key = norm(text)
    if key in seen_q:
        bad(f"{where}: same question as {seen_q[key]}")
    seen_q[key] = qid
    kind = q.get("kind")
    kinds[kind] += 1
    if kind not in KINDS:
        bad(f"{where}: bad kind {kind}")
    ans = q.get("answerable")
    ev = q.get("evidence", [])
    kw = q.get("keywords", [])
    if ans is False:
        n_unans += 1
        if ev or kw:
            bad(f"{where}: unanswerable must have empty evidence and keywords")
        if kind not in ("unanswerable",):
            bad(f"{where}: unanswerable question must have kind unanswerable")
    elif ans is True:
        if kind == "unanswerable":
            bad(f"{where}: kind unanswerable but answerable true")
        if not 1 <= len(ev) <= 3:
            bad(f"{where}: needs 1–3 evidence quotes")
        if not 1 <= len(kw) <= 3:
            bad(f"{where}: needs 1–3 keywords")
        srcs = set()
        for e in ev:
            check_quote(where, e.get("source"), e.get("quote", ""))
            srcs.add(e.get("source"))
        for s in srcs:
            cited[s] += 1
        joined = " || ".join(norm(e.get("quote", "")) for e in ev)
        for k in kw:
            if norm(k) not in joined:
                bad(f"{where}: keyword {k!r} not inside the quotes")
        if kind == "corpus" and len(srcs) < 2:
            bad(f"{where}: corpus question should cite ≥ 2 documents")
    else:
        bad(f"{where}: answerable must be true/false")
    if all(ord(c) < 128 for c in text):
        n_nodia += 1
    elif kind == "no-diacritics":
        bad(f"{where}: kind no-diacritics but question has diacritics")
    if kind == "abbreviation" or ABBR.search(text):
        n_abbr += 1
    if kind == "abbreviation" and not ABBR.search(text):
        bad(f"{where}: kind abbreviation but no known abbreviation in the question")
    hist = q.get("history")
    if hist is not None:
        if not hist:
            bad(f"{where}: empty history")
        n_follow += 1
        if ans is False:
            n_follow_unans += 1
        earlier = {norm(x["question"]) for x in qs[:i]}
        for h in hist:
            if norm(h) not in earlier:
                bad(f"{where}: history question not an earlier question: {h[:60]!r}")
    elif kind == "follow-up":
        bad(f"{where}: follow-up without history")
    actors = q.get("actors")
    if actors:
        n_who += 1
        srcs = [e["source"] for e in ev] or list(texts)
        for a in actors:
            if not any(in_doc(s, a) for s in srcs):
                bad(f"{where}: actor {a!r} not verbatim in the cited documents")
    elif kind == "who-what":
        bad(f"{where}: who-what without actors")

N_ = len(qs)
if not 95 <= N_ <= 115:
    bad(f"{N_} questions (about 105 expected)")
if n_unans < 0.22 * N_:
    bad(f"unanswerable {n_unans}/{N_} < 22%")
if n_nodia < 0.15 * N_:
    bad(f"no-diacritics {n_nodia}/{N_} < 15%")
if n_abbr < 0.12 * N_:
    bad(f"abbreviations {n_abbr}/{N_} < 12%")
if n_follow < 15:
    bad(f"follow-ups {n_follow} < 15")
if not 1 <= n_follow_unans <= 2:
    bad(f"unanswerable follow-ups {n_follow_unans} (need 1–2)")
if n_who < 12:
    bad(f"who-what with actors {n_who} < 12")
for k in ("metadata", "list", "corpus"):
    if kinds[k] < 3:
        bad(f"kind {k}: only {kinds[k]}")
for f in files:
    if cited[f] < 12:
        bad(f"{f} cited by {cited[f]} answerable questions (< 12)")

# ------------------------------------------------------------------ who_what
ww = []
with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if line.strip():
            ww.append(json.loads(line))
if sorted(w.get("source") for w in ww) != sorted(files):
    bad("who_what.jsonl must have exactly one line per document")
for j, w in enumerate(ww, 1):
    src = w.get("source")
    where = f"who_what {w.get('id')}"
    if w.get("id") != f"w{PREFIX}0{j}":
        bad(f"{where}: id should be w{PREFIX}0{j}")
    if not w.get("directive"):
        bad(f"{where}: no directive")
    names = set()
    if not w.get("actors"):
        bad(f"{where}: no actors")
    for a in w.get("actors", []):
        nm = a.get("name", "")
        names.add(norm(nm))
        if not in_doc(src, nm):
            bad(f"{where}: actor name not verbatim: {nm!r}")
        if a.get("role") not in ROLES:
            bad(f"{where}: bad role {a.get('role')!r}")
        dl = a.get("deadline")
        if dl is not None and not in_doc(src, dl):
            bad(f"{where}: deadline not verbatim: {dl!r}")
        check_quote(f"{where} actor {nm}", src, a.get("task_quote", ""))
    for g in w.get("groups", []):
        if not in_doc(src, g.get("name", "")):
            bad(f"{where}: group name not verbatim: {g.get('name')!r}")
        for m in g.get("members", []):
            if not in_doc(src, m):
                bad(f"{where}: group member not verbatim: {m!r}")
    intr = w.get("intruders", [])
    if not 3 <= len(intr) <= 6:
        bad(f"{where}: {len(intr)} intruders (need 3–6)")
    for s in intr:
        if not in_doc(src, s):
            bad(f"{where}: intruder not verbatim: {s!r}")
        ns = norm(s)
        if any(ns == n or ns in n or n in ns for n in names):
            bad(f"{where}: intruder {s!r} overlaps an actor name")

if problems:
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print(f"questions={N_} unanswerable={n_unans} ({100*n_unans/N_:.1f}%) no-diacritics={n_nodia} "
      f"({100*n_nodia/N_:.1f}%) abbreviations={n_abbr} ({100*n_abbr/N_:.1f}%) follow-ups={n_follow} "
      f"(unanswerable {n_follow_unans}) who-what-with-actors={n_who}")
print("kinds:", dict(sorted(kinds.items())))
print("citations per file:", dict(sorted(cited.items())))
print("OK")
