# -*- coding: utf-8 -*-
"""Build the blind37 corpus (tỉnh Quang Tiến) from text held in this file.

Writes corpus/qm01..qm05. Run with /work/main/.venv/bin/python build_qm.py
All names, numbers and dates are invented.
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
# qm01 - Quyết định (UBND tỉnh) + Quy chế kèm theo -> PDF
# ---------------------------------------------------------------------------
QM01_HEAD_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH QUANG TIẾN", "", "Số: 1184/QĐ-UBND"]
QM01_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Quang Tiến, ngày 20 tháng 01 năm 2025"]

QM01_BODY = """#QUYẾT ĐỊNH
#Ban hành Quy chế xét tặng Giải thưởng Sáng tạo khoa học và công nghệ tỉnh Quang Tiến
#ỦY BAN NHÂN DÂN TỈNH QUANG TIẾN
Căn cứ Luật Tổ chức chính quyền địa phương;
Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Chương trình hành động số 12-CTr/TU ngày 06 tháng 01 năm 2025 của Ban Chấp hành Đảng bộ tỉnh Quang Tiến;
Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 09/TTr-SKHCN ngày 08 tháng 01 năm 2025.
#QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế xét tặng Giải thưởng Sáng tạo khoa học và công nghệ tỉnh Quang Tiến (sau đây gọi tắt là Giải thưởng).
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký. Giải thưởng lần thứ nhất được tổ chức xét tặng trong năm 2025.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở: Khoa học và Công nghệ, Tài chính, Giáo dục và Đào tạo, Y tế, Nông nghiệp và Môi trường; Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.
@SIGN
#QUY CHẾ
#Xét tặng Giải thưởng Sáng tạo khoa học và công nghệ tỉnh Quang Tiến
#(Ban hành kèm theo Quyết định số 1184/QĐ-UBND ngày 20/01/2025 của Ủy ban nhân dân tỉnh Quang Tiến)
#Chương I. QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định đối tượng, lĩnh vực, cơ cấu giải, mức thưởng, hồ sơ, trình tự xét tặng và trách nhiệm tổ chức Giải thưởng.
Điều 2. Đối tượng tham gia
1. Tổ chức, cá nhân, nhóm tác giả trong và ngoài tỉnh có công trình, giải pháp khoa học và công nghệ đã được ứng dụng trên địa bàn tỉnh Quang Tiến ít nhất 12 tháng tính đến ngày hết hạn nhận hồ sơ.
2. Học sinh trung học phổ thông, sinh viên đang học tập tại các cơ sở giáo dục trên địa bàn tỉnh được tham gia ở lĩnh vực dành riêng cho thanh thiếu niên quy định tại điểm đ khoản 1 Điều 3 Quy chế này.
Điều 3. Lĩnh vực xét tặng
1. Giải thưởng được xét tặng theo 05 lĩnh vực:
a) Kỹ thuật, công nghiệp và năng lượng;
b) Nông nghiệp, lâm nghiệp, thủy sản và môi trường;
c) Y tế, giáo dục và khoa học xã hội;
d) Chuyển đổi số và quản lý nhà nước;
đ) Sáng tạo thanh thiếu niên.
2. Mỗi công trình chỉ được đăng ký tham gia một lĩnh vực.
Điều 4. Chu kỳ xét tặng
Giải thưởng được tổ chức 02 năm một lần, vào các năm lẻ. Lễ trao Giải thưởng được tổ chức vào dịp kỷ niệm Ngày Khoa học và Công nghệ Việt Nam (18/5) của năm kế tiếp.
#Chương II. CƠ CẤU GIẢI, MỨC THƯỞNG VÀ HỒ SƠ
Điều 5. Cơ cấu giải
Mỗi lĩnh vực xét tặng tối đa 01 giải nhất, 02 giải nhì, 03 giải ba và 04 giải khuyến khích.
Điều 6. Mức thưởng
1. Giải nhất: 40.000.000 đồng (bốn mươi triệu đồng) và Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh.
2. Giải nhì: 25.000.000 đồng và Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh.
3. Giải ba: 15.000.000 đồng và Giấy chứng nhận của Ban Tổ chức.
4. Giải khuyến khích: 5.000.000 đồng và Giấy chứng nhận của Ban Tổ chức.
5. Ở lĩnh vực Sáng tạo thanh thiếu niên, mức thưởng bằng 50% mức tương ứng tại các khoản 1, 2, 3 và 4 Điều này.
Điều 7. Hồ sơ và thời hạn nộp hồ sơ
1. Hồ sơ gồm: đơn đăng ký theo Mẫu 01; bản thuyết minh công trình không quá 20 trang; văn bản xác nhận hiệu quả ứng dụng của cơ quan, đơn vị sử dụng; tài liệu chứng minh quyền tác giả (nếu có).
2. Hồ sơ nộp trực tiếp hoặc qua dịch vụ bưu chính tại Sở Khoa học và Công nghệ, số 18 đường Nguyễn Lương Bằng, phường Vọng Nguyệt, thành phố Quang Tiến; hoặc nộp trực tuyến qua Cổng dịch vụ công của tỉnh.
3. Thời gian nhận hồ sơ: từ ngày 01/3 đến hết ngày 31/7 của năm xét tặng; riêng năm 2025, thời gian nhận hồ sơ kéo dài đến hết ngày 15/8/2025.
Điều 8. Hội đồng xét tặng
1. Chủ tịch Ủy ban nhân dân tỉnh quyết định thành lập Hội đồng xét tặng Giải thưởng (sau đây gọi là Hội đồng), gồm: Chủ tịch Hội đồng là Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách khối văn hóa - xã hội; Phó Chủ tịch thường trực là Giám đốc Sở Khoa học và Công nghệ; các thành viên là lãnh đạo Sở Giáo dục và Đào tạo, Sở Y tế, Sở Nông nghiệp và Môi trường, Sở Tài chính, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, Tỉnh đoàn và một số nhà khoa học có uy tín.
Điều 9. Trình tự xét tặng
1. Vòng sơ tuyển: các tiểu ban đánh giá hồ sơ, hoàn thành trong tháng 9 của năm xét tặng.
2. Vòng chung khảo: Hội đồng nghe tác giả trình bày, đánh giá thực tế tại nơi ứng dụng (nếu cần), hoàn thành trong tháng 11 của năm xét tặng.
3. Công trình được đề nghị trao giải nhất, giải nhì phải đạt từ 85 điểm trở lên trên thang điểm 100; giải ba phải đạt từ 75 điểm; giải khuyến khích phải đạt từ 65 điểm.
Điều 10. Kinh phí
Kinh phí tổ chức Giải thưởng được bố trí từ nguồn sự nghiệp khoa học và công nghệ của ngân sách tỉnh và các nguồn xã hội hóa hợp pháp; tổng dự toán mỗi kỳ không quá 850.000.000 đồng.
#Chương III. TỔ CHỨC THỰC HIỆN
Điều 11. Trách nhiệm của các cơ quan, đơn vị
1. Sở Khoa học và Công nghệ là cơ quan thường trực Giải thưởng, có trách nhiệm ban hành thể lệ chi tiết và mẫu hồ sơ trước ngày 28/02/2025; tiếp nhận hồ sơ; lập dự toán kinh phí; tổng hợp kết quả trình Chủ tịch Ủy ban nhân dân tỉnh.
2. Sở Tài chính chủ trì thẩm định dự toán, tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí tổ chức Giải thưởng theo quy định.
3. Sở Giáo dục và Đào tạo phối hợp với Tỉnh đoàn phát động, hướng dẫn học sinh, sinh viên tham gia lĩnh vực Sáng tạo thanh thiếu niên.
4. Các sở: Y tế, Nông nghiệp và Môi trường giới thiệu công trình, giải pháp tiêu biểu trong ngành và cử chuyên gia tham gia các tiểu ban chuyên môn.
5. Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh phối hợp với Sở Khoa học và Công nghệ tổ chức hội thảo giới thiệu Giải thưởng tới đội ngũ trí thức, nhà khoa học.
6. Báo Quang Tiến, Đài Phát thanh và Truyền hình tỉnh tuyên truyền về Giải thưởng và các công trình đạt giải.
7. Ủy ban nhân dân các huyện, thị xã, thành phố phát hiện, lựa chọn và giới thiệu công trình, giải pháp đã được ứng dụng hiệu quả tại địa phương, gửi về Sở Khoa học và Công nghệ trước ngày 15/7 của năm xét tặng.
Điều 12. Điều khoản thi hành
Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị, cá nhân phản ánh về Sở Khoa học và Công nghệ (qua Phòng Quản lý khoa học, đầu mối: ông Trịnh Minh Khải, điện thoại 0237.3856.214, thư điện tử qlkh.skhcn@quangtien.gov.vn) để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, sửa đổi, bổ sung cho phù hợp./.
"""

QM01_NOINHAN = ["Nơi nhận:", "- Như Điều 3;", "- Bộ Khoa học và Công nghệ (để b/c);",
                "- Thường trực Tỉnh ủy (để b/c);", "- Thường trực HĐND tỉnh;",
                "- Chủ tịch, các PCT UBND tỉnh;", "- Ban Tuyên giáo Tỉnh ủy;",
                "- Lưu: VT, KGVX."]
QM01_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "",
             "Lương Thế Bảo"]


def build_qm01(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 10.5)
    for left, right in zip(QM01_HEAD_LEFT, QM01_HEAD_RIGHT):
        bold_l = left in ("TỈNH QUANG TIẾN",)
        pdf.set_font("DejaVu", "B" if bold_l else "", 10.5)
        pdf.cell(70, 5.5, nfc(left), align="C")
        bold_r = right.startswith("CỘNG HÒA") or right.startswith("Độc lập")
        pdf.set_font("DejaVu", "B" if bold_r else "", 10.5)
        pdf.cell(0, 5.5, nfc(right), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for line in QM01_BODY.strip("\n").split("\n"):
        line = nfc(line)
        if line == "@SIGN":
            pdf.ln(3)
            y0 = pdf.get_y()
            pdf.set_font("DejaVu", "", 9)
            for n in QM01_NOINHAN:
                pdf.set_font("DejaVu", "B" if n == "Nơi nhận:" else "", 9)
                pdf.cell(85, 4.6, nfc(n), new_x="LMARGIN", new_y="NEXT")
            y1 = pdf.get_y()
            pdf.set_y(y0)
            for s in QM01_SIGN:
                pdf.set_x(110)
                pdf.set_font("DejaVu", "B", 10.5)
                pdf.cell(80, 5.5, nfc(s), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(y1, pdf.get_y()))
            pdf.add_page()
            continue
        if line.startswith("#"):
            pdf.set_font("DejaVu", "B", 11.5)
            pdf.multi_cell(0, 6, line[1:], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            continue
        is_art = line.startswith("Điều ") and len(line) < 60
        pdf.set_font("DejaVu", "B" if is_art else "", 10.5)
        pdf.multi_cell(0, 5.6, line, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.output(path)


# ---------------------------------------------------------------------------
# qm02 - Kế hoạch (UBND huyện) -> DOCX with Word list numbering + task table
# ---------------------------------------------------------------------------
QM02 = {
    "head_left": ["ỦY BAN NHÂN DÂN", "HUYỆN ĐẠM THỦY", "", "Số: 46/KH-UBND"],
    "head_right": ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Đạm Thủy, ngày 10 tháng 3 năm 2025"],
    "title": ["KẾ HOẠCH",
              "Triển khai phong trào \"Bình dân học vụ số\" và phổ cập kỹ năng số cho người dân huyện Đạm Thủy năm 2025"],
    "intro": [
        "Căn cứ Kế hoạch số 31/KH-UBND ngày 21/02/2025 của Ủy ban nhân dân tỉnh Quang Tiến về phổ cập kỹ năng số cho người dân giai đoạn 2025 - 2026;",
        "Căn cứ Quyết định số 1184/QĐ-UBND ngày 20/01/2025 của Ủy ban nhân dân tỉnh ban hành Quy chế xét tặng Giải thưởng Sáng tạo khoa học và công nghệ tỉnh Quang Tiến;",
        "Ủy ban nhân dân huyện Đạm Thủy ban hành Kế hoạch triển khai phong trào \"Bình dân học vụ số\" và phổ cập kỹ năng số cho người dân trên địa bàn huyện năm 2025, cụ thể như sau:",
    ],
    "sections": [
        ("I. MỤC ĐÍCH, YÊU CẦU", "bullet", [
            "Phổ cập kỹ năng số cơ bản cho người dân, ưu tiên người cao tuổi, người thuộc hộ nghèo, hộ cận nghèo và đồng bào dân tộc thiểu số ở các thôn vùng cao.",
            "Huy động sự tham gia của cả hệ thống chính trị, các nhà trường và đoàn viên thanh niên; lấy xã, thị trấn làm địa bàn triển khai chính, lấy thôn, tổ dân phố làm điểm tổ chức lớp học.",
            "Việc tổ chức phải thiết thực, tránh hình thức, phù hợp với thời gian lao động sản xuất của người dân; gắn với cải cách hành chính và tăng tỷ lệ sử dụng dịch vụ công trực tuyến.",
        ]),
        ("II. CHỈ TIÊU", "number", [
            "Đến ngày 31/12/2025, ít nhất 75% người dân từ 15 tuổi trở lên trên địa bàn huyện được phổ cập kỹ năng số cơ bản (sử dụng điện thoại thông minh, thanh toán không dùng tiền mặt, dịch vụ công trực tuyến, nhận diện tin giả và lừa đảo trực tuyến).",
            "100% cán bộ, công chức cấp huyện và cấp xã hoàn thành khóa bồi dưỡng kỹ năng số trên nền tảng học trực tuyến mở đại trà trước ngày 30/6/2025.",
            "12/12 xã, thị trấn duy trì hoạt động Tổ công nghệ số cộng đồng; mỗi thôn, tổ dân phố có ít nhất 01 \"điểm học số\" đặt tại nhà văn hóa.",
            "Mở ít nhất 96 lớp \"Bình dân học vụ số\" với khoảng 4.800 lượt người tham gia.",
            "Có ít nhất 03 sáng kiến, giải pháp của huyện được giới thiệu tham gia Giải thưởng Sáng tạo khoa học và công nghệ tỉnh năm 2025.",
        ]),
        ("III. NHIỆM VỤ, GIẢI PHÁP", "number", [
            "Đẩy mạnh tuyên truyền trên hệ thống truyền thanh cơ sở, Trang thông tin điện tử huyện và các nhóm mạng xã hội của thôn, tổ dân phố; phát hành 5.000 tờ gấp hướng dẫn các kỹ năng số thiết yếu.",
            "Tổ chức các lớp \"Bình dân học vụ số\" tại nhà văn hóa thôn và điểm trường vào buổi tối, ngày nghỉ; mỗi lớp không quá 50 học viên, thời lượng 06 buổi, nội dung theo bộ tài liệu thống nhất của tỉnh.",
            "Tập huấn cho 60 thành viên Tổ công nghệ số cộng đồng và 40 giáo viên tin học để làm báo cáo viên, hướng dẫn viên tại cơ sở.",
            "Các trường trung học cơ sở tổ chức cho học sinh lớp 8, lớp 9 làm \"trợ giảng số\", hướng dẫn ông bà, cha mẹ sử dụng điện thoại thông minh và các ứng dụng thiết yếu.",
            "Phát hiện, bồi dưỡng các sáng kiến, giải pháp ứng dụng công nghệ trong sản xuất, quản lý để giới thiệu tham gia Giải thưởng Sáng tạo khoa học và công nghệ tỉnh.",
            "Kiểm tra, đánh giá kết quả tại các xã, thị trấn; biểu dương tập thể, cá nhân tiêu biểu tại hội nghị tổng kết năm.",
        ]),
    ],
    "budget": [
        "Tổng kinh phí thực hiện Kế hoạch năm 2025 là 1.260.000.000 đồng (một tỷ hai trăm sáu mươi triệu đồng), trong đó: ngân sách huyện 860.000.000 đồng; ngân sách xã và nguồn xã hội hóa 400.000.000 đồng.",
    ],
    "orgs": [
        ("Phòng Văn hóa, Khoa học và Thông tin huyện", "là cơ quan thường trực thực hiện Kế hoạch; chủ trì, phối hợp với Phòng Giáo dục và Đào tạo và các cơ quan liên quan hướng dẫn, đôn đốc các xã, thị trấn triển khai; tổng hợp, báo cáo Ủy ban nhân dân huyện định kỳ hằng quý (trước ngày 20 của tháng cuối quý)."),
        ("Phòng Giáo dục và Đào tạo", "chỉ đạo các trường trung học cơ sở bố trí phòng tin học cho các lớp học ngoài giờ; huy động giáo viên tin học tham gia làm báo cáo viên; triển khai mô hình \"trợ giảng số\" trước ngày 15/4/2025."),
        ("Phòng Tài chính - Kế hoạch", "Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Văn hóa, Khoa học và Thông tin thẩm định, tham mưu Ủy ban nhân dân huyện bố trí kinh phí thực hiện Kế hoạch trước ngày 31/3/2025."),
        ("Phòng Nội vụ", "có trách nhiệm theo dõi, đôn đốc cán bộ, công chức hoàn thành khóa bồi dưỡng kỹ năng số; đưa kết quả vào đánh giá, xếp loại cán bộ, công chức cuối năm."),
        ("Trung tâm Văn hóa, Thông tin và Thể thao huyện", "xây dựng chuyên mục \"Học số mỗi ngày\" phát trên hệ thống truyền thanh, 02 kỳ/tháng; đăng tải các video hướng dẫn ngắn trên Trang thông tin điện tử huyện."),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện vận động đoàn viên, hội viên và Nhân dân tích cực tham gia các lớp học; giám sát việc tổ chức lớp học tại cơ sở."),
        ("Huyện Đoàn", "chủ trì thành lập 12 đội hình thanh niên tình nguyện \"Đêm hè học số\" hỗ trợ người dân cài đặt, sử dụng các ứng dụng thiết yếu; phối hợp với Phòng Giáo dục và Đào tạo hướng dẫn học sinh làm \"trợ giảng số\"."),
        ("Các phòng, ban, ngành, Mặt trận và đoàn thể huyện", "căn cứ chức năng, nhiệm vụ, cử cán bộ phụ trách địa bàn tham gia hỗ trợ các xã, thị trấn tổ chức lớp học; lồng ghép nội dung kỹ năng số trong các hoạt động chuyên môn."),
        ("Ủy ban nhân dân các xã, thị trấn", "xây dựng kế hoạch của địa phương trước ngày 25/3/2025; kiện toàn Tổ công nghệ số cộng đồng; bố trí địa điểm, lịch học phù hợp; báo cáo kết quả về Ủy ban nhân dân huyện (qua Phòng Văn hóa, Khoa học và Thông tin) định kỳ hằng quý."),
    ],
    "contact": "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị liên hệ Phòng Văn hóa, Khoa học và Thông tin huyện (ông Vũ Đình Nhã, chuyên viên, điện thoại 0912.447.360, thư điện tử nhavd.damthuy@quangtien.gov.vn) để được hướng dẫn./.",
    "table_title": "PHỤ LỤC: DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2025",
    "table": [
        ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        ["1", "Ban hành kế hoạch cấp xã; kiện toàn Tổ công nghệ số cộng đồng", "UBND các xã, thị trấn", "Phòng Văn hóa, Khoa học và Thông tin", "Trước ngày 25/3/2025"],
        ["2", "Tập huấn 60 thành viên Tổ công nghệ số cộng đồng và 40 báo cáo viên", "Phòng Văn hóa, Khoa học và Thông tin", "Phòng Giáo dục và Đào tạo", "Tháng 4/2025"],
        ["3", "Triển khai mô hình \"trợ giảng số\" tại 14 trường THCS", "Phòng Giáo dục và Đào tạo", "Huyện Đoàn", "Trước ngày 15/4/2025"],
        ["4", "Mở 96 lớp \"Bình dân học vụ số\" tại thôn, tổ dân phố", "UBND các xã, thị trấn", "Ủy ban MTTQ Việt Nam huyện, Huyện Đoàn", "Từ tháng 4 đến tháng 11/2025"],
        ["5", "Ra mắt chuyên mục \"Học số mỗi ngày\"", "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Phòng Văn hóa, Khoa học và Thông tin", "Trước ngày 30/4/2025"],
        ["6", "Lựa chọn sáng kiến giới thiệu tham gia Giải thưởng Sáng tạo KH&CN tỉnh", "Phòng Văn hóa, Khoa học và Thông tin", "Phòng Kinh tế, Hạ tầng và Đô thị; Phòng Nông nghiệp và Môi trường", "Trước ngày 10/7/2025"],
        ["7", "Sơ kết 6 tháng; tổng kết năm", "Phòng Văn hóa, Khoa học và Thông tin", "Các cơ quan, đơn vị liên quan", "Ngày 15/7/2025 và ngày 15/12/2025"],
    ],
    "noinhan": ["Nơi nhận:", "- UBND tỉnh (để b/c);", "- Sở Khoa học và Công nghệ;",
                "- Thường trực Huyện ủy;", "- Thường trực HĐND huyện;",
                "- Chủ tịch, các PCT UBND huyện;", "- Các cơ quan, đơn vị tại mục V;",
                "- Lưu: VT, VHKHTT."],
    "sign": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Nông Văn Quyết"],
}


def _restart_numbering(doc, style_name):
    """Create a new w:num for the abstract numbering of style_name, restarting at 1."""
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    style = doc.styles[style_name]
    num_id = style.element.pPr.numPr.numId.val
    absid = numbering.num_having_numId(num_id).abstractNumId.val
    new = numbering.add_num(absid)
    new.add_lvlOverride(ilvl=0).add_startOverride(1)
    return new.numId


def build_qm02(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = QM02
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    # header as a borderless two-column table
    ht = doc.add_table(rows=1, cols=2)
    for ci, lines in enumerate((d["head_left"], d["head_right"])):
        cell = ht.rows[0].cells[ci]
        cell.paragraphs[0].text = nfc(lines[0])
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for ln in lines[1:]:
            p = cell.add_paragraph(nfc(ln))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, t in enumerate(d["title"]):
        p = doc.add_paragraph()
        r = p.add_run(nfc(t))
        r.bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t in d["intro"]:
        doc.add_paragraph(nfc(t))
    for head, kind, items in d["sections"]:
        p = doc.add_paragraph()
        p.add_run(nfc(head)).bold = True
        if kind == "bullet":
            for it in items:
                doc.add_paragraph(nfc(it), style="List Bullet")
        else:
            nid = _restart_numbering(doc, "List Number")
            for it in items:
                para = doc.add_paragraph(nfc(it), style="List Number")
                numpr = para._p.get_or_add_pPr().get_or_add_numPr()
                numpr.get_or_add_ilvl().val = 0
                numpr.get_or_add_numId().val = nid
    p = doc.add_paragraph()
    p.add_run("IV. KINH PHÍ").bold = True
    for t in d["budget"]:
        doc.add_paragraph(nfc(t))
    p = doc.add_paragraph()
    p.add_run("V. TỔ CHỨC THỰC HIỆN").bold = True
    nid = _restart_numbering(doc, "List Number")
    for name, task in d["orgs"]:
        para = doc.add_paragraph(style="List Number")
        if task.startswith("Giao ") or task.startswith("Đề nghị "):
            para.add_run(nfc(task))
        else:
            para.add_run(nfc(name)).bold = True
            para.add_run(nfc(" " + task))
        numpr = para._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = 0
        numpr.get_or_add_numId().val = nid
    doc.add_paragraph(nfc(d["contact"]))
    # signature block: two-column borderless table
    st_ = doc.add_table(rows=1, cols=2)
    c0, c1 = st_.rows[0].cells
    c0.paragraphs[0].add_run(nfc(d["noinhan"][0])).bold = True
    for n in d["noinhan"][1:]:
        c0.add_paragraph(nfc(n))
    c1.paragraphs[0].add_run(nfc(d["sign"][0])).bold = True
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for s in d["sign"][1:]:
        pp = c1.add_paragraph()
        pp.add_run(nfc(s)).bold = True
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_page_break()
    p = doc.add_paragraph()
    p.add_run(nfc(d["table_title"])).bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(nfc("(Kèm theo Kế hoạch số 46/KH-UBND ngày 10/3/2025 của UBND huyện Đạm Thủy)"))
    rows = d["table"]
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            cell = t.rows[ri].cells[ci]
            cell.text = ""
            run = cell.paragraphs[0].add_run(nfc(val))
            run.bold = ri == 0
    doc.save(path)


# ---------------------------------------------------------------------------
# qm03 - Công văn (Ban Tuyên giáo Tỉnh ủy) -> hard-wrapped TXT, two-column header
# ---------------------------------------------------------------------------
QM03_HEADER = """  TỈNH ỦY QUANG TIẾN                     ĐẢNG CỘNG SẢN VIỆT NAM
   BAN TUYÊN GIÁO                              ---------------
          *
   Số 362-CV/BTGTU                  Quang Tiến, ngày 14 tháng 3 năm 2025
