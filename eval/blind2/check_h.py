#!/usr/bin/env python3
"""Checker for the blind2 evaluation set (stdlib only). Run: python3 check_h.py"""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "follow-up", "unanswerable"}
ABBR = re.compile(r"\b(KH|TB|BC|UBND|KH&CN|NN&PTNT|HU|QĐ|HĐND|PTNT|SKHCN)\b")
errors = []


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def err(msg):
    errors.append(msg)


# --- corpus
docs = {}
for fn in sorted(os.listdir(CORPUS)):
    if not fn.endswith(".txt"):
        continue
    raw = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
    if unicodedata.normalize("NFC", raw) != raw:
        err(f"{fn}: not NFC")
    n = len(raw.split())
    if not 500 <= n <= 900:
        err(f"{fn}: {n} words (want 500-900)")
    for need in ("Số:", "Nơi nhận:"):
        if need not in raw:
            err(f"{fn}: missing {need!r}")
    docs[fn] = norm(raw)
    print(f"doc {fn}: {n} words")
if len(docs) != 3:
    err(f"expected 3 documents, found {len(docs)}")
for fn, d in docs.items():
    if fn.startswith("h03") and "| chỉ tiêu | năm 2024 | năm 2025 |" not in d:
        err("h03: markdown table header missing")
    if fn.startswith("h02"):
        lines = open(os.path.join(CORPUS, fn), encoding="utf-8").read().splitlines()
        if sum(60 <= len(l) <= 80 for l in lines) < 10:
            err("h02: too few hard-wrapped lines")

# --- questions
ids, qs, seen_q = set(), [], []
counts = {k: 0 for k in KINDS}
n_unans = n_ascii = n_abbr = n_hist = n_actors = 0
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            o = json.loads(line)
        except Exception as e:
            err(f"line {ln}: bad JSON {e}")
            continue
        qid, q = o.get("id"), o.get("question", "")
        if not re.fullmatch(r"hx\d\d", qid or ""):
            err(f"line {ln}: bad id {qid}")
        if qid in ids:
            err(f"{qid}: duplicate id")
        ids.add(qid)
        if not q or q in seen_q:
            err(f"{qid}: empty or duplicate question")
        if unicodedata.normalize("NFC", q) != q:
            err(f"{qid}: question not NFC")
        kind = o.get("kind")
        if kind not in KINDS:
            err(f"{qid}: bad kind {kind}")
        else:
            counts[kind] += 1
        ans = o.get("answerable")
        if not isinstance(ans, bool):
            err(f"{qid}: answerable not bool")
        ev, kws = o.get("evidence"), o.get("keywords")
        if not isinstance(ev, list) or not isinstance(kws, list):
            err(f"{qid}: evidence/keywords must be lists")
            ev, kws = [], []
        if ans is False:
            n_unans += 1
            if ev or kws:
                err(f"{qid}: unanswerable must have empty evidence/keywords")
        elif ans is True:
            if not ev or not kws:
                err(f"{qid}: answerable needs evidence and keywords")
            nquotes = []
            for e in ev:
                src, qt = e.get("source"), e.get("quote", "")
                nq = norm(qt)
                if src not in docs:
                    err(f"{qid}: unknown source {src}")
                elif nq not in docs[src]:
                    err(f"{qid}: quote not found in {src}: {qt[:60]!r}")
                if not 20 <= len(nq) <= 200:
                    err(f"{qid}: quote length {len(nq)} out of 20-200")
                nquotes.append(nq)
            for k in kws:
                if not k.strip() or not any(norm(k) in nq for nq in nquotes):
                    err(f"{qid}: keyword {k!r} not inside any quote")
        if q.isascii() and q == q.lower():
            n_ascii += 1
        if ABBR.search(q):
            n_abbr += 1
        if "history" in o:
            h = o["history"]
            if not isinstance(h, list) or not h:
                err(f"{qid}: history must be a non-empty list")
            else:
                for hq in h:
                    if hq not in seen_q:
                        err(f"{qid}: history question not found earlier: {hq[:50]!r}")
                n_hist += 1
        if "actors" in o:
            a = o["actors"]
            if not isinstance(a, list) or not a:
                err(f"{qid}: actors must be a non-empty list")
            else:
                for act in a:
                    if not any(norm(act) in d for d in docs.values()):
                        err(f"{qid}: actor {act!r} not found in corpus")
                n_actors += 1
        if kind == "who-what" and "actors" not in o:
            err(f"{qid}: who-what without actors")
        if kind == "no-diacritics" and not q.isascii():
            err(f"{qid}: no-diacritics question has diacritics")
        seen_q.append(q)
        qs.append(o)

def need(label, val, lo, hi=None):
    ok = val >= lo and (hi is None or val <= hi)
    if not ok:
        err(f"count {label}={val}, want >={lo}" + (f" and <={hi}" if hi else ""))

need("questions", len(qs), 60, 60)
need("unanswerable", n_unans, 15)
need("no-diacritics (ascii lower-case)", n_ascii, 10)
need("abbreviation-bearing", n_abbr, 10)
need("follow-ups with history", n_hist, 6)
need("who-what with actors", n_actors, 8)
need("metadata", counts["metadata"], 3)
for k in KINDS:
    need(f"kind {k}", counts[k], 1)

print("kinds:", json.dumps(dict(sorted(counts.items()))))
print(f"unanswerable={n_unans} ascii={n_ascii} abbrev={n_abbr} history={n_hist} actors={n_actors}")
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
