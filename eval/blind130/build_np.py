"""Rebuild np03 (.pdf, fpdf2) and np04 (.docx, python-docx) of the blind130 set from the text below.
Run: /work/main/.venv/bin/python build_np.py
"""
import os
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- np03 (PDF)
NP03_HEAD_LEFT = ["ỦY BAN NHÂN DÂN TỈNH THANH KHÊ THƯỢNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                  "Số: 412/SNNMT-TTBVTV",
                  "V/v hướng dẫn sử dụng thiết bị bay không", "người lái phun thuốc bảo vệ thực vật"]
NP03_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Thanh Khê Thượng, ngày 10 tháng 3 năm 2026"]

NP03_BODY = [
    ("K", "Kính gửi:"),
    ("L", "- Ủy ban nhân dân các huyện, thị xã, thành phố;"),
    ("L", "- Chi cục Trồng trọt và Bảo vệ thực vật;"),
    ("L", "- Các hợp tác xã dịch vụ nông nghiệp, tổ chức, cá nhân cung cấp dịch vụ phun thuốc."),
    ("P", "Thực hiện Chỉ thị số 09/CT-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh về tăng cường ứng dụng khoa học, công nghệ trong dự báo và phòng trừ sinh vật gây hại cây trồng, trong năm 2025 toàn tỉnh có 63 tổ chức, cá nhân sử dụng 118 thiết bị bay không người lái phun thuốc bảo vệ thực vật trên diện tích khoảng 14.500 ha lúa. Bên cạnh hiệu quả về năng suất lao động, đã xảy ra một số trường hợp thuốc bay sang ao nuôi thủy sản và khu dân cư, gây bức xúc trong nhân dân. Để bảo đảm an toàn, hiệu quả, Sở Nông nghiệp và Môi trường đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:"),
    ("H", "1. Điều kiện đối với tổ chức, cá nhân cung cấp dịch vụ phun thuốc"),
    ("P", "a) Đăng ký hoạt động dịch vụ với Ủy ban nhân dân cấp xã nơi thực hiện phun, kèm danh sách thiết bị và người điều khiển, chậm nhất 07 ngày trước khi bắt đầu mùa vụ."),
    ("P", "b) Người điều khiển phải có giấy chứng nhận hoàn thành khóa tập huấn an toàn phun thuốc bảo vệ thực vật bằng thiết bị bay không người lái do Chi cục Trồng trọt và Bảo vệ thực vật hoặc cơ sở đào tạo được công nhận cấp."),
    ("P", "c) Chỉ sử dụng thuốc bảo vệ thực vật có trong Danh mục được phép sử dụng tại Việt Nam; không pha trộn quá 02 loại thuốc trong một bình phun."),
    ("H", "2. Yêu cầu kỹ thuật khi phun"),
    ("P", "a) Độ cao bay từ 2 m đến 3 m tính từ mặt tán cây; tốc độ bay không quá 6 m/giây; lượng nước pha tối thiểu 16 lít/ha đối với cây lúa."),
    ("P", "b) Không phun khi tốc độ gió vượt quá 5 m/giây, khi trời đang mưa hoặc dự báo có mưa trong vòng 2 giờ, khi nhiệt độ không khí trên 35°C; không phun trong khung giờ từ 11 giờ đến 14 giờ."),
    ("P", "c) Giữ khoảng cách tối thiểu 100 m đến khu dân cư, trường học, cơ sở y tế; 30 m đến nguồn nước sinh hoạt, ao hồ nuôi trồng thủy sản; 50 m đến khu nuôi ong và chuồng trại chăn nuôi tập trung."),
    ("H", "3. Thông báo trước và sau khi phun"),
    ("P", "a) Tổ chức, cá nhân cung cấp dịch vụ thông báo bằng văn bản hoặc tin nhắn cho Ủy ban nhân dân cấp xã ít nhất 24 giờ trước khi phun, ghi rõ cánh đồng, diện tích, loại thuốc và thời gian phun."),
    ("P", "b) Ủy ban nhân dân cấp xã thông báo trên hệ thống loa truyền thanh cho người dân biết trước ít nhất 12 giờ; hộ nuôi ong trong bán kính 1 km được thông báo trực tiếp."),
    ("P", "c) Sau khi phun, cắm biển cảnh báo tại bờ ruộng trong thời gian ít nhất 48 giờ; thu gom vỏ bao bì thuốc vào bể chứa theo quy định."),
    ("H", "4. Ghi chép nhật ký và báo cáo"),
    ("P", "Mỗi thiết bị phải có sổ nhật ký phun ghi ngày, giờ, địa điểm, diện tích, tên thuốc, liều lượng và người điều khiển; lưu giữ nhật ký tối thiểu 02 năm. Tổ chức dịch vụ báo cáo diện tích đã phun cho Trạm Trồng trọt và Bảo vệ thực vật huyện định kỳ hằng tháng, trước ngày 05 của tháng sau."),
    ("H", "5. Trách nhiệm của các cơ quan, đơn vị"),
    ("P", "a) Giao Chi cục Trồng trọt và Bảo vệ thực vật chủ trì hướng dẫn, tập huấn, kiểm tra việc thực hiện Văn bản này; tổng hợp danh sách tổ chức, cá nhân cung cấp dịch vụ phun thuốc toàn tỉnh trước ngày 31/3/2026; công khai danh sách trên Hệ thống cảnh báo sinh vật gây hại khi hệ thống vận hành."),
    ("P", "b) Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo Ủy ban nhân dân các xã tiếp nhận đăng ký, thông báo lịch phun và xử lý các trường hợp vi phạm theo thẩm quyền; Trạm Trồng trọt và Bảo vệ thực vật huyện phối hợp Phòng Kinh tế huyện kiểm tra đột xuất ít nhất 01 lần mỗi vụ."),
    ("P", "c) Các hợp tác xã dịch vụ nông nghiệp phối hợp với tổ chức dịch vụ xây dựng lịch phun đồng loạt theo bản tin dự báo, ưu tiên các cánh đồng đang có cảnh báo cấp 2."),
    ("P", "Ủy ban nhân dân các huyện, thị xã, thành phố báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường (qua Chi cục Trồng trọt và Bảo vệ thực vật) trước ngày 20/6/2026. Thông tin chi tiết liên hệ ông Lê Thanh Phong, Phó Chi cục trưởng, điện thoại 0235 3812 467, thư điện tử phonglt.ttbvtv@thanhkhethuong.gov.vn."),
    ("P", "Sở Nông nghiệp và Môi trường đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./."),
]
NP03_RECIP = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc Sở (b/c);",
              "- Cục Bảo vệ thực vật;", "- Lưu: VT, TTBVTV."]
