"""Rebuild oc03 (.pdf, fpdf2) and oc04 (.docx, python-docx) of the blind143 set from the text below.
Run: /tmp/venv_oc/bin/python build_oc.py
"""
import os
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- oc03 (PDF)
OC03_HEAD_LEFT = ["ỦY BAN NHÂN DÂN TỈNH PHÚ LẠC SƠN", "SỞ Y TẾ",
                  "Số: 517/SYT-NVY",
                  "V/v hướng dẫn xây dựng môi trường không khói",
                  "thuốc và tư vấn cai nghiện thuốc lá điện tử"]
OC03_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Phú Lạc Sơn, ngày 06 tháng 3 năm 2025"]

OC03_BODY = [
    ("K", "Kính gửi:"),
    ("L", "- Trung tâm Kiểm soát bệnh tật tỉnh;"),
    ("L", "- Các bệnh viện tuyến tỉnh;"),
    ("L", "- Trung tâm Y tế các huyện, thị xã, thành phố."),
    ("P", "Thực hiện Chỉ thị số 03/CT-UBND ngày 14/01/2025 của Ủy ban nhân dân tỉnh về tăng cường phòng, chống tác hại của thuốc lá, thuốc lá điện tử, thuốc lá nung nóng trong trường học và cộng đồng, trong đó Sở Y tế được giao là cơ quan thường trực; để thống nhất cách làm giữa các đơn vị trong ngành, Sở Y tế hướng dẫn một số nội dung sau:"),
    ("H", "1. Xây dựng môi trường không khói thuốc tại cơ sở y tế"),
    ("P", "a) Các đơn vị rà soát, bổ sung biển báo \"Không hút thuốc lá\" tại cổng, khu khám bệnh, khu điều trị nội trú, căng tin; không bố trí gạt tàn, không bán thuốc lá các loại trong khuôn viên; quy định rõ việc không sử dụng thuốc lá điện tử, thuốc lá nung nóng như đối với thuốc lá điếu."),
    ("P", "b) Thành lập tổ giám sát không khói thuốc gồm ít nhất 03 người, do 01 lãnh đạo đơn vị làm tổ trưởng; tổ giám sát kiểm tra đột xuất ít nhất 02 lần/tháng và ghi sổ theo dõi."),
    ("P", "c) Kết quả thực hiện môi trường không khói thuốc là tiêu chí bắt buộc khi đánh giá chất lượng bệnh viện và xét thi đua năm 2025 của đơn vị."),
    ("H", "2. Hỗ trợ trường học và tư vấn cai nghiện thuốc lá"),
    ("P", "a) Giao Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với Bệnh viện Đa khoa tỉnh thành lập Phòng tư vấn cai nghiện thuốc lá tại trụ sở Trung tâm, đi vào hoạt động trước ngày 01/4/2025; tiếp nhận cuộc gọi qua đường dây tư vấn 1800 6239 và chuyển tuyến các trường hợp nghiện nặng về Bệnh viện Đa khoa tỉnh."),
    ("P", "b) Trung tâm Y tế các huyện, thị xã, thành phố bố trí ít nhất 01 bác sĩ và 01 điều dưỡng đã được tập huấn về tư vấn cai nghiện thuốc lá; phối hợp với nhân viên y tế trường học tổ chức tư vấn tại trường cho học sinh có nhu cầu, bảo đảm bí mật thông tin cá nhân."),
    ("P", "c) Trạm Y tế xã, phường, thị trấn phối hợp với nhà trường trên địa bàn tổ chức truyền thông trực tiếp cho học sinh ít nhất 01 buổi/học kỳ; cập nhật danh sách học sinh được tư vấn vào sổ theo dõi."),
    ("H", "3. Khảo sát tình hình sử dụng thuốc lá điện tử trong học sinh năm 2025"),
    ("P", "Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với Sở Giáo dục và Đào tạo khảo sát lặp lại tại 24 trường đã khảo sát năm 2024 và bổ sung 06 trường thuộc huyện Ngọc Phù, tổng cộng 30 trường với khoảng 3.600 học sinh; thời gian khảo sát trong tháng 10/2025; gửi báo cáo kết quả về Sở Y tế trước ngày 15/11/2025. Bộ câu hỏi khảo sát sử dụng thống nhất như năm 2024 để bảo đảm so sánh được."),
    ("H", "4. Tiếp nhận, xử trí trường hợp cấp cứu nghi do sử dụng thuốc lá điện tử"),
    ("P", "Các bệnh viện tuyến tỉnh và Trung tâm Y tế các huyện khi tiếp nhận người bệnh có biểu hiện ngộ độc nghi liên quan đến thuốc lá điện tử phải khai thác kỹ tiền sử sử dụng, lấy mẫu máu, nước tiểu và thu giữ sản phẩm (nếu có) để gửi Phòng Kỹ thuật hình sự Công an tỉnh giám định; đồng thời báo cáo nhanh về Sở Y tế (qua Phòng Nghiệp vụ Y) trong vòng 24 giờ."),
    ("H", "5. Truyền thông nhân Tuần lễ Quốc gia không thuốc lá và Ngày Thế giới không thuốc lá 31/5"),
    ("P", "Trung tâm Kiểm soát bệnh tật tỉnh chủ trì tổ chức lễ mít tinh cấp tỉnh tại thị trấn Quỳ Lạc, huyện Quỳ Lạc vào ngày 27/5/2025 với khoảng 800 người tham dự, chủ yếu là đoàn viên, học sinh; các Trung tâm Y tế huyện tổ chức treo băng rôn, phát tờ rơi tại chợ, bến xe, khu vực cổng trường trong tuần lễ từ ngày 25/5 đến 31/5/2025."),
    ("H", "6. Chế độ báo cáo"),
    ("P", "Trung tâm Y tế các huyện, thị xã, thành phố báo cáo kết quả hằng quý về Trung tâm Kiểm soát bệnh tật tỉnh trước ngày 10 của tháng đầu quý sau; Trung tâm Kiểm soát bệnh tật tỉnh tổng hợp, báo cáo Sở Y tế trước ngày 15 của tháng đầu quý sau. Các bệnh viện tuyến tỉnh báo cáo 6 tháng về Sở Y tế trước ngày 10/6/2025."),
    ("P", "Thông tin chi tiết liên hệ bà Cù Thị Ngân, Phó Trưởng phòng Nghiệp vụ Y, Sở Y tế, điện thoại 0983 517 442, thư điện tử ngancth.syt@phulacson.gov.vn."),
    ("P", "Sở Y tế đề nghị các đơn vị nghiêm túc triển khai thực hiện./."),
]
OC03_RECIP = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Sở GD&ĐT (phối hợp);",
              "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, NVY."]
