#!/usr/bin/env python3
"""Standalone checker for blind set 128 (prefix nm). No kg_rag import.
Prints OK or the list of problems (exit 1)."""
import json, os, re, sys, unicodedata, zipfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "nm"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = re.compile(r"(?<![\wĐđ])(KH|CV|QĐ|QD|BC|TB|HD|HĐ|BB|SK|UBND|MTTQ|GD&ĐT|KH&CN|HĐND|THCS|KT-HT|TTr|ĐT|PCT)(?![\wĐđ])")
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
        parts = []
        body = d.element.body
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                parts.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
            elif tag == "tbl":
                for tr in child.iter():
                    if tr.tag.endswith("}tr"):
                        cells = []
                        for tc in tr.iter():
                            if tc.tag.endswith("}tc"):
                                cells.append(" ".join("".join(t.text or "" for t in p.iter() if t.tag.endswith("}t"))
                                                      for p in tc.iter() if p.tag.endswith("}p")))
                        parts.append("\n".join(cells))
        return "\n".join(parts), len(d.tables)
    except ImportError:
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>|</w:tc>", "\n", xml)
        return re.sub(r"<[^>]+>", "", xml), xml.count("<w:tbl>")


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)


# ------------------------------------------------------------------ corpus
docs, raw = {}, {}
files = sorted(os.listdir(CORPUS)) if os.path.isdir(CORPUS) else []
if len(files) != 5:
    P(f"corpus must hold exactly 5 files, has {len(files)}: {files}")
exts = Counter()
nums = []
for f in files:
    m = re.fullmatch(PREFIX + r"0([1-5])_[a-z0-9_]+\.(txt|md|docx|pdf)", f)
    if not m:
        P(f"bad file name: {f}")
        continue
    nums.append(m.group(1))
    ext = m.group(2)
    exts[ext] += 1
    path = os.path.join(CORPUS, f)
    if ext in ("txt", "md"):
        text = open(path, encoding="utf-8").read()
        if unicodedata.normalize("NFC", text) != text:
            P(f"{f}: not NFC")
    elif ext == "docx":
        text, ntab = read_docx(path)
        if ntab < 1:
            P(f"{f}: no Word table")
    else:
        text, npages = read_pdf(path)
        if not 2 <= npages <= 4:
            P(f"{f}: PDF has {npages} pages (need 2-4)")
        if len(text.split()) < 300:
            P(f"{f}: PDF text layer too thin")
    if unicodedata.normalize("NFC", text) != text:
        P(f"{f}: extracted text not NFC")
    raw[f] = text
    docs[f] = norm(text)
    wc = len(text.split())
    if not 700 <= wc <= 1500:
        P(f"{f}: {wc} words (need 700-1500)")
    n = docs[f]
    if not (("cộng hòa xã hội chủ nghĩa việt nam" in n and "độc lập - tự do - hạnh phúc" in n) or "đảng cộng sản việt nam" in n):
        P(f"{f}: motto missing")
    if not re.search(r"số:? ?\d+[-/]", n):
        P(f"{f}: number and symbol (Số: …) missing")
    if "nơi nhận" not in n or "lưu: vt" not in n:
        P(f"{f}: Nơi nhận / Lưu: VT tail missing")
    if "căn cứ" not in n and "thực hiện" not in n:
        P(f"{f}: no Căn cứ / Thực hiện line")
if sorted(nums) != ["1", "2", "3", "4", "5"]:
    P(f"file numbers must be 01..05 once each, got {sorted(nums)}")
for e in ("txt", "docx", "pdf"):
    if exts[e] < 1:
        P(f"no .{e} document")
if exts["docx"] + exts["pdf"] > 2 and False:
    pass
md_table = any(re.search(r"^\s*\|?\s*:?-{3,}:?\s*\|", raw[f], re.M) for f in raw if f.endswith((".txt", ".md")))
if not md_table:
    P("no Markdown table in a .txt/.md document")
wrapped = False
for f in raw:
    if f.endswith((".txt", ".md")):
        lines = [l for l in raw[f].split("\n") if l.strip()]
        if lines and max(len(l) for l in lines) <= 80 and sum(60 <= len(l) <= 80 for l in lines) >= 20:
            wrapped = True
