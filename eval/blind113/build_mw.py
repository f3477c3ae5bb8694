#!/usr/bin/env python3
"""Rebuild the .docx (mw03) and .pdf (mw04) documents of the blind113 set
from the text kept in this file. Run with /work/main/.venv/bin/python."""
import os
import unicodedata

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# mw03 - Quyết định giao chỉ tiêu tuyển sinh (.docx)
# ---------------------------------------------------------------------------
QD_HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "HUYỆN PHƯỚC NGÀN", "-------", "Số: 245/QĐ-UBND"]
QD_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "---------------", "Phước Ngàn, ngày 26 tháng 02 năm 2024"]
QD_TITLE = ["QUYẾT ĐỊNH",
            "Về việc giao chỉ tiêu tuyển sinh đào tạo nghề cho lao động nông thôn năm 2024 "
            "trên địa bàn huyện Phước Ngàn",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN PHƯỚC NGÀN"]
QD_BASES = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung "
    "một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
    "Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;",
    "Căn cứ Kế hoạch số 18/KH-UBND ngày 15 tháng 01 năm 2024 của Ủy ban nhân dân huyện về đào tạo nghề "
    "và giải quyết việc làm cho thanh niên nông thôn huyện Phước Ngàn năm 2024;",
    "Theo đề nghị của Trưởng phòng Lao động - Thương binh và Xã hội huyện tại Tờ trình số "
    "11/TTr-LĐTBXH ngày 20 tháng 02 năm 2024.",
]
QD_DIEU1 = ("Điều 1. Giao chỉ tiêu tuyển sinh đào tạo nghề trình độ sơ cấp và đào tạo dưới 3 tháng năm 2024 "
            "cho Ủy ban nhân dân các xã, thị trấn với tổng số 1.150 người, trong đó trình độ sơ cấp 565 người, "
            "đào tạo dưới 3 tháng 585 người (chi tiết theo bảng dưới đây):")
