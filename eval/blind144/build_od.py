"""Rebuild od03 (.pdf, fpdf2) and od04 (.docx, python-docx) of the blind144 set from the text below.
Run: /tmp/venv_od/bin/python build_od.py   (needs python-docx and fpdf2)
All text is invented (province Kim Thạch Nam does not exist).
"""
import os
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- od03 (PDF) - công văn của Sở
OD03_HEAD_LEFT = ["UBND TỈNH KIM THẠCH NAM", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
                  "Số: 454/SVHTTDL-QLDSVH",
                  "V/v hướng dẫn tổ chức lễ hội làng đầu xuân",
                  "Bính Ngọ năm 2026 gắn với giáo dục di sản",
                  "cho học sinh và du lịch cộng đồng"]
OD03_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Kim Thạch Nam, ngày 09 tháng 01 năm 2026"]

OD03_BODY = [
    ("K", "Kính gửi:"),
    ("L", "- Ủy ban nhân dân các huyện, thị xã, thành phố;"),
    ("L", "- Sở Giáo dục và Đào tạo;"),
    ("L", "- Trung tâm Xúc tiến du lịch tỉnh."),
    ("P", "Thực hiện Chỉ thị số 14-CT/TU ngày 15/8/2025 của Ban Thường vụ Tỉnh ủy và Quyết định số 2150/QĐ-UBND ngày 24/10/2025 của Ủy ban nhân dân tỉnh, dịp đầu xuân Bính Ngọ năm 2026 trên địa bàn tỉnh dự kiến có 57 lễ hội làng được tổ chức, trong đó có 12 lễ hội làng tiêu biểu thuộc danh mục phục dựng của Đề án. Để lễ hội được tổ chức trang trọng, an toàn, tiết kiệm, gắn với giáo dục di sản cho học sinh và phát triển du lịch cộng đồng, Sở Văn hóa, Thể thao và Du lịch hướng dẫn một số nội dung sau:"),
    ("H", "1. Về phần lễ"),
    ("P", "a) Giữ gìn nghi thức truyền thống của lễ hội theo đúng kịch bản đã được thẩm định; không sân khấu hóa, không tùy tiện thêm bớt nghi thức. Ban Tổ chức lễ hội cấp xã gửi kịch bản, quy chế tổ chức lễ hội về Sở (qua Phòng Quản lý di sản văn hóa) để thẩm định chậm nhất 15 ngày trước ngày khai hội."),
    ("P", "b) Hòm công đức chỉ được đặt tại nơi quy định trong khuôn viên di tích, có sổ theo dõi; việc kiểm đếm tiền công đức phải công khai, có sự chứng kiến của đại diện Ban Công tác Mặt trận thôn. Không đặt hòm công đức, mâm lễ dọc tuyến rước."),
    ("P", "c) Không đốt vàng mã ngoài nơi quy định; không tổ chức hoạt động mê tín dị đoan, trò chơi có thưởng mang tính chất cờ bạc trá hình."),
    ("H", "2. Về phần hội và sinh hoạt hát ví"),
    ("P", "a) Lễ hội tại các làng có di sản hát ví tổ chức ít nhất 01 canh hát ví truyền thống có nghệ nhân tham gia; ưu tiên dành thời lượng biểu diễn cho các câu lạc bộ hát ví thiếu nhi."),
    ("P", "b) Khuyến khích phục dựng trò chơi dân gian gắn với lễ hội như kéo co, đánh đu, bơi chải; thời gian tổ chức phần hội không kéo dài quá 03 ngày."),
    ("H", "3. Đưa học sinh trải nghiệm tại lễ hội"),
    ("P", "a) Đề nghị Sở Giáo dục và Đào tạo chỉ đạo các trường trung học cơ sở trên địa bàn có lễ hội làng tiêu biểu tổ chức cho học sinh trải nghiệm ít nhất 01 buổi tại lễ hội, có phiếu học tập về di sản do giáo viên Ngữ văn, Lịch sử và Địa lý hướng dẫn."),
    ("P", "b) Mỗi đoàn học sinh phải bố trí ít nhất 01 giáo viên phụ trách cho 20 học sinh; học sinh chỉ được xuống thuyền xem hát ví khi có áo phao và có người lớn đi kèm."),
    ("P", "c) Ban Tổ chức lễ hội bố trí nghệ nhân, thuyết minh viên giới thiệu di sản cho học sinh và miễn phí vé tham quan, dịch vụ trải nghiệm cho các đoàn học sinh đăng ký trước."),
    ("H", "4. Về du lịch cộng đồng"),
    ("P", "a) Các hộ kinh doanh lưu trú tại nhà dân (homestay) phải niêm yết giá công khai, bảo đảm điều kiện vệ sinh, phòng cháy; không nâng giá quá 20% so với giá đã niêm yết trong thời gian lễ hội."),
    ("P", "b) Sở tổ chức tập huấn kỹ năng phục vụ du khách cho 120 hộ làm du lịch cộng đồng tại 4 huyện có lễ hội tiêu biểu, hoàn thành trước ngày 05/02/2026."),
    ("P", "c) Trung tâm Xúc tiến du lịch tỉnh đăng tải lịch lễ hội đầu xuân trên Cổng thông tin du lịch Kim Thạch Nam trước ngày 25/01/2026; xây dựng bản đồ số các điểm du lịch cộng đồng gắn với di sản trong quý I/2026."),
    ("H", "5. Trách nhiệm thực hiện"),
    ("P", "a) Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo Phòng Văn hóa và Thông tin, Ủy ban nhân dân cấp xã xây dựng kịch bản, quy chế lễ hội; thành lập đoàn kiểm tra liên ngành, xử lý nghiêm tình trạng ép giá, chèo kéo khách, trông giữ xe trái phép."),
    ("P", "b) Phòng Quản lý di sản văn hóa chủ trì thẩm định kịch bản lễ hội; phối hợp với Thanh tra Sở kiểm tra ít nhất 06 lễ hội làng tiêu biểu trong mùa lễ hội."),
    ("P", "c) Nhà hát Nghệ thuật truyền thống Kim Thạch Nam cử diễn viên, nhạc công hỗ trợ các câu lạc bộ dàn dựng canh hát ví tại 12 lễ hội làng tiêu biểu."),
    ("P", "Ủy ban nhân dân các huyện, thị xã, thành phố báo cáo kết quả tổ chức lễ hội, số lượt khách, số học sinh tham gia trải nghiệm về Sở Văn hóa, Thể thao và Du lịch trước ngày 31/3/2026. Thông tin chi tiết liên hệ bà Lò Thị Phương Thảo, Trưởng phòng Quản lý di sản văn hóa, điện thoại 0220 3854 617, thư điện tử thaoltp.vhttdl@kimthachnam.gov.vn."),
    ("P", "Sở Văn hóa, Thể thao và Du lịch đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./."),
]
OD03_RECIP = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Cục Di sản văn hóa (b/c);",
              "- Giám đốc Sở (b/c);", "- Thanh tra Sở;", "- Lưu: VT, QLDSVH."]
