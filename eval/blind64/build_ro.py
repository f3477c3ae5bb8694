# -*- coding: utf-8 -*-
"""Build the 5 corpus files of blind set 64 (tỉnh Ninh Giang Thượng, xã Khôi Nguyên).

All text is invented. Run: /work/main/.venv/bin/python build_ro.py
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
# ro01 - Nghị quyết HĐND xã (hard-wrapped .txt, two-column header)
# ---------------------------------------------------------------------------
RO01_HEADER = """\
HỘI ĐỒNG NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  XÃ KHÔI NGUYÊN                    Độc lập - Tự do - Hạnh phúc
 ---------------                  ---------------------------
Số: 27/NQ-HĐND              Khôi Nguyên, ngày 12 tháng 12 năm 2025

                           NGHỊ QUYẾT
   Về đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ và
   đổi mới sáng tạo trên địa bàn xã Khôi Nguyên giai đoạn
                          2026 - 2030

               HỘI ĐỒNG NHÂN DÂN XÃ KHÔI NGUYÊN
          NHIỆM KỲ 2021 - 2026, KỲ HỌP THỨ TƯ
"""

RO01_BODY = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
    "Căn cứ Kế hoạch số 214/KH-UBND ngày 05 tháng 9 năm 2025 của Ủy ban nhân dân tỉnh Ninh Giang Thượng về chuyển đổi số cấp xã sau sắp xếp đơn vị hành chính;",
    "Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ xã Khôi Nguyên lần thứ I, nhiệm kỳ 2025 - 2030;",
    "Xét Tờ trình số 88/TTr-UBND ngày 28 tháng 11 năm 2025 của Ủy ban nhân dân xã về việc ban hành Nghị quyết về chuyển đổi số giai đoạn 2026 - 2030; Báo cáo thẩm tra số 15/BC-KTXH ngày 05 tháng 12 năm 2025 của Ban Kinh tế - Xã hội Hội đồng nhân dân xã; ý kiến thảo luận của đại biểu Hội đồng nhân dân xã tại kỳ họp.",
    "QUYẾT NGHỊ:",
    "Điều 1. Mục tiêu",
    "1. Mục tiêu chung",
    "Xây dựng chính quyền xã Khôi Nguyên hoạt động trên môi trường số, phục vụ người dân và doanh nghiệp nhanh chóng, minh bạch; phát triển kinh tế số gắn với các sản phẩm nông nghiệp chủ lực của xã là quế, chè xanh và mật ong bạc hà; từng bước hình thành xã hội số, bảo đảm mọi người dân đều tiếp cận các dịch vụ số thiết yếu, không để ai bị bỏ lại phía sau.",
    "2. Chỉ tiêu đến hết năm 2026",
    "a) 100% hồ sơ thủ tục hành chính thuộc thẩm quyền của xã được tiếp nhận và giải quyết trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh; tỷ lệ hồ sơ nộp trực tuyến toàn trình từ 60% trở lên.",
    "b) 90% người dân từ 15 tuổi trở lên có tài khoản định danh điện tử mức độ 2 và biết sử dụng ứng dụng VNeID để thực hiện dịch vụ công.",
    "c) Tổ chức ít nhất 40 lớp \"Bình dân học vụ số\" tại Trung tâm học tập cộng đồng xã và nhà văn hóa các thôn, với tối thiểu 1.200 lượt học viên.",
    "d) 6/6 nhà văn hóa thôn có mạng cáp quang và điểm wifi công cộng miễn phí.",
    "3. Chỉ tiêu đến năm 2030",
    "a) Tỷ lệ hồ sơ nộp trực tuyến toàn trình từ 85% trở lên; 100% văn bản đi, đến của các cơ quan trong hệ thống chính trị xã (trừ văn bản mật) xử lý trên môi trường mạng.",
    "b) Ít nhất 70% người trong độ tuổi lao động có kỹ năng số cơ bản; 98% người dân từ 15 tuổi trở lên có tài khoản định danh điện tử mức độ 2.",
    "c) Trường Mầm non Khôi Nguyên, Trường Tiểu học Khôi Nguyên và Trường Trung học cơ sở Khôi Nguyên đạt tiêu chí trường học số mức 2; 100% giáo viên sử dụng thành thạo học liệu số.",
    "d) Ít nhất 15 sản phẩm nông sản, trong đó có 5 sản phẩm OCOP, bán trên sàn thương mại điện tử; 100% hợp tác xã sử dụng thanh toán không dùng tiền mặt.",
    "đ) Mỗi năm hỗ trợ triển khai ít nhất 02 mô hình ứng dụng khoa học, công nghệ trong sản xuất nông nghiệp.",
    "Điều 2. Nhiệm vụ, giải pháp chủ yếu",
    "1. Tăng cường tuyên truyền, nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về chuyển đổi số; lồng ghép nội dung chuyển đổi số vào sinh hoạt định kỳ của chi bộ, hội nghị thôn và chương trình phát thanh trên hệ thống loa truyền thanh thông minh của xã.",
    "2. Phát triển hạ tầng số: phối hợp với doanh nghiệp viễn thông xóa các \"vùng lõm\" sóng di động tại thôn Nà Vải và thôn Chằm Dưới trước ngày 30/9/2026; nâng cấp hệ thống loa truyền thanh thông minh đến 100% thôn.",
    "3. Phát triển nguồn nhân lực số: củng cố Tổ công nghệ số cộng đồng ở 6 thôn; Trung tâm học tập cộng đồng xã là đầu mối tổ chức các lớp \"Bình dân học vụ số\", ưu tiên người cao tuổi, phụ nữ và đồng bào dân tộc thiểu số.",
    "4. Ứng dụng khoa học, công nghệ: hỗ trợ mô hình nhà màng trồng dưa lưới tại thôn Khôi Hạ, mô hình nuôi ong gắn cảm biến theo dõi nhiệt độ tổ ong tại thôn Gò Nghệ; xây dựng mã QR truy xuất nguồn gốc cho sản phẩm quế và mật ong bạc hà.",
    "5. Kinh phí thực hiện",
    "Tổng kinh phí thực hiện Nghị quyết giai đoạn 2026 - 2030 dự kiến 4,85 tỷ đồng, gồm: ngân sách xã 1,9 tỷ đồng; ngân sách tỉnh hỗ trợ theo Kế hoạch số 214/KH-UBND là 2,2 tỷ đồng; huy động xã hội hóa 0,75 tỷ đồng. Năm 2026, ngân sách xã bố trí 820 triệu đồng, trong đó 260 triệu đồng dành cho các lớp \"Bình dân học vụ số\".",
    "Điều 3. Tổ chức thực hiện",
    "1. Giao Ủy ban nhân dân xã xây dựng kế hoạch thực hiện Nghị quyết hằng năm, ban hành kế hoạch năm 2026 trước ngày 31/01/2026; báo cáo kết quả thực hiện tại kỳ họp thường lệ cuối năm của Hội đồng nhân dân xã.",
    "2. Giao Thường trực Hội đồng nhân dân xã, các Ban của Hội đồng nhân dân xã, các Tổ đại biểu và đại biểu Hội đồng nhân dân xã giám sát việc thực hiện Nghị quyết; Ban Văn hóa - Xã hội Hội đồng nhân dân xã tổ chức giám sát chuyên đề về các lớp \"Bình dân học vụ số\" trong quý III năm 2026.",
    "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã tuyên truyền, vận động hội viên, đoàn viên và Nhân dân tích cực tham gia; thực hiện giám sát, phản biện xã hội theo quy định.",
    "4. Hội Cựu giáo chức xã có trách nhiệm phối hợp với Trung tâm học tập cộng đồng xã vận động hội viên tham gia các lớp kỹ năng số, gắn với xây dựng mô hình \"Gia đình học tập\", \"Dòng họ học tập\".",
    "Nghị quyết này do Hội đồng nhân dân xã Khôi Nguyên, nhiệm kỳ 2021 - 2026, kỳ họp thứ tư thông qua ngày 12 tháng 12 năm 2025 và có hiệu lực từ ngày 01 tháng 01 năm 2026./.",
]

RO01_FOOTER = """\
Nơi nhận:                                         CHỦ TỊCH
- Thường trực HĐND tỉnh;
- Sở Khoa học và Công nghệ tỉnh;                   (đã ký)
- Thường trực Đảng ủy xã;
- Thường trực HĐND, UBND, UBMTTQ xã;
- Đại biểu HĐND xã;                            Triệu Văn Quảng
- Trưởng các thôn;
- Cổng thông tin điện tử xã;
- Lưu: VT.
"""


def build_ro01():
    out = [RO01_HEADER, ""]
    for para in RO01_BODY:
        # hard wrap at ~72 chars as if copied from a PDF
        out.append("\n".join(textwrap.wrap(para, width=72, break_on_hyphens=False)))
    out.append("")
    out.append(RO01_FOOTER)
    text = nfc("\n".join(out))
    with open(os.path.join(CORPUS, "ro01_nghiquyet_cds.txt"), "w", encoding="utf-8") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# ro02 - Chương trình công tác của Đảng ủy xã (PDF)
# ---------------------------------------------------------------------------
RO02_HEAD_L = ["ĐẢNG BỘ TỈNH NINH GIANG THƯỢNG", "ĐẢNG ỦY XÃ KHÔI NGUYÊN", "*", "Số 41-CTr/ĐU"]
RO02_HEAD_R = ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Khôi Nguyên, ngày 08 tháng 01 năm 2026", ""]
RO02_TITLE = ["CHƯƠNG TRÌNH", "công tác tuyên giáo, khoa giáo và chuyển đổi số năm 2026"]
RO02_BODY = [
    ("p", "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Khôi Nguyên lần thứ I, nhiệm kỳ 2025 - 2030 và Nghị quyết số 27/NQ-HĐND ngày 12/12/2025 của Hội đồng nhân dân xã về đẩy mạnh chuyển đổi số giai đoạn 2026 - 2030, Ban Thường vụ Đảng ủy xã ban hành Chương trình công tác tuyên giáo, khoa giáo và chuyển đổi số năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Cụ thể hóa các nhiệm vụ về tuyên truyền, giáo dục, khoa học, công nghệ và chuyển đổi số trong năm đầu thực hiện Nghị quyết Đại hội; xác định rõ việc, rõ người, rõ thời gian hoàn thành."),
    ("p", "2. Các chi bộ, cơ quan, đoàn thể bám sát Chương trình này để xây dựng kế hoạch của đơn vị; hằng tháng rà soát, báo cáo kết quả về Ban Thường vụ Đảng ủy xã qua Văn phòng Đảng ủy."),
    ("h", "II. NỘI DUNG TRỌNG TÂM"),
    ("p", "1. Công tác tuyên truyền, giáo dục chính trị tư tưởng"),
    ("p", "Tổ chức học tập, quán triệt nghị quyết của Đảng cho 100% cán bộ, đảng viên; tuyên truyền kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam và cuộc bầu cử đại biểu Quốc hội, đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031. Duy trì chuyên mục \"Khôi Nguyên chuyển mình\" phát trên hệ thống loa truyền thanh thông minh vào 17 giờ 30 thứ Ba và thứ Sáu hằng tuần."),
    ("p", "2. Công tác khoa giáo"),
    ("p", "Theo dõi, nắm tình hình dư luận xã hội về giáo dục, y tế, khoa học và công nghệ trên địa bàn; phối hợp với các nhà trường duy trì phổ cập giáo dục mầm non cho trẻ 5 tuổi và phổ cập giáo dục trung học cơ sở mức độ 2; tuyên truyền phòng, chống bệnh sốt xuất huyết và tiêm chủng mở rộng. Tổ chức ít nhất 02 buổi nói chuyện chuyên đề về ứng dụng khoa học, công nghệ trong trồng quế hữu cơ cho hội viên nông dân."),
    ("p", "3. Chuyển đổi số trong hoạt động của Đảng bộ"),
    ("p", "Đến hết quý II năm 2026, 100% đảng viên sử dụng ứng dụng Sổ tay đảng viên điện tử; 100% chi bộ thực hiện thông báo lịch sinh hoạt và tài liệu sinh hoạt qua nhóm điện tử bảo mật. Văn phòng Đảng ủy triển khai phần mềm quản lý văn bản và hồ sơ công việc, bảo đảm 100% văn bản (trừ văn bản mật) ký số và gửi nhận trên môi trường mạng từ ngày 01/3/2026."),
    ("p", "4. Phong trào \"Bình dân học vụ số\""),
    ("p", "Mỗi chi bộ thôn phân công đảng viên trẻ tham gia Tổ công nghệ số cộng đồng, mỗi đảng viên giúp ít nhất 03 hộ gia đình cài đặt, sử dụng VNeID và thanh toán không dùng tiền mặt. Cuộc thi \"Tìm hiểu kỹ năng số\" trực tuyến dành cho đoàn viên, hội viên tổ chức trong tháng 5/2026, cơ cấu giải thưởng gồm 01 giải nhất, 02 giải nhì, 03 giải ba và 05 giải khuyến khích."),
    ("h", "III. LỊCH CÔNG TÁC THEO THÁNG"),
    ("p", "Tháng 01: Hội nghị triển khai Chương trình (ngày 15/01/2026, tại Hội trường Đảng ủy xã); học tập chuyên đề về Nghị quyết số 27/NQ-HĐND cho Bí thư chi bộ."),
    ("p", "Tháng 02: Tuyên truyền mừng Đảng, mừng Xuân Bính Ngọ; kiểm tra việc cài đặt Sổ tay đảng viên điện tử tại các chi bộ thôn Khôi Thượng, Khôi Hạ."),
    ("p", "Tháng 3: Tuyên truyền cuộc bầu cử đại biểu Quốc hội và Hội đồng nhân dân các cấp; ra mắt 6 Tổ công nghệ số cộng đồng kiện toàn sau sáp nhập."),
    ("p", "Tháng 4: Hội nghị báo cáo viên quý II; sơ kết quý I phong trào \"Bình dân học vụ số\"."),
    ("p", "Tháng 5: Tổ chức Cuộc thi \"Tìm hiểu kỹ năng số\"; tuyên truyền Ngày Khoa học và Công nghệ Việt Nam 18/5."),
    ("p", "Tháng 6: Sơ kết 6 tháng thực hiện Chương trình (ngày 26/6/2026); khảo sát dư luận xã hội về chất lượng phục vụ của Trung tâm Phục vụ hành chính công xã."),
    ("p", "Tháng 7 đến tháng 9: Tuyên truyền tuyển sinh năm học 2026 - 2027; kiểm tra chuyên đề chuyển đổi số tại 04 chi bộ (Nà Vải, Chằm Dưới, Gò Nghệ, Trại Ươm)."),
    ("p", "Tháng 10 đến tháng 12: Hội thảo về mô hình nhà màng và nuôi ong ứng dụng cảm biến; tổng kết Chương trình năm 2026 (trước ngày 15/12/2026)."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Ban Xây dựng Đảng Đảng ủy xã chủ trì, phối hợp với Trung tâm Chính trị xã tham mưu tổ chức học tập, quán triệt nghị quyết; hướng dẫn các chi bộ xây dựng kế hoạch thực hiện Chương trình, xong trước ngày 31/01/2026."),
    ("p", "2. Văn phòng Đảng ủy có trách nhiệm bảo đảm hạ tầng, phần mềm quản lý văn bản, chữ ký số cho các đồng chí trong Ban Thường vụ; tổng hợp báo cáo định kỳ hằng quý."),
    ("p", "3. Đảng ủy Ủy ban nhân dân xã lãnh đạo Ủy ban nhân dân xã cụ thể hóa Nghị quyết số 27/NQ-HĐND bằng kế hoạch năm 2026; bố trí kinh phí cho Tổ công nghệ số cộng đồng."),
    ("p", "4. Các chi bộ trực thuộc đưa nội dung chuyển đổi số vào sinh hoạt chi bộ thường kỳ ít nhất một lần mỗi quý; phân công đảng viên phụ trách hộ gia đình."),
    ("p", "5. Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội xã phối hợp tổ chức Cuộc thi \"Tìm hiểu kỹ năng số\"; Đoàn TNCS Hồ Chí Minh xã chủ trì ra đề thi và chấm thi."),
    ("p", "Đầu mối liên hệ: đồng chí Hà Thị Yến, Phó Trưởng Ban Xây dựng Đảng Đảng ủy xã, điện thoại 0983 416 275, thư điện tử bxdd.khoinguyen@ninhgiangthuong.org.vn."),
]
RO02_SIGN = ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "(đã ký)", "Lục Thị Hoan"]
RO02_NOINHAN = ["Nơi nhận:", "- Ban Tuyên giáo và Dân vận Tỉnh ủy,", "- Thường trực Đảng ủy xã,",
                "- Các chi bộ trực thuộc,", "- Ủy ban MTTQ Việt Nam xã,", "- Lưu Văn phòng Đảng ủy."]


def build_ro02():
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    w = pdf.epw / 2
    for l, r in zip(RO02_HEAD_L, RO02_HEAD_R):
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B" if l.startswith("ĐẢNG ỦY") else "", 10.5)
        pdf.cell(w, 6, nfc(l), align="C")
        pdf.set_font("DejaVu", "B" if r.startswith("ĐẢNG CỘNG") else "", 10.5)
        pdf.set_xy(pdf.l_margin + w, y)
        pdf.cell(w, 6, nfc(r), align="C")
        pdf.ln(6)
    pdf.ln(5)
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, nfc(RO02_TITLE[0]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 11.5)
    pdf.multi_cell(0, 7, nfc(RO02_TITLE[1]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, txt in RO02_BODY:
        pdf.set_font("DejaVu", "B" if kind == "h" else "", 11)
        pdf.multi_cell(0, 6.2, nfc(txt), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(4)
    y = pdf.get_y()
    pdf.set_font("DejaVu", "", 9.5)
    for line in RO02_NOINHAN:
        pdf.cell(w, 5.2, nfc(line))
        pdf.ln(5.2)
    pdf.set_xy(pdf.l_margin + w, y)
    for line in RO02_SIGN:
        pdf.set_font("DejaVu", "B" if line.isupper() or line == "Lục Thị Hoan" else "", 10.5)
        pdf.set_x(pdf.l_margin + w)
        pdf.cell(w, 6, nfc(line), align="C")
        pdf.ln(6 if line != "(đã ký)" else 12)
    pdf.output(os.path.join(CORPUS, "ro02_chuongtrinh_dangu.pdf"))


# ---------------------------------------------------------------------------
# ro03 - Thông báo lịch tiếp công dân + lịch trực (.md with tables)
# ---------------------------------------------------------------------------
RO03 = """\
UBND XÃ KHÔI NGUYÊN
VĂN PHÒNG HĐND VÀ UBND
Số: 06/TB-VP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Khôi Nguyên, ngày 29 tháng 12 năm 2025

