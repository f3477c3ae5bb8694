#!/usr/bin/env python3
"""Standalone checker for the blind40 set (no kg_rag).

Reads corpus/*.txt|.md (UTF-8), .docx (zipfile + XML), .pdf (pypdf), normalises
text (NFC, lower case, whitespace collapsed) and checks questions.jsonl and
who_what.jsonl. Prints OK or the list of problems (exit code 1).
"""
import glob
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
Q_KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_OPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
# abbreviations an officer would type (2-letter ones only in upper case)
ABBR_CS = r"(?<![\w&])(KH|CV|QĐ|QD|TB|BC|CN|HT|GV)(?![\w&])"
ABBR_CI = (r"(?<![\w&])(ubnd|kh&cn|khcn|gd&đt|gd&dt|gdđt|gddt|cđs|cds|thcs|thpt|mttq|tthc|"
           r"cnscđ|cnscd|tt&tt|vh&tt|vh-tt|hđnd|hdnd|tmđt|tmdt|pgd|pht|btg|khkt|kh&kt|"
           r"lhh|cmhs|đmst|dmst|ldld|lđlđ|ttđt|ttdt)(?![\w&])")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def norm(s):
    return re.sub(r"\s+", " ", nfc(s).lower()).strip()


def read_text(path):
    if path.endswith((".txt", ".md")):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if path.endswith(".docx"):
        root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
        paras = []
        for p in root.iter(W + "p"):  # body paragraphs and table-cell paragraphs, in order
            paras.append("".join(t.text or "" for t in p.iter(W + "t")))
        return "\n".join(paras)
    if path.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    raise ValueError("unknown file type: " + path)


def is_ascii_question(q):
    return all(ord(c) < 128 for c in q)


def has_abbr(q):
    return bool(re.search(ABBR_CS, q) or re.search(ABBR_CI, q, re.I))


