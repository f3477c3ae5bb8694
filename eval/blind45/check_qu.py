#!/usr/bin/env python3
"""Standalone checker for eval set blind45 (no kg_rag). Usage: python check_qu.py"""
import json, os, re, sys, unicodedata, zipfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = re.compile(r"(?<![\w&])(KH|CV|QĐ|TB|BC|UBND|KH&CN|GD&ĐT|GD|CĐS|THCS|THPT|MTTQ|VH|TT|HĐND|GDNN|GDTX|CNS|TG&DV|VH-XH|VH,TT&TT)(?![\w&])")
problems = []


def bad(msg):
    problems.append(msg)


def read_doc(path):
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        paras = []
        for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
            t = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
            paras.append(t)
        import html
        return html.unescape("\n".join(paras))
    if path.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if raw != unicodedata.normalize("NFC", raw):
        bad(f"{os.path.basename(path)}: not NFC")
    return raw


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).lower()).strip()


def is_ascii_question(q):
    return all(ord(c) < 128 for c in q)


def main():
    docs = {fn: norm(read_doc(os.path.join(CORPUS, fn))) for fn in sorted(os.listdir(CORPUS))}
    names = sorted(docs)
    if len(names) != 5 or [n[:4] for n in names] != ["qu01", "qu02", "qu03", "qu04", "qu05"]:
        bad(f"corpus must hold qu01..qu05, got {names}")
    exts = {os.path.splitext(n)[1] for n in names}
    for e in (".docx", ".pdf", ".txt"):
        if e not in exts:
            bad(f"no {e} file in corpus")
    for n, t in docs.items():
        w = len(t.split())
        if not 700 <= w <= 1500:
            bad(f"{n}: {w} words (want 700-1500)")

    def in_doc(src, s):
        return src in docs and norm(s) in docs[src]

    # ---------------- questions
    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        raw = f.read()
    if raw != unicodedata.normalize("NFC", raw):
        bad("questions.jsonl not NFC")
    for ln, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            qs.append(json.loads(line))
        except Exception as e:
            bad(f"questions line {ln}: bad JSON {e}")
    ids = [q.get("id") for q in qs]
    for i, c in Counter(ids).items():
        if c > 1:
            bad(f"duplicate id {i}")
    seen_q = []
    cited = Counter()
    for q in qs:
        qid = q.get("id")
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            bad(f"{qid}: keys {sorted(keys)}")
        if not re.fullmatch(r"qu\d{3}", str(qid)):
            bad(f"{qid}: id format")
        if q.get("kind") not in KINDS:
            bad(f"{qid}: kind {q.get('kind')}")
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if q.get("answerable"):
            if not ev:
                bad(f"{qid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                bad(f"{qid}: {len(kw)} keywords")
            srcs = set()
            for e in ev:
                src, quote = e.get("source"), e.get("quote", "")
                srcs.add(src)
                L = len(norm(quote))
                if not 20 <= L <= 200:
                    bad(f"{qid}: quote length {L}: {quote[:40]!r}")
                if not in_doc(src, quote):
                    bad(f"{qid}: quote not found in {src}: {quote[:60]!r}")
            for s in srcs:
                cited[s] += 1
            evtext = " || ".join(norm(e.get("quote", "")) for e in ev)
            for k in kw:
                if norm(k) not in evtext and not any(in_doc(s, k) for s in srcs):
                    bad(f"{qid}: keyword {k!r} not in evidence or cited file")
            for a in q.get("actors", []):
                if not any(in_doc(s, a) for s in srcs):
                    bad(f"{qid}: actor {a!r} not verbatim in cited file")
        else:
            if ev or kw:
                bad(f"{qid}: unanswerable must have empty evidence/keywords")
            if q.get("kind") not in ("unanswerable", "follow-up", "corpus"):
                bad(f"{qid}: unanswerable with kind {q.get('kind')}")
        for h in q.get("history", []):
            if h not in seen_q:
                bad(f"{qid}: history question not an earlier question: {h[:50]!r}")
        if q.get("question") in seen_q:
            bad(f"{qid}: duplicate question text")
        seen_q.append(q.get("question"))

    n = len(qs)
    unans = sum(not q["answerable"] for q in qs)
    nodia = sum(is_ascii_question(q["question"]) for q in qs)
    abbr = sum(bool(ABBR.search(q["question"])) for q in qs)
    fups = [q for q in qs if q.get("history")]
    fup_un = sum(not q["answerable"] for q in fups)
    ww = sum(1 for q in qs if q["kind"] == "who-what" and q.get("actors"))
    kinds = Counter(q["kind"] for q in qs)
    stats = {"n": n, "unanswerable": unans, "no_diacritics": nodia, "abbreviation": abbr,
             "follow_ups": len(fups), "follow_ups_unanswerable": fup_un, "who_what": ww}
    if not 90 <= n <= 120: bad(f"{n} questions (want ~100)")
    if unans < 0.22 * n: bad(f"unanswerable {unans}/{n} < 22%")
    if nodia < 0.15 * n: bad(f"no-diacritics {nodia}/{n} < 15%")
    if abbr < 0.12 * n: bad(f"abbreviations {abbr}/{n} < 12%")
    if len(fups) != 15: bad(f"{len(fups)} follow-ups (want 15)")
    if not 1 <= fup_un <= 2: bad(f"{fup_un} unanswerable follow-ups (want 1-2)")
    if ww < 12: bad(f"who-what {ww} < 12")
    if kinds["metadata"] < 4: bad("too few metadata questions")
    if kinds["corpus"] < 3: bad("too few corpus questions")
    for d in names:
        if cited[d] < 12: bad(f"{d} cited by {cited[d]} questions (<12)")

    # ---------------- who-what
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as f:
        raw = f.read()
    if raw != unicodedata.normalize("NFC", raw):
        bad("who_what.jsonl not NFC")
    wws = [json.loads(l) for l in raw.splitlines() if l.strip()]
    if sorted(w.get("source") for w in wws) != names:
        bad("who_what must have one line per document")
    for w in wws:
        wid, src = w.get("id"), w.get("source")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            bad(f"{wid}: keys {sorted(w)}")
        if not w.get("actors"):
            bad(f"{wid}: no actors")
        anames = set()
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                bad(f"{wid}: actor keys {sorted(a)}")
            anames.add(norm(a["name"]))
            if not in_doc(src, a["name"]):
                bad(f"{wid}: actor name not verbatim: {a['name']!r}")
            if a["role"] not in ROLES:
                bad(f"{wid}: role {a['role']!r}")
            if a["deadline"] is not None and not in_doc(src, a["deadline"]):
                bad(f"{wid}: deadline not verbatim: {a['deadline']!r}")
            L = len(norm(a["task_quote"]))
            if not 20 <= L <= 200:
                bad(f"{wid}: task_quote length {L}")
            if not in_doc(src, a["task_quote"]):
                bad(f"{wid}: task_quote not verbatim: {a['task_quote'][:60]!r}")
        for it in w.get("intruders", []):
            if not in_doc(src, it):
                bad(f"{wid}: intruder not in file: {it!r}")
            if norm(it) in anames:
                bad(f"{wid}: intruder is also an actor: {it!r}")

    print("stats:", json.dumps(stats, ensure_ascii=False),
          "| pct unans %.1f nodia %.1f abbr %.1f" % (100 * unans / n, 100 * nodia / n, 100 * abbr / n))
    print("kinds:", dict(kinds))
    print("cited:", dict(cited))
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
