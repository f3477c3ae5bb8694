#!/usr/bin/env python3
"""Standalone checker for eval/blind16 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind16/check_l.py
Python 3 standard library only; does not import kg_rag. Prints statistics, then
OK (exit 0) or every problem found (exit 1).

Text comparison: NFC, lower-case, every whitespace run (including hard-wrap
newlines) collapsed to one space. .txt/.md files are read as text; a .docx (none
in this set) would be read with zipfile + XML.
"""
import collections
import json
import os
import re
import sys
import unicodedata
import zipfile
from xml.etree import ElementTree

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
QFILE = os.path.join(HERE, "questions.jsonl")
WFILE = os.path.join(HERE, "who_what.jsonl")
PREFIXES = ("l01", "l02", "l03", "l04", "l05")
HARD_WRAPPED = "l03"          # must be wrapped at about 65-75 characters

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
WKEYS = {"id", "directive", "source", "actors", "intruders"}
AKEYS = {"name", "role", "deadline", "task_quote"}

# Unanswerable questions that name a document number absent from the corpus are
# corpus-level near-misses; every other unanswerable question targets one document
# (a follow-up inherits the document of the question it follows).
UNANS_TARGET = {
    "lx015": "l01", "lx016": "l01", "lx017": "l01", "lx018": "l01",
    "lx035": "l02", "lx036": "l02", "lx037": "l02",
    "lx053": "l03", "lx054": "l03", "lx055": "l03",
    "lx073": "l04", "lx074": "l04", "lx075": "l04", "lx076": "l04",
    "lx092": "l05", "lx093": "l05", "lx094": "l05", "lx095": "l05",
    "lx101": "corpus", "lx102": "corpus", "lx103": "corpus",
}

ABBR = ["ubnd", "hđnd", "hdnd", "mttq", "kh", "qđ", "qd", "cv", "tb", "nq", "kl", "tw",
        "gd&đt", "gd&dt", "gdđt", "gddt", "kh&cn", "khcn", "cđs", "cds", "thcs", "thpt",
        "pct", "tt&tt", "tthc", "khkt", "ttr", "sgdđt", "btv", "clb"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&])",
                     re.IGNORECASE)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    paras = []
    for p in root.iter(ns + "p"):
        paras.append("".join(t.text or "" for t in p.iter(ns + "t")))
    return "\n".join(paras)


