#!/usr/bin/env python
"""Build g04 (.docx, python-docx) and g05 (.pdf, fpdf2) of the blind corpus.

Run:  /work/main/.venv/bin/python /work/main/eval/blind/build_g.py
All text is invented (tỉnh Thanh Hà is fictional) and kept in this file.
"""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- g04 (.docx)
G04_FILE = "g04_kh612_sgddt_stem_nang_luc_so.docx"
G04_LEFT = ["UBND TỈNH THANH HÀ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "", "Số: 612/KH-SGDĐT"]
G04_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
             "Thanh Hà, ngày 08 tháng 5 năm 2026"]
G04_TITLE = ["KẾ HOẠCH",
             "Triển khai giáo dục STEM và nâng cao năng lực số cho học sinh, giáo viên năm học 2026-2027"]
# ("h1"|"h2"|"p"|"table", text)
G04_BODY = [
    ("p", "Căn cứ Chỉ thị số 08/CT-UBND ngày 02/4/2026 của Ủy ban nhân dân tỉnh về đẩy mạnh ứng dụng khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong các cơ quan hành chính nhà nước trên địa bàn tỉnh Thanh Hà năm 2026;"),
    ("p", "Căn cứ Thông báo số 125/TB-UBND ngày 22/4/2026 của Ủy ban nhân dân tỉnh về kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh Trần Quốc Vinh tại cuộc họp về tiến độ xây dựng Kho học liệu số dùng chung;"),
    ("p", "Sở Giáo dục và Đào tạo ban hành Kế hoạch triển khai giáo dục STEM và nâng cao năng lực số cho học sinh, giáo viên năm học 2026-2027 như sau:"),
    ("h1", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Đưa giáo dục STEM trở thành hoạt động thường xuyên trong các cơ sở giáo dục phổ thông, góp phần hình thành năng lực giải quyết vấn đề và tư duy sáng tạo cho học sinh."),
    ("p", "2. Nâng cao năng lực số cho đội ngũ cán bộ quản lý, giáo viên; khai thác hiệu quả Kho học liệu số dùng chung tỉnh Thanh Hà trong dạy học."),
    ("p", "3. Việc triển khai phải phù hợp với điều kiện cơ sở vật chất của từng địa phương, không hình thức, không gây áp lực cho học sinh."),
    ("h1", "II. CHỈ TIÊU"),
    ("p", "- 100% trường trung học cơ sở, trung học phổ thông tổ chức ít nhất 02 chủ đề dạy học STEM trong mỗi học kỳ."),
    ("p", "- Chọn 40 trường tiểu học thực hiện thí điểm hoạt động trải nghiệm STEM, trong đó mỗi huyện, thành phố, thị xã có ít nhất 03 trường."),
    ("p", "- Đến hết năm học 2026-2027, có 85% giáo viên đạt chuẩn năng lực số cơ bản; 100% cán bộ quản lý được bồi dưỡng về quản trị nhà trường trên môi trường số."),
    ("p", "- Mỗi trường trung học phổ thông có ít nhất 01 câu lạc bộ STEM hoặc câu lạc bộ Robotics hoạt động thường xuyên."),
    ("h1", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("p", "Các nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời gian thực hiện được phân công tại bảng sau:"),
    ("table", None),
    ("h1", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách sự nghiệp giáo dục được giao năm 2026, năm 2027 của các đơn vị; nguồn xã hội hóa và các nguồn hợp pháp khác theo quy định. Các cơ sở giáo dục không được thu thêm các khoản ngoài quy định từ cha mẹ học sinh để tổ chức hoạt động STEM."),
    ("h1", "V. TỔ CHỨC THỰC HIỆN"),
    ("h2", "1. Các phòng chuyên môn thuộc Sở"),
    ("p", "Căn cứ nhiệm vụ được phân công tại Mục III, chủ động xây dựng kế hoạch chi tiết, hướng dẫn, kiểm tra các đơn vị trực thuộc; Phòng Giáo dục Trung học là đầu mối tổng hợp kết quả thực hiện Kế hoạch."),
    ("h2", "2. Phòng Giáo dục và Đào tạo các huyện, thành phố, thị xã"),
    ("p", "Chỉ đạo các trường tiểu học, trung học cơ sở xây dựng kế hoạch giáo dục STEM của nhà trường; gửi danh sách trường tiểu học đăng ký thí điểm về Sở (qua Phòng Giáo dục Tiểu học) trước ngày 10/9/2026."),
    ("h2", "3. Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"),
    ("p", "Bố trí giáo viên phụ trách câu lạc bộ STEM; tổ chức cho học sinh tham gia Cuộc thi khoa học kỹ thuật dành cho học sinh trung học cấp tỉnh; báo cáo kết quả về Sở trước ngày 20/12/2026 (sơ kết học kỳ I) và trước ngày 20/5/2027 (tổng kết năm học)."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Giáo dục và Đào tạo (qua Phòng Giáo dục Trung học) để được hướng dẫn, giải quyết."),
]
G04_TABLE_HEAD = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]
G04_TABLE = [
    ["1", "Biên soạn và ban hành tài liệu hướng dẫn dạy học theo chủ đề STEM cấp trung học cơ sở",
     "Phòng Giáo dục Trung học", "Phòng Giáo dục Tiểu học; các trường trung học cơ sở cốt cán", "Hoàn thành trong tháng 8/2026"],
    ["2", "Tập huấn năng lực số cho cán bộ quản lý, giáo viên các cấp học",
     "Phòng Tổ chức cán bộ", "Trường Cao đẳng Kỹ thuật Thanh Hà", "Tháng 7 và tháng 8/2026"],
    ["3", "Cập nhật, thẩm định học liệu trên Kho học liệu số dùng chung tỉnh Thanh Hà",
     "Trung tâm Công nghệ thông tin và Học liệu số", "Phòng Giáo dục và Đào tạo các huyện, thành phố, thị xã",
     "Thường xuyên; tổng hợp hằng tháng"],
    ["4", "Triển khai học bạ số tại các trường trung học phổ thông",
     "Phòng Khảo thí và Quản lý chất lượng", "Các trường trung học phổ thông", "Trước ngày 15/9/2026"],
    ["5", "Tổ chức Ngày hội STEM học sinh tỉnh Thanh Hà lần thứ nhất",
     "Phòng Giáo dục Trung học", "Tỉnh đoàn Thanh Hà; Sở Khoa học và Công nghệ", "Tháng 3/2027, tại thành phố Hà Châu"],
    ["6", "Kiểm tra việc triển khai giáo dục STEM tại các huyện vùng khó khăn",
     "Thanh tra Sở", "Phòng Kế hoạch - Tài chính", "Tháng 12/2026 và tháng 4/2027"],
    ["7", "Sơ kết, tổng kết việc thực hiện Kế hoạch",
     "Văn phòng Sở", "Các phòng chuyên môn thuộc Sở", "Tháng 5/2027 (sau khi kết thúc năm học)"],
]
G04_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Vũ Thị Lan Anh"]
G04_NOINHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;",
               "- Phòng GD&ĐT các huyện, thành phố, thị xã;", "- Các trường THPT, TT GDNN-GDTX;",
               "- Lưu: VT, GDTrH."]


def build_g04(path):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    hdr = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(hdr.rows[0].cells, (G04_LEFT, G04_RIGHT)):
        cell.text = N(lines[0])
        for ln in lines[1:]:
            cell.add_paragraph(N(ln))
    for t in G04_TITLE:
        doc.add_paragraph(N(t)).alignment = 1
    for kind, text in G04_BODY:
        if kind == "h1":
            doc.add_heading(N(text), level=1)
        elif kind == "h2":
            doc.add_heading(N(text), level=2)
        elif kind == "p":
            doc.add_paragraph(N(text))
        else:
            tb = doc.add_table(rows=1, cols=len(G04_TABLE_HEAD))
            tb.style = "Table Grid"
            for c, h in zip(tb.rows[0].cells, G04_TABLE_HEAD):
                c.text = N(h)
            for row in G04_TABLE:
                cells = tb.add_row().cells
                for c, v in zip(cells, row):
                    c.text = N(v)
    sig = doc.add_table(rows=1, cols=2)
    left, right = sig.rows[0].cells
    left.text = N(G04_NOINHAN[0])
    for ln in G04_NOINHAN[1:]:
        left.add_paragraph(N(ln))
    right.text = N(G04_SIGN[0])
    for ln in G04_SIGN[1:]:
        right.add_paragraph(N(ln))
    doc.save(path)


# ---------------------------------------------------------------- g05 (.pdf)
G05_FILE = "g05_hd07_btghu_ngoc_khe_tuyen_truyen.pdf"
G05_HEADER = [
    ("L", "HUYỆN ỦY NGỌC KHÊ", "R", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("L", "BAN TUYÊN GIÁO", "R", "Ngọc Khê, ngày 25 tháng 3 năm 2026"),
    ("L", "*", "R", ""),
    ("L", "Số 07-HD/BTGHU", "R", ""),
]
G05_TITLE = ["HƯỚNG DẪN",
             "tuyên truyền về khoa học, công nghệ, chuyển đổi số",
             "và xây dựng xã hội học tập năm 2026"]
# ("h"|"p", text); "page" forces a page break
G05_BODY = [
    ("p", "Thực hiện Kế hoạch số 45-KH/BTGTU ngày 12/3/2026 của Ban Tuyên giáo Tỉnh ủy Thanh Hà về tuyên truyền thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, Ban Tuyên giáo Huyện ủy Ngọc Khê hướng dẫn công tác tuyên truyền năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Giúp cán bộ, đảng viên và Nhân dân trong huyện hiểu rõ chủ trương của Đảng, chính sách của Nhà nước về khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và xây dựng xã hội học tập; từ đó tích cực tham gia học tập suốt đời, sử dụng các dịch vụ số trong đời sống hằng ngày."),
    ("p", "2. Nội dung tuyên truyền ngắn gọn, dễ hiểu, phù hợp với đồng bào dân tộc thiểu số ở các xã vùng cao; chú trọng hình thức tuyên truyền trực quan và tuyên truyền miệng."),
    ("h", "II. NỘI DUNG TUYÊN TRUYỀN"),
    ("p", "a) Tuyên truyền về Nghị quyết số 57-NQ/TW và Chương trình hành động số 18-CTr/TU của Tỉnh ủy; mục tiêu của huyện đến năm 2030 có 90% hộ gia đình sử dụng Internet cáp quang và 80% người trưởng thành có kỹ năng số cơ bản."),
    ("p", "b) Tuyên truyền về xây dựng xã hội học tập: phong trào \"Gia đình học tập\", \"Dòng họ học tập\", \"Cộng đồng học tập\"; vai trò của trung tâm học tập cộng đồng các xã, thị trấn; các tấm gương vượt khó, học tập suốt đời."),
    ("p", "c) Tuyên truyền về kỹ năng số cho người dân: cài đặt, sử dụng ứng dụng định danh điện tử; nộp hồ sơ thủ tục hành chính trực tuyến; thanh toán không dùng tiền mặt; đưa nông sản đặc trưng của huyện như chè Ngọc Khê, mật ong bạc hà lên sàn thương mại điện tử."),
    ("p", "d) Tuyên truyền cảnh báo các thủ đoạn lừa đảo trên không gian mạng, giả danh cơ quan công an, ngân hàng, nhà mạng để chiếm đoạt tài sản; hướng dẫn người dân cách xử lý khi nghi ngờ bị lừa đảo."),
    ("h", "III. HÌNH THỨC TUYÊN TRUYỀN"),
    ("p", "a) Tuyên truyền miệng thông qua hội nghị báo cáo viên, sinh hoạt chi bộ, họp thôn, tổ dân phố; mỗi chi bộ dành ít nhất 01 buổi sinh hoạt chuyên đề về chuyển đổi số trong năm 2026."),
    ("p", "b) Tuyên truyền trên hệ thống truyền thanh cơ sở: các đài truyền thanh xã, thị trấn phát bản tin chuyên đề ít nhất 02 lần mỗi tuần, thời lượng mỗi lần không dưới 10 phút, bằng tiếng Việt và tiếng dân tộc tại các xã vùng cao."),
    ("p", "c) Tuyên truyền trực quan: treo băng rôn, khẩu hiệu, pa-nô tại trụ sở, nhà văn hóa thôn, chợ và các tuyến đường trung tâm; in và cấp phát 3.000 tờ gấp hướng dẫn kỹ năng số cho các hộ gia đình."),
    ("p", "d) Tuyên truyền trên mạng xã hội: các trang Zalo, Facebook của xã, thị trấn và của các tổ công nghệ số cộng đồng chia sẻ thông tin, video hướng dẫn ngắn."),
    ("page", None),
    ("h", "IV. KHẨU HIỆU TUYÊN TRUYỀN"),
    ("p", "1. Khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số - đột phá quan trọng hàng đầu để phát triển!"),
    ("p", "2. Mỗi người dân một tài khoản định danh điện tử, mỗi gia đình một công dân số!"),
    ("p", "3. Cả huyện Ngọc Khê thi đua xây dựng xã hội học tập, học tập suốt đời!"),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Đảng ủy các xã, thị trấn căn cứ hướng dẫn này xây dựng kế hoạch tuyên truyền cụ thể; chỉ đạo các chi bộ thôn, tổ dân phố tổ chức sinh hoạt chuyên đề về chuyển đổi số, hoàn thành trước ngày 30/9/2026."),
    ("p", "2. Trung tâm Văn hóa, Thông tin và Thể thao huyện chủ trì sản xuất các chương trình phát thanh chuyên đề, cung cấp nội dung cho đài truyền thanh các xã, thị trấn; thực hiện tuyên truyền trực quan tại trung tâm huyện trong tháng 5 và tháng 10/2026."),
    ("p", "3. Phòng Văn hóa và Thông tin huyện phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao huyện biên tập, in ấn tờ gấp hướng dẫn kỹ năng số; hướng dẫn các tổ công nghệ số cộng đồng chia sẻ thông tin trên mạng xã hội."),
    ("p", "4. Phòng Giáo dục và Đào tạo huyện chủ trì, phối hợp với Hội Khuyến học huyện tuyên truyền về xây dựng xã hội học tập; tổng hợp, biểu dương các gia đình, dòng họ học tập tiêu biểu nhân dịp tổng kết năm học."),
    ("p", "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện lồng ghép nội dung tuyên truyền vào sinh hoạt hội viên, đoàn viên; Huyện đoàn chỉ đạo các chi đoàn thôn thành lập đội thanh niên hỗ trợ người cao tuổi cài đặt ứng dụng định danh điện tử."),
    ("p", "6. Các cấp ủy, tổ chức đảng báo cáo kết quả thực hiện Hướng dẫn về Ban Tuyên giáo Huyện ủy trước ngày 15/11/2026 để tổng hợp, báo cáo Ban Thường vụ Huyện ủy và Ban Tuyên giáo Tỉnh ủy."),
]
G05_SIGN = ["TRƯỞNG BAN", "", "", "Đỗ Thị Hồng Nhung"]
G05_NOINHAN = ["Nơi nhận:", "- Ban Tuyên giáo Tỉnh ủy (b/c),", "- Thường trực Huyện ủy (b/c),",
               "- Đảng ủy các xã, thị trấn,", "- Các cơ quan, đơn vị liên quan,", "- Lưu BTG."]


def build_g05(path):
    from fpdf import FPDF
    font_dir = "/usr/share/fonts/truetype/dejavu"
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", os.path.join(font_dir, "DejaVuSerif.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(font_dir, "DejaVuSerif-Bold.ttf"))
    pdf.add_page()
    w = pdf.epw / 2
    for _, left, _, right in G05_HEADER:
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(w, 6, N(left), align="C")
        pdf.set_font("DejaVu", "", 11)
        pdf.cell(w, 6, N(right), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DejaVu", "B", 13)
    for t in G05_TITLE:
        pdf.cell(0, 7, N(t), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "B", 12)
    pdf.ln(5)
    for kind, text in G05_BODY:
        if kind == "page":
            pdf.add_page()
        elif kind == "h":
            pdf.set_font("DejaVu", "B", 11.5)
            pdf.multi_cell(0, 6.5, N(text), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 11.5)
            pdf.multi_cell(0, 6.5, N(text), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.ln(6)
    y = pdf.get_y()
    if y > 230:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_font("DejaVu", "", 10)
    for ln in G05_NOINHAN:
        pdf.cell(w, 5.5, N(ln), new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(pdf.l_margin + w, y)
    pdf.set_font("DejaVu", "B", 11)
    for ln in G05_SIGN:
        pdf.set_x(pdf.l_margin + w)
        pdf.cell(w, 6, N(ln), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_g04(os.path.join(CORPUS, G04_FILE))
    build_g05(os.path.join(CORPUS, G05_FILE))
    print("built", G04_FILE, G05_FILE)
