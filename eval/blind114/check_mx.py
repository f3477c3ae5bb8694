#!/usr/bin/env python3
"""Standalone checker for blind evaluation set 114 (prefix mx).

Reads the 5 documents of corpus/ (.txt/.md as UTF-8, .docx via python-docx with a
zip+XML fallback, tables included, .pdf via pypdf), questions.jsonl and who_what.jsonl,
and checks every rule of the brief. Prints OK or the list of problems (exit 1).
No kg_rag import.

Usage: /work/main/.venv/bin/python check_mx.py [set_dir]
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
from collections import Counter, defaultdict
from xml.etree import ElementTree as ET

PREFIX = "mx"
HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
CORPUS = os.path.join(SET_DIR, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBREV_RE = re.compile(
    r"(?<![\wĐđ])(KH|CV|QĐ|BC|TB|HD|HDD|CT|NQ|UBND|HĐND|MTTQ|GD&ĐT|KH&CN|NN&MT|VHTTDL|THCS|THPT|"
    r"PTDTBT|KTTV|ĐKTTV|PCTT|TKCN|BCH|CHQS|BĐBP|BTG|PTTH|TT|ĐTN|LHPN|SĐT|sdt)(?![\wĐđ])")
VN_DIACRITIC_RE = re.compile(r"[^\x00-\x7f]")
WORD_MIN, WORD_MAX = 700, 1500
PDF_PAGES = (2, 3)

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- readers
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path):
    """Body text in document order: paragraphs and table cells (row by row)."""
    try:
        import docx  # python-docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        d = docx.Document(path)
        out = []

        def walk(parent_elm, parent):
            for child in parent_elm.iterchildren():
                if child.tag == W + "p":
                    out.append(Paragraph(child, parent).text)
                elif child.tag == W + "tbl":
                    t = Table(child, parent)
                    for row in t.rows:
                        seen = set()
                        for cell in row.cells:
                            if id(cell._tc) in seen:
                                continue
                            seen.add(id(cell._tc))
                            walk(cell._tc, cell)
        walk(d.element.body, d)
        numbered = sum(1 for p in d.paragraphs
                       if p.style.name.startswith("List Number")
                       or p._p.find(f"{W}pPr/{W}numPr") is not None)
        n_tables = len(d.tables)
        grid_tables = sum(1 for t in d.tables if len(t.columns) >= 3 and len(t.rows) >= 3)
        return "\n".join(out), {"numbered": numbered, "tables": n_tables, "grid_tables": grid_tables}
    except ImportError:
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("word/document.xml"))
        out = []
        for p in root.iter(W + "p"):
            out.append("".join(t.text or "" for t in p.iter(W + "t")))
        numbered = len(root.findall(f".//{W}numPr"))
        tables = root.findall(f".//{W}tbl")
        grid = sum(1 for t in tables if len(t.findall(f"{W}tr")) >= 3)
        return "\n".join(out), {"numbered": numbered, "tables": len(tables), "grid_tables": grid}


def read_pdf(path):
    import pypdf
    r = pypdf.PdfReader(path)
    return "\n".join((p.extract_text() or "") for p in r.pages), {"pages": len(r.pages)}


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
if not os.path.isdir(CORPUS):
    print(f"corpus/ missing in {SET_DIR}")
    sys.exit(1)
files = sorted(os.listdir(CORPUS))
name_re = re.compile(rf"^{PREFIX}0([1-5])_[a-z0-9]+(?:_[a-z0-9]+)*\.(txt|md|docx|pdf)$")
if len(files) != 5:
    bad(f"corpus/ must hold exactly 5 files, found {len(files)}: {files}")
nums = []
for f in files:
    m = name_re.match(f)
    if not m:
        bad(f"bad file name: {f}")
    else:
        nums.append(m.group(1))
if sorted(nums) != ["1", "2", "3", "4", "5"]:
    bad(f"file numbers must be {PREFIX}01..{PREFIX}05 once each, got {sorted(nums)}")
exts = Counter(f.rsplit(".", 1)[-1] for f in files)
for need in ("txt", "docx", "pdf"):
    if exts[need] < 1:
        bad(f"need at least one .{need}")
if exts["docx"] > 1 or exts["pdf"] > 1:
    bad("only one .docx and one .pdf expected; the others .txt or .md")

raw, normed, info = {}, {}, {}
for f in files:
    try:
        text, meta = read_doc(os.path.join(CORPUS, f))
    except Exception as e:  # noqa
        bad(f"{f}: cannot read ({e})")
        continue
    raw[f], info[f] = text, meta
    normed[f] = norm(text)

STATE_MOTTO = ("cộng hòa xã hội chủ nghĩa việt nam", "độc lập - tự do - hạnh phúc")
PARTY_MOTTO = "đảng cộng sản việt nam"
for f, text in raw.items():
    n = normed[f]
    wc = len(text.split())
    if not WORD_MIN <= wc <= WORD_MAX:
        bad(f"{f}: {wc} words, need {WORD_MIN}-{WORD_MAX}")
    if unicodedata.normalize("NFC", text) != text:
        if f.endswith(".pdf"):
            pass  # pypdf may return decomposed marks; the source strings are NFC (build_mx.py)
        else:
            bad(f"{f}: text is not NFC")
    head = n[:700]
    m = re.search(r"số:? ?\d+([-/])[a-zđ&]+", head)  # the document's own number comes first
    party = bool(m) and m.group(1) == "-"
    if party:
        if PARTY_MOTTO not in head:
            bad(f"{f}: Party document without 'ĐẢNG CỘNG SẢN VIỆT NAM' in its header")
    else:
        if not all(mm in head for mm in STATE_MOTTO):
            bad(f"{f}: State document without the motto in its header")
    if not m:
        bad(f"{f}: no number and symbol ('Số: ...') in the header")
    if not re.search(r"ngày \d{1,2} tháng \d{1,2} năm 20\d\d", head):
        bad(f"{f}: no place and date line in the header")
    if "nơi nhận" not in n:
        bad(f"{f}: no 'Nơi nhận:' list")
    if not re.search(r"lưu:? ?(vt|btg|văn phòng)", n):
        bad(f"{f}: no 'Lưu' line")
    if "(đã ký)" not in n:
        bad(f"{f}: no signature block")
    # 57-NQ/TW only inside a 'Căn cứ' line
    for line in text.splitlines():
        if "57-NQ/TW" in line and not re.match(r"^[\s\-*+•]*Căn cứ", line):
            bad(f"{f}: '57-NQ/TW' outside a 'Căn cứ' line: {line.strip()[:80]}")
    if f.endswith(".pdf"):
        pages = info[f].get("pages", 0)
        if not PDF_PAGES[0] <= pages <= PDF_PAGES[1]:
            bad(f"{f}: {pages} PDF pages, need {PDF_PAGES[0]}-{PDF_PAGES[1]}")
        if len(text.split()) < 300:
            bad(f"{f}: PDF has no real text layer")
    if f.endswith(".docx"):
        if info[f].get("grid_tables", 0) < 1:
            bad(f"{f}: no Word table (>= 3 rows, >= 3 columns)")
        if info[f].get("numbered", 0) < 3:
            bad(f"{f}: no Word list numbering")

# Markdown table in a .txt/.md (and the set's task table header)
md_table_found = task_table_found = False
for f, text in raw.items():
    if not f.endswith((".txt", ".md")):
        continue
    lines = text.splitlines()
    for i in range(len(lines) - 1):
        if lines[i].strip().startswith("|") and re.match(r"^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$", lines[i + 1]):
            md_table_found = True
            cells = [c.strip().lower() for c in lines[i].strip().strip("|").split("|")]
            if cells[:5] == ["tt", "nội dung", "cơ quan chủ trì", "cơ quan phối hợp", "thời gian"]:
                task_table_found = True
if not md_table_found:
    bad("no Markdown table in any .txt/.md document")
if not task_table_found:
    bad("no task table 'TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian'")

# hard-wrapped document (60-80 characters)
wrapped = False
for f, text in raw.items():
    if not f.endswith(".txt"):
        continue
    lines = [l for l in text.splitlines() if l.strip()]
    if lines and max(len(l) for l in lines) <= 80 and sum(1 for l in lines if 55 <= len(l) <= 80) >= 0.4 * len(lines):
        wrapped = True
if not wrapped:
    bad("no .txt document hard-wrapped at 60-80 characters")

# ---------------------------------------------------------------- questions
def load_jsonl(path):
    rows = []
    if not os.path.exists(path):
        bad(f"{os.path.basename(path)} missing")
        return rows
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad(f"{os.path.basename(path)} line {i}: bad JSON ({e})")
    return rows


def check_quote(where, src, quote):
    if src not in normed:
        bad(f"{where}: unknown source {src!r}")
        return False
    q = norm(quote)
    if not 20 <= len(q) <= 200:
        bad(f"{where}: quote length {len(q)} not in 20-200: {quote[:60]!r}")
    if q not in normed[src]:
        bad(f"{where}: quote not verbatim in {src}: {quote[:80]!r}")
        return False
    return True


qs = load_jsonl(os.path.join(SET_DIR, "questions.jsonl"))
seen_ids, seen_q, earlier = set(), set(), []
cites = Counter()
kinds = Counter()
n_unans = n_nodiac = n_abbr = n_follow = n_follow_unans = n_who = 0
for idx, q in enumerate(qs, 1):
    qid = q.get("id")
    where = f"question {qid or idx}"
    if qid != f"{PREFIX}{idx:03d}":
        bad(f"{where}: id should be {PREFIX}{idx:03d}")
    if qid in seen_ids:
        bad(f"{where}: duplicate id")
    seen_ids.add(qid)
    text = q.get("question", "")
    if not isinstance(text, str) or not text.strip():
        bad(f"{where}: empty question")
        continue
    if unicodedata.normalize("NFC", text) != text:
        bad(f"{where}: question not NFC")
    if norm(text) in seen_q:
        bad(f"{where}: duplicate question")
    seen_q.add(norm(text))
    if "57-NQ/TW" in json.dumps(q, ensure_ascii=False):
        bad(f"{where}: mentions 57-NQ/TW")
    kind = q.get("kind")
    if kind not in KINDS:
        bad(f"{where}: bad kind {kind!r}")
    kinds[kind] += 1
    ans = q.get("answerable")
    if not isinstance(ans, bool):
        bad(f"{where}: answerable must be true/false")
    ev, kw = q.get("evidence"), q.get("keywords")
    if not isinstance(ev, list) or not isinstance(kw, list):
        bad(f"{where}: evidence and keywords must be lists")
        continue
    if (kind == "unanswerable") != (ans is False):
        bad(f"{where}: kind 'unanswerable' iff answerable false")
    if ans is False:
        n_unans += 1
        if ev or kw:
            bad(f"{where}: unanswerable needs empty evidence and keywords")
    else:
        if not 1 <= len(ev) <= 3:
            bad(f"{where}: needs 1-3 evidence quotes")
        if not 1 <= len(kw) <= 3:
            bad(f"{where}: needs 1-3 keywords")
        quotes_norm, srcs = [], set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if check_quote(where, src, quote):
                quotes_norm.append(norm(quote))
            srcs.add(src)
        for s in srcs:
            cites[s] += 1
        for k in kw:
            nk = norm(k)
            if not nk:
                bad(f"{where}: empty keyword")
            elif not any(nk in qn for qn in quotes_norm):
                if any(nk in normed.get(s, "") for s in srcs):
                    bad(f"{where}: keyword {k!r} is in the cited file but not in a quote")
                else:
                    bad(f"{where}: keyword {k!r} not in the quotes")
        if norm(text) in " ".join(normed.values()):
            bad(f"{where}: the question copies a sentence of a document")
    hist = q.get("history")
    if hist is not None:
        if not isinstance(hist, list) or not hist:
            bad(f"{where}: history must be a non-empty list")
        else:
            for h in hist:
                if h not in earlier:
                    bad(f"{where}: history item is not an earlier question: {h[:60]!r}")
            n_follow += 1
            if ans is False:
                n_follow_unans += 1
    if kind == "follow-up" and not hist:
        bad(f"{where}: follow-up without history")
    actors = q.get("actors")
    if actors is not None:
        srcs = {e.get("source") for e in ev}
        for a in actors:
            if not any(norm(a) in normed.get(s, "") for s in srcs):
                bad(f"{where}: actor {a!r} not verbatim in the cited documents")
    if kind == "who-what":
        if not actors:
            bad(f"{where}: who-what question without actors")
        else:
            n_who += 1
    letters = re.sub(r"[\d\W_]", "", text)
    if letters and not VN_DIACRITIC_RE.search(text):
        n_nodiac += 1
    elif kind == "no-diacritics":
        bad(f"{where}: kind no-diacritics but the question has diacritics")
    if ABBREV_RE.search(text):
        n_abbr += 1
    elif kind == "abbreviation":
        bad(f"{where}: kind abbreviation but no abbreviation found")
    earlier.append(text)

N = len(qs)
if not 95 <= N <= 115:
    bad(f"{N} questions, expected about 105 (95-115)")


def pct(x):
    return 100.0 * x / N if N else 0.0


if pct(n_unans) < 22:
    bad(f"unanswerable {n_unans}/{N} = {pct(n_unans):.1f}% < 22%")
if pct(n_nodiac) < 15:
    bad(f"no-diacritics {n_nodiac}/{N} = {pct(n_nodiac):.1f}% < 15%")
if pct(n_abbr) < 12:
    bad(f"abbreviations {n_abbr}/{N} = {pct(n_abbr):.1f}% < 12%")
if n_follow < 15:
    bad(f"follow-ups {n_follow} < 15")
if not 1 <= n_follow_unans <= 2:
    bad(f"unanswerable follow-ups {n_follow_unans}, need 1-2")
if n_who < 12:
    bad(f"who-what with actors {n_who} < 12")
for k in ("metadata", "list", "corpus", "factoid"):
    if kinds[k] < 3:
        bad(f"kind {k}: only {kinds[k]}")
for f in files:
    if cites[f] < 12:
        bad(f"{f} cited by {cites[f]} answerable questions, need >= 12")

# ---------------------------------------------------------------- who_what
ww = load_jsonl(os.path.join(SET_DIR, "who_what.jsonl"))
ww_src = Counter()
for i, w in enumerate(ww, 1):
    where = f"who_what {w.get('id', i)}"
    if w.get("id") != f"w{PREFIX}{i:02d}":
        bad(f"{where}: id should be w{PREFIX}{i:02d}")
    src = w.get("source")
    if src not in normed:
        bad(f"{where}: unknown source {src!r}")
        continue
    ww_src[src] += 1
    doc = normed[src]
    if not w.get("directive"):
        bad(f"{where}: directive missing")
    actor_names = set()
    acts = w.get("actors") or []
    if len(acts) < 3:
        bad(f"{where}: fewer than 3 actors")
    for a in acts:
        name = a.get("name", "")
        actor_names.add(norm(name))
        if norm(name) not in doc:
            bad(f"{where}: actor name not verbatim: {name!r}")
        if a.get("role", None) not in ROLES:
            bad(f"{where}: bad role {a.get('role')!r} for {name!r}")
        dl = a.get("deadline")
        if dl is not None and norm(dl) not in doc:
            bad(f"{where}: deadline not verbatim: {dl!r}")
        tq = a.get("task_quote", "")
        check_quote(f"{where} actor {name!r}", src, tq)
    member_names = set()
    for g in w.get("groups") or []:
        if norm(g.get("name", "")) not in doc:
            bad(f"{where}: group name not verbatim: {g.get('name')!r}")
        if len(g.get("members") or []) < 2:
            bad(f"{where}: group {g.get('name')!r} needs >= 2 members")
        for m in g.get("members") or []:
            member_names.add(norm(m))
            if norm(m) not in doc:
                bad(f"{where}: group member not verbatim: {m!r}")
    intr = w.get("intruders") or []
    if not 3 <= len(intr) <= 6:
        bad(f"{where}: needs 3-6 intruders, has {len(intr)}")
    for s in intr:
        ns = norm(s)
        if ns not in doc:
            bad(f"{where}: intruder not verbatim: {s!r}")
        if ns in actor_names or ns in member_names:
            bad(f"{where}: intruder {s!r} is also an actor")
for f in files:
    if ww_src[f] != 1:
        bad(f"who_what.jsonl must have exactly one line for {f} (has {ww_src[f]})")

# ---------------------------------------------------------------- report
if problems:
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print(f"questions={N} unanswerable={n_unans} ({pct(n_unans):.1f}%) no-diacritics={n_nodiac} "
      f"({pct(n_nodiac):.1f}%) abbreviations={n_abbr} ({pct(n_abbr):.1f}%) follow-ups={n_follow} "
      f"(unanswerable {n_follow_unans}) who-what={n_who}")
print("kinds:", dict(sorted(kinds.items())))
print("citations per file:", {f: cites[f] for f in files})
print("OK")
