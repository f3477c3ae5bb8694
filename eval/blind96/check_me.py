#!/usr/bin/env python3
"""Standalone checker for the blind96 evaluation set (prefix "me"). Prints OK or the problems (exit 1)."""
import json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "me"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = ["KH", "CV", "QĐ", "BC", "TB", "HD", "HDLN", "UBND", "MTTQ", "GD&ĐT", "GDĐT", "KH&CN", "HĐND",
        "THCS", "TH", "MN", "PGD", "PGDĐT", "ATTP", "TTYT", "TYT", "CT", "HU", "BTV", "LHPN", "CA"]
problems = []


def P(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def words(t):
    return len([w for w in t.split() if re.search(r"\w", w)])


# ------------------------------------------------------------------ documents
def docx_text(path):
    """Body paragraphs and tables in document order (python-docx if present, else zip+XML)."""
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    out, ntables = [], 0

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(W + "t"))

    for el in body:
        if el.tag == W + "p":
            out.append(ptext(el))
        elif el.tag == W + "tbl":
            ntables += 1
            for tr in el.iter(W + "tr"):
                cells = [" ".join(ptext(p) for p in tc.iter(W + "p")) for tc in tr.findall(W + "tc")]
                out.append(" | ".join(cells))
    return "\n".join(out), ntables


def pdf_text(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)


docs, raw = {}, {}
files = sorted(os.listdir(CORPUS)) if os.path.isdir(CORPUS) else []
if len(files) != 5:
    P(f"corpus must hold exactly 5 files, has {len(files)}: {files}")
seen_nums = []
for f in files:
    m = re.fullmatch(PREFIX + r"0([1-5])_[a-z0-9]+(?:_[a-z0-9]+)*\.(txt|md|docx|pdf)", f)
    if not m:
        P(f"bad file name {f}")
        continue
    seen_nums.append(m.group(1))
    path = os.path.join(CORPUS, f)
    ext = m.group(2)
    if ext in ("txt", "md"):
        t = open(path, encoding="utf-8").read()
        if t != unicodedata.normalize("NFC", t):
            P(f"{f}: not NFC")
    elif ext == "docx":
        t, nt = docx_text(path)
        if nt < 1:
            P(f"{f}: docx has no Word table")
        if t != unicodedata.normalize("NFC", t):
            P(f"{f}: not NFC")
    else:
        t, npages = pdf_text(path)
        if not 2 <= npages <= 4:
            P(f"{f}: PDF has {npages} pages, need 2-4")
        if words(t) < 100:
            P(f"{f}: PDF has no real text layer")
    raw[f] = t
    docs[f] = norm(t)
    n = words(t)
    if not 700 <= n <= 1500:
        P(f"{f}: {n} words, need 700-1500")
if sorted(seen_nums) != ["1", "2", "3", "4", "5"]:
    P(f"file numbers must be {PREFIX}01..{PREFIX}05, got {seen_nums}")
exts = [f.rsplit(".", 1)[1] for f in docs]
for need in ("txt", "docx", "pdf"):
    if need not in exts:
        P(f"no .{need} document")
if exts.count("docx") != 1 or exts.count("pdf") != 1:
    P("exactly one .docx and one .pdf expected (the others .txt/.md)")

md_table = False
hard_wrapped = False
for f, t in raw.items():
    d = docs[f]
    state = "cộng hòa xã hội chủ nghĩa việt nam" in d and "độc lập - tự do - hạnh phúc" in d
    party = "đảng cộng sản việt nam" in d
    if not (state or party):
        P(f"{f}: no motto in header")
    if not re.search(r"số:? ?\d+[/-]", d):
        P(f"{f}: no number and symbol (Số ...)")
    if "nơi nhận" not in d or "lưu" not in d:
        P(f"{f}: no 'Nơi nhận' / 'Lưu' tail")
    if not re.search(r"ngày \d{1,2} tháng \d{1,2} năm 20\d\d", d):
        P(f"{f}: no place/date line")
    for line in t.split("\n"):
        if "57-NQ/TW" in line and not line.strip().lower().startswith("căn cứ"):
            P(f"{f}: 57-NQ/TW outside a 'Căn cứ' line")
    if f.endswith((".txt", ".md")):
        lines = t.split("\n")
        for i in range(len(lines) - 1):
            if lines[i].strip().startswith("|") and lines[i].count("|") >= 3 and \
                    re.fullmatch(r"\s*\|[\s:|-]+\|\s*", lines[i + 1]) and "-" in lines[i + 1]:
                md_table = True
        long_lines = [l for l in lines if len(l.strip()) > 40]
        if long_lines and max(len(l) for l in lines) <= 80 and \
                sum(60 <= len(l) <= 80 for l in long_lines) / len(long_lines) >= 0.7:
            hard_wrapped = True
