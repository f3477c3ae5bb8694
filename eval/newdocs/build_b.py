#!/usr/bin/env python3
"""Build the binary documents of evaluation part B (invented province "tỉnh Vĩnh An").

  b04_cv_stttt_2983.pdf  - text-layer PDF (fpdf2 + DejaVuSans TTF), Sở TT&TT định hướng tuyên truyền
  b07_kh_hkh_36.docx     - Word document (python-docx) with Word's own list numbering,
                           heading styles and a task table

All text is invented and kept in this script.  Run with a scratch venv that has
fpdf2 and python-docx, e.g.:
    python3 -m venv /tmp/venv_b && /tmp/venv_b/bin/pip install fpdf2 python-docx pypdf
    /tmp/venv_b/bin/python build_b.py
"""
import copy
import pathlib
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "corpus"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# b04: công văn định hướng tuyên truyền của Sở Thông tin và Truyền thông (PDF)
# Each entry: (style, text).  style: "h" bold centred, "b" bold left, "p" body
# paragraph (justified), "c" centred normal, "r" right-aligned italic.
# ---------------------------------------------------------------------------
B04_HEADER_LEFT = ["UBND TỈNH VĨNH AN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "",
                   "Số: 2983/STTTT-TTBCXB",
                   "V/v định hướng tuyên truyền các sự kiện",
                   "khoa học, công nghệ và đổi mới sáng tạo",
                   "tháng 10 năm 2024"]
B04_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                    "Vĩnh An, ngày 27 tháng 9 năm 2024"]

