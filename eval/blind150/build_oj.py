"""Rebuild oj03 (.pdf, fpdf2) and oj04 (.docx, python-docx) of the blind150 set from the text below.
Run: /tmp/venv_oj/bin/python build_oj.py      (needs python-docx, fpdf2)
The .txt/.md documents (oj01, oj02, oj05) are kept as they are in corpus/.
All names, bodies, numbers and places are invented (tỉnh Long Khê Trung).
"""
import os
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- oj03 (PDF): công văn Sở GD&ĐT
OJ03_HEAD_LEFT = ["ỦY BAN NHÂN DÂN TỈNH LONG KHÊ TRUNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
                  "Số: 1052/SGDĐT-GDTrH",
                  "V/v hướng dẫn công tác hướng nghiệp, tư vấn",
                  "phân luồng học sinh lớp 9 năm học 2025 - 2026"]
OJ03_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Long Khê Trung, ngày 03 tháng 6 năm 2025"]

OJ03_BODY = [
    ("K", "Kính gửi:"),
    ("L", "- Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;"),
    ("L", "- Hiệu trưởng các trường trung học cơ sở, phổ thông dân tộc nội trú, phổ thông dân tộc bán trú có cấp trung học cơ sở;"),
    ("L", "- Giám đốc các Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên."),
    ("P", "Thực hiện Kế hoạch số 86/KH-UBND ngày 14/4/2025 của Ủy ban nhân dân tỉnh thực hiện Chỉ thị số 33-CT/TU ngày 10/3/2025 của Ban Thường vụ Tỉnh ủy, tháng 5/2025 Sở Giáo dục và Đào tạo đã khảo sát 3.600 học sinh lớp 9 tại 42 trường trung học cơ sở. Kết quả cho thấy chỉ 21% học sinh từng được tư vấn hướng nghiệp trực tiếp, 64% học sinh chọn hướng đi sau lớp 9 theo ý kiến của cha mẹ; 38% học sinh không biết trên địa bàn huyện mình có trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên. Năm học 2024 - 2025, toàn tỉnh có 19.215 học sinh lớp 9."),
    ("P", "Để tổ chức tốt công tác hướng nghiệp, tư vấn phân luồng học sinh lớp 9 năm học 2025 - 2026, Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện một số nội dung sau:"),
    ("H", "1. Đề nghị Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố"),
    ("P", "a) Tham mưu Ủy ban nhân dân cấp huyện giao chỉ tiêu phân luồng đến từng trường trung học cơ sở trước ngày 30/6/2025, bảo đảm phù hợp với chỉ tiêu chung của tỉnh và điều kiện của địa phương."),
    ("P", "b) Chỉ đạo các trường trung học cơ sở thành lập tổ tư vấn hướng nghiệp gồm Phó Hiệu trưởng, giáo viên chủ nhiệm lớp 9, giáo viên dạy Hoạt động trải nghiệm, hướng nghiệp và Tổng phụ trách Đội; gửi quyết định thành lập về Sở trước ngày 30/9/2025."),
    ("P", "c) Tổng hợp danh sách học sinh lớp 9 có nguyện vọng học nghề, gửi về Sở (qua Phòng Giáo dục nghề nghiệp - Giáo dục thường xuyên) trước ngày 15/7/2025."),
    ("H", "2. Đề nghị Hiệu trưởng các trường trung học cơ sở"),
    ("P", "a) Tổ chức ít nhất 04 chuyên đề hướng nghiệp cho học sinh lớp 9 trong năm học, trong đó có ít nhất 01 buổi tham quan, trải nghiệm tại cơ sở giáo dục nghề nghiệp hoặc doanh nghiệp."),
    ("P", "b) Lập Phiếu đánh giá năng lực - sở thích nghề nghiệp cho từng học sinh lớp 9 ngay từ học kỳ I; giáo viên chủ nhiệm trao đổi kết quả với cha mẹ học sinh."),
    ("P", "c) Tổ chức họp cha mẹ học sinh lớp 9 chuyên đề về phân luồng trước ngày 31/10/2025, mời đại diện trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên và doanh nghiệp tham dự."),
    ("P", "d) Không sử dụng tỷ lệ học sinh đỗ vào lớp 10 trung học phổ thông làm tiêu chí duy nhất để đánh giá, xếp loại thi đua giáo viên chủ nhiệm lớp 9."),
    ("H", "3. Đề nghị Giám đốc các Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên"),
    ("P", "a) Công bố chỉ tiêu tuyển sinh, ngành nghề đào tạo năm học 2025 - 2026 trên trang thông tin điện tử của trung tâm trước ngày 20/6/2025."),
    ("P", "b) Phối hợp với các trường trung học cơ sở tổ chức trải nghiệm nghề miễn phí cho học sinh lớp 9; bố trí giáo viên dạy nghề tham gia tổ tư vấn hướng nghiệp của trường khi được mời."),
    ("P", "c) Ưu tiên mở lớp học chương trình giáo dục thường xuyên cấp trung học phổ thông kết hợp học trình độ trung cấp tại trung tâm để học sinh không phải đi xa."),
    ("H", "4. Phân công trong cơ quan Sở"),
    ("P", "a) Giao Phòng Giáo dục nghề nghiệp - Giáo dục thường xuyên chủ trì, phối hợp với Phòng Giáo dục Trung học tổ chức tập huấn trực tuyến đợt 1 về kỹ năng tư vấn hướng nghiệp cho 380 giáo viên cốt cán vào ngày 24/6/2025."),
    ("P", "b) Phòng Khảo thí và Quản lý chất lượng cung cấp phổ điểm tuyển sinh lớp 10 năm 2025 cho Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố trước ngày 25/7/2025 để phục vụ tư vấn."),
    ("P", "c) Thanh tra Sở đưa việc thực hiện Văn bản này vào nội dung kiểm tra chuyên đề năm học 2025 - 2026."),
    ("P", "Các đơn vị báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo (qua Phòng Giáo dục nghề nghiệp - Giáo dục thường xuyên) trước ngày 20/11/2025. Thông tin chi tiết liên hệ bà Vũ Hồng Nhung, Trưởng phòng Giáo dục nghề nghiệp - Giáo dục thường xuyên, điện thoại 0215 3829 614."),
    ("P", "Sở Giáo dục và Đào tạo đề nghị các đơn vị nghiêm túc triển khai thực hiện./."),
]
OJ03_RECIP = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;",
              "- Tỉnh Đoàn (phối hợp);", "- Lưu: VT, GDTrH, GDNN-GDTX."]
