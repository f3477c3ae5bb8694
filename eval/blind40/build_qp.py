#!/usr/bin/env python3
"""Build the blind40 corpus (tỉnh Ngân Sơn Đông) from the text held in this file.

Writes corpus/qp01..qp05 (.docx, .txt, .pdf, .md, .txt). All names, bodies,
numbers and dates are invented. Run with /work/main/.venv/bin/python.
"""
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# qp01 — Kế hoạch của UBND tỉnh (docx, Word list numbering + task table)
# ---------------------------------------------------------------------------
QP01_HEADER = (
    ["UỶ BAN NHÂN DÂN", "TỈNH NGÂN SƠN ĐÔNG", "Số: 68/KH-UBND"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
     "Ngân Châu, ngày 17 tháng 3 năm 2025"],
)

QP01_BODY = [
    ("title", "KẾ HOẠCH"),
    ("subtitle", "Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
                 "tỉnh Ngân Sơn Đông năm 2025"),
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát "
          "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Căn cứ Chương trình hành động số 19-CTr/TU ngày 20/02/2025 của Ban Chấp hành "
          "Đảng bộ tỉnh Ngân Sơn Đông;"),
    ("p", "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện năm 2025 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("num1", "Cụ thể hóa các nhiệm vụ đột phá về khoa học, công nghệ, đổi mới sáng tạo và "
             "chuyển đổi số thành những việc làm có địa chỉ, thời hạn và sản phẩm rõ ràng "
             "cho từng cơ quan, đơn vị."),
    ("num1", "Tạo chuyển biến rõ nét trong nhận thức của cán bộ, đảng viên, doanh nghiệp và "
             "người dân; lấy người dân, doanh nghiệp làm trung tâm phục vụ của chính quyền số."),
    ("num1", "Các sở, ban, ngành và địa phương lồng ghép nhiệm vụ của Kế hoạch vào chương "
             "trình công tác năm 2025."),
    ("h", "II. CHỈ TIÊU CHỦ YẾU NĂM 2025"),
    ("bullet", "Tối thiểu 55% hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến "
               "toàn trình; 100% văn bản giữa các cơ quan hành chính cấp tỉnh, cấp huyện gửi, "
               "nhận dưới dạng điện tử (trừ văn bản mật)."),
    ("bullet", "Hỗ trợ 40 doanh nghiệp, hợp tác xã đổi mới công nghệ, áp dụng công cụ cải tiến "
               "năng suất; hình thành thêm 06 dự án khởi nghiệp đổi mới sáng tạo."),
    ("bullet", "Phủ sóng di động 4G cho 37 thôn, bản còn lõm sóng tại các huyện Lũng Tiên, "
               "Sa Vĩ và Khê Thủy."),
    ("bullet", "Hướng dẫn kỹ năng số cơ bản cho ít nhất 50.000 người dân thông qua phong trào "
               "“Bình dân học vụ số” và mạng lưới tổ công nghệ số cộng đồng ở 142 xã, phường, "
               "thị trấn."),
    ("bullet", "30% trường trung học cơ sở và trung học phổ thông có phòng học STEM/robotics "
               "đạt chuẩn theo hướng dẫn của ngành giáo dục."),
    ("bullet", "Bố trí tối thiểu 2% tổng chi ngân sách tỉnh cho khoa học, công nghệ, đổi mới "
               "sáng tạo và chuyển đổi số."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"),
    ("num2", "Nâng cao nhận thức và trách nhiệm của người đứng đầu: lấy kết quả thực hiện "
             "chuyển đổi số làm một tiêu chí đánh giá, xếp loại cơ quan, đơn vị và người đứng "
             "đầu cuối năm 2025; mở chuyên trang, chuyên mục tuyên truyền trên các phương tiện "
             "thông tin đại chúng."),
    ("num2", "Hoàn thiện cơ chế, chính sách: xây dựng cơ chế đặt hàng nhiệm vụ khoa học và "
             "công nghệ gắn với sản phẩm chủ lực của tỉnh như chè, quế, hồi và dược liệu."),
    ("num2", "Phát triển hạ tầng số và dữ liệu: Trung tâm dữ liệu dùng chung của tỉnh vận "
             "hành chính thức trong quý III/2025; hoàn thành kết nối cơ sở dữ liệu quốc gia về "
             "dân cư với 15 hệ thống thông tin chuyên ngành của tỉnh."),
    ("num2", "Phát triển nguồn nhân lực: bồi dưỡng kỹ năng số cho 100% cán bộ, công chức, "
             "viên chức; mời chuyên gia, nhà khoa học quê Ngân Sơn Đông tham gia tư vấn các "
             "nhiệm vụ trọng điểm."),
    ("num2", "Thúc đẩy đổi mới sáng tạo: tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ X; "
             "hỗ trợ xác lập quyền sở hữu trí tuệ cho ít nhất 20 nhãn hiệu, chỉ dẫn địa lý "
             "của sản phẩm địa phương; duy trì Sàn giao dịch công nghệ trực tuyến của tỉnh."),
    ("p", "Danh mục nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành "
          "như bảng dưới đây:"),
    ("table", None),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch năm 2025 dự kiến 86,4 tỷ đồng, trong đó: ngân sách "
          "tỉnh 61,2 tỷ đồng (chi sự nghiệp khoa học và công nghệ 38,5 tỷ đồng; chi đầu tư "
          "phát triển 22,7 tỷ đồng); nguồn xã hội hóa, vốn của doanh nghiệp và nguồn hợp pháp "
          "khác 25,2 tỷ đồng. Các huyện, thị xã, thành phố bố trí ngân sách địa phương để "
          "thực hiện các nhiệm vụ thuộc thẩm quyền."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("num3", "Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, kiểm tra việc "
             "thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh định kỳ hằng quý (trước ngày 20 "
             "của tháng cuối quý) và báo cáo tổng kết năm trước ngày 05/12/2025."),
    ("num3", "Sở Thông tin và Truyền thông chủ trì triển khai các nhiệm vụ về hạ tầng số, nền "
             "tảng số; hướng dẫn các địa phương kiện toàn tổ công nghệ "
             "số cộng đồng trước ngày 30/4/2025."),
    ("num3", "Sở Giáo dục và Đào tạo chỉ đạo các cơ sở giáo dục đẩy mạnh giáo dục STEM, đưa "
             "nội dung kỹ năng số, trí tuệ nhân tạo vào hoạt động ngoại khóa; phối hợp tuyển "
             "chọn sản phẩm của giáo viên, học sinh tham dự Hội thi Sáng tạo kỹ thuật tỉnh."),
    ("num3", "Sở Tài chính có trách nhiệm cân đối, tham mưu bố trí kinh phí thực hiện Kế "
             "hoạch."),
    ("num3", "Sở Nội vụ tham mưu bổ sung tiêu chí về chuyển đổi số trong đánh giá, xếp loại cơ "
             "quan, đơn vị và người đứng đầu; chủ trì bồi dưỡng kỹ năng số cho cán bộ, công "
             "chức, viên chức."),
    ("num3", "Báo Ngân Sơn Đông, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục “Khoa học và "
             "đổi mới sáng tạo”, thời lượng tối thiểu 02 kỳ/tháng."),
    ("num3", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội "
             "tỉnh tuyên truyền, vận động hội viên, đoàn viên tham gia phong trào “Bình dân học "
             "vụ số”; Tỉnh đoàn thành lập các đội hình thanh niên tình nguyện hỗ trợ người dân "
             "sử dụng dịch vụ công trực tuyến."),
    ("num3", "UBND các huyện, thị xã, thành phố căn cứ Kế hoạch này xây dựng kế hoạch của địa "
             "phương, gửi về Sở Khoa học và Công nghệ trước ngày 15/4/2025; bố trí nguồn lực, "
             "chỉ đạo UBND cấp xã triển khai thực hiện."),
    ("p", "Quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Khoa học và Công nghệ (qua Phòng Quản lý khoa học, đồng chí "
          "Phạm Thu Hằng, điện thoại 0215.3852.417, thư điện tử hangpt.skhcn@ngansondong.gov.vn) "
          "để tổng hợp, báo cáo UBND tỉnh xem xét, quyết định./."),
]

