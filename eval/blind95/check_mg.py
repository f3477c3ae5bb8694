#!/usr/bin/env python3
"""Standalone checker for the blind95 (prefix mg) evaluation set. No kg_rag import.

Reads the 5 documents in corpus/ (.txt/.md as UTF-8, .docx via python-docx incl. tables,
.pdf via pypdf), normalises text (NFC, lower case, '*' and '#' dropped, whitespace collapsed)
and checks the documents, questions.jsonl and who_what.jsonl against the rules of the brief.
Prints OK, or the list of problems and exits 1.
"""
import json, os, re, subprocess, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "mg"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
# invented proper names that must not occur anywhere else in /work/main/corpus or /work/main/eval
NAMES = ["Thanh Vân", "Lũng Khê", "Tràng Vĩ", "Mỹ Quyên", "Pác Mừng", "Nà Liễu", "Phiêng Mận", "Tân Hoạch",
         "Bản Chiêng", "Quỳnh Đô", "Cốc Pài", "Vân Sơn", "Lục Minh Khiêm", "Hứa Quang Tiệp", "Đàm Xuân Khởi",
         "Vi Thị Ngân Lam", "Sầm Văn Hiếu", "Bế Đức Toản", "Ma Văn Quyết", "Hà Thúy Mai", "Nông Thị Diệu Hằng",
         "Vũ Đình Sang"]

problems = []
def bad(msg):
    problems.append(msg)

def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()

def has_diacritics(s):
    s = unicodedata.normalize("NFD", s)
    return any(unicodedata.combining(c) for c in s) or "đ" in s.lower()

# ------------------------------------------------------------------ readers
def read_docx(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(path)
    parts, ntables = [], 0
    for el in d.element.body.iterchildren():
        tag = el.tag.split("}")[-1]
        if tag == "p":
            parts.append(Paragraph(el, d).text)
        elif tag == "tbl":
            ntables += 1
            for row in Table(el, d).rows:
                cells, prev = [], None
                for c in row.cells:
                    if c._tc is prev:
                        continue
                    prev = c._tc
                    cells.append(c.text)
                parts.append(" | ".join(cells))
    return "\n".join(parts), {"tables": ntables, "table_rows": [len(t.rows) for t in d.tables]}

def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), {"pages": len(r.pages)}

def read_doc(path):
    ext = path.rsplit(".", 1)[-1]
    if ext in ("txt", "md"):
        raw = open(path, encoding="utf-8").read()
        return raw, {"raw": raw}
    if ext == "docx":
        return read_docx(path)
    if ext == "pdf":
        return read_pdf(path)
    raise ValueError(ext)

# ------------------------------------------------------------------ documents
files = sorted(f for f in os.listdir(CORPUS) if not f.startswith("."))
if len(files) != 5:
    bad(f"corpus must hold exactly 5 documents, found {len(files)}: {files}")
pat = re.compile(rf"^{PREFIX}0([1-5])_[a-z0-9]+(?:_[a-z0-9]+)*\.(txt|md|docx|pdf)$")
nums = []
for f in files:
    m = pat.match(f)
    if not m:
        bad(f"bad file name {f}")
    else:
        nums.append(m.group(1))
if sorted(nums) != ["1", "2", "3", "4", "5"]:
    bad(f"file numbers must be {PREFIX}01..{PREFIX}05 once each, got {sorted(nums)}")
exts = Counter(f.rsplit(".", 1)[-1] for f in files)
for need in ("txt", "docx", "pdf"):
    if exts[need] < 1:
        bad(f"need at least one .{need} document")
if exts["docx"] + exts["pdf"] > 2 and False:
    pass

