#!/usr/bin/env python3
"""Standalone checker for eval/blind33 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 /work/main/eval/blind33/check_qi.py
Prints OK (exit 0) or the list of problems (exit 1). Does not import kg_rag.
.txt/.md read as UTF-8; .docx via zipfile+XML; .pdf via pypdf (if pypdf is not
importable under the current interpreter, the script re-executes itself with
/work/main/.venv/bin/python). Comparison: NFC, lower-case, whitespace collapsed.
"""
import collections, json, os, re, sys, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
QFILE = os.path.join(HERE, "questions.jsonl")
WFILE = os.path.join(HERE, "who_what.jsonl")
DOCS = ("qi01", "qi02", "qi03", "qi04", "qi05")
VENV_PY = "/work/main/.venv/bin/python"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = ["kh", "qđ", "qd", "cv", "tb", "nq", "bc", "hd", "ttr", "ct", "ubnd", "hđnd", "mttq",
        "gd&đt", "gd&dt", "kh&cn", "khcn", "cđs", "cds", "thcs", "thpt", "pct", "lhh", "vp",
        "ns", "hs", "tthc", "btv", "hu", "pgd", "dtts", "nh", "ttgdnn-gdtx", "skhcn"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&])",
                     re.IGNORECASE)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_doc(path):
    if path.endswith(".pdf"):
        import pypdf
        r = pypdf.PdfReader(path)
        return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        return re.sub(r"<[^>]+>", "", xml), None
    return open(path, encoding="utf-8").read(), None


def is_no_diacritics(q):
    return all(ord(ch) < 128 for ch in q) and q == q.lower()


