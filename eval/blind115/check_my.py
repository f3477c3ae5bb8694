#!/usr/bin/env python3
"""Standalone checker for blind set 115 (prefix "my"). No kg_rag import.

Reads the 5 documents (.txt/.md as UTF-8, .docx via python-docx incl. tables, .pdf via pypdf),
normalises them (NFC, lower case, '*' and '#' dropped, whitespace collapsed) and checks the rules of
the brief for corpus/, questions.jsonl and who_what.jsonl. Prints OK or the list of problems (exit 1).

Usage: /work/main/.venv/bin/python check_my.py [set_folder]
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "my"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBREV = ["KH", "CV", "QĐ", "BC", "TB", "HD", "HĐ", "NQ", "UBND", "MTTQ", "HĐND", "KH&CN", "KHCN",
          "NN&PTNT", "NNPTNT", "HTX", "THT", "TC-KH", "KT&HT", "KTHT", "SHTT", "GD&ĐT", "THCS",
          "PTNT", "ĐT"]

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    doc = Document(path)
    out, n_tables, big_table = [], 0, False
    for el in doc.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(el, doc).text)
        elif tag == "tbl":
            t = Table(el, doc)
            n_tables += 1
            if len(t.rows) >= 3 and len(t.columns) >= 4:
                big_table = True
            for row in t.rows:
                cells = []
                for c in row.cells:
                    cells.append("\n".join(p.text for p in c.paragraphs))
                out.append(" | ".join(cells))
    return "\n".join(out), {"tables": n_tables, "task_table": big_table}


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((p.extract_text() or "") for p in r.pages), {"pages": len(r.pages)}


def has_diacritics(s):
    return any(ord(ch) > 127 for ch in s)


def main(folder):
    corpus_dir = os.path.join(folder, "corpus")
    # ------------------------------------------------------------------ corpus
    files = sorted(os.listdir(corpus_dir)) if os.path.isdir(corpus_dir) else []
    if len(files) != 5:
        bad(f"corpus: expected exactly 5 documents, found {len(files)}: {files}")
    name_re = re.compile(r"^%s0([1-5])_[a-z0-9]+(?:_[a-z0-9]+)*\.(txt|md|docx|pdf)$" % PREFIX)
    seen_nums, exts = set(), []
    for f in files:
        m = name_re.match(f)
        if not m:
            bad(f"corpus: bad file name {f!r}")
            continue
        if m.group(1) in seen_nums:
            bad(f"corpus: number {PREFIX}0{m.group(1)} used twice")
        seen_nums.add(m.group(1))
        exts.append(m.group(2))
    for need in ("txt", "docx", "pdf"):
        if need not in exts:
            bad(f"corpus: no .{need} document")
    if exts.count("docx") > 1 or exts.count("pdf") > 1:
        bad("corpus: the documents other than one .docx and one .pdf must be .txt or .md")

    texts, raw = {}, {}
    md_table_found, wrapped_found = False, False
    for f in files:
        p = os.path.join(corpus_dir, f)
        ext = f.rsplit(".", 1)[-1]
        try:
            if ext in ("txt", "md"):
                with open(p, encoding="utf-8") as fh:
                    t = fh.read()
                if t != unicodedata.normalize("NFC", t):
                    bad(f"{f}: file is not NFC")
                lines = t.split("\n")
                for i in range(len(lines) - 1):
                    if re.match(r"^\s*\|.*\|\s*$", lines[i]) and re.match(r"^\s*\|?\s*:?-{3,}", lines[i + 1]):
                        md_table_found = True
                        break
                nonempty = [ln for ln in lines if ln.strip()]
                long_ok = sum(1 for ln in nonempty if len(ln) <= 80)
                in_band = sum(1 for ln in nonempty if 60 <= len(ln) <= 80)
                if nonempty and long_ok / len(nonempty) >= 0.97 and in_band >= 40:
                    wrapped_found = True
            elif ext == "docx":
                t, info = read_docx(p)
                if not info["task_table"]:
                    bad(f"{f}: no Word table with >=3 rows and >=4 columns")
                if t != unicodedata.normalize("NFC", t):
                    bad(f"{f}: docx text is not NFC")
            elif ext == "pdf":
                t, info = read_pdf(p)
                if not 2 <= info["pages"] <= 4:
                    bad(f"{f}: PDF has {info['pages']} pages, expected 2-4")
                if len(t.split()) < 300:
                    bad(f"{f}: PDF text layer too small ({len(t.split())} words)")
                if t != unicodedata.normalize("NFC", t):
                    bad(f"{f}: PDF text is not NFC")
            else:
                continue
        except Exception as e:  # noqa
            bad(f"{f}: cannot read ({e})")
            continue
        raw[f] = t
        texts[f] = norm(t)
        words = [w for w in t.split() if re.search(r"\w", w)]
        if not 700 <= len(words) <= 1500:
            bad(f"{f}: {len(words)} words, expected 700-1500")
        nt = texts[f]
        if not (("cộng hòa xã hội chủ nghĩa việt nam" in nt and "độc lập - tự do - hạnh phúc" in nt)
                or "đảng cộng sản việt nam" in nt):
            bad(f"{f}: motto missing")
        if not re.search(r"số:? ?\d+", nt):
            bad(f"{f}: no 'Số ...' number line")
        if "căn cứ" not in nt:
            bad(f"{f}: no 'Căn cứ' line")
        if "nơi nhận" not in nt or "lưu: vt" not in nt:
            bad(f"{f}: tail (Nơi nhận / Lưu: VT) missing")
        for ln in t.split("\n"):
            if "57-NQ/TW" in ln and not ln.strip().startswith("Căn cứ"):
                bad(f"{f}: '57-NQ/TW' outside a 'Căn cứ' line")
    if not md_table_found:
        bad("corpus: no Markdown table in a .txt/.md document")
    if not wrapped_found:
        bad("corpus: no hard-wrapped (60-80 chars) .txt/.md document")

    def verbatim(s, fname):
        return fname in texts and norm(s) in texts[fname]

    # ------------------------------------------------------------------ questions
    qpath = os.path.join(folder, "questions.jsonl")
    qs = []
    try:
        with open(qpath, encoding="utf-8") as fh:
            for i, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    qs.append(json.loads(line))
                except Exception as e:  # noqa
                    bad(f"questions.jsonl line {i}: invalid JSON ({e})")
    except FileNotFoundError:
        bad("questions.jsonl missing")
    ids, qtexts = set(), set()
    earlier = []
    cites = {f: 0 for f in texts}
    n_unans = n_nodiac = n_abbr_kind = n_abbr_tok = n_follow = n_follow_unans = n_who = 0
    kind_count = {}
    for q in qs:
        qid = q.get("id", "?")
        where = f"question {qid}"
        if not re.fullmatch(r"%s\d{3}" % PREFIX, str(qid)):
            bad(f"{where}: bad id")
        if qid in ids:
            bad(f"{where}: duplicate id")
        ids.add(qid)
        text = q.get("question", "")
        if not isinstance(text, str) or len(text.strip()) < 5:
            bad(f"{where}: empty question")
            text = str(text)
        nq = norm(text)
        if nq in qtexts:
            bad(f"{where}: duplicate question text")
        qtexts.add(nq)
        core = nq.rstrip("?. ")
        if len(core) >= 25 and any(core in t for t in texts.values()):
            bad(f"{where}: question copies a sentence of a document")
        kind = q.get("kind")
        kind_count[kind] = kind_count.get(kind, 0) + 1
        if kind not in KINDS:
            bad(f"{where}: unknown kind {kind!r}")
        ans = q.get("answerable")
        if not isinstance(ans, bool):
            bad(f"{where}: answerable must be true/false")
        ev = q.get("evidence", None)
        kw = q.get("keywords", None)
        if not isinstance(ev, list) or not isinstance(kw, list):
            bad(f"{where}: evidence/keywords must be lists")
            ev, kw = ev or [], kw or []
        if ans is False:
            n_unans += 1
            if ev or kw:
                bad(f"{where}: unanswerable question must have empty evidence and keywords")
        elif ans is True:
            if kind == "unanswerable":
                bad(f"{where}: kind unanswerable but answerable true")
            if not 1 <= len(ev) <= 3:
                bad(f"{where}: needs 1-3 evidence quotes, has {len(ev)}")
            if not 1 <= len(kw) <= 3:
                bad(f"{where}: needs 1-3 keywords, has {len(kw)}")
            quotes_norm, srcs = [], set()
            for e in ev:
                src, quote = e.get("source"), e.get("quote", "")
                if src not in texts:
                    bad(f"{where}: unknown source {src!r}")
                    continue
                srcs.add(src)
                if not 20 <= len(quote) <= 200:
                    bad(f"{where}: quote length {len(quote)} not in 20-200: {quote[:60]!r}")
                if not verbatim(quote, src):
                    bad(f"{where}: quote not verbatim in {src}: {quote[:80]!r}")
                quotes_norm.append(norm(quote))
            for s in srcs:
                cites[s] += 1
            for k in kw:
                nk = norm(k)
                if not nk:
                    bad(f"{where}: empty keyword")
                elif not any(nk in qn for qn in quotes_norm):
                    if any(nk in texts[s] for s in srcs):
                        pass  # allowed: inside the cited file
                    else:
                        bad(f"{where}: keyword {k!r} not in quotes nor cited file")
            if kind == "corpus" and len(srcs) < 2:
                bad(f"{where}: corpus question should cite >= 2 documents")
        hist = q.get("history")
        if hist is not None:
            if not isinstance(hist, list) or not hist:
                bad(f"{where}: history must be a non-empty list")
            else:
                for h in hist:
                    if h not in earlier:
                        bad(f"{where}: history question not an earlier question: {h[:60]!r}")
                n_follow += 1
                if ans is False:
                    n_follow_unans += 1
        if kind == "follow-up" and not hist:
            bad(f"{where}: follow-up without history")
        actors = q.get("actors")
        if actors is not None:
            if not isinstance(actors, list) or not actors:
                bad(f"{where}: actors must be a non-empty list")
            else:
                pool = [e.get("source") for e in ev if e.get("source") in texts] or list(texts)
                for a in actors:
                    if not any(verbatim(a, s) for s in pool):
                        bad(f"{where}: actor not verbatim in cited text: {a!r}")
        if kind == "who-what":
            if actors:
                n_who += 1
            else:
                bad(f"{where}: who-what without actors")
        if not has_diacritics(text):
            n_nodiac += 1
        elif kind == "no-diacritics":
            bad(f"{where}: kind no-diacritics but text has diacritics")
        toks = set(re.findall(r"[A-Za-zĐđ&\-]+", text))
        has_abbr = any(a in toks for a in ABBREV)
        if has_abbr:
            n_abbr_tok += 1
        if kind == "abbreviation":
            n_abbr_kind += 1
            if not has_abbr:
                bad(f"{where}: kind abbreviation but no known abbreviation in text")
        earlier.append(text)
    n = len(qs)
    if n:
        if not 95 <= n <= 115:
            bad(f"questions: {n} questions, expected about 105 (95-115)")
        if n_unans / n < 0.22:
            bad(f"quota: unanswerable {n_unans}/{n} = {n_unans / n:.1%} < 22%")
        if n_nodiac / n < 0.15:
            bad(f"quota: no-diacritics {n_nodiac}/{n} = {n_nodiac / n:.1%} < 15%")
        if n_abbr_kind / n < 0.12:
            bad(f"quota: abbreviation kind {n_abbr_kind}/{n} = {n_abbr_kind / n:.1%} < 12%")
        if n_follow < 15:
            bad(f"quota: {n_follow} follow-ups with history < 15")
        if not 1 <= n_follow_unans <= 2:
            bad(f"quota: {n_follow_unans} unanswerable follow-ups, expected 1-2")
        if n_who < 12:
            bad(f"quota: {n_who} who-what questions with actors < 12")
        for k in ("metadata", "list", "corpus"):
            if kind_count.get(k, 0) < 3:
                bad(f"quota: only {kind_count.get(k, 0)} {k} questions")
        for f, c in cites.items():
            if c < 12:
                bad(f"quota: {f} cited by {c} answerable questions < 12")

    # ------------------------------------------------------------------ who_what
    wpath = os.path.join(folder, "who_what.jsonl")
    wsrc = set()
    try:
        with open(wpath, encoding="utf-8") as fh:
            wl = [json.loads(l) for l in fh if l.strip()]
    except FileNotFoundError:
        wl = []
        bad("who_what.jsonl missing")
    except Exception as e:  # noqa
        wl = []
        bad(f"who_what.jsonl invalid JSON ({e})")
    wids = set()
    for w in wl:
        wid = w.get("id", "?")
        where = f"who_what {wid}"
        if not re.fullmatch(r"w%s0[1-5]" % PREFIX, str(wid)) or wid in wids:
            bad(f"{where}: bad or duplicate id")
        wids.add(wid)
        src = w.get("source")
        if src not in texts:
            bad(f"{where}: unknown source {src!r}")
            continue
        wsrc.add(src)
        if not w.get("directive"):
            bad(f"{where}: directive missing")
        actor_names = set()
        acts = w.get("actors") or []
        if not acts:
            bad(f"{where}: no actors")
        for a in acts:
            name = a.get("name", "")
            actor_names.add(norm(name))
            if not verbatim(name, src):
                bad(f"{where}: actor name not verbatim: {name!r}")
            if a.get("role") not in ROLES:
                bad(f"{where}: bad role {a.get('role')!r} for {name!r}")
            dl = a.get("deadline")
            if dl is not None and not verbatim(dl, src):
                bad(f"{where}: deadline not verbatim: {dl!r}")
            tq = a.get("task_quote", "")
            if not 20 <= len(tq) <= 200:
                bad(f"{where}: task_quote length {len(tq)} for {name!r}")
            if not verbatim(tq, src):
                bad(f"{where}: task_quote not verbatim: {tq[:80]!r}")
        for g in w.get("groups") or []:
            if not verbatim(g.get("name", ""), src):
                bad(f"{where}: group name not verbatim: {g.get('name')!r}")
            if not g.get("members"):
                bad(f"{where}: group without members: {g.get('name')!r}")
            for m in g.get("members") or []:
                if not verbatim(m, src):
                    bad(f"{where}: group member not verbatim: {m!r}")
        intr = w.get("intruders") or []
        if not 3 <= len(intr) <= 6:
            bad(f"{where}: {len(intr)} intruders, expected 3-6")
        for s in intr:
            if not verbatim(s, src):
                bad(f"{where}: intruder not verbatim: {s!r}")
            if norm(s) in actor_names:
                bad(f"{where}: intruder is also an actor: {s!r}")
    if len(wl) != len(texts) or wsrc != set(texts):
        bad(f"who_what.jsonl: expected one line per document ({len(texts)}), got {len(wl)} covering {len(wsrc)}")

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"{len(problems)} problem(s)")
        return 1
    print(f"stats: {n} questions; kinds {dict(sorted(kind_count.items()))}")
    print(f"stats: unanswerable {n_unans} ({n_unans / n:.1%}), no-diacritics {n_nodiac} ({n_nodiac / n:.1%}), "
          f"abbreviation kind {n_abbr_kind} ({n_abbr_kind / n:.1%}), questions with abbreviations "
          f"{n_abbr_tok} ({n_abbr_tok / n:.1%}), follow-ups {n_follow} ({n_follow_unans} unanswerable), "
          f"who-what with actors {n_who}")
    print("stats: citations per file " + ", ".join(f"{f}={c}" for f, c in sorted(cites.items())))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else HERE))
