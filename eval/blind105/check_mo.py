"""Standalone checker for eval set blind105 (prefix mo). Prints OK or the problems (exit 1)."""
import json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
P = []  # problems


def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):  # all paragraphs, including those in table cells
        buf = []
        for el in p.iter():
            if el.tag == W + "t": buf.append(el.text or "")
            elif el.tag in (W + "br", W + "cr", W + "tab"): buf.append("\n")
        out.append("".join(buf))
    return "\n".join(out)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(pg.extract_text() or "" for pg in r.pages), len(r.pages)


# ---------------------------------------------------------------- documents
files = sorted(os.listdir(CORPUS))
raw, text = {}, {}
if len(files) != 5:
    P.append(f"corpus has {len(files)} files, need 5")
for i, fn in enumerate(files, 1):
    if not re.fullmatch(rf"mo0{i}_[a-z0-9_]+\.(txt|md|docx|pdf)", fn):
        P.append(f"bad file name {fn}")
    path = os.path.join(CORPUS, fn)
    ext = fn.rsplit(".", 1)[-1]
    if ext in ("txt", "md"):
        t = open(path, encoding="utf-8").read()
        if unicodedata.normalize("NFC", t) != t:
            P.append(f"{fn}: not NFC")
    elif ext == "docx":
        t = read_docx(path)
        if "<w:tbl>" not in zipfile.ZipFile(path).read("word/document.xml").decode("utf-8"):
            P.append(f"{fn}: no Word table")
    else:
        t, pages = read_pdf(path)
        if not 2 <= pages <= 4:
            P.append(f"{fn}: {pages} pages, need 2-4")
    raw[fn], text[fn] = t, norm(t)
    nw = len(t.split())
    if not 700 <= nw <= 1500:
        P.append(f"{fn}: {nw} words, need 700-1500")
    n = text[fn]
    if not ("cộng hòa xã hội chủ nghĩa việt nam" in n and "độc lập - tự do - hạnh phúc" in n) and "đảng cộng sản việt nam" not in n:
        P.append(f"{fn}: motto missing")
    if not re.search(r"số:? ?\d+", n):
        P.append(f"{fn}: number 'Số: …' missing")
    if "nơi nhận" not in n or "lưu: vt" not in n:
        P.append(f"{fn}: 'Nơi nhận' / 'Lưu: VT' tail missing")
exts = [f.rsplit(".", 1)[-1] for f in files]
for need in ("txt", "docx", "pdf"):
    if need not in exts:
        P.append(f"no .{need} document")
if exts.count("docx") != 1 or exts.count("pdf") != 1:
    P.append("need exactly one .docx and one .pdf; others .txt/.md")
md_table = any(re.search(r"^\|.*\|\s*\n\|[\s:|-]*---", raw[f], re.M) for f in files if f.endswith((".txt", ".md")))
if not md_table:
    P.append("no Markdown table in a .txt/.md document")
wrapped = False
for f in files:
    if f.endswith((".txt", ".md")):
        lines = [l for l in raw[f].split("\n") if l.strip()]
        if lines and sum(60 <= len(l) <= 80 for l in lines) / len(lines) > 0.6 and max(len(l) for l in lines) <= 80:
            wrapped = True
if not wrapped:
    P.append("no document hard-wrapped at 60-80 characters")


def in_doc(fn, s):
    return fn in text and norm(s) in text[fn]


def quote_ok(where, fn, qt):
    if fn not in text:
        P.append(f"{where}: unknown source {fn}"); return False
    if not 20 <= len(qt) <= 200:
        P.append(f"{where}: quote length {len(qt)} not in 20-200: {qt[:50]}")
    if not in_doc(fn, qt):
        P.append(f"{where}: quote not verbatim in {fn}: {qt[:70]}"); return False
    return True


