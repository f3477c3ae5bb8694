"""Rebuild oi03 (.pdf, fpdf2) and oi04 (.docx, python-docx) of the blind149 set from the text below.
Run: /tmp/venv_oi/bin/python build_oi.py      (needs python-docx, fpdf2)
The .txt/.md documents (oi01, oi02, oi05) are kept as they are in corpus/.
All names, bodies, places and document numbers are invented (tỉnh Yên Thạch Bắc).
"""
import os
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- oi03 (PDF): công văn Sở Y tế
OI03_HEAD_LEFT = ["ỦY BAN NHÂN DÂN TỈNH YÊN THẠCH BẮC", "SỞ Y TẾ",
                  "Số: 1142/SYT-NVY",
                  "V/v tăng cường phòng, chống sốt xuất huyết",
                  "mùa mưa và tiêm bù vắc xin cho trẻ năm 2025"]
OI03_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Yên Thạch Bắc, ngày 16 tháng 5 năm 2025"]

OI03_BODY = [
    ("K", "Kính gửi:"),
    ("L", "- Ủy ban nhân dân các huyện, thị xã, thành phố;"),
    ("L", "- Trung tâm Kiểm soát bệnh tật tỉnh;"),
    ("L", "- Trung tâm Y tế các huyện, thị xã, thành phố;"),
    ("L", "- Bệnh viện Đa khoa tỉnh."),
    ("P", "Thực hiện Kế hoạch số 86/KH-UBND ngày 02/4/2025 của Ủy ban nhân dân tỉnh thực hiện Chỉ thị số 23-CT/TU ngày 10/3/2025 của Ban Thường vụ Tỉnh ủy, Sở Y tế thông báo tình hình như sau: từ đầu năm đến ngày 11/5/2025, toàn tỉnh ghi nhận 684 ca mắc sốt xuất huyết, tăng 22% so với cùng kỳ năm 2024, chưa có ca tử vong; đã xuất hiện 9 ổ dịch, trong đó thành phố Yên Thạch có 6 ổ dịch, huyện Phú Lạc Đông có 3 ổ dịch. Kết quả rà soát đến ngày 30/4/2025 cho thấy toàn tỉnh còn 2.947 trẻ dưới 5 tuổi chưa được tiêm hoặc tiêm chưa đủ mũi vắc xin sởi - rubella, vắc xin bạch hầu - ho gà - uốn ván; riêng huyện Nà Sơn Thượng có 1.108 trẻ."),
    ("P", "Để chủ động ngăn chặn dịch sốt xuất huyết trong mùa mưa và nâng tỷ lệ tiêm chủng, Sở Y tế đề nghị các đơn vị triển khai một số nội dung sau:"),
    ("H", "1. Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố"),
    ("P", "a) Chỉ đạo Ủy ban nhân dân cấp xã tổ chức chiến dịch diệt lăng quăng, bọ gậy đợt 1 từ ngày 01/6/2025 đến ngày 15/6/2025; bảo đảm ít nhất 90% hộ gia đình được kiểm tra, xử lý dụng cụ chứa nước."),
    ("P", "b) Bố trí kinh phí từ ngân sách cấp huyện để phun hóa chất xử lý ổ dịch trong vòng 48 giờ kể từ khi phát hiện ca bệnh đầu tiên."),
    ("P", "c) Riêng Ủy ban nhân dân huyện Nà Sơn Thượng ban hành danh sách xã trọng điểm tiêm chủng và phòng, chống sốt xuất huyết năm 2025 trước ngày 31/5/2025."),
    ("H", "2. Đề nghị Trung tâm Kiểm soát bệnh tật tỉnh"),
    ("P", "a) Cấp phát bổ sung vắc xin sởi - rubella và vắc xin DPT (bạch hầu - ho gà - uốn ván) cho Trung tâm Y tế các huyện trước ngày 25/5/2025."),
    ("P", "b) Giám sát côn trùng, tính chỉ số Breteau hằng tuần tại các xã có ổ dịch; thông báo kết quả cho Trung tâm Y tế các huyện vào thứ Sáu hằng tuần."),
    ("P", "c) Chủ trì, phối hợp với Đài Phát thanh và Truyền hình tỉnh sản xuất 03 phóng sự và 01 bộ thông điệp ngắn về phòng, chống sốt xuất huyết, phát sóng trong tháng 6/2025."),
    ("H", "3. Đề nghị Trung tâm Y tế các huyện, thị xã, thành phố"),
    ("P", "a) Tổ chức tiêm bù, tiêm vét cho trẻ theo danh sách rà soát, hoàn thành trước ngày 31/8/2025; bố trí điểm tiêm lưu động tại các thôn, bản cách trạm y tế trên 5 km."),
    ("P", "b) Hướng dẫn trạm y tế xã thiết lập góc truyền thông tại trạm, cập nhật tài liệu hằng tháng; tập huấn kỹ năng truyền thông trực tiếp cho nhân viên y tế thôn, bản trong quý III/2025."),
    ("H", "4. Đề nghị Bệnh viện Đa khoa tỉnh"),
    ("P", "a) Bố trí khu điều trị riêng cho người bệnh sốt xuất huyết với ít nhất 40 giường, sẵn sàng tiếp nhận ca bệnh nặng chuyển tuyến."),
    ("P", "b) Tổ chức tập huấn chẩn đoán, điều trị sốt xuất huyết Dengue cho bác sĩ tuyến huyện, tuyến xã vào ngày 12/6/2025 theo hình thức trực tiếp kết hợp trực tuyến."),
    ("H", "5. Phân công trong cơ quan Sở"),
    ("P", "Giao Phòng Nghiệp vụ Y chủ trì, phối hợp với Thanh tra Sở kiểm tra công tác phòng, chống dịch và tiêm chủng tại huyện Phú Lạc Đông và huyện Nà Sơn Thượng trong tháng 7/2025."),
    ("P", "Các đơn vị báo cáo kết quả thực hiện về Sở Y tế (qua Phòng Nghiệp vụ Y) trước ngày 20/6/2025 đối với chiến dịch đợt 1 và trước ngày 20/9/2025 đối với tiêm bù, tiêm vét. Đầu mối liên hệ: bà Triệu Thu Hà, Phó Trưởng phòng Nghiệp vụ Y, điện thoại 0216 3829 614."),
    ("P", "Sở Y tế đề nghị các đơn vị quan tâm, phối hợp thực hiện./."),
]
OI03_RECIP = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc Sở (b/c);",
              "- Sở Giáo dục và Đào tạo (phối hợp);", "- Lưu: VT, NVY."]
