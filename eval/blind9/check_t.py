#!/usr/bin/env python3
"""Standalone checker for eval/blind9 (tỉnh Trà Giang set).

Usage:  python3 /work/main/eval/blind9/check_t.py
Checks corpus/, questions.jsonl and who_what.jsonl; prints a summary and
either OK (exit 0) or one ERROR line per problem (exit 1).
Python 3 standard library only; kg_rag is never imported.
Comparison text = NFC, lower-cased, every whitespace run collapsed to one space.
"""
import collections
import json
import os
import re
import sys
import unicodedata

BASE = os.path.dirname(os.path.abspath(__file__))
CORPUS_DIR = os.path.join(BASE, "corpus")
Q_PATH = os.path.join(BASE, "questions.jsonl")
W_PATH = os.path.join(BASE, "who_what.jsonl")
PREFIXES = ["t01", "t02", "t03", "t04", "t05"]
KIND_SET = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
            "metadata", "corpus", "follow-up", "unanswerable"}
REQUIRED = {"id", "question", "answerable", "kind", "evidence", "keywords"}
OPTIONAL = {"history", "actors"}
# abbreviations officers use in this domain (matched as whole tokens)
ABBREVIATIONS = ["kh", "qđ", "qd", "cv", "tb", "nq", "kl", "ct", "bc", "tw", "tu", "hu",
                 "ubnd", "hđnd", "hdnd", "mttq", "gd&đt", "gd&dt", "pgd", "kh&cn", "khcn",
                 "khkt", "cđs", "cds", "thcs", "thpt", "pct", "bcđ", "bcd", "btv", "ubkt",
                 "vh&tt", "tntn", "ns", "hs", "tt", "sdt"]
ABBR_RE = re.compile(r"(?<![\w&])(?:%s)(?![\w&])" % "|".join(
    re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True)), re.IGNORECASE)


def norm(text):
    text = unicodedata.normalize("NFC", text).lower()
    return re.sub(r"\s+", " ", text).strip()


def ascii_lower(text):
    return all(ord(c) < 128 for c in text) and text == text.lower()


def has_abbreviation(text):
    return ABBR_RE.search(text) is not None


def bare(s):
    """Strip list dashes, (b/c) marks and trailing punctuation from a name."""
    s = norm(s)
    s = re.sub(r"\(b/c\)", "", s)
    return s.strip(" -;:.,")


