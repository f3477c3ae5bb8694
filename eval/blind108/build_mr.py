#!/usr/bin/env python3
"""Rebuild the generated documents of blind set 108 (prefix mr).

- corpus/mr03_quyet_dinh_the_le_cuoc_thi_robot.docx  (python-docx, Word numbering + Word tables)
- corpus/mr04_cong_van_phong_gddt_ha_lang.txt          (hard-wrapped at 64 chars from src_text/mr04_source.txt)
- corpus/mr05_bao_cao_tong_ket_cuoc_thi_robot.pdf      (fpdf2, DejaVu fonts, real text layer)

All text is kept in this file (and src_text/mr04_source.txt for the wrapped công văn).
Run with /work/main/.venv/bin/python build_mr.py
"""
import copy
import os
import textwrap
import unicodedata

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# mr03 — Quyết định ban hành Thể lệ (.docx)
# ---------------------------------------------------------------------------
QD_BASES = [
    "Căn cứ Quyết định số 27/2023/QĐ-UBND ngày 15/9/2023 của Ủy ban nhân dân tỉnh quy định chức năng, "
    "nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo tỉnh Ngọc Sơn Hạ;",
    "Căn cứ Chỉ thị số 03/CT-UBND ngày 14/01/2025 của Chủ tịch Ủy ban nhân dân tỉnh về đẩy mạnh giáo dục "
    "STEM, phát triển câu lạc bộ STEM - Robot trong các trường trung học cơ sở trên địa bàn tỉnh giai đoạn "
    "2025 - 2030;",
    "Căn cứ Kế hoạch số 215/KH-SGDĐT ngày 10/02/2025 của Sở Giáo dục và Đào tạo về tổ chức Cuộc thi Robot "
    "sáng tạo học sinh trung học cơ sở tỉnh Ngọc Sơn Hạ lần thứ I, năm học 2024 - 2025;",
    "Theo đề nghị của Trưởng phòng Giáo dục Trung học.",
]

QD_ARTICLES = [
    ("Điều 1.", " Ban hành kèm theo Quyết định này Thể lệ Cuộc thi Robot sáng tạo học sinh trung học cơ sở tỉnh "
     "Ngọc Sơn Hạ lần thứ I, năm học 2024 - 2025."),
    ("Điều 2.", " Quyết định này có hiệu lực kể từ ngày ký."),
    ("Điều 3.", " Chánh Văn phòng, Trưởng phòng Giáo dục Trung học, Trưởng phòng Kế hoạch - Tài chính Sở; "
     "Trưởng phòng GD&ĐT các huyện, thị xã, thành phố; Hiệu trưởng các trường THCS và các cá nhân có liên "
     "quan chịu trách nhiệm thi hành Quyết định này./."),
]

QD_RECIPIENTS = [
    "Nơi nhận:",
    "- Như Điều 3;",
    "- UBND tỉnh (b/c);",
    "- Sở Khoa học và Công nghệ;",
    "- Tỉnh đoàn Ngọc Sơn Hạ;",
    "- Trường CĐ Công nghệ Ngọc Sơn Hạ;",
    "- Lưu: VT, GDTrH.",
]

