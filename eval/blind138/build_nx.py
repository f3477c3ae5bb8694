"""Rebuild nx03 (.pdf, fpdf2) and nx04 (.docx, python-docx) of the blind138 set from the text below.
The .txt and .md documents (nx01, nx02, nx05) are kept as files in corpus/.
Run: /tmp/venv_nx/bin/python build_nx.py
"""
import os
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- nx03 (PDF)
NX03_HEAD_LEFT = ["ỦY BAN NHÂN DÂN TỈNH ĐÔNG XUYÊN THƯỢNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
                  "Số: 86/SGDĐT-GDNN",
                  "V/v hướng dẫn tổ chức lớp kỹ năng số", "cho thanh niên dân tộc thiểu số năm 2026"]
NX03_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Đông Xuyên Thượng, ngày 14 tháng 01 năm 2026"]

NX03_BODY = [
    ("K", "Kính gửi:"),
    ("L", "- Ủy ban nhân dân các huyện, thị xã, thành phố;"),
    ("L", "- Các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên;"),
    ("L", "- Trường Cao đẳng Kỹ thuật - Công nghệ Đông Xuyên Thượng."),
    ("P", "Thực hiện Kế hoạch số 112-KH/TU ngày 05/11/2025 của Ban Thường vụ Tỉnh ủy về giáo dục nghề nghiệp, đào tạo nghề cho lao động nông thôn và kỹ năng số cho thanh niên dân tộc thiểu số giai đoạn 2026 - 2030 và Quyết định số 2417/QĐ-UBND ngày 18/12/2025 của Ủy ban nhân dân tỉnh về việc giao dự toán ngân sách nhà nước năm 2026, năm 2026 toàn tỉnh phấn đấu phổ cập kỹ năng số cơ bản cho 12.000 thanh niên dân tộc thiểu số. Sở Giáo dục và Đào tạo hướng dẫn tổ chức các lớp kỹ năng số như sau:"),
    ("H", "1. Đối tượng"),
    ("P", "a) Thanh niên là người dân tộc thiểu số từ đủ 16 tuổi đến 30 tuổi, cư trú tại các xã khu vực III, xã, thôn đặc biệt khó khăn; ưu tiên thanh niên thuộc hộ nghèo, hộ cận nghèo, thanh niên đã hoàn thành nghĩa vụ quân sự, nghĩa vụ công an."),
    ("P", "b) Không hỗ trợ kinh phí đối với người đã tham gia lớp kỹ năng số có nội dung tương tự do ngân sách nhà nước hỗ trợ từ năm 2024 trở lại đây."),
    ("H", "2. Nội dung và thời lượng"),
    ("P", "Mỗi lớp học 24 tiết, chia thành 6 chuyên đề: (1) sử dụng điện thoại thông minh an toàn; (2) tài khoản định danh điện tử mức 2 và dịch vụ công trực tuyến; (3) thanh toán không dùng tiền mặt; (4) bán nông sản, sản phẩm thổ cẩm trên sàn thương mại điện tử và mạng xã hội; (5) nhận diện lừa đảo trực tuyến, bảo vệ dữ liệu cá nhân; (6) tìm kiếm việc làm trực tuyến và sử dụng ứng dụng trí tuệ nhân tạo cơ bản. Ít nhất 16 tiết phải là thực hành trên điện thoại của học viên."),
    ("H", "3. Tổ chức lớp học"),
    ("P", "a) Mỗi lớp từ 30 đến 40 học viên; tỷ lệ học viên nữ trong mỗi lớp không thấp hơn 40%. Lớp học được tổ chức tại nhà văn hóa thôn, điểm trường hoặc trụ sở Ủy ban nhân dân xã, bảo đảm có kết nối Internet."),
    ("P", "b) Giảng viên là giáo viên tin học, giáo viên của trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên hoặc đoàn viên có chứng chỉ bồi dưỡng giảng viên nguồn. Khuyến khích giảng dạy bằng tiếng dân tộc; giảng viên giảng dạy song ngữ được hưởng thêm 20% thù lao."),
    ("P", "c) Học viên tham gia từ 80% thời lượng trở lên và đạt bài kiểm tra thực hành cuối khóa được cấp giấy chứng nhận hoàn thành khóa học."),
    ("H", "4. Định mức kinh phí"),
    ("P", "Định mức hỗ trợ tối đa 18.000.000 đồng/lớp 40 học viên, gồm: thù lao giảng viên 300.000 đồng/tiết; tài liệu học tập 60.000 đồng/bộ; thuê thiết bị trình chiếu, đường truyền Internet và chi phí khác theo thực tế. Học viên được hỗ trợ tiền ăn 30.000 đồng/buổi học. Lớp có dưới 30 học viên thì thanh toán theo số học viên thực tế."),
    ("H", "5. Chế độ báo cáo"),
    ("P", "a) Ủy ban nhân dân các huyện, thị xã, thành phố gửi kế hoạch mở lớp, danh sách học viên dự kiến về Sở Giáo dục và Đào tạo (qua Phòng Giáo dục nghề nghiệp và Giáo dục thường xuyên) trước ngày 25/02/2026; báo cáo kết quả năm 2026 trước ngày 15/11/2026."),
    ("P", "b) Cơ sở tổ chức lớp nhập thông tin học viên lên phần mềm Sổ tay nghề số Đông Xuyên trong vòng 05 ngày làm việc kể từ ngày khai giảng."),
    ("H", "6. Trách nhiệm của các đơn vị"),
    ("P", "a) Giao Phòng Giáo dục nghề nghiệp và Giáo dục thường xuyên chủ trì, phối hợp với Tỉnh đoàn Đông Xuyên Thượng kiểm tra, giám sát việc tổ chức lớp tại các huyện; tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 30/11/2026."),
    ("P", "b) Trường Cao đẳng Kỹ thuật - Công nghệ Đông Xuyên Thượng bồi dưỡng 120 giảng viên nguồn cho các huyện, hoàn thành trong tháng 02/2026; biên soạn bộ tài liệu mẫu và video hướng dẫn bằng tiếng Việt, tiếng Mông."),
    ("P", "c) Đề nghị Ủy ban nhân dân các huyện chỉ đạo Phòng Giáo dục và Đào tạo chủ trì tổ chức lớp, bố trí kinh phí đối ứng và cử cán bộ theo dõi từng lớp; phối hợp với Viễn thông Đông Xuyên Thượng hỗ trợ miễn phí 03 tháng gói dữ liệu di động 4G cho học viên."),
    ("P", "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ ông Phùng Quốc Bảo, Trưởng phòng Giáo dục nghề nghiệp và Giáo dục thường xuyên, điện thoại 0209 3852 114, thư điện tử baopq@dongxuyenthuong.edu.vn."),
    ("P", "Sở Giáo dục và Đào tạo đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./."),
]
NX03_RECIP = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc Sở (b/c);",
              "- Tỉnh đoàn Đông Xuyên Thượng;", "- Lưu: VT, GDNN."]