V/v tuyên truyền Giải thưởng Sáng
tạo KH&CN tỉnh và phong trào "Bình
  dân học vụ số" năm 2025
"""

QM03_BODY = """Kính gửi:
- Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy;
- Ban cán sự đảng Ủy ban nhân dân tỉnh;
- Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh;
- Ban Thường vụ Tỉnh đoàn;
- Báo Quang Tiến, Đài Phát thanh và Truyền hình tỉnh.

Thực hiện Chương trình hành động số 12-CTr/TU ngày 06/01/2025 của Ban Chấp hành Đảng bộ tỉnh về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; Quyết định số 1184/QĐ-UBND ngày 20/01/2025 của Ủy ban nhân dân tỉnh ban hành Quy chế xét tặng Giải thưởng Sáng tạo khoa học và công nghệ tỉnh Quang Tiến, Ban Tuyên giáo Tỉnh ủy đề nghị các cấp ủy, tổ chức đảng, cơ quan, đơn vị quan tâm chỉ đạo, thực hiện tốt một số nội dung sau:

1. Nội dung tuyên truyền
a) Quan điểm, chủ trương của Đảng về vai trò đột phá của khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đối với sự phát triển nhanh, bền vững của tỉnh; các mục tiêu, nhiệm vụ trọng tâm của Chương trình hành động số 12-CTr/TU.
b) Mục đích, ý nghĩa, đối tượng, 05 lĩnh vực xét tặng, mức thưởng và thời gian nhận hồ sơ Giải thưởng Sáng tạo khoa học và công nghệ tỉnh lần thứ nhất (năm 2025); lưu ý thời hạn nhận hồ sơ năm 2025 được kéo dài đến hết ngày 15/8/2025.
c) Các tập thể, cá nhân, nhà khoa học, nông dân, công nhân, học sinh, sinh viên có sáng kiến, giải pháp được ứng dụng hiệu quả trong sản xuất và đời sống tại địa phương.
d) Phong trào "Bình dân học vụ số"; kỹ năng sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt, nhận diện tin giả và phòng, chống lừa đảo trên không gian mạng.
đ) Đấu tranh, phản bác các thông tin sai trái, xuyên tạc chủ trương của Đảng, chính sách của Nhà nước về phát triển khoa học, công nghệ và chuyển đổi số.

