#!/usr/bin/env python3
"""Rebuild me03 (.pdf, fpdf2) and me04 (.docx, python-docx) from the text kept in this file."""
import os, unicodedata
from fpdf import FPDF
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- me03 (PDF)
ME03_FILE = "me03_cong_van_187_pgddt_day_boi_he.pdf"
ME03_LEFT = ["UBND HUYỆN YÊN LÃNG", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "", "Số: 187/PGDĐT-GDTH",
             "V/v tổ chức dạy bơi an toàn và phòng,", "chống đuối nước cho học sinh", "dịp hè năm 2025"]
ME03_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
              "Yên Lãng, ngày 12 tháng 5 năm 2025"]
ME03_BODY = """Kính gửi: Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở trên địa bàn huyện.

Thực hiện Kế hoạch số 139/KH-UBND ngày 08/4/2025 của Ủy ban nhân dân huyện về thực hiện Chỉ thị số 09-CT/HU của Ban Thường vụ Huyện ủy năm 2025; Hướng dẫn liên ngành số 03/HDLN-GDĐT-YT ngày 22/4/2025 của Phòng Giáo dục và Đào tạo và Phòng Y tế, Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường thực hiện một số nội dung sau:

1. Trước khi học sinh nghỉ hè, các trường tổ chức tiết sinh hoạt chuyên đề "Phòng, chống đuối nước" cho 100% học sinh, hoàn thành trước ngày 24/5/2025. Các trường mầm non lồng ghép nội dung này vào buổi họp cha mẹ trẻ cuối năm học, hướng dẫn cha mẹ trẻ không để trẻ chơi gần ao, hồ, bể chứa nước.

2. Các trường tiểu học, trung học cơ sở rà soát, lập danh sách học sinh chưa biết bơi theo từng lớp, gửi về Phòng Giáo dục và Đào tạo (bộ phận Giáo dục Tiểu học) trước ngày 20/5/2025 để làm căn cứ phân bổ chỉ tiêu lớp học bơi.

3. Trường Tiểu học Vân Trù và Trường THCS Phù Khê (nơi lắp đặt bể bơi lắp ghép theo Kế hoạch số 139/KH-UBND) xây dựng lịch dạy bơi hè, mỗi khóa 10 buổi, mỗi buổi 60 phút, tối đa 25 học sinh/lớp; mỗi lớp có 01 giáo viên dạy bơi và 01 người làm nhiệm vụ cứu hộ. Khóa học thứ nhất khai giảng ngày 10/6/2025. Miễn học phí cho học sinh thuộc hộ nghèo, hộ cận nghèo; đối với học sinh khác, mức đóng góp không quá 300.000 đồng/học sinh/khóa theo thỏa thuận với cha mẹ học sinh.

4. Các trường không có bể bơi phối hợp với Huyện đoàn và Ủy ban nhân dân xã, thị trấn đưa học sinh tham gia lớp dạy bơi tại bể bơi của Trung tâm Văn hóa, Thông tin và Thể thao huyện hoặc bể bơi lắp ghép gần nhất. Tuyệt đối không tổ chức dạy bơi cho học sinh tại ao, hồ, sông, kênh mương tự nhiên.

5. Các trường tiểu học, trung học cơ sở cử giáo viên thể dục tham gia lớp tập huấn kỹ năng dạy bơi an toàn tại Trung tâm Văn hóa, Thông tin và Thể thao huyện từ ngày 26/5 đến ngày 30/5/2025; mỗi trường cử 02 giáo viên. Danh sách giáo viên gửi về Phòng trước ngày 21/5/2025.

6. Trường THCS Đông Khê và Trường Tiểu học Kim Bông (có nhiều học sinh sống ven sông Cầm) phân công giáo viên chủ nhiệm liên hệ với gia đình học sinh hằng tuần trong dịp hè; phối hợp với Ban đại diện cha mẹ học sinh và Đoàn Thanh niên xã duy trì "Tổ an toàn bến sông" vào các buổi chiều từ tháng 6 đến tháng 8/2025.

7. Các trường gửi "Thư gửi cha mẹ học sinh" về phòng, chống đuối nước và an toàn thực phẩm trong dịp hè (theo mẫu gửi kèm) đến 100% gia đình học sinh trước ngày nghỉ hè; cập nhật số điện thoại liên lạc của cha mẹ học sinh để kịp thời thông tin khi cần thiết.

8. Chế độ báo cáo: trước ngày 25/8/2025, các trường báo cáo kết quả dạy bơi hè (số học sinh được học bơi, số học sinh biết bơi an toàn sau khóa học, số giáo viên tham gia) về Phòng Giáo dục và Đào tạo qua hộp thư điện tử pgd.yenlang@namthuan.edu.vn. Trường hợp xảy ra tai nạn, đuối nước liên quan đến học sinh, Hiệu trưởng báo cáo ngay bằng điện thoại cho lãnh đạo Phòng và gửi báo cáo bằng văn bản trong vòng 24 giờ.

Đầu mối liên hệ: đồng chí Vi Thị Thảo Ly, Phó Trưởng phòng Giáo dục và Đào tạo, điện thoại 0915 326 418; nội dung về sơ cứu, y tế trường học liên hệ đồng chí Phí Thị Loan, chuyên viên Phòng Y tế, điện thoại 0984 217 503.

Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường nghiêm túc triển khai thực hiện. Hiệu trưởng chịu trách nhiệm trước Phòng Giáo dục và Đào tạo nếu để xảy ra mất an toàn cho học sinh trong các hoạt động do nhà trường tổ chức./."""
ME03_TAIL_LEFT = ["Nơi nhận:", "- Như kính gửi;", "- UBND huyện (để báo cáo);", "- Phòng Y tế (phối hợp);",
                  "- Huyện đoàn (phối hợp);", "- Lãnh đạo Phòng;", "- Lưu: VT, GDTH, GDTrH."]
