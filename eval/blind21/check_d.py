#!/usr/bin/env python3
"""Standalone checker for eval/blind21 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind21/check_d.py
Prints OK (exit 0) or the list of problems (exit 1). Python 3 stdlib only; does not
import kg_rag. .txt/.md files are read as text; the .docx is read with zipfile + XML
(every w:p paragraph, including table-cell paragraphs, becomes one line). All text is
NFC-normalised, lower-cased and every whitespace run collapsed to one space before any
comparison, so a quote may span a hard-wrapped line break.
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
DOCS = ("d01", "d02", "d03", "d04", "d05")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "kl", "tb", "bc", "cv", "nq", "qđ", "qd", "tw", "tu", "hu",
        "ctr", "btv", "bch", "bcđ", "bcd", "kh&cn", "khcn", "skhcn", "gd&đt", "gd&dt", "mttq",
        "thpt", "thcs", "cđs", "cds", "pct", "clb", "khkt", "vh&tt", "đtn", "dtn", "csdl",
        "đmst", "dmst", "ns", "tt"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&])",
                     re.IGNORECASE)
MIN_Q, MAX_Q = 95, 105
MIN_UNANS, MIN_NODIA, MIN_ABBR = 0.22, 0.15, 0.20
MIN_FOLLOW, MIN_WHOWHAT, MIN_WW_LINES = 12, 12, 4
PER_DOC = (15, 25)
WORDS = (700, 1400)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    """Return (text, rows): paragraphs joined by newlines; rows = list of table rows
    (each a list of normalised cell texts)."""
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    paras = ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]
    rows = []
    for tr in root.iter(W + "tr"):
        rows.append([norm(" ".join("".join(t.text or "" for t in p.iter(W + "t"))
                                   for p in tc.iter(W + "p"))) for tc in tr.iter(W + "tc")])
    return "\n".join(paras), rows


def load_corpus(errs):
    docs, words, rows = {}, {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        path = os.path.join(CORPUS, fn)
        if fn.endswith(".docx"):
            raw, rows[fn] = docx_text(path)
        elif fn.endswith((".txt", ".md")):
            raw, rows[fn] = open(path, encoding="utf-8").read(), []
        else:
            errs.append("%s: unexpected corpus file type" % fn)
            continue
        if unicodedata.normalize("NFC", raw) != raw:
            errs.append("%s: corpus text not NFC" % fn)
        docs[fn] = norm(raw)
        words[fn] = len(raw.split())
    return docs, words, rows


def is_no_diacritics(q):
    return all(ord(ch) < 128 for ch in q) and q == q.lower()


def has_abbr(q):
    return bool(ABBR_RE.search(q))


def main():
    errs = []
    docs, words, rows = load_corpus(errs)
    if sorted(d[:3] for d in docs) != list(DOCS):
        errs.append("corpus must hold exactly d01..d05, found %s" % sorted(docs))
    for fn, w in words.items():
        if not WORDS[0] <= w <= WORDS[1]:
            errs.append("%s: %d words, outside %d-%d" % (fn, w, WORDS[0], WORDS[1]))
        for must in ("nơi nhận", "lưu: vt", "số"):
            if must not in docs[fn]:
                errs.append("%s: tail/header element %r missing" % (fn, must))

    # ---------------------------------------------------------------- who-what gold
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    gold_actors = collections.defaultdict(set)
    ww_ids = set()
    for w in ww:
        tag = w.get("id")
        src = w.get("source")
        if not re.fullmatch(r"wd\d{2}", str(tag)) or tag in ww_ids:
            errs.append("%s: bad or duplicate who-what id" % tag)
        ww_ids.add(tag)
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            errs.append("%s: bad keys %s" % (tag, sorted(w)))
        if src not in docs:
            errs.append("%s: unknown source %r" % (tag, src))
            continue
        if not w.get("directive"):
            errs.append("%s: missing directive" % tag)
        if not w.get("actors"):
            errs.append("%s: no actors" % tag)
        d = docs[src]
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                errs.append("%s: bad actor keys %s" % (tag, sorted(a)))
                continue
            name, tq = norm(a["name"]), norm(a["task_quote"])
            gold_actors[src].add(name)
            if name not in d:
                errs.append("%s: actor name not verbatim: %r" % (tag, a["name"]))
            if tq not in d:
                errs.append("%s: task_quote not verbatim: %r" % (tag, a["task_quote"]))
            if not 20 <= len(tq) <= 200:
                errs.append("%s: task_quote length %d: %r" % (tag, len(tq), a["task_quote"]))
            in_row = any(any(tq == c for c in r) and any(name in c for c in r) for r in rows[src])
            if name not in tq and not in_row:
                errs.append("%s: name %r neither inside its task_quote nor in the same table row"
                            % (tag, a["name"]))
            if a["role"] not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a["role"]))
            dl = a["deadline"]
            if dl is not None and norm(dl) not in d:
                errs.append("%s: deadline not verbatim: %r" % (tag, dl))
        for it in w.get("intruders", []):
            if norm(it) not in d:
                errs.append("%s: intruder not verbatim: %r" % (tag, it))
            if any(norm(it) == norm(a.get("name", "")) for a in w.get("actors", [])):
                errs.append("%s: intruder is also a task actor: %r" % (tag, it))
            if any(norm(it) in norm(a.get("task_quote", "")) for a in w.get("actors", [])):
                errs.append("%s: intruder occurs inside a task_quote: %r" % (tag, it))
        if not w.get("intruders"):
            errs.append("%s: no intruders" % tag)
    if len(ww) < MIN_WW_LINES:
        errs.append("who_what.jsonl has %d lines < %d" % (len(ww), MIN_WW_LINES))

    # ---------------------------------------------------------------- questions
    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    seen_ids, seen_q = set(), {}
    per_doc = collections.Counter()
    kinds = collections.Counter()
    follow = ww_q = 0
    for i, q in enumerate(qs):
        qid = q.get("id")
        tag = "%s (line %d)" % (qid, i + 1)
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            errs.append("%s: bad keys %s" % (tag, sorted(keys)))
        if not re.fullmatch(r"dx\d{3}", str(qid)):
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
            errs.append("%s: kind no-diacritics but has diacritics/upper case" % tag)
        if kind == "abbreviation" and not has_abbr(text):
            errs.append("%s: kind abbreviation but no abbreviation found" % tag)
        if (q.get("answerable") is False) != (kind == "unanswerable") and kind != "follow-up":
            errs.append("%s: answerable=%r does not fit kind %r" % (tag, q.get("answerable"), kind))
        if "history" in q:
            hist = q["history"]
            if not isinstance(hist, list) or not hist:
                errs.append("%s: history must be a non-empty list" % tag)
            else:
                for h in hist:
                    if seen_q.get(norm(h)) is None:
                        errs.append("%s: history question not found earlier: %r" % (tag, h))
                follow += 1
        if kind == "follow-up" and "history" not in q:
            errs.append("%s: follow-up without history" % tag)
        seen_q[norm(text)] = i
        ev, kw = q.get("evidence"), q.get("keywords")
        if kind == "who-what":
            if not q.get("actors"):
                errs.append("%s: who-what without actors" % tag)
            else:
                ww_q += 1
        elif "actors" in q:
            errs.append("%s: actors only allowed on who-what questions" % tag)
        if q.get("answerable") is False:
            if ev != [] or kw != []:
                errs.append("%s: unanswerable must have empty evidence/keywords" % tag)
            continue
        if q.get("answerable") is not True:
            errs.append("%s: answerable must be true/false" % tag)
            continue
        if not ev or len(ev) > 4:
            errs.append("%s: need 1-4 evidence quotes" % tag)
            continue
        if not kw:
            errs.append("%s: answerable question without keywords" % tag)
        srcs = []
        nquotes = []
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                errs.append("%s: unknown source %r" % (tag, src))
                continue
            if src not in srcs:
                srcs.append(src)
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                errs.append("%s: quote length %d: %r" % (tag, len(nq), quote))
            if nq not in docs[src]:
                errs.append("%s: quote not found in %s: %r" % (tag, src, quote))
            nquotes.append(nq)
        for s in srcs:
            per_doc[s] += 1
        for k in kw or []:
            nk = norm(k)
            if not any(nk in docs[s] for s in srcs):
                errs.append("%s: keyword %r not in cited documents" % (tag, k))
            elif kind != "corpus" and not any(nk in nq for nq in nquotes):
                errs.append("%s: keyword %r not inside an evidence quote" % (tag, k))
        for a in q.get("actors", []):
            na = norm(a)
            if not any(na in gold_actors.get(s, set()) for s in srcs):
                errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, srcs))
            if not any(na in docs[s] for s in srcs):
                errs.append("%s: actor %r not in cited document" % (tag, a))

    n = len(qs) or 1
    n_un = sum(1 for q in qs if q.get("answerable") is False)
    n_nd = sum(1 for q in qs if is_no_diacritics(q["question"]))
    n_ab = sum(1 for q in qs if has_abbr(q["question"]))
    if not MIN_Q <= len(qs) <= MAX_Q:
        errs.append("need %d-%d questions, have %d" % (MIN_Q, MAX_Q, len(qs)))
    if n_un < MIN_UNANS * n:
        errs.append("unanswerable %.1f%% < %d%%" % (100.0 * n_un / n, 100 * MIN_UNANS))
    if n_nd < MIN_NODIA * n:
        errs.append("no-diacritics %.1f%% < %d%%" % (100.0 * n_nd / n, 100 * MIN_NODIA))
    if n_ab < MIN_ABBR * n:
        errs.append("abbreviation %.1f%% < %d%%" % (100.0 * n_ab / n, 100 * MIN_ABBR))
    if follow < MIN_FOLLOW:
        errs.append("questions with history %d < %d" % (follow, MIN_FOLLOW))
    if ww_q < MIN_WHOWHAT:
        errs.append("who-what questions %d < %d" % (ww_q, MIN_WHOWHAT))
    for k in ("metadata", "corpus"):
        if kinds[k] < 2:
            errs.append("too few %s questions (%d)" % (k, kinds[k]))
    n_doc_q = per_doc
    for fn in docs:
        if not 12 <= per_doc[fn] <= PER_DOC[1]:
            errs.append("%s cited by %d answerable questions (need 12-%d)" % (fn, per_doc[fn], PER_DOC[1]))
    print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | "
          "abbreviation %d (%.1f%%) | with history %d | who-what %d | who_what lines %d"
          % (len(qs), n_un, 100.0 * n_un / n, n_nd, 100.0 * n_nd / n, n_ab, 100.0 * n_ab / n,
             follow, ww_q, len(ww)))
    print("kinds:", dict(sorted(kinds.items())))
    print("answerable questions citing each doc:", dict(sorted(n_doc_q.items())))
    print("words per doc:", dict(sorted(words.items())))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
