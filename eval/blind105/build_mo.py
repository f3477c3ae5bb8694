"""Rebuild mo03 (.docx) and mo04 (.pdf) of set blind105 from the text kept here."""
import os, unicodedata
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- mo03 (.docx)
MO03_HEAD = [("UBND TỈNH VÂN HÀ BẮC\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1675/QĐ-SGDĐT",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nVân Hà Bắc, ngày 02 tháng 10 năm 2025")]
MO03_BODY_1 = """QUYẾT ĐỊNH
Về việc cử giáo viên tiếng Anh tiểu học huyện Kỳ Lạc tham gia lớp bồi dưỡng nâng cao năng lực, đợt 1 năm học 2025-2026
GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH VÂN HÀ BẮC
Căn cứ Quyết định số 36/2024/QĐ-UBND ngày 18/6/2024 của UBND tỉnh Vân Hà Bắc quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo;
Căn cứ Kế hoạch số 1482/KH-SGDĐT ngày 14/8/2025 của Sở Giáo dục và Đào tạo về tăng cường dạy học tiếng Anh ở cấp tiểu học năm học 2025-2026;
Xét Tờ trình số 41/TTr-PGDĐT ngày 22/9/2025 của Phòng GD&ĐT huyện Kỳ Lạc và đề nghị của Trưởng phòng Giáo dục Tiểu học,
QUYẾT ĐỊNH:
Điều 1. Cử 07 giáo viên tiếng Anh tiểu học của huyện Kỳ Lạc (có danh sách kèm theo) tham gia lớp bồi dưỡng nâng cao năng lực tiếng Anh và phương pháp dạy học, đợt 1 năm học 2025-2026.
- Thời gian: từ ngày 20/10/2025 đến hết ngày 14/11/2025 (04 tuần, học tập trung từ thứ Hai đến thứ Sáu).
- Địa điểm: Trường Cao đẳng Sư phạm Vân Hà Bắc, số 18 đường Lê Hữu Trác, phường Bắc Vân.
- Nội dung: 160 tiết, gồm 3 học phần: nâng cao kỹ năng nghe - nói tiếng Anh (80 tiết); phương pháp dạy tiếng Anh cho trẻ em (50 tiết); ứng dụng phần mềm EngKid và học liệu số trong dạy học (30 tiết).
Danh sách giáo viên được cử đi bồi dưỡng:"""
MO03_TABLE = [
    ["TT", "Họ và tên", "Năm sinh", "Trình độ hiện tại", "Đơn vị công tác", "Ghi chú"],
    ["1", "Bế Thị Hoài An", "1990", "Bậc 3 (B1)", "Trường TH Khả Phong, huyện Kỳ Lạc", "Nhóm trưởng nhóm học viên"],
    ["2", "Chu Minh Trang", "1994", "Bậc 3 (B1)", "Trường TH Thượng Vệ, huyện Kỳ Lạc", ""],
    ["3", "Lò Thị Sương", "1988", "Bậc 3 (B1)", "Trường TH Thượng Vệ, huyện Kỳ Lạc", "Dạy tại điểm trường Nà Sa"],
    ["4", "Khổng Thị Lệ", "1992", "Bậc 3 (B1)", "Trường TH Lạc Khê, huyện Kỳ Lạc", ""],
    ["5", "Mạc Văn Quý", "1987", "Bậc 3 (B1)", "Trường TH Mỹ Quang Hạ, huyện Kỳ Lạc", ""],
    ["6", "Tăng Thị Hảo", "1996", "Bậc 3 (B1)", "Trường TH Tân Dực, huyện Kỳ Lạc", ""],
    ["7", "Đinh Nhật Linh", "1995", "Bậc 3 (B1)", "Trường TH Khả Phong, huyện Kỳ Lạc", ""],
]
MO03_BODY_2 = """Điều 2. Trách nhiệm của giáo viên được cử đi bồi dưỡng
1. Tham gia đầy đủ thời gian, chương trình bồi dưỡng; chấp hành nội quy, quy chế của Trường Cao đẳng Sư phạm Vân Hà Bắc.
2. Sau khóa học, dự kỳ kiểm tra đánh giá năng lực ngoại ngữ theo Khung năng lực ngoại ngữ 6 bậc dùng cho Việt Nam vào ngày 22/11/2025.
3. Bà Bế Thị Hoài An, giáo viên Trường TH Khả Phong, làm nhóm trưởng nhóm học viên huyện Kỳ Lạc, có trách nhiệm theo dõi chuyên cần và báo cáo tình hình học tập của nhóm về Phòng GD&ĐT huyện Kỳ Lạc hằng tuần.
Điều 3. Kinh phí
1. Học phí và tài liệu học tập do Sở GD&ĐT chi trả từ nguồn kinh phí thực hiện Kế hoạch số 1482/KH-SGDĐT, mức 12.000.000 đồng/học viên; tổng kinh phí cho 07 học viên là 84.000.000 đồng.
2. Tiền ăn, ở, đi lại của học viên do trường tiểu học cử giáo viên đi bồi dưỡng thanh toán theo chế độ công tác phí hiện hành.
Điều 4. Tổ chức thực hiện
1. Phòng Giáo dục Tiểu học phối hợp Trường Cao đẳng Sư phạm Vân Hà Bắc theo dõi, quản lý lớp học, tổng hợp kết quả bồi dưỡng trước ngày 30/11/2025.
2. Phòng Kế hoạch - Tài chính thực hiện cấp phát, thanh quyết toán kinh phí theo Điều 3.
3. Trường Cao đẳng Sư phạm Vân Hà Bắc cấp Giấy chứng nhận hoàn thành khóa bồi dưỡng cho học viên đạt yêu cầu.
4. Phòng GD&ĐT huyện Kỳ Lạc chỉ đạo các trường có giáo viên đi học sắp xếp giáo viên dạy thay, bảo đảm không để học sinh nghỉ học môn tiếng Anh; trong đó Trường TH Khả Phong và Trường TH Thượng Vệ, mỗi trường có 02 giáo viên đi học, được phép hợp đồng thỉnh giảng giáo viên tiếng Anh trong thời gian 04 tuần.
Điều 5. Quyết định này có hiệu lực kể từ ngày ký.
Chánh Văn phòng Sở, Trưởng phòng Giáo dục Tiểu học, Trưởng phòng Kế hoạch - Tài chính, Trưởng phòng GD&ĐT huyện Kỳ Lạc, Hiệu trưởng các trường tiểu học có tên tại Điều 1 và các giáo viên có tên trong danh sách chịu trách nhiệm thi hành Quyết định này.
Mọi thông tin liên hệ về lớp học: ông Phạm Hữu Nghị, Phó Trưởng phòng Đào tạo - Bồi dưỡng, Trường Cao đẳng Sư phạm Vân Hà Bắc, điện thoại 0974 215 660."""
MO03_TAIL = [("Nơi nhận:\n- Như Điều 5;\n- Trường Cao đẳng Sư phạm Vân Hà Bắc (để phối hợp);\n- Phòng GD&ĐT huyện Kỳ Lạc;\n- Lưu: VT, GDTH.",
              "GIÁM ĐỐC\n\n(đã ký)\n\nVương Quốc Thịnh")]


def build_docx(path):
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    t = d.add_table(rows=len(MO03_HEAD), cols=2)
    for i, (a, b) in enumerate(MO03_HEAD):
        t.cell(i, 0).text = N(a); t.cell(i, 1).text = N(b)
    for line in MO03_BODY_1.split("\n"):
        p = d.add_paragraph(N(line))
        if line.isupper() or line.startswith("Về việc"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_table(rows=len(MO03_TABLE), cols=len(MO03_TABLE[0])); t.style = "Table Grid"
    for i, row in enumerate(MO03_TABLE):
        for j, c in enumerate(row):
            t.cell(i, j).text = N(c)
    for line in MO03_BODY_2.split("\n"):
        d.add_paragraph(N(line))
    t = d.add_table(rows=len(MO03_TAIL), cols=2)
    for i, (a, b) in enumerate(MO03_TAIL):
        t.cell(i, 0).text = N(a); t.cell(i, 1).text = N(b)
    d.save(path)

# ---------------------------------------------------------------- mo04 (.pdf)
MO04_HEAD = [("UBND HUYỆN KỲ LẠC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Độc lập - Tự do - Hạnh phúc"),
             ("Số: 198/BC-PGDĐT", "Kỳ Lạc, ngày 05 tháng 6 năm 2026")]
MO04_TITLE = ["BÁO CÁO", "Kết quả thực hiện Kế hoạch tăng cường dạy học tiếng Anh tiểu học",
              "năm học 2025-2026"]
MO04_BODY_1 = """Kính gửi: Sở Giáo dục và Đào tạo tỉnh Vân Hà Bắc.
Thực hiện Kế hoạch số 1482/KH-SGDĐT ngày 14/8/2025 của Sở Giáo dục và Đào tạo và Công văn số 356/PGDĐT-TH ngày 08/9/2025 của Phòng GD&ĐT huyện Kỳ Lạc, Phòng GD&ĐT báo cáo kết quả năm học 2025-2026 như sau:
I. ĐẶC ĐIỂM TÌNH HÌNH
Năm học 2025-2026, huyện Kỳ Lạc có 7 trường tiểu học với 112 lớp, 3.284 học sinh, trong đó 1.903 học sinh lớp 3, lớp 4, lớp 5. Toàn huyện có 19 giáo viên tiếng Anh tiểu học; đầu năm học có 12 giáo viên đạt bậc 4 trở lên (tỷ lệ 63,2%).
II. KẾT QUẢ THỰC HIỆN
1. Bồi dưỡng đội ngũ
Thực hiện Quyết định số 1675/QĐ-SGDĐT ngày 02/10/2025 của Sở GD&ĐT, 07 giáo viên đã hoàn thành lớp bồi dưỡng đợt 1 tại Trường Cao đẳng Sư phạm Vân Hà Bắc. Qua kỳ kiểm tra ngày 22/11/2025, có 06/07 giáo viên đạt bậc 4; bà Khổng Thị Lệ, giáo viên Trường TH Lạc Khê, chưa đạt và sẽ tiếp tục đăng ký đợt 2. Tỷ lệ giáo viên đạt chuẩn tăng lên 94,7% (18/19 giáo viên).
Hai cụm chuyên môn tổ chức được 17 buổi sinh hoạt, trong đó Cụm số 1 tổ chức 9 buổi, Cụm số 2 tổ chức 8 buổi; toàn huyện có 21 tiết dạy minh họa.
2. Các buổi học với giáo viên người bản ngữ
Phòng GD&ĐT phối hợp Công ty TNHH Giáo dục Cầu Vân tổ chức 336 buổi học cho 42 lớp 4, lớp 5 (mỗi lớp 8 buổi). Do mưa lũ tháng 10/2025, Trường TH Thượng Vệ hoãn 03 buổi và đã học bù xong trong tháng 12/2025. Không có trường nào thu tiền của cha mẹ học sinh.
3. Phần mềm học tiếng Anh EngKid
4 trường thí điểm đã cấp 1.126 tài khoản cho học sinh; tỷ lệ học sinh sử dụng thường xuyên (ít nhất 3 lần/tuần) bình quân đạt 78%. Trường TH Bích Sơn có tỷ lệ cao nhất (91%), Trường TH Thượng Vệ thấp nhất (56%) do nhiều học sinh không có thiết bị và đường truyền internet yếu.
4. Cơ sở vật chất, thiết bị
Tháng 12/2025, Sở GD&ĐT cấp cho huyện 14 bộ thiết bị dạy học ngoại ngữ, trị giá 183.400.000 đồng. Phòng học ngoại ngữ của Trường TH Mỹ Quang Hạ được cải tạo với kinh phí 95.000.000 đồng, đưa vào sử dụng từ ngày 15/11/2025.
5. Ngày hội tiếng Anh tiểu học cấp huyện
Ngày hội được tổ chức ngày 26/3/2026 tại Trường TH thị trấn Kỳ Lạc với 7 đội, 35 học sinh tham gia. Giải Nhất thuộc về đội Trường TH Bích Sơn, giải Nhì thuộc về đội Trường TH thị trấn Kỳ Lạc. Huyện đoàn Kỳ Lạc hỗ trợ 12.500.000 đồng tiền thưởng.
6. Kết quả học tập
Tỷ lệ học sinh lớp 5 đạt mức "Hoàn thành tốt" môn tiếng Anh toàn huyện là 41,6%, tăng 6,3% so với năm học 2024-2025 (35,3%), vượt chỉ tiêu của Sở. Số liệu theo từng trường như sau:"""
MO04_TABLE = [
    ["Trường", "Số HS lớp 3-5", "Số lớp 4-5", "HS lớp 5 Hoàn thành tốt", "Tài khoản EngKid"],
    ["TH thị trấn Kỳ Lạc", "468", "10", "52,4%", "-"],
    ["TH Tân Dực", "301", "7", "44,1%", "301"],
    ["TH Bích Sơn", "287", "6", "47,9%", "287"],
    ["TH Lạc Khê", "226", "5", "36,8%", "-"],
    ["TH Mỹ Quang Hạ", "254", "6", "39,5%", "-"],
    ["TH Khả Phong", "205", "4", "33,0%", "205"],
    ["TH Thượng Vệ", "162", "4", "28,7%", "333"],
]
MO04_BODY_2 = """Ghi chú: Trường TH Thượng Vệ cấp cả tài khoản cho học sinh lớp 1, lớp 2 ở điểm trường chính.
III. HẠN CHẾ, NGUYÊN NHÂN
- Việc sử dụng phần mềm EngKid chưa đồng đều giữa các trường; Trường TH Thượng Vệ và Trường TH Khả Phong còn nhiều học sinh không có thiết bị học tập tại nhà.
- Các điểm trường lẻ còn thiếu thiết bị nghe - nhìn; việc đưa học sinh điểm lẻ về điểm trường chính gặp khó khăn vào mùa mưa.
- Còn 01 giáo viên chưa đạt chuẩn năng lực ngoại ngữ bậc 4.
IV. KIẾN NGHỊ, ĐỀ XUẤT
1. Đề nghị Sở GD&ĐT tiếp tục mở lớp bồi dưỡng đợt 2 trong học kỳ I năm học 2026-2027.
2. Đề nghị Sở GD&ĐT mở rộng phần mềm EngKid cho 3 trường còn lại của huyện.
3. Đề nghị UBND huyện bố trí kinh phí mua sắm 06 bộ thiết bị cho các điểm trường lẻ.
V. PHƯƠNG HƯỚNG NĂM HỌC 2026-2027
Duy trì 8 buổi học với giáo viên người bản ngữ cho mỗi lớp 4, lớp 5; phấn đấu 100% giáo viên tiếng Anh tiểu học đạt bậc 4; nâng tỷ lệ học sinh lớp 5 đạt mức "Hoàn thành tốt" lên 45%.
Phòng GD&ĐT huyện Kỳ Lạc trân trọng báo cáo./."""
MO04_TAIL_L = ["Nơi nhận:", "- Như trên;", "- UBND huyện (để b/c);", "- Lãnh đạo Phòng;", "- Lưu: VT, TH."]
MO04_TAIL_R = ["TRƯỞNG PHÒNG", "", "(đã ký)", "", "Lạc Văn Tuyển"]


def find_font():
    for d in ["/usr/share/fonts/truetype/dejavu/"]:
        if os.path.exists(d + "DejaVuSans.ttf"):
            return d + "DejaVuSans.ttf", d + "DejaVuSans-Bold.ttf"
    raise SystemExit("DejaVu font not found")


def build_pdf(path):
    reg, bold = find_font()
    pdf = FPDF(format="A4"); pdf.set_margins(20, 18, 18); pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", reg); pdf.add_font("DV", "B", bold)
    pdf.add_page(); W = pdf.epw
    for a, b in MO04_HEAD:
        pdf.set_font("DV", "B" if a.isupper() else "", 10)
        pdf.cell(W * 0.45, 6, N(a), align="C")
        pdf.cell(W * 0.55, 6, N(b), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for i, t in enumerate(MO04_TITLE):
        pdf.set_font("DV", "B", 13 if i == 0 else 11)
        pdf.cell(W, 7, N(t), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def paras(text):
        for line in text.split("\n"):
            head = line[:3].strip().rstrip(".") in ("I", "II", "III", "IV", "V")
            pdf.set_font("DV", "B" if head else "", 10.5)
            pdf.multi_cell(W, 5.6, N(line), new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.8)
    paras(MO04_BODY_1)
    pdf.set_font("DV", "", 9)
    with pdf.table(col_widths=(34, 20, 16, 28, 22), text_align="CENTER", line_height=5.5) as tb:
        for row in MO04_TABLE:
            r = tb.row()
            for c in row:
                r.cell(N(c))
    pdf.ln(2)
    paras(MO04_BODY_2)
    pdf.ln(4)
    for a, b in zip(MO04_TAIL_L, MO04_TAIL_R):
        pdf.set_font("DV", "B" if a.endswith(":") else "", 9.5)
        pdf.cell(W * 0.55, 5.5, N(a))
        pdf.set_font("DV", "B", 10.5)
        pdf.cell(W * 0.45, 5.5, N(b), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


if __name__ == "__main__":
    build_docx(os.path.join(CORPUS, "mo03_quyet_dinh_cu_giao_vien_boi_duong.docx"))
    build_pdf(os.path.join(CORPUS, "mo04_bao_cao_ket_qua_nam_hoc_2025_2026.pdf"))
    print("built mo03 .docx and mo04 .pdf")