if not md_table:
    P("no Markdown table in a .txt/.md document")
if not hard_wrapped:
    P("no document hard-wrapped at 60-80 characters")
n_can_cu = sum("căn cứ" in d for d in docs.values())
if n_can_cu < 2:
    P("fewer than 2 documents with 'Căn cứ' lines")


def in_doc(s, f):
    return f in docs and norm(s) in docs[f]


def in_any(s):
    return any(norm(s) in d for d in docs.values())


# ------------------------------------------------------------------ questions
qpath = os.path.join(HERE, "questions.jsonl")
qs = []
try:
    for i, line in enumerate(open(qpath, encoding="utf-8")):
        if line.strip():
            try:
                qs.append(json.loads(line))
            except Exception as e:
                P(f"questions.jsonl line {i+1}: bad JSON {e}")
except FileNotFoundError:
    P("questions.jsonl missing")

ids, texts, earlier = set(), set(), []
cited = {f: 0 for f in docs}
cnt = {k: 0 for k in KINDS}
n_unans = n_ascii = n_follow = n_follow_unans = n_ww = 0
for i, q in enumerate(qs):
    qid = q.get("id")
    where = f"{qid}"
    if qid != f"{PREFIX}{i+1:03d}":
        P(f"{where}: id out of sequence (expected {PREFIX}{i+1:03d})")
    if qid in ids:
        P(f"{where}: duplicate id")
    ids.add(qid)
    text = q.get("question", "")
    if not text.strip():
        P(f"{where}: empty question")
    if norm(text) in texts:
        P(f"{where}: duplicate question text")
    texts.add(norm(text))
    if text != unicodedata.normalize("NFC", text):
        P(f"{where}: question not NFC")
    kind = q.get("kind")
    if kind not in KINDS:
        P(f"{where}: bad kind {kind}")
    else:
        cnt[kind] += 1
    ans = q.get("answerable")
    if not isinstance(ans, bool):
        P(f"{where}: answerable must be true/false")
    ev, kw = q.get("evidence"), q.get("keywords")
    is_ascii = all(ord(c) < 128 for c in text)
    n_ascii += is_ascii
    if kind == "no-diacritics" and not is_ascii:
        P(f"{where}: no-diacritics question has diacritics")
    if kind == "abbreviation":
        toks = set(re.findall(r"[A-ZĐ&]{2,}", text))
        if not toks & set(ABBR):
            P(f"{where}: abbreviation question has no known abbreviation")
    if kind == "unanswerable" and ans:
        P(f"{where}: kind unanswerable but answerable true")
    # a document's text copied as the question
    if len(norm(text)) > 40 and in_any(text.rstrip("?").strip()):
        P(f"{where}: question copies a sentence of a document")
    if ans is False:
        n_unans += 1
        if ev != [] or kw != []:
            P(f"{where}: unanswerable needs empty evidence and keywords")
    elif ans is True:
        if not isinstance(ev, list) or not 1 <= len(ev) <= 3:
            P(f"{where}: need 1-3 evidence quotes")
            ev = ev if isinstance(ev, list) else []
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                P(f"{where}: unknown source {src}")
                continue
            srcs.add(src)
            if not 20 <= len(quote) <= 200:
                P(f"{where}: quote length {len(quote)} not in 20-200: {quote[:50]!r}")
            if not in_doc(quote, src):
                P(f"{where}: quote not verbatim in {src}: {quote!r}")
        for s in srcs:
            cited[s] += 1
        if not isinstance(kw, list) or not 1 <= len(kw) <= 3:
            P(f"{where}: need 1-3 keywords")
            kw = kw if isinstance(kw, list) else []
        for k in kw:
            inq = any(norm(k) in norm(e.get("quote", "")) for e in ev)
            inf = any(in_doc(k, e.get("source")) for e in ev)
            if not (inq or inf):
                P(f"{where}: keyword {k!r} not in its quotes or cited files")
            elif not inq:
                P(f"{where}: keyword {k!r} only in the cited file, not in a quote")
    hist = q.get("history")
    if hist is not None:
        if not isinstance(hist, list) or not hist:
            P(f"{where}: history must be a non-empty list")
        else:
            for h in hist:
                if h not in earlier:
                    P(f"{where}: history question is not an earlier question: {h!r}")
            n_follow += 1
            n_follow_unans += ans is False
    if kind == "follow-up" and not hist:
        P(f"{where}: follow-up without history")
    acts = q.get("actors")
    if acts is not None:
        srcs = [e.get("source") for e in (ev or [])]
        for a in acts:
            ok = any(in_doc(a, s) for s in srcs) if srcs else in_any(a)
            if not ok:
                P(f"{where}: actor not verbatim in the cited text: {a!r}")
        if kind == "who-what" and acts:
            n_ww += 1
    elif kind == "who-what":
        P(f"{where}: who-what question without actors")
    earlier.append(text)

