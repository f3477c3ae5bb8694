#!/usr/bin/env python3
"""Standalone checker for eval set blind72 (no kg_rag). Prints OK or the problems."""
import json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = ["KH", "CV", "QĐ", "QD", "TB", "BC", "UBND", "KH&CN", "KHCN", "CĐS", "CDS", "DVC", "DVCTT", "TTHC",
        "MTTQ", "HĐND", "HDND", "CA", "LHPN", "CNS", "CNSCĐ", "CNSCD", "ĐTN", "DTN", "THCS", "TH", "VH-XH",
        "VHXH", "SKHCN", "CCCD", "KP", "GD&ĐT", "TTr", "HD", "PC06", "VP", "BCH"]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).lower()).strip()


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(f"{{{W}}}p"):
        out.append("".join(t.text or "" for t in p.iter(f"{{{W}}}t")))
    return "\n".join(out)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(pg.extract_text() or "" for pg in r.pages), len(r.pages)


def load_docs():
    docs, raw, pages = {}, {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        p = os.path.join(CORPUS, fn)
        if fn.endswith((".txt", ".md")):
            t = open(p, encoding="utf-8").read()
        elif fn.endswith(".docx"):
            t = read_docx(p)
        elif fn.endswith(".pdf"):
            t, pages[fn] = read_pdf(p)
        else:
            continue
        raw[fn] = t
        docs[fn] = norm(t)
    return docs, raw, pages


def has_diacritics(s):
    s = unicodedata.normalize("NFD", s)
    return any(unicodedata.category(c) == "Mn" for c in s) or "đ" in s.lower()


def has_abbr(s):
    for a in ABBR:
        if re.search(r"(?<![\w&-])" + re.escape(a) + r"(?![\w&-])", s):
            return True
    return False


def main():
    problems = []
    P = problems.append
    docs, raw, pages = load_docs()
    names = [f"rw0{i}" for i in range(1, 6)]
    if len(docs) != 5:
        P(f"expected 5 documents, found {len(docs)}")
    for n in names:
        if not any(fn.startswith(n + "_") for fn in docs):
            P(f"missing document {n}_*")
    exts = {fn.rsplit(".", 1)[1] for fn in docs}
    for e in ("docx", "pdf", "txt", "md"):
        if e not in exts:
            P(f"no .{e} document")
    for fn, t in raw.items():
        wc = len(re.findall(r"\w+", t))
        if not 700 <= wc <= 1500:
            P(f"{fn}: {wc} words (need 700-1500)")
        if unicodedata.normalize("NFC", t) != t:
            P(f"{fn}: text not NFC")
    for fn, n in pages.items():
        if not 2 <= n <= 4:
            P(f"{fn}: {n} pages (need 2-4)")
    # banned names (case-sensitive substrings), from the brief
    banned_path = os.path.join(HERE, "banned_names.txt")
    banned = [b.strip() for b in open(banned_path, encoding="utf-8").read().split(",") if b.strip()]
    allfiles = dict(raw)
    for fn in ("questions.jsonl", "who_what.jsonl"):
        allfiles[fn] = open(os.path.join(HERE, fn), encoding="utf-8").read()
    for fn, t in allfiles.items():
        tn = unicodedata.normalize("NFC", t)
        for b in banned:
            if b in tn:
                P(f"{fn}: uses banned name '{b}'")
    if "57-NQ/TW" in "".join(allfiles.values()):
        for fn, t in raw.items():
            for line in t.splitlines():
                if "57-NQ/TW" in line and "Căn cứ" not in line:
                    P(f"{fn}: 57-NQ/TW used outside a 'Căn cứ' line")
        if "57-NQ/TW" in allfiles["questions.jsonl"]:
            P("questions mention 57-NQ/TW")

    # ---------------- questions
    qs = []
    for i, line in enumerate(open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            qs.append(json.loads(line))
        except Exception as e:
            P(f"questions line {i}: bad JSON {e}")
    ids, seen_q = set(), []
    cites = {fn: 0 for fn in docs}
    n_un = n_nodia = n_abbr = n_fu = n_fu_un = n_ww = 0
    kinds = {}
    for q in qs:
        qid = q.get("id", "?")
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            P(f"{qid}: bad keys {sorted(keys)}")
        if not re.fullmatch(r"rw\d{3}", qid):
            P(f"{qid}: bad id")
        if qid in ids:
            P(f"{qid}: duplicate id")
        ids.add(qid)
        text = q.get("question", "")
        if unicodedata.normalize("NFC", text) != text:
            P(f"{qid}: question not NFC")
        kind = q.get("kind")
        kinds[kind] = kinds.get(kind, 0) + 1
        if kind not in KINDS:
            P(f"{qid}: bad kind {kind}")
        ans = q.get("answerable")
        if not isinstance(ans, bool):
            P(f"{qid}: answerable not bool")
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if ans is False:
            n_un += 1
            if ev or kw:
                P(f"{qid}: unanswerable must have empty evidence/keywords")
            if kind not in ("unanswerable", "follow-up"):
                P(f"{qid}: unanswerable question with kind {kind}")
        else:
            if kind == "unanswerable":
                P(f"{qid}: kind unanswerable but answerable true")
            if not ev:
                P(f"{qid}: no evidence")
            if not 1 <= len(kw) <= 3:
                P(f"{qid}: needs 1-3 keywords")
        cited = []
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if set(e) != {"source", "quote"}:
                P(f"{qid}: evidence keys {sorted(e)}")
            if src not in docs:
                P(f"{qid}: unknown source {src}")
                continue
            cited.append(src)
            if not 20 <= len(quote) <= 200:
                P(f"{qid}: quote length {len(quote)} ({quote[:40]}...)")
            if unicodedata.normalize("NFC", quote) != quote:
                P(f"{qid}: quote not NFC")
            if norm(quote) not in docs[src]:
                P(f"{qid}: quote not found in {src}: {quote!r}")
        for src in set(cited):
            cites[src] += 1
        for k in kw:
            if not k or len(k) > 60:
                P(f"{qid}: keyword too long/empty {k!r}")
            nk = norm(k)
            if not any(nk in norm(e.get("quote", "")) for e in ev) and not any(nk in docs[s] for s in cited):
                P(f"{qid}: keyword {k!r} not in evidence or cited files")
        if not has_diacritics(text):
            n_nodia += 1
        elif kind == "no-diacritics":
            P(f"{qid}: kind no-diacritics but has diacritics")
        if has_abbr(text):
            n_abbr += 1
        elif kind == "abbreviation":
            P(f"{qid}: kind abbreviation but no abbreviation found")
        if "history" in q:
            h = q["history"]
            if not isinstance(h, list) or not h:
                P(f"{qid}: bad history")
            for hq in h:
                if hq not in seen_q:
                    P(f"{qid}: history question is not an earlier question: {hq!r}")
            n_fu += 1
            if ans is False:
                n_fu_un += 1
        elif kind == "follow-up":
            P(f"{qid}: follow-up without history")
        if kind == "who-what":
            n_ww += 1
            acts = q.get("actors") or []
            if not acts:
                P(f"{qid}: who-what without actors")
            for a in acts:
                if not any(norm(a) in docs[s] for s in cited):
                    P(f"{qid}: actor {a!r} not in cited files")
        seen_q.append(text)
    N_ = len(qs)
    if not 90 <= N_ <= 130:
        P(f"{N_} questions (want ~100)")
    if n_un / N_ < 0.22:
        P(f"unanswerable {n_un}/{N_} < 22%")
    if n_nodia / N_ < 0.15:
        P(f"no-diacritics {n_nodia}/{N_} < 15%")
    if n_abbr / N_ < 0.12:
        P(f"abbreviations {n_abbr}/{N_} < 12%")
    if n_fu != 15:
        P(f"follow-up pairs {n_fu} != 15")
    if not 1 <= n_fu_un <= 2:
        P(f"unanswerable follow-ups {n_fu_un} (want 1-2)")
    if n_ww < 12:
        P(f"who-what {n_ww} < 12")
    for k in ("metadata", "corpus"):
        if kinds.get(k, 0) < 3:
            P(f"too few {k} questions")
    for fn, c in cites.items():
        if c < 12:
            P(f"{fn} cited by {c} questions (< 12)")

    # ---------------- who-what gold
    ww = [json.loads(l) for l in open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") if l.strip()]
    srcs = set()
    for w in ww:
        wid = w.get("id")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            P(f"{wid}: bad keys {sorted(w)}")
        src = w.get("source")
        if src not in docs:
            P(f"{wid}: unknown source {src}")
            continue
        srcs.add(src)
        d = docs[src]
        if not w.get("actors"):
            P(f"{wid}: no actors")
        anames = set()
        for a in w["actors"]:
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                P(f"{wid}: actor keys {sorted(a)}")
            anames.add(norm(a["name"]))
            if norm(a["name"]) not in d:
                P(f"{wid}: actor name not verbatim: {a['name']!r}")
            if a["role"] not in ROLES:
                P(f"{wid}: bad role {a['role']!r}")
            if a["deadline"] is not None and norm(a["deadline"]) not in d:
                P(f"{wid}: deadline not verbatim: {a['deadline']!r}")
            tq = a["task_quote"]
            if not 20 <= len(tq) <= 200:
                P(f"{wid}: task_quote length {len(tq)}")
            if norm(tq) not in d:
                P(f"{wid}: task_quote not verbatim: {tq!r}")
        for it in w.get("intruders", []):
            if norm(it) not in d:
                P(f"{wid}: intruder not in file: {it!r}")
            if norm(it) in anames:
                P(f"{wid}: intruder is also an actor: {it!r}")
    if srcs != set(docs):
        P(f"who_what does not cover all documents: missing {set(docs) - srcs}")

    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print(f"stats: {N_} questions; unanswerable {n_un} ({100*n_un/N_:.1f}%); no-diacritics {n_nodia} "
          f"({100*n_nodia/N_:.1f}%); abbreviations {n_abbr} ({100*n_abbr/N_:.1f}%); follow-ups {n_fu} "
          f"(unanswerable {n_fu_un}); who-what {n_ww}; kinds {dict(sorted(kinds.items()))}")
    print("citations per document:", cites)
    print("OK")


if __name__ == "__main__":
    main()