B04_BODY = [
    ("c", "Kính gửi:"),
    ("c", "- Báo Vĩnh An;"),
    ("c", "- Đài Phát thanh và Truyền hình tỉnh;"),
    ("c", "- Cổng Thông tin điện tử tỉnh;"),
    ("c", "- Phòng Văn hóa và Thông tin các huyện, thị xã;"),
    ("c", "- Trung tâm Văn hóa, Thông tin và Thể thao các huyện, thị xã."),
    ("p", "Thực hiện Kế hoạch số 56-KH/TU ngày 12/3/2024 của Ban Thường vụ Tỉnh ủy về thực hiện "
          "Kết luận số 69-KL/TW của Bộ Chính trị; Hướng dẫn số 203-HD/BTGTU ngày 18/4/2024 của Ban "
          "Tuyên giáo Tỉnh ủy và chương trình công tác của Ban Chỉ đạo Chuyển đổi số tỉnh, Sở Thông "
          "tin và Truyền thông định hướng công tác tuyên truyền các sự kiện khoa học, công nghệ và "
          "đổi mới sáng tạo diễn ra trong tháng 10 năm 2024 như sau:"),
    ("b", "I. CÁC SỰ KIỆN TRỌNG TÂM"),
    ("p", "1. Ngày Chuyển đổi số quốc gia 10/10/2024 và Tuần lễ Chuyển đổi số tỉnh Vĩnh An năm 2024 "
          "diễn ra từ ngày 07/10 đến ngày 12/10/2024, với các hoạt động: triển lãm sản phẩm, giải "
          "pháp công nghệ số; hội thảo chuyển đổi số trong nông nghiệp; ra mắt ứng dụng công dân số "
          "\"Vĩnh An số\"."),
    ("p", "2. Ngày Doanh nhân Việt Nam 13/10, gắn với tôn vinh các doanh nghiệp tiêu biểu trong "
          "đổi mới công nghệ và ứng dụng khoa học vào sản xuất, kinh doanh."),
    ("p", "3. Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh Vĩnh An năm 2024 (Techfest Vĩnh An 2024) "
          "tổ chức trong hai ngày 18 và 19/10/2024 tại Trung tâm Hội nghị tỉnh, với sự tham gia "
          "dự kiến của khoảng 60 gian hàng khởi nghiệp."),
    ("p", "4. Lễ tổng kết, trao giải Hội thi Sáng tạo kỹ thuật tỉnh Vĩnh An lần thứ IX (2023 - 2024) "
          "ngày 25/10/2024; Ban Tổ chức đã chấm chọn 42 giải pháp đoạt giải, trong đó có 04 giải Nhất."),
    ("b", "II. THÔNG ĐIỆP CHỦ ĐẠO"),
    ("p", "- \"Chuyển đổi số - Người dân là trung tâm, là chủ thể\"."),
    ("p", "- \"Đổi mới sáng tạo - động lực phát triển nhanh và bền vững của Vĩnh An\"."),
    ("p", "- \"Mỗi người dân một tài khoản định danh điện tử, mỗi gia đình một kỹ năng số\"."),
    ("b", "III. NỘI DUNG TUYÊN TRUYỀN"),
    ("p", "1. Chủ trương của Đảng, chính sách, pháp luật của Nhà nước về phát triển khoa học, công "
          "nghệ, đổi mới sáng tạo và chuyển đổi số; các nội dung cơ bản của Kết luận số 69-KL/TW và "
          "Kế hoạch số 56-KH/TU."),
    ("p", "2. Kết quả nổi bật của tỉnh: tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến, số lượng Tổ "
          "công nghệ số cộng đồng, các nền tảng số dùng chung; những mô hình ứng dụng khoa học và "
          "công nghệ hiệu quả trong nông nghiệp, y tế, giáo dục."),
    ("p", "3. Ý nghĩa, mục đích và các hoạt động chính của Tuần lễ Chuyển đổi số, Techfest Vĩnh An "
          "2024 và Hội thi Sáng tạo kỹ thuật tỉnh; gương các tác giả, nhóm tác giả đoạt giải."),
    ("p", "4. Hướng dẫn người dân kỹ năng sử dụng dịch vụ công trực tuyến, thanh toán không dùng "
          "tiền mặt; cảnh báo các thủ đoạn lừa đảo qua mạng mạo danh cơ quan nhà nước."),
    ("p", "5. Đấu tranh với thông tin sai lệch, xuyên tạc về chủ trương chuyển đổi số, về việc thu "
          "thập dữ liệu dân cư; không đăng tải thông tin chưa được kiểm chứng."),
    ("b", "IV. HÌNH THỨC TUYÊN TRUYỀN"),
    ("p", "1. Trên báo chí: mở chuyên trang, chuyên mục, tăng thời lượng tin, bài, phóng sự, tọa "
          "đàm; đưa tin kịp thời về các sự kiện trong tháng."),
    ("p", "2. Trên hệ thống thông tin cơ sở: đài truyền thanh cấp xã phát tin, bài về chuyển đổi số "
          "ít nhất 03 lần/tuần trong tháng 10/2024; cập nhật bảng tin công cộng, bảng điện tử; treo "
          "băng rôn, khẩu hiệu tại nơi công cộng."),
    ("p", "3. Trên mạng xã hội: đăng tải video ngắn, đồ họa thông tin (infographic) trên trang "
          "Facebook, kênh Zalo OA của cơ quan, đơn vị; sử dụng thống nhất các thẻ #VinhAnSo và "
          "#TechfestVinhAn2024."),
    ("b", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Báo Vĩnh An, Đài Phát thanh và Truyền hình tỉnh bố trí phóng viên đưa tin đầy đủ các "
          "sự kiện; mỗi cơ quan thực hiện ít nhất 01 tọa đàm hoặc chương trình chuyên đề về chuyển "
          "đổi số trong tháng 10/2024."),
    ("p", "2. Cổng Thông tin điện tử tỉnh mở chuyên mục \"Tuần lễ Chuyển đổi số 2024\", đăng tải "
          "tài liệu tuyên truyền và đường dẫn đến các nền tảng số dùng chung của tỉnh."),
    ("p", "3. Phòng Văn hóa và Thông tin các huyện, thị xã tham mưu Ủy ban nhân dân cùng cấp chỉ "
          "đạo hệ thống thông tin cơ sở tuyên truyền theo định hướng này; tổng hợp kết quả, báo cáo "
          "Sở Thông tin và Truyền thông (qua Phòng Thông tin - Báo chí - Xuất bản) trước ngày "
          "05/11/2024."),
    ("p", "4. Trung tâm Văn hóa, Thông tin và Thể thao các huyện, thị xã xây dựng chương trình phát "
          "thanh chuyên đề, cung cấp tin, bài cho đài truyền thanh cấp xã; thực hiện trang trí, cổ "
          "động trực quan tại khu vực trung tâm."),
    ("p", "Sở Khoa học và Công nghệ được đề nghị phối hợp cung cấp thông tin về Techfest Vĩnh An "
          "2024 và Hội thi Sáng tạo kỹ thuật tỉnh cho các cơ quan báo chí."),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Phòng Thông tin - Báo chí - "
          "Xuất bản, Sở Thông tin và Truyền thông (địa chỉ thư điện tử: ttbcxb.stttt@vinhan.gov.vn) "
          "để được hướng dẫn./."),
]
B04_RECIPIENTS = ["Nơi nhận:", "- Như trên;", "- Ban Tuyên giáo Tỉnh ủy (b/c);",
                  "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, TTBCXB."]