# Each article: title, list of numbered items (Word auto-numbering, restarted per article).
# An item may be the marker "<<PRIZE_TABLE>>" meaning: insert the prize table after the previous item.
RULES = [
    ("Điều 1. Đối tượng và điều kiện dự thi", [
        "Học sinh đang học từ lớp 6 đến lớp 9 năm học 2024 - 2025 tại các trường có cấp trung học cơ sở "
        "trên địa bàn tỉnh Ngọc Sơn Hạ.",
        "Học sinh dự thi sinh từ ngày 01/01/2010 trở về sau; có đủ sức khỏe và được cha mẹ hoặc người giám "
        "hộ đồng ý bằng văn bản.",
        "Học sinh đã đạt giải tại cuộc thi robot cấp quốc gia vẫn được dự thi, nhưng mỗi đội có không quá "
        "01 thành viên thuộc đối tượng này.",
    ]),
    ("Điều 2. Đội thi", [
        "Mỗi đội thi gồm 03 học sinh cùng trường, có thể khác khối lớp, và 01 giáo viên hướng dẫn đang "
        "công tác tại trường đó.",
        "Mỗi trường đăng ký tối đa 02 đội tại vòng sơ khảo; mỗi giáo viên chỉ được hướng dẫn 01 đội.",
        "Sau khi kết thúc vòng sơ khảo, đội thi không được thay đổi thành viên, trừ trường hợp bất khả "
        "kháng được Trưởng Ban Tổ chức chấp thuận bằng văn bản.",
    ]),
    ("Điều 3. Yêu cầu đối với robot", [
        "Robot dự thi là robot tự hành do học sinh tự lắp ráp và lập trình; không sử dụng thiết bị điều "
        "khiển từ xa trong lượt thi.",
        "Kích thước robot khi xuất phát không vượt quá 25 cm x 25 cm x 30 cm (dài x rộng x cao); khối lượng "
        "không quá 2,5 kg.",
        "Robot sử dụng tối đa 04 động cơ, nguồn điện không vượt quá 12 V. Đội thi được sử dụng bộ robot giáo "
        "dục của bất kỳ hãng sản xuất nào.",
    ]),
    ("Điều 4. Các vòng thi", [
        "Vòng sơ khảo do Phòng GD&ĐT cấp huyện tổ chức từ ngày 10/3/2025 đến ngày 28/3/2025, thi đấu trên sa "
        "bàn rút gọn. Mỗi huyện, thị xã chọn tối đa 04 đội, thành phố Hạc Linh chọn tối đa 06 đội dự vòng "
        "bán kết.",
        "Vòng bán kết tổ chức ngày 19/4/2025 tại 02 cụm. Mỗi đội thi 02 lượt trên sa bàn đầy đủ, mỗi lượt "
        "150 giây, lấy kết quả của lượt có điểm cao hơn; mỗi cụm chọn 06 đội có điểm cao nhất vào vòng "
        "chung kết.",
        "Vòng chung kết tổ chức ngày 17 và 18/5/2025 tại Nhà Văn hóa Thiếu nhi tỉnh, gồm phần thi sa bàn và "
        "phần thuyết trình. Ở phần thi sa bàn, ngoài các nhiệm vụ cố định, Ban Giám khảo công bố 01 nhiệm vụ "
        "bí mật trước giờ thi 60 phút. Ở phần thuyết trình, mỗi đội trình bày sản phẩm trong 05 phút và trả "
        "lời câu hỏi của Ban Giám khảo trong 03 phút.",
    ]),
    ("Điều 5. Chấm điểm", [
        "Điểm vòng chung kết tối đa là 100 điểm, gồm: phần thi sa bàn 60 điểm; phần thuyết trình và trả lời "
        "câu hỏi 30 điểm; hồ sơ kỹ thuật (nhật ký thiết kế, mã nguồn) 10 điểm.",
        "Trường hợp các đội bằng tổng điểm, đội có thời gian hoàn thành phần thi sa bàn ngắn hơn được xếp "
        "trên.",
        "Robot vi phạm quy định tại Điều 3 bị trừ 10 điểm mỗi lượt; trường hợp giáo viên hướng dẫn can thiệp "
        "vào lượt thi, đội bị hủy kết quả lượt thi đó.",
    ]),
    ("Điều 6. Ban Tổ chức, Ban Giám khảo", [
        "Ban Tổ chức do Giám đốc Sở GD&ĐT quyết định thành lập. Trưởng ban là ông Khổng Minh Tuệ, Phó Giám "
        "đốc Sở; Phó Trưởng ban là bà Âu Thị Thanh Trà, Phó Bí thư Tỉnh đoàn; Phòng Giáo dục Trung học là bộ "
        "phận thường trực của Ban Tổ chức.",
        "Ban Giám khảo vòng bán kết và vòng chung kết gồm chuyên gia của Sở Khoa học và Công nghệ, giảng "
        "viên Trường Cao đẳng Công nghệ Ngọc Sơn Hạ và giáo viên cốt cán; Trưởng Ban Giám khảo là TS. Doãn "
        "Quốc Bảo, Phó Hiệu trưởng Trường Cao đẳng Công nghệ Ngọc Sơn Hạ. Ban Giám khảo vòng chung kết có "
        "07 thành viên.",
        "Ban Giám khảo vòng sơ khảo do Trưởng phòng GD&ĐT cấp huyện quyết định thành lập.",
    ]),
    ("Điều 7. Giải thưởng", [
        "Cơ cấu giải thưởng tại vòng chung kết như sau:",
        "<<PRIZE_TABLE>>",
        "Giải Ý tưởng sáng tạo do Ban Giám khảo bình chọn trong số 12 đội dự vòng chung kết và có thể được "
        "trao cùng với giải chính.",
        "Giáo viên hướng dẫn đội đạt giải Nhất, giải Nhì được Giám đốc Sở GD&ĐT tặng Giấy khen. Đội đạt giải "
        "Nhất được Sở GD&ĐT ưu tiên giới thiệu tham dự các cuộc thi robot cấp khu vực và toàn quốc.",
    ]),
    ("Điều 8. Đăng ký và hồ sơ", [
        "Phòng GD&ĐT cấp huyện đăng ký danh sách đội dự vòng bán kết trên hệ thống trực tuyến tại địa chỉ "
        "robotthcs.ngocsonha.edu.vn trước ngày 04/4/2025.",
        "Các đội vào vòng chung kết nộp hồ sơ kỹ thuật (bản điện tử) cho Ban Tổ chức trước ngày 09/5/2025.",
    ]),
    ("Điều 9. Khiếu nại và xử lý vi phạm", [
        "Trong vòng 30 phút sau khi công bố kết quả lượt thi, trưởng đoàn được gửi khiếu nại bằng văn bản "
        "đến Ban Tổ chức; không xem xét khiếu nại do học sinh hoặc giáo viên gửi trực tiếp cho giám khảo.",
        "Quyết định giải quyết khiếu nại của Trưởng Ban Tổ chức là quyết định cuối cùng.",
        "Đội thi gian lận, sử dụng robot không do học sinh lắp ráp, lập trình bị hủy kết quả và thu hồi "
        "giải thưởng (nếu có).",
    ]),
]

