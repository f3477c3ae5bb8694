#!/usr/bin/env python3
"""Build the blind42 corpus (tỉnh Thạch Hà Nam) from text held in this file.

Writes corpus/qr01..qr05 and, via questions_data.py, questions.jsonl and who_what.jsonl.
Run: /work/main/.venv/bin/python build_qr.py
"""
import os
import textwrap
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# qr01 - Kế hoạch của UBND tỉnh (docx, Word list numbering + task table)
# ---------------------------------------------------------------------------
QR01_HEADER_LEFT = ["UỶ BAN NHÂN DÂN", "TỈNH THẠCH HÀ NAM", "", "Số: 146/KH-UBND"]
QR01_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                     "Thạch Hà Nam, ngày 12 tháng 3 năm 2026"]
QR01_TITLE = ["KẾ HOẠCH",
              "Thực hiện phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
              "trên địa bàn tỉnh Thạch Hà Nam giai đoạn 2026 - 2028"]
# (style, text); style: P = normal, H = bold heading, LN = List Number (restart at new block),
# LB = List Bullet, TABLE = the task table
QR01_BODY = [
    ("P", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, "
          "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("P", "Căn cứ Chương trình hành động số 31-CTr/TU ngày 20/02/2026 của Ban Thường vụ Tỉnh ủy Thạch Hà Nam "
          "về thực hiện nghị quyết của Bộ Chính trị;"),
    ("P", "Xét đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 58/TTr-SKHCN ngày 03/3/2026, "
          "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:"),
    ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("LB", "Cụ thể hóa các chủ trương của Trung ương và của Tỉnh ủy về khoa học, công nghệ, đổi mới sáng tạo "
           "và chuyển đổi số thành nhiệm vụ, sản phẩm cụ thể."),
    ("LB", "Xác định chuyển đổi số là nhiệm vụ trọng tâm, thường xuyên của người đứng đầu cơ quan, đơn vị, "
           "địa phương; gắn kết quả thực hiện với việc đánh giá, xếp loại cuối năm."),
    ("LB", "Huy động sự tham gia của doanh nghiệp, nhà trường và người dân; bảo đảm an toàn thông tin, bảo vệ "
           "dữ liệu cá nhân."),
    ("H", "II. MỤC TIÊU ĐẾN NĂM 2028"),
    ("LN", "100% cơ quan hành chính nhà nước cấp tỉnh, cấp huyện và cấp xã xử lý hồ sơ công việc trên môi "
           "trường mạng, trừ hồ sơ thuộc phạm vi bí mật nhà nước."),
    ("LN", "Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đủ điều kiện đạt tối thiểu "
           "85%; tỷ lệ hồ sơ nộp trực tuyến đạt 70%."),
    ("LN", "Số doanh nghiệp khoa học và công nghệ trên địa bàn tỉnh tăng từ 11 doanh nghiệp (năm 2025) lên "
           "24 doanh nghiệp; hình thành 02 không gian đổi mới sáng tạo tại thành phố Lư Khánh và huyện Ngàn Sương."),
    ("LN", "70% người dân trong độ tuổi lao động có kỹ năng số cơ bản; 100% thôn, tổ dân phố duy trì Tổ công "
           "nghệ số cộng đồng hoạt động thường xuyên."),
    ("LN", "Mỗi huyện, thành phố xây dựng tối thiểu 01 mô hình xã thông minh; riêng năm 2026 thí điểm tại "
           "xã Tràm Lụa, huyện Ngàn Sương."),
    ("LN", "Bố trí cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tối thiểu 3% tổng chi ngân sách "
           "tỉnh hằng năm."),
    ("H", "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    ("LN1", "Hoàn thiện thể chế, cơ chế, chính sách: rà soát, đề xuất sửa đổi các quy định của tỉnh không còn "
            "phù hợp; xây dựng chính sách hỗ trợ doanh nghiệp đổi mới công nghệ, trình Hội đồng nhân dân tỉnh "
            "tại kỳ họp cuối năm 2026."),
    ("LN", "Phát triển hạ tầng số: phủ sóng di động 4G đến 100% thôn, bản; triển khai mạng 5G tại Khu công "
           "nghiệp Ngàn Sương và trung tâm thành phố Lư Khánh; xây dựng Trung tâm dữ liệu tỉnh kết nối với cơ sở "
           "dữ liệu quốc gia về dân cư."),
    ("LN", "Phát triển nhân lực và kỹ năng số: tổ chức phong trào \"Mỗi người dân một kỹ năng số\"; mỗi năm bồi "
           "dưỡng kỹ năng số cho tối thiểu 2.500 cán bộ, công chức, viên chức; duy trì hoạt động của 1.240 Tổ "
           "công nghệ số cộng đồng trên toàn tỉnh."),
    ("LN", "Thúc đẩy đổi mới sáng tạo: hằng năm tổ chức Cuộc thi \"Ý tưởng khởi nghiệp sáng tạo Thạch Hà Nam\"; "
           "hỗ trợ tối đa 300 triệu đồng cho mỗi nhiệm vụ khoa học và công nghệ do doanh nghiệp đặt hàng từ Quỹ "
           "phát triển khoa học và công nghệ tỉnh."),
    ("LN", "Đưa khoa học, công nghệ vào nhà trường: triển khai giáo dục STEM, làm quen với trí tuệ nhân tạo ở "
           "cấp trung học; khuyến khích học sinh tham gia các cuộc thi sáng tạo kỹ thuật."),
    ("LN", "Đẩy mạnh thông tin, tuyên truyền: mở chuyên trang, chuyên mục về chuyển đổi số trên Báo và Phát "
           "thanh, Truyền hình Thạch Hà Nam; biểu dương các điển hình tiên tiến."),
    ("H", "IV. KINH PHÍ THỰC HIỆN"),
    ("P", "Tổng kinh phí dự kiến giai đoạn 2026 - 2028 là 186,5 tỷ đồng, trong đó: ngân sách tỉnh 142 tỷ đồng; "
          "nguồn xã hội hóa và các nguồn hợp pháp khác 44,5 tỷ đồng. Năm 2026, ngân sách tỉnh bố trí 48 tỷ đồng "
          "để thực hiện các nhiệm vụ ưu tiên. Kinh phí các năm tiếp theo do Sở Tài chính tham mưu bố trí trong "
          "dự toán hằng năm."),
    ("H", "V. PHÂN CÔNG NHIỆM VỤ CỤ THỂ"),
    ("P", "Danh mục nhiệm vụ trọng tâm năm 2026 - 2027 được phân công theo bảng sau:"),
    ("TABLE", None),
    ("H", "VI. TỔ CHỨC THỰC HIỆN"),
    ("LN1", "Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, hướng dẫn, kiểm tra việc thực "
            "hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh định kỳ 6 tháng (trước ngày 15/6) và hằng năm "
            "(trước ngày 15/12)."),
    ("LN", "Sở Tài chính có trách nhiệm cân đối, tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các "
           "đơn vị sử dụng, thanh quyết toán kinh phí theo quy định."),
    ("LN", "Sở Nội vụ: đưa kết quả thực hiện nhiệm vụ chuyển đổi số vào tiêu chí đánh giá, xếp loại tập thể và "
           "người đứng đầu cơ quan, đơn vị hằng năm."),
    ("LN", "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh hướng "
           "dẫn các trường tổ chức hoạt động giáo dục STEM, câu lạc bộ sáng tạo khoa học kỹ thuật cho học sinh."),
    ("LN", "Các sở, ban, ngành tỉnh căn cứ chức năng, nhiệm vụ xây dựng kế hoạch của đơn vị, gửi Sở Khoa học "
           "và Công nghệ trước ngày 15/4/2026."),
    ("LN", "Ủy ban nhân dân các huyện, thành phố ban hành kế hoạch thực hiện tại địa phương trước ngày "
           "30/4/2026; chỉ đạo Ủy ban nhân dân cấp xã kiện toàn Tổ công nghệ số cộng đồng."),
    ("LN", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên truyền, "
           "vận động hội viên, đoàn viên và Nhân dân tích cực sử dụng dịch vụ công trực tuyến, thanh toán không "
           "dùng tiền mặt."),
    ("P", "Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học "
          "và Công nghệ (đầu mối: bà Phạm Thu Hằng, Phó Trưởng phòng Quản lý công nghệ số; điện thoại: "
          "0237.3851.246; e-mail: hangpt.skhcn@thachhanam.gov.vn) để tổng hợp, báo cáo Ủy ban nhân dân tỉnh "
          "xem xét, quyết định./."),
]
QR01_TABLE = [
    ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Xây dựng Đề án Trung tâm dữ liệu tỉnh Thạch Hà Nam", "Sở Khoa học và Công nghệ",
     "Sở Tài chính; Công an tỉnh", "Quý III/2026"],
    ["2", "Ban hành Bộ chỉ số đánh giá chuyển đổi số cấp huyện, cấp xã", "Sở Khoa học và Công nghệ",
     "Sở Nội vụ; UBND các huyện, thành phố", "Trước ngày 30/6/2026"],
    ["3", "Bồi dưỡng kỹ năng số cho thành viên Tổ công nghệ số cộng đồng", "Sở Khoa học và Công nghệ",
     "UBND các huyện, thành phố; Tỉnh Đoàn", "Hằng năm"],
    ["4", "Triển khai giáo dục STEM và làm quen trí tuệ nhân tạo trong các trường trung học",
     "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ; Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh",
     "Năm học 2026 - 2027"],
    ["5", "Thí điểm mô hình xã thông minh tại xã Tràm Lụa", "UBND huyện Ngàn Sương",
     "Sở Khoa học và Công nghệ; Viễn thông Thạch Hà Nam", "Trước ngày 31/12/2026"],
    ["6", "Tổ chức Cuộc thi \"Ý tưởng khởi nghiệp sáng tạo Thạch Hà Nam\" năm 2026", "Sở Khoa học và Công nghệ",
     "Tỉnh Đoàn; Hội Liên hiệp Phụ nữ tỉnh", "Tháng 10/2026"],
    ["7", "Xây dựng chuyên mục \"Thạch Hà Nam số\" trên sóng phát thanh, truyền hình",
     "Báo và Phát thanh, Truyền hình Thạch Hà Nam", "Sở Văn hóa, Thể thao và Du lịch",
     "Từ quý II/2026, thường xuyên"],
    ["8", "Tham mưu bố trí kinh phí thực hiện Kế hoạch", "Sở Tài chính", "Sở Khoa học và Công nghệ",
     "Trước ngày 15/11 hằng năm"],
]
QR01_NOINHAN = ["Nơi nhận:", "- Bộ Khoa học và Công nghệ (để b/c);", "- Thường trực Tỉnh ủy (để b/c);",
                "- Thường trực HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;",
                "- UBND các huyện, thành phố;", "- Lưu: VT, KGVX."]
