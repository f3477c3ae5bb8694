#!/usr/bin/env python
"""Build the 5 corpus files of eval set blind75 (tỉnh Vân Cừ, hướng nghiệp - phân luồng).

All text is held in this script. Run:  /work/main/.venv/bin/python build_rz.py
Writes corpus/rz01_kh_phanluong.docx, rz02_tb_tuyensinh.pdf, rz03_totrinh_kinhphi.txt,
rz04_cv_ngayhoi.txt, rz05_bc_ketqua.md
"""
import copy
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
# rz01 — Kế hoạch của UBND huyện Kha Vàm (.docx, Word list numbering + task table)
# ---------------------------------------------------------------------------
RZ01_TITLE = [
    "KẾ HOẠCH",
    "Giáo dục hướng nghiệp và định hướng phân luồng học sinh sau trung học cơ sở "
    "trên địa bàn huyện Kha Vàm, giai đoạn 2026 - 2030",
]
RZ01_BASIS = [
    "Căn cứ Kế hoạch số 47/KH-UBND ngày 05/11/2025 của UBND tỉnh Vân Cừ về giáo dục hướng "
    "nghiệp và định hướng phân luồng học sinh trong giáo dục phổ thông giai đoạn 2026 - 2030;",
    "Căn cứ Nghị quyết số 19/NQ-HĐND ngày 12/12/2025 của Hội đồng nhân dân huyện Kha Vàm về "
    "dự toán thu, chi ngân sách địa phương năm 2026;",
    "Theo đề nghị của Phòng Giáo dục và Đào tạo tại Tờ trình số 05/TTr-PGDĐT ngày 08/01/2026, "
    "UBND huyện Kha Vàm ban hành Kế hoạch thực hiện như sau:",
]
RZ01_PURPOSE = [
    "Tạo chuyển biến rõ nét trong nhận thức của học sinh, cha mẹ học sinh và cộng đồng về con "
    "đường học nghề sau khi tốt nghiệp trung học cơ sở (THCS), khắc phục tâm lý chỉ chọn vào "
    "lớp 10 trung học phổ thông (THPT).",
    "Gắn giáo dục hướng nghiệp với nhu cầu nhân lực của doanh nghiệp, hợp tác xã và Cụm công "
    "nghiệp Rẽ Quạt; bảo đảm mọi học sinh lớp 9 nhận tư vấn đầy đủ trước khi đăng ký dự tuyển.",
    "Phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời hạn hoàn thành.",
]
RZ01_GOAL = (
    "Đến năm 2030, cơ bản hình thành hệ thống giáo dục hướng nghiệp gắn kết giữa nhà trường, "
    "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện (sau đây gọi là Trung tâm "
    "GDNN-GDTX huyện) và doanh nghiệp."
)
RZ01_TARGETS = [
    ["Chỉ tiêu", "2026", "2027", "2028", "2029", "2030"],
    ["Tỷ lệ học sinh tốt nghiệp THCS vào học tại cơ sở giáo dục nghề nghiệp (%)",
     "27", "29", "31", "33", "35"],
    ["Tỷ lệ trường THCS tổ chức hướng nghiệp gắn với sản xuất, kinh doanh tại địa phương (%)",
     "60", "70", "80", "90", "100"],
    ["Số giáo viên THCS kiêm nhiệm tư vấn hướng nghiệp được bồi dưỡng (người)",
     "40", "45", "45", "50", "50"],
    ["Số doanh nghiệp ký thỏa thuận đón học sinh tham quan, trải nghiệm (doanh nghiệp)",
     "6", "8", "10", "12", "15"],
]
RZ01_TARGET_NOTE = (
    "Trong đó, tỷ lệ học sinh tốt nghiệp THCS vào học tại cơ sở giáo dục nghề nghiệp tăng dần từ "
    "27% năm 2026 lên 31% năm 2028 và 35% năm 2030. Ngoài các chỉ tiêu trên, 100% học sinh lớp 9 "
    "nhận tư vấn hướng nghiệp ít nhất 02 lần trong mỗi năm học."
)
RZ01_TASKS = [
    "Đẩy mạnh thông tin, tuyên truyền: phổ biến chủ trương phân luồng qua Đài Truyền thanh "
    "huyện, Trang thông tin điện tử huyện và các buổi họp cha mẹ học sinh; phát hành tờ gấp \"Chọn nghề - Lập nghiệp\" đến từng hộ gia đình có con "
    "học lớp 9.",
    "Đổi mới giáo dục hướng nghiệp trong trường THCS: mỗi trường bố trí ít nhất 01 giáo viên kiêm "
    "nhiệm tư vấn hướng nghiệp; tổ chức cho học sinh lớp 8, lớp 9 tham quan, trải nghiệm tại cơ sở "
    "sản xuất, kinh doanh ít nhất 01 lần trong năm học; sử dụng phiếu trắc nghiệm sở thích nghề "
    "nghiệp để tư vấn cá nhân.",
    "Nâng cao năng lực Trung tâm GDNN-GDTX huyện: phối hợp với Trường Cao đẳng Kỹ thuật - Công "
    "nghệ Vân Cừ mở lớp trung cấp kết hợp học văn hóa chương trình giáo dục thường xuyên cấp "
    "THPT; năm 2026 tuyển mới ít nhất 140 học viên ở các nghề Điện công nghiệp, Công nghệ ô tô, "
    "May thời trang.",
    "Huy động doanh nghiệp tham gia: ký thỏa thuận đón học sinh tham quan, thực tập; đặt hàng "
    "đào tạo và cam kết tuyển dụng học viên tốt nghiệp.",
    "Bảo đảm kinh phí: tổng kinh phí thực hiện năm 2026 dự kiến 865.000.000 đồng (Tám trăm sáu "
    "mươi lăm triệu đồng) từ nguồn sự nghiệp giáo dục trong dự toán năm 2026 và nguồn xã hội "
    "hóa; kinh phí các năm 2027 - 2030 bố trí trong dự toán hằng năm theo khả năng cân đối ngân "
    "sách.",
]
RZ01_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Khảo sát nguyện vọng học tiếp của học sinh lớp 9 năm học 2025 - 2026",
     "Phòng Giáo dục và Đào tạo", "Các trường THCS; UBND các xã, thị trấn", "Trước ngày 28/02/2026"],
    ["2", "Xây dựng chuyên mục \"Chọn nghề - Lập nghiệp\" trên hệ thống truyền thanh huyện",
     "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Phòng Văn hóa, Khoa học và Thông tin",
     "Tháng 3/2026"],
    ["3", "Tổ chức Ngày hội hướng nghiệp cấp huyện", "Trung tâm GDNN-GDTX huyện",
     "Phòng Giáo dục và Đào tạo; Huyện đoàn Kha Vàm", "Tháng 4/2026"],
    ["4", "Khảo sát nhu cầu tuyển dụng lao động của doanh nghiệp, hợp tác xã", "Phòng Nội vụ",
     "Phòng Kinh tế, Hạ tầng và Đô thị; Ban Quản lý Cụm công nghiệp Rẽ Quạt",
     "Trước ngày 30/6/2026"],
    ["5", "Bồi dưỡng giáo viên kiêm nhiệm tư vấn hướng nghiệp", "Phòng Giáo dục và Đào tạo",
     "Trung tâm GDNN-GDTX huyện", "Trước ngày 15/8/2026"],
    ["6", "Thẩm định, bố trí kinh phí năm 2026", "Phòng Tài chính - Kế hoạch",
     "Phòng Giáo dục và Đào tạo", "Trước ngày 31/3/2026"],
    ["7", "Sơ kết, đánh giá kết quả thực hiện năm 2026", "Phòng Giáo dục và Đào tạo",
     "Các cơ quan, đơn vị liên quan", "Trước ngày 15/12/2026"],
]
RZ01_ORG = [
    "Phòng Giáo dục và Đào tạo là cơ quan thường trực, chủ trì, phối hợp với các cơ quan, đơn vị "
    "liên quan triển khai Kế hoạch; hướng dẫn các trường THCS xây dựng kế hoạch giáo dục hướng "
    "nghiệp năm học 2026 - 2027; tổng hợp, báo cáo UBND huyện định kỳ 6 tháng (trước ngày 20/6) "
    "và hằng năm (trước ngày 15/12).",
    "Giao Phòng Nội vụ chủ trì cập nhật thông tin thị trường lao động, nhu cầu tuyển dụng của doanh "
    "nghiệp trên địa bàn; phối hợp với Trung tâm GDNN-GDTX huyện giới thiệu việc làm cho học viên "
    "sau tốt nghiệp.",
    "Phòng Tài chính - Kế hoạch có trách nhiệm thẩm định, tham mưu bố trí kinh phí thực hiện Kế "
    "hoạch; hướng dẫn các đơn vị sử dụng, thanh quyết toán kinh phí theo quy định.",
    "Trung tâm GDNN-GDTX huyện tổ chức tuyển sinh, đào tạo trung cấp kết hợp văn hóa; chủ trì tổ "
    "chức Ngày hội hướng nghiệp cấp huyện năm 2026; ký kết thỏa thuận hợp tác với ít nhất 05 "
    "doanh nghiệp để đón học viên thực tập trong năm 2026.",
    "Trung tâm Văn hóa, Thông tin và Thể thao huyện mở chuyên mục \"Chọn nghề - Lập nghiệp\", "
    "phát sóng 02 kỳ/tháng trên hệ thống truyền thanh huyện từ tháng 3/2026.",
    "Các trường THCS xây dựng kế hoạch hướng nghiệp của nhà trường; tổ chức tư vấn cho học sinh "
    "lớp 9 và cha mẹ học sinh trước kỳ tuyển sinh vào lớp 10; gửi danh sách học sinh có nguyện "
    "vọng học nghề về Phòng Giáo dục và Đào tạo trước ngày 30/5/2026.",
    "UBND các xã, thị trấn phối hợp rà soát, vận động học sinh không tiếp tục học THPT tham gia "
    "học nghề; giao công chức văn hóa - xã hội theo dõi số học sinh bỏ học sau THCS trên địa bàn, "
    "báo cáo định kỳ hằng quý về Phòng Giáo dục và Đào tạo.",
    "Đề nghị Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện phối hợp "
    "tuyên truyền, vận động đoàn viên, hội viên cho con em lựa chọn học nghề phù hợp; Hội Cựu giáo "
    "chức huyện dành ít nhất 20% quỹ học bổng năm 2026 cho học viên học nghề có hoàn cảnh khó khăn.",
]
RZ01_CLOSING = (
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về UBND "
    "huyện (qua Phòng Giáo dục và Đào tạo, đầu mối: bà Lường Thị Mai, chuyên viên, điện thoại "
    "0286.3870.552, e-mail: ltmai.pgddt@khavam.vancu.gov.vn) để xem xét, giải quyết./."
)
RZ01_RECIPIENTS = [
    "Nơi nhận:",
    "- UBND tỉnh Vân Cừ (để b/c);",
    "- Sở Giáo dục và Đào tạo;",
    "- Sở Nội vụ;",
    "- Thường trực Huyện ủy, HĐND huyện;",
    "- Chủ tịch, các PCT UBND huyện;",
    "- Các cơ quan, đơn vị tại mục V;",
    "- Lưu: VT, GDĐT.",
]
RZ01_SIGN = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Vi Văn Thẩm"]


