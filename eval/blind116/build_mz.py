#!/usr/bin/env python3
"""Rebuild the .docx (mz03) and .pdf (mz04) documents of blind set 116 from the text kept here."""
import os
import unicodedata

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- mz03 (.docx)
QD_HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "HUYỆN NẬM XUYÊN", "-------", "Số: 1275/QĐ-UBND"]
QD_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "---------------", "Nậm Xuyên, ngày 22 tháng 4 năm 2026"]

QD_BODY = [
    ("title", "QUYẾT ĐỊNH"),
    ("subtitle", "Về việc khen thưởng các tập thể, cá nhân đạt giải Cuộc thi \"Đại sứ đọc sách huyện Nậm Xuyên\" năm 2026"),
    ("title", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN NẬM XUYÊN"),
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
    ("p", "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"),
    ("p", "Căn cứ Quyết định số 905/QĐ-UBND ngày 08/3/2024 của UBND huyện Nậm Xuyên ban hành Quy chế thi đua, khen thưởng huyện Nậm Xuyên;"),
    ("p", "Căn cứ Thông báo số 27-TB/HĐTN ngày 12/01/2026 của Ban Thường vụ Huyện đoàn Nậm Xuyên về thể lệ Cuộc thi \"Đại sứ đọc sách huyện Nậm Xuyên\" năm 2026;"),
    ("p", "Căn cứ kết quả chấm thi Vòng chung kết ngày 11/4/2026 của Ban Giám khảo Cuộc thi;"),
    ("p", "Xét đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 96/TTr-PNV ngày 17/4/2026 và đề nghị của Trưởng phòng Giáo dục và Đào tạo huyện."),
    ("title", "QUYẾT ĐỊNH:"),
    ("p", "Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện cho 10 học sinh, 02 giáo viên và 03 tập thể đã có thành tích xuất sắc, đạt giải tại Cuộc thi \"Đại sứ đọc sách huyện Nậm Xuyên\" năm 2026 (có danh sách kèm theo)."),
    ("p", "Điều 2. Mức tiền thưởng kèm theo Giấy khen như sau:"),
    ("p", "- Giải Nhất: 3.000.000 đồng/giải (01 giải);"),
    ("p", "- Giải Nhì: 2.000.000 đồng/giải (02 giải);"),
    ("p", "- Giải Ba: 1.500.000 đồng/giải (03 giải);"),
    ("p", "- Giải Khuyến khích: 500.000 đồng/giải (04 giải);"),
    ("p", "- Giáo viên hướng dẫn xuất sắc: 1.000.000 đồng/người (02 người);"),
    ("p", "- Tập thể có thành tích xuất sắc: 2.500.000 đồng/tập thể (03 tập thể)."),
    ("p", "Tổng số tiền thưởng là 23.000.000 đồng (Hai mươi ba triệu đồng chẵn), chi từ nguồn Quỹ thi đua, khen thưởng năm 2026 của huyện."),
    ("p", "Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Nội vụ chuyển kinh phí khen thưởng cho Huyện đoàn Nậm Xuyên trước ngày 30/4/2026. Huyện đoàn Nậm Xuyên có trách nhiệm chi trả tiền thưởng cho các tập thể, cá nhân và thanh quyết toán theo đúng quy định. Giao Phòng Giáo dục và Đào tạo phối hợp với Huyện đoàn Nậm Xuyên tổ chức trao Giấy khen, tiền thưởng tại lễ tổng kết năm học của các trường, hoàn thành trước ngày 31/5/2026."),
    ("p", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ, Trưởng phòng Tài chính - Kế hoạch, Trưởng phòng Giáo dục và Đào tạo, Bí thư Huyện đoàn, Hiệu trưởng các trường có tên tại Điều 1 và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."),
]

QD_RECIPIENTS = ["Nơi nhận:", "- Như Điều 3;", "- Chủ tịch, các PCT UBND huyện;",
                 "- Hội đồng Thi đua - Khen thưởng huyện;", "- Cổng thông tin điện tử huyện;",
                 "- Lưu: VT, NV."]
QD_SIGNER = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "", "Sầm Văn Thoại"]

QD_LIST_TITLE = [
    "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG",
    "(Kèm theo Quyết định số 1275/QĐ-UBND ngày 22/4/2026 của Chủ tịch UBND huyện Nậm Xuyên)",
]
QD_TABLE_HEAD = ["TT", "Họ và tên / Tên tập thể", "Đơn vị", "Giải thưởng và mức thưởng"]
QD_TABLE = [
    ("I. CÁ NHÂN HỌC SINH",),
    ("1", "Lò Thị Mai Phương, học sinh lớp 8A", "Trường PTDTBT THCS Lùng Thẩm Hạ", "Giải Nhất: 3.000.000 đồng"),
    ("2", "Quàng Văn Nghiêm, học sinh lớp 9B", "Trường THCS Thị trấn Nậm Xuyên", "Giải Nhì: 2.000.000 đồng"),
    ("3", "Sùng Thị Dợ, học sinh lớp 5A", "Trường PTDTBT TH và THCS Pá Khuông", "Giải Nhì: 2.000.000 đồng"),
    ("4", "Tòng Thị Ngọc Lan, học sinh lớp 7C", "Trường THCS Khe Vạc", "Giải Ba: 1.500.000 đồng"),
    ("5", "Mùa A Dình, học sinh lớp 9A", "Trường PTDTBT THCS Lùng Thẩm Hạ", "Giải Ba: 1.500.000 đồng"),
    ("6", "Cầm Thị Hoa Ban, học sinh lớp 4B", "Trường TH Thị trấn Nậm Xuyên", "Giải Ba: 1.500.000 đồng"),
    ("7", "Lường Văn Tiến, học sinh lớp 5C", "Trường TH Khe Vạc", "Giải Khuyến khích: 500.000 đồng"),
    ("8", "Vàng Thị Pằng, học sinh lớp 4A", "Trường TH Nậm Pồ Lung", "Giải Khuyến khích: 500.000 đồng"),
    ("9", "Hờ A Tủa, học sinh lớp 6A", "Trường PTDTBT TH và THCS Pá Khuông", "Giải Khuyến khích: 500.000 đồng"),
    ("10", "Lý Thị Sao Mai, học sinh lớp 8B", "Trường THCS Thị trấn Nậm Xuyên", "Giải Khuyến khích: 500.000 đồng"),
    ("II. GIÁO VIÊN HƯỚNG DẪN XUẤT SẮC",),
    ("11", "Bạc Thị Thu Hường, giáo viên Ngữ văn", "Trường PTDTBT THCS Lùng Thẩm Hạ", "Giáo viên hướng dẫn xuất sắc: 1.000.000 đồng"),
    ("12", "Phan Đình Luyến, giáo viên phụ trách thư viện", "Trường PTDTBT TH và THCS Pá Khuông", "Giáo viên hướng dẫn xuất sắc: 1.000.000 đồng"),
    ("III. TẬP THỂ",),
    ("13", "Trường PTDTBT THCS Lùng Thẩm Hạ", "xã Lùng Thẩm Hạ", "Tập thể xuất sắc: 2.500.000 đồng"),
    ("14", "Trường THCS Thị trấn Nậm Xuyên", "thị trấn Nậm Xuyên", "Tập thể xuất sắc: 2.500.000 đồng"),
    ("15", "Trường PTDTBT TH và THCS Pá Khuông", "xã Pá Khuông", "Tập thể xuất sắc: 2.500.000 đồng"),
    ("", "Tổng cộng: 10 học sinh, 02 giáo viên, 03 tập thể", "", "Tổng số tiền thưởng: 23.000.000 đồng"),
]


def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _cell_lines(cell, lines, bold_upto=None, align=WD_ALIGN_PARAGRAPH.CENTER, italic_last=False):
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = align
        r = p.add_run(N(line))
        r.bold = bold_upto is None or i < bold_upto
        if italic_last and i == len(lines) - 1:
            r.italic = True
            r.bold = False


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3)
        s.right_margin = Cm(2)
        s.top_margin = Cm(2)
        s.bottom_margin = Cm(2)

    head = doc.add_table(rows=1, cols=2)
    _no_borders(head)
    _cell_lines(head.cell(0, 0), QD_HEADER_LEFT, bold_upto=2)
    _cell_lines(head.cell(0, 1), QD_HEADER_RIGHT, bold_upto=2, italic_last=True)

    for kind, text in QD_BODY:
        p = doc.add_paragraph()
        if kind in ("title", "subtitle"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(N(text))
            r.bold = True
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)
            if text.startswith("Điều "):
                head_txt, rest = text.split(".", 1)
                r = p.add_run(N(head_txt + "."))
                r.bold = True
                p.add_run(N(rest))
            else:
                p.add_run(N(text))

    sig = doc.add_table(rows=1, cols=2)
    _no_borders(sig)
    left = sig.cell(0, 0)
    left.paragraphs[0].text = ""
    for i, line in enumerate(QD_RECIPIENTS):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        r = p.add_run(N(line))
        r.font.size = Pt(11)
        if i == 0:
            r.bold = True
            r.italic = True
    _cell_lines(sig.cell(0, 1), QD_SIGNER, bold_upto=3)
    sig.cell(0, 1).paragraphs[-1].runs[0].bold = True

    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    for i, line in enumerate(QD_LIST_TITLE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(line))
        r.bold = i == 0
        r.italic = i == 1

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(QD_TABLE_HEAD):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(N(h))
        r.bold = True
    for row in QD_TABLE:
        cells = t.add_row().cells
        if len(row) == 1:
            merged = cells[0].merge(cells[3])
            merged.text = ""
            r = merged.paragraphs[0].add_run(N(row[0]))
            r.bold = True
        else:
            for i, v in enumerate(row):
                cells[i].text = N(v)
    widths = [Cm(1.2), Cm(6.0), Cm(5.3), Cm(4.0)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.save(path)


# ---------------------------------------------------------------- mz04 (.pdf)
TB_LEFT = ["TỈNH ĐOÀN KỲ SƠN NAM", "BCH ĐOÀN HUYỆN NẬM XUYÊN", "***", "Số: 27-TB/HĐTN"]
TB_RIGHT = ["ĐOÀN TNCS HỒ CHÍ MINH", "", "", "Nậm Xuyên, ngày 12 tháng 01 năm 2026"]

TB_BODY = [
    ("title", "THÔNG BÁO"),
    ("subtitle", "Thể lệ Cuộc thi \"Đại sứ đọc sách huyện Nậm Xuyên\" năm 2026"),
    ("gap", ""),
    ("p", "Căn cứ Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2026 của Ban Chấp hành Huyện đoàn Nậm Xuyên;"),
    ("p", "Căn cứ Kế hoạch số 86/KH-PGDĐT ngày 15/9/2025 của Phòng Giáo dục và Đào tạo huyện Nậm Xuyên về phát triển thư viện trường học và văn hóa đọc năm học 2025 - 2026;"),
    ("p", "Ban Thường vụ Huyện đoàn Nậm Xuyên thông báo thể lệ Cuộc thi \"Đại sứ đọc sách huyện Nậm Xuyên\" năm 2026 (sau đây gọi là Cuộc thi) như sau:"),
    ("h", "I. ĐỐI TƯỢNG, NỘI DUNG DỰ THI"),
    ("p", "1. Đối tượng: học sinh từ lớp 4 đến lớp 9 đang học tại 07 trường TH, THCS, PTDTBT trên địa bàn huyện Nậm Xuyên."),
    ("p", "2. Nội dung: mỗi thí sinh chọn 01 cuốn sách đã đọc (ưu tiên sách về quê hương, các dân tộc thiểu số, gương người tốt việc tốt) để giới thiệu, nêu cảm nhận và lan tỏa tình yêu đọc sách đến bạn bè, người thân trong bản."),
    ("h", "II. CÁC VÒNG THI"),
    ("p", "1. Vòng 1 (sơ khảo tại trường): từ ngày 02/02/2026 đến ngày 28/02/2026. Thí sinh nộp 01 video giới thiệu sách dài không quá 3 phút. Mỗi trường chọn tối đa 03 thí sinh xuất sắc, gửi danh sách và video về Huyện đoàn qua thư điện tử huyendoannamxuyen@gmail.com trước 17 giờ 00 ngày 05/3/2026."),
    ("p", "2. Vòng 2 (bán kết theo cụm trường): tổ chức ngày 21/3/2026. Cụm 1 thi tại Trường THCS Thị trấn Nậm Xuyên; Cụm 2 thi tại Trường PTDTBT TH và THCS Pá Khuông. Thí sinh thuyết trình trực tiếp về cuốn sách đã chọn trong thời gian 5 phút. Ban Giám khảo chọn 15 thí sinh vào Vòng chung kết, trong đó Cụm 1 có 07 thí sinh, Cụm 2 có 08 thí sinh."),
    ("p", "3. Vòng 3 (chung kết): bắt đầu lúc 8 giờ 00 ngày 11/4/2026 tại Nhà văn hóa huyện Nậm Xuyên, gồm 03 phần thi:"),
    ("p", "- Phần thi \"Cuốn sách em yêu\": giới thiệu cuốn sách, tối đa 5 phút;"),
    ("p", "- Phần thi \"Hỏi nhanh - đáp gọn\": trả lời 05 câu hỏi của Ban Giám khảo về cuốn sách và về thư viện trường;"),
    ("p", "- Phần thi \"Lan tỏa\": tiểu phẩm, kể chuyện hoặc vẽ tranh minh họa theo nội dung sách, tối đa 4 phút."),
    ("h", "III. TIÊU CHÍ CHẤM ĐIỂM (thang điểm 100)"),
    ("p", "- Nội dung giới thiệu sách: 40 điểm;"),
    ("p", "- Kỹ năng trình bày, ngôn ngữ: 30 điểm;"),
    ("p", "- Tính sáng tạo: 20 điểm;"),
    ("p", "- Tác phong, bảo đảm thời gian: 10 điểm."),
    ("h", "IV. CƠ CẤU GIẢI THƯỞNG"),
    ("p", "1. Giải cá nhân: 01 giải Nhất, mỗi giải 3.000.000 đồng; 02 giải Nhì, mỗi giải 2.000.000 đồng; 03 giải Ba, mỗi giải 1.500.000 đồng; 04 giải Khuyến khích, mỗi giải 500.000 đồng."),
    ("p", "2. Giải giáo viên hướng dẫn xuất sắc: 02 giải, mỗi giải 1.000.000 đồng."),
    ("p", "3. Giải tập thể: 03 giải dành cho các trường có nhiều học sinh tham gia Vòng 1 và có thí sinh đạt giải cao, mỗi giải 2.500.000 đồng."),
    ("p", "Tổng giá trị giải thưởng là 23.000.000 đồng. Ban Tổ chức đề nghị Chủ tịch UBND huyện tặng Giấy khen cho các tập thể, cá nhân đạt giải. Thí sinh đạt giải Nhất, giải Nhì được Huyện đoàn giới thiệu tham gia cuộc thi cấp tỉnh (nếu có)."),
    ("h", "V. BAN TỔ CHỨC, BAN GIÁM KHẢO"),
    ("p", "1. Ban Tổ chức gồm 07 thành viên do đồng chí Lương Đức Khải, Bí thư Huyện đoàn, làm Trưởng ban; đồng chí Hà Thị Thu Nguyệt, Phó Trưởng phòng GD&ĐT huyện, làm Phó Trưởng ban."),
    ("p", "2. Ban Giám khảo gồm 05 thành viên là cán bộ Thư viện tỉnh Kỳ Sơn Nam và giáo viên Ngữ văn cốt cán do Phòng GD&ĐT huyện giới thiệu."),
    ("h", "VI. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Ban Phong trào Huyện đoàn:"),
    ("p", "- Chủ trì tham mưu tổ chức các vòng thi; chuẩn bị hội trường, âm thanh, ánh sáng cho Vòng chung kết, hoàn thành trước ngày 08/4/2026;"),
    ("p", "- Tổng hợp danh sách thí sinh, kết quả từng vòng thi, báo cáo Ban Thường vụ Huyện đoàn."),
    ("p", "2. Giao Văn phòng Huyện đoàn phối hợp với Ban Phong trào lập dự toán kinh phí tổ chức Cuộc thi là 41.600.000 đồng (chưa gồm tiền thưởng), trình Ban Thường vụ trước ngày 25/01/2026."),
    ("p", "3. Liên đội và Chi đoàn giáo viên các trường: tuyên truyền Cuộc thi đến từng lớp; tổ chức Vòng 1 tại trường; cử giáo viên hướng dẫn thí sinh."),
    ("p", "4. Trường THCS Thị trấn Nậm Xuyên và Trường PTDTBT TH và THCS Pá Khuông chuẩn bị phòng thi, bàn ghế, máy chiếu phục vụ Vòng 2, hoàn thành trước ngày 19/3/2026."),
    ("p", "5. Đề nghị Phòng GD&ĐT huyện Nậm Xuyên chỉ đạo các trường tạo điều kiện về thời gian, địa điểm cho học sinh tham gia; cử cán bộ tham gia Ban Tổ chức và Ban Giám khảo."),
    ("p", "6. Đề nghị Thư viện tỉnh Kỳ Sơn Nam bố trí xe thư viện lưu động trưng bày sách tại Vòng chung kết ngày 11/4/2026 và cử 02 cán bộ tham gia Ban Giám khảo."),
    ("p", "Mọi thông tin chi tiết xin liên hệ đồng chí Nông Thị Bích Thủy, Phó Bí thư Huyện đoàn, điện thoại 0986 215 403./."),
]
TB_RECIPIENTS = ["Nơi nhận:", "- Tỉnh đoàn Kỳ Sơn Nam (b/c);", "- Thường trực Huyện ủy (b/c);",
                 "- Phòng GD&ĐT huyện Nậm Xuyên;", "- Thư viện tỉnh Kỳ Sơn Nam;",
                 "- Liên đội, Chi đoàn các trường;", "- Lưu: VT, BPT."]
TB_SIGNER = ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "(Đã ký)", "", "Lương Đức Khải"]


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.set_title(N("Thông báo 27-TB/HĐTN"))
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    half = w / 2
    y0 = pdf.get_y()
    for i, line in enumerate(TB_LEFT):
        pdf.set_xy(pdf.l_margin, y0 + i * 5.5)
        pdf.set_font("DejaVu", "B" if i < 2 else "", 10.5)
        pdf.cell(half - 4, 5.5, N(line), align="C")
    for i, line in enumerate(TB_RIGHT):
        pdf.set_xy(pdf.l_margin + half, y0 + i * 5.5)
        pdf.set_font("DejaVu", "I" if i == 3 else "B", 10.5)
        if line:
            pdf.cell(half, 5.5, N(line), align="C")
    pdf.set_xy(pdf.l_margin, y0 + 4 * 5.5 + 4)
    for kind, text in TB_BODY:
        if kind == "title":
            pdf.set_font("DejaVu", "B", 13)
            pdf.multi_cell(w, 6.5, N(text), align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "subtitle":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(w, 6, N(text), align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "gap":
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(1)
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(w, 5.6, N(text), align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(w, 5.6, N(text), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    y0 = pdf.get_y()
    for i, line in enumerate(TB_RECIPIENTS):
        pdf.set_xy(pdf.l_margin, y0 + i * 5)
        pdf.set_font("DejaVu", "BI" if False else ("B" if i == 0 else ""), 9.5)
        pdf.cell(half, 5, N(line))
    for i, line in enumerate(TB_SIGNER):
        pdf.set_xy(pdf.l_margin + half, y0 + i * 6)
        pdf.set_font("DejaVu", "I" if line.startswith("(") else "B", 10.5)
        if line:
            pdf.cell(half, 6, N(line), align="C")
    pdf.output(path)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, "mz03_quyet_dinh_1275_khen_thuong_dai_su_doc_sach.docx"))
    build_pdf(os.path.join(CORPUS, "mz04_thong_bao_27_the_le_cuoc_thi_dai_su_doc_sach.pdf"))
    print("built mz03 .docx and mz04 .pdf")


if __name__ == "__main__":
    main()
