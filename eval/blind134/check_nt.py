#!/usr/bin/env python3
"""Standalone checker for blind set blind134 (prefix nt). No kg_rag import.
Prints OK or the list of problems (exit 1)."""
import json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "nt"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = ["KH", "CV", "QĐ", "BC", "TB", "HD", "UBND", "MTTQ", "GD&ĐT", "GD&DT", "KH&CN", "HĐND", "THCS",
        "TTYT", "BHYT", "BHXH", "YTHĐ", "MN", "TH", "PGD", "SDD", "NVYT", "SK", "HS", "HK", "TC-KH",
        "PTDTBT", "THPT"]
problems = []


def P(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_texts(path):
    """Body in order; table rows rendered twice: cells joined by ' | ' and by ' '."""
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    body = root.find(W + "body")
    a, b = [], []
    def ptext(p):
        return "".join(t.text or "" for t in p.iter(W + "t"))
    for el in body:
        if el.tag == W + "p":
            a.append(ptext(el)); b.append(ptext(el))
        elif el.tag == W + "tbl":
            for tr in el.iter(W + "tr"):
                cells = [" ".join(ptext(p) for p in tc.iter(W + "p")) for tc in tr.findall(W + "tc")]
                a.append("| " + " | ".join(cells) + " |"); b.append(" ".join(cells))
    return "\n".join(a), "\n".join(b)


def load(path):
    ext = path.rsplit(".", 1)[-1]
    if ext in ("txt", "md"):
        t = open(path, encoding="utf-8").read(); return t, [t], None
    if ext == "docx":
        a, b = docx_texts(path); return a, [a, b], None
    if ext == "pdf":
        import pypdf
        r = pypdf.PdfReader(path)
        t = "\n".join(p.extract_text() or "" for p in r.pages)
        return t, [t], len(r.pages)
    return "", [""], None


# ------------------------------------------------------------------ corpus
files = sorted(f for f in os.listdir(CORPUS) if not f.startswith("."))
if len(files) != 5:
    P(f"corpus has {len(files)} files, want 5")
for i, f in enumerate(files, 1):
    if not re.fullmatch(rf"{PREFIX}0{i}_[a-z0-9_]+\.(txt|md|docx|pdf)", f):
        P(f"bad file name {f}")
exts = [f.rsplit(".", 1)[-1] for f in files]
for need in ("txt", "docx", "pdf"):
    if need not in exts:
        P(f"no .{need} document")
DOCS, NDOCS = {}, {}
md_table = hard_wrapped = False
for f in files:
    raw, variants, pages = load(os.path.join(CORPUS, f))
    DOCS[f] = raw
    NDOCS[f] = [norm(v) for v in variants]
    n = NDOCS[f][0]
    words = len(re.findall(r"\w+", raw))
    if not 700 <= words <= 1500:
        P(f"{f}: {words} words (want 700-1500)")
    if f.endswith(".pdf") and not (pages and 2 <= pages <= 4):
        P(f"{f}: {pages} pages (want 2-4)")
    if f.endswith(".pdf") and words < 300:
        P(f"{f}: no real text layer")
    if unicodedata.normalize("NFC", raw) != raw:
        P(f"{f}: not NFC")
    if not (("cộng hòa xã hội chủ nghĩa việt nam" in n and "độc lập - tự do - hạnh phúc" in n)
            or "đảng cộng sản việt nam" in n):
        P(f"{f}: no motto")
    if not re.search(r"số:? ?\d+[-/]", n):
        P(f"{f}: no number/symbol")
    if "nơi nhận" not in n or "lưu: vt" not in n:
        P(f"{f}: no Nơi nhận / Lưu: VT tail")
    if "57-nq/tw" in n:
        for line in raw.splitlines():
            if "57-NQ/TW" in line and not line.strip().startswith("Căn cứ"):
                P(f"{f}: 57-NQ/TW outside a Căn cứ line")
    if f.endswith((".txt", ".md")):
        lines = raw.splitlines()
        for j in range(len(lines) - 1):
            if lines[j].strip().startswith("|") and re.fullmatch(r"\s*\|?\s*:?-{3,}.*", lines[j + 1]):
                if lines[j].count("|") >= 4:
                    md_table = True
        body = [l for l in lines if l.strip()]
        if body and sum(len(l) <= 80 for l in body) / len(body) > 0.97 \
                and sum(60 <= len(l) <= 80 for l in body) >= 40:
            hard_wrapped = True
    if f.endswith(".docx") and "<w:tbl>" not in zipfile.ZipFile(os.path.join(CORPUS, f)).read("word/document.xml").decode():
        P(f"{f}: no Word table")
if not md_table:
    P("no Markdown table (>=4 columns) in a .txt/.md file")
if not hard_wrapped:
    P("no hard-wrapped .txt/.md document")


def in_doc(span, f):
    s = norm(span)
    return any(s in v for v in NDOCS.get(f, []))


def in_any(span):
    return [f for f in files if in_doc(span, f)]


# ------------------------------------------------------------------ questions
qs = []
for ln, line in enumerate(open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8"), 1):
    if line.strip():
        try:
            qs.append(json.loads(line))
        except Exception as e:
            P(f"questions.jsonl line {ln}: bad JSON {e}")
ids, texts, seen_q = set(), set(), []
cites = {f: 0 for f in files}
for k, q in enumerate(qs):
    qid = q.get("id", "?")
    if not re.fullmatch(rf"{PREFIX}\d{{3}}", qid) or qid != f"{PREFIX}{k + 1:03d}":
        P(f"{qid}: id out of sequence (want {PREFIX}{k + 1:03d})")
    if qid in ids:
        P(f"{qid}: duplicate id")
    ids.add(qid)
    qt = q.get("question", "")
    if norm(qt) in texts:
        P(f"{qid}: duplicate question")
    texts.add(norm(qt))
    if unicodedata.normalize("NFC", qt) != qt:
        P(f"{qid}: question not NFC")
    if q.get("kind") not in KINDS:
        P(f"{qid}: bad kind {q.get('kind')}")
    ans = q.get("answerable")
    ev, kw = q.get("evidence"), q.get("keywords")
    if ans is False:
        if ev or kw:
            P(f"{qid}: unanswerable must have empty evidence and keywords")
    elif ans is True:
        if not ev or not 1 <= len(ev) <= 3:
            P(f"{qid}: want 1-3 quotes")
        if not kw or not 1 <= len(kw) <= 3:
            P(f"{qid}: want 1-3 keywords")
        cited = set()
        for e in ev or []:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in DOCS:
                P(f"{qid}: unknown source {src}"); continue
            cited.add(src)
            if not 20 <= len(quote) <= 200:
                P(f"{qid}: quote length {len(quote)}: {quote[:40]!r}")
            if not in_doc(quote, src):
                P(f"{qid}: quote not verbatim in {src}: {quote!r}")
        for c in cited:
            cites[c] += 1
        allq = " ".join(norm(e.get("quote", "")) for e in ev or [])
        for w in kw or []:
            if norm(w) not in allq and not any(in_doc(w, c) for c in cited):
                P(f"{qid}: keyword {w!r} not in quotes/cited file")
        if q.get("kind") == "unanswerable":
            P(f"{qid}: kind unanswerable but answerable true")
    else:
        P(f"{qid}: answerable must be true/false")
    for a in q.get("actors", []) or []:
        srcs = [e["source"] for e in ev or [] if e.get("source") in DOCS] or files
        if not any(in_doc(a, s) for s in srcs):
            P(f"{qid}: actor {a!r} not verbatim in cited file")
    for h in q.get("history", []) or []:
        if h not in seen_q:
            P(f"{qid}: history question not an earlier question: {h!r}")
    if q.get("kind") == "follow-up" and not q.get("history"):
        P(f"{qid}: follow-up without history")
    seen_q.append(qt)

N = len(qs)
unans = [q for q in qs if q.get("answerable") is False]
nodia = [q for q in qs if all(ord(c) < 128 for c in q["question"])]
abbr_re = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&])")
abbr = [q for q in qs if abbr_re.search(q["question"]) or q.get("kind") == "abbreviation"]
abbr_kind = [q for q in qs if q.get("kind") == "abbreviation"]
fol = [q for q in qs if q.get("history")]
fol_un = [q for q in fol if q.get("answerable") is False]
ww = [q for q in qs if q.get("actors")]
ww_kind = [q for q in qs if q.get("kind") == "who-what"]
kinds = {}
for q in qs:
    kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
