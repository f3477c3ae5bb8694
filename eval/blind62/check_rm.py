# -*- coding: utf-8 -*-
"""Standalone checker for blind set 62 (no kg_rag import).

Usage: python check_rm.py [set_dir]
Prints OK or the list of problems (exit code 1 on problems).
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
from xml.etree import ElementTree as ET

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = ["KH&CN", "KHCN", "GD&ĐT", "GDĐT", "UBND", "HĐND", "SHTT", "THPT", "THCS", "MTTQ",
        "CĐS", "ĐMST", "LHH", "KH&KT", "TT&TT", "DN", "PCT", "QĐ", "TB", "KH", "HD", "BC",
        "CV", "TTƯD", "NN&MT", "VP", "PT-TH", "TTr"]
W = "0-9A-Za-zÀ-ỹĐđ"

problems = []


def P(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(ns + "p"):
        out.append("".join(t.text or "" for t in p.iter(ns + "t")))
    return "\n".join(out)


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join((pg.extract_text() or "") for pg in PdfReader(path).pages)


def load(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return docx_text(path)
    if ext == "pdf":
        return pdf_text(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def is_nfc(s):
    return unicodedata.normalize("NFC", s) == s


def has_abbr(q):
    for a in ABBR:
        if re.search(rf"(?<![{W}]){re.escape(a)}(?![{W}])", q):
            return True
    return False


def main():
    files = sorted(os.listdir(CORPUS))
    texts, raw = {}, {}
    names = [f for f in files if re.match(r"rm0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$", f)]
    if len(names) != 5 or len(files) != 5:
        P(f"corpus must hold exactly 5 files rm01..rm05, has {files}")
    exts = set()
    for f in names:
        t = load(os.path.join(CORPUS, f))
        raw[f] = t
        texts[f] = norm(t)
        exts.add(f.rsplit(".", 1)[-1])
        if f.endswith((".txt", ".md")) and not is_nfc(t):
            P(f"{f}: not NFC")
        nw = len(t.split())
        if not 700 <= nw <= 1500:
            P(f"{f}: {nw} words (want 700-1500)")
        if "57-NQ/TW" in t:
            for m in re.finditer(r"57-NQ/TW", t):
                ctx = t[max(0, m.start() - 40):m.start()]
                if "Căn cứ" not in ctx:
                    P(f"{f}: 57-NQ/TW used outside a 'Căn cứ' line")
    for e in ("docx", "pdf"):
        if e not in exts:
            P(f"no .{e} file")
    if not any(re.search(r"^\|.*\|\s*$", raw[f], re.M) for f in names if f.endswith((".md", ".txt"))):
        P("no Markdown table in a .md/.txt file")

    # ---------------- questions
    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                qs.append(json.loads(line))
            except Exception as ex:  # noqa
                P(f"questions line {i}: bad JSON {ex}")
    allowed = {"id", "question", "answerable", "kind", "evidence", "keywords", "history", "actors"}
    seen, earlier = set(), []
    cite = {f: 0 for f in names}
    n_un = n_nod = n_abbr = n_fu = n_ww = 0
    kinds = {}
    for q in qs:
        qid = q.get("id", "?")
        for k in ("id", "question", "answerable", "kind", "evidence", "keywords"):
            if k not in q:
                P(f"{qid}: missing key {k}")
        if set(q) - allowed:
            P(f"{qid}: unexpected keys {set(q) - allowed}")
        if qid in seen:
            P(f"{qid}: duplicate id")
        seen.add(qid)
        if not re.match(r"^rm\d{3}$", qid):
            P(f"{qid}: bad id")
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
        if q.get("kind") not in KINDS:
            P(f"{qid}: bad kind {q.get('kind')}")
        qt = q.get("question", "")
        if not is_nfc(qt):
            P(f"{qid}: question not NFC")
        if all(ord(c) < 128 for c in qt):
            n_nod += 1
        elif q.get("kind") == "no-diacritics":
            P(f"{qid}: kind no-diacritics but question has diacritics")
        if has_abbr(qt):
            n_abbr += 1
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if q.get("answerable") is False:
            n_un += 1
            if ev or kw:
                P(f"{qid}: unanswerable must have empty evidence/keywords")
        elif q.get("answerable") is True:
            if not ev:
                P(f"{qid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                P(f"{qid}: want 1-3 keywords, has {len(kw)}")
            evtext = ""
            for src_ in {e.get("source") for e in ev}:
                if src_ in cite:
                    cite[src_] += 1
            for e in ev:
                src, quote = e.get("source"), e.get("quote", "")
                if src not in texts:
                    P(f"{qid}: unknown source {src}")
                    continue
                if not is_nfc(quote):
                    P(f"{qid}: quote not NFC")
                nq = norm(quote)
                if not 20 <= len(nq) <= 200:
                    P(f"{qid}: quote length {len(nq)} out of 20-200")
                if nq not in texts[src]:
                    P(f"{qid}: quote not found in {src}: {quote[:60]!r}")
                evtext += " " + nq
            for k in kw:
                nk = norm(k)
                if nk not in evtext:
                    if any(nk in texts.get(e.get("source"), "") for e in ev):
                        pass
                    else:
                        P(f"{qid}: keyword {k!r} not in evidence or cited file")
        else:
            P(f"{qid}: answerable must be true/false")
        if "history" in q:
            n_fu += 1
            for h in q["history"]:
                if h not in earlier:
                    P(f"{qid}: history question is not an earlier question")
        if q.get("actors"):
            n_ww += 1
            srcs = [e.get("source") for e in ev]
            for a in q["actors"]:
                if srcs and not any(norm(a) in texts.get(s, "") for s in srcs):
                    P(f"{qid}: actor {a!r} not verbatim in cited file")
        earlier.append(qt)
    n = len(qs) or 1
    if not 90 <= len(qs) <= 115:
        P(f"{len(qs)} questions (want ~100)")
    if n_un / n < 0.22:
        P(f"unanswerable {n_un}/{n} < 22%")
    if n_nod / n < 0.15:
        P(f"no-diacritics {n_nod}/{n} < 15%")
    if n_abbr / n < 0.12:
        P(f"abbreviation {n_abbr}/{n} < 12%")
    if n_fu != 15:
        P(f"follow-ups {n_fu} != 15")
    if n_ww < 12:
        P(f"who-what with actors {n_ww} < 12")
    fu_un = sum(1 for q in qs if "history" in q and q.get("answerable") is False)
    if not 1 <= fu_un <= 2:
        P(f"unanswerable follow-ups {fu_un} (want 1-2)")
    for f, c in cite.items():
        if c < 12:
            P(f"{f} cited by {c} questions (< 12)")

    # ---------------- who-what gold
    ww = []
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                ww.append(json.loads(line))
    if sorted(w.get("source") for w in ww) != sorted(names):
        P("who_what.jsonl must have one line per document")
    for w in ww:
        wid, src = w.get("id"), w.get("source")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            P(f"{wid}: keys {sorted(w)}")
        t = texts.get(src, "")
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                P(f"{wid}: actor keys {sorted(a)}")
            if norm(a["name"]) not in t:
                P(f"{wid}: actor name not verbatim: {a['name']!r}")
            tq = norm(a["task_quote"])
            if not 20 <= len(tq) <= 200 or tq not in t:
                P(f"{wid}: task_quote bad/not found: {a['task_quote'][:60]!r}")
            if a["role"] not in ROLES:
                P(f"{wid}: bad role {a['role']!r}")
            if a["deadline"] is not None and norm(a["deadline"]) not in t:
                P(f"{wid}: deadline not verbatim {a['deadline']!r}")
            for s in (a["name"], a["task_quote"], a["deadline"] or ""):
                if not is_nfc(s):
                    P(f"{wid}: not NFC {s[:40]!r}")
        for x in w.get("intruders", []):
            if norm(x) not in t:
                P(f"{wid}: intruder not in text {x!r}")

    print(f"questions={len(qs)} unanswerable={n_un} ({100*n_un/n:.1f}%) "
          f"no-diacritics={n_nod} ({100*n_nod/n:.1f}%) abbreviation={n_abbr} ({100*n_abbr/n:.1f}%) "
          f"follow-ups={n_fu} who-what={n_ww}")
    print("kinds:", dict(sorted(kinds.items(), key=lambda kv: str(kv[0]))))
    print("questions citing each file:", cite)
    print("words:", {f: len(raw[f].split()) for f in names})
    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
