"""Rebuild ok03 (.pdf, fpdf2) and ok04 (.docx, python-docx) of the blind151 set from the text below.
Run: /tmp/venv_ok/bin/python build_ok.py      (needs python-docx, fpdf2)
The .txt/.md documents (ok01, ok02, ok05) are kept as they are in corpus/.
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


# ---------------------------------------------------------------- ok03 (PDF): công văn Sở Công Thương
OK03_HEAD_LEFT = ["ỦY BAN NHÂN DÂN TỈNH MINH HẢI SƠN", "SỞ CÔNG THƯƠNG",
                  "Số: 512/SCT-QLNL",
                  "V/v hướng dẫn lắp đặt điện mặt trời mái nhà",
                  "và tiết kiệm điện tại cơ quan, trường học"]
OK03_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Minh Hải Sơn, ngày 05 tháng 6 năm 2025"]

OK03_BODY = [
    ("K", "Kính gửi:"),
    ("L", "- Các sở, ban, ngành tỉnh;"),
    ("L", "- Ủy ban nhân dân các huyện, thành phố;"),
    ("L", "- Sở Giáo dục và Đào tạo;"),
    ("L", "- Công ty Điện lực Minh Hải Sơn."),
    ("P", "Thực hiện Kế hoạch số 86/KH-UBND ngày 10/4/2025 của Ủy ban nhân dân tỉnh thực hiện Chỉ thị số 24-CT/TU ngày 12/3/2025 của Ban Thường vụ Tỉnh ủy về phát triển điện mặt trời mái nhà và sử dụng năng lượng tiết kiệm, hiệu quả trong cơ quan, trường học, Sở Công Thương đã tổng hợp tình hình tại các đơn vị. Đến ngày 31/5/2025, toàn tỉnh có 41 trụ sở cơ quan, trường học đã lắp đặt điện mặt trời mái nhà với tổng công suất 1.620 kWp, tăng 12 công trình so với cuối năm 2024. Trong 5 tháng đầu năm 2025, điện năng tiêu thụ của khối cơ quan nhà nước giảm 1,9% so với cùng kỳ, thấp hơn chỉ tiêu giảm 3% của cả năm. Một số đơn vị lắp đặt nhưng chưa thông báo cho ngành điện, chưa có thiết bị chống phát ngược lên lưới; 07 công trình chưa được đánh giá khả năng chịu lực của mái."),
    ("P", "Để thực hiện chỉ tiêu năm 2025, Sở Công Thương đề nghị các cơ quan, đơn vị triển khai một số nội dung sau:"),
    ("H", "1. Đề nghị các sở, ban, ngành tỉnh và Ủy ban nhân dân các huyện, thành phố"),
    ("P", "a) Ban hành quy chế sử dụng điện nội bộ trước ngày 30/6/2025, trong đó quy định rõ: nhiệt độ điều hòa không thấp hơn 26°C; tắt đèn, quạt, máy tính khi ra khỏi phòng; ngắt nguồn thiết bị ở chế độ chờ sau giờ làm việc; tận dụng tối đa ánh sáng tự nhiên."),
    ("P", "b) Lắp đặt điện mặt trời mái nhà theo hình thức tự sản xuất, tự tiêu thụ; tổng công suất lắp đặt không vượt quá nhu cầu sử dụng điện ban ngày của đơn vị; bắt buộc lắp thiết bị chống phát ngược để không phát điện lên lưới điện quốc gia."),
    ("P", "c) Trước khi lắp đặt phải có báo cáo đánh giá khả năng chịu lực của mái do đơn vị tư vấn đủ năng lực lập; gửi thông báo lắp đặt đến Sở Công Thương và Công ty Điện lực Minh Hải Sơn chậm nhất 10 ngày làm việc trước ngày thi công."),
    ("P", "d) Không sử dụng tấm pin, bộ biến tần đã qua sử dụng; thiết bị phải có chứng nhận hợp quy, được bảo hành tối thiểu 10 năm đối với tấm pin và 05 năm đối với bộ biến tần."),
    ("H", "2. Đề nghị Sở Giáo dục và Đào tạo"),
    ("P", "a) Chỉ đạo các trường trung học phổ thông, trường phổ thông dân tộc nội trú lồng ghép nội dung giáo dục sử dụng năng lượng tiết kiệm vào hoạt động trải nghiệm, hướng nghiệp với thời lượng ít nhất 02 tiết mỗi học kỳ."),
    ("P", "b) Tổng hợp danh sách trường học có mái đủ điều kiện lắp đặt, kèm nhu cầu kinh phí, gửi Sở Công Thương trước ngày 15/7/2025 để tham mưu Ủy ban nhân dân tỉnh bố trí vốn năm 2026."),
    ("P", "c) Phối hợp với Sở Khoa học và Công nghệ lựa chọn 05 trường phổ thông dân tộc nội trú thí điểm hệ thống điện mặt trời có thiết bị lưu trữ theo Kế hoạch số 86/KH-UBND, thống nhất danh sách trước ngày 31/7/2025."),
    ("H", "3. Đề nghị Công ty Điện lực Minh Hải Sơn"),
    ("P", "a) Chỉ đạo các điện lực huyện, thành phố hướng dẫn, kiểm tra thiết bị chống phát ngược khi các cơ quan, trường học đưa hệ thống vào vận hành."),
    ("P", "b) Cung cấp số liệu điện năng tiêu thụ hằng tháng của các cơ quan, trường học sử dụng ngân sách nhà nước cho Sở Công Thương trước ngày 10 hằng tháng."),
    ("H", "4. Đề nghị Ủy ban nhân dân các huyện, thành phố"),
    ("P", "a) Chỉ đạo Phòng Kinh tế và Hạ tầng (Phòng Quản lý đô thị) hướng dẫn Ủy ban nhân dân cấp xã, các trường mầm non, tiểu học, trung học cơ sở thực hiện Văn bản này."),
    ("P", "b) Ủy ban nhân dân huyện Phú Lạc Sơn khẩn trương phê duyệt danh sách ít nhất 10 cơ quan, trường học lắp đặt thí điểm trước ngày 30/6/2025 theo Kế hoạch số 86/KH-UBND."),
    ("P", "c) Báo cáo kết quả thực hiện năm 2025 về Sở Công Thương trước ngày 20/11/2025."),
    ("H", "5. Tổ chức thực hiện"),
    ("P", "Giao Phòng Quản lý năng lượng làm đầu mối theo dõi, hướng dẫn; chủ trì, phối hợp với Văn phòng Sở tổ chức hội nghị tập huấn về lắp đặt điện mặt trời mái nhà và kiểm toán năng lượng cho cán bộ phụ trách của các đơn vị vào ngày 24/6/2025 tại Hội trường Sở Công Thương. Thanh tra Sở đưa việc chấp hành quy định về kiểm toán năng lượng vào kế hoạch thanh tra năm 2026."),
    ("P", "Thông tin chi tiết liên hệ ông Lưu Quang Hiển, Trưởng phòng Quản lý năng lượng, điện thoại 0292 3715 648, thư điện tử hienlq.qlnl@minhhaison.gov.vn."),
    ("P", "Sở Công Thương đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./."),
]
OK03_RECIP = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc Sở (b/c);",
              "- Công an tỉnh (PC07);", "- Báo và PT, TH Minh Hải Sơn;", "- Lưu: VT, QLNL."]
OK03_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(đã ký)", "", "Đặng Quốc Thịnh"]


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
    for i, line in enumerate(OK03_HEAD_LEFT):
        if i >= 3:
            pdf.set_font("DV", "", 8.5)
        pdf.set_xy(12, y0 + i * 4.6)
        pdf.cell(86, 4.6, N(line), align="C")
    pdf.set_font("DV", "B", 9)
    for i, line in enumerate(OK03_HEAD_RIGHT):
        if i == 3:
            pdf.set_font("DV", "I", 9)
        pdf.set_xy(100, y0 + i * 4.6)
        pdf.cell(98, 4.6, N(line), align="C")
    pdf.set_y(y0 + 6 * 4.6)
    for kind, text in OK03_BODY:
        if kind == "K":
            pdf.set_font("DV", "B", 10.5)
            pdf.set_x(40)
            pdf.multi_cell(0, 5.4, N(text))
        elif kind == "L":
            pdf.set_font("DV", "", 10.5)
            pdf.set_x(50)
            pdf.multi_cell(0, 5.4, N(text))
        elif kind == "H":
            pdf.set_font("DV", "B", 10.5)
            pdf.multi_cell(0, 5.4, N(text))
        else:
            pdf.set_font("DV", "", 10.5)
            pdf.multi_cell(0, 5.4, N(text), align="J")
        pdf.ln(1)
    pdf.ln(2)
    y1 = pdf.get_y()
    if y1 > 240:
        pdf.add_page()
        y1 = pdf.get_y()
    for i, line in enumerate(OK03_RECIP):
        pdf.set_font("DV", "B" if i == 0 else "", 9 if i == 0 else 8.5)
        pdf.set_xy(20, y1 + i * 4.3)
        pdf.cell(80, 4.3, N(line))
    for i, line in enumerate(OK03_SIGN):
        pdf.set_font("DV", "B" if i in (0, 1, 5) else "I", 10)
        pdf.set_xy(110, y1 + i * 5)
        pdf.cell(85, 5, N(line), align="C")
    out = os.path.join(CORPUS, "ok03_cong_van_so_cong_thuong_dien_mat_troi.pdf")
    pdf.output(out)
    return out


# ---------------------------------------------------------------- ok04 (DOCX): quyết định UBND huyện
OK04_TITLE = ["QUYẾT ĐỊNH",
              "Về việc phê duyệt danh sách cơ quan, trường học lắp đặt thí điểm",
              "điện mặt trời mái nhà và các biện pháp tiết kiệm điện năm 2025",
              "",
              "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN PHÚ LẠC SƠN"]
OK04_BASIS = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
    "Căn cứ Luật Sử dụng năng lượng tiết kiệm và hiệu quả;",
    "Căn cứ Kế hoạch số 86/KH-UBND ngày 10/4/2025 của Ủy ban nhân dân tỉnh thực hiện Chỉ thị số 24-CT/TU ngày 12/3/2025 của Ban Thường vụ Tỉnh ủy về phát triển điện mặt trời mái nhà và sử dụng năng lượng tiết kiệm, hiệu quả trong cơ quan, trường học giai đoạn 2025 - 2027;",
    "Căn cứ Công văn số 512/SCT-QLNL ngày 05/6/2025 của Sở Công Thương về hướng dẫn lắp đặt điện mặt trời mái nhà và tiết kiệm điện tại cơ quan, trường học;",
    "Theo đề nghị của Trưởng phòng Kinh tế và Hạ tầng huyện tại Tờ trình số 74/TTr-KTHT ngày 16/6/2025.",
]
OK04_ART1 = ("Điều 1. ", "Phê duyệt danh sách 10 cơ quan, trường học lắp đặt thí điểm điện mặt trời mái nhà theo hình thức tự sản xuất, tự tiêu thụ năm 2025 trên địa bàn huyện Phú Lạc Sơn (địa bàn điểm của tỉnh theo Chỉ thị số 24-CT/TU), cụ thể như sau:")
OK04_TABLE = [
    ["STT", "Tên cơ quan, trường học", "Xã, thị trấn", "Công suất dự kiến (kWp)", "Kinh phí dự kiến (triệu đồng)", "Nguồn kinh phí"],
    ["1", "Trụ sở Hội đồng nhân dân và Ủy ban nhân dân huyện", "Thị trấn Phú Lạc", "50", "620", "Ngân sách huyện"],
    ["2", "Trung tâm Chính trị huyện", "Thị trấn Phú Lạc", "20", "250", "Ngân sách huyện"],
    ["3", "Trường THCS thị trấn Phú Lạc", "Thị trấn Phú Lạc", "30", "370", "Ngân sách huyện"],
    ["4", "Trường THCS Lương Điền", "Xã Lương Điền", "25", "310", "Ngân sách huyện; xã hội hóa"],
    ["5", "Trường Tiểu học Lương Điền", "Xã Lương Điền", "15", "190", "Xã hội hóa"],
    ["6", "Trường Mầm non Tân Phú Hạ", "Xã Tân Phú Hạ", "10", "130", "Ngân sách huyện"],
    ["7", "Trường TH&THCS Thạch Bàn Thượng", "Xã Thạch Bàn Thượng", "15", "260", "Ngân sách huyện (hệ thống có thiết bị lưu trữ)"],
    ["8", "Trụ sở Ủy ban nhân dân xã Lương Điền", "Xã Lương Điền", "10", "125", "Ngân sách xã"],
    ["9", "Trụ sở Ủy ban nhân dân xã Tân Phú Hạ", "Xã Tân Phú Hạ", "10", "125", "Ngân sách xã"],
    ["10", "Trường PTDTBT Tiểu học Nậm Sảo", "Xã Thạch Bàn Thượng", "10", "210", "Ngân sách huyện (hệ thống có thiết bị lưu trữ)"],
    ["", "Tổng cộng", "", "195", "2.590", ""],
]
OK04_ART2_HEAD = ("Điều 2. ", "Các biện pháp tiết kiệm điện áp dụng tại tất cả cơ quan, đơn vị, trường học công lập trên địa bàn huyện kể từ ngày 01/7/2025:")
# Word list numbering through the built-in "List Number" style
OK04_ART2 = [
    "Cài đặt nhiệt độ điều hòa không thấp hơn 26°C; không sử dụng điều hòa tại phòng học khi nhiệt độ ngoài trời dưới 28°C.",
    "Tắt đèn, quạt, máy tính khi ra khỏi phòng; ngắt nguồn máy chiếu, ti vi, máy in sau giờ làm việc.",
    "Đèn chiếu sáng trong khuôn viên trụ sở, trường học chỉ bật từ 18 giờ đến 22 giờ hằng ngày.",
    "Mỗi cơ quan, trường học phân công 01 người theo dõi điện năng, ghi chỉ số công tơ vào ngày cuối cùng của tháng.",
    "Phấn đấu giảm ít nhất 5% điện năng tiêu thụ năm 2025 so với năm 2024; kết quả thực hiện là tiêu chí xét thi đua cuối năm của đơn vị và người đứng đầu.",
]
OK04_ART3_HEAD = ("Điều 3. ", "Tổ chức thực hiện")
# Word list bullets through the built-in "List Bullet" style
OK04_ART3 = [
    "Phòng Kinh tế và Hạ tầng huyện là cơ quan thường trực, chủ trì hướng dẫn các đơn vị lập hồ sơ, thông báo lắp đặt; tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Công Thương trước ngày 20/11/2025.",
    "Phòng Tài chính - Kế hoạch huyện thẩm định dự toán, tham mưu bố trí kinh phí từ ngân sách huyện năm 2025 trước ngày 15/7/2025.",
    "Phòng Giáo dục và Đào tạo huyện chủ trì, phối hợp với Huyện Đoàn xây dựng mô hình \"Trường học xanh - tiết kiệm năng lượng\" tại Trường THCS Lương Điền, hoàn thành trước ngày 30/11/2025.",
    "Đề nghị Điện lực Phú Lạc Sơn hướng dẫn kỹ thuật, kiểm tra thiết bị chống phát ngược lên lưới trước khi các hệ thống được đưa vào vận hành.",
    "Trung tâm Văn hóa, Thể thao và Truyền thông huyện tuyên truyền kết quả thí điểm trên hệ thống truyền thanh và trang thông tin điện tử của huyện.",
    "Ủy ban nhân dân thị trấn Phú Lạc và các xã Lương Điền, Tân Phú Hạ, Thạch Bàn Thượng phối hợp giám sát thi công, bảo đảm an toàn; báo cáo kết quả về Phòng Kinh tế và Hạ tầng trước ngày 18/11/2025.",
    "Thủ trưởng các cơ quan, hiệu trưởng các trường có tên tại Điều 1 hoàn thành lắp đặt, đưa hệ thống vào vận hành trước ngày 31/10/2025.",
]
OK04_ART4 = ("Điều 4. ", "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng phòng Kinh tế và Hạ tầng, Trưởng phòng Tài chính - Kế hoạch, Trưởng phòng Giáo dục và Đào tạo, Giám đốc Trung tâm Văn hóa, Thể thao và Truyền thông huyện, Chủ tịch Ủy ban nhân dân thị trấn Phú Lạc và các xã có tên tại Điều 1, thủ trưởng các cơ quan và hiệu trưởng các trường có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
OK04_RECIP = ["Nơi nhận:", "- Như Điều 4;", "- Sở Công Thương (b/c);", "- TT Huyện ủy, TT HĐND huyện;",
              "- CT, các PCT UBND huyện;", "- Điện lực Phú Lạc Sơn;", "- Lưu: VT, KTHT."]
OK04_SIGN = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(đã ký)", "", "Hà Quang Vịnh"]


def _para(doc, text, bold=False, italic=False, align=None, size=13, style=None):
    p = doc.add_paragraph(style=style)
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
    lp.add_run(N("ỦY BAN NHÂN DÂN\nHUYỆN PHÚ LẠC SƠN")).bold = True
    lp.add_run(N("\n-------\nSố: 1268/QĐ-UBND"))
    lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rp = right.paragraphs[0]
    rp.add_run(N("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")).bold = True
    rp.add_run(N("\n---------------\n"))
    rp.add_run(N("Phú Lạc Sơn, ngày 20 tháng 6 năm 2025")).italic = True
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, t in enumerate(OK04_TITLE):
        _para(doc, t, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14 if i == 0 else 13)
    for t in OK04_BASIS:
        _para(doc, t, italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _para(doc, "QUYẾT ĐỊNH:", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _article(doc, *OK04_ART1)
    tb = doc.add_table(rows=len(OK04_TABLE), cols=len(OK04_TABLE[0]))
    tb.style = "Table Grid"
    for i, row in enumerate(OK04_TABLE):
        for j, val in enumerate(row):
            c = tb.rows[i].cells[j]
            c.text = ""
            run = c.paragraphs[0].add_run(N(val))
            run.bold = (i == 0 or row[0] == "")
            run.font.size = Pt(11)
    _article(doc, *OK04_ART2_HEAD)
    for t in OK04_ART2:
        _para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY, style="List Number")
    _article(doc, *OK04_ART3_HEAD)
    for t in OK04_ART3:
        _para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY, style="List Bullet")
    _article(doc, *OK04_ART4)
    tail = doc.add_table(rows=1, cols=2)
    a, b = tail.rows[0].cells
    a.text = ""
    b.text = ""
    ap = a.paragraphs[0]
    ap.add_run(N(OK04_RECIP[0])).bold = True
    for line in OK04_RECIP[1:]:
        r = ap.add_run(N("\n" + line))
        r.font.size = Pt(11)
    bp = b.paragraphs[0]
    bp.add_run(N("\n".join(OK04_SIGN))).bold = True
    bp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = os.path.join(CORPUS, "ok04_quyet_dinh_thi_diem_dien_mat_troi_phu_lac_son.docx")
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build_pdf())
    print(build_docx())
