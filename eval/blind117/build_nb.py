#!/usr/bin/env python
"""Rebuild nb02 (.docx) and nb03 (.pdf) of the blind117 set from the text kept here."""
import os
import unicodedata

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# --------------------------------------------------------------------------
# nb02 — Kế hoạch của Trung tâm Y tế huyện Mai Lãng (.docx)
# --------------------------------------------------------------------------
KH_HEADER_LEFT = [
    "SỞ Y TẾ HÀ THẠCH ĐÔNG",
    "TRUNG TÂM Y TẾ HUYỆN MAI LÃNG",
    "Số: 215/KH-TTYT",
]
KH_HEADER_RIGHT = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Mai Lãng, ngày 28 tháng 3 năm 2025",
]
KH_TITLE = [
    "KẾ HOẠCH",
    "Triển khai hồ sơ sức khỏe điện tử, khám, chữa bệnh từ xa và tích hợp "
    "ứng dụng VNeID tại các trạm y tế xã năm 2025",
]
KH_BEFORE_TABLE = [
    "Căn cứ Nghị quyết số 11-NQ/HU ngày 14/02/2025 của Ban Thường vụ Huyện ủy Mai Lãng về đẩy mạnh "
    "chuyển đổi số y tế cơ sở, phát triển hồ sơ sức khỏe điện tử và khám, chữa bệnh từ xa tại trạm y tế xã "
    "giai đoạn 2025 - 2027;",
    "Căn cứ Công văn số 1342/SYT-NVY ngày 06/3/2025 của Sở Y tế về việc kết nối trạm y tế xã với Nền tảng "
    "hồ sơ sức khỏe điện tử và ứng dụng VNeID;",
    "Căn cứ Kế hoạch số 71/KH-UBND ngày 12/3/2025 của Ủy ban nhân dân huyện thực hiện Nghị quyết số 11-NQ/HU;",
    "Trung tâm Y tế huyện Mai Lãng xây dựng Kế hoạch triển khai năm 2025 như sau:",
    "#I. MỤC ĐÍCH, YÊU CẦU",
    "1. Cụ thể hóa chỉ tiêu năm 2025 của Nghị quyết số 11-NQ/HU; phân công rõ khoa, phòng, trạm y tế chủ trì, "
    "đơn vị phối hợp và thời hạn hoàn thành từng nhiệm vụ.",
    "2. Việc triển khai bảo đảm an toàn thông tin, bảo mật dữ liệu cá nhân của người bệnh; không làm gián "
    "đoạn hoạt động khám, chữa bệnh tại trạm y tế.",
    "#II. CHỈ TIÊU NĂM 2025",
    "- 100% (08/8) trạm y tế xã sử dụng phần mềm quản lý trạm y tế liên thông, hoàn thành trong quý II/2025;",
    "- Ít nhất 60% dân số có hồ sơ sức khỏe điện tử trước ngày 31/12/2025;",
    "- 04 trạm y tế xã Tùng Ngàn, Bồ Lam, Đạm Khê, An Cát Hạ có điểm khám, tư vấn từ xa kết nối với "
    "Khoa Khám bệnh của Trung tâm;",
    "- 48 viên chức trạm y tế được tập huấn sử dụng phần mềm, chữ ký số và đơn thuốc điện tử.",
    "#III. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN",
]
KH_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
    ["1", "Rà soát hạ tầng mạng, máy tính tại 08 trạm y tế xã, lập danh mục thiết bị cần bổ sung",
     "Tổ Công nghệ thông tin", "Trạm Y tế các xã", "Trước ngày 20/4/2025"],
    ["2", "Cài đặt, chuyển đổi phần mềm quản lý trạm y tế liên thông Nền tảng hồ sơ sức khỏe điện tử",
     "Tổ Công nghệ thông tin", "VNPT Hà Thạch Đông; Trạm Y tế các xã", "Hoàn thành trong quý II/2025"],
    ["3", "Tập huấn phần mềm, chữ ký số, đơn thuốc điện tử cho viên chức trạm (02 lớp, 48 học viên)",
     "Phòng Kế hoạch - Nghiệp vụ", "Tổ Công nghệ thông tin", "Tháng 5/2025"],
    ["4", "Lập, cập nhật hồ sơ sức khỏe điện tử cho người dân trên địa bàn",
     "Trạm Y tế các xã", "Khoa Kiểm soát bệnh tật - Y tế công cộng; Ủy ban nhân dân các xã",
     "Định kỳ hằng tháng; đạt 60% trước ngày 31/12/2025"],
    ["5", "Ban hành quy trình tư vấn, hội chẩn từ xa giữa Khoa Khám bệnh và trạm y tế xã",
     "Phòng Kế hoạch - Nghiệp vụ", "Khoa Khám bệnh; Khoa Hồi sức cấp cứu", "Trước ngày 15/6/2025"],
    ["6", "Lắp đặt, vận hành điểm khám từ xa tại 04 trạm y tế xã Tùng Ngàn, Bồ Lam, Đạm Khê, An Cát Hạ",
     "Khoa Khám bệnh", "Tổ Công nghệ thông tin; Viettel Mai Lãng", "Trước ngày 31/8/2025"],
    ["7", "Hướng dẫn người dân kích hoạt, sử dụng sổ sức khỏe điện tử trên ứng dụng VNeID",
     "Trạm Y tế các xã", "Công an các xã; Đoàn Thanh niên các xã", "Thường xuyên"],
    ["8", "Kiểm tra việc triển khai tại trạm y tế xã",
     "Đoàn kiểm tra của Trung tâm", "Phòng Y tế huyện", "Quý III/2025"],
    ["9", "Sơ kết, báo cáo kết quả thực hiện Kế hoạch",
     "Phòng Kế hoạch - Nghiệp vụ", "Các khoa, phòng, trạm y tế", "Trước ngày 05/12/2025"],
]
KH_AFTER_TABLE = [
    "#IV. KINH PHÍ",
    "Tổng kinh phí thực hiện Kế hoạch là 1.465.000.000 đồng, trong đó ngân sách huyện bố trí theo Kế hoạch "
    "số 71/KH-UBND là 865.000.000 đồng, nguồn thu sự nghiệp của Trung tâm là 600.000.000 đồng. Kinh phí "
    "dùng để mua 04 bộ thiết bị khám từ xa (130.000.000 đồng/bộ), 08 đầu đọc thẻ căn cước, máy tính bổ sung "
    "cho trạm y tế và tổ chức tập huấn.",
    "#V. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Kế hoạch - Nghiệp vụ là đầu mối tham mưu, theo dõi, đôn đốc các đơn vị; tổng hợp báo cáo Sở Y tế "
    "định kỳ hằng tháng trước ngày 25.",
    "2. Tổ Công nghệ thông tin quản trị hệ thống, bảo đảm an toàn thông tin; hỗ trợ kỹ thuật cho trạm y tế qua "
    "đường dây nóng 0978.416.302 trong giờ hành chính.",
    "3. Khoa Khám bệnh bố trí 02 bác sĩ trực tư vấn từ xa từ 7 giờ 30 đến 17 giờ các ngày làm việc; phối hợp "
    "Khoa Hồi sức cấp cứu hội chẩn các trường hợp nặng cần chuyển tuyến.",
    "4. Khoa Dược - Vật tư y tế phối hợp Tổ Công nghệ thông tin thực hiện liên thông đơn thuốc điện tử tại "
    "08 trạm y tế trước ngày 30/9/2025.",
    "5. Phòng Tài chính - Kế toán lập dự toán, thanh quyết toán kinh phí theo đúng quy định.",
    "6. Trạm Y tế các xã:",
    "- Bố trí 01 viên chức làm đầu mối công nghệ thông tin của trạm;",
    "- Lập, cập nhật hồ sơ sức khỏe điện tử, tiếp đón người bệnh bằng thẻ căn cước hoặc ứng dụng VNeID;",
    "- Báo cáo số liệu về Phòng Kế hoạch - Nghiệp vụ trước ngày 20 hằng tháng.",
    "7. Đề nghị Công an huyện chỉ đạo Công an các xã phối hợp với trạm y tế hướng dẫn người dân kích hoạt "
    "tài khoản định danh điện tử mức độ 2 và sổ sức khỏe điện tử. Đề nghị Ủy ban nhân dân các xã bố trí "
    "địa điểm, hỗ trợ đường truyền cho điểm khám từ xa; Huyện đoàn phối hợp Trạm Y tế các xã tổ chức các "
    "đợt hỗ trợ người cao tuổi cài đặt ứng dụng VNeID.",
    "Trong quá trình thực hiện, nếu có vướng mắc, liên hệ đồng chí Hứa Minh Sang, Tổ trưởng Tổ Công nghệ "
    "thông tin, điện thoại 0978.416.302, email: sanghm.ttyt@hathachdong.gov.vn để được hướng dẫn./.",
]
KH_SIGN_LEFT = [
    "Nơi nhận:",
    "- Sở Y tế (để báo cáo);",
    "- UBND huyện (để báo cáo);",
    "- Phòng Y tế huyện;",
    "- Công an huyện;",
    "- UBND các xã;",
    "- Các khoa, phòng, trạm y tế;",
    "- Lưu: VT, KHNV.",
]
KH_SIGN_RIGHT = ["GIÁM ĐỐC", "", "", "", "Đinh Thị Hoài Sương"]


