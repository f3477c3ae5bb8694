#!/usr/bin/env python3
"""Rebuild the blind56 corpus (5 files) from the text held in this script.

Run:  /work/main/.venv/bin/python build_rg.py
Writes corpus/rg01 … rg05 (docx, txt, pdf, md, txt).
All names, places, numbers and dates are invented (tỉnh Tân Châu Thượng).
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
# rg01 — Kế hoạch của UBND tỉnh (docx, Word list numbering + task table)
# ---------------------------------------------------------------------------
RG01_NAME = "rg01_kh_ubnd_tinh.docx"
RG01_HEAD_LEFT = ["UỶ BAN NHÂN DÂN", "TỈNH TÂN CHÂU THƯỢNG", "Số: 86/KH-UBND"]
RG01_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Tân Châu Thượng, ngày 14 tháng 01 năm 2026"]
RG01_TITLE = "KẾ HOẠCH"
RG01_SUBTITLE = ("Triển khai nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
                 "trong lĩnh vực khoa giáo trên địa bàn tỉnh năm 2026")
RG01_BASIS = [
    "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, "
    "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
    "Căn cứ Chương trình hành động số 41-CTr/TU ngày 18/3/2025 của Ban Thường vụ Tỉnh ủy thực hiện Nghị "
    "quyết của Bộ Chính trị;",
    "Xét đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 12/TTr-SKHCN ngày 06/01/2026,",
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai nhiệm vụ năm 2026 như sau:",
]
RG01_SEC1 = "I. MỤC ĐÍCH, YÊU CẦU"
RG01_BULLETS = [
    "Cụ thể hóa các nhiệm vụ của Chương trình hành động số 41-CTr/TU trong các lĩnh vực khoa học, công "
    "nghệ, giáo dục và thông tin cơ sở; nâng cao nhận thức của cán bộ, đảng viên, giáo viên, học sinh và "
    "Nhân dân về chuyển đổi số.",
    "Xác định rõ nội dung công việc, đơn vị chủ trì, đơn vị phối hợp và thời hạn hoàn thành; gắn trách "
    "nhiệm của người đứng đầu cơ quan, đơn vị, địa phương với kết quả thực hiện.",
]
RG01_SEC2 = "II. CHỈ TIÊU CHỦ YẾU NĂM 2026"
RG01_NUMBERED = [
    "100% cơ sở giáo dục phổ thông trên địa bàn tỉnh sử dụng sổ điểm điện tử và học bạ số; ít nhất 70% "
    "trường trung học tổ chức hoạt động giáo dục STEM tối thiểu 01 lần mỗi học kỳ.",
    "Triển khai tối thiểu 14 nhiệm vụ khoa học và công nghệ cấp tỉnh, trong đó có ít nhất 05 nhiệm vụ do "
    "doanh nghiệp, trường học đề xuất đặt hàng.",
    "100% xã, phường duy trì Tổ công nghệ số cộng đồng hoạt động thường xuyên; mỗi xã, phường tổ chức ít "
    "nhất 04 lớp phổ cập kỹ năng số cho người dân trong năm.",
    "Có tối thiểu 60.000 lượt người dân, học sinh tham gia học tập kỹ năng số cơ bản trên nền tảng "
    "“Bình dân học vụ số”.",
    "Báo và Phát thanh, Truyền hình Tân Châu Thượng và Cổng Thông tin điện tử tỉnh đăng tải tối thiểu "
    "240 tin, bài, phóng sự về khoa học, công nghệ và chuyển đổi số.",
]
RG01_SEC3 = "III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"
RG01_SEC3_INTRO = ("Các nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành được phân "
                   "công tại bảng sau:")
RG01_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Xây dựng, vận hành Cơ sở dữ liệu khoa học và công nghệ của tỉnh, kết nối với cơ sở dữ liệu quốc gia",
     "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh; Công an tỉnh", "Hoàn thành trong quý III/2026"],
    ["2", "Triển khai sổ điểm điện tử, học bạ số tại 100% trường phổ thông",
     "Sở Giáo dục và Đào tạo", "UBND các xã, phường; các doanh nghiệp viễn thông",
     "Hoàn thành trước 31/8/2026"],
    ["3", "Tổ chức Ngày hội STEM và Cuộc thi sáng tạo thanh thiếu niên, nhi đồng cấp tỉnh",
     "Sở Giáo dục và Đào tạo", "Tỉnh đoàn; Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh",
     "Tổ chức trong tháng 3/2026"],
    ["4", "Mở chuyên mục “Khoa học - Sáng tạo - Chuyển đổi số” trên sóng phát thanh, truyền hình và báo điện tử",
     "Báo và Phát thanh, Truyền hình Tân Châu Thượng",
     "Sở Văn hóa, Thể thao và Du lịch; Ban Tuyên giáo và Dân vận Tỉnh ủy", "Trước ngày 31/3/2026"],
    ["5", "Kiện toàn Tổ công nghệ số cộng đồng; tổ chức các lớp phổ cập kỹ năng số cho người dân",
     "UBND các xã, phường", "Sở Khoa học và Công nghệ; Tỉnh đoàn", "Thường xuyên; báo cáo hằng quý"],
    ["6", "Tuyển chọn, giao trực tiếp nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2026",
     "Sở Khoa học và Công nghệ", "Sở Tài chính; các sở, ngành liên quan", "Trước ngày 30/6/2026"],
    ["7", "Thẩm định dự toán, bố trí kinh phí thực hiện Kế hoạch",
     "Sở Tài chính", "Sở Khoa học và Công nghệ; Sở Giáo dục và Đào tạo", "Hoàn thành trong tháng 02/2026"],
    ["8", "Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh năm 2026; hỗ trợ ươm tạo ít nhất 10 dự án "
          "khởi nghiệp", "Trung tâm Đổi mới sáng tạo tỉnh", "Sở Công Thương; Trường Cao đẳng Tân Châu Thượng",
     "Tổ chức trong tháng 10/2026"],
    ["9", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch", "Sở Khoa học và Công nghệ",
     "Các sở, ngành; UBND các xã, phường", "Trước ngày 15/12/2026"],
]
RG01_SEC4 = "IV. KINH PHÍ THỰC HIỆN"
RG01_SEC4_PARAS = [
    "Tổng kinh phí dự kiến thực hiện Kế hoạch năm 2026 là 23,4 tỷ đồng, trong đó: ngân sách tỉnh 18,6 tỷ "
    "đồng (sự nghiệp khoa học và công nghệ 11,2 tỷ đồng; sự nghiệp giáo dục và đào tạo 5,1 tỷ đồng; kinh "
    "phí thông tin, tuyên truyền 2,3 tỷ đồng); nguồn xã hội hóa, đóng góp của doanh nghiệp khoảng 4,8 tỷ đồng.",
    "Các cơ quan, đơn vị lập dự toán chi tiết gửi Sở Tài chính trước ngày 10/02/2026 để thẩm định, trình "
    "UBND tỉnh phê duyệt.",
]
RG01_SEC5 = "V. TỔ CHỨC THỰC HIỆN"
RG01_SEC5_PARAS = [
    "1. Sở Khoa học và Công nghệ: Là cơ quan thường trực, chủ trì theo dõi, hướng dẫn, kiểm tra việc thực "
    "hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh định kỳ hằng quý (trước ngày 20 của tháng cuối quý) và báo "
    "cáo năm trước ngày 15/12/2026; hướng dẫn các xã, phường kiện toàn Tổ công nghệ số cộng đồng.",
    "2. Sở Giáo dục và Đào tạo: Chủ trì triển khai chuyển đổi số trong giáo dục; chỉ đạo các trường trung "
    "học phổ thông, trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên đưa nội dung giáo dục STEM, kỹ "
    "năng số vào kế hoạch giáo dục nhà trường; phối hợp với Tỉnh đoàn tổ chức Ngày hội STEM cấp tỉnh trong "
    "tháng 3/2026.",
    "3. Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Tân Châu "
    "Thượng xây dựng kế hoạch tuyên truyền năm 2026; hướng dẫn đài truyền thanh các xã, phường phát nội "
    "dung phổ biến kiến thức, kỹ năng số tối thiểu 02 lần mỗi tuần.",
    "4. Sở Tài chính có trách nhiệm tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các "
    "đơn vị sử dụng, thanh quyết toán kinh phí đúng quy định.",
    "5. Sở Nội vụ: Tham mưu đưa kết quả thực hiện Kế hoạch vào tiêu chí đánh giá, xếp loại chất lượng cơ "
    "quan, đơn vị và xét thi đua, khen thưởng năm 2026.",
    "6. Ủy ban nhân dân các xã, phường: Ban hành kế hoạch thực hiện tại địa phương trước ngày 28/02/2026; "
    "chỉ đạo Tổ công nghệ số cộng đồng hỗ trợ người dân sử dụng "
    "dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.",
    "7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp "
    "tuyên truyền, vận động hội viên, đoàn viên và Nhân dân tham gia phong trào “Bình dân học vụ số”; đề "
    "nghị Tỉnh đoàn chỉ đạo các cơ sở Đoàn thành lập đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số "
    "tại ấp, khu phố.",
    "Các sở, ban, ngành, đơn vị sự nghiệp thuộc UBND tỉnh căn cứ chức năng, nhiệm vụ chủ động cụ thể hóa "
    "Kế hoạch; gửi báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ định kỳ hằng quý để tổng hợp.",
    "Đầu mối liên hệ: ông Huỳnh Tấn Lực, Trưởng phòng Quản lý công nghệ và Chuyển đổi số, Sở Khoa học và "
    "Công nghệ; điện thoại: 0913 472 816; thư điện tử: htluc.skhcn@tanchauthuong.gov.vn.",
    "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công "
    "nghệ để tổng hợp, báo cáo UBND tỉnh./.",
]
RG01_NOINHAN = ["Nơi nhận:", "- Bộ Khoa học và Công nghệ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
                "- CT, các PCT UBND tỉnh;", "- Ủy ban MTTQ Việt Nam tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;",
                "- Báo và PT, TH Tân Châu Thượng;", "- LĐVP, KGVX;", "- Lưu: VT."]
RG01_SIGN = ["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Phạm Quang Vĩ"]


def build_rg01(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for sec in doc.sections:
        sec.left_margin = Cm(3)
        sec.right_margin = Cm(2)

    def cell_lines(cell, lines, bold_first=0):
        cell.paragraphs[0].text = ""
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(line)
            r.bold = i < bold_first

    head = doc.add_table(rows=1, cols=2)
    cell_lines(head.cell(0, 0), RG01_HEAD_LEFT, bold_first=2)
    cell_lines(head.cell(0, 1), RG01_HEAD_RIGHT, bold_first=2)

    def para(text, bold=False, center=False, style=None):
        p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    para(RG01_TITLE, bold=True, center=True)
    para(RG01_SUBTITLE, bold=True, center=True)
    for t in RG01_BASIS:
        para(t)
    para(RG01_SEC1, bold=True)
    for t in RG01_BULLETS:
        para(t, style="List Bullet")
    para(RG01_SEC2, bold=True)
    for t in RG01_NUMBERED:
        para(t, style="List Number")
    para(RG01_SEC3, bold=True)
    para(RG01_SEC3_INTRO)
    tbl = doc.add_table(rows=len(RG01_TABLE), cols=5)
    tbl.style = "Table Grid"
    for i, row in enumerate(RG01_TABLE):
        for j, val in enumerate(row):
            c = tbl.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.bold = i == 0
    para(RG01_SEC4, bold=True)
    for t in RG01_SEC4_PARAS:
        para(t)
    para(RG01_SEC5, bold=True)
    for t in RG01_SEC5_PARAS:
        para(t)
    foot = doc.add_table(rows=1, cols=2)
    c0 = foot.cell(0, 0)
    c0.paragraphs[0].text = ""
    for i, line in enumerate(RG01_NOINHAN):
        p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
        r = p.add_run(line)
        r.bold = i == 0
        r.font.size = Pt(11)
    cell_lines(foot.cell(0, 1), RG01_SIGN, bold_first=3)
    doc.save(path)


# ---------------------------------------------------------------------------
# rg02 — Công văn của Sở GD&ĐT (txt, hard-wrapped as if copied from a PDF,
#        two-column header typed with spaces)
# ---------------------------------------------------------------------------
RG02_NAME = "rg02_cv_sgddt_stem.txt"
RG02_HEADER = """\
UBND TỈNH TÂN CHÂU THƯỢNG              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                     Độc lập - Tự do - Hạnh phúc
      ----------                         ---------------------------
