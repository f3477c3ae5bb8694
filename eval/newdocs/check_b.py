#!/usr/bin/env python3
"""Verify evaluation part B (questions_b.jsonl, who_what_b.jsonl, corpus/b*).

Needs pypdf and python-docx (scratch venv, e.g. /tmp/venv_b/bin/python check_b.py).
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
QFILE = HERE / "questions_b.jsonl"
WFILE = HERE / "who_what_b.jsonl"

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
                  r"\bTTHC\b|KH&TT|PT-TH|\bgd dt\b")
KINDS = {"factoid", "list", "who-what", "metadata", "corpus", "unanswerable", "no-diacritics",
         "abbreviation", "follow-up"}


def main():
    problems = []
    P = problems.append

    # ---- documents
    docs = {}
    files = sorted(p for p in CORPUS.iterdir() if p.name.startswith("b"))
    if len(files) != 8:
        P(f"expected 8 b* documents, found {len(files)}: {[f.name for f in files]}")
    for f in files:
        raw = extract(f)
        if f.suffix == ".txt" and not unicodedata.is_normalized("NFC", raw):
            P(f"{f.name}: text is not NFC")
        n = len(raw.split())
        if not 600 <= n <= 2000:
            P(f"{f.name}: {n} words (want 600-2000)")
        if re.search(r"57-NQ|Nghị quyết 57", raw):
            P(f"{f.name}: mentions 57-NQ/TW")
        docs[f.name] = norm(raw)
    if (CORPUS / "b04_cv_stttt_2983.pdf").exists():
        from pypdf import PdfReader
        np_ = len(PdfReader(str(CORPUS / "b04_cv_stttt_2983.pdf")).pages)
        if not 2 <= np_ <= 3:
            P(f"b04 pdf has {np_} pages (want 2-3)")

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
        if not re.fullmatch(r"gb\d{3}", qid):
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
    if not 95 <= n <= 115:
        P(f"{n} questions (want ~105)")
    if unans / n < 0.22:
        P(f"unanswerable {unans/n:.1%} < 22%")
    if nodia / n < 0.16:
        P(f"no-diacritics {nodia/n:.1%} < 16%")
    if abbr / n < 0.15:
        P(f"abbreviations {abbr/n:.1%} < 15%")
    if fups < 8:
        P(f"only {fups} follow-ups")
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
          f"abbreviations: {abbr} ({abbr/n:.1%}); follow-ups: {fups}")
    print("OK, no problems" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
