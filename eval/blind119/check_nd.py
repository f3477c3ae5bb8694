#!/usr/bin/env python
"""Standalone checker for blind set 119 (prefix nd). Prints OK or the problems (exit 1)."""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    """Paragraphs and table cells in document order (python-docx, falling back to zip+XML)."""
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        d = docx.Document(path)
        parts, tables = [], 0
        for el in d.element.body.iterchildren():
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "p":
                parts.append(Paragraph(el, d).text)
            elif tag == "tbl":
                tables += 1
                for row in Table(el, d).rows:
                    parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts), tables
    except ImportError:
        import zipfile
        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        tables = xml.count("<w:tbl>")
        xml = re.sub(r"</w:p>|</w:tc>", "\n", xml)
        return re.sub(r"<[^>]+>", "", xml), tables


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)


# ------------------------------------------------------------------ documents
files = sorted(os.listdir(CORPUS)) if os.path.isdir(CORPUS) else []
if len(files) != 5:
    bad(f"corpus must hold exactly 5 files, found {len(files)}: {files}")
name_re = re.compile(r"^nd0([1-5])_[a-z0-9]+(?:_[a-z0-9]+)*\.(txt|md|docx|pdf)$")
nums, exts = set(), []
raw, text = {}, {}
for f in files:
    m = name_re.match(f)
    if not m:
        bad(f"bad file name: {f}")
        continue
    nums.add(m.group(1))
    ext = m.group(2)
    exts.append(ext)
    path = os.path.join(CORPUS, f)
    if ext in ("txt", "md"):
        t = open(path, encoding="utf-8").read()
    elif ext == "docx":
        t, ntab = read_docx(path)
        if ntab < 1:
            bad(f"{f}: no Word table")
    else:
        t, npages = read_pdf(path)
        if not 2 <= npages <= 4:
            bad(f"{f}: PDF has {npages} pages (need 2-4)")
        if len(t.split()) < 100:
            bad(f"{f}: PDF text layer missing or too small")
    raw[f] = t
    text[f] = norm(t)
    if unicodedata.normalize("NFC", t) != t:
        bad(f"{f}: text is not NFC")
    nw = len(t.split())
    if not 700 <= nw <= 1500:
        bad(f"{f}: {nw} words (need 700-1500)")
    n = norm(t)
    if not (("cộng hòa xã hội chủ nghĩa việt nam" in n and "độc lập - tự do - hạnh phúc" in n)
            or "đảng cộng sản việt nam" in n):
        bad(f"{f}: motto missing")
    if not re.search(r"số:? ?\d+[-/][^\s]+", n):
        bad(f"{f}: number and symbol missing")
    for kw in ("nơi nhận", "lưu: vt"):
        if kw not in n:
            bad(f"{f}: '{kw}' missing")
    for line in t.splitlines():
        if "57-NQ/TW" in line and "căn cứ" not in norm(line):
            bad(f"{f}: 57-NQ/TW outside a 'Căn cứ' line: {line.strip()[:60]}")
if nums != {"1", "2", "3", "4", "5"}:
    bad(f"file numbers must be nd01..nd05, found {sorted(nums)}")
for need in ("txt", "docx", "pdf"):
    if need not in exts:
        bad(f"no .{need} document")
if exts.count("docx") + exts.count("pdf") > 2:
    bad("others must be .txt or .md")

md_table = False
hard_wrapped = False
for f in files:
    if not f.endswith((".txt", ".md")):
        continue
    lines = raw[f].splitlines()
    for a, b in zip(lines, lines[1:]):
        if a.strip().startswith("|") and a.strip().endswith("|") and re.match(r"^\s*\|[\s:|-]*-{3,}[\s:|-]*\|\s*$", b):
            md_table = True
    long_lines = [len(l) for l in lines if len(l.strip()) > 40]
    if long_lines and max(long_lines) <= 80 and sum(60 <= x <= 80 for x in long_lines) >= 0.6 * len(long_lines) \
            and len(long_lines) >= 40:
        hard_wrapped = True
