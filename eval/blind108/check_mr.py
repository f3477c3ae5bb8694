#!/usr/bin/env python3
"""Standalone checker for blind set 108 (prefix mr). No kg_rag import.

Reads corpus/ (.txt/.md as UTF-8, .docx via python-docx incl. tables, .pdf via pypdf), questions.jsonl and
who_what.jsonl, normalises text (NFC, lower case, '*' and '#' dropped, whitespace collapsed) and checks the
rules of the brief. Prints OK (exit 0) or the list of problems (exit 1).

Usage: /work/main/.venv/bin/python check_mr.py [set_folder]
"""
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
_ARGS = [a for a in sys.argv[1:] if not a.startswith("-")]
SET = os.path.abspath(_ARGS[0]) if _ARGS else HERE
CORPUS = os.path.join(SET, "corpus")
PREFIX = "mr"

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up",
         "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBREV = ["KH", "CV", "QĐ", "QD", "BC", "TB", "HD", "HDD", "UBND", "MTTQ", "GD&ĐT", "GD&DT", "GDĐT", "GDDT",
          "KH&CN", "KHCN", "HĐND", "HDND", "THCS", "CLB", "BGK", "BTC", "PGD", "SGD", "TX", "TP", "PGĐ", "GV", "HS",
          "GDTrH", "CT"]
ABBREV_RE = re.compile(r"(?<![\wĐđ&])(" + "|".join(re.escape(a) for a in sorted(ABBREV, key=len, reverse=True))
                       + r")(?![\wĐđ&])", re.IGNORECASE)
# invented proper names of this set: must not occur in the shared corpus or in other eval sets
OWN_NAMES = ["Ngọc Sơn Hạ", "Hà Lãng", "Quỳnh Sa", "Kim Đài", "Hạc Linh", "Liễu Thượng", "Tràng Khê",
             "Pà Lùng", "Phiêng Sa", "Đồng Bông", "Lạc Trung", "Bích Hòa", "Hòa Xuyên", "Vân Nham", "Phù Ngạn",
             "Tân Liễu", "Đại Kê", "Đông Lữ", "Sơn Điền", "Yên Mạc", "Ngân Cốc", "Tiên Kiều", "Bảo Nham",
             "Lưu Quang Thịnh", "Đàm Thị Nguyệt Ánh", "Khổng Minh Tuệ", "Quách Thị Hồng Nhung", "Âu Thị Thanh Trà",
             "Doãn Quốc Bảo", "Ninh Văn Tường", "Tăng Thị Bích Lụa", "Lục Văn Sâm", "Giáp Thị Mỹ Duyên",
             "Vũ Minh Khôi", "Lê Khả Tùng", "Nông Bảo Trâm", "Ươm mầm khoa học", "Robot học đường",
             "Robot vì nông nghiệp xanh"]

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def has_diacritics(s):
    return any(ord(c) > 127 for c in s)


# ---------------------------------------------------------------- extraction
def read_docx(path):
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = Document(path)
    out = []
    body = d.element.body
    for child in body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p":
            out.append(Paragraph(child, d).text)
        elif tag == "tbl":
            t = Table(child, d)
            for row in t.rows:
                cells = []
                for c in row.cells:
                    txt = "\n".join(p.text for p in c.paragraphs)
                    if not cells or cells[-1] != txt:
                        cells.append(txt)
                out.append(" | ".join(cells))
    return "\n".join(out), d


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((p.extract_text() or "") for p in r.pages), len(r.pages)


def load_docs():
    docs = {}
    if not os.path.isdir(CORPUS):
        bad(f"missing folder {CORPUS}")
        return docs
    names = sorted(os.listdir(CORPUS))
    if len(names) != 5:
        bad(f"corpus must hold exactly 5 documents, found {len(names)}: {names}")
    pat = re.compile(rf"^{PREFIX}0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$")
    seen_nums = set()
    for n in names:
        if not pat.match(n):
            bad(f"bad file name {n}")
            continue
        num = n[2:4]
        if num in seen_nums:
            bad(f"duplicate document number {num}")
        seen_nums.add(num)
        path = os.path.join(CORPUS, n)
        ext = n.rsplit(".", 1)[1]
        info = {"ext": ext, "path": path}
        if ext in ("txt", "md"):
            with open(path, encoding="utf-8") as f:
                raw = f.read()
        elif ext == "docx":
            raw, d = read_docx(path)
            info["docx_tables"] = len(d.tables)
            info["docx_numbered"] = sum(1 for p in d.paragraphs if p._p.pPr is not None
                                        and p._p.pPr.numPr is not None)
        else:
            raw, pages = read_pdf(path)
            info["pages"] = pages
        info["raw"] = raw
        info["norm"] = norm(raw)
        docs[n] = info
    if seen_nums != {"01", "02", "03", "04", "05"}:
        bad(f"documents must be numbered mr01..mr05, found {sorted(seen_nums)}")
    return docs


