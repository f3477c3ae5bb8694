#!/usr/bin/env python3
"""Standalone checker for the blind98 evaluation set (prefix mh).

Reads the 5 corpus documents (.txt/.md as UTF-8, .docx via python-docx incl. tables, .pdf via pypdf),
normalises them (NFC, lower case, `*` and `#` dropped, whitespace collapsed) and checks the rules of the
brief: files, formats, sizes, header/motto, tables, hard wrapping, questions.jsonl (quotes, keywords,
history, actors, quotas, coverage) and who_what.jsonl.  Prints OK or the list of problems (exit 1).

Usage: /work/main/.venv/bin/python check_mh.py [set_dir]
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = sys.argv[1] if len(sys.argv) > 1 else HERE
CORPUS = os.path.join(SET_DIR, "corpus")
PREFIX = "mh"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBREV = re.compile(
    r"(?<![\w&])(KH|CV|QĐ|BC|TB|HD|HDD|UBND|MTTQ|GD&ĐT|GDĐT|PGD&ĐT|KH&CN|HĐND|THCS|TH&THCS|CT|BTV|NS|NH|HK|TV|"
    r"LHPN|PGD|TTr|SGDĐT|BCH|ĐU|HU)(?![\w&])")

# the one directive number that may only appear in a "Căn cứ ..." line (built, not typed, on purpose)
RESERVED_NO = "57-nq" + "/" + "tw"

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def words(s):
    return len(re.findall(r"\w+", s))


# ----------------------------------------------------------------------------- readers
def read_docx(path):
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = Document(path)
    out, n_tables, max_rows = [], 0, 0
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(el, d).text)
        elif tag == "tbl":
            t = Table(el, d)
            n_tables += 1
            max_rows = max(max_rows, len(t.rows))
            for row in t.rows:
                seen = []
                for c in row.cells:
                    if c._tc in seen:  # merged cells repeat
                        continue
                    seen.append(c._tc)
                    out.append(c.text)
    return "\n".join(out), n_tables, max_rows


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    text = "\n".join((p.extract_text() or "") for p in r.pages)
    meta = r.metadata or {}
    producer = " ".join(str(meta.get(k, "")) for k in ("/Producer", "/Creator"))
    return text, len(r.pages), producer


# ----------------------------------------------------------------------------- corpus
DOCS = {}        # file -> raw text
NDOCS = {}       # file -> normalised text
if not os.path.isdir(CORPUS):
    print("corpus/ missing")
    sys.exit(1)
files = sorted(os.listdir(CORPUS))
name_re = re.compile(rf"^{PREFIX}0([1-5])_[a-z0-9]+(?:_[a-z0-9]+)*\.(txt|md|docx|pdf)$")
if len(files) != 5:
    bad(f"corpus must hold exactly 5 files, found {len(files)}: {files}")
nums = []
for f in files:
    m = name_re.match(f)
    if not m:
        bad(f"bad file name {f}")
        continue
    nums.append(m.group(1))
if sorted(nums) != ["1", "2", "3", "4", "5"]:
    bad(f"file numbers must be {PREFIX}01..{PREFIX}05 once each, got {sorted(nums)}")
exts = [f.rsplit(".", 1)[-1] for f in files]
for e in ("txt", "docx", "pdf"):
    if exts.count(e) < 1:
        bad(f"need at least one .{e}")
if exts.count("docx") > 1 or exts.count("pdf") > 1:
    bad("only one .docx and one .pdf expected; the others .txt or .md")

md_table_found = False
hard_wrapped = []
for f in files:
    p = os.path.join(CORPUS, f)
    ext = f.rsplit(".", 1)[-1]
    if ext in ("txt", "md"):
        with open(p, "rb") as fh:
            raw_b = fh.read()
        try:
            raw = raw_b.decode("utf-8")
        except UnicodeDecodeError:
            bad(f"{f}: not UTF-8")
            continue
        lines = raw.splitlines()
        for i in range(len(lines) - 1):
            if re.match(r"^\s*\|.*\|\s*$", lines[i]) and re.match(r"^\s*\|[\s:|-]+\|\s*$", lines[i + 1]) \
                    and lines[i].count("|") >= 4:
                md_table_found = True
                break
        if ext == "txt":
            nonempty = [ln for ln in lines if ln.strip()]
            in_band = sum(1 for ln in nonempty if 60 <= len(ln) <= 80)
            long_ = sum(1 for ln in nonempty if len(ln) > 80)
            if in_band >= 30 and long_ <= 0.1 * len(nonempty):
                hard_wrapped.append(f)
    elif ext == "docx":
        raw, n_tables, max_rows = read_docx(p)
        if n_tables < 1 or max_rows < 3:
            bad(f"{f}: needs a Word table (found {n_tables} tables, max {max_rows} rows)")
    elif ext == "pdf":
        raw, pages, producer = read_pdf(p)
        if not 2 <= pages <= 4:
            bad(f"{f}: PDF must have 2-4 pages, has {pages}")
        if "fpdf" not in producer.lower():
            bad(f"{f}: PDF producer/creator does not name fpdf2 ({producer!r})")
        if words(raw) < 100:
            bad(f"{f}: PDF has no real text layer")
    else:
        continue
    if unicodedata.normalize("NFC", raw) != raw:
        bad(f"{f}: text is not NFC")
    wc = words(raw)
    if not 700 <= wc <= 1500:
        bad(f"{f}: {wc} words, must be 700-1500")
    n = norm(raw)
    if not (("cộng hòa xã hội chủ nghĩa việt nam" in n and "độc lập - tự do - hạnh phúc" in n)
            or "đảng cộng sản việt nam" in n):
        bad(f"{f}: motto missing")
    if not re.search(r"số:? ?\d+[-/]", n):
        bad(f"{f}: number and symbol (Số ...) missing")
    if not re.search(r"ngày \d{1,2} tháng \d{1,2} năm 20\d\d", n):
        bad(f"{f}: place/date line missing")
    if "nơi nhận" not in n or "lưu" not in n:
        bad(f"{f}: tail (Nơi nhận / Lưu) missing")
    for ln in raw.splitlines():
        if RESERVED_NO in norm(ln) and not norm(ln).startswith("căn cứ"):
            bad(f"{f}: the reserved directive number appears outside a 'Căn cứ' line")
    DOCS[f] = raw
    NDOCS[f] = n

if not md_table_found:
    bad("no Markdown table in a .txt/.md file")
if not hard_wrapped:
    bad("no hard-wrapped .txt (60-80 char lines)")


def in_doc(s, f):
    return f in NDOCS and norm(s) in NDOCS[f]


# ----------------------------------------------------------------------------- questions
qpath = os.path.join(SET_DIR, "questions.jsonl")
Qs = []
try:
    with open(qpath, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                Qs.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad(f"questions.jsonl line {i}: bad JSON ({e})")
except FileNotFoundError:
    bad("questions.jsonl missing")

seen_ids, seen_q, earlier = set(), set(), []
cites = {f: 0 for f in DOCS}
count = {k: 0 for k in KINDS}
n_ascii = n_abbr_tok = n_follow = n_follow_un = n_ww_actors = 0
for i, q in enumerate(Qs, 1):
    qid = q.get("id")
    tag = f"question {qid or i}"
    if not isinstance(qid, str) or not re.fullmatch(rf"{PREFIX}\d{{3}}", qid):
        bad(f"{tag}: bad id")
    if qid in seen_ids:
        bad(f"{tag}: duplicate id")
    seen_ids.add(qid)
    text = q.get("question", "")
    if not isinstance(text, str) or len(text.strip()) < 5:
        bad(f"{tag}: empty question")
        continue
    if unicodedata.normalize("NFC", text) != text:
        bad(f"{tag}: question not NFC")
    if norm(text) in seen_q:
        bad(f"{tag}: duplicate question text")
    seen_q.add(norm(text))
    kind = q.get("kind")
    if kind not in KINDS:
        bad(f"{tag}: bad kind {kind!r}")
    else:
        count[kind] += 1
    ans = q.get("answerable")
    if not isinstance(ans, bool):
        bad(f"{tag}: answerable must be true/false")
    if (kind == "unanswerable") != (ans is False):
        bad(f"{tag}: kind 'unanswerable' iff answerable false")
    ev, kw = q.get("evidence"), q.get("keywords")
    if not isinstance(ev, list) or not isinstance(kw, list):
        bad(f"{tag}: evidence/keywords must be lists")
        continue
    if text.isascii():
        n_ascii += 1
    elif kind == "no-diacritics":
        bad(f"{tag}: kind no-diacritics but question has diacritics")
    if ABBREV.search(text):
        n_abbr_tok += 1
    elif kind == "abbreviation":
        bad(f"{tag}: kind abbreviation but no abbreviation found")
    # history
    hist = q.get("history")
    if hist is not None:
        if not isinstance(hist, list) or not hist:
            bad(f"{tag}: history must be a non-empty list")
        else:
            for h in hist:
                if h not in earlier:
                    bad(f"{tag}: history item is not an earlier question: {h[:60]!r}")
            n_follow += 1
            if ans is False:
                n_follow_un += 1
    elif kind == "follow-up":
        bad(f"{tag}: follow-up without history")
    earlier.append(text)
    if ans is False:
        if ev or kw:
            bad(f"{tag}: unanswerable must have empty evidence and keywords")
        continue
    # evidence
    if not 1 <= len(ev) <= 3:
        bad(f"{tag}: needs 1-3 quotes, has {len(ev)}")
    srcs = []
    nquotes = []
    for e in ev:
        src, quote = e.get("source"), e.get("quote", "")
        if src not in DOCS:
            bad(f"{tag}: unknown source {src!r}")
            continue
        if not 20 <= len(quote) <= 200:
            bad(f"{tag}: quote length {len(quote)} not in 20-200: {quote[:50]!r}")
        if not in_doc(quote, src):
            bad(f"{tag}: quote not verbatim in {src}: {quote[:70]!r}")
        if src not in srcs:
            srcs.append(src)
        nquotes.append(norm(quote))
    for s in srcs:
        cites[s] += 1
    if not 1 <= len(kw) <= 3:
        bad(f"{tag}: needs 1-3 keywords, has {len(kw)}")
    for k in kw:
        nk = norm(k)
        if not nk:
            bad(f"{tag}: empty keyword")
        elif not any(nk in nq for nq in nquotes) and not any(nk in NDOCS.get(s, "") for s in srcs):
            bad(f"{tag}: keyword {k!r} neither in the quotes nor in the cited files")
    actors = q.get("actors")
    if actors is not None:
        if not isinstance(actors, list) or not actors:
            bad(f"{tag}: actors must be a non-empty list")
        else:
            for a in actors:
                if not any(in_doc(a, s) for s in srcs):
                    bad(f"{tag}: actor {a!r} not verbatim in the cited files")
            if kind == "who-what":
                n_ww_actors += 1
    elif kind == "who-what":
        bad(f"{tag}: who-what question without actors")

N = len(Qs)
if N:
    def pct(x):
        return 100.0 * x / N
    if not 95 <= N <= 115:
        bad(f"about 105 questions expected, found {N}")
    if pct(count["unanswerable"]) < 22:
        bad(f"unanswerable {count['unanswerable']}/{N} = {pct(count['unanswerable']):.1f}% < 22%")
    if pct(n_ascii) < 15:
        bad(f"no-diacritics {n_ascii}/{N} = {pct(n_ascii):.1f}% < 15%")
    if pct(count["abbreviation"]) < 12:
        bad(f"abbreviation kind {count['abbreviation']}/{N} = {pct(count['abbreviation']):.1f}% < 12%")
    if n_follow < 15:
        bad(f"only {n_follow} follow-ups with history (need >= 15)")
    if not 1 <= n_follow_un <= 2:
        bad(f"{n_follow_un} unanswerable follow-ups (need 1-2)")
    if n_ww_actors < 12:
        bad(f"only {n_ww_actors} who-what questions with actors (need >= 12)")
    for k in ("metadata", "list", "corpus"):
        if count[k] < 3:
            bad(f"only {count[k]} {k} questions (need some, >= 3)")
    for f, c in cites.items():
        if c < 12:
            bad(f"{f} cited by {c} answerable questions (need >= 12)")

# ----------------------------------------------------------------------------- who_what
wpath = os.path.join(SET_DIR, "who_what.jsonl")
Ws = []
try:
    with open(wpath, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if line.strip():
                try:
                    Ws.append(json.loads(line))
                except json.JSONDecodeError as e:
                    bad(f"who_what.jsonl line {i}: bad JSON ({e})")
except FileNotFoundError:
    bad("who_what.jsonl missing")
w_sources = [w.get("source") for w in Ws]
if sorted(w_sources) != sorted(DOCS):
    bad(f"who_what.jsonl must have one line per document; sources {w_sources}")
w_ids = [w.get("id") for w in Ws]
if len(set(w_ids)) != len(w_ids) or not all(re.fullmatch(rf"w{PREFIX}0[1-5]", x or "") for x in w_ids):
    bad(f"who_what ids bad: {w_ids}")
for w in Ws:
    src, tag = w.get("source"), f"who_what {w.get('id')}"
    if src not in DOCS:
        bad(f"{tag}: unknown source {src!r}")
        continue
    if not w.get("directive"):
        bad(f"{tag}: directive missing")
    actors = w.get("actors") or []
    if not actors:
        bad(f"{tag}: no actors")
    names = []
    for a in actors:
        nm, role, dl, tq = a.get("name"), a.get("role"), a.get("deadline"), a.get("task_quote", "")
        if not nm or not in_doc(nm, src):
            bad(f"{tag}: actor name not verbatim: {nm!r}")
        names.append(norm(nm or ""))
        if role not in ROLES:
            bad(f"{tag}: bad role {role!r} for {nm}")
        if dl is not None and not in_doc(dl, src):
            bad(f"{tag}: deadline not verbatim: {dl!r}")
        if not 20 <= len(tq) <= 200:
            bad(f"{tag}: task_quote length {len(tq)} for {nm}")
        if not in_doc(tq, src):
            bad(f"{tag}: task_quote not verbatim for {nm}: {tq[:70]!r}")
    for g in w.get("groups") or []:
        if not in_doc(g.get("name", ""), src):
            bad(f"{tag}: group name not verbatim: {g.get('name')!r}")
        if not g.get("members"):
            bad(f"{tag}: group without members")
        for m in g.get("members") or []:
            if not in_doc(m, src):
                bad(f"{tag}: group member not verbatim: {m!r}")
    intr = w.get("intruders") or []
    if not 3 <= len(intr) <= 6:
        bad(f"{tag}: needs 3-6 intruders, has {len(intr)}")
    for x in intr:
        if not in_doc(x, src):
            bad(f"{tag}: intruder not verbatim: {x!r}")
        nx = norm(x)
        for nm in names:
            if nx == nm or nx in nm or nm in nx:
                bad(f"{tag}: intruder {x!r} overlaps actor {nm!r}")

# ----------------------------------------------------------------------------- result
if problems:
    for p in problems:
        print("-", p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print("OK")
print(f"  documents: {len(DOCS)}; questions: {N}; kinds: "
      + ", ".join(f"{k}={v}" for k, v in sorted(count.items())))
print(f"  unanswerable {100.0*count['unanswerable']/N:.1f}% | typed without diacritics {n_ascii} "
      f"({100.0*n_ascii/N:.1f}%) | abbreviation kind {count['abbreviation']} ({100.0*count['abbreviation']/N:.1f}%),"
      f" questions with abbreviations {n_abbr_tok} ({100.0*n_abbr_tok/N:.1f}%)")
print(f"  follow-ups with history {n_follow} (unanswerable {n_follow_un}) | who-what with actors {n_ww_actors}")
print("  citations per file: " + ", ".join(f"{f.split('_')[0]}={c}" for f, c in sorted(cites.items())))
print(f"  hard-wrapped: {', '.join(hard_wrapped)}")
