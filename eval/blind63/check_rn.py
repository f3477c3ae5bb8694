# -*- coding: utf-8 -*-
"""Standalone checker for the blind63 set (no kg_rag import).

Usage: python check_rn.py [--stats]
Prints OK (plus statistics) or the list of problems (exit code 1).
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
QFILE = os.path.join(HERE, "questions.jsonl")
WFILE = os.path.join(HERE, "who_what.jsonl")

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}

# place names / strings used by earlier sets (case-sensitive), must not occur
BANNED = """An Phú|An Trạch|An Tuyền|An Điền|An Đạo|Ao Sen|Ba Lòng|Ba Nang|Ban Nguyên|Bàng Thạch|Bàu Sen|Bàu Thỉ|Bàu Trám|Bãi Dâu|Bãi Gành|Bãi Lau|Bãi Nổi|Bãi Sậy|Bãi Ổi|Bình Khê|Bình Lục|Bình Minh|Bình Sơn|Bó Mạ|Bưởi Phú|Bạch Long|Bản Chang|Bản Cát|Bản Giàng|Bản Nguồn|Bảo Lâm|Bắc Giang|Bắc Hà|Bằng Lăng|Bến Cầu|Bến Gạo|Bến Lội|Bến Mây|Bến Mới|Bến Ngà|Bến Sỏi|Bến Triều|Bến Trúc|Bến Đá|Bờ Tre|Cam Lộ|Cao Lộc|Cao Mật|Cao Phong|Chiêu Dương|Chiềng Pha|Chè An|Chè Shan|Chư Glei|Chư Krei|Chương Hòa|Chế Lìu|Chỉ đạo|Chợ Vạc|Cát Hạ|Cát Lũy|Cát Lộc|Cát Mộc|Cát Thượng|Cát Trinh|Cây Dầu|Cây Gạo|Cây Sữa|Cây Thị|Cù Bàn|Cù Lao|Cù Mai|Cư Mlai|Cư Pơng|Cầu Gỗ|Cầu Mới|Cầu Trắng|Cẩm Liên|Cẩm Lư|Cẩm Phong|Cẩm Trạch|Cẩm Vân|Cẩm Đường|Cốc Chủ|Cốc Lùng|Cốc Lầu|Cốc Phầy|Cốc Sâm|Cồn Mây|Cồn Thơm|Cồn Trứng|Cồn Vịt|Cổ Chiêm|Cổ Loan|Cửa Lân|Cửa Triều|Diên Hạ|Diên Phúc|Diên Thượng|Diên Thọ|Diễn Lũy|Dốc Sỏi|Dốc Đỏ|Dực Thủy|Ea Kao|Ea Rôk|Eo Ông|Gia Hội|Gia Khánh|Gia Lạc|Giang Thành|Giếng Đá|Giồng Keo|Giồng Sao|Gò Chuông|Gò Dưa|Gò Lãnh|Gò Mít|Gò Nhãn|Gò Sim|Gò Đình|Gềnh Sỏi|Gốc Gạo|Gốc Sung|Hiệp Thuận|Hoàng Văn|Hoằng Thái|Hà Châu|Hà Lĩnh|Hà Sơn|Hà Trung|Hàm Khê|Háng Tày|Hòa Bình|Hòa Khánh|Hòa Lâm|Hòa Lợi|Hòa Mục|Hòa Mỹ|Hòa Nam|Hòa Phong|Hòa Thuận|Hòa Vang|Húc Nghì|Hưng Lộc|Hưng Thạnh|Hương Cát|Hương Khê|Hương Trầm|Hướng Điền|Hạ Lũng|Hạ Quan|Hạ Trạch|Hạ Vàng|Hạc Lĩnh|Hạnh Lâm|Hải Triều|Hải Đông|Hố Sen|Hồng Diệp|Hội Khuyến|Hợp Tiến|Ia Mơ|Kha Lộ|Khau Vài|Khe Cát|Khe Gió|Khe Giữa|Khe Lau|Khe Lim|Khe Mát|Khe Mây|Khe Mơ|Khe Ngang|Khe Nứa|Khe Rạc|Khe Sâu|Khe Sậy|Khe Tre|Khe Trúc|Khoang đạt|Khuổi Mùn|Khuổi Sáng|Khuổi Tát|Khuổi Vạc|Khánh Vĩ|Khánh Xuân|Khánh Đào|Khâu Pàn|Khê Thủy|Khúc Thủy|Khải Hòa|Kim Sơn|Kim Thành|Kim Thạch|Kiên Thới|Kiến Mỹ|Kiều Lâm|Kon Rơ|Krông Lũy|Kênh Hạ|Kỳ Lam|Kỳ Phong|Kỳ Vân|Lai Hà|Lam Giang|Lam Sơn|Liên Hạnh|Liễu Dương|Long Châu|Lung Dừa|Làng Chùa|Làng Mới|Láng Cò|Lâm Giang|Lâm Hoài|Lê Thị|Lìa Thượng|Lò Gạch|Lò Vôi|Lòi Ổi|Lý Trạch|Lĩnh Châu|Lũ Phong|Lũng Cao|Lũng Cốc|Lũng Phầy|Lũng Pảng|Lũng Tiên|Lũng Vài|Lũy Tre|Lư Khánh|Lưu Hạ|Lưu Sa|Lưu Thượng|Lương Sa|Lương Điền|Lạc Diên|Lạc Hòa|Lạc Sơn|Lạc Uyên|Lạch Sơn|Lạng Sơn|Lạp Thượng|Lệ Trạch|Lộ Hạ|Lộ Thượng|Lộc Hải|Lộc Khê|Lộc Ninh|Lộc Điền|Lục Giang|Lục Khê|Mai Trì|Mai Xá|Mai Động|Minh Tiến|Mê Lăng|Mù Sang|Mương Khai|Mương Đá|Mường Chiêng|Mường Khoa|Mường Khê|Mạc Thượng|Mậu Lâm|Mỏ Vàng|Mộc Hương|Mộc Sơn|Mỹ Cang|Mỹ Lợi|Mỹ Nhơn|Mỹ Thạnh|Na Lầu|Na Pháo|Nam Hà|Nam Hòa|Nghi Trạch|Nghè Cao|Nghĩa Hành|Nghĩa Thông|Nghĩa Trụ|Nghĩa Xuyên|Ngàn Phố|Ngàn Sương|Ngân Châu|Ngân Sơn|Ngòi Cả|Ngòi Dương|Ngũ Lĩnh|Ngư Lạc|Ngải Dương|Ngọc Bàng|Ngọc Dao|Ngọc Khê|Ngọc Liên|Ngọc Lâm|Ngọc Lũng|Ngọc Lương|Ngọc Thủy|Ngọc Trì|Ngọc Tuyền|Nhạn Tháp|Ninh Phước|Nà Cọ|Nà Hẩu|Nà Khoang|Nà Khuông|Nà Lùng|Nà Lươn|Nà Lừ|Nà Lừu|Nà Mò|Nà Mòn|Nà Pheo|Nà Phặc|Nà Pồng|Nà Pục|Nà Sáy|Nà Thẳm|Nương Dâu|Nậm Cang|Nậm Khoa|Nậm Sàng|Nậm Sơn|Nậm Ty|Nặm Cắm|Nặm Cọ|Nặm Dìn|Pa Cò|Pa Tầng|Phiêng Luông|Phiêng Lâm|Phiêng Lồm|Phiêng Mòn|Phja Khao|Phja Đén|Phong Dực|Phong Điền|Phìn Hồ|Phò Lạc|Phòng GD|Phù Lưu|Phù Mỹ|Phù Vân|Phù Đông|Phú Hưng|Phú Khê|Phú Lâm|Phú Lãm|Phú Lễ|Phú Lộc|Phú Thượng|Phú Xuân|Phúc Điền|Phước Hòa|Phước Hưng|Phước Hải|Phước Hậu|Phước Kỳ|Phước Lâm|Phước Lũy|Phước Sơn|Phước Thạnh|Phước Thịnh|Phước Điền|Phượng Cầu|Phấn đấu|Phố Rèn|Phổ Lăng|Phổ Lại|Phụng Sơn|Piềng Lả|Plei Rông|Pá Hốc|Pá Lùng|Pác Mạ|Pác Ngà|Pác Ngòi|Pác Xả|Pò Háng|Pò Hẩu|Quang Minh|Quang Tiến|Quang Trung|Quyết Thắng|Quảng Hà|Quế Lâm|Quỳnh Châu|Quỳnh Lưu|Ra Mai|Ràng Bông|Rào Mé|Rào Nậy|Rú Chè|Rạch Vẹt|Rạch Điều|Rạng Khê|Rẫy Mới|Rộc Mạ|Rộc Vàng|Rừng Hồi|Sa Lung|Sa Vĩ|Sen Hồ|Suối Hoa|Suối Lau|Suối Mây|Suối Mơ|Suối Sim|Suối Thầu|Sông Cầu|Sông Lụa|Sông Trạch|Sơn Cước|Sơn Hòa|Sơn Nguyên|Sơn Quỳ|Sơn Vỹ|Sở đã|Tam Nông|Thanh Bình|Thanh Hà|Thanh Lĩnh|Thanh Tước|Thiện Kỳ|Thuần Phong|Thành Mai|Thác Bưởi|Thái Nguyên|Thái Sơn|Thôn Số|Thượng Lâm|Thượng Quỳ|Thạch Bàn|Thạch Hà|Thạch Lâm|Thạch Lựu|Thạch Quỳ|Thắng Lợi|Thống Nhất|Thụy Lôi|Tiên Lãng|Tiên Sa|Tiên Sà|Triều Dương|Trung Hòa|Trung Hậu|Trung Khải|Trung Tâm|Truông Mít|Trà Giang|Tràm Khê|Tràm Lụa|Tràng Liễu|Tràng Xá|Trúc Lâu|Trường Giang|Trường Lệ|Trường Xuân|Trại Chè|Trại Mới|Trảng Ngọc|Trầm Hương|Trần Quốc|Trịnh Xuân|Tuy Lộc|Tà Lùng|Tà Pình|Tà Sình|Tà Xuyên|Tân An|Tân Bửu|Tân Châu|Tân Khiêm|Tân Khê|Tân Linh|Tân Lập|Tân Mộc|Tân Ngọc|Tân Phong|Tân Phước|Tây Lộ|Tây Nguyên|Tây Sơn|Tây Thạnh|Tính đến|Tùng Sơn|Tùng Ảnh|Tú Mỹ|Tường Vân|Tả Chải|Vàm Láng|Vân Cát|Vân Tây|Vân Đồn|Văn Uyên|Vĩnh An|Vĩnh Linh|Vĩnh Nhuận|Vĩnh Trà|Vũ Lăng|Vũ Nông|Vũ Xá|Vũng Nồm|Vườn Chuối|Vạn Lộc|Vạn Thủy|Vạn Triều|Vạt Lúa|Vận động|Vọng Lâu|Vọng Nguyệt|Vực Trúc|Xuân Hợp|Xuân Khuê|Xuân Kiều|Xuân Ngạn|Xích Thổ|Xóm Chài|Xóm Đình|Yên Hòa|Yên Khê|Yên Lạc|Yên Thành|Yên Thạch|Ô Đùng|Điền Cảng|Đoàn Kết|Đoàn Thái|Đài Sơn|Đá Bạc|Đá Chồng|Đá Lửa|Đá Mài|Đá Trắng|Đèo Bồng|Đình Cương|Đình Thượng|Đông Giang|Đông Hạ|Đông Hải|Đông Lâm|Đông Lĩnh|Đông Sơn|Đông Thành|Đông Tiến|Đạm Thủy|Đạo Nguyên|Đầm Lác|Đắk Bình|Đắk Sơn|Định Hóa|Đống Cao|Đồi Mây|Đồng Bưởi|Đồng Bục|Đồng Chùa|Đồng Chảy|Đồng Cát|Đồng Giang|Đồng Gianh|Đồng Khiêm|Đồng Kiều|Đồng Luông|Đồng Mận|Đồng Mới|Đồng Phú|Đồng Quế|Đồng Rẫy|Đồng Sả|Đồng Sậu|Đồng Tâm|Đồng Vố|Đồng Xoài|Đồng Xuyên|Đức Lương|Đức Phổ|đi được|đi đạt|đoàn Ba|đoàn Bình|đoàn Bắc|đoàn Bồ|đoàn Cẩm|đoàn Diên|đoàn Hòa|đoàn Hương|đoàn Hướng|đoàn Kim|đoàn Kiên|đoàn Kiến|đoàn Kỳ|đoàn Lam|đoàn Lâm|đoàn Lương|đoàn Lộc|đoàn Mai|đoàn Mê|đoàn Mỹ|đoàn Nam|đoàn Ngàn|đoàn Ngân|đoàn Ngọc|đoàn Phước|đoàn Quảng|đoàn Quỳnh|đoàn Sơn|đoàn Thanh|đoàn Thượng|đoàn Thạch|đoàn Trà|đoàn Tà|đoàn Tây|đoàn Xích|đoàn Yên|đoàn Đông|đoàn Đắk|đoàn đã|đoàn đề|đã đăng|đã được|đã đạt|đôn đốc|được Đảng|được đưa|đạt ít|đảo Hòn|đến đúng|để Hội|để được|đối ứng|ước đạt|Ấm Hạ|Ấm Thượng|ỦY BAN|ủy Bình|ủy Bắc|ủy Bồ|ủy Cam|ủy Cao|ủy Các|ủy Cẩm|ủy Dinh|ủy Hà|ủy Hòa|ủy Hưng|ủy Hương|ủy Kim|ủy Kiên|ủy Krông|ủy Kỳ|ủy Mê|ủy Mường|ủy Mỹ|ủy Nam|ủy Nghĩa|ủy Ngòi|ủy Ngư|ủy Ngọc|ủy Nậm|ủy Phù|ủy Phước|ủy Quảng|ủy Sơn|ủy Thanh|ủy Thái|ủy Thạch|ủy Tiên|ủy Tuyên|ủy Tà|ủy Tây|ủy Vân|ủy Vĩnh|ủy Vạn|ủy Xuân|ủy Yên|ủy Đá|ủy Đông|ủy Đắk|ủy Đặng|ủy Đức|ủy đánh|ủy đã|ủy đúng|ủy đưa|ủy đảm|ủy đề|ủy để|ủy định|ủy ở""".split("|")

# abbreviations that mark a question as "using abbreviations"
ABBR = ["UBND", "KH&CN", "GD&ĐT", "GDĐT", "GD-ĐT", "CĐS", "THCS", "THPT", "MTTQ", "TTYT", "TYT", "NCT",
        "CTĐ", "CT ", "KH ", "CV ", "TB ", "BC ", "SYT", "VH-TT", "VHKHTT", "TNCS", "TN ", "HĐND", "CDC",
        "BCĐ", "PGD", "SKĐT", "TC-KH", "TCKH", "KSBT", "ĐT ", "sdt", "sđt", "VNeID"]
ABBR_STRICT = [a for a in ABBR if a not in ("VNeID",)]

VIET_DIAC = set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    """Paragraph and table-cell text via zipfile + XML, one block per line."""
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(ns + "p"):
        out.append("".join(t.text or "" for t in p.iter(ns + "t")))
    return "\n".join(out)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((pg.extract_text() or "") for pg in r.pages), len(r.pages)


def read_file(path):
    if path.endswith(".docx"):
        return read_docx(path)
    if path.endswith(".pdf"):
        return read_pdf(path)[0]
    with open(path, encoding="utf-8") as f:
        return f.read()


def has_diacritics(s):
    return any(ch in VIET_DIAC for ch in s.lower())


def uses_abbr(q):
    q2 = q + " "
    return any(a in q2 for a in ABBR_STRICT)


def main():
    probs = []
    stats = "--stats" in sys.argv
    files = sorted(f for f in os.listdir(CORPUS) if f.startswith("rn"))
    raw, texts = {}, {}
    for f in files:
        p = os.path.join(CORPUS, f)
        t = read_file(p)
        raw[f] = t
        texts[f] = norm(t)
        if f.endswith((".txt", ".md")) and unicodedata.normalize("NFC", t) != t:
            probs.append(f"{f}: not NFC")
        n = len(t.split())
        if not 700 <= n <= 1500:
            probs.append(f"{f}: {n} words (want 700-1500)")
        if f.endswith(".pdf"):
            pages = read_pdf(p)[1]
            if not 2 <= pages <= 4:
                probs.append(f"{f}: {pages} pages (want 2-4)")
        if stats:
            print(f"  {f}: {n} words")
    if len(files) != 5:
        probs.append(f"corpus has {len(files)} rn files, want 5")
    exts = {os.path.splitext(f)[1] for f in files}
    for e in (".txt", ".docx", ".pdf", ".md"):
        if e not in exts:
            probs.append(f"no {e} file")

    # banned strings and 57-NQ/TW usage
    allq = open(QFILE, encoding="utf-8").read()
    allw = open(WFILE, encoding="utf-8").read()
    for name, t in list(raw.items()) + [("questions.jsonl", allq), ("who_what.jsonl", allw)]:
        tc = re.sub(r"\s+", " ", unicodedata.normalize("NFC", t))
        for b in BANNED:
            if b in tc:
                probs.append(f"{name}: banned string {b!r}")
        for m in re.finditer(r"57-NQ/TW", tc):
            ctx = tc[max(0, m.start() - 40):m.start()]
            if "Căn cứ" not in ctx:
                probs.append(f"{name}: 57-NQ/TW used outside a 'Căn cứ' citation")
    for f, t in raw.items():
        if t.count("57-NQ/TW") > 1:
            probs.append(f"{f}: 57-NQ/TW more than once")

    # questions
    qs, ids, seen_q = [], set(), []
    for ln, line in enumerate(open(QFILE, encoding="utf-8"), 1):
        if not line.strip():
            continue
        if unicodedata.normalize("NFC", line) != line:
            probs.append(f"questions line {ln}: not NFC")
        try:
            q = json.loads(line)
        except Exception as e:  # noqa
            probs.append(f"questions line {ln}: bad JSON {e}")
            continue
        qs.append(q)
        qid = q.get("id")
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            probs.append(f"{qid}: keys {sorted(keys)}")
        if qid in ids:
            probs.append(f"{qid}: duplicate id")
        ids.add(qid)
        if not re.fullmatch(r"rn\d{3}", qid or ""):
            probs.append(f"{qid}: bad id")
        if q.get("kind") not in KINDS:
            probs.append(f"{qid}: bad kind {q.get('kind')}")
        ans = q.get("answerable")
        if not isinstance(ans, bool):
            probs.append(f"{qid}: answerable not bool")
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if ans is False:
            if ev or kw:
                probs.append(f"{qid}: unanswerable with evidence/keywords")
            if q.get("kind") not in ("unanswerable", "follow-up", "no-diacritics", "abbreviation"):
                probs.append(f"{qid}: unanswerable with kind {q.get('kind')}")
        if ans is True:
            if not ev:
                probs.append(f"{qid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                probs.append(f"{qid}: {len(kw)} keywords")
            if q.get("kind") == "unanswerable":
                probs.append(f"{qid}: kind unanswerable but answerable")
        evtext = ""
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if src not in texts:
                probs.append(f"{qid}: unknown source {src}")
                continue
            if not 20 <= len(quote) <= 200:
                probs.append(f"{qid}: quote length {len(quote)}")
            if norm(quote) not in texts[src]:
                probs.append(f"{qid}: quote not found in {src}: {quote[:60]!r}")
            evtext += " " + norm(quote)
        for k in kw:
            nk = norm(k)
            if nk not in evtext and not any(nk in texts[e.get('source')] for e in ev if e.get('source') in texts):
                probs.append(f"{qid}: keyword {k!r} not in evidence/file")
            elif nk not in evtext:
                probs.append(f"{qid}: keyword {k!r} not inside the evidence quote")
        for h in q.get("history", []) or []:
            if h not in seen_q:
                probs.append(f"{qid}: history question is not an earlier question")
        if q.get("kind") == "follow-up" and not q.get("history"):
            probs.append(f"{qid}: follow-up without history")
        if q.get("kind") == "who-what":
            if not q.get("actors"):
                probs.append(f"{qid}: who-what without actors")
        for a in q.get("actors", []) or []:
            if not any(norm(a) in texts[e["source"]] for e in ev if e.get("source") in texts):
                probs.append(f"{qid}: actor {a!r} not verbatim in cited file")
        seen_q.append(q.get("question"))

    # who-what gold
    wws = []
    for ln, line in enumerate(open(WFILE, encoding="utf-8"), 1):
        if not line.strip():
            continue
        w = json.loads(line)
        wws.append(w)
        src = w.get("source")
        if src not in texts:
            probs.append(f"{w.get('id')}: unknown source {src}")
            continue
        t = texts[src]
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            probs.append(f"{w.get('id')}: keys {sorted(w)}")
        for a in w["actors"]:
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                probs.append(f"{w['id']}: actor keys {sorted(a)}")
            if norm(a["name"]) not in t:
                probs.append(f"{w['id']}: actor name not verbatim {a['name']!r}")
            tq = a["task_quote"]
            if not 20 <= len(tq) <= 200:
                probs.append(f"{w['id']}: task_quote length {len(tq)} ({a['name']})")
            if norm(tq) not in t:
                probs.append(f"{w['id']}: task_quote not verbatim {tq[:60]!r}")
            if a["role"] not in ("chủ trì", "phối hợp", "thường trực", None):
                probs.append(f"{w['id']}: bad role {a['role']}")
            if a["deadline"] is not None and norm(a["deadline"]) not in t:
                probs.append(f"{w['id']}: deadline not verbatim {a['deadline']!r}")
        for i in w["intruders"]:
            if norm(i) not in t:
                probs.append(f"{w['id']}: intruder not in file {i!r}")
    if sorted(w["source"] for w in wws) != files:
        probs.append("who_what does not cover each document once")

    # mix
    n = max(len(qs), 1)
    cnt = lambda f: sum(1 for q in qs if f(q))  # noqa
    unans = cnt(lambda q: q["answerable"] is False)
    nodia = cnt(lambda q: not has_diacritics(q["question"]))
    abbr = cnt(lambda q: uses_abbr(q["question"]))
    fups = cnt(lambda q: q.get("history"))
    fup_un = cnt(lambda q: q.get("history") and q["answerable"] is False)
    ww = cnt(lambda q: q["kind"] == "who-what")
    meta = cnt(lambda q: q["kind"] == "metadata")
    corp = cnt(lambda q: q["kind"] == "corpus")
    if not 90 <= n <= 115:
        probs.append(f"{n} questions (want ~100)")
    if unans / n < 0.22:
        probs.append(f"unanswerable {unans/n:.1%} < 22%")
    if nodia / n < 0.15:
        probs.append(f"no-diacritics {nodia/n:.1%} < 15%")
    if abbr / n < 0.12:
        probs.append(f"abbreviations {abbr/n:.1%} < 12%")
    if fups != 15:
        probs.append(f"{fups} follow-ups (want 15)")
    if not 1 <= fup_un <= 2:
        probs.append(f"{fup_un} unanswerable follow-ups (want 1-2)")
    if ww < 12:
        probs.append(f"{ww} who-what (want >= 12)")
    if meta < 3 or corp < 3:
        probs.append(f"metadata {meta}, corpus {corp} (want some)")
    per_doc = {f: 0 for f in files}
    for q in qs:
        for f in {e["source"] for e in q["evidence"] if e.get("source") in per_doc}:
            per_doc[f] += 1
    for f, c in per_doc.items():
        if c < 12:
            probs.append(f"{f}: cited by {c} questions (want >= 12)")

    if probs:
        print("PROBLEMS (%d):" % len(probs))
        for p in probs:
            print(" -", p)
        sys.exit(1)
    kinds = {}
    for q in qs:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    print("OK")
    print(f"questions={n} unanswerable={unans} ({unans/n:.0%}) no-diacritics={nodia} ({nodia/n:.0%}) "
          f"abbreviations={abbr} ({abbr/n:.0%}) follow-ups={fups} (unanswerable {fup_un}) who-what={ww} "
          f"metadata={meta} corpus={corp}")
    print("kinds:", json.dumps(kinds, ensure_ascii=False, sort_keys=True))
    print("citations per doc:", json.dumps(per_doc, ensure_ascii=False))


if __name__ == "__main__":
    main()