RULES_END = (
    "Điều 10. Tổ chức thực hiện",
    "Phòng GD&ĐT các huyện, thị xã, thành phố và các trường THCS căn cứ Thể lệ này tổ chức, hướng dẫn học "
    "sinh tham gia Cuộc thi. Trong quá trình thực hiện, Thể lệ có thể được điều chỉnh, bổ sung theo quyết "
    "định của Giám đốc Sở GD&ĐT./.",
)

PRIZE_HEADER = ["TT", "Loại giải", "Số lượng", "Phần thưởng cho mỗi giải", "Thành tiền (đồng)"]
PRIZE_ROWS = [
    ["1", "Giải Nhất", "01", "10.000.000 đồng, Cúp và Giấy khen của Giám đốc Sở", "10.000.000"],
    ["2", "Giải Nhì", "02", "6.000.000 đồng và Giấy khen của Giám đốc Sở", "12.000.000"],
    ["3", "Giải Ba", "03", "4.000.000 đồng và Giấy khen của Giám đốc Sở", "12.000.000"],
    ["4", "Giải Khuyến khích", "06", "2.000.000 đồng và Giấy khen của Giám đốc Sở", "12.000.000"],
    ["5", "Giải Ý tưởng sáng tạo (giải phụ)", "01", "3.000.000 đồng và Giấy chứng nhận", "3.000.000"],
    ["", "Tổng cộng", "13", "", "49.000.000"],
]


def _set_cell_borders(table, on=True):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single" if on else "nil")
        if on:
            el.set(qn("w:sz"), "4")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        borders.append(el)
    # keep CT_TblPr schema order: tblBorders comes before shd, tblLayout, tblCellMar, tblLook
    for later in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"):
        nxt = tblPr.find(qn(later))
        if nxt is not None:
            nxt.addprevious(borders)
            return
    tblPr.append(borders)


def _new_num_restart(doc, base_num_id):
    """Create a new w:num that reuses the abstract numbering of base_num_id and restarts at 1."""
    numbering = doc.part.numbering_part.element
    abstract_id = None
    max_id = 0
    for num in numbering.findall(qn("w:num")):
        nid = int(num.get(qn("w:numId")))
        max_id = max(max_id, nid)
        if nid == base_num_id:
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = max_id + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), abstract_id)
    num.append(an)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return new_id