if not 95 <= N <= 115:
    P(f"{N} questions (want about 105)")
if len(unans) / max(N, 1) < 0.22:
    P(f"unanswerable {len(unans)}/{N} < 22%")
if len(nodia) / max(N, 1) < 0.15:
    P(f"no-diacritics {len(nodia)}/{N} < 15%")
if len(abbr_kind) / max(N, 1) < 0.12:
    P(f"abbreviation kind {len(abbr_kind)}/{N} < 12%")
if len(fol) < 15 or not 1 <= len(fol_un) <= 2:
    P(f"follow-ups {len(fol)} (unanswerable {len(fol_un)}); want >=15 with 1-2 unanswerable")
if len(ww) < 12 or len(ww_kind) < 12:
    P(f"who-what with actors {len(ww)}, kind who-what {len(ww_kind)}; want >=12")
for k in ("metadata", "list", "corpus"):
    if kinds.get(k, 0) < 3:
        P(f"too few {k} questions")
for f, c in cites.items():
    if c < 12:
        P(f"{f} cited by {c} answerable questions (want >=12)")

# ------------------------------------------------------------------ who_what
wws = [json.loads(l) for l in open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") if l.strip()]
if sorted(w.get("source") for w in wws) != files:
    P("who_what.jsonl must have exactly one line per document")
for i, w in enumerate(wws, 1):
    wid, src = w.get("id"), w.get("source")
    if wid != f"w{PREFIX}0{i}":
        P(f"who_what line {i}: id {wid}")
    if src not in DOCS:
        P(f"{wid}: unknown source {src}"); continue
    dnum = re.sub(r"^\S+\s+", "", w.get("directive", ""))
    if not in_doc(dnum, src):
        P(f"{wid}: directive number {dnum!r} not in {src}")
    names = set()
    for a in w.get("actors", []):
        names.add(norm(a["name"]))
        if not in_doc(a["name"], src):
            P(f"{wid}: actor {a['name']!r} not verbatim")
        if a.get("role") not in ROLES:
            P(f"{wid}: bad role {a.get('role')!r}")
        if a.get("deadline") and not in_doc(a["deadline"], src):
            P(f"{wid}: deadline {a['deadline']!r} not verbatim")
        tq = a.get("task_quote", "")
        if not 20 <= len(tq) <= 200 or not in_doc(tq, src):
            P(f"{wid}: task_quote bad/not verbatim: {tq!r}")
    if not w.get("actors"):
        P(f"{wid}: no actors")
    for g in w.get("groups", []):
        if not in_doc(g["name"], src):
            P(f"{wid}: group {g['name']!r} not verbatim")
        for m in g.get("members", []):
            if not in_doc(m, src):
                P(f"{wid}: group member {m!r} not verbatim")
    intr = w.get("intruders", [])
    if not 3 <= len(intr) <= 6:
        P(f"{wid}: {len(intr)} intruders (want 3-6)")
    for x in intr:
        if not in_doc(x, src):
            P(f"{wid}: intruder {x!r} not verbatim")
        if norm(x) in names:
            P(f"{wid}: intruder {x!r} is also an actor")

if problems:
    print("\n".join(problems))
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print(f"questions={N} unanswerable={len(unans)} ({100*len(unans)/N:.1f}%) no-diacritics={len(nodia)} "
      f"({100*len(nodia)/N:.1f}%) abbreviation(kind)={len(abbr_kind)} ({100*len(abbr_kind)/N:.1f}%) "
      f"abbreviation(any)={len(abbr)} ({100*len(abbr)/N:.1f}%) follow-ups={len(fol)} (unanswerable {len(fol_un)}) "
      f"who-what(actors)={len(ww)} kinds={dict(sorted(kinds.items()))}")
print("cites per file: " + ", ".join(f"{f}={c}" for f, c in cites.items()))
print("OK")
