#!/usr/bin/env python3
"""Rebuild nm02 (.docx) and nm04 (.pdf) of blind set 128 from the text kept here."""
import os, unicodedata
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- nm02 (.docx)
QD1388_HEAD = [
    ("c", "ỦY BAN NHÂN DÂN"),
    ("c", "TỈNH TRƯỜNG XUÂN TÂY"),
    ("c", "Số: 1388/QĐ-UBND"),
    ("c", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("c", "Độc lập - Tự do - Hạnh phúc"),
    ("r", "Trường Xuân Tây, ngày 02 tháng 4 năm 2026"),
    ("cb", "QUYẾT ĐỊNH"),
    ("cb", "Về việc thành lập Hội đồng sáng kiến cấp tỉnh năm 2026"),
    ("cb", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRƯỜNG XUÂN TÂY"),
    ("j", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"),
    ("j", "Căn cứ Nghị định số 13/2012/NĐ-CP ngày 02/3/2012 của Chính phủ ban hành Điều lệ Sáng kiến;"),
    ("j", "Căn cứ Quyết định số 1620/QĐ-UBND ngày 05/9/2025 của UBND tỉnh ban hành Quy chế xét công nhận sáng kiến cấp tỉnh;"),
    ("j", "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 54/TTr-SKHCN ngày 24/3/2026."),
    ("cb", "QUYẾT ĐỊNH:"),
    ("j", "Điều 1. Thành lập Hội đồng sáng kiến cấp tỉnh năm 2026 (sau đây gọi tắt là Hội đồng), gồm các ông, bà có tên sau đây:"),
]
QD1388_TABLE = [
    ["TT", "Họ và tên", "Chức vụ, đơn vị công tác", "Chức danh trong Hội đồng"],
    ["1", "Ông Hà Quang Triều", "Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng"],
    ["2", "Ông Khổng Văn Lực", "Giám đốc Sở Khoa học và Công nghệ", "Phó Chủ tịch thường trực"],
    ["3", "Bà Đàm Thị Hạnh Dung", "Phó Giám đốc Sở Nội vụ", "Phó Chủ tịch"],
    ["4", "Ông Vi Quốc Thạch", "Trưởng phòng Quản lý khoa học và công nghệ cơ sở, Sở Khoa học và Công nghệ", "Ủy viên thư ký"],
    ["5", "Ông Giáp Văn Thắm", "Phó Giám đốc Sở Tài chính", "Ủy viên"],
    ["6", "Bà Ninh Thị Kiều Oanh", "Phó Giám đốc Sở Giáo dục và Đào tạo", "Ủy viên"],
    ["7", "Ông Mạc Đình Luân", "Phó Giám đốc Sở Y tế", "Ủy viên"],
    ["8", "Bà Từ Thị Bích Loan", "Phó Giám đốc Sở Nông nghiệp và Môi trường", "Ủy viên"],
    ["9", "Ông Âu Trọng Nghĩa", "Phó Chủ tịch Liên đoàn Lao động tỉnh", "Ủy viên"],
]
QD1388_BODY = [
    ("j", "Điều 2. Nhiệm vụ, quyền hạn và nguyên tắc làm việc của Hội đồng"),
    ("j", "1. Hội đồng có nhiệm vụ xem xét, đánh giá, chấm điểm các sáng kiến đề nghị công nhận cấp tỉnh năm 2026 theo tiêu chí và thang điểm quy định tại Hướng dẫn số 97/HD-SKHCN ngày 12/3/2026 của Sở Khoa học và Công nghệ; tham mưu Chủ tịch UBND tỉnh công nhận sáng kiến cấp tỉnh và đề xuất hình thức khen thưởng."),
    ("j", "2. Hội đồng làm việc theo chế độ tập thể. Phiên họp chỉ được tiến hành khi có ít nhất 2/3 tổng số thành viên tham dự. Sáng kiến được đề nghị công nhận khi có trên 50% số thành viên có mặt bỏ phiếu đồng ý và đạt ngưỡng điểm theo quy định."),
    ("j", "3. Phân công trong Hội đồng:"),
    ("j", "a) Chủ tịch Hội đồng chỉ đạo chung, chủ trì các phiên họp, ký biên bản và các văn bản của Hội đồng;"),
    ("j", "b) Phó Chủ tịch thường trực giúp Chủ tịch điều hành công việc thường xuyên, chủ trì phiên họp khi Chủ tịch Hội đồng vắng mặt;"),
    ("j", "c) Ủy viên thư ký tổng hợp hồ sơ, gửi hồ sơ đến các thành viên chậm nhất 07 ngày trước phiên họp, lập biên bản và tổng hợp phiếu chấm điểm;"),
    ("j", "d) Các Ủy viên nghiên cứu hồ sơ, nhận xét và chấm điểm độc lập từng sáng kiến thuộc lĩnh vực được phân công."),
    ("j", "4. Chủ tịch Hội đồng được sử dụng con dấu của UBND tỉnh; Phó Chủ tịch thường trực được sử dụng con dấu của Sở Khoa học và Công nghệ trong hoạt động của Hội đồng."),
    ("j", "5. Sở Khoa học và Công nghệ là cơ quan thường trực của Hội đồng. Giám đốc Sở Khoa học và Công nghệ quyết định thành lập Tổ giúp việc gồm không quá 05 công chức của Sở."),
    ("j", "6. Hội đồng tổ chức phiên họp xét trong tháng 8/2026 và trình kết quả lên Chủ tịch UBND tỉnh trước ngày 10/9/2026. Hội đồng tự giải thể sau khi hoàn thành nhiệm vụ."),
    ("j", "Điều 3. Kinh phí hoạt động"),
    ("j", "1. Kinh phí hoạt động của Hội đồng năm 2026 là 186.500.000 đồng (Một trăm tám mươi sáu triệu năm trăm nghìn đồng), bố trí từ nguồn sự nghiệp khoa học và công nghệ tỉnh năm 2026."),
    ("j", "2. Mức chi bồi dưỡng phiên họp: Chủ tịch Hội đồng 1.000.000 đồng/phiên; thành viên Hội đồng 800.000 đồng/phiên; thành viên Tổ giúp việc 300.000 đồng/phiên."),
    ("j", "3. Giao Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ thẩm định dự toán, cấp kinh phí trước ngày 30/6/2026."),
    ("j", "Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày ký."),
    ("j", "Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Khoa học và Công nghệ, Nội vụ, Tài chính, Giáo dục và Đào tạo, Y tế, Nông nghiệp và Môi trường; Chủ tịch Liên đoàn Lao động tỉnh; Thủ trưởng các cơ quan, đơn vị có liên quan và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."),
    ("l", "Nơi nhận:"),
    ("l", "- Như Điều 4;"),
    ("l", "- Bộ Khoa học và Công nghệ (để báo cáo);"),
    ("l", "- TT Tỉnh ủy, TT HĐND tỉnh (để báo cáo);"),
    ("l", "- Chủ tịch, các PCT UBND tỉnh;"),
    ("l", "- Cổng Thông tin điện tử tỉnh;"),
    ("l", "- Lưu: VT, KGVX."),
    ("rb", "CHỦ TỊCH"),
    ("rb", "Lạc Văn Trình"),
]


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    align = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
             "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT}

    def para(kind, text):
        p = doc.add_paragraph()
        p.alignment = align[kind[0]]
        r = p.add_run(N(text))
        r.bold = "b" in kind or text.startswith("Điều ")
    for k, t in QD1388_HEAD:
        para(k, t)
    tb = doc.add_table(rows=len(QD1388_TABLE), cols=4)
    tb.style = "Table Grid"
    for i, row in enumerate(QD1388_TABLE):
        for j, cell in enumerate(row):
            tb.cell(i, j).text = N(cell)
            if i == 0:
                tb.cell(i, j).paragraphs[0].runs[0].bold = True
    for k, t in QD1388_BODY:
        para(k, t)
    doc.save(os.path.join(CORPUS, "nm02_quyet_dinh_1388_thanh_lap_hoi_dong_sang_kien.docx"))


# ---------------------------------------------------------------- nm04 (.pdf)
QD2145_HEAD_L = ["ỦY BAN NHÂN DÂN", "TỈNH TRƯỜNG XUÂN TÂY", "Số: 2145/QĐ-UBND"]
QD2145_HEAD_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "Trường Xuân Tây, ngày 18 tháng 9 năm 2026"]
QD2145_BODY = [
    ("cb", "QUYẾT ĐỊNH"),
    ("cb", "Về việc công nhận sáng kiến cấp tỉnh năm 2026"),
    ("cb", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRƯỜNG XUÂN TÂY"),
    ("j", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"),
    ("j", "Căn cứ Nghị định số 13/2012/NĐ-CP ngày 02/3/2012 của Chính phủ ban hành Điều lệ Sáng kiến;"),
    ("j", "Căn cứ Quyết định số 1620/QĐ-UBND ngày 05/9/2025 của UBND tỉnh ban hành Quy chế xét công nhận sáng kiến cấp tỉnh;"),
    ("j", "Căn cứ Quyết định số 1388/QĐ-UBND ngày 02/4/2026 của Chủ tịch UBND tỉnh về việc thành lập Hội đồng sáng kiến cấp tỉnh năm 2026;"),
    ("j", "Căn cứ Biên bản số 03/BB-HĐSK ngày 26/8/2026 của Hội đồng sáng kiến cấp tỉnh;"),
    ("j", "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 131/TTr-SKHCN ngày 08/9/2026."),
    ("cb", "QUYẾT ĐỊNH:"),
    ("j", "Điều 1. Công nhận 10 (mười) sáng kiến cấp tỉnh năm 2026 của 12 tác giả thuộc 10 cơ quan, đơn vị (có Danh sách kèm theo)."),
    ("j", "Điều 2. Khen thưởng"),
    ("j", "1. Thưởng cho tác giả, nhóm tác giả có sáng kiến được công nhận mức 5.000.000 đồng/sáng kiến; riêng sáng kiến \"Quy trình ủ phân hữu cơ từ vỏ cà phê quy mô nông hộ\" đạt 91,2 điểm được thưởng 8.000.000 đồng. Tổng kinh phí khen thưởng là 53.000.000 đồng (Năm mươi ba triệu đồng), từ nguồn sự nghiệp khoa học và công nghệ tỉnh năm 2026."),
    ("j", "2. Giao Sở Tài chính cấp kinh phí cho Sở Khoa học và Công nghệ để chi trả cho các tác giả trước ngày 31/10/2026."),
    ("j", "3. Giao Sở Nội vụ thẩm định, trình Chủ tịch UBND tỉnh tặng Bằng khen cho tác giả của 04 sáng kiến đạt từ 85 điểm trở lên, hoàn thành trong quý IV/2026."),
    ("j", "4. Đề nghị Liên đoàn Lao động tỉnh xem xét tặng Bằng Lao động sáng tạo cho các tác giả theo đề nghị của Hội đồng sáng kiến cấp tỉnh."),
    ("j", "Điều 3. Tổ chức thực hiện"),
    ("j", "1. Sở Khoa học và Công nghệ chủ trì cấp Giấy chứng nhận sáng kiến cấp tỉnh cho các tác giả trong thời hạn 15 ngày kể từ ngày ký Quyết định này; công bố Danh sách trên Cổng Thông tin điện tử tỉnh; phối hợp với Báo và Phát thanh, Truyền hình Trường Xuân Tây giới thiệu các sáng kiến để nhân rộng."),
    ("j", "2. Sở Giáo dục và Đào tạo chủ trì, phối hợp với UBND huyện Phước Hạ nhân rộng sáng kiến \"Bộ học liệu số môn Lịch sử lớp 9 tích hợp bản đồ tương tác\" tại các trường THCS trên địa bàn tỉnh từ năm học 2026 - 2027."),
    ("j", "3. Sở Nông nghiệp và Môi trường phối hợp với Trung tâm Khuyến nông tỉnh chuyển giao quy trình ủ phân hữu cơ từ vỏ cà phê cho ít nhất 500 hộ trồng cà phê trong năm 2027."),
    ("j", "4. Các cơ quan, đơn vị có sáng kiến được công nhận tiếp tục áp dụng, báo cáo kết quả về Sở Khoa học và Công nghệ định kỳ hằng năm trước ngày 15/12."),
    ("j", "Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Khoa học và Công nghệ, Nội vụ, Tài chính, Giáo dục và Đào tạo, Nông nghiệp và Môi trường; Chủ tịch UBND huyện Phước Hạ, Chủ tịch UBND thị xã Đông Sa Hà; Thủ trưởng các cơ quan, đơn vị có liên quan và các tác giả có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."),
]
QD2145_TAIL_L = ["Nơi nhận:", "- Như Điều 4;", "- Bộ Khoa học và Công nghệ (để báo cáo);",
                 "- TT Tỉnh ủy, TT HĐND tỉnh (để báo cáo);", "- Chủ tịch, các PCT UBND tỉnh;",
                 "- Liên đoàn Lao động tỉnh;", "- Lưu: VT, KGVX."]
QD2145_TAIL_R = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hà Quang Triều"]
LIST_TITLE = ["DANH SÁCH SÁNG KIẾN ĐƯỢC CÔNG NHẬN CẤP TỈNH NĂM 2026",
              "(Kèm theo Quyết định số 2145/QĐ-UBND ngày 18/9/2026 của Chủ tịch UBND tỉnh)"]
LIST_TABLE = [
    ["TT", "Tên sáng kiến", "Tác giả", "Đơn vị", "Điểm", "Phạm vi ảnh hưởng"],
    ["1", "Ứng dụng mã QR tra cứu tiến độ giải quyết hồ sơ đất đai tại bộ phận một cửa", "Tăng Thị Mộng Tuyền", "Văn phòng Đăng ký đất đai tỉnh", "88,6", "Toàn tỉnh"],
    ["2", "Quy trình ủ phân hữu cơ từ vỏ cà phê quy mô nông hộ", "Quách Văn Lũy, Ông Thị Hoài", "Trung tâm Khuyến nông tỉnh", "91,2", "Toàn tỉnh"],
    ["3", "Bộ học liệu số môn Lịch sử lớp 9 tích hợp bản đồ tương tác", "Kha Thị Thu Nguyệt", "Trường THCS Bàu Sen Thượng, huyện Phước Hạ", "79,4", "Toàn tỉnh"],
    ["4", "Phiếu tự theo dõi huyết áp tại nhà cho người cao tuổi", "Lục Minh Hiếu", "Trung tâm Y tế huyện Phước Hạ", "84,0", "Huyện Phước Hạ"],
    ["5", "Cải tiến khuôn đúc ống cống bê tông ly tâm giảm hao hụt vật liệu", "Ung Văn Cẩn", "Công ty cổ phần Bê tông ly tâm Trường Xuân", "76,5", "Ngành xây dựng tỉnh"],
    ["6", "Phần mềm xếp lịch trực đêm tại bệnh viện tuyến tỉnh", "Diệp Khải Hoàn", "Bệnh viện Đa khoa tỉnh", "86,8", "Toàn tỉnh"],
    ["7", "Tổ hòa giải cơ sở kết hợp nhóm Zalo khu dân cư", "Phùng Thị Thắm", "UBND xã Hòa Vân Tây, huyện Phước Hạ", "72,3", "Huyện Phước Hạ"],
    ["8", "Thiết bị cảnh báo nước tràn qua ngầm dùng năng lượng mặt trời", "Lam Quốc Toản", "Hạt Quản lý giao thông huyện Phước Hạ", "81,7", "Huyện Phước Hạ"],
    ["9", "Sổ tay kê khai thuế điện tử cho hộ kinh doanh", "Khúc Thị Ngân Hà", "Phòng Tài chính - Kế hoạch thị xã Đông Sa Hà", "70,8", "Thị xã Đông Sa Hà"],
    ["10", "Nhân giống cây sâm bố chính bằng giâm hom", "Yên Thị Khánh Ly, Cù Văn Đông", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh", "89,1", "Toàn tỉnh"],
]


def build_pdf():
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSerif.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
    pdf.add_page()
    w = pdf.epw
    pdf.set_font("DV", "B", 10.5)
    y0 = pdf.get_y()
    for t in QD2145_HEAD_L:
        pdf.set_x(pdf.l_margin)
        pdf.cell(w * 0.42, 6, N(t), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0)
    for t in QD2145_HEAD_R:
        pdf.set_x(pdf.l_margin + w * 0.42)
        pdf.cell(w * 0.58, 6, N(t), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for kind, t in QD2145_BODY:
        if kind == "cb":
            pdf.set_font("DV", "B", 11)
            pdf.multi_cell(w, 6.5, N(t), align="C", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DV", "B" if t.startswith("Điều ") and len(t) < 40 else "", 11)
            pdf.multi_cell(w, 6.5, N(t), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(3)
    if pdf.get_y() > 230:
        pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_font("DV", "", 9.5)
    for t in QD2145_TAIL_L:
        pdf.set_x(pdf.l_margin)
        pdf.cell(w * 0.5, 5.2, N(t), new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0)
    pdf.set_font("DV", "B", 11)
    for t in QD2145_TAIL_R:
        pdf.set_x(pdf.l_margin + w * 0.5)
        pdf.cell(w * 0.5, 6, N(t), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("DV", "B", 11)
    for t in LIST_TITLE:
        pdf.multi_cell(w, 6.5, N(t), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DV", "", 9)
    with pdf.table(col_widths=(8, 46, 26, 36, 11, 22), line_height=5,
                   text_align=("CENTER", "LEFT", "LEFT", "LEFT", "CENTER", "LEFT")) as table:
        for row in LIST_TABLE:
            r = table.row()
            for c in row:
                r.cell(N(c))
    pdf.output(os.path.join(CORPUS, "nm04_quyet_dinh_2145_cong_nhan_sang_kien.pdf"))


if __name__ == "__main__":
    build_docx()
    build_pdf()
    print("built nm02 (.docx) and nm04 (.pdf)")
