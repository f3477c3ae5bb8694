#!/usr/bin/env python3
"""Standalone checker for blind set 77 (no kg_rag).

Usage:  python check_sb.py            -> prints OK or the list of problems
        python check_sb.py --dump F   -> prints the normalised text of corpus file F
        python check_sb.py --stats    -> word counts / pages per document
Reads .txt/.md (UTF-8), .docx (zipfile + XML), .pdf (pypdf).
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
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBREVS = ["UBND", "KH&CN", "GD&ĐT", "GDĐT", "CĐS", "THCS", "MTTQ", "PTDTBT", "TTHTCĐ",
           "XMC", "NQ", "KH ", "CV ", "BC ", "CTr", "QĐ", "TB ", "VH-TT", "HĐND", "TH&THCS",
           "MTQG", "DTTS", "PGD", "HTCĐ", "VBQPPL", "TT ", "BCH", "ĐU", "GV", "HS", "SĐT",
           "ĐT", "sdt", "gd&dt", "ubnd", "thcs", "xmc", "kh ", "cv ", "nq ", "bc ", "tthtcd"]


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(ns + "p"):
        paras.append("".join(t.text or "" for t in p.iter(ns + "t")))
    return "\n".join(paras)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((pg.extract_text() or "") for pg in r.pages), len(r.pages)


def raw_text(name):
    path = os.path.join(CORPUS, name)
    if name.endswith((".txt", ".md")):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if name.endswith(".docx"):
        return read_docx(path)
    if name.endswith(".pdf"):
        return read_pdf(path)[0]
    raise ValueError(name)


def has_diacritics(s):
    d = unicodedata.normalize("NFD", s)
    return any(unicodedata.category(c) == "Mn" for c in d) or "đ" in s.lower()


def load_jsonl(name, problems):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            if unicodedata.normalize("NFC", line) != line:
                problems.append(f"{name}:{i}: line is not NFC")
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                problems.append(f"{name}:{i}: bad JSON {e}")
    return rows


def main():
    problems = []
    files = sorted(f for f in os.listdir(CORPUS) if re.match(r"sb0[1-5]_", f))
    if len(files) != 5:
        problems.append(f"expected 5 corpus files, found {files}")
    texts = {}
    for f in files:
        raw = raw_text(f)
        if f.endswith((".txt", ".md")) and unicodedata.normalize("NFC", raw) != raw:
            problems.append(f"{f}: not NFC")
        texts[f] = norm(raw)
        words = len(raw.split())
        if not 700 <= words <= 1500:
            problems.append(f"{f}: {words} words (want 700-1500)")
    if any(f.endswith(".pdf") for f in files):
        pages = read_pdf(os.path.join(CORPUS, [f for f in files if f.endswith(".pdf")][0]))[1]
        if not 2 <= pages <= 4:
            problems.append(f"pdf has {pages} pages (want 2-4)")

    # ---------------- questions ----------------
    qs = load_jsonl("questions.jsonl", problems)
    keys_req = {"id", "question", "answerable", "kind", "evidence", "keywords"}
    keys_opt = {"history", "actors"}
    seen_ids, seen_q = set(), []
    cite = {f: 0 for f in files}
    for q in qs:
        qid = q.get("id", "?")
        ks = set(q)
        if not keys_req <= ks or ks - keys_req - keys_opt:
            problems.append(f"{qid}: keys {sorted(ks)}")
        if not re.fullmatch(r"sb\d{3}", str(qid)):
            problems.append(f"{qid}: bad id")
        if qid in seen_ids:
            problems.append(f"{qid}: duplicate id")
        seen_ids.add(qid)
        if q.get("kind") not in KINDS:
            problems.append(f"{qid}: bad kind {q.get('kind')}")
        if not isinstance(q.get("answerable"), bool):
            problems.append(f"{qid}: answerable not bool")
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if q.get("answerable") is False:
            if ev or kw:
                problems.append(f"{qid}: unanswerable with evidence/keywords")
        else:
            if not ev:
                problems.append(f"{qid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                problems.append(f"{qid}: {len(kw)} keywords (want 1-3)")
        if q.get("kind") == "unanswerable" and q.get("answerable") is not False:
            problems.append(f"{qid}: kind unanswerable but answerable")
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in texts:
                problems.append(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            if not 20 <= len(quote) <= 200:
                problems.append(f"{qid}: quote length {len(quote)}")
            if norm(quote) not in texts[src]:
                problems.append(f"{qid}: quote not found in {src}: {quote!r}")
        for f in srcs:
            cite[f] += 1
        evtext = " ".join(norm(e.get("quote", "")) for e in ev)
        for k in kw:
            nk = norm(k)
            if nk not in evtext and not any(nk in texts[s] for s in srcs):
                problems.append(f"{qid}: keyword {k!r} not in evidence/cited file")
            elif nk not in evtext:
                problems.append(f"{qid}: (warn) keyword {k!r} only in cited file")
        if "history" in q:
            h = q["history"]
            if not isinstance(h, list) or not h:
                problems.append(f"{qid}: empty history")
            for hq in h:
                if hq not in seen_q:
                    problems.append(f"{qid}: history question not an earlier question: {hq!r}")
            if q.get("kind") != "follow-up":
                problems.append(f"{qid}: history but kind {q.get('kind')}")
        elif q.get("kind") == "follow-up":
            problems.append(f"{qid}: follow-up without history")
        for a in q.get("actors", []) or []:
            if not any(norm(a) in texts[s] for s in srcs):
                problems.append(f"{qid}: actor {a!r} not verbatim in cited file")
        if q.get("kind") == "who-what" and not q.get("actors"):
            problems.append(f"{qid}: who-what without actors")
        seen_q.append(q.get("question"))

    n = len(qs)
    if n:
        unans = sum(1 for q in qs if q.get("answerable") is False)
        nodia = sum(1 for q in qs if not has_diacritics(q["question"]))
        abbr = sum(1 for q in qs if any(a in q["question"] for a in ABBREVS))
        follow = sum(1 for q in qs if q.get("kind") == "follow-up")
        follow_un = sum(1 for q in qs if q.get("kind") == "follow-up" and q.get("answerable") is False)
        whowhat = sum(1 for q in qs if q.get("kind") == "who-what")
        kind_nodia = [q["id"] for q in qs if q.get("kind") == "no-diacritics" and has_diacritics(q["question"])]
        if kind_nodia:
            problems.append(f"no-diacritics kind but has diacritics: {kind_nodia}")
        stats = {
            "questions": n,
            "unanswerable": f"{unans} ({100*unans/n:.1f}%)",
            "no_diacritics": f"{nodia} ({100*nodia/n:.1f}%)",
            "abbreviations": f"{abbr} ({100*abbr/n:.1f}%)",
            "follow_up": f"{follow} (unanswerable {follow_un})",
            "who_what": whowhat,
            "kinds": {k: sum(1 for q in qs if q.get("kind") == k) for k in sorted(KINDS)},
            "citations_per_doc": cite,
        }
        if unans / n < 0.22:
            problems.append(f"unanswerable {unans}/{n} < 22%")
        if nodia / n < 0.15:
            problems.append(f"no-diacritics {nodia}/{n} < 15%")
        if abbr / n < 0.12:
            problems.append(f"abbreviations {abbr}/{n} < 12%")
        if follow < 15:
            problems.append(f"only {follow} follow-ups (want 15)")
        if not 1 <= follow_un <= 2:
            problems.append(f"{follow_un} unanswerable follow-ups (want 1-2)")
        if whowhat < 12:
            problems.append(f"only {whowhat} who-what questions")
        for f, c in cite.items():
            if c < 12:
                problems.append(f"{f} cited by only {c} questions")
        for k in ("metadata", "corpus"):
            if stats["kinds"][k] < 3:
                problems.append(f"too few {k} questions")

    # ---------------- who-what gold ----------------
    ww = load_jsonl("who_what.jsonl", problems)
    ww_src = set()
    for w in ww:
        wid = w.get("id")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            problems.append(f"{wid}: keys {sorted(w)}")
        src = w.get("source")
        if src not in texts:
            problems.append(f"{wid}: unknown source {src}")
            continue
        ww_src.add(src)
        t = texts[src]
        if not w.get("actors"):
            problems.append(f"{wid}: no actors")
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                problems.append(f"{wid}: actor keys {sorted(a)}")
            if norm(a["name"]) not in t:
                problems.append(f"{wid}: actor name not verbatim: {a['name']!r}")
            if a.get("role") not in ROLES:
                problems.append(f"{wid}: bad role {a.get('role')}")
            if a.get("deadline") and norm(a["deadline"]) not in t:
                problems.append(f"{wid}: deadline not verbatim: {a['deadline']!r}")
            tq = a.get("task_quote", "")
            if not 20 <= len(tq) <= 200:
                problems.append(f"{wid}: task_quote length {len(tq)}: {tq!r}")
            if norm(tq) not in t:
                problems.append(f"{wid}: task_quote not verbatim: {tq!r}")
        for x in w.get("intruders", []):
            if norm(x) not in t:
                problems.append(f"{wid}: intruder not in text: {x!r}")
            if any(norm(x) == norm(a["name"]) for a in w.get("actors", [])):
                problems.append(f"{wid}: intruder also an actor: {x!r}")
    if ww_src != set(files):
        problems.append(f"who_what covers {sorted(ww_src)}")

    warns = [p for p in problems if "(warn)" in p]
    errors = [p for p in problems if "(warn)" not in p]
    if n:
        print(json.dumps(stats, ensure_ascii=False, indent=1))
    for p in warns:
        print("WARN", p)
    if errors:
        print(f"PROBLEMS ({len(errors)}):")
        for p in errors:
            print(" -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        print(raw_text(sys.argv[2]))
        sys.exit(0)
    if len(sys.argv) > 1 and sys.argv[1] == "--stats":
        for f in sorted(os.listdir(CORPUS)):
            raw = raw_text(f)
            extra = f", {read_pdf(os.path.join(CORPUS, f))[1]} pages" if f.endswith(".pdf") else ""
            print(f, len(raw.split()), "words" + extra)
        sys.exit(0)
    sys.exit(main())