OD03_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(đã ký)", "", "Khổng Minh Tuấn"]


def build_pdf():
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, 15)
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_font("DV", "B", 9)
    for i, line in enumerate(OD03_HEAD_LEFT):
        if i >= 3:
            pdf.set_font("DV", "", 8.5)
        elif i == 2:
            pdf.set_font("DV", "", 9)
        pdf.set_xy(15, y0 + i * 4.6)
        pdf.cell(80, 4.6, N(line), align="C")
    pdf.set_font("DV", "B", 9)
    for i, line in enumerate(OD03_HEAD_RIGHT):
        if i == 3:
            pdf.set_font("DV", "I", 9)
        pdf.set_xy(98, y0 + i * 4.6)
        pdf.cell(100, 4.6, N(line), align="C")
    pdf.set_y(y0 + 7 * 4.6)
    for kind, text in OD03_BODY:
        if kind == "K":
            pdf.set_font("DV", "B", 10)
            pdf.set_x(45)
            pdf.multi_cell(0, 5, N(text))
        elif kind == "L":
            pdf.set_font("DV", "", 10)
            pdf.set_x(55)
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
    if y1 > 235:
        pdf.add_page()
        y1 = pdf.get_y()
    for i, line in enumerate(OD03_RECIP):
        pdf.set_font("DV", "B" if i == 0 else "", 9 if i == 0 else 8.5)
        pdf.set_xy(20, y1 + i * 4.3)
        pdf.cell(80, 4.3, N(line))
    for i, line in enumerate(OD03_SIGN):
        pdf.set_font("DV", "B" if i in (0, 1, 5) else "I", 10)
        pdf.set_xy(110, y1 + i * 5)
        pdf.cell(85, 5, N(line), align="C")
    out = os.path.join(CORPUS, "od03_cong_van_huong_dan_le_hoi_lang_xuan_2026.pdf")
    pdf.output(out)
    return out


