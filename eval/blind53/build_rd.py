#!/usr/bin/env python3
"""Build the 5 corpus files of eval set blind53 (tỉnh Yên Thành Nam).

All text is invented. Run with /work/main/.venv/bin/python (python-docx, fpdf2).
Writes corpus/rd01..rd05.
"""
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
# rd01 — Kế hoạch của UBND tỉnh (.docx, Word list numbering + task table)
# ---------------------------------------------------------------------------
RD01_HEADER_LEFT = ["UỶ BAN NHÂN DÂN", "TỈNH YÊN THÀNH NAM", "_______", "Số: 27/KH-UBND"]
RD01_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "________________", "Hạc Trì, ngày 16 tháng 01 năm 2026"]
RD01_TITLE = ["KẾ HOẠCH",
              "Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
              "tỉnh Yên Thành Nam năm 2026"]
# markup: P = paragraph, H = bold heading, N = numbered list item (new list when
# NEW appears), B = bullet item
RD01_BODY = [
    ("P", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển "
          "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("P", "Căn cứ Nghị quyết số 31/2025/NQ-HĐND ngày 11/12/2025 của Hội đồng nhân dân tỉnh về dự toán "
          "ngân sách địa phương năm 2026;"),
    ("P", "Xét đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 09/TTr-SKHCN ngày 08/01/2026, "
          "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo và "
          "chuyển đổi số năm 2026 như sau:"),
    ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("B", "Lấy người dân và doanh nghiệp làm trung tâm; ưu tiên các nhiệm vụ tạo chuyển biến rõ nét "
          "ở cấp xã, trường học và cơ sở y tế."),
    ("H", "II. CHỈ TIÊU CHỦ YẾU NĂM 2026"),
    ("NEW", ""),
    ("N", "100% cơ quan hành chính cấp tỉnh, cấp huyện và cấp xã xử lý văn bản điện tử có ký số trên "
          "hệ thống quản lý văn bản dùng chung, trừ văn bản mật."),
    ("N", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình đạt tối "
          "thiểu 55%; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 90%."),
    ("N", "Ít nhất 70% người dân trong độ tuổi lao động được phổ cập kỹ năng số cơ bản; mỗi xã, "
          "phường, thị trấn duy trì tối thiểu 01 Tổ công nghệ số cộng đồng hoạt động thường xuyên."),
    ("N", "100% trường trung học cơ sở và trung học phổ thông có đường truyền cáp quang tốc độ từ "
          "100 Mbps trở lên; 65% giáo viên được bồi dưỡng khai thác học liệu số và ứng dụng trí tuệ "
          "nhân tạo trong dạy học."),
    ("N", "Triển khai mới 18 nhiệm vụ khoa học và công nghệ cấp tỉnh, trong đó ít nhất 6 nhiệm vụ ứng "
          "dụng trí tuệ nhân tạo, dữ liệu lớn hoặc công nghệ số."),
    ("N", "Hỗ trợ ít nhất 12 doanh nghiệp đổi mới công nghệ, chuyển giao công nghệ; phát triển thêm "
          "5 doanh nghiệp khoa học và công nghệ và 3 tổ chức hỗ trợ khởi nghiệp sáng tạo."),
    ("H", "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"),
    ("H", "1. Nâng cao nhận thức, đổi mới tư duy"),
    ("B", "Tuyên truyền sâu rộng về vai trò của khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi "
          "số trên Báo và Phát thanh, Truyền hình Yên Thành Nam và hệ thống đài truyền thanh cấp xã; "
          "mỗi tháng có ít nhất 01 chuyên mục chuyên đề."),
    ("B", "Phát động phong trào “Bình dân học vụ số” trên địa bàn toàn tỉnh; biểu dương, khen thưởng "
          "kịp thời tập thể, cá nhân có cách làm hay."),
    ("H", "2. Hoàn thiện thể chế, cơ chế, chính sách"),
    ("B", "Rà soát, trình Hội đồng nhân dân tỉnh ban hành chính sách hỗ trợ doanh nghiệp đổi mới công "
          "nghệ giai đoạn 2026 - 2030 tại kỳ họp giữa năm 2026."),
    ("H", "3. Phát triển hạ tầng số, dữ liệu số"),
    ("B", "Hoàn thành kết nối Kho dữ liệu dùng chung của tỉnh với Cơ sở dữ liệu quốc gia về dân cư; "
          "đưa vào vận hành Trung tâm điều hành thông minh (IOC) giai đoạn 2 trước ngày 30/9/2026."),
    ("B", "Phủ sóng di động 4G, 5G đến 100% thôn, bản; xóa 27 vùng lõm sóng còn lại tại các huyện "
          "miền núi."),
    ("H", "4. Phát triển nguồn nhân lực, giáo dục số"),
    ("B", "Triển khai học bạ số đối với 100% trường tiểu học và trung học cơ sở; thí điểm lớp học "
          "thông minh tại 15 trường trung học phổ thông."),
    ("B", "Đào tạo, bồi dưỡng kỹ năng số cho 4.500 cán bộ, công chức, viên chức; ưu tiên cán bộ cấp "
          "xã và người làm công tác văn thư, một cửa."),
    ("H", "5. Thúc đẩy đổi mới sáng tạo trong doanh nghiệp và cộng đồng"),
    ("B", "Tổ chức Hội chợ công nghệ và thiết bị tỉnh Yên Thành Nam năm 2026 vào tháng 11/2026; kết "
          "nối ít nhất 40 giao dịch công nghệ."),
    ("H", "IV. KINH PHÍ THỰC HIỆN"),
    ("P", "Tổng kinh phí dự kiến năm 2026 là 46,8 tỷ đồng, trong đó: ngân sách tỉnh 31,5 tỷ đồng (sự "
          "nghiệp khoa học và công nghệ 19,2 tỷ đồng; chi chuyển đổi số 12,3 tỷ đồng); Quỹ Phát triển "
          "khoa học và công nghệ tỉnh 9,3 tỷ đồng; nguồn xã hội hóa và phần đóng góp của doanh nghiệp "
          "6,0 tỷ đồng."),
    ("H", "V. PHÂN CÔNG NHIỆM VỤ CỤ THỂ"),
    ("TABLE", ""),
    ("H", "VI. TỔ CHỨC THỰC HIỆN"),
    ("NEW", ""),
    ("N", "Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, kiểm tra việc thực hiện "
          "Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh định kỳ 6 tháng (trước ngày 15/6/2026) "
          "và cả năm (trước ngày 15/12/2026)."),
    ("N", "Sở Tài chính có trách nhiệm tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán năm "
          "2026; hướng dẫn các đơn vị thanh quyết toán theo quy định."),
    ("N", "Sở Giáo dục và Đào tạo chủ trì triển khai các chỉ tiêu về giáo dục số; hướng dẫn các trường "
          "xây dựng kế hoạch bồi dưỡng giáo viên, hoàn thành trong tháng 8/2026."),
    ("N", "Sở Văn hóa, Thể thao và Du lịch chỉ đạo hệ thống thông tin cơ sở mở chuyên mục về chuyển "
          "đổi số; phối hợp Báo và Phát thanh, Truyền hình Yên Thành Nam đưa tin định kỳ hằng tháng."),
    ("N", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên "
          "truyền, vận động đoàn viên, hội viên tham gia phong trào “Bình dân học vụ số”."),
    ("N", "Ủy ban nhân dân các huyện, thành phố căn cứ Kế hoạch này xây dựng kế hoạch thực hiện tại "
          "địa phương, gửi về Sở Khoa học và Công nghệ trước ngày 28/02/2026 để tổng hợp."),
    ("N", "Các sở, ban, ngành, đơn vị cấp tỉnh cử 01 lãnh đạo và 01 chuyên viên làm đầu mối chuyển "
          "đổi số, gửi danh sách về Sở Khoa học và Công nghệ trước ngày 31/01/2026."),
    ("P", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị liên hệ bà "
          "Lương Thị Hồng Nhung, Phó Trưởng phòng Quản lý khoa học, Sở Khoa học và Công nghệ (điện "
          "thoại: 0237.3852.416; thư điện tử: nhunglth.skhcn@yenthanhnam.gov.vn) để phối hợp giải "
          "quyết./."),
]
RD01_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Xây dựng Đề án thành lập Trung tâm Đổi mới sáng tạo tỉnh Yên Thành Nam",
     "Sở Khoa học và Công nghệ", "Sở Tài chính; Sở Nội vụ", "Hoàn thành trong quý II/2026"],
    ["2", "Hoàn thành kết nối Kho dữ liệu dùng chung với Cơ sở dữ liệu quốc gia về dân cư",
     "Trung tâm Chuyển đổi số tỉnh", "Công an tỉnh; các sở, ngành liên quan", "Trước ngày 30/9/2026"],
    ["3", "Phổ cập kỹ năng số cho người dân thông qua phong trào “Bình dân học vụ số”",
     "UBND các huyện, thành phố", "Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh; Hội Nông dân tỉnh",
     "Trước ngày 30/11/2026"],
    ["4", "Bồi dưỡng năng lực số cho giáo viên; triển khai học bạ số, lớp học thông minh",
     "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ; UBND cấp huyện",
     "Hoàn thành trong tháng 8/2026"],
    ["5", "Tuyên truyền về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
     "Sở Văn hóa, Thể thao và Du lịch",
     "Báo và Phát thanh, Truyền hình Yên Thành Nam; Ban Tuyên giáo và Dân vận Tỉnh ủy",
     "Thực hiện định kỳ hằng tháng"],
    ["6", "Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX",
     "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Sở Khoa học và Công nghệ; Tỉnh đoàn",
     "Tổ chức trong tháng 10/2026"],
    ["7", "Hỗ trợ doanh nghiệp đổi mới công nghệ; tổ chức Hội chợ công nghệ và thiết bị",
     "Sở Khoa học và Công nghệ", "Sở Công Thương; Hiệp hội Doanh nghiệp tỉnh",
     "Hoàn thành trong tháng 11/2026"],
]
RD01_NOINHAN = ["Nơi nhận:", "- Bộ Khoa học và Công nghệ (để b/c);", "- Thường trực Tỉnh ủy (để b/c);",
                "- Thường trực HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thành phố;", "- Lưu: VT, KGVX."]
