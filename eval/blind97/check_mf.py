#!/usr/bin/env python3
"""Standalone checker for the blind97 evaluation set (prefix mf). No kg_rag import.
Prints OK or the list of problems (exit 1)."""
import json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "mf"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = re.compile(r"(?<![\w&])(KH|CV|QĐ|BC|TB|HD|UBND|MTTQ|GD&ĐT|KH&CN|HĐND|THCS|CTr|NQ|ĐU|CHQS|NN&MT|SNNMT|KTTV|VP|PCTT|TT|PCT)(?![\w&])")
# proper names invented for this set: must not appear in any other corpus/eval file
NAMES = ["Thượng Uyển", "Suối Chàm", "Nà Khiếu", "Lũng Cò", "Pắc Tẩu", "Khe Trám", "Huổi Mí", "Lũng Pá",
         "Đồng Xoan", "Tà Lư", "Cao Bổng", "Nậm Cười", "Khau Mạ", "Lò Văn Chiến", "Hoàng Thị Nhạn",
         "Vàng A Sểnh", "Trịnh Quang Vĩnh", "Đàm Thị Thu Hiền", "Thào A Lử", "Lục Văn Khởi", "Cầm Thị Nguyệt",
         "Ma Thị Tuyết", "Đèo Văn Hạnh", "Sùng A Chớ", "Phạm Thanh Nghị", "Phạm Ngọc Quyết", "Hà Văn Chiêm"]

problems = []
def bad(msg): problems.append(msg)

def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()

W = re.compile(r"\w", re.UNICODE)
def nwords(text): return len([w for w in text.split() if W.search(w)])

# ------------------------------------------------------------------ extraction
def docx_text(path):
    """Body paragraphs and tables in document order; table cells joined with ' | '."""
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    W_ = "{%s}" % ns["w"]
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find("w:body", ns)
    def ptext(p): return "".join(t.text or "" for t in p.iter(W_ + "t"))
    out, tables = [], 0
    for el in body:
        if el.tag == W_ + "p":
            out.append(ptext(el))
        elif el.tag == W_ + "tbl":
            tables += 1
            for tr in el.iter(W_ + "tr"):
                cells = []
                for tc in tr.findall(W_ + "tc"):
                    cells.append("\n".join(ptext(p) for p in tc.findall(W_ + "p")))
                out.append(" | ".join(cells))
    return "\n".join(out), tables

def pdf_text(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)

# ------------------------------------------------------------------ documents
docs, raw = {}, {}
if not os.path.isdir(CORPUS):
    bad("corpus/ missing")
    files = []
else:
    files = sorted(os.listdir(CORPUS))
if len(files) != 5:
    bad(f"corpus must hold exactly 5 documents, found {len(files)}: {files}")
