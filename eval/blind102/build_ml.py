#!/usr/bin/env python
"""Rebuild the .docx (ml02) and .pdf (ml05) documents of blind set 102 from text kept here.

Run with /work/main/.venv/bin/python build_ml.py
"""
import os
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
DOCX_NAME = "ml02_ke_hoach_so_y_te_cds_tram_y_te_xa.docx"
PDF_NAME = "ml05_bao_cao_ubnd_huyen_tam_ngan_6_thang_2025.pdf"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# ml02 — Kế hoạch của Sở Y tế (.docx)
# ---------------------------------------------------------------------------
ML02_HEADER_LEFT = ["UBND TỈNH ĐÔNG LĨNH NAM", "SỞ Y TẾ", "", "Số: 412/KH-SYT"]
ML02_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                     "Đông Lĩnh Nam, ngày 18 tháng 02 năm 2025"]
ML02_TITLE = ["KẾ HOẠCH",
              "Chuyển đổi số tại trạm y tế xã, phường, thị trấn trên địa bàn tỉnh Đông Lĩnh Nam năm 2025 - 2026"]

# (style, text): style in {"p", "h", "b"}  p = normal, h = bold heading, b = bullet-like line
ML02_BODY_BEFORE_TABLE = [
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Căn cứ Quyết định số 186/QĐ-UBND ngày 10/01/2025 của UBND tỉnh Đông Lĩnh Nam ban hành Chương trình chuyển đổi số tỉnh năm 2025;"),
    ("p", "Căn cứ tình hình thực tế, Sở Y tế xây dựng Kế hoạch chuyển đổi số tại trạm y tế xã, phường, thị trấn (sau đây gọi chung là trạm y tế xã) năm 2025 - 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Mục đích: Ứng dụng công nghệ thông tin trong quản lý sức khỏe người dân tại tuyến y tế cơ sở; số hóa hồ sơ sức khỏe, bệnh án; giảm thủ tục hành chính trong khám, chữa bệnh bảo hiểm y tế (BHYT); từng bước đưa dịch vụ của tuyến trên về gần người dân thông qua khám, chữa bệnh từ xa."),
    ("p", "2. Yêu cầu: Triển khai đồng bộ, có lộ trình, phù hợp điều kiện hạ tầng của từng địa phương; bảo đảm an toàn thông tin, bảo mật dữ liệu cá nhân của người bệnh; phân công rõ trách nhiệm, thời hạn hoàn thành."),
    ("h", "II. CHỈ TIÊU"),
    ("p", "1. Trước ngày 30/6/2025, 100% trạm y tế xã sử dụng phần mềm quản lý khám, chữa bệnh kết nối liên thông dữ liệu với cơ quan bảo hiểm xã hội."),
    ("p", "2. Năm 2025, ít nhất 80% dân số được lập hồ sơ sức khỏe điện tử (HSSKĐT) và cập nhật thông tin; năm 2026 đạt 95%."),
    ("p", "3. Năm 2025, ít nhất 60% lượt khám, chữa bệnh BHYT tại trạm y tế xã sử dụng căn cước công dân gắn chip hoặc ứng dụng VNeID thay thẻ BHYT giấy; năm 2026 đạt 90%."),
    ("p", "4. Đến ngày 31/12/2025, ít nhất 50% trạm y tế xã triển khai bệnh án điện tử ngoại trú; đến ngày 30/9/2026 đạt 100%."),
    ("p", "5. 100% trạm y tế xã thuộc vùng khó khăn kết nối khám, chữa bệnh từ xa với trung tâm y tế tuyến huyện; ít nhất 30% trạm y tế xã kết nối với bệnh viện tuyến tỉnh trong năm 2025."),
    ("h", "III. NHIỆM VỤ CỤ THỂ"),
]

