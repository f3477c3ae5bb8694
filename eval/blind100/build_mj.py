#!/usr/bin/env python3
"""Rebuild the .docx (mj03) and .pdf (mj04) documents of the blind100 set from the text kept here.

Run:  /work/main/.venv/bin/python build_mj.py
Outputs: corpus/mj03_quyet_dinh_to_tu_van_thcs_phu_nguyen.docx
         corpus/mj04_cong_van_hoa_toc_so_gddt.pdf
"""
import datetime
import os
import unicodedata

import fpdf

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
DOCX_OUT = os.path.join(CORPUS, "mj03_quyet_dinh_to_tu_van_thcs_phu_nguyen.docx")
PDF_OUT = os.path.join(CORPUS, "mj04_cong_van_hoa_toc_so_gddt.pdf")


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# mj03 — Quyết định thành lập Tổ tư vấn (docx)
# ---------------------------------------------------------------------------
QD_HEADER_LEFT = ["UBND HUYỆN HÒA ĐĂNG", "TRƯỜNG THCS PHÚ NGUYÊN", "Số: 83/QĐ-THCSPN"]
QD_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Phú Nguyên, ngày 01 tháng 10 năm 2024"]

QD_TITLE = ["QUYẾT ĐỊNH",
            "Về việc thành lập Tổ tư vấn tâm lý học đường năm học 2024 - 2025",
            "HIỆU TRƯỞNG TRƯỜNG THCS PHÚ NGUYÊN"]

QD_BASES = [
    "Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành "
    "Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học;",
    "Căn cứ Thông tư số 31/2017/TT-BGDĐT ngày 18/12/2017 của Bộ Giáo dục và Đào tạo hướng dẫn thực hiện "
    "công tác tư vấn tâm lý cho học sinh trong trường phổ thông;",
    "Căn cứ Kế hoạch liên tịch số 142/KHLT-GDĐT-HĐ ngày 12/9/2024 của Phòng GD&ĐT và Huyện đoàn Hòa Đăng "
    "về triển khai công tác tư vấn tâm lý học đường, phòng, chống bạo lực học đường và rủi ro trên môi "
    "trường mạng cho học sinh năm học 2024 - 2025;",
    "Căn cứ Kế hoạch giáo dục nhà trường năm học 2024 - 2025;",
    "Theo đề nghị của Tổng phụ trách Đội và Tổ trưởng Tổ Văn phòng,",
]

QD_ART1 = ("Điều 1. Thành lập Tổ tư vấn tâm lý học đường Trường THCS Phú Nguyên năm học 2024 - 2025 "
           "(sau đây gọi là Tổ tư vấn) gồm 09 thành viên có tên sau:")

QD_MEMBERS_HEAD = ["TT", "Họ và tên, chức vụ", "Nhiệm vụ trong Tổ", "Điện thoại"]
QD_MEMBERS = [
    ["1", "Ông Quách Minh Luân, Hiệu trưởng", "Tổ trưởng", "0915.724.360"],
    ["2", "Bà Triệu Thị Ngân Khánh, Phó Hiệu trưởng", "Tổ phó thường trực", "0968.531.207"],
    ["3", "Ông Bế Văn Tưởng, Tổng phụ trách Đội", "Thành viên, phụ trách hộp thư \"Điều em muốn nói\"",
     "0386.190.452"],
    ["4", "Bà Khổng Thị Lụa, giáo viên Giáo dục công dân", "Thư ký", "0947.286.013"],
    ["5", "Bà Thân Thị Hạnh Dung, nhân viên y tế trường học", "Thành viên", "0359.617.824"],
    ["6", "Ông Giáp Văn Thuận, giáo viên Tin học", "Thành viên, phụ trách an toàn mạng", "0902.473.158"],
    ["7", "Bà Doãn Thị Liên, Bí thư Chi đoàn giáo viên", "Thành viên", "0932.845.609"],
    ["8", "Ông Phí Văn Cường, Trưởng Ban đại diện cha mẹ học sinh", "Thành viên", "0978.402.316"],
    ["9", "Ông Lều Văn Trác, Phó Trưởng Công an xã Phú Nguyên", "Thành viên (mời tham gia)", "0916.258.731"],
]

