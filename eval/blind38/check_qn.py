# -*- coding: utf-8 -*-
"""Standalone checker for eval set blind38 (no kg_rag import).

Usage: python check_qn.py [set_dir]
Prints OK (with statistics) or the list of problems; exit code 1 on problems.
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
from collections import Counter

HERE = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
OPT = {"history", "actors"}
ABBR = re.compile(r"(?<!\w)(KH|CV|QĐ|TB|BC|UBND|KH&CN|GD&ĐT|CĐS|THCS|THPT|MTTQ|KHKT|TTHC|TT&TT|TT|KP|VH|"
                  r"khcn|khkt|thpt|thcs|ubnd|cds|mttq|gd&dt)(?!\w)")
PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).lower()).strip()


def read_docx(path):
    try:
        import docx  # python-docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    except ImportError:
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        return re.sub(r"<[^>]+>", "", xml)


def read_pdf(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def load_corpus():
    texts = {}
    for fn in sorted(os.listdir(CORPUS)):
        p = os.path.join(CORPUS, fn)
        if fn.endswith(".docx"):
            raw = read_docx(p)
        elif fn.endswith(".pdf"):
            raw = read_pdf(p)
        else:
            with open(p, encoding="utf-8") as f:
                raw = f.read()
            if raw != unicodedata.normalize("NFC", raw):
                bad(f"{fn}: file text is not NFC")
        if not re.match(r"qn0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$", fn):
            bad(f"{fn}: bad file name")
        nw = len(raw.split())
        if not 700 <= nw <= 1500:
            bad(f"{fn}: {nw} words, outside 700-1500")
        texts[fn] = (raw, norm(raw))
    if len(texts) != 5:
        bad(f"corpus has {len(texts)} files, expected 5")
    return texts


def is_nfc(s):
    return s == unicodedata.normalize("NFC", s)


def check_questions(texts):
    path = os.path.join(HERE, "questions.jsonl")
    qs, seen_ids, seen_q = [], set(), []
    cites = Counter()
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            if not is_nfc(line):
                bad(f"questions.jsonl line {ln}: not NFC")
            q = json.loads(line)
            qs.append(q)
            qid = q.get("id", f"line{ln}")
            keys = set(q)
            if not KEYS <= keys or keys - KEYS - OPT:
                bad(f"{qid}: keys {sorted(keys)}")
            if qid in seen_ids:
                bad(f"{qid}: duplicate id")
            seen_ids.add(qid)
            if q["kind"] not in KINDS:
                bad(f"{qid}: unknown kind {q['kind']}")
            for h in q.get("history", []):
                if h not in seen_q:
                    bad(f"{qid}: history question not an earlier question: {h}")
            seen_q.append(q["question"])
            ev, kw = q["evidence"], q["keywords"]
            if not q["answerable"]:
                if ev or kw:
                    bad(f"{qid}: unanswerable with evidence/keywords")
                continue
            if not ev:
                bad(f"{qid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                bad(f"{qid}: {len(kw)} keywords")
            srcs = set()
            for e in ev:
                src, quote = e["source"], e["quote"]
                if src not in texts:
                    bad(f"{qid}: unknown source {src}")
                    continue
                srcs.add(src)
                nq = norm(quote)
                if not 20 <= len(nq) <= 200:
                    bad(f"{qid}: quote length {len(nq)}: {quote[:50]}")
                if nq not in texts[src][1]:
                    bad(f"{qid}: quote not found in {src}: {quote}")
            cites.update(srcs)
            evtext = " ".join(norm(e["quote"]) for e in ev)
            for k in kw:
                nk = norm(k)
                if nk not in evtext and not any(nk in texts[s][1] for s in srcs):
                    bad(f"{qid}: keyword not in evidence or cited file: {k}")
            for a in q.get("actors", []):
                if not any(norm(a) in texts[s][1] for s in srcs):
                    bad(f"{qid}: actor not verbatim in cited file: {a}")
    return qs, cites


def check_who_what(texts):
    path = os.path.join(HERE, "who_what.jsonl")
    ids, srcs = set(), set()
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            if not is_nfc(line):
                bad(f"who_what.jsonl line {ln}: not NFC")
            w = json.loads(line)
            if set(w) != {"id", "directive", "source", "actors", "intruders"}:
                bad(f"who_what line {ln}: keys {sorted(w)}")
            if w["id"] in ids:
                bad(f"who_what: duplicate id {w['id']}")
            ids.add(w["id"])
            src = w["source"]
            if src not in texts:
                bad(f"{w['id']}: unknown source {src}")
                continue
            srcs.add(src)
            t = texts[src][1]
            names = set()
            for a in w["actors"]:
                if set(a) != {"name", "role", "deadline", "task_quote"}:
                    bad(f"{w['id']}: actor keys {sorted(a)}")
                if a["role"] not in ("chủ trì", "phối hợp", "thường trực", None):
                    bad(f"{w['id']}: bad role {a['role']}")
                if norm(a["name"]) not in t:
                    bad(f"{w['id']}: actor name not verbatim: {a['name']}")
                names.add(norm(a["name"]))
                nq = norm(a["task_quote"])
                if not 20 <= len(nq) <= 200:
                    bad(f"{w['id']}: task_quote length {len(nq)}: {a['task_quote'][:40]}")
                if nq not in t:
                    bad(f"{w['id']}: task_quote not verbatim: {a['task_quote']}")
                if a["deadline"] is not None and norm(a["deadline"]) not in t:
                    bad(f"{w['id']}: deadline not verbatim: {a['deadline']}")
            for x in w["intruders"]:
                if norm(x) not in t:
                    bad(f"{w['id']}: intruder not in text: {x}")
                if norm(x) in names:
                    bad(f"{w['id']}: intruder also listed as actor: {x}")
    missing = set(texts) - srcs
    if missing:
        bad(f"who_what: no line for {sorted(missing)}")


def stats(qs, cites, texts):
    n = len(qs)
    unans = sum(not q["answerable"] for q in qs)
    nodia = sum(q["question"].isascii() for q in qs)
    abbr = sum(bool(ABBR.search(q["question"])) for q in qs)
    fu = [q for q in qs if q.get("history")]
    fu_un = sum(not q["answerable"] for q in fu)
    ww = sum(bool(q.get("actors")) for q in qs)
    kinds = Counter(q["kind"] for q in qs)
    req = [
        (unans / n >= 0.22, f"unanswerable {unans}/{n} = {unans / n:.1%} (>= 22%)"),
        (nodia / n >= 0.15, f"no-diacritics {nodia}/{n} = {nodia / n:.1%} (>= 15%)"),
        (abbr / n >= 0.12, f"abbreviations {abbr}/{n} = {abbr / n:.1%} (>= 12%)"),
        (len(fu) >= 15 and 1 <= fu_un <= 2, f"follow-ups {len(fu)} (>= 15), unanswerable follow-ups {fu_un} (1-2)"),
        (ww >= 12, f"who-what with actors {ww} (>= 12)"),
        (kinds["metadata"] >= 3 and kinds["corpus"] >= 3,
         f"metadata {kinds['metadata']}, corpus {kinds['corpus']} (>= 3 each)"),
    ]
    for fn in texts:
        req.append((cites[fn] >= 12, f"{fn} cited by {cites[fn]} questions (>= 12)"))
    for ok, msg in req:
        if not ok:
            bad("requirement failed: " + msg)
    return [m for _, m in req], kinds


def main():
    texts = load_corpus()
    qs, cites = check_questions(texts)
    check_who_what(texts)
    lines, kinds = stats(qs, cites, texts)
    if PROBLEMS:
        print("PROBLEMS (%d):" % len(PROBLEMS))
        for p in PROBLEMS:
            print(" -", p)
        sys.exit(1)
    print("OK")
    for m in lines:
        print("  " + m)
    print("  kinds:", dict(sorted(kinds.items())))


if __name__ == "__main__":
    main()
