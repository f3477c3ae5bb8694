#!/usr/bin/env python3
"""Build the 5 corpus files (and, with --questions, questions.jsonl + who_what.jsonl) of eval set blind49 (tỉnh Hòa Vang Thượng).

All text is invented. Run with /work/main/.venv/bin/python (needs python-docx, fpdf2).
Writes:
  corpus/qz01_kh_bdhvs_tinh.pdf      Kế hoạch, UBND tỉnh (PDF with text layer)
  corpus/qz02_qd_kh_truclau.docx     Quyết định + Kế hoạch kèm theo, UBND huyện (docx, list numbering, task table)
  corpus/qz03_cv_nhiemvu_khcn.txt    Công văn, Sở KH&CN (hard-wrapped txt, two-column header typed with spaces)
  corpus/qz04_bc_xa_nhanthap.md      Báo cáo, UBND xã (Markdown with figures table)
  corpus/qz05_tb_tuyensinh_kns.txt   Thông báo, Trung tâm GDNN-GDTX huyện (txt, two-column header, Markdown schedule table)
"""
import os
import sys
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# qz01 — Kế hoạch của UBND tỉnh (PDF)
# Markup: "H2|left|right" header row, "T|" bold centred title, "S|" centred
# subtitle, "B|" bold heading, "P|" paragraph, "SIG" block handled apart.
# ---------------------------------------------------------------------------
QZ01 = r"""
H2|UỶ BAN NHÂN DÂN|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
H2|TỈNH HÒA VANG THƯỢNG|Độc lập - Tự do - Hạnh phúc
H2|Số: 46/KH-UBND|Trường Lệ, ngày 12 tháng 02 năm 2025
T|KẾ HOẠCH
S|Triển khai phong trào "Bình dân học vụ số" và phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số trên địa bàn tỉnh Hòa Vang Thượng năm 2025
P|Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
P|Căn cứ Chương trình hành động số 09-CTr/TU ngày 20 tháng 01 năm 2025 của Ban Thường vụ Tỉnh ủy;
P|Xét đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 21/TTr-SKHCN ngày 05 tháng 02 năm 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện năm 2025 như sau:
B|I. MỤC ĐÍCH, YÊU CẦU
B|1. Mục đích
P|- Phổ cập kỹ năng số cơ bản cho cán bộ, công chức, viên chức, người lao động và Nhân dân, trước hết là người dân vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số.
P|- Huy động cả hệ thống chính trị, doanh nghiệp và cộng đồng tham gia phong trào "Bình dân học vụ số", tạo chuyển biến rõ nét về nhận thức và hành động.
B|2. Yêu cầu
P|- Triển khai đồng bộ, thiết thực, tránh hình thức; gắn trách nhiệm người đứng đầu các cơ quan, đơn vị, địa phương với kết quả thực hiện các chỉ tiêu của Kế hoạch.
B|II. CHỈ TIÊU ĐẾN HẾT NĂM 2025
P|1. 100% cán bộ, công chức cấp tỉnh, cấp huyện và cấp xã hoàn thành bồi dưỡng kỹ năng số cơ bản trước ngày 30/9/2025.
P|2. Tối thiểu 70% người trong độ tuổi lao động trên địa bàn tỉnh được phổ cập kỹ năng số cơ bản.
P|3. 100% xã, phường, thị trấn duy trì Tổ công nghệ số cộng đồng hoạt động thường xuyên; mỗi thôn, tổ dân phố có ít nhất 01 thành viên Tổ công nghệ số cộng đồng.
P|4. Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình đạt từ 60% trở lên.
P|5. Hỗ trợ tối thiểu 30 doanh nghiệp nhỏ và vừa, hợp tác xã chuyển đổi số; đưa tối thiểu 150 sản phẩm OCOP và nông sản chủ lực của tỉnh lên các sàn thương mại điện tử.
P|6. Tuyển chọn và triển khai tối thiểu 12 nhiệm vụ khoa học và công nghệ cấp tỉnh gắn với nhu cầu thực tiễn của địa phương.
B|III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM
B|1. Đẩy mạnh tuyên truyền, nâng cao nhận thức
P|Mở chuyên mục "Cả tỉnh học số" trên Báo Hòa Vang Thượng và Đài Phát thanh - Truyền hình tỉnh, phát sóng vào tối thứ Năm hằng tuần từ tháng 3/2025; biên soạn 20 video hướng dẫn kỹ năng số ngắn bằng tiếng Việt, tiếng Cơ Tu và tiếng Gié Triêng để phát trên hệ thống truyền thanh cơ sở và mạng xã hội.
B|2. Phổ cập kỹ năng số cho người dân
P|Tổ chức "Ngày hội Bình dân học vụ số" cấp tỉnh vào ngày 18/5/2025 tại Quảng trường 24 Tháng 3, thành phố Trường Lệ. Đưa vào vận hành nền tảng học trực tuyến "HVT Học số" với tối thiểu 40 bài giảng điện tử miễn phí trước ngày 30/4/2025; mỗi xã, phường, thị trấn tổ chức tối thiểu 04 lớp phổ cập kỹ năng số trực tiếp cho người dân trong năm.
B|3. Phát triển khoa học, công nghệ và đổi mới sáng tạo
P|Ưu tiên đặt hàng các nhiệm vụ khoa học và công nghệ về nông nghiệp công nghệ cao, dược liệu dưới tán rừng, bảo tồn văn hóa các dân tộc và ứng dụng trí tuệ nhân tạo trong quản lý nhà nước. Tổ chức Cuộc thi "Ý tưởng khởi nghiệp sáng tạo tỉnh Hòa Vang Thượng năm 2025", cơ cấu giải thưởng gồm: 01 giải Nhất trị giá 50 triệu đồng, 02 giải Nhì mỗi giải 30 triệu đồng, 03 giải Ba mỗi giải 15 triệu đồng và 05 giải Khuyến khích mỗi giải 5 triệu đồng; thời gian nhận hồ sơ dự thi đến hết ngày 31/7/2025.
B|4. Phát triển hạ tầng số và dữ liệu
P|Phủ sóng băng rộng di động đến 100% thôn, bản; xóa 14 "vùng lõm" sóng di động còn lại tại huyện Lạc Uyên và huyện Trúc Lâu trước ngày 31/10/2025.
B|5. Chuyển đổi số trong giáo dục, y tế
P|100% cơ sở giáo dục phổ thông triển khai học bạ số; 100% trạm y tế xã, phường, thị trấn triển khai hồ sơ sức khỏe điện tử cho người dân trên địa bàn.
B|IV. KINH PHÍ THỰC HIỆN
P|Tổng kinh phí dự kiến năm 2025 là 18,6 tỷ đồng, trong đó: ngân sách tỉnh 11,2 tỷ đồng (bố trí trong dự toán chi sự nghiệp khoa học và công nghệ); ngân sách cấp huyện 4,9 tỷ đồng; nguồn xã hội hóa và các nguồn hợp pháp khác 2,5 tỷ đồng.
B|V. TỔ CHỨC THỰC HIỆN
B|1. Sở Khoa học và Công nghệ
P|Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành và địa phương tổ chức triển khai Kế hoạch; xây dựng và vận hành nền tảng "HVT Học số"; hướng dẫn, theo dõi, kiểm tra việc thực hiện; tổng hợp, báo cáo UBND tỉnh định kỳ hằng quý (trước ngày 20 của tháng cuối quý) và báo cáo tổng kết năm trước ngày 10/12/2025. Đầu mối liên hệ: ông Tạ Minh Khôi, Phó Trưởng phòng Quản lý công nghệ và chuyển đổi số, điện thoại 0235.3712.486, thư điện tử khoitm@skhcn.hvt.gov.vn.
B|2. Sở Giáo dục và Đào tạo
P|Chủ trì đưa nội dung giáo dục kỹ năng số, an toàn trên không gian mạng vào hoạt động trải nghiệm của các cơ sở giáo dục; hoàn thành bồi dưỡng năng lực số cho 100% giáo viên phổ thông trước ngày 31/8/2025.
B|3. Sở Nội vụ
P|Chủ trì tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức; đưa kết quả thực hiện phong trào vào tiêu chí đánh giá, xếp loại thi đua năm 2025 của các cơ quan, đơn vị.
B|4. Sở Văn hóa, Thể thao và Du lịch; Báo Hòa Vang Thượng; Đài Phát thanh - Truyền hình tỉnh
P|Phối hợp với Sở Khoa học và Công nghệ tuyên truyền sâu rộng về phong trào; duy trì chuyên mục "Cả tỉnh học số"; hướng dẫn hệ thống truyền thanh cơ sở phát các video hướng dẫn kỹ năng số ít nhất 02 lần mỗi tuần.
B|5. Sở Tài chính
P|Chủ trì, phối hợp với Sở Khoa học và Công nghệ thẩm định, tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch; hướng dẫn thanh toán, quyết toán theo quy định.
B|6. Sở Công Thương
P|Chủ trì hỗ trợ doanh nghiệp, hợp tác xã đưa sản phẩm OCOP và nông sản chủ lực lên sàn thương mại điện tử; tổ chức tối thiểu 02 lớp tập huấn kỹ năng bán hàng trực tuyến cho chủ thể OCOP trong quý III/2025.
B|7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh
P|Tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tích cực tham gia phong trào; lồng ghép nội dung kỹ năng số vào sinh hoạt chi hội, tổ hội. Đề nghị Tỉnh đoàn chủ trì thành lập các đội hình "Thanh niên hỗ trợ học số" tại 100% xã, phường, thị trấn trong Chiến dịch Thanh niên tình nguyện hè năm 2025.
B|8. UBND các huyện, thị xã, thành phố
P|Xây dựng kế hoạch triển khai trên địa bàn, hoàn thành trước ngày 15/3/2025; bố trí ngân sách cấp huyện; chỉ đạo UBND cấp xã kiện toàn Tổ công nghệ số cộng đồng; định kỳ hằng quý báo cáo kết quả về Sở Khoa học và Công nghệ để tổng hợp.
P|Quá trình thực hiện có vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh./.
"""