ML02_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
    ["1", "Ban hành hướng dẫn kỹ thuật lập, cập nhật HSSKĐT tại trạm y tế xã",
     "Phòng Nghiệp vụ Y - Dược", "Trung tâm Kiểm soát bệnh tật tỉnh; TTYT các huyện, thị xã, thành phố",
     "Trước ngày 15/3/2025"],
    ["2", "Rà soát hạ tầng công nghệ thông tin, đường truyền, thiết bị tại trạm y tế; đề xuất danh mục mua sắm",
     "Phòng Kế hoạch - Tài chính", "TTYT các huyện, thị xã, thành phố; doanh nghiệp viễn thông",
     "Hoàn thành trong quý I/2025"],
    ["3", "Triển khai khám, chữa bệnh BHYT bằng căn cước công dân gắn chip và VNeID",
     "TTYT các huyện, thị xã, thành phố", "Bảo hiểm xã hội tỉnh; Công an tỉnh",
     "Hoàn thành trong quý II/2025"],
    ["4", "Triển khai bệnh án điện tử ngoại trú tại trạm y tế xã",
     "TTYT các huyện, thị xã, thành phố", "Phòng Nghiệp vụ Y - Dược; Văn phòng Sở",
     "50% số trạm trước ngày 31/12/2025; 100% trước ngày 30/9/2026"],
    ["5", "Thiết lập điểm khám, chữa bệnh từ xa tại trạm y tế xã vùng khó khăn",
     "Bệnh viện Đa khoa tỉnh", "TTYT các huyện, thị xã, thành phố",
     "Hoàn thành trong quý III/2025"],
    ["6", "Tập huấn kỹ năng số, an toàn thông tin cho viên chức trạm y tế",
     "Văn phòng Sở", "Trung tâm Kiểm soát bệnh tật tỉnh", "Tháng 4 - 5/2025"],
    ["7", "Kiểm tra, giám sát; tổng hợp, báo cáo UBND tỉnh",
     "Phòng Nghiệp vụ Y - Dược", "Thanh tra Sở", "Định kỳ 6 tháng, trước ngày 20/6 và 20/12"],
]

