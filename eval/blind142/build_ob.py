"""Rebuild ob03 (.pdf, fpdf2) and ob04 (.docx, python-docx) of the blind142 set from the text below.
Run: /tmp/venv_ob/bin/python build_ob.py
"""
import os
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- ob03 (PDF)
OB03_HEAD_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH NAM KHÊ SƠN", "VĂN PHÒNG", "Số: 163/TB-VPUBND"]
OB03_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Nam Khê Sơn, ngày 27 tháng 6 năm 2025"]
OB03_TITLE = ["THÔNG BÁO",
              "Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh Tạ Thị Minh Khuê",
              "tại cuộc họp giao ban công tác phòng, chống đuối nước trẻ em dịp hè năm 2025"]
OB03_BODY = [
    ("P", "Chiều ngày 24/6/2025, tại Phòng họp số 2, trụ sở Ủy ban nhân dân tỉnh, đồng chí Tạ Thị Minh Khuê, Phó Chủ tịch Ủy ban nhân dân tỉnh, chủ trì cuộc họp giao ban công tác phòng, chống đuối nước trẻ em dịp hè năm 2025. Cuộc họp được kết nối trực tuyến đến 6 điểm cầu Ủy ban nhân dân các huyện, thành phố."),
    ("P", "Tham dự cuộc họp tại điểm cầu tỉnh có: đồng chí Nghiêm Văn Thịnh, Giám đốc Sở Giáo dục và Đào tạo; lãnh đạo các sở: Văn hóa, Thể thao và Du lịch, Y tế, Tài chính, Nông nghiệp và Môi trường; lãnh đạo Công an tỉnh, Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Báo và Phát thanh, Truyền hình Nam Khê Sơn và Văn phòng Ủy ban nhân dân tỉnh. Tại các điểm cầu huyện, thành phố có lãnh đạo Ủy ban nhân dân, Phòng Giáo dục và Đào tạo và Công an cấp huyện."),
    ("P", "Sau khi nghe Sở Giáo dục và Đào tạo báo cáo tình hình triển khai Chỉ thị số 08/CT-UBND ngày 10/4/2025 của Ủy ban nhân dân tỉnh và ý kiến của các đại biểu, Phó Chủ tịch Ủy ban nhân dân tỉnh Tạ Thị Minh Khuê kết luận như sau:"),
    ("H", "I. ĐÁNH GIÁ CHUNG"),
    ("P", "Các sở, ngành, địa phương đã triển khai Chỉ thị số 08/CT-UBND kịp thời, có nhiều cách làm sáng tạo. Đến ngày 20/6/2025, toàn tỉnh đã mở 148/260 lớp dạy bơi với 4.120 học sinh tham gia; Sở Văn hóa, Thể thao và Du lịch đã cấp giấy chứng nhận hướng dẫn viên bơi cho 126 giáo viên, vượt kế hoạch 120 giáo viên; 9/12 bể bơi lắp ghép đã lắp đặt xong và đưa vào sử dụng; 392/418 điểm nước nguy hiểm đã được cắm biển cảnh báo."),
    ("P", "Tuy nhiên, từ ngày 01/01 đến ngày 20/6/2025, toàn tỉnh vẫn xảy ra 6 vụ đuối nước làm 8 trẻ em tử vong (cùng kỳ năm 2024 là 11 em). Đặc biệt nghiêm trọng là vụ việc chiều ngày 14/6/2025 tại đập tràn Khe Nứa, xã Bến Giang, huyện Khê Thủy làm 3 học sinh lớp 6 tử vong; khu vực này đã có biển cảnh báo nhưng chưa có rào chắn và không có người giám sát vào cuối tuần. Huyện Sơn Lâm Bắc và huyện Bích Giang tiến độ mở lớp dạy bơi còn chậm, mới đạt dưới 40% kế hoạch; 26 điểm nước nguy hiểm tại huyện Sơn Lâm Bắc chưa được cắm biển cảnh báo."),
    ("H", "II. NHIỆM VỤ TRONG THỜI GIAN TỚI"),
    ("P", "1. Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch đôn đốc các địa phương hoàn thành 260 lớp dạy bơi trước ngày 15/8/2025; rà soát, lập danh sách học sinh từ lớp 3 đến lớp 9 chưa biết bơi để bố trí học trong đợt 2."),
    ("P", "2. Ủy ban nhân dân huyện Khê Thủy khẩn trương lắp rào chắn cứng tại đập tràn Khe Nứa trước ngày 30/6/2025; chỉ đạo Ủy ban nhân dân xã Bến Giang kiểm điểm trách nhiệm, báo cáo Ủy ban nhân dân tỉnh trước ngày 05/7/2025; mở thêm 6 lớp dạy bơi miễn phí tại xã Bến Giang và xã An Vĩnh Tây trong đợt 2."),
    ("P", "3. Ủy ban nhân dân huyện Sơn Lâm Bắc hoàn thành cắm biển cảnh báo tại 26 điểm nước nguy hiểm còn lại trước ngày 05/7/2025. Ủy ban nhân dân các huyện Sơn Lâm Bắc, Bích Giang bổ sung điểm dạy bơi, bảo đảm hoàn thành chỉ tiêu được giao."),
    ("P", "4. Sở Tài chính thẩm định, tham mưu Ủy ban nhân dân tỉnh bổ sung 600.000.000 đồng cho huyện Sơn Lâm Bắc để mua 3 bể bơi lắp ghép, trình trước ngày 10/7/2025."),
    ("P", "5. Sở Nông nghiệp và Môi trường chỉ đạo Công ty TNHH một thành viên Khai thác công trình thủy lợi Nam Khê Sơn lắp rào chắn, phao cứu sinh tại 15 đập tràn, cửa cống có người dân thường xuyên qua lại, hoàn thành trong tháng 7/2025."),
    ("P", "6. Công an tỉnh chỉ đạo Công an các xã tăng cường tuần tra tại khu vực sông Khê, hồ Đá Mài và các đập tràn từ 15 giờ đến 19 giờ các ngày thứ Bảy, Chủ nhật."),
    ("P", "7. Sở Y tế chỉ đạo các trạm y tế xã hướng dẫn người dân kỹ thuật sơ cứu đuối nước; phối hợp với Báo và Phát thanh, Truyền hình Nam Khê Sơn xây dựng video hướng dẫn sơ cứu, phát sóng trước ngày 15/7/2025."),
    ("P", "8. Đề nghị Tỉnh Đoàn chỉ đạo thành lập đội thanh niên tình nguyện cứu hộ tại các xã ven sông Khê, mỗi xã ít nhất 01 đội. Đề nghị Hội Liên hiệp Phụ nữ tỉnh tổ chức sinh hoạt chuyên đề \"Mẹ an tâm khi con học bơi\" tại 100% chi hội phụ nữ thôn ven sông."),
    ("P", "9. Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện các nội dung kết luận nêu trên; Sở Giáo dục và Đào tạo tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh trước ngày 25/8/2025."),
    ("P", "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./."),
]
OB03_RECIP = ["Nơi nhận:", "- PCT Tạ Thị Minh Khuê (b/c);", "- Các sở: GD&ĐT, VHTTDL, YT, TC, NN&MT;",
              "- Công an tỉnh; Tỉnh Đoàn; Hội LHPN tỉnh;", "- UBND các huyện, thành phố;",
              "- Báo và PT-TH Nam Khê Sơn;", "- Lưu: VT, KGVX."]
