#!/usr/bin/env python3
"""Standalone checker for eval/blind13 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind13/check_z.py
Prints OK (exit 0) or the list of problems (exit 1). Does not import kg_rag.
Stdlib only, except the PDF text layer which is read with pypdf; if pypdf is not
importable the script re-runs itself with /work/main/.venv/bin/python.
All text is NFC-normalised, lower-cased and every whitespace run (incl. newlines)
collapsed to one space before comparison.
"""
import collections
import json
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
QFILE = os.path.join(HERE, "questions.jsonl")
WFILE = os.path.join(HERE, "who_what.jsonl")
DOCS = ("z01", "z02", "z03", "z04", "z05")
VENV_PY = "/work/main/.venv/bin/python"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "qđ", "qd", "cv", "tb", "nq", "tw", "ctr", "tu", "bcđ", "bcd",
        "kh&cn", "khcn", "gd&đt", "gd&dt", "mttq", "thpt", "thcs", "th", "tt&tt", "stttt", "cđs", "cds",
        "đmst", "dmst", "pct", "đh", "htx", "ttr"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&])",
                     re.IGNORECASE)
MIN_UNANS, MIN_ND, MIN_ABBR = 0.22, 0.15, 0.20
MIN_FOLLOW, MIN_WW = 12, 12


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_text(path):
    if path.endswith(".pdf"):
        import pypdf  # noqa: E402  (venv only)
        r = pypdf.PdfReader(path)
        return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        return re.sub(r"<[^>]+>", "", xml), None
    return open(path, encoding="utf-8").read(), None