# ---------------------------------------------------------------- corpus rules
def check_corpus(docs):
    exts = [d["ext"] for d in docs.values()]
    for e in ("txt", "docx", "pdf"):
        if exts.count(e) < 1:
            bad(f"need at least one .{e} document")
    if exts.count("docx") > 1 or exts.count("pdf") > 1:
        bad("only one .docx and one .pdf expected; the others .txt or .md")
    md_table = False
    wrapped = False
    for n, d in docs.items():
        raw = d["raw"]
        words = [w for w in raw.split() if re.search(r"\w", w)]
        if not 700 <= len(words) <= 1500:
            bad(f"{n}: {len(words)} words, need 700-1500")
        if unicodedata.normalize("NFC", raw) != raw:
            bad(f"{n}: text is not NFC")
        t = d["norm"]
        state = "cộng hòa xã hội chủ nghĩa việt nam" in t and "độc lập - tự do - hạnh phúc" in t
        party = "đảng cộng sản việt nam" in t
        if not (state or party):
            bad(f"{n}: motto missing")
        if not re.search(r"số:? ?\d+[/-]", t):
            bad(f"{n}: number and symbol (Số: ...) missing")
        if "nơi nhận" not in t or "lưu: vt" not in t:
            bad(f"{n}: tail (Nơi nhận / Lưu: VT) missing")
        if not re.search(r"ngày \d{1,2} tháng \d{1,2} năm \d{4}", t):
            bad(f"{n}: place and date line missing")
        for line in raw.splitlines():
            if "57-NQ/TW" in line and not line.strip().lstrip("*- ").startswith("Căn cứ"):
                bad(f"{n}: 57-NQ/TW outside a 'Căn cứ' line: {line.strip()[:80]}")
        if d["ext"] == "pdf":
            if not 2 <= d["pages"] <= 4:
                bad(f"{n}: {d['pages']} pages, need 2-4")
            if len(t) < 2000:
                bad(f"{n}: PDF text layer too short")
        if d["ext"] == "docx":
            if d.get("docx_tables", 0) < 1:
                bad(f"{n}: docx has no Word table")
            if d.get("docx_numbered", 0) < 5:
                bad(f"{n}: docx uses no Word numbering")
        if d["ext"] in ("txt", "md"):
            lines = raw.splitlines()
            for i in range(len(lines) - 1):
                if re.match(r"^\s*\|.*\|\s*$", lines[i]) and re.match(r"^\s*\|\s*:?-{3,}", lines[i + 1]):
                    md_table = True
                    break
            body = [l for l in lines if l.strip()]
            if body and max(len(l) for l in body) <= 80 and sum(1 for l in body if len(l) >= 55) >= 40:
                wrapped = True
    if not md_table:
        bad("no Markdown table in a .txt/.md document")
    if not wrapped:
        bad("no document hard-wrapped at 60-80 characters")


# ---------------------------------------------------------------- questions
def load_jsonl(path):
    rows = []
    if not os.path.exists(path):
        bad(f"missing {path}")
        return rows
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad(f"{os.path.basename(path)} line {i}: bad JSON ({e})")
    return rows


