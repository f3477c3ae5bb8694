# -*- coding: utf-8 -*-
"""Build the 5 corpus files of eval set blind50 (tỉnh Tam Nông Bắc, invented).

All text below is invented. Run:  /work/main/.venv/bin/python build_ra.py
Writes corpus/ra01..ra05, questions.jsonl and who_what.jsonl
(checked by check_ra.py).
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


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# ra01 — Kế hoạch, Sở KH&CN tỉnh (docx, Word list numbering + task table)
# ---------------------------------------------------------------------------
RA01_HEADER = [
    ("UBND TỈNH TAM NÔNG BẮC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 214/KH-SKHCN", "Tam Nông Bắc, ngày 12 tháng 3 năm 2026"),
]
RA01_TITLE = [
    "KẾ HOẠCH",
    "Triển khai nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo "
    "và chuyển đổi số của Sở Khoa học và Công nghệ năm 2026",
]
# (kind, text): kind in P (normal), H (bold heading), NUM (List Number, new
# list when "NUM1"), BUL (List Bullet), TABLE
RA01_BODY = [
    ("P", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về "
          "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển "
          "đổi số quốc gia;"),
    ("P", "Căn cứ Kế hoạch số 36/KH-UBND ngày 18/02/2026 của UBND tỉnh Tam Nông "
          "Bắc về thực hiện nhiệm vụ khoa học, công nghệ và chuyển đổi số năm 2026;"),
    ("P", "Căn cứ chức năng, nhiệm vụ, quyền hạn của Sở Khoa học và Công nghệ, "
          "Sở xây dựng Kế hoạch thực hiện như sau:"),
    ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("NUM1", "Cụ thể hóa các nhiệm vụ UBND tỉnh giao cho ngành khoa học và công "
             "nghệ năm 2026, gắn trách nhiệm của từng phòng, đơn vị với kết quả "
             "cuối cùng."),
    ("NUM", "Đưa khoa học, công nghệ và đổi mới sáng tạo thực sự trở thành động "
            "lực tăng trưởng của các ngành, địa phương; ưu tiên ba nhóm sản phẩm "
            "chủ lực của tỉnh là chè, dược liệu và cá nước lạnh."),
    ("NUM", "Việc triển khai phải thực chất, có sản phẩm cụ thể, đo đếm được; "
            "tránh hình thức, dàn trải."),
    ("H", "II. CHỈ TIÊU CHỦ YẾU NĂM 2026"),
    ("BUL", "Nghiệm thu ít nhất 12 nhiệm vụ khoa học và công nghệ cấp tỉnh; tỷ lệ "
            "kết quả nhiệm vụ ứng dụng vào thực tiễn từ 70% trở lên."),
    ("BUL", "Hỗ trợ 25 doanh nghiệp nhỏ và vừa đổi mới, cải tiến công nghệ, mức "
            "hỗ trợ tối đa 150 triệu đồng/doanh nghiệp."),
    ("BUL", "Có ít nhất 40 đơn đăng ký sáng chế, giải pháp hữu ích và kiểu dáng "
            "công nghiệp của tổ chức, cá nhân trong tỉnh."),
    ("BUL", "100% hồ sơ đề xuất nhiệm vụ khoa học và công nghệ tiếp nhận, xử lý "
            "trên môi trường số."),
    ("BUL", "Thành lập và đưa vào hoạt động 01 Vườn ươm khởi nghiệp đổi mới sáng "
            "tạo tại thành phố Kiều Lâm."),
    ("BUL", "Bồi dưỡng kỹ năng số cho 1.200 cán bộ, công chức cấp xã và 300 thành "
            "viên Tổ công nghệ số cộng đồng."),
    ("H", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("NUM1", "Hoàn thiện cơ chế, chính sách. Giao Phòng Quản lý khoa học chủ trì, "
             "phối hợp với Phòng Kế hoạch - Tài chính tham mưu UBND tỉnh ban hành "
             "Quy định quản lý nhiệm vụ khoa học và công nghệ sử dụng ngân sách "
             "tỉnh theo hướng khoán chi đến sản phẩm cuối cùng, trình trước ngày "
             "30/6/2026."),
    ("NUM", "Phát triển thị trường khoa học và công nghệ. Phòng Quản lý công nghệ "
            "và Đổi mới sáng tạo có trách nhiệm tổ chức Chợ công nghệ và thiết bị "
            "tỉnh Tam Nông Bắc năm 2026 vào tháng 9/2026 tại Cung Văn hóa thanh "
            "niên tỉnh, dự kiến 80 gian hàng; đồng thời tư vấn cho doanh nghiệp "
            "lập hồ sơ đề nghị hỗ trợ đổi mới công nghệ."),
    ("NUM", "Ứng dụng, chuyển giao tiến bộ kỹ thuật. Trung tâm Ứng dụng và Thông "
            "tin khoa học công nghệ xây dựng 05 mô hình ứng dụng công nghệ sinh "
            "học và IoT trong sản xuất chè, nuôi cá tầm tại các huyện Xuân Kiều, "
            "Phả Lương, Lạt Khê; hoàn thành trước ngày 30/11/2026."),
    ("NUM", "Chuyển đổi số. Phòng Chuyển đổi số và Bưu chính viễn thông chủ trì "
            "triển khai nền tảng bản đồ số nông sản tỉnh; hướng dẫn UBND các "
            "huyện, thành phố kiện toàn Tổ công nghệ số cộng đồng; tổng hợp Bộ "
            "chỉ số chuyển đổi số cấp huyện, báo cáo UBND tỉnh trước ngày "
            "15/12/2026."),
    ("NUM", "Tiêu chuẩn, đo lường, chất lượng. Chi cục Tiêu chuẩn Đo lường Chất "
            "lượng hỗ trợ ít nhất 10 cơ sở sản xuất áp dụng mã số, mã vạch và "
            "truy xuất nguồn gốc điện tử cho sản phẩm OCOP."),
    ("NUM", "Phát triển nguồn nhân lực và phong trào sáng tạo. Phối hợp với Liên "
            "hiệp các Hội khoa học và kỹ thuật tỉnh phát động Hội thi Sáng tạo kỹ "
            "thuật tỉnh lần thứ IX (2026 - 2027); phối hợp với Sở Giáo dục và Đào "
            "tạo tổ chức Cuộc thi khoa học kỹ thuật dành cho học sinh trung học."),
    ("H", "IV. PHÂN CÔNG NHIỆM VỤ CỤ THỂ"),
    ("TABLE", None),
    ("H", "V. KINH PHÍ THỰC HIỆN"),
    ("P", "Tổng kinh phí dự kiến thực hiện Kế hoạch là 18,6 tỷ đồng, từ nguồn chi "
          "sự nghiệp khoa học và công nghệ năm 2026 giao cho Sở (trong đó kinh phí "
          "hỗ trợ doanh nghiệp đổi mới công nghệ là 3,75 tỷ đồng) và các nguồn huy "
          "động hợp pháp khác. Phòng Kế hoạch - Tài chính có trách nhiệm hướng dẫn "
          "các phòng, đơn vị lập dự toán chi tiết, gửi trước ngày 10/4/2026."),
    ("H", "VI. TỔ CHỨC THỰC HIỆN"),
    ("NUM1", "Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao xây dựng kế "
             "hoạch chi tiết, gửi về Văn phòng Sở trước ngày 31/3/2026."),
    ("NUM", "Văn phòng Sở là đầu mối theo dõi, tổng hợp tình hình thực hiện Kế "
            "hoạch; định kỳ hằng quý (trước ngày 20 của tháng cuối quý) báo cáo "
            "Giám đốc Sở."),
    ("NUM", "Đề nghị Liên hiệp các Hội khoa học và kỹ thuật tỉnh, Tỉnh đoàn phối "
            "hợp tuyên truyền, vận động đoàn viên, hội viên tham gia các phong trào "
            "sáng tạo, khởi nghiệp."),
    ("NUM", "Đề nghị UBND các huyện, thành phố bố trí cán bộ đầu mối về khoa học, "
            "công nghệ và chuyển đổi số; gửi danh sách về Sở trước ngày 15/4/2026."),
    ("P", "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ bà Vương "
          "Thị Diệu Linh, Phó Trưởng phòng Quản lý khoa học, điện thoại "
          "0209.3851.462, thư điện tử linhvtd.skhcn@tamnongbac.gov.vn để phối hợp "
          "giải quyết./."),
]
RA01_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Tham mưu ban hành Quy định quản lý nhiệm vụ khoa học và công nghệ theo "
          "cơ chế khoán chi", "Phòng Quản lý khoa học",
     "Phòng Kế hoạch - Tài chính; Văn phòng Sở", "Trước ngày 30/6/2026"],
    ["2", "Tổ chức Chợ công nghệ và thiết bị tỉnh năm 2026",
     "Phòng Quản lý công nghệ và Đổi mới sáng tạo",
     "Trung tâm Ứng dụng và Thông tin khoa học công nghệ; UBND thành phố Kiều Lâm",
     "Tháng 9/2026"],
    ["3", "Xây dựng 05 mô hình ứng dụng công nghệ sinh học, IoT trong sản xuất "
          "chè và nuôi cá tầm",
     "Trung tâm Ứng dụng và Thông tin khoa học công nghệ",
     "UBND các huyện Xuân Kiều, Phả Lương, Lạt Khê", "Trước ngày 30/11/2026"],
    ["4", "Thành lập Vườn ươm khởi nghiệp đổi mới sáng tạo tại thành phố Kiều Lâm",
     "Phòng Quản lý công nghệ và Đổi mới sáng tạo",
     "Tỉnh đoàn; Trường Cao đẳng Kỹ thuật Tam Nông Bắc", "Hoàn thành trong Quý III/2026"],
    ["5", "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã và thành viên Tổ "
          "công nghệ số cộng đồng",
     "Phòng Chuyển đổi số và Bưu chính viễn thông", "UBND các huyện, thành phố",
     "Trước ngày 31/10/2026"],
    ["6", "Hỗ trợ áp dụng mã số, mã vạch, truy xuất nguồn gốc cho sản phẩm OCOP",
     "Chi cục Tiêu chuẩn Đo lường Chất lượng", "Sở Nông nghiệp và Môi trường",
     "Cả năm 2026"],
    ["7", "Tổng hợp Bộ chỉ số chuyển đổi số cấp huyện năm 2026",
     "Phòng Chuyển đổi số và Bưu chính viễn thông", "Văn phòng Sở",
     "Trước ngày 15/12/2026"],
    ["8", "Phối hợp tổ chức Cuộc thi khoa học kỹ thuật dành cho học sinh trung "
          "học cấp tỉnh", "Phòng Quản lý khoa học", "Sở Giáo dục và Đào tạo",
     "Tháng 01/2027"],
]
RA01_SIGN_LEFT = [
    "Nơi nhận:",
    "- UBND tỉnh (để b/c);",
    "- Giám đốc, các Phó Giám đốc Sở;",
    "- Các phòng, đơn vị thuộc Sở;",
    "- UBND các huyện, thành phố;",
    "- Liên hiệp các Hội KH&KT tỉnh;",
    "- Lưu: VT, QLKH.",
]
RA01_SIGN_RIGHT = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(Đã ký)", "", "Đinh Văn Khải"]


def _new_list(doc, style_name):
    """Create a fresh w:num for the abstract numbering of style_name so that
    numbering restarts at 1; return its numId."""
    numbering = doc.part.numbering_part.element
    style = doc.styles[style_name]
    numpr = style.element.pPr.find(qn("w:numPr"))
    base_num_id = int(numpr.find(qn("w:numId")).get(qn("w:val")))
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if int(num.get(qn("w:numId"))) == base_num_id:
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


def _set_num(par, num_id):
    pPr = par._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.append(numPr)


def build_ra01(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for sec in doc.sections:
        sec.left_margin = Cm(3)
        sec.right_margin = Cm(2)
    # header typed as two columns separated by a tab stop
    for left, right in RA01_HEADER:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(8.5))
        r = p.add_run(N(left))
        r.bold = not left.startswith("Số")
        p.add_run("\t")
        r2 = p.add_run(N(right))
        r2.bold = right.startswith("CỘNG") or right.startswith("Độc")
    for i, t in enumerate(RA01_TITLE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(t))
        r.bold = True
    cur = None
    for kind, text in RA01_BODY:
        if kind == "P":
            p = doc.add_paragraph(N(text))
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "H":
            p = doc.add_paragraph()
            p.add_run(N(text)).bold = True
        elif kind in ("NUM1", "NUM"):
            if kind == "NUM1":
                cur = _new_list(doc, "List Number")
            p = doc.add_paragraph(N(text), style="List Number")
            _set_num(p, cur)
        elif kind == "BUL":
            doc.add_paragraph(N(text), style="List Bullet")
        elif kind == "TABLE":
            tb = doc.add_table(rows=0, cols=5)
            tb.style = "Table Grid"
            for ri, row in enumerate(RA01_TABLE):
                cells = tb.add_row().cells
                for ci, val in enumerate(row):
                    cells[ci].text = N(val)
                    if ri == 0:
                        for rr in cells[ci].paragraphs[0].runs:
                            rr.bold = True
    # signature block: borderless 2-column table (as in Word templates)
    sig = doc.add_table(rows=1, cols=2)
    lc, rc = sig.rows[0].cells
    lc.text = ""
    for i, line in enumerate(RA01_SIGN_LEFT):
        par = lc.paragraphs[0] if i == 0 else lc.add_paragraph()
        run = par.add_run(N(line))
        run.font.size = Pt(11)
        if i == 0:
            run.bold = True
            run.italic = True
    for i, line in enumerate(RA01_SIGN_RIGHT):
        par = rc.paragraphs[0] if i == 0 else rc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = par.add_run(N(line))
        run.bold = i != 3
    doc.save(path)


# ---------------------------------------------------------------------------
# ra02 — Công văn, Phòng GD&ĐT huyện (txt, hard-wrapped as copied from PDF)
# ---------------------------------------------------------------------------
RA02_HEAD = """\
UBND HUYỆN XUÂN KIỀU              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO             Độc lập - Tự do - Hạnh phúc

