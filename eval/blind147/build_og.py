"""Rebuild og03 (.pdf, fpdf2) and og04 (.docx, python-docx) of the blind147 set from the text below.
Run: /tmp/venv_og/bin/python build_og.py      (needs python-docx, fpdf2)
The .txt/.md documents (og01, og02, og05) are kept as they are in corpus/.
All names, bodies, places and document numbers are invented (tỉnh Bình Sơn Khê).
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


# ---------------------------------------------------------------- og03 (PDF): công văn Sở GD&ĐT
OG03_HEAD_LEFT = ["ỦY BAN NHÂN DÂN TỈNH BÌNH SƠN KHÊ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
                  "Số: 1126/SGDĐT-CTHSSV",
                  "V/v tăng cường phòng, chống đuối nước hè 2025",
                  "và chuẩn bị tổ chức bán trú, y tế trường học",
                  "năm học 2025 - 2026"]
OG03_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Bình Sơn Khê, ngày 07 tháng 5 năm 2025"]

OG03_BODY = [
    ("K", "Kính gửi:"),
    ("L", "- Phòng Giáo dục và Đào tạo các huyện, thành phố;"),
    ("L", "- Hiệu trưởng các trường trung học phổ thông, phổ thông dân tộc nội trú tỉnh;"),
    ("L", "- Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên các huyện."),
    ("P", "Thực hiện Kế hoạch số 86/KH-UBND ngày 08/4/2025 của Ủy ban nhân dân tỉnh về thực hiện Chỉ thị số 27-CT/TU ngày 12/3/2025 của Ban Thường vụ Tỉnh ủy; để chủ động phòng, chống đuối nước cho học sinh trong dịp nghỉ hè năm 2025 và chuẩn bị tốt các điều kiện tổ chức bữa ăn bán trú, công tác y tế trường học năm học 2025 - 2026, Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện một số nội dung sau:"),
    ("H", "1. Phòng, chống đuối nước trong dịp hè 2025"),
    ("P", "a) Trước khi học sinh nghỉ hè, các trường tổ chức ít nhất 01 tiết sinh hoạt chuyên đề về kỹ năng phòng, chống đuối nước, hoàn thành trước ngày 24/5/2025; giáo viên chủ nhiệm gửi thư khuyến cáo tới cha mẹ học sinh về trách nhiệm trông giữ con trong hè."),
    ("P", "b) Phối hợp với Ủy ban nhân dân cấp xã rà soát các điểm sông, suối, ao, hồ, hố công trình gần trường học và khu dân cư; gửi danh sách điểm có nguy cơ đuối nước về Sở trước ngày 15/5/2025 để tổng hợp chung toàn tỉnh."),
    ("P", "c) Lớp dạy bơi chỉ được tổ chức tại bể bơi cố định hoặc bể bơi di động; tuyệt đối không tổ chức dạy bơi tại sông, suối, ao, hồ tự nhiên. Mỗi lớp không quá 20 học sinh, có ít nhất 01 huấn luyện viên và 01 người làm nhiệm vụ cứu hộ; mỗi học sinh học tối thiểu 10 buổi."),
    ("P", "d) Giáo viên chủ nhiệm giữ liên lạc với cha mẹ học sinh ít nhất 02 lần mỗi tháng trong thời gian nghỉ hè, kịp thời nắm bắt học sinh có nguy cơ mất an toàn."),
    ("H", "2. Tổ chức bữa ăn bán trú năm học 2025 - 2026"),
    ("P", "a) Xây dựng thực đơn theo tuần, bảo đảm năng lượng bữa trưa đạt từ 30% đến 35% nhu cầu cả ngày của học sinh; mỗi tuần có ít nhất 04 bữa có thịt, cá hoặc trứng; có rau xanh hằng ngày. Trong khi chờ bộ thực đơn mẫu theo vùng miền, các trường tiếp tục sử dụng thực đơn của năm học trước."),
    ("P", "b) Bếp ăn thực hiện nghiêm kiểm thực ba bước, lưu mẫu thức ăn đủ 24 giờ; người nấu ăn phải có giấy khám sức khỏe còn hiệu lực và giấy xác nhận kiến thức về an toàn thực phẩm."),
    ("P", "c) Chỉ hợp đồng với cơ sở cung cấp thực phẩm có giấy chứng nhận đủ điều kiện an toàn thực phẩm hoặc có nguồn gốc rõ ràng; công khai thực đơn, giá tiền ăn hằng tuần tại bảng tin của trường."),
    ("P", "d) Khuyến khích các trường vùng cao làm vườn rau, chăn nuôi nhỏ để cải thiện bữa ăn; không thu thêm tiền của cha mẹ học sinh thuộc diện được hỗ trợ tiền ăn."),
    ("H", "3. Công tác y tế trường học"),
    ("P", "a) Trường chưa có nhân viên y tế chuyên trách phân công 01 giáo viên hoặc nhân viên kiêm nhiệm; lập danh sách cử đi tập huấn, gửi về Sở trước ngày 30/6/2025."),
    ("P", "b) Phối hợp với Trạm Y tế cấp xã khám sức khỏe, cân đo cho học sinh đầu năm học, hoàn thành trước ngày 31/10/2025; nhập kết quả vào phần mềm quản lý sức khỏe học sinh."),
    ("P", "c) Rà soát tủ thuốc, trang thiết bị sơ cấp cứu; phối hợp với Bảo hiểm xã hội cấp huyện vận động học sinh tham gia bảo hiểm y tế."),
    ("H", "4. Tổ chức thực hiện"),
    ("P", "a) Giao Phòng Công tác học sinh, sinh viên chủ trì, phối hợp với Phòng Giáo dục Tiểu học tổng hợp danh sách điểm có nguy cơ đuối nước và số học sinh đăng ký học bơi; kiểm tra công tác bán trú tại một số trường trong tháng 10/2025."),
    ("P", "b) Phòng Kế hoạch - Tài chính phối hợp với đơn vị cung cấp lắp đặt 10 bể bơi di động tại các trường thuộc huyện Suối Lam và huyện Đá Bạc, bàn giao trước ngày 25/5/2025."),
    ("P", "c) Thanh tra Sở kiểm tra đột xuất bếp ăn bán trú tại các trường có nguy cơ cao, phối hợp với đoàn kiểm tra liên ngành của Sở Y tế."),
    ("P", "d) Đề nghị Phòng Giáo dục và Đào tạo các huyện, thành phố tổng hợp số học sinh đăng ký học bơi hè của các trường mầm non, tiểu học, trung học cơ sở, gửi về Sở trước ngày 25/5/2025; báo cáo kết quả dạy bơi hè trước ngày 10/9/2025."),
    ("P", "đ) Hiệu trưởng các trường có tổ chức bán trú ký cam kết bảo đảm an toàn thực phẩm với cơ sở cung cấp thực phẩm trước ngày 15/8/2025."),
    ("P", "Thông tin chi tiết liên hệ bà Phan Thị Ngọc Bích, Phó Trưởng phòng Công tác học sinh, sinh viên, điện thoại 0259 3846 215."),
    ("P", "Sở Giáo dục và Đào tạo đề nghị các đơn vị nghiêm túc triển khai thực hiện./."),
]
OG03_RECIP = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Sở Y tế (phối hợp);",
              "- Sở VH,TT&DL (phối hợp);", "- Tỉnh Đoàn;", "- Lưu: VT, CTHSSV."]
OG03_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(đã ký)", "", "Trịnh Minh Khoa"]


def build_pdf():
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 15, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSerif.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSerif-Italic.ttf")
    pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_font("DV", "B", 9)
    for i, line in enumerate(OG03_HEAD_LEFT):
        if i >= 3:
            pdf.set_font("DV", "", 8.5)
        pdf.set_xy(12, y0 + i * 4.6)
        pdf.cell(86, 4.6, N(line), align="C")
    pdf.set_font("DV", "B", 9)
    for i, line in enumerate(OG03_HEAD_RIGHT):
        if i == 3:
            pdf.set_font("DV", "I", 9)
        pdf.set_xy(100, y0 + i * 4.6)
        pdf.cell(98, 4.6, N(line), align="C")
    pdf.set_y(y0 + 7 * 4.6)
    for kind, text in OG03_BODY:
        if kind == "K":
            pdf.set_font("DV", "B", 10.5)
            pdf.set_x(40)
            pdf.multi_cell(0, 5.4, N(text))
        elif kind == "L":
            pdf.set_font("DV", "", 10.5)
            pdf.set_x(50)
            pdf.multi_cell(0, 5.4, N(text))
        elif kind == "H":
            pdf.set_font("DV", "B", 10.5)
            pdf.multi_cell(0, 5.4, N(text))
        else:
            pdf.set_font("DV", "", 10.5)
            pdf.multi_cell(0, 5.4, N(text), align="L")
        pdf.ln(1.2)
    pdf.ln(3)
    y1 = pdf.get_y()
    if y1 > 235:
        pdf.add_page()
        y1 = pdf.get_y()
    for i, line in enumerate(OG03_RECIP):
        pdf.set_font("DV", "B" if i == 0 else "", 9 if i == 0 else 8.5)
        pdf.set_xy(22, y1 + i * 4.3)
        pdf.cell(80, 4.3, N(line))
    for i, line in enumerate(OG03_SIGN):
        pdf.set_font("DV", "B" if i in (0, 1, 5) else "I", 10.5)
        pdf.set_xy(110, y1 + i * 5)
        pdf.cell(85, 5, N(line), align="C")
    out = os.path.join(CORPUS, "og03_cong_van_phong_duoi_nuoc_ban_tru.pdf")
    pdf.output(out)
    return out


# ---------------------------------------------------------------- og04 (DOCX): quyết định UBND huyện
OG04_TITLE = ["QUYẾT ĐỊNH",
              "Về việc phê duyệt Kế hoạch dạy bơi an toàn hè 2025 và danh sách",
              "điểm dạy bơi cho học sinh trên địa bàn huyện Suối Lam",
              "",
              "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN SUỐI LAM"]
OG04_BASIS = [
    "Căn cứ Luật Tổ chức chính quyền địa phương;",
    "Căn cứ Kế hoạch số 86/KH-UBND ngày 08/4/2025 của Ủy ban nhân dân tỉnh thực hiện Chỉ thị số 27-CT/TU ngày 12/3/2025 của Ban Thường vụ Tỉnh ủy về công tác y tế trường học, dinh dưỡng bữa ăn bán trú và phòng, chống đuối nước cho học sinh;",
    "Căn cứ Công văn số 1126/SGDĐT-CTHSSV ngày 07/5/2025 của Sở Giáo dục và Đào tạo về tăng cường phòng, chống đuối nước hè 2025 và chuẩn bị tổ chức bán trú, y tế trường học năm học 2025 - 2026;",
    "Theo đề nghị của Trưởng phòng Giáo dục và Đào tạo huyện tại Tờ trình số 57/TTr-PGDĐT ngày 20/5/2025.",
]
OG04_ART1 = ("Điều 1. ", "Phê duyệt danh sách 07 điểm dạy bơi an toàn hè 2025 cho học sinh trên địa bàn huyện Suối Lam, cụ thể như sau:")
OG04_TABLE = [
    ["STT", "Điểm dạy bơi", "Xã, thị trấn", "Loại bể", "Số lớp", "Số học sinh", "Thời gian học"],
    ["1", "Trung tâm Văn hóa, Thể thao và Truyền thông huyện", "Thị trấn Suối Lam", "Bể bơi cố định", "8", "160", "02/6 - 28/6/2025"],
    ["2", "Trường TH&THCS thị trấn Suối Lam", "Thị trấn Suối Lam", "Bể bơi cố định", "5", "100", "02/6 - 28/6/2025"],
    ["3", "Trường PTDTBT TH&THCS Nậm Pha", "Xã Nậm Pha", "Bể bơi di động (do tỉnh cấp)", "4", "80", "09/6 - 05/7/2025"],
    ["4", "Trường Tiểu học Phiêng Lượt", "Xã Phiêng Lượt", "Bể bơi di động (do tỉnh cấp)", "3", "60", "09/6 - 05/7/2025"],
    ["5", "Trường Tiểu học Co Mạ", "Xã Co Mạ", "Bể bơi di động (do tỉnh cấp)", "2", "40", "07/7 - 02/8/2025"],
    ["6", "Trường PTDTBT THCS Mường Khoa", "Xã Mường Khoa", "Bể bơi di động (do tỉnh cấp)", "3", "60", "07/7 - 02/8/2025"],
    ["7", "Trường THCS Hua Tát", "Xã Hua Tát", "Bể bơi di động (xã hội hóa)", "3", "60", "07/7 - 02/8/2025"],
    ["", "Tổng cộng", "", "", "28", "560", ""],
]
OG04_ART2_HEAD = ("Điều 2. ", "Phê duyệt Kế hoạch dạy bơi an toàn hè 2025 như sau:")
# ("n", text) -> List Number item; ("b", text) -> List Bullet 2 item
OG04_ART2 = [
    ("n", "Đối tượng: học sinh từ lớp 3 đến lớp 8 chưa biết bơi, ưu tiên học sinh bán trú và học sinh sống gần sông Nậm Lay, suối Nậm Pha, hồ thủy lợi Bản Lướt."),
    ("n", "Nội dung: mỗi học sinh học 12 buổi, mỗi buổi 60 phút, gồm các kỹ năng:"),
    ("b", "Làm quen với nước, nín thở, nổi và thở trên mặt nước;"),
    ("b", "Bơi ếch hoặc bơi đứng nước được tối thiểu 25 m;"),
    ("b", "Tự xử lý khi bị chuột rút, khi bị rơi xuống nước có dòng chảy;"),
    ("b", "Cứu đuối an toàn bằng cách ném phao, đưa sào; không nhảy xuống nước cứu bạn khi không có người lớn."),
    ("n", "Điều kiện tổ chức: mỗi lớp không quá 20 học sinh, có 01 huấn luyện viên hoặc giáo viên thể dục đã được cấp chứng nhận hướng dẫn bơi và 01 người cứu hộ; có cán bộ y tế trực trong suốt buổi học."),
    ("n", "Kinh phí: tổng số 428.000.000 đồng (Bốn trăm hai mươi tám triệu đồng), trong đó ngân sách huyện năm 2025 là 336.000.000 đồng, nguồn xã hội hóa là 92.000.000 đồng; học sinh không phải đóng học phí."),
]
OG04_ART3_HEAD = ("Điều 3. ", "Tổ chức thực hiện")
OG04_ART3 = [
    "Phòng Giáo dục và Đào tạo huyện là cơ quan thường trực, chủ trì tổ chức các lớp dạy bơi; hướng dẫn các trường lập danh sách, quản lý học sinh trong thời gian học; tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo trước ngày 10/9/2025.",
    "Phòng Văn hóa và Thông tin huyện phối hợp với Trung tâm Văn hóa, Thể thao và Truyền thông huyện bố trí huấn luyện viên, kiểm tra chất lượng nước bể bơi; tuyên truyền về phòng, chống đuối nước trên hệ thống truyền thanh cơ sở.",
    "Phòng Tài chính - Kế hoạch huyện thẩm định dự toán, tham mưu cấp kinh phí cho Phòng Giáo dục và Đào tạo trước ngày 31/5/2025.",
    "Trung tâm Y tế huyện cử cán bộ y tế trực tại các điểm dạy bơi; tập huấn sơ cấp cứu đuối nước cho huấn luyện viên, người cứu hộ trước ngày 31/5/2025.",
    "Công an huyện chỉ đạo Công an các xã, thị trấn tuần tra, nhắc nhở tại 14 điểm sông, suối nguy hiểm đã cắm biển cảnh báo, nhất là vào buổi trưa và chiều các ngày cuối tuần.",
    "Huyện Đoàn thành lập 05 đội thanh niên tình nguyện cứu hộ tại bến đò Nậm Lay, hồ thủy lợi Bản Lướt và các điểm tắm tự phát; hoạt động từ ngày 01/6/2025 đến ngày 31/8/2025.",
    "Ủy ban nhân dân các xã, thị trấn có điểm dạy bơi bảo đảm điện, nước sạch, mặt bằng lắp đặt bể bơi di động; vận động cha mẹ học sinh đưa đón con đến lớp.",
    "Hiệu trưởng các trường có tên tại Điều 1 lập danh sách học sinh, lấy cam kết của cha mẹ học sinh bằng văn bản, gửi Phòng Giáo dục và Đào tạo trước ngày 30/5/2025.",
]
OG04_ART4 = ("Điều 4. ", "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng phòng Giáo dục và Đào tạo, Trưởng phòng Tài chính - Kế hoạch, Trưởng phòng Văn hóa và Thông tin, Giám đốc Trung tâm Y tế huyện, Trưởng Công an huyện, Bí thư Huyện Đoàn, Chủ tịch Ủy ban nhân dân các xã, thị trấn và Hiệu trưởng các trường có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
OG04_RECIP = ["Nơi nhận:", "- Như Điều 4;", "- Sở GD&ĐT tỉnh (b/c);", "- Sở VH,TT&DL tỉnh (b/c);",
              "- TT Huyện ủy, TT HĐND huyện;", "- CT, các PCT UBND huyện;", "- Lưu: VT, GDĐT."]
OG04_SIGN = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(đã ký)", "", "Lò Văn Thuận"]


def _para(doc, text, bold=False, italic=False, align=None, size=13, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(N(text))
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def _abstract_of(doc, num_id):
    numbering = doc.part.numbering_part.element
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id):
            return num.find(qn("w:abstractNumId")).get(qn("w:val"))
    raise KeyError(num_id)


def _style_num_id(doc, style_name):
    return doc.styles[style_name].element.pPr.find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))


def _restart_list(doc, style_name, new_id):
    """New w:num on the style's own abstract numbering, restarting at 1 (Word's 'Restart at 1')."""
    abs_id = _abstract_of(doc, _style_num_id(doc, style_name))
    numbering = doc.part.numbering_part.element
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


def _list_item(doc, text, style_name, num_id=None):
    p = _para(doc, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, style=style_name)
    if num_id is not None:
        ppr = p._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(num_id))
        numpr.append(il)
        numpr.append(ni)
        ppr.insert(1, numpr)
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
    left.text = ""
    right.text = ""
    lp = left.paragraphs[0]
    lp.add_run(N("ỦY BAN NHÂN DÂN\nHUYỆN SUỐI LAM")).bold = True
    lp.add_run(N("\n-------\nSố: 1538/QĐ-UBND"))
    lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rp = right.paragraphs[0]
    rp.add_run(N("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")).bold = True
    rp.add_run(N("\n---------------\n"))
    rp.add_run(N("Suối Lam, ngày 26 tháng 5 năm 2025")).italic = True
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, t in enumerate(OG04_TITLE):
        _para(doc, t, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14 if i == 0 else 13)
    for t in OG04_BASIS:
        _para(doc, t, italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _para(doc, "QUYẾT ĐỊNH:", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _article(doc, *OG04_ART1)
    tb = doc.add_table(rows=len(OG04_TABLE), cols=len(OG04_TABLE[0]))
    tb.style = "Table Grid"
    for i, row in enumerate(OG04_TABLE):
        for j, val in enumerate(row):
            c = tb.rows[i].cells[j]
            c.text = ""
            run = c.paragraphs[0].add_run(N(val))
            run.bold = (i == 0 or row[0] == "")
            run.font.size = Pt(11)
    _article(doc, *OG04_ART2_HEAD)
    n2 = _restart_list(doc, "List Number", 201)
    for kind, t in OG04_ART2:
        if kind == "n":
            _list_item(doc, t, "List Number", n2)
        else:
            _list_item(doc, t, "List Bullet 2")
    _article(doc, *OG04_ART3_HEAD)
    n3 = _restart_list(doc, "List Number", 202)
    for t in OG04_ART3:
        _list_item(doc, t, "List Number", n3)
    _article(doc, *OG04_ART4)
    tail = doc.add_table(rows=1, cols=2)
    a, b = tail.rows[0].cells
    a.text = ""
    b.text = ""
    ap = a.paragraphs[0]
    ap.add_run(N(OG04_RECIP[0])).bold = True
    for line in OG04_RECIP[1:]:
        r = ap.add_run(N("\n" + line))
        r.font.size = Pt(11)
    bp = b.paragraphs[0]
    bp.add_run(N("\n".join(OG04_SIGN))).bold = True
    bp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = os.path.join(CORPUS, "og04_quyet_dinh_day_boi_he_suoi_lam.docx")
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build_pdf())
    print(build_docx())