# THÔNG BÁO

## Lịch tiếp công dân định kỳ của lãnh đạo xã và lịch trực hỗ trợ dịch vụ công trực tuyến quý I năm 2026

Thực hiện Quy chế tiếp công dân của Ủy ban nhân dân xã Khôi Nguyên ban hành kèm theo Quyết định số 112/QĐ-UBND ngày 15/8/2025 và Nghị quyết số 27/NQ-HĐND ngày 12/12/2025 của Hội đồng nhân dân xã về đẩy mạnh chuyển đổi số, Văn phòng HĐND và UBND xã thông báo lịch tiếp công dân định kỳ và lịch trực hỗ trợ dịch vụ công trực tuyến quý I năm 2026 như sau:

### 1. Lịch tiếp công dân định kỳ

Thời gian tiếp: buổi sáng từ 7 giờ 30 đến 11 giờ 00. Địa điểm: Phòng tiếp công dân, tầng 1 trụ sở Đảng ủy - HĐND - UBND xã (thôn Khôi Thượng), trừ buổi tiếp lưu động ghi tại bảng.

| Ngày | Thứ | Lãnh đạo tiếp công dân | Địa điểm | Ghi chú |
|---|---|---|---|---|
| 08/01/2026 | Năm | Đồng chí Triệu Văn Quảng, Bí thư Đảng ủy, Chủ tịch HĐND xã | Phòng tiếp công dân, trụ sở xã | Tiếp định kỳ của Bí thư Đảng ủy |
| 15/01/2026 | Năm | Đồng chí Mã Đức Tiệp, Chủ tịch UBND xã | Phòng tiếp công dân, trụ sở xã | Tiếp định kỳ của Chủ tịch UBND xã |
| 22/01/2026 | Năm | Đồng chí Vi Văn Sình, Phó Chủ tịch HĐND xã | Phòng tiếp công dân, trụ sở xã | Thường trực HĐND xã |
| 05/02/2026 | Năm | Đồng chí Mã Đức Tiệp, Chủ tịch UBND xã | Phòng tiếp công dân, trụ sở xã | |
| 26/02/2026 | Năm | Đồng chí Đinh Thị Ngát, Phó Chủ tịch UBND xã | Điểm tiếp nhận hồ sơ số 2 (trụ sở xã Khôi Hạ cũ) | Tiếp về lĩnh vực văn hóa - xã hội, giáo dục |
| 12/3/2026 | Năm | Đồng chí Triệu Văn Quảng, Bí thư Đảng ủy, Chủ tịch HĐND xã | Phòng tiếp công dân, trụ sở xã | |
| 19/3/2026 | Năm | Đồng chí Mã Đức Tiệp, Chủ tịch UBND xã | Nhà văn hóa thôn Nà Vải | Tiếp lưu động, bắt đầu 14 giờ 00 |