QZ01_NOINHAN = [
    "Nơi nhận:",
    "- Bộ Khoa học và Công nghệ (để báo cáo);",
    "- Thường trực Tỉnh ủy (để báo cáo);",
    "- Thường trực HĐND tỉnh;",
    "- Chủ tịch, các PCT UBND tỉnh;",
    "- Như mục V;",
    "- Lưu: VT, KGVX.",
]
QZ01_SIG = ["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Đinh Quang Thuận"]


def build_pdf(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    for raw in QZ01.strip("\n").split("\n"):
        line = nfc(raw)
        tag, _, rest = line.partition("|")
        if tag == "H2":
            left, right = rest.split("|")
            pdf.set_font("DejaVu", "B" if not left.startswith("Số") else "", 10.5)
            pdf.cell(W * 0.42, 6, left, align="C")
            pdf.set_font("DejaVu", "B" if not right.startswith("Trường Lệ") else "", 10.5)
            pdf.cell(W * 0.58, 6, right, align="C", new_x="LMARGIN", new_y="NEXT")
            if left.startswith("TỈNH"):
                pdf.ln(2)
        elif tag == "T":
            pdf.ln(5)
            pdf.set_font("DejaVu", "B", 13)
            pdf.cell(W, 7, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "S":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(W, 6, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif tag == "B":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(W, 6, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "P":
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(W, 6, rest, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    # signature block: Nơi nhận (left) and signer (right), side by side
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_font("DejaVu", "", 9)
    for i, ln in enumerate(QZ01_NOINHAN):
        pdf.set_font("DejaVu", "B" if i == 0 else "", 9)
        pdf.set_x(pdf.l_margin)
        pdf.cell(W * 0.5, 5, nfc(ln), new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0)
    for ln in QZ01_SIG:
        pdf.set_font("DejaVu", "B", 11)
        pdf.set_x(pdf.l_margin + W * 0.5)
        pdf.cell(W * 0.5, 6, nfc(ln), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------------------
# qz02 — Quyết định của Chủ tịch UBND huyện + Kế hoạch kèm theo (docx)
# ---------------------------------------------------------------------------
QZ02_HEADER = [
    ("UỶ BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("HUYỆN TRÚC LÂU", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 215/QĐ-UBND", "Trúc Lâu, ngày 10 tháng 3 năm 2025"),
]
QZ02_QD = [
    ("title", "QUYẾT ĐỊNH"),
    ("subtitle", 'Về việc ban hành Kế hoạch triển khai phong trào "Bình dân học vụ số" và chuyển đổi số trên địa bàn huyện Trúc Lâu năm 2025'),
    ("title", "CHỦ TỊCH UỶ BAN NHÂN DÂN HUYỆN TRÚC LÂU"),
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương;"),
    ("p", 'Căn cứ Kế hoạch số 46/KH-UBND ngày 12/02/2025 của UBND tỉnh Hòa Vang Thượng triển khai phong trào "Bình dân học vụ số" và phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số trên địa bàn tỉnh năm 2025;'),
    ("p", "Theo đề nghị của Trưởng phòng Văn hóa và Thông tin huyện tại Tờ trình số 08/TTr-VHTT ngày 04/3/2025."),
    ("title", "QUYẾT ĐỊNH:"),
    ("dieu", ("Điều 1.", ' Ban hành kèm theo Quyết định này Kế hoạch triển khai phong trào "Bình dân học vụ số" và chuyển đổi số trên địa bàn huyện Trúc Lâu năm 2025.')),
    ("dieu", ("Điều 2.", " Quyết định này có hiệu lực kể từ ngày ký.")),
    ("dieu", ("Điều 3.", " Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Văn hóa và Thông tin, Trưởng phòng Giáo dục và Đào tạo, Trưởng phòng Nội vụ, Trưởng phòng Tài chính - Kế hoạch, Trưởng phòng Kinh tế và Hạ tầng, Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện, Chủ tịch UBND các xã, thị trấn và thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.")),
]
QZ02_NOINHAN = [
    "Nơi nhận:",
    "- Như Điều 3;",
    "- UBND tỉnh (để b/c);",
    "- Sở Khoa học và Công nghệ (để b/c);",
    "- Thường trực Huyện ủy;",
    "- Thường trực HĐND huyện;",
    "- Lưu: VT, VHTT.",
]
QZ02_SIG = ["CHỦ TỊCH", "", "(Đã ký)", "", "Lương Đức Mạnh"]

QZ02_KH_HEAD = [
    ("title", "KẾ HOẠCH"),
    ("subtitle", 'Triển khai phong trào "Bình dân học vụ số" và chuyển đổi số trên địa bàn huyện Trúc Lâu năm 2025'),
    ("italic", "(Ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 10/3/2025 của Chủ tịch UBND huyện Trúc Lâu)"),
    ("h", "I. MỤC TIÊU"),
]
QZ02_MUCTIEU = [
    "Đến ngày 30/11/2025, 100% cán bộ, công chức cấp huyện và cấp xã hoàn thành bồi dưỡng kỹ năng số cơ bản.",
    "Tối thiểu 65% người từ 15 đến 60 tuổi trên địa bàn huyện được phổ cập kỹ năng số cơ bản; riêng xã Nhạn Tháp và thị trấn Trúc Lâu là đơn vị điểm, phấn đấu đạt từ 75% trở lên.",
    "12/12 xã, thị trấn kiện toàn Tổ công nghệ số cộng đồng với tổng số không dưới 420 thành viên.",
    "100% trường tiểu học, trung học cơ sở triển khai học bạ số, sổ điểm điện tử.",
    "Hỗ trợ tối thiểu 40 hộ kinh doanh, hợp tác xã mở gian hàng trên sàn thương mại điện tử.",
]
QZ02_NHIEMVU = [
    'Tuyên truyền sâu rộng về phong trào trên Trang thông tin điện tử huyện, hệ thống truyền thanh cơ sở và các nhóm Zalo của thôn, tổ dân phố; phát bản tin "Trúc Lâu học số" vào 6 giờ 30 sáng thứ Bảy hằng tuần.',
    'Tổ chức Lễ phát động phong trào "Bình dân học vụ số" cấp huyện với khoảng 500 đại biểu, đoàn viên, hội viên và học sinh tham dự.',
    "Mở các lớp phổ cập kỹ năng số miễn phí cho người dân tại nhà văn hóa thôn, hội trường UBND xã và phòng máy của Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện; ưu tiên hội viên nông dân, phụ nữ, người dân tộc thiểu số.",
    "Bồi dưỡng kỹ năng số cho cán bộ, công chức; triển khai học bạ số, sổ điểm điện tử trong các trường học.",
    "Hỗ trợ hộ kinh doanh, hợp tác xã ứng dụng thương mại điện tử và thanh toán không dùng tiền mặt.",
]
QZ02_TABLE_HEAD = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
QZ02_TABLE = [
    ["1", 'Tổ chức Lễ phát động phong trào "Bình dân học vụ số" cấp huyện tại Nhà văn hóa trung tâm huyện', "Phòng Văn hóa và Thông tin", "Huyện đoàn; Trung tâm Văn hóa - Thể thao và Truyền thanh huyện", "Ngày 26/3/2025 (thứ Tư)"],
    ["2", "Bồi dưỡng kỹ năng số cho cán bộ, công chức huyện, xã (04 lớp, mỗi lớp 60 học viên)", "Phòng Nội vụ", "Trung tâm GDNN-GDTX huyện", "Trước ngày 30/6/2025"],
    ["3", "Mở lớp phổ cập kỹ năng số cho người dân tại các xã, thị trấn", "Trung tâm GDNN-GDTX huyện", "UBND các xã, thị trấn; Hội Nông dân huyện", "Từ tháng 4 đến hết tháng 10/2025"],
    ["4", "Triển khai học bạ số, sổ điểm điện tử tại các trường tiểu học, trung học cơ sở", "Phòng Giáo dục và Đào tạo", "Các trường tiểu học, trung học cơ sở", "Trước ngày 15/9/2025"],
    ["5", "Hỗ trợ hộ kinh doanh, hợp tác xã mở gian hàng trên sàn thương mại điện tử (tối thiểu 40 hộ, hợp tác xã)", "Phòng Kinh tế và Hạ tầng", "Hội Liên hiệp Phụ nữ huyện; Hội Nông dân huyện", "Trước ngày 31/10/2025"],
    ["6", "Kiện toàn Tổ công nghệ số cộng đồng tại 12 xã, thị trấn", "UBND các xã, thị trấn", "Phòng Văn hóa và Thông tin", "Trước ngày 15/4/2025"],
    ["7", "Tham mưu bố trí kinh phí thực hiện Kế hoạch", "Phòng Tài chính - Kế hoạch", "Phòng Văn hóa và Thông tin", "Trong tháng 3/2025"],
    ["8", "Tổng hợp, báo cáo kết quả thực hiện về UBND huyện và Sở Khoa học và Công nghệ", "Phòng Văn hóa và Thông tin", "Các cơ quan, đơn vị liên quan", "Định kỳ hằng quý, trước ngày 15 của tháng cuối quý"],
]
QZ02_KINHPHI = "Tổng kinh phí thực hiện Kế hoạch năm 2025 là 1.250 triệu đồng, trong đó ngân sách huyện 980 triệu đồng, nguồn xã hội hóa 270 triệu đồng. Kinh phí hoạt động của các xã, thị trấn do ngân sách cấp xã bảo đảm."
QZ02_TOCHUC = [
    "Phòng Văn hóa và Thông tin là cơ quan thường trực, chủ trì theo dõi, hướng dẫn, tổng hợp tình hình thực hiện Kế hoạch; tham mưu UBND huyện sơ kết 6 tháng vào tháng 7/2025. Đầu mối liên hệ: bà Nguyễn Thị Thu Hằng, Phó Trưởng phòng, điện thoại 0912.448.307.",
    'Phòng Giáo dục và Đào tạo chỉ đạo các trường trung học cơ sở thành lập câu lạc bộ "Học sinh với kỹ năng số", mỗi câu lạc bộ sinh hoạt tối thiểu 02 lần mỗi tháng; huy động học sinh hướng dẫn ông bà, cha mẹ cài đặt, sử dụng các ứng dụng số.',
    "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện có trách nhiệm xây dựng chương trình, tài liệu và tổ chức tuyển sinh các lớp phổ cập kỹ năng số cho người dân; cấp giấy chứng nhận cho học viên hoàn thành khóa học.",
    'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Huyện đoàn, Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện, Hội Cựu chiến binh huyện tuyên truyền, vận động đoàn viên, hội viên tham gia học tập. Huyện đoàn chủ trì thành lập 12 đội "Thanh niên hỗ trợ học số" tại các xã, thị trấn trước ngày 30/4/2025.',
    "Các phòng, ban, ngành, Mặt trận và đoàn thể huyện căn cứ chức năng, nhiệm vụ chủ động lồng ghép nội dung của Kế hoạch vào chương trình công tác năm 2025 của cơ quan, đơn vị mình.",
    "UBND các xã, thị trấn xây dựng kế hoạch thực hiện trên địa bàn, hoàn thành trước ngày 25/3/2025; lập danh sách người dân có nhu cầu học tập; báo cáo kết quả định kỳ hằng quý về Phòng Văn hóa và Thông tin (trước ngày 10 của tháng cuối quý) để tổng hợp.",
]
QZ02_END = "Trên đây là Kế hoạch triển khai phong trào \"Bình dân học vụ số\" và chuyển đổi số trên địa bàn huyện Trúc Lâu năm 2025; trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Văn hóa và Thông tin để tổng hợp, báo cáo Chủ tịch UBND huyện xem xét, chỉ đạo./."


def _new_num_restart(doc, style_name):
    """Create a new numbering instance (restart at 1) for a list style and return its numId."""
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

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
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    pPr = par._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.append(numPr)


def build_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt, Cm

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3)
        s.right_margin = Cm(2)

    def two_col(rows, bold_left=True, bold_right=True):
        t = doc.add_table(rows=len(rows), cols=2)
        for i, (l, r) in enumerate(rows):
            for j, txt in enumerate((l, r)):
                cell = t.cell(i, j)
                cell.text = ""
                p = cell.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = p.add_run(nfc(txt))
                run.bold = (bold_left if j == 0 else bold_right) and not txt.startswith(("Số:", "Trúc Lâu,"))
                run.font.size = Pt(12)
        return t

    def add(kind, text):
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(nfc(text))
            r.bold = True
        elif kind == "subtitle":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(nfc(text))
            r.bold = True
        elif kind == "italic":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(nfc(text))
            r.italic = True
        elif kind == "h":
            p = doc.add_paragraph()
            r = p.add_run(nfc(text))
            r.bold = True
        elif kind == "p":
            p = doc.add_paragraph(nfc(text))
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "dieu":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            r = p.add_run(nfc(text[0]))
            r.bold = True
            p.add_run(nfc(text[1]))
        return p

    two_col(QZ02_HEADER)
    for kind, text in QZ02_QD:
        add(kind, text)
    # Nơi nhận | chữ ký
    t = doc.add_table(rows=1, cols=2)
    left, right = t.cell(0, 0), t.cell(0, 1)
    left.text = ""
    for i, ln in enumerate(QZ02_NOINHAN):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        r = p.add_run(nfc(ln))
        r.font.size = Pt(10)
        r.bold = i == 0
    right.text = ""
    for i, ln in enumerate(QZ02_SIG):
        p = right.paragraphs[0] if i == 0 else right.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(nfc(ln))
        r.bold = True
    # attached plan on a new page
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    two_col([("UỶ BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("HUYỆN TRÚC LÂU", "Độc lập - Tự do - Hạnh phúc")])
    for kind, text in QZ02_KH_HEAD:
        add(kind, text)
    for item in QZ02_MUCTIEU:
        doc.add_paragraph(nfc(item), style="List Bullet")
    add("h", "II. NHIỆM VỤ CHỦ YẾU")
    for item in QZ02_NHIEMVU:
        doc.add_paragraph(nfc(item), style="List Number")
    add("h", "III. PHÂN CÔNG THỰC HIỆN")
    tbl = doc.add_table(rows=1 + len(QZ02_TABLE), cols=5)
    tbl.style = "Table Grid"
    for j, h in enumerate(QZ02_TABLE_HEAD):
        c = tbl.cell(0, j)
        c.text = ""
        r = c.paragraphs[0].add_run(nfc(h))
        r.bold = True
        r.font.size = Pt(11)
    for i, row in enumerate(QZ02_TABLE, start=1):
        for j, txt in enumerate(row):
            c = tbl.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(nfc(txt))
            r.font.size = Pt(11)
    add("h", "IV. KINH PHÍ")
    add("p", QZ02_KINHPHI)
    add("h", "V. TỔ CHỨC THỰC HIỆN")
    num_id = _new_num_restart(doc, "List Number")
    for item in QZ02_TOCHUC:
        p = doc.add_paragraph(nfc(item), style="List Number")
        _set_num(p, num_id)
    add("p", QZ02_END)
    doc.core_properties.title = nfc("Quyết định 215/QĐ-UBND huyện Trúc Lâu")
    doc.core_properties.author = "UBND huyen Truc Lau"
    doc.save(path)


# ---------------------------------------------------------------------------
# qz03 — Công văn của Sở KH&CN (txt, hard-wrapped as if copied from a PDF)
# ---------------------------------------------------------------------------
QZ03_HEAD = """\
UBND TỈNH HÒA VANG THƯỢNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ KHOA HỌC VÀ CÔNG NGHỆ                 Độc lập - Tự do - Hạnh phúc
      -------                          ---------------------------
Số: 312/SKHCN-QLKH              Trường Lệ, ngày 18 tháng 4 năm 2025
V/v đề xuất nhiệm vụ khoa học và
công nghệ cấp tỉnh đặt hàng thực
hiện từ năm 2026
"""
QZ03_BODY = [
    "Kính gửi:",
    "@- Các sở, ban, ngành, đoàn thể cấp tỉnh;",
    "@- UBND các huyện, thị xã, thành phố;",
    "@- Các trường đại học, cao đẳng, viện, trung tâm nghiên cứu trên địa bàn tỉnh;",
    "@- Các doanh nghiệp khoa học và công nghệ, hợp tác xã ứng dụng công nghệ cao.",
    "",
    'Thực hiện Kế hoạch số 46/KH-UBND ngày 12/02/2025 của UBND tỉnh Hòa Vang Thượng về triển khai phong trào "Bình dân học vụ số" và phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số trên địa bàn tỉnh năm 2025, để xây dựng danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng thực hiện từ năm 2026, Sở Khoa học và Công nghệ đề nghị các cơ quan, đơn vị quan tâm thực hiện một số nội dung sau:',
    "",
    "1. Về đề xuất nhiệm vụ",
    "Mỗi cơ quan, đơn vị đề xuất không quá 03 nhiệm vụ, bảo đảm có tính cấp thiết, có địa chỉ ứng dụng và có đơn vị cam kết tiếp nhận, sử dụng kết quả. Năm 2026, Sở Khoa học và Công nghệ ưu tiên các hướng sau:",
    "a) Ứng dụng trí tuệ nhân tạo, Internet vạn vật trong sản xuất nông nghiệp, dự báo sâu bệnh hại cây trồng và quản lý, bảo vệ rừng;",
    "b) Phát triển vùng dược liệu dưới tán rừng, trọng tâm là cây ba kích tím và đảng sâm;",
    "c) Bảo tồn, phát huy giá trị di sản văn hóa của đồng bào Cơ Tu, Gié Triêng gắn với phát triển du lịch cộng đồng;",
    "d) Giải pháp chuyển đổi số trong giáo dục phổ thông và y tế cơ sở;",
    "đ) Nghiên cứu cơ sở khoa học phục vụ xây dựng chính sách phát triển kinh tế số của tỉnh.",
    "Không xem xét các đề xuất trùng lặp với nhiệm vụ đang thực hiện hoặc đề xuất có nội dung chủ yếu là mua sắm thiết bị thông thường.",
    "",
    "2. Về hồ sơ đề xuất",
    'Hồ sơ gồm: Phiếu đề xuất nhiệm vụ (Mẫu M1-ĐXNV); Phiếu thuyết minh tóm tắt (Mẫu M2-TMTT); Văn bản cam kết sử dụng kết quả của đơn vị ứng dụng (Mẫu M3-CKSD). Các biểu mẫu đăng tải tại mục "Thông báo" trên Cổng thông tin điện tử của Sở tại địa chỉ skhcn.hvt.gov.vn.',
    "",
    "3. Thời hạn và địa chỉ nhận hồ sơ",
    "Hồ sơ (01 bản giấy có ký, đóng dấu và bản điện tử định dạng .docx) gửi về Sở Khoa học và Công nghệ (qua Phòng Quản lý khoa học), tầng 4, Trụ sở Liên cơ quan số 2, số 27 đường Hùng Vương, thành phố Trường Lệ, trước ngày 30/5/2025; bản điện tử gửi qua thư điện tử qlkh.skhcn@hvt.gov.vn. Sở Khoa học và Công nghệ không tiếp nhận hồ sơ nộp sau thời hạn nêu trên.",
    "",
    "4. Đối với UBND các huyện, thị xã, thành phố",
    'Đề nghị UBND các huyện, thị xã, thành phố giao phòng chuyên môn làm đầu mối tổng hợp đề xuất của các phòng, ban, UBND cấp xã và doanh nghiệp trên địa bàn, gửi về Sở bằng một văn bản chung, kèm danh mục xếp theo thứ tự ưu tiên. Đối với huyện Lạc Uyên và huyện Trúc Lâu, đề nghị ưu tiên đề xuất các nhiệm vụ gắn với xóa "vùng lõm" sóng di động và phổ cập kỹ năng số cho đồng bào dân tộc thiểu số.',
    "",
    "5. Hội nghị hướng dẫn",
    "Sở Khoa học và Công nghệ tổ chức Hội nghị hướng dẫn xây dựng đề xuất nhiệm vụ vào lúc 8 giờ 00 ngày 06/5/2025 (thứ Ba) tại Hội trường tầng 2, Sở Khoa học và Công nghệ, kết hợp trực tuyến qua nền tảng họp trực tuyến của tỉnh. Mỗi cơ quan, đơn vị cử 01 - 02 cán bộ phụ trách tham dự.",
    "",
    "6. Về kinh phí và tiến độ xét chọn",
    "Dự kiến kinh phí sự nghiệp khoa học và công nghệ bố trí cho các nhiệm vụ cấp tỉnh mở mới năm 2026 khoảng 9,8 tỷ đồng; mức hỗ trợ từ ngân sách tỉnh cho mỗi nhiệm vụ không quá 1,2 tỷ đồng. Ưu tiên các nhiệm vụ có vốn góp của doanh nghiệp từ 30% tổng kinh phí trở lên.",
    "Sau khi tổng hợp, Sở Khoa học và Công nghệ thành lập các Hội đồng tư vấn xác định nhiệm vụ, dự kiến họp trong tháng 7/2025, và trình UBND tỉnh phê duyệt danh mục nhiệm vụ đặt hàng trước ngày 29/8/2025.",
    "",
    "Mọi thông tin chi tiết, đề nghị liên hệ bà Phan Ngọc Trâm, chuyên viên Phòng Quản lý khoa học, điện thoại 0235.3712.519, di động 0978.216.440, thư điện tử tram.pn@skhcn.hvt.gov.vn.",
    "",
    "Sở Khoa học và Công nghệ đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.",
    "",
]
QZ03_TAIL = """\
Nơi nhận:                                        KT. GIÁM ĐỐC
- Như trên;                                      PHÓ GIÁM ĐỐC
- UBND tỉnh (để b/c);
- Giám đốc, các Phó Giám đốc Sở;                    (Đã ký)
- Trung tâm Thông tin và Thống kê KH&CN;
- Lưu: VT, QLKH.                                Lâm Hữu Phước
"""


def build_qz03():
    out = [QZ03_HEAD, ""]
    for para in QZ03_BODY:
        if para == "":
            out.append("")
            continue
        indent = ""
        if para.startswith("@"):
            para = para[1:]
            indent = "        "
        lines = textwrap.wrap(para, width=74, initial_indent=indent, subsequent_indent="" if not indent else "          ",
                              break_long_words=False, break_on_hyphens=False)
        out.extend(lines)
    out.append(QZ03_TAIL)
    return nfc("\n".join(out))


# ---------------------------------------------------------------------------
# qz04 — Báo cáo của UBND xã (Markdown)
# ---------------------------------------------------------------------------
QZ04 = """\
UBND HUYỆN TRÚC LÂU
UỶ BAN NHÂN DÂN XÃ NHẠN THÁP
Số: 37/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Nhạn Tháp, ngày 20 tháng 6 năm 2025

# BÁO CÁO

## Kết quả thực hiện phong trào "Bình dân học vụ số" và chuyển đổi số 6 tháng đầu năm 2025; phương hướng, nhiệm vụ 6 tháng cuối năm 2025

Thực hiện Quyết định số 215/QĐ-UBND ngày 10/3/2025 của Chủ tịch UBND huyện Trúc Lâu ban hành Kế hoạch triển khai phong trào "Bình dân học vụ số" và chuyển đổi số trên địa bàn huyện năm 2025, UBND xã Nhạn Tháp báo cáo kết quả thực hiện 6 tháng đầu năm 2025 như sau:

## I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO

UBND xã ban hành Kế hoạch số 19/KH-UBND ngày 21/3/2025 triển khai phong trào trên địa bàn xã; kiện toàn Ban chỉ đạo chuyển đổi số xã gồm 11 thành viên do Chủ tịch UBND xã làm Trưởng ban; kiện toàn 05 Tổ công nghệ số cộng đồng tại 05 thôn với 38 thành viên, trong đó có 21 đoàn viên thanh niên.

Lễ ra quân phong trào cấp xã được tổ chức ngày 29/3/2025 tại sân Trường THCS Nhạn Tháp với 320 người tham dự, gồm cán bộ, hội viên các đoàn thể, giáo viên, học sinh và Nhân dân 05 thôn.

## II. KẾT QUẢ THỰC HIỆN

### 1. Phổ cập kỹ năng số cho người dân

Trong 6 tháng đầu năm, UBND xã phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện mở 09 lớp phổ cập kỹ năng số tại hội trường UBND xã và nhà văn hóa các thôn. Kết quả cụ thể theo bảng sau:

| TT | Thôn | Số hộ | Số người từ 15 - 60 tuổi | Số người được phổ cập kỹ năng số | Tỷ lệ (%) | Thành viên Tổ CNSCĐ |
|---|---|---:|---:|---:|---:|---:|
| 1 | Trảng Cỏ | 312 | 698 | 421 | 60,3 | 8 |
| 2 | Đá Chồng | 245 | 540 | 297 | 55,0 | 7 |
| 3 | Lò Gạch | 287 | 631 | 402 | 63,7 | 8 |
| 4 | Nương Dâu | 198 | 447 | 221 | 49,4 | 7 |
| 5 | Vườn Chuối | 176 | 392 | 259 | 66,1 | 8 |
| | Toàn xã | 1.218 | 2.708 | 1.600 | 59,1 | 38 |

Toàn xã có 1.600/2.708 người từ 15 đến 60 tuổi được phổ cập kỹ năng số cơ bản, đạt 59,1%, thấp hơn mức 75% mà huyện giao cho đơn vị điểm. Thôn Vườn Chuối có tỷ lệ cao nhất (66,1%); thôn Nương Dâu thấp nhất (49,4%).

### 2. Bồi dưỡng kỹ năng số cho cán bộ, công chức

23/23 cán bộ, công chức xã hoàn thành khóa bồi dưỡng kỹ năng số cơ bản do Phòng Nội vụ huyện tổ chức (đạt 100%).

### 3. Dịch vụ công trực tuyến và định danh điện tử

Bộ phận Một cửa xã tiếp nhận 1.791 hồ sơ thủ tục hành chính, trong đó 1.046 hồ sơ trực tuyến toàn trình, chiếm 58,4%. Công an xã hỗ trợ kích hoạt 3.115 tài khoản định danh điện tử mức độ 2.

### 4. Chuyển đổi số trong giáo dục và kinh tế

Trường THCS Nhạn Tháp triển khai học bạ số cho 100% học sinh (486 em); Trường Tiểu học Nhạn Tháp triển khai sổ điểm điện tử từ học kỳ II năm học 2024 - 2025. Có 17 hộ sản xuất, kinh doanh và Hợp tác xã chè Nhạn Tháp mở gian hàng trên sàn thương mại điện tử, chủ yếu bán chè búp khô và mật ong rừng.

### 5. Kinh phí

Tổng kinh phí thực hiện 6 tháng đầu năm là 146 triệu đồng, gồm ngân sách xã 96 triệu đồng và nguồn xã hội hóa 50 triệu đồng (chủ yếu do các doanh nghiệp viễn thông hỗ trợ thiết bị, sim dữ liệu).

## III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN

- Tỷ lệ phổ cập kỹ năng số ở thôn Nương Dâu và thôn Đá Chồng còn thấp; nhiều người trong độ tuổi lao động đi làm ăn xa, người cao tuổi chưa có điện thoại thông minh.
- Khu vực xóm Rẫy Cao (thôn Đá Chồng) chưa có sóng di động ổn định, gây khó khăn cho việc học trực tuyến.
- Phòng máy tại hội trường UBND xã chỉ có 08 máy tính, phần lớn cấu hình thấp; một số lớp buổi tối thiếu người hướng dẫn.

## IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025

1. Phấn đấu đến ngày 30/11/2025 tỷ lệ người từ 15 đến 60 tuổi được phổ cập kỹ năng số đạt từ 75% trở lên.
2. Giao công chức Văn hóa - Xã hội chủ trì, phối hợp với Đoàn xã mở thêm 06 lớp tại thôn Nương Dâu và thôn Đá Chồng trong tháng 8 và tháng 9/2025.
3. Công an xã có trách nhiệm hỗ trợ Nhân dân kích hoạt tài khoản định danh điện tử, phấn đấu đạt 4.000 tài khoản trước ngày 30/9/2025.
4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội xã vận động hội viên, Nhân dân tham gia các lớp học; mỗi chi hội vận động tối thiểu 10 hội viên đăng ký học.
5. Trường THCS Nhạn Tháp duy trì câu lạc bộ "Học sinh với kỹ năng số", tổ chức cho học sinh hướng dẫn người thân sử dụng dịch vụ công trực tuyến trong dịp hè.
6. Công chức Tài chính - Kế toán xã tham mưu bố trí 80 triệu đồng từ ngân sách xã cho các hoạt động 6 tháng cuối năm.

## V. ĐỀ XUẤT, KIẾN NGHỊ

1. Đề nghị UBND huyện hỗ trợ 20 máy tính để bàn cho điểm học tập cộng đồng tại hội trường UBND xã.
2. Đề nghị UBND huyện làm việc với các doanh nghiệp viễn thông lắp đặt trạm phát sóng di động tại xóm Rẫy Cao, thôn Đá Chồng trong năm 2025.
3. Đề nghị Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện tăng cường giáo viên hướng dẫn cho các lớp học buổi tối.

Trên đây là báo cáo kết quả thực hiện phong trào "Bình dân học vụ số" và chuyển đổi số 6 tháng đầu năm 2025 của UBND xã Nhạn Tháp, kính báo cáo UBND huyện Trúc Lâu./.

TM. UỶ BAN NHÂN DÂN
CHỦ TỊCH
(Đã ký)
Vi Văn Khiêm

Nơi nhận:
- UBND huyện (b/c);
- Phòng Văn hóa và Thông tin huyện;
- Thường trực Đảng ủy xã;
- Thường trực HĐND xã;
- Lưu: VT.
"""


# ---------------------------------------------------------------------------
# qz05 — Thông báo tuyển sinh của Trung tâm GDNN-GDTX huyện (txt)
# ---------------------------------------------------------------------------
QZ05 = """\
UBND HUYỆN TRÚC LÂU                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP -              Độc lập - Tự do - Hạnh phúc
GIÁO DỤC THƯỜNG XUYÊN
Số: 27/TB-TTGDNN-GDTX                  Trúc Lâu, ngày 02 tháng 4 năm 2025

                              THÔNG BÁO
     Tuyển sinh các lớp phổ cập kỹ năng số cơ bản cho người dân
                          năm 2025 (đợt 1)

Thực hiện Quyết định số 215/QĐ-UBND ngày 10/3/2025 của Chủ tịch UBND huyện Trúc Lâu ban hành Kế hoạch triển khai phong trào "Bình dân học vụ số" và chuyển đổi số trên địa bàn huyện năm 2025, Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Trúc Lâu (sau đây gọi là Trung tâm) thông báo tuyển sinh các lớp phổ cập kỹ năng số cơ bản đợt 1 năm 2025 như sau:

1. Đối tượng tuyển sinh
Công dân từ đủ 15 tuổi đến 60 tuổi đang sinh sống, làm việc trên địa bàn huyện Trúc Lâu, có nhu cầu học tập; ưu tiên hội viên nông dân, phụ nữ, người dân tộc thiểu số, người khuyết tật, người cao tuổi còn sức khỏe và người chưa từng sử dụng điện thoại thông minh.

2. Nội dung học tập
Chương trình gồm 06 chuyên đề:
- Sử dụng điện thoại thông minh an toàn;
- Cài đặt, sử dụng ứng dụng định danh điện tử và dịch vụ công trực tuyến;
- Thanh toán điện tử, chuyển tiền qua ứng dụng ngân hàng;
- Nhận diện tin giả, lừa đảo trực tuyến và bảo vệ thông tin cá nhân;
- Bán hàng nông sản qua mạng xã hội và sàn thương mại điện tử;
- Làm quen với công cụ trí tuệ nhân tạo phục vụ sản xuất, đời sống.

3. Thời lượng, hình thức học
Thời lượng mỗi khóa học là 24 tiết, chia thành 06 buổi, mỗi buổi 04 tiết; học trực tiếp kết hợp thực hành trên điện thoại của học viên. Mỗi lớp không quá 40 học viên.

4. Học phí và chế độ
Học viên được miễn hoàn toàn học phí và được cấp miễn phí tài liệu học tập. Học viên là người dân tộc thiểu số, người thuộc hộ nghèo, hộ cận nghèo được hỗ trợ tiền đi lại 30.000 đồng/buổi. Học viên tham gia đủ số buổi và đạt yêu cầu bài thực hành cuối khóa được Trung tâm cấp Giấy chứng nhận hoàn thành khóa học.

5. Lịch khai giảng các lớp đợt 1

| Lớp | Địa điểm học | Ngày khai giảng | Thời gian học | Chỉ tiêu (học viên) |
|---|---|---|---|---|
| KNS-01 | Hội trường UBND xã Nhạn Tháp | 14/4/2025 | 19h00-21h00 tối thứ Hai, thứ Tư, thứ Sáu | 40 |
| KNS-02 | Nhà văn hóa thôn Lò Gạch, xã Nhạn Tháp | 19/4/2025 | 7h30-11h00 sáng thứ Bảy | 35 |
| KNS-03 | Hội trường UBND xã Đèo Bồng | 21/4/2025 | 19h00-21h00 tối thứ Hai, thứ Năm | 40 |
| KNS-04 | Phòng máy Trung tâm, thị trấn Trúc Lâu | 22/4/2025 | 14h00-16h30 chiều thứ Ba, thứ Năm | 30 |
| KNS-05 | Trường THCS Phổ Lăng, xã Phổ Lăng | 26/4/2025 | 7h30-11h00 sáng thứ Bảy, Chủ nhật | 35 |
| KNS-06 | Nhà văn hóa xã Ràng Bông | 05/5/2025 | 19h00-21h00 tối thứ Hai, thứ Tư | 40 |

Tổng chỉ tiêu đợt 1 là 220 học viên. Trường hợp số người đăng ký vượt chỉ tiêu, Trung tâm sẽ bố trí vào các lớp đợt 2.

6. Hồ sơ và thời hạn đăng ký
Hồ sơ gồm: Phiếu đăng ký học (theo mẫu của Trung tâm) và bản photo Căn cước công dân hoặc Căn cước. Người học nộp hồ sơ trực tiếp tại Phòng Đào tạo của Trung tâm, nộp qua UBND xã, thị trấn nơi cư trú hoặc đăng ký trực tuyến bằng mã QR in trên tờ rơi. Thời hạn nhận hồ sơ: trước 17 giờ 00 ngày 10/4/2025 đối với lớp KNS-01 và KNS-02; các lớp còn lại đăng ký chậm nhất 03 ngày trước ngày khai giảng.

7. Trách nhiệm phối hợp
- Đề nghị UBND các xã, thị trấn thông báo rộng rãi trên hệ thống truyền thanh cơ sở; lập danh sách học viên gửi về Trung tâm trước ngày khai giảng ít nhất 03 ngày; bố trí địa điểm học bảo đảm ánh sáng, điện và mạng internet.
- Đề nghị Hội Nông dân huyện và Hội Liên hiệp Phụ nữ huyện vận động hội viên tham gia các lớp học.
- Đề nghị Huyện đoàn cử đoàn viên thanh niên làm trợ giảng, mỗi lớp 02 trợ giảng, hỗ trợ học viên thực hành trên điện thoại.
- Tổ Bồi dưỡng - Tin học của Trung tâm có trách nhiệm chuẩn bị giáo trình, phân công giáo viên giảng dạy và theo dõi chuyên cần của học viên.
- Phòng Hành chính - Tổng hợp của Trung tâm chuẩn bị tài liệu, văn phòng phẩm và in Giấy chứng nhận cho học viên.

8. Thông tin liên hệ
Thầy Đỗ Trọng Nghĩa, Phó Giám đốc Trung tâm, điện thoại 0915.367.248; cô Mã Thị Hường, Tổ trưởng Tổ Bồi dưỡng - Tin học, điện thoại 0369.502.117, thư điện tử ttgdnngdtx.truclau@hvt.edu.vn.

Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Trúc Lâu trân trọng thông báo./.

                                                          GIÁM ĐỐC
                                                           (Đã ký)
                                                     Kiều Thị Bích Vân
Nơi nhận:
- UBND huyện (để b/c);
- Phòng Giáo dục và Đào tạo huyện (để b/c);
- UBND các xã, thị trấn;
- Hội Nông dân huyện, Hội LHPN huyện, Huyện đoàn;
- Trang thông tin điện tử của Trung tâm;
- Lưu: VT, ĐT.
"""

FILES = {
    "qz01": "qz01_kh_bdhvs_tinh.pdf",
    "qz02": "qz02_qd_kh_truclau.docx",
    "qz03": "qz03_cv_nhiemvu_khcn.txt",
    "qz04": "qz04_bc_xa_nhanthap.md",
    "qz05": "qz05_tb_tuyensinh_kns.txt",
}


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_pdf(os.path.join(CORPUS, FILES["qz01"]))
    build_docx(os.path.join(CORPUS, FILES["qz02"]))
    with open(os.path.join(CORPUS, FILES["qz03"]), "w", encoding="utf-8") as f:
        f.write(build_qz03())
    with open(os.path.join(CORPUS, FILES["qz04"]), "w", encoding="utf-8") as f:
        f.write(nfc(QZ04))
    with open(os.path.join(CORPUS, FILES["qz05"]), "w", encoding="utf-8") as f:
        f.write(nfc(QZ05))
    print("built", ", ".join(FILES.values()))
    if "--questions" in sys.argv:
        # questions.jsonl and who_what.jsonl are written by gen_questions_qz.py (same folder)
        import runpy
        runpy.run_path(os.path.join(HERE, "gen_questions_qz.py"))


if __name__ == "__main__":
    main()
