#!/usr/bin/env python3
"""Standalone checker for the blind112 evaluation set (prefix mv). Prints OK or the problems (exit 1)."""
import json, os, re, sys, unicodedata, zipfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "mv"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = re.compile(r"(?<![\w])(KH|CV|QĐ|BC|TB|HD|HĐ|UBND|UB|MTTQ|GD&ĐT|KH&CN|HĐND|THCS|THPT|NCT|CTr|ĐU|TV|XHH|VH-XH|TTB)(?![\w])")
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
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                out.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
            elif tag == "tbl":
                for tr in child.iter():
                    if tr.tag.endswith("}tc"):
                        out.append("".join(t.text or "" for t in tr.iter() if t.tag.endswith("}t")))
        ntables = len(d.tables)
        return "\n".join(out), ntables
    except ImportError:
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>|</w:tc>", "\n", xml)
        return re.sub(r"<[^>]+>", "", xml), xml.count("<w:tbl>")


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)


# ------------------------------------------------------------ documents
files = sorted(f for f in os.listdir(CORPUS) if not f.startswith("."))
if len(files) != 5:
    P(f"corpus must hold exactly 5 files, found {len(files)}: {files}")
name_re = re.compile(rf"^{PREFIX}0([1-5])_[a-z0-9]+(_[a-z0-9]+)*\.(txt|md|docx|pdf)$")
nums = []
for f in files:
    m = name_re.match(f)
    if not m:
        P(f"bad file name: {f}")
    else:
        nums.append(m.group(1))
if sorted(nums) != ["1", "2", "3", "4", "5"]:
    P(f"file numbers must be {PREFIX}01..{PREFIX}05 once each, got {sorted(nums)}")
exts = Counter(f.rsplit(".", 1)[-1] for f in files)
for e in ("txt", "docx", "pdf"):
    if exts[e] < 1:
        P(f"need at least one .{e} file")
if exts["docx"] > 1 or exts["pdf"] > 1:
    P("only one .docx and one .pdf expected; the others .txt or .md")

RAW, NORM = {}, {}
md_table = False
hard_wrapped = False
for f in files:
    path = os.path.join(CORPUS, f)
    ext = f.rsplit(".", 1)[-1]
    if ext in ("txt", "md"):
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        if unicodedata.normalize("NFC", text) != text:
            P(f"{f}: not NFC")
        lines = text.split("\n")
        if any(re.match(r"^\s*\|.*\|\s*$", l) for l in lines) and any(re.match(r"^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$", l) for l in lines):
            md_table = True
        body = [l for l in lines if l.strip() and not l.strip().startswith("|")]
        if body and max(len(l) for l in body) <= 80 and sum(1 for l in body if len(l) >= 45) >= 30:
            hard_wrapped = True
    elif ext == "docx":
        text, ntab = read_docx(path)
        if ntab < 2:  # header table + task table
            P(f"{f}: expected a Word task table (found {ntab} tables)")
        if unicodedata.normalize("NFC", text) != text:
            P(f"{f}: not NFC")
    else:
        text, pages = read_pdf(path)
        if not 2 <= pages <= 4:
            P(f"{f}: PDF has {pages} pages, need 2-4")
        if len(text.split()) < 100:
            P(f"{f}: PDF text layer missing")
        if unicodedata.normalize("NFC", text) != text:
            P(f"{f}: PDF text not NFC")
    RAW[f], NORM[f] = text, norm(text)
    wc = len(text.split())
    if not 700 <= wc <= 1500:
        P(f"{f}: {wc} words, need 700-1500")
    n = NORM[f]
    state = "cộng hòa xã hội chủ nghĩa việt nam" in n and "độc lập - tự do - hạnh phúc" in n
    party = "đảng cộng sản việt nam" in n
    if not (state or party):
        P(f"{f}: motto missing")
    if not re.search(r"số:? ?\d+ ?[-/]", n):
        P(f"{f}: number and symbol missing")
    if "nơi nhận" not in n or "lưu: vt" not in n:
        P(f"{f}: tail (Nơi nhận / Lưu: VT) missing")
    if "căn cứ" not in n and "thực hiện" not in n and "phúc đáp" not in n:
        P(f"{f}: no Căn cứ / Thực hiện basis")
    for line in text.split("\n"):
        if "57-NQ/TW" in line and "Căn cứ" not in line:
            P(f"{f}: 57-NQ/TW outside a Căn cứ line")