def _numbered(doc, text, num_id):
    p = doc.add_paragraph(nfc(text), style="List Number")
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()  # inserted in schema order (after w:pStyle)
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id
    p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def _para(doc, text, bold=False, italic=False, align=None, size=None):
    p = doc.add_paragraph()
    r = p.add_run(nfc(text))
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def _cell_lines(cell, lines, bold_idx=(), italic_idx=()):
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(nfc(line))
        r.bold = i in bold_idx
        r.italic = i in italic_idx


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3)
        s.right_margin = Cm(2)
        s.top_margin = Cm(2)
        s.bottom_margin = Cm(2)

    # header: borderless two-column table, as in most office templates
    head = doc.add_table(rows=1, cols=2)
    _set_cell_borders(head, on=False)
    _cell_lines(head.rows[0].cells[0],
                ["ỦY BAN NHÂN DÂN TỈNH NGỌC SƠN HẠ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "", "Số: 186/QĐ-SGDĐT"],
                bold_idx=(1,))
    _cell_lines(head.rows[0].cells[1],
                ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                 "Ngọc Sơn Hạ, ngày 21 tháng 02 năm 2025"],
                bold_idx=(0, 1), italic_idx=(3,))

    _para(doc, "")
    _para(doc, "QUYẾT ĐỊNH", bold=True, align="center", size=14)
    _para(doc, "Ban hành Thể lệ Cuộc thi Robot sáng tạo học sinh trung học cơ sở tỉnh Ngọc Sơn Hạ "
               "lần thứ I, năm học 2024 - 2025", bold=True, align="center")
    _para(doc, "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO", bold=True, align="center")
    for b in QD_BASES:
        _para(doc, b, italic=True, align="justify")
    _para(doc, "QUYẾT ĐỊNH:", bold=True, align="center")
    for head_txt, body in QD_ARTICLES:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        r = p.add_run(nfc(head_txt))
        r.bold = True
        p.add_run(nfc(body))

    # tail: recipients on the left, signature on the right (borderless table)
    tail = doc.add_table(rows=1, cols=2)
    _set_cell_borders(tail, on=False)
    left = tail.rows[0].cells[0]
    left.paragraphs[0].text = ""
    for i, line in enumerate(QD_RECIPIENTS):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        r = p.add_run(nfc(line))
        r.font.size = Pt(11)
        r.bold = i == 0
        r.italic = i == 0
    _cell_lines(tail.rows[0].cells[1], ["GIÁM ĐỐC", "", "(Đã ký)", "", "Đàm Thị Nguyệt Ánh"],
                bold_idx=(0, 4), italic_idx=(2,))

    doc.add_page_break()
    _para(doc, "ỦY BAN NHÂN DÂN TỈNH NGỌC SƠN HẠ", align="center")
    _para(doc, "SỞ GIÁO DỤC VÀ ĐÀO TẠO", bold=True, align="center")
    _para(doc, "THỂ LỆ", bold=True, align="center", size=14)
    _para(doc, "Cuộc thi Robot sáng tạo học sinh trung học cơ sở tỉnh Ngọc Sơn Hạ lần thứ I, "
               "năm học 2024 - 2025", bold=True, align="center")
    _para(doc, "(Ban hành kèm theo Quyết định số 186/QĐ-SGDĐT ngày 21/02/2025 của Giám đốc "
               "Sở Giáo dục và Đào tạo)", italic=True, align="center")

    base_num = 5  # numId used by the built-in "List Number" style of the default template
    for title, items in RULES:
        _para(doc, title, bold=True)
        num_id = _new_num_restart(doc, base_num)
        for item in items:
            if item == "<<PRIZE_TABLE>>":
                t = doc.add_table(rows=1 + len(PRIZE_ROWS), cols=len(PRIZE_HEADER))
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                _set_cell_borders(t, on=True)
                for j, h in enumerate(PRIZE_HEADER):
                    c = t.rows[0].cells[j]
                    c.paragraphs[0].text = ""
                    rr = c.paragraphs[0].add_run(nfc(h))
                    rr.bold = True
                for i, row in enumerate(PRIZE_ROWS, start=1):
                    for j, v in enumerate(row):
                        t.rows[i].cells[j].text = nfc(v)
                continue
            _numbered(doc, item, num_id)
    _para(doc, RULES_END[0], bold=True)
    _para(doc, RULES_END[1], align="justify")
    _para(doc, "")
    _para(doc, "GIÁM ĐỐC", bold=True, align="center")
    _para(doc, "(Đã ký)", italic=True, align="center")
    _para(doc, "Đàm Thị Nguyệt Ánh", bold=True, align="center")
    doc.save(path)