QP01_TABLE = [
    ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Xây dựng, trình ban hành Đề án phát triển hệ sinh thái khởi nghiệp đổi mới sáng "
          "tạo tỉnh giai đoạn 2025-2030", "Sở Khoa học và Công nghệ",
     "Sở Tài chính; Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Tháng 9/2025"],
    ["2", "Đưa Trung tâm dữ liệu dùng chung của tỉnh vào vận hành chính thức",
     "Sở Thông tin và Truyền thông", "Công an tỉnh; Văn phòng UBND tỉnh", "Quý III/2025"],
    ["3", "Triển khai phong trào “Bình dân học vụ số” trên địa bàn tỉnh",
     "Sở Thông tin và Truyền thông", "Tỉnh đoàn; UBND các huyện, thị xã, thành phố",
     "Tháng 12/2025"],
    ["4", "Đầu tư, nâng cấp phòng học STEM/robotics tại 24 trường trung học",
     "Sở Giáo dục và Đào tạo", "Sở Tài chính; UBND các huyện, thị xã, thành phố",
     "Tháng 11/2025"],
    ["5", "Bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức các cấp", "Sở Nội vụ",
     "Sở Thông tin và Truyền thông; Trường Chính trị tỉnh", "Tháng 10/2025"],
    ["6", "Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ X", "Sở Khoa học và Công nghệ",
     "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh; Liên đoàn Lao động tỉnh; Tỉnh đoàn",
     "Quý I/2026"],
    ["7", "Phủ sóng 4G cho 37 thôn, bản lõm sóng", "Sở Thông tin và Truyền thông",
     "Các doanh nghiệp viễn thông; UBND các huyện Lũng Tiên, Sa Vĩ, Khê Thủy", "Tháng 12/2025"],
]

QP01_SIGN = ["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Nông Thế Quyền"]
QP01_NOINHAN = [
    "Nơi nhận:",
    "- Bộ Khoa học và Công nghệ (b/c);",
    "- Thường trực Tỉnh ủy (b/c);",
    "- Thường trực HĐND tỉnh;",
    "- Chủ tịch, các PCT UBND tỉnh;",
    "- Các sở, ban, ngành tỉnh;",
    "- UBND các huyện, thị xã, thành phố;",
    "- Lưu: VT, KGVX.",
]


def build_qp01(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.shared import Pt, Cm

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3)
        s.right_margin = Cm(2)

    # header: two-column borderless table
    t = doc.add_table(rows=1, cols=2)
    for ci, lines in enumerate(QP01_HEADER):
        cell = t.rows[0].cells[ci]
        cell.paragraphs[0].text = lines[0]
        for ln in lines[1:]:
            cell.add_paragraph(ln)
        for p in cell.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    numbering = doc.part.numbering_part.element

    def new_num(style_name):
        style = doc.styles[style_name]
        num_id = style.element.pPr.numPr.numId.val
        abs_id = numbering.num_having_numId(num_id).abstractNumId.val
        num = numbering.add_num(abs_id)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        return num.numId

    def set_num(p, num_id):
        pPr = p._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), "0")
        nid = OxmlElement("w:numId")
        nid.set(qn("w:val"), str(num_id))
        numPr.append(ilvl)
        numPr.append(nid)
        pPr.append(numPr)

    lists = {}
    for kind, text in QP01_BODY:
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "subtitle":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
        elif kind == "p":
            doc.add_paragraph(text)
        elif kind == "bullet":
            doc.add_paragraph(text, style="List Bullet")
        elif kind.startswith("num"):
            if kind not in lists:
                lists[kind] = new_num("List Number")
            p = doc.add_paragraph(text, style="List Number")
            set_num(p, lists[kind])
        elif kind == "table":
            tb = doc.add_table(rows=len(QP01_TABLE), cols=5)
            tb.style = "Table Grid"
            for ri, row in enumerate(QP01_TABLE):
                for ci, val in enumerate(row):
                    cell = tb.rows[ri].cells[ci]
                    cell.text = val
                    if ri == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
    # signature + Nơi nhận (two-column table at the end)
    t2 = doc.add_table(rows=1, cols=2)
    left, right = t2.rows[0].cells
    left.paragraphs[0].text = QP01_NOINHAN[0]
    for ln in QP01_NOINHAN[1:]:
        left.add_paragraph(ln)
    right.paragraphs[0].text = QP01_SIGN[0]
    for ln in QP01_SIGN[1:]:
        right.add_paragraph(ln)
    for p in right.paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(path)


