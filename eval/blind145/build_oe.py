"""Rebuild oe03 (.pdf, fpdf2) and oe04 (.docx, python-docx) of the blind145 set from the text below.
Run: /tmp/venv_oe/bin/python build_oe.py      (needs python-docx, fpdf2)
The .txt/.md documents (oe01, oe02, oe05) are kept as they are in corpus/.
"""
import copy
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


# ---------------------------------------------------------------- oe03 (PDF): công văn Sở GD&ĐT
OE03_HEAD_LEFT = ["ỦY BAN NHÂN DÂN TỈNH ĐÔNG LĨNH HÀ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
                  "Số: 745/SGDĐT-GDTrH",
                  "V/v hướng dẫn tạm thời sử dụng trí tuệ nhân tạo",
                  "trong dạy học và bảo vệ dữ liệu học sinh"]
OE03_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Đông Lĩnh Hà, ngày 12 tháng 6 năm 2025"]

OE03_BODY = [
    ("K", "Kính gửi:"),
    ("L", "- Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;"),
    ("L", "- Hiệu trưởng các trường trung học phổ thông, trường phổ thông dân tộc nội trú tỉnh;"),
    ("L", "- Giám đốc các Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên."),
    ("P", "Thực hiện Kế hoạch số 112/KH-UBND ngày 18/4/2025 của Ủy ban nhân dân tỉnh về thực hiện Chỉ thị số 18-CT/TU của Ban Thường vụ Tỉnh ủy, tháng 5/2025 Sở Giáo dục và Đào tạo đã khảo sát tại 96 trường phổ thông. Kết quả cho thấy 71% giáo viên đã sử dụng công cụ trí tuệ nhân tạo (AI) để chuẩn bị bài dạy nhưng chỉ 18% được hướng dẫn bài bản; đã phát hiện 9 trường hợp giáo viên đưa ảnh, họ tên và điểm số của học sinh lên ứng dụng AI miễn phí. Trong thời gian chờ Ủy ban nhân dân tỉnh ban hành Bộ nguyên tắc sử dụng trí tuệ nhân tạo trong nhà trường, Sở Giáo dục và Đào tạo hướng dẫn tạm thời một số nội dung như sau:"),
    ("H", "1. Nguyên tắc chung"),
    ("P", "a) Trí tuệ nhân tạo là công cụ hỗ trợ; giáo viên chịu trách nhiệm về nội dung bài dạy, học liệu do AI tạo ra và phải kiểm chứng tính chính xác, tính phù hợp trước khi sử dụng với học sinh."),
    ("P", "b) Không nhập vào công cụ AI họ tên, ngày sinh, số định danh cá nhân, hình ảnh, điểm số, thông tin sức khỏe, hoàn cảnh gia đình của học sinh; chỉ sử dụng dữ liệu đã được ẩn danh."),
    ("P", "c) Ưu tiên sử dụng các công cụ trong Danh mục nền tảng do Sở giới thiệu; tài khoản đăng ký phải dùng thư điện tử công vụ có đuôi @donglinhha.edu.vn, không dùng tài khoản cá nhân."),
    ("H", "2. Sử dụng AI theo cấp học"),
    ("P", "a) Cấp tiểu học: học sinh không tự sử dụng công cụ AI tạo sinh; giáo viên được sử dụng để minh họa bài giảng trên lớp."),
    ("P", "b) Cấp trung học cơ sở: học sinh chỉ sử dụng công cụ AI dưới sự hướng dẫn trực tiếp của giáo viên trong giờ học, thời lượng không quá 15 phút mỗi tiết."),
    ("P", "c) Cấp trung học phổ thông: học sinh được sử dụng để tra cứu, luyện tập ngoại ngữ, lập trình; phải ghi rõ phần nội dung có sự hỗ trợ của AI trong sản phẩm học tập nộp cho giáo viên."),
    ("H", "3. Kiểm tra, đánh giá"),
    ("P", "a) Không sử dụng AI chấm điểm thay thế giáo viên đối với bài kiểm tra định kỳ; AI chỉ được dùng để gợi ý nhận xét, điểm số do giáo viên quyết định."),
    ("P", "b) Đối với bài tập dự án, bài tập lớn làm ở nhà, tổ chuyên môn bổ sung phần thuyết trình hoặc vấn đáp trực tiếp để đánh giá mức độ tự thực hiện của học sinh."),
    ("P", "c) Nghiêm cấm thí sinh mang điện thoại, đồng hồ thông minh và thiết bị có khả năng truy cập công cụ AI vào phòng thi trong kỳ thi tuyển sinh lớp 10 và kỳ thi chọn học sinh giỏi cấp tỉnh."),
    ("H", "4. Dữ liệu số và học bạ số"),
    ("P", "a) Các trường cập nhật đầy đủ điểm số, nhận xét lên sổ điểm điện tử chậm nhất 07 ngày làm việc sau khi kiểm tra."),
    ("P", "b) Hoàn thành ký số học bạ số năm học 2024 - 2025 trước ngày 31/7/2025; hiệu trưởng sử dụng chữ ký số chuyên dùng công vụ để ký học bạ."),
    ("P", "c) Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố chỉ đạo các trường đối chiếu dữ liệu học sinh với Cơ sở dữ liệu quốc gia về dân cư, bảo đảm tỷ lệ khớp đúng đạt ít nhất 98% trước ngày 15/7/2025 để phục vụ tuyển sinh trực tuyến."),
    ("H", "5. Tổ chức thực hiện"),
    ("P", "a) Giao Phòng Giáo dục Trung học chủ trì, phối hợp với Văn phòng Sở tổ chức tập huấn trực tuyến về nội dung Văn bản này cho cán bộ quản lý và giáo viên cốt cán vào ngày 20/6/2025."),
    ("P", "b) Phòng Kế hoạch - Tài chính rà soát, tổng hợp nhu cầu kinh phí mua bản quyền công cụ AI của các trường, báo cáo Giám đốc Sở trước ngày 10/7/2025."),
    ("P", "c) Thanh tra Sở đưa việc thực hiện Văn bản này vào nội dung kiểm tra chuyên đề năm học 2025 - 2026."),
    ("P", "d) Đề nghị Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố hướng dẫn các trường tiểu học, trung học cơ sở thực hiện; lập danh sách giáo viên cốt cán về AI, mỗi trường 02 người, gửi về Sở trước ngày 30/6/2025."),
    ("P", "đ) Hiệu trưởng các trường trung học phổ thông ban hành quy định nội bộ về sử dụng AI, niêm yết công khai tại trường và trên trang thông tin điện tử của trường trước ngày khai giảng năm học 2025 - 2026."),
    ("P", "Các đơn vị báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo (qua Phòng Giáo dục Trung học) trước ngày 15/12/2025. Thông tin chi tiết liên hệ ông Mạc Đình Tuấn, Trưởng phòng Giáo dục Trung học, điện thoại 0291 3864 527, thư điện tử tuanmd.gdtrh@donglinhha.edu.vn."),
    ("P", "Sở Giáo dục và Đào tạo đề nghị các đơn vị nghiêm túc triển khai thực hiện./."),
]
OE03_RECIP = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc Sở (b/c);",
              "- Công an tỉnh (PA05);", "- Trường CĐSP Đông Lĩnh Hà;", "- Lưu: VT, GDTrH."]
