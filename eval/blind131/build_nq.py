"""Rebuild nq02 (.pdf) and nq03 (.docx) of blind131 from the text kept here."""
import os, unicodedata
from fpdf import FPDF
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

def N(s):
    return unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- nq02 (PDF)
HD_LEFT = ["UBND TỈNH KIM BÌNH TÂY", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "", "Số: 1840/SGDĐT-GDTrH",
           "V/v hướng dẫn lựa chọn sách giáo khoa", "năm học 2026 - 2027"]
HD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "",
            "Kim Bình Tây, ngày 26 tháng 12 năm 2025", ""]
HD_BODY = """Kính gửi:
- Trưởng phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;
- Hiệu trưởng các trường trung học phổ thông, trường phổ thông nhiều cấp học trực thuộc Sở.
##HƯỚNG DẪN
##Lựa chọn sách giáo khoa sử dụng trong cơ sở giáo dục phổ thông năm học 2026 - 2027
Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;
Căn cứ Thông tư số 27/2023/TT-BGDĐT ngày 28 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định việc lựa chọn sách giáo khoa trong cơ sở giáo dục phổ thông;
Căn cứ danh mục sách giáo khoa đã được Bộ Giáo dục và Đào tạo phê duyệt sử dụng trong cơ sở giáo dục phổ thông;
Sở Giáo dục và Đào tạo tỉnh Kim Bình Tây hướng dẫn việc lựa chọn sách giáo khoa (SGK) sử dụng từ năm học 2026 - 2027 như sau:
#I. NGUYÊN TẮC CHUNG
1. Việc lựa chọn SGK do cơ sở giáo dục phổ thông tổ chức, bảo đảm dân chủ, khách quan, công khai, minh bạch, vì quyền lợi của học sinh.
2. Mỗi môn học, hoạt động giáo dục ở mỗi khối lớp, mỗi trường lựa chọn 01 đầu sách trong danh mục đã được Bộ Giáo dục và Đào tạo phê duyệt; không lựa chọn sách theo yêu cầu của nhà xuất bản hoặc đơn vị phát hành.
3. Không thay đổi SGK đã lựa chọn trong thời gian ít nhất 03 năm học liên tiếp, trừ trường hợp sách bị Bộ Giáo dục và Đào tạo đình chỉ sử dụng.
#II. CÁC BƯỚC LỰA CHỌN SÁCH GIÁO KHOA
Bước 1. Thành lập Hội đồng lựa chọn SGK của trường. Hiệu trưởng ra quyết định thành lập Hội đồng có số lượng ít nhất 07 thành viên, trong đó giáo viên trực tiếp giảng dạy chiếm ít nhất 2/3 tổng số thành viên; có đại diện Ban đại diện cha mẹ học sinh. Thời hạn hoàn thành: trước ngày 15/02/2026.
Bước 2. Tổ chuyên môn nghiên cứu, đề xuất. Các tổ chuyên môn tổ chức nghiên cứu các đầu sách trong danh mục, thảo luận và bỏ phiếu đề xuất; mỗi môn học đề xuất tối đa 02 đầu sách để Hội đồng xem xét. Thời gian thực hiện: từ ngày 16/02/2026 đến ngày 15/3/2026.
Bước 3. Hội đồng họp, bỏ phiếu kín. Hội đồng xem xét đề xuất của các tổ chuyên môn và bỏ phiếu kín; đầu sách được chọn khi có trên 50% tổng số thành viên Hội đồng đồng ý. Biên bản họp phải ghi rõ số phiếu của từng đầu sách. Hoàn thành trước ngày 31/3/2026.
Bước 4. Gửi kết quả lựa chọn. Hiệu trưởng trường tiểu học, trung học cơ sở gửi hồ sơ về Phòng Giáo dục và Đào tạo; hiệu trưởng trường trung học phổ thông gửi hồ sơ trực tiếp về Sở Giáo dục và Đào tạo (qua Phòng Giáo dục Trung học) trước ngày 10/4/2026. Hồ sơ gồm: quyết định thành lập Hội đồng, biên bản họp tổ chuyên môn, biên bản họp Hội đồng và danh mục SGK đề nghị.
Bước 5. Tổng hợp cấp huyện. Phòng Giáo dục và Đào tạo kiểm tra hồ sơ, tổng hợp kết quả lựa chọn của các trường tiểu học, trung học cơ sở trên địa bàn, gửi Sở Giáo dục và Đào tạo trước ngày 20/4/2026.
Bước 6. Thẩm định, phê duyệt. Sở Giáo dục và Đào tạo trình Hội đồng lựa chọn sách giáo khoa tỉnh xem xét kết quả lựa chọn của các trường; Ủy ban nhân dân tỉnh phê duyệt danh mục SGK sử dụng trong các cơ sở giáo dục trước ngày 15/5/2026.
Bước 7. Công khai danh mục. Sau khi có quyết định phê duyệt, các trường công khai danh mục SGK trên trang thông tin điện tử và niêm yết tại trường trước ngày 31/5/2026; đồng thời thông báo cho cha mẹ học sinh để chuẩn bị sách trước năm học mới.
#III. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục Trung học chủ trì, phối hợp với Phòng Giáo dục Tiểu học theo dõi, đôn đốc các đơn vị thực hiện; tham mưu Giám đốc Sở trình Ủy ban nhân dân tỉnh thành lập Hội đồng lựa chọn sách giáo khoa tỉnh trong tháng 01/2026.
2. Phòng Kế hoạch - Tài chính của Sở hướng dẫn các trường sử dụng kinh phí chi thường xuyên để tổ chức lựa chọn SGK; mức chi cho mỗi trường không quá 6.000.000 đồng.
3. Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố tập huấn cho hiệu trưởng các trường tiểu học, trung học cơ sở về quy trình lựa chọn SGK, hoàn thành trước ngày 10/02/2026; kiểm tra xác suất hồ sơ của ít nhất 20% số trường trên địa bàn.
4. Đề nghị Ban đại diện cha mẹ học sinh các trường cử đại diện tham gia Hội đồng và phổ biến kết quả lựa chọn tới cha mẹ học sinh.
5. Thanh tra Sở phối hợp với Phòng Giáo dục Trung học kiểm tra việc tổ chức lựa chọn SGK tại một số trường, phát hiện và xử lý kịp thời các sai phạm.
Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các đơn vị liên hệ bà Hà Thị Quyên Chi, Phó Trưởng phòng Giáo dục Trung học, điện thoại 0237.3856.214, thư điện tử gdtrh@kimbinhtay.edu.vn để được hướng dẫn."""
HD_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(Đã ký)", "", "Tạ Quang Lực"]
HD_NOINHAN = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (để b/c);", "- Giám đốc, các PGĐ Sở;",
              "- Thanh tra Sở;", "- Cổng thông tin điện tử Sở;", "- Lưu: VT, GDTrH."]


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSerif.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSerif-Italic.ttf")
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    colw = w / 2 - 2
    for i, (l, r) in enumerate(zip(HD_LEFT, HD_RIGHT)):
        pdf.set_font("DV", "B" if i < 2 else "", 10.5)
        x = pdf.get_x(); y = pdf.get_y()
        pdf.cell(colw - 8, 5.5, N(l), align="C")
        pdf.set_font("DV", "B" if i < 2 else "I", 10.5)
        pdf.cell(colw + 8, 5.5, N(r), align="C")
        pdf.ln(5.5)
    pdf.ln(3)
    for para in HD_BODY.split("\n"):
        para = N(para)
        if para.startswith("##"):
            pdf.set_font("DV", "B", 12.5)
            pdf.multi_cell(w, 6.5, para[2:], align="C")
        elif para.startswith("#"):
            pdf.set_font("DV", "B", 11.5)
            pdf.multi_cell(w, 6.2, para[1:], align="L")
        else:
            pdf.set_font("DV", "", 12)
            pdf.multi_cell(w, 6.6, para, align="J")
        pdf.ln(1.2)
    pdf.ln(4)
    y0 = pdf.get_y()
    if y0 > pdf.h - 70:
        pdf.add_page(); y0 = pdf.get_y()
    pdf.set_font("DV", "", 9.5)
    for line in HD_NOINHAN:
        pdf.set_font("DV", "BI" if False else ("B" if line == "Nơi nhận:" else ""), 9.5)
        pdf.cell(colw, 4.8, N(line)); pdf.ln(4.8)
    pdf.set_y(y0)
    for line in HD_SIGN:
        pdf.set_x(pdf.l_margin + colw)
        pdf.set_font("DV", "I" if line.startswith("(") else "B", 11)
        pdf.cell(colw, 5.8, N(line), align="C"); pdf.ln(5.8)
    pdf.output(path)

