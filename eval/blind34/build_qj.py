#!/usr/bin/env python3
"""Build the blind34 evaluation set (tỉnh Thái Sơn, invented).

Writes corpus/qj01..qj05 (docx, txt, pdf, txt, md), questions.jsonl and
who_what.jsonl from text held in this file and in qj_data.py.
Run with /work/main/.venv/bin/python (python-docx, fpdf2).
"""
import json
import os
import textwrap
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# qj01 - Kế hoạch của UBND tỉnh (docx, Word numbering + task table)
# ---------------------------------------------------------------------------
QJ01_HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH THÁI SƠN", "", "Số: 112/KH-UBND"]
QJ01_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                     "Thái Sơn, ngày 14 tháng 3 năm 2026"]
QJ01_TITLE = ["KẾ HOẠCH",
              "Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Thái Sơn năm 2026"]
# (style, text).  LN1 = List Number restarting at 1, LN = List Number continuing,
# LB = List Bullet, SEC = bold section heading, P = body paragraph, TABLE = task table.
QJ01_BODY = [
    ("P", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("P", "Căn cứ Chương trình hành động số 45-CTr/TU ngày 20/02/2026 của Ban Chấp hành Đảng bộ tỉnh Thái Sơn về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số giai đoạn 2026 - 2030;"),
    ("P", "Xét đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 37/TTr-SKHCN ngày 05/3/2026, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện năm 2026 như sau:"),
    ("SEC", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("LN1", "Mục đích"),
    ("LB", "Cụ thể hóa các nhiệm vụ của Chương trình hành động số 45-CTr/TU thành những việc làm có địa chỉ, có thời hạn và có sản phẩm rõ ràng trong năm 2026."),
    ("LB", "Tạo chuyển biến rõ nét trong nhận thức của cán bộ, đảng viên và Nhân dân về vai trò của khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đối với phát triển kinh tế - xã hội của tỉnh."),
    ("LN", "Yêu cầu"),
    ("LB", "Các sở, ban, ngành và UBND các huyện, thành phố xác định đây là nhiệm vụ trọng tâm; người đứng đầu trực tiếp chỉ đạo và chịu trách nhiệm về kết quả thực hiện."),
    ("LB", "Bảo đảm sự phối hợp chặt chẽ, thường xuyên giữa các cơ quan, đơn vị; không để chồng chéo, hình thức."),
    ("SEC", "II. CHỈ TIÊU CHỦ YẾU NĂM 2026"),
    ("LB", "100% hồ sơ công việc tại cấp tỉnh, 90% tại cấp huyện và 75% tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ mật)."),
    ("LB", "Ít nhất 80% người dân từ đủ 15 tuổi trở lên có tài khoản định danh điện tử mức độ 2; 65% người trưởng thành sử dụng dịch vụ công trực tuyến."),
    ("LB", "Hỗ trợ ít nhất 30 doanh nghiệp nhỏ và vừa đổi mới công nghệ, ứng dụng nền tảng số; hình thành thêm 05 nhóm khởi nghiệp đổi mới sáng tạo."),
    ("LB", "100% trường THCS, THPT trên địa bàn có kết nối Internet cáp quang băng rộng; ít nhất 60% giáo viên được bồi dưỡng kỹ năng số cơ bản."),
    ("LB", "Mỗi xã, phường, thị trấn duy trì ít nhất 01 Tổ công nghệ số cộng đồng hoạt động thực chất."),
    ("SEC", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("LN1", "Đẩy mạnh tuyên truyền, nâng cao nhận thức"),
    ("P", "Đa dạng hóa hình thức tuyên truyền trên báo chí, hệ thống thông tin cơ sở và mạng xã hội; xây dựng chuyên mục \"Thái Sơn số\" phát sóng định kỳ hằng tuần trên Đài Phát thanh và Truyền hình tỉnh; kịp thời biểu dương các tập thể, cá nhân có sáng kiến, mô hình hay."),
    ("LN", "Hoàn thiện cơ chế, chính sách"),
    ("P", "Rà soát, đề xuất sửa đổi các chính sách hỗ trợ đổi mới công nghệ, sở hữu trí tuệ và khởi nghiệp; nghiên cứu cơ chế đặt hàng nhiệm vụ khoa học và công nghệ gắn với nhu cầu thực tiễn của địa phương."),
    ("LN", "Phát triển hạ tầng số và dữ liệu"),
    ("P", "Nâng cấp Trung tâm dữ liệu tỉnh; hoàn thành kết nối, chia sẻ dữ liệu giữa Hệ thống thông tin giải quyết thủ tục hành chính tỉnh với cơ sở dữ liệu quốc gia về dân cư; phủ sóng di động 4G đến 100% thôn, bản."),
    ("LN", "Phát triển nguồn nhân lực"),
    ("P", "Bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức và giáo viên; đưa nội dung giáo dục STEM, kỹ năng số vào hoạt động trải nghiệm của học sinh; triển khai phong trào \"Cả làng học số\" tại các thôn, tổ dân phố."),
    ("LN", "Thúc đẩy đổi mới sáng tạo trong doanh nghiệp và cộng đồng"),
    ("P", "Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh Thái Sơn năm 2026 (Techfest Thái Sơn 2026); hỗ trợ doanh nghiệp, hợp tác xã đăng ký bảo hộ nhãn hiệu cho các sản phẩm chủ lực như miến dong Đức Lương, cam sành Mai Xuyên; khuyến khích các hội thi sáng tạo kỹ thuật cấp huyện."),
    ("SEC", "IV. KINH PHÍ THỰC HIỆN"),
    ("P", "Tổng kinh phí thực hiện Kế hoạch năm 2026 dự kiến là 18,6 tỷ đồng, trong đó: ngân sách tỉnh 12,4 tỷ đồng; nguồn xã hội hóa và các nguồn hợp pháp khác 6,2 tỷ đồng. Các cơ quan, đơn vị lập dự toán chi tiết gửi Sở Tài chính thẩm định trước ngày 30/4/2026."),
    ("SEC", "V. PHÂN CÔNG NHIỆM VỤ CỤ THỂ"),
    ("TABLE", None),
    ("SEC", "VI. TỔ CHỨC THỰC HIỆN"),
    ("LN1", "Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện năm 2026 trước ngày 15/12/2026."),
    ("LN", "Sở Giáo dục và Đào tạo chủ trì hướng dẫn các cơ sở giáo dục triển khai bồi dưỡng kỹ năng số cho giáo viên, tổ chức Cuộc thi \"Học sinh sáng tạo số\" năm học 2025 - 2026; hoàn thành kết nối Internet cáp quang cho các trường THCS, THPT trước ngày 31/8/2026."),
    ("LN", "Sở Tài chính có trách nhiệm tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách tỉnh; hướng dẫn các đơn vị sử dụng, thanh quyết toán kinh phí đúng quy định."),
    ("LN", "Sở Văn hóa, Thể thao và Du lịch chỉ đạo các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền thường xuyên về nội dung Kế hoạch."),
    ("LN", "UBND các huyện, thành phố xây dựng kế hoạch thực hiện tại địa phương, gửi Sở Khoa học và Công nghệ trước ngày 15/4/2026; định kỳ hằng quý (trước ngày 20 của tháng cuối quý) báo cáo kết quả thực hiện."),
    ("LN", "Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy định hướng công tác tuyên truyền; đề nghị Ủy ban MTTQ Việt Nam tỉnh, Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh vận động đoàn viên, hội viên tham gia phong trào \"Cả làng học số\"."),
    ("P", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công nghệ (đầu mối: bà Lương Thị Hạnh, Phó Trưởng phòng Quản lý công nghệ và Đổi mới sáng tạo, điện thoại 0207.3852.416, e-mail: hanhlt.skhcn@thaison.gov.vn) để tổng hợp, báo cáo UBND tỉnh xem xét, quyết định./."),
]
QJ01_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Xây dựng Đề án phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh giai đoạn 2026 - 2030",
     "Sở Khoa học và Công nghệ", "Sở Tài chính, Sở Nội vụ, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Quý III/2026"],
    ["2", "Nâng cấp Trung tâm dữ liệu tỉnh; kết nối Hệ thống thông tin giải quyết thủ tục hành chính với cơ sở dữ liệu quốc gia về dân cư",
     "Sở Khoa học và Công nghệ", "Công an tỉnh, Văn phòng UBND tỉnh", "Trước ngày 30/9/2026"],
    ["3", "Bồi dưỡng kỹ năng số cho giáo viên, cán bộ quản lý giáo dục",
     "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ, UBND các huyện, thành phố", "Tháng 12/2026"],
    ["4", "Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo (Techfest Thái Sơn 2026)",
     "Sở Khoa học và Công nghệ", "Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh", "Tháng 10/2026, tại thành phố Thái Sơn"],
    ["5", "Triển khai phong trào \"Cả làng học số\" tại thôn, tổ dân phố",
     "UBND các huyện, thành phố", "Ủy ban MTTQ Việt Nam tỉnh, Tỉnh Đoàn", "Thường xuyên; sơ kết trước ngày 15/11/2026"],
    ["6", "Xây dựng chuyên mục \"Thái Sơn số\"; tuyên truyền về Kế hoạch trên báo chí",
     "Sở Văn hóa, Thể thao và Du lịch", "Đài Phát thanh và Truyền hình tỉnh, Báo Thái Sơn", "Định kỳ hằng quý"],
]
QJ01_NOINHAN = ["Nơi nhận:", "- Bộ Khoa học và Công nghệ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
                "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;",
                "- UBND các huyện, thành phố;", "- Lưu: VT, KGVX."]
QJ01_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)", "Hoàng Minh Tuấn"]


def _no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _new_num(doc, abstract_id):
    """Create a new w:num instance of an abstract numbering, restarting at 1."""
    numbering = doc.part.numbering_part.element
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(ids) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    absn = OxmlElement("w:abstractNumId")
    absn.set(qn("w:val"), str(abstract_id))
    num.append(absn)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return new_id


def _set_num(par, num_id):
    ppr = par._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.append(numpr)


def build_qj01(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    # abstract numbering behind the "List Number" style
    ln_style = doc.styles["List Number"].element
    style_num_id = ln_style.find(qn("w:pPr")).find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))
    numbering = doc.part.numbering_part.element
    abstract_id = None
    for n in numbering.findall(qn("w:num")):
        if n.get(qn("w:numId")) == style_num_id:
            abstract_id = n.find(qn("w:abstractNumId")).get(qn("w:val"))

    head = doc.add_table(rows=1, cols=2)
    _no_borders(head)
    for cell, lines in zip(head.rows[0].cells, (QJ01_HEADER_LEFT, QJ01_HEADER_RIGHT)):
        cell.paragraphs[0].text = lines[0]
        for ln in lines[1:]:
            cell.add_paragraph(ln)
        for p in cell.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, t in enumerate(QJ01_TITLE):
        p = doc.add_paragraph()
        r = p.add_run(t)
        r.bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    current_num = None
    for style, text in QJ01_BODY:
        if style == "TABLE":
            t = doc.add_table(rows=len(QJ01_TABLE), cols=5)
            t.style = "Table Grid"
            for i, row in enumerate(QJ01_TABLE):
                for j, val in enumerate(row):
                    t.cell(i, j).text = val
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            continue
        if style == "SEC":
            p = doc.add_paragraph()
            p.add_run(text).bold = True
        elif style == "LN1":
            current_num = _new_num(doc, abstract_id)
            p = doc.add_paragraph(text, style="List Number")
            _set_num(p, current_num)
        elif style == "LN":
            p = doc.add_paragraph(text, style="List Number")
            _set_num(p, current_num)
        elif style == "LB":
            doc.add_paragraph(text, style="List Bullet")
        else:
            p = doc.add_paragraph(text)
            p.paragraph_format.first_line_indent = Cm(1)

    foot = doc.add_table(rows=1, cols=2)
    _no_borders(foot)
    for cell, lines in zip(foot.rows[0].cells, (QJ01_NOINHAN, QJ01_SIGN)):
        cell.paragraphs[0].text = lines[0]
        for ln in lines[1:]:
            cell.add_paragraph(ln)
    for p in foot.rows[0].cells[1].paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(path)