def _no_borders(table):
    tbl = table._tbl
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _cell_lines(cell, lines, bold_first=0, center=True, size=12):
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(nfc(line))
        run.font.size = Pt(size)
        run.bold = i < bold_first
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _para(doc, text, bold=False, center=False, size=13, italic=False):
    p = doc.add_paragraph()
    run = p.add_run(nfc(text))
    run.bold = bold
    run.italic = italic
    run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def _body(doc, lines):
    for line in lines:
        if line.startswith("#"):
            _para(doc, line[1:], bold=True)
        else:
            _para(doc, line)


def build_docx(path):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3)
        s.right_margin = Cm(2)
        s.top_margin = Cm(2)
        s.bottom_margin = Cm(2)

    head = doc.add_table(rows=1, cols=2)
    _no_borders(head)
    _cell_lines(head.cell(0, 0), KH_HEADER_LEFT, bold_first=2)
    _cell_lines(head.cell(0, 1), KH_HEADER_RIGHT, bold_first=2)

    _para(doc, KH_TITLE[0], bold=True, center=True, size=14)
    _para(doc, KH_TITLE[1], bold=True, center=True)
    _body(doc, KH_BEFORE_TABLE)

    table = doc.add_table(rows=len(KH_TABLE), cols=len(KH_TABLE[0]))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(KH_TABLE):
        for c, val in enumerate(row):
            cell = table.cell(r, c)
            cell.text = ""
            run = cell.paragraphs[0].add_run(nfc(val))
            run.font.size = Pt(11)
            run.bold = r == 0
    _body(doc, KH_AFTER_TABLE)

    sign = doc.add_table(rows=1, cols=2)
    _no_borders(sign)
    _cell_lines(sign.cell(0, 0), KH_SIGN_LEFT, center=False, size=11)
    _cell_lines(sign.cell(0, 1), KH_SIGN_RIGHT, bold_first=5)
    doc.save(path)


