# -*- coding: utf-8 -*-
"""check_rp.py - standalone checker for eval set blind65 (no kg_rag).
Run: /work/main/.venv/bin/python check_rp.py   -> prints OK or the list of problems."""
import os, re, sys, json, zipfile, unicodedata
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
problems = []

def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).lower().split())

def read_docx(path):
    z = zipfile.ZipFile(path)
    root = ET.fromstring(z.read("word/document.xml"))
    out = []
    def walk(el):
        for ch in el:
            if ch.tag == W + "p":
                out.append("".join(t.text or "" for t in ch.iter(W + "t")))
            elif ch.tag == W + "tbl":
                for tr in ch.iter(W + "tr"):
                    for tc in tr.findall(W + "tc"):
                        walk(tc)
            else:
                walk(ch)
    walk(root.find(W + "body"))
    return "\n".join(out)

def read_pdf(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)

def read_any(path):
    if path.endswith(".docx"):
        return read_docx(path)
    if path.endswith(".pdf"):
        return read_pdf(path)
    return open(path, encoding="utf-8").read()

VIET = set("ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")
def has_diacritics(s):
    return any(c in VIET for c in unicodedata.normalize("NFC", s).lower())

ABBR = re.compile(r"\b(NCKH|SV|GV|ĐH|CĐ|HĐKH|KH&CN|KHCN|UBND|QĐ|TB|KH|CV|BC|BTC|TNCS|ĐTN|HTQT|SKHCN|CNTT|KT-CN|KTCN)\b")