OE03_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(đã ký)", "", "Kiều Văn Lâm"]


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
    for i, line in enumerate(OE03_HEAD_LEFT):
        if i >= 3:
            pdf.set_font("DV", "", 8.5)
        pdf.set_xy(12, y0 + i * 4.6)
        pdf.cell(86, 4.6, N(line), align="C")
    pdf.set_font("DV", "B", 9)
    for i, line in enumerate(OE03_HEAD_RIGHT):
        if i == 3:
            pdf.set_font("DV", "I", 9)
        pdf.set_xy(100, y0 + i * 4.6)
        pdf.cell(98, 4.6, N(line), align="C")
    pdf.set_y(y0 + 6 * 4.6)
    for kind, text in OE03_BODY:
        if kind == "K":
            pdf.set_font("DV", "B", 10)
            pdf.set_x(40)
            pdf.multi_cell(0, 5, N(text))
        elif kind == "L":
            pdf.set_font("DV", "", 10)
            pdf.set_x(50)
            pdf.multi_cell(0, 5, N(text))
        elif kind == "H":
            pdf.set_font("DV", "B", 10)
            pdf.multi_cell(0, 5, N(text))
        else:
            pdf.set_font("DV", "", 10)
            pdf.multi_cell(0, 5, N(text), align="J")
        pdf.ln(0.8)
    pdf.ln(2)
    y1 = pdf.get_y()
    if y1 > 240:
        pdf.add_page()
        y1 = pdf.get_y()
    for i, line in enumerate(OE03_RECIP):
        pdf.set_font("DV", "B" if i == 0 else "", 9 if i == 0 else 8.5)
        pdf.set_xy(20, y1 + i * 4.3)
        pdf.cell(80, 4.3, N(line))
    for i, line in enumerate(OE03_SIGN):
        pdf.set_font("DV", "B" if i in (0, 1, 5) else "I", 10)
        pdf.set_xy(110, y1 + i * 5)
        pdf.cell(85, 5, N(line), align="C")
    out = os.path.join(CORPUS, "oe03_cong_van_huong_dan_su_dung_ai.pdf")
    pdf.output(out)
    return out