# ---------------------------------------------------------------------------
# qj02 - Công văn của Sở GD&ĐT (txt, two-column header, hard-wrapped body)
# ---------------------------------------------------------------------------
QJ02_HEAD = """\
UBND TỈNH THÁI SƠN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                  Độc lập - Tự do - Hạnh phúc
      -------                              ---------------------
Số: 508/SGDĐT-GDTrH                 Thái Sơn, ngày 28 tháng 3 năm 2026
V/v triển khai bồi dưỡng kỹ năng
số cho giáo viên và Cuộc thi "Học
sinh sáng tạo số" năm học 2025-2026
"""
# paragraphs; each is wrapped at ~72 characters as if copied out of a PDF
QJ02_PARAS = [
    "Kính gửi:",
    "- Phòng Giáo dục và Đào tạo các huyện, thành phố;",
    "- Các trường trung học phổ thông trực thuộc Sở;",
    "- Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên các huyện.",
    "Thực hiện Kế hoạch số 112/KH-UBND ngày 14/3/2026 của Ủy ban nhân dân tỉnh Thái Sơn về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Thái Sơn năm 2026, Sở Giáo dục và Đào tạo đề nghị các đơn vị triển khai một số nội dung sau:",
    "1. Bồi dưỡng kỹ năng số cho giáo viên",
    "a) Đối tượng là giáo viên, cán bộ quản lý các trường THCS, THPT và trung tâm GDNN-GDTX chưa được bồi dưỡng kỹ năng số cơ bản. Tổng số dự kiến toàn tỉnh là 2.400 người, chia thành 03 đợt:",
    "- Đợt 1: từ ngày 20/4/2026 đến ngày 25/4/2026, tập trung tại Trường Cao đẳng Sư phạm Thái Sơn, dành cho 600 cán bộ quản lý và tổ trưởng chuyên môn;",
    "- Đợt 2: từ ngày 08/6/2026 đến ngày 13/6/2026, học trực tuyến kết hợp thực hành tại các cụm trường;",
    "- Đợt 3: từ ngày 03/8/2026 đến ngày 08/8/2026, học trực tuyến trên hệ thống bồi dưỡng của Sở.",
    "b) Nội dung bồi dưỡng gồm: khai thác học liệu số; sử dụng hệ thống quản lý học tập (LMS); bảo đảm an toàn thông tin cá nhân; ứng dụng trí tuệ nhân tạo trong soạn giảng có kiểm soát.",
    "c) Phòng GD&ĐT các huyện, thành phố và các trường THPT lập danh sách học viên theo mẫu gửi kèm, gửi về Sở (qua Phòng Giáo dục Trung học) trước ngày 10/4/2026. Kinh phí ăn, nghỉ của học viên Đợt 1 do đơn vị cử người đi học chi trả theo chế độ công tác phí hiện hành; kinh phí tổ chức lớp do Sở bảo đảm.",
    "2. Cuộc thi \"Học sinh sáng tạo số\" năm học 2025 - 2026",
    "a) Đối tượng dự thi: học sinh đang học tại các trường THCS, THPT trên địa bàn tỉnh; mỗi sản phẩm có không quá 03 học sinh và 01 giáo viên hướng dẫn.",
    "b) Sản phẩm dự thi thuộc một trong các nhóm: phần mềm, ứng dụng di động; sản phẩm robot, tự động hóa; sản phẩm STEM giải quyết vấn đề thực tiễn của địa phương; sản phẩm truyền thông số về an toàn trên không gian mạng.",
    "c) Mỗi trường THPT gửi tối đa 03 sản phẩm; mỗi Phòng GD&ĐT tuyển chọn tối đa 05 sản phẩm của học sinh THCS gửi về Sở.",
    "d) Hồ sơ dự thi nộp trực tuyến tại địa chỉ sangtaoso.thaison.edu.vn, đồng thời nộp bản in về Văn phòng Sở (số 14 đường Hùng Vương, phường Đông Tiến, thành phố Thái Sơn) trước 17 giờ 00 ngày 15/5/2026.",
    "đ) Vòng chung khảo và trưng bày sản phẩm tổ chức ngày 06/6/2026 tại Nhà Văn hóa Thiếu nhi tỉnh.",
    "e) Cơ cấu giải thưởng cho mỗi bảng (bảng THCS và bảng THPT): 01 giải Nhất, 02 giải Nhì, 04 giải Ba và 08 giải Khuyến khích. Mức thưởng: giải Nhất 5.000.000 đồng; giải Nhì 3.000.000 đồng; giải Ba 2.000.000 đồng; giải Khuyến khích 1.000.000 đồng. Các sản phẩm đạt giải Nhất, giải Nhì được Sở lựa chọn, giới thiệu tham gia Techfest Thái Sơn 2026.",
    "3. Đẩy mạnh chuyển đổi số trong quản lý",
    "a) 100% cơ sở giáo dục cập nhật đầy đủ, chính xác dữ liệu học sinh, giáo viên trên cơ sở dữ liệu ngành trước ngày 30/5/2026.",
    "b) Các trường THPT triển khai học bạ số đối với học sinh lớp 10 từ năm học 2026 - 2027; Phòng GD&ĐT chỉ đạo thí điểm học bạ số tại ít nhất 02 trường THCS mỗi huyện.",
    "c) Thu học phí và các khoản thu hợp pháp khác bằng hình thức không dùng tiền mặt đạt tối thiểu 90% tổng số giao dịch.",
    "4. Tổ chức thực hiện",
    "a) Phòng Giáo dục Trung học là đầu mối tham mưu, theo dõi việc triển khai Công văn này; Phòng Kế hoạch - Tài chính của Sở bảo đảm kinh phí tổ chức lớp bồi dưỡng và giải thưởng cuộc thi.",
    "b) Trường Cao đẳng Sư phạm Thái Sơn bố trí hội trường, phòng máy và chỗ ở cho học viên Đợt 1.",
    "c) Đề nghị Tỉnh Đoàn Thái Sơn phối hợp phát động cuộc thi trong đoàn viên, học sinh và cử đại diện tham gia Ban Giám khảo.",
    "d) Các đơn vị báo cáo kết quả thực hiện các nội dung tại Công văn này về Sở trước ngày 20/6/2026.",
    "Thông tin chi tiết xin liên hệ ông Phạm Đức Khải, chuyên viên Phòng Giáo dục Trung học, điện thoại 0912.447.305, e-mail: khaipd@thaison.edu.vn.",
    "Sở Giáo dục và Đào tạo đề nghị các đơn vị nghiêm túc triển khai thực hiện./.",
]
QJ02_FOOT = """\
Nơi nhận:                                         KT. GIÁM ĐỐC
- Như trên;                                       PHÓ GIÁM ĐỐC
- UBND tỉnh (để b/c);
- Sở KH&CN (để p/h);                                 (đã ký)
- Giám đốc, các PGĐ Sở;
- Lưu: VT, GDTrH.                                Vũ Thị Thu Hường
"""


