#!/usr/bin/env python3
"""Standalone checker for eval/blind29 (corpus/, questions.jsonl, who_what.jsonl).

Run:  /work/main/.venv/bin/python /work/main/eval/blind29/check_qe.py
      (plain python3 works for everything except the PDF text layer, which needs pypdf;
       without pypdf the checker re-executes itself with /work/main/.venv/bin/python.)
Prints OK (exit 0) or the list of problems (exit 1). Does not import kg_rag.

Text units: .md/.txt read as UTF-8; .docx via zipfile + word/document.xml (one line per
w:p, table cells included); .pdf via pypdf text layer (all pages joined).
Before comparing, all text is NFC-normalised, lower-cased and every whitespace run
(incl. newlines) collapsed to one space.
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
DOCS = ("qe01", "qe02", "qe03", "qe04", "qe05")
WORDS = {"qe01": (700, 1400), "qe02": (700, 1400), "qe03": (600, 900),
         "qe04": (700, 1400), "qe05": (700, 1400)}
EXT = {"qe01": ".md", "qe02": ".docx", "qe03": ".md", "qe04": ".md", "qe05": ".pdf"}
VENV_PY = "/work/main/.venv/bin/python"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "qđ", "qd", "tb", "cv", "nq", "bc", "hd", "tw", "mttq",
        "gd&đt", "gd&dt", "gdđt", "gddt", "kh&cn", "khcn", "cđs", "cds", "thcs", "thpt", "pct",
        "tt&tt", "tttt", "sở tt", "so tt", "attt", "tmđt", "tmdt", "cđ", "cd", "tc", "hnd", "htx",
        "gdnn-gdtx", "ptdtbt", "ptdtnt", "pgđ", "pgd", "hu", "sgdđt", "sgddt", "stttt", "tthc",
        "cntt", "đt-ts", "dt-ts", "ct", "ttr", "soc", "rdp", "ub"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&])",
                     re.IGNORECASE)
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    lines = []
    for p in root.iter(W_NS + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W_NS + "t":
                parts.append(el.text or "")
            elif el.tag == W_NS + "tab":
                parts.append("\t")
            elif el.tag in (W_NS + "br", W_NS + "cr"):
                parts.append("\n")
        lines.append("".join(parts))
    return "\n".join(lines)


def pdf_text(path):
    import pypdf  # noqa: E402  (available in /work/main/.venv)
    r = pypdf.PdfReader(path)
    return "\n".join(pg.extract_text() or "" for pg in r.pages), len(r.pages)


def load_corpus(errs):
    docs, words, pages = {}, {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        path = os.path.join(CORPUS, fn)
        if fn.endswith(".docx"):
            raw = docx_text(path)
        elif fn.endswith(".pdf"):
            raw, pages[fn] = pdf_text(path)
        else:
            raw = open(path, encoding="utf-8").read()
            if unicodedata.normalize("NFC", raw) != raw:
                errs.append("%s: corpus file not NFC" % fn)
        docs[fn] = norm(raw)
        words[fn] = len(raw.split())
    return docs, words, pages


def found(docs, src, quote):
    return bool(quote) and norm(quote) in docs.get(src, "")


def is_no_diacritics(q):
    return all(ord(ch) < 128 for ch in q)


def has_abbr(q):
    """An abbreviation counts only when typed in capitals (KH, GD&ĐT, Sở TT&TT, UB MTTQ ...)."""
    return any(any(ch.isupper() for ch in m.group(0)) for m in ABBR_RE.finditer(q))


def main():
    errs = []
    docs, words, pages = load_corpus(errs)
    if sorted(d[:4] for d in docs) != list(DOCS):
        errs.append("corpus must hold exactly qe01..qe05, found %s" % sorted(docs))
    for fn, w in words.items():
        lo, hi = WORDS.get(fn[:4], (0, 10 ** 9))
        if not lo <= w <= hi:
            errs.append("%s: %d words, outside %d-%d" % (fn, w, lo, hi))
        if not fn.endswith(EXT.get(fn[:4], "?")):
            errs.append("%s: expected extension %s" % (fn, EXT.get(fn[:4])))
    for fn, n in pages.items():
        if n != 3:
            errs.append("%s: PDF has %d pages, expected 3" % (fn, n))

    # who-what gold first (questions refer to it)
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    gold_actors = collections.defaultdict(set)
    ww_ids = set()
    for w in ww:
        tag = w.get("id")
        src = w.get("source")
        if not re.fullmatch(r"wqe\d{2}", str(tag)):
            errs.append("%s: bad who-what id" % tag)
        if tag in ww_ids:
            errs.append("%s: duplicate who-what id" % tag)
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
            gold_actors[src].add(norm(a.get("name", "")))
        if not w.get("intruders"):
            errs.append("%s: no intruders" % tag)
        for it in w.get("intruders", []):
            if not found(docs, src, it):
                errs.append("%s: intruder not verbatim: %r" % (tag, it))
            for a in w.get("actors", []):
                an = norm(a.get("name", ""))
                if norm(it) == an or norm(it) in an or an in norm(it):
                    errs.append("%s: intruder %r overlaps task actor %r" % (tag, it, a.get("name")))
    if len(ww) < 4:
        errs.append("who_what.jsonl needs at least 4 lines, has %d" % len(ww))

    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    seen_ids, seen_q = set(), {}
    per_doc = collections.Counter()
    kinds = collections.Counter()
    pairs = ww_q = 0
    for i, q in enumerate(qs):
        qid = q.get("id")
        tag = "%s (line %d)" % (qid, i + 1)
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            errs.append("%s: bad keys %s" % (tag, sorted(keys)))
        if not re.fullmatch(r"qe\d{3}", str(qid)):
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
            errs.append("%s: kind no-diacritics but question has diacritics" % tag)
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
        srcs = {e.get("source") for e in ev or []}
        for s in srcs:
            per_doc[s] += 1
        if kind == "who-what":
            acts = q.get("actors") or []
            if not acts:
                errs.append("%s: who-what without actors" % tag)
            else:
                ww_q += 1
            for a in acts:
                if not any(norm(a) in gold_actors.get(s, set()) for s in srcs):
                    errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, sorted(srcs)))
        if q.get("answerable") is False:
            if ev != [] or kw != []:
                errs.append("%s: unanswerable must have empty evidence/keywords" % tag)
            if kind == "who-what":
                errs.append("%s: who-what question must be answerable" % tag)
            continue
        if q.get("answerable") is not True:
            errs.append("%s: answerable must be true/false" % tag)
            continue
        maxev = 5 if kind == "corpus" else 3
        if not ev or len(ev) > maxev:
            errs.append("%s: need 1-%d evidence quotes" % (tag, maxev))
        if not kw:
            errs.append("%s: answerable question without keywords" % tag)
        nquotes = []
        for e in ev or []:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                errs.append("%s: unknown source %r" % (tag, src))
                continue
            if not 20 <= len(norm(quote)) <= 200:
                errs.append("%s: quote length %d: %r" % (tag, len(norm(quote)), quote))
            if not found(docs, src, quote):
                errs.append("%s: quote not found in %s: %r" % (tag, src, quote))
            nquotes.append(norm(quote))
        for k in kw or []:
            if not any(norm(k) in docs.get(s, "") for s in srcs):
                errs.append("%s: keyword %r not in cited documents" % (tag, k))
            elif not any(norm(k) in nq for nq in nquotes):
                errs.append("%s: keyword %r not inside any evidence quote" % (tag, k))

    n = len(qs) or 1
    n_un = sum(1 for q in qs if q.get("answerable") is False)
    n_nd = sum(1 for q in qs if is_no_diacritics(q["question"]))
    n_ab = sum(1 for q in qs if has_abbr(q["question"]))
    n_meta = kinds["metadata"]
    n_corp = kinds["corpus"]
    if not 95 <= len(qs) <= 105:
        errs.append("need 95-105 questions, have %d" % len(qs))
    if n_un < 0.22 * n:
        errs.append("unanswerable %.1f%% < 22%%" % (100.0 * n_un / n))
    if n_nd < 0.15 * n:
        errs.append("no-diacritics %.1f%% < 15%%" % (100.0 * n_nd / n))
    if n_ab < 0.20 * n:
        errs.append("abbreviation %.1f%% < 20%%" % (100.0 * n_ab / n))
    if pairs < 12:
        errs.append("follow-up pairs/chains %d < 12" % pairs)
    if ww_q < 12:
        errs.append("who-what questions with actors %d < 12" % ww_q)
    if n_meta < 3:
        errs.append("metadata questions %d < 3" % n_meta)
    if n_corp < 3:
        errs.append("corpus questions %d < 3" % n_corp)
    # per-document question counts: answerable citations + unanswerable questions tagged
    # by the document they near-miss (ids listed in the "about" comment are not available
    # in the schema, so count answerable citations only, range 12-25)
    for src in docs:
        if not 12 <= per_doc[src] <= 25:
            errs.append("%s cited by %d answerable questions (want 12-25)" % (src, per_doc[src]))

    print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | "
          "abbreviation %d (%.1f%%) | history pairs/chains %d | who-what with actors %d"
          % (len(qs), n_un, 100.0 * n_un / n, n_nd, 100.0 * n_nd / n, n_ab, 100.0 * n_ab / n,
             pairs, ww_q))
    print("kinds:", dict(sorted(kinds.items())))
    print("answerable questions citing each doc:", dict(sorted(per_doc.items())))
    print("words per doc:", dict(sorted(words.items())), "| pdf pages:", pages)
    print("who_what lines: %d, gold actors: %d" % (len(ww), sum(len(v) for v in gold_actors.values())))
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
        if os.path.exists(VENV_PY) and not os.environ.get("CHECK_QE_REEXEC"):
            os.environ["CHECK_QE_REEXEC"] = "1"
            os.execv(VENV_PY, [VENV_PY] + sys.argv)
        print("pypdf not available: cannot read the PDF text layer")
        sys.exit(2)
    sys.exit(main())
