#!/usr/bin/env python3
"""Standalone checker for eval/blind12 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind12/check_y.py        (stdlib only, no kg_rag)
      python3 check_y.py --dump y02                    (print extracted text of a doc)
Prints OK (exit 0) or the list of problems (exit 1).
.txt/.md are read as text; .docx is read with zipfile + XML (paragraph text
from w:t, table rows as "cell | cell | ..."). Word's automatic list labels
(I., 1., a)) are not part of the text. All comparisons use NFC, lower case
and whitespace runs collapsed to one space.
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
DOCS = ("y01", "y02", "y03", "y04", "y05")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "qđ", "qd", "cv", "tb", "nq", "kl", "ct", "hd", "bc",
        "tw", "btv", "mttq", "gd&đt", "gd&dt", "gdđt", "kh&cn", "khcn", "cđs", "cds",
        "thcs", "thpt", "pct", "ct/hu", "gdnn-gdtx", "tt", "ttvh", "vh-tt", "btg", "ptnt",
        "hđtn", "lms", "hs", "gv", "vp", "đtn", "lhpn", "clb", "hđ"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in sorted(ABBR, key=len, reverse=True))
                     + r")(?![\w&])", re.IGNORECASE)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def para_text(p):
    out = []
    for el in p.iter():
        if el.tag == W + "t":
            out.append(el.text or "")
        elif el.tag in (W + "tab", W + "br"):
            out.append(" ")
    return "".join(out)


def docx_text(path, errs=None):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
        numbering = z.read("word/numbering.xml").decode("utf-8") if "word/numbering.xml" in z.namelist() else ""
    body = root.find(W + "body")
    lines, numbered = [], 0
    for child in body:
        if child.tag == W + "p":
            t = para_text(child)
            if child.find(W + "pPr/" + W + "numPr") is not None:
                numbered += 1
                if errs is not None and re.match(r"\s*([IVX]+\.|\d+\.|[a-zđ]\))\s", t):
                    errs.append("%s: numbered paragraph also has a typed label: %r" % (os.path.basename(path), t[:40]))
            lines.append(t)
        elif child.tag == W + "tbl":
            for tr in child.iter(W + "tr"):
                cells = [" ".join(para_text(p) for p in tc.iter(W + "p")) for tc in tr.findall(W + "tc")]
                lines.append(" | ".join(cells))
    if errs is not None:
        name = os.path.basename(path)
        for fmt in ("upperRoman", "decimal", "lowerLetter"):
            if 'w:val="%s"' % fmt not in numbering:
                errs.append("%s: numbering.xml lacks %s level" % (name, fmt))
        if numbered < 10:
            errs.append("%s: only %d paragraphs use Word list numbering" % (name, numbered))
        if root.find(".//" + W + "tbl") is None:
            errs.append("%s: no Word table" % name)
    return "\n".join(lines)


def raw_text(path, errs=None):
    if path.endswith(".docx"):
        return docx_text(path, errs)
    return open(path, encoding="utf-8").read()


def load_corpus(errs):
    docs, words = {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        raw = raw_text(os.path.join(CORPUS, fn), errs)
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
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        fn = [f for f in os.listdir(CORPUS) if f.startswith(sys.argv[2])][0]
        print(raw_text(os.path.join(CORPUS, fn)))
        return 0
    errs = []
    docs, words = load_corpus(errs)
    if sorted(d[:3] for d in docs) != list(DOCS):
        errs.append("corpus must hold exactly y01..y05, found %s" % sorted(docs))
    for fn, w in words.items():
        if not 700 <= w <= 1400:
            errs.append("%s: %d words, outside 700-1400" % (fn, w))

    # who-what gold first (questions refer to it)
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    gold = collections.defaultdict(set)
    ww_ids, ww_src = set(), collections.Counter()
    for w in ww:
        tag = w.get("id")
        if not re.fullmatch(r"wy\d{2}", str(tag)) or tag in ww_ids:
            errs.append("%s: bad or duplicate who-what id" % tag)
        ww_ids.add(tag)
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            errs.append("%s: bad keys %s" % (tag, sorted(w)))
        src = w.get("source")
        if src not in docs:
            errs.append("%s: unknown source %r" % (tag, src))
            continue
        ww_src[src] += 1
        if not w.get("directive"):
            errs.append("%s: missing directive" % tag)
        if not w.get("actors"):
            errs.append("%s: no actors" % tag)
        names = []
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                errs.append("%s: bad actor keys %s" % (tag, sorted(a)))
            name, tq = a.get("name", ""), a.get("task_quote", "")
            names.append(norm(name))
            gold[src].add(norm(name))
            for fld, val in (("name", name), ("task_quote", tq)):
                if not val or norm(val) not in docs[src]:
                    errs.append("%s: actor %s not verbatim: %r" % (tag, fld, val))
            if not 20 <= len(norm(tq)) <= 200:
                errs.append("%s: task_quote length %d: %r" % (tag, len(norm(tq)), tq))
            if norm(name) not in norm(tq):
                errs.append("%s: name %r not inside its task_quote" % (tag, name))
            if a.get("role") not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a.get("role")))
            dl = a.get("deadline")
            if dl is not None and norm(dl) not in docs[src]:
                errs.append("%s: deadline not verbatim: %r" % (tag, dl))
        if len(set(names)) != len(names):
            errs.append("%s: duplicate actor names" % tag)
        if not w.get("intruders"):
            errs.append("%s: no intruders" % tag)
        for it in w.get("intruders", []):
            nit = norm(it)
            if nit not in docs[src]:
                errs.append("%s: intruder not verbatim: %r" % (tag, it))
            for nm in names:
                if nit == nm or nit in nm or nm in nit:
                    errs.append("%s: intruder %r overlaps task actor %r" % (tag, it, nm))
    if len(ww) < 4:
        errs.append("who_what.jsonl needs at least 4 lines, has %d" % len(ww))
    for s, c in ww_src.items():
        if c > 1:
            errs.append("who_what.jsonl has %d lines for %s" % (c, s))

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
        if not re.fullmatch(r"yx\d{3}", str(qid)):
            errs.append("%s: bad id" % tag)
        if qid in seen_ids:
            errs.append("%s: duplicate id" % tag)
        seen_ids.add(qid)
        text = q.get("question", "")
        if unicodedata.normalize("NFC", text) != text:
            errs.append("%s: question not NFC" % tag)
        if norm(text) in seen_q:
            errs.append("%s: duplicate question" % tag)
        seen_q.setdefault(norm(text), i)
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
                prev = -1
                for h in hist:
                    j = seen_q.get(norm(h))
                    if j is None or j >= i:
                        errs.append("%s: history question not found earlier: %r" % (tag, h))
                    elif j <= prev:
                        errs.append("%s: history out of order" % tag)
                    else:
                        prev = j
                pairs += 1
        if kind == "follow-up" and "history" not in q:
            errs.append("%s: follow-up without history" % tag)
        ev, kw = q.get("evidence"), q.get("keywords")
        srcs = {e.get("source") for e in ev or []}
        if "actors" in q and (kind != "who-what" or not q["actors"]):
            errs.append("%s: actors only on non-empty who-what questions" % tag)
        if kind == "who-what":
            if not q.get("actors"):
                errs.append("%s: who-what without actors" % tag)
            else:
                ww_actors += 1
                pool = set().union(*(gold.get(s, set()) for s in srcs)) if srcs else set()
                for a in q["actors"]:
                    if norm(a) not in pool:
                        errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, sorted(srcs)))
        if q.get("answerable") is False:
            if ev != [] or kw != []:
                errs.append("%s: unanswerable must have empty evidence/keywords" % tag)
            continue
        if q.get("answerable") is not True:
            errs.append("%s: answerable must be true/false" % tag)
            continue
        if not ev or len(ev) > 3:
            errs.append("%s: need 1-3 evidence quotes" % tag)
        if not kw:
            errs.append("%s: answerable question without keywords" % tag)
        for s in srcs:
            cited[s] += 1
        for e in ev or []:
            src, quote = e.get("source"), e.get("quote", "")
            if set(e) != {"source", "quote"}:
                errs.append("%s: bad evidence keys %s" % (tag, sorted(e)))
            if src not in docs:
                errs.append("%s: unknown source %r" % (tag, src))
                continue
            if not 20 <= len(norm(quote)) <= 200:
                errs.append("%s: quote length %d: %r" % (tag, len(norm(quote)), quote))
            if norm(quote) not in docs[src]:
                errs.append("%s: quote not found in %s: %r" % (tag, src, quote))
        for k in kw or []:
            if not any(norm(k) in docs.get(s, "") for s in srcs):
                errs.append("%s: keyword %r not in cited documents" % (tag, k))

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
        errs.append("follow-up questions with history %d < 12" % pairs)
    if ww_actors < 12:
        errs.append("who-what questions with actors %d < 12" % ww_actors)
    if kinds["metadata"] < 4:
        errs.append("metadata questions %d < 4" % kinds["metadata"])
    if kinds["corpus"] < 3:
        errs.append("corpus questions %d < 3" % kinds["corpus"])
    for src in docs:
        if cited[src] < 12:
            errs.append("%s cited by only %d answerable questions (< 12)" % (src, cited[src]))

    print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | abbreviation %d (%.1f%%) | "
          "with history %d | who-what with actors %d"
          % (len(qs), n_un, 100.0 * n_un / n, n_nd, 100.0 * n_nd / n, n_ab, 100.0 * n_ab / n, pairs, ww_actors))
    print("kinds:", dict(sorted(kinds.items())))
    print("answerable questions citing each doc:", dict(sorted(cited.items())))
    print("words per doc:", dict(sorted(words.items())))
    print("who-what lines: %d, gold actors per source: %s"
          % (len(ww), {k[:3]: len(v) for k, v in sorted(gold.items())}))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
