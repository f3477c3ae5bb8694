#!/usr/bin/env python
"""Rebuild nd03 (.docx) and nd04 (.pdf) of blind set 119 from the text kept below."""
import os
import unicodedata
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- nd03 (docx)
ND03_HEADER = [
    ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("HUYỆN SƠN NGẠN", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 312/QĐ-UBND", "Sơn Ngạn, ngày 05 tháng 3 năm 2026"),
]
ND03_TITLE = ["QUYẾT ĐỊNH",
              "Về việc phân bổ kinh phí hỗ trợ chuyển đổi số nhà văn hóa thôn, tổ dân phố "
              "và Trung tâm học tập cộng đồng năm 2026",
              "ỦY BAN NHÂN DÂN HUYỆN SƠN NGẠN"]
ND03_BODY_1 = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
    "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;",
    "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, "
    "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
    "Căn cứ Nghị quyết số 27/NQ-HĐND ngày 18/12/2025 của Hội đồng nhân dân huyện Sơn Ngạn về dự toán "
    "ngân sách huyện năm 2026;",
    "Căn cứ Hướng dẫn số 14/HD-VHKHTT ngày 20/02/2026 của Phòng Văn hóa, Khoa học và Thông tin huyện "
    "về thực hiện chuyển đổi số tại nhà văn hóa thôn, tổ dân phố và Trung tâm học tập cộng đồng năm 2026;",
    "Xét đề nghị của Trưởng phòng Tài chính - Kế hoạch huyện tại Tờ trình số 58/TTr-TCKH ngày 28/02/2026.",
    "QUYẾT ĐỊNH:",
    "Điều 1. Phân bổ kinh phí hỗ trợ chuyển đổi số nhà văn hóa thôn, tổ dân phố và Trung tâm học tập "
    "cộng đồng (TTHTCĐ) năm 2026 cho Ủy ban nhân dân 5 xã và thị trấn Sơn Ngạn với tổng số tiền "
    "2.235.000.000 đồng (Bằng chữ: Hai tỷ, hai trăm ba mươi lăm triệu đồng), từ nguồn sự nghiệp văn hóa "
    "trong dự toán ngân sách huyện năm 2026.",
    "Mức phân bổ được tính theo Hướng dẫn số 14/HD-VHKHTT: 45.000.000 đồng cho mỗi nhà văn hóa thôn, "
    "tổ dân phố; 60.000.000 đồng cho mỗi TTHTCĐ và 20.000.000 đồng cho mỗi đơn vị để xây dựng Album di "
    "sản văn hóa số. Chi tiết phân bổ theo bảng sau:",
]
ND03_TABLE = [
    ["TT", "Đơn vị", "Số nhà văn hóa thôn, tổ dân phố", "Diễn giải", "Kinh phí phân bổ (đồng)"],
    ["1", "Xã Tân Lục Hòa", "6", "6 NVH x 45.000.000 + TTHTCĐ 60.000.000 + album 20.000.000 = 350.000.000", "350.000.000"],
    ["2", "Xã Ngọc Quế", "8", "8 NVH x 45.000.000 + TTHTCĐ 60.000.000 + album 20.000.000 = 440.000.000", "440.000.000"],
    ["3", "Xã Hòa Thê", "5", "5 NVH x 45.000.000 + TTHTCĐ 60.000.000 + album 20.000.000 = 305.000.000", "305.000.000"],
    ["4", "Xã Phù Lạn Thượng", "7", "7 NVH x 45.000.000 + TTHTCĐ 60.000.000 + album 20.000.000 = 395.000.000", "395.000.000"],
    ["5", "Xã Quan Dõng", "9", "9 NVH x 45.000.000 + TTHTCĐ 60.000.000 + album 20.000.000 = 485.000.000", "485.000.000"],
    ["6", "Thị trấn Sơn Ngạn", "4", "4 NVH x 45.000.000 + TTHTCĐ 60.000.000 + album 20.000.000 = 260.000.000", "260.000.000"],
    ["", "Tổng cộng", "39", "39 NVH, 6 TTHTCĐ, 6 album di sản", "2.235.000.000"],
]
ND03_BODY_2 = [
    "Điều 2. Tổ chức thực hiện",
    "1. Ủy ban nhân dân các xã, thị trấn được giao kinh phí có trách nhiệm:",
    "a) Sử dụng kinh phí đúng mục đích, đúng danh mục và không vượt đơn giá tối đa quy định tại Hướng dẫn "
    "số 14/HD-VHKHTT; không sử dụng kinh phí hỗ trợ để sửa chữa nhà văn hóa hoặc chi tiếp khách;",
    "b) Bố trí ngân sách cấp xã đối ứng tối thiểu 10% tổng kinh phí được phân bổ;",
    "c) Giải ngân xong kinh phí được phân bổ trước ngày 31/10/2026; thanh quyết toán trước ngày 15/12/2026; "
    "kinh phí không sử dụng hết phải nộp trả ngân sách huyện.",
    "2. Giao Phòng Tài chính - Kế hoạch huyện chủ trì, phối hợp với Phòng Văn hóa, Khoa học và Thông tin "
    "huyện hướng dẫn các xã, thị trấn thủ tục mua sắm, thanh quyết toán; tổng hợp tình hình giải ngân, "
    "báo cáo UBND huyện định kỳ hằng quý.",
    "3. Phòng Văn hóa, Khoa học và Thông tin huyện chủ trì kiểm tra, giám sát việc lắp đặt, sử dụng thiết "
    "bị tại các nhà văn hóa; kiểm tra thực tế tối thiểu 2 đơn vị trong quý III/2026, trong đó Trung tâm "
    "Văn hóa, Thông tin và Thể thao huyện có trách nhiệm thẩm định nội dung Album di sản văn hóa số trước "
    "khi đăng tải.",
    "4. Kho bạc Nhà nước khu vực Sơn Ngạn kiểm soát chi theo quy định.",
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
    "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài chính - Kế hoạch, Trưởng phòng Văn hóa, Khoa "
    "học và Thông tin, Giám đốc Trung tâm Văn hóa, Thông tin và Thể thao huyện, Chủ tịch UBND các xã, "
    "thị trấn và thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
]
ND03_TAIL_LEFT = ["Nơi nhận:", "- Như Điều 3;", "- TT Huyện ủy, TT HĐND huyện (để b/c);",
                  "- Chủ tịch, các PCT UBND huyện;", "- Kho bạc Nhà nước khu vực Sơn Ngạn;",
                  "- Lưu: VT, TCKH."]
