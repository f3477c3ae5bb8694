#!/usr/bin/env python
"""Standalone checker for blind evaluation set 99 (prefix mi).

Reads corpus/ (5 documents), questions.jsonl and who_what.jsonl next to this file and checks the rules of
the brief. Prints OK (exit 0) or the list of problems (exit 1). Does not import kg_rag.

    /work/main/.venv/bin/python check_mi.py            # all rules
    /work/main/.venv/bin/python check_mi.py --names    # also grep invented names in other sets (slow-ish)
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
from collections import Counter, defaultdict
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "mi"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up",
         "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBREV = {"kh", "cv", "qđ", "bc", "tb", "hd", "ubnd", "mttq", "kh&cn", "gd&đt", "hđnd", "thcs", "htx", "shtt",
          "nhtt", "cdđl", "ctr", "đu", "btv", "sp", "đt", "sđt", "sdt", "ns", "nd", "nn", "tc", "ct", "pct",
          "tt", "vp", "qlcn"}
INVENTED_NAMES = ["Bình Sơn Thượng", "Vạn Khê Nguyên", "Khau Mèn", "Nậm Sáo", "Hòa Mây", "Tà Ngạn", "Bản Pục",
                  "Nà Đeng", "Khuổi Lừa", "Hoàng Quốc Tuệ", "Đinh Khắc Lượng", "Vi Thị Thoa", "Triệu Minh Khôi",
                  "Lục Văn Hạnh", "Hà Văn Sướng", "Bế Thị Diệu", "Tạ Ngọc Hưng", "Chu Thị Quyên", "Mã Văn Độ",
                  "Sầm Thị Lụa", "Lương Văn Tú", "Kha Văn Lự", "Mông Thị Én", "Đồng Văn Sinh"]

problems = []
DIRECTIVE = "57-NQ" + "/TW"  # may appear only in a "Căn cứ ..." line


def err(msg):
    problems.append(msg)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def norm(s):
    s = nfc(s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def has_diacritics(s):
    for ch in nfc(s):
        if ch in "đĐ":
            return True
        if any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", ch)):
            return True
    return False


def words(text):
    return [w for w in text.split() if re.search(r"\w", w)]


# ----------------------------------------------------------------------------------------- readers
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _para_text(p):
    out = []
    for node in p.iter():
        if node.tag == W + "t" and node.text:
            out.append(node.text)
        elif node.tag == W + "tab":
            out.append("\t")
        elif node.tag in (W + "br", W + "cr"):
            out.append("\n")
    return "".join(out)


def read_docx(path):
    """Body paragraphs and tables in document order; one paragraph per line, cells separated by ' | '."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    lines, n_tables = [], 0
    for el in body:
        if el.tag == W + "p":
            lines.append(_para_text(el))
        elif el.tag == W + "tbl":
            n_tables += 1
            for tr in el.iter(W + "tr"):
                cells = []
                for tc in tr.findall(W + "tc"):
                    cells.append("\n".join(_para_text(p) for p in tc.iter(W + "p")))
                lines.append(" | ".join(cells))
    return "\n".join(lines), n_tables


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((p.extract_text() or "") for p in r.pages), len(r.pages)


