#!/usr/bin/env python3
"""Standalone checker for eval/blind17 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind17/check_e.py
Prints OK (exit 0) or the list of problems (exit 1). Python 3 stdlib only; does not import kg_rag.
.txt/.md files are read as text; .docx text is taken from word/document.xml with zipfile + XML
(one line per w:p paragraph, table cells included in document order).
All text is NFC-normalised, lower-cased and whitespace runs (incl. newlines) collapsed to one
space before comparison.
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
DOCS = ("e01", "e02", "e03", "e04", "e05")
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "kl", "tb", "bc", "cv", "qđ", "qd", "nq", "tw", "gm",
        "kh&cn", "khcn", "gd&đt", "gd&dt", "mttq", "thpt", "thcs", "hs", "cđs", "cds", "pct",
        "tt", "syt", "bhxh", "ubkt", "cntt", "csdl", "vh-tt&tt", "bv", "hu"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&])",
                     re.IGNORECASE)

# unanswerable questions carry no evidence; the document each one is a near-miss for
UNANS_DOC = {
    "ex008": "e01", "ex012": "e01", "ex017": "e01", "ex019": "e01", "ex020": "e01",
    "ex027": "e02", "ex036": "e02", "ex037": "e02", "ex038": "e02",
    "ex054": "e03", "ex055": "e03", "ex056": "e03", "ex057": "e03",
    "ex074": "e04", "ex075": "e04", "ex076": "e04", "ex077": "e04",
    "ex091": "e05", "ex092": "e05", "ex093": "e05", "ex094": "e05",
    "ex099": "corpus", "ex100": "corpus", "ex101": "corpus",
}


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    paras = ["".join(t.text or "" for t in p.iter(W_NS + "t")) for p in root.iter(W_NS + "p")]
    return "\n".join(paras)


def load_corpus(errs):
    docs, words = {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        path = os.path.join(CORPUS, fn)
        if fn.endswith(".docx"):
            raw = docx_text(path)
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


def found(docs, src, s):
    return bool(s) and norm(s) in docs.get(src, "")


def is_no_diacritics(q):
    return all(ord(ch) < 128 for ch in q) and q == q.lower()


def has_abbr(q):
    return bool(ABBR_RE.search(q))


def attribute_unanswerable(q):
    return UNANS_DOC.get(q.get("id"))


def main():
    errs = []
    docs, words = load_corpus(errs)
    if sorted(d[:3] for d in docs) != list(DOCS):
        errs.append("corpus must hold exactly e01..e05, found %s" % sorted(docs))
    for fn, w in words.items():
        if not 700 <= w <= 1400:
            errs.append("%s: %d words, outside 700-1400" % (fn, w))

    # who-what gold first (question actors are checked against it)
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    gold = collections.defaultdict(set)
    covered = collections.Counter()
    seen_w = set()
    for w in ww:
        tag = w.get("id")
        src = w.get("source")
        if not re.fullmatch(r"we\d{2}", str(tag)) or tag in seen_w:
            errs.append("%s: bad or duplicate who-what id" % tag)
        seen_w.add(tag)
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
            if a.get("role") not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a.get("role")))
            dl = a.get("deadline")
            if dl is not None and not found(docs, src, dl):
                errs.append("%s: deadline not verbatim: %r" % (tag, dl))
            gold[src].add(norm(a.get("name", "")))
        for it in w.get("intruders", []):
            if not found(docs, src, it):
                errs.append("%s: intruder not verbatim: %r" % (tag, it))
            if norm(it) in gold[src]:
                errs.append("%s: intruder is also a task actor: %r" % (tag, it))
            # an intruder must not be the subject of any task quote of this directive
            for a in w.get("actors", []):
                if norm(a["task_quote"]).startswith(norm(it)):
                    errs.append("%s: intruder %r starts a task quote" % (tag, it))
    if len(ww) < 4:
        errs.append("who_what.jsonl needs at least 4 lines, has %d" % len(ww))
    for g in DOCS:
        if covered[g] > 1:
            errs.append("who_what.jsonl has %d lines for %s" % (covered[g], g))

    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    seen_ids, seen_q = set(), {}
    per_doc = collections.Counter()
    cited = collections.Counter()
    kinds = collections.Counter()
    pairs = ww_actors = 0
    for i, q in enumerate(qs):
        qid = q.get("id")
        tag = "%s (line %d)" % (qid, i + 1)
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            errs.append("%s: bad keys %s" % (tag, sorted(keys)))
        if not re.fullmatch(r"ex\d{3}", str(qid)):
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
            if kind == "who-what":
                errs.append("%s: who-what must be answerable" % tag)
            d = attribute_unanswerable(q)
            if d is None:
                errs.append("%s: cannot attribute unanswerable question to a document" % tag)
            else:
                per_doc[d] += 1
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
            if src not in srcs:
                srcs.append(src)
            if not 20 <= len(norm(quote)) <= 200:
                errs.append("%s: quote length %d: %r" % (tag, len(norm(quote)), quote))
            if not found(docs, src, quote):
                errs.append("%s: quote not found in %s: %r" % (tag, src, quote))
        for src in srcs:
            cited[src[:3]] += 1
            per_doc[src[:3]] += 1
        for k in kw or []:
            if not any(found(docs, s, k) for s in srcs):
                errs.append("%s: keyword %r not in cited documents" % (tag, k))
        if kind != "corpus":
            nquotes = " | ".join(norm(e.get("quote", "")) for e in ev)
            for k in kw or []:
                if norm(k) not in nquotes and not (kind == "who-what" and any(
                        found(docs, s, k) for s in srcs)):
                    errs.append("%s: keyword %r not inside an evidence quote" % (tag, k))
        for a in q.get("actors", []):
            if not any(norm(a) in gold.get(s, set()) for s in srcs):
                errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, srcs))
        if kind == "who-what" and q.get("actors"):
            ww_actors += 1

    n = len(qs) or 1
    if set(UNANS_DOC) != {q.get("id") for q in qs if q.get("answerable") is False}:
        errs.append("UNANS_DOC ids differ from the unanswerable questions")
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
        errs.append("follow-up pairs/chains %d < 12" % pairs)
    if ww_actors < 12:
        errs.append("who-what questions with actors %d < 12" % ww_actors)
    if kinds["metadata"] < 3 or kinds["corpus"] < 3:
        errs.append("need at least 3 metadata and 3 corpus questions")
    for g in DOCS:
        if not 15 <= per_doc[g] <= 25:
            errs.append("%s has %d questions (need 15-25)" % (g, per_doc[g]))

    print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | abbreviation %d (%.1f%%) | "
          "history pairs %d | who-what with actors %d"
          % (len(qs), n_un, 100.0 * n_un / n, n_nd, 100.0 * n_nd / n, n_ab, 100.0 * n_ab / n, pairs, ww_actors))
    print("kinds:", dict(sorted(kinds.items())))
    print("questions per doc (answerable cites + attributed unanswerable):", dict(sorted(per_doc.items())))
    print("answerable questions citing each doc:", dict(sorted(cited.items())))
    print("words per doc:", dict(sorted(words.items())))
    print("who-what lines: %d, actors per line: %s" % (len(ww), [len(w["actors"]) for w in ww]))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
