#!/usr/bin/env python3
"""Standalone checker for eval/blind11 (corpus/, questions.jsonl, who_what.jsonl).

Run:  python3 check_v.py      -> prints OK (exit 0) or the problems found (exit 1).
Stdlib only; does not import kg_rag. Corpus files are .txt/.md (one text unit each).
Comparison text = NFC, lower-case, every whitespace run (incl. line breaks) -> one space.
"""
import json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation",
         "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", None}
# Abbreviations: distinctive ones match in any case (officers also type "khcn", "thcs" in
# lower case); short ambiguous ones (TU, HU, DN, CN ...) only count when typed in capitals.
ABBR_ANY = ["ubnd", "hđnd", "hdnd", "mttq", "gd&đt", "gd&dt", "kh&cn", "khcn", "cđs", "cds",
            "thcs", "thpt", "tthc", "csdl", "htx", "tmđt", "tmdt", "btv", "sđt"]
ABBR_CAPS = ["KH", "QĐ", "CV", "TB", "NQ", "KL", "BC", "PCT", "HU", "TU", "DN", "KD", "SP",
             "HS", "HK", "TN", "UB", "TC-KH", "QC", "NN", "CN", "KHCN"]
_L = r"(?<![\w&-])("
_R = r")(?![\w&])"
ABBR_ANY_RE = re.compile(_L + "|".join(re.escape(a) for a in sorted(ABBR_ANY, key=len, reverse=True)) + _R, re.I)
ABBR_CAPS_RE = re.compile(_L + "|".join(re.escape(a) for a in sorted(ABBR_CAPS, key=len, reverse=True)) + _R)


class _Abbr:
    @staticmethod
    def search(t):
        return ABBR_ANY_RE.search(t) or ABBR_CAPS_RE.search(t)


ABBR_RE = _Abbr()
VN_DIAC = re.compile(r"[^\x00-\x7f]")


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).lower()).strip()