Số: 1127/SGDĐT-GDTrH              Tân Châu Thượng, ngày 09 tháng 02 năm 2026
V/v tổ chức Ngày hội STEM và
Cuộc thi sáng tạo thanh thiếu
niên, nhi đồng cấp tỉnh năm
học 2025-2026
"""
# paragraphs to be hard-wrapped; "@@PAGE" inserts a stray page number line
RG02_BODY = [
    "Kính gửi:",
    "- Phòng Văn hóa - Xã hội các xã, phường;",
    "- Các trường trung học phổ thông, trường phổ thông có nhiều cấp học;",
    "- Các trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên.",
    "Thực hiện Kế hoạch số 86/KH-UBND ngày 14/01/2026 của UBND tỉnh về triển khai nhiệm vụ phát triển khoa "
    "học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong lĩnh vực khoa giáo trên địa bàn tỉnh năm 2026, "
    "Sở Giáo dục và Đào tạo (GD&ĐT) đề nghị các đơn vị triển khai một số nội dung sau:",
    "1. Ngày hội STEM cấp tỉnh",
    "a) Thời gian: khai mạc lúc 7 giờ 30 phút, thứ Bảy, ngày 28/3/2026; kết thúc lúc 16 giờ 30 phút cùng ngày.",
    "b) Địa điểm: Trường THPT chuyên Tân Châu Thượng, số 27 đường Trần Khánh Dư, phường Vàm Láng.",
    "c) Nội dung: trưng bày sản phẩm giáo dục STEM; trình diễn robot, mô hình khoa học; tọa đàm “Trí tuệ "
    "nhân tạo trong học đường” dành cho giáo viên và học sinh; chấm chung khảo và trao giải Cuộc thi sáng "
    "tạo thanh thiếu niên, nhi đồng.",
    "d) Mỗi trường trung học phổ thông đăng ký tối thiểu 02 gian trưng bày; mỗi xã, phường lựa chọn 01 "
    "trường trung học cơ sở tiêu biểu tham gia 01 gian. Sở GD&ĐT hỗ trợ 3.000.000 đồng cho mỗi gian trưng "
    "bày; kinh phí đi lại, vận chuyển sản phẩm do đơn vị tự bảo đảm.",
    "2. Cuộc thi sáng tạo thanh thiếu niên, nhi đồng cấp tỉnh",
    "a) Đối tượng: học sinh từ lớp 6 đến lớp 12 đang học tại các cơ sở giáo dục trên địa bàn tỉnh. Mỗi sản "
    "phẩm có không quá 02 tác giả và 01 giáo viên hướng dẫn.",
    "b) Lĩnh vực dự thi: tự động hóa; công nghệ thông tin và trí tuệ nhân tạo; bảo vệ môi trường, ứng phó "
    "biến đổi khí hậu; nông nghiệp ứng dụng công nghệ cao; chăm sóc sức khỏe cộng đồng; đồ dùng học tập.",
    "@@PAGE 2",
    "c) Hồ sơ dự thi gồm: phiếu đăng ký; bản mô tả sản phẩm không quá 10 trang khổ A4; video giới thiệu "
    "sản phẩm có thời lượng không quá 03 phút.",
    "d) Cơ cấu giải thưởng: 01 giải nhất trị giá 5.000.000 đồng; 03 giải nhì, mỗi giải 3.000.000 đồng; "
    "05 giải ba, mỗi giải 2.000.000 đồng; 10 giải khuyến khích, mỗi giải 1.000.000 đồng. Các sản phẩm đạt "
    "giải nhất, giải nhì được xem xét lựa chọn tham dự cuộc thi cấp toàn quốc.",
    "3. Thời hạn thực hiện",
    "- Các trường tổ chức vòng thi cấp trường xong trước ngày 28/02/2026.",
    "- Gửi danh sách đăng ký gian trưng bày và sản phẩm dự thi (theo mẫu đính kèm) qua hệ thống quản lý "
    "văn bản điều hành và thư điện tử trước 17 giờ 00 ngày 06/3/2026.",
    "- Nộp hồ sơ sản phẩm (bản giấy) về Phòng Giáo dục Trung học, Sở GD&ĐT chậm nhất ngày 13/3/2026.",
    "- Ban Giám khảo chấm sơ khảo từ ngày 16/3/2026 đến ngày 20/3/2026; danh sách sản phẩm vào vòng chung "
    "khảo công bố ngày 23/3/2026 trên Trang thông tin điện tử của Sở.",
    "4. Trách nhiệm của các đơn vị",
    "a) Phòng Văn hóa - Xã hội các xã, phường: thông báo đến các trường trung học cơ sở trên địa bàn; lựa "
    "chọn trường tiêu biểu tham gia Ngày hội; tổng hợp danh sách đăng ký của các trường trung học cơ sở "
    "gửi Sở GD&ĐT đúng thời hạn.",
    "b) Hiệu trưởng các trường trung học phổ thông, Giám đốc các trung tâm Giáo dục nghề nghiệp - Giáo "
    "dục thường xuyên: tổ chức vòng thi cấp trường; phân công giáo viên hướng dẫn; chịu trách nhiệm về tính "
    "trung thực của sản phẩm, không sử dụng sản phẩm từng đạt giải ở các cuộc thi khác.",
    "c) Trường THPT chuyên Tân Châu Thượng: chuẩn bị địa điểm, 40 gian trưng bày, hệ thống điện, đường "
    "truyền internet; bố trí 30 học sinh làm tình nguyện viên hướng dẫn khách tham quan.",
    "d) Đề nghị Tỉnh đoàn và Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh cử chuyên gia tham gia Ban Giám "
    "khảo, đồng thời phối hợp tổ chức hoạt động trải nghiệm khoa học cho học sinh tiểu học tại Ngày hội.",
    "5. Trong quá trình triển khai, nếu có vướng mắc, đề nghị liên hệ bà Tăng Ngọc Trâm, chuyên viên Phòng "
    "Giáo dục Trung học, Sở GD&ĐT, điện thoại 0987 315 604, thư điện tử tntram.sgddt@tanchauthuong.edu.vn "
    "để phối hợp giải quyết.",
    "Sở GD&ĐT đề nghị Thủ trưởng các đơn vị quan tâm triển khai thực hiện./.",
]
RG02_FOOTER = """\
Nơi nhận:                                      KT. GIÁM ĐỐC
- Như trên;                                    PHÓ GIÁM ĐỐC
- UBND tỉnh (để b/c);
- Sở KH&CN;
- Tỉnh đoàn;                                      (Đã ký)
- Liên hiệp các Hội KH&KT tỉnh;
- Giám đốc, các PGĐ Sở;
- Lưu: VT, GDTrH.
                                               Lâm Chí Thiện