def read_doc(path):
    ext = path.rsplit(".", 1)[-1].lower()
    info = {"ext": ext}
    if ext in ("txt", "md"):
        raw = open(path, "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            err(f"{os.path.basename(path)}: not UTF-8")
            text = raw.decode("utf-8", "replace")
    elif ext == "docx":
        text, info["tables"] = read_docx(path)
    elif ext == "pdf":
        text, info["pages"] = read_pdf(path)
    else:
        text = ""
    info["text"] = text
    info["norm"] = norm(text)
    return info


# ----------------------------------------------------------------------------------------- corpus rules
def check_corpus():
    if not os.path.isdir(CORPUS):
        err("corpus/ missing")
        return {}
    files = sorted(f for f in os.listdir(CORPUS) if not f.startswith("."))
    if len(files) != 5:
        err(f"corpus/ must hold exactly 5 documents, found {len(files)}: {files}")
    pat = re.compile(rf"^{PREFIX}0[1-5]_[a-z0-9]+(_[a-z0-9]+)*\.(txt|md|docx|pdf)$")
    for f in files:
        if not pat.match(f):
            err(f"bad file name: {f}")
    nums = sorted(f[:4] for f in files)
    if nums != [f"{PREFIX}0{i}" for i in range(1, 6)]:
        err(f"file prefixes must be {PREFIX}01..{PREFIX}05, got {nums}")
    exts = Counter(f.rsplit(".", 1)[-1] for f in files)
    for need in ("txt", "docx", "pdf"):
        if exts[need] < 1:
            err(f"need at least one .{need} document")
    if exts["docx"] > 1 or exts["pdf"] > 1:
        err("the documents other than one .docx and one .pdf must be .txt or .md")

    docs = {}
    for f in files:
        path = os.path.join(CORPUS, f)
        try:
            d = read_doc(path)
        except Exception as e:  # noqa: BLE001
            err(f"{f}: cannot read ({e})")
            continue
        docs[f] = d
        text = d["text"]
        if text != nfc(text):
            err(f"{f}: text is not NFC")
        n = len(words(text.replace("|", " ")))
        d["words"] = n
        if not 700 <= n <= 1500:
            err(f"{f}: {n} words (need 700-1500)")
        nt = d["norm"]
        state = "cộng hòa xã hội chủ nghĩa việt nam" in nt and "độc lập - tự do - hạnh phúc" in nt
        party = "đảng cộng sản việt nam" in nt
        if not (state or party):
            err(f"{f}: no motto")
        head = norm(text[:700])
        if not re.search(r"số:? ?\d+ ?[-/]", head):
            err(f"{f}: no number and symbol ('Số: ...') in the header")
        if not re.search(r"ngày \d{1,2} tháng \d{1,2} năm 20\d\d", head):
            err(f"{f}: no place and date line in the header")
        if "nơi nhận" not in nt or "lưu:" not in nt:
            err(f"{f}: missing 'Nơi nhận' or 'Lưu:' tail")
        if "căn cứ" not in nt and "thực hiện" not in nt:
            err(f"{f}: no 'Căn cứ'/'Thực hiện' basis line")
        for line in text.splitlines():
            if DIRECTIVE in line and not norm(line).startswith("căn cứ"):
                err(f"{f}: '{DIRECTIVE}' outside a 'Căn cứ' line: {line.strip()[:80]}")
        if d["ext"] == "pdf":
            if not 2 <= d.get("pages", 0) <= 4:
                err(f"{f}: PDF has {d.get('pages')} pages (need 2-4)")
            if len(words(text)) < 300:
                err(f"{f}: PDF text layer too thin")
        if d["ext"] == "docx" and d.get("tables", 0) < 1:
            err(f"{f}: .docx has no Word table")

    # a Markdown table in a .txt/.md document
    md_table = False
    for f, d in docs.items():
        if d["ext"] in ("txt", "md"):
            lines = d["text"].splitlines()
            for i in range(len(lines) - 2):
                if (lines[i].strip().startswith("|") and re.match(r"^\s*\|?\s*:?-{3,}", lines[i + 1])
                        and lines[i + 2].strip().startswith("|")):
                    md_table = True
    if not md_table:
        err("no Markdown table in any .txt/.md document")

    # a hard-wrapped document (lines of 60-80 characters)
    wrapped = False
    for f, d in docs.items():
        if d["ext"] in ("txt", "md"):
            lines = [l.rstrip() for l in d["text"].splitlines() if l.strip()]
            long_ = [l for l in lines if len(l) > 80]
            band = [l for l in lines if 55 <= len(l) <= 80]
            if lines and not long_ and len(band) >= 0.5 * len(lines):
                wrapped = True
                d["wrapped"] = True
    if not wrapped:
        err("no document hard-wrapped at 60-80 characters")
    return docs


# ----------------------------------------------------------------------------------------- questions
def check_questions(docs):
    path = os.path.join(HERE, "questions.jsonl")
    qs = []
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            qs.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"questions.jsonl line {i}: bad JSON ({e})")
    raw = open(path, encoding="utf-8").read()
    if raw != nfc(raw):
        err("questions.jsonl is not NFC")
    if DIRECTIVE in raw:
        err(f"questions.jsonl mentions {DIRECTIVE}")

    seen_ids, seen_q, earlier = set(), set(), []
    cites = Counter()
    n = len(qs)
    for k, q in enumerate(qs, 1):
        qid = q.get("id")
        where = f"{qid}"
        if qid != f"{PREFIX}{k:03d}":
            err(f"{where}: id should be {PREFIX}{k:03d}")
        if qid in seen_ids:
            err(f"{where}: duplicate id")
        seen_ids.add(qid)
        text = q.get("question", "")
        if not text.strip():
            err(f"{where}: empty question")
        if norm(text) in seen_q:
            err(f"{where}: duplicate question")
        seen_q.add(norm(text))
        kind = q.get("kind")
        if kind not in KINDS:
            err(f"{where}: bad kind {kind!r}")
        ans = q.get("answerable")
        ev = q.get("evidence", [])
        kw = q.get("keywords", [])
        for h in q.get("history", []) or []:
            if h not in earlier:
                err(f"{where}: history question not an earlier question: {h[:60]}")
        if kind == "follow-up" and not q.get("history"):
            err(f"{where}: follow-up without history")
        # a question must not copy a sentence of a document
        if len(norm(text)) > 40:
            for f, d in docs.items():
                if norm(text).rstrip("?") in d["norm"]:
                    err(f"{where}: question copies the text of {f}")
        if ans is False:
            if ev or kw:
                err(f"{where}: unanswerable must have empty evidence and keywords")
            if kind not in ("unanswerable", "follow-up"):
                err(f"{where}: unanswerable question with kind {kind}")
        elif ans is True:
            if kind == "unanswerable":
                err(f"{where}: answerable question with kind 'unanswerable'")
            if not 1 <= len(ev) <= 3:
                err(f"{where}: needs 1-3 quotes, has {len(ev)}")
            if not 1 <= len(kw) <= 3:
                err(f"{where}: needs 1-3 keywords, has {len(kw)}")
            srcs = set()
            nquotes = []
            for e in ev:
                src, quote = e.get("source"), e.get("quote", "")
                if src not in docs:
                    err(f"{where}: unknown source {src}")
                    continue
                srcs.add(src)
                if not 20 <= len(quote) <= 200:
                    err(f"{where}: quote length {len(quote)} outside 20-200: {quote[:50]}")
                if norm(quote) not in docs[src]["norm"]:
                    err(f"{where}: quote not verbatim in {src}: {quote[:70]}")
                nquotes.append(norm(quote))
            for w in kw:
                nw = norm(w)
                if not any(nw in qq for qq in nquotes):
                    if any(nw in docs[s]["norm"] for s in srcs):
                        pass  # allowed: keyword inside the cited file
                    else:
                        err(f"{where}: keyword not in quotes nor cited file: {w}")
            for a in q.get("actors", []) or []:
                if not any(norm(a) in docs[s]["norm"] for s in srcs):
                    err(f"{where}: actor not verbatim in cited file(s): {a}")
            for s in srcs:
                cites[s] += 1
            if kind == "corpus" and len(srcs) < 2:
                err(f"{where}: corpus question cites fewer than 2 documents")
        else:
            err(f"{where}: 'answerable' must be true or false")
        if kind == "no-diacritics" and has_diacritics(text):
            err(f"{where}: kind no-diacritics but the question has diacritics")
        earlier.append(text)

    # quotas
    unans = [q for q in qs if q.get("answerable") is False]
    nodia = [q for q in qs if not has_diacritics(q.get("question", ""))]
    abbr = [q for q in qs if any(t.lower() in ABBREV for t in re.findall(r"[\w&]+", q.get("question", "")))]
    fups = [q for q in qs if q.get("history")]
    fups_un = [q for q in fups if q.get("answerable") is False]
    who = [q for q in qs if q.get("actors")]
    kinds = Counter(q.get("kind") for q in qs)
    stats = {
        "total": n,
        "unanswerable": (len(unans), len(unans) / max(n, 1)),
        "no_diacritics_text": (len(nodia), len(nodia) / max(n, 1)),
        "with_abbreviations": (len(abbr), len(abbr) / max(n, 1)),
        "follow_ups": len(fups), "follow_ups_unanswerable": len(fups_un),
        "with_actors": len(who), "kinds": dict(kinds), "cites": dict(cites),
    }
    if not 95 <= n <= 120:
        err(f"{n} questions (about 105 expected)")
    if len(unans) / n < 0.22:
        err(f"unanswerable {len(unans)}/{n} < 22%")
    if len(nodia) / n < 0.15:
        err(f"no-diacritics {len(nodia)}/{n} < 15%")
    if kinds["no-diacritics"] / n < 0.15:
        err(f"kind no-diacritics {kinds['no-diacritics']}/{n} < 15%")
    if len(abbr) / n < 0.12:
        err(f"with abbreviations {len(abbr)}/{n} < 12%")
    if kinds["abbreviation"] / n < 0.12:
        err(f"kind abbreviation {kinds['abbreviation']}/{n} < 12%")
    if len(fups) < 15:
        err(f"only {len(fups)} follow-ups (need >= 15)")
    if not 1 <= len(fups_un) <= 2:
        err(f"{len(fups_un)} unanswerable follow-ups (need 1-2)")
    if kinds["who-what"] < 12 or sum(1 for q in qs if q.get("kind") == "who-what" and q.get("actors")) < 12:
        err("fewer than 12 who-what questions with actors")
    for k in ("metadata", "list", "corpus"):
        if kinds[k] < 3:
            err(f"only {kinds[k]} '{k}' questions")
    for f in docs:
        if cites[f] < 12:
            err(f"{f} cited by only {cites[f]} answerable questions (need >= 12)")
    return stats


