#!/usr/bin/env python
"""Standalone checker for the blind82 set (no kg_rag import).

Reads corpus/*.txt|*.md (UTF-8), *.docx (zipfile + XML), *.pdf (pypdf), normalises text
(NFC, lower-case, whitespace collapsed) and checks questions.jsonl and who_what.jsonl.
Prints OK or the list of problems (exit code 1 on problems).

Usage:  /work/main/.venv/bin/python check_sg.py
"""
import json
import pathlib
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
Q_KEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
Q_OPT = {"history", "actors"}
W_KEYS = {"id", "directive", "source", "actors", "intruders"}
A_KEYS = {"name", "role", "deadline", "task_quote"}
ABBREV = re.compile(
    r"(?<![A-Za-zÀ-ỹĐđ])(KH|QĐ|CV|HD|BB|BC|TB|UBND|HĐND|VHTTDL|VH-TT|VH|TT|KH&CN|KH-TC|GD&ĐT|CĐS|THCS|THPT|"
    r"MTTQ|ĐH|BQL|QLDT|TT&TT|PCT|QLKH|HĐNT|CLB|SKHCN|SVHTTDL|CNTT|sđt|SĐT)(?![A-Za-zÀ-ỹĐđ])")
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# place names used by earlier sets (capitalised ones only; generic phrases are not place names)
FORBIDDEN = """An Phú|An Trạch|An Tuyền|An Điền|An Đạo|Ao Sen|Ba Lòng|Ba Nang|Ba Vách|Ban Nguyên|Bàng Thạch|Bàu Lác|
Bàu Sen|Bàu Thỉ|Bàu Trám|Bãi Dâu|Bãi Gành|Bãi Lau|Bãi Nổi|Bãi Sậy|Bãi Ổi|Bình Khê|Bình Lục|Bình Minh|Bình Sơn|
Bình Tường|Bích Trung|Bích Đàm|Bó Mạ|Bưởi Phú|Bạch Long|Bản Chang|Bản Cát|Bản Giàng|Bản Nguồn|Bản Sài|Bảo Lâm|
Bảo Yên|Bảo Đài|Bắc Giang|Bắc Hà|Bằng Lăng|Bến Cầu|Bến Gạo|Bến Lội|Bến Mây|Bến Mới|Bến Ngà|Bến Quế|Bến Sỏi|
Bến Triều|Bến Trúc|Bến Đá|Bồ Khai|Bồng Lai|Bờ Tre|Cam Lộ|Cang Hồ|Cao Lộc|Cao Mật|Cao Phong|Chiêm Lễ|Chiêu Dương|
Chiềng Pha|Chu Phán|Chu Va|Chà Vàng|Chày Hạ|Chè An|Chè Shan|Chù Lìn|Chư Glei|Chư Krei|Chương Hòa|Chằm Dưới|
Chế Lìu|Chợ Vạc|Cán Tỷ|Cát Hạ|Cát Lũy|Cát Lộc|Cát Mộc|Cát Thượng|Cát Trinh|Cây Dầu|Cây Gạo|Cây Sữa|Cây Thị|
Cò Noi|Cù Bàn|Cù Lao|Cù Mai|Cư Mlai|Cư Pơng|Cầu Gỗ|Cầu Mới|Cầu Trắng|Cẩm Liên|Cẩm Lư|Cẩm Phong|Cẩm Trạch|
Cẩm Vân|Cẩm Đường|Cỏ Mây|Cốc Chủ|Cốc Lùng|Cốc Lầu|Cốc Phầy|Cốc Pái|Cốc Sâm|Cồn Mây|Cồn Thơm|Cồn Trứng|Cồn Vịt|
Cổ Chiêm|Cổ Loan|Cổ Nhuận|Cừ Bắc|Cừ Sơn|Cửa Lân|Cửa Triều|Cửa Vạn|Diên Hạ|Diên Phúc|Diên Thượng|Diên Thọ|
Diễn Lũy|Dương Khẩu|Dốc Sỏi|Dốc Đỏ|Dực Thủy|Ea Kao|Ea Rôk|Eo Gió|Eo Ông|Ghềnh Bạc|Gia Hội|Gia Khánh|Gia Lạc|
Giang Thành|Giáp Lũng|Giếng Đá|Giồng Keo|Giồng Sao|Gành Hàu|Gò Chuông|Gò Dưa|Gò Lãnh|Gò Mít|Gò Nghệ|Gò Nhãn|
Gò Sim|Gò Đình|Gềnh Sỏi|Gốc Gạo|Gốc Sung|Hiệp Thuận|Hoài Viễn|Hoàng Văn|Hoành Sa|Hoằng Thái|Huổi Lẹng|Hà Châu|
Hà Lĩnh|Hà Sơn|Hà Trung|Hàm Khê|Hàm Ngư|Hào Giang|Háng Lìa|Háng Tày|Hòa Bình|Hòa Khánh|Hòa Lâm|Hòa Lợi|Hòa Mục|
Hòa Mỹ|Hòa Nam|Hòa Phong|Hòa Thuận|Hòa Vang|Hô Sáng|Húc Nghì|Hưng Lộc|Hưng Nhượng|Hưng Thạnh|Hương Cát|
Hương Khê|Hương Trầm|Hướng Điền|Hạ Lũng|Hạ Quan|Hạ Trạch|Hạ Vàng|Hạ Xuyên|Hạc Lĩnh|Hạc Xuyên|Hạnh Lâm|Hải Triều|
Hải Đông|Hố Sen|Hồ Lệ|Hồ Ngạn|Hồ Thượng|Hồng Diệp|Hồng Liễu|Hồng Nhạn|Hội Khuyến|Hợp Tiến|Ia Mơ|Kha Lộ|Kha Vàm|
Khau Nhòn|Khau Riềng|Khau Vài|Khe Cát|Khe Gió|Khe Giữa|Khe Lau|Khe Lim|Khe Mát|Khe Mây|Khe Mơ|Khe Ngang|Khe Nứa|
Khe Rạc|Khe Sâu|Khe Sậy|Khe Tre|Khe Trúc|Khuê Trung|Khuôn Thắm|Khuổi Lạn|Khuổi Mùn|Khuổi Sáng|Khuổi Tát|
Khuổi Vạc|Khánh Vĩ|Khánh Xuân|Khánh Đào|Khâu Pàn|Khê Thủy|Khôi Hạ|Khôi Nguyên|Khôi Thượng|Khúa Lanh|Khúc Thủy|
Khương Hòa|Khải Hòa|Khải Lập|Khải Ninh|Kim Lũy|Kim Sơn|Kim Thành|Kim Thạch|Kiên Thới|Kiến Mỹ|Kiều Lâm|Kiều Mộc|
Kon Rơ|Krông Lũy|Kênh Hạ|Kỳ Lam|Kỳ Phong|Kỳ Sơn|Kỳ Vân|Lai Hà|Lam Giang|Lam Hạ|Lam Sơn|Lam Điền|Liêm Trực|
Liên Hạnh|Liễu Dương|Long Châu|Lung Dừa|Làng Chùa|Làng Mới|Láng Cò|Lâm Giang|Lâm Hoài|Lâu Mận|Lãng Trì|Lê Thị|
Lìa Thượng|Lò Gạch|Lò Vôi|Lòi Ổi|Lý Trạch|Lăng Mai|Lĩnh Châu|Lĩnh Hạ|Lĩnh Thành|Lũ Phong|Lũng Cao|Lũng Cốc|
Lũng Mần|Lũng Phầy|Lũng Pảng|Lũng Quang|Lũng Tiên|Lũng Vài|Lũy Tre|Lư Khánh|Lưu Hạ|Lưu Sa|Lưu Thượng|Lương Sa|
Lương Điền|Lạc Diên|Lạc Hòa|Lạc Nhuế|Lạc Sơn|Lạc Uyên|Lạch Sơn|Lạng Sơn|Lạp Thượng|Lệ Trạch|Lộ Hạ|Lộ Thượng|
Lộc Hải|Lộc Khê|Lộc Ninh|Lộc Thủy|Lộc Điền|Lục Giang|Lục Khê|Lục Yên|Mai Lĩnh|Mai Trì|Mai Xá|Mai Động|Minh Tiến|
Mê Lăng|Mù Sang|Mương Khai|Mương Đá|Mường Chiêng|Mường Khoa|Mường Khê|Mường Lát|Mường Ón|Mạc Thượng|Mạn Thủy|
Mẫn Lộ|Mậu Lâm|Mỏ Nhài|Mỏ Vàng|Mồ Dề|Mộ Khê|Mộc Hương|Mộc Sơn|Mộc Xuyến|Mỹ Cang|Mỹ Hào|Mỹ Lợi|Mỹ Nhơn|Mỹ Thạnh|
Na Lầu|Na Ngần|Na Pháo|Nam Hà|Nam Hòa|Nam Khê|Nghi Trạch|Nghiêm Xuyên|Nghè Cao|Nghênh Phong|Nghĩa Hành|
Nghĩa Phong|Nghĩa Thông|Nghĩa Trụ|Nghĩa Xuyên|Ngàn Phố|Ngàn Sương|Ngàn Thông|Ngân Châu|Ngân Phong|Ngân Sơn|
Ngòi Cả|Ngòi Dương|Ngũ Lĩnh|Ngư Lạc|Ngải Dương|Ngọa Long|Ngọc Bàng|Ngọc Dao|Ngọc Khê|Ngọc Liên|Ngọc Lâm|Ngọc Lũng|
Ngọc Lương|Ngọc Thủy|Ngọc Trì|Ngọc Tuyền|Nhạn Tháp|Nhật Tảo|Ninh Giang|Ninh Phước|Nà Chiêng|Nà Cọ|Nà Hẩu|
Nà Khoang|Nà Khuông|Nà Lùng|Nà Lươn|Nà Lừ|Nà Lừu|Nà Mò|Nà Mòn|Nà Pheo|Nà Phặc|Nà Pồng|Nà Pục|Nà Sáy|Nà Thẳm|
Nà Vải|Nương Dâu|Nậm Cang|Nậm Khoa|Nậm Sàng|Nậm Sơn|Nậm Ty|Nậm Xía|Nặm Cắm|Nặm Cọ|Nặm Dìn|Pa Cò|Pa Tầng|
Phiêng Luông|Phiêng Lâm|Phiêng Lồm|Phiêng Mòn|Phja Khao|Phja Đén|Phong Dực|Phong Điền|Phìn Hồ|Phìn Ngải|Phìn Sò|
Phò Lạc|Phù Lưu|Phù Mỹ|Phù Sa|Phù Vân|Phù Đông|Phú Hưng|Phú Khê|Phú Lâm|Phú Lãm|Phú Lạc|Phú Lễ|Phú Lộc|
Phú Thượng|Phú Xuân|Phúc Điền|Phước Hòa|Phước Hưng|Phước Hải|Phước Hậu|Phước Kỳ|Phước Lâm|Phước Lũy|Phước Sơn|
Phước Thạnh|Phước Thịnh|Phước Điền|Phượng Cầu|Phố Rèn|Phổ Lăng|Phổ Lại|Phụng Sơn|Piềng Lả|Plei Rông|Pá Hốc|
Pá Lùng|Pác Mạ|Pác Ngà|Pác Ngòi|Pác Xả|Pò Háng|Pò Hẩu|Pù Luông|Pù Lình|Pú Xí|Pờ Hồ|Quan Dốc|Quang Minh|
Quang Tiến|Quang Trung|Quyết Thắng|Quảng Hà|Quế Lâm|Quế Sơn|Quỳnh Châu|Quỳnh Lưu|Ra Mai|Rinh Thượng|Ràng Bông|
Rào Mé|Rào Nậy|Rú Chè|Rạch Cốm|Rạch Vẹt|Rạch Điều|Rạng Khê|Rẫy Mới|Rịa Trong|Rộc Mạ|Rộc Vàng|Rừng Hồi|Sa Lung|
Sa Mộc|Sa Vĩ|Sen Hồ|Soi Tiền|Suối Hoa|Suối Lau|Suối Mây|Suối Mơ|Suối Sim|Suối Thầu|Sà Dề|Sà Phìn|Sáng Pả|
Séo Lủng|Sìn Pao|Sông Cầu|Sông Lụa|Sông Nhạn|Sông Rinh|Sông Trạch|Sùng Lĩnh|Sơn Cước|Sơn Hòa|Sơn Nguyên|Sơn Quỳ|
Sơn Tịnh|Sơn Vỹ|Tam Nông|Thanh Bình|Thanh Hà|Thanh Lĩnh|Thanh Tước|Thiên Lộc|Thiện Kỳ|Thuần Phong|Thành Mai|
Thác Bưởi|Thái Nguyên|Thái Sơn|Thùy Dương|Thượng Kiệm|Thượng Lâm|Thượng Quỳ|Thạch Bàn|Thạch Hà|Thạch Lâm|
Thạch Lựu|Thạch Môn|Thạch Quỳ|Thạch Xuyên|Thạnh Nê|Thạnh Quới|Thắng Lợi|Thống Nhất|Thụy Lôi|Tiên Lãng|Tiên Sa|
Tiên Sà|Tiêu Lạc|Triều Dương|Trung Hòa|Trung Hậu|Trung Khải|Trung Lương|Trung Tâm|Truông Mít|Trà Giang|Trà Liên|
Trà Lĩnh|Tràm Khê|Tràm Lụa|Tràng Khúc|Tràng Liễu|Tràng Xá|Trù Mật|Trúc Khê|Trúc Lâu|Trường Giang|Trường Lệ|
Trường Xuân|Trại Chè|Trại Mới|Trại Ươm|Trạm Phìn|Trảng Dầu|Trảng Ngọc|Trầm Hương|Trần Quốc|Trịnh Xuân|Tuy An|
Tuy Lộc|Tuy Nam|Tuyết Sơn|Tuệ Minh|Tà Lùng|Tà Pình|Tà Sình|Tà Xuyên|Tân An|Tân Bửu|Tân Châu|Tân Khiêm|Tân Khê|
Tân Linh|Tân Lập|Tân Mộc|Tân Ngọc|Tân Phong|Tân Phước|Tân Sương|Tây Lộ|Tây Nguyên|Tây Sơn|Tây Thạnh|Tùng Sơn|
Tùng Ảnh|Tú Mỹ|Tương Khê|Tường Vân|Tả Chải|Tảng Ngài|Tịch Cốc|Tịnh Khuê|Tủa Thàng|Vàm Láng|Vân Cát|Vân Cừ|
Vân Giang|Vân Khê|Vân Trì|Vân Tây|Vân Đồn|Võ Thanh|Văn Uyên|Vĩ Thượng|Vĩnh An|Vĩnh Linh|Vĩnh Lạc|Vĩnh Nhuận|
Vĩnh Trà|Vĩnh Ấm|Vũ Lăng|Vũ Nông|Vũ Thị|Vũ Xá|Vũng Nồm|Vườn Chuối|Vạn Lộc|Vạn Thủy|Vạn Triều|Vạt Lúa|Vọng Khê|
Vọng Lâu|Vọng Nguyệt|Vụ Lâm|Vực Trúc|Xuân Hợp|Xuân Khuê|Xuân Kiều|Xuân Ngạn|Xích Thổ|Xóm Chài|Xóm Đình|Yên Hòa|
Yên Khê|Yên Lạc|Yên Thành|Yên Thạch|Ô Cát|Ô Đùng|Ông Bổn|Úc Kỳ|Đan Quế|Điền Cảng|Điệp Sơn|Đoài Khê|Đoàn Kết|
Đoàn Thái|Đoàn Tuy|Đài Sơn|Đàm Hạ|Đàm Thượng|Đào Viên|Đá Bạc|Đá Chồng|Đá Lửa|Đá Mài|Đá Trắng|Đèo Bồng|Đèo Gió|
Đèo Nhạn|Đình Cương|Đình Thượng|Đình Vọng|Đông Giang|Đông Hạ|Đông Hải|Đông Lâm|Đông Lĩnh|Đông Quyển|Đông Sơn|
Đông Thành|Đông Tiến|Đại Khương|Đạm Thủy|Đạo Nguyên|Đầm Lác|Đắk Bình|Đắk Sơn|Định Hóa|Đống Cao|Đồi Mây|Đồng Bưởi|
Đồng Bục|Đồng Chùa|Đồng Chảy|Đồng Cát|Đồng Giang|Đồng Gianh|Đồng Khiêm|Đồng Kiều|Đồng Liễu|Đồng Luông|Đồng Mận|
Đồng Mới|Đồng Nhãn|Đồng Phú|Đồng Quế|Đồng Rẫy|Đồng Sả|Đồng Sậu|Đồng Tâm|Đồng Vố|Đồng Xoài|Đồng Xuyên|Đức Lương|
Đức Phổ|Ấm Hạ|Ấm Thượng"""


