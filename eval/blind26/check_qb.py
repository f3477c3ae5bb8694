#!/usr/bin/env python3
"""Standalone checker for eval/blind26 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind26/check_qb.py
Uses the standard library only, except pypdf for the one PDF (qb02): if
pypdf cannot be imported, the script re-runs itself with
/work/main/.venv/bin/python. Does not import kg_rag.
All text is NFC-normalised, lower-cased and every whitespace run (incl.
newlines and PDF line wraps) collapsed to one space before comparison.
Prints OK (exit 0) or the list of problems (exit 1).
"""
import collections
import json
import os
import re
import sys
import unicodedata

try:
    import pypdf  # noqa: F401
except ImportError:
    VENV = "/work/main/.venv/bin/python"
    if os.path.exists(VENV) and not os.environ.get("CHECK_QB_REEXEC"):
        os.environ["CHECK_QB_REEXEC"] = "1"
        os.execv(VENV, [VENV] + sys.argv)
    pypdf = None

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
QFILE = os.path.join(HERE, "questions.jsonl")
WFILE = os.path.join(HERE, "who_what.jsonl")
DOCS = ("qb01", "qb02", "qb03", "qb04", "qb05")
HARD_WRAPPED = "qb03"
PDF_DOC = "qb02"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "kl", "tb", "bc", "cv", "nq", "tw", "btv", "qđ", "qd",
        "đa", "kh&cn", "khcn", "gd&đt", "gd&dt", "gd", "pgd", "mttq", "thpt", "thcs", "tthc",
        "cđs", "cds", "pct", "snv", "tđkt", "tdkt", "vhttdl", "gdnn-gdtx", "ttg"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&])",
                     re.IGNORECASE)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_doc(path, errs):
    fn = os.path.basename(path)
    if fn.endswith(".pdf"):
        if pypdf is None:
            errs.append("%s: pypdf not available, cannot read PDF" % fn)
            return "", 0
        reader = pypdf.PdfReader(path)
        pages = [p.extract_text() or "" for p in reader.pages]
        if len(pages) != 3:
            errs.append("%s: PDF has %d pages, expected 3" % (fn, len(pages)))
        for i, t in enumerate(pages, 1):
            if "Trang %d/%d" % (i, len(pages)) not in t:
                errs.append("%s: page %d has no page number" % (fn, i))
        return "\n".join(pages), None
    raw = open(path, encoding="utf-8").read()
    if unicodedata.normalize("NFC", raw) != raw:
        errs.append("%s: corpus file not NFC" % fn)
    return raw, None


