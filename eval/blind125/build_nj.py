#!/usr/bin/env python3
"""Rebuild nj02 (.docx) and nj05 (.pdf) of the blind125 set from the text kept here."""
import os, unicodedata
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- nj02 (.docx)
QD_HEADER = [("ỦY BAN NHÂN DÂN\nTỈNH CẨM XUYÊN BẮC\n\nSố: 1423/QĐ-UBND",
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nCẩm Xuyên Bắc, ngày 05 tháng 5 năm 2026")]
QD_BODY = """QUYẾT ĐỊNH
Phê duyệt danh mục đề tài khoa học và công nghệ cấp tỉnh đặt hàng thực hiện từ năm 2026
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CẨM XUYÊN BẮC
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013;
Căn cứ Kế hoạch số 1186/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh về thúc đẩy hợp tác nghiên cứu giữa nhà trường với doanh nghiệp và chuyển giao công nghệ giai đoạn 2026 - 2027;
Căn cứ kết quả xét chọn đợt 1 năm 2026 của Hội đồng tư vấn xét chọn và Tổ thẩm định nội dung, kinh phí;
Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 96/TTr-SKHCN ngày 28/4/2026.
QUYẾT ĐỊNH:
Điều 1. Phê duyệt danh mục 08 đề tài khoa học và công nghệ cấp tỉnh đặt hàng thực hiện từ năm 2026 (chi tiết tại Phụ lục kèm theo), với tổng kinh phí 6.540.000.000 đồng, trong đó ngân sách tỉnh hỗ trợ 4.620.000.000 đồng, kinh phí đối ứng của doanh nghiệp và tổ chức chủ trì 1.920.000.000 đồng. Thời gian thực hiện từ 12 đến 24 tháng, bắt đầu từ tháng 6/2026.
Trong 08 đề tài có 06 đề tài do doanh nghiệp, hợp tác xã đặt hàng và 02 đề tài do tổ chức chủ trì tự đề xuất phục vụ sản phẩm chủ lực của tỉnh.
Điều 2. Tổ chức thực hiện
1. Giao Sở Khoa học và Công nghệ ký hợp đồng thực hiện đề tài với các tổ chức chủ trì trước ngày 15/6/2026; kiểm tra giữa kỳ và tổ chức nghiệm thu theo quy định.
2. Giao Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước tỉnh tạm ứng kinh phí đợt 1 cho các đề tài trong tháng 6/2026.
3. Các tổ chức chủ trì và chủ nhiệm đề tài chịu trách nhiệm thực hiện đúng nội dung, tiến độ trong thuyết minh đã được phê duyệt; phối hợp với doanh nghiệp đặt hàng ứng dụng thử nghiệm kết quả tại cơ sở sản xuất.
4. Đề nghị các doanh nghiệp, hợp tác xã đặt hàng chuyển kinh phí đối ứng đúng cam kết và tiếp nhận kết quả sau nghiệm thu.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Khoa học và Công nghệ, Tài chính; Giám đốc Kho bạc Nhà nước tỉnh; Hiệu trưởng Trường Đại học Thương Đình, Hiệu trưởng Trường Cao đẳng Kỹ thuật Công nghệ Cẩm Xuyên Bắc; Giám đốc Trung tâm Ứng dụng tiến bộ khoa học và công nghệ; các chủ nhiệm đề tài và thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."""
QD_SIGN = [("Nơi nhận:\n- Như Điều 4;\n- Bộ Khoa học và Công nghệ (b/c);\n- CT, các PCT UBND tỉnh;\n- Hiệp hội Doanh nghiệp tỉnh;\n- Lưu: VT, KGVX.",
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nKhúc Minh Trạch")]
QD_ANNEX_TITLE = """PHỤ LỤC
DANH MỤC ĐỀ TÀI KHOA HỌC VÀ CÔNG NGHỆ CẤP TỈNH ĐẶT HÀNG THỰC HIỆN TỪ NĂM 2026
(Kèm theo Quyết định số 1423/QĐ-UBND ngày 05/5/2026 của Chủ tịch UBND tỉnh)"""
QD_ANNEX = [
    ["TT", "Tên đề tài", "Tổ chức chủ trì", "Chủ nhiệm đề tài (học hàm, học vị, chức vụ)", "Đơn vị đặt hàng", "Kinh phí (triệu đồng)"],
    ["1", "Nghiên cứu quy trình bảo quản tôm thẻ chân trắng sau thu hoạch bằng công nghệ lạnh sâu", "Trường Đại học Thương Đình", "PGS.TS. Âu Dương Thành, Trưởng khoa Công nghệ thực phẩm", "Công ty Cổ phần Thủy sản Vĩnh Triều", "Tổng số: 1.150\nNgân sách tỉnh: 780\nĐối ứng: 370"],
    ["2", "Thiết kế, chế tạo máy sấy dược liệu sử dụng năng lượng mặt trời kết hợp bơm nhiệt", "Trường Cao đẳng Kỹ thuật Công nghệ Cẩm Xuyên Bắc", "ThS. Lại Đức Phong, giảng viên Khoa Cơ khí", "Hợp tác xã Dược liệu Yên Hạ", "Tổng số: 920\nNgân sách tỉnh: 640\nĐối ứng: 280"],
    ["3", "Ứng dụng men gốm không chì cho sản phẩm gốm mỹ nghệ xuất khẩu", "Trường Cao đẳng Kỹ thuật Công nghệ Cẩm Xuyên Bắc", "TS. Mạc Thị Huyền Sâm, Trưởng khoa Công nghệ vật liệu", "Công ty TNHH Gốm Trạch Nguyên", "Tổng số: 860\nNgân sách tỉnh: 600\nĐối ứng: 260"],
    ["4", "Hệ thống giám sát độ mặn tự động ứng dụng IoT cho vùng nuôi tôm ven biển", "Trường Đại học Thương Đình", "TS. Đàm Thanh Tú, Phó Trưởng khoa Thủy sản", "Công ty Cổ phần Thủy sản Vĩnh Triều", "Tổng số: 980\nNgân sách tỉnh: 680\nĐối ứng: 300"],
    ["5", "Cải tiến khuôn dập chi tiết máy nông nghiệp bằng thép hợp kim", "Trường Cao đẳng Kỹ thuật Công nghệ Cẩm Xuyên Bắc", "ThS. Chu Bảo Ngọc, Trưởng xưởng Cơ khí chế tạo", "Công ty TNHH Cơ khí Phước Thạch", "Tổng số: 740\nNgân sách tỉnh: 480\nĐối ứng: 260"],
    ["6", "Nhân giống cây sâm Yên Hạ bằng kỹ thuật nuôi cấy mô", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", "TS. Nông Thùy Dương, Phó Giám đốc Trung tâm", "Hợp tác xã Dược liệu Yên Hạ", "Tổng số: 850\nNgân sách tỉnh: 590\nĐối ứng: 260"],
    ["7", "Chế phẩm vi sinh xử lý phụ phẩm chế biến thủy sản làm phân bón hữu cơ", "Trường Đại học Thương Đình", "TS. Ninh Văn Hậu, giảng viên Khoa Môi trường", "Tổ chức chủ trì tự đề xuất", "Tổng số: 560\nNgân sách tỉnh: 430\nĐối ứng: 130"],
    ["8", "Phần mềm truy xuất nguồn gốc cho sản phẩm OCOP của tỉnh", "Trường Cao đẳng Kỹ thuật Công nghệ Cẩm Xuyên Bắc", "ThS. Hứa Thị Lan Chi, Trưởng bộ môn Công nghệ phần mềm", "Tổ chức chủ trì tự đề xuất", "Tổng số: 480\nNgân sách tỉnh: 420\nĐối ứng: 60"],
    ["", "Tổng cộng", "", "", "", "Tổng số: 6.540\nNgân sách tỉnh: 4.620\nĐối ứng: 1.920"],
]


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    def two_col(rows):
        t = doc.add_table(rows=1, cols=2)
        for i, txt in enumerate(rows[0]):
            c = t.rows[0].cells[i]; c.text = ""
            p = c.paragraphs[0]; p.add_run(N(txt))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    two_col(QD_HEADER)
    for i, line in enumerate(QD_BODY.split("\n")):
        p = doc.add_paragraph()
        r = p.add_run(N(line))
        if i in (0, 2, 8) or line.startswith("Điều"):
            r.bold = line.startswith("Điều") or i in (0, 2, 8)
        if i in (0, 1, 2, 8):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    two_col(QD_SIGN)
    doc.add_page_break()
    for line in QD_ANNEX_TITLE.split("\n"):
        p = doc.add_paragraph(); p.add_run(N(line)).bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = doc.add_table(rows=len(QD_ANNEX), cols=len(QD_ANNEX[0]))
    t.style = "Table Grid"
    for i, row in enumerate(QD_ANNEX):
        for j, v in enumerate(row):
            t.rows[i].cells[j].text = N(v)
    doc.save(path)

# ---------------------------------------------------------------- nj05 (.pdf)
BC_HEADER = ("UBND TỈNH CẨM XUYÊN BẮC\nTRƯỜNG CAO ĐẲNG KỸ THUẬT\nCÔNG NGHỆ CẨM XUYÊN BẮC\n\nSố: 87/BC-CĐKTCN",
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n\nCẩm Xuyên Bắc, ngày 10 tháng 7 năm 2026")
BC_TITLE = "BÁO CÁO\nSơ kết 6 tháng đầu năm 2026 thực hiện Kế hoạch số 1186/KH-UBND về hợp tác nghiên cứu với doanh nghiệp và chuyển giao công nghệ"
BC_BODY = """Thực hiện Kế hoạch số 1186/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh và Hướng dẫn số 215/HD-SKHCN ngày 20/3/2026 của Sở Khoa học và Công nghệ, Trường Cao đẳng Kỹ thuật Công nghệ Cẩm Xuyên Bắc báo cáo kết quả 6 tháng đầu năm 2026 như sau:
#I. KẾT QUẢ THỰC HIỆN
#1. Công tác chỉ đạo, triển khai
Nhà trường đã ban hành Kế hoạch số 31/KH-CĐKTCN ngày 25/3/2026 để triển khai trong toàn trường; thành lập Phòng Chuyển giao công nghệ và Hợp tác doanh nghiệp theo Quyết định số 52/QĐ-CĐKTCN ngày 02/4/2026, hoàn thành trước thời hạn ngày 30/6/2026 mà Kế hoạch của tỉnh đề ra. Phòng có 05 viên chức, do ThS. Lương Khải Minh, Phó Hiệu trưởng, kiêm nhiệm Trưởng phòng.
Nhà trường tổ chức 03 buổi làm việc với Hiệp hội Doanh nghiệp tỉnh và 02 hợp tác xã để tiếp nhận bài toán đặt hàng; 126 giảng viên đã được phổ biến Hướng dẫn số 215/HD-SKHCN.
#2. Đề tài khoa học và công nghệ cấp tỉnh
Trong đợt 1 năm 2026, nhà trường đăng ký 09 thuyết minh đề tài; 07 hồ sơ qua vòng 1, 04 đề tài qua vòng 2 và vòng 3 và được phê duyệt tại Quyết định số 1423/QĐ-UBND ngày 05/5/2026 của Ủy ban nhân dân tỉnh, với tổng kinh phí 3.000 triệu đồng, trong đó ngân sách tỉnh 2.140 triệu đồng.
Ngày 03/7/2026, nhà trường đã nhận tạm ứng đợt 1 số tiền 856.000.000 đồng theo Công văn số 642/STC-HCSN ngày 08/6/2026 của Sở Tài chính. Đến ngày 10/7/2026, các đề tài đã giải ngân 212.000.000 đồng, chủ yếu cho mua nguyên vật liệu và thuê chuyên gia. Đề tài máy sấy dược liệu do ThS. Lại Đức Phong làm chủ nhiệm đã hoàn thành bản vẽ thiết kế và đang gia công khung máy tại xưởng cơ khí của trường.
#3. Hợp đồng nghiên cứu, chuyển giao công nghệ với doanh nghiệp
Trong 6 tháng, nhà trường ký 14 hợp đồng với 11 doanh nghiệp, hợp tác xã, tổng giá trị 2,86 tỷ đồng, gồm:
- 05 hợp đồng nghiên cứu theo đặt hàng, giá trị 1,74 tỷ đồng;
- 06 hợp đồng chuyển giao công nghệ, giá trị 820 triệu đồng;
- 03 hợp đồng dịch vụ kỹ thuật, đo kiểm, giá trị 300 triệu đồng.
Hợp đồng có giá trị lớn nhất là hợp đồng chuyển giao dây chuyền tráng men gốm cho Công ty TNHH Gốm Trạch Nguyên, giá trị 410 triệu đồng. Hợp tác xã Dược liệu Yên Hạ ký hợp đồng chuyển giao quy trình sơ chế, đóng gói dược liệu trị giá 95 triệu đồng.
Doanh thu đã thu về tài khoản của trường là 1,37 tỷ đồng, đạt 48% tổng giá trị hợp đồng. Nhà trường đã trích 30% doanh thu, tương đương 411 triệu đồng, để tái đầu tư cho nghiên cứu theo yêu cầu của Kế hoạch số 1186/KH-UBND.
#4. Vườn ươm công nghệ Lam Kiều
Vườn ươm hiện ươm tạo 07 nhóm khởi nghiệp với 32 sinh viên và 09 giảng viên hướng dẫn; 02 nhóm đã thành lập doanh nghiệp là Công ty TNHH Công nghệ Xanh Lam Kiều và Công ty TNHH Giải pháp Tự động hóa Nam Sơn. Hạng mục nâng cấp phòng thí nghiệm dùng chung, tổng mức đầu tư 1,2 tỷ đồng, đã hoàn thành khoảng 60% khối lượng.
#II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN
- 03 thuyết minh bị loại ở vòng 2 do tiêu chí mức độ tham gia của doanh nghiệp đạt dưới 10 điểm, chưa có cam kết đối ứng đủ 30%.
- Tỷ lệ giải ngân kinh phí đề tài còn thấp; hồ sơ tạm ứng tại Kho bạc Nhà nước tỉnh phải bổ sung nhiều lần.
- Nhà trường chưa có cán bộ chuyên trách về sở hữu trí tuệ và định giá công nghệ; nhiều giảng viên còn ngại nhận đặt hàng do lo ngại rủi ro.
#III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026
1. Hoàn thiện và nộp ít nhất 06 thuyết minh đề tài tham gia đợt 2, trước ngày 15/8/2026.
2. Ký thêm ít nhất 10 hợp đồng với doanh nghiệp, phấn đấu tổng giá trị hợp đồng cả năm đạt 5 tỷ đồng.
3. Hoàn thành nâng cấp Vườn ươm công nghệ Lam Kiều trong quý IV/2026.
4. Phối hợp với Tỉnh Đoàn tổ chức cuộc thi "Ý tưởng khởi nghiệp sáng tạo sinh viên" vào tháng 9/2026, dự kiến thu hút 40 đội thi.
#IV. KIẾN NGHỊ, ĐỀ XUẤT
1. Đề nghị Sở Khoa học và Công nghệ tổ chức tập huấn về sở hữu trí tuệ, định giá công nghệ cho viên chức các trường trong quý III/2026.
2. Đề nghị Sở Tài chính, Kho bạc Nhà nước tỉnh hướng dẫn thống nhất mẫu hồ sơ tạm ứng theo cơ chế khoán chi.
3. Kiến nghị Ủy ban nhân dân tỉnh cho phép nhà trường được giữ lại toàn bộ doanh thu từ hợp đồng chuyển giao công nghệ để tái đầu tư trong giai đoạn 2026 - 2027.
Trên đây là báo cáo sơ kết 6 tháng đầu năm 2026 của Trường Cao đẳng Kỹ thuật Công nghệ Cẩm Xuyên Bắc./."""
BC_SIGN = ("Nơi nhận:\n- Sở Khoa học và Công nghệ (để tổng hợp);\n- Sở Tài chính;\n- UBND tỉnh (b/c);\n- Đảng ủy Trường;\n- Lưu: VT, P.CGCN.",
           "HIỆU TRƯỞNG\n\n(Đã ký)\n\nGiáp Văn Khởi")

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_page()
    lh = 6.6
    w = pdf.epw / 2
    y0 = pdf.get_y()
    pdf.set_font("DV", "B", 10)
    pdf.multi_cell(w - 4, lh, N(BC_HEADER[0]), align="C", new_x="LMARGIN", new_y="NEXT")
    y1 = pdf.get_y()
    pdf.set_xy(pdf.l_margin + w, y0)
    pdf.multi_cell(w, lh, N(BC_HEADER[1]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(y1, pdf.get_y()) + 5)
    pdf.set_font("DV", "B", 12)
    first, rest = BC_TITLE.split("\n", 1)
    pdf.multi_cell(0, 7, N(first), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 11)
    pdf.multi_cell(0, lh, N(rest), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for line in BC_BODY.split("\n"):
        if line.startswith("#"):
            pdf.set_font("DV", "B", 11)
            pdf.multi_cell(0, lh, N(line[1:]), align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DV", "", 12)
            pdf.multi_cell(0, lh, N(line), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.ln(4)
    y0 = pdf.get_y()
    if y0 > 240:
        pdf.add_page(); y0 = pdf.get_y()
    pdf.set_font("DV", "", 9.5)
    pdf.multi_cell(w, 5, N(BC_SIGN[0]), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(pdf.l_margin + w, y0)
    pdf.set_font("DV", "B", 11)
    pdf.multi_cell(w, lh, N(BC_SIGN[1]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


if __name__ == "__main__":
    build_docx(os.path.join(CORPUS, "nj02_quyet_dinh_1423_danh_muc_de_tai.docx"))
    build_pdf(os.path.join(CORPUS, "nj05_bao_cao_so_ket_cao_dang_ky_thuat.pdf"))
    print("built")