QR01_SIGN = ["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Vũ Đình Khôi"]


def _restart_numbering(doc, style_name):
    """Create a new w:num for the list style so that numbering restarts at 1."""
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    style = doc.styles[style_name]
    num_id = style.element.pPr.numPr.numId.val
    abstract_id = numbering.num_having_numId(num_id).abstractNumId.val
    num = numbering.add_num(abstract_id)
    override = num.add_lvlOverride(ilvl=0)
    override.add_startOverride(1)
    return num.numId


def _apply_num(paragraph, num_id):
    pPr = paragraph._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


def _cell_lines(cell, lines, bold_idx=(), italic_idx=(), center=True):
    cell.text = ""
    first = True
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(nfc(line))
        r.bold = i in bold_idx
        r.italic = i in italic_idx


def build_qr01(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3)
        s.right_margin = Cm(2)
    head = doc.add_table(rows=1, cols=2)
    _cell_lines(head.cell(0, 0), QR01_HEADER_LEFT, bold_idx=(1,))
    _cell_lines(head.cell(0, 1), QR01_HEADER_RIGHT, bold_idx=(0, 1), italic_idx=(3,))
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(nfc(QR01_TITLE[0])).bold = True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(nfc(QR01_TITLE[1])).bold = True
    current_num = None
    for style, text in QR01_BODY:
        if style == "P":
            doc.add_paragraph(nfc(text))
        elif style == "H":
            doc.add_paragraph().add_run(nfc(text)).bold = True
        elif style == "LB":
            doc.add_paragraph(nfc(text), style="List Bullet")
        elif style in ("LN", "LN1"):
            para = doc.add_paragraph(nfc(text), style="List Number")
            if style == "LN1":
                current_num = _restart_numbering(doc, "List Number")
            if current_num is not None:
                _apply_num(para, current_num)
        elif style == "TABLE":
            t = doc.add_table(rows=len(QR01_TABLE), cols=5)
            t.style = "Table Grid"
            for i, row in enumerate(QR01_TABLE):
                for j, val in enumerate(row):
                    c = t.cell(i, j)
                    c.text = ""
                    r = c.paragraphs[0].add_run(nfc(val))
                    r.bold = i == 0
    doc.add_paragraph()
    sig = doc.add_table(rows=1, cols=2)
    _cell_lines(sig.cell(0, 0), QR01_NOINHAN, bold_idx=(0,), center=False)
    _cell_lines(sig.cell(0, 1), QR01_SIGN, bold_idx=(0, 1, 2, 6))
    doc.save(path)