# ---------------------------------------------------------------------------
# qp02 — Công văn của UBND huyện (txt, hard-wrapped as if copied from a PDF)
# ---------------------------------------------------------------------------
QP02_HEAD = """\
UỶ BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 HUYỆN KHÊ THỦY                          Độc lập - Tự do - Hạnh phúc
    -------                                  ---------------
Số: 412/UBND-VHXH                    Khê Thủy, ngày 09 tháng 4 năm 2025
V/v triển khai Kế hoạch số
68/KH-UBND ngày 17/3/2025 của
UBND tỉnh về phát triển KH, CN,
ĐMST và CĐS năm 2025

          Kính gửi:
                    - Các phòng, ban, ngành, đoàn thể huyện;
                    - Trung tâm Văn hóa, Thông tin và Thể thao huyện;
                    - UBND các xã, thị trấn.
"""

QP02_PARAS = [
    "Thực hiện Kế hoạch số 68/KH-UBND ngày 17/3/2025 của UBND tỉnh Ngân Sơn Đông về phát "
    "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Ngân Sơn Đông năm "
    "2025, để triển khai kịp thời, hiệu quả trên địa bàn huyện, Chủ tịch UBND huyện Khê Thủy "
    "yêu cầu các cơ quan, đơn vị, địa phương thực hiện một số nội dung sau:",
    "1. Phòng Văn hóa và Thông tin huyện",
    "a) Chủ trì, phối hợp với các cơ quan liên quan tham mưu UBND huyện ban hành Kế hoạch "
    "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số huyện Khê Thủy năm "
    "2025, trình UBND huyện trước ngày 14/4/2025 để kịp gửi Sở Khoa học và Công nghệ theo "
    "thời hạn của tỉnh.",
    "b) Hướng dẫn UBND các xã, thị trấn kiện toàn 17 tổ công nghệ số cộng đồng, hoàn thành "
    "trước ngày 30/4/2025; mỗi tổ có tối thiểu 05 thành viên, trong đó có ít nhất 01 đoàn "
    "viên thanh niên.",
    "c) Là đầu mối tổng hợp, báo cáo UBND huyện và Sở Khoa học và Công nghệ định kỳ hằng "
    "quý, trước ngày 15 của tháng cuối quý.",
    "2. Phòng Giáo dục và Đào tạo huyện",
    "a) Yêu cầu 100% trường tiểu học, trung học cơ sở đưa nội dung kỹ năng số, an toàn trên "
    "không gian mạng vào hoạt động trải nghiệm của năm học 2025-2026.",
    "b) Tổ chức Ngày hội STEM huyện Khê Thủy năm 2025 vào ngày 27/5/2025 tại Trường THCS "
    "Thị trấn Khê Thủy; mỗi trường THCS tham gia tối thiểu 02 sản phẩm.",
    "c) Lựa chọn tối thiểu 05 sản phẩm tiêu biểu của giáo viên, học sinh gửi dự Hội thi "
    "Sáng tạo kỹ thuật tỉnh lần thứ X, hạn gửi về Phòng Văn hóa và Thông tin trước ngày "
    "30/9/2025 để tổng hợp chung.",
    "3. Phòng Tài chính - Kế hoạch huyện có trách nhiệm tham mưu bố trí 1,85 tỷ đồng từ "
    "ngân sách huyện năm 2025 cho các nhiệm vụ khoa học, công nghệ và chuyển đổi số, trong "
    "đó 620 triệu đồng hỗ trợ nâng cấp thiết bị cho 04 phòng học STEM tại các trường THCS "
    "Phò Lạc, Tràm Khê, Sen Hồ và Mỏ Vàng.",
    "4. Phòng Nội vụ huyện: tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức cấp huyện "
    "và cấp xã, bảo đảm 100% hoàn thành trước ngày 30/9/2025; tham mưu lấy kết quả chuyển "
    "đổi số làm tiêu chí đánh giá, xếp loại cuối năm.",
    "5. Phòng Nông nghiệp và Môi trường huyện phối hợp với UBND các xã hướng dẫn hợp tác "
    "xã, hộ sản xuất đưa tối thiểu 24 sản phẩm OCOP, nông sản chủ lực (chè, quế, hồi) lên "
    "sàn thương mại điện tử trong năm 2025.",
    "6. Trung tâm Văn hóa, Thông tin và Thể thao huyện mở chuyên mục “Khê Thủy chuyển đổi "
    "số” trên Trang thông tin điện tử huyện và hệ thống loa truyền thanh cơ sở, phát sóng "
    "định kỳ 02 kỳ/tháng, bắt đầu từ tháng 5/2025.",
    "7. Đề nghị Ủy ban MTTQ Việt Nam huyện, Huyện đoàn, Hội Liên hiệp Phụ nữ huyện, Hội "
    "Nông dân huyện vận động đoàn viên, hội viên tham gia phong trào “Bình dân học vụ số”. "
    "Huyện đoàn chủ trì thành lập 17 đội thanh niên tình nguyện hỗ trợ người dân sử dụng "
    "dịch vụ công trực tuyến tại bộ phận một cửa cấp xã vào các ngày thứ Bảy trong tháng 6 "
    "và tháng 7/2025.",
    "8. Các phòng, ban, ngành, Mặt trận và đoàn thể huyện căn cứ chức năng, nhiệm vụ xây "
    "dựng kế hoạch thực hiện của đơn vị, gửi về Phòng Văn hóa và Thông tin trước ngày "
    "20/4/2025; báo cáo kết quả 6 tháng trước ngày 10/6/2025 và báo cáo năm trước ngày "
    "10/11/2025.",
    "9. UBND các xã, thị trấn chỉ đạo tổ công nghệ số cộng đồng đến từng hộ gia đình hướng "
    "dẫn cài đặt, sử dụng ứng dụng định danh điện tử VNeID và thanh toán không dùng tiền "
    "mặt; mỗi xã, thị trấn lựa chọn 01 thôn hoặc tổ dân phố làm mô hình điểm về chuyển đổi "
    "số, đăng ký với UBND huyện (qua Phòng Văn hóa và Thông tin) trước ngày 05/5/2025. "
    "Riêng UBND xã Mỏ Vàng và UBND xã Lũ Phong, nơi còn 06 thôn lõm sóng, phối hợp với các "
    "doanh nghiệp viễn thông khảo sát vị trí lắp đặt trạm phát sóng, hoàn thành trong quý "
    "II/2025.",
    "Đây là nhiệm vụ trọng tâm năm 2025, Chủ tịch UBND huyện yêu cầu Thủ trưởng các cơ "
    "quan, đơn vị, Chủ tịch UBND các xã, thị trấn nghiêm túc triển khai thực hiện. Quá "
    "trình thực hiện nếu có vướng mắc, liên hệ Phòng Văn hóa và Thông tin huyện (đồng chí "
    "Triệu Minh Hải, Phó Trưởng phòng, điện thoại 0912.406.385, email: "
    "haitm.khethuy@ngansondong.gov.vn) để phối hợp giải quyết./.",
]