def load_corpus(errs):
    docs, words, raws = {}, {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        raw, _ = read_doc(os.path.join(CORPUS, fn), errs)
        raws[fn] = raw
        docs[fn] = norm(raw)
        words[fn] = len(raw.split())
    return docs, words, raws


def is_no_diacritics(q):
    return all(ord(ch) < 128 for ch in q) and q == q.lower()


def has_abbr(q):
    return bool(ABBR_RE.search(q))


def main():
    errs = []
    docs, words, raws = load_corpus(errs)
    if sorted(d[:4] for d in docs) != list(DOCS):
        errs.append("corpus must hold exactly qb01..qb05, found %s" % sorted(docs))
    for fn, w in words.items():
        if not 700 <= w <= 1400:
            errs.append("%s: %d words, outside 700-1400" % (fn, w))
        if fn.startswith(HARD_WRAPPED):
            lines = raws[fn].splitlines()
            body = [l for l in lines if l.strip()]
            longest = max(len(l) for l in lines)
            near = sum(1 for l in body if 60 <= len(l) <= 72)
            if longest > 76 or near < 0.5 * len(body):
                errs.append("%s: not hard-wrapped at ~72 (longest %d, %d/%d lines 60-72)"
                            % (fn, longest, near, len(body)))
        if fn.startswith(PDF_DOC) and not fn.endswith(".pdf"):
            errs.append("%s: must be a PDF" % fn)
        if fn.startswith("qb01") and "|---|" not in raws[fn]:
            errs.append("%s: no Markdown table" % fn)

    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    gold_names = collections.defaultdict(set)
    for w in ww:
        for a in w.get("actors", []):
            gold_names[w.get("source")].add(norm(a.get("name", "")))

    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    seen_ids, seen_q = set(), {}
    cited = collections.Counter()
    kinds = collections.Counter()
    pairs = unans_followups = ww_actors = 0
    for i, q in enumerate(qs):
        qid = q.get("id")
        tag = "%s (line %d)" % (qid, i + 1)
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            errs.append("%s: bad keys %s" % (tag, sorted(keys)))
        if not re.fullmatch(r"qb\d{3}", str(qid)):
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
            errs.append("%s: kind no-diacritics but question has diacritics/upper case" % tag)
        if kind == "abbreviation" and not has_abbr(text):
            errs.append("%s: kind abbreviation but no abbreviation found" % tag)
        if kind == "unanswerable" and q.get("answerable") is not False:
            errs.append("%s: kind unanswerable but answerable is not false" % tag)
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
                if q.get("answerable") is False:
                    unans_followups += 1
        if kind == "follow-up" and "history" not in q:
            errs.append("%s: follow-up without history" % tag)
        if "actors" in q and (kind != "who-what" or not q["actors"]):
            errs.append("%s: actors only on non-empty who-what questions" % tag)
        if kind == "who-what" and not q.get("actors"):
            errs.append("%s: who-what without actors" % tag)
        ev, kw = q.get("evidence"), q.get("keywords")
        if q.get("answerable") is False:
            if ev != [] or kw != []:
                errs.append("%s: unanswerable must have empty evidence/keywords" % tag)
            continue
        if q.get("answerable") is not True:
            errs.append("%s: answerable must be true/false" % tag)
            continue
        if not ev or len(ev) > 6:
            errs.append("%s: need 1-6 evidence quotes" % tag)
        if not kw:
            errs.append("%s: answerable question without keywords" % tag)
        srcs = {e.get("source") for e in ev or []}
        for src in srcs:
            cited[src] += 1
        nquotes = []
        for e in ev or []:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                errs.append("%s: unknown source %r" % (tag, src))
                continue
            if not 20 <= len(norm(quote)) <= 200:
                errs.append("%s: quote length %d: %r" % (tag, len(norm(quote)), quote))
            if norm(quote) not in docs[src]:
                errs.append("%s: quote not found in %s: %r" % (tag, src, quote))
            nquotes.append(norm(quote))
        for k in kw or []:
            if not any(norm(k) in docs.get(s, "") for s in srcs):
                errs.append("%s: keyword %r not in cited documents" % (tag, k))
            elif not any(norm(k) in nq for nq in nquotes):
                errs.append("%s: keyword %r not inside a quote" % (tag, k))
        if kind == "who-what":
            ww_actors += 1
            for a in q.get("actors", []):
                if not any(norm(a) in gold_names.get(s, set()) for s in srcs):
                    errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, sorted(srcs)))
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
    if unans_followups < 1:
        errs.append("no unanswerable follow-up")
    if ww_actors < 12:
        errs.append("who-what questions with actors %d < 12" % ww_actors)
    if kinds["metadata"] < 4:
        errs.append("metadata questions %d < 4" % kinds["metadata"])
    if kinds["corpus"] < 3:
        errs.append("corpus questions %d < 3" % kinds["corpus"])
    for src in docs:
        if not 15 <= cited[src] <= 25:
            errs.append("%s cited by %d answerable questions (need 15-25)" % (src, cited[src]))

    # who-what gold
    covered = collections.Counter()
    wids = set()
    for w in ww:
        tag = w.get("id")
        src = w.get("source")
        if not re.fullmatch(r"wqb\d{2}", str(tag)) or tag in wids:
            errs.append("%s: bad or duplicate who-what id" % tag)
        wids.add(tag)
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            errs.append("%s: bad keys %s" % (tag, sorted(w)))
        if src not in docs:
            errs.append("%s: unknown source %r" % (tag, src))
            continue
        covered[src[:4]] += 1
        if not w.get("directive"):
            errs.append("%s: missing directive" % tag)
        if not w.get("actors"):
            errs.append("%s: no actors" % tag)
        quotes = []
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                errs.append("%s: bad actor keys %s" % (tag, sorted(a)))
            for fld in ("name", "task_quote"):
                if norm(a.get(fld) or "") not in docs[src] or not a.get(fld):
                    errs.append("%s: actor %s not verbatim: %r" % (tag, fld, a.get(fld)))
            if not 20 <= len(norm(a.get("task_quote", ""))) <= 200:
                errs.append("%s: task_quote length: %r" % (tag, a.get("task_quote")))
            if norm(a.get("name", "")) not in norm(a.get("task_quote", "")):
                errs.append("%s: name %r not inside its task_quote" % (tag, a.get("name")))
            if a.get("role") not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a.get("role")))
            dl = a.get("deadline")
            if dl is not None and norm(dl) not in docs[src]:
                errs.append("%s: deadline not verbatim: %r" % (tag, dl))
            quotes.append(norm(a.get("task_quote", "")))
        names = [norm(a.get("name", "")) for a in w.get("actors", [])]
        for it in w.get("intruders", []):
            ni = norm(it)
            if ni not in docs[src]:
                errs.append("%s: intruder not verbatim: %r" % (tag, it))
            if any(ni == nm or ni in nm or nm in ni for nm in names):
                errs.append("%s: intruder overlaps an actor name: %r" % (tag, it))
            if any(ni in tq for tq in quotes):
                errs.append("%s: intruder appears inside a task_quote: %r" % (tag, it))
    if len(ww) < 4:
        errs.append("who_what.jsonl needs at least 4 lines, has %d" % len(ww))
    for g, c in covered.items():
        if c != 1:
            errs.append("who_what.jsonl has %d lines for %s" % (c, g))

    print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | "
          "abbreviation %d (%.1f%%) | history pairs %d (unanswerable %d) | who-what with actors %d"
          % (len(qs), n_un, 100.0 * n_un / n, n_nd, 100.0 * n_nd / n, n_ab, 100.0 * n_ab / n,
             pairs, unans_followups, ww_actors))
    print("kinds:", dict(sorted(kinds.items())))
    print("answerable questions citing each doc:", dict(sorted(cited.items())))
    print("words per doc:", dict(sorted(words.items())))
    print("who-what lines:", len(ww), dict(sorted(covered.items())))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
