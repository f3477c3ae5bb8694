#!/usr/bin/env python3
"""Standalone checker for eval/blind27 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind27/check_qc.py
Prints OK (exit 0) or the list of problems (exit 1). Python stdlib only; does not
import kg_rag. .txt/.md files are read as text; .docx files are read with
zipfile + ElementTree (every <w:p>, including table-cell paragraphs, in document
order, one paragraph per line). All text is NFC-normalised, lower-cased and every
whitespace run (incl. newlines) collapsed to one space before comparison.
"""
import collections
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
QFILE = os.path.join(HERE, "questions.jsonl")
WFILE = os.path.join(HERE, "who_what.jsonl")
DOCS = ("qc01", "qc02", "qc03", "qc04", "qc05")
WORDS = {"qc01": (700, 1400), "qc02": (700, 1400), "qc03": (700, 1400),
         "qc04": (700, 1400), "qc05": (500, 800)}

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "qđ", "qd", "cv", "tb", "nq", "hd", "bc", "tw", "hu",
        "btv", "mttq", "gd&đt", "gd&dt", "gdđt", "kh&cn", "khcn", "skhcn", "cđs", "cds",
        "thcs", "thpt", "pct", "ct", "lđlđ", "ldld", "kcn", "gdnn-gdtx", "gdnn", "gdtx",
        "xmc", "kns", "vp", "vh-tt&dl", "svhttdl", "tt", "pgd", "pgdđt", "ttr"]
# an abbreviation counts only as a free-standing token, not as part of a document
# number such as "09-NQ/HU" or "35/KH-UBND"
ABBR_RE = re.compile(r"(?<![\w&/-])(" + "|".join(re.escape(a) for a in
                     sorted(ABBR, key=len, reverse=True)) + r")(?![\w&/-])", re.IGNORECASE)
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W_NS + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W_NS + "t")))
    return "\n".join(paras)