NX03_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(đã ký)", "", "Lục Thị Thu Trang"]


def build_pdf():
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_font("DV", "B", 8.5)
    for i, line in enumerate(NX03_HEAD_LEFT):
        if i >= 3:
            pdf.set_font("DV", "", 8)
        pdf.set_xy(12, y0 + i * 4.6)
        pdf.cell(86, 4.6, N(line), align="C")
    pdf.set_font("DV", "B", 8.5)
    for i, line in enumerate(NX03_HEAD_RIGHT):
        if i == 3:
            pdf.set_font("DV", "I", 8.5)
        pdf.set_xy(100, y0 + i * 4.6)
        pdf.cell(100, 4.6, N(line), align="C")
    pdf.set_y(y0 + 6 * 4.6)
    for kind, text in NX03_BODY:
        if kind == "K":
            pdf.set_font("DV", "B", 10.5)
            pdf.set_x(45)
            pdf.multi_cell(0, 5.6, N(text))
        elif kind == "L":
            pdf.set_font("DV", "", 10.5)
            pdf.set_x(55)
            pdf.multi_cell(0, 5.6, N(text))
        elif kind == "H":
            pdf.set_font("DV", "B", 10.5)
            pdf.multi_cell(0, 5.6, N(text))
        else:
            pdf.set_font("DV", "", 10.5)
            pdf.multi_cell(0, 5.6, N(text), align="J")
        pdf.ln(1.2)
    pdf.ln(2)
    y1 = pdf.get_y()
    if y1 > 240:
        pdf.add_page()
        y1 = pdf.get_y()
    for i, line in enumerate(NX03_RECIP):
        pdf.set_font("DV", "B" if i == 0 else "", 9 if i == 0 else 8.5)
        pdf.set_xy(22, y1 + i * 4.3)
        pdf.cell(80, 4.3, N(line))
    for i, line in enumerate(NX03_SIGN):
        pdf.set_font("DV", "B" if i in (0, 1, 5) else "I", 10)
        pdf.set_xy(110, y1 + i * 5)
        pdf.cell(85, 5, N(line), align="C")
    out = os.path.join(CORPUS, "nx03_cong_van_huong_dan_lop_ky_nang_so.pdf")
    pdf.output(out)
    return out