OI03_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(đã ký)", "", "Tạ Quang Vịnh"]


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
    for i, line in enumerate(OI03_HEAD_LEFT):
        if i >= 2:
            pdf.set_font("DV", "", 8.5)
        pdf.set_xy(12, y0 + i * 4.6)
        pdf.cell(86, 4.6, N(line), align="C")
    pdf.set_font("DV", "B", 9)
    for i, line in enumerate(OI03_HEAD_RIGHT):
        if i == 3:
            pdf.set_font("DV", "I", 9)
        pdf.set_xy(100, y0 + i * 4.6)
        pdf.cell(98, 4.6, N(line), align="C")
    pdf.set_y(y0 + 6 * 4.6)
    for kind, text in OI03_BODY:
        if kind == "K":
            pdf.set_font("DV", "B", 10.5)
            pdf.set_x(40)
            pdf.multi_cell(0, 5.5, N(text))
        elif kind == "L":
            pdf.set_font("DV", "", 10.5)
            pdf.set_x(50)
            pdf.multi_cell(0, 5.5, N(text))
        elif kind == "H":
            pdf.set_font("DV", "B", 10.5)
            pdf.multi_cell(0, 5.5, N(text))
        else:
            pdf.set_font("DV", "", 10.5)
            pdf.multi_cell(0, 5.5, N(text), align="J")
        pdf.ln(1)
    pdf.ln(2)
    y1 = pdf.get_y()
    if y1 > 240:
        pdf.add_page()
        y1 = pdf.get_y()
    for i, line in enumerate(OI03_RECIP):
        pdf.set_font("DV", "B" if i == 0 else "", 9 if i == 0 else 8.5)
        pdf.set_xy(20, y1 + i * 4.3)
        pdf.cell(80, 4.3, N(line))
    for i, line in enumerate(OI03_SIGN):
        pdf.set_font("DV", "B" if i in (0, 1, 5) else "I", 10)
        pdf.set_xy(110, y1 + i * 5)
        pdf.cell(85, 5, N(line), align="C")
    out = os.path.join(CORPUS, "oi03_cong_van_so_y_te_sot_xuat_huyet.pdf")
    pdf.output(out)
    return out