if not wrapped:
    P("no hard-wrapped (60-80 chars) .txt/.md document")
if docs and "57-nq/tw" in " ".join(docs.values()):
    for f, n in docs.items():
        for m in re.finditer(r"57-nq/tw", n):
            line_start = n.rfind("căn cứ", 0, m.start())
            if line_start < 0 or m.start() - line_start > 200:
                P(f"{f}: 57-NQ/TW outside a Căn cứ line")


def in_doc(src, s):
    return src in docs and norm(s) in docs[src]


def in_any(s):
    return any(norm(s) in d for d in docs.values())


# ------------------------------------------------------------------ questions
qpath = os.path.join(HERE, "questions.jsonl")
Qs = []
try:
    for i, line in enumerate(open(qpath, encoding="utf-8"), 1):
        if line.strip():
            try:
                Qs.append(json.loads(line))
            except json.JSONDecodeError as e:
                P(f"questions.jsonl line {i}: bad JSON ({e})")
except FileNotFoundError:
    P("questions.jsonl missing")
seen_ids, seen_q, earlier = set(), set(), []
cites = Counter()
for k, q in enumerate(Qs, 1):
    qid = q.get("id")
    if qid != f"{PREFIX}{k:03d}":
        P(f"{qid}: id out of sequence (expected {PREFIX}{k:03d})")
    if qid in seen_ids:
        P(f"{qid}: duplicate id")
    seen_ids.add(qid)
    text = q.get("question", "")
    if not text or norm(text) in seen_q:
        P(f"{qid}: empty or duplicate question")
    seen_q.add(norm(text))
    if unicodedata.normalize("NFC", text) != text:
        P(f"{qid}: question not NFC")
    if q.get("kind") not in KINDS:
        P(f"{qid}: bad kind {q.get('kind')}")
    for h in q.get("history", []) or []:
        if h not in earlier:
            P(f"{qid}: history question not an earlier question: {h[:50]}")
    ev, kws = q.get("evidence", []), q.get("keywords", [])
    if q.get("answerable") is False:
        if ev or kws:
            P(f"{qid}: unanswerable must have empty evidence and keywords")
    elif q.get("answerable") is True:
        if not 1 <= len(ev) <= 3:
            P(f"{qid}: needs 1-3 evidence quotes")
        if not 1 <= len(kws) <= 3:
            P(f"{qid}: needs 1-3 keywords")
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                P(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            if not 20 <= len(quote) <= 200:
                P(f"{qid}: quote length {len(quote)} outside 20-200: {quote[:40]}")
            if not in_doc(src, quote):
                P(f"{qid}: quote not verbatim in {src}: {quote[:70]}")
        for s in srcs:
            cites[s] += 1
        qtxt = " ".join(norm(e.get("quote", "")) for e in ev)
        for kw in kws:
            if norm(kw) not in qtxt and not any(norm(kw) in docs.get(s, "") for s in srcs):
                P(f"{qid}: keyword not in quotes/cited file: {kw}")
    else:
        P(f"{qid}: answerable must be true/false")
    for a in q.get("actors", []) or []:
        if not in_any(a):
            P(f"{qid}: actor not verbatim in corpus: {a}")
    earlier.append(text)

N = len(Qs)
if N:
    unans = [q for q in Qs if q.get("answerable") is False]
    nodia = [q for q in Qs if all(ord(c) < 128 for c in q["question"])]
    abbr = [q for q in Qs if ABBR.search(q["question"])]
    fol = [q for q in Qs if q.get("history")]
    fol_un = [q for q in fol if q.get("answerable") is False]
    ww = [q for q in Qs if q.get("kind") == "who-what" and q.get("actors")]
    kinds = Counter(q.get("kind") for q in Qs)
    if not 95 <= N <= 115:
        P(f"{N} questions (aim ~105)")
    if len(unans) / N < 0.22:
        P(f"unanswerable {len(unans)}/{N} < 22%")
    if len(nodia) / N < 0.15:
        P(f"no-diacritics {len(nodia)}/{N} < 15%")
    if len(abbr) / N < 0.12:
        P(f"abbreviations {len(abbr)}/{N} < 12%")
    if len(fol) < 15:
        P(f"follow-ups {len(fol)} < 15")
    if not 1 <= len(fol_un) <= 2:
        P(f"unanswerable follow-ups {len(fol_un)} (need 1-2)")
    if len(ww) < 12:
        P(f"who-what with actors {len(ww)} < 12")
    for kd in ("metadata", "list", "corpus"):
        if kinds[kd] < 1:
            P(f"no {kd} question")
    for f in docs:
        if cites[f] < 12:
            P(f"{f}: cited by {cites[f]} answerable questions (< 12)")
    for q in Qs:
        if q.get("kind") == "no-diacritics" and q not in nodia:
            P(f"{q['id']}: kind no-diacritics but has diacritics")
        if q.get("kind") == "unanswerable" and q.get("answerable") is not False:
            P(f"{q['id']}: kind unanswerable but answerable")

# ------------------------------------------------------------------ who_what
wpath = os.path.join(HERE, "who_what.jsonl")
W = []
try:
    W = [json.loads(l) for l in open(wpath, encoding="utf-8") if l.strip()]
except FileNotFoundError:
    P("who_what.jsonl missing")
except json.JSONDecodeError as e:
    P(f"who_what.jsonl bad JSON: {e}")
wsrc = Counter()
for k, w in enumerate(W, 1):
    wid, src = w.get("id"), w.get("source")
    if wid != f"w{PREFIX}{k:02d}":
        P(f"{wid}: id out of sequence")
    if src not in docs:
        P(f"{wid}: unknown source {src}")
        continue
    wsrc[src] += 1
    if not w.get("directive"):
        P(f"{wid}: directive missing")
    names = []
    if not w.get("actors"):
        P(f"{wid}: no actors")
    for a in w.get("actors", []):
        nm = a.get("name", "")
        names.append(norm(nm))
        if not in_doc(src, nm):
            P(f"{wid}: actor not verbatim: {nm}")
        if a.get("role") not in ROLES:
            P(f"{wid}: bad role {a.get('role')} for {nm}")
        dl = a.get("deadline")
        if dl is not None and not in_doc(src, dl):
            P(f"{wid}: deadline not verbatim: {dl}")
        tq = a.get("task_quote", "")
        if not 20 <= len(tq) <= 200:
            P(f"{wid}: task_quote length {len(tq)} for {nm}")
        if not in_doc(src, tq):
            P(f"{wid}: task_quote not verbatim: {tq[:70]}")
    for g in w.get("groups", []):
        if not in_doc(src, g.get("name", "")):
            P(f"{wid}: group name not verbatim: {g.get('name')}")
        if not g.get("members"):
            P(f"{wid}: group without members")
        for m in g.get("members", []):
            if not in_doc(src, m):
                P(f"{wid}: group member not verbatim: {m}")
    intr = w.get("intruders", [])
    if not 3 <= len(intr) <= 6:
        P(f"{wid}: {len(intr)} intruders (need 3-6)")
    for s in intr:
        if not in_doc(src, s):
            P(f"{wid}: intruder not verbatim: {s}")
        ns = norm(s)
        if any(ns == a or a in ns or ns in a for a in names):
            P(f"{wid}: intruder overlaps an actor: {s}")
for f in docs:
    if wsrc[f] != 1:
        P(f"who_what: {f} has {wsrc[f]} lines (need 1)")

if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
if N:
    print(f"questions {N}: unanswerable {len(unans)} ({100*len(unans)/N:.1f}%), no-diacritics {len(nodia)} ({100*len(nodia)/N:.1f}%), "
          f"abbreviations {len(abbr)} ({100*len(abbr)/N:.1f}%), follow-ups {len(fol)} (unanswerable {len(fol_un)}), who-what+actors {len(ww)}")
    print("kinds:", dict(sorted(kinds.items())))
    print("citations:", dict(sorted(cites.items())))
    print("words:", {f: len(raw[f].split()) for f in sorted(raw)})