ME03_TAIL_RIGHT = ["TRƯỞNG PHÒNG", "", "", "", "Khổng Văn Đạt"]


def build_pdf():
    pdf = FPDF(format="A4")
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSerif.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSerif-Italic.ttf")
    pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_font("DV", "B", 10)
    for i, line in enumerate(ME03_LEFT):
        pdf.set_xy(20, y0 + i * 5.5)
        pdf.set_font("DV", "B" if i < 2 else "", 10 if i < 4 else 9)
        pdf.cell(75, 5.5, N(line), align="C")
    for i, line in enumerate(ME03_RIGHT):
        pdf.set_xy(95, y0 + i * 5.5)
        pdf.set_font("DV", "I" if line.startswith("Yên Lãng") else "B", 10)
        pdf.cell(95, 5.5, N(line), align="C")
    pdf.set_xy(25, y0 + len(ME03_LEFT) * 5.5 + 6)
    pdf.set_font("DV", "", 11.5)
    for para in ME03_BODY.split("\n\n"):
        pdf.multi_cell(0, 6.2, N(para), align="L")
        pdf.ln(2.5)
    y1 = pdf.get_y() + 4
    if y1 > 240:
        pdf.add_page(); y1 = pdf.get_y()
    for i, line in enumerate(ME03_TAIL_LEFT):
        pdf.set_xy(25, y1 + i * 5)
        pdf.set_font("DV", "BI" if i == 0 else "", 9) if i else pdf.set_font("DV", "B", 9)
        pdf.cell(80, 5, N(line))
    for i, line in enumerate(ME03_TAIL_RIGHT):
        pdf.set_xy(110, y1 + i * 6)
        pdf.set_font("DV", "B", 11)
        pdf.cell(80, 6, N(line), align="C")
    pdf.output(os.path.join(CORPUS, ME03_FILE))


# ---------------------------------------------------------------- me04 (DOCX)
ME04_FILE = "me04_huong_dan_lien_nganh_03_y_te_truong_hoc.docx"
ME04_HEADER_LEFT = ["UBND HUYỆN YÊN LÃNG", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "PHÒNG Y TẾ", "",
                    "Số: 03/HDLN-GDĐT-YT"]
ME04_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "",
                     "Yên Lãng, ngày 22 tháng 4 năm 2025"]
ME04_TITLE = ["HƯỚNG DẪN LIÊN NGÀNH",
              "Về phòng y tế trường học và bảo đảm an toàn thực phẩm tại bếp ăn bán trú năm 2025"]
