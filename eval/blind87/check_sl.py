# -*- coding: utf-8 -*-
"""Standalone checker for blind set 87 (no kg_rag). Prints OK or the problems."""
import json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    for p in root.iter(W + "p"):
        buf = []
        for el in p.iter():
            if el.tag == W + "t":
                buf.append(el.text or "")
            elif el.tag in (W + "tab", W + "br"):
                buf.append(" ")
        parts.append("".join(buf))
    return "\n".join(parts)


def read_pdf(path):
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)


def read_raw(path):
    if path.endswith(".docx"):
        return read_docx(path)
    if path.endswith(".pdf"):
        return read_pdf(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


VI = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
ABBR = re.compile(r"(?<![\w&/-])(KH|CV|QĐ|QD|HD|BC|TB|UBND|HĐND|GD&ĐT|GD&DT|GDĐT|GDDT|VH-TT&DL|VHTTDL|VH-TT|TT&TT|KH&CN|CĐS|CDS|THCS|THPT|TH|PTDTBT|PTDTNT|MTTQ|HKH|TV|TĐ|PGD|SGD|BTV|TNCS)(?![\w&/-])", re.I)
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}


def main():
    problems = []
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        raw = read_raw(os.path.join(CORPUS, fn))
        if fn.endswith((".txt", ".md")) and unicodedata.normalize("NFC", raw) != raw:
            problems.append(f"{fn}: not NFC")
        docs[fn] = norm(raw)
        nwords = len(raw.split())
        if not 700 <= nwords <= 1500:
            problems.append(f"{fn}: {nwords} words (want 700-1500)")
    if len(docs) != 5:
        problems.append(f"corpus has {len(docs)} files, want 5")

    def chk_quote(where, src, q):
        if src not in docs:
            problems.append(f"{where}: unknown source {src}")
            return False
        if unicodedata.normalize("NFC", q) != q:
            problems.append(f"{where}: quote not NFC")
        if not 20 <= len(q) <= 200:
            problems.append(f"{where}: quote length {len(q)}")
        if norm(q) not in docs[src]:
            problems.append(f"{where}: quote not found in {src}: {q[:60]!r}")
            return False
        return True

    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                qs.append(json.loads(line))
    ids, seen_q = set(), []
    cites = {fn: 0 for fn in docs}
    n_un = n_nodia = n_abbr = n_fu = n_fu_un = n_who = 0
    kinds = {}
    for q in qs:
        qid = q.get("id")
        base = {"id", "question", "answerable", "kind", "evidence", "keywords"}
        extra = set(q) - base - {"history", "actors"}
        if not base <= set(q) or extra:
            problems.append(f"{qid}: bad keys {sorted(set(q))}")
        if qid in ids:
            problems.append(f"{qid}: duplicate id")
        ids.add(qid)
        if not re.fullmatch(r"sl\d{3}", qid or ""):
            problems.append(f"{qid}: bad id")
        text = q["question"]
        if unicodedata.normalize("NFC", text) != text:
            problems.append(f"{qid}: question not NFC")
        k = q["kind"]
        kinds[k] = kinds.get(k, 0) + 1
        if k not in KINDS:
            problems.append(f"{qid}: bad kind {k}")
        if "history" in q:
            n_fu += 1
            for h in q["history"]:
                if h not in seen_q:
                    problems.append(f"{qid}: history question is not an earlier question")
            if not q["answerable"]:
                n_fu_un += 1
        if not q["answerable"]:
            n_un += 1
            if q["evidence"] or q["keywords"]:
                problems.append(f"{qid}: unanswerable must have empty evidence/keywords")
        else:
            if not q["evidence"]:
                problems.append(f"{qid}: no evidence")
            if not 1 <= len(q["keywords"]) <= 3:
                problems.append(f"{qid}: want 1-3 keywords")
            srcs = set()
            for i, ev in enumerate(q["evidence"]):
                chk_quote(f"{qid} ev{i}", ev["source"], ev["quote"])
                srcs.add(ev["source"])
            for fn in srcs:
                if fn in cites:
                    cites[fn] += 1
            evtext = " ".join(norm(ev["quote"]) for ev in q["evidence"])
            for kw in q["keywords"]:
                if norm(kw) not in evtext and not any(norm(kw) in docs.get(s, "") for s in srcs):
                    problems.append(f"{qid}: keyword {kw!r} not in evidence or cited file")
        if not any(c in text.lower() for c in VI):
            n_nodia += 1
        if ABBR.search(text):
            n_abbr += 1
        if q.get("actors"):
            n_who += 1
            srcs = {ev["source"] for ev in q["evidence"]}
            for a in q["actors"]:
                if not any(norm(a) in docs.get(s, "") for s in srcs):
                    problems.append(f"{qid}: actor {a!r} not verbatim in cited file")
        seen_q.append(text)
    N = len(qs)
    pct = lambda x: 100.0 * x / N if N else 0
    if pct(n_un) < 22: problems.append(f"unanswerable {pct(n_un):.1f}% < 22%")
    if pct(n_nodia) < 15: problems.append(f"no-diacritics {pct(n_nodia):.1f}% < 15%")
    if pct(n_abbr) < 12: problems.append(f"abbreviations {pct(n_abbr):.1f}% < 12%")
    if n_fu < 15: problems.append(f"follow-ups {n_fu} < 15")
    if not 1 <= n_fu_un <= 2: problems.append(f"unanswerable follow-ups {n_fu_un}, want 1-2")
    if n_who < 12: problems.append(f"who-what questions with actors {n_who} < 12")
    for fn, c in cites.items():
        if c < 12: problems.append(f"{fn}: cited by {c} questions < 12")

    # who-what gold
    wids = set()
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as f:
        wl = [json.loads(l) for l in f if l.strip()]
    wsrc = set()
    for w in wl:
        if w["id"] in wids: problems.append(f"{w['id']}: duplicate")
        wids.add(w["id"])
        src = w["source"]; wsrc.add(src)
        if src not in docs:
            problems.append(f"{w['id']}: unknown source"); continue
        for j, a in enumerate(w["actors"]):
            if norm(a["name"]) not in docs[src]:
                problems.append(f"{w['id']} actor {a['name']!r} not verbatim")
            if a["role"] not in ("chủ trì", "phối hợp", "thường trực", None):
                problems.append(f"{w['id']} actor {a['name']!r} bad role")
            if a["deadline"] is not None and norm(a["deadline"]) not in docs[src]:
                problems.append(f"{w['id']} deadline {a['deadline']!r} not verbatim")
            chk_quote(f"{w['id']} actor{j}", src, a["task_quote"])
        for it in w["intruders"]:
            if norm(it) not in docs[src]:
                problems.append(f"{w['id']} intruder {it!r} not in file")
    if wsrc != set(docs):
        problems.append("who_what.jsonl does not cover every document once")

    print(f"questions={N} unanswerable={n_un} ({pct(n_un):.1f}%) no-diacritics={n_nodia} ({pct(n_nodia):.1f}%) "
          f"abbreviations={n_abbr} ({pct(n_abbr):.1f}%) follow-ups={n_fu} (unanswerable {n_fu_un}) who-what-with-actors={n_who}")
    print("kinds:", dict(sorted(kinds.items())))
    print("citations per document:", cites)
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