# ---------------------------------------------------------------------------
# qr02 - Công văn của Sở GD&ĐT (txt, hard-wrapped as if copied from a PDF)
# ---------------------------------------------------------------------------
QR02_HEADER = """UBND TỈNH THẠCH HÀ NAM              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                   Độc lập - Tự do - Hạnh phúc

Số: 612/SGDĐT-GDTrH           Thạch Hà Nam, ngày 05 tháng 5 năm 2026
V/v triển khai giáo dục STEM và
ứng dụng trí tuệ nhân tạo trong
dạy học năm học 2026 - 2027

                  Kính gửi:
                  - Phòng Giáo dục và Đào tạo các huyện, thành phố;
                  - Các trường trung học phổ thông trực thuộc Sở;
                  - Trung tâm Giáo dục thường xuyên tỉnh.
"""
QR02_BODY = [
    "Thực hiện Kế hoạch số 146/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh về thực hiện phát triển "
    "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn tỉnh Thạch Hà Nam giai đoạn "
    "2026 - 2028; căn cứ nhiệm vụ năm học 2026 - 2027, Sở Giáo dục và Đào tạo (GD&ĐT) đề nghị các đơn vị "
    "triển khai một số nội dung sau:",
    "#1. Xây dựng kế hoạch giáo dục STEM",
    "Các trường trung học cơ sở (THCS) và trung học phổ thông (THPT) đưa nội dung giáo dục STEM vào kế "
    "hoạch giáo dục của nhà trường; mỗi khối lớp tổ chức tối thiểu 04 bài học STEM trong một học kỳ và ít "
    "nhất 01 hoạt động trải nghiệm STEM trong năm học. Phòng GD&ĐT tổng hợp kế hoạch của các trường THCS "
    "trên địa bàn; các trường THPT gửi kế hoạch trực tiếp về Sở (qua Phòng Giáo dục Trung học) trước ngày "
    "15 tháng 9 năm 2026.",
    "#2. Bồi dưỡng giáo viên về ứng dụng trí tuệ nhân tạo (AI)",
    "Sở GD&ĐT tổ chức 03 lớp tập huấn \"Ứng dụng trí tuệ nhân tạo trong dạy học và quản lý lớp học\" cho "
    "360 giáo viên cốt cán, thời gian từ ngày 20 đến ngày 25 tháng 7 năm 2026 tại Trường THPT chuyên Lư "
    "Khánh (số 45 đường Chu Văn An, thành phố Lư Khánh). Mỗi Phòng GD&ĐT cử 30 giáo viên cốt cán cấp "
    "THCS; mỗi trường THPT cử 02 giáo viên (01 giáo viên Tin học và 01 giáo viên Vật lý hoặc Công nghệ). "
    "Danh sách gửi về Sở qua hệ thống quản lý văn bản trước ngày 30 tháng 6 năm 2026. Kinh phí tổ chức "
    "lớp do Sở chi trả; tiền đi lại, lưu trú của học viên do đơn vị cử người đi học chi trả theo quy định.",
    "#3. Tổ chức Ngày hội STEM học sinh cấp tỉnh",
    "Ngày hội STEM học sinh tỉnh Thạch Hà Nam năm 2026 dự kiến tổ chức trong 02 ngày, 14 và 15 tháng 11 "
    "năm 2026, tại Nhà Văn hóa Thiếu nhi tỉnh. Mỗi Phòng GD&ĐT lựa chọn 02 sản phẩm tiêu biểu cấp THCS, "
    "mỗi trường THPT lựa chọn 01 sản phẩm tham gia trưng bày. Giao Phòng Giáo dục Trung học chủ trì, phối "
    "hợp với Phòng Kế hoạch - Tài chính xây dựng kế hoạch chi tiết, trình Giám đốc Sở phê duyệt trước "
    "ngày 30 tháng 9 năm 2026.",
    "#4. Sử dụng công cụ trí tuệ nhân tạo trong nhà trường",
    "Khuyến khích giáo viên sử dụng công cụ AI để soạn học liệu, thiết kế câu hỏi, hỗ trợ học sinh tự học, "
    "nhưng phải kiểm tra lại tính chính xác của nội dung. Không sử dụng công cụ AI thay giáo viên chấm "
    "điểm, nhận xét chính thức kết quả học tập của học sinh; không yêu cầu học sinh dưới 13 tuổi tự đăng "
    "ký tài khoản công cụ AI cá nhân; không đưa thông tin cá nhân của học sinh lên các công cụ AI chưa có "
    "sự cho phép của cơ quan có thẩm quyền.",
    "#5. Rà soát cơ sở vật chất",
    "Phòng GD&ĐT có trách nhiệm tham mưu UBND huyện, thành phố rà soát số phòng học bộ môn Tin học, phòng "
    "thí nghiệm và thiết bị phục vụ giáo dục STEM của các trường THCS; báo cáo về Sở theo mẫu gửi kèm "
    "trước ngày 31 tháng 8 năm 2026. Trung tâm Giáo dục thường xuyên tỉnh chủ động mở lớp bồi dưỡng kỹ "
    "năng số ngắn hạn cho học viên và người dân có nhu cầu, mỗi lớp không quá 35 người.",
    "#6. Chế độ thông tin, báo cáo",
    "Các đơn vị báo cáo sơ kết học kỳ I về giáo dục STEM và ứng dụng AI trước ngày 10 tháng 01 năm 2027 "
    "và báo cáo tổng kết năm học trước ngày 31 tháng 5 năm 2027. Hiệu trưởng các trường THPT chịu trách "
    "nhiệm trước Giám đốc Sở về chất lượng, tiến độ triển khai tại đơn vị.",
    "Thông tin chi tiết xin liên hệ ông Đỗ Minh Tuấn, chuyên viên Phòng Giáo dục Trung học, Sở GD&ĐT, "
    "điện thoại 0912.408.375, e-mail: tuandm.sgddt@thachhanam.edu.vn.",
    "Sở GD&ĐT đề nghị các đơn vị nghiêm túc triển khai thực hiện./.",
]
QR02_FOOTER = """
Nơi nhận:                                           KT. GIÁM ĐỐC
- Như trên;                                         PHÓ GIÁM ĐỐC
- UBND tỉnh (để báo cáo);
- Giám đốc, các PGĐ Sở;                                (Đã ký)
- Cổng thông tin điện tử Sở;
- Lưu: VT, GDTrH.                               Nguyễn Thị Bích Ngọc
"""


