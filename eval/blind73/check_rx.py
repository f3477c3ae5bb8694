# -*- coding: utf-8 -*-
"""Standalone checker for the blind73 set (no kg_rag). Prints OK or the problems."""
import json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).lower()).strip()


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    units = []
    for p in root.iter(W + "p"):  # every paragraph, including those inside table cells
        units.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(units)


def read_pdf(path):
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)


def read_any(path):
    if path.endswith(".docx"):
        return read_docx(path)
    if path.endswith(".pdf"):
        return read_pdf(path)
    return open(path, encoding="utf-8").read()


VN = set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")


def has_diacritics(s):
    return any(ch in VN for ch in unicodedata.normalize("NFC", s).lower())


def main():
    problems = []
    files = sorted(os.listdir(CORPUS))
    raw = {}
    for f in files:
        t = read_any(os.path.join(CORPUS, f))
        raw[f] = t
        if not f.endswith(".pdf") and unicodedata.normalize("NFC", t) != t:
            problems.append("%s: not NFC" % f)
        n = len(t.split())
        if not 700 <= n <= 1500:
            problems.append("%s: %d words (want 700-1500)" % (f, n))
    if len(files) != 5 or not all(re.match(r"rx0[1-5]_\w+\.(txt|md|docx|pdf)$", f) for f in files):
        problems.append("corpus file names/count wrong: %s" % files)
    docs = {f: norm(t) for f, t in raw.items()}

    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if unicodedata.normalize("NFC", line) != line:
                problems.append("questions line %d not NFC" % i)
            qs.append(json.loads(line))
    seen, earlier = set(), set()
    cite = {f: 0 for f in files}
    for d in qs:
        qid = d.get("id")
        keys = set(d) - {"history", "actors"}
        if keys != {"id", "question", "answerable", "kind", "evidence", "keywords"}:
            problems.append("%s: bad keys %s" % (qid, sorted(d)))
        if qid in seen:
            problems.append("%s: duplicate id" % qid)
        seen.add(qid)
        if d["kind"] not in KINDS:
            problems.append("%s: bad kind %s" % (qid, d["kind"]))
        for h in d.get("history", []):
            if h not in earlier:
                problems.append("%s: history is not an earlier question" % qid)
        earlier.add(d["question"])
        if d["kind"] == "no-diacritics" and has_diacritics(d["question"]):
            problems.append("%s: no-diacritics question has diacritics" % qid)
        if not d["answerable"]:
            if d["evidence"] or d["keywords"]:
                problems.append("%s: unanswerable with evidence/keywords" % qid)
            continue
        if not d["evidence"]:
            problems.append("%s: answerable without evidence" % qid)
        if not 1 <= len(d["keywords"]) <= 3:
            problems.append("%s: %d keywords" % (qid, len(d["keywords"])))
        srcs = set()
        for ev in d["evidence"]:
            src, quote = ev["source"], ev["quote"]
            if src not in docs:
                problems.append("%s: unknown source %s" % (qid, src))
                continue
            srcs.add(src)
            if not 20 <= len(quote) <= 200:
                problems.append("%s: quote length %d: %r" % (qid, len(quote), quote))
            if norm(quote) not in docs[src]:
                problems.append("%s: quote not in %s: %r" % (qid, src, quote))
        for s in srcs:
            cite[s] += 1
        evtext = " ".join(norm(e["quote"]) for e in d["evidence"])
        for k in d["keywords"]:
            if norm(k) not in evtext and not any(norm(k) in docs[s] for s in srcs):
                problems.append("%s: keyword %r not in evidence/cited files" % (qid, k))
        for a in d.get("actors", []):
            if not any(norm(a) in docs[s] for s in srcs):
                problems.append("%s: actor %r not verbatim in cited files" % (qid, a))

    n = len(qs)
    unans = sum(not d["answerable"] for d in qs)
    nodia = sum(not has_diacritics(d["question"]) for d in qs)
    abbr = sum(d["kind"] == "abbreviation" for d in qs)
    fu = [d for d in qs if d.get("history")]
    fu_un = sum(not d["answerable"] for d in fu)
    ww = sum(d["kind"] == "who-what" and bool(d.get("actors")) for d in qs)
    stats = dict(total=n, unanswerable=unans, no_diacritics=nodia, abbreviation=abbr,
                 follow_ups=len(fu), follow_ups_unanswerable=fu_un, who_what=ww,
                 metadata=sum(d["kind"] == "metadata" for d in qs), corpus=sum(d["kind"] == "corpus" for d in qs))
    if unans < 0.22 * n: problems.append("unanswerable %d < 22%%" % unans)
    if nodia < 0.15 * n: problems.append("no-diacritics %d < 15%%" % nodia)
    if abbr < 0.12 * n: problems.append("abbreviation %d < 12%%" % abbr)
    if len(fu) != 15: problems.append("follow-ups %d != 15" % len(fu))
    if not 1 <= fu_un <= 2: problems.append("unanswerable follow-ups %d (want 1-2)" % fu_un)
    if ww < 12: problems.append("who-what with actors %d < 12" % ww)
    if not stats["metadata"] or not stats["corpus"]: problems.append("missing metadata/corpus questions")
    for f, c in cite.items():
        if c < 12:
            problems.append("%s cited by only %d questions" % (f, c))

    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as fh:
        ww_lines = [json.loads(l) for l in fh]
    if sorted(w["source"] for w in ww_lines) != files:
        problems.append("who_what does not cover each document once")
    for w in ww_lines:
        src = w["source"]
        if src not in docs:
            problems.append("%s: unknown source" % w["id"]); continue
        for a in w["actors"]:
            if norm(a["name"]) not in docs[src]:
                problems.append("%s: actor name not verbatim: %r" % (w["id"], a["name"]))
            if not 20 <= len(a["task_quote"]) <= 200 or norm(a["task_quote"]) not in docs[src]:
                problems.append("%s: task_quote bad: %r" % (w["id"], a["task_quote"]))
            if a["role"] not in ("chủ trì", "phối hợp", "thường trực", None):
                problems.append("%s: bad role %r" % (w["id"], a["role"]))
            if a["deadline"] is not None and norm(a["deadline"]) not in docs[src]:
                problems.append("%s: deadline not verbatim: %r" % (w["id"], a["deadline"]))
        for x in w["intruders"]:
            if norm(x) not in docs[src]:
                problems.append("%s: intruder not verbatim: %r" % (w["id"], x))

    print(json.dumps(stats, ensure_ascii=False), json.dumps(cite))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