# ---------------------------------------------------------------------------
# mr04 — Công văn Phòng GD&ĐT huyện Hà Lãng, hard-wrapped at 64 characters
# ---------------------------------------------------------------------------
def build_wrapped_txt(src, dst, width=64):
    out = []
    with open(src, encoding="utf-8") as f:
        for raw in f:
            line = nfc(raw.rstrip("\n"))
            if line.startswith("@@"):
                out.append(line[2:].rstrip())
                continue
            if not line.strip():
                out.append("")
                continue
            out.extend(textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False))
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------------------
# mr05 — Báo cáo tổng kết (.pdf)
# ---------------------------------------------------------------------------
BC_INTRO = (
    "Thực hiện Chỉ thị số 03/CT-UBND ngày 14/01/2025 của Chủ tịch Ủy ban nhân dân tỉnh và Kế hoạch số "
    "215/KH-SGDĐT ngày 10/02/2025 của Sở Giáo dục và Đào tạo, Sở Giáo dục và Đào tạo (GD&ĐT) báo cáo kết "
    "quả tổ chức Cuộc thi Robot sáng tạo học sinh trung học cơ sở tỉnh Ngọc Sơn Hạ lần thứ I, năm học "
    "2024 - 2025 (sau đây gọi là Cuộc thi) như sau:"
)

