#!/usr/bin/env python3
"""Standalone checker for the blind85 evaluation set (no kg_rag import).

Usage: python check_sj.py            (needs pypdf; python-docx optional, zipfile fallback)
Prints OK or the list of problems (exit code 1 on problems).
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
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = re.compile(r"(?<![\w&])(QĐ|KH|TB|CV|BC|UBND|HĐND|KH&CN|GD&ĐT|CĐS|THCS|THPT|MTTQ|SNV|CNTT|SV|HB|TP|"
                  r"ĐH|SĐT|TTYT|VH-TT&TT|TT|TS|ThS|HS|BSCKII)(?![\w&])")
problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).lower()).strip()


def read_docx(path):
    try:
        import docx  # python-docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    except ImportError:
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:tc>", " | ", xml)
        xml = re.sub(r"</w:p>", "\n", xml)
        return re.sub(r"<[^>]+>", "", xml)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)


def load_docs():
    docs, raw, meta = {}, {}, {}
    for f in sorted(os.listdir(CORPUS)):
        p = os.path.join(CORPUS, f)
        if f.endswith(".pdf"):
            t, n = read_pdf(p)
            meta[f] = {"pages": n}
        elif f.endswith(".docx"):
            t = read_docx(p)
        else:
            t = open(p, encoding="utf-8").read()
        raw[f] = t
        docs[f] = norm(t)
    return docs, raw, meta


def check_corpus(docs, raw, meta):
    files = sorted(docs)
    if len(files) != 5:
        bad("corpus must hold 5 files, has %d" % len(files))
    exts = set()
    for i, f in enumerate(files, 1):
        if not re.match(r"sj0%d_[a-z0-9_]+\.(txt|md|docx|pdf)$" % i, f):
            bad("bad file name %s" % f)
        exts.add(f.rsplit(".", 1)[1])
        w = len(raw[f].split())
        if not 700 <= w <= 1500:
            bad("%s: %d words (need 700-1500)" % (f, w))
        if not unicodedata.is_normalized("NFC", raw[f]):
            bad("%s: not NFC" % f)
        if "cộng hòa xã hội chủ nghĩa việt nam" not in docs[f] or "nơi nhận" not in docs[f]:
            bad("%s: missing motto or Nơi nhận" % f)
    for e in ("txt", "docx", "pdf"):
        if e not in exts:
            bad("no .%s file" % e)
    for f, m in meta.items():
        if not 2 <= m["pages"] <= 4:
            bad("%s: %d pages (need 2-4)" % (f, m["pages"]))
    # hard-wrapped txt, markdown table, two-column header, docx list styles + table
    wrapped = [f for f in files if f.endswith(".txt") and
               max(len(l) for l in raw[f].splitlines()) <= 80 and len(raw[f].splitlines()) > 60]
    if not wrapped:
        bad("no hard-wrapped .txt")
    if not any(f.endswith((".md", ".txt")) and re.search(r"^\|.*\|\s*$\n^\|[-| :]+\|\s*$", raw[f], re.M)
               for f in files):
        bad("no markdown table")
    if not any(re.search(r"^\s*(UỶ|UBND).*\S {4,}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", raw[f], re.M)
               for f in files if f.endswith((".txt", ".md"))):
        bad("no two-column header")
    for f in files:
        if f.endswith(".docx"):
            with zipfile.ZipFile(os.path.join(CORPUS, f)) as z:
                xml = z.read("word/document.xml").decode("utf-8")
            if "ListNumber" not in xml or "ListBullet" not in xml or "<w:tbl>" not in xml:
                bad("%s: needs List Number, List Bullet and a table" % f)
    # 57-NQ/TW only as a "Căn cứ" basis
    for f in files:
        for m in re.finditer(r"57-NQ/TW", raw[f]):
            line = raw[f][raw[f].rfind("\n", 0, m.start()) + 1:m.start()]
            if "Căn cứ" not in line:
                bad("%s: 57-NQ/TW used outside a Căn cứ line" % f)
        if raw[f].count("57-NQ/TW") > 1:
            bad("%s: 57-NQ/TW more than once" % f)


def banned_names():
    p = os.path.join(HERE, "banned.txt")
    if not os.path.exists(p):
        return []
    return [l.strip() for l in open(p, encoding="utf-8") if l.strip()]


def check_banned(texts):
    names = banned_names()
    for label, t in texts:
        for b in names:
            if re.search(r"(?<!\w)" + re.escape(b) + r"(?!\w)", t):
                bad("%s: uses banned name %r" % (label, b))


def check_questions(docs):
    rows = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not unicodedata.is_normalized("NFC", line):
                bad("questions line %d not NFC" % ln)
            rows.append(json.loads(line))
    seen, earlier = set(), []
    cite = {f: 0 for f in docs}
    n = len(rows)
    cnt = {"unans": 0, "nodia": 0, "abbr": 0, "follow": 0, "follow_unans": 0, "who": 0}
    kinds = {}
    for r in rows:
        qid = r.get("id")
        keys = set(r)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            bad("%s: bad keys %s" % (qid, sorted(keys)))
        if qid in seen or not re.match(r"sj\d{3}$", str(qid)):
            bad("%s: duplicate or bad id" % qid)
        seen.add(qid)
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
        if r["kind"] not in KINDS:
            bad("%s: bad kind %s" % (qid, r["kind"]))
        q = r["question"]
        if not isinstance(r["answerable"], bool):
            bad("%s: answerable not bool" % qid)
        if all(ord(c) < 128 for c in q):
            cnt["nodia"] += 1
        if ABBR.search(q):
            cnt["abbr"] += 1
        if "history" in r:
            cnt["follow"] += 1
            if not r["answerable"]:
                cnt["follow_unans"] += 1
            for h in r["history"]:
                if h not in earlier:
                    bad("%s: history question is not an earlier question" % qid)
            if r["kind"] != "follow-up":
                bad("%s: has history but kind %s" % (qid, r["kind"]))
        elif r["kind"] == "follow-up":
            bad("%s: follow-up without history" % qid)
        if r["kind"] == "who-what":
            cnt["who"] += 1
            if not r.get("actors"):
                bad("%s: who-what without actors" % qid)
        if not r["answerable"]:
            cnt["unans"] += 1
            if r["evidence"] or r["keywords"]:
                bad("%s: unanswerable must have empty evidence/keywords" % qid)
        else:
            if r["kind"] == "unanswerable":
                bad("%s: kind unanswerable but answerable true" % qid)
            if not r["evidence"]:
                bad("%s: no evidence" % qid)
            if not 1 <= len(r["keywords"]) <= 3:
                bad("%s: need 1-3 keywords" % qid)
        srcs = set()
        for ev in r["evidence"]:
            src, quote = ev.get("source"), ev.get("quote", "")
            if src not in docs:
                bad("%s: unknown source %s" % (qid, src))
                continue
            srcs.add(src)
            if not 20 <= len(quote) <= 200:
                bad("%s: quote length %d" % (qid, len(quote)))
            if norm(quote) not in docs[src]:
                bad("%s: quote not found in %s: %r" % (qid, src, quote))
        for s in srcs:
            cite[s] += 1
        qtext = " ".join(norm(e["quote"]) for e in r["evidence"])
        for k in r["keywords"]:
            if norm(k) not in qtext and not any(norm(k) in docs[s] for s in srcs):
                bad("%s: keyword %r not in evidence or cited file" % (qid, k))
        for a in r.get("actors", []):
            if not any(norm(a) in docs[s] for s in srcs):
                bad("%s: actor %r not in cited file" % (qid, a))
        earlier.append(q)
    pct = lambda x: 100.0 * x / n
    if pct(cnt["unans"]) < 22:
        bad("unanswerable %.1f%% < 22%%" % pct(cnt["unans"]))
    if pct(cnt["nodia"]) < 15:
        bad("no-diacritics %.1f%% < 15%%" % pct(cnt["nodia"]))
    if pct(cnt["abbr"]) < 12:
        bad("abbreviations %.1f%% < 12%%" % pct(cnt["abbr"]))
    if cnt["follow"] != 15:
        bad("follow-up pairs %d != 15" % cnt["follow"])
    if not 1 <= cnt["follow_unans"] <= 2:
        bad("unanswerable follow-ups %d (need 1-2)" % cnt["follow_unans"])
    if cnt["who"] < 12:
        bad("who-what %d < 12" % cnt["who"])
    for k in ("metadata", "corpus"):
        if kinds.get(k, 0) < 3:
            bad("too few %s questions" % k)
    for f, c in cite.items():
        if c < 12:
            bad("%s cited by %d questions (< 12)" % (f, c))
    return rows, cnt, kinds, cite


def check_who_what(docs):
    ids = set()
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(l) for l in f if l.strip()]
    covered = set()
    for w in rows:
        wid = w.get("id")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            bad("%s: bad keys" % wid)
        if wid in ids:
            bad("%s: duplicate id" % wid)
        ids.add(wid)
        src = w["source"]
        if src not in docs:
            bad("%s: unknown source" % wid)
            continue
        covered.add(src)
        d = docs[src]
        names = set()
        for a in w["actors"]:
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                bad("%s: actor bad keys %s" % (wid, a))
            names.add(norm(a["name"]))
            if norm(a["name"]) not in d:
                bad("%s: actor name not verbatim: %r" % (wid, a["name"]))
            if a["role"] not in ROLES:
                bad("%s: bad role %r" % (wid, a["role"]))
            if a["deadline"] is not None and norm(a["deadline"]) not in d:
                bad("%s: deadline not verbatim: %r" % (wid, a["deadline"]))
            tq = a["task_quote"]
            if not 20 <= len(tq) <= 200 or norm(tq) not in d:
                bad("%s: task_quote bad/not verbatim: %r" % (wid, tq))
        for i in w["intruders"]:
            if norm(i) not in d:
                bad("%s: intruder not in document: %r" % (wid, i))
            if norm(i) in names:
                bad("%s: intruder also listed as actor: %r" % (wid, i))
    if covered != set(docs):
        bad("who_what does not cover every document")


def main():
    docs, raw, meta = load_docs()
    check_corpus(docs, raw, meta)
    rows, cnt, kinds, cite = check_questions(docs)
    check_who_what(docs)
    texts = [(f, raw[f]) for f in raw] + [("question " + r["id"], r["question"]) for r in rows]
    check_banned(texts)
    for name in ("questions.jsonl", "who_what.jsonl"):
        if not unicodedata.is_normalized("NFC", open(os.path.join(HERE, name), encoding="utf-8").read()):
            bad(name + " not NFC")
    n = len(rows)
    print("questions=%d unanswerable=%d (%.1f%%) no-diacritics=%d (%.1f%%) abbreviations=%d (%.1f%%) "
          "follow-ups=%d (unanswerable %d) who-what=%d" % (
              n, cnt["unans"], 100.0 * cnt["unans"] / n, cnt["nodia"], 100.0 * cnt["nodia"] / n,
              cnt["abbr"], 100.0 * cnt["abbr"] / n, cnt["follow"], cnt["follow_unans"], cnt["who"]))
    print("kinds:", dict(sorted(kinds.items())))
    print("citations per file:", cite)
    print("words:", {f: len(raw[f].split()) for f in raw}, "pdf pages:", meta)
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