NP03_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(đã ký)", "", "Trịnh Minh Luân"]


def build_pdf():
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, 15)
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSerif.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSerif-Italic.ttf")
    pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_font("DV", "B", 9)
    for i, line in enumerate(NP03_HEAD_LEFT):
        if i >= 3:
            pdf.set_font("DV", "", 8.5)
        pdf.set_xy(15, y0 + i * 4.6)
        pdf.cell(80, 4.6, N(line), align="C")
    pdf.set_font("DV", "B", 9)
    for i, line in enumerate(NP03_HEAD_RIGHT):
        if i == 3:
            pdf.set_font("DV", "I", 9)
        pdf.set_xy(98, y0 + i * 4.6)
        pdf.cell(100, 4.6, N(line), align="C")
    pdf.set_y(y0 + 6 * 4.6)
    for kind, text in NP03_BODY:
        if kind == "K":
            pdf.set_font("DV", "B", 10)
            pdf.set_x(45)
            pdf.multi_cell(0, 5, N(text))
        elif kind == "L":
            pdf.set_font("DV", "", 10)
            pdf.set_x(55)
            pdf.multi_cell(0, 5, N(text))
        elif kind == "H":
            pdf.set_font("DV", "B", 10)
            pdf.multi_cell(0, 5, N(text))
        else:
            pdf.set_font("DV", "", 10)
            pdf.multi_cell(0, 5, N(text), align="J")
        pdf.ln(0.8)
    pdf.ln(2)
    y1 = pdf.get_y()
    if y1 > 240:
        pdf.add_page()
        y1 = pdf.get_y()
    for i, line in enumerate(NP03_RECIP):
        pdf.set_font("DV", "B" if i == 0 else "", 9 if i == 0 else 8.5)
        pdf.set_xy(20, y1 + i * 4.3)
        pdf.cell(80, 4.3, N(line))
    for i, line in enumerate(NP03_SIGN):
        pdf.set_font("DV", "B" if i in (0, 1, 5) else "I", 10)
        pdf.set_xy(110, y1 + i * 5)
        pdf.cell(85, 5, N(line), align="C")
    out = os.path.join(CORPUS, "np03_cong_van_phun_thuoc_bang_drone.pdf")
    pdf.output(out)
    return out


