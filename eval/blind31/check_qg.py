#!/usr/bin/env python3
"""Standalone checker for eval/blind31 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind31/check_qg.py
Python 3 stdlib only (the .docx is read with zipfile + XML). Prints OK (exit 0)
or the list of problems (exit 1). Does not import kg_rag.
Comparison: NFC, lower-case, every whitespace run collapsed to one space.
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
DOCS = ("qg01", "qg02", "qg03", "qg04", "qg05")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "kl", "tb", "bc", "cv", "qđ", "qd", "nq", "tw", "hu",
        "kh&cn", "khcn", "gd&đt", "gd&dt", "gddt", "mttq", "thpt", "thcs", "cđs", "cds", "pct",
        "ct", "btg", "dlxh", "hcgc", "cgc", "ptdtnt", "sgdđt", "sgddt", "qlcl", "gđ", "pgđ",
        "kt", "vh", "vhtt", "bdhvs", "ttvh", "tc-kh", "nv"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&])",
                     re.IGNORECASE)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(paras)


def docx_has_numbering(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        return "word/numbering.xml" in names


def load_corpus(errs):
    docs, words = {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        p = os.path.join(CORPUS, fn)
        if fn.endswith(".docx"):
            raw = docx_text(p)
            if not docx_has_numbering(p):
                errs.append("%s: docx has no numbering part" % fn)
        else:
            raw = open(p, encoding="utf-8").read()
        if unicodedata.normalize("NFC", raw) != raw:
            errs.append("%s: corpus text not NFC" % fn)
        docs[fn] = norm(raw)
        words[fn] = len(raw.split())
    return docs, words


def is_no_diacritics(q):
    return all(ord(ch) < 128 for ch in q) and q == q.lower()


def has_abbr(q):
    return bool(ABBR_RE.search(q))


def main():
    errs = []
    docs, words = load_corpus(errs)
    if sorted(d[:4] for d in docs) != list(DOCS):
        errs.append("corpus must hold exactly qg01..qg05, found %s" % sorted(docs))
    for fn, w in words.items():
        if not 700 <= w <= 1400:
            errs.append("%s: %d words, outside 700-1400" % (fn, w))

    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    gold_actors = collections.defaultdict(set)
    for w in ww:
        for a in w.get("actors", []):
            gold_actors[w.get("source")].add(norm(a.get("name", "")))

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
        if not re.fullmatch(r"qg\d{3}", str(qid)):
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
        if kind == "follow-up" and "history" not in q:
            errs.append("%s: follow-up without history" % tag)
        if "actors" in q and (kind != "who-what" or not q["actors"]):
            errs.append("%s: actors only on non-empty who-what questions" % tag)
        if kind == "who-what" and not q.get("actors"):
            errs.append("%s: who-what without actors" % tag)
        ev, kw = q.get("evidence"), q.get("keywords")
        # every question counts towards a document: evidence source, else doc tag in question meta
        if q.get("answerable") is False:
            if ev != [] or kw != []:
                errs.append("%s: unanswerable must have empty evidence/keywords" % tag)
            if q.get("actors"):
                errs.append("%s: unanswerable question with actors" % tag)
            continue
        if q.get("answerable") is not True:
            errs.append("%s: answerable must be true/false" % tag)
            continue
        maxev = 5 if kind == "corpus" else (4 if kind == "list" else 3)
        if not ev or len(ev) > maxev:
            errs.append("%s: need 1-%d evidence quotes" % (tag, maxev))
        if not kw:
            errs.append("%s: answerable question without keywords" % tag)
        srcs = set()
        nquotes = []
        for e in ev or []:
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
        for src in srcs:
            per_doc[src] += 1
        for k in kw or []:
            if not any(norm(k) in docs[s] for s in srcs):
                errs.append("%s: keyword %r not in cited documents" % (tag, k))
            elif not any(norm(k) in nq for nq in nquotes):
                errs.append("%s: keyword %r not inside a quote" % (tag, k))
        for a in q.get("actors", []):
            if not any(norm(a) in gold_actors.get(s, set()) for s in srcs):
                errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, sorted(srcs)))
            if not any(norm(a) in nq for nq in nquotes):
                errs.append("%s: actor %r not inside a quote" % (tag, a))
        if kind == "who-what":
            ww_actors += 1

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
        errs.append("follow-up pairs %d < 12" % pairs)
    if ww_actors < 12:
        errs.append("who-what questions with actors %d < 12" % ww_actors)
    if kinds["metadata"] < 3:
        errs.append("metadata questions %d < 3" % kinds["metadata"])
    if kinds["corpus"] < 2:
        errs.append("corpus questions %d < 2" % kinds["corpus"])

    # per-document question counts: answerable citing it + unanswerable tagged by 'doc' hint
    # (unanswerable questions carry no source; they are attributed via the DOC_OF map below)
    doc_total = collections.Counter()
    for q in qs:
        srcs = {e["source"][:4] for e in q.get("evidence", []) if "source" in e}
        if not srcs and q.get("id") in DOC_OF:
            srcs = {DOC_OF[q["id"]]}
        for s in srcs:
            doc_total[s] += 1
    for g in DOCS:
        if not 15 <= doc_total[g] <= 25 + 3:  # corpus questions may touch a doc on top
            errs.append("%s has %d questions (want 15-25)" % (g, doc_total[g]))

    # who-what gold
    covered = collections.Counter()
    for w in ww:
        tag = w.get("id")
        src = w.get("source")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            errs.append("%s: bad keys %s" % (tag, sorted(w)))
        if not re.fullmatch(r"wqg\d{2}", str(tag)):
            errs.append("%s: bad who-what id" % tag)
        if src not in docs:
            errs.append("%s: unknown source %r" % (tag, src))
            continue
        covered[src[:4]] += 1
        if not w.get("directive"):
            errs.append("%s: missing directive" % tag)
        if not w.get("actors"):
            errs.append("%s: no actors" % tag)
        names = set()
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                errs.append("%s: bad actor keys %s" % (tag, sorted(a)))
            for fld in ("name", "task_quote"):
                if norm(a.get(fld) or "") not in docs[src] or not a.get(fld):
                    errs.append("%s: actor %s not verbatim: %r" % (tag, fld, a.get(fld)))
            if not 20 <= len(norm(a.get("task_quote", ""))) <= 200:
                errs.append("%s: task_quote length: %r" % (tag, a.get("task_quote")))
            if norm(a.get("name", "")) not in norm(a.get("task_quote", "")):
                errs.append("%s: name %r not inside its task_quote" % (tag, a.get("name")))
            if a.get("role") not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a.get("role")))
            dl = a.get("deadline")
            if dl is not None and norm(dl) not in docs[src]:
                errs.append("%s: deadline not verbatim: %r" % (tag, dl))
            names.add(norm(a.get("name", "")))
        if not w.get("intruders"):
            errs.append("%s: no intruders" % tag)
        for it in w.get("intruders", []):
            if norm(it) not in docs[src]:
                errs.append("%s: intruder not verbatim: %r" % (tag, it))
            if norm(it) in names:
                errs.append("%s: intruder is also an actor: %r" % (tag, it))
            for a in w.get("actors", []):
                if norm(it) in norm(a.get("task_quote", "")) and norm(it) == norm(a.get("name", "")):
                    errs.append("%s: intruder %r has a task" % (tag, it))
    if len(ww) < 4:
        errs.append("who_what.jsonl needs >= 4 lines, has %d" % len(ww))
    for g, c in covered.items():
        if c != 1:
            errs.append("who_what.jsonl has %d lines for %s" % (c, g))

    print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | abbreviation %d (%.1f%%) | "
          "history pairs %d | who-what with actors %d"
          % (len(qs), n_un, 100.0 * n_un / n, n_nd, 100.0 * n_nd / n, n_ab, 100.0 * n_ab / n,
             pairs, ww_actors))
    print("kinds:", dict(sorted(kinds.items())))
    print("questions per doc (answerable by evidence + unanswerable by DOC_OF):", dict(sorted(doc_total.items())))
    print("answerable questions citing each doc:", dict(sorted(per_doc.items())))
    print("words per doc:", dict(sorted(words.items())))
    print("who-what lines:", len(ww), dict(sorted(covered.items())))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK")
    return 0


# Unanswerable questions have no evidence; this maps each to the document it is a
# near-miss of, so per-document counts (15-25) can be checked.
DOC_OF = {}
_p = os.path.join(HERE, "unanswerable_doc.json")
if os.path.exists(_p):
    DOC_OF = json.load(open(_p, encoding="utf-8"))

if __name__ == "__main__":
    sys.exit(main())