# ---------------------------------------------------------------- nq03 (DOCX)
QD_HEAD = [("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
           ("TỈNH KIM BÌNH TÂY", "Độc lập - Tự do - Hạnh phúc"),
           ("Số: 96/QĐ-UBND", "Kim Bình Tây, ngày 14 tháng 01 năm 2026")]
QD_TITLE = ["QUYẾT ĐỊNH", "Về việc thành lập Hội đồng lựa chọn sách giáo khoa tỉnh Kim Bình Tây năm 2026",
            "ỦY BAN NHÂN DÂN TỈNH KIM BÌNH TÂY"]
QD_CANCU = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
    "Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;",
    "Căn cứ Thông tư số 27/2023/TT-BGDĐT ngày 28 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định việc lựa chọn sách giáo khoa trong cơ sở giáo dục phổ thông;",
    "Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 1912/TTr-SGDĐT ngày 06 tháng 01 năm 2026.",
]
QD_DIEU1 = ["QUYẾT ĐỊNH:",
    "Điều 1. Thành lập Hội đồng lựa chọn sách giáo khoa tỉnh Kim Bình Tây năm 2026 (sau đây gọi là Hội đồng) gồm 09 thành viên có tên sau đây:"]
QD_TABLE = [("TT", "Họ và tên", "Chức vụ", "Nhiệm vụ trong Hội đồng"),
    ("1", "Ông Giáp Văn Tường", "Phó Chủ tịch Ủy ban nhân dân tỉnh", "Chủ tịch Hội đồng"),
    ("2", "Ông Tạ Quang Lực", "Phó Giám đốc Sở Giáo dục và Đào tạo", "Phó Chủ tịch thường trực Hội đồng"),
    ("3", "Ông Đoàn Hữu Phác", "Trưởng phòng Quản lý ngân sách, Sở Tài chính", "Phó Chủ tịch Hội đồng"),
    ("4", "Bà Hà Thị Quyên Chi", "Phó Trưởng phòng Giáo dục Trung học, Sở Giáo dục và Đào tạo", "Thư ký Hội đồng"),
    ("5", "Ông Khổng Minh Trí", "Trưởng phòng Giáo dục và Đào tạo huyện Vĩnh Tràm", "Ủy viên"),
    ("6", "Bà Lò Thị Hằng Nga", "Hiệu trưởng Trường Tiểu học Cẩm Lạc Đông", "Ủy viên"),
    ("7", "Ông Âu Đức Thạch", "Hiệu trưởng Trường THCS Hạ Mỹ Lâm", "Ủy viên"),
    ("8", "Bà Cù Thị Mận", "Tổ trưởng chuyên môn Trường THPT Bến Dâu", "Ủy viên"),
    ("9", "Ông Bùi Khắc Đạo", "Phó Chánh Văn phòng Ủy ban nhân dân tỉnh", "Ủy viên"),
]
QD_REST = [
    "Điều 2. Nhiệm vụ, quyền hạn của Hội đồng",
    "1. Xem xét hồ sơ, kết quả lựa chọn sách giáo khoa của các cơ sở giáo dục phổ thông do Sở Giáo dục và Đào tạo tổng hợp; đề nghị Ủy ban nhân dân tỉnh phê duyệt danh mục sách giáo khoa sử dụng từ năm học 2026 - 2027, hoàn thành trước ngày 15/5/2026.",
    "2. Yêu cầu các trường giải trình khi hồ sơ lựa chọn chưa bảo đảm đúng quy trình; kiến nghị tổ chức lựa chọn lại đối với môn học có sai sót.",
    "3. Ông Giáp Văn Tường, Chủ tịch Hội đồng, phân công nhiệm vụ cụ thể cho từng thành viên; bà Hà Thị Quyên Chi, Thư ký Hội đồng, ghi biên bản các phiên họp và lưu trữ hồ sơ.",
    "4. Hội đồng làm việc theo nguyên tắc tập thể, quyết định theo đa số; phiên họp chỉ hợp lệ khi có ít nhất 2/3 số thành viên tham dự. Hội đồng tự giải thể sau khi hoàn thành nhiệm vụ.",
    "Điều 3. Tổ chức thực hiện và kinh phí",
    "1. Sở Giáo dục và Đào tạo là cơ quan thường trực của Hội đồng, có trách nhiệm chuẩn bị tài liệu, địa điểm họp và tổng hợp hồ sơ của các trường gửi Hội đồng trước ngày 25/4/2026.",
    "2. Kinh phí hoạt động của Hội đồng là 85.000.000 đồng (Tám mươi lăm triệu đồng), bố trí từ nguồn kinh phí sự nghiệp giáo dục năm 2026 giao cho Sở Giáo dục và Đào tạo. Giao Sở Tài chính thẩm định, hướng dẫn Sở Giáo dục và Đào tạo sử dụng và thanh quyết toán kinh phí theo quy định.",
    "3. Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo Phòng Giáo dục và Đào tạo phối hợp với Sở Giáo dục và Đào tạo cung cấp hồ sơ, giải trình khi Hội đồng yêu cầu.",
    "Điều 4. Hiệu lực và trách nhiệm thi hành",
    "Quyết định này có hiệu lực kể từ ngày ký.",
    "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Giáo dục và Đào tạo, Tài chính, Nội vụ; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố; Thủ trưởng các cơ quan, đơn vị liên quan và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.",
]
QD_NOINHAN = ["Nơi nhận:", "- Như Điều 4;", "- Bộ Giáo dục và Đào tạo (để b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
              "- Chủ tịch, các PCT UBND tỉnh;", "- Cổng thông tin điện tử tỉnh;", "- Lưu: VT, KGVX."]
