#!/usr/bin/env python
"""Rebuild nf01 (.docx) and nf05 (.pdf) of blind set 121 from the text kept here."""
import os, unicodedata
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- nf01 (.docx)
NF01_HEADER = (["ỦY BAN NHÂN DÂN", "TỈNH MỸ LƯƠNG TÂY", "Số: 356/QĐ-UBND"],
               ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Mỹ Lương Tây, ngày 21 tháng 3 năm 2023"])
NF01_TITLE = ["QUYẾT ĐỊNH",
              "Về việc phê duyệt nhiệm vụ khoa học và công nghệ cấp tỉnh “Xây dựng mô hình sản xuất "
              "giống lúa chịu hạn MLT-01 gắn với lớp học hiện trường cho nông dân tại huyện Kim Điền”",
              "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH MỸ LƯƠNG TÂY"]
NF01_BODY_A = """Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013;
Căn cứ Quyết định số 1842/QĐ-UBND ngày 15 tháng 12 năm 2022 của Ủy ban nhân dân tỉnh về việc phê duyệt danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng thực hiện từ năm 2023;
Căn cứ kết quả họp Hội đồng tư vấn tuyển chọn tổ chức, cá nhân chủ trì nhiệm vụ ngày 24 tháng 02 năm 2023;
Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 52/TTr-SKHCN ngày 14 tháng 3 năm 2023.
#QUYẾT ĐỊNH:
Điều 1. Phê duyệt nhiệm vụ khoa học và công nghệ cấp tỉnh với các nội dung sau:
1. Tên nhiệm vụ: Xây dựng mô hình sản xuất giống lúa chịu hạn MLT-01 gắn với lớp học hiện trường cho nông dân tại huyện Kim Điền.
2. Mã số: ĐTCT.2023.05.
3. Tổ chức chủ trì: Trung tâm Khuyến nông tỉnh Mỹ Lương Tây (trực thuộc Sở Nông nghiệp và Phát triển nông thôn).
4. Chủ nhiệm nhiệm vụ: ThS. Trịnh Văn Khởi, Phó Giám đốc Trung tâm Khuyến nông tỉnh; thư ký khoa học: KS. Lương Thị Mẫn, Trưởng phòng Kỹ thuật khuyến nông.
5. Thời gian thực hiện: 21 tháng, từ tháng 4/2023 đến hết tháng 12/2024.
6. Mục tiêu:
a) Mục tiêu chung: Đánh giá khả năng thích ứng và hiệu quả của giống lúa chịu hạn MLT-01 trên chân đất cao, thiếu nước của huyện Kim Điền; nâng cao năng lực tự ra quyết định của nông dân thông qua lớp học hiện trường, làm cơ sở nhân rộng trên địa bàn tỉnh.
b) Mục tiêu cụ thể:
- Xây dựng 03 mô hình trình diễn giống lúa chịu hạn MLT-01 với quy mô 30 ha/vụ tại các xã Vĩnh Thạnh Khê, An Bình Lũy và Hòa Phong Nguyên, thực hiện trong 03 vụ: vụ Mùa 2023, vụ Đông Xuân 2023 - 2024 và vụ Mùa 2024;
- Năng suất lúa trong mô hình đạt từ 50 tạ/ha trở lên ở vụ Mùa và từ 58 tạ/ha trở lên ở vụ Đông Xuân, cao hơn giống đối chứng KĐ-18 ít nhất 10%;
- Lượng nước tưới giảm từ 20% trở lên so với canh tác truyền thống;
- Tổ chức 06 lớp học hiện trường cho 180 nông dân; đào tạo 02 kỹ thuật viên cơ sở cho mỗi xã.
7. Nội dung thực hiện:
- Nội dung 1: Điều tra, khảo sát, chọn điểm và chọn hộ tham gia mô hình;
- Nội dung 2: Xây dựng mô hình trình diễn qua 03 vụ;
- Nội dung 3: Tổ chức lớp học hiện trường và hội thảo đầu bờ;
- Nội dung 4: Đánh giá hiệu quả kinh tế, xã hội, môi trường; xây dựng quy trình kỹ thuật;
- Nội dung 5: Tổng kết, đánh giá, nghiệm thu nhiệm vụ.
8. Sản phẩm:
- 01 quy trình kỹ thuật thâm canh giống lúa MLT-01 trong điều kiện thiếu nước;
- 90 ha mô hình trình diễn (30 ha/vụ x 03 vụ);
- 06 lớp học hiện trường, 02 hội thảo đầu bờ;
- Báo cáo tổng kết nhiệm vụ và báo cáo tóm tắt.
9. Kinh phí thực hiện: Tổng kinh phí 2.460.000.000 đồng (Hai tỷ, bốn trăm sáu mươi triệu đồng), trong đó:
- Ngân sách sự nghiệp khoa học tỉnh: 1.850.000.000 đồng;
- Vốn đối ứng của hợp tác xã và nông dân tham gia mô hình: 610.000.000 đồng.
Phân kỳ kinh phí theo nguồn và theo năm như sau:"""
NF01_TABLE = [["TT", "Nguồn kinh phí", "Năm 2023 (đồng)", "Năm 2024 (đồng)", "Tổng cộng (đồng)"],
              ["1", "Ngân sách sự nghiệp khoa học tỉnh", "980.000.000", "870.000.000", "1.850.000.000"],
              ["2", "Vốn đối ứng của hợp tác xã, nông dân", "285.000.000", "325.000.000", "610.000.000"],
              ["", "Tổng cộng", "1.265.000.000", "1.195.000.000", "2.460.000.000"]]
NF01_BODY_B = """Điều 2. Tổ chức thực hiện
1. Sở Khoa học và Công nghệ chủ trì ký hợp đồng thực hiện nhiệm vụ với Trung tâm Khuyến nông tỉnh trước ngày 15/4/2023; kiểm tra, đánh giá giữa kỳ trong quý II/2024 và tổ chức đánh giá, nghiệm thu theo quy định.
2. Sở Tài chính phối hợp với Sở Khoa học và Công nghệ bố trí kinh phí ngân sách sự nghiệp khoa học hằng năm để thực hiện nhiệm vụ.
3. Trung tâm Khuyến nông tỉnh có trách nhiệm tổ chức thực hiện nhiệm vụ đúng mục tiêu, nội dung, tiến độ; sử dụng kinh phí đúng mục đích; định kỳ 6 tháng báo cáo tiến độ về Sở Khoa học và Công nghệ.
4. Sở Nông nghiệp và Phát triển nông thôn chỉ đạo Trung tâm Khuyến nông tỉnh thực hiện nhiệm vụ; chủ trì đánh giá khả năng nhân rộng mô hình sau khi nhiệm vụ được nghiệm thu.
5. Ủy ban nhân dân huyện Kim Điền chỉ đạo Phòng Nông nghiệp và Phát triển nông thôn huyện và Ủy ban nhân dân các xã Vĩnh Thạnh Khê, An Bình Lũy, Hòa Phong Nguyên phối hợp chọn hộ, bố trí khu ruộng tập trung, trong đó Ủy ban nhân dân các xã có trách nhiệm bảo đảm nguồn nước tưới tối thiểu cho diện tích mô hình.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Khoa học và Công nghệ, Tài chính, Nông nghiệp và Phát triển nông thôn; Chủ tịch Ủy ban nhân dân huyện Kim Điền; Giám đốc Trung tâm Khuyến nông tỉnh; ThS. Trịnh Văn Khởi và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."""
NF01_TAIL = (["Nơi nhận:", "- Như Điều 4;", "- Bộ Khoa học và Công nghệ (để b/c);",
              "- CT, các PCT UBND tỉnh;", "- Kho bạc Nhà nước tỉnh;", "- Lưu: VT, KGVX."],
             ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Đoàn Quốc Thịnh"])


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    t = doc.add_table(rows=1, cols=2)
    for i, col in enumerate(NF01_HEADER):
        cell = t.rows[0].cells[i]; cell.text = ""
        for j, line in enumerate(col):
            p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
            r = p.add_run(N(line)); r.bold = (j < 2)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for k, line in enumerate(NF01_TITLE):
        p = doc.add_paragraph(); r = p.add_run(N(line)); r.bold = k != 1
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def body(text):
        for line in text.split("\n"):
            if line.startswith("#"):
                p = doc.add_paragraph(); p.add_run(N(line[1:])).bold = True
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                p = doc.add_paragraph()
                if line.startswith("Điều "):
                    head, rest = line.split(".", 1)
                    p.add_run(N(head + ".")).bold = True; p.add_run(N(rest))
                else:
                    p.add_run(N(line))
    body(NF01_BODY_A)
    tb = doc.add_table(rows=len(NF01_TABLE), cols=5); tb.style = "Table Grid"
    for i, row in enumerate(NF01_TABLE):
        for j, v in enumerate(row):
            tb.cell(i, j).text = N(v)
    body(NF01_BODY_B)
    t2 = doc.add_table(rows=1, cols=2)
    for i, col in enumerate(NF01_TAIL):
        cell = t2.rows[0].cells[i]; cell.text = ""
        for j, line in enumerate(col):
            p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
            p.add_run(N(line)).bold = (i == 1 and line not in ("(Đã ký)",))
            if i == 1: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(path)


# ---------------------------------------------------------------- nf05 (.pdf)
NF05_HEADER = (["SỞ NÔNG NGHIỆP VÀ PTNT TỈNH MỸ LƯƠNG TÂY", "TRUNG TÂM KHUYẾN NÔNG", "Số: 09/BC-TTKN"],
               ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Mỹ Lương Tây, ngày 20 tháng 01 năm 2025"])
NF05_TITLE = ["BÁO CÁO",
              "Tổng kết thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh “Xây dựng mô hình sản xuất giống "
              "lúa chịu hạn MLT-01 gắn với lớp học hiện trường cho nông dân tại huyện Kim Điền” "
              "(Mã số: ĐTCT.2023.05)"]
NF05_BODY_A = """Căn cứ Quyết định số 356/QĐ-UBND ngày 21/3/2023 của Chủ tịch UBND tỉnh Mỹ Lương Tây phê duyệt nhiệm vụ; Hợp đồng số 09/2023/HĐ-KHCN ngày 10/4/2023 và Kế hoạch số 27/KH-TTKN ngày 17/4/2023 của Trung tâm Khuyến nông tỉnh; Thông báo số 118/TB-SKHCN ngày 24/5/2024 của Sở Khoa học và Công nghệ về kết luận kiểm tra giữa kỳ, Trung tâm Khuyến nông tỉnh báo cáo tổng kết nhiệm vụ như sau:
#I. KHÁI QUÁT CHUNG
Nhiệm vụ được thực hiện từ tháng 4/2023 đến hết tháng 12/2024 tại 03 xã Vĩnh Thạnh Khê, An Bình Lũy và Hòa Phong Nguyên của huyện Kim Điền, là vùng chân đất cao, thường xuyên thiếu nước vào cuối vụ. Tổ chức chủ trì là Trung tâm Khuyến nông tỉnh; chủ nhiệm nhiệm vụ là ThS. Trịnh Văn Khởi.
#II. KẾT QUẢ THỰC HIỆN
1. Khảo sát, chọn điểm, chọn hộ: Đã khảo sát 412 hộ, lựa chọn 187 hộ tham gia mô hình, trong đó xã Vĩnh Thạnh Khê 76 hộ, xã An Bình Lũy 63 hộ, xã Hòa Phong Nguyên 48 hộ. Diện tích mỗi vụ là 30 ha (Vĩnh Thạnh Khê 12 ha, An Bình Lũy 10 ha, Hòa Phong Nguyên 8 ha).
2. Kết quả mô hình trình diễn: Qua 03 vụ, tổng diện tích mô hình đạt 90 ha, bằng 100% kế hoạch. Giống MLT-01 sinh trưởng ổn định, chịu được đợt khô hạn kéo dài 18 ngày cuối vụ Mùa 2024. Năng suất thực thu (gặt ô mẫu) của giống MLT-01 và giống đối chứng KĐ-18 theo từng xã, từng vụ như sau (đơn vị: tạ/ha):"""
NF05_TABLE = [["Xã", "Vụ Mùa 2023", "Vụ Đông Xuân 2023 - 2024", "Vụ Mùa 2024"],
              ["", "MLT-01 / KĐ-18", "MLT-01 / KĐ-18", "MLT-01 / KĐ-18"],
              ["Vĩnh Thạnh Khê", "52,4 / 45,1", "61,8 / 54,3", "55,2 / 47,0"],
              ["An Bình Lũy", "50,6 / 43,8", "59,5 / 52,7", "53,9 / 46,4"],
              ["Hòa Phong Nguyên", "48,9 / 42,5", "58,7 / 51,0", "52,1 / 45,3"],
              ["Bình quân", "50,6 / 43,8", "60,0 / 52,7", "53,7 / 46,2"]]
NF05_BODY_B = """Như vậy, năng suất bình quân giống MLT-01 vụ Mùa 2023 đạt 50,6 tạ/ha, vụ Đông Xuân 2023 - 2024 đạt 60,0 tạ/ha và vụ Mùa 2024 đạt 53,7 tạ/ha, cao hơn giống đối chứng từ 13,9% đến 16,2%, đạt và vượt chỉ tiêu đề ra. Năng suất cao nhất ghi nhận tại xã Vĩnh Thạnh Khê trong vụ Đông Xuân 2023 - 2024 với 61,8 tạ/ha; thấp nhất tại xã Hòa Phong Nguyên trong vụ Mùa 2023 với 48,9 tạ/ha.
Về sử dụng nước: sau khi lắp đặt đồng hồ đo nước theo kết luận kiểm tra giữa kỳ, lượng nước tưới của mô hình giảm bình quân 24,5% so với ruộng canh tác truyền thống, cao nhất tại xã Vĩnh Thạnh Khê với mức giảm 27,8%.
3. Lớp học hiện trường và hội thảo: Đã tổ chức 06 lớp học hiện trường với 186 học viên (vượt 6 học viên so với kế hoạch), mỗi lớp học 14 buổi theo các giai đoạn sinh trưởng của cây lúa; đào tạo 06 kỹ thuật viên cơ sở. Hội thảo đầu bờ lần thứ nhất tổ chức ngày 23/4/2024 tại xã Vĩnh Thạnh Khê với 136 đại biểu; hội thảo lần thứ hai tổ chức ngày 26/9/2024 tại xã An Bình Lũy với 148 đại biểu, trong đó có 35 nông dân xã Phước Lộc Thượng đến tham quan.
4. Hiệu quả kinh tế: Trong vụ Đông Xuân 2023 - 2024, lợi nhuận bình quân của ruộng mô hình đạt 21,4 triệu đồng/ha, ruộng đối chứng đạt 15,8 triệu đồng/ha, tăng 5,6 triệu đồng/ha. Tính bình quân cả 03 vụ, lợi nhuận ruộng mô hình tăng 4,9 triệu đồng/ha so với đối chứng. Riêng vụ Mùa 2024, nông dân trong vùng đã tự mở rộng diện tích gieo cấy giống MLT-01 ngoài mô hình lên khoảng 146 ha.
5. Sản phẩm: Đã hoàn thành dự thảo 01 quy trình kỹ thuật thâm canh giống lúa MLT-01 trong điều kiện thiếu nước, được xây dựng phối hợp với Trường Cao đẳng Nông nghiệp Mỹ Lương Tây; báo cáo tổng kết và báo cáo tóm tắt.
6. Kinh phí: Kinh phí ngân sách sự nghiệp khoa học được cấp 1.850.000.000 đồng; đã giải ngân, quyết toán 1.843.200.000 đồng, đạt 99,6%; số còn lại 6.800.000 đồng nộp trả ngân sách. Vốn đối ứng thực tế của hợp tác xã và nông dân là 634.500.000 đồng, vượt 24.500.000 đồng so với dự toán.
#III. TỒN TẠI, HẠN CHẾ
- Vụ Mùa 2023 chưa lắp đặt thiết bị đo nước tại xã An Bình Lũy nên số liệu tiết kiệm nước của vụ này chưa đầy đủ.
- Một số hộ tại xã Hòa Phong Nguyên ghi chép sổ nông hộ chưa thường xuyên; đã được khắc phục sau kiểm tra giữa kỳ.
- Hồ sơ tạm ứng đợt 2 chậm so với hợp đồng do chờ hoàn thiện chứng từ đối ứng.
#IV. KIẾN NGHỊ
1. Đề nghị Sở Khoa học và Công nghệ thành lập Hội đồng tư vấn và tổ chức đánh giá, nghiệm thu nhiệm vụ trong tháng 02/2025.
2. Đề nghị Sở Nông nghiệp và PTNT xem xét đưa giống MLT-01 vào cơ cấu giống chính của tỉnh cho vùng đất cao thiếu nước.
3. Đề nghị UBND huyện Kim Điền xây dựng kế hoạch nhân rộng giống MLT-01 lên khoảng 500 ha từ vụ Đông Xuân 2025 - 2026, ưu tiên xã Phước Lộc Thượng; giao Trạm Khuyến nông huyện Kim Điền tiếp tục hướng dẫn kỹ thuật cho hộ mới tham gia.
4. Đề nghị Hội Nông dân huyện Kim Điền phối hợp duy trì các nhóm nông dân sau lớp học hiện trường, tổ chức sinh hoạt định kỳ hằng quý."""
NF05_TAIL = (["Nơi nhận:", "- Sở Khoa học và Công nghệ;", "- Sở Nông nghiệp và PTNT (b/c);",
              "- UBND huyện Kim Điền;", "- Lưu: VT, KTKN."],
             ["GIÁM ĐỐC", "(Đã ký)", "Lâm Văn Kha", "", "CHỦ NHIỆM NHIỆM VỤ", "(Đã ký)", "Trịnh Văn Khởi"])

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DJ", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DJ", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_page()
    w = pdf.epw
    y0 = pdf.get_y()
    for i, col in enumerate(NF05_HEADER):
        x = pdf.l_margin + i * w / 2
        pdf.set_xy(x, y0)
        for j, line in enumerate(col):
            pdf.set_font("DJ", "B" if j < 2 else "", 9.5)
            pdf.set_x(x); pdf.cell(w / 2, 5.5, N(line), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("DJ", "B", 12); pdf.cell(w, 7, N(NF05_TITLE[0]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DJ", "B", 10); pdf.multi_cell(w, 5.5, N(NF05_TITLE[1]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def body(text):
        for line in text.split("\n"):
            if line.startswith("#"):
                pdf.set_font("DJ", "B", 11.5); pdf.multi_cell(w, 7, N(line[1:]), new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DJ", "", 11.5); pdf.multi_cell(w, 6.6, N(line), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
    body(NF05_BODY_A)
    pdf.ln(1)
    widths = [44, 38, 50, 40]
    for i, row in enumerate(NF05_TABLE):
        pdf.set_font("DJ", "B" if i in (0, 1, len(NF05_TABLE) - 1) else "", 9.5)
        for j, v in enumerate(row):
            pdf.cell(widths[j], 6.5, N(v), border=1, align="C")
        pdf.ln(6.5)
    pdf.ln(3)
    body(NF05_BODY_B)
    pdf.ln(4)
    y0 = pdf.get_y()
    if y0 > 230:
        pdf.add_page(); y0 = pdf.get_y()
    for i, col in enumerate(NF05_TAIL):
        x = pdf.l_margin + i * w / 2
        pdf.set_xy(x, y0)
        for line in col:
            bold = (i == 1 and line and line != "(Đã ký)") or line == "Nơi nhận:"
            pdf.set_font("DJ", "B" if bold else "", 9.5 if i == 0 else 10.5)
            pdf.set_x(x); pdf.cell(w / 2, 5.5, N(line), align="L" if i == 0 else "C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, "nf01_quyet_dinh_356_phe_duyet_nhiem_vu_lua_chiu_han.docx"))
    build_pdf(os.path.join(CORPUS, "nf05_bao_cao_09_tong_ket_nang_suat_lua_chiu_han.pdf"))
    print("built nf01 .docx and nf05 .pdf")
