#!/usr/bin/env python3
"""Standalone checker for eval set blind49 (no kg_rag).

Reads corpus/*.txt|*.md (UTF-8), *.docx (zipfile + XML), *.pdf (pypdf), normalises text
(NFC, lower case, whitespace collapsed) and checks questions.jsonl and who_what.jsonl.
Prints OK or the list of problems (exit code 1 on problems).

Usage: python check_qz.py [--stats]
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
from collections import Counter
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
Q_KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_OPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR_RE = re.compile(
    r"(?<![\w&/-])(KH|CV|QĐ|QD|TB|BC|UBND|KH&CN|KHCN|GD&ĐT|GDĐT|GD&DT|CĐS|CDS|THCS|MTTQ|TTHC|TMĐT|CNSCĐ|ĐVTN|CLB|"
    r"GDNN-GDTX|TT|PT-TH|VH&TT|VHTT|HĐND|LHPN|OCOP|sđt|SĐT|ĐT|TN)(?![\w&])",
    re.IGNORECASE,
)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def nfc(s):
    return unicodedata.normalize("NFC", s)


def norm(s):
    return re.sub(r"\s+", " ", nfc(s).lower()).strip()


def strip_marks(s):
    d = unicodedata.normalize("NFD", s)
    d = "".join(c for c in d if unicodedata.category(c) != "Mn")
    return d.replace("đ", "d").replace("Đ", "D")


def has_diacritics(s):
    return strip_marks(nfc(s)) != nfc(s)


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t" and el.text:
                parts.append(el.text)
            elif el.tag in (W + "tab", W + "br"):
                parts.append(" ")
        paras.append("".join(parts))
    return "\n".join(paras)


def read_pdf(path):
    from pypdf import PdfReader

    r = PdfReader(path)
    return "\n".join((pg.extract_text() or "") for pg in r.pages), len(r.pages)


def load_corpus():
    docs = {}
    info = {}
    for fn in sorted(os.listdir(CORPUS)):
        p = os.path.join(CORPUS, fn)
        if fn.endswith((".txt", ".md")):
            with open(p, encoding="utf-8") as f:
                raw = f.read()
            info[fn] = {"nfc": raw == nfc(raw)}
        elif fn.endswith(".docx"):
            raw = read_docx(p)
            info[fn] = {"nfc": raw == nfc(raw)}
        elif fn.endswith(".pdf"):
            raw, npages = read_pdf(p)
            info[fn] = {"nfc": raw == nfc(raw), "pages": npages}
        else:
            continue
        docs[fn] = raw
    return docs, info


def main():
    problems = []
    stats = "--stats" in sys.argv
    docs, info = load_corpus()
    ndocs = {k: norm(v) for k, v in docs.items()}

    # ---- corpus shape
    names = sorted(docs)
    if len(names) != 5:
        problems.append(f"corpus must hold 5 files, has {len(names)}: {names}")
    for i, fn in enumerate(names, start=1):
        if not re.match(rf"qz0{i}_[a-z0-9_]+\.(txt|md|docx|pdf)$", fn):
            problems.append(f"bad corpus file name {fn}")
        nw = len(docs[fn].split())
        if not 700 <= nw <= 1500:
            problems.append(f"{fn}: {nw} words (want 700-1500)")
        if not info[fn]["nfc"]:
            problems.append(f"{fn}: text is not NFC")
        if fn.endswith(".pdf") and not 2 <= info[fn]["pages"] <= 4:
            problems.append(f"{fn}: {info[fn]['pages']} pages (want 2-4)")
        if stats:
            print(f"{fn}: {nw} words" + (f", {info[fn]['pages']} pages" if 'pages' in info[fn] else ""))
    exts = {os.path.splitext(n)[1] for n in names}
    for e in (".docx", ".pdf", ".txt"):
        if e not in exts:
            problems.append(f"no {e} file in corpus")
    if not any(re.search(r"^\|.*\|\s*$\n^\|[-:| ]+\|\s*$", docs[n], re.M) for n in names if n.endswith((".md", ".txt"))):
        problems.append("no Markdown table in a .md/.txt file")
    # two-column header typed with spaces
    if not any(re.search(r"^\S.*\S {3,}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", docs[n], re.M) for n in names if n.endswith(".txt")):
        problems.append("no .txt with a two-column header typed with spaces")
    # docx list numbering and task table
    for n in names:
        if n.endswith(".docx"):
            with zipfile.ZipFile(os.path.join(CORPUS, n)) as z:
                x = z.read("word/document.xml").decode("utf-8")
            if "<w:numPr>" not in x and 'w:val="ListNumber"' not in x:
                problems.append(f"{n}: no Word list numbering")
            if "Đơn vị chủ trì" not in docs[n] or "<w:tbl>" not in x:
                problems.append(f"{n}: no task table")
    # hard-wrapped txt
    wrapped = False
    for n in names:
        if n.endswith(".txt"):
            lines = [l for l in docs[n].split("\n") if l.strip()]
            long_ = sum(1 for l in lines if 60 <= len(l) <= 80)
            if long_ >= 0.6 * len(lines) and max(len(l) for l in lines) <= 82:
                wrapped = True
    if not wrapped:
        problems.append("no hard-wrapped .txt (lines 65-80 chars)")

    # ---- forbidden place names (used by earlier sets) and 57-NQ/TW usage
    fb_path = os.path.join(HERE, "forbidden_names.txt")
    forbidden = []
    if os.path.exists(fb_path):
        with open(fb_path, encoding="utf-8") as f:
            forbidden = [nfc(l.strip()) for l in f if l.strip()]

    # ---- questions
    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        raw_q = f.read()
    if raw_q != nfc(raw_q):
        problems.append("questions.jsonl is not NFC")
    for ln, line in enumerate(raw_q.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            qs.append(json.loads(line))
        except Exception as e:  # noqa
            problems.append(f"questions.jsonl line {ln}: bad JSON {e}")
    for blob_name, blob in [(n, docs[n]) for n in names] + [("questions.jsonl", raw_q)]:
        for fn_ in forbidden:
            if fn_ in nfc(blob):
                problems.append(f"{blob_name}: uses forbidden name {fn_!r}")
        for m in re.finditer(r"57-NQ/TW", blob):
            start = blob.rfind("\n", 0, m.start()) + 1
            if not blob[start:m.start()].lstrip().startswith("Căn cứ"):
                problems.append(f"{blob_name}: 57-NQ/TW used outside a 'Căn cứ' line")

    seen_ids = set()
    seen_q = []
    cnt = Counter()
    cited = Counter()
    for q in qs:
        qid = q.get("id", "?")
        keys = set(q)
        if not Q_KEYS <= keys or keys - Q_KEYS - Q_OPT:
            problems.append(f"{qid}: keys {sorted(keys)}")
            continue
        if not re.match(r"qz\d{3}$", qid):
            problems.append(f"{qid}: bad id")
        if qid in seen_ids:
            problems.append(f"{qid}: duplicate id")
        seen_ids.add(qid)
        if q["kind"] not in KINDS:
            problems.append(f"{qid}: bad kind {q['kind']}")
        if not isinstance(q["answerable"], bool):
            problems.append(f"{qid}: answerable not bool")
        text = q["question"]
        if not text.strip():
            problems.append(f"{qid}: empty question")
        if "history" in q:
            h = q["history"]
            if not isinstance(h, list) or not h or any(x not in seen_q for x in h):
                problems.append(f"{qid}: history is not an earlier question: {h}")
            cnt["follow-up"] += 1
            if not q["answerable"]:
                cnt["follow-up-unans"] += 1
        if q["kind"] == "follow-up" and "history" not in q:
            problems.append(f"{qid}: follow-up without history")
        seen_q.append(text)
        cnt["total"] += 1
        cnt["kind:" + q["kind"]] += 1
        if not has_diacritics(text):
            cnt["no-diacritics"] += 1
        if ABBR_RE.search(text):
            cnt["abbreviation"] += 1
        if not q["answerable"]:
            cnt["unanswerable"] += 1
            if q["evidence"] or q["keywords"]:
                problems.append(f"{qid}: unanswerable must have empty evidence/keywords")
            if q.get("actors"):
                problems.append(f"{qid}: unanswerable with actors")
            continue
        if not q["evidence"]:
            problems.append(f"{qid}: answerable without evidence")
        if not 1 <= len(q["keywords"]) <= 3:
            problems.append(f"{qid}: needs 1-3 keywords, has {len(q['keywords'])}")
        srcs = set()
        quotes_n = []
        for ev in q["evidence"]:
            if set(ev) != {"source", "quote"}:
                problems.append(f"{qid}: evidence keys {sorted(ev)}")
                continue
            src, quote = ev["source"], ev["quote"]
            if src not in ndocs:
                problems.append(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            if not 20 <= len(quote) <= 200:
                problems.append(f"{qid}: quote length {len(quote)}: {quote!r}")
            if norm(quote) not in ndocs[src]:
                problems.append(f"{qid}: quote not found in {src}: {quote!r}")
            quotes_n.append(norm(quote))
        for src in srcs:
            cited[src] += 1
        for kw in q["keywords"]:
            k = norm(kw)
            if not any(k in qq for qq in quotes_n) and not any(k in ndocs[s] for s in srcs):
                problems.append(f"{qid}: keyword {kw!r} neither in an evidence quote nor in a cited file")
        if "actors" in q:
            if not q["actors"]:
                problems.append(f"{qid}: empty actors")
            for a in q["actors"]:
                if not any(norm(a) in ndocs[s] for s in srcs):
                    problems.append(f"{qid}: actor {a!r} not verbatim in cited file")
        if q["kind"] == "who-what":
            if not q.get("actors"):
                problems.append(f"{qid}: who-what without actors")
            else:
                cnt["who-what-with-actors"] += 1

    total = max(cnt["total"], 1)
    pct = lambda k: 100.0 * cnt[k] / total  # noqa
    if not 90 <= cnt["total"] <= 115:
        problems.append(f"{cnt['total']} questions (want ~100)")
    if pct("unanswerable") < 22:
        problems.append(f"unanswerable {pct('unanswerable'):.1f}% < 22%")
    if pct("no-diacritics") < 15:
        problems.append(f"no-diacritics {pct('no-diacritics'):.1f}% < 15%")
    if pct("abbreviation") < 12:
        problems.append(f"abbreviation {pct('abbreviation'):.1f}% < 12%")
    if cnt["follow-up"] != 15:
        problems.append(f"{cnt['follow-up']} follow-ups (want 15)")
    if not 1 <= cnt["follow-up-unans"] <= 2:
        problems.append(f"{cnt['follow-up-unans']} unanswerable follow-ups (want 1-2)")
    if cnt["who-what-with-actors"] < 12:
        problems.append(f"{cnt['who-what-with-actors']} who-what questions with actors (want >= 12)")
    for k in ("metadata", "corpus"):
        if cnt["kind:" + k] < 3:
            problems.append(f"only {cnt['kind:' + k]} {k} questions")
    for n in names:
        if cited[n] < 12:
            problems.append(f"{n} cited by {cited[n]} questions (want >= 12)")

    # ---- who-what gold
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as f:
        raw_w = f.read()
    if raw_w != nfc(raw_w):
        problems.append("who_what.jsonl is not NFC")
    ww = [json.loads(l) for l in raw_w.splitlines() if l.strip()]
    if sorted(w["source"] for w in ww) != names:
        problems.append("who_what.jsonl must have one line per corpus document")
    wids = set()
    for w in ww:
        wid = w.get("id")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            problems.append(f"{wid}: keys {sorted(w)}")
            continue
        if wid in wids or not re.match(r"wqz\d{2}$", wid or ""):
            problems.append(f"{wid}: bad or duplicate id")
        wids.add(wid)
        src = w["source"]
        if src not in ndocs:
            problems.append(f"{wid}: unknown source {src}")
            continue
        d = ndocs[src]
        if not w["actors"]:
            problems.append(f"{wid}: no actors")
        anames = set()
        for a in w["actors"]:
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                problems.append(f"{wid}: actor keys {sorted(a)}")
                continue
            anames.add(norm(a["name"]))
            if norm(a["name"]) not in d:
                problems.append(f"{wid}: actor name not verbatim: {a['name']!r}")
            if a["role"] not in ROLES:
                problems.append(f"{wid}: bad role {a['role']!r}")
            if a["deadline"] is not None and norm(a["deadline"]) not in d:
                problems.append(f"{wid}: deadline not verbatim: {a['deadline']!r}")
            tq = a["task_quote"]
            if not 20 <= len(tq) <= 200:
                problems.append(f"{wid}: task_quote length {len(tq)}: {tq!r}")
            if norm(tq) not in d:
                problems.append(f"{wid}: task_quote not verbatim: {tq!r}")
        for x in w["intruders"]:
            if norm(x) not in d:
                problems.append(f"{wid}: intruder not verbatim: {x!r}")
            if norm(x) in anames:
                problems.append(f"{wid}: intruder also listed as actor: {x!r}")

    if stats:
        print(f"questions: {cnt['total']}")
        for k in sorted(k for k in cnt if k.startswith("kind:")):
            print(f"  {k[5:]}: {cnt[k]}")
        for k in ("unanswerable", "no-diacritics", "abbreviation", "follow-up", "follow-up-unans", "who-what-with-actors"):
            print(f"  {k}: {cnt[k]} ({pct(k):.1f}%)")
        for n in names:
            print(f"  cited {n}: {cited[n]}")
        print(f"who_what docs: {len(ww)}, actors: {sum(len(w['actors']) for w in ww)}")

    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
