"""Standalone checker for the blind149 evaluation set (prefix oi). Imports nothing from the product.
Run: /tmp/venv_oi/bin/python check_oi.py   -> prints OK (exit 0) or the problems (exit 1).
Needs python-docx and pypdf (falls back to a zip reader for .docx if python-docx is missing).
Add --dump to print the extracted text of every document.
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "oi"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
NAME_RE = re.compile(r"^oi0[1-5]_[a-z0-9]+(_[a-z0-9]+)*\.(txt|md|docx|pdf)$")
MOTTO_STATE = "cộng hòa xã hội chủ nghĩa việt nam"
MOTTO_STATE2 = "độc lập - tự do - hạnh phúc"
MOTTO_PARTY = "đảng cộng sản việt nam"
ABBREV_RE = re.compile(r"(?<!\w)(KH|CV|QĐ|BB|CT|TB|BC|HD|UBND|MTTQ|HĐND|KH&CN|GD&ĐT|GDĐT|SYT|NVY|TTYT|"
                       r"TTKSBT|CDC|BVĐK|BV|TYT|VHXH|VH-XH|VHTTDL|VH-TT-DL|TCMR|SXH|DPT|TU|CT/TU|TTr|BTV|"
                       r"YTTB|PN|ĐTN|LHPN|CA|PTTH|THCS)(?!\w)")
FORBIDDEN_NUMS = ("27", "418", "749")   # document numbers the brief forbids
KIND_RANGES = {"metadata": (6, 8), "factoid": (6, 9), "list": (5, 6), "who-what": (15, 18),
               "no-diacritics": (16, 18), "abbreviation": (12, 14), "follow-up": (14, 17),
               "corpus": (5, 7)}
UNANS_MIN = 0.23
WORD_MIN, WORD_MAX = 600, 1400
N_MIN, N_MAX = 105, 115

problems = []


def problem(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def has_diacritics(s):
    d = unicodedata.normalize("NFD", s)
    return any(unicodedata.category(c) == "Mn" for c in d) or "đ" in s.lower()


def count_words(t):
    return len([w for w in t.split() if re.search(r"\w", w)])


# ------------------------------------------------------------------ reading documents
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _cell_text(tc):
    return " ".join("".join(x.text or "" if x.tag == W + "t" else "\n"
                            for x in p.iter() if x.tag in (W + "t", W + "br"))
                    for p in tc.iter(W + "p"))


def _docx_body(root_body):
    parts = []
    for child in root_body:
        tag = child.tag.split("}")[1]
        if tag == "p":
            parts.append("".join(t.text or "" if t.tag == W + "t" else "\n"
                                 for t in child.iter() if t.tag in (W + "t", W + "br")))
        elif tag == "tbl":
            for tr in child.iter(W + "tr"):
                parts.append("| " + " | ".join(_cell_text(tc) for tc in tr.iter(W + "tc")) + " |")
    return "\n".join(parts)


def _docx_xml(path):
    with zipfile.ZipFile(path) as z:
        return ET.fromstring(z.read("word/document.xml"))


def read_docx(path):
    try:
        import docx  # python-docx
        return _docx_body(list(docx.Document(path).element.body))
    except ImportError:
        return _docx_body(list(_docx_xml(path).find(W + "body")))


def read_doc(path):
    ext = path.rsplit(".", 1)[1]
    if ext in ("txt", "md"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if ext == "docx":
        return read_docx(path)
    if ext == "pdf":
        from pypdf import PdfReader
        r = PdfReader(path)
        return "\n".join(p.extract_text() or "" for p in r.pages)
    raise ValueError(path)


# ------------------------------------------------------------------ corpus checks
files = sorted(os.listdir(CORPUS)) if os.path.isdir(CORPUS) else []
if len(files) != 5:
    problem(f"corpus must hold exactly 5 files, found {len(files)}: {files}")
for i, f in enumerate(files, 1):
    if not NAME_RE.match(f) or not f.startswith(f"{PREFIX}0{i}_"):
        problem(f"bad file name {f}")
exts = [f.rsplit(".", 1)[1] for f in files]
if sorted(exts) != ["docx", "md", "pdf", "txt", "txt"]:
    problem(f"expected shapes .txt x2, .md, .pdf, .docx; found {exts}")

raw, texts = {}, {}
for f in files:
    p = os.path.join(CORPUS, f)
    try:
        t = read_doc(p)
    except Exception as e:  # noqa
        problem(f"{f}: cannot read ({e})")
        continue
    raw[f] = t
    texts[f] = norm(t)
    if unicodedata.normalize("NFC", t) != t:
        problem(f"{f}: extracted text not NFC")
    if f.endswith(".docx"):
        z = "".join(el.text or "" for el in _docx_xml(p).iter(W + "t"))
        if unicodedata.normalize("NFC", z) != z:
            problem(f"{f}: document.xml not NFC")
    nw = count_words(t)
    if not WORD_MIN <= nw <= WORD_MAX:
        problem(f"{f}: {nw} words, expected {WORD_MIN}-{WORD_MAX}")
    if f.endswith(".pdf"):
        from pypdf import PdfReader
        n = len(PdfReader(p).pages)
        if not 2 <= n <= 4:
            problem(f"{f}: {n} PDF pages, expected 2-4")
        if nw < 100:
            problem(f"{f}: PDF text layer missing")
    nt = texts[f]
    for bad in FORBIDDEN_NUMS:
        if re.search(rf"(?<![\d.,/]){bad}[/-][a-zđ]", nt):
            problem(f"{f}: forbidden document number {bad}")
    if not ((MOTTO_STATE in nt and MOTTO_STATE2 in nt) or MOTTO_PARTY in nt):
        problem(f"{f}: motto missing")
    if not re.search(r"số:? ?\d+[/-]", nt):
        problem(f"{f}: number and symbol missing")
    if "nơi nhận" not in nt or not re.search(r"- lưu[: ]", nt):
        problem(f"{f}: tail (Nơi nhận / Lưu) missing")
    if "(đã ký)" not in nt:
        problem(f"{f}: signature block missing")

# .md with a Markdown task table (Nhiệm vụ / Cơ quan chủ trì / Cơ quan phối hợp / Thời gian hoàn thành)
md_task = False
for f, t in raw.items():
    if f.endswith(".md"):
        for m in re.finditer(r"^\s*(\|.*\|)\s*\n\s*\|\s*:?-{3,}", t, re.M):
            hdr = norm(m.group(1))
            if all(k in hdr for k in ("stt", "nhiệm vụ", "cơ quan chủ trì", "cơ quan phối hợp",
                                      "thời gian hoàn thành")):
                md_task = True
if not md_task:
    problem("no Markdown task table (STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | "
            "Thời gian hoàn thành) in the .md")

# .docx: Word's own list numbering (direct numPr or a numbered style such as List Number /
# List Bullet) and a data table
def _numbered_styles(path):
    with zipfile.ZipFile(path) as z:
        if "word/styles.xml" not in z.namelist():
            return set()
        st = ET.fromstring(z.read("word/styles.xml"))
    out = set()
    for s in st.iter(W + "style"):
        if s.find(f"{W}pPr/{W}numPr") is not None:
            out.add(s.get(W + "styleId"))
    return out


for f in [x for x in files if x.endswith(".docx")]:
    path = os.path.join(CORPUS, f)
    root = _docx_xml(path)
    num_styles = _numbered_styles(path)
    n_num = n_style = 0
    for p in root.iter(W + "p"):
        if p.find(f"{W}pPr/{W}numPr") is not None:
            n_num += 1
        else:
            ps = p.find(f"{W}pPr/{W}pStyle")
            if ps is not None and ps.get(W + "val") in num_styles:
                n_num += 1
                n_style += 1
    if n_num < 5:
        problem(f"{f}: only {n_num} paragraphs with Word list numbering (need >= 5)")
    if n_style < 5:
        problem(f"{f}: only {n_style} paragraphs in List Number / List Bullet styles (need >= 5)")
    if re.search(r"^\s*(\d+\.|[a-z]\))\s", raw.get(f, ""), re.M) and n_num < 5:
        problem(f"{f}: numbering typed as text instead of Word numbering")
    big = [tb for tb in root.iter(W + "tbl") if len(list(tb.iter(W + "tr"))) >= 4]
    if not big:
        problem(f"{f}: no Word data table")

# hard-wrapped .txt (60-80 chars) and another, unwrapped .txt
wrapped, unwrapped = [], []
for f, t in raw.items():
    if f.endswith(".txt"):
        lines = [ln for ln in t.split("\n") if ln.strip()]
        long_ = [ln for ln in lines if len(ln) > 80]
        body = [ln for ln in lines if 60 <= len(ln) <= 80]
        if not long_ and len(body) >= 30:
            wrapped.append(f)
        elif long_:
            unwrapped.append(f)
if not wrapped:
    problem("no .txt hard-wrapped at 60-80 characters")
if not unwrapped:
    problem("second .txt (other genre, unwrapped) missing")


# ------------------------------------------------------------------ questions
qs = []
qpath = os.path.join(HERE, "questions.jsonl")
with open(qpath, encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if line.strip():
            if unicodedata.normalize("NFC", line) != line:
                problem(f"questions.jsonl line {ln}: not NFC")
            try:
                qs.append(json.loads(line))
            except json.JSONDecodeError as e:
                problem(f"questions.jsonl line {ln}: bad JSON {e}")

ids, qtexts, seen_q = set(), set(), []
cites = {f: 0 for f in files}
kinds = {}
n_hist = n_hist_unans = n_nodiac = n_abbr = 0
for k, q in enumerate(qs, 1):
    qid = q.get("id", f"#{k}")
    exp_id = f"{PREFIX}{k:03d}"
    if qid != exp_id:
        problem(f"{qid}: expected id {exp_id}")
    if qid in ids:
        problem(f"{qid}: duplicate id")
    ids.add(qid)
    qt = q.get("question", "")
    if norm(qt) in qtexts:
        problem(f"{qid}: duplicate question")
    qtexts.add(norm(qt))
    kind = q.get("kind")
    if kind not in KINDS:
        problem(f"{qid}: bad kind {kind}")
    kinds[kind] = kinds.get(kind, 0) + 1
    ans = q.get("answerable")
    ev = q.get("evidence", [])
    kw = q.get("keywords", [])
    for key in ("id", "question", "answerable", "kind", "evidence", "keywords"):
        if key not in q:
            problem(f"{qid}: missing field {key}")
    if not isinstance(ans, bool):
        problem(f"{qid}: answerable must be true/false")
    if kind == "unanswerable" and ans is not False:
        problem(f"{qid}: unanswerable kind but answerable != false")
    if ans is False:
        if kind != "unanswerable":
            problem(f"{qid}: answerable false but kind {kind}")
        if ev or kw:
            problem(f"{qid}: unanswerable must have empty evidence and keywords")
    else:
        if not 1 <= len(ev) <= 3:
            problem(f"{qid}: needs 1-3 quotes")
        if not 1 <= len(kw) <= 3:
            problem(f"{qid}: needs 1-3 keywords")
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in texts:
                problem(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                problem(f"{qid}: quote length {len(nq)} not in 20-200: {quote[:50]}")
            if nq not in texts[src]:
                problem(f"{qid}: quote not verbatim in {src}: {quote}")
        for s in srcs:
            cites[s] += 1
        for w in kw:
            if not any(norm(w) in norm(e.get("quote", "")) for e in ev):
                if not any(norm(w) in texts.get(s, "") for s in srcs):
                    problem(f"{qid}: keyword not in quotes or cited files: {w}")
                else:
                    problem(f"{qid}: keyword not inside a quote: {w}")
        if kind == "corpus" and len(srcs) < 2:
            problem(f"{qid}: corpus question should cite at least 2 documents")
    for a in q.get("actors", []):
        srcs_ = [e.get("source") for e in ev]
        if not any(norm(a) in texts.get(s, "") for s in srcs_):
            problem(f"{qid}: actor not verbatim in cited file: {a}")
    if kind == "who-what" and not q.get("actors"):
        problem(f"{qid}: who-what without actors")
    hist = q.get("history")
    if hist:
        n_hist += 1
        if ans is False:
            n_hist_unans += 1
        for h in hist:
            if norm(h) not in [norm(x) for x in seen_q]:
                problem(f"{qid}: history question not an earlier question: {h}")
    if kind == "follow-up" and not hist:
        problem(f"{qid}: follow-up without history")
    if not has_diacritics(qt):
        n_nodiac += 1
    elif kind == "no-diacritics":
        problem(f"{qid}: no-diacritics question has diacritics: {qt}")
    for bad in FORBIDDEN_NUMS:
        if re.search(rf"(?<!\w)(kh|cv|qđ|ct|bc|cong van|công văn|ke hoach|kế hoạch|quyết định|chỉ thị|"
                     rf"chi thi|quyet dinh|báo cáo|bao cao)\s*(số\s*)?{bad}(?![\d,.])", norm(qt)):
            problem(f"{qid}: uses a forbidden document number {bad}: {qt}")
    if unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)) != json.dumps(q, ensure_ascii=False):
        problem(f"{qid}: not NFC")
    if ABBREV_RE.search(qt):
        n_abbr += 1
    elif kind == "abbreviation":
        problem(f"{qid}: abbreviation question without an abbreviation: {qt}")
    seen_q.append(qt)

N = len(qs)
if not N_MIN <= N <= N_MAX:
    problem(f"{N} questions, expected {N_MIN}-{N_MAX}")
if N:
    un = kinds.get("unanswerable", 0)
    if un / N < UNANS_MIN:
        problem(f"unanswerable {un}/{N} < {UNANS_MIN:.0%}")
    for kd, (lo, hi) in KIND_RANGES.items():
        if not lo <= kinds.get(kd, 0) <= hi:
            problem(f"kind {kd}: {kinds.get(kd, 0)} questions, expected {lo}-{hi}")
    if n_nodiac / N < 0.15:
        problem(f"typed without diacritics {n_nodiac}/{N} < 15%")
    if kinds.get("no-diacritics", 0) / N < 0.12:
        problem(f"no-diacritics kind {kinds.get('no-diacritics', 0)}/{N} < 12%")
    if kinds.get("abbreviation", 0) / N < 0.10:
        problem(f"abbreviation kind {kinds.get('abbreviation', 0)}/{N} < 10%")
    if n_hist < 12:
        problem(f"only {n_hist} follow-ups with history (need >= 12)")
    if not 1 <= n_hist_unans <= 3:
        problem(f"{n_hist_unans} unanswerable follow-ups (need 1-3)")
    ww = [q for q in qs if q.get("kind") == "who-what" and q.get("actors")]
    if len(ww) < 12:
        problem(f"only {len(ww)} who-what questions with actors (need >= 12)")
    for kd in ("metadata", "list", "corpus", "factoid"):
        if kinds.get(kd, 0) < 3:
            problem(f"too few {kd} questions")
for f, c in cites.items():
    if c < 12:
        problem(f"{f} cited by only {c} answerable questions (need >= 12)")

# ------------------------------------------------------------------ who_what
wpath = os.path.join(HERE, "who_what.jsonl")
wrows = []
with open(wpath, encoding="utf-8") as fh:
    for line in fh:
        if line.strip():
            if unicodedata.normalize("NFC", line) != line:
                problem("who_what.jsonl: line not NFC")
            wrows.append(json.loads(line))
if len(wrows) != len(files):
    problem(f"who_what.jsonl has {len(wrows)} lines, expected one per document ({len(files)})")
covered = set()
for k, w in enumerate(wrows, 1):
    wid = w.get("id")
    if wid != f"w{PREFIX}0{k}":
        problem(f"who_what line {k}: id {wid}, expected w{PREFIX}0{k}")
    src = w.get("source")
    if src not in texts:
        problem(f"{wid}: unknown source {src}")
        continue
    covered.add(src)
    t = texts[src]
    if not w.get("directive"):
        problem(f"{wid}: directive missing")
    actor_names = set()
    for a in w.get("actors", []):
        nm = a.get("name", "")
        actor_names.add(norm(nm))
        if norm(nm) not in t:
            problem(f"{wid}: actor name not verbatim: {nm}")
        if a.get("role") not in ROLES:
            problem(f"{wid}: bad role {a.get('role')}")
        dl = a.get("deadline")
        if dl is not None and norm(dl) not in t:
            problem(f"{wid}: deadline not verbatim: {dl}")
        tq = a.get("task_quote", "")
        if not 20 <= len(norm(tq)) <= 200:
            problem(f"{wid}: task_quote length {len(norm(tq))}: {tq[:40]}")
        if norm(tq) not in t:
            problem(f"{wid}: task_quote not verbatim: {tq}")
    if len(w.get("actors", [])) < 4:
        problem(f"{wid}: fewer than 4 actors")
    for g in w.get("groups", []):
        if norm(g.get("name", "")) not in t:
            problem(f"{wid}: group name not verbatim: {g.get('name')}")
        if len(g.get("members", [])) < 2:
            problem(f"{wid}: group with fewer than 2 members")
        for m in g.get("members", []):
            if norm(m) not in t:
                problem(f"{wid}: group member not verbatim: {m}")
    intr = w.get("intruders", [])
    if not 3 <= len(intr) <= 6:
        problem(f"{wid}: {len(intr)} intruders, expected 3-6")
    for x in intr:
        if norm(x) not in t:
            problem(f"{wid}: intruder not verbatim: {x}")
        if norm(x) in actor_names:
            problem(f"{wid}: intruder is also an actor: {x}")
for f in files:
    if f not in covered:
        problem(f"who_what.jsonl has no line for {f}")

if "--dump" in sys.argv:
    for f, t in raw.items():
        print(f"===== {f} ({count_words(t)} words)\n{t}\n")

if problems:
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print("words per file:", {f: count_words(t) for f, t in raw.items()})
print(f"questions={N} kinds={dict(sorted(kinds.items()))} history={n_hist} "
      f"(unanswerable {n_hist_unans}) unanswerable={kinds.get('unanswerable', 0) / N:.1%} "
      f"no-diacritics(typed)={n_nodiac} ({n_nodiac / N:.1%}) abbreviations(typed)={n_abbr}")
print("citations per file:", cites)
print("OK")