QD_BODY = [
    ("b", "Điều 2. Nhiệm vụ của Tổ tư vấn"),
    ("p", "1. Xây dựng và triển khai kế hoạch tư vấn tâm lý năm học 2024 - 2025, hoàn thành trước ngày 10/10/2024."),
    ("p", "2. Tư vấn trực tiếp tại phòng tư vấn (Phòng 104, dãy nhà B) vào chiều thứ Tư từ 14 giờ 00 đến "
          "16 giờ 30 và sáng thứ Bảy từ 8 giờ 00 đến 10 giờ 30 hằng tuần."),
    ("p", "3. Tư vấn gián tiếp qua hộp thư \"Điều em muốn nói\", đường dây nóng của nhà trường số "
          "0299.3720.645 và thư điện tử tuvan.thcsphunguyen@hoadang.edu.vn."),
    ("p", "4. Mỗi học kỳ tổ chức cho mỗi khối lớp 01 buổi chuyên đề; riêng khối 9 tổ chức thêm chuyên đề "
          "\"Vượt qua áp lực thi vào lớp 10\" trong tháng 3/2025."),
    ("p", "5. Phối hợp Ban đại diện cha mẹ học sinh tổ chức họp cha mẹ học sinh chuyên đề lần 1 vào ngày "
          "16/11/2024 tại hội trường nhà trường."),
    ("p", "6. Lập sổ theo dõi học sinh cần hỗ trợ đặc biệt; tuyệt đối giữ bí mật thông tin của học sinh "
          "được tư vấn."),
    ("p", "7. Báo cáo Hiệu trưởng định kỳ hằng tháng trước ngày 22; Tổ phó thường trực tổng hợp gửi Phòng "
          "GD&ĐT trước ngày 25 hằng tháng."),
    ("b", "Điều 3. Phân công nhiệm vụ thành viên"),
    ("p", "- Tổ trưởng chịu trách nhiệm chung, ký duyệt kế hoạch và báo cáo của Tổ."),
    ("p", "- Tổ phó thường trực điều hành hoạt động hằng tuần, xếp lịch trực phòng tư vấn, là đầu mối liên "
          "hệ của Tổ (điện thoại: 0968.531.207) và liên hệ với đường dây nóng \"Lắng nghe tuổi học trò\" của Huyện đoàn khi cần chuyển tuyến."),
    ("p", "- Đồng chí Bế Văn Tưởng mở hộp thư \"Điều em muốn nói\" vào sáng thứ Hai hằng tuần, phân loại "
          "thư và chuyển Tổ phó thường trực trong ngày."),
    ("p", "- Thư ký ghi sổ tư vấn, lưu giữ hồ sơ trong tủ có khóa."),
    ("p", "- Nhân viên y tế trường học sàng lọc học sinh có dấu hiệu lo âu, trầm cảm, phối hợp với Trạm Y "
          "tế xã Phú Nguyên theo dõi, hỗ trợ."),
    ("p", "- Đồng chí Giáp Văn Thuận hướng dẫn học sinh cài đặt bảo mật tài khoản mạng xã hội, phối hợp "
          "Chi đoàn giáo viên tổ chức tiết sinh hoạt \"An toàn số\" cho học sinh lớp 6 và lớp 7 trong học kỳ I."),
    ("p", "- Đồng chí Lều Văn Trác hỗ trợ xác minh, xử lý các vụ việc có dấu hiệu vi phạm pháp luật; tuyên "
          "truyền phòng, chống lừa đảo trực tuyến cho học sinh lớp 8, lớp 9."),
    ("p", "- Trưởng Ban đại diện cha mẹ học sinh vận động cha mẹ học sinh tham gia đầy đủ các buổi họp "
          "chuyên đề."),
    ("b", "Điều 4. Kinh phí hoạt động"),
    ("p", "Kinh phí hoạt động năm học 2024 - 2025 của Tổ tư vấn là 24.600.000 đồng từ nguồn ngân sách chi "
          "thường xuyên của nhà trường; trang thiết bị phòng tư vấn được mua sắm từ nguồn hỗ trợ 18.000.000 "
          "đồng của Phòng GD&ĐT. Thành viên kiêm nhiệm được hưởng chế độ theo quy định hiện hành."),
    ("b", "Điều 5. Hiệu lực thi hành"),
    ("p", "Quyết định có hiệu lực kể từ ngày ký. Tổ tư vấn tự giải thể sau khi tổng kết năm học. Bộ phận "
          "Văn phòng, các tổ chuyên môn và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết "
          "định này./."),
]