ML02_BODY_AFTER_TABLE = [
    ("h", "IV. KINH PHÍ"),
    ("p", "1. Tổng kinh phí thực hiện năm 2025 dự kiến 4,6 tỷ đồng từ nguồn ngân sách sự nghiệp y tế tỉnh, trong đó hỗ trợ mỗi trạm y tế xã vùng khó khăn 35.000.000 đồng để mua đầu đọc căn cước công dân gắn chip, webcam và thiết bị âm thanh phục vụ khám, chữa bệnh từ xa."),
    ("p", "2. UBND các huyện, thị xã, thành phố bố trí ngân sách địa phương để đối ứng mua sắm máy tính, đường truyền cho trạm y tế; huy động các nguồn xã hội hóa hợp pháp khác."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Nghiệp vụ Y - Dược là đơn vị thường trực, giúp Giám đốc Sở theo dõi, đôn đốc việc triển khai Kế hoạch; đầu mối liên hệ: ông Trương Khắc Định, Phó Trưởng phòng, điện thoại 0915 302 784, thư điện tử nvyd.syt@donglinhnam.gov.vn."),
    ("p", "2. Phòng Kế hoạch - Tài chính tham mưu phân bổ kinh phí 4,6 tỷ đồng cho các đơn vị trước ngày 31/3/2025; hướng dẫn thanh toán, quyết toán theo quy định."),
    ("p", "3. Văn phòng Sở chủ trì bảo đảm an toàn thông tin cho các phần mềm dùng tại trạm y tế, phối hợp với Sở Khoa học và Công nghệ kiểm tra, đánh giá an toàn hệ thống; tổ chức tập huấn theo nhiệm vụ số 6."),
    ("p", "4. Bệnh viện Đa khoa tỉnh chủ trì vận hành Trung tâm hội chẩn từ xa của tỉnh; bố trí bác sĩ trực hỗ trợ trạm y tế xã từ 14 giờ đến 16 giờ thứ Ba và thứ Sáu hằng tuần."),
    ("p", "5. Trung tâm Kiểm soát bệnh tật tỉnh phối hợp hướng dẫn chuẩn hóa dữ liệu tiêm chủng, bệnh không lây nhiễm trên HSSKĐT."),
    ("p", "6. Trung tâm Y tế (TTYT) các huyện, thị xã, thành phố:"),
    ("b", "- Xây dựng kế hoạch chi tiết của đơn vị, gửi Sở Y tế trước ngày 10/3/2025;"),
    ("b", "- Trực tiếp chỉ đạo, hướng dẫn trạm y tế xã triển khai; phân công viên chức công nghệ thông tin hỗ trợ các trạm;"),
    ("b", "- Báo cáo kết quả định kỳ 6 tháng trước ngày 15/6 và 15/12 về Sở Y tế (qua Phòng Nghiệp vụ Y - Dược)."),
    ("p", "7. Đề nghị Bảo hiểm xã hội tỉnh chỉ đạo bảo hiểm xã hội các huyện phối hợp đối soát dữ liệu, giải quyết kịp thời vướng mắc trong thanh toán chi phí khám, chữa bệnh BHYT tại trạm y tế xã."),
    ("p", "8. Đề nghị Công an tỉnh chỉ đạo công an cấp huyện, cấp xã hỗ trợ người dân kích hoạt tài khoản định danh điện tử mức độ 2, tích hợp thẻ BHYT trên VNeID."),
    ("p", "9. Đề nghị UBND các huyện, thị xã, thành phố chỉ đạo UBND cấp xã quan tâm bố trí kinh phí, nhân lực; đưa chỉ tiêu HSSKĐT vào nghị quyết phát triển kinh tế - xã hội hằng năm của địa phương."),
    ("p", "Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Y tế (qua Phòng Nghiệp vụ Y - Dược) để được hướng dẫn./."),
]

ML02_RECIPIENTS = ["Nơi nhận:", "- Bộ Y tế (để b/c);", "- UBND tỉnh (để b/c);", "- Giám đốc Sở, các Phó Giám đốc Sở;",
                   "- BHXH tỉnh, Công an tỉnh;", "- UBND các huyện, thị xã, thành phố;",
                   "- Các đơn vị trực thuộc Sở;", "- Lưu: VT, NVYD."]
ML02_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Vi Đức Toản"]


def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _cell_lines(cell, lines, bold_first=0, center=True, italic_last=False):
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(line))
        r.bold = i < bold_first
        if italic_last and i == len(lines) - 1:
            r.italic = True


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3)
        s.right_margin = Cm(2)
        s.top_margin = Cm(2)
        s.bottom_margin = Cm(2)

    head = doc.add_table(rows=1, cols=2)
    _no_borders(head)
    _cell_lines(head.cell(0, 0), ML02_HEADER_LEFT, bold_first=2)
    _cell_lines(head.cell(0, 1), ML02_HEADER_RIGHT, bold_first=2, italic_last=True)

    for i, t in enumerate(ML02_TITLE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(t))
        r.bold = True

    def add_body(items):
        for style, text in items:
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Cm(1) if style != "h" else None
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            r = p.add_run(N(text))
            r.bold = style == "h"

    add_body(ML02_BODY_BEFORE_TABLE)

    t = doc.add_table(rows=len(ML02_TABLE), cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(ML02_TABLE):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(N(val))
            r.font.size = Pt(11)
            r.bold = i == 0

    add_body(ML02_BODY_AFTER_TABLE)

    sig = doc.add_table(rows=1, cols=2)
    _no_borders(sig)
    left = sig.cell(0, 0)
    left.paragraphs[0].text = ""
    for i, line in enumerate(ML02_RECIPIENTS):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        r = p.add_run(N(line))
        r.font.size = Pt(11)
        r.bold = i == 0
        r.italic = i == 0
    _cell_lines(sig.cell(0, 1), ML02_SIGN, bold_first=2)
    sig.cell(0, 1).paragraphs[-1].runs[0].bold = True

    doc.save(path)


# ---------------------------------------------------------------------------
# ml05 — Báo cáo của UBND huyện Tam Ngàn (.pdf)
# ---------------------------------------------------------------------------
ML05_HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "HUYỆN TAM NGÀN", "Số: 214/BC-UBND"]
ML05_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Tam Ngàn, ngày 20 tháng 6 năm 2025"]
ML05_TITLE = ["BÁO CÁO",
              "Kết quả 6 tháng đầu năm 2025 thực hiện Kế hoạch số 412/KH-SYT",
              "về chuyển đổi số tại trạm y tế xã"]
ML05_TO = "Kính gửi: Sở Y tế tỉnh Đông Lĩnh Nam."

