"""Rebuild nw03 (.docx, python-docx) and nw04 (.pdf, fpdf2) of the blind137 set from the text below.
Run: /tmp/venv_nw/bin/python build_nw.py
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


# ---------------------------------------------------------------- nw03 (DOCX)
NW03_TITLE = ["BÁO CÁO",
              "Kết quả xây dựng, quản lý nhãn hiệu tập thể, nhãn hiệu chứng nhận và truy xuất",
              "nguồn gốc sản phẩm năm 2025; nhiệm vụ năm 2026 trên địa bàn huyện Mỹ Đoài"]
NW03_BEFORE = [
    ("P", "Thực hiện Kế hoạch số 31/KH-UBND ngày 14/01/2026 của Ủy ban nhân dân tỉnh và Công văn số 218/SKHCN-QLCN ngày 02/3/2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân huyện Mỹ Đoài báo cáo kết quả như sau:"),
    ("H1", "I. KẾT QUẢ THỰC HIỆN NĂM 2025"),
    ("H2", "1. Công tác chỉ đạo, tuyên truyền"),
    ("P", "Ủy ban nhân dân huyện ban hành Kế hoạch số 09/KH-UBND ngày 20/02/2025 về phát triển nhãn hiệu sản phẩm đặc sản của huyện; tổ chức 04 hội nghị tuyên truyền về sở hữu trí tuệ với 260 lượt người tham dự tại các xã Phú Mỹ Đoài, Quang Lộc, Bến Đoài và thị trấn Mỹ Đoài. Ngân sách huyện bố trí 185.000.000 đồng cho in bao bì, tem nhãn và quảng bá sản phẩm mang nhãn hiệu."),
    ("H2", "2. Tình hình đăng ký, quản lý, sử dụng nhãn hiệu"),
    ("P", "Đến ngày 31/12/2025, huyện có 04 sản phẩm đã được cấp văn bằng bảo hộ và 01 sản phẩm đang hoàn thiện hồ sơ, cụ thể như sau:"),
]
NW03_TABLE = [
    ["TT", "Sản phẩm", "Loại nhãn hiệu", "Chủ sở hữu", "Văn bằng / tình trạng",
     "Thành viên được sử dụng", "Sản lượng 2025", "Tem truy xuất đã dùng"],
    ["1", "Hành tím Mỹ Đoài", "Nhãn hiệu tập thể", "Hội Sản xuất và kinh doanh hành tím Mỹ Đoài",
     "Số 398114, cấp ngày 12/7/2021", "146 hộ", "2.340 tấn", "18.500"],
    ["2", "Rượu nếp Quang Lộc", "Nhãn hiệu tập thể", "Hợp tác xã Rượu truyền thống Quang Lộc",
     "Số 421907, cấp ngày 05/9/2022", "38 thành viên", "96.000 lít", "22.000"],
    ["3", "Cá thát lát sông Đoài", "Nhãn hiệu tập thể", "Hợp tác xã Thủy sản Bến Đoài",
     "Số 455630, cấp ngày 28/3/2024", "27 thành viên", "410 tấn", "6.200"],
    ["4", "Dưa lưới Mỹ Đoài", "Nhãn hiệu chứng nhận", "Ủy ban nhân dân huyện Mỹ Đoài",
     "Số 472851, cấp ngày 19/6/2025", "12 tổ chức, cá nhân", "185 tấn", "9.800"],
    ["5", "Gạo nếp cẩm Mỹ Đoài", "Nhãn hiệu tập thể", "Hợp tác xã Nông nghiệp Phú Mỹ Đoài",
     "Đang hoàn thiện hồ sơ, dự kiến nộp đơn quý II/2026", "-", "620 tấn", "0"],
    ["", "Cộng", "", "", "", "", "", "56.500"],
]
NW03_AFTER = [
    ("P", "Năm 2025, hành tím mang nhãn hiệu tập thể \"Hành tím Mỹ Đoài\" bán cao hơn 15 - 20% so với sản phẩm cùng loại không mang nhãn hiệu; doanh thu của Hợp tác xã Rượu truyền thống Quang Lộc đạt 7,2 tỷ đồng, tăng 26% so với năm 2024. Sản phẩm dưa lưới được đưa vào 11 siêu thị, cửa hàng tiện lợi trong và ngoài tỉnh."),
    ("H2", "3. Truy xuất nguồn gốc sản phẩm"),
    ("P", "Toàn huyện có 31 cơ sở tham gia Hệ thống truy xuất nguồn gốc sản phẩm tỉnh Hà Phong Nam, sử dụng 56.500 tem truy xuất nguồn gốc; 14/21 sản phẩm OCOP của huyện đã được gắn tem, trong đó 6/6 sản phẩm OCOP đạt 4 sao. Tháng 12/2025 ghi nhận 2.870 lượt người tiêu dùng quét mã, cao nhất trong năm."),
    ("H1", "II. TỒN TẠI, HẠN CHẾ"),
    ("B", "Quy chế quản lý, sử dụng nhãn hiệu tập thể \"Hành tím Mỹ Đoài\" ban hành từ năm 2021 chưa quy định cơ chế kiểm soát chất lượng, chưa phù hợp với Luật Sở hữu trí tuệ sửa đổi năm 2022."),
    ("B", "Qua kiểm tra, Đội Quản lý thị trường số 3 phát hiện 03 cơ sở tại thị trấn Mỹ Đoài sử dụng bao bì \"Hành tím Mỹ Đoài\" cho hành nhập từ nơi khác, xử phạt tổng số tiền 27.500.000 đồng."),
    ("B", "7 sản phẩm OCOP 3 sao chưa gắn tem truy xuất nguồn gốc do cơ sở chưa cập nhật nhật ký sản xuất lên hệ thống."),
    ("H1", "III. NHIỆM VỤ TRỌNG TÂM NĂM 2026"),
    ("N", "Giao Phòng Kinh tế huyện chủ trì, phối hợp với Hợp tác xã Nông nghiệp Phú Mỹ Đoài hoàn thiện hồ sơ đăng ký nhãn hiệu tập thể \"Gạo nếp cẩm Mỹ Đoài\", gửi Sở Khoa học và Công nghệ trước ngày 15/5/2026."),
    ("N", "Phòng Kinh tế huyện hướng dẫn Hội Sản xuất và kinh doanh hành tím Mỹ Đoài sửa đổi quy chế quản lý, sử dụng nhãn hiệu tập thể, hoàn thành trước ngày 31/5/2026."),
    ("N", "Trung tâm Văn hóa, Thông tin và Thể thao huyện phối hợp với Phòng Kinh tế huyện mở chuyên mục giới thiệu sản phẩm mang nhãn hiệu trên đài truyền thanh huyện, phát 02 kỳ mỗi tháng."),
    ("N", "Ủy ban nhân dân các xã Phú Mỹ Đoài, Quang Lộc, Bến Đoài và thị trấn Mỹ Đoài rà soát danh sách thành viên được cấp quyền sử dụng nhãn hiệu trước ngày 30/4/2026; vận động 100% cơ sở có sản phẩm OCOP cập nhật nhật ký sản xuất lên hệ thống truy xuất."),
    ("N", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và Hội Nông dân huyện giám sát việc sử dụng nhãn hiệu tập thể tại cộng đồng, phát hiện và phản ánh kịp thời các trường hợp giả mạo."),
    ("H1", "IV. ĐỀ XUẤT, KIẾN NGHỊ"),
    ("B", "Đề nghị Sở Khoa học và Công nghệ hỗ trợ 12.000 tem truy xuất nguồn gốc cho Hợp tác xã Nông nghiệp Phú Mỹ Đoài trong năm 2026."),
    ("B", "Đề nghị Ủy ban nhân dân tỉnh hỗ trợ 150.000.000 đồng để xây dựng hệ thống kiểm soát chất lượng cho nhãn hiệu chứng nhận \"Dưa lưới Mỹ Đoài\"."),
    ("P", "Trên đây là báo cáo của Ủy ban nhân dân huyện Mỹ Đoài./."),
]
NW03_RECIP = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Khoa học và Công nghệ;",
              "- TT Huyện ủy, TT HĐND huyện;", "- CT, các PCT UBND huyện;", "- Lưu: VT, KT."]
NW03_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(đã ký)", "",
             "Khổng Văn Lộc"]


def _para(doc, text, bold=False, italic=False, align=None, size=13, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(N(text))
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def _body(doc, items):
    for kind, t in items:
        if kind == "H1":
            doc.add_heading(N(t), level=1)
        elif kind == "H2":
            doc.add_heading(N(t), level=2)
        elif kind == "N":
            _para(doc, t, style="List Number", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "B":
            _para(doc, t, style="List Bullet", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        else:
            _para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY)


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    head = doc.add_table(rows=1, cols=2)
    left, right = head.rows[0].cells
    lp = left.paragraphs[0]
    lp.add_run(N("ỦY BAN NHÂN DÂN\nHUYỆN MỸ ĐOÀI")).bold = True
    lp.add_run(N("\n-------\nSố: 47/BC-UBND"))
    lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rp = right.paragraphs[0]
    rp.add_run(N("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")).bold = True
    rp.add_run(N("\n---------------\n"))
    rp.add_run(N("Mỹ Đoài, ngày 18 tháng 3 năm 2026")).italic = True
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, t in enumerate(NW03_TITLE):
        _para(doc, t, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14 if i == 0 else 13)
    _body(doc, NW03_BEFORE)
    tb = doc.add_table(rows=len(NW03_TABLE), cols=len(NW03_TABLE[0]))
    tb.style = "Table Grid"
    for i, row in enumerate(NW03_TABLE):
        for j, val in enumerate(row):
            c = tb.rows[i].cells[j]
            c.text = N(val)
            for r in c.paragraphs[0].runs:
                r.font.size = Pt(10)
                r.bold = i == 0 or row[1] == "Cộng"
    _body(doc, NW03_AFTER)
    tail = doc.add_table(rows=1, cols=2)
    a, b = tail.rows[0].cells
    ap = a.paragraphs[0]
    ap.add_run(N(NW03_RECIP[0])).bold = True
    for line in NW03_RECIP[1:]:
        r = ap.add_run(N("\n" + line))
        r.font.size = Pt(11)
    bp = b.paragraphs[0]
    bp.add_run(N("\n".join(NW03_SIGN))).bold = True
    bp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = os.path.join(CORPUS, "nw03_bao_cao_nhan_hieu_tap_the_my_doai.docx")
    doc.save(out)
    return out


# ---------------------------------------------------------------- nw04 (PDF)
NW04_HEAD_LEFT = ["UBND TỈNH HÀ PHONG NAM", "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
                  "Số: 218/SKHCN-QLCN",
                  "V/v hướng dẫn quản lý, sử dụng nhãn hiệu tập thể,",
                  "nhãn hiệu chứng nhận và tem truy xuất nguồn gốc"]
NW04_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Hà Phong Nam, ngày 02 tháng 3 năm 2026"]
NW04_BODY = [
    ("K", "Kính gửi:"),
    ("L", "- Ủy ban nhân dân các huyện, thị xã, thành phố;"),
    ("L", "- Liên minh Hợp tác xã tỉnh;"),
    ("L", "- Các hợp tác xã, tổ chức tập thể là chủ sở hữu nhãn hiệu tập thể, nhãn hiệu chứng nhận."),
    ("P", "Thực hiện Kế hoạch số 31/KH-UBND ngày 14/01/2026 của Ủy ban nhân dân tỉnh về bảo hộ, quản lý và phát triển tài sản trí tuệ đối với sản phẩm đặc sản, sản phẩm chủ lực năm 2026, qua kiểm tra năm 2025 tại 11 chủ sở hữu nhãn hiệu, Sở Khoa học và Công nghệ nhận thấy còn 05 chủ sở hữu chưa ban hành quy chế quản lý, sử dụng nhãn hiệu; 04 cơ sở tự in tem có mã QR nhưng không có mã định danh trên hệ thống truy xuất nguồn gốc của tỉnh. Để khắc phục, Sở Khoa học và Công nghệ hướng dẫn một số nội dung sau:"),
    ("H", "1. Quy chế quản lý, sử dụng nhãn hiệu"),
    ("P", "a) Quy chế phải quy định rõ điều kiện được cấp quyền sử dụng nhãn hiệu, quyền và nghĩa vụ của người sử dụng, cơ chế kiểm soát chất lượng và biện pháp xử lý vi phạm; quy chế được thông qua tại đại hội thành viên hoặc hội nghị của chủ sở hữu."),
    ("P", "b) Chủ sở hữu nhãn hiệu tập thể cấp quyền sử dụng cho thành viên bằng văn bản, lập sổ theo dõi và công khai danh sách thành viên được sử dụng nhãn hiệu trên Hệ thống truy xuất nguồn gốc sản phẩm tỉnh Hà Phong Nam."),
    ("P", "c) Đối với nhãn hiệu chứng nhận, chủ sở hữu hoặc tổ chức được ủy quyền kiểm tra định kỳ ít nhất 01 lần/năm và kiểm tra đột xuất khi có phản ánh về chất lượng sản phẩm."),
    ("H", "2. Cấp quyền sử dụng nhãn hiệu chứng nhận \"Chè Đồi Mây\""),
    ("P", "Nhãn hiệu chứng nhận \"Chè Đồi Mây\" được Cục Sở hữu trí tuệ cấp Giấy chứng nhận đăng ký nhãn hiệu số 487215 ngày 16/10/2025, chủ sở hữu là Sở Khoa học và Công nghệ. Tổ chức, cá nhân sản xuất chè tại các xã Đồi Mây, Pù Lâm, Nà Khoang, huyện Vân Sơn có nhu cầu nộp hồ sơ đề nghị cấp quyền sử dụng tại Bộ phận một cửa của Sở. Thời hạn giải quyết là 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; quyền sử dụng có thời hạn 03 năm và được gia hạn. Sản phẩm phải đáp ứng Tiêu chuẩn cơ sở TCCS 01:2025/SKHCN, trong đó hàm lượng tanin không thấp hơn 28% và độ ẩm chè thành phẩm không quá 7,5%."),
    ("H", "3. Tem truy xuất nguồn gốc"),
    ("P", "a) Chỉ sử dụng tem được cấp mã trên Hệ thống truy xuất nguồn gốc sản phẩm tỉnh hoặc hệ thống đã kết nối với Cổng thông tin truy xuất nguồn gốc sản phẩm, hàng hóa quốc gia; mỗi tem mang một mã định danh duy nhất."),
    ("P", "b) Thông tin tối thiểu khi quét mã gồm: tên sản phẩm, tên cơ sở sản xuất, vùng nguyên liệu, ngày thu hoạch hoặc ngày sản xuất, số lô hàng."),
    ("P", "c) Cơ sở cập nhật nhật ký sản xuất lên hệ thống chậm nhất 03 ngày làm việc sau khi kết thúc mỗi lô hàng."),
    ("P", "d) Năm 2026, Sở hỗ trợ miễn phí tối đa 5.000 tem cho mỗi hợp tác xã; cơ sở đăng ký số lượng tem trước ngày 31/3/2026 qua Trung tâm Thông tin và Thống kê khoa học và công nghệ."),
    ("H", "4. Xử lý vi phạm"),
    ("P", "Khi phát hiện thành viên sử dụng nhãn hiệu không đúng quy chế, chủ sở hữu thu hồi quyền sử dụng và thông báo cho Sở Khoa học và Công nghệ trong thời hạn 05 ngày làm việc. Hành vi giả mạo nhãn hiệu, chỉ dẫn địa lý được chuyển Chi cục Quản lý thị trường tỉnh hoặc Thanh tra Sở xử lý theo Nghị định số 99/2013/NĐ-CP ngày 29/8/2013 của Chính phủ (đã được sửa đổi, bổ sung)."),
    ("H", "5. Trách nhiệm của các cơ quan, đơn vị"),
    ("P", "a) Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo Phòng Kinh tế rà soát quy chế của các chủ sở hữu trên địa bàn; báo cáo tình hình quản lý, sử dụng nhãn hiệu bằng văn bản về Sở trước ngày 20/3/2026."),
    ("P", "b) Đề nghị Liên minh Hợp tác xã tỉnh phổ biến Văn bản này đến các hợp tác xã thành viên, lồng ghép nội dung quản lý nhãn hiệu vào các lớp tập huấn năm 2026."),
    ("P", "c) Các chủ sở hữu nhãn hiệu tập thể, nhãn hiệu chứng nhận gửi quy chế đã ban hành hoặc sửa đổi về Sở (qua Phòng Quản lý công nghệ và Sở hữu trí tuệ) trước ngày 30/6/2026."),
    ("P", "Thông tin chi tiết liên hệ ông Trương Minh Khoa, Phó Trưởng phòng Quản lý công nghệ và Sở hữu trí tuệ, điện thoại 0226 3851 274, thư điện tử khoatm.skhcn@haphongnam.gov.vn; về đăng ký tem liên hệ bà Vi Thị Thảo, Trung tâm Thông tin và Thống kê khoa học và công nghệ, điện thoại 0226 3857 119."),
    ("P", "Sở Khoa học và Công nghệ đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./."),
]
NW04_RECIP = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc Sở (b/c);",
              "- Chi cục QLTT tỉnh;", "- Lưu: VT, QLCN."]
NW04_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(đã ký)", "", "Tôn Nữ Thanh Bình"]


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
    for i, line in enumerate(NW04_HEAD_LEFT):
        if i >= 2:
            pdf.set_font("DV", "", 8.5)
        pdf.set_xy(15, y0 + i * 4.6)
        pdf.cell(80, 4.6, N(line), align="C")
    pdf.set_font("DV", "B", 9)
    for i, line in enumerate(NW04_HEAD_RIGHT):
        if i == 3:
            pdf.set_font("DV", "I", 9)
        pdf.set_xy(98, y0 + i * 4.6)
        pdf.cell(100, 4.6, N(line), align="C")
    pdf.set_y(y0 + 6 * 4.6)
    for kind, text in NW04_BODY:
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
    for i, line in enumerate(NW04_RECIP):
        pdf.set_font("DV", "B" if i == 0 else "", 9 if i == 0 else 8.5)
        pdf.set_xy(20, y1 + i * 4.3)
        pdf.cell(80, 4.3, N(line))
    for i, line in enumerate(NW04_SIGN):
        pdf.set_font("DV", "B" if i in (0, 1, 5) else "I", 10)
        pdf.set_xy(110, y1 + i * 5)
        pdf.cell(85, 5, N(line), align="C")
    out = os.path.join(CORPUS, "nw04_cong_van_huong_dan_nhan_hieu_tem_txng.pdf")
    pdf.output(out)
    return out


if __name__ == "__main__":
    print(build_docx())
    print(build_pdf())
