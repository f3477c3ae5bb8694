#!/usr/bin/env python3
"""Standalone checker for blind evaluation set blind109 (prefix ms).

Reads the 5 documents in corpus/ (.txt/.md as UTF-8, .docx via python-docx or
zip+XML including tables, .pdf via pypdf), questions.jsonl and who_what.jsonl,
and checks every rule of the brief. Prints OK, or the problems and exits 1.

Usage: python check_ms.py [set_folder]
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
PREFIX = "ms"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBREV = ["KH", "CV", "QĐ", "QD", "BC", "TB", "HD", "HĐ", "NQ", "UBND", "MTTQ", "HĐND", "HDND",
          "GD&ĐT", "KH&CN", "KHCN", "THCS", "THPT", "CA", "CNSCĐ", "CNSCD", "DVC", "TTHC",
          "VH-XH", "VHXH", "VP-TK", "LHPN", "HND", "CCB", "TN", "VH&TT", "VHTT", "BCH", "BTV",
          "HU", "SKHCN", "CAH", "ĐTN", "DTN", "TTr", "CT", "PCT", "BCHĐB", "ĐDĐT", "DDDT", "TĐ"]
ABBREV_RE = re.compile(r"(?<![\wÀ-ỹ])(" + "|".join(re.escape(a) for a in sorted(ABBREV, key=len, reverse=True))
                       + r")(?![\wÀ-ỹ])")

problems = []


def err(msg):
    problems.append(msg)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def norm(s):
    s = nfc(s).lower().replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ readers
def read_docx(path):
    """Text of a .docx in body order: paragraphs, and table cells row by row."""
    try:
        import docx  # python-docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        d = docx.Document(path)
        out = []

        def walk_table(t):
            for row in t.rows:
                seen = set()
                for c in row.cells:
                    if id(c._tc) in seen:
                        continue
                    seen.add(id(c._tc))
                    for el in c._tc.iterchildren():
                        if el.tag.endswith("}p"):
                            out.append(Paragraph(el, c).text)
                        elif el.tag.endswith("}tbl"):
                            walk_table(Table(el, c))

        for el in d.element.body.iterchildren():
            if el.tag.endswith("}p"):
                out.append(Paragraph(el, d).text)
            elif el.tag.endswith("}tbl"):
                walk_table(Table(el, d))
        n_tables = len(d.tables)
        return "\n".join(out), n_tables
    except ImportError:
        W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("word/document.xml"))
        out = []
        for p in root.iter(W + "p"):
            out.append("".join(t.text or "" for t in p.iter(W + "t")))
        n_tables = sum(1 for _ in root.iter(W + "tbl"))
        return "\n".join(out), n_tables


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((p.extract_text() or "") for p in r.pages), len(r.pages)


# ------------------------------------------------------------------ corpus
def load_corpus(folder):
    cdir = os.path.join(folder, "corpus")
    docs = {}
    meta = {}
    if not os.path.isdir(cdir):
        err("corpus/ folder missing")
        return docs, meta
    files = sorted(f for f in os.listdir(cdir) if not f.startswith("."))
    if len(files) != 5:
        err(f"corpus/ must hold exactly 5 documents, found {len(files)}: {files}")
    pat = re.compile(rf"^{PREFIX}0([1-5])_[a-z0-9]+(_[a-z0-9]+)*\.(txt|md|docx|pdf)$")
    nums = []
    for f in files:
        m = pat.match(f)
        if not m:
            err(f"bad file name: {f}")
            continue
        nums.append(m.group(1))
        path = os.path.join(cdir, f)
        ext = m.group(3)
        info = {"ext": ext}
        if ext in ("txt", "md"):
            raw = open(path, encoding="utf-8").read()
            if raw != nfc(raw):
                err(f"{f}: text is not NFC")
        elif ext == "docx":
            raw, info["tables"] = read_docx(path)
        else:
            raw, info["pages"] = read_pdf(path)
        if raw != nfc(raw):
            err(f"{f}: extracted text is not NFC")
        docs[f] = raw
        meta[f] = info
    if sorted(nums) != ["1", "2", "3", "4", "5"]:
        err(f"document numbers must be {PREFIX}01..{PREFIX}05 once each, got {sorted(nums)}")
    exts = Counter(meta[f]["ext"] for f in meta)
    for need in ("txt", "docx", "pdf"):
        if exts[need] < 1:
            err(f"need at least one .{need} document")
    if exts["docx"] > 1 or exts["pdf"] > 1:
        err("only one .docx and one .pdf expected; the others must be .txt or .md")

    md_table = False
    hard_wrapped = False
    for f, raw in docs.items():
        n = norm(raw)
        words = len(raw.split())
        if not 700 <= words <= 1500:
            err(f"{f}: {words} words, must be 700-1500")
        state = "cộng hòa xã hội chủ nghĩa việt nam" in n and "độc lập - tự do - hạnh phúc" in n
        party = "đảng cộng sản việt nam" in n
        if not (state or party):
            err(f"{f}: motto missing (State or Party)")
        if not re.search(r"số:? ?\d+[-/]", n):
            err(f"{f}: number and symbol (Số ...) missing")
        if not re.search(r"ngày \d{1,2} tháng \d{1,2} năm \d{4}", n):
            err(f"{f}: place and date line missing")
        if "nơi nhận" not in n:
            err(f"{f}: 'Nơi nhận' list missing")
        if not re.search(r"(^|\s|-\s)lưu\b", n):
            err(f"{f}: 'Lưu' line missing")
        if "căn cứ" not in n and "thực hiện" not in n:
            err(f"{f}: no 'Căn cứ'/'Thực hiện' basis")
        for line in raw.splitlines():
            if "57-NQ/TW" in line and not line.strip().startswith("Căn cứ"):
                err(f"{f}: '57-NQ/TW' outside a 'Căn cứ' line")
        ext = meta[f]["ext"]
        if ext in ("txt", "md"):
            lines = raw.splitlines()
            for i in range(len(lines) - 1):
                if (re.match(r"^\s*\|.*\|\s*$", lines[i])
                        and re.match(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$", lines[i + 1])):
                    md_table = True
            long_lines = [l for l in lines if l.strip()]
            body = [l for l in long_lines if len(l) >= 45]
            if long_lines and max(len(l) for l in long_lines) <= 80 and len(body) >= 50:
                hard_wrapped = True
                meta[f]["hard_wrapped"] = True
        if ext == "pdf" and not 2 <= meta[f].get("pages", 0) <= 4:
            err(f"{f}: PDF has {meta[f].get('pages')} pages, must be 2-4")
        if ext == "pdf" and words < 700:
            err(f"{f}: PDF text layer too small")
        if ext == "docx" and meta[f].get("tables", 0) < 1:
            err(f"{f}: .docx has no Word table")
    if not md_table:
        err("no Markdown table in any .txt/.md document")
    if not hard_wrapped:
        err("no .txt/.md document hard-wrapped at 60-80 characters")
    return docs, meta


def has_diacritics(s):
    return any(ord(ch) > 127 and unicodedata.category(ch).startswith("L") for ch in nfc(s))


def has_abbrev(s):
    return bool(ABBREV_RE.search(nfc(s)))


# ------------------------------------------------------------------ questions
def check_questions(folder, docs):
    ndocs = {f: norm(t) for f, t in docs.items()}
    path = os.path.join(folder, "questions.jsonl")
    if not os.path.exists(path):
        err("questions.jsonl missing")
        return
    qs = []
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            qs.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"questions.jsonl line {i}: bad JSON ({e})")
    n = len(qs)
    if not 95 <= n <= 115:
        err(f"{n} questions; about 105 expected")
    ids = [q.get("id") for q in qs]
    for k, qid in enumerate(ids, 1):
        if qid != f"{PREFIX}{k:03d}":
            err(f"id #{k} is {qid!r}, expected {PREFIX}{k:03d}")
    for qid, c in Counter(ids).items():
        if c > 1:
            err(f"duplicate id {qid}")
    seen_q = {}
    cited = Counter()
    earlier = []
    stats = Counter()
    for q in qs:
        qid = q.get("id")
        text = q.get("question", "")
        if not isinstance(text, str) or len(text.strip()) < 5:
            err(f"{qid}: empty question")
            continue
        if text != nfc(text):
            err(f"{qid}: question not NFC")
        nq = norm(text)
        if nq in seen_q:
            err(f"{qid}: same question as {seen_q[nq]}")
        seen_q[nq] = qid
        if len(nq) > 30 and any(nq.rstrip("?") in d for d in ndocs.values()):
            err(f"{qid}: question copies a sentence of a document")
        kind = q.get("kind")
        if kind not in KINDS:
            err(f"{qid}: bad kind {kind!r}")
        ans = q.get("answerable")
        if not isinstance(ans, bool):
            err(f"{qid}: answerable must be true/false")
        ev = q.get("evidence")
        kw = q.get("keywords")
        if not isinstance(ev, list) or not isinstance(kw, list):
            err(f"{qid}: evidence and keywords must be lists")
            continue
        hist = q.get("history")
        if hist is not None:
            if not isinstance(hist, list) or not hist:
                err(f"{qid}: history must be a non-empty list")
            else:
                for h in hist:
                    if h not in earlier:
                        err(f"{qid}: history question not an earlier question: {h!r}")
                stats["followup"] += 1
                if ans is False:
                    stats["followup_unans"] += 1
        if kind == "follow-up" and not hist:
            err(f"{qid}: follow-up without history")
        if ans is False:
            stats["unans"] += 1
            if ev or kw:
                err(f"{qid}: unanswerable must have empty evidence and keywords")
            if kind not in ("unanswerable", "follow-up"):
                err(f"{qid}: unanswerable question of kind {kind}")
        elif ans is True:
            if kind == "unanswerable":
                err(f"{qid}: kind unanswerable but answerable true")
            if not 1 <= len(ev) <= 3:
                err(f"{qid}: 1-3 evidence quotes needed, got {len(ev)}")
            if not 1 <= len(kw) <= 3:
                err(f"{qid}: 1-3 keywords needed, got {len(kw)}")
            srcs = set()
            nquotes = []
            for e in ev:
                src, quote = e.get("source"), e.get("quote", "")
                if src not in ndocs:
                    err(f"{qid}: unknown source {src!r}")
                    continue
                qlen = len(nfc(quote).strip())
                if not 20 <= qlen <= 200:
                    err(f"{qid}: quote length {qlen} not in 20-200: {quote[:60]!r}")
                if norm(quote) not in ndocs[src]:
                    err(f"{qid}: quote not verbatim in {src}: {quote!r}")
                srcs.add(src)
                nquotes.append(norm(quote))
            for s in srcs:
                cited[s] += 1
            for k in kw:
                if not isinstance(k, str) or not k.strip():
                    err(f"{qid}: empty keyword")
                    continue
                if not any(norm(k) in nqt for nqt in nquotes):
                    err(f"{qid}: keyword {k!r} not inside its quotes")
            if kind == "corpus" and len(srcs) < 2:
                err(f"{qid}: corpus question must cite >= 2 documents")
        actors = q.get("actors")
        if actors is not None:
            if not isinstance(actors, list) or not actors:
                err(f"{qid}: actors must be a non-empty list")
            else:
                pool = [ndocs[e["source"]] for e in ev if e.get("source") in ndocs] or list(ndocs.values())
                for a in actors:
                    if not any(norm(a) in d for d in pool):
                        err(f"{qid}: actor not verbatim in cited text: {a!r}")
        if kind == "who-what":
            if not actors:
                err(f"{qid}: who-what question without actors")
            else:
                stats["whowhat"] += 1
        nodia = not has_diacritics(text)
        abbr = has_abbrev(text)
        if kind == "no-diacritics" and not nodia:
            err(f"{qid}: kind no-diacritics but question has diacritics")
        if kind == "abbreviation" and not abbr:
            err(f"{qid}: kind abbreviation but no abbreviation found")
        stats["nodia"] += nodia
        stats["abbr"] += abbr
        stats["kind:" + str(kind)] += 1
        earlier.append(text)

    def pct(x):
        return 100.0 * x / n if n else 0.0

    if pct(stats["unans"]) < 22:
        err(f"unanswerable {stats['unans']}/{n} = {pct(stats['unans']):.1f}% < 22%")
    if pct(stats["kind:unanswerable"] + stats["followup_unans"]) < 22:
        err("unanswerable quota not met by kind")
    if pct(stats["nodia"]) < 15 or pct(stats["kind:no-diacritics"]) < 15:
        err(f"no-diacritics {stats['nodia']} (kind {stats['kind:no-diacritics']}) of {n} < 15%")
    if pct(stats["abbr"]) < 12 or pct(stats["kind:abbreviation"]) < 12:
        err(f"abbreviation {stats['abbr']} (kind {stats['kind:abbreviation']}) of {n} < 12%")
    if stats["followup"] < 15:
        err(f"only {stats['followup']} follow-ups (>= 15)")
    if not 1 <= stats["followup_unans"] <= 2:
        err(f"{stats['followup_unans']} unanswerable follow-ups, 1-2 wanted")
    if stats["whowhat"] < 12:
        err(f"only {stats['whowhat']} who-what questions with actors (>= 12)")
    for k in ("metadata", "list", "corpus"):
        if stats["kind:" + k] < 3:
            err(f"only {stats['kind:' + k]} questions of kind {k}")
    for f in docs:
        if cited[f] < 12:
            err(f"{f} cited by {cited[f]} answerable questions (>= 12)")
    return stats, n, cited


# ------------------------------------------------------------------ who_what
def check_who_what(folder, docs):
    ndocs = {f: norm(t) for f, t in docs.items()}
    path = os.path.join(folder, "who_what.jsonl")
    if not os.path.exists(path):
        err("who_what.jsonl missing")
        return
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    srcs = [r.get("source") for r in rows]
    if sorted(srcs) != sorted(docs):
        err(f"who_what.jsonl must have one line per document, got {srcs}")
    for k, r in enumerate(rows, 1):
        rid = r.get("id")
        if rid != f"w{PREFIX}{k:02d}":
            err(f"who_what line {k}: id {rid!r}, expected w{PREFIX}{k:02d}")
        src = r.get("source")
        if src not in ndocs:
            err(f"{rid}: unknown source {src!r}")
            continue
        d = ndocs[src]
        dirv = r.get("directive", "")
        if not dirv:
            err(f"{rid}: directive missing")
        else:
            numsym = dirv.split(" ", 1)[-1]
            if norm(numsym) not in d:
                err(f"{rid}: directive number {numsym!r} not in {src}")
        actors = r.get("actors") or []
        if not actors:
            err(f"{rid}: no actors")
        names = set()
        for a in actors:
            name = a.get("name", "")
            names.add(norm(name))
            if norm(name) not in d:
                err(f"{rid}: actor name not verbatim: {name!r}")
            if a.get("role") not in ROLES:
                err(f"{rid}: bad role {a.get('role')!r} for {name!r}")
            dl = a.get("deadline")
            if dl is not None and norm(dl) not in d:
                err(f"{rid}: deadline not verbatim: {dl!r}")
            tq = a.get("task_quote", "")
            if not 20 <= len(nfc(tq).strip()) <= 200:
                err(f"{rid}: task_quote length {len(tq)} for {name!r}")
            if norm(tq) not in d:
                err(f"{rid}: task_quote not verbatim: {tq!r}")
        members = set()
        for g in r.get("groups") or []:
            if norm(g.get("name", "")) not in d:
                err(f"{rid}: group name not verbatim: {g.get('name')!r}")
            if not g.get("members"):
                err(f"{rid}: group {g.get('name')!r} without members")
            for m in g.get("members") or []:
                members.add(norm(m))
                if norm(m) not in d:
                    err(f"{rid}: group member not verbatim: {m!r}")
        intr = r.get("intruders") or []
        if not 3 <= len(intr) <= 6:
            err(f"{rid}: {len(intr)} intruders, 3-6 wanted")
        for x in intr:
            nx = norm(x)
            if nx not in d:
                err(f"{rid}: intruder not verbatim: {x!r}")
            if nx in names or nx in members:
                err(f"{rid}: intruder is also an actor/member: {x!r}")
            if any(nx in a for a in names):
                err(f"{rid}: intruder is part of an actor name: {x!r}")


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    folder = os.path.abspath(args[0]) if args else HERE
    docs, meta = load_corpus(folder)
    res = check_questions(folder, docs)
    check_who_what(folder, docs)
    if res and "-v" in sys.argv:
        stats, n, cited = res
        print(f"questions: {n}")
        for k, v in sorted(stats.items()):
            print(f"  {k}: {v} ({100.0 * v / n:.1f}%)")
        for f in sorted(cited):
            print(f"  cited {f}: {cited[f]}")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