# ---------------------------------------------------------------- oe04 (DOCX): quyết định UBND huyện
OE04_TITLE = ["QUYẾT ĐỊNH",
              "Về việc phê duyệt danh sách trường thí điểm ứng dụng trí tuệ nhân tạo",
              "trong dạy học và kế hoạch bồi dưỡng giáo viên năm học 2025 - 2026",
              "",
              "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN NAM SƠN HÀ"]
OE04_BASIS = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
    "Căn cứ Kế hoạch số 112/KH-UBND ngày 18/4/2025 của Ủy ban nhân dân tỉnh thực hiện Chỉ thị số 18-CT/TU ngày 24/3/2025 của Ban Thường vụ Tỉnh ủy về ứng dụng trí tuệ nhân tạo và dữ liệu số trong giáo dục phổ thông, giai đoạn 2025 - 2027;",
    "Căn cứ Công văn số 745/SGDĐT-GDTrH ngày 12/6/2025 của Sở Giáo dục và Đào tạo về hướng dẫn tạm thời sử dụng trí tuệ nhân tạo trong dạy học và bảo vệ dữ liệu học sinh;",
    "Theo đề nghị của Trưởng phòng Giáo dục và Đào tạo huyện tại Tờ trình số 96/TTr-PGDĐT ngày 16/6/2025.",
]
OE04_ART1 = ("Điều 1. ", "Phê duyệt danh sách 08 trường thí điểm ứng dụng trí tuệ nhân tạo trong dạy học năm học 2025 - 2026 trên địa bàn huyện Nam Sơn Hà, cụ thể như sau:")
OE04_TABLE = [
    ["STT", "Tên trường", "Xã, thị trấn", "Số lớp thí điểm", "Số giáo viên tham gia", "Nội dung thí điểm"],
    ["1", "Trường THCS thị trấn Nam Sơn", "Thị trấn Nam Sơn", "8", "14", "Trợ lý ảo hỗ trợ soạn bài, chấm bài tập Tiếng Anh (trường thí điểm của tỉnh)"],
    ["2", "Trường THCS Phước Lĩnh", "Xã Phước Lĩnh", "4", "7", "Luyện nói Tiếng Anh với ứng dụng AI"],
    ["3", "Trường Tiểu học Phước Lĩnh", "Xã Phước Lĩnh", "3", "5", "Giáo viên dùng AI thiết kế học liệu môn Toán, Tiếng Việt"],
    ["4", "Trường Tiểu học Hòa Vân Thượng", "Xã Hòa Vân Thượng", "3", "4", "Giáo viên dùng AI thiết kế học liệu môn Toán, Tiếng Việt"],
    ["5", "Trường THCS Sơn Thủy Đông", "Xã Sơn Thủy Đông", "4", "6", "Phân tích dữ liệu học tập, cảnh báo sớm học sinh có nguy cơ bỏ học"],
    ["6", "Trường PTDTBT TH&THCS Khe Mây", "Xã Cẩm Đồi", "2", "4", "Học liệu số song ngữ Việt - Mông hỗ trợ học sinh lớp 1, lớp 2"],
    ["7", "Trường TH&THCS Cẩm Đồi", "Xã Cẩm Đồi", "2", "3", "Trợ lý ảo hỗ trợ soạn bài (trường thí điểm của tỉnh)"],
    ["8", "Trường THCS Hòa Vân Thượng", "Xã Hòa Vân Thượng", "4", "4", "Trợ lý ảo chấm bài tập Toán (trường thí điểm của tỉnh)"],
    ["", "Tổng cộng", "", "30", "47", ""],
]
OE04_ART2_HEAD = ("Điều 2. ", "Phê duyệt kế hoạch bồi dưỡng giáo viên về năng lực số và ứng dụng trí tuệ nhân tạo năm học 2025 - 2026 như sau:")
# (level, text): level 0 -> "1.", level 1 -> "a)"
OE04_ART2 = [
    (0, "Đối tượng: 47 giáo viên tham gia thí điểm tại Điều 1 và 68 giáo viên cốt cán (02 giáo viên mỗi trường) của 34 trường tiểu học, trung học cơ sở còn lại trên địa bàn huyện; tổng số 115 giáo viên."),
    (0, "Nội dung bồi dưỡng gồm 04 chuyên đề:"),
    (1, "Nhận diện rủi ro khi sử dụng trí tuệ nhân tạo, bảo vệ dữ liệu cá nhân học sinh;"),
    (1, "Kỹ năng viết câu lệnh cho công cụ AI tạo sinh phục vụ soạn bài;"),
    (1, "Thiết kế học liệu số và bài giảng điện tử có sự hỗ trợ của AI;"),
    (1, "Sử dụng dữ liệu sổ điểm điện tử, học bạ số để theo dõi tiến bộ của học sinh."),
    (0, "Thời gian, hình thức: đợt 1 học trực tiếp từ ngày 14/7/2025 đến ngày 18/7/2025 tại Trung tâm Chính trị huyện; đợt 2 học trực tuyến trong tháng 10/2025. Giáo viên hoàn thành cả hai đợt được cấp giấy chứng nhận."),
    (0, "Kinh phí: 186.500.000 đồng (Một trăm tám mươi sáu triệu năm trăm nghìn đồng) từ nguồn sự nghiệp giáo dục huyện năm 2025."),
]
OE04_ART3_HEAD = ("Điều 3. ", "Tổ chức thực hiện")
OE04_ART3 = [
    "Phòng Giáo dục và Đào tạo huyện là cơ quan thường trực, chủ trì tổ chức các lớp bồi dưỡng; hướng dẫn, kiểm tra các trường thí điểm; sơ kết học kỳ I trước ngày 20/01/2026 và tổng kết năm học trước ngày 15/6/2026, báo cáo Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo.",
    "Phòng Tài chính - Kế hoạch huyện thẩm định dự toán, tham mưu cấp kinh phí bồi dưỡng cho Phòng Giáo dục và Đào tạo trước ngày 05/7/2025.",
    "Phòng Văn hóa và Thông tin huyện phối hợp với Trung tâm Văn hóa, Thể thao và Truyền thông huyện tuyên truyền về việc thí điểm; làm việc với doanh nghiệp viễn thông kéo cáp quang đến Trường PTDTBT TH&THCS Khe Mây trước ngày 30/8/2025.",
    "Trung tâm Chính trị huyện bố trí hội trường, phòng máy tính và bảo đảm điều kiện phục vụ lớp bồi dưỡng đợt 1.",
    "Ủy ban nhân dân các xã, thị trấn có trường thí điểm phối hợp với nhà trường vận động cha mẹ học sinh đồng thuận; hỗ trợ bảo đảm điện, đường truyền Internet cho các điểm trường.",
    "Hiệu trưởng các trường có tên tại Điều 1 xây dựng kế hoạch thí điểm chi tiết, lấy ý kiến đồng thuận bằng văn bản của cha mẹ học sinh các lớp thí điểm, gửi Phòng Giáo dục và Đào tạo trước ngày 15/8/2025.",
]
OE04_ART4 = ("Điều 4. ", "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng phòng Giáo dục và Đào tạo, Trưởng phòng Tài chính - Kế hoạch, Trưởng phòng Văn hóa và Thông tin, Giám đốc Trung tâm Chính trị huyện, Chủ tịch Ủy ban nhân dân các xã, thị trấn và Hiệu trưởng các trường có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
OE04_RECIP = ["Nơi nhận:", "- Như Điều 4;", "- Sở GD&ĐT tỉnh (b/c);", "- TT Huyện ủy, TT HĐND huyện;",
              "- CT, các PCT UBND huyện;", "- Lưu: VT, GDĐT."]
OE04_SIGN = ["CHỦ TỊCH", "", "(đã ký)", "", "Đinh Công Hậu"]


def _para(doc, text, bold=False, italic=False, align=None, size=13):
    p = doc.add_paragraph()
    r = p.add_run(N(text))
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def _lvl(ilvl, fmt, text, indent_cm):
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), str(ilvl))
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(int(indent_cm * 567)))
    ind.set(qn("w:hanging"), "360")
    ppr.append(ind)
    lvl.append(ppr)
    return lvl