Lưu ý: ngày 29/01/2026 và ngày 19/02/2026 trùng thời gian nghỉ Tết Nguyên đán Bính Ngọ nên không tổ chức tiếp công dân định kỳ; Ban Tiếp công dân xã vẫn tiếp nhận đơn thư qua hòm thư góp ý đặt tại trụ sở xã.

### 2. Lịch trực hỗ trợ dịch vụ công trực tuyến

Tổ công nghệ số cộng đồng xã bố trí thành viên trực tại Trung tâm Phục vụ hành chính công xã để hướng dẫn người dân nộp hồ sơ trực tuyến, cài đặt và kích hoạt tài khoản định danh điện tử VNeID, thanh toán phí, lệ phí trực tuyến.

| Thứ | Buổi | Người trực | Điện thoại |
|---|---|---|---|
| Thứ Hai | Sáng | Nông Văn Chiến (Đoàn TNCS Hồ Chí Minh xã) | 0968 205 117 |
| Thứ Ba | Chiều | Bế Thị Thu Trang (Phòng Văn hóa - Xã hội) | 0915 372 408 |
| Thứ Tư | Sáng | Hoàng Minh Khải (Công an xã) | 0977 640 352 |
| Thứ Năm | Chiều | Lý Thị Quyên (Hội Liên hiệp Phụ nữ xã) | 0388 913 064 |
| Thứ Sáu | Sáng | Nông Văn Chiến (Đoàn TNCS Hồ Chí Minh xã) | 0968 205 117 |
| Thứ Bảy | Sáng | Luân phiên thành viên Tổ công nghệ số cộng đồng | 0208 3862 149 (đường dây nóng) |