RD01_SIGN = ["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "",
             "Đinh Công Thuấn"]


def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _cell_lines(cell, lines, bold_first=0, center=True):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(nfc(line))
        r.bold = i < bold_first
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _new_num(doc, style_name):
    """Create a new w:num for the abstract numbering of a list style, restarting at 1."""
    numbering = doc.part.numbering_part.numbering_definitions._numbering
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


def build_rd01(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3)
        s.right_margin = Cm(2)
    head = doc.add_table(rows=1, cols=2)
    _no_borders(head)
    _cell_lines(head.cell(0, 0), RD01_HEADER_LEFT, bold_first=2)
    _cell_lines(head.cell(0, 1), RD01_HEADER_RIGHT, bold_first=2)
    doc.add_paragraph()
    for i, t in enumerate(RD01_TITLE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(nfc(t))
        r.bold = True
    num_id = None
    for kind, text in RD01_BODY:
        if kind == "P":
            p = doc.add_paragraph(nfc(text))
            p.paragraph_format.first_line_indent = Cm(1)
        elif kind == "H":
            p = doc.add_paragraph()
            p.add_run(nfc(text)).bold = True
        elif kind == "B":
            doc.add_paragraph(nfc(text), style="List Bullet")
        elif kind == "NEW":
            num_id = _new_num(doc, "List Number")
        elif kind == "N":
            p = doc.add_paragraph(nfc(text), style="List Number")
            _set_num(p, num_id)
        elif kind == "TABLE":
            t = doc.add_table(rows=len(RD01_TABLE), cols=5)
            t.style = "Table Grid"
            for i, row in enumerate(RD01_TABLE):
                for j, val in enumerate(row):
                    c = t.cell(i, j)
                    c.text = nfc(val)
                    if i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
    sig = doc.add_table(rows=1, cols=2)
    _no_borders(sig)
    _cell_lines(sig.cell(0, 0), RD01_NOINHAN, bold_first=1, center=False)
    _cell_lines(sig.cell(0, 1), RD01_SIGN, bold_first=3)
    doc.save(path)


# ---------------------------------------------------------------------------
# rd02 — Công văn của UBND huyện (.txt, hard-wrapped as if copied from a PDF,
#        header in two columns typed with spaces)
# ---------------------------------------------------------------------------
RD02_HEAD = """\
UỶ BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN LÂM HOÀI                     Độc lập - Tự do - Hạnh phúc
    -------                      ----------------------------
Số: 318/UBND-VHTT             Lâm Hoài, ngày 05 tháng 02 năm 2026
V/v triển khai phong trào
“Bình dân học vụ số” và phổ cập
kỹ năng số cho người dân năm 2026

                 Kính gửi:
                    - Các phòng, ban, ngành, đơn vị thuộc UBND huyện;
                    - Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể huyện;
                    - Ủy ban nhân dân các xã, thị trấn.
"""
RD02_PARAS = [
    "Thực hiện Kế hoạch số 27/KH-UBND ngày 16/01/2026 của Ủy ban nhân dân tỉnh về phát triển khoa "
    "học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Yên Thành Nam năm 2026; để phong trào "
    "“Bình dân học vụ số” đi vào chiều sâu, Ủy ban nhân dân huyện Lâm Hoài đề nghị các cơ quan, "
    "đơn vị, địa phương triển khai các nội dung sau:",
    "Năm 2025, toàn huyện mở 96 lớp “Bình dân học vụ số” với 3.870 lượt người tham gia; tuy nhiên "
    "tỷ lệ người dân sử dụng dịch vụ công trực tuyến mới đạt 38%, nhiều thôn vùng cao chưa có người "
    "hướng dẫn tại chỗ, người cao tuổi còn gặp khó khăn khi sử dụng điện thoại thông minh.",
    "1. Mục tiêu năm 2026",
    "Đến ngày 30/11/2026, ít nhất 72% người dân từ 15 tuổi trở lên trên địa bàn huyện được hướng "
    "dẫn kỹ năng số cơ bản (cài đặt, sử dụng tài khoản định danh điện tử VNeID mức độ 2, dịch vụ "
    "công trực tuyến, thanh toán không dùng tiền mặt, nhận diện tin giả và lừa đảo trực tuyến); tổ "
    "chức tối thiểu 140 lớp “Bình dân học vụ số” tại 13 xã và thị trấn Lâm Hoài; 100% thôn, tổ dân "
    "phố có Tổ công nghệ số cộng đồng.",
    "2. Phòng Văn hóa - Thông tin huyện",
    "Là cơ quan thường trực, chủ trì, phối hợp với Phòng Giáo dục và Đào tạo, Huyện đoàn tham mưu "
    "UBND huyện ban hành bộ tài liệu hướng dẫn “Kỹ năng số cho mọi nhà” trước ngày 15/3/2026; theo "
    "dõi, tổng hợp kết quả, báo cáo UBND huyện định kỳ hằng quý (trước ngày 20 của tháng cuối quý) "
    "và đề xuất khen thưởng khi sơ kết, tổng kết.",
    "3. Trung tâm Văn hóa - Thể thao và Truyền thông huyện",
    "Mở chuyên mục “Kỹ năng số mỗi tuần” phát trên Đài Truyền thanh huyện vào 19 giờ 30 phút tối "
    "thứ Năm hằng tuần, phát lại vào 6 giờ sáng thứ Bảy; đăng tải video hướng dẫn ngắn trên trang "
    "thông tin điện tử và trang mạng xã hội của huyện.",
    "4. Phòng Giáo dục và Đào tạo",
    "Hướng dẫn các trường tiểu học, trung học cơ sở huy động giáo viên tin học, giáo viên trẻ làm "
    "“tình nguyện viên số”; mỗi trường trung học cơ sở mở ít nhất 02 lớp cho phụ huynh học sinh "
    "trong mỗi học kỳ; lồng ghép nội dung an toàn trên không gian mạng vào hoạt động trải nghiệm "
    "của học sinh.",
    "5. Huyện đoàn Lâm Hoài",
    "Thành lập 14 đội hình “Thanh niên tình nguyện số” tại 13 xã và thị trấn, mỗi đội từ 10 đến 15 "
    "đoàn viên; tổ chức đợt cao điểm hỗ trợ người dân trong Tháng Thanh niên (tháng 3/2026) và "
    "chiến dịch Thanh niên tình nguyện hè (tháng 6 - 8/2026); phát động cuộc thi ý tưởng sáng tạo "
    "trẻ gắn với chuyển đổi số.",
    "6. Đề nghị Ủy ban MTTQ Việt Nam huyện, Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh "
    "huyện",
    "Vận động hội viên, nhất là người cao tuổi, phụ nữ, nông dân tham gia các lớp học; mỗi tổ chức "
    "hội cấp xã phối hợp mở ít nhất 01 lớp trong năm; hướng dẫn hội viên đưa nông sản lên sàn "
    "thương mại điện tử.",
    "7. Phòng Tài chính - Kế hoạch",
    "Tham mưu bố trí 420 triệu đồng từ ngân sách huyện năm 2026 để hỗ trợ mở lớp (mức 3 triệu "
    "đồng/lớp, tối đa 140 lớp); hướng dẫn các xã, thị trấn thanh quyết toán đúng quy định.",
    "8. Ủy ban nhân dân các xã, thị trấn",
    "Kiện toàn Tổ công nghệ số cộng đồng ở thôn, tổ dân phố; bố trí địa điểm học tại nhà văn hóa "
    "thôn, điểm trường; đăng ký số lớp và danh sách học viên gửi về Phòng Văn hóa - Thông tin huyện "
    "trước ngày 25 tháng 02 năm 2026. UBND huyện chọn xã Trung Khải và xã Vũ Lăng làm điểm mô hình "
    "“Xã số thông minh”; hai xã xây dựng kế hoạch riêng, sơ kết vào tháng 7/2026.",
    "Các phòng, ban, ngành, Mặt trận và đoàn thể huyện căn cứ chức năng, nhiệm vụ chủ động phối hợp "
    "thực hiện; gửi báo cáo kết quả năm về UBND huyện (qua Phòng Văn hóa - Thông tin) trước ngày "
    "05/12/2026.",
    "Thông tin chi tiết liên hệ ông Quách Minh Đoan, chuyên viên Phòng Văn hóa - Thông tin huyện, "
    "điện thoại 0915.274.308, thư điện tử doanqm.lamhoai@yenthanhnam.gov.vn.",
    "Ủy ban nhân dân huyện đề nghị các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực "
    "hiện./.",
]
RD02_TAIL = """\
Nơi nhận:                                        KT. CHỦ TỊCH
- Như trên;                                      PHÓ CHỦ TỊCH
- Sở Khoa học và Công nghệ (để b/c);
- TT Huyện ủy, TT HĐND huyện;                      (Đã ký)
- Chủ tịch, các PCT UBND huyện;
- Lưu: VT, VHTT.                               Bế Thị Lan Hương
"""
RD02_WIDTHS = [74, 71, 78, 69, 76, 73, 70, 77]


def build_rd02(path):
    out = [RD02_HEAD.rstrip("\n"), ""]
    for i, para in enumerate(RD02_PARAS):
        w = RD02_WIDTHS[i % len(RD02_WIDTHS)]
        out.extend(textwrap.wrap(para, width=w, break_long_words=False, break_on_hyphens=False))
    out.append("")
    out.append(RD02_TAIL.rstrip("\n"))
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc("\n".join(out) + "\n"))


