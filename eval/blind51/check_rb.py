#!/usr/bin/env python3
"""Standalone checker for eval set blind51 (no kg_rag import).

Usage:  /work/main/.venv/bin/python check_rb.py [set_dir]
Reads corpus/*.txt|.md (UTF-8), .docx (python-docx, with zipfile+XML
fallback), .pdf (pypdf); normalises text (NFC, lower case, whitespace
collapsed) and checks questions.jsonl and who_what.jsonl.  Prints OK or the
list of problems (exit code 1).
"""
import glob
import json
import os
import re
import sys
import unicodedata
import zipfile

SET_DIR = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(SET_DIR, "corpus")

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
Q_KEYS_REQ = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_KEYS_OPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBREV = ["UBND", "HĐND", "HDND", "KH&CN", "KHCN", "GD&ĐT", "GDĐT", "GD&DT", "GDDT", "CĐS", "CDS",
          "THCS", "THPT", "MTTQ", "UBMTTQ", "TTHC", "KHKT", "VH-TT", "VHTT", "TT&TT", "ĐMST", "DMST",
          "KH", "CV", "QĐ", "QD", "TB", "BC", "HU", "BTG", "TTYT", "PGĐ", "GDTrH", "VNeID", "KH&KT",
          "TP", "SGDĐT", "SGDDT", "AI", "IoT", "IOC", "TT", "VH", "HS", "GV", "ĐT", "sđt", "sdt", "DN"]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def norm(s):
    return re.sub(r"\s+", " ", nfc(s).lower()).strip()


def read_docx(path):
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        d = docx.Document(path)
        parts = []
        for child in d.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                parts.append(Paragraph(child, d).text)
            elif tag == "tbl":
                for row in Table(child, d).rows:
                    seen = []
                    for c in row.cells:
                        if c._tc in seen:
                            continue
                        seen.append(c._tc)
                        parts.append(c.text)
        return "\n".join(parts)
    except ImportError:
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        xml = re.sub(r"<w:tab/>", "\t", xml)
        text = re.sub(r"<[^>]+>", "", xml)
        import html
        return html.unescape(text)


def read_pdf(path):
    import pypdf
    return "\n".join((p.extract_text() or "") for p in pypdf.PdfReader(path).pages)


def read_any(path):
    if path.endswith(".docx"):
        return read_docx(path)
    if path.endswith(".pdf"):
        return read_pdf(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def is_no_diacritics(text):
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ord(ch) < 128 for ch in letters)


def uses_abbrev(text):
    for ab in ABBREV:
        if re.search(r"(?<![\w&])" + re.escape(ab) + r"(?![\w&])", text, flags=re.IGNORECASE if ab.isupper() and len(ab) > 2 else 0):
            return True
    # short forms like "KH 112", "CV 731", "QĐ 2087", "TB 236" with a number
    if re.search(r"\b(kh|cv|qđ|qd|tb|bc)\s*\d+", text, flags=re.IGNORECASE):
        return True
    return False