pat = re.compile(rf"^{PREFIX}0([1-5])_[a-z0-9]+(?:_[a-z0-9]+)*\.(txt|md|docx|pdf)$")
nums, exts = [], []
for fn in files:
    m = pat.match(fn)
    if not m:
        bad(f"bad file name {fn}"); continue
    nums.append(m.group(1)); exts.append(m.group(2))
    path = os.path.join(CORPUS, fn)
    if m.group(2) in ("txt", "md"):
        t = open(path, encoding="utf-8").read()
        if t != unicodedata.normalize("NFC", t): bad(f"{fn}: not NFC")
    elif m.group(2) == "docx":
        t, ntab = docx_text(path)
        if ntab < 2: bad(f"{fn}: needs a Word table besides the header (found {ntab} tables)")
        if t != unicodedata.normalize("NFC", t): bad(f"{fn}: not NFC")
    else:
        t, npages = pdf_text(path)
        if not 2 <= npages <= 4: bad(f"{fn}: PDF has {npages} pages (need 2-4)")
        if len(t.split()) < 300: bad(f"{fn}: PDF text layer too thin")
        if t != unicodedata.normalize("NFC", t): bad(f"{fn}: PDF text not NFC")
    raw[fn] = t
    docs[fn] = norm(t)
    n = nwords(t)
    if not 700 <= n <= 1500: bad(f"{fn}: {n} words (need 700-1500)")
    nt = docs[fn]
    state = "cộng hòa xã hội chủ nghĩa việt nam" in nt and "độc lập - tự do - hạnh phúc" in nt
    party = "đảng cộng sản việt nam" in nt
    if not (state or party): bad(f"{fn}: no motto")
    if not re.search(r"số:? ?\d+[-/][\wđĐ&-]+", nt): bad(f"{fn}: no number/symbol")
    if not re.search(r"ngày \d{1,2} tháng \d{1,2} năm 20\d\d", nt): bad(f"{fn}: no place/date line")
    if "nơi nhận" not in nt: bad(f"{fn}: no 'Nơi nhận'")
    if "lưu" not in nt: bad(f"{fn}: no 'Lưu' line")
    if "căn cứ" not in nt and "thực hiện" not in nt: bad(f"{fn}: no 'Căn cứ'/'Thực hiện' basis")
    for line in t.splitlines():
        if "57-NQ/TW" in line and not re.match(r"^\W*Căn cứ", line.strip()):
            bad(f"{fn}: '57-NQ/TW' outside a 'Căn cứ' line: {line.strip()[:60]}")
if sorted(nums) != ["1", "2", "3", "4", "5"]: bad(f"file numbers must be 01..05 once each, got {sorted(nums)}")
for need in ("txt", "docx", "pdf"):
    if need not in exts: bad(f"no .{need} document")
if exts.count("docx") > 1 or exts.count("pdf") > 1:
    bad("only one .docx and one .pdf expected; others .txt/.md")

