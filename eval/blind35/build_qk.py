# -*- coding: utf-8 -*-
"""Build the 5 corpus files of eval set blind35 (tỉnh Hòa Phong).

All texts are invented. Run with /work/main/.venv/bin/python build_qk.py
Writes corpus/qk01_kh_ubnd_tinh.docx, qk02_cv_sgddt.txt, qk03_qd_hoithi.pdf,
qk04_bc_xa_hanhlam.md, qk05_tb_huyenuy.txt
"""
import os
import textwrap
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# qk01 — Kế hoạch của UBND tỉnh (docx, Word list numbering + task table)
# ---------------------------------------------------------------------------
QK01_HEADER = [
    ("ỦY BAN NHÂN DÂN\nTỈNH HÒA PHONG\n\nSố: 142/KH-UBND",
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
     "Hòa Phong, ngày 12 tháng 3 năm 2026"),
]

QK01 = [
    ("title", "KẾ HOẠCH"),
    ("subtitle", "Triển khai phong trào “Bình dân học vụ số” và phát triển khoa học, công nghệ, "
                 "đổi mới sáng tạo, chuyển đổi số trên địa bàn tỉnh năm 2026"),
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển "
          "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Căn cứ Chương trình hành động số 35-CTr/TU ngày 20/02/2025 của Tỉnh ủy Hòa Phong thực hiện "
          "Nghị quyết của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và "
          "chuyển đổi số;"),
    ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("num1", "Mục đích"),
    ("bul", "Phổ cập kỹ năng số cơ bản cho cán bộ, công chức, viên chức và người dân, bảo đảm không ai bị "
            "bỏ lại phía sau trong quá trình chuyển đổi số."),
    ("num", "Yêu cầu"),
    ("bul", "Các sở, ban, ngành, địa phương xác định rõ trách nhiệm của người đứng đầu; lồng ghép nhiệm vụ "
            "của Kế hoạch vào chương trình công tác năm 2026 của đơn vị."),
    ("h", "II. CHỈ TIÊU CHỦ YẾU NĂM 2026"),
    ("bul", "100% cán bộ, công chức, viên chức cấp tỉnh, cấp huyện và cấp xã được bồi dưỡng kỹ năng số cơ "
            "bản trước ngày 30/9/2026."),
    ("bul", "Ít nhất 75% người dân trong độ tuổi từ 15 đến 60 được phổ cập kỹ năng số cơ bản thông qua "
            "phong trào “Bình dân học vụ số”."),
    ("bul", "Duy trì 100% thôn, tổ dân phố có Tổ công nghệ số cộng đồng hoạt động thường xuyên; toàn tỉnh "
            "có không dưới 1.180 Tổ với khoảng 6.500 thành viên."),
    ("bul", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình đạt từ 80% "
            "trở lên."),
    ("bul", "Đặt hàng 12 nhiệm vụ khoa học và công nghệ cấp tỉnh; hỗ trợ ít nhất 40 doanh nghiệp nhỏ và "
            "vừa ứng dụng công nghệ số trong sản xuất, kinh doanh."),
    ("bul", "100% trường trung học cơ sở, trung học phổ thông tổ chức dạy học theo định hướng giáo dục "
            "STEM; thí điểm giáo dục trí tuệ nhân tạo tại 30 trường."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("num1", "Đẩy mạnh tuyên truyền, nâng cao nhận thức"),
    ("p", "Tuyên truyền sâu rộng về vai trò của khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
          "trên Báo và Phát thanh, Truyền hình Hòa Phong, Cổng thông tin điện tử tỉnh, hệ thống truyền "
          "thanh cơ sở và mạng xã hội. Mỗi tháng đăng tải ít nhất 04 tin, bài, phóng sự chuyên đề về "
          "phong trào “Bình dân học vụ số”."),
    ("num", "Phổ cập kỹ năng số cho người dân"),
    ("p", "Tổ chức các lớp hướng dẫn kỹ năng số tại nhà văn hóa thôn, tổ dân phố vào buổi tối và ngày "
          "nghỉ; nội dung tập trung vào cài đặt và sử dụng ứng dụng định danh điện tử, dịch vụ công trực "
          "tuyến, thanh toán không dùng tiền mặt, nhận diện tin giả và lừa đảo trực tuyến."),
    ("num", "Phát triển khoa học, công nghệ và đổi mới sáng tạo"),
    ("p", "Khuyến khích các huyện, thị xã, thành phố tổ chức hội thi ý tưởng "
          "sáng tạo, lựa chọn ý tưởng tiêu biểu tham gia Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Hòa "
          "Phong lần thứ IV, dự kiến tổ chức vào tháng 11/2026."),
    ("num", "Chuyển đổi số trong giáo dục và đào tạo"),
    ("p", "Triển khai giáo dục STEM ở các cấp học phổ thông; xây dựng và thí điểm nội dung giáo dục trí "
          "tuệ nhân tạo tại 30 trường (18 trường trung học cơ sở và 12 trường trung học phổ thông) từ năm "
          "học 2026 - 2027."),
    ("num", "Phát triển hạ tầng số"),
    ("p", "Phối hợp với các doanh nghiệp viễn thông phủ sóng di động băng rộng tại 37 thôn, bản còn "
          "“vùng lõm” sóng; bảo đảm 100% trường học, trạm y tế xã, nhà văn hóa thôn có kết nối Internet "
          "cáp quang trước ngày 31/12/2026."),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch năm 2026 dự kiến là 18,6 tỷ đồng, trong đó: ngân sách tỉnh "
          "12,4 tỷ đồng; ngân sách cấp huyện, cấp xã 4,2 tỷ đồng; nguồn xã hội hóa và các nguồn hợp pháp "
          "khác 2,0 tỷ đồng. Các đơn vị lập dự toán chi tiết gửi Sở Tài chính thẩm định theo quy định."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("num1", "Phân công nhiệm vụ cụ thể"),
    ("table", [
        ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        ["1", "Xây dựng tài liệu và tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức",
         "Sở Nội vụ", "Sở Khoa học và Công nghệ; UBND các huyện, thị xã, thành phố", "Trước ngày 30/9/2026"],
        ["2", "Tổ chức Ngày hội “Bình dân học vụ số” cấp tỉnh", "Sở Khoa học và Công nghệ",
         "Tỉnh đoàn Hòa Phong; Bưu điện tỉnh Hòa Phong", "Tháng 8/2026"],
        ["3", "Triển khai giáo dục STEM; thí điểm giáo dục trí tuệ nhân tạo tại 30 trường",
         "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ; Trường Đại học Hòa Phong",
         "Năm học 2026 - 2027"],
        ["4", "Đặt hàng 12 nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2026", "Sở Khoa học và Công nghệ",
         "Sở Tài chính; các sở, ngành liên quan", "Trước ngày 31/5/2026"],
        ["5", "Thẩm định, bố trí kinh phí thực hiện Kế hoạch", "Sở Tài chính", "Sở Khoa học và Công nghệ",
         "Quý II/2026"],
        ["6", "Phủ sóng di động tại 37 thôn, bản “vùng lõm” sóng", "Sở Khoa học và Công nghệ",
         "Viettel Hòa Phong; VNPT Hòa Phong; UBND các huyện", "Trước ngày 31/12/2026"],
    ]),
    ("num", "Trách nhiệm của các cơ quan, đơn vị"),
    ("bul", "Sở Khoa học và Công nghệ là cơ quan thường trực, có trách nhiệm chủ trì hướng dẫn, theo dõi, "
            "đôn đốc các đơn vị triển khai Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh định kỳ hằng "
            "quý (trước ngày 20 của tháng cuối quý) và báo cáo tổng kết năm trước ngày 15/12/2026."),
    ("bul", "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Trường Đại học Hòa Phong xây dựng chương trình, "
            "tài liệu thí điểm giáo dục trí tuệ nhân tạo, hoàn thành trước ngày 15/8/2026; hướng dẫn các "
            "Phòng Giáo dục và Đào tạo tổ chức Ngày hội STEM các cấp."),
    ("bul", "Sở Nội vụ chủ trì xây dựng chương trình bồi dưỡng kỹ năng số cho cán bộ, công chức, viên "
            "chức; đưa kết quả thực hiện Kế hoạch vào tiêu chí đánh giá, xếp loại thi đua năm 2026."),
    ("bul", "Sở Văn hóa, Thể thao và Du lịch chỉ đạo hệ thống thư viện công cộng bố trí không gian “Góc "
            "học tập số”, phối hợp với các cơ quan báo chí đẩy mạnh thông tin, tuyên truyền."),
    ("bul", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối "
            "hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tích cực tham gia học tập kỹ năng "
            "số, sử dụng dịch vụ công trực tuyến."),
    ("bul", "Tỉnh đoàn Hòa Phong chỉ đạo thành lập đội hình thanh niên tình nguyện “Bình dân học vụ số”, "
            "bảo đảm mỗi xã, phường, thị trấn có ít nhất 01 đội hình hoạt động trong các tháng cao điểm "
            "hè (tháng 6 đến tháng 8/2026)."),
    ("bul", "Ủy ban nhân dân các huyện, thị xã, thành phố xây dựng kế hoạch triển khai trên địa bàn, gửi "
            "về Sở Khoa học và Công nghệ trước ngày 15/4/2026; chỉ đạo Ủy ban nhân dân cấp xã kiện toàn "
            "Tổ công nghệ số cộng đồng, bố trí kinh phí hoạt động cho các Tổ."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Khoa học và "
          "Công nghệ (qua Phòng Quản lý công nghệ và Chuyển đổi số; đầu mối liên hệ: ông Đỗ Minh Khải, "
          "Phó Trưởng phòng, điện thoại 0912 406 338, thư điện tử khaidm.skhcn@hoaphong.gov.vn) để tổng "
          "hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết./."),
]

