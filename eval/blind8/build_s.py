#!/usr/bin/env python3
"""Build corpus/s05_kh18_lhh_hai_dong_hoi_thi_sang_tao.pdf (text-layer PDF, fpdf2 + DejaVuSans).

Run: /work/main/.venv/bin/python /work/main/eval/blind8/build_s.py
All text below is invented for the blind8 evaluation set.
"""
import os
import unicodedata

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus", "s05_kh18_lhh_hai_dong_hoi_thi_sang_tao.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

HEADER_LEFT = [
    "LIÊN HIỆP CÁC HỘI KHOA HỌC",
    "VÀ KỸ THUẬT TỈNH HẢI ĐÔNG",
    "Số: 18/KH-LHH",
]
HEADER_RIGHT = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Triều Dương, ngày 24 tháng 02 năm 2025",
]
TITLE = [
    "KẾ HOẠCH",
    "Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Hải Đông lần thứ IX (2025 - 2026)",
    "và Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh năm 2025",
]

# (style, text): style "h" = bold heading, "p" = paragraph
BODY = [
    ("p", "Căn cứ Hướng dẫn số 27-HD/BTGTU ngày 14/01/2025 của Ban Tuyên giáo Tỉnh ủy về tuyên truyền kỷ niệm 60 năm Ngày thành lập ngành Khoa học và Công nghệ tỉnh Hải Đông; Quyết định số 218/QĐ-UBND ngày 05/02/2025 của Ủy ban nhân dân tỉnh về việc ban hành Thể lệ Hội thi Sáng tạo kỹ thuật tỉnh Hải Đông; Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Ban Thường trực Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh (sau đây gọi là Liên hiệp hội) xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Phát hiện, tôn vinh và lan tỏa các giải pháp sáng tạo kỹ thuật có khả năng ứng dụng cao, nhất là trong lĩnh vực kinh tế biển, nông nghiệp, chuyển đổi số; góp phần thiết thực chào mừng 60 năm Ngày thành lập ngành Khoa học và Công nghệ tỉnh."),
    ("p", "2. Khơi dậy niềm đam mê nghiên cứu khoa học của học sinh; lựa chọn các dự án xuất sắc tham dự Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng toàn quốc."),
    ("p", "3. Tổ chức công khai, khách quan, đúng Thể lệ; bảo đảm quyền sở hữu trí tuệ của tác giả."),
    ("h", "II. NỘI DUNG"),
    ("p", "1. Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX: nhận giải pháp thuộc 06 lĩnh vực gồm cơ khí - tự động hóa; điện - điện tử - công nghệ thông tin; nông, lâm, thủy sản; y dược; môi trường và tài nguyên biển; giáo dục và đào tạo. Đối tượng là tổ chức, cá nhân đang sinh sống, làm việc trên địa bàn tỉnh. Thời gian nhận hồ sơ từ ngày 01/4/2025 đến hết ngày 31/10/2025."),
    ("p", "2. Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh năm 2025: dành cho học sinh từ 6 đến 18 tuổi; mỗi sản phẩm có không quá 02 tác giả và 01 người hướng dẫn. Thời gian nhận sản phẩm đến hết ngày 15/9/2025; trưng bày, chấm chung khảo trong tháng 10/2025."),
    ("p", "3. Lễ phát động Hội thi và Cuộc thi tổ chức vào 8 giờ 30 ngày 26/3/2025 tại Hội trường Liên hiệp hội, số 12 đường Lê Thánh Tông, phường Hải Triều, thành phố Triều Dương. Lễ tổng kết, trao giải dự kiến tổ chức trong tháng 01/2026."),
    ("h", "III. NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN"),
    ("p", "1. Thành lập Ban Tổ chức, Hội đồng giám khảo và Tổ thư ký. Chủ trì: Văn phòng Liên hiệp hội; thời gian: trước ngày 15/3/2025."),
    ("p", "2. Ban hành Thể lệ Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng và hướng dẫn cách viết hồ sơ dự thi. Chủ trì: Ban Khoa học - Công nghệ Liên hiệp hội; phối hợp: Sở Giáo dục và Đào tạo, Tỉnh đoàn; thời gian: trước ngày 20/3/2025."),
    ("p", "3. Tuyên truyền, phát động Hội thi trên Báo Hải Đông, Đài Phát thanh và Truyền hình tỉnh, Trang thông tin điện tử của Liên hiệp hội. Chủ trì: Ban Tuyên truyền - Phổ biến kiến thức Liên hiệp hội; thời gian: từ tháng 3/2025 đến tháng 10/2025."),
    ("p", "4. Vận động hội viên, các doanh nghiệp khoa học và công nghệ, hợp tác xã tham gia Hội thi; mỗi hội thành viên có ít nhất 03 giải pháp dự thi. Chủ trì: các hội thành viên; thời gian: đến hết ngày 31/10/2025."),
    ("p", "5. Tổ chức các lớp tập huấn viết hồ sơ dự thi tại 03 địa điểm: thành phố Triều Dương, thị xã Vạn Triều và huyện Cồn Mây. Chủ trì: Văn phòng Liên hiệp hội; phối hợp: Ủy ban nhân dân các huyện, thị xã, thành phố; thời gian: tháng 4/2025."),
    ("p", "6. Chấm sơ khảo, chung khảo, đề xuất khen thưởng. Chủ trì: Hội đồng giám khảo; thời gian: sơ khảo tháng 11/2025, chung khảo tháng 12/2025."),
    ("p", "7. Lựa chọn tối đa 06 dự án tiêu biểu tham dự Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng toàn quốc và tối đa 05 giải pháp tham dự Giải thưởng Sáng tạo Khoa học Công nghệ Việt Nam. Chủ trì: Ban Khoa học - Công nghệ Liên hiệp hội; thời gian: tháng 11/2025."),
    ("h", "IV. CƠ CẤU GIẢI THƯỞNG"),
    ("p", "1. Hội thi Sáng tạo kỹ thuật: 01 giải Đặc biệt trị giá 50 triệu đồng; 05 giải Nhất, mỗi giải 25 triệu đồng; 10 giải Nhì, mỗi giải 15 triệu đồng; 15 giải Ba, mỗi giải 10 triệu đồng; 20 giải Khuyến khích, mỗi giải 2,25 triệu đồng. Tổng giá trị giải thưởng là 520 triệu đồng."),
    ("p", "2. Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng: 03 giải Nhất, mỗi giải 8 triệu đồng; 06 giải Nhì, mỗi giải 5 triệu đồng; 10 giải Ba, mỗi giải 3 triệu đồng; 20 giải Khuyến khích, mỗi giải 1,5 triệu đồng; giải thưởng cho người hướng dẫn và đơn vị có nhiều sản phẩm đạt giải là 72 triệu đồng."),
    ("h", "V. KINH PHÍ"),
    ("p", "Tổng kinh phí dự kiến là 1.286.000.000 đồng (Một tỷ, hai trăm tám mươi sáu triệu đồng), gồm:"),
    ("p", "- Giải thưởng Hội thi Sáng tạo kỹ thuật: 520.000.000 đồng;"),
    ("p", "- Giải thưởng và tổ chức Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng: 186.000.000 đồng;"),
    ("p", "- Tuyên truyền, tập huấn, in ấn tài liệu: 120.000.000 đồng;"),
    ("p", "- Hoạt động của Ban Tổ chức, Hội đồng giám khảo, Tổ thư ký: 230.000.000 đồng;"),
    ("p", "- Lễ phát động và Lễ tổng kết, trao giải: 150.000.000 đồng;"),
    ("p", "- Hỗ trợ tác giả tham dự các cuộc thi, giải thưởng toàn quốc: 80.000.000 đồng."),
    ("p", "Nguồn kinh phí: ngân sách tỉnh cấp cho Liên hiệp hội năm 2025 là 1.000.000.000 đồng; tài trợ của các doanh nghiệp là 286.000.000 đồng, trong đó Công ty Cổ phần Thủy sản Bãi Ngang cam kết tài trợ 100.000.000 đồng. Văn phòng Liên hiệp hội lập dự toán chi tiết, trình Sở Tài chính thẩm định trước ngày 31/3/2025."),
    ("h", "VI. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Văn phòng Liên hiệp hội là đầu mối tổng hợp, theo dõi tiến độ; báo cáo Ban Thường trực định kỳ hằng tháng và báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy, Sở Khoa học và Công nghệ trước ngày 20/6/2025 đối với các hoạt động kỷ niệm."),
    ("p", "2. Đề nghị Sở Giáo dục và Đào tạo chỉ đạo các phòng giáo dục và đào tạo, các trường trung học phổ thông hướng dẫn học sinh tham gia Cuộc thi; tổ chức vòng thi cấp trường xong trước ngày 31/8/2025."),
    ("p", "3. Đề nghị Tỉnh đoàn phối hợp tuyên truyền trong đoàn viên, thanh niên; chủ trì tổ chức trưng bày sản phẩm sáng tạo của thanh thiếu niên tại Lễ tổng kết."),
    ("p", "4. Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố bố trí địa điểm tập huấn và cử cán bộ đầu mối phối hợp với Liên hiệp hội."),
    ("p", "Hồ sơ dự thi gửi về Văn phòng Liên hiệp hội, số 12 đường Lê Thánh Tông, phường Hải Triều, thành phố Triều Dương. Liên hệ: ông Mai Xuân Đức, Phó Chủ tịch kiêm Tổng Thư ký Liên hiệp hội, điện thoại 0225.3852.640; thư điện tử hoithi.lhh@haidong.gov.vn."),
]