2. Hình thức tuyên truyền
Tuyên truyền qua báo chí, hệ thống thông tin cơ sở, loa truyền thanh thôn, tổ dân phố; hội nghị báo cáo viên, tuyên truyền viên; sinh hoạt chi bộ định kỳ; trang thông tin điện tử và tài khoản mạng xã hội chính thức của các cơ quan, đơn vị; pa-nô, áp phích, băng rôn tại trụ sở, trường học và nơi công cộng. Khuyến khích sản xuất các video ngắn dưới 03 phút dễ hiểu, dễ nhớ, dễ chia sẻ.

3. Trách nhiệm của các cơ quan, đơn vị
3.1. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy: chỉ đạo ban tuyên giáo và các tổ chức cơ sở đảng đưa nội dung tuyên truyền vào sinh hoạt chi bộ định kỳ; tổ chức ít nhất 01 hội nghị báo cáo viên chuyên đề về khoa học, công nghệ và chuyển đổi số trong quý II/2025.
3.2. Ban cán sự đảng Ủy ban nhân dân tỉnh: chỉ đạo Sở Khoa học và Công nghệ cung cấp thông tin, tài liệu về Giải thưởng cho các cơ quan báo chí và đội ngũ báo cáo viên trước ngày 31/3/2025.
3.3. Đề nghị Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chỉ đạo Mặt trận và các tổ chức chính trị - xã hội các cấp vận động đoàn viên, hội viên tham gia phong trào "Bình dân học vụ số" và giới thiệu sáng kiến tham gia Giải thưởng.
3.4. Báo Quang Tiến, Đài Phát thanh và Truyền hình tỉnh: mở chuyên mục "Sáng tạo vì cộng đồng", đăng, phát ít nhất 04 tin, bài mỗi tháng từ tháng 4 đến tháng 12/2025; đưa tin về lễ công bố kết quả Giải thưởng.
3.5. Ban Thường vụ Tỉnh đoàn: phát động cuộc thi "Tuổi trẻ Quang Tiến sáng tạo" trong đoàn viên, thanh niên; huy động đoàn viên tham gia hỗ trợ người dân học kỹ năng số trong chiến dịch thanh niên tình nguyện hè năm 2025.
3.6. Phòng Khoa giáo Ban Tuyên giáo Tỉnh ủy: chủ trì theo dõi, đôn đốc, tổng hợp kết quả; biên soạn tài liệu hỏi - đáp về Giải thưởng và kỹ năng số, phát hành 3.000 cuốn trước ngày 20/4/2025; phối hợp với Phòng Lý luận chính trị tổ chức định hướng thông tin tại hội nghị báo cáo viên tháng.