QD_RECIPIENTS = ["Nơi nhận:", "- Như Điều 5;", "- Phòng GD&ĐT huyện Hòa Đăng (để b/c);",
                 "- UBND xã Phú Nguyên (để phối hợp);", "- Đăng tải website trường;", "- Lưu: VT, TTV."]
QD_SIGN = ["HIỆU TRƯỞNG", "(đã ký)", "", "Quách Minh Luân"]


def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _cell_lines(cell, lines, bold_first=2, size=12, center=True):
    cell.text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(line))
        r.font.size = Pt(size)
        r.bold = i < bold_first


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)

    head = doc.add_table(rows=1, cols=2)
    _no_borders(head)
    _cell_lines(head.cell(0, 0), QD_HEADER_LEFT, bold_first=2)
    _cell_lines(head.cell(0, 1), QD_HEADER_RIGHT, bold_first=2)

    doc.add_paragraph()
    for i, line in enumerate(QD_TITLE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(line))
        r.bold = True
    for line in QD_BASES:
        p = doc.add_paragraph()
        r = p.add_run(N(line))
        r.italic = True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(N("QUYẾT ĐỊNH:")).bold = True

    p = doc.add_paragraph()
    p.add_run(N(QD_ART1))

    tbl = doc.add_table(rows=1, cols=len(QD_MEMBERS_HEAD))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(QD_MEMBERS_HEAD):
        c = tbl.rows[0].cells[j]
        c.text = ""
        c.paragraphs[0].add_run(N(h)).bold = True
    for row in QD_MEMBERS:
        cells = tbl.add_row().cells
        for j, v in enumerate(row):
            cells[j].text = N(v)

    for kind, text in QD_BODY:
        p = doc.add_paragraph()
        r = p.add_run(N(text))
        r.bold = kind == "b"

    doc.add_paragraph()
    tail = doc.add_table(rows=1, cols=2)
    _no_borders(tail)
    _cell_lines(tail.cell(0, 0), QD_RECIPIENTS, bold_first=1, size=11, center=False)
    _cell_lines(tail.cell(0, 1), QD_SIGN, bold_first=1, size=13, center=True)
    doc.save(DOCX_OUT)


# ---------------------------------------------------------------------------
# mj04 — Công văn hỏa tốc của Sở GD&ĐT (pdf)
# ---------------------------------------------------------------------------
CV_HEADER_LEFT = ["UBND TỈNH KIM PHƯỢNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 2187/SGDĐT-GDTrH",
                  "V/v tăng cường phòng, chống bạo lực học đường",
                  "và bảo đảm an toàn cho học sinh trên môi trường mạng"]
CV_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Kim Phượng, ngày 18 tháng 11 năm 2024"]

CV_RECIPIENTS = [
    "Kính gửi:",
    "- Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;",
    "- Các trường trung học phổ thông, phổ thông dân tộc nội trú trực thuộc Sở.",
]