# ---------------------------------------------------------------------------
# rd03 — Báo cáo của Phòng GD&ĐT huyện (.md, Markdown tables)
# ---------------------------------------------------------------------------
RD03 = """\
UỶ BAN NHÂN DÂN HUYỆN LÂM HOÀI
**PHÒNG GIÁO DỤC VÀ ĐÀO TẠO**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

Số: 41/BC-PGDĐT

Lâm Hoài, ngày 23 tháng 01 năm 2026

# BÁO CÁO

## Kết quả thực hiện chuyển đổi số trong giáo dục học kỳ I, năm học 2025 - 2026

Kính gửi:

- Ủy ban nhân dân huyện Lâm Hoài;
- Sở Giáo dục và Đào tạo tỉnh Yên Thành Nam.

Thực hiện Kế hoạch số 27/KH-UBND ngày 16/01/2026 của Ủy ban nhân dân tỉnh và chỉ đạo của Ủy ban nhân dân huyện về chuyển đổi số trong ngành giáo dục, Phòng Giáo dục và Đào tạo báo cáo kết quả học kỳ I năm học 2025 - 2026 như sau:

## I. ĐẶC ĐIỂM TÌNH HÌNH

Toàn huyện có 38 trường công lập trực thuộc Phòng (14 trường mầm non, 13 trường tiểu học, 11 trường trung học cơ sở) với 9.842 học sinh và 712 cán bộ, giáo viên, nhân viên. Có 6 trường ở vùng đặc biệt khó khăn, đường truyền Internet chưa ổn định, nhất là các điểm trường lẻ ở thôn vùng cao.

## II. KẾT QUẢ THỰC HIỆN

### 1. Hạ tầng và thiết bị

Bảng 1. Hạ tầng công nghệ thông tin theo cấp học (số liệu đến ngày 31/12/2025)

| Cấp học | Số trường | Trường có cáp quang từ 100 Mbps | Phòng học có màn hình tương tác | Máy tính dành cho học sinh |
|---|---:|---:|---:|---:|
| Mầm non | 14 | 9 | 6 | 0 |
| Tiểu học | 13 | 12 | 41 | 286 |
| Trung học cơ sở | 11 | 10 | 38 | 315 |
| **Tổng cộng** | **38** | **31** | **85** | **601** |

Trong học kỳ I, các trường được trang bị thêm 24 màn hình tương tác từ nguồn ngân sách huyện và 40 máy tính do Ban đại diện cha mẹ học sinh các trường vận động các nhà hảo tâm tài trợ.

### 2. Dữ liệu, học bạ số và sổ điểm điện tử

Bảng 2. Triển khai học bạ số, dữ liệu học sinh

| Nội dung | Tiểu học | Trung học cơ sở | Ghi chú |
|---|---|---|---|
| Trường đã triển khai học bạ số | 13/13 | 8/11 | 3 trường THCS hoàn thành trong học kỳ II |
| Học sinh có mã định danh khớp cơ sở dữ liệu ngành | 5.214/5.230 | 3.071/3.088 | Tỷ lệ khớp chung 99,6% |
| Sổ điểm điện tử có ký số | 100% | 100% | Áp dụng từ tháng 10/2025 |

### 3. Bồi dưỡng giáo viên

Trong học kỳ I, Phòng tổ chức 4 đợt tập huấn với 436 lượt giáo viên về khai thác học liệu số và sử dụng công cụ trí tuệ nhân tạo trong soạn giảng; tỷ lệ giáo viên được bồi dưỡng đạt 61,2% (chỉ tiêu của tỉnh năm 2026 là 65%). Cuộc thi “Bài giảng điện tử” cấp huyện nhận 74 sản phẩm, trao 3 giải Nhất, 6 giải Nhì và 9 giải Ba.

### 4. Tham gia phong trào “Bình dân học vụ số”

Các trường trung học cơ sở mở 19 lớp cho phụ huynh với 684 lượt người tham gia; 146 giáo viên đăng ký làm tình nguyện viên số. Trường THCS Trung Khải và Trường THCS Hoài Thượng là hai đơn vị làm tốt, mỗi trường mở 3 lớp.

## III. TỒN TẠI, HẠN CHẾ

- Còn 1 trường trung học cơ sở (Trường THCS Vũ Lăng) chưa có đường truyền cáp quang do nhà mạng chưa có hạ tầng tại thôn; 5 trường mầm non vẫn dùng Internet di động.
- Thiết bị trình chiếu ở nhiều trường tiểu học xuống cấp; hơn 30% máy tính phòng tin học đã sử dụng trên 8 năm.
- Một bộ phận giáo viên lớn tuổi còn ngại ứng dụng công nghệ; việc khai thác kho học liệu số dùng chung của tỉnh chưa thường xuyên.

## IV. NHIỆM VỤ TRỌNG TÂM HỌC KỲ II

1. Các trường THCS chưa triển khai học bạ số (THCS Vũ Lăng, THCS Đinh Lân, THCS Thọ Vực) hoàn thành việc triển khai trước ngày 31/3/2026.
2. Tổ Công nghệ thông tin của Phòng chủ trì, phối hợp với các doanh nghiệp viễn thông trên địa bàn khảo sát, đề xuất phương án kéo cáp quang cho Trường THCS Vũ Lăng trong tháng 3/2026.
3. Hiệu trưởng các trường có trách nhiệm cử giáo viên tham gia bồi dưỡng để đạt tỷ lệ tối thiểu 65% trước ngày 31/5/2026; báo cáo kết quả về Phòng (qua bộ phận chuyên môn) trước ngày 05/6/2026.
4. Bộ phận Tiểu học và bộ phận Trung học cơ sở của Phòng tổ chức Hội thảo “Ứng dụng trí tuệ nhân tạo trong dạy học” vào ngày 14/4/2026 tại Trường THCS Hoài Thượng.
5. Các trường tiếp tục phối hợp với Huyện đoàn và Ủy ban nhân dân các xã duy trì lớp “Bình dân học vụ số” cho phụ huynh theo Công văn chỉ đạo của Ủy ban nhân dân huyện.

## V. ĐỀ XUẤT, KIẾN NGHỊ

1. Đề nghị Ủy ban nhân dân huyện bổ sung 1,25 tỷ đồng để mua 60 bộ máy tính cho phòng tin học và 12 màn hình tương tác cho các trường tiểu học.
2. Đề nghị Sở Giáo dục và Đào tạo mở lớp bồi dưỡng cốt cán về trí tuệ nhân tạo cho 02 giáo viên mỗi trường trung học cơ sở; sớm hoàn thiện kết nối phần mềm học bạ số với cơ sở dữ liệu ngành.

Đầu mối theo dõi: bà Mông Thị Thu, chuyên viên phụ trách công nghệ thông tin, điện thoại 0978.330.152.

Phòng Giáo dục và Đào tạo kính báo cáo./.

**Nơi nhận:**

- Như trên;
- Lãnh đạo Phòng;
- Các trường trực thuộc;
- Lưu: VT.

TRƯỞNG PHÒNG

(Đã ký)

Vi Văn Khởi
"""


