#!/usr/bin/env python3
"""Standalone checker for eval/blind6 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind6/check_p.py
Prints OK (exit 0) or the list of problems (exit 1). Does not import kg_rag.
Every .txt/.md corpus file is one text unit. All text is NFC-normalised,
lower-cased and every whitespace run (incl. newlines) collapsed to one space
before comparison.
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
DOCS = ("p01", "p02", "p03", "p04", "p05")

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "kl", "tb", "hd", "bc", "cv", "nq", "tw", "btv", "hu",
        "kh&cn", "khcn", "skhcn", "gd&đt", "gd&dt", "mttq", "thpt", "thcs", "tthtcđ", "tthtcd",
        "vh-tt&tt", "cđs", "cds", "pct"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&])",
                     re.IGNORECASE)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def load_corpus(errs):
    docs, words = {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        raw = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
        if unicodedata.normalize("NFC", raw) != raw:
            errs.append("%s: corpus file not NFC" % fn)
        docs[fn] = norm(raw)
        words[fn] = len(raw.split())
    return docs, words


def found(docs, src, quote):
    return norm(quote) in docs.get(src, "")


def is_no_diacritics(q):
    return all(ord(ch) < 128 for ch in q) and q == q.lower()


def has_abbr(q):
    return bool(ABBR_RE.search(q))


def main():
    errs = []
    docs, words = load_corpus(errs)
    if sorted(d[:3] for d in docs) != list(DOCS):
        errs.append("corpus must hold exactly p01..p05, found %s" % sorted(docs))
    for fn, w in words.items():
        if not 600 <= w <= 1200:
            errs.append("%s: %d words, outside 600-1200" % (fn, w))

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
        if not re.fullmatch(r"px\d{3}", str(qid)):
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
        if "actors" in q:
            if kind != "who-what" or not q["actors"]:
                errs.append("%s: actors only on non-empty who-what questions" % tag)
        if kind == "who-what":
            if q.get("actors"):
                ww_actors += 1
            else:
                errs.append("%s: who-what without actors" % tag)
        ev, kw = q.get("evidence"), q.get("keywords")
        if q.get("answerable") is False:
            if ev != [] or kw != []:
                errs.append("%s: unanswerable must have empty evidence/keywords" % tag)
            continue
        if q.get("answerable") is not True:
            errs.append("%s: answerable must be true/false" % tag)
            continue
        if not ev or len(ev) > 2:
            errs.append("%s: need 1-2 evidence quotes" % tag)
        if not kw:
            errs.append("%s: answerable question without keywords" % tag)
        nquotes = []
        for src in {e.get("source") for e in ev or []}:
            cited[src] += 1
        for e in ev or []:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                errs.append("%s: unknown source %r" % (tag, src))
                continue
            if not 20 <= len(norm(quote)) <= 200:
                errs.append("%s: quote length %d: %r" % (tag, len(norm(quote)), quote))
            if not found(docs, src, quote):
                errs.append("%s: quote not found in %s: %r" % (tag, src, quote))
            nquotes.append(norm(quote))
        for k in kw or []:
            if not any(norm(k) in nq for nq in nquotes):
                errs.append("%s: keyword %r not inside a quote" % (tag, k))
        for a in q.get("actors", []):
            if not any(norm(a) in nq for nq in nquotes):
                errs.append("%s: actor %r not inside a quote" % (tag, a))

    n = len(qs) or 1
    n_un = sum(1 for q in qs if q.get("answerable") is False)
    n_nd = sum(1 for q in qs if is_no_diacritics(q["question"]))
    n_ab = sum(1 for q in qs if has_abbr(q["question"]))
    if not 90 <= len(qs) <= 100:
        errs.append("need 90-100 questions, have %d" % len(qs))
    if n_un < 0.25 * n:
        errs.append("unanswerable %.1f%% < 25%%" % (100.0 * n_un / n))
    if n_nd < 0.15 * n:
        errs.append("no-diacritics %.1f%% < 15%%" % (100.0 * n_nd / n))
    if n_ab < 0.15 * n:
        errs.append("abbreviation %.1f%% < 15%%" % (100.0 * n_ab / n))
    if pairs < 10:
        errs.append("follow-up pairs %d < 10" % pairs)
    if unans_followups < 1:
        errs.append("no unanswerable follow-up")
    if ww_actors < 8:
        errs.append("who-what questions with actors %d < 8" % ww_actors)
    for src in docs:
        if cited[src] < 12:
            errs.append("%s cited by only %d answerable questions (< 12)" % (src, cited[src]))

    # who-what gold
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    covered = collections.Counter()
    for w in ww:
        tag = w.get("id")
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
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                errs.append("%s: bad actor keys %s" % (tag, sorted(a)))
            for fld in ("name", "task_quote"):
                if not found(docs, src, a.get(fld, "")):
                    errs.append("%s: actor %s not verbatim: %r" % (tag, fld, a.get(fld)))
            if not 20 <= len(norm(a.get("task_quote", ""))) <= 200:
                errs.append("%s: task_quote length: %r" % (tag, a.get("task_quote")))
            if norm(a.get("name", "")) not in norm(a.get("task_quote", "")):
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
    for g in DOCS:
        if covered[g] != 1:
            errs.append("who_what.jsonl must have exactly one line for %s (has %d)" % (g, covered[g]))

    print("questions: %d | unanswerable %.1f%% | no-diacritics %.1f%% | abbreviation %.1f%% | "
          "history pairs %d (unanswerable %d) | who-what with actors %d"
          % (len(qs), 100.0 * n_un / n, 100.0 * n_nd / n, 100.0 * n_ab / n, pairs, unans_followups, ww_actors))
    print("kinds:", dict(sorted(kinds.items())))
    print("answerable questions citing each doc:", dict(sorted(cited.items())))
    print("words per doc:", dict(sorted(words.items())))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