ML05_PART1 = [
    ("p", "Thực hiện Kế hoạch số 412/KH-SYT ngày 18/02/2025 của Sở Y tế tỉnh Đông Lĩnh Nam về chuyển đổi số tại trạm y tế xã, phường, thị trấn năm 2025 - 2026, UBND huyện Tam Ngàn báo cáo kết quả 6 tháng đầu năm 2025 như sau:"),
    ("h", "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"),
    ("p", "- Ngày 14/3/2025, UBND huyện ban hành Thông báo số 96/TB-UBND kết luận cuộc họp triển khai chuyển đổi số tại các trạm y tế xã; ngày 24/3/2025 ban hành Kế hoạch số 73/KH-UBND về chuyển đổi số tại trạm y tế xã năm 2025 do Trung tâm Y tế huyện tham mưu."),
    ("p", "- Tổ công tác chuyển đổi số y tế cơ sở huyện đã kiểm tra thực tế 08/08 trạm y tế từ ngày 14/4/2025 đến ngày 25/4/2025."),
    ("p", "- Trung tâm Y tế huyện ban hành Công văn số 158/TTYT-KHNV ngày 21/3/2025 hướng dẫn các trạm y tế; tổ chức 02 lớp tập huấn trong hai ngày 08 và 09/4/2025 cho 24 học viên."),
    ("p", "- Đảng ủy xã Phú Diệm ban hành Nghị quyết chuyên đề số 07-NQ/ĐU ngày 28/3/2025 về đẩy mạnh chuyển đổi số tại Trạm Y tế xã; đến nay là xã duy nhất trong huyện có nghị quyết chuyên đề về nội dung này."),
    ("h", "II. KẾT QUẢ THỰC HIỆN"),
    ("p", "1. Hạ tầng, trang thiết bị: 08/08 trạm y tế (100%) đã sử dụng phần mềm quản lý khám, chữa bệnh kết nối liên thông với cơ quan bảo hiểm xã hội, đạt chỉ tiêu của tỉnh trước thời hạn 30/6/2025. Đã lắp đặt cáp quang cho Trạm Y tế xã Bản Khuông (ngày 22/4/2025) và Trạm Y tế xã Lạc Nguyên Hạ (ngày 25/4/2025). Từ nguồn 1,2 tỷ đồng ngân sách huyện, đã giải ngân 1,08 tỷ đồng (đạt 90%), mua 16 máy tính để bàn và 08 đầu đọc căn cước công dân gắn chip. Riêng xã Phú Diệm bố trí 125.000.000 đồng ngân sách xã mua 02 máy tính và 01 bộ thiết bị hội nghị trực tuyến."),
    ("p", "2. Kết quả theo từng xã (số liệu đến ngày 15/6/2025):"),
]

ML05_TABLE = [
    ["TT", "Xã", "Dân số (người)", "Tỷ lệ có HSSKĐT (%)", "KCB BHYT bằng CCCD/VNeID (%)", "Bệnh án điện tử ngoại trú", "Khám từ xa (lượt)"],
    ["1", "Phú Diệm", "9.436", "74,8", "58,6", "Đã triển khai", "12"],
    ["2", "Thạch Lũy", "7.215", "69,1", "47,3", "Chưa triển khai", "0"],
    ["3", "Vĩnh Khánh Đông", "11.802", "83,5", "64,2", "Đã triển khai", "9"],
    ["4", "Bình Trăn", "6.530", "80,4", "55,0", "Chưa triển khai", "0"],
    ["5", "Mỹ Sương", "8.964", "81,2", "60,7", "Đã triển khai", "5"],
    ["6", "Cẩm Dư", "5.118", "77,9", "51,8", "Chưa triển khai", "0"],
    ["7", "Lạc Nguyên Hạ", "4.276", "63,0", "38,4", "Chưa triển khai", "21"],
    ["8", "Bản Khuông", "3.684", "60,3", "33,9", "Chưa triển khai", "26"],
    ["", "Toàn huyện", "57.025", "76,0", "54,5", "03 trạm", "73"],
]