# --------------------------------------------------------------------------
# nb03 — Công văn của Sở Y tế (.pdf)
# --------------------------------------------------------------------------
CV_HEADER_LEFT = [
    "UBND TỈNH HÀ THẠCH ĐÔNG",
    "SỞ Y TẾ",
    "Số: 1342/SYT-NVY",
    "V/v kết nối trạm y tế xã với Nền tảng",
    "hồ sơ sức khỏe điện tử và ứng dụng VNeID",
]
CV_HEADER_RIGHT = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "",
    "Hà Thạch Đông, ngày 06 tháng 3 năm 2025",
]
CV_KINH_GUI = [
    "Kính gửi:",
    "- Trung tâm Y tế các huyện, thị xã, thành phố;",
    "- Bệnh viện Đa khoa tỉnh Hà Thạch Đông.",
]
CV_BODY = [
    "Thực hiện Kế hoạch số 46/KH-UBND ngày 24/02/2025 của Ủy ban nhân dân tỉnh về chuyển đổi số ngành y tế "
    "năm 2025, hiện toàn tỉnh có 164 trạm y tế xã, phường, thị trấn, trong đó mới có 97 trạm (đạt 59,1%) "
    "kết nối với Nền tảng hồ sơ sức khỏe điện tử của tỉnh; nhiều trạm y tế chưa tiếp đón người bệnh bằng "
    "thẻ căn cước, chưa có điểm khám, tư vấn từ xa. Để hoàn thành mục tiêu năm 2025, Sở Y tế đề nghị các "
    "đơn vị thực hiện một số nội dung sau:",
    "1. Hoàn thành kết nối trạm y tế",
    "Trung tâm Y tế các huyện, thị xã, thành phố rà soát hạ tầng, phần mềm, bảo đảm 100% trạm y tế trực thuộc "
    "kết nối và đồng bộ dữ liệu khám, chữa bệnh lên Nền tảng hồ sơ sức khỏe điện tử của tỉnh trước ngày "
    "30/6/2025. Đơn vị chưa có phần mềm liên thông liên hệ VNPT Hà Thạch Đông (đầu mối: bà Sầm Thị Ngọc Ánh, "
    "điện thoại 0888.204.519) để được hỗ trợ cài đặt miễn phí trong năm 2025.",
    "2. Chuẩn hóa dữ liệu, tích hợp ứng dụng VNeID",
    "a) Hồ sơ sức khỏe điện tử phải gắn với số định danh cá nhân; Trung tâm Y tế phối hợp Công an cấp huyện "
    "đối chiếu với Cơ sở dữ liệu quốc gia về dân cư, bảo đảm tỷ lệ hồ sơ sai lệch thông tin không vượt quá 2%.",
    "b) Từ ngày 01/7/2025, 100% trạm y tế tiếp đón người bệnh bảo hiểm y tế bằng thẻ căn cước hoặc ứng dụng "
    "VNeID, không yêu cầu người bệnh xuất trình thẻ bảo hiểm y tế giấy.",
    "3. Triển khai khám, chữa bệnh từ xa",
    "a) Mỗi Trung tâm Y tế huyện lựa chọn ít nhất 02 trạm y tế xã thuộc vùng khó khăn để thiết lập điểm khám, "
    "tư vấn từ xa trong năm 2025; gửi danh sách trạm được chọn về Sở Y tế trước ngày 31/3/2025.",
    "b) Bệnh viện Đa khoa tỉnh Hà Thạch Đông là cơ sở hỗ trợ tuyến trên, bố trí tổ hội chẩn từ xa trực 24/7 "
    "qua đường dây nóng 0204.3856.117; ban hành danh mục bệnh, tình huống được tư vấn từ xa trước ngày "
    "15/4/2025.",
    "4. Đào tạo, tập huấn",
    "Sở Y tế phối hợp Trường Cao đẳng Y tế Hà Thạch Đông tập huấn cho cán bộ đầu mối công nghệ thông tin của "
    "các Trung tâm Y tế từ ngày 14 đến ngày 16/4/2025 tại Hội trường B, Trường Cao đẳng Y tế Hà Thạch Đông; "
    "mỗi Trung tâm Y tế cử 02 người tham dự. Sau tập huấn, Trung tâm Y tế các huyện, thị xã, thành phố tổ chức "
    "tập huấn lại cho 100% viên chức trạm y tế trước ngày 31/5/2025.",
    "5. Bảo đảm an toàn thông tin",
    "Các đơn vị hoàn thành hồ sơ đề xuất cấp độ an toàn hệ thống thông tin (cấp độ 2) đối với phần mềm quản lý "
    "trạm y tế trước ngày 30/9/2025. Văn phòng Sở phối hợp Sở Khoa học và Công nghệ hướng dẫn các đơn vị xây "
    "dựng hồ sơ và phương án bảo đảm an toàn thông tin.",
    "6. Chế độ báo cáo",
    "Các đơn vị báo cáo tiến độ định kỳ hằng tháng, trước ngày 25, về Sở Y tế (qua Phòng Nghiệp vụ Y), email: "
    "nvy.syt@hathachdong.gov.vn; báo cáo kết quả 6 tháng đầu năm trước ngày 05/7/2025. Đầu mối theo dõi: "
    "ông Kiều Văn Thạc, chuyên viên Phòng Nghiệp vụ Y, điện thoại 0913.527.846.",
    "Sở Y tế đề nghị Thủ trưởng các đơn vị quan tâm, chỉ đạo triển khai thực hiện. Trong quá trình thực hiện, "
    "nếu có khó khăn, vướng mắc, báo cáo về Sở Y tế (qua Phòng Nghiệp vụ Y) để được hướng dẫn./.",
]
CV_SIGN_LEFT = [
    "Nơi nhận:",
    "- Như trên;",
    "- UBND tỉnh (để báo cáo);",
    "- Giám đốc Sở (để báo cáo);",
    "- Công an tỉnh (phối hợp);",
    "- Bảo hiểm xã hội tỉnh;",
    "- VNPT Hà Thạch Đông;",
    "- Lưu: VT, NVY.",
]
CV_SIGN_RIGHT = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Đàm Quốc Triệu"]


class CvPDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 10, str(self.page_no()), align="C")


def build_pdf(path):
    pdf = CvPDF(format="A4")
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.add_page()
    lh = 6
    col_w = 76
    x_left = pdf.l_margin
    x_right = pdf.l_margin + col_w + 2
    y0 = pdf.get_y()
    # left column of the header
    for i, line in enumerate(CV_HEADER_LEFT):
        pdf.set_xy(x_left, y0 + i * lh)
        pdf.set_font("DejaVu", "B" if i == 1 else "", 9 if i >= 3 else 11)
        pdf.cell(col_w, lh, nfc(line), align="C")
    # right column of the header
    for i, line in enumerate(CV_HEADER_RIGHT):
        pdf.set_xy(x_right, y0 + i * lh)
        style = "B" if i < 2 else "I"
        pdf.set_font("DejaVu", style, 10)
        pdf.cell(pdf.w - pdf.r_margin - x_right, lh, nfc(line), align="C")
    pdf.set_xy(pdf.l_margin, y0 + len(CV_HEADER_LEFT) * lh + 6)

    pdf.set_font("DejaVu", "", 11)
    pdf.set_x(pdf.l_margin + 30)
    pdf.cell(0, lh, nfc(CV_KINH_GUI[0]), new_x="LMARGIN", new_y="NEXT")
    for line in CV_KINH_GUI[1:]:
        pdf.set_x(pdf.l_margin + 50)
        pdf.cell(0, lh, nfc(line), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for para in CV_BODY:
        is_heading = len(para) < 60 and para[0].isdigit()
        pdf.set_font("DejaVu", "B" if is_heading else "", 11)
        pdf.multi_cell(0, lh, nfc(para), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(4)
    y = pdf.get_y()
    if y > pdf.h - 70:
        pdf.add_page()
        y = pdf.get_y()
    for i, line in enumerate(CV_SIGN_LEFT):
        pdf.set_xy(x_left, y + i * 5)
        pdf.set_font("DejaVu", "B" if i == 0 else "", 9)
        pdf.cell(col_w, 5, nfc(line))
    for i, line in enumerate(CV_SIGN_RIGHT):
        pdf.set_xy(x_right, y + i * 6)
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(pdf.w - pdf.r_margin - x_right, 6, nfc(line), align="C")
    pdf.output(path)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    docx_path = os.path.join(CORPUS, "nb02_kehoach_ttyt_hoso_suckhoe_dientu.docx")
    pdf_path = os.path.join(CORPUS, "nb03_congvan_syt_ketnoi_tramyte_vneid.pdf")
    build_docx(docx_path)
    build_pdf(pdf_path)
    print("built", docx_path)
    print("built", pdf_path)