4. Chế độ báo cáo
Các cơ quan, đơn vị báo cáo kết quả thực hiện (lồng ghép trong báo cáo công tác tuyên giáo) về Ban Tuyên giáo Tỉnh ủy trước ngày 15/6/2025 đối với báo cáo sơ kết 6 tháng và trước ngày 05/12/2025 đối với báo cáo năm.
Thông tin chi tiết xin liên hệ đồng chí Hoàng Minh Tâm, Phó Trưởng phòng Khoa giáo, điện thoại 0237.3852.771, di động 0983.116.502, thư điện tử khoagiao.btgtu@quangtien.org.vn.

Ban Tuyên giáo Tỉnh ủy đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.
"""

QM03_FOOTER = """
Nơi nhận:                                      K/T TRƯỞNG BAN
- Như trên,                                     PHÓ TRƯỞNG BAN
- Thường trực Tỉnh ủy (để b/c),
- Sở Khoa học và Công nghệ,
- Lãnh đạo Ban,
- Các phòng thuộc Ban,
- Lưu: Văn phòng Ban, Phòng KG.
                                                   (Đã ký)

                                              Tạ Thị Hồng Nhung
"""


def hard_wrap(text, width=72):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(para, width=width, break_long_words=False,
                                 break_on_hyphens=False))
    return "\n".join(out)


def build_qm03(path):
    txt = QM03_HEADER + "\n" + hard_wrap(QM03_BODY, 72) + "\n" + QM03_FOOTER
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(txt))


# ---------------------------------------------------------------------------
# qm04 - Báo cáo (Hội Khuyến học huyện) -> Markdown with tables
# ---------------------------------------------------------------------------
QM04 = """HỘI KHUYẾN HỌC TỈNH QUANG TIẾN
HỘI KHUYẾN HỌC HUYỆN HỒNG DIỆP
Số: 09/BC-HKH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hồng Diệp, ngày 28 tháng 3 năm 2025

