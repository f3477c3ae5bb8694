#!/usr/bin/env python3
"""Standalone checker for eval/blind25 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind25/check_qa.py
Prints OK (exit 0) or the list of problems (exit 1). Python 3 stdlib only; does not
import kg_rag. .txt/.md files are read as text; the .docx is read with zipfile + XML
(every <w:p> of word/document.xml in document order, table cells included, one line
each). All text is NFC-normalised, lower-cased and whitespace runs (incl. newlines)
collapsed to one space before comparison.
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
DOCS = ("qa01", "qa02", "qa03", "qa04", "qa05")
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "kl", "tb", "hd", "bc", "cv", "nq", "qđ", "qd", "tw",
        "btv", "hu", "ubkt", "btg", "vp", "kh&cn", "khcn", "sgddt", "sgdđt", "gd&đt", "gd&dt",
        "mttq", "thpt", "thcs", "tthc", "vh&tt", "cđs", "cds", "pct", "lhpn", "clb"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&])",
                     re.IGNORECASE)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    lines = []
    for p in root.iter(W_NS + "p"):
        buf = []
        for el in p.iter():
            if el.tag == W_NS + "t" and el.text:
                buf.append(el.text)
            elif el.tag in (W_NS + "tab", W_NS + "br"):
                buf.append(" ")
        lines.append("".join(buf))
    return "\n".join(lines)


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


def check_who_what(docs, errs):
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    gold = collections.defaultdict(set)      # source -> normalised actor names
    ids = set()
    for w in ww:
        tag = w.get("id")
        if not re.fullmatch(r"wqa\d{2}", str(tag)) or tag in ids:
            errs.append("%s: bad or duplicate who-what id" % tag)
        ids.add(tag)
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            errs.append("%s: bad keys %s" % (tag, sorted(w)))
        src = w.get("source")
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
                errs.append("%s: task_quote length %d: %r"
                            % (tag, len(norm(a.get("task_quote", ""))), a.get("task_quote")))
            if norm(a.get("name", "")) not in norm(a.get("task_quote", "")):
                errs.append("%s: name %r not inside its task_quote" % (tag, a.get("name")))
            if a.get("role") not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a.get("role")))
            dl = a.get("deadline")
            if dl is not None and not found(docs, src, dl):
                errs.append("%s: deadline not verbatim: %r" % (tag, dl))
            gold[src].add(norm(a.get("name", "")))
    for w in ww:
        src = w.get("source")
        if src not in docs:
            continue
        if not w.get("intruders"):
            errs.append("%s: no intruders" % w.get("id"))
        for it in w.get("intruders", []):
            if not found(docs, src, it):
                errs.append("%s: intruder not verbatim: %r" % (w.get("id"), it))
            if norm(it) in gold[src]:
                errs.append("%s: intruder is also a task actor: %r" % (w.get("id"), it))
    if len(ww) < 4:
        errs.append("who_what.jsonl needs at least 4 lines, has %d" % len(ww))
    return ww, gold


def main():
    errs = []
    docs, words = load_corpus(errs)
    if sorted(d[:4] for d in docs) != list(DOCS):
        errs.append("corpus must hold exactly qa01..qa05, found %s" % sorted(docs))
    for fn, w in words.items():
        if not 700 <= w <= 1400:
            errs.append("%s: %d words, outside 700-1400" % (fn, w))
    ww, gold = check_who_what(docs, errs)

    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    seen_ids, seen_q = set(), {}
    cited = collections.Counter()
    kinds = collections.Counter()
    pairs = unans_followups = ww_actors = 0
    for i, q in enumerate(qs):
        qid = q.get("id")
        tag = "%s (line %d)" % (qid, i + 1)
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            errs.append("%s: bad keys %s" % (tag, sorted(keys)))
        if not re.fullmatch(r"qa\d{3}", str(qid)):
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
                if q.get("answerable") is False:
                    unans_followups += 1
        if kind == "follow-up" and "history" not in q:
            errs.append("%s: follow-up without history" % tag)
        if "actors" in q and (kind != "who-what" or not q["actors"]):
            errs.append("%s: actors only on non-empty who-what questions" % tag)
        if kind == "who-what":
            if q.get("actors"):
                ww_actors += 1
            else:
                errs.append("%s: who-what without actors" % tag)
        ev, kw = q.get("evidence"), q.get("keywords")
        if q.get("answerable") is False:
            if ev != [] or kw != []:
                errs.append("%s: unanswerable must have empty evidence/keywords" % tag)
            if kind == "who-what":
                errs.append("%s: who-what must be answerable" % tag)
            continue
        if q.get("answerable") is not True:
            errs.append("%s: answerable must be true/false" % tag)
            continue
        if not ev or len(ev) > 3:
            errs.append("%s: need 1-3 evidence quotes" % tag)
        if not kw:
            errs.append("%s: answerable question without keywords" % tag)
        srcs = {e.get("source") for e in ev or []}
        for src in srcs:
            cited[src] += 1
        nquotes = []
        for e in ev or []:
            src, quote = e.get("source"), e.get("quote", "")
            if set(e) != {"source", "quote"}:
                errs.append("%s: bad evidence keys %s" % (tag, sorted(e)))
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
            if not any(norm(k) in nq for nq in nquotes):
                errs.append("%s: keyword %r not inside a quote" % (tag, k))
        for a in q.get("actors", []):
            if not any(norm(a) in nq for nq in nquotes):
                errs.append("%s: actor %r not inside a quote" % (tag, a))
            if not any(norm(a) in gold.get(s, ()) for s in srcs):
                errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, sorted(srcs)))

    n = len(qs) or 1
    n_un = sum(1 for q in qs if q.get("answerable") is False)
    n_nd = sum(1 for q in qs if is_no_diacritics(q.get("question", "")))
    n_ab = sum(1 for q in qs if has_abbr(q.get("question", "")))
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
    for k in ("metadata", "corpus"):
        if kinds[k] < 3:
            errs.append("only %d %s questions (< 3)" % (kinds[k], k))
    for src in docs:
        if not 12 <= cited[src] <= 25:
            errs.append("%s cited by %d answerable questions (want 12-25)" % (src, cited[src]))

    print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | "
          "abbreviation %d (%.1f%%) | history pairs %d (unanswerable %d) | who-what with actors %d"
          % (len(qs), n_un, 100.0 * n_un / n, n_nd, 100.0 * n_nd / n, n_ab, 100.0 * n_ab / n,
             pairs, unans_followups, ww_actors))
    print("kinds:", dict(sorted(kinds.items())))
    print("answerable questions citing each doc:", dict(sorted(cited.items())))
    print("words per doc:", dict(sorted(words.items())))
    print("who-what lines: %d, actors %d, intruders %d"
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