def main():
    files = sorted(os.listdir(CORPUS))
    texts, raw = {}, {}
    if len(files) != 5:
        problems.append(f"corpus has {len(files)} files, expected 5")
    for f in files:
        t = read_any(os.path.join(CORPUS, f))
        raw[f] = t
        if f.endswith((".txt", ".md")) and unicodedata.normalize("NFC", t) != t:
            problems.append(f"{f}: not NFC")
        texts[f] = norm(t)
        nw = len(t.split())
        if not 700 <= nw <= 1500:
            problems.append(f"{f}: {nw} words (want 700-1500)")
        if not re.match(r"rp0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$", f):
            problems.append(f"{f}: bad file name")
    # banned place names (earlier sets) - case-insensitive
    bp = os.path.join(HERE, "banned_names.txt")
    if os.path.exists(bp):
        for n in [l.strip() for l in open(bp, encoding="utf-8") if l.strip()]:
            for f, t in texts.items():
                if n.lower() in t:
                    problems.append(f"{f}: contains banned name '{n}'")
            for f in ("questions.jsonl", "who_what.jsonl"):
                if n.lower() in norm(open(os.path.join(HERE, f), encoding="utf-8").read()):
                    problems.append(f"{f}: contains banned name '{n}'")
    for f, t in texts.items():
        if t.count("57-nq/tw") > 1:
            problems.append(f"{f}: 57-NQ/TW used more than once")
        if "57-nq/tw" in t and "căn cứ nghị quyết số 57-nq/tw" not in t:
            problems.append(f"{f}: 57-NQ/TW not as a basis citation")

    # questions
    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if unicodedata.normalize("NFC", line) != line:
                problems.append(f"questions line {i}: not NFC")
            try:
                qs.append(json.loads(line))
            except Exception as e:
                problems.append(f"questions line {i}: bad JSON {e}")
    allowed = {"id", "question", "answerable", "kind", "evidence", "keywords", "history", "actors"}
    seen_ids, seen_q = set(), []
    cited = {f: 0 for f in files}
    for q in qs:
        qid = q.get("id", "?")
        for k in ("id", "question", "answerable", "kind", "evidence", "keywords"):
            if k not in q:
                problems.append(f"{qid}: missing key {k}")
        if set(q) - allowed:
            problems.append(f"{qid}: extra keys {set(q) - allowed}")
        if qid in seen_ids:
            problems.append(f"{qid}: duplicate id")
        seen_ids.add(qid)
        if not re.match(r"rp\d{3}$", qid):
            problems.append(f"{qid}: bad id")
        if q.get("kind") not in KINDS:
            problems.append(f"{qid}: bad kind {q.get('kind')}")
        for h in q.get("history", []):
            if h not in seen_q:
                problems.append(f"{qid}: history question is not an earlier question: {h[:50]}")
        seen_q.append(q.get("question"))
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if q.get("answerable") is False:
            if ev or kw:
                problems.append(f"{qid}: unanswerable but has evidence/keywords")
            continue
        if q.get("answerable") is not True:
            problems.append(f"{qid}: answerable must be true/false")
        if not ev:
            problems.append(f"{qid}: answerable without evidence")
        if not 1 <= len(kw) <= 3:
            problems.append(f"{qid}: {len(kw)} keywords (want 1-3)")
        evtext = []
        for s in {e.get("source") for e in ev}:
            if s in cited:
                cited[s] += 1
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in texts:
                problems.append(f"{qid}: unknown source {src}"); continue
            if not 20 <= len(quote) <= 200:
                problems.append(f"{qid}: quote length {len(quote)}")
            if norm(quote) not in texts[src]:
                problems.append(f"{qid}: quote not found in {src}: {quote[:60]}")
            evtext.append(norm(quote))
        for k in kw:
            nk = norm(k)
            if not any(nk in e for e in evtext):
                if any(nk in texts[e.get("source")] for e in ev if e.get("source") in texts):
                    pass
                else:
                    problems.append(f"{qid}: keyword not in evidence or cited file: {k}")
        if q.get("kind") == "who-what" and not q.get("actors"):
            problems.append(f"{qid}: who-what without actors")
        for a in q.get("actors", []):
            if not any(norm(a) in texts[e["source"]] for e in ev if e.get("source") in texts):
                problems.append(f"{qid}: actor not verbatim in cited file: {a}")
    n = len(qs)
    def pct(x):
        return 100.0 * x / n if n else 0
    unans = sum(1 for q in qs if q.get("answerable") is False)
    nodia = sum(1 for q in qs if not has_diacritics(q["question"]) and not any(has_diacritics(h) for h in []))
    nodia_kind = sum(1 for q in qs if q.get("kind") == "no-diacritics")
    abbr = sum(1 for q in qs if ABBR.search(q["question"]))
    abbr_kind = sum(1 for q in qs if q.get("kind") == "abbreviation")
    fu = [q for q in qs if q.get("history")]
    fu_unans = sum(1 for q in fu if q.get("answerable") is False)
    ww = sum(1 for q in qs if q.get("kind") == "who-what" and q.get("actors"))
    for q in qs:
        if q.get("kind") == "no-diacritics" and has_diacritics(q["question"]):
            problems.append(f"{q['id']}: kind no-diacritics but has diacritics")
        if q.get("kind") == "unanswerable" and q.get("answerable") is not False:
            problems.append(f"{q['id']}: kind unanswerable but answerable")
        if q.get("kind") == "follow-up" and not q.get("history"):
            problems.append(f"{q['id']}: follow-up without history")
    if pct(unans) < 22: problems.append(f"unanswerable {pct(unans):.1f}% < 22%")
    if pct(nodia) < 15: problems.append(f"no-diacritics {pct(nodia):.1f}% < 15%")
    if pct(abbr) < 12: problems.append(f"abbreviations {pct(abbr):.1f}% < 12%")
    if len(fu) != 15: problems.append(f"{len(fu)} follow-ups (want 15)")
    if not 1 <= fu_unans <= 2: problems.append(f"{fu_unans} unanswerable follow-ups (want 1-2)")
    if ww < 12: problems.append(f"{ww} who-what questions (want >=12)")
    for f, c in cited.items():
        if c < 12: problems.append(f"{f}: cited by {c} questions (want >=12)")
    for k in ("metadata", "corpus"):
        if not any(q.get("kind") == k for q in qs): problems.append(f"no {k} questions")

    # who-what gold
    wids = set()
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as fh:
        wlines = [json.loads(l) for l in fh if l.strip()]
    wsrc = set()
    for w in wlines:
        wid = w.get("id")
        if wid in wids: problems.append(f"{wid}: duplicate who-what id")
        wids.add(wid)
        src = w.get("source"); wsrc.add(src)
        if src not in texts:
            problems.append(f"{wid}: unknown source {src}"); continue
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            problems.append(f"{wid}: keys {sorted(w)}")
        for a in w["actors"]:
            if norm(a["name"]) not in texts[src]:
                problems.append(f"{wid}: actor name not verbatim: {a['name']}")
            if a.get("role") not in ROLES:
                problems.append(f"{wid}: bad role {a.get('role')}")
            tq = a.get("task_quote", "")
            if not 20 <= len(tq) <= 200:
                problems.append(f"{wid}: task_quote length {len(tq)} for {a['name']}")
            if norm(tq) not in texts[src]:
                problems.append(f"{wid}: task_quote not found: {tq[:60]}")
            if a.get("deadline") and norm(a["deadline"]) not in texts[src]:
                problems.append(f"{wid}: deadline not verbatim: {a['deadline']}")
        for it in w.get("intruders", []):
            if norm(it) not in texts[src]:
                problems.append(f"{wid}: intruder not in file: {it}")
            if any(norm(it) == norm(a["name"]) for a in w["actors"]):
                problems.append(f"{wid}: intruder also an actor: {it}")
    if wsrc != set(files):
        problems.append(f"who_what covers {sorted(wsrc)}, not all files")

    print(f"questions={n} unanswerable={unans} ({pct(unans):.1f}%) no-diacritics(text)={nodia} ({pct(nodia):.1f}%) "
          f"[kind {nodia_kind}] abbreviations(text)={abbr} ({pct(abbr):.1f}%) [kind {abbr_kind}] "
          f"follow-ups={len(fu)} (unanswerable {fu_unans}) who-what={ww}")
    print("kinds:", {k: sum(1 for q in qs if q.get('kind') == k) for k in sorted(KINDS)})
    print("citations per file:", cited)
    print("words:", {f: len(raw[f].split()) for f in files})
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