# BÁO CÁO
## Kết quả công tác khuyến học, khuyến tài, xây dựng xã hội học tập năm 2024 và phương hướng, nhiệm vụ năm 2025

Thực hiện Chương trình công tác năm 2024 của Hội Khuyến học tỉnh Quang Tiến và Nghị quyết Đại hội Hội Khuyến học huyện Hồng Diệp nhiệm kỳ 2021 - 2026, Ban Thường vụ Hội Khuyến học huyện báo cáo kết quả công tác năm 2024 và phương hướng, nhiệm vụ năm 2025 như sau:

## I. KẾT QUẢ THỰC HIỆN NĂM 2024

### 1. Công tác tổ chức, phát triển hội viên

Đến ngày 31/12/2024, 16/16 xã, thị trấn có Hội Khuyến học; toàn huyện có 214 chi hội, ban khuyến học ở thôn, tổ dân phố, trường học, cơ quan và dòng họ. Tổng số hội viên là 21.356 người, chiếm 19,6% dân số, tăng 1.120 hội viên so với năm 2023. Hội đã tổ chức 02 lớp tập huấn nghiệp vụ cho 148 cán bộ hội cơ sở.

### 2. Xây dựng và sử dụng Quỹ khuyến học

Tổng Quỹ khuyến học toàn huyện năm 2024 đạt 4.860 triệu đồng, trong đó Quỹ của Hội Khuyến học huyện là 612 triệu đồng, quỹ của các xã, thị trấn và chi hội là 4.248 triệu đồng. Toàn huyện đã trao 3.215 suất học bổng, phần thưởng với tổng trị giá 1,94 tỷ đồng. Chương trình "Tiếp sức đến trường" hỗ trợ 46 tân sinh viên có hoàn cảnh khó khăn, mỗi em 3.000.000 đồng. Doanh nghiệp tài trợ lớn nhất trong năm là Công ty TNHH Chế biến lâm sản Hồng Phát với 120 triệu đồng.

