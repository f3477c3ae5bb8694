#!/usr/bin/env python3
"""Rebuild the .docx (mh04) and .pdf (mh05) of the blind98 set from the text kept in this file.

Run:  /work/main/.venv/bin/python /work/main/eval/blind98/build_mh.py
"""
import os
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from fpdf import FPDF, __version__ as FPDF_VERSION
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# mh04 — Quyết định của UBND huyện Tường Khê (.docx)
# ---------------------------------------------------------------------------
QD_HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "HUYỆN TƯỜNG KHÊ", "", "Số: 1283/QĐ-UBND"]
QD_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Tường Khê, ngày 25 tháng 9 năm 2025"]

QD_TITLE = ["QUYẾT ĐỊNH",
            "Về việc phê duyệt danh sách trường thí điểm mô hình thư viện số",
            "năm học 2025 - 2026",
            "",
            "ỦY BAN NHÂN DÂN HUYỆN TƯỜNG KHÊ"]

QD_BODY = [
    "Căn cứ Luật Tổ chức chính quyền địa phương;",
    "Căn cứ Luật Thư viện ngày 21 tháng 11 năm 2019;",
    "Căn cứ Chỉ thị số 08-CT/HU ngày 12/9/2025 của Ban Thường vụ Huyện ủy Tường Khê về tăng cường "
    "sự lãnh đạo của Đảng đối với phát triển thư viện số và văn hóa đọc trong các trường tiểu học, "
    "trung học cơ sở giai đoạn 2025 - 2030;",
    "Căn cứ Kế hoạch số 214/KH-SGDĐT ngày 20/8/2025 của Sở Giáo dục và Đào tạo tỉnh Thạch Nguyên về "
    "phát triển thư viện số và văn hóa đọc trong các trường tiểu học, trung học cơ sở năm học 2025 - 2026;",
    "Theo đề nghị của Trưởng phòng Giáo dục và Đào tạo huyện tại Tờ trình số 97/TTr-PGDĐT ngày 18/9/2025.",
    "#QUYẾT ĐỊNH:",
    "Điều 1. Phê duyệt danh sách 09 trường thí điểm mô hình thư viện số năm học 2025 - 2026, gồm 05 "
    "trường tiểu học, 02 trường trung học cơ sở và 02 trường TH&THCS (có danh sách kèm theo).",
    "Điều 2. Nội dung, thời gian và kinh phí thí điểm",
    "1. Nội dung thí điểm:",
    "a) Kết nối nền tảng thư viện số dùng chung \"Sách Xanh\" của tỉnh, cấp tài khoản đọc cho 100% học sinh;",
    "b) Ứng dụng phần mềm TNLib trong quản lý bạn đọc, mượn trả sách bằng mã vạch;",
    "c) Xây dựng tủ sách điện tử của trường với ít nhất 150 đầu sách điện tử;",
    "d) Xây dựng ít nhất 01 góc đọc mở ngoài trời, kết hợp sách in và mã QR dẫn tới sách điện tử.",
    "2. Thời gian thí điểm: từ ngày 01/10/2025 đến ngày 31/5/2026.",
    "3. Kinh phí thí điểm: tổng số 1,26 tỷ đồng, trong đó ngân sách huyện 860.000.000 đồng, nguồn xã hội "
    "hóa 400.000.000 đồng. Mức hỗ trợ cụ thể cho từng trường theo danh sách kèm theo Quyết định này.",
    "Điều 3. Tổ chức thực hiện",
    "1. Giao Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Phòng Văn hóa và Thông tin hướng dẫn các "
    "trường thí điểm triển khai; tổ chức đánh giá, sơ kết thí điểm trước ngày 15/6/2026 và tham mưu Ủy "
    "ban nhân dân huyện nhân rộng mô hình.",
    "2. Phòng Tài chính - Kế hoạch thẩm định, tham mưu bố trí kinh phí 860.000.000 đồng từ ngân sách "
    "huyện cho các trường thí điểm, hoàn thành trước ngày 15/10/2025; hướng dẫn các trường thanh quyết "
    "toán theo quy định.",
    "3. Phòng Văn hóa và Thông tin phối hợp với Trung tâm Văn hóa - Thông tin và Thể thao huyện tuyên "
    "truyền kết quả thí điểm trên Cổng thông tin điện tử huyện và Đài Truyền thanh huyện.",
    "4. Ủy ban nhân dân các xã Vọng Đình, Lạc Sa, Phù Nghiêm, Đồng Vạn, Sàng Ma, Bình Trạch và thị trấn "
    "Tường Khê bảo đảm đường truyền Internet cho các trường thí điểm trên địa bàn, vận động các doanh "
    "nghiệp, nhà hảo tâm đóng góp nguồn xã hội hóa theo mức được giao.",
    "5. Hiệu trưởng các trường thí điểm xây dựng kế hoạch chi tiết, gửi Phòng Giáo dục và Đào tạo trước "
    "ngày 10/10/2025; định kỳ hằng quý báo cáo kết quả thực hiện; chịu trách nhiệm quản lý, sử dụng kinh "
    "phí đúng mục đích.",
    "Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng các "
    "phòng: Giáo dục và Đào tạo, Tài chính - Kế hoạch, Văn hóa và Thông tin; Giám đốc Trung tâm Văn hóa - "
    "Thông tin và Thể thao huyện; Chủ tịch Ủy ban nhân dân các xã, thị trấn có tên tại Điều 3 và Hiệu "
    "trưởng các trường có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
]

