#!/usr/bin/env python3
"""Build corpus/x02_kh37_skhcn_khoi_nghiep_dmst.pdf from the text held below.

Run: /work/main/.venv/bin/python /work/main/eval/blind24/build_x.py
Uses fpdf2 + DejaVu Sans (text layer, wrapped lines, page numbers "Trang X/3").
Does not import kg_rag.
"""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus", "x02_kh37_skhcn_khoi_nghiep_dmst.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

HEADER_LEFT = ["UBND TỈNH BẮC GIANG THƯỢNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 37/KH-SKHCN"]
HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Bắc Giang Thượng, ngày 20 tháng 5 năm 2026"]
TITLE = ["KẾ HOẠCH",
         "Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh Bắc Giang Thượng",
         "giai đoạn 2026 - 2027"]

# ("h", text) = bold heading line; ("p", text) = wrapped paragraph; ("sig", text) = signature block line
BODY = [
    ("p", "Căn cứ Quyết định số 844/QĐ-TTg ngày 18/5/2016 của Thủ tướng Chính phủ phê duyệt Đề án "
          "\"Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025\" và các văn bản "
          "tiếp nối; Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Quyết định số "
          "1215/QĐ-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh phê duyệt Đề án hỗ trợ khởi nghiệp "
          "đổi mới sáng tạo tỉnh Bắc Giang Thượng đến năm 2030, Sở Khoa học và Công nghệ ban hành "
          "Kế hoạch hỗ trợ khởi nghiệp đổi mới sáng tạo giai đoạn 2026 - 2027 như sau:"),
    ("h", "I. MỤC ĐÍCH, CHỈ TIÊU"),
    ("p", "1. Hình thành môi trường thuận lợi để thanh niên, học sinh, sinh viên, doanh nghiệp nhỏ và "
          "vừa phát triển ý tưởng thành sản phẩm, dịch vụ có giá trị; ưu tiên các lĩnh vực nông nghiệp "
          "công nghệ cao, chế biến nông sản, du lịch cộng đồng và dịch vụ số."),
    ("p", "2. Đến hết năm 2027: hỗ trợ ươm tạo ít nhất 30 ý tưởng, dự án khởi nghiệp; hỗ trợ 12 dự án "
          "thương mại hóa sản phẩm; có ít nhất 08 doanh nghiệp khởi nghiệp gọi vốn thành công từ nhà "
          "đầu tư; tổ chức 02 kỳ Cuộc thi \"Khởi nghiệp Bắc Giang Thượng - Vươn tầm xanh\"; đào tạo "
          "kiến thức khởi nghiệp cho 1.500 lượt người."),
    ("p", "3. Đối tượng hỗ trợ: cá nhân, nhóm cá nhân có ý tưởng khởi nghiệp (người đại diện từ đủ 18 "
          "đến 35 tuổi); doanh nghiệp khởi nghiệp đổi mới sáng tạo thành lập không quá 05 năm, có trụ sở "
          "chính trên địa bàn tỉnh Bắc Giang Thượng. Hồ sơ gồm: phiếu đăng ký theo mẫu, thuyết minh ý "
          "tưởng hoặc dự án (không quá 15 trang), bản sao giấy chứng nhận đăng ký doanh nghiệp (nếu có)."),
    ("h", "II. NỘI DUNG VÀ MỨC HỖ TRỢ"),
    ("p", "1. Hỗ trợ ươm tạo ý tưởng: tối đa 50 triệu đồng/ý tưởng để hoàn thiện mẫu thử, thử nghiệm "
          "thị trường; miễn phí chỗ ngồi tại không gian làm việc chung của Trung tâm Hỗ trợ khởi nghiệp "
          "đổi mới sáng tạo tỉnh trong thời gian 12 tháng."),
    ("p", "2. Hỗ trợ thương mại hóa sản phẩm: hỗ trợ 50% chi phí thuê chuyên gia, kiểm định, chứng "
          "nhận chất lượng, xây dựng thương hiệu, tối đa 300 triệu đồng/dự án."),
    ("p", "3. Hỗ trợ bảo hộ sở hữu trí tuệ: 15 triệu đồng/văn bằng bảo hộ sáng chế; 8 triệu đồng/bằng "
          "độc quyền giải pháp hữu ích; 5 triệu đồng/giấy chứng nhận đăng ký nhãn hiệu."),
    ("p", "4. Hỗ trợ tham gia sự kiện: hỗ trợ 70% chi phí thuê gian hàng khi tham gia Techfest quốc "
          "gia, hội chợ khởi nghiệp trong nước, tối đa 20 triệu đồng/lượt/doanh nghiệp."),
    ("p", "5. Giải thưởng Cuộc thi: 01 giải Nhất 60 triệu đồng, 02 giải Nhì mỗi giải 35 triệu đồng, "
          "03 giải Ba mỗi giải 20 triệu đồng và 05 giải Khuyến khích mỗi giải 8 triệu đồng."),
    ("p", "Một tổ chức, cá nhân không được nhận hỗ trợ trùng lặp cho cùng một nội dung từ các chương "
          "trình khác sử dụng ngân sách nhà nước."),
    ("h", "III. KINH PHÍ"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch là 4,85 tỷ đồng từ nguồn sự nghiệp khoa học và công nghệ "
          "của tỉnh, trong đó: năm 2026 là 2,1 tỷ đồng; năm 2027 là 2,75 tỷ đồng. Khuyến khích huy "
          "động nguồn xã hội hóa từ doanh nghiệp, quỹ đầu tư và các tổ chức tín dụng."),
    ("h", "IV. TIẾN ĐỘ THỰC HIỆN NĂM 2026"),
    ("p", "- Từ ngày 01/7/2026 đến hết ngày 30/9/2026: tiếp nhận hồ sơ đăng ký hỗ trợ đợt 1 và hồ sơ "
          "dự thi Cuộc thi năm 2026 (trực tiếp hoặc trực tuyến tại cổng khoinghiep.bacgiangthuong.gov.vn)."),
    ("p", "- Tháng 10/2026: tổ chức 03 vòng sơ khảo khu vực tại thành phố Bắc Giang Thượng, huyện Lục "
          "Khê và thị xã Quế Lâm; Hội đồng tư vấn xét chọn các dự án được hỗ trợ."),
    ("p", "- Ngày 21/11/2026: tổ chức vòng Chung kết Cuộc thi tại Hội trường Trường Cao đẳng Công nghệ "
          "Bắc Giang Thượng."),
    ("p", "- Tháng 12/2026: tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh (Techfest Bắc Giang "
          "Thượng 2026); sơ kết, đánh giá kết quả năm 2026."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Quản lý công nghệ và Đổi mới sáng tạo chủ trì tham mưu tổ chức thực hiện Kế hoạch; "
          "thành lập Hội đồng tư vấn xét chọn trước ngày 15/10/2026; tổng hợp, báo cáo kết quả trước "
          "ngày 15/12/2026."),
    ("p", "2. Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh (số 18 đường Trần Nguyên Hãn, phường "
          "Hòa Mục) vận hành không gian làm việc chung, tổ chức các lớp đào tạo, kết nối chuyên gia, "
          "nhà đầu tư; là đầu mối tiếp nhận hồ sơ đăng ký."),
    ("p", "3. Phòng Kế hoạch - Tài chính phối hợp với Sở Tài chính bố trí kinh phí, hướng dẫn thanh "
          "quyết toán theo quy định."),
    ("p", "4. Đề nghị Tỉnh đoàn Bắc Giang Thượng phối hợp phát động phong trào khởi nghiệp trong đoàn "
          "viên, thanh niên; giới thiệu ít nhất 40 ý tưởng tham gia Cuộc thi năm 2026."),
    ("p", "5. Đề nghị Trường Cao đẳng Công nghệ Bắc Giang Thượng phối hợp bố trí địa điểm, thiết bị "
          "cho vòng Chung kết và cử giảng viên tham gia mạng lưới cố vấn khởi nghiệp."),
    ("p", "6. Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo Phòng Văn hóa và Thông tin "
          "phối hợp tuyên truyền Kế hoạch này; giới thiệu các hợp tác xã, hộ kinh doanh có sản phẩm "
          "tiềm năng tham gia chương trình."),
    ("p", "Thông tin chi tiết liên hệ: bà Vũ Thị Hạnh, Phó Trưởng phòng Quản lý công nghệ và Đổi mới "
          "sáng tạo, điện thoại 0912.458.306, thư điện tử khoinghiep@bacgiangthuong.gov.vn."),
    ("p", "Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết, gửi Phòng "
          "Quản lý công nghệ và Đổi mới sáng tạo trước ngày 10/6/2026. Định kỳ hằng quý (trước ngày 20 "
          "của tháng cuối quý), Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh báo cáo tình hình "
          "tiếp nhận hồ sơ, ươm tạo và kết nối đầu tư để tổng hợp, báo cáo Giám đốc Sở."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở "
          "Khoa học và Công nghệ để xem xét, điều chỉnh cho phù hợp./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Sở Tài chính;",
            "- Tỉnh đoàn Bắc Giang Thượng;", "- Trường Cao đẳng Công nghệ Bắc Giang Thượng;",
            "- UBND các huyện, thị xã, thành phố;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, QLCN."]
SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Nguyễn Thị Thu Trang"]


class Doc(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 10, "Trang %d/{nb}" % self.page_no(), align="C")


def full_text():
    """The plain text of the document (for reference / checks)."""
    parts = HEADER_LEFT + HEADER_RIGHT + TITLE + [t for _, t in BODY] + NOI_NHAN + SIGN
    return "\n".join(parts)


def build():
    pdf = Doc(format="A4")
    pdf.alias_nb_pages()
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_page()
    w = pdf.epw
    y0 = pdf.get_y()
    pdf.set_font("DejaVu", "B", 10)
    for line in HEADER_LEFT:
        pdf.set_x(pdf.l_margin)
        pdf.cell(w * 0.42, 5.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0)
    for line in HEADER_RIGHT:
        pdf.set_x(pdf.l_margin + w * 0.42)
        pdf.cell(w * 0.58, 5.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DejaVu", "B", 12)
    for line in TITLE:
        pdf.cell(w, 6.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in BODY:
        if kind == "h":
            pdf.set_font("DejaVu", "B", 11)
            pdf.ln(1.5)
            pdf.multi_cell(w, 6, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(w, 6, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.ln(4)
    if pdf.get_y() > 215:
        pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_font("DejaVu", "", 9)
    for line in NOI_NHAN:
        pdf.set_x(pdf.l_margin)
        pdf.cell(w * 0.5, 4.8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0)
    pdf.set_font("DejaVu", "B", 11)
    for line in SIGN:
        pdf.set_x(pdf.l_margin + w * 0.5)
        pdf.cell(w * 0.5, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(OUT)
    return pdf.page_no()


if __name__ == "__main__":
    n = build()
    print("wrote %s (%d pages, %d words)" % (OUT, n, len(full_text().split())))
