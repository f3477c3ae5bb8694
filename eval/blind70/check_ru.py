# -*- coding: utf-8 -*-
"""Standalone checker for eval set blind70 (no kg_rag).

Usage: /work/main/.venv/bin/python check_ru.py   -> prints OK or the list of problems.
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}

# place names used by earlier sets (must not appear as names in this corpus)
BANNED = """An Phú
An Trạch
An Tuyền
An Điền
An Đạo
Ao Sen
Ba Lòng
Ba Nang
Ban Nguyên
Bàng Thạch
Bàu Lác
Bàu Sen
Bàu Thỉ
Bàu Trám
Bãi Dâu
Bãi Gành
Bãi Lau
Bãi Nổi
Bãi Sậy
Bãi Ổi
Bình Khê
Bình Lục
Bình Minh
Bình Sơn
Bình Tường
Bích Trung
Bích Đàm
Bó Mạ
Bưởi Phú
Bạch Long
Bản Chang
Bản Cát
Bản Giàng
Bản Nguồn
Bảo Lâm
Bắc Giang
Bắc Hà
Bằng Lăng
Bến Cầu
Bến Gạo
Bến Lội
Bến Mây
Bến Mới
Bến Ngà
Bến Sỏi
Bến Triều
Bến Trúc
Bến Đá
Bồng Lai
Bờ Tre
Cam Lộ
Cao Lộc
Cao Mật
Cao Phong
Chiêm Lễ
Chiêu Dương
Chiềng Pha
Chu Phán
Chà Vàng
Chày Hạ
Chè An
Chè Shan
Chù Lìn
Chư Glei
Chư Krei
Chương Hòa
Chằm Dưới
Chế Lìu
Chỉ đạo
Chợ Vạc
Cán Tỷ
Cát Hạ
Cát Lũy
Cát Lộc
Cát Mộc
Cát Thượng
Cát Trinh
Cây Dầu
Cây Gạo
Cây Sữa
Cây Thị
Cù Bàn
Cù Lao
Cù Mai
Cư Mlai
Cư Pơng
Cầu Gỗ
Cầu Mới
Cầu Trắng
Cẩm Liên
Cẩm Lư
Cẩm Phong
Cẩm Trạch
Cẩm Vân
Cẩm Đường
Cốc Chủ
Cốc Lùng
Cốc Lầu
Cốc Phầy
Cốc Pái
Cốc Sâm
Cồn Mây
Cồn Thơm
Cồn Trứng
Cồn Vịt
Cổ Chiêm
Cổ Loan
Cổ Nhuận
Cửa Lân
Cửa Triều
Cửa Vạn
Diên Hạ
Diên Phúc
Diên Thượng
Diên Thọ
Diễn Lũy
Dốc Sỏi
Dốc Đỏ
Dực Thủy
Ea Kao
Ea Rôk
Eo Gió
Eo Ông
Gia Hội
Gia Khánh
Gia Lạc
Giang Thành
Giếng Đá
Giồng Keo
Giồng Sao
Gò Chuông
Gò Dưa
Gò Lãnh
Gò Mít
Gò Nghệ
Gò Nhãn
Gò Sim
Gò Đình
Gềnh Sỏi
Gốc Gạo
Gốc Sung
Hiệp Thuận
Hoàng Văn
Hoằng Thái
Huổi Lẹng
Hà Châu
Hà Lĩnh
Hà Sơn
Hà Trung
Hàm Khê
Hàm Ngư
Hào Giang
Háng Lìa
Háng Tày
Hòa Bình
Hòa Khánh
Hòa Lâm
Hòa Lợi
Hòa Mục
Hòa Mỹ
Hòa Nam
Hòa Phong
Hòa Thuận
Hòa Vang
Húc Nghì
Hưng Lộc
Hưng Thạnh
Hương Cát
Hương Khê
Hương Trầm
Hướng Điền
Hạ Lũng
Hạ Quan
Hạ Trạch
Hạ Vàng
Hạc Lĩnh
Hạnh Lâm
Hải Triều
Hải Đông
Hố Sen
Hồ Ngạn
Hồng Diệp
Hồng Nhạn
Hội Khuyến
Hợp Tiến
Ia Mơ
Kha Lộ
Khau Vài
Khe Cát
Khe Gió
Khe Giữa
Khe Lau
Khe Lim
Khe Mát
Khe Mây
Khe Mơ
Khe Ngang
Khe Nứa
Khe Rạc
Khe Sâu
Khe Sậy
Khe Tre
Khe Trúc
Khoang đạt
Khuê Trung
Khuôn Thắm
Khuổi Mùn
Khuổi Sáng
Khuổi Tát
Khuổi Vạc
Khánh Vĩ
Khánh Xuân
Khánh Đào
Khâu Pàn
Khê Thủy
Khôi Hạ
Khôi Nguyên
Khôi Thượng
Khúc Thủy
Khải Hòa
Kim Sơn
Kim Thành
Kim Thạch
Kiên Thới
Kiến Mỹ
Kiều Lâm
Kiều Mộc
Kon Rơ
Krông Lũy
Kênh Hạ
Kỳ Lam
Kỳ Phong
Kỳ Sơn
Kỳ Vân
Lai Hà
Lam Giang
Lam Sơn
Liên Hạnh
Liễu Dương
Long Châu
Lung Dừa
Làng Chùa
Làng Mới
Láng Cò
Lâm Giang
Lâm Hoài
Lê Thị
Lìa Thượng
Lò Gạch
Lò Vôi
Lòi Ổi
Lý Trạch
Lĩnh Châu
Lĩnh Hạ
Lĩnh Thành
Lũ Phong
Lũng Cao
Lũng Cốc
Lũng Mần
Lũng Phầy
Lũng Pảng
Lũng Tiên
Lũng Vài
Lũy Tre
Lư Khánh
Lưu Hạ
Lưu Sa
Lưu Thượng
Lương Sa
Lương Điền
Lạc Diên
Lạc Hòa
Lạc Nhuế
Lạc Sơn
Lạc Uyên
Lạch Sơn
Lạng Sơn
Lạp Thượng
Lệ Trạch
Lộ Hạ
Lộ Thượng
Lộc Hải
Lộc Khê
Lộc Ninh
Lộc Thủy
Lộc Điền
Lục Giang
Lục Khê
Lục Yên
Mai Trì
Mai Xá
Mai Động
Minh Tiến
Mê Lăng
Mù Sang
Mương Khai
Mương Đá
Mường Chiêng
Mường Khoa
Mường Khê
Mường Lát
Mạc Thượng
Mẫn Lộ
Mậu Lâm
Mỏ Nhài
Mỏ Vàng
Mồ Dề
Mộc Hương
Mộc Sơn
Mỹ Cang
Mỹ Hào
Mỹ Lợi
Mỹ Nhơn
Mỹ Thạnh
Na Lầu
Na Ngần
Na Pháo
Nam Hà
Nam Hòa
Nghi Trạch
Nghè Cao
Nghĩa Hành
Nghĩa Phong
Nghĩa Thông
Nghĩa Trụ
Nghĩa Xuyên
Ngàn Phố
Ngàn Sương
Ngân Châu
Ngân Sơn
Ngòi Cả
Ngòi Dương
Ngũ Lĩnh
Ngư Lạc
Ngải Dương
Ngọc Bàng
Ngọc Dao
Ngọc Khê
Ngọc Liên
Ngọc Lâm
Ngọc Lũng
Ngọc Lương
Ngọc Thủy
Ngọc Trì
Ngọc Tuyền
Nhạn Tháp
Nhật Tảo
Ninh Giang
Ninh Phước
Nà Chiêng
Nà Cọ
Nà Hẩu
Nà Khoang
Nà Khuông
Nà Lùng
Nà Lươn
Nà Lừ
Nà Lừu
Nà Mò
Nà Mòn
Nà Pheo
Nà Phặc
Nà Pồng
Nà Pục
Nà Sáy
Nà Thẳm
Nà Vải
Nương Dâu
Nậm Cang
Nậm Khoa
Nậm Sàng
Nậm Sơn
Nậm Ty
Nặm Cắm
Nặm Cọ
Nặm Dìn
Pa Cò
Pa Tầng
Phiêng Luông
Phiêng Lâm
Phiêng Lồm
Phiêng Mòn
Phja Khao
Phja Đén
Phong Dực
Phong Điền
Phìn Hồ
Phìn Sò
Phò Lạc
Phòng GD
Phù Lưu
Phù Mỹ
Phù Vân
Phù Đông
Phú Hưng
Phú Khê
Phú Lâm
Phú Lãm
Phú Lễ
Phú Lộc
Phú Thượng
Phú Xuân
Phúc Điền
Phước Hòa
Phước Hưng
Phước Hải
Phước Hậu
Phước Kỳ
Phước Lâm
Phước Lũy
Phước Sơn
Phước Thạnh
Phước Thịnh
Phước Điền
Phượng Cầu
Phấn đấu
Phố Rèn
Phổ Lăng
Phổ Lại
Phụng Sơn
Piềng Lả
Plei Rông
Pá Hốc
Pá Lùng
Pác Mạ
Pác Ngà
Pác Ngòi
Pác Xả
Pò Háng
Pò Hẩu
Pù Luông
Pù Lình
Pú Xí
Quang Minh
Quang Tiến
Quang Trung
Quyết Thắng
Quảng Hà
Quế Lâm
Quế Sơn
Quỳnh Châu
Quỳnh Lưu
Ra Mai
Rinh Thượng
Ràng Bông
Rào Mé
Rào Nậy
Rú Chè
Rạch Vẹt
Rạch Điều
Rạng Khê
Rẫy Mới
Rịa Trong
Rộc Mạ
Rộc Vàng
Rừng Hồi
Sa Lung
Sa Vĩ
Sen Hồ
Suối Hoa
Suối Lau
Suối Mây
Suối Mơ
Suối Sim
Suối Thầu
Sà Dề
Sà Phìn
Sáng Pả
Séo Lủng
Sìn Pao
Sông Cầu
Sông Lụa
Sông Nhạn
Sông Rinh
Sông Trạch
Sơn Cước
Sơn Hòa
Sơn Nguyên
Sơn Quỳ
Sơn Tịnh
Sơn Vỹ
Sở đã
Tam Nông
Thanh Bình
Thanh Hà
Thanh Lĩnh
Thanh Tước
Thiện Kỳ
Thuần Phong
Thành Mai
Thác Bưởi
Thái Nguyên
Thái Sơn
Thôn Số
Thượng Kiệm
Thượng Lâm
Thượng Quỳ
Thạch Bàn
Thạch Hà
Thạch Lâm
Thạch Lựu
Thạch Môn
Thạch Quỳ
Thắng Lợi
Thống Nhất
Thụy Lôi
Tiên Lãng
Tiên Sa
Tiên Sà
Tiêu Lạc
Triều Dương
Trung Hòa
Trung Hậu
Trung Khải
Trung Lương
Trung Tâm
Truông Mít
Trà Giang
Trà Liên
Trà Lĩnh
Tràm Khê
Tràm Lụa
Tràng Khúc
Tràng Liễu
Tràng Xá
Trù Mật
Trúc Lâu
Trường Giang
Trường Lệ
Trường Xuân
Trại Chè
Trại Mới
Trại Ươm
Trạm Phìn
Trảng Ngọc
Trầm Hương
Trần Quốc
Trịnh Xuân
Tuy An
Tuy Lộc
Tuy Nam
Tà Lùng
Tà Pình
Tà Sình
Tà Xuyên
Tân An
Tân Bửu
Tân Châu
Tân Khiêm
Tân Khê
Tân Linh
Tân Lập
Tân Mộc
Tân Ngọc
Tân Phong
Tân Phước
Tây Lộ
Tây Nguyên
Tây Sơn
Tây Thạnh
Tính đến
Tùng Sơn
Tùng Ảnh
Tú Mỹ
Tường Vân
Tả Chải
Tịnh Khuê
Tủa Thàng
Vàm Láng
Vân Cát
Vân Khê
Vân Trì
Vân Tây
Vân Đồn
Võ Thanh
Văn Uyên
Vĩ Thượng
Vĩnh An
Vĩnh Linh
Vĩnh Lạc
Vĩnh Nhuận
Vĩnh Trà
Vũ Lăng
Vũ Nông
Vũ Xá
Vũng Nồm
Vườn Chuối
Vạn Lộc
Vạn Thủy
Vạn Triều
Vạt Lúa
Vận động
Vọng Khê
Vọng Lâu
Vọng Nguyệt
Vực Trúc
Xuân Hợp
Xuân Khuê
Xuân Kiều
Xuân Ngạn
Xích Thổ
Xóm Chài
Xóm Đình
Yên Hòa
Yên Khê
Yên Lạc
Yên Thành
Yên Thạch
Ô Cát
Ô Đùng
Úc Kỳ
Điền Cảng
Đoài Khê
Đoàn Kết
Đoàn Thái
Đoàn Tuy
Đài Sơn
Đàm Hạ
Đàm Thượng
Đá Bạc
Đá Chồng
Đá Lửa
Đá Mài
Đá Trắng
Đèo Bồng
Đèo Gió
Đèo Nhạn
Đình Cương
Đình Thượng
Đình Vọng
Đông Giang
Đông Hạ
Đông Hải
Đông Lâm
Đông Lĩnh
Đông Sơn
Đông Thành
Đông Tiến
Đạm Thủy
Đạo Nguyên
Đầm Lác
Đắk Bình
Đắk Sơn
Định Hóa
Đống Cao
Đồi Mây
Đồng Bưởi
Đồng Bục
Đồng Chùa
Đồng Chảy
Đồng Cát
Đồng Giang
Đồng Gianh
Đồng Khiêm
Đồng Kiều
Đồng Luông
Đồng Mận
Đồng Mới
Đồng Nhãn
Đồng Phú
Đồng Quế
Đồng Rẫy
Đồng Sả
Đồng Sậu
Đồng Tâm
Đồng Vố
Đồng Xoài
Đồng Xuyên
Đức Lương
Đức Phổ
đi được
đi đạt
đoàn Ba
đoàn Bình
đoàn Bắc
đoàn Bồ
đoàn Cẩm
đoàn Diên
đoàn Hòa
đoàn Hương
đoàn Hướng
đoàn Kim
đoàn Kiên
đoàn Kiến
đoàn Kỳ
đoàn Lam
đoàn Lâm
đoàn Lương
đoàn Lộc
đoàn Mai
đoàn Mê
đoàn Mường
đoàn Mỹ
đoàn Nam
đoàn Ngàn
đoàn Ngân
đoàn Ngọc
đoàn Phước
đoàn Quảng
đoàn Quỳnh
đoàn Sơn
đoàn Thanh
đoàn Thượng
đoàn Thạch
đoàn Trà
đoàn Trạm
đoàn Tà
đoàn Tây
đoàn Xích
đoàn Yên
đoàn Đông
đoàn Đắk
đoàn đã
đoàn đề
đã đăng
đã được
đã đạt
đôn đốc
được Đảng
được đưa
đạt ít
đảo Hòn
đến đúng
để Hội
để đăng
để được
đối ứng
đủ điều
ước đạt
Ấm Hạ
Ấm Thượng
ỦY BAN
ủy Bình
ủy Bắc
ủy Bồ
ủy Cam
ủy Cao
ủy Các
ủy Cẩm
ủy Dinh
ủy Hà
ủy Hòa
ủy Hưng
ủy Hương
ủy Kim
ủy Kiên
ủy Krông
ủy Kỳ
ủy Mê
ủy Mường
ủy Mỹ
ủy Nam
ủy Nghĩa
ủy Ngòi
ủy Ngư
ủy Ngọc
ủy Nậm
ủy Phù
ủy Phước
ủy Quảng
ủy Sơn
ủy Thanh
ủy Thái
ủy Thạch
ủy Tiên
ủy Tuyên
ủy Tà
ủy Tây
ủy Vân
ủy Vĩnh
ủy Vạn
ủy Xuân
ủy Yên
ủy Đá
ủy Đông
ủy Đắk
ủy Đặng
ủy Đức
ủy đánh
ủy đã
ủy đúng
ủy đưa
ủy đảm
ủy đề
ủy để
ủy định
ủy ở""".split("\n")
# generic capitalised phrases of that list that are ordinary words in any document
BANNED_WHITELIST = {"ỦY BAN", "Phòng GD", "Chỉ đạo", "Vận động", "Phấn đấu", "Tính đến",
                    "Sở đã", "Trung Tâm"}

ABBR_RE = re.compile(
    r"(?<![\w&])(UBND|HĐND|KH&CN|KHCN|GD&ĐT|GDĐT|GD|PGD|KHKT|THCS|THPT|TH&THCS|QĐ|CV|KH|TB|BC|"
    r"BTC|BGK|GV|HS|ĐH|HK|CĐS|MTTQ|STEM|TTĐT|GDNN-GDTX|GDTrH|VHTTTT|KK|SGDĐT|PGDĐT)(?![\w&])",
    re.IGNORECASE)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def norm(s):
    return re.sub(r"\s+", " ", nfc(s).lower()).strip()


def strip_marks(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    return s.replace("đ", "d").replace("Đ", "D")


def has_diacritics(s):
    return strip_marks(s) != s


def docx_text(path):
    """Paragraphs and table cells read from word/document.xml (zipfile + XML)."""
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = []
    for p in re.findall(r"<w:p[ >].*?</w:p>|<w:p/>", xml, flags=re.S):
        out = []
        for tok in re.findall(r"<w:t(?: [^>]*)?>.*?</w:t>|<w:br/>|<w:tab/>", p, flags=re.S):
            if tok == "<w:br/>":
                out.append("\n")
            elif tok == "<w:tab/>":
                out.append("\t")
            else:
                out.append(re.sub(r"<[^>]+>", "", tok))
        txt = "".join(out)
        txt = (txt.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
               .replace("&apos;", "'").replace("&amp;", "&"))
        paras.append(txt)
    return "\n".join(paras)


def pdf_text(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)


def load_docs(problems):
    docs = {}
    for name in sorted(os.listdir(CORPUS)):
        path = os.path.join(CORPUS, name)
        ext = name.rsplit(".", 1)[-1]
        pages = None
        if ext in ("txt", "md"):
            raw = open(path, encoding="utf-8").read()
        elif ext == "docx":
            raw = docx_text(path)
        elif ext == "pdf":
            raw, pages = pdf_text(path)
            if not 2 <= pages <= 4:
                problems.append(f"{name}: PDF has {pages} pages (want 2-4)")
        else:
            problems.append(f"{name}: unexpected extension")
            continue
        if ext in ("txt", "md") and raw != nfc(raw):
            problems.append(f"{name}: file text is not NFC")
        docs[name] = raw
    return docs


def main():
    problems = []
    docs = load_docs(problems)
    ndocs = {k: norm(v) for k, v in docs.items()}

    # ---- corpus shape ---------------------------------------------------
    if len(docs) != 5:
        problems.append(f"corpus has {len(docs)} files (want 5)")
    for i, name in enumerate(sorted(docs), 1):
        if not re.match(rf"ru0{i}_[a-z0-9_]+\.(txt|md|docx|pdf)$", name):
            problems.append(f"bad file name {name}")
        words = len(docs[name].split())
        if not 700 <= words <= 1500:
            problems.append(f"{name}: {words} words (want 700-1500)")
        if "57-NQ/TW" in docs[name]:
            for m in re.finditer(r"57-NQ/TW", docs[name]):
                ctx = docs[name][max(0, m.start() - 40):m.start()]
                if "Căn cứ" not in ctx:
                    problems.append(f"{name}: 57-NQ/TW used outside a 'Căn cứ' line")
    exts = {n.rsplit(".", 1)[-1] for n in docs}
    for e in ("txt", "docx", "pdf", "md"):
        if e not in exts:
            problems.append(f"no .{e} file in corpus")
    all_text = "\n".join(nfc(v) for v in docs.values())
    for b in BANNED:
        b = b.strip()
        if not b or b in BANNED_WHITELIST or not b[0].isupper():
            continue
        if re.search(r"(?<!\w)" + re.escape(b) + r"(?!\w)", all_text):
            problems.append(f"banned earlier-set name used: {b}")
    if "Thạch Xuyên" not in all_text:
        problems.append("province Thạch Xuyên not used")

    # ---- questions ------------------------------------------------------
    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            if line != nfc(line):
                problems.append(f"questions.jsonl line {ln}: not NFC")
            try:
                qs.append(json.loads(line))
            except Exception as e:  # noqa
                problems.append(f"questions.jsonl line {ln}: bad JSON {e}")
    req = {"id", "question", "answerable", "kind", "evidence", "keywords"}
    seen_ids, earlier = set(), []
    cited = Counter()
    for q in qs:
        qid = q.get("id", "?")
        keys = set(q)
        if not req <= keys or keys - req - {"history", "actors"}:
            problems.append(f"{qid}: keys {sorted(keys)}")
        if not re.fullmatch(r"ru\d{3}", qid):
            problems.append(f"{qid}: bad id")
        if qid in seen_ids:
            problems.append(f"{qid}: duplicate id")
        seen_ids.add(qid)
        if q.get("kind") not in KINDS:
            problems.append(f"{qid}: bad kind {q.get('kind')}")
        if not isinstance(q.get("answerable"), bool):
            problems.append(f"{qid}: answerable not bool")
        for h in q.get("history", []):
            if h not in earlier:
                problems.append(f"{qid}: history question is not an earlier question: {h}")
        if q.get("kind") == "follow-up" and not q.get("history"):
            problems.append(f"{qid}: follow-up without history")
        if q.get("history") and q.get("kind") != "follow-up":
            problems.append(f"{qid}: history on a non follow-up")
        earlier.append(q.get("question"))
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if not q.get("answerable"):
            if ev or kw:
                problems.append(f"{qid}: unanswerable with evidence/keywords")
            if q.get("actors"):
                problems.append(f"{qid}: unanswerable with actors")
            continue
        if not ev:
            problems.append(f"{qid}: answerable without evidence")
        if not 1 <= len(kw) <= 3:
            problems.append(f"{qid}: {len(kw)} keywords (want 1-3)")
        srcs = set()
        for e in ev:
            src, quote = e.get("source"), e.get("quote", "")
            if set(e) != {"source", "quote"}:
                problems.append(f"{qid}: evidence keys {sorted(e)}")
            if src not in docs:
                problems.append(f"{qid}: unknown source {src}")
                continue
            srcs.add(src)
            nq = norm(quote)
            if not 20 <= len(nq) <= 200:
                problems.append(f"{qid}: quote length {len(nq)}: {quote[:50]}")
            if nq not in ndocs[src]:
                problems.append(f"{qid}: quote not found in {src}: {quote[:80]}")
        for s in srcs:
            cited[s] += 1
        nquotes = " || ".join(norm(e.get("quote", "")) for e in ev)
        for k in kw:
            nk = norm(k)
            if nk not in nquotes and not any(nk in ndocs[s] for s in srcs):
                problems.append(f"{qid}: keyword not in evidence/cited file: {k}")
        for a in q.get("actors", []):
            if not any(norm(a) in ndocs[s] for s in srcs):
                problems.append(f"{qid}: actor not verbatim in cited file: {a}")

    n = len(qs)
    kinds = Counter(q["kind"] for q in qs)
    unans = sum(1 for q in qs if q["answerable"] is False)
    nodia = sum(1 for q in qs if not has_diacritics(q["question"]))
    abbr = sum(1 for q in qs if ABBR_RE.search(q["question"]))
    fups = [q for q in qs if q.get("history")]
    fups_un = sum(1 for q in fups if not q["answerable"])
    ww = sum(1 for q in qs if q["kind"] == "who-what" and q.get("actors"))
    if not 95 <= n <= 105:
        problems.append(f"{n} questions (want ~100)")
    if unans / n < 0.22:
        problems.append(f"unanswerable {unans}/{n} < 22%")
    if nodia / n < 0.15:
        problems.append(f"no-diacritics {nodia}/{n} < 15%")
    if abbr / n < 0.12:
        problems.append(f"abbreviation {abbr}/{n} < 12%")
    if len(fups) != 15:
        problems.append(f"{len(fups)} follow-ups (want 15)")
    if not 1 <= fups_un <= 2:
        problems.append(f"{fups_un} unanswerable follow-ups (want 1-2)")
    if ww < 12:
        problems.append(f"who-what with actors {ww} < 12")
    for k in ("metadata", "corpus", "factoid", "list", "abbreviation", "no-diacritics"):
        if kinds[k] < 3:
            problems.append(f"kind {k}: only {kinds[k]}")
    for nd in docs:
        if cited[nd] < 12:
            problems.append(f"{nd} cited by {cited[nd]} questions (<12)")
    # unanswerable questions must not be answerable by a trivially copied quote: no check possible

    # ---- who-what gold --------------------------------------------------
    wws = []
    with open(os.path.join(HERE, "who_what.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if line.strip():
                if line != nfc(line):
                    problems.append(f"who_what.jsonl line {ln}: not NFC")
                wws.append(json.loads(line))
    if sorted(w["source"] for w in wws) != sorted(docs):
        problems.append("who_what.jsonl must have one line per document")
    for w in wws:
        wid = w.get("id")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            problems.append(f"{wid}: keys {sorted(w)}")
        src = w.get("source")
        if src not in docs:
            problems.append(f"{wid}: unknown source {src}")
            continue
        d = ndocs[src]
        names = set()
        for a in w["actors"]:
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                problems.append(f"{wid}: actor keys {sorted(a)}")
            if norm(a["name"]) not in d:
                problems.append(f"{wid}: actor name not verbatim: {a['name']}")
            names.add(norm(a["name"]))
            if a["role"] not in ROLES:
                problems.append(f"{wid}: bad role {a['role']}")
            if a["deadline"] is not None and norm(a["deadline"]) not in d:
                problems.append(f"{wid}: deadline not verbatim: {a['deadline']}")
            tq = norm(a["task_quote"])
            if not 20 <= len(tq) <= 200:
                problems.append(f"{wid}: task_quote length {len(tq)}: {a['task_quote'][:50]}")
            if tq not in d:
                problems.append(f"{wid}: task_quote not verbatim: {a['task_quote'][:80]}")
        for x in w["intruders"]:
            if norm(x) not in d:
                problems.append(f"{wid}: intruder not verbatim: {x}")
            if norm(x) in names:
                problems.append(f"{wid}: intruder is also an actor: {x}")

    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("questions=%d unanswerable=%d (%.0f%%) no-diacritics=%d (%.0f%%) abbreviations=%d (%.0f%%) "
          "follow-ups=%d (unanswerable %d) who-what=%d" % (n, unans, 100 * unans / n, nodia, 100 * nodia / n,
                                                            abbr, 100 * abbr / n, len(fups), fups_un, ww))
    print("kinds:", dict(sorted(kinds.items())))
    print("cited:", dict(sorted(cited.items())))
    print("words:", {k: len(v.split()) for k, v in sorted(docs.items())})
    print("OK")


if __name__ == "__main__":
    main()
