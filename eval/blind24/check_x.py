#!/usr/bin/env python3
"""Standalone checker for eval/blind24 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind24/check_x.py
Prints OK (exit 0) or the list of problems (exit 1). Does not import kg_rag.
.txt/.md files are read as text; the .pdf is read with pypdf (if the running
python lacks pypdf, the script re-runs itself under /work/main/.venv/bin/python).
All text is NFC-normalised, lower-cased and every whitespace run (incl.
newlines) collapsed to one space before comparison.
"""
import collections
import json
import os
import re
import sys
import unicodedata

try:
    import pypdf  # noqa: F401
except ImportError:  # stdlib-only python: hand over to the project venv for the pdf
    VENV = "/work/main/.venv/bin/python"
    if os.path.exists(VENV) and not os.environ.get("CHECK_X_REEXEC"):
        os.environ["CHECK_X_REEXEC"] = "1"
        os.execv(VENV, [VENV] + sys.argv)
    pypdf = None

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
QFILE = os.path.join(HERE, "questions.jsonl")
WFILE = os.path.join(HERE, "who_what.jsonl")
DOCS = ("x01", "x02", "x03", "x04", "x05")

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["ubnd", "hđnd", "hdnd", "kh", "qđ", "qd", "cv", "tb", "nq", "ct", "hd", "bc", "tw", "btg",
        "kh&cn", "khcn", "skhcn", "gd&đt", "gd&dt", "mttq", "thpt", "thcs", "cđs", "cds", "pct",
        "attt", "cntt", "hssv", "tt&tt", "sở tt&tt", "so tt&tt", "đmst", "dmst", "ca", "vh-tt&tt",
        "ttvh", "ocop", "soc"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&])",
                     re.IGNORECASE)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_doc(path):
    if path.endswith(".pdf"):
        if pypdf is None:
            raise SystemExit("pypdf not available: run with /work/main/.venv/bin/python")
        reader = pypdf.PdfReader(path)
        return "\n".join(p.extract_text() or "" for p in reader.pages), len(reader.pages)
    return open(path, encoding="utf-8").read(), None