OJ03_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(đã ký)", "", "Lưu Thị Bảo Ngọc"]


def build_pdf():
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, 15)
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSerif.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSerif-Italic.ttf")
    pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_font("DV", "B", 9)
    for i, line in enumerate(OJ03_HEAD_LEFT):
        if i >= 3:
            pdf.set_font("DV", "", 8.5)
        pdf.set_xy(12, y0 + i * 4.6)
        pdf.cell(86, 4.6, N(line), align="C")
    pdf.set_font("DV", "B", 9)
    for i, line in enumerate(OJ03_HEAD_RIGHT):
        if i == 3:
            pdf.set_font("DV", "I", 9)
        pdf.set_xy(100, y0 + i * 4.6)
        pdf.cell(98, 4.6, N(line), align="C")
    pdf.set_y(y0 + 6 * 4.6)
    for kind, text in OJ03_BODY:
        if kind == "K":
            pdf.set_font("DV", "B", 10.5)
            pdf.set_x(40)
            pdf.multi_cell(0, 5.2, N(text))
        elif kind == "L":
            pdf.set_font("DV", "", 10.5)
            pdf.set_x(50)
            pdf.multi_cell(0, 5.2, N(text))
        elif kind == "H":
            pdf.set_font("DV", "B", 10.5)
            pdf.multi_cell(0, 5.2, N(text))
        else:
            pdf.set_font("DV", "", 10.5)
            pdf.multi_cell(0, 5.2, N(text), align="J")
        pdf.ln(1)
    pdf.ln(2)
    y1 = pdf.get_y()
    if y1 > 240:
        pdf.add_page()
        y1 = pdf.get_y()
    for i, line in enumerate(OJ03_RECIP):
        pdf.set_font("DV", "B" if i == 0 else "", 9 if i == 0 else 8.5)
        pdf.set_xy(20, y1 + i * 4.3)
        pdf.cell(80, 4.3, N(line))
    for i, line in enumerate(OJ03_SIGN):
        pdf.set_font("DV", "B" if i in (0, 1, 5) else "I", 10)
        pdf.set_xy(110, y1 + i * 5)
        pdf.cell(85, 5, N(line), align="C")
    out = os.path.join(CORPUS, "oj03_cong_van_so_gddt_huong_dan_tu_van_lop_9.pdf")
    pdf.output(out)
    return out


