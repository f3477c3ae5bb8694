#!/usr/bin/env python3
"""Standalone checker for the blind80 evaluation set (no kg_rag).

Usage: /work/main/.venv/bin/python check_se.py [set_dir]
Prints OK, or the list of problems (exit code 1).
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
from collections import Counter
from html import unescape

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up",
         "unanswerable"}
Q_KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_OPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = re.compile(r"(?<![\w&])(KH|CV|HD|BC|TB|QĐ|UBND|HĐND|TT&TT|TTTT|GD&ĐT|GDĐT|PGDĐT|KH&CN|THCS|THPT|NCT|LHPN|"
                  r"MTTQ|CA|PA05|GVCN|CLB|PT-TH|BTV|TG|CĐS|MXH|ĐT)(?![\w&])")
VIET_MARKS = set("ăâđêôơưĂÂĐÊÔƠƯ")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def norm(s):
    return " ".join(nfc(s).lower().split())


def has_diacritics(s):
    for ch in nfc(s):
        if ch in VIET_MARKS:
            return True
        if any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", ch)):
            return True
    return False


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
        runs = re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", p, flags=re.S)
        paras.append(unescape("".join(runs)))
    return "\n".join(paras)


def read_pdf(path):
    from pypdf import PdfReader
    return "\n".join((pg.extract_text() or "") for pg in PdfReader(path).pages)


def read_doc(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".docx":
        return read_docx(path)
    if ext == ".pdf":
        return read_pdf(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def main(set_dir):
    problems = []
    P = problems.append
    corpus_dir = os.path.join(set_dir, "corpus")
    files = sorted(os.listdir(corpus_dir))
    raw, docs = {}, {}
    for fn in files:
        raw[fn] = read_doc(os.path.join(corpus_dir, fn))
        docs[fn] = norm(raw[fn])
        if raw[fn] != nfc(raw[fn]) and not fn.endswith(".pdf"):
            P(f"{fn}: text is not NFC")
        words = len(raw[fn].split())
        if not 700 <= words <= 1500:
            P(f"{fn}: {words} words (want 700-1500)")
    if len(files) != 5 or not all(re.match(r"se0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$", f) for f in files):
        P(f"corpus must hold se01..se05 files, got {files}")
    exts = Counter(os.path.splitext(f)[1] for f in files)
    for e in (".docx", ".pdf"):
        if not exts[e]:
            P(f"no {e} file in corpus")
    if not (exts[".txt"] or exts[".md"]):
        P("no .txt/.md file in corpus")
    if not any("|---" in raw[f] or "|----" in raw[f] for f in files if f.endswith((".md", ".txt"))):
        P("no Markdown table in a .md/.txt file")
    if not any("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in raw[f] for f in files):
        P("no national motto header")
    for f in files:
        if "Nơi nhận" not in raw[f]:
            P(f"{f}: no 'Nơi nhận' block")
    # docx list numbering / table
    for f in files:
        if f.endswith(".docx"):
            with zipfile.ZipFile(os.path.join(corpus_dir, f)) as z:
                xml = z.read("word/document.xml").decode("utf-8")
            if not re.search(r'w:pStyle w:val="List(Number|Bullet)', xml):
                P(f"{f}: no List Number / List Bullet paragraphs")
            if "<w:tbl>" not in xml:
                P(f"{f}: no table")
        if f.endswith(".pdf"):
            from pypdf import PdfReader
            n = len(PdfReader(os.path.join(corpus_dir, f)).pages)
            if not 2 <= n <= 4:
                P(f"{f}: {n} pages (want 2-4)")

    # ---- questions -------------------------------------------------------------------------
    qpath = os.path.join(set_dir, "questions.jsonl")
    with open(qpath, encoding="utf-8") as fh:
        lines = [l for l in fh.read().split("\n") if l.strip()]
    qs = []
    for i, line in enumerate(lines, 1):
        if line != nfc(line):
            P(f"questions line {i}: not NFC")
        try:
            qs.append(json.loads(line))
        except json.JSONDecodeError as e:
            P(f"questions line {i}: bad JSON ({e})")
    seen_ids, seen_q = set(), []
    cited = Counter()
    n_unans = n_nodia = n_abbr = n_fu = n_ww = 0
    kinds = Counter()
    for q in qs:
        qid = q.get("id", "?")
        keys = set(q)
        if not Q_KEYS <= keys or keys - Q_KEYS - Q_OPT:
            P(f"{qid}: keys {sorted(keys)}")
        if not re.fullmatch(r"se\d{3}", str(qid)):
            P(f"{qid}: id format")
        if qid in seen_ids:
            P(f"{qid}: duplicate id")
        seen_ids.add(qid)
        text = q.get("question", "")
        kinds[q.get("kind")] += 1
        if q.get("kind") not in KINDS:
            P(f"{qid}: bad kind {q.get('kind')}")
        if not isinstance(q.get("answerable"), bool):
            P(f"{qid}: answerable not bool")
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if q.get("answerable") is False:
            n_unans += 1
            if ev or kw:
                P(f"{qid}: unanswerable but has evidence/keywords")
        else:
            if not ev:
                P(f"{qid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                P(f"{qid}: {len(kw)} keywords (want 1-3)")
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if set(e) != {"source", "quote"}:
                P(f"{qid}: evidence keys {sorted(e)}")
            if src not in docs:
                P(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            if not 20 <= len(quote) <= 200:
                P(f"{qid}: quote length {len(quote)}: {quote[:50]!r}")
            if norm(quote) not in docs[src]:
                P(f"{qid}: quote not found in {src}: {quote!r}")
        for s in srcs:
            cited[s] += 1
        joined = " ".join(norm(e.get("quote", "")) for e in ev)
        for k in kw:
            nk = norm(k)
            if nk not in joined and not any(nk in docs[s] for s in srcs):
                P(f"{qid}: keyword {k!r} not in evidence or cited file")
        if "history" in q:
            n_fu += 1
            for h in q["history"]:
                if h not in seen_q:
                    P(f"{qid}: history question is not an earlier question: {h!r}")
        if "actors" in q:
            for a in q["actors"]:
                if not any(norm(a) in docs[s] for s in srcs):
                    P(f"{qid}: actor {a!r} not verbatim in cited file(s)")
        if q.get("kind") == "who-what":
            n_ww += 1
            if not q.get("actors"):
                P(f"{qid}: who-what without actors")
        if not has_diacritics(text):
            n_nodia += 1
        elif q.get("kind") == "no-diacritics":
            P(f"{qid}: kind no-diacritics but text has diacritics")
        if ABBR.search(text):
            n_abbr += 1
        seen_q.append(text)
    total = len(qs)
    pct = lambda n: 100.0 * n / max(total, 1)
    if pct(n_unans) < 22:
        P(f"unanswerable {n_unans}/{total} = {pct(n_unans):.1f}% < 22%")
    if pct(n_nodia) < 15:
        P(f"no-diacritics {n_nodia}/{total} = {pct(n_nodia):.1f}% < 15%")
    if pct(n_abbr) < 12:
        P(f"abbreviations {n_abbr}/{total} = {pct(n_abbr):.1f}% < 12%")
    if n_fu < 15:
        P(f"follow-ups {n_fu} < 15")
    fu_unans = sum(1 for q in qs if "history" in q and q.get("answerable") is False)
    if not 1 <= fu_unans <= 2:
        P(f"unanswerable follow-ups {fu_unans} (want 1-2)")
    if n_ww < 12:
        P(f"who-what {n_ww} < 12")
    for k in ("metadata", "corpus"):
        if not kinds[k]:
            P(f"no {k} questions")
    for f in files:
        if cited[f] < 12:
            P(f"{f} cited by {cited[f]} questions (< 12)")

    # ---- who-what gold ---------------------------------------------------------------------
    wpath = os.path.join(set_dir, "who_what.jsonl")
    with open(wpath, encoding="utf-8") as fh:
        wlines = [l for l in fh.read().split("\n") if l.strip()]
    wsrc = set()
    for i, line in enumerate(wlines, 1):
        if line != nfc(line):
            P(f"who_what line {i}: not NFC")
        w = json.loads(line)
        wid = w.get("id")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            P(f"{wid}: keys {sorted(w)}")
        src = w.get("source")
        if src not in docs:
            P(f"{wid}: unknown source {src}")
            continue
        wsrc.add(src)
        d = docs[src]
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                P(f"{wid}: actor keys {sorted(a)}")
            if norm(a["name"]) not in d:
                P(f"{wid}: actor name not verbatim: {a['name']!r}")
            if a.get("role") not in ROLES:
                P(f"{wid}: bad role {a.get('role')!r}")
            if a.get("deadline") is not None and norm(a["deadline"]) not in d:
                P(f"{wid}: deadline not verbatim: {a['deadline']!r}")
            tq = a.get("task_quote", "")
            if not 20 <= len(tq) <= 200:
                P(f"{wid}: task_quote length {len(tq)}")
            if norm(tq) not in d:
                P(f"{wid}: task_quote not verbatim: {tq!r}")
        for x in w.get("intruders", []):
            if norm(x) not in d:
                P(f"{wid}: intruder not in file: {x!r}")
    if wsrc != set(files):
        P(f"who_what does not cover every document: missing {sorted(set(files) - wsrc)}")

    # ---- names reserved by earlier sets (case-sensitive, exact) ----------------------------
    fpath = os.path.join(set_dir, "forbidden_names.txt")
    if os.path.exists(fpath):
        with open(fpath, encoding="utf-8") as fh:
            banned = [nfc(l.strip()) for l in fh if l.strip()]
        pool = {f: nfc(" ".join(raw[f].split())) for f in files}
        pool["questions.jsonl"] = nfc(" ".join(json.dumps(q, ensure_ascii=False) for q in qs))
        pool["who_what.jsonl"] = nfc(" ".join(wlines))
        for name in banned:
            pat = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
            for where, text in pool.items():
                if pat.search(text):
                    P(f"reserved name {name!r} used in {where}")

    print(f"questions={total} unanswerable={n_unans} ({pct(n_unans):.1f}%) no-diacritics={n_nodia} "
          f"({pct(n_nodia):.1f}%) abbreviations={n_abbr} ({pct(n_abbr):.1f}%) follow-ups={n_fu} "
          f"who-what={n_ww}")
    print("kinds:", dict(sorted(kinds.items())))
    print("cited:", dict(sorted(cited.items())))
    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems:
            print(" -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else HERE))
