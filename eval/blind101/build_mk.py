#!/usr/bin/env python
"""Rebuild the .docx (mk04) and .pdf (mk05) documents of set blind101 from the text kept here.

Run:  /work/main/.venv/bin/python build_mk.py
"""
import os
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
DOCX_NAME = "mk04_quyetdinh_ban_giam_khao.docx"
PDF_NAME = "mk05_baocao_tongket_cuocthi.pdf"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# mk04 - Quyết định thành lập Ban Giám khảo (.docx)
# ---------------------------------------------------------------------------
QD_HEADER_LEFT = [
    "UBND TỈNH LẠC GIANG THƯỢNG",
    "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    "Số: 178/QĐ-SKHCN",
]
QD_HEADER_RIGHT = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Lạc Giang Thượng, ngày 22 tháng 6 năm 2026",
]
QD_TITLE = [
    "QUYẾT ĐỊNH",
    "Về việc thành lập Ban Giám khảo vòng chung khảo Cuộc thi Sáng tạo thanh thiếu niên nhi đồng tỉnh Lạc Giang Thượng lần thứ IX, năm 2026",
    "-------",
    "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ",
]
QD_BASES = [
    "Căn cứ Quyết định số 14/2025/QĐ-UBND ngày 10/3/2025 của Ủy ban nhân dân tỉnh Lạc Giang Thượng quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ;",
    "Căn cứ Kế hoạch liên tịch số 112/KHLT-TĐTN-SKHCN ngày 12/01/2026 của Ban Thường vụ Tỉnh đoàn và Sở Khoa học và Công nghệ về tổ chức Cuộc thi Sáng tạo thanh thiếu niên nhi đồng tỉnh Lạc Giang Thượng lần thứ IX, năm 2026;",
    "Căn cứ Thể lệ số 01/TL-BTC ngày 20/01/2026 của Ban Tổ chức Cuộc thi;",
    "Theo đề nghị của Trưởng phòng Quản lý khoa học và Trưởng Ban Phong trào Tỉnh đoàn.",
]
QD_DIEU1 = "Điều 1. Thành lập Ban Giám khảo vòng chung khảo Cuộc thi Sáng tạo thanh thiếu niên nhi đồng tỉnh Lạc Giang Thượng lần thứ IX, năm 2026 (sau đây gọi là Ban Giám khảo) gồm 09 thành viên có tên sau:"
QD_MEMBERS = [
    ("TT", "Họ và tên", "Chức vụ, đơn vị công tác", "Nhiệm vụ trong Ban Giám khảo"),
    ("1", "PGS.TS. Tôn Thất Khải Nguyên", "Phó Hiệu trưởng Trường Cao đẳng Kỹ thuật Công nghệ Lạc Giang Thượng", "Trưởng ban"),
    ("2", "ThS. Đàm Quốc Việt", "Trưởng phòng Quản lý khoa học, Sở Khoa học và Công nghệ", "Phó Trưởng ban thường trực"),
    ("3", "Ông Lỗ Thanh Tâm", "Trưởng Ban Phong trào Tỉnh đoàn", "Phó Trưởng ban"),
    ("4", "TS. Thạch Thị Mỹ Xuyên", "Phó Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Ủy viên"),
    ("5", "ThS. Giáp Văn Nghị", "Phó Trưởng phòng Giáo dục trung học, Sở Giáo dục và Đào tạo", "Ủy viên"),
    ("6", "KS. Chu Đình Hạo", "Giám đốc Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh", "Ủy viên"),
    ("7", "BSCKII. Lã Thị Kim Oanh", "Phó Giám đốc Bệnh viện Đa khoa tỉnh", "Ủy viên"),
    ("8", "TS. Yên Văn Khởi", "Giảng viên Khoa Nông - Lâm, Trường Cao đẳng Kỹ thuật Công nghệ Lạc Giang Thượng", "Ủy viên"),
    ("9", "CN. Mẫn Thị Thùy Dung", "Chuyên viên Ban Phong trào Tỉnh đoàn", "Thư ký"),
]
QD_AFTER_TABLE = [
    "Các thành viên số 4, 7 và 8 do Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh giới thiệu theo mục III.5 Kế hoạch liên tịch số 112/KHLT-TĐTN-SKHCN.",
    "Điều 2. Nhiệm vụ của Ban Giám khảo",
    "1. Trước ngày 10/7/2026, nghiên cứu hồ sơ thuyết minh của các sản phẩm vào vòng chung khảo do Văn phòng Ban Tổ chức chuyển đến.",
    "2. Chấm chung khảo trực tiếp tại khu trưng bày trong hai ngày 18 và 19/7/2026 tại Nhà Văn hóa Thanh niên tỉnh, theo tiêu chí và thang điểm tại Điều 5 Thể lệ Cuộc thi.",
    "3. Ban Giám khảo làm việc theo 03 tiểu ban chuyên môn:",
    "a) Tiểu ban A chấm các lĩnh vực (1), (2) và (5), gồm các ông: Đàm Quốc Việt (phụ trách), Chu Đình Hạo, Tôn Thất Khải Nguyên;",
    "b) Tiểu ban B chấm các lĩnh vực (3) và (4), gồm các ông, bà: Thạch Thị Mỹ Xuyên (phụ trách), Lã Thị Kim Oanh, Yên Văn Khởi;",
    "c) Tiểu ban C chấm lĩnh vực (6), gồm các ông: Giáp Văn Nghị (phụ trách), Lỗ Thanh Tâm.",
    "Mỗi sản phẩm được ít nhất 02 giám khảo của tiểu ban chấm độc lập; điểm của sản phẩm là trung bình cộng điểm của các giám khảo. Trường hợp điểm giữa các giám khảo chênh lệch từ 15 điểm trở lên, phụ trách tiểu ban báo cáo Trưởng ban quyết định chấm lại.",
    "4. Tổng hợp kết quả, đề xuất danh sách sản phẩm đạt giải và tối đa 04 sản phẩm tham dự Cuộc thi toàn quốc, gửi Ban Tổ chức trước 17 giờ 00 ngày 20/7/2026.",
    "5. Giữ bí mật kết quả chấm cho đến khi Ban Tổ chức công bố. Thành viên có người thân là tác giả hoặc người hướng dẫn sản phẩm dự thi phải báo cáo Trưởng ban và không tham gia chấm sản phẩm đó.",
    "Điều 3. Chế độ làm việc và kinh phí",
    "Các thành viên Ban Giám khảo làm việc theo chế độ kiêm nhiệm; được hưởng chế độ bồi dưỡng 500.000 đồng/người/ngày chấm, riêng thư ký 300.000 đồng/ngày. Giao Phòng Kế hoạch - Tài chính bảo đảm kinh phí từ nguồn kinh phí tổ chức Cuộc thi do Sở bố trí năm 2026. Ban Giám khảo tự giải thể sau khi hoàn thành nhiệm vụ.",
    "Điều 4. Quyết định này có hiệu lực kể từ ngày ký.",
    "Chánh Văn phòng Sở, Trưởng phòng Quản lý khoa học, Trưởng phòng Kế hoạch - Tài chính, Giám đốc Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
]
QD_NOI_NHAN = [
    "Nơi nhận:",
    "- Như Điều 4;",
    "- Ban Thường vụ Tỉnh đoàn (phối hợp);",
    "- UBND tỉnh (để báo cáo);",
    "- Giám đốc, các Phó Giám đốc Sở;",
    "- Lưu: VT, QLKH.",
]
QD_SIGN = ["GIÁM ĐỐC", "(Đã ký)", "", "Mạc Đăng Khiêm"]


