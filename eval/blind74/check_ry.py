# -*- coding: utf-8 -*-
"""Standalone checker for eval set blind74 (no kg_rag). Prints OK or the problems."""
import json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).lower()).strip()


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(pg.extract_text() or "" for pg in r.pages), len(r.pages)


def load_corpus():
    docs, raw, pages = {}, {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        p = os.path.join(CORPUS, fn)
        if fn.endswith(".docx"):
            t = read_docx(p)
        elif fn.endswith(".pdf"):
            t, pages[fn] = read_pdf(p)
        else:
            with open(p, encoding="utf-8") as f:
                t = f.read()
        raw[fn] = t
        docs[fn] = norm(t)
    return docs, raw, pages


def has_diacritics(s):
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.combining(ch) or ch in "đĐ":
            return True
    return False


def main():
    probs = []
    docs, raw, pages = load_corpus()
    # --- corpus shape
    if len(docs) != 5:
        probs.append(f"corpus has {len(docs)} files, expected 5")
    for fn, t in raw.items():
        if not re.match(r"^ry0[1-5]_[a-z0-9_]+\.(docx|pdf|txt|md)$", fn):
            probs.append(f"bad file name {fn}")
        if unicodedata.normalize("NFC", t) != t:
            probs.append(f"{fn}: text not NFC")
        nw = len(t.split())
        if not 700 <= nw <= 1500:
            probs.append(f"{fn}: {nw} words (want 700-1500)")
    for fn, n in pages.items():
        if not 2 <= n <= 4:
            probs.append(f"{fn}: {n} pdf pages")
    # --- questions
    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if unicodedata.normalize("NFC", line) != line:
                probs.append(f"questions line {ln} not NFC")
            qs.append(json.loads(line))
    keys_req = {"id", "question", "answerable", "kind", "evidence", "keywords"}
    seen, earlier = set(), set()
    cites = {fn: 0 for fn in docs}
    for q in qs:
        qid = q.get("id")
        ks = set(q)
        if not keys_req <= ks or ks - keys_req - {"history", "actors"}:
            probs.append(f"{qid}: bad keys {sorted(ks)}")
        if qid in seen:
            probs.append(f"{qid}: duplicate id")
        seen.add(qid)
        if not re.match(r"^ry\d{3}$", str(qid)):
            probs.append(f"{qid}: bad id")
        if q["kind"] not in KINDS:
            probs.append(f"{qid}: bad kind {q['kind']}")
        for h in q.get("history", []):
            if h not in earlier:
                probs.append(f"{qid}: history not an earlier question: {h[:40]}")
        if q["kind"] == "follow-up" and not q.get("history"):
            probs.append(f"{qid}: follow-up without history")
        if q["kind"] == "no-diacritics" and has_diacritics(q["question"]):
            probs.append(f"{qid}: no-diacritics question has diacritics")
        if q["answerable"]:
            if not q["evidence"] or not q["keywords"]:
                probs.append(f"{qid}: answerable without evidence/keywords")
            if not 1 <= len(q["keywords"]) <= 3:
                probs.append(f"{qid}: {len(q['keywords'])} keywords")
            srcs = set()
            for ev in q["evidence"]:
                src, quote = ev["source"], ev["quote"]
                if src not in docs:
                    probs.append(f"{qid}: unknown source {src}")
                    continue
                srcs.add(src)
                if not 20 <= len(quote) <= 200:
                    probs.append(f"{qid}: quote length {len(quote)}")
                if norm(quote) not in docs[src]:
                    probs.append(f"{qid}: quote not found in {src}: {quote[:60]}")
            for s in srcs:
                cites[s] += 1
            evq = " ".join(norm(e["quote"]) for e in q["evidence"])
            for kw in q["keywords"]:
                if norm(kw) not in evq and not any(norm(kw) in docs[s] for s in srcs):
                    probs.append(f"{qid}: keyword not in evidence/file: {kw}")
        else:
            if q["evidence"] or q["keywords"]:
                probs.append(f"{qid}: unanswerable with evidence/keywords")
        if q["kind"] == "who-what":
            if not q.get("actors"):
                probs.append(f"{qid}: who-what without actors")
            srcs = [e["source"] for e in q["evidence"]]
            for a in q.get("actors", []):
                if not any(norm(a) in docs[s] for s in srcs if s in docs):
                    probs.append(f"{qid}: actor not verbatim in cited file: {a}")
        earlier.add(q["question"])
    n = len(qs)
    pct = lambda c: 100.0 * c / n
    unans = sum(not q["answerable"] for q in qs)
    nodia = sum(not has_diacritics(q["question"]) for q in qs)
    abbr = sum(q["kind"] == "abbreviation" for q in qs)
    fu = sum(bool(q.get("history")) for q in qs)
    fu_un = sum(bool(q.get("history")) and not q["answerable"] for q in qs)
    ww = sum(q["kind"] == "who-what" for q in qs)
    meta = sum(q["kind"] == "metadata" for q in qs)
    corp = sum(q["kind"] == "corpus" for q in qs)
    if not 90 <= n <= 110: probs.append(f"{n} questions")
    if pct(unans) < 22: probs.append(f"unanswerable {pct(unans):.1f}% < 22%")
    if pct(nodia) < 15: probs.append(f"no-diacritics {pct(nodia):.1f}% < 15%")
    if pct(abbr) < 12: probs.append(f"abbreviation {pct(abbr):.1f}% < 12%")
    if fu != 15: probs.append(f"{fu} follow-ups (want 15)")
    if not 1 <= fu_un <= 2: probs.append(f"{fu_un} unanswerable follow-ups (want 1-2)")
    if ww < 12: probs.append(f"{ww} who-what < 12")
    if meta < 3 or corp < 3: probs.append(f"metadata {meta} / corpus {corp} too few")
    for fn, c in cites.items():
        if c < 12: probs.append(f"{fn} cited by {c} questions (<12)")
    # --- who-what gold
    wws = []
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as f:
        for line in f:
            wws.append(json.loads(line))
    if sorted(w["source"] for w in wws) != sorted(docs):
        probs.append("who_what.jsonl must have one line per document")
    for w in wws:
        d = docs.get(w["source"], "")
        for a in w["actors"]:
            if norm(a["name"]) not in d:
                probs.append(f"{w['id']}: actor name not verbatim: {a['name']}")
            tq = a["task_quote"]
            if not 20 <= len(tq) <= 200 or norm(tq) not in d:
                probs.append(f"{w['id']}: bad task_quote for {a['name']}: {tq[:50]}")
            if a["deadline"] is not None and norm(a["deadline"]) not in d:
                probs.append(f"{w['id']}: deadline not verbatim: {a['deadline']}")
            if a["role"] not in ("chủ trì", "phối hợp", "thường trực", None):
                probs.append(f"{w['id']}: bad role {a['role']}")
        for x in w["intruders"]:
            if norm(x) not in d:
                probs.append(f"{w['id']}: intruder not in doc: {x}")
    stats = (f"n={n} unans={unans} ({pct(unans):.0f}%) nodia={nodia} ({pct(nodia):.0f}%) "
             f"abbr={abbr} ({pct(abbr):.0f}%) followups={fu} (unans {fu_un}) who-what={ww} "
             f"meta={meta} corpus={corp} cites={cites}")
    if probs:
        print("\n".join(probs))
        print("PROBLEMS:", len(probs), "|", stats)
        sys.exit(1)
    print(stats)
    print("OK")


if __name__ == "__main__":
    main()