def load_corpus(errs):
    raw, docs = {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        path = os.path.join(CORPUS, fn)
        if fn.endswith((".txt", ".md")):
            text = open(path, encoding="utf-8").read()
        elif fn.endswith(".docx"):
            text = read_docx(path)
        else:
            errs.append("%s: unsupported corpus file type" % fn)
            continue
        if unicodedata.normalize("NFC", text) != text:
            errs.append("%s: corpus text not NFC" % fn)
        raw[fn] = text
        docs[fn] = norm(text)
    return raw, docs


def is_no_diacritics(q):
    return all(ord(c) < 128 for c in q) and q == q.lower()


def has_abbr(q):
    return bool(ABBR_RE.search(q))


def main():
    errs = []
    raw, docs = load_corpus(errs)
    words = {fn: len(t.split()) for fn, t in raw.items()}
    if sorted(fn[:3] for fn in docs) != list(PREFIXES):
        errs.append("corpus must hold exactly one file per prefix %s, found %s"
                    % (PREFIXES, sorted(docs)))
    for fn, w in words.items():
        if not 700 <= w <= 1400:
            errs.append("%s: %d words, outside 700-1400" % (fn, w))
        if fn.startswith(HARD_WRAPPED):
            lens = [len(l) for l in raw[fn].split("\n")]
            if max(lens) > 75:
                errs.append("%s: line of %d chars, not hard-wrapped at <=75" % (fn, max(lens)))
            if sum(1 for n in lens if 60 <= n <= 75) < 30:
                errs.append("%s: fewer than 30 lines of 60-75 chars" % fn)

    # ---- who-what gold first (question actors are checked against it)
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    gold = collections.defaultdict(set)
    intruders = collections.defaultdict(set)
    wids = set()
    for w in ww:
        tag = w.get("id")
        if tag in wids or not re.fullmatch(r"wl\d{2}", str(tag)):
            errs.append("%s: bad or duplicate who-what id" % tag)
        wids.add(tag)
        if set(w) != WKEYS:
            errs.append("%s: bad keys %s" % (tag, sorted(w)))
        src = w.get("source")
        if src not in docs:
            errs.append("%s: unknown source %r" % (tag, src))
            continue
        if not w.get("directive"):
            errs.append("%s: missing directive" % tag)
        if not w.get("actors"):
            errs.append("%s: no actors" % tag)
        tqs = []
        for a in w.get("actors", []):
            if set(a) != AKEYS:
                errs.append("%s: bad actor keys %s" % (tag, sorted(a)))
                continue
            name, tq, dl = a["name"], a["task_quote"], a["deadline"]
            if norm(name) not in docs[src]:
                errs.append("%s: actor name not verbatim: %r" % (tag, name))
            if norm(tq) not in docs[src]:
                errs.append("%s: task_quote not verbatim: %r" % (tag, tq))
            if not 20 <= len(norm(tq)) <= 200:
                errs.append("%s: task_quote length %d: %r" % (tag, len(norm(tq)), tq))
            if norm(name) not in norm(tq):
                errs.append("%s: name %r not inside its task_quote" % (tag, name))
            if a["role"] not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a["role"]))
            if dl is not None and norm(dl) not in docs[src]:
                errs.append("%s: deadline not verbatim: %r" % (tag, dl))
            gold[src].add(norm(name))
            tqs.append(norm(tq))
        for it in w.get("intruders", []):
            if norm(it) not in docs[src]:
                errs.append("%s: intruder not verbatim: %r" % (tag, it))
            if norm(it) in gold[src]:
                errs.append("%s: intruder is also an actor: %r" % (tag, it))
            if any(norm(it) in t for t in tqs):
                errs.append("%s: intruder occurs inside a task_quote: %r" % (tag, it))
            intruders[src].add(norm(it))
    if len(ww) < 4:
        errs.append("who_what.jsonl needs at least 4 lines, has %d" % len(ww))

    # ---- questions
    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    seen_ids, seen_q, qdoc = set(), {}, {}
    kinds = collections.Counter()
    per_doc = collections.Counter()
    pairs = unans_follow = 0
    for i, q in enumerate(qs):
        qid = q.get("id")
        tag = "%s (line %d)" % (qid, i + 1)
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            errs.append("%s: bad keys %s" % (tag, sorted(keys)))
        if not re.fullmatch(r"lx\d{3}", str(qid)):
            errs.append("%s: bad id" % tag)
        if qid in seen_ids:
            errs.append("%s: duplicate id" % tag)
        seen_ids.add(qid)
        text = q.get("question", "")
        if unicodedata.normalize("NFC", text) != text:
            errs.append("%s: question not NFC" % tag)
        if norm(text) in seen_q:
            errs.append("%s: duplicate question text" % tag)
        kind = q.get("kind")
        kinds[kind] += 1
        if kind not in KINDS:
            errs.append("%s: bad kind %r" % (tag, kind))
        if kind == "no-diacritics" and not is_no_diacritics(text):
            errs.append("%s: kind no-diacritics but text has diacritics/upper case" % tag)
        if kind == "abbreviation" and not has_abbr(text):
            errs.append("%s: kind abbreviation but no abbreviation found" % tag)
        if kind == "unanswerable" and q.get("answerable") is not False:
            errs.append("%s: kind unanswerable but answerable is not false" % tag)
        if kind == "follow-up" and "history" not in q:
            errs.append("%s: follow-up without history" % tag)
        hist_docs = set()
        if "history" in q:
            hist = q["history"]
            if not isinstance(hist, list) or not hist:
                errs.append("%s: history must be a non-empty list" % tag)
            else:
                for h in hist:
                    j = seen_q.get(norm(h))
                    if j is None:
                        errs.append("%s: history question not found earlier: %r" % (tag, h))
                    else:
                        hist_docs |= qdoc.get(j, set())
                pairs += 1
                if q.get("answerable") is False:
                    unans_follow += 1
        seen_q[norm(text)] = i
        if "actors" in q and kind != "who-what":
            errs.append("%s: actors only on who-what questions" % tag)
        if kind == "who-what" and not q.get("actors"):
            errs.append("%s: who-what without actors" % tag)

        ev, kw = q.get("evidence"), q.get("keywords")
        if q.get("answerable") is False:
            if ev != [] or kw != []:
                errs.append("%s: unanswerable must have empty evidence and keywords" % tag)
            target = UNANS_TARGET.get(qid)
            if target is None and hist_docs:
                target = sorted(hist_docs)[0][:3]
            if target is None:
                errs.append("%s: unanswerable question has no target document" % tag)
            elif target != "corpus":
                per_doc[target] += 1
                qdoc[i] = {fn for fn in docs if fn.startswith(target)}
            continue
        if q.get("answerable") is not True:
            errs.append("%s: answerable must be true or false" % tag)
            continue
        if not ev:
            errs.append("%s: answerable question without evidence" % tag)
            continue
        if not kw:
            errs.append("%s: answerable question without keywords" % tag)
        srcs, nquotes = set(), []
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if set(e) != {"source", "quote"}:
                errs.append("%s: bad evidence keys %s" % (tag, sorted(e)))
            if src not in docs:
                errs.append("%s: unknown source %r" % (tag, src))
                continue
            srcs.add(src)
            n = norm(quote)
            if not 20 <= len(n) <= 200:
                errs.append("%s: quote length %d: %r" % (tag, len(n), quote))
            if n not in docs[src]:
                errs.append("%s: quote not found in %s: %r" % (tag, src, quote))
            nquotes.append(n)
        qdoc[i] = srcs
        if kind != "corpus":
            if len(srcs) != 1:
                errs.append("%s: non-corpus question should cite exactly one document" % tag)
            for s in srcs:
                per_doc[s[:3]] += 1
        for k in kw or []:
            if not any(norm(k) in docs[s] for s in srcs):
                errs.append("%s: keyword %r not in the cited documents" % (tag, k))
            elif kind != "corpus" and not any(norm(k) in nq for nq in nquotes):
                errs.append("%s: keyword %r not inside any of its quotes" % (tag, k))
        for a in q.get("actors", []):
            if not any(norm(a) in gold[s] for s in srcs):
                errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, sorted(srcs)))
            if any(norm(a) in intruders[s] for s in srcs):
                errs.append("%s: actor %r is listed as an intruder" % (tag, a))
            if not any(norm(a) in nq for nq in nquotes):
                errs.append("%s: actor %r not inside a quote" % (tag, a))

    n = len(qs) or 1
    n_un = sum(1 for q in qs if q.get("answerable") is False)
    n_nd = sum(1 for q in qs if is_no_diacritics(q.get("question", "")))
    n_ab = sum(1 for q in qs if has_abbr(q.get("question", "")))
    n_ww = sum(1 for q in qs if q.get("kind") == "who-what")
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
    if n_ww < 12:
        errs.append("who-what questions %d < 12" % n_ww)
    for k in ("metadata", "corpus"):
        if kinds[k] < 3:
            errs.append("too few %s questions (%d)" % (k, kinds[k]))
    for p in PREFIXES:
        if not 15 <= per_doc[p] <= 25:
            errs.append("%s has %d questions, outside 15-25" % (p, per_doc[p]))
    wsrc = collections.Counter(w.get("source", "")[:3] for w in ww)
    for p, c in wsrc.items():
        if c > 1:
            errs.append("who_what.jsonl has %d lines for %s" % (c, p))

    print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | "
          "abbreviation %d (%.1f%%) | with history %d (unanswerable %d) | who-what %d"
          % (len(qs), n_un, 100.0 * n_un / n, n_nd, 100.0 * n_nd / n, n_ab, 100.0 * n_ab / n,
             pairs, unans_follow, n_ww))
    print("kinds:", dict(sorted(kinds.items())))
    print("questions per document (corpus-kind excluded):", dict(sorted(per_doc.items())))
    print("words per document:", dict(sorted(words.items())))
    print("who_what lines: %d, actors: %d, intruders: %d"
          % (len(ww), sum(len(w.get("actors", [])) for w in ww),
             sum(len(w.get("intruders", [])) for w in ww)))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
