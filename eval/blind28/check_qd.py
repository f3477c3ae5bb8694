#!/usr/bin/env python3
"""Standalone checker for eval/blind28 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind28/check_qd.py
Python 3 stdlib only; does not import kg_rag. Prints OK (exit 0) or the problems (exit 1).
Corpus: .md/.txt read as UTF-8; .docx read with zipfile + XML (each w:p paragraph, incl.
table cells, becomes one line). Text is NFC-normalised, lower-cased and every whitespace
run (incl. hard-wrap line breaks) collapsed to one space before comparison.
"""
import collections
import json
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
QFILE = os.path.join(HERE, "questions.jsonl")
WFILE = os.path.join(HERE, "who_what.jsonl")
DOCS = ("qd01", "qd02", "qd03", "qd04", "qd05")
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "qđ", "qd", "cv", "tb", "nq", "tw", "ctr", "bc", "mttq",
        "gd&đt", "gd&dt", "gdđt", "kh&cn", "khcn", "cđs", "cds", "thcs", "thpt", "pct",
        "tt&tt", "vh&tt", "tt&vh", "dvc", "tthc", "nq57", "btg", "stttt"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&])",
                     re.IGNORECASE)
# unanswerable questions have no evidence; this map says which document each is a near-miss for
UNANS_DOC = {"qd014": 1, "qd016": 1, "qd017": 1, "qd018": 1, "qd019": 1, "qd027": 2, "qd036": 2, "qd037": 2, "qd038": 2, "qd039": 2, "qd055": 3, "qd056": 3, "qd057": 3, "qd058": 3, "qd068": 4, "qd074": 4, "qd075": 4, "qd076": 4, "qd077": 4, "qd094": 5, "qd095": 5, "qd096": 5, "qd097": 5, "qd103": 1, "qd104": 5}
# minimum shares (of all questions)
MIN_UNANS, MIN_NODIA, MIN_ABBR = 0.22, 0.15, 0.20
MIN_FOLLOWUP, MIN_WHOWHAT = 12, 12


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
        has_numbering = "word/numbering.xml" in z.namelist()
    body = root.find(WNS + "body")
    lines = []
    for p in body.iter(WNS + "p"):
        lines.append("".join(t.text or "" for t in p.iter(WNS + "t")))
    numbered = sum(1 for p in body.iter(WNS + "p")
                   if p.find(WNS + "pPr") is not None and
                   (p.find(WNS + "pPr/" + WNS + "numPr") is not None or
                    (p.find(WNS + "pPr/" + WNS + "pStyle") is not None and "List" in
                     p.find(WNS + "pPr/" + WNS + "pStyle").get(WNS + "val", ""))))
    return "\n".join(lines), has_numbering and numbered > 0


