#!/usr/bin/env python3
"""Rebuild the .docx (mx03) and .pdf (mx04) documents of blind set 114 from text kept here.

Run: /work/main/.venv/bin/python /work/main/eval/blind114/build_mx.py
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
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def N(s):
    return unicodedata.normalize("NFC", s)


# --------------------------------------------------------------------------
# mx03: Thông báo kết luận của Thường trực Huyện ủy (.docx)
# --------------------------------------------------------------------------
MX03_HEADER = [
    ("HUYỆN ỦY TRÀ NGẠN", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("*", ""),
    ("Số 112-TB/HU", "Trà Ngạn, ngày 18 tháng 4 năm 2025"),
]
MX03_TITLE = [
    "THÔNG BÁO KẾT LUẬN",
    "của Thường trực Huyện ủy tại buổi kiểm tra thực tế công tác phòng, chống "
    "thiên tai, cảnh báo sớm tại xã Khuôn Lãm và xã Lũng Mây",
]
MX03_INTRO = [
    "Ngày 15/4/2025, đồng chí Mạc Đức Toản, Phó Bí thư Thường trực Huyện ủy, Chủ tịch "
    "Hội đồng nhân dân huyện dẫn đầu đoàn công tác của Thường trực Huyện ủy kiểm tra thực tế "
    "việc thực hiện Chỉ thị số 05/CT-UBND ngày 12/3/2025 của Ủy ban nhân dân tỉnh và Kế hoạch "
    "số 38-KH/BTGHU ngày 26/3/2025 của Ban Tuyên giáo Huyện ủy tại xã Khuôn Lãm và xã Lũng Mây. "
    "Cùng dự có đồng chí Đàm Quang Triều, Chủ tịch Ủy ban nhân dân huyện; lãnh đạo Ban Tuyên giáo "
    "Huyện ủy, Phòng Nông nghiệp và Môi trường huyện, Phòng Giáo dục và Đào tạo huyện, Ban Chỉ huy "
    "Quân sự huyện và Đồn Biên phòng Pò Rẫy.",
    "Đoàn đã kiểm tra điểm lắp đặt trạm đo mưa tự động tại thôn Pác Dạ, xã Khuôn Lãm; dự buổi "
    "diễn tập sơ tán học sinh tại Trường THCS Khuôn Lãm; làm việc với Đội tình nguyện cứu hộ, cứu "
    "nạn xã Lũng Mây. Sau khi nghe báo cáo của Đảng ủy hai xã và ý kiến của các thành viên đoàn, "
    "đồng chí Phó Bí thư Thường trực Huyện ủy kết luận như sau:",
]
MX03_PART1_TITLE = "I. ĐÁNH GIÁ CHUNG"
MX03_PART1 = [
    "Đảng ủy, chính quyền hai xã đã quán triệt, triển khai nghiêm túc Chỉ thị số 05/CT-UBND. "
    "Trạm đo mưa tự động tại thôn Pác Dạ đã lắp đặt xong ngày 10/4/2025, truyền số liệu 10 phút/lần "
    "về Đài Khí tượng Thủy văn tỉnh. Xã Khuôn Lãm đã lập 6/6 nhóm Zalo cảnh báo thiên tai của các thôn "
    "với 1.128 thành viên. Buổi diễn tập tại Trường THCS Khuôn Lãm có 412 học sinh và 38 giáo viên "
    "tham gia, toàn bộ học sinh được đưa đến điểm tập kết an toàn trong 7 phút 40 giây. Xã Lũng Mây "
    "đã thành lập Đội tình nguyện cứu hộ, cứu nạn gồm 24 thành viên, trong đó có 11 dân quân và "
    "8 đoàn viên thanh niên.",
    "Tuy nhiên, việc triển khai còn một số hạn chế: trạm đo mưa thứ hai của xã Khuôn Lãm tại thôn "
    "Nặm Thoóc chưa lắp đặt do chưa thống nhất vị trí mặt bằng; 02 cụm loa truyền thanh tại thôn "
    "Phiêng Lầu bị hư hỏng chưa được sửa chữa; Đội tình nguyện cứu hộ, cứu nạn xã Lũng Mây còn "
    "thiếu áo phao, dây cứu sinh và đèn pin chuyên dụng; thôn Bó Ròm, xã Lũng Mây chưa có nhóm Zalo "
    "cảnh báo thiên tai.",
]
MX03_PART2_TITLE = "II. NHIỆM VỤ TRONG THỜI GIAN TỚI"
MX03_TASKS = [  # Word list numbering (style "List Number"): the numbers are not typed
    "Ủy ban nhân dân huyện chỉ đạo Phòng Nông nghiệp và Môi trường huyện phối hợp với Đài Khí tượng "
    "Thủy văn tỉnh và Ủy ban nhân dân xã Khuôn Lãm thống nhất vị trí, hoàn thành lắp đặt trạm đo mưa "
    "tại thôn Nặm Thoóc trước ngày 15/5/2025; bố trí 95.000.000 đồng mua sắm 30 áo phao, 10 cuộn dây "
    "cứu sinh và 20 đèn pin chuyên dụng cho Đội tình nguyện cứu hộ, cứu nạn xã Lũng Mây.",
    "Đảng ủy xã Khuôn Lãm lãnh đạo Ủy ban nhân dân xã sửa chữa 02 cụm loa truyền thanh tại thôn "
    "Phiêng Lầu trước ngày 30/4/2025; duy trì hoạt động các nhóm Zalo cảnh báo thiên tai, phân công "
    "mỗi thôn 01 quản trị viên trực nhóm khi có tin cảnh báo mưa lớn.",
    "Đảng ủy xã Lũng Mây chỉ đạo thành lập nhóm Zalo cảnh báo thiên tai của thôn Bó Ròm trước ngày "
    "25/4/2025; xây dựng lịch huấn luyện định kỳ cho Đội tình nguyện cứu hộ, cứu nạn của xã.",
    "Ban Chỉ huy Quân sự huyện phối hợp với Đồn Biên phòng Pò Rẫy huấn luyện kỹ năng cứu hộ, cứu "
    "nạn cho đội tình nguyện các xã, trong đó Đồn Biên phòng Pò Rẫy có trách nhiệm cử 02 cán bộ trực "
    "tiếp hướng dẫn Đội tình nguyện cứu hộ, cứu nạn xã Lũng Mây định kỳ hằng tháng.",
    "Phòng Giáo dục và Đào tạo huyện nhân rộng cách làm của Trường THCS Khuôn Lãm; chỉ đạo Trường "
    "Tiểu học Lũng Mây và Trường PTDTBT THCS Lũng Mây tổ chức diễn tập sơ tán trước ngày 20/5/2025.",
    "Ban Tuyên giáo Huyện ủy đưa hình ảnh, kinh nghiệm diễn tập của Trường THCS Khuôn Lãm vào tài "
    "liệu hỏi - đáp theo Kế hoạch số 38-KH/BTGHU; phối hợp với Trung tâm Văn hóa, Thông tin và Thể "
    "thao huyện xây dựng phóng sự về trạm đo mưa thôn Pác Dạ.",
    "Đề nghị Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện vận động doanh "
    "nghiệp, nhà hảo tâm ủng hộ trang thiết bị cho các đội tình nguyện cứu hộ, cứu nạn.",
    "Ủy ban nhân dân xã Khuôn Lãm và Ủy ban nhân dân xã Lũng Mây báo cáo kết quả thực hiện Thông báo "
    "này về Thường trực Huyện ủy (qua Văn phòng Huyện ủy) trước ngày 30/5/2025.",
]
MX03_TABLE_TITLE = "BẢNG THEO DÕI THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM"
MX03_TABLE = [
    ("TT", "Nhiệm vụ", "Cơ quan thực hiện", "Thời hạn"),
    ("1", "Lắp đặt trạm đo mưa thôn Nặm Thoóc", "Phòng Nông nghiệp và Môi trường huyện", "Trước ngày 15/5/2025"),
    ("2", "Sửa chữa 02 cụm loa thôn Phiêng Lầu", "Ủy ban nhân dân xã Khuôn Lãm", "Trước ngày 30/4/2025"),
    ("3", "Lập nhóm Zalo cảnh báo thiên tai thôn Bó Ròm", "Ủy ban nhân dân xã Lũng Mây", "Trước ngày 25/4/2025"),
    ("4", "Huấn luyện Đội tình nguyện cứu hộ, cứu nạn xã Lũng Mây", "Đồn Biên phòng Pò Rẫy", "Định kỳ hằng tháng"),
    ("5", "Diễn tập sơ tán tại 02 trường của xã Lũng Mây", "Phòng Giáo dục và Đào tạo huyện", "Trước ngày 20/5/2025"),
]
MX03_CLOSE = "Thường trực Huyện ủy thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./."
MX03_SIGN_LEFT = [
    "Nơi nhận:",
    "- Thường trực Tỉnh ủy (b/c),",
    "- Các đồng chí Ủy viên Ban Thường vụ Huyện ủy,",
    "- Ban cán sự đảng UBND huyện,",
    "- Các cơ quan tại mục II,",
    "- Đảng ủy xã Khuôn Lãm, xã Lũng Mây,",
    "- Lưu Văn phòng Huyện ủy.",
]
MX03_SIGN_RIGHT = ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "", "(Đã ký)", "", "Hà Quốc Trung"]


def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _cell_text(cell, lines, bold=False, italic=False, center=True, size=12):
    cell.text = ""
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(line))
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


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

    head = doc.add_table(rows=len(MX03_HEADER), cols=2)
    _no_borders(head)
    for i, (left, right) in enumerate(MX03_HEADER):
        _cell_text(head.cell(i, 0), [left], bold=(i == 0))
        _cell_text(head.cell(i, 1), [right], bold=(i == 0), italic=(i == 2))

    doc.add_paragraph()
    for i, line in enumerate(MX03_TITLE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(line))
        r.bold = True
        r.font.size = Pt(14 if i == 0 else 13)
    doc.add_paragraph("-----").alignment = WD_ALIGN_PARAGRAPH.CENTER

    for para in MX03_INTRO:
        p = doc.add_paragraph(N(para))
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    h = doc.add_paragraph()
    h.add_run(N(MX03_PART1_TITLE)).bold = True
    for para in MX03_PART1:
        p = doc.add_paragraph(N(para))
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    h = doc.add_paragraph()
    h.add_run(N(MX03_PART2_TITLE)).bold = True
    for task in MX03_TASKS:
        p = doc.add_paragraph(N(task), style="List Number")
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run(N(MX03_TABLE_TITLE)).bold = True
    table = doc.add_table(rows=len(MX03_TABLE), cols=4)
    table.style = "Table Grid"
    for i, row in enumerate(MX03_TABLE):
        for j, val in enumerate(row):
            _cell_text(table.cell(i, j), [val], bold=(i == 0), center=(j in (0, 3) or i == 0), size=12)

    doc.add_paragraph(N(MX03_CLOSE))
    sign = doc.add_table(rows=1, cols=2)
    _no_borders(sign)
    _cell_text(sign.cell(0, 0), MX03_SIGN_LEFT, center=False, size=11)
    _cell_text(sign.cell(0, 1), MX03_SIGN_RIGHT, bold=True)
    doc.save(path)


# --------------------------------------------------------------------------
# mx04: Công văn của Đài Khí tượng Thủy văn tỉnh (.pdf)
# --------------------------------------------------------------------------
MX04_HEADER = [
    ("ĐÀI KHÍ TƯỢNG THỦY VĂN KHU VỰC ĐÔNG BẮC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("ĐÀI KHÍ TƯỢNG THỦY VĂN", "Độc lập - Tự do - Hạnh phúc"),
    ("TỈNH BÌNH SƠN ĐÔNG", ""),
    ("Số: 146/ĐKTTV-QLML", "Bình Sơn Đông, ngày 24 tháng 3 năm 2025"),
    ("V/v phối hợp lắp đặt trạm đo mưa tự động", ""),
    ("trên địa bàn huyện Trà Ngạn", ""),
]
MX04_KINHGUI = "Kính gửi: Ủy ban nhân dân huyện Trà Ngạn."
# ("p", text) paragraph, ("h", text) bold heading, ("b", text) bullet/indented line
MX04_BODY = [
    ("p", "Thực hiện Chỉ thị số 05/CT-UBND ngày 12/3/2025 của Ủy ban nhân dân tỉnh về tăng cường công tác "
          "phòng, chống thiên tai, cảnh báo sớm và truyền thông khoa học khí tượng, khí hậu năm 2025, trên "
          "cơ sở thống nhất với Sở Nông nghiệp và Môi trường, Đài Khí tượng Thủy văn tỉnh Bình Sơn Đông (sau "
          "đây gọi là Đài) sẽ lắp đặt 08 trạm đo mưa tự động trên địa bàn huyện Trà Ngạn. Đài trân trọng đề "
          "nghị Ủy ban nhân dân huyện phối hợp thực hiện một số nội dung sau:"),
    ("h", "1. Danh mục vị trí lắp đặt"),
    ("p", "Dự kiến 08 trạm đo mưa tự động được lắp đặt tại 05 xã, thị trấn như sau:"),
    ("b", "a) Xã Khuôn Lãm (02 trạm): khuôn viên Nhà văn hóa thôn Pác Dạ; sân Điểm trường Tiểu học thôn Nặm Thoóc."),
    ("b", "b) Xã Lũng Mây (02 trạm): trụ sở Ủy ban nhân dân xã Lũng Mây; khuôn viên Nhà văn hóa thôn Bản Tèn."),
    ("b", "c) Xã Suối Giang Tây (02 trạm): thôn Đồng Sa Hạ; Trạm Y tế xã Suối Giang Tây."),
    ("b", "d) Xã Khuổi Mười (01 trạm): trụ sở Ủy ban nhân dân xã Khuổi Mười."),
    ("b", "đ) Thị trấn Trà Ngạn (01 trạm): khuôn viên Ban Chỉ huy Quân sự huyện."),
    ("p", "Thời gian lắp đặt dự kiến từ ngày 07/4/2025 đến ngày 30/4/2025, ưu tiên lắp đặt trước tại các xã "
          "Khuôn Lãm và Lũng Mây."),
    ("h", "2. Thông số kỹ thuật và cách thức vận hành"),
    ("b", "- Thiết bị đo mưa kiểu chao lật, độ phân giải 0,2 mm, sử dụng pin năng lượng mặt trời, hoạt động "
          "liên tục 15 ngày không có nắng."),
    ("b", "- Số liệu được truyền tự động 10 phút/lần qua mạng di động 4G về máy chủ của Đài và hiển thị "
          "công khai tại trang thông tin quantracmua.binhsondong.gov.vn."),
    ("b", "- Khi lượng mưa tại trạm đạt từ 50 mm trong 3 giờ, hệ thống tự động gửi tin nhắn SMS cảnh báo "
          "đến Chủ tịch Ủy ban nhân dân xã, Trưởng thôn nơi đặt trạm và Văn phòng thường trực Ban Chỉ huy "
          "Phòng, chống thiên tai và Tìm kiếm cứu nạn huyện."),
    ("b", "- Trạm được bảo hành 36 tháng kể từ ngày bàn giao; trong thời gian bảo hành, Đài chịu trách "
          "nhiệm sửa chữa, thay thế linh kiện."),
    ("h", "3. Yêu cầu về mặt bằng"),
    ("p", "Mỗi vị trí cần diện tích tối thiểu 4 m x 4 m, nền đất ổn định, không bị ngập úng, cách nhà cao "
          "tầng và cây cao ít nhất 10 m, có sóng điện thoại di động 4G ổn định. Mặt bằng được rào bảo vệ "
          "bằng lưới thép B40 cao 1,5 m do Đài thi công."),
    ("h", "4. Đề nghị Ủy ban nhân dân huyện Trà Ngạn"),
    ("b", "a) Chỉ đạo Ủy ban nhân dân các xã, thị trấn có tên tại mục 1 bố trí mặt bằng, hoàn thành thủ "
          "tục bàn giao mặt bằng cho Đài trước ngày 04/4/2025."),
    ("b", "b) Giao Phòng Nông nghiệp và Môi trường huyện chủ trì, phối hợp với Đài giám sát việc lắp đặt, "
          "tham gia nghiệm thu, bàn giao trạm cho Ủy ban nhân dân cấp xã quản lý."),
    ("b", "c) Cử mỗi xã, thị trấn 01 cán bộ phụ trách công tác phòng, chống thiên tai tham dự lớp tập huấn "
          "vận hành, khai thác số liệu trạm đo mưa, tổ chức vào ngày 08/5/2025 tại Hội trường Ủy ban nhân "
          "dân huyện Trà Ngạn."),
    ("b", "d) Chỉ đạo Ủy ban nhân dân cấp xã quản lý, bảo vệ trạm sau bàn giao, trong đó Công an xã có "
          "trách nhiệm phối hợp với trưởng thôn kiểm tra, bảo vệ trạm, kịp thời ngăn chặn hành vi xâm hại "
          "thiết bị."),
    ("b", "đ) Ủy ban nhân dân cấp xã chi trả cước thuê bao truyền dữ liệu 4G là 1.200.000 đồng/trạm/năm "
          "từ năm thứ hai trở đi; năm 2025 do Đài chi trả."),
    ("h", "5. Kinh phí"),
    ("p", "Kinh phí mua sắm, lắp đặt 08 trạm đo mưa trên địa bàn huyện là 1,2 tỷ đồng (150.000.000 "
          "đồng/trạm) từ Quỹ Phòng, chống thiên tai tỉnh theo Chỉ thị số 05/CT-UBND; Ủy ban nhân dân huyện "
          "không phải bố trí kinh phí lắp đặt."),
    ("h", "6. Đầu mối liên hệ"),
    ("p", "Ông Tạ Quang Vĩnh, Trưởng phòng Quản lý mạng lưới và Kỹ thuật, điện thoại 0915.362.480, thư "
          "điện tử qlml@kttvbinhsondong.vn. Khi trạm mất tín hiệu hoặc hư hỏng, đề nghị báo ngay qua đường "
          "dây nóng kỹ thuật của Đài, số 0206.3855.300 (trực 24/24 giờ)."),
    ("p", "Rất mong nhận được sự phối hợp của Ủy ban nhân dân huyện Trà Ngạn./."),
]
MX04_SIGN_LEFT = [
    "Nơi nhận:",
    "- Như trên;",
    "- Đài KTTV khu vực Đông Bắc (b/c);",
    "- Sở Nông nghiệp và Môi trường;",
    "- UBND các xã Khuôn Lãm, Lũng Mây,",
    "  Suối Giang Tây, Khuổi Mười, TT Trà Ngạn;",
    "- Lưu: VT, QLML.",
]
MX04_SIGN_RIGHT = ["GIÁM ĐỐC", "", "(Đã ký)", "", "Đinh Thị Ngọc Sương"]


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DV", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("DV", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DV", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.add_page()
    colw = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    lw, rw = 85, pdf.w - pdf.l_margin - pdf.r_margin - 85
    for i, (left, right) in enumerate(MX04_HEADER):
        pdf.set_x(pdf.l_margin - 8)
        pdf.set_font("DV", "B" if i in (1, 2) else "", 8.5)
        pdf.cell(lw, 5.5, N(left), align="C")
        pdf.set_font("DV", "I" if i == 3 else ("B" if i < 2 else ""), 8.5)
        pdf.cell(rw + 8, 5.5, N(right), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("DV", "", 11)
    pdf.cell(0, 7, N(MX04_KINHGUI), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, text in MX04_BODY:
        if kind == "h":
            pdf.set_font("DV", "B", 11)
            pdf.multi_cell(0, 6, N(text), new_x="LMARGIN", new_y="NEXT")
        elif kind == "b":
            pdf.set_font("DV", "", 11)
            pdf.set_x(pdf.l_margin + 6)
            pdf.multi_cell(0, 6, N(text), align="J", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DV", "", 11)
            pdf.multi_cell(0, 6, N(text), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    y0 = pdf.get_y()
    for line in MX04_SIGN_LEFT:
        pdf.set_font("DV", "B" if line == "Nơi nhận:" else "", 9.5)
        pdf.cell(colw, 5, N(line), new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0)
    for line in MX04_SIGN_RIGHT:
        pdf.set_x(pdf.l_margin + colw)
        pdf.set_font("DV", "B" if line not in ("(Đã ký)",) else "I", 11)
        pdf.cell(colw, 6, N(line), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    d = os.path.join(CORPUS, "mx03_thong_bao_ket_luan_112_thuong_truc_huyen_uy.docx")
    p = os.path.join(CORPUS, "mx04_cong_van_146_dai_kttv_lap_tram_do_mua.pdf")
    build_docx(d)
    build_pdf(p)
    print("wrote", d)
    print("wrote", p)
