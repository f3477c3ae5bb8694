#!/usr/bin/env python3
"""Standalone checker for the blind42 evaluation set (no kg_rag import).

Reads corpus files (.txt/.md as UTF-8, .docx via zipfile + XML, .pdf via pypdf), normalises text
(NFC, lower case, whitespace collapsed) and checks questions.jsonl and who_what.jsonl.
Prints OK or the list of problems; exit code 1 on problems.
Usage: /work/main/.venv/bin/python check_qr.py [set_dir]
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
Q_KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_OPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBREV_RE = re.compile(r"\b(KH|CV|QĐ|QD|TB|BC|UBND|KH&CN|KHCN|GD&ĐT|GDĐT|GDDT|CĐS|CDS|THCS|THPT|MTTQ|TTĐT|"
                       r"GDTX|DVC|GV|HS|ĐV|KP|TP|TH|BTG|HU|SGD|VH&TT|TTr|AI|STEM|ĐMST)\b")

FORBIDDEN_NAMES = [
    'An Phú',
    'An Trạch',
    'An Tuyền',
    'An Điền',
    'An Đạo',
    'Ban Nguyên',
    'Bàu Sen',
    'Bãi Dâu',
    'Bãi Lau',
    'Bãi Nổi',
    'Bãi Sậy',
    'Bình Khê',
    'Bình Minh',
    'Bình Sơn',
    'Bó Mạ',
    'Bưởi Phú',
    'Bạch Long',
    'Bản Chang',
    'Bản Cát',
    'Bản Giàng',
    'Bản Nguồn',
    'Bảo Lâm',
    'Bắc Giang',
    'Bắc Hà',
    'Bằng Lăng',
    'Bến Cầu',
    'Bến Gạo',
    'Bến Lội',
    'Bến Mây',
    'Bến Mới',
    'Bến Ngà',
    'Bến Triều',
    'Bến Trúc',
    'Bến Đá',
    'Cao Mật',
    'Cao Phong',
    'Chiềng Pha',
    'Chè An',
    'Chè Shan',
    'Chư Glei',
    'Chư Krei',
    'Chỉ đạo',
    'Cát Hạ',
    'Cát Lũy',
    'Cát Lộc',
    'Cát Mộc',
    'Cát Thượng',
    'Cát Trinh',
    'Cây Gạo',
    'Cù Lao',
    'Cù Mai',
    'Cư Mlai',
    'Cư Pơng',
    'Cầu Mới',
    'Cầu Trắng',
    'Cẩm Liên',
    'Cẩm Lư',
    'Cẩm Phong',
    'Cẩm Trạch',
    'Cẩm Vân',
    'Cẩm Đường',
    'Cốc Chủ',
    'Cốc Lùng',
    'Cốc Lầu',
    'Cốc Phầy',
    'Cồn Mây',
    'Cổ Loan',
    'Cửa Lân',
    'Cửa Triều',
    'Ea Kao',
    'Ea Rôk',
    'Giang Thành',
    'Gò Mít',
    'Gò Sim',
    'Gốc Gạo',
    'Gốc Sung',
    'Hoàng Văn',
    'Hà Châu',
    'Hà Lĩnh',
    'Hà Sơn',
    'Hà Trung',
    'Háng Tày',
    'Hòa Bình',
    'Hòa Khánh',
    'Hòa Lâm',
    'Hòa Lợi',
    'Hòa Mục',
    'Hòa Mỹ',
    'Hòa Nam',
    'Hòa Phong',
    'Hòa Thuận',
    'Hưng Lộc',
    'Hưng Thạnh',
    'Hương Cát',
    'Hạ Lũng',
    'Hạ Quan',
    'Hạ Vàng',
    'Hạnh Lâm',
    'Hải Triều',
    'Hải Đông',
    'Hồng Diệp',
    'Hội Khuyến',
    'Hợp Tiến',
    'Ia Mơ',
    'Khau Vài',
    'Khe Cát',
    'Khe Lau',
    'Khe Lim',
    'Khe Mát',
    'Khe Mây',
    'Khe Mơ',
    'Khe Nứa',
    'Khe Rạc',
    'Khe Sâu',
    'Khe Sậy',
    'Khe Tre',
    'Khe Trúc',
    'Khoang đạt',
    'Khuổi Mùn',
    'Khuổi Sáng',
    'Khuổi Tát',
    'Khuổi Vạc',
    'Khánh Vĩ',
    'Khánh Xuân',
    'Khánh Đào',
    'Kim Sơn',
    'Kim Thành',
    'Kim Thạch',
    'Kiến Mỹ',
    'Kon Rơ',
    'Krông Lũy',
    'Kỳ Lam',
    'Kỳ Phong',
    'Kỳ Vân',
    'Lai Hà',
    'Lam Giang',
    'Lam Sơn',
    'Liên Hạnh',
    'Liễu Dương',
    'Long Châu',
    'Làng Chùa',
    'Làng Mới',
    'Lâm Giang',
    'Lê Thị',
    'Lĩnh Châu',
    'Lũng Cao',
    'Lũng Cốc',
    'Lũng Phầy',
    'Lũng Pảng',
    'Lũng Vài',
    'Lương Điền',
    'Lạc Hòa',
    'Lạc Sơn',
    'Lạch Sơn',
    'Lạng Sơn',
    'Lộ Hạ',
    'Lộ Thượng',
    'Lộc Hải',
    'Lộc Khê',
    'Lộc Điền',
    'Lục Khê',
    'Mai Trì',
    'Mai Xá',
    'Mai Động',
    'Minh Tiến',
    'Mường Chiêng',
    'Mường Khoa',
    'Mường Khê',
    'Mộc Hương',
    'Mộc Sơn',
    'Mỹ Lợi',
    'Na Lầu',
    'Na Pháo',
    'Nam Hà',
    'Nam Hòa',
    'Nghĩa Thông',
    'Nghĩa Trụ',
    'Nghĩa Xuyên',
    'Ngàn Phố',
    'Ngọc Bàng',
    'Ngọc Dao',
    'Ngọc Khê',
    'Ngọc Liên',
    'Ngọc Lâm',
    'Ngọc Lũng',
    'Ngọc Lương',
    'Ngọc Thủy',
    'Ngọc Trì',
    'Ngọc Tuyền',
    'Ninh Phước',
    'Nà Cọ',
    'Nà Khoang',
    'Nà Khuông',
    'Nà Lùng',
    'Nà Lươn',
    'Nà Lừ',
    'Nà Lừu',
    'Nà Mò',
    'Nà Mòn',
    'Nà Pheo',
    'Nà Phặc',
    'Nà Pồng',
    'Nà Sáy',
    'Nậm Cang',
    'Nậm Khoa',
    'Nậm Sàng',
    'Nậm Sơn',
    'Nậm Ty',
    'Nặm Cắm',
    'Nặm Cọ',
    'Nặm Dìn',
    'Pa Cò',
    'Phiêng Luông',
    'Phiêng Lâm',
    'Phiêng Lồm',
    'Phiêng Mòn',
    'Phong Dực',
    'Phìn Hồ',
    'Phù Vân',
    'Phú Hưng',
    'Phú Lâm',
    'Phú Lãm',
    'Phú Lễ',
    'Phú Lộc',
    'Phú Thượng',
    'Phú Xuân',
    'Phúc Điền',
    'Phước Hòa',
    'Phước Hưng',
    'Phước Hải',
    'Phước Hậu',
    'Phước Kỳ',
    'Phước Lâm',
    'Phước Lũy',
    'Phước Sơn',
    'Phước Thạnh',
    'Phước Thịnh',
    'Phước Điền',
    'Phượng Cầu',
    'Piềng Lả',
    'Plei Rông',
    'Pá Hốc',
    'Pá Lùng',
    'Pác Mạ',
    'Pác Ngà',
    'Pác Ngòi',
    'Pò Háng',
    'Pò Hẩu',
    'Quang Minh',
    'Quang Tiến',
    'Quang Trung',
    'Quyết Thắng',
    'Quảng Hà',
    'Quế Lâm',
    'Rạch Vẹt',
    'Rộc Mạ',
    'Rộc Vàng',
    'Sa Lung',
    'Suối Hoa',
    'Suối Lau',
    'Suối Mây',
    'Suối Mơ',
    'Suối Thầu',
    'Sông Cầu',
    'Sông Trạch',
    'Sơn Cước',
    'Sơn Nguyên',
    'Sơn Quỳ',
    'Sở đã',
    'Thanh Bình',
    'Thanh Hà',
    'Thanh Lĩnh',
    'Thanh Tước',
    'Thái Nguyên',
    'Thái Sơn',
    'Thôn Số',
    'Thượng Lâm',
    'Thượng Quỳ',
    'Thạch Bàn',
    'Thạch Lâm',
    'Thạch Lựu',
    'Thạch Quỳ',
    'Thắng Lợi',
    'Thống Nhất',
    'Tiên Sa',
    'Tiên Sà',
    'Triều Dương',
    'Trung Hòa',
    'Trung Hậu',
    'Trung Tâm',
    'Trà Giang',
    'Tràng Liễu',
    'Trường Xuân',
    'Trần Quốc',
    'Trịnh Xuân',
    'Tuy Lộc',
    'Tà Lùng',
    'Tà Pình',
    'Tà Sình',
    'Tà Xuyên',
    'Tân An',
    'Tân Bửu',
    'Tân Khê',
    'Tân Lập',
    'Tân Mộc',
    'Tân Ngọc',
    'Tân Phong',
    'Tân Phước',
    'Tây Nguyên',
    'Tây Sơn',
    'Tây Thạnh',
    'Tính đến',
    'Tùng Sơn',
    'Tùng Ảnh',
    'Tường Vân',
    'Tả Chải',
    'Vân Cát',
    'Vân Tây',
    'Vân Đồn',
    'Vĩnh An',
    'Vĩnh Nhuận',
    'Vũ Nông',
    'Vũ Xá',
    'Vạn Lộc',
    'Vạn Thủy',
    'Vạn Triều',
    'Vọng Lâu',
    'Vọng Nguyệt',
    'Xuân Ngạn',
    'Yên Hòa',
    'Yên Khê',
    'Yên Lạc',
    'Yên Thạch',
    'Đoàn Kết',
    'Đoàn Thái',
    'Đá Bạc',
    'Đá Mài',
    'Đá Trắng',
    'Đông Giang',
    'Đông Hạ',
    'Đông Hải',
    'Đông Lâm',
    'Đông Lĩnh',
    'Đông Sơn',
    'Đông Thành',
    'Đông Tiến',
    'Đạm Thủy',
    'Đắk Bình',
    'Đắk Sơn',
    'Đồi Mây',
    'Đồng Bưởi',
    'Đồng Bục',
    'Đồng Chùa',
    'Đồng Chảy',
    'Đồng Cát',
    'Đồng Giang',
    'Đồng Gianh',
    'Đồng Luông',
    'Đồng Mận',
    'Đồng Mới',
    'Đồng Phú',
    'Đồng Quế',
    'Đồng Rẫy',
    'Đồng Tâm',
    'Đồng Xoài',
    'Đồng Xuyên',
    'Đức Lương',
    'đi được',
    'đi đạt',
    'đoàn Bắc',
    'đoàn Cẩm',
    'đoàn Hòa',
    'đoàn Kim',
    'đoàn Kiến',
    'đoàn Kỳ',
    'đoàn Lam',
    'đoàn Mai',
    'đoàn Mỹ',
    'đoàn Nam',
    'đoàn Ngọc',
    'đoàn Phước',
    'đoàn Quảng',
    'đoàn Sơn',
    'đoàn Thanh',
    'đoàn Thượng',
    'đoàn Thạch',
    'đoàn Trà',
    'đoàn Tà',
    'đoàn Tây',
    'đoàn Yên',
    'đoàn Đông',
    'đoàn Đắk',
    'đoàn đã',
    'đoàn đề',
    'đã đăng',
    'đã được',
    'đã đạt',
    'đôn đốc',
    'được Đảng',
    'được đưa',
    'đạt ít',
    'đảo Hòn',
    'đến đúng',
    'để được',
    'đối ứng',
    'ước đạt',
    'ỦY BAN',
    'ủy Bình',
    'ủy Bắc',
    'ủy Cao',
    'ủy Các',
    'ủy Cẩm',
    'ủy Hà',
    'ủy Hòa',
    'ủy Hưng',
    'ủy Kim',
    'ủy Krông',
    'ủy Kỳ',
    'ủy Mường',
    'ủy Mỹ',
    'ủy Nam',
    'ủy Ngọc',
    'ủy Nậm',
    'ủy Phù',
    'ủy Phước',
    'ủy Quảng',
    'ủy Thanh',
    'ủy Thái',
    'ủy Tuyên',
    'ủy Tà',
    'ủy Tây',
    'ủy Vân',
    'ủy Vĩnh',
    'ủy Vạn',
    'ủy Yên',
    'ủy Đá',
    'ủy Đông',
    'ủy Đắk',
    'ủy Đặng',
    'ủy Đức',
    'ủy đánh',
    'ủy đã',
    'ủy đúng',
    'ủy đưa',
    'ủy đảm',
    'ủy đề',
    'ủy để',
    'ủy định',
    'ủy ở',
]



def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)


def pdf_text(path):
    from pypdf import PdfReader
    reader = PdfReader(path)
    return "\n".join(page.extract_text() or "" for page in reader.pages), len(reader.pages)


def read_raw(path):
    if path.endswith(".docx"):
        return docx_text(path)
    if path.endswith(".pdf"):
        return pdf_text(path)[0]
    with open(path, encoding="utf-8") as f:
        return f.read()


def has_diacritics(s):
    return any(ord(ch) > 127 for ch in s)


def main(base):
    problems = []
    info = []
    corpus_dir = os.path.join(base, "corpus")
    files = sorted(os.listdir(corpus_dir))
    raw, texts = {}, {}
    for fn in files:
        if not re.fullmatch(r"qr0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)", fn):
            problems.append("bad corpus file name: %s" % fn)
        path = os.path.join(corpus_dir, fn)
        raw[fn] = read_raw(path)
        texts[fn] = norm(raw[fn])
        if fn.endswith((".txt", ".md")) and unicodedata.normalize("NFC", raw[fn]) != raw[fn]:
            problems.append("%s: not NFC" % fn)
        words = len([w for w in raw[fn].split() if re.search(r"\w", w)])
        info.append("%s: %d words" % (fn, words))
        if not 700 <= words <= 1500:
            problems.append("%s: %d words (want 700-1500)" % (fn, words))
        if fn.endswith(".pdf"):
            n = pdf_text(path)[1]
            if not 2 <= n <= 4:
                problems.append("%s: %d pages (want 2-4)" % (fn, n))
    if len(files) != 5:
        problems.append("expected 5 corpus files, got %d" % len(files))
    exts = {os.path.splitext(f)[1] for f in files}
    for e in (".docx", ".pdf", ".txt"):
        if e not in exts:
            problems.append("no %s file" % e)
    if not any(re.search(r"^\|.*\|\s*$", raw[f], re.M) for f in files if f.endswith((".md", ".txt"))):
        problems.append("no Markdown table in a .md/.txt")
    # forbidden names, 57-NQ/TW usage
    def scan(label, s):
        for name in FORBIDDEN_NAMES:
            if re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", s):
                problems.append("%s: forbidden name/phrase %r" % (label, name))
    for fn in files:
        scan(fn, unicodedata.normalize("NFC", raw[fn]))
    n57 = sum(raw[f].count("57-NQ/TW") for f in files)
    if n57 > 1 or any(re.search(r"(?<!Căn cứ Nghị quyết số )57-NQ/TW", raw[f]) for f in files):
        problems.append("57-NQ/TW used other than once as a basis citation")

    # questions
    qpath = os.path.join(base, "questions.jsonl")
    qs = []
    with open(qpath, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            if unicodedata.normalize("NFC", line) != line:
                problems.append("questions line %d not NFC" % ln)
            qs.append(json.loads(line))
    seen_ids, seen_q = set(), []
    cites = {fn: 0 for fn in files}
    for q in qs:
        qid = q.get("id")
        keys = set(q)
        if not Q_KEYS <= keys or keys - Q_KEYS - Q_OPT:
            problems.append("%s: bad keys %s" % (qid, sorted(keys)))
        if not re.fullmatch(r"qr\d{3}", str(qid)):
            problems.append("%s: bad id" % qid)
        if qid in seen_ids:
            problems.append("%s: duplicate id" % qid)
        seen_ids.add(qid)
        if q.get("kind") not in KINDS:
            problems.append("%s: bad kind %r" % (qid, q.get("kind")))
        scan(qid, q["question"])
        if "57-NQ/TW" in q["question"]:
            problems.append("%s: mentions 57-NQ/TW" % qid)
        for h in q.get("history", []):
            if h not in seen_q:
                problems.append("%s: history question is not an earlier question: %r" % (qid, h))
        seen_q.append(q["question"])
        if q["answerable"] is False:
            if q["evidence"] or q["keywords"]:
                problems.append("%s: unanswerable but has evidence/keywords" % qid)
            continue
        if q["answerable"] is not True:
            problems.append("%s: answerable must be true/false" % qid)
        if not q["evidence"]:
            problems.append("%s: answerable without evidence" % qid)
        if not 1 <= len(q["keywords"]) <= 3:
            problems.append("%s: %d keywords (want 1-3)" % (qid, len(q["keywords"])))
        srcs = set()
        for ev in q["evidence"]:
            src, quote = ev.get("source"), ev.get("quote", "")
            if set(ev) != {"source", "quote"}:
                problems.append("%s: bad evidence keys" % qid)
            if src not in texts:
                problems.append("%s: unknown source %r" % (qid, src))
                continue
            srcs.add(src)
            if not 20 <= len(quote) <= 200:
                problems.append("%s: quote length %d: %r" % (qid, len(quote), quote))
            if norm(quote) not in texts[src]:
                problems.append("%s: quote not found in %s: %r" % (qid, src, quote))
        for s in srcs:
            cites[s] += 1
        nq = " ".join(norm(e["quote"]) for e in q["evidence"])
        for kw in q["keywords"]:
            if norm(kw) not in nq and not any(norm(kw) in texts[s] for s in srcs):
                problems.append("%s: keyword %r not in quotes nor cited file" % (qid, kw))
        for a in q.get("actors", []):
            if not any(norm(a) in texts[s] for s in srcs):
                problems.append("%s: actor %r not verbatim in cited file" % (qid, a))
    n = len(qs)
    unans = sum(1 for q in qs if q["answerable"] is False)
    nodia = sum(1 for q in qs if not has_diacritics(q["question"]))
    abbr_kind = sum(1 for q in qs if q["kind"] == "abbreviation")
    abbr_any = sum(1 for q in qs if ABBREV_RE.search(q["question"]))
    fups = [q for q in qs if q.get("history")]
    fup_unans = sum(1 for q in fups if q["answerable"] is False)
    ww = [q for q in qs if q["kind"] == "who-what"]
    ww_act = sum(1 for q in ww if q.get("actors"))
    kinds = {}
    for q in qs:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    info.append("questions: %d; kinds: %s" % (n, json.dumps(kinds, ensure_ascii=False)))
    info.append("unanswerable %d (%.0f%%), no-diacritics text %d (%.0f%%), abbreviation kind %d (%.0f%%), "
                "questions using abbreviations %d (%.0f%%), follow-ups %d (%d unanswerable), who-what %d "
                "(%d with actors)" % (unans, 100 * unans / n, nodia, 100 * nodia / n, abbr_kind,
                                       100 * abbr_kind / n, abbr_any, 100 * abbr_any / n, len(fups),
                                       fup_unans, len(ww), ww_act))
    info.append("questions citing each file: %s" % cites)
    if not 90 <= n <= 115:
        problems.append("want about 100 questions, got %d" % n)
    if unans < 0.22 * n:
        problems.append("unanswerable below 22%")
    if kinds.get("unanswerable", 0) + fup_unans != unans:
        problems.append("answerable=false must be kind unanswerable or an unanswerable follow-up")
    if nodia < 0.15 * n:
        problems.append("no-diacritics below 15%")
    for q in qs:
        if q["kind"] == "no-diacritics" and has_diacritics(q["question"]):
            problems.append("%s: kind no-diacritics but has diacritics" % q["id"])
    if abbr_kind < 0.12 * n or abbr_any < 0.12 * n:
        problems.append("abbreviations below 12%")
    if len(fups) != 15 or not 1 <= fup_unans <= 2:
        problems.append("want 15 follow-ups with 1-2 unanswerable (got %d, %d)" % (len(fups), fup_unans))
    for q in fups:
        if q["kind"] != "follow-up":
            problems.append("%s: has history but kind %s" % (q["id"], q["kind"]))
    if ww_act < 12 or ww_act != len(ww):
        problems.append("who-what questions with actors: %d of %d (need >= 12, all)" % (ww_act, len(ww)))
    for k in ("metadata", "corpus"):
        if kinds.get(k, 0) < 2:
            problems.append("too few %s questions" % k)
    for fn, c in cites.items():
        if c < 12:
            problems.append("%s cited by only %d questions" % (fn, c))

    # who-what gold
    wpath = os.path.join(base, "who_what.jsonl")
    wsrc = []
    with open(wpath, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            if unicodedata.normalize("NFC", line) != line:
                problems.append("who_what line %d not NFC" % ln)
            w = json.loads(line)
            wid = w.get("id")
            if set(w) != {"id", "directive", "source", "actors", "intruders"}:
                problems.append("%s: bad keys" % wid)
            src = w.get("source")
            if src not in texts:
                problems.append("%s: unknown source %r" % (wid, src))
                continue
            wsrc.append(src)
            t = texts[src]
            names = set()
            for a in w["actors"]:
                if set(a) != {"name", "role", "deadline", "task_quote"}:
                    problems.append("%s: bad actor keys %s" % (wid, sorted(a)))
                if norm(a["name"]) not in t:
                    problems.append("%s: actor name not verbatim: %r" % (wid, a["name"]))
                names.add(norm(a["name"]))
                if a["role"] not in ROLES:
                    problems.append("%s: bad role %r" % (wid, a["role"]))
                if a["deadline"] is not None and norm(a["deadline"]) not in t:
                    problems.append("%s: deadline not verbatim: %r" % (wid, a["deadline"]))
                tq = a["task_quote"]
                if not 20 <= len(tq) <= 200:
                    problems.append("%s: task_quote length %d: %r" % (wid, len(tq), tq))
                if norm(tq) not in t:
                    problems.append("%s: task_quote not verbatim: %r" % (wid, tq))
            for i in w["intruders"]:
                if norm(i) not in t:
                    problems.append("%s: intruder not in file: %r" % (wid, i))
                if norm(i) in names:
                    problems.append("%s: intruder is also an actor: %r" % (wid, i))
    if sorted(wsrc) != files:
        problems.append("who_what must have exactly one line per corpus file")

    for line in info:
        print(line)
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print(" -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