def build_rd03(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(RD03))


# ---------------------------------------------------------------------------
# rd04 — Quyết định + Quy chế của Ban Thường vụ Huyện đoàn (.pdf, fpdf2)
# ---------------------------------------------------------------------------
RD04_QD = [
    ("C", "QUYẾT ĐỊNH"),
    ("c", "Về việc ban hành Quy chế Giải thưởng “Ý tưởng sáng tạo trẻ Lâm Hoài” năm 2026"),
    ("c", ""),
    ("C", "BAN THƯỜNG VỤ HUYỆN ĐOÀN LÂM HOÀI"),
    ("P", "- Căn cứ Điều lệ Đoàn Thanh niên Cộng sản Hồ Chí Minh;"),
    ("P", "- Căn cứ Chương trình công tác Đoàn và phong trào thanh thiếu nhi huyện Lâm Hoài năm 2026;"),
    ("P", "- Căn cứ Công văn số 318/UBND-VHTT ngày 05/02/2026 của Ủy ban nhân dân huyện về triển khai "
          "phong trào “Bình dân học vụ số” và phổ cập kỹ năng số cho người dân năm 2026;"),
    ("P", "- Xét đề nghị của Ban Phong trào Huyện đoàn,"),
    ("C", "QUYẾT ĐỊNH:"),
    ("P", "Điều 1. Ban hành kèm theo Quyết định này Quy chế Giải thưởng “Ý tưởng sáng tạo trẻ Lâm "
          "Hoài” năm 2026."),
    ("P", "Điều 2. Giao Ban Phong trào Huyện đoàn chủ trì, phối hợp với Văn phòng Huyện đoàn và Hội "
          "đồng Đội huyện tổ chức triển khai Giải thưởng; Văn phòng Huyện đoàn bảo đảm kinh phí, cơ sở "
          "vật chất theo dự toán được duyệt."),
    ("P", "Điều 3. Quyết định có hiệu lực kể từ ngày ký. Văn phòng, các ban Huyện đoàn, các cơ sở Đoàn "
          "trực thuộc và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này."),
]
RD04_NOINHAN = ["Nơi nhận:", "- Ban Thường vụ Tỉnh đoàn (b/c);", "- Thường trực Huyện ủy (b/c);",
                "- Ban Tuyên giáo và Dân vận Huyện ủy;", "- Như Điều 3;", "- Lưu: VP Huyện đoàn."]
