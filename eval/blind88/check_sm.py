#!/usr/bin/env python3
"""Standalone checker for blind set 88. Usage: python check_sm.py"""
import json, os, re, sys, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
ABBR = re.compile(r"\b(KH|CV|QĐ|QD|TB|BC|UBND|KH&CN|GD&ĐT|GD&DT|GDĐT|CĐS|THCS|TH|MTTQ|TTYT|KSBT|CDC|"
                  r"HLHPN|LHPN|HPN|NS&VSMTNT|VSMT|TYT|SYT|PGD|PGDĐT|CT|TT|ĐT|HĐND|NHCSXH|BVĐ|VH-XH)\b")
VN_DIAC = set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    import xml.etree.ElementTree as ET
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    out = []
    def ptext(p):
        return "".join(t.text or "" for t in p.iter(W + "t"))
    body = root.find(W + "body")
    for el in body:
        if el.tag == W + "p":
            out.append(ptext(el))
        elif el.tag == W + "tbl":
            for tr in el.iter(W + "tr"):
                out.append(" | ".join(" ".join(ptext(p) for p in tc.iter(W + "p")) for tc in tr.iter(W + "tc")))
    return "\n".join(out)


def read_pdf(path):
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)


def read_any(path):
    if path.endswith(".docx"):
        return read_docx(path)
    if path.endswith(".pdf"):
        return read_pdf(path)
    return open(path, encoding="utf-8").read()


def load_corpus():
    raw, txt = {}, {}
    for f in sorted(os.listdir(CORPUS)):
        raw[f] = read_any(os.path.join(CORPUS, f))
        txt[f] = norm(raw[f])
    return raw, txt


def main():
    probs = []
    raw, txt = load_corpus()
    files = sorted(txt)
    if len(files) != 5 or not all(re.match(r"sm0[1-5]_\w+\.(txt|md|docx|pdf)$", f) for f in files):
        probs.append(f"corpus file names: {files}")
    for f in files:
        if f.endswith((".txt", ".md")):
            r = open(os.path.join(CORPUS, f), encoding="utf-8").read()
            if unicodedata.normalize("NFC", r) != r:
                probs.append(f"{f}: not NFC")
        n = len(raw[f].split())
        if not 700 <= n <= 1500:
            probs.append(f"{f}: {n} words (want 700-1500)")
    # ---- questions
    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    keys = {"id", "question", "answerable", "kind", "evidence", "keywords"}
    seen, earlier = set(), set()
    cites = {f: 0 for f in files}
    for q in qs:
        qid = q.get("id")
        extra = set(q) - keys - {"history", "actors"}
        if not keys <= set(q) or extra:
            probs.append(f"{qid}: bad keys {sorted(set(q))}")
            continue
        if qid in seen:
            probs.append(f"{qid}: duplicate id")
        seen.add(qid)
        for k in ("question",):
            if unicodedata.normalize("NFC", q[k]) != q[k]:
                probs.append(f"{qid}: question not NFC")
        if q["kind"] not in KINDS:
            probs.append(f"{qid}: bad kind {q['kind']}")
        for h in q.get("history", []):
            if h not in earlier:
                probs.append(f"{qid}: history not an earlier question: {h[:40]}")
        earlier.add(q["question"])
        if not q["answerable"]:
            if q["evidence"] or q["keywords"]:
                probs.append(f"{qid}: unanswerable with evidence/keywords")
            continue
        if not q["evidence"]:
            probs.append(f"{qid}: answerable without evidence")
        if not 1 <= len(q["keywords"]) <= 3:
            probs.append(f"{qid}: {len(q['keywords'])} keywords")
        ev_text, cited = [], set()
        for e in q["evidence"]:
            src, quote = e["source"], e["quote"]
            if unicodedata.normalize("NFC", quote) != quote:
                probs.append(f"{qid}: quote not NFC")
            if src not in txt:
                probs.append(f"{qid}: unknown source {src}")
                continue
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                probs.append(f"{qid}: quote length {len(nq)}")
            if nq not in txt[src]:
                probs.append(f"{qid}: quote not found in {src}: {quote[:60]}")
            ev_text.append(nq)
            cited.add(src)
        for s in cited:
            cites[s] += 1
        for k in q["keywords"]:
            nk = norm(k)
            if not any(nk in e for e in ev_text) and not any(nk in txt[s] for s in cited):
                probs.append(f"{qid}: keyword not in evidence/cited file: {k}")
        for a in q.get("actors", []):
            if not any(norm(a) in txt[s] for s in cited):
                probs.append(f"{qid}: actor not verbatim in cited file: {a}")
    # ---- who-what
    ww = [json.loads(l) for l in open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") if l.strip()]
    if sorted(w["source"] for w in ww) != files:
        probs.append("who_what: need one line per document")
    for w in ww:
        t = txt.get(w["source"], "")
        for a in w["actors"]:
            if norm(a["name"]) not in t:
                probs.append(f"{w['id']}: actor name not verbatim: {a['name']}")
            nq = norm(a["task_quote"])
            if not 20 <= len(nq) <= 200 or nq not in t:
                probs.append(f"{w['id']}: task_quote bad for {a['name']}: {a['task_quote'][:50]}")
            if a["deadline"] is not None and norm(a["deadline"]) not in t:
                probs.append(f"{w['id']}: deadline not verbatim: {a['deadline']}")
            if a["role"] not in ("chủ trì", "phối hợp", "thường trực", None):
                probs.append(f"{w['id']}: bad role {a['role']}")
        for i in w["intruders"]:
            if norm(i) not in t:
                probs.append(f"{w['id']}: intruder not in doc: {i}")
    # ---- mix
    n = len(qs)
    unans = sum(not q["answerable"] for q in qs)
    nodia = sum(1 for q in qs if not (set(q["question"].lower()) & VN_DIAC))
    abbr = sum(1 for q in qs if q["kind"] == "abbreviation" or ABBR.search(q["question"]))
    fu = [q for q in qs if q.get("history")]
    fu_un = sum(not q["answerable"] for q in fu)
    ww_q = sum(1 for q in qs if q["kind"] == "who-what" and q.get("actors"))
    meta = sum(q["kind"] == "metadata" for q in qs)
    corp = sum(q["kind"] == "corpus" for q in qs)
    print(f"questions={n} unanswerable={unans} ({100*unans/n:.1f}%) no-diacritics={nodia} ({100*nodia/n:.1f}%) "
          f"abbreviation={abbr} ({100*abbr/n:.1f}%) follow-ups={len(fu)} (unanswerable {fu_un}) "
          f"who-what={ww_q} metadata={meta} corpus={corp}")
    print("citations per document:", cites)
    if unans < 0.22 * n: probs.append("unanswerable < 22%")
    if nodia < 0.15 * n: probs.append("no-diacritics < 15%")
    if abbr < 0.12 * n: probs.append("abbreviation < 12%")
    if len(fu) < 15 or not 1 <= fu_un <= 2: probs.append("follow-ups: need 15 with 1-2 unanswerable")
    if ww_q < 12: probs.append("who-what < 12")
    if meta < 1 or corp < 1: probs.append("need metadata and corpus questions")
    for f, c in cites.items():
        if c < 12: probs.append(f"{f} cited by only {c} questions")
    if probs:
        print("PROBLEMS (%d):" % len(probs))
        for p in probs:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