QP02_TAIL = """\

                                                   KT. CHỦ TỊCH
                                                   PHÓ CHỦ TỊCH
                                                     (Đã ký)
                                                Đinh Thị Ngọc Ánh
Nơi nhận:
- Như trên;
- UBND tỉnh (b/c);
- Sở Khoa học và Công nghệ;
- TT Huyện ủy, TT HĐND huyện;
- CT, các PCT UBND huyện;
- Lưu: VT, VHTT.
"""


def build_qp02(path):
    out = [QP02_HEAD, ""]
    for para in QP02_PARAS:
        out.append(textwrap.fill(para, width=74, break_long_words=False,
                                 break_on_hyphens=False))
    out.append(QP02_TAIL)
    write_text(path, "\n".join(out))


# ---------------------------------------------------------------------------
# qp03 — Quyết định của Sở KH&CN kèm Thể lệ (pdf with text layer)
# ---------------------------------------------------------------------------
QP03_QD = [
    ("center_b", "QUYẾT ĐỊNH"),
    ("center_b", "Về việc ban hành Thể lệ Hội thi Sáng tạo kỹ thuật tỉnh Ngân Sơn Đông "
                 "lần thứ X (2025-2026)"),
    ("center_b", "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NGÂN SƠN ĐÔNG"),
    ("p", "Căn cứ Quyết định số 14/2024/QĐ-UBND ngày 08/5/2024 của UBND tỉnh Ngân Sơn Đông "
          "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công "
          "nghệ;"),
    ("p", "Căn cứ Kế hoạch số 68/KH-UBND ngày 17/3/2025 của UBND tỉnh về phát triển khoa "
          "học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Ngân Sơn Đông năm 2025;"),
    ("p", "Căn cứ Biên bản thống nhất ngày 10/4/2025 giữa Sở Khoa học và Công nghệ, Liên hiệp "
          "các Hội Khoa học và Kỹ thuật tỉnh, Liên đoàn Lao động tỉnh và Tỉnh đoàn Ngân Sơn "
          "Đông về việc phối hợp tổ chức Hội thi;"),
    ("p", "Theo đề nghị của Trưởng phòng Quản lý khoa học."),
    ("center_b", "QUYẾT ĐỊNH:"),
    ("p", "Điều 1. Ban hành kèm theo Quyết định này Thể lệ Hội thi Sáng tạo kỹ thuật tỉnh "
          "Ngân Sơn Đông lần thứ X (2025-2026)."),
    ("p", "Điều 2. Giao Phòng Quản lý khoa học chủ trì, phối hợp với Liên hiệp các Hội Khoa "
          "học và Kỹ thuật tỉnh tổ chức triển khai Hội thi theo Thể lệ ban hành kèm theo Quyết "
          "định này. Văn phòng Sở có trách nhiệm bố trí kinh phí tổ chức Hội thi từ nguồn sự "
          "nghiệp khoa học và công nghệ năm 2025 và năm 2026. Trung tâm Thông tin và Thống kê "
          "khoa học và công nghệ đăng tải Thể lệ trên Cổng thông tin điện tử của Sở trước "
          "ngày 30/4/2025."),
    ("p", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng "
          "phòng Quản lý khoa học, Giám đốc Trung tâm Thông tin và Thống kê khoa học và công "
          "nghệ và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định "
          "này./."),
]
QP03_QD_NOINHAN = ["Nơi nhận:", "- Như Điều 3;", "- UBND tỉnh (b/c);",
                   "- Liên hiệp các Hội KH&KT tỉnh;", "- Liên đoàn Lao động tỉnh;",
                   "- Tỉnh đoàn;", "- Lưu: VT, QLKH."]
QP03_QD_SIGN = ["GIÁM ĐỐC", "", "(Đã ký)", "", "Hà Quang Vinh"]