def main():
    errors = []
    err = errors.append

    # ---------- corpus
    docs, nwords = {}, {}
    for fn in sorted(os.listdir(CORPUS_DIR)):
        raw = open(os.path.join(CORPUS_DIR, fn), encoding="utf-8").read()
        if unicodedata.normalize("NFC", raw) != raw:
            err("corpus %s is not NFC" % fn)
        docs[fn] = norm(raw)
        nwords[fn] = len(raw.split())
    if sorted(fn[:3] for fn in docs) != PREFIXES:
        err("corpus must contain exactly t01..t05, has %s" % sorted(docs))
    for fn, n in nwords.items():
        if not 700 <= n <= 1400:
            err("%s has %d words (need 700-1400)" % (fn, n))

    # ---------- who_what gold (read first: questions refer to it)
    wlines = [json.loads(l) for l in open(W_PATH, encoding="utf-8") if l.strip()]
    gold_actors = collections.defaultdict(set)
    wids = set()
    for w in wlines:
        wid = w.get("id")
        if not re.fullmatch(r"wt\d{2}", str(wid)):
            err("who_what %r: bad id" % wid)
        if wid in wids:
            err("who_what %r: duplicate id" % wid)
        wids.add(wid)
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            err("who_what %s: keys %s" % (wid, sorted(w)))
            continue
        src = w["source"]
        if src not in docs:
            err("who_what %s: unknown source %r" % (wid, src))
            continue
        text = docs[src]
        if not w["directive"]:
            err("who_what %s: empty directive" % wid)
        if not w["actors"]:
            err("who_what %s: no actors" % wid)
        for a in w["actors"]:
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                err("who_what %s: actor keys %s" % (wid, sorted(a)))
                continue
            name, tq = a["name"], a["task_quote"]
            if norm(name) not in text:
                err("who_what %s: actor name not in doc: %r" % (wid, name))
            if norm(tq) not in text:
                err("who_what %s: task_quote not in doc: %r" % (wid, tq))
            if not 20 <= len(norm(tq)) <= 200:
                err("who_what %s: task_quote length %d: %r" % (wid, len(norm(tq)), tq))
            if norm(name) not in norm(tq):
                err("who_what %s: name %r not inside its task_quote" % (wid, name))
            if a["role"] not in ("chủ trì", "phối hợp", None):
                err("who_what %s: bad role %r" % (wid, a["role"]))
            if a["deadline"] is not None and norm(a["deadline"]) not in text:
                err("who_what %s: deadline not in doc: %r" % (wid, a["deadline"]))
            gold_actors[src].add(norm(name))
        for it in w["intruders"]:
            if norm(it) not in text:
                err("who_what %s: intruder not in doc: %r" % (wid, it))
            b = bare(it)
            for a in w["actors"]:
                an = norm(a["name"])
                if b == an or an in b or b in an:
                    err("who_what %s: intruder %r collides with actor %r" % (wid, it, a["name"]))
    if len(wlines) < 4:
        err("who_what.jsonl needs >= 4 lines, has %d" % len(wlines))

    # ---------- questions
    qs = [json.loads(l) for l in open(Q_PATH, encoding="utf-8") if l.strip()]
    ids, qpos = set(), {}
    kinds = collections.Counter()
    per_doc = collections.Counter()
    followups = whowhat = 0
    for idx, q in enumerate(qs):
        qid = q.get("id")
        tag = "%s (line %d)" % (qid, idx + 1)
        if not REQUIRED <= set(q) or set(q) - REQUIRED - OPTIONAL:
            err("%s: keys %s" % (tag, sorted(q)))
            continue
        if not re.fullmatch(r"tx\d{3}", str(qid)):
            err("%s: bad id" % tag)
        if qid in ids:
            err("%s: duplicate id" % tag)
        ids.add(qid)
        text = q["question"]
        if unicodedata.normalize("NFC", text) != text:
            err("%s: question not NFC" % tag)
        if norm(text) in qpos:
            err("%s: duplicate question text" % tag)
        kind = q["kind"]
        kinds[kind] += 1
        if kind not in KIND_SET:
            err("%s: unknown kind %r" % (tag, kind))
        if kind == "no-diacritics" and not ascii_lower(text):
            err("%s: no-diacritics question contains diacritics/capitals" % tag)
        if kind == "abbreviation" and not has_abbreviation(text):
            err("%s: abbreviation question has no abbreviation" % tag)
        if "history" in q:
            hist = q["history"]
            if not isinstance(hist, list) or not hist:
                err("%s: empty history" % tag)
            else:
                last = -1
                for h in hist:
                    j = qpos.get(norm(h))
                    if j is None:
                        err("%s: history item not an earlier question: %r" % (tag, h))
                    elif j <= last:
                        err("%s: history not in order" % tag)
                    else:
                        last = j
                followups += 1
        elif kind == "follow-up":
            err("%s: follow-up without history" % tag)
        qpos[norm(text)] = idx
        if "actors" in q and kind != "who-what":
            err("%s: actors on a non who-what question" % tag)
        if kind == "who-what":
            if not q.get("actors"):
                err("%s: who-what question without actors" % tag)
            else:
                whowhat += 1
        ans, ev, kw = q["answerable"], q["evidence"], q["keywords"]
        if ans is False:
            if ev or kw:
                err("%s: unanswerable question must have empty evidence and keywords" % tag)
            if kind == "who-what":
                err("%s: who-what question must be answerable" % tag)
            continue
        if ans is not True:
            err("%s: answerable must be a boolean" % tag)
            continue
        if not ev:
            err("%s: answerable question without evidence" % tag)
        if not kw:
            err("%s: answerable question without keywords" % tag)
        sources, quotes = set(), []
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if set(e) != {"source", "quote"}:
                err("%s: evidence keys %s" % (tag, sorted(e)))
            if src not in docs:
                err("%s: unknown source %r" % (tag, src))
                continue
            sources.add(src)
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                err("%s: quote length %d: %r" % (tag, len(nq), quote))
            if nq not in docs[src]:
                err("%s: quote not found in %s: %r" % (tag, src, quote))
            quotes.append(nq)
        for s in sources:
            per_doc[s] += 1
        for k in kw:
            nk = norm(k)
            if not any(nk in docs[s] for s in sources):
                err("%s: keyword %r not in the cited document(s)" % (tag, k))
            elif kind != "corpus" and not any(nk in nq for nq in quotes):
                err("%s: keyword %r not inside any evidence quote" % (tag, k))
        for a in q.get("actors", []):
            if not any(norm(a) in gold_actors[s] for s in sources):
                err("%s: actor %r not in who_what gold of %s" % (tag, a, sorted(sources)))
            if not any(norm(a) in nq for nq in quotes):
                err("%s: actor %r not inside an evidence quote" % (tag, a))

    # ---------- mix
    n = len(qs) or 1
    n_un = sum(1 for q in qs if q.get("answerable") is False)
    n_nd = sum(1 for q in qs if ascii_lower(q["question"]))
    n_ab = sum(1 for q in qs if has_abbreviation(q["question"]))
    if not 95 <= len(qs) <= 105:
        err("need 95-105 questions, have %d" % len(qs))
    if n_un < 0.22 * n:
        err("unanswerable %.1f%% < 22%%" % (100.0 * n_un / n))
    if n_nd < 0.15 * n:
        err("no-diacritics %.1f%% < 15%%" % (100.0 * n_nd / n))
    if n_ab < 0.20 * n:
        err("abbreviation %.1f%% < 20%%" % (100.0 * n_ab / n))
    if followups < 12:
        err("follow-ups with history %d < 12" % followups)
    if whowhat < 12:
        err("who-what questions with actors %d < 12" % whowhat)
    for k in ("metadata", "corpus"):
        if kinds[k] < 2:
            err("need at least 2 %s questions, have %d" % (k, kinds[k]))
    for s in docs:
        if not 12 <= per_doc[s] <= 25:
            err("%s cited by %d answerable questions (need 12-25)" % (s, per_doc[s]))

    print("questions %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | "
          "abbreviation %d (%.1f%%) | follow-ups %d | who-what %d"
          % (len(qs), n_un, 100.0 * n_un / n, n_nd, 100.0 * n_nd / n, n_ab,
             100.0 * n_ab / n, followups, whowhat))
    print("kinds:", dict(sorted(kinds.items())))
    print("answerable questions citing each doc:", dict(sorted(per_doc.items())))
    print("words per doc:", dict(sorted(nwords.items())))
    print("who_what lines: %d, actors: %d" % (len(wlines), sum(len(v) for v in gold_actors.values())))
    if errors:
        for e in errors:
            print("ERROR", e)
        print("FAILED: %d problem(s)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
