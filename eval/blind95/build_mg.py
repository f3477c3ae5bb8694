#!/usr/bin/env python3
"""Rebuild the .docx (mg02) and .pdf (mg03) documents of the blind95 set from the text kept here."""
import os, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- mg02 (.docx)
MG02_FILE = "mg02_qd642_ubnd_danh_muc_dac_san_bao_ho_2026.docx"
MG02_HEADER = [
    ("ỦY BAN NHÂN DÂN\nTỈNH THANH VÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
    ("Số: 642/QĐ-UBND", "Thanh Vân, ngày 22 tháng 4 năm 2026"),
]
MG02_TITLE = [
    "QUYẾT ĐỊNH",
    "Phê duyệt Danh mục sản phẩm đặc sản ưu tiên xây dựng, bảo hộ nhãn hiệu tập thể, "
    "chỉ dẫn địa lý năm 2026 và giao nhiệm vụ thực hiện",
    "ỦY BAN NHÂN DÂN TỈNH THANH VÂN",
]
MG02_BODY = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
    "Căn cứ Nghị quyết số 27/2025/NQ-HĐND ngày 15 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh Thanh Vân "
    "quy định mức hỗ trợ phát triển tài sản trí tuệ trên địa bàn tỉnh;",
    "Căn cứ Kế hoạch số 263/KH-UBND ngày 12 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh về bảo hộ, quản lý và "
    "phát triển nhãn hiệu tập thể, chỉ dẫn địa lý đối với sản phẩm đặc sản tỉnh Thanh Vân giai đoạn 2026 - 2028;",
    "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 63/TTr-SKHCN ngày 15 tháng 4 năm 2026.",
    "#QUYẾT ĐỊNH:",
    "Điều 1. Phê duyệt Danh mục 06 sản phẩm đặc sản ưu tiên xây dựng, bảo hộ nhãn hiệu tập thể, chỉ dẫn địa lý "
    "năm 2026 (chi tiết tại Phụ lục kèm theo), với tổng kinh phí hỗ trợ từ ngân sách tỉnh là 1.150.000.000 đồng "
    "(Một tỷ, một trăm năm mươi triệu đồng). Nguồn kinh phí: sự nghiệp khoa học và công nghệ năm 2026 đã giao "
    "cho Sở Khoa học và Công nghệ.",
    "Điều 2. Tổ chức thực hiện",
    "1. Sở Khoa học và Công nghệ chủ trì, hướng dẫn các chủ thể lập hồ sơ, nộp đơn đăng ký tại Cục Sở hữu trí tuệ "
    "trước ngày 30/9/2026; theo dõi quá trình thẩm định đơn, kịp thời hướng dẫn sửa đổi, bổ sung hồ sơ theo yêu cầu; "
    "chịu trách nhiệm quản lý chỉ dẫn địa lý Cam sành Lũng Khê sau khi được bảo hộ.",
    "2. Sở Tài chính thẩm định, trình cấp kinh phí hỗ trợ cho các chủ thể theo Danh mục được phê duyệt, "
    "bảo đảm giải ngân trước ngày 15/12/2026.",
    "3. Ủy ban nhân dân các huyện có sản phẩm trong Danh mục chỉ đạo Ủy ban nhân dân các xã xác nhận tổ chức "
    "đại diện tập thể, hỗ trợ thu thập mẫu sản phẩm và tài liệu chứng minh nguồn gốc; trong đó Ủy ban nhân dân "
    "huyện Tràng Vĩ có trách nhiệm hoàn thiện phương án tổ chức lại Hợp tác xã Miến dong Bản Chiêng trước ngày "
    "31/5/2026 để hợp tác xã đủ điều kiện làm chủ thể đăng ký.",
    "4. Hội Nông dân tỉnh phối hợp với Sở Khoa học và Công nghệ vận động hội viên tham gia hợp tác xã, "
    "tổ hợp tác và sử dụng tem truy xuất nguồn gốc.",
    "5. Các chủ thể đăng ký có tên trong Danh mục quản lý, sử dụng kinh phí hỗ trợ đúng mục đích, thanh quyết toán "
    "theo quy định; gắn tem truy xuất nguồn gốc bằng mã QR ngay sau khi được cấp văn bằng bảo hộ.",
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
    "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở: Khoa học và Công nghệ, Tài chính, Nông nghiệp và "
    "Môi trường, Công Thương; Chủ tịch Ủy ban nhân dân các huyện: Lũng Khê, Tràng Vĩ, Mỹ Quyên, Pác Mừng; "
    "Thủ trưởng các cơ quan, đơn vị và các chủ thể có tên tại Phụ lục chịu trách nhiệm thi hành Quyết định này./.",
]
MG02_SIGN = (
    "Nơi nhận:\n- Như Điều 3;\n- Bộ KH&CN (b/c);\n- TT Tỉnh ủy, TT HĐND tỉnh (b/c);\n- CT, các PCT UBND tỉnh;\n"
    "- Kho bạc Nhà nước khu vực;\n- Lưu: VT, KGVX, KT.",
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nLục Minh Khiêm",
)
MG02_ANNEX_TITLE = [
    "PHỤ LỤC",
    "DANH MỤC SẢN PHẨM ĐẶC SẢN ƯU TIÊN XÂY DỰNG, BẢO HỘ NHÃN HIỆU TẬP THỂ, CHỈ DẪN ĐỊA LÝ NĂM 2026",
    "(Kèm theo Quyết định số 642/QĐ-UBND ngày 22/4/2026 của UBND tỉnh Thanh Vân)",
]
MG02_TABLE = [
    ["TT", "Tên sản phẩm", "Hình thức bảo hộ", "Chủ thể đăng ký / Đơn vị chủ trì", "Đơn vị phối hợp",
     "Kinh phí hỗ trợ (đồng)", "Thời gian hoàn thành"],
    ["1", "Cam sành Lũng Khê", "Chỉ dẫn địa lý", "Sở Khoa học và Công nghệ",
     "UBND huyện Lũng Khê; Sở Nông nghiệp và Môi trường", "400.000.000", "Nộp hồ sơ trong quý III/2026"],
    ["2", "Miến dong Tràng Vĩ", "Nhãn hiệu tập thể", "Hợp tác xã Miến dong Bản Chiêng",
     "UBND huyện Tràng Vĩ", "150.000.000", "Trước ngày 30/9/2026"],
    ["3", "Chè Shan Phiêng Mận", "Nhãn hiệu tập thể", "Hợp tác xã Chè Phiêng Mận",
     "UBND xã Phiêng Mận, huyện Lũng Khê", "150.000.000", "Trước ngày 30/9/2026"],
    ["4", "Gạo nếp cái Quỳnh Đô", "Nhãn hiệu tập thể", "Hội Nông dân xã Quỳnh Đô",
     "UBND huyện Mỹ Quyên", "150.000.000", "Trước ngày 31/8/2026"],
    ["5", "Gừng Cốc Pài", "Nhãn hiệu tập thể", "Tổ hợp tác Gừng Cốc Pài",
     "UBND huyện Pác Mừng; Hội Nông dân tỉnh", "150.000.000", "Trong quý IV/2026"],
    ["6", "Mật ong Tân Hoạch", "Nhãn hiệu tập thể", "Hợp tác xã Ong mật Tân Hoạch",
     "UBND huyện Tràng Vĩ", "150.000.000", "Trong quý IV/2026"],
    ["", "Tổng cộng", "", "", "", "1.150.000.000", ""],
]


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for sec in doc.sections:
        sec.left_margin, sec.right_margin = Cm(3), Cm(2)
        sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    head = doc.add_table(rows=len(MG02_HEADER), cols=2)
    for r, (left, right) in enumerate(MG02_HEADER):
        for c, txt in enumerate((left, right)):
            cell = head.cell(r, c)
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(N(txt))
            run.bold = r == 0
            run.italic = (r == 1 and c == 1)
    for i, t in enumerate(MG02_TITLE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(N(t))
        run.bold = True
    for t in MG02_BODY:
        p = doc.add_paragraph()
        if t.startswith("#"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(N(t[1:])).bold = True
            continue
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if t.startswith("Điều "):
            head_, rest = t.split(".", 1)
            p.add_run(N(head_ + ".")).bold = True
            p.add_run(N(rest))
        else:
            p.add_run(N(t))
    sign = doc.add_table(rows=1, cols=2)
    for c, txt in enumerate(MG02_SIGN):
        p = sign.cell(0, c).paragraphs[0]
        if c == 1:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(N(txt))
        run.bold = c == 1
        run.font.size = Pt(11 if c == 0 else 13)
    doc.add_page_break()
    for t in MG02_ANNEX_TITLE:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(N(t))
        run.bold = not t.startswith("(")
        run.italic = t.startswith("(")
    tab = doc.add_table(rows=len(MG02_TABLE), cols=len(MG02_TABLE[0]))
    tab.style = "Table Grid"
    for r, row in enumerate(MG02_TABLE):
        for c, txt in enumerate(row):
            p = tab.cell(r, c).paragraphs[0]
            run = p.add_run(N(txt))
            run.font.size = Pt(11)
            run.bold = r == 0 or txt == "Tổng cộng"
    doc.save(os.path.join(CORPUS, MG02_FILE))


# ---------------------------------------------------------------- mg03 (.pdf)
MG03_FILE = "mg03_cv417_skhcn_tem_qr_ho_so_nhan_hieu.pdf"
MG03_LEFT = ["UBND TỈNH THANH VÂN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "", "Số: 417/SKHCN-QLCN",
             "V/v triển khai tem truy xuất nguồn gốc", "mã QR và hoàn thiện hồ sơ đăng ký",
             "nhãn hiệu tập thể năm 2026"]
MG03_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
              "Thanh Vân, ngày 06 tháng 5 năm 2026"]
MG03_BODY = [
    "@Kính gửi:",
    "- Ủy ban nhân dân các huyện: Lũng Khê, Tràng Vĩ, Mỹ Quyên, Pác Mừng;",
    "- Các chủ thể đăng ký có tên tại Quyết định số 642/QĐ-UBND ngày 22/4/2026 của UBND tỉnh.",
    "",
    "Thực hiện Kế hoạch số 263/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh về bảo hộ, quản lý và phát triển "
    "nhãn hiệu tập thể, chỉ dẫn địa lý đối với sản phẩm đặc sản tỉnh Thanh Vân giai đoạn 2026 - 2028 và Quyết định "
    "số 642/QĐ-UBND ngày 22/4/2026 của Ủy ban nhân dân tỉnh phê duyệt Danh mục sản phẩm đặc sản ưu tiên bảo hộ "
    "năm 2026, Sở Khoa học và Công nghệ đề nghị Ủy ban nhân dân các huyện quan tâm chỉ đạo thực hiện một số nội dung sau:",
    "@1. Về hồ sơ đăng ký nhãn hiệu tập thể",
    "a) Chỉ đạo phòng chuyên môn phối hợp với các chủ thể đăng ký rà soát tư cách pháp lý, dự thảo quy chế quản lý, "
    "sử dụng nhãn hiệu tập thể và mẫu nhãn hiệu; gửi dự thảo về Sở Khoa học và Công nghệ trước ngày 15/6/2026 để góp ý.",
    "b) Riêng huyện Tràng Vĩ khẩn trương hoàn thành việc tổ chức lại Hợp tác xã Miến dong Bản Chiêng theo đúng thời hạn "
    "tại Quyết định số 642/QĐ-UBND; trường hợp không kịp, báo cáo rõ nguyên nhân và đề xuất chủ thể thay thế.",
    "c) Sở Khoa học và Công nghệ ký hợp đồng với tổ chức dịch vụ đại diện sở hữu công nghiệp để thiết kế mẫu nhãn "
    "hiệu và nộp đơn; chi phí do Sở thanh toán trực tiếp từ kinh phí hỗ trợ đã được phê duyệt, các chủ thể "
    "không phải nộp bất kỳ khoản phí nào.",
    "@2. Về tem truy xuất nguồn gốc bằng mã QR",
    "a) Từ ngày 15/5/2026, Trung tâm Thông tin và Ứng dụng khoa học công nghệ tỉnh cấp tài khoản miễn phí trên Hệ thống "
    "truy xuất nguồn gốc tỉnh Thanh Vân cho cơ sở sản xuất có đề nghị. Mỗi cơ sở được cấp lần đầu không quá 10.000 tem "
    "QR không thu tiền; từ lần thứ hai, cơ sở tự chi trả theo đơn giá 350 đồng/tem và được hỗ trợ 50% theo Kế hoạch "
    "số 263/KH-UBND.",
    "b) Ủy ban nhân dân các huyện tổng hợp danh sách cơ sở đăng ký sử dụng tem QR (theo Mẫu số 01 gửi kèm) gửi về "
    "Sở trước ngày 31/5/2026, đồng thời gửi bản mềm qua địa chỉ thư điện tử qlcn.skhcn@thanhvan.gov.vn.",
    "c) Cơ sở được cấp tem có trách nhiệm cập nhật nhật ký sản xuất ít nhất 01 lần/tuần; cơ sở không cập nhật dữ "
    "liệu quá 60 ngày sẽ bị tạm khóa mã QR cho đến khi bổ sung đầy đủ.",
    "@3. Về tập huấn",
    "Sở Khoa học và Công nghệ tổ chức lớp tập huấn \"Quản lý, khai thác nhãn hiệu tập thể và truy xuất nguồn gốc\" "
    "trong 02 ngày, 20 và 21/5/2026, tại Hội trường tầng 3, Sở Khoa học và Công nghệ (số 18 đường Vân Sơn, thành phố "
    "Thanh Vân). Thành phần: mỗi huyện cử 02 cán bộ phòng chuyên môn và 01 cán bộ phụ trách khoa học và công nghệ của "
    "mỗi xã có sản phẩm trong Danh mục; mỗi chủ thể đăng ký cử 01 đại diện. Sở hỗ trợ tiền ăn 150.000 đồng/người/ngày "
    "cho học viên cấp xã và đại diện chủ thể đăng ký; tài liệu do Sở cung cấp.",
    "@4. Về chế độ báo cáo",
    "Ủy ban nhân dân các huyện báo cáo kết quả thực hiện 6 tháng đầu năm 2026 theo bộ chỉ tiêu tại Kế hoạch số "
    "263/KH-UBND, gửi về Sở trước ngày 10/6/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh; báo cáo năm gửi trước "
    "ngày 10/12/2026.",
    "@5. Đầu mối liên hệ",
    "- Về hồ sơ nhãn hiệu, chỉ dẫn địa lý: bà Vi Thị Ngân Lam, Trưởng phòng Quản lý chuyên ngành, điện thoại "
    "0215.3856.417, di động 0914.538.207.",
    "- Về tài khoản và tem QR: ông Sầm Văn Hiếu, Phó Giám đốc Trung tâm Thông tin và Ứng dụng khoa học công nghệ "
    "tỉnh, di động 0983.217.640.",
    "",
    "Sở Khoa học và Công nghệ đề nghị Ủy ban nhân dân các huyện, các chủ thể đăng ký quan tâm phối hợp thực hiện./.",
]
MG03_RECIP = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc Sở (b/c);",
              "- Trung tâm TT&ƯD KHCN tỉnh;", "- Lưu: VT, QLCN."]
