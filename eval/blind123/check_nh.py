#!/usr/bin/env python3
"""Standalone checker for the blind123 evaluation set (prefix nh). Prints OK or the problems (exit 1)."""
import json
import os
import re
import sys
import unicodedata
import zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "nh"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up",
         "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = ["KH", "CV", "QĐ", "BC", "TB", "HD", "UBND", "MTTQ", "GD&ĐT", "GD&DT", "KH&CN", "HĐND", "THCS", "THPT",
        "VHTTDL", "BTG", "BTGTU", "TV", "LHPN", "VHĐ", "VHD", "PGD", "GD", "TH&THCS", "PT-TH", "BCH", "SĐT", "SDT"]
problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ reading the documents
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path):
    """Body order text of a .docx (paragraphs and table cells) via zip + XML; also counts tables."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    out, tables, numbered = [], [], 0

    def para_text(p):
        return "".join(t.text or "" for t in p.iter(W + "t"))

    for el in body:
        if el.tag == W + "p":
            out.append(para_text(el))
            if el.find(f"{W}pPr/{W}numPr") is not None or el.find(f"{W}pPr/{W}pStyle") is not None and \
                    "List" in (el.find(f"{W}pPr/{W}pStyle").get(W + "val") or ""):
                numbered += 1
        elif el.tag == W + "tbl":
            rows = el.findall(W + "tr")
            tables.append(len(rows))
            for tr in rows:
                for tc in tr.findall(W + "tc"):
                    out.append("\n".join(para_text(p) for p in tc.iter(W + "p")))
    return "\n".join(out), tables, numbered


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)


docs = {}      # name -> raw text
meta = {}
files = sorted(os.listdir(CORPUS)) if os.path.isdir(CORPUS) else []
if len(files) != 5:
    bad(f"corpus must hold exactly 5 files, found {len(files)}: {files}")
seen_nums = set()
for f in files:
    m = re.fullmatch(PREFIX + r"0([1-5])_[a-z0-9_]+\.(txt|md|docx|pdf)", f)
    if not m:
        bad(f"bad file name {f}")
        continue
    seen_nums.add(m.group(1))
    path = os.path.join(CORPUS, f)
    ext = m.group(2)
    if ext in ("txt", "md"):
        raw = open(path, encoding="utf-8").read()
        docs[f] = raw
    elif ext == "docx":
        raw, tables, numbered = read_docx(path)
        docs[f] = raw
        meta[f] = {"tables": tables, "numbered": numbered}
        try:  # cross-check with python-docx if present
            import docx  # noqa
            d = docx.Document(path)
            if not d.tables:
                bad(f"{f}: python-docx sees no table")
        except ImportError:
            pass
    else:
        raw, pages = read_pdf(path)
        docs[f] = raw
        meta[f] = {"pages": pages}
if seen_nums != {"1", "2", "3", "4", "5"}:
    bad(f"file numbers must be 01..05 once each, got {sorted(seen_nums)}")
exts = [f.rsplit(".", 1)[1] for f in docs]
for need in ("txt", "docx", "pdf"):
    if need not in exts:
        bad(f"no .{need} document")
if exts.count("docx") != 1 or exts.count("pdf") != 1:
    bad("expected one .docx and one .pdf, the others .txt/.md")

NDOC = {f: norm(t) for f, t in docs.items()}
md_table = False
wrapped = False
for f, raw in docs.items():
    n = NDOC[f]
    words = len(raw.split())
    if not 700 <= words <= 1500:
        bad(f"{f}: {words} words (need 700-1500)")
    if unicodedata.normalize("NFC", raw) != raw:
        bad(f"{f}: text is not NFC")
    state = "cộng hòa xã hội chủ nghĩa việt nam" in n and "độc lập - tự do - hạnh phúc" in n
    party = "đảng cộng sản việt nam" in n
    if not (state or party):
        bad(f"{f}: no motto")
    if not re.search(r"số:? ?\d+[-/]", n):
        bad(f"{f}: no number and symbol")
    if "nơi nhận" not in n or "lưu: vt" not in n:
        bad(f"{f}: no 'Nơi nhận' / 'Lưu: VT' tail")
    if not re.search(r"ngày \d{1,2} tháng \d{1,2} năm 20\d\d", n):
        bad(f"{f}: no place-and-date line")
    # the Resolution number may only appear in a "Căn cứ" line
    for line in raw.splitlines():
        if "57-NQ/TW" in line and "Căn cứ" not in line:
            bad(f"{f}: 57-NQ/TW outside a Căn cứ line")
    if f.endswith((".txt", ".md")):
        lines = raw.splitlines()
        for i in range(len(lines) - 1):
            if re.match(r"^\s*\|.*\|\s*$", lines[i]) and re.match(r"^\s*\|?\s*:?-{3,}", lines[i + 1]):
                md_table = True
        body = [l for l in lines if l.strip() and not l.lstrip().startswith("|")]
        if body and max(len(l) for l in body) <= 80 and sum(len(l) >= 60 for l in body) >= 20:
            wrapped = True
    if f.endswith(".pdf"):
        pages = meta[f]["pages"]
        if not 2 <= pages <= 4:
            bad(f"{f}: {pages} PDF pages (need 2-4)")
        if len(raw.split()) < 300:
            bad(f"{f}: PDF text layer too thin")
    if f.endswith(".docx"):
        if not any(r >= 3 for r in meta[f]["tables"]):
            bad(f"{f}: no Word table with >= 3 rows")
        if meta[f]["numbered"] < 1:
            bad(f"{f}: no Word automatic numbering")
if not md_table:
    bad("no Markdown table in a .txt/.md document")
if not wrapped:
    bad("no hard-wrapped (<= 80 chars) .txt/.md document")


def in_doc(src, s):
    return src in NDOC and norm(s) in NDOC[src]


# ------------------------------------------------------------------ questions.jsonl
qpath = os.path.join(HERE, "questions.jsonl")
qs = []
try:
    with open(qpath, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if line.strip():
                try:
                    qs.append(json.loads(line))
                except json.JSONDecodeError as e:
                    bad(f"questions.jsonl line {i}: {e}")
except FileNotFoundError:
    bad("questions.jsonl missing")

ids, texts = set(), []
cites = {f: 0 for f in docs}
n_unans = n_nodia = n_abbr = n_follow = n_follow_un = n_who = 0
kinds = {}
for k, q in enumerate(qs):
    qid = q.get("id")
    where = f"{qid}"
    if qid != f"{PREFIX}{k + 1:03d}":
        bad(f"{where}: id out of sequence (expected {PREFIX}{k + 1:03d})")
    if qid in ids:
        bad(f"{where}: duplicate id")
    ids.add(qid)
    text = q.get("question", "")
    if not isinstance(text, str) or len(text.strip()) < 5:
        bad(f"{where}: empty question")
        continue
    if unicodedata.normalize("NFC", text) != text:
        bad(f"{where}: question not NFC")
    if norm(text) in [norm(t) for t in texts]:
        bad(f"{where}: duplicate question")
    if "57-nq/tw" in norm(text):
        bad(f"{where}: question writes 57-NQ/TW")
    kind = q.get("kind")
    kinds[kind] = kinds.get(kind, 0) + 1
    if kind not in KINDS:
        bad(f"{where}: bad kind {kind}")
    ans = q.get("answerable")
    if not isinstance(ans, bool):
        bad(f"{where}: answerable must be true/false")
    ev = q.get("evidence", None)
    kw = q.get("keywords", None)
    if not isinstance(ev, list) or not isinstance(kw, list):
        bad(f"{where}: evidence/keywords must be lists")
        ev, kw = [], []
    # copied sentence check: the question must not be a verbatim 12-word run of a document
    toks = norm(text).split()
    for i in range(0, max(0, len(toks) - 11)):
        run = " ".join(toks[i:i + 12])
        if any(run in d for d in NDOC.values()):
            bad(f"{where}: question copies a sentence of a document")
            break
    if ans is False:
        n_unans += 1
        if ev or kw:
            bad(f"{where}: unanswerable question must have empty evidence and keywords")
        if kind != "unanswerable" and not q.get("history"):
            bad(f"{where}: unanswerable question should have kind 'unanswerable'")
    else:
        if kind == "unanswerable":
            bad(f"{where}: kind unanswerable but answerable true")
        if not 1 <= len(ev) <= 3:
            bad(f"{where}: need 1-3 evidence quotes")
        if not 1 <= len(kw) <= 3:
            bad(f"{where}: need 1-3 keywords")
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                bad(f"{where}: unknown source {src}")
                continue
            srcs.add(src)
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                bad(f"{where}: quote length {len(nq)} not in 20-200: {quote[:50]!r}")
            if nq not in NDOC[src]:
                bad(f"{where}: quote not verbatim in {src}: {quote[:70]!r}")
        for s in srcs:
            cites[s] += 1
        allq = " || ".join(norm(e.get("quote", "")) for e in ev)
        for w in kw:
            if not isinstance(w, str) or not w.strip():
                bad(f"{where}: empty keyword")
            elif norm(w) not in allq and not any(norm(w) in NDOC[s] for s in srcs):
                bad(f"{where}: keyword {w!r} not in the quotes or the cited file")
    hist = q.get("history")
    if hist is not None:
        if not isinstance(hist, list) or not hist:
            bad(f"{where}: history must be a non-empty list")
        else:
            for h in hist:
                if h not in texts:
                    bad(f"{where}: history question not an earlier question: {h[:60]!r}")
            n_follow += 1
            if ans is False:
                n_follow_un += 1
    if kind == "follow-up" and not hist:
        bad(f"{where}: follow-up without history")
    actors = q.get("actors")
    if actors is not None:
        pool = [e.get("source") for e in ev if e.get("source") in docs] or list(docs)
        for a in actors:
            if not any(in_doc(s, a) for s in pool):
                bad(f"{where}: actor {a!r} not verbatim in the cited text")
    if kind == "who-what":
        if not actors:
            bad(f"{where}: who-what question without actors")
        else:
            n_who += 1
    if not re.search(r"[^\x00-\x7f]", text):
        n_nodia += 1
    if any(re.search(r"(?<![\wĐđ&])" + re.escape(a) + r"(?![\wĐđ&])", text, re.I) for a in ABBR):
        n_abbr += 1
    texts.append(text)

N = len(qs)
if not 95 <= N <= 115:
    bad(f"{N} questions (need about 105)")
if N:
    if n_unans / N < 0.22:
        bad(f"unanswerable {n_unans}/{N} = {n_unans / N:.1%} < 22%")
    if n_nodia / N < 0.15:
        bad(f"no-diacritics {n_nodia}/{N} = {n_nodia / N:.1%} < 15%")
    if n_abbr / N < 0.12:
        bad(f"abbreviations {n_abbr}/{N} = {n_abbr / N:.1%} < 12%")
if n_follow < 15:
    bad(f"only {n_follow} follow-ups (need >= 15)")
if not 1 <= n_follow_un <= 2:
    bad(f"{n_follow_un} unanswerable follow-ups (need 1-2)")
if n_who < 12:
    bad(f"only {n_who} who-what questions with actors (need >= 12)")
for k in ("metadata", "list", "corpus"):
    if kinds.get(k, 0) < 2:
        bad(f"too few {k} questions ({kinds.get(k, 0)})")
for f, c in cites.items():
    if c < 12:
        bad(f"{f} cited by only {c} answerable questions (need >= 12)")

# ------------------------------------------------------------------ who_what.jsonl
wpath = os.path.join(HERE, "who_what.jsonl")
ww = []
try:
    with open(wpath, encoding="utf-8") as fh:
        ww = [json.loads(l) for l in fh if l.strip()]
except FileNotFoundError:
    bad("who_what.jsonl missing")
except json.JSONDecodeError as e:
    bad(f"who_what.jsonl: {e}")
wsrc = set()
for i, w in enumerate(ww, 1):
    where = w.get("id", f"who_what line {i}")
    if w.get("id") != f"w{PREFIX}{i:02d}":
        bad(f"{where}: id should be w{PREFIX}{i:02d}")
    src = w.get("source")
    if src not in docs:
        bad(f"{where}: unknown source {src}")
        continue
    wsrc.add(src)
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
        tq = a.get("task_quote", "")
        if not 20 <= len(norm(tq)) <= 200:
            bad(f"{where}: task_quote length {len(norm(tq))}: {tq[:50]!r}")
        if not in_doc(src, tq):
            bad(f"{where}: task_quote not verbatim: {tq[:70]!r}")
    for g in w.get("groups", []):
        if not in_doc(src, g.get("name", "")):
            bad(f"{where}: group name not verbatim: {g.get('name')!r}")
        if not g.get("members"):
            bad(f"{where}: group without members")
        for m in g.get("members", []):
            if not in_doc(src, m):
                bad(f"{where}: group member not verbatim: {m!r}")
    intr = w.get("intruders", [])
    if not 3 <= len(intr) <= 6:
        bad(f"{where}: need 3-6 intruders, got {len(intr)}")
    for x in intr:
        if not in_doc(src, x):
            bad(f"{where}: intruder not verbatim: {x!r}")
        if norm(x) in names:
            bad(f"{where}: intruder is also an actor: {x!r}")
if wsrc != set(docs):
    bad(f"who_what.jsonl must have one line per document; missing {sorted(set(docs) - wsrc)}")
if len(ww) != len(docs):
    bad(f"who_what.jsonl has {len(ww)} lines for {len(docs)} documents")

if problems:
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1)
print(f"OK  ({len(docs)} documents, {N} questions: unanswerable {n_unans} = {n_unans / N:.1%}, "
      f"no-diacritics {n_nodia} = {n_nodia / N:.1%}, abbreviations {n_abbr} = {n_abbr / N:.1%}, "
      f"follow-ups {n_follow} ({n_follow_un} unanswerable), who-what {n_who}; kinds {kinds}; cites {cites})")
