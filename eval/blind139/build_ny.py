"""Rebuild ny04 (.pdf, fpdf2) and ny05 (.docx, python-docx) of the blind139 set from the text below.
Run: /tmp/venv_ny/bin/python build_ny.py
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


# ---------------------------------------------------------------- ny04 (PDF)
NY04_HEAD_LEFT = ["ỦY BAN NHÂN DÂN TỈNH QUẢNG VÂN BẮC", "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
                  "Số: 845/SGDĐT-GDTrH",
                  "V/v tổ chức Ngày hội STEM và Cuộc thi", "\"Sáng tạo robot thiếu nhi\" năm 2026"]
NY04_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Vân Kiều, ngày 16 tháng 3 năm 2026"]

NY04_BODY = [
    ("K", "Kính gửi:"),
    ("L", "- Phòng Giáo dục và Đào tạo các huyện, thành phố;"),
    ("L", "- Hiệu trưởng các trường tiểu học, trung học cơ sở thí điểm theo Quyết định số 1234/QĐ-UBND."),
    ("P", "Thực hiện Quyết định số 1234/QĐ-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh phê duyệt Chương trình thí điểm câu lạc bộ robot và giáo dục STEM giai đoạn 2026 - 2028, Sở Giáo dục và Đào tạo phối hợp với Tỉnh đoàn Quảng Vân Bắc và Sở Khoa học và Công nghệ tổ chức Ngày hội STEM tỉnh Quảng Vân Bắc lần thứ nhất và Cuộc thi \"Sáng tạo robot thiếu nhi\" năm 2026 (sau đây gọi chung là Ngày hội). Sở Giáo dục và Đào tạo hướng dẫn các đơn vị một số nội dung như sau:"),
    ("H", "1. Thời gian, địa điểm"),
    ("P", "a) Ngày hội diễn ra trong 02 ngày, từ 7 giờ 30 ngày 23/5/2026 (thứ Bảy) đến 17 giờ 00 ngày 24/5/2026 (Chủ nhật) tại Nhà Thi đấu đa năng tỉnh, số 18 đường Trần Phú, thành phố Vân Kiều. Lễ khai mạc bắt đầu lúc 8 giờ 00 ngày 23/5/2026."),
    ("P", "b) Vòng chung kết Cuộc thi \"Sáng tạo robot thiếu nhi\" diễn ra ngày 24/5/2026 tại sân thi đấu trung tâm của Nhà Thi đấu đa năng tỉnh; lễ tổng kết, trao giải lúc 16 giờ 00 cùng ngày."),
    ("H", "2. Nội dung Ngày hội"),
    ("P", "a) Trưng bày sản phẩm STEM: mỗi Phòng Giáo dục và Đào tạo được bố trí 01 gian trưng bày kích thước 3 m x 3 m, trưng bày ít nhất 10 sản phẩm STEM của học sinh; các trường thí điểm trưng bày tối thiểu 02 sản phẩm/trường."),
    ("P", "b) Hoạt động trải nghiệm: bố trí 12 trạm trải nghiệm về lập trình, năng lượng tái tạo và nông nghiệp thông minh do sinh viên tình nguyện hướng dẫn; dự kiến đón khoảng 3.000 lượt học sinh."),
    ("P", "c) Tọa đàm \"Giáo viên với dạy học STEM\" dành cho cán bộ quản lý, giáo viên cốt cán, từ 14 giờ 00 đến 16 giờ 30 ngày 23/5/2026 tại Hội trường B."),
    ("H", "3. Cuộc thi \"Sáng tạo robot thiếu nhi\""),
    ("P", "a) Bảng A dành cho học sinh lớp 4, lớp 5: thiết kế, lắp ghép robot theo chủ đề \"Thành phố xanh\". Bảng B dành cho học sinh trung học cơ sở: robot tự hành vượt sa hình theo chủ đề \"Nông nghiệp thông minh\"."),
    ("P", "b) Mỗi đội gồm 03 học sinh và 01 giáo viên hướng dẫn; mỗi Phòng Giáo dục và Đào tạo đăng ký tối đa 06 đội, không quá 03 đội mỗi bảng."),
    ("P", "c) Vòng sơ loại chấm qua video giới thiệu sản phẩm dài không quá 03 phút; Ban Tổ chức chọn 24 đội mỗi bảng vào vòng chung kết, công bố kết quả ngày 08/5/2026 trên Cổng thông tin điện tử của Sở."),
    ("P", "d) Cơ cấu giải thưởng mỗi bảng: 01 giải Nhất (5.000.000 đồng), 02 giải Nhì (3.000.000 đồng/giải), 03 giải Ba (2.000.000 đồng/giải) và 05 giải Khuyến khích (1.000.000 đồng/giải). Đội đạt giải Nhất mỗi bảng được xem xét cử tham dự cuộc thi robot cấp quốc gia; sản phẩm xuất sắc được Sở Khoa học và Công nghệ xem xét hỗ trợ hoàn thiện từ Quỹ Phát triển khoa học và công nghệ tỉnh, tối đa 30.000.000 đồng/sản phẩm."),
    ("H", "4. Hồ sơ và thời hạn đăng ký"),
    ("P", "a) Phòng Giáo dục và Đào tạo tổ chức vòng thi cấp huyện trước ngày 15/4/2026 để lựa chọn đội dự thi cấp tỉnh."),
    ("P", "b) Hồ sơ gồm danh sách đội theo Mẫu 01, thuyết minh sản phẩm theo Mẫu 02 và đường dẫn video sản phẩm; gửi qua thư điện tử stem2026@quangvanbac.edu.vn trước 17 giờ 00 ngày 25/4/2026. Hồ sơ gửi sau thời hạn không được xét."),
    ("P", "c) Đăng ký gian trưng bày và danh sách sản phẩm trưng bày gửi trước ngày 05/5/2026."),
    ("H", "5. Tập huấn trọng tài và giáo viên hướng dẫn"),
    ("P", "Tập huấn trực tiếp lúc 8 giờ 00 ngày 09/5/2026 tại Trung tâm Bồi dưỡng nghiệp vụ sư phạm tỉnh, số 45 đường Lê Lợi, thành phố Vân Kiều. Mỗi đội vào chung kết cử giáo viên hướng dẫn tham dự; nếu vắng mặt không có lý do, đội thi bị trừ 10 điểm."),
    ("H", "6. Kinh phí"),
    ("P", "Sở Giáo dục và Đào tạo chi trả giải thưởng và chi phí tổ chức từ nguồn kinh phí thực hiện Quyết định số 1234/QĐ-UBND; Tỉnh đoàn Quảng Vân Bắc hỗ trợ áo đồng phục cho tình nguyện viên. Chi phí đi lại, ăn, nghỉ của các đội do đơn vị cử đi thanh toán theo quy định hiện hành."),
    ("H", "7. Tổ chức thực hiện"),
    ("P", "a) Giao Phòng Giáo dục Trung học chủ trì, phối hợp với Phòng Giáo dục Tiểu học xây dựng thể lệ chi tiết, thành lập Ban Giám khảo và Ban Trọng tài trước ngày 10/4/2026; Văn phòng Sở bảo đảm hậu cần, an ninh, y tế tại Ngày hội."),
    ("P", "b) Đề nghị Tỉnh đoàn Quảng Vân Bắc phân công 60 tình nguyện viên hỗ trợ đón tiếp, hướng dẫn tại các trạm trải nghiệm; phối hợp tổ chức Cuộc thi theo Quyết định số 1234/QĐ-UBND."),
    ("P", "c) Đề nghị Sở Khoa học và Công nghệ cử 02 chuyên gia tham gia Ban Giám khảo và giới thiệu doanh nghiệp công nghệ tham gia trưng bày."),
    ("P", "d) Phòng Giáo dục và Đào tạo các huyện, thành phố phổ biến Văn bản này đến các trường; phân công 01 lãnh đạo phòng làm trưởng đoàn; báo cáo kết quả tham gia Ngày hội về Sở trước ngày 05/6/2026."),
    ("P", "Thông tin chi tiết liên hệ bà Tạ Thu Hằng, chuyên viên Phòng Giáo dục Trung học, điện thoại 0236 3851 274, thư điện tử hangtt.gdtrh@quangvanbac.edu.vn."),
    ("P", "Sở Giáo dục và Đào tạo đề nghị các đơn vị triển khai thực hiện./."),
]
NY04_RECIP = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Tỉnh đoàn Quảng Vân Bắc;",
              "- Sở Khoa học và Công nghệ;", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, GDTrH."]
NY04_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(đã ký)", "", "Huỳnh Thị Kim Liên"]


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
    for i, line in enumerate(NY04_HEAD_LEFT):
        if i >= 3:
            pdf.set_font("DV", "", 8.5)
        pdf.set_xy(15, y0 + i * 4.6)
        pdf.cell(80, 4.6, N(line), align="C")
    pdf.set_font("DV", "B", 9)
    for i, line in enumerate(NY04_HEAD_RIGHT):
        if i == 3:
            pdf.set_font("DV", "I", 9)
        pdf.set_xy(98, y0 + i * 4.6)
        pdf.cell(100, 4.6, N(line), align="C")
    pdf.set_y(y0 + 6 * 4.6)
    for kind, text in NY04_BODY:
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
    if y1 > 240:
        pdf.add_page()
        y1 = pdf.get_y()
    for i, line in enumerate(NY04_RECIP):
        pdf.set_font("DV", "B" if i == 0 else "", 9 if i == 0 else 8.5)
        pdf.set_xy(20, y1 + i * 4.3)
        pdf.cell(80, 4.3, N(line))
    for i, line in enumerate(NY04_SIGN):
        pdf.set_font("DV", "B" if i in (0, 1, 5) else "I", 10)
        pdf.set_xy(110, y1 + i * 5)
        pdf.cell(85, 5, N(line), align="C")
    out = os.path.join(CORPUS, "ny04_cong_van_ngay_hoi_stem_robot.pdf")
    pdf.output(out)
    return out


# ---------------------------------------------------------------- ny05 (DOCX)
NY05_TITLE = ["BÁO CÁO",
              "Kết quả triển khai giáo dục STEM, câu lạc bộ robot và bồi dưỡng giáo viên",
              "tại các trường thí điểm đến tháng 4 năm 2026"]
# kinds: K = Kính gửi line, P = paragraph, H1/H2 = Word headings, NUM = Word numbered list,
#        BUL = Word bulleted list, TABLE = the data table, SRC = italic source note
NY05_BODY = [
    ("K", "Kính gửi:"),
    ("K2", "- Ủy ban nhân dân huyện Đông Lĩnh;"),
    ("K2", "- Sở Giáo dục và Đào tạo tỉnh Quảng Vân Bắc."),
    ("P", "Thực hiện Kế hoạch số 27/KH-UBND ngày 06/3/2026 của Ủy ban nhân dân huyện và Công văn số 845/SGDĐT-GDTrH ngày 16/3/2026 của Sở Giáo dục và Đào tạo, Phòng Giáo dục và Đào tạo huyện Đông Lĩnh báo cáo kết quả triển khai như sau:"),
    ("H1", "I. KẾT QUẢ THỰC HIỆN"),
    ("H2", "1. Công tác chỉ đạo, thành lập câu lạc bộ"),
    ("P", "Ngày 18/3/2026, Phòng Giáo dục và Đào tạo ban hành Quyết định số 46/QĐ-PGDĐT thành lập 11 câu lạc bộ robot tại 09 trường thí điểm, sớm hơn thời hạn quy định tại Kế hoạch số 27/KH-UBND. Trường Tiểu học thị trấn Đông Lĩnh và Trường THCS thị trấn Đông Lĩnh mỗi trường thành lập 02 câu lạc bộ do số học sinh đăng ký vượt 50 em. Tổng số học sinh tham gia là 290 em, vượt 50 em so với mục tiêu 240 học sinh."),
    ("H2", "2. Bồi dưỡng giáo viên"),
    ("P", "Đến ngày 20/4/2026, có 62 giáo viên của các trường thí điểm hoàn thành bồi dưỡng, gồm 02 đợt tập huấn tập trung do Sở Giáo dục và Đào tạo tổ chức (tháng 11/2025 và tháng 3/2026) và khóa học trực tuyến \"Dạy học STEM ở phổ thông\" thời lượng 30 tiết; đạt 86,1% so với chỉ tiêu 72 giáo viên. Còn 10 giáo viên chưa được bồi dưỡng, chủ yếu tại Trường THCS Hòa An Thượng và Trường Tiểu học và THCS Thạch Bàn."),
    ("H2", "3. Kết quả hoạt động tại các trường thí điểm"),
    ("P", "Số liệu cụ thể tại từng trường như sau:"),
    ("TABLE", None),
    ("SRC", "(Nguồn: tổng hợp báo cáo của các trường thí điểm, số liệu đến ngày 20/4/2026)"),
    ("P", "Trong học kỳ I và đầu học kỳ II năm học 2025 - 2026, các trường thí điểm đã tổ chức 140 bài học STEM; Trường THCS thị trấn Đông Lĩnh tổ chức nhiều nhất với 26 bài, Trường Tiểu học và THCS Thạch Bàn tổ chức ít nhất với 08 bài do chưa có phòng học STEM."),
    ("H2", "4. Vòng thi cấp huyện và chuẩn bị tham dự Ngày hội STEM cấp tỉnh"),
    ("P", "Ngày 11/4/2026, tại Trường THCS thị trấn Đông Lĩnh, Phòng Giáo dục và Đào tạo phối hợp với Huyện đoàn Đông Lĩnh tổ chức vòng thi cấp huyện Cuộc thi \"Sáng tạo robot thiếu nhi\" với 14 đội dự thi; chọn 06 đội (03 đội Bảng A, 03 đội Bảng B) gửi hồ sơ dự vòng sơ loại cấp tỉnh ngày 22/4/2026. Đội \"Ong Thợ\" của Trường Tiểu học Phước Sơn và đội \"Cánh Diều Số\" của Trường THCS Lộc Điền đạt giải Nhất cấp huyện ở hai bảng."),
    ("H2", "5. Kinh phí và huy động xã hội hóa"),
    ("P", "Đã giải ngân 486 triệu đồng trên tổng số 1.240 triệu đồng ngân sách huyện, đạt 39,2%, chủ yếu cho cải tạo 05 phòng học STEM và hỗ trợ giáo viên phụ trách câu lạc bộ. Ủy ban MTTQ Việt Nam huyện đã vận động được 215 triệu đồng, trong đó Công ty TNHH Điện tử Minh Khoa tài trợ 12 bộ robot lắp ghép trị giá 96 triệu đồng. Huyện đoàn Đông Lĩnh đã có 26 đoàn viên đăng ký tham gia Đội hình trợ giảng STEM tình nguyện."),
    ("H1", "II. TỒN TẠI, HẠN CHẾ"),
    ("BUL", "Bộ thiết bị robot giáo dục do tỉnh cấp chưa được bàn giao; các câu lạc bộ chủ yếu sử dụng bộ lắp ghép do doanh nghiệp tài trợ và thiết bị tự làm."),
    ("BUL", "Trường THCS Hòa An Thượng và Trường Tiểu học và THCS Thạch Bàn thiếu giáo viên Tin học; đường truyền internet tại xã Thạch Bàn chập chờn, tốc độ chỉ khoảng 8 Mbps."),
    ("BUL", "Việc cải tạo phòng học STEM tại 04 trường còn lại chậm do vướng thủ tục lựa chọn nhà thầu."),
    ("H1", "III. NHIỆM VỤ TRỌNG TÂM ĐẾN HẾT NĂM 2026"),
    ("NUM", "Hoàn thành cải tạo 04 phòng học STEM còn lại trước ngày 31/7/2026, ưu tiên Trường Tiểu học và THCS Thạch Bàn."),
    ("NUM", "Phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện tổ chức 02 lớp bồi dưỡng cho 72 giáo viên từ ngày 06/7 đến ngày 17/7/2026, trong đó bố trí đủ 10 giáo viên chưa được bồi dưỡng."),
    ("NUM", "Chỉ đạo các trường có đội dự thi hoàn thiện sản phẩm, sẵn sàng tham gia vòng chung kết ngày 24/5/2026 nếu được chọn."),
    ("NUM", "Phối hợp với Huyện đoàn Đông Lĩnh hoàn thiện Đội hình trợ giảng STEM tình nguyện đủ 40 đoàn viên trước ngày 30/8/2026."),
    ("H1", "IV. ĐỀ XUẤT, KIẾN NGHỊ"),
    ("BUL", "Đề nghị Sở Giáo dục và Đào tạo phối hợp với Sở Nội vụ bổ sung 02 biên chế giáo viên Tin học cho Trường THCS Hòa An Thượng và Trường Tiểu học và THCS Thạch Bàn."),
    ("BUL", "Đề nghị Ủy ban nhân dân huyện bổ sung 150 triệu đồng để lắp đặt đường truyền internet cáp quang cho 03 trường ở xã Thạch Bàn, xã Hòa An Thượng và xã Tân Mỹ Hạ."),
    ("BUL", "Đề nghị Sở Giáo dục và Đào tạo sớm bàn giao 10 bộ thiết bị robot giáo dục trước khai giảng năm học 2026 - 2027."),
    ("P", "Trên đây là báo cáo của Phòng Giáo dục và Đào tạo huyện Đông Lĩnh./."),
]
NY05_TABLE = [
    ["TT", "Trường", "Xã, thị trấn", "Số CLB robot", "Số học sinh tham gia", "Giáo viên đã bồi dưỡng",
     "Bài học STEM đã tổ chức"],
    ["1", "Tiểu học thị trấn Đông Lĩnh", "Thị trấn Đông Lĩnh", "2", "54", "8", "22"],
    ["2", "Tiểu học Phước Sơn", "Phước Sơn", "1", "28", "8", "16"],
    ["3", "Tiểu học Tân Mỹ Hạ", "Tân Mỹ Hạ", "1", "25", "6", "12"],
    ["4", "Tiểu học Lộc Điền", "Lộc Điền", "1", "24", "7", "14"],
    ["5", "THCS thị trấn Đông Lĩnh", "Thị trấn Đông Lĩnh", "2", "60", "8", "26"],
    ["6", "THCS Phước Sơn", "Phước Sơn", "1", "30", "8", "18"],
    ["7", "THCS Hòa An Thượng", "Hòa An Thượng", "1", "22", "5", "9"],
    ["8", "THCS Lộc Điền", "Lộc Điền", "1", "27", "8", "15"],
    ["9", "Tiểu học và THCS Thạch Bàn", "Thạch Bàn", "1", "20", "4", "8"],
    ["", "Cộng", "", "11", "290", "62", "140"],
]
NY05_RECIP = ["Nơi nhận:", "- Như trên;", "- Huyện đoàn Đông Lĩnh;", "- Các trường thí điểm;",
              "- Lưu: VT, CM."]
NY05_SIGN = ["TRƯỞNG PHÒNG", "", "(đã ký)", "", "Đỗ Minh Triết"]


def _para(doc, text, bold=False, italic=False, align=None, size=13, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(N(text))
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


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
    lp.add_run(N("UBND HUYỆN ĐÔNG LĨNH\n"))
    lp.add_run(N("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")).bold = True
    lp.add_run(N("\nSố: 112/BC-PGDĐT"))
    lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rp = right.paragraphs[0]
    rp.add_run(N("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")).bold = True
    rp.add_run(N("\n---------------\n"))
    rp.add_run(N("Đông Lĩnh, ngày 24 tháng 4 năm 2026")).italic = True
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, t in enumerate(NY05_TITLE):
        _para(doc, t, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14 if i == 0 else 13)
    for kind, t in NY05_BODY:
        if kind == "H1":
            doc.add_heading(N(t), level=1)
        elif kind == "H2":
            doc.add_heading(N(t), level=2)
        elif kind == "NUM":
            _para(doc, t, style="List Number", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "BUL":
            _para(doc, t, style="List Bullet", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "K":
            _para(doc, t, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "K2":
            _para(doc, t, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "SRC":
            _para(doc, t, italic=True, size=11)
        elif kind == "TABLE":
            tb = doc.add_table(rows=len(NY05_TABLE), cols=len(NY05_TABLE[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(NY05_TABLE):
                for j, val in enumerate(row):
                    c = tb.rows[i].cells[j]
                    c.text = ""
                    run = c.paragraphs[0].add_run(N(val))
                    run.bold = (i == 0 or row[0] == "")
                    run.font.size = Pt(11)
        else:
            _para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    tail = doc.add_table(rows=1, cols=2)
    a, b = tail.rows[0].cells
    a.text = ""
    b.text = ""
    ap = a.paragraphs[0]
    ap.add_run(N(NY05_RECIP[0])).bold = True
    for line in NY05_RECIP[1:]:
        r = ap.add_run(N("\n" + line))
        r.font.size = Pt(11)
    bp = b.paragraphs[0]
    bp.add_run(N("\n".join(NY05_SIGN))).bold = True
    bp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = os.path.join(CORPUS, "ny05_bao_cao_ket_qua_stem_clb_robot.docx")
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build_pdf())
    print(build_docx())