OC03_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(đã ký)", "", "Mạc Đình Khuê"]


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
    for i, line in enumerate(OC03_HEAD_LEFT):
        if i >= 3:
            pdf.set_font("DV", "", 8.5)
        pdf.set_xy(15, y0 + i * 4.6)
        pdf.cell(80, 4.6, N(line), align="C")
    pdf.set_font("DV", "B", 9)
    for i, line in enumerate(OC03_HEAD_RIGHT):
        if i == 3:
            pdf.set_font("DV", "I", 9)
        pdf.set_xy(98, y0 + i * 4.6)
        pdf.cell(100, 4.6, N(line), align="C")
    pdf.set_y(y0 + 6 * 4.6)
    for kind, text in OC03_BODY:
        if kind == "K":
            pdf.set_font("DV", "B", 10.5)
            pdf.set_x(45)
            pdf.multi_cell(0, 5.4, N(text))
        elif kind == "L":
            pdf.set_font("DV", "", 10.5)
            pdf.set_x(55)
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
    for i, line in enumerate(OC03_RECIP):
        pdf.set_font("DV", "B" if i == 0 else "", 9 if i == 0 else 8.5)
        pdf.set_xy(20, y1 + i * 4.3)
        pdf.cell(80, 4.3, N(line))
    for i, line in enumerate(OC03_SIGN):
        pdf.set_font("DV", "B" if i in (0, 1, 5) else "I", 10)
        pdf.set_xy(110, y1 + i * 5)
        pdf.cell(85, 5, N(line), align="C")
    out = os.path.join(CORPUS, "oc03_cong_van_so_y_te_cai_nghien_thuoc_la.pdf")
    pdf.output(out)
    return out


# ---------------------------------------------------------------- oc04 (DOCX)
OC04_TITLE = ["QUYẾT ĐỊNH",
              "Về việc thành lập Đoàn kiểm tra liên ngành về phòng, chống tác hại của thuốc lá,",
              "thuốc lá điện tử và ban hành lịch kiểm tra năm 2025 trên địa bàn huyện Quỳ Lạc",
              "",
              "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN QUỲ LẠC"]