def nfc(s):
    return unicodedata.normalize("NFC", s)


def norm(s):
    return re.sub(r"\s+", " ", nfc(s).lower()).strip()


def has_diacritics(s):
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.combining(ch) or ch in "đĐ":
            return True
    return False


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    lines = []
    for p in root.iter(W_NS + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W_NS + "t":
                parts.append(el.text or "")
            elif el.tag in (W_NS + "tab", W_NS + "br"):
                parts.append(" ")
        lines.append("".join(parts))
    return "\n".join(lines)


def pdf_text(path):
    import pypdf
    r = pypdf.PdfReader(str(path))
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)


def load_corpus(problems):
    docs, raw = {}, {}
    files = sorted(p for p in CORPUS.iterdir() if p.is_file())
    if len(files) != 5:
        problems.append(f"corpus: expected 5 files, found {len(files)}")
    exts = set()
    for i, p in enumerate(files, 1):
        if not re.fullmatch(rf"sg0{i}_[a-z0-9_]+\.(txt|md|docx|pdf)", p.name):
            problems.append(f"corpus: bad file name {p.name}")
        ext = p.suffix[1:]
        exts.add(ext)
        if ext in ("txt", "md"):
            t = p.read_text(encoding="utf-8")
        elif ext == "docx":
            t = docx_text(p)
        else:
            t, npages = pdf_text(p)
            if not 2 <= npages <= 4:
                problems.append(f"{p.name}: {npages} pages, want 2-4")
        if t != nfc(t):
            problems.append(f"{p.name}: text is not NFC")
        words = len(t.split())
        if not 700 <= words <= 1500:
            problems.append(f"{p.name}: {words} words, want 700-1500")
        raw[p.name] = t
        docs[p.name] = norm(t)
    for need in ("txt", "docx", "pdf", "md"):
        if need not in exts and not (need == "md" and "txt" in exts):
            problems.append(f"corpus: no .{need} file")
    # realistic shapes
    if not any("|---" in t or "| ---" in t for n, t in raw.items() if n.endswith((".md", ".txt"))):
        problems.append("corpus: no Markdown table in a .md/.txt file")
    if not any(re.search(r"\S {8,}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", t) for t in raw.values()):
        problems.append("corpus: no two-column header typed with spaces")
    for n, t in raw.items():
        if "Nơi nhận" not in t:
            problems.append(f"{n}: no 'Nơi nhận:' list")
        if "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in t or "Độc lập - Tự do - Hạnh phúc" not in t:
            problems.append(f"{n}: no national motto header")
        if "Hồ Lăng" not in t:
            problems.append(f"{n}: province 'Hồ Lăng' not mentioned")
        if t.count("57-NQ/TW") > 1 or ("57-NQ/TW" in t and "Căn cứ Nghị quyết số 57-NQ/TW" not in t):
            problems.append(f"{n}: 57-NQ/TW used beyond a basis citation")
    # hard-wrapped txt
    wrapped = False
    for n, t in raw.items():
        if n.endswith(".txt"):
            body = [ln for ln in t.splitlines() if len(ln) > 40 and "  " not in ln]
            if body and max(len(ln) for ln in body) <= 80 and len(body) > 40:
                wrapped = True
    if not wrapped:
        problems.append("corpus: no hard-wrapped .txt (lines <= 80 chars)")
    # docx list numbering + table
    for p in files:
        if p.suffix == ".docx":
            with zipfile.ZipFile(p) as z:
                xml = z.read("word/document.xml").decode("utf-8")
                styles = z.read("word/styles.xml").decode("utf-8")
            if 'w:val="ListNumber"' not in xml or 'w:val="ListBullet"' not in xml:
                problems.append(f"{p.name}: no List Number / List Bullet paragraphs")
            if "<w:numPr>" not in styles.replace(" ", "") and "w:numPr" not in styles:
                problems.append(f"{p.name}: list styles carry no numbering")
            if "<w:tbl>" not in xml:
                problems.append(f"{p.name}: no table")
    # forbidden place names
    forb = [x.strip() for x in FORBIDDEN.replace("\n", "").split("|") if x.strip()]
    for n, t in raw.items():
        for f in forb:
            if re.search(rf"(?<![A-Za-zÀ-ỹĐđ]){re.escape(nfc(f))}(?![A-Za-zÀ-ỹĐđ])", t):
                problems.append(f"{n}: forbidden earlier-set name '{f}'")
    return docs, raw, forb


