"""Rebuild nz03 (.docx, python-docx) and nz04 (.pdf, fpdf2) of the blind140 set from the text below.
Run: /tmp/venv_nz/bin/python build_nz.py
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


# ---------------------------------------------------------------- nz03 (DOCX)
NZ03_HEAD_LEFT = ("ỦY BAN NHÂN DÂN TỈNH BẮC HÀ TRUNG\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
                  "\nSố: 21/BC-SVHTTDL")
NZ03_HEAD_RIGHT = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
                   "Bắc Hà Trung, ngày 20 tháng 01 năm 2026")
NZ03_TITLE = ["BÁO CÁO",
              "Kết quả phát triển văn hóa đọc, hoạt động thư viện cơ sở năm 2025",
              "và nhiệm vụ trọng tâm năm 2026"]
# kinds: P paragraph, H1 heading level 1, H2 heading level 2, B bullet, NUM numbered (Word numbering)
NZ03_BEFORE = [
    ("P", "Thực hiện Quyết định số 1234/QĐ-UBND ngày 18/11/2025 của Ủy ban nhân dân tỉnh phê duyệt Đề án \"Phát triển văn hóa đọc và thư viện cơ sở tỉnh Bắc Hà Trung giai đoạn 2026 - 2030\" và Hướng dẫn số 203-HD/BTGTU ngày 05/12/2025 của Ban Tuyên giáo Tỉnh ủy, Sở Văn hóa, Thể thao và Du lịch báo cáo kết quả năm 2025 và nhiệm vụ năm 2026 như sau:"),
    ("H1", "I. KẾT QUẢ THỰC HIỆN NĂM 2025"),
    ("H2", "1. Mạng lưới thư viện và tủ sách cộng đồng"),
    ("P", "Toàn tỉnh hiện có 01 Thư viện tỉnh, 9 thư viện cấp huyện, 74/142 xã, phường, thị trấn có thư viện hoặc phòng đọc sách (đạt 52,1%) và 612 tủ sách cộng đồng; 286/301 trường phổ thông có thư viện (đạt 95%). Số liệu chi tiết theo từng đơn vị hành chính cấp huyện như sau:"),
]
NZ03_TABLE = [
    ["TT", "Huyện, thị xã, thành phố", "Số xã có thư viện, phòng đọc", "Tủ sách cộng đồng",
     "Lượt bạn đọc thư viện cấp huyện", "Tài liệu địa chí đã số hóa"],
    ["1", "Thành phố Hà Trung", "12/12", "96", "58.400", "2.150"],
    ["2", "Thị xã Vĩnh Trà", "9/11", "71", "31.200", "860"],
    ["3", "Huyện Sơn Khê", "6/14", "58", "17.800", "120"],
    ["4", "Huyện Bình Giang Hạ", "11/18", "84", "26.500", "540"],
    ["5", "Huyện Mường Lự", "4/19", "39", "9.300", "0"],
    ["6", "Huyện Cẩm Đồi", "10/17", "77", "22.900", "410"],
    ["7", "Huyện Phù Lãng", "8/16", "69", "19.600", "300"],
    ["8", "Huyện Đông Tân", "9/15", "63", "18.100", "270"],
    ["9", "Huyện Yên Sơn Thượng", "5/20", "55", "11.700", "0"],
    ["", "Toàn tỉnh", "74/142", "612", "215.500", "4.650"],
]
NZ03_AFTER = [
    ("P", "(Nguồn: Thư viện tỉnh tổng hợp từ báo cáo của Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố, số liệu đến ngày 31/12/2025)"),
    ("H2", "2. Hoạt động phát triển văn hóa đọc"),
    ("P", "Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2025, toàn tỉnh tổ chức 38 hội sách lưu động, thu hút khoảng 64.000 lượt người tham gia. Cuộc thi \"Đại sứ văn hóa đọc\" cấp tỉnh năm 2025 có 41.600 học sinh dự thi; học sinh Trường THCS Nguyễn Trãi, thành phố Hà Trung đoạt giải Nhất. Xe thư viện lưu động của Thư viện tỉnh thực hiện 112 chuyến, phục vụ 96 điểm trường vùng cao với khoảng 27.000 lượt học sinh."),
    ("H2", "3. Chuyển đổi số trong hoạt động thư viện"),
    ("P", "Nền tảng thư viện số dùng chung của tỉnh (địa chỉ thuvienso.bachatrung.gov.vn) vận hành thử từ ngày 01/10/2025, hiện có 18.300 tài liệu số, 6.420 tài khoản bạn đọc và 23 thư viện xã đã kết nối. Thư viện tỉnh đã số hóa 4.650 tài liệu địa chí do các huyện cung cấp, trong đó có 1.080 trang gia phả và văn bản Hán Nôm."),
    ("H2", "4. Kinh phí"),
    ("P", "Tổng kinh phí cho phát triển văn hóa đọc và thư viện cơ sở năm 2025 là 4,85 tỷ đồng, trong đó ngân sách tỉnh 3,2 tỷ đồng, ngân sách cấp huyện 1,1 tỷ đồng và nguồn xã hội hóa 550 triệu đồng."),
    ("H1", "II. TỒN TẠI, HẠN CHẾ"),
    ("B", "Còn 68 xã, phường, thị trấn chưa có thư viện hoặc phòng đọc sách, tập trung ở các huyện Mường Lự, Yên Sơn Thượng và Sơn Khê."),
    ("B", "Khoảng 35% tủ sách cộng đồng không có người quản lý thường xuyên; nhiều đầu sách đã cũ, không phù hợp nhu cầu bạn đọc."),
    ("B", "Cán bộ văn hóa cấp xã kiêm nhiệm nhiều việc, mới có 19% được tập huấn nghiệp vụ thư viện; hai huyện Mường Lự và Yên Sơn Thượng chưa số hóa được tài liệu địa chí nào."),
    ("H1", "III. NHIỆM VỤ TRỌNG TÂM NĂM 2026"),
    ("NUM", "Thư viện tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ đưa Nền tảng thư viện số dùng chung vào vận hành chính thức trước ngày 30/4/2026; kết nối thêm 30 thư viện xã trong năm 2026."),
    ("NUM", "Phòng Quản lý Văn hóa và Gia đình chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức Cuộc thi \"Đại sứ văn hóa đọc\" cấp tỉnh năm 2026, tổ chức vòng chung kết trong tháng 6/2026."),
    ("NUM", "Thư viện tỉnh mở 5 lớp tập huấn nghiệp vụ cho 150 cán bộ thư viện xã, người quản lý tủ sách cộng đồng trong quý II/2026, kinh phí 210 triệu đồng."),
    ("NUM", "Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố bố trí ngân sách đối ứng, ưu tiên phòng đọc sách các xã vùng cao; báo cáo kết quả 6 tháng đầu năm về Sở trước ngày 20/6/2026."),
    ("H1", "IV. KIẾN NGHỊ"),
    ("B", "Đề nghị Ủy ban nhân dân tỉnh bố trí 1,5 tỷ đồng để mua 02 xe thư viện lưu động cho huyện Mường Lự và huyện Yên Sơn Thượng."),
    ("B", "Đề nghị Bộ Văn hóa, Thể thao và Du lịch chia sẻ tài nguyên số của Thư viện Quốc gia Việt Nam cho Nền tảng thư viện số dùng chung của tỉnh."),
    ("P", "Đầu mối liên hệ: bà Đinh Thu Trang, Phó Giám đốc Thư viện tỉnh, điện thoại 0216 3826 540."),
    ("P", "Trên đây là báo cáo của Sở Văn hóa, Thể thao và Du lịch./."),
]
NZ03_RECIP = ["Nơi nhận:", "- Bộ Văn hóa, Thể thao và Du lịch (b/c);", "- UBND tỉnh (b/c);",
              "- Ban Tuyên giáo Tỉnh ủy;", "- Sở KH&CN, Sở GD&ĐT;",
              "- UBND các huyện, thị xã, thành phố;", "- Lưu: VT, QLVHGĐ."]
NZ03_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(đã ký)", "", "Lê Thị Mai Hiên"]


def _para(doc, text, bold=False, italic=False, align=None, size=13, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(N(text))
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def _block(doc, items):
    for kind, t in items:
        if kind == "H1":
            doc.add_heading(N(t), level=1)
        elif kind == "H2":
            doc.add_heading(N(t), level=2)
        elif kind == "B":
            _para(doc, t, style="List Bullet", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "NUM":
            _para(doc, t, style="List Number", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        else:
            _para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY)


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
    lp.add_run(N(NZ03_HEAD_LEFT[0])).bold = True
    lp.add_run(N(NZ03_HEAD_LEFT[1]))
    lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rp = right.paragraphs[0]
    rp.add_run(N(NZ03_HEAD_RIGHT[0])).bold = True
    rp.add_run(N("\n---------------\n"))
    rp.add_run(N(NZ03_HEAD_RIGHT[1])).italic = True
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, t in enumerate(NZ03_TITLE):
        _para(doc, t, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14 if i == 0 else 13)
    _block(doc, NZ03_BEFORE)
    tb = doc.add_table(rows=len(NZ03_TABLE), cols=len(NZ03_TABLE[0]))
    tb.style = "Table Grid"
    for i, row in enumerate(NZ03_TABLE):
        for j, val in enumerate(row):
            c = tb.rows[i].cells[j]
            c.text = ""
            run = c.paragraphs[0].add_run(N(val))
            run.bold = (i == 0 or row[0] == "")
            run.font.size = Pt(11)
    _block(doc, NZ03_AFTER)
    tail = doc.add_table(rows=1, cols=2)
    a, b = tail.rows[0].cells
    a.text = ""
    b.text = ""
    ap = a.paragraphs[0]
    ap.add_run(N(NZ03_RECIP[0])).bold = True
    for line in NZ03_RECIP[1:]:
        r = ap.add_run(N("\n" + line))
        r.font.size = Pt(11)
    bp = b.paragraphs[0]
    bp.add_run(N("\n".join(NZ03_SIGN))).bold = True
    bp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = os.path.join(CORPUS, "nz03_bao_cao_so_vhttdl_thu_vien_co_so.docx")
    doc.save(out)
    return out


# ---------------------------------------------------------------- nz04 (PDF)
NZ04_HEAD_LEFT = ["ỦY BAN NHÂN DÂN TỈNH BẮC HÀ TRUNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
                  "Số: 312/SKHCN-TTCĐS",
                  "V/v hướng dẫn kết nối thư viện xã, trường học", "với Nền tảng thư viện số dùng chung"]
NZ04_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Bắc Hà Trung, ngày 10 tháng 3 năm 2026"]
NZ04_BODY = [
    ("K", "Kính gửi:"),
    ("L", "- Sở Văn hóa, Thể thao và Du lịch;"),
    ("L", "- Sở Giáo dục và Đào tạo;"),
    ("L", "- Ủy ban nhân dân các huyện, thị xã, thành phố;"),
    ("L", "- Thư viện tỉnh."),
    ("P", "Thực hiện Quyết định số 1234/QĐ-UBND ngày 18/11/2025 của Ủy ban nhân dân tỉnh phê duyệt Đề án \"Phát triển văn hóa đọc và thư viện cơ sở tỉnh Bắc Hà Trung giai đoạn 2026 - 2030\" và Thông báo số 145/TB-SKHCN ngày 24/02/2026 kết luận của Giám đốc Sở Khoa học và Công nghệ tại cuộc họp về vận hành Nền tảng thư viện số dùng chung, Sở Khoa học và Công nghệ hướng dẫn việc kết nối thư viện xã, thư viện trường học với Nền tảng thư viện số dùng chung của tỉnh (sau đây gọi là Nền tảng) như sau:"),
    ("H", "1. Đối tượng kết nối"),
    ("P", "Thư viện xã, phòng đọc sách xã, thư viện trường tiểu học và trung học cơ sở trên địa bàn tỉnh. Tủ sách cộng đồng có máy tính kết nối Internet được đăng ký dưới hình thức \"điểm đọc\" trực thuộc thư viện xã."),
    ("H", "2. Yêu cầu tối thiểu về thiết bị và nhân lực"),
    ("P", "a) Có ít nhất 01 máy tính cấu hình tối thiểu CPU 4 nhân, RAM 8 GB, ổ cứng SSD 256 GB; đường truyền Internet cáp quang tốc độ tối thiểu 30 Mbps."),
    ("P", "b) Đơn vị tham gia số hóa tài liệu địa chí phải có máy quét khổ A4, độ phân giải từ 300 dpi trở lên."),
    ("P", "c) Người quản trị tại đơn vị có tài khoản định danh điện tử mức độ 2 để đăng nhập Nền tảng và đã hoàn thành lớp tập huấn do Trung tâm Thông tin và Chuyển đổi số tổ chức."),
    ("H", "3. Quy trình đăng ký kết nối"),
    ("P", "Bước 1: Đơn vị gửi phiếu đăng ký theo Mẫu số 01 kèm theo Công văn này qua Hệ thống quản lý văn bản và điều hành về Trung tâm Thông tin và Chuyển đổi số."),
    ("P", "Bước 2: Trong thời hạn 05 ngày làm việc kể từ ngày nhận phiếu hợp lệ, Trung tâm Thông tin và Chuyển đổi số cấp tài khoản quản trị cho đơn vị."),
    ("P", "Bước 3: Trong vòng 30 ngày kể từ ngày được cấp tài khoản, đơn vị biên mục theo chuẩn MARC 21 và nhập tối thiểu 200 biểu ghi sách hiện có lên Nền tảng."),
    ("P", "Bước 4: Thư viện tỉnh kiểm tra chất lượng biểu ghi; đơn vị đạt yêu cầu được công bố là điểm kết nối chính thức trên Nền tảng."),
    ("H", "4. Số hóa tài liệu địa chí"),
    ("P", "Ưu tiên số hóa tài liệu về lịch sử, văn hóa, con người địa phương như gia phả, sắc phong, truyện cổ, dân ca các dân tộc. Tệp số hóa lưu ở định dạng PDF/A, độ phân giải 300 dpi. Không số hóa tài liệu đang được bảo hộ quyền tác giả khi chưa có văn bản đồng ý của chủ sở hữu quyền. Mức hỗ trợ số hóa là 2.500 đồng/trang, tối đa 4.000 trang cho mỗi thư viện xã trong năm 2026, thanh toán từ kinh phí sự nghiệp khoa học và công nghệ."),
    ("H", "5. Bảo đảm an toàn thông tin"),
    ("P", "Tài khoản quản trị phải đổi mật khẩu ít nhất 90 ngày một lần; không cài đặt phần mềm không rõ nguồn gốc trên máy tính quản trị; khi phát hiện sự cố phải báo cáo Trung tâm Thông tin và Chuyển đổi số trong vòng 24 giờ."),
    ("H", "6. Tổ chức thực hiện"),
    ("P", "a) Giao Trung tâm Thông tin và Chuyển đổi số chủ trì vận hành, hỗ trợ kỹ thuật Nền tảng; tổ chức 03 lớp tập huấn trực tuyến cho người quản trị vào các ngày 25/3, 01/4 và 08/4/2026, từ 8 giờ 30 đến 11 giờ 00, trên hệ thống hội nghị truyền hình trực tuyến của tỉnh."),
    ("P", "b) Đề nghị Sở Văn hóa, Thể thao và Du lịch chỉ đạo Thư viện tỉnh phối hợp hướng dẫn nghiệp vụ biên mục, kiểm duyệt nội dung tài liệu số; tổng hợp danh sách thư viện xã đủ điều kiện kết nối, gửi Sở Khoa học và Công nghệ trước ngày 31/3/2026."),
    ("P", "c) Đề nghị Sở Giáo dục và Đào tạo hướng dẫn các trường tiểu học, trung học cơ sở đăng ký kết nối, phấn đấu có 60 thư viện trường học kết nối Nền tảng trong năm 2026."),
    ("P", "d) Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo Ủy ban nhân dân cấp xã bố trí thiết bị, đường truyền và người quản trị; báo cáo kết quả kết nối về Sở Khoa học và Công nghệ trước ngày 15/10/2026."),
    ("P", "Thông tin chi tiết liên hệ ông Vương Minh Tú, Phó Giám đốc Trung tâm Thông tin và Chuyển đổi số, điện thoại 0216 3852 119, thư điện tử tuvm.ttcds@bachatrung.gov.vn."),
    ("P", "Sở Khoa học và Công nghệ đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./."),
]
NZ04_RECIP = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc Sở (b/c);",
              "- Trung tâm TT&CĐS;", "- Lưu: VT, TTCĐS."]
NZ04_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(đã ký)", "", "Trần Đức Hoàng"]


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
    for i, line in enumerate(NZ04_HEAD_LEFT):
        if i >= 3:
            pdf.set_font("DV", "", 8.5)
        pdf.set_xy(15, y0 + i * 4.6)
        pdf.cell(85, 4.6, N(line), align="C")
    pdf.set_font("DV", "B", 9)
    for i, line in enumerate(NZ04_HEAD_RIGHT):
        if i == 3:
            pdf.set_font("DV", "I", 9)
        pdf.set_xy(100, y0 + i * 4.6)
        pdf.cell(98, 4.6, N(line), align="C")
    pdf.set_y(y0 + 6 * 4.6)
    for kind, text in NZ04_BODY:
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
    for i, line in enumerate(NZ04_RECIP):
        pdf.set_font("DV", "B" if i == 0 else "", 9 if i == 0 else 8.5)
        pdf.set_xy(20, y1 + i * 4.3)
        pdf.cell(80, 4.3, N(line))
    for i, line in enumerate(NZ04_SIGN):
        pdf.set_font("DV", "B" if i in (0, 1, 5) else "I", 10)
        pdf.set_xy(110, y1 + i * 5)
        pdf.cell(85, 5, N(line), align="C")
    out = os.path.join(CORPUS, "nz04_cong_van_skhcn_thu_vien_so.pdf")
    pdf.output(out)
    return out


if __name__ == "__main__":
    print(build_docx())
    print(build_pdf())