B04_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Đặng Quốc Bảo"]


def build_b04(path):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_BOLD)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 10)
    # two-column header, written line by line so the text layer stays in reading order
    y0 = pdf.get_y()
    for i, line in enumerate(B04_HEADER_LEFT):
        pdf.set_xy(20, y0 + i * 5)
        pdf.set_font("DejaVu", "B" if i < 2 else "", 9.5)
        pdf.cell(80, 5, nfc(line), align="C")
    for i, line in enumerate(B04_HEADER_RIGHT):
        pdf.set_xy(100, y0 + i * 5)
        pdf.set_font("DejaVu", "B" if i < 2 else "", 9.5)
        pdf.cell(95, 5, nfc(line), align="C")
    pdf.set_y(y0 + len(B04_HEADER_LEFT) * 5 + 6)
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for style, text in B04_BODY:
        text = nfc(text)
        pdf.set_x(pdf.l_margin)
        if style == "b":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(w, 6.5, text, align="L")
        elif style == "c":
            pdf.set_font("DejaVu", "", 11)
            pdf.set_x(pdf.l_margin + 35)
            pdf.multi_cell(w - 35, 6.5, text, align="L")
        else:
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(w, 6.5, text, align="J")
        pdf.ln(1.5)
    pdf.ln(4)
    y = pdf.get_y()
    if y > pdf.h - 70:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_font("DejaVu", "", 9)
    for i, line in enumerate(B04_RECIPIENTS):
        pdf.set_xy(25, y + i * 4.5)
        pdf.cell(70, 4.5, nfc(line))
    for i, line in enumerate(B04_SIGN):
        pdf.set_xy(110, y + i * 6)
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(80, 6, nfc(line), align="C")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# b07: Kế hoạch của Hội Khuyến học tỉnh (DOCX with Word numbering)
# Items: ("title", text) ("h1", heading with Word roman numbering) ("h2", heading)
#        ("num", numbered list item; a new list restarts after any other item)
#        ("bul", bullet item) ("p", plain paragraph) ("table", None)
# ---------------------------------------------------------------------------
B07_HEADER = (["HỘI KHUYẾN HỌC VIỆT NAM", "HỘI KHUYẾN HỌC TỈNH VĨNH AN", "Số: 36/KH-HKH"],
              ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
               "Vĩnh An, ngày 15 tháng 01 năm 2025"])

