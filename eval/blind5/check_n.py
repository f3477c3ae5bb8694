#!/usr/bin/env python3
"""Checker for the blind5 eval set (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind5/check_n.py
Prints OK (exit 0) or the list of problems (exit 1). Standard library only;
does not import kg_rag. Every corpus file (.txt/.md) is one text unit; all
text is NFC-normalised, lower-cased and whitespace runs (incl. newlines)
collapsed to one space before comparison.
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
PREFIXES = ("n01", "n02", "n03", "n04", "n05")

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "ct", "tb", "qđ", "qd", "hd", "bc", "nq", "tw", "cv",
        "kh&cn", "khcn", "gd&đt", "gd&dt", "gdđt", "gddt", "sgdđt", "sgddt", "mttq",
        "bcđ", "bcd", "đu", "du", "syt", "gd", "yt", "hk",
        "cđs", "cds", "thpt", "thcs", "pct", "vp"]
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
            errs.append("%s: file not NFC" % fn)
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
    if len(docs) != 5:
        errs.append("corpus must hold 5 documents, found %d" % len(docs))
    for fn, w in words.items():
        if not 600 <= w <= 1200:
            errs.append("%s: %d words, outside 600-1200" % (fn, w))

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
        if not re.fullmatch(r"nx\d{3}", str(qid)):
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
                    un_pairs += 1
        if kind == "follow-up" and "history" not in q:
            errs.append("%s: follow-up without history" % tag)
        if q.get("actors"):
            ww_actors += 1
        ev, kw = q.get("evidence"), q.get("keywords")
        if q.get("answerable") is False:
            if ev != [] or kw != [] or q.get("actors"):
                errs.append("%s: unanswerable must have empty evidence/keywords/actors" % tag)
            continue
        if q.get("answerable") is not True:
            errs.append("%s: answerable must be true/false" % tag)
            continue
        if kind == "unanswerable":
            errs.append("%s: kind unanswerable but answerable true" % tag)
        if not ev or len(ev) > 2:
            errs.append("%s: need 1-2 evidence quotes" % tag)
        if not kw:
            errs.append("%s: answerable question without keywords" % tag)
        nquotes, cited = [], set()
        for e in ev or []:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                errs.append("%s: unknown source %r" % (tag, src))
                continue
            if src not in cited:
                per_doc[src] += 1
                cited.add(src)
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
        # the question should paraphrase, not copy, its evidence
        for nq in nquotes:
            if len(nq) >= 40 and nq in norm(text):
                errs.append("%s: question copies its evidence quote" % tag)

    n = max(len(qs), 1)
    n_un = sum(1 for q in qs if q.get("answerable") is False)
    n_nd = sum(1 for q in qs if is_no_diacritics(q.get("question", "")))
    n_ab = sum(1 for q in qs if has_abbr(q.get("question", "")))
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
    if un_pairs < 1:
        errs.append("no unanswerable follow-up")
    if ww_actors < 8:
        errs.append("questions with actors %d < 8" % ww_actors)
    for src in docs:
        if per_doc[src] < 12:
            errs.append("%s cited by only %d answerable questions (< 12)" % (src, per_doc[src]))

    # who-what gold
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    covered = collections.Counter()
    for w in ww:
        tag = w.get("id")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            errs.append("%s: bad keys %s" % (tag, sorted(w)))
        src = w.get("source")
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
                errs.append("%s: actor keys %s" % (tag, sorted(a)))
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
        if not w.get("intruders"):
            errs.append("%s: no intruders" % tag)
        for it in w.get("intruders", []):
            if not found(docs, src, it):
                errs.append("%s: intruder not verbatim: %r" % (tag, it))
            if any(norm(it) == norm(a.get("name", "")) for a in w.get("actors", [])):
                errs.append("%s: intruder is also an actor: %r" % (tag, it))
    for p in PREFIXES:
        if covered[p] != 1:
            errs.append("who_what.jsonl must have exactly one line for %s (has %d)" % (p, covered[p]))

    print("documents:", {k: words[k] for k in sorted(words)})
    print("questions: %d | unanswerable %.1f%% | no-diacritics %.1f%% | abbreviation %.1f%% | "
          "follow-up pairs %d (unanswerable %d) | with actors %d"
          % (len(qs), 100.0 * n_un / n, 100.0 * n_nd / n, 100.0 * n_ab / n, pairs, un_pairs, ww_actors))
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