### 3. Xây dựng xã hội học tập

Toàn huyện có 18.420 gia đình đăng ký danh hiệu "Gia đình học tập", trong đó 72,4% đạt chuẩn; 386 "Dòng họ học tập"; 141 "Cộng đồng học tập" cấp thôn, tổ dân phố và 96 "Đơn vị học tập". Các trung tâm học tập cộng đồng tổ chức 512 chuyên đề với 28.900 lượt người tham dự.

### 4. Tham gia phong trào "Bình dân học vụ số"

Hội phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện mở 38 lớp kỹ năng số cho 1.612 người cao tuổi tại 9 xã; thành lập 25 nhóm "Cháu dạy ông bà dùng điện thoại" với sự tham gia của 310 học sinh.

### 5. Số liệu chủ yếu theo đơn vị

| TT | Đơn vị | Số chi hội, ban khuyến học | Số hội viên | Quỹ khuyến học (triệu đồng) | Số suất học bổng, phần thưởng | Tỷ lệ gia đình học tập đạt chuẩn (%) |
|---|---|---|---|---|---|---|
| 1 | Thị trấn Hồng Diệp | 22 | 2.840 | 785 | 410 | 78,5 |
| 2 | Xã Phượng Cầu | 17 | 1.965 | 412 | 286 | 74,1 |
| 3 | Xã Bãi Lau | 12 | 1.208 | 236 | 175 | 69,8 |
| 4 | Xã Thanh Tước | 15 | 1.534 | 318 | 224 | 71,2 |
| 5 | Xã Nghĩa Trụ | 14 | 1.397 | 290 | 198 | 66,3 |
| 6 | 11 xã còn lại | 134 | 12.412 | 2.207 | 1.922 | 72,0 |
| | **Tổng cộng** | **214** | **21.356** | **4.248** | **3.215** | **72,4** |

