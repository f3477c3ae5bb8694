#!/usr/bin/env python3
"""Rebuild nt02 (.pdf) and nt03 (.docx) of blind set blind134 from the text kept here."""
import os, unicodedata
from fpdf import FPDF
from fpdf.fonts import FontFace
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- nt02 (PDF)
NT02_HEAD_L = ["SỞ Y TẾ TỈNH PHÙ NINH HẠ", "TRUNG TÂM Y TẾ HUYỆN VÂN TRÀ", "Số: 245/TTYT-KSBT",
               "V/v lịch khám sức khỏe định kỳ cho học sinh", "năm học 2025 - 2026"]
NT02_HEAD_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
               "Vân Trà, ngày 05 tháng 9 năm 2025", ""]
NT02_BODY1 = """Kính gửi:
- Phòng Giáo dục và Đào tạo huyện Vân Trà;
- Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở trên địa bàn huyện.
Thực hiện Kế hoạch liên ngành số 1032/KH-SYT-SGDĐT ngày 12/8/2025 của Sở Y tế và Sở Giáo dục và Đào tạo về triển khai công tác y tế trường học năm học 2025 - 2026, Trung tâm Y tế huyện Vân Trà thông báo lịch khám sức khỏe định kỳ đợt 1 cho học sinh và đề nghị các đơn vị phối hợp thực hiện như sau:
1. Lịch khám sức khỏe định kỳ đợt 1
Khám tại trường, buổi sáng từ 7 giờ 30, buổi chiều từ 13 giờ 30. Mỗi kíp khám gồm 01 bác sĩ đa khoa, 01 bác sĩ răng hàm mặt, 01 kỹ thuật viên đo thị lực và 02 điều dưỡng. Kíp khám số 1 do bác sĩ Lò Văn Thưởng làm trưởng kíp; Kíp khám số 2 do bác sĩ Sầm Thị Liễu làm trưởng kíp."""
NT02_TABLE = [["TT", "Trường", "Ngày khám", "Số HS dự kiến", "Kíp khám"],
              ["1", "Trường Mầm non Hòa Bái", "15/9/2025", "212", "Kíp số 1"],
              ["2", "Trường Tiểu học Khe Mận", "17 - 18/9/2025", "486", "Kíp số 1"],
              ["3", "Trường Tiểu học Suối Cọ", "22 - 23/9/2025", "534", "Kíp số 2"],
              ["4", "Trường THCS Đồng Quyết", "29/9 - 01/10/2025", "618", "Kíp số 1 và số 2"],
              ["5", "Trường PTDTBT THCS Pác Lìa", "07/10/2025", "297", "Kíp số 2"],
              ["6", "Trường TH&THCS Hòa Bái", "09 - 10/10/2025", "308", "Kíp số 1"],
              ["", "Cộng", "", "2.455", ""]]
