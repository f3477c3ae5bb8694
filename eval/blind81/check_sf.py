#!/usr/bin/env python3
"""Standalone checker for blind set 81 (no kg_rag).

Reads corpus/*.txt|.md (UTF-8), .docx (zipfile + XML), .pdf (pypdf) and checks
questions.jsonl and who_what.jsonl against them. Prints OK or the list of problems.
Usage: python check_sf.py            (run from anywhere)
"""
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
BANNED = os.path.join(HERE, "banned_names.txt")

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
Q_KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_OPT = {"history", "actors"}
W_KEYS = {"id", "directive", "source", "actors", "intruders"}
A_KEYS = {"name", "role", "deadline", "task_quote"}
ABBR = re.compile(r"(?<![\w&])(KH|CV|QĐ|TB|BC|UBND|GD&ĐT|GDĐT|THCS|THPT|TH&THCS|MN|GV|gv|BDTX|bdtx|CBQL|"
                  r"CĐSP|LMS|TT|GDNN-GDTX|KHTN|HĐTD|Sở TC|Sở NV|PTDTBT|CĐS|MTTQ|KH&CN|TC-KH|VH-TT)(?![\w&])")
# entries of the ban list that are not place names but are needed verbatim by the brief
BAN_EXCEPTIONS = {"Phòng GD"}  # only as part of "Phòng GD&ĐT"

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W_NS + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W_NS + "t")))
    return "\n".join(paras)


def read_pdf(path):
    import pypdf
    r = pypdf.PdfReader(path)
    return "\n".join(pg.extract_text() or "" for pg in r.pages), len(r.pages)


def load_corpus():
    docs, raw = {}, {}
    names = sorted(os.listdir(CORPUS))
    if len(names) != 5:
        bad(f"corpus must hold 5 files, has {len(names)}: {names}")
    exts = set()
    for n in names:
        if not re.fullmatch(r"sf0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)", n):
            bad(f"bad corpus file name {n}")
        p = os.path.join(CORPUS, n)
        ext = n.rsplit(".", 1)[1]
        exts.add(ext)
        if ext == "docx":
            t = read_docx(p)
        elif ext == "pdf":
            t, pages = read_pdf(p)
            if not 2 <= pages <= 4:
                bad(f"{n}: pdf has {pages} pages (want 2-4)")
        else:
            with open(p, encoding="utf-8") as f:
                t = f.read()
            if t != unicodedata.normalize("NFC", t):
                bad(f"{n}: text is not NFC")
        raw[n] = t
        docs[n] = norm(t)
        words = len(re.findall(r"\w+", t))
        if not 700 <= words <= 1500:
            bad(f"{n}: {words} words (want 700-1500)")
    for e in ("txt", "docx", "pdf"):
        if e not in exts:
            bad(f"no .{e} file in corpus")
    return docs, raw


def check_shapes(raw):
    # two-column header typed with spaces, hard-wrapped txt, markdown table, motto, Nơi nhận
    two_col = hard = md_table = False
    for n, t in raw.items():
        if "Độc lập - Tự do - Hạnh phúc" not in t:
            bad(f"{n}: motto missing")
        if "Nơi nhận" not in t:
            bad(f"{n}: 'Nơi nhận' missing")
        if n.endswith((".txt", ".md")):
            if re.search(r"^\S.*\S {6,}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", t, re.M):
                two_col = True
            if re.search(r"^\|.*\|.*\|\s*$", t, re.M) and re.search(r"^\|[-:| ]+\|\s*$", t, re.M):
                md_table = True
            lines = [l for l in t.splitlines() if l.strip()]
            long_ = [l for l in lines if len(l) > 80]
            if n.endswith(".txt") and lines and not long_ and \
                    sum(1 for l in lines if 60 <= len(l) <= 80) >= 40:
                hard = True
    if not two_col:
        bad("no file with a two-column header typed with spaces")
    if not hard:
        bad("no hard-wrapped .txt (lines 65-80 chars)")
    if not md_table:
        bad("no .md/.txt with a Markdown table")
    # 57-NQ/TW only as a basis citation, at most once
    hits = []
    for n, t in raw.items():
        for line in t.splitlines():
            if "57-NQ/TW" in line:
                hits.append((n, line))
    if len(hits) > 1 or any(not l.strip().startswith("Căn cứ") for _, l in hits):
        bad(f"57-NQ/TW used other than once as a basis citation: {hits}")


