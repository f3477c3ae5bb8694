#!/usr/bin/env python3
"""Standalone checker for the blind132 evaluation set (prefix nr). No kg_rag import.
Prints OK or the list of problems (exit 1)."""
import json, os, re, sys, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "nr"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
ABBR = ["KH", "CV", "QĐ", "BC", "TB", "HD", "UBND", "MTTQ", "GD&ĐT", "KH&CN", "HĐND", "THCS", "THPT", "SCT",
        "ĐMTMN", "TKNL", "CTr", "NQ", "TU", "H."]
problems = []


def P(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    try:
        import docx
        d = docx.Document(path)
        out = []
        body = d.element.body
        for child in body.iterchildren():
            tag = child.tag.split("}")[-1]
            if tag == "p":
                out.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
            elif tag == "tbl":
                for tr in child.iter():
                    if not tr.tag.endswith("}tr"):
                        continue
                    cells = []
                    for tc in tr:
                        if not tc.tag.endswith("}tc"):
                            continue
                        paras = []
                        for p in tc.iter():
                            if p.tag.endswith("}p"):
                                paras.append("".join(t.text or "" for t in p.iter() if t.tag.endswith("}t")))
                        cells.append("\n".join(paras))
                    out.append(" | ".join(cells))
        return "\n".join(out)
    except ImportError:  # zip + XML fallback
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:tc>", " | ", xml)
        xml = re.sub(r"</w:p>", "\n", xml)
        return re.sub(r"<[^>]+>", "", xml)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)


# ------------------------------------------------------------------ corpus
docs, raw = {}, {}
files = sorted(os.listdir(CORPUS)) if os.path.isdir(CORPUS) else []
if len(files) != 5:
    P(f"corpus must hold exactly 5 documents, found {len(files)}: {files}")
exts = []
for i, fn in enumerate(files, 1):
    m = re.fullmatch(PREFIX + r"0([1-5])_[a-z0-9_]+\.(txt|md|docx|pdf)", fn)
    if not m:
        P(f"bad file name {fn}")
        continue
    if int(m.group(1)) != i:
        P(f"file numbering not nr01..nr05: {fn}")
    ext = m.group(2); exts.append(ext)
    path = os.path.join(CORPUS, fn)
    if ext in ("txt", "md"):
        text = open(path, encoding="utf-8").read()
    elif ext == "docx":
        text = read_docx(path)
    else:
        text, pages = read_pdf(path)
        if not 2 <= pages <= 4:
            P(f"{fn}: PDF has {pages} pages (need 2-4)")
        if len(text.split()) < 300:
            P(f"{fn}: PDF text layer too thin")
    raw[fn] = text
    if unicodedata.normalize("NFC", text) != text:
        P(f"{fn}: text is not NFC")
    wc = len(text.split())
    if not 700 <= wc <= 1500:
        P(f"{fn}: {wc} words (need 700-1500)")
    n = norm(text)
    docs[fn] = n
    if not (("cộng hòa xã hội chủ nghĩa việt nam" in n and "độc lập - tự do - hạnh phúc" in n) or "đảng cộng sản việt nam" in n):
        P(f"{fn}: motto missing")
    if not re.search(r"số:? ?\d+[-/]", n):
        P(f"{fn}: number and symbol missing")
    if "nơi nhận" not in n or "lưu" not in n:
        P(f"{fn}: Nơi nhận / Lưu tail missing")
    for line in text.splitlines():
        if "57-NQ/TW" in line and not line.strip().startswith("Căn cứ"):
            P(f"{fn}: 57-NQ/TW outside a Căn cứ line")
for need in ("txt", "docx", "pdf"):
    if need not in exts:
        P(f"no .{need} document")
# markdown table in a txt/md
md_table = False
wrapped = False
for fn, text in raw.items():
    if not fn.endswith((".txt", ".md")):
        continue
    lines = text.splitlines()
    for a, b in zip(lines, lines[1:]):
        if re.match(r"^\s*\|.*\|\s*$", a) and re.match(r"^\s*\|[\s:\-|]+\|\s*$", b):
            md_table = True
    nonempty = [l for l in lines if l.strip()]
    if nonempty and sum(len(l) <= 80 for l in nonempty) / len(nonempty) >= 0.97 \
            and sum(60 <= len(l) <= 80 for l in nonempty) >= 25:
        wrapped = True