OC04_BASIS = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
    "Căn cứ Luật Phòng, chống tác hại của thuốc lá ngày 18 tháng 6 năm 2012;",
    "Căn cứ Chỉ thị số 03/CT-UBND ngày 14/01/2025 của Ủy ban nhân dân tỉnh Phú Lạc Sơn về tăng cường phòng, chống tác hại của thuốc lá, thuốc lá điện tử, thuốc lá nung nóng trong trường học và cộng đồng trên địa bàn tỉnh;",
    "Theo đề nghị của Trưởng phòng Y tế huyện tại Tờ trình số 27/TTr-PYT ngày 07/3/2025.",
]
OC04_ART1 = ("Điều 1. Thành lập Đoàn kiểm tra liên ngành về phòng, chống tác hại của thuốc lá, "
             "thuốc lá điện tử trên địa bàn huyện Quỳ Lạc (sau đây gọi là Đoàn kiểm tra), gồm các "
             "ông, bà có tên sau:")
OC04_MEMBERS = [
    ["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Chức danh trong Đoàn"],
    ["1", "Thân Quốc Bảo", "Phó Chủ tịch Ủy ban nhân dân huyện", "Trưởng đoàn"],
    ["2", "Bế Thị Loan", "Trưởng phòng Y tế huyện", "Phó Trưởng đoàn thường trực"],
    ["3", "Ông Văn Lực", "Phó Trưởng Công an huyện", "Phó Trưởng đoàn"],
    ["4", "Đinh Thị Mỹ Châu", "Phó Trưởng phòng Giáo dục và Đào tạo huyện", "Thành viên"],
    ["5", "Hà Quang Vinh", "Đội trưởng Đội Quản lý thị trường số 4", "Thành viên"],
    ["6", "Lò Văn Sáng", "Phó Giám đốc Trung tâm Y tế huyện", "Thành viên"],
    ["7", "Trịnh Ngọc Ánh", "Phó Trưởng phòng Văn hóa và Thông tin huyện", "Thành viên"],
    ["8", "Phan Thị Hồng Nhung", "Chuyên viên Phòng Y tế huyện", "Thư ký"],
]
OC04_ART2_HEAD = "Điều 2. Nhiệm vụ, quyền hạn của Đoàn kiểm tra"
OC04_ART2_ITEMS = [
    "Kiểm tra việc thực hiện quy định cấm hút thuốc lá, thuốc lá điện tử, thuốc lá nung nóng tại trường học, cơ sở y tế, công sở và nơi công cộng trên địa bàn huyện.",
    "Kiểm tra các điểm bán lẻ thuốc lá trong phạm vi 100 m tính từ ranh giới khuôn viên trường học; phát hiện, tạm giữ thuốc lá điện tử, thuốc lá nung nóng, tinh dầu không rõ nguồn gốc.",
    "Lập biên bản, xử lý theo thẩm quyền hoặc kiến nghị người có thẩm quyền xử lý vi phạm hành chính; chuyển cơ quan điều tra các vụ việc có dấu hiệu tội phạm.",
    "Đoàn kiểm tra làm việc theo chế độ kiêm nhiệm, sử dụng con dấu của Ủy ban nhân dân huyện; tự giải thể sau khi hoàn thành nhiệm vụ.",
]
OC04_SCHED_HEAD = "Lịch kiểm tra năm 2025 của Đoàn kiểm tra như sau:"
OC04_SCHED = [
    ["STT", "Địa bàn, đối tượng kiểm tra", "Thời gian", "Đơn vị chủ trì tại địa bàn"],
    ["1", "Thị trấn Quỳ Lạc: Trường THPT Quỳ Lạc, Trường THCS thị trấn Quỳ Lạc và 18 điểm bán lẻ quanh cổng trường", "Từ 24/3 đến 28/3/2025", "Công an huyện"],
    ["2", "Xã Quỳ Thạnh, xã An Phù Đông: trường tiểu học, trung học cơ sở, chợ Quỳ Thạnh", "Tháng 4/2025", "Phòng Y tế huyện"],
    ["3", "Xã Hòa Lạc Thượng, xã Tân Vĩnh Khê: trường học, trạm y tế, quán cà phê, điểm trò chơi điện tử", "Tháng 5/2025", "Đội Quản lý thị trường số 4"],
    ["4", "Phúc tra các cơ sở đã bị lập biên bản vi phạm trong các đợt trước", "Tháng 10/2025", "Phòng Y tế huyện"],
]
OC04_ART3_HEAD = "Điều 3. Tổ chức thực hiện"
OC04_ART3 = [
    "Phòng Y tế huyện là cơ quan thường trực của Đoàn kiểm tra; tổng hợp kết quả, báo cáo Chủ tịch Ủy ban nhân dân huyện sau mỗi đợt kiểm tra và báo cáo kết quả cả năm trước ngày 05/12/2025.",
    "Phòng Tài chính - Kế hoạch bố trí 95 triệu đồng từ ngân sách huyện năm 2025 cho hoạt động của Đoàn kiểm tra.",
    "Ủy ban nhân dân các xã, thị trấn cử công chức văn hóa - xã hội và Công an xã, thị trấn phối hợp khi Đoàn kiểm tra làm việc trên địa bàn; niêm yết danh sách điểm bán vi phạm tại trụ sở.",
    "Đề nghị Ủy ban MTTQ Việt Nam huyện cử đại diện tham gia giám sát hoạt động của Đoàn kiểm tra.",
]
OC04_ART4 = ("Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, "
             "Trưởng phòng Y tế, Trưởng Công an huyện, Trưởng phòng Tài chính - Kế hoạch, Chủ tịch Ủy "
             "ban nhân dân các xã, thị trấn, thủ trưởng các cơ quan, đơn vị có liên quan và các ông, bà "
             "có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
OC04_RECIP = ["Nơi nhận:", "- Như Điều 4;", "- UBND tỉnh (b/c);", "- Sở Y tế (b/c);",
              "- TT Huyện ủy, TT HĐND huyện;", "- CT, các PCT UBND huyện;", "- Lưu: VT, YT."]
OC04_SIGN = ["CHỦ TỊCH", "", "(đã ký)", "", "Lưu Đức Thuận"]


def _para(doc, text, bold=False, italic=False, align=None, size=13, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(N(text))
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def _table(doc, rows, size=11):
    tb = doc.add_table(rows=len(rows), cols=len(rows[0]))
    tb.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = tb.rows[i].cells[j]
            c.text = ""
            run = c.paragraphs[0].add_run(N(val))
            run.bold = (i == 0)
            run.font.size = Pt(size)
    return tb


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
    lp.add_run(N("ỦY BAN NHÂN DÂN\nHUYỆN QUỲ LẠC")).bold = True
    lp.add_run(N("\n-------\nSố: 1846/QĐ-UBND"))
    lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rp = right.paragraphs[0]
    rp.add_run(N("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")).bold = True
    rp.add_run(N("\n---------------\n"))
    rp.add_run(N("Quỳ Lạc, ngày 12 tháng 3 năm 2025")).italic = True
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, t in enumerate(OC04_TITLE):
        _para(doc, t, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14 if i == 0 else 13)
    for t in OC04_BASIS:
        _para(doc, t, italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _para(doc, "QUYẾT ĐỊNH:", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, OC04_ART1, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _table(doc, OC04_MEMBERS)
    _para(doc, OC04_ART2_HEAD, bold=True)
    for t in OC04_ART2_ITEMS:  # Word's own automatic numbering (numPr), no typed numbers
        _para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY, style="List Number")
    _para(doc, OC04_SCHED_HEAD, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _table(doc, OC04_SCHED)
    _para(doc, OC04_ART3_HEAD, bold=True)
    for t in OC04_ART3:
        _para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY, style="List Bullet")
    _para(doc, OC04_ART4, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    tail = doc.add_table(rows=1, cols=2)
    a, b = tail.rows[0].cells
    a.text = ""
    b.text = ""
    ap = a.paragraphs[0]
    ap.add_run(N(OC04_RECIP[0])).bold = True
    for line in OC04_RECIP[1:]:
        r = ap.add_run(N("\n" + line))
        r.font.size = Pt(11)
    bp = b.paragraphs[0]
    bp.add_run(N("\n".join(OC04_SIGN))).bold = True
    bp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = os.path.join(CORPUS, "oc04_quyet_dinh_doan_kiem_tra_lien_nganh.docx")
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build_pdf())
    print(build_docx())