# ----------------------------------------------------------------------------------------- who_what
def check_who_what(docs):
    path = os.path.join(HERE, "who_what.jsonl")
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    raw = open(path, encoding="utf-8").read()
    if raw != nfc(raw):
        err("who_what.jsonl is not NFC")
    if DIRECTIVE in raw:
        err(f"who_what.jsonl mentions {DIRECTIVE}")
    if len(rows) != len(docs):
        err(f"who_what.jsonl has {len(rows)} lines for {len(docs)} documents")
    srcs = set()
    for k, r in enumerate(rows, 1):
        rid = r.get("id")
        if rid != f"w{PREFIX}0{k}":
            err(f"who_what line {k}: id should be w{PREFIX}0{k}")
        src = r.get("source")
        if src not in docs:
            err(f"{rid}: unknown source {src}")
            continue
        if src in srcs:
            err(f"{rid}: source {src} listed twice")
        srcs.add(src)
        if not r.get("directive"):
            err(f"{rid}: no directive")
        nt = docs[src]["norm"]
        actors = r.get("actors", [])
        if not actors:
            err(f"{rid}: no actors")
        names = set()
        for a in actors:
            name = a.get("name", "")
            names.add(norm(name))
            if norm(name) not in nt:
                err(f"{rid}: actor name not verbatim: {name}")
            if a.get("role") not in ROLES:
                err(f"{rid}: bad role {a.get('role')!r} for {name}")
            dl = a.get("deadline")
            if dl is not None and norm(dl) not in nt:
                err(f"{rid}: deadline not verbatim: {dl}")
            tq = a.get("task_quote", "")
            if not 20 <= len(tq) <= 200:
                err(f"{rid}: task_quote length {len(tq)} for {name}")
            if norm(tq) not in nt:
                err(f"{rid}: task_quote not verbatim: {tq[:70]}")
        for g in r.get("groups", []):
            if norm(g.get("name", "")) not in nt:
                err(f"{rid}: group name not verbatim: {g.get('name')}")
            if not g.get("members"):
                err(f"{rid}: group without members: {g.get('name')}")
            for m in g.get("members", []):
                if norm(m) not in nt:
                    err(f"{rid}: group member not verbatim: {m}")
        intr = r.get("intruders", [])
        if not 3 <= len(intr) <= 6:
            err(f"{rid}: {len(intr)} intruders (need 3-6)")
        for s in intr:
            ns = norm(s)
            if ns not in nt:
                err(f"{rid}: intruder not verbatim: {s}")
            if ns.rstrip(";.,") in names:
                err(f"{rid}: intruder is an actor: {s}")
            for a in names:
                if a and (a in ns or ns.rstrip(";.,") in a):
                    err(f"{rid}: intruder overlaps actor '{a}': {s}")
    for f in docs:
        if f not in srcs:
            err(f"who_what.jsonl has no line for {f}")


def check_names():
    """Invented names must not occur in the shared corpus or in other evaluation sets."""
    roots = ["/work/main/corpus", "/work/main/eval"]
    own = os.path.realpath(HERE)
    for root in roots:
        for dp, dn, fn in os.walk(root):
            if os.path.realpath(dp).startswith(own):
                continue
            for f in fn:
                if not f.endswith((".txt", ".md", ".jsonl")):
                    continue
                try:
                    t = nfc(open(os.path.join(dp, f), encoding="utf-8", errors="replace").read())
                except OSError:
                    continue
                for name in INVENTED_NAMES:
                    if name in t:
                        err(f"name '{name}' already used in {os.path.join(dp, f)}")


def main():
    docs = check_corpus()
    stats = check_questions(docs) if docs else {}
    if docs:
        check_who_what(docs)
    if "--names" in sys.argv:
        check_names()
    if "-v" in sys.argv or "--stats" in sys.argv:
        for f, d in docs.items():
            extra = f", pages={d['pages']}" if "pages" in d else ""
            print(f"  {f}: {d['words']} words{extra}{', hard-wrapped' if d.get('wrapped') else ''}")
        for k, v in stats.items():
            print(f"  {k}: {v}")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