QD_SIGN_LEFT = ["Nơi nhận:", "- Như Điều 4;", "- Sở GD&ĐT tỉnh Thạch Nguyên (để b/c);",
                "- TT Huyện ủy, TT HĐND huyện (để b/c);", "- Chủ tịch, các PCT UBND huyện;",
                "- Lưu: VT, GDĐT."]
QD_SIGN_RIGHT = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Đinh Thị Ngọc Lam"]

QD_ANNEX_TITLE = ["DANH SÁCH TRƯỜNG THÍ ĐIỂM MÔ HÌNH THƯ VIỆN SỐ NĂM HỌC 2025 - 2026",
                  "(Kèm theo Quyết định số 1283/QĐ-UBND ngày 25/9/2025 của Ủy ban nhân dân huyện Tường Khê)"]
QD_ANNEX_HEAD = ["TT", "Tên trường", "Xã, thị trấn", "Số lớp", "Số học sinh", "Kinh phí hỗ trợ (đồng)",
                 "Ghi chú"]
QD_ANNEX_ROWS = [
    ["1", "Trường Tiểu học Lạc Sa", "xã Lạc Sa", "15", "486", "150.000.000", "Trường điểm về góc đọc"],
    ["2", "Trường Tiểu học thị trấn Tường Khê", "thị trấn Tường Khê", "24", "862", "130.000.000", ""],
    ["3", "Trường Tiểu học Vọng Đình", "xã Vọng Đình", "18", "590", "140.000.000", ""],
    ["4", "Trường Tiểu học Phù Nghiêm", "xã Phù Nghiêm", "12", "371", "120.000.000", ""],
    ["5", "Trường Tiểu học Đồng Vạn", "xã Đồng Vạn", "10", "298", "110.000.000", ""],
    ["6", "Trường THCS Vọng Đình", "xã Vọng Đình", "12", "455", "150.000.000", ""],
    ["7", "Trường THCS thị trấn Tường Khê", "thị trấn Tường Khê", "16", "640", "160.000.000",
     "Nơi tổ chức bồi dưỡng cấp huyện"],
    ["8", "Trường TH&THCS Sàng Ma", "xã Sàng Ma", "14", "312", "200.000.000",
     "Vùng khó khăn, trang bị máy đọc sách"],
    ["9", "Trường TH&THCS Bình Trạch", "xã Bình Trạch", "11", "276", "100.000.000", ""],
    ["", "Tổng cộng", "", "132", "4.290", "1.260.000.000", ""],
]


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3)
        s.right_margin = Cm(2)

    head = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(head.rows[0].cells, (QD_HEADER_LEFT, QD_HEADER_RIGHT)):
        cell.paragraphs[0].text = N(lines[0])
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for ln in lines[1:]:
            p = cell.add_paragraph(N(ln))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for ln in QD_TITLE:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(ln))
        r.bold = True
    for ln in QD_BODY:
        if ln.startswith("#"):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(N(ln[1:])).bold = True
            continue
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if ln.startswith("Điều "):
            head_, _, rest = ln.partition(". ")
            p.add_run(N(head_ + ". ")).bold = True
            p.add_run(N(rest))
        else:
            p.add_run(N(ln))
    sign = doc.add_table(rows=1, cols=2)
    for cell, lines, al in ((sign.rows[0].cells[0], QD_SIGN_LEFT, WD_ALIGN_PARAGRAPH.LEFT),
                            (sign.rows[0].cells[1], QD_SIGN_RIGHT, WD_ALIGN_PARAGRAPH.CENTER)):
        cell.paragraphs[0].text = N(lines[0])
        cell.paragraphs[0].alignment = al
        for ln in lines[1:]:
            p = cell.add_paragraph(N(ln))
            p.alignment = al
    doc.add_page_break()
    for ln in QD_ANNEX_TITLE:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(N(ln)).bold = ln.isupper()
    t = doc.add_table(rows=1, cols=len(QD_ANNEX_HEAD))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, QD_ANNEX_HEAD):
        c.paragraphs[0].add_run(N(h)).bold = True
    for row in QD_ANNEX_ROWS:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = N(v)
    doc.save(path)


