#!/usr/bin/env python3
"""Rebuild nv03 (.pdf, fpdf2) and nv04 (.docx, python-docx) from the text kept here."""
import os
from fpdf import FPDF
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------- nv03 (PDF)
NV03_LEFT = ["UBND TỈNH LƯƠNG SƠN ĐÔNG", "SỞ Y TẾ", "Số: 905/SYT-NVY",
             "V/v hướng dẫn lấy mẫu, bảo quản và", "vận chuyển mẫu nước sinh hoạt"]
NV03_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
              "Lương Sơn Đông, ngày 24 tháng 02 năm 2026", "", ""]
NV03_BODY = [
    ("c", "Kính gửi:"),
    ("i", "- Trung tâm Kiểm soát bệnh tật tỉnh;"),
    ("i", "- Trung tâm Y tế các huyện;"),
    ("i", "- Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh."),
    ("p", "Căn cứ Quy chuẩn kỹ thuật quốc gia QCVN 01-1:2018/BYT về chất lượng nước sạch sử dụng cho mục đích sinh hoạt;"),
    ("p", "Thực hiện Chỉ thị số 14/CT-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh về tăng cường cấp nước sạch và giám sát chất lượng nước sinh hoạt khu vực nông thôn bằng ứng dụng khoa học, công nghệ, để bảo đảm kết quả xét nghiệm chính xác, thống nhất giữa các đơn vị, Sở Y tế đề nghị các đơn vị thực hiện một số nội dung sau:"),
    ("h", "1. Vị trí và số lượng mẫu"),
    ("p", "Mỗi công trình cấp nước tập trung lấy tối thiểu 03 mẫu, gồm 01 mẫu tại bể chứa sau xử lý và 02 mẫu tại vòi sử dụng cuối mạng lưới. Tại trường học, trạm y tế lấy 01 mẫu tại vòi cấp nước uống sau thiết bị xử lý. Với hộ gia đình dùng giếng khoan, giếng đào, lấy mẫu trực tiếp từ nguồn trước khi qua bộ lọc và 01 mẫu sau bộ lọc nếu có."),
    ("h", "2. Dụng cụ và thể tích mẫu"),
    ("p", "a) Mẫu xét nghiệm vi sinh (Coliform, E.coli): 500 ml, đựng trong chai thủy tinh vô trùng, khử trùng vòi bằng cồn 70 độ và xả nước 2 - 3 phút trước khi lấy."),
    ("p", "b) Mẫu xét nghiệm hóa lý: 2 lít, đựng trong chai nhựa PE sạch, tráng chai 3 lần bằng chính nước cần lấy."),
    ("p", "c) Mẫu xét nghiệm kim loại (Asen, Mangan, Sắt): 500 ml, cố định bằng axit nitric đến pH nhỏ hơn 2 ngay tại hiện trường."),
    ("h", "3. Bảo quản và vận chuyển"),
    ("p", "Mẫu được bảo quản trong thùng lạnh ở nhiệt độ từ 2 đến 8 độ C, tránh ánh sáng trực tiếp. Mẫu vi sinh phải chuyển về phòng xét nghiệm trong vòng 24 giờ kể từ khi lấy; mẫu hóa lý không quá 72 giờ. Chỉ tiêu Clo dư, pH và độ đục đo nhanh tại hiện trường bằng thiết bị cầm tay đã hiệu chuẩn."),
    ("h", "4. Ghi chép, mã hóa và cập nhật dữ liệu"),
    ("p", "Mỗi mẫu có phiếu lấy mẫu theo mẫu thống nhất, mã mẫu đặt theo thứ tự mã huyện - mã xã - số thứ tự; chụp ảnh vị trí lấy mẫu có tọa độ GPS. Kết quả xét nghiệm nhập vào phần mềm \"Giám sát nước sạch LSĐ\" trong vòng 48 giờ sau khi có kết quả."),
    ("h", "5. Phân công thực hiện"),
    ("p", "a) Trung tâm Kiểm soát bệnh tật tỉnh chủ trì tập huấn kỹ thuật lấy mẫu cho cán bộ Trung tâm Y tế các huyện và Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh, hoàn thành trước ngày 06/3/2026; thực hiện ngoại kiểm tối thiểu 10% số mẫu của mỗi đợt."),
    ("p", "b) Trung tâm Y tế các huyện lấy mẫu giám sát định kỳ hằng quý tại trường học, trạm y tế và công trình cấp nước tập trung; gửi kết quả về Trung tâm Kiểm soát bệnh tật tỉnh trước ngày 20 của tháng cuối quý."),
    ("p", "c) Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh phối hợp với Trung tâm Y tế huyện khi lấy mẫu tại các xã thí điểm; mẫu không đạt phải báo cáo Sở Y tế và thông báo cho Ủy ban nhân dân xã trong vòng 24 giờ."),
    ("h", "6. Xử lý khi mẫu không đạt"),
    ("p", "Khi chỉ tiêu vi sinh không đạt, đơn vị quản lý công trình phải khử trùng bổ sung và lấy mẫu lại trong vòng 07 ngày. Khi chỉ tiêu Asen vượt quy chuẩn, khuyến cáo người dân tạm dừng dùng nguồn nước đó để ăn uống và báo cáo ngay Sở Y tế để phối hợp xử lý."),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc đề nghị liên hệ ông Bế Văn Lũy, Phó Trưởng phòng Nghiệp vụ Y, Sở Y tế, điện thoại 0203 3856 214 để được hướng dẫn./."),
]
NV03_RECIPIENTS = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Sở Nông nghiệp và Môi trường;",
                   "- Giám đốc Sở (b/c);", "- Lưu: VT, NVY."]