QD_TABLE = [
    ["TT", "Xã, thị trấn", "Tổng chỉ tiêu (người)", "Sơ cấp", "Dưới 3 tháng", "Trong đó thanh niên 18-30 tuổi"],
    ["1", "Thị trấn Phước Ngàn", "140", "80", "60", "100"],
    ["2", "Xã Tân Khuê", "150", "95", "55", "110"],
    ["3", "Xã Đông Lãm", "165", "110", "55", "120"],
    ["4", "Xã Hòa Nhạn", "130", "75", "55", "90"],
    ["5", "Xã Vĩnh Thổ", "110", "50", "60", "75"],
    ["6", "Xã Phú Ngân", "105", "45", "60", "70"],
    ["7", "Xã Cẩm Dương", "95", "35", "60", "65"],
    ["8", "Xã Sa Lũng", "90", "30", "60", "65"],
    ["9", "Xã Ngọc Đình", "85", "25", "60", "60"],
    ["10", "Xã Khe Ngát", "80", "20", "60", "55"],
    ["", "Cộng", "1.150", "565", "585", "810"],
]
QD_BODY = [
    ("b", "Điều 2. Tổ chức thực hiện"),
    ("p", "1. Phòng Lao động - Thương binh và Xã hội huyện là cơ quan thường trực, hướng dẫn, kiểm tra việc "
          "tuyển sinh; phân bổ học viên cho Trung tâm GDNN-GDTX huyện và Trường Cao đẳng nghề Hòa Vang Tây; "
          "tổng hợp kết quả tuyển sinh báo cáo Ủy ban nhân dân huyện trước ngày 15/7/2024."),
    ("p", "2. Ủy ban nhân dân các xã, thị trấn tổ chức tuyên truyền, tuyển sinh đủ chỉ tiêu được giao, ưu tiên "
          "thanh niên thuộc hộ nghèo, hộ cận nghèo, người dân tộc thiểu số, bộ đội xuất ngũ; hoàn thành tuyển "
          "sinh đợt 1 (tối thiểu 60% chỉ tiêu) trước ngày 30/4/2024 và hoàn thành toàn bộ chỉ tiêu trước ngày "
          "30/6/2024. Riêng các xã vùng cao Sa Lũng, Ngọc Đình, Khe Ngát (tổng chỉ tiêu 255 người) ưu tiên "
          "tuyển sinh các nghề dưới 3 tháng, phối hợp với Trung tâm GDNN-GDTX huyện mở lớp lưu động tại thôn, bản."),
    ("p", "3. Trung tâm GDNN-GDTX huyện chủ trì tổ chức đào tạo cho 1.055 học viên; Trường Cao đẳng nghề "
          "Hòa Vang Tây tổ chức đào tạo 95 học viên các nghề Hàn điện (60 học viên) và Sửa chữa máy nông "
          "nghiệp (35 học viên)."),
    ("p", "4. Phòng Tài chính - Kế hoạch huyện cân đối, bố trí kinh phí hỗ trợ đào tạo theo Kế hoạch số "
          "18/KH-UBND; hướng dẫn cơ sở đào tạo thanh toán, quyết toán kinh phí."),
    ("p", "5. Đề nghị Huyện đoàn, Hội Liên hiệp Phụ nữ huyện phối hợp với Ủy ban nhân dân các xã, thị trấn "
          "vận động đoàn viên, hội viên đăng ký học nghề."),
    ("p", "6. Trường hợp xã, thị trấn không tuyển đủ chỉ tiêu đến ngày 30/6/2024, Phòng Lao động - Thương binh "
          "và Xã hội tham mưu Ủy ban nhân dân huyện điều chỉnh chỉ tiêu cho đơn vị khác có nhu cầu."),
    ("b", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."),
    ("b", "Điều 4. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện; Trưởng phòng Lao động - "
          "Thương binh và Xã hội; Trưởng phòng Tài chính - Kế hoạch; Giám đốc Trung tâm GDNN-GDTX huyện; "
          "Chủ tịch Ủy ban nhân dân các xã, thị trấn và các cơ quan, đơn vị có liên quan chịu trách nhiệm "
          "thi hành Quyết định này./."),
]
QD_RECIPIENTS = ["Nơi nhận:", "- Như Điều 4;", "- Sở LĐ-TB&XH tỉnh Hòa Vang Tây (b/c);",
                 "- TT Huyện ủy, TT HĐND huyện (b/c);", "- Trường Cao đẳng nghề Hòa Vang Tây (p/h);",
                 "- Lưu: VT, LĐTBXH."]
QD_SIGN = ["CHỦ TỊCH", "", "(Đã ký)", "", "Vi Đức Thuận"]


def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _cell_lines(cell, lines, bold_idx=(), italic_idx=(), center=True):
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(line))
        r.bold = i in bold_idx
        r.italic = i in italic_idx


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin, s.right_margin = Cm(3), Cm(2)
        s.top_margin, s.bottom_margin = Cm(2), Cm(2)

    head = doc.add_table(rows=1, cols=2)
    _no_borders(head)
    _cell_lines(head.cell(0, 0), QD_HEADER_LEFT, bold_idx=(1,))
    _cell_lines(head.cell(0, 1), QD_HEADER_RIGHT, bold_idx=(0, 1), italic_idx=(3,))

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
    p.add_run("QUYẾT ĐỊNH:").bold = True
    doc.add_paragraph(N(QD_DIEU1))

    t = doc.add_table(rows=len(QD_TABLE), cols=len(QD_TABLE[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(QD_TABLE):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = N(val)
            if i == 0 or i == len(QD_TABLE) - 1:
                for r in c.paragraphs[0].runs:
                    r.bold = True

    for kind, text in QD_BODY:
        p = doc.add_paragraph()
        if kind == "b" and text.startswith("Điều 2"):
            p.add_run(N(text)).bold = True
        elif kind == "b":
            # bold only the article label ("Điều 3. ")
            label, rest = text.split(". ", 1)
            p.add_run(N(label + ". ")).bold = True
            p.add_run(N(rest))
        else:
            p.add_run(N(text))

    tail = doc.add_table(rows=1, cols=2)
    _no_borders(tail)
    _cell_lines(tail.cell(0, 0), QD_RECIPIENTS, bold_idx=(0,), center=False)
    _cell_lines(tail.cell(0, 1), QD_SIGN, bold_idx=(0, 4))
    doc.save(path)


# ---------------------------------------------------------------------------
# mw04 - Công văn của Trường Cao đẳng nghề (.pdf)
# ---------------------------------------------------------------------------
CV_LEFT = ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "TỈNH HÒA VANG TÂY",
           "TRƯỜNG CAO ĐẲNG NGHỀ HÒA VANG TÂY", "-------", "Số: 132/CĐN-ĐT",
           "V/v tuyển sinh sơ cấp nghề, trung cấp và", "học việc tại doanh nghiệp cho thanh niên",
           "huyện Phước Ngàn năm 2024"]
CV_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
            "Vang Tây, ngày 11 tháng 3 năm 2024"]
CV_TO = ["Kính gửi:",
         "- Ủy ban nhân dân huyện Phước Ngàn;",
         "- Phòng Lao động - Thương binh và Xã hội huyện Phước Ngàn;",
         "- Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Phước Ngàn;",
         "- Ủy ban nhân dân các xã, thị trấn thuộc huyện Phước Ngàn."]
CV_BODY = [
    ("p", "Thực hiện Kế hoạch số 18/KH-UBND ngày 15/01/2024 của Ủy ban nhân dân huyện Phước Ngàn về đào tạo "
          "nghề và giải quyết việc làm cho thanh niên nông thôn năm 2024 và Quyết định số 245/QĐ-UBND ngày "
          "26/02/2024 của Chủ tịch Ủy ban nhân dân huyện về giao chỉ tiêu tuyển sinh đào tạo nghề năm 2024, "
          "Trường Cao đẳng nghề Hòa Vang Tây (sau đây gọi là Nhà trường) thông báo kế hoạch tuyển sinh và "
          "đề nghị các cơ quan, đơn vị phối hợp như sau:"),
    ("b", "1. Ngành, nghề, thời gian đào tạo và chỉ tiêu"),
    ("p", "a) Trình độ sơ cấp (đối tượng: lao động nông thôn từ 18 đến 30 tuổi):"),
    ("p", "- Hàn điện: thời gian đào tạo 4 tháng, 60 học viên (02 lớp), học tại cơ sở chính của Nhà trường;"),
    ("p", "- Sửa chữa máy nông nghiệp: thời gian đào tạo 3 tháng, 35 học viên (01 lớp), học tại Phân hiệu "
          "Phước Ngàn (thôn Bến Ngàn, xã Đông Lãm)."),
    ("p", "b) Trình độ trung cấp (đối tượng: học sinh đã tốt nghiệp THCS trở lên):"),
    ("p", "- Điện công nghiệp: thời gian đào tạo 18 tháng, 40 học sinh;"),
    ("p", "- Công nghệ ô tô: thời gian đào tạo 24 tháng, 35 học sinh."),
    ("p", "Học sinh tốt nghiệp THCS học trình độ trung cấp được miễn 100% học phí và được học văn hóa THPT "
          "song song tại Nhà trường."),
    ("p", "c) Học việc tại doanh nghiệp (120 thanh niên), Nhà trường phối hợp đào tạo, đánh giá kỹ năng:"),
    ("p", "- Công ty TNHH Điện tử Lộc Vạn Phát: 50 người, nghề lắp ráp linh kiện điện tử, thời gian học việc "
          "3 tháng, tiền lương học việc 4.500.000 đồng/tháng;"),
    ("p", "- Công ty Cổ phần Cơ khí Hưng Ngàn: 40 người, nghề hàn và gia công cơ khí, thời gian học việc "
          "2 tháng, tiền lương học việc 5.000.000 đồng/tháng;"),
    ("p", "- Công ty TNHH May Thanh Kiều: 30 người, nghề may công nghiệp, thời gian học việc 2 tháng, tiền "
          "lương học việc 4.200.000 đồng/tháng."),
    ("p", "Sau thời gian học việc, người đạt yêu cầu được doanh nghiệp ký hợp đồng lao động từ 12 tháng trở lên."),
    ("b", "2. Chế độ, chính sách đối với người học"),
    ("p", "- Học viên sơ cấp được hỗ trợ chi phí đào tạo, tiền ăn, tiền đi lại theo Hướng dẫn số "
          "07/HD-LĐTBXH ngày 06/02/2024 của Phòng Lao động - Thương binh và Xã hội huyện Phước Ngàn;"),
    ("p", "- Được bố trí chỗ ở miễn phí tại ký túc xá của Nhà trường (ưu tiên học viên các xã vùng cao "
          "Sa Lũng, Ngọc Đình, Khe Ngát);"),
    ("p", "- Học viên có kết quả học tập xuất sắc được Nhà trường thưởng 500.000 đồng/người và giới thiệu "
          "việc làm tại doanh nghiệp đối tác."),
    ("b", "3. Thời gian, địa điểm nhận hồ sơ"),
    ("p", "- Thời gian: từ ngày 15/3/2024 đến hết ngày 15/4/2024 (trong giờ hành chính, kể cả sáng thứ Bảy)."),
    ("p", "- Địa điểm: Phòng Đào tạo, Trường Cao đẳng nghề Hòa Vang Tây (số 214 đường Lam Sơn, thành phố "
          "Vang Tây); Phân hiệu Phước Ngàn (thôn Bến Ngàn, xã Đông Lãm); Trung tâm GDNN-GDTX huyện Phước Ngàn."),
    ("p", "- Nhà trường tổ chức tư vấn tuyển sinh trực tiếp tại Hội trường Ủy ban nhân dân xã Sa Lũng ngày "
          "23/3/2024 và tại Nhà văn hóa xã Đông Lãm ngày 24/3/2024."),
    ("p", "- Khai giảng dự kiến: ngày 06/5/2024 đối với các lớp sơ cấp; ngày 02/9/2024 đối với các lớp trung cấp."),
    ("b", "4. Đề nghị phối hợp"),
    ("p", "- Đề nghị Ủy ban nhân dân huyện Phước Ngàn chỉ đạo các cơ quan, đơn vị, Ủy ban nhân dân các xã, "
          "thị trấn phối hợp với Nhà trường trong công tác tuyển sinh."),
    ("p", "- Đề nghị Phòng Lao động - Thương binh và Xã hội huyện phân bổ học viên sơ cấp nghề Hàn điện, "
          "Sửa chữa máy nông nghiệp theo Quyết định số 245/QĐ-UBND và xác nhận danh sách học viên thuộc "
          "đối tượng được hỗ trợ."),
    ("p", "- Đề nghị Trung tâm GDNN-GDTX huyện bố trí 01 phòng làm việc để cán bộ Nhà trường tiếp nhận hồ sơ "
          "tại huyện vào các ngày thứ Ba và thứ Năm hằng tuần trong thời gian tuyển sinh."),
    ("p", "- Đề nghị Ủy ban nhân dân các xã, thị trấn thông báo rộng rãi trên hệ thống truyền thanh, lập danh "
          "sách thanh niên đăng ký gửi về Nhà trường trước ngày 10/4/2024."),
    ("p", "Mọi thông tin chi tiết xin liên hệ: ông Khúc Văn Long, Trưởng phòng Đào tạo, điện thoại "
          "0916 285 074, thư điện tử tuyensinh@cdnhoavangtay.edu.vn."),
    ("p", "Nhà trường trân trọng đề nghị các cơ quan, đơn vị quan tâm, phối hợp./."),
]
CV_RECIPIENTS = ["Nơi nhận:", "- Như trên;", "- Sở LĐ-TB&XH tỉnh (b/c);",
                 "- Các công ty: Lộc Vạn Phát, Hưng Ngàn,", "  Thanh Kiều (p/h);", "- Lưu: VT, PĐT."]
CV_SIGN = ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "", "(Đã ký)", "", "Khổng Văn Thạch"]


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.add_page()
    colw = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    y0 = pdf.get_y()
    x0 = pdf.l_margin
    lh = 5.2
    for i, line in enumerate(CV_LEFT):
        pdf.set_font("DejaVu", "B" if 1 <= i <= 2 else "", 9.5)
        pdf.set_xy(x0, y0 + i * lh)
        pdf.cell(colw, lh, N(line), align="C")
    for i, line in enumerate(CV_RIGHT):
        pdf.set_font("DejaVu", "I" if i == 3 else ("B" if i < 2 else ""), 9.5)
        pdf.set_xy(x0 + colw, y0 + i * lh)
        pdf.cell(colw, lh, N(line), align="C")
    pdf.set_y(y0 + len(CV_LEFT) * lh + 4)
    pdf.set_font("DejaVu", "", 11)
    for i, line in enumerate(CV_TO):
        pdf.set_x(pdf.l_margin + (20 if i == 0 else 38))
        pdf.multi_cell(0, 6, N(line), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for kind, text in CV_BODY:
        pdf.set_font("DejaVu", "B" if kind == "b" else "", 10.5)
        pdf.multi_cell(0, 5.6, N(text), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 80:
        pdf.add_page()
    # signature block on the right, then the "Nơi nhận" list below it on the left
    # (kept on separate rows so that layout-based extractors do not interleave them)
    y1 = pdf.get_y()
    for i, line in enumerate(CV_SIGN):
        pdf.set_font("DejaVu", "B" if i in (0, 1, 5) else "I", 11)
        pdf.set_xy(pdf.l_margin + colw, y1 + i * 6)
        pdf.cell(colw, 6, N(line), align="C")
    y2 = y1 + len(CV_SIGN) * 6 + 2
    for i, line in enumerate(CV_RECIPIENTS):
        if i == 0:
            pdf.set_font("DejaVu", "I", 10)
        else:
            pdf.set_font("DejaVu", "", 9.5)
        pdf.set_xy(pdf.l_margin, y2 + i * 5)
        pdf.cell(colw, 5, N(line))
    pdf.output(path)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    d = os.path.join(CORPUS, "mw03_quyet_dinh_giao_chi_tieu_tuyen_sinh.docx")
    p = os.path.join(CORPUS, "mw04_cong_van_tuyen_sinh_cao_dang_nghe.pdf")
    build_docx(d)
    build_pdf(p)
    print("built", d)
    print("built", p)


if __name__ == "__main__":
    main()
