#!/usr/bin/env python3
"""Standalone checker for the blind122 (prefix ng) evaluation set. Prints OK or the problems (exit 1)."""
import json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
ABBR = re.compile(r"(?<![\w])(KH|CV|QĐ|QD|BC|TB|HD|UBND|MTTQ|HĐND|HDND|TTYT|TYT|HSSK|BHXH|GD&ĐT|KH&CN|THCS|SYT|NVY|PYT|TT|VH)(?![\w])")
problems = []
def bad(msg): problems.append(msg)

def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
def docx_text(path):
    """zip+XML: every paragraph of body, including those inside table cells (cells joined by ' | ')."""
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    out = []
    def para(p):
        parts = []
        for el in p.iter():
            if el.tag == W + "t" and el.text: parts.append(el.text)
            elif el.tag in (W + "br", W + "cr"): parts.append("\n")
            elif el.tag == W + "tab": parts.append("\t")
        return "".join(parts)
    def walk(node):
        for ch in node:
            if ch.tag == W + "p": out.append(para(ch))
            elif ch.tag == W + "tbl":
                for tr in ch.iter(W + "tr"):
                    cells = []
                    for tc in tr.findall(W + "tc"):
                        cells.append("\n".join(para(p) for p in tc.iter(W + "p")))
                    out.append(" | ".join(cells))
    walk(root.find(W + "body"))
    return "\n".join(out)

def pdf_text(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)

# ---------------------------------------------------------------- documents
files = sorted(f for f in os.listdir(CORPUS) if not f.startswith("."))
if len(files) != 5: bad(f"corpus has {len(files)} files, expected 5")
raw, docs = {}, {}
for i, f in enumerate(files, 1):
    if not re.fullmatch(rf"ng0{i}_[a-z0-9_]+\.(txt|md|docx|pdf)", f): bad(f"bad file name {f}")
    p = os.path.join(CORPUS, f); ext = f.rsplit(".", 1)[1]
    if ext in ("txt", "md"):
        t = open(p, encoding="utf-8").read()
        if unicodedata.normalize("NFC", t) != t: bad(f"{f}: not NFC")
    elif ext == "docx":
        t = docx_text(p)
    else:
        t, pages = pdf_text(p)
        if not 2 <= pages <= 4: bad(f"{f}: {pages} pages (need 2-4)")
        if len(t.split()) < 300: bad(f"{f}: PDF text layer too thin")
    raw[f] = t; docs[f] = norm(t)
    wc = len(t.split())
    if not 700 <= wc <= 1500: bad(f"{f}: {wc} words (need 700-1500)")
    n = docs[f]
    if "độc lập - tự do - hạnh phúc" not in n and "đảng cộng sản việt nam" not in n: bad(f"{f}: no motto")
    if "cộng hòa xã hội chủ nghĩa việt nam" not in n and "đảng cộng sản việt nam" not in n: bad(f"{f}: no motto line 1")
    if "nơi nhận" not in n or "lưu: vt" not in n: bad(f"{f}: no Nơi nhận / Lưu: VT tail")
    if not re.search(r"số:? ?\d+[/-]", n): bad(f"{f}: no number and symbol")
    for m in re.finditer(r"57-nq/tw", n):
        line_start = n.rfind("căn cứ", 0, m.start())
        if line_start < 0 or m.start() - line_start > 40: bad(f"{f}: 57-NQ/TW outside a Căn cứ line")
exts = [f.rsplit(".", 1)[1] for f in files]
for e in ("txt", "docx", "pdf"):
    if e not in exts: bad(f"no .{e} document")
if not any(re.search(r"^\s*\|.*\|\s*$\n^\s*\|[\s:|-]*-{3,}[\s:|-]*\|\s*$", raw[f], re.M) for f in files if f.endswith((".txt", ".md"))):
    bad("no Markdown table in a .txt/.md document")