if not md_table:
    P("no Markdown table in a .txt/.md document")
if not wrapped:
    P("no document hard-wrapped at 60-80 characters")
for fn in raw:
    if fn.endswith(".docx"):
        import docx as _d
        tabs = _d.Document(os.path.join(CORPUS, fn)).tables
        if not any(len(t.rows) >= 3 for t in tabs):
            P(f"{fn}: no Word data table")

# ------------------------------------------------------------------ questions
def check_quote(q, where, src):
    nq = norm(q)
    if not 20 <= len(nq) <= 200:
        P(f"{where}: quote length {len(nq)} not in 20-200: {q[:60]}")
    if src not in docs:
        P(f"{where}: unknown source {src}")
    elif nq not in docs[src]:
        P(f"{where}: quote not verbatim in {src}: {q[:80]}")


qs = []
try:
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if line.strip():
                if unicodedata.normalize("NFC", line) != line:
                    P(f"questions.jsonl line {ln} not NFC")
                qs.append(json.loads(line))
except Exception as e:
    P(f"questions.jsonl unreadable: {e}")
seen_ids, seen_q, earlier = set(), set(), []
cite = {fn: 0 for fn in docs}
stats = dict(unans=0, nodia=0, abbr=0, follow=0, follow_un=0, whowhat=0)
kinds = {}
for i, d in enumerate(qs, 1):
    qid = d.get("id")
    where = f"{qid}"
    if qid != f"{PREFIX}{i:03d}":
        P(f"{where}: id out of sequence (expected {PREFIX}{i:03d})")
    if qid in seen_ids:
        P(f"{where}: duplicate id")
    seen_ids.add(qid)
    q = d.get("question", "")
    if norm(q) in seen_q:
        P(f"{where}: duplicate question")
    seen_q.add(norm(q))
    k = d.get("kind")
    kinds[k] = kinds.get(k, 0) + 1
    if k not in KINDS:
        P(f"{where}: bad kind {k}")
    ans = d.get("answerable")
    ev, kw = d.get("evidence", []), d.get("keywords", [])
    if "57-NQ/TW" in json.dumps(d, ensure_ascii=False):
        P(f"{where}: mentions 57-NQ/TW")
    for s in docs.values():
        if len(norm(q)) > 40 and norm(q) in s:
            P(f"{where}: question copies a document sentence")
    if ans is True:
        if not 1 <= len(ev) <= 3:
            P(f"{where}: need 1-3 evidence quotes")
        if not 1 <= len(kw) <= 3:
            P(f"{where}: need 1-3 keywords")
        srcs = set()
        for e in ev:
            check_quote(e.get("quote", ""), where, e.get("source"))
            srcs.add(e.get("source"))
        for s in srcs:
            if s in cite:
                cite[s] += 1
        quotes = " ".join(norm(e.get("quote", "")) for e in ev)
        for w in kw:
            if norm(w) not in quotes and not any(norm(w) in docs.get(s, "") for s in srcs):
                P(f"{where}: keyword not in quotes or cited file: {w}")
        for a in d.get("actors", []) or []:
            if not any(norm(a) in docs.get(s, "") for s in srcs):
                P(f"{where}: actor not verbatim in cited file: {a}")
        if k == "unanswerable":
            P(f"{where}: answerable question with kind unanswerable")
    elif ans is False:
        stats["unans"] += 1
        if ev or kw:
            P(f"{where}: unanswerable must have empty evidence and keywords")
        if k not in ("unanswerable", "follow-up"):
            P(f"{where}: unanswerable question with kind {k}")
    else:
        P(f"{where}: answerable must be true/false")
    h = d.get("history")
    if h is not None:
        stats["follow"] += 1
        if ans is False:
            stats["follow_un"] += 1
        if not h:
            P(f"{where}: empty history")
        for hq in h:
            if hq not in earlier:
                P(f"{where}: history question not an earlier question: {hq[:60]}")
        if k != "follow-up":
            P(f"{where}: question with history should be kind follow-up")
    elif k == "follow-up":
        P(f"{where}: follow-up without history")
    if all(ord(c) < 128 for c in q):
        stats["nodia"] += 1
    elif k == "no-diacritics":
        P(f"{where}: kind no-diacritics but has diacritics")
    if any(re.search(r"(?<![\wĐđ])" + re.escape(t) + r"(?![\wĐđ])", q) for t in ABBR):
        stats["abbr"] += 1
    elif k == "abbreviation":
        P(f"{where}: kind abbreviation but no abbreviation found")
    if d.get("actors"):
        stats["whowhat"] += 1
    elif k == "who-what":
        P(f"{where}: who-what without actors")
    earlier.append(q)

