# -*- coding: utf-8 -*-
"""Standalone checker for the blind78 set (no kg_rag).

Usage:  /work/main/.venv/bin/python check_sc.py [--dump]
Prints OK, or the list of problems (exit code 1).
"""
import json
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBREV = re.compile(r"\b(KH|CV|QĐ|TB|HD|BC|UBND|KH&CN|GD&ĐT|GDĐT|CĐS|THCS|MTTQ|TTYT|CDC|KSBT|"
                    r"HCTĐ|CTĐ|MN|TH|SKHĐ|SDD|VH-TT|TC-KH|KH-TC|KH&KT|DA|DS|SYT|MR|PTDTBT|TT|YT|SK|NV|đc|vit)\b")


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
        texts = re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", p, flags=re.S)
        t = "".join(texts)
        t = (t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
             .replace("&apos;", "'").replace("&amp;", "&"))
        paras.append(t)
    return "\n".join(paras)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((pg.extract_text() or "") for pg in r.pages), len(r.pages)


def read_any(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return read_docx(path)
    if ext == "pdf":
        return read_pdf(path)[0]
    with open(path, encoding="utf-8") as f:
        return f.read()


def has_diacritics(s):
    d = unicodedata.normalize("NFD", s)
    return any(unicodedata.combining(c) for c in d) or "đ" in s.lower()


def main():
    problems = []
    files = sorted(os.listdir(CORPUS))
    raw = {f: read_any(os.path.join(CORPUS, f)) for f in files}
    docs = {f: norm(t) for f, t in raw.items()}

    # --- corpus shape ---
    if len(files) != 5:
        problems.append("corpus must have 5 files, has %d" % len(files))
    for i, f in enumerate(files, 1):
        if not f.startswith("sc%02d_" % i):
            problems.append("bad file name %s" % f)
        nw = len(raw[f].split())
        if not 700 <= nw <= 1500:
            problems.append("%s has %d words (700-1500)" % (f, nw))
        if f.endswith((".txt", ".md")) and raw[f] != unicodedata.normalize("NFC", raw[f]):
            problems.append("%s is not NFC" % f)
    exts = {f.rsplit(".", 1)[-1] for f in files}
    for e in ("docx", "pdf", "txt", "md"):
        if e not in exts:
            problems.append("no .%s file" % e)
    for f in files:
        if f.endswith(".pdf"):
            n = read_pdf(os.path.join(CORPUS, f))[1]
            if not 2 <= n <= 4:
                problems.append("%s has %d pages (2-4)" % (f, n))
    # banned names (case-sensitive, word-bounded) in documents
    banned_path = os.path.join(HERE, "banned_names.txt")
    banned = []
    if os.path.exists(banned_path):
        banned = [l.strip() for l in open(banned_path, encoding="utf-8") if l.strip()]

    def banned_hits(text):
        t = unicodedata.normalize("NFC", re.sub(r"\s+", " ", text))
        return [b for b in banned if re.search(r"(?<!\w)" + re.escape(b) + r"(?!\w)", t)]

    for f in files:
        for b in banned_hits(raw[f]):
            problems.append("%s uses banned name %r" % (f, b))
    if len(re.findall(r"57-NQ/TW", " ".join(raw.values()))) > 1:
        problems.append("57-NQ/TW used more than once")

    # --- questions ---
    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                qs.append(json.loads(line))
            except Exception as e:
                problems.append("questions.jsonl line %d: bad JSON %s" % (ln, e))
    allowed = {"id", "question", "answerable", "kind", "evidence", "keywords", "history", "actors"}
    seen_ids, seen_q = set(), []
    cite = {f: 0 for f in files}
    for q in qs:
        qid = q.get("id", "?")
        for k in ("id", "question", "answerable", "kind", "evidence", "keywords"):
            if k not in q:
                problems.append("%s: missing key %s" % (qid, k))
        for k in q:
            if k not in allowed:
                problems.append("%s: unexpected key %s" % (qid, k))
        if qid in seen_ids:
            problems.append("duplicate id %s" % qid)
        seen_ids.add(qid)
        if not re.fullmatch(r"sc\d{3}", qid):
            problems.append("%s: bad id" % qid)
        if q.get("kind") not in KINDS:
            problems.append("%s: bad kind %r" % (qid, q.get("kind")))
        for field in ("question",):
            if q[field] != unicodedata.normalize("NFC", q[field]):
                problems.append("%s: question not NFC" % qid)
        for b in banned_hits(q["question"]):
            problems.append("%s: question uses banned name %r" % (qid, b))
        if "history" in q:
            for h in q["history"]:
                if h not in seen_q:
                    problems.append("%s: history question is not an earlier question" % qid)
        if q.get("answerable") is False:
            if q["evidence"] or q["keywords"]:
                problems.append("%s: unanswerable must have empty evidence/keywords" % qid)
        else:
            if not q["evidence"]:
                problems.append("%s: answerable without evidence" % qid)
            if not 1 <= len(q["keywords"]) <= 3:
                problems.append("%s: needs 1-3 keywords" % qid)
            quotes_n = []
            srcs = set()
            for ev in q["evidence"]:
                src, quote = ev.get("source"), ev.get("quote", "")
                if src not in docs:
                    problems.append("%s: unknown source %s" % (qid, src))
                    continue
                srcs.add(src)
                if quote != unicodedata.normalize("NFC", quote):
                    problems.append("%s: quote not NFC" % qid)
                if not 20 <= len(quote) <= 200:
                    problems.append("%s: quote length %d: %r" % (qid, len(quote), quote[:50]))
                if norm(quote) not in docs[src]:
                    problems.append("%s: quote not found in %s: %r" % (qid, src, quote))
                quotes_n.append(norm(quote))
            for src in srcs:
                cite[src] += 1
            for kw in q["keywords"]:
                k = norm(kw)
                if not any(k in qq for qq in quotes_n) and not any(k in docs[s] for s in srcs):
                    problems.append("%s: keyword %r not in quotes nor cited file" % (qid, kw))
        for a in q.get("actors", []):
            srcs = [ev["source"] for ev in q["evidence"] if ev.get("source") in docs]
            if srcs and not any(norm(a) in docs[s] for s in srcs):
                problems.append("%s: actor %r not verbatim in cited file" % (qid, a))
        seen_q.append(q["question"])

    # --- who-what gold ---
    ww_path = os.path.join(HERE, "who_what.jsonl")
    ww = [json.loads(l) for l in open(ww_path, encoding="utf-8") if l.strip()]
    ww_src = set()
    for w in ww:
        src = w.get("source")
        ww_src.add(src)
        if src not in docs:
            problems.append("%s: unknown source %s" % (w.get("id"), src))
            continue
        d = docs[src]
        if norm(w["directive"].split()[-1]) not in d:
            problems.append("%s: directive number %r not in file" % (w["id"], w["directive"]))
        for a in w["actors"]:
            if norm(a["name"]) not in d:
                problems.append("%s: actor name not verbatim: %r" % (w["id"], a["name"]))
            if a.get("role") not in ROLES:
                problems.append("%s: bad role %r" % (w["id"], a.get("role")))
            if a.get("deadline") is not None and norm(a["deadline"]) not in d:
                problems.append("%s: deadline not verbatim: %r" % (w["id"], a["deadline"]))
            tq = a.get("task_quote", "")
            if not 20 <= len(tq) <= 200:
                problems.append("%s: task_quote length %d (%s)" % (w["id"], len(tq), a["name"]))
            if norm(tq) not in d:
                problems.append("%s: task_quote not verbatim: %r" % (w["id"], tq))
        for name in w.get("intruders", []):
            if norm(name) not in d:
                problems.append("%s: intruder not in file: %r" % (w["id"], name))
            if any(norm(name) == norm(a["name"]) for a in w["actors"]):
                problems.append("%s: intruder also an actor: %r" % (w["id"], name))
    for f in files:
        if f not in ww_src:
            problems.append("who_what has no line for %s" % f)

    # --- mix / percentages ---
    n = len(qs)
    unans = sum(1 for q in qs if q.get("answerable") is False)
    nodia = sum(1 for q in qs if not has_diacritics(q["question"]))
    abbr = sum(1 for q in qs if ABBREV.search(q["question"]))
    fu = [q for q in qs if q.get("history")]
    fu_unans = sum(1 for q in fu if q.get("answerable") is False)
    ww_q = sum(1 for q in qs if q.get("kind") == "who-what" and q.get("actors"))
    kinds = {}
    for q in qs:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    if not 90 <= n <= 130:
        problems.append("question count %d not ~100" % n)
    if unans < 0.22 * n:
        problems.append("unanswerable %d/%d < 22%%" % (unans, n))
    if nodia < 0.15 * n:
        problems.append("no-diacritics %d/%d < 15%%" % (nodia, n))
    if abbr < 0.12 * n:
        problems.append("abbreviations %d/%d < 12%%" % (abbr, n))
    if len(fu) != 15:
        problems.append("follow-ups %d != 15" % len(fu))
    if not 1 <= fu_unans <= 2:
        problems.append("unanswerable follow-ups %d not 1-2" % fu_unans)
    if ww_q < 12:
        problems.append("who-what questions with actors %d < 12" % ww_q)
    for k in ("metadata", "corpus"):
        if kinds.get(k, 0) < 2:
            problems.append("too few %s questions" % k)
    for f, c in cite.items():
        if c < 12:
            problems.append("%s cited by only %d questions" % (f, c))

    stats = ("questions=%d unanswerable=%d (%.1f%%) no-diacritics=%d (%.1f%%) abbrev=%d (%.1f%%) "
             "follow-ups=%d (unanswerable %d) who-what=%d\nkinds=%s\ncitations=%s\nwords=%s" % (
                 n, unans, 100.0 * unans / max(n, 1), nodia, 100.0 * nodia / max(n, 1), abbr,
                 100.0 * abbr / max(n, 1), len(fu), fu_unans, ww_q,
                 dict(sorted(kinds.items())), cite, {f: len(raw[f].split()) for f in files}))
    print(stats)
    if "--dump" in sys.argv:
        for f in files:
            print("=" * 20, f)
            print(raw[f])
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