NV03_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Lã Thị Huyền Nhung"]


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    half = w / 2
    y0 = pdf.get_y()
    for i, (l, r) in enumerate(zip(NV03_LEFT, NV03_RIGHT)):
        pdf.set_font("DV", "B" if i < 2 else "", 10)
        pdf.set_xy(pdf.l_margin, y0 + i * 5.5)
        pdf.cell(half - 8, 5.5, l, align="C")
        pdf.set_font("DV", "B" if i < 2 else "", 10)
        pdf.set_xy(pdf.l_margin + half - 8, y0 + i * 5.5)
        pdf.cell(half + 8, 5.5, r, align="C")
    pdf.set_xy(pdf.l_margin, y0 + 6 * 5.5 + 2)
    for kind, text in NV03_BODY:
        if kind == "c":
            pdf.set_font("DV", "B", 11)
            pdf.cell(w, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "i":
            pdf.set_font("DV", "", 11)
            pdf.set_x(pdf.l_margin + 40)
            pdf.multi_cell(w - 40, 6, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.set_font("DV", "B", 11)
            pdf.multi_cell(w, 6, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DV", "", 11)
            pdf.multi_cell(w, 6, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(3)
    # signature block (right), then the recipients list (left) below it
    for t in NV03_SIGN:
        pdf.set_font("DV", "B", 11)
        pdf.set_x(pdf.l_margin + half)
        pdf.cell(half, 6, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for i, t in enumerate(NV03_RECIPIENTS):
        pdf.set_font("DV", "B" if i == 0 else "", 9)
        pdf.cell(half, 5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------- nv04 (DOCX)
NV04_HEADER = [("ỦY BAN NHÂN DÂN\nHUYỆN VĨNH KHÊ HẠ\nSố: 63/BC-UBND",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nVĩnh Khê Hạ, ngày 08 tháng 4 năm 2026")]
NV04_TITLE = ["BÁO CÁO", "Kết quả xét nghiệm chất lượng nước sinh hoạt đợt 1 năm 2026 và tiến độ lắp đặt thiết bị xử lý nước tại trường học, trạm y tế"]
NV04_BEFORE = [
    ("c", "Kính gửi: Ủy ban nhân dân tỉnh Lương Sơn Đông."),
    ("p", "Thực hiện Chỉ thị số 14/CT-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh và Kế hoạch số 27/KH-TTNS ngày 09/02/2026 của Trung tâm Nước sạch và Vệ sinh môi trường nông thôn, Ủy ban nhân dân huyện Vĩnh Khê Hạ báo cáo kết quả thực hiện quý I/2026 như sau:"),
    ("h", "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"),
    ("p", "1. Ủy ban nhân dân huyện đã ban hành Kế hoạch số 19/KH-UBND ngày 16/02/2026 triển khai Chỉ thị số 14/CT-UBND trên địa bàn huyện; thành lập Tổ công tác liên ngành do Phòng Nông nghiệp và Môi trường huyện làm thường trực, gồm Phòng Nông nghiệp và Môi trường, Trung tâm Y tế huyện, Phòng Giáo dục và Đào tạo, Phòng Tài chính - Kế hoạch."),
    ("p", "2. Ngày 04/3/2026, tại Hội trường Ủy ban nhân dân huyện, Trung tâm Kiểm soát bệnh tật tỉnh phối hợp tổ chức tập huấn kỹ thuật lấy mẫu nước theo Công văn số 905/SYT-NVY của Sở Y tế cho 46 học viên là cán bộ Trung tâm Y tế huyện, trạm y tế xã và cán bộ phụ trách nông nghiệp xã."),
    ("h", "II. KẾT QUẢ XÉT NGHIỆM ĐỢT 1"),
    ("p", "Từ ngày 10/3/2026 đến ngày 25/3/2026, Trung tâm NS&VSMTNT phối hợp với Trung tâm Y tế huyện lấy 385 mẫu nước tại 06 xã thí điểm. Kết quả cụ thể như sau:"),
]
NV04_TABLE = [
    ["Xã", "Số mẫu", "Đạt (%)", "Chỉ tiêu không đạt"],
    ["Nậm Thoa", "60", "68,3", "Coliform, E.coli (giếng đào, bể chứa hộ gia đình)"],
    ["Hòa Liễu", "85", "84,7", "Clo dư thấp tại vòi cuối mạng lưới"],
    ["Đông Mẫn", "72", "75,0", "Mangan, độ đục (nguồn nước suối)"],
    ["Phú Trạch Tây", "54", "61,1", "Asen, Coliform (giếng khoan thôn Khuổi Sâm)"],
    ["Khe Lũng", "48", "58,3", "E.coli, pH (công trình tự chảy)"],
    ["Hợp Tiến Đông", "66", "80,3", "Độ đục sau mưa lớn"],
    ["Toàn huyện", "385", "73,0", "-"],
]
NV04_AFTER = [
    ("p", "Tỷ lệ mẫu đạt chung toàn huyện là 73,0% (281/385 mẫu), cao hơn mức 71,6% của toàn tỉnh năm 2025. Xã Khe Lũng có tỷ lệ đạt thấp nhất; xã Phú Trạch Tây có 09 mẫu giếng khoan vượt quy chuẩn về Asen, tập trung tại thôn Khuổi Sâm. Trung tâm Kiểm soát bệnh tật tỉnh đã ngoại kiểm 39 mẫu, kết quả trùng khớp 36 mẫu."),
    ("h", "III. TIẾN ĐỘ LẮP ĐẶT THIẾT BỊ VÀ HỖ TRỢ BỘ LỌC"),
    ("p", "1. Đến ngày 31/3/2026, đã lắp đặt, bàn giao thiết bị xử lý nước tại 17/42 điểm, gồm 13 điểm trường và 04 trạm y tế xã; các điểm còn lại đang chờ kết quả lựa chọn nhà thầu đợt 2."),
    ("p", "2. Đã cấp 214 bộ lọc nước hộ gia đình cho hộ nghèo, hộ cận nghèo tại xã Khe Lũng và xã Nậm Thoa."),
    ("p", "3. Kinh phí đã giải ngân 1.043 triệu đồng, đạt 32,9% kế hoạch vốn."),
    ("h", "IV. KHÓ KHĂN, VƯỚNG MẮC"),
    ("p", "- Một số điểm trường lẻ ở xã Khe Lũng chưa có điện lưới ổn định, chưa đủ điều kiện lắp hệ thống lọc RO."),
    ("p", "- Chưa có giải pháp xử lý Asen quy mô hộ gia đình được thẩm định; người dân thôn Khuổi Sâm vẫn phải dùng nước giếng khoan."),
    ("p", "- Nhiều công trình tự chảy xuống cấp, tổ quản lý cộng đồng thiếu kinh phí khử trùng."),
    ("h", "V. NHIỆM VỤ QUÝ II/2026 VÀ KIẾN NGHỊ"),
    ("p", "1. Giao Phòng Nông nghiệp và Môi trường huyện chủ trì, phối hợp với Trung tâm Y tế huyện tổng hợp danh sách điểm không đạt, đề xuất phương án xử lý, báo cáo Ủy ban nhân dân huyện trước ngày 20/4/2026."),
    ("p", "2. Trung tâm Y tế huyện lấy mẫu lại 100% điểm không đạt tại xã Khe Lũng và xã Phú Trạch Tây, hoàn thành trước ngày 30/4/2026."),
    ("p", "3. Ủy ban nhân dân xã Phú Trạch Tây phối hợp với Trung tâm NS&VSMTNT khảo sát nguồn nước thay thế cho thôn Khuổi Sâm; Phòng Giáo dục và Đào tạo hướng dẫn các trường cử giáo viên phụ trách thiết bị sau bàn giao."),
    ("p", "4. Kiến nghị Ủy ban nhân dân tỉnh bổ sung 650 triệu đồng để xử lý Asen tại thôn Khuổi Sâm, xã Phú Trạch Tây; đề nghị Sở Khoa học và Công nghệ hỗ trợ lựa chọn công nghệ khử Asen phù hợp."),
    ("p", "Người tổng hợp: ông Hà Quang Vịnh, chuyên viên Phòng Nông nghiệp và Môi trường huyện, điện thoại 0975 218 604."),
]
NV04_RECIPIENTS = "Nơi nhận:\n- Như trên;\n- Sở Nông nghiệp và Môi trường;\n- Sở Y tế;\n- Trung tâm NS&VSMTNT;\n- TT Huyện ủy, TT HĐND huyện;\n- Lưu: VT, NNMT."
NV04_SIGN = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nMạc Thị Quyên"


def _cell_text(cell, text, bold=False, size=12, center=True):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    hdr = doc.add_table(rows=1, cols=2)
    _cell_text(hdr.rows[0].cells[0], NV04_HEADER[0][0], bold=True)
    _cell_text(hdr.rows[0].cells[1], NV04_HEADER[0][1], bold=True)
    for i, t in enumerate(NV04_TITLE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.bold = True
    for kind, text in NV04_BEFORE:
        p = doc.add_paragraph()
        r = p.add_run(text)
        if kind == "h":
            r.bold = True
        if kind == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = doc.add_table(rows=len(NV04_TABLE), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(NV04_TABLE):
        for j, val in enumerate(row):
            _cell_text(t.rows[i].cells[j], val, bold=(i == 0 or i == len(NV04_TABLE) - 1), size=12, center=(j != 3))
    for kind, text in NV04_AFTER:
        p = doc.add_paragraph()
        r = p.add_run(text)
        if kind == "h":
            r.bold = True
    tail = doc.add_table(rows=1, cols=2)
    _cell_text(tail.rows[0].cells[0], NV04_RECIPIENTS, size=11, center=False)
    _cell_text(tail.rows[0].cells[1], NV04_SIGN, bold=True)
    doc.save(path)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_pdf(os.path.join(CORPUS, "nv03_cong_van_905_syt_lay_mau_nuoc.pdf"))
    build_docx(os.path.join(CORPUS, "nv04_bao_cao_63_ket_qua_xet_nghiem.docx"))
    print("built nv03 pdf and nv04 docx")