def load_corpus(errs):
    docs, words = {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        path = os.path.join(CORPUS, fn)
        if fn.endswith(".docx"):
            raw, numbered = docx_text(path)
            if not numbered:
                errs.append("%s: no Word list numbering found" % fn)
        elif fn.endswith((".md", ".txt")):
            raw = open(path, encoding="utf-8").read()
        else:
            errs.append("%s: unexpected file type" % fn)
            continue
        if unicodedata.normalize("NFC", raw) != raw:
            errs.append("%s: corpus text not NFC" % fn)
        docs[fn] = norm(raw)
        words[fn] = len(raw.split())
    return docs, words


def found(docs, src, s):
    return bool(s) and norm(s) in docs.get(src, "")


def is_no_diacritics(q):
    return all(ord(ch) < 128 for ch in q) and q == q.lower()


def has_abbr(q):
    return bool(ABBR_RE.search(q))


def main():
    errs = []
    docs, words = load_corpus(errs)
    prefix = {d[:4]: d for d in docs}
    if sorted(d[:4] for d in docs) != list(DOCS):
        errs.append("corpus must hold exactly qd01..qd05, found %s" % sorted(docs))
    for fn, w in words.items():
        if not 700 <= w <= 1400:
            errs.append("%s: %d words, outside 700-1400" % (fn, w))
    qd03 = prefix.get("qd03")
    if qd03:
        raw = open(os.path.join(CORPUS, qd03), encoding="utf-8").read().splitlines()
        if max(len(l) for l in raw) > 72 or sum(1 for l in raw if len(l) >= 55) < 30:
            errs.append("qd03 is not hard-wrapped at about 66 characters")

    # who-what gold first (questions are checked against it)
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    gold = collections.defaultdict(set)
    covered = collections.Counter()
    wids = set()
    for w in ww:
        tag = w.get("id")
        if tag in wids or not re.fullmatch(r"wqd\d{2}", str(tag)):
            errs.append("%s: bad or duplicate who-what id" % tag)
        wids.add(tag)
        src = w.get("source")
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
        names, quotes = set(), []
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                errs.append("%s: bad actor keys %s" % (tag, sorted(a)))
            for fld in ("name", "task_quote"):
                if not found(docs, src, a.get(fld, "")):
                    errs.append("%s: actor %s not verbatim: %r" % (tag, fld, a.get(fld)))
            if not 20 <= len(norm(a.get("task_quote", ""))) <= 200:
                errs.append("%s: task_quote length %d: %r" % (tag, len(norm(a.get("task_quote", ""))), a.get("task_quote")))
            if norm(a.get("name", "")) not in norm(a.get("task_quote", "")):
                errs.append("%s: name %r not inside its task_quote" % (tag, a.get("name")))
            if a.get("role") not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a.get("role")))
            dl = a.get("deadline")
            if dl is not None and not found(docs, src, dl):
                errs.append("%s: deadline not verbatim: %r" % (tag, dl))
            names.add(norm(a.get("name", "")))
            quotes.append(norm(a.get("task_quote", "")))
        gold[src] |= names
        if not w.get("intruders"):
            errs.append("%s: no intruders" % tag)
        for it in w.get("intruders", []):
            if not found(docs, src, it):
                errs.append("%s: intruder not verbatim: %r" % (tag, it))
            n = norm(it)
            if n in names or any(n in nm or nm in n for nm in names):
                errs.append("%s: intruder overlaps an actor name: %r" % (tag, it))
            if any(n in tq for tq in quotes):
                errs.append("%s: intruder appears inside a task_quote: %r" % (tag, it))
    if len(ww) < 4:
        errs.append("who_what.jsonl needs at least 4 lines (has %d)" % len(ww))
    for g in covered:
        if covered[g] > 1:
            errs.append("who_what.jsonl has %d lines for %s" % (covered[g], g))

    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    seen_ids, seen_q = set(), {}
    per_doc = collections.Counter()
    kinds = collections.Counter()
    pairs = ww_actors = 0
    for i, q in enumerate(qs):
        qid = q.get("id")
        tag = "%s (line %d)" % (qid, i + 1)
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            errs.append("%s: bad keys %s" % (tag, sorted(keys)))
        if not re.fullmatch(r"qd\d{3}", str(qid)):
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
        if kind == "who-what" and not q.get("actors"):
            errs.append("%s: who-what without actors" % tag)
        ev, kw = q.get("evidence"), q.get("keywords")
        if q.get("answerable") is False:
            if ev != [] or kw != []:
                errs.append("%s: unanswerable must have empty evidence/keywords" % tag)
            d = UNANS_DOC.get(qid)
            if d is None:
                errs.append("%s: unanswerable question missing from UNANS_DOC" % tag)
            else:
                per_doc["qd%02d" % d] += 1
            continue
        if q.get("answerable") is not True:
            errs.append("%s: answerable must be true/false" % tag)
            continue
        if qid in UNANS_DOC:
            errs.append("%s: answerable but listed in UNANS_DOC" % tag)
        if not ev or len(ev) > 6:
            errs.append("%s: need 1-6 evidence quotes" % tag)
        if not kw:
            errs.append("%s: answerable question without keywords" % tag)
        srcs = {e.get("source") for e in ev or []}
        for src in srcs:
            per_doc[str(src)[:4]] += 1
        nquotes = []
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
            if not any(found(docs, s, k) for s in srcs):
                errs.append("%s: keyword %r not in the cited documents" % (tag, k))
        if kind == "who-what":
            ww_actors += 1
            for a in q.get("actors", []):
                if not any(norm(a) in gold.get(s, set()) for s in srcs):
                    errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, sorted(srcs)))
                if not any(norm(a) in nq for nq in nquotes):
                    errs.append("%s: actor %r not inside a quote" % (tag, a))
    for qid in UNANS_DOC:
        if qid not in seen_ids:
            errs.append("UNANS_DOC lists unknown id %s" % qid)

    n = len(qs) or 1
    n_un = sum(1 for q in qs if q.get("answerable") is False)
    n_nd = sum(1 for q in qs if is_no_diacritics(q["question"]))
    n_ab = sum(1 for q in qs if has_abbr(q["question"]))
    if not 95 <= len(qs) <= 105:
        errs.append("need 95-105 questions, have %d" % len(qs))
    if n_un < MIN_UNANS * n:
        errs.append("unanswerable %.1f%% < %d%%" % (100.0 * n_un / n, 100 * MIN_UNANS))
    if n_nd < MIN_NODIA * n:
        errs.append("no-diacritics %.1f%% < %d%%" % (100.0 * n_nd / n, 100 * MIN_NODIA))
    if n_ab < MIN_ABBR * n:
        errs.append("abbreviation %.1f%% < %d%%" % (100.0 * n_ab / n, 100 * MIN_ABBR))
    if pairs < MIN_FOLLOWUP:
        errs.append("follow-up pairs %d < %d" % (pairs, MIN_FOLLOWUP))
    if ww_actors < MIN_WHOWHAT:
        errs.append("who-what questions with actors %d < %d" % (ww_actors, MIN_WHOWHAT))
    for kd in ("metadata", "corpus"):
        if kinds[kd] < 2:
            errs.append("need some %s questions" % kd)
    for d in DOCS:
        if not 15 <= per_doc[d] <= 25:
            errs.append("%s has %d questions (need 15-25)" % (d, per_doc[d]))

    print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | abbreviation %d (%.1f%%) | "
          "history pairs %d | who-what with actors %d"
          % (len(qs), n_un, 100.0 * n_un / n, n_nd, 100.0 * n_nd / n, n_ab, 100.0 * n_ab / n, pairs, ww_actors))
    print("kinds:", dict(sorted(kinds.items())))
    print("questions per doc (answerable citing + unanswerable near-misses):", dict(sorted(per_doc.items())))
    print("words per doc:", dict(sorted(words.items())))
    print("who-what lines: %d, gold actors: %d" % (len(ww), sum(len(w.get("actors", [])) for w in ww)))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
