#!/usr/bin/env python
"""Checker for the blind4 eval set (corpus/, questions.jsonl, who_what.jsonl).

Run:  /tmp/venv_m/bin/python /work/main/eval/blind4/check_m.py
(needs python-docx for the .docx; pypdf only if a .pdf is added).
Prints OK (exit 0) or the list of problems (exit 1). Does not import kg_rag.

Text units searched for a quote:
  .txt  -> the whole file
  .docx -> each body paragraph, and each table cell (never across cells)
  .pdf  -> each page's pypdf text (never across pages)
All text is NFC-normalised, lower-cased and every whitespace run (incl.
newlines) collapsed to one space before comparison.
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

N_DOCS = 5
DOC_PREFIXES = ("m01", "m02", "m03", "m04", "m05")
HARD_WRAPPED = {"m03": 75}          # prefix -> max line length
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "ct", "tb", "qđ", "qd", "hd", "cv", "nq", "tw", "tp",
        "kh&cn", "khcn", "gd&đt", "gd&dt", "mttq", "btg", "pt-th", "tt&tt", "cntt",
        "thcs", "thpt", "tt-bc-xb", "grdp"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&])",
                     re.IGNORECASE)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def raw_units(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".txt", ".md"):
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


def load_corpus(errs):
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        path = os.path.join(CORPUS, fn)
        units = raw_units(path)
        docs[fn] = [norm(u) for u in units]
        if fn.endswith(".docx"):   # a cell appears twice (cell + its paragraphs): dedupe for counting
            seen, text = set(), []
            for u in units:
                if u not in seen:
                    seen.add(u)
                    text.append(u)
            full = "\n".join(text)
        else:
            full = units[0]
        if any(unicodedata.normalize("NFC", u) != u for u in units):
            errs.append("%s: text is not NFC" % fn)
        nw = len(full.split())
        if not 700 <= nw <= 1400:
            errs.append("%s: %d words (want 700-1400)" % (fn, nw))
        lim = HARD_WRAPPED.get(fn[:3])
        if lim and fn.endswith(".txt"):
            long_lines = [l for l in full.split("\n") if len(l) > lim]
            if long_lines:
                errs.append("%s: %d lines longer than %d chars (should be hard-wrapped)"
                            % (fn, len(long_lines), lim))
    return docs


def found(docs, src, quote):
    q = norm(quote)
    return bool(q) and any(q in u for u in docs.get(src, []))


def is_no_diacritics(q):
    """Typed without Vietnamese diacritics: pure ASCII (upper-case abbreviations allowed)."""
    return all(ord(ch) < 128 for ch in q)


def has_abbr(q):
    return bool(ABBR_RE.search(q))


def main():
    errs = []
    docs = load_corpus(errs)
    if len(docs) != N_DOCS:
        errs.append("corpus must hold %d documents, found %d" % (N_DOCS, len(docs)))

    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    seen_ids, seen_q = set(), {}
    per_doc = collections.Counter()
    kinds = collections.Counter()
    pairs = un_pairs = ww_actors = 0
    for i, q in enumerate(qs):
        qid = q.get("id")
        tag = "%s (line %d)" % (qid, i + 1)
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            errs.append("%s: bad keys %s" % (tag, sorted(keys)))
        if not re.fullmatch(r"mx\d{3}", str(qid)):
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
            errs.append("%s: kind unanswerable but answerable" % tag)
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
                    elif j < last:
                        errs.append("%s: history not in order" % tag)
                    else:
                        last = j
                pairs += 1
                if q.get("answerable") is False:
                    un_pairs += 1
        if kind == "follow-up" and "history" not in q:
            errs.append("%s: follow-up without history" % tag)
        if kind == "who-what":
            if not q.get("actors"):
                errs.append("%s: who-what without actors" % tag)
            else:
                ww_actors += 1
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
        nquotes, srcs = [], set()
        for e in ev or []:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                errs.append("%s: unknown source %r" % (tag, src))
                continue
            srcs.add(src)
            if not 20 <= len(norm(quote)) <= 200:
                errs.append("%s: quote length %d: %r" % (tag, len(norm(quote)), quote))
            if not found(docs, src, quote):
                errs.append("%s: quote not found in %s: %r" % (tag, src, quote))
            nquotes.append(norm(quote))
        for src in srcs:
            per_doc[src] += 1
        for k in kw or []:
            if not any(norm(k) in nq for nq in nquotes):
                errs.append("%s: keyword %r not inside a quote" % (tag, k))
            if not any(found(docs, s, k) for s in srcs):
                errs.append("%s: keyword %r not in cited docs" % (tag, k))
        for a in q.get("actors", []):
            if not any(found(docs, s, a) for s in srcs):
                errs.append("%s: actor %r not in cited docs" % (tag, a))

    n = len(qs)
    n_un = sum(1 for q in qs if q.get("answerable") is False)
    n_nd = sum(1 for q in qs if is_no_diacritics(q["question"]))
    n_nd_ab = sum(1 for q in qs if is_no_diacritics(q["question"]) and has_abbr(q["question"]))
    if not 95 <= n <= 105:
        errs.append("need 95-105 questions, have %d" % n)
    if n_un < 0.25 * n:
        errs.append("unanswerable %.1f%% < 25%%" % (100.0 * n_un / n))
    if n_nd < 0.15 * n:
        errs.append("no-diacritics %.1f%% < 15%%" % (100.0 * n_nd / n))
    if n_nd_ab < 0.5 * n_nd:
        errs.append("only %d of %d no-diacritics questions carry an abbreviation" % (n_nd_ab, n_nd))
    if pairs < 10:
        errs.append("follow-up pairs %d < 10" % pairs)
    if un_pairs < 1:
        errs.append("no unanswerable follow-up")
    if ww_actors < 10:
        errs.append("who-what questions with actors %d < 10" % ww_actors)
    for src in docs:
        if per_doc[src] < 12:
            errs.append("%s cited by only %d answerable questions (< 12)" % (src, per_doc[src]))

    # who-what gold
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    covered = set()
    for w in ww:
        tag = w.get("id")
        src = w.get("source")
        if set(w) - {"id", "directive", "source", "actors", "intruders"}:
            errs.append("%s: unexpected keys %s" % (tag, sorted(w)))
        if src not in docs:
            errs.append("%s: unknown source %r" % (tag, src))
            continue
        covered.add(src[:3])
        if not w.get("directive"):
            errs.append("%s: missing directive" % tag)
        if not w.get("actors"):
            errs.append("%s: no actors" % tag)
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                errs.append("%s: actor keys %s" % (tag, sorted(a)))
            for fld in ("name", "task_quote"):
                if not found(docs, src, a.get(fld, "")):
                    errs.append("%s: actor %s not verbatim: %r" % (tag, fld, a.get(fld)))
            if not 20 <= len(norm(a.get("task_quote", ""))) <= 200:
                errs.append("%s: task_quote length: %r" % (tag, a.get("task_quote")))
            if norm(a.get("name", "")) not in norm(a.get("task_quote", "")) and not src.endswith(".docx"):
                errs.append("%s: name %r not inside its task_quote" % (tag, a.get("name")))
            if a.get("role") not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a.get("role")))
            dl = a.get("deadline")
            if dl is not None and not found(docs, src, dl):
                errs.append("%s: deadline not verbatim: %r" % (tag, dl))
        for it in w.get("intruders", []):
            if not found(docs, src, it):
                errs.append("%s: intruder not verbatim: %r" % (tag, it))
            if any(norm(it) == norm(a["name"]) for a in w.get("actors", [])):
                errs.append("%s: intruder is also an actor: %r" % (tag, it))
    for g in DOC_PREFIXES:
        if g not in covered:
            errs.append("who_what.jsonl lacks %s" % g)

    print("questions: %d | unanswerable %.1f%% | no-diacritics %.1f%% (%d with abbreviation) | "
          "follow-up pairs %d (%d unanswerable) | who-what with actors %d"
          % (n, 100.0 * n_un / n, 100.0 * n_nd / n, n_nd_ab, pairs, un_pairs, ww_actors))
    print("kinds:", dict(sorted(kinds.items())))
    print("answerable citations per doc:", dict(sorted(per_doc.items())))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