# ---------------------------------------------------------------- oj04 (DOCX): quyết định UBND huyện
OJ04_TITLE = ["QUYẾT ĐỊNH",
              "Về việc giao chỉ tiêu phân luồng học sinh tốt nghiệp trung học cơ sở",
              "và phê duyệt kế hoạch hướng nghiệp năm học 2025 - 2026",
              "",
              "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MỸ LƯƠNG"]
OJ04_BASIS = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
    "Căn cứ Kế hoạch số 86/KH-UBND ngày 14/4/2025 của Ủy ban nhân dân tỉnh thực hiện Chỉ thị số 33-CT/TU ngày 10/3/2025 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác hướng nghiệp, phân luồng học sinh sau trung học cơ sở và phát triển giáo dục nghề nghiệp giai đoạn 2025 - 2030;",
    "Căn cứ Công văn số 1052/SGDĐT-GDTrH ngày 03/6/2025 của Sở Giáo dục và Đào tạo về hướng dẫn công tác hướng nghiệp, tư vấn phân luồng học sinh lớp 9 năm học 2025 - 2026;",
    "Theo đề nghị của Trưởng phòng Giáo dục và Đào tạo huyện tại Tờ trình số 73/TTr-PGDĐT ngày 11/6/2025.",
]
OJ04_ART1 = ("Điều 1. ", "Giao chỉ tiêu phân luồng học sinh tốt nghiệp trung học cơ sở năm học 2025 - 2026 trên địa bàn huyện Mỹ Lương với các mục tiêu sau:")
OJ04_ART1_BULLETS = [
    "Tỷ lệ học sinh tốt nghiệp trung học cơ sở vào học tại các cơ sở giáo dục nghề nghiệp toàn huyện đạt ít nhất 32%;",
    "100% học sinh lớp 9 được tư vấn hướng nghiệp cá nhân ít nhất 01 lần trước khi đăng ký dự tuyển;",
    "Không để học sinh tốt nghiệp trung học cơ sở bỏ học mà chưa được tư vấn, giới thiệu học nghề.",
]
OJ04_ART1_TAIL = "Chỉ tiêu giao cho từng trường như sau:"
OJ04_TABLE = [
    ["STT", "Trường", "Số học sinh lớp 9", "Chỉ tiêu vào lớp 10 THPT", "Chỉ tiêu vào Trung tâm GDNN-GDTX", "Chỉ tiêu học trung cấp, sơ cấp"],
    ["1", "Trường THCS thị trấn Mỹ Lương", "312", "228", "46", "38"],
    ["2", "Trường THCS Tân Điền", "164", "108", "30", "26"],
    ["3", "Trường THCS Phú Cường", "141", "95", "25", "21"],
    ["4", "Trường THCS Đồng Lâm", "118", "78", "22", "18"],
    ["5", "Trường PTDTBT THCS Nà Hẩu", "86", "48", "20", "18"],
    ["6", "Trường THCS Vĩnh Lạc", "129", "88", "22", "19"],
    ["", "Tổng cộng", "950", "645", "165", "140"],
]
OJ04_ART2_HEAD = ("Điều 2. ", "Phê duyệt kế hoạch hướng nghiệp cho học sinh lớp 9 năm học 2025 - 2026 như sau:")
OJ04_ART2 = [
    "Tổ chức Ngày hội hướng nghiệp huyện Mỹ Lương năm 2025 vào ngày 18/10/2025 tại Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Mỹ Lương, dự kiến có 950 học sinh lớp 9 và 22 doanh nghiệp, cơ sở đào tạo tham gia.",
    "Tổ chức cho học sinh lớp 9 trải nghiệm nghề tại Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Mỹ Lương, Công ty TNHH May mặc Khê Việt và Hợp tác xã Chè Tân Điền từ tháng 11/2025 đến tháng 3/2026.",
    "Mở 02 lớp trung cấp liên kết với Trường Cao đẳng Kỹ thuật - Công nghệ Long Khê Trung, nghề Điện công nghiệp và nghề Công nghệ ô tô, học tại Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Mỹ Lương.",
    "Kinh phí thực hiện: 245.600.000 đồng (Hai trăm bốn mươi lăm triệu sáu trăm nghìn đồng) từ nguồn sự nghiệp giáo dục huyện năm 2025.",
]
OJ04_ART3_HEAD = ("Điều 3. ", "Tổ chức thực hiện")
OJ04_ART3 = [
    "Phòng Giáo dục và Đào tạo huyện là cơ quan thường trực, chủ trì, phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Mỹ Lương tổ chức Ngày hội hướng nghiệp; tổng hợp kết quả tuyển sinh sau trung học cơ sở, báo cáo Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo trước ngày 15/8/2025.",
    "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Mỹ Lương tuyển sinh đủ 165 học viên theo chỉ tiêu tại Điều 1; hoàn thành thủ tục mở 02 lớp trung cấp liên kết trước ngày 15/9/2025.",
    "Phòng Tài chính - Kế hoạch huyện thẩm định dự toán, tham mưu cấp kinh phí cho Phòng Giáo dục và Đào tạo trước ngày 10/7/2025.",
    "Phòng Văn hóa và Thông tin huyện phối hợp với Huyện Đoàn tuyên truyền về phân luồng, học nghề trên hệ thống truyền thanh cơ sở trong tháng 7 và tháng 8/2025.",
    "Ủy ban nhân dân các xã, thị trấn chỉ đạo công chức Văn hóa - Xã hội phối hợp với nhà trường rà soát học sinh không tiếp tục đi học, lập danh sách gửi Phòng Giáo dục và Đào tạo trước ngày 31/8/2025.",
    "Hiệu trưởng các trường có tên tại Điều 1 tổ chức tư vấn cá nhân cho học sinh lớp 9, họp cha mẹ học sinh về phân luồng; báo cáo kết quả đăng ký dự tuyển của học sinh về Phòng Giáo dục và Đào tạo trước ngày 10/7/2025.",
]
OJ04_ART4 = ("Điều 4. ", "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng phòng Giáo dục và Đào tạo, Trưởng phòng Tài chính - Kế hoạch, Trưởng phòng Văn hóa và Thông tin, Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Mỹ Lương, Chủ tịch Ủy ban nhân dân các xã, thị trấn và Hiệu trưởng các trường có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
OJ04_RECIP = ["Nơi nhận:", "- Như Điều 4;", "- Sở GD&ĐT tỉnh (b/c);", "- TT Huyện ủy, TT HĐND huyện;",
              "- CT, các PCT UBND huyện;", "- Huyện Đoàn Mỹ Lương;", "- Lưu: VT, GDĐT."]
OJ04_SIGN = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(đã ký)", "", "Phùng Văn Thạch"]


def _para(doc, text, bold=False, italic=False, align=None, size=13, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(N(text))
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def _restart_list_number(doc):
    """New w:num pointing to the abstractNum of Word's 'List Number' style, restarting at 1."""
    numbering = doc.part.numbering_part.element
    style_num = doc.styles["List Number"].element.find(qn("w:pPr")).find(qn("w:numPr")).find(qn("w:numId"))
    style_num_id = style_num.get(qn("w:val"))
    abs_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == style_num_id:
            abs_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = str(max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), new_id)
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), abs_id)
    num.append(an)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return new_id