TEXT, NTEXT = {}, {}
md_table_found = False
hard_wrapped = []
for f in files:
    path = os.path.join(CORPUS, f)
    try:
        text, info = read_doc(path)
    except Exception as e:  # pragma: no cover
        bad(f"{f}: cannot read ({e})")
        continue
    TEXT[f], NTEXT[f] = text, norm(text)
    ext = f.rsplit(".", 1)[-1]
    if text != unicodedata.normalize("NFC", text):
        bad(f"{f}: text is not NFC")
    words = [w for w in text.split() if re.search(r"\w", w)]
    if not 700 <= len(words) <= 1500:
        bad(f"{f}: {len(words)} words, must be 700-1500")
    nt = NTEXT[f]
    if not ("cộng hòa xã hội chủ nghĩa việt nam" in nt and "độc lập - tự do - hạnh phúc" in nt) and "đảng cộng sản việt nam" not in nt:
        bad(f"{f}: motto missing")
    if not re.search(r"số:? ?\d+[/-]", nt):
        bad(f"{f}: no document number 'Số: …'")
    if not re.search(r"ngày \d{1,2} tháng \d{1,2} năm 20\d\d", nt):
        bad(f"{f}: no 'ngày … tháng … năm …' place/date line")
    if "nơi nhận" not in nt or "lưu: vt" not in nt:
        bad(f"{f}: tail lacks 'Nơi nhận' or 'Lưu: VT'")
    if "căn cứ" not in nt and "thực hiện" not in nt:
        bad(f"{f}: no 'Căn cứ'/'Thực hiện' basis")
    for line in text.splitlines():
        if "57-NQ/TW" in line and not line.strip().startswith("Căn cứ"):
            bad(f"{f}: '57-NQ/TW' outside a 'Căn cứ' line: {line.strip()[:60]}")
    if ext == "pdf" and not 2 <= info["pages"] <= 4:
        bad(f"{f}: PDF has {info['pages']} pages, must be 2-4")
    if ext == "docx" and not any(n >= 3 for n in info["table_rows"]):
        bad(f"{f}: docx has no Word table with >= 3 rows")
    if ext in ("txt", "md"):
        lines = text.splitlines()
        for i in range(len(lines) - 1):
            if re.match(r"^\s*\|.*\|\s*$", lines[i]) and re.match(r"^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$", lines[i + 1]):
                md_table_found = True
                break
        body = [l for l in lines if l.strip() and "|" not in l and len(l) == len(l.lstrip())]
        long_ = [l for l in body if len(l) >= 60]
        if len(long_) >= 30 and all(len(l) <= 80 for l in body) :
            hard_wrapped.append(f)
if not md_table_found:
    bad("no Markdown table in any .txt/.md document")
if not hard_wrapped:
    bad("no document hard-wrapped at 60-80 characters")

ALL_N = "\n".join(NTEXT.values())

# ------------------------------------------------------------------ questions
qpath = os.path.join(HERE, "questions.jsonl")
Qs = []
for ln, line in enumerate(open(qpath, encoding="utf-8"), 1):
    if not line.strip():
        continue
    try:
        Qs.append(json.loads(line))
    except json.JSONDecodeError as e:
        bad(f"questions.jsonl line {ln}: bad JSON ({e})")
