#!/usr/bin/env python3
"""Standalone checker for the blind68 evaluation set (no kg_rag needed).

Usage:  python check_rs.py            (from any directory)
Prints "OK" plus statistics, or the list of problems (exit code 1).
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
from collections import Counter
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = re.compile(
    r"(?<![\w&])(UBND|HĐND|HDND|NN&MT|NNMT|KH&CN|KHCN|HTX|THT|TTKN|HND|HNDT|"
    r"BTV|TU|MTTQ|UBMTTQ|TNCS|TMĐT|TMDT|CĐS|CDS|SNNMT|KH-TC|KHTC|BB|CTr|CT|"
    r"HD|KH|QĐ|QD|CV|TB|NQ|ĐT|TP|TX|TT|KT|TBKT)(?![\w&])")

W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    """Paragraph texts (body paragraphs and table-cell paragraphs, in order)."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W_NS + "p"):
        out.append("".join(t.text or "" for t in p.iter(W_NS + "t")))
    return "\n".join(out)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(pg.extract_text() or "" for pg in r.pages), len(r.pages)


def read_any(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if ext == "docx":
        return read_docx(path)
    if ext == "pdf":
        return read_pdf(path)[0]
    raise ValueError("unsupported file " + path)


def has_diacritics(s):
    if "đ" in s or "Đ" in s:
        return True
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", s))


def load_jsonl(path, problems):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            if unicodedata.normalize("NFC", line) != line:
                problems.append(f"{os.path.basename(path)}:{n}: line not NFC")
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa
                problems.append(f"{os.path.basename(path)}:{n}: bad JSON {e}")
    return rows


def forbidden_hits(text, names):
    hits = []
    for nm in names:
        if re.search(r"(?<!\w)" + re.escape(nm) + r"(?!\w)", text):
            hits.append(nm)
    return hits


def main():
    problems = []
    files = sorted(f for f in os.listdir(CORPUS) if not f.startswith("."))
    raw, docs = {}, {}
    for f in files:
        if not re.match(r"rs0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$", f):
            problems.append(f"unexpected corpus file name {f}")
        raw[f] = read_any(os.path.join(CORPUS, f))
        docs[f] = norm(raw[f])
    if len(files) != 5:
        problems.append(f"expected 5 corpus files, found {len(files)}")

    # --- document-level checks -------------------------------------------
    exts = Counter(f.rsplit(".", 1)[-1] for f in files)
    for need in ("txt", "docx", "pdf"):
        if not exts[need]:
            problems.append(f"no .{need} file in corpus")
    if not exts["md"] and not any("|---" in raw[f] for f in files if f.endswith(".txt")):
        problems.append("no markdown table in a .md/.txt file")
    fnames_path = os.path.join(HERE, "forbidden_names.txt")
    forb = []
    if os.path.exists(fnames_path):
        with open(fnames_path, encoding="utf-8") as fh:
            forb = [x.strip() for x in fh if x.strip()]
    wc = {}
    for f in files:
        t = raw[f]
        if f.endswith((".txt", ".md")) and unicodedata.normalize("NFC", t) != t:
            problems.append(f"{f}: text not NFC")
        wc[f] = len(t.split())
        if not 700 <= wc[f] <= 1500:
            problems.append(f"{f}: {wc[f]} words (want 700-1500)")
        for must in ("cộng hòa xã hội chủ nghĩa việt nam", "nơi nhận"):
            if must not in docs[f] and not (must.startswith("cộng") and "đảng cộng sản việt nam" in docs[f]):
                problems.append(f"{f}: missing '{must}'")
        hits = forbidden_hits(unicodedata.normalize("NFC", t), forb)
        if hits:
            problems.append(f"{f}: uses forbidden names {hits}")
        if docs[f].count("57-nq/tw") > 1:
            problems.append(f"{f}: 57-NQ/TW used more than once")
        if f.endswith(".pdf"):
            n = read_pdf(os.path.join(CORPUS, f))[1]
            if not 2 <= n <= 4:
                problems.append(f"{f}: {n} pages (want 2-4)")
    # hard-wrapped txt present?
    wrapped = [f for f in files if f.endswith(".txt") and
               sum(1 for ln in raw[f].splitlines() if 60 <= len(ln) <= 80) >= 30]
    if not wrapped:
        problems.append("no hard-wrapped .txt file")
    # docx numbering
    for f in files:
        if f.endswith(".docx"):
            with zipfile.ZipFile(os.path.join(CORPUS, f)) as z:
                xml = z.read("word/document.xml").decode("utf-8")
            if "<w:numPr>" not in xml and "w:numPr" not in xml:
                problems.append(f"{f}: no Word list numbering")
            if "<w:tbl>" not in xml:
                problems.append(f"{f}: no table")

    # --- questions ----------------------------------------------------------
    qpath = os.path.join(HERE, "questions.jsonl")
    qs = load_jsonl(qpath, problems) if os.path.exists(qpath) else []
    if not qs:
        problems.append("questions.jsonl missing or empty")
    seen_ids, earlier = set(), []
    cites = Counter()
    kinds = Counter()
    n_unans = n_nodia = n_abbr = n_follow = n_follow_unans = n_who = 0
    for q in qs:
        qid = q.get("id", "?")
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            problems.append(f"{qid}: bad keys {sorted(keys)}")
        if not re.match(r"rs\d{3}$", str(qid)):
            problems.append(f"{qid}: bad id")
        if qid in seen_ids:
            problems.append(f"{qid}: duplicate id")
        seen_ids.add(qid)
        text = q.get("question", "")
        for s in [text] + q.get("history", []) + q.get("actors", []) + q.get("keywords", []) + \
                [e.get("quote", "") for e in q.get("evidence", [])]:
            if unicodedata.normalize("NFC", s) != s:
                problems.append(f"{qid}: string not NFC: {s[:40]}")
        hits = forbidden_hits(text, forb)
        if hits:
            problems.append(f"{qid}: forbidden names {hits}")
        kind = q.get("kind")
        kinds[kind] += 1
        if kind not in KINDS:
            problems.append(f"{qid}: bad kind {kind}")
        ans = q.get("answerable")
        if not isinstance(ans, bool):
            problems.append(f"{qid}: answerable not bool")
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if ans is False:
            n_unans += 1
            if ev or kw:
                problems.append(f"{qid}: unanswerable but has evidence/keywords")
        if ans is True:
            if not ev:
                problems.append(f"{qid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                problems.append(f"{qid}: {len(kw)} keywords (want 1-3)")
            if kind == "unanswerable":
                problems.append(f"{qid}: kind unanswerable but answerable=true")
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                problems.append(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            if not 20 <= len(quote) <= 200:
                problems.append(f"{qid}: quote length {len(quote)}")
            if norm(quote) not in docs[src]:
                problems.append(f"{qid}: quote not found in {src}: {quote[:60]}")
        for s in srcs:
            cites[s] += 1
        nq = " ".join(norm(e.get("quote", "")) for e in ev)
        for k in kw:
            if norm(k) not in nq and not any(norm(k) in docs[s] for s in srcs):
                problems.append(f"{qid}: keyword not in evidence/cited file: {k}")
        for h in q.get("history", []):
            if h not in earlier:
                problems.append(f"{qid}: history question is not an earlier question")
        if q.get("history"):
            n_follow += 1
            if ans is False:
                n_follow_unans += 1
        if q.get("actors"):
            n_who += 1
            for a in q["actors"]:
                if not any(norm(a) in docs[s] for s in (srcs or docs)):
                    problems.append(f"{qid}: actor not verbatim in cited file: {a}")
        if not has_diacritics(text):
            n_nodia += 1
        if kind == "abbreviation" or ABBR.search(text):
            n_abbr += 1
        earlier.append(text)
    N = max(len(qs), 1)
    pct = lambda n: 100.0 * n / N  # noqa
    if pct(n_unans) < 22:
        problems.append(f"unanswerable {pct(n_unans):.1f}% < 22%")
    if pct(n_nodia) < 15:
        problems.append(f"no-diacritics {pct(n_nodia):.1f}% < 15%")
    if pct(n_abbr) < 12:
        problems.append(f"abbreviations {pct(n_abbr):.1f}% < 12%")
    if n_follow < 15:
        problems.append(f"only {n_follow} follow-up questions (want 15)")
    if not 1 <= n_follow_unans <= 2:
        problems.append(f"{n_follow_unans} unanswerable follow-ups (want 1-2)")
    if n_who < 12:
        problems.append(f"only {n_who} who-what questions with actors")
    for k in ("metadata", "corpus"):
        if kinds[k] == 0:
            problems.append(f"no {k} questions")
    for f in files:
        if cites[f] < 12:
            problems.append(f"{f} cited by only {cites[f]} questions")
    if not 90 <= len(qs) <= 115:
        problems.append(f"{len(qs)} questions (want ~100)")

    # --- who-what gold --------------------------------------------------------
    wpath = os.path.join(HERE, "who_what.jsonl")
    ww = load_jsonl(wpath, problems) if os.path.exists(wpath) else []
    if len(ww) != len(files):
        problems.append(f"who_what.jsonl has {len(ww)} lines, want {len(files)}")
    wids, wsrc = set(), set()
    n_actor_entries = 0
    for w in ww:
        wid = w.get("id")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            problems.append(f"{wid}: bad keys {sorted(w)}")
        if wid in wids or not re.match(r"wrs0[1-5]$", str(wid)):
            problems.append(f"{wid}: bad/duplicate id")
        wids.add(wid)
        src = w.get("source")
        if src not in docs:
            problems.append(f"{wid}: unknown source {src}")
            continue
        wsrc.add(src)
        d = docs[src]
        if not w.get("directive"):
            problems.append(f"{wid}: empty directive")
        names = set()
        for a in w.get("actors", []):
            n_actor_entries += 1
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                problems.append(f"{wid}: actor bad keys {sorted(a)}")
            nm = a.get("name", "")
            names.add(nm)
            if norm(nm) not in d:
                problems.append(f"{wid}: actor name not verbatim: {nm}")
            if a.get("role") not in ROLES:
                problems.append(f"{wid}: bad role {a.get('role')}")
            dl = a.get("deadline")
            if dl is not None and norm(dl) not in d:
                problems.append(f"{wid}: deadline not verbatim: {dl}")
            tq = a.get("task_quote", "")
            if not 20 <= len(tq) <= 200:
                problems.append(f"{wid}: task_quote length {len(tq)} ({nm})")
            if norm(tq) not in d:
                problems.append(f"{wid}: task_quote not verbatim: {tq[:60]}")
            for s in (nm, tq, dl or ""):
                if unicodedata.normalize("NFC", s) != s:
                    problems.append(f"{wid}: not NFC: {s[:40]}")
        for it in w.get("intruders", []):
            if norm(it) not in d:
                problems.append(f"{wid}: intruder not in document: {it}")
            if it in names:
                problems.append(f"{wid}: intruder also listed as actor: {it}")
    if wsrc != set(files):
        problems.append("who_what.jsonl does not cover every document")

    # --- report -------------------------------------------------------------
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print(" -", p)
        return 1
    print("OK")
    print("documents:", {f: wc[f] for f in files})
    print("questions:", len(qs), "kinds:", dict(sorted(kinds.items())))
    print("unanswerable %.1f%%, no-diacritics %.1f%%, abbreviations %.1f%%, "
          "follow-ups %d (%d unanswerable), who-what with actors %d"
          % (pct(n_unans), pct(n_nodia), pct(n_abbr), n_follow, n_follow_unans, n_who))
    print("citations per document:", dict(sorted(cites.items())))
    print("who-what actor entries:", n_actor_entries)
    return 0


if __name__ == "__main__":
    sys.exit(main())
