#!/usr/bin/env python3
"""Standalone checker for blind set 103 (prefix mm). No kg_rag import.

Reads the 5 documents in corpus/ (.txt/.md as UTF-8, .docx via python-docx incl. tables,
.pdf via pypdf), normalises them (NFC, lower case, `*` and `#` dropped, whitespace collapsed)
and checks questions.jsonl and who_what.jsonl against them.

Usage:  /work/main/.venv/bin/python check_mm.py      -> prints OK (exit 0) or the problems (exit 1)
"""
import json
import os
import re
import statistics
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "mm"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- document readers
def read_docx(path):
    """Body paragraphs and tables in document order; a table row = cells joined by ' | ',
    a cell = its paragraphs joined by spaces."""
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(path)
    out, tables = [], 0
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            out.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
        elif el.tag == qn("w:tbl"):
            tables += 1
            rows = []
            for tr in el.iter(qn("w:tr")):
                cells = []
                for tc in tr.iter(qn("w:tc")):
                    paras = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p"))]
                    cells.append(" ".join(paras).strip())
                rows.append(cells)
            out.extend(" | ".join(r) for r in rows)
            if rows and len(rows) >= 5 and max(len(r) for r in rows) >= 4:
                out.append("\x00WORD_TABLE\x00")
    return "\n".join(out)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((p.extract_text() or "") for p in r.pages), len(r.pages)


docs = {}        # file name -> raw text
ndocs = {}       # file name -> normalised text
files = sorted(f for f in os.listdir(CORPUS) if not f.startswith(".")) if os.path.isdir(CORPUS) else []

# ---------------------------------------------------------------- corpus rules
if len(files) != 5:
    bad(f"corpus/ must hold exactly 5 documents, found {len(files)}: {files}")
name_re = re.compile(rf"^{PREFIX}0([1-5])_[a-z0-9]+(?:_[a-z0-9]+)*\.(txt|md|docx|pdf)$")
nums = []
for f in files:
    m = name_re.match(f)
    if not m:
        bad(f"bad file name: {f}")
    else:
        nums.append(m.group(1))
if sorted(nums) != ["1", "2", "3", "4", "5"]:
    bad(f"files must be numbered {PREFIX}01..{PREFIX}05, got {sorted(nums)}")
exts = Counter(os.path.splitext(f)[1] for f in files)
for need in (".txt", ".docx", ".pdf"):
    if exts[need] < 1:
        bad(f"need at least one {need} document")
if exts[".docx"] > 1 or exts[".pdf"] > 1:
    bad("only one .docx and one .pdf expected; the others .txt or .md")

has_md_table = False
has_wrapped = False
has_word_table = False
for f in files:
    p = os.path.join(CORPUS, f)
    ext = os.path.splitext(f)[1]
    if ext in (".txt", ".md"):
        raw = open(p, encoding="utf-8").read()
        if not unicodedata.is_normalized("NFC", raw):
            bad(f"{f}: not NFC")
        lines = raw.split("\n")
        for i in range(len(lines) - 1):
            if re.match(r"^\s*\|.*\|\s*$", lines[i]) and re.match(r"^\s*\|\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|\s*$", lines[i + 1]):
                has_md_table = True
        body = [ln for ln in lines if ln.strip()]
        long_lines = [ln for ln in body if len(ln) > 80]
        if len(body) > 40 and not long_lines:
            lens = [len(ln) for ln in body]
            if statistics.median(lens) >= 50 and sum(60 <= x <= 80 for x in lens) >= 0.4 * len(lens):
                has_wrapped = True
    elif ext == ".docx":
        raw = read_docx(p)
        if "\x00WORD_TABLE\x00" in raw:
            has_word_table = True
        raw = raw.replace("\x00WORD_TABLE\x00", "")
        if not unicodedata.is_normalized("NFC", raw):
            bad(f"{f}: not NFC")
    elif ext == ".pdf":
        raw, pages = read_pdf(p)
        if not 2 <= pages <= 4:
            bad(f"{f}: PDF has {pages} pages, need 2-4")
        if len(raw.split()) < 300:
            bad(f"{f}: PDF text layer missing or too short")
        if not unicodedata.is_normalized("NFC", raw):
            bad(f"{f}: PDF text not NFC")
    else:
        continue
    docs[f] = raw
    ndocs[f] = norm(raw)
    words = len(raw.split())
    if not 700 <= words <= 1500:
        bad(f"{f}: {words} words, need 700-1500")
    n = ndocs[f]
    state = "cộng hòa xã hội chủ nghĩa việt nam" in n and "độc lập - tự do - hạnh phúc" in n
    party = "đảng cộng sản việt nam" in n
    if not (state or party):
        bad(f"{f}: no motto (State or Party)")
    if not re.search(r"số:? ?\d+[/-]", n):
        bad(f"{f}: no number and symbol ('Số: ...')")
    if "nơi nhận" not in n:
        bad(f"{f}: no 'Nơi nhận' list")
    if not re.search(r"lưu:? ", n):
        bad(f"{f}: no 'Lưu' line")
    if "căn cứ" not in n and "thực hiện quyết định" not in n:
        bad(f"{f}: no bases ('Căn cứ ...')")
    for ln in raw.split("\n"):
        if "57-NQ/TW" in ln and not ln.strip().startswith("Căn cứ"):
            bad(f"{f}: '57-NQ/TW' outside a 'Căn cứ' line")