RD04_SIGN = ["TM. BAN THƯỜNG VỤ", "BÍ THƯ", "", "(Đã ký)", "", "Nông Thị Diệu Linh"]
RD04_QC = [
    ("C", "QUY CHẾ"),
    ("C", "Giải thưởng “Ý tưởng sáng tạo trẻ Lâm Hoài” năm 2026"),
    ("c", "(Ban hành kèm theo Quyết định số 156-QĐ/HĐ ngày 12/3/2026 của Ban Thường vụ Huyện đoàn "
          "Lâm Hoài)"),
    ("C", "Chương I. QUY ĐỊNH CHUNG"),
    ("H", "Điều 1. Mục đích"),
    ("P", "Giải thưởng nhằm phát hiện, tôn vinh các ý tưởng, giải pháp sáng tạo của đoàn viên, thanh "
          "thiếu niên trong ứng dụng khoa học, công nghệ và chuyển đổi số vào sản xuất, đời sống; góp "
          "phần thực hiện phong trào “Bình dân học vụ số” trên địa bàn huyện."),
    ("H", "Điều 2. Đối tượng tham gia"),
    ("P", "1. Bảng A: đoàn viên, thanh niên từ đủ 16 đến 35 tuổi đang sinh sống, học tập, lao động trên "
          "địa bàn huyện Lâm Hoài, tham gia cá nhân hoặc nhóm không quá 04 người."),
    ("P", "2. Bảng B: học sinh lớp 8, lớp 9 các trường trung học cơ sở trên địa bàn huyện, tham gia theo "
          "nhóm không quá 03 học sinh và có 01 giáo viên hướng dẫn."),
    ("P", "3. Thành viên Hội đồng giám khảo và Ban Tổ chức không được tham gia dự thi."),
    ("H", "Điều 3. Lĩnh vực dự thi"),
    ("P", "a) Ứng dụng công nghệ thông tin, chuyển đổi số, trí tuệ nhân tạo trong quản lý, dịch vụ công "
          "và đời sống;"),
    ("P", "b) Nông nghiệp công nghệ cao, chế biến và tiêu thụ nông sản;"),
    ("P", "c) Giáo dục, tuyên truyền, phổ biến kiến thức khoa học cho cộng đồng;"),
    ("P", "d) Bảo vệ môi trường, ứng phó với thiên tai."),
    ("C", "Chương II. HỒ SƠ, THỜI GIAN VÀ CÁCH THỨC CHẤM"),
    ("H", "Điều 4. Hồ sơ dự thi"),
    ("P", "Hồ sơ gồm: phiếu đăng ký theo mẫu; bản thuyết minh ý tưởng không quá 10 trang khổ A4; sản "
          "phẩm mẫu, video minh họa (nếu có) có thời lượng không quá 5 phút. Mỗi tác giả hoặc nhóm tác "
          "giả được gửi tối đa 02 ý tưởng."),
    ("H", "Điều 5. Thời gian, địa điểm nhận hồ sơ"),
    ("P", "1. Thời gian nhận hồ sơ: từ ngày 01/4/2026 đến 17 giờ 00 ngày 31/7/2026."),
    ("P", "2. Nơi nhận: Văn phòng Huyện đoàn Lâm Hoài, tầng 2 Nhà làm việc khối Mặt trận - đoàn thể "
          "huyện, số 14 đường Lý Thường Kiệt, thị trấn Lâm Hoài; hoặc gửi bản điện tử qua thư điện tử "
          "sangtaotre.lamhoai@yenthanhnam.org.vn."),
    ("P", "3. Vòng sơ khảo từ ngày 05/8 đến ngày 20/8/2026; vòng chung khảo tổ chức ngày 25/9/2026 tại "
          "Hội trường Trung tâm Văn hóa - Thể thao và Truyền thông huyện; lễ trao giải dự kiến tổ chức "
          "vào dịp kỷ niệm ngày truyền thống Hội Liên hiệp Thanh niên Việt Nam (15/10/2026)."),
    ("H", "Điều 6. Hội đồng giám khảo"),
    ("P", "Hội đồng giám khảo gồm 07 thành viên do Ban Thường vụ Huyện đoàn quyết định thành lập; Chủ "
          "tịch Hội đồng là đồng chí Phó Bí thư Thường trực Huyện đoàn. Ban Tổ chức mời chuyên gia của "
          "Phòng Giáo dục và Đào tạo, Trung tâm Dịch vụ nông nghiệp huyện và Phòng Văn hóa - Thông tin "
          "huyện tham gia Hội đồng."),
    ("H", "Điều 7. Tiêu chí chấm điểm (thang điểm 100)"),
    ("P", "a) Tính mới, tính sáng tạo: 30 điểm;"),
    ("P", "b) Tính khả thi, khả năng nhân rộng: 30 điểm;"),
    ("P", "c) Hiệu quả kinh tế - xã hội: 25 điểm;"),
    ("P", "d) Hình thức trình bày, thuyết trình: 15 điểm."),
    ("P", "Ý tưởng đạt từ 50 điểm trở lên ở vòng sơ khảo được vào vòng chung khảo."),
    ("C", "Chương III. CƠ CẤU GIẢI THƯỞNG VÀ KINH PHÍ"),
    ("H", "Điều 8. Cơ cấu giải thưởng"),
    ("P", "1. Bảng A: 01 giải Nhất trị giá 6.000.000 đồng; 02 giải Nhì, mỗi giải 4.000.000 đồng; 03 giải "
          "Ba, mỗi giải 2.500.000 đồng; 05 giải Khuyến khích, mỗi giải 1.000.000 đồng."),
    ("P", "2. Bảng B: 01 giải Nhất trị giá 3.000.000 đồng; 02 giải Nhì, mỗi giải 2.000.000 đồng; 03 giải "
          "Ba, mỗi giải 1.200.000 đồng."),
    ("P", "3. Các giải được tặng kèm Giấy khen của Ban Thường vụ Huyện đoàn. Ý tưởng đạt giải Nhất bảng "
          "A được giới thiệu tham dự Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX."),
    ("H", "Điều 9. Kinh phí"),
    ("P", "Tổng kinh phí tổ chức Giải thưởng là 58.600.000 đồng, trong đó tiền thưởng 37.100.000 đồng; "
          "chi tổ chức, chấm thi và truyền thông 21.500.000 đồng. Nguồn kinh phí: ngân sách hoạt động "
          "của Huyện đoàn năm 2026 là 28.600.000 đồng và tài trợ của Hội Doanh nhân trẻ huyện là "
          "30.000.000 đồng."),
    ("C", "Chương IV. TỔ CHỨC THỰC HIỆN"),
    ("H", "Điều 10. Trách nhiệm của các đơn vị"),
    ("P", "1. Ban Phong trào Huyện đoàn là thường trực Giải thưởng, có trách nhiệm tiếp nhận, phân loại "
          "hồ sơ và tổng hợp kết quả chấm."),
    ("P", "2. Văn phòng Huyện đoàn có trách nhiệm lập dự toán, thanh quyết toán kinh phí; chuẩn bị hội "
          "trường, khen thưởng."),
    ("P", "3. Các Đoàn xã, thị trấn và Đoàn cơ sở trực thuộc tuyên truyền, phát động; mỗi đơn vị gửi ít "
          "nhất 02 ý tưởng dự thi bảng A về Huyện đoàn."),
    ("P", "4. Hội đồng Đội huyện phối hợp với các trường THCS hướng dẫn học sinh tham gia bảng B; mỗi "
          "Liên đội THCS gửi ít nhất 01 ý tưởng."),
    ("P", "5. Đề nghị Phòng Giáo dục và Đào tạo huyện tạo điều kiện cho giáo viên hướng dẫn học sinh và "
          "tham gia Hội đồng giám khảo."),
    ("H", "Điều 11. Quyền tác giả"),
    ("P", "Tác giả chịu trách nhiệm về bản quyền ý tưởng dự thi. Ban Tổ chức được quyền sử dụng ý tưởng "
          "đạt giải để tuyên truyền, giới thiệu mà không phải trả thêm chi phí; ý tưởng vi phạm bản "
          "quyền sẽ bị hủy kết quả và thu hồi giải thưởng."),
    ("H", "Điều 12. Điều khoản thi hành"),
    ("P", "Quy chế này có hiệu lực kể từ ngày ký. Mọi thắc mắc liên hệ đồng chí Lò Thanh Tùng, Phó Bí thư "
          "Thường trực Huyện đoàn, điện thoại 0984.512.077. Trong quá trình thực hiện, nếu có vướng mắc, "
          "Ban Phong trào tổng hợp, báo cáo Ban Thường vụ Huyện đoàn xem xét, sửa đổi, bổ sung."),
]