QD_SIGN = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "(Đã ký)", "", "Trịnh Xuân Hiếu"]


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    t = doc.add_table(rows=len(QD_HEAD), cols=2)
    for i, (l, r) in enumerate(QD_HEAD):
        for j, txt in enumerate((l, r)):
            p = t.cell(i, j).paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(N(txt)); run.bold = i < 2
    for i, line in enumerate(QD_TITLE):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(N(line)).bold = True
    for line in QD_CANCU:
        doc.add_paragraph(N(line)).runs[0].italic = True
    for i, line in enumerate(QD_DIEU1):
        p = doc.add_paragraph()
        if i == 0:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(N(line)).bold = True
        else:
            p.add_run(N(line))
    tb = doc.add_table(rows=len(QD_TABLE), cols=4); tb.style = "Table Grid"
    for i, row in enumerate(QD_TABLE):
        for j, txt in enumerate(row):
            run = tb.cell(i, j).paragraphs[0].add_run(N(txt)); run.bold = i == 0
    for line in QD_REST:
        p = doc.add_paragraph(); r = p.add_run(N(line))
        r.bold = line.startswith("Điều")
    sig = doc.add_table(rows=1, cols=2)
    left, right = sig.cell(0, 0), sig.cell(0, 1)
    for i, line in enumerate(QD_NOINHAN):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        r = p.add_run(N(line)); r.font.size = Pt(11); r.italic = i == 0
    for i, line in enumerate(QD_SIGN):
        p = right.paragraphs[0] if i == 0 else right.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if line:
            p.add_run(N(line)).bold = not line.startswith("(")
    doc.save(path)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_pdf(os.path.join(CORPUS, "nq02_huong_dan_1840_lua_chon_sach_giao_khoa.pdf"))
    build_docx(os.path.join(CORPUS, "nq03_quyet_dinh_96_hoi_dong_sgk.docx"))
    print("built")