ML05_PART2 = [
    ("p", "Toàn huyện có 43.330 người được lập HSSKĐT, đạt 76,0% dân số, tăng 19,0 điểm phần trăm so với thời điểm tháng 3/2025 (57,0%). Xã có tỷ lệ cao nhất là Vĩnh Khánh Đông (83,5%), thấp nhất là Bản Khuông (60,3%). Có 05/08 xã đạt chỉ tiêu 70% theo Công văn số 158/TTYT-KHNV; ba xã Thạch Lũy, Lạc Nguyên Hạ và Bản Khuông chưa đạt."),
    ("p", "3. Khám, chữa bệnh BHYT bằng căn cước công dân gắn chip, VNeID: bình quân toàn huyện đạt 54,5% số lượt khám, chữa bệnh BHYT (chỉ tiêu của tỉnh năm 2025 là 60%); cao nhất là Vĩnh Khánh Đông (64,2%), thấp nhất là Bản Khuông (33,9%)."),
    ("p", "4. Bệnh án điện tử ngoại trú: 03 trạm thí điểm (Phú Diệm, Vĩnh Khánh Đông, Mỹ Sương) bắt đầu triển khai từ ngày 02/6/2025, đến ngày 15/6/2025 đã lập 1.146 bệnh án điện tử ngoại trú."),
    ("p", "5. Khám, chữa bệnh từ xa: toàn huyện thực hiện 73 lượt, trong đó 47 lượt của Trạm Y tế xã Bản Khuông và Trạm Y tế xã Lạc Nguyên Hạ kết nối với Bệnh viện Đa khoa tỉnh, 26 lượt hội chẩn giữa các trạm với Trung tâm Y tế huyện."),
    ("h", "III. KHÓ KHĂN, HẠN CHẾ"),
    ("p", "- Trạm Y tế xã Thạch Lũy chưa có viên chức phụ trách công nghệ thông tin; việc nhập liệu chủ yếu do nhân viên y tế thôn thực hiện ngoài giờ."),
    ("p", "- Đường truyền tại Trạm Y tế xã Bản Khuông chưa ổn định, bị mất kết nối 07 lần trong tháng 5/2025, ảnh hưởng đến các buổi khám từ xa."),
    ("p", "- Nhiều người cao tuổi ở vùng khó khăn chưa có điện thoại thông minh; tỷ lệ khám, chữa bệnh BHYT bằng VNeID tại Lạc Nguyên Hạ (38,4%) và Bản Khuông (33,9%) còn thấp."),
    ("p", "- Kinh phí đối ứng của các xã còn hạn chế; ngoài Phú Diệm, chưa xã nào bố trí ngân sách riêng cho chuyển đổi số trạm y tế."),
    ("h", "IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025"),
    ("p", "1. Phấn đấu đến ngày 31/12/2025: tỷ lệ dân số có HSSKĐT toàn huyện đạt 82%; tỷ lệ lượt khám, chữa bệnh BHYT bằng căn cước công dân gắn chip, VNeID đạt 65%; 05/08 trạm y tế có bệnh án điện tử ngoại trú."),
    ("p", "2. Giao Trung tâm Y tế huyện chủ trì mở rộng bệnh án điện tử ngoại trú tại Trạm Y tế xã Bình Trăn và Trạm Y tế xã Cẩm Dư, hoàn thành trong quý III/2025; phối hợp với Bệnh viện Đa khoa tỉnh tăng lịch khám từ xa cho hai trạm Bản Khuông, Lạc Nguyên Hạ."),
    ("p", "3. Phòng Y tế phối hợp với Bảo hiểm xã hội huyện kiểm tra việc thanh toán chi phí khám, chữa bệnh BHYT tại các trạm y tế, định kỳ hằng quý."),
    ("p", "4. UBND các xã Thạch Lũy, Lạc Nguyên Hạ, Bản Khuông xây dựng phương án lập HSSKĐT cuốn chiếu theo từng thôn, bảo đảm tỷ lệ dân số có HSSKĐT đạt tối thiểu 75% trước ngày 30/9/2025."),
    ("p", "5. Phòng Tài chính - Kế hoạch tham mưu giải ngân hết phần kinh phí 120.000.000 đồng còn lại trước ngày 31/7/2025."),
    ("h", "V. ĐỀ XUẤT, KIẾN NGHỊ"),
    ("p", "1. Đề nghị Sở Y tế hỗ trợ 450.000.000 đồng từ nguồn kinh phí của Kế hoạch số 412/KH-SYT để trang bị thiết bị khám, chữa bệnh từ xa cho Trạm Y tế xã Thạch Lũy, Lạc Nguyên Hạ và Bản Khuông."),
    ("p", "2. Đề nghị Sở Y tế mở lớp tập huấn chuyên sâu về bệnh án điện tử và ký số cho viên chức trạm y tế trong quý III/2025."),
    ("p", "3. Đề nghị Bệnh viện Đa khoa tỉnh bố trí thêm 01 buổi hội chẩn từ xa vào sáng thứ Tư hằng tuần cho các trạm y tế vùng khó khăn."),
    ("p", "UBND huyện Tam Ngàn trân trọng báo cáo Sở Y tế tỉnh Đông Lĩnh Nam./."),
]