class _PDF(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", size=8)
        self.cell(0, 5, f"{self.page_no()}", align="C")


def _pdf_lines(pdf, kind, text, w):
    if kind == "C":
        pdf.set_font("DejaVu", "B", 11.5)
        pdf.multi_cell(w, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
    elif kind == "c":
        pdf.set_font("DejaVu", "", 11)
        pdf.multi_cell(w, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
    elif kind == "H":
        pdf.set_font("DejaVu", "B", 11)
        pdf.multi_cell(w, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
    elif kind == "R":
        pdf.ln(3)
        pdf.set_font("DejaVu", "B", 11)
        pdf.multi_cell(w, 6, text, align="R", new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.set_font("DejaVu", "", 11)
        pdf.multi_cell(w, 6, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)


def build_rd04(path):
    pdf = _PDF(format="A4")
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    half = w / 2
    left = ["BCH ĐOÀN TNCS HỒ CHÍ MINH", "HUYỆN LÂM HOÀI", "***", "Số: 156-QĐ/HĐ"]
    right = ["ĐOÀN TNCS HỒ CHÍ MINH", "", "", "Lâm Hoài, ngày 12 tháng 3 năm 2026"]
    y0 = pdf.get_y()
    for i, (a, b) in enumerate(zip(left, right)):
        pdf.set_xy(pdf.l_margin, y0 + i * 6)
        pdf.set_font("DejaVu", "B" if i < 2 else "", 10.5)
        pdf.cell(half - 8, 6, nfc(a), align="C")
        pdf.set_xy(pdf.l_margin + half - 8, y0 + i * 6)
        pdf.set_font("DejaVu", "B" if i == 0 else "", 10.5)
        pdf.cell(half + 8, 6, nfc(b), align="C")
    pdf.set_xy(pdf.l_margin, y0 + 4 * 6 + 6)
    for kind, text in RD04_QD:
        _pdf_lines(pdf, kind, nfc(text), w)
    pdf.ln(4)
    y0 = pdf.get_y()
    pdf.set_font("DejaVu", "", 9.5)
    for i, line in enumerate(RD04_NOINHAN):
        pdf.set_xy(pdf.l_margin, y0 + i * 5)
        pdf.set_font("DejaVu", "B" if i == 0 else "", 9.5)
        pdf.cell(half, 5, nfc(line))
    for i, line in enumerate(RD04_SIGN):
        pdf.set_xy(pdf.l_margin + half, y0 + i * 6)
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(half, 6, nfc(line), align="C")
    pdf.add_page()
    for kind, text in RD04_QC:
        _pdf_lines(pdf, kind, nfc(text), w)
    pdf.output(path)


# ---------------------------------------------------------------------------
# rd05 — Thông báo kết luận của Đảng ủy xã (.txt, two-column header typed with
#        spaces, Markdown schedule table)
# ---------------------------------------------------------------------------
RD05 = """\
ĐẢNG BỘ HUYỆN LÂM HOÀI                      ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ TRUNG KHẢI                       ----------------------
          *
   Số 47-TB/ĐU                       Trung Khải, ngày 09 tháng 4 năm 2026

                               THÔNG BÁO
                 KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY XÃ
     tại cuộc họp về công tác khoa giáo, chuyển đổi số và xây dựng
              mô hình “Xã số thông minh” quý I năm 2026
                                -----

Ngày 07/4/2026, Ban Thường vụ Đảng ủy xã Trung Khải họp, nghe Ủy ban nhân dân xã báo cáo kết quả triển khai Công văn số 318/UBND-VHTT ngày 05/02/2026 của UBND huyện Lâm Hoài và kế hoạch xây dựng mô hình “Xã số thông minh” của xã. Đồng chí Hứa Văn Dũng, Bí thư Đảng ủy xã chủ trì cuộc họp; dự họp có các đồng chí Ủy viên Ban Thường vụ, Chủ tịch Ủy ban MTTQ Việt Nam xã, Bí thư Đoàn Thanh niên xã, Hiệu trưởng Trường THCS Trung Khải và Trưởng Trạm Y tế xã. Sau khi nghe báo cáo và ý kiến thảo luận, Ban Thường vụ Đảng ủy kết luận như sau:

1. ĐÁNH GIÁ CHUNG

Quý I/2026, công tác khoa giáo, chuyển đổi số của xã có chuyển biến tích cực. Toàn xã có 1.946/3.120 người từ 15 tuổi trở lên được hướng dẫn kỹ năng số cơ bản, đạt 62,4%; 9/11 thôn thành lập Tổ công nghệ số cộng đồng; mở 11 lớp “Bình dân học vụ số” với 418 học viên; 64/90 hộ kinh doanh tại chợ Trung Khải áp dụng thanh toán bằng mã QR. Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến tại xã đạt 47,5%.

Tuy nhiên, thôn Phú Khê và thôn Cây Sữa chưa thành lập Tổ công nghệ số cộng đồng; nhiều người cao tuổi chưa sử dụng được điện thoại thông minh; việc số hóa hồ sơ, sổ sách của các chi bộ còn chậm; đường truyền Internet tại điểm trường thôn Cây Sữa yếu, thường xuyên gián đoạn.

2. NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI

2.1. Giao Ủy ban nhân dân xã chỉ đạo hoàn thành việc thành lập Tổ công nghệ số cộng đồng tại thôn Phú Khê và thôn Cây Sữa trước ngày 30/4/2026; xây dựng, trình Ban Thường vụ Đề án “Xã số thông minh” giai đoạn 2026 - 2027 trước ngày 15/5/2026; bố trí 35 triệu đồng từ ngân sách xã để mua 05 máy tính bảng và 01 bộ thiết bị phát Wi-Fi công cộng tại Nhà văn hóa xã.

2.2. Văn phòng Đảng ủy phối hợp với Văn phòng HĐND - UBND xã số hóa hồ sơ, văn bản; bảo đảm 100% văn bản của Đảng ủy (trừ văn bản mật) được gửi, nhận trên môi trường mạng từ ngày 01/6/2026.

2.3. Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã vận động mỗi hội viên hướng dẫn ít nhất 01 người thân cài đặt và sử dụng VNeID; Hội Nông dân xã phối hợp mở 02 lớp hướng dẫn bán nông sản trên sàn thương mại điện tử trong quý II/2026.

2.4. Đoàn Thanh niên xã có trách nhiệm duy trì đội hình “Thanh niên tình nguyện số”, tổ chức “Ngày Chủ nhật số” vào Chủ nhật tuần thứ hai hằng tháng tại các thôn theo lịch dưới đây; vận động đoàn viên tham gia Giải thưởng “Ý tưởng sáng tạo trẻ Lâm Hoài” năm 2026 do Huyện đoàn phát động.

2.5. Trường THCS Trung Khải mở 02 lớp “Bình dân học vụ số” cho phụ huynh vào tối thứ Bảy trong tháng 5/2026; phối hợp với Đoàn Thanh niên xã kiểm tra, cải thiện đường truyền tại điểm trường thôn Cây Sữa.

2.6. Trạm Y tế xã hướng dẫn người dân đặt lịch khám bệnh trực tuyến và sử dụng sổ sức khỏe điện tử trên ứng dụng VNeID; phấn đấu đến ngày 30/6/2026 có 70% người dân kích hoạt sổ sức khỏe điện tử.

2.7. Các chi bộ thôn đưa nội dung chuyển đổi số vào sinh hoạt chi bộ định kỳ hằng tháng; đảng viên gương mẫu đi đầu, mỗi đảng viên sử dụng thành thạo ít nhất 03 dịch vụ công trực tuyến.

3. LỊCH TỔ CHỨC “NGÀY CHỦ NHẬT SỐ” QUÝ II/2026

| Thời gian | Địa điểm | Nội dung chính | Đơn vị phụ trách |
|---|---|---|---|
| 7 giờ 30, Chủ nhật 12/4/2026 | Nhà văn hóa thôn Phú Khê | Cài đặt VNeID mức độ 2, dịch vụ công trực tuyến | Đoàn Thanh niên xã |
| 7 giờ 30, Chủ nhật 10/5/2026 | Nhà văn hóa thôn Cây Sữa | Thanh toán không dùng tiền mặt, nhận diện lừa đảo trực tuyến | Đoàn Thanh niên xã; Hội Liên hiệp Phụ nữ xã |
| 7 giờ 30, Chủ nhật 14/6/2026 | Nhà văn hóa xã | Sổ sức khỏe điện tử, đặt lịch khám trực tuyến | Trạm Y tế xã; Đoàn Thanh niên xã |

4. TỔ CHỨC THỰC HIỆN

Văn phòng Đảng ủy theo dõi, tổng hợp kết quả thực hiện Thông báo này, báo cáo Ban Thường vụ tại cuộc họp giao ban tháng 7/2026. Đồng chí Triệu Văn Sinh, Phó Bí thư Thường trực Đảng ủy xã trực tiếp chỉ đạo, kiểm tra việc thực hiện mô hình “Xã số thông minh”. Đầu mối tổng hợp: đồng chí Sầm Thị Ngân, chuyên viên Văn phòng Đảng ủy, điện thoại 0362.418.905.

Ban Thường vụ Đảng ủy xã thông báo để các chi bộ, cơ quan, đơn vị biết, thực hiện.

Nơi nhận:                                        T/M BAN THƯỜNG VỤ
- Ban Thường vụ Huyện ủy (b/c);                        BÍ THƯ
- Ban Tuyên giáo và Dân vận Huyện ủy;
- UBND huyện (qua Phòng VH-TT);                       (Đã ký)
- Các đồng chí Đảng ủy viên;
- Các chi bộ trực thuộc;                           Hứa Văn Dũng
- Lưu Văn phòng Đảng ủy.
"""


def build_rd05(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(RD05))


FILES = {
    "rd01_kh_tinh.docx": build_rd01,
    "rd02_cv_huyen.txt": build_rd02,
    "rd03_bc_gddt.md": build_rd03,
    "rd04_qd_huyendoan.pdf": build_rd04,
    "rd05_tb_danguy_xa.txt": build_rd05,
}

if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    for name, fn in FILES.items():
        fn(os.path.join(CORPUS, name))
        print("wrote", name)