Số: 386/PGDĐT-CM               Xuân Kiều, ngày 24 tháng 3 năm 2026
V/v triển khai học bạ số, kho học
liệu số và giáo dục STEM năm học
2025 - 2026

                    Kính gửi: Hiệu trưởng các trường tiểu học, trung học
                              cơ sở, TH&THCS trên địa bàn huyện.
"""
RA02_PARAS = [
    "Thực hiện Công văn số 512/SGDĐT-GDPT ngày 10/3/2026 của Sở Giáo dục và "
    "Đào tạo tỉnh Tam Nông Bắc về việc đẩy mạnh chuyển đổi số trong dạy học; "
    "Kế hoạch số 214/KH-SKHCN ngày 12/3/2026 của Sở Khoa học và Công nghệ về "
    "triển khai nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo và "
    "chuyển đổi số năm 2026, Phòng Giáo dục và Đào tạo huyện Xuân Kiều đề nghị "
    "Hiệu trưởng các trường triển khai một số nội dung sau:",
    "1. Về học bạ số",
    "a) Các trường tiểu học tiếp tục thực hiện học bạ số đối với 100% học sinh "
    "từ lớp 1 đến lớp 5; hoàn thành ký số học bạ năm học 2025 - 2026 trước ngày "
    "31/5/2026.",
    "b) Các trường THCS triển khai học bạ số cho học sinh lớp 6 và lớp 7 từ học "
    "kỳ II năm học 2025 - 2026; riêng Trường THCS Nghè Cao và Trường THCS Khúc "
    "Thủy thực hiện thí điểm cho cả 4 khối lớp.",
    "c) Hiệu trưởng có trách nhiệm rà soát chứng thư số của cán bộ quản lý, giáo "
    "viên chủ nhiệm; đơn vị nào còn thiếu gửi danh sách đề nghị cấp bổ sung về "
    "Phòng trước ngày 10/4/2026.",
    "2. Về kho học liệu số",
    "a) Mỗi trường đóng góp tối thiểu 15 bài giảng điện tử (e-learning) hoặc "
    "video bài giảng đạt yêu cầu lên Kho học liệu số dùng chung của huyện tại "
    "địa chỉ hoclieu.xuankieu.edu.vn; hạn cuối là ngày 30/4/2026.",
    "b) Giáo viên tham gia xây dựng học liệu được tính vào kết quả thi đua, đánh "
    "giá chuẩn nghề nghiệp; các bài giảng chọn lọc sẽ tiếp tục giới thiệu lên "
    "Kho học liệu số của Sở Giáo dục và Đào tạo.",
    "c) Nghiêm túc thực hiện quy định về bản quyền, không sử dụng hình ảnh, "
    "video không rõ nguồn gốc trong bài giảng.",
    "3. Về giáo dục STEM",
    "a) Mỗi trường THCS tổ chức dạy học ít nhất 02 chủ đề STEM mỗi học kỳ; "
    "trường tiểu học tổ chức ít nhất 01 chủ đề STEM mỗi học kỳ.",
    "b) Phòng tổ chức Ngày hội STEM huyện Xuân Kiều năm 2026 vào ngày 16/5/2026 "
    "tại Trường THCS thị trấn Xuân Kiều. Mỗi trường THCS đăng ký tối đa 02 sản "
    "phẩm, mỗi trường tiểu học đăng ký 01 sản phẩm; phiếu đăng ký gửi về Phòng "
    "trước ngày 05/5/2026.",
    "c) Khuyến khích các trường phối hợp với UBND xã, thị trấn và Ban đại diện "
    "cha mẹ học sinh huy động nguồn lực xã hội hóa để mua sắm bộ thiết "
    "bị STEM, robot giáo dục.",
    "4. Về bảo đảm an toàn thông tin",
    "Các trường chịu trách nhiệm quản lý tài khoản phần mềm quản lý trường học, "
    "thay đổi mật khẩu định kỳ 03 tháng/lần; không chia sẻ tài khoản cho người "
    "khác; tuyệt đối không đưa dữ liệu cá nhân của học sinh lên mạng xã hội.",
    "5. Đề nghị phối hợp",
    "Đề nghị Trung tâm Văn hóa, Thông tin và Thể thao huyện phối hợp đưa tin về "
    "Ngày hội STEM và các mô hình học liệu số tiêu biểu trên Trang thông tin "
    "điện tử và hệ thống truyền thanh huyện. Đề nghị Hội Cựu giáo chức huyện xem "
    "xét trao thưởng cho học sinh có sản phẩm STEM đạt giải tại Ngày hội.",
    "6. Chế độ báo cáo",
    "Các trường báo cáo kết quả thực hiện (theo mẫu gửi kèm) về Phòng qua hệ "
    "thống quản lý văn bản và qua thư điện tử trước ngày 05/6/2026. Đầu mối "
    "tiếp nhận: ông Lã Văn Tuấn, chuyên viên bộ phận Chuyên môn, điện thoại "
    "0912.447.318, thư điện tử tuanlv.pgdxk@tamnongbac.edu.vn.",
    "Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường nghiêm túc triển "
    "khai thực hiện./.",
]
RA02_SIGN = """\
Nơi nhận:                                         TRƯỞNG PHÒNG
- Như trên;
- UBND huyện (để b/c);                               (Đã ký)
- Sở GD&ĐT (để b/c);
- Lãnh đạo Phòng;
- Lưu: VT, CM.                                    Chu Thị Hằng
"""


def build_ra02(path):
    out = [RA02_HEAD]
    for para in RA02_PARAS:
        out.append(textwrap.fill(N(para), width=72, break_long_words=False,
                                 break_on_hyphens=False))
    out.append("")
    out.append(RA02_SIGN)
    with open(path, "w", encoding="utf-8") as f:
        f.write(N("\n".join(out)))


# ---------------------------------------------------------------------------
# ra03 — Quyết định + Quy chế, Liên hiệp các Hội KH&KT tỉnh (pdf)
# ---------------------------------------------------------------------------
RA03_HEADER = [
    ("LIÊN HIỆP CÁC HỘI KHOA HỌC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("VÀ KỸ THUẬT TỈNH TAM NÔNG BẮC", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 45/QĐ-LHH", "Tam Nông Bắc, ngày 20 tháng 4 năm 2026"),
]
# (kind, text): T title (bold centered), B bold, P paragraph, S signature
RA03_BODY = [
    ("T", "QUYẾT ĐỊNH"),
    ("T", "Ban hành Quy chế Hội thi Sáng tạo kỹ thuật tỉnh Tam Nông Bắc "
          "lần thứ IX (2026 - 2027)"),
    ("T", "BAN THƯỜNG VỤ LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH"),
    ("P", "Căn cứ Điều lệ Liên hiệp các Hội khoa học và kỹ thuật tỉnh Tam Nông Bắc;"),
    ("P", "Căn cứ Kế hoạch số 214/KH-SKHCN ngày 12/3/2026 của Sở Khoa học và "
          "Công nghệ tỉnh Tam Nông Bắc;"),
    ("P", "Căn cứ Biên bản họp Ban Tổ chức Hội thi ngày 14/4/2026;"),
    ("P", "Theo đề nghị của Chánh Văn phòng Liên hiệp hội,"),
    ("T", "QUYẾT ĐỊNH:"),
    ("P", "Điều 1. Ban hành kèm theo Quyết định này Quy chế Hội thi Sáng tạo kỹ "
          "thuật tỉnh Tam Nông Bắc lần thứ IX (2026 - 2027)."),
    ("P", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định "
          "số 31/QĐ-LHH ngày 15/5/2024 của Ban Thường vụ Liên hiệp hội."),
    ("P", "Điều 3. Chánh Văn phòng, Trưởng các ban chuyên môn Liên hiệp hội, Ban "
          "Tổ chức Hội thi và các tổ chức, cá nhân có liên quan chịu trách nhiệm "
          "thi hành Quyết định này./."),
    ("S", None),
    ("PAGEBREAK", None),
    ("T", "QUY CHẾ"),
    ("T", "Hội thi Sáng tạo kỹ thuật tỉnh Tam Nông Bắc lần thứ IX (2026 - 2027)"),
    ("I", "(Ban hành kèm theo Quyết định số 45/QĐ-LHH ngày 20/4/2026 của Ban "
          "Thường vụ Liên hiệp các Hội khoa học và kỹ thuật tỉnh)"),
    ("B", "Chương I. QUY ĐỊNH CHUNG"),
    ("B", "Điều 1. Mục đích"),
    ("P", "Hội thi nhằm phát hiện, tôn vinh các giải pháp sáng tạo kỹ thuật có giá "
          "trị thực tiễn; khuyến khích phong trào lao động sáng tạo trong cán bộ, "
          "công nhân, nông dân, thanh niên, học sinh; góp phần đưa tiến bộ khoa học "
          "kỹ thuật vào sản xuất và đời sống."),
    ("B", "Điều 2. Đối tượng dự thi"),
    ("P", "1. Tổ chức, cá nhân Việt Nam đang sinh sống, học tập, làm việc trên địa "
          "bàn tỉnh Tam Nông Bắc có giải pháp thuộc các lĩnh vực tại Điều 3 Quy "
          "chế này."),
    ("P", "2. Thành viên Ban Tổ chức, Hội đồng giám khảo và Tổ thư ký không tham "
          "gia dự thi."),
    ("B", "Điều 3. Lĩnh vực dự thi"),
    ("P", "Hội thi gồm 06 lĩnh vực: a) Cơ khí - Tự động hóa - Điện, điện tử; b) "
          "Nông, lâm nghiệp và thủy sản; c) Công nghệ thông tin, chuyển đổi số; d) "
          "Y dược, chăm sóc sức khỏe cộng đồng; đ) Tài nguyên, môi trường và ứng "
          "phó biến đổi khí hậu; e) Giáo dục - Đào tạo, đồ dùng dạy học."),
    ("B", "Điều 4. Tiêu chuẩn giải pháp"),
    ("P", "Giải pháp dự thi phải có tính mới, tính sáng tạo so với trình độ kỹ "
          "thuật trên địa bàn tỉnh; đang hoặc có khả năng áp dụng vào thực tiễn; "
          "mang lại hiệu quả kinh tế - xã hội. Giải pháp đạt giải tại các hội thi "
          "khác từ cấp tỉnh trở lên không dự thi Hội thi này."),
    ("B", "Chương II. HỒ SƠ VÀ THỜI GIAN"),
    ("B", "Điều 5. Hồ sơ dự thi"),
    ("P", "Mỗi giải pháp lập 01 bộ hồ sơ gồm: Phiếu đăng ký dự thi (theo mẫu); bản "
          "mô tả giải pháp không quá 15 trang khổ A4; tài liệu minh họa (ảnh, video, "
          "bản vẽ); xác nhận của đơn vị áp dụng (nếu có). Hồ sơ nộp cả bản giấy và "
          "bản điện tử."),
    ("B", "Điều 6. Thời gian, địa điểm nhận hồ sơ"),
    ("P", "1. Thời gian nhận hồ sơ: từ ngày 01/6/2026 đến hết ngày 31/12/2026 "
          "(tính theo dấu bưu điện)."),
    ("P", "2. Địa điểm nhận hồ sơ: Văn phòng Thường trực Ban Tổ chức Hội thi, tầng "
          "3, trụ sở Liên hiệp các Hội khoa học và kỹ thuật tỉnh, số 27 đường "
          "Nguyễn Khuyến, phường Đồng Kiều, thành phố Kiều Lâm; bản điện tử gửi về "
          "hộp thư hoithisangtao@lhhtamnongbac.vn."),
    ("P", "3. Chấm sơ khảo trong tháng 3/2027; chấm chung khảo trong tháng 4/2027; "
          "tổng kết, trao giải dự kiến vào tháng 5/2027."),
    ("B", "Chương III. GIẢI THƯỞNG VÀ HỘI ĐỒNG GIÁM KHẢO"),
    ("B", "Điều 7. Cơ cấu giải thưởng"),
    ("P", "1. Hội thi xét trao các giải sau: a) 01 giải nhất: 40 triệu đồng và "
          "Giấy chứng nhận; b) 02 giải nhì: mỗi giải 25 triệu đồng và Giấy chứng "
          "nhận; c) 04 giải ba: mỗi giải 15 triệu đồng và Giấy chứng nhận; d) 08 "
          "giải khuyến khích: mỗi giải 05 triệu đồng và Giấy chứng nhận."),
    ("P", "2. Tùy chất lượng giải pháp, Ban Tổ chức có thể điều chỉnh số lượng giải "
          "giữa các hạng nhưng không vượt tổng giá trị giải thưởng là 190 triệu "
          "đồng."),
    ("P", "3. Giải pháp đạt giải nhất, giải nhì do Ban Tổ chức giới thiệu tham dự "
          "Hội thi Sáng tạo kỹ thuật toàn quốc và đề nghị Chủ tịch UBND tỉnh tặng "
          "Bằng khen."),
    ("B", "Điều 8. Hội đồng giám khảo"),
    ("P", "Hội đồng giám khảo gồm 11 thành viên là nhà khoa học, chuyên gia có uy "
          "tín, do Chủ tịch Liên hiệp hội quyết định thành lập; chấm điểm theo "
          "thang 100 điểm với 4 tiêu chí: tính mới (30 điểm), khả năng áp dụng (30 "
          "điểm), hiệu quả kinh tế - xã hội (30 điểm), chất lượng hồ sơ (10 điểm). "
          "Giải pháp đạt dưới 50 điểm không xét giải."),
    ("B", "Chương IV. TỔ CHỨC THỰC HIỆN"),
    ("B", "Điều 9. Trách nhiệm của các cơ quan, đơn vị"),
    ("P", "1. Văn phòng Liên hiệp hội là cơ quan thường trực của Hội thi, có trách "
          "nhiệm tiếp nhận hồ sơ, tổng hợp, chuẩn bị các điều kiện tổ chức chấm thi "
          "và lễ tổng kết."),
    ("P", "2. Ban Khoa học - Công nghệ Liên hiệp hội chủ trì xây dựng tài liệu "
          "hướng dẫn, tổ chức 06 hội nghị phổ biến Hội thi tại các huyện, thành "
          "phố, hoàn thành trước ngày 31/7/2026."),
    ("P", "3. Đề nghị Sở Khoa học và Công nghệ hỗ trợ thủ tục xác lập quyền sở hữu "
          "công nghiệp cho các giải pháp đạt giải; Sở Giáo dục và Đào tạo hướng dẫn "
          "các trường trung học phổ thông, Trường Cao đẳng Kỹ thuật Tam Nông Bắc "
          "vận động giáo viên, học sinh, sinh viên tham gia."),
    ("P", "4. Đề nghị Tỉnh đoàn, Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh phát "
          "động trong đoàn viên, công nhân lao động, hội viên nông dân tham gia "
          "Hội thi; mỗi đơn vị phấn đấu có ít nhất 10 giải pháp dự thi."),
    ("P", "5. Đề nghị UBND các huyện, thành phố phân công đầu mối phối hợp, tạo "
          "điều kiện cho tổ chức, cá nhân trên địa bàn hoàn thiện hồ sơ dự thi."),
    ("B", "Điều 10. Kinh phí"),
    ("P", "Kinh phí tổ chức Hội thi lần thứ IX là 650 triệu đồng, từ nguồn ngân "
          "sách tỉnh giao Liên hiệp hội năm 2026, năm 2027 và nguồn tài trợ hợp "
          "pháp của doanh nghiệp. Văn phòng Liên hiệp hội quản lý, thanh quyết "
          "toán theo quy định."),
    ("B", "Điều 11. Điều khoản thi hành"),
    ("P", "Trong quá trình thực hiện, nếu có vướng mắc, tổ chức, cá nhân liên hệ "
          "ông Hứa Đình Toàn, Phó Chánh Văn phòng Liên hiệp hội, điện thoại "
          "0209.3866.105 hoặc 0983.215.640 để nhận hướng dẫn. Việc sửa đổi, bổ "
          "sung Quy chế do Ban Thường vụ Liên hiệp hội quyết định./."),
]
RA03_SIGN_LEFT = [
    "Nơi nhận:",
    "- Như Điều 3;",
    "- Liên hiệp các Hội KH&KT Việt Nam (b/c);",
    "- Sở KH&CN, Sở GD&ĐT;",
    "- UBND các huyện, thành phố;",
    "- Lưu: VT, VP.",
]
RA03_SIGN_RIGHT = ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "(Đã ký)", "", "Tạ Minh Khoa"]


def build_ra03(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for left, right in RA03_HEADER:
        bold = not left.startswith("Số")
        pdf.set_font("DejaVu", "B" if bold else "", 10)
        pdf.cell(w * 0.45, 6, N(left), align="C")
        pdf.set_font("DejaVu", "B" if not right.startswith("Tam") else "", 10)
        pdf.cell(w * 0.55, 6, N(right), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in RA03_BODY:
        if kind == "T":
            pdf.set_font("DejaVu", "B", 11.5)
            pdf.multi_cell(w, 6.5, N(text), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "I":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(w, 5.5, N(text), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "B":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(w, 6.5, N(text), align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "P":
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(w, 6.2, N(text), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "PAGEBREAK":
            pdf.add_page()
        elif kind == "S":
            pdf.ln(3)
            y0 = pdf.get_y()
            for i, line in enumerate(RA03_SIGN_LEFT):
                pdf.set_font("DejaVu", "B" if i == 0 else "", 9.5)
                pdf.set_xy(pdf.l_margin, y0 + i * 5)
                pdf.cell(w * 0.5, 5, N(line))
            for i, line in enumerate(RA03_SIGN_RIGHT):
                pdf.set_font("DejaVu", "B" if i != 3 else "", 10.5)
                pdf.set_xy(pdf.l_margin + w * 0.5, y0 + i * 5.5)
                pdf.cell(w * 0.5, 5.5, N(line), align="C")
            pdf.set_y(y0 + 6 * 5.5 + 4)
    pdf.output(path)


# ---------------------------------------------------------------------------
# ra04 — Báo cáo, Ban Tuyên giáo Huyện ủy (md with table)
# ---------------------------------------------------------------------------
RA04 = """\
HUYỆN ỦY XUÂN KIỀU                              ĐẢNG CỘNG SẢN VIỆT NAM
BAN TUYÊN GIÁO
Số 27-BC/BTGHU                        Xuân Kiều, ngày 10 tháng 7 năm 2026