def load_corpus(errs):
    docs, words, pages = {}, {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        raw, npages = read_doc(os.path.join(CORPUS, fn))
        if unicodedata.normalize("NFC", raw) != raw:
            errs.append("%s: corpus text not NFC" % fn)
        docs[fn] = norm(raw)
        words[fn] = len(raw.split())
        if npages is not None:
            pages[fn] = npages
    return docs, words, pages


def found(docs, src, quote):
    return bool(quote) and norm(quote) in docs.get(src, "")


def is_no_diacritics(q):
    return all(ord(ch) < 128 for ch in q) and q == q.lower()


def has_abbr(q):
    return bool(ABBR_RE.search(q))


def main():
    errs = []
    docs, words, pages = load_corpus(errs)
    if sorted(d[:3] for d in docs) != list(DOCS):
        errs.append("corpus must hold exactly x01..x05, found %s" % sorted(docs))
    for fn, w in words.items():
        if not 700 <= w <= 1400:
            errs.append("%s: %d words, outside 700-1400" % (fn, w))
    for fn, n in pages.items():
        if n != 3:
            errs.append("%s: %d pages, expected 3" % (fn, n))
        for i in range(1, n + 1):
            if norm("Trang %d/%d" % (i, n)) not in docs[fn]:
                errs.append("%s: page number 'Trang %d/%d' missing" % (fn, i, n))

    # who-what gold first (questions' actors are checked against it)
    ww = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    gold = collections.defaultdict(set)
    covered = collections.Counter()
    wids = set()
    for w in ww:
        tag = w.get("id")
        src = w.get("source")
        if not re.fullmatch(r"wx\d{2}", str(tag)) or tag in wids:
            errs.append("%s: bad or duplicate who-what id" % tag)
        wids.add(tag)
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
                errs.append("%s: task_quote length %d: %r"
                            % (tag, len(norm(a.get("task_quote", ""))), a.get("task_quote")))
            if norm(a.get("name", "")) not in norm(a.get("task_quote", "")):
                errs.append("%s: name %r not inside its task_quote" % (tag, a.get("name")))
            if a.get("role") not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a.get("role")))
            dl = a.get("deadline")
            if dl is not None and not found(docs, src, dl):
                errs.append("%s: deadline not verbatim: %r" % (tag, dl))
            names.add(norm(a.get("name", "")))
            gold[src].add(norm(a.get("name", "")))
        if not w.get("intruders"):
            errs.append("%s: no intruders" % tag)
        for it in w.get("intruders", []):
            if not found(docs, src, it):
                errs.append("%s: intruder not verbatim: %r" % (tag, it))
            ni = norm(it)
            if any(ni == n or ni in n for n in names):
                errs.append("%s: intruder is (part of) a task actor: %r" % (tag, it))
    for g in DOCS:
        if covered[g] > 1:
            errs.append("who_what.jsonl has %d lines for %s" % (covered[g], g))
    if sum(1 for g in DOCS if covered[g]) < 4:
        errs.append("who_what.jsonl must cover at least 4 documents")

    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    seen_ids, seen_q = set(), {}
    cited = collections.Counter()
    per_doc = collections.Counter()
    kinds = collections.Counter()
    pairs = unans_followups = ww_actors = 0
    for i, q in enumerate(qs):
        qid = q.get("id")
        tag = "%s (line %d)" % (qid, i + 1)
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            errs.append("%s: bad keys %s" % (tag, sorted(keys)))
        if not re.fullmatch(r"xx\d{3}", str(qid)):
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
        if not ev or len(ev) > 4:
            errs.append("%s: need 1-4 evidence quotes" % tag)
        if not kw:
            errs.append("%s: answerable question without keywords" % tag)
        srcs = {e.get("source") for e in ev or []}
        for src in srcs:
            cited[src] += 1
            per_doc[src] += 1
        for e in ev or []:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                errs.append("%s: unknown source %r" % (tag, src))
                continue
            if not 20 <= len(norm(quote)) <= 200:
                errs.append("%s: quote length %d: %r" % (tag, len(norm(quote)), quote))
            if not found(docs, src, quote):
                errs.append("%s: quote not found in %s: %r" % (tag, src, quote))
        for k in kw or []:
            if not any(norm(k) in docs.get(s, "") for s in srcs):
                errs.append("%s: keyword %r not in the cited documents" % (tag, k))
            if not any(norm(k) in norm(e.get("quote", "")) for e in ev or []):
                errs.append("%s: keyword %r not inside a quote" % (tag, k))
        for a in q.get("actors", []):
            if not any(norm(a) in gold.get(s, set()) for s in srcs):
                errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, sorted(srcs)))
            if not any(norm(a) in norm(e.get("quote", "")) for e in ev or []):
                errs.append("%s: actor %r not inside a quote" % (tag, a))

    n = len(qs) or 1
    n_un = sum(1 for q in qs if q.get("answerable") is False)
    n_nd = sum(1 for q in qs if is_no_diacritics(q["question"]))
    n_ab = sum(1 for q in qs if has_abbr(q["question"]))
    n_ww = ww_actors
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
        errs.append("follow-up pairs %d < 12" % pairs)
    if unans_followups < 1:
        errs.append("no unanswerable follow-up")
    if n_ww < 12:
        errs.append("who-what questions with actors %d < 12" % n_ww)
    if n_meta < 3 or n_corp < 2:
        errs.append("need some metadata (%d) and corpus (%d) questions" % (n_meta, n_corp))
    for src in docs:
        if cited[src] < 12:
            errs.append("%s cited by only %d answerable questions (< 12)" % (src, cited[src]))

    print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | abbreviation %d (%.1f%%) | "
          "history pairs %d (unanswerable %d) | who-what with actors %d"
          % (len(qs), n_un, 100.0 * n_un / n, n_nd, 100.0 * n_nd / n, n_ab, 100.0 * n_ab / n,
             pairs, unans_followups, n_ww))
    print("kinds:", dict(sorted(kinds.items())))
    print("answerable questions citing each doc:", dict(sorted(cited.items())))
    print("words per doc:", dict(sorted(words.items())), "| pdf pages:", pages)
    print("who-what lines:", len(ww), "| actors:", sum(len(w["actors"]) for w in ww),
          "| intruders:", sum(len(w["intruders"]) for w in ww))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print("FAILED (%d problems)" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