def hard_wrap(paras, width):
    out = []
    for para in paras:
        if para.startswith("#"):
            out.append(para[1:])
            continue
        out.append(textwrap.fill(para, width=width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def build_qr02(path):
    text = QR02_HEADER + "\n" + hard_wrap(QR02_BODY, 71) + "\n" + QR02_FOOTER
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(text))


# ---------------------------------------------------------------------------
# qr03 - Quyết định của Chủ tịch UBND huyện + Thể lệ kèm theo (pdf)
# ---------------------------------------------------------------------------
QR03_HEAD_L = ["UỶ BAN NHÂN DÂN", "HUYỆN NGÀN SƯƠNG", "Số: 2317/QĐ-UBND"]
QR03_HEAD_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
               "Ngàn Sương, ngày 18 tháng 6 năm 2026"]
# (kind, text): C = centered bold, CI = centered italic, P = paragraph, B = bold paragraph, PAGE = new page
QR03_BODY = [
    ("C", "QUYẾT ĐỊNH"),
    ("C", "Về việc ban hành Thể lệ Hội thi Sáng tạo kỹ thuật và chuyển đổi số huyện Ngàn Sương lần thứ II, "
          "năm 2026"),
    ("C", "CHỦ TỊCH UỶ BAN NHÂN DÂN HUYỆN NGÀN SƯƠNG"),
    ("P", "Căn cứ Luật Tổ chức chính quyền địa phương;"),
    ("P", "Căn cứ Kế hoạch số 146/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh Thạch Hà Nam về thực hiện "
          "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn tỉnh giai đoạn "
          "2026 - 2028;"),
    ("P", "Căn cứ Kế hoạch số 95/KH-UBND ngày 02/4/2026 của Ủy ban nhân dân huyện về chuyển đổi số huyện "
          "Ngàn Sương năm 2026;"),
    ("P", "Theo đề nghị của Trưởng phòng Văn hóa và Thông tin huyện tại Tờ trình số 41/TTr-VHTT ngày "
          "12/6/2026."),
    ("C", "QUYẾT ĐỊNH:"),
    ("P", "Điều 1. Ban hành kèm theo Quyết định này Thể lệ Hội thi Sáng tạo kỹ thuật và chuyển đổi số huyện "
          "Ngàn Sương lần thứ II, năm 2026 (sau đây gọi tắt là Hội thi)."),
    ("B", "Điều 2. Tổ chức thực hiện"),
    ("P", "1. Giao Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với Phòng Giáo dục và Đào tạo, Huyện "
          "đoàn Ngàn Sương và Hội Nông dân huyện tổ chức Hội thi theo đúng Thể lệ; thành lập Ban Giám khảo "
          "trước ngày 05/9/2026."),
    ("P", "2. Phòng Tài chính - Kế hoạch thẩm định dự toán, tham mưu cấp kinh phí tổ chức Hội thi là "
          "145.000.000 đồng (Một trăm bốn mươi lăm triệu đồng) từ nguồn sự nghiệp khoa học và công nghệ năm "
          "2026 của huyện."),
    ("P", "3. Trung tâm Văn hóa - Thể thao và Truyền thông huyện tuyên truyền về Hội thi trên sóng phát "
          "thanh, trang thông tin điện tử huyện và hệ thống truyền thanh cơ sở ít nhất 02 lần/tuần trong thời "
          "gian nhận hồ sơ."),
    ("P", "4. Ủy ban nhân dân các xã, thị trấn phổ biến Thể lệ đến thôn, tổ dân phố, vận động Nhân dân, hợp "
          "tác xã, doanh nghiệp tham gia; mỗi xã, thị trấn có tối thiểu 02 giải pháp dự thi."),
    ("P", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng "
          "Văn hóa và Thông tin, Trưởng phòng Giáo dục và Đào tạo, Trưởng phòng Tài chính - Kế hoạch, Giám đốc "
          "Trung tâm Văn hóa - Thể thao và Truyền thông, Chủ tịch UBND các xã, thị trấn và các tổ chức, cá nhân "
          "có liên quan chịu trách nhiệm thi hành Quyết định này./."),
    ("SIGN", None),
    ("PAGE", None),
    ("C", "THỂ LỆ"),
    ("C", "Hội thi Sáng tạo kỹ thuật và chuyển đổi số huyện Ngàn Sương lần thứ II, năm 2026"),
    ("CI", "(Ban hành kèm theo Quyết định số 2317/QĐ-UBND ngày 18/6/2026 của Chủ tịch UBND huyện Ngàn Sương)"),
    ("B", "Điều 1. Mục đích"),
    ("P", "Phát hiện, tôn vinh các giải pháp sáng tạo kỹ thuật, ứng dụng công nghệ số có khả năng áp dụng vào "
          "sản xuất, đời sống trên địa bàn huyện; khơi dậy tinh thần đổi mới sáng tạo trong cán bộ, Nhân dân, "
          "đặc biệt là thanh thiếu niên; lựa chọn giải pháp tiêu biểu tham dự Hội thi Sáng tạo kỹ thuật tỉnh "
          "Thạch Hà Nam năm 2027."),
    ("B", "Điều 2. Đối tượng dự thi"),
    ("P", "1. Cá nhân, nhóm tác giả (mỗi nhóm không quá 05 người) đang sinh sống, học tập, làm việc trên địa "
          "bàn huyện Ngàn Sương; hợp tác xã, doanh nghiệp có trụ sở trên địa bàn huyện."),
    ("P", "2. Học sinh các trường THCS, THPT trên địa bàn huyện dự thi theo nhóm, có giáo viên hướng dẫn."),
    ("P", "3. Thành viên Ban Tổ chức, Ban Giám khảo và Tổ Thư ký không tham gia dự thi."),
    ("B", "Điều 3. Lĩnh vực dự thi"),
    ("P", "Giải pháp dự thi thuộc một trong bốn lĩnh vực: (1) Nông nghiệp công nghệ cao và chế biến nông sản; "
          "(2) Chuyển đổi số trong quản lý nhà nước và cung cấp dịch vụ công; (3) Giáo dục, đào tạo và đồ dùng "
          "dạy học tự làm; (4) Bảo vệ môi trường, tiết kiệm năng lượng và năng lượng tái tạo."),
    ("B", "Điều 4. Yêu cầu đối với giải pháp"),
    ("P", "Giải pháp dự thi phải có tính mới trên địa bàn huyện, có khả năng áp dụng vào thực tế; không vi "
          "phạm quyền sở hữu trí tuệ của tổ chức, cá nhân khác; chưa đạt giải tại hội thi, cuộc thi cấp tỉnh "
          "trở lên. Giải pháp đạt giải tại Hội thi lần thứ I năm 2024 không tiếp tục dự thi."),
    ("B", "Điều 5. Hồ sơ dự thi"),
    ("P", "Mỗi hồ sơ gồm: phiếu đăng ký dự thi (theo Mẫu số 01); bản mô tả giải pháp dài không quá 10 trang "
          "khổ A4; ảnh chụp hoặc video giới thiệu sản phẩm thời lượng tối đa 05 phút; xác nhận áp dụng thử của "
          "đơn vị sử dụng (nếu có). Hồ sơ nộp trực tiếp hoặc qua bưu điện; bản điện tử gửi kèm qua e-mail "
          "hoithisangtao.ngansuong@gmail.com."),
    ("B", "Điều 6. Thời gian, địa điểm"),
    ("P", "1. Nhận hồ sơ: từ ngày 01/7/2026 đến 17 giờ 00 ngày 31/8/2026 tại Phòng Văn hóa và Thông tin "
          "huyện, tầng 2, nhà B, trụ sở Ủy ban nhân dân huyện (số 12 đường Sương Mai, thị trấn Ngàn Sương)."),
    ("P", "2. Chấm sơ khảo: từ ngày 10/9 đến ngày 20/9/2026, chấm trên hồ sơ."),
    ("P", "3. Chấm chung khảo: ngày 03/10/2026, tác giả có giải pháp vào vòng chung khảo trình bày trực tiếp "
          "trước Ban Giám khảo không quá 10 phút."),
    ("P", "4. Tổng kết, trao giải: dự kiến 8 giờ 00 ngày 10/10/2026 tại Trung tâm Văn hóa - Thể thao và "
          "Truyền thông huyện."),
    ("B", "Điều 7. Tiêu chí chấm điểm"),
    ("P", "Thang điểm 100, gồm: tính mới, tính sáng tạo 30 điểm; khả năng áp dụng 30 điểm; hiệu quả kinh tế - "
          "xã hội 30 điểm; chất lượng hồ sơ và trình bày 10 điểm. Giải pháp của học sinh được cộng thêm tối đa "
          "05 điểm khuyến khích nếu sản phẩm do học sinh tự chế tạo. Giải pháp có điểm bình quân dưới 50 điểm "
          "không được xét giải."),
    ("B", "Điều 8. Cơ cấu giải thưởng"),
    ("P", "Hội thi trao: 01 giải Nhất, trị giá 15.000.000 đồng; 02 giải Nhì, mỗi giải 10.000.000 đồng; 03 giải "
          "Ba, mỗi giải 6.000.000 đồng; 06 giải Khuyến khích, mỗi giải 2.000.000 đồng; 01 giải \"Tác giả trẻ\" "
          "trị giá 3.000.000 đồng dành cho tác giả hoặc nhóm tác giả dưới 18 tuổi. Tổng giá trị giải thưởng là "
          "68.000.000 đồng. Kèm theo giải thưởng là Giấy khen của Chủ tịch Ủy ban nhân dân huyện."),
    ("P", "Căn cứ kết quả chấm, Ban Tổ chức có thể không trao hoặc điều chỉnh số lượng giải ở từng mức. Các "
          "giải pháp đạt giải Nhất, giải Nhì được Ban Tổ chức hỗ trợ hoàn thiện hồ sơ tham dự Hội thi cấp tỉnh."),
    ("B", "Điều 9. Quyền và trách nhiệm của tác giả"),
    ("P", "Tác giả chịu trách nhiệm về tính trung thực của hồ sơ và các tranh chấp về quyền tác giả (nếu có). "
          "Ban Tổ chức có quyền sử dụng hình ảnh, nội dung tóm tắt giải pháp đạt giải để tuyên truyền, không "
          "phải trả thù lao. Hồ sơ dự thi không trả lại."),
    ("B", "Điều 10. Thường trực Hội thi"),
    ("P", "Thường trực Ban Tổ chức đặt tại Phòng Văn hóa và Thông tin huyện. Mọi thông tin chi tiết liên hệ "
          "ông Mạc Văn Lực, chuyên viên Phòng Văn hóa và Thông tin huyện, điện thoại 0986.217.540. Trong quá "
          "trình thực hiện, nếu có nội dung cần sửa đổi, bổ sung, Phòng Văn hóa và Thông tin huyện tổng hợp, "
          "báo cáo Chủ tịch Ủy ban nhân dân huyện xem xét, quyết định./."),
]
QR03_NOINHAN = ["Nơi nhận:", "- Như Điều 3;", "- Sở Khoa học và Công nghệ (để b/c);",
                "- TT Huyện ủy, TT HĐND huyện;", "- CT, các PCT UBND huyện;", "- Lưu: VT, VHTT."]
