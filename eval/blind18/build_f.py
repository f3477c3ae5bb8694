#!/usr/bin/env python3
"""Build corpus/f02_kh245_ubnd_tinh_dong_xuyen_thuc_hien_ct18.pdf from text held here.

Run with /work/main/.venv/bin/python (needs fpdf2 + DejaVu fonts). Does not import kg_rag.
"""
import os
import unicodedata
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus", "f02_kh245_ubnd_tinh_dong_xuyen_thuc_hien_ct18.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG XUYÊN"]
HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
NUMBER_LINE = ("Số: 245/KH-UBND", "Đồng Xuyên, ngày 27 tháng 12 năm 2024")
TITLE = ["KẾ HOẠCH",
         "Thực hiện Chỉ thị số 18-CT/TU ngày 06/12/2024 của Ban Thường vụ Tỉnh ủy",
         "về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục nghề nghiệp",
         "trên địa bàn tỉnh Đồng Xuyên giai đoạn 2025 - 2030"]

# ("h", text) = heading, ("p", text) = paragraph
BODY = [
 ("p", "Căn cứ Chỉ thị số 18-CT/TU ngày 06/12/2024 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục nghề nghiệp trên địa bàn tỉnh giai đoạn 2025 - 2030; Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:"),
 ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("p", "1. Cụ thể hóa các nhiệm vụ, giải pháp tại Chỉ thị số 18-CT/TU thành các nhiệm vụ cụ thể của các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố; xác định rõ cơ quan chủ trì, cơ quan phối hợp, thời hạn hoàn thành."),
 ("p", "2. Gắn phát triển giáo dục nghề nghiệp với yêu cầu đào tạo nhân lực phục vụ chuyển đổi số, công nghiệp điện tử và các khu công nghiệp của tỉnh; huy động sự tham gia của doanh nghiệp và toàn xã hội."),
 ("h", "II. CHỈ TIÊU CHỦ YẾU"),
 ("p", "1. Đến hết năm 2025: tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, chứng chỉ đạt 31%; tuyển sinh giáo dục nghề nghiệp đạt 32.000 người."),
 ("p", "2. Đến năm 2030: tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp, chứng chỉ đạt 38%; ít nhất 30% học sinh tốt nghiệp trung học cơ sở vào học giáo dục nghề nghiệp; 100% cơ sở giáo dục nghề nghiệp công lập sử dụng phần mềm quản lý đào tạo; 85% nhà giáo giáo dục nghề nghiệp đạt chuẩn về kỹ năng nghề."),
 ("p", "3. Mỗi năm đào tạo nghề cho khoảng 6.500 lao động nông thôn, trong đó ít nhất 1.200 người là đồng bào dân tộc thiểu số; đến năm 2027 giảm số cơ sở giáo dục nghề nghiệp công lập còn không quá 18 cơ sở."),
 ("h", "III. NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ"),
 ("p", "1. Sở Lao động - Thương binh và Xã hội (cơ quan thường trực)"),
 ("p", "a) Chủ trì xây dựng Đề án sắp xếp, tổ chức lại mạng lưới cơ sở giáo dục nghề nghiệp công lập đến năm 2030, gửi Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh phản biện, trình Ủy ban nhân dân tỉnh trước ngày 30/6/2025."),
 ("p", "b) Chủ trì, phối hợp với Sở Tài chính xây dựng dự thảo Nghị quyết của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ học phí cho học sinh tốt nghiệp trung học cơ sở học trình độ trung cấp và lao động nông thôn học nghề ngắn hạn, trình Ủy ban nhân dân tỉnh trước ngày 31/8/2025."),
 ("p", "c) Đưa vào vận hành Cổng thông tin tuyển sinh giáo dục nghề nghiệp tỉnh trước ngày 30/4/2025; kết nối ít nhất 150 doanh nghiệp ký hợp đồng đào tạo, tiếp nhận thực tập với các cơ sở giáo dục nghề nghiệp trong năm 2025."),
 ("p", "d) Tổ chức Hội giảng nhà giáo giáo dục nghề nghiệp cấp tỉnh trong tháng 10/2025; tổng hợp, báo cáo kết quả thực hiện Kế hoạch."),
 ("p", "2. Sở Giáo dục và Đào tạo"),
 ("p", "a) Chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức \"Tháng tư vấn hướng nghiệp\" vào tháng 3 hằng năm tại 100% trường trung học cơ sở, trung học phổ thông."),
 ("p", "b) Chỉ đạo các trường trung học cơ sở thực hiện phân luồng sau tốt nghiệp; tổng hợp số liệu học sinh tốt nghiệp trung học cơ sở vào học giáo dục nghề nghiệp, gửi Sở Lao động - Thương binh và Xã hội trước ngày 15/8 hằng năm."),
 ("p", "c) Phối hợp với các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên tổ chức dạy chương trình giáo dục thường xuyên cấp trung học phổ thông kết hợp học nghề."),
 ("p", "3. Sở Tài chính"),
 ("p", "Chủ trì tham mưu Ủy ban nhân dân tỉnh bố trí dự toán chi thường xuyên cho giáo dục nghề nghiệp không thấp hơn 120 tỷ đồng/năm. Năm 2025 bố trí 126,5 tỷ đồng, trong đó 48 tỷ đồng mua sắm thiết bị đào tạo cho Trường Cao đẳng Kỹ thuật Đồng Xuyên và 22 tỷ đồng hỗ trợ đào tạo nghề cho lao động nông thôn."),
 ("p", "4. Sở Kế hoạch và Đầu tư"),
 ("p", "Chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội tham mưu bố trí vốn đầu tư công trung hạn giai đoạn 2026 - 2030 cho dự án nâng cấp Trường Cao đẳng Kỹ thuật Đồng Xuyên và dự án xây dựng xưởng thực hành vi mạch bán dẫn, hoàn thành trước ngày 31/10/2025."),
 ("p", "5. Sở Nội vụ"),
 ("p", "Chủ trì tham mưu cơ chế thu hút nhà giáo có trình độ cao, chuyên gia từ doanh nghiệp tham gia giảng dạy, trình Ủy ban nhân dân tỉnh trước ngày 15/9/2025; phối hợp thẩm định phương án sắp xếp tổ chức bộ máy các cơ sở giáo dục nghề nghiệp công lập."),
 ("p", "6. Sở Thông tin và Truyền thông"),
 ("p", "Phối hợp với Sở Lao động - Thương binh và Xã hội xây dựng chương trình đào tạo kỹ năng số cho học sinh, sinh viên giáo dục nghề nghiệp; hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về học nghề, lập nghiệp."),
 ("p", "7. Ban Quản lý các khu công nghiệp tỉnh"),
 ("p", "Tổng hợp nhu cầu tuyển dụng lao động qua đào tạo của doanh nghiệp trong các khu công nghiệp, gửi Sở Lao động - Thương binh và Xã hội trước ngày 31/3 hằng năm."),
 ("p", "8. Ủy ban nhân dân các huyện, thành phố"),
 ("p", "Ban hành kế hoạch thực hiện tại địa phương trước ngày 28/02/2025; giao chỉ tiêu đào tạo nghề cho lao động nông thôn đến từng xã, phường, thị trấn; chỉ đạo trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên cấp huyện phối hợp với doanh nghiệp tổ chức lớp học tại thôn, bản."),
 ("p", "9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn, Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh vận động đoàn viên, hội viên tham gia học nghề; Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tổ chức phản biện Đề án sắp xếp mạng lưới cơ sở giáo dục nghề nghiệp công lập trong quý II/2025."),
 ("h", "IV. KINH PHÍ THỰC HIỆN"),
 ("p", "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo phân cấp hiện hành, nguồn vốn các chương trình mục tiêu quốc gia và các nguồn huy động hợp pháp khác."),
 ("h", "V. TỔ CHỨC THỰC HIỆN"),
 ("p", "1. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố báo cáo kết quả thực hiện 6 tháng trước ngày 15/6 và cả năm trước ngày 15/11 hằng năm, gửi Sở Lao động - Thương binh và Xã hội để tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Ban Thường vụ Tỉnh ủy."),
 ("p", "2. Đầu mối theo dõi: Phòng Giáo dục nghề nghiệp, Sở Lao động - Thương binh và Xã hội; đồng chí Trần Thu Trang, Trưởng phòng, điện thoại 0298.3715.264."),
]

SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lại Thị Minh Nguyệt"]
RECIPIENTS = ["Nơi nhận:",
              "- Bộ Lao động - Thương binh và Xã hội (b/c);",
              "- Thường trực Tỉnh ủy, Thường trực HĐND tỉnh (b/c);",
              "- Chủ tịch, các PCT UBND tỉnh;",
              "- Ban Tuyên giáo Tỉnh ủy;",
              "- Các sở, ban, ngành tỉnh;",
              "- UBND các huyện, thành phố;",
              "- Các cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh;",
              "- Lưu: VT, KGVX."]


class Doc(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 10, "Trang %d/{nb}" % self.page_no(), align="C")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def build():
    pdf = Doc(format="A4")
    pdf.alias_nb_pages()
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    w = pdf.epw
    y0 = pdf.get_y()
    pdf.set_font("DejaVu", "B", 10.5)
    for i, line in enumerate(HEADER_LEFT):
        pdf.set_xy(pdf.l_margin, y0 + i * 6)
        pdf.cell(w * 0.4, 6, nfc(line), align="C")
    for i, line in enumerate(HEADER_RIGHT):
        pdf.set_xy(pdf.l_margin + w * 0.4, y0 + i * 6)
        pdf.cell(w * 0.6, 6, nfc(line), align="C")
    pdf.set_font("DejaVu", "", 10.5)
    pdf.set_xy(pdf.l_margin, y0 + 14)
    pdf.cell(w * 0.4, 6, nfc(NUMBER_LINE[0]), align="C")
    pdf.set_font("DejaVu", "I", 10.5)
    pdf.cell(w * 0.6, 6, nfc(NUMBER_LINE[1]), align="C")
    pdf.set_xy(pdf.l_margin, y0 + 26)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(w, 7, nfc(TITLE[0]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 10.5)
    for line in TITLE[1:]:
        pdf.cell(w, 6, nfc(line), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in BODY:
        if kind == "h":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.ln(1)
        else:
            pdf.set_font("DejaVu", "", 10.5)
        pdf.multi_cell(w, 5.6, nfc(text), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 80:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("DejaVu", "", 9)
    for i, line in enumerate(RECIPIENTS):
        pdf.set_font("DejaVu", "B" if i == 0 else "", 9.5 if i == 0 else 9)
        pdf.set_xy(pdf.l_margin, y + i * 5)
        pdf.cell(w * 0.5, 5, nfc(line))
    pdf.set_font("DejaVu", "B", 10.5)
    for i, line in enumerate(SIGN):
        pdf.set_xy(pdf.l_margin + w * 0.5, y + i * 6)
        pdf.cell(w * 0.5, 6, nfc(line), align="C")
    pdf.output(OUT)
    print("wrote", OUT, pdf.page_no(), "pages")


if __name__ == "__main__":
    build()