seen_ids, seen_q, earlier = set(), set(), []
cites = Counter()
for i, q in enumerate(Qs, 1):
    qid = q.get("id")
    tag = f"{qid}"
    if qid != f"{PREFIX}{i:03d}":
        bad(f"{tag}: id out of sequence (expected {PREFIX}{i:03d})")
    if qid in seen_ids:
        bad(f"{tag}: duplicate id")
    seen_ids.add(qid)
    for key in ("question", "answerable", "kind", "evidence", "keywords"):
        if key not in q:
            bad(f"{tag}: missing field {key}")
    text = q.get("question", "")
    if text != unicodedata.normalize("NFC", text):
        bad(f"{tag}: question not NFC")
    if "57-nq/tw" in norm(text):
        bad(f"{tag}: question mentions 57-NQ/TW")
    nq = norm(text)
    if nq in seen_q:
        bad(f"{tag}: duplicate question text")
    seen_q.add(nq)
    kind = q.get("kind")
    if kind not in KINDS:
        bad(f"{tag}: bad kind {kind}")
    ans = q.get("answerable")
    if not isinstance(ans, bool):
        bad(f"{tag}: answerable must be boolean")
    ev, kws = q.get("evidence", []), q.get("keywords", [])
    if kind == "unanswerable" and ans is not False:
        bad(f"{tag}: kind unanswerable but answerable is not false")
    if ans is False:
        if ev or kws:
            bad(f"{tag}: unanswerable must have empty evidence and keywords")
    else:
        if not 1 <= len(ev) <= 3:
            bad(f"{tag}: needs 1-3 evidence quotes, has {len(ev)}")
        if not 1 <= len(kws) <= 3:
            bad(f"{tag}: needs 1-3 keywords, has {len(kws)}")
        nquotes = []
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in NTEXT:
                bad(f"{tag}: evidence source {src} not in corpus")
                continue
            if not 20 <= len(quote.strip()) <= 200:
                bad(f"{tag}: quote length {len(quote.strip())} not in 20-200: {quote[:50]}")
            nqt = norm(quote)
            if nqt not in NTEXT[src]:
                bad(f"{tag}: quote not verbatim in {src}: {quote[:70]}")
            nquotes.append(nqt)
            srcs.add(src)
        for s in srcs:
            cites[s] += 1
        for k in kws:
            nk = norm(k)
            if not nk or not any(nk in x for x in nquotes):
                bad(f"{tag}: keyword '{k}' not inside its quotes")
        if kind == "corpus" and len(srcs) < 2:
            bad(f"{tag}: corpus question should cite >= 2 documents")
    hist = q.get("history")
    if hist is not None:
        if not isinstance(hist, list) or not hist:
            bad(f"{tag}: history must be a non-empty list")
        else:
            for h in hist:
                if h not in earlier:
                    bad(f"{tag}: history entry is not an earlier question: {h[:60]}")
    if kind == "follow-up" and not hist:
        bad(f"{tag}: follow-up without history")
    acts = q.get("actors")
    if acts is not None:
        for a in acts:
            if norm(a) not in ALL_N:
                bad(f"{tag}: actor '{a}' not verbatim in any document")
    if kind == "who-what" and not acts:
        bad(f"{tag}: who-what question without actors")
    if kind == "no-diacritics" and has_diacritics(text):
        bad(f"{tag}: no-diacritics question has diacritics")
    earlier.append(text)

n = len(Qs)
kc = Counter(q.get("kind") for q in Qs)
unans = sum(1 for q in Qs if q.get("answerable") is False)
fups = [q for q in Qs if q.get("history")]
fups_un = sum(1 for q in fups if q.get("answerable") is False)
ww = sum(1 for q in Qs if q.get("kind") == "who-what" and q.get("actors"))
if not 95 <= n <= 120:
    bad(f"{n} questions, expected about 105")
if kc["unanswerable"] / max(n, 1) < 0.22:
    bad(f"unanswerable kind {kc['unanswerable']}/{n} < 22%")
if unans / max(n, 1) < 0.22:
    bad(f"answerable=false {unans}/{n} < 22%")
if kc["no-diacritics"] / max(n, 1) < 0.15:
    bad(f"no-diacritics {kc['no-diacritics']}/{n} < 15%")
if kc["abbreviation"] / max(n, 1) < 0.12:
    bad(f"abbreviation {kc['abbreviation']}/{n} < 12%")
if len(fups) < 15:
    bad(f"only {len(fups)} follow-ups with history (< 15)")
if not 1 <= fups_un <= 2:
    bad(f"{fups_un} unanswerable follow-ups, need 1-2")
if ww < 12:
    bad(f"only {ww} who-what questions with actors (< 12)")