B07_ITEMS = [
    ("title", "KẾ HOẠCH"),
    ("subtitle", "Đẩy mạnh khuyến học, khuyến tài, xây dựng xã hội học tập năm 2025"),
    ("p", "Căn cứ Chỉ thị số 11-CT/TW ngày 13/4/2007 của Bộ Chính trị về tăng cường sự lãnh đạo của "
          "Đảng đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập; Kế hoạch số "
          "214/KH-UBND ngày 28/10/2021 của Ủy ban nhân dân tỉnh Vĩnh An thực hiện Đề án xây dựng xã "
          "hội học tập giai đoạn 2021 - 2030 và Chương trình công tác năm 2025 của Trung ương Hội "
          "Khuyến học Việt Nam, Ban Thường vụ Hội Khuyến học tỉnh xây dựng Kế hoạch năm 2025 như sau:"),
    ("h1", "MỤC ĐÍCH, YÊU CẦU"),
    ("bul", "Tiếp tục nâng cao nhận thức của cấp ủy, chính quyền, các tầng lớp Nhân dân về vai trò "
            "của khuyến học, khuyến tài, xây dựng xã hội học tập và học tập suốt đời."),
    ("bul", "Đổi mới nội dung, phương thức hoạt động của Hội các cấp; gắn nhiệm vụ khuyến học với "
            "chuyển đổi số và phổ cập kỹ năng số cho người dân."),
    ("bul", "Các chỉ tiêu phải sát thực tế, có tính khả thi; Hội cấp dưới cụ thể hóa bằng kế hoạch "
            "của đơn vị mình."),
    ("h1", "CHỈ TIÊU NĂM 2025"),
    ("num", "Có 85% hộ gia đình đạt danh hiệu \"Gia đình học tập\"."),
    ("num", "Có 75% dòng họ đạt danh hiệu \"Dòng họ học tập\"."),
    ("num", "Có 80% thôn, tổ dân phố đạt danh hiệu \"Cộng đồng học tập\" cấp thôn."),
    ("num", "Có 70% cơ quan, đơn vị, doanh nghiệp đạt danh hiệu \"Đơn vị học tập\"."),
    ("num", "Tổng Quỹ khuyến học các cấp huy động đạt ít nhất 68 tỷ đồng."),
    ("num", "Phát triển thêm 12.000 hội viên, nâng tổng số hội viên toàn tỉnh lên 420.000 người."),
    ("h1", "NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("h2", "Công tác tuyên truyền"),
    ("bul", "Phối hợp với Báo Vĩnh An, Đài Phát thanh và Truyền hình tỉnh duy trì chuyên mục "
            "\"Khuyến học - Khuyến tài\" hằng tháng."),
    ("bul", "Tuyên truyền gương gia đình, dòng họ, cộng đồng học tập tiêu biểu; gương học sinh "
            "nghèo vượt khó học giỏi."),
    ("h2", "Xây dựng các mô hình học tập"),
    ("bul", "Đẩy mạnh đánh giá, công nhận các danh hiệu học tập theo hướng dẫn của Trung ương Hội; "
            "ứng dụng phần mềm quản lý dữ liệu mô hình học tập trên môi trường số."),
    ("bul", "Thí điểm mô hình \"Công dân học tập\" tại phường Nam Hà, thị xã Bình Khê để rút kinh "
            "nghiệm nhân rộng trong năm 2026."),
    ("h2", "Phát triển Quỹ khuyến học và học bổng"),
    ("bul", "Vận động doanh nghiệp, nhà hảo tâm, con em xa quê ủng hộ Quỹ; quản lý, sử dụng Quỹ "
            "công khai, minh bạch, đúng mục đích."),
    ("bul", "Trao ít nhất 1.500 suất học bổng \"Tiếp bước đến trường\" cho học sinh, sinh viên có "
            "hoàn cảnh khó khăn."),
    ("h2", "Phối hợp với Trung tâm học tập cộng đồng"),
    ("bul", "Phối hợp mở các lớp kỹ năng số cho người cao tuổi, phụ nữ, lao động nông thôn; ưu tiên "
            "các xã vùng bãi ngang huyện Kim Sơn."),
    ("h1", "CÁC HOẠT ĐỘNG CỤ THỂ"),
    ("table", None),
    ("h1", "TỔ CHỨC THỰC HIỆN"),
    ("bul", "Ban Thường vụ Hội Khuyến học tỉnh chỉ đạo, hướng dẫn Hội Khuyến học các huyện, thị xã "
            "triển khai Kế hoạch; phân công Ủy viên Ban Thường vụ phụ trách từng địa bàn."),
    ("bul", "Hội Khuyến học các huyện, thị xã xây dựng kế hoạch năm 2025 của đơn vị, gửi về Văn "
            "phòng Hội Khuyến học tỉnh trước ngày 28/02/2025; báo cáo sơ kết 6 tháng trước ngày "
            "10/7/2025 và báo cáo tổng kết năm trước ngày 10/12/2025."),
    ("bul", "Văn phòng Hội Khuyến học tỉnh theo dõi, đôn đốc, tổng hợp tình hình; tham mưu Ban "
            "Thường vụ khen thưởng các tập thể, cá nhân tiêu biểu."),
    ("bul", "Đề nghị Sở Giáo dục và Đào tạo phối hợp chỉ đạo các Trung tâm học tập cộng đồng và "
            "các trường học tham gia xây dựng mô hình học tập; đề nghị Ủy ban Mặt trận Tổ quốc Việt "
            "Nam tỉnh đưa tiêu chí \"Gia đình học tập\" vào cuộc vận động xây dựng khu dân cư văn hóa."),
]

B07_TABLE = [
    ("TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"),
    ("1", "Hội nghị triển khai nhiệm vụ công tác khuyến học năm 2025",
     "Văn phòng Hội Khuyến học tỉnh", "Tháng 02/2025"),
    ("2", "Tập huấn nghiệp vụ cho cán bộ Hội Khuyến học cấp xã",
     "Ban Thường vụ Hội Khuyến học tỉnh", "Quý II/2025"),
    ("3", "Thí điểm mô hình \"Công dân học tập\" tại phường Nam Hà",
     "Hội Khuyến học thị xã Bình Khê", "Quý III/2025"),
    ("4", "Trao học bổng \"Tiếp bước đến trường\" năm học 2025 - 2026",
     "Quỹ Khuyến học tỉnh", "Tháng 8 - 9/2025"),
    ("5", "Phát động Tuần lễ hưởng ứng học tập suốt đời năm 2025",
     "Hội Khuyến học tỉnh phối hợp với Sở Giáo dục và Đào tạo", "Tháng 10/2025"),
    ("6", "Mở lớp kỹ năng số cho người cao tuổi tại Trung tâm học tập cộng đồng",
     "Hội Khuyến học các xã, phường, thị trấn", "Cả năm"),
    ("7", "Đánh giá, công nhận danh hiệu \"Gia đình học tập\", \"Dòng họ học tập\", \"Cộng đồng học tập\"",
     "Hội Khuyến học các huyện, thị xã", "Tháng 11 - 12/2025"),
    ("8", "Sơ kết 6 tháng và tổng kết công tác năm 2025",
     "Văn phòng Hội Khuyến học tỉnh", "Tháng 7/2025 và tháng 12/2025"),
]

B07_RECIPIENTS = ["Nơi nhận:", "Trung ương Hội Khuyến học Việt Nam (b/c);", "Ban Tuyên giáo Tỉnh ủy (b/c);",
                  "UBND tỉnh (b/c);", "Hội Khuyến học các huyện, thị xã;", "Lưu: VP."]
B07_SIGN = ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "Đỗ Văn Thành"]


