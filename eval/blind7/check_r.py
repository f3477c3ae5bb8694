#!/usr/bin/env python3
"""Standalone checker for eval/blind7 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind7/check_r.py
Python 3 standard library only; does not import kg_rag. Prints OK (exit 0) or the
problems found (exit 1).

Text of a corpus file: .txt/.md read as UTF-8; .docx read with zipfile + XML
(paragraphs in body order; a table row is its cells joined by " | ").
Comparison form: NFC, lower-case, every whitespace run collapsed to one space.
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
PREFIXES = ["r01_", "r02_", "r03_", "r04_", "r05_"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "qđ", "qd", "cv", "tb", "nq", "tw", "tu", "kl", "bc", "ctr",
        "mttq", "gd&đt", "gd&dt", "gdđt", "gddt", "kh&cn", "khcn", "cđs", "cds", "thcs", "thpt",
        "pct", "tc-kh", "vh-tt&dl", "vh-tt&tt", "pt-th", "htx", "tthc", "cntt", "cbccvc",
        "sgdđt", "pgdđt", "gdtrh", "bcđ", "ubkt", "gdnn-gdtx"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&])",
                     re.IGNORECASE)
MIN_PCT = {"unanswerable": 22.0, "no-diacritics": 15.0, "abbreviation": 20.0}


def norm(s):
    s = unicodedata.normalize("NFC", s or "").lower()
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    body = root.find(W + "body")
    lines = []

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(W + "t"))

    for child in body:
        if child.tag == W + "p":
            lines.append(ptext(child))
        elif child.tag == W + "tbl":
            for tr in child.iter(W + "tr"):
                cells = [" ".join(ptext(p) for p in tc.iter(W + "p")) for tc in tr.findall(W + "tc")]
                lines.append(" | ".join(cells))
    return "\n".join(lines)


def docx_has_numbering(path):
    z = zipfile.ZipFile(path)
    doc = z.read("word/document.xml").decode("utf-8")
    return "word/numbering.xml" in z.namelist() and "<w:numPr>" in doc


def load_corpus(errs):
    docs, words = {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        path = os.path.join(CORPUS, fn)
        if fn.endswith(".docx"):
            raw = docx_text(path)
            if not docx_has_numbering(path):
                errs.append("%s: no Word list numbering found" % fn)
        else:
            raw = open(path, encoding="utf-8").read()
        if unicodedata.normalize("NFC", raw) != raw:
            errs.append("%s: text not NFC" % fn)
        docs[fn] = norm(raw)
        words[fn] = len(raw.split())
    return docs, words


def no_diacritics(q):
    return all(ord(c) < 128 for c in q)


def has_abbr(q):
    return bool(ABBR_RE.search(q))


def main():
    errs = []
    docs, words = load_corpus(errs)
    if sorted(fn[:4] for fn in docs) != PREFIXES:
        errs.append("corpus must hold exactly r01_..r05_, found %s" % sorted(docs))
    for fn, n in words.items():
        if not 700 <= n <= 1400:
            errs.append("%s: %d words, outside 700-1400" % (fn, n))

    # ---------- who_what gold ----------
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    gold = collections.defaultdict(set)
    wids = set()
    for w in ww:
        tag = w.get("id")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            errs.append("%s: bad keys %s" % (tag, sorted(w)))
        if not re.fullmatch(r"wr\d{2}", str(tag)) or tag in wids:
            errs.append("%s: bad or duplicate who-what id" % tag)
        wids.add(tag)
        src = w.get("source")
        if src not in docs:
            errs.append("%s: unknown source %r" % (tag, src))
            continue
        if not w.get("directive") or not w.get("actors"):
            errs.append("%s: missing directive or actors" % tag)
        quotes = []
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                errs.append("%s: bad actor keys %s" % (tag, sorted(a)))
            name, tq = a.get("name", ""), a.get("task_quote", "")
            if norm(name) not in docs[src]:
                errs.append("%s: actor name not in doc: %r" % (tag, name))
            if norm(tq) not in docs[src]:
                errs.append("%s: task_quote not in doc: %r" % (tag, tq))
            if not 20 <= len(norm(tq)) <= 200:
                errs.append("%s: task_quote length %d: %r" % (tag, len(norm(tq)), tq))
            if norm(name) not in norm(tq):
                errs.append("%s: name %r not inside its task_quote" % (tag, name))
            if a.get("role") not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a.get("role")))
            dl = a.get("deadline")
            if dl is not None and norm(dl) not in docs[src]:
                errs.append("%s: deadline not in doc: %r" % (tag, dl))
            gold[src].add(norm(name))
            quotes.append(norm(tq))
        if not w.get("intruders"):
            errs.append("%s: no intruders" % tag)
        for it in w.get("intruders", []):
            if norm(it) not in docs[src]:
                errs.append("%s: intruder not in doc: %r" % (tag, it))
            if norm(it) in {norm(a.get("name")) for a in w.get("actors", [])}:
                errs.append("%s: intruder is a task actor: %r" % (tag, it))
            if any(norm(it) in q for q in quotes):
                errs.append("%s: intruder occurs inside a task_quote: %r" % (tag, it))
    if len(ww) < 4:
        errs.append("who_what.jsonl needs at least 4 lines, has %d" % len(ww))

    # ---------- questions ----------
    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    seen_ids, seen_q = set(), {}
    kinds = collections.Counter()
    cited = collections.Counter()
    n_hist = n_ww = 0
    for i, q in enumerate(qs):
        qid = q.get("id")
        tag = "%s (line %d)" % (qid, i + 1)
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            errs.append("%s: bad keys %s" % (tag, sorted(keys)))
        if not re.fullmatch(r"rx\d{3}", str(qid)):
            errs.append("%s: bad id" % tag)
        if qid in seen_ids:
            errs.append("%s: duplicate id" % tag)
        seen_ids.add(qid)
        text = q.get("question", "")
        if unicodedata.normalize("NFC", text) != text:
            errs.append("%s: question not NFC" % tag)
        if norm(text) in seen_q:
            errs.append("%s: duplicate question text" % tag)
        seen_q[norm(text)] = i
        kind = q.get("kind")
        kinds[kind] += 1
        if kind not in KINDS:
            errs.append("%s: bad kind %r" % (tag, kind))
        if kind == "no-diacritics" and not no_diacritics(text):
            errs.append("%s: kind no-diacritics but has diacritics" % tag)
        if kind == "abbreviation" and not has_abbr(text):
            errs.append("%s: kind abbreviation but no abbreviation" % tag)
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
                n_hist += 1
        if kind == "follow-up" and not q.get("history"):
            errs.append("%s: follow-up without history" % tag)
        if "actors" in q and kind != "who-what":
            errs.append("%s: actors only allowed on who-what questions" % tag)
        ev, kw = q.get("evidence"), q.get("keywords")
        if q.get("answerable") is False:
            if ev != [] or kw != []:
                errs.append("%s: unanswerable must have empty evidence and keywords" % tag)
            if kind == "who-what":
                errs.append("%s: who-what questions must be answerable" % tag)
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
            if set(e) != {"source", "quote"}:
                errs.append("%s: bad evidence keys %s" % (tag, sorted(e)))
            if src not in docs:
                errs.append("%s: unknown source %r" % (tag, src))
                continue
            srcs.append(src)
            if not 20 <= len(norm(quote)) <= 200:
                errs.append("%s: quote length %d: %r" % (tag, len(norm(quote)), quote))
            if norm(quote) not in docs[src]:
                errs.append("%s: quote not found in %s: %r" % (tag, src, quote))
        for s in set(srcs):
            cited[s] += 1
        for k in kw or []:
            if not any(norm(k) in docs[s] for s in srcs):
                errs.append("%s: keyword %r not in the cited documents" % (tag, k))
        if kind == "who-what":
            acts = q.get("actors") or []
            if not acts:
                errs.append("%s: who-what without actors" % tag)
            else:
                n_ww += 1
            for a in acts:
                if not any(norm(a) in gold[s] for s in srcs):
                    errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, sorted(set(srcs))))

    n = len(qs) or 1
    pct = {
        "unanswerable": 100.0 * sum(1 for q in qs if q.get("answerable") is False) / n,
        "unanswerable (kind)": 100.0 * kinds["unanswerable"] / n,
        "no-diacritics": 100.0 * sum(1 for q in qs if no_diacritics(q.get("question", ""))) / n,
        "abbreviation": 100.0 * sum(1 for q in qs if has_abbr(q.get("question", ""))) / n,
    }
    if not 95 <= len(qs) <= 105:
        errs.append("need 95-105 questions, have %d" % len(qs))
    for k, m in MIN_PCT.items():
        if pct[k] < m:
            errs.append("%s %.1f%% < %.0f%%" % (k, pct[k], m))
    if pct["unanswerable (kind)"] < MIN_PCT["unanswerable"]:
        errs.append("kind unanswerable %.1f%% < 22%%" % pct["unanswerable (kind)"])
    if n_hist < 12:
        errs.append("follow-ups with history %d < 12" % n_hist)
    if n_ww < 12:
        errs.append("who-what questions with actors %d < 12" % n_ww)
    if kinds["metadata"] < 3 or kinds["corpus"] < 3:
        errs.append("need at least 3 metadata and 3 corpus questions")
    for s in docs:
        if cited[s] < 12:
            errs.append("%s cited by only %d answerable questions (< 12)" % (s, cited[s]))

    print("questions: %d | %s | follow-ups with history %d | who-what with actors %d"
          % (len(qs), " | ".join("%s %.1f%%" % kv for kv in pct.items()), n_hist, n_ww))
    print("kinds:", dict(sorted(kinds.items())))
    print("answerable questions citing each doc:", dict(sorted(cited.items())))
    print("words per doc:", dict(sorted(words.items())))
    print("who-what lines: %d, gold actors per doc: %s"
          % (len(ww), {s: len(v) for s, v in sorted(gold.items())}))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