Buổi sáng trực từ 7 giờ 30 đến 11 giờ 30; buổi chiều trực từ 13 giờ 30 đến 17 giờ 00. Riêng thứ Bảy chỉ hỗ trợ hướng dẫn, không tiếp nhận hồ sơ giấy.

### 3. Trách nhiệm của các bộ phận

1. Công chức Văn phòng HĐND và UBND xã phụ trách tiếp công dân có trách nhiệm chuẩn bị hồ sơ, tài liệu liên quan và ghi sổ tiếp công dân; chuyển đơn thư đến bộ phận có thẩm quyền trong thời hạn 05 ngày làm việc.
2. Trung tâm Phục vụ hành chính công xã bố trí bàn, máy tính kết nối mạng và 01 máy quét tài liệu cho người trực hỗ trợ; cập nhật số lượt hỗ trợ vào sổ theo dõi hằng ngày.
3. Công an xã phối hợp bảo đảm an ninh, trật tự tại nơi tiếp công dân và hỗ trợ xác thực tài khoản định danh điện tử mức độ 2.
4. Trưởng các thôn thông báo lịch này trên hệ thống loa truyền thanh thông minh của thôn ít nhất 02 lần mỗi tuần và niêm yết tại nhà văn hóa thôn.
5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã cử đại diện tham dự các buổi tiếp công dân định kỳ của Bí thư Đảng ủy và Chủ tịch UBND xã.

