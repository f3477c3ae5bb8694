#!/usr/bin/env python3
"""Build the 5 corpus files of eval set blind51 (tỉnh Quỳnh Lưu Đông).

All text is held in this script.  Run:  /work/main/.venv/bin/python build_rb.py
Writes corpus/rb01..rb05 (docx, txt, pdf, md, txt).  questions.jsonl and
who_what.jsonl are written by build_qa.py.
"""
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# rb01 - Kế hoạch của UBND tỉnh (docx, list numbering + task table)
# ---------------------------------------------------------------------------
RB01_HEADER = (
    ["UỶ BAN NHÂN DÂN", "TỈNH QUỲNH LƯU ĐÔNG", "Số: 112/KH-UBND"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
     "Quỳnh Lưu Đông, ngày 14 tháng 02 năm 2025"],
)
RB01_TITLE = [
    "KẾ HOẠCH",
    "Thực hiện nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Quỳnh Lưu Đông năm 2025",
]
# (style, text): P = body paragraph, H = section heading, B = List Bullet,
# N1/N2 = List Number (two separately numbered lists), S = bold sub-heading
RB01_BODY = [
    ("P", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("P", "Căn cứ Chương trình hành động số 09-CTr/TU ngày 20 tháng 01 năm 2025 của Ban Chấp hành Đảng bộ tỉnh Quỳnh Lưu Đông;"),
    ("P", "Xét đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 27/TTr-SKHCN ngày 07 tháng 02 năm 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện năm 2025 như sau:"),
    ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("B", "Cụ thể hóa các nhiệm vụ của tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số thành việc làm cụ thể, có sản phẩm, có thời hạn và có địa chỉ chịu trách nhiệm rõ ràng."),
    ("B", "Tạo chuyển biến rõ nét trong nhận thức của cán bộ, đảng viên, giáo viên, học sinh và Nhân dân; coi chuyển đổi số là nhiệm vụ thường xuyên của từng cơ quan, đơn vị, địa phương."),
    ("B", "Người đứng đầu các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố trực tiếp chỉ đạo, chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả thực hiện."),
    ("H", "II. CHỈ TIÊU CHỦ YẾU NĂM 2025"),
    ("N1", "Tối thiểu 65% hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình; 100% văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử có ký số."),
    ("N1", "Duy trì 1.046 Tổ công nghệ số cộng đồng tại thôn, bản, tổ dân phố; tối thiểu 70% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản."),
    ("N1", "100% trường trung học cơ sở và trung học phổ thông triển khai giáo dục STEM; xây dựng mới 30 phòng học STEM, tin học tại các trường vùng khó khăn."),
    ("N1", "Nâng số doanh nghiệp khoa học và công nghệ của tỉnh từ 7 lên 12 doanh nghiệp; hỗ trợ 20 doanh nghiệp nhỏ và vừa ứng dụng chuyển đổi số trong sản xuất, kinh doanh."),
    ("N1", "Chi cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số chiếm tối thiểu 2% tổng chi ngân sách tỉnh."),
    ("H", "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"),
    ("S", "1. Nâng cao nhận thức, đổi mới tư duy"),
    ("B", "Tuyên truyền sâu rộng trên Báo Quỳnh Lưu Đông, Đài Phát thanh và Truyền hình tỉnh và hệ thống truyền thanh cơ sở; mở chuyên mục \"Chuyển đổi số - Việc của mỗi nhà\" phát sóng hằng tuần."),
    ("B", "Phát động phong trào \"Bình dân học vụ số\" trên phạm vi toàn tỉnh từ ngày 26/3/2025."),
    ("S", "2. Hoàn thiện cơ chế, chính sách"),
    ("B", "Trình Hội đồng nhân dân tỉnh Nghị quyết quy định chính sách hỗ trợ doanh nghiệp đổi mới sáng tạo tại kỳ họp giữa năm 2025 (tháng 7/2025)."),
    ("S", "3. Phát triển hạ tầng số và dữ liệu"),
    ("B", "Phủ sóng di động 4G đến 100% thôn, bản; xóa 23 \"vùng lõm\" sóng di động tại hai huyện miền núi Dực Thủy và Xuân Khuê."),
    ("B", "Xây dựng Kho dữ liệu dùng chung của tỉnh, kết nối với các cơ sở dữ liệu quốc gia."),
    ("S", "4. Phát triển nguồn nhân lực"),
    ("B", "Tập huấn kỹ năng số cho 2.500 cán bộ, công chức cấp xã; bồi dưỡng 400 giáo viên cốt cán về giáo dục STEM và ứng dụng trí tuệ nhân tạo trong dạy học."),
    ("B", "Thu hút 15 chuyên gia, nhà khoa học trẻ về công tác tại tỉnh theo chính sách đặc thù."),
    ("S", "5. Thúc đẩy nghiên cứu, ứng dụng và đổi mới sáng tạo"),
    ("B", "Quỹ Phát triển khoa học và công nghệ tỉnh dành 5 tỷ đồng tài trợ các đề tài ứng dụng trí tuệ nhân tạo, Internet vạn vật trong nông nghiệp, y tế, giáo dục."),
    ("B", "Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX (2025 - 2026) và Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh năm 2025."),
    ("H", "IV. KINH PHÍ THỰC HIỆN"),
    ("P", "Tổng kinh phí dự kiến 86,4 tỷ đồng, trong đó: ngân sách tỉnh 61,2 tỷ đồng; ngân sách cấp huyện 14,7 tỷ đồng; nguồn xã hội hóa và huy động hợp pháp khác 10,5 tỷ đồng. Các cơ quan, đơn vị lập dự toán chi tiết gửi Sở Tài chính thẩm định trước ngày 31/3/2025."),
    ("H", "V. TỔ CHỨC THỰC HIỆN"),
    ("N2", "Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, kiểm tra việc thực hiện Kế hoạch; tổng hợp báo cáo Ủy ban nhân dân tỉnh định kỳ 6 tháng (trước ngày 15/6/2025) và cả năm (trước ngày 05/12/2025)."),
    ("N2", "Sở Thông tin và Truyền thông chủ trì phát triển hạ tầng số, nền tảng số, bảo đảm an toàn thông tin mạng; hoàn thành nâng cấp Trung tâm Giám sát, điều hành thông minh (IOC) giai đoạn 2 trước ngày 30/9/2025."),
    ("N2", "Sở Giáo dục và Đào tạo chủ trì triển khai giáo dục STEM, kỹ năng số cho học sinh; phối hợp với Tỉnh đoàn tổ chức Ngày hội STEM tỉnh trong tháng 4/2025."),
    ("N2", "Sở Tài chính có trách nhiệm cân đối, tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2025 và các năm tiếp theo."),
    ("N2", "Sở Nội vụ chủ trì tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã; tham mưu chính sách thu hút chuyên gia, nhà khoa học."),
    ("N2", "Sở Văn hóa, Thể thao và Du lịch chủ trì số hóa hồ sơ 40 di tích lịch sử - văn hóa cấp tỉnh, hoàn thành trước ngày 31/12/2025."),
    ("N2", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tăng cường tuyên truyền, vận động đoàn viên, hội viên tham gia phong trào \"Bình dân học vụ số\"."),
    ("N2", "Đề nghị Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh chủ trì tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX; phát huy vai trò tư vấn, phản biện của đội ngũ trí thức."),
    ("N2", "Ủy ban nhân dân các huyện, thị xã, thành phố xây dựng kế hoạch thực hiện tại địa phương, ban hành trước ngày 15/3/2025; báo cáo kết quả định kỳ hằng quý về Sở Khoa học và Công nghệ trước ngày 20 của tháng cuối quý."),
    ("P", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công nghệ (đầu mối: bà Ninh Thị Thu Hà, Trưởng phòng Quản lý công nghệ và Chuyển đổi số, điện thoại 0238.3846.517, e-mail: hantt.skhcn@quynhluudong.gov.vn) để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định./."),
]
RB01_SIGN_LEFT = [
    "Nơi nhận:",
    "- Bộ Khoa học và Công nghệ (b/c);",
    "- Thường trực Tỉnh ủy (b/c);",
    "- Thường trực HĐND tỉnh (b/c);",
    "- Chủ tịch, các PCT UBND tỉnh;",
    "- Các sở, ban, ngành cấp tỉnh;",
    "- UBND các huyện, thị xã, thành phố;",
    "- Lưu: VT, KGVX.",
]
RB01_SIGN_RIGHT = ["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Đinh Khắc Tuấn"]
RB01_APPENDIX_TITLE = [
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2025",
    "(Kèm theo Kế hoạch số 112/KH-UBND ngày 14/02/2025 của UBND tỉnh Quỳnh Lưu Đông)",
]
RB01_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Xây dựng Đề án thành lập Trung tâm Đổi mới sáng tạo tỉnh", "Sở Khoa học và Công nghệ", "Sở Tài chính, Sở Nội vụ", "Quý III/2025"],
    ["2", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "30/6/2025"],
    ["3", "Tổ chức Ngày hội STEM tỉnh năm 2025", "Sở Giáo dục và Đào tạo", "Tỉnh đoàn, Liên hiệp các Hội KH&KT tỉnh", "Tháng 4/2025"],
    ["4", "Số hóa hồ sơ 40 di tích cấp tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "UBND các huyện, thị xã, thành phố", "31/12/2025"],
    ["5", "Tập huấn kỹ năng số cho 2.500 cán bộ, công chức cấp xã", "Sở Nội vụ", "Sở Thông tin và Truyền thông", "30/11/2025"],
    ["6", "Hỗ trợ 20 doanh nghiệp nhỏ và vừa chuyển đổi số", "Sở Công Thương", "Hiệp hội Doanh nghiệp tỉnh", "15/12/2025"],
    ["7", "Xóa 23 \"vùng lõm\" sóng di động", "Sở Thông tin và Truyền thông", "Các doanh nghiệp viễn thông; UBND huyện Dực Thủy, huyện Xuân Khuê", "31/10/2025"],
]


def build_rb01(path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in d.sections:
        s.left_margin = Cm(3)
        s.right_margin = Cm(2)

    # two-column header as a borderless table
    t = d.add_table(rows=3, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r in range(3):
        for c in range(2):
            cell = t.cell(r, c)
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(N(RB01_HEADER[c][r]))
            run.bold = (r < 2)
            if r == 2 and c == 1:
                run.italic = True
                run.bold = False

    for i, line in enumerate(RB01_TITLE):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(line))
        r.bold = True

    # numbering: N1 uses the List Number style's own num; N2 gets a new num
    # instance that restarts at 1 (Word's own numbering, no typed numbers)
    numbering = d.part.numbering_part.numbering_definitions._numbering
    ln_style = d.styles["List Number"]
    base_num_id = ln_style.element.pPr.numPr.numId.val
    abstract_id = numbering.num_having_numId(base_num_id).abstractNumId.val
    new_num = numbering.add_num(abstract_id)
    lo = new_num.add_lvlOverride(ilvl=0)
    lo.add_startOverride(1)
    restart_id = new_num.numId

    for style, text in RB01_BODY:
        text = N(text)
        if style == "P":
            p = d.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif style == "H":
            p = d.add_paragraph()
            p.add_run(text).bold = True
        elif style == "S":
            p = d.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.italic = True
        elif style == "B":
            p = d.add_paragraph(text, style="List Bullet")
        elif style == "N1":
            p = d.add_paragraph(text, style="List Number")
        elif style == "N2":
            p = d.add_paragraph(text, style="List Number")
            pPr = p._p.get_or_add_pPr()
            numPr = pPr.get_or_add_numPr()
            numPr.get_or_add_ilvl().val = 0
            numPr.get_or_add_numId().val = restart_id
        else:
            raise ValueError(style)

    # signature block: borderless 2-col table
    t = d.add_table(rows=1, cols=2)
    left, right = t.cell(0, 0), t.cell(0, 1)
    left.paragraphs[0].add_run(N(RB01_SIGN_LEFT[0])).bold = True
    for line in RB01_SIGN_LEFT[1:]:
        p = left.add_paragraph()
        r = p.add_run(N(line))
        r.font.size = Pt(11)
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    right.paragraphs[0].add_run(N(RB01_SIGN_RIGHT[0])).bold = True
    for line in RB01_SIGN_RIGHT[1:]:
        p = right.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(line))
        r.bold = line not in ("(Đã ký)",)

    d.add_page_break()
    for i, line in enumerate(RB01_APPENDIX_TITLE):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(line))
        r.bold = i < 2
        r.italic = i == 2
    t = d.add_table(rows=len(RB01_TABLE), cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(RB01_TABLE):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            run = cell.paragraphs[0].add_run(N(val))
            run.font.size = Pt(11)
            if i == 0:
                run.bold = True
    d.save(path)


# ---------------------------------------------------------------------------
# rb02 - Công văn của Sở GD&ĐT (txt, hard-wrapped as if copied from a PDF)
# ---------------------------------------------------------------------------
RB02_HEAD = """\
SỞ GIÁO DỤC VÀ ĐÀO TẠO            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  TỈNH QUỲNH LƯU ĐÔNG                 Độc lập - Tự do - Hạnh phúc

Số: 731/SGDĐT-GDTrH            Quỳnh Lưu Đông, ngày 10 tháng 3 năm 2025
V/v tổ chức Ngày hội STEM và Cuộc thi
khoa học kỹ thuật học sinh trung học
cấp tỉnh năm 2025

   Kính gửi:
      - Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;
      - Hiệu trưởng các trường THPT, trường phổ thông có nhiều cấp học;
      - Giám đốc Trung tâm GDNN-GDTX các huyện.
"""
RB02_PARAS = [
    "Thực hiện Kế hoạch số 112/KH-UBND ngày 14 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh về thực hiện nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Quỳnh Lưu Đông năm 2025; căn cứ Kế hoạch số 205/KH-SGDĐT ngày 18 tháng 9 năm 2024 của Sở Giáo dục và Đào tạo về nhiệm vụ giáo dục trung học năm học 2024 - 2025, Sở Giáo dục và Đào tạo (GD&ĐT) hướng dẫn tổ chức Ngày hội STEM và Cuộc thi khoa học kỹ thuật dành cho học sinh trung học cấp tỉnh năm 2025 như sau:",
    "1. Thời gian và địa điểm",
    "- Cuộc thi khoa học kỹ thuật (KHKT): vòng sơ khảo chấm hồ sơ từ ngày 03 đến ngày 05 tháng 4 năm 2025 tại trụ sở Sở GD&ĐT; vòng chung khảo tổ chức ngày 19 tháng 4 năm 2025, các dự án trưng bày và trình bày trực tiếp trước Ban Giám khảo.",
    "- Ngày hội STEM: tổ chức trong 02 ngày 19 và 20 tháng 4 năm 2025 tại Nhà thi đấu đa năng tỉnh, số 15 đường Phượng Hoàng, thành phố Quỳnh Châu. Lễ khai mạc bắt đầu lúc 7 giờ 30 phút ngày 19 tháng 4 năm 2025; các đoàn có mặt trước 6 giờ 45 phút để làm thủ tục và ổn định gian trưng bày.",
    "2. Đối tượng, số lượng",
    "- Cuộc thi KHKT: học sinh từ lớp 8 đến lớp 12 đang học tại các trường trung học trên địa bàn tỉnh; mỗi dự án có không quá 02 học sinh và 01 giáo viên hướng dẫn. Mỗi Phòng Giáo dục và Đào tạo chọn gửi tối đa 04 dự án của học sinh trung học cơ sở; mỗi trường trung học phổ thông gửi tối đa 03 dự án.",
    "- Ngày hội STEM: mỗi Phòng Giáo dục và Đào tạo cử 01 đoàn gồm không quá 15 học sinh và 03 giáo viên; mỗi trường trung học phổ thông, mỗi Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên đăng ký 01 gian trưng bày sản phẩm STEM có kích thước 3m x 3m. Ban Tổ chức bố trí sẵn bàn, ghế và nguồn điện cho từng gian.",
    "3. Lĩnh vực dự thi",
    "Dự án dự thi thuộc một trong 08 lĩnh vực: Khoa học động vật; Khoa học xã hội và hành vi; Hóa học; Kỹ thuật cơ khí; Năng lượng; Phần mềm hệ thống; Vật lý và Thiên văn; Khoa học môi trường. Khuyến khích các dự án ứng dụng trí tuệ nhân tạo, Internet vạn vật phục vụ sản xuất nông nghiệp, nuôi trồng thủy sản ven biển và giáo dục kỹ năng số cho cộng đồng.",
    "4. Hồ sơ và thời hạn nộp",
    "Hồ sơ dự thi gồm: phiếu đăng ký, báo cáo kết quả nghiên cứu (không quá 20 trang), bản tóm tắt dự án (không quá 250 từ), sổ tay nghiên cứu (bản chụp) và các phiếu xác nhận theo mẫu. Các đơn vị nộp hồ sơ bản giấy về Phòng Giáo dục Trung học, Sở GD&ĐT (phòng 305, tầng 3) và nộp bản điện tử trên hệ thống https://khkt.quynhluudong.edu.vn trước 17 giờ 00 ngày 28 tháng 3 năm 2025. Sở không tiếp nhận hồ sơ nộp sau thời hạn trên.",
    "5. Giải thưởng và kinh phí",
    "- Ban Tổ chức xét trao giải Nhất, giải Nhì, giải Ba, giải Khuyến khích cho các dự án dự thi và cấp giấy chứng nhận cho các gian trưng bày STEM xuất sắc. Các dự án đạt giải Nhất, giải Nhì được lựa chọn, hoàn thiện để dự Cuộc thi KHKT cấp quốc gia.",
    "- Sở hỗ trợ kinh phí hoàn thiện sản phẩm 3.000.000 đồng/dự án vào vòng chung khảo, từ nguồn chi sự nghiệp giáo dục năm 2025. Chi phí đi lại, ăn nghỉ của các đoàn do đơn vị cử đi tự bảo đảm theo quy định hiện hành.",
    "6. Tổ chức thực hiện",
    "a) Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố chỉ đạo các trường trung học cơ sở tổ chức cuộc thi cấp trường, cấp huyện để lựa chọn dự án; gửi danh sách đoàn tham gia Ngày hội STEM về Sở trước ngày 10 tháng 4 năm 2025.",
    "b) Hiệu trưởng các trường trung học phổ thông, trường phổ thông có nhiều cấp học chịu trách nhiệm bố trí giáo viên hướng dẫn, tạo điều kiện về thời gian, phòng thí nghiệm cho học sinh nghiên cứu; lựa chọn dự án và nộp hồ sơ đúng thời hạn.",
    "c) Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên các huyện đăng ký gian trưng bày, giới thiệu mô hình dạy nghề gắn với chuyển đổi số tại địa phương.",
    "d) Phòng Giáo dục Trung học chủ trì, phối hợp với Phòng Kế hoạch - Tài chính và Văn phòng Sở tham mưu thành lập Ban Tổ chức, Ban Giám khảo; chuẩn bị cơ sở vật chất và các điều kiện tổ chức.",
    "đ) Đề nghị Tỉnh đoàn Quỳnh Lưu Đông phối hợp bố trí 40 tình nguyện viên hỗ trợ công tác hậu cần, hướng dẫn khách tham quan trong 02 ngày tổ chức Ngày hội.",
    "Trong quá trình triển khai, nếu có vướng mắc, các đơn vị liên hệ ông Vũ Đình Khoa, chuyên viên Phòng Giáo dục Trung học, điện thoại 0912.604.318, e-mail: vdkhoa@quynhluudong.edu.vn để phối hợp giải quyết.",
    "Sở GD&ĐT đề nghị các đơn vị triển khai nghiêm túc, hiệu quả./.",
]
RB02_FOOT = """\
Nơi nhận:                                          KT. GIÁM ĐỐC
- Như trên;                                        PHÓ GIÁM ĐỐC
- UBND tỉnh (b/c);
- Giám đốc, các PGĐ Sở;                              (Đã ký)
- Tỉnh đoàn (p/h);
- Cổng TTĐT Sở;                                Nguyễn Thị Hồng Nhung
- Lưu: VT, GDTrH.
"""


def build_rb02(path):
    out = [RB02_HEAD, ""]
    for para in RB02_PARAS:
        out.append(textwrap.fill(para, width=74, break_on_hyphens=False))
    out.append("")
    out.append(RB02_FOOT)
    with open(path, "w", encoding="utf-8") as f:
        f.write(N("\n".join(out)))


# ---------------------------------------------------------------------------
# rb03 - Quyết định của UBND huyện + Quy chế kèm theo (pdf)
# ---------------------------------------------------------------------------
RB03_DEC_HEAD = (
    ["UỶ BAN NHÂN DÂN", "HUYỆN NGŨ LĨNH", "Số: 2087/QĐ-UBND"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
     "Ngũ Lĩnh, ngày 25 tháng 3 năm 2025"],
)
RB03_DEC = [
    ("C", "QUYẾT ĐỊNH"),
    ("c", "Ban hành Quy chế xét tặng Giải thưởng \"Sáng kiến số Ngũ Lĩnh\" năm 2025"),
    ("C", "CHỦ TỊCH UỶ BAN NHÂN DÂN HUYỆN NGŨ LĨNH"),
    ("P", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"),
    ("P", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("P", "Căn cứ Kế hoạch số 112/KH-UBND ngày 14 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh Quỳnh Lưu Đông về thực hiện nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh năm 2025;"),
    ("P", "Căn cứ Kế hoạch số 45/KH-UBND ngày 06 tháng 3 năm 2025 của Ủy ban nhân dân huyện về chuyển đổi số huyện Ngũ Lĩnh năm 2025;"),
    ("P", "Theo đề nghị của Trưởng phòng Văn hóa và Thông tin huyện tại Tờ trình số 19/TTr-VHTT ngày 20 tháng 3 năm 2025."),
    ("C", "QUYẾT ĐỊNH:"),
    ("P", "Điều 1. Ban hành kèm theo Quyết định này Quy chế xét tặng Giải thưởng \"Sáng kiến số Ngũ Lĩnh\" năm 2025."),
    ("P", "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký."),
    ("P", "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Văn hóa và Thông tin, Trưởng phòng Tài chính - Kế hoạch, Trưởng phòng Giáo dục và Đào tạo, Giám đốc Trung tâm Văn hóa, Thể thao và Truyền thông huyện, Chủ tịch UBND các xã, thị trấn và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."),
]
RB03_DEC_SIGN_LEFT = [
    "Nơi nhận:",
    "- Như Điều 3;",
    "- UBND tỉnh (b/c);",
    "- Sở Khoa học và Công nghệ (b/c);",
    "- TT Huyện ủy, TT HĐND huyện (b/c);",
    "- Chủ tịch, các PCT UBND huyện;",
    "- Cổng Thông tin điện tử huyện;",
    "- Lưu: VT, VHTT.",
]
RB03_DEC_SIGN_RIGHT = ["CHỦ TỊCH", "", "(Đã ký)", "", "Tạ Quang Vinh"]
RB03_QC_HEAD = (
    ["UỶ BAN NHÂN DÂN", "HUYỆN NGŨ LĨNH"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
)
RB03_QC = [
    ("C", "QUY CHẾ"),
    ("c", "Xét tặng Giải thưởng \"Sáng kiến số Ngũ Lĩnh\" năm 2025"),
    ("i", "(Ban hành kèm theo Quyết định số 2087/QĐ-UBND ngày 25/3/2025 của Chủ tịch UBND huyện Ngũ Lĩnh)"),
    ("C", "Chương I. QUY ĐỊNH CHUNG"),
    ("H", "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng"),
    ("P", "1. Quy chế này quy định tiêu chuẩn, cơ cấu giải thưởng, hồ sơ, quy trình xét chọn và trách nhiệm tổ chức Giải thưởng \"Sáng kiến số Ngũ Lĩnh\" năm 2025 (sau đây gọi là Giải thưởng)."),
    ("P", "2. Giải thưởng dành cho các sáng kiến, giải pháp ứng dụng công nghệ số trong quản lý nhà nước, giáo dục, y tế, sản xuất nông nghiệp, du lịch cộng đồng và đời sống dân cư trên địa bàn huyện."),
    ("P", "3. Đối tượng tham gia: cán bộ, công chức, viên chức, người lao động; giáo viên và học sinh từ lớp 8 trở lên; hợp tác xã, hộ kinh doanh, thành viên Tổ công nghệ số cộng đồng và người dân đang sinh sống, làm việc trên địa bàn huyện Ngũ Lĩnh. Thành viên Hội đồng xét chọn và Tổ thư ký không được tham gia dự thi."),
    ("H", "Điều 2. Nguyên tắc xét tặng"),
    ("P", "Giải thưởng được xét tặng mỗi năm 01 lần, bảo đảm công khai, khách quan, đúng tiêu chuẩn. Mỗi tác giả hoặc nhóm tác giả (không quá 05 người) được gửi tối đa 02 sáng kiến. Sáng kiến từng nhận giải thưởng cấp huyện trở lên ở các cuộc thi khác không được xét tặng."),
    ("C", "Chương II. TIÊU CHUẨN VÀ CƠ CẤU GIẢI THƯỞNG"),
    ("H", "Điều 3. Tiêu chuẩn sáng kiến"),
    ("P", "1. Có tính mới, chưa được công bố hoặc áp dụng trên địa bàn huyện trước ngày 01/01/2025."),
    ("P", "2. Được áp dụng thực tế tối thiểu 03 tháng, mang lại hiệu quả đo đếm được về thời gian, chi phí hoặc chất lượng phục vụ người dân."),
    ("P", "3. Có khả năng nhân rộng ra các cơ quan, đơn vị, địa phương khác trong huyện."),
    ("H", "Điều 4. Cơ cấu giải thưởng và mức thưởng"),
    ("P", "1. Cơ cấu giải thưởng gồm: 01 giải Nhất, mức thưởng 15.000.000 đồng; 02 giải Nhì, mỗi giải 10.000.000 đồng; 03 giải Ba, mỗi giải 6.000.000 đồng; 05 giải Khuyến khích, mỗi giải 2.000.000 đồng. Tác giả đạt giải được tặng Giấy khen của Chủ tịch UBND huyện."),
    ("P", "2. Tổng giá trị giải thưởng là 63.000.000 đồng (Sáu mươi ba triệu đồng), chi từ nguồn sự nghiệp khoa học và công nghệ ngân sách huyện năm 2025."),
    ("P", "3. Sáng kiến đạt giải Nhất, giải Nhì được giới thiệu tham gia Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX."),
    ("P", "4. Trường hợp không có sáng kiến đạt tiêu chuẩn, Hội đồng xét chọn có quyền không trao hoặc giảm số lượng giải ở từng hạng."),
    ("C", "Chương III. HỒ SƠ VÀ QUY TRÌNH XÉT CHỌN"),
    ("H", "Điều 5. Hồ sơ tham gia"),
    ("P", "Hồ sơ gồm: đơn đăng ký theo Mẫu 01; bản thuyết minh sáng kiến không quá 10 trang theo Mẫu 02; xác nhận của cơ quan, đơn vị hoặc UBND xã, thị trấn nơi áp dụng sáng kiến; video giới thiệu sản phẩm dài không quá 05 phút (nếu có)."),
    ("H", "Điều 6. Thời gian và địa điểm nhận hồ sơ"),
    ("P", "1. Thời gian nhận hồ sơ: từ ngày 01/4/2025 đến 17 giờ 00 ngày 30/6/2025."),
    ("P", "2. Hồ sơ nộp trực tiếp tại Phòng Văn hóa và Thông tin huyện (tầng 2, trụ sở UBND huyện, số 08 đường Lý Nhật Quang, thị trấn Ngũ Lĩnh) hoặc gửi bản điện tử qua địa chỉ e-mail: sangkienso@ngulinh.quynhluudong.gov.vn."),
    ("P", "3. Người liên hệ: bà Kiều Thị Phương Thảo, chuyên viên Phòng Văn hóa và Thông tin, điện thoại 0989.215.640."),
    ("H", "Điều 7. Hội đồng xét chọn và quy trình chấm"),
    ("P", "1. Hội đồng xét chọn gồm 07 thành viên do Chủ tịch UBND huyện quyết định thành lập; Phó Chủ tịch UBND huyện phụ trách khối văn hóa - xã hội làm Chủ tịch Hội đồng; Trưởng phòng Văn hóa và Thông tin làm Phó Chủ tịch thường trực Hội đồng."),
    ("P", "2. Việc xét chọn thực hiện qua 02 vòng: vòng 1 chấm hồ sơ trong tháng 7/2025; vòng 2 tác giả thuyết trình, trình diễn sản phẩm trực tiếp trong tháng 8/2025 tại Hội trường UBND huyện."),
    ("P", "3. Thang điểm 100, gồm: tính mới, sáng tạo 30 điểm; hiệu quả áp dụng 40 điểm; khả năng nhân rộng 30 điểm. Chỉ xét trao giải cho sáng kiến đạt từ 70 điểm trở lên."),
    ("H", "Điều 8. Công bố và trao giải"),
    ("P", "Kết quả xét chọn được công bố trên Cổng Thông tin điện tử huyện. Lễ trao giải tổ chức nhân Ngày Chuyển đổi số quốc gia 10/10/2025."),
    ("C", "Chương IV. TỔ CHỨC THỰC HIỆN"),
    ("H", "Điều 9. Trách nhiệm của các cơ quan, đơn vị"),
    ("P", "1. Phòng Văn hóa và Thông tin huyện là cơ quan thường trực, chủ trì ban hành thể lệ chi tiết và các biểu mẫu trước ngày 31/3/2025; tiếp nhận, tổng hợp hồ sơ; báo cáo kết quả tổ chức Giải thưởng về UBND huyện trước ngày 30/10/2025."),
    ("P", "2. Phòng Tài chính - Kế hoạch thẩm định dự toán, bố trí kinh phí giải thưởng và kinh phí tổ chức theo quy định."),
    ("P", "3. Phòng Giáo dục và Đào tạo vận động giáo viên, học sinh tham gia; mỗi trường trung học cơ sở trên địa bàn có tối thiểu 01 sáng kiến dự thi."),
    ("P", "4. Trung tâm Văn hóa, Thể thao và Truyền thông huyện tuyên truyền về Giải thưởng trên hệ thống truyền thanh và Trang thông tin điện tử huyện, tối thiểu 02 lần/tuần trong thời gian nhận hồ sơ."),
    ("P", "5. Ủy ban nhân dân các xã, thị trấn phổ biến đến từng thôn, Tổ công nghệ số cộng đồng; mỗi xã, thị trấn giới thiệu tối thiểu 02 sáng kiến."),
    ("P", "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Huyện đoàn, Hội Nông dân huyện, Hội Liên hiệp Phụ nữ huyện vận động đoàn viên, hội viên tích cực tham gia Giải thưởng."),
    ("H", "Điều 10. Sửa đổi, bổ sung"),
    ("P", "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị, cá nhân phản ánh về Phòng Văn hóa và Thông tin huyện để tổng hợp, trình Chủ tịch UBND huyện xem xét, sửa đổi, bổ sung cho phù hợp./."),
]


def build_rb03(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def header(cols):
        pdf.set_font("DejaVu", "B", 10)
        y0 = pdf.get_y()
        lw, rw = 70, W - 70
        rows = max(len(cols[0]), len(cols[1]))
        for i in range(rows):
            pdf.set_x(pdf.l_margin)
            lt = cols[0][i] if i < len(cols[0]) else ""
            rt = cols[1][i] if i < len(cols[1]) else ""
            pdf.set_font("DejaVu", "B" if not lt.startswith("Số") else "", 10)
            pdf.cell(lw, 5.5, N(lt), align="C")
            pdf.set_font("DejaVu", "B" if i < 2 else "", 10)
            pdf.cell(rw, 5.5, N(rt), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)

    def body(items):
        for style, text in items:
            text = N(text)
            if style == "C":
                pdf.set_font("DejaVu", "B", 11.5)
                pdf.multi_cell(W, 6.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
            elif style == "c":
                pdf.set_font("DejaVu", "B", 10.5)
                pdf.multi_cell(W, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
            elif style == "i":
                pdf.set_font("DejaVu", "", 9.5)
                pdf.multi_cell(W, 5.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif style == "H":
                pdf.set_font("DejaVu", "B", 10.5)
                pdf.multi_cell(W, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DejaVu", "", 10.5)
                pdf.multi_cell(W, 5.8, text, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.8)

    def signature(left, right):
        pdf.ln(3)
        y0 = pdf.get_y()
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.set_xy(pdf.l_margin, y0)
        for i, line in enumerate(left):
            pdf.set_font("DejaVu", "B" if i == 0 else "", 9 if i else 9.5)
            pdf.cell(80, 4.8, N(line), new_x="LMARGIN", new_y="NEXT")
        y1 = pdf.get_y()
        pdf.set_xy(pdf.l_margin + 85, y0)
        for line in right:
            pdf.set_x(pdf.l_margin + 85)
            pdf.set_font("DejaVu", "" if line.startswith("(") else "B", 10.5)
            pdf.cell(W - 85, 6, N(line), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(y1, pdf.get_y()))

    pdf.add_page()
    header(RB03_DEC_HEAD)
    body(RB03_DEC)
    signature(RB03_DEC_SIGN_LEFT, RB03_DEC_SIGN_RIGHT)
    pdf.add_page()
    header(RB03_QC_HEAD)
    body(RB03_QC)
    pdf.output(path)


# ---------------------------------------------------------------------------
# rb04 - Báo cáo của UBND xã (md, Markdown tables)
# ---------------------------------------------------------------------------
RB04 = """\
    UBND HUYỆN NGŨ LĨNH                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
UỶ BAN NHÂN DÂN XÃ TRẢNG NGỌC              Độc lập - Tự do - Hạnh phúc

    Số: 58/BC-UBND                 Trảng Ngọc, ngày 12 tháng 6 năm 2025

# BÁO CÁO

**Kết quả thực hiện phong trào "Bình dân học vụ số" và xây dựng xã hội học tập 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2025**

Thực hiện Kế hoạch số 45/KH-UBND ngày 06/3/2025 của UBND huyện Ngũ Lĩnh về chuyển đổi số huyện năm 2025 và Quyết định số 2087/QĐ-UBND ngày 25/3/2025 của Chủ tịch UBND huyện ban hành Quy chế xét tặng Giải thưởng "Sáng kiến số Ngũ Lĩnh" năm 2025, Ủy ban nhân dân xã Trảng Ngọc báo cáo kết quả 6 tháng đầu năm 2025 như sau:

## I. ĐẶC ĐIỂM TÌNH HÌNH

Xã Trảng Ngọc có 9 thôn với 2.684 hộ, 10.912 nhân khẩu; khoảng 18% dân số làm nghề đánh bắt thủy sản ở thôn Xóm Chài và thôn Lũy Tre, thường xuyên đi biển dài ngày. Toàn xã có 9 Tổ công nghệ số cộng đồng với 47 thành viên, 01 Điểm Bưu điện - Văn hóa xã và 03 trường học (Trường Mầm non, Trường Tiểu học và Trường THCS Trảng Ngọc). Đến ngày 31/5/2025, sóng di động 4G phủ 8/9 thôn; riêng thôn Đá Lửa còn một số khu vực sóng yếu.

## II. KẾT QUẢ THỰC HIỆN

### 1. Công tác tuyên truyền

UBND xã tổ chức Lễ phát động phong trào "Bình dân học vụ số" vào sáng ngày 05/4/2025 tại Nhà văn hóa trung tâm xã với 320 người tham dự. Hệ thống truyền thanh xã phát 52 tin, bài; trang Zalo "Trảng Ngọc hôm nay" có 4.150 người theo dõi.

### 2. Kết quả phổ cập kỹ năng số theo thôn

Bảng 1. Kết quả phổ cập kỹ năng số đến ngày 31/5/2025

| TT | Thôn | Số hộ | Người được tập huấn kỹ năng số | Tài khoản định danh điện tử mức 2 được kích hoạt | Hộ dùng thanh toán không tiền mặt | Tỷ lệ hộ thanh toán không tiền mặt (%) |
|---|---|---|---|---|---|---|
| 1 | Trảng Thượng | 356 | 214 | 905 | 262 | 73,6 |
| 2 | Trảng Hạ | 331 | 198 | 842 | 239 | 72,2 |
| 3 | Gò Cao | 298 | 167 | 760 | 201 | 67,4 |
| 4 | Xóm Chài | 412 | 121 | 688 | 148 | 35,9 |
| 5 | Đồng Trổ | 267 | 176 | 701 | 190 | 71,2 |
| 6 | Lũy Tre | 305 | 139 | 655 | 156 | 51,1 |
| 7 | Nương Dâu | 244 | 150 | 630 | 171 | 70,1 |
| 8 | Đá Lửa | 198 | 96 | 402 | 83 | 41,9 |
| 9 | Tân Hợp | 273 | 181 | 719 | 204 | 74,7 |
| | **Toàn xã** | **2.684** | **1.442** | **6.302** | **1.654** | **61,6** |

### 3. Xây dựng xã hội học tập

- Hội khuyến học xã phối hợp với các thôn rà soát, đề xuất công nhận 1.126 "Gia đình học tập" và 7 "Dòng họ học tập"; Quỹ khuyến học xã vận động 126.500.000 đồng, trao 84 suất học bổng cho học sinh có hoàn cảnh khó khăn.
- Trung tâm Học tập cộng đồng xã mở 06 lớp "Bình dân học vụ số" với 238 học viên, học tại nhà văn hóa các thôn vào tối thứ Ba và tối thứ Sáu hằng tuần.

### 4. Tham gia Giải thưởng "Sáng kiến số Ngũ Lĩnh"

Xã lựa chọn 03 sáng kiến để gửi dự xét Giải thưởng: (1) "Sổ tay điện tử theo dõi tàu cá" của Tổ công nghệ số cộng đồng thôn Xóm Chài; (2) "Bản đồ số điểm bán nông sản Trảng Ngọc" của Đoàn Thanh niên xã; (3) "Ứng dụng nhắc lịch tiêm chủng qua Zalo" của Trạm Y tế xã. Hồ sơ dự kiến nộp về Phòng Văn hóa và Thông tin huyện trước ngày 25/6/2025.

## III. TỒN TẠI, HẠN CHẾ

- Tỷ lệ hộ thanh toán không tiền mặt ở thôn Xóm Chài (35,9%) và thôn Đá Lửa (41,9%) thấp nhất xã, do nhiều lao động đi biển dài ngày và sóng di động chưa ổn định.
- Một số thành viên Tổ công nghệ số cộng đồng lớn tuổi, kỹ năng còn hạn chế; nhà văn hóa các thôn thiếu thiết bị trình chiếu.
- Kinh phí hoạt động của các Tổ công nghệ số cộng đồng chưa được bố trí riêng, chủ yếu dựa vào tinh thần tự nguyện.

## IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025

Bảng 2. Phân công nhiệm vụ

| TT | Nhiệm vụ | Đơn vị, cá nhân thực hiện | Thời hạn |
|---|---|---|---|
| 1 | Kích hoạt tài khoản định danh điện tử mức 2 cho người dân từ 14 tuổi trở lên đạt 95% | Công an xã | Trước ngày 31/8/2025 |
| 2 | Mở thêm 04 lớp "Bình dân học vụ số" cho phụ huynh học sinh vào tối thứ Bảy | Trường THCS Trảng Ngọc, Trường Tiểu học Trảng Ngọc | Tháng 9 và tháng 10/2025 |
| 3 | Hướng dẫn người từ 60 tuổi trở lên cài đặt, sử dụng sổ sức khỏe điện tử | Trạm Y tế xã | Trước ngày 30/9/2025 |
| 4 | Tổng hợp, báo cáo kết quả phong trào về UBND xã | Trưởng các thôn, Tổ công nghệ số cộng đồng | Hằng tháng, trước ngày 25 |
| 5 | Bình xét "Gia đình học tập", "Dòng họ học tập" năm 2025 | Hội khuyến học xã | Trước ngày 15/11/2025 |
| 6 | Tham mưu tổ chức sơ kết, biểu dương tập thể, cá nhân tiêu biểu | Công chức Văn hóa - Xã hội xã | Tháng 12/2025 |

Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội xã phối hợp vận động hội viên, đoàn viên tham gia các lớp học. Đoàn Thanh niên xã duy trì đội hình "Thanh niên tình nguyện số" hỗ trợ người dân tại Bộ phận một cửa vào sáng thứ Hai và sáng thứ Năm hằng tuần.

Đầu mối theo dõi, tổng hợp: ông Đàm Văn Tiệp, công chức Văn hóa - Xã hội xã, điện thoại 0974.338.106.

## V. KIẾN NGHỊ, ĐỀ XUẤT

1. Đề nghị UBND huyện hỗ trợ 02 bộ máy tính và 01 máy chiếu cho Điểm Bưu điện - Văn hóa xã để tổ chức lớp học.
2. Đề nghị Trung tâm Viễn thông Ngũ Lĩnh lắp đặt bổ sung trạm phát sóng tại thôn Đá Lửa trong năm 2025.
3. Đề nghị huyện bố trí kinh phí hỗ trợ hoạt động của Tổ công nghệ số cộng đồng, mức 500.000 đồng/tổ/tháng.

Trên đây là báo cáo kết quả 6 tháng đầu năm 2025 của UBND xã Trảng Ngọc./.

    Nơi nhận:                                     TM. UỶ BAN NHÂN DÂN
    - UBND huyện (Phòng VH-TT) (b/c);                    CHỦ TỊCH
    - TT Đảng ủy, TT HĐND xã;
    - Chủ tịch, các PCT UBND xã;                         (Đã ký)
    - UBMTTQ xã;
    - Lưu: VT.                                        Lường Thị Bích Phượng
"""


# ---------------------------------------------------------------------------
# rb05 - Thông báo kết luận của Huyện ủy (txt)
# ---------------------------------------------------------------------------
RB05 = """\
    HUYỆN ỦY DỰC THỦY                         ĐẢNG CỘNG SẢN VIỆT NAM
            *
     Số 236-TB/HU                    Dực Thủy, ngày 20 tháng 6 năm 2025

                                THÔNG BÁO
      Kết luận của Thường trực Huyện ủy tại buổi làm việc với các cơ quan
   khối khoa giáo về kết quả 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2025
                                  -----

Ngày 17/6/2025, tại Hội trường Huyện ủy, đồng chí Nông Quốc Bảo, Bí thư Huyện ủy chủ trì buổi làm việc với các cơ quan khối khoa giáo của huyện. Dự buổi làm việc có đồng chí Trương Thị Minh Nguyệt, Phó Bí thư Thường trực Huyện ủy; đồng chí Chu Văn Lực, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; lãnh đạo Ban Tuyên giáo Huyện ủy, Văn phòng Huyện ủy, Phòng Giáo dục và Đào tạo, Phòng Văn hóa và Thông tin, Trung tâm Y tế huyện, Trung tâm Văn hóa, Thể thao và Truyền thông huyện, Huyện đoàn và Hội khuyến học huyện.

Sau khi nghe Ban Tuyên giáo Huyện ủy báo cáo kết quả công tác khoa giáo 6 tháng đầu năm 2025 và ý kiến của các đại biểu, đồng chí Bí thư Huyện ủy kết luận như sau:

1. Về kết quả 6 tháng đầu năm

Các cấp ủy, chính quyền, Mặt trận và đoàn thể từ huyện đến cơ sở nghiêm túc triển khai Chương trình hành động số 09-CTr/TU của Tỉnh ủy và Kế hoạch số 112/KH-UBND của UBND tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số. Kết quả nổi bật: 14/16 xã, thị trấn có Tổ công nghệ số cộng đồng hoạt động thường xuyên; tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình đạt 58,3%; có thêm 03 trường đạt chuẩn quốc gia (Trường Tiểu học Nghi Thạch, Trường THCS Diễn Lũy, Trường Mầm non Dực Tiến); tỷ lệ học sinh tốt nghiệp THCS vào học lớp 10 và giáo dục nghề nghiệp đạt 96,8%. Tại Ngày hội STEM tỉnh năm 2025, đoàn học sinh của huyện giành 01 giải Nhì và 02 giải Ba.

2. Về tồn tại, hạn chế

Tiến độ một số nhiệm vụ còn chậm: xã Phổ Lại và xã Diễn Lũy chưa thành lập đủ Tổ công nghệ số cộng đồng ở các thôn; hạ tầng mạng ở 05 thôn vùng cao còn "vùng lõm" sóng; đội ngũ giáo viên tin học còn thiếu 11 người; công tác tuyên truyền ở một số nơi còn hình thức, chưa đến được với người cao tuổi và đồng bào dân tộc thiểu số.

3. Về nhiệm vụ 6 tháng cuối năm 2025

3.1. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy tham mưu Ban Thường vụ Huyện ủy sơ kết 01 năm thực hiện Chương trình hành động số 09-CTr/TU, hoàn thành trước ngày 15/11/2025; tổ chức Hội nghị báo cáo viên chuyên đề "Chuyển đổi số trong hệ thống chính trị cơ sở" trong quý III/2025.

3.2. Đảng ủy các xã, thị trấn bổ sung chỉ tiêu chuyển đổi số vào nghị quyết chuyên đề của cấp ủy; xã Phổ Lại và xã Diễn Lũy hoàn thành việc thành lập Tổ công nghệ số cộng đồng ở 100% thôn trước ngày 31/7/2025.

3.3. Ủy ban nhân dân huyện chỉ đạo các phòng chuyên môn bố trí 1,2 tỷ đồng từ ngân sách huyện để lắp đặt wifi công cộng miễn phí tại 16 nhà văn hóa trung tâm xã, thị trấn; phối hợp với các doanh nghiệp viễn thông xóa "vùng lõm" sóng ở 05 thôn vùng cao trước ngày 31/10/2025.

3.4. Phòng Giáo dục và Đào tạo huyện tham mưu UBND huyện đề xuất tuyển dụng bổ sung 11 giáo viên tin học; tổ chức tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho 320 giáo viên trong tháng 8/2025; bảo đảm 100% trường THCS dạy tối thiểu 02 chủ đề STEM mỗi học kỳ.

3.5. Trung tâm Y tế huyện hoàn thành triển khai bệnh án điện tử trước ngày 31/12/2025, công khai lịch khám và trả kết quả xét nghiệm qua ứng dụng trên điện thoại.

3.6. Trung tâm Văn hóa, Thể thao và Truyền thông huyện duy trì chuyên mục "Dực Thủy chuyển đổi số", phát sóng lúc 19 giờ 30 tối thứ Năm hằng tuần.

3.7. Huyện đoàn chủ trì chiến dịch "Mùa hè tình nguyện" năm 2025 với 25 đội hình "Thanh niên hỗ trợ chuyển đổi số" tại 16 xã, thị trấn, từ ngày 01/7 đến ngày 31/8/2025.

3.8. Hội khuyến học huyện phối hợp với Phòng Giáo dục và Đào tạo vận động xây dựng Quỹ "Chắp cánh tài năng số", phấn đấu huy động 300 triệu đồng để trao học bổng cho học sinh nghèo học giỏi môn Tin học.

3.9. Các phòng, ban, ngành, Mặt trận và đoàn thể huyện căn cứ chức năng, nhiệm vụ, cụ thể hóa kết luận này vào chương trình công tác; báo cáo kết quả định kỳ hằng quý về Ban Tuyên giáo Huyện ủy, trước ngày 20 của tháng cuối quý (qua đồng chí Mai Thu Trang, Phó Trưởng Ban Tuyên giáo Huyện ủy, điện thoại 0915.772.408, e-mail: trangmt.btg@ducthuy.dcs.vn).

Thường trực Huyện ủy thông báo để các cơ quan, đơn vị biết, thực hiện./.

Nơi nhận:                                         T/M HUYỆN ỦY
- Thường trực Tỉnh ủy (b/c);                  PHÓ BÍ THƯ THƯỜNG TRỰC
- Ban Tuyên giáo Tỉnh ủy (b/c);
- Các đồng chí Huyện ủy viên;                          (Đã ký)
- Các cơ quan, đơn vị dự họp;
- Đảng ủy các xã, thị trấn;                         Trương Thị Minh Nguyệt
- Lưu Văn phòng Huyện ủy.
"""

FILES = {
    "rb01": "rb01_kh_khcn_cds_tinh.docx",
    "rb02": "rb02_cv_ngay_hoi_stem.txt",
    "rb03": "rb03_qd_giai_thuong_sang_kien.pdf",
    "rb04": "rb04_bc_hoc_tap_so_xa.md",
    "rb05": "rb05_tb_ket_luan_huyen_uy.txt",
}


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_rb01(os.path.join(CORPUS, FILES["rb01"]))
    build_rb02(os.path.join(CORPUS, FILES["rb02"]))
    build_rb03(os.path.join(CORPUS, FILES["rb03"]))
    with open(os.path.join(CORPUS, FILES["rb04"]), "w", encoding="utf-8") as f:
        f.write(N(RB04))
    with open(os.path.join(CORPUS, FILES["rb05"]), "w", encoding="utf-8") as f:
        f.write(N(RB05))
    print("built", ", ".join(FILES.values()))


if __name__ == "__main__":
    main()