def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _restart_numbering(doc, paragraph):
    """Give `paragraph` (style List Number) a fresh w:num so the list restarts at 1."""
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    style = doc.styles["List Number"]
    num_id_el = style.element.xpath(".//w:numId")[0]
    old_num_id = num_id_el.get(qn("w:val"))
    old_num = numbering.xpath(f'./w:num[@w:numId="{old_num_id}"]')[0]
    abstract_id = old_num.xpath("./w:abstractNumId")[0].get(qn("w:val"))
    existing = [int(n.get(qn("w:numId"))) for n in numbering.xpath("./w:num")]
    new_id = max(existing) + 1
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
    pPr = paragraph._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(new_id))
    numPr.append(ilvl)
    numPr.append(nid)
    pPr.append(numPr)
    return new_id


def _set_num(paragraph, num_id):
    pPr = paragraph._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numPr.append(ilvl)
    numPr.append(nid)
    pPr.append(numPr)


def build_rz01(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3)
        s.right_margin = Cm(2)

    head = doc.add_table(rows=1, cols=2)
    _no_borders(head)
    left, right = head.rows[0].cells
    left.paragraphs[0].add_run("UBND HUYỆN KHA VÀM").bold = True
    left.add_paragraph("Số: 112/KH-UBND")
    right.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    right.add_paragraph().add_run("Độc lập - Tự do - Hạnh phúc").bold = True
    right.add_paragraph().add_run("Kha Vàm, ngày 14 tháng 01 năm 2026").italic = True
    for c in (left, right):
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(RZ01_TITLE[0]).bold = True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(RZ01_TITLE[1]).bold = True

    for t in RZ01_BASIS:
        doc.add_paragraph(t).paragraph_format.first_line_indent = Cm(1)

    doc.add_paragraph().add_run("I. MỤC ĐÍCH, YÊU CẦU").bold = True
    for t in RZ01_PURPOSE:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_paragraph().add_run("II. MỤC TIÊU").bold = True
    doc.add_paragraph().add_run("1. Mục tiêu chung").bold = True
    doc.add_paragraph(RZ01_GOAL)
    doc.add_paragraph().add_run("2. Chỉ tiêu cụ thể theo từng năm").bold = True
    t = doc.add_table(rows=0, cols=6)
    t.style = "Table Grid"
    for row in RZ01_TARGETS:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph(RZ01_TARGET_NOTE)

    doc.add_paragraph().add_run("III. NHIỆM VỤ VÀ GIẢI PHÁP").bold = True
    for t in RZ01_TASKS:
        doc.add_paragraph(t, style="List Number")

    doc.add_paragraph().add_run("IV. PHÂN CÔNG NHIỆM VỤ CỤ THỂ NĂM 2026").bold = True
    t = doc.add_table(rows=0, cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(RZ01_TABLE):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
            if i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True

    doc.add_paragraph().add_run("V. TỔ CHỨC THỰC HIỆN").bold = True
    num_id = None
    for i, t in enumerate(RZ01_ORG):
        p = doc.add_paragraph(t, style="List Number")
        if i == 0:
            num_id = _restart_numbering(doc, p)
        else:
            _set_num(p, num_id)
    doc.add_paragraph(RZ01_CLOSING).paragraph_format.first_line_indent = Cm(1)

    sig = doc.add_table(rows=1, cols=2)
    _no_borders(sig)
    l, r = sig.rows[0].cells
    l.paragraphs[0].add_run(RZ01_RECIPIENTS[0]).bold = True
    for x in RZ01_RECIPIENTS[1:]:
        q = l.add_paragraph()
        q.add_run(x).font.size = Pt(11)
    r.paragraphs[0].add_run(RZ01_SIGN[0]).bold = True
    r.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for x in RZ01_SIGN[1:]:
        q = r.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.add_run(x).bold = x not in ("(Đã ký)",)
    doc.save(path)


# ---------------------------------------------------------------------------
# rz02 — Thông báo tuyển sinh của Trường Cao đẳng (.pdf, text layer, table)
# ---------------------------------------------------------------------------
RZ02_INTRO = (
    "Căn cứ Quyết định số 214/QĐ-CĐKTCN ngày 20/02/2026 của Hiệu trưởng Trường Cao đẳng Kỹ thuật "
    "- Công nghệ Vân Cừ về việc ban hành Kế hoạch tuyển sinh năm 2026; căn cứ năng lực đào tạo "
    "của Trường, Trường Cao đẳng Kỹ thuật - Công nghệ Vân Cừ thông báo tuyển sinh năm 2026 như sau:"
)
RZ02_SECTIONS = [
    ("1. Đối tượng và vùng tuyển", [
        "- Trình độ trung cấp: người đã tốt nghiệp trung học cơ sở (THCS) hoặc tương đương trở "
        "lên, có sức khỏe phù hợp với nghề đăng ký học.",
        "- Trình độ cao đẳng: người đã tốt nghiệp trung học phổ thông (THPT) hoặc tương đương; "
        "người tốt nghiệp trung cấp cùng nhóm ngành, nghề và có bằng tốt nghiệp THPT hoặc đã học "
        "và thi đạt đủ khối lượng văn hóa THPT theo quy định.",
        "- Vùng tuyển: trong và ngoài tỉnh Vân Cừ; ưu tiên học sinh các huyện Mộc Xuyến, Đông "
        "Quyển và các xã vùng đồng bào dân tộc thiểu số.",
    ]),
    ("2. Ngành, nghề và chỉ tiêu tuyển sinh", "TABLE"),
    (None, [
        "Ngoài chỉ tiêu trên, Trường tuyển 60 chỉ tiêu trình độ sơ cấp (thời gian đào tạo 03 "
        "tháng) các nghề Sửa chữa xe máy và Điện dân dụng; mỗi lớp khai giảng khi có từ 20 học "
        "viên trở lên.",
    ]),
    ("3. Phương thức tuyển sinh", [
        "Xét tuyển, không tổ chức thi. Trình độ trung cấp xét theo điểm trung bình các môn học "
        "năm lớp 9 ghi trong học bạ THCS; trình độ cao đẳng xét theo điểm trung bình cả năm lớp 12 "
        "hoặc kết quả thi tốt nghiệp THPT năm 2026. Học sinh tốt nghiệp THCS trúng tuyển trình độ "
        "trung cấp có thể đăng ký học đồng thời chương trình giáo dục thường xuyên cấp THPT do "
        "Trường liên kết với Trung tâm GDNN-GDTX huyện Kha Vàm tổ chức ngay tại Trường.",
    ]),
    ("4. Học phí và chế độ, chính sách", [
        "a) Học sinh tốt nghiệp THCS theo học trình độ trung cấp được miễn 100% học phí trong "
        "toàn khóa học.",
        "b) Học phí trình độ cao đẳng năm học 2026 - 2027: 520.000 đồng/tháng đối với các nghề kỹ "
        "thuật; 450.000 đồng/tháng đối với nghề Kế toán doanh nghiệp và Tin học ứng dụng; thu 10 "
        "tháng/năm học, chia làm 02 đợt.",
        "c) Miễn học phí trình độ cao đẳng đối với người học là người dân tộc thiểu số thuộc hộ "
        "nghèo, hộ cận nghèo và người khuyết tật; giảm 70% học phí đối với người học nghề Cắt gọt "
        "kim loại trình độ cao đẳng.",
        "d) Ký túc xá có 600 chỗ ở, giá 120.000 đồng/người/tháng; miễn phí ở ký túc xá năm học "
        "thứ nhất cho học sinh thường trú tại các xã Nậm Xía, Gành Sẻ, Tà Khoen.",
        "đ) Mỗi học kỳ Trường xét cấp 30 suất học bổng khuyến khích học tập, mỗi suất 1.500.000 "
        "đồng; người học có thể nhận hỗ trợ giới thiệu việc làm tại các doanh nghiệp đối tác sau "
        "khi tốt nghiệp.",
    ]),
    ("5. Hồ sơ đăng ký dự tuyển", [
        "- Phiếu đăng ký dự tuyển theo mẫu của Trường (nhận tại Trường hoặc tải tại trang "
        "tuyensinh.cdktcnvancu.edu.vn);",
        "- Bản sao học bạ THCS (đối với trung cấp) hoặc học bạ THPT (đối với cao đẳng);",
        "- Bản sao bằng tốt nghiệp hoặc giấy chứng nhận tốt nghiệp tạm thời;",
        "- Bản sao giấy khai sinh và bản chụp thẻ căn cước (nếu có);",
        "- 04 ảnh cỡ 3 x 4 cm chụp không quá 06 tháng;",
        "- Giấy tờ chứng minh thuộc đối tượng miễn, giảm học phí, ưu tiên (nếu có).",
        "Thí sinh có thể đăng ký trực tuyến, sau đó nộp bản giấy khi làm thủ tục nhập học.",
    ]),
    ("6. Thời gian và địa điểm nhận hồ sơ", [
        "- Đợt 1: từ ngày 10/3/2026 đến hết ngày 30/6/2026; công bố kết quả xét tuyển ngày "
        "06/7/2026.",
        "- Đợt 2: từ ngày 01/7/2026 đến hết ngày 25/8/2026; công bố kết quả xét tuyển ngày "
        "28/8/2026.",
        "- Nhập học và khai giảng: 7 giờ 30 phút, thứ Hai ngày 07/9/2026 tại Hội trường lớn của "
        "Trường.",
        "- Địa điểm nhận hồ sơ: Phòng Đào tạo và Công tác học sinh - sinh viên, tầng 1 nhà A, số "
        "168 đường Cừ Giang, phường Cừ Bắc, thành phố Cừ Sơn. Thời gian làm việc: sáng từ 7 giờ 30 "
        "đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ, từ thứ Hai đến thứ Bảy.",
        "- Điểm nhận hồ sơ tại huyện: Trung tâm GDNN-GDTX huyện Kha Vàm và Trung tâm GDNN-GDTX "
        "huyện Thạnh Nê (nhận trong giờ hành chính).",
    ]),
    ("7. Thông tin liên hệ", [
        "Thầy Nguyễn Hữu Khiêm, Trưởng phòng Đào tạo và Công tác học sinh - sinh viên; điện thoại: "
        "0286.3851.296; đường dây nóng (Zalo): 0916.208.447; e-mail: tuyensinh@cdktcnvancu.edu.vn.",
        "Trường đề nghị các Phòng Giáo dục và Đào tạo, các trường THCS, THPT và các Trung tâm "
        "GDNN-GDTX trên địa bàn tỉnh phối hợp thông báo rộng rãi nội dung này đến học sinh và cha "
        "mẹ học sinh./.",
    ]),
]
RZ02_TABLE = [
    ["TT", "Ngành, nghề đào tạo", "Trung cấp", "Cao đẳng", "Cộng"],
    ["1", "Điện công nghiệp", "70", "45", "115"],
    ["2", "Công nghệ ô tô", "70", "40", "110"],
    ["3", "Hàn", "35", "-", "35"],
    ["4", "Cắt gọt kim loại", "35", "20", "55"],
    ["5", "Kỹ thuật máy lạnh và điều hòa không khí", "40", "25", "65"],
    ["6", "Tin học ứng dụng", "45", "35", "80"],
    ["7", "Kế toán doanh nghiệp", "-", "30", "30"],
    ["8", "May thời trang", "30", "-", "30"],
    ["", "Tổng cộng", "325", "195", "520"],
]
RZ02_RECIPIENTS = [
    "Nơi nhận:",
    "- Sở Nội vụ (để b/c);",
    "- Sở Giáo dục và Đào tạo (để phối hợp);",
    "- Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;",
    "- Các trường THCS, THPT trong tỉnh;",
    "- Trang thông tin điện tử của Trường;",
    "- Lưu: VT, ĐT-CTHSSV.",
]
RZ02_SIGN = ["HIỆU TRƯỞNG", "", "(Đã ký)", "", "Phạm Trọng Nghĩa"]


def build_rz02(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_font("DejaVu", "", 10)
    pdf.set_xy(20, y0)
    pdf.multi_cell(75, 5, "UBND TỈNH VÂN CỪ", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 10)
    pdf.set_x(20)
    pdf.multi_cell(75, 5, "TRƯỜNG CAO ĐẲNG KỸ THUẬT -\nCÔNG NGHỆ VÂN CỪ", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.set_x(20)
    pdf.multi_cell(75, 7, "Số: 38/TB-CĐKTCN", align="C", new_x="LMARGIN", new_y="NEXT")
    y_left = pdf.get_y()
    pdf.set_xy(97, y0)
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(95, 5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(97)
    pdf.multi_cell(95, 5, "Độc lập - Tự do - Hạnh phúc", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.set_x(97)
    pdf.multi_cell(95, 9, "Cừ Sơn, ngày 02 tháng 3 năm 2026", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(y_left, pdf.get_y()) + 4)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "THÔNG BÁO", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(0, 6, "Tuyển sinh trình độ trung cấp, cao đẳng năm 2026", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, RZ02_INTRO, align="J", new_x="LMARGIN", new_y="NEXT")
    for head, body in RZ02_SECTIONS:
        if head:
            pdf.ln(1)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, head, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 11)
        if body == "TABLE":
            pdf.set_font("DejaVu", "", 10)
            with pdf.table(col_widths=(10, 80, 25, 25, 22), text_align=("CENTER", "LEFT", "CENTER", "CENTER", "CENTER"),
                           line_height=6) as table:
                for row in RZ02_TABLE:
                    r = table.row()
                    for v in row:
                        r.cell(v)
            pdf.set_font("DejaVu", "", 11)
            pdf.ln(2)
            continue
        for t in body:
            pdf.multi_cell(0, 6, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    y = pdf.get_y()
    if y > 230:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_font("DejaVu", "B", 9)
    pdf.set_xy(20, y)
    pdf.multi_cell(95, 5, RZ02_RECIPIENTS[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    for x in RZ02_RECIPIENTS[1:]:
        pdf.set_x(20)
        pdf.multi_cell(95, 5, x, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(120, y)
    pdf.set_font("DejaVu", "B", 11)
    for x in RZ02_SIGN:
        pdf.set_x(120)
        pdf.multi_cell(70, 6, x, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------------------
# rz03 — Tờ trình của Trung tâm GDNN-GDTX huyện Kha Vàm (.txt, 2-column header, MD table)
# ---------------------------------------------------------------------------
RZ03 = """\
UBND HUYỆN KHA VÀM                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP -              Độc lập - Tự do - Hạnh phúc
   GIÁO DỤC THƯỜNG XUYÊN                  -----------------------------
          -------
Số: 09/TTr-TTGDNN-GDTX                  Kha Vàm, ngày 20 tháng 3 năm 2026


                                  TỜ TRÌNH
         Về việc đề nghị phê duyệt kinh phí tổ chức các hoạt động
          hướng nghiệp, phân luồng học sinh sau THCS năm 2026


                      Kính gửi: UBND huyện Kha Vàm.


Căn cứ Kế hoạch số 112/KH-UBND ngày 14/01/2026 của UBND huyện Kha Vàm về giáo dục hướng nghiệp và định hướng phân luồng học sinh sau trung học cơ sở trên địa bàn huyện Kha Vàm, giai đoạn 2026 - 2030;

Căn cứ Thông báo số 38/TB-CĐKTCN ngày 02/3/2026 của Trường Cao đẳng Kỹ thuật - Công nghệ Vân Cừ về tuyển sinh trình độ trung cấp, cao đẳng năm 2026;

Căn cứ kết quả khảo sát nguyện vọng học tiếp của học sinh lớp 9 năm học 2025 - 2026 do Phòng Giáo dục và Đào tạo tổng hợp ngày 26/02/2026,

Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Kha Vàm (sau đây gọi là Trung tâm) kính trình UBND huyện xem xét, phê duyệt kinh phí tổ chức các hoạt động hướng nghiệp, phân luồng học sinh năm 2026 như sau:

I. SỰ CẦN THIẾT

Năm học 2025 - 2026, toàn huyện có 1.386 học sinh lớp 9 tại 14 trường THCS. Kết quả khảo sát cho thấy 352 học sinh (chiếm 25,4%) có nguyện vọng học nghề hoặc học trung cấp kết hợp văn hóa, trong khi chỉ tiêu năm 2026 theo Kế hoạch số 112/KH-UBND là 27%. Nhiều học sinh và cha mẹ học sinh ở các xã Nậm Xía, Gành Sẻ còn thiếu thông tin về ngành nghề, chế độ miễn học phí và cơ hội việc làm sau khi ra trường.

Hiện nay Trung tâm có 06 phòng học lý thuyết, 03 xưởng thực hành (Điện dân dụng, Sửa chữa xe máy, May thời trang) với 17 giáo viên cơ hữu và 09 giáo viên thỉnh giảng. Vật tư thực hành của xưởng Điện dân dụng và xưởng Sửa chữa xe máy xuống cấp, chưa đáp ứng yêu cầu đào tạo theo chương trình liên kết với Trường Cao đẳng Kỹ thuật - Công nghệ Vân Cừ.

Do vậy, việc tổ chức đồng bộ các hoạt động tư vấn, trải nghiệm nghề nghiệp và bổ sung vật tư thực hành trong năm 2026 là cần thiết để hoàn thành chỉ tiêu phân luồng UBND huyện giao.

II. NỘI DUNG VÀ DỰ TOÁN KINH PHÍ

1. Các hoạt động đề nghị tổ chức

- Ngày hội hướng nghiệp cấp huyện: dự kiến 7 giờ 30 phút ngày 24/4/2026 tại sân Trung tâm (khu phố 3, thị trấn Kha Vàm), khoảng 1.300 học sinh lớp 9 tham dự, bố trí 25 gian trưng bày của các trường và doanh nghiệp.
- Tư vấn hướng nghiệp lưu động tại 14 trường THCS, mỗi trường 01 buổi, thực hiện từ ngày 06/4/2026 đến ngày 15/5/2026.
- Bồi dưỡng 02 lớp cho khoảng 45 giáo viên kiêm nhiệm tư vấn hướng nghiệp, mỗi lớp 3 ngày, tổ chức trong tháng 7/2026.
- Tổ chức 12 chuyến cho học sinh lớp 9 tham quan Cụm công nghiệp Rẽ Quạt và các doanh nghiệp đối tác.
- In 3.000 bộ tờ gấp, cẩm nang "Chọn nghề - Lập nghiệp" phát cho học sinh, cha mẹ học sinh.
- Bổ sung vật tư thực hành nghề Điện dân dụng, Sửa chữa xe máy.
- Hỗ trợ tiền ăn cho 40 học viên trung cấp có hoàn cảnh khó khăn trong 4 tháng cuối năm 2026.

2. Dự toán kinh phí chi tiết

| TT | Nội dung chi | Đơn vị tính | Số lượng | Đơn giá (đồng) | Thành tiền (đồng) |
|----|--------------|-------------|----------|----------------|-------------------|
| 1 | Ngày hội hướng nghiệp cấp huyện (sân khấu, âm thanh, gian trưng bày) | Ngày hội | 1 | 78.000.000 | 78.000.000 |
| 2 | Tư vấn hướng nghiệp lưu động tại các trường THCS | Buổi | 14 | 3.500.000 | 49.000.000 |
| 3 | Bồi dưỡng giáo viên kiêm nhiệm tư vấn hướng nghiệp | Lớp | 2 | 32.500.000 | 65.000.000 |
| 4 | Thuê xe, bảo hiểm cho học sinh tham quan doanh nghiệp | Chuyến | 12 | 6.800.000 | 81.600.000 |
| 5 | In tờ gấp, cẩm nang "Chọn nghề - Lập nghiệp" | Bộ | 3.000 | 12.000 | 36.000.000 |
| 6 | Vật tư thực hành nghề Điện dân dụng, Sửa chữa xe máy | Gói | 1 | 74.000.000 | 74.000.000 |
| 7 | Hỗ trợ tiền ăn học viên khó khăn (40 người x 4 tháng) | Người/tháng | 160 | 180.000 | 28.800.000 |
|    | **Tổng cộng** |  |  |  | **412.400.000** |

(Bằng chữ: Bốn trăm mười hai triệu, bốn trăm nghìn đồng)

3. Nguồn kinh phí

- Ngân sách huyện năm 2026 (trong tổng kinh phí 865.000.000 đồng dành cho Kế hoạch số 112/KH-UBND): 360.000.000 đồng.
- Nguồn xã hội hóa do doanh nghiệp tài trợ: 52.400.000 đồng, trong đó Công ty TNHH May mặc Phúc Dã cam kết 30.000.000 đồng, Công ty cổ phần Cơ khí Rẽ Quạt cam kết 22.400.000 đồng.

III. ĐỀ XUẤT TỔ CHỨC THỰC HIỆN

1. Trung tâm chủ trì tổ chức các hoạt động nêu tại mục II; sử dụng kinh phí đúng mục đích và gửi hồ sơ quyết toán về Phòng Tài chính - Kế hoạch trước ngày 15/12/2026.
2. Kính đề nghị UBND huyện giao Phòng Tài chính - Kế hoạch thẩm định dự toán, tham mưu cấp kinh phí cho Trung tâm trong quý II/2026.
3. Đề nghị Phòng Giáo dục và Đào tạo chỉ đạo các trường THCS bố trí thời gian, địa điểm cho các buổi tư vấn lưu động và lập danh sách học sinh tham quan doanh nghiệp, gửi về Trung tâm trước ngày 31/3/2026.
4. Đề nghị Huyện đoàn Kha Vàm cử 20 đoàn viên tình nguyện hỗ trợ công tác hậu cần, hướng dẫn học sinh tại Ngày hội hướng nghiệp cấp huyện.
5. Đề nghị Công ty TNHH May mặc Phúc Dã và Công ty cổ phần Cơ khí Rẽ Quạt tiếp đón học sinh tham quan, bố trí cán bộ kỹ thuật giới thiệu quy trình sản xuất và nhu cầu tuyển dụng.

Đầu mối liên hệ: ông Bế Quang Hưởng, Phó Giám đốc Trung tâm; điện thoại: 0978.415.230; e-mail: ttgdnngdtx.khavam@vancu.edu.vn.

Trung tâm GDNN-GDTX huyện Kha Vàm kính trình UBND huyện xem xét, phê duyệt./.


Nơi nhận:                                              GIÁM ĐỐC
- Như trên;
- Phòng Tài chính - Kế hoạch;                            (Đã ký)
- Phòng Giáo dục và Đào tạo;
- Lưu: VT, KT.
                                                       Hứa Thị Yến
"""


# ---------------------------------------------------------------------------
# rz04 — Công văn của Sở GD&ĐT (.txt, hard-wrapped as if copied from a PDF)
# ---------------------------------------------------------------------------
RZ04_HEAD = """\
UBND TỈNH VÂN CỪ                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                       Độc lập - Tự do - Hạnh phúc

Số: 486/SGDĐT-GDTrH                     Cừ Sơn, ngày 06 tháng 4 năm 2026
V/v tổ chức Ngày hội tư vấn
hướng nghiệp, tuyển sinh năm 2026

        Kính gửi:
             - Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;
             - Các trường trung học phổ thông, phổ thông dân tộc nội trú;
             - Các trung tâm GDNN-GDTX cấp huyện.
"""
RZ04_BODY = [
    "Thực hiện Kế hoạch số 47/KH-UBND ngày 05/11/2025 của UBND tỉnh Vân Cừ về giáo dục hướng "
    "nghiệp và định hướng phân luồng học sinh trong giáo dục phổ thông giai đoạn 2026 - 2030, "
    "nhằm giúp học sinh lớp 9 và lớp 12 có thêm thông tin để lựa chọn ngành nghề, trường học phù "
    "hợp trước kỳ tuyển sinh năm 2026, Sở Giáo dục và Đào tạo (GD&ĐT) phối hợp với Sở Nội vụ, "
    "Tỉnh đoàn Vân Cừ và Trường Cao đẳng Kỹ thuật - Công nghệ Vân Cừ tổ chức Ngày hội tư vấn "
    "hướng nghiệp, tuyển sinh năm 2026 (sau đây gọi là Ngày hội) theo 03 cụm. Sở GD&ĐT thông "
    "báo và đề nghị các đơn vị thực hiện như sau:",
    "1. Thời gian, địa điểm",
    "a) Cụm số 1 (thành phố Cừ Sơn và thị xã Bồ Khai): từ 7 giờ 30 phút đến 11 giờ 00, thứ Bảy "
    "ngày 18/4/2026, tại Nhà Văn hóa Thanh thiếu nhi tỉnh, số 05 đường Lam Khải, thành phố Cừ Sơn.",
    "b) Cụm số 2 (huyện Kha Vàm và huyện Thạnh Nê): từ 7 giờ 30 phút đến 11 giờ 00, thứ Tư ngày "
    "22/4/2026, tại Trường THPT Kha Vàm, thị trấn Kha Vàm.",
    "c) Cụm số 3 (huyện Mộc Xuyến và huyện Đông Quyển): từ 13 giờ 30 phút đến 16 giờ 30 phút, "
    "thứ Bảy ngày 25/4/2026, tại Trung tâm GDNN-GDTX huyện Mộc Xuyến, xã Lâu Mận, huyện Mộc Xuyến.",
    "2. Thành phần tham dự",
    "- Mỗi trường THCS cử tối thiểu 40 học sinh lớp 9 và 02 giáo viên chủ nhiệm hoặc giáo viên "
    "kiêm nhiệm tư vấn hướng nghiệp đi cùng.",
    "- Mỗi trường THPT, PTDTNT cử tối thiểu 60 học sinh lớp 12 và 02 giáo viên.",
    "- Đại diện lãnh đạo Phòng Giáo dục và Đào tạo, các trung tâm GDNN-GDTX cấp huyện thuộc cụm.",
    "- Dự kiến mỗi cụm có khoảng 1.200 học sinh tham dự.",
    "3. Nội dung Ngày hội",
    "- Giao lưu, tọa đàm với chủ đề \"Hiểu mình - Hiểu nghề - Chọn đúng đường\" giữa học sinh với "
    "chuyên gia tư vấn, đại diện doanh nghiệp và cựu học sinh đang học nghề, có việc làm ổn định.",
    "- Trưng bày, giới thiệu ngành nghề đào tạo, chế độ học phí, học bổng của các trường cao "
    "đẳng, trung cấp và trung tâm GDNN-GDTX; gian giới thiệu việc làm của doanh nghiệp.",
    "- Làm trắc nghiệm sở thích nghề nghiệp trên máy tính và nhận kết quả tư vấn cá nhân ngay "
    "tại Ngày hội.",
    "- Cuộc thi \"Hiểu nghề - Chọn nghề\" dành cho học sinh, mỗi cụm trao 01 giải Nhất "
    "(2.000.000 đồng), 02 giải Nhì (mỗi giải 1.200.000 đồng) và 03 giải Ba (mỗi giải 800.000 "
    "đồng).",
    "4. Trách nhiệm của các đơn vị",
    "4.1. Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố: chỉ đạo các trường THCS lập danh "
    "sách học sinh, giáo viên tham dự (theo mẫu gửi kèm), gửi về Sở GD&ĐT (qua phòng Giáo dục "
    "trung học) trước ngày 14/4/2026; bố trí phương tiện đưa đón, bảo đảm an toàn cho học sinh "
    "trong suốt thời gian tham gia Ngày hội.",
    "4.2. Các trường THPT, PTDTNT: cử học sinh lớp 12 tham dự theo thành phần nêu tại mục 2; "
    "Trường THPT Kha Vàm chuẩn bị hội trường, sân khấu, điện, nước và khu vực để xe phục vụ Ngày "
    "hội cụm số 2, hoàn thành trước ngày 20/4/2026.",
    "4.3. Các trung tâm GDNN-GDTX cấp huyện: chuẩn bị gian trưng bày sản phẩm của học viên; Trung "
    "tâm GDNN-GDTX huyện Mộc Xuyến chuẩn bị địa điểm, hậu cần phục vụ Ngày hội cụm số 3.",
    "4.4. Đề nghị Trường Cao đẳng Kỹ thuật - Công nghệ Vân Cừ bố trí tại mỗi cụm 01 gian tư vấn "
    "tuyển sinh, 05 giảng viên tư vấn và thiết bị cho học sinh trải nghiệm thực hành nghề.",
    "4.5. Đề nghị Sở Nội vụ cung cấp thông tin thị trường lao động năm 2026, mời ít nhất 12 doanh "
    "nghiệp tham gia gian giới thiệu việc làm tại mỗi cụm.",
    "4.6. Đề nghị Tỉnh đoàn Vân Cừ huy động 30 đoàn viên, thanh niên tình nguyện hỗ trợ công tác "
    "tổ chức, hướng dẫn học sinh tại mỗi cụm.",
    "5. Kinh phí",
    "Sở GD&ĐT chi trả kinh phí thuê âm thanh, ánh sáng, khánh tiết và giải thưởng cuộc thi từ "
    "nguồn sự nghiệp giáo dục năm 2026 giao cho Sở. Các đơn vị tự chi trả kinh phí đưa đón học "
    "sinh, giáo viên từ nguồn kinh phí hoạt động của đơn vị theo quy định.",
    "Sau Ngày hội, các Phòng Giáo dục và Đào tạo và các trường THPT, PTDTNT gửi báo cáo kết quả "
    "tham gia (số học sinh, số lượt tư vấn, đề xuất) về Sở GD&ĐT trước ngày 08/5/2026.",
    "Thông tin chi tiết xin liên hệ bà Đinh Thị Nguyệt, Phó Trưởng phòng Giáo dục trung học, Sở "
    "GD&ĐT; điện thoại: 0912.735.068; e-mail: dtnguyet.sgddt@vancu.edu.vn.",
    "Sở GD&ĐT đề nghị Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện./.",
]
RZ04_TAIL = """\

Nơi nhận:                                          KT. GIÁM ĐỐC
- Như trên;                                        PHÓ GIÁM ĐỐC
- UBND tỉnh (để b/c);
- Sở Nội vụ;                                          (Đã ký)
- Tỉnh đoàn Vân Cừ;
- Trường CĐ Kỹ thuật - Công nghệ Vân Cừ;
- Giám đốc, các PGĐ Sở;                            Trương Công Hậu
- Lưu: VT, GDTrH.
"""


def build_rz04(path):
    out = [RZ04_HEAD]
    for para in RZ04_BODY:
        # hard wrap at 74 columns: lines break mid-sentence, inside names and dates
        out.append(textwrap.fill(para, width=74, break_long_words=False, break_on_hyphens=False))
    text = "\n".join(out) + "\n" + RZ04_TAIL
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(text))


# ---------------------------------------------------------------------------
# rz05 — Báo cáo của Sở Nội vụ (.md, figures per district)
# ---------------------------------------------------------------------------
RZ05_ROWS = [
    # đơn vị, tốt nghiệp THCS, vào lớp 10 THPT, GDTX cấp THPT, trung cấp + sơ cấp
    ("Thành phố Cừ Sơn", 3120, 2340, 262, 406),
    ("Thị xã Bồ Khai", 1485, 1040, 152, 248),
    ("Huyện Kha Vàm", 1342, 842, 168, 289),
    ("Huyện Thạnh Nê", 1108, 690, 121, 251),
    ("Huyện Mộc Xuyến", 967, 548, 107, 262),
    ("Huyện Đông Quyển", 1204, 731, 139, 276),
]


def _vn(n):
    return f"{n:,}".replace(",", ".")


def _pct(a, b):
    return f"{100 * a / b:.1f}".replace(".", ",")


def rz05_table():
    lines = [
        "| TT | Đơn vị | Tốt nghiệp THCS | Vào lớp 10 THPT | Học GDTX cấp THPT | Học trung cấp, sơ cấp | Chưa học tiếp | Tỷ lệ vào GDNN (%) |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    tot = [0, 0, 0, 0, 0]
    for i, (name, tn, thpt, gdtx, gdnn) in enumerate(RZ05_ROWS, 1):
        rest = tn - thpt - gdtx - gdnn
        for k, v in enumerate((tn, thpt, gdtx, gdnn, rest)):
            tot[k] += v
        lines.append(f"| {i} | {name} | {_vn(tn)} | {_vn(thpt)} | {_vn(gdtx)} | {_vn(gdnn)} | {_vn(rest)} | {_pct(gdnn, tn)} |")
    lines.append(
        f"|  | **Toàn tỉnh** | **{_vn(tot[0])}** | **{_vn(tot[1])}** | **{_vn(tot[2])}** | "
        f"**{_vn(tot[3])}** | **{_vn(tot[4])}** | **{_pct(tot[3], tot[0])}** |")
    return "\n".join(lines)


RZ05 = """\
UBND TỈNH VÂN CỪ  
SỞ NỘI VỤ  
Số: 71/BC-SNV

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
Độc lập - Tự do - Hạnh phúc  
Cừ Sơn, ngày 10 tháng 12 năm 2025

# BÁO CÁO

## Kết quả công tác giáo dục nghề nghiệp, phân luồng học sinh sau trung học cơ sở năm 2025; phương hướng, nhiệm vụ năm 2026

Kính gửi: UBND tỉnh Vân Cừ.

Thực hiện chế độ báo cáo định kỳ và Kế hoạch số 47/KH-UBND ngày 05/11/2025 của UBND tỉnh về giáo dục hướng nghiệp và định hướng phân luồng học sinh trong giáo dục phổ thông giai đoạn 2026 - 2030, Sở Nội vụ báo cáo kết quả năm 2025 như sau:

### I. KẾT QUẢ THỰC HIỆN NĂM 2025

#### 1. Mạng lưới cơ sở giáo dục nghề nghiệp

Toàn tỉnh hiện có 19 cơ sở giáo dục nghề nghiệp, gồm: 02 trường cao đẳng, 03 trường trung cấp, 06 trung tâm GDNN-GDTX cấp huyện và 08 cơ sở khác có đăng ký hoạt động giáo dục nghề nghiệp. Trong năm, Trường Cao đẳng Kỹ thuật - Công nghệ Vân Cừ mở thêm nghề Kỹ thuật máy lạnh và điều hòa không khí trình độ cao đẳng; Trung tâm GDNN-GDTX huyện Đông Quyển chưa có xưởng thực hành riêng, phải thuê nhà văn hóa xã để tổ chức lớp sơ cấp.

#### 2. Kết quả tuyển sinh giáo dục nghề nghiệp

Năm 2025, toàn tỉnh tuyển sinh 14.260 người, vượt kế hoạch UBND tỉnh giao (14.000 người) và bằng 101,9% kế hoạch, trong đó: trình độ cao đẳng 1.935 người, trình độ trung cấp 3.418 người, trình độ sơ cấp và đào tạo dưới 3 tháng 8.907 người. Số người tốt nghiệp trong năm là 12.640 người; tỷ lệ có việc làm sau 06 tháng tốt nghiệp là 89,4% ở trình độ cao đẳng và 84,7% ở trình độ trung cấp.

#### 3. Kết quả phân luồng học sinh sau THCS năm học 2024 - 2025

Bảng 1. Kết quả phân luồng theo đơn vị hành chính cấp huyện (đơn vị tính: học sinh)

@@TABLE@@

Tỷ lệ học sinh tốt nghiệp THCS vào học giáo dục nghề nghiệp toàn tỉnh là @@TOTPCT@@%, tăng 2,3 điểm phần trăm so với năm 2024 nhưng còn thấp hơn mục tiêu 25% của tỉnh. Huyện Mộc Xuyến có tỷ lệ cao nhất (27,1%) và là đơn vị duy nhất vượt mục tiêu; thành phố Cừ Sơn có tỷ lệ thấp nhất (13,0%). Số học sinh chưa học tiếp là @@REST@@ em, tập trung ở các xã vùng cao của huyện Đông Quyển và huyện Thạnh Nê.

#### 4. Công tác hướng nghiệp và thực hiện chính sách

- 146/146 trường THCS bố trí giáo viên kiêm nhiệm tư vấn hướng nghiệp; 212 giáo viên tham gia bồi dưỡng kỹ năng tư vấn trong năm.
- Tổ chức 02 Ngày hội tư vấn hướng nghiệp cấp tỉnh với 5.800 lượt học sinh tham gia; 38 doanh nghiệp ký thỏa thuận đặt hàng đào tạo với các cơ sở giáo dục nghề nghiệp.
- Thực hiện chính sách miễn học phí cho 2.964 học sinh tốt nghiệp THCS học trình độ trung cấp với tổng kinh phí cấp bù 11,6 tỷ đồng.

### II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN

- Tỷ lệ phân luồng vào giáo dục nghề nghiệp chưa đạt mục tiêu ở 5/6 đơn vị cấp huyện; tâm lý coi trọng bằng cấp, muốn con vào lớp 10 THPT bằng mọi giá còn phổ biến.
- 04/06 trung tâm GDNN-GDTX cấp huyện thiếu giáo viên dạy nghề cơ hữu; thiết bị thực hành nhiều nơi lạc hậu so với công nghệ doanh nghiệp đang sử dụng.
- Sự phối hợp giữa nhà trường và doanh nghiệp chủ yếu dừng ở tham quan, còn ít hợp đồng đặt hàng đào tạo gắn với cam kết tuyển dụng.

### III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

- Tuyển sinh giáo dục nghề nghiệp 14.500 người, trong đó trình độ cao đẳng và trung cấp 5.600 người.
- Tỷ lệ học sinh tốt nghiệp THCS vào học giáo dục nghề nghiệp toàn tỉnh tối thiểu 22%; mỗi huyện, thị xã, thành phố tăng tối thiểu 2 điểm phần trăm so với năm 2025.
- Hoàn thành cơ sở dữ liệu nguyện vọng học tiếp của học sinh lớp 9 toàn tỉnh, kết nối với cơ sở dữ liệu thị trường lao động.

### IV. ĐỀ XUẤT, KIẾN NGHỊ

1. Kính đề nghị UBND tỉnh bổ sung 6,5 tỷ đồng từ nguồn sự nghiệp giáo dục nghề nghiệp năm 2026 để đầu tư thiết bị thực hành cho 06 trung tâm GDNN-GDTX cấp huyện, ưu tiên Trung tâm GDNN-GDTX huyện Đông Quyển.
2. Đề nghị Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Nội vụ xây dựng cơ sở dữ liệu nguyện vọng học tiếp của học sinh lớp 9, hoàn thành trước ngày 31/3/2026; chỉ đạo các trường THCS nâng cao chất lượng tư vấn hướng nghiệp cho cha mẹ học sinh.
3. Đề nghị Sở Tài chính thẩm định, tham mưu UBND tỉnh bố trí kinh phí nêu tại mục 1 trong quý I/2026.
4. Đề nghị UBND các huyện, thị xã, thành phố giao chỉ tiêu phân luồng đến từng xã, phường, thị trấn; báo cáo kết quả 6 tháng đầu năm 2026 về Sở Nội vụ trước ngày 15/6/2026.
5. Các trường cao đẳng, trung cấp có trách nhiệm phối hợp với doanh nghiệp mở rộng đào tạo theo đơn đặt hàng, công khai tỷ lệ người học có việc làm sau tốt nghiệp trên trang thông tin điện tử của trường.
6. Sở Nội vụ chủ trì cập nhật thông tin cung - cầu lao động hằng quý, cung cấp cho Sở GD&ĐT và các cơ sở giáo dục nghề nghiệp để định hướng tuyển sinh.

Đầu mối: ông Nông Văn Khải, Trưởng phòng Lao động - Việc làm và Giáo dục nghề nghiệp, Sở Nội vụ; điện thoại: 0286.3826.719; e-mail: nvkhai.snv@vancu.gov.vn.

Sở Nội vụ kính báo cáo UBND tỉnh xem xét, chỉ đạo./.

**Nơi nhận:**
- Như trên;
- Bộ Giáo dục và Đào tạo (để b/c);
- Sở Giáo dục và Đào tạo;
- Sở Tài chính;
- UBND các huyện, thị xã, thành phố;
- Lưu: VT, LĐVL&GDNN.

GIÁM ĐỐC

(Đã ký)

Hà Minh Quân
"""


def build_rz05(path):
    tot_tn = sum(r[1] for r in RZ05_ROWS)
    tot_gdnn = sum(r[4] for r in RZ05_ROWS)
    rest = sum(r[1] - r[2] - r[3] - r[4] for r in RZ05_ROWS)
    text = (RZ05.replace("@@TABLE@@", rz05_table())
            .replace("@@TOTPCT@@", _pct(tot_gdnn, tot_tn))
            .replace("@@REST@@", _vn(rest)))
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(text))


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_rz01(os.path.join(CORPUS, "rz01_kh_phanluong.docx"))
    build_rz02(os.path.join(CORPUS, "rz02_tb_tuyensinh.pdf"))
    with open(os.path.join(CORPUS, "rz03_totrinh_kinhphi.txt"), "w", encoding="utf-8") as f:
        f.write(nfc(RZ03))
    build_rz04(os.path.join(CORPUS, "rz04_cv_ngayhoi.txt"))
    build_rz05(os.path.join(CORPUS, "rz05_bc_ketqua.md"))
    print("built", sorted(os.listdir(CORPUS)))


if __name__ == "__main__":
    main()
