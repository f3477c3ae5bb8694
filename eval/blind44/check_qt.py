# -*- coding: utf-8 -*-
"""Standalone checker for the blind44 set (no kg_rag).

Usage: /work/main/.venv/bin/python check_qt.py [--dump]
Prints OK or the list of problems (exit code 1 on problems).
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
OPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = re.compile(r"(UBND|HĐND|KH&CN|KHCN|GD&ĐT|GDĐT|CĐS|THCS|THPT|MTTQ|GDNN|GDTX|VH-TT|VHTT|"
                  r"KHKT|TT&TT|BDHVS|HKH|\bKH\s?\d|\bCV\s?\d|\bQĐ\s?\d|\bQD\s?\d|\bTB\s?\d|\bBC\s?\d|"
                  r"\bSở GD|\bPhòng GD|\bTTGDNN|\bSGDĐT|\bDVC|\bHS\b|\bGV\b|\bND\b|\bCB\b|\bCC\b|"
                  r"\bUB\b|\bkh\s?\d|\bcv\s?\d|\bqd\s?\d|\btb\s?\d|\bbc\s?\d|\bubnd\b|\bthcs\b|\bthpt\b)")


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)


def read_pdf(path):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def read_any(path):
    if path.endswith(".docx"):
        return read_docx(path)
    if path.endswith(".pdf"):
        return read_pdf(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def has_diacritics(s):
    d = unicodedata.normalize("NFD", s)
    return any(unicodedata.combining(c) for c in d) or "đ" in s.lower()


def main():
    probs = []
    raw, texts = {}, {}
    for name in sorted(os.listdir(CORPUS)):
        raw[name] = read_any(os.path.join(CORPUS, name))
        texts[name] = norm(raw[name])
        if name.endswith((".txt", ".md")) and unicodedata.normalize("NFC", raw[name]) != raw[name]:
            probs.append(f"{name}: not NFC")
    if "--dump" in sys.argv:
        for n, t in raw.items():
            print("=====", n, len(t.split()), "words")
            print(t)
        return 0
    if len(texts) != 5:
        probs.append(f"corpus has {len(texts)} files, expected 5")
    for n, t in texts.items():
        wc = len(t.split())
        if not 700 <= wc <= 1500:
            probs.append(f"{n}: {wc} words (want 700-1500)")

    def check_quote(where, src, quote):
        if src not in texts:
            probs.append(f"{where}: unknown source {src!r}")
            return False
        if unicodedata.normalize("NFC", quote) != quote:
            probs.append(f"{where}: quote not NFC")
        q = norm(quote)
        if not 20 <= len(q) <= 200:
            probs.append(f"{where}: quote length {len(q)} not in 20-200: {quote[:50]!r}")
        if q not in texts[src]:
            probs.append(f"{where}: quote not found in {src}: {quote[:70]!r}")
            return False
        return True

    # ---- questions
    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            if unicodedata.normalize("NFC", line) != line:
                probs.append(f"questions line {i}: not NFC")
            try:
                qs.append(json.loads(line))
            except Exception as e:  # noqa
                probs.append(f"questions line {i}: bad JSON {e}")
    ids, seen_q = set(), []
    cites = {n: 0 for n in texts}
    n_unans = n_nodia = n_abbr = n_follow = n_who = 0
    kinds = {}
    for q in qs:
        qid = q.get("id", "?")
        keys = set(q)
        if not KEYS <= keys or keys - KEYS - OPT:
            probs.append(f"{qid}: keys {sorted(keys)}")
        if qid in ids:
            probs.append(f"{qid}: duplicate id")
        ids.add(qid)
        if not re.fullmatch(r"qt\d{3}", qid):
            probs.append(f"{qid}: bad id")
        kind = q.get("kind")
        kinds[kind] = kinds.get(kind, 0) + 1
        if kind not in KINDS:
            probs.append(f"{qid}: bad kind {kind}")
        text = q.get("question", "")
        ans = q.get("answerable")
        if not isinstance(ans, bool):
            probs.append(f"{qid}: answerable not bool")
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if ans is False:
            n_unans += 1
            if ev or kw:
                probs.append(f"{qid}: unanswerable with evidence/keywords")
            if kind not in ("unanswerable", "follow-up"):
                probs.append(f"{qid}: unanswerable but kind {kind}")
        elif ans is True:
            if not ev:
                probs.append(f"{qid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                probs.append(f"{qid}: {len(kw)} keywords")
            if kind == "unanswerable":
                probs.append(f"{qid}: kind unanswerable but answerable")
        evq = []
        for e in ev:
            if set(e) != {"source", "quote"}:
                probs.append(f"{qid}: evidence keys {sorted(e)}")
                continue
            if check_quote(qid, e["source"], e["quote"]):
                cites[e["source"]] += 1
            evq.append(norm(e["quote"]))
        srcs = {e.get("source") for e in ev}
        for k in kw:
            nk = norm(k)
            if not nk:
                probs.append(f"{qid}: empty keyword")
            elif not any(nk in x for x in evq) and not any(nk in texts.get(s, "") for s in srcs):
                probs.append(f"{qid}: keyword {k!r} not in evidence/cited files")
            elif not any(nk in x for x in evq):
                probs.append(f"{qid}: (warn) keyword {k!r} only in cited file, not in quote")
        if "history" in q:
            n_follow += 1
            for h in q["history"]:
                if h not in seen_q:
                    probs.append(f"{qid}: history question is not an earlier question: {h[:50]!r}")
            if kind != "follow-up":
                probs.append(f"{qid}: has history but kind {kind}")
        elif kind == "follow-up":
            probs.append(f"{qid}: follow-up without history")
        if kind == "who-what":
            n_who += 1
            if not q.get("actors"):
                probs.append(f"{qid}: who-what without actors")
        for a in q.get("actors", []):
            if not any(norm(a) in texts.get(s, "") for s in srcs):
                probs.append(f"{qid}: actor {a!r} not verbatim in cited file")
        if not has_diacritics(text):
            n_nodia += 1
        if ABBR.search(text):
            n_abbr += 1
        seen_q.append(text)
    n = len(qs)
    pct = lambda x: 100.0 * x / max(n, 1)  # noqa
    if not 90 <= n <= 110:
        probs.append(f"{n} questions (want ~100)")
    if pct(n_unans) < 22:
        probs.append(f"unanswerable {pct(n_unans):.1f}% < 22%")
    if pct(n_nodia) < 15:
        probs.append(f"no-diacritics {pct(n_nodia):.1f}% < 15%")
    if pct(n_abbr) < 12:
        probs.append(f"abbreviations {pct(n_abbr):.1f}% < 12%")
    if n_follow < 15:
        probs.append(f"{n_follow} follow-ups < 15")
    if n_who < 12:
        probs.append(f"{n_who} who-what < 12")
    unans_follow = sum(1 for q in qs if "history" in q and q.get("answerable") is False)
    if not 1 <= unans_follow <= 2:
        probs.append(f"{unans_follow} unanswerable follow-ups (want 1-2)")
    for k in ("metadata", "corpus"):
        if kinds.get(k, 0) < 3:
            probs.append(f"only {kinds.get(k, 0)} {k} questions")
    for s, c in cites.items():
        if c < 12:
            probs.append(f"{s} cited by {c} questions (<12)")

    # ---- who-what gold
    ww = []
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                if unicodedata.normalize("NFC", line) != line:
                    probs.append("who_what: line not NFC")
                ww.append(json.loads(line))
    wids = set()
    wsrc = set()
    for w in ww:
        wid = w.get("id")
        if wid in wids:
            probs.append(f"{wid}: duplicate id")
        wids.add(wid)
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            probs.append(f"{wid}: keys {sorted(w)}")
        src = w.get("source")
        wsrc.add(src)
        t = texts.get(src)
        if t is None:
            probs.append(f"{wid}: unknown source {src}")
            continue
        if not w.get("actors"):
            probs.append(f"{wid}: no actors")
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                probs.append(f"{wid}: actor keys {sorted(a)}")
            if norm(a["name"]) not in t:
                probs.append(f"{wid}: actor name not verbatim: {a['name']!r}")
            if a["role"] not in ROLES:
                probs.append(f"{wid}: bad role {a['role']!r}")
            if a["deadline"] is not None and norm(a["deadline"]) not in t:
                probs.append(f"{wid}: deadline not verbatim: {a['deadline']!r}")
            check_quote(f"{wid}/{a['name']}", src, a["task_quote"])
        for x in w.get("intruders", []):
            if norm(x) not in t:
                probs.append(f"{wid}: intruder not verbatim: {x!r}")
    if wsrc != set(texts):
        probs.append(f"who_what covers {sorted(wsrc)}, not all files")

    print(f"questions={n} unanswerable={n_unans} ({pct(n_unans):.1f}%) "
          f"no-diacritics={n_nodia} ({pct(n_nodia):.1f}%) abbreviations={n_abbr} ({pct(n_abbr):.1f}%) "
          f"follow-ups={n_follow} who-what={n_who}")
    print("kinds:", dict(sorted(kinds.items())))
    print("citations per file:", cites)
    print("words per file:", {k: len(v.split()) for k, v in texts.items()})
    real = [p for p in probs if "(warn)" not in p]
    for p in probs:
        print("PROBLEM:" if p in real else "NOTE:", p)
    if real:
        print(f"FAIL ({len(real)} problems)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
