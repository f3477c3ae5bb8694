#!/usr/bin/env python3
"""Verify evaluation part A (questions_a.jsonl, who_what_a.jsonl, corpus/a*).

Needs pypdf and python-docx (scratch venv, e.g. /tmp/venv_a/bin/python check_a.py).
Prints every problem found and a summary; exit status 1 when there are problems.

Matching follows DESIGN.md / shared/tools/score_dev.py `norm`: NFC, Ð→Đ, lower case,
[bookmark:…] dropped, * # \\ dropped, old tone-mark style → new, whitespace collapsed;
a quote must be a substring of the normalised document text.
"""
import collections
import json
import pathlib
import re
import sys
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QFILE = HERE / "questions_a.jsonl"
WFILE = HERE / "who_what_a.jsonl"

_OLD = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe",
        "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}
_OLD_RE = re.compile(r"(?<![qQ])(" + "|".join(_OLD) + r")(?!\w)", re.I)


def norm(s):
    s = unicodedata.normalize("NFC", s or "").replace("\u00d0", "\u0110").lower()
    s = re.sub(r"\[bookmark:[^\]]*\]", " ", s)
    s = re.sub(r"[*#\\]", "", s)
    s = _OLD_RE.sub(lambda m: _OLD[m.group(1).lower()], s)
    return re.sub(r"\s+", " ", s).strip()


def fold(s):
    s = unicodedata.normalize("NFD", norm(s).replace("đ", "d"))
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def extract(path):
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    raise ValueError(path)


ABBR = re.compile(r"\b(KH|CV|QĐ|BC|HD|TB|KL)\s*\d|KH&CN|GD&ĐT|\bUBND\b|\bMTTQ\b|TT&TT|\bHU\b|\bBCĐ\b|"
                  r"\bTTHC\b|KH&TT|PT-TH|\bgd dt\b|"
                  r"\b(CT|CTr|ct|ctr)\s*\d|(?<!/)\bĐU\b|(?<!/)\bTU\b|(?<!-)\bSGDĐT\b|\bSở GD\b|\bTHPT\b|\bTHCS\b|\bHĐND\b|\bMTTQ\b")
KINDS = {"factoid", "list", "who-what", "metadata", "corpus", "unanswerable", "no-diacritics",
         "abbreviation", "follow-up"}


