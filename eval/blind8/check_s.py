#!/usr/bin/env python3
"""Standalone checker for eval/blind8 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind8/check_s.py
Prints OK (exit 0) or the list of problems (exit 1). Does not import kg_rag.

.txt corpus files are read directly; the .pdf file is read with pypdf. pypdf is
not in the standard library, so if it cannot be imported the script re-runs
itself with /work/main/.venv/bin/python (where pypdf is installed).
All text is NFC-normalised, lower-cased and every whitespace run (incl. line
breaks) collapsed to one space before comparison.
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
VENV_PY = "/work/main/.venv/bin/python"
DOCS = ("s01", "s02", "s03", "s04", "s05")

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "kl", "tb", "hd", "bc", "cv", "nq", "tw", "btv", "hu", "đu",
        "qđ", "qd", "kh&cn", "khcn", "kh&kt", "gd&đt", "gd&dt", "mttq", "thpt", "thcs", "tthc",
        "cđs", "cds", "pct", "tmđt", "tmdt", "vhttdl", "tc-kh", "vh-tt-tt", "lhh", "ttnnđ",
        "ttnnd", "btgtu", "clb"]
ABBR_RE = re.compile(r"(?<![\w&-])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&-])",
                     re.IGNORECASE)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def pdf_text(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)


def load_corpus(errs):
    docs, words, pages = {}, {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        path = os.path.join(CORPUS, fn)
        if fn.endswith(".pdf"):
            raw, pages[fn] = pdf_text(path)
            if len(raw.split()) < 100:
                errs.append("%s: pdf has no usable text layer" % fn)
        else:
            raw = open(path, encoding="utf-8").read()
            if unicodedata.normalize("NFC", raw) != raw:
                errs.append("%s: corpus file not NFC" % fn)
        docs[fn] = norm(raw)
        words[fn] = len(raw.split())
    return docs, words, pages


def is_no_diacritics(q):
    return all(ord(ch) < 128 for ch in q) and q == q.lower()


def has_abbr(q):
    return bool(ABBR_RE.search(q))


def strip_paren(s):
    return re.sub(r"\s*\([^)]*\)\s*$", "", s).strip()


def main():
    errs, notes = [], []
    docs, words, pages = load_corpus(errs)
    if sorted(d[:3] for d in docs) != list(DOCS):
        errs.append("corpus must hold exactly s01..s05, found %s" % sorted(docs))
    for fn, w in words.items():
        if not 700 <= w <= 1400:
            errs.append("%s: %d words, outside 700-1400" % (fn, w))
    for fn, n in pages.items():
        if not 2 <= n <= 3:
            errs.append("%s: %d pdf pages, expected 2-3" % (fn, n))
    if not any(fn.endswith(".pdf") for fn in docs):
        errs.append("no .pdf document in corpus")

    # ---------------- who-what gold
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    gold = collections.defaultdict(set)  # source -> normalised actor names
    seen_w = set()
    for w in ww:
        tag = w.get("id")
        src = w.get("source")
        if not re.fullmatch(r"ws\d{2}", str(tag)) or tag in seen_w:
            errs.append("%s: bad or duplicate who-what id" % tag)
        seen_w.add(tag)
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            errs.append("%s: bad keys %s" % (tag, sorted(w)))
        if src not in docs:
            errs.append("%s: unknown source %r" % (tag, src))
            continue
        if not w.get("directive") or not w.get("actors"):
            errs.append("%s: missing directive or actors" % tag)
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                errs.append("%s: bad actor keys %s" % (tag, sorted(a)))
                continue
            gold[src].add(norm(a["name"]))
            for fld in ("name", "task_quote"):
                if norm(a[fld]) not in docs[src]:
                    errs.append("%s: actor %s not verbatim: %r" % (tag, fld, a[fld]))
            if not 20 <= len(norm(a["task_quote"])) <= 200:
                errs.append("%s: task_quote length %d: %r" % (tag, len(norm(a["task_quote"])), a["task_quote"]))
            if norm(a["name"]) not in norm(a["task_quote"]):
                errs.append("%s: name %r not inside its task_quote" % (tag, a["name"]))
            if a["role"] not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a["role"]))
            if a["deadline"] is not None and norm(a["deadline"]) not in docs[src]:
                errs.append("%s: deadline not verbatim: %r" % (tag, a["deadline"]))
        names = {norm(a["name"]) for a in w.get("actors", []) if "name" in a}
        for it in w.get("intruders", []):
            if norm(it) not in docs[src]:
                errs.append("%s: intruder not verbatim: %r" % (tag, it))
            if norm(it) in names or norm(strip_paren(it)) in names:
                errs.append("%s: intruder is also a task actor: %r" % (tag, it))
    if len(ww) < 4:
        errs.append("who_what.jsonl needs at least 4 lines, has %d" % len(ww))

    # ---------------- questions
    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    seen_ids, seen_q = set(), {}
    cited = collections.Counter()
    kinds = collections.Counter()
    pairs = ww_actors = kw_outside_quote = 0
    for i, q in enumerate(qs):
        qid = q.get("id")
        tag = "%s (line %d)" % (qid, i + 1)
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            errs.append("%s: bad keys %s" % (tag, sorted(keys)))
            continue
        if not re.fullmatch(r"sx\d{3}", str(qid)):
            errs.append("%s: bad id" % tag)
        if qid in seen_ids:
            errs.append("%s: duplicate id" % tag)
        seen_ids.add(qid)
        text = q["question"]
        if unicodedata.normalize("NFC", text) != text:
            errs.append("%s: question not NFC" % tag)
        if norm(text) in seen_q:
            errs.append("%s: duplicate question" % tag)
        seen_q.setdefault(norm(text), i)
        kind = q["kind"]
        kinds[kind] += 1
        if kind not in KINDS:
            errs.append("%s: bad kind %r" % (tag, kind))
        if kind == "no-diacritics" and not is_no_diacritics(text):
            errs.append("%s: kind no-diacritics but question has diacritics/upper case" % tag)
        if kind == "abbreviation" and not has_abbr(text):
            errs.append("%s: kind abbreviation but no abbreviation found" % tag)
        if kind == "unanswerable" and q["answerable"] is not False:
            errs.append("%s: kind unanswerable but answerable" % tag)
        if "history" in q:
            hist = q["history"]
            if not isinstance(hist, list) or not hist:
                errs.append("%s: history must be a non-empty list" % tag)
            else:
                for h in hist:
                    j = seen_q.get(norm(h))
                    if j is None or j >= i:
                        errs.append("%s: history question not found earlier: %r" % (tag, h))
                pairs += 1
        if kind == "follow-up" and "history" not in q:
            errs.append("%s: follow-up without history" % tag)
        if "actors" in q and (kind != "who-what" or not q["actors"]):
            errs.append("%s: actors only on non-empty who-what questions" % tag)
        if kind == "who-what":
            if q.get("actors"):
                ww_actors += 1
            else:
                errs.append("%s: who-what without actors" % tag)
        ev, kw = q["evidence"], q["keywords"]
        if q["answerable"] is False:
            if ev != [] or kw != []:
                errs.append("%s: unanswerable must have empty evidence/keywords" % tag)
            continue
        if q["answerable"] is not True:
            errs.append("%s: answerable must be true/false" % tag)
            continue
        if not ev or len(ev) > 3:
            errs.append("%s: need 1-3 evidence quotes" % tag)
        if not kw:
            errs.append("%s: answerable question without keywords" % tag)
        srcs = []
        nquotes = []
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                errs.append("%s: unknown source %r" % (tag, src))
                continue
            if src not in srcs:
                srcs.append(src)
            if not 20 <= len(norm(quote)) <= 200:
                errs.append("%s: quote length %d: %r" % (tag, len(norm(quote)), quote))
            if norm(quote) not in docs[src]:
                errs.append("%s: quote not found in %s: %r" % (tag, src, quote))
            nquotes.append(norm(quote))
        for s in srcs:
            cited[s[:3]] += 1
        for k in kw:
            if not any(norm(k) in docs[s] for s in srcs):
                errs.append("%s: keyword %r not in any cited document" % (tag, k))
            elif not any(norm(k) in nq for nq in nquotes):
                kw_outside_quote += 1
                notes.append("%s: keyword %r is in a cited doc but outside the quotes" % (tag, k))
        for a in q.get("actors", []):
            if not any(norm(a) in gold.get(s, ()) for s in srcs):
                errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, srcs))
            if not any(norm(a) in nq for nq in nquotes):
                errs.append("%s: actor %r not inside a quote" % (tag, a))

    n = len(qs) or 1
    n_un = sum(1 for q in qs if q.get("answerable") is False)
    n_nd = sum(1 for q in qs if is_no_diacritics(q["question"]))
    n_ab = sum(1 for q in qs if has_abbr(q["question"]))
    if not 95 <= len(qs) <= 105:
        errs.append("need 95-105 questions, have %d" % len(qs))
    if n_un < 0.22 * n:
        errs.append("unanswerable %.1f%% < 22%%" % (100.0 * n_un / n))
    if n_nd < 0.15 * n:
        errs.append("no-diacritics %.1f%% < 15%%" % (100.0 * n_nd / n))
    if n_ab < 0.20 * n:
        errs.append("abbreviation %.1f%% < 20%%" % (100.0 * n_ab / n))
    if pairs < 12:
        errs.append("follow-up pairs %d < 12" % pairs)
    if ww_actors < 12:
        errs.append("who-what questions with actors %d < 12" % ww_actors)
    for k_, lo in (("metadata", 3), ("corpus", 3)):
        if kinds[k_] < lo:
            errs.append("need at least %d %s questions, have %d" % (lo, k_, kinds[k_]))
    for d in DOCS:
        if not 12 <= cited[d] <= 25:
            errs.append("%s cited by %d answerable questions (want 12-25)" % (d, cited[d]))

    print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | abbreviation %d (%.1f%%) | "
          "history pairs %d | who-what with actors %d"
          % (len(qs), n_un, 100.0 * n_un / n, n_nd, 100.0 * n_nd / n, n_ab, 100.0 * n_ab / n,
             pairs, ww_actors))
    print("kinds:", dict(sorted(kinds.items())))
    print("answerable questions citing each doc:", dict(sorted(cited.items())))
    print("words per doc:", dict(sorted(words.items())))
    print("pdf pages:", pages)
    print("who-what gold lines: %d, actors: %d" % (len(ww), sum(len(w.get("actors", [])) for w in ww)))
    print("keywords found in cited doc but outside the quotes: %d" % kw_outside_quote)
    for x in notes:
        print("  note " + x)
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    try:
        import pypdf  # noqa: F401
    except ImportError:
        if os.path.exists(VENV_PY) and not os.environ.get("CHECK_S_REEXEC"):
            os.environ["CHECK_S_REEXEC"] = "1"
            os.execv(VENV_PY, [VENV_PY, os.path.abspath(__file__)] + sys.argv[1:])
        sys.exit("pypdf is needed to read the .pdf corpus file")
    sys.exit(main())