### 6. Hạn chế, nguyên nhân

Hoạt động của một số chi hội ở thôn vùng sâu còn hình thức; Quỹ khuyến học phân bố chưa đều, xã Bãi Lau và xã Nghĩa Trụ có quỹ bình quân trên hội viên thấp nhất huyện. Việc cập nhật số liệu hội viên trên phần mềm quản lý của Hội Khuyến học tỉnh còn chậm. Nguyên nhân chủ yếu là cán bộ hội cơ sở kiêm nhiệm, thường xuyên thay đổi, kinh phí hoạt động hạn chế.

## II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025

### 1. Chỉ tiêu chủ yếu

| Chỉ tiêu | Thực hiện 2024 | Kế hoạch 2025 |
|---|---|---|
| Số hội viên (người) | 21.356 | 22.500 |
| Tổng Quỹ khuyến học (triệu đồng) | 4.860 | 5.200 |
| Tỷ lệ gia đình học tập đạt chuẩn (%) | 72,4 | 75,0 |
| Số lớp "Bình dân học vụ số" phối hợp tổ chức | 38 | 60 |

### 2. Nhiệm vụ trọng tâm

- Ban Thường vụ Hội giao Hội Khuyến học các xã, thị trấn tổ chức đại hội nhiệm kỳ 2026 - 2031 theo hướng dẫn của Hội Khuyến học tỉnh, hoàn thành trước ngày 31/8/2025.
- Văn phòng Hội Khuyến học huyện có trách nhiệm cập nhật đầy đủ dữ liệu hội viên lên phần mềm quản lý trước ngày 30/6/2025 và tổng hợp báo cáo định kỳ 6 tháng, một năm.
- Các chi hội khuyến học trong trường học phối hợp với Ban đại diện cha mẹ học sinh vận động xây dựng quỹ, ưu tiên khen thưởng học sinh vượt khó học giỏi.
- Tiếp tục phối hợp tổ chức các lớp "Bình dân học vụ số", ưu tiên người cao tuổi và phụ nữ ở các thôn vùng cao.

## III. ĐỀ XUẤT, KIẾN NGHỊ

1. Đề nghị Ủy ban nhân dân huyện bố trí kinh phí hoạt động cho Hội Khuyến học huyện năm 2025 là 180 triệu đồng; chỉ đạo đưa chỉ tiêu xây dựng xã hội học tập vào nghị quyết, kế hoạch phát triển kinh tế - xã hội của các xã, thị trấn.
2. Đề nghị Phòng Giáo dục và Đào tạo huyện chỉ đạo các trường học thành lập hoặc kiện toàn chi hội khuyến học trong nhà trường trước ngày 30/9/2025.
3. Đề nghị Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện phối hợp với Hội mở thêm 60 lớp "Bình dân học vụ số" trong năm 2025.
4. Đề nghị Hội Khuyến học tỉnh Quang Tiến hỗ trợ tài liệu và tập huấn nghiệp vụ cho cán bộ hội cơ sở mới được kiện toàn.

Đầu mối liên hệ: bà Quách Thị Diễm, Phó Chủ tịch kiêm Chánh Văn phòng Hội Khuyến học huyện, điện thoại 0916.552.083.

Nơi nhận:
- Hội Khuyến học tỉnh (để b/c);
- Thường trực Huyện ủy, UBND huyện (để b/c);
- Ủy ban MTTQ Việt Nam huyện;
- Phòng Giáo dục và Đào tạo huyện;
- Hội Khuyến học các xã, thị trấn;
- Lưu: VP Hội.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH

(Đã ký)

Ngô Quang Vịnh
"""


def build_qm04(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(QM04))


# ---------------------------------------------------------------------------
# qm05 - Thông báo kết luận (UBND xã) -> TXT (not wrapped), two-column header
# ---------------------------------------------------------------------------
QM05 = """ỦY BAN NHÂN DÂN HUYỆN ĐẠM THỦY         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
     ỦY BAN NHÂN DÂN                        Độc lập - Tự do - Hạnh phúc
       XÃ LỘ VÂN
                                       Lộ Vân, ngày 19 tháng 3 năm 2025
   Số: 23/TB-UBND

THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân xã tại cuộc họp triển khai phong trào "Bình dân học vụ số" và lịch mở lớp trên địa bàn xã năm 2025

Ngày 17/3/2025, tại Hội trường Ủy ban nhân dân xã, đồng chí Ma Văn Thiêm, Chủ tịch Ủy ban nhân dân xã chủ trì cuộc họp triển khai Kế hoạch số 46/KH-UBND ngày 10/3/2025 của Ủy ban nhân dân huyện Đạm Thủy về phong trào "Bình dân học vụ số" và phổ cập kỹ năng số cho người dân năm 2025. Tham dự cuộc họp có đồng chí Phó Bí thư Thường trực Đảng ủy xã, đồng chí Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã, các công chức chuyên môn, hiệu trưởng các trường trên địa bàn, trưởng 06 thôn và đại diện Bưu điện văn hóa xã.

