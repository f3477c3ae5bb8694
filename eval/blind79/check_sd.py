# -*- coding: utf-8 -*-
"""Standalone checker for the blind79 set (no kg_rag import).

Usage:  python check_sd.py          -> prints OK or the list of problems (exit code 1 on problems)
        python check_sd.py --stats  -> also prints word counts and question mix
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
Q_KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_OPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR_RE = re.compile(r"\b(KH|CV|QĐ|QD|TB|BB|BC|UBND|HTX|KH&CN|GD&ĐT|NN&MT|NNMT|TTDVNN|DVNN|HND|"
                     r"TKN|BVTV|ĐH|DH|TS|KS|ThS|PCT|MTTQ|CĐS|THCS|IPM|SNNMT|TTr|HĐND|HDND|PTNT)\b")


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def strip_marks(s):
    d = unicodedata.normalize("NFD", s)
    d = "".join(c for c in d if unicodedata.category(c) != "Mn")
    return d.replace("đ", "d").replace("Đ", "D")


def has_diacritics(s):
    return strip_marks(s) != s


def read_docx(path):
    """Text of all paragraphs and table cells, via zipfile + XML (document order)."""
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    out = []
    for p in paras:
        texts = re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", p, flags=re.S)
        t = "".join(texts)
        t = (t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
             .replace("&apos;", "'").replace("&amp;", "&"))
        out.append(t)
    return "\n".join(out)


def read_pdf(path):
    import pypdf
    r = pypdf.PdfReader(path)
    return "\n".join((p.extract_text() or "") for p in r.pages)


def read_any(path):
    if path.endswith(".docx"):
        return read_docx(path)
    if path.endswith(".pdf"):
        return read_pdf(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def load_jsonl(path, problems):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            if unicodedata.normalize("NFC", line) != line:
                problems.append(f"{os.path.basename(path)}:{n} not NFC")
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa
                problems.append(f"{os.path.basename(path)}:{n} bad JSON: {e}")
    return rows


def main():
    stats = "--stats" in sys.argv
    problems = []
    files = sorted(os.listdir(CORPUS))
    raw = {fn: read_any(os.path.join(CORPUS, fn)) for fn in files}
    docs = {fn: norm(t) for fn, t in raw.items()}

    # --- corpus checks
    if len(files) != 5:
        problems.append(f"corpus has {len(files)} files, expected 5")
    for fn in files:
        if not re.match(r"sd0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$", fn):
            problems.append(f"bad file name {fn}")
        t = raw[fn]
        if unicodedata.normalize("NFC", t) != t:
            problems.append(f"{fn}: text not NFC")
        wc = len(t.split())
        if not 700 <= wc <= 1500:
            problems.append(f"{fn}: {wc} words (want 700-1500)")
        if stats:
            print(f"{fn}: {wc} words")
    exts = {fn.rsplit(".", 1)[1] for fn in files}
    for e in ("txt", "docx", "pdf", "md"):
        if e not in exts:
            problems.append(f"no .{e} file in corpus")
    pdfs = [fn for fn in files if fn.endswith(".pdf")]
    if pdfs:
        import pypdf
        for fn in pdfs:
            n = len(pypdf.PdfReader(os.path.join(CORPUS, fn)).pages)
            if not 2 <= n <= 4:
                problems.append(f"{fn}: {n} pages (want 2-4)")

    # --- questions
    qs = load_jsonl(os.path.join(HERE, "questions.jsonl"), problems)
    ids = [q.get("id") for q in qs]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        problems.append(f"duplicate ids: {dup}")
    seen_questions = []
    cites = Counter()
    for q in qs:
        qid = q.get("id")
        keys = set(q)
        if not Q_KEYS <= keys or keys - Q_KEYS - Q_OPT:
            problems.append(f"{qid}: keys {sorted(keys)}")
        if not re.match(r"sd\d{3}$", str(qid)):
            problems.append(f"{qid}: bad id")
        if q.get("kind") not in KINDS:
            problems.append(f"{qid}: bad kind {q.get('kind')}")
        if unicodedata.normalize("NFC", q.get("question", "")) != q.get("question", ""):
            problems.append(f"{qid}: question not NFC")
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if q.get("answerable") is False:
            if ev or kw:
                problems.append(f"{qid}: unanswerable but has evidence/keywords")
        elif q.get("answerable") is True:
            if not ev:
                problems.append(f"{qid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                problems.append(f"{qid}: {len(kw)} keywords (want 1-3)")
        else:
            problems.append(f"{qid}: answerable must be true/false")
        evq = []
        for src in {e.get("source") for e in ev}:
            cites[src] += 1
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                problems.append(f"{qid}: unknown source {src}")
                continue
            if not 20 <= len(quote) <= 200:
                problems.append(f"{qid}: quote length {len(quote)}")
            if norm(quote) not in docs[src]:
                problems.append(f"{qid}: quote not found in {src}: {quote[:60]!r}")
            evq.append(norm(quote))
        for k in kw:
            nk = norm(k)
            in_quote = any(nk in x for x in evq)
            in_file = any(nk in docs[e.get("source")] for e in ev if e.get("source") in docs)
            if not (in_quote or in_file):
                problems.append(f"{qid}: keyword not found: {k!r}")
        if "history" in q:
            for h in q["history"]:
                if h not in seen_questions:
                    problems.append(f"{qid}: history question is not an earlier question: {h[:50]!r}")
        if q.get("kind") == "follow-up" and not q.get("history"):
            problems.append(f"{qid}: follow-up without history")
        if q.get("kind") == "who-what" and not q.get("actors"):
            problems.append(f"{qid}: who-what without actors")
        for a in q.get("actors", []):
            srcs = [e.get("source") for e in ev if e.get("source") in docs]
            if srcs and not any(norm(a) in docs[s] for s in srcs):
                problems.append(f"{qid}: actor {a!r} not found verbatim in cited file")
        if q.get("kind") == "no-diacritics" and has_diacritics(q.get("question", "")):
            problems.append(f"{qid}: no-diacritics question contains diacritics")
        if q.get("kind") == "abbreviation" and not ABBR_RE.search(q.get("question", "")):
            problems.append(f"{qid}: abbreviation question has no known abbreviation")
        seen_questions.append(q.get("question"))
        # Vietnamese text sanity: not an answerable question copied without evidence
    for fn in files:
        if cites[fn] < 12:
            problems.append(f"{fn}: cited by only {cites[fn]} questions (want >= 12)")

    n = len(qs) or 1
    kinds = Counter(q.get("kind") for q in qs)
    unans = sum(1 for q in qs if q.get("answerable") is False)
    nodia = sum(1 for q in qs if not has_diacritics(q.get("question", "")))
    abbr = sum(1 for q in qs if ABBR_RE.search(q.get("question", "")))
    fups = [q for q in qs if q.get("history")]
    fup_unans = sum(1 for q in fups if q.get("answerable") is False)
    ww = [q for q in qs if q.get("kind") == "who-what" and q.get("actors")]
    checks = [
        (unans / n >= 0.22, f"unanswerable {unans}/{n} = {unans / n:.1%} (want >= 22%)"),
        (nodia / n >= 0.15, f"no-diacritics {nodia}/{n} = {nodia / n:.1%} (want >= 15%)"),
        (kinds["no-diacritics"] / n >= 0.15,
         f"kind no-diacritics {kinds['no-diacritics']}/{n} = {kinds['no-diacritics'] / n:.1%}"),
        (abbr / n >= 0.12, f"questions with abbreviations {abbr}/{n} = {abbr / n:.1%} (want >= 12%)"),
        (kinds["abbreviation"] / n >= 0.12,
         f"kind abbreviation {kinds['abbreviation']}/{n} = {kinds['abbreviation'] / n:.1%}"),
        (len(fups) >= 15, f"follow-ups {len(fups)} (want 15)"),
        (1 <= fup_unans <= 2, f"unanswerable follow-ups {fup_unans} (want 1-2)"),
        (len(ww) >= 12, f"who-what with actors {len(ww)} (want >= 12)"),
        (kinds["metadata"] >= 3, f"metadata {kinds['metadata']}"),
        (kinds["corpus"] >= 3, f"corpus {kinds['corpus']}"),
        (90 <= n <= 115, f"{n} questions (want ~100)"),
    ]
    for ok, msg in checks:
        if not ok:
            problems.append(msg)
    if stats:
        print("questions:", n, dict(sorted(kinds.items())))
        for ok, msg in checks:
            print("  ", "ok " if ok else "BAD", msg)
        print("questions citing each file:", dict(sorted(cites.items())))

    # --- who-what gold
    ww_rows = load_jsonl(os.path.join(HERE, "who_what.jsonl"), problems)
    ww_srcs = set()
    for w in ww_rows:
        wid, src = w.get("id"), w.get("source")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            problems.append(f"{wid}: keys {sorted(w)}")
        if src not in docs:
            problems.append(f"{wid}: unknown source {src}")
            continue
        ww_srcs.add(src)
        if not w.get("actors"):
            problems.append(f"{wid}: no actors")
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                problems.append(f"{wid}: actor keys {sorted(a)}")
            if norm(a.get("name", "")) not in docs[src]:
                problems.append(f"{wid}: actor name not verbatim: {a.get('name')!r}")
            if a.get("role") not in ROLES:
                problems.append(f"{wid}: bad role {a.get('role')!r}")
            tq = a.get("task_quote", "")
            if not 20 <= len(tq) <= 200:
                problems.append(f"{wid}: task_quote length {len(tq)} for {a.get('name')!r}")
            if norm(tq) not in docs[src]:
                problems.append(f"{wid}: task_quote not verbatim: {tq[:60]!r}")
            if a.get("deadline") is not None and norm(a["deadline"]) not in docs[src]:
                problems.append(f"{wid}: deadline not verbatim: {a['deadline']!r}")
        for i in w.get("intruders", []):
            if norm(i) not in docs[src]:
                problems.append(f"{wid}: intruder not verbatim: {i!r}")
        names = {norm(a.get("name", "")) for a in w.get("actors", [])}
        for i in w.get("intruders", []):
            if norm(i) in names:
                problems.append(f"{wid}: intruder {i!r} also listed as actor")
    if ww_srcs != set(files):
        problems.append(f"who_what covers {sorted(ww_srcs)}, not all 5 files")

    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
