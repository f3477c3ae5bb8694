#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Standalone checker for eval set blind41 (no kg_rag).

Reads corpus/*.txt|.md (UTF-8), .docx (zipfile + XML), .pdf (pypdf), normalises
(NFC, lower-case, whitespace collapsed) and checks questions.jsonl and
who_what.jsonl. Prints OK or the list of problems (exit code 1).
Run: /work/main/.venv/bin/python check_qq.py
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = re.compile(r"(?<![\w&])(KH|CV|QĐ|QD|BC|TB|UBND|ubnd|KH&CN|KH&KT|KHCN|GD&ĐT|GDĐT|SGDDT|GD|gd|CĐS|CDS|THCS|THPT|"
                  r"MTTQ|HĐND|TTHC|ĐMST|KT&HT|BTV|UBKT|HK|GV|AI|clb|CLB)(?![\w&])")
# place names and strings used by earlier sets: must not appear (case-sensitive)
FORBIDDEN = ['An Phú', 'An Trạch', 'An Tuyền', 'An Điền', 'An Đạo', 'Ban Nguyên', 'Bàu Sen', 'Bãi Dâu', 'Bãi Lau', 'Bãi Nổi', 'Bãi Sậy', 'Bình Khê', 'Bình Minh', 'Bình Sơn', 'Bó Mạ', 'Bưởi Phú', 'Bạch Long', 'Bản Chang', 'Bản Cát', 'Bản Giàng', 'Bản Nguồn', 'Bảo Lâm', 'Bắc Giang', 'Bắc Hà', 'Bằng Lăng', 'Bến Cầu', 'Bến Gạo', 'Bến Lội', 'Bến Mây', 'Bến Mới', 'Bến Ngà', 'Bến Triều', 'Bến Trúc', 'Bến Đá', 'Cao Mật', 'Cao Phong', 'Chiềng Pha', 'Chè An', 'Chè Shan', 'Chư Glei', 'Chư Krei', 'Chỉ đạo', 'Cát Hạ', 'Cát Lũy', 'Cát Lộc', 'Cát Mộc', 'Cát Thượng', 'Cát Trinh', 'Cây Gạo', 'Cù Lao', 'Cù Mai', 'Cư Mlai', 'Cư Pơng', 'Cầu Mới', 'Cầu Trắng', 'Cẩm Liên', 'Cẩm Lư', 'Cẩm Phong', 'Cẩm Trạch', 'Cẩm Vân', 'Cẩm Đường', 'Cốc Chủ', 'Cốc Lùng', 'Cốc Lầu', 'Cốc Phầy', 'Cồn Mây', 'Cổ Loan', 'Cửa Lân', 'Cửa Triều', 'Ea Kao', 'Ea Rôk', 'Giang Thành', 'Gò Mít', 'Gò Sim', 'Gốc Gạo', 'Gốc Sung', 'Hoàng Văn', 'Hà Châu', 'Hà Lĩnh', 'Hà Sơn', 'Hà Trung', 'Háng Tày', 'Hòa Bình', 'Hòa Khánh', 'Hòa Lâm', 'Hòa Lợi', 'Hòa Mục', 'Hòa Mỹ', 'Hòa Nam', 'Hòa Phong', 'Hòa Thuận', 'Hưng Lộc', 'Hưng Thạnh', 'Hương Cát', 'Hạ Lũng', 'Hạ Quan', 'Hạ Vàng', 'Hạnh Lâm', 'Hải Triều', 'Hải Đông', 'Hồng Diệp', 'Hội Khuyến', 'Hợp Tiến', 'Ia Mơ', 'Khau Vài', 'Khe Cát', 'Khe Lau', 'Khe Lim', 'Khe Mát', 'Khe Mây', 'Khe Mơ', 'Khe Nứa', 'Khe Rạc', 'Khe Sâu', 'Khe Sậy', 'Khe Tre', 'Khe Trúc', 'Khoang đạt', 'Khuổi Mùn', 'Khuổi Sáng', 'Khuổi Tát', 'Khuổi Vạc', 'Khánh Vĩ', 'Khánh Xuân', 'Khánh Đào', 'Kim Sơn', 'Kim Thành', 'Kim Thạch', 'Kiến Mỹ', 'Kon Rơ', 'Krông Lũy', 'Kỳ Lam', 'Kỳ Phong', 'Kỳ Vân', 'Lai Hà', 'Lam Giang', 'Lam Sơn', 'Liên Hạnh', 'Liễu Dương', 'Long Châu', 'Làng Chùa', 'Làng Mới', 'Lâm Giang', 'Lê Thị', 'Lĩnh Châu', 'Lũng Cao', 'Lũng Cốc', 'Lũng Phầy', 'Lũng Pảng', 'Lũng Vài', 'Lương Điền', 'Lạc Hòa', 'Lạc Sơn', 'Lạch Sơn', 'Lạng Sơn', 'Lộ Hạ', 'Lộ Thượng', 'Lộc Hải', 'Lộc Khê', 'Lộc Điền', 'Lục Khê', 'Mai Trì', 'Mai Xá', 'Mai Động', 'Minh Tiến', 'Mường Chiêng', 'Mường Khoa', 'Mường Khê', 'Mộc Hương', 'Mộc Sơn', 'Mỹ Lợi', 'Na Lầu', 'Na Pháo', 'Nam Hà', 'Nam Hòa', 'Nghĩa Thông', 'Nghĩa Trụ', 'Nghĩa Xuyên', 'Ngàn Phố', 'Ngọc Bàng', 'Ngọc Dao', 'Ngọc Khê', 'Ngọc Liên', 'Ngọc Lâm', 'Ngọc Lũng', 'Ngọc Lương', 'Ngọc Thủy', 'Ngọc Trì', 'Ngọc Tuyền', 'Ninh Phước', 'Nà Cọ', 'Nà Khoang', 'Nà Khuông', 'Nà Lùng', 'Nà Lươn', 'Nà Lừ', 'Nà Lừu', 'Nà Mò', 'Nà Mòn', 'Nà Pheo', 'Nà Phặc', 'Nà Pồng', 'Nà Sáy', 'Nậm Cang', 'Nậm Khoa', 'Nậm Sàng', 'Nậm Sơn', 'Nậm Ty', 'Nặm Cắm', 'Nặm Cọ', 'Nặm Dìn', 'Pa Cò', 'Phiêng Luông', 'Phiêng Lâm', 'Phiêng Lồm', 'Phiêng Mòn', 'Phong Dực', 'Phìn Hồ', 'Phù Vân', 'Phú Hưng', 'Phú Lâm', 'Phú Lãm', 'Phú Lễ', 'Phú Lộc', 'Phú Thượng', 'Phú Xuân', 'Phúc Điền', 'Phước Hòa', 'Phước Hưng', 'Phước Hải', 'Phước Hậu', 'Phước Kỳ', 'Phước Lâm', 'Phước Lũy', 'Phước Sơn', 'Phước Thạnh', 'Phước Thịnh', 'Phước Điền', 'Phượng Cầu', 'Piềng Lả', 'Plei Rông', 'Pá Hốc', 'Pá Lùng', 'Pác Mạ', 'Pác Ngà', 'Pác Ngòi', 'Pò Háng', 'Pò Hẩu', 'Quang Minh', 'Quang Tiến', 'Quang Trung', 'Quyết Thắng', 'Quảng Hà', 'Quế Lâm', 'Rạch Vẹt', 'Rộc Mạ', 'Rộc Vàng', 'Sa Lung', 'Suối Hoa', 'Suối Lau', 'Suối Mây', 'Suối Mơ', 'Suối Thầu', 'Sông Cầu', 'Sông Trạch', 'Sơn Cước', 'Sơn Nguyên', 'Sơn Quỳ', 'Sở đã', 'Thanh Bình', 'Thanh Hà', 'Thanh Lĩnh', 'Thanh Tước', 'Thái Nguyên', 'Thái Sơn', 'Thôn Số', 'Thượng Lâm', 'Thượng Quỳ', 'Thạch Bàn', 'Thạch Lâm', 'Thạch Lựu', 'Thạch Quỳ', 'Thắng Lợi', 'Thống Nhất', 'Tiên Sa', 'Tiên Sà', 'Triều Dương', 'Trung Hòa', 'Trung Hậu', 'Trung Tâm', 'Trà Giang', 'Tràng Liễu', 'Trường Xuân', 'Trần Quốc', 'Trịnh Xuân', 'Tuy Lộc', 'Tà Lùng', 'Tà Pình', 'Tà Sình', 'Tà Xuyên', 'Tân An', 'Tân Bửu', 'Tân Khê', 'Tân Lập', 'Tân Mộc', 'Tân Ngọc', 'Tân Phong', 'Tân Phước', 'Tây Nguyên', 'Tây Sơn', 'Tây Thạnh', 'Tính đến', 'Tùng Sơn', 'Tùng Ảnh', 'Tường Vân', 'Tả Chải', 'Vân Cát', 'Vân Tây', 'Vân Đồn', 'Vĩnh An', 'Vĩnh Nhuận', 'Vũ Nông', 'Vũ Xá', 'Vạn Lộc', 'Vạn Thủy', 'Vạn Triều', 'Vọng Lâu', 'Vọng Nguyệt', 'Xuân Ngạn', 'Yên Hòa', 'Yên Khê', 'Yên Lạc', 'Yên Thạch', 'Đoàn Kết', 'Đoàn Thái', 'Đá Bạc', 'Đá Mài', 'Đá Trắng', 'Đông Giang', 'Đông Hạ', 'Đông Hải', 'Đông Lâm', 'Đông Lĩnh', 'Đông Sơn', 'Đông Thành', 'Đông Tiến', 'Đạm Thủy', 'Đắk Bình', 'Đắk Sơn', 'Đồi Mây', 'Đồng Bưởi', 'Đồng Bục', 'Đồng Chùa', 'Đồng Chảy', 'Đồng Cát', 'Đồng Giang', 'Đồng Gianh', 'Đồng Luông', 'Đồng Mận', 'Đồng Mới', 'Đồng Phú', 'Đồng Quế', 'Đồng Rẫy', 'Đồng Tâm', 'Đồng Xoài', 'Đồng Xuyên', 'Đức Lương', 'đi được', 'đi đạt', 'đoàn Bắc', 'đoàn Cẩm', 'đoàn Hòa', 'đoàn Kim', 'đoàn Kiến', 'đoàn Kỳ', 'đoàn Lam', 'đoàn Mai', 'đoàn Mỹ', 'đoàn Nam', 'đoàn Ngọc', 'đoàn Phước', 'đoàn Quảng', 'đoàn Sơn', 'đoàn Thanh', 'đoàn Thượng', 'đoàn Thạch', 'đoàn Trà', 'đoàn Tà', 'đoàn Tây', 'đoàn Yên', 'đoàn Đông', 'đoàn Đắk', 'đoàn đã', 'đoàn đề', 'đã đăng', 'đã được', 'đã đạt', 'đôn đốc', 'được Đảng', 'được đưa', 'đạt ít', 'đảo Hòn', 'đến đúng', 'để được', 'đối ứng', 'ước đạt', 'ỦY BAN', 'ủy Bình', 'ủy Bắc', 'ủy Cao', 'ủy Các', 'ủy Cẩm', 'ủy Hà', 'ủy Hòa', 'ủy Hưng', 'ủy Kim', 'ủy Krông', 'ủy Kỳ', 'ủy Mường', 'ủy Mỹ', 'ủy Nam', 'ủy Ngọc', 'ủy Nậm', 'ủy Phù', 'ủy Phước', 'ủy Quảng', 'ủy Thanh', 'ủy Thái', 'ủy Tuyên', 'ủy Tà', 'ủy Tây', 'ủy Vân', 'ủy Vĩnh', 'ủy Vạn', 'ủy Yên', 'ủy Đá', 'ủy Đông', 'ủy Đắk', 'ủy Đặng', 'ủy Đức', 'ủy đánh', 'ủy đã', 'ủy đúng', 'ủy đưa', 'ủy đảm', 'ủy đề', 'ủy để', 'ủy định', 'ủy ở']


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).lower()).strip()


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    lines = []
    for p in root.iter(W + "p"):
        buf = []
        for el in p.iter():
            if el.tag == W + "t" and el.text:
                buf.append(el.text)
            elif el.tag in (W + "tab", W + "br"):
                buf.append(" ")
        lines.append("".join(buf))
    return "\n".join(lines)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(pg.extract_text() or "" for pg in r.pages), len(r.pages)


def read_any(path):
    if path.endswith(".docx"):
        return read_docx(path), None
    if path.endswith(".pdf"):
        return read_pdf(path)
    with open(path, encoding="utf-8") as f:
        return f.read(), None


def main():
    problems = []
    P = problems.append
    files = sorted(os.listdir(CORPUS))
    raw, text, pages = {}, {}, {}
    for fn in files:
        if not re.fullmatch(r"qq0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)", fn):
            P("bad corpus file name: %s" % fn)
        t, n = read_any(os.path.join(CORPUS, fn))
        raw[fn], text[fn], pages[fn] = t, norm(t), n
    if len(files) != 5:
        P("corpus must hold 5 files, has %d" % len(files))
    exts = {os.path.splitext(f)[1] for f in files}
    for e in (".txt", ".docx", ".pdf"):
        if e not in exts:
            P("no %s file in corpus" % e)
    if not (exts & {".md", ".txt"}):
        P("no .md/.txt")
    # --- documents ---
    for fn in files:
        t = raw[fn]
        if fn.endswith((".txt", ".md")) and unicodedata.normalize("NFC", t) != t:
            P("%s: text not NFC" % fn)
        nw = len(t.split())
        if not 700 <= nw <= 1500:
            P("%s: %d words (want 700-1500)" % (fn, nw))
        if "nơi nhận" not in text[fn]:
            P("%s: no 'Nơi nhận'" % fn)
        if pages[fn] is not None and not 2 <= pages[fn] <= 4:
            P("%s: %d pdf pages (want 2-4)" % (fn, pages[fn]))
        for name in FORBIDDEN:
            if name in unicodedata.normalize("NFC", t):
                P("%s: forbidden string %r" % (fn, name))
        for line in t.splitlines():
            if "57-NQ/TW" in line and not line.strip().startswith("Căn cứ"):
                P("%s: 57-NQ/TW outside a 'Căn cứ' line" % fn)
    motto = [fn for fn in files if "cộng hòa xã hội chủ nghĩa việt nam" in text[fn] and "độc lập - tự do - hạnh phúc" in text[fn]]
    if len(motto) < 3:
        P("motto in only %d files" % len(motto))
    if not any("v/v" in text[fn] for fn in files):
        P("no V/v line")
    if not any(re.search(r"^\|.*\|\s*$", raw[fn], re.M) for fn in files if fn.endswith((".md", ".txt"))):
        P("no Markdown table in a .md/.txt")
    if not any(re.search(r"\S {8,}\S", raw[fn]) for fn in files if fn.endswith((".md", ".txt"))):
        P("no two-column header typed with spaces")
    docx_files = [f for f in files if f.endswith(".docx")]
    for fn in docx_files:
        with zipfile.ZipFile(os.path.join(CORPUS, fn)) as z:
            x = z.read("word/document.xml").decode("utf-8")
        if "<w:numPr>" not in x and "ListNumber" not in x and "ListBullet" not in x:
            P("%s: no Word list numbering" % fn)
        if "<w:tbl>" not in x:
            P("%s: no table" % fn)

    # --- questions ---
    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if unicodedata.normalize("NFC", line) != line:
                P("questions.jsonl line %d not NFC" % ln)
            try:
                qs.append(json.loads(line))
            except Exception as e:
                P("questions.jsonl line %d: bad JSON %s" % (ln, e))
    ids, seen_q = set(), []
    cites = {fn: 0 for fn in files}
    n_un = n_nd = n_ab = n_fu = n_fu_un = n_ww = 0
    kinds = {}
    for q in qs:
        qid = q.get("id", "?")
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            P("%s: keys %s" % (qid, sorted(keys)))
        if not re.fullmatch(r"qq\d{3}", qid) or qid in ids:
            P("%s: bad or duplicate id" % qid)
        ids.add(qid)
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
        if q.get("kind") not in KINDS:
            P("%s: kind %r" % (qid, q.get("kind")))
        if not isinstance(q.get("answerable"), bool):
            P("%s: answerable not bool" % qid)
        qt = q.get("question", "")
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if q.get("answerable") is False:
            n_un += 1
            if ev or kw:
                P("%s: unanswerable must have empty evidence/keywords" % qid)
        else:
            if not ev:
                P("%s: no evidence" % qid)
            if not 1 <= len(kw) <= 3:
                P("%s: %d keywords (want 1-3)" % (qid, len(kw)))
            quotes, srcs = [], set()
            for e in ev:
                src, quote = e.get("source"), e.get("quote", "")
                if set(e) != {"source", "quote"}:
                    P("%s: evidence keys %s" % (qid, sorted(e)))
                if src not in text:
                    P("%s: unknown source %r" % (qid, src))
                    continue
                if not 20 <= len(quote) <= 200:
                    P("%s: quote length %d: %r" % (qid, len(quote), quote[:40]))
                if norm(quote) not in text[src]:
                    P("%s: quote not in %s: %r" % (qid, src, quote))
                quotes.append(norm(quote))
                srcs.add(src)
            for fn in srcs:
                cites[fn] += 1
            for k in kw:
                nk = norm(k)
                if not any(nk in qq for qq in quotes) and not any(nk in text[s] for s in srcs):
                    P("%s: keyword %r not in quotes or cited files" % (qid, k))
            for a in q.get("actors", []) or []:
                if not any(norm(a) in text[s] for s in srcs):
                    P("%s: actor %r not in cited file" % (qid, a))
        if "history" in q:
            n_fu += 1
            if q.get("answerable") is False:
                n_fu_un += 1
            for h in q["history"]:
                if h not in seen_q:
                    P("%s: history %r is not an earlier question" % (qid, h))
        if q.get("kind") == "who-what":
            if not q.get("actors"):
                P("%s: who-what without actors" % qid)
            else:
                n_ww += 1
        if qt and all(ord(c) < 128 for c in qt):
            n_nd += 1
        if ABBR.search(qt):
            n_ab += 1
        seen_q.append(qt)
    n = len(qs)
    if not 90 <= n <= 115:
        P("%d questions (want ~100)" % n)
    pct = lambda x: 100.0 * x / max(n, 1)
    if pct(n_un) < 22:
        P("unanswerable %.1f%% < 22%%" % pct(n_un))
    if pct(n_nd) < 15:
        P("no-diacritics %.1f%% < 15%%" % pct(n_nd))
    if pct(n_ab) < 12:
        P("abbreviations %.1f%% < 12%%" % pct(n_ab))
    if n_fu != 15:
        P("%d follow-ups (want 15)" % n_fu)
    if not 1 <= n_fu_un <= 2:
        P("%d unanswerable follow-ups (want 1-2)" % n_fu_un)
    if n_ww < 12:
        P("%d who-what questions with actors (want >= 12)" % n_ww)
    for k in ("metadata", "corpus"):
        if not kinds.get(k):
            P("no %s questions" % k)
    for fn, c in cites.items():
        if c < 12:
            P("%s cited by %d questions (want >= 12)" % (fn, c))
    for name in FORBIDDEN:
        for q in qs:
            if name in q.get("question", ""):
                P("%s: forbidden string %r in question" % (q["id"], name))

    # --- who-what gold ---
    ww = []
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if unicodedata.normalize("NFC", line) != line:
                P("who_what.jsonl line %d not NFC" % ln)
            ww.append(json.loads(line))
    if sorted(w.get("source") for w in ww) != files:
        P("who_what: need exactly one line per document")
    for i, w in enumerate(ww, 1):
        wid = w.get("id")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            P("%s: keys %s" % (wid, sorted(w)))
        if wid != "wqq%02d" % i:
            P("who_what id %r (want wqq%02d)" % (wid, i))
        src = w.get("source")
        if src not in text:
            P("%s: unknown source" % wid)
            continue
        t = text[src]
        names = set()
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                P("%s: actor keys %s" % (wid, sorted(a)))
            if norm(a["name"]) not in t:
                P("%s: actor name not verbatim: %r" % (wid, a["name"]))
            if a["role"] not in ROLES:
                P("%s: role %r" % (wid, a["role"]))
            if a["deadline"] is not None and norm(a["deadline"]) not in t:
                P("%s: deadline not verbatim: %r" % (wid, a["deadline"]))
            tq = a["task_quote"]
            if not 20 <= len(tq) <= 200:
                P("%s: task_quote length %d" % (wid, len(tq)))
            if norm(tq) not in t:
                P("%s: task_quote not verbatim: %r" % (wid, tq))
            names.add(a["name"])
        if len(names) < 5:
            P("%s: only %d actors" % (wid, len(names)))
        for x in w.get("intruders", []):
            if norm(x) not in t:
                P("%s: intruder not in document: %r" % (wid, x))
            if x in names:
                P("%s: intruder is also an actor: %r" % (wid, x))

    print("questions: %d | unanswerable %d (%.1f%%) | no-diacritics %d (%.1f%%) | abbreviations %d (%.1f%%) | "
          "follow-ups %d (%d unanswerable) | who-what %d" % (n, n_un, pct(n_un), n_nd, pct(n_nd), n_ab, pct(n_ab),
                                                              n_fu, n_fu_un, n_ww))
    print("kinds:", ", ".join("%s=%d" % kv for kv in sorted(kinds.items())))
    print("citations per document:", ", ".join("%s=%d" % kv for kv in cites.items()))
    print("words:", ", ".join("%s=%d" % (fn, len(raw[fn].split())) for fn in files))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print(" -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
