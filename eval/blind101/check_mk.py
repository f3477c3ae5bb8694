#!/usr/bin/env python
"""Standalone checker for evaluation set blind101 (prefix mk).

Reads the 5 corpus documents (.txt/.md as UTF-8, .docx via python-docx incl. tables,
.pdf via pypdf), normalises text (NFC, lower case, '*' and '#' dropped, whitespace
collapsed) and checks the rules of the brief for corpus/, questions.jsonl and
who_what.jsonl.  Prints OK (exit 0) or the list of problems (exit 1).

Usage:  /work/main/.venv/bin/python check_mk.py [set_folder]
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "mk"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBREV = ["KH", "CV", "QĐ", "BC", "TB", "HD", "TL", "KHLT", "UBND", "MTTQ", "GD&ĐT", "KH&CN",
          "HĐND", "THCS", "THPT", "TH", "BGK", "BTC", "BTV", "SP", "GV", "PGD", "SHTT", "HĐ",
          "ĐB", "PCT", "CK", "KH&KT", "LHH"]

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def has_diacritics(s):
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.category(ch) == "Mn" or ch in "đĐ":
            return True
    return False


# ------------------------------------------------------------------ readers
def read_docx(path):
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    doc = Document(path)
    parts, n_tables = [], 0
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            parts.append(Paragraph(child, doc).text)
        elif tag == "tbl":
            n_tables += 1
            tbl = Table(child, doc)
            for row in tbl.rows:
                seen = []
                for cell in row.cells:
                    if cell._tc in seen:
                        continue
                    seen.append(cell._tc)
                    parts.append(cell.text)
    return "\n".join(parts), doc.tables


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((p.extract_text() or "") for p in r.pages), len(r.pages)


def main(folder):
    corpus_dir = os.path.join(folder, "corpus")
    # ---------------------------------------------------------- corpus files
    files = sorted(os.listdir(corpus_dir)) if os.path.isdir(corpus_dir) else []
    if len(files) != 5:
        bad(f"corpus/ must hold exactly 5 documents, found {len(files)}: {files}")
    pat = re.compile(r"^%s0([1-5])_[a-z0-9]+(?:_[a-z0-9]+)*\.(txt|md|docx|pdf)$" % PREFIX)
    numbers, exts = [], Counter()
    raw, text, docx_tables, pdf_pages = {}, {}, {}, {}
    for f in files:
        m = pat.match(f)
        if not m:
            bad(f"bad file name: {f}")
            continue
        numbers.append(m.group(1))
        ext = m.group(2)
        exts[ext] += 1
        path = os.path.join(corpus_dir, f)
        if ext in ("txt", "md"):
            with open(path, encoding="utf-8") as fh:
                raw[f] = fh.read()
        elif ext == "docx":
            raw[f], docx_tables[f] = read_docx(path)
        else:
            raw[f], pdf_pages[f] = read_pdf(path)
        text[f] = norm(raw[f])
    if sorted(numbers) != ["1", "2", "3", "4", "5"]:
        bad(f"documents must be numbered {PREFIX}01..{PREFIX}05 once each, got {sorted(numbers)}")
    for e in ("txt", "docx", "pdf"):
        if exts[e] < 1:
            bad(f"need at least one .{e} document")
    if exts["docx"] > 1 or exts["pdf"] > 1:
        bad("only one .docx and one .pdf expected; the others .txt or .md")

    md_table = False
    wrapped = False
    for f, r in raw.items():
        words = len(r.split())
        if not 700 <= words <= 1500:
            bad(f"{f}: {words} words (must be 700-1500)")
        if unicodedata.normalize("NFC", r) != r:
            bad(f"{f}: text is not NFC")
        t = text[f]
        motto_state = "cộng hòa xã hội chủ nghĩa việt nam" in t and "độc lập - tự do - hạnh phúc" in t
        motto_party = "đảng cộng sản việt nam" in t
        motto_doan = "đoàn tncs hồ chí minh" in t
        if not (motto_state or motto_party or motto_doan):
            bad(f"{f}: no motto (CHXHCNVN / Độc lập - Tự do - Hạnh phúc, ĐCSVN or Đoàn TNCS)")
        if not re.search(r"số:? ?\d+[-/]", t):
            bad(f"{f}: no number and symbol ('Số: 123/...')")
        if not re.search(r"ngày \d{1,2} tháng \d{1,2} năm 20\d\d", t):
            bad(f"{f}: no place-and-date line")
        if "nơi nhận" not in t or "lưu:" not in t:
            bad(f"{f}: missing 'Nơi nhận:' or 'Lưu:' tail")
        if "(đã ký)" not in t:
            bad(f"{f}: missing signature block")
        for line in r.splitlines():
            if "57-NQ/TW" in line and not line.strip().lstrip("-*# ").startswith("Căn cứ"):
                bad(f"{f}: '57-NQ/TW' outside a 'Căn cứ' line: {line.strip()[:80]}")
        if f.endswith((".txt", ".md")):
            lines = r.splitlines()
            for i in range(len(lines) - 1):
                if lines[i].strip().startswith("|") and re.match(r"^\s*\|[\s:|-]*-{3,}[\s:|-]*\|?\s*$", lines[i + 1]):
                    md_table = True
            body = [ln for ln in lines if len(ln.strip()) > 0]
            long_lines = [ln for ln in body if len(ln) > 80]
            mid = [ln for ln in body if 60 <= len(ln) <= 80]
            if f.endswith(".txt") and not long_lines and len(mid) >= 30:
                wrapped = True
    if not md_table:
        bad("no Markdown table in a .txt/.md document")
    if not wrapped:
        bad("no .txt document hard-wrapped at 60-80 characters")
    for f, tables in docx_tables.items():
        if not any(len(tb.rows) >= 3 and len(tb.columns) >= 3 for tb in tables):
            bad(f"{f}: no Word table (>=3 rows, >=3 columns)")
    for f, n in pdf_pages.items():
        if not 2 <= n <= 4:
            bad(f"{f}: {n} PDF pages (must be 2-4)")
        if len(raw[f].split()) < 100:
            bad(f"{f}: PDF has no usable text layer")

    all_text = " ".join(text.values())

    def in_source(src, s):
        return src in text and norm(s) in text[src]

    # ------------------------------------------------------- questions.jsonl
    qpath = os.path.join(folder, "questions.jsonl")
    qs = []
    try:
        with open(qpath, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        qs.append(json.loads(line))
                    except json.JSONDecodeError as e:
                        bad(f"questions.jsonl line {n}: bad JSON ({e})")
    except FileNotFoundError:
        bad("questions.jsonl missing")
    seen_ids, seen_q, earlier = set(), set(), set()
    cites = Counter()
    kinds = Counter()
    n_unans = n_nodia = n_abbr = n_follow = n_follow_unans = n_whowhat = 0
    for i, q in enumerate(qs, 1):
        qid = q.get("id")
        tag = f"question {qid}"
        if qid != "%s%03d" % (PREFIX, i):
            bad(f"{tag}: id out of sequence (expected {PREFIX}{i:03d})")
        if qid in seen_ids:
            bad(f"{tag}: duplicate id")
        seen_ids.add(qid)
        qt = q.get("question", "")
        if not qt or norm(qt) in seen_q:
            bad(f"{tag}: empty or duplicate question")
        seen_q.add(norm(qt))
        if unicodedata.normalize("NFC", qt) != qt:
            bad(f"{tag}: question not NFC")
        kind = q.get("kind")
        kinds[kind] += 1
        if kind not in KINDS:
            bad(f"{tag}: unknown kind {kind!r}")
        ans = q.get("answerable")
        if not isinstance(ans, bool):
            bad(f"{tag}: answerable must be true/false")
        ev = q.get("evidence", [])
        kw = q.get("keywords", [])
        if ans is False:
            n_unans += 1
            if ev or kw:
                bad(f"{tag}: unanswerable question must have empty evidence and keywords")
            if kind != "unanswerable":
                bad(f"{tag}: answerable=false but kind={kind}")
        elif ans is True:
            if kind == "unanswerable":
                bad(f"{tag}: kind unanswerable but answerable=true")
            if not 1 <= len(ev) <= 3:
                bad(f"{tag}: needs 1-3 evidence quotes, has {len(ev)}")
            if not 1 <= len(kw) <= 3:
                bad(f"{tag}: needs 1-3 keywords, has {len(kw)}")
            srcs = set()
            for e in ev:
                src, quote = e.get("source"), e.get("quote", "")
                if src not in text:
                    bad(f"{tag}: evidence source {src!r} is not a corpus document")
                    continue
                srcs.add(src)
                if not 20 <= len(quote) <= 200:
                    bad(f"{tag}: quote length {len(quote)} outside 20-200: {quote[:60]!r}")
                if not in_source(src, quote):
                    bad(f"{tag}: quote not verbatim in {src}: {quote[:80]!r}")
            quotes_n = " ".join(norm(e.get("quote", "")) for e in ev)
            for k in kw:
                if norm(k) not in quotes_n and not any(norm(k) in text[s] for s in srcs):
                    bad(f"{tag}: keyword {k!r} not in its quotes or cited files")
            for s in srcs:
                cites[s] += 1
        hist = q.get("history")
        if hist is not None:
            if not isinstance(hist, list) or not hist:
                bad(f"{tag}: history must be a non-empty list")
            else:
                n_follow += 1
                if ans is False:
                    n_follow_unans += 1
                for h in hist:
                    if h not in earlier:
                        bad(f"{tag}: history item is not an earlier question: {h[:60]!r}")
        elif kind == "follow-up":
            bad(f"{tag}: follow-up without history")
        actors = q.get("actors")
        if actors is not None:
            srcs = [e.get("source") for e in ev if e.get("source") in text]
            for a in actors:
                if not (any(in_source(s, a) for s in srcs) or (not srcs and norm(a) in all_text)):
                    bad(f"{tag}: actor {a!r} not verbatim in the cited documents")
        if kind == "who-what":
            if actors:
                n_whowhat += 1
            else:
                bad(f"{tag}: who-what question without actors")
        if kind == "no-diacritics":
            if has_diacritics(qt):
                bad(f"{tag}: kind no-diacritics but question has diacritics")
            else:
                n_nodia += 1
        if kind == "abbreviation":
            toks = re.findall(r"[\wĐđ&]+", qt)
            if any(t in ABBREV for t in toks):
                n_abbr += 1
            else:
                bad(f"{tag}: kind abbreviation but no known abbreviation in question")
        earlier.add(qt)

    total = len(qs)
    if total:
        if not 95 <= total <= 120:
            bad(f"{total} questions (about 105 expected)")
        def pct(n):
            return 100.0 * n / total
        if pct(n_unans) < 22:
            bad(f"unanswerable {n_unans}/{total} = {pct(n_unans):.1f}% < 22%")
        if pct(n_nodia) < 15:
            bad(f"no-diacritics {n_nodia}/{total} = {pct(n_nodia):.1f}% < 15%")
        if pct(n_abbr) < 12:
            bad(f"abbreviation {n_abbr}/{total} = {pct(n_abbr):.1f}% < 12%")
        if n_follow < 15:
            bad(f"only {n_follow} follow-ups with history (>= 15)")
        if not 1 <= n_follow_unans <= 2:
            bad(f"{n_follow_unans} unanswerable follow-ups (1-2 expected)")
        if n_whowhat < 12:
            bad(f"only {n_whowhat} who-what questions with actors (>= 12)")
        for k in ("metadata", "list", "corpus", "factoid"):
            if kinds[k] < 3:
                bad(f"only {kinds[k]} {k} questions")
        for f in text:
            if cites[f] < 12:
                bad(f"{f} cited by only {cites[f]} answerable questions (>= 12)")
        for q in qs:
            if q.get("kind") == "corpus" and len({e.get("source") for e in q.get("evidence", [])}) < 2:
                bad(f"question {q.get('id')}: corpus question citing fewer than 2 documents")

    # ------------------------------------------------------- who_what.jsonl
    wpath = os.path.join(folder, "who_what.jsonl")
    ws = []
    try:
        with open(wpath, encoding="utf-8") as fh:
            ws = [json.loads(x) for x in fh if x.strip()]
    except FileNotFoundError:
        bad("who_what.jsonl missing")
    except json.JSONDecodeError as e:
        bad(f"who_what.jsonl: bad JSON ({e})")
    if len(ws) != len(text):
        bad(f"who_what.jsonl: {len(ws)} lines for {len(text)} documents")
    seen_src = set()
    for i, w in enumerate(ws, 1):
        tag = f"who_what {w.get('id')}"
        if w.get("id") != "w%s%02d" % (PREFIX, i):
            bad(f"{tag}: id out of sequence")
        src = w.get("source")
        if src not in text:
            bad(f"{tag}: unknown source {src!r}")
            continue
        if src in seen_src:
            bad(f"{tag}: second line for {src}")
        seen_src.add(src)
        if not w.get("directive"):
            bad(f"{tag}: empty directive")
        actor_names = set()
        if not w.get("actors"):
            bad(f"{tag}: no actors")
        for a in w.get("actors", []):
            name = a.get("name", "")
            actor_names.add(norm(name))
            if not in_source(src, name):
                bad(f"{tag}: actor name not verbatim: {name!r}")
            if a.get("role") not in ROLES:
                bad(f"{tag}: bad role {a.get('role')!r} for {name!r}")
            dl = a.get("deadline")
            if dl is not None and not in_source(src, dl):
                bad(f"{tag}: deadline not verbatim: {dl!r}")
            tq = a.get("task_quote", "")
            if not 20 <= len(tq) <= 200:
                bad(f"{tag}: task_quote length {len(tq)} for {name!r}")
            if not in_source(src, tq):
                bad(f"{tag}: task_quote not verbatim: {tq[:80]!r}")
        for g in w.get("groups", []):
            if not in_source(src, g.get("name", "")):
                bad(f"{tag}: group name not verbatim: {g.get('name')!r}")
            if not g.get("members"):
                bad(f"{tag}: group {g.get('name')!r} without members")
            for m in g.get("members", []):
                if not in_source(src, m):
                    bad(f"{tag}: group member not verbatim: {m!r}")
        intr = w.get("intruders", [])
        if not 3 <= len(intr) <= 6:
            bad(f"{tag}: {len(intr)} intruders (3-6 expected)")
        for x in intr:
            if not in_source(src, x):
                bad(f"{tag}: intruder not verbatim: {x!r}")
            if norm(x) in actor_names:
                bad(f"{tag}: intruder is also an actor: {x!r}")
    for f in text:
        if f not in seen_src:
            bad(f"who_what.jsonl: no line for {f}")

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"{len(problems)} problem(s)")
        return 1
    print("OK")
    print(f"  documents: {len(text)}; questions: {total}; kinds: {dict(sorted(kinds.items()))}")
    print(f"  unanswerable {n_unans} ({100.0*n_unans/total:.1f}%), no-diacritics {n_nodia} "
          f"({100.0*n_nodia/total:.1f}%), abbreviation {n_abbr} ({100.0*n_abbr/total:.1f}%), "
          f"follow-ups {n_follow} (unanswerable {n_follow_unans}), who-what {n_whowhat}")
    print("  citations per document:", dict(sorted(cites.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else HERE))