if not md_table:
    bad("no Markdown table in a .txt/.md document")
if not hard_wrapped:
    bad("no document hard-wrapped at 60-80 characters")


def in_doc(s, f=None):
    s = norm(s)
    if f is not None:
        return f in text and s in text[f]
    return any(s in t for t in text.values())


def has_diacritics(s):
    return any(ord(ch) > 127 for ch in unicodedata.normalize("NFC", s))


# ------------------------------------------------------------------ questions
qs = []
qpath = os.path.join(HERE, "questions.jsonl")
for i, line in enumerate(open(qpath, encoding="utf-8")):
    if line.strip():
        try:
            qs.append(json.loads(line))
        except json.JSONDecodeError as e:
            bad(f"questions.jsonl line {i + 1}: bad JSON ({e})")
if not 95 <= len(qs) <= 115:
    bad(f"{len(qs)} questions (need about 105)")
seen_ids, seen_q, earlier = set(), set(), []
cites = {f: 0 for f in files}
kinds = {}
n_unans = n_nodia = n_abbr = n_follow = n_follow_unans = n_who = 0
for k, q in enumerate(qs):
    qid = q.get("id", "?")
    if qid != f"nd{k + 1:03d}":
        bad(f"{qid}: id out of sequence (expected nd{k + 1:03d})")
    if qid in seen_ids:
        bad(f"{qid}: duplicate id")
    seen_ids.add(qid)
    qt = q.get("question", "")
    if not qt or norm(qt) in seen_q:
        bad(f"{qid}: empty or duplicate question")
    seen_q.add(norm(qt))
    if "57-NQ/TW" in qt:
        bad(f"{qid}: question mentions 57-NQ/TW")
    kind = q.get("kind")
    if kind not in KINDS:
        bad(f"{qid}: bad kind {kind}")
    kinds[kind] = kinds.get(kind, 0) + 1
    ans = q.get("answerable")
    if not isinstance(ans, bool):
        bad(f"{qid}: answerable must be true/false")
    ev, kw = q.get("evidence"), q.get("keywords")
    if not isinstance(ev, list) or not isinstance(kw, list):
        bad(f"{qid}: evidence and keywords must be lists")
        ev, kw = [], []
    if ans is False:
        n_unans += 1
        if ev or kw:
            bad(f"{qid}: unanswerable question with evidence/keywords")
    else:
        if not 1 <= len(ev) <= 3:
            bad(f"{qid}: needs 1-3 quotes")
        if not 1 <= len(kw) <= 3:
            bad(f"{qid}: needs 1-3 keywords")
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in text:
                bad(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                bad(f"{qid}: quote length {len(nq)} not in 20-200: {quote[:50]}")
            if nq not in text[src]:
                bad(f"{qid}: quote not verbatim in {src}: {quote[:70]}")
        for s in srcs:
            cites[s] += 1
        quotes = " || ".join(norm(e.get("quote", "")) for e in ev)
        for w in kw:
            if norm(w) not in quotes and not any(norm(w) in text[s] for s in srcs):
                bad(f"{qid}: keyword not in quotes or cited file: {w}")
    if not has_diacritics(qt):
        n_nodia += 1
    if kind == "no-diacritics" and has_diacritics(qt):
        bad(f"{qid}: kind no-diacritics but question has diacritics")
    if kind == "abbreviation":
        n_abbr += 1
    hist = q.get("history")
    if hist is not None:
        if not hist or any(h not in earlier for h in hist):
            bad(f"{qid}: history must list earlier questions verbatim")
        n_follow += 1
        if ans is False:
            n_follow_unans += 1
    if kind == "follow-up" and not hist:
        bad(f"{qid}: follow-up without history")
    actors = q.get("actors")
    if actors is not None:
        for a in actors:
            if not in_doc(a):
                bad(f"{qid}: actor not verbatim in documents: {a}")
    if kind == "who-what":
        if actors:
            n_who += 1
        else:
            bad(f"{qid}: who-what without actors")
    earlier.append(qt)

N = len(qs) or 1
if n_unans / N < 0.22:
    bad(f"unanswerable {n_unans}/{N} = {n_unans / N:.1%} < 22%")
if n_nodia / N < 0.15:
    bad(f"no-diacritics {n_nodia}/{N} = {n_nodia / N:.1%} < 15%")
if n_abbr / N < 0.12:
    bad(f"abbreviation {n_abbr}/{N} = {n_abbr / N:.1%} < 12%")
if n_follow < 15 or not 1 <= n_follow_unans <= 2:
    bad(f"follow-ups {n_follow} (need >= 15), unanswerable follow-ups {n_follow_unans} (need 1-2)")
if n_who < 12:
    bad(f"who-what with actors {n_who} < 12")
for kname in ("metadata", "list", "corpus"):
    if kinds.get(kname, 0) < 3:
        bad(f"too few '{kname}' questions: {kinds.get(kname, 0)}")
for f, c in cites.items():
    if c < 12:
        bad(f"{f} cited by only {c} answerable questions (need >= 12)")

# ------------------------------------------------------------------ who_what
ww = [json.loads(l) for l in open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") if l.strip()]
if sorted(w.get("source") for w in ww) != sorted(files):
    bad("who_what.jsonl must have one line per document")
for k, w in enumerate(ww):
    wid, src = w.get("id"), w.get("source")
    if wid != f"wnd{k + 1:02d}":
        bad(f"who_what line {k + 1}: id {wid} (expected wnd{k + 1:02d})")
    if src not in text:
        bad(f"{wid}: unknown source {src}")
        continue
    if not w.get("directive"):
        bad(f"{wid}: directive missing")
    actor_names = set()
    if not w.get("actors"):
        bad(f"{wid}: no actors")
    for a in w.get("actors", []):
        nm = a.get("name", "")
        actor_names.add(norm(nm))
        if not in_doc(nm, src):
            bad(f"{wid}: actor name not verbatim: {nm}")
        if a.get("role") not in ROLES:
            bad(f"{wid}: bad role {a.get('role')}")
        dl = a.get("deadline")
        if dl is not None and not in_doc(dl, src):
            bad(f"{wid}: deadline not verbatim: {dl}")
        tq = a.get("task_quote", "")
        if not 20 <= len(norm(tq)) <= 200:
            bad(f"{wid}: task_quote length {len(norm(tq))}: {tq[:50]}")
        if not in_doc(tq, src):
            bad(f"{wid}: task_quote not verbatim: {tq[:70]}")
    for g in w.get("groups", []):
        if not in_doc(g.get("name", ""), src):
            bad(f"{wid}: group name not verbatim: {g.get('name')}")
        for m in g.get("members", []):
            if not in_doc(m, src):
                bad(f"{wid}: group member not verbatim: {m}")
    intr = w.get("intruders", [])
    if not 3 <= len(intr) <= 6:
        bad(f"{wid}: {len(intr)} intruders (need 3-6)")
    for s in intr:
        if not in_doc(s, src):
            bad(f"{wid}: intruder not verbatim: {s}")
        if norm(s) in actor_names:
            bad(f"{wid}: intruder is also an actor: {s}")

if problems:
    print("\n".join(problems))
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print("OK")
print(f"questions={len(qs)} unanswerable={n_unans} ({n_unans / N:.1%}) no-diacritics={n_nodia} ({n_nodia / N:.1%}) "
      f"abbreviation={n_abbr} ({n_abbr / N:.1%}) follow-ups={n_follow} (unanswerable {n_follow_unans}) who-what={n_who}")
print("kinds:", dict(sorted(kinds.items())))
print("citations:", cites)