def _numbering_defs(doc):
    """Add abstract numbering definitions (roman headings, decimal list, dash bullet) and
    return a factory that creates a fresh w:num (restarting at 1) for a given kind."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    numbering = doc.part.numbering_part.element
    formats = {"roman": ("upperRoman", "%1."), "decimal": ("decimal", "%1."), "bullet": ("bullet", "-")}
    abstract_ids = {}
    existing = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    next_abs = max(existing + [0]) + 1
    first_num = numbering.find(qn("w:num"))
    for kind, (fmt, lvltext) in formats.items():
        absn = OxmlElement("w:abstractNum")
        absn.set(qn("w:abstractNumId"), str(next_abs))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "singleLevel")
        absn.append(mlt)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", lvltext), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "720" if kind != "roman" else "360")
        ind.set(qn("w:hanging"), "360")
        ppr.append(ind)
        lvl.append(ppr)
        absn.append(lvl)
        # abstractNum elements must precede num elements
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        abstract_ids[kind] = next_abs
        next_abs += 1
    counter = {"n": max([int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))] + [0]) + 1}

    def new_num(kind):
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(counter["n"]))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), str(abstract_ids[kind]))
        num.append(an)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        counter["n"] += 1
        return num.get(qn("w:numId"))

    return new_num


def _set_num(paragraph, num_id):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(numpr)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblpr.append(borders)


def build_b07(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    new_num = _numbering_defs(doc)
    roman = new_num("roman")  # one running roman sequence for all H1 headings

    # header: borderless 2-column table, one paragraph per line inside each cell
    hdr = doc.add_table(rows=1, cols=2)
    _no_borders(hdr)
    for cell, lines in zip(hdr.rows[0].cells, B07_HEADER):
        cell.paragraphs[0].text = nfc(lines[0])
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for line in lines[1:]:
            p = cell.add_paragraph(nfc(line))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    current = {"kind": None, "id": None}
    for kind, text in B07_ITEMS:
        if kind == "title":
            p = doc.add_paragraph(nfc(text), style="Title")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "subtitle":
            p = doc.add_paragraph(nfc(text), style="Subtitle")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h1":
            p = doc.add_heading(nfc(text), level=1)
            _set_num(p, roman)
        elif kind == "h2":
            p = doc.add_heading(nfc(text), level=2)
        elif kind in ("num", "bul"):
            if current["kind"] != kind:
                current["kind"], current["id"] = kind, new_num("decimal" if kind == "num" else "bullet")
            p = doc.add_paragraph(nfc(text), style="List Number" if kind == "num" else "List Bullet")
            _set_num(p, current["id"])
            continue
        elif kind == "table":
            t = doc.add_table(rows=0, cols=4)
            t.style = "Table Grid"
            for r, row in enumerate(B07_TABLE):
                cells = t.add_row().cells
                for c, val in zip(cells, row):
                    c.text = nfc(val)
                    if r == 0:
                        for run in c.paragraphs[0].runs:
                            run.bold = True
        else:
            doc.add_paragraph(nfc(text))
        current["kind"] = None

    doc.add_paragraph("")
    sig = doc.add_table(rows=1, cols=2)
    _no_borders(sig)
    left, right = sig.rows[0].cells
    left.paragraphs[0].text = nfc(B07_RECIPIENTS[0])
    for line in B07_RECIPIENTS[1:]:
        p = left.add_paragraph(nfc(line), style="List Bullet")
        _set_num(p, new_num("bullet") if line == B07_RECIPIENTS[1] else current.get("rec"))
        current["rec"] = p._p.pPr.numPr.numId.val
    right.paragraphs[0].text = nfc(B07_SIGN[0])
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in B07_SIGN[1:]:
        p = right.add_paragraph(nfc(line))
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(str(path))


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    build_b04(OUT / "b04_cv_stttt_2983.pdf")
    build_b07(OUT / "b07_kh_hkh_36.docx")
    print("wrote", OUT / "b04_cv_stttt_2983.pdf", OUT / "b07_kh_hkh_36.docx")


if __name__ == "__main__":
    main()