"""


def build_rg02(path):
    out = [RG02_HEADER, ""]
    for para in RG02_BODY:
        if para.startswith("@@PAGE"):
            out.append("")
            out.append(" " * 36 + para.split()[1])
            out.append("")
            continue
        out.append(textwrap.fill(para, width=74, break_on_hyphens=False, break_long_words=False))
    out.append("")
    out.append(RG02_FOOTER)
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc("\n".join(out)))


# ---------------------------------------------------------------------------
# rg03 — Quyết định của Chủ tịch UBND xã + Quy chế (pdf, fpdf2)
# ---------------------------------------------------------------------------
RG03_NAME = "rg03_qd_to_cnscd.pdf"
RG03_HEAD_LEFT = ["UỶ BAN NHÂN DÂN", "XÃ GIỒNG SAO", "Số: 245/QĐ-UBND"]
RG03_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Giồng Sao, ngày 03 tháng 3 năm 2026"]
# ("C", text) centered bold; ("P", text) paragraph; ("B", text) bold paragraph
RG03_QD = [
    ("C", "QUYẾT ĐỊNH"),
    ("c", "Về việc kiện toàn Tổ công nghệ số cộng đồng xã Giồng Sao và ban hành Quy chế hoạt động"),
    ("C", "CHỦ TỊCH UỶ BAN NHÂN DÂN XÃ GIỒNG SAO"),
    ("P", "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;"),
    ("P", "Căn cứ Kế hoạch số 86/KH-UBND ngày 14/01/2026 của Ủy ban nhân dân tỉnh Tân Châu Thượng về triển "
          "khai nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong lĩnh vực khoa "
          "giáo trên địa bàn tỉnh năm 2026;"),
    ("P", "Căn cứ Kế hoạch số 19/KH-UBND ngày 22/01/2026 của Ủy ban nhân dân xã về chuyển đổi số năm 2026;"),
    ("P", "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội xã."),
    ("C", "QUYẾT ĐỊNH:"),
    ("P", "Điều 1. Kiện toàn Tổ công nghệ số cộng đồng xã Giồng Sao (sau đây gọi tắt là Tổ) gồm 11 thành "
          "viên, cụ thể như sau:"),
    ("P", "1. Ông Châu Văn Sang, Phó Chủ tịch UBND xã - Tổ trưởng;"),
    ("P", "2. Bà Kha Thị Nguyệt, Phó Trưởng phòng Văn hóa - Xã hội xã - Tổ phó thường trực;"),
    ("P", "3. Ông Mạc Đình Hưng, Bí thư Đoàn xã - Tổ phó;"),
    ("P", "4. Bà Dương Mỹ Nhàn, công chức Văn phòng HĐND và UBND xã - thành viên;"),
    ("P", "5. Ông Tô Bảo Ngân, Phó Trưởng Công an xã - thành viên;"),
    ("P", "6. Bà Lý Hồng Thắm, Hiệu trưởng Trường THCS Giồng Sao - thành viên;"),
    ("P", "7. Ông Trương Văn Út, Trưởng Bưu điện văn hóa xã - thành viên;"),
    ("P", "8. Các ông (bà) Trưởng ấp Xẻo Lá, ấp Bờ Kinh, ấp Ngọn Dừa, ấp Mương Lộ - thành viên."),
    ("P", "Điều 2. Tổ có nhiệm vụ hướng dẫn, hỗ trợ người dân cài đặt và sử dụng ứng dụng định danh điện tử "
          "VNeID, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt, kỹ năng bảo đảm an toàn trên không "
          "gian mạng; tổ chức các lớp “Bình dân học vụ số” tại ấp; tuyên truyền, phổ biến chủ trương của Đảng, "
          "chính sách của Nhà nước về chuyển đổi số đến từng hộ gia đình."),
    ("P", "Điều 3. Ban hành kèm theo Quyết định này Quy chế hoạt động của Tổ công nghệ số cộng đồng xã "
          "Giồng Sao."),
    ("P", "Điều 4. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 131/QĐ-UBND ngày "
          "15/8/2025 của Chủ tịch Ủy ban nhân dân xã. Chánh Văn phòng HĐND và UBND xã, Trưởng phòng Văn hóa - "
          "Xã hội xã, Trưởng ấp các ấp và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định "
          "này./."),
]
RG03_NOINHAN = ["Nơi nhận:", "- Như Điều 4;", "- Sở Khoa học và Công nghệ (b/c);",
                "- TT Đảng ủy, TT HĐND xã (b/c);", "- CT, các PCT UBND xã;", "- Lưu: VT, VHXH."]
RG03_SIGN = ["CHỦ TỊCH", "(Đã ký)", "Nguyễn Hữu Tường"]
RG03_QC = [
    ("C", "QUY CHẾ"),
    ("c", "Hoạt động của Tổ công nghệ số cộng đồng xã Giồng Sao"),
    ("i", "(Ban hành kèm theo Quyết định số 245/QĐ-UBND ngày 03/3/2026 của Chủ tịch Ủy ban nhân dân xã "
          "Giồng Sao)"),
    ("C", "Chương I"),
    ("C", "QUY ĐỊNH CHUNG"),
    ("B", "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng"),
    ("P", "Quy chế này quy định nguyên tắc, nhiệm vụ, chế độ làm việc, kinh phí và khen thưởng đối với Tổ "
          "công nghệ số cộng đồng xã Giồng Sao (sau đây gọi là Tổ), áp dụng đối với thành viên Tổ và các nhóm "
          "hỗ trợ công nghệ số tại ấp."),
    ("B", "Điều 2. Nguyên tắc hoạt động"),
    ("P", "1. Tổ hoạt động theo chế độ kiêm nhiệm, dưới sự chỉ đạo trực tiếp của Chủ tịch Ủy ban nhân dân "
          "xã; Tổ trưởng chịu trách nhiệm trước Chủ tịch UBND xã về toàn bộ hoạt động của Tổ."),
    ("P", "2. Hỗ trợ người dân miễn phí, tận tình; không thu giữ, không sử dụng thông tin cá nhân, mật khẩu, "
          "mã OTP của người dân dưới bất kỳ hình thức nào."),
    ("C", "Chương II"),
    ("C", "NHIỆM VỤ VÀ CHẾ ĐỘ LÀM VIỆC"),
    ("B", "Điều 3. Nhiệm vụ của Tổ trưởng, Tổ phó"),
    ("P", "1. Tổ trưởng phân công nhiệm vụ cho thành viên; chủ trì các cuộc họp của Tổ; ký duyệt kế hoạch "
          "hoạt động hằng tháng."),
    ("P", "2. Tổ phó thường trực giúp Tổ trưởng theo dõi, tổng hợp kết quả hoạt động; xây dựng báo cáo hằng "
          "quý gửi Phòng Văn hóa - Xã hội xã trước ngày 18 của tháng cuối quý để tổng hợp, báo cáo Sở Khoa "
          "học và Công nghệ."),
    ("P", "3. Tổ phó là Bí thư Đoàn xã huy động đoàn viên thanh niên tham gia các nhóm hỗ trợ tại ấp; ưu "
          "tiên hỗ trợ người cao tuổi, người khuyết tật, hộ nghèo."),
    ("B", "Điều 4. Nhiệm vụ của thành viên"),
    ("P", "1. Thành viên là đại diện Công an xã hướng dẫn người dân kích hoạt tài khoản định danh điện tử "
          "mức 2 và cảnh báo các thủ đoạn lừa đảo trên không gian mạng."),
    ("P", "2. Thành viên là Hiệu trưởng Trường THCS Giồng Sao bố trí phòng máy tính của trường phục vụ lớp "
          "phổ cập kỹ năng số vào chiều thứ Bảy hằng tuần."),
    ("P", "3. Trưởng ấp thành lập ít nhất 01 nhóm hỗ trợ công nghệ số tại ấp gồm từ 03 đến 05 người; tổ "
          "chức hỗ trợ người dân tại nhà văn hóa ấp vào tối thứ Năm hằng tuần, từ 19 giờ 00 đến 21 giờ 00."),
    ("B", "Điều 5. Chế độ sinh hoạt"),
    ("P", "Tổ họp định kỳ vào ngày 25 hằng tháng tại Hội trường UBND xã; trường hợp trùng ngày nghỉ thì họp "
          "vào ngày làm việc liền kề sau đó. Tổ trưởng có thể triệu tập họp đột xuất khi cần thiết."),
    ("B", "Điều 6. Chỉ tiêu hoạt động năm 2026"),
    ("P", "1. Hỗ trợ tối thiểu 1.500 người dân kích hoạt tài khoản định danh điện tử mức 2."),
    ("P", "2. 80% hộ kinh doanh cá thể trên địa bàn xã sử dụng mã QR để thanh toán."),
    ("P", "3. Tổ chức 06 lớp phổ cập kỹ năng số, mỗi lớp không quá 40 học viên."),
    ("C", "Chương III"),
    ("C", "KINH PHÍ VÀ KHEN THƯỞNG"),
    ("B", "Điều 7. Kinh phí hoạt động"),
    ("P", "1. Kinh phí hoạt động của Tổ được bố trí từ nguồn ngân sách xã chi cho nhiệm vụ chuyển đổi số năm "
          "2026 với tổng mức 96 triệu đồng."),
    ("P", "2. Mỗi thành viên Tổ được hỗ trợ 200.000 đồng/tháng; mỗi nhóm hỗ trợ công nghệ số tại ấp được hỗ "
          "trợ 300.000 đồng/buổi, tối đa 04 buổi/tháng."),
    ("P", "3. Văn phòng HĐND và UBND xã có trách nhiệm lập dự toán, thanh quyết toán kinh phí theo quy định."),
    ("B", "Điều 8. Khen thưởng"),
    ("P", "Cuối năm, Tổ trưởng đề xuất Chủ tịch UBND xã tặng Giấy khen cho các tập thể, cá nhân có thành tích "
          "tiêu biểu, số lượng không quá 03 tập thể và 05 cá nhân."),
    ("B", "Điều 9. Tổ chức thực hiện"),
    ("P", "Phòng Văn hóa - Xã hội xã có trách nhiệm theo dõi, kiểm tra việc thực hiện Quy chế. Trong quá "
          "trình thực hiện, nếu phát sinh vướng mắc, Tổ trưởng báo cáo Chủ tịch UBND xã xem xét, sửa đổi, bổ "
          "sung cho phù hợp. Liên hệ Tổ phó thường trực: bà Kha Thị Nguyệt, điện thoại 0868 204 319./."),
]


def build_rg03(path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def header():
        y0 = pdf.get_y()
        for i, line in enumerate(RG03_HEAD_LEFT):
            pdf.set_font("DejaVu", "B" if i < 2 else "", 10)
            pdf.set_xy(pdf.l_margin, y0 + i * 5.5)
            pdf.cell(62, 5.5, line, align="C")
        for i, line in enumerate(RG03_HEAD_RIGHT):
            pdf.set_font("DejaVu", "B" if i < 2 else "", 10)
            pdf.set_xy(pdf.l_margin + 64, y0 + i * 5.5)
            pdf.cell(W - 64, 5.5, line, align="C")
        pdf.set_xy(pdf.l_margin, y0 + 3 * 5.5 + 6)

    def block(items):
        for kind, text in items:
            if kind == "C":
                pdf.set_font("DejaVu", "B", 11.5)
                pdf.multi_cell(W, 6, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            elif kind == "c":
                pdf.set_font("DejaVu", "B", 10.5)
                pdf.multi_cell(W, 5.5, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(2)
            elif kind == "i":
                pdf.set_font("DejaVu", "", 9.5)
                pdf.multi_cell(W, 5, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(2)
            elif kind == "B":
                pdf.set_font("DejaVu", "B", 10.5)
                pdf.multi_cell(W, 5.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                pdf.set_font("DejaVu", "", 10)
                pdf.multi_cell(W, 5.1, text, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(0.8)

    pdf.add_page()
    header()
    block(RG03_QD)
    pdf.ln(4)
    y0 = pdf.get_y()
    if y0 > pdf.h - 52:
        pdf.add_page()
        y0 = pdf.get_y()
    for i, line in enumerate(RG03_NOINHAN):
        pdf.set_font("DejaVu", "B" if i == 0 else "", 9)
        pdf.set_xy(pdf.l_margin, y0 + i * 4.8)
        pdf.cell(80, 4.8, line)
    for i, line in enumerate(RG03_SIGN):
        pdf.set_font("DejaVu", "B" if i != 1 else "", 10.5)
        pdf.set_xy(pdf.l_margin + 90, y0 + [0, 14, 30][i])
        pdf.cell(W - 90, 6, line, align="C")
    pdf.add_page()
    header()
    block(RG03_QC)
    pdf.output(path)


# ---------------------------------------------------------------------------
# rg04 — Báo cáo của Ban Tuyên giáo và Dân vận Tỉnh ủy (md, Markdown tables)
# ---------------------------------------------------------------------------
RG04_NAME = "rg04_bc_btgdv.md"
RG04_TEXT = """\
TỈNH ỦY TÂN CHÂU THƯỢNG  
BAN TUYÊN GIÁO VÀ DÂN VẬN  
Số 215-BC/BTGDVTU

ĐẢNG CỘNG SẢN VIỆT NAM  
Tân Châu Thượng, ngày 12 tháng 12 năm 2025

# BÁO CÁO

## Kết quả công tác tuyên truyền về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2025; phương hướng, nhiệm vụ năm 2026

-----

Thực hiện Chương trình hành động số 41-CTr/TU ngày 18/3/2025 của Ban Thường vụ Tỉnh ủy và hướng dẫn của Ban Tuyên giáo và Dân vận Trung ương, Ban Tuyên giáo và Dân vận Tỉnh ủy báo cáo kết quả công tác tuyên truyền năm 2025 như sau:

## I. KẾT QUẢ THỰC HIỆN

### 1. Công tác lãnh đạo, chỉ đạo, quán triệt

Ban Tuyên giáo và Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến học tập, quán triệt Nghị quyết của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số vào ngày 08/4/2025, với 1.240 đại biểu dự tại 96 điểm cầu. Sau hội nghị, 100% chi bộ trực thuộc tổ chức sinh hoạt chuyên đề; 37/37 đảng bộ trực thuộc Tỉnh ủy xây dựng chương trình, kế hoạch thực hiện.

Ban biên soạn và phát hành 3.500 cuốn tài liệu hỏi - đáp về khoa học, công nghệ và chuyển đổi số, cấp phát đến chi bộ ở ấp, khu phố; phối hợp tổ chức 04 hội nghị báo cáo viên chuyên đề với sự tham gia của các chuyên gia đến từ Sở Khoa học và Công nghệ, Trường Cao đẳng Tân Châu Thượng.

### 2. Kết quả tuyên truyền trên các phương tiện

| TT | Hình thức tuyên truyền | Đơn vị thực hiện | Kết quả năm 2025 | So với năm 2024 |
|---|---|---|---|---|
| 1 | Tin, bài, phóng sự trên báo in, báo điện tử, phát thanh, truyền hình | Báo và Phát thanh, Truyền hình Tân Châu Thượng | 312 tin, bài; 46 phóng sự | Tăng 38% |
| 2 | Bản tin nội bộ “Thông tin sinh hoạt chi bộ” | Ban Tuyên giáo và Dân vận Tỉnh ủy | 12 số; 9.600 cuốn | Tương đương |
| 3 | Hội nghị báo cáo viên chuyên đề | Ban Tuyên giáo và Dân vận Tỉnh ủy | 04 hội nghị; 1.050 lượt người dự | Tăng 02 hội nghị |
| 4 | Trang “Tân Châu Thượng số” trên mạng xã hội | Sở Văn hóa, Thể thao và Du lịch | 1,8 triệu lượt tiếp cận | Tăng 2,1 lần |
| 5 | Hệ thống truyền thanh cơ sở | UBND các xã, phường | 5.420 lượt phát | Chưa thống kê |
| 6 | Pano, áp phích, băng rôn cổ động | UBND các xã, phường | 860 pano, băng rôn | Tăng 15% |
| 7 | Lớp phổ cập kỹ năng số “Bình dân học vụ số” | Tỉnh đoàn, Ủy ban MTTQ Việt Nam tỉnh | 182 lớp; 9.470 học viên | Nội dung mới |

### 3. Kết quả tại một số xã, phường chọn làm điểm

Qua theo dõi, kết quả phổ cập kỹ năng số và tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến năm 2025 tại 05 xã, phường chọn làm điểm như sau:

| Xã, phường | Số lớp phổ cập kỹ năng số | Số học viên | Tỷ lệ hồ sơ nộp trực tuyến |
|---|---|---|---|
| Phường Vàm Láng | 24 | 1.310 | 71,5% |
| Xã Giồng Sao | 11 | 486 | 58,2% |
| Xã Rạch Điều | 9 | 402 | 49,6% |
| Xã Láng Cò | 7 | 295 | 44,0% |
| Xã Cù Bàn | 5 | 188 | 37,3% |

### 4. Hạn chế và nguyên nhân