def _new_numbering(doc, abs_id):
    """Add a Word numbering definition (1. / a)) and return its numId."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "hybridMultilevel")
    absn.append(mlt)
    absn.append(_lvl(0, "decimal", "%1.", 1.2))
    absn.append(_lvl(1, "lowerLetter", "%2)", 1.9))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num_id = abs_id + 100
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abs_id))
    num.append(an)
    numbering.append(num)
    return num_id


def _numbered(doc, text, num_id, ilvl=0):
    p = _para(doc, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    return p


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
    lp.add_run(N("ỦY BAN NHÂN DÂN\nHUYỆN NAM SƠN HÀ")).bold = True
    lp.add_run(N("\n-------\nSố: 1375/QĐ-UBND"))
    lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rp = right.paragraphs[0]
    rp.add_run(N("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")).bold = True
    rp.add_run(N("\n---------------\n"))
    rp.add_run(N("Nam Sơn Hà, ngày 20 tháng 6 năm 2025")).italic = True
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, t in enumerate(OE04_TITLE):
        _para(doc, t, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14 if i == 0 else 13)
    for t in OE04_BASIS:
        _para(doc, t, italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _para(doc, "QUYẾT ĐỊNH:", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _article(doc, *OE04_ART1)
    tb = doc.add_table(rows=len(OE04_TABLE), cols=len(OE04_TABLE[0]))
    tb.style = "Table Grid"
    for i, row in enumerate(OE04_TABLE):
        for j, val in enumerate(row):
            c = tb.rows[i].cells[j]
            c.text = ""
            run = c.paragraphs[0].add_run(N(val))
            run.bold = (i == 0 or row[0] == "")
            run.font.size = Pt(11)
    _article(doc, *OE04_ART2_HEAD)
    n2 = _new_numbering(doc, 71)
    for lvl, t in OE04_ART2:
        _numbered(doc, t, n2, lvl)
    _article(doc, *OE04_ART3_HEAD)
    n3 = _new_numbering(doc, 72)
    for t in OE04_ART3:
        _numbered(doc, t, n3, 0)
    _article(doc, *OE04_ART4)
    tail = doc.add_table(rows=1, cols=2)
    a, b = tail.rows[0].cells
    a.text = ""
    b.text = ""
    ap = a.paragraphs[0]
    ap.add_run(N(OE04_RECIP[0])).bold = True
    for line in OE04_RECIP[1:]:
        r = ap.add_run(N("\n" + line))
        r.font.size = Pt(11)
    bp = b.paragraphs[0]
    bp.add_run(N("\n".join(OE04_SIGN))).bold = True
    bp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = os.path.join(CORPUS, "oe04_quyet_dinh_truong_thi_diem_ai.docx")
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build_pdf())
    print(build_docx())