# ---------------------------------------------------------------- oi04 (DOCX): quyết định UBND huyện
OI04_TITLE = ["QUYẾT ĐỊNH",
              "Về việc phê duyệt danh sách xã trọng điểm tiêm chủng mở rộng",
              "và phòng, chống sốt xuất huyết năm 2025",
              "",
              "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN NÀ SƠN THƯỢNG"]
OI04_BASIS = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
    "Căn cứ Kế hoạch số 86/KH-UBND ngày 02/4/2025 của Ủy ban nhân dân tỉnh thực hiện Chỉ thị số 23-CT/TU ngày 10/3/2025 của Ban Thường vụ Tỉnh ủy về tiêm chủng mở rộng, phòng, chống sốt xuất huyết và truyền thông y tế cơ sở, giai đoạn 2025 - 2027;",
    "Căn cứ Công văn số 1142/SYT-NVY ngày 16/5/2025 của Sở Y tế về tăng cường phòng, chống sốt xuất huyết mùa mưa và tiêm bù vắc xin cho trẻ năm 2025;",
    "Theo đề nghị của Giám đốc Trung tâm Y tế huyện tại Tờ trình số 58/TTr-TTYT ngày 22/5/2025.",
]
OI04_ART1 = ("Điều 1. ", "Phê duyệt danh sách 06 xã, thị trấn trọng điểm tiêm chủng mở rộng và phòng, chống sốt xuất huyết năm 2025 trên địa bàn huyện Nà Sơn Thượng, cụ thể như sau:")
OI04_TABLE = [
    ["STT", "Xã, thị trấn", "Số trẻ chưa tiêm đủ mũi", "Tỷ lệ tiêm chủng đầy đủ năm 2024", "Nguy cơ sốt xuất huyết", "Nội dung ưu tiên"],
    ["1", "Xã Lũng Pẻn", "214", "71,5%", "Thấp", "Tiêm bù sởi - rubella; điểm tiêm lưu động tại 4 thôn"],
    ["2", "Xã Tà Phìn Cao", "187", "74,0%", "Thấp", "Tiêm bù; truyền thông bằng tiếng Mông"],
    ["3", "Xã Khuổi Mạ", "163", "76,8%", "Thấp", "Tiêm bù; khôi phục loa truyền thanh"],
    ["4", "Xã Nậm Chày", "152", "78,2%", "Trung bình", "Tiêm bù; truyền thông bằng tiếng Dao"],
    ["5", "Thị trấn Nà Sơn", "96", "88,9%", "Cao", "Diệt lăng quăng, bọ gậy; xử lý ổ dịch"],
    ["6", "Xã Bản Cuông", "121", "79,4%", "Cao", "Diệt lăng quăng, bọ gậy; tiêm bù"],
    ["", "Tổng cộng", "933", "", "", ""],
]
OI04_ART2_HEAD = ("Điều 2. ", "Nội dung thực hiện tại các xã, thị trấn trọng điểm:")
OI04_ART2 = [
    "Tổ chức tiêm bù, tiêm vét cho 933 trẻ theo danh sách tại Điều 1, hoàn thành trước ngày 31/8/2025;",
    "Duy trì tiêm chủng định kỳ vào ngày 15 hằng tháng; bố trí điểm tiêm lưu động tại các thôn cách trạm y tế trên 5 km;",
    "Tổ chức chiến dịch diệt lăng quăng, bọ gậy tại thị trấn Nà Sơn và xã Bản Cuông từ ngày 01/6/2025 đến ngày 15/6/2025;",
    "Truyền thông trực tiếp tại hộ gia đình bằng tiếng Mông, tiếng Dao; phát thông điệp về tiêm chủng trên loa truyền thanh ít nhất 03 lần/tuần;",
    "Kinh phí thực hiện: 356.400.000 đồng (Ba trăm năm mươi sáu triệu bốn trăm nghìn đồng) từ ngân sách huyện năm 2025.",
]
OI04_ART3_HEAD = ("Điều 3. ", "Tổ chức thực hiện")
OI04_ART3 = [
    "Trung tâm Y tế huyện là cơ quan thường trực, chủ trì tổ chức tiêm bù, giám sát dịch bệnh tại các xã trọng điểm; tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Y tế trước ngày 10/9/2025.",
    "Phòng Tài chính - Kế hoạch huyện thẩm định dự toán, tham mưu cấp kinh phí cho Trung tâm Y tế huyện trước ngày 10/6/2025.",
    "Phòng Văn hóa, Khoa học và Thông tin huyện phối hợp với Trung tâm Văn hóa, Thể thao và Truyền thông huyện sửa chữa hệ thống loa truyền thanh tại xã Khuổi Mạ và xã Lũng Pẻn trước ngày 31/7/2025.",
    "Phòng Giáo dục và Đào tạo huyện chỉ đạo các trường mầm non, tiểu học kiểm tra sổ tiêm chủng của trẻ khi nhập học năm học 2025 - 2026.",
    "Công an huyện chỉ đạo Công an các xã, thị trấn cung cấp dữ liệu dân cư về trẻ dưới 5 tuổi cho trạm y tế trước ngày 15/6/2025.",
    "Ủy ban nhân dân các xã, thị trấn có tên tại Điều 1 thành lập tổ vận động tiêm chủng do Chủ tịch Ủy ban nhân dân xã làm tổ trưởng; báo cáo tiến độ về Trung tâm Y tế huyện vào ngày 25 hằng tháng.",
]
OI04_ART4 = ("Điều 4. ", "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Giám đốc Trung tâm Y tế huyện, Trưởng phòng Tài chính - Kế hoạch, Trưởng phòng Văn hóa, Khoa học và Thông tin, Trưởng phòng Giáo dục và Đào tạo, Trưởng Công an huyện, Chủ tịch Ủy ban nhân dân các xã, thị trấn có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
OI04_RECIP = ["Nơi nhận:", "- Như Điều 4;", "- Sở Y tế tỉnh (b/c);", "- TT Huyện ủy, TT HĐND huyện;",
              "- CT, các PCT UBND huyện;", "- Lưu: VT, YT."]
OI04_SIGN = ["CHỦ TỊCH", "", "(đã ký)", "", "Lý Văn Toản"]


def _para(doc, text, bold=False, italic=False, align=None, size=13, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(N(text))
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
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
    lp.add_run(N("ỦY BAN NHÂN DÂN\nHUYỆN NÀ SƠN THƯỢNG")).bold = True
    lp.add_run(N("\n-------\nSố: 2057/QĐ-UBND"))
    lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rp = right.paragraphs[0]
    rp.add_run(N("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")).bold = True
    rp.add_run(N("\n---------------\n"))
    rp.add_run(N("Nà Sơn Thượng, ngày 28 tháng 5 năm 2025")).italic = True
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, t in enumerate(OI04_TITLE):
        _para(doc, t, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14 if i == 0 else 13)
    for t in OI04_BASIS:
        _para(doc, t, italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _para(doc, "QUYẾT ĐỊNH:", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _article(doc, *OI04_ART1)
    tb = doc.add_table(rows=len(OI04_TABLE), cols=len(OI04_TABLE[0]))
    tb.style = "Table Grid"
    for i, row in enumerate(OI04_TABLE):
        for j, val in enumerate(row):
            c = tb.rows[i].cells[j]
            c.text = ""
            run = c.paragraphs[0].add_run(N(val))
            run.bold = (i == 0 or row[0] == "")
            run.font.size = Pt(11)
    _article(doc, *OI04_ART2_HEAD)
    for t in OI04_ART2:            # Word bullets (style "List Bullet")
        _para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY, style="List Bullet")
    _article(doc, *OI04_ART3_HEAD)
    for t in OI04_ART3:            # Word numbering 1., 2., ... (style "List Number")
        _para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY, style="List Number")
    _article(doc, *OI04_ART4)
    tail = doc.add_table(rows=1, cols=2)
    a, b = tail.rows[0].cells
    a.text = ""
    b.text = ""
    ap = a.paragraphs[0]
    ap.add_run(N(OI04_RECIP[0])).bold = True
    for line in OI04_RECIP[1:]:
        r = ap.add_run(N("\n" + line))
        r.font.size = Pt(11)
    bp = b.paragraphs[0]
    bp.add_run(N("\n".join(OI04_SIGN))).bold = True
    bp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = os.path.join(CORPUS, "oi04_quyet_dinh_xa_trong_diem_tiem_chung.docx")
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build_pdf())
    print(build_docx())