CV_BODY = [
    ("p", "Thời gian gần đây, trên địa bàn tỉnh xảy ra một số vụ việc học sinh xô xát, đánh nhau, quay video "
          "đăng tải lên mạng xã hội, điển hình là vụ việc ngày 12/11/2024 liên quan đến học sinh lớp 8 của một "
          "trường THCS trên địa bàn huyện Hòa Đăng; đồng thời xuất hiện thủ đoạn \"bắt cóc online\" nhằm vào "
          "học sinh. Trong tháng 10/2024, toàn tỉnh ghi nhận 05 trường hợp học sinh bị lừa chuyển tiền với tổng "
          "số tiền khoảng 1,2 tỷ đồng. Để kịp thời chấn chỉnh, bảo đảm an toàn cho học sinh, Giám đốc Sở Giáo "
          "dục và Đào tạo yêu cầu các đơn vị khẩn trương thực hiện một số nội dung sau:"),
    ("b", "1. Rà soát, kiện toàn Tổ tư vấn tâm lý học đường"),
    ("p", "- Các đơn vị rà soát, kiện toàn Tổ tư vấn theo Thông tư số 31/2017/TT-BGDĐT, bảo đảm mỗi Tổ có ít "
          "nhất 01 thành viên đã được bồi dưỡng chuyên đề tư vấn tâm lý; hoàn thành trước ngày 30/11/2024."),
    ("p", "- Công khai số điện thoại đường dây nóng của nhà trường và đường dây nóng của Sở số 0299.3852.119 "
          "tại bảng tin, cổng trường và trong sổ liên lạc điện tử."),
    ("b", "2. Phát hiện, xử lý vụ việc"),
    ("p", "- Khi xảy ra vụ việc bạo lực học đường, thủ trưởng đơn vị báo cáo nhanh về Sở bằng văn bản hoặc qua "
          "thư điện tử trong vòng 24 giờ kể từ khi phát hiện; không để học sinh bị tổn thương thêm do việc lan "
          "truyền hình ảnh."),
    ("p", "- Trường xảy ra vụ việc tổ chức họp cha mẹ học sinh bất thường của lớp có học sinh liên quan, hoàn "
          "thành trước ngày 10/12/2024."),
    ("b", "3. Đối với Phòng GD&ĐT các huyện, thị xã, thành phố"),
    ("p", "- Chủ trì, phối hợp với Công an cấp huyện, Huyện đoàn, Thành đoàn tổ chức tuyên truyền phòng, chống "
          "lừa đảo trực tuyến cho học sinh THCS, hoàn thành trong quý I/2025."),
    ("p", "- Chỉ đạo các trường THCS tổ chức ít nhất 01 buổi sinh hoạt dưới cờ chuyên đề về an toàn trên mạng "
          "trước ngày 20/12/2024."),
    ("b", "4. Đối với các trường THPT, PTDTNT trực thuộc"),
    ("p", "- Hiệu trưởng phân công 01 phó hiệu trưởng phụ trách công tác tư vấn tâm lý; bố trí phòng tư vấn "
          "riêng, có nội quy và lịch trực công khai."),
    ("p", "- Sở hỗ trợ 12 trường THPT chưa có phòng tư vấn, mỗi trường 15.000.000 đồng để mua sắm trang thiết "
          "bị; các trường gửi dự toán về Sở (qua Phòng Kế hoạch - Tài chính) trước ngày 06/12/2024."),
    ("b", "5. Tập huấn"),
    ("p", "Sở tổ chức tập huấn trực tuyến cho cán bộ quản lý và giáo viên cốt cán về kỹ năng xử lý khủng hoảng "
          "tâm lý học sinh vào 8 giờ 00 ngày 29/11/2024 qua hệ thống họp trực tuyến của Sở; mỗi Phòng GD&ĐT "
          "cử 05 giáo viên cốt cán cấp THCS tham dự tại điểm cầu của huyện."),
    ("b", "6. Chế độ báo cáo"),
    ("p", "- Báo cáo nhanh kết quả rà soát Tổ tư vấn trước 17 giờ 00 ngày 25/11/2024."),
    ("p", "- Báo cáo sơ kết học kỳ I năm học 2024 - 2025 gửi về Sở (qua Phòng Giáo dục Trung học) trước ngày "
          "15/01/2025; bản mềm gửi qua thư điện tử gdtrh@kimphuong.edu.vn."),
    ("b", "7. Đề nghị phối hợp"),
    ("p", "Đề nghị Công an tỉnh chỉ đạo Công an các huyện, thị xã, thành phố phối hợp với ngành Giáo dục nắm "
          "tình hình, xử lý nghiêm các đối tượng lợi dụng mạng xã hội để lừa đảo, xâm hại học sinh. Đề nghị "
          "Tỉnh đoàn Kim Phượng chỉ đạo các huyện đoàn, thành đoàn duy trì đường dây nóng tư vấn cho học sinh "
          "và báo cáo số liệu cuộc gọi về Sở theo quý."),
    ("p", "Thông tin chi tiết liên hệ bà Khúc Thị Oanh, chuyên viên Phòng Giáo dục Trung học, điện thoại "
          "0914.608.235, thư điện tử khucthioanh@kimphuong.edu.vn."),
    ("p", "Nhận được Công văn này, đề nghị thủ trưởng các đơn vị khẩn trương triển khai thực hiện./."),
]

