# -*- coding: utf-8 -*-
"""Standalone checker for eval set blind92 (no kg_rag import).

Usage:  python check_ql.py            -> prints OK or the list of problems (exit 1)
        python check_ql.py --dump F   -> prints the extracted text of corpus file F
        python check_ql.py --stats    -> also prints counts / percentages / word counts
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
QFILE = os.path.join(HERE, "questions.jsonl")
WFILE = os.path.join(HERE, "who_what.jsonl")
BANNED = os.path.join(HERE, "banned_names.txt")

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
# abbreviations an officer types; a question "uses abbreviations" if it contains one as a token
ABBREV = ["UBND", "KH&CN", "GD&ĐT", "GDĐT", "PGD", "CĐS", "THCS", "THPT", "MTTQ", "BHYT", "BHXH",
          "TTYT", "TYT", "CDC", "KSBT", "KH", "CV", "QĐ", "BC", "HD", "TB", "HĐND", "SYT",
          "SGD", "CTĐ", "HS", "MN", "TH", "PYT", "VH-XH", "TCMR", "SDD", "AED", "GDNN-GDTX",
          "BS", "CLB", "TT", "ĐT", "PGDĐT", "LHPN", "SCC", "DPT", "TP"]
VIET_DIACRITIC = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
                            re.IGNORECASE)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ extraction
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    """Paragraphs and table rows in body order; table cells joined by ' | '."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    out = []

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(W + "t"))

    for el in body:
        if el.tag == W + "p":
            out.append(ptext(el))
        elif el.tag == W + "tbl":
            for tr in el.iter(W + "tr"):
                cells = []
                for tc in tr.findall(W + "tc"):
                    cells.append(" ".join(ptext(p) for p in tc.findall(W + "p")))
                out.append(" | ".join(cells))
    return "\n".join(out)