NT02_BODY2 = """Trường hợp thay đổi lịch do thời tiết hoặc dịch bệnh, Trung tâm Y tế huyện sẽ thông báo cho nhà trường trước ít nhất 03 ngày.
2. Đề nghị các trường học
a) Thông báo lịch khám đến cha mẹ học sinh trước ngày khám ít nhất 03 ngày; học sinh mang theo thẻ BHYT hoặc ứng dụng VssID khi đi khám.
b) Chuẩn bị tối thiểu 02 phòng khám đủ ánh sáng, bàn ghế, bảng thị lực và nước sạch; bố trí giáo viên chủ nhiệm đưa học sinh đến khám theo từng lớp.
c) Lập danh sách học sinh theo lớp (họ tên, ngày sinh, giới tính, số thẻ BHYT), gửi về Khoa Kiểm soát bệnh tật trước ngày khám ít nhất 05 ngày.
d) Nhân viên y tế trường học phối hợp với kíp khám ghi kết quả vào sổ theo dõi sức khỏe học sinh và thông báo kết quả cho gia đình.
3. Đề nghị Phòng Giáo dục và Đào tạo huyện đôn đốc các trường thực hiện đúng lịch; tổng hợp kết quả khám của toàn huyện, gửi Trung tâm Y tế huyện trước ngày 20/11/2025 để báo cáo Sở Y tế.
4. Trạm Y tế các xã Hòa Bái, Khe Mận, Đồng Quyết, Pác Lìa và Trạm Y tế thị trấn Suối Cọ mỗi trạm cử 01 cán bộ tham gia kíp khám tại các trường trên địa bàn và quản lý học sinh có bệnh mạn tính sau khám.
5. Kết quả khám được Trung tâm Y tế huyện gửi nhà trường trong vòng 10 ngày làm việc kể từ ngày khám; học sinh phát hiện tật khúc xạ, sâu răng hoặc cong vẹo cột sống được giới thiệu đến cơ sở chuyên khoa để điều trị.
6. Kinh phí khám sức khỏe định kỳ được chi từ nguồn kinh phí chăm sóc sức khỏe ban đầu của nhà trường, mức 35.000 đồng/học sinh; riêng Trường PTDTBT THCS Pác Lìa được Trung tâm Y tế huyện khám miễn phí.
Đầu mối liên hệ: bà Nông Thị Huệ Chi, Phó Trưởng khoa Kiểm soát bệnh tật, điện thoại 0983.417.265, e-mail: ksbt.ttytvantra@phuninhha.gov.vn.
Trung tâm Y tế huyện Vân Trà đề nghị các đơn vị quan tâm, phối hợp thực hiện./."""
NT02_SIGN = ["GIÁM ĐỐC", "(đã ký)", "Quàng Văn Lực"]
NT02_TAIL_L = ["Nơi nhận:", "- Như trên;", "- Sở Y tế (để b/c);", "- UBND huyện Vân Trà (để b/c);",
               "- Trạm Y tế các xã, thị trấn;", "- Lưu: VT, KSBT."]