# ---------------------------------------------------------------- od04 (DOCX) - quyết định có Điều
OD04_TITLE = ["QUYẾT ĐỊNH",
              "Phê duyệt Đề án bảo tồn và phát huy giá trị hát ví, lễ hội làng gắn với giáo dục",
              "truyền thống và du lịch cộng đồng tỉnh Kim Thạch Nam giai đoạn 2026 - 2030",
              "ỦY BAN NHÂN DÂN TỈNH KIM THẠCH NAM"]
# kinds: P paragraph, H bold heading line, N1 Word-numbered list (first list), B Word bullet list,
# T the data table, N2 Word-numbered list (restarts at 1), C centered bold line
OD04_BODY = [
    ("I", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"),
    ("I", "Căn cứ Luật Di sản văn hóa ngày 23 tháng 11 năm 2024;"),
    ("I", "Căn cứ Chỉ thị số 14-CT/TU ngày 15 tháng 8 năm 2025 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác bảo tồn, phát huy giá trị di sản văn hóa phi vật thể gắn với giáo dục truyền thống cho học sinh và phát triển du lịch cộng đồng;"),
    ("I", "Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 318/TTr-SVHTTDL ngày 06 tháng 10 năm 2025."),
    ("C", "QUYẾT ĐỊNH:"),
    ("P", "Điều 1. Phê duyệt Đề án bảo tồn và phát huy giá trị hát ví, lễ hội làng gắn với giáo dục truyền thống và du lịch cộng đồng tỉnh Kim Thạch Nam giai đoạn 2026 - 2030 (sau đây gọi là Đề án) với những nội dung chủ yếu sau:"),
    ("H", "Mục tiêu đến năm 2030"),
    ("N1", "Truyền dạy hát ví cho ít nhất 3.000 học sinh, thanh thiếu niên; công nhận thêm 20 nghệ nhân hát ví cấp tỉnh."),
    ("N1", "Duy trì hoạt động của 46 câu lạc bộ hát ví hiện có và thành lập mới 18 câu lạc bộ hát ví thiếu nhi."),
    ("N1", "Phục dựng, tổ chức theo nghi thức truyền thống 12 lễ hội làng tiêu biểu, trong đó có Lễ hội làng Vạn Hữu, huyện Vân Lĩnh."),
    ("N1", "Số hóa 100% trong khoảng 160 làn điệu hát ví đã sưu tầm và nghi thức của 12 lễ hội làng tiêu biểu, hoàn thành trong năm 2026."),
    ("N1", "Hình thành 10 điểm du lịch cộng đồng gắn với di sản, đón 150.000 lượt khách mỗi năm, doanh thu đạt 90 tỷ đồng vào năm 2030."),
    ("H", "Nhiệm vụ, giải pháp chủ yếu"),
    ("B", "Hỗ trợ nghệ nhân trực tiếp truyền dạy hát ví cho thanh thiếu niên; ưu tiên mở lớp truyền dạy tại nhà văn hóa thôn, làng có di sản."),
    ("B", "Đưa nội dung hát ví, lễ hội làng vào chương trình giáo dục địa phương và hoạt động trải nghiệm ở cấp tiểu học, trung học cơ sở."),
    ("B", "Phục dựng lễ hội theo kịch bản được thẩm định, gắn với quy chế tổ chức lễ hội và hương ước của làng."),
    ("B", "Hỗ trợ 50% kinh phí cải tạo nhà vệ sinh đạt chuẩn cho hộ làm homestay tại điểm du lịch cộng đồng, tối đa 30 triệu đồng/hộ."),
    ("B", "Xây dựng cơ sở dữ liệu số về di sản văn hóa phi vật thể, cho phép tra cứu làn điệu hát ví bằng mã QR tại các điểm di tích."),
    ("H", "Kinh phí thực hiện"),
    ("P", "Tổng kinh phí thực hiện Đề án giai đoạn 2026 - 2030 dự kiến là 41.500 triệu đồng, phân bổ theo bảng sau:"),
    ("T", None),
    ("P", "Điều 2. Tổ chức thực hiện"),
    ("N2", "Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực, chủ trì tổ chức thực hiện Đề án; hằng năm xây dựng kế hoạch chi tiết, gửi Sở Tài chính trước ngày 15/7 để tổng hợp vào dự toán; chủ trì, phối hợp với Sở Tài chính xây dựng chính sách hỗ trợ nghệ nhân truyền dạy, trình Hội đồng nhân dân tỉnh trước ngày 31/3/2026."),
    ("N2", "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch biên soạn tài liệu giáo dục địa phương về hát ví và lễ hội làng, hoàn thành trước ngày 30/6/2026; chỉ đạo các trường tổ chức dạy hát ví ngoại khóa."),
    ("N2", "Sở Tài chính tham mưu bố trí 25.000 triệu đồng từ ngân sách tỉnh cho Đề án theo khả năng cân đối hằng năm; hướng dẫn thanh quyết toán kinh phí theo quy định."),
    ("N2", "Sở Khoa học và Công nghệ phối hợp với Sở Văn hóa, Thể thao và Du lịch xây dựng cơ sở dữ liệu số về di sản văn hóa phi vật thể, tích hợp trên Cổng dữ liệu dùng chung của tỉnh."),
    ("N2", "Trường Cao đẳng Văn hóa Nghệ thuật Kim Thạch Nam mở lớp bồi dưỡng kỹ năng truyền dạy hát ví cho 200 giáo viên âm nhạc tiểu học và trung học cơ sở trong giai đoạn 2026 - 2027."),
    ("N2", "Ủy ban nhân dân các huyện, thị xã, thành phố xây dựng kế hoạch triển khai Đề án trên địa bàn, bố trí ngân sách đối ứng; chỉ đạo Ủy ban nhân dân cấp xã ban hành quy chế tổ chức lễ hội; báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch trước ngày 15/11 hằng năm."),
    ("N2", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh phối hợp tuyên truyền, vận động đoàn viên, hội viên tham gia câu lạc bộ hát ví và phát triển du lịch cộng đồng."),
    ("P", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."),
    ("P", "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở: Văn hóa, Thể thao và Du lịch, Giáo dục và Đào tạo, Tài chính, Khoa học và Công nghệ; Hiệu trưởng Trường Cao đẳng Văn hóa Nghệ thuật Kim Thạch Nam; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./."),
]
OD04_TABLE = [
    ["TT", "Nội dung", "Ngân sách tỉnh (triệu đồng)", "Ngân sách huyện, xã (triệu đồng)",
     "Xã hội hóa (triệu đồng)", "Cộng (triệu đồng)"],
    ["1", "Truyền dạy hát ví, hỗ trợ câu lạc bộ và nghệ nhân", "7.800", "2.400", "800", "11.000"],
    ["2", "Giáo dục di sản trong trường học", "3.200", "1.300", "500", "5.000"],
    ["3", "Phục dựng, tổ chức 12 lễ hội làng tiêu biểu", "5.500", "3.600", "2.400", "11.500"],
    ["4", "Phát triển 10 điểm du lịch cộng đồng gắn với di sản", "6.000", "2.500", "2.500", "11.000"],
    ["5", "Kiểm kê, số hóa di sản hát ví và lễ hội làng", "2.000", "0", "0", "2.000"],
    ["6", "Tuyên truyền, quảng bá di sản và du lịch", "500", "300", "200", "1.000"],
    ["", "Tổng cộng", "25.000", "10.100", "6.400", "41.500"],
]
OD04_RECIP = ["Nơi nhận:", "- Như Điều 3;", "- Bộ Văn hóa, Thể thao và Du lịch (b/c);",
              "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- CT, các PCT UBND tỉnh;",
              "- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Lưu: VT, KGVX."]
OD04_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(đã ký)", "", "Tống Thị Hải Yến"]


def _para(doc, text, bold=False, italic=False, align=None, size=13, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(N(text))
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def _new_num_restart(doc, style_name):
    """Create a new w:num that reuses the abstract numbering of a list style but restarts at 1."""
    numbering = doc.part.numbering_part.element
    style = doc.styles[style_name]
    numpr = style.element.pPr.find(qn("w:numPr"))
    num_id = int(numpr.find(qn("w:numId")).get(qn("w:val")))
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if int(num.get(qn("w:numId"))) == num_id:
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
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


def _set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pstyle = pPr.find(qn("w:pStyle"))
    if pstyle is not None:
        pstyle.addnext(numPr)  # schema order: pStyle, keepNext..., numPr, ..., jc
    else:
        pPr.insert(0, numPr)


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    head = doc.add_table(rows=1, cols=2)
    left, right = head.rows[0].cells
    left.text = ""
    right.text = ""
    lp = left.paragraphs[0]
    lp.add_run(N("ỦY BAN NHÂN DÂN\nTỈNH KIM THẠCH NAM")).bold = True
    lp.add_run(N("\n-------\nSố: 2150/QĐ-UBND"))
    lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rp = right.paragraphs[0]
    rp.add_run(N("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")).bold = True
    rp.add_run(N("\n---------------\n"))
    rp.add_run(N("Kim Thạch Nam, ngày 24 tháng 10 năm 2025")).italic = True
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _para(doc, OD04_TITLE[0], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    _para(doc, OD04_TITLE[1] + " " + OD04_TITLE[2], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, OD04_TITLE[3], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    num2 = None
    for kind, t in OD04_BODY:
        if kind == "I":
            _para(doc, t, italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "C":
            _para(doc, t, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "H":
            _para(doc, t, bold=True, italic=True)
        elif kind == "N1":
            _para(doc, t, style="List Number", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "B":
            _para(doc, t, style="List Bullet", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "N2":
            if num2 is None:
                num2 = _new_num_restart(doc, "List Number")
            p = _para(doc, t, style="List Number", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            _set_num(p, num2)
        elif kind == "T":
            tb = doc.add_table(rows=len(OD04_TABLE), cols=len(OD04_TABLE[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(OD04_TABLE):
                for j, val in enumerate(row):
                    c = tb.rows[i].cells[j]
                    c.text = ""
                    run = c.paragraphs[0].add_run(N(val))
                    run.bold = (i == 0 or row[0] == "")
                    run.font.size = Pt(11)
        else:
            p = _para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            if t.startswith("Điều "):
                # bold only the "Điều n." label, as in real decisions
                txt = p.runs[0].text
                label, rest = txt.split(".", 1)
                p.runs[0].text = label + "."
                p.runs[0].bold = True
                r2 = p.add_run(rest)
                r2.font.size = Pt(13)
    tail = doc.add_table(rows=1, cols=2)
    a, b = tail.rows[0].cells
    a.text = ""
    b.text = ""
    ap = a.paragraphs[0]
    ap.add_run(N(OD04_RECIP[0])).bold = True
    for line in OD04_RECIP[1:]:
        r = ap.add_run(N("\n" + line))
        r.font.size = Pt(11)
    bp = b.paragraphs[0]
    bp.add_run(N("\n".join(OD04_SIGN))).bold = True
    bp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = os.path.join(CORPUS, "od04_quyet_dinh_de_an_hat_vi_le_hoi_lang.docx")
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build_pdf())
    print(build_docx())