def main(argv):
    problems = []
    P = problems.append

    # ---------------- corpus ----------------
    files = sorted(glob.glob(os.path.join(CORPUS, "qp0*_*.*")))
    names = [os.path.basename(f) for f in files]
    if len(files) != 5:
        P("corpus: expected 5 files qp01..qp05, found %d" % len(files))
    exts = {os.path.splitext(n)[1] for n in names}
    for need in (".docx", ".pdf", ".txt"):
        if need not in exts:
            P("corpus: no %s file" % need)
    if not ({".md", ".txt"} & exts):
        P("corpus: no .md/.txt file")
    raw, text = {}, {}
    forbidden = []
    fpath = os.path.join(HERE, "forbidden_names.txt")
    if os.path.exists(fpath):
        forbidden = [l.strip() for l in open(fpath, encoding="utf-8") if l.strip()]
    for f, n in zip(files, names):
        r = read_text(f)
        raw[n] = r
        text[n] = norm(r)
        if nfc(r) != r:
            P("%s: text is not NFC" % n)
        words = len(r.split())
        if not 700 <= words <= 1500:
            P("%s: %d words (want 700-1500)" % (n, words))
        flat = " ".join(r.split())
        for name in forbidden:  # case-sensitive, whole words
            if re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", flat):
                P("%s: uses forbidden name %r" % (n, name))
        for m in re.finditer(r"57-NQ/TW", flat):
            before = flat[max(0, m.start() - 40):m.start()]
            if "Căn cứ" not in before:
                P("%s: 57-NQ/TW used outside a 'Căn cứ' line" % n)
        if "Độc lập - Tự do - Hạnh phúc" not in flat and "ĐẢNG CỘNG SẢN VIỆT NAM" not in flat:
            P("%s: no national/party motto" % n)
        if "Nơi nhận" not in flat:
            P("%s: no 'Nơi nhận' block" % n)
    # shape checks
    wrapped = [n for n in names if n.endswith(".txt") and
               max((len(l) for l in raw[n].splitlines()[15:]), default=0) <= 80]
    if not wrapped:
        P("corpus: no hard-wrapped .txt (lines <= 80 chars)")
    if not any(re.search(r"^\S.*\S {5,}CỘNG HÒA", raw[n], re.M)
               for n in names if n.endswith((".txt", ".md"))):
        P("corpus: no two-column header typed with spaces")
    if not any(re.search(r"^\|.*\|\s*$\n^\|[-| :]+\|\s*$", raw[n], re.M)
               for n in names if n.endswith((".txt", ".md"))):
        P("corpus: no Markdown table in a .md/.txt")
    for n in names:
        if n.endswith(".docx"):
            xml = zipfile.ZipFile(os.path.join(CORPUS, n)).read("word/document.xml").decode()
            if "<w:numPr>" not in xml and 'w:val="ListNumber"' not in xml:
                P("%s: no Word list numbering" % n)
            if xml.count("<w:tbl>") < 1:
                P("%s: no table" % n)
        if n.endswith(".pdf"):
            from pypdf import PdfReader
            pages = len(PdfReader(os.path.join(CORPUS, n)).pages)
            if not 2 <= pages <= 4:
                P("%s: %d pages (want 2-4)" % (n, pages))

    # ---------------- questions ----------------
    qpath = os.path.join(HERE, "questions.jsonl")
    qs = []
    with open(qpath, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            if nfc(line) != line:
                P("questions.jsonl line %d: not NFC" % i)
            try:
                qs.append(json.loads(line))
            except json.JSONDecodeError as e:
                P("questions.jsonl line %d: bad JSON (%s)" % (i, e))
    seen_ids, seen_q = set(), []
    cites = {n: 0 for n in names}
    for q in qs:
        qid = q.get("id", "?")
        keys = set(q)
        if not Q_KEYS <= keys or keys - Q_KEYS - Q_OPT:
            P("%s: keys %s" % (qid, sorted(keys)))
        if not re.fullmatch(r"qp\d{3}", str(qid)):
            P("%s: bad id" % qid)
        if qid in seen_ids:
            P("%s: duplicate id" % qid)
        seen_ids.add(qid)
        if q.get("kind") not in KINDS:
            P("%s: bad kind %r" % (qid, q.get("kind")))
        if not isinstance(q.get("answerable"), bool):
            P("%s: answerable must be true/false" % qid)
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if q.get("answerable") is False:
            if ev or kw:
                P("%s: unanswerable but has evidence/keywords" % qid)
        else:
            if not ev:
                P("%s: answerable without evidence" % qid)
            if not 1 <= len(kw) <= 3:
                P("%s: %d keywords (want 1-3)" % (qid, len(kw)))
        quotes_n, cited = [], set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if set(e) != {"source", "quote"}:
                P("%s: evidence keys %s" % (qid, sorted(e)))
            if src not in text:
                P("%s: unknown source %r" % (qid, src))
                continue
            cited.add(src)
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                P("%s: quote length %d (want 20-200): %r" % (qid, len(nq), quote[:50]))
            if nq not in text[src]:
                P("%s: quote not found in %s: %r" % (qid, src, quote))
            quotes_n.append(nq)
        for c in cited:
            cites[c] += 1
        for k in kw:
            nk = norm(k)
            if not nk:
                P("%s: empty keyword" % qid)
            elif not any(nk in x for x in quotes_n) and not any(nk in text[c] for c in cited):
                P("%s: keyword %r not in quotes nor cited files" % (qid, k))
        for h in q.get("history", []):
            if h not in seen_q:
                P("%s: history question is not an earlier question: %r" % (qid, h))
        for a in q.get("actors", []):
            pool = [text[c] for c in cited] or list(text.values())
            if not any(norm(a) in t for t in pool):
                P("%s: actor %r not verbatim in cited files" % (qid, a))
        seen_q.append(q.get("question", ""))

    n = len(qs) or 1
    unans = sum(q.get("answerable") is False for q in qs)
    ascii_q = sum(is_ascii_question(q.get("question", "")) for q in qs)
    abbr = sum(has_abbr(q.get("question", "")) for q in qs)
    follow = [q for q in qs if q.get("history")]
    follow_un = sum(q.get("answerable") is False for q in follow)
    who = sum(bool(q.get("actors")) and q.get("kind") == "who-what" for q in qs)
    kinds = {}
    for q in qs:
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
    if not 90 <= len(qs) <= 110:
        P("questions: %d lines (want ~100)" % len(qs))
    if unans / n < 0.22:
        P("unanswerable %.1f%% < 22%%" % (100 * unans / n))
    if ascii_q / n < 0.15:
        P("no-diacritics %.1f%% < 15%%" % (100 * ascii_q / n))
    if abbr / n < 0.12:
        P("abbreviations %.1f%% < 12%%" % (100 * abbr / n))
    if len(follow) != 15:
        P("follow-up pairs: %d (want 15)" % len(follow))
    if not 1 <= follow_un <= 2:
        P("unanswerable follow-ups: %d (want 1-2)" % follow_un)
    if who < 12:
        P("who-what questions with actors: %d (< 12)" % who)
    for k in ("metadata", "corpus"):
        if kinds.get(k, 0) < 2:
            P("too few %s questions" % k)
    for c, cnt in cites.items():
        if cnt < 12:
            P("%s cited by %d questions (< 12)" % (c, cnt))

    # ---------------- who-what gold ----------------
    wpath = os.path.join(HERE, "who_what.jsonl")
    ww = []
    with open(wpath, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                if nfc(line) != line:
                    P("who_what.jsonl line %d: not NFC" % i)
                ww.append(json.loads(line))
    if sorted(w.get("source") for w in ww) != sorted(names):
        P("who_what: want one line per document")
    wids = [w.get("id") for w in ww]
    if len(set(wids)) != len(wids):
        P("who_what: duplicate ids")
    for w in ww:
        wid, src = w.get("id"), w.get("source")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            P("%s: keys %s" % (wid, sorted(w)))
        if src not in text:
            P("%s: unknown source %r" % (wid, src))
            continue
        t = text[src]
        anames = set()
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                P("%s: actor keys %s" % (wid, sorted(a)))
            anames.add(norm(a.get("name", "")))
            if norm(a.get("name", "")) not in t:
                P("%s: actor name not verbatim: %r" % (wid, a.get("name")))
            if a.get("role") not in ROLES:
                P("%s: bad role %r" % (wid, a.get("role")))
            if a.get("deadline") is not None and norm(a["deadline"]) not in t:
                P("%s: deadline not verbatim: %r" % (wid, a["deadline"]))
            tq = norm(a.get("task_quote", ""))
            if not 20 <= len(tq) <= 200:
                P("%s: task_quote length %d: %r" % (wid, len(tq), a.get("task_quote")))
            if tq not in t:
                P("%s: task_quote not verbatim: %r" % (wid, a.get("task_quote")))
        if not w.get("actors"):
            P("%s: no actors" % wid)
        for x in w.get("intruders", []):
            if norm(x) not in t:
                P("%s: intruder not in document: %r" % (wid, x))
            if norm(x) in anames:
                P("%s: intruder is also an actor: %r" % (wid, x))

    # ---------------- report ----------------
    print("questions: %d | unanswerable %d (%.0f%%) | no-diacritics %d (%.0f%%) | "
          "abbreviations %d (%.0f%%) | follow-ups %d (%d unanswerable) | who-what %d"
          % (len(qs), unans, 100 * unans / n, ascii_q, 100 * ascii_q / n, abbr,
             100 * abbr / n, len(follow), follow_un, who))
    print("kinds:", dict(sorted(kinds.items())))
    print("citations per document:", cites)
    print("who_what actors per document:",
          {w.get("source"): len(w.get("actors", [])) for w in ww})
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print(" -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