# ---------------------------------------------------------------- questions
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
ABBR = re.compile(r"\b(KH|CV|QĐ|BC|TB|HD|UBND|MTTQ|GD&ĐT|GD|KH&CN|HĐND|THCS|TH|HS|GV|SĐT|sdt|qd|cv|bc|tb|kh|gv|hs|mttq|gd|th)\b")
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids, texts, seen, cites = set(), set(), [], {f: 0 for f in files}
for k, d in enumerate(qs, 1):
    qid = d.get("id")
    w = qid or f"line {k}"
    if qid != f"mo{k:03d}":
        P.append(f"{w}: id should be mo{k:03d}")
    if qid in ids: P.append(f"{w}: duplicate id")
    ids.add(qid)
    qt = d.get("question", "")
    if norm(qt) in texts: P.append(f"{w}: duplicate question")
    texts.add(norm(qt))
    if d.get("kind") not in KINDS: P.append(f"{w}: bad kind {d.get('kind')}")
    for h in d.get("history", []):
        if h not in seen: P.append(f"{w}: history question not an earlier question: {h}")
    ev, kw = d.get("evidence", []), d.get("keywords", [])
    if d.get("answerable"):
        if not 1 <= len(ev) <= 3: P.append(f"{w}: needs 1-3 quotes")
        if not 1 <= len(kw) <= 3: P.append(f"{w}: needs 1-3 keywords")
        srcs = set()
        for e in ev:
            if quote_ok(w, e["source"], e["quote"]): srcs.add(e["source"])
            # a whole sentence of the document must not be the question
        for s in srcs: cites[s] += 1
        qn = " ".join(norm(e["quote"]) for e in ev)
        for x in kw:
            if norm(x) not in qn and not any(in_doc(s, x) for s in srcs):
                P.append(f"{w}: keyword not in quotes/cited file: {x}")
        for a in d.get("actors", []):
            if not any(in_doc(s, a) for s in srcs): P.append(f"{w}: actor not verbatim in cited file: {a}")
        if len(norm(qt)) > 30 and any(norm(qt).rstrip("?") in text[f] for f in files):
            P.append(f"{w}: question copies document text")
    else:
        if ev or kw: P.append(f"{w}: unanswerable must have empty evidence/keywords")
        for a in d.get("actors", []):
            if not any(in_doc(f, a) for f in files): P.append(f"{w}: actor not in any document: {a}")
    if d.get("kind") == "no-diacritics" and not qt.isascii(): P.append(f"{w}: kind no-diacritics but has diacritics")
    if d.get("kind") == "who-what" and not d.get("actors"): P.append(f"{w}: who-what without actors")
    if d.get("kind") == "follow-up" and not d.get("history"): P.append(f"{w}: follow-up without history")
    seen.append(qt)

n = len(qs)
un = [d for d in qs if not d.get("answerable")]
nodia = [d for d in qs if d["question"].isascii()]
abbr = [d for d in qs if ABBR.search(d["question"])]
fol = [d for d in qs if d.get("history")]
ww = [d for d in qs if d.get("kind") == "who-what" and d.get("actors")]
stats = dict(total=n, unanswerable=len(un), no_diacritics=len(nodia), abbreviation=len(abbr), follow_up=len(fol),
             follow_up_unanswerable=sum(1 for d in fol if not d.get("answerable")), who_what=len(ww),
             metadata=sum(d["kind"] == "metadata" for d in qs), list=sum(d["kind"] == "list" for d in qs),
             corpus=sum(d["kind"] == "corpus" for d in qs))
if not 95 <= n <= 115: P.append(f"{n} questions, want about 105")
if len(un) < 0.22 * n: P.append(f"unanswerable {len(un)}/{n} < 22%")
if len(nodia) < 0.15 * n: P.append(f"no-diacritics {len(nodia)}/{n} < 15%")
if len(abbr) < 0.12 * n: P.append(f"abbreviation {len(abbr)}/{n} < 12%")
if len(fol) < 15: P.append(f"only {len(fol)} follow-ups")
if not 1 <= stats["follow_up_unanswerable"] <= 2: P.append("need 1-2 unanswerable follow-ups")
if len(ww) < 12: P.append(f"only {len(ww)} who-what with actors")
for k in ("metadata", "list", "corpus"):
    if stats[k] < 3: P.append(f"too few {k} questions")
for f, c in cites.items():
    if c < 12: P.append(f"{f} cited by only {c} answerable questions")

# ---------------------------------------------------------------- who_what
ww_lines = [json.loads(l) for l in open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") if l.strip()]
if sorted(x["source"] for x in ww_lines) != files: P.append("who_what.jsonl must have one line per document")
for x in ww_lines:
    w, f = x.get("id"), x.get("source")
    if f not in text: P.append(f"{w}: unknown source"); continue
    names = set()
    for a in x.get("actors", []):
        names.add(norm(a["name"]))
        if not in_doc(f, a["name"]): P.append(f"{w}: actor not verbatim: {a['name']}")
        if a.get("role") not in ("chủ trì", "phối hợp", "thường trực", None): P.append(f"{w}: bad role {a.get('role')}")
        if a.get("deadline") and not in_doc(f, a["deadline"]): P.append(f"{w}: deadline not verbatim: {a['deadline']}")
        quote_ok(w, f, a.get("task_quote", ""))
    for g in x.get("groups", []):
        if not in_doc(f, g["name"]): P.append(f"{w}: group name not verbatim: {g['name']}")
        for m in g["members"]:
            if not in_doc(f, m): P.append(f"{w}: group member not verbatim: {m}")
    intr = x.get("intruders", [])
    if not 3 <= len(intr) <= 6: P.append(f"{w}: need 3-6 intruders")
    for s in intr:
        if not in_doc(f, s): P.append(f"{w}: intruder not verbatim: {s}")
        if norm(s) in names: P.append(f"{w}: intruder is also an actor: {s}")

print(json.dumps(stats, ensure_ascii=False))
print("citations per file:", json.dumps(cites, ensure_ascii=False))
if P:
    print("\n".join(P)); sys.exit(1)
print("OK")