QP03_TL = [
    ("center_b", "THỂ LỆ"),
    ("center_b", "Hội thi Sáng tạo kỹ thuật tỉnh Ngân Sơn Đông lần thứ X (2025-2026)"),
    ("center", "(Ban hành kèm theo Quyết định số 95/QĐ-SKHCN ngày 22/4/2025 của Giám đốc Sở "
               "Khoa học và Công nghệ)"),
    ("b", "Điều 1. Mục đích"),
    ("p", "Khơi dậy tinh thần sáng tạo của người lao động, nhà khoa học, giáo viên, học sinh "
          "và doanh nghiệp; phát hiện, tôn vinh và nhân rộng các giải pháp kỹ thuật có giá trị "
          "áp dụng vào sản xuất, đời sống, góp phần thực hiện các chỉ tiêu đổi mới sáng tạo "
          "của tỉnh năm 2025."),
    ("b", "Điều 2. Đối tượng dự thi"),
    ("p", "1. Cá nhân, tập thể tác giả là công dân Việt Nam đang sinh sống, học tập, làm việc "
          "trên địa bàn tỉnh Ngân Sơn Đông; các tổ chức, doanh nghiệp có trụ sở hoặc chi "
          "nhánh tại tỉnh."),
    ("p", "2. Thành viên Ban Tổ chức, Hội đồng giám khảo và Tổ thư ký không tham gia dự thi."),
    ("p", "3. Mỗi tác giả hoặc nhóm tác giả gửi tối đa 02 giải pháp."),
    ("b", "Điều 3. Lĩnh vực dự thi"),
    ("p", "Giải pháp dự thi thuộc một trong 06 lĩnh vực: (1) Nông, lâm nghiệp và thủy sản; "
          "(2) Công nghiệp, xây dựng và năng lượng; (3) Y tế, dược liệu và bảo vệ môi trường; "
          "(4) Công nghệ thông tin, chuyển đổi số và tự động hóa; (5) Giáo dục và đào tạo; "
          "(6) Sáng tạo của thanh thiếu niên, nhi đồng (dành cho học sinh từ lớp 6 đến lớp "
          "12)."),
    ("b", "Điều 4. Yêu cầu đối với giải pháp dự thi"),
    ("p", "1. Có tính mới so với trình độ kỹ thuật trong tỉnh tại thời điểm nộp hồ sơ; không "
          "trùng với giải pháp đoạt giải tại các hội thi trước."),
    ("p", "2. Đã áp dụng hoặc có khả năng áp dụng vào thực tiễn; giải pháp đã áp dụng phải có "
          "xác nhận của đơn vị sử dụng."),
    ("p", "3. Không vi phạm quyền sở hữu trí tuệ; không thuộc danh mục bí mật nhà nước."),
    ("b", "Điều 5. Hồ sơ, thời gian và địa điểm nhận hồ sơ"),
    ("p", "1. Hồ sơ gồm: phiếu đăng ký dự thi (theo Mẫu 01); bản mô tả giải pháp không quá "
          "15 trang khổ A4; bản vẽ, ảnh chụp, video minh họa (nếu có); xác nhận hiệu quả áp "
          "dụng (nếu có)."),
    ("p", "2. Thời gian nhận hồ sơ: từ ngày 05/5/2025 đến 17 giờ 00 ngày 31/10/2025 (tính "
          "theo dấu bưu điện đối với hồ sơ gửi qua đường bưu chính)."),
    ("p", "3. Địa điểm nhận hồ sơ: Phòng Quản lý khoa học, Sở Khoa học và Công nghệ, số 86 "
          "đường Võ Thị Sáu, phường Ngân Châu Bắc, thành phố Ngân Châu; bản điện tử gửi về "
          "địa chỉ hoithisangtao@ngansondong.gov.vn."),
    ("p", "4. Đầu mối liên hệ: bà Vi Thị Thu Trang, chuyên viên Phòng Quản lý khoa học, điện "
          "thoại 0215.3857.092, di động 0986.330.471."),
    ("b", "Điều 6. Tiêu chí và thang điểm"),
    ("p", "Giải pháp được chấm theo thang điểm 100, gồm: tính mới, tính sáng tạo 30 điểm; "
          "khả năng áp dụng 40 điểm; hiệu quả kinh tế - xã hội 30 điểm. Giải pháp đạt từ 50 "
          "điểm trở lên mới được xem xét trao giải."),
    ("b", "Điều 7. Cơ cấu giải thưởng"),
    ("p", "1. Giải nhất: 01 giải, mỗi giải 30.000.000 đồng; giải nhì: 02 giải, mỗi giải "
          "20.000.000 đồng; giải ba: 03 giải, mỗi giải 12.000.000 đồng; giải khuyến khích: 08 "
          "giải, mỗi giải 5.000.000 đồng. Tổng giá trị giải thưởng là 146.000.000 đồng."),
    ("p", "2. Ngoài tiền thưởng, tác giả đoạt giải nhận Bằng chứng nhận của Ban Tổ chức; giải "
          "pháp đạt giải nhất, giải nhì được giới thiệu tham dự Hội thi Sáng tạo kỹ thuật toàn "
          "quốc."),
    ("p", "3. Ban Tổ chức có thể điều chỉnh số lượng giải giữa các mức nếu không có giải pháp "
          "đáp ứng tiêu chí."),
    ("b", "Điều 8. Ban Tổ chức, Hội đồng giám khảo"),
    ("p", "1. Ban Tổ chức gồm đại diện lãnh đạo Sở Khoa học và Công nghệ (Trưởng ban), Liên "
          "hiệp các Hội Khoa học và Kỹ thuật tỉnh (Phó Trưởng ban thường trực), Liên đoàn Lao "
          "động tỉnh và Tỉnh đoàn (Phó Trưởng ban)."),
    ("p", "2. Hội đồng giám khảo do Trưởng ban Tổ chức thành lập, gồm các chuyên gia theo "
          "từng lĩnh vực; việc chấm điểm thực hiện độc lập, kết quả công bố công khai. Chấm "
          "sơ khảo trong tháng 11/2025; chấm chung khảo trong tháng 12/2025."),
    ("p", "3. Lễ tổng kết và trao giải dự kiến tổ chức trong tháng 01/2026 tại Hội trường "
          "Trung tâm Hội nghị tỉnh."),
    ("b", "Điều 9. Trách nhiệm của các cơ quan, đơn vị"),
    ("p", "1. Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh là cơ quan thường trực Hội thi, "
          "cùng Phòng Quản lý khoa học tiếp nhận, phân loại hồ sơ; tổ chức tập huấn viết bản "
          "mô tả giải pháp cho tác giả trong tháng 6/2025."),
    ("p", "2. Liên đoàn Lao động tỉnh vận động công nhân, người lao động trong doanh nghiệp "
          "tham gia; khen thưởng tác giả đoạt giải là đoàn viên công đoàn theo quy định của tổ "
          "chức Công đoàn."),
    ("p", "3. Tỉnh đoàn phát động thanh thiếu niên, học sinh tham gia lĩnh vực Sáng tạo của "
          "thanh thiếu niên, nhi đồng; phối hợp với Sở Giáo dục và Đào tạo tổ chức vòng sơ "
          "tuyển tại các trường THPT trước ngày 15/9/2025."),
    ("p", "4. Đề nghị UBND các huyện, thị xã, thành phố chỉ đạo các phòng chuyên môn, UBND "
          "cấp xã phổ biến Thể lệ đến cơ sở; mỗi huyện, thị xã, thành phố giới thiệu tối "
          "thiểu 05 giải pháp dự thi."),
    ("p", "5. Báo Ngân Sơn Đông, Đài Phát thanh và Truyền hình tỉnh thông tin về Hội thi "
          "trên các ấn phẩm, chương trình và đưa tin Lễ trao giải."),
    ("b", "Điều 10. Điều khoản thi hành"),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, phát sinh, các tổ chức, cá nhân phản "
          "ánh về Ban Tổ chức (qua Phòng Quản lý khoa học) để xem xét, sửa đổi, bổ sung Thể "
          "lệ cho phù hợp./."),
]


