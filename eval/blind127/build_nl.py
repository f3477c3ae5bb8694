"""Rebuild nl03 (.docx) and nl05 (.pdf) of blind127 from text kept in this file."""
import os, unicodedata
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- nl03 (.docx)
D3_HEADER_LEFT = ["ỦY BAN NHÂN DÂN TỈNH VĨNH THẠCH TÂY", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 45/QĐ-SKHCN"]
D3_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Vĩnh Thạch Tây, ngày 18 tháng 3 năm 2026"]
D3_TITLE = ["QUYẾT ĐỊNH",
            "Về việc thành lập Hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ cấp tỉnh "
            "thuộc Chương trình “Ứng dụng khoa học, công nghệ trong quản lý rừng và phát triển dược liệu” "
            "thực hiện từ năm 2027",
            "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ"]
D3_BASES = [
    "Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo ngày 27 tháng 6 năm 2025;",
    "Căn cứ Quyết định số 06/2025/QĐ-UBND ngày 14/3/2025 của Ủy ban nhân dân tỉnh Vĩnh Thạch Tây quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ;",
    "Căn cứ Kế hoạch số 2210/KH-UBND ngày 24/02/2026 của Ủy ban nhân dân tỉnh thực hiện Chương trình số 14-CTr/TU ngày 16/01/2026 của Ban Thường vụ Tỉnh ủy;",
    "Theo đề nghị của Trưởng phòng Quản lý khoa học.",
]
D3_BODY_1 = [
    ("h", "QUYẾT ĐỊNH:"),
    ("p", "Điều 1. Thành lập Hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ cấp tỉnh thuộc Chương trình “Ứng dụng khoa học, công nghệ trong quản lý rừng và phát triển dược liệu” thực hiện từ năm 2027 (sau đây gọi là Hội đồng), gồm 07 thành viên có tên sau đây:"),
    ("p", "1. PGS.TS. Bế Văn Sinh, Phó Giám đốc Sở Khoa học và Công nghệ - Chủ tịch Hội đồng;"),
    ("p", "2. ThS. Triệu Thị Loan, Phó Chi cục trưởng Chi cục Kiểm lâm - Phó Chủ tịch Hội đồng;"),
    ("p", "3. TS. Lương Minh Đạt, giảng viên Trường Cao đẳng Nông Lâm Vĩnh Thạch Tây - Ủy viên phản biện 1;"),
    ("p", "4. TS. Hoàng Thị Xuyến, Trưởng khoa Dược, Bệnh viện Y dược cổ truyền tỉnh - Ủy viên phản biện 2;"),
    ("p", "5. ThS. Mã Văn Quyết, Trưởng phòng Quản lý khoa học, Sở Khoa học và Công nghệ - Ủy viên thư ký;"),
    ("p", "6. KS. Sầm Văn Lộc, Hạt trưởng Hạt Kiểm lâm huyện Khe Lụa - Ủy viên;"),
    ("p", "7. BSCKII. Đinh Công Trứ, Phó Giám đốc Sở Y tế - Ủy viên."),
    ("p", "Điều 2. Nhiệm vụ và phương thức làm việc của Hội đồng"),
    ("p", "1. Hội đồng có nhiệm vụ:"),
    ("p", "a) Xem xét 14 đề xuất đặt hàng nhiệm vụ khoa học và công nghệ do các sở, ngành, địa phương và tổ chức khoa học gửi về Sở Khoa học và Công nghệ, chia theo nhóm lĩnh vực tại bảng sau:"),
]
D3_TABLE = [
    ("TT", "Nhóm lĩnh vực", "Số đề xuất", "Đơn vị đề xuất chủ yếu"),
    ("1", "Giống và kỹ thuật trồng dược liệu dưới tán rừng", "6", "Trường Cao đẳng Nông Lâm Vĩnh Thạch Tây, Hợp tác xã Dược liệu Nghĩa Thuận"),
    ("2", "Bản đồ số và giám sát biến động rừng", "5", "Chi cục Kiểm lâm, Hạt Kiểm lâm huyện Khe Lụa"),
    ("3", "Chế biến, bảo quản dược liệu", "3", "Bệnh viện Y dược cổ truyền tỉnh"),
    ("", "Cộng", "14", ""),
]
D3_BODY_2 = [
    ("p", "b) Đánh giá từng đề xuất theo các tiêu chí: tính cấp thiết, tính mới, khả năng ứng dụng tại các huyện Khe Lụa, Đông Khê Thượng, Lũng Phìn và địa chỉ ứng dụng cụ thể; đề xuất chỉnh sửa tên, mục tiêu, sản phẩm dự kiến;"),
    ("p", "c) Kiến nghị danh mục nhiệm vụ đặt hàng thực hiện từ năm 2027, ưu tiên các nhiệm vụ về nhân giống đảng sâm và giảo cổ lam, hoàn thành trước ngày 30/5/2026."),
    ("p", "2. Hội đồng làm việc theo nguyên tắc tập thể; phiên họp chỉ được tiến hành khi có mặt ít nhất 2/3 số thành viên, trong đó có Chủ tịch hoặc Phó Chủ tịch Hội đồng và ít nhất 01 ủy viên phản biện. Đề xuất được kiến nghị đặt hàng khi có trên 2/3 số thành viên có mặt bỏ phiếu đồng ý."),
    ("p", "3. Chủ tịch Hội đồng điều hành phiên họp, ký biên bản họp Hội đồng; trường hợp Chủ tịch vắng mặt, Phó Chủ tịch Hội đồng điều hành. Ủy viên thư ký có trách nhiệm gửi hồ sơ cho các thành viên trước phiên họp ít nhất 05 ngày làm việc, ghi biên bản và tổng hợp kết quả bỏ phiếu."),
    ("p", "4. Giao Phòng Quản lý khoa học chủ trì, phối hợp với Văn phòng Sở chuẩn bị hồ sơ, địa điểm và các điều kiện phục vụ phiên họp; Trung tâm Thông tin và Thống kê khoa học và công nghệ có trách nhiệm tra cứu, cung cấp thông tin về tình trạng trùng lặp của các đề xuất, hoàn thành trước ngày 20/4/2026."),
    ("p", "5. Hội đồng tự giải thể sau khi hoàn thành nhiệm vụ."),
    ("p", "Điều 3. Kinh phí hoạt động"),
    ("p", "Kinh phí hoạt động của Hội đồng là 46.500.000 đồng (Bốn mươi sáu triệu năm trăm nghìn đồng), từ nguồn kinh phí sự nghiệp khoa học và công nghệ năm 2026 đã giao cho Sở. Giao Phòng Kế hoạch - Tài chính hướng dẫn thanh toán, quyết toán theo quy định hiện hành. Thù lao của thành viên Hội đồng chi theo định mức quy định tại Quyết định số 21/2024/QĐ-UBND của Ủy ban nhân dân tỉnh."),
    ("p", "Điều 4. Hiệu lực và trách nhiệm thi hành"),
    ("p", "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng phòng Quản lý khoa học, Trưởng phòng Kế hoạch - Tài chính, Giám đốc Trung tâm Thông tin và Thống kê khoa học và công nghệ, thủ trưởng các đơn vị có liên quan và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."),
]
D3_SIGN = ["GIÁM ĐỐC", "", "", "Hà Văn Toản"]
D3_RECIPIENTS = ["Nơi nhận:", "- Như Điều 4;", "- UBND tỉnh (để b/c);", "- Sở Nông nghiệp và Môi trường;",
                 "- Sở Y tế;", "- Cổng thông tin điện tử Sở;", "- Lưu: VT, QLKH."]


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    t = doc.add_table(rows=3, cols=2)
    for i in range(3):
        for j, col in enumerate((D3_HEADER_LEFT, D3_HEADER_RIGHT)):
            c = t.cell(i, j); c.text = N(col[i])
            p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i < 2: p.runs[0].bold = True
            if j == 1 and i == 2: p.runs[0].italic = True
    for k, s in enumerate(D3_TITLE):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(s)); r.bold = True
    for s in D3_BASES:
        p = doc.add_paragraph(N(s)); p.runs[0].italic = True
    for kind, s in D3_BODY_1:
        p = doc.add_paragraph(N(s))
        if kind == "h": p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.runs[0].bold = True
        if s.startswith("Điều "): p.runs[0].bold = True
    tb = doc.add_table(rows=len(D3_TABLE), cols=4); tb.style = "Table Grid"
    for i, row in enumerate(D3_TABLE):
        for j, v in enumerate(row):
            tb.cell(i, j).text = N(v)
            if i == 0: tb.cell(i, j).paragraphs[0].runs[0].bold = True
    for kind, s in D3_BODY_2:
        p = doc.add_paragraph(N(s))
        if s.startswith("Điều "): p.runs[0].bold = True
    for s in D3_SIGN:
        p = doc.add_paragraph(N(s)); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if s: p.runs[0].bold = True
    for s in D3_RECIPIENTS:
        p = doc.add_paragraph(N(s))
        p.runs[0].font.size = Pt(11)
        if s == "Nơi nhận:": p.runs[0].bold = True; p.runs[0].italic = True
    doc.save(path)