if not md_table:
    P("no Markdown table in a .txt/.md file")
if not hard_wrapped:
    P("no hard-wrapped .txt/.md document (lines <= 80 chars)")


def in_doc(src, s):
    return src in NORM and norm(s) in NORM[src]


def in_any(s):
    return any(norm(s) in v for v in NORM.values())


# ------------------------------------------------------------ questions
qpath = os.path.join(HERE, "questions.jsonl")
Qs = []
with open(qpath, encoding="utf-8") as fh:
    for i, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            Qs.append(json.loads(line))
        except Exception as e:
            P(f"questions.jsonl line {i}: bad JSON {e}")
seen_ids, seen_q, earlier = set(), set(), []
cites = Counter()
for k, q in enumerate(Qs, 1):
    qid = q.get("id")
    if qid != f"{PREFIX}{k:03d}":
        P(f"{qid}: ids must run {PREFIX}001.. in order (expected {PREFIX}{k:03d})")
    if qid in seen_ids:
        P(f"{qid}: duplicate id")
    seen_ids.add(qid)
    text = q.get("question", "")
    if not text or norm(text) in seen_q:
        P(f"{qid}: empty or duplicate question")
    seen_q.add(norm(text))
    if "57-NQ/TW" in json.dumps(q, ensure_ascii=False):
        P(f"{qid}: mentions 57-NQ/TW")
    kind = q.get("kind")
    if kind not in KINDS:
        P(f"{qid}: bad kind {kind}")
    ans = q.get("answerable")
    if not isinstance(ans, bool):
        P(f"{qid}: answerable must be bool")
    ev, kw = q.get("evidence"), q.get("keywords")
    if not isinstance(ev, list) or not isinstance(kw, list):
        P(f"{qid}: evidence/keywords must be lists")
        ev, kw = [], []
    if ans is False or kind == "unanswerable":
        if ans is not False or kind != "unanswerable" and not q.get("history"):
            P(f"{qid}: unanswerable questions need answerable=false and kind unanswerable")
        if ev or kw:
            P(f"{qid}: unanswerable must have empty evidence and keywords")
    else:
        if not 1 <= len(ev) <= 3:
            P(f"{qid}: needs 1-3 quotes")
        if not 1 <= len(kw) <= 3:
            P(f"{qid}: needs 1-3 keywords")
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in NORM:
                P(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                P(f"{qid}: quote length {len(nq)} not in 20-200: {quote[:50]}")
            if nq not in NORM[src]:
                P(f"{qid}: quote not verbatim in {src}: {quote[:80]}")
        for s in srcs:
            cites[s] += 1
        qtext = " ".join(norm(e.get("quote", "")) for e in ev)
        for w in kw:
            if norm(w) not in qtext and not any(in_doc(s, w) for s in srcs):
                P(f"{qid}: keyword not in quotes or cited file: {w}")
        if kind == "corpus" and len(srcs) < 2:
            P(f"{qid}: corpus question should cite >= 2 documents")
    for a in q.get("actors", []) or []:
        srcs = {e.get("source") for e in ev}
        if not (any(in_doc(s, a) for s in srcs) if srcs else in_any(a)):
            P(f"{qid}: actor not verbatim: {a}")
    hist = q.get("history")
    if hist is not None:
        if not isinstance(hist, list) or not hist:
            P(f"{qid}: history must be a non-empty list")
        else:
            for h in hist:
                if h not in earlier:
                    P(f"{qid}: history item is not an earlier question: {h[:60]}")
    if kind == "follow-up" and not hist:
        P(f"{qid}: follow-up without history")
    if kind == "no-diacritics" and any(ord(c) > 127 for c in text):
        P(f"{qid}: no-diacritics question contains non-ASCII characters")
    if kind == "abbreviation" and not ABBR.search(text):
        P(f"{qid}: abbreviation question has no known abbreviation")
    if kind == "who-what" and not q.get("actors"):
        P(f"{qid}: who-what question needs actors")
    earlier.append(text)

n = len(Qs)
kinds = Counter(q.get("kind") for q in Qs)
unans = sum(1 for q in Qs if q.get("answerable") is False)
nodiac = sum(1 for q in Qs if not any(ord(c) > 127 for c in q.get("question", "")))
abbr = sum(1 for q in Qs if ABBR.search(q.get("question", "")))
fups = [q for q in Qs if q.get("history")]
fup_un = sum(1 for q in fups if q.get("answerable") is False)
ww = sum(1 for q in Qs if q.get("kind") == "who-what" and q.get("actors"))
STATS = dict(total=n, kinds=dict(kinds), unanswerable=unans, no_diacritics_typed=nodiac, with_abbreviation=abbr,
             follow_ups=len(fups), follow_ups_unanswerable=fup_un, who_what=ww, cites=dict(cites))
if not 95 <= n <= 115:
    P(f"about 105 questions expected, got {n}")
if unans < 0.22 * n:
    P(f"unanswerable {unans}/{n} < 22%")
if min(nodiac, kinds["no-diacritics"]) < 0.15 * n:
    P(f"no-diacritics {kinds['no-diacritics']} (typed {nodiac})/{n} < 15%")
if min(abbr, kinds["abbreviation"]) < 0.12 * n:
    P(f"abbreviation {kinds['abbreviation']} (with abbr {abbr})/{n} < 12%")
if len(fups) < 15 or not 1 <= fup_un <= 2:
    P(f"follow-ups with history {len(fups)} (need >= 15), unanswerable among them {fup_un} (need 1-2)")
if ww < 12:
    P(f"who-what with actors {ww} < 12")
for k in ("metadata", "list", "corpus"):
    if kinds[k] < 3:
        P(f"too few {k} questions ({kinds[k]})")
for f in files:
    if cites[f] < 12:
        P(f"{f}: cited by {cites[f]} answerable questions, need >= 12")

# ------------------------------------------------------------ who_what
wpath = os.path.join(HERE, "who_what.jsonl")
W = [json.loads(l) for l in open(wpath, encoding="utf-8") if l.strip()]
if sorted(w.get("source") for w in W) != files:
    P("who_what.jsonl must have exactly one line per document")
for i, w in enumerate(W, 1):
    wid, src = w.get("id"), w.get("source")
    if wid != f"w{PREFIX}{i:02d}":
        P(f"{wid}: bad who_what id (expected w{PREFIX}{i:02d})")
    if src not in NORM:
        P(f"{wid}: unknown source {src}")
        continue
    if not w.get("directive"):
        P(f"{wid}: directive missing")
    names = set()
    for a in w.get("actors", []):
        nm = a.get("name", "")
        names.add(norm(nm))
        if not in_doc(src, nm):
            P(f"{wid}: actor name not verbatim: {nm}")
        if a.get("role") not in ROLES:
            P(f"{wid}: bad role {a.get('role')} for {nm}")
        dl = a.get("deadline")
        if dl is not None and not in_doc(src, dl):
            P(f"{wid}: deadline not verbatim: {dl}")
        tq = a.get("task_quote", "")
        if not 20 <= len(norm(tq)) <= 200:
            P(f"{wid}: task_quote length {len(norm(tq))}: {tq[:50]}")
        if not in_doc(src, tq):
            P(f"{wid}: task_quote not verbatim: {tq[:80]}")
    if not w.get("actors"):
        P(f"{wid}: no actors")
    for g in w.get("groups", []):
        if not in_doc(src, g.get("name", "")):
            P(f"{wid}: group name not verbatim: {g.get('name')}")
        for m in g.get("members", []):
            if not in_doc(src, m):
                P(f"{wid}: group member not verbatim: {m}")
    intr = w.get("intruders", [])
    if not 3 <= len(intr) <= 6:
        P(f"{wid}: need 3-6 intruders, got {len(intr)}")
    for it in intr:
        ni = norm(it)
        if not in_doc(src, it):
            P(f"{wid}: intruder not verbatim: {it}")
        if any(ni == a or ni in a or (a in ni and len(a) > 12) for a in names):
            P(f"{wid}: intruder overlaps an actor name: {it}")

if problems:
    print("\n".join(problems))
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print("stats:", json.dumps(STATS, ensure_ascii=False))
print("OK")