ML05_RECIPIENTS = ["Nơi nhận:", "- Như trên;", "- TT Huyện ủy (để b/c);", "- TT HĐND huyện;",
                   "- CT, các PCT UBND huyện;", "- Phòng Y tế, TTYT huyện;", "- Lưu: VT, YT."]
ML05_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Đàm Quang Triệu"]


class PDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVuSerif", "", 9)
        self.cell(0, 8, str(self.page_no()), align="C")


def build_pdf(path):
    pdf = PDF(format="A4")
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVuSerif", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("DejaVuSerif", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DejaVuSerif", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    lw, rw = W * 0.42, W * 0.58
    y0 = pdf.get_y()
    pdf.set_font("DejaVuSerif", "B", 10.5)
    for i, line in enumerate(ML05_HEADER_LEFT):
        if i == 2:
            pdf.set_font("DejaVuSerif", "", 10.5)
        pdf.set_xy(pdf.l_margin, y0 + i * 6)
        pdf.cell(lw, 6, N(line), align="C")
    pdf.set_font("DejaVuSerif", "B", 10.5)
    for i, line in enumerate(ML05_HEADER_RIGHT):
        if i == 2:
            pdf.set_font("DejaVuSerif", "I", 10.5)
        pdf.set_xy(pdf.l_margin + lw, y0 + i * 6)
        pdf.cell(rw, 6, N(line), align="C")
    pdf.set_y(y0 + 24)
    pdf.set_font("DejaVuSerif", "B", 12)
    for i, line in enumerate(ML05_TITLE):
        pdf.multi_cell(W, 6.5, N(line), align="C", new_x="LMARGIN", new_y="NEXT")
        if i == 0:
            pdf.set_font("DejaVuSerif", "B", 11)
    pdf.ln(2)
    pdf.set_font("DejaVuSerif", "", 11)
    pdf.multi_cell(W, 6, N(ML05_TO), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    def body(items):
        for style, text in items:
            pdf.set_font("DejaVuSerif", "B" if style == "h" else "", 11)
            pdf.multi_cell(W, 5.8, N(text), align="J" if style != "h" else "L",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)

    body(ML05_PART1)
    pdf.set_font("DejaVuSerif", "", 9)
    head_style = FontFace(emphasis="BOLD")
    with pdf.table(col_widths=(8, 30, 20, 20, 24, 26, 17), text_align="CENTER",
                   headings_style=head_style, line_height=4.6) as table:
        for row in ML05_TABLE:
            r = table.row()
            for val in row:
                r.cell(N(val))
    pdf.ln(3)
    body(ML05_PART2)

    pdf.ln(3)
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    y0 = pdf.get_y()
    for i, line in enumerate(ML05_RECIPIENTS):
        pdf.set_font("DejaVuSerif", "B" if i == 0 else "", 10 if i == 0 else 9.5)
        pdf.set_xy(pdf.l_margin, y0 + i * 5)
        pdf.cell(lw, 5, N(line))
    pdf.set_font("DejaVuSerif", "B", 11)
    for i, line in enumerate(ML05_SIGN):
        pdf.set_xy(pdf.l_margin + lw, y0 + i * 6)
        pdf.cell(rw, 6, N(line), align="C")
    pdf.output(path)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, DOCX_NAME))
    build_pdf(os.path.join(CORPUS, PDF_NAME))
    print("built", DOCX_NAME, PDF_NAME)