# BÁO CÁO

## Kết quả công tác tuyên truyền khoa giáo, chuyển đổi số 6 tháng đầu năm 2026 và phương hướng, nhiệm vụ 6 tháng cuối năm 2026

Thực hiện Kế hoạch số 41-KH/BTGTU ngày 15/01/2026 của Ban Tuyên giáo Tỉnh ủy về công tác tuyên truyền khoa giáo năm 2026, Ban Tuyên giáo Huyện ủy Xuân Kiều báo cáo kết quả như sau:

## I. KẾT QUẢ THỰC HIỆN

### 1. Công tác lãnh đạo, hướng dẫn

Ban Tuyên giáo Huyện ủy tham mưu Ban Thường vụ Huyện ủy ra 02 văn bản lãnh đạo, đồng thời phát hành 09 văn bản hướng dẫn về tuyên truyền khoa giáo và chuyển đổi số; phối hợp với Phòng Văn hóa và Thông tin huyện biên soạn 4.500 tờ gấp "Người dân với dịch vụ công trực tuyến" phát tới các thôn, tổ dân phố. Ban tổ chức 03 hội nghị báo cáo viên, tuyên truyền viên với 420 lượt đại biểu; mời báo cáo viên của Sở Khoa học và Công nghệ giới thiệu Kế hoạch số 214/KH-SKHCN ngày 12/3/2026 của Sở.

### 2. Kết quả tuyên truyền tại cơ sở

Trong 6 tháng đầu năm, toàn huyện tổ chức 71 buổi tuyên truyền trực tiếp về khoa học, công nghệ và chuyển đổi số với 7.955 lượt người tham dự, tăng 18% so với cùng kỳ năm 2025. Tổ công nghệ số cộng đồng ở 6 xã, thị trấn có tổng số 190 thành viên, hỗ trợ người dân cài đặt, kích hoạt tài khoản định danh điện tử và thanh toán không dùng tiền mặt. Kết quả cụ thể từng đơn vị:

| TT | Đơn vị | Số buổi tuyên truyền | Lượt người tham dự | Thành viên Tổ CNSCĐ | Tỷ lệ người dân có tài khoản định danh mức 2 (%) |
|---|---|---|---|---|---|
| 1 | Thị trấn Xuân Kiều | 18 | 2.150 | 42 | 71,4 |
| 2 | Xã Khúc Thủy | 14 | 1.620 | 35 | 64,8 |
| 3 | Xã Lưu Sa | 12 | 1.340 | 30 | 68,5 |
| 4 | Xã Nghè Cao | 9 | 980 | 28 | 59,2 |
| 5 | Xã Trầm Hương | 11 | 1.105 | 31 | 61,0 |
| 6 | Xã Ngải Dương | 7 | 760 | 24 | 55,3 |
| | **Toàn huyện** | **71** | **7.955** | **190** | **63,4** |

Thị trấn Xuân Kiều dẫn đầu về số buổi tuyên truyền và tỷ lệ tài khoản định danh. Xã Ngải Dương có kết quả thấp nhất do địa bàn rộng, 3/9 thôn chưa có sóng di động 4G ổn định.

### 3. Tuyên truyền trên báo chí, mạng xã hội

Trang thông tin điện tử huyện đăng tải 146 tin, bài; hệ thống truyền thanh cơ sở phát 312 lượt chuyên mục "Khoa học với nhà nông". Cuộc thi trực tuyến "Tìm hiểu về chuyển đổi số" do Ban Tuyên giáo Huyện ủy phối hợp với Huyện đoàn tổ chức từ ngày 02/3 đến ngày 30/4/2026 thu hút 4.318 lượt thí sinh; Ban Tổ chức trao 01 giải nhất, 02 giải nhì, 03 giải ba và 10 giải khuyến khích.

