#!/usr/bin/env python
"""Standalone checker for the blind3 eval set (corpus/, questions.jsonl, who_what.jsonl).

Run:  /tmp/venv_k/bin/python /work/main/eval/blind3/check_k.py
      (any Python with python-docx and pypdf installed; kg_rag is NOT imported)
Prints OK (exit 0) or the list of problems (exit 1).

Text units searched for a quote / keyword / actor:
  .txt  -> the whole file
  .docx -> each body paragraph and each table cell (never across cells)
  .pdf  -> each page's pypdf text (never across pages)
All text is NFC-normalised, lower-cased and every whitespace run (incl.
newlines) collapsed to one space before comparison.

Checks: ids kx### unique; questions unique and NFC; kinds valid; every
evidence quote 20-200 chars and found verbatim in its cited document;
keywords and actors of answerable questions occur in a cited quote (and
so in the cited document); unanswerable => evidence [] and keywords [];
history questions occur earlier; follow-ups carry history; share of
unanswerable >= 25%, no-diacritics >= 15%, >= 12 follow-up pairs (one of
them unanswerable), >= 10 who-what questions with actors, 110-120
questions, each document cited by >= 12 answerable questions; who_what.jsonl
covers the 6 documents, actor names / task quotes / deadlines / intruders
are verbatim and intruders are not actors.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
QFILE = os.path.join(HERE, "questions.jsonl")
WFILE = os.path.join(HERE, "who_what.jsonl")

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
# upper-case abbreviations officers type (case-sensitive match, token-bounded)
ABBR = ["UBND", "HĐND", "HDND", "KH", "QĐ", "QD", "CV", "BC", "NQ", "TW", "HD", "CTr", "CT",
        "MTTQ", "GD&ĐT", "GD&DT", "KH&CN", "KHCN", "CĐS", "CDS", "HU", "ĐU", "DU", "TMĐT", "TMDT",
        "HTX", "THPT", "THCS", "TTHC", "CNTT", "DN", "ĐMST", "DMST", "LHH", "SGDĐT"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in sorted(ABBR, key=len, reverse=True))
                     + r")(?![\w&])")
ABBR_RE_CI = re.compile(ABBR_RE.pattern, re.IGNORECASE)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def units(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".txt":
        return [open(path, encoding="utf-8").read()]
    if ext == ".docx":
        import docx
        d = docx.Document(path)
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    out.append(c.text)
                    out.extend(p.text for p in c.paragraphs)
        return out
    if ext == ".pdf":
        import pypdf
        return [p.extract_text() or "" for p in pypdf.PdfReader(path).pages]
    raise ValueError("unsupported file " + path)


def load_corpus():
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        docs[fn] = [norm(u) for u in units(os.path.join(CORPUS, fn))]
    return docs


def found(docs, src, text):
    t = norm(text)
    return bool(t) and any(t in u for u in docs.get(src, []))


def is_no_diacritics(q):
    """Typed without diacritics: every non-ASCII character sits inside an
    all-upper-case abbreviation token (e.g. QĐ, ĐU, GD&ĐT); at least one
    lower-case ASCII word is present."""
    q = unicodedata.normalize("NFC", q)
    for tok in re.split(r"[\s,;:?!.()\"']+", q):
        if all(ord(ch) < 128 for ch in tok):
            continue
        if not (tok.isupper() and len(tok) <= 8):
            return False
    return bool(re.search(r"[a-z]{2,}", q))


def has_abbr(q):
    return bool(ABBR_RE.search(q)) or (is_no_diacritics(q) and bool(ABBR_RE_CI.search(q)))


def main():
    errs = []
    docs = load_corpus()
    if len(docs) != 6:
        errs.append("corpus must hold 6 documents, found %d" % len(docs))
    for fn, us in docs.items():
        if not any(us):
            errs.append("%s: no text extracted" % fn)

    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    seen_ids, seen_q = set(), {}
    per_doc = collections.Counter()
    kinds = collections.Counter()
    pairs = unans_followups = who_what = 0
    for i, q in enumerate(qs):
        qid = q.get("id")
        tag = "%s (line %d)" % (qid, i + 1)
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            errs.append("%s: bad keys %s" % (tag, sorted(keys)))
        if not re.fullmatch(r"kx\d{3}", str(qid)):
            errs.append("%s: bad id" % tag)
        if qid in seen_ids:
            errs.append("%s: duplicate id" % tag)
        seen_ids.add(qid)
        text = q.get("question", "")
        if unicodedata.normalize("NFC", text) != text:
            errs.append("%s: question not NFC" % tag)
        if norm(text) in seen_q:
            errs.append("%s: duplicate question" % tag)
        seen_q[norm(text)] = i
        kind = q.get("kind")
        kinds[kind] += 1
        if kind not in KINDS:
            errs.append("%s: bad kind %r" % (tag, kind))
        if kind == "no-diacritics" and not is_no_diacritics(text):
            errs.append("%s: kind no-diacritics but question has diacritics" % tag)
        if kind == "abbreviation" and not has_abbr(text):
            errs.append("%s: kind abbreviation but no abbreviation found" % tag)
        if kind == "unanswerable" and q.get("answerable") is not False:
            errs.append("%s: kind unanswerable but answerable is not false" % tag)
        if "history" in q:
            hist = q["history"]
            if not isinstance(hist, list) or not hist:
                errs.append("%s: history must be a non-empty list" % tag)
            else:
                last = -1
                for h in hist:
                    j = seen_q.get(norm(h))
                    if j is None or j >= i:
                        errs.append("%s: history question not found earlier: %r" % (tag, h))
                    elif j <= last:
                        errs.append("%s: history not in order: %r" % (tag, h))
                    else:
                        last = j
                pairs += 1
                if q.get("answerable") is False:
                    unans_followups += 1
        if kind == "follow-up" and "history" not in q:
            errs.append("%s: follow-up without history" % tag)
        if kind == "who-what":
            if not q.get("actors"):
                errs.append("%s: who-what without actors" % tag)
            else:
                who_what += 1
        ev, kw = q.get("evidence"), q.get("keywords")
        if q.get("answerable") is False:
            if ev != [] or kw != []:
                errs.append("%s: unanswerable must have empty evidence/keywords" % tag)
            if q.get("actors"):
                errs.append("%s: unanswerable with actors" % tag)
            continue
        if q.get("answerable") is not True:
            errs.append("%s: answerable must be true/false" % tag)
            continue
        if not ev or len(ev) > 3:
            errs.append("%s: need 1-3 evidence quotes" % tag)
        if not kw:
            errs.append("%s: answerable question without keywords" % tag)
        nquotes = []
        for e in ev or []:
            src, quote = e.get("source"), e.get("quote", "")
            if set(e) != {"source", "quote"}:
                errs.append("%s: bad evidence keys %s" % (tag, sorted(e)))
            if src not in docs:
                errs.append("%s: unknown source %r" % (tag, src))
                continue
            if not 20 <= len(norm(quote)) <= 200:
                errs.append("%s: quote length %d: %r" % (tag, len(norm(quote)), quote))
            if not found(docs, src, quote):
                errs.append("%s: quote not found in %s: %r" % (tag, src, quote))
            nquotes.append((src, norm(quote)))
        for src in {s for s, _ in nquotes}:
            per_doc[src] += 1
        for k in kw or []:
            if not any(norm(k) in nq for _, nq in nquotes):
                errs.append("%s: keyword %r not inside a quote" % (tag, k))
            if not any(found(docs, s, k) for s, _ in nquotes):
                errs.append("%s: keyword %r not in cited documents" % (tag, k))
        for a in q.get("actors", []):
            if not any(norm(a) in nq for _, nq in nquotes):
                errs.append("%s: actor %r not inside a quote" % (tag, a))
            if not any(found(docs, s, a) for s, _ in nquotes):
                errs.append("%s: actor %r not in cited documents" % (tag, a))

    n = len(qs)
    n_un = sum(1 for q in qs if q.get("answerable") is False)
    n_nd = sum(1 for q in qs if is_no_diacritics(q["question"]))
    n_ab = sum(1 for q in qs if has_abbr(q["question"]))
    if not 110 <= n <= 120:
        errs.append("need 110-120 questions, have %d" % n)
    if n_un < 0.25 * n:
        errs.append("unanswerable %.1f%% < 25%%" % (100.0 * n_un / n))
    if n_nd < 0.15 * n:
        errs.append("no-diacritics %.1f%% < 15%%" % (100.0 * n_nd / n))
    if pairs < 12:
        errs.append("follow-up pairs %d < 12" % pairs)
    if unans_followups < 1:
        errs.append("no unanswerable follow-up")
    if who_what < 10:
        errs.append("who-what questions with actors %d < 10" % who_what)
    for src in docs:
        if per_doc[src] < 12:
            errs.append("%s cited by only %d answerable questions (< 12)" % (src, per_doc[src]))

    # who-what gold
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    covered = set()
    for w in ww:
        tag = w.get("id")
        if set(w) - {"id", "directive", "source", "actors", "intruders"}:
            errs.append("%s: unexpected keys %s" % (tag, sorted(w)))
        src = w.get("source")
        if src not in docs:
            errs.append("%s: unknown source %r" % (tag, src))
            continue
        covered.add(src)
        if not w.get("directive"):
            errs.append("%s: missing directive" % tag)
        if not w.get("actors"):
            errs.append("%s: no actors" % tag)
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                errs.append("%s: bad actor keys %s" % (tag, sorted(a)))
            for fld in ("name", "task_quote"):
                if not found(docs, src, a.get(fld) or ""):
                    errs.append("%s: actor %s not verbatim: %r" % (tag, fld, a.get(fld)))
            if not 20 <= len(norm(a.get("task_quote") or "")) <= 200:
                errs.append("%s: task_quote length: %r" % (tag, a.get("task_quote")))
            if norm(a.get("name") or "") not in norm(a.get("task_quote") or ""):
                errs.append("%s: name %r not inside its task_quote" % (tag, a.get("name")))
            if a.get("role") not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a.get("role")))
            dl = a.get("deadline")
            if dl is not None and not found(docs, src, dl):
                errs.append("%s: deadline not verbatim: %r" % (tag, dl))
        for it in w.get("intruders", []):
            if not found(docs, src, it):
                errs.append("%s: intruder not verbatim: %r" % (tag, it))
            if any(norm(it) == norm(a.get("name") or "") for a in w.get("actors", [])):
                errs.append("%s: intruder is also an actor: %r" % (tag, it))
    for src in docs:
        if src not in covered:
            errs.append("who_what.jsonl lacks %s" % src)

    print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | abbreviation %.1f%% | "
          "follow-up pairs %d (unanswerable %d) | who-what %d"
          % (n, n_un, 100.0 * n_un / n, n_nd, 100.0 * n_nd / n, 100.0 * n_ab / n, pairs, unans_followups, who_what))
    print("kinds:", dict(sorted(kinds.items())))
    print("answerable questions citing each doc:", dict(sorted(per_doc.items())))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
