#!/usr/bin/env python3
"""Standalone checker for blind set 91 (no kg_rag import).

Reads corpus/*.txt|*.md (UTF-8), *.docx (zipfile + XML), *.pdf (pypdf); normalises text
(NFC, lower-case, whitespace collapsed) and checks questions.jsonl and who_what.jsonl.
Prints "OK" (exit 0) or the list of problems (exit 1).

Usage: python check_hs.py [set_dir]
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
Q_KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_OPT = {"history", "actors"}
W_KEYS = {"id", "directive", "source", "actors", "intruders"}
A_KEYS = {"name", "role", "deadline", "task_quote"}
ABBR = ["KH&CN", "BTG&DV", "BTGDV", "UBMTTQ", "MTTQ", "UBND", "HĐND", "CĐS", "THCS", "TTHC", "PTTH",
        "KH", "CTr", "HD", "TB", "BC", "CV", "ĐU", "TU", "BTV", "BCH", "VP", "ĐMST", "KHCN", "CDS",
        "UB", "BTG", "DVC"]
ABBR_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBR) + r")(?![\w&])")
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W_NS + "p"):
        buf = []
        for el in p.iter():
            if el.tag == W_NS + "t" and el.text:
                buf.append(el.text)
            elif el.tag in (W_NS + "tab", W_NS + "br"):
                buf.append(" ")
        paras.append("".join(buf))
    return "\n".join(paras)


def read_pdf(path):
    import pypdf
    r = pypdf.PdfReader(path)
    return "\n".join((pg.extract_text() or "") for pg in r.pages), len(r.pages)


def read_any(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if ext == "docx":
        return read_docx(path)
    if ext == "pdf":
        return read_pdf(path)[0]
    raise ValueError("unknown extension " + path)


def is_ascii_only(s):
    return all(ord(c) < 128 for c in s)


def main(set_dir):
    problems = []
    corpus_dir = os.path.join(set_dir, "corpus")
    files = sorted(os.listdir(corpus_dir))
    raw, texts = {}, {}
    for fn in files:
        raw[fn] = read_any(os.path.join(corpus_dir, fn))
        texts[fn] = norm(raw[fn])
        if not re.match(r"^hs0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$", fn):
            problems.append(f"corpus: bad file name {fn}")
        if fn.endswith((".txt", ".md")) and not unicodedata.is_normalized("NFC", raw[fn]):
            problems.append(f"corpus: {fn} not NFC")
        nw = len(raw[fn].split())
        if not 700 <= nw <= 1500:
            problems.append(f"corpus: {fn} has {nw} words (want 700-1500)")
    if len(files) != 5:
        problems.append(f"corpus: {len(files)} files (want 5)")
    exts = {fn.rsplit('.', 1)[1] for fn in files}
    for e in ("txt", "docx", "pdf"):
        if e not in exts:
            problems.append(f"corpus: no .{e} file")
    for fn in files:
        if fn.endswith(".pdf"):
            n = read_pdf(os.path.join(corpus_dir, fn))[1]
            if not 2 <= n <= 4:
                problems.append(f"corpus: {fn} has {n} pages")
    alltxt = " ".join(texts.values())
    for need in ["cộng hòa xã hội chủ nghĩa việt nam", "độc lập - tự do - hạnh phúc", "số:",
                 "nơi nhận", "kính gửi", "căn cứ"]:
        if need not in alltxt:
            problems.append(f"corpus: shape marker '{need}' missing")
    if not any(re.search(r"^\|.*\|\s*$", raw[f], re.M) for f in files if f.endswith((".md", ".txt"))):
        problems.append("corpus: no Markdown table in .md/.txt")
    # banned place names (case-sensitive, whole words)
    bpath = os.path.join(set_dir, "banned_names.txt")
    banned = []
    if os.path.exists(bpath):
        with open(bpath, encoding="utf-8") as f:
            banned = [unicodedata.normalize("NFC", x.strip()) for x in f if x.strip()]
    # 57-NQ/TW only as a basis citation
    for fn in files:
        t = re.sub(r"\s+", " ", unicodedata.normalize("NFC", raw[fn]))
        for m in re.finditer(r"57-NQ/TW", t):
            before = t[max(0, m.start() - 40):m.start()]
            if "Căn cứ Nghị quyết số" not in before:
                problems.append(f"corpus: {fn} uses 57-NQ/TW outside a 'Căn cứ' line")

    # ---------------- questions ----------------
    qpath = os.path.join(set_dir, "questions.jsonl")
    qs = []
    with open(qpath, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            if not unicodedata.is_normalized("NFC", line):
                problems.append(f"questions line {ln}: not NFC")
            try:
                qs.append(json.loads(line))
            except Exception as e:
                problems.append(f"questions line {ln}: bad JSON {e}")
    ids, seen_q = set(), []
    per_doc = {fn: 0 for fn in files}
    for q in qs:
        qid = q.get("id", "?")
        keys = set(q)
        if not Q_KEYS <= keys or keys - Q_KEYS - Q_OPT:
            problems.append(f"{qid}: keys {sorted(keys)}")
        if not re.match(r"^hs\d{3}$", qid):
            problems.append(f"{qid}: bad id")
        if qid in ids:
            problems.append(f"{qid}: duplicate id")
        ids.add(qid)
        if q.get("kind") not in KINDS:
            problems.append(f"{qid}: bad kind {q.get('kind')}")
        if not isinstance(q.get("answerable"), bool):
            problems.append(f"{qid}: answerable not bool")
        for h in q.get("history", []):
            if h not in seen_q:
                problems.append(f"{qid}: history question not an earlier question: {h!r}")
        seen_q.append(q.get("question"))
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if q.get("answerable") is False:
            if ev or kw:
                problems.append(f"{qid}: unanswerable must have empty evidence/keywords")
            if q.get("actors"):
                problems.append(f"{qid}: unanswerable with actors")
            continue
        if not ev:
            problems.append(f"{qid}: answerable without evidence")
        if not 1 <= len(kw) <= 3:
            problems.append(f"{qid}: {len(kw)} keywords (want 1-3)")
        evtext, srcs = [], set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if set(e) != {"source", "quote"}:
                problems.append(f"{qid}: evidence keys {sorted(e)}")
            if src not in texts:
                problems.append(f"{qid}: unknown source {src}")
                continue
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                problems.append(f"{qid}: quote length {len(nq)}: {quote[:50]!r}")
            if nq not in texts[src]:
                problems.append(f"{qid}: quote not found in {src}: {quote!r}")
            evtext.append(nq)
            srcs.add(src)
        for s in srcs:
            per_doc[s] += 1
        for k in kw:
            nk = norm(k)
            if not nk:
                problems.append(f"{qid}: empty keyword")
            elif not any(nk in t for t in evtext) and not any(nk in texts[s] for s in srcs):
                problems.append(f"{qid}: keyword {k!r} not in evidence or cited file")
        for a in q.get("actors", []):
            if not any(norm(a) in texts[s] for s in srcs):
                problems.append(f"{qid}: actor {a!r} not in cited file")

    n = len(qs)
    if not 90 <= n <= 115:
        problems.append(f"questions: {n} lines (want ~100)")
    unans = sum(1 for q in qs if q.get("answerable") is False)
    nodia = sum(1 for q in qs if is_ascii_only(q.get("question", "")))
    abbr = sum(1 for q in qs if ABBR_RE.search(q.get("question", "")))
    fups = [q for q in qs if q.get("history")]
    fu_un = sum(1 for q in fups if q.get("answerable") is False)
    ww = sum(1 for q in qs if q.get("kind") == "who-what" and q.get("actors"))
    kinds = {}
    for q in qs:
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
    bad_unans_kind = [q["id"] for q in qs if (q.get("kind") == "unanswerable") != (q.get("answerable") is False)
                      and not q.get("history") and not is_ascii_only(q.get("question", ""))]
    if bad_unans_kind:
        problems.append(f"kind/answerable mismatch: {bad_unans_kind}")
    if unans / n < 0.22:
        problems.append(f"unanswerable {unans}/{n} < 22%")
    if nodia / n < 0.15:
        problems.append(f"no-diacritics {nodia}/{n} < 15%")
    if abbr / n < 0.12:
        problems.append(f"abbreviations {abbr}/{n} < 12%")
    if len(fups) < 15:
        problems.append(f"follow-ups {len(fups)} < 15")
    if not 1 <= fu_un <= 2:
        problems.append(f"unanswerable follow-ups {fu_un} (want 1-2)")
    if ww < 12:
        problems.append(f"who-what with actors {ww} < 12")
    for k in ("metadata", "corpus"):
        if kinds.get(k, 0) < 3:
            problems.append(f"too few {k} questions")
    for fn, c in per_doc.items():
        if c < 12:
            problems.append(f"document {fn} cited by {c} questions (< 12)")

    # ---------------- who-what gold ----------------
    wpath = os.path.join(set_dir, "who_what.jsonl")
    wl = []
    with open(wpath, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if line.strip():
                if not unicodedata.is_normalized("NFC", line):
                    problems.append(f"who_what line {ln}: not NFC")
                wl.append(json.loads(line))
    wsrc = set()
    for w in wl:
        wid = w.get("id")
        if set(w) != W_KEYS:
            problems.append(f"{wid}: keys {sorted(w)}")
        src = w.get("source")
        if src not in texts:
            problems.append(f"{wid}: unknown source {src}")
            continue
        wsrc.add(src)
        t = texts[src]
        if not w.get("actors"):
            problems.append(f"{wid}: no actors")
        for a in w.get("actors", []):
            if set(a) != A_KEYS:
                problems.append(f"{wid}: actor keys {sorted(a)}")
            if norm(a.get("name", "")) not in t:
                problems.append(f"{wid}: actor name not in file: {a.get('name')!r}")
            if a.get("role") not in ROLES:
                problems.append(f"{wid}: bad role {a.get('role')!r}")
            if a.get("deadline") is not None and norm(a["deadline"]) not in t:
                problems.append(f"{wid}: deadline not in file: {a['deadline']!r}")
            tq = norm(a.get("task_quote", ""))
            if not 20 <= len(tq) <= 200:
                problems.append(f"{wid}: task_quote length {len(tq)}")
            if tq not in t:
                problems.append(f"{wid}: task_quote not in file: {a.get('task_quote')!r}")
        for i in w.get("intruders", []):
            if norm(i) not in t:
                problems.append(f"{wid}: intruder not in file: {i!r}")
            if any(norm(i) == norm(a.get("name", "")) for a in w.get("actors", [])):
                problems.append(f"{wid}: intruder also an actor: {i!r}")
    if wsrc != set(files):
        problems.append(f"who_what covers {sorted(wsrc)} (want all 5 files)")

    # ---------------- banned names ----------------
    if banned:
        pat = re.compile(r"(?<!\w)(" + "|".join(re.escape(b) for b in sorted(banned, key=len, reverse=True)) + r")(?!\w)")
        for fn in files:
            for m in pat.finditer(unicodedata.normalize("NFC", raw[fn])):
                problems.append(f"banned name {m.group(1)!r} in {fn}")
        for q in qs:
            for m in pat.finditer(q.get("question", "")):
                problems.append(f"banned name {m.group(1)!r} in {q.get('id')}")

    print(f"questions={n} unanswerable={unans} ({unans/n:.1%}) no-diacritics={nodia} ({nodia/n:.1%}) "
          f"abbrev={abbr} ({abbr/n:.1%}) follow-ups={len(fups)} (unanswerable {fu_un}) "
          f"who-what={ww}")
    print("kinds:", dict(sorted(kinds.items())))
    print("per document:", per_doc)
    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems:
            print(" -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else HERE))