# (kind, text): H = section heading (bold), P = paragraph, TABLE = results table
BC_BODY = [
    ("H", "I. CÔNG TÁC CHỈ ĐẠO, TỔ CHỨC"),
    ("P", "- Sở GD&ĐT ban hành Thể lệ Cuộc thi kèm theo Quyết định số 186/QĐ-SGDĐT ngày 21/02/2025 và "
          "Quyết định số 191/QĐ-SGDĐT ngày 24/02/2025 thành lập Ban Tổ chức, Ban Giám khảo Cuộc thi."),
    ("P", "- Ngày 01/3/2025, Sở tổ chức tập huấn trực tuyến Thể lệ Cuộc thi cho 318 giáo viên hướng dẫn "
          "của 9/9 huyện, thị xã, thành phố."),
    ("P", "- Sở Khoa học và Công nghệ cử 03 chuyên gia tham gia Ban Giám khảo; Trường Cao đẳng Công nghệ "
          "Ngọc Sơn Hạ thiết kế, thi công 04 sa bàn thi; Tỉnh đoàn Ngọc Sơn Hạ cử 24 tình nguyện viên hỗ trợ "
          "vòng chung kết. Báo Ngọc Sơn Hạ, Đài Phát thanh và Truyền hình tỉnh đăng, phát 17 tin, bài về "
          "Cuộc thi."),
    ("H", "II. KẾT QUẢ CÁC VÒNG THI"),
    ("B", "1. Vòng sơ khảo"),
    ("P", "9/9 huyện, thị xã, thành phố tổ chức vòng sơ khảo từ ngày 10/3 đến ngày 28/3/2025 với 236 đội "
          "của 131 trường, tổng số 708 học sinh tham gia. Huyện Pà Lùng và huyện Phiêng Sa lần đầu có đội "
          "dự thi, lần lượt là 05 đội và 06 đội. Đến ngày 31/3/2025, toàn tỉnh có 139/158 trường THCS đã "
          "thành lập CLB STEM - Robot, đạt 88,0%."),
    ("B", "2. Vòng bán kết"),
    ("P", "Ngày 19/4/2025, 36 đội thi tại 02 cụm: Cụm số 1 tại Trường THCS Vân Nham có 16 đội; Cụm số 2 "
          "tại Trường THCS Phù Ngạn có 20 đội. Tại Cụm số 1, sự cố mất điện lúc 9 giờ 15 phút kéo dài 25 "
          "phút; Ban Tổ chức đã sử dụng máy phát điện dự phòng và cho 03 đội bị ảnh hưởng thi lại lượt. "
          "Ban Giám khảo chọn 12 đội có điểm cao nhất, mỗi cụm 06 đội, vào vòng chung kết."),
    ("B", "3. Vòng chung kết"),
    ("P", "Ngày 17 và 18/5/2025, 12 đội tranh tài tại Nhà Văn hóa Thiếu nhi tỉnh. Nhiệm vụ bí mật của "
          "phần thi sa bàn là vận chuyển 03 khay mạ về nhà lưới. Ban Tổ chức trao 12 giải chính và 01 giải "
          "phụ với tổng số tiền thưởng 49.000.000 đồng, cụ thể:"),
    ("P", "- Giải Nhất: đội Trường THCS Lạc Trung, huyện Hà Lãng, đạt 91,5/100 điểm; đội gồm các em Vũ Minh "
          "Khôi, Lê Khả Tùng, Nông Bảo Trâm, giáo viên hướng dẫn là cô Giáp Thị Mỹ Duyên."),
    ("P", "- 02 giải Nhì: Trường THCS Vân Nham (thị xã Kim Đài) và Trường THCS Tân Liễu (huyện Quỳnh Sa)."),
    ("P", "- 03 giải Ba: Trường THCS Phù Ngạn (huyện Quỳnh Sa), Trường THCS Đại Kê (thị xã Kim Đài) và "
          "Trường THCS Đông Lữ (thành phố Hạc Linh)."),
    ("P", "- 06 giải Khuyến khích: Trường THCS Bích Hòa, Trường THCS Hòa Xuyên (huyện Hà Lãng); Trường THCS "
          "Sơn Điền, Trường THCS Yên Mạc (huyện Liễu Thượng); Trường THCS Ngân Cốc (huyện Tràng Khê) và "
          "Trường THCS Tiên Kiều (thành phố Hạc Linh)."),
    ("P", "- Giải Ý tưởng sáng tạo: đội Trường THCS Bích Hòa với sản phẩm \"Robot phân loại trứng vịt theo "
          "kích cỡ\"."),
    ("P", "Kết quả chi tiết vòng chung kết theo trường như sau:"),
    ("TABLE", None),
    ("P", "Huyện Hà Lãng là đơn vị dẫn đầu với 03 đội vào vòng chung kết và 04 giải; các huyện Đồng Bông, "
          "Pà Lùng, Phiêng Sa chưa có đội vào vòng chung kết."),
    ("B", "4. Kinh phí"),
    ("P", "Tổng kinh phí đã chi là 203.460.000 đồng, đạt 94,6% dự toán 215.000.000 đồng; trong đó tiền "
          "thưởng 49.000.000 đồng, thi công sa bàn 62.400.000 đồng. Số kinh phí còn dư 11.540.000 đồng được "
          "nộp trả ngân sách theo quy định."),
    ("H", "III. ĐÁNH GIÁ CHUNG"),
    ("B", "1. Ưu điểm"),
    ("P", "Cuộc thi được tổ chức đúng kế hoạch, an toàn, công bằng; thu hút đông đảo học sinh tham gia, "
          "thúc đẩy việc thành lập CLB STEM - Robot trong các trường THCS. Nhiều sản phẩm gắn với thực tiễn "
          "sản xuất nông nghiệp của địa phương, được Ban Giám khảo đánh giá cao."),
    ("B", "2. Hạn chế"),
    ("P", "- Số đội của các huyện miền núi còn ít; huyện Pà Lùng và huyện Phiêng Sa mới có 11 đội dự vòng "
          "sơ khảo, chưa có đội vào vòng chung kết."),
    ("P", "- Nhiều đội sử dụng cùng một loại bộ robot giáo dục nên giải pháp kỹ thuật chưa đa dạng; hồ sơ "
          "kỹ thuật của một số đội còn sơ sài."),
    ("P", "- Việc chuẩn bị nguồn điện dự phòng tại Cụm số 1 của vòng bán kết chưa chu đáo."),
    ("H", "IV. PHƯƠNG HƯỚNG NĂM HỌC 2025 - 2026"),
    ("P", "- Tổ chức Cuộc thi lần thứ II trong năm học 2025 - 2026, dự kiến vòng chung kết vào tháng "
          "4/2026; giao Phòng Giáo dục Trung học chủ trì xây dựng kế hoạch, trình Giám đốc Sở trước ngày "
          "30/9/2025."),
    ("P", "- Phòng Kế hoạch - Tài chính phối hợp Phòng Giáo dục Trung học lập dự toán kinh phí Cuộc thi lần "
          "thứ II, hoàn thành trong quý III/2025."),
    ("P", "- Phòng GD&ĐT các huyện Pà Lùng, Phiêng Sa và Đồng Bông xây dựng kế hoạch bồi dưỡng giáo viên "
          "hướng dẫn, bảo đảm mỗi huyện có ít nhất 08 đội dự vòng sơ khảo lần thứ II."),
    ("H", "V. ĐỀ XUẤT, KIẾN NGHỊ"),
    ("P", "1. Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Sở Tài chính tham mưu bố trí 1,2 tỷ đồng năm 2026 theo "
          "Chỉ thị số 03/CT-UBND để trang bị thiết bị robot cho 40 trường THCS còn thiếu thiết bị, ưu tiên "
          "huyện Pà Lùng và huyện Phiêng Sa."),
    ("P", "2. Đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho đội đạt giải Nhất và Phòng GD&ĐT "
          "huyện Hà Lãng vì có thành tích xuất sắc trong tổ chức, tham gia Cuộc thi. Sở GD&ĐT đã tặng Giấy "
          "khen cho 05 tập thể và 14 cá nhân."),
    ("P", "3. Đề nghị Sở Khoa học và Công nghệ tiếp tục hỗ trợ chuyên gia và kinh phí cho Cuộc thi lần thứ II."),
    ("P", "Trên đây là báo cáo tổng kết Cuộc thi Robot sáng tạo học sinh trung học cơ sở tỉnh Ngọc Sơn Hạ "
          "lần thứ I, năm học 2024 - 2025 của Sở Giáo dục và Đào tạo./."),
]