for f in files:
    if f.endswith(".docx") and "<w:tbl>" not in zipfile.ZipFile(os.path.join(CORPUS, f)).read("word/document.xml").decode():
        bad(f"{f}: no Word table")
def hard_wrapped(text):
    long_ = [l for l in text.splitlines() if len(l.strip()) > 40]
    return len(long_) > 20 and max(len(l) for l in long_) <= 80 and sum(60 <= len(l) <= 80 for l in long_) >= 0.7 * len(long_)
wrapped = [f for f in files if f.endswith((".txt", ".md")) and hard_wrapped(raw[f])]
if not wrapped: bad("no document hard-wrapped at 60-80 characters")
all_norm = " \n ".join(docs.values())

def in_doc(src, s):
    return src in docs and norm(s) in docs[src]

# ---------------------------------------------------------------- questions
qs = []
for ln, line in enumerate(open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8"), 1):
    if not line.strip(): continue
    try: qs.append(json.loads(line))
    except Exception as e: bad(f"questions.jsonl line {ln}: {e}")
ids, texts, cited = set(), {}, {f: 0 for f in files}
for i, q in enumerate(qs):
    qid = q.get("id", f"#{i}")
    if qid != f"ng{i+1:03d}": bad(f"{qid}: id out of sequence (expected ng{i+1:03d})")
    if qid in ids: bad(f"{qid}: duplicate id")
    ids.add(qid)
    qt = q.get("question", "")
    if norm(qt) in texts: bad(f"{qid}: duplicate question text (also {texts[norm(qt)]})")
    texts[norm(qt)] = qid
    if q.get("kind") not in KINDS: bad(f"{qid}: bad kind {q.get('kind')}")
    for h in q.get("history", []):
        if norm(h) not in texts or texts[norm(h)] == qid: bad(f"{qid}: history question not an earlier question: {h!r}")
    if q.get("answerable") is False:
        if q.get("evidence") != [] or q.get("keywords") != []: bad(f"{qid}: unanswerable needs empty evidence and keywords")
        continue
    if q.get("kind") == "unanswerable": bad(f"{qid}: kind unanswerable but answerable")
    ev = q.get("evidence", [])
    if not 1 <= len(ev) <= 3: bad(f"{qid}: {len(ev)} quotes (need 1-3)")
    srcs = set()
    for e in ev:
        s, quote = e.get("source"), e.get("quote", "")
        if s not in docs: bad(f"{qid}: unknown source {s}"); continue
        if not 20 <= len(quote) <= 200: bad(f"{qid}: quote length {len(quote)}: {quote[:40]!r}")
        if not in_doc(s, quote): bad(f"{qid}: quote not verbatim in {s}: {quote!r}")
        srcs.add(s)
    for s in srcs: cited[s] += 1
    kws = q.get("keywords", [])
    if not 1 <= len(kws) <= 3: bad(f"{qid}: {len(kws)} keywords (need 1-3)")
    qn = " ".join(norm(e.get("quote", "")) for e in ev)
    for k in kws:
        if norm(k) not in qn and not any(in_doc(s, k) for s in srcs): bad(f"{qid}: keyword {k!r} not in quotes/cited file")
    for a in q.get("actors", []):
        if not any(in_doc(s, a) for s in srcs) and norm(a) not in all_norm: bad(f"{qid}: actor {a!r} not verbatim")

VI = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)
n = len(qs)
unans = sum(q.get("answerable") is False for q in qs)
nodia = sum(not VI.search(q["question"]) for q in qs)
abbr = sum(bool(ABBR.search(q["question"])) for q in qs)
fol = [q for q in qs if q.get("history")]
fol_un = sum(q.get("answerable") is False for q in fol)
ww = sum(q.get("kind") == "who-what" and bool(q.get("actors")) for q in qs)
kinds = {}
for q in qs: kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
if not 95 <= n <= 120: bad(f"{n} questions (about 105 wanted)")
if unans / n < 0.22: bad(f"unanswerable {unans}/{n} < 22%")
if nodia / n < 0.15: bad(f"no-diacritics {nodia}/{n} < 15%")
if abbr / n < 0.12: bad(f"abbreviations {abbr}/{n} < 12%")
if len(fol) < 15: bad(f"only {len(fol)} follow-ups")
if not 1 <= fol_un <= 2: bad(f"{fol_un} unanswerable follow-ups (need 1-2)")
if ww < 12: bad(f"only {ww} who-what questions with actors")
for k in ("metadata", "list", "corpus"):
    if kinds.get(k, 0) < 3: bad(f"too few {k} questions")