Công dân đến liên hệ mang theo Căn cước hoặc giấy tờ tùy thân có ảnh. Trường hợp có thay đổi lịch, Văn phòng HĐND và UBND xã sẽ thông báo trên Trang thông tin điện tử xã (khoinguyen.ninhgiangthuong.gov.vn) và nhóm Zalo "Khôi Nguyên - Thông tin chính quyền" trước ít nhất 01 ngày làm việc. Mọi thông tin cần giải đáp, liên hệ bà Tạ Thu Hường, công chức Văn phòng - Thống kê, điện thoại 0208 3862 149.

Nơi nhận:
- Thường trực Đảng ủy xã (b/c);
- Thường trực HĐND xã (b/c);
- Chủ tịch, các Phó Chủ tịch UBND xã;
- Ủy ban MTTQ Việt Nam xã;
- Các phòng, ban, đơn vị thuộc UBND xã;
- Trưởng các thôn;
- Lưu: VT.

KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG

(đã ký)

Tạ Quang Đức
"""


# ---------------------------------------------------------------------------
# ro04 - Báo cáo của Trung tâm học tập cộng đồng xã (.txt with Markdown table)
# ---------------------------------------------------------------------------
RO04 = """\
UBND XÃ KHÔI NGUYÊN
TRUNG TÂM HỌC TẬP CỘNG ĐỒNG
Số: 05/BC-TTHTCĐ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Khôi Nguyên, ngày 16 tháng 01 năm 2026

BÁO CÁO
Kết quả tổ chức các lớp "Bình dân học vụ số" và hoạt động học tập cộng đồng
6 tháng cuối năm 2025; nhiệm vụ năm 2026

Kính gửi: Ủy ban nhân dân xã Khôi Nguyên.

Thực hiện Kế hoạch số 214/KH-UBND ngày 05/9/2025 của Ủy ban nhân dân tỉnh Ninh Giang Thượng và sự phân công của Ủy ban nhân dân xã, Trung tâm học tập cộng đồng xã Khôi Nguyên báo cáo kết quả hoạt động từ ngày 01/7/2025 đến ngày 31/12/2025 như sau:

I. ĐẶC ĐIỂM TÌNH HÌNH

Sau sắp xếp đơn vị hành chính, xã Khôi Nguyên gồm 6 thôn với 2.146 hộ, 8.903 nhân khẩu; đồng bào dân tộc Tày, Nùng, Dao chiếm 78,4% dân số. Trung tâm học tập cộng đồng của các xã cũ hợp nhất thành Trung tâm học tập cộng đồng xã Khôi Nguyên, đặt tại tầng 2 nhà văn hóa thôn Khôi Thượng, có 01 phòng máy với 18 máy tính (trong đó 10 máy do Quỹ Khuyến học tỉnh tài trợ tháng 10/2025). Ban Giám đốc gồm 03 người, hoạt động kiêm nhiệm; đội ngũ cộng tác viên 24 người là giáo viên, đoàn viên thanh niên và thành viên Tổ công nghệ số cộng đồng.

