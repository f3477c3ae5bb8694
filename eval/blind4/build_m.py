#!/usr/bin/env python
"""Build m04 (.docx, python-docx) of the blind4 corpus.

Run:  /tmp/venv_m/bin/python /work/main/eval/blind4/build_m.py
All text is invented (tỉnh Đông Giang is fictional) and kept in this file.
"""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
N = lambda s: unicodedata.normalize("NFC", s)

M04_FILE = "m04_kh412_stttt_truyen_thong_an_toan_so.docx"
M04_LEFT = ["UBND TỈNH ĐÔNG GIANG", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "", "Số: 412/KH-STTTT"]
M04_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
             "Đông Giang, ngày 27 tháng 3 năm 2026"]
M04_TITLE = ["KẾ HOẠCH",
             "Truyền thông về kỹ năng số và an toàn số cho học sinh, cha mẹ học sinh trên địa bàn tỉnh Đông Giang năm 2026"]
M04_BODY = [
    ("p", "Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;"),
    ("p", "Căn cứ Chỉ thị số 07/CT-UBND ngày 10/3/2026 của Chủ tịch Ủy ban nhân dân tỉnh về tăng cường giáo dục STEM và bảo đảm an toàn cho học sinh trên môi trường số trong các cơ sở giáo dục trên địa bàn tỉnh;"),
    ("p", "Sở Thông tin và Truyền thông xây dựng Kế hoạch truyền thông về kỹ năng số và an toàn số cho học sinh, cha mẹ học sinh năm 2026 như sau:"),
    ("h1", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Trang bị cho học sinh, cha mẹ học sinh kiến thức, kỹ năng cơ bản để khai thác Internet phục vụ học tập; nhận diện và phòng tránh nguy cơ lừa đảo, bắt nạt trực tuyến, nội dung độc hại, lộ lọt thông tin cá nhân."),
    ("p", "2. Hoạt động truyền thông phải phù hợp với lứa tuổi, ngôn ngữ gần gũi; ưu tiên hình thức trực quan, video ngắn; chú trọng học sinh vùng đồng bào dân tộc thiểu số thuộc huyện Sơn Cước, huyện Lạc Hòa."),
    ("h1", "II. CHỈ TIÊU"),
    ("p", "- Phát hành 20.000 cuốn cẩm nang \"Học sinh Đông Giang an toàn trên mạng\" bản in và bản điện tử trước ngày 31/8/2026."),
    ("p", "- 100% trường trung học cơ sở, trung học phổ thông được cung cấp tài liệu, video truyền thông về an toàn số."),
    ("p", "- Tổ chức ít nhất 10 buổi nói chuyện chuyên đề \"Làm chủ thiết bị số, an toàn trên không gian mạng\" tại các huyện, thị xã, thành phố."),
    ("p", "- Có 50.000 lượt cha mẹ học sinh tham gia khóa học trực tuyến \"Đồng hành cùng con trên không gian mạng\" trên nền tảng học trực tuyến mở của tỉnh."),
    ("h1", "III. NHIỆM VỤ CỤ THỂ"),
    ("p", "Nội dung công việc, đơn vị chủ trì, phối hợp và thời gian thực hiện được phân công theo bảng dưới đây:"),
    ("table", None),
    ("h1", "IV. KINH PHÍ"),
    ("p", "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên năm 2026 của Sở Thông tin và Truyền thông là 850 triệu đồng; lồng ghép từ Chương trình Chuyển đổi số của tỉnh và huy động tài trợ của các doanh nghiệp viễn thông trên địa bàn theo quy định."),
    ("h1", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Thông tin - Báo chí - Xuất bản là đầu mối theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch; tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh và Sở Giáo dục và Đào tạo trước ngày 30/11/2026."),
    ("p", "2. Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao tại Mục III chủ động triển khai, báo cáo kết quả về Phòng Thông tin - Báo chí - Xuất bản trước ngày 15/11/2026."),
    ("p", "3. Đề nghị Sở Giáo dục và Đào tạo, Phòng Văn hóa, Khoa học và Thông tin các huyện, thị xã, thành phố phối hợp chặt chẽ trong quá trình triển khai; cung cấp danh sách đầu mối tại từng trường trước ngày 15/4/2026."),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở Thông tin và Truyền thông (qua Phòng Thông tin - Báo chí - Xuất bản, số điện thoại 0239.3856.412) để phối hợp giải quyết."),
]
M04_TABLE_HEAD = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
M04_TABLE = [
    ["1", "Biên soạn, phát hành cẩm nang \"Học sinh Đông Giang an toàn trên mạng\" (bản in và bản điện tử)",
     "Phòng Thông tin - Báo chí - Xuất bản", "Sở Giáo dục và Đào tạo; Công an tỉnh (Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao)",
     "Trước ngày 31/8/2026"],
    ["2", "Sản xuất 12 video ngắn, ảnh đồ họa về nhận diện lừa đảo, bắt nạt trực tuyến, bảo vệ thông tin cá nhân",
     "Trung tâm Công nghệ thông tin và Truyền thông", "Đài Phát thanh - Truyền hình tỉnh; Tỉnh đoàn Đông Giang",
     "Quý II và quý III/2026"],
    ["3", "Tổ chức các buổi nói chuyện chuyên đề \"Làm chủ thiết bị số, an toàn trên không gian mạng\" tại trường học",
     "Phòng Thông tin - Báo chí - Xuất bản", "Sở Giáo dục và Đào tạo; Phòng Văn hóa, Khoa học và Thông tin các huyện, thị xã, thành phố",
     "Tháng 9 - tháng 11/2026"],
    ["4", "Xây dựng khóa học trực tuyến \"Đồng hành cùng con trên không gian mạng\" dành cho cha mẹ học sinh",
     "Trung tâm Công nghệ thông tin và Truyền thông", "Hội Liên hiệp Phụ nữ tỉnh; Sở Giáo dục và Đào tạo",
     "Hoàn thành trước ngày 30/6/2026"],
    ["5", "Hướng dẫn, hỗ trợ kỹ thuật triển khai giải pháp lọc nội dung độc hại tại mạng Internet của trường học",
     "Phòng Bưu chính, Viễn thông và Công nghệ thông tin", "Các doanh nghiệp viễn thông trên địa bàn tỉnh; Sở Giáo dục và Đào tạo",
     "Từ tháng 8/2026"],
    ["6", "Cung cấp nội dung cho hệ thống thông tin cơ sở, đài truyền thanh cấp xã phát sóng chuyên đề an toàn số",
     "Phòng Thông tin - Báo chí - Xuất bản", "Các phòng, đơn vị thuộc Sở",
     "Hằng tháng"],
    ["7", "Giám sát, phát hiện, đề nghị gỡ bỏ thông tin, trò chơi có nội dung độc hại đối với trẻ em trên không gian mạng",
     "Thanh tra Sở", "Công an tỉnh; Phòng Bưu chính, Viễn thông và Công nghệ thông tin",
     "Thường xuyên"],
    ["8", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch, đề xuất nội dung năm 2027",
     "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
     "Tháng 12/2026"],
]
M04_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Đinh Thị Hải Yến"]
M04_NOINHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở GD&ĐT;", "- Công an tỉnh;",
               "- UBND các huyện, thị xã, thành phố;", "- Giám đốc, các PGĐ Sở;",
               "- Lưu: VT, TTBCXB."]


def build_m04(path):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    hdr = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(hdr.rows[0].cells, (M04_LEFT, M04_RIGHT)):
        cell.text = N(lines[0])
        for ln in lines[1:]:
            cell.add_paragraph(N(ln))
    for t in M04_TITLE:
        doc.add_paragraph(N(t)).alignment = 1
    for kind, text in M04_BODY:
        if kind == "h1":
            doc.add_heading(N(text), level=1)
        elif kind == "p":
            doc.add_paragraph(N(text))
        else:
            tb = doc.add_table(rows=1, cols=len(M04_TABLE_HEAD))
            tb.style = "Table Grid"
            for c, h in zip(tb.rows[0].cells, M04_TABLE_HEAD):
                c.text = N(h)
            for row in M04_TABLE:
                cells = tb.add_row().cells
                for c, v in zip(cells, row):
                    c.text = N(v)
    sig = doc.add_table(rows=1, cols=2)
    left, right = sig.rows[0].cells
    left.text = N(M04_NOINHAN[0])
    for ln in M04_NOINHAN[1:]:
        left.add_paragraph(N(ln))
    right.text = N(M04_SIGN[0])
    for ln in M04_SIGN[1:]:
        right.add_paragraph(N(ln))
    doc.save(path)


def all_text():
    parts = M04_LEFT + M04_RIGHT + M04_TITLE + [t for _, t in M04_BODY if t]
    parts += M04_TABLE_HEAD + [c for r in M04_TABLE for c in r] + M04_SIGN + M04_NOINHAN
    return "\n".join(parts)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    p = os.path.join(CORPUS, M04_FILE)
    build_m04(p)
    print("wrote", p, "words:", len(all_text().split()))