def main():
    errs = []
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        raw, pages = read_doc(os.path.join(CORPUS, fn))
        if not fn.endswith(".pdf") and unicodedata.normalize("NFC", raw) != raw:
            errs.append("%s: not NFC" % fn)
        docs[fn] = norm(raw)
        w = len(raw.split())
        if not 700 <= w <= 1400:
            errs.append("%s: %d words, outside 700-1400" % (fn, w))
        if fn.endswith(".pdf") and pages != 3:
            errs.append("%s: %s pages, expected 3" % (fn, pages))
        if fn.startswith("qi05"):
            long = [l for l in raw.splitlines() if len(l) > 75 and not l.startswith("|")]
            if long:
                errs.append("%s: %d prose lines longer than 75 chars" % (fn, len(long)))
    if sorted(d[:4] for d in docs) != list(DOCS):
        errs.append("corpus must hold exactly qi01..qi05, found %s" % sorted(docs))

    # who_what gold first (needed for who-what questions)
    gold = collections.defaultdict(set)
    wids = set()
    W = [json.loads(l) for l in open(WFILE, encoding="utf-8") if l.strip()]
    for i, w in enumerate(W):
        tag = "%s (who_what line %d)" % (w.get("id"), i + 1)
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            errs.append("%s: bad keys %s" % (tag, sorted(w)))
        if not re.fullmatch(r"wqi\d{2}", str(w.get("id"))) or w.get("id") in wids:
            errs.append("%s: bad or duplicate id" % tag)
        wids.add(w.get("id"))
        src = w.get("source")
        if src not in docs:
            errs.append("%s: unknown source %r" % (tag, src)); continue
        d = docs[src]
        if not w.get("directive"):
            errs.append("%s: missing directive" % tag)
        if not w.get("actors"):
            errs.append("%s: no actors" % tag)
        names = set()
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                errs.append("%s: bad actor keys %s" % (tag, sorted(a))); continue
            tq = a["task_quote"]
            if norm(tq) not in d:
                errs.append("%s: task_quote not verbatim: %r" % (tag, tq))
            if not 20 <= len(norm(tq)) <= 200:
                errs.append("%s: task_quote length %d" % (tag, len(norm(tq))))
            if norm(a["name"]) not in norm(tq):
                errs.append("%s: name %r not inside its task_quote" % (tag, a["name"]))
            if a["role"] not in ("chủ trì", "phối hợp", None):
                errs.append("%s: bad role %r" % (tag, a["role"]))
            if a["deadline"] is not None and norm(a["deadline"]) not in d:
                errs.append("%s: deadline not verbatim: %r" % (tag, a["deadline"]))
            names.add(norm(a["name"]))
        gold[src] |= names
        for it in w.get("intruders", []):
            if norm(it) not in d:
                errs.append("%s: intruder not verbatim: %r" % (tag, it))
            if norm(it) in names:
                errs.append("%s: intruder %r is a task actor" % (tag, it))
            for a in w.get("actors", []):
                if norm(it) in norm(a["task_quote"]):
                    errs.append("%s: intruder %r occurs in task_quote of %r" % (tag, it, a["name"]))
    if len(W) < 4:
        errs.append("who_what needs >= 4 lines, has %d" % len(W))

    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    seen_ids, seen_q = set(), {}
    cited = collections.Counter()
    kinds = collections.Counter()
    n_un = n_nd = n_ab = pairs = ww = 0
    for i, q in enumerate(qs):
        qid = q.get("id")
        tag = "%s (line %d)" % (qid, i + 1)
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            errs.append("%s: bad keys %s" % (tag, sorted(keys)))
        if not re.fullmatch(r"qi\d{3}", str(qid)):
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
        nd, ab = is_no_diacritics(text), bool(ABBR_RE.search(text))
        n_nd += nd
        n_ab += ab
        if kind == "no-diacritics" and not nd:
            errs.append("%s: kind no-diacritics but has diacritics/upper case" % tag)
        if kind == "abbreviation" and not ab:
            errs.append("%s: kind abbreviation but no abbreviation" % tag)
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
        if kind == "follow-up" and "history" not in q:
            errs.append("%s: follow-up without history" % tag)
        if "actors" in q and kind != "who-what":
            errs.append("%s: actors only allowed on who-what" % tag)
        ans = q.get("answerable")
        if ans not in (True, False):
            errs.append("%s: answerable must be bool" % tag)
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if ans is False:
            n_un += 1
            if ev or kw or q.get("actors"):
                errs.append("%s: unanswerable must have empty evidence/keywords/actors" % tag)
            continue
        if kind == "unanswerable":
            errs.append("%s: kind unanswerable but answerable true" % tag)
        if not ev:
            errs.append("%s: answerable question without evidence" % tag)
        if not kw:
            errs.append("%s: answerable question without keywords" % tag)
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                errs.append("%s: unknown source %r" % (tag, src)); continue
            srcs.add(src)
            if not 20 <= len(norm(quote)) <= 200:
                errs.append("%s: quote length %d: %r" % (tag, len(norm(quote)), quote))
            if norm(quote) not in docs[src]:
                errs.append("%s: quote not found in %s: %r" % (tag, src, quote))
        for s in srcs:
            cited[s] += 1
        for k in kw:
            if not any(norm(k) in docs[s] for s in srcs):
                errs.append("%s: keyword %r not in cited documents" % (tag, k))
        if kind == "who-what":
            acts = q.get("actors") or []
            if not acts:
                errs.append("%s: who-what without actors" % tag)
            else:
                ww += 1
            for a in acts:
                if not any(norm(a) in gold[s] for s in srcs):
                    errs.append("%s: actor %r not in who_what gold of %s" % (tag, a, sorted(srcs)))

    n = len(qs)
    if not 95 <= n <= 105:
        errs.append("need 95-105 questions, have %d" % n)
    pct = lambda x: 100.0 * x / n if n else 0
    if pct(n_un) < 22: errs.append("unanswerable %.1f%% < 22%%" % pct(n_un))
    if pct(n_nd) < 15: errs.append("no-diacritics %.1f%% < 15%%" % pct(n_nd))
    if pct(n_ab) < 20: errs.append("abbreviation %.1f%% < 20%%" % pct(n_ab))
    if pairs < 12: errs.append("follow-ups with history %d < 12" % pairs)
    if ww < 12: errs.append("who-what questions %d < 12" % ww)
    if kinds["metadata"] < 1 or kinds["corpus"] < 1:
        errs.append("need metadata and corpus questions")
    for src in docs:
        if not 15 <= cited[src] <= 25:
            errs.append("%s cited by %d answerable questions (need 15-25)" % (src, cited[src]))

    print("questions: %d; kinds: %s" % (n, dict(sorted(kinds.items()))))
    print("unanswerable %d (%.1f%%), no-diacritics text %d (%.1f%%), abbreviation text %d (%.1f%%), "
          "history questions %d, who-what with actors %d" % (n_un, pct(n_un), n_nd, pct(n_nd), n_ab,
                                                             pct(n_ab), pairs, ww))
    print("answerable citations per doc: %s" % dict(sorted(cited.items())))
    if errs:
        print("\n".join(errs)); print("FAIL (%d problems)" % len(errs)); return 1
    print("OK"); return 0


if __name__ == "__main__":
    try:
        import pypdf  # noqa: F401
    except ImportError:
        if os.path.exists(VENV_PY) and not os.environ.get("CHECK_QI_REEXEC"):
            os.environ["CHECK_QI_REEXEC"] = "1"
            os.execv(VENV_PY, [VENV_PY, os.path.abspath(__file__)] + sys.argv[1:])
        print("pypdf not available: cannot check the PDF"); sys.exit(2)
    sys.exit(main())