ND03_TAIL_RIGHT = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Vi Thị Hường"]


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    hdr = doc.add_table(rows=len(ND03_HEADER), cols=2)
    for i, (l, r) in enumerate(ND03_HEADER):
        hdr.cell(i, 0).text = N(l)
        hdr.cell(i, 1).text = N(r)
    for i, t in enumerate(ND03_TITLE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(N(t))
        run.bold = i != 1
    for t in ND03_BODY_1:
        p = doc.add_paragraph(N(t))
        if t.startswith("QUYẾT ĐỊNH"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    tb = doc.add_table(rows=len(ND03_TABLE), cols=len(ND03_TABLE[0]))
    tb.style = "Table Grid"
    for i, row in enumerate(ND03_TABLE):
        for j, c in enumerate(row):
            tb.cell(i, j).text = N(c)
    for t in ND03_BODY_2:
        doc.add_paragraph(N(t))
    for t in ND03_TAIL_RIGHT:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run(N(t)).bold = t not in ("(Đã ký)",)
    for t in ND03_TAIL_LEFT:
        p = doc.add_paragraph()
        run = p.add_run(N(t))
        run.font.size = Pt(11)
        run.bold = t == "Nơi nhận:"
    doc.save(path)


# ---------------------------------------------------------------- nd04 (pdf)
ND04_HEADER = [
    ("VIỄN THÔNG TUY LÂM BẮC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("TRUNG TÂM VIỄN THÔNG SƠN NGẠN", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 127/TTVT-KT", "Sơn Ngạn, ngày 25 tháng 3 năm 2026"),
    ("V/v lắp đặt điểm wifi công cộng tại", ""),
    ("nhà văn hóa các thôn xã Tân Lục Hòa", ""),
]
ND04_BODY = [
    "Kính gửi: Ủy ban nhân dân xã Tân Lục Hòa.",
    "Trung tâm Viễn thông Sơn Ngạn nhận được Kế hoạch số 86/KH-UBND ngày 12/3/2026 của UBND xã Tân Lục "
    "Hòa về chuyển đổi số nhà văn hóa thôn và Trung tâm học tập cộng đồng năm 2026. Thực hiện Hướng dẫn "
    "số 14/HD-VHKHTT của Phòng Văn hóa, Khoa học và Thông tin huyện, Trung tâm Viễn thông Sơn Ngạn thông "
    "báo phương án và lịch lắp đặt điểm wifi công cộng tại 6 nhà văn hóa thôn như sau:",
    "1. Phương án kỹ thuật",
    "- Mỗi điểm được kéo 01 đường truyền cáp quang gói 150 Mbps và lắp 01 bộ phát wifi chuẩn Wi-Fi 6 gắn "
    "trần, phủ sóng trong hội trường và sân nhà văn hóa bán kính khoảng 30 m.",
    "- Tên mạng đặt theo mẫu của Phòng Văn hóa, Khoa học và Thông tin huyện; thiết bị được quản lý tập "
    "trung, tự khởi động lại lúc 3 giờ sáng hằng ngày.",
    "- Trung tâm miễn phí công lắp đặt, kéo cáp trong phạm vi 500 m; áp dụng cước ưu đãi 250.000 đồng/"
    "tháng/điểm, thấp hơn mức tối đa 300.000 đồng/tháng theo hướng dẫn của huyện. Thiết bị phát wifi được "
    "bảo hành 24 tháng.",
    "2. Lịch khảo sát và lắp đặt theo từng thôn",
    "a) Các thôn cụm 1:",
    "- Thôn Bến Giẽ: khảo sát ngày 01/4/2026; lắp đặt, bàn giao ngày 08/4/2026.",
    "- Thôn Đồng Mỏ: khảo sát ngày 01/4/2026; lắp đặt, bàn giao ngày 10/4/2026.",
    "- Thôn Khe Rùa: khảo sát ngày 02/4/2026; lắp đặt, bàn giao ngày 15/4/2026.",
    "b) Các thôn cụm 2:",
    "- Thôn Nà Lịm: khảo sát ngày 14/4/2026; lắp đặt, bàn giao ngày 22/4/2026.",
    "- Thôn Pác Tổng: khảo sát ngày 14/4/2026; lắp đặt, bàn giao ngày 24/4/2026.",
    "- Thôn Lũng Cáy: khảo sát ngày 16/4/2026; do chưa có hạ tầng cáp quang, phải kéo mới khoảng 1,8 km "
    "cáp nên dự kiến lắp đặt, bàn giao ngày 06/5/2026.",
    "Mỗi buổi lắp đặt bắt đầu từ 8 giờ 00 và kéo dài khoảng 3 giờ. Trường hợp mưa lớn, Trung tâm sẽ thông "
    "báo lịch bổ sung trước ít nhất 2 ngày.",
    "3. Đề nghị Ủy ban nhân dân xã Tân Lục Hòa",
    "- Chỉ đạo Trưởng thôn các thôn có mặt tại nhà văn hóa trong ngày khảo sát và ngày lắp đặt; bố trí ổ "
    "điện 220V, vị trí đặt bộ lưu điện và tủ thiết bị;",
    "- Giao công chức Văn hóa - Xã hội xã làm đầu mối, ký biên bản bàn giao từng điểm và xác nhận khối "
    "lượng để làm căn cứ thanh toán cước từ tháng thứ hai;",
    "- Phối hợp thông báo cho người dân về thời gian tạm cắt điện, nếu có, trong khi thi công.",
    "4. Trách nhiệm của Trung tâm Viễn thông Sơn Ngạn",
    "- Giao Tổ Kỹ thuật địa bàn Tân Lục Hòa chủ trì thi công, lắp đặt theo đúng lịch nêu trên;",
    "- Phòng Kinh doanh của Trung tâm phối hợp với UBND xã hoàn thiện hợp đồng cung cấp dịch vụ trước ngày "
    "05/4/2026;",
    "- Xử lý sự cố mạng trong vòng 4 giờ kể từ khi nhận được phản ánh.",
    "- Sau khi bàn giao mỗi điểm, Tổ Kỹ thuật địa bàn phối hợp Đoàn Thanh niên xã hướng dẫn người dân "
    "kết nối wifi, cài đặt ứng dụng VNeID và tra cứu dịch vụ công trực tuyến ngay tại nhà văn hóa; mỗi "
    "thôn tổ chức ít nhất 01 buổi hướng dẫn trong tháng bàn giao.",
    "- Định kỳ hằng tháng gửi UBND xã số liệu lượt truy cập, dung lượng sử dụng của từng điểm wifi để "
    "phục vụ báo cáo sơ kết, tổng kết Kế hoạch.",
    "Cán bộ đầu mối: anh Mạc Văn Thiềm, Tổ trưởng Tổ Kỹ thuật địa bàn Tân Lục Hòa, điện thoại 0983 215 640; "
    "tổng đài hỗ trợ kỹ thuật 18001166 (miễn phí, 24/7).",
    "Trung tâm Viễn thông Sơn Ngạn trân trọng đề nghị Ủy ban nhân dân xã Tân Lục Hòa quan tâm, phối hợp "
    "thực hiện./.",
]
ND04_TAIL_LEFT = ["Nơi nhận:", "- Như trên;", "- Phòng VH-KH&TT huyện (để p/h);",
                  "- Viễn thông Tuy Lâm Bắc (để b/c);", "- Lưu: VT, KT."]
ND04_TAIL_RIGHT = ["GIÁM ĐỐC", "", "(Đã ký)", "", "Phùng Bá Lạc"]


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DV", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    w = pdf.epw
    for l, r in ND04_HEADER:
        pdf.set_font("DV", "B" if l.isupper() else "", 9.5)
        pdf.cell(w * 0.45, 5.5, N(l), align="C")
        pdf.set_font("DV", "B" if r.isupper() else "", 9.5)
        pdf.cell(w * 0.55, 5.5, N(r), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for t in ND04_BODY:
        bold = t[:2] in ("1.", "2.", "3.", "4.") or t.startswith("Kính gửi")
        pdf.set_font("DV", "B" if bold else "", 10.5)
        pdf.multi_cell(w, 5.6, N(t), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(3)
    y = pdf.get_y()
    pdf.set_font("DV", "", 9)
    for t in ND04_TAIL_LEFT:
        pdf.cell(w * 0.5, 5, N(t), new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y)
    pdf.set_font("DV", "B", 10.5)
    for t in ND04_TAIL_RIGHT:
        pdf.set_x(pdf.l_margin + w * 0.5)
        pdf.cell(w * 0.5, 5.5, N(t), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, "nd03_qd_312_phan_bo_kinh_phi.docx"))
    build_pdf(os.path.join(CORPUS, "nd04_cv_127_ttvt_lap_dat_wifi.pdf"))
    print("built nd03 docx and nd04 pdf")
