# -*- coding: utf-8 -*-
"""Standalone checker for the blind60 (rk) evaluation set. No kg_rag imports.

Usage: python check_rk.py [set_dir]   -> prints OK or the list of problems (exit 1).
"""
import json
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SET = sys.argv[1] if len(sys.argv) > 1 else HERE
CORPUS = os.path.join(SET, "corpus")

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
Q_KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_OPT = {"history", "actors"}
WW_KEYS = {"id", "directive", "source", "actors", "intruders"}

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_raw(path):
    if path.endswith(".pdf"):
        from pypdf import PdfReader
        r = PdfReader(path)
        return "\n".join((p.extract_text() or "") for p in r.pages), len(r.pages)
    if path.endswith(".docx"):
        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        paras = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
        out = []
        for p in paras:
            runs = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)
            t = "".join(runs)
            t = (t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                 .replace("&quot;", '"').replace("&apos;", "'"))
            out.append(t)
        return "\n".join(out), None
    with open(path, encoding="utf-8") as f:
        return f.read(), None


def is_nfc(s):
    return unicodedata.normalize("NFC", s) == s


def no_diacritics(s):
    return all(ord(c) < 128 for c in s)


ABBR_UP = re.compile(r"(?<![\wÀ-ỹ])(UBND|HĐND|MTTQ|LĐLĐ|CCB|CĐS|TMĐT|THCS|CTV|KCN|TNTN|ND|CĐ|BTGDV|"
                     r"VHKHTT|KH&CN|GD&ĐT|TT&TT|VP|BCH)(?![\wÀ-ỹ])")
ABBR_DOC = re.compile(r"(?<![\wÀ-ỹ])(CT|HD|KH|BC|QĐ|CV|TB|qd|kh|hd|bc)\s?\d")
ABBR_LOW = re.compile(r"\b(ldld|ctv|ccb|ubnd|mttq|cds|tmdt|thcs|kcn|btgdv|hnd)\b")


def has_abbr(s):
    return bool(ABBR_UP.search(s) or ABBR_DOC.search(s) or ABBR_LOW.search(s))