# ---------------------------------------------------------------- np04 (DOCX)
NP04_TITLE = ["BÁO CÁO",
              "Kết quả thực hiện Chỉ thị số 09/CT-UBND và tình hình sinh vật gây hại lúa",
              "vụ Hè Thu 2025, vụ Đông Xuân 2025 - 2026 trên địa bàn huyện Vĩnh Đà"]
NP04_BEFORE = [
    ("P", "Thực hiện Chỉ thị số 09/CT-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh và Kế hoạch số 27/KH-CCTTBVTV ngày 05/02/2026 của Chi cục Trồng trọt và Bảo vệ thực vật, Ủy ban nhân dân huyện Vĩnh Đà báo cáo kết quả thực hiện như sau:"),
    ("H", "I. KẾT QUẢ THỰC HIỆN"),
    ("H", "1. Công tác chỉ đạo"),
    ("P", "Ủy ban nhân dân huyện đã kiện toàn Ban Chỉ đạo phòng, chống dịch hại cây trồng huyện tại Quyết định số 318/QĐ-UBND ngày 24/02/2026, do đồng chí Phó Chủ tịch Ủy ban nhân dân huyện làm Trưởng ban; bố trí 420.000.000 đồng ngân sách huyện để đối ứng lắp đặt bẫy đèn và hỗ trợ mô hình trình diễn."),
    ("H", "2. Lắp đặt bẫy đèn và số liệu theo dõi"),
    ("P", "Trong quý I/2026, huyện đã phối hợp với Chi cục lắp đặt xong 28 bẫy đèn thông minh, nâng tổng số bẫy đèn trên địa bàn lên 41 bẫy tại 12/12 xã trọng điểm lúa. Tuy nhiên, đến ngày 15/4/2026 mới có 19 bẫy truyền được số liệu tự động; 9 bẫy còn lại do sóng điện thoại yếu phải ghi chép thủ công."),
    ("P", "Số liệu bẫy đèn vụ Đông Xuân 2025 - 2026 cho thấy rầy nâu vào bẫy rộ từ ngày 10/3 đến 20/3/2026. Bẫy đèn tại xã Phú Lâm Đông ghi nhận đỉnh 18.600 con rầy nâu/bẫy/đêm vào ngày 14/3/2026; bẫy tại xã Hòa Trung Nam đạt 7.250 con/bẫy/đêm vào ngày 16/3/2026; bẫy tại xã Nghĩa Thắng đạt 4.380 con/bẫy/đêm. Trưởng thành sâu cuốn lá nhỏ vào bẫy cao nhất tại xã Tân Dư với 520 con/bẫy/đêm ngày 02/4/2026."),
    ("H", "3. Diện tích nhiễm và phòng trừ sinh vật gây hại theo xã"),
]
NP04_TABLE = [
    ["TT", "Xã", "Vụ", "Đối tượng chính", "Diện tích nhiễm (ha)", "Diện tích đã phòng trừ (ha)"],
    ["1", "Hòa Trung Nam", "Hè Thu 2025", "Rầy nâu", "186,4", "172,0"],
    ["2", "Hòa Trung Nam", "Đông Xuân 2025 - 2026", "Bệnh đạo ôn lá", "142,7", "142,7"],
    ["3", "Phú Lâm Đông", "Hè Thu 2025", "Rầy nâu", "265,0", "248,5"],
    ["4", "Phú Lâm Đông", "Đông Xuân 2025 - 2026", "Sâu cuốn lá nhỏ", "98,3", "91,6"],
    ["5", "Tân Dư", "Hè Thu 2025", "Sâu cuốn lá nhỏ", "74,2", "70,0"],
    ["6", "Tân Dư", "Đông Xuân 2025 - 2026", "Bệnh đạo ôn cổ bông", "121,5", "118,9"],
    ["7", "Nghĩa Thắng", "Hè Thu 2025", "Chuột", "53,8", "41,2"],
    ["8", "Nghĩa Thắng", "Đông Xuân 2025 - 2026", "Rầy nâu", "87,6", "85,0"],
    ["9", "Bảo Thạnh", "Đông Xuân 2025 - 2026", "Bệnh lùn sọc đen", "12,4", "12,4 (nhổ bỏ, tiêu hủy)"],
    ["", "Cộng vụ Hè Thu 2025", "", "", "579,4", "531,7"],
    ["", "Cộng vụ Đông Xuân 2025 - 2026", "", "", "462,5", "450,6"],
]
NP04_AFTER = [
    ("P", "Diện tích nhiễm vụ Đông Xuân 2025 - 2026 giảm 116,9 ha so với vụ Hè Thu 2025; tỷ lệ diện tích được phòng trừ đạt 97,4%. Riêng xã Nghĩa Thắng vụ Hè Thu 2025 có 12,6 ha bị chuột hại nặng chưa được xử lý kịp thời do thiếu nhân công đánh bắt."),
    ("H", "4. Phun thuốc bằng thiết bị bay không người lái và lớp học hiện trường"),
    ("P", "Vụ Đông Xuân 2025 - 2026, trên địa bàn huyện có 14 tổ chức, cá nhân với 31 thiết bị bay không người lái đăng ký dịch vụ phun thuốc; diện tích phun bằng thiết bị bay không người lái đạt 1.920 ha, bằng 23,5% diện tích gieo cấy, vượt mục tiêu 20% của tỉnh. Qua kiểm tra, phát hiện 02 trường hợp tại xã Nghĩa Thắng phun cách khu dân cư dưới 100 m, Ủy ban nhân dân xã đã lập biên bản nhắc nhở. Huyện đã phối hợp tổ chức 6 lớp học hiện trường với 178 học viên tại các xã Hòa Trung Nam, Phú Lâm Đông và Tân Dư."),
    ("H", "II. TỒN TẠI, HẠN CHẾ"),
    ("P", "- Số liệu bẫy đèn chưa được kết nối đầy đủ với Hệ thống cảnh báo sinh vật gây hại của tỉnh; cán bộ khuyến nông xã kiêm nhiệm nhiều việc nên ghi chép có lúc chậm."),
    ("P", "- Một số hộ dân tại xã Bảo Thạnh còn gieo cấy giống lúa nhiễm lùn sọc đen, chưa tuân thủ lịch thời vụ."),
    ("H", "III. NHIỆM VỤ TRỌNG TÂM VỤ HÈ THU 2026"),
    ("P", "1. Giao Phòng Kinh tế huyện chủ trì, phối hợp với Trạm Trồng trọt và Bảo vệ thực vật huyện hoàn thành việc kết nối 9 bẫy đèn còn lại với hệ thống cảnh báo trước ngày 31/5/2026."),
    ("P", "2. Trạm Trồng trọt và Bảo vệ thực vật huyện chủ trì điều tra, dự báo, ra thông báo phòng trừ rầy nâu lứa 2 vụ Hè Thu 2026; phối hợp Hội Nông dân huyện mở thêm 4 lớp học hiện trường."),
    ("P", "3. Ủy ban nhân dân các xã Phú Lâm Đông, Hòa Trung Nam, Tân Dư, Nghĩa Thắng và Bảo Thạnh chỉ đạo hợp tác xã gieo sạ tập trung, né rầy từ ngày 20/5 đến 30/5/2026; xã Nghĩa Thắng tổ chức diệt chuột đồng loạt trước khi gieo sạ."),
    ("H", "IV. ĐỀ XUẤT, KIẾN NGHỊ"),
    ("P", "- Đề nghị Ủy ban nhân dân tỉnh hỗ trợ thêm 10 bẫy đèn thông minh cho các xã vùng trũng, kinh phí dự kiến 240.000.000 đồng."),
    ("P", "- Đề nghị Sở Nông nghiệp và Môi trường chỉ đạo nhà cung cấp lắp bộ phát sóng tăng cường cho các bẫy đèn ở vùng sóng yếu."),
    ("P", "Trên đây là báo cáo của Ủy ban nhân dân huyện Vĩnh Đà./."),
]
NP04_RECIP = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Nông nghiệp và Môi trường;",
              "- Chi cục TT&BVTV tỉnh;", "- TT Huyện ủy, TT HĐND huyện;", "- Lưu: VT, KT."]
