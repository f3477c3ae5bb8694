#!/usr/bin/env python3
"""Standalone checker for eval/blind20 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind20/check_c.py
Prints OK (exit 0) or the list of problems (exit 1). Python 3 stdlib only;
does not import kg_rag. Corpus files are plain .txt/.md; each file is one
text unit. Before every comparison text is NFC-normalised, lower-cased and
every whitespace run (including newlines) collapsed to a single space.
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
DOCS = ("c01", "c02", "c03", "c04", "c05")

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "qđ", "qd", "cv", "tb", "nq", "kl", "hd", "ttr", "tw",
        "mttq", "gd&đt", "gd&dt", "gdđt", "kh&cn", "khcn", "cđs", "cds", "thcs", "thpt",
        "pct", "ct", "btv", "hu", "syt", "ttyt", "hssk", "bhxh", "bhyt", "cdc", "tthc",
        "ubkt", "ptdtbt", "cntt", "đmst", "dmst", "hs", "gv", "lhpn", "đtn", "dtn"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&])",
                     re.IGNORECASE)
# words of the questions that are plain words, not abbreviations, when lower-case
NOT_ABBR_LOWER = {"ct", "hu", "hs", "gv"}


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def is_no_diacritics(q):
    return all(ord(ch) < 128 for ch in q)


def has_abbr(q):
    for m in ABBR_RE.finditer(q):
        tok = m.group(1)
        if tok.lower() in NOT_ABBR_LOWER and tok == tok.lower():
            continue
        return True
    return False


def main():
    errs = []
    docs, words = {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        raw = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
        if unicodedata.normalize("NFC", raw) != raw:
            errs.append("%s: corpus file not NFC" % fn)
        docs[fn] = norm(raw)
        words[fn] = len(raw.split())
    if sorted(d[:3] for d in docs) != list(DOCS):
        errs.append("corpus must hold exactly c01..c05, found %s" % sorted(docs))
    for fn, w in words.items():
        if not 700 <= w <= 1400:
            errs.append("%s: %d words, outside 700-1400" % (fn, w))

    # who-what gold first (questions' actors are checked against it)
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    gold = collections.defaultdict(set)
    ww_ids = set()
    for w in ww:
        tag = w.get("id")
        if not re.fullmatch(r"wc\d{2}", str(tag)) or tag in ww_ids:
            errs.append("%s: bad or duplicate who-what id" % tag)
        ww_ids.add(tag)
        src = w.get("source")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            errs.append("%s: bad keys %s" % (tag, sorted(w)))
        if src not in docs:
            errs.append("%s: unknown source %r" % (tag, src))
            continue
        if not w.get("directive") or not w.get("actors"):
            errs.append("%s: missing directive or actors" % tag)
        names = []
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                errs.append("%s: bad actor keys %s" % (tag, sorted(a)))
            name, tq = a.get("name", ""), a.get("task_quote", "")
            names.append(norm(name))
            gold[src].add(norm(name))
            if norm(name) not in docs[src]:
                errs.append("%s: actor name not verbatim: %r" % (tag, name))
            if norm(tq) not in docs[src]:
                errs.append("%s: task_quote not verbatim: %r" % (tag, tq))
            if not 20 <= len(norm(tq)) <= 200:
                errs.append("%s: task_quote length %d: %r" % (tag, len(norm(tq)), tq))
            if norm(name) not in norm(tq):
                errs.append("%s: name %r not inside its task_quote" % (tag, name))
            if a.get("role") not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a.get("role")))
            dl = a.get("deadline")
            if dl is not None and norm(dl) not in docs[src]:
                errs.append("%s: deadline not verbatim: %r" % (tag, dl))
        if not w.get("intruders"):
            errs.append("%s: no intruders" % tag)
        for it in w.get("intruders", []):
            n_it = norm(it)
            if n_it not in docs[src]:
                errs.append("%s: intruder not verbatim: %r" % (tag, it))
            for n_a in names:
                if n_it == n_a or n_it in n_a or n_a in n_it:
                    errs.append("%s: intruder %r overlaps task actor %r" % (tag, it, n_a))
            for a in w.get("actors", []):
                if n_it in norm(a.get("task_quote", "")):
                    errs.append("%s: intruder %r occurs inside a task_quote" % (tag, it))
    if len(ww) < 4:
        errs.append("who_what.jsonl needs at least 4 lines, has %d" % len(ww))

    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    seen_ids, seen_q = set(), {}
    per_doc = collections.Counter()
    kinds = collections.Counter()
    n_hist = n_hist_un = n_ww = 0
    for i, q in enumerate(qs):
        qid = q.get("id")
        tag = "%s (line %d)" % (qid, i + 1)
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            errs.append("%s: bad keys %s" % (tag, sorted(keys)))
        if not re.fullmatch(r"cx\d{3}", str(qid)):
            errs.append("%s: bad id" % tag)
        if qid in seen_ids:
            errs.append("%s: duplicate id" % tag)
        seen_ids.add(qid)
        text = q.get("question", "")
        if unicodedata.normalize("NFC", text) != text:
            errs.append("%s: question not NFC" % tag)
        if norm(text) in seen_q:
            errs.append("%s: duplicate question" % tag)
        kind = q.get("kind")
        kinds[kind] += 1
        if kind not in KINDS:
            errs.append("%s: bad kind %r" % (tag, kind))
        if kind == "no-diacritics" and not is_no_diacritics(text):
            errs.append("%s: kind no-diacritics but has diacritics" % tag)
        if kind == "abbreviation" and not has_abbr(text):
            errs.append("%s: kind abbreviation but no abbreviation" % tag)
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
                    if j is None:
                        errs.append("%s: history question not found earlier: %r" % (tag, h))
                    elif j <= last:
                        errs.append("%s: history out of order: %r" % (tag, h))
                    else:
                        last = j
                n_hist += 1
                if q.get("answerable") is False:
                    n_hist_un += 1
        if kind == "follow-up" and "history" not in q:
            errs.append("%s: follow-up without history" % tag)
        seen_q[norm(text)] = i
        if "actors" in q and kind != "who-what":
            errs.append("%s: actors only on who-what questions" % tag)
        if kind == "who-what":
            if q.get("actors"):
                n_ww += 1
            else:
                errs.append("%s: who-what without actors" % tag)
        ev, kw = q.get("evidence"), q.get("keywords")
        if q.get("answerable") is False:
            if ev != [] or kw != []:
                errs.append("%s: unanswerable must have empty evidence/keywords" % tag)
            if "actors" in q:
                errs.append("%s: unanswerable with actors" % tag)
            continue
        if q.get("answerable") is not True:
            errs.append("%s: answerable must be true/false" % tag)
            continue
        if not ev or len(ev) > 3:
            errs.append("%s: need 1-3 evidence quotes" % tag)
            ev = ev or []
        if not kw:
            errs.append("%s: answerable question without keywords" % tag)
        srcs = []
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                errs.append("%s: unknown source %r" % (tag, src))
                continue
            srcs.append(src)
            if not 20 <= len(norm(quote)) <= 200:
                errs.append("%s: quote length %d: %r" % (tag, len(norm(quote)), quote))
            if norm(quote) not in docs[src]:
                errs.append("%s: quote not found in %s: %r" % (tag, src, quote))
        for src in set(srcs):
            per_doc[src] += 1
        for k in kw or []:
            if not any(norm(k) in docs[s] for s in srcs):
                errs.append("%s: keyword %r not in cited documents" % (tag, k))
        for a in q.get("actors", []):
            if not any(norm(a) in gold[s] for s in srcs):
                errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, srcs))
            if not any(norm(a) in norm(e.get("quote", "")) for e in ev):
                errs.append("%s: actor %r not inside an evidence quote" % (tag, a))

    n = len(qs) or 1
    n_un = sum(1 for q in qs if q.get("answerable") is False)
    n_nd = sum(1 for q in qs if is_no_diacritics(q["question"]))
    n_ab = sum(1 for q in qs if has_abbr(q["question"]))
    n_meta, n_corp = kinds["metadata"], kinds["corpus"]
    if not 95 <= len(qs) <= 105:
        errs.append("need 95-105 questions, have %d" % len(qs))
    if n_un < 0.22 * n:
        errs.append("unanswerable %.1f%% < 22%%" % (100.0 * n_un / n))
    if n_nd < 0.15 * n:
        errs.append("no-diacritics %.1f%% < 15%%" % (100.0 * n_nd / n))
    if n_ab < 0.20 * n:
        errs.append("abbreviation %.1f%% < 20%%" % (100.0 * n_ab / n))
    if n_hist < 12:
        errs.append("follow-ups with history %d < 12" % n_hist)
    if n_ww < 12:
        errs.append("who-what questions with actors %d < 12" % n_ww)
    if n_meta < 3 or n_corp < 3:
        errs.append("need some metadata (%d) and corpus (%d) questions" % (n_meta, n_corp))
    # unanswerable questions cite no document, so per-document coverage is
    # checked on answerable citations only (12+ each).
    for src in docs:
        if per_doc[src] < 12:
            errs.append("%s cited by only %d answerable questions (< 12)" % (src, per_doc[src]))

    print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | "
          "abbreviation %d (%.1f%%) | with history %d (unanswerable %d) | who-what with actors %d"
          % (len(qs), n_un, 100.0 * n_un / n, n_nd, 100.0 * n_nd / n, n_ab, 100.0 * n_ab / n,
             n_hist, n_hist_un, n_ww))
    print("kinds:", dict(sorted(kinds.items())))
    print("answerable questions citing each doc:", dict(sorted(per_doc.items())))
    print("words per doc:", dict(sorted(words.items())))
    print("who-what lines: %d, gold actors per source: %s"
          % (len(ww), {s[:3]: len(v) for s, v in sorted(gold.items())}))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
