#!/usr/bin/env python3
"""Standalone checker for eval/blind18 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind18/check_f.py
Stdlib only, except that the text layer of the .pdf is read with pypdf; if the
running interpreter lacks pypdf the script re-executes itself with
/work/main/.venv/bin/python. Does not import kg_rag.
All text is NFC-normalised, lower-cased and every whitespace run (incl.
newlines) collapsed to one space before comparison.
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
DOCS = ("f01", "f02", "f03", "f04", "f05")
VENV_PY = "/work/main/.venv/bin/python"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "kl", "tb", "hd", "bc", "cv", "nq", "tw", "btv", "ct",
        "qđ", "qd", "ttg", "mttq", "ubmttq", "kh&cn", "khcn", "kh&đt", "kh&dt", "kh&kt",
        "gd&đt", "gd&dt", "gdnn", "lđtbxh", "ldtbxh", "lđ-tb&xh", "tt&tt", "vh-tt&dl",
        "cđs", "cds", "thcs", "thpt", "pct", "lhh", "kcn", "btg", "btgtu"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in sorted(ABBR, key=len, reverse=True))
                     + r")(?![\w&])", re.IGNORECASE)

MIN_Q, MAX_Q = 95, 105
MIN_UNANS, MIN_NODIA, MIN_ABBR = 0.22, 0.15, 0.20
MIN_FOLLOWUP, MIN_WHOWHAT, MIN_META, MIN_CORPUS = 12, 12, 3, 3
MIN_WORDS, MAX_WORDS = 700, 1400
PER_DOC_MIN, PER_DOC_MAX = 12, 25   # answerable questions citing each document


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def pdf_text(path):
    import pypdf  # noqa: imported lazily (available in the project venv)
    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)


def docx_text(path):
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    paras = []
    for p in root.iter(ns + "p"):
        paras.append("".join(t.text or "" for t in p.iter(ns + "t")))
    return "\n".join(paras)


def load_corpus(errs):
    docs, words = {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        path = os.path.join(CORPUS, fn)
        if fn.endswith(".pdf"):
            raw = pdf_text(path)
        elif fn.endswith(".docx"):
            raw = docx_text(path)
        else:
            raw = open(path, encoding="utf-8").read()
            if unicodedata.normalize("NFC", raw) != raw:
                errs.append("%s: corpus file not NFC" % fn)
        docs[fn] = norm(raw)
        words[fn] = len(raw.split())
    return docs, words


def found(docs, src, text):
    return bool(text) and norm(text) in docs.get(src, "")


def is_no_diacritics(q):
    return all(ord(ch) < 128 for ch in q) and q == q.lower()


def has_abbr(q):
    return bool(ABBR_RE.search(q))


def load_jsonl(path, errs):
    out = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except ValueError as e:
            errs.append("%s line %d: bad JSON (%s)" % (os.path.basename(path), n, e))
    return out


def main():
    errs = []
    docs, words = load_corpus(errs)
    if sorted(d[:3] for d in docs) != list(DOCS):
        errs.append("corpus must hold exactly f01..f05, found %s" % sorted(docs))
    for fn, w in words.items():
        if not MIN_WORDS <= w <= MAX_WORDS:
            errs.append("%s: %d words, outside %d-%d" % (fn, w, MIN_WORDS, MAX_WORDS))

    # ---- who-what gold -------------------------------------------------
    ww = load_jsonl(WFILE, errs)
    gold = collections.defaultdict(set)      # source -> normalised actor names
    ww_ids, ww_src = set(), collections.Counter()
    for w in ww:
        tag = w.get("id")
        if not re.fullmatch(r"wf\d{2}", str(tag)):
            errs.append("%s: bad who-what id" % tag)
        if tag in ww_ids:
            errs.append("%s: duplicate who-what id" % tag)
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
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                errs.append("%s: bad actor keys %s" % (tag, sorted(a)))
            for fld in ("name", "task_quote"):
                if not found(docs, src, a.get(fld, "")):
                    errs.append("%s: actor %s not verbatim in %s: %r" % (tag, fld, src, a.get(fld)))
            if not 20 <= len(norm(a.get("task_quote", ""))) <= 200:
                errs.append("%s: task_quote length %d: %r" % (tag, len(norm(a.get("task_quote", ""))), a.get("task_quote")))
            if norm(a.get("name", "")) not in norm(a.get("task_quote", "")):
                errs.append("%s: name %r not inside its task_quote" % (tag, a.get("name")))
            if a.get("role") not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a.get("role")))
            dl = a.get("deadline")
            if dl is not None and not found(docs, src, dl):
                errs.append("%s: deadline not verbatim: %r" % (tag, dl))
            gold[src].add(norm(a.get("name", "")))
        tq = [norm(a.get("task_quote", "")) for a in w.get("actors", [])]
        if not w.get("intruders"):
            errs.append("%s: no intruders" % tag)
        for it in w.get("intruders", []):
            if not found(docs, src, it):
                errs.append("%s: intruder not verbatim: %r" % (tag, it))
            if norm(it) in gold[src] or any(norm(it) in q for q in tq):
                errs.append("%s: intruder is (part of) a task actor/quote: %r" % (tag, it))
    if len(ww) < 4:
        errs.append("who_what.jsonl needs at least 4 lines, has %d" % len(ww))
    for src, c in ww_src.items():
        if c > 1:
            errs.append("who_what.jsonl has %d lines for %s (max 1)" % (c, src))

    # ---- questions -----------------------------------------------------
    qs = load_jsonl(QFILE, errs)
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
        if not re.fullmatch(r"fx\d{3}", str(qid)):
            errs.append("%s: bad id" % tag)
        if qid in seen_ids:
            errs.append("%s: duplicate id" % tag)
        seen_ids.add(qid)
        text = q.get("question", "")
        if not text.strip():
            errs.append("%s: empty question" % tag)
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
                    if j is None:
                        errs.append("%s: history question not found earlier: %r" % (tag, h))
                    elif j <= last:
                        errs.append("%s: history out of order: %r" % (tag, h))
                    else:
                        last = j
                pairs += 1
        seen_q[norm(text)] = i
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
            continue
        if q.get("answerable") is not True:
            errs.append("%s: answerable must be true/false" % tag)
            continue
        if not ev or len(ev) > 3:
            errs.append("%s: need 1-3 evidence quotes" % tag)
        if not kw:
            errs.append("%s: answerable question without keywords" % tag)
        srcs, nquotes = set(), []
        for e in ev or []:
            src, quote = e.get("source"), e.get("quote", "")
            if set(e) != {"source", "quote"}:
                errs.append("%s: bad evidence keys %s" % (tag, sorted(e)))
            if src not in docs:
                errs.append("%s: unknown source %r" % (tag, src))
                continue
            srcs.add(src)
            if not 20 <= len(norm(quote)) <= 200:
                errs.append("%s: quote length %d: %r" % (tag, len(norm(quote)), quote))
            if not found(docs, src, quote):
                errs.append("%s: quote not found in %s: %r" % (tag, src, quote))
            nquotes.append(norm(quote))
        for src in srcs:
            cited[src] += 1
        for k in kw or []:
            if not any(norm(k) in docs[s] for s in srcs):
                errs.append("%s: keyword %r not in cited documents" % (tag, k))
            elif not any(norm(k) in nq for nq in nquotes):
                errs.append("%s: keyword %r not inside any evidence quote" % (tag, k))
        for a in q.get("actors", []):
            if not any(norm(a) in gold.get(s, set()) for s in srcs):
                errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, sorted(srcs)))
            if not any(norm(a) in docs[s] for s in srcs):
                errs.append("%s: actor %r not in cited documents" % (tag, a))

    n = len(qs) or 1
    n_un = sum(1 for q in qs if q.get("answerable") is False)
    n_nd = sum(1 for q in qs if is_no_diacritics(q.get("question", "")))
    n_ab = sum(1 for q in qs if has_abbr(q.get("question", "")))
    if not MIN_Q <= len(qs) <= MAX_Q:
        errs.append("need %d-%d questions, have %d" % (MIN_Q, MAX_Q, len(qs)))
    if n_un < MIN_UNANS * n:
        errs.append("unanswerable %.1f%% < %d%%" % (100.0 * n_un / n, 100 * MIN_UNANS))
    if n_nd < MIN_NODIA * n:
        errs.append("no-diacritics %.1f%% < %d%%" % (100.0 * n_nd / n, 100 * MIN_NODIA))
    if n_ab < MIN_ABBR * n:
        errs.append("abbreviation %.1f%% < %d%%" % (100.0 * n_ab / n, 100 * MIN_ABBR))
    if pairs < MIN_FOLLOWUP:
        errs.append("follow-up questions with history %d < %d" % (pairs, MIN_FOLLOWUP))
    if ww_actors < MIN_WHOWHAT:
        errs.append("who-what questions with actors %d < %d" % (ww_actors, MIN_WHOWHAT))
    if kinds["metadata"] < MIN_META:
        errs.append("metadata questions %d < %d" % (kinds["metadata"], MIN_META))
    if kinds["corpus"] < MIN_CORPUS:
        errs.append("corpus questions %d < %d" % (kinds["corpus"], MIN_CORPUS))
    for src in docs:
        if not PER_DOC_MIN <= cited[src] <= PER_DOC_MAX:
            errs.append("%s cited by %d answerable questions (want %d-%d)" % (src, cited[src], PER_DOC_MIN, PER_DOC_MAX))

    print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | abbreviation %d (%.1f%%) | "
          "with history %d | who-what with actors %d"
          % (len(qs), n_un, 100.0 * n_un / n, n_nd, 100.0 * n_nd / n, n_ab, 100.0 * n_ab / n, pairs, ww_actors))
    print("kinds:", dict(sorted(kinds.items())))
    print("answerable questions citing each doc:", dict(sorted(cited.items())))
    print("words per doc:", dict(sorted(words.items())))
    print("who-what lines: %d, actors %d" % (len(ww), sum(len(w.get("actors", [])) for w in ww)))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    try:
        import pypdf  # noqa: F401
    except ImportError:
        if os.path.exists(VENV_PY) and not os.environ.get("CHECK_F_REEXEC"):
            os.environ["CHECK_F_REEXEC"] = "1"
            os.execv(VENV_PY, [VENV_PY, os.path.abspath(__file__)] + sys.argv[1:])
        sys.exit("pypdf is needed to read the PDF text layer (install it or create /work/main/.venv)")
    sys.exit(main())