md_table = hard_wrapped = False
for fn, t in raw.items():
    if not fn.endswith((".txt", ".md")): continue
    lines = t.splitlines()
    for i in range(len(lines) - 1):
        if re.match(r"^\s*\|.*\|\s*$", lines[i]) and re.match(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$", lines[i + 1]):
            md_table = True
    long = [l for l in lines if len(l.strip()) > 40 and not l.lstrip().startswith("|")]
    if long and max(len(l) for l in long) <= 80 and sum(60 <= len(l) <= 80 for l in long) >= 0.7 * len(long) and len(long) >= 40:
        hard_wrapped = True
if not md_table: bad("no Markdown table in a .txt/.md document")
if not hard_wrapped: bad("no .txt/.md document hard-wrapped at 60-80 characters")

def in_doc(fn, s):
    return fn in docs and norm(s) in docs[fn]

# ------------------------------------------------------------------ names not used elsewhere
others = []
for base in ("/work/main/corpus", "/work/main/eval"):
    for dp, dn, fns in os.walk(base):
        if os.path.abspath(dp).startswith(HERE): continue
        for f in fns:
            if f.endswith((".txt", ".md", ".jsonl")): others.append(os.path.join(dp, f))
for f in others:
    try: txt = unicodedata.normalize("NFC", open(f, encoding="utf-8", errors="ignore").read())
    except OSError: continue
    for nm in NAMES:
        if nm in txt: bad(f"name '{nm}' already used in {f}")

# ------------------------------------------------------------------ questions
qs = []
try:
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if line.strip():
                try: qs.append(json.loads(line))
                except json.JSONDecodeError as e: bad(f"questions.jsonl line {ln}: {e}")
except FileNotFoundError:
    bad("questions.jsonl missing")

seen_ids, seen_q, earlier = set(), set(), []
cites = {fn: 0 for fn in docs}
cnt = {"unans": 0, "nodia": 0, "abbr": 0, "fu": 0, "fu_unans": 0, "ww": 0}
kinds = {}
for i, o in enumerate(qs):
    qid = o.get("id", f"#{i+1}")
    if qid != f"{PREFIX}{i+1:03d}": bad(f"{qid}: id out of sequence (expected {PREFIX}{i+1:03d})")
    if qid in seen_ids: bad(f"{qid}: duplicate id")
    seen_ids.add(qid)
    for k in ("question", "answerable", "kind", "evidence", "keywords"):
        if k not in o: bad(f"{qid}: missing field {k}")
    qt = o.get("question", "")
    if not qt.strip(): bad(f"{qid}: empty question")
    if norm(qt) in seen_q: bad(f"{qid}: duplicate question")
    seen_q.add(norm(qt))
    if qt != unicodedata.normalize("NFC", qt): bad(f"{qid}: question not NFC")
    kind = o.get("kind")
    kinds[kind] = kinds.get(kind, 0) + 1
    if kind not in KINDS: bad(f"{qid}: bad kind {kind}")
    ans = o.get("answerable")
    if not isinstance(ans, bool): bad(f"{qid}: answerable must be true/false")
    ev, kw = o.get("evidence", []), o.get("keywords", [])
    ascii_q = all(ord(c) < 128 for c in qt)
    has_abbr = bool(ABBR.search(qt))
    if kind == "no-diacritics" and not ascii_q: bad(f"{qid}: kind no-diacritics but question has diacritics")
    if kind == "abbreviation" and not has_abbr: bad(f"{qid}: kind abbreviation but no abbreviation found")
    if kind == "unanswerable" and ans: bad(f"{qid}: kind unanswerable but answerable true")
    cnt["nodia"] += ascii_q
    cnt["abbr"] += has_abbr
    if "history" in o:
        h = o["history"]
        if not isinstance(h, list) or not h: bad(f"{qid}: history must be a non-empty list")
        else:
            for hq in h:
                if hq not in earlier: bad(f"{qid}: history question not an earlier question: {hq[:50]}")
        cnt["fu"] += 1
        if not ans: cnt["fu_unans"] += 1
        if kind != "follow-up": bad(f"{qid}: has history but kind {kind}")
    elif kind == "follow-up":
        bad(f"{qid}: kind follow-up without history")
    if not ans:
        cnt["unans"] += 1
        if ev or kw: bad(f"{qid}: unanswerable must have empty evidence and keywords")
        if o.get("actors"): bad(f"{qid}: unanswerable with actors")
    else:
        if not 1 <= len(ev) <= 3: bad(f"{qid}: needs 1-3 evidence quotes, has {len(ev)}")
        if not 1 <= len(kw) <= 3: bad(f"{qid}: needs 1-3 keywords, has {len(kw)}")
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs: bad(f"{qid}: unknown source {src}"); continue
            srcs.add(src)
            if not 20 <= len(quote) <= 200: bad(f"{qid}: quote length {len(quote)} not 20-200: {quote[:40]}")
            if not in_doc(src, quote): bad(f"{qid}: quote not verbatim in {src}: {quote[:70]}")
        for s in srcs: cites[s] += 1
        nq = " || ".join(norm(e.get("quote", "")) for e in ev)
        for k in kw:
            if norm(k) not in nq:
                if any(in_doc(s, k) for s in srcs): bad(f"{qid}: keyword '{k}' not inside the quotes (only in cited file)")
                else: bad(f"{qid}: keyword '{k}' not in quotes nor cited file")
        if kind == "corpus" and len(srcs) < 2: bad(f"{qid}: corpus question cites {len(srcs)} file(s)")
    if o.get("actors"):
        cnt["ww"] += 1
        srcs = {e.get("source") for e in ev}
        for a in o["actors"]:
            if not any(in_doc(s, a) for s in srcs): bad(f"{qid}: actor '{a}' not verbatim in cited files")
    if kind == "who-what" and not o.get("actors"): bad(f"{qid}: who-what without actors")
    earlier.append(qt)

N = len(qs)
if not 100 <= N <= 112: bad(f"{N} questions (about 105 expected)")
if N:
    pu, pn, pa = cnt["unans"] / N, cnt["nodia"] / N, cnt["abbr"] / N
    if pu < 0.22: bad(f"unanswerable {pu:.1%} < 22%")
    if pn < 0.15: bad(f"no-diacritics {pn:.1%} < 15%")
    if pa < 0.12: bad(f"abbreviations {pa:.1%} < 12%")
    if cnt["fu"] < 15: bad(f"only {cnt['fu']} follow-ups (need >= 15)")
    if not 1 <= cnt["fu_unans"] <= 2: bad(f"{cnt['fu_unans']} unanswerable follow-ups (need 1-2)")
    if cnt["ww"] < 12: bad(f"only {cnt['ww']} who-what questions with actors (need >= 12)")
    for k in ("metadata", "list", "corpus", "factoid"):
        if not kinds.get(k): bad(f"no question of kind {k}")
for fn, c in cites.items():
    if c < 12: bad(f"{fn} cited by only {c} answerable questions (need >= 12)")

# ------------------------------------------------------------------ who_what
ww = []
try:
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as f:
        ww = [json.loads(l) for l in f if l.strip()]
except FileNotFoundError:
    bad("who_what.jsonl missing")
if len(ww) != len(docs): bad(f"who_what.jsonl has {len(ww)} lines for {len(docs)} documents")
wsrc = set()
for j, w in enumerate(ww):
    wid = w.get("id")
    if wid != f"w{PREFIX}{j+1:02d}": bad(f"who_what line {j+1}: id {wid} (expected w{PREFIX}{j+1:02d})")
    src = w.get("source")
    if src not in docs: bad(f"{wid}: unknown source {src}"); continue
    if src in wsrc: bad(f"{wid}: source repeated")
    wsrc.add(src)
    if not w.get("directive"): bad(f"{wid}: empty directive")
    names = set()
    acts = w.get("actors", [])
    if not acts: bad(f"{wid}: no actors")
    for a in acts:
        nm = a.get("name", "")
        names.add(norm(nm))
        if not in_doc(src, nm): bad(f"{wid}: actor name not verbatim: {nm}")
        if a.get("role", "MISSING") not in ROLES: bad(f"{wid}: bad role {a.get('role')} for {nm}")
        dl = a.get("deadline")
        if dl is not None and not in_doc(src, dl): bad(f"{wid}: deadline not verbatim: {dl}")
        tq = a.get("task_quote", "")
        if not 20 <= len(tq) <= 200: bad(f"{wid}: task_quote length {len(tq)} for {nm}")
        if not in_doc(src, tq): bad(f"{wid}: task_quote not verbatim for {nm}: {tq[:60]}")
    for g in w.get("groups", []):
        if not in_doc(src, g.get("name", "")): bad(f"{wid}: group name not verbatim: {g.get('name')}")
        if not g.get("members"): bad(f"{wid}: group without members")
        for m in g.get("members", []):
            if not in_doc(src, m): bad(f"{wid}: group member not verbatim: {m}")
    intr = w.get("intruders", [])
    if not 3 <= len(intr) <= 6: bad(f"{wid}: {len(intr)} intruders (need 3-6)")
    for s in intr:
        if not in_doc(src, s): bad(f"{wid}: intruder not verbatim: {s}")
        ns = norm(s)
        if ns in names or any(n and n in ns for n in names):
            bad(f"{wid}: intruder is / contains an actor: {s}")
missing = set(docs) - wsrc
if missing: bad(f"who_what.jsonl misses documents: {sorted(missing)}")

if problems:
    for p in problems: print("PROBLEM:", p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print(f"questions={N} unanswerable={cnt['unans']} ({cnt['unans']/N:.1%}) no-diacritics={cnt['nodia']} ({cnt['nodia']/N:.1%}) "
      f"abbreviations={cnt['abbr']} ({cnt['abbr']/N:.1%}) follow-ups={cnt['fu']} (unanswerable {cnt['fu_unans']}) who-what={cnt['ww']}")
print("kinds:", dict(sorted(kinds.items())))
print("citations per file:", cites)
print("OK")