def load_corpus(errs):
    docs, words = {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        path = os.path.join(CORPUS, fn)
        if fn.endswith(".docx"):
            raw = read_docx(path)
        elif fn.endswith((".txt", ".md")):
            raw = open(path, encoding="utf-8").read()
        else:
            errs.append("%s: unsupported corpus file type" % fn)
            continue
        if unicodedata.normalize("NFC", raw) != raw:
            errs.append("%s: corpus text not NFC" % fn)
        docs[fn] = norm(raw)
        words[fn] = len(raw.split())
    return docs, words


def found(docs, src, quote):
    return bool(quote) and norm(quote) in docs.get(src, "")


def is_no_diacritics(q):
    return all(ord(ch) < 128 for ch in q) and q == q.lower()


def has_abbr(q):
    return bool(ABBR_RE.search(q))


def main():
    errs = []
    docs, words = load_corpus(errs)
    if sorted(d[:4] for d in docs) != list(DOCS):
        errs.append("corpus must hold exactly qc01..qc05, found %s" % sorted(docs))
    for fn, w in words.items():
        lo, hi = WORDS.get(fn[:4], (0, 10 ** 9))
        if not lo <= w <= hi:
            errs.append("%s: %d words, outside %d-%d" % (fn, w, lo, hi))

    # who-what gold first (questions' actors are checked against it)
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    gold_actors = collections.defaultdict(set)
    wids = set()
    for w in ww:
        tag = w.get("id")
        src = w.get("source")
        if not re.fullmatch(r"wqc\d{2}", str(tag)) or tag in wids:
            errs.append("%s: bad or duplicate who-what id" % tag)
        wids.add(tag)
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            errs.append("%s: bad keys %s" % (tag, sorted(w)))
        if src not in docs:
            errs.append("%s: unknown source %r" % (tag, src))
            continue
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
                errs.append("%s: task_quote length %d: %r" % (tag, len(norm(a.get("task_quote", ""))), a.get("task_quote")))
            if norm(a.get("name", "")) not in norm(a.get("task_quote", "")):
                errs.append("%s: name %r not inside its task_quote" % (tag, a.get("name")))
            if a.get("role") not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a.get("role")))
            dl = a.get("deadline")
            if dl is not None and not found(docs, src, dl):
                errs.append("%s: deadline not verbatim: %r" % (tag, dl))
            gold_actors[src].add(norm(a.get("name", "")))
        names = [norm(a.get("name", "")) for a in w.get("actors", [])]
        if not w.get("intruders"):
            errs.append("%s: no intruders" % tag)
        for it in w.get("intruders", []):
            if not found(docs, src, it):
                errs.append("%s: intruder not verbatim: %r" % (tag, it))
            if norm(it) in names:
                errs.append("%s: intruder is also an actor: %r" % (tag, it))
            for a in w.get("actors", []):
                if norm(it) in norm(a.get("task_quote", "")) and norm(it) not in norm(a.get("name", "")):
                    errs.append("%s: intruder %r occurs inside task_quote of %r" % (tag, it, a.get("name")))
    if len(ww) < 4:
        errs.append("who_what.jsonl needs at least 4 lines, has %d" % len(ww))

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
        if not re.fullmatch(r"qc\d{3}", str(qid)):
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
        if "actors" in q and kind != "who-what":
            errs.append("%s: actors only on who-what questions" % tag)
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
        if not ev or len(ev) > 4:
            errs.append("%s: need 1-4 evidence quotes" % tag)
        if not kw:
            errs.append("%s: answerable question without keywords" % tag)
        srcs = set()
        for e in ev or []:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                errs.append("%s: unknown source %r" % (tag, src))
                continue
            srcs.add(src)
            if not 20 <= len(norm(quote)) <= 200:
                errs.append("%s: quote length %d: %r" % (tag, len(norm(quote)), quote))
            if not found(docs, src, quote):
                errs.append("%s: quote not found in %s: %r" % (tag, src, quote))
        for src in srcs:
            per_doc[src[:4]] += 1
        for k in kw or []:
            if not any(norm(k) in docs[s] for s in srcs):
                errs.append("%s: keyword %r not in cited documents" % (tag, k))
        for a in q.get("actors", []):
            if not any(norm(a) in gold_actors[s] for s in srcs):
                errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, sorted(srcs)))

    n = len(qs) or 1
    n_un = sum(1 for q in qs if q.get("answerable") is False)
    n_nd = sum(1 for q in qs if is_no_diacritics(q["question"]))
    n_ab = sum(1 for q in qs if has_abbr(q["question"]))
    n_fu = sum(1 for q in qs if q.get("kind") == "follow-up")
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
    if kinds["metadata"] < 3 or kinds["corpus"] < 2:
        errs.append("need >=3 metadata and >=2 corpus questions")
    per_doc_total = collections.Counter()
    for q in qs:
        d = DOC_OF.get(q.get("id"))
        if d:
            per_doc_total[d] += 1
    for d in DOCS:
        if not 15 <= per_doc_total[d] <= 25:
            errs.append("%s has %d questions (need 15-25)" % (d, per_doc_total[d]))

    print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | abbreviation %d (%.1f%%) | "
          "history pairs %d | follow-up kind %d | who-what with actors %d"
          % (len(qs), n_un, 100.0 * n_un / n, n_nd, 100.0 * n_nd / n, n_ab, 100.0 * n_ab / n,
             pairs, n_fu, ww_actors))
    print("kinds:", dict(sorted(kinds.items())))
    print("questions per doc (incl. unanswerable):", dict(sorted(per_doc_total.items())))
    print("answerable questions citing each doc:", dict(sorted(per_doc.items())))
    print("words per doc:", dict(sorted(words.items())))
    print("who-what lines: %d, gold actors: %d" % (len(ww), sum(len(v) for v in gold_actors.values())))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK")
    return 0


DOC_OF = {}


def _load_doc_map():
    """questions.jsonl lines are assigned to a document by the 'doc' map file written
    next to it (doc_of_question.json: {id: 'qc0N'}); falls back to the first evidence source."""
    path = os.path.join(HERE, "doc_of_question.json")
    if os.path.exists(path):
        DOC_OF.update(json.load(open(path, encoding="utf-8")))
    else:
        for l in open(QFILE, encoding="utf-8"):
            if l.strip():
                q = json.loads(l)
                if q.get("evidence"):
                    DOC_OF[q["id"]] = q["evidence"][0]["source"][:4]


if __name__ == "__main__":
    _load_doc_map()
    sys.exit(main())