# ---------------------------------------------------------------- nx04 (DOCX)
NX04_TITLE = ["BÁO CÁO",
              "Sơ kết 6 tháng đầu năm 2026 thực hiện Kế hoạch số 15-KH/HU",
              "và Kế hoạch số 27/KH-UBND về đào tạo nghề cho lao động nông thôn,",
              "phổ cập kỹ năng số cho thanh niên dân tộc thiểu số"]
# kinds: H1/H2 = Word headings, P = body paragraph, N = Word numbered list item, B = bullet item
NX04_BEFORE = [
    ("P", "Thực hiện Kế hoạch số 15-KH/HU ngày 20/01/2026 của Ban Thường vụ Huyện ủy và Kế hoạch số 27/KH-UBND ngày 09/02/2026 của Ủy ban nhân dân huyện, Ủy ban nhân dân huyện Mường Khánh báo cáo kết quả thực hiện 6 tháng đầu năm 2026 như sau:"),
    ("H1", "I. KẾT QUẢ THỰC HIỆN"),
    ("H2", "1. Công tác chỉ đạo, tuyên truyền"),
    ("P", "Ủy ban nhân dân huyện đã kiện toàn Ban Chỉ đạo tại Quyết định số 1234/QĐ-UBND ngày 16/3/2026; Ban Chỉ đạo đã ban hành Quy chế hoạt động ngày 27/3/2026 và tổ chức 02 đợt kiểm tra tại 6 xã. Tài liệu \"Kỹ năng số cơ bản\" song ngữ Việt - Mông đã được in 3.200 bộ, cấp phát cho học viên từ ngày 12/3/2026. Hệ thống loa truyền thanh của 15 xã, thị trấn phát 640 lượt tin, bài bằng tiếng Mông, tiếng Dao."),
    ("H2", "2. Kết quả đào tạo nghề và phổ cập kỹ năng số theo địa bàn"),
]
NX04_TABLE = [
    ["TT", "Xã, thị trấn", "Lớp nghề đã mở", "Học viên học nghề", "Lớp kỹ năng số", "Thanh niên DTTS học kỹ năng số", "Tỷ lệ có việc làm sau học nghề (%)"],
    ["1", "Thị trấn Mường Khánh", "4", "118", "5", "196", "88,1"],
    ["2", "Xã Tà Lùng Đông", "3", "90", "6", "231", "76,7"],
    ["3", "Xã Pắc Ma", "2", "61", "4", "152", "72,1"],
    ["4", "Xã Sùng Phài Trên", "2", "58", "5", "187", "69,0"],
    ["5", "Xã Nà Pheo", "3", "87", "4", "149", "80,5"],
    ["6", "Xã Khánh Hòa Sơn", "3", "89", "3", "118", "84,3"],
    ["7", "Các xã còn lại (9 xã)", "9", "262", "15", "561", "78,2"],
    ["", "Tổng cộng", "26", "765", "42", "1.594", "79,3"],
]
NX04_AFTER = [
    ("P", "Như vậy, số học viên học nghề đạt 46,4% chỉ tiêu năm (765/1.650 người); số thanh niên dân tộc thiểu số được phổ cập kỹ năng số đạt 53,1% chỉ tiêu năm (1.594/3.000 người). Trong số thanh niên đã học, 1.402 người đã kích hoạt tài khoản định danh điện tử mức 2 và 517 người mở tài khoản bán hàng trên sàn thương mại điện tử."),
    ("H2", "3. Tổ công nghệ số cộng đồng, giải quyết việc làm"),
    ("P", "15/15 xã, thị trấn đã thành lập Tổ công nghệ số cộng đồng với tổng số 126 thành viên; Huyện đoàn đã ra mắt 15 Đội thanh niên tình nguyện số. Phiên giao dịch việc làm lần thứ nhất tổ chức ngày 12/6/2026 tại thị trấn Mường Khánh có 14 doanh nghiệp tham gia, 1.120 lượt lao động đến tìm hiểu, 236 người được sơ tuyển và 41 người đăng ký đi làm việc ở nước ngoài. Hợp tác xã Dược liệu Pắc Ma đã tiếp nhận 38 học viên sau đào tạo vào làm việc."),
    ("H2", "4. Kinh phí"),
    ("P", "Đến ngày 30/6/2026, đã giải ngân 2,71 tỷ đồng, bằng 41,8% tổng kinh phí kế hoạch (6,48 tỷ đồng); riêng nguồn ngân sách trung ương mới giải ngân 1,35 tỷ đồng do chậm phân bổ chi tiết."),
    ("H1", "II. TỒN TẠI, HẠN CHẾ"),
    ("B", "Tại xã Sùng Phài Trên và xã Pắc Ma còn 7 thôn lõm sóng di động; 11 lớp kỹ năng số phải học tại điểm trường, thực hành trực tuyến gặp nhiều khó khăn."),
    ("B", "Tỷ lệ học viên nữ trong các lớp kỹ năng số tại xã Sùng Phài Trên chỉ đạt 31%, thấp hơn mức tối thiểu 40% theo hướng dẫn của Sở Giáo dục và Đào tạo."),
    ("B", "Thiếu giảng viên biết tiếng dân tộc: mới có 9/42 lớp kỹ năng số có giảng viên giảng dạy song ngữ Việt - Mông."),
    ("H1", "III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026"),
    ("N", "Giao Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện chủ trì, phối hợp với Phòng Kinh tế mở 29 lớp nghề còn lại cho 885 học viên, hoàn thành trước ngày 30/11/2026."),
    ("N", "Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Huyện đoàn mở 33 lớp kỹ năng số còn lại cho 1.406 thanh niên, hoàn thành trước ngày 31/10/2026; ưu tiên bố trí giảng viên song ngữ cho xã Sùng Phài Trên."),
    ("N", "Phòng Tài chính - Kế hoạch tham mưu điều chỉnh nguồn vốn giữa các đơn vị, bảo đảm giải ngân tối thiểu 90% kinh phí trước ngày 15/12/2026."),
    ("N", "Phòng Nội vụ phối hợp với Trung tâm Dịch vụ việc làm tỉnh tổ chức phiên giao dịch việc làm lần thứ hai tại xã Khánh Hòa Sơn trong tháng 10/2026."),
    ("N", "Ủy ban nhân dân các xã Sùng Phài Trên, Pắc Ma vận động nữ thanh niên tham gia lớp học, bảo đảm tỷ lệ học viên nữ từ 40% trở lên trong các lớp mở từ tháng 8/2026."),
    ("H1", "IV. ĐỀ XUẤT, KIẾN NGHỊ"),
    ("B", "Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Sở Khoa học và Công nghệ và các doanh nghiệp viễn thông phủ sóng 4G tại 7 thôn lõm sóng của xã Sùng Phài Trên và xã Pắc Ma trong năm 2026."),
    ("B", "Đề nghị Sở Giáo dục và Đào tạo nâng định mức hỗ trợ đối với lớp kỹ năng số có giảng viên song ngữ lên 21.000.000 đồng/lớp."),
    ("P", "Trên đây là báo cáo sơ kết 6 tháng đầu năm 2026 của Ủy ban nhân dân huyện Mường Khánh./."),
]
NX04_RECIP = ["Nơi nhận:", "- Ban Thường vụ Huyện ủy (b/c);", "- Sở Giáo dục và Đào tạo;",
              "- Sở Nội vụ;", "- TT HĐND huyện;", "- Thành viên Ban Chỉ đạo huyện;", "- Lưu: VT, NV."]