### 4. Hạn chế, nguyên nhân

Việc tuyên truyền ở một số xã còn hình thức, chủ yếu lồng ghép trong họp thôn; tỷ lệ người dân sử dụng dịch vụ công trực tuyến toàn trình mới ở mức 38,6%; đội ngũ tuyên truyền viên cơ sở còn thiếu kỹ năng số; kinh phí dành cho công tác tuyên truyền còn hạn hẹp.

## II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026

1. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Trung tâm Chính trị huyện mở 02 lớp bồi dưỡng kỹ năng số cho 150 tuyên truyền viên cơ sở, hoàn thành trong tháng 9/2026.
2. Phòng Văn hóa và Thông tin huyện có trách nhiệm hướng dẫn các xã, thị trấn kiện toàn Tổ công nghệ số cộng đồng, bảo đảm mỗi thôn, tổ dân phố có ít nhất 05 thành viên; báo cáo kết quả trước ngày 30/9/2026.
3. Trung tâm Văn hóa, Thông tin và Thể thao huyện duy trì chuyên mục "Khoa học với nhà nông" 02 kỳ/tuần; xây dựng 12 video ngắn hướng dẫn sử dụng dịch vụ công trực tuyến, phát trên trang mạng xã hội của huyện.
4. Huyện đoàn tổ chức chiến dịch "Thanh niên tình nguyện hỗ trợ chuyển đổi số" trong dịp hè, mỗi cơ sở đoàn ra quân ít nhất 02 đợt; phối hợp với Liên hiệp các Hội khoa học và kỹ thuật tỉnh vận động đoàn viên tham gia Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX.
5. Hội Liên hiệp Phụ nữ huyện phối hợp với Phòng Giáo dục và Đào tạo huyện nhân rộng mô hình "Gia đình học tập số", phấn đấu đến cuối năm 2026 có 1.000 gia đình đạt danh hiệu.
6. Đảng ủy xã, thị trấn đưa nội dung chuyển đổi số vào sinh hoạt chi bộ định kỳ ít nhất 01 lần/quý; riêng Đảng ủy xã Ngải Dương xây dựng kế hoạch khắc phục, gửi Ban Tuyên giáo Huyện ủy trước ngày 15/8/2026.
7. Các phòng, ban, ngành, Mặt trận và đoàn thể huyện tăng cường chia sẻ thông tin về khoa học, công nghệ trên trang mạng xã hội của cơ quan, đơn vị; định kỳ hằng quý gửi kết quả về Ban Tuyên giáo Huyện ủy (qua đồng chí Lương Thị Vân Anh, chuyên viên, điện thoại 0857.206.913, thư điện tử btg.xuankieu@tamnongbac.org.vn).

## III. ĐỀ XUẤT, KIẾN NGHỊ

1. Đề nghị Ban Tuyên giáo Tỉnh ủy mở lớp tập huấn nghiệp vụ tuyên truyền khoa giáo trên nền tảng số cho cán bộ cấp huyện.
2. Đề nghị Thường trực HĐND, UBND huyện bố trí bổ sung 120 triệu đồng cho công tác tuyên truyền chuyển đổi số năm 2026; làm việc với doanh nghiệp viễn thông để phủ sóng 4G tại 3 thôn của xã Ngải Dương.

Nơi nhận:                                                K/T TRƯỞNG BAN
- Ban Tuyên giáo Tỉnh ủy (b/c),                           PHÓ TRƯỞNG BAN
- Thường trực Huyện ủy (b/c),
- Các đồng chí Ủy viên BTV Huyện ủy,                          (Đã ký)
- Các phòng, ban, ngành, đoàn thể huyện,
- Lưu Ban Tuyên giáo.                                     Bế Thị Quyên
"""


# ---------------------------------------------------------------------------
# ra05 — Thông báo kết luận cuộc họp, trường THCS (txt + Markdown table)
# ---------------------------------------------------------------------------
RA05 = """\
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN XUÂN KIỀU                          Độc lập - Tự do - Hạnh phúc
TRƯỜNG THCS NGHÈ CAO

Số: 36/TB-THCSNC                     Nghè Cao, ngày 02 tháng 4 năm 2026

                              THÔNG BÁO
         Kết luận của Hiệu trưởng tại cuộc họp Hội đồng sư phạm
         về triển khai học bạ số, học liệu số và hoạt động STEM

Chiều ngày 31/3/2026, tại Phòng họp Hội đồng, Trường THCS Nghè Cao tổ chức họp Hội đồng sư phạm để triển khai Công văn số 386/PGDĐT-CM ngày 24/3/2026 của Phòng Giáo dục và Đào tạo huyện Xuân Kiều. Thầy Phan Hữu Đạt, Hiệu trưởng chủ trì cuộc họp; dự họp có 38/41 cán bộ, giáo viên, nhân viên (vắng 03, có lý do) và ông Tống Văn Lực, Trưởng Ban đại diện cha mẹ học sinh nhà trường. Sau khi nghe ý kiến thảo luận, Hiệu trưởng kết luận như sau:

1. Đánh giá chung

Nhà trường là một trong hai trường THCS của huyện thực hiện thí điểm học bạ số cho cả 4 khối lớp. Hiện 100% giáo viên chủ nhiệm (16/16 người) có chứng thư số; nhà trường có 02 phòng Tin học với 48 máy tính, trong đó 11 máy cần thay thế. Kho học liệu số của trường mới có 6/15 bài giảng đạt yêu cầu theo chỉ tiêu của Phòng; đây là nội dung chậm nhất, cần tập trung khắc phục.

2. Nhiệm vụ trọng tâm và phân công

2.1. Học bạ số: Phó Hiệu trưởng Đàm Thị Nga chủ trì, phối hợp với Tổ Văn phòng rà soát dữ liệu học sinh trên phần mềm quản lý trường học. Giáo viên chủ nhiệm hoàn thành nhập nhận xét, ký số học bạ học kỳ II trước ngày 25/5/2026 (sớm hơn hạn của Phòng 6 ngày).

2.2. Học liệu số: Tổ Khoa học tự nhiên và Tổ Ngữ văn - Khoa học xã hội, mỗi tổ hoàn thiện ít nhất 05 bài giảng e-learning, nộp về Thư viện trường trước ngày 20/4/2026 để thẩm định. Cô Tạ Thu Hiền, nhân viên thư viện, có trách nhiệm đưa các bài giảng đạt yêu cầu lên Kho học liệu số của huyện trước ngày 28/4/2026.

2.3. Hoạt động STEM: Tổ Khoa học tự nhiên chủ trì chủ đề "Hệ thống tưới nhỏ giọt tự động cho vườn rau trường học" (khối 8) và chủ đề "Đèn học năng lượng mặt trời" (khối 9); chọn 02 sản phẩm dự Ngày hội STEM huyện ngày 16/5/2026, gửi phiếu đăng ký qua Phó Hiệu trưởng trước ngày 02/5/2026.

2.4. An toàn thông tin: Thầy Lục Văn Sinh, giáo viên Tin học, phụ trách quản trị tài khoản phần mềm, hướng dẫn đổi mật khẩu định kỳ. Tổng phụ trách Đội phối hợp tuyên truyền cho học sinh kỹ năng an toàn trên mạng vào các buổi chào cờ đầu tuần.

2.5. Đề nghị Ban đại diện cha mẹ học sinh nhà trường vận động xã hội hóa 12,5 triệu đồng để mua 01 bộ thiết bị STEM và 02 bộ robot giáo dục; báo cáo kết quả vận động tại cuộc họp tháng 5/2026.

3. Lịch triển khai (Tổ Văn phòng thông báo trên nhóm Zalo của Hội đồng sư phạm)

| Thời gian | Nội dung | Người phụ trách | Địa điểm |
|---|---|---|---|
| 14h00 thứ Ba, 07/4/2026 | Tập huấn ký số học bạ trên phần mềm quản lý trường học | Thầy Lục Văn Sinh | Phòng Tin học 1 |
| 14h00 thứ Ba, 14/4/2026 | Hướng dẫn thiết kế bài giảng e-learning | Cô Tạ Thu Hiền | Phòng Tin học 2 |
| 07h30 thứ Bảy, 25/4/2026 | Sinh hoạt chuyên môn cụm về dạy học STEM | Tổ Khoa học tự nhiên | Trường THCS Khúc Thủy |
| 15h30 thứ Năm, 21/5/2026 | Sơ kết học bạ số và học liệu số | Hiệu trưởng | Phòng họp Hội đồng |

4. Tổ chức thực hiện

Các tổ chuyên môn, Tổ Văn phòng, giáo viên chủ nhiệm và các bộ phận liên quan nghiêm túc thực hiện. Tổ trưởng tổ chuyên môn báo cáo tiến độ bằng văn bản về Hiệu trưởng vào thứ Sáu hằng tuần. Mọi vướng mắc liên hệ Phó Hiệu trưởng Đàm Thị Nga, điện thoại 0975.338.124.

