# -*- coding: utf-8 -*-
"""Standalone checker for blind set 69 (no kg_rag import).

Usage:  /work/main/.venv/bin/python check_rt.py            -> prints OK or the problems
        /work/main/.venv/bin/python check_rt.py --dump F   -> prints the normalised text of corpus file F
Reads .txt/.md (UTF-8), .docx (python-docx), .pdf (pypdf).
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
QFILE = os.path.join(HERE, "questions.jsonl")
WFILE = os.path.join(HERE, "who_what.jsonl")
BANNED = os.path.join(HERE, "banned_names.txt")

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
Q_REQUIRED = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_OPTIONAL = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}

# abbreviations an officer may type (short ones case-sensitive, longer ones any case)
ABBR_CS = re.compile(r"(?<!\w)(CV|KH|QĐ|QD|TB|BC|HS|GV|MN|BP|ĐT|TT|TH)(?!\w)")
ABBR_CI = re.compile(r"(?<!\w)(ubnd|hđnd|hdnd|gdđt|gddt|gd&đt|gd&dt|pgd|pgdđt|pgddt|sgd|sgdđt|sgddt|thcs|thpt|"
                     r"ptdtbt|ptdtnt|lhpn|hlhpn|tntn|tnv|bch|cđs|cds|mttq|đbp|dbp|bđbp|bdbp|tncs|sđt|sdt|"
                     r"vh-xh|vhxh|kh&cn|hđtn|khtc)(?!\w)", re.I)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def norm(s):
    return re.sub(r"\s+", " ", nfc(s).lower()).strip()


def read_docx(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(path)
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(el, d).text)
        elif tag == "tbl":
            for row in Table(el, d).rows:
                seen = []
                for c in row.cells:
                    if c._tc not in seen:
                        seen.append(c._tc)
                        out.append(c.text)
    return "\n".join(out)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((p.extract_text() or "") for p in r.pages)


def read_any(path):
    if path.endswith(".docx"):
        return read_docx(path)
    if path.endswith(".pdf"):
        return read_pdf(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def has_diacritics(s):
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.combining(ch) or ch in "đĐ":
            return True
    return False


def has_abbr(s):
    return bool(ABBR_CS.search(s) or ABBR_CI.search(s))


def load_jsonl(path, problems):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            if nfc(line) != line:
                problems.append(f"{os.path.basename(path)} line {i}: not NFC")
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa
                problems.append(f"{os.path.basename(path)} line {i}: bad JSON ({e})")
    return rows


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "--dump":
        print(norm(read_any(os.path.join(CORPUS, sys.argv[2]))))
        return 0

    problems, info = [], []
    files = sorted(f for f in os.listdir(CORPUS) if f.startswith("rt"))
    raw = {f: read_any(os.path.join(CORPUS, f)) for f in files}
    texts = {f: norm(t) for f, t in raw.items()}

    # ---------------- corpus shape ----------------
    if len(files) != 5:
        problems.append(f"corpus: expected 5 files, found {len(files)}")
    for i, f in enumerate(files, 1):
        if not re.match(rf"rt0{i}_[a-z0-9_]+\.(txt|md|docx|pdf)$", f):
            problems.append(f"corpus: bad file name {f}")
        if f.endswith((".txt", ".md")) and nfc(raw[f]) != raw[f]:
            problems.append(f"corpus: {f} is not NFC")
        n = len(raw[f].split())
        info.append(f"{f}: {n} words")
        if not 700 <= n <= 1500:
            problems.append(f"corpus: {f} has {n} words (want 700-1500)")
    exts = {os.path.splitext(f)[1] for f in files}
    for e in (".txt", ".docx", ".pdf"):
        if e not in exts:
            problems.append(f"corpus: no {e} file")
    if not any("cộng hòa xã hội chủ nghĩa việt nam" in t for t in texts.values()):
        problems.append("corpus: motto missing everywhere")
    if not any(re.search(r"\S {6,}\S", raw[f]) and "CỘNG HÒA" in raw[f] for f in files
               if f.endswith((".txt", ".md"))):
        problems.append("corpus: no two-column header typed with spaces")
    wrapped = [f for f in files if f.endswith(".txt") and
               max(len(l) for l in raw[f].splitlines()) <= 80 and len(raw[f].splitlines()) > 60]
    if not wrapped:
        problems.append("corpus: no hard-wrapped .txt (lines <= 80 chars)")
    if not any(re.search(r"^\|.*\|\s*$\n^\|\s*-{3,}", raw[f], re.M) for f in files if f.endswith((".txt", ".md"))):
        problems.append("corpus: no Markdown table")
    for f in files:
        if f.endswith(".pdf"):
            from pypdf import PdfReader
            n = len(PdfReader(os.path.join(CORPUS, f)).pages)
            info.append(f"{f}: {n} pdf pages")
            if not 2 <= n <= 4:
                problems.append(f"corpus: {f} has {n} pages (want 2-4)")
        if f.endswith(".docx"):
            import docx
            d = docx.Document(os.path.join(CORPUS, f))
            styles = {p.style.name for p in d.paragraphs}
            if not ({"List Number", "List Bullet"} & styles):
                problems.append(f"corpus: {f} uses no Word list style")
            if not any("đơn vị chủ trì" in norm(c.text) for t in d.tables for c in t.rows[0].cells):
                problems.append(f"corpus: {f} has no task table")
    if any("57-nq/tw" in t and "căn cứ" not in t for t in texts.values()):
        problems.append("corpus: 57-NQ/TW used outside a basis citation")

    # ---------------- questions ----------------
    qs = load_jsonl(QFILE, problems)
    ids, seen_q = set(), []
    cited = {f: 0 for f in files}
    n_unans = n_nodia = n_abbr = n_fu = n_fu_unans = n_ww = 0
    kw_outside_quotes = 0
    for q in qs:
        qid = q.get("id", "?")
        keys = set(q)
        if not Q_REQUIRED <= keys or keys - Q_REQUIRED - Q_OPTIONAL:
            problems.append(f"{qid}: bad keys {sorted(keys)}")
            continue
        if not re.fullmatch(r"rt\d{3}", qid):
            problems.append(f"{qid}: bad id")
        if qid in ids:
            problems.append(f"{qid}: duplicate id")
        ids.add(qid)
        if q["kind"] not in KINDS:
            problems.append(f"{qid}: bad kind {q['kind']}")
        if not isinstance(q["answerable"], bool):
            problems.append(f"{qid}: answerable not bool")
        text = q["question"]
        if not has_diacritics(text):
            n_nodia += 1
        elif q["kind"] == "no-diacritics":
            problems.append(f"{qid}: kind no-diacritics but question has diacritics")
        if has_abbr(text):
            n_abbr += 1
        elif q["kind"] == "abbreviation":
            problems.append(f"{qid}: kind abbreviation but no abbreviation found")
        if "history" in q:
            n_fu += 1
            if not q["answerable"]:
                n_fu_unans += 1
            for h in q["history"]:
                if h not in seen_q:
                    problems.append(f"{qid}: history question is not an earlier question: {h!r}")
        elif q["kind"] == "follow-up":
            problems.append(f"{qid}: follow-up without history")
        seen_q.append(text)
        if not q["answerable"]:
            n_unans += 1
            if q["evidence"] or q["keywords"]:
                problems.append(f"{qid}: unanswerable must have empty evidence and keywords")
            continue
        if not q["evidence"]:
            problems.append(f"{qid}: answerable without evidence")
        if not 1 <= len(q["keywords"]) <= 3:
            problems.append(f"{qid}: want 1-3 keywords")
        srcs = set()
        for ev in q["evidence"]:
            src, quote = ev.get("source"), ev.get("quote", "")
            if set(ev) != {"source", "quote"}:
                problems.append(f"{qid}: bad evidence keys")
            if src not in texts:
                problems.append(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                problems.append(f"{qid}: quote length {len(nq)} not in 20-200: {quote[:50]!r}")
            if nq not in texts[src]:
                problems.append(f"{qid}: quote not found in {src}: {quote!r}")
        for s in srcs:
            cited[s] += 1
        quotes = " || ".join(norm(ev.get("quote", "")) for ev in q["evidence"])
        for kw in q["keywords"]:
            nk = norm(kw)
            if nk in quotes:
                continue
            kw_outside_quotes += 1
            if not any(nk in texts[s] for s in srcs):
                problems.append(f"{qid}: keyword {kw!r} not in quotes nor cited file")
        if "actors" in q:
            for a in q["actors"]:
                if not any(norm(a) in texts[s] for s in srcs):
                    problems.append(f"{qid}: actor {a!r} not verbatim in cited file")
        if q["kind"] == "who-what":
            if q.get("actors"):
                n_ww += 1
            else:
                problems.append(f"{qid}: who-what without actors")
        if q["kind"] == "corpus" and len(srcs) < 2:
            info.append(f"{qid}: corpus question cites {len(srcs)} file(s)")

    N = len(qs) or 1
    pct = lambda k: 100.0 * k / N  # noqa
    info.append(f"questions: {len(qs)}; unanswerable {n_unans} ({pct(n_unans):.1f}%); no-diacritics "
                f"{n_nodia} ({pct(n_nodia):.1f}%); abbreviations {n_abbr} ({pct(n_abbr):.1f}%); follow-ups "
                f"{n_fu} ({n_fu_unans} unanswerable); who-what with actors {n_ww}; keywords outside quotes "
                f"{kw_outside_quotes}")
    kinds = {}
    for q in qs:
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
    info.append("kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    info.append("citations per file: " + ", ".join(f"{f}={n}" for f, n in cited.items()))
    if not 90 <= len(qs) <= 110:
        problems.append(f"questions: {len(qs)} lines (want ~100)")
    if pct(n_unans) < 22:
        problems.append(f"unanswerable {pct(n_unans):.1f}% < 22%")
    if pct(n_nodia) < 15:
        problems.append(f"no-diacritics {pct(n_nodia):.1f}% < 15%")
    if pct(n_abbr) < 12:
        problems.append(f"abbreviations {pct(n_abbr):.1f}% < 12%")
    if n_fu < 15:
        problems.append(f"follow-ups {n_fu} < 15")
    if not 1 <= n_fu_unans <= 2:
        problems.append(f"unanswerable follow-ups {n_fu_unans} (want 1-2)")
    if n_ww < 12:
        problems.append(f"who-what {n_ww} < 12")
    for f, n in cited.items():
        if n < 12:
            problems.append(f"{f} cited by {n} questions (< 12)")
    for k in ("metadata", "corpus"):
        if kinds.get(k, 0) < 2:
            problems.append(f"too few {k} questions")

    # ---------------- who-what gold ----------------
    ww = load_jsonl(WFILE, problems)
    wids = set()
    covered = set()
    for w in ww:
        wid = w.get("id", "?")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            problems.append(f"{wid}: bad keys {sorted(w)}")
            continue
        if not re.fullmatch(r"wrt\d{2}", wid) or wid in wids:
            problems.append(f"{wid}: bad or duplicate id")
        wids.add(wid)
        src = w["source"]
        if src not in texts:
            problems.append(f"{wid}: unknown source {src}")
            continue
        covered.add(src)
        t = texts[src]
        names = set()
        if not w["actors"]:
            problems.append(f"{wid}: no actors")
        for a in w["actors"]:
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                problems.append(f"{wid}: bad actor keys {sorted(a)}")
                continue
            names.add(norm(a["name"]))
            if norm(a["name"]) not in t:
                problems.append(f"{wid}: actor name not verbatim: {a['name']!r}")
            if a["role"] not in ROLES:
                problems.append(f"{wid}: bad role {a['role']!r}")
            if a["deadline"] is not None and norm(a["deadline"]) not in t:
                problems.append(f"{wid}: deadline not verbatim: {a['deadline']!r}")
            tq = norm(a["task_quote"])
            if not 20 <= len(tq) <= 200:
                problems.append(f"{wid}: task_quote length {len(tq)}: {a['task_quote'][:40]!r}")
            if tq not in t:
                problems.append(f"{wid}: task_quote not verbatim: {a['task_quote']!r}")
        for x in w["intruders"]:
            if norm(x) not in t:
                problems.append(f"{wid}: intruder not in file: {x!r}")
            if norm(x) in names:
                problems.append(f"{wid}: intruder is also an actor: {x!r}")
    for f in files:
        if f not in covered:
            problems.append(f"who_what: no line for {f}")

    # ---------------- banned place names (case-sensitive, word-bounded) ----------------
    if os.path.exists(BANNED):
        banned = [l.strip() for l in open(BANNED, encoding="utf-8") if l.strip()]
        alltext = "\n".join(nfc(t) for t in raw.values()) + "\n" + "\n".join(q.get("question", "") for q in qs)
        for b in banned:
            if re.search(r"(?<!\w)" + re.escape(b) + r"(?!\w)", alltext):
                problems.append(f"banned name used: {b}")

    for line in info:
        print("  " + line)
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print(" - " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