def main():
    problems = []
    P = problems.append

    # ---------------------------------------------------------------- corpus
    files = sorted(glob.glob(os.path.join(CORPUS, "*")))
    names = [os.path.basename(f) for f in files]
    if len(files) != 5:
        P(f"corpus: expected 5 files, found {len(files)}")
    for i, n in enumerate(names, 1):
        if not re.match(rf"^rb0{i}_[a-z0-9_]+\.(txt|md|docx|pdf)$", n):
            P(f"corpus: bad file name {n}")
    exts = {os.path.splitext(n)[1] for n in names}
    for e in (".txt", ".docx", ".pdf"):
        if e not in exts:
            P(f"corpus: no {e} file")
    if not ({".md", ".txt"} & exts):
        P("corpus: no .md/.txt file")
    raw = {n: read_any(f) for n, f in zip(names, files)}
    text = {n: norm(t) for n, t in raw.items()}
    for n, t in raw.items():
        if not n.endswith(".pdf") and t != nfc(t):
            P(f"corpus: {n} is not NFC")
        wc = len(t.split())
        if not 700 <= wc <= 1500:
            P(f"corpus: {n} has {wc} words (want 700-1500)")
        for m in re.finditer(r"57-NQ/TW", t):
            before = norm(t[max(0, m.start() - 40):m.start()])
            if "căn cứ nghị quyết số" not in before:
                P(f"corpus: {n} uses 57-NQ/TW outside a 'Căn cứ' basis line")
    # a markdown table somewhere in .md/.txt
    if not any(re.search(r"^\|.*\|\s*$\n^\|[-| :]+\|\s*$", raw[n], flags=re.M)
               for n in names if n.endswith((".md", ".txt"))):
        P("corpus: no Markdown table in a .md/.txt file")
    # .docx must use Word list numbering and contain a table
    for n, f in zip(names, files):
        if n.endswith(".docx"):
            with zipfile.ZipFile(f) as z:
                doc_xml = z.read("word/document.xml").decode("utf-8")
            if "<w:tbl>" not in doc_xml:
                P(f"corpus: {n} has no table")
            if not re.search(r'w:val="ListNumber"|w:val="ListBullet"|<w:numPr>', doc_xml):
                P(f"corpus: {n} uses no Word list numbering")
        if n.endswith(".pdf"):
            import pypdf
            pages = len(pypdf.PdfReader(f).pages)
            if not 2 <= pages <= 4:
                P(f"corpus: {n} has {pages} pages (want 2-4)")

    # ------------------------------------------------------------- questions
    qpath = os.path.join(SET_DIR, "questions.jsonl")
    qs = []
    with open(qpath, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            if line != nfc(line):
                P(f"questions line {ln}: not NFC")
            try:
                qs.append(json.loads(line))
            except json.JSONDecodeError as e:
                P(f"questions line {ln}: bad JSON ({e})")
    ids = set()
    seen_questions = []
    cited = {n: 0 for n in names}
    n_unans = n_nodia = n_abbr = n_ww = n_fu = n_fu_unans = 0
    kind_count = {}
    for i, q in enumerate(qs):
        qid = q.get("id", f"#{i}")
        keys = set(q)
        if not Q_KEYS_REQ <= keys or keys - Q_KEYS_REQ - Q_KEYS_OPT:
            P(f"{qid}: keys {sorted(keys)}")
        if not re.match(r"^rb\d{3}$", str(qid)):
            P(f"{qid}: bad id")
        if qid in ids:
            P(f"{qid}: duplicate id")
        ids.add(qid)
        kind = q.get("kind")
        kind_count[kind] = kind_count.get(kind, 0) + 1
        if kind not in KINDS:
            P(f"{qid}: bad kind {kind}")
        question = q.get("question", "")
        if not question.strip():
            P(f"{qid}: empty question")
        ans = q.get("answerable")
        if not isinstance(ans, bool):
            P(f"{qid}: answerable must be bool")
        ev = q.get("evidence", [])
        kws = q.get("keywords", [])
        if ans is False:
            n_unans += 1
            if ev or kws:
                P(f"{qid}: unanswerable must have empty evidence and keywords")
            if kind not in ("unanswerable", "follow-up", "no-diacritics", "abbreviation", "corpus"):
                P(f"{qid}: unanswerable with kind {kind}")
        elif ans is True:
            if kind == "unanswerable":
                P(f"{qid}: kind unanswerable but answerable=true")
            if not ev:
                P(f"{qid}: answerable without evidence")
            if not 1 <= len(kws) <= 3:
                P(f"{qid}: needs 1-3 keywords, has {len(kws)}")
        quotes_norm = []
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if set(e) != {"source", "quote"}:
                P(f"{qid}: evidence keys {sorted(e)}")
            if src not in text:
                P(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                P(f"{qid}: quote length {len(nq)} not in 20-200: {quote[:60]!r}")
            if nq not in text[src]:
                P(f"{qid}: quote not found in {src}: {quote[:80]!r}")
            quotes_norm.append(nq)
        for s in srcs:
            cited[s] += 1
        for kw in kws:
            nk = norm(kw)
            if not nk:
                P(f"{qid}: empty keyword")
            elif not any(nk in qn for qn in quotes_norm) and not any(nk in text[s] for s in srcs):
                P(f"{qid}: keyword {kw!r} not in evidence quotes or cited files")
        if "history" in q:
            hist = q["history"]
            if not isinstance(hist, list) or not hist:
                P(f"{qid}: history must be a non-empty list")
            else:
                for h in hist:
                    if h not in seen_questions:
                        P(f"{qid}: history question is not an earlier question: {h[:60]!r}")
        if kind == "follow-up":
            n_fu += 1
            if "history" not in q:
                P(f"{qid}: follow-up without history")
            if ans is False:
                n_fu_unans += 1
        if "actors" in q:
            acts = q["actors"]
            if not isinstance(acts, list) or not acts:
                P(f"{qid}: actors must be a non-empty list")
            else:
                for a in acts:
                    if not any(norm(a) in text[s] for s in srcs):
                        P(f"{qid}: actor {a!r} not found verbatim in cited files")
        if kind == "who-what":
            if "actors" not in q:
                P(f"{qid}: who-what without actors")
        if "actors" in q and ans:
            n_ww += 1
        if is_no_diacritics(question):
            n_nodia += 1
        elif kind == "no-diacritics":
            P(f"{qid}: kind no-diacritics but question has diacritics")
        if uses_abbrev(question):
            n_abbr += 1
        elif kind == "abbreviation":
            P(f"{qid}: kind abbreviation but no abbreviation detected")
        if "57-NQ/TW" in question:
            P(f"{qid}: question uses 57-NQ/TW")
        seen_questions.append(question)

    total = len(qs)
    if not 90 <= total <= 110:
        P(f"questions: {total} lines (want ~100)")
    pct = lambda k: 100.0 * k / total if total else 0
    if pct(n_unans) < 22:
        P(f"unanswerable {pct(n_unans):.1f}% < 22%")
    if pct(n_nodia) < 15:
        P(f"no-diacritics {pct(n_nodia):.1f}% < 15%")
    if pct(n_abbr) < 12:
        P(f"abbreviations {pct(n_abbr):.1f}% < 12%")
    if n_fu != 15:
        P(f"follow-ups: {n_fu} (want 15)")
    if not 1 <= n_fu_unans <= 2:
        P(f"unanswerable follow-ups: {n_fu_unans} (want 1-2)")
    if n_ww < 12:
        P(f"who-what questions with actors: {n_ww} < 12")
    for k in ("metadata", "corpus"):
        if kind_count.get(k, 0) < 3:
            P(f"kind {k}: only {kind_count.get(k, 0)}")
    for n, c in cited.items():
        if c < 12:
            P(f"{n} cited by {c} questions (< 12)")

    # -------------------------------------------------------------- who-what
    wpath = os.path.join(SET_DIR, "who_what.jsonl")
    ww = []
    with open(wpath, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if line.strip():
                if line != nfc(line):
                    P(f"who_what line {ln}: not NFC")
                ww.append(json.loads(line))
    if {w.get("source") for w in ww} != set(names):
        P("who_what: must have exactly one line per document")
    wids = set()
    for w in ww:
        wid = w.get("id")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            P(f"{wid}: keys {sorted(w)}")
        if wid in wids or not re.match(r"^wrb\d\d$", str(wid)):
            P(f"{wid}: bad or duplicate id")
        wids.add(wid)
        src = w.get("source")
        if src not in text:
            P(f"{wid}: unknown source {src}")
            continue
        t = text[src]
        actor_names = set()
        if not w.get("actors"):
            P(f"{wid}: no actors")
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                P(f"{wid}: actor keys {sorted(a)}")
            name = a.get("name", "")
            actor_names.add(norm(name))
            if norm(name) not in t:
                P(f"{wid}: actor name not verbatim: {name!r}")
            if a.get("role") not in ROLES:
                P(f"{wid}: bad role {a.get('role')!r} for {name!r}")
            dl = a.get("deadline")
            if dl is not None and norm(dl) not in t:
                P(f"{wid}: deadline not verbatim: {dl!r}")
            tq = norm(a.get("task_quote", ""))
            if not 20 <= len(tq) <= 200:
                P(f"{wid}: task_quote length {len(tq)} for {name!r}")
            if tq not in t:
                P(f"{wid}: task_quote not found for {name!r}: {a.get('task_quote', '')[:70]!r}")
        for x in w.get("intruders", []):
            if norm(x) not in t:
                P(f"{wid}: intruder not in document: {x!r}")
            if norm(x) in actor_names:
                P(f"{wid}: intruder is also an actor: {x!r}")
        if not w.get("intruders"):
            P(f"{wid}: no intruders")

    # ---------------------------------------------------------------- report
    print(f"questions: {total}; unanswerable {n_unans} ({pct(n_unans):.0f}%), "
          f"no-diacritics {n_nodia} ({pct(n_nodia):.0f}%), abbreviations {n_abbr} ({pct(n_abbr):.0f}%), "
          f"follow-ups {n_fu} ({n_fu_unans} unanswerable), who-what with actors {n_ww}")
    print("kinds:", json.dumps(dict(sorted(kind_count.items())), ensure_ascii=False))
    print("citations per file:", json.dumps(cited, ensure_ascii=False))
    print("who-what actors per doc:", {w.get("id"): len(w.get("actors", [])) for w in ww})
    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