def build_qj02(path):
    out = [QJ02_HEAD, ""]
    for para in QJ02_PARAS:
        out.append(textwrap.fill(para, width=72, break_long_words=False, break_on_hyphens=False))
    out.append("")
    out.append(QJ02_FOOT)
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc("\n".join(out)))


# ---------------------------------------------------------------------------
# qj03 - Quyết định của UBND huyện + Kế hoạch kèm theo (pdf)
# ---------------------------------------------------------------------------
QJ03_HEAD_L = ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỨC LƯƠNG", "-------", "Số: 2087/QĐ-UBND"]
QJ03_HEAD_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
               "Đức Lương, ngày 08 tháng 4 năm 2026"]
QJ03_QD = [
    ("T", "QUYẾT ĐỊNH"),
    ("T", "Ban hành Kế hoạch tổ chức Hội thi Sáng tạo kỹ thuật huyện Đức Lương lần thứ III, năm 2026"),
    ("T", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐỨC LƯƠNG"),
    ("P", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"),
    ("P", "Căn cứ Kế hoạch số 112/KH-UBND ngày 14/3/2026 của UBND tỉnh Thái Sơn về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Thái Sơn năm 2026;"),
    ("P", "Căn cứ Điều lệ Hội thi Sáng tạo kỹ thuật tỉnh Thái Sơn ban hành kèm theo Quyết định số 1905/QĐ-UBND ngày 11/9/2023 của UBND tỉnh;"),
    ("P", "Theo đề nghị của Trưởng phòng Kinh tế huyện tại Tờ trình số 46/TTr-KT ngày 02/4/2026."),
    ("T", "QUYẾT ĐỊNH:"),
    ("P", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổ chức Hội thi Sáng tạo kỹ thuật huyện Đức Lương lần thứ III, năm 2026."),
    ("P", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
    ("P", "Điều 3. Chánh Văn phòng HĐND và UBND huyện; Trưởng các phòng: Kinh tế, Văn hóa - Thông tin, Giáo dục và Đào tạo, Tài chính - Kế hoạch; Giám đốc Trung tâm Văn hóa, Thông tin và Thể thao huyện; Chủ tịch UBND các xã, thị trấn và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."),
]
QJ03_NOINHAN = ["Nơi nhận:", "- Như Điều 3;", "- Sở KH&CN tỉnh (b/c);", "- Liên hiệp các Hội KH&KT tỉnh (b/c);",
                "- TT Huyện ủy, TT HĐND huyện;", "- CT, các PCT UBND huyện;", "- Lưu: VT, KT."]
QJ03_SIGN = ["CHỦ TỊCH", "", "(đã ký)", "", "Bế Quang Toản"]
QJ03_KH = [
    ("T", "KẾ HOẠCH"),
    ("T", "Tổ chức Hội thi Sáng tạo kỹ thuật huyện Đức Lương lần thứ III, năm 2026"),
    ("I", "(Ban hành kèm theo Quyết định số 2087/QĐ-UBND ngày 08/4/2026 của Chủ tịch UBND huyện Đức Lương)"),
    ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("P", "1. Khơi dậy phong trào lao động sáng tạo, nghiên cứu ứng dụng tiến bộ khoa học và công nghệ trong cán bộ, công chức, người lao động, nông dân, giáo viên và học sinh trên địa bàn huyện."),
    ("P", "2. Phát hiện, bồi dưỡng, tôn vinh các giải pháp có tính mới, khả năng áp dụng và hiệu quả kinh tế - xã hội; lựa chọn giải pháp tiêu biểu tham dự Hội thi Sáng tạo kỹ thuật tỉnh Thái Sơn lần thứ IX (2026 - 2027)."),
    ("P", "3. Việc tổ chức Hội thi bảo đảm công khai, khách quan, tiết kiệm và đúng Điều lệ."),
    ("H", "II. ĐỐI TƯỢNG, LĨNH VỰC DỰ THI"),
    ("P", "1. Đối tượng: cá nhân, tập thể (tác giả hoặc nhóm tác giả không quá 05 người), hợp tác xã, doanh nghiệp, cơ quan, đơn vị đang sinh sống, hoạt động trên địa bàn huyện Đức Lương. Thành viên Ban Tổ chức, Ban Giám khảo không được tham gia dự thi."),
    ("P", "2. Lĩnh vực dự thi gồm 06 lĩnh vực: a) Nông, lâm nghiệp và thủy sản; b) Cơ khí, tự động hóa, điện - điện tử; c) Công nghệ thông tin, chuyển đổi số; d) Y tế, dược, chăm sóc sức khỏe cộng đồng; đ) Giáo dục và đào tạo (dành cho giáo viên, học sinh); e) Bảo vệ môi trường, tiết kiệm năng lượng."),
    ("P", "3. Giải pháp dự thi phải đã được áp dụng hoặc thử nghiệm thành công trên địa bàn huyện trong khoảng thời gian từ ngày 01/01/2023 đến ngày nộp hồ sơ và chưa đoạt giải tại các hội thi, cuộc thi khác."),
    ("H", "III. THỜI GIAN, ĐỊA ĐIỂM"),
    ("P", "1. Phát động Hội thi: trong tháng 5/2026."),
    ("P", "2. Nhận hồ sơ dự thi: từ ngày 01/6/2026 đến hết ngày 31/8/2026 tại Phòng Kinh tế huyện (tầng 2, trụ sở UBND huyện, số 09 đường Nguyễn Trãi, thị trấn Đức Lương) hoặc gửi qua bưu điện (tính theo dấu bưu điện)."),
    ("P", "3. Chấm sơ khảo: tháng 9/2026; chấm chung khảo và khảo sát thực tế: trước ngày 10/10/2026."),
    ("P", "4. Tổng kết, trao giải: dự kiến ngày 30/10/2026 tại Hội trường Trung tâm Văn hóa, Thông tin và Thể thao huyện."),
    ("H", "IV. CƠ CẤU GIẢI THƯỞNG"),
    ("P", "Hội thi có tổng số 11 giải, gồm: 01 giải Nhất, trị giá 15.000.000 đồng; 02 giải Nhì, mỗi giải 10.000.000 đồng; 03 giải Ba, mỗi giải 6.000.000 đồng; 05 giải Khuyến khích, mỗi giải 2.000.000 đồng. Kèm theo giải thưởng là Giấy khen của Chủ tịch UBND huyện. Ban Tổ chức có thể điều chỉnh cơ cấu giải giữa các lĩnh vực căn cứ chất lượng giải pháp."),
    ("H", "V. KINH PHÍ"),
    ("P", "Tổng kinh phí tổ chức Hội thi là 120.000.000 đồng (Một trăm hai mươi triệu đồng), từ nguồn sự nghiệp khoa học và công nghệ của ngân sách huyện năm 2026, trong đó chi giải thưởng 63.000.000 đồng; phần còn lại chi tuyên truyền, chấm thi, khảo sát thực tế và tổng kết."),
    ("H", "VI. BAN TỔ CHỨC, BAN GIÁM KHẢO"),
    ("P", "1. Ban Tổ chức Hội thi gồm 09 thành viên, do đồng chí Phó Chủ tịch UBND huyện phụ trách khối văn hóa - xã hội làm Trưởng ban; Trưởng phòng Kinh tế làm Phó Trưởng ban Thường trực. Phòng Kinh tế là cơ quan thường trực của Hội thi."),
    ("P", "2. Ban Giám khảo do Trưởng ban Tổ chức quyết định thành lập, gồm các chuyên gia trong và ngoài huyện theo từng lĩnh vực, có mời đại diện Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh."),
    ("H", "VII. TỔ CHỨC THỰC HIỆN"),
    ("P", "1. Phòng Kinh tế: Chủ trì, tham mưu thành lập Ban Tổ chức, Ban Giám khảo; xây dựng thể lệ, mẫu hồ sơ; tiếp nhận hồ sơ; tổng hợp kết quả, báo cáo UBND huyện và Sở Khoa học và Công nghệ trước ngày 15/11/2026."),
    ("P", "2. Phòng Văn hóa - Thông tin: Chủ trì, phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao huyện tuyên truyền về Hội thi trên Cổng thông tin điện tử huyện, hệ thống loa truyền thanh cơ sở và các nền tảng mạng xã hội, ít nhất 02 tin, bài mỗi tháng trong thời gian phát động."),
    ("P", "3. Phòng Giáo dục và Đào tạo: Vận động cán bộ quản lý, giáo viên, học sinh các trường THCS tham gia Hội thi; mỗi trường THCS có ít nhất 01 giải pháp dự thi."),
    ("P", "4. Phòng Tài chính - Kế hoạch: Thẩm định dự toán, tham mưu cấp kinh phí tổ chức Hội thi trước ngày 15/5/2026."),
    ("P", "5. Các phòng, ban, ngành, Mặt trận và đoàn thể huyện: Tuyên truyền, vận động cán bộ, đoàn viên, hội viên tích cực tham gia Hội thi; Huyện đoàn, Hội Nông dân huyện, Liên đoàn Lao động huyện mỗi đơn vị giới thiệu ít nhất 02 giải pháp dự thi."),
    ("P", "6. UBND các xã, thị trấn: Phổ biến Hội thi đến thôn, tổ dân phố; hướng dẫn người dân hoàn thiện hồ sơ; quan tâm các giải pháp cơ giới hóa sản xuất miến dong và chế biến nông sản."),
    ("P", "Đầu mối liên hệ: ông Đàm Văn Thiện, Phó Trưởng phòng Kinh tế huyện, điện thoại 0986.230.517, e-mail: thiendv.dl@thaison.gov.vn."),
]


class _PDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 10, f"{self.page_no()}", align="C")


def build_qj03(path):
    pdf = _PDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    lw, rw = w * 0.42, w * 0.58

    def two_blocks(left, right, bold_left=1, bold_right=2, lh=5.5):
        y0 = pdf.get_y()
        for i, ln in enumerate(left):
            pdf.set_xy(pdf.l_margin, y0 + i * lh)
            pdf.set_font("DejaVu", "B" if i < bold_left else "", 10.5)
            pdf.cell(lw, lh, ln, align="C")
        for i, ln in enumerate(right):
            pdf.set_xy(pdf.l_margin + lw, y0 + i * lh)
            pdf.set_font("DejaVu", "B" if i < bold_right else "", 10.5)
            pdf.cell(rw, lh, ln, align="C")
        pdf.set_xy(pdf.l_margin, y0 + max(len(left), len(right)) * lh + 4)

    two_blocks(QJ03_HEAD_L, QJ03_HEAD_R, bold_left=2, bold_right=2)

    def body(items):
        for kind, text in items:
            if kind == "T":
                pdf.set_font("DejaVu", "B", 12)
                pdf.multi_cell(0, 6.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "I":
                pdf.set_font("DejaVu", "", 10.5)
                pdf.multi_cell(0, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "H":
                pdf.set_font("DejaVu", "B", 11)
                pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DejaVu", "", 11)
                pdf.multi_cell(0, 6.2, text, align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.8)

    body(QJ03_QD)
    pdf.ln(4)
    two_blocks(QJ03_NOINHAN, QJ03_SIGN, bold_left=1, bold_right=1, lh=5.2)
    pdf.add_page()
    body(QJ03_KH)
    pdf.output(path)


# ---------------------------------------------------------------------------
# qj04 - Thông báo kết luận của Ban Tuyên giáo Huyện ủy (txt + Markdown table)
# ---------------------------------------------------------------------------
QJ04_TEXT = """\
HUYỆN ỦY ĐỨC LƯƠNG                          ĐẢNG CỘNG SẢN VIỆT NAM
BAN TUYÊN GIÁO
       *                              Đức Lương, ngày 20 tháng 4 năm 2026
Số 36-TB/BTGHU

THÔNG BÁO
Kết luận của đồng chí Trưởng Ban Tuyên giáo Huyện ủy tại cuộc họp
giao ban công tác khoa giáo quý I năm 2026

Ngày 17/4/2026, tại phòng họp số 2, trụ sở Huyện ủy Đức Lương, Ban Tuyên giáo Huyện ủy tổ chức giao ban công tác khoa giáo quý I, triển khai nhiệm vụ quý II năm 2026. Đồng chí Nguyễn Thị Lan Phương, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Huyện ủy chủ trì. Dự họp có đại diện lãnh đạo Phòng Văn hóa - Thông tin, Phòng Giáo dục và Đào tạo, Phòng Kinh tế, Trung tâm Văn hóa, Thông tin và Thể thao huyện, Huyện đoàn, Hội Khuyến học huyện, Trung tâm Y tế huyện và bí thư đảng ủy 14 xã, thị trấn.

Sau khi nghe báo cáo và ý kiến thảo luận, đồng chí Trưởng Ban kết luận như sau:

1. Đánh giá kết quả quý I/2026

Công tác khoa giáo quý I có nhiều chuyển biến. Ban Tuyên giáo Huyện ủy đã phối hợp tổ chức 03 hội nghị học tập, quán triệt Chương trình hành động số 45-CTr/TU của Tỉnh ủy cho 1.150 lượt cán bộ, đảng viên; 12/14 xã, thị trấn đã thành lập Tổ công nghệ số cộng đồng; hệ thống loa truyền thanh cơ sở phát 286 tin, bài về chuyển đổi số.

Tuy nhiên, còn 02 xã chưa kiện toàn Tổ công nghệ số cộng đồng (xã Phong Dực và xã Mai Xá); việc tuyên truyền trên mạng xã hội ở một số cơ sở còn hình thức, chưa có sản phẩm riêng; tỷ lệ người dân sử dụng dịch vụ công trực tuyến toàn trình mới đạt 41%.

2. Nhiệm vụ trọng tâm quý II/2026

2.1. Đảng ủy xã Phong Dực và Đảng ủy xã Mai Xá chỉ đạo hoàn thành kiện toàn Tổ công nghệ số cộng đồng trước ngày 15/5/2026, báo cáo kết quả về Ban Tuyên giáo Huyện ủy.

2.2. Phòng Văn hóa - Thông tin phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao huyện xây dựng chuyên trang "Đức Lương chuyển đổi số" trên Cổng thông tin điện tử huyện, cập nhật ít nhất 04 tin, bài mỗi tháng; hoàn thành trước ngày 31/5/2026.

2.3. Phòng Giáo dục và Đào tạo chỉ đạo các trường THCS hưởng ứng Cuộc thi "Học sinh sáng tạo số" theo Công văn số 508/SGDĐT-GDTrH của Sở Giáo dục và Đào tạo; đồng thời vận động giáo viên tham gia Hội thi Sáng tạo kỹ thuật huyện lần thứ III.

2.4. Huyện đoàn chủ trì ra quân "Tháng thanh niên số" trong tháng 5/2026, huy động ít nhất 300 đoàn viên hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử và thanh toán không dùng tiền mặt.

2.5. Hội Khuyến học huyện rà soát, bổ sung tiêu chí "gia đình học tập số" vào việc đánh giá danh hiệu Gia đình học tập, Dòng họ học tập năm 2026, trình Ban Thường vụ Hội trước ngày 30/6/2026.

2.6. Trung tâm Y tế huyện phối hợp tuyên truyền về sổ sức khỏe điện tử, phấn đấu 70% người dân được tạo lập sổ sức khỏe điện tử trước ngày 30/6/2026.

2.7. Đảng ủy các xã, thị trấn chỉ đạo đưa nội dung chuyển đổi số vào sinh hoạt chi bộ định kỳ ít nhất 01 lần trong quý II; báo cáo kết quả về Ban Tuyên giáo Huyện ủy định kỳ hằng quý, trước ngày 25 của tháng cuối quý.

3. Lịch sinh hoạt chuyên đề và tuyên truyền quý II/2026

| TT | Thời gian | Nội dung | Địa điểm | Đơn vị thực hiện |
|----|-----------|----------|----------|------------------|
| 1 | 8 giờ 00, ngày 07/5/2026 | Hội nghị báo cáo viên chuyên đề "Khoa học, công nghệ - động lực phát triển" | Hội trường Huyện ủy | Ban Tuyên giáo Huyện ủy |
| 2 | Ngày 16/5/2026 | Lễ ra quân "Tháng thanh niên số" | Sân vận động thị trấn Đức Lương | Huyện đoàn |
| 3 | Ngày 28/5/2026 | Tọa đàm "Nông dân với sàn thương mại điện tử" | Hội trường UBND xã Tường Vân | Hội Nông dân huyện, Phòng Kinh tế |
| 4 | 14 giờ 00, ngày 11/6/2026 | Sinh hoạt chuyên đề "An toàn cho trẻ em trên không gian mạng" | Trường THCS Quỳnh Bôi | Phòng Giáo dục và Đào tạo, Huyện đoàn |
| 5 | Ngày 25/6/2026 | Giao ban công tác khoa giáo quý II | Phòng họp số 2, Huyện ủy | Ban Tuyên giáo Huyện ủy |

4. Các cơ quan, đơn vị có tên tại Thông báo này có trách nhiệm triển khai thực hiện, báo cáo kết quả quý II về Ban Tuyên giáo Huyện ủy (qua đồng chí Triệu Thị Mến, chuyên viên, điện thoại 0974.315.268) trước ngày 22/6/2026.

Ban Tuyên giáo Huyện ủy thông báo để các cơ quan, đơn vị biết, thực hiện.

Nơi nhận:                                           K/T TRƯỞNG BAN
- Thường trực Huyện ủy (b/c);                        PHÓ TRƯỞNG BAN
- Các cơ quan, đơn vị dự họp;
- Đảng ủy các xã, thị trấn;                              (đã ký)
- Lưu: BTGHU.
                                                    Hoàng Văn Quyết
"""


# ---------------------------------------------------------------------------
# qj05 - Báo cáo của UBND xã (md, Markdown table of figures)
# ---------------------------------------------------------------------------
QJ05_TEXT = """\
ỦY BAN NHÂN DÂN HUYỆN ĐỨC LƯƠNG
**ỦY BAN NHÂN DÂN XÃ TƯỜNG VÂN**

Số: 74/BC-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc

Tường Vân, ngày 12 tháng 6 năm 2026

# BÁO CÁO

## Kết quả thực hiện chuyển đổi số và phong trào "Cả làng học số" 6 tháng đầu năm 2026; phương hướng, nhiệm vụ 6 tháng cuối năm 2026

Thực hiện Kế hoạch số 112/KH-UBND ngày 14/3/2026 của UBND tỉnh và văn bản hướng dẫn của UBND huyện Đức Lương; Thông báo số 36-TB/BTGHU ngày 20/4/2026 của Ban Tuyên giáo Huyện ủy, Ủy ban nhân dân xã Tường Vân báo cáo kết quả thực hiện như sau:

## I. ĐẶC ĐIỂM TÌNH HÌNH

Xã Tường Vân có 9 thôn, 1.842 hộ với 7.126 nhân khẩu, trong đó đồng bào dân tộc thiểu số chiếm 38%; toàn xã có 5.210 người từ đủ 15 tuổi trở lên. Trên địa bàn có 01 trường mầm non, 01 trường tiểu học và Trường THCS Tường Vân. Kinh tế chủ yếu là nông nghiệp, nổi bật là nghề làm miến dong với Hợp tác xã Miến dong Tường Vân có 4 sản phẩm đạt chuẩn OCOP 3 sao.

## II. KẾT QUẢ THỰC HIỆN

### 1. Công tác lãnh đạo, chỉ đạo

UBND xã ban hành Kế hoạch số 21/KH-UBND ngày 25/3/2026 triển khai chuyển đổi số năm 2026; kiện toàn Ban Chỉ đạo chuyển đổi số xã do Chủ tịch UBND xã làm Trưởng ban. Tổ công nghệ số cộng đồng được thành lập đủ 9 tổ ở 9 thôn với 47 thành viên, nòng cốt là đoàn viên thanh niên, công an viên và trưởng thôn.

### 2. Kết quả các chỉ tiêu chủ yếu

| TT | Chỉ tiêu | Kế hoạch năm 2026 | Thực hiện đến 10/6/2026 | Tỷ lệ so với kế hoạch |
|----|----------|-------------------|-------------------------|-----------------------|
| 1 | Người dân có tài khoản định danh điện tử mức độ 2 (người) | 4.170 | 3.586 | 86,0% |
| 2 | Hồ sơ thủ tục hành chính tiếp nhận trực tuyến (hồ sơ) | 1.200 | 702 | 58,5% |
| 3 | Hộ kinh doanh sử dụng thanh toán không dùng tiền mặt (hộ) | 150 | 118 | 78,7% |
| 4 | Lượt người được hướng dẫn kỹ năng số qua phong trào "Cả làng học số" (lượt) | 2.000 | 1.364 | 68,2% |
| 5 | Sản phẩm OCOP đưa lên sàn thương mại điện tử (sản phẩm) | 6 | 4 | 66,7% |
| 6 | Giải pháp đăng ký dự Hội thi Sáng tạo kỹ thuật huyện (giải pháp) | 3 | 1 | 33,3% |

### 3. Phong trào "Cả làng học số"

Từ tháng 3/2026, xã tổ chức 27 buổi hướng dẫn tại nhà văn hóa các thôn, tập trung vào cài đặt ứng dụng định danh điện tử, nộp hồ sơ trực tuyến, thanh toán bằng mã QR và nhận diện lừa đảo trên mạng; thôn Pò Háng dẫn đầu với 236 lượt người tham gia. Mô hình "Chợ phiên không tiền mặt" tại chợ trung tâm xã có 32 tiểu thương sử dụng mã QR.

### 4. Lĩnh vực giáo dục

Trường THCS Tường Vân gửi 02 sản phẩm dự Cuộc thi "Học sinh sáng tạo số" cấp tỉnh; sản phẩm "Máy tưới rau tự động dùng cảm biến độ ẩm" của nhóm học sinh lớp 9A đạt giải Ba bảng THCS. Nhà trường cử 03 cán bộ quản lý, tổ trưởng chuyên môn tham gia bồi dưỡng kỹ năng số Đợt 1 tại Trường Cao đẳng Sư phạm Thái Sơn.

### 5. Hạn chế, nguyên nhân

Tỷ lệ hồ sơ tiếp nhận trực tuyến còn thấp do nhiều người dân lớn tuổi chưa sử dụng thành thạo điện thoại thông minh; sóng 4G chưa phủ đến thôn Nặm Dìn; kinh phí hoạt động của Tổ công nghệ số cộng đồng còn hạn chế; mới có 01 giải pháp đăng ký dự Hội thi Sáng tạo kỹ thuật huyện.

## III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026

1. Công chức Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên xã duy trì lớp "Cả làng học số" vào tối thứ Bảy hằng tuần tại nhà văn hóa các thôn; phấn đấu hoàn thành chỉ tiêu 2.000 lượt người trước ngày 30/11/2026.
2. Bộ phận Một cửa xã có trách nhiệm hướng dẫn 100% người dân đến giao dịch nộp hồ sơ trực tuyến; công khai mã QR hướng dẫn tại trụ sở.
3. Đề nghị Hội Nông dân xã phối hợp với Hợp tác xã Miến dong Tường Vân đưa thêm 02 sản phẩm OCOP lên sàn thương mại điện tử trước ngày 30/9/2026.
4. Trường THCS Tường Vân hoàn thiện, đăng ký ít nhất 02 giải pháp dự Hội thi Sáng tạo kỹ thuật huyện trước ngày 31/8/2026.
5. Hội Liên hiệp Phụ nữ xã vận động hội viên là tiểu thương, hộ kinh doanh sử dụng thanh toán không dùng tiền mặt, phấn đấu đạt 150 hộ trong năm 2026.

## IV. ĐỀ XUẤT, KIẾN NGHỊ

1. Đề nghị UBND huyện Đức Lương hỗ trợ 50 triệu đồng mua 10 máy tính bảng cho Tổ công nghệ số cộng đồng.
2. Đề nghị doanh nghiệp viễn thông trên địa bàn lắp đặt trạm phát sóng 4G tại thôn Nặm Dìn trong năm 2026.

Người tổng hợp báo cáo: bà Ma Thị Thoa, công chức Văn hóa - Xã hội, điện thoại 0389.552.140.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(đã ký)
Nông Thị Duyên

**Nơi nhận:**
- UBND huyện Đức Lương (b/c);
- Phòng Văn hóa - Thông tin huyện;
- Đảng ủy xã, TT HĐND xã;
- Lưu: VP.
"""

FILES = {
    "qj01": "qj01_kh_cds_tinh.docx",
    "qj02": "qj02_cv_sogddt.txt",
    "qj03": "qj03_qd_hoithi_huyen.pdf",
    "qj04": "qj04_tb_bantuyengiao.txt",
    "qj05": "qj05_bc_xa_tuongvan.md",
}


def build_corpus():
    os.makedirs(CORPUS, exist_ok=True)
    build_qj01(os.path.join(CORPUS, FILES["qj01"]))
    build_qj02(os.path.join(CORPUS, FILES["qj02"]))
    build_qj03(os.path.join(CORPUS, FILES["qj03"]))
    for key, text in (("qj04", QJ04_TEXT), ("qj05", QJ05_TEXT)):
        with open(os.path.join(CORPUS, FILES[key]), "w", encoding="utf-8") as f:
            f.write(nfc(text))


def write_jsonl(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(nfc(json.dumps(r, ensure_ascii=False)) + "\n")


def main():
    build_corpus()
    try:
        import qj_data
    except ImportError:
        print("corpus built (qj_data.py missing: no jsonl written)")
        return
    write_jsonl("questions.jsonl", qj_data.questions())
    write_jsonl("who_what.jsonl", qj_data.who_what())
    print("built corpus, questions.jsonl, who_what.jsonl")


if __name__ == "__main__":
    import sys
    sys.path.insert(0, HERE)
    main()
