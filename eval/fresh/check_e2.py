#!/usr/bin/env python3
"""Verify fresh evaluation part E2 (questions_e2.jsonl) against eval/newdocs/corpus.

Run with a Python that has python-docx and pypdf, e.g.
    /work/main/.venv/bin/python eval/fresh/check_e2.py
Prints every problem found and a summary; exit status 1 when there are problems.

Matching follows eval/newdocs/check_b.py `norm`: NFC, Ð→Đ, lower case, [bookmark:…]
dropped, * # \\ dropped, old tone-mark style → new, whitespace collapsed; a quote
(also normalised) must be a substring of the normalised document text.
"""
import collections
import json
import pathlib
import re
import sys
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent / "newdocs" / "corpus"
QFILE = HERE / "questions_e2.jsonl"
SOURCES = ["b07_kh_hkh_36.docx", "b08_bc_skhcn_88.txt", "c01_de_cuong_chuyen_doi_so.txt",
           "c02_kh_xa_hard_wrapped.txt", "c03_cv_so_y_te.txt", "c04_thong_bao_ket_luan.txt",
           "c05_bao_cao_gddt.txt", "c06_kh_truong_thpt.txt", "d01_nq_dang_uy_xa_phu_loc.txt"]

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


ABBR = re.compile(r"\b(KH|CV|QĐ|BC|HD|TB|KL|NQ)\s*\d|KH&CN|GD&ĐT|\bUBND\b|\bMTTQ\b|\bTHPT\b|\bĐU\b|"
                  r"\bHU\b|\bCNTT\b|\bKHKT\b|\bSYT\b|\bgd dt\b")
KINDS = {"factoid", "list", "who-what", "metadata", "corpus", "unanswerable", "no-diacritics",
         "abbreviation", "follow-up"}


def main():
    problems = []
    P = problems.append
    docs = {name: norm(extract(CORPUS / name)) for name in SOURCES}

    lines = [l for l in QFILE.read_text(encoding="utf-8").splitlines() if l.strip()]
    qs = []
    for n, l in enumerate(lines, 1):
        try:
            qs.append(json.loads(l))
        except json.JSONDecodeError as e:
            P(f"line {n}: bad JSON ({e})")
    ids = [q.get("id") for q in qs]
    for i, c in collections.Counter(ids).items():
        if c > 1:
            P(f"duplicate id {i}")
    expected = [f"fe2{i:02d}" for i in range(1, 51)]
    if ids != expected:
        P(f"ids are not fe201…fe250 in order: {ids}")
    for t, c in collections.Counter(q.get("question") for q in qs).items():
        if c > 1:
            P(f"duplicate question {t!r}")

    seen = []  # question texts of earlier lines
    for q in qs:
        qid = q.get("id", "?")
        for k in ("id", "question", "answerable", "kind", "evidence", "keywords"):
            if k not in q:
                P(f"{qid}: missing {k}")
        if q.get("kind") not in KINDS:
            P(f"{qid}: unknown kind {q.get('kind')}")
        if not unicodedata.is_normalized("NFC", json.dumps(q, ensure_ascii=False)):
            P(f"{qid}: not NFC")
        if q["answerable"]:
            if not 1 <= len(q["evidence"]) <= 3:
                P(f"{qid}: {len(q['evidence'])} evidence quotes (want 1-3)")
            if not 1 <= len(q["keywords"]) <= 3:
                P(f"{qid}: {len(q['keywords'])} keywords (want 1-3)")
        else:
            if q["evidence"] or q["keywords"]:
                P(f"{qid}: unanswerable with evidence/keywords")
            if q["kind"] not in ("unanswerable", "follow-up"):
                P(f"{qid}: unanswerable but kind {q['kind']}")
        quotes = []
        for e in q["evidence"]:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                P(f"{qid}: unknown source {src}")
                continue
            if not 20 <= len(quote) <= 200:
                P(f"{qid}: quote length {len(quote)}: {quote!r}")
            if norm(quote) not in docs[src]:
                P(f"{qid}: quote not found in {src}: {quote!r}")
            quotes.append(norm(quote))
        for kw in q["keywords"]:
            if not any(norm(kw) in qt for qt in quotes):
                P(f"{qid}: keyword {kw!r} not in any of its quotes")
        srcs = {e.get("source") for e in q["evidence"]}
        for a in q.get("actors", []):
            if not any(norm(a) in docs[s] for s in srcs if s in docs):
                P(f"{qid}: actor {a!r} not in its evidence documents")
        if q["kind"] == "follow-up" or "history" in q:
            h = q.get("history")
            if q["kind"] != "follow-up":
                P(f"{qid}: has history but kind {q['kind']}")
            if not h or any(x not in seen for x in h):
                P(f"{qid}: history question not found on an earlier line: {h}")
        seen.append(q["question"])

    n = len(qs)
    unans = sum(not q["answerable"] for q in qs)
    nodia = sum(fold(q["question"]) == norm(q["question"]) for q in qs)
    abbr = sum(bool(ABBR.search(q["question"])) for q in qs)
    fups = sum(q["kind"] == "follow-up" for q in qs)
    if n != 50:
        P(f"{n} questions (want 50)")
    if unans / n < 0.20:
        P(f"unanswerable {unans/n:.1%} < 20%")
    if nodia / n < 0.15:
        P(f"no-diacritics {nodia/n:.1%} < 15%")
    for q in qs:
        if q["kind"] == "no-diacritics" and fold(q["question"]) != norm(q["question"]):
            P(f"{q['id']}: kind no-diacritics but question has diacritics")
        if q["kind"] == "abbreviation" and not ABBR.search(q["question"]):
            P(f"{q['id']}: kind abbreviation but no abbreviation found")
    per_doc = collections.Counter()
    for q in qs:
        for s in {e["source"] for e in q["evidence"]}:
            per_doc[s] += 1
    for s in SOURCES:
        if per_doc[s] < 4:
            P(f"{s}: cited by only {per_doc[s]} questions (want >= 4)")

    for p in problems:
        print("PROBLEM:", p)
    kinds = collections.Counter(q["kind"] for q in qs)
    print(f"questions: {n}")
    print("per kind:", dict(sorted(kinds.items())))
    print("questions citing each document:", dict(sorted(per_doc.items())))
    print(f"unanswerable: {unans} ({unans/n:.1%}); no-diacritics (text): {nodia} ({nodia/n:.1%}); "
          f"with abbreviations: {abbr} ({abbr/n:.1%}); follow-ups: {fups}")
    print("OK, no problems" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