Nơi nhận:                                              HIỆU TRƯỞNG
- Phòng Giáo dục và Đào tạo (b/c);
- Các tổ chuyên môn, Tổ Văn phòng;                       (Đã ký)
- Ban đại diện CMHS;
- Lưu: VT.                                             Phan Hữu Đạt
"""


FILES = {
    "ra01": "ra01_kh_khcn_cds.docx",
    "ra02": "ra02_cv_hocbaso.txt",
    "ra03": "ra03_qd_hoithi_stkt.pdf",
    "ra04": "ra04_bc_tuyentruyen.md",
    "ra05": "ra05_tb_ketluan_hop.txt",
}

# ---------------------------------------------------------------------------
# Gold: questions.jsonl and who_what.jsonl
# ---------------------------------------------------------------------------
F1, F2, F3, F4, F5 = (FILES[k] for k in ("ra01", "ra02", "ra03", "ra04", "ra05"))
QUESTIONS = []


def q(kind, text, ev=(), kw=(), actors=None, hist=None, answerable=None):
    """Append one question; returns its text (for use as history)."""
    if answerable is None:
        answerable = bool(ev)
    obj = {
        "id": "ra%03d" % (len(QUESTIONS) + 1),
        "question": N(text),
        "answerable": answerable,
        "kind": kind,
        "evidence": [{"source": f, "quote": N(t)} for f, t in ev],
        "keywords": [N(k) for k in kw],
    }
    if hist:
        obj["history"] = [N(h) for h in hist]
    if actors:
        obj["actors"] = [N(a) for a in actors]
    QUESTIONS.append(obj)
    return obj["question"]


def U(text, kind="unanswerable", hist=None):
    return q(kind, text, hist=hist, answerable=False)


def build_questions():
    QUESTIONS.clear()
    # --- ra01: Kế hoạch 214/KH-SKHCN ---
    q("factoid", "Sở KH&CN dự kiến tổng kinh phí bao nhiêu để thực hiện kế hoạch năm 2026?",
      [(F1, "Tổng kinh phí dự kiến thực hiện Kế hoạch là 18,6 tỷ đồng")], ["18,6 tỷ đồng"])
    U("Kinh phí thực hiện kế hoạch khoa học công nghệ của Sở cho năm 2027 dự kiến bao nhiêu tỷ?")
    h3 = q("abbreviation", "mỗi DN nhỏ và vừa được hỗ trợ đổi mới công nghệ tối đa bao nhiêu tiền?",
           [(F1, "mức hỗ trợ tối đa 150 triệu đồng/doanh nghiệp")], ["150 triệu đồng"])
    q("follow-up", "Thế chỉ tiêu năm nay hỗ trợ bao nhiêu doanh nghiệp?",
      [(F1, "Hỗ trợ 25 doanh nghiệp nhỏ và vừa đổi mới, cải tiến công nghệ")], ["25 doanh nghiệp"],
      hist=[h3])
    q("who-what", "Phòng Quản lý khoa học phải làm những việc gì theo KH 214?",
      [(F1, "Giao Phòng Quản lý khoa học chủ trì"),
       (F1, "tham mưu UBND tỉnh ban hành Quy định quản lý nhiệm vụ khoa học và công nghệ sử "
            "dụng ngân sách tỉnh theo hướng khoán chi đến sản phẩm cuối cùng, trình trước ngày 30/6/2026"),
       (F1, "Phối hợp tổ chức Cuộc thi khoa học kỹ thuật dành cho học sinh trung học cấp tỉnh")],
      ["khoán chi", "30/6/2026"], actors=["Phòng Quản lý khoa học"])
    q("factoid", "Chợ công nghệ và thiết bị tỉnh năm 2026 tổ chức lúc nào, ở đâu, khoảng bao nhiêu gian hàng?",
      [(F1, "Chợ công nghệ và thiết bị tỉnh Tam Nông Bắc năm 2026 vào tháng 9/2026 tại Cung Văn "
            "hóa thanh niên tỉnh, dự kiến 80 gian hàng")],
      ["tháng 9/2026", "Cung Văn hóa thanh niên tỉnh", "80 gian hàng"])
    U("Chợ công nghệ và thiết bị tháng 9 có bao nhiêu doanh nghiệp ngoài tỉnh đăng ký gian hàng?")
    q("list", "5 mô hình ứng dụng CNSH và IoT sẽ làm ở những huyện nào?",
      [(F1, "nuôi cá tầm tại các huyện Xuân Kiều, Phả Lương, Lạt Khê")],
      ["Xuân Kiều", "Phả Lương", "Lạt Khê"])
    U("so luong ca tam nuoi theo mo hinh iot o huyen pha luong la bao nhieu con")
    q("no-diacritics", "vuong mac ke hoach 214 cua so khoa hoc cong nghe thi lien he ai, sdt bao nhieu",
      [(F1, "liên hệ bà Vương Thị Diệu Linh, Phó Trưởng phòng Quản lý khoa học, điện thoại 0209.3851.462")],
      ["Vương Thị Diệu Linh", "0209.3851.462"])
    q("metadata", "Kế hoạch 214/KH-SKHCN ban hành ngày nào và ai ký?",
      [(F1, "Tam Nông Bắc, ngày 12 tháng 3 năm 2026"), (F1, "PHÓ GIÁM ĐỐC (Đã ký) Đinh Văn Khải")],
      ["12 tháng 3 năm 2026", "Đinh Văn Khải"])
    q("who-what", "Chi cục TĐC được giao việc gì trong KH năm 2026 của Sở KH&CN?",
      [(F1, "Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ ít nhất 10 cơ sở sản xuất áp dụng mã "
            "số, mã vạch và truy xuất nguồn gốc điện tử cho sản phẩm OCOP")],
      ["10 cơ sở", "OCOP"], actors=["Chi cục Tiêu chuẩn Đo lường Chất lượng"])
    q("who-what", "Vườn ươm khởi nghiệp đổi mới sáng tạo thì đơn vị nào chủ trì, ai phối hợp, xong khi nào?",
      [(F1, "Thành lập Vườn ươm khởi nghiệp đổi mới sáng tạo tại thành phố Kiều Lâm"),
       (F1, "Phòng Quản lý công nghệ và Đổi mới sáng tạo"),
       (F1, "Tỉnh đoàn; Trường Cao đẳng Kỹ thuật Tam Nông Bắc"),
       (F1, "Hoàn thành trong Quý III/2026")],
      ["Phòng Quản lý công nghệ và Đổi mới sáng tạo", "Trường Cao đẳng Kỹ thuật Tam Nông Bắc", "Quý III/2026"],
      actors=["Phòng Quản lý công nghệ và Đổi mới sáng tạo", "Tỉnh đoàn",
              "Trường Cao đẳng Kỹ thuật Tam Nông Bắc"])
    U("Vườn ươm khởi nghiệp ở TP Kiều Lâm được bố trí bao nhiêu kinh phí?")
    q("abbreviation", "KH 214 giao phòng nào tổng hợp Bộ chỉ số CĐS cấp huyện? hạn báo cáo UBND tỉnh?",
      [(F1, "Phòng Chuyển đổi số và Bưu chính viễn thông chủ trì triển khai nền tảng bản đồ số nông sản tỉnh"),
       (F1, "tổng hợp Bộ chỉ số chuyển đổi số cấp huyện, báo cáo UBND tỉnh trước ngày 15/12/2026")],
      ["Phòng Chuyển đổi số và Bưu chính viễn thông", "15/12/2026"])
    U("Theo kế hoạch 214, Sở Thông tin và Truyền thông phải phối hợp làm những việc gì?")
    q("no-diacritics", "ubnd cac huyen phai gui danh sach can bo dau moi khcn va cds ve so truoc ngay nao",
      [(F1, "Đề nghị UBND các huyện, thành phố bố trí cán bộ đầu mối về khoa học, công nghệ và "
            "chuyển đổi số; gửi danh sách về Sở trước ngày 15/4/2026")],
      ["15/4/2026"], actors=["UBND các huyện, thành phố"])
    q("list", "Ba nhóm sản phẩm chủ lực mà kế hoạch của Sở KH&CN ưu tiên là gì?",
      [(F1, "ưu tiên ba nhóm sản phẩm chủ lực của tỉnh là chè, dược liệu và cá nước lạnh")],
      ["chè", "dược liệu", "cá nước lạnh"])
    h19 = q("factoid", "Năm 2026 bồi dưỡng kỹ năng số cho bao nhiêu cán bộ cấp xã với thành viên tổ công nghệ số cộng đồng?",
            [(F1, "Bồi dưỡng kỹ năng số cho 1.200 cán bộ, công chức cấp xã và 300 thành viên Tổ công nghệ số cộng đồng")],
            ["1.200", "300"])
    q("follow-up", "Việc đó do phòng nào chủ trì, hạn xong khi nào?",
      [(F1, "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã và thành viên Tổ công nghệ số cộng đồng"),
       (F1, "Phòng Chuyển đổi số và Bưu chính viễn thông"), (F1, "Trước ngày 31/10/2026")],
      ["Phòng Chuyển đổi số và Bưu chính viễn thông", "31/10/2026"], hist=[h19],
      actors=["Phòng Chuyển đổi số và Bưu chính viễn thông"])
    q("who-what", "Trung tâm Ứng dụng và Thông tin KHCN phải làm mấy mô hình, trước ngày nào?",
      [(F1, "Trung tâm Ứng dụng và Thông tin khoa học công nghệ xây dựng 05 mô hình ứng dụng công nghệ sinh học và IoT"),
       (F1, "hoàn thành trước ngày 30/11/2026")],
      ["05 mô hình", "30/11/2026"], actors=["Trung tâm Ứng dụng và Thông tin khoa học công nghệ"])

    # --- ra02: Công văn 386/PGDĐT-CM ---
    q("metadata", "CV 386/PGDĐT-CM ngày bao nhiêu, v/v gì vậy?",
      [(F2, "Số: 386/PGDĐT-CM Xuân Kiều, ngày 24 tháng 3 năm 2026"),
       (F2, "V/v triển khai học bạ số, kho học liệu số và giáo dục STEM")],
      ["24 tháng 3 năm 2026", "học bạ số"])
    h23 = q("factoid", "Trường tiểu học phải ký số xong học bạ năm học 2025-2026 trước ngày nào?",
            [(F2, "hoàn thành ký số học bạ năm học 2025 - 2026 trước ngày 31/5/2026")], ["31/5/2026"])
    q("follow-up", "Còn bên THCS làm học bạ số cho những lớp nào?",
      [(F2, "Các trường THCS triển khai học bạ số cho học sinh lớp 6 và lớp 7")], ["lớp 6", "lớp 7"],
      hist=[h23])
    q("list", "Trường THCS nào được chọn thí điểm học bạ số cho cả 4 khối?",
      [(F2, "riêng Trường THCS Nghè Cao và Trường THCS Khúc Thủy thực hiện thí điểm cho cả 4 khối lớp")],
      ["Nghè Cao", "Khúc Thủy"])
    h26 = q("no-diacritics", "moi truong phai dong gop toi thieu bao nhieu bai giang e-learning len kho hoc lieu so cua huyen",
            [(F2, "Mỗi trường đóng góp tối thiểu 15 bài giảng điện tử (e-learning)")], ["15 bài giảng"])
    q("follow-up", "han chot la ngay nao?", [(F2, "hạn cuối là ngày 30/4/2026")], ["30/4/2026"], hist=[h26])
    q("factoid", "Ngày hội STEM của huyện Xuân Kiều năm nay tổ chức hôm nào, ở trường nào, mỗi trường THCS được gửi mấy sản phẩm?",
      [(F2, "vào ngày 16/5/2026 tại Trường THCS thị trấn Xuân Kiều"),
       (F2, "Mỗi trường THCS đăng ký tối đa 02 sản phẩm")],
      ["16/5/2026", "Trường THCS thị trấn Xuân Kiều", "02 sản phẩm"])
    U("Giải đặc biệt của Ngày hội STEM huyện Xuân Kiều trị giá bao nhiêu tiền?")
    h30 = q("who-what", "Theo công văn 386, Trung tâm VH-TT&TT huyện được đề nghị làm gì?",
            [(F2, "Đề nghị Trung tâm Văn hóa, Thông tin và Thể thao huyện phối hợp đưa tin về Ngày hội STEM")],
            ["đưa tin", "Ngày hội STEM"], actors=["Trung tâm Văn hóa, Thông tin và Thể thao huyện"])
    q("follow-up", "Còn Hội Cựu giáo chức huyện thì sao?",
      [(F2, "Đề nghị Hội Cựu giáo chức huyện xem xét trao thưởng cho học sinh có sản phẩm STEM đạt giải")],
      ["trao thưởng"], hist=[h30], actors=["Hội Cựu giáo chức huyện"])
    h32 = q("factoid", "Báo cáo kết quả học bạ số, học liệu số gửi cho ai ở phòng giáo dục, số điện thoại?",
            [(F2, "ông Lã Văn Tuấn, chuyên viên bộ phận Chuyên môn, điện thoại 0912.447.318")],
            ["Lã Văn Tuấn", "0912.447.318"])
    q("follow-up", "Vậy hạn nộp báo cáo là khi nào?",
      [(F2, "qua thư điện tử trước ngày 05/6/2026")], ["05/6/2026"], hist=[h32])
    q("no-diacritics", "mat khau phan mem quan ly truong hoc phai doi bao lau 1 lan",
      [(F2, "thay đổi mật khẩu định kỳ 03 tháng/lần")], ["03 tháng"])
    U("Công văn 387/PGDĐT-CM của phòng giáo dục Xuân Kiều hướng dẫn nội dung gì?")
    U("Công văn 512/SGDĐT-GDPT của Sở GD&ĐT yêu cầu các trường THPT làm những gì?")
    U("kinh phi mua robot giao duc cho moi truong tieu hoc o xuan kieu la bao nhieu")
    q("factoid", "Trường nào thiếu chứng thư số thì gửi danh sách về phòng trước ngày mấy?",
      [(F2, "gửi danh sách đề nghị cấp bổ sung về Phòng trước ngày 10/4/2026")], ["10/4/2026"])

    # --- ra03: Quyết định 45/QĐ-LHH + Quy chế ---
    q("metadata", "QĐ 45/QĐ-LHH ban hành quy chế gì? ký ngày nào?",
      [(F3, "Ban hành Quy chế Hội thi Sáng tạo kỹ thuật tỉnh Tam Nông Bắc"),
       (F3, "Tam Nông Bắc, ngày 20 tháng 4 năm 2026")],
      ["Hội thi Sáng tạo kỹ thuật", "20 tháng 4 năm 2026"])
    h41 = q("factoid", "Hội thi sáng tạo kỹ thuật lần IX nhận hồ sơ dư thi từ ngày nào đến ngày nào?",
            [(F3, "từ ngày 01/6/2026 đến hết ngày 31/12/2026")], ["01/6/2026", "31/12/2026"])
    q("follow-up", "Nộp hồ sơ ở đâu?",
      [(F3, "Văn phòng Thường trực Ban Tổ chức Hội thi, tầng 3, trụ sở Liên hiệp các Hội khoa học "
            "và kỹ thuật tỉnh, số 27 đường Nguyễn Khuyến")],
      ["số 27 đường Nguyễn Khuyến", "tầng 3"], hist=[h41])
    h43 = q("list", "Hội thi sáng tạo kỹ thuật tỉnh có những giải gì, mỗi giải bao nhiêu tiền?",
            [(F3, "01 giải nhất: 40 triệu đồng và Giấy chứng nhận; b) 02 giải nhì: mỗi giải 25 triệu đồng"),
             (F3, "04 giải ba: mỗi giải 15 triệu đồng và Giấy chứng nhận; d) 08 giải khuyến khích: mỗi giải 05 triệu đồng")],
            ["40 triệu đồng", "25 triệu đồng", "15 triệu đồng"])
    U("Thế giải đặc biệt thì được bao nhiêu?", kind="follow-up", hist=[h43])
    q("factoid", "Tổng giá trị giải thưởng tối đa của hội thi là bao nhiêu?",
      [(F3, "không vượt tổng giá trị giải thưởng là 190 triệu đồng")], ["190 triệu đồng"])
    q("no-diacritics", "hoi thi sang tao ky thuat lan thu 9 co may linh vuc du thi",
      [(F3, "Hội thi gồm 06 lĩnh vực")], ["06 lĩnh vực"])
    h47 = q("factoid", "Hội đồng giám khảo hội thi STKT gồm bao nhiêu người, chấm theo mấy tiêu chí?",
            [(F3, "Hội đồng giám khảo gồm 11 thành viên"), (F3, "chấm điểm theo thang 100 điểm với 4 tiêu chí")],
            ["11 thành viên", "4 tiêu chí"])
    q("follow-up", "Dưới bao nhiêu điểm thì không được xét giải?",
      [(F3, "Giải pháp đạt dưới 50 điểm không xét giải")], ["50 điểm"], hist=[h47])
    q("who-what", "Văn phòng Liên hiệp hội có trách nhiệm gì trong hội thi?",
      [(F3, "Văn phòng Liên hiệp hội là cơ quan thường trực của Hội thi, có trách nhiệm tiếp nhận hồ sơ, tổng hợp")],
      ["cơ quan thường trực", "tiếp nhận hồ sơ"], actors=["Văn phòng Liên hiệp hội"])
    q("who-what", "Tỉnh đoàn, LĐLĐ tỉnh và Hội Nông dân tỉnh được đề nghị làm gì cho hội thi?",
      [(F3, "Đề nghị Tỉnh đoàn, Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh phát động"),
       (F3, "mỗi đơn vị phấn đấu có ít nhất 10 giải pháp dự thi")],
      ["10 giải pháp"], actors=["Tỉnh đoàn", "Liên đoàn Lao động tỉnh", "Hội Nông dân tỉnh"])
    q("who-what", "Ban KH-CN của LHH phải làm gì, hạn chót?",
      [(F3, "Ban Khoa học - Công nghệ Liên hiệp hội chủ trì xây dựng tài liệu hướng dẫn, tổ chức 06 hội nghị phổ biến Hội thi"),
       (F3, "hoàn thành trước ngày 31/7/2026")],
      ["06 hội nghị", "31/7/2026"], actors=["Ban Khoa học - Công nghệ Liên hiệp hội"])
    q("factoid", "Kinh phí tổ chức hội thi lần thứ IX bao nhiêu, lấy từ nguồn nào?",
      [(F3, "Kinh phí tổ chức Hội thi lần thứ IX là 650 triệu đồng, từ nguồn ngân sách tỉnh giao Liên hiệp hội")],
      ["650 triệu đồng"])
    q("factoid", "Hồ sơ dự thi bị vướng thì hỏi ai ở Liên hiệp hội?",
      [(F3, "ông Hứa Đình Toàn, Phó Chánh Văn phòng Liên hiệp hội, điện thoại 0209.3866.105")],
      ["Hứa Đình Toàn", "0209.3866.105"])
    q("metadata", "Ai ký QĐ ban hành quy chế hội thi sáng tạo kỹ thuật, ký với chức danh gì?",
      [(F3, "CHỦ TỊCH (Đã ký) Tạ Minh Khoa")], ["Tạ Minh Khoa"])
    U("Hội thi Sáng tạo kỹ thuật lần thứ VIII trao mấy giải nhất?")
    U("Lệ phí nộp hồ sơ dự thi hội thi sáng tạo kỹ thuật là bao nhiêu?")
    U("Danh sách 11 thành viên hội đồng giám khảo gồm những ai?")
    U("kinh phi hoi thi nam 2027 cu the la bao nhieu trieu")

    # --- ra04: Báo cáo 27-BC/BTGHU ---
    q("metadata", "BC 27-BC/BTGHU đề ngày bao nhiêu?",
      [(F4, "Xuân Kiều, ngày 10 tháng 7 năm 2026")], ["10 tháng 7 năm 2026"])
    h62 = q("factoid", "6 tháng đầu năm 2026 huyện Xuân Kiều tổ chức bao nhiêu buổi tuyên truyền trực tiếp, bao nhiêu lượt người dự?",
            [(F4, "toàn huyện tổ chức 71 buổi tuyên truyền trực tiếp về khoa học, công nghệ và chuyển đổi số với 7.955 lượt người tham dự")],
            ["71 buổi", "7.955"])
    q("follow-up", "So với cùng kỳ năm ngoái tăng bao nhiêu phần trăm?",
      [(F4, "tăng 18% so với cùng kỳ năm 2025")], ["18%"], hist=[h62])
    h64 = q("factoid", "Xã Lưu Sa tổ chức đươc mấy buổi tuyên truyền, bao nhiêu lượt người?",
            [(F4, "| 3 | Xã Lưu Sa | 12 | 1.340 | 30 | 68,5 |")], ["12", "1.340"])
    q("follow-up", "the xa nghe cao?", [(F4, "| 4 | Xã Nghè Cao | 9 | 980 | 28 | 59,2 |")], ["9", "980"],
      hist=[h64])
    q("factoid", "Xã nào có tỷ lệ người dân có tài khoản định danh mức 2 thấp nhất, lý do?",
      [(F4, "Xã Ngải Dương có kết quả thấp nhất do địa bàn rộng, 3/9 thôn chưa có sóng di động 4G ổn định"),
       (F4, "| 6 | Xã Ngải Dương | 7 | 760 | 24 | 55,3 |")],
      ["Ngải Dương", "55,3", "4G"])
    q("abbreviation", "Tổ CNSCĐ toàn huyện XK có tổng cộng bao nhiêu thành viên?",
      [(F4, "Tổ công nghệ số cộng đồng ở 6 xã, thị trấn có tổng số 190 thành viên")], ["190"])
    h68 = q("factoid", "Cuộc thi trực tuyến Tìm hiểu về chuyển đổi số thu hút bao nhiêu lượt thí sinh?",
            [(F4, "thu hút 4.318 lượt thí sinh")], ["4.318"])
    U("Thế cuộc thi năm 2025 thì bao nhiêu lượt?", kind="follow-up", hist=[h68])
    q("abbreviation", "Cuộc thi tìm hiểu CĐS của huyện trao mấy giải nhất, mấy giải khuyến khích?",
      [(F4, "Ban Tổ chức trao 01 giải nhất, 02 giải nhì, 03 giải ba và 10 giải khuyến khích")],
      ["01 giải nhất", "10 giải khuyến khích"])
    q("who-what", "Phòng Văn hóa và Thông tin huyện phải làm gì trong 6 tháng cuối năm?",
      [(F4, "Phòng Văn hóa và Thông tin huyện có trách nhiệm hướng dẫn các xã, thị trấn kiện toàn Tổ công nghệ số cộng đồng"),
       (F4, "bảo đảm mỗi thôn, tổ dân phố có ít nhất 05 thành viên; báo cáo kết quả trước ngày 30/9/2026")],
      ["05 thành viên", "30/9/2026"], actors=["Phòng Văn hóa và Thông tin huyện"])
    q("who-what", "Huyện đoàn Xuân Kiều được giao nhiệm vụ gì?",
      [(F4, "Huyện đoàn tổ chức chiến dịch \"Thanh niên tình nguyện hỗ trợ chuyển đổi số\" trong dịp hè"),
       (F4, "mỗi cơ sở đoàn ra quân ít nhất 02 đợt")],
      ["Thanh niên tình nguyện hỗ trợ chuyển đổi số", "02 đợt"], actors=["Huyện đoàn"])
    h73 = q("who-what", "Các phòng ban, MTTQ và đoàn thể huyện phải làm gì theo BC của Ban Tuyên giáo?",
            [(F4, "Các phòng, ban, ngành, Mặt trận và đoàn thể huyện tăng cường chia sẻ thông tin về khoa học, công nghệ"),
             (F4, "định kỳ hằng quý gửi kết quả về Ban Tuyên giáo Huyện ủy")],
            ["hằng quý"], actors=["Các phòng, ban, ngành, Mặt trận và đoàn thể huyện"])
    q("follow-up", "Gửi qua ai, số máy bao nhiêu?",
      [(F4, "qua đồng chí Lương Thị Vân Anh, chuyên viên, điện thoại 0857.206.913")],
      ["Lương Thị Vân Anh", "0857.206.913"], hist=[h73])
    q("no-diacritics", "dang uy xa ngai duong phai nop ke hoach khac phuc truoc ngay nao",
      [(F4, "riêng Đảng ủy xã Ngải Dương xây dựng kế hoạch khắc phục, gửi Ban Tuyên giáo Huyện ủy trước ngày 15/8/2026")],
      ["15/8/2026"], actors=["Đảng ủy xã Ngải Dương"])
    q("abbreviation", "BTG Huyện ủy kiến nghị UBND huyện bổ sung bao nhiêu tiền cho tuyên truyền CĐS?",
      [(F4, "bố trí bổ sung 120 triệu đồng cho công tác tuyên truyền chuyển đổi số năm 2026")], ["120 triệu đồng"])
    q("no-diacritics", "hoi lien hiep phu nu huyen phan dau bao nhieu gia dinh hoc tap so",
      [(F4, "phấn đấu đến cuối năm 2026 có 1.000 gia đình đạt danh hiệu")], ["1.000 gia đình"],
      actors=["Hội Liên hiệp Phụ nữ huyện"])
    U("6 tháng đầu năm xã Vũ Hoa tổ chức được bao nhiêu buổi tuyên truyền về chuyển đổi số?")
    U("Ai đoạt giải nhất cuộc thi trực tuyến Tìm hiểu về chuyển đổi số của huyện?")
    U("Cuối năm 2025 tỷ lệ tài khoản định danh mức 2 của thị trấn Xuân Kiều là bao nhiêu?")
    U("ubnd huyen xuan kieu bo tri bao nhieu tien cho tuyen truyen cds nam 2027")

    # --- ra05: Thông báo 36/TB-THCSNC ---
    q("metadata", "TB 36/TB-THCSNC của trường Nghè Cao ra ngày nào, nội dung gì?",
      [(F5, "Số: 36/TB-THCSNC Nghè Cao, ngày 02 tháng 4 năm 2026"),
       (F5, "Kết luận của Hiệu trưởng tại cuộc họp Hội đồng sư phạm")],
      ["02 tháng 4 năm 2026", "Hội đồng sư phạm"])
    q("factoid", "Họp hội đồng sư phạm trường THCS Nghè Cao có bao nhiêu người dự, ai chủ trì?",
      [(F5, "dự họp có 38/41 cán bộ, giáo viên, nhân viên"),
       (F5, "Thầy Phan Hữu Đạt, Hiệu trưởng chủ trì cuộc họp")],
      ["38/41", "Phan Hữu Đạt"])
    q("who-what", "Cô Tạ Thu Hiền được giao việc gì, hạn nào?",
      [(F5, "Cô Tạ Thu Hiền, nhân viên thư viện, có trách nhiệm đưa các bài giảng đạt yêu cầu lên "
            "Kho học liệu số của huyện trước ngày 28/4/2026")],
      ["28/4/2026"], actors=["Cô Tạ Thu Hiền"])
    h86 = q("who-what", "Tổ KHTN trường Nghè Cao phải làm những gì?",
            [(F5, "Tổ Khoa học tự nhiên chủ trì chủ đề \"Hệ thống tưới nhỏ giọt tự động cho vườn rau trường học\" (khối 8)"),
             (F5, "chủ đề \"Đèn học năng lượng mặt trời\" (khối 9); chọn 02 sản phẩm dự Ngày hội STEM huyện"),
             (F5, "mỗi tổ hoàn thiện ít nhất 05 bài giảng e-learning, nộp về Thư viện trường trước ngày 20/4/2026")],
            ["Hệ thống tưới nhỏ giọt tự động", "Đèn học năng lượng mặt trời", "05 bài giảng"],
            actors=["Tổ Khoa học tự nhiên"])
    q("follow-up", "Còn Tổ Ngữ văn - KHXH?",
      [(F5, "Tổ Ngữ văn - Khoa học xã hội, mỗi tổ hoàn thiện ít nhất 05 bài giảng e-learning, nộp về "
            "Thư viện trường trước ngày 20/4/2026")],
      ["05 bài giảng", "20/4/2026"], hist=[h86], actors=["Tổ Ngữ văn - Khoa học xã hội"])
    q("abbreviation", "GVCN trường Nghè Cao ký số học bạ HK II hạn chót ngày nào?",
      [(F5, "ký số học bạ học kỳ II trước ngày 25/5/2026")], ["25/5/2026"])
    h89 = q("factoid", "Buổi tập huấn ký số học bạ ở trường Nghè Cao diễn ra lúc nào, phòng nào?",
            [(F5, "| 14h00 thứ Ba, 07/4/2026 | Tập huấn ký số học bạ trên phần mềm quản lý trường học | Thầy Lục Văn Sinh | Phòng Tin học 1 |")],
            ["07/4/2026", "Phòng Tin học 1"])
    q("follow-up", "Còn buổi hướng dẫn làm bài giảng e-learning?",
      [(F5, "| 14h00 thứ Ba, 14/4/2026 | Hướng dẫn thiết kế bài giảng e-learning | Cô Tạ Thu Hiền | Phòng Tin học 2 |")],
      ["14/4/2026", "Phòng Tin học 2"], hist=[h89])
    q("factoid", "Sinh hoạt chuyên môn cụm về dạy học STEM tổ chức ở đâu, hôm nào?",
      [(F5, "| 07h30 thứ Bảy, 25/4/2026 | Sinh hoạt chuyên môn cụm về dạy học STEM | Tổ Khoa học tự nhiên | Trường THCS Khúc Thủy |")],
      ["Trường THCS Khúc Thủy", "25/4/2026"])
    q("no-diacritics", "ban dai dien cha me hoc sinh truong nghe cao van dong bao nhieu tien de mua thiet bi stem",
      [(F5, "vận động xã hội hóa 12,5 triệu đồng để mua 01 bộ thiết bị STEM và 02 bộ robot giáo dục")],
      ["12,5 triệu đồng"], actors=["Ban đại diện cha mẹ học sinh nhà trường"])
    q("no-diacritics", "so dien thoai pho hieu truong dam thi nga la gi",
      [(F5, "liên hệ Phó Hiệu trưởng Đàm Thị Nga, điện thoại 0975.338.124")], ["0975.338.124"])
    q("who-what", "thay luc van sinh phu trach viec gi",
      [(F5, "Thầy Lục Văn Sinh, giáo viên Tin học, phụ trách quản trị tài khoản phần mềm, hướng dẫn đổi mật khẩu định kỳ")],
      ["quản trị tài khoản"], actors=["Thầy Lục Văn Sinh"])
    U("Hiệu trưởng trường THCS Khúc Thủy là ai?")
    U("Tại cuộc họp tháng 5, Ban đại diện cha mẹ học sinh trường Nghè Cao báo cáo vận động được bao nhiêu tiền?")
    U("truong thcs nghe cao co bao nhieu hoc sinh khoi 9")
    U("Thông báo 37/TB-THCSNC của trường Nghè Cao nói về việc gì?")
    U("Có văn bản nào quy định mức tiền thưởng cho giáo viên có bài giảng e-learning đạt yêu cầu không, bao nhiêu?")

    # --- corpus-level ---
    q("corpus", "Có những văn bản nào trích dẫn Kế hoạch 214/KH-SKHCN của Sở KH&CN?",
      [(F2, "Kế hoạch số 214/KH-SKHCN ngày 12/3/2026 của Sở Khoa học và Công nghệ"),
       (F3, "Căn cứ Kế hoạch số 214/KH-SKHCN ngày 12/3/2026"),
       (F4, "giới thiệu Kế hoạch số 214/KH-SKHCN ngày 12/3/2026")],
      ["214/KH-SKHCN"])
    q("corpus", "Văn bản nào nói về Ngày hội STEM huyện 16/5/2026?",
      [(F2, "Phòng tổ chức Ngày hội STEM huyện Xuân Kiều năm 2026 vào ngày 16/5/2026"),
       (F5, "chọn 02 sản phẩm dự Ngày hội STEM huyện ngày 16/5/2026")],
      ["16/5/2026"])
    q("corpus", "Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX được nhắc trong mấy văn bản?",
      [(F1, "phát động Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX (2026 - 2027)"),
       (F3, "Ban hành Quy chế Hội thi Sáng tạo kỹ thuật tỉnh Tam Nông Bắc"),
       (F4, "vận động đoàn viên tham gia Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX")],
      ["lần thứ IX"])
    q("corpus", "Trong bộ văn bản, những văn bản nào ban hành trong tháng 4/2026?",
      [(F3, "Tam Nông Bắc, ngày 20 tháng 4 năm 2026"), (F5, "Nghè Cao, ngày 02 tháng 4 năm 2026")],
      ["20 tháng 4 năm 2026", "02 tháng 4 năm 2026"])
    q("corpus", "Văn bản nào là báo cáo, do cơ quan nào ban hành?",
      [(F4, "Ban Tuyên giáo Huyện ủy Xuân Kiều báo cáo kết quả như sau")],
      ["Ban Tuyên giáo Huyện ủy Xuân Kiều"])
    return QUESTIONS


def A(name, role, deadline, task):
    return {"name": N(name), "role": role, "deadline": N(deadline) if deadline else None,
            "task_quote": N(task)}


WHO_WHAT = [
    {"id": "wra01", "directive": "KH 214/KH-SKHCN", "source": F1, "actors": [
        A("Phòng Quản lý khoa học", "chủ trì", "trước ngày 30/6/2026",
          "Giao Phòng Quản lý khoa học chủ trì, phối hợp với Phòng Kế hoạch - Tài chính tham mưu UBND tỉnh ban hành Quy định"),
        A("Phòng Kế hoạch - Tài chính", "phối hợp", "trước ngày 30/6/2026",
          "phối hợp với Phòng Kế hoạch - Tài chính tham mưu UBND tỉnh ban hành Quy định quản lý nhiệm vụ khoa học và công nghệ"),
        A("Phòng Kế hoạch - Tài chính", None, "trước ngày 10/4/2026",
          "Phòng Kế hoạch - Tài chính có trách nhiệm hướng dẫn các phòng, đơn vị lập dự toán chi tiết"),
        A("Phòng Quản lý công nghệ và Đổi mới sáng tạo", "chủ trì", "tháng 9/2026",
          "Phòng Quản lý công nghệ và Đổi mới sáng tạo có trách nhiệm tổ chức Chợ công nghệ và thiết bị tỉnh Tam Nông Bắc năm 2026"),
        A("Phòng Quản lý công nghệ và Đổi mới sáng tạo", "chủ trì", "Quý III/2026",
          "Thành lập Vườn ươm khởi nghiệp đổi mới sáng tạo tại thành phố Kiều Lâm"),
        A("Trung tâm Ứng dụng và Thông tin khoa học công nghệ", "chủ trì", "trước ngày 30/11/2026",
          "Trung tâm Ứng dụng và Thông tin khoa học công nghệ xây dựng 05 mô hình ứng dụng công nghệ sinh học và IoT"),
        A("Trung tâm Ứng dụng và Thông tin khoa học công nghệ", "phối hợp", "Tháng 9/2026",
          "Tổ chức Chợ công nghệ và thiết bị tỉnh năm 2026"),
        A("UBND thành phố Kiều Lâm", "phối hợp", "Tháng 9/2026",
          "Tổ chức Chợ công nghệ và thiết bị tỉnh năm 2026"),
        A("UBND các huyện Xuân Kiều, Phả Lương, Lạt Khê", "phối hợp", "Trước ngày 30/11/2026",
          "Xây dựng 05 mô hình ứng dụng công nghệ sinh học, IoT trong sản xuất chè và nuôi cá tầm"),
        A("Phòng Chuyển đổi số và Bưu chính viễn thông", "chủ trì", "trước ngày 15/12/2026",
          "Phòng Chuyển đổi số và Bưu chính viễn thông chủ trì triển khai nền tảng bản đồ số nông sản tỉnh"),
        A("Phòng Chuyển đổi số và Bưu chính viễn thông", "chủ trì", "Trước ngày 31/10/2026",
          "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã và thành viên Tổ công nghệ số cộng đồng"),
        A("Chi cục Tiêu chuẩn Đo lường Chất lượng", "chủ trì", "Cả năm 2026",
          "Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ ít nhất 10 cơ sở sản xuất áp dụng mã số, mã vạch"),
        A("Sở Nông nghiệp và Môi trường", "phối hợp", "Cả năm 2026",
          "Hỗ trợ áp dụng mã số, mã vạch, truy xuất nguồn gốc cho sản phẩm OCOP"),
        A("Phòng Quản lý khoa học", "chủ trì", "Tháng 01/2027",
          "Phối hợp tổ chức Cuộc thi khoa học kỹ thuật dành cho học sinh trung học cấp tỉnh"),
        A("Sở Giáo dục và Đào tạo", "phối hợp", "Tháng 01/2027",
          "phối hợp với Sở Giáo dục và Đào tạo tổ chức Cuộc thi khoa học kỹ thuật dành cho học sinh trung học"),
        A("Văn phòng Sở", None, "định kỳ hằng quý",
          "Văn phòng Sở là đầu mối theo dõi, tổng hợp tình hình thực hiện Kế hoạch; định kỳ hằng quý"),
        A("Văn phòng Sở", "phối hợp", "Trước ngày 15/12/2026",
          "Tổng hợp Bộ chỉ số chuyển đổi số cấp huyện năm 2026"),
        A("Các phòng, đơn vị thuộc Sở", None, "trước ngày 31/3/2026",
          "Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết, gửi về Văn phòng Sở"),
        A("Liên hiệp các Hội khoa học và kỹ thuật tỉnh", "phối hợp", None,
          "Đề nghị Liên hiệp các Hội khoa học và kỹ thuật tỉnh, Tỉnh đoàn phối hợp tuyên truyền, vận động đoàn viên, hội viên"),
        A("Tỉnh đoàn", "phối hợp", None,
          "Đề nghị Liên hiệp các Hội khoa học và kỹ thuật tỉnh, Tỉnh đoàn phối hợp tuyên truyền, vận động đoàn viên, hội viên"),
        A("Trường Cao đẳng Kỹ thuật Tam Nông Bắc", "phối hợp", "Quý III/2026",
          "Thành lập Vườn ươm khởi nghiệp đổi mới sáng tạo tại thành phố Kiều Lâm"),
        A("UBND các huyện, thành phố", None, "trước ngày 15/4/2026",
          "Đề nghị UBND các huyện, thành phố bố trí cán bộ đầu mối về khoa học, công nghệ và chuyển đổi số"),
     ],
     "intruders": ["Đinh Văn Khải", "Lưu: VT, QLKH", "Giám đốc, các Phó Giám đốc Sở",
                   "Bộ Chính trị", "UBND tỉnh (để b/c)", "Vương Thị Diệu Linh"]},
    {"id": "wra02", "directive": "CV 386/PGDĐT-CM", "source": F2, "actors": [
        A("Các trường tiểu học", None, "trước ngày 31/5/2026",
          "Các trường tiểu học tiếp tục thực hiện học bạ số đối với 100% học sinh từ lớp 1 đến lớp 5"),
        A("Các trường THCS", None, None,
          "Các trường THCS triển khai học bạ số cho học sinh lớp 6 và lớp 7 từ học kỳ II"),
        A("Trường THCS Nghè Cao", None, None,
          "riêng Trường THCS Nghè Cao và Trường THCS Khúc Thủy thực hiện thí điểm cho cả 4 khối lớp"),
        A("Trường THCS Khúc Thủy", None, None,
          "riêng Trường THCS Nghè Cao và Trường THCS Khúc Thủy thực hiện thí điểm cho cả 4 khối lớp"),
        A("Hiệu trưởng", None, "trước ngày 10/4/2026",
          "Hiệu trưởng có trách nhiệm rà soát chứng thư số của cán bộ quản lý, giáo viên chủ nhiệm"),
        A("Mỗi trường", None, "ngày 30/4/2026",
          "Mỗi trường đóng góp tối thiểu 15 bài giảng điện tử (e-learning) hoặc video bài giảng"),
        A("Mỗi trường THCS", None, None,
          "Mỗi trường THCS tổ chức dạy học ít nhất 02 chủ đề STEM mỗi học kỳ"),
        A("Mỗi trường THCS", None, "trước ngày 05/5/2026",
          "Mỗi trường THCS đăng ký tối đa 02 sản phẩm, mỗi trường tiểu học đăng ký 01 sản phẩm"),
        A("Phòng Giáo dục và Đào tạo huyện Xuân Kiều", "chủ trì", "ngày 16/5/2026",
          "Phòng tổ chức Ngày hội STEM huyện Xuân Kiều năm 2026 vào ngày 16/5/2026"),
        A("Các trường", None, None,
          "Các trường chịu trách nhiệm quản lý tài khoản phần mềm quản lý trường học"),
        A("Các trường", None, "trước ngày 05/6/2026",
          "Các trường báo cáo kết quả thực hiện (theo mẫu gửi kèm) về Phòng"),
        A("Trung tâm Văn hóa, Thông tin và Thể thao huyện", "phối hợp", None,
          "Đề nghị Trung tâm Văn hóa, Thông tin và Thể thao huyện phối hợp đưa tin về Ngày hội STEM"),
        A("Hội Cựu giáo chức huyện", None, None,
          "Đề nghị Hội Cựu giáo chức huyện xem xét trao thưởng cho học sinh có sản phẩm STEM đạt giải"),
     ],
     "intruders": ["Chu Thị Hằng", "Lưu: VT, CM.", "Lãnh đạo Phòng", "Sở GD&ĐT (để b/c)",
                   "UBND HUYỆN XUÂN KIỀU", "Lã Văn Tuấn"]},
    {"id": "wra03", "directive": "QĐ 45/QĐ-LHH", "source": F3, "actors": [
        A("Văn phòng Liên hiệp hội", "thường trực", None,
          "Văn phòng Liên hiệp hội là cơ quan thường trực của Hội thi, có trách nhiệm tiếp nhận hồ sơ"),
        A("Văn phòng Liên hiệp hội", None, None,
          "Văn phòng Liên hiệp hội quản lý, thanh quyết toán theo quy định"),
        A("Ban Khoa học - Công nghệ Liên hiệp hội", "chủ trì", "trước ngày 31/7/2026",
          "Ban Khoa học - Công nghệ Liên hiệp hội chủ trì xây dựng tài liệu hướng dẫn, tổ chức 06 hội nghị phổ biến Hội thi"),
        A("Sở Khoa học và Công nghệ", None, None,
          "Đề nghị Sở Khoa học và Công nghệ hỗ trợ thủ tục xác lập quyền sở hữu công nghiệp"),
        A("Sở Giáo dục và Đào tạo", None, None,
          "Sở Giáo dục và Đào tạo hướng dẫn các trường trung học phổ thông, Trường Cao đẳng Kỹ thuật Tam Nông Bắc vận động"),
        A("Tỉnh đoàn", None, None,
          "Đề nghị Tỉnh đoàn, Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh phát động trong đoàn viên"),
        A("Liên đoàn Lao động tỉnh", None, None,
          "Đề nghị Tỉnh đoàn, Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh phát động trong đoàn viên"),
        A("Hội Nông dân tỉnh", None, None,
          "Đề nghị Tỉnh đoàn, Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh phát động trong đoàn viên"),
        A("UBND các huyện, thành phố", None, None,
          "Đề nghị UBND các huyện, thành phố phân công đầu mối phối hợp, tạo điều kiện cho tổ chức, cá nhân"),
        A("Ban Tổ chức Hội thi", None, None,
          "Ban Tổ chức Hội thi và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này"),
        A("Chánh Văn phòng", None, None,
          "Chánh Văn phòng, Trưởng các ban chuyên môn Liên hiệp hội, Ban Tổ chức Hội thi"),
     ],
     "intruders": ["Tạ Minh Khoa", "Lưu: VT, VP.", "Liên hiệp các Hội KH&KT Việt Nam (b/c)",
                   "Hứa Đình Toàn", "Như Điều 3"]},
    {"id": "wra04", "directive": "BC 27-BC/BTGHU", "source": F4, "actors": [
        A("Ban Tuyên giáo Huyện ủy", "chủ trì", "trong tháng 9/2026",
          "Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Trung tâm Chính trị huyện mở 02 lớp bồi dưỡng kỹ năng số"),
        A("Trung tâm Chính trị huyện", "phối hợp", "trong tháng 9/2026",
          "phối hợp với Trung tâm Chính trị huyện mở 02 lớp bồi dưỡng kỹ năng số cho 150 tuyên truyền viên cơ sở"),
        A("Phòng Văn hóa và Thông tin huyện", None, "trước ngày 30/9/2026",
          "Phòng Văn hóa và Thông tin huyện có trách nhiệm hướng dẫn các xã, thị trấn kiện toàn Tổ công nghệ số cộng đồng"),
        A("Trung tâm Văn hóa, Thông tin và Thể thao huyện", None, None,
          "Trung tâm Văn hóa, Thông tin và Thể thao huyện duy trì chuyên mục \"Khoa học với nhà nông\" 02 kỳ/tuần"),
        A("Huyện đoàn", None, None,
          "Huyện đoàn tổ chức chiến dịch \"Thanh niên tình nguyện hỗ trợ chuyển đổi số\" trong dịp hè"),
        A("Hội Liên hiệp Phụ nữ huyện", None, "cuối năm 2026",
          "Hội Liên hiệp Phụ nữ huyện phối hợp với Phòng Giáo dục và Đào tạo huyện nhân rộng mô hình"),
        A("Phòng Giáo dục và Đào tạo huyện", "phối hợp", "cuối năm 2026",
          "phối hợp với Phòng Giáo dục và Đào tạo huyện nhân rộng mô hình \"Gia đình học tập số\""),
        A("Đảng ủy xã, thị trấn", None, None,
          "Đảng ủy xã, thị trấn đưa nội dung chuyển đổi số vào sinh hoạt chi bộ định kỳ ít nhất 01 lần/quý"),
        A("Đảng ủy xã Ngải Dương", None, "trước ngày 15/8/2026",
          "riêng Đảng ủy xã Ngải Dương xây dựng kế hoạch khắc phục, gửi Ban Tuyên giáo Huyện ủy trước ngày 15/8/2026"),
        A("Các phòng, ban, ngành, Mặt trận và đoàn thể huyện", None, "định kỳ hằng quý",
          "Các phòng, ban, ngành, Mặt trận và đoàn thể huyện tăng cường chia sẻ thông tin về khoa học, công nghệ"),
        A("Ban Tuyên giáo Tỉnh ủy", None, None,
          "Đề nghị Ban Tuyên giáo Tỉnh ủy mở lớp tập huấn nghiệp vụ tuyên truyền khoa giáo trên nền tảng số"),
        A("Thường trực HĐND, UBND huyện", None, None,
          "Đề nghị Thường trực HĐND, UBND huyện bố trí bổ sung 120 triệu đồng"),
     ],
     "intruders": ["Bế Thị Quyên", "Thường trực Huyện ủy (b/c)", "Lưu Ban Tuyên giáo",
                   "Các đồng chí Ủy viên BTV Huyện ủy", "Lương Thị Vân Anh", "Ban Thường vụ Huyện ủy"]},
    {"id": "wra05", "directive": "TB 36/TB-THCSNC", "source": F5, "actors": [
        A("Phó Hiệu trưởng Đàm Thị Nga", "chủ trì", None,
          "Phó Hiệu trưởng Đàm Thị Nga chủ trì, phối hợp với Tổ Văn phòng rà soát dữ liệu học sinh"),
        A("Tổ Văn phòng", "phối hợp", None,
          "phối hợp với Tổ Văn phòng rà soát dữ liệu học sinh trên phần mềm quản lý trường học"),
        A("Giáo viên chủ nhiệm", None, "trước ngày 25/5/2026",
          "Giáo viên chủ nhiệm hoàn thành nhập nhận xét, ký số học bạ học kỳ II trước ngày 25/5/2026"),
        A("Tổ Khoa học tự nhiên", None, "trước ngày 20/4/2026",
          "Tổ Khoa học tự nhiên và Tổ Ngữ văn - Khoa học xã hội, mỗi tổ hoàn thiện ít nhất 05 bài giảng e-learning"),
        A("Tổ Ngữ văn - Khoa học xã hội", None, "trước ngày 20/4/2026",
          "Tổ Khoa học tự nhiên và Tổ Ngữ văn - Khoa học xã hội, mỗi tổ hoàn thiện ít nhất 05 bài giảng e-learning"),
        A("Cô Tạ Thu Hiền", None, "trước ngày 28/4/2026",
          "Cô Tạ Thu Hiền, nhân viên thư viện, có trách nhiệm đưa các bài giảng đạt yêu cầu lên Kho học liệu số của huyện"),
        A("Tổ Khoa học tự nhiên", "chủ trì", "trước ngày 02/5/2026",
          "Tổ Khoa học tự nhiên chủ trì chủ đề \"Hệ thống tưới nhỏ giọt tự động cho vườn rau trường học\""),
        A("Thầy Lục Văn Sinh", None, None,
          "Thầy Lục Văn Sinh, giáo viên Tin học, phụ trách quản trị tài khoản phần mềm"),
        A("Tổng phụ trách Đội", "phối hợp", None,
          "Tổng phụ trách Đội phối hợp tuyên truyền cho học sinh kỹ năng an toàn trên mạng"),
        A("Ban đại diện cha mẹ học sinh nhà trường", None, "tháng 5/2026",
          "Đề nghị Ban đại diện cha mẹ học sinh nhà trường vận động xã hội hóa 12,5 triệu đồng"),
        A("Tổ trưởng tổ chuyên môn", None, "vào thứ Sáu hằng tuần",
          "Tổ trưởng tổ chuyên môn báo cáo tiến độ bằng văn bản về Hiệu trưởng vào thứ Sáu hằng tuần"),
     ],
     "intruders": ["Phan Hữu Đạt", "Lưu: VT.", "Phòng Giáo dục và Đào tạo (b/c)",
                   "Tống Văn Lực", "TRƯỜNG THCS NGHÈ CAO"]},
]


def write_gold():
    qs = build_questions()
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for obj in qs:
            f.write(N(json.dumps(obj, ensure_ascii=False)) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for obj in WHO_WHAT:
            f.write(N(json.dumps(obj, ensure_ascii=False)) + "\n")
    print("wrote %d questions, %d who-what lines" % (len(qs), len(WHO_WHAT)))


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_ra01(os.path.join(CORPUS, FILES["ra01"]))
    build_ra02(os.path.join(CORPUS, FILES["ra02"]))
    build_ra03(os.path.join(CORPUS, FILES["ra03"]))
    for key, text in (("ra04", RA04), ("ra05", RA05)):
        with open(os.path.join(CORPUS, FILES[key]), "w", encoding="utf-8") as f:
            f.write(N(text))
    print("built", ", ".join(FILES.values()))
    write_gold()


if __name__ == "__main__":
    main()
