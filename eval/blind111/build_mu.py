#!/usr/bin/env python3
"""Rebuild mu02 (.docx) and mu05 (.pdf) of the blind111 set from the text kept here."""
import os
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- mu02 (.docx)
MU02_HEADER = [
    ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("HUYỆN THẠCH LĨNH", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 412/QĐ-UBND", "Thạch Lĩnh, ngày 09 tháng 3 năm 2026"),
]
MU02_TITLE = [
    "QUYẾT ĐỊNH",
    "Về việc thành lập Hội đồng tư vấn xác định, tuyển chọn nhiệm vụ khoa học và công nghệ cấp huyện năm 2026",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN THẠCH LĨNH",
]
MU02_BEFORE = [
    "Căn cứ Luật Tổ chức chính quyền địa phương;",
    "Căn cứ Thông báo số 86/TB-SKHCN ngày 15/01/2026 của Sở Khoa học và Công nghệ tỉnh An Khê Nam về việc đề xuất, đăng ký nhiệm vụ khoa học và công nghệ cấp huyện thực hiện từ năm 2026;",
    "Căn cứ Kết luận số 14-KL/HU ngày 22/01/2026 của Ban Thường vụ Huyện ủy về tăng cường lãnh đạo công tác khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn huyện giai đoạn 2026 - 2030;",
    "Căn cứ Hướng dẫn số 27/HD-PKT ngày 05/02/2026 của Phòng Kinh tế huyện về đăng ký, tuyển chọn, quản lý và nghiệm thu nhiệm vụ khoa học và công nghệ cấp huyện năm 2026;",
    "Theo đề nghị của Trưởng phòng Kinh tế huyện tại Tờ trình số 09/TTr-PKT ngày 04/3/2026.",
    "QUYẾT ĐỊNH:",
    "Điều 1. Thành lập Hội đồng tư vấn xác định, tuyển chọn nhiệm vụ khoa học và công nghệ cấp huyện năm 2026 (sau đây gọi tắt là Hội đồng), gồm 09 thành viên có tên sau đây:",
]
MU02_TABLE = [
    ("TT", "Họ và tên, chức vụ, đơn vị công tác", "Chức danh trong Hội đồng"),
    ("1", "Bà Tôn Nữ Diệu Hằng, Phó Chủ tịch UBND huyện", "Chủ tịch Hội đồng"),
    ("2", "Ông Kha Văn Tùng, Trưởng phòng Kinh tế huyện", "Phó Chủ tịch Hội đồng"),
    ("3", "TS. Trịnh Bảo Ngọc, Phó Hiệu trưởng Trường Cao đẳng Nông Lâm An Khê Nam", "Ủy viên phản biện 1"),
    ("4", "ThS. Hứa Minh Đạt, Phó Trưởng phòng Quản lý khoa học, Sở Khoa học và Công nghệ", "Ủy viên phản biện 2"),
    ("5", "Bà Giáp Thị Hồng Nhung, Trưởng phòng Tài chính - Kế hoạch huyện", "Ủy viên"),
    ("6", "Ông Bế Văn Cường, Giám đốc Trung tâm Dịch vụ nông nghiệp huyện", "Ủy viên"),
    ("7", "Bà La Thị Tuyết Mai, Phó Trưởng phòng Văn hóa, Khoa học và Thông tin huyện", "Ủy viên"),
    ("8", "BSCKII. Chu Quang Thiều, Giám đốc Trung tâm Y tế huyện", "Ủy viên"),
    ("9", "Bà Vi Thị Thanh Nhàn, Chuyên viên Phòng Kinh tế huyện", "Ủy viên, Thư ký Hội đồng"),
]
MU02_AFTER = [
    "Điều 2. Nhiệm vụ và nguyên tắc làm việc của Hội đồng",
    "1. Tư vấn xác định danh mục nhiệm vụ khoa học và công nghệ cấp huyện năm 2026 trên cơ sở các phiếu đề xuất do Phòng Kinh tế tổng hợp; phiên họp xác định danh mục tổ chức ngày 20/3/2026 tại Hội trường Ủy ban nhân dân huyện.",
    "2. Đánh giá hồ sơ tuyển chọn tổ chức, cá nhân chủ trì nhiệm vụ theo thang 100 điểm; hồ sơ đạt từ 70 điểm trở lên và không có tiêu chí nào bị chấm 0 điểm được đề nghị trúng tuyển. Phiên họp tuyển chọn dự kiến tổ chức ngày 23/4/2026.",
    "3. Thẩm định nội dung, sản phẩm và dự toán kinh phí của các nhiệm vụ trúng tuyển; kiến nghị Chủ tịch Ủy ban nhân dân huyện phê duyệt trước ngày 15/5/2026.",
    "4. Hội đồng làm việc theo nguyên tắc tập thể, biểu quyết bằng phiếu kín. Phiên họp hợp lệ khi có mặt ít nhất 2/3 số thành viên, trong đó có Chủ tịch hoặc Phó Chủ tịch Hội đồng và cả 02 ủy viên phản biện. Thành viên có quan hệ vợ, chồng, cha, mẹ, con hoặc cùng đơn vị với tổ chức đăng ký chủ trì không tham gia đánh giá hồ sơ đó.",
    "5. Hội đồng tự giải thể sau khi hoàn thành nhiệm vụ.",
    "Điều 3. Giúp việc Hội đồng",
    "1. Giao Phòng Kinh tế là cơ quan thường trực của Hội đồng, có trách nhiệm chuẩn bị hồ sơ, tài liệu, gửi đến thành viên Hội đồng chậm nhất 05 ngày làm việc trước mỗi phiên họp; lập biên bản và lưu trữ hồ sơ theo quy định.",
    "2. Phòng Tài chính - Kế hoạch phối hợp với Phòng Kinh tế thẩm định dự toán và bảo đảm kinh phí hoạt động của Hội đồng là 38.500.000 đồng từ nguồn sự nghiệp khoa học và công nghệ năm 2026 của huyện.",
    "3. Văn phòng HĐND và UBND huyện bố trí hội trường, phương tiện phục vụ các phiên họp của Hội đồng.",
    "Điều 4. Quyết định này có hiệu lực kể từ ngày ký.",
    "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Kinh tế, Trưởng phòng Tài chính - Kế hoạch, Thủ trưởng các cơ quan, đơn vị có liên quan và các thành viên có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
]
MU02_TAIL_LEFT = [
    "Nơi nhận:",
    "- Như Điều 4;",
    "- Sở KH&CN tỉnh An Khê Nam (b/c);",
    "- TT Huyện ủy, TT HĐND huyện (b/c);",
    "- Chủ tịch, các PCT UBND huyện;",
    "- Trung tâm Thông tin - Hội nghị huyện;",
    "- Lưu: VT, KT.",
]
MU02_TAIL_RIGHT = ["CHỦ TỊCH", "(Đã ký)", "Quách Văn Thịnh"]


def no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    head = doc.add_table(rows=len(MU02_HEADER), cols=2)
    no_borders(head)
    for i, (l, r) in enumerate(MU02_HEADER):
        head.cell(i, 0).text = N(l)
        head.cell(i, 1).text = N(r)
        for c in (0, 1):
            p = head.cell(i, c).paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i < 2:
                for run in p.runs:
                    run.bold = True
    doc.add_paragraph()
    for i, t in enumerate(MU02_TITLE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(N(t))
        run.bold = i != 1
    for t in MU02_BEFORE:
        p = doc.add_paragraph()
        run = p.add_run(N(t))
        if t.startswith("QUYẾT ĐỊNH"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
        if t.startswith("Căn cứ") or t.startswith("Theo đề nghị"):
            run.italic = True
    tab = doc.add_table(rows=len(MU02_TABLE), cols=3)
    tab.style = "Table Grid"
    for i, row in enumerate(MU02_TABLE):
        for j, val in enumerate(row):
            tab.cell(i, j).text = N(val)
            if i == 0:
                for run in tab.cell(i, j).paragraphs[0].runs:
                    run.bold = True
    for t in MU02_AFTER:
        p = doc.add_paragraph()
        run = p.add_run(N(t))
        if t.startswith("Điều"):
            run.bold = True
    doc.add_paragraph()
    for t in MU02_TAIL_RIGHT:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if t:
            p.add_run(N(t)).bold = t != "(Đã ký)"
    for i, t in enumerate(MU02_TAIL_LEFT):
        p = doc.add_paragraph()
        run = p.add_run(N(t))
        run.font.size = Pt(11)
        run.bold = i == 0
    doc.save(path)


# ---------------------------------------------------------------- mu05 (.pdf)
MU05_HEADER = [
    ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("HUYỆN THẠCH LĨNH", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 318/BC-UBND", "Thạch Lĩnh, ngày 08 tháng 12 năm 2026"),
]
MU05_TITLE = ["BÁO CÁO", "Kết quả thực hiện nhiệm vụ khoa học và công nghệ cấp huyện năm 2026"]
MU05_INTRO = [
    "Thực hiện Thông báo số 86/TB-SKHCN ngày 15/01/2026 của Sở Khoa học và Công nghệ tỉnh An Khê Nam và Kết luận số 14-KL/HU ngày 22/01/2026 của Ban Thường vụ Huyện ủy, Ủy ban nhân dân huyện Thạch Lĩnh báo cáo kết quả thực hiện nhiệm vụ khoa học và công nghệ cấp huyện năm 2026 như sau:",
    "I. CÔNG TÁC TRIỂN KHAI",
    "1. Phòng Kinh tế ban hành Hướng dẫn số 27/HD-PKT ngày 05/02/2026; đến hết ngày 10/3/2026 đã tiếp nhận 14 phiếu đề xuất của 09 cơ quan, đơn vị và xã, thị trấn, trong đó 05 phiếu do Ủy ban nhân dân cấp xã đề xuất.",
    "2. Chủ tịch Ủy ban nhân dân huyện ban hành Quyết định số 412/QĐ-UBND ngày 09/3/2026 thành lập Hội đồng tư vấn gồm 09 thành viên. Tại phiên họp ngày 20/3/2026, Hội đồng thống nhất đưa 06 nhiệm vụ vào danh mục. Ủy ban nhân dân huyện gửi danh mục tại Công văn số 296/UBND-KT ngày 26/3/2026; Sở Khoa học và Công nghệ có ý kiến tại Công văn số 355/SKHCN-QLKH ngày 09/4/2026, đề nghị loại 01 nhiệm vụ về ứng dụng phần mềm quản lý hộ tịch do trùng lặp với nhiệm vụ cấp tỉnh.",
    "3. Phiên họp tuyển chọn ngày 23/4/2026 đánh giá 07 hồ sơ đăng ký chủ trì cho 05 nhiệm vụ. Ngày 12/5/2026, Chủ tịch Ủy ban nhân dân huyện ban hành Quyết định số 655/QĐ-UBND phê duyệt 05 nhiệm vụ với tổng kinh phí ngân sách huyện 1.185 triệu đồng; toàn bộ hợp đồng được ký trước ngày 29/5/2026.",
    "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ",
    "1. Danh mục, chủ nhiệm và kinh phí các nhiệm vụ năm 2026:",
]
MU05_TABLE = [
    ("TT", "Tên nhiệm vụ", "Chủ nhiệm, tổ chức chủ trì", "Kinh phí NS huyện (triệu đồng)", "Kết quả đến 30/11/2026"),
    ("1", "Ứng dụng kỹ thuật trồng cây đảng sâm dưới tán rừng tại xã Vân Sơn Hạ", "ThS. Doãn Hữu Phước, Trung tâm Dịch vụ nông nghiệp huyện", "245", "Đạt 60% khối lượng; chuyển tiếp sang năm 2027"),
    ("2", "Xây dựng mô hình nuôi cá lăng trong lồng trên hồ thủy lợi xã Mỹ Tường", "KS. Thân Văn Lực, Hợp tác xã Thủy sản Mỹ Tường", "380", "Đã thả 02 lứa cá giống; đang theo dõi tăng trưởng"),
    ("3", "Ứng dụng nền tảng số quản lý hồ sơ địa chính cấp xã tại xã Phú Giã", "ThS. Tăng Thị Ngọc Bích, Chi nhánh Văn phòng đăng ký đất đai huyện", "190", "Nghiệm thu ngày 20/11/2026, xếp loại Đạt"),
    ("4", "Sử dụng chế phẩm sinh học xử lý chất thải chăn nuôi lợn quy mô nông hộ tại xã Đông Yên", "KS. Lục Văn Hoàng, Trung tâm Dịch vụ nông nghiệp huyện", "210", "Nghiệm thu ngày 27/11/2026, xếp loại Xuất sắc"),
    ("5", "Khôi phục nghề dệt thổ cẩm gắn với du lịch cộng đồng tại thôn Nà Pha, xã Hòa Trung Tây", "CN. Ninh Thị Ánh, Trung tâm Văn hóa, Thông tin và Thể thao huyện", "160", "Đã mở 02 lớp truyền nghề cho 36 học viên"),
    ("", "Tổng cộng", "", "1.185", ""),
]
MU05_BODY = [
    "2. Nhiệm vụ chuyển tiếp từ năm 2025: đề tài \"Ứng dụng một số bài thuốc nam trong chăm sóc sức khỏe người cao tuổi tại Trạm Y tế xã Phước Sa\" do BSCKI. Ông Văn Kiệt, Trung tâm Y tế huyện làm chủ nhiệm, kinh phí 120 triệu đồng, đã nghiệm thu ngày 15/7/2026, xếp loại Đạt.",
    "3. Tình hình giải ngân: đến ngày 30/11/2026 đã giải ngân 846 triệu đồng, đạt 71,4% tổng kinh phí được phê duyệt; Phòng Tài chính - Kế hoạch đã cấp tạm ứng lần đầu cho cả 05 nhiệm vụ.",
    "III. ĐÁNH GIÁ CHUNG",
    "1. Ưu điểm: công tác đề xuất, tuyển chọn được triển khai đúng thời hạn Sở Khoa học và Công nghệ yêu cầu; lần đầu tiên có Hội đồng tư vấn với sự tham gia của chuyên gia ngoài huyện; 02 nhiệm vụ đã nghiệm thu có khả năng nhân rộng. Chi sự nghiệp khoa học và công nghệ năm 2026 đạt 1,3% tổng chi ngân sách huyện.",
    "2. Hạn chế: chỉ tiêu chi 1,5% tổng chi ngân sách huyện theo Kết luận số 14-KL/HU chưa đạt; nhiệm vụ trồng cây đảng sâm chậm tiến độ do thời tiết mưa kéo dài trong tháng 8 và tháng 9/2026; một số xã chưa đề xuất nhiệm vụ.",
    "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027",
    "1. Dự kiến đề xuất 06 nhiệm vụ mới, trong đó 02 nhiệm vụ về chuyển đổi số; tổng kinh phí dự kiến 1,5 tỷ đồng.",
    "2. Giao Phòng Kinh tế chủ trì, phối hợp với Phòng Tài chính - Kế hoạch tổng hợp đề xuất nhiệm vụ năm 2027, trình Ủy ban nhân dân huyện trước ngày 31/01/2027.",
    "3. Trung tâm Dịch vụ nông nghiệp huyện nhân rộng mô hình chế phẩm sinh học xử lý chất thải chăn nuôi ra 03 xã Phú Giã, Mỹ Tường và Phước Sa, hoàn thành trong quý III/2027.",
    "4. Chi nhánh Văn phòng đăng ký đất đai huyện phối hợp Ủy ban nhân dân các xã triển khai nền tảng số quản lý hồ sơ địa chính tại 04 xã còn lại trong năm 2027.",
    "V. KIẾN NGHỊ",
    "Đề nghị Sở Khoa học và Công nghệ hỗ trợ chuyển giao quy trình trồng cây đảng sâm và xem xét đưa mô hình nuôi cá lăng trong lồng vào danh mục dự án cấp tỉnh năm 2028.",
    "Trên đây là báo cáo kết quả thực hiện nhiệm vụ khoa học và công nghệ cấp huyện năm 2026 của Ủy ban nhân dân huyện Thạch Lĩnh./.",
]
MU05_TAIL_LEFT = [
    "Nơi nhận:",
    "- Sở Khoa học và Công nghệ (b/c);",
    "- TT Huyện ủy, TT HĐND huyện;",
    "- CT, các PCT UBND huyện;",
    "- Phòng Kinh tế;",
    "- Lưu: VT, KT.",
]
MU05_TAIL_RIGHT = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Tôn Nữ Diệu Hằng"]


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DV", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("DV", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_page()
    w = pdf.epw / 2
    for i, (l, r) in enumerate(MU05_HEADER):
        pdf.set_font("DV", "B" if i < 2 else "", 10.5)
        pdf.cell(w - 10, 6, N(l), align="C")
        pdf.cell(w + 10, 6, N(r), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DV", "B", 12.5)
    pdf.multi_cell(0, 7, N(MU05_TITLE[0]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 11.5)
    pdf.multi_cell(0, 6.5, N(MU05_TITLE[1]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def para(t):
        bold = t[:3] in ("I. ", "II.", "III", "IV.", "V. ")
        pdf.set_font("DV", "B" if bold else "", 11)
        pdf.multi_cell(0, 6.2, N(t), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    for t in MU05_INTRO:
        para(t)
    pdf.set_font("DV", "", 9.5)
    with pdf.table(col_widths=(8, 52, 46, 20, 40), line_height=5.2, text_align="LEFT") as table:
        for row in MU05_TABLE:
            r = table.row()
            for v in row:
                r.cell(N(v))
    pdf.ln(4)
    for t in MU05_BODY:
        para(t)
    pdf.ln(4)
    y = pdf.get_y()
    pdf.set_font("DV", "", 9.5)
    for t in MU05_TAIL_LEFT:
        pdf.cell(w, 5, N(t), new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y)
    for t in MU05_TAIL_RIGHT:
        pdf.set_font("DV", "B", 10.5)
        pdf.set_x(pdf.l_margin + w)
        pdf.cell(w, 5.5, N(t), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, "mu02_quyetdinh_hoi_dong_tu_van_khcn.docx"))
    build_pdf(os.path.join(CORPUS, "mu05_baocao_ket_qua_nhiem_vu_khcn_2026.pdf"))
    print("built mu02 .docx and mu05 .pdf")