# "#" = heading line, "|TABLE|" = where the Word table goes
ME04_BODY = """Căn cứ Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT ngày 12/5/2016 của Bộ Y tế và Bộ Giáo dục và Đào tạo quy định về công tác y tế trường học;
Căn cứ Kế hoạch số 139/KH-UBND ngày 08/4/2025 của Ủy ban nhân dân huyện Yên Lãng về thực hiện Chỉ thị số 09-CT/HU năm 2025;
Phòng Giáo dục và Đào tạo và Phòng Y tế hướng dẫn các trường mầm non, tiểu học, trung học cơ sở trên địa bàn huyện thực hiện một số nội dung sau:
#I. PHÒNG Y TẾ TRƯỜNG HỌC
1. Vị trí, diện tích
Phòng y tế bố trí ở tầng 1, gần khu lớp học, thuận tiện cho việc sơ cứu và chuyển học sinh đi cơ sở khám bệnh, chữa bệnh. Diện tích tối thiểu 12 m² đối với trường có dưới 500 học sinh và 18 m² đối với trường có từ 500 học sinh trở lên; có bồn rửa tay và nguồn nước sạch.
2. Trang thiết bị tối thiểu
Mỗi phòng y tế trường học có tối thiểu các trang thiết bị theo bảng sau:
|TABLE|
3. Người làm công tác y tế trường học
Trường chưa có nhân viên y tế chuyên trách thì Hiệu trưởng phân công 01 viên chức kiêm nhiệm đã có chứng chỉ sơ cấp cứu, đồng thời ký hợp đồng hỗ trợ chuyên môn với Trạm Y tế xã, thị trấn nơi trường đóng. Nhân viên y tế trường học có mặt tại trường trong suốt thời gian học sinh học tập và ăn bán trú.
#II. AN TOÀN THỰC PHẨM TẠI BẾP ĂN BÁN TRÚ
1. Mỗi trường có bếp ăn bán trú thành lập Tổ an toàn thực phẩm gồm: Phó Hiệu trưởng phụ trách bán trú (tổ trưởng), nhân viên y tế trường học, 01 đại diện tổ cấp dưỡng và 01 đại diện Ban đại diện cha mẹ học sinh. Tổ có trách nhiệm kiểm tra hằng ngày việc nhập thực phẩm, chế biến và chia suất ăn.
2. Thực hiện kiểm thực ba bước và lưu mẫu thức ăn: mỗi món lưu tối thiểu 100 gam đối với thức ăn đặc, 150 ml đối với thức ăn lỏng; bảo quản ở nhiệt độ từ 2°C đến 8°C trong 24 giờ kể từ khi chia suất ăn.
3. Chỉ ký hợp đồng mua thực phẩm với cơ sở có Giấy chứng nhận đủ điều kiện an toàn thực phẩm hoặc có nguồn gốc rõ ràng; công khai thực đơn hằng tuần trên bảng tin và nhóm liên lạc của cha mẹ học sinh.
4. Người trực tiếp chế biến được khám sức khỏe định kỳ ít nhất 01 lần/năm và có xác nhận kiến thức về an toàn thực phẩm.
5. Khi có từ 02 học sinh trở lên có biểu hiện ngộ độc sau bữa ăn, nhà trường ngừng ngay việc chia suất ăn, giữ nguyên mẫu lưu và báo cáo Trạm Y tế xã, Phòng Y tế và Phòng Giáo dục và Đào tạo trong vòng 02 giờ.
#III. TRÁCH NHIỆM THỰC HIỆN
1. Phòng Giáo dục và Đào tạo
- Chỉ đạo các trường bố trí phòng y tế và phân công người làm công tác y tế trường học, hoàn thành trước ngày 15/8/2025 để sẵn sàng cho năm học 2025 - 2026.
- Đưa tiêu chí phòng y tế trường học và an toàn bếp ăn bán trú vào đánh giá thi đua của nhà trường.
2. Phòng Y tế
- Chủ trì Đoàn kiểm tra liên ngành an toàn thực phẩm tại bếp ăn bán trú theo Kế hoạch số 139/KH-UBND; đợt 1 kiểm tra 100% trường có bếp ăn bán trú.
- Tổng hợp kết quả kiểm tra, báo cáo Ủy ban nhân dân huyện sau mỗi đợt kiểm tra 10 ngày.
3. Trung tâm Y tế huyện chủ trì tập huấn kiến thức an toàn thực phẩm cho 100% nhân viên cấp dưỡng trước ngày 31/7/2025 và hướng dẫn khám sức khỏe đầu năm học cho học sinh.
4. Trạm Y tế các xã, thị trấn phối hợp với nhà trường trên địa bàn giám sát bếp ăn bán trú định kỳ hằng tháng; cử cán bộ hỗ trợ chuyên môn cho các trường chưa có nhân viên y tế chuyên trách.
5. Các trường mầm non, tiểu học, trung học cơ sở
- Rà soát phòng y tế, trang thiết bị theo bảng tại mục I; lập danh mục còn thiếu gửi Phòng Giáo dục và Đào tạo trước ngày 15/5/2025.
- Trường mầm non có từ 100 trẻ ăn bán trú trở lên phải có nhân viên y tế hoặc người kiêm nhiệm có mặt trong giờ ăn và giờ ngủ trưa.
Trong quá trình thực hiện, nếu có vướng mắc, các trường liên hệ đồng chí Phí Thị Loan, chuyên viên Phòng Y tế, điện thoại 0984 217 503 hoặc bộ phận Giáo dục Mầm non, Phòng Giáo dục và Đào tạo để được hướng dẫn."""
ME04_TABLE = [
    ["TT", "Trang thiết bị", "Số lượng tối thiểu", "Ghi chú"],
    ["1", "Giường khám, nghỉ cho học sinh", "02 chiếc", "Trường trên 1.000 học sinh bố trí 03 chiếc"],
    ["2", "Tủ thuốc có khóa và thuốc thiết yếu", "01 chiếc", "Thuốc còn hạn sử dụng, có sổ theo dõi"],
    ["3", "Cân sức khỏe có thước đo chiều cao", "01 bộ", "Dùng cho khám sức khỏe đầu năm học"],
    ["4", "Bảng kiểm tra thị lực", "01 bộ", "Treo nơi đủ ánh sáng, cách chỗ đứng 5 mét"],
    ["5", "Huyết áp kế, nhiệt kế", "01 bộ", ""],
    ["6", "Túi sơ cứu ban đầu", "02 bộ", "01 bộ mang theo khi học sinh học bơi hoặc đi trải nghiệm"],
    ["7", "Sổ theo dõi sức khỏe học sinh", "Theo số lớp", "Cập nhật sau mỗi lần khám"],
]
ME04_SIGN = [("TRƯỞNG PHÒNG Y TẾ", "Lục Thị Bích Hằng"), ("TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Khổng Văn Đạt")]
ME04_NOI_NHAN = ["Nơi nhận:", "- UBND huyện (để báo cáo);", "- Trung tâm Y tế huyện;",
                 "- Trạm Y tế các xã, thị trấn;", "- Các trường MN, TH, THCS;", "- Lưu: VT PGDĐT, VT PYT."]