II. KẾT QUẢ THỰC HIỆN

1. Các lớp "Bình dân học vụ số"

Trong 6 tháng cuối năm 2025, Trung tâm tổ chức 21 lớp với 684 lượt học viên, nội dung gồm: cài đặt và sử dụng VNeID; nộp hồ sơ trên Cổng Dịch vụ công quốc gia; thanh toán không dùng tiền mặt; nhận diện tin giả và lừa đảo qua mạng; bán hàng trên sàn thương mại điện tử. Kết quả theo từng thôn:

| Thôn | Số lớp | Lượt học viên | Trong đó nữ | Người từ 60 tuổi trở lên | Tỷ lệ hoàn thành bài thực hành |
|---|---|---|---|---|---|
| Khôi Thượng | 5 | 172 | 96 | 31 | 94% |
| Khôi Hạ | 4 | 138 | 75 | 22 | 91% |
| Chằm Dưới | 3 | 87 | 52 | 19 | 83% |
| Nà Vải | 3 | 79 | 48 | 25 | 76% |
| Gò Nghệ | 3 | 104 | 57 | 18 | 88% |
| Trại Ươm | 3 | 104 | 61 | 14 | 90% |
| **Cộng** | **21** | **684** | **389** | **129** | **88%** |

Thôn có tỷ lệ hoàn thành bài thực hành thấp nhất là Nà Vải (76%) do sóng di động yếu và nhiều học viên cao tuổi chưa có điện thoại thông minh. Trung tâm phối hợp với Viettel Ninh Giang Thượng cho mượn 30 điện thoại thông minh để học viên thực hành tại lớp.

2. Các hoạt động học tập khác

Tổ chức 06 lớp chuyển giao kỹ thuật trồng quế hữu cơ và nuôi ong lấy mật với 215 lượt nông dân tham dự, phối hợp với Hội Nông dân xã; 02 lớp tiếng Việt cho phụ nữ dân tộc Dao tại thôn Chằm Dưới với 46 học viên; duy trì tủ sách cộng đồng với 1.350 đầu sách, phục vụ 2.870 lượt bạn đọc.

3. Kinh phí

Tổng kinh phí thực hiện 6 tháng cuối năm 2025 là 187.500.000 đồng, trong đó ngân sách xã 112.000.000 đồng, Quỹ Khuyến học tỉnh hỗ trợ 45.000.000 đồng, các doanh nghiệp viễn thông tài trợ 30.500.000 đồng. Chi bồi dưỡng giảng viên, cộng tác viên theo mức 150.000 đồng/buổi.

III. KHÓ KHĂN, HẠN CHẾ

1. Địa bàn rộng sau sáp nhập, thôn xa nhất (Nà Vải) cách trụ sở Trung tâm 14 km, học viên đi lại khó khăn vào mùa mưa.
2. Phòng máy mới có 18 máy tính, chưa đáp ứng nhu cầu khi tổ chức lớp trên 25 học viên; đường truyền internet tại điểm học thôn Chằm Dưới thường xuyên gián đoạn.
3. Đội ngũ cộng tác viên chủ yếu kiêm nhiệm, chưa qua bồi dưỡng nghiệp vụ sư phạm cho người lớn tuổi.

IV. NHIỆM VỤ NĂM 2026

1. Tổ chức 40 lớp "Bình dân học vụ số" với tối thiểu 1.200 lượt học viên theo chỉ tiêu của Nghị quyết số 27/NQ-HĐND ngày 12/12/2025 của Hội đồng nhân dân xã; mở thêm 02 điểm học lưu động tại thôn Nà Vải và thôn Trại Ươm.
2. Phối hợp Hội Cựu giáo chức xã bình chọn danh hiệu "Công dân học tập" gắn với kỹ năng số; phối hợp Trường Trung học cơ sở Khôi Nguyên huy động học sinh lớp 8, lớp 9 làm "trợ giảng nhí" hướng dẫn ông bà, cha mẹ sử dụng điện thoại thông minh.
3. Hoàn thành việc số hóa hồ sơ học viên và cập nhật lên phần mềm quản lý Trung tâm học tập cộng đồng của tỉnh trước ngày 30/4/2026.

V. ĐỀ XUẤT, KIẾN NGHỊ

1. Đề nghị Ủy ban nhân dân xã bổ sung 12 máy tính cho phòng máy của Trung tâm trong quý I năm 2026 và bố trí kinh phí năm 2026 cho các lớp "Bình dân học vụ số" là 260 triệu đồng như Nghị quyết của Hội đồng nhân dân xã.
2. Đề nghị Hội Cựu giáo chức xã vận động con em xa quê, doanh nghiệp hỗ trợ điện thoại thông minh cũ cho học viên là hộ nghèo.
3. Đề nghị Phòng Văn hóa - Xã hội xã phối hợp với Trường Trung học cơ sở Khôi Nguyên tổ chức 01 lớp bồi dưỡng phương pháp dạy kỹ năng số cho cộng tác viên trước ngày 15/3/2026.

Người liên hệ: ông Lường Văn Kiêm, Phó Giám đốc Trung tâm, điện thoại 0912 508 736, thư điện tử tthtcd.khoinguyen@gmail.com.

