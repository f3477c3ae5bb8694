# -*- coding: utf-8 -*-
"""Build the 5 corpus files of eval set blind70 (tỉnh Thạch Xuyên, STEM / KHKT học sinh).

All text is invented. Run with /work/main/.venv/bin/python build_ru.py
"""
import os
import textwrap
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# ru01 — Quyết định (Sở GD&ĐT) ban hành Quy chế, PDF
# ---------------------------------------------------------------------------
RU01_BODY = [
    ("center_b", "QUYẾT ĐỊNH"),
    ("center_b", "Về việc ban hành Quy chế Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2025-2026"),
    ("center_b", "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH THẠCH XUYÊN"),
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Căn cứ Quyết định số 2206/QĐ-UBND ngày 18/7/2024 của Ủy ban nhân dân tỉnh Thạch Xuyên quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo;"),
    ("p", "Căn cứ Kế hoạch số 1120/KH-SGDĐT ngày 25/8/2025 của Sở Giáo dục và Đào tạo về thực hiện nhiệm vụ giáo dục trung học năm học 2025-2026;"),
    ("p", "Theo đề nghị của Trưởng phòng Giáo dục Trung học."),
    ("center_b", "QUYẾT ĐỊNH:"),
    ("p", "Điều 1. Ban hành kèm theo Quyết định này Quy chế Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2025-2026 (sau đây gọi tắt là Cuộc thi)."),
    ("p", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1302/QĐ-SGDĐT ngày 05/9/2024 của Sở Giáo dục và Đào tạo."),
    ("p", "Điều 3. Chánh Văn phòng Sở, Trưởng phòng Giáo dục Trung học, Trưởng phòng Kế hoạch - Tài chính; Trưởng phòng Giáo dục và Đào tạo các huyện, thành phố; Hiệu trưởng các trường trung học phổ thông, Giám đốc các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."),
    ("right_b", "KT. GIÁM ĐỐC"),
    ("right_b", "PHÓ GIÁM ĐỐC"),
    ("right", "(đã ký)"),
    ("right_b", "Đinh Thị Ngọc Hân"),
    ("small_b", "Nơi nhận:"),
    ("small", "- Như Điều 3;"),
    ("small", "- Bộ GD&ĐT (Vụ GDTrH) (để b/c);"),
    ("small", "- UBND tỉnh (để b/c);"),
    ("small", "- Cổng TTĐT Sở;"),
    ("small", "- Lưu: VT, GDTrH."),
    ("newpage", ""),
    ("center_b", "QUY CHẾ"),
    ("center_b", "Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2025-2026"),
    ("center", "(Ban hành kèm theo Quyết định số 1487/QĐ-SGDĐT ngày 12/9/2025 của Giám đốc Sở Giáo dục và Đào tạo tỉnh Thạch Xuyên)"),
    ("center_b", "Chương I. QUY ĐỊNH CHUNG"),
    ("b", "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng"),
    ("p", "Đối tượng dự thi là học sinh từ lớp 8 đến lớp 12 đang học tại các trường trung học cơ sở, trung học phổ thông, trường phổ thông có nhiều cấp học và trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên trên địa bàn tỉnh Thạch Xuyên."),
    ("b", "Điều 2. Mục đích"),
    ("p", "1. Khuyến khích học sinh nghiên cứu, sáng tạo, vận dụng kiến thức liên môn khoa học, công nghệ, kỹ thuật và toán học (STEM) để giải quyết những vấn đề thực tiễn của địa phương."),
    ("p", "2. Tuyển chọn các dự án tiêu biểu tham dự Cuộc thi khoa học, kỹ thuật cấp quốc gia dành cho học sinh trung học."),
    ("b", "Điều 3. Lĩnh vực dự thi"),
    ("p", "Dự án dự thi thuộc một trong 22 lĩnh vực theo hướng dẫn của Bộ Giáo dục và Đào tạo, được Ban Tổ chức xếp thành 04 nhóm để chấm."),
    ("center_b", "Chương II. TỔ CHỨC CUỘC THI"),
    ("b", "Điều 4. Đăng ký dự thi"),
    ("p", "1. Mỗi dự án có không quá 02 học sinh thực hiện và tối đa 02 người hướng dẫn khoa học; mỗi học sinh chỉ được đứng tên trong 01 dự án."),
    ("p", "2. Mỗi trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên đăng ký tối đa 03 dự án; Trường THPT chuyên Thạch Xuyên đăng ký tối đa 08 dự án."),
    ("p", "3. Mỗi Phòng Giáo dục và Đào tạo tuyển chọn tối đa 04 dự án cấp trung học cơ sở từ cuộc thi cấp huyện để dự thi cấp tỉnh."),
    ("p", "4. Đơn vị đăng ký trên hệ thống quản lý cuộc thi tại địa chỉ khkt.thachxuyen.edu.vn và gửi hồ sơ bản giấy về Sở Giáo dục và Đào tạo (qua Phòng Giáo dục Trung học) trước 17 giờ 00 ngày 20/11/2025."),
    ("b", "Điều 5. Hồ sơ dự thi"),
    ("p", "Hồ sơ của mỗi dự án gồm: a) Phiếu đăng ký dự thi có xác nhận của thủ trưởng đơn vị; b) Báo cáo kết quả nghiên cứu không quá 20 trang khổ A4; c) Bản tóm tắt dự án không quá 250 từ; d) Sổ tay nghiên cứu (bản chụp); đ) Phiếu xác nhận của người hướng dẫn khoa học."),
    ("b", "Điều 6. Thời gian, địa điểm, hình thức thi"),
    ("p", "1. Vòng sơ khảo: Ban Giám khảo chấm hồ sơ từ ngày 24/11/2025 đến ngày 28/11/2025; danh sách dự án vào vòng chung khảo được thông báo trước ngày 02/12/2025."),
    ("p", "2. Vòng chung khảo: tổ chức trong 02 ngày 10 và 11/12/2025 tại Trường THPT chuyên Thạch Xuyên (số 86 đường Hoa Sứ, phường Vân Giang, thành phố Hạ Xuyên). Học sinh trưng bày poster, sản phẩm và trình bày trước Ban Giám khảo; mỗi dự án được phỏng vấn không quá 15 phút."),
    ("p", "3. Khai mạc lúc 7 giờ 30 ngày 10/12/2025; tổng kết và công bố kết quả chậm nhất ngày 16/12/2025."),
    ("b", "Điều 7. Ban Tổ chức, Ban Giám khảo"),
    ("p", "1. Ban Tổ chức do Giám đốc Sở Giáo dục và Đào tạo quyết định thành lập; Trưởng ban là Giám đốc Sở hoặc Phó Giám đốc được ủy quyền; Phòng Giáo dục Trung học là bộ phận thường trực của Ban Tổ chức."),
    ("p", "2. Ban Giám khảo gồm giảng viên Trường Đại học Thạch Xuyên, chuyên gia của Sở Khoa học và Công nghệ và giáo viên cốt cán; mỗi nhóm lĩnh vực có ít nhất 03 giám khảo."),
    ("b", "Điều 8. Tiêu chí chấm"),
    ("p", "Điểm tối đa của mỗi dự án là 100 điểm, gồm: câu hỏi nghiên cứu 10 điểm; kế hoạch và phương pháp nghiên cứu 15 điểm; tiến hành nghiên cứu 20 điểm; tính sáng tạo 20 điểm; poster và trình bày 35 điểm (trong đó trả lời phỏng vấn 25 điểm)."),
    ("b", "Điều 9. Xét giải"),
    ("p", "1. Cơ cấu giải gồm: giải Nhất: từ 85 điểm trở lên; giải Nhì: từ 75 đến dưới 85 điểm; giải Ba: từ 65 đến dưới 75 điểm; giải Khuyến khích: từ 55 đến dưới 65 điểm."),
    ("p", "2. Tổng số giải không vượt quá 60% số dự án dự vòng chung khảo, trong đó số giải Nhất không quá 10%."),
    ("p", "3. Căn cứ kết quả, Ban Tổ chức lựa chọn tối đa 06 dự án đạt giải Nhất, giải Nhì để thành lập đội tuyển dự thi cấp quốc gia."),
    ("b", "Điều 10. Khen thưởng"),
    ("p", "1. Giám đốc Sở tặng Giấy khen cho học sinh đạt giải. Tiền thưởng cho mỗi dự án: giải Nhất 3.000.000 đồng; giải Nhì 2.000.000 đồng; giải Ba 1.500.000 đồng; giải Khuyến khích 800.000 đồng."),
    ("p", "2. Người hướng dẫn dự án đạt giải Nhất, giải Nhì được cấp Giấy chứng nhận và được xem xét khi đánh giá, xếp loại viên chức cuối năm học."),
    ("center_b", "Chương III. TỔ CHỨC THỰC HIỆN"),
    ("b", "Điều 11. Trách nhiệm của các đơn vị"),
    ("p", "1. Phòng Giáo dục Trung học chủ trì, phối hợp với Văn phòng Sở tham mưu thành lập Ban Tổ chức, Ban Giám khảo."),
    ("p", "2. Phòng Kế hoạch - Tài chính có trách nhiệm bố trí kinh phí tổ chức Cuộc thi và chi trả tiền thưởng theo quy định."),
    ("p", "3. Phòng Giáo dục và Đào tạo các huyện, thành phố tổ chức cuộc thi cấp huyện xong trước ngày 15/11/2025 và lựa chọn dự án dự thi cấp tỉnh."),
    ("p", "4. Hiệu trưởng các trường THPT, Giám đốc trung tâm GDNN-GDTX chỉ đạo giáo viên hướng dẫn học sinh, chịu trách nhiệm về tính trung thực của dự án."),
    ("p", "5. Trường THPT chuyên Thạch Xuyên có trách nhiệm bố trí địa điểm, cơ sở vật chất, mạng internet cho vòng chung khảo và tổ chức tập huấn giáo viên hướng dẫn nghiên cứu."),
    ("p", "6. Đề nghị Sở Khoa học và Công nghệ cử chuyên gia tham gia Ban Giám khảo; đề nghị Tỉnh đoàn Thạch Xuyên phối hợp tuyên truyền về Cuộc thi trên các nền tảng số."),
    ("b", "Điều 12. Xử lý vi phạm"),
    ("p", "Dự án sao chép kết quả của người khác, trùng lặp với dự án đã đạt giải ở các cuộc thi trước hoặc khai báo không trung thực sẽ bị hủy kết quả."),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở Giáo dục và Đào tạo (qua Phòng Giáo dục Trung học, điện thoại 0237 3852 416) để xem xét, điều chỉnh./."),
]


def build_ru01(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.add_page()
    w = pdf.w - 40
    # two-column header, each row = left cell + right cell on the same line
    rows = [
        ("UBND TỈNH THẠCH XUYÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "B"),
        ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Độc lập - Tự do - Hạnh phúc", "B", "B"),
        ("Số: 1487/QĐ-SGDĐT", "Hạ Xuyên, ngày 12 tháng 9 năm 2025", "", ""),
    ]
    for left, right, sl, sr in rows:
        pdf.set_font("DV", sl, 10)
        pdf.cell(w * 0.42, 6, nfc(left), align="C")
        pdf.set_font("DV", sr, 10)
        pdf.cell(w * 0.58, 6, nfc(right), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for style, text in RU01_BODY:
        text = nfc(text)
        if style == "newpage":
            pdf.add_page()
            continue
        if style == "center_b":
            pdf.set_font("DV", "B", 11)
            pdf.multi_cell(0, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif style == "center":
            pdf.set_font("DV", "", 10)
            pdf.multi_cell(0, 5.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif style == "b":
            pdf.set_font("DV", "B", 10.5)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        elif style == "right_b":
            pdf.set_font("DV", "B", 10.5)
            pdf.cell(w, 6, text, align="R", new_x="LMARGIN", new_y="NEXT")
        elif style == "right":
            pdf.set_font("DV", "", 10.5)
            pdf.cell(w, 6, text, align="R", new_x="LMARGIN", new_y="NEXT")
        elif style == "small_b":
            pdf.ln(2)
            pdf.set_font("DV", "B", 9)
            pdf.cell(w, 5, text, new_x="LMARGIN", new_y="NEXT")
        elif style == "small":
            pdf.set_font("DV", "", 9)
            pdf.cell(w, 5, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DV", "", 10.5)
            pdf.multi_cell(0, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(path)


# ---------------------------------------------------------------------------
# ru02 — Công văn (Phòng GD&ĐT huyện), TXT hard-wrapped, two-column header
# ---------------------------------------------------------------------------
RU02_HEADER = """\
UBND HUYỆN NGÀN THÔNG               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO                Độc lập - Tự do - Hạnh phúc
Số: 318/PGDĐT-THCS            Ngàn Thông, ngày 03 tháng 10 năm 2025
V/v đăng ký dự thi Cuộc thi KHKT
cấp huyện dành cho học sinh THCS
năm học 2025-2026

      Kính gửi: Hiệu trưởng các trường THCS, trường TH&THCS trên địa bàn huyện.
"""

RU02_PARAS = [
    "Thực hiện Quyết định số 1487/QĐ-SGDĐT ngày 12/9/2025 của Sở Giáo dục và Đào tạo tỉnh Thạch Xuyên ban hành Quy chế Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2025-2026; Kế hoạch số 205/KH-UBND ngày 22 tháng 9 năm 2025 của UBND huyện Ngàn Thông về phát triển phong trào nghiên cứu khoa học, giáo dục STEM trong trường học giai đoạn 2025-2027, Phòng Giáo dục và Đào tạo (GD&ĐT) huyện đề nghị Hiệu trưởng các trường triển khai đăng ký Cuộc thi khoa học, kỹ thuật (KHKT) cấp huyện như sau:",
    "1. Đối tượng, số lượng dự án",
    "Học sinh lớp 8, lớp 9 đang học tại các trường THCS, TH&THCS trên địa bàn huyện. Mỗi trường đăng ký tối đa 03 dự án; riêng Trường THCS Lãng Trì (trường trọng điểm chất lượng cao của huyện) đăng ký tối đa 05 dự án. Mỗi dự án có không quá 02 học sinh và tối đa 02 giáo viên hướng dẫn.",
    "2. Thời hạn và cách thức đăng ký",
    "a) Đăng ký sơ bộ: các trường gửi Phiếu đăng ký (Mẫu 01 kèm theo) gồm tên dự án, lĩnh vực, họ tên học sinh, giáo viên hướng dẫn về Phòng GD&ĐT qua địa chỉ e-mail khkt.pgdngt@thachxuyen.edu.vn trước 16 giờ 30 ngày 20/10/2025. Tên tệp đặt theo cú pháp: Tên trường_KHKT2025.",
    "b) Nộp hồ sơ chính thức: hồ sơ gồm các thành phần theo Điều 5 Quy chế kèm theo Quyết định số 1487/QĐ-SGDĐT, nộp 01 bản giấy tại Bộ phận chuyên môn THCS, phòng 204, tầng 2, trụ sở Phòng GD&ĐT (số 12 đường Ngô Quyền, thị trấn Lãng Trì) và bản điện tử qua e-mail nêu trên, hạn chót ngày 05/11/2025. Phòng GD&ĐT không nhận hồ sơ nộp sau thời hạn trên.",
    "3. Phí tham dự",
    "Mỗi dự án đóng phí tham dự 150.000 đồng (Một trăm năm mươi nghìn đồng) để hỗ trợ in giấy chứng nhận, dựng gian trưng bày và nước uống cho thí sinh. Các trường nộp phí cùng thời điểm nộp hồ sơ, bằng tiền mặt tại Bộ phận Kế toán Phòng GD&ĐT hoặc chuyển khoản vào tài khoản số 8100 2154 3377 của Phòng GD&ĐT huyện Ngàn Thông tại Ngân hàng Nông nghiệp và Phát triển nông thôn, Chi nhánh huyện Ngàn Thông, nội dung ghi: Tên trường - phí KHKT. Kinh phí đi lại, ăn trưa của học sinh và giáo viên do các trường tự bố trí từ nguồn chi thường xuyên và nguồn xã hội hóa.",
    "4. Thời gian, địa điểm tổ chức cuộc thi cấp huyện",
    "Cuộc thi cấp huyện tổ chức trong ngày 12/11/2025 (thứ Tư) tại Trường THCS Lãng Trì. Khai mạc lúc 7 giờ 15; buổi sáng trưng bày và chấm phỏng vấn; buổi chiều từ 14 giờ 00 tổng kết, công bố kết quả. Học sinh có mặt trước 6 giờ 45 để lắp đặt gian trưng bày.",
    "Căn cứ kết quả, Phòng GD&ĐT chọn tối đa 04 dự án đạt giải cao nhất để dự thi cấp tỉnh và gửi hồ sơ về Sở GD&ĐT trước ngày 20/11/2025.",
    "5. Tập huấn giáo viên hướng dẫn",
    "Thực hiện Kế hoạch số 27/KH-THPTC của Trường THPT chuyên Thạch Xuyên, Phòng GD&ĐT cử 06 giáo viên THCS tham dự lớp tập huấn giáo viên hướng dẫn nghiên cứu khoa học. Đề nghị Hiệu trưởng các trường THCS Lãng Trì, THCS Quán Dương, THCS Đá Ngựa mỗi trường cử 02 giáo viên có kinh nghiệm hướng dẫn học sinh nghiên cứu, gửi danh sách về Phòng GD&ĐT trước ngày 08/10/2025 để tổng hợp.",
    "6. Tổ chức thực hiện",
    "- Hiệu trưởng các trường có trách nhiệm phổ biến Công văn này tới giáo viên, học sinh; chịu trách nhiệm về tính trung thực của dự án dự thi.",
    "- Trường THCS Lãng Trì có trách nhiệm chuẩn bị hội trường, 40 bàn trưng bày, nguồn điện và mạng internet; hoàn thành trước ngày 10/11/2025.",
    "- Giao Bộ phận chuyên môn THCS chủ trì, phối hợp với Bộ phận Kế toán tham mưu thành lập Ban Giám khảo cấp huyện, tổng hợp hồ sơ dự thi và quyết toán phí tham dự.",
    "- Đề nghị Trung tâm Văn hóa, Thông tin và Thể thao huyện hỗ trợ âm thanh, đưa tin về cuộc thi trên Trang thông tin điện tử huyện.",
    "- Đề nghị Huyện đoàn Ngàn Thông phối hợp vận động đoàn viên, đội viên đến tham quan khu trưng bày.",
    "- Đề nghị Trung tâm Y tế huyện cử 01 cán bộ y tế trực tại điểm thi trong ngày 12/11/2025.",
    "Mọi thông tin xin liên hệ: bà Phạm Thu Diệp, chuyên viên Bộ phận chuyên môn THCS, điện thoại 0912 438 507, e-mail diep.pt@thachxuyen.edu.vn.",
    "Phòng GD&ĐT đề nghị Hiệu trưởng các trường nghiêm túc thực hiện./.",
]

RU02_FOOTER = """\

Nơi nhận:                                          KT. TRƯỞNG PHÒNG
- Như trên;                                        PHÓ TRƯỞNG PHÒNG
- UBND huyện (để b/c);
- Sở GD&ĐT (Phòng GDTrH) (để b/c);
- Lãnh đạo Phòng;
- Lưu: VT, THCS.
                                                       (đã ký)

                                                    Đỗ Minh Tuấn
"""


def build_ru02(path):
    out = [RU02_HEADER]
    for p in RU02_PARAS:
        lines = textwrap.wrap(p, width=72, break_long_words=False, break_on_hyphens=False)
        out.append("\n".join(lines))
    text = out[0] + "\n" + "\n".join(out[1:]) + "\n" + RU02_FOOTER
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(text))


# ---------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------
def _multiline(par, lines, bold=False, size=None):
    for i, ln in enumerate(lines):
        r = par.add_run(nfc(ln))
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()


def header_table(doc, left_lines, right_lines):
    t = doc.add_table(rows=1, cols=2)
    lc, rc = t.rows[0].cells
    lp = lc.paragraphs[0]
    lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _multiline(lp, left_lines[:-1], bold=True, size=11)
    lp2 = lc.add_paragraph()
    lp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _multiline(lp2, left_lines[-1:], size=11)
    rp = rc.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _multiline(rp, right_lines[:-1], bold=True, size=11)
    rp2 = rc.add_paragraph()
    rp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _multiline(rp2, right_lines[-1:], size=11)


def centered(doc, text, bold=True, size=13):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(nfc(text))
    r.bold = bold
    r.font.size = Pt(size)
    return p


def para(doc, text, style=None, bold=False):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(nfc(text))
    r.bold = bold
    return p


def table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header):
        c.text = ""
        r = c.paragraphs[0].add_run(nfc(h))
        r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = nfc(v)
    return t


def restart_numbering(doc, paragraphs):
    """Make a List Number run start again at 1 (new w:num over the same abstractNum)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    numbering = doc.part.numbering_part.element
    style_num = doc.styles["List Number"].element.pPr.numPr.numId.val
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(style_num):
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), abstract)
    num.append(a)
    lo = OxmlElement("w:lvlOverride")
    lo.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    lo.append(so)
    num.append(lo)
    numbering.append(num)
    for p in paragraphs:
        pPr = p._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(new_id))
        numPr.append(il)
        numPr.append(ni)
        pPr.append(numPr)


def signature(doc, nn_lines, sig_lines):
    """Signer block then 'Nơi nhận' list (kept as separate paragraphs)."""
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _multiline(p, sig_lines, bold=True)
    p = doc.add_paragraph()
    _multiline(p, nn_lines, size=10)


# ---------------------------------------------------------------------------
# ru03 — Kế hoạch tập huấn (Trường THPT chuyên), DOCX with list styles + tables
# ---------------------------------------------------------------------------
def build_ru03(path):
    doc = Document()
    header_table(
        doc,
        ["SỞ GD&ĐT THẠCH XUYÊN", "TRƯỜNG THPT CHUYÊN THẠCH XUYÊN", "Số: 27/KH-THPTC"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hạ Xuyên, ngày 26 tháng 9 năm 2025"],
    )
    centered(doc, "KẾ HOẠCH")
    centered(doc, "Tập huấn giáo viên hướng dẫn học sinh nghiên cứu khoa học, kỹ thuật năm học 2025-2026", size=12)
    para(doc, "Căn cứ Quyết định số 1487/QĐ-SGDĐT ngày 12/9/2025 của Sở Giáo dục và Đào tạo ban hành Quy chế Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2025-2026;")
    para(doc, "Căn cứ Công văn số 1198/SGDĐT-GDTrH ngày 15/9/2025 của Sở Giáo dục và Đào tạo về việc giao Trường THPT chuyên Thạch Xuyên tổ chức tập huấn giáo viên hướng dẫn nghiên cứu khoa học,")
    para(doc, "Trường THPT chuyên Thạch Xuyên xây dựng Kế hoạch tập huấn như sau:")

    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    for t in [
        "Trang bị cho giáo viên kiến thức, kỹ năng hướng dẫn học sinh xác định vấn đề, xây dựng câu hỏi nghiên cứu, thiết kế thí nghiệm và trình bày kết quả theo tiêu chí của Cuộc thi.",
        "Nâng cao chất lượng dự án dự thi cấp tỉnh, cấp quốc gia; hình thành đội ngũ giáo viên cốt cán về giáo dục STEM của tỉnh.",
        "Học viên tham dự đầy đủ, đúng thành phần; sau tập huấn mỗi học viên xây dựng được ít nhất 01 đề cương dự án để hướng dẫn học sinh.",
    ]:
        para(doc, t, style="List Bullet")

    para(doc, "II. ĐỐI TƯỢNG, THỜI GIAN, ĐỊA ĐIỂM", bold=True)
    for t in [
        "Đối tượng: 180 giáo viên, gồm: mỗi trường THPT, trung tâm GDNN-GDTX cử 02 giáo viên; Trường THPT chuyên Thạch Xuyên 24 giáo viên; mỗi Phòng GD&ĐT cử 06 giáo viên THCS.",
        "Thời gian: 03 ngày, từ ngày 16/10/2025 đến hết ngày 18/10/2025; buổi sáng từ 7 giờ 30 đến 11 giờ 30, buổi chiều từ 13 giờ 30 đến 17 giờ 00.",
        "Địa điểm: Hội trường B và các phòng thực hành Vật lý, Hóa học, Sinh học của Trường THPT chuyên Thạch Xuyên, số 86 đường Hoa Sứ, phường Vân Giang, thành phố Hạ Xuyên.",
    ]:
        para(doc, t, style="List Number")

    para(doc, "III. NỘI DUNG VÀ LỊCH TẬP HUẤN", bold=True)
    table(doc, ["Thời gian", "Nội dung", "Báo cáo viên"], [
        ["Sáng 16/10/2025", "Khai mạc; Chuyên đề 1: Phương pháp nghiên cứu khoa học, xác định vấn đề và câu hỏi nghiên cứu", "TS. Hà Quang Vĩnh, Trường Đại học Thạch Xuyên"],
        ["Chiều 16/10/2025", "Chuyên đề 2: Thiết kế thí nghiệm, thu thập và xử lý số liệu bằng bảng tính", "ThS. Nguyễn Bảo Ngân, Trường THPT chuyên Thạch Xuyên"],
        ["Sáng 17/10/2025", "Chuyên đề 3: Dạy học STEM và định hướng đề tài từ thực tiễn nông nghiệp, môi trường địa phương", "ThS. Mạc Thị Hiền, Phòng Giáo dục Trung học, Sở GD&ĐT"],
        ["Chiều 17/10/2025", "Chuyên đề 4: Viết báo cáo, ghi sổ tay nghiên cứu và thiết kế poster", "ThS. Nguyễn Bảo Ngân"],
        ["Sáng 18/10/2025", "Chuyên đề 5: Đạo đức nghiên cứu, an toàn phòng thí nghiệm và sở hữu trí tuệ", "KS. Lưu Đình Phác, Sở Khoa học và Công nghệ"],
        ["Chiều 18/10/2025", "Thực hành xây dựng đề cương dự án theo nhóm; đánh giá, bế mạc", "Ban Giám hiệu và các báo cáo viên"],
    ])

    para(doc, "IV. KINH PHÍ", bold=True)
    para(doc, "Kinh phí tổ chức tập huấn là 96.500.000 đồng (Chín mươi sáu triệu năm trăm nghìn đồng) từ nguồn kinh phí sự nghiệp giáo dục năm 2025 Sở GD&ĐT giao cho nhà trường, dùng để chi thù lao báo cáo viên, tài liệu, văn phòng phẩm và vật tư thực hành. Học viên được cấp tài liệu miễn phí; kinh phí đi lại, lưu trú của học viên do đơn vị cử đi chi trả theo quy định hiện hành.")

    para(doc, "V. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Bảng phân công nhiệm vụ:")
    table(doc, ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"], [
        ["1", "Tổng hợp danh sách học viên, sắp xếp lớp", "Tổ Văn phòng", "Các Phòng GD&ĐT, các trường THPT", "Trước ngày 12/10/2025"],
        ["2", "Mời báo cáo viên, biên soạn và in tài liệu", "Tổ Vật lý - Công nghệ", "Trường Đại học Thạch Xuyên, Sở Khoa học và Công nghệ", "Trước ngày 13/10/2025"],
        ["3", "Chuẩn bị hội trường, phòng thực hành, thiết bị trình chiếu", "Tổ Văn phòng", "Đoàn Thanh niên nhà trường", "Trước ngày 15/10/2025"],
        ["4", "Điểm danh, đánh giá đề cương, cấp Giấy chứng nhận", "Tổ Sinh học - Hóa học", "Phòng Giáo dục Trung học, Sở GD&ĐT", "Trước ngày 25/10/2025"],
        ["5", "Báo cáo kết quả tập huấn về Sở GD&ĐT", "Phó Hiệu trưởng phụ trách chuyên môn", "Tổ Văn phòng", "Trước ngày 30/10/2025"],
    ])
    para(doc, "Trách nhiệm cụ thể:")
    second = []
    for t in [
        "Tổ Văn phòng có trách nhiệm tiếp nhận danh sách học viên, bố trí chỗ ngồi, nước uống và theo dõi điểm danh theo từng buổi.",
        "Các tổ chuyên môn Vật lý - Công nghệ, Sinh học - Hóa học phân công giáo viên hỗ trợ học viên trong các buổi thực hành.",
        "Đoàn Thanh niên nhà trường cử 10 đoàn viên làm tình nguyện viên đón tiếp, hướng dẫn học viên.",
        "Đề nghị các Phòng GD&ĐT huyện, thành phố và các trường THPT cử giáo viên đúng thành phần, gửi danh sách (họ tên, môn dạy, số điện thoại) về địa chỉ e-mail taphuan.khkt@thptchuyentx.edu.vn trước ngày 10/10/2025.",
        "Học viên tham dự ít nhất 80% thời lượng và nộp đề cương dự án trước ngày 22/10/2025 được cấp Giấy chứng nhận hoàn thành tập huấn.",
    ]:
        second.append(para(doc, t, style="List Number"))
    restart_numbering(doc, second)
    para(doc, "Đầu mối liên hệ: thầy Nguyễn Hữu Khang, Phó Hiệu trưởng, điện thoại 0983 215 746.")
    signature(
        doc,
        ["Nơi nhận:", "- Sở GD&ĐT (để b/c);", "- Các Phòng GD&ĐT huyện, thành phố;", "- Các trường THPT, trung tâm GDNN-GDTX;", "- Trường ĐH Thạch Xuyên, Sở KH&CN (để phối hợp);", "- Lưu: VT, CM."],
        ["HIỆU TRƯỞNG", "(đã ký)", "Bùi Thanh Tùng"],
    )
    doc.save(path)


# ---------------------------------------------------------------------------
# ru04 — Thông báo kết quả (Ban Tổ chức), Markdown with tables
# ---------------------------------------------------------------------------
RU04 = """\
SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH THẠCH XUYÊN
**BAN TỔ CHỨC CUỘC THI KHOA HỌC, KỸ THUẬT CẤP TỈNH**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

Số: 95/TB-BTC
Hạ Xuyên, ngày 16 tháng 12 năm 2025

# THÔNG BÁO

## Kết quả Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2025-2026

Căn cứ Quyết định số 1487/QĐ-SGDĐT ngày 12/9/2025 của Giám đốc Sở Giáo dục và Đào tạo ban hành Quy chế Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2025-2026;

Căn cứ Quyết định số 1702/QĐ-SGDĐT ngày 20/10/2025 của Giám đốc Sở Giáo dục và Đào tạo về việc thành lập Ban Tổ chức, Ban Giám khảo Cuộc thi;

Căn cứ biên bản họp Ban Giám khảo ngày 11/12/2025,

Ban Tổ chức Cuộc thi thông báo kết quả như sau:

### 1. Tình hình chung

Cuộc thi có 96 dự án của 41 đơn vị đăng ký; qua vòng sơ khảo, 74 dự án được chọn vào vòng chung khảo tổ chức ngày 10 và 11/12/2025 tại Trường THPT chuyên Thạch Xuyên. Ban Giám khảo gồm 21 thành viên, trong đó có 09 giảng viên Trường Đại học Thạch Xuyên, 04 chuyên gia Sở Khoa học và Công nghệ và 08 giáo viên cốt cán.

Ban Tổ chức quyết định trao 40 giải, gồm: 03 giải Nhất, 08 giải Nhì, 12 giải Ba và 17 giải Khuyến khích.

### 2. Danh sách dự án đạt giải Nhất, giải Nhì

| TT | Tên dự án | Lĩnh vực | Học sinh thực hiện | Đơn vị | Giải |
|---|---|---|---|---|---|
| 1 | Hệ thống cảnh báo sớm sạt lở đất dùng cảm biến độ ẩm và truyền tin LoRa | Hệ thống nhúng | Vũ Gia Bảo, Đặng Thùy Linh | Trường THPT chuyên Thạch Xuyên | Nhất |
| 2 | Chế phẩm sinh học từ vỏ bưởi và bã mía xử lý nước thải ao nuôi cá | Khoa học môi trường | Lò Thị Mai Anh, Nông Văn Quý | Trường THPT Tuyết Sơn | Nhất |
| 3 | Ứng dụng học máy nhận diện bệnh đạo ôn trên lá lúa qua ảnh điện thoại | Phần mềm hệ thống | Trương Minh Khôi | Trường THCS Lãng Trì, huyện Ngàn Thông | Nhất |
| 4 | Găng tay hỗ trợ người khiếm thính chuyển ngôn ngữ ký hiệu thành giọng nói | Kỹ thuật y sinh | Phùng Tuệ Nhi, Hứa Đăng Khoa | Trường THPT chuyên Thạch Xuyên | Nhì |
| 5 | Chiết xuất tinh dầu lá hồi làm chế phẩm xua muỗi dạng xịt | Hóa học | Đàm Ngọc Ánh | Trường THPT Khải Lập | Nhì |
| 6 | Khảo sát thói quen sử dụng mạng xã hội và giấc ngủ của học sinh THCS | Khoa học xã hội và hành vi | Âu Khánh Vy, Lường Bảo Châu | Trường THCS Phiêu Lãng, huyện Hồ Thượng | Nhì |
| 7 | Máy gieo hạt ngô cầm tay sử dụng cơ cấu bánh răng tái chế | Kỹ thuật cơ khí | Giàng A Sử, Giàng Thị Dua | Trường THPT Lăng Mai | Nhì |
| 8 | Ứng dụng bản đồ số tra cứu di tích lịch sử thành phố Hạ Xuyên | Phần mềm hệ thống | Tôn Nữ Thảo Vy | Trường THPT Hạ Xuyên | Nhì |
| 9 | Vật liệu hấp phụ kim loại nặng từ than hoạt tính vỏ trấu | Khoa học vật liệu | Ninh Đức Hậu | Trường THPT chuyên Thạch Xuyên | Nhì |
| 10 | Thiết bị tưới nhỏ giọt tự động cho vườn chè theo độ ẩm đất | Hệ thống nhúng | Quách Văn Lực | Trường THPT Hồ Thượng | Nhì |
| 11 | Bể lọc nước mưa nhiều tầng cho hộ gia đình vùng cao | Kỹ thuật môi trường | Mông Thị Hoa | Trường THCS Quán Dương, huyện Ngàn Thông | Nhì |

### 3. Dự án đạt giải Ba, giải Khuyến khích

Danh sách 12 dự án đạt giải Ba và 17 dự án đạt giải Khuyến khích được đăng tải trên Cổng thông tin điện tử của Sở tại mục "Cuộc thi KHKT" và gửi kèm Thông báo này tới các đơn vị. Học sinh đạt giải Ba, giải Khuyến khích nhận Giấy khen qua đơn vị.

### 4. Đội tuyển dự thi cấp quốc gia

Ban Tổ chức chọn 06 dự án (TT 1, 2, 3, 4, 5 và 10 trong bảng trên) thành lập đội tuyển dự thi Cuộc thi khoa học, kỹ thuật cấp quốc gia. Đội tuyển tập huấn tập trung từ ngày 05/01/2026 đến ngày 20/01/2026 tại Trường THPT chuyên Thạch Xuyên; học sinh đội tuyển nộp bản hồ sơ đã chỉnh sửa theo góp ý của Ban Giám khảo trước ngày 15/01/2026.

### 5. Lễ tổng kết, trao giải

- Thời gian: 8 giờ 00 ngày 27/12/2025 (thứ Bảy).
- Địa điểm: Hội trường tầng 3, Sở GD&ĐT, số 15 đường Lý Tự Trọng, thành phố Hạ Xuyên.
- Thành phần: học sinh đạt giải Nhất, giải Nhì và giáo viên hướng dẫn; đại diện lãnh đạo các đơn vị có dự án đạt giải.

### 6. Phân công thực hiện

| Đơn vị | Nhiệm vụ | Thời hạn |
|---|---|---|
| Phòng Giáo dục Trung học | Gửi giấy mời dự lễ trao giải; đăng tải danh sách giải Ba, giải Khuyến khích | Trước ngày 19/12/2025 |
| Phòng Kế hoạch - Tài chính | Chuyển tiền thưởng về tài khoản các đơn vị có dự án đạt giải | Trước ngày 31/12/2025 |
| Trường THPT chuyên Thạch Xuyên | Chuẩn bị phòng học, phòng thí nghiệm cho đội tuyển tập huấn | Trước ngày 03/01/2026 |
| Các đơn vị có dự án đạt giải | Cử học sinh, giáo viên hướng dẫn dự lễ đúng thành phần | Ngày 27/12/2025 |

Ý kiến thắc mắc về kết quả gửi bằng văn bản về Ban Tổ chức (qua Phòng Giáo dục Trung học, Sở GD&ĐT) trước 17 giờ 00 ngày 19/12/2025; Ban Tổ chức không giải quyết đơn thư gửi sau thời hạn này.

Liên hệ: ông Vi Thế Hùng, chuyên viên Phòng Giáo dục Trung học, điện thoại 0868 702 193, e-mail hungvt.gdtrh@thachxuyen.edu.vn.

TM. BAN TỔ CHỨC
PHÓ TRƯỞNG BAN
PHÓ GIÁM ĐỐC SỞ GD&ĐT
(đã ký)
Đinh Thị Ngọc Hân

*Nơi nhận:*
- UBND tỉnh (để b/c);
- Giám đốc Sở (để b/c);
- Các Phòng GD&ĐT huyện, thành phố;
- Các trường THPT, trung tâm GDNN-GDTX;
- Thành viên Ban Tổ chức, Ban Giám khảo;
- Lưu: VT, GDTrH.
"""


def build_ru04(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(RU04))


# ---------------------------------------------------------------------------
# ru05 — Báo cáo tổng kết (Sở GD&ĐT), DOCX with figures per huyện
# ---------------------------------------------------------------------------
def build_ru05(path):
    doc = Document()
    header_table(
        doc,
        ["UBND TỈNH THẠCH XUYÊN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 41/BC-SGDĐT"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hạ Xuyên, ngày 12 tháng 01 năm 2026"],
    )
    centered(doc, "BÁO CÁO")
    centered(doc, "Tổng kết Cuộc thi khoa học, kỹ thuật dành cho học sinh trung học năm học 2025-2026 và kết quả triển khai giáo dục STEM", size=12)
    p = centered(doc, "Kính gửi: Ủy ban nhân dân tỉnh Thạch Xuyên.", bold=False, size=12)
    para(doc, "Thực hiện Quyết định số 1487/QĐ-SGDĐT ngày 12/9/2025 của Giám đốc Sở Giáo dục và Đào tạo ban hành Quy chế Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2025-2026, Sở Giáo dục và Đào tạo (GD&ĐT) báo cáo kết quả như sau:")

    para(doc, "I. CÔNG TÁC CHỈ ĐẠO, TỔ CHỨC", bold=True)
    para(doc, "1. Sở GD&ĐT ban hành Quy chế cuộc thi, thành lập Ban Tổ chức, Ban Giám khảo; giao Trường THPT chuyên Thạch Xuyên tổ chức tập huấn cho 180 giáo viên hướng dẫn, thực tế có 176 giáo viên tham dự, 171 giáo viên được cấp Giấy chứng nhận hoàn thành.")
    para(doc, "2. 6/6 Phòng GD&ĐT tổ chức cuộc thi cấp huyện trước ngày 15/11/2025 với 214 dự án của 87 trường THCS; huyện Ngàn Thông có số dự án cấp huyện cao nhất (52 dự án).")
    para(doc, "3. Tổng kinh phí tổ chức cuộc thi cấp tỉnh là 318.400.000 đồng, trong đó tiền thưởng 56.600.000 đồng, chi cho Ban Giám khảo 94.000.000 đồng, phần còn lại chi thuê thiết bị trưng bày, in ấn và tổ chức lễ trao giải.")

    para(doc, "II. KẾT QUẢ CUỘC THI CẤP TỈNH", bold=True)
    para(doc, "Cuộc thi nhận 96 dự án đăng ký, 74 dự án vào vòng chung khảo; có 40 dự án đạt giải (tỷ lệ 54,1%); 02 dự án bị hủy kết quả vòng sơ khảo do trùng lặp với dự án đã đạt giải năm học 2023-2024. Lĩnh vực có nhiều dự án nhất là Hệ thống nhúng (15 dự án); lĩnh vực Khoa học xã hội và hành vi chỉ có 05 dự án.")
    para(doc, "Bảng 1. Kết quả theo địa bàn huyện, thành phố", bold=True)
    table(doc, ["Địa bàn", "Dự án đăng ký", "Vào chung khảo", "Nhất", "Nhì", "Ba", "Khuyến khích", "Tổng số giải"], [
        ["Thành phố Hạ Xuyên", "28", "22", "1", "3", "4", "4", "12"],
        ["Huyện Ngàn Thông", "15", "12", "1", "1", "2", "3", "7"],
        ["Huyện Khải Lập", "14", "11", "0", "1", "2", "3", "6"],
        ["Huyện Tuyết Sơn", "13", "10", "1", "0", "2", "2", "5"],
        ["Huyện Hồ Thượng", "14", "11", "0", "2", "1", "3", "6"],
        ["Huyện Lăng Mai", "12", "8", "0", "1", "1", "2", "4"],
        ["Tổng cộng", "96", "74", "3", "8", "12", "17", "40"],
    ])
    para(doc, "Ghi chú: số liệu của Trường THPT chuyên Thạch Xuyên được tính vào thành phố Hạ Xuyên. Riêng Trường THPT chuyên Thạch Xuyên có 07 dự án đạt giải (01 giải Nhất, 02 giải Nhì, 02 giải Ba, 02 giải Khuyến khích).")
    para(doc, "Ban Tổ chức đã chọn 06 dự án vào đội tuyển dự thi Cuộc thi khoa học, kỹ thuật cấp quốc gia, dự kiến tổ chức vào tháng 3/2026.")

    para(doc, "III. KẾT QUẢ TRIỂN KHAI GIÁO DỤC STEM", bold=True)
    para(doc, "100% trường THPT và 82,6% trường THCS tổ chức ít nhất 02 chủ đề dạy học STEM trong học kỳ I; toàn tỉnh có 34 câu lạc bộ STEM, robotics (tăng 9 câu lạc bộ so với năm học trước).", style="List Bullet")
    para(doc, "Huyện Lăng Mai mới có 03 câu lạc bộ STEM; thiết bị thực hành tại các trường vùng khó khăn còn thiếu, nhiều phòng thí nghiệm xuống cấp.", style="List Bullet")

    para(doc, "IV. HẠN CHẾ, NGUYÊN NHÂN", bold=True)
    for t in [
        "Một số dự án chưa có sổ tay nghiên cứu ghi chép đầy đủ; kỹ năng trả lời phỏng vấn của học sinh THCS còn hạn chế.",
        "Số dự án dự thi của huyện Lăng Mai vào chung khảo thấp nhất tỉnh (08 dự án); chưa có dự án đạt giải Nhất ở 3 huyện Khải Lập, Hồ Thượng, Lăng Mai.",
        "Nguyên nhân: kinh phí cho hoạt động nghiên cứu ở cấp trường hạn hẹp; đội ngũ giáo viên hướng dẫn thay đổi nhiều, thiếu giáo viên có kinh nghiệm.",
    ]:
        para(doc, t, style="List Bullet")

    para(doc, "V. NHIỆM VỤ TRỌNG TÂM VÀ KIẾN NGHỊ", bold=True)
    para(doc, "Nhiệm vụ trọng tâm thời gian tới:")
    para(doc, "1. Phòng Giáo dục Trung học: chủ trì tổ chức tập huấn đội tuyển, hoàn thiện hồ sơ 06 dự án dự thi cấp quốc gia trước ngày 31/01/2026.")
    para(doc, "2. Phòng GD&ĐT các huyện, thành phố: duy trì hoạt động câu lạc bộ STEM; báo cáo tình hình hoạt động nghiên cứu khoa học của học sinh định kỳ hằng quý (trước ngày 25 của tháng cuối quý).")
    para(doc, "3. Trường THPT chuyên Thạch Xuyên: phát huy vai trò trung tâm tập huấn, chia sẻ phòng thí nghiệm cho các trường THPT trong tỉnh theo lịch đăng ký.")
    para(doc, "4. Các Phòng GD&ĐT, trường THPT và trung tâm GDNN-GDTX có trách nhiệm xây dựng kế hoạch nghiên cứu khoa học năm học 2026-2027 trước ngày 30/6/2026.")
    para(doc, "Kiến nghị:")
    for t in [
        "Đề nghị UBND tỉnh bố trí 350.000.000 đồng trong dự toán năm 2026 để hỗ trợ đội tuyển dự thi cấp quốc gia và trang bị phòng thí nghiệm cho 05 trường THPT vùng khó khăn.",
        "Đề nghị Sở Khoa học và Công nghệ hỗ trợ ươm tạo, đăng ký sở hữu trí tuệ cho 05 dự án có khả năng ứng dụng vào sản xuất.",
        "Đề nghị Tỉnh đoàn Thạch Xuyên đưa các dự án đạt giải vào Ngày hội sáng tạo trẻ tỉnh năm 2026.",
    ]:
        para(doc, t, style="List Bullet")
    para(doc, "Sở GD&ĐT trân trọng báo cáo./.")
    signature(
        doc,
        ["Nơi nhận:", "- Như trên;", "- Bộ GD&ĐT (Vụ GDTrH);", "- Sở KH&CN;", "- Tỉnh đoàn Thạch Xuyên;", "- Lưu: VT, GDTrH."],
        ["GIÁM ĐỐC", "(đã ký)", "Tạ Quang Huy"],
    )
    doc.save(path)



# ---------------------------------------------------------------------------
# questions.jsonl and who_what.jsonl
# ---------------------------------------------------------------------------
F1 = "ru01_qd_quyche_khkt.pdf"
F2 = "ru02_cv_dangky_khkt.txt"
F3 = "ru03_kh_taphuan_gv.docx"
F4 = "ru04_tb_ketqua_khkt.md"
F5 = "ru05_bc_tongket_khkt.docx"

QUESTIONS = []


def Q(question, kind, ev=(), kw=(), hist=None, actors=None, ans=True):
    q = {"id": None, "question": question, "answerable": ans, "kind": kind,
         "evidence": [{"source": s, "quote": t} for s, t in ev], "keywords": list(kw)}
    if hist:
        q["history"] = [hist]
    if actors:
        q["actors"] = list(actors)
    QUESTIONS.append(q)
    return question


U = "unanswerable"
q1 = Q("Vòng chung khảo cuộc thi KHKT cấp tỉnh năm nay tổ chức ngày nào, ở đâu?", "factoid",
       [(F1, "Vòng chung khảo: tổ chức trong 02 ngày 10 và 11/12/2025 tại Trường THPT chuyên Thạch Xuyên")],
       ["10 và 11/12/2025", "Trường THPT chuyên Thạch Xuyên"])
q2 = Q("Phòng Kế hoạch - Tài chính của Sở GD&ĐT có nhiệm vụ gì trong cuộc thi?", "who-what",
       [(F1, "Phòng Kế hoạch - Tài chính có trách nhiệm bố trí kinh phí tổ chức Cuộc thi và chi trả tiền thưởng theo quy định")],
       ["bố trí kinh phí", "chi trả tiền thưởng"], actors=["Phòng Kế hoạch - Tài chính"])
Q("Còn Phòng Giáo dục Trung học thì sao?", "follow-up",
  [(F1, "Phòng Giáo dục Trung học chủ trì, phối hợp với Văn phòng Sở tham mưu thành lập Ban Tổ chức, Ban Giám khảo")],
  ["thành lập Ban Tổ chức, Ban Giám khảo"], hist=q2, actors=["Phòng Giáo dục Trung học"])
q4 = Q("Dự án phải đạt bao nhiêu điểm mới được giải nhất?", "factoid",
       [(F1, "giải Nhất: từ 85 điểm trở lên")], ["85 điểm"])
Q("le phi du thi cap huyen o ngan thong nop bang cach nao", "no-diacritics",
  [(F2, "bằng tiền mặt tại Bộ phận Kế toán Phòng GD&ĐT hoặc chuyển khoản vào tài khoản số 8100 2154 3377")],
  ["tiền mặt", "chuyển khoản", "8100 2154 3377"])
Q("Giải đặc biệt của cuộc thi KHKT cấp tỉnh được thưởng bao nhiêu tiền?", U, ans=False)
Q("QĐ ban hành quy chế thi KHKT cấp tỉnh số mấy, ai ký?", "metadata",
  [(F1, "Ban hành kèm theo Quyết định số 1487/QĐ-SGDĐT ngày 12/9/2025"),
   (F1, "PHÓ GIÁM ĐỐC (đã ký) Đinh Thị Ngọc Hân")],
  ["1487/QĐ-SGDĐT", "Đinh Thị Ngọc Hân"])
q8 = Q("Tiền thưởng cho một dự án đạt giải Ba là bao nhiêu?", "factoid",
       [(F1, "giải Nhì 2.000.000 đồng; giải Ba 1.500.000 đồng")], ["1.500.000 đồng"])
Q("Thế giải khuyến khích?", "follow-up",
  [(F1, "giải Khuyến khích 800.000 đồng")], ["800.000 đồng"], hist=q8)
Q("Trường THCS Lãng Trì phải chuẩn bị những gì cho cuộc thi cấp huyện, hạn chót khi nào?", "who-what",
  [(F2, "Trường THCS Lãng Trì có trách nhiệm chuẩn bị hội trường, 40 bàn trưng bày, nguồn điện và mạng internet; hoàn thành trước ngày 10/11/2025")],
  ["40 bàn trưng bày", "10/11/2025"], actors=["Trường THCS Lãng Trì"])
q10 = QUESTIONS[-1]["question"]
q11 = Q("han dang ky so bo du an khkt o ngan thong la khi nao", "no-diacritics",
        [(F2, "trước 16 giờ 30 ngày 20/10/2025")], ["20/10/2025"])
Q("Vậy hạn nộp hồ sơ chính thức là khi nào?", "follow-up",
  [(F2, "bản điện tử qua e-mail nêu trên, hạn chót ngày 05/11/2025")], ["05/11/2025"], hist=q11)
Q("QĐ 1487 thay thế QĐ nào của năm trước?", "abbreviation",
  [(F1, "thay thế Quyết định số 1302/QĐ-SGDĐT ngày 05/9/2024")], ["1302/QĐ-SGDĐT"])
Q("Phí tham dự cuộc thi KHKT cấp tỉnh mỗi dự án là bao nhiêu?", U, ans=False)
q15 = Q("Lớp tập huấn giáo viên hướng dẫn nghiên cứu kéo dài mấy ngày?", "factoid",
        [(F3, "Thời gian: 03 ngày, từ ngày 16/10/2025 đến hết ngày 18/10/2025")],
        ["03 ngày", "16/10/2025", "18/10/2025"])
Q("Buổi chiều học từ mấy giờ đến mấy giờ?", "follow-up",
  [(F3, "buổi chiều từ 13 giờ 30 đến 17 giờ 00")], ["13 giờ 30", "17 giờ 00"], hist=q15)
Q("Hồ sơ dự thi của một dự án gồm những gì?", "list",
  [(F1, "Phiếu đăng ký dự thi có xác nhận của thủ trưởng đơn vị"),
   (F1, "Báo cáo kết quả nghiên cứu không quá 20 trang khổ A4"),
   (F1, "Bản tóm tắt dự án không quá 250 từ; d) Sổ tay nghiên cứu (bản chụp)"),
   (F1, "Phiếu xác nhận của người hướng dẫn khoa học")],
  ["Phiếu đăng ký dự thi", "Sổ tay nghiên cứu", "250 từ"])
Q("Cuộc thi KHKT cấp huyện của huyện Khải Lập tổ chức ở trường nào?", U, ans=False)
Q("Sở KH&CN được đề nghị làm gì cho cuộc thi cấp tỉnh?", "who-what",
  [(F1, "Đề nghị Sở Khoa học và Công nghệ cử chuyên gia tham gia Ban Giám khảo")],
  ["cử chuyên gia tham gia Ban Giám khảo"], actors=["Sở Khoa học và Công nghệ"])
Q("email nop phieu dang ky khkt cua phong gd ngan thong la gi", "no-diacritics",
  [(F2, "qua địa chỉ e-mail khkt.pgdngt@thachxuyen.edu.vn")], ["khkt.pgdngt@thachxuyen.edu.vn"])
Q("Công văn đăng ký thi KHKT của Phòng GD&ĐT Ngàn Thông số bao nhiêu, ban hành ngày nào?", "metadata",
  [(F2, "Số: 318/PGDĐT-THCS Ngàn Thông, ngày 03 tháng 10 năm 2025")],
  ["318/PGDĐT-THCS", "03 tháng 10 năm 2025"])
q22 = Q("Phí tham dự cuộc thi cấp huyện ở Ngàn Thông là bao nhiêu một dự án?", "factoid",
        [(F2, "Mỗi dự án đóng phí tham dự 150.000 đồng")], ["150.000 đồng"])
Q("Thế tiền đi lại, ăn trưa cho học sinh thì ai chi?", "follow-up",
  [(F2, "Kinh phí đi lại, ăn trưa của học sinh và giáo viên do các trường tự bố trí từ nguồn chi thường xuyên và nguồn xã hội hóa")],
  ["các trường tự bố trí"], hist=q22)
Q("Công văn 319/PGDĐT-THCS của Phòng GD&ĐT Ngàn Thông hướng dẫn việc gì?", U, ans=False)
Q("Ai chủ trì thành lập Ban Giám khảo cấp huyện ở Ngàn Thông, phối hợp với bộ phận nào?", "who-what",
  [(F2, "Giao Bộ phận chuyên môn THCS chủ trì, phối hợp với Bộ phận Kế toán tham mưu thành lập Ban Giám khảo cấp huyện")],
  ["Bộ phận chuyên môn THCS", "Bộ phận Kế toán"], actors=["Bộ phận chuyên môn THCS", "Bộ phận Kế toán"])
Q("Còn Trung tâm Văn hóa, Thông tin và Thể thao huyện phải làm gì?", "follow-up",
  [(F2, "Đề nghị Trung tâm Văn hóa, Thông tin và Thể thao huyện hỗ trợ âm thanh, đưa tin về cuộc thi")],
  ["hỗ trợ âm thanh", "đưa tin"], hist=q10, actors=["Trung tâm Văn hóa, Thông tin và Thể thao huyện"])
Q("Trung tâm Y tế huyện có phải cử người trực hôm thi không?", "who-what",
  [(F2, "Đề nghị Trung tâm Y tế huyện cử 01 cán bộ y tế trực tại điểm thi trong ngày 12/11/2025")],
  ["01 cán bộ y tế", "12/11/2025"], actors=["Trung tâm Y tế huyện"])
Q("CV 318 của PGD Ngàn Thông gửi tới những ai?", "abbreviation",
  [(F2, "Kính gửi: Hiệu trưởng các trường THCS, trường TH&THCS trên địa bàn huyện.")],
  ["Hiệu trưởng các trường THCS"])
Q("huyen Dong Lu co bao nhieu du an dat giai cap tinh", U, ans=False)
Q("PGD Ngàn Thông được chọn tối đa mấy dự án gửi lên Sở GD&ĐT, hạn gửi khi nào?", "abbreviation",
  [(F2, "chọn tối đa 04 dự án đạt giải cao nhất để dự thi cấp tỉnh và gửi hồ sơ về Sở GD&ĐT trước ngày 20/11/2025")],
  ["04 dự án", "20/11/2025"])
Q("Trường THCS Quán Dương cử những giáo viên nào đi tập huấn?", U, ans=False)
Q("Muốn hỏi thêm về cuộc thi cấp huyện Ngàn Thông thì liên hệ ai, số máy nào?", "factoid",
  [(F2, "bà Phạm Thu Diệp, chuyên viên Bộ phận chuyên môn THCS, điện thoại 0912 438 507")],
  ["Phạm Thu Diệp", "0912 438 507"])
Q("Kinh phí tập huấn giáo viên hướng dẫn năm 2026 là bao nhiêu?", U, ans=False)
Q("Tổng kinh phí cho lớp tập huấn giáo viên là bao nhiêu?", "factoid",
  [(F3, "Kinh phí tổ chức tập huấn là 96.500.000 đồng")], ["96.500.000 đồng"])
q39 = Q("Theo KH 27, mỗi Phòng GD&ĐT phải cử mấy GV THCS đi tập huấn?", "abbreviation",
        [(F3, "mỗi Phòng GD&ĐT cử 06 giáo viên THCS")], ["06 giáo viên THCS"])
Q("Còn trường chuyên thì cử bao nhiêu người?", "follow-up",
  [(F3, "Trường THPT chuyên Thạch Xuyên 24 giáo viên")], ["24 giáo viên"], hist=q39)
q41 = Q("Lịch tập huấn gồm những chuyên đề nào?", "list",
        [(F3, "Chuyên đề 1: Phương pháp nghiên cứu khoa học, xác định vấn đề và câu hỏi nghiên cứu"),
         (F3, "Chuyên đề 2: Thiết kế thí nghiệm, thu thập và xử lý số liệu bằng bảng tính"),
         (F3, "Chuyên đề 3: Dạy học STEM và định hướng đề tài từ thực tiễn nông nghiệp, môi trường địa phương"),
         (F3, "Chuyên đề 4: Viết báo cáo, ghi sổ tay nghiên cứu và thiết kế poster"),
         (F3, "Chuyên đề 5: Đạo đức nghiên cứu, an toàn phòng thí nghiệm và sở hữu trí tuệ")],
        ["Phương pháp nghiên cứu khoa học", "thiết kế poster", "sở hữu trí tuệ"])
Q("Chuyên đề về đạo đức nghiên cứu do ai trình bày?", "follow-up",
  [(F3, "KS. Lưu Đình Phác, Sở Khoa học và Công nghệ")], ["Lưu Đình Phác"], hist=q41)
Q("Đoàn Thanh niên của trường chuyên làm gì trong đợt tập huấn?", "who-what",
  [(F3, "Đoàn Thanh niên nhà trường cử 10 đoàn viên làm tình nguyện viên đón tiếp, hướng dẫn học viên")],
  ["10 đoàn viên"], actors=["Đoàn Thanh niên nhà trường"])
Q("Tổ Văn phòng phụ trách những việc gì theo KH 27?", "who-what",
  [(F3, "Tổ Văn phòng có trách nhiệm tiếp nhận danh sách học viên, bố trí chỗ ngồi, nước uống và theo dõi điểm danh theo từng buổi"),
   (F3, "Tổng hợp danh sách học viên, sắp xếp lớp"),
   (F3, "Chuẩn bị hội trường, phòng thực hành, thiết bị trình chiếu")],
  ["tiếp nhận danh sách học viên", "theo dõi điểm danh"], actors=["Tổ Văn phòng"])
Q("Đơn vị nào chủ trì việc cấp giấy chứng nhận cho học viên, ai phối hợp, xong trước ngày nào?", "who-what",
  [(F3, "Điểm danh, đánh giá đề cương, cấp Giấy chứng nhận"), (F3, "Tổ Sinh học - Hóa học"),
   (F3, "Phòng Giáo dục Trung học, Sở GD&ĐT"), (F3, "Trước ngày 25/10/2025")],
  ["Tổ Sinh học - Hóa học", "25/10/2025"], actors=["Tổ Sinh học - Hóa học", "Phòng Giáo dục Trung học"])
Q("dia diem tap huan giao vien huong dan nghien cuu o dau", "no-diacritics",
  [(F3, "Hội trường B và các phòng thực hành Vật lý, Hóa học, Sinh học của Trường THPT chuyên Thạch Xuyên, số 86 đường Hoa Sứ")],
  ["Hội trường B", "số 86 đường Hoa Sứ"])
Q("hoc vien phai tham du bao nhieu phan tram thoi luong thi moi duoc cap giay chung nhan", "no-diacritics",
  [(F3, "Học viên tham dự ít nhất 80% thời lượng và nộp đề cương dự án trước ngày 22/10/2025")],
  ["80%", "22/10/2025"])
Q("Email liên hệ của thầy Nguyễn Hữu Khang là gì?", U, ans=False)
Q("Kế hoạch tập huấn GV hướng dẫn NCKH do ai ký, ban hành ngày nào?", "metadata",
  [(F3, "HIỆU TRƯỞNG (đã ký) Bùi Thanh Tùng"), (F3, "Hạ Xuyên, ngày 26 tháng 9 năm 2025")],
  ["Bùi Thanh Tùng", "26 tháng 9 năm 2025"])
Q("Kế hoạch tập huấn của trường chuyên căn cứ vào công văn nào của Sở?", "metadata",
  [(F3, "Căn cứ Công văn số 1198/SGDĐT-GDTrH ngày 15/9/2025")], ["1198/SGDĐT-GDTrH"])
Q("Các Phòng GD&ĐT và trường THPT phải gửi danh sách giáo viên đi tập huấn về đâu, trước ngày nào?", "who-what",
  [(F3, "gửi danh sách (họ tên, môn dạy, số điện thoại) về địa chỉ e-mail taphuan.khkt@thptchuyentx.edu.vn trước ngày 10/10/2025")],
  ["taphuan.khkt@thptchuyentx.edu.vn", "10/10/2025"],
  actors=["các Phòng GD&ĐT huyện, thành phố và các trường THPT"])
Q("Lớp tập huấn đợt 2 dành cho giáo viên tiểu học tổ chức khi nào?", U, ans=False)
q53 = Q("Lễ trao giải cuộc thi KHKT cấp tỉnh diễn ra lúc nào?", "factoid",
        [(F4, "Thời gian: 8 giờ 00 ngày 27/12/2025 (thứ Bảy)")], ["8 giờ 00", "27/12/2025"])
Q("Ở đâu vậy?", "follow-up",
  [(F4, "Hội trường tầng 3, Sở GD&ĐT, số 15 đường Lý Tự Trọng")],
  ["Hội trường tầng 3", "số 15 đường Lý Tự Trọng"], hist=q53)
q55 = Q("Có bao nhiêu dự án lọt vào vòng chung khảo cấp tỉnh?", "factoid",
        [(F4, "74 dự án được chọn vào vòng chung khảo")], ["74 dự án"])
Q("Ban Giám khảo gồm bao nhiêu người?", "follow-up",
  [(F4, "Ban Giám khảo gồm 21 thành viên")], ["21 thành viên"], hist=q55)
Q("TB 95 trao tổng cộng bao nhiêu giải, cơ cấu thế nào?", "abbreviation",
  [(F4, "trao 40 giải, gồm: 03 giải Nhất, 08 giải Nhì, 12 giải Ba và 17 giải Khuyến khích")],
  ["40 giải", "03 giải Nhất", "17 giải Khuyến khích"])
Q("Những dự án nào đạt giải nhất?", "list",
  [(F4, "Hệ thống cảnh báo sớm sạt lở đất dùng cảm biến độ ẩm và truyền tin LoRa"),
   (F4, "Chế phẩm sinh học từ vỏ bưởi và bã mía xử lý nước thải ao nuôi cá"),
   (F4, "Ứng dụng học máy nhận diện bệnh đạo ôn trên lá lúa qua ảnh điện thoại")],
  ["sạt lở đất", "vỏ bưởi", "bệnh đạo ôn"])
q59 = Q("Dự án găng tay cho người khiếm thính là của trường nào, được giải gì?", "factoid",
        [(F4, "Găng tay hỗ trợ người khiếm thính chuyển ngôn ngữ ký hiệu thành giọng nói"),
         (F4, "| Phùng Tuệ Nhi, Hứa Đăng Khoa | Trường THPT chuyên Thạch Xuyên | Nhì |")],
        ["Trường THPT chuyên Thạch Xuyên", "Nhì"])
Q("Còn dự án máy gieo hạt ngô?", "follow-up",
  [(F4, "Máy gieo hạt ngô cầm tay sử dụng cơ cấu bánh răng tái chế | Kỹ thuật cơ khí | Giàng A Sử, Giàng Thị Dua | Trường THPT Lăng Mai | Nhì")],
  ["Trường THPT Lăng Mai", "Nhì"], hist=q59)
Q("doi tuyen du thi quoc gia tap huan tu ngay nao den ngay nao", "no-diacritics",
  [(F4, "tập huấn tập trung từ ngày 05/01/2026 đến ngày 20/01/2026")], ["05/01/2026", "20/01/2026"])
Q("thac mac ve ket qua thi khkt cap tinh gui truoc ngay nao", "no-diacritics",
  [(F4, "trước 17 giờ 00 ngày 19/12/2025")], ["19/12/2025"])
Q("Cho xin danh sách cụ thể các dự án đạt giải Ba.", U, ans=False)
Q("Phòng Kế hoạch - Tài chính phải chuyển tiền thưởng cho các đơn vị trước ngày nào?", "who-what",
  [(F4, "| Phòng Kế hoạch - Tài chính | Chuyển tiền thưởng về tài khoản các đơn vị có dự án đạt giải | Trước ngày 31/12/2025 |")],
  ["31/12/2025"], actors=["Phòng Kế hoạch - Tài chính"])
Q("Thông báo kết quả cuộc thi KHKT cấp tỉnh số mấy, ngày nào, ai ký?", "metadata",
  [(F4, "Số: 95/TB-BTC Hạ Xuyên, ngày 16 tháng 12 năm 2025"),
   (F4, "PHÓ GIÁM ĐỐC SỞ GD&ĐT (đã ký) Đinh Thị Ngọc Hân")],
  ["95/TB-BTC", "16 tháng 12 năm 2025", "Đinh Thị Ngọc Hân"])
Q("QĐ 1702/QĐ-SGDĐT thành lập Ban Tổ chức gồm bao nhiêu thành viên?", U, ans=False)
Q("Muốn thắc mắc về kết quả thi cấp tỉnh thì liên hệ ai?", "factoid",
  [(F4, "ông Vi Thế Hùng, chuyên viên Phòng Giáo dục Trung học, điện thoại 0868 702 193")],
  ["Vi Thế Hùng", "0868 702 193"])
Q("Cuộc thi KHKT cấp quốc gia năm 2026 tổ chức ở tỉnh nào?", U, ans=False)
Q("thong bao ket qua cuoc thi khkt cap tinh nam hoc 2024-2025 co bao nhieu giai nhat", U, ans=False)
q72 = Q("Huyện nào có nhiều dự án thi cấp huyện nhất?", "factoid",
        [(F5, "huyện Ngàn Thông có số dự án cấp huyện cao nhất (52 dự án)")], ["Ngàn Thông", "52 dự án"])
Q("Thế huyện nào có ít dự án cấp huyện nhất, bao nhiêu dự án?", "follow-up", hist=q72, ans=False)
q74 = Q("Tổng kinh phí tổ chức cuộc thi cấp tỉnh là bao nhiêu?", "factoid",
        [(F5, "Tổng kinh phí tổ chức cuộc thi cấp tỉnh là 318.400.000 đồng")], ["318.400.000 đồng"])
Q("Trong đó chi cho tập huấn đội tuyển quốc gia hết bao nhiêu?", "follow-up", hist=q74, ans=False)
q76 = Q("huyen lang mai co bao nhieu du an vao vong chung khao", "no-diacritics",
        [(F5, "Số dự án dự thi của huyện Lăng Mai vào chung khảo thấp nhất tỉnh (08 dự án)")], ["08 dự án"])
Q("Thế huyện đó có mấy câu lạc bộ STEM?", "follow-up",
  [(F5, "Huyện Lăng Mai mới có 03 câu lạc bộ STEM")], ["03 câu lạc bộ STEM"], hist=q76)
Q("toan tinh hien co bao nhieu cau lac bo stem robotics", "no-diacritics",
  [(F5, "toàn tỉnh có 34 câu lạc bộ STEM, robotics (tăng 9 câu lạc bộ so với năm học trước)")], ["34 câu lạc bộ"])
Q("bao nhieu giao vien duoc cap giay chung nhan sau tap huan", "no-diacritics",
  [(F5, "thực tế có 176 giáo viên tham dự, 171 giáo viên được cấp Giấy chứng nhận hoàn thành")], ["171 giáo viên"])
Q("Tỷ lệ trường THCS tổ chức chủ đề STEM trong HK I là bao nhiêu?", "abbreviation",
  [(F5, "100% trường THPT và 82,6% trường THCS tổ chức ít nhất 02 chủ đề dạy học STEM trong học kỳ I")], ["82,6%"])
Q("BC 41 kiến nghị UBND tỉnh bố trí bao nhiêu tiền trong dự toán 2026?", "abbreviation",
  [(F5, "Đề nghị UBND tỉnh bố trí 350.000.000 đồng trong dự toán năm 2026")], ["350.000.000 đồng"])
Q("Ngân sách năm 2027 dành cho đội tuyển KHKT quốc gia của tỉnh là bao nhiêu?", U, ans=False)
Q("Theo báo cáo tổng kết, Phòng GD&ĐT các huyện phải làm gì tiếp, báo cáo định kỳ thế nào?", "who-what",
  [(F5, "Phòng GD&ĐT các huyện, thành phố: duy trì hoạt động câu lạc bộ STEM; báo cáo tình hình hoạt động nghiên cứu khoa học của học sinh định kỳ hằng quý")],
  ["định kỳ hằng quý"], actors=["Phòng GD&ĐT các huyện, thành phố"])
Q("Phòng Giáo dục Trung học phải hoàn thiện hồ sơ dự thi quốc gia trước ngày nào?", "who-what",
  [(F5, "Phòng Giáo dục Trung học: chủ trì tổ chức tập huấn đội tuyển, hoàn thiện hồ sơ 06 dự án dự thi cấp quốc gia trước ngày 31/01/2026")],
  ["31/01/2026"], actors=["Phòng Giáo dục Trung học"])
Q("Ai phải xây dựng kế hoạch nghiên cứu khoa học năm học 2026-2027, hạn khi nào?", "who-what",
  [(F5, "Các Phòng GD&ĐT, trường THPT và trung tâm GDNN-GDTX có trách nhiệm xây dựng kế hoạch nghiên cứu khoa học năm học 2026-2027 trước ngày 30/6/2026")],
  ["30/6/2026"], actors=["Các Phòng GD&ĐT, trường THPT và trung tâm GDNN-GDTX"])
Q("Báo cáo tổng kết cuộc thi gửi ai và do ai ký?", "metadata",
  [(F5, "Kính gửi: Ủy ban nhân dân tỉnh Thạch Xuyên."), (F5, "GIÁM ĐỐC (đã ký) Tạ Quang Huy")],
  ["Ủy ban nhân dân tỉnh Thạch Xuyên", "Tạ Quang Huy"])
Q("Tỷ lệ trường THCS ở huyện Tuyết Sơn tổ chức chủ đề STEM là bao nhiêu?", U, ans=False)
Q("Riêng trường chuyên có bao nhiêu dự án đạt giải?", "factoid",
  [(F5, "Riêng Trường THPT chuyên Thạch Xuyên có 07 dự án đạt giải (01 giải Nhất, 02 giải Nhì, 02 giải Ba, 02 giải Khuyến khích)")],
  ["07 dự án"])
Q("Những văn bản nào căn cứ hoặc thực hiện theo QĐ 1487/QĐ-SGDĐT?", "corpus",
  [(F2, "Thực hiện Quyết định số 1487/QĐ-SGDĐT ngày 12/9/2025"),
   (F3, "Căn cứ Quyết định số 1487/QĐ-SGDĐT ngày 12/9/2025"),
   (F4, "Căn cứ Quyết định số 1487/QĐ-SGDĐT ngày 12/9/2025"),
   (F5, "Thực hiện Quyết định số 1487/QĐ-SGDĐT ngày 12/9/2025")],
  ["1487/QĐ-SGDĐT"])
Q("Bà Đinh Thị Ngọc Hân ký những văn bản nào trong bộ tài liệu này?", "corpus",
  [(F1, "PHÓ GIÁM ĐỐC (đã ký) Đinh Thị Ngọc Hân"),
   (F1, "Ban hành kèm theo Quyết định số 1487/QĐ-SGDĐT ngày 12/9/2025"),
   (F4, "PHÓ GIÁM ĐỐC SỞ GD&ĐT (đã ký) Đinh Thị Ngọc Hân"),
   (F4, "Số: 95/TB-BTC Hạ Xuyên, ngày 16 tháng 12 năm 2025")],
  ["1487/QĐ-SGDĐT", "95/TB-BTC"])
Q("Văn bản nào trong bộ tài liệu nói về việc tập huấn giáo viên hướng dẫn nghiên cứu?", "corpus",
  [(F3, "Tập huấn giáo viên hướng dẫn học sinh nghiên cứu khoa học, kỹ thuật năm học 2025-2026"),
   (F2, "Thực hiện Kế hoạch số 27/KH-THPTC của Trường THPT chuyên Thạch Xuyên"),
   (F5, "giao Trường THPT chuyên Thạch Xuyên tổ chức tập huấn cho 180 giáo viên hướng dẫn")],
  ["27/KH-THPTC"])
Q("Văn bản nào quy định mức tiền thưởng, văn bản nào báo cáo tổng tiền thưởng đã chi?", "corpus",
  [(F1, "Tiền thưởng cho mỗi dự án: giải Nhất 3.000.000 đồng"),
   (F5, "trong đó tiền thưởng 56.600.000 đồng")],
  ["3.000.000 đồng", "56.600.000 đồng"])
Q("Trong bộ này văn bản nào ban hành sớm nhất, văn bản nào muộn nhất?", "corpus",
  [(F1, "Ban hành kèm theo Quyết định số 1487/QĐ-SGDĐT ngày 12/9/2025"),
   (F5, "Hạ Xuyên, ngày 12 tháng 01 năm 2026")],
  ["12/9/2025", "12 tháng 01 năm 2026"])
Q("tien thuong cho giao vien huong dan du an giai nhat la bao nhieu", U, ans=False)
Q("tai khoan nhan tien thuong cua so gd&dt tinh la so nao", U, ans=False)
Q("Học sinh đạt giải nhất cấp tỉnh được cộng bao nhiêu điểm ưu tiên khi xét tuyển lớp 10?", U, ans=False)
Q("Năm học 2025-2026 tỉnh Thạch Xuyên có bao nhiêu dự án đạt giải cấp quốc gia?", U, ans=False)
Q("Cuộc thi cấp huyện ở Ngàn Thông có nhận khiếu nại kết quả không, trong mấy ngày?", U, ans=False)
Q("Học sinh lớp 7 có được dự thi cấp tỉnh không?", "factoid",
  [(F1, "Đối tượng dự thi là học sinh từ lớp 8 đến lớp 12")], ["lớp 8 đến lớp 12"])
Q("Tiêu chí chấm gồm những phần nào, mỗi phần bao nhiêu điểm?", "list",
  [(F1, "câu hỏi nghiên cứu 10 điểm; kế hoạch và phương pháp nghiên cứu 15 điểm; tiến hành nghiên cứu 20 điểm; tính sáng tạo 20 điểm; poster và trình bày 35 điểm")],
  ["10 điểm", "35 điểm"])
Q("moi truong thpt duoc dang ky toi da bao nhieu du an cap tinh", "no-diacritics",
  [(F1, "Mỗi trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên đăng ký tối đa 03 dự án")], ["03 dự án"])
Q("giai nhi can bao nhieu diem", "no-diacritics",
  [(F1, "giải Nhì: từ 75 đến dưới 85 điểm")], ["75"])
Q("con giai khuyen khich thi sao", "follow-up",
  [(F1, "giải Khuyến khích: từ 55 đến dưới 65 điểm")], ["55"], hist=q4)
Q("Quy chế thi KHKT của Sở căn cứ vào những văn bản nào?", "metadata",
  [(F1, "Căn cứ Quyết định số 2206/QĐ-UBND ngày 18/7/2024"),
   (F1, "Căn cứ Kế hoạch số 1120/KH-SGDĐT ngày 25/8/2025")],
  ["2206/QĐ-UBND", "1120/KH-SGDĐT"])
Q("Số điện thoại của Phó Giám đốc Đinh Thị Ngọc Hân là bao nhiêu?", U, ans=False)
Q("THPT chuyên Thạch Xuyên được đăng ký tối đa mấy dự án dự thi cấp tỉnh?", "abbreviation",
  [(F1, "Trường THPT chuyên Thạch Xuyên đăng ký tối đa 08 dự án")], ["08 dự án"])


def _actor(name, role, deadline, quote):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": quote}


WHO_WHAT = [
    {"id": "wru01", "directive": "QĐ 1487/QĐ-SGDĐT", "source": F1, "actors": [
        _actor("Phòng Giáo dục Trung học", "chủ trì", None, "Phòng Giáo dục Trung học chủ trì, phối hợp với Văn phòng Sở tham mưu thành lập Ban Tổ chức, Ban Giám khảo"),
        _actor("Văn phòng Sở", "phối hợp", None, "Phòng Giáo dục Trung học chủ trì, phối hợp với Văn phòng Sở tham mưu thành lập Ban Tổ chức, Ban Giám khảo"),
        _actor("Phòng Giáo dục Trung học", "thường trực", None, "Phòng Giáo dục Trung học là bộ phận thường trực của Ban Tổ chức"),
        _actor("Phòng Kế hoạch - Tài chính", None, None, "Phòng Kế hoạch - Tài chính có trách nhiệm bố trí kinh phí tổ chức Cuộc thi và chi trả tiền thưởng theo quy định"),
        _actor("Phòng Giáo dục và Đào tạo các huyện, thành phố", None, "trước ngày 15/11/2025", "Phòng Giáo dục và Đào tạo các huyện, thành phố tổ chức cuộc thi cấp huyện xong trước ngày 15/11/2025 và lựa chọn dự án dự thi cấp tỉnh"),
        _actor("Hiệu trưởng các trường THPT, Giám đốc trung tâm GDNN-GDTX", None, None, "Hiệu trưởng các trường THPT, Giám đốc trung tâm GDNN-GDTX chỉ đạo giáo viên hướng dẫn học sinh, chịu trách nhiệm về tính trung thực của dự án"),
        _actor("Trường THPT chuyên Thạch Xuyên", None, None, "Trường THPT chuyên Thạch Xuyên có trách nhiệm bố trí địa điểm, cơ sở vật chất, mạng internet cho vòng chung khảo và tổ chức tập huấn giáo viên hướng dẫn nghiên cứu"),
        _actor("Sở Khoa học và Công nghệ", None, None, "Đề nghị Sở Khoa học và Công nghệ cử chuyên gia tham gia Ban Giám khảo"),
        _actor("Tỉnh đoàn Thạch Xuyên", "phối hợp", None, "đề nghị Tỉnh đoàn Thạch Xuyên phối hợp tuyên truyền về Cuộc thi trên các nền tảng số"),
        _actor("Ban Giám khảo", None, "từ ngày 24/11/2025 đến ngày 28/11/2025", "Ban Giám khảo chấm hồ sơ từ ngày 24/11/2025 đến ngày 28/11/2025"),
        _actor("Ban Tổ chức", None, None, "Ban Tổ chức lựa chọn tối đa 06 dự án đạt giải Nhất, giải Nhì để thành lập đội tuyển dự thi cấp quốc gia"),
    ], "intruders": ["Đinh Thị Ngọc Hân", "Bộ GD&ĐT (Vụ GDTrH) (để b/c)", "UBND tỉnh (để b/c)", "Cổng TTĐT Sở", "Lưu: VT, GDTrH", "UBND TỈNH THẠCH XUYÊN"]},
    {"id": "wru02", "directive": "CV 318/PGDĐT-THCS", "source": F2, "actors": [
        _actor("các trường THCS, TH&THCS", None, "trước 16 giờ 30 ngày 20/10/2025", "các trường gửi Phiếu đăng ký (Mẫu 01 kèm theo) gồm tên dự án, lĩnh vực, họ tên học sinh, giáo viên hướng dẫn về Phòng GD&ĐT"),
        _actor("các trường THCS, TH&THCS", None, "hạn chót ngày 05/11/2025", "nộp 01 bản giấy tại Bộ phận chuyên môn THCS, phòng 204, tầng 2, trụ sở Phòng GD&ĐT"),
        _actor("Hiệu trưởng các trường", None, None, "Hiệu trưởng các trường có trách nhiệm phổ biến Công văn này tới giáo viên, học sinh; chịu trách nhiệm về tính trung thực của dự án dự thi"),
        _actor("Hiệu trưởng các trường THCS Lãng Trì, THCS Quán Dương, THCS Đá Ngựa", None, "trước ngày 08/10/2025", "mỗi trường cử 02 giáo viên có kinh nghiệm hướng dẫn học sinh nghiên cứu, gửi danh sách về Phòng GD&ĐT trước ngày 08/10/2025"),
        _actor("Trường THCS Lãng Trì", None, "trước ngày 10/11/2025", "Trường THCS Lãng Trì có trách nhiệm chuẩn bị hội trường, 40 bàn trưng bày, nguồn điện và mạng internet"),
        _actor("Bộ phận chuyên môn THCS", "chủ trì", None, "Giao Bộ phận chuyên môn THCS chủ trì, phối hợp với Bộ phận Kế toán tham mưu thành lập Ban Giám khảo cấp huyện"),
        _actor("Bộ phận Kế toán", "phối hợp", None, "Giao Bộ phận chuyên môn THCS chủ trì, phối hợp với Bộ phận Kế toán tham mưu thành lập Ban Giám khảo cấp huyện"),
        _actor("Phòng GD&ĐT", None, "trước ngày 20/11/2025", "Phòng GD&ĐT chọn tối đa 04 dự án đạt giải cao nhất để dự thi cấp tỉnh và gửi hồ sơ về Sở GD&ĐT trước ngày 20/11/2025"),
        _actor("Trung tâm Văn hóa, Thông tin và Thể thao huyện", None, None, "Đề nghị Trung tâm Văn hóa, Thông tin và Thể thao huyện hỗ trợ âm thanh, đưa tin về cuộc thi"),
        _actor("Huyện đoàn Ngàn Thông", "phối hợp", None, "Đề nghị Huyện đoàn Ngàn Thông phối hợp vận động đoàn viên, đội viên đến tham quan khu trưng bày"),
        _actor("Trung tâm Y tế huyện", None, None, "Đề nghị Trung tâm Y tế huyện cử 01 cán bộ y tế trực tại điểm thi trong ngày 12/11/2025"),
    ], "intruders": ["Đỗ Minh Tuấn", "UBND huyện (để b/c)", "Sở GD&ĐT (Phòng GDTrH) (để b/c)", "Lãnh đạo Phòng", "Lưu: VT, THCS", "UBND HUYỆN NGÀN THÔNG"]},
    {"id": "wru03", "directive": "KH 27/KH-THPTC", "source": F3, "actors": [
        _actor("Tổ Văn phòng", "chủ trì", "Trước ngày 12/10/2025", "Tổng hợp danh sách học viên, sắp xếp lớp"),
        _actor("Các Phòng GD&ĐT, các trường THPT", "phối hợp", "Trước ngày 12/10/2025", "Tổng hợp danh sách học viên, sắp xếp lớp"),
        _actor("Tổ Vật lý - Công nghệ", "chủ trì", "Trước ngày 13/10/2025", "Mời báo cáo viên, biên soạn và in tài liệu"),
        _actor("Trường Đại học Thạch Xuyên", "phối hợp", "Trước ngày 13/10/2025", "Mời báo cáo viên, biên soạn và in tài liệu"),
        _actor("Sở Khoa học và Công nghệ", "phối hợp", "Trước ngày 13/10/2025", "Mời báo cáo viên, biên soạn và in tài liệu"),
        _actor("Tổ Văn phòng", "chủ trì", "Trước ngày 15/10/2025", "Chuẩn bị hội trường, phòng thực hành, thiết bị trình chiếu"),
        _actor("Đoàn Thanh niên nhà trường", "phối hợp", "Trước ngày 15/10/2025", "Chuẩn bị hội trường, phòng thực hành, thiết bị trình chiếu"),
        _actor("Tổ Sinh học - Hóa học", "chủ trì", "Trước ngày 25/10/2025", "Điểm danh, đánh giá đề cương, cấp Giấy chứng nhận"),
        _actor("Phòng Giáo dục Trung học, Sở GD&ĐT", "phối hợp", "Trước ngày 25/10/2025", "Điểm danh, đánh giá đề cương, cấp Giấy chứng nhận"),
        _actor("Phó Hiệu trưởng phụ trách chuyên môn", "chủ trì", "Trước ngày 30/10/2025", "Báo cáo kết quả tập huấn về Sở GD&ĐT"),
        _actor("Tổ Văn phòng", "phối hợp", "Trước ngày 30/10/2025", "Báo cáo kết quả tập huấn về Sở GD&ĐT"),
        _actor("Tổ Văn phòng", None, None, "Tổ Văn phòng có trách nhiệm tiếp nhận danh sách học viên, bố trí chỗ ngồi, nước uống và theo dõi điểm danh theo từng buổi"),
        _actor("Các tổ chuyên môn Vật lý - Công nghệ, Sinh học - Hóa học", None, None, "Các tổ chuyên môn Vật lý - Công nghệ, Sinh học - Hóa học phân công giáo viên hỗ trợ học viên trong các buổi thực hành"),
        _actor("Đoàn Thanh niên nhà trường", None, None, "Đoàn Thanh niên nhà trường cử 10 đoàn viên làm tình nguyện viên đón tiếp, hướng dẫn học viên"),
        _actor("các Phòng GD&ĐT huyện, thành phố và các trường THPT", None, "trước ngày 10/10/2025", "cử giáo viên đúng thành phần, gửi danh sách (họ tên, môn dạy, số điện thoại) về địa chỉ e-mail taphuan.khkt@thptchuyentx.edu.vn"),
    ], "intruders": ["Bùi Thanh Tùng", "Sở GD&ĐT (để b/c)", "Lưu: VT, CM", "SỞ GD&ĐT THẠCH XUYÊN"]},
    {"id": "wru04", "directive": "TB 95/TB-BTC", "source": F4, "actors": [
        _actor("Phòng Giáo dục Trung học", None, "Trước ngày 19/12/2025", "Gửi giấy mời dự lễ trao giải; đăng tải danh sách giải Ba, giải Khuyến khích"),
        _actor("Phòng Kế hoạch - Tài chính", None, "Trước ngày 31/12/2025", "Chuyển tiền thưởng về tài khoản các đơn vị có dự án đạt giải"),
        _actor("Trường THPT chuyên Thạch Xuyên", None, "Trước ngày 03/01/2026", "Chuẩn bị phòng học, phòng thí nghiệm cho đội tuyển tập huấn"),
        _actor("Các đơn vị có dự án đạt giải", None, "Ngày 27/12/2025", "Cử học sinh, giáo viên hướng dẫn dự lễ đúng thành phần"),
        _actor("học sinh đội tuyển", None, "trước ngày 15/01/2026", "học sinh đội tuyển nộp bản hồ sơ đã chỉnh sửa theo góp ý của Ban Giám khảo"),
    ], "intruders": ["Đinh Thị Ngọc Hân", "UBND tỉnh (để b/c)", "Giám đốc Sở (để b/c)", "Thành viên Ban Tổ chức, Ban Giám khảo", "Lưu: VT, GDTrH", "Vi Thế Hùng"]},
    {"id": "wru05", "directive": "BC 41/BC-SGDĐT", "source": F5, "actors": [
        _actor("Phòng Giáo dục Trung học", "chủ trì", "trước ngày 31/01/2026", "Phòng Giáo dục Trung học: chủ trì tổ chức tập huấn đội tuyển, hoàn thiện hồ sơ 06 dự án dự thi cấp quốc gia"),
        _actor("Phòng GD&ĐT các huyện, thành phố", None, "định kỳ hằng quý", "duy trì hoạt động câu lạc bộ STEM; báo cáo tình hình hoạt động nghiên cứu khoa học của học sinh định kỳ hằng quý"),
        _actor("Trường THPT chuyên Thạch Xuyên", None, None, "phát huy vai trò trung tâm tập huấn, chia sẻ phòng thí nghiệm cho các trường THPT trong tỉnh theo lịch đăng ký"),
        _actor("Các Phòng GD&ĐT, trường THPT và trung tâm GDNN-GDTX", None, "trước ngày 30/6/2026", "có trách nhiệm xây dựng kế hoạch nghiên cứu khoa học năm học 2026-2027 trước ngày 30/6/2026"),
        _actor("UBND tỉnh", None, None, "Đề nghị UBND tỉnh bố trí 350.000.000 đồng trong dự toán năm 2026"),
        _actor("Sở Khoa học và Công nghệ", None, None, "Đề nghị Sở Khoa học và Công nghệ hỗ trợ ươm tạo, đăng ký sở hữu trí tuệ cho 05 dự án"),
        _actor("Tỉnh đoàn Thạch Xuyên", None, None, "Đề nghị Tỉnh đoàn Thạch Xuyên đưa các dự án đạt giải vào Ngày hội sáng tạo trẻ tỉnh năm 2026"),
    ], "intruders": ["Tạ Quang Huy", "Bộ GD&ĐT (Vụ GDTrH)", "Lưu: VT, GDTrH"]},
]


def write_qa():
    import json
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, q in enumerate(QUESTIONS, 1):
            q["id"] = "ru%03d" % i
            f.write(nfc(json.dumps(q, ensure_ascii=False)) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WHO_WHAT:
            f.write(nfc(json.dumps(w, ensure_ascii=False)) + "\n")
    print("wrote questions.jsonl (%d) and who_what.jsonl (%d)" % (len(QUESTIONS), len(WHO_WHAT)))


FILES = {
    "ru01_qd_quyche_khkt.pdf": build_ru01,
    "ru02_cv_dangky_khkt.txt": build_ru02,
    "ru03_kh_taphuan_gv.docx": build_ru03,
    "ru04_tb_ketqua_khkt.md": build_ru04,
    "ru05_bc_tongket_khkt.docx": build_ru05,
}

if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    for name, fn in FILES.items():
        fn(os.path.join(CORPUS, name))
        print("wrote", name)
    write_qa()
