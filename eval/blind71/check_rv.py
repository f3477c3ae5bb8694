# -*- coding: utf-8 -*-
"""Standalone checker for the blind71 evaluation set (no kg_rag import).

Usage:  /work/main/.venv/bin/python check_rv.py [set_dir]
Prints OK or the list of problems (exit code 1 on problems).
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
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ABBR = re.compile(r"(?<!\w)(KH|CV|QĐ|QD|TB|BC|UBND|HĐND|HDND|KH&CN|GD&ĐT|CĐS|CDS|THCS|THPT|MTTQ|"
                  r"TT&TT|TTTT|VH&TT|VH-TT|VHTT|PT-TH|PTTH|TTĐT|TTDT|CNTT|VP|TW|BTG|HNB|TDP|"
                  r"MTQG|BCXB|VH-TT&DL|VHTTDL|VH-TT-TT)(?!\w)")


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        buf = []
        for el in p.iter():
            if el.tag == W + "t" and el.text:
                buf.append(el.text)
            elif el.tag in (W + "br", W + "tab", W + "cr"):
                buf.append(" ")
        paras.append("".join(buf))
    return "\n".join(paras)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((pg.extract_text() or "") for pg in r.pages), len(r.pages)


def read_doc(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if ext == "docx":
        return read_docx(path)
    if ext == "pdf":
        return read_pdf(path)[0]
    raise ValueError(path)


def has_diacritics(s):
    s = unicodedata.normalize("NFD", s)
    return any(unicodedata.combining(c) for c in s) or "đ" in s.lower()


def main(set_dir):
    problems = []
    P = problems.append
    corpus_dir = os.path.join(set_dir, "corpus")
    files = sorted(os.listdir(corpus_dir))
    docs, ndocs = {}, {}
    exts = set()
    for fn in files:
        if not re.match(r"^rv0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$", fn):
            P(f"bad corpus file name: {fn}")
            continue
        raw = read_doc(os.path.join(corpus_dir, fn))
        docs[fn] = raw
        ndocs[fn] = norm(raw)
        exts.add(fn.rsplit(".", 1)[-1])
        if fn.endswith((".txt", ".md")) and unicodedata.normalize("NFC", raw) != raw:
            P(f"{fn}: not NFC")
        nw = len(raw.split())
        if not 700 <= nw <= 1500:
            P(f"{fn}: {nw} words (need 700-1500)")
        # 57-NQ/TW only as a basis citation
        for m in re.finditer(r"57-NQ/TW", raw):
            before = norm(raw[max(0, m.start() - 40):m.start()])
            if "căn cứ" not in before:
                P(f"{fn}: 57-NQ/TW used outside a 'Căn cứ' citation")
    if len(docs) != 5:
        P(f"need 5 corpus files, found {len(docs)}")
    for e in ("txt", "docx", "pdf"):
        if e not in exts:
            P(f"no .{e} document")
    # structural shape checks
    for fn, raw in docs.items():
        if fn.endswith(".pdf"):
            n = read_pdf(os.path.join(corpus_dir, fn))[1]
            if not 2 <= n <= 4:
                P(f"{fn}: {n} pages (need 2-4)")
        if fn.endswith(".docx"):
            with zipfile.ZipFile(os.path.join(corpus_dir, fn)) as z:
                xml = z.read("word/document.xml").decode("utf-8")
            if "<w:numPr>" not in xml and "ListNumber" not in xml and "ListBullet" not in xml:
                P(f"{fn}: no Word list numbering")
    if not any(fn.endswith(".docx") and "thời gian hoàn thành" in ndocs[fn] and
               "đơn vị chủ trì" in ndocs[fn] for fn in docs):
        P("no .docx with a task table")
    if not any(re.search(r"^\|.*\|\s*$", docs[fn], re.M) and re.search(r"^\|[-| :]+\|\s*$",
               docs[fn], re.M) for fn in docs if fn.endswith((".md", ".txt"))):
        P("no .md/.txt with a Markdown table")
    if not any(fn.endswith(".txt") and max(len(l) for l in docs[fn].splitlines()) <= 80 and
               sum(1 for l in docs[fn].splitlines() if len(l) >= 60) >= 20 for fn in docs):
        P("no hard-wrapped .txt (<=80 chars per line)")
    if not any(re.search(r"\S {3,}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", docs[fn]) for fn in docs
               if fn.endswith((".txt", ".md"))):
        P("no two-column header typed with spaces")
    for fn in docs:
        for need in ("nơi nhận", "số"):
            if need not in ndocs[fn]:
                P(f"{fn}: missing '{need}'")

    # ---------------- questions ----------------
    qpath = os.path.join(set_dir, "questions.jsonl")
    qs = []
    with open(qpath, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            if unicodedata.normalize("NFC", line) != line:
                P(f"questions line {i}: not NFC")
            qs.append(json.loads(line))
    ids = set()
    seen_q = []
    cited = {fn: 0 for fn in docs}
    req = {"id", "question", "answerable", "kind", "evidence", "keywords"}
    opt = {"history", "actors"}
    for q in qs:
        qid = q.get("id", "?")
        keys = set(q)
        if not req <= keys or keys - req - opt:
            P(f"{qid}: bad keys {sorted(keys)}")
        if not re.match(r"^rv\d{3}$", qid):
            P(f"{qid}: bad id")
        if qid in ids:
            P(f"{qid}: duplicate id")
        ids.add(qid)
        if q.get("kind") not in KINDS:
            P(f"{qid}: bad kind {q.get('kind')}")
        if not isinstance(q.get("answerable"), bool):
            P(f"{qid}: answerable not bool")
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if q.get("answerable") is False:
            if ev or kw:
                P(f"{qid}: unanswerable must have empty evidence/keywords")
        else:
            if not ev:
                P(f"{qid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                P(f"{qid}: need 1-3 keywords")
        srcs = []
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if set(e) != {"source", "quote"}:
                P(f"{qid}: bad evidence keys")
            if src not in ndocs:
                P(f"{qid}: unknown source {src}")
                continue
            srcs.append(src)
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                P(f"{qid}: quote length {len(nq)}: {quote[:50]}")
            if nq not in ndocs[src]:
                P(f"{qid}: quote not found in {src}: {quote[:80]}")
        for s in set(srcs):
            cited[s] += 1
        for k in kw:
            nk = norm(k)
            if not nk:
                P(f"{qid}: empty keyword")
            elif not any(nk in norm(e["quote"]) for e in ev) and not any(nk in ndocs[s] for s in srcs):
                P(f"{qid}: keyword not in quotes/files: {k}")
        if "history" in q:
            if not isinstance(q["history"], list) or not q["history"]:
                P(f"{qid}: bad history")
            for h in q.get("history", []):
                if h not in seen_q:
                    P(f"{qid}: history is not an earlier question: {h[:60]}")
        if "actors" in q:
            for a in q["actors"]:
                pool = srcs or list(ndocs)
                if not any(norm(a) in ndocs[s] for s in pool):
                    P(f"{qid}: actor not verbatim in cited file: {a}")
        # kind consistency
        k = q.get("kind")
        if k == "follow-up" and "history" not in q:
            P(f"{qid}: follow-up without history")
        if "history" in q and k != "follow-up":
            P(f"{qid}: history but kind {k}")
        if k == "who-what" and not q.get("actors"):
            P(f"{qid}: who-what without actors")
        if k == "no-diacritics" and has_diacritics(q["question"]):
            P(f"{qid}: no-diacritics question has diacritics")
        if k == "unanswerable" and q.get("answerable") is not False:
            P(f"{qid}: kind unanswerable but answerable")
        if k == "abbreviation" and not ABBR.search(q["question"]):
            P(f"{qid}: abbreviation kind without abbreviation")
        seen_q.append(q["question"])
    n = len(qs)
    if not 90 <= n <= 125:
        P(f"{n} questions (want ~100)")
    if len(set(seen_q)) != n:
        P("duplicate question texts")
    unans = sum(1 for q in qs if q["answerable"] is False)
    nodia = sum(1 for q in qs if not has_diacritics(q["question"]))
    abbr = sum(1 for q in qs if ABBR.search(q["question"]))
    fups = [q for q in qs if "history" in q]
    fup_un = sum(1 for q in fups if q["answerable"] is False)
    ww = sum(1 for q in qs if q.get("actors"))
    kinds = {}
    for q in qs:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    if unans / n < 0.22:
        P(f"unanswerable {unans}/{n} < 22%")
    if nodia / n < 0.15:
        P(f"no-diacritics {nodia}/{n} < 15%")
    if abbr / n < 0.12:
        P(f"abbreviations {abbr}/{n} < 12%")
    if len(fups) != 15:
        P(f"follow-ups {len(fups)} != 15")
    if not 1 <= fup_un <= 2:
        P(f"unanswerable follow-ups {fup_un} (want 1-2)")
    if ww < 12:
        P(f"who-what with actors {ww} < 12")
    for kk in ("metadata", "corpus"):
        if kinds.get(kk, 0) < 3:
            P(f"too few {kk} questions")
    for fn, c in cited.items():
        if c < 12:
            P(f"{fn} cited by {c} questions (<12)")
    # follow-up firsts must be distinct questions
    firsts = [q["history"][-1] for q in fups]
    if len(set(firsts)) != len(firsts):
        P("follow-up pairs reuse the same first question")

    # ---------------- who-what gold ----------------
    wpath = os.path.join(set_dir, "who_what.jsonl")
    wsrc = []
    with open(wpath, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            if unicodedata.normalize("NFC", line) != line:
                P(f"who_what line {i}: not NFC")
            w = json.loads(line)
            wid = w.get("id")
            if set(w) != {"id", "directive", "source", "actors", "intruders"}:
                P(f"{wid}: bad keys")
            src = w.get("source")
            if src not in ndocs:
                P(f"{wid}: unknown source {src}")
                continue
            wsrc.append(src)
            nd = ndocs[src]
            if not w.get("actors"):
                P(f"{wid}: no actors")
            names = set()
            for a in w.get("actors", []):
                if set(a) != {"name", "role", "deadline", "task_quote"}:
                    P(f"{wid}: bad actor keys {a}")
                if norm(a["name"]) not in nd:
                    P(f"{wid}: actor name not verbatim: {a['name']}")
                names.add(norm(a["name"]))
                if a["role"] not in ROLES:
                    P(f"{wid}: bad role {a['role']}")
                if a["deadline"] is not None and norm(a["deadline"]) not in nd:
                    P(f"{wid}: deadline not verbatim: {a['deadline']}")
                tq = norm(a["task_quote"])
                if not 20 <= len(tq) <= 200:
                    P(f"{wid}: task_quote length {len(tq)}: {a['task_quote'][:40]}")
                if tq not in nd:
                    P(f"{wid}: task_quote not found: {a['task_quote'][:80]}")
            for it in w.get("intruders", []):
                if norm(it) not in nd:
                    P(f"{wid}: intruder not in file: {it}")
                if norm(it) in names:
                    P(f"{wid}: intruder also listed as actor: {it}")
    if sorted(wsrc) != sorted(docs):
        P("who_what must have exactly one line per document")

    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s)")
        return 1
    print(f"questions={n} unanswerable={unans} ({unans/n:.0%}) no-diacritics={nodia} "
          f"({nodia/n:.0%}) abbreviations={abbr} ({abbr/n:.0%}) follow-ups={len(fups)} "
          f"(unanswerable {fup_un}) who-what-with-actors={ww}")
    print("kinds:", json.dumps(dict(sorted(kinds.items())), ensure_ascii=False))
    print("cited:", json.dumps(cited, ensure_ascii=False))
    print("words:", {fn: len(docs[fn].split()) for fn in docs})
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else HERE))