Nơi nhận:
- UBND xã (b/c);
- Phòng Văn hóa - Xã hội xã;
- Hội Cựu giáo chức xã;
- Lưu: TTHTCĐ.

GIÁM ĐỐC

(đã ký)

Đinh Thị Ngát
"""


# ---------------------------------------------------------------------------
# ro05 - Kế hoạch UBND xã (.docx with Word list numbering and task table)
# ---------------------------------------------------------------------------
RO05_INTRO = "Thực hiện Nghị quyết số 27/NQ-HĐND ngày 12/12/2025 của Hội đồng nhân dân xã về đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ và đổi mới sáng tạo trên địa bàn xã Khôi Nguyên giai đoạn 2026 - 2030 và Chương trình số 41-CTr/ĐU ngày 08/01/2026 của Ban Thường vụ Đảng ủy xã, Ủy ban nhân dân xã ban hành Kế hoạch thực hiện năm 2026 như sau:"
RO05_MUCDICH = [
    "Cụ thể hóa các chỉ tiêu năm 2026 của Nghị quyết số 27/NQ-HĐND thành nhiệm vụ cụ thể, phân công rõ đơn vị chủ trì, đơn vị phối hợp và thời hạn hoàn thành.",
    "Gắn chuyển đổi số với cải cách hành chính, nâng cao chất lượng phục vụ người dân tại Trung tâm Phục vụ hành chính công xã.",
    "Huy động sự tham gia của cả hệ thống chính trị, doanh nghiệp viễn thông và Nhân dân; lấy người dân làm trung tâm của chuyển đổi số.",
]
RO05_CHITIEU = [
    "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình từ 60% trở lên; 100% kết quả giải quyết thủ tục hành chính số hóa và trả bản điện tử.",
    "90% người dân từ 15 tuổi trở lên có tài khoản định danh điện tử mức độ 2.",
    "Tổ chức 40 lớp \"Bình dân học vụ số\" với tối thiểu 1.200 lượt học viên; mỗi thôn có ít nhất 05 thành viên Tổ công nghệ số cộng đồng hoạt động thường xuyên.",
    "Lắp đặt điểm wifi công cộng miễn phí tại 6/6 nhà văn hóa thôn; xóa vùng lõm sóng di động tại thôn Nà Vải và thôn Chằm Dưới.",
    "Có thêm 05 sản phẩm nông sản của xã bán trên sàn thương mại điện tử, nâng tổng số sản phẩm lên 08 sản phẩm.",
]
RO05_TABLE = [
    ("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
    ("1", "Kiện toàn Tổ công nghệ số cộng đồng ở 6 thôn; tập huấn kỹ năng hỗ trợ dịch vụ công cho thành viên", "Phòng Văn hóa - Xã hội", "Đoàn TNCS Hồ Chí Minh xã, Trưởng các thôn", "Trước ngày 15/3/2026"),
    ("2", "Tổ chức 40 lớp \"Bình dân học vụ số\" tại Trung tâm và 02 điểm học lưu động", "Trung tâm học tập cộng đồng xã", "Hội Cựu giáo chức xã, Trường THCS Khôi Nguyên", "Tháng 3 - tháng 11/2026"),
    ("3", "Làm sạch dữ liệu dân cư, hỗ trợ kích hoạt tài khoản định danh điện tử mức độ 2", "Công an xã", "Trưởng các thôn, Tổ công nghệ số cộng đồng", "Trước ngày 30/6/2026"),
    ("4", "Lắp đặt wifi công cộng tại 6 nhà văn hóa thôn; phát sóng trạm BTS mới tại thôn Nà Vải", "Phòng Kinh tế", "Viettel Ninh Giang Thượng, VNPT Ninh Giang Thượng", "Trước ngày 30/9/2026"),
    ("5", "Hỗ trợ hợp tác xã và hộ sản xuất đưa sản phẩm quế, mật ong bạc hà lên sàn thương mại điện tử; gắn mã QR truy xuất nguồn gốc", "Phòng Kinh tế", "Hội Nông dân xã, Bưu điện xã", "Quý IV/2026"),
    ("6", "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực từ năm 2020 đến nay", "Trung tâm Phục vụ hành chính công xã", "Văn phòng HĐND và UBND xã", "Trước ngày 31/10/2026"),
    ("7", "Xây dựng chuyên mục chuyển đổi số trên Trang thông tin điện tử xã và hệ thống loa truyền thanh thông minh", "Văn phòng HĐND và UBND xã", "Phòng Văn hóa - Xã hội", "Định kỳ hằng tháng"),
    ("8", "Triển khai sổ điểm điện tử, học bạ số và kho học liệu số dùng chung", "Trường Tiểu học Khôi Nguyên, Trường THCS Khôi Nguyên", "Phòng Văn hóa - Xã hội", "Học kỳ II năm học 2025 - 2026"),
]
RO05_KINHPHI = "Tổng kinh phí thực hiện Kế hoạch năm 2026 là 1.140 triệu đồng, trong đó ngân sách xã 820 triệu đồng (bao gồm 260 triệu đồng cho các lớp \"Bình dân học vụ số\"), ngân sách tỉnh hỗ trợ 250 triệu đồng theo Kế hoạch số 214/KH-UBND, xã hội hóa 70 triệu đồng. Phòng Kinh tế tham mưu phân bổ chi tiết trước ngày 28/02/2026."
RO05_TOCHUC = [
    "Phòng Văn hóa - Xã hội: là cơ quan thường trực giúp Ủy ban nhân dân xã theo dõi, tổng hợp việc thực hiện Kế hoạch; hướng dẫn các nhà trường xây dựng trường học số; tổng hợp báo cáo định kỳ hằng quý, gửi Ủy ban nhân dân xã trước ngày 20 của tháng cuối quý.",
    "Phòng Kinh tế: chủ trì phát triển hạ tầng số, thương mại điện tử và các mô hình ứng dụng khoa học, công nghệ trong nông nghiệp; tham mưu phân bổ và quyết toán kinh phí theo quy định.",
    "Văn phòng HĐND và UBND xã có trách nhiệm bảo đảm 100% văn bản đi, đến (trừ văn bản mật) xử lý trên phần mềm quản lý văn bản, ký số đầy đủ; vận hành Trang thông tin điện tử xã.",
    "Trung tâm Phục vụ hành chính công xã: bố trí bàn hướng dẫn dịch vụ công trực tuyến, theo dõi tỷ lệ hồ sơ trực tuyến toàn trình và báo cáo Chủ tịch Ủy ban nhân dân xã hằng tháng.",
    "Trung tâm học tập cộng đồng xã: tổ chức các lớp \"Bình dân học vụ số\", cập nhật số liệu học viên lên phần mềm quản lý của tỉnh trước ngày 30/4/2026.",
    "Các phòng, ban, đơn vị thuộc Ủy ban nhân dân xã và Trưởng các thôn căn cứ nhiệm vụ được giao tại Kế hoạch này chủ động triển khai, bảo đảm đúng tiến độ.",
    "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã, Hội Liên hiệp Phụ nữ xã, Hội Nông dân xã, Hội Cựu chiến binh xã và Đoàn TNCS Hồ Chí Minh xã tuyên truyền, vận động hội viên, đoàn viên tham gia học kỹ năng số và sử dụng dịch vụ công trực tuyến.",
]
RO05_LIENHE = "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội, đầu mối: bà Bế Thị Thu Trang, điện thoại 0915 372 408, thư điện tử vhxh.khoinguyen@ninhgiangthuong.gov.vn) để xem xét, giải quyết."


def restart_numbering(doc):
    """Create a new w:num for the 'List Number' abstract numbering, restarting at 1."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    numbering = doc.part.numbering_part.element
    style = doc.styles["List Number"]
    num_id = style.element.pPr.numPr.numId.val
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id):
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), abstract)
    num.append(a)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return new_id


