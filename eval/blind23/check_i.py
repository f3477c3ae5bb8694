#!/usr/bin/env python3
"""Standalone checker for eval/blind23 (corpus/, questions.jsonl, who_what.jsonl).

Usage:  python3 /work/main/eval/blind23/check_i.py
Python 3 standard library only; does not import kg_rag.
.txt/.md files are read as UTF-8; .docx text is taken from word/document.xml
(every <w:p>, including table-cell paragraphs, in document order, one per line).
Comparison text: NFC, lower-case, every whitespace run collapsed to one space,
so a quote may span a hard-wrapped line break or adjacent paragraphs/cells.
Prints statistics then OK (exit 0) or the list of problems (exit 1).
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
PREFIXES = ["i01_", "i02_", "i03_", "i04_", "i05_"]
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
REQ_KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
OPT_KEYS = {"history", "actors"}
ABBREVS = ["kh", "qđ", "qd", "cv", "tb", "nq", "hd", "bc", "ct", "kl", "tw", "ubnd", "hđnd", "hdnd",
           "mttq", "gd&đt", "gd&dt", "kh&cn", "khcn", "cđs", "cds", "thcs", "thpt", "pct",
           "tthc", "cbcc", "vh-tt", "tc-kh"]  # no bare syllables such as "tu", "hu", "đu"
# a stand-alone abbreviation, not a fragment of a document number such as "57-NQ/TW"
ABBREV_RE = re.compile(r"(?<![\w&/-])(?:" + "|".join(re.escape(a) for a in ABBREVS) + r")(?![\w&/-])",
                       re.IGNORECASE)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).lower()).strip()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W_NS + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W_NS + "t")))
    return "\n".join(paras)


def load_corpus(errs):
    raw = {}
    for fn in sorted(os.listdir(CORPUS)):
        path = os.path.join(CORPUS, fn)
        if fn.endswith(".docx"):
            text = docx_text(path)
        elif fn.endswith((".txt", ".md")):
            text = open(path, encoding="utf-8").read()
        else:
            errs.append("unexpected corpus file %s" % fn)
            continue
        if unicodedata.normalize("NFC", text) != text:
            errs.append("%s: text is not NFC" % fn)
        raw[fn] = text
    return raw


def no_diacritics(q):
    return all(ord(c) < 128 for c in q) and q == q.lower()


def has_abbrev(q):
    return bool(ABBREV_RE.search(q))


def main():
    errs = []
    raw = load_corpus(errs)
    docs = {fn: norm(t) for fn, t in raw.items()}
    words = {fn: len(t.split()) for fn, t in raw.items()}
    if sorted(fn[:4] for fn in docs) != PREFIXES:
        errs.append("corpus must hold exactly one file per prefix %s, found %s" % (PREFIXES, sorted(docs)))
    for fn, n in words.items():
        if not 700 <= n <= 1400:
            errs.append("%s: %d words (need 700-1400)" % (fn, n))
    # hard wrap of i04
    for fn, t in raw.items():
        if fn.startswith("i04_"):
            longest = max(len(l) for l in t.splitlines())
            if longest > 80:
                errs.append("%s: not hard-wrapped (longest line %d)" % (fn, longest))

    # ---------- who_what gold
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    gold_names = collections.defaultdict(set)
    ww_ids = set()
    for w in ww:
        tag = w.get("id")
        if tag in ww_ids:
            errs.append("%s: duplicate who-what id" % tag)
        ww_ids.add(tag)
        if not re.fullmatch(r"wi\d{2}", str(tag)):
            errs.append("%s: bad who-what id" % tag)
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            errs.append("%s: bad keys %s" % (tag, sorted(w)))
        src = w.get("source")
        if src not in docs:
            errs.append("%s: unknown source %r" % (tag, src))
            continue
        d = docs[src]
        actors = w.get("actors") or []
        if not actors:
            errs.append("%s: no actors" % tag)
        for a in actors:
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                errs.append("%s: bad actor keys %s" % (tag, sorted(a)))
                continue
            name, tq = a["name"], a["task_quote"]
            gold_names[src].add(norm(name))
            if norm(name) not in d:
                errs.append("%s: actor name not in doc: %r" % (tag, name))
            if norm(tq) not in d:
                errs.append("%s: task_quote not in doc: %r" % (tag, tq))
            if not 20 <= len(norm(tq)) <= 200:
                errs.append("%s: task_quote length %d" % (tag, len(norm(tq))))
            if norm(name) not in norm(tq):
                errs.append("%s: actor %r not inside its task_quote" % (tag, name))
            if a["role"] not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a["role"]))
            if a["deadline"] is not None and norm(a["deadline"]) not in d:
                errs.append("%s: deadline not in doc: %r" % (tag, a["deadline"]))
        for it in w.get("intruders", []):
            if norm(it) not in d:
                errs.append("%s: intruder not in doc: %r" % (tag, it))
            for a in actors:
                n_it, n_a = norm(it), norm(a.get("name", ""))
                if n_it == n_a or n_it in n_a or n_a in n_it:
                    errs.append("%s: intruder %r overlaps actor %r" % (tag, it, a.get("name")))
                if n_it in norm(a.get("task_quote", "")):
                    errs.append("%s: intruder %r occurs in a task_quote" % (tag, it))
    if len(ww) < 4:
        errs.append("who_what.jsonl needs at least 4 lines, has %d" % len(ww))

    # ---------- questions
    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    ids, earlier = set(), {}
    kinds = collections.Counter()
    per_doc = collections.Counter()
    n_hist = n_ww = 0
    for i, q in enumerate(qs):
        qid = q.get("id")
        tag = "%s (line %d)" % (qid, i + 1)
        keys = set(q)
        if not REQ_KEYS <= keys or keys - REQ_KEYS - OPT_KEYS:
            errs.append("%s: bad keys %s" % (tag, sorted(keys)))
        if not re.fullmatch(r"ix\d{3}", str(qid)):
            errs.append("%s: bad id" % tag)
        if qid in ids:
            errs.append("%s: duplicate id" % tag)
        ids.add(qid)
        text = q.get("question", "")
        if unicodedata.normalize("NFC", text) != text:
            errs.append("%s: question not NFC" % tag)
        if norm(text) in earlier:
            errs.append("%s: duplicate question text" % tag)
        kind = q.get("kind")
        kinds[kind] += 1
        if kind not in KINDS:
            errs.append("%s: bad kind %r" % (tag, kind))
        if kind == "no-diacritics" and not no_diacritics(text):
            errs.append("%s: no-diacritics question has diacritics/capitals" % tag)
        if kind == "abbreviation" and not has_abbrev(text):
            errs.append("%s: abbreviation question without a known abbreviation" % tag)
        if "history" in q:
            h = q["history"]
            if not isinstance(h, list) or not h:
                errs.append("%s: empty history" % tag)
            else:
                for prev in h:
                    if norm(prev) not in earlier:
                        errs.append("%s: history question not found earlier: %r" % (tag, prev))
                if [earlier.get(norm(p), -1) for p in h] != sorted(earlier.get(norm(p), -1) for p in h):
                    errs.append("%s: history not in order" % tag)
                n_hist += 1
        if kind == "follow-up" and not q.get("history"):
            errs.append("%s: follow-up without history" % tag)
        if "actors" in q and kind != "who-what":
            errs.append("%s: actors on a non who-what question" % tag)
        if kind == "who-what" and not q.get("actors"):
            errs.append("%s: who-what without actors" % tag)
        earlier[norm(text)] = i

        ev, kw = q.get("evidence"), q.get("keywords")
        ans = q.get("answerable")
        if ans is False:
            if ev or kw:
                errs.append("%s: unanswerable with evidence/keywords" % tag)
            if q.get("actors"):
                errs.append("%s: unanswerable with actors" % tag)
            continue
        if ans is not True:
            errs.append("%s: answerable must be a boolean" % tag)
            continue
        if not ev or len(ev) > 3:
            errs.append("%s: need 1-3 evidence quotes" % tag)
        if not kw:
            errs.append("%s: no keywords" % tag)
        srcs = []
        for e in ev or []:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                errs.append("%s: unknown source %r" % (tag, src))
                continue
            srcs.append(src)
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                errs.append("%s: quote length %d: %r" % (tag, len(nq), quote))
            if nq not in docs[src]:
                errs.append("%s: quote not found in %s: %r" % (tag, src, quote))
        for s in set(srcs):
            per_doc[s] += 1
        for k in kw or []:
            if not any(norm(k) in docs[s] for s in srcs):
                errs.append("%s: keyword %r not in cited documents" % (tag, k))
        if kind == "who-what":
            for a in q.get("actors", []):
                if not any(norm(a) in gold_names[s] for s in srcs):
                    errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, sorted(set(srcs))))
                if not any(norm(a) in norm(e.get("quote", "")) for e in ev):
                    errs.append("%s: actor %r not inside an evidence quote" % (tag, a))
            n_ww += 1

    n = len(qs) or 1
    n_un = sum(1 for q in qs if q.get("answerable") is False)
    n_nd = sum(1 for q in qs if no_diacritics(q.get("question", "")))
    n_ab = sum(1 for q in qs if has_abbrev(q.get("question", "")))
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
    for k in ("metadata", "corpus"):
        if kinds[k] < 3:
            errs.append("too few %s questions (%d)" % (k, kinds[k]))
    for fn in docs:
        if per_doc[fn] < 12:
            errs.append("%s cited by only %d answerable questions" % (fn, per_doc[fn]))

    print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | abbreviation %d (%.1f%%) | "
          "with history %d | who-what with actors %d"
          % (len(qs), n_un, 100.0 * n_un / n, n_nd, 100.0 * n_nd / n, n_ab, 100.0 * n_ab / n, n_hist, n_ww))
    print("kinds:", dict(sorted(kinds.items())))
    print("answerable questions citing each doc:", dict(sorted(per_doc.items())))
    print("words per doc:", dict(sorted(words.items())))
    print("who-what lines: %d, gold actors per doc: %s"
          % (len(ww), {k: len(v) for k, v in sorted(gold_names.items())}))
    if errs:
        for e in errs:
            print("ERROR", e)
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
