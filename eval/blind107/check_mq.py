#!/usr/bin/env python3
"""Standalone checker for blind evaluation set 107 (prefix mq).

Reads the 5 documents in corpus/ (.txt/.md as UTF-8, .docx via python-docx XML incl. tables,
.pdf via pypdf), questions.jsonl and who_what.jsonl, and checks every rule of the brief.
Prints OK (exit 0) or the list of problems (exit 1).  No kg_rag import.

Usage: /work/main/.venv/bin/python check_mq.py [set_folder]
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = sys.argv[1] if len(sys.argv) > 1 else HERE
CORPUS = os.path.join(ROOT, "corpus")
PREFIX = "mq"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBREV = {"kh", "cv", "qđ", "qd", "bc", "tb", "hd", "nq", "ubnd", "hđnd", "hdnd", "mttq", "htx", "tmđt",
          "tmdt", "nn&mt", "nnmt", "gd&đt", "kh&cn", "thcs", "vp", "tkn", "pct", "ct", "tt", "tp",
          "vh,kh&tt", "vhkhtt", "tc-kh", "tckh", "pnnmt", "hnd", "qr"}
# 'qr' is a code name, not an officers' abbreviation; it does not count (see below)
ABBREV.discard("qr")

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- reading
def read_docx(path):
    from docx import Document
    from docx.oxml.ns import qn
    doc = Document(path)
    parts, n_word_tables = [], 0
    body = doc.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            parts.append("".join(t.text or "" for t in child.iter(qn("w:t"))))
        elif child.tag == qn("w:tbl"):
            rows = child.findall(qn("w:tr"))
            ncols = max((len(r.findall(qn("w:tc"))) for r in rows), default=0)
            if len(rows) >= 3 and ncols >= 4:
                n_word_tables += 1
            for tc in child.iter(qn("w:tc")):
                for p in tc.iter(qn("w:p")):
                    parts.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return "\n".join(parts), {"word_tables": n_word_tables}


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    text = "\n".join((p.extract_text() or "") for p in r.pages)
    return text, {"pages": len(r.pages)}


def read_doc(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        with open(path, encoding="utf-8") as f:
            return f.read(), {}
    if ext == "docx":
        return read_docx(path)
    if ext == "pdf":
        return read_pdf(path)
    raise ValueError(ext)


# ---------------------------------------------------------------- documents
docs, raw, meta = {}, {}, {}
if not os.path.isdir(CORPUS):
    bad(f"missing folder {CORPUS}")
    files = []
else:
    files = sorted(os.listdir(CORPUS))
name_re = re.compile(rf"^{PREFIX}0([1-5])_[a-z0-9_]+\.(txt|md|docx|pdf)$")
if len(files) != 5:
    bad(f"corpus must hold exactly 5 files, found {len(files)}: {files}")
nums = []
for fn in files:
    m = name_re.match(fn)
    if not m:
        bad(f"bad file name: {fn}")
        continue
    nums.append(m.group(1))
    try:
        text, info = read_doc(os.path.join(CORPUS, fn))
    except Exception as e:  # noqa
        bad(f"{fn}: cannot read ({e})")
        continue
    raw[fn], meta[fn], docs[fn] = text, info, norm(text)
if sorted(nums) != ["1", "2", "3", "4", "5"]:
    bad(f"file numbers must be {PREFIX}01..{PREFIX}05 once each, got {sorted(nums)}")
exts = Counter(fn.rsplit(".", 1)[-1] for fn in raw)
for need in ("txt", "docx", "pdf"):
    if exts[need] < 1:
        bad(f"need at least one .{need} document")
if exts["docx"] > 1 or exts["pdf"] > 1:
    bad("only one .docx and one .pdf expected; the others .txt or .md")

has_md_table = has_wrap = has_cancu = False
for fn, text in raw.items():
    ext = fn.rsplit(".", 1)[-1]
    words = len(text.split())
    if not 700 <= words <= 1500:
        bad(f"{fn}: {words} words (need 700-1500)")
    if not unicodedata.is_normalized("NFC", text):
        bad(f"{fn}: text is not NFC")
    d = docs[fn]
    if not (("cộng hòa xã hội chủ nghĩa việt nam" in d and "độc lập - tự do - hạnh phúc" in d)
            or "đảng cộng sản việt nam" in d):
        bad(f"{fn}: motto missing")
    if not re.search(r"\bsố[: ]\s*\d+", d):
        bad(f"{fn}: number and symbol ('Số: …') missing")
    if not re.search(r"ngày \d{1,2} tháng \d{1,2} năm 20\d\d", d):
        bad(f"{fn}: place-and-date line missing")
    if "nơi nhận" not in d or "lưu: vt" not in d:
        bad(f"{fn}: 'Nơi nhận:' or '- Lưu: VT' missing")
    if "căn cứ" in d:
        has_cancu = True
    for line in text.splitlines():
        if "57-NQ/TW" in line and not line.strip().lstrip("-*# ").startswith("Căn cứ"):
            bad(f"{fn}: '57-NQ/TW' outside a 'Căn cứ' line")
    if ext == "pdf":
        pages = meta[fn].get("pages", 0)
        if not 2 <= pages <= 4:
            bad(f"{fn}: PDF has {pages} pages (need 2-4)")
        if words < 100:
            bad(f"{fn}: PDF has no real text layer")
    if ext == "docx" and meta[fn].get("word_tables", 0) < 1:
        bad(f"{fn}: no Word table (>=3 rows, >=4 columns)")
    if ext in ("txt", "md"):
        lines = text.splitlines()
        if any(re.match(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$", ln) for ln in lines) and \
                sum(1 for ln in lines if ln.strip().startswith("|")) >= 3:
            has_md_table = True
        body = [ln for ln in lines if ln.strip()]
        in_band = sum(1 for ln in body if 60 <= len(ln) <= 80)
        too_long = sum(1 for ln in body if len(ln) > 82)
        if in_band >= 30 and too_long == 0:
            has_wrap = True
if not has_md_table:
    bad("no Markdown table in a .txt/.md document")
if not has_wrap:
    bad("no document hard-wrapped at 60-80 characters")
if not has_cancu:
    bad("no 'Căn cứ …' line in any document")


def in_doc(s, fn):
    return fn in docs and norm(s) in docs[fn]


def in_any(s):
    return any(norm(s) in d for d in docs.values())


# ---------------------------------------------------------------- questions
def is_ascii_question(q):
    return all(ord(c) < 128 for c in q)


def has_abbrev(q):
    toks = re.findall(r"[\wđĐ&,\-]+", unicodedata.normalize("NFC", q))
    for t in toks:
        t2 = t.lower().strip(",-")
        if t2 in ABBREV:
            return True
        # forms like 'KH38', 'QĐ78', 'BC21' or 'KH-UBND'
        if re.match(r"^(kh|cv|qđ|qd|bc|tb|hd|nq)\d+$", t2) or re.search(r"(kh|bc|tb|nq|qđ)-(ubnd|hđnd|tkn|vp)", t2):
            return True
    return False


qpath = os.path.join(ROOT, "questions.jsonl")
questions = []
try:
    with open(qpath, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                questions.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad(f"questions.jsonl line {i}: bad JSON ({e})")
except FileNotFoundError:
    bad("questions.jsonl missing")

seen_ids, seen_q, earlier = set(), set(), []
cite = Counter()
kinds = Counter()
n_unans = n_ascii = n_abbr = n_follow = n_follow_unans = n_who = 0
for idx, q in enumerate(questions, 1):
    qid = q.get("id", f"#{idx}")
    exp_id = f"{PREFIX}{idx:03d}"
    if qid != exp_id:
        bad(f"{qid}: id should be {exp_id}")
    if qid in seen_ids:
        bad(f"{qid}: duplicate id")
    seen_ids.add(qid)
    text = q.get("question", "")
    if not isinstance(text, str) or not text.strip():
        bad(f"{qid}: empty question")
        continue
    if not unicodedata.is_normalized("NFC", text):
        bad(f"{qid}: question not NFC")
    nq = norm(text)
    if nq in seen_q:
        bad(f"{qid}: duplicate question")
    seen_q.add(nq)
    if "57-nq/tw" in nq:
        bad(f"{qid}: question writes 57-NQ/TW")
    core = nq.rstrip("?.! ")
    if len(core.split()) >= 8 and in_any(core):
        bad(f"{qid}: question copies a sentence of a document")
    kind = q.get("kind")
    if kind not in KINDS:
        bad(f"{qid}: bad kind {kind!r}")
    kinds[kind] += 1
    ans = q.get("answerable")
    if not isinstance(ans, bool):
        bad(f"{qid}: answerable must be true/false")
    ev = q.get("evidence")
    kw = q.get("keywords")
    if not isinstance(ev, list) or not isinstance(kw, list):
        bad(f"{qid}: evidence and keywords must be lists")
        ev, kw = [], []
    if ans is False:
        n_unans += 1
        if kind != "unanswerable":
            bad(f"{qid}: answerable=false needs kind 'unanswerable'")
        if ev or kw:
            bad(f"{qid}: unanswerable must have empty evidence and keywords")
    else:
        if kind == "unanswerable":
            bad(f"{qid}: kind 'unanswerable' but answerable=true")
        if not 1 <= len(ev) <= 3:
            bad(f"{qid}: needs 1-3 evidence quotes")
        if not 1 <= len(kw) <= 3:
            bad(f"{qid}: needs 1-3 keywords")
        srcs, quotes = set(), []
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                bad(f"{qid}: unknown source {src!r}")
                continue
            nqte = norm(quote)
            if not 20 <= len(nqte) <= 200:
                bad(f"{qid}: quote length {len(nqte)} not in 20-200: {quote[:50]!r}")
            if nqte not in docs[src]:
                bad(f"{qid}: quote not verbatim in {src}: {quote!r}")
            if "57-nq/tw" in nqte:
                bad(f"{qid}: quote contains 57-NQ/TW")
            srcs.add(src)
            quotes.append(nqte)
        for s in srcs:
            cite[s] += 1
        for k in kw:
            nk = norm(k)
            if not nk:
                bad(f"{qid}: empty keyword")
            elif not any(nk in qt for qt in quotes):
                if any(nk in docs[s] for s in srcs):
                    pass  # allowed: keyword in the cited file
                else:
                    bad(f"{qid}: keyword {k!r} neither in the quotes nor in the cited file")
    if is_ascii_question(text):
        n_ascii += 1
    elif kind == "no-diacritics":
        bad(f"{qid}: kind no-diacritics but the question has diacritics")
    if has_abbrev(text):
        n_abbr += 1
    elif kind == "abbreviation":
        bad(f"{qid}: kind abbreviation but no abbreviation found")
    hist = q.get("history")
    if hist is not None:
        if not isinstance(hist, list) or not hist:
            bad(f"{qid}: history must be a non-empty list")
        else:
            n_follow += 1
            if ans is False:
                n_follow_unans += 1
            for h in hist:
                if h not in earlier:
                    bad(f"{qid}: history question not an earlier question: {h!r}")
    elif kind == "follow-up":
        bad(f"{qid}: kind follow-up without history")
    actors = q.get("actors")
    if actors is not None:
        if not isinstance(actors, list) or not actors:
            bad(f"{qid}: actors must be a non-empty list")
        else:
            pool = [docs[e["source"]] for e in ev if e.get("source") in docs] or list(docs.values())
            for a in actors:
                if not any(norm(a) in d for d in pool):
                    bad(f"{qid}: actor {a!r} not verbatim in the cited text")
    if kind == "who-what":
        if not actors:
            bad(f"{qid}: who-what question without actors")
        else:
            n_who += 1
    earlier.append(text)

N = len(questions)
if not 95 <= N <= 115:
    bad(f"{N} questions (about 105 expected)")
if N:
    if n_unans / N < 0.22:
        bad(f"unanswerable {n_unans}/{N} = {n_unans / N:.1%} < 22%")
    if n_ascii / N < 0.15:
        bad(f"no-diacritics {n_ascii}/{N} = {n_ascii / N:.1%} < 15%")
    if n_abbr / N < 0.12:
        bad(f"abbreviations {n_abbr}/{N} = {n_abbr / N:.1%} < 12%")
if n_follow < 15:
    bad(f"only {n_follow} follow-ups with history (need >= 15)")
if not 1 <= n_follow_unans <= 2:
    bad(f"{n_follow_unans} unanswerable follow-ups (need 1-2)")
if n_who < 12:
    bad(f"only {n_who} who-what questions with actors (need >= 12)")
for k, need in (("metadata", 3), ("list", 3), ("corpus", 3)):
    if kinds[k] < need:
        bad(f"only {kinds[k]} {k} questions (need >= {need})")
for fn in docs:
    if cite[fn] < 12:
        bad(f"{fn} cited by only {cite[fn]} answerable questions (need >= 12)")

# ---------------------------------------------------------------- who_what
wpath = os.path.join(ROOT, "who_what.jsonl")
ww = []
try:
    with open(wpath, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    ww.append(json.loads(line))
                except json.JSONDecodeError as e:
                    bad(f"who_what.jsonl line {i}: bad JSON ({e})")
except FileNotFoundError:
    bad("who_what.jsonl missing")
if len(ww) != 5:
    bad(f"who_what.jsonl must have 5 lines, has {len(ww)}")
w_sources = Counter()
for i, w in enumerate(ww, 1):
    wid = w.get("id")
    if wid != f"w{PREFIX}{i:02d}":
        bad(f"who_what line {i}: id {wid!r} should be w{PREFIX}{i:02d}")
    src = w.get("source")
    w_sources[src] += 1
    if src not in docs:
        bad(f"{wid}: unknown source {src!r}")
        continue
    if not w.get("directive"):
        bad(f"{wid}: directive missing")
    actors = w.get("actors") or []
    if not actors:
        bad(f"{wid}: no actors")
    names = set()
    for a in actors:
        nm = a.get("name", "")
        names.add(norm(nm))
        if not in_doc(nm, src):
            bad(f"{wid}: actor name not verbatim: {nm!r}")
        if a.get("role") not in ROLES:
            bad(f"{wid}: bad role {a.get('role')!r} for {nm!r}")
        dl = a.get("deadline")
        if dl is not None and not in_doc(dl, src):
            bad(f"{wid}: deadline not verbatim: {dl!r}")
        tq = a.get("task_quote", "")
        if not 20 <= len(norm(tq)) <= 200:
            bad(f"{wid}: task_quote length {len(norm(tq))} for {nm!r}")
        if not in_doc(tq, src):
            bad(f"{wid}: task_quote not verbatim: {tq!r}")
    for g in w.get("groups") or []:
        if not in_doc(g.get("name", ""), src):
            bad(f"{wid}: group name not verbatim: {g.get('name')!r}")
        if not g.get("members"):
            bad(f"{wid}: group {g.get('name')!r} without members")
        for m in g.get("members") or []:
            if not in_doc(m, src):
                bad(f"{wid}: group member not verbatim: {m!r}")
    intr = w.get("intruders") or []
    if not 3 <= len(intr) <= 6:
        bad(f"{wid}: {len(intr)} intruders (need 3-6)")
    for x in intr:
        if not in_doc(x, src):
            bad(f"{wid}: intruder not verbatim: {x!r}")
        if norm(x) in names:
            bad(f"{wid}: intruder is also an actor: {x!r}")
for fn in docs:
    if w_sources[fn] != 1:
        bad(f"who_what.jsonl: {fn} appears {w_sources[fn]} times (need 1)")

# ---------------------------------------------------------------- report
if problems:
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print(f"questions={N} unanswerable={n_unans} ({n_unans / N:.1%}) no-diacritics={n_ascii} ({n_ascii / N:.1%}) "
      f"abbreviations={n_abbr} ({n_abbr / N:.1%}) follow-ups={n_follow} (unanswerable {n_follow_unans}) "
      f"who-what={n_who}")
print("kinds:", dict(sorted(kinds.items())))
print("citations:", dict(sorted(cite.items())))
print("OK")