def pdf_text(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((pg.extract_text() or "") for pg in r.pages), len(r.pages)


def file_text(name):
    path = os.path.join(CORPUS, name)
    if name.endswith(".docx"):
        return docx_text(path)
    if name.endswith(".pdf"):
        return pdf_text(path)[0]
    with open(path, encoding="utf-8") as f:
        return f.read()


# ------------------------------------------------------------------ checks
def main():
    args = sys.argv[1:]
    if args[:1] == ["--dump"]:
        print(file_text(args[1]))
        return 0
    stats = "--stats" in args
    problems = []
    files = sorted(os.listdir(CORPUS))
    raw = {}
    texts = {}
    for f in files:
        raw[f] = file_text(f)
        texts[f] = norm(raw[f])
    # --- corpus shape
    if len(files) != 5:
        problems.append(f"corpus has {len(files)} files, expected 5")
    for i, f in enumerate(files, 1):
        if not re.match(rf"ql0{i}_[a-z0-9_]+\.(md|txt|docx|pdf)$", f):
            problems.append(f"bad file name {f}")
    exts = {os.path.splitext(f)[1] for f in files}
    for e in (".md", ".txt", ".docx", ".pdf"):
        if e not in exts:
            problems.append(f"no {e} file")
    wc = {}
    for f in files:
        r = raw[f]
        if unicodedata.normalize("NFC", r) != r:
            problems.append(f"{f}: text is not NFC")
        n = len(r.split())
        wc[f] = n
        if not 700 <= n <= 1500:
            problems.append(f"{f}: {n} words, expected 700-1500")
        if "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in r or "Độc lập - Tự do - Hạnh phúc" not in r:
            problems.append(f"{f}: national motto missing")
        if "Số:" not in r or "Nơi nhận" not in r:
            problems.append(f"{f}: 'Số:' or 'Nơi nhận' missing")
        if "57-NQ/TW" in r and not re.search(r"Căn cứ[^\n]{0,120}57-NQ/TW", r):
            problems.append(f"{f}: 57-NQ/TW used outside a 'Căn cứ' line")
    for f in files:
        if f.endswith(".pdf"):
            npages = pdf_text(os.path.join(CORPUS, f))[1]
            if not 2 <= npages <= 4:
                problems.append(f"{f}: {npages} pages, expected 2-4")
        if f.endswith(".docx"):
            with zipfile.ZipFile(os.path.join(CORPUS, f)) as z:
                xml = z.read("word/document.xml").decode("utf-8")
            if "<w:numPr>" not in xml and 'w:val="ListNumber"' not in xml:
                problems.append(f"{f}: no Word list numbering")
            if "<w:tbl>" not in xml or "Đơn vị chủ trì" not in xml:
                problems.append(f"{f}: no task table")
    two_col = any(re.search(r"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ln) and re.match(r"\S.*\S {3,}CỘNG HÒA", ln)
                  for f in files if not f.endswith((".docx", ".pdf")) for ln in raw[f].splitlines())
    if not two_col:
        problems.append("no file with a two-column header typed with spaces")
    wrapped = False
    for f in files:
        if f.endswith(".txt"):
            lines = [ln for ln in raw[f].splitlines() if ln.strip()]
            if lines and max(len(ln) for ln in lines) <= 80 and sum(len(ln) >= 60 for ln in lines) >= 20:
                wrapped = True
    if not wrapped:
        problems.append("no hard-wrapped .txt")
    if not any(re.search(r"^\|.*\|\s*$\n^\|[-| :]+\|\s*$", raw[f], re.M) for f in files
               if f.endswith((".md", ".txt"))):
        problems.append("no Markdown table in .md/.txt")
    # --- banned names (case-sensitive substrings) in everything we wrote
    banned = [b for b in open(BANNED, encoding="utf-8").read().splitlines() if b.strip()]
    own = {f: raw[f] for f in files}
    own["questions.jsonl"] = open(QFILE, encoding="utf-8").read()
    own["who_what.jsonl"] = open(WFILE, encoding="utf-8").read()
    for f, t in own.items():
        t2 = unicodedata.normalize("NFC", t)
        t2 = re.sub(r"\s+", " ", t2)
        for b in banned:
            if b in t2:
                problems.append(f"{f}: contains banned name {b!r}")
    if "Quỳnh Lâm" not in "".join(raw.values()):
        problems.append("province Quỳnh Lâm not used")

    # --- questions
    qs = []
    with open(QFILE, encoding="utf-8") as fh:
        for ln_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            if unicodedata.normalize("NFC", line) != line:
                problems.append(f"questions line {ln_no}: not NFC")
            try:
                qs.append(json.loads(line))
            except Exception as e:
                problems.append(f"questions line {ln_no}: bad JSON {e}")
    seen = {}
    cites = {f: 0 for f in files}
    for i, q in enumerate(qs):
        qid = q.get("id", f"#{i}")
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            problems.append(f"{qid}: keys {sorted(keys)}")
            continue
        if not re.fullmatch(r"ql\d{3}", qid):
            problems.append(f"{qid}: bad id")
        if qid in seen:
            problems.append(f"{qid}: duplicate id")
        if q["kind"] not in KINDS:
            problems.append(f"{qid}: bad kind {q['kind']}")
        if not isinstance(q["answerable"], bool):
            problems.append(f"{qid}: answerable not bool")
        if q["kind"] == "unanswerable" and q["answerable"]:
            problems.append(f"{qid}: kind unanswerable but answerable true")
        if not q["answerable"]:
            if q["evidence"] or q["keywords"]:
                problems.append(f"{qid}: unanswerable with evidence/keywords")
        else:
            if not q["evidence"]:
                problems.append(f"{qid}: answerable without evidence")
            if not 1 <= len(q["keywords"]) <= 3:
                problems.append(f"{qid}: {len(q['keywords'])} keywords")
        srcs = set()
        for ev in q["evidence"]:
            src, quote = ev.get("source"), ev.get("quote", "")
            if set(ev) != {"source", "quote"}:
                problems.append(f"{qid}: evidence keys {sorted(ev)}")
            if src not in texts:
                problems.append(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            if not 20 <= len(quote) <= 200:
                problems.append(f"{qid}: quote length {len(quote)}")
            if norm(quote) not in texts[src]:
                problems.append(f"{qid}: quote not found in {src}: {quote[:60]!r}")
        for s in srcs:
            cites[s] += 1
        quotes_n = " ".join(norm(ev["quote"]) for ev in q["evidence"])
        for kw in q["keywords"]:
            k = norm(kw)
            if k not in quotes_n:
                if q["kind"] == "corpus" and any(k in texts[s] for s in srcs):
                    pass  # corpus answers name documents: keyword may sit in the cited file's header
                elif any(k in texts[s] for s in srcs):
                    problems.append(f"{qid}: keyword {kw!r} only in file, not in quotes")
                else:
                    problems.append(f"{qid}: keyword {kw!r} not found")
        if "history" in q:
            if not isinstance(q["history"], list) or not q["history"]:
                problems.append(f"{qid}: bad history")
            for h in q["history"]:
                if h not in seen.values():
                    problems.append(f"{qid}: history question is not an earlier question")
        if "actors" in q:
            for a in q["actors"]:
                if not any(norm(a) in texts[s] for s in srcs):
                    problems.append(f"{qid}: actor {a!r} not verbatim in cited file")
        seen[qid] = q["question"]
    n = len(qs)
    qtexts = {q["id"]: q["question"] for q in qs}
    unans = sum(1 for q in qs if not q["answerable"])
    nodia = sum(1 for q in qs if not VIET_DIACRITIC.search(q["question"]))
    abbr_re = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in sorted(ABBREV, key=len, reverse=True)) + r")(?![\w&])")
    abbr = sum(1 for q in qs if abbr_re.search(q["question"]))
    follow = [q for q in qs if "history" in q]
    follow_unans = sum(1 for q in follow if not q["answerable"])
    whowhat = sum(1 for q in qs if q["kind"] == "who-what" and q.get("actors"))
    kinds = {}
    for q in qs:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    if not 90 <= n <= 110:
        problems.append(f"{n} questions, expected ~100")
    if unans < 0.22 * n:
        problems.append(f"unanswerable {unans}/{n} < 22%")
    if nodia < 0.15 * n:
        problems.append(f"no-diacritics {nodia}/{n} < 15%")
    if abbr < 0.12 * n:
        problems.append(f"abbreviations {abbr}/{n} < 12%")
    if len(follow) != 15:
        problems.append(f"{len(follow)} follow-ups, expected 15")
    if not 1 <= follow_unans <= 2:
        problems.append(f"{follow_unans} unanswerable follow-ups, expected 1-2")
    if whowhat < 12:
        problems.append(f"who-what with actors {whowhat} < 12")
    for k in ("metadata", "corpus"):
        if kinds.get(k, 0) < 3:
            problems.append(f"only {kinds.get(k, 0)} {k} questions")
    for f, c in cites.items():
        if c < 12:
            problems.append(f"{f} cited by {c} questions (< 12)")
    for q in qs:
        if q["kind"] == "no-diacritics" and VIET_DIACRITIC.search(q["question"]):
            problems.append(f"{q['id']}: kind no-diacritics but has diacritics")
        if q["kind"] == "follow-up" and "history" not in q:
            problems.append(f"{q['id']}: follow-up without history")

    # --- who-what gold
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    if len(ww) != 5:
        problems.append(f"who_what has {len(ww)} lines, expected 5")
    ww_src = set()
    for w in ww:
        wid = w.get("id")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            problems.append(f"{wid}: keys {sorted(w)}")
            continue
        src = w["source"]
        if src not in texts:
            problems.append(f"{wid}: unknown source {src}")
            continue
        ww_src.add(src)
        t = texts[src]
        if not w["actors"]:
            problems.append(f"{wid}: no actors")
        for a in w["actors"]:
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                problems.append(f"{wid}: actor keys {sorted(a)}")
                continue
            if norm(a["name"]) not in t:
                problems.append(f"{wid}: actor name not verbatim: {a['name']!r}")
            if a["role"] not in ROLES:
                problems.append(f"{wid}: bad role {a['role']!r}")
            if a["deadline"] is not None and norm(a["deadline"]) not in t:
                problems.append(f"{wid}: deadline not verbatim: {a['deadline']!r}")
            tq = a["task_quote"]
            if not 20 <= len(tq) <= 200:
                problems.append(f"{wid}: task_quote length {len(tq)} ({a['name']})")
            if norm(tq) not in t:
                problems.append(f"{wid}: task_quote not verbatim: {tq[:60]!r}")
        names = {norm(a["name"]) for a in w["actors"]}
        for it in w["intruders"]:
            if norm(it) not in t:
                problems.append(f"{wid}: intruder not in file: {it!r}")
            if norm(it) in names:
                problems.append(f"{wid}: intruder also listed as actor: {it!r}")
    if ww_src != set(files):
        problems.append("who_what does not cover every document")

    if stats or problems == []:
        print(f"questions: {n}; kinds: {dict(sorted(kinds.items()))}")
        print(f"unanswerable {unans} ({100*unans/n:.1f}%), no-diacritics {nodia} ({100*nodia/n:.1f}%), "
              f"abbreviations {abbr} ({100*abbr/n:.1f}%), follow-ups {len(follow)} "
              f"(unanswerable {follow_unans}), who-what with actors {whowhat}")
        print("citations per file:", cites)
        print("words per file:", wc)
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