# ---------------------------------------------------------------- nl05 (.pdf)
D5_HEADER = [("ỦY BAN NHÂN DÂN TỈNH VĨNH THẠCH TÂY", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Độc lập - Tự do - Hạnh phúc"),
             ("Số: 1376/SNNMT-KL", "Vĩnh Thạch Tây, ngày 02 tháng 7 năm 2026"),
             ("V/v mời dự Hội thảo khoa học về phát triển", ""),
             ("dược liệu dưới tán rừng", "")]
D5_BODY = [
    ("c", "Kính gửi:"),
    ("p", "- Sở Khoa học và Công nghệ;"),
    ("p", "- Sở Y tế;"),
    ("p", "- Trường Cao đẳng Nông Lâm Vĩnh Thạch Tây;"),
    ("p", "- Ủy ban nhân dân các huyện Khe Lụa, Đông Khê Thượng, Lũng Phìn;"),
    ("p", "- Các Hạt Kiểm lâm huyện;"),
    ("p", "- Hợp tác xã Dược liệu Nghĩa Thuận."),
    ("p", "Thực hiện Kế hoạch số 2210/KH-UBND ngày 24/02/2026 của Ủy ban nhân dân tỉnh thực hiện Chương trình số 14-CTr/TU của Ban Thường vụ Tỉnh ủy, Sở Nông nghiệp và Môi trường tổ chức Hội thảo khoa học “Phát triển dược liệu dưới tán rừng gắn với bản đồ số lâm nghiệp” nhằm đánh giá kết quả 6 tháng đầu năm 2026, trao đổi kinh nghiệm và đề xuất giải pháp cho giai đoạn tiếp theo. Sở Nông nghiệp và Môi trường trân trọng kính mời quý cơ quan, đơn vị cử đại biểu tham dự, cụ thể như sau:"),
    ("b", "1. Thời gian"),
    ("p", "01 ngày, bắt đầu từ 7 giờ 30 phút, thứ Năm, ngày 23/7/2026 (buổi chiều đi tham quan thực tế)."),
    ("b", "2. Địa điểm"),
    ("p", "- Buổi sáng: Hội trường tầng 2, Trung tâm Khuyến nông tỉnh Vĩnh Thạch Tây, số 86 đường Suối Cốc, thành phố Vĩnh Thạch."),
    ("p", "- Buổi chiều: Vườn ươm giống dược liệu của Hợp tác xã Dược liệu Nghĩa Thuận, xã Nghĩa Thuận, huyện Khe Lụa (cách thành phố khoảng 42 km)."),
    ("b", "3. Thành phần"),
    ("p", "- Sở Khoa học và Công nghệ, Sở Y tế: mỗi đơn vị 02 đại biểu (01 lãnh đạo sở và 01 lãnh đạo phòng chuyên môn);"),
    ("p", "- Trường Cao đẳng Nông Lâm Vĩnh Thạch Tây: 03 đại biểu;"),
    ("p", "- Ủy ban nhân dân các huyện Khe Lụa, Đông Khê Thượng, Lũng Phìn: mỗi huyện 01 lãnh đạo UBND huyện và 01 lãnh đạo Phòng Kinh tế;"),
    ("p", "- Các Hạt Kiểm lâm huyện: Hạt trưởng và 01 công chức phụ trách bản đồ số;"),
    ("p", "- Hợp tác xã Dược liệu Nghĩa Thuận: Giám đốc hợp tác xã;"),
    ("p", "- Sở Nông nghiệp và Môi trường: lãnh đạo Sở, Chi cục Kiểm lâm, Phòng Trồng trọt và Bảo vệ thực vật."),
    ("p", "Tổng số đại biểu dự kiến khoảng 60 người."),
    ("b", "4. Chương trình Hội thảo"),
    ("p", "- 7 giờ 30 - 8 giờ 00: Đón tiếp đại biểu, phát tài liệu."),
    ("p", "- 8 giờ 00 - 8 giờ 15: Khai mạc Hội thảo (đồng chí Vương Đình Khoát, Phó Giám đốc Sở Nông nghiệp và Môi trường)."),
    ("p", "- 8 giờ 15 - 8 giờ 45: Báo cáo kết quả xây dựng bản đồ số lâm nghiệp toàn tỉnh (Chi cục Kiểm lâm)."),
    ("p", "- 8 giờ 45 - 9 giờ 10: Tham luận kinh nghiệm cập nhật bản đồ số và tập huấn kiểm lâm tại huyện Khe Lụa (Hạt Kiểm lâm huyện Khe Lụa)."),
    ("p", "- 9 giờ 10 - 9 giờ 25: Giải lao."),
    ("p", "- 9 giờ 25 - 9 giờ 50: Tham luận kỹ thuật nhân giống ba kích tím và sa nhân tím (Trường Cao đẳng Nông Lâm Vĩnh Thạch Tây)."),
    ("p", "- 9 giờ 50 - 10 giờ 15: Tham luận tiêu chuẩn chất lượng dược liệu và thực hành tốt trồng trọt, thu hái dược liệu (Sở Y tế)."),
    ("p", "- 10 giờ 15 - 11 giờ 15: Thảo luận chung."),
    ("p", "- 11 giờ 15 - 11 giờ 30: Kết luận buổi sáng (lãnh đạo Sở Nông nghiệp và Môi trường)."),
    ("p", "- 13 giờ 30 - 16 giờ 30: Tham quan vườn ươm và mô hình trồng sa nhân tím dưới tán rừng tại xã Nghĩa Thuận; bế mạc Hội thảo."),
    ("b", "5. Phân công chuẩn bị"),
    ("p", "- Giao Chi cục Kiểm lâm chủ trì, phối hợp với Phòng Trồng trọt và Bảo vệ thực vật chuẩn bị tài liệu, hội trường, in ấn kỷ yếu Hội thảo, hoàn thành trước ngày 20/7/2026."),
    ("p", "- Đề nghị các đơn vị có tham luận gửi bài (không quá 6 trang) về Chi cục Kiểm lâm trước ngày 16/7/2026 để tổng hợp."),
    ("p", "- Đề nghị Ủy ban nhân dân huyện Khe Lụa phối hợp với Hợp tác xã Dược liệu Nghĩa Thuận chuẩn bị địa điểm tham quan và bố trí người hướng dẫn tại vườn ươm."),
    ("p", "- Văn phòng Sở bố trí 02 xe ô tô đưa đón đại biểu đi tham quan, xuất phát lúc 12 giờ 45 phút tại Trung tâm Khuyến nông tỉnh."),
    ("p", "Kinh phí tổ chức Hội thảo (85.000.000 đồng) do Sở Nông nghiệp và Môi trường chi trả từ nguồn kinh phí thực hiện Kế hoạch số 2210/KH-UBND; các đơn vị cử đại biểu tự bảo đảm chi phí đi lại buổi sáng."),
    ("p", "Danh sách đại biểu tham dự đề nghị gửi về Sở trước ngày 18/7/2026; mọi chi tiết xin liên hệ bà Sùng Thị Páo, chuyên viên Chi cục Kiểm lâm, điện thoại 0913.482.617, thư điện tử paost.cckl@vinhthachtay.gov.vn."),
    ("p", "Rất mong quý cơ quan, đơn vị quan tâm, cử đại biểu tham dự đúng thành phần và thời gian./."),
]
D5_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Vương Đình Khoát"]
D5_RECIPIENTS = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (để b/c);", "- Giám đốc Sở (để b/c);",
                 "- Chi cục Kiểm lâm;", "- Lưu: VT, KL."]