- Kết quả giữa các địa phương chưa đồng đều; tỷ lệ hồ sơ nộp trực tuyến tại xã Cù Bàn mới đạt 37,3%, thấp nhất trong các xã điểm.
- Nội dung tuyên truyền có lúc còn khô cứng, chưa hấp dẫn giới trẻ; đội ngũ báo cáo viên cơ sở còn thiếu kiến thức chuyên sâu về trí tuệ nhân tạo, dữ liệu số.
- Việc nhận diện, đấu tranh với thông tin sai lệch, lừa đảo trực tuyến liên quan đến công nghệ có lúc chưa kịp thời.
- Nguyên nhân chủ yếu: một số cấp ủy chưa quan tâm đúng mức; kinh phí cho công tác tuyên truyền còn hạn hẹp (năm 2025 chỉ bố trí 420 triệu đồng); hạ tầng mạng tại vùng sâu, vùng ven sông chưa ổn định.

## II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

1. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì tái bản, bổ sung tài liệu hỏi - đáp với số lượng 5.000 cuốn, phát hành trước ngày 30/4/2026; tổ chức 02 lớp bồi dưỡng kiến thức về trí tuệ nhân tạo cho báo cáo viên cấp tỉnh và cơ sở trong quý II/2026.
2. Đề nghị Đảng ủy các xã, phường chỉ đạo chi bộ đưa nội dung về khoa học, công nghệ và chuyển đổi số vào sinh hoạt chi bộ định kỳ ít nhất 01 lần mỗi quý; chú trọng các xã có tỷ lệ hồ sơ trực tuyến dưới 50%.
3. Đề nghị Đảng ủy UBND tỉnh lãnh đạo Sở Khoa học và Công nghệ, Sở Văn hóa, Thể thao và Du lịch phối hợp cung cấp thông tin chính thống, kịp thời phản bác thông tin sai lệch trên không gian mạng.
4. Báo và Phát thanh, Truyền hình Tân Châu Thượng duy trì chuyên mục “Khoa học - Sáng tạo - Chuyển đổi số” với tần suất 02 kỳ/tháng; tăng thời lượng phát trên nền tảng số.
5. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và Tỉnh đoàn phối hợp nhân rộng mô hình “Đoàn viên số”, phấn đấu năm 2026 mở 250 lớp “Bình dân học vụ số” với 12.000 học viên.
6. Tổ chức Cuộc thi trực tuyến “Tìm hiểu về khoa học, công nghệ và chuyển đổi số” trên địa bàn tỉnh từ ngày 15/5/2026 đến ngày 15/7/2026; Ban Tuyên giáo và Dân vận Tỉnh ủy là cơ quan thường trực cuộc thi.

## III. ĐỀ XUẤT, KIẾN NGHỊ

1. Đề nghị Ban Tuyên giáo và Dân vận Trung ương sớm ban hành tài liệu tuyên truyền thống nhất về trí tuệ nhân tạo và an ninh dữ liệu.
2. Đề nghị Thường trực Tỉnh ủy chỉ đạo UBND tỉnh bố trí 650 triệu đồng cho công tác tuyên truyền về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2026.

-----

Nơi nhận:

- Ban Tuyên giáo và Dân vận Trung ương (b/c),
- Thường trực Tỉnh ủy (b/c),
- Đảng ủy UBND tỉnh,
- Đảng ủy các xã, phường,
- Lãnh đạo Ban,
- Lưu Văn phòng Ban.

K/T TRƯỞNG BAN  
PHÓ TRƯỞNG BAN  
(đã ký)  
Lư Minh Đạt
"""


def build_rg04(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(RG04_TEXT))


# ---------------------------------------------------------------------------
# rg05 — Thông báo kết luận của Tỉnh đoàn (txt, schedule as a pipe table)
# ---------------------------------------------------------------------------
RG05_NAME = "rg05_tb_tinhdoan.txt"
RG05_TEXT = """\
BAN CHẤP HÀNH ĐOÀN TỈNH TÂN CHÂU THƯỢNG
***
Số: 172-TB/TĐTN-VP

ĐOÀN TNCS HỒ CHÍ MINH
Tân Châu Thượng, ngày 20 tháng 01 năm 2026

THÔNG BÁO
Kết luận của đồng chí Bí thư Tỉnh đoàn tại cuộc họp triển khai Chiến dịch tình nguyện “Đoàn viên số - Đồng hành cùng người dân” năm 2026
-----

Chiều ngày 16/01/2026, tại Phòng họp số 2, Tỉnh đoàn, đồng chí Kiều Anh Khoa, Bí thư Tỉnh đoàn chủ trì cuộc họp triển khai Chiến dịch tình nguyện “Đoàn viên số - Đồng hành cùng người dân” năm 2026 (sau đây gọi là Chiến dịch). Dự họp có các đồng chí Phó Bí thư Tỉnh đoàn; Trưởng, Phó các ban, Văn phòng Tỉnh đoàn; đại diện Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo; Bí thư Đoàn các xã, phường: Vàm Láng, Giồng Sao, Rạch Điều, Láng Cò, Cù Bàn, Đồng Lựu, Mương Khai.

Sau khi nghe Ban Phong trào Tỉnh đoàn báo cáo dự thảo Kế hoạch Chiến dịch và ý kiến phát biểu của các đại biểu, đồng chí Bí thư Tỉnh đoàn kết luận như sau:

1. Đánh giá chung

Năm 2025, các cơ sở Đoàn phối hợp mở 182 lớp “Bình dân học vụ số” với 9.470 học viên; hỗ trợ 21.300 lượt người dân sử dụng dịch vụ công trực tuyến. Tuy nhiên, lực lượng đoàn viên tham gia chưa đồng đều; một số cơ sở Đoàn ở xã Cù Bàn, xã Mương Khai chưa duy trì hoạt động thường xuyên; việc báo cáo kết quả của nhiều cơ sở còn chậm, số liệu chưa khớp với số liệu của Tổ công nghệ số cộng đồng.

2. Chỉ tiêu Chiến dịch năm 2026

- Mỗi cơ sở Đoàn xã, phường thành lập ít nhất 01 đội hình “Đoàn viên số” từ 10 đến 15 đoàn viên.
- Hỗ trợ 25.000 lượt người dân cài đặt, sử dụng VNeID và dịch vụ công trực tuyến; hỗ trợ 3.000 hộ kinh doanh tạo mã QR thanh toán.
- Mở mới 250 lớp “Bình dân học vụ số” trong năm 2026, trong đó đợt 1 (tháng 3/2026) tối thiểu 80 lớp.

3. Phân công thực hiện

3.1. Ban Phong trào Tỉnh đoàn chủ trì hoàn chỉnh Kế hoạch Chiến dịch, trình Thường trực Tỉnh đoàn ban hành trước ngày 31/01/2026; theo dõi, tổng hợp kết quả từng đợt và đề xuất khen thưởng.

3.2. Ban Tuyên giáo - Thiếu nhi Tỉnh đoàn có trách nhiệm thiết kế bộ nhận diện Chiến dịch; đăng tải tin, bài trên trang “Tuổi trẻ Tân Châu Thượng” tối thiểu 03 tin, bài mỗi tuần trong tháng 3/2026.

3.3. Văn phòng Tỉnh đoàn lập dự toán kinh phí Chiến dịch 185 triệu đồng, trong đó vận động tài trợ 60 triệu đồng; chuẩn bị hậu cần cho lễ ra quân cấp tỉnh.

3.4. Đoàn Trường Cao đẳng Tân Châu Thượng huy động 120 sinh viên tình nguyện, chia thành 12 đội, tăng cường cho các xã Cù Bàn, Mương Khai, Láng Cò trong suốt tháng 3/2026.

3.5. Đoàn các xã, phường khảo sát nhu cầu, lập danh sách người cao tuổi, hộ kinh doanh cần hỗ trợ; phối hợp với Tổ công nghệ số cộng đồng thống nhất số liệu; gửi báo cáo kết quả đợt 1 về Ban Phong trào Tỉnh đoàn trước ngày 05/4/2026.

3.6. Đề nghị Sở Khoa học và Công nghệ hỗ trợ tài liệu và cử 02 báo cáo viên tham gia tập huấn cho đội hình cấp tỉnh; đề nghị Sở Giáo dục và Đào tạo tạo điều kiện để đoàn viên, học sinh các trường trung học phổ thông tham gia Chiến dịch vào các ngày cuối tuần.

4. Lịch triển khai đợt 1

| Thời gian | Nội dung | Địa điểm | Đơn vị thực hiện |
|---|---|---|---|
| 8 giờ 00, thứ Ba, 24/02/2026 | Tập huấn đội hình “Đoàn viên số” cấp tỉnh | Hội trường Tỉnh đoàn | Ban Phong trào Tỉnh đoàn |
| 6 giờ 30, Chủ nhật, 01/3/2026 | Lễ ra quân Chiến dịch cấp tỉnh | Công viên Bờ Sông, phường Vàm Láng | Văn phòng Tỉnh đoàn; Đoàn phường Vàm Láng |
| Từ ngày 01/3 đến ngày 31/3/2026 | Hỗ trợ người dân tại ấp, khu phố | Nhà văn hóa ấp, khu phố | Đoàn các xã, phường |
| 19 giờ 00, thứ Năm, 26/3/2026 | Tuyên dương 95 “Đoàn viên số tiêu biểu” nhân kỷ niệm 95 năm Ngày thành lập Đoàn | Nhà Văn hóa Thanh niên tỉnh | Ban Tuyên giáo - Thiếu nhi Tỉnh đoàn |
| Trước ngày 05/4/2026 | Báo cáo kết quả đợt 1 | Gửi qua thư điện tử | Đoàn các xã, phường |

Đầu mối liên hệ: đồng chí Ông Thị Bích Liên, Phó Trưởng Ban Phong trào Tỉnh đoàn, điện thoại 0939 661 275, thư điện tử phongtrao.tinhdoan@tanchauthuong.gov.vn.

Ban Thường vụ Tỉnh đoàn thông báo để các ban, Văn phòng Tỉnh đoàn và các cơ sở Đoàn biết, thực hiện./.

Nơi nhận:
- Trung ương Đoàn (b/c);
- Thường trực Tỉnh ủy (b/c);
- Ban Tuyên giáo và Dân vận Tỉnh ủy;
- Sở KH&CN, Sở GD&ĐT;
- Các đ/c Ủy viên BTV Tỉnh đoàn;
- Các cơ sở Đoàn trực thuộc;
- Lưu: VP, BPT.