# ---------------------------------------------------------------------------
# mh05 — Báo cáo của UBND huyện Tường Khê (.pdf)
# ---------------------------------------------------------------------------
BC_HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "HUYỆN TƯỜNG KHÊ", "", "Số: 168/BC-UBND"]
BC_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Tường Khê, ngày 12 tháng 6 năm 2026"]
BC_TITLE = ["BÁO CÁO",
            "Kết quả phát triển thư viện số và văn hóa đọc trong các trường",
            "tiểu học, trung học cơ sở năm học 2025 - 2026"]
BC_TO = ["Kính gửi:", "- Sở Giáo dục và Đào tạo tỉnh Thạch Nguyên;", "- Ban Thường vụ Huyện ủy Tường Khê."]

BC_BODY = [
    "Thực hiện Kế hoạch số 214/KH-SGDĐT ngày 20/8/2025 của Sở Giáo dục và Đào tạo và Chỉ thị số "
    "08-CT/HU ngày 12/9/2025 của Ban Thường vụ Huyện ủy, Ủy ban nhân dân huyện Tường Khê báo cáo kết quả "
    "năm học 2025 - 2026 như sau:",
    "#I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
    "Ủy ban nhân dân huyện ban hành Kế hoạch số 141/KH-UBND ngày 26/9/2025 thực hiện Chỉ thị số 08-CT/HU "
    "và Quyết định số 1283/QĐ-UBND ngày 25/9/2025 phê duyệt danh sách 09 trường thí điểm mô hình thư viện "
    "số. Phòng Giáo dục và Đào tạo ban hành Công văn số 356/PGDĐT-TH ngày 06/10/2025 hướng dẫn các trường "
    "triển khai góc đọc, tủ sách điện tử và phần mềm TNLib. Có 31/31 chi bộ trường học ban hành nghị quyết "
    "chuyên đề trong quý IV/2025. Ủy ban Kiểm tra Huyện ủy đã kiểm tra việc thực hiện Chỉ thị tại 06 chi bộ "
    "trường học trong tháng 3/2026.",
    "#II. KẾT QUẢ THỰC HIỆN",
    "1. Thư viện đạt tiêu chuẩn và thư viện số",
    "- Toàn huyện có 28/31 trường có thư viện đạt tiêu chuẩn (đạt 90,3%), tăng 04 trường so với năm học "
    "2024 - 2025.",
    "- Có 21/31 trường kết nối nền tảng \"Sách Xanh\" (đạt 67,7%), vượt chỉ tiêu 60% Sở giao; 09/09 trường "
    "thí điểm đã cấp tài khoản đọc cho 100% học sinh với 4.290 tài khoản.",
    "- Toàn huyện có 7.936/10.418 học sinh có tài khoản đọc (đạt 76,2%); riêng học sinh trung học cơ sở "
    "đạt 81,5%, chưa đạt chỉ tiêu 85%.",
    "- 31/31 trường (100%) sử dụng phần mềm TNLib; tổng số 126.450 bản sách in đã được nhập dữ liệu và dán "
    "mã vạch. Các trường thí điểm xây dựng tủ sách điện tử bình quân 176 đầu sách/trường.",
    "2. Góc đọc và phong trào đọc",
    "- 412/412 lớp tiểu học có góc đọc trong lớp học (đạt 100%); các trường trung học cơ sở xây dựng 23 góc "
    "đọc ngoài trời.",
    "- Số sách bình quân mỗi học sinh đọc trong năm học là 7,4 cuốn, tăng 2,3 cuốn so với năm học trước "
    "(5,1 cuốn).",
    "- Ngày hội Đọc sách Tường Khê tổ chức ngày 21/4/2026 thu hút khoảng 2.300 lượt học sinh, phụ huynh tham "
    "gia. Cuộc thi \"Đại sứ sách Tường Khê\" do Huyện đoàn tổ chức có 1.146 bài dự thi; em Lò Văn Sính, học "
    "sinh lớp 8 Trường TH&THCS Sàng Ma đạt giải Nhất.",
    "- Hội Liên hiệp Phụ nữ huyện xây dựng được 27 mô hình \"Gia đình đọc sách\" tại 12/14 xã, thị trấn; Hội "
    "Khuyến học huyện và Hội Cựu giáo chức huyện vận động được 5.620 cuốn sách in, trao 64 suất học bổng "
    "\"Em yêu sách\", mỗi suất 500.000 đồng.",
    "3. Bồi dưỡng đội ngũ",
    "Lớp bồi dưỡng nghiệp vụ thư viện số ngày 18 và 19/10/2025 có 40/42 người tham dự (đạt 95,2%); 02 người "
    "vắng do nghỉ thai sản sẽ được bồi dưỡng bù trong tháng 8/2026. Hiện còn 17 người làm công tác thư viện "
    "là giáo viên kiêm nhiệm, giảm 02 người so với đầu năm học.",
    "4. Kinh phí",
    "Tổng kinh phí thực hiện thí điểm là 1.248.000.000 đồng, trong đó ngân sách huyện giải ngân 812.000.000 "
    "đồng (đạt 94,4% dự toán 860.000.000 đồng), nguồn xã hội hóa 436.000.000 đồng, vượt 36.000.000 đồng so "
    "với dự kiến. Trường TH&THCS Sàng Ma được trang bị 35 máy đọc sách từ nguồn hỗ trợ của huyện.",
    "5. Một số chỉ tiêu chủ yếu",
    "@TABLE",
    "#III. HẠN CHẾ, NGUYÊN NHÂN",
    "- Còn 10 trường chưa kết nối \"Sách Xanh\", tập trung ở các xã Khả Lũng, Tân Hòe do đường truyền "
    "Internet tại điểm trường lẻ chưa ổn định; việc lắp đặt điểm truy cập Internet tại xã Tân Hòe chưa hoàn "
    "thành đúng thời hạn Chỉ thị yêu cầu.",
    "- Có 03 trường chưa có thư viện đạt tiêu chuẩn là Trường Tiểu học Khả Lũng, Trường Tiểu học Tân Hòe và "
    "Trường THCS Khả Lũng, chủ yếu do thiếu phòng chức năng.",
    "- Một số giáo viên kiêm nhiệm còn lúng túng khi khai thác phần mềm TNLib; tỷ lệ học sinh trung học cơ "
    "sở có tài khoản đọc chưa đạt chỉ tiêu.",
    "#IV. NHIỆM VỤ NĂM HỌC 2026 - 2027",
    "1. Giao Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Phòng Tài chính - Kế hoạch lập danh sách 08 "
    "trường nhân rộng mô hình thư viện số, trình Ủy ban nhân dân huyện trước ngày 31/7/2026; phấn đấu đến "
    "hết năm học 2026 - 2027 có 80% số trường kết nối \"Sách Xanh\".",
    "2. Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thông tin và Thể thao huyện và Ủy ban nhân dân các "
    "xã Khả Lũng, Tân Hòe phối hợp hoàn thành lắp đặt điểm truy cập Internet cho các điểm trường lẻ trong "
    "quý III/2026.",
    "3. Trường Tiểu học Khả Lũng, Trường Tiểu học Tân Hòe và Trường THCS Khả Lũng hoàn thiện phòng thư "
    "viện, hồ sơ đề nghị công nhận thư viện đạt tiêu chuẩn, hoàn thành trong quý IV/2026.",
    "4. Phòng Giáo dục và Đào tạo phối hợp với Huyện đoàn tổ chức cuộc thi \"Đại sứ sách Tường Khê\" lần thứ "
    "hai vào tháng 4/2027.",
    "#V. ĐỀ XUẤT, KIẾN NGHỊ",
    "1. Đề nghị Sở Giáo dục và Đào tạo tiếp tục mở lớp bồi dưỡng nghiệp vụ thư viện số cho 17 giáo viên "
    "kiêm nhiệm; hỗ trợ 40 máy đọc sách cho các trường vùng cao của huyện.",
    "2. Đề nghị Ban Thường vụ Huyện ủy chỉ đạo đưa tiêu chí \"Gia đình đọc sách\" vào bình xét danh hiệu gia "
    "đình văn hóa hằng năm.",
    "Trên đây là báo cáo kết quả năm học 2025 - 2026 của Ủy ban nhân dân huyện Tường Khê./.",
]
BC_TABLE = [
    ["TT", "Chỉ tiêu", "Kế hoạch", "Kết quả"],
    ["1", "Trường có thư viện đạt tiêu chuẩn", "31 trường", "28 trường"],
    ["2", "Trường kết nối nền tảng Sách Xanh", "60%", "67,7%"],
    ["3", "Trường sử dụng phần mềm TNLib", "100%", "100%"],
    ["4", "Lớp tiểu học có góc đọc", "100%", "100%"],
    ["5", "Người làm công tác thư viện được bồi dưỡng", "42 người", "40 người"],
    ["6", "Học sinh THCS có tài khoản đọc", "85%", "81,5%"],
]
BC_SIGN_LEFT = ["Nơi nhận:", "- Như trên;", "- TT HĐND huyện;", "- Chủ tịch, các PCT UBND huyện;",
                "- Phòng GD&ĐT huyện;", "- Lưu: VT, GDĐT."]
