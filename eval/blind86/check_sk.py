#!/usr/bin/env python3
"""Standalone checker for eval set blind86 (no kg_rag). Prints OK or the problems."""
import json, os, re, sys, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = re.compile(r"(?<![\w&])(KH|CV|QĐ|QD|TB|BC|UBND|HĐND|HDND|KH&CN|KHCN|NN&MT|SNN&MT|SNNMT|SNN|BQL|CCTS|"
                  r"TTKN|BĐBP|BDBP|BCH|BP|MTTQ|TC-KH|CĐS|NK|VMS|TT)(?![\w&])")


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).lower()).strip()


def read_docx(path):
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = Document(path)
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            out.append(Paragraph(el, d).text)
        elif tag == "tbl":
            for row in Table(el, d).rows:
                out.append(" | ".join(c.text for c in row.cells))
    return "\n".join(out)


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


def has_diacritics(s):
    return any(ord(ch) > 127 for ch in s)


def main():
    problems = []
    P = problems.append
    files = sorted(f for f in os.listdir(CORPUS) if f.startswith("sk"))
    raw = {f: read_any(os.path.join(CORPUS, f)) for f in files}
    docs = {f: norm(t) for f, t in raw.items()}
    if len(files) != 5:
        P(f"expected 5 corpus files, got {files}")
    for f, t in raw.items():
        if f.rsplit(".", 1)[-1] in ("txt", "md"):
            if unicodedata.normalize("NFC", t) != t:
                P(f"{f}: not NFC")
        wc = len(t.split())
        if not 700 <= wc <= 1500:
            P(f"{f}: {wc} words (need 700-1500)")
    exts = {f.rsplit(".", 1)[-1] for f in files}
    for need in ("docx", "pdf", "txt"):
        if need not in exts:
            P(f"no .{need} file")

    # ---- questions
    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if unicodedata.normalize("NFC", line) != line:
                P(f"questions line {n}: not NFC")
            try:
                qs.append(json.loads(line))
            except Exception as e:
                P(f"questions line {n}: bad JSON {e}")
    ids, seen_q = set(), []
    cites = {f: 0 for f in files}
    for q in qs:
        qid = q.get("id")
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            P(f"{qid}: keys {sorted(keys)}")
        if qid in ids:
            P(f"{qid}: duplicate id")
        ids.add(qid)
        if not re.fullmatch(r"sk\d{3}", qid or ""):
            P(f"{qid}: bad id")
        if q.get("kind") not in KINDS:
            P(f"{qid}: bad kind {q.get('kind')}")
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if q["answerable"]:
            if not ev:
                P(f"{qid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                P(f"{qid}: needs 1-3 keywords")
        else:
            if ev or kw:
                P(f"{qid}: unanswerable must have empty evidence/keywords")
        evq = []
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                P(f"{qid}: unknown source {src}"); continue
            if not 20 <= len(quote) <= 200:
                P(f"{qid}: quote length {len(quote)}")
            if norm(quote) not in docs[src]:
                P(f"{qid}: quote not found in {src}: {quote!r}")
            evq.append(norm(quote))
        for src in {e.get("source") for e in ev}:
            if src in cites:
                cites[src] += 1
        for k in kw:
            nk = norm(k)
            if not any(nk in x for x in evq) and not any(nk in docs.get(e["source"], "") for e in ev):
                P(f"{qid}: keyword {k!r} not in evidence or cited file")
        for h in q.get("history", []):
            if h not in seen_q:
                P(f"{qid}: history question is not an earlier question: {h!r}")
        for a in q.get("actors", []):
            if not any(norm(a) in docs.get(e["source"], "") for e in ev):
                P(f"{qid}: actor {a!r} not verbatim in cited file")
        seen_q.append(q["question"])

    total = len(qs) or 1
    unans = sum(not q["answerable"] for q in qs)
    nodia = sum(not has_diacritics(q["question"]) for q in qs)
    abbr = sum(bool(ABBR.search(q["question"])) for q in qs)
    fups = [q for q in qs if q.get("history")]
    fup_unans = sum(not q["answerable"] for q in fups)
    ww = sum(q["kind"] == "who-what" and bool(q.get("actors")) for q in qs)
    stats = dict(total=len(qs), unanswerable=unans, no_diacritics=nodia, abbreviations=abbr,
                 followups=len(fups), followups_unanswerable=fup_unans, who_what=ww,
                 kinds={k: sum(q["kind"] == k for q in qs) for k in sorted(KINDS)}, cites=cites)
    if not 90 <= len(qs) <= 115:
        P(f"{len(qs)} questions (want ~100)")
    if unans / total < 0.22:
        P(f"unanswerable {unans/total:.1%} < 22%")
    if nodia / total < 0.15:
        P(f"no-diacritics {nodia/total:.1%} < 15%")
    if abbr / total < 0.12:
        P(f"abbreviations {abbr/total:.1%} < 12%")
    if len(fups) < 15:
        P(f"only {len(fups)} follow-ups")
    if not 1 <= fup_unans <= 2:
        P(f"{fup_unans} unanswerable follow-ups (want 1-2)")
    if ww < 12:
        P(f"only {ww} who-what questions with actors")
    for f, c in cites.items():
        if c < 12:
            P(f"{f} cited by only {c} questions")
    for k in ("metadata", "corpus"):
        if stats["kinds"][k] < 3:
            P(f"too few {k} questions")

    # ---- who-what gold
    wids = set()
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as fh:
        lines = fh.readlines()
    for n, line in enumerate(lines, 1):
        if unicodedata.normalize("NFC", line) != line:
            P(f"who_what line {n}: not NFC")
        w = json.loads(line)
        wid = w.get("id")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            P(f"{wid}: keys {sorted(w)}")
        if wid in wids:
            P(f"{wid}: duplicate id")
        wids.add(wid)
        d = docs.get(w["source"])
        if d is None:
            P(f"{wid}: unknown source {w['source']}"); continue
        names = set()
        for a in w["actors"]:
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                P(f"{wid}: actor keys {sorted(a)}")
            if norm(a["name"]) not in d:
                P(f"{wid}: actor name not verbatim: {a['name']!r}")
            if a["role"] not in ("chủ trì", "phối hợp", "thường trực", None):
                P(f"{wid}: bad role {a['role']}")
            if a["deadline"] is not None and norm(a["deadline"]) not in d:
                P(f"{wid}: deadline not verbatim: {a['deadline']!r}")
            tq = a["task_quote"]
            if not 20 <= len(tq) <= 200 or norm(tq) not in d:
                P(f"{wid}: task_quote bad ({len(tq)}): {tq!r}")
            names.add(norm(a["name"]))
        for i in w["intruders"]:
            if norm(i) not in d:
                P(f"{wid}: intruder not in file: {i!r}")
            if norm(i) in names:
                P(f"{wid}: intruder also an actor: {i!r}")
    if len(wids) != len(files):
        P(f"who_what has {len(wids)} lines for {len(files)} files")
    cov = {json.loads(l)["source"] for l in lines}
    if cov != set(files):
        P(f"who_what does not cover all files: {set(files) - cov}")

    print(json.dumps(stats, ensure_ascii=False))
    for f, t in raw.items():
        print(f"  {f}: {len(t.split())} words")
    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems:
            print(" -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