def set_num(p, num_id):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.insert(0, numPr) if pPr.find(qn("w:pStyle")) is None else pPr.find(qn("w:pStyle")).addnext(numPr)


def build_ro05():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    head = doc.add_table(rows=3, cols=2)
    cells = [("UBND XÃ KHÔI NGUYÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             ("", "Độc lập - Tự do - Hạnh phúc"),
             ("Số: 19/KH-UBND", "Khôi Nguyên, ngày 20 tháng 01 năm 2026")]
    for i, (l, r) in enumerate(cells):
        head.cell(i, 0).text = nfc(l)
        head.cell(i, 1).text = nfc(r)
        for c in (head.cell(i, 0), head.cell(i, 1)):
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    def para(text, bold=False, center=False, style=None):
        p = doc.add_paragraph(style=style)
        run = p.add_run(nfc(text))
        run.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    para("KẾ HOẠCH", bold=True, center=True)
    para("Thực hiện Nghị quyết số 27/NQ-HĐND của Hội đồng nhân dân xã về chuyển đổi số năm 2026", bold=True, center=True)
    para(RO05_INTRO)
    para("I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    for t in RO05_MUCDICH:
        para(t, style="List Bullet")
    para("II. CHỈ TIÊU NĂM 2026", bold=True)
    for t in RO05_CHITIEU:
        para(t, style="List Number")
    para("III. NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    tbl = doc.add_table(rows=len(RO05_TABLE), cols=5)
    tbl.style = "Table Grid"
    for i, row in enumerate(RO05_TABLE):
        for j, val in enumerate(row):
            tbl.cell(i, j).text = nfc(val)
            if i == 0:
                for r in tbl.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    para("IV. KINH PHÍ THỰC HIỆN", bold=True)
    para(RO05_KINHPHI)
    para("V. TỔ CHỨC THỰC HIỆN", bold=True)
    new_num = restart_numbering(doc)
    for t in RO05_TOCHUC:
        p = para(t, style="List Number")
        set_num(p, new_num)
    para(RO05_LIENHE)
    foot = doc.add_table(rows=1, cols=2)
    foot.cell(0, 0).text = nfc("Nơi nhận:\n- Thường trực Đảng ủy xã (b/c);\n- Thường trực HĐND xã (b/c);\n- Chủ tịch, các Phó Chủ tịch UBND xã;\n- Ủy ban MTTQ Việt Nam xã và các đoàn thể;\n- Các phòng, ban, đơn vị thuộc UBND xã;\n- Trưởng các thôn;\n- Lưu: VT, VHXH.")
    foot.cell(0, 1).text = nfc("TM. UBND XÃ KHÔI NGUYÊN\nCHỦ TỊCH\n\n(đã ký)\n\nMã Đức Tiệp")
    doc.save(os.path.join(CORPUS, "ro05_kehoach_cds.docx"))


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_ro01()
    build_ro02()
    with open(os.path.join(CORPUS, "ro03_thongbao_lichtiepdan.md"), "w", encoding="utf-8") as f:
        f.write(nfc(RO03))
    with open(os.path.join(CORPUS, "ro04_baocao_ttht.txt"), "w", encoding="utf-8") as f:
        f.write(nfc(RO04))
    build_ro05()
    print("built", sorted(os.listdir(CORPUS)))


if __name__ == "__main__":
    main()