NX04_SIGN = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "(đã ký)", "", "Sầm Đức Lương"]


def _para(doc, text, bold=False, italic=False, align=None, size=13, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(N(text))
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def _blocks(doc, blocks):
    for kind, t in blocks:
        if kind == "H1":
            doc.add_heading(N(t), level=1)
        elif kind == "H2":
            doc.add_heading(N(t), level=2)
        elif kind == "N":
            _para(doc, t, style="List Number", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "B":
            _para(doc, t, style="List Bullet", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        else:
            _para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY)


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    head = doc.add_table(rows=1, cols=2)
    left, right = head.rows[0].cells
    left.text = ""
    right.text = ""
    lp = left.paragraphs[0]
    lp.add_run(N("ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG KHÁNH")).bold = True
    lp.add_run(N("\n-------\nSố: 96/BC-UBND"))
    lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rp = right.paragraphs[0]
    rp.add_run(N("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")).bold = True
    rp.add_run(N("\n---------------\n"))
    rp.add_run(N("Mường Khánh, ngày 10 tháng 7 năm 2026")).italic = True
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, t in enumerate(NX04_TITLE):
        _para(doc, t, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14 if i == 0 else 13)
    _blocks(doc, NX04_BEFORE)
    tb = doc.add_table(rows=len(NX04_TABLE), cols=len(NX04_TABLE[0]))
    tb.style = "Table Grid"
    for i, row in enumerate(NX04_TABLE):
        for j, val in enumerate(row):
            c = tb.rows[i].cells[j]
            c.text = ""
            run = c.paragraphs[0].add_run(N(val))
            run.bold = (i == 0 or row[0] == "")
            run.font.size = Pt(11)
    _para(doc, "(Nguồn: Phòng Nội vụ huyện Mường Khánh, số liệu đến ngày 30/6/2026; tỷ lệ có việc làm tính trên số học viên đã kết thúc khóa học)",
          italic=True, size=11)
    _blocks(doc, NX04_AFTER)
    tail = doc.add_table(rows=1, cols=2)
    a, b = tail.rows[0].cells
    a.text = ""
    b.text = ""
    ap = a.paragraphs[0]
    ap.add_run(N(NX04_RECIP[0])).bold = True
    for line in NX04_RECIP[1:]:
        r = ap.add_run(N("\n" + line))
        r.font.size = Pt(11)
    bp = b.paragraphs[0]
    bp.add_run(N("\n".join(NX04_SIGN))).bold = True
    bp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = os.path.join(CORPUS, "nx04_bao_cao_so_ket_6_thang_dao_tao_nghe.docx")
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build_pdf())
    print(build_docx())