MG03_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Hứa Quang Tiệp"]
FONTDIR = "/usr/share/fonts/truetype/dejavu/"


def build_pdf():
    pdf = FPDF(format="A4")
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", FONTDIR + "DejaVuSerif.ttf")
    pdf.add_font("DV", "B", FONTDIR + "DejaVuSerif-Bold.ttf")
    pdf.add_font("DV", "I", FONTDIR + "DejaVuSerif-Italic.ttf")
    pdf.add_page()
    lh = 5.6
    y0 = pdf.get_y()
    wl, wr = 72, 95
    for i, t in enumerate(MG03_LEFT):
        pdf.set_xy(25, y0 + i * lh)
        pdf.set_font("DV", "B" if i < 2 else "", 10 if i < 4 else 9)
        pdf.cell(wl, lh, N(t), align="C")
    for i, t in enumerate(MG03_RIGHT):
        pdf.set_xy(25 + wl, y0 + i * lh)
        pdf.set_font("DV", "I" if i == 3 else "B", 10)
        pdf.cell(wr, lh, N(t), align="C")
    pdf.set_xy(25, y0 + len(MG03_LEFT) * lh + 6)
    pdf.set_font("DV", "", 11.5)
    for t in MG03_BODY:
        if t == "":
            pdf.ln(2)
            continue
        if t.startswith("@"):
            pdf.set_font("DV", "B", 11.5)
            pdf.multi_cell(0, 6.2, N(t[1:]), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "", 11.5)
        else:
            pdf.multi_cell(0, 6.2, N(t), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    if pdf.get_y() > 230:
        pdf.add_page()
    y1 = pdf.get_y()
    for i, t in enumerate(MG03_RECIP):
        pdf.set_xy(25, y1 + i * 5)
        pdf.set_font("DV", "BI" if i == 0 else "", 9.5) if i else pdf.set_font("DV", "B", 9.5)
        pdf.cell(70, 5, N(t))
    for i, t in enumerate(MG03_SIGN):
        pdf.set_xy(100, y1 + i * 6)
        pdf.set_font("DV", "B", 11)
        pdf.cell(85, 6, N(t), align="C")
    pdf.output(os.path.join(CORPUS, MG03_FILE))


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_docx()
    build_pdf()
    print("built", MG02_FILE, MG03_FILE)