if not has_md_table:
    bad("no Markdown table in a .txt/.md document")
if not has_wrapped:
    bad("no .txt/.md document hard-wrapped at 60-80 characters")
if not has_word_table:
    bad("no Word table (>=5 rows, >=4 columns) in the .docx")


def in_doc(fname, s):
    return fname in ndocs and norm(s) in ndocs[fname]


def in_any(s):
    return any(norm(s) in t for t in ndocs.values())


# ---------------------------------------------------------------- questions
VIET = re.compile(r"[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", re.I)
# abbreviations as officers type them ("KH 38", "QĐ 215", "UBND xã"); the parts of a full
# document symbol such as "216/QĐ-UBND" do not count (no '/' or '-' on either side).
ABBR_CS = re.compile(r"(?<![\w&/-])(KH|CV|QĐ|BC|TB|HD|BB|CTr|TT|NQ|ĐKT)(?![\w&/-])")
ABBR_CI = re.compile(r"(?<![\w&/-])(ubnd|mttq|hđnd|hdnd|gd&đt|gd&dt|gdđt|kh&cn|thcs|tthtcđ|tthtcd|xmc|dtts|"
                     r"gdnn-gdtx|lhpn|tc-kh|vhxh|ubkt|btv|qđ|qd|kh|hd)(?![\w&/-])", re.I)


def has_abbr(q):
    return bool(ABBR_CS.search(q) or ABBR_CI.search(q))