def build_qp03(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    lh = 5.6

    def header_block(left, right):
        y0 = pdf.get_y()
        pdf.set_font("DejaVu", "B", 9.5)
        for i, ln in enumerate(left):
            pdf.set_xy(18, y0 + i * 5)
            pdf.cell(78, 5, ln, align="C")
        for i, ln in enumerate(right):
            pdf.set_xy(96, y0 + i * 5)
            pdf.set_font("DejaVu", "B" if i < 2 else "", 9.5)
            pdf.cell(100, 5, ln, align="C")
        pdf.set_xy(22, y0 + max(len(left), len(right)) * 5 + 4)

    header_block(["UBND TỈNH NGÂN SƠN ĐÔNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "",
                  "Số: 95/QĐ-SKHCN"],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                  "Ngân Châu, ngày 22 tháng 4 năm 2025"])

    def need(text, size, bold=False):
        pdf.set_font("DejaVu", "B" if bold else "", size)
        lines = pdf.multi_cell(0, lh, text, dry_run=True, output="LINES")
        return len(lines) * lh + 1

    def render(items):
        for i, (kind, text) in enumerate(items):
            # keep paragraphs whole, and keep a heading with its next paragraph
            h = need(text, 10.5, kind == "b")
            if kind == "b" and i + 1 < len(items):
                h += need(items[i + 1][1], 10.5)
            if pdf.get_y() + h > pdf.page_break_trigger:
                pdf.add_page()
            if kind == "center_b":
                pdf.set_font("DejaVu", "B", 11)
                pdf.multi_cell(0, lh, text, align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "center":
                pdf.set_font("DejaVu", "", 10.5)
                pdf.multi_cell(0, lh, text, align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "b":
                pdf.set_font("DejaVu", "B", 10.5)
                pdf.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DejaVu", "", 10.5)
                pdf.multi_cell(0, lh, text, align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)

    render(QP03_QD)
    pdf.ln(4)
    y0 = pdf.get_y()
    pdf.set_font("DejaVu", "", 9)
    for i, ln in enumerate(QP03_QD_NOINHAN):
        pdf.set_xy(22, y0 + i * 4.6)
        pdf.cell(80, 4.6, ln)
    pdf.set_font("DejaVu", "B", 10.5)
    for i, ln in enumerate(QP03_QD_SIGN):
        pdf.set_xy(110, y0 + i * 5.5)
        pdf.cell(80, 5.5, ln, align="C")
    pdf.add_page()
    render(QP03_TL)
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.set_x(110)
    pdf.cell(80, 5.5, "GIÁM ĐỐC", align="C")
    pdf.ln(6)
    pdf.set_x(110)
    pdf.set_font("DejaVu", "", 10.5)
    pdf.cell(80, 5.5, "(Đã ký)", align="C")
    pdf.ln(6)
    pdf.set_x(110)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(80, 5.5, "Hà Quang Vinh", align="C")
    pdf.output(path)


# ---------------------------------------------------------------------------
# qp04 — Báo cáo của Ban Tuyên giáo và Dân vận Huyện ủy (md with tables)
# ---------------------------------------------------------------------------
QP04 = """\
| ĐẢNG BỘ TỈNH NGÂN SƠN ĐÔNG | ĐẢNG CỘNG SẢN VIỆT NAM |
|---|---|
| HUYỆN ỦY KHÊ THỦY | |
| **BAN TUYÊN GIÁO VÀ DÂN VẬN** | |
| Số 37-BC/BTGDVHU | Khê Thủy, ngày 16 tháng 6 năm 2025 |

# BÁO CÁO

**Kết quả công tác tuyên truyền về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số 6 tháng đầu năm 2025; phương hướng, nhiệm vụ 6 tháng cuối năm 2025**

Thực hiện Hướng dẫn số 11-HD/BTGDVTU ngày 28/3/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy và Công văn số 412/UBND-VHXH ngày 09/4/2025 của UBND huyện Khê Thủy về triển khai Kế hoạch số 68/KH-UBND của UBND tỉnh, Ban Tuyên giáo và Dân vận Huyện ủy báo cáo kết quả 6 tháng đầu năm 2025 như sau:

## I. KẾT QUẢ THỰC HIỆN

### 1. Công tác lãnh đạo, chỉ đạo

Ban Thường vụ Huyện ủy ban hành 01 kế hoạch và 02 văn bản chỉ đạo về công tác tuyên truyền khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số. Ban Tuyên giáo và Dân vận Huyện ủy phối hợp Trung tâm Chính trị huyện tổ chức 02 hội nghị quán triệt cho 1.246 cán bộ, đảng viên theo hình thức trực tuyến, kết nối đến 17 điểm cầu cấp xã. 100% chi bộ, đảng bộ cơ sở (43/43) lấy chuyển đổi số làm chủ đề sinh hoạt chuyên đề ít nhất 01 lần trong quý II/2025.

### 2. Kết quả tuyên truyền

Bảng 1. Kết quả các hình thức tuyên truyền (số liệu đến ngày 10/6/2025)

| TT | Nội dung, hình thức | Đơn vị tính | Kế hoạch năm 2025 | Thực hiện 6 tháng | Tỷ lệ so với kế hoạch (%) |
|---|---|---|---|---|---|
| 1 | Tin, bài trên Trang thông tin điện tử huyện | tin, bài | 240 | 131 | 54,6 |
| 2 | Chương trình phát thanh trên hệ thống loa cơ sở | buổi | 1.020 | 486 | 47,6 |
| 3 | Hội nghị tuyên truyền, tập huấn ở cơ sở | hội nghị | 34 | 21 | 61,8 |
| 4 | Pa-nô, áp phích, băng rôn | cái | 150 | 96 | 64,0 |
| 5 | Tài liệu hỏi - đáp, tờ gấp phát hành | bản | 8.000 | 5.350 | 66,9 |
| 6 | Người dân được hướng dẫn kỹ năng số | lượt người | 9.500 | 4.118 | 43,3 |

Bảng 2. Kết quả tại 06 xã, thị trấn có kết quả cao nhất và thấp nhất

| TT | Xã, thị trấn | Thành viên tổ công nghệ số cộng đồng | Lượt người được hướng dẫn | Tỷ lệ người trưởng thành có tài khoản VNeID mức 2 (%) |
|---|---|---|---|---|
| 1 | Thị trấn Khê Thủy | 21 | 812 | 88,4 |
| 2 | Xã Phò Lạc | 14 | 503 | 76,2 |
| 3 | Xã Tràm Khê | 12 | 377 | 71,5 |
| 4 | Xã Sen Hồ | 11 | 296 | 69,8 |
| 5 | Xã Mỏ Vàng | 9 | 158 | 52,3 |
| 6 | Xã Lũ Phong | 8 | 121 | 48,7 |

### 3. Tuyên truyền trên mạng xã hội

Trang Facebook “Khê Thủy ngày mới” của Trung tâm Văn hóa, Thông tin và Thể thao huyện đăng 212 bài viết, video, thu hút hơn 380.000 lượt tiếp cận. Nhóm Zalo của 17 tổ công nghệ số cộng đồng chia sẻ thường xuyên các hướng dẫn sử dụng dịch vụ công trực tuyến, nhận diện lừa đảo qua mạng. Chuyên mục “Khê Thủy chuyển đổi số” phát sóng đều đặn từ tháng 5/2025 với 03 kỳ.

## II. HẠN CHẾ, NGUYÊN NHÂN

- Tỷ lệ người dân được hướng dẫn kỹ năng số mới đạt 43,3% kế hoạch năm; xã Mỏ Vàng và xã Lũ Phong còn nhiều thôn lõm sóng, tỷ lệ tài khoản định danh điện tử mức 2 dưới 55%.
- Một số tổ công nghệ số cộng đồng hoạt động còn hình thức; thành viên chủ yếu kiêm nhiệm, chưa qua bồi dưỡng bài bản.
- Kinh phí chi cho tuyên truyền 6 tháng mới giải ngân 142 triệu đồng trên tổng dự toán 350 triệu đồng (40,6%).

## III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025

1. Ban Tuyên giáo và Dân vận Huyện ủy chủ trì, phối hợp với Huyện đoàn tổ chức Cuộc thi trực tuyến “Khê Thủy – Hành trình số” từ ngày 01/8/2025 đến hết ngày 31/8/2025 trên nền tảng thi trực tuyến của tỉnh; cơ cấu giải thưởng gồm 01 giải nhất, 02 giải nhì, 03 giải ba và 10 giải khuyến khích.
2. Đề nghị Đảng ủy các xã, thị trấn chỉ đạo tổ công nghệ số cộng đồng hướng dẫn thêm tối thiểu 5.400 lượt người dân trong 6 tháng cuối năm, ưu tiên xã Mỏ Vàng và xã Lũ Phong.
3. Trung tâm Văn hóa, Thông tin và Thể thao huyện duy trì chuyên mục “Khê Thủy chuyển đổi số”, mỗi tháng tối thiểu 02 kỳ; sản xuất 06 video ngắn giới thiệu mô hình điểm về chuyển đổi số, hoàn thành trước ngày 30/11/2025.
4. Phòng Văn hóa và Thông tin huyện phối hợp cung cấp thông tin, số liệu về chuyển đổi số cho báo cáo viên, tuyên truyền viên; cập nhật bộ tài liệu hỏi - đáp phiên bản 2 và phát hành 3.000 bản trong quý III/2025.
5. Phòng Giáo dục và Đào tạo huyện chỉ đạo các trường đưa nội dung tuyên truyền về an toàn trên không gian mạng vào tiết chào cờ đầu tuần, ít nhất 01 lần/tháng.
6. Đội ngũ báo cáo viên Huyện ủy bố trí chuyên đề “Chuyển đổi số trong đời sống” tại hội nghị báo cáo viên định kỳ tháng 7/2025.

## IV. ĐỀ XUẤT, KIẾN NGHỊ

1. Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy mở lớp bồi dưỡng kỹ năng tuyên truyền trên mạng xã hội cho tuyên truyền viên cấp xã.
2. Đề nghị UBND huyện bổ sung 120 triệu đồng kinh phí tuyên truyền cho 6 tháng cuối năm 2025.

Đầu mối theo dõi: đồng chí Lương Thị Diệu Linh, chuyên viên Ban Tuyên giáo và Dân vận Huyện ủy, điện thoại 0975.114.260.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
(Đã ký)
Hứa Văn Chiến

*Nơi nhận:*
- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c),
- Thường trực Huyện ủy (b/c),
- UBND huyện,
- Đảng ủy các xã, thị trấn,
- Lưu: VT.
"""


# ---------------------------------------------------------------------------
# qp05 — Thông báo kết luận của trường THCS (txt with a Markdown schedule table)
# ---------------------------------------------------------------------------
QP05 = """\
PHÒNG GD&ĐT KHÊ THỦY                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG THCS PHÒ LẠC                       Độc lập - Tự do - Hạnh phúc

Số: 24/TB-THCSPL                      Phò Lạc, ngày 12 tháng 5 năm 2025

                              THÔNG BÁO
      Kết luận của Hiệu trưởng tại cuộc họp triển khai chuyển đổi số
                  và giáo dục STEM trong nhà trường

Ngày 08/5/2025, tại phòng họp Hội đồng (tầng 2, nhà B), Trường THCS Phò Lạc tổ chức cuộc họp triển khai Công văn số 412/UBND-VHXH ngày 09/4/2025 của UBND huyện Khê Thủy và Công văn số 156/PGDĐT-THCS ngày 18/4/2025 của Phòng Giáo dục và Đào tạo huyện về chuyển đổi số, giáo dục STEM. Chủ trì cuộc họp: bà Lục Thị Mai, Hiệu trưởng. Tham dự có các Phó Hiệu trưởng, tổ trưởng, tổ phó các tổ chuyên môn, Tổng phụ trách Đội, Bí thư Chi đoàn, Chủ tịch Công đoàn và đại diện Ban đại diện cha mẹ học sinh trường.

Sau khi nghe báo cáo và ý kiến thảo luận, Hiệu trưởng kết luận như sau:

I. ĐÁNH GIÁ CHUNG

Năm học 2024-2025, nhà trường có 18 lớp với 642 học sinh và 41 cán bộ, giáo viên, nhân viên. 100% giáo viên sử dụng sổ điểm điện tử và học bạ số; thư viện điện tử có 1.150 học liệu. Tuy nhiên, trường mới có 01 phòng học STEM, thiết bị còn thiếu; nhiều học sinh chưa biết cách bảo vệ thông tin cá nhân trên mạng; sản phẩm nghiên cứu khoa học kỹ thuật của học sinh còn ít (02 sản phẩm dự thi cấp huyện).

II. NHIỆM VỤ TRONG THỜI GIAN TỚI

1. Tổ Khoa học tự nhiên chủ trì, phối hợp với Tổ Toán - Tin lựa chọn, hoàn thiện 03 sản phẩm STEM tham dự Ngày hội STEM huyện Khê Thủy ngày 27/5/2025; nộp thuyết minh sản phẩm cho đồng chí Phó Hiệu trưởng phụ trách chuyên môn trước ngày 20/5/2025.

2. Tổ Toán - Tin xây dựng kho bài giảng điện tử dùng chung với tối thiểu 120 bài giảng đạt yêu cầu, đưa lên hệ thống LMS của trường trước ngày 31/8/2025; hướng dẫn giáo viên mới sử dụng phần mềm quản lý trường học.

3. Tổ Văn phòng có trách nhiệm hoàn thành số hóa hồ sơ học sinh và ký số học bạ năm học 2024-2025 trước ngày 15/7/2025; cập nhật đầy đủ dữ liệu lên cơ sở dữ liệu ngành giáo dục.

4. Tổ Ngữ văn - Khoa học xã hội phối hợp với Liên đội tổ chức chuyên đề “An toàn trên không gian mạng” cho học sinh khối 6 và khối 7 vào tiết sinh hoạt dưới cờ ngày 19/5/2025.

5. Liên đội và Chi đoàn giáo viên thành lập Đội học sinh tình nguyện số gồm 15 em, hỗ trợ phụ huynh cài đặt ứng dụng VNeID và thanh toán học phí không dùng tiền mặt trong dịp tựu trường tháng 8/2025.

6. Công đoàn trường vận động cán bộ, giáo viên, nhân viên học các khóa “Bình dân học vụ số”; phấn đấu 100% hoàn thành trước ngày 30/9/2025.

7. Đề nghị Ban đại diện cha mẹ học sinh vận động nguồn xã hội hóa khoảng 45 triệu đồng để mua bổ sung bộ thiết bị robotics cho phòng học STEM, thực hiện theo đúng quy định về tài trợ cho cơ sở giáo dục.

8. Bộ phận Kế toán lập dự toán nâng cấp phòng học STEM từ nguồn 155 triệu đồng do UBND huyện hỗ trợ (phân bổ từ 620 triệu đồng cho 04 trường), gửi Phòng GD&ĐT thẩm định trước ngày 10/6/2025.

III. LỊCH THỰC HIỆN

| Thời gian | Nội dung | Bộ phận thực hiện | Địa điểm |
|---|---|---|---|
| 19/5/2025 | Chuyên đề “An toàn trên không gian mạng” | Tổ Ngữ văn - KHXH, Liên đội | Sân trường |
| 20/5/2025 | Nộp thuyết minh sản phẩm STEM | Tổ Khoa học tự nhiên | Phòng Phó Hiệu trưởng |
| 27/5/2025 | Ngày hội STEM huyện (12 học sinh tham gia) | Tổ Khoa học tự nhiên, Tổ Toán - Tin | Trường THCS Thị trấn Khê Thủy |
| 10/6/2025 | Nộp dự toán nâng cấp phòng học STEM | Kế toán | Phòng GD&ĐT huyện |
| 15/7/2025 | Hoàn thành ký số học bạ | Tổ Văn phòng | Văn phòng trường |
| 31/8/2025 | Hoàn thành kho 120 bài giảng điện tử | Tổ Toán - Tin | Hệ thống LMS |

Giao đồng chí Đàm Văn Khương, Phó Hiệu trưởng, theo dõi, kiểm tra việc thực hiện và báo cáo Hiệu trưởng tại cuộc họp Hội đồng sư phạm tháng 8/2025 (điện thoại 0973.218.604, email khuongdv.thcsphlac@khethuy.edu.vn).

Trên đây là kết luận của Hiệu trưởng, các tổ, bộ phận và cá nhân liên quan nghiêm túc thực hiện./.

Nơi nhận:                                              HIỆU TRƯỞNG
- Phòng GD&ĐT huyện (b/c);
- Đảng ủy, UBND xã Phò Lạc (b/c);                         (Đã ký)
- Các tổ chuyên môn, Tổ Văn phòng;
- Liên đội, Chi đoàn, Công đoàn;                        Lục Thị Mai
- Lưu: VT.
"""


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(nfc(text))


FILES = {
    "qp01_kehoach_khcn.docx": build_qp01,
    "qp02_congvan_huyen.txt": build_qp02,
    "qp03_quyetdinh_hoithi.pdf": build_qp03,
    "qp04_baocao_tuyengiao.md": lambda p: write_text(p, QP04),
    "qp05_thongbao_thcs.txt": lambda p: write_text(p, QP05),
}


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for name, fn in FILES.items():
        fn(os.path.join(CORPUS, name))
        print("wrote", name)
    try:
        import make_gold  # questions.jsonl + who_what.jsonl
        make_gold.main()
    except ImportError:
        pass


if __name__ == "__main__":
    main()
