"""Rebuild oh03 (.pdf, fpdf2) and oh04 (.docx, python-docx) of the blind148 set from the text below.
Run: /tmp/venv_oh/bin/python build_oh.py      (needs python-docx, fpdf2)
The .txt/.md documents (oh01, oh02, oh05) are kept as they are in corpus/.
All names, bodies, places and document numbers are invented (tỉnh Cao Lâm Thủy).
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
OH03_NAME = "oh03_cong_van_huong_dan_tu_sach_phap_luat_dien_tu.pdf"
OH04_NAME = "oh04_quyet_dinh_thu_vien_so_huyen_lung_khe.docx"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- oh03 (PDF): công văn Sở Tư pháp
OH03_HEAD_LEFT = ["ỦY BAN NHÂN DÂN TỈNH CAO LÂM THỦY", "SỞ TƯ PHÁP",
                  "Số: 418/STP-PBGDPL",
                  "V/v hướng dẫn xây dựng, quản lý tủ sách",
                  "pháp luật điện tử ở cấp xã"]
OH03_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Cao Lâm Thủy, ngày 20 tháng 5 năm 2025"]

OH03_BODY = [
    ("K", "Kính gửi:"),
    ("L", "- Ủy ban nhân dân các huyện, thành phố;"),
    ("L", "- Phòng Tư pháp các huyện, thành phố;"),
    ("L", "- Ủy ban nhân dân các xã, phường, thị trấn."),
    ("P", "Thực hiện Kế hoạch số 52/KH-UBND ngày 08/4/2025 của Ủy ban nhân dân tỉnh thực hiện Chỉ thị số 27-CT/TU ngày 10/3/2025 của Ban Thường vụ Tỉnh ủy về phát triển văn hóa đọc, thư viện số và tủ sách pháp luật ở cơ sở, trong tháng 4/2025 Sở Tư pháp đã rà soát 142 tủ sách pháp luật cấp xã. Kết quả cho thấy các tủ sách có tổng số 98.600 bản sách, tài liệu, nhưng 38% là sách xuất bản trước năm 2015, nhiều văn bản đã hết hiệu lực; bình quân mỗi tủ sách chỉ có 27 lượt mượn mỗi tháng; 19 xã không mở sổ theo dõi mượn, trả."),
    ("P", "Để thực hiện chỉ tiêu chuyển đổi 60 tủ sách pháp luật cấp xã sang tủ sách pháp luật điện tử trong năm 2025, Sở Tư pháp hướng dẫn và đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:"),
    ("H", "1. Mô hình tủ sách pháp luật ở cấp xã"),
    ("P", "a) Mỗi xã, phường, thị trấn duy trì 01 tủ sách pháp luật bản in đặt tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã, phục vụ người dân trong giờ hành chính và sáng thứ Bảy hằng tuần."),
    ("P", "b) Tủ sách pháp luật điện tử của xã được xây dựng thành một chuyên trang trên Thư viện số dùng chung của tỉnh, không đầu tư phần mềm riêng; người dân đăng nhập bằng tài khoản định danh điện tử."),
    ("P", "c) Mã QR truy cập tủ sách pháp luật điện tử được in, dán tại trụ sở Ủy ban nhân dân xã, nhà văn hóa thôn, bản, tổ dân phố và các điểm đọc sách cộng đồng."),
    ("H", "2. Danh mục sách, tài liệu"),
    ("P", "a) Tủ sách bản in có tối thiểu 150 đầu sách, tài liệu; ưu tiên các lĩnh vực đất đai, hôn nhân và gia đình, phòng, chống bạo lực gia đình, phòng, chống ma túy, an toàn giao thông và trợ giúp pháp lý."),
    ("P", "b) Đề nghị Ủy ban nhân dân các xã rà soát, thanh lý sách, tài liệu đã hết hiệu lực, hoàn thành trước ngày 30/6/2025; việc thanh lý phải lập thành biên bản và lưu hồ sơ."),
    ("P", "c) Ở các xã vùng đồng bào dân tộc thiểu số, tủ sách phải có tài liệu hỏi - đáp pháp luật bằng tiếng Mông hoặc tiếng Dao và tờ gấp có hình minh họa."),
    ("H", "3. Quản lý, khai thác tủ sách"),
    ("P", "a) Chủ tịch Ủy ban nhân dân cấp xã phân công công chức Tư pháp - Hộ tịch trực tiếp quản lý tủ sách; công chức Văn hóa - Xã hội phối hợp tổ chức hoạt động giới thiệu sách, tài liệu."),
    ("P", "b) Hằng tháng, trước ngày 05 của tháng sau, cấp xã cập nhật số lượt mượn, lượt truy cập tủ sách pháp luật điện tử lên phần mềm thống kê của Thư viện số dùng chung."),
    ("P", "c) Kinh phí mua sách, in mã QR, thiết bị đọc được bố trí từ ngân sách cấp xã và nguồn hỗ trợ theo Kế hoạch số 52/KH-UBND; khuyến khích huy động sách từ nguồn xã hội hóa."),
    ("H", "4. Tổ chức thực hiện"),
    ("P", "a) Giao Phòng Phổ biến, giáo dục pháp luật chủ trì, phối hợp với Văn phòng Sở tổ chức tập huấn trực tuyến cho công chức Tư pháp - Hộ tịch cấp xã vào ngày 05/6/2025."),
    ("P", "b) Trung tâm Trợ giúp pháp lý nhà nước tỉnh biên soạn 30 tài liệu hỏi - đáp pháp luật bằng tiếng Mông, tiếng Dao, chuyển Thư viện tỉnh để đưa lên Thư viện số dùng chung trước ngày 31/7/2025."),
    ("P", "c) Đề nghị Phòng Tư pháp các huyện, thành phố hướng dẫn, kiểm tra cấp xã thực hiện; lập danh sách các xã chuyển đổi sang tủ sách pháp luật điện tử năm 2025 (bảo đảm tổng số toàn tỉnh là 60 xã), gửi về Sở trước ngày 15/6/2025."),
    ("P", "d) Đề nghị Ủy ban nhân dân huyện Lũng Khê và Ủy ban nhân dân huyện Pù Sán bố trí kinh phí, mua sách cho 26 xã chưa có tủ sách pháp luật, hoàn thành trước ngày 30/9/2025."),
    ("P", "đ) Ủy ban nhân dân các xã, phường, thị trấn báo cáo kết quả thực hiện về Sở Tư pháp (qua Phòng Tư pháp cấp huyện) trước ngày 20/11/2025."),
    ("P", "Thông tin chi tiết liên hệ bà Tạ Thu Hường, Trưởng phòng Phổ biến, giáo dục pháp luật, Sở Tư pháp, điện thoại 0209 3851 462."),
    ("P", "Sở Tư pháp đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./."),
]
OH03_RECIP = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Sở Văn hóa, Thể thao và Du lịch;",
              "- Thư viện tỉnh;", "- Giám đốc Sở;", "- Lưu: VT, PBGDPL."]
OH03_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(đã ký)", "", "Khổng Văn Bình"]


def build_pdf():
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 16, 16)
    pdf.set_auto_page_break(True, 16)
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSerif.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSerif-Italic.ttf")
    pdf.add_page()
    y0 = pdf.get_y()
    for i, line in enumerate(OH03_HEAD_LEFT):
        pdf.set_font("DV", "B" if i < 3 else "", 9 if i < 3 else 8.5)
        pdf.set_xy(12, y0 + i * 4.6)
        pdf.cell(88, 4.6, N(line), align="C")
    for i, line in enumerate(OH03_HEAD_RIGHT):
        pdf.set_font("DV", "I" if i == 3 else "B", 9)
        pdf.set_xy(100, y0 + i * 4.6)
        pdf.cell(98, 4.6, N(line), align="C")
    pdf.set_y(y0 + 6 * 4.6)
    for kind, text in OH03_BODY:
        if kind == "K":
            pdf.set_font("DV", "B", 10.5)
            pdf.set_x(42)
            pdf.multi_cell(0, 5.4, N(text))
        elif kind == "L":
            pdf.set_font("DV", "", 10.5)
            pdf.set_x(52)
            pdf.multi_cell(0, 5.4, N(text))
        elif kind == "H":
            pdf.set_font("DV", "B", 10.5)
            pdf.multi_cell(0, 5.4, N(text))
        else:
            pdf.set_font("DV", "", 10.5)
            pdf.multi_cell(0, 5.4, N(text), align="L")
        pdf.ln(1)
    pdf.ln(2)
    y1 = pdf.get_y()
    if y1 > 240:
        pdf.add_page()
        y1 = pdf.get_y()
    for i, line in enumerate(OH03_RECIP):
        pdf.set_font("DV", "B" if i == 0 else "", 9 if i == 0 else 8.5)
        pdf.set_xy(22, y1 + i * 4.3)
        pdf.cell(80, 4.3, N(line))
    for i, line in enumerate(OH03_SIGN):
        pdf.set_font("DV", "B" if i in (0, 1, 5) else "I", 10.5)
        pdf.set_xy(110, y1 + i * 5)
        pdf.cell(85, 5, N(line), align="C")
    out = os.path.join(CORPUS, OH03_NAME)
    pdf.output(out)
    return out


# ---------------------------------------------------------------- oh04 (DOCX): quyết định UBND huyện Lũng Khê
OH04_HEAD_LEFT = ("ỦY BAN NHÂN DÂN\nHUYỆN LŨNG KHÊ", "\n-------\nSố: 749/QĐ-UBND")
OH04_HEAD_RIGHT = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", "\n---------------\n",
                   "Lũng Khê, ngày 06 tháng 6 năm 2025")
OH04_TITLE = ["QUYẾT ĐỊNH",
              "Về việc phê duyệt danh sách trường học xây dựng thư viện số và kế hoạch",
              "phát triển văn hóa đọc, tủ sách pháp luật năm 2025 trên địa bàn huyện Lũng Khê",
              "",
              "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN LŨNG KHÊ"]
OH04_BASIS = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
    "Căn cứ Kế hoạch số 52/KH-UBND ngày 08/4/2025 của Ủy ban nhân dân tỉnh thực hiện Chỉ thị số 27-CT/TU ngày 10/3/2025 của Ban Thường vụ Tỉnh ủy về phát triển văn hóa đọc, thư viện số và tủ sách pháp luật ở cơ sở, giai đoạn 2025 - 2027;",
    "Căn cứ Công văn số 418/STP-PBGDPL ngày 20/5/2025 của Sở Tư pháp về hướng dẫn xây dựng, quản lý tủ sách pháp luật điện tử ở cấp xã;",
    "Căn cứ Công văn số 1062/SGDĐT-KHTC ngày 27/5/2025 của Sở Giáo dục và Đào tạo về phân bổ chỉ tiêu xây dựng thư viện số trường học năm 2025;",
    "Theo đề nghị của Trưởng phòng Văn hóa và Thông tin huyện tại Tờ trình số 58/TTr-VHTT ngày 02/6/2025.",
]
OH04_ART1 = ("Điều 1. ", "Phê duyệt danh sách 05 trường học trên địa bàn huyện Lũng Khê xây dựng thư viện số năm 2025, cụ thể như sau:")
OH04_TABLE = [
    ["STT", "Tên trường", "Xã, thị trấn", "Số đầu sách điện tử", "Số máy tính tra cứu", "Kinh phí (triệu đồng)"],
    ["1", "Trường PTDTNT THCS huyện Lũng Khê", "Thị trấn Lũng Khê", "2.500", "12", "310"],
    ["2", "Trường THCS thị trấn Lũng Khê", "Thị trấn Lũng Khê", "1.800", "10", "245"],
    ["3", "Trường PTDTBT THCS Nậm Pha", "Xã Nậm Pha", "1.200", "8", "198"],
    ["4", "Trường TH&THCS Phiêng Cọ", "Xã Phiêng Cọ", "1.000", "6", "172"],
    ["5", "Trường Tiểu học Thượng Lũng", "Xã Thượng Lũng", "800", "5", "140"],
    ["", "Tổng cộng", "", "7.300", "41", "1.065"],
]
OH04_ART2_HEAD = ("Điều 2. ", "Phê duyệt kế hoạch phát triển văn hóa đọc và tủ sách pháp luật năm 2025 trên địa bàn huyện với các nội dung chính sau:")
# Word bullets (style "List Bullet")
OH04_ART2 = [
    "Xây dựng tủ sách pháp luật cho 15 xã chưa có tủ sách, mỗi tủ có tối thiểu 150 đầu sách, tài liệu, trong đó có tài liệu song ngữ Việt - Mông.",
    "Chuyển đổi sang tủ sách pháp luật điện tử đối với 07 xã, thị trấn: Nậm Pha, Phiêng Cọ, Thượng Lũng, Sà Phìn, Tả Ngảo, Khau Luông và thị trấn Lũng Khê.",
    "Thành lập 24 điểm đọc sách cộng đồng tại nhà văn hóa thôn, bản; mỗi điểm có tối thiểu 200 bản sách và 01 tủ đựng sách.",
    "Tổ chức Ngày hội đọc sách huyện Lũng Khê lần thứ nhất vào ngày 18/10/2025 tại Trung tâm Văn hóa, Thể thao và Truyền thông huyện, kết hợp trưng bày sách của xe thư viện lưu động Thư viện tỉnh.",
    "Kinh phí thực hiện: 1.677.000.000 đồng (Một tỷ sáu trăm bảy mươi bảy triệu đồng), trong đó xây dựng thư viện số tại 05 trường là 1.065.000.000 đồng; tủ sách pháp luật và điểm đọc sách cộng đồng là 612.000.000 đồng; nguồn ngân sách huyện năm 2025 và nguồn xã hội hóa.",
]
OH04_ART3_HEAD = ("Điều 3. ", "Tổ chức thực hiện")
# Word numbering (style "List Number")
OH04_ART3 = [
    "Phòng Văn hóa và Thông tin huyện là cơ quan thường trực, chủ trì theo dõi, đôn đốc thực hiện Quyết định này; tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Văn hóa, Thể thao và Du lịch trước ngày 15/11/2025.",
    "Phòng Giáo dục và Đào tạo huyện chỉ đạo 05 trường có tên tại Điều 1 hoàn thành lắp đặt, đưa thư viện số vào sử dụng trước ngày 30/11/2025; bố trí ít nhất 01 tiết đọc thư viện mỗi tuần cho mỗi lớp.",
    "Phòng Tư pháp huyện chủ trì, phối hợp với Ủy ban nhân dân các xã xây dựng tủ sách pháp luật cho 15 xã, hoàn thành trước ngày 15/9/2025; hướng dẫn 07 xã, thị trấn chuyển đổi sang tủ sách pháp luật điện tử.",
    "Phòng Tài chính - Kế hoạch huyện thẩm định dự toán, tham mưu cấp kinh phí thực hiện trước ngày 30/6/2025.",
    "Trung tâm Văn hóa, Thể thao và Truyền thông huyện phối hợp với Huyện Đoàn tổ chức Ngày hội đọc sách; luân chuyển sách giữa các điểm đọc sách cộng đồng 03 tháng một lần.",
    "Ủy ban nhân dân các xã, thị trấn bố trí địa điểm, phân công người quản lý điểm đọc sách cộng đồng và tủ sách pháp luật; báo cáo kết quả về Phòng Văn hóa và Thông tin huyện trước ngày 05/11/2025.",
]
OH04_ART4 = ("Điều 4. ", "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng phòng Văn hóa và Thông tin, Trưởng phòng Giáo dục và Đào tạo, Trưởng phòng Tư pháp, Trưởng phòng Tài chính - Kế hoạch, Giám đốc Trung tâm Văn hóa, Thể thao và Truyền thông huyện, Chủ tịch Ủy ban nhân dân các xã, thị trấn và Hiệu trưởng các trường có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
OH04_RECIP = ["Nơi nhận:", "- Như Điều 4;", "- Sở VHTTDL, Sở GD&ĐT (b/c);", "- TT Huyện ủy, TT HĐND huyện;",
              "- CT, các PCT UBND huyện;", "- Lưu: VT, VHTT."]
OH04_SIGN = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(đã ký)", "", "Sầm Văn Thịnh"]


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
    lp = left.paragraphs[0]
    lp.add_run(N(OH04_HEAD_LEFT[0])).bold = True
    lp.add_run(N(OH04_HEAD_LEFT[1]))
    lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rp = right.paragraphs[0]
    rp.add_run(N(OH04_HEAD_RIGHT[0])).bold = True
    rp.add_run(N(OH04_HEAD_RIGHT[1]))
    rp.add_run(N(OH04_HEAD_RIGHT[2])).italic = True
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, t in enumerate(OH04_TITLE):
        _para(doc, t, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14 if i == 0 else 13)
    for t in OH04_BASIS:
        _para(doc, t, italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _para(doc, "QUYẾT ĐỊNH:", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _article(doc, *OH04_ART1)
    tb = doc.add_table(rows=len(OH04_TABLE), cols=len(OH04_TABLE[0]))
    tb.style = "Table Grid"
    for i, row in enumerate(OH04_TABLE):
        for j, val in enumerate(row):
            c = tb.rows[i].cells[j]
            run = c.paragraphs[0].add_run(N(val))
            run.bold = (i == 0 or row[0] == "")
            run.font.size = Pt(11)
    _article(doc, *OH04_ART2_HEAD)
    for t in OH04_ART2:
        _para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY, style="List Bullet")
    _article(doc, *OH04_ART3_HEAD)
    for t in OH04_ART3:
        _para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY, style="List Number")
    _article(doc, *OH04_ART4)
    tail = doc.add_table(rows=1, cols=2)
    a, b = tail.rows[0].cells
    ap = a.paragraphs[0]
    ap.add_run(N(OH04_RECIP[0])).bold = True
    for line in OH04_RECIP[1:]:
        r = ap.add_run(N("\n" + line))
        r.font.size = Pt(11)
    bp = b.paragraphs[0]
    bp.add_run(N("\n".join(OH04_SIGN))).bold = True
    bp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = os.path.join(CORPUS, OH04_NAME)
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build_pdf())
    print(build_docx())