def check_questions(docs, qs):
    ids, texts = set(), {}
    cites = {n: 0 for n in docs}
    n_unans = n_nodia = n_abbr = n_follow = n_follow_unans = n_who = 0
    kinds = {}
    for idx, q in enumerate(qs):
        qid = q.get("id", f"#{idx}")
        want = f"{PREFIX}{idx + 1:03d}"
        if qid != want:
            bad(f"{qid}: id out of sequence, expected {want}")
        if qid in ids:
            bad(f"{qid}: duplicate id")
        ids.add(qid)
        for key in ("question", "answerable", "kind", "evidence", "keywords"):
            if key not in q:
                bad(f"{qid}: missing field {key}")
        extra = set(q) - {"id", "question", "answerable", "kind", "evidence", "keywords", "history", "actors"}
        if extra:
            bad(f"{qid}: unknown fields {sorted(extra)}")
        text = q.get("question", "")
        if not isinstance(text, str) or len(text.strip()) < 5:
            bad(f"{qid}: empty question")
            continue
        nq = norm(text)
        if nq in texts:
            bad(f"{qid}: same question as {texts[nq]}")
        texts[nq] = qid
        kind = q.get("kind")
        kinds[kind] = kinds.get(kind, 0) + 1
        if kind not in KINDS:
            bad(f"{qid}: bad kind {kind}")
        body = nq.rstrip("?. ")
        if len(body) > 30:
            for n, d in docs.items():
                if body in d["norm"]:
                    bad(f"{qid}: question copies a sentence of {n}")
        if not has_diacritics(text):
            n_nodia += 1
        if ABBREV_RE.search(text):
            n_abbr += 1
        if kind == "no-diacritics" and has_diacritics(text):
            bad(f"{qid}: kind no-diacritics but the question has diacritics")
        if kind == "abbreviation" and not ABBREV_RE.search(text):
            bad(f"{qid}: kind abbreviation but no abbreviation found")
        ans = q.get("answerable")
        if not isinstance(ans, bool):
            bad(f"{qid}: answerable must be true/false")
        ev = q.get("evidence", [])
        kw = q.get("keywords", [])
        hist = q.get("history")
        if hist is not None:
            if not isinstance(hist, list) or not hist:
                bad(f"{qid}: history must be a non-empty list")
            else:
                earlier = [x.get("question") for x in qs[:idx]]
                for h in hist:
                    if h not in earlier:
                        bad(f"{qid}: history question not an earlier question verbatim: {h!r}")
                n_follow += 1
                if ans is False:
                    n_follow_unans += 1
        if kind == "follow-up" and not hist:
            bad(f"{qid}: follow-up without history")
        if ans is False:
            n_unans += 1
            if ev or kw:
                bad(f"{qid}: unanswerable must have empty evidence and keywords")
            if q.get("actors"):
                bad(f"{qid}: unanswerable with actors")
            continue
        if kind == "unanswerable":
            bad(f"{qid}: kind unanswerable but answerable true")
        if not isinstance(ev, list) or not 1 <= len(ev) <= 3:
            bad(f"{qid}: need 1-3 evidence quotes")
            ev = ev if isinstance(ev, list) else []
        cited = set()
        nquotes = []
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in docs:
                bad(f"{qid}: unknown source {src}")
                continue
            cited.add(src)
            nqt = norm(quote)
            nquotes.append(nqt)
            if not 20 <= len(nqt) <= 200:
                bad(f"{qid}: quote length {len(nqt)} not in 20-200: {quote[:60]!r}")
            if nqt not in docs[src]["norm"]:
                bad(f"{qid}: quote not verbatim in {src}: {quote[:90]!r}")
        for c in cited:
            cites[c] += 1
        if not isinstance(kw, list) or not 1 <= len(kw) <= 3:
            bad(f"{qid}: need 1-3 keywords")
            kw = kw if isinstance(kw, list) else []
        for k in kw:
            nk = norm(k)
            if not nk:
                bad(f"{qid}: empty keyword")
            elif not any(nk in x for x in nquotes) and not any(nk in docs[c]["norm"] for c in cited):
                bad(f"{qid}: keyword {k!r} neither in the quotes nor in the cited file")
        actors = q.get("actors")
        if actors is not None:
            if not isinstance(actors, list) or not actors:
                bad(f"{qid}: actors must be a non-empty list")
            else:
                for a in actors:
                    na = norm(a)
                    if not any(na in docs[c]["norm"] for c in cited):
                        bad(f"{qid}: actor {a!r} not verbatim in the cited documents")
        if kind == "who-what" and actors:
            n_who += 1
        if kind == "corpus" and len(cited) < 2:
            bad(f"{qid}: corpus question should cite at least 2 documents")
    total = len(qs)
    if not 95 <= total <= 115:
        bad(f"{total} questions, expected about 105")
    if total:
        pu, pn, pa = n_unans / total, n_nodia / total, n_abbr / total
        if pu < 0.22:
            bad(f"unanswerable {n_unans}/{total} = {pu:.1%} < 22%")
        if pn < 0.15:
            bad(f"no-diacritics {n_nodia}/{total} = {pn:.1%} < 15%")
        if pa < 0.12:
            bad(f"abbreviations {n_abbr}/{total} = {pa:.1%} < 12%")
    if n_follow < 15:
        bad(f"follow-ups with history: {n_follow} < 15")
    if not 1 <= n_follow_unans <= 2:
        bad(f"unanswerable follow-ups: {n_follow_unans}, need 1-2")
    if n_who < 12:
        bad(f"who-what questions with actors: {n_who} < 12")
    for k in ("metadata", "list", "corpus"):
        if kinds.get(k, 0) < 3:
            bad(f"kind {k}: only {kinds.get(k, 0)} questions")
    for n, c in cites.items():
        if c < 12:
            bad(f"{n}: cited by {c} answerable questions, need >= 12")
    return {"total": total, "unanswerable": n_unans, "no_diacritics": n_nodia, "abbreviations": n_abbr,
            "follow_ups": n_follow, "follow_ups_unanswerable": n_follow_unans, "who_what_actors": n_who,
            "kinds": kinds, "cites": cites}