NOI_NHAN = [
    "Nơi nhận:",
    "- Ban Tuyên giáo Tỉnh ủy (b/c);",
    "- UBND tỉnh (b/c);",
    "- Liên hiệp các Hội KH&KT Việt Nam (b/c);",
    "- Sở KH&CN, Sở GD&ĐT, Sở Tài chính;",
    "- Tỉnh đoàn;",
    "- UBND các huyện, thị xã, thành phố;",
    "- Các hội thành viên;",
    "- Lưu: VT, BKHCN.",
]
SIGN = [
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "",
    "(Đã ký)",
    "",
    "PGS.TS. Trương Minh Khôi",
]


def n(s):
    return unicodedata.normalize("NFC", s)


def build():
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.set_title(n("Kế hoạch 18/KH-LHH"))
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    left_w, right_w = w * 0.42, w * 0.58
    y0 = pdf.get_y()
    pdf.set_font("DejaVu", "B", 10)
    for i, line in enumerate(HEADER_LEFT):
        if i == 2:
            pdf.set_font("DejaVu", "", 10)
        pdf.set_xy(pdf.l_margin, y0 + i * 6)
        pdf.cell(left_w, 6, n(line), align="C")
    for i, line in enumerate(HEADER_RIGHT):
        pdf.set_font("DejaVu", "B" if i < 2 else "", 10)
        pdf.set_xy(pdf.l_margin + left_w, y0 + i * 6)
        pdf.cell(right_w, 6, n(line), align="C")
    pdf.set_xy(pdf.l_margin, y0 + 24)
    for i, line in enumerate(TITLE):
        pdf.set_font("DejaVu", "B", 12 if i == 0 else 11)
        pdf.multi_cell(w, 6, n(line), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for style, text in BODY:
        if style == "h":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.ln(1)
            pdf.multi_cell(w, 5.5, n(text), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(w, 5.5, n(text), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 75:
        pdf.add_page()
    y0 = pdf.get_y()
    for i, line in enumerate(NOI_NHAN):
        pdf.set_font("DejaVu", "B" if i == 0 else "", 9)
        pdf.set_xy(pdf.l_margin, y0 + i * 5)
        pdf.cell(left_w + 10, 5, n(line))
    for i, line in enumerate(SIGN):
        pdf.set_font("DejaVu", "B", 10)
        pdf.set_xy(pdf.l_margin + left_w + 10, y0 + i * 6)
        pdf.cell(right_w - 10, 6, n(line), align="C")
    pdf.output(OUT)
    print("wrote", OUT, "pages:", pdf.page_no())


if __name__ == "__main__":
    build()