TL. BAN THƯỜNG VỤ TỈNH ĐOÀN
CHÁNH VĂN PHÒNG
(Đã ký)
Quách Gia Bảo
"""


def build_rg05(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(RG05_TEXT))


# ---------------------------------------------------------------------------
# Questions (questions.jsonl) and who-what gold (who_what.jsonl)
# ---------------------------------------------------------------------------
F1, F2, F3, F4, F5 = RG01_NAME, RG02_NAME, RG03_NAME, RG04_NAME, RG05_NAME

# each entry: (kind, answerable, question, [(file, quote), ...], [keywords], extra)
# extra: {"h": "<label of earlier question>"} for follow-ups, {"a": [...]} for actors,
#        {"l": "<label>"} to name a question that a follow-up refers to.
Q = [
    # ---- rg01: KH 86/KH-UBND ----
    ("factoid", True, "KH 86 của UBND tỉnh dự kiến tổng kinh phí năm 2026 là bao nhiêu?",
     [(F1, "Tổng kinh phí dự kiến thực hiện Kế hoạch năm 2026 là 23,4 tỷ đồng")], ["23,4 tỷ đồng"], {"l": "a1"}),
    ("follow-up", True, "Trong đó ngân sách tỉnh bao nhiêu, xã hội hóa bao nhiêu?",
     [(F1, "ngân sách tỉnh 18,6 tỷ đồng"),
      (F1, "nguồn xã hội hóa, đóng góp của doanh nghiệp khoảng 4,8 tỷ đồng")], ["18,6 tỷ đồng", "4,8 tỷ đồng"],
     {"h": "a1"}),
    ("unanswerable", False, "Kế hoạch phát triển KH,CN, đổi mới sáng tạo và CĐS của tỉnh năm 2027 dự kiến kinh phí bao nhiêu?",
     [], [], {}),
    ("who-what", True, "Sở Tài chính phải làm gì theo kế hoach 86/KH-UBND?",
     [(F1, "Sở Tài chính có trách nhiệm tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch"),
      (F1, "Thẩm định dự toán, bố trí kinh phí thực hiện Kế hoạch")], ["bố trí kinh phí"], {"a": ["Sở Tài chính"]}),
    ("abbreviation", True, "Sở TC phải xong việc thẩm định dự toán KH 86 trong tháng mấy?",
     [(F1, "Thẩm định dự toán, bố trí kinh phí thực hiện Kế hoạch"), (F1, "Hoàn thành trong tháng 02/2026")],
     ["tháng 02/2026"], {}),
    ("who-what", True, "Sở Nội vụ được giao nhiệm vụ gì trong kế hoạch triển khai KH,CN, ĐMST và CĐS năm 2026 của tỉnh?",
     [(F1, "Tham mưu đưa kết quả thực hiện Kế hoạch vào tiêu chí đánh giá, xếp loại chất lượng cơ quan, đơn vị")],
     ["tiêu chí đánh giá"], {"a": ["Sở Nội vụ"]}),
    ("factoid", True, "Cơ quan nào làm thường trực theo dõi việc thực hiện KH 86?",
     [(F1, "Sở Khoa học và Công nghệ: Là cơ quan thường trực")], ["Sở Khoa học và Công nghệ"], {"l": "a8"}),
    ("follow-up", True, "Vậy báo cáo định kỳ gửi UBND tỉnh vào lúc nào?",
     [(F1, "báo cáo UBND tỉnh định kỳ hằng quý (trước ngày 20 của tháng cuối quý)")],
     ["trước ngày 20 của tháng cuối quý"], {"h": "a8"}),
    ("who-what", True, "UBND các xã, phường phải làm gì theo kế hoạch của tỉnh, hạn ban hành kế hoạch ở địa phương là bao giờ?",
     [(F1, "Ban hành kế hoạch thực hiện tại địa phương trước ngày 28/02/2026"),
      (F1, "chỉ đạo Tổ công nghệ số cộng đồng hỗ trợ người dân sử dụng dịch vụ công trực tuyến")],
     ["28/02/2026"], {"a": ["Ủy ban nhân dân các xã, phường"]}),
    ("list", True, "Kế hoạch của tỉnh đặt chỉ tiêu gì về giáo dục STEM và số nhiệm vụ KH&CN cấp tỉnh năm 2026?",
     [(F1, "ít nhất 70% trường trung học tổ chức hoạt động giáo dục STEM tối thiểu 01 lần mỗi học kỳ"),
      (F1, "Triển khai tối thiểu 14 nhiệm vụ khoa học và công nghệ cấp tỉnh")], ["70%", "14 nhiệm vụ"], {}),
    ("no-diacritics", True, "can bo dau moi lien he ve KH 86 la ai, so dien thoai bao nhieu",
     [(F1, "ông Huỳnh Tấn Lực, Trưởng phòng Quản lý công nghệ và Chuyển đổi số"), (F1, "điện thoại: 0913 472 816")],
     ["Huỳnh Tấn Lực", "0913 472 816"], {}),
    ("metadata", True, "Kế hoạch 86/KH-UBND ban hành ngày nào, ai ký?",
     [(F1, "Tân Châu Thượng, ngày 14 tháng 01 năm 2026"), (F1, "PHÓ CHỦ TỊCH (Đã ký) Phạm Quang Vĩ")],
     ["14 tháng 01 năm 2026", "Phạm Quang Vĩ"], {}),
    ("metadata", True, "KH 86 căn cứ vào những văn bản nào?",
     [(F1, "Căn cứ Chương trình hành động số 41-CTr/TU ngày 18/3/2025 của Ban Thường vụ Tỉnh ủy"),
      (F1, "Tờ trình số 12/TTr-SKHCN ngày 06/01/2026")], ["41-CTr/TU", "12/TTr-SKHCN"], {}),
    ("unanswerable", False, "KH 86 giao Sở Y tế nhiệm vụ gì?", [], [], {}),
    ("no-diacritics", True, "dai truyen thanh xa phai phat noi dung ky nang so may lan moi tuan",
     [(F1, "phổ biến kiến thức, kỹ năng số tối thiểu 02 lần mỗi tuần")], ["02 lần mỗi tuần"], {"l": "a17"}),
    ("follow-up", True, "Cơ quan nào hướng dẫn các đài làm việc này?",
     [(F1, "Giao Sở Văn hóa, Thể thao và Du lịch chủ trì"), (F1, "hướng dẫn đài truyền thanh các xã, phường")],
     ["Sở Văn hóa, Thể thao và Du lịch"], {"h": "a17"}),
    ("abbreviation", True, "Chỉ tiêu 2026 có bao nhiêu lượt người dân, HS học kỹ năng số trên nền tảng Bình dân học vụ số?",
     [(F1, "Có tối thiểu 60.000 lượt người dân, học sinh tham gia học tập kỹ năng số cơ bản")], ["60.000"], {}),
    ("who-what", True, "MTTQ tỉnh và các tổ chức chính trị - xã hội được đề nghị làm gì theo KH của UBND tỉnh?",
     [(F1, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp"),
      (F1, "tuyên truyền, vận động hội viên, đoàn viên và Nhân dân tham gia phong trào “Bình dân học vụ số”")],
     ["Bình dân học vụ số"], {"a": ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]}),
    ("unanswerable", False, "Theo KH 86, tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình năm 2026 phải đạt bao nhiêu %?",
     [], [], {}),
    ("who-what", True, "Báo và PT, TH Tân Châu Thượng chủ trì việc gì trong KH 86, hạn bao giờ?",
     [(F1, "Mở chuyên mục “Khoa học - Sáng tạo - Chuyển đổi số” trên sóng phát thanh, truyền hình và báo điện tử"),
      (F1, "Trước ngày 31/3/2026")], ["31/3/2026"], {"a": ["Báo và Phát thanh, Truyền hình Tân Châu Thượng"]}),
    ("unanswerable", False, "Quyết định thành lập Trung tâm Đổi mới sáng tạo tỉnh là quyết định số mấy?", [], [], {}),
    ("unanswerable", False, "Tỉnh đoàn được phân bổ bao nhiêu tỷ đồng từ kinh phí KH 86?", [], [], {}),
    ("unanswerable", False, "Năm 2025 tỷ lệ trường THCS trong tỉnh dùng học bạ số là bao nhiêu?", [], [], {}),

    # ---- rg02: CV 1127/SGDĐT-GDTrH ----
    ("factoid", True, "Ngày hội STEM cấp tỉnh năm học 2025-2026 tổ chức hôm nào, ở trường nào?",
     [(F2, "thứ Bảy, ngày 28/3/2026"), (F2, "Trường THPT chuyên Tân Châu Thượng, số 27 đường Trần Khánh Dư")],
     ["28/3/2026", "Trường THPT chuyên Tân Châu Thượng"], {"l": "b1"}),
    ("follow-up", True, "Mấy giờ khai mạc?", [(F2, "khai mạc lúc 7 giờ 30 phút")], ["7 giờ 30 phút"], {"h": "b1"}),
    ("no-diacritics", True, "so GD&DT ho tro moi gian trung bay STEM bao nhieu tien",
     [(F2, "Sở GD&ĐT hỗ trợ 3.000.000 đồng cho mỗi gian trưng bày")], ["3.000.000 đồng"], {}),
    ("list", True, "Cơ cấu giải thưởng cuộc thi sáng tạo thanh thiếu niên nhi đồng cấp tỉnh gồm những giải nào?",
     [(F2, "01 giải nhất trị giá 5.000.000 đồng; 03 giải nhì, mỗi giải 3.000.000 đồng; 05 giải ba"),
      (F2, "10 giải khuyến khích, mỗi giải 1.000.000 đồng")], ["giải nhất", "giải nhì", "10 giải khuyến khích"],
     {"l": "b4"}),
    ("follow-up", True, "Thế giải ba mỗi giải được bao nhiêu?", [(F2, "05 giải ba, mỗi giải 2.000.000 đồng")],
     ["2.000.000 đồng"], {"h": "b4"}),
    ("unanswerable", False, "Giải đặc biệt của cuộc thi sáng tạo thanh thiếu niên, nhi đồng năm học 2025-2026 trị giá bao nhiêu?",
     [], [], {}),
    ("no-diacritics", True, "han gui danh sach dang ky gian trung bay va san pham du thi ngay hoi STEM la khi nao",
     [(F2, "trước 17 giờ 00 ngày 06/3/2026")], ["06/3/2026"], {"l": "b6"}),
    ("follow-up", True, "Còn hồ sơ bản giấy thì nộp chậm nhất hôm nào, nộp về đâu?",
     [(F2, "Nộp hồ sơ sản phẩm (bản giấy) về Phòng Giáo dục Trung học, Sở GD&ĐT chậm nhất ngày 13/3/2026")],
     ["13/3/2026", "Phòng Giáo dục Trung học"], {"h": "b6"}),
    ("who-what", True, "Trường THPT chuyên Tân Châu Thượng phải chuẩn bị những gì cho Ngày hội STEM?",
     [(F2, "chuẩn bị địa điểm, 40 gian trưng bày, hệ thống điện, đường truyền internet"),
      (F2, "bố trí 30 học sinh làm tình nguyện viên")], ["40 gian trưng bày", "30 học sinh"],
     {"a": ["Trường THPT chuyên Tân Châu Thượng"]}),
    ("who-what", True, "Phòng VH-XH các xã phường có nhiệm vụ gì theo CV 1127?",
     [(F2, "thông báo đến các trường trung học cơ sở trên địa bàn; lựa chọn trường tiêu biểu tham gia Ngày hội")],
     ["trường tiêu biểu"], {"a": ["Phòng Văn hóa - Xã hội các xã, phường"]}),
    ("metadata", True, "Công văn của Sở GD&ĐT về Ngày hội STEM số bao nhiêu, ban hành ngày nào?",
     [(F2, "Số: 1127/SGDĐT-GDTrH Tân Châu Thượng, ngày 09 tháng 02 năm 2026")],
     ["1127/SGDĐT-GDTrH", "09 tháng 02 năm 2026"], {}),
    ("metadata", True, "CV 1127 gửi những đơn vị nào?",
     [(F2, "Phòng Văn hóa - Xã hội các xã, phường;"),
      (F2, "Các trường trung học phổ thông, trường phổ thông có nhiều cấp học"),
      (F2, "Các trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên")],
     ["Phòng Văn hóa - Xã hội", "trung học phổ thông", "Giáo dục thường xuyên"], {}),
    ("unanswerable", False, "CV 1128/SGDĐT-GDTrH của Sở GD&ĐT hướng dẫn nội dung gì?", [], [], {}),
    ("no-diacritics", True, "hoc sinh lop may duoc thi sang tao thanh thieu nien nhi dong, moi san pham toi da may tac gia",
     [(F2, "học sinh từ lớp 6 đến lớp 12"), (F2, "Mỗi sản phẩm có không quá 02 tác giả và 01 giáo viên hướng dẫn")],
     ["lớp 6 đến lớp 12", "02 tác giả"], {}),
    ("who-what", True, "Theo công văn STEM của Sở GD&ĐT, Tỉnh đoàn và Liên hiệp các Hội KH&KT tỉnh được đề nghị làm gì?",
     [(F2, "cử chuyên gia tham gia Ban Giám khảo"),
      (F2, "phối hợp tổ chức hoạt động trải nghiệm khoa học cho học sinh tiểu học")],
     ["Ban Giám khảo", "học sinh tiểu học"], {"a": ["Tỉnh đoàn", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"]}),
    ("unanswerable", False, "Lịch chấm phúc khảo cuộc thi sáng tạo thanh thiếu niên nhi đồng là ngày nào?", [], [], {}),
    ("no-diacritics", True, "so khao cuoc thi sang tao cham tu ngay nao den ngay nao",
     [(F2, "chấm sơ khảo từ ngày 16/3/2026 đến ngày 20/3/2026")], ["16/3/2026", "20/3/2026"], {}),
    ("abbreviation", True, "Các trường THPT, TT GDNN-GDTX phải tổ chức xong vòng thi cấp trường trước ngày nào?",
     [(F2, "Các trường tổ chức vòng thi cấp trường xong trước ngày 28/02/2026")], ["28/02/2026"], {}),
    ("unanswerable", False, "CV 1127 yêu cầu mỗi trường THCS gửi tối thiểu mấy sản phẩm dự thi?", [], [], {}),
    ("abbreviation", True, "SĐT và email của chuyên viên đầu mối ở Sở GD&ĐT về Ngày hội STEM?",
     [(F2, "bà Tăng Ngọc Trâm, chuyên viên Phòng Giáo dục Trung học"), (F2, "điện thoại 0987 315 604"),
      (F2, "tntram.sgddt@tanchauthuong.edu.vn")],
     ["Tăng Ngọc Trâm", "0987 315 604", "tntram.sgddt@tanchauthuong.edu.vn"], {}),
    ("unanswerable", False, "Cuộc thi sáng tạo thanh thiếu niên nhi đồng năm học 2024-2025 có bao nhiêu sản phẩm đạt giải?",
     [], [], {}),
    ("unanswerable", False, "kinh phi to chuc ngay hoi STEM cap tinh tong cong bao nhieu", [], [], {}),

    # ---- rg03: QĐ 245/QĐ-UBND + Quy chế ----
    ("factoid", True, "Tổ công nghệ số cộng đồng xã Giồng Sao gồm bao nhiu thành viên?",
     [(F3, "Giồng Sao (sau đây gọi tắt là Tổ) gồm 11 thành viên")], ["11 thành viên"], {"l": "c1"}),
    ("follow-up", True, "Ai làm tổ trưởng?", [(F3, "Ông Châu Văn Sang, Phó Chủ tịch UBND xã - Tổ trưởng")],
     ["Châu Văn Sang"], {"h": "c1"}),
    ("no-diacritics", True, "to cong nghe so cong dong xa giong sao hop dinh ky ngay nao hang thang, o dau",
     [(F3, "Tổ họp định kỳ vào ngày 25 hằng tháng tại Hội trường UBND xã")],
     ["ngày 25 hằng tháng", "Hội trường UBND xã"], {}),
    ("factoid", True, "Thành viên Tổ CNSCĐ xã Giồng Sao được hỗ trợ bao nhiêu tiền mỗi tháng?",
     [(F3, "Mỗi thành viên Tổ được hỗ trợ 200.000 đồng/tháng")], ["200.000 đồng/tháng"], {"l": "c4"}),
    ("follow-up", True, "Còn nhóm hỗ trợ ở ấp thì sao?",
     [(F3, "mỗi nhóm hỗ trợ công nghệ số tại ấp được hỗ trợ 300.000 đồng/buổi, tối đa 04 buổi/tháng")],
     ["300.000 đồng/buổi", "04 buổi/tháng"], {"h": "c4"}),
    ("metadata", True, "QĐ 245/QĐ-UBND của xã Giồng Sao ký ngày nào, ai ký?",
     [(F3, "Giồng Sao, ngày 03 tháng 3 năm 2026"), (F3, "CHỦ TỊCH (Đã ký) Nguyễn Hữu Tường")],
     ["03 tháng 3 năm 2026", "Nguyễn Hữu Tường"], {}),
    ("no-diacritics", True, "qd 245 cua xa giong sao thay the quyet dinh nao",
     [(F3, "thay thế Quyết định số 131/QĐ-UBND ngày 15/8/2025")], ["131/QĐ-UBND"], {}),
    ("who-what", True, "Trưởng ấp là thành viên Tổ CNSCĐ phải làm gì?",
     [(F3, "Trưởng ấp thành lập ít nhất 01 nhóm hỗ trợ công nghệ số tại ấp gồm từ 03 đến 05 người")],
     ["01 nhóm hỗ trợ công nghệ số", "03 đến 05 người"], {"a": ["Trưởng ấp"], "l": "c8"}),
    ("follow-up", True, "vay nhom do ho tro dan vao luc nao?",
     [(F3, "tại nhà văn hóa ấp vào tối thứ Năm hằng tuần, từ 19 giờ 00 đến 21 giờ 00")],
     ["tối thứ Năm hằng tuần", "19 giờ 00 đến 21 giờ 00"], {"h": "c8"}),
    ("who-what", True, "Tổ phó thường trực của Tổ công nghệ số xã Giồng Sao phải báo cáo gì, gửi ai, hạn nào?",
     [(F3, "xây dựng báo cáo hằng quý gửi Phòng Văn hóa - Xã hội xã trước ngày 18 của tháng cuối quý")],
     ["trước ngày 18 của tháng cuối quý", "Phòng Văn hóa - Xã hội xã"], {"a": ["Tổ phó thường trực"]}),
    ("list", True, "Quy chế Tổ CNSCĐ Giồng Sao đặt những chỉ tiêu gì cho năm 2026?",
     [(F3, "Hỗ trợ tối thiểu 1.500 người dân kích hoạt tài khoản định danh điện tử mức 2"),
      (F3, "80% hộ kinh doanh cá thể trên địa bàn xã sử dụng mã QR"),
      (F3, "Tổ chức 06 lớp phổ cập kỹ năng số, mỗi lớp không quá 40 học viên")], ["1.500", "80%", "06 lớp"], {}),
    ("unanswerable", False, "Tổ công nghệ số cộng đồng xã Rạch Điều có bao nhiêu thành viên?", [], [], {}),
    ("unanswerable", False, "Kinh phí hoạt động của Tổ CNSCĐ xã Giồng Sao năm 2025 là bao nhiêu?", [], [], {}),
    ("no-diacritics", True, "tong kinh phi cho to cong nghe so cong dong xa giong sao nam 2026",
     [(F3, "chuyển đổi số năm 2026 với tổng mức 96 triệu đồng")], ["96 triệu đồng"], {}),
    ("who-what", True, "Hiệu trưởng Trường THCS Giồng Sao có nhiệm vụ gì trong tổ công nghệ số xã?",
     [(F3, "bố trí phòng máy tính của trường phục vụ lớp phổ cập kỹ năng số vào chiều thứ Bảy hằng tuần")],
     ["phòng máy tính", "chiều thứ Bảy"], {"a": ["Hiệu trưởng Trường THCS Giồng Sao"]}),
    ("abbreviation", True, "SĐT của tổ phó thường trực Tổ CNSCĐ xã Giồng Sao là gì?",
     [(F3, "bà Kha Thị Nguyệt, điện thoại 0868 204 319")], ["0868 204 319"], {}),
    ("abbreviation", True, "Theo QC kèm QĐ 245, thành viên Tổ có được giữ mật khẩu, mã OTP của dân không?",
     [(F3, "không thu giữ, không sử dụng thông tin cá nhân, mật khẩu, mã OTP của người dân")],
     ["không thu giữ"], {}),
    ("unanswerable", False, "Email của ông Châu Văn Sang, tổ trưởng tổ công nghệ số xã Giồng Sao là gì?", [], [], {}),

    # ---- rg04: BC 215-BC/BTGDVTU ----
    ("factoid", True, "Hội nghị quán triệt Nghị quyết của BCT về KH,CN, ĐMST và CĐS ở tỉnh tổ chức ngày nào, bao nhiêu đại biểu?",
     [(F4, "vào ngày 08/4/2025, với 1.240 đại biểu dự tại 96 điểm cầu")], ["08/4/2025", "1.240 đại biểu"], {}),
    ("factoid", True, "Năm 2025 Báo và PT, TH tỉnh đăng được bao nhiêu tin bài, phóng sự về KH,CN và CĐS?",
     [(F4, "Tin, bài, phóng sự trên báo in, báo điện tử, phát thanh, truyền hình"), (F4, "312 tin, bài; 46 phóng sự")],
     ["312 tin, bài", "46 phóng sự"], {}),
    ("factoid", True, "Tỷ lệ hồ sơ nộp trực tuyến năm 2025 của phường Vàm Láng là bao nhiêu?",
     [(F4, "Phường Vàm Láng | 24 | 1.310 | 71,5%")], ["71,5%"], {"l": "d3"}),
    ("follow-up", False, "Thế xã Đồng Lựu?", [], [], {"h": "d3"}),
    ("no-diacritics", True, "xa nao co ty le ho so nop truc tuyen thap nhat trong cac xa diem",
     [(F4, "tỷ lệ hồ sơ nộp trực tuyến tại xã Cù Bàn mới đạt 37,3%, thấp nhất trong các xã điểm")],
     ["Cù Bàn", "37,3%"], {}),
    ("no-diacritics", True, "nam 2025 mo duoc bao nhieu lop binh dan hoc vu so, bao nhieu hoc vien",
     [(F4, "182 lớp; 9.470 học viên"), (F5, "mở 182 lớp “Bình dân học vụ số” với 9.470 học viên")],
     ["182 lớp", "9.470 học viên"], {}),
    ("who-what", True, "Đảng ủy các xã, phường được đề nghị làm gì năm 2026 theo báo cáo của Ban Tuyên giáo và Dân vận?",
     [(F4, "chỉ đạo chi bộ đưa nội dung về khoa học, công nghệ và chuyển đổi số vào sinh hoạt chi bộ định kỳ ít nhất 01 lần mỗi quý")],
     ["01 lần mỗi quý"], {"a": ["Đảng ủy các xã, phường"]}),
    ("factoid", True, "Tài liệu hỏi - đáp năm 2026 in bao nhiêu cuốn, phát hành trước ngày nào?",
     [(F4, "tài liệu hỏi - đáp với số lượng 5.000 cuốn, phát hành trước ngày 30/4/2026")],
     ["5.000 cuốn", "30/4/2026"], {"l": "d8"}),
    ("follow-up", True, "Năm 2025 thì phát hanh bao nhiêu cuốn?", [(F4, "phát hành 3.500 cuốn tài liệu hỏi - đáp")],
     ["3.500 cuốn"], {"h": "d8"}),
    ("factoid", True, "Cuộc thi trực tuyến tìm hiểu về KH,CN và CĐS năm 2026 diễn ra từ ngày nào đến ngày nào?",
     [(F4, "từ ngày 15/5/2026 đến ngày 15/7/2026")], ["15/5/2026", "15/7/2026"], {"l": "d10"}),
    ("follow-up", False, "Giải nhất cuộc thi đó được thưởng bao nhiêu?", [], [], {"h": "d10"}),
    ("metadata", True, "Báo cáo 215-BC/BTGDVTU ban hành ngày nào, ai ký?",
     [(F4, "Tân Châu Thượng, ngày 12 tháng 12 năm 2025"), (F4, "PHÓ TRƯỞNG BAN (đã ký) Lư Minh Đạt")],
     ["12 tháng 12 năm 2025", "Lư Minh Đạt"], {}),
    ("abbreviation", True, "BC 215 kiến nghị bố trí bao nhiêu kinh phí cho tuyên truyền về KH,CN, ĐMST, CĐS năm 2026?",
     [(F4, "bố trí 650 triệu đồng cho công tác tuyên truyền")], ["650 triệu đồng"], {"l": "d13"}),
    ("follow-up", True, "Thế năm 2025 được bố trí bao nhiêu?", [(F4, "năm 2025 chỉ bố trí 420 triệu đồng")],
     ["420 triệu đồng"], {"h": "d13"}),
    ("unanswerable", False, "BC 215 kiến nghị Bộ Khoa học và Công nghệ những gì?", [], [], {}),
    ("who-what", True, "Năm 2026 Báo và PT, TH Tân Châu Thượng phải làm gì theo BC 215?",
     [(F4, "duy trì chuyên mục “Khoa học - Sáng tạo - Chuyển đổi số” với tần suất 02 kỳ/tháng")],
     ["02 kỳ/tháng"], {"a": ["Báo và Phát thanh, Truyền hình Tân Châu Thượng"]}),
    ("no-diacritics", True, "ban tuyen giao va dan van tinh uy de xuat gi voi trung uong",
     [(F4, "sớm ban hành tài liệu tuyên truyền thống nhất về trí tuệ nhân tạo và an ninh dữ liệu")],
     ["trí tuệ nhân tạo", "an ninh dữ liệu"], {}),
    ("unanswerable", False, "Năm 2025 có bao nhiêu báo cáo viên tham gia lớp bồi dưỡng về trí tuệ nhân tạo?", [], [], {}),
    ("unanswerable", False, "Xã Mương Khai mở được bao nhiêu lớp phổ cập kỹ năng số năm 2025?", [], [], {}),

    # ---- rg05: TB 172-TB/TĐTN-VP ----
    ("factoid", True, "Lễ ra quân Chiến dịch Đoàn viên số cấp tỉnh tổ chức lúc mấy giờ, ở đâu?",
     [(F5, "6 giờ 30, Chủ nhật, 01/3/2026"), (F5, "Công viên Bờ Sông, phường Vàm Láng")],
     ["6 giờ 30", "01/3/2026", "Công viên Bờ Sông"], {}),
    ("unanswerable", False, "Lễ ra quân Chiến dịch Đoàn viên số đợt 2 tổ chức ngày nào?", [], [], {}),
    ("who-what", True, "Ban Phong trào Tỉnh đoàn được giao những việc gì?",
     [(F5, "chủ trì hoàn chỉnh Kế hoạch Chiến dịch, trình Thường trực Tỉnh đoàn ban hành trước ngày 31/01/2026")],
     ["31/01/2026"], {"a": ["Ban Phong trào Tỉnh đoàn"]}),
    ("who-what", True, "Đoàn trường CĐ Tân Châu Thượng phải huy động bao nhiêu sinh viên, tăng cường cho xã nào?",
     [(F5, "huy động 120 sinh viên tình nguyện, chia thành 12 đội, tăng cường cho các xã Cù Bàn, Mương Khai, Láng Cò")],
     ["120 sinh viên", "Cù Bàn"], {"a": ["Đoàn Trường Cao đẳng Tân Châu Thượng"]}),
    ("no-diacritics", True, "kinh phi chien dich doan vien so 2026 du toan bao nhieu",
     [(F5, "lập dự toán kinh phí Chiến dịch 185 triệu đồng")], ["185 triệu đồng"], {"l": "e6"}),
    ("follow-up", True, "Trong đó vận động tài trợ được bao nhiêu?", [(F5, "vận động tài trợ 60 triệu đồng")],
     ["60 triệu đồng"], {"h": "e6"}),
    ("metadata", True, "Thông báo kết luận về chiến dịch Đoàn viên số là số mấy, ai ký?",
     [(F5, "Số: 172-TB/TĐTN-VP ĐOÀN TNCS HỒ CHÍ MINH"), (F5, "CHÁNH VĂN PHÒNG (Đã ký) Quách Gia Bảo")],
     ["172-TB/TĐTN-VP", "Quách Gia Bảo"], {}),
    ("factoid", True, "Cuộc họp triển khai chiến dich do ai chủ trì, họp hôm nao?",
     [(F5, "Chiều ngày 16/01/2026, tại Phòng họp số 2, Tỉnh đoàn, đồng chí Kiều Anh Khoa, Bí thư Tỉnh đoàn chủ trì")],
     ["Kiều Anh Khoa", "16/01/2026"], {}),
    ("factoid", True, "Tuyên dương bao nhiêu Đoàn viên số tiêu biểu, vào hôm nào?",
     [(F5, "Tuyên dương 95 “Đoàn viên số tiêu biểu”"), (F5, "19 giờ 00, thứ Năm, 26/3/2026")],
     ["95", "26/3/2026"], {}),
    ("abbreviation", True, "Liên hệ ai ở Tỉnh đoàn về chiến dịch ĐVS, sđt bao nhiêu?",
     [(F5, "đồng chí Ông Thị Bích Liên, Phó Trưởng Ban Phong trào Tỉnh đoàn, điện thoại 0939 661 275")],
     ["Ông Thị Bích Liên", "0939 661 275"], {}),
    ("who-what", True, "Tỉnh đoàn đề nghị Sở KH&CN hỗ trợ gì cho chiến dịch?",
     [(F5, "Đề nghị Sở Khoa học và Công nghệ hỗ trợ tài liệu và cử 02 báo cáo viên tham gia tập huấn")],
     ["02 báo cáo viên"], {"a": ["Sở Khoa học và Công nghệ"], "l": "e11"}),
    ("follow-up", True, "Còn Sở GD&ĐT thì sao?",
     [(F5, "tạo điều kiện để đoàn viên, học sinh các trường trung học phổ thông tham gia Chiến dịch vào các ngày cuối tuần")],
     ["các ngày cuối tuần"], {"h": "e11"}),
    ("unanswerable", False, "Mỗi đội hình Đoàn viên số được Tỉnh đoàn hỗ trợ bao nhiêu tiền?", [], [], {}),
    ("no-diacritics", True, "chi tieu mo moi lop binh dan hoc vu so nam 2026 la bao nhieu lop",
     [(F5, "Mở mới 250 lớp “Bình dân học vụ số” trong năm 2026"),
      (F4, "mở 250 lớp “Bình dân học vụ số” với 12.000 học viên")], ["250 lớp"], {}),
    ("no-diacritics", True, "moi co so doan xa phuong phai lap doi hinh doan vien so bao nhieu nguoi",
     [(F5, "ít nhất 01 đội hình “Đoàn viên số” từ 10 đến 15 đoàn viên")], ["từ 10 đến 15 đoàn viên"], {}),
    ("who-what", True, "Ban Tuyên giáo - Thiếu nhi Tỉnh đoàn phải làm gì trong chiến dịch?",
     [(F5, "thiết kế bộ nhận diện Chiến dịch; đăng tải tin, bài trên trang “Tuổi trẻ Tân Châu Thượng” tối thiểu 03 tin, bài mỗi tuần")],
     ["bộ nhận diện", "03 tin, bài mỗi tuần"], {"a": ["Ban Tuyên giáo - Thiếu nhi Tỉnh đoàn"]}),
    ("abbreviation", True, "BTV Tỉnh đoàn tổ chức tập huấn đội hình ĐVS cấp tỉnh hôm nào, ở đâu?",
     [(F5, "8 giờ 00, thứ Ba, 24/02/2026"), (F5, "Tập huấn đội hình “Đoàn viên số” cấp tỉnh")],
     ["24/02/2026", "Hội trường Tỉnh đoàn"], {}),
    ("unanswerable", False, "Bao nhiêu sinh viên Trường Đại học Tân Châu Thượng tham gia chiến dịch Đoàn viên số?", [], [], {}),
    ("who-what", True, "Đoàn các xã phường phải gửi báo cáo kết quả đợt 1 cho ai, trước ngày nào?",
     [(F5, "gửi báo cáo kết quả đợt 1 về Ban Phong trào Tỉnh đoàn trước ngày 05/4/2026")],
     ["05/4/2026", "Ban Phong trào Tỉnh đoàn"], {"a": ["Đoàn các xã, phường"]}),
    ("unanswerable", False, "so dien thoai cua dong chi Kieu Anh Khoa bi thu tinh doan la bao nhieu", [], [], {}),
    ("unanswerable", False, "Lễ tổng kết Chiến dịch Đoàn viên số năm 2026 tổ chức ở đâu?", [], [], {}),

    # ---- corpus-level ----
    ("corpus", True, "Những văn bản nào trong bộ tài liệu thực hiện hoặc căn cứ KH 86/KH-UBND của UBND tỉnh?",
     [(F2, "Thực hiện Kế hoạch số 86/KH-UBND ngày 14/01/2026 của UBND tỉnh"),
      (F3, "Căn cứ Kế hoạch số 86/KH-UBND ngày 14/01/2026 của Ủy ban nhân dân tỉnh Tân Châu Thượng")],
     ["86/KH-UBND", "1127/SGDĐT-GDTrH", "245/QĐ-UBND"], {}),
    ("corpus", True, "Trong các văn bản, có cái nào do cấp xã ban hành không?",
     [(F3, "CHỦ TỊCH UỶ BAN NHÂN DÂN XÃ GIỒNG SAO")], ["Giồng Sao", "245/QĐ-UBND"], {}),
    ("corpus", True, "Có bao nhiêu văn bản ban hành trong năm 2025?",
     [(F4, "Tân Châu Thượng, ngày 12 tháng 12 năm 2025")], ["12 tháng 12 năm 2025", "215-BC/BTGDVTU"], {}),
    ("corpus", True, "Văn bản nào của Đoàn Thanh niên có trong bộ tài liệu, nói về việc gì?",
     [(F5, "BAN CHẤP HÀNH ĐOÀN TỈNH TÂN CHÂU THƯỢNG"),
      (F5, "Chiến dịch tình nguyện “Đoàn viên số - Đồng hành cùng người dân” năm 2026")],
     ["172-TB/TĐTN-VP", "Đoàn viên số"], {}),
    ("corpus", True, "Văn bản nào có bảng phân công nhiệm vụ kèm đơn vị chủ trì, phối hợp và thời gian hoàn thành?",
     [(F1, "TỈNH TÂN CHÂU THƯỢNG Số: 86/KH-UBND"),
      (F1, "đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành được phân công tại bảng sau")],
     ["86/KH-UBND"], {}),
]


def _a(name, role, deadline, task):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": task}


ROW4 = "Mở chuyên mục “Khoa học - Sáng tạo - Chuyển đổi số” trên sóng phát thanh, truyền hình và báo điện tử"
ROW1 = "Xây dựng, vận hành Cơ sở dữ liệu khoa học và công nghệ của tỉnh"
ROW3 = "Tổ chức Ngày hội STEM và Cuộc thi sáng tạo thanh thiếu niên, nhi đồng cấp tỉnh"
ROW8 = "Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh năm 2026"
ROW2 = "Triển khai sổ điểm điện tử, học bạ số tại 100% trường phổ thông"
WW = [
    {"id": "wrg01", "directive": "KH 86/KH-UBND", "source": F1, "actors": [
        _a("Sở Khoa học và Công nghệ", "thường trực", "trước ngày 20 của tháng cuối quý",
           "chủ trì theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch"),
        _a("Sở Khoa học và Công nghệ", "chủ trì", "Hoàn thành trong quý III/2026", ROW1),
        _a("Sở Khoa học và Công nghệ", "chủ trì", "Trước ngày 30/6/2026",
           "Tuyển chọn, giao trực tiếp nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2026"),
        _a("Sở Khoa học và Công nghệ", "chủ trì", "Trước ngày 15/12/2026", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch"),
        _a("Sở Giáo dục và Đào tạo", "chủ trì", None, "Chủ trì triển khai chuyển đổi số trong giáo dục"),
        _a("Sở Giáo dục và Đào tạo", "chủ trì", "Hoàn thành trước 31/8/2026", ROW2),
        _a("Sở Giáo dục và Đào tạo", "chủ trì", "Tổ chức trong tháng 3/2026", ROW3),
        _a("Sở Văn hóa, Thể thao và Du lịch", "chủ trì", None,
           "xây dựng kế hoạch tuyên truyền năm 2026; hướng dẫn đài truyền thanh các xã, phường"),
        _a("Sở Văn hóa, Thể thao và Du lịch", "phối hợp", "Trước ngày 31/3/2026", ROW4),
        _a("Báo và Phát thanh, Truyền hình Tân Châu Thượng", "chủ trì", "Trước ngày 31/3/2026", ROW4),
        _a("Ban Tuyên giáo và Dân vận Tỉnh ủy", "phối hợp", "Trước ngày 31/3/2026", ROW4),
        _a("Sở Tài chính", None, None, "tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch"),
        _a("Sở Tài chính", "chủ trì", "Hoàn thành trong tháng 02/2026", "Thẩm định dự toán, bố trí kinh phí thực hiện Kế hoạch"),
        _a("Sở Nội vụ", None, None, "Tham mưu đưa kết quả thực hiện Kế hoạch vào tiêu chí đánh giá"),
        _a("Ủy ban nhân dân các xã, phường", None, "trước ngày 28/02/2026",
           "Ban hành kế hoạch thực hiện tại địa phương trước ngày 28/02/2026"),
        _a("UBND các xã, phường", "chủ trì", "Thường xuyên; báo cáo hằng quý",
           "Kiện toàn Tổ công nghệ số cộng đồng; tổ chức các lớp phổ cập kỹ năng số cho người dân"),
        _a("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", "phối hợp", None,
           "tuyên truyền, vận động hội viên, đoàn viên và Nhân dân tham gia phong trào “Bình dân học vụ số”"),
        _a("Tỉnh đoàn", None, None,
           "chỉ đạo các cơ sở Đoàn thành lập đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số"),
        _a("Tỉnh đoàn", "phối hợp", "Tổ chức trong tháng 3/2026", ROW3),
        _a("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "phối hợp", "Tổ chức trong tháng 3/2026", ROW3),
        _a("Trung tâm Đổi mới sáng tạo tỉnh", "chủ trì", "Tổ chức trong tháng 10/2026", ROW8),
        _a("Sở Công Thương", "phối hợp", "Tổ chức trong tháng 10/2026", ROW8),
        _a("Trường Cao đẳng Tân Châu Thượng", "phối hợp", "Tổ chức trong tháng 10/2026", ROW8),
        _a("Văn phòng UBND tỉnh", "phối hợp", "Hoàn thành trong quý III/2026", ROW1),
        _a("Công an tỉnh", "phối hợp", "Hoàn thành trong quý III/2026", ROW1),
        _a("các doanh nghiệp viễn thông", "phối hợp", "Hoàn thành trước 31/8/2026", ROW2),
        _a("Các sở, ban, ngành, đơn vị sự nghiệp thuộc UBND tỉnh", None, "định kỳ hằng quý",
           "gửi báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ định kỳ hằng quý"),
    ], "intruders": ["Phạm Quang Vĩ", "Huỳnh Tấn Lực", "Bộ Chính trị", "Bộ Khoa học và Công nghệ",
                     "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh", "LĐVP, KGVX", "Lưu: VT"]},
    {"id": "wrg02", "directive": "CV 1127/SGDĐT-GDTrH", "source": F2, "actors": [
        _a("Phòng Văn hóa - Xã hội các xã, phường", None, None,
           "thông báo đến các trường trung học cơ sở trên địa bàn; lựa chọn trường tiêu biểu tham gia Ngày hội"),
        _a("Hiệu trưởng các trường trung học phổ thông, Giám đốc các trung tâm Giáo dục nghề nghiệp - Giáo dục "
           "thường xuyên", None, "trước ngày 28/02/2026",
           "tổ chức vòng thi cấp trường; phân công giáo viên hướng dẫn"),
        _a("Mỗi trường trung học phổ thông", None, "trước 17 giờ 00 ngày 06/3/2026",
           "Mỗi trường trung học phổ thông đăng ký tối thiểu 02 gian trưng bày"),
        _a("Trường THPT chuyên Tân Châu Thượng", None, None,
           "chuẩn bị địa điểm, 40 gian trưng bày, hệ thống điện, đường truyền internet"),
        _a("Tỉnh đoàn", None, None, "cử chuyên gia tham gia Ban Giám khảo"),
        _a("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", None, None,
           "cử chuyên gia tham gia Ban Giám khảo, đồng thời phối hợp tổ chức hoạt động trải nghiệm khoa học"),
        _a("Ban Giám khảo", None, "từ ngày 16/3/2026 đến ngày 20/3/2026",
           "Ban Giám khảo chấm sơ khảo từ ngày 16/3/2026 đến ngày 20/3/2026"),
        _a("Sở GD&ĐT", None, None, "Sở GD&ĐT hỗ trợ 3.000.000 đồng cho mỗi gian trưng bày"),
    ], "intruders": ["Lâm Chí Thiện", "Tăng Ngọc Trâm", "UBND tỉnh (để b/c)", "Sở KH&CN", "Giám đốc, các PGĐ Sở",
                     "Lưu: VT, GDTrH"]},
    {"id": "wrg03", "directive": "QĐ 245/QĐ-UBND", "source": F3, "actors": [
        _a("Tổ công nghệ số cộng đồng xã Giồng Sao", None, None,
           "hướng dẫn, hỗ trợ người dân cài đặt và sử dụng ứng dụng định danh điện tử VNeID"),
        _a("Tổ trưởng", None, None, "Tổ trưởng phân công nhiệm vụ cho thành viên; chủ trì các cuộc họp của Tổ"),
        _a("Tổ phó thường trực", None, "trước ngày 18 của tháng cuối quý",
           "xây dựng báo cáo hằng quý gửi Phòng Văn hóa - Xã hội xã trước ngày 18 của tháng cuối quý"),
        _a("Bí thư Đoàn xã", None, None, "huy động đoàn viên thanh niên tham gia các nhóm hỗ trợ tại ấp"),
        _a("Công an xã", None, None, "hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức 2"),
        _a("Hiệu trưởng Trường THCS Giồng Sao", None, "chiều thứ Bảy hằng tuần",
           "bố trí phòng máy tính của trường phục vụ lớp phổ cập kỹ năng số"),
        _a("Trưởng ấp", None, "tối thứ Năm hằng tuần",
           "thành lập ít nhất 01 nhóm hỗ trợ công nghệ số tại ấp gồm từ 03 đến 05 người"),
        _a("Văn phòng HĐND và UBND xã", None, None,
           "có trách nhiệm lập dự toán, thanh quyết toán kinh phí theo quy định"),
        _a("Phòng Văn hóa - Xã hội xã", None, None, "có trách nhiệm theo dõi, kiểm tra việc thực hiện Quy chế"),
        _a("Chánh Văn phòng HĐND và UBND xã, Trưởng phòng Văn hóa - Xã hội xã, Trưởng ấp các ấp và các ông (bà) "
           "có tên tại Điều 1", None, None, "chịu trách nhiệm thi hành Quyết định này"),
    ], "intruders": ["Nguyễn Hữu Tường", "Sở Khoa học và Công nghệ", "TT Đảng ủy, TT HĐND xã",
                     "CT, các PCT UBND xã", "Lưu: VT, VHXH"]},
    {"id": "wrg04", "directive": "BC 215-BC/BTGDVTU", "source": F4, "actors": [
        _a("Ban Tuyên giáo và Dân vận Tỉnh ủy", "chủ trì", "trước ngày 30/4/2026",
           "chủ trì tái bản, bổ sung tài liệu hỏi - đáp với số lượng 5.000 cuốn"),
        _a("Ban Tuyên giáo và Dân vận Tỉnh ủy", None, "trong quý II/2026",
           "tổ chức 02 lớp bồi dưỡng kiến thức về trí tuệ nhân tạo cho báo cáo viên"),
        _a("Ban Tuyên giáo và Dân vận Tỉnh ủy", "thường trực", "từ ngày 15/5/2026 đến ngày 15/7/2026",
           "Ban Tuyên giáo và Dân vận Tỉnh ủy là cơ quan thường trực cuộc thi"),
        _a("Đảng ủy các xã, phường", None, None,
           "chỉ đạo chi bộ đưa nội dung về khoa học, công nghệ và chuyển đổi số vào sinh hoạt chi bộ"),
        _a("Đảng ủy UBND tỉnh", None, None,
           "lãnh đạo Sở Khoa học và Công nghệ, Sở Văn hóa, Thể thao và Du lịch phối hợp cung cấp thông tin chính thống"),
        _a("Sở Khoa học và Công nghệ", "phối hợp", None,
           "phối hợp cung cấp thông tin chính thống, kịp thời phản bác thông tin sai lệch"),
        _a("Sở Văn hóa, Thể thao và Du lịch", "phối hợp", None,
           "phối hợp cung cấp thông tin chính thống, kịp thời phản bác thông tin sai lệch"),
        _a("Báo và Phát thanh, Truyền hình Tân Châu Thượng", None, None,
           "duy trì chuyên mục “Khoa học - Sáng tạo - Chuyển đổi số” với tần suất 02 kỳ/tháng"),
        _a("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "phối hợp", None, "phối hợp nhân rộng mô hình “Đoàn viên số”"),
        _a("Tỉnh đoàn", "phối hợp", None, "phối hợp nhân rộng mô hình “Đoàn viên số”"),
        _a("Ban Tuyên giáo và Dân vận Trung ương", None, None,
           "sớm ban hành tài liệu tuyên truyền thống nhất về trí tuệ nhân tạo và an ninh dữ liệu"),
        _a("Thường trực Tỉnh ủy", None, None, "chỉ đạo UBND tỉnh bố trí 650 triệu đồng cho công tác tuyên truyền"),
        _a("UBND tỉnh", None, None, "bố trí 650 triệu đồng cho công tác tuyên truyền"),
    ], "intruders": ["Lư Minh Đạt", "Lãnh đạo Ban", "Lưu Văn phòng Ban"]},
    {"id": "wrg05", "directive": "TB 172-TB/TĐTN-VP", "source": F5, "actors": [
        _a("Ban Phong trào Tỉnh đoàn", "chủ trì", "trước ngày 31/01/2026",
           "chủ trì hoàn chỉnh Kế hoạch Chiến dịch, trình Thường trực Tỉnh đoàn ban hành"),
        _a("Ban Phong trào Tỉnh đoàn", None, "8 giờ 00, thứ Ba, 24/02/2026", "Tập huấn đội hình “Đoàn viên số” cấp tỉnh"),
        _a("Ban Tuyên giáo - Thiếu nhi Tỉnh đoàn", None, "trong tháng 3/2026",
           "thiết kế bộ nhận diện Chiến dịch; đăng tải tin, bài trên trang “Tuổi trẻ Tân Châu Thượng”"),
        _a("Ban Tuyên giáo - Thiếu nhi Tỉnh đoàn", None, "19 giờ 00, thứ Năm, 26/3/2026",
           "Tuyên dương 95 “Đoàn viên số tiêu biểu”"),
        _a("Văn phòng Tỉnh đoàn", None, None, "lập dự toán kinh phí Chiến dịch 185 triệu đồng"),
        _a("Văn phòng Tỉnh đoàn", None, "6 giờ 30, Chủ nhật, 01/3/2026", "chuẩn bị hậu cần cho lễ ra quân cấp tỉnh"),
        _a("Đoàn phường Vàm Láng", None, "6 giờ 30, Chủ nhật, 01/3/2026", "Lễ ra quân Chiến dịch cấp tỉnh"),
        _a("Đoàn Trường Cao đẳng Tân Châu Thượng", None, "trong suốt tháng 3/2026",
           "huy động 120 sinh viên tình nguyện, chia thành 12 đội"),
        _a("Đoàn các xã, phường", None, "trước ngày 05/4/2026",
           "khảo sát nhu cầu, lập danh sách người cao tuổi, hộ kinh doanh cần hỗ trợ"),
        _a("Mỗi cơ sở Đoàn xã, phường", None, None,
           "thành lập ít nhất 01 đội hình “Đoàn viên số” từ 10 đến 15 đoàn viên"),
        _a("Sở Khoa học và Công nghệ", None, None,
           "hỗ trợ tài liệu và cử 02 báo cáo viên tham gia tập huấn cho đội hình cấp tỉnh"),
        _a("Sở Giáo dục và Đào tạo", None, None,
           "tạo điều kiện để đoàn viên, học sinh các trường trung học phổ thông tham gia Chiến dịch"),
    ], "intruders": ["Quách Gia Bảo", "Kiều Anh Khoa", "Ông Thị Bích Liên", "Trung ương Đoàn", "Thường trực Tỉnh ủy",
                     "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Các đ/c Ủy viên BTV Tỉnh đoàn", "Lưu: VP, BPT"]},
]


def write_jsonl():
    import json
    labels = {}
    rows = []
    for i, (kind, ans, text, ev, kw, extra) in enumerate(Q, 1):
        row = {"id": f"rg{i:03d}", "question": nfc(text), "answerable": ans, "kind": kind,
               "evidence": [{"source": s, "quote": nfc(q)} for s, q in ev],
               "keywords": [nfc(k) for k in kw]}
        if "h" in extra:
            row["history"] = [labels[extra["h"]]]
        if "a" in extra:
            row["actors"] = [nfc(a) for a in extra["a"]]
        if "l" in extra:
            labels[extra["l"]] = row["question"]
        rows.append(row)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WW:
            f.write(nfc(json.dumps(w, ensure_ascii=False)) + "\n")
    print(f"wrote questions.jsonl ({len(rows)}) and who_what.jsonl ({len(WW)})")


DOCS = {
    RG01_NAME: build_rg01,
    RG02_NAME: build_rg02,
    RG03_NAME: build_rg03,
    RG04_NAME: build_rg04,
    RG05_NAME: build_rg05,
}


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for name, fn in DOCS.items():
        fn(os.path.join(CORPUS, name))
        print("wrote", name)
    write_jsonl()


if __name__ == "__main__":
    main()
