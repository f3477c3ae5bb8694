"""Standalone checker for blind set 104 (prefix mn). Prints OK or the problems (exit 1)."""
import json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
HERE = os.path.dirname(os.path.abspath(__file__)); CORPUS = os.path.join(HERE, "corpus")
P = []
def bad(m): P.append(m)
def norm(s):
    s = unicodedata.normalize("NFC", s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
def read_docx(p):
    root = ET.fromstring(zipfile.ZipFile(p).read("word/document.xml"))
    out = []
    def para(e): return "".join(t.text or "" for t in e.iter(W + "t"))
    def walk(el):
        for ch in el:
            if ch.tag == W + "p": out.append(para(ch))
            elif ch.tag == W + "tbl":
                for tr in ch.iter(W + "tr"):
                    cells = ["\n".join(para(p) for p in tc.iter(W + "p")) for tc in tr.findall(W + "tc")]
                    out.append(" | ".join(cells))
            elif ch.tag == W + "body": walk(ch)
    walk(root); return "\n".join(out)
def read_pdf(p):
    from pypdf import PdfReader
    r = PdfReader(p); return "\n".join(pg.extract_text() or "" for pg in r.pages), len(r.pages)
files = sorted(f for f in os.listdir(CORPUS) if not f.startswith("."))
if len(files) != 5: bad(f"corpus has {len(files)} files, want 5")
RAW, TXT = {}, {}
for i, f in enumerate(files, 1):
    if not re.fullmatch(rf"mn0{i}_[a-z0-9_]+\.(txt|md|docx|pdf)", f): bad(f"bad file name {f}")
    p = os.path.join(CORPUS, f); ext = f.rsplit(".", 1)[1]
    if ext in ("txt", "md"):
        t = open(p, encoding="utf-8").read()
        if unicodedata.normalize("NFC", t) != t: bad(f"{f} not NFC")
    elif ext == "docx": t = read_docx(p)
    else:
        t, n = read_pdf(p)
        if not 2 <= n <= 4: bad(f"{f} has {n} pages")
    if unicodedata.normalize("NFC", t) != t: bad(f"{f} text not NFC")
    RAW[f] = t; TXT[f] = norm(t)
    wc = len(t.split())
    if not 700 <= wc <= 1500: bad(f"{f} has {wc} words")
    if not ("cộng hòa xã hội chủ nghĩa việt nam" in TXT[f] and "độc lập - tự do - hạnh phúc" in TXT[f]
            or "đảng cộng sản việt nam" in TXT[f] or "hội nông dân việt nam" in TXT[f]): bad(f"{f}: no motto")
    if not re.search(r"số:? ?\d+", TXT[f]): bad(f"{f}: no number")
    if "nơi nhận" not in TXT[f] or "lưu: v" not in TXT[f]: bad(f"{f}: no Nơi nhận / Lưu")
exts = {f.rsplit(".", 1)[1] for f in files}
for e in ("txt", "docx", "pdf"):
    if e not in exts: bad(f"no .{e} document")
if not any(f.endswith((".txt", ".md")) and re.search(r"^\|.*\|\s*\n\|[-:| ]+\|\s*$", RAW[f], re.M) for f in files):
    bad("no Markdown table in a .txt/.md")
if not any(f.endswith(".docx") and zipfile.ZipFile(os.path.join(CORPUS, f)).read("word/document.xml").count(b"<w:tbl>") >= 1 for f in files):
    bad("no Word table")
def wrapped(t):
    ls = [l for l in t.split("\n") if l.strip()]
    return sum(60 <= len(l) <= 80 for l in ls) / max(1, len(ls)) > 0.5 and max(len(l) for l in ls) <= 80
if not any(f.endswith((".txt", ".md")) and wrapped(RAW[f]) for f in files): bad("no hard-wrapped document")
# questions
KINDS = {"factoid","list","who-what","no-diacritics","abbreviation","metadata","corpus","follow-up","unanswerable"}
Q = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
ids, qs, seen_q = set(), set(), []
cited = {f: 0 for f in files}
ABBR = {"KH","CV","QĐ","BC","TB","HD","UBND","MTTQ","HĐND","THCS","ND","TTKN","KT","TS","BB","HND","CCTS","SNNMT","NN&MT"}
DIAC = re.compile(r"[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", re.I)
n_un = n_nod = n_abbr = n_fu = n_fu_un = n_ww = 0
for k, q in enumerate(Q):
    i = q.get("id")
    if i != "mn%03d" % (k + 1): bad(f"id {i} out of order")
    if i in ids: bad(f"duplicate id {i}")
    ids.add(i)
    if norm(q["question"]) in qs: bad(f"{i}: duplicate question")
    qs.add(norm(q["question"]))
    if q.get("kind") not in KINDS: bad(f"{i}: bad kind")
    for h in q.get("history", []):
        if h not in seen_q: bad(f"{i}: history not an earlier question: {h}")
    seen_q.append(q["question"])
    if not q["answerable"]:
        n_un += 1
        if q["evidence"] or q["keywords"]: bad(f"{i}: unanswerable with evidence/keywords")
    else:
        ev = q["evidence"]
        if not 1 <= len(ev) <= 3: bad(f"{i}: {len(ev)} quotes")
        if not 1 <= len(q["keywords"]) <= 3: bad(f"{i}: {len(q['keywords'])} keywords")
        nq = []
        for e in ev:
            s, quote = e["source"], norm(e["quote"])
            if s not in TXT: bad(f"{i}: unknown source {s}"); continue
            if not 20 <= len(quote) <= 200: bad(f"{i}: quote length {len(quote)}")
            if quote not in TXT[s]: bad(f"{i}: quote not verbatim in {s}: {e['quote'][:60]}")
            nq.append(quote)
        for s in {e["source"] for e in ev if e["source"] in cited}: cited[s] += 1
        for kw in q["keywords"]:
            if not any(norm(kw) in x for x in nq): bad(f"{i}: keyword not in quotes: {kw}")
        for a in q.get("actors", []):
            if not any(norm(a) in TXT[e["source"]] for e in ev if e["source"] in TXT): bad(f"{i}: actor not verbatim: {a}")
    if not DIAC.search(q["question"]): n_nod += 1
    toks = set(re.findall(r"[\wĐđ&]+", q["question"]))
    if toks & ABBR or {t.upper() for t in toks if t.islower()} & {"KH","BC","TB","HD","UBND","QD","BB","CV","SDT"}: n_abbr += 1
    if q.get("history"):
        n_fu += 1; n_fu_un += not q["answerable"]
    if q.get("kind") == "who-what" and q.get("actors"): n_ww += 1
N = len(Q)
if not 95 <= N <= 115: bad(f"{N} questions")
if n_un / N < 0.22: bad(f"unanswerable {n_un}/{N}")
if n_nod / N < 0.15: bad(f"no-diacritics {n_nod}/{N}")
if n_abbr / N < 0.12: bad(f"abbreviations {n_abbr}/{N}")
if n_fu < 15 or not 1 <= n_fu_un <= 2: bad(f"follow-ups {n_fu} (unanswerable {n_fu_un})")
if n_ww < 12: bad(f"who-what with actors {n_ww}")
if not any(q["kind"] == "corpus" for q in Q) or not any(q["kind"] == "metadata" for q in Q) or not any(q["kind"] == "list" for q in Q):
    bad("missing corpus/metadata/list questions")
for f, c in cited.items():
    if c < 12: bad(f"{f} cited by {c} answerable questions")
# who_what
WW = [json.loads(l) for l in open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") if l.strip()]
if sorted(w["source"] for w in WW) != files: bad("who_what.jsonl must have one line per document")
for w in WW:
    t = TXT.get(w["source"], ""); names = {norm(a["name"]) for a in w["actors"]}
    for a in w["actors"]:
        if norm(a["name"]) not in t: bad(f"{w['id']}: actor not verbatim: {a['name']}")
        if a["role"] not in ("chủ trì", "phối hợp", "thường trực", None): bad(f"{w['id']}: bad role")
        if a["deadline"] is not None and norm(a["deadline"]) not in t: bad(f"{w['id']}: deadline not verbatim: {a['deadline']}")
        tq = norm(a["task_quote"])
        if not 20 <= len(tq) <= 200 or tq not in t: bad(f"{w['id']}: task quote bad: {a['task_quote'][:50]}")
    for g in w["groups"]:
        for m in [g["name"]] + g["members"]:
            if norm(m) not in t: bad(f"{w['id']}: group text not verbatim: {m}")
    if not 3 <= len(w["intruders"]) <= 6: bad(f"{w['id']}: {len(w['intruders'])} intruders")
    for x in w["intruders"]:
        if norm(x) not in t: bad(f"{w['id']}: intruder not verbatim: {x}")
        if norm(x) in names: bad(f"{w['id']}: intruder is an actor: {x}")
print(f"questions {N}: unanswerable {n_un} ({n_un/N:.1%}), no-diacritics {n_nod} ({n_nod/N:.1%}), "
      f"abbreviations {n_abbr} ({n_abbr/N:.1%}), follow-ups {n_fu} (unanswerable {n_fu_un}), who-what {n_ww}; cited {cited}")
if P:
    print("\n".join(P)); sys.exit(1)
print("OK")
