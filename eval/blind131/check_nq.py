"""Standalone checker for blind131 (prefix nq). Prints OK or the problems (exit 1)."""
import json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
problems = []
def bad(msg): problems.append(msg)

def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()

# ------------------------------------------------------------------ readers
def read_docx(path):
    try:
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        ntables = len(d.tables)
        for t in d.tables:
            for row in t.rows:
                seen = []
                for c in row.cells:
                    if c.text not in seen:
                        seen.append(c.text)
                parts.append("\n".join(seen))
        return "\n".join(parts), ntables
    except ImportError:
        W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
        paras = ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]
        return "\n".join(paras), len(list(root.iter(W + "tbl")))

def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)

# ------------------------------------------------------------------ documents
files = sorted(f for f in os.listdir(CORPUS) if not f.startswith("."))
if len(files) != 5:
    bad(f"corpus must hold exactly 5 files, has {len(files)}: {files}")
for i, f in enumerate(files, 1):
    if not re.fullmatch(rf"nq0{i}_[a-z0-9_]+\.(txt|md|docx|pdf)", f):
        bad(f"bad file name {f}")
exts = [f.rsplit(".", 1)[-1] for f in files]
for e in ("txt", "docx", "pdf"):
    if e not in exts:
        bad(f"no .{e} document")

raw, text = {}, {}
for f in files:
    p = os.path.join(CORPUS, f); ext = f.rsplit(".", 1)[-1]
    if ext in ("txt", "md"):
        t = open(p, encoding="utf-8").read()
        if unicodedata.normalize("NFC", t) != t:
            bad(f"{f}: not NFC")
    elif ext == "docx":
        t, nt = read_docx(p)
        if nt < 1: bad(f"{f}: no Word table")
        if unicodedata.normalize("NFC", t) != t: bad(f"{f}: not NFC")
    else:
        t, npg = read_pdf(p)
        if not 2 <= npg <= 4: bad(f"{f}: PDF has {npg} pages (need 2-4)")
        if len(t.split()) < 300: bad(f"{f}: PDF text layer too thin")
    raw[f] = t; text[f] = norm(t)
    wc = len(t.split())
    if not 700 <= wc <= 1500:
        bad(f"{f}: {wc} words (need 700-1500)")
    n = text[f]
    state = "cộng hòa xã hội chủ nghĩa việt nam" in n and "độc lập - tự do - hạnh phúc" in n
    party = "đảng cộng sản việt nam" in n
    if not (state or party): bad(f"{f}: no motto")
    if not re.search(r"số:? ?\d+[-/]", n): bad(f"{f}: no number and symbol")
    if "nơi nhận" not in n: bad(f"{f}: no Nơi nhận")
    if not re.search(r"lưu: ?vt", n): bad(f"{f}: no 'Lưu: VT'")
    if "57-nq/tw" in n:
        for line in t.splitlines():
            if "57-NQ/TW" in line and not line.strip().startswith("Căn cứ"):
                bad(f"{f}: 57-NQ/TW outside a Căn cứ line")

md_table = False
for f in files:
    if f.endswith((".txt", ".md")):
        lines = raw[f].splitlines()
        for a, b in zip(lines, lines[1:]):
            if a.strip().startswith("|") and re.fullmatch(r"\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*", b):
                md_table = True
if not md_table: bad("no Markdown table in a .txt/.md document")

hard = False
for f in files:
    if f.endswith((".txt", ".md")):
        ls = [l for l in raw[f].splitlines() if l.strip()]
        long_ = [l for l in ls if len(l) > 80]
        wrapped = [l for l in ls if 60 <= len(l) <= 80]
        if not long_ and len(wrapped) >= 30: hard = True
if not hard: bad("no document hard-wrapped at 60-80 characters")

def in_file(q, f): return norm(q) in text.get(f, "")

# ------------------------------------------------------------------ questions
ABBR = re.compile(r"(?<![\wÀ-ỹ])(KH|CV|QĐ|BC|TB|HD|HĐ|UBND|MTTQ|GD&ĐT|GDĐT|KH&CN|HĐND|THCS|TH|MN|SGK|CSVC|THPT|PGD|TC-KH|SGDĐT)(?![\wÀ-ỹ])")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
qs = []
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if line.strip():
            try: qs.append(json.loads(line))
            except Exception as e: bad(f"questions.jsonl line {ln}: {e}")
