# -*- coding: utf-8 -*-
"""Build the blind71 corpus (5 documents) from the text held in this file.

Run:  /work/main/.venv/bin/python build_rv.py
Writes corpus/rv01..rv05, questions.jsonl and who_what.jsonl.
All names, bodies, numbers and dates are invented (tỉnh Lam Hạ is fictional).
"""
import os
import textwrap
import unicodedata
import copy

from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# rv01 - Kế hoạch, Sở Thông tin và Truyền thông tỉnh Lam Hạ (.docx, Word list
# numbering, monthly theme table, task table)
# ---------------------------------------------------------------------------
RV01_FILE = "rv01_kh_tuyentruyen.docx"
RV01_HEAD_LEFT = ["UBND TỈNH LAM HẠ", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Số: 27/KH-STTTT"]
RV01_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Tuệ Lâm, ngày 14 tháng 01 năm 2026"]
RV01_TITLE = ["KẾ HOẠCH",
              "Tuyên truyền các sự kiện chính trị, ngày lễ lớn và nhiệm vụ trọng tâm của tỉnh "
              "Lam Hạ năm 2026 trên báo chí và hệ thống thông tin cơ sở"]
RV01_INTRO = [
    "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa "
    "học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
    "Căn cứ Kế hoạch số 112-KH/TU ngày 05/12/2025 của Ban Thường vụ Tỉnh ủy về công tác tuyên "
    "truyền năm 2026;",
    "Căn cứ Quyết định số 2418/QĐ-UBND ngày 26/12/2025 của UBND tỉnh về việc giao dự toán ngân "
    "sách nhà nước năm 2026;",
    "Sở Thông tin và Truyền thông xây dựng Kế hoạch tuyên truyền năm 2026 như sau:",
]
RV01_PURPOSE = [
    "Tuyên truyền sâu rộng các sự kiện chính trị, ngày lễ lớn của đất nước và của tỉnh; tạo đồng "
    "thuận trong cán bộ, đảng viên và Nhân dân.",
    "Phát huy vai trò của báo chí, Cổng Thông tin điện tử tỉnh và hệ thống thông tin cơ sở trong "
    "việc đưa thông tin chính thống đến từng thôn, bản, tổ dân phố.",
    "Chủ động cung cấp thông tin; kịp thời phát hiện, đấu tranh, phản bác các thông tin sai sự "
    "thật, xuyên tạc trên không gian mạng.",
    "Chỉ tiêu năm 2026: 100% đài truyền thanh cấp xã tiếp phát bản tin của tỉnh tối thiểu 02 "
    "lần/tuần; ít nhất 85% thôn, tổ dân phố có cụm loa hoạt động; tỷ lệ cụm loa ứng dụng công "
    "nghệ thông tin - viễn thông (cụm loa thông minh) đạt 60% trở lên.",
]
RV01_CONTENT = [
    "Kết quả thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025 - 2030.",
    "Các ngày lễ lớn, sự kiện lịch sử, ngày kỷ niệm trong năm theo chủ đề từng tháng tại Mục III.",
    "Hoạt động khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; phong trào “Bình dân học "
    "vụ số”.",
    "Công tác phòng, chống thiên tai, dịch bệnh; gương người tốt, việc tốt ở cơ sở.",
]
RV01_MONTHS = [
    ("Tháng", "Chủ đề trọng tâm", "Hình thức, kênh chủ yếu"),
    ("1", "Mừng Đảng, mừng Xuân Bính Ngọ 2026; 96 năm Ngày thành lập Đảng Cộng sản Việt Nam "
          "(03/02/1930 - 03/02/2026)",
     "Chuyên trang báo in; pa-nô, băng rôn"),
    ("2", "Tết Nguyên đán Bính Ngọ; phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ”",
     "Phóng sự truyền hình"),
    ("3", "95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3); Tháng Thanh niên",
     "Mạng xã hội, video ngắn"),
    ("4", "51 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4); Ngày Sách và Văn hóa "
          "đọc Việt Nam (21/4)",
     "Báo in, báo điện tử"),
    ("5", "136 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5); Kỳ thi tốt nghiệp THPT năm 2026",
     "Chuyên mục phát thanh"),
    ("6", "101 năm Ngày Báo chí Cách mạng Việt Nam (21/6); Giải Báo chí tỉnh Lam Hạ lần thứ XII; "
          "phòng, chống thiên tai",
     "Truyền hình trực tiếp"),
    ("7", "79 năm Ngày Thương binh - Liệt sĩ (27/7)", "Phóng sự, ký sự"),
    ("8", "81 năm Cách mạng Tháng Tám (19/8) và Quốc khánh 2/9", "Pa-nô, khẩu hiệu"),
    ("9", "Khai giảng năm học 2026 - 2027; an toàn giao thông cho học sinh",
     "Đài truyền thanh xã"),
    ("10", "Ngày Chuyển đổi số quốc gia (10/10); Ngày Doanh nhân Việt Nam (13/10)",
     "Tọa đàm truyền hình"),
    ("11", "Ngày Pháp luật Việt Nam (9/11); Ngày hội Đại đoàn kết toàn dân tộc (18/11); Ngày Nhà "
           "giáo Việt Nam (20/11)",
     "Báo in, phát thanh"),
    ("12", "82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12); kết quả thực hiện nhiệm vụ "
           "năm 2026",
     "Phóng sự tổng kết"),
]
RV01_TASKS = [
    ("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
    ("1", "Xây dựng, cung cấp định hướng và đề cương tuyên truyền theo chủ đề hằng tháng",
     "Phòng Thông tin - Báo chí - Xuất bản", "Ban Tuyên giáo Tỉnh ủy",
     "Trước ngày 25 của tháng liền trước"),
    ("2", "Mở chuyên trang “Lam Hạ số” về khoa học, công nghệ và chuyển đổi số", "Báo Lam Hạ",
     "Sở Khoa học và Công nghệ", "Quý I/2026"),
    ("3", "Sản xuất 24 phóng sự chuyên đề về chuyển đổi số ở cơ sở",
     "Đài Phát thanh và Truyền hình Lam Hạ", "Sở Thông tin và Truyền thông",
     "Trước ngày 15/12/2026"),
    ("4", "Cập nhật chuyên mục tuyên truyền trên Cổng Thông tin điện tử tỉnh", "Văn phòng UBND tỉnh",
     "Các sở, ban, ngành", "Thường xuyên"),
    ("5", "Cung cấp bản tin của tỉnh cho đài truyền thanh cấp xã qua Hệ thống thông tin nguồn",
     "Trung tâm Công nghệ thông tin và Truyền thông", "UBND các huyện, thị xã, thành phố",
     "Định kỳ hằng tuần"),
    ("6", "Tổ chức Giải Báo chí tỉnh Lam Hạ lần thứ XII", "Hội Nhà báo tỉnh",
     "Ban Tuyên giáo Tỉnh ủy; Sở Thông tin và Truyền thông", "Tháng 6/2026"),
    ("7", "Rà soát hiện trạng hệ thống đài truyền thanh cơ sở, báo cáo về Sở",
     "UBND các huyện, thị xã, thành phố", "Phòng Văn hóa và Thông tin cấp huyện",
     "Trước ngày 30/6/2026"),
]
RV01_RESP = [
    "Phòng Thông tin - Báo chí - Xuất bản chủ trì tham mưu Giám đốc Sở triển khai Kế hoạch; "
    "tổng hợp kết quả, báo cáo UBND tỉnh định kỳ 6 tháng, năm.",
    "Giao Trung tâm Công nghệ thông tin và Truyền thông chủ trì, phối hợp với Phòng Thông tin - "
    "Báo chí - Xuất bản vận hành Hệ thống thông tin nguồn của tỉnh; bảo đảm 100% đài truyền "
    "thanh cấp xã được kết nối trước ngày 30/9/2026.",
    "Đề nghị Báo Lam Hạ, Đài Phát thanh và Truyền hình Lam Hạ dành thời lượng, dung lượng hợp lý "
    "cho các chủ đề theo tháng; mỗi cơ quan duy trì ít nhất 01 chuyên mục cố định về chuyển đổi "
    "số, phát hằng tuần.",
    "Sở Văn hóa, Thể thao và Du lịch có trách nhiệm chỉ đạo tuyên truyền cổ động trực quan "
    "(pa-nô, áp phích, băng rôn) tại các tuyến phố chính vào dịp các ngày lễ lớn.",
    "Đề nghị Hội Nhà báo tỉnh chủ trì tổ chức Giải Báo chí tỉnh Lam Hạ lần thứ XII năm 2026, "
    "phát động Giải trong quý I/2026 và tổ chức trao giải vào dịp kỷ niệm Ngày Báo chí Cách "
    "mạng Việt Nam.",
    "UBND các huyện, thị xã, thành phố chỉ đạo Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - "
    "Thông tin và Thể thao cấp huyện xây dựng kế hoạch tuyên truyền của địa phương trước ngày "
    "28/02/2026; rà soát hệ thống đài truyền thanh cơ sở, báo cáo về Sở Thông tin và Truyền "
    "thông trước ngày 30/6/2026.",
    "Các sở, ban, ngành có trách nhiệm cung cấp thông tin về lĩnh vực quản lý cho Cổng Thông tin "
    "điện tử tỉnh và các cơ quan báo chí; cập nhật số điện thoại người phát ngôn về Sở trước "
    "ngày 31/01/2026.",
]
RV01_MONEY = (
    "Kinh phí thực hiện Kế hoạch bố trí từ nguồn ngân sách tỉnh năm 2026 giao cho Sở Thông tin "
    "và Truyền thông tại Quyết định số 2418/QĐ-UBND, tổng số 1.250.000.000 đồng (Một tỷ hai "
    "trăm năm mươi triệu đồng), trong đó đặt hàng báo chí 820.000.000 đồng, hỗ trợ nội dung cho "
    "đài truyền thanh cơ sở 430.000.000 đồng.")
RV01_REPORT = [
    "Các cơ quan, đơn vị gửi báo cáo kết quả thực hiện 6 tháng trước ngày 15/6/2026 và báo cáo "
    "năm trước ngày 10/12/2026 về Sở Thông tin và Truyền thông (qua Phòng Thông tin - Báo chí - "
    "Xuất bản). Đầu mối liên hệ: bà Tạ Minh Châu, chuyên viên, điện thoại 0235 3821 466, thư "
    "điện tử tmchau.stttt@lamha.gov.vn.",
    "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở Thông tin và Truyền "
    "thông để phối hợp giải quyết.",
]
RV01_RECIP = ["Nơi nhận:", "- Bộ Thông tin và Truyền thông (b/c);",
              "- Thường trực Tỉnh ủy, UBND tỉnh (b/c);", "- Ban Tuyên giáo Tỉnh ủy;",
              "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố;",
              "- Báo Lam Hạ, Đài PT-TH Lam Hạ;", "- Lưu: VT, TTBCXB."]
RV01_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(đã ký)", "Đinh Khắc Tuấn"]


def _new_num(doc, style_name):
    """Create a new w:num (restarting at 1) bound to the abstractNum of a list style."""
    numbering = doc.part.numbering_part.element
    style = doc.styles[style_name]
    numPr = style.element.pPr.find(qn("w:numPr"))
    base_num_id = numPr.find(qn("w:numId")).get(qn("w:val"))
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == base_num_id:
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(ids) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), abstract_id)
    num.append(an)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return new_id


def _numbered(doc, items, style="List Number", restart=True):
    num_id = _new_num(doc, style) if restart else None
    for it in items:
        p = doc.add_paragraph(nfc(it), style=style)
        if num_id is not None:
            pPr = p._p.get_or_add_pPr()
            numPr = OxmlElement("w:numPr")
            il = OxmlElement("w:ilvl")
            il.set(qn("w:val"), "0")
            ni = OxmlElement("w:numId")
            ni.set(qn("w:val"), str(num_id))
            numPr.append(il)
            numPr.append(ni)
            pPr.insert(0, numPr)