def _set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    pstyle = ppr.find(qn("w:pStyle"))
    if pstyle is not None:
        pstyle.addnext(numpr)  # schema order: pStyle, ..., numPr, ..., jc
    else:
        ppr.insert(0, numpr)


def _article(doc, head, text):
    p = doc.add_paragraph()
    r = p.add_run(N(head))
    r.bold = True
    r.font.size = Pt(13)
    r2 = p.add_run(N(text))
    r2.font.size = Pt(13)
    r2.bold = text == "Tổ chức thực hiện"
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin, s.right_margin = Cm(3), Cm(2)
    head = doc.add_table(rows=1, cols=2)
    left, right = head.rows[0].cells
    left.text = ""
    right.text = ""
    lp = left.paragraphs[0]
    lp.add_run(N("ỦY BAN NHÂN DÂN\nHUYỆN MỸ LƯƠNG")).bold = True
    lp.add_run(N("\n-------\nSố: 2148/QĐ-UBND"))
    lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rp = right.paragraphs[0]
    rp.add_run(N("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")).bold = True
    rp.add_run(N("\n---------------\n"))
    rp.add_run(N("Mỹ Lương, ngày 16 tháng 6 năm 2025")).italic = True
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, t in enumerate(OJ04_TITLE):
        _para(doc, t, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14 if i == 0 else 13)
    for t in OJ04_BASIS:
        _para(doc, t, italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _para(doc, "QUYẾT ĐỊNH:", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _article(doc, *OJ04_ART1)
    for t in OJ04_ART1_BULLETS:
        _para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY, style="List Bullet")
    _para(doc, OJ04_ART1_TAIL, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    tb = doc.add_table(rows=len(OJ04_TABLE), cols=len(OJ04_TABLE[0]))
    tb.style = "Table Grid"
    for i, row in enumerate(OJ04_TABLE):
        for j, val in enumerate(row):
            c = tb.rows[i].cells[j]
            c.text = ""
            run = c.paragraphs[0].add_run(N(val))
            run.bold = (i == 0 or row[0] == "")
            run.font.size = Pt(11)
    _article(doc, *OJ04_ART2_HEAD)
    for t in OJ04_ART2:  # Word's own "List Number" numbering (1., 2., ...)
        _para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY, style="List Number")
    _article(doc, *OJ04_ART3_HEAD)
    restart = _restart_list_number(doc)
    for t in OJ04_ART3:  # "List Number" again, numbering restarted at 1
        p = _para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY, style="List Number")
        _set_num(p, restart)
    _article(doc, *OJ04_ART4)
    tail = doc.add_table(rows=1, cols=2)
    a, b = tail.rows[0].cells
    a.text = ""
    b.text = ""
    ap = a.paragraphs[0]
    ap.add_run(N(OJ04_RECIP[0])).bold = True
    for line in OJ04_RECIP[1:]:
        r = ap.add_run(N("\n" + line))
        r.font.size = Pt(11)
    bp = b.paragraphs[0]
    bp.add_run(N("\n".join(OJ04_SIGN))).bold = True
    bp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = os.path.join(CORPUS, "oj04_quyet_dinh_huyen_my_luong_chi_tieu_phan_luong.docx")
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build_pdf())
    print(build_docx())