Sau khi nghe công chức Văn hóa - Xã hội báo cáo kết quả năm 2024 và dự thảo kế hoạch năm 2025, ý kiến của các đại biểu, Chủ tịch Ủy ban nhân dân xã kết luận như sau:

1. Đánh giá chung
Năm 2024, xã đã mở 05 lớp kỹ năng số với 212 lượt người tham gia; tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản mới đạt 41,3%, thấp hơn nhiều so với chỉ tiêu 75% huyện giao cho năm 2025. Các thôn Khe Sậy và Cây Gạo có tỷ lệ thấp nhất do địa bàn rộng, nhiều hộ chưa có điện thoại thông minh. Tổ công nghệ số cộng đồng hoạt động chưa đều, một số thành viên đã chuyển công tác.

2. Mục tiêu năm 2025
Xã phấn đấu mở 08 lớp "Bình dân học vụ số" với ít nhất 400 lượt người tham gia; nâng tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản lên 75% vào cuối năm; 100% cán bộ, công chức xã hoàn thành khóa bồi dưỡng kỹ năng số trước ngày 30/6/2025.

3. Phân công nhiệm vụ
a) Công chức Văn hóa - Xã hội chủ trì tham mưu Ủy ban nhân dân xã ban hành Kế hoạch của xã trước ngày 24/3/2025; tham mưu kiện toàn Tổ công nghệ số cộng đồng gồm 14 thành viên; theo dõi, tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện (qua Phòng Văn hóa, Khoa học và Thông tin) định kỳ hằng quý.
b) Trường THCS Lộ Vân bố trí phòng tin học (22 máy tính) phục vụ lớp học vào tối thứ Ba và tối thứ Năm hằng tuần; lựa chọn 30 học sinh lớp 8, lớp 9 làm "trợ giảng số" theo mô hình của huyện.
c) Trường Tiểu học Lộ Vân cho mượn phòng học tại điểm trường thôn Khe Sậy để tổ chức lớp học vào sáng Chủ nhật.
d) Giao Đoàn Thanh niên xã thành lập đội "Thanh niên tình nguyện học số" gồm 20 đoàn viên, hỗ trợ người dân cài đặt và sử dụng ứng dụng định danh điện tử, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt; hoàn thành việc thành lập đội trước ngày 31/3/2025.
đ) Hội Nông dân, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh và Chi hội Người cao tuổi xã vận động hội viên tham gia học, bảo đảm mỗi lớp có ít nhất 35 học viên.
e) Trưởng các thôn lập danh sách người đăng ký học gửi về Ủy ban nhân dân xã (qua công chức Văn hóa - Xã hội) trước ngày 28/3/2025; chuẩn bị nhà văn hóa, điện chiếu sáng và bàn ghế cho lớp học.
g) Công chức Tài chính - Kế toán tham mưu bố trí 48 triệu đồng từ ngân sách xã năm 2025 để hỗ trợ các lớp học, mức hỗ trợ 6 triệu đồng/lớp.
h) Đề nghị Bưu điện văn hóa xã phối hợp hướng dẫn người dân mở tài khoản thanh toán, tra cứu thông tin và sử dụng dịch vụ bưu chính công ích trên điện thoại.

4. Lịch mở lớp đợt 1 (từ tháng 4 đến tháng 5/2025)
- Lớp số 1: Nhà văn hóa thôn Lộ Thượng; tối thứ Ba và tối thứ Năm (từ 19 giờ 30), khai giảng ngày 08/4/2025; hướng dẫn viên: thầy Lương Văn Định.
- Lớp số 2: Phòng tin học Trường THCS Lộ Vân; tối thứ Ba và tối thứ Năm (từ 19 giờ 30), khai giảng ngày 10/4/2025; hướng dẫn viên: cô Triệu Thị Mến.
- Lớp số 3: Điểm trường thôn Khe Sậy; sáng Chủ nhật (từ 8 giờ 00), khai giảng ngày 13/4/2025; hướng dẫn viên: anh Hoàng Văn Sính, Bí thư Đoàn xã.
- Lớp số 4: Nhà văn hóa thôn Đồng Gianh; tối thứ Sáu (từ 19 giờ 30), khai giảng ngày 11/4/2025; hướng dẫn viên: chị Đàm Thị Ngát, thành viên Tổ công nghệ số cộng đồng.
Đợt 2 (tháng 8 và tháng 9/2025) gồm 04 lớp tại thôn Lộ Hạ, thôn Bãi Nổi, thôn Cây Gạo và Trụ sở Ủy ban nhân dân xã; lịch cụ thể sẽ thông báo sau.
Người dân có nhu cầu học vui lòng đăng ký với trưởng thôn hoặc liên hệ bà Đỗ Thị Thanh Xuân, công chức Văn hóa - Xã hội, điện thoại 0978.203.615.

Ủy ban nhân dân xã thông báo để các cơ quan, đơn vị, thôn và Nhân dân biết, thực hiện./.

Nơi nhận:                                            TL. CHỦ TỊCH
- UBND huyện (để b/c);                        CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ
- Phòng Văn hóa, KH&TT huyện;
- TT Đảng ủy, TT HĐND xã;
- Chủ tịch, các PCT UBND xã;
- Các cơ quan, đơn vị tại mục 3;
- Đăng trên loa truyền thanh xã;
- Lưu: VT.
                                                        (Đã ký)

                                                     Phùng Thị Lan
"""


def build_qm05(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(QM05))


FILES = {
    "qm01_qd_giaithuong.pdf": build_qm01,
    "qm02_kh_hocvuso.docx": build_qm02,
    "qm03_cv_tuyentruyen.txt": build_qm03,
    "qm04_bc_khuyenhoc.md": build_qm04,
    "qm05_tb_ketluan.txt": build_qm05,
}

if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    for name, fn in FILES.items():
        fn(os.path.join(CORPUS, name))
        print("wrote", name)