def main():
    errs = []
    E = errs.append
    docs = {}
    for fn in sorted(os.listdir(CORPUS)):
        if not re.match(r"v0[1-5]_.*\.(txt|md)$", fn):
            E(f"unexpected corpus file {fn}"); continue
        raw = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
        docs[fn] = norm(raw)
        nw = len(raw.split())
        if not 700 <= nw <= 1400:
            E(f"{fn}: {nw} words, want 700-1400")
    if len(docs) != 5:
        E(f"want 5 corpus files, got {len(docs)}")

    # ---- who_what.jsonl
    gold = {}  # source -> set of normalised actor names
    wids = set()
    wlines = [json.loads(l) for l in open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") if l.strip()]
    if len(wlines) < 4:
        E("who_what.jsonl: want >= 4 lines")
    for w in wlines:
        wid = w.get("id")
        if not re.fullmatch(r"wv\d\d", str(wid)) or wid in wids:
            E(f"who_what: bad/duplicate id {wid}")
        wids.add(wid)
        src = w.get("source")
        if src not in docs:
            E(f"{wid}: unknown source {src}"); continue
        d = docs[src]
        names = set()
        for a in w.get("actors", []):
            n = a.get("name", "")
            names.add(norm(n))
            if norm(n) not in d:
                E(f"{wid}: actor name not in doc: {n}")
            if a.get("role") not in ROLES:
                E(f"{wid}: bad role {a.get('role')} for {n}")
            dl = a.get("deadline")
            if dl is not None and norm(dl) not in d:
                E(f"{wid}: deadline not verbatim: {dl}")
            tq = a.get("task_quote", "")
            if not 20 <= len(norm(tq)) <= 200:
                E(f"{wid}: task_quote length {len(norm(tq))}: {tq[:50]}")
            if norm(tq) not in d:
                E(f"{wid}: task_quote not verbatim: {tq[:80]}")
        if not names:
            E(f"{wid}: no actors")
        for it in w.get("intruders", []):
            ni = norm(it)
            if ni not in d:
                E(f"{wid}: intruder not verbatim in doc: {it}")
            for n in names:
                if ni == n or ni in n or n in ni:
                    E(f"{wid}: intruder '{it}' overlaps task actor '{n}'")
        gold.setdefault(src, set()).update(names)

    # ---- questions.jsonl
    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    n = len(qs)
    if not 95 <= n <= 105:
        E(f"questions: {n} lines, want 95-105")
    seen_ids, seen_text = set(), []
    per_doc = Counter()
    for i, q in enumerate(qs):
        qid = q.get("id")
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            E(f"{qid}: bad keys {sorted(keys)}")
        if not re.fullmatch(r"vx\d{3}", str(qid)) or qid in seen_ids:
            E(f"bad/duplicate id {qid}")
        seen_ids.add(qid)
        kind = q.get("kind")
        if kind not in KINDS:
            E(f"{qid}: bad kind {kind}")
        if not isinstance(q.get("answerable"), bool):
            E(f"{qid}: answerable not bool")
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if kind == "unanswerable" and q.get("answerable"):
            E(f"{qid}: kind unanswerable but answerable=true")
        if q.get("answerable"):
            if not ev or not kw:
                E(f"{qid}: answerable needs evidence and keywords")
        elif ev or kw:
            E(f"{qid}: unanswerable should have empty evidence/keywords")
        srcs = []
        for e in ev:
            s, qu = e.get("source"), e.get("quote", "")
            if s not in docs:
                E(f"{qid}: unknown source {s}"); continue
            srcs.append(s)
            L = len(norm(qu))
            if not 20 <= L <= 200:
                E(f"{qid}: quote length {L}: {qu[:50]}")
            if norm(qu) not in docs[s]:
                E(f"{qid}: quote not found in {s}: {qu[:80]}")
        for s in set(srcs):
            per_doc[s] += 1
        text = " ".join(docs[s] for s in set(srcs))
        for k in kw:
            if norm(k) not in text:
                E(f"{qid}: keyword not in cited docs: {k}")
        if "history" in q:
            h = q["history"]
            if not h:
                E(f"{qid}: empty history")
            last = -1
            for ht in h:
                idx = [j for j, t in enumerate(seen_text) if t == ht]
                if not idx:
                    E(f"{qid}: history question not found earlier: {ht[:60]}")
                elif idx[-1] <= last:
                    E(f"{qid}: history out of order")
                else:
                    last = idx[-1]
        if kind == "follow-up" and not q.get("history"):
            E(f"{qid}: follow-up without history")
        if kind == "who-what":
            acts = q.get("actors") or []
            if not acts:
                E(f"{qid}: who-what without actors")
            g = set().union(*(gold.get(s, set()) for s in srcs)) if srcs else set()
            for a in acts:
                if norm(a) not in g:
                    E(f"{qid}: actor '{a}' not in who_what gold of {sorted(set(srcs))}")
        if kind == "no-diacritics" and VN_DIAC.search(q["question"]):
            E(f"{qid}: kind no-diacritics but has diacritics")
        if kind == "abbreviation" and not ABBR_RE.search(q["question"]):
            E(f"{qid}: kind abbreviation but no abbreviation found")
        seen_text.append(q.get("question"))

    # ---- mix
    kinds = Counter(q["kind"] for q in qs)
    unans = sum(1 for q in qs if not q["answerable"])
    nodia = sum(1 for q in qs if not VN_DIAC.search(q["question"]))
    abbr = sum(1 for q in qs if ABBR_RE.search(q["question"]))
    fol = sum(1 for q in qs if q.get("history"))
    who = sum(1 for q in qs if q["kind"] == "who-what")
    pct = lambda x: 100.0 * x / n if n else 0
    print(f"questions={n}  kinds={dict(sorted(kinds.items()))}")
    print(f"unanswerable={unans} ({pct(unans):.1f}%)  no-diacritics={nodia} ({pct(nodia):.1f}%)  "
          f"abbreviation={abbr} ({pct(abbr):.1f}%)  follow-up={fol}  who-what={who}  "
          f"metadata={kinds['metadata']}  corpus={kinds['corpus']}")
    print("answerable questions citing each doc:", dict(sorted(per_doc.items())))
    if pct(unans) < 22: E("unanswerable < 22%")
    if pct(nodia) < 15: E("no-diacritics < 15%")
    if pct(abbr) < 20: E("abbreviation < 20%")
    if fol < 12: E("follow-up < 12")
    if who < 12: E("who-what < 12")
    if kinds["metadata"] < 3 or kinds["corpus"] < 3: E("need some metadata and corpus questions")
    for s in docs:
        if per_doc[s] < 12:
            E(f"{s}: only {per_doc[s]} answerable questions cite it")
    if errs:
        print("\n".join("FAIL " + e for e in errs)); sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