N = len(qs) or 1
if not 95 <= len(qs) <= 115:
    P(f"{len(qs)} questions, about 105 expected")
if n_unans / N < 0.22:
    P(f"unanswerable {n_unans}/{N} < 22%")
if n_ascii / N < 0.15 or cnt["no-diacritics"] / N < 0.15:
    P(f"no-diacritics: {cnt['no-diacritics']} by kind, {n_ascii} ascii of {N} (< 15%)")
if cnt["abbreviation"] / N < 0.12:
    P(f"abbreviation {cnt['abbreviation']}/{N} < 12%")
if n_follow < 15:
    P(f"follow-ups with history {n_follow} < 15")
if not 1 <= n_follow_unans <= 2:
    P(f"unanswerable follow-ups {n_follow_unans}, need 1-2")
if n_ww < 12:
    P(f"who-what with actors {n_ww} < 12")
for k in ("metadata", "list", "corpus", "factoid"):
    if cnt[k] < 3:
        P(f"only {cnt[k]} {k} questions")
for f, c in cited.items():
    if c < 12:
        P(f"{f} cited by {c} answerable questions (< 12)")

# ------------------------------------------------------------------ who_what
wpath = os.path.join(HERE, "who_what.jsonl")
ww = []
try:
    ww = [json.loads(l) for l in open(wpath, encoding="utf-8") if l.strip()]
except FileNotFoundError:
    P("who_what.jsonl missing")
except Exception as e:
    P(f"who_what.jsonl bad JSON {e}")
if len(ww) != len(docs):
    P(f"who_what.jsonl has {len(ww)} lines, one per document ({len(docs)}) expected")
wsrc = set()
for i, w in enumerate(ww):
    wid, src = w.get("id"), w.get("source")
    if wid != f"w{PREFIX}{i+1:02d}":
        P(f"who_what line {i+1}: id {wid} (expected w{PREFIX}{i+1:02d})")
    if src not in docs:
        P(f"{wid}: unknown source {src}")
        continue
    wsrc.add(src)
    if not w.get("directive"):
        P(f"{wid}: no directive")
    actors = w.get("actors") or []
    if not actors:
        P(f"{wid}: no actors")
    names = []
    for a in actors:
        nm = a.get("name", "")
        names.append(norm(nm))
        if not in_doc(nm, src):
            P(f"{wid}: actor name not verbatim: {nm!r}")
        if a.get("role") not in ROLES:
            P(f"{wid}: bad role {a.get('role')!r} for {nm}")
        dl = a.get("deadline")
        if dl is not None and not in_doc(dl, src):
            P(f"{wid}: deadline not verbatim: {dl!r}")
        tq = a.get("task_quote", "")
        if not 20 <= len(tq) <= 200:
            P(f"{wid}: task_quote length {len(tq)} for {nm}")
        if not in_doc(tq, src):
            P(f"{wid}: task_quote not verbatim: {tq!r}")
    for g in w.get("groups") or []:
        if not in_doc(g.get("name", ""), src):
            P(f"{wid}: group name not verbatim: {g.get('name')!r}")
        if not g.get("members"):
            P(f"{wid}: group {g.get('name')!r} without members")
        for m in g.get("members") or []:
            if not in_doc(m, src):
                P(f"{wid}: group member not verbatim: {m!r}")
    intr = w.get("intruders") or []
    if not 3 <= len(intr) <= 6:
        P(f"{wid}: {len(intr)} intruders, need 3-6")
    for x in intr:
        if not in_doc(x, src):
            P(f"{wid}: intruder not verbatim: {x!r}")
        nx = norm(x)
        for nm in names:
            if nx == nm or nx in nm or nm in nx:
                P(f"{wid}: intruder {x!r} overlaps actor {nm!r}")
if wsrc != set(docs):
    P(f"who_what does not cover every document: missing {set(docs) - wsrc}")

if problems:
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print(f"OK ({len(qs)} questions: " + ", ".join(f"{k} {v}" for k, v in sorted(cnt.items())) +
      f"; unanswerable {n_unans} = {100*n_unans/N:.1f}%, ascii {n_ascii} = {100*n_ascii/N:.1f}%, "
      f"abbreviation {100*cnt['abbreviation']/N:.1f}%, follow-ups {n_follow} ({n_follow_unans} unanswerable), "
      f"who-what with actors {n_ww}; cited: " + ", ".join(f"{f[:4]} {c}" for f, c in sorted(cited.items())) + ")")
