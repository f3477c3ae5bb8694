#!/usr/bin/env python3
"""Standalone checker for the blind133 evaluation set (prefix ns). Prints OK or the problems (exit 1)."""
import json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "ns"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
ABBREV = ["KH", "CV", "QĐ", "BC", "TB", "HD", "UBND", "MTTQ", "GD&ĐT", "KH&CN", "HĐND", "THCS", "TTCS", "VHTT",
          "VHTTDL", "BTG", "TT&TT", "VH&TT", "CA", "TC", "PCT", "SVHTTDL", "BTGTU", "TW"]
problems = []


def P(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    try:
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    except ImportError:
        ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
        return "\n".join("".join(t.text or "" for t in p.iter(ns + "t")) for p in root.iter(ns + "p"))


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)


# ------------------------------------------------------------ documents
texts, raw = {}, {}
files = sorted(os.listdir(CORPUS)) if os.path.isdir(CORPUS) else []
if len(files) != 5:
    P(f"corpus must hold exactly 5 documents, found {len(files)}: {files}")
for i, f in enumerate(files, 1):
    if not re.fullmatch(rf"{PREFIX}0{i}_[a-z0-9_]+\.(txt|md|docx|pdf)", f):
        P(f"bad file name {f} (expected {PREFIX}0{i}_<ascii_words>.<ext>)")
exts = {f.rsplit(".", 1)[-1] for f in files}
for e in ("txt", "docx", "pdf"):
    if e not in exts:
        P(f"no .{e} document")
for f in files:
    path = os.path.join(CORPUS, f)
    ext = f.rsplit(".", 1)[-1]
    if ext in ("txt", "md"):
        t = open(path, encoding="utf-8").read()
        if unicodedata.normalize("NFC", t) != t:
            P(f"{f}: not NFC")
    elif ext == "docx":
        t = read_docx(path)
        if b"<w:tbl>" not in zipfile.ZipFile(path).read("word/document.xml"):
            P(f"{f}: no Word table")
    elif ext == "pdf":
        t, pages = read_pdf(path)
        if not 2 <= pages <= 4:
            P(f"{f}: {pages} pages (need 2-4)")
        if len(t.split()) < 300:
            P(f"{f}: PDF text layer too thin")
    else:
        P(f"{f}: bad extension"); continue
    raw[f] = t
    texts[f] = norm(t)
    wc = len(t.split())
    if not 700 <= wc <= 1500:
        P(f"{f}: {wc} words (need 700-1500)")
    n = texts[f]
    if not ("cộng hòa xã hội chủ nghĩa việt nam" in n and "độc lập - tự do - hạnh phúc" in n) and "đảng cộng sản việt nam" not in n:
        P(f"{f}: no motto")
    if not re.search(r"số:? ?\d+", n):
        P(f"{f}: no number/symbol")
    if "nơi nhận" not in n or "lưu: vt" not in n:
        P(f"{f}: no 'Nơi nhận' / 'Lưu: VT'")
    if "57-nq/tw" in n:
        for line in t.splitlines():
            if "57-NQ/TW" in line and not line.strip().startswith("Căn cứ"):
                P(f"{f}: 57-NQ/TW outside a 'Căn cứ' line")
md_table = False
for f, t in raw.items():
    if f.endswith((".txt", ".md")) and re.search(r"^\s*\|.*\|\s*$\n^\s*\|[\s:|-]*-{3,}[\s:|-]*\|\s*$", t, re.M):
        md_table = True
if not md_table:
    P("no Markdown table in a .txt/.md document")
hard_wrapped = False
for f, t in raw.items():
    if f.endswith((".txt", ".md")):
        lines = [l for l in t.splitlines() if l.strip() and not l.lstrip().startswith("|")]
        if lines and max(len(l) for l in lines) <= 80 and sum(1 for l in lines if len(l) >= 60) >= 20:
            hard_wrapped = True
if not hard_wrapped:
    P("no document hard-wrapped at 60-80 characters")


def in_file(src, s):
    return src in texts and norm(s) in texts[src]


# ------------------------------------------------------------ questions
qs = []
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if line.strip():
            try:
                qs.append(json.loads(line))
            except Exception as e:
                P(f"questions.jsonl line {ln}: bad JSON {e}")
