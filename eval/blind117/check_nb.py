#!/usr/bin/env python
"""Standalone checker for the blind117 evaluation set (prefix nb).

Reads the five corpus documents (.txt/.md as UTF-8, .docx via python-docx incl. tables,
.pdf via pypdf), normalises them (NFC, lower case, whitespace collapsed, '*' and '#' dropped)
and checks questions.jsonl and who_what.jsonl against them.  Prints OK or the problems
(exit code 1).  Does not import kg_rag.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
QFILE = os.path.join(HERE, "questions.jsonl")
WFILE = os.path.join(HERE, "who_what.jsonl")

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR_RE = re.compile(
    r"(?<![0-9A-Za-zÀ-ỹĐđ])(KH|CV|QĐ|BC|TB|HD|HĐ|BB|NQ|UBND|MTTQ|HĐND|GD&ĐT|KH&CN|THCS|TTYT|SYT|"
    r"CNTT|BHYT|SKĐT|HSSK|TYT|BVĐK|HU|CCCD)(?![0-9A-Za-zÀ-ỹĐđ])")
NAME_RE = re.compile(r"^nb0([1-5])_[a-z0-9]+(?:_[a-z0-9]+)*\.(txt|md|docx|pdf)$")

problems = []


def err(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def is_ascii_question(s):
    return all(ord(c) < 128 for c in s)


def read_docx(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(path)
    parts = []
    n_tables = 0
    table_shapes = []

    def walk(parent_elm, parent):
        nonlocal n_tables
        for child in parent_elm.iterchildren():
            tag = child.tag.split("}")[-1]
            if tag == "p":
                parts.append(Paragraph(child, parent).text)
            elif tag == "tbl":
                t = Table(child, parent)
                n_tables += 1
                table_shapes.append((len(t.rows), len(t.columns)))
                for row in t.rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        walk(cell._tc, cell)

    walk(d.element.body, d)
    return "\n".join(parts), table_shapes


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)


def word_count(text):
    return sum(1 for tok in text.split() if any(ch.isalnum() for ch in tok))


def has_md_table(text):
    lines = [l.strip() for l in text.splitlines()]
    for a, b in zip(lines, lines[1:]):
        if a.startswith("|") and a.endswith("|") and a.count("|") >= 4 \
                and re.fullmatch(r"\|(\s*:?-{3,}:?\s*\|)+", b):
            return True
    return False


def is_hard_wrapped(text):
    lines = [l for l in text.splitlines() if l.strip()]
    if not lines:
        return False
    longest = max(len(l) for l in lines)
    band = sum(1 for l in lines if 55 <= len(l) <= 80)
    return longest <= 80 and band >= 30


# ---------------------------------------------------------------- documents
docs_raw = {}
docs = {}
if not os.path.isdir(CORPUS):
    err("corpus/ missing")
    files = []
else:
    files = sorted(os.listdir(CORPUS))
if len(files) != 5:
    err(f"corpus must hold exactly 5 documents, found {len(files)}: {files}")
prefixes = Counter()
exts = Counter()
for f in files:
    m = NAME_RE.match(f)
    if not m:
        err(f"bad file name: {f}")
        continue
    prefixes[m.group(1)] += 1
    exts[m.group(2)] += 1
for i in "12345":
    if prefixes[i] != 1:
        err(f"need exactly one nb0{i}_ document, found {prefixes[i]}")
for e in ("txt", "docx", "pdf"):
    if exts[e] < 1:
        err(f"need at least one .{e} document")
if exts["docx"] > 1 or exts["pdf"] > 1:
    err("only one .docx and one .pdf expected; the others .txt or .md")

for f in files:
    path = os.path.join(CORPUS, f)
    ext = f.rsplit(".", 1)[-1]
    try:
        if ext in ("txt", "md"):
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        elif ext == "docx":
            text, shapes = read_docx(path)
            if not any(r >= 3 and c >= 4 for r, c in shapes):
                err(f"{f}: no Word task table (>=3 rows, >=4 columns)")
        elif ext == "pdf":
            text, pages = read_pdf(path)
            if not 2 <= pages <= 3:
                err(f"{f}: PDF has {pages} pages, expected 2-3")
        else:
            continue
    except Exception as e:  # noqa: BLE001
        err(f"{f}: cannot read ({e})")
        continue
    docs_raw[f] = text
    docs[f] = norm(text)
    if unicodedata.normalize("NFC", text) != text:
        err(f"{f}: text is not NFC")
    wc = word_count(text)
    if not 700 <= wc <= 1500:
        err(f"{f}: {wc} words, expected 700-1500")
    n = docs[f]
    state = "cộng hòa xã hội chủ nghĩa việt nam" in n and "độc lập - tự do - hạnh phúc" in n
    party = "đảng cộng sản việt nam" in n
    if not (state or party):
        err(f"{f}: motto missing")
    if not re.search(r"số:? ?\d+[-/]", n):
        err(f"{f}: number and symbol (Số ...) missing")
    if "nơi nhận" not in n:
        err(f"{f}: 'Nơi nhận' missing")
    for line in text.splitlines():
        if "57-NQ/TW" in line and not line.strip().lstrip("-+ ").startswith("Căn cứ"):
            err(f"{f}: 57-NQ/TW outside a 'Căn cứ' line: {line.strip()[:80]}")

plain = {f: t for f, t in docs_raw.items() if f.endswith((".txt", ".md"))}
if not any(has_md_table(t) for t in plain.values()):
    err("no Markdown table in a .txt/.md document")
if not any(is_hard_wrapped(t) for t in plain.values()):
    err("no .txt/.md document hard-wrapped at 60-80 characters")


def in_doc(fname, s):
    return fname in docs and norm(s) in docs[fname]


# ---------------------------------------------------------------- questions
questions = []
try:
    with open(QFILE, encoding="utf-8") as fh:
        raw_q = fh.read()
    if unicodedata.normalize("NFC", raw_q) != raw_q:
        err("questions.jsonl is not NFC")
    for ln, line in enumerate(raw_q.splitlines(), 1):
        if not line.strip():
            continue
        try:
            questions.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"questions.jsonl line {ln}: bad JSON ({e})")
except FileNotFoundError:
    err("questions.jsonl missing")

seen_ids = set()
seen_q = {}
earlier = set()
cited = Counter()
n_unans = n_noacc = n_abbr = n_follow = n_follow_unans = n_who = 0
kinds = Counter()
for idx, q in enumerate(questions, 1):
    qid = q.get("id", f"#{idx}")
    if qid != f"nb{idx:03d}":
        err(f"{qid}: ids must run nb001, nb002, ... (expected nb{idx:03d})")
    if qid in seen_ids:
        err(f"{qid}: duplicate id")
    seen_ids.add(qid)
    text = q.get("question", "")
    if not isinstance(text, str) or len(text.strip()) < 5:
        err(f"{qid}: empty question")
        continue
    if norm(text) in seen_q:
        err(f"{qid}: duplicate question (same as {seen_q[norm(text)]})")
    seen_q[norm(text)] = qid
    if "57-NQ/TW" in text:
        err(f"{qid}: question mentions 57-NQ/TW")
    kind = q.get("kind")
    kinds[kind] += 1
    if kind not in KINDS:
        err(f"{qid}: unknown kind {kind!r}")
    ans = q.get("answerable")
    if not isinstance(ans, bool):
        err(f"{qid}: answerable must be true/false")
    ev = q.get("evidence", None)
    kw = q.get("keywords", None)
    if not isinstance(ev, list) or not isinstance(kw, list):
        err(f"{qid}: evidence and keywords must be lists")
        ev, kw = [], []
    hist = q.get("history")
    if hist is not None:
        if not isinstance(hist, list) or not hist:
            err(f"{qid}: history must be a non-empty list")
        else:
            for h in hist:
                if h not in earlier:
                    err(f"{qid}: history question is not an earlier question: {h!r}")
    if ans is False:
        n_unans += 1
        if kind != "unanswerable":
            err(f"{qid}: unanswerable question must have kind 'unanswerable'")
        if ev or kw:
            err(f"{qid}: unanswerable question must have empty evidence and keywords")
        if hist:
            n_follow_unans += 1
    elif ans is True:
        if kind == "unanswerable":
            err(f"{qid}: kind 'unanswerable' but answerable true")
        if not 1 <= len(ev) <= 3:
            err(f"{qid}: needs 1-3 evidence quotes, has {len(ev)}")
        if not 1 <= len(kw) <= 3:
            err(f"{qid}: needs 1-3 keywords, has {len(kw)}")
        srcs = []
        quotes_n = []
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                err(f"{qid}: evidence source {src!r} is not a corpus document")
                continue
            srcs.append(src)
            if not 20 <= len(quote) <= 200:
                err(f"{qid}: quote length {len(quote)} outside 20-200: {quote[:60]!r}")
            if norm(quote) not in docs[src]:
                err(f"{qid}: quote not verbatim in {src}: {quote[:80]!r}")
            quotes_n.append(norm(quote))
        for k in kw:
            nk = norm(k)
            if not nk:
                err(f"{qid}: empty keyword")
            elif not any(nk in qn for qn in quotes_n) and not any(nk in docs[s] for s in srcs):
                err(f"{qid}: keyword {k!r} not in its quotes or cited files")
        for s in set(srcs):
            cited[s] += 1
        if kind == "corpus" and len(set(srcs)) < 2:
            err(f"{qid}: corpus question should cite at least 2 documents")
        for a in q.get("actors", []) or []:
            if not any(in_doc(s, a) for s in srcs):
                err(f"{qid}: actor {a!r} not verbatim in the cited documents")
    if q.get("actors") is not None and not isinstance(q.get("actors"), list):
        err(f"{qid}: actors must be a list")
    if kind == "who-what":
        if not q.get("actors"):
            err(f"{qid}: who-what question needs actors")
        else:
            n_who += 1
    if kind == "follow-up" and not hist:
        err(f"{qid}: follow-up without history")
    if kind == "no-diacritics" and not is_ascii_question(text):
        err(f"{qid}: kind no-diacritics but the question has diacritics")
    if kind == "abbreviation" and not ABBR_RE.search(text):
        err(f"{qid}: kind abbreviation but no abbreviation found")
    if is_ascii_question(text):
        n_noacc += 1
    if ABBR_RE.search(text):
        n_abbr += 1
    if hist:
        n_follow += 1
    earlier.add(text)

N = len(questions)
if N:
    if not 95 <= N <= 120:
        err(f"{N} questions, expected about 105")
    if n_unans / N < 0.22:
        err(f"unanswerable {n_unans}/{N} = {n_unans / N:.1%} < 22%")
    if n_noacc / N < 0.15:
        err(f"no-diacritics {n_noacc}/{N} = {n_noacc / N:.1%} < 15%")
    if n_abbr / N < 0.12:
        err(f"abbreviations {n_abbr}/{N} = {n_abbr / N:.1%} < 12%")
    if n_follow < 15:
        err(f"only {n_follow} follow-ups (need >= 15)")
    if not 1 <= n_follow_unans <= 2:
        err(f"{n_follow_unans} unanswerable follow-ups (need 1-2)")
    if n_who < 12:
        err(f"only {n_who} who-what questions with actors (need >= 12)")
    for k, lo in (("metadata", 4), ("list", 3), ("corpus", 3)):
        if kinds[k] < lo:
            err(f"only {kinds[k]} {k} questions (need >= {lo})")
    for f in docs:
        if cited[f] < 12:
            err(f"{f} cited by only {cited[f]} answerable questions (need >= 12)")

# ---------------------------------------------------------------- who_what
wlines = []
try:
    with open(WFILE, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if line.strip():
                try:
                    wlines.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err(f"who_what.jsonl line {ln}: bad JSON ({e})")
except FileNotFoundError:
    err("who_what.jsonl missing")
w_sources = Counter()
for i, w in enumerate(wlines, 1):
    wid = w.get("id")
    if wid != f"wnb{i:02d}":
        err(f"who_what line {i}: id {wid!r}, expected wnb{i:02d}")
    src = w.get("source")
    if src not in docs:
        err(f"{wid}: source {src!r} not in corpus")
        continue
    w_sources[src] += 1
    directive = w.get("directive", "")
    num = directive.split()[-1] if directive else ""
    if not num or norm(num) not in docs[src]:
        err(f"{wid}: directive number {directive!r} not in {src}")
    actors = w.get("actors", [])
    if not actors:
        err(f"{wid}: no actors")
    actor_names = set()
    for a in actors:
        name = a.get("name", "")
        actor_names.add(norm(name))
        if not in_doc(src, name):
            err(f"{wid}: actor name not verbatim: {name!r}")
        if a.get("role") not in ROLES:
            err(f"{wid}: bad role {a.get('role')!r} for {name!r}")
        dl = a.get("deadline")
        if dl is not None and not in_doc(src, dl):
            err(f"{wid}: deadline not verbatim for {name!r}: {dl!r}")
        tq = a.get("task_quote", "")
        if not 20 <= len(tq) <= 200:
            err(f"{wid}: task_quote length {len(tq)} for {name!r}")
        if not in_doc(src, tq):
            err(f"{wid}: task_quote not verbatim for {name!r}: {tq[:70]!r}")
    for g in w.get("groups", []):
        if not in_doc(src, g.get("name", "")):
            err(f"{wid}: group name not verbatim: {g.get('name')!r}")
        if not g.get("members"):
            err(f"{wid}: group {g.get('name')!r} without members")
        for m in g.get("members", []):
            if not in_doc(src, m):
                err(f"{wid}: group member not verbatim: {m!r}")
    intr = w.get("intruders", [])
    if not 3 <= len(intr) <= 6:
        err(f"{wid}: {len(intr)} intruders, expected 3-6")
    for s in intr:
        if not in_doc(src, s):
            err(f"{wid}: intruder not verbatim: {s!r}")
        ns = norm(s)
        if ns in actor_names or any(ns in an for an in actor_names):
            err(f"{wid}: intruder {s!r} is (part of) an actor name")
for f in docs:
    if w_sources[f] != 1:
        err(f"who_what.jsonl must have exactly one line for {f} (has {w_sources[f]})")

# ---------------------------------------------------------------- report
if problems:
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print(f"questions={N} unanswerable={n_unans} ({n_unans / N:.1%}) no-diacritics={n_noacc} "
      f"({n_noacc / N:.1%}) abbreviations={n_abbr} ({n_abbr / N:.1%}) follow-ups={n_follow} "
      f"(unanswerable {n_follow_unans}) who-what={n_who}")
print("kinds:", dict(sorted(kinds.items())))
print("cited:", dict(sorted(cited.items())))
print("OK")
