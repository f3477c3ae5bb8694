#!/usr/bin/env python
"""Standalone checker for blind evaluation set 102 (prefix ml).

Reads the 5 documents in corpus/ (.txt/.md as UTF-8, .docx via python-docx incl. tables,
.pdf via pypdf), normalises them (NFC, lower case, whitespace collapsed, '*' and '#' dropped)
and checks questions.jsonl and who_what.jsonl against every rule of the brief.
Prints OK (exit 0) or the list of problems (exit 1).  No kg_rag import.

Usage: /work/main/.venv/bin/python check_ml.py [--dump]
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
PREFIX = "ml"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBREVIATIONS = ["KH", "CV", "QĐ", "BC", "TB", "HD", "NQ", "UBND", "MTTQ", "HĐND", "TYT", "TTYT", "BHYT",
                 "BHXH", "HSSKĐT", "HSSKDT", "CNTT", "KCB", "CCCD", "BAĐT", "BADT", "GĐ", "PCT", "ĐU",
                 "TTYT", "KHNV", "SYT", "TT", "PYT", "VNeID"]
# VNeID is a product name, not an abbreviation officers type: it does not count on its own
ABBREV_COUNTING = [a for a in ABBREVIATIONS if a not in ("VNeID", "TT")]

problems = []


def problem(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------------------
# reading documents
# ---------------------------------------------------------------------------
def read_docx(path):
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    doc = Document(path)
    parts = []

    def walk_table(tbl):
        for row in tbl.rows:
            cells = []
            seen = set()
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                inner = []
                for child in cell._tc.iterchildren():
                    tag = child.tag.split("}")[1]
                    if tag == "p":
                        inner.append(Paragraph(child, cell).text)
                    elif tag == "tbl":
                        inner.append(" ".join(walk_table_text(Table(child, cell))))
                cells.append("\n".join(inner))
            parts.append(" | ".join(cells))

    def walk_table_text(tbl):
        out = []
        for row in tbl.rows:
            out.append(" | ".join(c.text for c in row.cells))
        return out

    for child in doc.element.body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p":
            parts.append(Paragraph(child, doc).text)
        elif tag == "tbl":
            walk_table(Table(child, doc))
    return "\n".join(parts), len(doc.tables)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((p.extract_text() or "") for p in r.pages), len(r.pages)


def load_docs():
    docs = {}
    meta = {}
    if not os.path.isdir(CORPUS):
        problem("corpus/ folder missing")
        return docs, meta
    for fn in sorted(os.listdir(CORPUS)):
        path = os.path.join(CORPUS, fn)
        ext = fn.rsplit(".", 1)[-1].lower()
        if ext in ("txt", "md"):
            raw = open(path, encoding="utf-8").read()
            meta[fn] = {"ext": ext, "raw": raw}
        elif ext == "docx":
            raw, ntables = read_docx(path)
            meta[fn] = {"ext": ext, "raw": raw, "tables": ntables}
        elif ext == "pdf":
            raw, pages = read_pdf(path)
            meta[fn] = {"ext": ext, "raw": raw, "pages": pages}
        else:
            problem(f"unexpected file in corpus: {fn}")
            continue
        docs[fn] = norm(raw)
    return docs, meta


# ---------------------------------------------------------------------------
# document rules
# ---------------------------------------------------------------------------
def words(raw):
    return [w for w in raw.split() if re.search(r"\w", w)]


MD_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$", re.M)


def check_documents(docs, meta):
    names = sorted(meta)
    if len(names) != 5:
        problem(f"corpus must hold exactly 5 documents, found {len(names)}: {names}")
    for i in range(1, 6):
        want = f"{PREFIX}{i:02d}_"
        hits = [n for n in names if n.startswith(want)]
        if len(hits) != 1:
            problem(f"need exactly one file starting with {want}, found {hits}")
    for n in names:
        if not re.fullmatch(rf"{PREFIX}0[1-5]_[a-z0-9]+(_[a-z0-9]+)*\.(txt|md|docx|pdf)", n):
            problem(f"bad file name: {n}")
    exts = [meta[n]["ext"] for n in names]
    for e in ("txt", "docx", "pdf"):
        if e not in exts:
            problem(f"no .{e} document")
    if exts.count("docx") > 1 or exts.count("pdf") > 1:
        problem("only one .docx and one .pdf expected, the others .txt/.md")

    has_md_table = False
    has_hard_wrap = False
    for n in names:
        m = meta[n]
        raw = m["raw"]
        nw = len(words(raw))
        if not 700 <= nw <= 1500:
            problem(f"{n}: {nw} words, must be 700-1500")
        if m["ext"] in ("txt", "md"):
            if unicodedata.normalize("NFC", raw) != raw:
                problem(f"{n}: text is not NFC")
            if MD_TABLE_SEP.search(raw):
                has_md_table = True
            lines = [l for l in raw.splitlines() if l.strip()]
            body = [l for l in lines[12:-10]]
            if body and max(len(l) for l in body) <= 80 and \
                    sum(1 for l in body if 60 <= len(l) <= 80) >= 0.5 * len(body):
                has_hard_wrap = True
        else:
            if unicodedata.normalize("NFC", raw) != raw:
                problem(f"{n}: extracted text is not NFC")
        if m["ext"] == "pdf" and not 2 <= m["pages"] <= 4:
            problem(f"{n}: PDF has {m['pages']} pages, must be 2-4")
        if m["ext"] == "pdf" and len(docs[n]) < 1000:
            problem(f"{n}: PDF text layer missing or too short")
        if m["ext"] == "docx" and m.get("tables", 0) < 1:
            problem(f"{n}: .docx has no Word table")
        if m["ext"] == "docx" and "| đơn vị chủ trì |" not in docs[n]:
            problem(f"{n}: .docx task table (Đơn vị chủ trì column) not found")
        d = docs[n]
        state = "cộng hòa xã hội chủ nghĩa việt nam" in d and "độc lập - tự do - hạnh phúc" in d
        party = "đảng cộng sản việt nam" in d
        if not (state or party):
            problem(f"{n}: motto missing")
        if not re.search(r"số:? ?\d+[-/][^\s]*", d):
            problem(f"{n}: no document number 'Số: …'")
        if "nơi nhận" not in d:
            problem(f"{n}: no 'Nơi nhận:'")
        if "lưu" not in d:
            problem(f"{n}: no 'Lưu' line")
        if not re.search(r"căn cứ|thực hiện (kế hoạch|thông báo|nghị quyết)|triển khai kế hoạch số", d):
            problem(f"{n}: no basis line ('Căn cứ …' / 'Thực hiện …' / 'triển khai Kế hoạch số …')")
        if "57-nq/tw" in d:
            for line in raw.splitlines():
                if "57-NQ/TW" in line and "Căn cứ" not in line:
                    problem(f"{n}: 57-NQ/TW outside a 'Căn cứ' line: {line.strip()[:80]}")
    if not has_md_table:
        problem("no Markdown table in any .txt/.md document")
    if not has_hard_wrap:
        problem("no hard-wrapped (60-80 chars) .txt/.md document")


# ---------------------------------------------------------------------------
# questions
# ---------------------------------------------------------------------------
VIET = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)


def has_abbrev(q):
    for a in ABBREV_COUNTING:
        if re.search(rf"(?<![\w&]){re.escape(a)}(?![\w])", q):
            return True
    if re.search(r"\b(GD&ĐT|KH&CN|GD&DT|KH&CN)\b", q):
        return True
    return False


def load_jsonl(path):
    rows = []
    if not os.path.exists(path):
        problem(f"{os.path.basename(path)} missing")
        return rows
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                problem(f"{os.path.basename(path)} line {i}: bad JSON ({e})")
    return rows


def check_quote(where, src, quote, docs):
    if src not in docs:
        problem(f"{where}: source {src!r} is not a corpus file")
        return False
    nq = norm(quote)
    if not 20 <= len(nq) <= 200:
        problem(f"{where}: quote length {len(nq)} not in 20-200: {quote[:60]!r}")
    if nq not in docs[src]:
        problem(f"{where}: quote not verbatim in {src}: {quote[:80]!r}")
        return False
    return True


def check_questions(docs):
    qs = load_jsonl(os.path.join(HERE, "questions.jsonl"))
    if not 100 <= len(qs) <= 110:
        problem(f"questions.jsonl has {len(qs)} questions, about 105 expected")
    ids, texts = set(), {}
    cites = {fn: 0 for fn in docs}
    kinds = {}
    n_unans = n_nodia = n_abbr = n_follow = n_follow_unans = n_who = 0
    order = []
    for idx, q in enumerate(qs, 1):
        qid = q.get("id")
        where = f"question {qid or '#'+str(idx)}"
        want_id = f"{PREFIX}{idx:03d}"
        if qid != want_id:
            problem(f"{where}: id should be {want_id}")
        if qid in ids:
            problem(f"{where}: duplicate id")
        ids.add(qid)
        text = q.get("question", "")
        if not isinstance(text, str) or len(text.strip()) < 5:
            problem(f"{where}: empty question")
            continue
        key = norm(text)
        if key in texts:
            problem(f"{where}: same question as {texts[key]}")
        kind = q.get("kind")
        if kind not in KINDS:
            problem(f"{where}: bad kind {kind!r}")
        kinds[kind] = kinds.get(kind, 0) + 1
        allowed = {"id", "question", "answerable", "kind", "evidence", "keywords", "history", "actors"}
        extra = set(q) - allowed
        if extra:
            problem(f"{where}: unexpected fields {sorted(extra)}")
        ans = q.get("answerable")
        ev = q.get("evidence")
        kw = q.get("keywords")
        if not isinstance(ans, bool) or not isinstance(ev, list) or not isinstance(kw, list):
            problem(f"{where}: answerable/evidence/keywords have wrong types")
            continue
        # history
        hist = q.get("history")
        if hist is not None:
            if not isinstance(hist, list) or not hist:
                problem(f"{where}: history must be a non-empty list")
            else:
                for h in hist:
                    if norm(h) not in texts:
                        problem(f"{where}: history question is not an earlier question: {h[:60]!r}")
                n_follow += 1
                if not ans:
                    n_follow_unans += 1
        if kind == "follow-up" and not hist:
            problem(f"{where}: follow-up without history")
        # for every question the rules on answerability
        if not ans:
            n_unans += 1
            if ev or kw:
                problem(f"{where}: unanswerable must have empty evidence and keywords")
            if kind not in ("unanswerable",):
                problem(f"{where}: unanswerable question should have kind 'unanswerable'")
        else:
            if kind == "unanswerable":
                problem(f"{where}: kind unanswerable but answerable true")
            if not 1 <= len(ev) <= 3:
                problem(f"{where}: needs 1-3 evidence quotes, has {len(ev)}")
            if not 1 <= len(kw) <= 3:
                problem(f"{where}: needs 1-3 keywords, has {len(kw)}")
            srcs = set()
            quotes_norm = []
            for e in ev:
                src, quote = e.get("source"), e.get("quote", "")
                if check_quote(where, src, quote, docs):
                    srcs.add(src)
                    quotes_norm.append(norm(quote))
            for s in srcs:
                cites[s] += 1
            for k in kw:
                nk = norm(k)
                if not nk:
                    problem(f"{where}: empty keyword")
                elif not any(nk in qn for qn in quotes_norm):
                    if any(nk in docs.get(s, "") for s in srcs):
                        pass  # in the cited file
                    else:
                        problem(f"{where}: keyword {k!r} not in its quotes nor cited file")
            if kind == "corpus" and len(srcs) < 2:
                problem(f"{where}: corpus question should cite at least 2 documents")
        # actors
        actors = q.get("actors")
        if actors is not None:
            if not isinstance(actors, list) or not actors:
                problem(f"{where}: actors must be a non-empty list")
            else:
                pool = [docs[e["source"]] for e in ev if e.get("source") in docs] or list(docs.values())
                for a in actors:
                    if not any(norm(a) in d for d in pool):
                        problem(f"{where}: actor {a!r} not verbatim in the cited document(s)")
        if kind == "who-what":
            if not actors:
                problem(f"{where}: who-what question needs actors")
            else:
                n_who += 1
        # typing style
        nodia = not VIET.search(text)
        if kind == "no-diacritics" and not nodia:
            problem(f"{where}: kind no-diacritics but the question has diacritics")
        if nodia:
            n_nodia += 1
        abbr = has_abbrev(text)
        if kind == "abbreviation" and not abbr:
            problem(f"{where}: kind abbreviation but no known abbreviation in the question")
        if abbr:
            n_abbr += 1
        texts[key] = qid
        order.append(qid)

    total = len(qs) or 1
    stats = {
        "total": len(qs), "kinds": kinds,
        "unanswerable": (n_unans, n_unans / total), "no_diacritics": (n_nodia, n_nodia / total),
        "abbreviation": (n_abbr, n_abbr / total), "follow_ups": n_follow,
        "follow_ups_unanswerable": n_follow_unans, "who_what_with_actors": n_who, "cites": cites,
    }
    if n_unans / total < 0.22:
        problem(f"unanswerable {n_unans}/{total} < 22%")
    if kinds.get("no-diacritics", 0) / total < 0.15 or n_nodia / total < 0.15:
        problem(f"no-diacritics {kinds.get('no-diacritics', 0)} (kind) / {n_nodia} (typed) of {total} < 15%")
    if kinds.get("abbreviation", 0) / total < 0.12 and n_abbr / total < 0.12:
        problem(f"abbreviation {kinds.get('abbreviation', 0)} (kind) / {n_abbr} (typed) of {total} < 12%")
    if n_abbr / total < 0.12:
        problem(f"questions with abbreviations {n_abbr}/{total} < 12%")
    if n_follow < 15:
        problem(f"follow-ups with history {n_follow} < 15")
    if not 1 <= n_follow_unans <= 2:
        problem(f"unanswerable follow-ups {n_follow_unans}, must be 1-2")
    if n_who < 12:
        problem(f"who-what questions with actors {n_who} < 12")
    for k in ("metadata", "list", "corpus"):
        if kinds.get(k, 0) < 3:
            problem(f"too few {k} questions ({kinds.get(k, 0)})")
    for fn, c in cites.items():
        if c < 12:
            problem(f"{fn} cited by {c} answerable questions, needs >= 12")
    return stats


# ---------------------------------------------------------------------------
# who_what.jsonl
# ---------------------------------------------------------------------------
def check_who_what(docs):
    rows = load_jsonl(os.path.join(HERE, "who_what.jsonl"))
    if len(rows) != len(docs):
        problem(f"who_what.jsonl has {len(rows)} lines, one per document ({len(docs)}) expected")
    seen_src = set()
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        where = f"who_what {rid or '#'+str(i)}"
        if rid != f"w{PREFIX}{i:02d}":
            problem(f"{where}: id should be w{PREFIX}{i:02d}")
        src = r.get("source")
        if src not in docs:
            problem(f"{where}: source {src!r} is not a corpus file")
            continue
        if src in seen_src:
            problem(f"{where}: second line for {src}")
        seen_src.add(src)
        d = docs[src]
        if not r.get("directive"):
            problem(f"{where}: directive missing")
        actors = r.get("actors") or []
        if not actors:
            problem(f"{where}: no actors")
        names = set()
        for a in actors:
            name = a.get("name", "")
            names.add(norm(name))
            if norm(name) not in d:
                problem(f"{where}: actor name not verbatim: {name!r}")
            if a.get("role") not in ROLES:
                problem(f"{where}: bad role {a.get('role')!r} for {name!r}")
            dl = a.get("deadline")
            if dl is not None and norm(dl) not in d:
                problem(f"{where}: deadline not verbatim: {dl!r}")
            tq = a.get("task_quote", "")
            nt = norm(tq)
            if not 20 <= len(nt) <= 200:
                problem(f"{where}: task_quote length {len(nt)} for {name!r}")
            if nt not in d:
                problem(f"{where}: task_quote not verbatim for {name!r}: {tq[:70]!r}")
        for g in r.get("groups") or []:
            if norm(g.get("name", "")) not in d:
                problem(f"{where}: group name not verbatim: {g.get('name')!r}")
            if not g.get("members"):
                problem(f"{where}: group {g.get('name')!r} without members")
            for m in g.get("members") or []:
                if norm(m) not in d:
                    problem(f"{where}: group member not verbatim: {m!r}")
        intr = r.get("intruders") or []
        if not 3 <= len(intr) <= 6:
            problem(f"{where}: {len(intr)} intruders, 3-6 expected")
        for s in intr:
            ns = norm(s)
            if ns not in d:
                problem(f"{where}: intruder not verbatim: {s!r}")
            if ns in names:
                problem(f"{where}: intruder is also an actor: {s!r}")
            for n in names:
                if ns and (ns == n):
                    problem(f"{where}: intruder equals actor {s!r}")
    for fn in docs:
        if fn not in seen_src:
            problem(f"who_what.jsonl has no line for {fn}")


def main():
    docs, meta = load_docs()
    if "--dump" in sys.argv:
        for fn in sorted(meta):
            print("=" * 20, fn)
            print(meta[fn]["raw"])
        return 0
    check_documents(docs, meta)
    stats = check_questions(docs)
    check_who_what(docs)
    if "-v" in sys.argv or "--stats" in sys.argv:
        print(json.dumps(stats, ensure_ascii=False, indent=1, default=str))
        for fn in sorted(meta):
            print(fn, meta[fn]["ext"], len(words(meta[fn]["raw"])), "words",
                  f"{meta[fn].get('pages', '')} pages" if meta[fn]["ext"] == "pdf" else "")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"{len(problems)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
