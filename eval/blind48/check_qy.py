# -*- coding: utf-8 -*-
"""Standalone checker for blind set qy (no kg_rag).

Run: /work/main/.venv/bin/python check_qy.py   -> prints OK or the problems.
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
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = ["UBND", "KH&CN", "GD&ĐT", "GD&DT", "CĐS", "CDS", "THCS", "MTTQ", "KH ", "CV ", "QĐ ",
        "QD ", "TB ", "BC ", "VH-TT", "VHTT", "TT&TT", "HĐND", "HDND", "TH&THCS", "TMĐT", "TMDT",
        "GDNN", "TTHC", "KH&KT", "BTG", "LHH", "KHCN", "PGD", "SKHCN", "ĐT ", "DT ", "SĐT", "SDT"]


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    z = zipfile.ZipFile(path)
    xml = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    out = []
    for p in paras:
        out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
    txt = "\n".join(out)
    for a, b in (("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'")):
        txt = txt.replace(a, b)
    return txt


def read_pdf(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def read_any(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return read_docx(path)
    if ext == "pdf":
        return read_pdf(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def load_jsonl(path, problems):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            if unicodedata.normalize("NFC", line) != line:
                problems.append(f"{os.path.basename(path)}:{i} not NFC")
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa
                problems.append(f"{os.path.basename(path)}:{i} bad json {e}")
    return rows


def main():
    problems = []
    files = sorted(os.listdir(CORPUS))
    raw = {f: read_any(os.path.join(CORPUS, f)) for f in files}
    texts = {f: norm(t) for f, t in raw.items()}
    # corpus shape
    if len(files) != 5 or not all(re.match(r"qy0[1-5]_", f) for f in files):
        problems.append(f"corpus files: {files}")
    for f, t in raw.items():
        if unicodedata.normalize("NFC", t) != t:
            problems.append(f"{f}: text not NFC")
        nw = len(t.split())
        if not 700 <= nw <= 1500:
            problems.append(f"{f}: {nw} words (want 700-1500)")
    qs = load_jsonl(os.path.join(HERE, "questions.jsonl"), problems)
    keys = {"id", "question", "answerable", "kind", "evidence", "keywords"}
    opt = {"history", "actors"}
    seen_ids, seen_q = set(), []
    cites = {f: 0 for f in files}
    n_un = n_nd = n_ab = n_fu = n_fu_un = n_ww = 0
    for q in qs:
        qid = q.get("id")
        ks = set(q)
        if not keys <= ks or ks - keys - opt:
            problems.append(f"{qid}: keys {sorted(ks)}")
        if qid in seen_ids:
            problems.append(f"{qid}: duplicate id")
        seen_ids.add(qid)
        if not re.fullmatch(r"qy\d{3}", str(qid)):
            problems.append(f"{qid}: bad id")
        if q.get("kind") not in KINDS:
            problems.append(f"{qid}: bad kind {q.get('kind')}")
        qt = q.get("question", "")
        if "history" in q:
            n_fu += 1
            for h in q["history"]:
                if h not in seen_q:
                    problems.append(f"{qid}: history not an earlier question: {h}")
            if not q["answerable"]:
                n_fu_un += 1
        seen_q.append(qt)
        if is_ascii(qt):
            n_nd += 1
        if any(a in qt + " " for a in ABBR):
            n_ab += 1
        if q.get("kind") == "who-what":
            n_ww += 1
            if not q.get("actors"):
                problems.append(f"{qid}: who-what without actors")
        if q["answerable"] is False:
            n_un += 1
            if q["evidence"] or q["keywords"]:
                problems.append(f"{qid}: unanswerable with evidence/keywords")
            continue
        if q["answerable"] is not True:
            problems.append(f"{qid}: answerable not bool")
        if not q["evidence"]:
            problems.append(f"{qid}: no evidence")
        if not 1 <= len(q["keywords"]) <= 3:
            problems.append(f"{qid}: {len(q['keywords'])} keywords")
        evq = ""
        cited = set()
        for ev in q["evidence"]:
            src, quote = ev.get("source"), ev.get("quote", "")
            if src not in texts:
                problems.append(f"{qid}: unknown source {src}")
                continue
            cited.add(src)
            if not 20 <= len(quote) <= 200:
                problems.append(f"{qid}: quote length {len(quote)}")
            if norm(quote) not in texts[src]:
                problems.append(f"{qid}: quote not found in {src}: {quote[:60]}")
            evq += " " + norm(quote)
        for c in cited:
            cites[c] += 1
        for kw in q["keywords"]:
            if norm(kw) not in evq and not any(norm(kw) in texts[c] for c in cited):
                problems.append(f"{qid}: keyword not in evidence/file: {kw}")
            elif norm(kw) not in evq:
                problems.append(f"{qid}: (warn) keyword only in file, not quote: {kw}")
        for a in q.get("actors", []):
            if not any(norm(a) in texts[c] for c in cited):
                problems.append(f"{qid}: actor not verbatim in cited file: {a}")
    n = len(qs)
    pct = lambda k: 100.0 * k / max(n, 1)
    stats = (f"{n} questions; unanswerable {n_un} ({pct(n_un):.1f}%), no-diacritics {n_nd} "
             f"({pct(n_nd):.1f}%), abbreviations {n_ab} ({pct(n_ab):.1f}%), follow-ups {n_fu} "
             f"({n_fu_un} unanswerable), who-what {n_ww}")
    if pct(n_un) < 22:
        problems.append("unanswerable < 22%")
    if pct(n_nd) < 15:
        problems.append("no-diacritics < 15%")
    if pct(n_ab) < 12:
        problems.append("abbreviations < 12%")
    if n_fu < 15 or not 1 <= n_fu_un <= 2:
        problems.append(f"follow-ups {n_fu}, unanswerable follow-ups {n_fu_un}")
    if n_ww < 12:
        problems.append("who-what < 12")
    for f, c in cites.items():
        if c < 12:
            problems.append(f"{f}: cited by {c} questions (<12)")
    # who-what gold
    ww = load_jsonl(os.path.join(HERE, "who_what.jsonl"), problems)
    wsrc = set()
    for w in ww:
        src = w.get("source")
        wsrc.add(src)
        if src not in texts:
            problems.append(f"{w.get('id')}: unknown source {src}")
            continue
        t = texts[src]
        for a in w.get("actors", []):
            if norm(a["name"]) not in t:
                problems.append(f"{w['id']}: actor name not verbatim: {a['name']}")
            if a.get("role") not in ROLES:
                problems.append(f"{w['id']}: bad role {a.get('role')}")
            tq = a.get("task_quote", "")
            if not 20 <= len(tq) <= 200 or norm(tq) not in t:
                problems.append(f"{w['id']}: task_quote bad for {a['name']}: {tq[:60]}")
            if a.get("deadline") and norm(a["deadline"]) not in t:
                problems.append(f"{w['id']}: deadline not verbatim: {a['deadline']}")
        for x in w.get("intruders", []):
            if norm(x) not in t:
                problems.append(f"{w['id']}: intruder not in file: {x}")
    if wsrc != set(files):
        problems.append(f"who_what covers {sorted(wsrc)}")
    warns = [p for p in problems if "(warn)" in p]
    errs = [p for p in problems if "(warn)" not in p]
    print(stats)
    print("cites per file:", cites)
    for p in warns:
        print("WARN", p)
    if errs:
        for p in errs:
            print("PROBLEM", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