OB03_SIGN = ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "(đã ký)", "",
             "Khổng Minh Tuấn"]


def build_pdf():
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.add_font("DV", "I", FONT_I)
    pdf.add_page()
    y0 = pdf.get_y()
    for i, line in enumerate(OB03_HEAD_LEFT):
        pdf.set_font("DV", "B" if i < 3 else "", 9.5)
        pdf.set_xy(15, y0 + i * 5)
        pdf.cell(75, 5, N(line), align="C")
    for i, line in enumerate(OB03_HEAD_RIGHT):
        pdf.set_font("DV", "I" if i == 3 else "B", 9.5)
        pdf.set_xy(92, y0 + i * 5)
        pdf.cell(105, 5, N(line), align="C")
    pdf.set_y(y0 + 5 * 5 + 4)
    for i, line in enumerate(OB03_TITLE):
        pdf.set_font("DV", "B", 12 if i == 0 else 10.5)
        pdf.cell(0, 6, N(line), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in OB03_BODY:
        if kind == "H":
            pdf.set_font("DV", "B", 10.5)
            pdf.multi_cell(0, 6, N(text))
        else:
            pdf.set_font("DV", "", 10.5)
            pdf.multi_cell(0, 6, N(text), align="J")
        pdf.ln(1.5)
    pdf.ln(3)
    y1 = pdf.get_y()
    if y1 > 235:
        pdf.add_page()
        y1 = pdf.get_y()
    for i, line in enumerate(OB03_RECIP):
        pdf.set_font("DV", "B" if i == 0 else "", 9 if i == 0 else 8.5)
        pdf.set_xy(22, y1 + i * 4.5)
        pdf.cell(80, 4.5, N(line))
    for i, line in enumerate(OB03_SIGN):
        pdf.set_font("DV", "I" if line == "(đã ký)" else "B", 10)
        pdf.set_xy(112, y1 + i * 5)
        pdf.cell(80, 5, N(line), align="C")
    out = os.path.join(CORPUS, "ob03_thong_bao_ket_luan_giao_ban_he.pdf")
    pdf.output(out)
    return out


# ---------------------------------------------------------------- ob04 (DOCX)
OB04_TITLE = ["BÁO CÁO",
              "Kết quả công tác phòng, chống đuối nước và dạy bơi cho học sinh năm 2024;",
              "phương hướng, nhiệm vụ dịp hè năm 2025"]
# kinds: P paragraph, H1/H2 Word headings, B bulleted list, NUM numbered list (Word numbering)
OB04_BEFORE = [
    ("C", "Kính gửi: Ủy ban nhân dân tỉnh Nam Khê Sơn"),
    ("P", "Thực hiện Quyết định số 1234/QĐ-UBND ngày 12/6/2024 của Ủy ban nhân dân tỉnh ban hành Đề án phổ cập bơi an toàn cho học sinh tỉnh Nam Khê Sơn giai đoạn 2024 - 2030, Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện năm 2024 và phương hướng, nhiệm vụ dịp hè năm 2025 như sau:"),
    ("H1", "I. KẾT QUẢ THỰC HIỆN NĂM 2024"),
    ("H2", "1. Công tác tuyên truyền, giáo dục kỹ năng"),
    ("P", "Sở đã chỉ đạo 100% cơ sở giáo dục phổ thông lồng ghép nội dung phòng, chống đuối nước vào môn Giáo dục thể chất và hoạt động trải nghiệm; 612 trường học tổ chức ký cam kết với cha mẹ học sinh trước khi nghỉ hè với 218.400 bản cam kết. Sở phối hợp với Tỉnh Đoàn tổ chức \"Ngày hội bơi an toàn\" tại 6/6 huyện, thành phố với khoảng 3.500 học sinh tham gia."),
    ("H2", "2. Tổ chức dạy bơi an toàn"),
    ("P", "Năm 2024, toàn tỉnh tổ chức 212 lớp dạy bơi an toàn với 6.350 học sinh tham gia, trong đó 4.870 em bơi được 25 m liên tục, đạt 76,7%. Tỷ lệ học sinh tiểu học và trung học cơ sở biết bơi an toàn toàn tỉnh đạt 31,6%, tăng 4,4 điểm phần trăm so với năm 2023 (27,2%). Toàn tỉnh hiện có 41 bể bơi phục vụ dạy bơi, gồm 23 bể cố định và 18 bể lắp ghép đặt tại trường học."),
    ("T", "Bảng 1. Kết quả dạy bơi và số trẻ em tử vong do đuối nước năm 2024 theo đơn vị"),
]
OB04_TABLE = [
    ["TT", "Đơn vị", "Số lớp dạy bơi", "Số học sinh tham gia", "Số học sinh bơi được 25 m",
     "Số bể bơi", "Số trẻ em tử vong do đuối nước"],
    ["1", "Thành phố Khê Sơn", "64", "2.180", "1.790", "15", "2"],
    ["2", "Huyện Khê Thủy", "38", "1.020", "760", "6", "7"],
    ["3", "Huyện Sơn Lâm Bắc", "31", "860", "610", "5", "5"],
    ["4", "Huyện Bích Giang", "29", "790", "580", "6", "4"],
    ["5", "Huyện Ngọc Trạch", "27", "770", "590", "5", "3"],
    ["6", "Huyện Đồng Lạc Thượng", "23", "730", "540", "4", "2"],
    ["", "Tổng cộng", "212", "6.350", "4.870", "41", "23"],
]
OB04_AFTER = [
    ("H2", "3. Kinh phí thực hiện"),
    ("P", "Tổng kinh phí thực hiện năm 2024 là 3,85 tỷ đồng, trong đó ngân sách tỉnh 2,1 tỷ đồng, nguồn xã hội hóa 1,75 tỷ đồng. Công ty Cổ phần Nước sạch Nam Khê Sơn tài trợ 2 bể bơi lắp ghép cho huyện Ngọc Trạch trị giá 380 triệu đồng."),
    ("H2", "4. Tình hình đuối nước trẻ em"),
    ("P", "Năm 2024, toàn tỉnh xảy ra 19 vụ đuối nước làm 23 trẻ em tử vong, giảm 6 em so với năm 2023; trong đó 15 em là học sinh, 14 vụ xảy ra trong dịp hè. Huyện Khê Thủy có số trẻ em tử vong cao nhất với 7 em, trong đó 4 em tử vong tại sông Khê và hồ Đá Mài."),
    ("H1", "II. TỒN TẠI, HẠN CHẾ"),
    ("B", "Toàn tỉnh có 418 điểm nước nguy hiểm, trong đó còn 126 điểm chưa có biển cảnh báo, rào chắn."),
    ("B", "Cả tỉnh mới có 58 giáo viên thể dục có giấy chứng nhận hướng dẫn viên bơi; nhiều lớp phải thuê huấn luyện viên bên ngoài, chi phí cao."),
    ("B", "Tỷ lệ học sinh biết bơi an toàn ở vùng nông thôn, miền núi còn thấp; huyện Khê Thủy mới đạt 24,8%."),
    ("H1", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ DỊP HÈ NĂM 2025"),
    ("P", "Phấn đấu tỷ lệ học sinh tiểu học và trung học cơ sở biết bơi an toàn đạt 38%; tổ chức ít nhất 260 lớp dạy bơi với khoảng 7.800 học sinh tham gia. Sở Giáo dục và Đào tạo giao nhiệm vụ cụ thể như sau:"),
    ("NUM", "Giao Phòng Giáo dục thể chất và Công tác học sinh chủ trì, phối hợp với Phòng Giáo dục Tiểu học xây dựng hướng dẫn chuyên môn dạy bơi an toàn hè 2025, trình Giám đốc Sở trước ngày 25/4/2025."),
    ("NUM", "Phòng Giáo dục và Đào tạo các huyện, thành phố chủ trì rà soát danh sách học sinh chưa biết bơi, phối hợp với Ủy ban nhân dân cấp xã bố trí điểm dạy bơi; hoàn thành trước ngày 15/5/2025."),
    ("NUM", "Phòng Kế hoạch - Tài chính tổng hợp nhu cầu 12 bể bơi lắp ghép, phối hợp với Sở Tài chính tham mưu nguồn kinh phí."),
    ("NUM", "Các cơ sở giáo dục tổ chức ký cam kết với cha mẹ học sinh trước ngày 25/5/2025 và bàn giao học sinh về địa phương sinh hoạt hè."),
    ("H1", "IV. ĐỀ XUẤT, KIẾN NGHỊ"),
    ("B", "Đề nghị Ủy ban nhân dân tỉnh bố trí 2,4 tỷ đồng để mua sắm 12 bể bơi lắp ghép cho các trường học vùng nông thôn."),
    ("B", "Đề nghị Sở Văn hóa, Thể thao và Du lịch tập huấn, cấp giấy chứng nhận hướng dẫn viên bơi cho 120 giáo viên thể dục trước khi học sinh nghỉ hè."),
    ("B", "Đề nghị Ủy ban nhân dân tỉnh ban hành Chỉ thị về tăng cường công tác phòng, chống đuối nước cho trẻ em, học sinh dịp hè năm 2025."),
    ("P", "Thông tin liên hệ: ông Vi Quốc Hưng, Trưởng phòng Giáo dục thể chất và Công tác học sinh, điện thoại 0203 3856 712."),
    ("P", "Trên đây là báo cáo của Sở Giáo dục và Đào tạo tỉnh Nam Khê Sơn./."),
]
OB04_RECIP = ["Nơi nhận:", "- Như trên;", "- Bộ GD&ĐT (b/c);", "- Giám đốc, các PGĐ Sở;",
              "- Phòng GD&ĐT các huyện, thành phố;", "- Lưu: VT, GDTC&CTHS."]
OB04_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(đã ký)", "", "Mạc Đình Lợi"]


def _para(doc, text, bold=False, italic=False, align=None, size=13, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(N(text))
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def _emit(doc, items):
    for kind, t in items:
        if kind == "H1":
            doc.add_heading(N(t), level=1)
        elif kind == "H2":
            doc.add_heading(N(t), level=2)
        elif kind == "B":
            _para(doc, t, style="List Bullet")
        elif kind == "NUM":
            _para(doc, t, style="List Number")
        elif kind == "C":
            _para(doc, t, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "T":
            _para(doc, t, bold=True, italic=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
        else:
            _para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY)


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    head = doc.add_table(rows=1, cols=2)
    left, right = head.rows[0].cells
    left.text = ""
    right.text = ""
    lp = left.paragraphs[0]
    lp.add_run(N("UBND TỈNH NAM KHÊ SƠN\n"))
    lp.add_run(N("SỞ GIÁO DỤC VÀ ĐÀO TẠO")).bold = True
    lp.add_run(N("\n-------\nSố: 96/BC-SGDĐT"))
    lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rp = right.paragraphs[0]
    rp.add_run(N("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")).bold = True
    rp.add_run(N("\n---------------\n"))
    rp.add_run(N("Nam Khê Sơn, ngày 18 tháng 3 năm 2025")).italic = True
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, t in enumerate(OB04_TITLE):
        _para(doc, t, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14 if i == 0 else 13)
    _emit(doc, OB04_BEFORE)
    tb = doc.add_table(rows=len(OB04_TABLE), cols=len(OB04_TABLE[0]))
    tb.style = "Table Grid"
    for i, row in enumerate(OB04_TABLE):
        for j, val in enumerate(row):
            c = tb.rows[i].cells[j]
            c.text = ""
            run = c.paragraphs[0].add_run(N(val))
            run.bold = (i == 0 or row[0] == "")
            run.font.size = Pt(11)
    _para(doc, "(Nguồn: Phòng Giáo dục và Đào tạo các huyện, thành phố; số liệu đến ngày 31/12/2024)",
          italic=True, size=11)
    _emit(doc, OB04_AFTER)
    tail = doc.add_table(rows=1, cols=2)
    a, b = tail.rows[0].cells
    a.text = ""
    b.text = ""
    ap = a.paragraphs[0]
    ap.add_run(N(OB04_RECIP[0])).bold = True
    for line in OB04_RECIP[1:]:
        r = ap.add_run(N("\n" + line))
        r.font.size = Pt(11)
    bp = b.paragraphs[0]
    bp.add_run(N("\n".join(OB04_SIGN))).bold = True
    bp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = os.path.join(CORPUS, "ob04_bao_cao_ket_qua_day_boi_2024.docx")
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build_pdf())
    print(build_docx())