n = len(qs)
if not 95 <= n <= 115:
    P(f"{n} questions (about 105 expected)")
if n:
    if stats["unans"] / n < 0.22: P(f"unanswerable {stats['unans']}/{n} < 22%")
    if stats["nodia"] / n < 0.15: P(f"no-diacritics {stats['nodia']}/{n} < 15%")
    if stats["abbr"] / n < 0.12: P(f"abbreviations {stats['abbr']}/{n} < 12%")
if stats["follow"] < 15: P(f"only {stats['follow']} follow-ups")
if not 1 <= stats["follow_un"] <= 2: P(f"{stats['follow_un']} unanswerable follow-ups (need 1-2)")
if stats["whowhat"] < 12: P(f"only {stats['whowhat']} who-what questions with actors")
for k in ("metadata", "list", "corpus"):
    if kinds.get(k, 0) < 2: P(f"too few {k} questions")
for fn, c in cite.items():
    if c < 12: P(f"{fn} cited by only {c} answerable questions")

# ------------------------------------------------------------------ who_what
ww = []
try:
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as f:
        ww = [json.loads(l) for l in f if l.strip()]
except Exception as e:
    P(f"who_what.jsonl unreadable: {e}")
if sorted(w.get("source") for w in ww) != sorted(docs):
    P("who_what.jsonl must have exactly one line per document")
for i, w in enumerate(ww, 1):
    wid = w.get("id")
    if wid != f"w{PREFIX}{i:02d}":
        P(f"{wid}: bad who_what id")
    src = w.get("source"); text = docs.get(src, "")
    names = set()
    if not w.get("actors"):
        P(f"{wid}: no actors")
    for a in w.get("actors", []):
        nm = a.get("name", "")
        names.add(norm(nm))
        if norm(nm) not in text: P(f"{wid}: actor name not verbatim: {nm}")
        if a.get("role") not in ("chủ trì", "phối hợp", "thường trực", None):
            P(f"{wid}: bad role {a.get('role')}")
        dl = a.get("deadline")
        if dl is not None and norm(dl) not in text: P(f"{wid}: deadline not verbatim: {dl}")
        tq = a.get("task_quote", "")
        if not 20 <= len(norm(tq)) <= 200: P(f"{wid}: task_quote length bad: {tq[:50]}")
        if norm(tq) not in text: P(f"{wid}: task_quote not verbatim: {tq[:70]}")
    for g in w.get("groups", []):
        if norm(g.get("name", "")) not in text: P(f"{wid}: group name not verbatim: {g.get('name')}")
        for m in g.get("members", []):
            if norm(m) not in text: P(f"{wid}: group member not verbatim: {m}")
    intr = w.get("intruders", [])
    if not 3 <= len(intr) <= 6: P(f"{wid}: need 3-6 intruders")
    for s in intr:
        if norm(s) not in text: P(f"{wid}: intruder not verbatim: {s}")
        if norm(s) in names: P(f"{wid}: intruder is also an actor: {s}")

if problems:
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1)
print(f"questions={n} unanswerable={stats['unans']} ({stats['unans']/n:.1%}) no-diacritics={stats['nodia']} "
      f"({stats['nodia']/n:.1%}) abbreviations={stats['abbr']} ({stats['abbr']/n:.1%}) follow-ups={stats['follow']} "
      f"(unanswerable {stats['follow_un']}) who-what-with-actors={stats['whowhat']}")
print("kinds:", json.dumps(kinds, ensure_ascii=False))
print("citations per file:", json.dumps(cite, ensure_ascii=False))
print("words:", {fn: len(raw[fn].split()) for fn in raw})
print("OK")