QR03_SIGN = ["CHỦ TỊCH", "", "(Đã ký)", "", "Lương Hữu Định"]


def build_qr03(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.add_page()
    lh = 5.5
    half = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    y0 = pdf.get_y()
    for i, line in enumerate(QR03_HEAD_L):
        pdf.set_font("DV", "B" if i < 2 else "", 10.5)
        pdf.set_xy(pdf.l_margin, y0 + i * lh)
        pdf.cell(half - 10, lh, nfc(line), align="C")
    for i, line in enumerate(QR03_HEAD_R):
        pdf.set_font("DV", "B" if i < 2 else "", 10.5)
        pdf.set_xy(pdf.l_margin + half - 10, y0 + i * lh)
        pdf.cell(half + 10, lh, nfc(line), align="C")
    pdf.set_xy(pdf.l_margin, y0 + 4 * lh)
    for kind, text in QR03_BODY:
        if kind == "PAGE":
            pdf.add_page()
            continue
        if kind == "SIGN":
            pdf.ln(3)
            if pdf.get_y() + 32 > pdf.h - 10:
                pdf.add_page()
            pdf.set_auto_page_break(False)
            y = pdf.get_y()
            pdf.set_font("DV", "", 9.5)
            for i, line in enumerate(QR03_NOINHAN):
                pdf.set_xy(pdf.l_margin, y + i * 5)
                pdf.cell(half, 5, nfc(line))
            for i, line in enumerate(QR03_SIGN):
                pdf.set_font("DV", "B" if i in (0, 4) else "", 10.5)
                pdf.set_xy(pdf.l_margin + half, y + i * 5.5)
                pdf.cell(half, 5.5, nfc(line), align="C")
            pdf.set_xy(pdf.l_margin, y + 8 * 5.5)
            pdf.set_auto_page_break(True, margin=18)
            continue
        if kind == "C":
            pdf.set_font("DV", "B", 11.5)
            pdf.multi_cell(0, lh, nfc(text), align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "CI":
            pdf.set_font("DV", "", 10)
            pdf.multi_cell(0, lh, nfc(text), align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "B":
            pdf.set_font("DV", "B", 11)
            pdf.multi_cell(0, lh, nfc(text), align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DV", "", 10.5)
            pdf.multi_cell(0, lh, nfc(text), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.output(path)


# ---------------------------------------------------------------------------
# qr04 - Báo cáo của Ban Tuyên giáo và Dân vận Huyện ủy (md, Markdown table)
# ---------------------------------------------------------------------------
QR04 = """HUYỆN ỦY BỒ LẠC                              ĐẢNG CỘNG SẢN VIỆT NAM
BAN TUYÊN GIÁO VÀ DÂN VẬN
          *
Số 27-BC/BTGDVHU                        Bồ Lạc, ngày 26 tháng 6 năm 2026

# BÁO CÁO

## Kết quả công tác tuyên truyền khoa giáo, chuyển đổi số 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2026

Thực hiện Hướng dẫn số 14-HD/BTGDVTU ngày 15/01/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác tuyên truyền khoa giáo năm 2026 và Kế hoạch số 146/KH-UBND ngày 12/3/2026 của UBND tỉnh, Ban Tuyên giáo và Dân vận Huyện ủy Bồ Lạc báo cáo kết quả 6 tháng đầu năm 2026 như sau:

### I. KẾT QUẢ THỰC HIỆN

**1. Công tác quán triệt, tuyên truyền**

Ban Tuyên giáo và Dân vận Huyện ủy tham mưu Ban Thường vụ Huyện ủy tổ chức hội nghị trực tuyến quán triệt các chủ trương về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số vào ngày 17/3/2026, kết nối tới 38 điểm cầu với 2.150 cán bộ, đảng viên tham dự. Trang thông tin điện tử huyện, hệ thống truyền thanh cơ sở của 16 xã, thị trấn duy trì chuyên mục giới thiệu tiện ích số, cách phòng tránh lừa đảo trực tuyến. Kết quả một số chỉ tiêu chủ yếu như sau:

| TT | Chỉ tiêu | Kế hoạch năm 2026 | Thực hiện 6 tháng | Tỷ lệ so với kế hoạch (%) |
|----|----------|------------------:|------------------:|--------------------------:|
| 1 | Hội nghị, tọa đàm chuyên đề về KH&CN, chuyển đổi số | 24 | 15 | 62,5 |
| 2 | Tin, bài trên Trang thông tin điện tử huyện | 300 | 184 | 61,3 |
| 3 | Chương trình phát thanh chuyên mục "Bồ Lạc số" | 52 | 26 | 50,0 |
| 4 | Đảng viên cài đặt, sử dụng Sổ tay đảng viên điện tử | 3.600 | 3.128 | 86,9 |
| 5 | Tổ công nghệ số cộng đồng hoạt động thường xuyên | 96 | 96 | 100 |
| 6 | Lượt người dân được hướng dẫn kỹ năng số | 12.000 | 7.450 | 62,1 |
| 7 | Chi bộ sinh hoạt chuyên đề về chuyển đổi số | 148 | 91 | 61,5 |

**2. Công tác khoa giáo**

- Phối hợp với Phòng Giáo dục và Đào tạo huyện tổ chức chuyên đề "Học sinh Bồ Lạc với an toàn trên không gian mạng" tại 09 trường THCS, thu hút 4.320 học sinh tham gia.
- Phối hợp với Hội Nông dân huyện tập huấn ứng dụng nhật ký sản xuất điện tử cho 620 hội viên trồng cam tại xã Gò Nhãn và xã Rạng Khê.
- Qua 02 đợt tổng hợp dư luận xã hội, cán bộ, đảng viên và Nhân dân đồng tình với chủ trương chuyển đổi số; một bộ phận người cao tuổi còn lo ngại bị lừa đảo qua mạng, mất tiền trong tài khoản ngân hàng.

**3. Hạn chế, nguyên nhân**

- Chuyên mục phát thanh "Bồ Lạc số" mới thực hiện 50% kế hoạch do Trung tâm Văn hóa - Thể thao và Truyền thông huyện thiếu phóng viên, thiết bị dựng hình xuống cấp.
- 07 thôn vùng cao thuộc 03 xã Mương Đá, Cồn Vịt, Rạng Khê chưa có sóng 4G ổn định; tỷ lệ đảng viên cài đặt Sổ tay đảng viên điện tử thấp nhất là xã Cồn Vịt (71,4%).
- Một số cấp ủy cơ sở chưa coi trọng tuyên truyền khoa giáo; đội ngũ báo cáo viên cấp xã còn hạn chế về kỹ năng số.

### II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026

1. Ban Tuyên giáo và Dân vận Huyện ủy chủ trì tổ chức Hội thi trực tuyến "Tìm hiểu chuyển đổi số" dành cho cán bộ, đảng viên, đoàn viên, hội viên trong tháng 9/2026; hoàn thành tổng kết, trao giải trước ngày 15/10/2026.
2. Trung tâm Văn hóa - Thể thao và Truyền thông huyện bảo đảm phát sóng chuyên mục "Bồ Lạc số" vào 19 giờ 30 thứ Bảy hằng tuần, thực hiện đủ 26 chương trình còn lại của năm 2026.
3. Đề nghị các đảng ủy xã, thị trấn chỉ đạo chi bộ thôn, tổ dân phố đưa nội dung chuyển đổi số vào sinh hoạt chi bộ ít nhất 01 lần/quý; phấn đấu 100% đảng viên cài đặt Sổ tay đảng viên điện tử trước ngày 31/12/2026.
4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện phối hợp tuyên truyền phòng, chống lừa đảo trên không gian mạng cho hội viên là người cao tuổi, định kỳ hằng quý báo cáo kết quả về Ban Tuyên giáo và Dân vận Huyện ủy.
5. Huyện đoàn Bồ Lạc duy trì 16 đội thanh niên tình nguyện hỗ trợ kỹ năng số tại 16 xã, thị trấn; mỗi đội ra quân tối thiểu 02 buổi/tháng.

### III. ĐỀ XUẤT, KIẾN NGHỊ

1. Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy mở lớp bồi dưỡng kỹ năng viết tin, bài, sản xuất video ngắn cho đội ngũ báo cáo viên, tuyên truyền viên cấp huyện, cấp xã.
2. Đề nghị Ủy ban nhân dân huyện chỉ đạo Phòng Văn hóa và Thông tin huyện phối hợp với Viễn thông Bồ Lạc khảo sát, đề xuất phương án phủ sóng 4G tại 07 thôn vùng cao nêu trên trong quý III/2026; bổ sung 120 triệu đồng cho chuyên mục "Bồ Lạc số".

Liên hệ: đồng chí Khổng Văn Tài, chuyên viên Ban Tuyên giáo và Dân vận Huyện ủy, điện thoại 0974.352.118.

Nơi nhận:                                                 K/T TRƯỞNG BAN
- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c),                PHÓ TRƯỞNG BAN
- Thường trực Huyện ủy (b/c),
- Các đảng ủy xã, thị trấn,
- Lưu BTGDV.                                                 (đã ký)

                                                        Đinh Thị Mai Hương
"""


def build_qr04(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(QR04))


# ---------------------------------------------------------------------------
# qr05 - Thông báo kết luận của UBND xã (txt, normal lines, Markdown schedule table)
# ---------------------------------------------------------------------------
QR05 = """UBND HUYỆN NGÀN SƯƠNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
UỶ BAN NHÂN DÂN XÃ TRÀM LỤA                Độc lập - Tự do - Hạnh phúc

Số: 52/TB-UBND                         Tràm Lụa, ngày 08 tháng 7 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân xã tại cuộc họp triển khai xây dựng
mô hình "Xã thông minh" thí điểm năm 2026

Ngày 06/7/2026, tại Hội trường Ủy ban nhân dân xã, đồng chí Tạ Quang Vinh, Chủ tịch Ủy ban nhân dân xã chủ trì cuộc họp triển khai xây dựng mô hình "Xã thông minh" thí điểm theo Kế hoạch số 146/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh và Kế hoạch số 95/KH-UBND ngày 02/4/2026 của Ủy ban nhân dân huyện Ngàn Sương. Tham dự cuộc họp có đồng chí Lã Thị Duyên, Phó Trưởng phòng Văn hóa và Thông tin huyện; đại diện Viễn thông Ngàn Sương; các đồng chí Phó Chủ tịch UBND xã, công chức chuyên môn, Trưởng Công an xã, Trạm trưởng Trạm Y tế xã, Hiệu trưởng Trường Tiểu học và THCS Tràm Lụa, Bí thư Đoàn Thanh niên xã và trưởng 09 thôn.

Sau khi nghe công chức Văn hóa - Xã hội báo cáo dự thảo Kế hoạch và ý kiến của các đại biểu, đồng chí Chủ tịch UBND xã kết luận như sau:

1. Đánh giá chung

Xã Tràm Lụa có 09 thôn, 2.870 hộ với 10.940 nhân khẩu; 100% thôn có sóng 4G và cáp quang; 09 Tổ công nghệ số cộng đồng với 63 thành viên. Tuy nhiên, tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến của xã 6 tháng đầu năm mới đạt 41,6%; tỷ lệ người dân có tài khoản định danh điện tử mức 2 là 68%; nhiều hộ kinh doanh chưa sử dụng thanh toán không dùng tiền mặt.

2. Mục tiêu đến ngày 31/12/2026

- Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt từ 75% trở lên;
- 90% người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức 2;
- 100% hộ kinh doanh tại chợ Tràm Lụa có mã QR thanh toán;
- Lắp đặt 24 camera giám sát an ninh tại các trục đường chính, cổng trường học, kết nối về Công an xã;
- Chợ Tràm Lụa, trường học và trạm y tế có điểm phát wifi công cộng miễn phí.

3. Phân công nhiệm vụ

3.1. Công chức Văn hóa - Xã hội là đầu mối tham mưu, hoàn thiện Kế hoạch xây dựng mô hình "Xã thông minh", trình Chủ tịch UBND xã ký ban hành trước ngày 15/7/2026; tổng hợp tiến độ, báo cáo UBND huyện (qua Phòng Văn hóa và Thông tin) vào ngày 25 hằng tháng.

3.2. Giao Công an xã chủ trì, phối hợp với Viễn thông Ngàn Sương khảo sát vị trí, lắp đặt 24 camera giám sát; hoàn thành trước ngày 30/9/2026. Công an xã tiếp tục hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức 2 tại nhà văn hóa các thôn vào sáng Chủ nhật hằng tuần.

3.3. Công chức Tài chính - Kế toán lập dự toán kinh phí, trình UBND xã trước ngày 20/7/2026. Tổng kinh phí dự kiến 320 triệu đồng, trong đó huyện hỗ trợ 250 triệu đồng, ngân sách xã 70 triệu đồng.

3.4. Bộ phận Tiếp nhận và Trả kết quả xã bố trí 01 máy tính, 01 máy quét và 01 công chức trực hỗ trợ người dân nộp hồ sơ trực tuyến trong giờ hành chính.

3.5. Đoàn Thanh niên xã thành lập 09 đội "Thanh niên tình nguyện số" tại 09 thôn, mỗi đội từ 05 đến 07 đoàn viên, ra quân trong tháng 7/2026; hướng dẫn hộ kinh doanh tại chợ Tràm Lụa mở mã QR thanh toán.

3.6. Trạm Y tế xã phối hợp với trưởng thôn hướng dẫn người dân sử dụng sổ sức khỏe điện tử trên ứng dụng định danh điện tử quốc gia.

3.7. Trường Tiểu học và THCS Tràm Lụa triển khai sổ liên lạc điện tử và thu học phí, các khoản thu không dùng tiền mặt từ năm học 2026 - 2027.

3.8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã, Hội Nông dân, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh xã tuyên truyền, vận động hội viên tham gia; mỗi hội vận động tối thiểu 50 hội viên mở tài khoản thanh toán điện tử.

3.9. Trưởng các thôn phổ biến nội dung Thông báo này tại cuộc họp thôn gần nhất; lập danh sách hộ chưa có điện thoại thông minh gửi công chức Văn hóa - Xã hội trước ngày 31/7/2026.

4. Lịch triển khai

| Thời gian | Nội dung | Đơn vị thực hiện |
|---|---|---|
| 10/7 - 31/7/2026 | Khảo sát hiện trạng, lập danh sách hộ chưa có điện thoại thông minh | Trưởng các thôn |
| 01/8 - 30/9/2026 | Lắp đặt camera, điểm phát wifi công cộng | Công an xã; Viễn thông Ngàn Sương |
| Tháng 10/2026 | Ra mắt trang thông tin "Tràm Lụa số" và bản đồ số các điểm dịch vụ công | Công chức Văn hóa - Xã hội |
| Trước 15/12/2026 | Tự đánh giá kết quả, báo cáo UBND huyện | Công chức Văn hóa - Xã hội |

5. Chế độ họp

Giao ban tiến độ mô hình "Xã thông minh" vào 8 giờ 00 sáng thứ Hai tuần đầu tiên hằng tháng tại phòng họp UBND xã. Thành phần gồm các thành viên dự cuộc họp ngày 06/7/2026 (trừ đại biểu cấp huyện).

Ủy ban nhân dân xã thông báo để các bộ phận, đơn vị, cá nhân liên quan biết, thực hiện./.

Nơi nhận:                                      TL. CHỦ TỊCH
- TT Đảng ủy xã (b/c);                 CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ
- Phòng VH&TT huyện;
- CT, các PCT UBND xã;
- Các thành phần dự họp;
- Lưu: VT.                                        (Đã ký)

                                                Hà Thị Kim Oanh
"""


def build_qr05(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(QR05))


FILES = {
    "qr01_kh_cds_tinh.docx": build_qr01,
    "qr02_cv_stem_sgddt.txt": build_qr02,
    "qr03_qd_hoithi_sangtao.pdf": build_qr03,
    "qr04_bc_tuyengiao_bolac.md": build_qr04,
    "qr05_tb_ketluan_tramlua.txt": build_qr05,
}


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for name, fn in FILES.items():
        fn(os.path.join(CORPUS, name))
        print("wrote", name)
    try:
        import questions_data  # noqa: F401  (same folder)
    except ImportError:
        questions_data = None
    if questions_data is not None:
        questions_data.write_all(HERE)


if __name__ == "__main__":
    import sys
    sys.path.insert(0, HERE)
    main()