def _header_table(doc, left, right):
    t = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(t.rows[0].cells, (left, right)):
        cell.paragraphs[0].text = nfc(lines[0])
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for ln in lines[1:]:
            p = cell.add_paragraph(nfc(ln))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def _grid(doc, rows, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.text = nfc(val)
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
            if widths:
                cell.width = Cm(widths[c])
    return t


def _title(doc, lines):
    for i, ln in enumerate(lines):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(nfc(ln))
        r.bold = True
        if i == 0:
            r.font.size = Pt(14)


def _heading(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(nfc(text))
    r.bold = True


def _sign_table(doc, recip, sign):
    t = doc.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    left.paragraphs[0].text = nfc(recip[0])
    for ln in recip[1:]:
        left.add_paragraph(nfc(ln))
    right.paragraphs[0].text = nfc(sign[0])
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for ln in sign[1:]:
        p = right.add_paragraph(nfc(ln))
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    return doc


def build_rv01(path):
    doc = _base_doc()
    _header_table(doc, RV01_HEAD_LEFT, RV01_HEAD_RIGHT)
    _title(doc, RV01_TITLE)
    for s in RV01_INTRO:
        doc.add_paragraph(nfc(s))
    _heading(doc, "I. MỤC ĐÍCH, YÊU CẦU")
    _numbered(doc, RV01_PURPOSE, "List Number")
    _heading(doc, "II. NỘI DUNG TUYÊN TRUYỀN")
    _numbered(doc, RV01_CONTENT, "List Bullet", restart=False)
    _heading(doc, "III. CHỦ ĐỀ TUYÊN TRUYỀN THEO THÁNG")
    _grid(doc, RV01_MONTHS, widths=[1.5, 9.5, 5.5])
    _heading(doc, "IV. TỔ CHỨC THỰC HIỆN")
    _heading(doc, "1. Phân công nhiệm vụ cụ thể")
    _grid(doc, RV01_TASKS, widths=[1.0, 5.5, 3.5, 3.5, 3.0])
    _heading(doc, "2. Trách nhiệm của các cơ quan, đơn vị")
    _numbered(doc, RV01_RESP, "List Number")
    _heading(doc, "3. Kinh phí")
    doc.add_paragraph(nfc(RV01_MONEY))
    _heading(doc, "4. Chế độ báo cáo")
    for s in RV01_REPORT:
        doc.add_paragraph(nfc(s))
    _sign_table(doc, RV01_RECIP, RV01_SIGN)
    doc.save(path)


# ---------------------------------------------------------------------------
# rv02 - Quyết định + Thể lệ Giải Báo chí, Hội Nhà báo tỉnh (.pdf)
# ---------------------------------------------------------------------------
RV02_FILE = "rv02_thele_giaibaochi.pdf"
RV02_HEAD_LEFT = ["HỘI NHÀ BÁO VIỆT NAM", "HỘI NHÀ BÁO TỈNH LAM HẠ", "Số: 09/QĐ-HNB"]
RV02_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Tuệ Lâm, ngày 10 tháng 3 năm 2026"]
# ("T", text) title centred bold, ("H", text) bold heading, ("P", text) paragraph,
# ("S", [lines]) signature right, ("R", [lines]) recipients, ("BR",) page break
RV02_BODY = [
    ("T", "QUYẾT ĐỊNH"),
    ("T", "Về việc ban hành Thể lệ Giải Báo chí tỉnh Lam Hạ lần thứ XII năm 2026"),
    ("T", "BAN THƯỜNG VỤ HỘI NHÀ BÁO TỈNH LAM HẠ"),
    ("P", "Căn cứ Điều lệ Hội Nhà báo Việt Nam;"),
    ("P", "Căn cứ Quy chế làm việc của Ban Chấp hành Hội Nhà báo tỉnh Lam Hạ khóa IX, nhiệm kỳ "
          "2025 - 2030;"),
    ("P", "Căn cứ Kế hoạch số 27/KH-STTTT ngày 14/01/2026 của Sở Thông tin và Truyền thông tỉnh "
          "Lam Hạ về tuyên truyền năm 2026;"),
    ("P", "Căn cứ Công văn số 286-CV/BTGTU ngày 25/02/2026 của Ban Tuyên giáo Tỉnh ủy về việc "
          "phối hợp tổ chức Giải Báo chí tỉnh năm 2026;"),
    ("P", "Xét đề nghị của Chánh Văn phòng Hội Nhà báo tỉnh,"),
    ("T", "QUYẾT ĐỊNH:"),
    ("P", "Điều 1. Ban hành kèm theo Quyết định này Thể lệ Giải Báo chí tỉnh Lam Hạ lần thứ XII "
          "năm 2026."),
    ("P", "Điều 2. Giao Văn phòng Hội Nhà báo tỉnh chủ trì, phối hợp với Ban Tuyên giáo Tỉnh ủy, "
          "Sở Thông tin và Truyền thông tham mưu thành lập Ban Tổ chức, Hội đồng Giám khảo sơ khảo "
          "và chung khảo; tiếp nhận tác phẩm và tổ chức Lễ trao Giải theo Thể lệ."),
    ("P", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội, Trưởng các ban "
          "của Hội, Chủ tịch các chi hội nhà báo trực thuộc và các cơ quan, cá nhân có liên quan "
          "chịu trách nhiệm thi hành Quyết định này."),
    ("S", ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "(đã ký)", "Mạc Đăng Khoa"]),
    ("R", ["Nơi nhận:", "- Hội Nhà báo Việt Nam (b/c);", "- Ban Tuyên giáo Tỉnh ủy (b/c);",
           "- Sở Thông tin và Truyền thông;", "- Các chi hội nhà báo trực thuộc;",
           "- Lưu: VP Hội."]),
    ("BR",),
    ("T", "THỂ LỆ"),
    ("T", "Giải Báo chí tỉnh Lam Hạ lần thứ XII năm 2026"),
    ("P", "(Ban hành kèm theo Quyết định số 09/QĐ-HNB ngày 10/3/2026 của Ban Thường vụ Hội Nhà "
          "báo tỉnh Lam Hạ)"),
    ("H", "Điều 1. Mục đích, chủ đề"),
    ("P", "Giải Báo chí tỉnh Lam Hạ (sau đây gọi là Giải) tổ chức hằng năm nhằm tôn vinh các tác "
          "phẩm báo chí có chất lượng cao, phản ánh sinh động công cuộc xây dựng và phát triển tỉnh "
          "Lam Hạ; khuyến khích người làm báo bám sát cơ sở, phát hiện nhân tố mới, đấu tranh với "
          "thông tin sai sự thật. Chủ đề Giải năm 2026: “Lam Hạ vươn mình trong kỷ nguyên số”."),
    ("H", "Điều 2. Đối tượng tham dự"),
    ("P", "1. Nhà báo, phóng viên, biên tập viên, cộng tác viên của các cơ quan báo chí trong và "
          "ngoài tỉnh có tác phẩm viết về tỉnh Lam Hạ."),
    ("P", "2. Cán bộ làm công tác thông tin cơ sở, đài truyền thanh cấp xã, Trung tâm Văn hóa - "
          "Thông tin và Thể thao cấp huyện có tác phẩm phát sóng trên hệ thống của địa phương."),
    ("P", "3. Thành viên Ban Tổ chức, Hội đồng Giám khảo và Tổ Thư ký không gửi tác phẩm tham dự "
          "Giải."),
    ("H", "Điều 3. Tác phẩm dự Giải"),
    ("P", "1. Tác phẩm đăng, phát trong khoảng thời gian từ ngày 01/5/2025 đến hết ngày 30/4/2026."),
    ("P", "2. Mỗi tác giả hoặc nhóm tác giả gửi không quá 03 tác phẩm; nhóm tác giả không quá 05 "
          "người, người đứng tên đầu là tác giả chính."),
    ("P", "3. Không nhận tác phẩm từng đoạt giải tại các giải báo chí cấp tỉnh, cấp bộ, ngành khác; "
          "tác phẩm vi phạm bản quyền sẽ bị hủy kết quả và thu hồi giải thưởng."),
    ("H", "Điều 4. Loại hình và quy cách tác phẩm"),
    ("P", "Giải xét ở 05 loại hình: báo in; báo điện tử; phát thanh; truyền hình; ảnh báo chí."),
    ("P", "a) Báo in: gửi bản gốc hoặc bản sao có xác nhận của cơ quan báo chí; loạt bài không quá "
          "05 kỳ."),
    ("P", "b) Báo điện tử: gửi đường dẫn và bản in tác phẩm, ghi rõ thời gian đăng tải."),
    ("P", "c) Phát thanh: tệp âm thanh định dạng MP3, thời lượng không quá 30 phút."),
    ("P", "d) Truyền hình: tệp định dạng MP4, độ phân giải tối thiểu Full HD, thời lượng không quá "
          "45 phút."),
    ("P", "đ) Ảnh báo chí: ảnh đơn hoặc bộ ảnh không quá 10 ảnh, in cỡ 20 x 30 cm, kèm tệp ảnh gốc."),
    ("H", "Điều 5. Hồ sơ dự Giải"),
    ("P", "Hồ sơ gồm: Phiếu đăng ký theo mẫu của Ban Tổ chức; bản tóm tắt nội dung tác phẩm không "
          "quá 500 chữ; xác nhận của cơ quan báo chí hoặc đơn vị đăng, phát tác phẩm. Ngoài phong "
          "bì ghi rõ: “Tác phẩm dự Giải Báo chí tỉnh Lam Hạ lần thứ XII”."),
    ("H", "Điều 6. Thời gian và địa chỉ nhận tác phẩm"),
    ("P", "1. Ban Tổ chức nhận tác phẩm từ ngày 01/4/2026 đến 17 giờ 00 ngày 15/5/2026 (tính theo "
          "dấu bưu điện nếu gửi qua đường bưu chính)."),
    ("P", "2. Địa chỉ: Văn phòng Hội Nhà báo tỉnh Lam Hạ, số 18 đường Trần Khánh Dư, phường Tuệ "
          "Minh, thành phố Tuệ Lâm. Tác phẩm điện tử gửi qua thư điện tử giaibaochi@hnblamha.vn."),
    ("P", "3. Người liên hệ: bà Phạm Thu Hiền, Phó Chánh Văn phòng Hội, điện thoại 0912 447 305."),
    ("H", "Điều 7. Cơ cấu giải thưởng"),
    ("P", "1. Giải Nhất: 02 giải, mỗi giải 15.000.000 đồng."),
    ("P", "2. Giải Nhì: 04 giải, mỗi giải 10.000.000 đồng."),
    ("P", "3. Giải Ba: 06 giải, mỗi giải 7.000.000 đồng."),
    ("P", "4. Giải Khuyến khích: 10 giải, mỗi giải 3.000.000 đồng."),
    ("P", "5. Giải chuyên đề “Chuyển đổi số ở cơ sở”: 01 giải, trị giá 8.000.000 đồng do Sở Thông "
          "tin và Truyền thông tài trợ."),
    ("P", "Tổng giá trị giải thưởng là 150.000.000 đồng. Tác phẩm đoạt giải nhận Giấy chứng nhận "
          "của Hội Nhà báo tỉnh. Trường hợp không có tác phẩm xứng đáng, Hội đồng Giám khảo có thể "
          "không trao đủ số lượng giải ở từng hạng. Kinh phí tổ chức Giải bảo đảm từ nguồn ngân "
          "sách tỉnh hỗ trợ hoạt động của Hội và nguồn xã hội hóa."),
    ("H", "Điều 8. Chấm giải và trao giải"),
    ("P", "1. Vòng sơ khảo từ ngày 20/5/2026 đến ngày 05/6/2026; vòng chung khảo từ ngày 06/6/2026 "
          "đến ngày 12/6/2026."),
    ("P", "2. Kết quả Giải công bố trên Báo Lam Hạ, Đài Phát thanh và Truyền hình Lam Hạ và Cổng "
          "Thông tin điện tử tỉnh."),
    ("P", "3. Lễ trao Giải dự kiến tổ chức ngày 19/6/2026 tại Trung tâm Hội nghị tỉnh, nhân kỷ niệm "
          "101 năm Ngày Báo chí Cách mạng Việt Nam."),
    ("H", "Điều 9. Trách nhiệm của các cơ quan, đơn vị"),
    ("P", "1. Văn phòng Hội Nhà báo tỉnh là cơ quan thường trực của Ban Tổ chức, có trách nhiệm "
          "tiếp nhận, phân loại tác phẩm và chuẩn bị Lễ trao Giải."),
    ("P", "2. Ban Tuyên giáo Tỉnh ủy có trách nhiệm định hướng nội dung, cử đại diện tham gia Hội đồng Giám khảo "
          "chung khảo."),
    ("P", "3. Sở Thông tin và Truyền thông bảo đảm kinh phí giải chuyên đề và phối hợp tuyên truyền "
          "về Giải."),
    ("P", "4. Báo Lam Hạ, Đài Phát thanh và Truyền hình Lam Hạ có trách nhiệm đăng, phát Thể lệ Giải "
          "từ ngày 15/3/2026 đến ngày 15/4/2026."),
    ("P", "5. Các chi hội nhà báo trực thuộc phổ biến Thể lệ đến hội viên, lựa chọn và giới thiệu "
          "tác phẩm tiêu biểu."),
    ("P", "6. Tác giả chịu trách nhiệm về bản quyền tác phẩm; Ban Tổ chức không trả lại tác phẩm dự "
          "Giải."),
    ("H", "Điều 10. Điều khoản thi hành"),
    ("P", "Thể lệ này có hiệu lực kể từ ngày ký. Trong quá trình thực hiện, nếu có vướng mắc, tổ "
          "chức, cá nhân phản ánh về Văn phòng Hội Nhà báo tỉnh xem xét, giải quyết."),
    ("S", ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "(đã ký)", "Mạc Đăng Khoa"]),
]


