#!/usr/bin/env python3
"""Standalone checker for eval/blind10 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind10/check_u.py
Prints OK (exit 0) or the list of problems (exit 1). stdlib only; no kg_rag.
All text is NFC-normalised, lower-cased and whitespace runs (incl. newlines)
collapsed to one space before comparison, so quotes may span hard wraps.
"""
import collections, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
QFILE = os.path.join(HERE, "questions.jsonl")
WFILE = os.path.join(HERE, "who_what.jsonl")
DOCS = ("u01", "u02", "u03", "u04")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "kl", "tb", "hd", "bc", "cv", "nq", "tw", "btv", "hu", "qđ", "qd",
        "kh&cn", "khcn", "gd&đt", "gd&dt", "gd", "mttq", "thpt", "thcs", "cđs", "cds", "pct", "csdl",
        "tthc", "stem"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&])", re.I)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).lower()).strip()


def no_diac(q):
    return all(ord(c) < 128 for c in q) and q == q.lower()


def has_abbr(q):
    return bool(ABBR_RE.search(q))


def main():
    errs = []
    docs, words = {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        raw = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
        if unicodedata.normalize("NFC", raw) != raw:
            errs.append("%s: not NFC" % fn)
        docs[fn], words[fn] = norm(raw), len(raw.split())
    if sorted(d[:3] for d in docs) != list(DOCS):
        errs.append("corpus must hold exactly u01..u04, found %s" % sorted(docs))
    for fn, w in words.items():
        if not 600 <= w <= 1000:
            errs.append("%s: %d words, outside 600-1000" % (fn, w))

    # who-what gold first (questions' actors are checked against it)
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    gold = collections.defaultdict(set)
    wids = set()
    for w in ww:
        tag, src = w.get("id"), w.get("source")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            errs.append("%s: bad keys %s" % (tag, sorted(w)))
        if not re.fullmatch(r"wu\d{2}", str(tag)) or tag in wids:
            errs.append("%s: bad or duplicate id" % tag)
        wids.add(tag)
        if src not in docs:
            errs.append("%s: unknown source %r" % (tag, src)); continue
        if not w.get("directive") or not w.get("actors"):
            errs.append("%s: missing directive/actors" % tag)
        names = set()
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                errs.append("%s: bad actor keys %s" % (tag, sorted(a)))
            if a.get("role") not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a.get("role")))
            for fld in ("name", "task_quote"):
                if norm(a.get(fld) or "") not in docs[src] or not a.get(fld):
                    errs.append("%s: actor %s not verbatim: %r" % (tag, fld, a.get(fld)))
            if a.get("deadline") is not None and norm(a["deadline"]) not in docs[src]:
                errs.append("%s: deadline not verbatim: %r" % (tag, a["deadline"]))
            if not 20 <= len(norm(a.get("task_quote", ""))) <= 200:
                errs.append("%s: task_quote length: %r" % (tag, a.get("task_quote")))
            names.add(norm(a.get("name", "")))
            gold[src].add(norm(a.get("name", "")))
        tqs = [norm(a.get("task_quote", "")) for a in w.get("actors", [])]
        if not w.get("intruders"):
            errs.append("%s: no intruders" % tag)
        for intr in w.get("intruders", []):
            n = norm(intr)
            if n not in docs[src]:
                errs.append("%s: intruder not verbatim: %r" % (tag, intr))
            if n in names or any(n in nm or nm in n for nm in names) or any(n in t for t in tqs):
                errs.append("%s: intruder %r collides with a task actor" % (tag, intr))
    if len(ww) < 4:
        errs.append("who_what needs >= 4 lines, has %d" % len(ww))

    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    seen_ids, seen_q = set(), {}
    cited = collections.Counter()
    kinds = collections.Counter()
    pairs = ww_q = 0
    for i, q in enumerate(qs):
        qid = q.get("id"); tag = "%s (line %d)" % (qid, i + 1)
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            errs.append("%s: bad keys %s" % (tag, sorted(keys)))
        if not re.fullmatch(r"ux\d{3}", str(qid)) or qid in seen_ids:
            errs.append("%s: bad or duplicate id" % tag)
        seen_ids.add(qid)
        text = q.get("question", "")
        if norm(text) in seen_q:
            errs.append("%s: duplicate question" % tag)
        seen_q[norm(text)] = i
        kind = q.get("kind"); kinds[kind] += 1
        if kind not in KINDS:
            errs.append("%s: bad kind %r" % (tag, kind))
        if kind == "no-diacritics" and not no_diac(text):
            errs.append("%s: no-diacritics kind but has diacritics/upper case" % tag)
        if kind == "abbreviation" and not has_abbr(text):
            errs.append("%s: abbreviation kind without abbreviation" % tag)
        if "history" in q:
            h = q["history"]
            if not isinstance(h, list) or not h:
                errs.append("%s: empty history" % tag)
            else:
                for x in h:
                    j = seen_q.get(norm(x))
                    if j is None or j >= i:
                        errs.append("%s: history question not found earlier: %r" % (tag, x))
                pairs += 1
        if kind == "follow-up" and "history" not in q:
            errs.append("%s: follow-up without history" % tag)
        if "actors" in q and kind != "who-what":
            errs.append("%s: actors only on who-what" % tag)
        ev, kw = q.get("evidence"), q.get("keywords")
        srcs = {e.get("source") for e in ev or []}
        if kind == "who-what":
            if not q.get("actors"):
                errs.append("%s: who-what without actors" % tag)
            else:
                ww_q += 1
                for a in q["actors"]:
                    if not any(norm(a) in gold[s] for s in srcs):
                        errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, sorted(srcs)))
        if q.get("answerable") is False:
            if ev or kw:
                errs.append("%s: unanswerable must have empty evidence/keywords" % tag)
            continue
        if q.get("answerable") is not True:
            errs.append("%s: answerable must be bool" % tag); continue
        if not ev or not kw:
            errs.append("%s: answerable without evidence/keywords" % tag)
        for s in srcs:
            cited[s] += 1
        for e in ev or []:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                errs.append("%s: unknown source %r" % (tag, src)); continue
            if not 20 <= len(norm(quote)) <= 200:
                errs.append("%s: quote length %d: %r" % (tag, len(norm(quote)), quote))
            if norm(quote) not in docs[src]:
                errs.append("%s: quote not found in %s: %r" % (tag, src, quote))
        for k in kw or []:
            if not any(norm(k) in docs.get(s, "") for s in srcs):
                errs.append("%s: keyword %r not in cited documents" % (tag, k))

    n = len(qs) or 1
    n_un = sum(1 for q in qs if q.get("answerable") is False)
    n_nd = sum(1 for q in qs if no_diac(q["question"]))
    n_ab = sum(1 for q in qs if has_abbr(q["question"]))
    if not 70 <= len(qs) <= 80:
        errs.append("need 70-80 questions, have %d" % len(qs))
    if n_un < 0.22 * n: errs.append("unanswerable %.1f%% < 22%%" % (100.0 * n_un / n))
    if n_nd < 0.15 * n: errs.append("no-diacritics %.1f%% < 15%%" % (100.0 * n_nd / n))
    if n_ab < 0.20 * n: errs.append("abbreviation %.1f%% < 20%%" % (100.0 * n_ab / n))
    if pairs < 8: errs.append("follow-ups with history %d < 8" % pairs)
    if ww_q < 8: errs.append("who-what questions %d < 8" % ww_q)
    for k in ("metadata", "corpus"):
        if kinds[k] < 1: errs.append("no %s questions" % k)
    for s in docs:
        if cited[s] < 10:
            errs.append("%s cited by only %d answerable questions" % (s, cited[s]))

    print("questions=%d unanswerable=%d (%.1f%%) no-diacritics=%d (%.1f%%) abbreviation=%d (%.1f%%) "
          "follow-ups=%d who-what=%d" % (len(qs), n_un, 100.0 * n_un / n, n_nd, 100.0 * n_nd / n,
                                          n_ab, 100.0 * n_ab / n, pairs, ww_q))
    print("kinds:", dict(sorted(kinds.items())))
    print("words:", dict(words)); print("cited:", dict(cited))
    if errs:
        print("\n".join(errs)); print("FAIL (%d problems)" % len(errs)); return 1
    print("OK"); return 0


if __name__ == "__main__":
    sys.exit(main())