def _cell_text(cell, lines, bold=False, size=12):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(line)); r.bold = bold; r.font.size = Pt(size)


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    hdr = doc.add_table(rows=1, cols=2)
    _cell_text(hdr.cell(0, 0), ME04_HEADER_LEFT, bold=True, size=12)
    _cell_text(hdr.cell(0, 1), ME04_HEADER_RIGHT, bold=True, size=12)
    for i, t in enumerate(ME04_TITLE):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(t)); r.bold = True; r.font.size = Pt(14 if i == 0 else 13)
    for line in ME04_BODY.split("\n"):
        if line == "|TABLE|":
            tb = doc.add_table(rows=len(ME04_TABLE), cols=4); tb.style = "Table Grid"
            for ri, row in enumerate(ME04_TABLE):
                for ci, val in enumerate(row):
                    tb.cell(ri, ci).text = N(val)
                    if ri == 0:
                        for r in tb.cell(ri, ci).paragraphs[0].runs: r.bold = True
            continue
        if line.startswith("#"):
            p = doc.add_paragraph(); r = p.add_run(N(line[1:])); r.bold = True
        else:
            p = doc.add_paragraph(N(line))
    p = doc.add_paragraph()
    for title, name in ME04_SIGN:
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(title)); r.bold = True
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(name)); r.bold = True
    for i, line in enumerate(ME04_NOI_NHAN):
        p = doc.add_paragraph(); r = p.add_run(N(line)); r.font.size = Pt(11)
        if i == 0: r.bold = True; r.italic = True
    doc.save(os.path.join(CORPUS, ME04_FILE))


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_pdf()
    build_docx()
    print("built", ME03_FILE, ME04_FILE)