qpath = os.path.join(HERE, "questions.jsonl")
qs = []
try:
    with open(qpath, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if line.strip():
                try:
                    qs.append(json.loads(line))
                except json.JSONDecodeError as e:
                    bad(f"questions.jsonl line {ln}: bad JSON ({e})")
except FileNotFoundError:
    bad("questions.jsonl missing")

seen_ids, seen_q, earlier = set(), set(), []
cites = Counter()
n_unans = n_nodiac = n_abbr = n_follow = n_follow_unans = n_who = 0
for i, q in enumerate(qs, 1):
    qid = q.get("id")
    tag = qid or f"line {i}"
    if qid != f"{PREFIX}{i:03d}":
        bad(f"{tag}: id should be {PREFIX}{i:03d}")
    if qid in seen_ids:
        bad(f"{tag}: duplicate id")
    seen_ids.add(qid)
    text = q.get("question", "")
    if not isinstance(text, str) or not text.strip():
        bad(f"{tag}: empty question")
        continue
    if not unicodedata.is_normalized("NFC", text):
        bad(f"{tag}: question not NFC")
    if norm(text) in seen_q:
        bad(f"{tag}: duplicate question text")
    seen_q.add(norm(text))
    kind = q.get("kind")
    if kind not in KINDS:
        bad(f"{tag}: bad kind {kind!r}")
    ans = q.get("answerable")
    if not isinstance(ans, bool):
        bad(f"{tag}: answerable must be true/false")
    ev = q.get("evidence", None)
    kw = q.get("keywords", None)
    if not isinstance(ev, list) or not isinstance(kw, list):
        bad(f"{tag}: evidence and keywords must be lists")
        ev, kw = ev or [], kw or []
    extra = set(q) - {"id", "question", "answerable", "kind", "evidence", "keywords", "history", "actors"}
    if extra:
        bad(f"{tag}: unexpected fields {sorted(extra)}")
    if ans is False:
        n_unans += 1
        if ev or kw:
            bad(f"{tag}: unanswerable must have empty evidence and keywords")
    else:
        if kind == "unanswerable":
            bad(f"{tag}: kind unanswerable but answerable true")
        if not 1 <= len(ev) <= 3:
            bad(f"{tag}: need 1-3 evidence quotes, got {len(ev)}")
        if not 1 <= len(kw) <= 3:
            bad(f"{tag}: need 1-3 keywords, got {len(kw)}")
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in ndocs:
                bad(f"{tag}: evidence source {src!r} is not a corpus file")
                continue
            srcs.add(src)
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                bad(f"{tag}: quote length {len(nq)} outside 20-200: {quote[:60]!r}")
            if nq not in ndocs[src]:
                bad(f"{tag}: quote not verbatim in {src}: {quote[:80]!r}")
        for s in srcs:
            cites[s] += 1
        nquotes = " \n ".join(norm(e.get("quote", "")) for e in ev)
        for k in kw:
            if not isinstance(k, str) or not k.strip():
                bad(f"{tag}: empty keyword")
            elif norm(k) not in nquotes and not any(norm(k) in ndocs.get(s, "") for s in srcs):
                bad(f"{tag}: keyword {k!r} not in its quotes or cited files")
        if kind == "corpus" and len(srcs) < 2:
            bad(f"{tag}: corpus question should cite at least 2 documents")
    hist = q.get("history")
    if hist is not None:
        if not isinstance(hist, list) or not hist:
            bad(f"{tag}: history must be a non-empty list")
        else:
            n_follow += 1
            if ans is False:
                n_follow_unans += 1
            for h in hist:
                if h not in earlier:
                    bad(f"{tag}: history item is not an earlier question: {h[:60]!r}")
    if kind == "follow-up" and not hist:
        bad(f"{tag}: follow-up without history")
    actors = q.get("actors")
    if actors is not None:
        if not isinstance(actors, list) or not actors:
            bad(f"{tag}: actors must be a non-empty list")
        else:
            pool = [s for s in {e.get("source") for e in ev} if s in ndocs] or list(ndocs)
            for a in actors:
                if not any(norm(a) in ndocs[s] for s in pool):
                    bad(f"{tag}: actor {a!r} not verbatim in the cited document(s)")
    if kind == "who-what":
        if not actors:
            bad(f"{tag}: who-what question without actors")
        else:
            n_who += 1
    ascii_only = not VIET.search(text)
    if ascii_only:
        n_nodiac += 1
    if kind == "no-diacritics" and not ascii_only:
        bad(f"{tag}: kind no-diacritics but the question has diacritics")
    if has_abbr(text):
        n_abbr += 1
    if kind == "abbreviation" and not has_abbr(text):
        bad(f"{tag}: kind abbreviation but no abbreviation found")
    earlier.append(text)

N = len(qs)
kinds = Counter(q.get("kind") for q in qs)
if not 95 <= N <= 115:
    bad(f"about 105 questions expected, found {N}")
if N:
    if n_unans / N < 0.22:
        bad(f"unanswerable {n_unans}/{N} = {n_unans / N:.1%} < 22%")
    if n_nodiac / N < 0.15:
        bad(f"no-diacritics {n_nodiac}/{N} = {n_nodiac / N:.1%} < 15%")
    if n_abbr / N < 0.12:
        bad(f"abbreviations {n_abbr}/{N} = {n_abbr / N:.1%} < 12%")
if n_follow < 15:
    bad(f"follow-ups with history: {n_follow} < 15")
if not 1 <= n_follow_unans <= 2:
    bad(f"unanswerable follow-ups: {n_follow_unans}, need 1-2")
if n_who < 12:
    bad(f"who-what questions with actors: {n_who} < 12")
for k in ("metadata", "list", "corpus"):
    if kinds[k] < 3:
        bad(f"too few {k} questions: {kinds[k]}")
for f in files:
    if cites[f] < 12:
        bad(f"{f}: cited by {cites[f]} answerable questions, need >= 12")

# ---------------------------------------------------------------- who_what.jsonl
wpath = os.path.join(HERE, "who_what.jsonl")
ws = []
try:
    with open(wpath, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if line.strip():
                try:
                    ws.append(json.loads(line))
                except json.JSONDecodeError as e:
                    bad(f"who_what.jsonl line {ln}: bad JSON ({e})")
except FileNotFoundError:
    bad("who_what.jsonl missing")
if sorted(w.get("source") for w in ws) != sorted(files):
    bad("who_what.jsonl must have exactly one line per document")
for i, w in enumerate(ws, 1):
    tag = w.get("id") or f"who_what line {i}"
    if w.get("id") != f"w{PREFIX}{i:02d}":
        bad(f"{tag}: id should be w{PREFIX}{i:02d}")
    src = w.get("source")
    if src not in ndocs:
        bad(f"{tag}: unknown source {src!r}")
        continue
    if not w.get("directive"):
        bad(f"{tag}: directive missing")
    actors = w.get("actors") or []
    if len(actors) < 3:
        bad(f"{tag}: too few actors ({len(actors)})")
    names = set()
    for a in actors:
        nm = a.get("name", "")
        names.add(norm(nm))
        if not in_doc(src, nm):
            bad(f"{tag}: actor name not verbatim: {nm!r}")
        if a.get("role") not in ROLES:
            bad(f"{tag}: actor {nm!r} bad role {a.get('role')!r}")
        dl = a.get("deadline")
        if dl is not None and not in_doc(src, dl):
            bad(f"{tag}: deadline of {nm!r} not verbatim: {dl!r}")
        tq = a.get("task_quote", "")
        if not 20 <= len(norm(tq)) <= 200:
            bad(f"{tag}: task_quote of {nm!r} length {len(norm(tq))} outside 20-200")
        if not in_doc(src, tq):
            bad(f"{tag}: task_quote of {nm!r} not verbatim: {tq[:80]!r}")
    for g in w.get("groups") or []:
        if not in_doc(src, g.get("name", "")):
            bad(f"{tag}: group name not verbatim: {g.get('name')!r}")
        mem = g.get("members") or []
        if len(mem) < 2:
            bad(f"{tag}: group {g.get('name')!r} has fewer than 2 members")
        for m in mem:
            if not in_doc(src, m):
                bad(f"{tag}: group member not verbatim: {m!r}")
    intr = w.get("intruders") or []
    if not 3 <= len(intr) <= 6:
        bad(f"{tag}: need 3-6 intruders, got {len(intr)}")
    for s in intr:
        if not in_doc(src, s):
            bad(f"{tag}: intruder not verbatim: {s!r}")
        if norm(s) in names:
            bad(f"{tag}: intruder is also an actor: {s!r}")

# ---------------------------------------------------------------- report
if problems:
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print(f"questions={N} unanswerable={n_unans} ({n_unans / N:.1%}) no-diacritics={n_nodiac} ({n_nodiac / N:.1%}) "
      f"abbreviations={n_abbr} ({n_abbr / N:.1%}) follow-ups={n_follow} (unanswerable {n_follow_unans}) who-what={n_who}")
print("kinds:", dict(sorted(kinds.items())))
print("citations:", {f: cites[f] for f in files})
print("words:", {f: len(docs[f].split()) for f in files})
print("OK")