RESULT_HEADER = ["TT", "Trường", "Đơn vị", "Tổng điểm", "Giải"]
RESULT_ROWS = [
    ["1", "THCS Lạc Trung", "Huyện Hà Lãng", "91,5", "Nhất"],
    ["2", "THCS Vân Nham", "Thị xã Kim Đài", "88,0", "Nhì"],
    ["3", "THCS Tân Liễu", "Huyện Quỳnh Sa", "86,5", "Nhì"],
    ["4", "THCS Phù Ngạn", "Huyện Quỳnh Sa", "83,0", "Ba"],
    ["5", "THCS Đại Kê", "Thị xã Kim Đài", "81,5", "Ba"],
    ["6", "THCS Đông Lữ", "Thành phố Hạc Linh", "80,0", "Ba"],
    ["7", "THCS Bích Hòa", "Huyện Hà Lãng", "77,5", "Khuyến khích; Ý tưởng sáng tạo"],
    ["8", "THCS Sơn Điền", "Huyện Liễu Thượng", "76,0", "Khuyến khích"],
    ["9", "THCS Hòa Xuyên", "Huyện Hà Lãng", "74,5", "Khuyến khích"],
    ["10", "THCS Ngân Cốc", "Huyện Tràng Khê", "73,0", "Khuyến khích"],
    ["11", "THCS Yên Mạc", "Huyện Liễu Thượng", "71,5", "Khuyến khích"],
    ["12", "THCS Tiên Kiều", "Thành phố Hạc Linh", "70,0", "Khuyến khích"],
]

BC_RECIPIENTS = [
    "Nơi nhận:",
    "- UBND tỉnh (b/c);",
    "- Bộ GD&ĐT (b/c);",
    "- Giám đốc, các PGĐ Sở;",
    "- Sở Tài chính, Sở KH&CN;",
    "- Tỉnh đoàn Ngọc Sơn Hạ;",
    "- Phòng GD&ĐT các huyện, thị xã, thành phố;",
    "- Lưu: VT, GDTrH.",
]