def check_nfc_obj(obj, where, problems):
    if isinstance(obj, str):
        if obj != nfc(obj):
            problems.append(f"{where}: string not NFC: {obj[:40]!r}")
    elif isinstance(obj, list):
        for x in obj:
            check_nfc_obj(x, where, problems)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            check_nfc_obj(k, where, problems)
            check_nfc_obj(v, where, problems)


def check_quote(q, doc, where, problems):
    nq = norm(q)
    if not 20 <= len(nq) <= 200:
        problems.append(f"{where}: quote length {len(nq)} not in 20-200: {q[:50]!r}")
    if nq not in doc:
        problems.append(f"{where}: quote not found verbatim: {q[:70]!r}")


def main():
    problems = []
    docs, raw, forb = load_corpus(problems)

    # ---------------- questions
    qs = []
    with open(HERE / "questions.jsonl", encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                qs.append(json.loads(line))
            except json.JSONDecodeError as e:
                problems.append(f"questions.jsonl line {ln}: bad JSON ({e})")
    ids, seen_q = set(), []
    cites = {n: 0 for n in docs}
    for i, q in enumerate(qs):
        qid = q.get("id", f"#{i + 1}")
        keys = set(q)
        if not Q_KEYS <= keys or keys - Q_KEYS - Q_OPT:
            problems.append(f"{qid}: bad keys {sorted(keys)}")
        if qid != f"sg{i + 1:03d}":
            problems.append(f"{qid}: id out of sequence (expected sg{i + 1:03d})")
        if qid in ids:
            problems.append(f"{qid}: duplicate id")
        ids.add(qid)
        check_nfc_obj(q, qid, problems)
        text = q.get("question", "")
        if not text.strip():
            problems.append(f"{qid}: empty question")
        if q.get("kind") not in KINDS:
            problems.append(f"{qid}: bad kind {q.get('kind')!r}")
        if not isinstance(q.get("answerable"), bool):
            problems.append(f"{qid}: answerable must be bool")
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if q.get("answerable") is False:
            if ev or kw:
                problems.append(f"{qid}: unanswerable must have empty evidence and keywords")
            if q.get("kind") not in ("unanswerable", "follow-up"):
                problems.append(f"{qid}: unanswerable question with kind {q.get('kind')}")
        else:
            if q.get("kind") == "unanswerable":
                problems.append(f"{qid}: kind unanswerable but answerable=true")
            if not ev:
                problems.append(f"{qid}: answerable without evidence")
            if not 1 <= len(kw) <= 3:
                problems.append(f"{qid}: needs 1-3 keywords")
            cited = set()
            for e in ev:
                if set(e) != {"source", "quote"}:
                    problems.append(f"{qid}: bad evidence keys {sorted(e)}")
                    continue
                if e["source"] not in docs:
                    problems.append(f"{qid}: unknown source {e['source']}")
                    continue
                cited.add(e["source"])
                check_quote(e["quote"], docs[e["source"]], qid, problems)
            for n in cited:
                cites[n] += 1
            quotes = " || ".join(norm(e.get("quote", "")) for e in ev)
            for k in kw:
                nk = norm(k)
                if not nk:
                    problems.append(f"{qid}: empty keyword")
                elif nk not in quotes and not any(nk in docs[n] for n in cited):
                    problems.append(f"{qid}: keyword {k!r} not in evidence quotes nor cited files")
            for a in q.get("actors", []):
                if not any(norm(a) in docs[n] for n in cited):
                    problems.append(f"{qid}: actor {a!r} not found in cited files")
        if q.get("kind") == "who-what" and not q.get("actors"):
            problems.append(f"{qid}: who-what question without actors")
        if q.get("kind") == "no-diacritics" and has_diacritics(text):
            problems.append(f"{qid}: kind no-diacritics but text has diacritics")
        if "history" in q:
            h = q["history"]
            if not isinstance(h, list) or not h:
                problems.append(f"{qid}: history must be a non-empty list")
            else:
                for hq in h:
                    if hq not in seen_q:
                        problems.append(f"{qid}: history question is not an earlier question: {hq[:50]!r}")
        if q.get("kind") == "follow-up" and "history" not in q:
            problems.append(f"{qid}: follow-up without history")
        for f in forb:
            if re.search(rf"(?<![A-Za-zÀ-ỹĐđ]){re.escape(nfc(f))}(?![A-Za-zÀ-ỹĐđ])", text):
                problems.append(f"{qid}: forbidden earlier-set name '{f}'")
        seen_q.append(text)

    n = len(qs)
    if not 90 <= n <= 120:
        problems.append(f"questions: {n} lines, want ~100")
    unans = sum(1 for q in qs if q.get("answerable") is False)
    nodia = sum(1 for q in qs if not has_diacritics(q.get("question", "")))
    abbr = sum(1 for q in qs if ABBREV.search(q.get("question", "")))
    fups = [q for q in qs if "history" in q]
    fup_un = sum(1 for q in fups if q.get("answerable") is False)
    ww = sum(1 for q in qs if q.get("kind") == "who-what" and q.get("actors"))
    meta = sum(1 for q in qs if q.get("kind") == "metadata")
    corp = sum(1 for q in qs if q.get("kind") == "corpus")
    if unans < 0.22 * n:
        problems.append(f"unanswerable {unans}/{n} < 22%")
    if nodia < 0.15 * n:
        problems.append(f"no-diacritics {nodia}/{n} < 15%")
    if abbr < 0.12 * n:
        problems.append(f"abbreviations {abbr}/{n} < 12%")
    if len(fups) != 15:
        problems.append(f"follow-ups with history: {len(fups)}, want 15")
    if not 1 <= fup_un <= 2:
        problems.append(f"unanswerable follow-ups: {fup_un}, want 1-2")
    if ww < 12:
        problems.append(f"who-what with actors: {ww} < 12")
    if meta < 4 or corp < 3:
        problems.append(f"metadata {meta} / corpus {corp} too few")
    for name, c in cites.items():
        if c < 12:
            problems.append(f"{name}: cited by {c} questions, want >= 12")

    # ---------------- who-what
    ws = []
    with open(HERE / "who_what.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                ws.append(json.loads(line))
    if sorted(w.get("source") for w in ws) != sorted(docs):
        problems.append("who_what: need exactly one line per document")
    wids = set()
    for i, w in enumerate(ws, 1):
        wid = w.get("id")
        check_nfc_obj(w, str(wid), problems)
        if set(w) != W_KEYS:
            problems.append(f"{wid}: bad keys {sorted(w)}")
        if wid in wids or not re.fullmatch(r"wsg0\d", str(wid)):
            problems.append(f"{wid}: bad or duplicate id")
        wids.add(wid)
        doc = docs.get(w.get("source"))
        if doc is None:
            problems.append(f"{wid}: unknown source {w.get('source')}")
            continue
        num = str(w.get("directive", "")).split()[-1]
        if norm(num) not in doc:
            problems.append(f"{wid}: directive number {num!r} not in {w['source']}")
        names = set()
        if not w.get("actors"):
            problems.append(f"{wid}: no actors")
        for a in w.get("actors", []):
            if set(a) != A_KEYS:
                problems.append(f"{wid}: bad actor keys {sorted(a)}")
                continue
            names.add(norm(a["name"]))
            if norm(a["name"]) not in doc:
                problems.append(f"{wid}: actor name not verbatim: {a['name']!r}")
            if a["role"] not in ROLES:
                problems.append(f"{wid}: bad role {a['role']!r}")
            if a["deadline"] is not None and norm(a["deadline"]) not in doc:
                problems.append(f"{wid}: deadline not verbatim: {a['deadline']!r}")
            check_quote(a["task_quote"], doc, f"{wid}/{a['name']}", problems)
        for it in w.get("intruders", []):
            if norm(it) not in doc:
                problems.append(f"{wid}: intruder not in document: {it!r}")
            if norm(it) in names:
                problems.append(f"{wid}: intruder is also an actor: {it!r}")

    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print(f"OK  questions={n} unanswerable={unans} ({100 * unans / n:.1f}%) "
          f"no-diacritics={nodia} ({100 * nodia / n:.1f}%) abbreviations={abbr} ({100 * abbr / n:.1f}%) "
          f"follow-ups={len(fups)} (unanswerable {fup_un}) who-what={ww} metadata={meta} corpus={corp}")
    print("     citations per document: " + ", ".join(f"{k}={v}" for k, v in cites.items()))
    print("     who-what actors per document: " + ", ".join(f"{w['id']}={len(w['actors'])}" for w in ws))


if __name__ == "__main__":
    main()