def build_pdf(path):
    fd = "/usr/share/fonts/truetype/dejavu/"
    pdf = FPDF(format="A4"); pdf.set_margins(20, 18, 18); pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", fd + "DejaVuSans.ttf"); pdf.add_font("DV", "B", fd + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", fd + "DejaVuSans-Oblique.ttf")
    pdf.add_font("DV", "BI", fd + "DejaVuSans-BoldOblique.ttf")
    pdf.add_page()
    for i, (l, r) in enumerate(D5_HEADER):
        pdf.set_font("DV", "B" if i < 2 else ("I" if i > 2 else ""), 9.5)
        pdf.cell(80, 5, N(l), align="C")
        pdf.set_font("DV", "B" if i < 2 else "I", 9.5)
        pdf.cell(0, 5, N(r), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, s in D5_BODY:
        if kind == "c":
            pdf.set_font("DV", "B", 10.5); pdf.cell(0, 6, N(s), align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "b":
            pdf.set_font("DV", "B", 10.5); pdf.multi_cell(0, 5.6, N(s), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DV", "", 10.5); pdf.multi_cell(0, 5.6, N(s), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    y = pdf.get_y()
    if y > 230: pdf.add_page(); y = pdf.get_y()
    pdf.set_font("DV", "B", 10.5)
    for s in D5_SIGN:
        pdf.set_x(110); pdf.cell(0, 5.6, N(s), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y)
    for k, s in enumerate(D5_RECIPIENTS):
        pdf.set_font("DV", "BI" if k == 0 else "", 9)
        pdf.cell(80, 4.8, N(s), new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


if __name__ == "__main__":
    build_docx(os.path.join(CORPUS, "nl03_quyet_dinh_45_hoi_dong_tu_van_khcn.docx"))
    build_pdf(os.path.join(CORPUS, "nl05_cong_van_1376_moi_hoi_thao_duoc_lieu.pdf"))
    print("built")
