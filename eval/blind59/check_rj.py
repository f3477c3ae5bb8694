#!/usr/bin/env python3
"""Standalone checker for eval set blind59 (no kg_rag import).

Usage: python check_rj.py            -> prints OK or the list of problems
       python check_rj.py --stats    -> also prints counts / percentages / word counts
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
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
# names used by earlier sets (case-sensitive scan of corpus and questions).
# "Hội Khuyến" is left out on purpose: the brief requires a Hội Khuyến học body.
FORBIDDEN = [
    'An Phú', 'An Trạch', 'An Tuyền', 'An Điền', 'An Đạo', 'Ao Sen', 'Ba Lòng', 'Ba Nang',
    'Ban Nguyên', 'Bàu Sen', 'Bàu Thỉ', 'Bàu Trám', 'Bãi Dâu', 'Bãi Gành', 'Bãi Lau', 'Bãi Nổi',
    'Bãi Sậy', 'Bình Khê', 'Bình Lục', 'Bình Minh', 'Bình Sơn', 'Bó Mạ', 'Bưởi Phú', 'Bạch Long',
    'Bản Chang', 'Bản Cát', 'Bản Giàng', 'Bản Nguồn', 'Bảo Lâm', 'Bắc Giang', 'Bắc Hà',
    'Bằng Lăng', 'Bến Cầu', 'Bến Gạo', 'Bến Lội', 'Bến Mây', 'Bến Mới', 'Bến Ngà', 'Bến Sỏi',
    'Bến Triều', 'Bến Trúc', 'Bến Đá', 'Bờ Tre', 'Cam Lộ', 'Cao Mật', 'Cao Phong', 'Chiêu Dương',
    'Chiềng Pha', 'Chè An', 'Chè Shan', 'Chư Glei', 'Chư Krei', 'Chương Hòa', 'Chế Lìu', 'Chỉ đạo',
    'Chợ Vạc', 'Cát Hạ', 'Cát Lũy', 'Cát Lộc', 'Cát Mộc', 'Cát Thượng', 'Cát Trinh', 'Cây Dầu',
    'Cây Gạo', 'Cây Sữa', 'Cây Thị', 'Cù Bàn', 'Cù Lao', 'Cù Mai', 'Cư Mlai', 'Cư Pơng', 'Cầu Gỗ',
    'Cầu Mới', 'Cầu Trắng', 'Cẩm Liên', 'Cẩm Lư', 'Cẩm Phong', 'Cẩm Trạch', 'Cẩm Vân', 'Cẩm Đường',
    'Cốc Chủ', 'Cốc Lùng', 'Cốc Lầu', 'Cốc Phầy', 'Cồn Mây', 'Cồn Trứng', 'Cồn Vịt', 'Cổ Chiêm',
    'Cổ Loan', 'Cửa Lân', 'Cửa Triều', 'Diên Hạ', 'Diên Phúc', 'Diên Thượng', 'Diên Thọ',
    'Diễn Lũy', 'Dốc Sỏi', 'Dốc Đỏ', 'Dực Thủy', 'Ea Kao', 'Ea Rôk', 'Eo Ông', 'Gia Hội',
    'Gia Khánh', 'Gia Lạc', 'Giang Thành', 'Giếng Đá', 'Giồng Keo', 'Giồng Sao', 'Gò Chuông',
    'Gò Dưa', 'Gò Lãnh', 'Gò Mít', 'Gò Nhãn', 'Gò Sim', 'Gò Đình', 'Gềnh Sỏi', 'Gốc Gạo',
    'Gốc Sung', 'Hiệp Thuận', 'Hoàng Văn', 'Hoằng Thái', 'Hà Châu', 'Hà Lĩnh', 'Hà Sơn',
    'Hà Trung', 'Hàm Khê', 'Háng Tày', 'Hòa Bình', 'Hòa Khánh', 'Hòa Lâm', 'Hòa Lợi', 'Hòa Mục',
    'Hòa Mỹ', 'Hòa Nam', 'Hòa Phong', 'Hòa Thuận', 'Hòa Vang', 'Húc Nghì', 'Hưng Lộc',
    'Hưng Thạnh', 'Hương Cát', 'Hương Khê', 'Hướng Điền', 'Hạ Lũng', 'Hạ Quan', 'Hạ Trạch',
    'Hạ Vàng', 'Hạc Lĩnh', 'Hạnh Lâm', 'Hải Triều', 'Hải Đông', 'Hố Sen', 'Hồng Diệp', 'Hợp Tiến',
    'Ia Mơ', 'Kha Lộ', 'Khau Vài', 'Khe Cát', 'Khe Gió', 'Khe Giữa', 'Khe Lau', 'Khe Lim',
    'Khe Mát', 'Khe Mây', 'Khe Mơ', 'Khe Ngang', 'Khe Nứa', 'Khe Rạc', 'Khe Sâu', 'Khe Sậy',
    'Khe Tre', 'Khe Trúc', 'Khoang đạt', 'Khuổi Mùn', 'Khuổi Sáng', 'Khuổi Tát', 'Khuổi Vạc',
    'Khánh Vĩ', 'Khánh Xuân', 'Khánh Đào', 'Khê Thủy', 'Khúc Thủy', 'Khải Hòa', 'Kim Sơn',
    'Kim Thành', 'Kim Thạch', 'Kiến Mỹ', 'Kiều Lâm', 'Kon Rơ', 'Krông Lũy', 'Kênh Hạ', 'Kỳ Lam',
    'Kỳ Phong', 'Kỳ Vân', 'Lai Hà', 'Lam Giang', 'Lam Sơn', 'Liên Hạnh', 'Liễu Dương', 'Long Châu',
    'Lung Dừa', 'Làng Chùa', 'Làng Mới', 'Láng Cò', 'Lâm Giang', 'Lâm Hoài', 'Lê Thị',
    'Lìa Thượng', 'Lò Gạch', 'Lò Vôi', 'Lòi Ổi', 'Lý Trạch', 'Lĩnh Châu', 'Lũ Phong', 'Lũng Cao',
    'Lũng Cốc', 'Lũng Phầy', 'Lũng Pảng', 'Lũng Tiên', 'Lũng Vài', 'Lũy Tre', 'Lư Khánh', 'Lưu Hạ',
    'Lưu Sa', 'Lưu Thượng', 'Lương Sa', 'Lương Điền', 'Lạc Diên', 'Lạc Hòa', 'Lạc Sơn', 'Lạc Uyên',
    'Lạch Sơn', 'Lạng Sơn', 'Lạp Thượng', 'Lệ Trạch', 'Lộ Hạ', 'Lộ Thượng', 'Lộc Hải', 'Lộc Khê',
    'Lộc Ninh', 'Lộc Điền', 'Lục Giang', 'Lục Khê', 'Mai Trì', 'Mai Xá', 'Mai Động', 'Minh Tiến',
    'Mê Lăng', 'Mù Sang', 'Mương Khai', 'Mương Đá', 'Mường Chiêng', 'Mường Khoa', 'Mường Khê',
    'Mạc Thượng', 'Mậu Lâm', 'Mỏ Vàng', 'Mộc Hương', 'Mộc Sơn', 'Mỹ Lợi', 'Mỹ Thạnh', 'Na Lầu',
    'Na Pháo', 'Nam Hà', 'Nam Hòa', 'Nghi Trạch', 'Nghè Cao', 'Nghĩa Hành', 'Nghĩa Thông',
    'Nghĩa Trụ', 'Nghĩa Xuyên', 'Ngàn Phố', 'Ngàn Sương', 'Ngân Châu', 'Ngân Sơn', 'Ngòi Cả',
    'Ngòi Dương', 'Ngũ Lĩnh', 'Ngư Lạc', 'Ngải Dương', 'Ngọc Bàng', 'Ngọc Dao', 'Ngọc Khê',
    'Ngọc Liên', 'Ngọc Lâm', 'Ngọc Lũng', 'Ngọc Lương', 'Ngọc Thủy', 'Ngọc Trì', 'Ngọc Tuyền',
    'Nhạn Tháp', 'Ninh Phước', 'Nà Cọ', 'Nà Khoang', 'Nà Khuông', 'Nà Lùng', 'Nà Lươn', 'Nà Lừ',
    'Nà Lừu', 'Nà Mò', 'Nà Mòn', 'Nà Pheo', 'Nà Phặc', 'Nà Pồng', 'Nà Sáy', 'Nương Dâu',
    'Nậm Cang', 'Nậm Khoa', 'Nậm Sàng', 'Nậm Sơn', 'Nậm Ty', 'Nặm Cắm', 'Nặm Cọ', 'Nặm Dìn',
    'Pa Cò', 'Pa Tầng', 'Phiêng Luông', 'Phiêng Lâm', 'Phiêng Lồm', 'Phiêng Mòn', 'Phong Dực',
    'Phong Điền', 'Phìn Hồ', 'Phò Lạc', 'Phòng GD', 'Phù Lưu', 'Phù Vân', 'Phú Hưng', 'Phú Khê',
    'Phú Lâm', 'Phú Lãm', 'Phú Lễ', 'Phú Lộc', 'Phú Thượng', 'Phú Xuân', 'Phúc Điền', 'Phước Hòa',
    'Phước Hưng', 'Phước Hải', 'Phước Hậu', 'Phước Kỳ', 'Phước Lâm', 'Phước Lũy', 'Phước Sơn',
    'Phước Thạnh', 'Phước Thịnh', 'Phước Điền', 'Phượng Cầu', 'Phấn đấu', 'Phố Rèn', 'Phổ Lăng',
    'Phổ Lại', 'Phụng Sơn', 'Piềng Lả', 'Plei Rông', 'Pá Hốc', 'Pá Lùng', 'Pác Mạ', 'Pác Ngà',
    'Pác Ngòi', 'Pò Háng', 'Pò Hẩu', 'Quang Minh', 'Quang Tiến', 'Quang Trung', 'Quyết Thắng',
    'Quảng Hà', 'Quế Lâm', 'Quỳnh Châu', 'Quỳnh Lưu', 'Ra Mai', 'Ràng Bông', 'Rào Mé', 'Rào Nậy',
    'Rú Chè', 'Rạch Vẹt', 'Rạch Điều', 'Rạng Khê', 'Rẫy Mới', 'Rộc Mạ', 'Rộc Vàng', 'Rừng Hồi',
    'Sa Lung', 'Sa Vĩ', 'Sen Hồ', 'Suối Hoa', 'Suối Lau', 'Suối Mây', 'Suối Mơ', 'Suối Thầu',
    'Sông Cầu', 'Sông Trạch', 'Sơn Cước', 'Sơn Hòa', 'Sơn Nguyên', 'Sơn Quỳ', 'Sơn Vỹ', 'Sở đã',
    'Tam Nông', 'Thanh Bình', 'Thanh Hà', 'Thanh Lĩnh', 'Thanh Tước', 'Thuần Phong', 'Thác Bưởi',
    'Thái Nguyên', 'Thái Sơn', 'Thôn Số', 'Thượng Lâm', 'Thượng Quỳ', 'Thạch Bàn', 'Thạch Hà',
    'Thạch Lâm', 'Thạch Lựu', 'Thạch Quỳ', 'Thắng Lợi', 'Thống Nhất', 'Thụy Lôi', 'Tiên Lãng',
    'Tiên Sa', 'Tiên Sà', 'Triều Dương', 'Trung Hòa', 'Trung Hậu', 'Trung Khải', 'Trung Tâm',
    'Truông Mít', 'Trà Giang', 'Tràm Khê', 'Tràm Lụa', 'Tràng Liễu', 'Tràng Xá', 'Trúc Lâu',
    'Trường Giang', 'Trường Lệ', 'Trường Xuân', 'Trại Chè', 'Trại Mới', 'Trảng Ngọc', 'Trầm Hương',
    'Trần Quốc', 'Trịnh Xuân', 'Tuy Lộc', 'Tà Lùng', 'Tà Pình', 'Tà Sình', 'Tà Xuyên', 'Tân An',
    'Tân Bửu', 'Tân Châu', 'Tân Khiêm', 'Tân Khê', 'Tân Linh', 'Tân Lập', 'Tân Mộc', 'Tân Ngọc',
    'Tân Phong', 'Tân Phước', 'Tây Lộ', 'Tây Nguyên', 'Tây Sơn', 'Tây Thạnh', 'Tính đến',
    'Tùng Sơn', 'Tùng Ảnh', 'Tú Mỹ', 'Tường Vân', 'Tả Chải', 'Vàm Láng', 'Vân Cát', 'Vân Tây',
    'Vân Đồn', 'Văn Uyên', 'Vĩnh An', 'Vĩnh Linh', 'Vĩnh Nhuận', 'Vũ Lăng', 'Vũ Nông', 'Vũ Xá',
    'Vũng Nồm', 'Vườn Chuối', 'Vạn Lộc', 'Vạn Thủy', 'Vạn Triều', 'Vạt Lúa', 'Vận động',
    'Vọng Lâu', 'Vọng Nguyệt', 'Vực Trúc', 'Xuân Hợp', 'Xuân Khuê', 'Xuân Kiều', 'Xuân Ngạn',
    'Xích Thổ', 'Xóm Chài', 'Xóm Đình', 'Yên Hòa', 'Yên Khê', 'Yên Lạc', 'Yên Thành', 'Yên Thạch',
    'Ô Đùng', 'Điền Cảng', 'Đoàn Kết', 'Đoàn Thái', 'Đài Sơn', 'Đá Bạc', 'Đá Chồng', 'Đá Lửa',
    'Đá Mài', 'Đá Trắng', 'Đèo Bồng', 'Đình Cương', 'Đình Thượng', 'Đông Giang', 'Đông Hạ',
    'Đông Hải', 'Đông Lâm', 'Đông Lĩnh', 'Đông Sơn', 'Đông Thành', 'Đông Tiến', 'Đạm Thủy',
    'Đạo Nguyên', 'Đầm Lác', 'Đắk Bình', 'Đắk Sơn', 'Đống Cao', 'Đồi Mây', 'Đồng Bưởi', 'Đồng Bục',
    'Đồng Chùa', 'Đồng Chảy', 'Đồng Cát', 'Đồng Giang', 'Đồng Gianh', 'Đồng Khiêm', 'Đồng Kiều',
    'Đồng Luông', 'Đồng Mận', 'Đồng Mới', 'Đồng Phú', 'Đồng Quế', 'Đồng Rẫy', 'Đồng Tâm',
    'Đồng Vố', 'Đồng Xoài', 'Đồng Xuyên', 'Đức Lương', 'Đức Phổ', 'đi được', 'đi đạt', 'đoàn Ba',
    'đoàn Bình', 'đoàn Bắc', 'đoàn Bồ', 'đoàn Cẩm', 'đoàn Diên', 'đoàn Hòa', 'đoàn Hương',
    'đoàn Hướng', 'đoàn Kim', 'đoàn Kiến', 'đoàn Kỳ', 'đoàn Lam', 'đoàn Lâm', 'đoàn Lương',
    'đoàn Lộc', 'đoàn Mai', 'đoàn Mê', 'đoàn Mỹ', 'đoàn Nam', 'đoàn Ngàn', 'đoàn Ngân',
    'đoàn Ngọc', 'đoàn Phước', 'đoàn Quảng', 'đoàn Quỳnh', 'đoàn Sơn', 'đoàn Thanh', 'đoàn Thượng',
    'đoàn Thạch', 'đoàn Trà', 'đoàn Tà', 'đoàn Tây', 'đoàn Xích', 'đoàn Yên', 'đoàn Đông',
    'đoàn Đắk', 'đoàn đã', 'đoàn đề', 'đã đăng', 'đã được', 'đã đạt', 'đôn đốc', 'được Đảng',
    'được đưa', 'đạt ít', 'đảo Hòn', 'đến đúng', 'để được', 'đối ứng', 'ước đạt', 'Ấm Hạ',
    'Ấm Thượng', 'ỦY BAN', 'ủy Bình', 'ủy Bắc', 'ủy Bồ', 'ủy Cam', 'ủy Cao', 'ủy Các', 'ủy Cẩm',
    'ủy Dinh', 'ủy Hà', 'ủy Hòa', 'ủy Hưng', 'ủy Hương', 'ủy Kim', 'ủy Krông', 'ủy Kỳ', 'ủy Mê',
    'ủy Mường', 'ủy Mỹ', 'ủy Nam', 'ủy Nghĩa', 'ủy Ngòi', 'ủy Ngư', 'ủy Ngọc', 'ủy Nậm', 'ủy Phù',
    'ủy Phước', 'ủy Quảng', 'ủy Sơn', 'ủy Thanh', 'ủy Thái', 'ủy Thạch', 'ủy Tiên', 'ủy Tuyên',
    'ủy Tà', 'ủy Tây', 'ủy Vân', 'ủy Vĩnh', 'ủy Vạn', 'ủy Xuân', 'ủy Yên', 'ủy Đá', 'ủy Đông',
    'ủy Đắk', 'ủy Đặng', 'ủy Đức', 'ủy đánh', 'ủy đã', 'ủy đúng', 'ủy đưa', 'ủy đảm', 'ủy đề',
    'ủy để', 'ủy định', 'ủy ở',
]


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def read_docx(path):
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(paras)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((pg.extract_text() or "") for pg in r.pages), len(r.pages)


def load_corpus():
    texts, raw, pages = {}, {}, {}
    for fn in sorted(os.listdir(CORPUS)):
        p = os.path.join(CORPUS, fn)
        if fn.endswith(".docx"):
            t = read_docx(p)
        elif fn.endswith(".pdf"):
            t, pages[fn] = read_pdf(p)
        else:
            with open(p, encoding="utf-8") as f:
                t = f.read()
        raw[fn] = t
        texts[fn] = norm(t)
    return texts, raw, pages


def has_diacritics(s):
    d = unicodedata.normalize("NFD", s)
    return any(unicodedata.combining(c) for c in d) or "đ" in s.lower()


ABBR = re.compile(r"(?<![\w])(KH|CV|QĐ|TB|BC|TTr|UBND|KH&CN|GD&ĐT|GDĐT|PGD&ĐT|PGD|SGD|CĐS|THCS|THPT|MTTQ|"
                  r"KHKT|HSG|GDNN-GDTX|GDTX|ĐH|CLB|CMHS|CNTT|HKH|TT|NQ|KHCN|GD|DH|qd|kh|cv|tb|bc|thpt|thcs|"
                  r"ubnd|khkt|hsg|cntt|clb|gd&dt|gddt|pgd|sgd|dh|mttq|cmhs)(?![\w])")


def main():
    stats = "--stats" in sys.argv
    probs = []
    texts, raw, pages = load_corpus()
    files = set(texts)
    # corpus checks
    if len(files) != 5:
        probs.append(f"corpus has {len(files)} files, expected 5")
    for fn, t in raw.items():
        if not re.match(r"rj0[1-5]_\w+\.(txt|md|docx|pdf)$", fn):
            probs.append(f"bad file name {fn}")
        if unicodedata.normalize("NFC", t) != t:
            probs.append(f"{fn}: text not NFC")
        words = len(t.split())
        if stats:
            print(f"{fn}: {words} words" + (f", {pages[fn]} pages" if fn in pages else ""))
        if not 700 <= words <= 1500:
            probs.append(f"{fn}: {words} words (want 700-1500)")
        for bad in FORBIDDEN:
            if bad in t:
                probs.append(f"{fn}: forbidden string {bad!r}")
    for fn, n in pages.items():
        if not 2 <= n <= 4:
            probs.append(f"{fn}: {n} pages (want 2-4)")

    # questions
    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            if unicodedata.normalize("NFC", line) != line:
                probs.append(f"questions line {i}: not NFC")
            qs.append(json.loads(line))
    ids = [q["id"] for q in qs]
    if len(ids) != len(set(ids)):
        probs.append("duplicate question ids")
    seen_q = []
    cites = {fn: 0 for fn in files}
    base_keys = {"id", "question", "answerable", "kind", "evidence", "keywords"}
    for q in qs:
        qid = q["id"]
        keys = set(q)
        if not base_keys <= keys or not keys <= base_keys | {"history", "actors"}:
            probs.append(f"{qid}: bad keys {sorted(keys)}")
        if not re.match(r"rj\d{3}$", qid):
            probs.append(f"{qid}: bad id")
        if q["kind"] not in KINDS:
            probs.append(f"{qid}: bad kind {q['kind']}")
        for bad in FORBIDDEN:
            if bad in q["question"]:
                probs.append(f"{qid}: forbidden string {bad!r} in question")
        if q["answerable"]:
            if not q["evidence"]:
                probs.append(f"{qid}: answerable without evidence")
            if not 1 <= len(q["keywords"]) <= 3:
                probs.append(f"{qid}: {len(q['keywords'])} keywords")
        else:
            if q["evidence"] or q["keywords"]:
                probs.append(f"{qid}: unanswerable must have empty evidence/keywords")
        ev_text = ""
        srcs = set()
        for ev in q["evidence"]:
            src, quote = ev["source"], ev["quote"]
            if src not in texts:
                probs.append(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            if not 20 <= len(quote) <= 200:
                probs.append(f"{qid}: quote length {len(quote)}")
            if norm(quote) not in texts[src]:
                probs.append(f"{qid}: quote not found in {src}: {quote[:60]!r}")
            ev_text += " " + norm(quote)
        for src in srcs:
            cites[src] += 1
        for kw in q["keywords"]:
            k = norm(kw)
            if k not in ev_text and not any(k in texts[s] for s in srcs):
                probs.append(f"{qid}: keyword {kw!r} not in evidence or cited file")
            elif k not in ev_text:
                probs.append(f"{qid}: keyword {kw!r} not inside the evidence quotes")
        for a in q.get("actors", []):
            if not any(norm(a) in texts[s] for s in srcs):
                probs.append(f"{qid}: actor {a!r} not in cited file")
        if "history" in q:
            for h in q["history"]:
                if h not in seen_q:
                    probs.append(f"{qid}: history question is not an earlier question")
        seen_q.append(q["question"])

    n = len(qs)
    unans = sum(not q["answerable"] for q in qs)
    nodia = sum(not has_diacritics(q["question"]) for q in qs)
    abbr = sum(bool(ABBR.search(q["question"])) for q in qs)
    fup = sum("history" in q for q in qs)
    fup_un = sum("history" in q and not q["answerable"] for q in qs)
    ww = sum(q["kind"] == "who-what" and bool(q.get("actors")) for q in qs)
    kinds = {}
    for q in qs:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    if unans / n < 0.22:
        probs.append(f"unanswerable {unans}/{n} < 22%")
    if nodia / n < 0.15:
        probs.append(f"no-diacritics {nodia}/{n} < 15%")
    if abbr / n < 0.12:
        probs.append(f"abbreviations {abbr}/{n} < 12%")
    if fup < 15:
        probs.append(f"only {fup} follow-ups")
    if not 1 <= fup_un <= 2:
        probs.append(f"{fup_un} unanswerable follow-ups (want 1-2)")
    if ww < 12:
        probs.append(f"only {ww} who-what questions with actors")
    for fn, c in cites.items():
        if c < 12:
            probs.append(f"{fn} cited by only {c} questions")
    if stats:
        print(f"questions: {n}; kinds: {dict(sorted(kinds.items()))}")
        print(f"unanswerable {unans} ({unans/n:.0%}), no-diacritics {nodia} ({nodia/n:.0%}), "
              f"abbreviations {abbr} ({abbr/n:.0%}), follow-ups {fup} (unanswerable {fup_un}), "
              f"who-what {ww} ({ww/n:.0%})")
        print("citations per file:", cites)

    # who-what gold
    wws = []
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                if unicodedata.normalize("NFC", line) != line:
                    probs.append(f"who_what line {i}: not NFC")
                wws.append(json.loads(line))
    if sorted(w["source"] for w in wws) != sorted(files):
        probs.append("who_what must have one line per document")
    for w in wws:
        src = w["source"]
        if src not in texts:
            probs.append(f"{w['id']}: unknown source {src}")
            continue
        t = texts[src]
        if not w["actors"]:
            probs.append(f"{w['id']}: no actors")
        for a in w["actors"]:
            if norm(a["name"]) not in t:
                probs.append(f"{w['id']}: actor name not verbatim: {a['name']!r}")
            if a["role"] not in ROLES:
                probs.append(f"{w['id']}: bad role {a['role']!r}")
            if a["deadline"] is not None and norm(a["deadline"]) not in t:
                probs.append(f"{w['id']}: deadline not verbatim: {a['deadline']!r}")
            tq = a["task_quote"]
            if not 20 <= len(tq) <= 200:
                probs.append(f"{w['id']}: task_quote length {len(tq)} for {a['name']}")
            if norm(tq) not in t:
                probs.append(f"{w['id']}: task_quote not verbatim for {a['name']}: {tq[:50]!r}")
        for x in w["intruders"]:
            if norm(x) not in t:
                probs.append(f"{w['id']}: intruder not in file: {x!r}")

    if probs:
        print(f"{len(probs)} PROBLEM(S):")
        for p in probs:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