def check_banned(raw, questions):
    with open(BANNED, encoding="utf-8") as f:
        names = [unicodedata.normalize("NFC", l.strip()) for l in f if l.strip()]
    texts = dict(raw)
    texts["questions.jsonl"] = "\n".join(q.get("question", "") for q in questions)
    if os.path.exists(WFILE):
        with open(WFILE, encoding="utf-8") as f:
            texts["who_what.jsonl"] = f.read()
    for n, t in texts.items():
        t = unicodedata.normalize("NFC", t)
        for b in names:
            for m in re.finditer(r"(?<!\w)" + re.escape(b) + r"(?!\w)", t):
                if b in BAN_EXCEPTIONS and t[m.end():m.end() + 3] == "&ĐT":
                    continue
                bad(f"{n}: banned name '{b}' used: ...{t[max(0, m.start() - 20):m.end() + 20]!r}")


def has_diacritics(s):
    return any(ord(c) > 127 for c in s)


def check_questions(docs):
    qs = []
    with open(QFILE, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            if line != unicodedata.normalize("NFC", line):
                bad(f"questions line {i}: not NFC")
            try:
                qs.append(json.loads(line))
            except Exception as e:
                bad(f"questions line {i}: bad JSON {e}")
    seen, earlier = set(), set()
    cite = {n: 0 for n in docs}
    followups = []
    for q in qs:
        qid = q.get("id", "?")
        keys = set(q)
        if not Q_KEYS <= keys or keys - Q_KEYS - Q_OPT:
            bad(f"{qid}: keys {sorted(keys)}")
            continue
        if not re.fullmatch(r"sf\d{3}", qid):
            bad(f"{qid}: bad id")
        if qid in seen:
            bad(f"{qid}: duplicate id")
        seen.add(qid)
        if q["kind"] not in KINDS:
            bad(f"{qid}: bad kind {q['kind']}")
        if not isinstance(q["answerable"], bool):
            bad(f"{qid}: answerable must be bool")
        if not q["question"].strip():
            bad(f"{qid}: empty question")
        if q["answerable"]:
            if not q["evidence"]:
                bad(f"{qid}: answerable without evidence")
            if not 1 <= len(q["keywords"]) <= 3:
                bad(f"{qid}: needs 1-3 keywords")
        else:
            if q["evidence"] or q["keywords"]:
                bad(f"{qid}: unanswerable must have empty evidence and keywords")
        if q["kind"] == "unanswerable" and q["answerable"]:
            bad(f"{qid}: kind unanswerable but answerable true")
        qsrc = set()
        nquotes = []
        for ev in q["evidence"]:
            src, quote = ev.get("source"), ev.get("quote", "")
            if set(ev) != {"source", "quote"}:
                bad(f"{qid}: evidence keys {sorted(ev)}")
            if src not in docs:
                bad(f"{qid}: unknown source {src}")
                continue
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                bad(f"{qid}: quote length {len(nq)} not in 20-200: {quote[:60]!r}")
            if nq not in docs[src]:
                bad(f"{qid}: quote not found in {src}: {quote!r}")
            qsrc.add(src)
            nquotes.append(nq)
        for s in qsrc:
            cite[s] += 1
        for kw in q["keywords"]:
            nk = norm(kw)
            if not nk:
                bad(f"{qid}: empty keyword")
            elif not any(nk in x for x in nquotes):
                if any(nk in docs[s] for s in qsrc):
                    pass  # allowed: keyword in the cited file
                else:
                    bad(f"{qid}: keyword {kw!r} neither in quotes nor cited files")
        for a in q.get("actors", []):
            if not any(norm(a) in docs[s] for s in qsrc):
                bad(f"{qid}: actor {a!r} not verbatim in cited files")
        if "history" in q:
            if not q["history"] or any(h not in earlier for h in q["history"]):
                bad(f"{qid}: history is not an earlier question: {q['history']}")
            followups.append(q)
        if q["kind"] == "follow-up" and "history" not in q:
            bad(f"{qid}: follow-up without history")
        if q["kind"] == "who-what" and not q.get("actors"):
            bad(f"{qid}: who-what without actors")
        if q["kind"] == "no-diacritics" and has_diacritics(q["question"]):
            bad(f"{qid}: no-diacritics question has diacritics")
        earlier.add(q["question"])
    n = len(qs)
    if not 90 <= n <= 115:
        bad(f"{n} questions (want ~100)")
    stats = {
        "unanswerable": sum(not q["answerable"] for q in qs),
        "no-diacritics": sum(not has_diacritics(q["question"]) for q in qs),
        "abbreviation": sum(bool(ABBR.search(q["question"])) for q in qs),
        "follow-up": len(followups),
        "follow-up unanswerable": sum(not q["answerable"] for q in followups),
        "who-what (with actors)": sum(q["kind"] == "who-what" and bool(q.get("actors")) for q in qs),
        "metadata": sum(q["kind"] == "metadata" for q in qs),
        "corpus": sum(q["kind"] == "corpus" for q in qs),
    }
    if stats["unanswerable"] < 0.22 * n:
        bad(f"unanswerable {stats['unanswerable']}/{n} < 22%")
    if stats["no-diacritics"] < 0.15 * n:
        bad(f"no-diacritics {stats['no-diacritics']}/{n} < 15%")
    if stats["abbreviation"] < 0.12 * n:
        bad(f"abbreviation {stats['abbreviation']}/{n} < 12%")
    if stats["follow-up"] != 15:
        bad(f"follow-ups {stats['follow-up']} != 15")
    if not 1 <= stats["follow-up unanswerable"] <= 2:
        bad(f"unanswerable follow-ups {stats['follow-up unanswerable']} (want 1-2)")
    if stats["who-what (with actors)"] < 12:
        bad(f"who-what {stats['who-what (with actors)']} < 12")
    if stats["metadata"] < 3 or stats["corpus"] < 3:
        bad("too few metadata/corpus questions")
    for s, c in cite.items():
        if c < 12:
            bad(f"{s} cited by only {c} questions (want >= 12)")
    return qs, stats, cite


def check_who_what(docs):
    rows = []
    with open(WFILE, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            if line != unicodedata.normalize("NFC", line):
                bad(f"who_what line {i}: not NFC")
            rows.append(json.loads(line))
    srcs = set()
    ids = set()
    for r in rows:
        rid = r.get("id", "?")
        if set(r) != W_KEYS:
            bad(f"{rid}: keys {sorted(r)}")
            continue
        if rid in ids or not re.fullmatch(r"wsf0[1-5]", rid):
            bad(f"{rid}: bad or duplicate id")
        ids.add(rid)
        src = r["source"]
        if src not in docs:
            bad(f"{rid}: unknown source {src}")
            continue
        srcs.add(src)
        d = docs[src]
        num = r["directive"].split()[-1]
        if norm(num) not in d:
            bad(f"{rid}: directive number {num!r} not in {src}")
        if not r["actors"]:
            bad(f"{rid}: no actors")
        names = set()
        for a in r["actors"]:
            if set(a) != A_KEYS:
                bad(f"{rid}: actor keys {sorted(a)}")
                continue
            names.add(norm(a["name"]))
            if norm(a["name"]) not in d:
                bad(f"{rid}: actor name not verbatim: {a['name']!r}")
            if a["role"] not in ROLES:
                bad(f"{rid}: bad role {a['role']!r}")
            if a["deadline"] is not None and norm(a["deadline"]) not in d:
                bad(f"{rid}: deadline not verbatim: {a['deadline']!r}")
            tq = norm(a["task_quote"])
            if not 20 <= len(tq) <= 200:
                bad(f"{rid}: task_quote length {len(tq)}: {a['task_quote'][:50]!r}")
            if tq not in d:
                bad(f"{rid}: task_quote not verbatim: {a['task_quote']!r}")
        for x in r["intruders"]:
            if norm(x) not in d:
                bad(f"{rid}: intruder not verbatim in source: {x!r}")
            if norm(x) in names:
                bad(f"{rid}: intruder also listed as actor: {x!r}")
    if srcs != set(docs):
        bad(f"who_what does not cover every document: missing {set(docs) - srcs}")
    return rows


def main():
    docs, raw = load_corpus()
    check_shapes(raw)
    qs, stats, cite = check_questions(docs)
    rows = check_who_what(docs)
    check_banned(raw, qs)
    n = len(qs)
    kinds = {}
    for q in qs:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    print(f"{n} questions; kinds: {dict(sorted(kinds.items()))}")
    for k, v in stats.items():
        print(f"  {k}: {v} ({100 * v / n:.1f}%)")
    print("  citations per file:", cite)
    print("  words per file:", {k: len(re.findall(r'\w+', v)) for k, v in raw.items()})
    print(f"  who-what rows: {len(rows)}, actors: {sum(len(r['actors']) for r in rows)}")
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
