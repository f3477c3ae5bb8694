"""Standalone checker for the blind126 evaluation set (prefix nk). Prints OK or the problems (exit 1)."""
import json, os, re, sys, unicodedata, zipfile
from collections import Counter
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "nk"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
ABBR = re.compile(r"(?<![\wÀ-ỹ])(KH|CV|QĐ|BC|TB|CT|HD|UBND|MTTQ|GD&ĐT|KH&CN|HĐND|THCS|TH|CA|BGH|CMHS|PGD|HU|GV|HS|HK|NH|BLHĐ|TC-KH|VH|TN)(?![\wÀ-ỹ])")
problems = []
def bad(msg): problems.append(msg)

def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()

def has_diacritics(s):
    d = unicodedata.normalize("NFD", s)
    return any(unicodedata.category(c) == "Mn" for c in d) or "đ" in s.lower()

def read_docx(path):
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find("w:body", ns)
    out, ntables = [], 0
    def para_text(p):
        return "".join(t.text or "" for t in p.iter("{%s}t" % ns["w"]))
    for el in body:
        tag = el.tag.split("}")[1]
        if tag == "p":
            out.append(para_text(el))
        elif tag == "tbl":
            ntables += 1
            for tr in el.iter("{%s}tr" % ns["w"]):
                cells = []
                for tc in tr.findall("w:tc", ns):
                    cells.append("\n".join(para_text(p) for p in tc.findall("w:p", ns)))
                out.append(" | ".join(cells))
    return "\n".join(out), ntables

def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)

# ---------------------------------------------------------------- documents
files = sorted(f for f in os.listdir(CORPUS) if not f.startswith("."))
raw, texts = {}, {}
if len(files) != 5: bad(f"corpus has {len(files)} files, expected 5")
for i, f in enumerate(files, 1):
    if not re.fullmatch(rf"{PREFIX}0{i}_[a-z0-9_]+\.(txt|md|docx|pdf)", f):
        bad(f"bad file name {f}")
exts = Counter(f.rsplit(".", 1)[1] for f in files)
for e in ("txt", "docx", "pdf"):
    if not exts[e]: bad(f"no .{e} document")
md_table = False
for f in files:
    path = os.path.join(CORPUS, f); ext = f.rsplit(".", 1)[1]
    if ext in ("txt", "md"):
        t = open(path, encoding="utf-8").read()
        if unicodedata.normalize("NFC", t) != t: bad(f"{f}: not NFC")
        if re.search(r"^\s*\|.*\|\s*$\n^\s*\|\s*:?-{3,}", t, re.M): md_table = True
    elif ext == "docx":
        t, nt = read_docx(path)
        if nt < 2: bad(f"{f}: expected a Word table (found {nt} tables incl. header)")
        if unicodedata.normalize("NFC", t) != t: bad(f"{f}: not NFC")
    else:
        t, npages = read_pdf(path)
        if not 2 <= npages <= 4: bad(f"{f}: {npages} pages")
        if len(t.split()) < 100: bad(f"{f}: no text layer")
    raw[f] = t; texts[f] = norm(t)
    w = len(t.split())
    if not 700 <= w <= 1500: bad(f"{f}: {w} words")
    n = texts[f]
    if "đảng cộng sản việt nam" not in n and not ("cộng hòa xã hội chủ nghĩa việt nam" in n and "độc lập - tự do - hạnh phúc" in n):
        bad(f"{f}: motto missing")
    if "số" not in n or "nơi nhận" not in n or "lưu: vt" not in n: bad(f"{f}: header/tail parts missing")
    if "57-nq/tw" in n:
        for line in t.splitlines():
            if "57-NQ/TW" in line and not line.strip().startswith("Căn cứ"): bad(f"{f}: 57-NQ/TW outside a Căn cứ line")
if not md_table: bad("no Markdown table in a .txt/.md document")
hard = [f for f in files if f.endswith(".txt") and
        (lambda ls: len(ls) > 40 and sum(1 for l in ls if 55 <= len(l) <= 80) / len(ls) > 0.6)([l for l in raw[f].splitlines() if l.strip()])]
if not hard: bad("no hard-wrapped .txt document")

def in_doc(src, s):
    return src in texts and norm(s) in texts[src]

