# -*- coding: utf-8 -*-
"""Standalone checker for the blind37 set (no kg_rag import).

Usage: python check_qm.py [set_dir]
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
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
Q_KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_OPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = re.compile(
    r"(?<![\w&])(KH&CN|KHCN|GD&ĐT|GDĐT|GD-ĐT|GDDT|KH|CV|QĐ|QD|TB|BC|UBND|CĐS|CDS|THCS|THPT|MTTQ|"
    r"BTG|BTGTU|HKH|VH-XH|VHXH|PT-TH|PTTH|KH&TT|TT&TT|HĐND|HDND|TU|NQ|DVC|BDHVS|VH,KH&TT)(?![\w&])",
    re.IGNORECASE)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t" and el.text:
                parts.append(el.text)
            elif el.tag in (W + "tab", W + "br"):
                parts.append(" ")
        paras.append("".join(parts))
    return "\n".join(paras)


def read_pdf(path):
    from pypdf import PdfReader
    return "\n".join((pg.extract_text() or "") for pg in PdfReader(path).pages)


def read_doc(path):
    if path.endswith(".docx"):
        return read_docx(path)
    if path.endswith(".pdf"):
        return read_pdf(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def is_nodiac(q):
    return all(ord(c) < 128 for c in q) and re.search(r"[a-zA-Z]", q) is not None


def main(set_dir):
    probs = []
    corpus = os.path.join(set_dir, "corpus")
    files = sorted(os.listdir(corpus))
    raw, docs = {}, {}
    for f in files:
        t = read_doc(os.path.join(corpus, f))
        raw[f] = t
        docs[f] = norm(t)
        if not f.endswith(".pdf") and unicodedata.normalize("NFC", t) != t:
            probs.append(f"{f}: not NFC")
        if not re.match(r"^qm0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$", f):
            probs.append(f"{f}: bad file name")
    if len(files) != 5:
        probs.append(f"corpus has {len(files)} files, expected 5")

    def in_doc(src, s):
        return src in docs and norm(s) in docs[src]

    # ---------------- questions ----------------
    qs = []
    with open(os.path.join(set_dir, "questions.jsonl"), encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                qs.append(json.loads(line))
            except Exception as e:  # noqa
                probs.append(f"questions line {ln}: bad JSON {e}")
    ids, seen_q = set(), []
    cites = {f: 0 for f in files}
    for q in qs:
        qid = q.get("id", "?")
        keys = set(q)
        if not (Q_KEYS <= keys and keys <= Q_KEYS | Q_OPT):
            probs.append(f"{qid}: keys {sorted(keys)}")
        if qid in ids:
            probs.append(f"{qid}: duplicate id")
        ids.add(qid)
        if not re.match(r"^qm\d{3}$", qid):
            probs.append(f"{qid}: bad id")
        text = q.get("question", "")
        if unicodedata.normalize("NFC", text) != text:
            probs.append(f"{qid}: question not NFC")
        if q.get("kind") not in KINDS:
            probs.append(f"{qid}: bad kind {q.get('kind')}")
        ans = q.get("answerable")
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if ans is False:
            if ev or kw:
                probs.append(f"{qid}: unanswerable must have empty evidence/keywords")
        elif ans is True:
            if not ev:
                probs.append(f"{qid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                probs.append(f"{qid}: needs 1-3 keywords")
        else:
            probs.append(f"{qid}: answerable must be bool")
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            srcs.add(src)
            if src not in docs:
                probs.append(f"{qid}: unknown source {src}")
                continue
            if unicodedata.normalize("NFC", quote) != quote:
                probs.append(f"{qid}: quote not NFC")
            if not 20 <= len(quote) <= 200:
                probs.append(f"{qid}: quote length {len(quote)}: {quote[:40]}")
            if not in_doc(src, quote):
                probs.append(f"{qid}: quote not found in {src}: {quote[:60]}")
        for s in srcs:
            if s in cites:
                cites[s] += 1
        evn = " | ".join(norm(e.get("quote", "")) for e in ev)
        for k in kw:
            if norm(k) not in evn and not any(in_doc(s, k) for s in srcs):
                probs.append(f"{qid}: keyword not in evidence/cited file: {k}")
        for a in q.get("actors", []) or []:
            if not any(in_doc(s, a) for s in srcs):
                probs.append(f"{qid}: actor not verbatim in cited file: {a}")
        if "history" in q:
            for h in q["history"]:
                if h not in seen_q:
                    probs.append(f"{qid}: history is not an earlier question: {h[:50]}")
        seen_q.append(text)

    n = len(qs)
    unans = sum(1 for q in qs if q.get("answerable") is False)
    nodiac = sum(1 for q in qs if is_nodiac(q["question"]))
    abbr = sum(1 for q in qs if ABBR.search(q["question"]))
    fu = [q for q in qs if q.get("history")]
    fu_un = sum(1 for q in fu if q.get("answerable") is False)
    ww = sum(1 for q in qs if q.get("actors"))
    kinds = {}
    for q in qs:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    stats = {
        "questions": n, "unanswerable": unans, "no_diacritics": nodiac,
        "abbreviations": abbr, "follow_ups": len(fu), "follow_ups_unanswerable": fu_un,
        "who_what_with_actors": ww, "kinds": kinds, "citations_per_doc": cites,
    }
    if not 90 <= n <= 115:
        probs.append(f"question count {n} not ~100")
    if unans < 0.22 * n:
        probs.append(f"unanswerable {unans}/{n} < 22%")
    if nodiac < 0.15 * n:
        probs.append(f"no-diacritics {nodiac}/{n} < 15%")
    if abbr < 0.12 * n:
        probs.append(f"abbreviations {abbr}/{n} < 12%")
    if len(fu) < 15:
        probs.append(f"follow-ups {len(fu)} < 15")
    if not 1 <= fu_un <= 2:
        probs.append(f"unanswerable follow-ups {fu_un} not 1-2")
    if ww < 12:
        probs.append(f"who-what with actors {ww} < 12")
    for k in ("metadata", "corpus"):
        if kinds.get(k, 0) < 3:
            probs.append(f"too few {k} questions")
    for f, c in cites.items():
        if c < 12:
            probs.append(f"{f} cited by only {c} questions")

    # ---------------- who-what gold ----------------
    ww_src = set()
    with open(os.path.join(set_dir, "who_what.jsonl"), encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                continue
            w = json.loads(line)
            wid = w.get("id", "?")
            if set(w) != {"id", "directive", "source", "actors", "intruders"}:
                probs.append(f"{wid}: keys {sorted(w)}")
            src = w.get("source")
            ww_src.add(src)
            if src not in docs:
                probs.append(f"{wid}: unknown source {src}")
                continue
            if not w.get("actors"):
                probs.append(f"{wid}: no actors")
            for a in w.get("actors", []):
                if set(a) != {"name", "role", "deadline", "task_quote"}:
                    probs.append(f"{wid}: actor keys {sorted(a)}")
                if not in_doc(src, a["name"]):
                    probs.append(f"{wid}: actor name not verbatim: {a['name']}")
                if a["role"] not in ROLES:
                    probs.append(f"{wid}: bad role {a['role']}")
                if a["deadline"] is not None and not in_doc(src, a["deadline"]):
                    probs.append(f"{wid}: deadline not verbatim: {a['deadline']}")
                tq = a["task_quote"]
                if not 20 <= len(tq) <= 200:
                    probs.append(f"{wid}: task_quote length {len(tq)}")
                if not in_doc(src, tq):
                    probs.append(f"{wid}: task_quote not verbatim: {tq[:60]}")
            names = {norm(a["name"]) for a in w.get("actors", [])}
            for i in w.get("intruders", []):
                if not in_doc(src, i):
                    probs.append(f"{wid}: intruder not in document: {i}")
                if norm(i) in names:
                    probs.append(f"{wid}: intruder is also an actor: {i}")
    if ww_src != set(files):
        probs.append(f"who_what covers {sorted(ww_src)}, expected all 5 files")

    print(json.dumps(stats, ensure_ascii=False, indent=1))
    print(f"unanswerable {100*unans/n:.1f}% | no-diacritics {100*nodiac/n:.1f}% | "
          f"abbreviations {100*abbr/n:.1f}% | who-what {100*ww/n:.1f}%")
    if probs:
        print("PROBLEMS:")
        for p in probs:
            print(" -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else HERE))
