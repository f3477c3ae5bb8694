#!/usr/bin/env python3
"""Standalone checker for blind set 36 (no kg_rag import).

Reads corpus/*.txt|.md (UTF-8), .docx (python-docx XML walk), .pdf (pypdf); normalises text
(NFC, lower-case, whitespace collapsed) and checks questions.jsonl and who_what.jsonl.
Prints OK (with statistics) or the list of problems; exit code 1 on problems.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
Q_KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_OPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = ["UBND", "KH", "CV", "QĐ", "QD", "BC", "TB", "KH&CN", "KHCN", "GD&ĐT", "GD&DT", "GD", "THCS",
        "MTTQ", "LHPN", "CBCCVC", "SXTN", "STKT", "SĐT", "ĐU", "KHKT", "TTHC", "VH&TT", "CĐS", "VNPT",
        "HĐND", "ĐT", "ĐH", "MOOCs", "VNeID", "TT&TT", "PGDĐT"]
BANNED_PLACES = """An Phú, An Điền, An Đạo, Bàu Sen, Bình Khê, Bình Minh, Bình Sơn, Bưởi Phú, Bạch Long, Bản Cát,
Bản Giàng, Bản Nguồn, Bắc Giang, Bắc Hà, Bến Cầu, Bến Gạo, Bến Lội, Bến Mây, Bến Ngà, Bến Triều, Bến Trúc,
Cao Mật, Cao Phong, Chè An, Chè Shan, Chư Glei, Chư Krei, Cát Lũy, Cát Mộc, Cát Trinh, Cù Lao, Cù Mai,
Cư Mlai, Cư Pơng, Cẩm Liên, Cẩm Phong, Cẩm Trạch, Cẩm Vân, Cẩm Đường, Cồn Mây, Cửa Lân, Cửa Triều, Ea Kao,
Ea Rôk, Giang Thành, Hà Châu, Hà Lĩnh, Hà Sơn, Hà Trung, Hòa Bình, Hòa Khánh, Hòa Lâm, Hòa Lợi, Hòa Mỹ,
Hòa Nam, Hòa Thuận, Hưng Thạnh, Hải Triều, Hải Đông, Hội Chủ, Hội Học, Hội Khuyến, Ia Mơ, Khau Vài, Khe Mơ,
Khe Nứa, Khe Tre, Khe Trúc, Khuổi Mùn, Khuổi Sáng, Khánh Vĩ, Kim Sơn, Kim Thành, Kim Thạch, Kon Rơ,
Krông Lũy, Kỳ Lam, Kỳ Phong, Lai Hà, Lam Giang, Lam Sơn, Long Châu, Lâm Giang, Lê Thị, Lĩnh Châu, Lũng Cao,
Lũng Cốc, Lũng Vài, Lương Điền, Lạc Hòa, Lạc Sơn, Lạch Sơn, Lạng Sơn, Lộc Hải, Lộc Khê, Lộc Điền, Lục Khê,
Minh Tiến, Mường Khoa, Mường Khê, Mộc Hương, Mộc Sơn, Mỹ Lợi, Na Pháo, Nam Hà, Nam Hòa, Ngàn Phố, Ngọc Bàng,
Ngọc Dao, Ngọc Khê, Ngọc Liên, Ngọc Lâm, Ngọc Lũng, Ngọc Lương, Ngọc Thủy, Ngọc Trì, Ngọc Tuyền,
Ninh Phước, Nà Cọ, Nà Khoang, Nà Khuông, Nà Lươn, Nà Lừ, Nà Pheo, Nà Phặc, Nà Pồng, Nà Sáy, Nậm Cang,
Nậm Khoa, Nậm Sàng, Nậm Sơn, Nậm Ty, Pa Cò, Phiêng Lâm, Phiêng Lồm, Phiêng Mòn, Phìn Hồ, Phù Vân, Phú Hưng,
Phú Lâm, Phú Lãm, Phú Lộc, Phú Xuân, Phước Hòa, Phước Hưng, Phước Hải, Phước Hậu, Phước Kỳ, Phước Lâm,
Phước Lũy, Phước Sơn, Phước Thạnh, Plei Rông, Pác Ngà, Quang Trung, Quảng Hà, Quế Lâm, Rạch Vẹt, Suối Hoa,
Suối Lau, Suối Mây, Suối Mơ, Sông Cầu, Sông Trạch, Sơn Cước, Sơn Nguyên, Thanh Bình, Thanh Hà, Thanh Lĩnh,
Thượng Lâm, Thạch Bàn, Thạch Lựu, Thắng Lợi, Triều Dương, Trà Giang, Tràng Liễu, Trần Quốc, Trịnh Xuân,
Tuy Lộc, Tà Lùng, Tà Pình, Tà Sình, Tà Xuyên, Tân An, Tân Bửu, Tân Khê, Tân Lập, Tân Mộc, Tân Ngọc,
Tân Phong, Tân Phước, Tây Nguyên, Tây Sơn, Tây Thạnh, Tùng Sơn, Tả Chải, Vân Cát, Vân Tây, Vân Đồn, Vĩnh An,
Vĩnh Nhuận, Vạn Lộc, Vạn Thủy, Vạn Triều, Vọng Lâu, Xuân Ngạn, Yên Khê, Yên Thạch, Đoàn Sông, Đoàn Trà,
Đoàn Đắk, Đá Mài, Đá Trắng, Đông Giang, Đông Hải, Đông Lâm, Đông Lĩnh, Đông Sơn, Đông Thành, Đắk Bình,
Đắk Sơn, Đồi Mây, Đồng Cát, Đồng Tâm, Đồng Xuyên, Ủy Bàu, Ủy Bình, Ủy Cồn, Ủy Hà, Ủy Hòa, Ủy Hải,
Ủy Krông, Ủy Lục, Ủy Mường, Ủy Mỹ, Ủy Ngọc, Ủy Phù, Ủy Phước, Ủy Thanh, Ủy Thạch, Ủy Vĩnh, Ủy Vạn,
Ủy Đông, Ủy Đắk, Ủy Đồng"""
OTHER_PROVINCES = ["Thái Sơn", "Hòa Phong"]


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).lower().split())


def read_docx(path):
    import zipfile
    import xml.etree.ElementTree as ET
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    body = root.find(W + "body")
    out = []

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(W + "t"))

    def walk(el):
        for ch in el:
            if ch.tag == W + "p":
                out.append(ptext(ch))
            elif ch.tag == W + "tbl":
                for tr in ch.findall(W + "tr"):
                    cells = []
                    for tc in tr.findall(W + "tc"):
                        cells.append("\n".join(ptext(p) for p in tc.findall(W + "p")))
                    out.append(" | ".join(cells))
    walk(body)
    return "\n".join(out)


def read_pdf(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def load_corpus():
    raw = {}
    for fn in sorted(os.listdir(CORPUS)):
        p = os.path.join(CORPUS, fn)
        if fn.endswith((".txt", ".md")):
            with open(p, encoding="utf-8") as f:
                raw[fn] = f.read()
        elif fn.endswith(".docx"):
            raw[fn] = read_docx(p)
        elif fn.endswith(".pdf"):
            raw[fn] = read_pdf(p)
    return raw


def no_diacritics(s):
    return all(ord(c) < 128 for c in s)


def has_abbr(s):
    for a in ABBR:
        if re.search(r"(?<![\wĐđ&])" + re.escape(a) + r"(?![\wĐđ&])", s, flags=re.IGNORECASE):
            return True
    return False


def main():
    problems = []
    raw = load_corpus()
    docs = {fn: norm(t) for fn, t in raw.items()}
    expected = {"ql01", "ql02", "ql03", "ql04", "ql05"}
    if {fn[:4] for fn in docs} != expected or len(docs) != 5:
        problems.append(f"corpus must hold exactly ql01..ql05, got {sorted(docs)}")
    exts = {fn.rsplit(".", 1)[1] for fn in docs}
    for e in ("docx", "pdf", "txt", "md"):
        if e not in exts:
            problems.append(f"no .{e} file in corpus")
    # corpus-level checks
    for fn, t in raw.items():
        if fn.endswith((".txt", ".md")) and unicodedata.normalize("NFC", t) != t:
            problems.append(f"{fn}: not NFC")
        words = len([w for w in t.split() if re.search(r"\w", w)])
        if not 700 <= words <= 1500:
            problems.append(f"{fn}: {words} words (want 700-1500)")
        # the state motto contains "xã hội chủ nghĩa"; it is not a place name
        low = docs[fn].replace("cộng hòa xã hội chủ nghĩa", " ")
        for name in [x.strip() for x in BANNED_PLACES.replace("\n", " ").split(",")] + OTHER_PROVINCES:
            if re.search(r"(?<!\w)" + re.escape(norm(name)) + r"(?!\w)", low):
                problems.append(f"{fn}: uses banned place name '{name}'")
        if "bảo lâm" not in low and "mai trì" not in low:
            problems.append(f"{fn}: does not mention the set's province")
    n57 = sum(d.count("57-nq/tw") for d in docs.values())
    if n57 > 1:
        problems.append(f"57-NQ/TW appears {n57} times")
    for fn, d in docs.items():
        for m in re.finditer("57-nq/tw", d):
            if "căn cứ" not in d[max(0, m.start() - 40):m.start()]:
                problems.append(f"{fn}: 57-NQ/TW used other than as basis")
    pdfs = [fn for fn in docs if fn.endswith(".pdf")]
    for fn in pdfs:
        from pypdf import PdfReader
        n = len(PdfReader(os.path.join(CORPUS, fn)).pages)
        if not 2 <= n <= 4:
            problems.append(f"{fn}: {n} pages (want 2-4)")

    # questions
    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            if unicodedata.normalize("NFC", line) != line:
                problems.append(f"questions.jsonl line {ln}: not NFC")
            try:
                qs.append(json.loads(line))
            except Exception as e:  # noqa
                problems.append(f"questions.jsonl line {ln}: bad JSON {e}")
    ids = [q.get("id") for q in qs]
    for i, c in Counter(ids).items():
        if c > 1:
            problems.append(f"duplicate id {i}")
    seen_q = []
    cites = Counter()
    for q in qs:
        qid = q.get("id")
        keys = set(q)
        if not Q_KEYS <= keys or keys - Q_KEYS - Q_OPT:
            problems.append(f"{qid}: bad keys {sorted(keys)}")
            continue
        if not re.fullmatch(r"ql\d{3}", qid):
            problems.append(f"{qid}: bad id")
        if q["kind"] not in KINDS:
            problems.append(f"{qid}: bad kind {q['kind']}")
        if not isinstance(q["answerable"], bool):
            problems.append(f"{qid}: answerable not bool")
        if q["answerable"]:
            if not q["evidence"]:
                problems.append(f"{qid}: answerable without evidence")
            if not 1 <= len(q["keywords"]) <= 3:
                problems.append(f"{qid}: needs 1-3 keywords")
            cited = set()
            for ev in q["evidence"]:
                src, quote = ev.get("source"), ev.get("quote", "")
                if set(ev) != {"source", "quote"}:
                    problems.append(f"{qid}: evidence keys {sorted(ev)}")
                if src not in docs:
                    problems.append(f"{qid}: unknown source {src}")
                    continue
                nq = norm(quote)
                if not 20 <= len(nq) <= 200:
                    problems.append(f"{qid}: quote length {len(nq)}: {quote[:40]}")
                if nq not in docs[src]:
                    problems.append(f"{qid}: quote not found in {src}: {quote[:60]}")
                cited.add(src)
            for s in cited:
                cites[s] += 1
            evtext = " ".join(norm(ev.get("quote", "")) for ev in q["evidence"])
            for kw in q["keywords"]:
                nk = norm(kw)
                if nk not in evtext and not any(nk in docs.get(s, "") for s in cited):
                    problems.append(f"{qid}: keyword '{kw}' not in quotes or cited files")
        else:
            if q["evidence"] or q["keywords"]:
                problems.append(f"{qid}: unanswerable must have empty evidence/keywords")
        for h in q.get("history", []):
            if h not in seen_q:
                problems.append(f"{qid}: history item is not an earlier question: {h[:50]}")
        if "history" in q and q["kind"] != "follow-up":
            problems.append(f"{qid}: has history but kind {q['kind']}")
        if q["kind"] == "follow-up" and not q.get("history"):
            problems.append(f"{qid}: follow-up without history")
        for a in q.get("actors", []):
            pool = [docs[e["source"]] for e in q["evidence"] if e.get("source") in docs] or list(docs.values())
            if not any(norm(a) in d for d in pool):
                problems.append(f"{qid}: actor '{a}' not verbatim in cited files")
        if q["kind"] == "no-diacritics" and not no_diacritics(q["question"]):
            problems.append(f"{qid}: kind no-diacritics but question has diacritics")
        if q["kind"] == "abbreviation" and not has_abbr(q["question"]):
            problems.append(f"{qid}: kind abbreviation but no known abbreviation")
        if q["kind"] == "unanswerable" and q["answerable"]:
            problems.append(f"{qid}: kind unanswerable but answerable true")
        seen_q.append(q["question"])

    n = len(qs)
    st = {
        "total": n,
        "unanswerable": sum(not q["answerable"] for q in qs),
        "no_diacritics": sum(no_diacritics(q["question"]) for q in qs),
        "abbreviation": sum(has_abbr(q["question"]) for q in qs),
        "follow_up": sum(bool(q.get("history")) for q in qs),
        "follow_up_unans": sum(bool(q.get("history")) and not q["answerable"] for q in qs),
        "who_what_actors": sum(q["kind"] == "who-what" and bool(q.get("actors")) for q in qs),
        "with_actors": sum(bool(q.get("actors")) for q in qs),
        "metadata": sum(q["kind"] == "metadata" for q in qs),
        "corpus": sum(q["kind"] == "corpus" for q in qs),
    }
    if not 90 <= n <= 115:
        problems.append(f"{n} questions (want ~100)")
    if st["unanswerable"] < 0.22 * n:
        problems.append(f"unanswerable {st['unanswerable']}/{n} < 22%")
    if st["no_diacritics"] < 0.15 * n:
        problems.append(f"no-diacritics {st['no_diacritics']}/{n} < 15%")
    if st["abbreviation"] < 0.12 * n:
        problems.append(f"abbreviation {st['abbreviation']}/{n} < 12%")
    if st["follow_up"] != 15:
        problems.append(f"follow-ups {st['follow_up']} != 15")
    if not 1 <= st["follow_up_unans"] <= 2:
        problems.append(f"unanswerable follow-ups {st['follow_up_unans']} (want 1-2)")
    if st["who_what_actors"] < 12:
        problems.append(f"who-what with actors {st['who_what_actors']} < 12")
    if st["metadata"] < 3 or st["corpus"] < 2:
        problems.append("too few metadata/corpus questions")
    for fn in docs:
        if cites[fn] < 12:
            problems.append(f"{fn} cited by only {cites[fn]} questions")

    # who_what
    ww = []
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if line.strip():
                if unicodedata.normalize("NFC", line) != line:
                    problems.append(f"who_what.jsonl line {ln}: not NFC")
                ww.append(json.loads(line))
    if sorted(w["source"] for w in ww) != sorted(docs):
        problems.append("who_what.jsonl must have one line per document")
    for w in ww:
        wid = w.get("id")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            problems.append(f"{wid}: bad keys {sorted(w)}")
        d = docs.get(w.get("source"), "")
        if not d:
            problems.append(f"{wid}: unknown source")
            continue
        num = w["directive"].split(" ", 1)[1] if " " in w["directive"] else w["directive"]
        if norm(num) not in d:
            problems.append(f"{wid}: directive number '{num}' not in file")
        names = set()
        for a in w["actors"]:
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                problems.append(f"{wid}: actor keys {sorted(a)}")
            if norm(a["name"]) not in d:
                problems.append(f"{wid}: actor name not verbatim: {a['name']}")
            if a["role"] not in ROLES:
                problems.append(f"{wid}: bad role {a['role']}")
            if a["deadline"] is not None and norm(a["deadline"]) not in d:
                problems.append(f"{wid}: deadline not verbatim: {a['deadline']}")
            tq = norm(a["task_quote"])
            if not 20 <= len(tq) <= 200:
                problems.append(f"{wid}: task_quote length {len(tq)} for {a['name']}")
            if tq not in d:
                problems.append(f"{wid}: task_quote not verbatim for {a['name']}: {a['task_quote'][:50]}")
            names.add(norm(a["name"]))
        for x in w["intruders"]:
            if norm(x) not in d:
                problems.append(f"{wid}: intruder not in file: {x}")
            if norm(x) in names:
                problems.append(f"{wid}: intruder also listed as actor: {x}")

    kinds = Counter(q["kind"] for q in qs)
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")
    print("stats:", json.dumps(st, ensure_ascii=False))
    print("percent: unanswerable %.1f%%, no-diacritics %.1f%%, abbreviation %.1f%%" % (
        100 * st["unanswerable"] / n, 100 * st["no_diacritics"] / n, 100 * st["abbreviation"] / n))
    print("kinds:", dict(sorted(kinds.items())))
    print("citations per file:", dict(sorted(cites.items())))
    print("who_what actors per doc:", {w["id"]: len(w["actors"]) for w in ww})


if __name__ == "__main__":
    main()