class BCPdf(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVuSerif", "", 9)
        self.cell(0, 6, str(self.page_no()), align="C")


def build_pdf(path):
    pdf = BCPdf(format="A4")
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVuSerif", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("DejaVuSerif", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DejaVuSerif", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    lw, rw = W * 0.42, W * 0.58
    y0 = pdf.get_y()
    x0 = pdf.l_margin
    # left header column
    pdf.set_font("DejaVuSerif", "", 9.5)
    pdf.set_xy(x0, y0)
    pdf.cell(lw, 5, nfc("ỦY BAN NHÂN DÂN TỈNH NGỌC SƠN HẠ"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "B", 9.5)
    pdf.cell(lw, 5, nfc("SỞ GIÁO DỤC VÀ ĐÀO TẠO"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "", 9.5)
    pdf.ln(2)
    pdf.cell(lw, 5, nfc("Số: 402/BC-SGDĐT"), align="C", new_x="LMARGIN", new_y="NEXT")
    # right header column
    pdf.set_font("DejaVuSerif", "B", 9.5)
    pdf.set_xy(x0 + lw, y0)
    pdf.cell(rw, 5, nfc("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), align="C")
    pdf.set_xy(x0 + lw, y0 + 5)
    pdf.cell(rw, 5, nfc("Độc lập - Tự do - Hạnh phúc"), align="C")
    pdf.set_font("DejaVuSerif", "I", 9.5)
    pdf.set_xy(x0 + lw, y0 + 12)
    pdf.cell(rw, 5, nfc("Ngọc Sơn Hạ, ngày 06 tháng 6 năm 2025"), align="C")
    pdf.set_xy(x0, y0 + 24)

    pdf.set_font("DejaVuSerif", "B", 13)
    pdf.cell(W, 7, nfc("BÁO CÁO"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "B", 11)
    pdf.multi_cell(W, 5.5, nfc("Tổng kết Cuộc thi Robot sáng tạo học sinh trung học cơ sở tỉnh Ngọc Sơn Hạ "
                                "lần thứ I, năm học 2024 - 2025"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVuSerif", "", 10.5)
    pdf.multi_cell(W, 5.3, nfc(BC_INTRO), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    for kind, text in BC_BODY:
        if kind == "H":
            pdf.ln(1.5)
            pdf.set_font("DejaVuSerif", "B", 10.5)
            pdf.multi_cell(W, 5.5, nfc(text), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVuSerif", "", 10.5)
        elif kind == "B":
            pdf.set_font("DejaVuSerif", "B", 10.5)
            pdf.multi_cell(W, 5.5, nfc(text), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVuSerif", "", 10.5)
        elif kind == "P":
            pdf.multi_cell(W, 5.3, nfc(text), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif kind == "TABLE":
            pdf.set_font("DejaVuSerif", "", 9.5)
            with pdf.table(col_widths=(8, 30, 32, 16, 38), text_align=("CENTER", "LEFT", "LEFT", "CENTER", "LEFT"),
                           line_height=5) as table:
                row = table.row()
                for h in RESULT_HEADER:
                    row.cell(nfc(h))
                for r in RESULT_ROWS:
                    row = table.row()
                    for v in r:
                        row.cell(nfc(v))
            pdf.set_font("DejaVuSerif", "", 10.5)
            pdf.ln(2)
    pdf.ln(4)
    # tail: recipients left, signature right
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    y1 = pdf.get_y()
    pdf.set_font("DejaVuSerif", "", 9)
    for i, line in enumerate(BC_RECIPIENTS):
        pdf.set_font("DejaVuSerif", "BI" if False else ("B" if i == 0 else ""), 9)
        pdf.set_x(x0)
        pdf.cell(lw, 4.6, nfc(line), new_x="LMARGIN", new_y="NEXT")
    sig = [("B", "KT. GIÁM ĐỐC"), ("B", "PHÓ GIÁM ĐỐC"), ("", ""), ("I", "(Đã ký)"), ("", ""), ("", ""),
           ("B", "Khổng Minh Tuệ")]
    for i, (style, line) in enumerate(sig):
        pdf.set_font("DejaVuSerif", style, 10.5)
        pdf.set_xy(x0 + lw, y1 + i * 5.5)
        pdf.cell(rw, 5.5, nfc(line), align="C")
    pdf.output(path)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, "mr03_quyet_dinh_the_le_cuoc_thi_robot.docx"))
    build_wrapped_txt(os.path.join(HERE, "src_text", "mr04_source.txt"),
                      os.path.join(CORPUS, "mr04_cong_van_phong_gddt_ha_lang.txt"))
    build_pdf(os.path.join(CORPUS, "mr05_bao_cao_tong_ket_cuoc_thi_robot.pdf"))
    print("built mr03 (.docx), mr04 (.txt, wrapped 64), mr05 (.pdf)")


if __name__ == "__main__":
    main()