for k in ("metadata", "list", "corpus", "factoid"):
    if kc[k] < 1:
        bad(f"no {k} question")
for f in files:
    if cites[f] < 12:
        bad(f"{f} cited by only {cites[f]} answerable questions (< 12)")

# ------------------------------------------------------------------ who_what
wpath = os.path.join(HERE, "who_what.jsonl")
W = [json.loads(l) for l in open(wpath, encoding="utf-8") if l.strip()]
if len(W) != len(files):
    bad(f"who_what.jsonl has {len(W)} lines, expected one per document ({len(files)})")
wsrc = set()
for i, w in enumerate(W, 1):
    tag = w.get("id", f"line{i}")
    if w.get("id") != f"w{PREFIX}{i:02d}":
        bad(f"{tag}: id should be w{PREFIX}{i:02d}")
    src = w.get("source")
    if src not in NTEXT:
        bad(f"{tag}: source {src} not in corpus")
        continue
    wsrc.add(src)
    nt = NTEXT[src]
    if not w.get("directive"):
        bad(f"{tag}: missing directive")
    actors = w.get("actors", [])
    if not actors:
        bad(f"{tag}: no actors")
    names = set()
    for a in actors:
        nm = a.get("name", "")
        names.add(norm(nm))
        if norm(nm) not in nt:
            bad(f"{tag}: actor name not verbatim: {nm}")
        if a.get("role") not in ROLES:
            bad(f"{tag}: bad role {a.get('role')} for {nm}")
        dl = a.get("deadline")
        if dl is not None and norm(dl) not in nt:
            bad(f"{tag}: deadline not verbatim: {dl}")
        tq = a.get("task_quote", "")
        if not 20 <= len(tq.strip()) <= 200:
            bad(f"{tag}: task_quote length {len(tq.strip())} for {nm}")
        if norm(tq) not in nt:
            bad(f"{tag}: task_quote not verbatim for {nm}: {tq[:60]}")
    for g in w.get("groups", []):
        if norm(g.get("name", "")) not in nt:
            bad(f"{tag}: group name not verbatim: {g.get('name')}")
        for m in g.get("members", []):
            if norm(m) not in nt:
                bad(f"{tag}: group member not verbatim: {m}")
    intr = w.get("intruders", [])
    if not 3 <= len(intr) <= 6:
        bad(f"{tag}: {len(intr)} intruders, need 3-6")
    for s in intr:
        ns = norm(s)
        if ns not in nt:
            bad(f"{tag}: intruder not verbatim: {s}")
        for an in names:
            if ns == an or an in ns or ns in an:
                bad(f"{tag}: intruder '{s}' overlaps actor '{an}'")
if wsrc != set(NTEXT):
    bad(f"who_what does not cover every document: missing {set(NTEXT) - wsrc}")

# ------------------------------------------------------------------ invented names unused elsewhere
main = os.path.abspath(os.path.join(HERE, "..", ".."))
for name in NAMES:
    try:
        out = subprocess.run(["grep", "-rl", "--include=*.txt", "--include=*.md", "--include=*.jsonl", name,
                              os.path.join(main, "corpus"), os.path.join(main, "eval")],
                             capture_output=True, text=True).stdout.split("\n")
    except FileNotFoundError:
        break
    others = [p for p in out if p and os.path.abspath(p).find(os.sep + os.path.basename(HERE) + os.sep) < 0]
    if others:
        bad(f"name '{name}' also used in {others[0]}")

if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print(f"OK  ({n} questions: {dict(kc)}; unanswerable {unans}/{n}={unans/n:.1%}; "
      f"no-diacritics {kc['no-diacritics']/n:.1%}; abbreviation {kc['abbreviation']/n:.1%}; "
      f"follow-ups {len(fups)} ({fups_un} unanswerable); who-what {ww}; cites {dict((k[:4], v) for k, v in cites.items())}; "
      f"hard-wrapped: {hard_wrapped})")
