# -*- coding: utf-8 -*-
"""Standalone checker for eval set blind47 (no kg_rag). Prints OK or the list of problems.
Usage: python check_qw.py [set_dir]"""
import json, os, re, sys, unicodedata, zipfile
from collections import Counter

HERE = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
problems = []


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    try:
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    except ImportError:
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        return re.sub(r"<[^>]+>", "", xml)


def read_pdf(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def read_any(path):
    if path.endswith(".docx"):
        return read_docx(path)
    if path.endswith(".pdf"):
        return read_pdf(path)
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if unicodedata.normalize("NFC", raw) != raw:
        problems.append(f"{os.path.basename(path)}: not NFC")
    return raw


files = sorted(os.listdir(CORPUS))
raw = {f: read_any(os.path.join(CORPUS, f)) for f in files}
docs = {f: norm(t) for f, t in raw.items()}
if len(files) != 5:
    problems.append(f"expected 5 corpus files, found {len(files)}")
for f, t in raw.items():
    n = len(re.findall(r"\w+", t))
    if not 700 <= n <= 1500:
        problems.append(f"{f}: {n} words (want 700-1500)")
    if not re.match(r"qw0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$", f):
        problems.append(f"bad file name {f}")


def check_quote(where, src, quote, lo=20, hi=200):
    if src not in docs:
        problems.append(f"{where}: unknown source {src}")
        return False
    if unicodedata.normalize("NFC", quote) != quote:
        problems.append(f"{where}: quote not NFC")
    if not lo <= len(quote) <= hi:
        problems.append(f"{where}: quote length {len(quote)} not in {lo}-{hi}: {quote[:50]}")
    if norm(quote) not in docs[src]:
        problems.append(f"{where}: quote not found in {src}: {quote[:80]}")
        return False
    return True


# ------------------------------------------------------------------ questions
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
OPT = {"history", "actors"}
qs = []
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            qs.append(json.loads(line))
        except Exception as e:
            problems.append(f"questions line {ln}: bad json {e}")
ids = [q.get("id") for q in qs]
for i, c in Counter(ids).items():
    if c > 1:
        problems.append(f"duplicate id {i}")
seen_q = []
cites = Counter()
ABBR = re.compile(r"(?<![\w&])(KH|CV|QĐ|TB|BC|UBND|KH&CN|KHCN|GD&ĐT|GDĐT|PGD|CĐS|CDS|THCS|THPT|MTTQ|TMĐT|VH|KP|VP|ĐU|BTV|TNCNS|TTHC|HĐND|ĐMST|VNeID|TĐTN|TH&THCS|b/c)(?![\w&])",
                  re.I)
n_noacc = n_abbr = n_unans = n_follow = n_who = 0
unans_follow = 0
for q in qs:
    qid = q.get("id", "?")
    keys = set(q)
    if not KEYS <= keys or keys - KEYS - OPT:
        problems.append(f"{qid}: keys {sorted(keys)}")
    if not re.match(r"qw\d{3}$", str(qid)):
        problems.append(f"{qid}: bad id")
    text = q.get("question", "")
    if unicodedata.normalize("NFC", text) != text:
        problems.append(f"{qid}: question not NFC")
    if q.get("kind") not in KINDS:
        problems.append(f"{qid}: bad kind {q.get('kind')}")
    ans = q.get("answerable")
    if not isinstance(ans, bool):
        problems.append(f"{qid}: answerable not bool")
    ev, kw = q.get("evidence", []), q.get("keywords", [])
    if ans is False:
        n_unans += 1
        if ev or kw:
            problems.append(f"{qid}: unanswerable must have empty evidence/keywords")
    else:
        if not ev:
            problems.append(f"{qid}: answerable without evidence")
        if not 1 <= len(kw) <= 3:
            problems.append(f"{qid}: needs 1-3 keywords")
        for k, e in enumerate(ev):
            check_quote(f"{qid} ev{k}", e.get("source"), e.get("quote", ""))
            cites[e.get("source")] += 1
        evtext = " ".join(norm(e.get("quote", "")) for e in ev)
        srcs = [e.get("source") for e in ev]
        for k in kw:
            nk = norm(k)
            if nk not in evtext and not any(nk in docs.get(s, "") for s in srcs):
                problems.append(f"{qid}: keyword '{k}' not in evidence or cited file")
    for a in q.get("actors", []) or []:
        srcs = [e.get("source") for e in ev] or list(docs)
        if not any(norm(a) in docs.get(s, "") for s in srcs):
            problems.append(f"{qid}: actor '{a}' not verbatim in cited file")
    if "history" in q:
        for h in q["history"]:
            if h not in seen_q:
                problems.append(f"{qid}: history question is not an earlier question")
        n_follow += 1
        if ans is False:
            unans_follow += 1
    if q.get("kind") == "who-what":
        n_who += 1
        if not q.get("actors"):
            problems.append(f"{qid}: who-what without actors")
    if text and all(ord(ch) < 128 for ch in text):
        n_noacc += 1
    if ABBR.search(text):
        n_abbr += 1
    seen_q.append(text)

N = len(qs) or 1
pct = lambda n: 100.0 * n / N
print(f"questions={len(qs)} unanswerable={n_unans} ({pct(n_unans):.0f}%) no-diacritics={n_noacc} ({pct(n_noacc):.0f}%) "
      f"abbreviation={n_abbr} ({pct(n_abbr):.0f}%) follow-ups={n_follow} (unanswerable {unans_follow}) who-what={n_who}")
print("kinds:", dict(Counter(q.get("kind") for q in qs)))
print("citations per file:", dict(cites))
if not 90 <= len(qs) <= 110:
    problems.append(f"want ~100 questions, have {len(qs)}")
if pct(n_unans) < 22: problems.append("unanswerable < 22%")
if pct(n_noacc) < 15: problems.append("no-diacritics < 15%")
if pct(n_abbr) < 12: problems.append("abbreviations < 12%")
if n_follow < 15: problems.append("fewer than 15 follow-ups")
if not 1 <= unans_follow <= 2: problems.append("want 1-2 unanswerable follow-ups")
if n_who < 12: problems.append("fewer than 12 who-what")
for f in files:
    if cites[f] < 12:
        problems.append(f"{f} cited by only {cites[f]} questions")

# ------------------------------------------------------------------ who-what gold
ww = []
with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as f:
    for line in f:
        if line.strip():
            ww.append(json.loads(line))
if sorted(w["source"] for w in ww) != files:
    problems.append("who_what.jsonl must have one line per document")
for w in ww:
    wid = w.get("id")
    if set(w) != {"id", "directive", "source", "actors", "intruders"}:
        problems.append(f"{wid}: keys {sorted(w)}")
    src = w.get("source")
    for k, a in enumerate(w.get("actors", [])):
        if set(a) != {"name", "role", "deadline", "task_quote"}:
            problems.append(f"{wid} actor{k}: keys {sorted(a)}")
        if a.get("role") not in ("chủ trì", "phối hợp", "thường trực", None):
            problems.append(f"{wid} actor{k}: bad role")
        if norm(a.get("name", "")) not in docs.get(src, ""):
            problems.append(f"{wid}: actor name not verbatim: {a.get('name')}")
        if a.get("deadline") and norm(a["deadline"]) not in docs.get(src, ""):
            problems.append(f"{wid}: deadline not verbatim: {a['deadline']}")
        check_quote(f"{wid} actor{k}", src, a.get("task_quote", ""))
    for x in w.get("intruders", []):
        if norm(x) not in docs.get(src, ""):
            problems.append(f"{wid}: intruder not verbatim: {x}")
        if any(norm(x) == norm(a["name"]) for a in w.get("actors", [])):
            problems.append(f"{wid}: intruder also listed as actor: {x}")

if problems:
    print("PROBLEMS (%d):" % len(problems))
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
