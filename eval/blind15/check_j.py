#!/usr/bin/env python3
"""Standalone checker for eval/blind15 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind15/check_j.py
Prints OK (exit 0) or the list of problems (exit 1). Python stdlib only;
does not import kg_rag.

Text extraction: .txt/.md files are read as UTF-8; .docx files are read with
zipfile + ElementTree from word/document.xml (each paragraph, including table
cell paragraphs, becomes one line; Word's automatic list numbers are not text).
All text is NFC-normalised, lower-cased and every whitespace run (incl.
newlines and form feeds) collapsed to one space before comparison, so a quote
may span a hard-wrapped line break.
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
DOCS = ("j01", "j02", "j03", "j04", "j05")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "kl", "tb", "hd", "bc", "cv", "nq", "tw", "qđ", "qd",
        "ctr", "kh&cn", "khcn", "skhcn", "gd&đt", "gd&dt", "mttq", "thpt", "thcs",
        "tthtcđ", "tthtcd", "cđs", "cds", "pct", "đu", "hpn", "lhpn", "hlhpn",
        "vh&tt", "vhtt", "kh&kt", "đh", "dh", "bcđ", "bcd", "khcn&htqt", "tmđt", "tmdt",
        "htx", "dvc", "dvctt", "bdhvs"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&])",
                     re.IGNORECASE)
MIN = {"unanswerable": 0.22, "no-diacritics": 0.15, "abbreviation": 0.20}


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    lines = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t" and el.text:
                parts.append(el.text)
            elif el.tag == W + "tab":
                parts.append("\t")
            elif el.tag in (W + "br", W + "cr"):
                parts.append("\n")
        lines.append("".join(parts))
    return "\n".join(lines)


def docx_numbered_paragraphs(path):
    """Number of paragraphs that carry Word list numbering (w:numPr)."""
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        root = ET.fromstring(z.read("word/document.xml"))
    n = sum(1 for p in root.iter(W + "p") if p.find("./%spPr/%snumPr" % (W, W)) is not None)
    tables = sum(1 for _ in root.iter(W + "tbl"))
    return n, "word/numbering.xml" in names, tables


def load_corpus(errs):
    docs, words = {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        path = os.path.join(CORPUS, fn)
        if fn.endswith(".docx"):
            raw = docx_text(path)
            n, has_num, tables = docx_numbered_paragraphs(path)
            if not has_num or n < 10:
                errs.append("%s: Word list numbering missing (numbering.xml=%s, %d numbered paragraphs)"
                            % (fn, has_num, n))
            if tables < 2:
                errs.append("%s: expected header and task tables, found %d tables" % (fn, tables))
            if "Cơ quan chủ trì" not in raw or "Kinh phí" not in raw:
                errs.append("%s: task table header missing" % fn)
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
    if sorted(d[:3] for d in docs) != list(DOCS):
        errs.append("corpus must hold exactly j01..j05, found %s" % sorted(docs))
    for fn, w in words.items():
        if not 700 <= w <= 1400:
            errs.append("%s: %d words, outside 700-1400" % (fn, w))
    j04 = [d for d in docs if d.startswith("j04")]
    if j04:
        raw = open(os.path.join(CORPUS, j04[0]), encoding="utf-8").read()
        if max(len(l) for l in raw.splitlines()) > 90:
            errs.append("j04 is supposed to be hard-wrapped (lines <= 90 chars)")

    # who-what gold first (questions are checked against it)
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    gold = collections.defaultdict(set)
    covered = collections.Counter()
    seen_w = set()
    for w in ww:
        tag = w.get("id")
        if not re.fullmatch(r"wj\d{2}", str(tag)) or tag in seen_w:
            errs.append("%s: bad or duplicate who-what id" % tag)
        seen_w.add(tag)
        src = w.get("source")
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
        names = set()
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                errs.append("%s: bad actor keys %s" % (tag, sorted(a)))
            for fld in ("name", "task_quote"):
                if not found(docs, src, a.get(fld, "")):
                    errs.append("%s: actor %s not verbatim: %r" % (tag, fld, a.get(fld)))
            if not 20 <= len(norm(a.get("task_quote", ""))) <= 200:
                errs.append("%s: task_quote length: %r" % (tag, a.get("task_quote")))
            # in the .docx task table the body name sits in its own cell, apart from the task
            if not src.endswith(".docx") and norm(a.get("name", "")) not in norm(a.get("task_quote", "")):
                errs.append("%s: name %r not inside its task_quote" % (tag, a.get("name")))
            if a.get("role") not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a.get("role")))
            dl = a.get("deadline")
            if dl is not None and not found(docs, src, dl):
                errs.append("%s: deadline not verbatim: %r" % (tag, dl))
            names.add(norm(a.get("name", "")))
        gold[src] |= names
        if not w.get("intruders"):
            errs.append("%s: no intruders" % tag)
        for it in w.get("intruders", []):
            if not found(docs, src, it):
                errs.append("%s: intruder not verbatim: %r" % (tag, it))
            if norm(it) in names:
                errs.append("%s: intruder is also an actor: %r" % (tag, it))
            for a in w.get("actors", []):
                if norm(it) in norm(a.get("task_quote", "")) and len(norm(it)) > 12:
                    errs.append("%s: intruder %r occurs inside a task_quote" % (tag, it))
    if len(ww) < 4:
        errs.append("who_what.jsonl needs at least 4 lines, has %d" % len(ww))
    for g, c in covered.items():
        if c > 1:
            errs.append("who_what.jsonl has %d lines for %s" % (c, g))

    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    seen_ids, seen_q = set(), {}
    cited = collections.Counter()
    kinds = collections.Counter()
    pairs = ww_actors = 0
    for i, q in enumerate(qs):
        qid = q.get("id")
        tag = "%s (line %d)" % (qid, i + 1)
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            errs.append("%s: bad keys %s" % (tag, sorted(keys)))
        if not re.fullmatch(r"jx\d{3}", str(qid)):
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
                last = -1
                for h in hist:
                    j = seen_q.get(norm(h))
                    if j is None or j >= i:
                        errs.append("%s: history question not found earlier: %r" % (tag, h))
                    elif j <= last:
                        errs.append("%s: history not in order" % tag)
                    else:
                        last = j
                pairs += 1
        if kind == "follow-up" and "history" not in q:
            errs.append("%s: follow-up without history" % tag)
        if "actors" in q and kind != "who-what":
            errs.append("%s: actors only on who-what questions" % tag)
        ev, kw = q.get("evidence"), q.get("keywords")
        if kind == "who-what":
            if not q.get("actors"):
                errs.append("%s: who-what without actors" % tag)
            else:
                ww_actors += 1
                srcs = {e.get("source") for e in ev or []}
                for a in q["actors"]:
                    if not any(norm(a) in gold.get(s, set()) for s in srcs):
                        errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, sorted(srcs)))
        if q.get("answerable") is False:
            if ev != [] or kw != []:
                errs.append("%s: unanswerable must have empty evidence/keywords" % tag)
            continue
        if q.get("answerable") is not True:
            errs.append("%s: answerable must be true/false" % tag)
            continue
        if not ev or len(ev) > 5:
            errs.append("%s: need 1-5 evidence quotes" % tag)
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
            cited[src] += 1
        for k in kw or []:
            if not any(norm(k) in docs[s] for s in srcs):
                errs.append("%s: keyword %r not in cited documents" % (tag, k))

    n = len(qs) or 1
    n_un = sum(1 for q in qs if q.get("answerable") is False)
    n_nd = sum(1 for q in qs if is_no_diacritics(q["question"]))
    n_ab = sum(1 for q in qs if has_abbr(q["question"]))
    share = {"unanswerable": n_un / n, "no-diacritics": n_nd / n, "abbreviation": n_ab / n}
    if not 95 <= len(qs) <= 105:
        errs.append("need 95-105 questions, have %d" % len(qs))
    for k, lim in MIN.items():
        if share[k] < lim:
            errs.append("%s %.1f%% < %.0f%%" % (k, 100 * share[k], 100 * lim))
    if pairs < 12:
        errs.append("follow-up questions with history %d < 12" % pairs)
    if ww_actors < 12:
        errs.append("who-what questions with actors %d < 12" % ww_actors)
    for k in ("metadata", "corpus"):
        if kinds[k] < 3:
            errs.append("too few %s questions (%d)" % (k, kinds[k]))
    for src in docs:
        if not 12 <= cited[src] <= 25:
            errs.append("%s cited by %d answerable questions (want 12-25)" % (src, cited[src]))

    print("questions: %d | unanswerable %.1f%% | no-diacritics %.1f%% | abbreviation %.1f%% | "
          "with history %d | who-what with actors %d"
          % (len(qs), 100 * share["unanswerable"], 100 * share["no-diacritics"],
             100 * share["abbreviation"], pairs, ww_actors))
    print("kinds:", dict(sorted(kinds.items())))
    print("answerable questions citing each doc:", dict(sorted(cited.items())))
    print("words per doc:", dict(sorted(words.items())))
    print("who-what lines: %d, gold actors per doc: %s"
          % (len(ww), {k[:3]: len(v) for k, v in sorted(gold.items())}))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