ids, seen_q, cite = set(), {}, {f: 0 for f in files}
kinds = {}
n_unans = n_nodiac = n_abbr = n_follow = n_follow_unans = n_who = 0
for i, q in enumerate(qs):
    qid = q.get("id")
    if qid != f"{PREFIX}{i + 1:03d}":
        P(f"{qid}: id out of sequence (expected {PREFIX}{i + 1:03d})")
    if qid in ids:
        P(f"{qid}: duplicate id")
    ids.add(qid)
    text = q.get("question", "")
    if norm(text) in seen_q:
        P(f"{qid}: duplicate question text (same as {seen_q[norm(text)]})")
    seen_q[norm(text)] = qid
    kind = q.get("kind")
    if kind not in KINDS:
        P(f"{qid}: bad kind {kind}")
    kinds[kind] = kinds.get(kind, 0) + 1
    ev, kw = q.get("evidence", []), q.get("keywords", [])
    if q.get("answerable") is False:
        n_unans += 1
        if ev or kw:
            P(f"{qid}: unanswerable with evidence/keywords")
    elif q.get("answerable") is True:
        if not 1 <= len(ev) <= 3:
            P(f"{qid}: needs 1-3 quotes")
        if not 1 <= len(kw) <= 3:
            P(f"{qid}: needs 1-3 keywords")
        cited = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in texts:
                P(f"{qid}: unknown source {src}"); continue
            if not 20 <= len(quote) <= 200:
                P(f"{qid}: quote length {len(quote)} outside 20-200: {quote[:40]}")
            if not in_file(src, quote):
                P(f"{qid}: quote not verbatim in {src}: {quote[:60]}")
            cited.add(src)
        for c in cited:
            cite[c] += 1
        for k in kw:
            if not any(norm(k) in norm(e.get("quote", "")) for e in ev) and not any(in_file(c, k) for c in cited):
                P(f"{qid}: keyword not in quotes or cited file: {k}")
    else:
        P(f"{qid}: answerable must be true/false")
    for h in q.get("history", []) or []:
        earlier = [x.get("question") for x in qs[:i]]
        if h not in earlier:
            P(f"{qid}: history question is not an earlier question: {h[:50]}")
    if q.get("history"):
        n_follow += 1
        if q.get("answerable") is False:
            n_follow_unans += 1
    if q.get("actors"):
        n_who += 1
        srcs = [e["source"] for e in ev if e.get("source") in texts]
        for a in q["actors"]:
            if srcs and not any(in_file(s, a) for s in srcs):
                P(f"{qid}: actor not verbatim in cited files: {a}")
    if all(ord(ch) < 128 for ch in text):
        n_nodiac += 1
    if any(re.search(rf"(?<![\w&]){re.escape(a)}(?![\w&])", text) for a in ABBREV):
        n_abbr += 1
N = len(qs)
if not 95 <= N <= 115:
    P(f"{N} questions (about 105 expected)")
def pct(x): return 100.0 * x / max(N, 1)
if pct(n_unans) < 22: P(f"unanswerable {pct(n_unans):.1f}% < 22%")
if pct(n_nodiac) < 15: P(f"no-diacritics {pct(n_nodiac):.1f}% < 15%")
if pct(n_abbr) < 12: P(f"abbreviation {pct(n_abbr):.1f}% < 12%")
if n_follow < 15: P(f"only {n_follow} follow-ups")
if not 1 <= n_follow_unans <= 2: P(f"{n_follow_unans} unanswerable follow-ups (need 1-2)")
if n_who < 12: P(f"only {n_who} who-what questions with actors")
for k in ("metadata", "list", "corpus"):
    if kinds.get(k, 0) < 2: P(f"too few {k} questions")
for f, c in cite.items():
    if c < 12: P(f"{f} cited by only {c} answerable questions")

# ------------------------------------------------------------ who_what
ww = [json.loads(l) for l in open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") if l.strip()]
if sorted(w.get("source") for w in ww) != sorted(files):
    P("who_what.jsonl must have one line per document")
for w in ww:
    src, wid = w.get("source"), w.get("id")
    if src not in texts:
        P(f"{wid}: unknown source {src}"); continue
    names = set()
    for a in w.get("actors", []):
        names.add(norm(a["name"]))
        if not in_file(src, a["name"]): P(f"{wid}: actor not verbatim: {a['name']}")
        if a.get("role") not in ("chủ trì", "phối hợp", "thường trực", None): P(f"{wid}: bad role {a.get('role')}")
        if a.get("deadline") and not in_file(src, a["deadline"]): P(f"{wid}: deadline not verbatim: {a['deadline']}")
        tq = a.get("task_quote", "")
        if not 20 <= len(tq) <= 200: P(f"{wid}: task_quote length {len(tq)}: {tq[:40]}")
        if not in_file(src, tq): P(f"{wid}: task_quote not verbatim: {tq[:60]}")
    for g in w.get("groups", []):
        if not in_file(src, g["name"]): P(f"{wid}: group name not verbatim: {g['name']}")
        for m in g.get("members", []):
            if not in_file(src, m): P(f"{wid}: group member not verbatim: {m}")
    intr = w.get("intruders", [])
    if not 3 <= len(intr) <= 6: P(f"{wid}: {len(intr)} intruders (need 3-6)")
    for x in intr:
        if not in_file(src, x): P(f"{wid}: intruder not verbatim: {x}")
        nx = norm(x)
        if any(nx == n or nx in n or n in nx for n in names): P(f"{wid}: intruder overlaps an actor: {x}")

if problems:
    print("\n".join(problems)); sys.exit(1)
print(f"OK  ({N} questions; unanswerable {pct(n_unans):.1f}%, no-diacritics {pct(n_nodiac):.1f}%, "
      f"abbreviation {pct(n_abbr):.1f}%, follow-ups {n_follow} ({n_follow_unans} unanswerable), who-what {n_who}; "
      f"kinds {dict(sorted(kinds.items()))}; citations {cite})")