def main():
    # ---- corpus
    files = {}
    if not os.path.isdir(CORPUS):
        print("no corpus dir")
        sys.exit(1)
    names = sorted(os.listdir(CORPUS))
    if len(names) != 5:
        bad(f"corpus must hold 5 files, has {len(names)}")
    exts = set()
    for n in names:
        if not re.match(r"^rk0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$", n):
            bad(f"bad corpus file name {n}")
        raw, pages = read_raw(os.path.join(CORPUS, n))
        if not is_nfc(raw):
            bad(f"{n}: text is not NFC")
        files[n] = norm(raw)
        exts.add(n.rsplit(".", 1)[1])
        wc = len(raw.split())
        if not 700 <= wc <= 1500:
            bad(f"{n}: {wc} words, want 700-1500")
        if pages is not None and not 2 <= pages <= 4:
            bad(f"{n}: {pages} pages, want 2-4")
    for e in ("txt", "docx", "pdf", "md"):
        if e not in exts:
            bad(f"no .{e} file in corpus")

    # ---- questions
    qs = []
    with open(os.path.join(SET, "questions.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            if not is_nfc(line):
                bad(f"questions.jsonl line {i} not NFC")
            try:
                qs.append(json.loads(line))
            except Exception as e:  # noqa
                bad(f"questions.jsonl line {i}: bad JSON {e}")
    ids = set()
    seen_q = []
    cited = {n: 0 for n in files}
    stats = {"unans": 0, "nodia": 0, "abbr": 0, "fu": 0, "fu_unans": 0, "ww": 0, "kinds": {}}
    for q in qs:
        qid = q.get("id")
        keys = set(q)
        if not Q_KEYS <= keys or keys - Q_KEYS - Q_OPT:
            bad(f"{qid}: keys {sorted(keys)}")
        if qid in ids:
            bad(f"{qid}: duplicate id")
        ids.add(qid)
        if not re.match(r"^rk\d{3}$", str(qid)):
            bad(f"{qid}: id format")
        kind = q.get("kind")
        if kind not in KINDS:
            bad(f"{qid}: kind {kind}")
        stats["kinds"][kind] = stats["kinds"].get(kind, 0) + 1
        text = q.get("question", "")
        if not isinstance(q.get("answerable"), bool):
            bad(f"{qid}: answerable not bool")
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if q.get("answerable") is False:
            stats["unans"] += 1
            if ev or kw:
                bad(f"{qid}: unanswerable must have empty evidence/keywords")
        else:
            if not ev:
                bad(f"{qid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                bad(f"{qid}: want 1-3 keywords, has {len(kw)}")
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in files:
                bad(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                bad(f"{qid}: quote length {len(nq)} (20-200): {quote[:50]}")
            if nq not in files[src]:
                bad(f"{qid}: quote not found in {src}: {quote[:70]}")
        for s in srcs:
            cited[s] += 1
        for k in kw:
            nk = norm(k)
            if not nk:
                bad(f"{qid}: empty keyword")
            elif not (any(nk in norm(e.get("quote", "")) for e in ev)
                      or any(nk in files[s] for s in srcs)):
                bad(f"{qid}: keyword '{k}' not in evidence quotes or cited files")
        for a in q.get("actors", []) or []:
            pool = [files[s] for s in srcs] or list(files.values())
            if not any(norm(a) in t for t in pool):
                bad(f"{qid}: actor '{a}' not found verbatim")
        if q.get("actors"):
            if kind == "who-what":
                stats["ww"] += 1
        elif kind == "who-what":
            bad(f"{qid}: who-what question without actors")
        if "history" in q:
            stats["fu"] += 1
            if q.get("answerable") is False:
                stats["fu_unans"] += 1
            for h in q["history"]:
                if h not in seen_q:
                    bad(f"{qid}: history item is not an earlier question: {h[:50]}")
        if no_diacritics(text):
            stats["nodia"] += 1
        if has_abbr(text):
            stats["abbr"] += 1
        for s in [text] + list(kw) + [e.get("quote", "") for e in ev] + list(q.get("actors", []) or []):
            if not is_nfc(s):
                bad(f"{qid}: string not NFC")
        seen_q.append(text)

    n = len(qs) or 1
    pct = lambda x: 100.0 * x / n  # noqa: E731
    if pct(stats["unans"]) < 22:
        bad(f"unanswerable {pct(stats['unans']):.1f}% < 22%")
    if pct(stats["nodia"]) < 15:
        bad(f"no-diacritics {pct(stats['nodia']):.1f}% < 15%")
    if pct(stats["abbr"]) < 12:
        bad(f"abbreviations {pct(stats['abbr']):.1f}% < 12%")
    if stats["fu"] < 15:
        bad(f"follow-ups {stats['fu']} < 15")
    if not 1 <= stats["fu_unans"] <= 2:
        bad(f"unanswerable follow-ups {stats['fu_unans']} (want 1-2)")
    if stats["ww"] < 12:
        bad(f"who-what questions with actors {stats['ww']} < 12")
    for k in ("metadata", "corpus"):
        if stats["kinds"].get(k, 0) < 2:
            bad(f"too few {k} questions")
    for s, c in cited.items():
        if c < 12:
            bad(f"{s} cited by only {c} questions (<12)")

    # ---- who-what gold
    ww_ids, ww_src = set(), set()
    with open(os.path.join(SET, "who_what.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            if not is_nfc(line):
                bad(f"who_what.jsonl line {i} not NFC")
            w = json.loads(line)
            wid = w.get("id")
            if set(w) != WW_KEYS:
                bad(f"{wid}: keys {sorted(w)}")
            if wid in ww_ids:
                bad(f"{wid}: duplicate id")
            ww_ids.add(wid)
            src = w.get("source")
            if src not in files:
                bad(f"{wid}: unknown source {src}")
                continue
            ww_src.add(src)
            t = files[src]
            anames = set()
            for a in w.get("actors", []):
                if set(a) != {"name", "role", "deadline", "task_quote"}:
                    bad(f"{wid}: actor keys {sorted(a)}")
                anames.add(norm(a["name"]))
                if norm(a["name"]) not in t:
                    bad(f"{wid}: actor name not verbatim: {a['name']}")
                if a.get("role") not in ROLES:
                    bad(f"{wid}: bad role {a.get('role')}")
                if a.get("deadline") is not None and norm(a["deadline"]) not in t:
                    bad(f"{wid}: deadline not verbatim: {a['deadline']}")
                tq = norm(a.get("task_quote", ""))
                if not 20 <= len(tq) <= 200:
                    bad(f"{wid}: task_quote length {len(tq)}: {a.get('task_quote','')[:40]}")
                if tq not in t:
                    bad(f"{wid}: task_quote not verbatim: {a.get('task_quote','')[:70]}")
            for x in w.get("intruders", []):
                if norm(x) not in t:
                    bad(f"{wid}: intruder not in file: {x}")
                if norm(x) in anames:
                    bad(f"{wid}: intruder is also an actor: {x}")
    for s in files:
        if s not in ww_src:
            bad(f"no who-what line for {s}")

    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")
    print(f"questions={len(qs)} unanswerable={stats['unans']} ({pct(stats['unans']):.1f}%) "
          f"no-diacritics={stats['nodia']} ({pct(stats['nodia']):.1f}%) "
          f"abbreviations={stats['abbr']} ({pct(stats['abbr']):.1f}%) follow-ups={stats['fu']} "
          f"(unanswerable {stats['fu_unans']}) who-what-with-actors={stats['ww']}")
    print("kinds:", dict(sorted(stats["kinds"].items())))
    print("citations per file:", cited)


if __name__ == "__main__":
    main()
