#!/usr/bin/env python3
"""Standalone checker for eval/blind19 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind19/check_a.py
Stdlib only, except that the text layer of the .pdf is read with pypdf; if pypdf
is not importable, the script re-runs itself with /work/main/.venv/bin/python.
Prints OK (exit 0) or the list of problems (exit 1). Does not import kg_rag.
Comparison: NFC, lower-case, every whitespace run collapsed to one space.
"""
import collections
import json
import os
import re
import sys
import unicodedata

try:
    import pypdf  # noqa: F401
except ImportError:  # re-exec with the project venv, which has pypdf
    VENV = "/work/main/.venv/bin/python"
    if os.path.exists(VENV) and not os.environ.get("CHECK_A_REEXEC"):
        os.environ["CHECK_A_REEXEC"] = "1"
        os.execv(VENV, [VENV] + sys.argv)
    pypdf = None

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
QFILE = os.path.join(HERE, "questions.jsonl")
WFILE = os.path.join(HERE, "who_what.jsonl")
DOCS = ("a01", "a02", "a03", "a04", "a05")
EXT = {"a01": ".pdf", "a02": ".md", "a03": ".txt", "a04": ".md", "a05": ".txt"}

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "kl", "tb", "bc", "bb", "cv", "nq", "tw", "qđ", "qd",
        "kh&cn", "khcn", "gd&đt", "gd&dt", "mttq", "thpt", "thcs", "cđs", "cds", "pct",
        "bcđ", "bcd", "htx", "tmđt", "tmdt", "vhttdl", "svhttdl", "bdvtu", "hnd", "ocop"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&])",
                     re.IGNORECASE)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_doc(path, errs):
    if path.endswith(".pdf"):
        if pypdf is None:
            errs.append("pypdf not available: cannot read %s" % path)
            return "", 0
        reader = pypdf.PdfReader(path)
        pages = [p.extract_text() for p in reader.pages]
        text = "\n".join(pages)
        fn = os.path.basename(path)
        if len(pages) != 3:
            errs.append("%s: expected 3 pages, has %d" % (fn, len(pages)))
        for i in range(len(pages)):
            if "Trang %d/%d" % (i + 1, len(pages)) not in pages[i]:
                errs.append("%s: page %d has no page number" % (fn, i + 1))
        hyph = [l for l in text.split("\n") if re.search(r"\w-$", l)]
        if len(hyph) < 2:
            errs.append("%s: fewer than 2 words hyphenated across lines" % fn)
        return text, len(pages)
    raw = open(path, encoding="utf-8").read()
    if unicodedata.normalize("NFC", raw) != raw:
        errs.append("%s: corpus file not NFC" % os.path.basename(path))
    return raw, 1


def nwords(text):
    return sum(1 for t in text.split() if re.search(r"\w", t))


def is_no_diacritics(q):
    return all(ord(ch) < 128 for ch in q) and q == q.lower()


def has_abbr(q):
    return bool(ABBR_RE.search(q))


