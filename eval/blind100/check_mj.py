#!/usr/bin/env python3
"""Standalone checker for the blind100 evaluation set (prefix mj).

Reads the 5 corpus documents (.txt/.md as UTF-8, .docx via python-docx or zip+XML incl. tables,
.pdf via pypdf), normalises text (NFC, lower case, `*` and `#` dropped, whitespace collapsed) and
checks the rules of the brief for corpus/, questions.jsonl and who_what.jsonl.

Prints `OK` (exit 0) or the list of problems (exit 1).
Usage: python check_mj.py [set_folder]
"""
import json
import os
import re
import sys
import unicodedata
import zipfile

PREFIX = "mj"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBREV_RE = re.compile(
    r"\b(KHLT|KH|CV|QĐ|BC|TB|HD|UBND|MTTQ|GD&ĐT|PGD&ĐT|PGD|SGD|SGDĐT|KH&CN|HĐND|THCS|THPT|TH&THCS|"
    r"CMHS|BLHĐ|HS|HK1|HK|TTV|XHH|BTG|HU|HT|TT|PTDTNT|GDTrH)\b")

problems = []


def problem(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def words(s):
    return [w for w in s.split() if re.search(r"\w", w)]


# ---------------------------------------------------------------- readers
def read_docx(path):
    """Return (text, n_tables) with paragraphs and table cells in document order."""
    try:
        import docx  # python-docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        d = docx.Document(path)
        parts, n_tables = [], 0
        for child in d.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                parts.append(Paragraph(child, d).text)
            elif tag == "tbl":
                n_tables += 1
                t = Table(child, d)
                for row in t.rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        parts.append(cell.text)
        return "\n".join(parts), n_tables
    except ImportError:
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        n_tables = len(re.findall(r"<w:tbl>", xml))
        xml = re.sub(r"</w:p>", "\n", xml)
        xml = re.sub(r"<w:tab/>", "\t", xml)
        text = re.sub(r"<[^>]+>", "", xml)
        import html
        return html.unescape(text), n_tables


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((p.extract_text() or "") for p in r.pages), len(r.pages)


# ---------------------------------------------------------------- corpus
def check_corpus(folder):
    cdir = os.path.join(folder, "corpus")
    docs = {}  # file -> dict(raw, norm, ext)
    if not os.path.isdir(cdir):
        problem("corpus/ folder missing")
        return docs
    files = sorted(f for f in os.listdir(cdir) if not f.startswith("."))
    if len(files) != 5:
        problem(f"corpus must hold exactly 5 documents, found {len(files)}: {files}")
    nums = []
    for f in files:
        m = re.fullmatch(PREFIX + r"0([1-5])_[a-z0-9_]+\.(txt|md|docx|pdf)", f)
        if not m:
            problem(f"bad file name: {f}")
            continue
        nums.append(m.group(1))
    if sorted(nums) != ["1", "2", "3", "4", "5"]:
        problem(f"file numbers must be {PREFIX}01..{PREFIX}05 once each, got {sorted(nums)}")
    exts = [f.rsplit(".", 1)[-1] for f in files]
    for need in ("txt", "docx", "pdf"):
        if exts.count(need) < 1:
            problem(f"need at least one .{need} document")
    if exts.count("docx") > 1 or exts.count("pdf") > 1:
        problem("only one .docx and one .pdf expected; the others .txt or .md")

    md_table_found = False
    hard_wrapped_found = False
    for f in files:
        path = os.path.join(cdir, f)
        ext = f.rsplit(".", 1)[-1]
        if ext in ("txt", "md"):
            raw = open(path, encoding="utf-8").read()
            if unicodedata.normalize("NFC", raw) != raw:
                problem(f"{f}: not NFC")
            lines = raw.split("\n")
            for i in range(len(lines) - 1):
                if re.match(r"^\s*\|.*\|.*\|\s*$", lines[i]) and re.match(r"^\s*\|[\s:|-]+\|\s*$", lines[i + 1]) \
                        and "-" in lines[i + 1]:
                    md_table_found = True
                    break
            prose = [ln for ln in lines if ln.strip() and not ln.strip().startswith("|")]
            if ext == "txt" and prose:
                short = sum(1 for ln in prose if len(ln) <= 80)
                band = sum(1 for ln in prose if 60 <= len(ln) <= 80)
                if short / len(prose) >= 0.97 and band >= 25:
                    hard_wrapped_found = True
        elif ext == "docx":
            raw, n_tables = read_docx(path)
            if n_tables < 1:
                problem(f"{f}: no Word table")
            else:
                # need a table of at least 3 rows x 3 columns (the member list)
                try:
                    import docx
                    d = docx.Document(path)
                    if not any(len(t.rows) >= 3 and len(t.columns) >= 3 for t in d.tables):
                        problem(f"{f}: no Word table with >=3 rows and >=3 columns")
                except ImportError:
                    pass
            if unicodedata.normalize("NFC", raw) != raw:
                problem(f"{f}: docx text not NFC")
        else:
            raw, pages = read_pdf(path)
            if not (2 <= pages <= 4):
                problem(f"{f}: PDF must have 2-4 pages, has {pages}")
            if len(words(raw)) < 100:
                problem(f"{f}: PDF has no real text layer")
            try:
                from pypdf import PdfReader
                prod = str(PdfReader(path).metadata.get("/Producer", ""))
                if "fpdf" not in prod.lower():
                    problem(f"{f}: PDF not produced by fpdf2 (Producer={prod!r})")
            except Exception as e:  # noqa
                problem(f"{f}: cannot read PDF metadata: {e}")
        n = norm(raw)
        wc = len(words(raw))
        if not (700 <= wc <= 1500):
            problem(f"{f}: {wc} words, must be 700-1500")
        state = ("cộng hòa xã hội chủ nghĩa việt nam" in n and "độc lập - tự do - hạnh phúc" in n)
        party = "đảng cộng sản việt nam" in n
        if not (state or party):
            problem(f"{f}: motto missing")
        if not re.search(r"số:? ?\d+[/-]", n):
            problem(f"{f}: no document number ('Số: ...')")
        if "nơi nhận" not in n or "lưu: vt" not in n:
            problem(f"{f}: 'Nơi nhận' / 'Lưu: VT' tail missing")
        if not re.search(r"ngày \d{1,2} tháng \d{1,2} năm \d{4}", n):
            problem(f"{f}: place/date line missing")
        # 57-NQ/TW only in a "Căn cứ" line
        for ln in raw.split("\n"):
            if "57-NQ/TW" in ln and not ln.strip().lower().startswith("căn cứ"):
                problem(f"{f}: '57-NQ/TW' outside a 'Căn cứ' line")
        docs[f] = {"raw": raw, "norm": n, "ext": ext, "words": wc}
    if not md_table_found:
        problem("no Markdown table found in any .txt/.md document")
    if not hard_wrapped_found:
        problem("no .txt document hard-wrapped at 60-80 characters")
    return docs


# ---------------------------------------------------------------- questions
def load_jsonl(path):
    rows = []
    if not os.path.exists(path):
        problem(f"{os.path.basename(path)} missing")
        return rows
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                problem(f"{os.path.basename(path)} line {i}: bad JSON ({e})")
    return rows


def is_ascii_question(q):
    return all(ord(c) < 128 for c in q)


def check_questions(folder, docs):
    qs = load_jsonl(os.path.join(folder, "questions.jsonl"))
    if not qs:
        problem("questions.jsonl empty")
        return
    ids, texts = set(), []
    cited = {f: 0 for f in docs}
    kinds = {}
    n_unans = n_ascii = n_abbr_kind = n_abbr_tok = 0
    n_hist = n_hist_unans = 0
    n_who = 0
    for i, q in enumerate(qs):
        qid = q.get("id", f"<line {i + 1}>")
        tag = f"{qid}"
        for key in ("id", "question", "answerable", "kind", "evidence", "keywords"):
            if key not in q:
                problem(f"{tag}: missing field {key}")
        if not re.fullmatch(PREFIX + r"\d{3}", str(q.get("id", ""))):
            problem(f"{tag}: id must look like {PREFIX}001")
        if qid in ids:
            problem(f"{tag}: duplicate id")
        ids.add(qid)
        text = q.get("question", "")
        if unicodedata.normalize("NFC", text) != text:
            problem(f"{tag}: question not NFC")
        nt = norm(text)
        if nt in [norm(t) for t in texts]:
            problem(f"{tag}: duplicate question text")
        kind = q.get("kind")
        if kind not in KINDS:
            problem(f"{tag}: bad kind {kind!r}")
        kinds[kind] = kinds.get(kind, 0) + 1
        ans = q.get("answerable")
        if not isinstance(ans, bool):
            problem(f"{tag}: answerable must be true/false")
        ev = q.get("evidence", [])
        kw = q.get("keywords", [])
        # history
        hist = q.get("history")
        if hist is not None:
            if not isinstance(hist, list) or not hist:
                problem(f"{tag}: history must be a non-empty list")
            else:
                for h in hist:
                    if h not in texts:
                        problem(f"{tag}: history question not an earlier question: {h!r}")
                n_hist += 1
                if ans is False:
                    n_hist_unans += 1
        if kind == "follow-up" and not hist:
            problem(f"{tag}: follow-up without history")
        # copy check: question must not be a sentence of a document
        core = nt.rstrip("?. ")
        if len(core) >= 25 and any(core in d["norm"] for d in docs.values()):
            problem(f"{tag}: question copies document text")
        if is_ascii_question(text):
            n_ascii += 1
        if kind == "no-diacritics" and not is_ascii_question(text):
            problem(f"{tag}: kind no-diacritics but question has diacritics")
        if kind == "abbreviation":
            n_abbr_kind += 1
            if not ABBREV_RE.search(text):
                problem(f"{tag}: kind abbreviation but no abbreviation found")
        if ABBREV_RE.search(text):
            n_abbr_tok += 1
        if ans is False:
            n_unans += 1
            if ev or kw:
                problem(f"{tag}: unanswerable must have empty evidence and keywords")
            if kind not in ("unanswerable", "follow-up", "no-diacritics", "abbreviation"):
                problem(f"{tag}: unanswerable question with kind {kind}")
        else:
            if kind == "unanswerable":
                problem(f"{tag}: kind unanswerable but answerable true")
            if not (1 <= len(ev) <= 3):
                problem(f"{tag}: needs 1-3 evidence quotes")
            if not (1 <= len(kw) <= 3):
                problem(f"{tag}: needs 1-3 keywords")
            srcs = set()
            nquotes = []
            for e in ev:
                src, quote = e.get("source"), e.get("quote", "")
                if src not in docs:
                    problem(f"{tag}: evidence source not in corpus: {src}")
                    continue
                srcs.add(src)
                qn = norm(quote)
                nquotes.append(qn)
                if not (20 <= len(qn) <= 200):
                    problem(f"{tag}: quote length {len(qn)} not in 20-200: {quote[:60]!r}")
                if qn not in docs[src]["norm"]:
                    problem(f"{tag}: quote not verbatim in {src}: {quote[:80]!r}")
            for src in srcs:
                cited[src] += 1
            for k in kw:
                kn = norm(k)
                if not any(kn in x for x in nquotes) and not any(kn in docs[s]["norm"] for s in srcs):
                    problem(f"{tag}: keyword not in quotes or cited file: {k!r}")
                elif not any(kn in x for x in nquotes):
                    pass  # allowed: keyword in the cited file
        actors = q.get("actors")
        if actors is not None:
            pool = [docs[e["source"]]["norm"] for e in ev if e.get("source") in docs] or \
                   [d["norm"] for d in docs.values()]
            for a in actors:
                if not any(norm(a) in p for p in pool):
                    problem(f"{tag}: actor not verbatim in cited text: {a!r}")
        if kind == "who-what":
            if not actors:
                problem(f"{tag}: who-what question without actors")
            else:
                n_who += 1
        texts.append(text)

    total = len(qs)
    if not (95 <= total <= 115):
        problem(f"about 105 questions expected, found {total}")
    if n_unans / total < 0.22:
        problem(f"unanswerable {n_unans}/{total} = {n_unans / total:.1%} < 22%")
    if n_ascii / total < 0.15:
        problem(f"typed without diacritics {n_ascii}/{total} = {n_ascii / total:.1%} < 15%")
    if n_abbr_kind / total < 0.12:
        problem(f"abbreviation questions {n_abbr_kind}/{total} = {n_abbr_kind / total:.1%} < 12%")
    if n_hist < 15:
        problem(f"follow-ups with history: {n_hist} < 15")
    if not (1 <= n_hist_unans <= 2):
        problem(f"unanswerable follow-ups: {n_hist_unans}, must be 1-2")
    if n_who < 12:
        problem(f"who-what questions with actors: {n_who} < 12")
    for k in ("metadata", "list", "corpus"):
        if kinds.get(k, 0) < 3:
            problem(f"too few {k} questions ({kinds.get(k, 0)})")
    for f, c in cited.items():
        if c < 12:
            problem(f"{f} cited by only {c} answerable questions (< 12)")
    stats = {
        "total": total, "kinds": kinds, "unanswerable": n_unans, "ascii_typed": n_ascii,
        "abbreviation_kind": n_abbr_kind, "with_abbreviation_token": n_abbr_tok,
        "with_history": n_hist, "unanswerable_with_history": n_hist_unans, "who_what_with_actors": n_who,
        "cited": cited,
    }
    return stats


# ---------------------------------------------------------------- who_what
def check_who_what(folder, docs):
    rows = load_jsonl(os.path.join(folder, "who_what.jsonl"))
    if len(rows) != len(docs) or len(rows) != 5:
        problem(f"who_what.jsonl must have one line per document (5), has {len(rows)}")
    seen_src = set()
    for r in rows:
        tag = r.get("id", "<no id>")
        if not re.fullmatch("w" + PREFIX + r"0[1-5]", str(r.get("id", ""))):
            problem(f"{tag}: bad who-what id")
        src = r.get("source")
        if src not in docs:
            problem(f"{tag}: source not in corpus: {src}")
            continue
        if src in seen_src:
            problem(f"{tag}: source listed twice")
        seen_src.add(src)
        d = docs[src]["norm"]
        if not r.get("directive"):
            problem(f"{tag}: directive missing")
        actors = r.get("actors", [])
        if not actors:
            problem(f"{tag}: no actors")
        names = set()
        for a in actors:
            name = a.get("name", "")
            names.add(norm(name))
            if norm(name) not in d:
                problem(f"{tag}: actor name not verbatim: {name!r}")
            if a.get("role", None) not in ROLES:
                problem(f"{tag}: bad role {a.get('role')!r} for {name!r}")
            dl = a.get("deadline")
            if dl is not None and norm(dl) not in d:
                problem(f"{tag}: deadline not verbatim: {dl!r}")
            tq = norm(a.get("task_quote", ""))
            if not (20 <= len(tq) <= 200):
                problem(f"{tag}: task_quote length {len(tq)} for {name!r}")
            if tq not in d:
                problem(f"{tag}: task_quote not verbatim for {name!r}: {a.get('task_quote', '')[:70]!r}")
        for g in r.get("groups", []):
            if norm(g.get("name", "")) not in d:
                problem(f"{tag}: group name not verbatim: {g.get('name')!r}")
            if not g.get("members"):
                problem(f"{tag}: group without members: {g.get('name')!r}")
            for m in g.get("members", []):
                if norm(m) not in d:
                    problem(f"{tag}: group member not verbatim: {m!r}")
        intr = r.get("intruders", [])
        if not (3 <= len(intr) <= 6):
            problem(f"{tag}: 3-6 intruders expected, has {len(intr)}")
        for s in intr:
            ns = norm(s)
            if ns not in d:
                problem(f"{tag}: intruder not verbatim: {s!r}")
            for nm in names:
                if ns == nm or ns in nm or nm in ns:
                    problem(f"{tag}: intruder {s!r} overlaps actor {nm!r}")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    folder = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    docs = check_corpus(folder)
    stats = check_questions(folder, docs) if docs else None
    if docs:
        check_who_what(folder, docs)
    if stats and "-v" in sys.argv:
        print(json.dumps(stats, ensure_ascii=False, indent=1))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
