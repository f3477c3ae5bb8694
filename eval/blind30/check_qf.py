#!/usr/bin/env python3
"""Standalone checker for eval/blind30 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind30/check_qf.py
Prints OK (exit 0) or the problems found (exit 1). Python 3 stdlib only; does not import kg_rag.
All comparisons are done after NFC normalisation, lower-casing and collapsing every whitespace
run (including the hard line breaks of qf03) to a single space.
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
DOCS = ("qf01", "qf02", "qf03", "qf04", "qf05")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "khph", "qđ", "qd", "cv", "tb", "nq", "kl", "tw", "ttr",
        "mttq", "gd&đt", "gd&dt", "kh&cn", "khcn", "skhcn", "cđs", "cds", "pct", "thcs", "thpt",
        "hs", "ns", "bcđ", "bcd", "xhht", "tthtcđ", "tthtcd", "gdnn-gdtx", "gdtx", "vh&tt",
        "vhtt", "cntt", "cntt-vt", "mtqg", "đmst", "dmst", "tt", "pt-th", "hlhpn", "lhpn"]
ABBR_RE = re.compile(r"(?<![\w&-])(" + "|".join(re.escape(a) for a in sorted(ABBR, key=len, reverse=True))
                     + r")(?![\w&])", re.IGNORECASE)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def is_no_diacritics(q):
    return all(ord(ch) < 128 for ch in q) and q == q.lower()


def has_abbr(q):
    return bool(ABBR_RE.search(q))


def main():
    errs = []
    docs, words, raws = {}, {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        raw = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
        if unicodedata.normalize("NFC", raw) != raw:
            errs.append("%s: corpus file not NFC" % fn)
        docs[fn], words[fn], raws[fn] = norm(raw), len(raw.split()), raw
    if sorted(d[:4] for d in docs) != list(DOCS):
        errs.append("corpus must hold exactly qf01..qf05, found %s" % sorted(docs))
    for fn, w in words.items():
        if not 700 <= w <= 1400:
            errs.append("%s: %d words, outside 700-1400" % (fn, w))
    # qf03 must be hard-wrapped at about 70 characters (tables and headings excepted)
    for fn, raw in raws.items():
        if fn.startswith("qf03"):
            prose = [l for l in raw.splitlines() if l.strip() and not l.startswith(("|", "#"))]
            long_ = [l for l in prose if len(l) > 75]
            if long_:
                errs.append("%s: %d prose lines longer than 75 chars" % (fn, len(long_)))
            if sum(1 for l in prose if len(l) >= 60) < 20:
                errs.append("%s: does not look hard-wrapped" % fn)

    # who-what gold first (questions' actors are checked against it)
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    gold = collections.defaultdict(set)
    ww_ids = set()
    for w in ww:
        tag, src = w.get("id"), w.get("source")
        if not re.fullmatch(r"wqf\d{2}", str(tag)) or tag in ww_ids:
            errs.append("%s: bad or duplicate who-what id" % tag)
        ww_ids.add(tag)
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
            for fld in ("name", "task_quote"):
                if norm(a.get(fld) or "") not in docs[src] or not a.get(fld):
                    errs.append("%s: actor %s not verbatim: %r" % (tag, fld, a.get(fld)))
            if not 20 <= len(norm(a.get("task_quote", ""))) <= 200:
                errs.append("%s: task_quote length %d" % (tag, len(norm(a.get("task_quote", "")))))
            if norm(a.get("name", "")) not in norm(a.get("task_quote", "")):
                errs.append("%s: name %r not inside its task_quote" % (tag, a.get("name")))
            if a.get("role") not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a.get("role")))
            dl = a.get("deadline")
            if dl is not None and norm(dl) not in docs[src]:
                errs.append("%s: deadline not verbatim: %r" % (tag, dl))
            gold[src].add(norm(a.get("name", "")))
        for it in w.get("intruders", []):
            if norm(it) not in docs[src]:
                errs.append("%s: intruder not verbatim: %r" % (tag, it))
            for a in w.get("actors", []):
                if norm(it) == norm(a["name"]) or norm(it) in norm(a["task_quote"]):
                    errs.append("%s: intruder %r is a task actor / inside a task quote" % (tag, it))
    if len(ww) < 4:
        errs.append("who_what.jsonl needs at least 4 lines, has %d" % len(ww))

    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    seen_ids, seen_q = set(), {}
    cited = collections.Counter()
    kinds = collections.Counter()
    hist_n = ww_n = 0
    for i, q in enumerate(qs):
        qid = q.get("id")
        tag = "%s (line %d)" % (qid, i + 1)
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            errs.append("%s: bad keys %s" % (tag, sorted(keys)))
        if not re.fullmatch(r"qf\d{3}", str(qid)):
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
            errs.append("%s: kind no-diacritics but has diacritics/upper case" % tag)
        if kind == "abbreviation" and not has_abbr(text):
            errs.append("%s: kind abbreviation but no abbreviation" % tag)
        if kind == "unanswerable" and q.get("answerable") is not False:
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
                hist_n += 1
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
        if not ev or len(ev) > 3:
            errs.append("%s: need 1-3 evidence quotes" % tag)
        if not kw:
            errs.append("%s: answerable question without keywords" % tag)
        srcs = {e.get("source") for e in ev or []}
        for s in srcs:
            cited[s] += 1
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
            ww_n += 1
            for a in q.get("actors", []):
                if not any(norm(a) in gold.get(s, set()) for s in srcs):
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
    if hist_n < 12:
        errs.append("questions with history %d < 12" % hist_n)
    if ww_n < 12:
        errs.append("who-what questions with actors %d < 12" % ww_n)
    for k in ("metadata", "corpus"):
        if kinds[k] < 3:
            errs.append("fewer than 3 %s questions" % k)
    for src in docs:
        if not 12 <= cited[src] <= 25:
            errs.append("%s cited by %d answerable questions (want 12-25)" % (src, cited[src]))

    print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | abbreviation %d (%.1f%%)"
          " | with history %d | who-what with actors %d"
          % (len(qs), n_un, 100.0 * n_un / n, n_nd, 100.0 * n_nd / n, n_ab, 100.0 * n_ab / n, hist_n, ww_n))
    print("kinds:", dict(sorted(kinds.items())))
    print("answerable questions citing each doc:", dict(sorted(cited.items())))
    print("words per doc:", dict(sorted(words.items())))
    print("who-what lines: %d, gold actors: %d" % (len(ww), sum(len(w["actors"]) for w in ww)))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
