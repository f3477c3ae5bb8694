# -*- coding: utf-8 -*-
"""Standalone checker for the blind106 set (prefix mp). Prints OK or the problems (exit 1)."""
import json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
HERE = os.path.dirname(os.path.abspath(__file__)); CORPUS = os.path.join(HERE, "corpus")
P = []
def bad(m): P.append(m)
def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()
def read_docx(p):
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = ET.fromstring(zipfile.ZipFile(p).read("word/document.xml"))
    out = []
    for para in root.iter(W + "p"):
        buf = []
        for el in para.iter():
            if el.tag == W + "t": buf.append(el.text or "")
            elif el.tag in (W + "br", W + "tab", W + "cr"): buf.append("\n")
        out.append("".join(buf))
    return "\n".join(out)
def read_pdf(p):
    from pypdf import PdfReader
    r = PdfReader(p); return "\n".join(pg.extract_text() or "" for pg in r.pages), len(r.pages)
files = sorted(f for f in os.listdir(CORPUS) if not f.startswith("."))
if len(files) != 5: bad(f"corpus has {len(files)} files, want 5")
for i, f in enumerate(files, 1):
    if not re.fullmatch(r"mp%02d_[a-z0-9_]+\.(txt|md|docx|pdf)" % i, f): bad(f"bad file name {f}")
exts = [f.rsplit(".", 1)[1] for f in files]
for e in ("txt", "docx", "pdf"):
    if e not in exts: bad(f"no .{e} file")
RAW, TXT = {}, {}
for f in files:
    p = os.path.join(CORPUS, f); e = f.rsplit(".", 1)[1]
    if e in ("txt", "md"):
        t = open(p, encoding="utf-8").read()
        if unicodedata.normalize("NFC", t) != t: bad(f"{f} not NFC")
    elif e == "docx": t = read_docx(p)
    else:
        t, n = read_pdf(p)
        if not 2 <= n <= 4: bad(f"{f} has {n} pages")
    RAW[f] = t; TXT[f] = norm(t)
    w = len(t.split())
    if not 700 <= w <= 1500: bad(f"{f} has {w} words")
    n = TXT[f]
    if "cộng hòa xã hội chủ nghĩa việt nam" not in n and "đảng cộng sản việt nam" not in n: bad(f"{f} lacks motto")
    if "độc lập - tự do - hạnh phúc" not in n and "đảng cộng sản việt nam" not in n: bad(f"{f} lacks motto line 2")
    if not re.search(r"số:? ?\d+", n): bad(f"{f} lacks number")
    if "nơi nhận" not in n or "lưu" not in n: bad(f"{f} lacks tail")
