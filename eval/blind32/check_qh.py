#!/usr/bin/env python3
"""Standalone checker for eval/blind32 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind32/check_qh.py
Python 3 stdlib only; .docx text is read with zipfile + ElementTree.
Text comparison: NFC, lower-case, every whitespace run collapsed to one space.
Prints OK (exit 0) or the list of problems (exit 1).
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
PREFIXES = ["qh01_", "qh02_", "qh03_", "qh04_", "qh05_"]
WORDS = {"qh05_": (500, 900)}
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "qđ", "qd", "cv", "tb", "nq", "ctr", "bc", "tw",
        "mttq", "gd&đt", "gd&dt", "kh&cn", "khcn", "kh&kt", "cđs", "cds", "thcs", "thpt",
        "pct", "tt&tt", "vhttdl", "svhttdl", "tthc", "ttg", "yt", "tn", "cm", "hs", "sdt"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&])",
                     re.IGNORECASE)
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).lower()).strip()


def docx_text(path):
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    paras = []
    for p in root.iter(W_NS + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W_NS + "t")))
    return "\n".join(paras)


def load_corpus(errs):
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        path = os.path.join(CORPUS, fn)
        if fn.endswith(".docx"):
            raw = docx_text(path)
        else:
            raw = open(path, encoding="utf-8").read()
        if unicodedata.normalize("NFC", raw) != raw:
            errs.append("%s: text not NFC" % fn)
        lo, hi = next((v for k, v in WORDS.items() if fn.startswith(k)), (700, 1400))
        n = len(raw.split())
        if not lo <= n <= hi:
            errs.append("%s: %d words, outside %d-%d" % (fn, n, lo, hi))
        docs[fn] = (raw, norm(raw))
    got = sorted(fn[:5] for fn in docs)
    if got != PREFIXES:
        errs.append("corpus must hold exactly qh01_..qh05_ files, found %s" % got)
    return docs


def ascii_lower(s):
    return all(ord(c) < 128 for c in s) and s == s.lower()


def main():
    errs = []
    docs = load_corpus(errs)

    # ---- who_what.jsonl
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    gold = collections.defaultdict(set)
    wids = set()
    if len(ww) < 4:
        errs.append("who_what.jsonl: need at least 4 lines, got %d" % len(ww))
    for w in ww:
        tag = w.get("id")
        if not re.fullmatch(r"wqh\d{2}", str(tag)) or tag in wids:
            errs.append("%s: bad or duplicate who-what id" % tag)
        wids.add(tag)
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            errs.append("%s: bad keys %s" % (tag, sorted(w)))
        src = w.get("source")
        if src not in docs:
            errs.append("%s: unknown source %r" % (tag, src))
            continue
        text = docs[src][1]
        names = set()
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                errs.append("%s: actor bad keys %s" % (tag, sorted(a)))
            name = a.get("name", "")
            names.add(norm(name))
            gold[src].add(norm(name))
            if norm(name) not in text:
                errs.append("%s: actor name not in doc: %r" % (tag, name))
            if a.get("role") not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a.get("role")))
            dl = a.get("deadline")
            if dl is not None and norm(dl) not in text:
                errs.append("%s: deadline not verbatim: %r" % (tag, dl))
            tq = a.get("task_quote", "")
            if not 20 <= len(norm(tq)) <= 200:
                errs.append("%s: task_quote length %d: %r" % (tag, len(norm(tq)), tq))
            if norm(tq) not in text:
                errs.append("%s: task_quote not in doc: %r" % (tag, tq))
        if not w.get("intruders"):
            errs.append("%s: no intruders" % tag)
        for it in w.get("intruders", []):
            n = norm(it)
            if n not in text:
                errs.append("%s: intruder not in doc: %r" % (tag, it))
            if n in names or any(n in x or x in n for x in names):
                errs.append("%s: intruder is (part of) a task actor: %r" % (tag, it))

    # ---- questions.jsonl
    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    if not 95 <= len(qs) <= 105:
        errs.append("questions.jsonl: %d lines, need 95-105" % len(qs))
    ids, seen = set(), {}
    kinds = collections.Counter()
    cites = collections.Counter()
    n_unans = n_nodia = n_abbr = n_follow = n_ww = 0
    for i, q in enumerate(qs):
        qid = q.get("id")
        tag = "%s (line %d)" % (qid, i + 1)
        base = {"id", "question", "answerable", "kind", "evidence", "keywords"}
        if not base <= set(q) or set(q) - base - {"history", "actors"}:
            errs.append("%s: bad keys %s" % (tag, sorted(q)))
        if not re.fullmatch(r"qh\d{3}", str(qid)) or qid in ids:
            errs.append("%s: bad or duplicate id" % tag)
        ids.add(qid)
        text = q.get("question", "")
        if unicodedata.normalize("NFC", text) != text:
            errs.append("%s: question not NFC" % tag)
        if norm(text) in seen:
            errs.append("%s: duplicate question text" % tag)
        seen[norm(text)] = i
        kind = q.get("kind")
        kinds[kind] += 1
        if kind not in KINDS:
            errs.append("%s: bad kind %r" % (tag, kind))
        if ascii_lower(text):
            n_nodia += 1
        elif kind == "no-diacritics":
            errs.append("%s: kind no-diacritics but has diacritics/upper case" % tag)
        if ABBR_RE.search(text):
            n_abbr += 1
        elif kind == "abbreviation":
            errs.append("%s: kind abbreviation but no abbreviation" % tag)
        if "history" in q:
            hist = q["history"]
            if not isinstance(hist, list) or not hist:
                errs.append("%s: empty history" % tag)
            else:
                n_follow += 1
                for h in hist:
                    j = seen.get(norm(h))
                    if j is None or j >= i:
                        errs.append("%s: history question not earlier: %r" % (tag, h))
        elif kind == "follow-up":
            errs.append("%s: follow-up without history" % tag)
        ans = q.get("answerable")
        ev, kw = q.get("evidence"), q.get("keywords")
        if "actors" in q and kind != "who-what":
            errs.append("%s: actors on non who-what question" % tag)
        if kind == "who-what":
            if not q.get("actors"):
                errs.append("%s: who-what without actors" % tag)
            else:
                n_ww += 1
        if ans is False:
            n_unans += 1
            if ev or kw:
                errs.append("%s: unanswerable must have empty evidence and keywords" % tag)
            if kind == "who-what":
                errs.append("%s: unanswerable who-what" % tag)
            continue
        if ans is not True:
            errs.append("%s: answerable must be a bool" % tag)
            continue
        if not ev or not kw:
            errs.append("%s: answerable needs evidence and keywords" % tag)
            continue
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
            if norm(quote) not in docs[src][1]:
                errs.append("%s: quote not found in %s: %r" % (tag, src, quote))
        for s in srcs:
            cites[s] += 1
        for k in kw:
            if not any(norm(k) in docs[s][1] for s in srcs):
                errs.append("%s: keyword %r not in cited documents" % (tag, k))
        for a in q.get("actors", []):
            if not any(norm(a) in gold.get(s, ()) for s in srcs):
                errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, srcs))

    n = len(qs) or 1
    need = [("unanswerable", n_unans, 0.22), ("no-diacritics", n_nodia, 0.15),
            ("abbreviation", n_abbr, 0.20)]
    for name, c, frac in need:
        if c < frac * n:
            errs.append("%s: %d/%d = %.1f%% < %d%%" % (name, c, n, 100 * c / n, frac * 100))
    if n_follow < 12:
        errs.append("follow-ups with history: %d < 12" % n_follow)
    if n_ww < 12:
        errs.append("who-what questions with actors: %d < 12" % n_ww)
    for k in ("metadata", "corpus"):
        if kinds[k] < 1:
            errs.append("no %s questions" % k)
    for fn in docs:
        if not 15 <= cites[fn] <= 25:
            errs.append("%s cited by %d questions, need 15-25" % (fn, cites[fn]))

    print("questions: %d; kinds: %s" % (len(qs), dict(sorted(kinds.items()))))
    print("unanswerable %d (%.1f%%), no-diacritics %d (%.1f%%), abbreviation %d (%.1f%%), "
          "follow-ups %d, who-what %d" % (n_unans, 100 * n_unans / n, n_nodia, 100 * n_nodia / n,
                                          n_abbr, 100 * n_abbr / n, n_follow, n_ww))
    print("citations per doc: %s" % dict(sorted(cites.items())))
    if errs:
        print("\n".join(errs))
        print("FAIL: %d problem(s)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
