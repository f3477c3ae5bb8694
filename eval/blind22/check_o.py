#!/usr/bin/env python3
"""Standalone checker for eval/blind22 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind22/check_o.py
Prints OK (exit 0) or the list of problems (exit 1). Python 3 stdlib only;
does not import kg_rag. Every corpus file (.txt/.md) is one text unit.
Text is NFC-normalised, lower-cased and each whitespace run (including the
hard line breaks of o03) collapsed to one space before comparison.
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
DOCS = ("o01", "o02", "o03", "o04", "o05")

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
MAX_EV = {"list": 4, "corpus": 5}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "kl", "tb", "bc", "cv", "nq", "qđ", "qd", "tw",
        "bcđ", "bcd", "mttq", "ub", "gd&đt", "gd&dt", "kh&cn", "khcn", "khkt", "cđs", "cds",
        "thcs", "thpt", "pct", "sđt", "sdt", "vh&tt", "vh-tt&tt", "ctph", "tđtn", "hđtn"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&])",
                     re.IGNORECASE)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def n_words(raw):
    # tokens holding a letter or digit (table pipes and rules are not words)
    return sum(1 for t in raw.split() if re.search(r"\w", t))


def load_corpus(errs):
    docs, words, wrap = {}, {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        raw = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
        if unicodedata.normalize("NFC", raw) != raw:
            errs.append("%s: corpus file not NFC" % fn)
        docs[fn] = norm(raw)
        words[fn] = n_words(raw)
        wrap[fn] = max(len(l) for l in raw.splitlines())
    return docs, words, wrap


def is_no_diacritics(q):
    return all(ord(ch) < 128 for ch in q) and q == q.lower()


def has_abbr(q):
    return bool(ABBR_RE.search(q))


def main():
    errs = []
    docs, words, wrap = load_corpus(errs)
    if sorted(d[:3] for d in docs) != list(DOCS):
        errs.append("corpus must hold exactly o01..o05, found %s" % sorted(docs))
    for fn, w in words.items():
        if not 700 <= w <= 1400:
            errs.append("%s: %d words, outside 700-1400" % (fn, w))
    o03 = [fn for fn in docs if fn.startswith("o03")]
    if o03 and not 60 <= wrap[o03[0]] <= 72:
        errs.append("o03 must be hard-wrapped at about 68 chars (longest line %d)" % wrap[o03[0]])

    # who-what gold first (questions' actors are checked against it)
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    gold = collections.defaultdict(set)
    covered = collections.Counter()
    wids = set()
    for w in ww:
        tag = w.get("id")
        if not re.fullmatch(r"wo\d{2}", str(tag)) or tag in wids:
            errs.append("%s: bad or duplicate who-what id" % tag)
        wids.add(tag)
        src = w.get("source")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            errs.append("%s: bad keys %s" % (tag, sorted(w)))
        if src not in docs:
            errs.append("%s: unknown source %r" % (tag, src))
            continue
        covered[src[:3]] += 1
        if not w.get("directive"):
            errs.append("%s: missing directive" % tag)
        if not w.get("actors"):
            errs.append("%s: no actors" % tag)
        quotes = []
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                errs.append("%s: bad actor keys %s" % (tag, sorted(a)))
                continue
            gold[src].add(norm(a["name"]))
            quotes.append(norm(a["task_quote"]))
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
        for it in w.get("intruders", []):
            ni = norm(it)
            if ni not in docs[src]:
                errs.append("%s: intruder not verbatim: %r" % (tag, it))
            if ni in gold[src] or any(ni in g or g in ni for g in gold[src]):
                errs.append("%s: intruder overlaps a task actor: %r" % (tag, it))
            if any(ni in tq for tq in quotes):
                errs.append("%s: intruder occurs inside a task_quote: %r" % (tag, it))
    if len(ww) < 4:
        errs.append("who_what.jsonl needs at least 4 lines (has %d)" % len(ww))
    for g, c in covered.items():
        if c > 1:
            errs.append("who_what.jsonl has %d lines for %s" % (c, g))

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
            continue
        if not re.fullmatch(r"ox\d{3}", str(qid)):
            errs.append("%s: bad id" % tag)
        if qid in seen_ids:
            errs.append("%s: duplicate id" % tag)
        seen_ids.add(qid)
        text = q["question"]
        if unicodedata.normalize("NFC", text) != text:
            errs.append("%s: question not NFC" % tag)
        if norm(text) in seen_q:
            errs.append("%s: duplicate question" % tag)
        kind = q["kind"]
        kinds[kind] += 1
        if kind not in KINDS:
            errs.append("%s: bad kind %r" % (tag, kind))
        if kind == "no-diacritics" and not is_no_diacritics(text):
            errs.append("%s: kind no-diacritics but question has diacritics/upper case" % tag)
        if kind == "abbreviation" and not has_abbr(text):
            errs.append("%s: kind abbreviation but no abbreviation found" % tag)
        if kind == "unanswerable" and q["answerable"] is not False:
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
                if q["answerable"] is False:
                    unans_followups += 1
        seen_q[norm(text)] = i
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
        if not ev or len(ev) > MAX_EV.get(kind, 2):
            errs.append("%s: need 1-%d evidence quotes" % (tag, MAX_EV.get(kind, 2)))
        if not kw:
            errs.append("%s: answerable question without keywords" % tag)
        nquotes, srcs = [], set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                errs.append("%s: unknown source %r" % (tag, src))
                continue
            srcs.add(src)
            if not 20 <= len(norm(quote)) <= 200:
                errs.append("%s: quote length %d: %r" % (tag, len(norm(quote)), quote))
            if norm(quote) not in docs[src]:
                errs.append("%s: quote not found in %s: %r" % (tag, src, quote))
            nquotes.append(norm(quote))
        for s in srcs:
            cited[s[:3]] += 1
        for k in kw:
            if not any(norm(k) in docs[s] for s in srcs):
                errs.append("%s: keyword %r not in cited documents" % (tag, k))
            elif kind != "corpus" and not any(norm(k) in nq for nq in nquotes):
                errs.append("%s: keyword %r not inside a quote" % (tag, k))
        for a in q.get("actors", []):
            if not any(norm(a) in nq for nq in nquotes):
                errs.append("%s: actor %r not inside a quote" % (tag, a))
            if not any(norm(a) in gold[s] for s in srcs):
                errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, sorted(srcs)))

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
        errs.append("follow-up questions with history %d < 12" % pairs)
    if unans_followups < 1:
        errs.append("no unanswerable follow-up")
    if ww_actors < 12:
        errs.append("who-what questions with actors %d < 12" % ww_actors)
    if kinds["metadata"] < 3 or kinds["corpus"] < 3:
        errs.append("need >= 3 metadata and >= 3 corpus questions")
    for d in DOCS:
        if not 15 <= cited[d] <= 25:
            errs.append("%s cited by %d answerable questions (need 15-25)" % (d, cited[d]))

    print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | abbreviation %d (%.1f%%) | "
          "history questions %d (unanswerable %d) | who-what with actors %d"
          % (len(qs), n_un, 100.0 * n_un / n, n_nd, 100.0 * n_nd / n, n_ab, 100.0 * n_ab / n,
             pairs, unans_followups, ww_actors))
    print("kinds:", dict(sorted(kinds.items())))
    print("answerable questions citing each doc:", dict(sorted(cited.items())))
    print("words per doc:", dict(sorted(words.items())))
    print("who-what lines: %d, gold actors per doc: %s" % (len(ww), {k[:3]: len(v) for k, v in sorted(gold.items())}))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