for q in qs:
    if q.get("kind") == "no-diacritics" and VI.search(q["question"]): bad(f"{q['id']}: kind no-diacritics but has diacritics")
    if q.get("kind") == "abbreviation" and not ABBR.search(q["question"]): bad(f"{q['id']}: kind abbreviation without abbreviation")
    if q.get("kind") == "corpus" and q.get("answerable") and len({e['source'] for e in q['evidence']}) < 2: bad(f"{q['id']}: corpus question cites < 2 documents")
for f, c in cited.items():
    if c < 12: bad(f"{f} cited by only {c} answerable questions")

for extra in ("questions.jsonl", "who_what.jsonl"):
    if "57-nq/tw" in open(os.path.join(HERE, extra), encoding="utf-8").read().lower(): bad(f"{extra}: contains 57-NQ/TW")

# ---------------------------------------------------------------- who_what
ww_lines = [json.loads(l) for l in open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") if l.strip()]
if sorted(w.get("source") for w in ww_lines) != files: bad("who_what.jsonl must have one line per document")
for w in ww_lines:
    s, wid = w.get("source"), w.get("id")
    if s not in docs: bad(f"{wid}: unknown source"); continue
    names = set()
    for a in w.get("actors", []):
        names.add(norm(a["name"]))
        if not in_doc(s, a["name"]): bad(f"{wid}: actor name not verbatim: {a['name']!r}")
        if a.get("role") not in ("chủ trì", "phối hợp", "thường trực", None): bad(f"{wid}: bad role {a.get('role')}")
        if a.get("deadline") and not in_doc(s, a["deadline"]): bad(f"{wid}: deadline not verbatim: {a['deadline']!r}")
        tq = a.get("task_quote", "")
        if not 20 <= len(tq) <= 200: bad(f"{wid}: task_quote length {len(tq)}")
        if not in_doc(s, tq): bad(f"{wid}: task_quote not verbatim: {tq!r}")
    if not w.get("actors"): bad(f"{wid}: no actors")
    for g in w.get("groups", []):
        if not in_doc(s, g["name"]): bad(f"{wid}: group name not verbatim: {g['name']!r}")
        for m in g.get("members", []):
            if not in_doc(s, m): bad(f"{wid}: group member not verbatim: {m!r}")
    intr = w.get("intruders", [])
    if not 3 <= len(intr) <= 6: bad(f"{wid}: {len(intr)} intruders (need 3-6)")
    for x in intr:
        if not in_doc(s, x): bad(f"{wid}: intruder not verbatim: {x!r}")
        if norm(x) in names: bad(f"{wid}: intruder is also an actor: {x!r}")

print(f"questions={n} unanswerable={unans} ({unans/n:.1%}) no-diacritics={nodia} ({nodia/n:.1%}) "
      f"abbreviations={abbr} ({abbr/n:.1%}) follow-ups={len(fol)} (unanswerable {fol_un}) who-what+actors={ww}")
print("kinds:", dict(sorted(kinds.items())))
print("answerable citations per file:", cited)
print("words:", {f: len(raw[f].split()) for f in files}, "hard-wrapped:", wrapped)
if problems:
    print("\n".join(problems)); sys.exit(1)
print("OK")