# ---------------------------------------------------------------- who_what
def check_who_what(docs, rows):
    if len(rows) != len(docs):
        bad(f"who_what.jsonl: {len(rows)} lines for {len(docs)} documents")
    seen = set()
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if rid != f"w{PREFIX}{i:02d}":
            bad(f"who_what line {i}: id {rid!r}, expected w{PREFIX}{i:02d}")
        src = r.get("source")
        if src not in docs:
            bad(f"{rid}: unknown source {src}")
            continue
        if src in seen:
            bad(f"{rid}: source {src} listed twice")
        seen.add(src)
        t = docs[src]["norm"]
        directive = r.get("directive", "")
        m = re.search(r"(\d+)\s*/\s*(\S+)", directive)
        if not m or norm(f"{m.group(1)}/{m.group(2)}") not in t:
            bad(f"{rid}: directive {directive!r} not found in {src}")
        actors = r.get("actors", [])
        if not actors:
            bad(f"{rid}: no actors")
        names = set()
        for a in actors:
            name = a.get("name", "")
            names.add(norm(name))
            if norm(name) not in t:
                bad(f"{rid}: actor name not verbatim: {name!r}")
            if a.get("role") not in ROLES:
                bad(f"{rid}: bad role {a.get('role')!r} for {name!r}")
            dl = a.get("deadline")
            if dl is not None and norm(dl) not in t:
                bad(f"{rid}: deadline not verbatim: {dl!r}")
            tq = a.get("task_quote", "")
            if not 20 <= len(norm(tq)) <= 200:
                bad(f"{rid}: task_quote length {len(norm(tq))} for {name!r}")
            if norm(tq) not in t:
                bad(f"{rid}: task_quote not verbatim for {name!r}: {tq[:80]!r}")
            if dl is not None and norm(dl) not in norm(tq) and norm(dl) not in t:
                bad(f"{rid}: deadline {dl!r} unrelated")
        for g in r.get("groups", []):
            if norm(g.get("name", "")) not in t:
                bad(f"{rid}: group name not verbatim: {g.get('name')!r}")
            if not g.get("members"):
                bad(f"{rid}: group {g.get('name')!r} without members")
            for mbr in g.get("members", []):
                if norm(mbr) not in t:
                    bad(f"{rid}: group member not verbatim: {mbr!r}")
        intr = r.get("intruders", [])
        if not 3 <= len(intr) <= 6:
            bad(f"{rid}: {len(intr)} intruders, need 3-6")
        for x in intr:
            nx = norm(x)
            if nx not in t:
                bad(f"{rid}: intruder not verbatim: {x!r}")
            for a in names:
                if nx == a or (len(a) >= 6 and a in nx) or (len(nx) >= 6 and nx in a):
                    bad(f"{rid}: intruder {x!r} overlaps actor {a!r}")
    missing = set(docs) - seen
    if missing:
        bad(f"who_what.jsonl: no line for {sorted(missing)}")


# ---------------------------------------------------------------- names not used elsewhere
def check_names():
    roots = ["/work/main/corpus", "/work/main/eval"]
    roots = [r for r in roots if os.path.isdir(r)]
    if not roots:
        return
    own = os.path.abspath(SET)
    for name in OWN_NAMES:
        try:
            out = subprocess.run(["grep", "-rl", "--include=*.txt", "--include=*.md", "--include=*.jsonl",
                                  name] + roots, capture_output=True, text=True, timeout=120).stdout
        except Exception:
            return
        hits = [h for h in out.splitlines() if not os.path.abspath(h).startswith(own + os.sep)]
        if hits:
            bad(f"name {name!r} already used elsewhere: {hits[0]}")


def main():
    docs = load_docs()
    check_corpus(docs)
    qs = load_jsonl(os.path.join(SET, "questions.jsonl"))
    stats = check_questions(docs, qs)
    check_who_what(docs, load_jsonl(os.path.join(SET, "who_what.jsonl")))
    if "--no-names" not in sys.argv:
        check_names()
    if "-v" in sys.argv or "--stats" in sys.argv:
        print(json.dumps(stats, ensure_ascii=False, indent=1), file=sys.stderr)
    if problems:
        for p in problems:
            print(p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