def build_pdf():
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 18)
    pdf.set_auto_page_break(True, 15)
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.add_page()
    for i, (l, r) in enumerate(zip(NT02_HEAD_L, NT02_HEAD_R)):
        pdf.set_font("DejaVu", "B" if i < 2 else "", 9.5)
        pdf.cell(75, 5.2, N(l), align="C")
        pdf.set_font("DejaVu", "B" if i < 2 else "I", 9.5)
        pdf.cell(0, 5.2, N(r), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 10)
    for para in NT02_BODY1.split("\n"):
        pdf.multi_cell(0, 5.1, N(para), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 9.5)
    with pdf.table(col_widths=(8, 58, 34, 24, 36), line_height=5.4,
                   headings_style=FontFace(emphasis="BOLD")) as table:
        for row in NT02_TABLE:
            r = table.row()
            for c in row:
                r.cell(N(c))
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 10)
    for para in NT02_BODY2.split("\n"):
        pdf.multi_cell(0, 5.1, N(para), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    # signature block (right), then the recipients list (left), as in many scanned copies
    for i, r in enumerate(NT02_SIGN):
        pdf.set_font("DejaVu", "" if r.startswith("(") else "B", 10)
        pdf.cell(100, 5.5, "")
        pdf.cell(0, 5.5, N(r), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for l in NT02_TAIL_L:
        pdf.set_font("DejaVu", "B" if l == "Nơi nhận:" else "", 8.5)
        pdf.cell(0, 4.4, N(l), new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(CORPUS, "nt02_cv_lich_kham_suc_khoe_ttyt_van_tra.pdf"))


# ---------------------------------------------------------------- nt03 (DOCX)
NT03_HEAD = [("UBND HUYỆN VÂN TRÀ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Độc lập - Tự do - Hạnh phúc"),
             ("Số: 418/BC-PGDĐT", "Vân Trà, ngày 28 tháng 11 năm 2025")]
NT03_TITLE = ["BÁO CÁO", "Kết quả khám sức khỏe định kỳ học sinh và công tác y tế trường học học kỳ I năm học 2025 - 2026"]
NT03_BODY1 = """Thực hiện Kế hoạch liên ngành số 1032/KH-SYT-SGDĐT ngày 12/8/2025 của Sở Y tế và Sở Giáo dục và Đào tạo, Hướng dẫn số 1587/HD-SGDĐT ngày 26/8/2025 của Sở Giáo dục và Đào tạo và Công văn số 245/TTYT-KSBT ngày 05/9/2025 của Trung tâm Y tế huyện, Phòng Giáo dục và Đào tạo huyện Vân Trà báo cáo kết quả như sau:
I. KẾT QUẢ KHÁM SỨC KHỎE ĐỊNH KỲ
1. Số lượng học sinh được khám
Từ ngày 15/9/2025 đến ngày 10/10/2025, Trung tâm Y tế huyện đã khám cho 2.380/2.455 học sinh của 06 trường theo lịch, đạt 96,9%; còn 75 học sinh vắng khám do ốm hoặc theo gia đình đi làm ăn xa, tập trung ở Trường PTDTBT THCS Pác Lìa (16 em) và Trường TH&THCS Hòa Bái (24 em).
2. Kết quả phát hiện bệnh, tật học đường theo từng trường"""
NT03_TABLE = [["Trường", "Số HS khám", "Cận thị (%)", "Sâu răng (%)", "Suy dinh dưỡng (%)"],
              ["MN Hòa Bái", "208", "0,5", "38,9", "14,4"],
              ["TH Khe Mận", "479", "6,3", "52,4", "9,8"],
              ["TH Suối Cọ", "527", "11,2", "47,6", "6,1"],
              ["THCS Đồng Quyết", "601", "18,7", "35,2", "5,3"],
              ["PTDTBT THCS Pác Lìa", "281", "7,8", "41,0", "12,5"],
              ["TH&THCS Hòa Bái", "284", "9,5", "44,7", "10,2"],
              ["Toàn huyện", "2.380", "10,3", "43,9", "8,6"]]
NT03_BODY2 = """3. Kết quả theo cấp học
- Cấp mầm non: tỷ lệ suy dinh dưỡng thể thấp còi 14,4%, cao hơn chỉ tiêu của tỉnh (dưới 12%); tỷ lệ thừa cân, béo phì 3,8%.
- Cấp tiểu học: tỷ lệ sâu răng chung 49,8%, chưa đạt chỉ tiêu giảm xuống dưới 45%; tỷ lệ cận thị 8,9%.
- Cấp trung học cơ sở: tỷ lệ cận thị 15,6%, tăng 2,3 điểm phần trăm so với năm học trước; tỷ lệ cong vẹo cột sống 2,1%.
4. Ngày tiêm chủng đợt 1
Ngày 18/10/2025, tại Trường Tiểu học Khe Mận, Trung tâm Y tế huyện phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh tổ chức lễ ra quân và tiêm vắc xin sởi - rubella cho 431/448 trẻ trong diện, đạt 96,2%; không có trường hợp phản ứng nặng sau tiêm.
II. PHÒNG Y TẾ TRƯỜNG HỌC VÀ BẢO HIỂM Y TẾ HỌC SINH
1. Có 4/6 trường có phòng y tế riêng đạt chuẩn theo Hướng dẫn số 1587/HD-SGDĐT; Trường Mầm non Hòa Bái sử dụng phòng ghép với phòng hành chính; Trường PTDTBT THCS Pác Lìa chưa có phòng y tế riêng, đang bố trí góc y tế tại khu nội trú.
2. Có 5/6 trường bố trí nhân viên y tế chuyên trách; Trường Mầm non Hòa Bái bố trí 01 giáo viên kiêm nhiệm.
3. Tỷ lệ học sinh tham gia BHYT toàn huyện đạt 97,2%; cao nhất là Trường Tiểu học Suối Cọ 99,6%, thấp nhất là Trường PTDTBT THCS Pác Lìa 91,4%.
III. KINH PHÍ
Năm 2025, 06 trường được cấp tổng số 125.000.000 đồng cho hoạt động y tế trường học, cụ thể:"""
NT03_BUDGET = ["- Trường PTDTBT THCS Pác Lìa: 32.000.000 đồng (gồm 15.000.000 đồng hỗ trợ trang thiết bị của tỉnh);",
               "- Trường THCS Đồng Quyết: 24.000.000 đồng;",
               "- Trường Tiểu học Khe Mận: 21.000.000 đồng;",
               "- Trường Mầm non Hòa Bái: 18.500.000 đồng;",
               "- Trường Tiểu học Suối Cọ: 17.500.000 đồng;",
               "- Trường TH&THCS Hòa Bái: 12.000.000 đồng."]
NT03_BODY3 = """IV. HẠN CHẾ, NGUYÊN NHÂN
- Tỷ lệ sâu răng ở cấp tiểu học và cận thị ở cấp trung học cơ sở còn cao; việc chải răng có hướng dẫn chưa được duy trì thường xuyên.
- Một số trường thiếu nhân viên y tế chuyên trách; cơ sở vật chất phòng y tế ở vùng khó khăn còn thiếu.
V. ĐỀ XUẤT, KIẾN NGHỊ
1. Đề nghị UBND huyện bố trí kinh phí xây dựng phòng y tế cho Trường PTDTBT THCS Pác Lìa, dự kiến 480.000.000 đồng.
2. Đề nghị Trung tâm Y tế huyện khám bổ sung cho 75 học sinh chưa được khám và tư vấn cho cha mẹ học sinh có con bị cận thị, sâu răng.
3. Phòng Giáo dục và Đào tạo giao Hiệu trưởng các trường tiểu học tổ chức chải răng có hướng dẫn hằng tuần và giao Hiệu trưởng các trường trung học cơ sở kiểm tra ánh sáng, bàn ghế lớp học trước ngày 31/12/2025.
Phòng Giáo dục và Đào tạo huyện Vân Trà trân trọng báo cáo./."""
NT03_SIGN = ["TRƯỞNG PHÒNG", "(đã ký)", "Cầm Bá Thuận"]
NT03_TAIL = ["Nơi nhận:", "- UBND huyện (để b/c);", "- Sở GD&ĐT Phù Ninh Hạ (để b/c);",
             "- Trung tâm Y tế huyện;", "- Các trường MN, TH, THCS;", "- Lưu: VT, YTHĐ."]


def _para(d, text, bold=False, center=False, size=13, italic=False):
    p = d.add_paragraph()
    r = p.add_run(N(text)); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(3)
    return p


def build_docx():
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    t = d.add_table(rows=0, cols=2)
    for i, (l, r) in enumerate(NT03_HEAD):
        cells = t.add_row().cells
        for c, txt in zip(cells, (l, r)):
            c.text = ""
            run = c.paragraphs[0].add_run(N(txt)); run.bold = i < 2; run.italic = (i == 2 and txt is r)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _para(d, "")
    _para(d, NT03_TITLE[0], bold=True, center=True, size=14)
    _para(d, NT03_TITLE[1], bold=True, center=True)
    for line in NT03_BODY1.split("\n"):
        _para(d, line, bold=line[:2] in ("I.", "II", "1.", "2.") and len(line) < 70)
    tb = d.add_table(rows=0, cols=5); tb.style = "Table Grid"
    for i, row in enumerate(NT03_TABLE):
        cells = tb.add_row().cells
        for c, txt in zip(cells, row):
            c.text = ""
            run = c.paragraphs[0].add_run(N(txt)); run.bold = (i == 0 or i == len(NT03_TABLE) - 1)
    _para(d, "")
    for line in NT03_BODY2.split("\n"):
        _para(d, line, bold=len(line) < 60 and not line.startswith("-"))
    for line in NT03_BUDGET:
        _para(d, line)
    for line in NT03_BODY3.split("\n"):
        _para(d, line, bold=len(line) < 40)
    for line in NT03_SIGN:
        p = _para(d, line, bold=not line.startswith("("))
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in NT03_TAIL:
        _para(d, line, bold=line == "Nơi nhận:", size=11)
    d.save(os.path.join(CORPUS, "nt03_bc_ket_qua_kham_suc_khoe_hoc_sinh.docx"))


if __name__ == "__main__":
    build_pdf()
    build_docx()
    print("built nt02 .pdf and nt03 .docx")