QK01_FOOT = (
    "Nơi nhận:\n- Bộ Khoa học và Công nghệ (để b/c);\n- Thường trực Tỉnh ủy, Thường trực HĐND tỉnh (để b/c);\n"
    "- Chủ tịch, các PCT UBND tỉnh;\n- Ban Tuyên giáo và Dân vận Tỉnh ủy;\n- Các sở, ban, ngành tỉnh;\n"
    "- UBND các huyện, thị xã, thành phố;\n- Lưu: VT, KGVX.",
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nTạ Quang Hiển",
)


def _new_num(doc, style_name="List Number"):
    """Create a new w:num restarting the list used by style_name; return its numId."""
    numbering = doc.part.numbering_part.element
    style = doc.styles[style_name]
    numpr = style.element.pPr.find(qn("w:numPr"))
    style_num_id = numpr.find(qn("w:numId")).get(qn("w:val"))
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == style_num_id:
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(ids) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), abstract_id)
    num.append(a)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return new_id


def _set_num(par, num_id):
    pPr = par._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numPr.append(ilvl)
    numPr.append(nid)
    pPr.append(numPr)


def _cell_text(cell, text, bold=False, center=True):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(N(line))
        r.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def build_qk01(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    t = doc.add_table(rows=1, cols=2)
    left, right = QK01_HEADER[0]
    _cell_text(t.rows[0].cells[0], left, bold=True)
    _cell_text(t.rows[0].cells[1], right, bold=True)
    cur_num = None
    for kind, *rest in QK01:
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(N(rest[0])).bold = True
        elif kind == "subtitle":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(N(rest[0])).bold = True
        elif kind == "h":
            p = doc.add_paragraph()
            p.add_run(N(rest[0])).bold = True
        elif kind == "p":
            doc.add_paragraph(N(rest[0]))
        elif kind == "bul":
            doc.add_paragraph(N(rest[0]), style="List Bullet")
        elif kind in ("num", "num1"):
            if kind == "num1" or cur_num is None:
                cur_num = _new_num(doc)
            p = doc.add_paragraph(style="List Number")
            p.add_run(N(rest[0])).bold = True
            _set_num(p, cur_num)
        elif kind == "table":
            rows = rest[0]
            tb = doc.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    _cell_text(tb.rows[i].cells[j], val, bold=(i == 0), center=(j in (0, 4) or i == 0))
    ft = doc.add_table(rows=1, cols=2)
    _cell_text(ft.rows[0].cells[0], QK01_FOOT[0], center=False)
    _cell_text(ft.rows[0].cells[1], QK01_FOOT[1], bold=True)
    doc.save(path)


# ---------------------------------------------------------------------------
# qk02 — Công văn của Sở GD&ĐT (txt, two-column header, hard-wrapped as if copied from PDF)
# ---------------------------------------------------------------------------
QK02_HEAD = """\
UBND TỈNH HÒA PHONG                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                     Độc lập - Tự do - Hạnh phúc
                                         ---------------------------
Số: 611/SGDĐT-GDTrH                   Hòa Phong, ngày 02 tháng 4 năm 2026
V/v triển khai giáo dục STEM và thí
điểm giáo dục trí tuệ nhân tạo năm
học 2026 - 2027

"""

QK02_BODY = [
    "Kính gửi:",
    "- Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;",
    "- Hiệu trưởng các trường trung học phổ thông, trường phổ thông dân tộc nội trú trực thuộc Sở;",
    "- Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên các huyện.",
    "",
    "Thực hiện Kế hoạch số 142/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh về triển khai phong trào "
    "“Bình dân học vụ số” và phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số trên địa bàn "
    "tỉnh năm 2026, Sở Giáo dục và Đào tạo (GD&ĐT) đề nghị các đơn vị triển khai một số nội dung sau:",
    "",
    "1. Rà soát điều kiện tổ chức dạy học STEM",
    "Các đơn vị rà soát đội ngũ giáo viên, phòng học bộ môn, thiết bị dạy học hiện có phục vụ giáo dục "
    "STEM; xây dựng kế hoạch dạy học STEM năm học 2026 - 2027, bảo đảm mỗi khối lớp tổ chức tối thiểu 04 "
    "chủ đề/bài học STEM trong năm học. Báo cáo kết quả rà soát (theo Mẫu số 01 đính kèm) gửi về Sở qua "
    "Phòng Giáo dục Trung học trước ngày 25/4/2026. Phòng GD&ĐT các huyện, thị xã, thành phố tổng hợp số "
    "liệu của các trường trung học cơ sở trên địa bàn, không yêu cầu các trường gửi trực tiếp về Sở.",
    "",
    "2. Thí điểm giáo dục trí tuệ nhân tạo",
    "Căn cứ đề xuất của các đơn vị, Sở đã lựa chọn 30 trường tham gia thí điểm giáo dục trí tuệ nhân tạo "
    "(AI) từ năm học 2026 - 2027, gồm 18 trường trung học cơ sở và 12 trường trung học phổ thông (danh "
    "sách tại Phụ lục kèm theo). Nội dung thí điểm được tổ chức trong giờ hoạt động trải nghiệm và câu "
    "lạc bộ, thời lượng 35 tiết/năm học, không làm tăng số tiết chính khóa của học sinh. Các trường trong "
    "danh sách thí điểm chủ động bố trí phòng học có máy tính kết nối Internet; trường chưa đủ điều kiện "
    "báo cáo về Sở trước ngày 10/5/2026 để được hỗ trợ.",
    "",
    "3. Bồi dưỡng giáo viên cốt cán",
    "Sở tổ chức 02 đợt tập huấn giáo viên cốt cán dạy học STEM và AI:",
    "- Đợt 1: từ ngày 15/6/2026 đến ngày 19/6/2026 tại Trường Đại học Hòa Phong, dành cho giáo viên các "
    "trường trung học cơ sở;",
    "- Đợt 2: từ ngày 06/7/2026 đến ngày 10/7/2026 tại Trường THPT chuyên Hòa Phong, dành cho giáo viên "
    "các trường trung học phổ thông.",
    "Mỗi trường thí điểm cử 02 giáo viên (01 giáo viên Tin học và 01 giáo viên Khoa học tự nhiên hoặc Vật "
    "lý) tham gia; danh sách gửi về Sở trước ngày 30/5/2026. Kinh phí ăn, ở, đi lại của học viên do đơn "
    "vị cử người đi học chi trả theo quy định.",
    "",
    "4. Ngày hội STEM các cấp",
    "Phòng GD&ĐT các huyện, thị xã, thành phố tổ chức Ngày hội STEM cấp huyện trong tháng 11/2026, lựa "
    "chọn 03 sản phẩm tiêu biểu tham gia Ngày hội STEM cấp tỉnh. Ngày hội STEM cấp tỉnh dự kiến tổ chức "
    "ngày 12/12/2026 tại Nhà Thiếu nhi tỉnh Hòa Phong. Khuyến khích các đơn vị lồng ghép Ngày hội STEM "
    "với hội thi ý tưởng sáng tạo do Ủy ban nhân dân cấp huyện tổ chức.",
    "",
    "5. Phổ cập kỹ năng số cho người dân",
    "Các Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên phối hợp với Ủy ban nhân dân cấp xã mở "
    "lớp phổ cập kỹ năng số cho người dân theo phong trào “Bình dân học vụ số”, mỗi Trung tâm tổ chức ít "
    "nhất 06 lớp trong năm 2026; ưu tiên người lao động tự do, người cao tuổi và phụ nữ vùng đồng bào "
    "dân tộc thiểu số.",
    "",
    "6. Kinh phí",
    "Kinh phí triển khai được bố trí từ nguồn chi thường xuyên của các đơn vị và nguồn ngân sách tỉnh "
    "theo Kế hoạch số 142/KH-UBND. Mỗi trường thí điểm giáo dục trí tuệ nhân tạo được hỗ trợ 45 triệu "
    "đồng để mua sắm bộ thiết bị robot, cảm biến và học liệu số; Sở sẽ có hướng dẫn thanh toán riêng.",
    "",
    "7. Bảo đảm an toàn thông tin và dữ liệu học sinh",
    "Khi sử dụng các nền tảng, ứng dụng trí tuệ nhân tạo, các đơn vị tuyệt đối không đưa dữ liệu cá nhân "
    "của học sinh lên các nền tảng chưa được Sở thẩm định; hướng dẫn học sinh sử dụng công cụ AI đúng mục "
    "đích học tập, trung thực trong kiểm tra, đánh giá.",
    "",
    "8. Chế độ thông tin, báo cáo",
    "Các đơn vị báo cáo kết quả thực hiện định kỳ hằng quý, gửi về Sở trước ngày 15 của tháng cuối quý "
    "qua hệ thống quản lý văn bản điều hành; báo cáo tổng kết năm học gửi trước ngày 05/6/2027.",
    "",
    "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ bà Nguyễn Thị Hồng Nhung, chuyên viên "
    "Phòng Giáo dục Trung học, điện thoại 0235 3812 447, thư điện tử nhungnth@hoaphong.edu.vn để được "
    "hướng dẫn.",
    "",
    "Sở GD&ĐT đề nghị các đơn vị nghiêm túc triển khai thực hiện./.",
    "",
]

QK02_FOOT = """\
Nơi nhận:                                       KT. GIÁM ĐỐC
- Như trên;                                     PHÓ GIÁM ĐỐC
- UBND tỉnh (để b/c);
- Sở Khoa học và Công nghệ (để p/h);              (Đã ký)
- Giám đốc, các PGĐ Sở;
- Lưu: VT, GDTrH.                              Hoàng Văn Tuệ
"""


def build_qk02(path, width=71):
    out = [QK02_HEAD]
    for para in QK02_BODY:
        if not para:
            out.append("\n")
            continue
        out.append(textwrap.fill(para, width=width, break_long_words=False,
                                 break_on_hyphens=False) + "\n")
    out.append(QK02_FOOT)
    with open(path, "w", encoding="utf-8") as f:
        f.write(N("".join(out)))


# ---------------------------------------------------------------------------
# qk03 — Quyết định của UBND huyện + Thể lệ kèm theo (pdf, text layer)
# ---------------------------------------------------------------------------
QK03 = [
    ("hdr", "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("hdr", "HUYỆN KIẾN MỸ", "Độc lập - Tự do - Hạnh phúc"),
    ("gap",),
    ("hdr_n", "Số: 2318/QĐ-UBND", "Kiến Mỹ, ngày 20 tháng 4 năm 2026"),
    ("gap",),
    ("c", "QUYẾT ĐỊNH"),
    ("cn", "Về việc tổ chức Hội thi “Ý tưởng sáng tạo số” huyện Kiến Mỹ năm 2026"),
    ("gap",),
    ("c", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN KIẾN MỸ"),
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"),
    ("p", "Căn cứ Kế hoạch số 142/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh Hòa Phong về triển khai "
          "phong trào “Bình dân học vụ số” và phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi "
          "số trên địa bàn tỉnh năm 2026;"),
    ("p", "Căn cứ Kế hoạch số 65/KH-UBND ngày 09/4/2026 của Ủy ban nhân dân huyện về chuyển đổi số và "
          "phong trào “Bình dân học vụ số” trên địa bàn huyện năm 2026;"),
    ("p", "Theo đề nghị của Trưởng phòng Văn hóa, Khoa học và Thông tin huyện tại Tờ trình số "
          "38/TTr-VHKHTT ngày 15/4/2026."),
    ("c", "QUYẾT ĐỊNH:"),
    ("p", "Điều 1. Tổ chức Hội thi “Ý tưởng sáng tạo số” huyện Kiến Mỹ năm 2026 (sau đây gọi là Hội thi) "
          "và ban hành kèm theo Quyết định này Thể lệ Hội thi."),
    ("p", "Điều 2. Thành lập Ban Tổ chức Hội thi, gồm các ông, bà có tên sau:"),
    ("p", "1. Bà Phan Thị Diệu Linh, Phó Chủ tịch UBND huyện - Trưởng ban;"),
    ("p", "2. Ông Vũ Đình Lập, Trưởng phòng Văn hóa, Khoa học và Thông tin huyện - Phó Trưởng ban thường "
          "trực;"),
    ("p", "3. Ông Mạc Văn Thắng, Trưởng phòng Giáo dục và Đào tạo huyện - Phó Trưởng ban;"),
    ("p", "4. Bà Ninh Thị Hoa, Bí thư Huyện đoàn - Ủy viên;"),
    ("p", "5. Ông Đặng Quốc Khánh, Phó Trưởng phòng Tài chính - Kế hoạch huyện - Ủy viên;"),
    ("p", "6. Bà Khổng Thị Yến, chuyên viên Phòng Văn hóa, Khoa học và Thông tin huyện - Ủy viên, Thư ký."),
    ("p", "Ban Tổ chức có trách nhiệm thành lập Ban Giám khảo và Tổ Thư ký giúp việc; tổ chức Hội thi theo "
          "đúng Thể lệ; Ban Tổ chức tự giải thể sau khi hoàn thành nhiệm vụ."),
    ("p", "Điều 3. Tổ chức thực hiện"),
    ("p", "1. Giao Phòng Văn hóa, Khoa học và Thông tin chủ trì, phối hợp với Phòng Giáo dục và Đào tạo, "
          "Huyện đoàn Kiến Mỹ và Trung tâm Văn hóa - Thể thao và Truyền thông huyện tổ chức Hội thi; tổng "
          "hợp kết quả, báo cáo Chủ tịch UBND huyện trước ngày 10/10/2026."),
    ("p", "2. Phòng Tài chính - Kế hoạch thẩm định dự toán, tham mưu bố trí kinh phí tổ chức Hội thi "
          "186.000.000 đồng (Một trăm tám mươi sáu triệu đồng) từ nguồn sự nghiệp khoa học và công nghệ "
          "năm 2026 của huyện."),
    ("p", "3. Phòng Giáo dục và Đào tạo chỉ đạo các trường trung học cơ sở tuyên truyền, hướng dẫn học sinh "
          "tham gia Bảng A; mỗi trường gửi ít nhất 02 ý tưởng."),
    ("p", "4. Huyện đoàn Kiến Mỹ vận động đoàn viên, thanh niên tham gia Bảng B; hỗ trợ hoàn thiện hồ sơ, "
          "quay video giới thiệu ý tưởng."),
    ("p", "5. Trung tâm Văn hóa - Thể thao và Truyền thông huyện đưa tin về Hội thi trên trang thông tin "
          "điện tử và hệ thống truyền thanh huyện; bố trí hội trường, âm thanh cho vòng chung khảo."),
    ("p", "6. Ủy ban nhân dân các xã, thị trấn tuyên truyền, vận động, lựa chọn và gửi ít nhất 03 ý "
          "tưởng/xã, thị trấn về Ban Tổ chức."),
    ("p", "Điều 4. Quyết định này có hiệu lực kể từ ngày ký."),
    ("p", "Chánh Văn phòng HĐND và UBND huyện, Trưởng các phòng: Văn hóa, Khoa học và Thông tin; Giáo dục "
          "và Đào tạo; Tài chính - Kế hoạch; Giám đốc Trung tâm Văn hóa - Thể thao và Truyền thông huyện; "
          "Bí thư Huyện đoàn; Chủ tịch UBND các xã, thị trấn và các ông, bà có tên tại Điều 2 chịu trách "
          "nhiệm thi hành Quyết định này./."),
    ("sig", ["Nơi nhận:", "- Như Điều 4;", "- Sở Khoa học và Công nghệ (để b/c);",
             "- TT Huyện ủy, TT HĐND huyện;", "- CT, các PCT UBND huyện;", "- Lưu: VT, VHKHTT."],
     ["CHỦ TỊCH", "", "(Đã ký)", "", "Hà Minh Cương"]),
    ("page",),
    ("hdr", "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("hdr", "HUYỆN KIẾN MỸ", "Độc lập - Tự do - Hạnh phúc"),
    ("gap",),
    ("c", "THỂ LỆ"),
    ("cn", "Hội thi “Ý tưởng sáng tạo số” huyện Kiến Mỹ năm 2026"),
    ("ci", "(Ban hành kèm theo Quyết định số 2318/QĐ-UBND ngày 20/4/2026 của Chủ tịch UBND huyện Kiến Mỹ)"),
    ("gap",),
    ("b", "Điều 1. Mục đích"),
    ("p", "Khuyến khích tinh thần sáng tạo, phát hiện và bồi dưỡng các ý tưởng ứng dụng công nghệ số phục vụ "
          "sản xuất, đời sống; lựa chọn ý tưởng tiêu biểu tham gia Cuộc thi Khởi nghiệp đổi mới sáng tạo "
          "tỉnh Hòa Phong lần thứ IV."),
    ("b", "Điều 2. Đối tượng và bảng thi"),
    ("p", "1. Bảng A: học sinh đang học tại các trường trung học cơ sở, trung học phổ thông trên địa bàn "
          "huyện; mỗi ý tưởng có không quá 03 học sinh và 01 giáo viên hướng dẫn."),
    ("p", "2. Bảng B: đoàn viên, thanh niên, hội viên nông dân, người lao động, hộ kinh doanh và doanh "
          "nghiệp nhỏ trên địa bàn huyện; mỗi ý tưởng có không quá 05 thành viên."),
    ("p", "Cán bộ, công chức đang công tác tại các cơ quan có thành viên trong Ban Tổ chức và thành viên Ban "
          "Giám khảo không được tham gia dự thi."),
    ("b", "Điều 3. Lĩnh vực dự thi"),
    ("p", "Ý tưởng dự thi thuộc một trong các lĩnh vực: (1) ứng dụng công nghệ số trong nông nghiệp, truy "
          "xuất nguồn gốc nông sản; (2) dịch vụ công trực tuyến và chính quyền số cấp xã; (3) giáo dục, "
          "học tập suốt đời; (4) du lịch cộng đồng, quảng bá sản phẩm OCOP; (5) bảo vệ môi trường, phòng, "
          "chống thiên tai."),
    ("b", "Điều 4. Hồ sơ và thời hạn nộp"),
    ("p", "1. Hồ sơ dự thi gồm: phiếu đăng ký (theo mẫu); bản thuyết minh ý tưởng không quá 10 trang khổ A4; "
          "video giới thiệu không quá 05 phút (nếu có)."),
    ("p", "2. Hồ sơ nộp trực tiếp tại Phòng Văn hóa, Khoa học và Thông tin huyện (tầng 2, trụ sở HĐND - "
          "UBND huyện, số 18 đường Lê Lai, thị trấn Kiến Mỹ) hoặc gửi qua thư điện tử "
          "hoithisangtao@kienmy.hoaphong.gov.vn."),
    ("p", "3. Thời hạn nhận hồ sơ: từ ngày 05/5/2026 đến 17 giờ 00 ngày 31/7/2026 (tính theo dấu bưu điện "
          "hoặc thời gian gửi thư điện tử)."),
    ("b", "Điều 5. Vòng thi"),
    ("p", "1. Vòng sơ khảo: Ban Giám khảo chấm hồ sơ trong tháng 8/2026, chọn 20 ý tưởng (mỗi bảng 10 ý "
          "tưởng) vào vòng chung khảo."),
    ("p", "2. Vòng chung khảo: tổ chức ngày 26/9/2026 tại Hội trường Trung tâm Văn hóa - Thể thao và "
          "Truyền thông huyện; mỗi ý tưởng trình bày không quá 07 phút và trả lời câu hỏi của Ban Giám "
          "khảo."),
    ("b", "Điều 6. Tiêu chí chấm điểm (thang điểm 100)"),
    ("p", "a) Tính mới, tính sáng tạo: 30 điểm;"),
    ("p", "b) Khả năng ứng dụng vào thực tiễn của huyện: 40 điểm;"),
    ("p", "c) Hiệu quả kinh tế - xã hội: 20 điểm;"),
    ("p", "d) Kỹ năng trình bày: 10 điểm."),
    ("b", "Điều 7. Cơ cấu giải thưởng"),
    ("p", "Mỗi bảng thi có: 01 giải Nhất, trị giá 10.000.000 đồng; 02 giải Nhì, mỗi giải 6.000.000 đồng; "
          "03 giải Ba, mỗi giải 4.000.000 đồng; 05 giải Khuyến khích, mỗi giải 1.500.000 đồng."),
    ("p", "Các ý tưởng đạt giải được cấp Giấy chứng nhận của Chủ tịch UBND huyện; ý tưởng đạt giải Nhất "
          "được ưu tiên hỗ trợ ươm tạo và giới thiệu tham gia cuộc thi cấp tỉnh."),
    ("b", "Điều 8. Liên hệ"),
    ("p", "Mọi thông tin chi tiết xin liên hệ bà Khổng Thị Yến, Thư ký Ban Tổ chức, điện thoại 0978 215 640."),
]


def build_qk03(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    lh = 5.6
    for item in QK03:
        k = item[0]
        if k == "hdr":
            pdf.set_font("DV", "B", 10.5)
            pdf.cell(W * 0.42, lh, N(item[1]), align="C")
            pdf.cell(W * 0.58, lh, N(item[2]), align="C", new_x="LMARGIN", new_y="NEXT")
        elif k == "hdr_n":
            pdf.set_font("DV", "", 10.5)
            pdf.cell(W * 0.42, lh, N(item[1]), align="C")
            pdf.cell(W * 0.58, lh, N(item[2]), align="C", new_x="LMARGIN", new_y="NEXT")
        elif k == "gap":
            pdf.ln(3)
        elif k == "page":
            pdf.add_page()
        elif k in ("c", "cn", "ci", "b"):
            pdf.set_font("DV", "B" if k in ("c", "b") else "", 11 if k == "c" else 10.5)
            pdf.multi_cell(W, lh, N(item[1]), align="L" if k == "b" else "C",
                           new_x="LMARGIN", new_y="NEXT")
        elif k == "p":
            pdf.set_font("DV", "", 10.5)
            pdf.multi_cell(W, lh, N(item[1]), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "sig":
            pdf.ln(3)
            left, right = item[1], item[2]
            y0 = pdf.get_y()
            pdf.set_font("DV", "", 9)
            for line in left:
                pdf.set_x(pdf.l_margin)
                pdf.cell(W * 0.5, 4.6, N(line), new_x="LMARGIN", new_y="NEXT")
            y1 = pdf.get_y()
            pdf.set_y(y0)
            pdf.set_font("DV", "B", 10.5)
            for line in right:
                pdf.set_x(pdf.l_margin + W * 0.5)
                pdf.cell(W * 0.5, 5.2, N(line), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(y1, pdf.get_y()))
    pdf.output(path)


# ---------------------------------------------------------------------------
# qk04 — Báo cáo của UBND xã (md, Markdown table of figures)
# ---------------------------------------------------------------------------
QK04_ROWS = [
    # thôn, trong độ tuổi, đã phổ cập, số lớp, tổ trưởng
    ("Đồng Sậy", 612, 498, 6, "Lê Văn Tiệp"),
    ("Gò Đình", 547, 431, 5, "Hoàng Thị Mến"),
    ("Bãi Ngang", 498, 372, 5, "Phạm Văn Đức"),
    ("Cây Thị", 605, 462, 6, "Đào Thị Thơm"),
    ("Trại Mới", 433, 318, 4, "Trần Văn Lợi"),
    ("Làng Vạc", 521, 367, 4, "Nguyễn Hữu Tình"),
    ("Xóm Chùa", 566, 394, 5, "Đỗ Thị Ngát"),
    ("Khe Lim", 402, 166, 3, "Vi Văn Pản"),
    ("Rộc Mạ", 369, 129, 2, "Lò Thị Xuyến"),
]


def _vn(n):
    return f"{n:,}".replace(",", ".")


def _pct(a, b):
    return f"{100 * a / b:.1f}".replace(".", ",")


def qk04_text():
    rows = []
    tot_a = sum(r[1] for r in QK04_ROWS)
    tot_b = sum(r[2] for r in QK04_ROWS)
    tot_l = sum(r[3] for r in QK04_ROWS)
    assert (tot_a, tot_b, tot_l) == (4553, 3137, 40)
    for i, (t, a, b, l, name) in enumerate(QK04_ROWS, 1):
        rows.append(f"| {i} | {t} | {_vn(a)} | {_vn(b)} | {_pct(b, a)} | {l} | {name} |")
    rows.append(f"| | **Toàn xã** | **{_vn(tot_a)}** | **{_vn(tot_b)}** | **{_pct(tot_b, tot_a)}** | "
                f"**{tot_l}** | |")
    table = "\n".join(rows)
    return f"""\
ỦY BAN NHÂN DÂN HUYỆN KIẾN MỸ
**ỦY BAN NHÂN DÂN XÃ HẠNH LÂM**

Số: 58/BC-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Hạnh Lâm, ngày 25 tháng 6 năm 2026*

# BÁO CÁO

## Kết quả thực hiện phong trào “Bình dân học vụ số” và chuyển đổi số 6 tháng đầu năm 2026; phương hướng, nhiệm vụ 6 tháng cuối năm 2026

Kính gửi: Ủy ban nhân dân huyện Kiến Mỹ.

Thực hiện Kế hoạch số 65/KH-UBND ngày 09/4/2026 của Ủy ban nhân dân huyện Kiến Mỹ và Công văn số 212/VHKHTT ngày 10/6/2026 của Phòng Văn hóa, Khoa học và Thông tin huyện về việc báo cáo sơ kết 6 tháng, Ủy ban nhân dân xã Hạnh Lâm báo cáo kết quả như sau:

### I. KẾT QUẢ THỰC HIỆN

#### 1. Công tác lãnh đạo, chỉ đạo

Ngay sau khi có Kế hoạch của huyện, Ủy ban nhân dân xã ban hành Kế hoạch số 19/KH-UBND ngày 16/4/2026 triển khai phong trào “Bình dân học vụ số” trên địa bàn xã; kiện toàn Ban Chỉ đạo chuyển đổi số xã do đồng chí Chủ tịch UBND xã làm Trưởng ban; kiện toàn 09 Tổ công nghệ số cộng đồng tại 09 thôn với tổng số 58 thành viên, trong đó 31 thành viên là đoàn viên thanh niên.

Xã đã tổ chức 01 hội nghị quán triệt cho 86 cán bộ, công chức, người hoạt động không chuyên trách và trưởng các thôn; phát 2.400 tờ rơi hướng dẫn cài đặt ứng dụng định danh điện tử, thanh toán không dùng tiền mặt; hệ thống truyền thanh xã phát 48 tin, bài về chuyển đổi số.

#### 2. Kết quả phổ cập kỹ năng số theo thôn

Tính đến ngày 15/6/2026, toàn xã có 3.137 người trong độ tuổi từ 15 đến 60 được hướng dẫn kỹ năng số cơ bản, đạt 68,9% so với tổng số 4.553 người trong độ tuổi; kết quả cụ thể như sau:

| TT | Thôn | Số người trong độ tuổi 15-60 | Số người được phổ cập kỹ năng số | Tỷ lệ (%) | Số lớp đã mở | Tổ trưởng Tổ công nghệ số |
|---:|---|---:|---:|---:|---:|---|
{table}

#### 3. Dịch vụ công trực tuyến và chính quyền số

Trong 6 tháng đầu năm, Bộ phận Một cửa xã tiếp nhận 1.126 hồ sơ thủ tục hành chính, trong đó 842 hồ sơ được tiếp nhận và giải quyết trực tuyến toàn trình, đạt 74,8% (chỉ tiêu tỉnh giao là 80%); 100% hồ sơ được giải quyết đúng và trước hạn. Xã đã số hóa 5.210 hồ sơ hộ tịch, đạt 92% khối lượng cần số hóa.

Tỷ lệ người dân có tài khoản định danh điện tử mức 2 đạt 71,2%; có 1.684 hộ gia đình sử dụng thanh toán không dùng tiền mặt.

#### 4. Giáo dục và khoa học, công nghệ

Trường THCS Hạnh Lâm được Sở Giáo dục và Đào tạo lựa chọn là 01 trong 18 trường trung học cơ sở thí điểm giáo dục trí tuệ nhân tạo từ năm học 2026 - 2027; nhà trường đã cử 02 giáo viên đăng ký tập huấn đợt 1 tại Trường Đại học Hòa Phong. Hợp tác xã Nông nghiệp Hạnh Lâm ứng dụng mã QR truy xuất nguồn gốc cho sản phẩm miến dong, được công nhận sản phẩm OCOP 3 sao.

Toàn xã đã đăng ký 05 ý tưởng tham gia Hội thi “Ý tưởng sáng tạo số” huyện Kiến Mỹ năm 2026 (03 ý tưởng Bảng A, 02 ý tưởng Bảng B).

#### 5. Hạn chế, nguyên nhân

- Tỷ lệ phổ cập kỹ năng số ở thôn Khe Lim và thôn Rộc Mạ còn thấp (dưới 42%) do phần lớn người dân là đồng bào dân tộc thiểu số, nhiều lao động đi làm ăn xa.
- Hai thôn Khe Lim, Rộc Mạ còn “vùng lõm” sóng di động; nhà văn hóa thôn Rộc Mạ chưa có Internet cáp quang.
- Tỷ lệ hồ sơ trực tuyến toàn trình chưa đạt chỉ tiêu; kinh phí hoạt động của Tổ công nghệ số cộng đồng chưa được bố trí.

### II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026

1. Phấn đấu đến ngày 30/11/2026 tỷ lệ người dân trong độ tuổi được phổ cập kỹ năng số đạt từ 76% trở lên; tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.
2. Giao công chức Văn hóa - Xã hội chủ trì, phối hợp với các Tổ công nghệ số cộng đồng mở thêm ít nhất 12 lớp tại thôn Khe Lim và thôn Rộc Mạ, ưu tiên tổ chức vào buổi tối, có người phiên dịch tiếng dân tộc.
3. Công chức Văn phòng - Thống kê có trách nhiệm theo dõi tỷ lệ hồ sơ trực tuyến, hướng dẫn người dân nộp hồ sơ tại Bộ phận Một cửa; báo cáo Chủ tịch UBND xã vào ngày 25 hằng tháng.
4. Đề nghị Đoàn Thanh niên xã duy trì đội hình thanh niên tình nguyện “Bình dân học vụ số” trong dịp hè (từ ngày 01/7 đến ngày 31/8/2026), mỗi tuần ít nhất 02 buổi đến hộ gia đình.
5. Đề nghị Hội Nông dân xã và Hội Liên hiệp Phụ nữ xã vận động hội viên mở tài khoản thanh toán, đưa nông sản lên sàn thương mại điện tử.
6. Trường THCS Hạnh Lâm chuẩn bị phòng máy, cử giáo viên tham gia đầy đủ các đợt tập huấn; phối hợp với Đoàn Thanh niên xã hướng dẫn học sinh hoàn thiện ý tưởng dự thi trước ngày 25/7/2026.

### III. ĐỀ XUẤT, KIẾN NGHỊ

1. Đề nghị Ủy ban nhân dân huyện hỗ trợ xã 20 máy tính bảng cho các Tổ công nghệ số cộng đồng và bố trí kinh phí hoạt động cho các Tổ (dự kiến 1.500.000 đồng/Tổ/năm).
2. Đề nghị Viettel Kiến Mỹ khảo sát, lắp đặt trạm phát sóng tại thôn Khe Lim trong quý IV/2026.

Trên đây là báo cáo kết quả 6 tháng đầu năm 2026 của Ủy ban nhân dân xã Hạnh Lâm./.

**Nơi nhận:**
- Như trên;
- Phòng VH, KH&TT huyện;
- TT Đảng ủy, TT HĐND xã;
- Lưu: VT, VHXH.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

(Đã ký)

Bùi Văn Hưởng
"""


# ---------------------------------------------------------------------------
# qk05 — Thông báo kết luận của Huyện ủy (txt, two-column header, paragraphs)
# ---------------------------------------------------------------------------
QK05 = """\
  ĐẢNG BỘ TỈNH HÒA PHONG                    ĐẢNG CỘNG SẢN VIỆT NAM
     HUYỆN ỦY KIẾN MỸ                    ----------------------------
           *                        Kiến Mỹ, ngày 08 tháng 5 năm 2026
      Số 47-TB/HU

                              THÔNG BÁO
                 KẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN ỦY
        tại buổi làm việc về công tác khoa giáo, chuyển đổi số
            và phong trào “Bình dân học vụ số” năm 2026
                             -----

Ngày 05/5/2026, tại Phòng họp số 2, trụ sở Huyện ủy, đồng chí Lục Văn Đạt, Phó Bí thư Thường trực Huyện ủy chủ trì buổi làm việc với các cơ quan, đơn vị về công tác khoa giáo, chuyển đổi số và phong trào “Bình dân học vụ số” năm 2026. Dự buổi làm việc có đồng chí Phan Thị Diệu Linh, Huyện ủy viên, Phó Chủ tịch UBND huyện; lãnh đạo Ban Tuyên giáo và Dân vận Huyện ủy, Văn phòng Huyện ủy, Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Phòng Văn hóa, Khoa học và Thông tin, Phòng Giáo dục và Đào tạo, Huyện đoàn, Hội Khuyến học huyện, Trung tâm Chính trị huyện và Bí thư Đảng ủy 04 xã: Hạnh Lâm, Sa Lung, Tùng Ảnh, Gò Sim.

Sau khi nghe Ban Tuyên giáo và Dân vận Huyện ủy báo cáo tình hình thực hiện và ý kiến phát biểu của các đại biểu, đồng chí Phó Bí thư Thường trực Huyện ủy kết luận như sau:

1. Đánh giá chung

Thời gian qua, cấp ủy, chính quyền các cấp trong huyện đã quan tâm lãnh đạo, chỉ đạo công tác khoa giáo và chuyển đổi số. Ủy ban nhân dân huyện đã ban hành Kế hoạch số 65/KH-UBND ngày 09/4/2026 và Quyết định số 2318/QĐ-UBND ngày 20/4/2026 tổ chức Hội thi “Ý tưởng sáng tạo số” huyện Kiến Mỹ năm 2026. Toàn huyện có 136 Tổ công nghệ số cộng đồng với 871 thành viên tại 17 xã, thị trấn; bước đầu đã có 11.260 người dân được hướng dẫn kỹ năng số cơ bản.

Tuy nhiên, tỷ lệ phổ cập kỹ năng số ở một số xã vùng cao còn thấp, nhất là xã Sa Lung (mới đạt 38,5%) và xã Tùng Ảnh (44,2%); công tác tuyên truyền chưa thường xuyên, hình thức chưa phong phú; một số cơ quan, đơn vị chưa xây dựng kế hoạch cụ thể; đội ngũ báo cáo viên có chuyên môn về khoa giáo còn mỏng (toàn huyện mới có 09 báo cáo viên).

2. Nhiệm vụ trong thời gian tới

Để hoàn thành chỉ tiêu của Kế hoạch số 142/KH-UBND của Ủy ban nhân dân tỉnh (ít nhất 75% người dân trong độ tuổi được phổ cập kỹ năng số trong năm 2026), Thường trực Huyện ủy yêu cầu các cơ quan, đơn vị tập trung thực hiện tốt một số nhiệm vụ sau:

2.1. Ban Tuyên giáo và Dân vận Huyện ủy chủ trì, phối hợp với Trung tâm Chính trị huyện biên soạn đề cương tuyên truyền về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, hoàn thành trước ngày 30/5/2026; tổ chức hội nghị báo cáo viên cấp huyện trong quý II/2026; bổ sung ít nhất 06 báo cáo viên có chuyên môn khoa giáo trong năm 2026.

2.2. Ủy ban nhân dân huyện chỉ đạo Phòng Tài chính - Kế hoạch cân đối, bố trí 350 triệu đồng hỗ trợ hoạt động của các Tổ công nghệ số cộng đồng năm 2026; chỉ đạo tổ chức thành công Hội thi “Ý tưởng sáng tạo số” theo Quyết định số 2318/QĐ-UBND.

2.3. Phòng Giáo dục và Đào tạo chỉ đạo Trường THCS Hạnh Lâm và Trường THCS thị trấn Kiến Mỹ (02 trường của huyện tham gia thí điểm giáo dục trí tuệ nhân tạo) chuẩn bị tốt các điều kiện thí điểm; mỗi trường tiểu học, trung học cơ sở tổ chức ít nhất 01 chuyên đề STEM trong học kỳ I năm học 2026 - 2027.

2.4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện đưa nội dung “Bình dân học vụ số” vào tiêu chí bình xét gia đình văn hóa, khu dân cư văn hóa; vận động đoàn viên, hội viên tích cực tham gia học tập kỹ năng số.

2.5. Huyện đoàn chỉ đạo các cơ sở đoàn ra quân chiến dịch “Thanh niên tình nguyện hè - Bình dân học vụ số” từ ngày 01/7/2026, ưu tiên các xã Sa Lung, Tùng Ảnh; mỗi cơ sở đoàn đăng ký ít nhất 01 công trình “Thôn số”.

2.6. Hội Khuyến học huyện phát động phong trào “Gia đình học tập số”, “Dòng họ học tập số”; trao 50 suất học bổng “Ươm mầm tài năng số”, mỗi suất 2.000.000 đồng, cho học sinh có thành tích trong học tập môn Tin học và giáo dục STEM vào dịp khai giảng năm học 2026 - 2027.

2.7. Đảng ủy các xã, thị trấn đưa chỉ tiêu phổ cập kỹ năng số vào nghị quyết chuyên đề của cấp ủy. Đảng ủy xã Sa Lung và Đảng ủy xã Tùng Ảnh xây dựng kế hoạch khắc phục hạn chế, phấn đấu đến hết năm 2026 đạt tỷ lệ từ 65% trở lên, báo cáo Ban Thường vụ Huyện ủy (qua Ban Tuyên giáo và Dân vận Huyện ủy) trước ngày 15/6/2026.

2.8. Giao Ban Tuyên giáo và Dân vận Huyện ủy theo dõi, đôn đốc việc thực hiện Thông báo này; tổng hợp kết quả, tham mưu Ban Thường vụ Huyện ủy sơ kết vào tháng 12/2026. Văn phòng Huyện ủy chuẩn bị nội dung, phương tiện phục vụ các đợt kiểm tra của Thường trực Huyện ủy theo lịch sau:
- Ngày 18/6/2026: kiểm tra tại xã Sa Lung;
- Ngày 19/6/2026: kiểm tra tại xã Tùng Ảnh;
- Ngày 25/6/2026: kiểm tra tại xã Gò Sim và thị trấn Kiến Mỹ.

Thường trực Huyện ủy thông báo để các cơ quan, đơn vị biết, thực hiện.

Nơi nhận:                                    T/L BAN THƯỜNG VỤ
- Thường trực Huyện ủy,                        CHÁNH VĂN PHÒNG
- Các đồng chí Huyện ủy viên,
- Các cơ quan, đơn vị dự họp,                       (Đã ký)
- Đảng ủy các xã, thị trấn,
- Lưu Văn phòng Huyện ủy.                       Ngô Thị Quyên
"""


FILES = {
    "qk01": "qk01_kh_ubnd_tinh.docx",
    "qk02": "qk02_cv_sgddt.txt",
    "qk03": "qk03_qd_hoithi.pdf",
    "qk04": "qk04_bc_xa_hanhlam.md",
    "qk05": "qk05_tb_huyenuy.txt",
}


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_qk01(os.path.join(CORPUS, FILES["qk01"]))
    build_qk02(os.path.join(CORPUS, FILES["qk02"]))
    build_qk03(os.path.join(CORPUS, FILES["qk03"]))
    with open(os.path.join(CORPUS, FILES["qk04"]), "w", encoding="utf-8") as f:
        f.write(N(qk04_text()))
    with open(os.path.join(CORPUS, FILES["qk05"]), "w", encoding="utf-8") as f:
        f.write(N(QK05))
    print("built:", ", ".join(FILES.values()))


if __name__ == "__main__":
    main()