def build_rv02(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 10)
    y0 = pdf.get_y()
    for i, (l, r) in enumerate(zip(RV02_HEAD_LEFT, RV02_HEAD_RIGHT)):
        pdf.set_xy(22, y0 + i * 6)
        pdf.set_font("DejaVu", "B" if i < 2 else "", 10)
        pdf.cell(70, 6, nfc(l), align="C")
        pdf.set_xy(95, y0 + i * 6)
        pdf.set_font("DejaVu", "B" if i < 2 else "", 10)
        pdf.cell(95, 6, nfc(r), align="C")
    pdf.set_xy(22, y0 + 24)
    w = pdf.w - 40
    for item in RV02_BODY:
        kind = item[0]
        if kind == "T":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(w, 6.5, nfc(item[1]), align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "H":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(w, 6, nfc(item[1]), new_x="LMARGIN", new_y="NEXT")
        elif kind == "P":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(w, 6, nfc(item[1]), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "S":
            pdf.ln(3)
            for i, ln in enumerate(item[1]):
                pdf.set_font("DejaVu", "B" if i != 2 else "", 10.5)
                pdf.set_x(110)
                pdf.multi_cell(80, 6, nfc(ln), align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "R":
            pdf.ln(3)
            for i, ln in enumerate(item[1]):
                pdf.set_font("DejaVu", "B" if i == 0 else "", 9)
                pdf.multi_cell(90, 5, nfc(ln), new_x="LMARGIN", new_y="NEXT")
        elif kind == "BR":
            pdf.add_page()
    pdf.output(path)


# ---------------------------------------------------------------------------
# rv03 - Công văn, UBND huyện Khải Ninh (.txt hard-wrapped, two-column header)
# ---------------------------------------------------------------------------
RV03_FILE = "rv03_cv_thongtin_sai.txt"


def _two_col(rows, left_w=38):
    out = []
    for l, r in rows:
        if r:
            out.append(l.ljust(left_w) + r)
        else:
            out.append(l)
    return "\n".join(x.rstrip() for x in out)


RV03_HEADER = _two_col([
    ("UBND HUYỆN KHẢI NINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("", "    Độc lập - Tự do - Hạnh phúc"),
    ("Số: 318/UBND-VHTT", ""),
    ("V/v chấn chỉnh, xử lý thông tin", "  Khải Ninh, ngày 08 tháng 4 năm 2026"),
    ("sai sự thật, xấu độc trên không", ""),
    ("gian mạng", ""),
])
RV03_KG = ("                 Kính gửi:\n"
           "                   - Các phòng, ban, ngành, Mặt trận và đoàn thể huyện;\n"
           "                   - Ủy ban nhân dân các xã, thị trấn.")
RV03_PARAS = [
    "Thời gian gần đây, trên mạng xã hội xuất hiện nhiều thông tin sai sự thật, xuyên tạc liên "
    "quan đến công tác quản lý đất đai, giáo dục và y tế trên địa bàn huyện. Điển hình, ngày "
    "27/3/2026, trang Facebook “Khải Ninh 24h” đăng tải thông tin thất thiệt về việc “thu hồi "
    "toàn bộ đất nông nghiệp xã Mộ Khê để làm khu công nghiệp”, thu hút hơn 3.400 lượt chia sẻ; "
    "ngày 02/4/2026, một số nhóm Zalo tại xã Giáp Lũng lan truyền video cắt ghép về “dịch bệnh lạ "
    "tại Trường Tiểu học Giáp Lũng”, gây hoang mang trong phụ huynh học sinh. Các thông tin trên "
    "đều không đúng sự thật. Qua rà soát của Phòng Văn hóa và Thông tin, từ ngày 01/01/2026 đến "
    "ngày 05/4/2026 phát hiện 29 tin, bài sai sự thật liên quan đến huyện Khải Ninh; phối hợp yêu "
    "cầu gỡ bỏ 17 tin, bài.",
    "Thực hiện Công văn số 612/STTTT-TTBCXB ngày 31/3/2026 của Sở Thông tin và Truyền thông tỉnh "
    "Lam Hạ về việc tăng cường phát hiện, xử lý thông tin xấu độc trên không gian mạng và Kế "
    "hoạch số 27/KH-STTTT ngày 14/01/2026 của Sở Thông tin và Truyền thông, Chủ tịch Ủy ban nhân "
    "dân huyện yêu cầu các cơ quan, đơn vị, địa phương thực hiện tốt một số nội dung sau:",
    "1. Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với Công an huyện thường xuyên theo "
    "dõi, rà soát thông tin trên mạng xã hội liên quan đến địa bàn huyện; lập danh sách tài khoản, "
    "trang, nhóm đăng tải thông tin sai sự thật; tham mưu UBND huyện phát hành thông cáo đính "
    "chính trong vòng 24 giờ kể từ khi phát hiện. Tổng hợp kết quả thực hiện Công văn này, báo cáo "
    "UBND huyện trước ngày 25/4/2026; sau đó báo cáo định kỳ trước ngày 20 hằng tháng.",
    "2. Công an huyện khẩn trương xác minh, làm rõ chủ tài khoản trang Facebook “Khải Ninh 24h” "
    "và các đối tượng phát tán video cắt ghép tại xã Giáp Lũng; xử lý nghiêm theo quy định của "
    "pháp luật, kết quả báo cáo Chủ tịch UBND huyện trước ngày 18/4/2026.",
    "3. Giao Trung tâm Văn hóa - Thông tin và Thể thao huyện chủ trì, phối hợp với Phòng Văn hóa "
    "và Thông tin đăng tải thông tin chính thống, bài đính chính trên Trang thông tin điện tử "
    "huyện và trang Facebook chính thức “Khải Ninh ngày mới”; phát trên hệ thống truyền thanh của "
    "huyện ít nhất 03 lần/ngày trong 05 ngày liên tiếp.",
    "4. Ủy ban nhân dân các xã, thị trấn chỉ đạo đài truyền thanh xã, Tổ công nghệ số cộng đồng "
    "tuyên truyền Nhân dân không tin, không chia sẻ thông tin chưa kiểm chứng; giao công chức văn "
    "hóa - xã hội theo dõi các nhóm Zalo, Facebook của thôn, tổ dân phố. UBND xã Mộ Khê và UBND xã "
    "Giáp Lũng tổ chức đối thoại, thông tin trực tiếp với Nhân dân trước ngày 20/4/2026.",
    "5. Phòng Giáo dục và Đào tạo huyện chỉ đạo Trường Tiểu học Giáp Lũng và các trường học trên "
    "địa bàn thông tin kịp thời, chính xác cho phụ huynh qua nhóm liên lạc của lớp; phối hợp Trung "
    "tâm Y tế huyện trong trường hợp có thông tin về dịch bệnh.",
    "6. Các phòng, ban, ngành, Mặt trận và đoàn thể huyện quán triệt cán bộ, công chức, đoàn viên, "
    "hội viên không đăng tải, bình luận, chia sẻ thông tin chưa kiểm chứng; mỗi cơ quan cử 01 cán "
    "bộ tham gia mạng lưới cộng tác viên dư luận xã hội, gửi danh sách về Phòng Văn hóa và Thông "
    "tin trước ngày 15/4/2026.",
    "7. Văn phòng HĐND và UBND huyện cập nhật danh sách người phát ngôn, chủ động cung cấp thông "
    "tin cho báo chí khi có vụ việc phức tạp, nhạy cảm, dư luận quan tâm.",
    "Đầu mối tiếp nhận phản ánh thông tin sai sự thật: ông Vi Đức Hạnh, Phó Trưởng phòng Văn hóa "
    "và Thông tin huyện, điện thoại 0986 512 730, thư điện tử vhtt.khaininh@lamha.gov.vn; đường dây "
    "nóng của UBND huyện: 0235 3 880 118 (trong giờ hành chính).",
    "Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn nghiêm túc triển khai "
    "thực hiện./.",
]
RV03_SIGN = _two_col([
    ("Nơi nhận:", "           KT. CHỦ TỊCH"),
    ("- Như Kính gửi;", "           PHÓ CHỦ TỊCH"),
    ("- Sở TT&TT tỉnh (b/c);", ""),
    ("- TT Huyện ủy, TT HĐND huyện (b/c);", ""),
    ("- CT, các PCT UBND huyện;", ""),
    ("- Lưu: VT, VHTT.", "             (đã ký)"),
    ("", ""),
    ("", "         Nông Thị Lan Anh"),
], left_w=40)


def rv03_text():
    body = []
    for p in RV03_PARAS:
        body.append("\n".join(textwrap.wrap(p, width=72, break_long_words=False,
                                            break_on_hyphens=False)))
    return nfc(RV03_HEADER + "\n\n" + RV03_KG + "\n\n" + "\n".join(body) + "\n\n"
               + RV03_SIGN + "\n")


# ---------------------------------------------------------------------------
# rv04 - Thông báo kết luận giao ban báo chí, Ban Tuyên giáo Tỉnh ủy (.md)
# ---------------------------------------------------------------------------
RV04_FILE = "rv04_tb_giaoban_baochi.md"
RV04_TEXT = """TỈNH ỦY LAM HẠ                               ĐẢNG CỘNG SẢN VIỆT NAM
BAN TUYÊN GIÁO
      *                                 Tuệ Lâm, ngày 05 tháng 6 năm 2026
Số 41-TB/BTGTU

# THÔNG BÁO

## Kết luận của Thường trực Ban Tuyên giáo Tỉnh ủy tại Hội nghị giao ban báo chí tháng 5/2026

Sáng thứ Ba, ngày 02/6/2026, tại Phòng họp số 2, trụ sở Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy phối hợp với Sở Thông tin và Truyền thông, Hội Nhà báo tỉnh tổ chức Hội nghị giao ban báo chí tháng 5/2026. Đồng chí Trương Công Bằng, Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy chủ trì Hội nghị. Dự Hội nghị có lãnh đạo Sở Thông tin và Truyền thông, Hội Nhà báo tỉnh, Báo Lam Hạ, Đài Phát thanh và Truyền hình Lam Hạ, Văn phòng UBND tỉnh (bộ phận Cổng Thông tin điện tử tỉnh), Phòng An ninh mạng Công an tỉnh và đại diện 09 cơ quan báo chí trung ương thường trú tại tỉnh; tổng số 34 đại biểu.

Sau khi nghe Sở Thông tin và Truyền thông báo cáo tình hình báo chí tháng 5 và ý kiến của các đại biểu, đồng chí chủ trì kết luận như sau:

## I. Đánh giá chung

Trong tháng 5/2026, các cơ quan báo chí địa phương và cơ quan thường trú đăng, phát 1.846 tin, bài về tỉnh Lam Hạ, trong đó Báo Lam Hạ 512 tin, bài; Đài Phát thanh và Truyền hình Lam Hạ 638 tin, phóng sự; Cổng Thông tin điện tử tỉnh 421 tin; các cơ quan thường trú 275 tin, bài. Báo chí tập trung tuyên truyền kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh, công tác chuẩn bị Kỳ thi tốt nghiệp THPT năm 2026 và phòng, chống hạn hán ở các huyện phía Tây của tỉnh.

Tuy nhiên, vẫn còn hạn chế: ngày 14/5/2026, Báo Lam Hạ điện tử đăng sai số liệu giải ngân vốn đầu tư công của tỉnh (ghi 68% thay vì 38%), đến ngày 16/5/2026 mới đính chính; một số tin về vụ cháy xưởng gỗ tại huyện Khải Ninh đưa lên khi chưa có thông tin chính thức từ cơ quan chức năng.

Trên không gian mạng, lực lượng chức năng phát hiện 63 thông tin sai sự thật, xuyên tạc liên quan đến tỉnh; phối hợp gỡ bỏ 41 thông tin. Vụ việc trang “Khải Ninh 24h” lan truyền tin thu hồi đất tại xã Mộ Khê, UBND huyện Khải Ninh xử lý kịp thời theo Công văn số 318/UBND-VHTT; các địa phương cần nghiên cứu, áp dụng cách làm này.

## II. Định hướng tuyên truyền tháng 6/2026

- Kỷ niệm 101 năm Ngày Báo chí Cách mạng Việt Nam (21/6/1925 - 21/6/2026); tuyên truyền Lễ trao Giải Báo chí tỉnh Lam Hạ lần thứ XII, tổ chức lúc 19 giờ 30 ngày 19/6/2026 tại Trung tâm Hội nghị tỉnh.
- Kỳ thi tốt nghiệp THPT năm 2026; Ngày Gia đình Việt Nam (28/6); Tháng hành động vì trẻ em.
- Kỳ họp thứ Hai, HĐND tỉnh khóa XI, dự kiến khai mạc ngày 09/7/2026; tuyên truyền trước, trong và sau kỳ họp.
- Phòng, chống thiên tai, mưa lũ; không đưa tin, ảnh gây hoang mang về tình hình hạn hán.
- Không đăng tải nội dung liên quan các vụ án đang trong giai đoạn điều tra khi chưa có thông tin của cơ quan tiến hành tố tụng.

## III. Nhiệm vụ cụ thể

| TT | Nhiệm vụ | Đơn vị thực hiện | Thời hạn |
|----|----------|------------------|----------|
| 1 | Kiểm điểm, rút kinh nghiệm việc đăng sai số liệu giải ngân ngày 14/5/2026; báo cáo bằng văn bản | Báo Lam Hạ | Trước ngày 10/6/2026 |
| 2 | Truyền hình trực tiếp Lễ trao Giải Báo chí tỉnh lần thứ XII trên kênh LHTV1 | Đài Phát thanh và Truyền hình Lam Hạ | Ngày 19/6/2026 |
| 3 | Hoàn thành chấm chung khảo, gửi danh sách tác phẩm đoạt giải về Ban Tuyên giáo Tỉnh ủy | Hội Nhà báo tỉnh | Trước ngày 13/6/2026 |
| 4 | Tổng hợp danh sách thông tin sai sự thật, đề nghị các nền tảng xuyên biên giới gỡ bỏ | Sở Thông tin và Truyền thông | Hằng tuần, gửi trước 16 giờ thứ Sáu |
| 5 | Tổ chức tập huấn kỹ năng phát ngôn và cung cấp thông tin cho báo chí cho người phát ngôn các sở, ngành | Văn phòng UBND tỉnh | Trong tháng 7/2026 |
| 6 | Cung cấp thông tin định kỳ về tình hình an ninh mạng tại giao ban báo chí | Công an tỉnh | Hằng tháng |

Đề nghị Sở Thông tin và Truyền thông hướng dẫn UBND các huyện, thị xã, thành phố hoàn thành báo cáo rà soát hệ thống đài truyền thanh cơ sở theo Kế hoạch số 27/KH-STTTT trước ngày 30/6/2026; tổng hợp, báo cáo tại giao ban tháng 7.

Các cơ quan báo chí địa phương có trách nhiệm gửi kế hoạch tuyên truyền tháng 7/2026 về Ban Tuyên giáo Tỉnh ủy (qua Phòng Báo chí - Xuất bản) trước ngày 25/6/2026.

## IV. Lịch giao ban tiếp theo

Hội nghị giao ban báo chí tháng 6/2026 tổ chức lúc 08 giờ 00, thứ Ba, ngày 07/7/2026, tại Phòng họp số 2, trụ sở Tỉnh ủy. Sở Thông tin và Truyền thông chuẩn bị báo cáo, gửi Ban Tuyên giáo Tỉnh ủy trước ngày 03/7/2026.

Thông tin liên hệ: đồng chí Đàm Quốc Vinh, Trưởng phòng Báo chí - Xuất bản, Ban Tuyên giáo Tỉnh ủy; điện thoại 0235 3 852 019; thư điện tử bcxb.btgtu@lamha.org.vn.

Ban Tuyên giáo Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN THƯỜNG TRỰC
(đã ký)
Trương Công Bằng

Nơi nhận:
- Thường trực Tỉnh ủy (b/c);
- Sở TT&TT, Hội Nhà báo tỉnh;
- Các cơ quan báo chí địa phương;
- Văn phòng UBND tỉnh, Công an tỉnh;
- Lưu: VP, Phòng BCXB.
"""


# ---------------------------------------------------------------------------
# rv05 - Báo cáo, Phòng Văn hóa và Thông tin huyện Nghiêm Xuyên (.docx, table)
# ---------------------------------------------------------------------------
RV05_FILE = "rv05_bc_loatruyenthanh.docx"
RV05_HEAD_LEFT = ["UBND HUYỆN NGHIÊM XUYÊN", "PHÒNG VĂN HÓA VÀ THÔNG TIN", "Số: 64/BC-VHTT"]
RV05_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Nghiêm Xuyên, ngày 18 tháng 6 năm 2026"]
RV05_TITLE = ["BÁO CÁO",
              "Kết quả rà soát hiện trạng hệ thống đài truyền thanh cơ sở (loa truyền thanh, cụm "
              "loa thông minh) trên địa bàn huyện Nghiêm Xuyên năm 2026"]
RV05_ROWS = [  # xã, thôn/TDP, có dây/FM, thông minh, hư hỏng, thôn chưa có loa
    ("Thị trấn Xuyên Hà", 14, 6, 18, 2, 0),
    ("Mộc Tràng", 11, 9, 4, 3, 0),
    ("Vụ Lâm", 10, 8, 3, 4, 1),
    ("Sơn Lạp", 12, 10, 5, 3, 0),
    ("Hồ Lệ", 9, 7, 2, 2, 1),
    ("Thạch Bích", 13, 9, 6, 4, 0),
    ("Ngọa Khê", 8, 6, 1, 3, 2),
    ("Phù Sa", 10, 8, 4, 2, 0),
    ("Tịch Cốc", 11, 7, 0, 6, 2),
    ("Đăng Lũy", 9, 8, 2, 2, 0),
    ("Khúc Mộc", 10, 8, 3, 1, 0),
    ("Bản Sài", 9, 4, 0, 6, 3),
]
RV05_P1 = [
    "Thực hiện Kế hoạch số 27/KH-STTTT ngày 14/01/2026 của Sở Thông tin và Truyền thông tỉnh Lam "
    "Hạ và Công văn số 205/UBND-VHTT ngày 12/5/2026 của UBND huyện Nghiêm Xuyên về việc rà soát "
    "hệ thống đài truyền thanh cơ sở, Phòng Văn hóa và Thông tin huyện báo cáo kết quả như sau:",
]
RV05_GENERAL = [
    "Huyện Nghiêm Xuyên có 11 xã và 01 thị trấn với 126 thôn, tổ dân phố. Việc rà soát thực hiện "
    "từ ngày 20/5/2026 đến ngày 10/6/2026 do tổ công tác gồm Phòng Văn hóa và Thông tin, Trung tâm "
    "Văn hóa - Thông tin và Thể thao huyện và công chức văn hóa - xã hội các xã, thị trấn thực "
    "hiện; kiểm tra thực tế 100% cụm loa tại các thôn, tổ dân phố.",
]
RV05_EVAL = [
    "Toàn huyện có 138 cụm loa, gồm 90 cụm loa truyền thanh có dây, vô tuyến FM và 48 cụm loa ứng "
    "dụng công nghệ thông tin - viễn thông (cụm loa thông minh); trong đó 38 cụm loa hư hỏng, "
    "không hoạt động. Tỷ lệ cụm loa thông minh mới đạt 34,8%, thấp hơn nhiều so với chỉ tiêu 60% "
    "tại Kế hoạch số 27/KH-STTTT.",
    "Thị trấn Xuyên Hà dẫn đầu huyện với 18 cụm loa thông minh, phủ sóng 14/14 tổ dân phố. Còn 09 "
    "thôn chưa có cụm loa, tập trung tại các xã Bản Sài (03 thôn), Ngọa Khê (02 thôn) và Tịch Cốc "
    "(02 thôn); xã Vụ Lâm và xã Hồ Lệ mỗi xã còn 01 thôn chưa có loa. Nhiều cụm loa có dây lắp đặt "
    "từ giai đoạn 2012 - 2015 xuống cấp; xã Tịch Cốc và xã Bản Sài mỗi xã có 06 cụm loa hư hỏng, "
    "chưa có kinh phí sửa chữa.",
    "Về nhân lực: mỗi xã, thị trấn bố trí 01 người phụ trách đài truyền thanh (kiêm nhiệm); tại 04 "
    "xã (Ngọa Khê, Tịch Cốc, Bản Sài, Hồ Lệ) người phụ trách chưa qua tập huấn kỹ thuật vận hành "
    "cụm loa thông minh.",
    "Về nội dung: năm 2026 các đài truyền thanh xã phát bình quân 03 buổi/tuần; 10/12 đài tiếp phát "
    "bản tin của tỉnh qua Hệ thống thông tin nguồn; 02 đài (Tịch Cốc, Bản Sài) chưa kết nối do chưa "
    "có cụm loa thông minh.",
]
RV05_CAUSE = [
    "Nguồn kinh phí đầu tư cho hệ thống truyền thanh cơ sở còn hạn hẹp, chủ yếu dựa vào ngân sách "
    "xã; địa bàn các xã phía Bắc của huyện đồi núi, dân cư phân tán; một số xã chưa quan tâm bảo "
    "dưỡng định kỳ thiết bị.",
]
RV05_PLAN = (
    "Để thực hiện chỉ tiêu của tỉnh, Phòng Văn hóa và Thông tin đề xuất lộ trình thay thế 38 cụm "
    "loa hư hỏng và lắp mới 09 cụm loa cho các thôn chưa có loa bằng cụm loa thông minh trong 02 năm "
    "2026 - 2027, tổng kinh phí dự kiến 1.880.000.000 đồng (47 cụm, bình quân 40.000.000 đồng/cụm), "
    "trong đó năm 2026 thực hiện 20 cụm (800.000.000 đồng), năm 2027 thực hiện 27 cụm "
    "(1.080.000.000 đồng).")
RV05_RECS = [
    "Đề nghị Sở Thông tin và Truyền thông hỗ trợ huyện 15 cụm loa thông minh từ nguồn Chương trình "
    "mục tiêu quốc gia năm 2026; tổ chức tập huấn kỹ thuật cho người phụ trách đài truyền thanh của "
    "04 xã nêu trên trong quý III/2026.",
    "Đề nghị UBND huyện bố trí kinh phí năm 2026 và năm 2027 theo lộ trình; giao Phòng Tài chính - "
    "Kế hoạch huyện thẩm định dự toán, hoàn thành trước ngày 31/8/2026.",
    "UBND các xã, thị trấn có trách nhiệm sửa chữa các cụm loa hư hỏng nhẹ từ nguồn ngân sách xã "
    "trước ngày 30/9/2026; UBND xã Bản Sài, UBND xã Tịch Cốc lập danh mục vị trí lắp đặt cụm loa "
    "mới gửi Phòng Văn hóa và Thông tin trước ngày 15/7/2026.",
    "Trung tâm Văn hóa - Thông tin và Thể thao huyện hỗ trợ kỹ thuật cho các xã; mỗi tháng cung cấp "
    "ít nhất 04 bản tin về chuyển đổi số và phòng, chống thông tin sai sự thật cho đài truyền thanh "
    "cơ sở.",
]
RV05_CONTACT = ("Người lập báo cáo: bà Hà Thu Trang, chuyên viên Phòng Văn hóa và Thông tin, điện "
                "thoại 0978 221 604.")
RV05_RECIP = ["Nơi nhận:", "- UBND huyện (b/c);", "- Sở TT&TT tỉnh Lam Hạ (b/c);",
              "- UBND các xã, thị trấn;", "- Lưu: VT, VHTT."]
RV05_SIGN = ["TRƯỞNG PHÒNG", "(đã ký)", "Lý Minh Đức"]


def build_rv05(path):
    doc = _base_doc()
    _header_table(doc, RV05_HEAD_LEFT, RV05_HEAD_RIGHT)
    _title(doc, RV05_TITLE)
    for s in RV05_P1:
        doc.add_paragraph(nfc(s))
    _heading(doc, "I. KHÁI QUÁT CHUNG")
    for s in RV05_GENERAL:
        doc.add_paragraph(nfc(s))
    _heading(doc, "II. KẾT QUẢ RÀ SOÁT")
    _heading(doc, "1. Số lượng cụm loa theo từng xã, thị trấn")
    rows = [("TT", "Xã, thị trấn", "Số thôn, TDP", "Cụm loa có dây, FM",
             "Cụm loa thông minh", "Cụm loa hư hỏng", "Thôn chưa có loa")]
    tot = [0, 0, 0, 0, 0]
    for i, r in enumerate(RV05_ROWS, 1):
        rows.append((str(i), r[0]) + tuple(str(x) for x in r[1:]))
        for k in range(5):
            tot[k] += r[k + 1]
    rows.append(("", "Tổng cộng") + tuple(str(x) for x in tot))
    assert tot == [126, 90, 48, 38, 9], tot
    _grid(doc, rows)
    _heading(doc, "2. Đánh giá chung")
    for s in RV05_EVAL:
        doc.add_paragraph(nfc(s))
    _heading(doc, "3. Nguyên nhân")
    for s in RV05_CAUSE:
        doc.add_paragraph(nfc(s))
    _heading(doc, "III. KIẾN NGHỊ, ĐỀ XUẤT")
    doc.add_paragraph(nfc(RV05_PLAN))
    _numbered(doc, RV05_RECS, "List Number")
    doc.add_paragraph(nfc(RV05_CONTACT))
    _sign_table(doc, RV05_RECIP, RV05_SIGN)
    doc.save(path)


def build_all():
    os.makedirs(CORPUS, exist_ok=True)
    build_rv01(os.path.join(CORPUS, RV01_FILE))
    build_rv02(os.path.join(CORPUS, RV02_FILE))
    with open(os.path.join(CORPUS, RV03_FILE), "w", encoding="utf-8") as f:
        f.write(rv03_text())
    with open(os.path.join(CORPUS, RV04_FILE), "w", encoding="utf-8") as f:
        f.write(nfc(RV04_TEXT))
    build_rv05(os.path.join(CORPUS, RV05_FILE))


# ---------------------------------------------------------------------------
# Questions (questions.jsonl) and who-what gold (who_what.jsonl)
# ---------------------------------------------------------------------------
F1, F2, F3, F4, F5 = RV01_FILE, RV02_FILE, RV03_FILE, RV04_FILE, RV05_FILE

# (label, kind, question, evidence[(file, quote)], keywords, history_label, actors)
# evidence == [] -> unanswerable
QUESTIONS = [
    ("k1", "abbreviation", "KH 27/KH-STTTT bố trí tổng kinh phí bao nhiêu cho công tác tuyên truyền năm 2026?",
     [(F1, "tổng số 1.250.000.000 đồng (Một tỷ hai trăm năm mươi triệu đồng)")], ["1.250.000.000 đồng"], None, None),
    (None, "follow-up", "Trong đó phần đặt hàng báo chí là bao nhiêu?",
     [(F1, "trong đó đặt hàng báo chí 820.000.000 đồng")], ["820.000.000 đồng"], "k1", None),
    ("m10", "factoid", "Tháng 10 năm nay tỉnh tuyên truyền chủ đề trọng tâm gì?",
     [(F1, "Ngày Chuyển đổi số quốc gia (10/10); Ngày Doanh nhân Việt Nam (13/10)")],
     ["Ngày Chuyển đổi số quốc gia"], None, None),
    (None, "follow-up", "Thế còn tháng 7?",
     [(F1, "79 năm Ngày Thương binh - Liệt sĩ (27/7)")], ["Thương binh - Liệt sĩ"], "m10", None),
    (None, "who-what", "Báo Lam Hạ được Sở giao làm gì trong kế hoạch tuyên truyền 2026, hạn khi nào?",
     [(F1, "Mở chuyên trang “Lam Hạ số” về khoa học, công nghệ và chuyển đổi số"),
      (F1, "Đề nghị Báo Lam Hạ, Đài Phát thanh và Truyền hình Lam Hạ dành thời lượng, dung lượng hợp lý")],
     ["Lam Hạ số", "Quý I/2026"], None, ["Báo Lam Hạ"]),
    (None, "who-what", "Trung tâm CNTT và Truyền thông của Sở phải làm gì, khi nào phải kết nối xong đài truyền thanh xã?",
     [(F1, "vận hành Hệ thống thông tin nguồn của tỉnh; bảo đảm 100% đài truyền thanh cấp xã được kết nối trước ngày 30/9/2026")],
     ["30/9/2026"], None, ["Trung tâm Công nghệ thông tin và Truyền thông"]),
    (None, "no-diacritics", "ke hoach tuyen truyen 2026 cua so thong tin truyen thong so may, ky ngay nao",
     [(F1, "SỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 27/KH-STTTT"), (F1, "Tuệ Lâm, ngày 14 tháng 01 năm 2026")],
     ["27/KH-STTTT", "14 tháng 01 năm 2026"], None, None),
    (None, "metadata", "Ai ký kế hoạch tuyên truyền năm 2026 của Sở Thông tin và Truyền thông?",
     [(F1, "PHÓ GIÁM ĐỐC\n(đã ký)\nĐinh Khắc Tuấn")], ["Đinh Khắc Tuấn"], None, None),
    ("t60", "factoid", "Theo kế hoạch của Sở, đến cuối năm 2026 tỷ lệ cụm loa thông minh phải đạt bao nhiêu?",
     [(F1, "tỷ lệ cụm loa ứng dụng công nghệ thông tin - viễn thông (cụm loa thông minh) đạt 60% trở lên")],
     ["60%"], None, None),
    (None, "who-what", "UBND các huyện, thị xã, thành phố phải làm những gì theo KH 27?",
     [(F1, "xây dựng kế hoạch tuyên truyền của địa phương trước ngày 28/02/2026"),
      (F1, "rà soát hệ thống đài truyền thanh cơ sở, báo cáo về Sở Thông tin và Truyền thông trước ngày 30/6/2026")],
     ["28/02/2026", "30/6/2026"], None, ["UBND các huyện, thị xã, thành phố"]),
    (None, "who-what", "Sở VH-TT&DL có trách nhiệm gì trong kế hoạch tuyên truyền năm 2026?",
     [(F1, "chỉ đạo tuyên truyền cổ động trực quan (pa-nô, áp phích, băng rôn) tại các tuyến phố chính")],
     ["cổ động trực quan"], None, ["Sở Văn hóa, Thể thao và Du lịch"]),
    ("bc6", "factoid", "Báo cáo 6 tháng thực hiện kế hoạch tuyên truyền gửi Sở TT&TT hạn chót ngày nào, liên hệ ai?",
     [(F1, "gửi báo cáo kết quả thực hiện 6 tháng trước ngày 15/6/2026"),
      (F1, "bà Tạ Minh Châu, chuyên viên, điện thoại 0235 3821 466")],
     ["15/6/2026", "Tạ Minh Châu"], None, None),
    (None, "follow-up", "Còn báo cáo năm thì sao?",
     [(F1, "báo cáo năm trước ngày 10/12/2026")], ["10/12/2026"], "bc6", None),
    (None, "unanswerable", "Kinh phí tuyên truyền của Sở TT&TT năm 2027 được bố trí bao nhiêu?", [], [], None, None),
    (None, "unanswerable", "Đài PT-TH Lam Hạ phải sản xuất bao nhiêu phóng sự về cải cách hành chính trong năm 2026?",
     [], [], None, None),
    (None, "abbreviation", "Đài truyền hình tỉnh phải làm bao nhiêu phóng sự chuyên đề về CĐS, hạn khi nào?",
     [(F1, "Sản xuất 24 phóng sự chuyên đề về chuyển đổi số ở cơ sở"), (F1, "Trước ngày 15/12/2026")],
     ["24 phóng sự", "15/12/2026"], None, None),
    (None, "who-what", "Các sở ban ngành phải gửi số điện thoại người phát ngôn về Sở trước ngày nào?",
     [(F1, "cập nhật số điện thoại người phát ngôn về Sở trước ngày 31/01/2026")],
     ["31/01/2026"], None, ["Các sở, ban, ngành"]),
    (None, "list", "Kế hoạch 27 của Sở TT&TT được xây dựng căn cứ những văn bản nào?",
     [(F1, "Căn cứ Kế hoạch số 112-KH/TU ngày 05/12/2025"),
      (F1, "Căn cứ Quyết định số 2418/QĐ-UBND ngày 26/12/2025")],
     ["112-KH/TU", "2418/QĐ-UBND"], None, None),
    (None, "no-diacritics", "thang 6 tuyen truyen chu de gi",
     [(F1, "101 năm Ngày Báo chí Cách mạng Việt Nam (21/6); Giải Báo chí tỉnh Lam Hạ lần thứ XII")],
     ["Ngày Báo chí Cách mạng Việt Nam"], None, None),
    (None, "unanswerable", "Kế hoạch tuyên truyền năm 2026 có chủ đề kỷ niệm 70 năm tái lập tỉnh Lam Hạ vào tháng nào?",
     [], [], None, None),
    ("g1", "no-diacritics", "giai nhat giai bao chi lam ha lan thu XII duoc thuong bao nhieu tien",
     [(F2, "Giải Nhất: 02 giải, mỗi giải 15.000.000 đồng")], ["15.000.000 đồng"], None, None),
    (None, "follow-up", "Còn giải khuyến khích?",
     [(F2, "Giải Khuyến khích: 10 giải, mỗi giải 3.000.000 đồng")], ["3.000.000 đồng"], "g1", None),
    (None, "unanswerable", "Giải đặc biệt của Giải Báo chí tỉnh Lam Hạ năm 2026 trị giá bao nhiêu?", [], [], None, None),
    ("hn", "factoid", "Hạn chót gửi tác phẩm dự giải báo chí tỉnh là khi nào?",
     [(F2, "nhận tác phẩm từ ngày 01/4/2026 đến 17 giờ 00 ngày 15/5/2026")], ["15/5/2026"], None, None),
    (None, "follow-up", "Gửi về địa chỉ nào?",
     [(F2, "Văn phòng Hội Nhà báo tỉnh Lam Hạ, số 18 đường Trần Khánh Dư")],
     ["số 18 đường Trần Khánh Dư"], "hn", None),
    (None, "no-diacritics", "tac pham du giai phai dang phat trong khoang thoi gian nao",
     [(F2, "từ ngày 01/5/2025 đến hết ngày 30/4/2026")], ["01/5/2025", "30/4/2026"], None, None),
    (None, "no-diacritics", "moi tac gia duoc gui toi da may tac pham du giai bao chi tinh",
     [(F2, "Mỗi tác giả hoặc nhóm tác giả gửi không quá 03 tác phẩm")], ["03 tác phẩm"], None, None),
    ("th45", "factoid", "Phóng sự truyền hình gửi dự giải được dài tối đa bao nhiêu phút?",
     [(F2, "độ phân giải tối thiểu Full HD, thời lượng không quá 45 phút")], ["45 phút"], None, None),
    (None, "follow-up", "the con phat thanh?",
     [(F2, "tệp âm thanh định dạng MP3, thời lượng không quá 30 phút")], ["30 phút"], "th45", None),
    (None, "metadata", "Thể lệ Giải Báo chí lần thứ XII ban hành kèm quyết định số mấy, ai ký?",
     [(F2, "Ban hành kèm theo Quyết định số 09/QĐ-HNB ngày 10/3/2026"), (F2, "(đã ký)\nMạc Đăng Khoa")],
     ["09/QĐ-HNB", "Mạc Đăng Khoa"], None, None),
    (None, "factoid", "Tổng giá trị giải thưởng của giải báo chí năm 2026 là bao nhiêu?",
     [(F2, "Tổng giá trị giải thưởng là 150.000.000 đồng")], ["150.000.000 đồng"], None, None),
    (None, "factoid", "Giải chuyên đề “Chuyển đổi số ở cơ sở” do ai tài trợ, trị giá bao nhiêu?",
     [(F2, "01 giải, trị giá 8.000.000 đồng do Sở Thông tin và Truyền thông tài trợ")],
     ["8.000.000 đồng", "Sở Thông tin và Truyền thông"], None, None),
    (None, "factoid", "Lễ trao giải báo chí tỉnh dự kiến tổ chức ngày nào, ở đâu?",
     [(F2, "Lễ trao Giải dự kiến tổ chức ngày 19/6/2026 tại Trung tâm Hội nghị tỉnh")],
     ["19/6/2026", "Trung tâm Hội nghị tỉnh"], None, None),
    (None, "no-diacritics", "vong chung khao giai bao chi tu ngay nao den ngay nao",
     [(F2, "vòng chung khảo từ ngày 06/6/2026 đến ngày 12/6/2026")], ["06/6/2026", "12/6/2026"], None, None),
    (None, "who-what", "Văn phòng Hội Nhà báo tỉnh chịu trách nhiệm những việc gì theo thể lệ giải?",
     [(F2, "Văn phòng Hội Nhà báo tỉnh là cơ quan thường trực của Ban Tổ chức, có trách nhiệm tiếp nhận, phân loại tác phẩm")],
     ["tiếp nhận, phân loại tác phẩm"], None, ["Văn phòng Hội Nhà báo tỉnh"]),
    (None, "who-what", "Báo Lam Hạ và Đài PT-TH phải đăng, phát thể lệ giải báo chí trong thời gian nào?",
     [(F2, "có trách nhiệm đăng, phát Thể lệ Giải từ ngày 15/3/2026 đến ngày 15/4/2026")],
     ["15/3/2026", "15/4/2026"], None, ["Báo Lam Hạ", "Đài Phát thanh và Truyền hình Lam Hạ"]),
    (None, "factoid", "Muốn hỏi về giải báo chí tỉnh thì liên hệ ai, số điện thoại bao nhiêu?",
     [(F2, "bà Phạm Thu Hiền, Phó Chánh Văn phòng Hội, điện thoại 0912 447 305")],
     ["Phạm Thu Hiền", "0912 447 305"], None, None),
    (None, "unanswerable", "Hội đồng Giám khảo chung khảo Giải Báo chí tỉnh lần thứ XII gồm bao nhiêu thành viên, ai làm chủ tịch hội đồng?",
     [], [], None, None),
    (None, "unanswerable", "Giải Báo chí tỉnh Lam Hạ lần thứ XI năm 2025 trao bao nhiêu giải Nhất?", [], [], None, None),
    (None, "list", "Giải Báo chí tỉnh lần thứ XII xét giải ở những loại hình báo chí nào?",
     [(F2, "Giải xét ở 05 loại hình: báo in; báo điện tử; phát thanh; truyền hình; ảnh báo chí")],
     ["05 loại hình", "ảnh báo chí"], None, None),
    (None, "no-diacritics", "chu de giai bao chi tinh nam 2026 la gi",
     [(F2, "Chủ đề Giải năm 2026: “Lam Hạ vươn mình trong kỷ nguyên số”")],
     ["Lam Hạ vươn mình trong kỷ nguyên số"], None, None),
    (None, "metadata", "CV 318/UBND-VHTT của huyện Khải Ninh ban hành ngày nào, về việc gì?",
     [(F3, "V/v chấn chỉnh, xử lý thông tin"), (F3, "Khải Ninh, ngày 08 tháng 4 năm 2026")],
     ["08 tháng 4 năm 2026", "chấn chỉnh, xử lý thông tin"], None, None),
    (None, "metadata", "Ai ký công văn của UBND huyện Khải Ninh về xử lý tin sai sự thật trên mạng?",
     [(F3, "(đã ký)\n\nNông Thị Lan Anh")], ["Nông Thị Lan Anh"], None, None),
    ("fb", "factoid", "Trang Facebook nào tung tin thu hồi đất ở xã Mộ Khê?",
     [(F3, "trang Facebook “Khải Ninh 24h” đăng tải thông tin thất thiệt")], ["Khải Ninh 24h"], None, None),
    (None, "follow-up", "Tin đó được bao nhiêu lượt chia sẻ?",
     [(F3, "thu hút hơn 3.400 lượt chia sẻ")], ["3.400"], "fb", None),
    (None, "who-what", "Công an huyện Khải Ninh được giao việc gì, báo cáo kết quả trước ngày nào?",
     [(F3, "xác minh, làm rõ chủ tài khoản trang Facebook “Khải Ninh 24h”"),
      (F3, "kết quả báo cáo Chủ tịch UBND huyện trước ngày 18/4/2026")],
     ["18/4/2026"], None, ["Công an huyện"]),
    (None, "who-what", "Phòng VH&TT huyện Khải Ninh có nhiệm vụ gì theo CV 318?",
     [(F3, "tham mưu UBND huyện phát hành thông cáo đính chính trong vòng 24 giờ kể từ khi phát hiện"),
      (F3, "báo cáo UBND huyện trước ngày 25/4/2026")],
     ["24 giờ", "25/4/2026"], None, ["Phòng Văn hóa và Thông tin huyện"]),
    (None, "who-what", "Các phòng ban, MTTQ và đoàn thể huyện Khải Ninh phải làm gì?",
     [(F3, "mỗi cơ quan cử 01 cán bộ tham gia mạng lưới cộng tác viên dư luận xã hội"),
      (F3, "gửi danh sách về Phòng Văn hóa và Thông tin trước ngày 15/4/2026")],
     ["01 cán bộ", "15/4/2026"], None, ["Các phòng, ban, ngành, Mặt trận và đoàn thể huyện"]),
    (None, "abbreviation", "Trung tâm VH-TT&TT huyện Khải Ninh phải phát tin đính chính trên hệ thống truyền thanh mấy lần/ngày?",
     [(F3, "ít nhất 03 lần/ngày trong 05 ngày liên tiếp")], ["03 lần/ngày", "05 ngày"], None, None),
    (None, "no-diacritics", "xa mo khe va giap lung phai doi thoai voi dan truoc ngay nao",
     [(F3, "tổ chức đối thoại, thông tin trực tiếp với Nhân dân trước ngày 20/4/2026")],
     ["20/4/2026"], None, ["UBND xã Mộ Khê", "UBND xã Giáp Lũng"]),
    ("hot", "no-diacritics", "so duong day nong bao tin gia cua huyen khai ninh",
     [(F3, "đường dây nóng của UBND huyện: 0235 3 880 118")], ["0235 3 880 118"], None, None),
    (None, "follow-up", "Còn cán bộ đầu mối là ai?",
     [(F3, "ông Vi Đức Hạnh, Phó Trưởng phòng Văn hóa và Thông tin huyện")], ["Vi Đức Hạnh"], "hot", None),
    (None, "unanswerable", "Chủ trang Khải Ninh 24h bị xử phạt hành chính bao nhiêu tiền?", [], [], None, None),
    (None, "unanswerable", "Công văn 613/STTTT-TTBCXB của Sở TT&TT hướng dẫn những nội dung gì?", [], [], None, None),
    (None, "abbreviation", "CV 318 của UBND huyện Khải Ninh thực hiện theo công văn nào của Sở TT&TT?",
     [(F3, "Thực hiện Công văn số 612/STTTT-TTBCXB ngày 31/3/2026")], ["612/STTTT-TTBCXB"], None, None),
    (None, "who-what", "Phòng Giáo dục và Đào tạo huyện Khải Ninh phải làm gì trước tin đồn dịch bệnh ở trường?",
     [(F3, "chỉ đạo Trường Tiểu học Giáp Lũng và các trường học trên địa bàn thông tin kịp thời, chính xác cho phụ huynh"),
      (F3, "phối hợp Trung tâm Y tế huyện trong trường hợp có thông tin về dịch bệnh")],
     ["Trung tâm Y tế huyện"], None, ["Phòng Giáo dục và Đào tạo huyện"]),
    (None, "no-diacritics", "tu 1/1 den 5/4/2026 phat hien bao nhieu tin bai sai su that lien quan huyen khai ninh, go duoc bao nhieu",
     [(F3, "phát hiện 29 tin, bài sai sự thật liên quan đến huyện Khải Ninh; phối hợp yêu cầu gỡ bỏ 17 tin, bài")],
     ["29 tin, bài", "17 tin, bài"], None, None),
    (None, "unanswerable", "Huyện Khải Ninh đã xử phạt bao nhiêu trường hợp chia sẻ tin giả trong quý I/2026?",
     [], [], None, None),
    (None, "factoid", "Giao ban báo chí tháng 5/2026 họp hôm nào, ai chủ trì?",
     [(F4, "Sáng thứ Ba, ngày 02/6/2026"),
      (F4, "Đồng chí Trương Công Bằng, Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy chủ trì Hội nghị")],
     ["02/6/2026", "Trương Công Bằng"], None, None),
    ("tb5", "factoid", "Trong tháng 5, báo chí đăng phát tổng cộng bao nhiêu tin bài về tỉnh?",
     [(F4, "đăng, phát 1.846 tin, bài về tỉnh Lam Hạ")], ["1.846"], None, None),
    (None, "follow-up", "Riêng Đài PT-TH Lam Hạ thì bao nhiêu?",
     [(F4, "Đài Phát thanh và Truyền hình Lam Hạ 638 tin, phóng sự")], ["638"], "tb5", None),
    (None, "factoid", "Báo Lam Hạ điện tử đăng sai số liệu gì hồi giữa tháng 5?",
     [(F4, "đăng sai số liệu giải ngân vốn đầu tư công của tỉnh (ghi 68% thay vì 38%)")], ["68%", "38%"], None, None),
    (None, "who-what", "Theo TB 41, Báo Lam Hạ phải làm gì và hạn chót khi nào?",
     [(F4, "Kiểm điểm, rút kinh nghiệm việc đăng sai số liệu giải ngân ngày 14/5/2026"),
      (F4, "Trước ngày 10/6/2026")], ["10/6/2026"], None, ["Báo Lam Hạ"]),
    (None, "who-what", "Hội Nhà báo tỉnh được giao việc gì tại giao ban báo chí tháng 5?",
     [(F4, "Hoàn thành chấm chung khảo, gửi danh sách tác phẩm đoạt giải về Ban Tuyên giáo Tỉnh ủy"),
      (F4, "Trước ngày 13/6/2026")], ["13/6/2026"], None, ["Hội Nhà báo tỉnh"]),
    (None, "who-what", "Công an tỉnh có nhiệm vụ gì theo thông báo kết luận giao ban báo chí?",
     [(F4, "Cung cấp thông tin định kỳ về tình hình an ninh mạng tại giao ban báo chí")],
     ["an ninh mạng", "Hằng tháng"], None, ["Công an tỉnh"]),
    ("gb6", "no-diacritics", "giao ban bao chi thang 6 hop luc may gio, ngay nao, o dau",
     [(F4, "tổ chức lúc 08 giờ 00, thứ Ba, ngày 07/7/2026, tại Phòng họp số 2")],
     ["08 giờ 00", "07/7/2026"], None, None),
    (None, "follow-up", "Sở TT&TT phải gửi báo cáo chuẩn bị cho cuộc họp đó trước ngày nào?",
     [(F4, "Sở Thông tin và Truyền thông chuẩn bị báo cáo, gửi Ban Tuyên giáo Tỉnh ủy trước ngày 03/7/2026")],
     ["03/7/2026"], "gb6", None),
    (None, "abbreviation", "TB 41-TB/BTGTU do ai ký, ban hành ngày nào?",
     [(F4, "PHÓ TRƯỞNG BAN THƯỜNG TRỰC\n(đã ký)\nTrương Công Bằng"), (F4, "Tuệ Lâm, ngày 05 tháng 6 năm 2026")],
     ["Trương Công Bằng", "05 tháng 6 năm 2026"], None, None),
    ("kh", "factoid", "Kỳ họp thứ Hai HĐND tỉnh khóa XI dự kiến khai mạc khi nào?",
     [(F4, "Kỳ họp thứ Hai, HĐND tỉnh khóa XI, dự kiến khai mạc ngày 09/7/2026")], ["09/7/2026"], None, None),
    (None, "follow-up", "Vậy bế mạc ngày nào?", [], [], "kh", None),
    (None, "unanswerable", "Thông báo kết luận giao ban báo chí tháng 4/2026 yêu cầu Báo Lam Hạ làm gì?", [], [], None, None),
    (None, "factoid", "Các cơ quan báo chí địa phương gửi kế hoạch tuyên truyền tháng 7 về đâu, trước ngày nào?",
     [(F4, "gửi kế hoạch tuyên truyền tháng 7/2026 về Ban Tuyên giáo Tỉnh ủy (qua Phòng Báo chí - Xuất bản) trước ngày 25/6/2026")],
     ["25/6/2026"], None, ["Các cơ quan báo chí địa phương"]),
    ("lt", "factoid", "Lễ trao Giải báo chí tỉnh lần thứ XII bắt đầu lúc mấy giờ?",
     [(F4, "tổ chức lúc 19 giờ 30 ngày 19/6/2026 tại Trung tâm Hội nghị tỉnh")], ["19 giờ 30"], None, None),
    (None, "follow-up", "Đài nào truyền hình trực tiếp, trên kênh gì?",
     [(F4, "Truyền hình trực tiếp Lễ trao Giải Báo chí tỉnh lần thứ XII trên kênh LHTV1")],
     ["LHTV1", "Đài Phát thanh và Truyền hình Lam Hạ"], "lt", None),
    (None, "list", "Định hướng tuyên truyền tháng 6/2026 theo thông báo giao ban gồm những nội dung gì?",
     [(F4, "Kỷ niệm 101 năm Ngày Báo chí Cách mạng Việt Nam (21/6/1925 - 21/6/2026)"),
      (F4, "Kỳ thi tốt nghiệp THPT năm 2026; Ngày Gia đình Việt Nam (28/6)")],
     ["Ngày Báo chí Cách mạng Việt Nam", "Ngày Gia đình Việt Nam"], None, None),
    (None, "unanswerable", "Văn phòng UBND tỉnh tổ chức tập huấn người phát ngôn ở đâu, kinh phí bao nhiêu?", [], [], None, None),
    (None, "who-what", "VP UBND tỉnh được giao nhiệm vụ gì tại TB 41?",
     [(F4, "Tổ chức tập huấn kỹ năng phát ngôn và cung cấp thông tin cho báo chí cho người phát ngôn các sở, ngành")],
     ["Trong tháng 7/2026"], None, ["Văn phòng UBND tỉnh"]),
    ("nx48", "no-diacritics", "huyen nghiem xuyen co tong cong bao nhieu cum loa thong minh",
     [(F5, "48 cụm loa ứng dụng công nghệ thông tin - viễn thông (cụm loa thông minh)")], ["48 cụm loa"], None, None),
    ("tc", "factoid", "Xã Tịch Cốc còn mấy thôn chưa có loa?",
     [(F5, "Ngọa Khê (02 thôn) và Tịch Cốc (02 thôn)")], ["02 thôn"], None, None),
    (None, "follow-up", "the xa ban sai?",
     [(F5, "tập trung tại các xã Bản Sài (03 thôn)")], ["03 thôn"], "tc", None),
    ("tl", "factoid", "Tỷ lệ cụm loa thông minh của huyện Nghiêm Xuyên hiện đạt bao nhiêu?",
     [(F5, "Tỷ lệ cụm loa thông minh mới đạt 34,8%")], ["34,8%"], None, None),
    (None, "follow-up", "Thế năm 2025 tỷ lệ này là bao nhiêu?", [], [], "tl", None),
    ("kp", "factoid", "Lộ trình thay thế, lắp mới cụm loa ở Nghiêm Xuyên cần tổng kinh phí bao nhiêu?",
     [(F5, "tổng kinh phí dự kiến 1.880.000.000 đồng (47 cụm, bình quân 40.000.000 đồng/cụm)")],
     ["1.880.000.000 đồng"], None, None),
    (None, "follow-up", "Năm 2027 làm bao nhiêu cụm?",
     [(F5, "năm 2027 thực hiện 27 cụm (1.080.000.000 đồng)")], ["27 cụm"], "kp", None),
    (None, "who-what", "Theo BC 64, UBND các xã, thị trấn phải làm gì với loa hỏng?",
     [(F5, "sửa chữa các cụm loa hư hỏng nhẹ từ nguồn ngân sách xã trước ngày 30/9/2026")],
     ["30/9/2026"], None, ["UBND các xã, thị trấn"]),
    (None, "who-what", "Phòng Tài chính - Kế hoạch huyện Nghiêm Xuyên được đề xuất giao việc gì?",
     [(F5, "giao Phòng Tài chính - Kế hoạch huyện thẩm định dự toán, hoàn thành trước ngày 31/8/2026")],
     ["31/8/2026"], None, ["Phòng Tài chính - Kế hoạch huyện"]),
    (None, "who-what", "Huyện Nghiêm Xuyên đề nghị Sở TT&TT hỗ trợ những gì?",
     [(F5, "hỗ trợ huyện 15 cụm loa thông minh từ nguồn Chương trình mục tiêu quốc gia năm 2026"),
      (F5, "04 xã nêu trên trong quý III/2026")],
     ["15 cụm loa thông minh", "quý III/2026"], None, ["Sở Thông tin và Truyền thông"]),
    (None, "no-diacritics", "nhung xa nao o nghiem xuyen nguoi phu trach dai truyen thanh chua duoc tap huan",
     [(F5, "04 xã (Ngọa Khê, Tịch Cốc, Bản Sài, Hồ Lệ)")], ["Ngọa Khê", "Hồ Lệ"], None, None),
    (None, "no-diacritics", "bao cao ra soat loa truyen thanh huyen nghiem xuyen so may, ai ky",
     [(F5, "PHÒNG VĂN HÓA VÀ THÔNG TIN\nSố: 64/BC-VHTT"), (F5, "TRƯỞNG PHÒNG\n(đã ký)\nLý Minh Đức")],
     ["64/BC-VHTT", "Lý Minh Đức"], None, None),
    (None, "who-what", "Trung tâm VH-TT&TT huyện Nghiêm Xuyên phải hỗ trợ các xã thế nào?",
     [(F5, "mỗi tháng cung cấp ít nhất 04 bản tin về chuyển đổi số và phòng, chống thông tin sai sự thật")],
     ["04 bản tin"], None, ["Trung tâm Văn hóa - Thông tin và Thể thao huyện"]),
    (None, "unanswerable", "Huyện Khải Ninh có bao nhiêu cụm loa thông minh?", [], [], None, None),
    (None, "unanswerable", "lap moi 1 cum loa co day o nghiem xuyen het bao nhieu tien", [], [], None, None),
    (None, "unanswerable", "Bao nhiêu đài truyền thanh xã ở Nghiêm Xuyên có chương trình phát bằng tiếng dân tộc thiểu số?",
     [], [], None, None),
    (None, "metadata", "Ai là người lập báo cáo rà soát đài truyền thanh cơ sở của huyện Nghiêm Xuyên?",
     [(F5, "bà Hà Thu Trang, chuyên viên Phòng Văn hóa và Thông tin, điện thoại 0978 221 604")],
     ["Hà Thu Trang"], None, None),
    (None, "corpus", "Những văn bản nào trong bộ tài liệu dẫn chiếu Kế hoạch số 27/KH-STTTT của Sở TT&TT?",
     [(F2, "Căn cứ Kế hoạch số 27/KH-STTTT ngày 14/01/2026"),
      (F3, "Kế hoạch số 27/KH-STTTT ngày 14/01/2026 của Sở Thông tin và Truyền thông"),
      (F4, "theo Kế hoạch số 27/KH-STTTT trước ngày 30/6/2026"),
      (F5, "Thực hiện Kế hoạch số 27/KH-STTTT ngày 14/01/2026")],
     ["27/KH-STTTT"], None, None),
    (None, "corpus", "Có mấy văn bản nói về Giải Báo chí tỉnh Lam Hạ lần thứ XII?",
     [(F1, "Tổ chức Giải Báo chí tỉnh Lam Hạ lần thứ XII"),
      (F2, "Thể lệ Giải Báo chí tỉnh Lam Hạ lần thứ XII năm 2026"),
      (F4, "tuyên truyền Lễ trao Giải Báo chí tỉnh Lam Hạ lần thứ XII")],
     ["Giải Báo chí tỉnh Lam Hạ lần thứ XII"], None, None),
    (None, "corpus", "Trong bộ văn bản, những văn bản nào do cấp huyện ban hành?",
     [(F3, "UBND HUYỆN KHẢI NINH"), (F5, "UBND HUYỆN NGHIÊM XUYÊN\nPHÒNG VĂN HÓA VÀ THÔNG TIN")],
     ["KHẢI NINH", "NGHIÊM XUYÊN"], None, None),
    (None, "corpus", "van ban nao trong bo tai lieu nhac den vu trang khai ninh 24h",
     [(F3, "trang Facebook “Khải Ninh 24h” đăng tải"),
      (F4, "Vụ việc trang “Khải Ninh 24h” lan truyền tin thu hồi đất tại xã Mộ Khê")],
     ["Khải Ninh 24h", "318/UBND-VHTT"], None, None),
    (None, "metadata", "Ban Tuyên giáo Tỉnh ủy có văn bản nào trong bộ này, số hiệu là gì?",
     [(F4, "Tuệ Lâm, ngày 05 tháng 6 năm 2026\nSố 41-TB/BTGTU")], ["41-TB/BTGTU"], None, None),
    (None, "unanswerable", "Hội Nông dân tỉnh được giao nhiệm vụ gì trong kế hoạch tuyên truyền năm 2026 của Sở TT&TT?",
     [], [], None, None),
    (None, "unanswerable", "Huyện Nghiêm Xuyên đã nhận bao nhiêu cụm loa thông minh từ Chương trình MTQG năm 2025?",
     [], [], None, None),
    (None, "unanswerable", "Email của Phòng Văn hóa và Thông tin huyện Nghiêm Xuyên là gì?", [], [], None, None),
    (None, "unanswerable", "Giải Ba của giải chuyên đề Chuyển đổi số ở cơ sở trị giá bao nhiêu?", [], [], None, None),
    (None, "unanswerable", "cong an huyen khai ninh da khoi to vu an nao lien quan trang khai ninh 24h chua",
     [], [], None, None),
    (None, "unanswerable", "Xã Vụ Lâm phải tổ chức đối thoại với Nhân dân về tin đồn thu hồi đất trước ngày nào?",
     [], [], None, None),
    (None, "unanswerable", "QĐ 10/QĐ-HNB của Hội Nhà báo tỉnh quy định nội dung gì?", [], [], None, None),
    (None, "unanswerable", "Báo Lam Hạ bị phạt bao nhiêu tiền vì đăng sai số liệu giải ngân?", [], [], None, None),
    (None, "unanswerable", "KH 27/KH-STTTT giao Tỉnh đoàn làm gì trong Tháng Thanh niên?", [], [], None, None),
    (None, "unanswerable", "Số lượt xem chuyên trang Lam Hạ số trên Báo Lam Hạ trong quý I là bao nhiêu?", [], [], None, None),
    (None, "unanswerable", "Thị trấn Xuyên Hà dự kiến được phân bổ bao nhiêu kinh phí năm 2026 để lắp cụm loa mới?",
     [], [], None, None),
    (None, "unanswerable", "Sở TT&TT hỗ trợ nội dung cho đài truyền thanh cơ sở năm 2025 bao nhiêu tiền?", [], [], None, None),
]


def write_questions():
    import json
    out, by_label = [], {}
    for i, (label, kind, q, ev, kw, hist, actors) in enumerate(QUESTIONS, 1):
        rec = {"id": f"rv{i:03d}", "question": nfc(q), "answerable": bool(ev), "kind": kind,
               "evidence": [{"source": f, "quote": nfc(t)} for f, t in ev],
               "keywords": [nfc(k) for k in kw]}
        if hist:
            rec["history"] = [by_label[hist]]
        if actors:
            rec["actors"] = [nfc(a) for a in actors]
        if label:
            by_label[label] = rec["question"]
        out.append(rec)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def _a(name, role, deadline, task):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": task}


WHO_WHAT = [
    {"id": "wrv01", "directive": "KH 27/KH-STTTT", "source": F1, "actors": [
        _a("Phòng Thông tin - Báo chí - Xuất bản", "chủ trì", "Trước ngày 25 của tháng liền trước",
           "Xây dựng, cung cấp định hướng và đề cương tuyên truyền theo chủ đề hằng tháng"),
        _a("Ban Tuyên giáo Tỉnh ủy", "phối hợp", "Trước ngày 25 của tháng liền trước",
           "Xây dựng, cung cấp định hướng và đề cương tuyên truyền theo chủ đề hằng tháng"),
        _a("Báo Lam Hạ", "chủ trì", "Quý I/2026",
           "Mở chuyên trang “Lam Hạ số” về khoa học, công nghệ và chuyển đổi số"),
        _a("Sở Khoa học và Công nghệ", "phối hợp", "Quý I/2026",
           "Mở chuyên trang “Lam Hạ số” về khoa học, công nghệ và chuyển đổi số"),
        _a("Đài Phát thanh và Truyền hình Lam Hạ", "chủ trì", "Trước ngày 15/12/2026",
           "Sản xuất 24 phóng sự chuyên đề về chuyển đổi số ở cơ sở"),
        _a("Sở Thông tin và Truyền thông", "phối hợp", "Trước ngày 15/12/2026",
           "Sản xuất 24 phóng sự chuyên đề về chuyển đổi số ở cơ sở"),
        _a("Báo Lam Hạ, Đài Phát thanh và Truyền hình Lam Hạ", None, None,
           "mỗi cơ quan duy trì ít nhất 01 chuyên mục cố định về chuyển đổi số, phát hằng tuần"),
        _a("Văn phòng UBND tỉnh", "chủ trì", "Thường xuyên",
           "Cập nhật chuyên mục tuyên truyền trên Cổng Thông tin điện tử tỉnh"),
        _a("Các sở, ban, ngành", None, "trước ngày 31/01/2026",
           "cập nhật số điện thoại người phát ngôn về Sở trước ngày 31/01/2026"),
        _a("Trung tâm Công nghệ thông tin và Truyền thông", "chủ trì", "trước ngày 30/9/2026",
           "vận hành Hệ thống thông tin nguồn của tỉnh; bảo đảm 100% đài truyền thanh cấp xã được kết nối trước ngày 30/9/2026"),
        _a("Hội Nhà báo tỉnh", "chủ trì", "Tháng 6/2026",
           "chủ trì tổ chức Giải Báo chí tỉnh Lam Hạ lần thứ XII năm 2026"),
        _a("UBND các huyện, thị xã, thành phố", "chủ trì", "Trước ngày 30/6/2026",
           "rà soát hệ thống đài truyền thanh cơ sở, báo cáo về Sở Thông tin và Truyền thông trước ngày 30/6/2026"),
        _a("Phòng Văn hóa và Thông tin cấp huyện", "phối hợp", "Trước ngày 30/6/2026",
           "Rà soát hiện trạng hệ thống đài truyền thanh cơ sở, báo cáo về Sở"),
        _a("Sở Văn hóa, Thể thao và Du lịch", None, None,
           "chỉ đạo tuyên truyền cổ động trực quan (pa-nô, áp phích, băng rôn) tại các tuyến phố chính vào dịp các ngày lễ lớn"),
    ], "intruders": ["Đinh Khắc Tuấn", "Bộ Thông tin và Truyền thông", "Lưu: VT, TTBCXB",
                     "UBND TỈNH LAM HẠ", "Thường trực Tỉnh ủy, UBND tỉnh", "Tạ Minh Châu"]},
    {"id": "wrv02", "directive": "QĐ 09/QĐ-HNB", "source": F2, "actors": [
        _a("Văn phòng Hội Nhà báo tỉnh", "chủ trì", None,
           "tham mưu thành lập Ban Tổ chức, Hội đồng Giám khảo sơ khảo và chung khảo"),
        _a("Văn phòng Hội Nhà báo tỉnh", "thường trực", None,
           "là cơ quan thường trực của Ban Tổ chức, có trách nhiệm tiếp nhận, phân loại tác phẩm và chuẩn bị Lễ trao Giải"),
        _a("Ban Tuyên giáo Tỉnh ủy", "phối hợp", None,
           "có trách nhiệm định hướng nội dung, cử đại diện tham gia Hội đồng Giám khảo chung khảo"),
        _a("Sở Thông tin và Truyền thông", "phối hợp", None,
           "bảo đảm kinh phí giải chuyên đề và phối hợp tuyên truyền về Giải"),
        _a("Báo Lam Hạ, Đài Phát thanh và Truyền hình Lam Hạ", None, "từ ngày 15/3/2026 đến ngày 15/4/2026",
           "có trách nhiệm đăng, phát Thể lệ Giải từ ngày 15/3/2026 đến ngày 15/4/2026"),
        _a("Các chi hội nhà báo trực thuộc", None, None,
           "phổ biến Thể lệ đến hội viên, lựa chọn và giới thiệu tác phẩm tiêu biểu"),
    ], "intruders": ["Mạc Đăng Khoa", "Hội Nhà báo Việt Nam", "Lưu: VP Hội", "Phạm Thu Hiền"]},
    {"id": "wrv03", "directive": "CV 318/UBND-VHTT", "source": F3, "actors": [
        _a("Phòng Văn hóa và Thông tin huyện", "chủ trì", "trước ngày 25/4/2026",
           "tham mưu UBND huyện phát hành thông cáo đính chính trong vòng 24 giờ kể từ khi phát hiện"),
        _a("Công an huyện", "phối hợp", "trước ngày 18/4/2026",
           "xác minh, làm rõ chủ tài khoản trang Facebook “Khải Ninh 24h”"),
        _a("Trung tâm Văn hóa - Thông tin và Thể thao huyện", "chủ trì", None,
           "đăng tải thông tin chính thống, bài đính chính trên Trang thông tin điện tử huyện"),
        _a("Ủy ban nhân dân các xã, thị trấn", None, None,
           "chỉ đạo đài truyền thanh xã, Tổ công nghệ số cộng đồng tuyên truyền Nhân dân không tin, không chia sẻ thông tin chưa kiểm chứng"),
        _a("UBND xã Mộ Khê", None, "trước ngày 20/4/2026",
           "tổ chức đối thoại, thông tin trực tiếp với Nhân dân trước ngày 20/4/2026"),
        _a("UBND xã Giáp Lũng", None, "trước ngày 20/4/2026",
           "tổ chức đối thoại, thông tin trực tiếp với Nhân dân trước ngày 20/4/2026"),
        _a("Phòng Giáo dục và Đào tạo huyện", None, None,
           "chỉ đạo Trường Tiểu học Giáp Lũng và các trường học trên địa bàn thông tin kịp thời, chính xác cho phụ huynh"),
        _a("Trung tâm Y tế huyện", "phối hợp", None,
           "phối hợp Trung tâm Y tế huyện trong trường hợp có thông tin về dịch bệnh"),
        _a("Các phòng, ban, ngành, Mặt trận và đoàn thể huyện", None, "trước ngày 15/4/2026",
           "mỗi cơ quan cử 01 cán bộ tham gia mạng lưới cộng tác viên dư luận xã hội"),
        _a("Văn phòng HĐND và UBND huyện", None, None,
           "cập nhật danh sách người phát ngôn, chủ động cung cấp thông tin cho báo chí"),
    ], "intruders": ["Nông Thị Lan Anh", "Sở TT&TT tỉnh (b/c)", "Lưu: VT, VHTT",
                     "TT Huyện ủy, TT HĐND huyện", "UBND HUYỆN KHẢI NINH", "Vi Đức Hạnh"]},
    {"id": "wrv04", "directive": "TB 41-TB/BTGTU", "source": F4, "actors": [
        _a("Báo Lam Hạ", None, "Trước ngày 10/6/2026",
           "Kiểm điểm, rút kinh nghiệm việc đăng sai số liệu giải ngân ngày 14/5/2026"),
        _a("Đài Phát thanh và Truyền hình Lam Hạ", None, "Ngày 19/6/2026",
           "Truyền hình trực tiếp Lễ trao Giải Báo chí tỉnh lần thứ XII trên kênh LHTV1"),
        _a("Hội Nhà báo tỉnh", None, "Trước ngày 13/6/2026",
           "Hoàn thành chấm chung khảo, gửi danh sách tác phẩm đoạt giải về Ban Tuyên giáo Tỉnh ủy"),
        _a("Sở Thông tin và Truyền thông", None, "Hằng tuần, gửi trước 16 giờ thứ Sáu",
           "Tổng hợp danh sách thông tin sai sự thật, đề nghị các nền tảng xuyên biên giới gỡ bỏ"),
        _a("Sở Thông tin và Truyền thông", None, "trước ngày 30/6/2026",
           "hướng dẫn UBND các huyện, thị xã, thành phố hoàn thành báo cáo rà soát hệ thống đài truyền thanh cơ sở"),
        _a("Sở Thông tin và Truyền thông", None, "trước ngày 03/7/2026",
           "Sở Thông tin và Truyền thông chuẩn bị báo cáo, gửi Ban Tuyên giáo Tỉnh ủy trước ngày 03/7/2026"),
        _a("UBND các huyện, thị xã, thành phố", None, "trước ngày 30/6/2026",
           "hoàn thành báo cáo rà soát hệ thống đài truyền thanh cơ sở theo Kế hoạch số 27/KH-STTTT"),
        _a("Văn phòng UBND tỉnh", None, "Trong tháng 7/2026",
           "Tổ chức tập huấn kỹ năng phát ngôn và cung cấp thông tin cho báo chí"),
        _a("Công an tỉnh", None, "Hằng tháng",
           "Cung cấp thông tin định kỳ về tình hình an ninh mạng tại giao ban báo chí"),
        _a("Các cơ quan báo chí địa phương", None, "trước ngày 25/6/2026",
           "gửi kế hoạch tuyên truyền tháng 7/2026 về Ban Tuyên giáo Tỉnh ủy"),
    ], "intruders": ["Trương Công Bằng", "Thường trực Tỉnh ủy", "Lưu: VP, Phòng BCXB",
                     "TỈNH ỦY LAM HẠ", "Đàm Quốc Vinh"]},
    {"id": "wrv05", "directive": "BC 64/BC-VHTT", "source": F5, "actors": [
        _a("Sở Thông tin và Truyền thông", None, "trong quý III/2026",
           "hỗ trợ huyện 15 cụm loa thông minh từ nguồn Chương trình mục tiêu quốc gia năm 2026"),
        _a("UBND huyện", None, None, "bố trí kinh phí năm 2026 và năm 2027 theo lộ trình"),
        _a("Phòng Tài chính - Kế hoạch huyện", None, "trước ngày 31/8/2026",
           "thẩm định dự toán, hoàn thành trước ngày 31/8/2026"),
        _a("UBND các xã, thị trấn", None, "trước ngày 30/9/2026",
           "sửa chữa các cụm loa hư hỏng nhẹ từ nguồn ngân sách xã trước ngày 30/9/2026"),
        _a("UBND xã Bản Sài", None, "trước ngày 15/7/2026",
           "lập danh mục vị trí lắp đặt cụm loa mới gửi Phòng Văn hóa và Thông tin trước ngày 15/7/2026"),
        _a("UBND xã Tịch Cốc", None, "trước ngày 15/7/2026",
           "lập danh mục vị trí lắp đặt cụm loa mới gửi Phòng Văn hóa và Thông tin trước ngày 15/7/2026"),
        _a("Trung tâm Văn hóa - Thông tin và Thể thao huyện", None, "mỗi tháng",
           "hỗ trợ kỹ thuật cho các xã; mỗi tháng cung cấp ít nhất 04 bản tin"),
    ], "intruders": ["Lý Minh Đức", "Hà Thu Trang", "Lưu: VT, VHTT", "UBND HUYỆN NGHIÊM XUYÊN",
                     "Sở TT&TT tỉnh Lam Hạ (b/c)"]},
]


def write_who_what():
    import json
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WHO_WHAT:
            w = json.loads(nfc(json.dumps(w, ensure_ascii=False)))
            f.write(json.dumps(w, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build_all()
    write_questions()
    write_who_what()
    print("built")