md_table = any(re.search(r"^\|.*\|\s*\n\|[\s\-|:]+\|", RAW[f], re.M) for f in files if f.endswith((".txt", ".md")))
if not md_table: bad("no Markdown table in .txt/.md")
docx = [f for f in files if f.endswith(".docx")]
if docx and b"<w:tbl>" not in zipfile.ZipFile(os.path.join(CORPUS, docx[0])).read("word/document.xml"): bad("docx without table")
if not any(f.endswith(".txt") and max(len(l) for l in RAW[f].splitlines()) <= 80 and sum(1 for l in RAW[f].splitlines() if len(l) >= 60) >= 20 for f in files): bad("no hard-wrapped .txt")
# questions
Q = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
seen_id, seen_q, earlier = set(), set(), []
cites = {f: 0 for f in files}
DIAC = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)
ABBR = re.compile(r"(?<![\w&])(kh|cv|qđ|qd|bc|tb|hd|ubnd|mttq|hđnd|hdnd|thcs|thpt|vhttdl|vhtt|vh&tt|gd&đt|kh&cn|ctr|sdt)(?![\w&])", re.I)
nodiac = abbr = fu = fu_un = ww = un = 0
for i, q in enumerate(Q, 1):
    qid = q.get("id")
    if qid != "mp%03d" % i: bad(f"id {qid} at line {i}")
    if qid in seen_id: bad(f"dup id {qid}")
    seen_id.add(qid)
    nq = norm(q["question"])
    if nq in seen_q: bad(f"{qid} duplicate question")
    seen_q.add(nq)
    if q.get("kind") not in KINDS: bad(f"{qid} bad kind")
    for h in q.get("history", []):
        if h not in earlier: bad(f"{qid} history not an earlier question: {h}")
    if q.get("history"): fu += 1
    if not DIAC.search(q["question"]): nodiac += 1
    if ABBR.search(q["question"]): abbr += 1
    if q.get("actors"): ww += 1
    if not q["answerable"]:
        un += 1
        if q.get("history"): fu_un += 1
        if q["evidence"] or q["keywords"] or q["kind"] != "unanswerable": bad(f"{qid} unanswerable malformed")
    else:
        if not 1 <= len(q["evidence"]) <= 3: bad(f"{qid} needs 1-3 quotes")
        if not 1 <= len(q["keywords"]) <= 3: bad(f"{qid} needs 1-3 keywords")
        qt = ""
        for ev in q["evidence"]:
            s, quote = ev["source"], norm(ev["quote"])
            if s not in TXT: bad(f"{qid} unknown source {s}"); continue
            if not 20 <= len(quote) <= 200: bad(f"{qid} quote length {len(quote)}")
            if quote not in TXT[s]: bad(f"{qid} quote not verbatim in {s}: {ev['quote'][:60]}")
            qt += " | " + quote
        for s in {ev["source"] for ev in q["evidence"]}:
            if s in cites: cites[s] += 1
        for k in q["keywords"]:
            if norm(k) not in qt and not any(norm(k) in TXT.get(ev["source"], "") for ev in q["evidence"]): bad(f"{qid} keyword not in quotes: {k}")
        for a in q.get("actors", []):
            if not any(norm(a) in TXT.get(ev["source"], "") for ev in q["evidence"]): bad(f"{qid} actor not verbatim: {a}")
    earlier.append(q["question"])
n = len(Q)
if not 95 <= n <= 115: bad(f"{n} questions, want about 105")
if un / n < 0.22: bad(f"unanswerable {un/n:.1%} < 22%")
if nodiac / n < 0.15: bad(f"no-diacritics {nodiac/n:.1%} < 15%")
if abbr / n < 0.12: bad(f"abbreviations {abbr/n:.1%} < 12%")
if fu < 15: bad(f"follow-ups {fu} < 15")
if not 1 <= fu_un <= 2: bad(f"unanswerable follow-ups {fu_un}, want 1-2")
if ww < 12: bad(f"who-what with actors {ww} < 12")
for k in ("metadata", "list", "corpus"):
    if not any(q["kind"] == k for q in Q): bad(f"no {k} questions")
for f, c in cites.items():
    if c < 12: bad(f"{f} cited by {c} answerable questions (<12)")
# who_what
WW = [json.loads(l) for l in open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") if l.strip()]
if sorted(w["source"] for w in WW) != files: bad("who_what must have one line per document")
for w in WW:
    t = TXT.get(w["source"], ""); names = set()
    for a in w["actors"]:
        names.add(norm(a["name"]))
        if norm(a["name"]) not in t: bad(f"{w['id']} actor not verbatim: {a['name']}")
        if a["role"] not in ("chủ trì", "phối hợp", "thường trực", None): bad(f"{w['id']} bad role {a['role']}")
        if a["deadline"] is not None and norm(a["deadline"]) not in t: bad(f"{w['id']} deadline not verbatim: {a['deadline']}")
        tq = norm(a["task_quote"])
        if not 20 <= len(tq) <= 200 or tq not in t: bad(f"{w['id']} task_quote bad: {a['task_quote'][:60]}")
    for g in w["groups"]:
        for m in [g["name"]] + g["members"]:
            if norm(m) not in t: bad(f"{w['id']} group text not verbatim: {m}")
    if not 3 <= len(w["intruders"]) <= 6: bad(f"{w['id']} needs 3-6 intruders")
    for x in w["intruders"]:
        if norm(x) not in t: bad(f"{w['id']} intruder not verbatim: {x}")
        if norm(x) in names: bad(f"{w['id']} intruder is an actor: {x}")
print(f"questions={n} unanswerable={un} ({un/n:.1%}) no-diacritics={nodiac} ({nodiac/n:.1%}) abbreviations={abbr} ({abbr/n:.1%}) follow-ups={fu} (unanswerable {fu_un}) who-what={ww}")
print("cites:", cites)
if P:
    print("\n".join(P)); sys.exit(1)
print("OK")