def main():
    errs = []
    docs, raw_docs, words = {}, {}, {}
    files = sorted(os.listdir(CORPUS))
    if sorted(f[:3] for f in files) != list(DOCS):
        errs.append("corpus must hold exactly a01..a05, found %s" % files)
    for fn in files:
        text, _ = read_doc(os.path.join(CORPUS, fn), errs)
        raw_docs[fn], docs[fn] = text, norm(text)
        words[fn] = nwords(text)
        if not 700 <= words[fn] <= 1400:
            errs.append("%s: %d words, outside 700-1400" % (fn, words[fn]))
        if not fn.endswith(EXT.get(fn[:3], "?")):
            errs.append("%s: unexpected format" % fn)
        if "lưu: vt" not in docs[fn] or "nơi nhận" not in docs[fn]:
            errs.append("%s: tail lacks 'Nơi nhận' or 'Lưu: VT'" % fn)
    # a03 must be hard-wrapped at about 70 characters
    for fn, text in raw_docs.items():
        if fn.startswith("a03"):
            body = [l for l in text.split("\n") if l.strip()]
            long_ = [l for l in body if len(l) > 74]
            if long_ or sum(1 for l in body if len(l) >= 60) < 40:
                errs.append("%s: not hard-wrapped at ~70 chars (%d long lines)" % (fn, len(long_)))

    # who-what gold (read first: who-what questions are checked against it)
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    gold = collections.defaultdict(set)
    covered = collections.Counter()
    seen_w = set()
    for w in ww:
        tag = w.get("id")
        if not re.fullmatch(r"wa\d{2}", str(tag)) or tag in seen_w:
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
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                errs.append("%s: bad actor keys %s" % (tag, sorted(a)))
            gold[src].add(norm(a.get("name", "")))
            for fld in ("name", "task_quote"):
                if norm(a.get(fld, "")) not in docs[src]:
                    errs.append("%s: actor %s not verbatim: %r" % (tag, fld, a.get(fld)))
            if not 20 <= len(norm(a.get("task_quote", ""))) <= 200:
                errs.append("%s: task_quote length: %r" % (tag, a.get("task_quote")))
            if norm(a.get("name", "")) not in norm(a.get("task_quote", "")):
                errs.append("%s: name %r not inside its task_quote" % (tag, a.get("name")))
            if a.get("role") not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a.get("role")))
            dl = a.get("deadline")
            if dl is not None and norm(dl) not in docs[src]:
                errs.append("%s: deadline not verbatim: %r" % (tag, dl))
        if not w.get("intruders"):
            errs.append("%s: no intruders" % tag)
        for it in w.get("intruders", []):
            if norm(it) not in docs[src]:
                errs.append("%s: intruder not verbatim: %r" % (tag, it))
            for a in w.get("actors", []):
                if norm(it) == norm(a["name"]) or norm(it) in norm(a["task_quote"]):
                    errs.append("%s: intruder %r is a task actor (%r)" % (tag, it, a["name"]))
    if len(ww) < 4:
        errs.append("who_what.jsonl needs >= 4 lines, has %d" % len(ww))
    for g, c in covered.items():
        if c != 1:
            errs.append("who_what.jsonl has %d lines for %s" % (c, g))

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
        if not re.fullmatch(r"ax\d{3}", str(qid)):
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
                    elif j < last:
                        errs.append("%s: history out of order" % tag)
                    else:
                        last = j
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
            continue
        if q.get("answerable") is not True:
            errs.append("%s: answerable must be true/false" % tag)
            continue
        if not ev or len(ev) > 3:
            errs.append("%s: need 1-3 evidence quotes" % tag)
        if not kw:
            errs.append("%s: answerable question without keywords" % tag)
        nquotes, srcs = [], set()
        for e in ev or []:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                errs.append("%s: unknown source %r" % (tag, src))
                continue
            srcs.add(src)
            if not 20 <= len(norm(quote)) <= 200:
                errs.append("%s: quote length %d: %r" % (tag, len(norm(quote)), quote))
            if norm(quote) not in docs[src]:
                errs.append("%s: quote not found in %s: %r" % (tag, src, quote))
            nquotes.append(norm(quote))
        for src in srcs:
            cited[src] += 1
        for k in kw or []:
            if not any(norm(k) in docs[s] for s in srcs):
                errs.append("%s: keyword %r not in the cited documents" % (tag, k))
            elif not any(norm(k) in nq for nq in nquotes):
                errs.append("%s: keyword %r not inside a quote" % (tag, k))
        for a in q.get("actors", []):
            if not any(norm(a) in gold[s] for s in srcs):
                errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, sorted(srcs)))
            if not any(norm(a) in nq for nq in nquotes):
                errs.append("%s: actor %r not inside a quote" % (tag, a))

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
    for k in ("metadata", "corpus"):
        if kinds[k] < 3:
            errs.append("too few %s questions (%d)" % (k, kinds[k]))
    for src in docs:
        if not 12 <= cited[src] <= 25:
            errs.append("%s cited by %d answerable questions (want 12-25)" % (src, cited[src]))

    print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | "
          "abbreviation %d (%.1f%%) | with history %d (unanswerable %d) | who-what with actors %d"
          % (len(qs), n_un, 100.0 * n_un / n, n_nd, 100.0 * n_nd / n, n_ab, 100.0 * n_ab / n,
             pairs, unans_followups, ww_actors))
    print("kinds:", dict(sorted(kinds.items())))
    print("answerable questions citing each doc:", dict(sorted(cited.items())))
    print("words per doc:", dict(sorted(words.items())))
    print("who-what lines: %d, gold actors: %d" % (len(ww), sum(len(w["actors"]) for w in ww)))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