BC_SIGN_RIGHT = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Mai Vân Khánh"]


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_creator(f"fpdf2 {FPDF_VERSION}")
    pdf.set_title(N("Báo cáo số 168/BC-UBND - kết quả năm học 2025 - 2026"))
    pdf.set_author(N("UBND huyện Tường Khê"))
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("DV", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DV", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.add_page()
    w = pdf.epw
    lh = 5.6

    # header in two columns
    y0 = pdf.get_y()
    for i, ln in enumerate(BC_HEADER_LEFT):
        pdf.set_xy(pdf.l_margin, y0 + i * lh)
        pdf.set_font("DV", "B" if i < 2 else "", 10.5)
        pdf.cell(w * 0.42, lh, N(ln), align="C")
    for i, ln in enumerate(BC_HEADER_RIGHT):
        pdf.set_xy(pdf.l_margin + w * 0.42, y0 + i * lh)
        pdf.set_font("DV", "B" if i < 2 else "I", 10.5)
        pdf.cell(w * 0.58, lh, N(ln), align="C")
    pdf.set_xy(pdf.l_margin, y0 + len(BC_HEADER_LEFT) * lh + 5)
    for i, ln in enumerate(BC_TITLE):
        pdf.set_font("DV", "B", 13 if i == 0 else 11.5)
        pdf.cell(w, 6.5, N(ln), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("DV", "", 11)
    for ln in BC_TO:
        pdf.set_x(pdf.l_margin + 30)
        pdf.cell(w - 30, lh, N(ln), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)

    for ln in BC_BODY:
        if ln == "@TABLE":
            pdf.set_font("DV", "", 10)
            with pdf.table(col_widths=(10, 90, 30, 30), text_align=("CENTER", "LEFT", "CENTER", "CENTER"),
                           line_height=5.5) as table:
                for r in BC_TABLE:
                    row = table.row()
                    for v in r:
                        row.cell(N(v))
            pdf.ln(2)
            continue
        if ln.startswith("#"):
            pdf.set_font("DV", "B", 11)
            pdf.multi_cell(w, lh + 0.4, N(ln[1:]), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            continue
        is_sub = ln[:2] in ("1.", "2.", "3.", "4.", "5.") and len(ln) < 60
        pdf.set_font("DV", "B" if is_sub else "", 11)
        pdf.multi_cell(w, lh + 0.4, N(ln), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.8)

    pdf.ln(4)
    if pdf.get_y() > pdf.h - 60:
        pdf.add_page()
    y0 = pdf.get_y()
    for i, ln in enumerate(BC_SIGN_LEFT):
        pdf.set_xy(pdf.l_margin, y0 + i * 5)
        if i == 0:
            pdf.set_font("DV", "B", 10)
        else:
            pdf.set_font("DV", "", 9.5)
        pdf.cell(w * 0.5, 5, N(ln))
    for i, ln in enumerate(BC_SIGN_RIGHT):
        pdf.set_xy(pdf.l_margin + w * 0.5, y0 + i * 5.5)
        pdf.set_font("DV", "B", 11)
        pdf.cell(w * 0.5, 5.5, N(ln), align="C")
    pdf.output(path)


def main():
    docx_path = os.path.join(CORPUS, "mh04_quyet_dinh_1283_truong_thi_diem_thu_vien_so.docx")
    pdf_path = os.path.join(CORPUS, "mh05_bao_cao_168_ket_qua_nam_hoc_2025_2026.pdf")
    build_docx(docx_path)
    build_pdf(pdf_path)
    print("wrote", docx_path)
    print("wrote", pdf_path)


if __name__ == "__main__":
    main()
