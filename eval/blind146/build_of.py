"""Rebuild of03 (.pdf, fpdf2) and of04 (.docx, python-docx) of the blind146 set from the text below.
Run: /tmp/venv_of/bin/python build_of.py      (needs python-docx, fpdf2)
The .txt/.md documents (of01, of02, of05) are kept as they are in corpus/.
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


# ---------------------------------------------------------------- of03 (PDF): công văn Sở KH&CN
OF03_HEAD_LEFT = ["ỦY BAN NHÂN DÂN TỈNH TÂN HÀ ĐIỀN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
                  "Số: 418/SKHCN-QLCN",
                  "V/v hướng dẫn đăng ký nhãn hiệu và sử dụng tem",
                  "truy xuất nguồn gốc cho sản phẩm OCOP năm 2025"]
OF03_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Tân Hà Điền, ngày 06 tháng 6 năm 2025"]

OF03_BODY = [
    ("K", "Kính gửi:"),
    ("L", "- Ủy ban nhân dân các huyện, thị xã, thành phố;"),
    ("L", "- Các chủ thể sản phẩm OCOP trên địa bàn tỉnh."),
    ("P", "Thực hiện Kế hoạch số 96/KH-UBND ngày 22/4/2025 của Ủy ban nhân dân tỉnh thực hiện Chỉ thị số 27-CT/TU của Ban Thường vụ Tỉnh ủy, Sở Khoa học và Công nghệ đã rà soát tình hình bảo hộ nhãn hiệu đối với sản phẩm OCOP. Đến ngày 31/5/2025, toàn tỉnh có 226 sản phẩm OCOP còn hiệu lực; trong đó 71 sản phẩm đã được cấp văn bằng bảo hộ nhãn hiệu, 39 sản phẩm đã nộp đơn và đang chờ thẩm định, 116 sản phẩm chưa nộp đơn. Đáng chú ý, có 3 trường hợp dấu hiệu nhãn hiệu của chủ thể trong tỉnh đã bị tổ chức ngoài tỉnh nộp đơn đăng ký trước. Để hoàn thành chỉ tiêu năm 2025, Sở Khoa học và Công nghệ hướng dẫn và đề nghị như sau:"),
    ("H", "1. Đối với Ủy ban nhân dân các huyện, thị xã, thành phố"),
    ("P", "Đề nghị chỉ đạo Phòng Nông nghiệp và Môi trường (hoặc phòng được giao quản lý Chương trình OCOP) rà soát, lựa chọn sản phẩm ưu tiên hỗ trợ; phê duyệt danh mục sản phẩm được hỗ trợ trên địa bàn và gửi danh sách kèm hồ sơ về Sở Khoa học và Công nghệ trước ngày 30/6/2025. Mỗi huyện, thị xã, thành phố đề xuất không quá 12 sản phẩm trong năm 2025."),
    ("H", "2. Đối với các chủ thể sản phẩm OCOP"),
    ("P", "a) Hồ sơ đăng ký nhãn hiệu gồm: tờ khai đăng ký theo mẫu; 05 mẫu nhãn hiệu có kích thước không quá 80 x 80 mm; danh mục hàng hóa mang nhãn hiệu; giấy ủy quyền (nếu nộp qua tổ chức đại diện); chứng từ nộp phí, lệ phí. Đối với nhãn hiệu tập thể, nhãn hiệu chứng nhận, hồ sơ phải có thêm quy chế sử dụng nhãn hiệu và bản đồ khu vực địa lý."),
    ("P", "b) Trước khi nộp đơn, chủ thể tra cứu sơ bộ trên cơ sở dữ liệu sở hữu công nghiệp để tránh trùng hoặc tương tự với nhãn hiệu đã đăng ký; có thể đề nghị Sở hỗ trợ tra cứu miễn phí."),
    ("P", "c) Tem truy xuất nguồn gốc phải có mã QR; khi quét mã hiển thị tối thiểu: tên sản phẩm, chủ thể, địa chỉ vùng nguyên liệu, mã số vùng trồng (nếu có), ngày thu hoạch hoặc ngày sản xuất, số lô và thông tin kiểm nghiệm. Chủ thể đăng ký tài khoản trên Hệ thống truy xuất nguồn gốc của tỉnh tại địa chỉ truyxuat.tanhadien.gov.vn và cập nhật nhật ký sản xuất ít nhất 01 lần/tuần trong mùa vụ."),
    ("P", "d) Nghiêm cấm dán tem truy xuất nguồn gốc cho sản phẩm không thuộc lô hàng đã khai báo hoặc thu mua từ ngoài vùng nguyên liệu đã đăng ký."),
    ("H", "3. Mức hỗ trợ năm 2025"),
    ("P", "Trong thời gian chờ Hội đồng nhân dân tỉnh ban hành nghị quyết về chính sách hỗ trợ, Sở Khoa học và Công nghệ hỗ trợ từ nguồn sự nghiệp khoa học và công nghệ năm 2025 như sau: chi phí tư vấn, lập hồ sơ và phí nộp đơn đăng ký nhãn hiệu thông thường tối đa 4.000.000 đồng/đơn; nhãn hiệu tập thể, nhãn hiệu chứng nhận tối đa 15.000.000 đồng/đơn; cấp miễn phí tối đa 20.000 tem truy xuất nguồn gốc cho mỗi chủ thể."),
    ("H", "4. Tổ chức thực hiện tại Sở"),
    ("P", "a) Giao Phòng Quản lý chuyên ngành chủ trì, phối hợp với Trung tâm Ứng dụng và Thông tin khoa học công nghệ tổ chức tập huấn trực tiếp tại huyện Khe Sâm ngày 19/6/2025 và tại huyện Cẩm Giang ngày 20/6/2025; tiếp nhận, thẩm định hồ sơ do các huyện gửi về."),
    ("P", "b) Trung tâm Ứng dụng và Thông tin khoa học công nghệ cấp tài khoản, in và bàn giao tem cho chủ thể trong vòng 05 ngày làm việc kể từ khi nhận đủ thông tin lô hàng."),
    ("P", "c) Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra việc ghi nhãn hàng hóa và sử dụng tem truy xuất nguồn gốc tại ít nhất 30 cơ sở trong quý III/2025."),
    ("P", "d) Văn phòng Sở tổng hợp kết quả thực hiện, tham mưu báo cáo Ủy ban nhân dân tỉnh trước ngày 10/12/2025."),
    ("P", "Thông tin chi tiết liên hệ bà Cù Thị Hảo, Trưởng phòng Quản lý chuyên ngành, điện thoại 0286 3718 246, thư điện tử haoct.qlcn@tanhadien.gov.vn."),
    ("P", "Sở Khoa học và Công nghệ đề nghị các đơn vị, chủ thể quan tâm, phối hợp thực hiện./."),
]
OF03_RECIP = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc Sở (b/c);",
              "- Sở Nông nghiệp và Môi trường;", "- Sở Công Thương;", "- Lưu: VT, QLCN."]
OF03_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(đã ký)", "", "Lã Văn Thắng"]


def build_pdf():
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSerif.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSerif-Italic.ttf")
    pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_font("DV", "B", 9)
    for i, line in enumerate(OF03_HEAD_LEFT):
        if i >= 3:
            pdf.set_font("DV", "", 8.5)
        pdf.set_xy(12, y0 + i * 4.8)
        pdf.cell(86, 4.8, N(line), align="C")
    pdf.set_font("DV", "B", 9)
    for i, line in enumerate(OF03_HEAD_RIGHT):
        if i == 3:
            pdf.set_font("DV", "I", 9)
        pdf.set_xy(100, y0 + i * 4.8)
        pdf.cell(98, 4.8, N(line), align="C")
    pdf.set_y(y0 + 6 * 4.8 + 2)
    for kind, text in OF03_BODY:
        if kind == "K":
            pdf.set_font("DV", "B", 11)
            pdf.set_x(40)
            pdf.multi_cell(0, 6, N(text))
        elif kind == "L":
            pdf.set_font("DV", "", 11)
            pdf.set_x(50)
            pdf.multi_cell(0, 6, N(text))
        elif kind == "H":
            pdf.set_font("DV", "B", 11)
            pdf.multi_cell(0, 6, N(text))
        else:
            pdf.set_font("DV", "", 11)
            pdf.multi_cell(0, 6, N(text), align="L")
        pdf.ln(1.2)
    pdf.ln(3)
    y1 = pdf.get_y()
    if y1 > 235:
        pdf.add_page()
        y1 = pdf.get_y()
    for i, line in enumerate(OF03_RECIP):
        pdf.set_font("DV", "B" if i == 0 else "", 9.5 if i == 0 else 9)
        pdf.set_xy(22, y1 + i * 4.6)
        pdf.cell(80, 4.6, N(line))
    for i, line in enumerate(OF03_SIGN):
        pdf.set_font("DV", "B" if i in (0, 1, 5) else "I", 11)
        pdf.set_xy(110, y1 + i * 5.5)
        pdf.cell(85, 5.5, N(line), align="C")
    out = os.path.join(CORPUS, "of03_cong_van_huong_dan_dang_ky_nhan_hieu.pdf")
    pdf.output(out)
    return out


# ---------------------------------------------------------------- of04 (DOCX): quyết định UBND huyện
OF04_TITLE = ["QUYẾT ĐỊNH",
              "Phê duyệt danh mục sản phẩm được hỗ trợ đăng ký nhãn hiệu và gắn tem",
              "truy xuất nguồn gốc năm 2025 trên địa bàn huyện Khe Sâm",
              "",
              "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN KHE SÂM"]
OF04_BASIS = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
    "Căn cứ Kế hoạch số 96/KH-UBND ngày 22/4/2025 của Ủy ban nhân dân tỉnh thực hiện Chỉ thị số 27-CT/TU ngày 10/3/2025 của Ban Thường vụ Tỉnh ủy về bảo hộ, khai thác quyền sở hữu trí tuệ và truy xuất nguồn gốc sản phẩm OCOP, nông sản chủ lực, giai đoạn 2025 - 2027;",
    "Căn cứ Công văn số 418/SKHCN-QLCN ngày 06/6/2025 của Sở Khoa học và Công nghệ về hướng dẫn đăng ký nhãn hiệu và sử dụng tem truy xuất nguồn gốc cho sản phẩm OCOP năm 2025;",
    "Theo đề nghị của Trưởng phòng Nông nghiệp và Môi trường huyện tại Tờ trình số 83/TTr-NNMT ngày 12/6/2025.",
]
OF04_ART1 = ("Điều 1. ", "Phê duyệt danh mục 07 sản phẩm của 06 chủ thể trên địa bàn huyện Khe Sâm được hỗ trợ đăng ký nhãn hiệu và gắn tem truy xuất nguồn gốc năm 2025, cụ thể như sau:")
OF04_TABLE = [
    ["STT", "Tên sản phẩm", "Chủ thể", "Xã, thị trấn", "Hạng OCOP", "Nội dung hỗ trợ"],
    ["1", "Chè Shan tuyết Nà Phìn", "Hợp tác xã Chè Shan tuyết Nà Phìn", "Xã Nà Phìn", "4 sao", "Đăng ký nhãn hiệu tập thể; 30.000 tem"],
    ["2", "Hồng trà Shan tuyết Pù Lầu", "Hợp tác xã Nông lâm Pù Lầu", "Xã Pù Lầu", "3 sao", "Đăng ký nhãn hiệu; 10.000 tem"],
    ["3", "Mật ong hoa rừng Khe Sâm", "Tổ hợp tác nuôi ong thị trấn Khe Sâm", "Thị trấn Khe Sâm", "3 sao", "Đăng ký nhãn hiệu; 8.000 tem"],
    ["4", "Măng vầu sấy khô", "Hộ kinh doanh Lù Thị Dung", "Xã Nà Phìn", "3 sao", "Đăng ký nhãn hiệu; 5.000 tem"],
    ["5", "Gạo nếp Tả Cáo", "Hợp tác xã Dịch vụ nông nghiệp Tả Cáo", "Xã Tả Cáo", "3 sao", "Đăng ký nhãn hiệu; 12.000 tem"],
    ["6", "Thịt trâu gác bếp", "Công ty TNHH Thực phẩm Sâm Xanh", "Thị trấn Khe Sâm", "4 sao", "7.000 tem (đã có văn bằng bảo hộ nhãn hiệu)"],
    ["7", "Chè xanh Nà Phìn", "Hợp tác xã Chè Shan tuyết Nà Phìn", "Xã Nà Phìn", "3 sao", "3.000 tem (dùng chung nhãn hiệu tập thể)"],
    ["", "Tổng cộng", "06 chủ thể", "", "", "05 đơn đăng ký nhãn hiệu; 75.000 tem"],
]
OF04_ART2_HEAD = ("Điều 2. ", "Nội dung và mức hỗ trợ")
# (style, text): "num" -> Word "List Number", "bul" -> Word "List Bullet"
OF04_ART2 = [
    ("num", "Hỗ trợ chi phí thiết kế mẫu nhãn hiệu và tư vấn lập hồ sơ, tối đa 6.000.000 đồng/nhãn hiệu; phí nộp đơn do Sở Khoa học và Công nghệ hỗ trợ theo Công văn số 418/SKHCN-QLCN."),
    ("num", "Hỗ trợ 70% chi phí in số tem truy xuất nguồn gốc vượt mức được Sở Khoa học và Công nghệ cấp miễn phí; chủ thể đối ứng 30%."),
    ("num", "Hỗ trợ chi phí kiểm nghiệm chất lượng sản phẩm 01 lần/năm để cập nhật thông tin trên tem truy xuất nguồn gốc."),
    ("num", "Hỗ trợ thiết kế bao bì mới cho 03 sản phẩm: Chè Shan tuyết Nà Phìn, Hồng trà Shan tuyết Pù Lầu và Gạo nếp Tả Cáo."),
    ("num", "Tổng kinh phí: 214.600.000 đồng (Hai trăm mười bốn triệu sáu trăm nghìn đồng) từ nguồn sự nghiệp kinh tế ngân sách huyện năm 2025, gồm:"),
    ("bul", "Thiết kế mẫu nhãn hiệu, tư vấn lập hồ sơ: 30.000.000 đồng;"),
    ("bul", "In tem truy xuất nguồn gốc, kích hoạt mã QR: 96.000.000 đồng;"),
    ("bul", "Kiểm nghiệm chất lượng sản phẩm: 33.600.000 đồng;"),
    ("bul", "Thiết kế bao bì: 35.000.000 đồng;"),
    ("bul", "Tuyên truyền, quảng bá, tham gia hội chợ: 20.000.000 đồng."),
]
OF04_ART3_HEAD = ("Điều 3. ", "Tổ chức thực hiện")
OF04_ART3 = [
    "Phòng Nông nghiệp và Môi trường huyện là cơ quan thường trực, chủ trì hướng dẫn các chủ thể hoàn thiện hồ sơ, gửi Sở Khoa học và Công nghệ trước ngày 30/6/2025; theo dõi việc sử dụng tem và tổng hợp, báo cáo kết quả trước ngày 15/12/2025.",
    "Phòng Tài chính - Kế hoạch huyện thẩm định dự toán, tham mưu cấp kinh phí cho Phòng Nông nghiệp và Môi trường huyện trước ngày 10/7/2025.",
    "Phòng Văn hóa, Khoa học và Thông tin huyện phối hợp với Trung tâm Văn hóa, Thể thao và Truyền thông huyện tuyên truyền về nhãn hiệu và tem truy xuất nguồn gốc; hướng dẫn chủ thể mở gian hàng trên sàn thương mại điện tử trong quý III/2025.",
    "Ủy ban nhân dân xã Nà Phìn, xã Pù Lầu, xã Tả Cáo và thị trấn Khe Sâm xác nhận vùng nguyên liệu, quy mô sản xuất của chủ thể trước ngày 25/6/2025; phát hiện, báo cáo kịp thời việc sử dụng trái phép tên sản phẩm của địa phương.",
    "Đề nghị Hội Nông dân huyện vận động hội viên liên kết với hợp tác xã, cung cấp nguyên liệu đúng vùng đã đăng ký.",
    "Các chủ thể có tên tại Điều 1 ký cam kết đối ứng kinh phí, cập nhật nhật ký sản xuất lên Hệ thống truy xuất nguồn gốc của tỉnh; chịu trách nhiệm về tính trung thực của thông tin trên tem.",
]
OF04_ART4 = ("Điều 4. ", "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng phòng Nông nghiệp và Môi trường, Trưởng phòng Tài chính - Kế hoạch, Trưởng phòng Văn hóa, Khoa học và Thông tin, Chủ tịch Ủy ban nhân dân các xã, thị trấn có liên quan và các chủ thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
OF04_RECIP = ["Nơi nhận:", "- Như Điều 4;", "- Sở KH&CN tỉnh (b/c);", "- TT Huyện ủy, TT HĐND huyện;",
              "- CT, các PCT UBND huyện;", "- Lưu: VT, NNMT."]
OF04_SIGN = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(đã ký)", "", "Sầm Văn Lịch"]


def _para(doc, text, bold=False, italic=False, align=None, size=13, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(N(text))
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def _restart_list_number(doc):
    """New w:num on the abstract list behind Word's 'List Number' style, restarting at 1."""
    numbering = doc.part.numbering_part.element
    style_numid = doc.styles["List Number"].element.pPr.numPr.numId.val
    abs_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(style_numid):
            abs_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
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
    ppr.append(numpr)