def main():
    problems = []
    P = problems.append

    # ---- documents
    docs = {}
    files = sorted(p for p in CORPUS.iterdir() if p.name.startswith("a"))
    if len(files) != 3:
        P(f"expected 3 a* documents, found {len(files)}: {[f.name for f in files]}")
    other_numbers = set()
    for other in sorted(p for p in CORPUS.iterdir() if p.name[0] in "bcd"):
        other_numbers.update(re.findall(r"\b(\d+)[-/][A-ZĐ]", extract(other)))
    for f in files:
        raw = extract(f)
        if f.suffix == ".txt" and not unicodedata.is_normalized("NFC", raw):
            P(f"{f.name}: text is not NFC")
        n = len(raw.split())
        if not 600 <= n <= 1500:
            P(f"{f.name}: {n} words (want 600-1500)")
        if re.search(r"57-NQ|Nghị quyết 57", raw):
            P(f"{f.name}: mentions 57-NQ/TW")
        docs[f.name] = norm(raw)
        # document numbers of the other parts (b*, c*, d*) must not be reused in part A
        for num in sorted(set(re.findall(r"\b(\d+)[-/][A-ZĐ]", raw)) & other_numbers):
            P(f"{f.name}: document number {num} is also used in a b*/c*/d* document")
    a01 = CORPUS / "a01_ct_tu_hoa_lam.txt"
    if a01.exists():
        head = a01.read_text(encoding="utf-8").splitlines()[:5]
        if not any(re.match(r"ĐẢNG BỘ TỈNH HÒA LÂM {3,}ĐẢNG CỘNG SẢN VIỆT NAM$", l) for l in head):
            P("a01: two-column header not laid out with spaces on one line")
        if not any(re.match(r"Số 19-CT/TU {3,}Hòa Lâm, ngày", l) for l in head):
            P("a01: number/date header line missing")
    a02 = CORPUS / "a02_ctr_du_xa_an_phu.txt"
    if a02.exists() and "| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |" \
            not in a02.read_text(encoding="utf-8"):
        P("a02: Markdown task table header missing")
    a03 = CORPUS / "a03_hd_sgddt_hoa_lam.docx"
    if a03.exists():
        import docx
        d = docx.Document(str(a03))
        numbered = [p for p in d.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
        styles = {p.style.name for p in numbered}
        if not numbered or not {"List Number", "List Bullet"} <= styles:
            P(f"a03: Word list numbering missing (numbered paragraphs {len(numbered)}, styles {styles})")
        if not any(p.style.name.startswith("Heading") for p in d.paragraphs):
            P("a03: no heading styles")
        if re.search(r"^\s*\d+\.\s", "\n".join(p.text for p in numbered), re.M):
            P("a03: numbered paragraphs carry typed numbers")

    # ---- questions
    qs = [json.loads(l) for l in QFILE.read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [q["id"] for q in qs]
    for i, c in collections.Counter(ids).items():
        if c > 1:
            P(f"duplicate id {i}")
    for t, c in collections.Counter(q["question"] for q in qs).items():
        if c > 1:
            P(f"duplicate question {t!r}")
    texts = {q["question"] for q in qs}
    for q in qs:
        qid = q["id"]
        if not re.fullmatch(r"ga\d{3}", qid):
            P(f"{qid}: bad id")
        for k in ("id", "question", "answerable", "kind", "evidence", "keywords"):
            if k not in q:
                P(f"{qid}: missing {k}")
        if q["kind"] not in KINDS:
            P(f"{qid}: unknown kind {q['kind']}")
        if not unicodedata.is_normalized("NFC", json.dumps(q, ensure_ascii=False)):
            P(f"{qid}: not NFC")
        if q["answerable"]:
            if not q["evidence"]:
                P(f"{qid}: answerable without evidence")
            if not 1 <= len(q["keywords"]) <= 3:
                P(f"{qid}: {len(q['keywords'])} keywords")
        else:
            if q["evidence"] or q["keywords"]:
                P(f"{qid}: unanswerable with evidence/keywords")
            if q["kind"] not in ("unanswerable", "follow-up"):
                P(f"{qid}: unanswerable but kind {q['kind']}")
        srcs = set()
        for e in q["evidence"]:
            src, quote = e["source"], e["quote"]
            srcs.add(src)
            if src not in docs:
                P(f"{qid}: unknown source {src}")
                continue
            if not 20 <= len(quote) <= 200:
                P(f"{qid}: quote length {len(quote)}: {quote!r}")
            if norm(quote) not in docs[src]:
                P(f"{qid}: quote not found in {src}: {quote!r}")
        if q["answerable"]:
            hay = " ".join(fold(docs[s]) for s in srcs if s in docs)
            for kw in q["keywords"]:
                if fold(kw) not in hay:
                    P(f"{qid}: keyword {kw!r} not in its evidence documents")
        for a in q.get("actors", []):
            if not any(norm(a) in docs[s] for s in srcs if s in docs):
                P(f"{qid}: actor {a!r} not in its evidence documents")
        if q["kind"] == "follow-up" or "history" in q:
            h = q.get("history")
            if q["kind"] != "follow-up":
                P(f"{qid}: has history but kind {q['kind']}")
            if not h or any(x not in texts for x in h):
                P(f"{qid}: history question missing: {h}")
            else:
                prev = next(p for p in qs if p["question"] == h[-1])
                if ids.index(prev["id"]) >= ids.index(qid):
                    P(f"{qid}: history question comes after it")

    n = len(qs)
    unans = sum(not q["answerable"] for q in qs)
    nodia = sum(fold(q["question"]) == norm(q["question"]) for q in qs)
    abbr = sum(bool(ABBR.search(q["question"])) for q in qs)
    fups = sum(q["kind"] == "follow-up" for q in qs)
    whowhat = sum(bool(q.get("actors")) for q in qs)
    if not 45 <= n <= 80:
        P(f"{n} questions (want 45-80)")
    if unans < 11 or unans / n < 0.22:
        P(f"unanswerable {unans} ({unans/n:.1%}); want >= 11 and >= 22%")
    if nodia < 8 or nodia / n < 0.16:
        P(f"no-diacritics {nodia} ({nodia/n:.1%}); want >= 8 and >= 16%")
    if abbr < 6:
        P(f"abbreviations {abbr} < 6")
    if fups < 5:
        P(f"only {fups} follow-ups (want >= 5)")
    if whowhat < 8:
        P(f"only {whowhat} questions with actors (want >= 8)")
    for kind in ("metadata", "corpus"):
        if not any(q["kind"] == kind for q in qs):
            P(f"no {kind} question")
    per_doc = collections.Counter()
    for q in qs:
        for s in {e["source"] for e in q["evidence"]}:
            per_doc[s] += 1

    # ---- who-what gold
    ww = [json.loads(l) for l in WFILE.read_text(encoding="utf-8").splitlines() if l.strip()]
    wids = [w["id"] for w in ww]
    if len(set(wids)) != len(wids):
        P("who_what: duplicate ids")
    for w in ww:
        wid, src = w["id"], w["source"]
        if src not in docs:
            P(f"{wid}: unknown source {src}")
            continue
        d = docs[src]
        names = set()
        for a in w["actors"]:
            names.add(a["name"])
            if norm(a["name"]) not in d:
                P(f"{wid}: actor name not in document: {a['name']!r}")
            if not a.get("task_quote") or norm(a["task_quote"]) not in d:
                P(f"{wid}: task_quote not in document: {a.get('task_quote')!r}")
            if a.get("deadline") and norm(a["deadline"]) not in d:
                P(f"{wid}: deadline not in document: {a['deadline']!r}")
        for g in w.get("groups", []):
            if norm(g["name"]) not in d:
                P(f"{wid}: group name not in document: {g['name']!r}")
            for m in g["members"]:
                if norm(m) not in d:
                    P(f"{wid}: group member not in document: {m!r}")
        for x in w.get("intruders", []):
            if norm(x) not in d:
                P(f"{wid}: intruder not in document: {x!r}")
            if x in names:
                P(f"{wid}: intruder is also an actor: {x!r}")
    # every who-what question's actors should be in the gold of its document
    gold = collections.defaultdict(set)
    for w in ww:
        for a in w["actors"]:
            gold[w["source"]].add(a["name"])
        for g in w.get("groups", []):
            gold[w["source"]].add(g["name"])
            gold[w["source"]].update(g["members"])
    for q in qs:
        for a in q.get("actors", []):
            if not any(a in gold[e["source"]] for e in q["evidence"]):
                P(f"{q['id']}: actor {a!r} missing from who_what gold")

    for p in problems:
        print("PROBLEM:", p)
    kinds = collections.Counter(q["kind"] for q in qs)
    print(f"documents: {len(docs)}; questions: {n}; who-what lines: {len(ww)}")
    print("per kind:", dict(sorted(kinds.items())))
    print("questions citing each document:", dict(sorted(per_doc.items())))
    print(f"unanswerable: {unans} ({unans/n:.1%}); no-diacritics: {nodia} ({nodia/n:.1%}); "
          f"abbreviations: {abbr} ({abbr/n:.1%}); follow-ups: {fups}; with actors: {whowhat}")
    print("OK, no problems" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