def load_corpus(errs):
    docs, words, info = {}, {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        raw, pages = read_text(os.path.join(CORPUS, fn))
        if not fn.endswith(".pdf") and unicodedata.normalize("NFC", raw) != raw:
            errs.append("%s: corpus file not NFC" % fn)
        docs[fn] = norm(raw)
        words[fn] = len(raw.split())
        info[fn] = pages
    return docs, words, info


def found(docs, src, quote):
    return norm(quote) in docs.get(src, "")


def is_no_diacritics(q):
    return all(ord(ch) < 128 for ch in q) and q == q.lower()


def has_abbr(q):
    return bool(ABBR_RE.search(q))


def main():
    errs = []
    docs, words, info = load_corpus(errs)
    if sorted(d[:3] for d in docs) != list(DOCS):
        errs.append("corpus must hold exactly z01..z05, found %s" % sorted(docs))
    for fn, w in words.items():
        if not 700 <= w <= 1400:
            errs.append("%s: %d words, outside 700-1400" % (fn, w))
        if fn.endswith(".pdf") and not (info[fn] and 2 <= info[fn] <= 3):
            errs.append("%s: pdf must have 2-3 pages (has %s)" % (fn, info[fn]))
        if len(docs[fn]) < 1000:
            errs.append("%s: text layer too short" % fn)

    # who-what gold first (questions' actors are checked against it)
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    gold = collections.defaultdict(set)
    covered = collections.Counter()
    wseen = set()
    for w in ww:
        tag = w.get("id")
        src = w.get("source")
        if not re.fullmatch(r"wz\d{2}", str(tag)) or tag in wseen:
            errs.append("%s: bad or duplicate who_what id" % tag)
        wseen.add(tag)
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
        names = []
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                errs.append("%s: bad actor keys %s" % (tag, sorted(a)))
                continue
            names.append(norm(a["name"]))
            gold[src].add(norm(a["name"]))
            for fld in ("name", "task_quote"):
                if not found(docs, src, a.get(fld) or ""):
                    errs.append("%s: actor %s not verbatim: %r" % (tag, fld, a.get(fld)))
            if not 20 <= len(norm(a["task_quote"])) <= 200:
                errs.append("%s: task_quote length %d: %r" % (tag, len(norm(a["task_quote"])), a["task_quote"]))
            if norm(a["name"]) not in norm(a["task_quote"]):
                errs.append("%s: name %r not inside its task_quote" % (tag, a["name"]))
            if a["role"] not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a["role"]))
            dl = a["deadline"]
            if dl is not None and not found(docs, src, dl):
                errs.append("%s: deadline not verbatim: %r" % (tag, dl))
        if not w.get("intruders"):
            errs.append("%s: no intruders" % tag)
        for it in w.get("intruders", []):
            if not found(docs, src, it):
                errs.append("%s: intruder not verbatim: %r" % (tag, it))
            ni = norm(it)
            for n in names:
                if ni == n or ni in n or n in ni:
                    errs.append("%s: intruder %r overlaps task actor %r" % (tag, it, n))
    if len(ww) < 4:
        errs.append("who_what.jsonl needs >= 4 lines (has %d)" % len(ww))
    for g, c in covered.items():
        if c > 1:
            errs.append("who_what.jsonl has %d lines for %s" % (c, g))

    # questions
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
        if not re.fullmatch(r"zx\d{3}", str(qid)):
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
        if kind == "who-what" and not q.get("actors"):
            errs.append("%s: who-what without actors" % tag)
        ev, kw = q.get("evidence"), q.get("keywords")
        if q.get("answerable") is False:
            if ev != [] or kw != []:
                errs.append("%s: unanswerable must have empty evidence/keywords" % tag)
            continue
        if q.get("answerable") is not True:
            errs.append("%s: answerable must be true/false" % tag)
            continue
        maxev = 3 if kind == "corpus" else 2
        if not ev or len(ev) > maxev:
            errs.append("%s: need 1-%d evidence quotes" % (tag, maxev))
        if not kw:
            errs.append("%s: answerable question without keywords" % tag)
        nquotes, srcs = [], set()
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
                errs.append("%s: keyword %r not inside a quote" % (tag, k))
        if kind == "who-what":
            ww_actors += 1
            for a in q.get("actors", []):
                if not any(norm(a) in nq for nq in nquotes):
                    errs.append("%s: actor %r not inside a quote" % (tag, a))
                if not any(norm(a) in gold.get(s, set()) for s in srcs):
                    errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, sorted(srcs)))

    n = len(qs) or 1
    n_un = sum(1 for q in qs if q.get("answerable") is False)
    n_nd = sum(1 for q in qs if is_no_diacritics(q["question"]))
    n_ab = sum(1 for q in qs if has_abbr(q["question"]))
    if not 95 <= len(qs) <= 105:
        errs.append("need 95-105 questions, have %d" % len(qs))
    if n_un < MIN_UNANS * n:
        errs.append("unanswerable %.1f%% < %d%%" % (100.0 * n_un / n, 100 * MIN_UNANS))
    if n_nd < MIN_ND * n:
        errs.append("no-diacritics %.1f%% < %d%%" % (100.0 * n_nd / n, 100 * MIN_ND))
    if n_ab < MIN_ABBR * n:
        errs.append("abbreviation %.1f%% < %d%%" % (100.0 * n_ab / n, 100 * MIN_ABBR))
    if pairs < MIN_FOLLOW:
        errs.append("follow-up pairs %d < %d" % (pairs, MIN_FOLLOW))
    if unans_followups < 1:
        errs.append("no unanswerable follow-up")
    if ww_actors < MIN_WW:
        errs.append("who-what questions with actors %d < %d" % (ww_actors, MIN_WW))
    for k in ("metadata", "corpus", "list"):
        if kinds[k] < 2:
            errs.append("too few %s questions (%d)" % (k, kinds[k]))
    for src in docs:
        if cited[src] < 12:
            errs.append("%s cited by only %d answerable questions (< 12)" % (src, cited[src]))

    print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | abbreviation %d (%.1f%%) | "
          "history pairs %d (unanswerable %d) | who-what with actors %d"
          % (len(qs), n_un, 100.0 * n_un / n, n_nd, 100.0 * n_nd / n, n_ab, 100.0 * n_ab / n,
             pairs, unans_followups, ww_actors))
    print("kinds:", dict(sorted(kinds.items())))
    print("answerable questions citing each doc:", dict(sorted(cited.items())))
    print("words per doc:", dict(sorted(words.items())))
    print("who_what lines:", len(ww), "| gold actors per source:",
          {k[:3]: len(v) for k, v in sorted(gold.items())})
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
        if os.path.exists(VENV_PY) and not os.environ.get("CHECK_Z_REEXEC"):
            os.environ["CHECK_Z_REEXEC"] = "1"
            os.execv(VENV_PY, [VENV_PY] + sys.argv)
        print("pypdf not available; cannot read the PDF text layer")
        sys.exit(2)
    sys.exit(main())