ids, qtexts, cites = set(), [], {f: 0 for f in files}
for i, q in enumerate(qs):
    qid = q.get("id")
    if qid != f"nq{i+1:03d}": bad(f"id {qid} out of sequence (expected nq{i+1:03d})")
    if qid in ids: bad(f"duplicate id {qid}")
    ids.add(qid)
    qt = q.get("question", "")
    if norm(qt) in [norm(x) for x in qtexts]: bad(f"{qid}: duplicate question")
    for f in files:
        for sent in re.split(r"[.;:\n]", raw[f]):
            if len(norm(sent)) > 25 and norm(sent) == norm(qt).rstrip("?"):
                bad(f"{qid}: question copies a sentence of {f}")
    kind = q.get("kind")
    if kind not in KINDS: bad(f"{qid}: bad kind {kind}")
    ev, kw = q.get("evidence"), q.get("keywords")
    if not isinstance(ev, list) or not isinstance(kw, list): bad(f"{qid}: evidence/keywords must be lists")
    if q.get("answerable") is False:
        if ev or kw: bad(f"{qid}: unanswerable with evidence/keywords")
        if kind != "unanswerable": bad(f"{qid}: answerable=false but kind {kind}")
    elif q.get("answerable") is True:
        if kind == "unanswerable": bad(f"{qid}: kind unanswerable but answerable=true")
        if not 1 <= len(ev) <= 3: bad(f"{qid}: needs 1-3 quotes")
        if not 1 <= len(kw) <= 3: bad(f"{qid}: needs 1-3 keywords")
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in text: bad(f"{qid}: unknown source {src}"); continue
            srcs.add(src)
            if not 20 <= len(quote) <= 200: bad(f"{qid}: quote length {len(quote)}: {quote[:40]}")
            if not in_file(quote, src): bad(f"{qid}: quote not verbatim in {src}: {quote}")
        for s in srcs: cites[s] += 1
        for k in kw:
            if not any(norm(k) in norm(e.get("quote", "")) for e in ev) and not any(in_file(k, s) for s in srcs):
                bad(f"{qid}: keyword not in quotes or cited file: {k}")
    else: bad(f"{qid}: answerable must be true/false")
    for h in q.get("history", []) or []:
        if h not in qtexts: bad(f"{qid}: history question not an earlier question: {h}")
    if kind == "follow-up" and not q.get("history"): bad(f"{qid}: follow-up without history")
    acts = q.get("actors")
    if acts is not None:
        srcs = {e.get("source") for e in ev or []}
        for a in acts:
            if not any(in_file(a, s) for s in (srcs or text)): bad(f"{qid}: actor not verbatim: {a}")
    if kind == "who-what" and not acts: bad(f"{qid}: who-what without actors")
    if kind == "no-diacritics" and not all(ord(c) < 128 for c in qt): bad(f"{qid}: no-diacritics question has diacritics")
    if kind == "abbreviation" and not ABBR.search(qt): bad(f"{qid}: abbreviation question without abbreviation")
    qtexts.append(qt)

n = len(qs)
if not 95 <= n <= 115: bad(f"{n} questions (about 105 wanted)")
unans = sum(1 for q in qs if q.get("answerable") is False)
nodia = sum(1 for q in qs if all(ord(c) < 128 for c in q["question"]))
abbr = sum(1 for q in qs if ABBR.search(q["question"]))
fol = [q for q in qs if q.get("history")]
ww = sum(1 for q in qs if q.get("kind") == "who-what" and q.get("actors"))
kinds = {}
for q in qs: kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
if unans < 0.22 * n: bad(f"unanswerable {unans}/{n} < 22%")
if nodia < 0.15 * n: bad(f"no-diacritics {nodia}/{n} < 15%")
if abbr < 0.12 * n: bad(f"abbreviations {abbr}/{n} < 12%")
if len(fol) < 15: bad(f"only {len(fol)} follow-ups")
fu = sum(1 for q in fol if q.get("answerable") is False)
if not 1 <= fu <= 2: bad(f"{fu} unanswerable follow-ups (need 1-2)")
if ww < 12: bad(f"only {ww} who-what with actors")
for k in ("metadata", "list", "corpus"):
    if kinds.get(k, 0) < 3: bad(f"too few {k} questions")
for f, c in cites.items():
    if c < 12: bad(f"{f} cited by {c} answerable questions (< 12)")

# ------------------------------------------------------------------ who_what
ww_rows = [json.loads(l) for l in open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") if l.strip()]
if sorted(r.get("source") for r in ww_rows) != files: bad("who_what.jsonl must have one line per document")
for i, r in enumerate(ww_rows, 1):
    rid, src = r.get("id"), r.get("source")
    if src not in text: bad(f"{rid}: unknown source {src}"); continue
    names = set()
    for a in r.get("actors", []):
        names.add(norm(a["name"]))
        if not in_file(a["name"], src): bad(f"{rid}: actor not verbatim: {a['name']}")
        if a.get("role") not in ("chủ trì", "phối hợp", "thường trực", None): bad(f"{rid}: bad role {a.get('role')}")
        if a.get("deadline") and not in_file(a["deadline"], src): bad(f"{rid}: deadline not verbatim: {a['deadline']}")
        tq = a.get("task_quote", "")
        if not 20 <= len(tq) <= 200: bad(f"{rid}: task_quote length {len(tq)}")
        if not in_file(tq, src): bad(f"{rid}: task_quote not verbatim: {tq}")
    for g in r.get("groups", []):
        if not in_file(g["name"], src): bad(f"{rid}: group not verbatim: {g['name']}")
        for m in g.get("members", []):
            if not in_file(m, src): bad(f"{rid}: group member not verbatim: {m}")
    intr = r.get("intruders", [])
    if not 3 <= len(intr) <= 6: bad(f"{rid}: {len(intr)} intruders (need 3-6)")
    for x in intr:
        if not in_file(x, src): bad(f"{rid}: intruder not verbatim: {x}")
        if norm(x) in names: bad(f"{rid}: intruder is also an actor: {x}")
    if not r.get("directive"): bad(f"{rid}: no directive")

if problems:
    print("\n".join(problems)); sys.exit(1)
print(f"OK  ({n} questions: unanswerable {unans} = {100*unans/n:.1f}%, no-diacritics {nodia} = {100*nodia/n:.1f}%, "
      f"abbreviations {abbr} = {100*abbr/n:.1f}%, follow-ups {len(fol)} ({fu} unanswerable), who-what {ww}; kinds {kinds}; cites {cites})")
