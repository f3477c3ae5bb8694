# -*- coding: utf-8 -*-
"""Standalone checker for eval set blind55 (no kg_rag import).

Usage: /work/main/.venv/bin/python check_rf.py
Reads corpus/*.txt|.md (UTF-8), *.docx (zipfile + XML), *.pdf (pypdf),
questions.jsonl and who_what.jsonl; prints OK or the list of problems.
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
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
Q_KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_OPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = ["KH", "CV", "QĐ", "TB", "BC", "UBND", "HĐND", "KH&CN", "KHCN", "KH&KT", "GD&ĐT", "GDĐT", "PGD",
        "CĐS", "THCS", "THPT", "MTTQ", "TTHC", "ĐMST", "CNSCĐ", "HU", "VH", "KH&TT", "GDNN", "GDTX",
        "HK", "DN", "HTX", "TMĐT", "VH-TT", "CN", "HS", "AI", "STEM"]
ADMIN_ABBR = [a for a in ABBR if a not in ("AI", "STEM")]
ABBR_RE = re.compile(r"(?<![\w&-])(" + "|".join(sorted(map(re.escape, ADMIN_ABBR), key=len, reverse=True))
                     + r")(?![\w&])")

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).lower()).strip()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        buf = []
        for el in p.iter():
            if el.tag == W + "t":
                buf.append(el.text or "")
            elif el.tag in (W + "tab",):
                buf.append("\t")
            elif el.tag in (W + "br", W + "cr"):
                buf.append("\n")
        paras.append("".join(buf))
    return "\n".join(paras)


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join((pg.extract_text() or "") for pg in PdfReader(path).pages)


def raw_text(path):
    if path.endswith(".docx"):
        return docx_text(path)
    if path.endswith(".pdf"):
        return pdf_text(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def is_nfc(s):
    return unicodedata.normalize("NFC", s) == s


def walk_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, list):
        for x in o:
            yield from walk_strings(x)
    elif isinstance(o, dict):
        for k, v in o.items():
            yield k
            yield from walk_strings(v)


def main():
    # ---------------- corpus ----------------
    files = sorted(os.listdir(CORPUS))
    if len(files) != 5:
        bad(f"corpus must hold 5 files, has {len(files)}: {files}")
    for i, f in enumerate(files, 1):
        if not re.match(rf"rf0{i}_[a-z0-9_]+\.(txt|md|docx|pdf)$", f):
            bad(f"bad corpus file name {f}")
    exts = {os.path.splitext(f)[1] for f in files}
    for e in (".docx", ".pdf", ".txt", ".md"):
        if e not in exts:
            bad(f"no {e} file in corpus")
    raw = {f: raw_text(os.path.join(CORPUS, f)) for f in files}
    text = {f: norm(t) for f, t in raw.items()}
    forb_path = os.path.join(HERE, "forbidden_names.txt")
    forbidden = []
    if os.path.exists(forb_path):
        with open(forb_path, encoding="utf-8") as fh:
            forbidden = [ln.strip() for ln in fh if ln.strip()]
    for f, t in raw.items():
        if not f.endswith((".docx", ".pdf")) and not is_nfc(t):
            bad(f"{f}: not NFC")
        nw = len(t.split())
        if not 700 <= nw <= 1500:
            bad(f"{f}: {nw} words (want 700-1500)")
        flat = re.sub(r"\s+", " ", unicodedata.normalize("NFC", t))
        for name in forbidden:
            if name in flat:
                bad(f"{f}: uses forbidden name {name!r}")
        for m in re.finditer(r"57-NQ/TW", flat):
            before = flat[max(0, m.start() - 40):m.start()]
            if "Căn cứ" not in before:
                bad(f"{f}: 57-NQ/TW used outside a 'Căn cứ' line")
        if "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in t and "ĐẢNG CỘNG SẢN VIỆT NAM" not in t:
            bad(f"{f}: no national motto / Party header")
        if "Nơi nhận" not in t:
            bad(f"{f}: no 'Nơi nhận' list")

    # ---------------- questions ----------------
    qpath = os.path.join(HERE, "questions.jsonl")
    with open(qpath, encoding="utf-8") as fh:
        lines = [ln for ln in fh.read().split("\n") if ln.strip()]
    Q = []
    for n, ln in enumerate(lines, 1):
        try:
            Q.append(json.loads(ln))
        except Exception as e:  # noqa
            bad(f"questions.jsonl line {n}: bad JSON ({e})")
    ids = [d.get("id") for d in Q]
    if len(ids) != len(set(ids)):
        bad("duplicate ids in questions.jsonl")
    for i, d in enumerate(Q, 1):
        if d.get("id") != f"rf{i:03d}":
            bad(f"line {i}: id {d.get('id')} (want rf{i:03d})")
    seen_q = []
    per_doc = {f: 0 for f in files}
    n_unans = n_nodiac = n_abbr = n_ww = n_follow = n_follow_unans = 0
    kinds = {}
    for d in Q:
        qid = d.get("id")
        keys = set(d)
        if not Q_KEYS <= keys or keys - Q_KEYS - Q_OPT:
            bad(f"{qid}: keys {sorted(keys)}")
        for s in walk_strings(d):
            if not is_nfc(s):
                bad(f"{qid}: string not NFC: {s[:40]!r}")
        qt = d.get("question", "")
        flatq = unicodedata.normalize("NFC", qt)
        for name in forbidden:
            if name in flatq:
                bad(f"{qid}: question uses forbidden name {name!r}")
        kind = d.get("kind")
        kinds[kind] = kinds.get(kind, 0) + 1
        if kind not in KINDS:
            bad(f"{qid}: bad kind {kind}")
        if not isinstance(d.get("answerable"), bool):
            bad(f"{qid}: answerable must be bool")
        ev = d.get("evidence", [])
        kw = d.get("keywords", [])
        if all(ord(c) < 128 for c in qt):
            n_nodiac += 1
        if ABBR_RE.search(qt):
            n_abbr += 1
        if kind == "who-what":
            n_ww += 1
            if not d.get("actors"):
                bad(f"{qid}: who-what without actors")
        if "history" in d:
            n_follow += 1
            h = d["history"]
            if not (isinstance(h, list) and len(h) == 1 and h[0] in seen_q):
                bad(f"{qid}: history is not an earlier question")
            if not d["answerable"]:
                n_follow_unans += 1
        elif kind == "follow-up":
            bad(f"{qid}: follow-up without history")
        if d.get("answerable") is False:
            n_unans += 1
            if ev or kw:
                bad(f"{qid}: unanswerable with evidence/keywords")
            if d.get("actors"):
                bad(f"{qid}: unanswerable with actors")
        else:
            if not ev:
                bad(f"{qid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                bad(f"{qid}: {len(kw)} keywords (want 1-3)")
            srcs = set()
            for e in ev:
                src, quote = e.get("source"), e.get("quote", "")
                if set(e) != {"source", "quote"}:
                    bad(f"{qid}: evidence keys {sorted(e)}")
                if src not in text:
                    bad(f"{qid}: unknown source {src}")
                    continue
                srcs.add(src)
                nq = norm(quote)
                if not 20 <= len(nq) <= 200:
                    bad(f"{qid}: quote length {len(nq)} not in 20-200: {quote[:50]!r}")
                if nq not in text[src]:
                    bad(f"{qid}: quote not found in {src}: {quote[:70]!r}")
            for s in srcs:
                per_doc[s] += 1
            evq = " | ".join(norm(e.get("quote", "")) for e in ev)
            for k in kw:
                nk = norm(k)
                if nk not in evq and not any(nk in text[s] for s in srcs):
                    bad(f"{qid}: keyword {k!r} not in evidence quotes nor cited file")
            for a in d.get("actors", []) or []:
                if not any(norm(a) in text[s] for s in srcs):
                    bad(f"{qid}: actor {a!r} not verbatim in cited file")
        seen_q.append(qt)

    N = len(Q)
    if not 90 <= N <= 130:
        bad(f"{N} questions (want ~100)")
    pct = lambda x: 100.0 * x / max(N, 1)  # noqa
    if pct(n_unans) < 22:
        bad(f"unanswerable {pct(n_unans):.1f}% < 22%")
    if pct(n_nodiac) < 15:
        bad(f"no-diacritics {pct(n_nodiac):.1f}% < 15%")
    if pct(n_abbr) < 12:
        bad(f"abbreviations {pct(n_abbr):.1f}% < 12%")
    if n_follow != 15:
        bad(f"{n_follow} follow-up pairs (want 15)")
    if not 1 <= n_follow_unans <= 2:
        bad(f"{n_follow_unans} unanswerable follow-ups (want 1-2)")
    if n_ww < 12:
        bad(f"{n_ww} who-what questions (want >= 12)")
    for k in ("metadata", "corpus"):
        if kinds.get(k, 0) < 2:
            bad(f"too few {k} questions")
    for f, c in per_doc.items():
        if c < 12:
            bad(f"{f} cited by {c} questions (want >= 12)")

    # ---------------- who_what ----------------
    wpath = os.path.join(HERE, "who_what.jsonl")
    with open(wpath, encoding="utf-8") as fh:
        WWL = [json.loads(ln) for ln in fh if ln.strip()]
    if len(WWL) != len(files):
        bad(f"who_what.jsonl has {len(WWL)} lines (want {len(files)})")
    wsrc = set()
    for i, w in enumerate(WWL, 1):
        wid = w.get("id")
        if wid != f"wrf{i:02d}":
            bad(f"who_what line {i}: id {wid}")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            bad(f"{wid}: keys {sorted(w)}")
        for s in walk_strings(w):
            if not is_nfc(s):
                bad(f"{wid}: string not NFC: {s[:40]!r}")
        src = w.get("source")
        if src not in text:
            bad(f"{wid}: unknown source {src}")
            continue
        wsrc.add(src)
        t = text[src]
        if not w.get("actors"):
            bad(f"{wid}: no actors")
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                bad(f"{wid}: actor keys {sorted(a)}")
            if norm(a["name"]) not in t:
                bad(f"{wid}: actor name not verbatim: {a['name']!r}")
            if a["role"] not in ROLES:
                bad(f"{wid}: bad role {a['role']!r}")
            if a["deadline"] is not None and norm(a["deadline"]) not in t:
                bad(f"{wid}: deadline not verbatim: {a['deadline']!r}")
            tq = norm(a["task_quote"])
            if not 20 <= len(tq) <= 200:
                bad(f"{wid}: task_quote length {len(tq)}: {a['task_quote'][:50]!r}")
            if tq not in t:
                bad(f"{wid}: task_quote not verbatim: {a['task_quote'][:70]!r}")
        names = {norm(a["name"]) for a in w.get("actors", [])}
        for x in w.get("intruders", []):
            if norm(x) not in t:
                bad(f"{wid}: intruder not in document: {x!r}")
            if norm(x) in names:
                bad(f"{wid}: intruder also listed as actor: {x!r}")
    if wsrc != set(files):
        bad(f"who_what does not cover every document: {sorted(set(files) - wsrc)}")

    # ---------------- report ----------------
    print(f"questions={N} unanswerable={n_unans} ({pct(n_unans):.1f}%) no-diacritics={n_nodiac} "
          f"({pct(n_nodiac):.1f}%) abbreviations={n_abbr} ({pct(n_abbr):.1f}%) follow-ups={n_follow} "
          f"(unanswerable {n_follow_unans}) who-what={n_ww}")
    print("kinds:", dict(sorted(kinds.items())))
    print("questions per document:", per_doc)
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print(" -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