def _font(run, size=13, bold=False, italic=False):
    run.font.name = "Times New Roman"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic


def _para(container, text, bold=False, italic=False, align=None, size=13, indent=False):
    p = container.add_paragraph()
    r = p.add_run(N(text))
    _font(r, size, bold, italic)
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p


def _cell_lines(cell, lines, bold_idx=(), italic_idx=(), size=13):
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(N(line))
        _font(r, size, bold=i in bold_idx, italic=i in italic_idx)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def build_docx(path):
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)

    head = doc.add_table(rows=1, cols=2)
    _cell_lines(head.cell(0, 0), QD_HEADER_LEFT, bold_idx=(1,), size=12)
    _cell_lines(head.cell(0, 1), QD_HEADER_RIGHT, bold_idx=(0, 1), italic_idx=(2,), size=12)

    _para(doc, "")
    _para(doc, QD_TITLE[0], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    _para(doc, QD_TITLE[1], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, QD_TITLE[2], align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, QD_TITLE[3], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for b in QD_BASES:
        _para(doc, b, italic=True, indent=True)
    _para(doc, "QUYẾT ĐỊNH:", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, QD_DIEU1, indent=True)

    t = doc.add_table(rows=len(QD_MEMBERS), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(QD_MEMBERS):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.paragraphs[0].text = ""
            r = c.paragraphs[0].add_run(N(val))
            _font(r, 12, bold=(i == 0))
    for i, w in enumerate((Cm(1.0), Cm(5.0), Cm(7.0), Cm(3.5))):
        for row in t.rows:
            row.cells[i].width = w

    for line in QD_AFTER_TABLE:
        is_head = line.startswith("Điều")
        _para(doc, line, bold=is_head and len(line) < 60, indent=True)

    tail = doc.add_table(rows=1, cols=2)
    left = tail.cell(0, 0)
    left.paragraphs[0].text = ""
    for i, line in enumerate(QD_NOI_NHAN):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        r = p.add_run(N(line))
        _font(r, 11, bold=(i == 0), italic=(i == 0))
    _cell_lines(tail.cell(0, 1), QD_SIGN, bold_idx=(0, 3), italic_idx=(1,))
    doc.save(path)


# ---------------------------------------------------------------------------
# mk05 - Báo cáo tổng kết (.pdf)
# ---------------------------------------------------------------------------
BC_HEADER_LEFT = ["BCH ĐOÀN TNCS HỒ CHÍ MINH", "TỈNH LẠC GIANG THƯỢNG", "***", "Số: 214-BC/TĐTN-PTTN"]
BC_HEADER_RIGHT = ["ĐOÀN TNCS HỒ CHÍ MINH", "", "", "Lạc Giang Thượng, ngày 12 tháng 8 năm 2026"]
BC_TITLE = [
    "BÁO CÁO",
    "Tổng kết Cuộc thi Sáng tạo thanh thiếu niên nhi đồng tỉnh Lạc Giang Thượng lần thứ IX, năm 2026",
    "-----",
]
BC_BODY_1 = [
    ("p", "Thực hiện Kế hoạch liên tịch số 112/KHLT-TĐTN-SKHCN ngày 12/01/2026 của Ban Thường vụ Tỉnh đoàn và Sở Khoa học và Công nghệ, Ban Thường vụ Tỉnh đoàn báo cáo kết quả tổ chức Cuộc thi Sáng tạo thanh thiếu niên nhi đồng tỉnh lần thứ IX, năm 2026 như sau:"),
    ("h", "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"),
    ("p", "1. Ban Tổ chức Cuộc thi được thành lập theo Quyết định số 09-QĐ/TĐTN ngày 16/01/2026 gồm 11 đồng chí; Thể lệ Cuộc thi ban hành ngày 20/01/2026. Sở Khoa học và Công nghệ ban hành Quyết định số 178/QĐ-SKHCN ngày 22/6/2026 thành lập Ban Giám khảo vòng chung khảo gồm 09 thành viên."),
    ("p", "2. Ban Tổ chức phối hợp với Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh mở 02 lớp tập huấn kỹ năng viết thuyết minh sản phẩm vào ngày 14 và 21/3/2026, có 236 giáo viên hướng dẫn tham gia. Các huyện đoàn, thị đoàn, thành đoàn đều phối hợp với Phòng Giáo dục và Đào tạo cùng cấp tổ chức vòng 2 đúng kế hoạch."),
    ("p", "3. Công tác tuyên truyền được đẩy mạnh: Báo Lạc Giang Thượng đăng 12 tin, bài; Đài Phát thanh và Truyền hình tỉnh phát sóng 05 phóng sự; các bài viết trên trang mạng xã hội của Tỉnh đoàn đạt hơn 46.000 lượt tiếp cận."),
    ("h", "II. KẾT QUẢ CUỘC THI"),
    ("p", "1. Số lượng sản phẩm. Vòng cấp trường có 287 trường tham gia với 1.846 sản phẩm, vượt 23% chỉ tiêu đề ra và tăng 312 sản phẩm so với lần thứ VIII (1.534 sản phẩm). Vòng cấp huyện chấm 418 sản phẩm; Ban Tổ chức nhận 71 bộ hồ sơ cấp tỉnh (67 của 06 huyện, thị xã, thành phố và 04 của cơ sở Đoàn trực thuộc), qua sơ khảo chọn 64 sản phẩm vào vòng chung khảo. Kết quả theo đơn vị như sau:"),
]
BC_TABLE = [
    ("TT", "Đơn vị", "Số trường tham gia", "Sản phẩm vòng trường", "Sản phẩm vòng huyện", "Sản phẩm vào chung khảo", "Số giải cá nhân"),
    ("1", "Thành phố Lạc Vân Châu", "62", "468", "96", "12", "10"),
    ("2", "Huyện Thạch Ngọc Lĩnh", "51", "322", "74", "11", "7"),
    ("3", "Huyện Phù Khê Yên", "47", "285", "68", "11", "6"),
    ("4", "Huyện Bảo Sa Hạc", "44", "263", "63", "10", "6"),
    ("5", "Huyện Minh Liễu Cốc", "39", "241", "57", "9", "5"),
    ("6", "Thị xã Hòa Trang Lâm", "44", "267", "60", "7", "3"),
    ("7", "Cơ sở Đoàn trực thuộc", "-", "-", "-", "4", "1"),
    ("", "Tổng cộng", "287", "1.846", "418", "64", "38"),
]
BC_BODY_2 = [
    ("p", "2. Kết quả giải thưởng. Ban Giám khảo đã chấm 64 sản phẩm trong hai ngày 18 và 19/7/2026. Ban Tổ chức trao 38 giải cá nhân gồm: 01 giải Đặc biệt, 03 giải Nhất, 06 giải Nhì, 10 giải Ba, 18 giải Khuyến khích; 02 giải phụ \"Sản phẩm có triển vọng ứng dụng\" và 05 giải tập thể. Có 02 giải Khuyến khích không trao do không đủ sản phẩm đạt từ 50 điểm trở lên."),
    ("p", "- Giải Đặc biệt (92,5 điểm): sản phẩm \"Hệ thống cảnh báo sớm sạt lở đất dùng cảm biến độ ẩm và truyền tin không dây\" của nhóm tác giả Tăng Nhật Khoa, Lò Thị Ánh Dương, Trường THPT Phù Khê Yên; người hướng dẫn: thầy Hà Văn Quyến."),
    ("p", "- 03 giải Nhất: \"Máy bóc vỏ lạc mini chạy bằng năng lượng mặt trời\" của em Nông Gia Phúc, Trường THCS Vạn Cổ Bình (huyện Thạch Ngọc Lĩnh); \"Ứng dụng nhắc lịch uống thuốc bằng giọng nói cho người cao tuổi\" của nhóm Kha Minh Thuận, Tiêu Thị Bảo Ngọc, Trường THPT chuyên Lạc Giang Thượng (thành phố Lạc Vân Châu); \"Bộ đồ dùng học hình khối bằng nam châm\" của em Lưu Quế Chi, Trường Tiểu học Hạ Lương Ngát (huyện Minh Liễu Cốc)."),
    ("p", "- 02 giải phụ \"Sản phẩm có triển vọng ứng dụng\": \"Bẫy côn trùng hại lúa dùng đèn LED và pin mặt trời\" (huyện Bảo Sa Hạc) và \"Thùng rác tự phân loại rác tái chế\" (Trường TH&THCS Đông Liễu Mai, huyện Thạch Ngọc Lĩnh)."),
    ("p", "- 05 giải tập thể: Thành đoàn Lạc Vân Châu, Huyện đoàn Thạch Ngọc Lĩnh, Huyện đoàn Phù Khê Yên, Trường THCS Vạn Cổ Bình và Trường THPT chuyên Lạc Giang Thượng."),
    ("p", "Lễ tổng kết, trao giải tổ chức sáng ngày 26/7/2026 tại Nhà Văn hóa Thanh niên tỉnh, có sự tham dự của đồng chí Quản Thị Diệu Hiền, Phó Chủ tịch UBND tỉnh. Ban Tổ chức đã chọn 04 sản phẩm (01 giải Đặc biệt và 03 giải Nhất) gửi tham dự Cuộc thi Sáng tạo thanh thiếu niên nhi đồng toàn quốc; Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh đã hướng dẫn các nhóm tác giả nộp 02 đơn đăng ký giải pháp hữu ích."),
    ("p", "3. Kinh phí. Tổng kinh phí thực chi cho vòng chung khảo là 371.460.000 đồng (dự toán 385.000.000 đồng), gồm: tiền thưởng 191.500.000 đồng; bồi dưỡng Ban Giám khảo 8.600.000 đồng; tập huấn giáo viên 24.360.000 đồng; trưng bày và lễ trao giải 118.000.000 đồng; tuyên truyền, in ấn 29.000.000 đồng. Nguồn sự nghiệp khoa học và công nghệ do Sở Khoa học và Công nghệ cấp 250.000.000 đồng, nguồn xã hội hóa 121.460.000 đồng."),
    ("h", "III. ĐÁNH GIÁ CHUNG"),
    ("p", "1. Ưu điểm: Cuộc thi được tổ chức đúng kế hoạch, số lượng và chất lượng sản phẩm tăng rõ so với lần thứ VIII; nhiều sản phẩm gắn với nhu cầu thực tế của địa phương như phòng chống thiên tai, chăm sóc người cao tuổi, cơ giới hóa nông nghiệp."),
    ("p", "2. Hạn chế: số sản phẩm thuộc lĩnh vực y tế, chăm sóc sức khỏe cộng đồng còn ít (06/64 sản phẩm chung khảo); 03 sản phẩm bị loại tại vòng chung khảo do có dấu hiệu người lớn làm thay; Huyện Minh Liễu Cốc gửi hồ sơ ngày 13/6/2026, chậm 03 ngày so với thời hạn; Thị xã Hòa Trang Lâm chỉ có 07 sản phẩm vào chung khảo và 03 giải."),
    ("h", "IV. PHƯƠNG HƯỚNG, KIẾN NGHỊ"),
    ("p", "1. Giao Ban Phong trào Tỉnh đoàn phối hợp với Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh hỗ trợ 04 sản phẩm hoàn thiện hồ sơ dự thi toàn quốc trước ngày 15/9/2026. Cuộc thi lần thứ X dự kiến tổ chức vào năm 2028 theo chu kỳ 02 năm một lần."),
    ("p", "2. Đề nghị Ủy ban nhân dân tỉnh nâng mức kinh phí tổ chức Cuộc thi lên 450.000.000 đồng/lần để tăng số lượng giải và mức thưởng."),
    ("p", "3. Đề nghị Sở Khoa học và Công nghệ hỗ trợ 10.000.000 đồng/sản phẩm cho 04 sản phẩm dự thi toàn quốc; đề nghị Sở Giáo dục và Đào tạo đưa kết quả Cuộc thi thành tiêu chí thi đua chính thức đối với các nhà trường từ năm học 2026 - 2027."),
    ("p", "Trên đây là báo cáo tổng kết Cuộc thi Sáng tạo thanh thiếu niên nhi đồng tỉnh Lạc Giang Thượng lần thứ IX, năm 2026 của Ban Thường vụ Tỉnh đoàn./."),
]
BC_SIGN = ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", "(Đã ký)", "", "Doãn Quang Thịnh"]
BC_NOI_NHAN = [
    "Nơi nhận:",
    "- Ban Thanh thiếu nhi Trường học Trung ương Đoàn;",
    "- Thường trực Tỉnh ủy, UBND tỉnh (để báo cáo);",
    "- Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo;",
    "- Các huyện đoàn, thị đoàn, thành đoàn;",
    "- Lưu: VP, BPT.",
]

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    half = w / 2
    y0 = pdf.get_y()
    for i, line in enumerate(BC_HEADER_LEFT):
        pdf.set_font("DejaVu", "B" if i < 2 else "", 10.5)
        pdf.set_xy(pdf.l_margin, y0 + i * 5.5)
        pdf.cell(half, 5.5, N(line), align="C")
    for i, line in enumerate(BC_HEADER_RIGHT):
        if not line:
            continue
        pdf.set_font("DejaVu", "B" if i == 0 else "I", 10.5)
        pdf.set_xy(pdf.l_margin + half, y0 + i * 5.5)
        pdf.cell(half, 5.5, N(line), align="C")
    pdf.set_xy(pdf.l_margin, y0 + 5 * 5.5 + 4)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(w, 7, N(BC_TITLE[0]), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(w, 6, N(BC_TITLE[1]), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(w, 6, BC_TITLE[2], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)

    def body(items):
        for kind, text in items:
            if kind == "h":
                pdf.set_font("DejaVu", "B", 11)
                pdf.ln(1)
            else:
                pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(w, 6, N(text), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)

    body(BC_BODY_1)
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(8, 44, 20, 22, 22, 22, 20), text_align="CENTER",
                   line_height=5) as table:
        for r, row in enumerate(BC_TABLE):
            cells = table.row()
            for val in row:
                cells.cell(N(val))
    pdf.ln(3)
    body(BC_BODY_2)

    pdf.ln(4)
    y = pdf.get_y()
    if y > pdf.h - 60:
        pdf.add_page()
        y = pdf.get_y()
    for i, line in enumerate(BC_NOI_NHAN):
        pdf.set_font("DejaVu", "BI" if False else ("B" if i == 0 else ""), 9.5)
        pdf.set_xy(pdf.l_margin, y + i * 5)
        pdf.cell(half, 5, N(line))
    for i, line in enumerate(BC_SIGN):
        if not line:
            continue
        pdf.set_font("DejaVu", "I" if line.startswith("(") else "B", 11)
        pdf.set_xy(pdf.l_margin + half, y + i * 6)
        pdf.cell(half, 6, N(line), align="C")
    pdf.output(path)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, DOCX_NAME))
    build_pdf(os.path.join(CORPUS, PDF_NAME))
    print("built", DOCX_NAME, PDF_NAME)