NP04_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(đã ký)", "", "Hồ Văn Khải"]


def _para(doc, text, bold=False, italic=False, align=None, size=13):
    p = doc.add_paragraph()
    r = p.add_run(N(text))
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


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
    lp.add_run(N("ỦY BAN NHÂN DÂN\nHUYỆN VĨNH ĐÀ")).bold = True
    lp.add_run(N("\n-------\nSố: 58/BC-UBND"))
    lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rp = right.paragraphs[0]
    rp.add_run(N("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")).bold = True
    rp.add_run(N("\n---------------\n"))
    rp.add_run(N("Vĩnh Đà, ngày 22 tháng 4 năm 2026")).italic = True
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, t in enumerate(NP04_TITLE):
        _para(doc, t, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14 if i == 0 else 13)
    for kind, t in NP04_BEFORE:
        _para(doc, t, bold=(kind == "H"), align=None if kind == "H" else WD_ALIGN_PARAGRAPH.JUSTIFY)
    tb = doc.add_table(rows=len(NP04_TABLE), cols=len(NP04_TABLE[0]))
    tb.style = "Table Grid"
    for i, row in enumerate(NP04_TABLE):
        for j, val in enumerate(row):
            c = tb.rows[i].cells[j]
            c.text = ""
            run = c.paragraphs[0].add_run(N(val))
            run.bold = (i == 0 or row[0] == "")
            run.font.size = Pt(11)
    _para(doc, "(Nguồn: Trạm Trồng trọt và Bảo vệ thực vật huyện Vĩnh Đà, số liệu đến ngày 15/4/2026)",
          italic=True, size=11)
    for kind, t in NP04_AFTER:
        _para(doc, t, bold=(kind == "H"), align=None if kind == "H" else WD_ALIGN_PARAGRAPH.JUSTIFY)
    tail = doc.add_table(rows=1, cols=2)
    a, b = tail.rows[0].cells
    a.text = ""
    b.text = ""
    ap = a.paragraphs[0]
    ap.add_run(N(NP04_RECIP[0])).bold = True
    for line in NP04_RECIP[1:]:
        r = ap.add_run(N("\n" + line))
        r.font.size = Pt(11)
    bp = b.paragraphs[0]
    bp.add_run(N("\n".join(NP04_SIGN))).bold = True
    bp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = os.path.join(CORPUS, "np04_bao_cao_dien_tich_nhiem_sau_benh.docx")
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build_pdf())
    print(build_docx())