# ---------------------------------------------------------------- questions
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids, seen_q, cites = set(), {}, Counter()
for k, q in enumerate(qs):
    qid = q.get("id", "?")
    if qid != f"{PREFIX}{k+1:03d}": bad(f"{qid}: id out of sequence (expected {PREFIX}{k+1:03d})")
    if qid in ids: bad(f"{qid}: duplicate id")
    ids.add(qid)
    nq = norm(q["question"])
    if nq in seen_q: bad(f"{qid}: duplicate question of {seen_q[nq]}")
    seen_q[nq] = qid
    if q.get("kind") not in KINDS: bad(f"{qid}: bad kind {q.get('kind')}")
    if unicodedata.normalize("NFC", q["question"]) != q["question"]: bad(f"{qid}: question not NFC")
    for h in q.get("history", []):
        if norm(h) not in seen_q: bad(f"{qid}: history question not an earlier question: {h}")
    if q["kind"] == "follow-up" and not q.get("history"): bad(f"{qid}: follow-up without history")
    if q["answerable"]:
        if q["kind"] == "unanswerable": bad(f"{qid}: answerable but kind unanswerable")
        ev = q.get("evidence", [])
        if not 1 <= len(ev) <= 3: bad(f"{qid}: {len(ev)} quotes")
        if not 1 <= len(q.get("keywords", [])) <= 3: bad(f"{qid}: {len(q.get('keywords', []))} keywords")
        srcs = set()
        for e in ev:
            s, quote = e["source"], e["quote"]
            if s not in texts: bad(f"{qid}: unknown source {s}"); continue
            srcs.add(s)
            if not 20 <= len(quote) <= 200: bad(f"{qid}: quote length {len(quote)}: {quote[:40]}")
            if not in_doc(s, quote): bad(f"{qid}: quote not verbatim in {s}: {quote}")
            for sent in re.split(r"(?<=[.?!])\s+", quote):
                pass
        for s in srcs: cites[s] += 1
        joined = " ".join(norm(e["quote"]) for e in ev)
        for kw in q.get("keywords", []):
            if norm(kw) not in joined and not any(norm(kw) in texts[s] for s in srcs):
                bad(f"{qid}: keyword not in quotes or cited file: {kw}")
        for a in q.get("actors", []):
            if not any(in_doc(s, a) for s in srcs): bad(f"{qid}: actor not verbatim in cited file: {a}")
        if norm(q["question"]) in " ".join(texts.values()) and len(q["question"]) > 30:
            bad(f"{qid}: question copies a sentence of a document")
    else:
        if q.get("evidence") or q.get("keywords"): bad(f"{qid}: unanswerable with evidence/keywords")
        if q["kind"] not in ("unanswerable",): bad(f"{qid}: unanswerable but kind {q['kind']}")
    if q["kind"] == "who-what" and not q.get("actors"): bad(f"{qid}: who-what without actors")
    if q["kind"] == "no-diacritics" and has_diacritics(q["question"]): bad(f"{qid}: no-diacritics question has diacritics")

n = len(qs)
unans = [q for q in qs if not q["answerable"]]
nodia = [q for q in qs if not has_diacritics(q["question"])]
abbr = [q for q in qs if ABBR.search(q["question"])]
fups = [q for q in qs if q.get("history")]
fups_un = [q for q in fups if not q["answerable"]]
ww = [q for q in qs if q["kind"] == "who-what" and q.get("actors")]
kinds = Counter(q["kind"] for q in qs)
if not 95 <= n <= 125: bad(f"{n} questions (about 105 wanted)")
if len(unans) / n < 0.22: bad(f"unanswerable {len(unans)}/{n} < 22%")
if len(nodia) / n < 0.15: bad(f"no-diacritics {len(nodia)}/{n} < 15%")
if len(abbr) / n < 0.12: bad(f"abbreviations {len(abbr)}/{n} < 12%")
if kinds["abbreviation"] / n < 0.12: bad(f"kind abbreviation {kinds['abbreviation']}/{n} < 12%")
if len(fups) < 15: bad(f"only {len(fups)} follow-ups")
if not 1 <= len(fups_un) <= 2: bad(f"{len(fups_un)} unanswerable follow-ups (want 1-2)")
if len(ww) < 12: bad(f"only {len(ww)} who-what questions with actors")
for k in ("metadata", "list", "corpus"):
    if kinds[k] < 3: bad(f"too few {k} questions")
for f in files:
    if cites[f] < 12: bad(f"{f} cited by only {cites[f]} answerable questions")

# ---------------------------------------------------------------- who_what
wws = [json.loads(l) for l in open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") if l.strip()]
if sorted(w["source"] for w in wws) != files: bad("who_what.jsonl must have one line per document")
for w in wws:
    s = w["source"]; wid = w["id"]
    if s not in texts: bad(f"{wid}: unknown source"); continue
    names = set()
    for a in w["actors"]:
        names.add(norm(a["name"]))
        if not in_doc(s, a["name"]): bad(f"{wid}: actor not verbatim: {a['name']}")
        if a["role"] not in ("chủ trì", "phối hợp", "thường trực", None): bad(f"{wid}: bad role {a['role']}")
        if a["deadline"] is not None and not in_doc(s, a["deadline"]): bad(f"{wid}: deadline not verbatim: {a['deadline']}")
        tq = a["task_quote"]
        if not 20 <= len(tq) <= 200: bad(f"{wid}: task quote length {len(tq)}")
        if not in_doc(s, tq): bad(f"{wid}: task quote not verbatim: {tq}")
    for g in w.get("groups", []):
        if not in_doc(s, g["name"]): bad(f"{wid}: group name not verbatim: {g['name']}")
        for m in g["members"]:
            if not in_doc(s, m): bad(f"{wid}: group member not verbatim: {m}")
    if not 3 <= len(w["intruders"]) <= 6: bad(f"{wid}: {len(w['intruders'])} intruders")
    for it in w["intruders"]:
        if not in_doc(s, it): bad(f"{wid}: intruder not verbatim: {it}")
        if norm(it) in names: bad(f"{wid}: intruder is an actor: {it}")

if problems:
    print("\n".join(problems)); sys.exit(1)
print("OK")
print(f"docs: " + ", ".join(f"{f} ({len(raw[f].split())} words)" for f in files))
print(f"questions {n}; kinds {dict(kinds)}")
print(f"unanswerable {len(unans)} ({len(unans)/n:.1%}); no-diacritics {len(nodia)} ({len(nodia)/n:.1%}); "
      f"abbreviation-bearing {len(abbr)} ({len(abbr)/n:.1%}), kind abbreviation {kinds['abbreviation']} ({kinds['abbreviation']/n:.1%}); "
      f"follow-ups {len(fups)} (unanswerable {len(fups_un)}); who-what with actors {len(ww)}")
print("citations per file: " + ", ".join(f"{f[:4]}={cites[f]}" for f in files))