def _article(doc, head, text):
    p = doc.add_paragraph()
    r = p.add_run(N(head))
    r.bold = True
    r.font.size = Pt(13)
    r2 = p.add_run(N(text))
    r2.font.size = Pt(13)
    r2.bold = text in ("Tổ chức thực hiện", "Nội dung và mức hỗ trợ")
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
    lp.add_run(N("ỦY BAN NHÂN DÂN\nHUYỆN KHE SÂM")).bold = True
    lp.add_run(N("\n-------\nSố: 749/QĐ-UBND"))
    lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rp = right.paragraphs[0]
    rp.add_run(N("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")).bold = True
    rp.add_run(N("\n---------------\n"))
    rp.add_run(N("Khe Sâm, ngày 16 tháng 6 năm 2025")).italic = True
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, t in enumerate(OF04_TITLE):
        _para(doc, t, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14 if i == 0 else 13)
    for t in OF04_BASIS:
        _para(doc, t, italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _para(doc, "QUYẾT ĐỊNH:", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _article(doc, *OF04_ART1)
    tb = doc.add_table(rows=len(OF04_TABLE), cols=len(OF04_TABLE[0]))
    tb.style = "Table Grid"
    for i, row in enumerate(OF04_TABLE):
        for j, val in enumerate(row):
            c = tb.rows[i].cells[j]
            c.text = ""
            run = c.paragraphs[0].add_run(N(val))
            run.bold = (i == 0 or row[0] == "")
            run.font.size = Pt(11)
    _article(doc, *OF04_ART2_HEAD)
    for kind, t in OF04_ART2:
        _para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
              style="List Number" if kind == "num" else "List Bullet 2")
    _article(doc, *OF04_ART3_HEAD)
    n3 = _restart_list_number(doc)
    for t in OF04_ART3:
        p = _para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY, style="List Number")
        _set_num(p, n3)
    _article(doc, *OF04_ART4)
    tail = doc.add_table(rows=1, cols=2)
    a, b = tail.rows[0].cells
    a.text = ""
    b.text = ""
    ap = a.paragraphs[0]
    ap.add_run(N(OF04_RECIP[0])).bold = True
    for line in OF04_RECIP[1:]:
        r = ap.add_run(N("\n" + line))
        r.font.size = Pt(11)
    bp = b.paragraphs[0]
    bp.add_run(N("\n".join(OF04_SIGN))).bold = True
    bp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = os.path.join(CORPUS, "of04_quyet_dinh_danh_muc_san_pham_ho_tro.docx")
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build_pdf())
    print(build_docx())