CV_TAIL_LEFT = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (để b/c);",
                "- Công an tỉnh, Tỉnh đoàn Kim Phượng (để phối hợp);",
                "- Giám đốc, các Phó Giám đốc Sở;", "- Website Sở;", "- Lưu: VT, GDTrH."]
CV_TAIL_RIGHT = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(đã ký)", "", "Hà Thúc Nghiêm"]


def _font_dir():
    d = "/usr/share/fonts/truetype/dejavu"
    if os.path.exists(os.path.join(d, "DejaVuSerif.ttf")):
        return d
    raise SystemExit("DejaVu fonts not found")


def build_pdf():
    d = _font_dir()
    pdf = FPDF(format="A4")
    pdf.set_producer(f"PyFPDF/fpdf{fpdf.__version__}")
    pdf.set_creator("build_mj.py")
    pdf.set_title(N("Công văn 2187/SGDĐT-GDTrH"))
    pdf.set_creation_date(datetime.datetime(2024, 11, 18, 16, 30, tzinfo=datetime.timezone.utc))
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("Serif", "", os.path.join(d, "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", os.path.join(d, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", os.path.join(d, "DejaVuSerif-Italic.ttf"))
    pdf.add_page()

    # "HỎA TỐC" stamp
    pdf.set_font("Serif", "B", 12)
    pdf.set_xy(25, 12)
    pdf.cell(30, 7, N("HỎA TỐC"), border=1, align="C")

    top = 22
    left_w, right_w = 75, 92
    pdf.set_xy(25, top)
    for i, line in enumerate(CV_HEADER_LEFT):
        pdf.set_font("Serif", "B" if i < 2 else ("" if i == 2 else "I"), 10 if i != 2 else 10.5)
        pdf.set_x(25)
        pdf.cell(left_w, 5.2, N(line), align="C", new_x="LMARGIN", new_y="NEXT")
    y_left_end = pdf.get_y()
    pdf.set_xy(25 + left_w, top)
    for i, line in enumerate(CV_HEADER_RIGHT):
        pdf.set_font("Serif", "B" if i < 2 else "I", 10.5)
        pdf.set_x(25 + left_w)
        pdf.cell(right_w, 5.2, N(line), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(y_left_end, pdf.get_y()) + 6)

    pdf.set_font("Serif", "", 11.5)
    for i, line in enumerate(CV_RECIPIENTS):
        pdf.set_x(45 if i == 0 else 65)
        pdf.multi_cell(0, 6, N(line), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    for kind, text in CV_BODY:
        pdf.set_font("Serif", "B" if kind == "b" else "", 11.5)
        pdf.multi_cell(0, 6.2, N(text), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    pdf.ln(5)
    if pdf.get_y() > 220:
        pdf.add_page()
    y0 = pdf.get_y()
    for i, line in enumerate(CV_TAIL_LEFT):
        pdf.set_font("Serif", "BI" if False else ("B" if i == 0 else ""), 10 if i else 11)
        pdf.set_x(25)
        pdf.cell(90, 5, N(line), new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0)
    for i, line in enumerate(CV_TAIL_RIGHT):
        pdf.set_font("Serif", "B" if i in (0, 1, 5) else "I", 11.5)
        pdf.set_x(115)
        pdf.cell(77, 6, N(line), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(PDF_OUT)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_docx()
    build_pdf()
    print("wrote", DOCX_OUT)
    print("wrote", PDF_OUT)
