#!/usr/bin/env python3
"""Rebuild the .docx (mq02) and .pdf (mq04) documents of blind set 107 from text kept here.

Run:  /work/main/.venv/bin/python build_mq.py
"""
import os
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
DOCX_NAME = "mq02_kh38_ubnd_trien_khai_nq14_nong_nghiep_thong_minh.docx"
PDF_NAME = "mq04_bc21_tram_khuyen_nong_ket_qua_6_thang_2026.pdf"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def N(s):
    return unicodedata.normalize("NFC", s)


# --------------------------------------------------------------------------
# mq02 — Kế hoạch của UBND huyện (Word, with a task table)
# --------------------------------------------------------------------------
KH_HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "HUYỆN PHƯỚC LẠC ĐÀI", "-------", "Số: 38/KH-UBND"]
KH_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "---------------", "Na Lương, ngày 16 tháng 01 năm 2026"]
KH_TITLE = ["KẾ HOẠCH",
            "Triển khai Nghị quyết số 14/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân huyện "
            "về chính sách hỗ trợ ứng dụng công nghệ số trong sản xuất, tiêu thụ nông sản năm 2026"]

# (style, text): style "p" = body paragraph, "h" = bold heading
KH_BODY = [
    ("p", "Căn cứ Nghị quyết số 14/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân huyện quy định một số "
          "chính sách hỗ trợ ứng dụng công nghệ số trong sản xuất, tiêu thụ nông sản trên địa bàn huyện "
          "Phước Lạc Đài, giai đoạn 2026 - 2028;"),
    ("p", "Căn cứ Kế hoạch số 205/KH-UBND ngày 05/9/2025 của Ủy ban nhân dân tỉnh Hòa Lâm Đông về phát "
          "triển nông nghiệp thông minh, nông nghiệp số năm 2026;"),
    ("p", "Ủy ban nhân dân huyện ban hành Kế hoạch triển khai thực hiện năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h", "1. Mục đích"),
    ("p", "- Cụ thể hóa các chính sách hỗ trợ tại Nghị quyết số 14/NQ-HĐND thành nhiệm vụ, chỉ tiêu, tiến "
          "độ cụ thể cho từng cơ quan, đơn vị, địa phương."),
    ("p", "- Hình thành vùng sản xuất ứng dụng cảm biến IoT, giảm từ 15% đến 20% lượng nước tưới."),
    ("h", "2. Yêu cầu"),
    ("p", "- Hỗ trợ đúng đối tượng, đúng mức, công khai, minh bạch; không để xảy ra trục lợi chính sách."),
    ("p", "- Phân công rõ cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành."),
    ("h", "II. CHỈ TIÊU NĂM 2026"),
    ("p", "1. Lắp đặt thiết bị cảm biến đo độ ẩm đất, mực nước ruộng cho ít nhất 180 ha, trong đó 120 ha lúa "
          "chất lượng cao, 45 ha bưởi và chè, 15 ha rau an toàn trong nhà màng."),
    ("p", "2. Tổ chức 16 lớp tập huấn ứng dụng công nghệ số cho khoảng 560 lượt nông dân, chia làm 02 đợt "
          "(đợt 1: 08 lớp trong quý II/2026; đợt 2: 08 lớp trong quý III/2026)."),
    ("p", "3. Hỗ trợ 10 hợp tác xã xây dựng gian hàng trên sàn thương mại điện tử; doanh thu bán hàng trực "
          "tuyến của các hợp tác xã tham gia tăng tối thiểu 20% so với năm 2025."),
    ("p", "4. 100% sản phẩm OCOP của huyện (14 sản phẩm) sử dụng tem truy xuất nguồn gốc có mã QR; cấp "
          "khoảng 250.000 tem cho các hợp tác xã."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "1. Rà soát, lựa chọn vùng sản xuất đủ điều kiện, ưu tiên vùng lúa chất lượng cao tập trung tại các "
          "xã Bình Sa Lộc, Mỹ Quang Đồi, Hòa Trung Khê và vùng bưởi, chè tại các xã Phú Điền Vân, Thạch Bàn Hạ."),
    ("p", "2. Kết nối dữ liệu đo về phần mềm giám sát của Trạm Khuyến nông huyện để cảnh báo hạn, úng cho "
          "nông dân qua tin nhắn điện thoại."),
    ("p", "3. Cập nhật dữ liệu sản phẩm được cấp tem có mã QR lên Hệ thống truy xuất nguồn gốc nông sản "
          "tỉnh Hòa Lâm Đông."),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí năm 2026 là 2.100.000.000 đồng (Hai tỷ, một trăm triệu đồng) từ ngân sách huyện và "
          "nguồn lồng ghép, trong đó:"),
    ("p", "- Hỗ trợ thiết bị cảm biến: 1.250.000.000 đồng;"),
    ("p", "- Hỗ trợ tổ chức lớp tập huấn: 290.000.000 đồng;"),
    ("p", "- Hỗ trợ xây dựng, duy trì gian hàng thương mại điện tử: 350.000.000 đồng;"),
    ("p", "- Hỗ trợ tem truy xuất nguồn gốc: 210.000.000 đồng."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("h", "1. Phòng Nông nghiệp và Môi trường"),
    ("p", "- Là cơ quan thường trực, chủ trì, tham mưu Ủy ban nhân dân huyện tổ chức thực hiện Kế hoạch;"),
    ("p", "- Hướng dẫn Ủy ban nhân dân các xã, thị trấn rà soát, đăng ký đối tượng hỗ trợ, tổng hợp danh "
          "sách trước ngày 15/3/2026;"),
    ("p", "- Chủ trì thẩm định hồ sơ đề nghị hỗ trợ, tham mưu Ủy ban nhân dân huyện phê duyệt danh sách hỗ "
          "trợ trong quý II/2026;"),
    ("p", "- Tổng hợp, báo cáo Ủy ban nhân dân huyện kết quả thực hiện 6 tháng trước ngày 10/7/2026 và cả "
          "năm trước ngày 15/12/2026."),
    ("p", "2. Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Nông nghiệp và Môi trường tham mưu "
          "bố trí kinh phí thực hiện Kế hoạch, hướng dẫn thủ tục thanh toán, quyết toán kinh phí hỗ trợ, "
          "hoàn thành trong quý I/2026."),
    ("p", "3. Phòng Văn hóa, Khoa học và Thông tin phối hợp với Bưu điện huyện hướng dẫn hợp tác xã mở và "
          "vận hành gian hàng trên sàn thương mại điện tử."),
    ("h", "4. Trạm Khuyến nông huyện"),
    ("p", "- Chủ trì tổ chức 16 lớp tập huấn; biên soạn tài liệu hướng dẫn sử dụng thiết bị cảm biến bằng "
          "hình ảnh, dễ hiểu;"),
    ("p", "- Hướng dẫn kỹ thuật lắp đặt, vận hành thiết bị; quản lý phần mềm giám sát dữ liệu đo;"),
    ("p", "- Định kỳ hằng tháng báo cáo tiến độ về Phòng Nông nghiệp và Môi trường (trước ngày 25 hằng tháng)."),
    ("p", "5. Trung tâm Văn hóa, Thông tin và Thể thao huyện xây dựng chuyên mục \"Nông nghiệp thông minh\" "
          "trên sóng truyền thanh huyện, phát định kỳ hằng tháng, mỗi tháng ít nhất 02 số."),
    ("p", "6. Ủy ban nhân dân các xã, thị trấn tuyên truyền, vận động nhân dân tham gia; rà soát vùng sản "
          "xuất, xác nhận hồ sơ đề nghị hỗ trợ, chịu trách nhiệm về tính chính xác của diện tích liền vùng "
          "và giám sát việc duy trì thiết bị sau hỗ trợ, trong đó Ủy ban nhân dân xã Bình Sa Lộc và Ủy ban "
          "nhân dân xã Phú Điền Vân có trách nhiệm phối hợp xây dựng mô hình điểm, hoàn thành trong quý III/2026."),
    ("p", "7. Thành lập Tổ hỗ trợ chuyển đổi số trong nông nghiệp huyện gồm: Phòng Nông nghiệp và Môi trường "
          "(Tổ trưởng), Phòng Văn hóa, Khoa học và Thông tin, Trạm Khuyến nông huyện, Bưu điện huyện và Hội "
          "Nông dân huyện. Tổ hỗ trợ trực tiếp các hợp tác xã lập hồ sơ, mở gian hàng, in tem và xử lý sự cố "
          "thiết bị; họp định kỳ hằng quý."),
    ("p", "8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Hội Liên hiệp Phụ nữ huyện, Huyện đoàn tuyên "
          "truyền, vận động hội viên, đoàn viên tham gia; Hội Nông dân huyện phối hợp với Trạm Khuyến nông "
          "huyện lựa chọn học viên, vận động nông dân tham gia các lớp tập huấn."),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị, địa phương báo cáo về Ủy ban "
          "nhân dân huyện (qua Phòng Nông nghiệp và Môi trường) để xem xét, giải quyết./."),
]

KH_SIGN_LEFT = ["Nơi nhận:", "- TT. HĐND huyện (b/c);", "- CT, các PCT UBND huyện;",
                "- Sở Nông nghiệp và Môi trường tỉnh (b/c);", "- Các cơ quan, đơn vị tại mục V;",
                "- UBND các xã, thị trấn;", "- Lưu: VT, NNMT."]
KH_SIGN_RIGHT = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Khúc Đình Thạc"]

KH_ANNEX_TITLE = ["PHỤ LỤC", "DANH MỤC NHIỆM VỤ CỤ THỂ NĂM 2026",
                  "(Kèm theo Kế hoạch số 38/KH-UBND ngày 16/01/2026 của UBND huyện)"]
KH_TABLE = [
    ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Hướng dẫn rà soát, tổng hợp danh sách đăng ký đối tượng hỗ trợ",
     "Phòng Nông nghiệp và Môi trường", "UBND các xã, thị trấn", "Trước ngày 15/3/2026"],
    ["2", "Bố trí kinh phí, hướng dẫn thủ tục thanh toán, quyết toán kinh phí hỗ trợ",
     "Phòng Tài chính - Kế hoạch", "Phòng Nông nghiệp và Môi trường", "Quý I/2026"],
    ["3", "Lắp đặt thiết bị cảm biến cho 120 ha lúa chất lượng cao",
     "UBND các xã Bình Sa Lộc, Mỹ Quang Đồi, Hòa Trung Khê", "Trạm Khuyến nông huyện", "Quý II/2026"],
    ["4", "Lắp đặt thiết bị cảm biến cho 45 ha bưởi, chè và 15 ha rau an toàn",
     "UBND các xã Phú Điền Vân, Thạch Bàn Hạ, Lạc Thủy Tây và thị trấn Na Lương",
     "Trạm Khuyến nông huyện", "Quý III/2026"],
    ["5", "Tổ chức 16 lớp tập huấn ứng dụng công nghệ số cho nông dân", "Trạm Khuyến nông huyện",
     "Hội Nông dân huyện; UBND các xã, thị trấn", "Quý II - quý III/2026"],
    ["6", "Hỗ trợ 10 hợp tác xã mở gian hàng trên sàn thương mại điện tử",
     "Phòng Văn hóa, Khoa học và Thông tin", "Bưu điện huyện", "Quý III/2026"],
    ["7", "Cấp tem truy xuất nguồn gốc có mã QR cho 14 sản phẩm OCOP", "Phòng Nông nghiệp và Môi trường",
     "Các hợp tác xã có sản phẩm OCOP", "Hoàn thành trong quý IV/2026"],
    ["8", "Sơ kết 6 tháng, tổng kết năm thực hiện Kế hoạch", "Phòng Nông nghiệp và Môi trường",
     "Trạm Khuyến nông huyện", "Tháng 7/2026 và tháng 12/2026"],
]


def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _cell_lines(cell, lines, bold_idx=(), italic_idx=(), center=True):
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(line))
        r.bold = i in bold_idx
        r.italic = i in italic_idx


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3)
        s.right_margin = Cm(2)
        s.top_margin = Cm(2)
        s.bottom_margin = Cm(2)

    head = doc.add_table(rows=1, cols=2)
    _no_borders(head)
    _cell_lines(head.cell(0, 0), KH_HEADER_LEFT, bold_idx=(1,))
    _cell_lines(head.cell(0, 1), KH_HEADER_RIGHT, bold_idx=(0, 1), italic_idx=(3,))

    for i, t in enumerate(KH_TITLE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(t))
        r.bold = True
        if i == 0:
            r.font.size = Pt(14)

    for style, text in KH_BODY:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        r = p.add_run(N(text))
        r.bold = style == "h"

    sign = doc.add_table(rows=1, cols=2)
    _no_borders(sign)
    _cell_lines(sign.cell(0, 0), KH_SIGN_LEFT, bold_idx=(0,), italic_idx=(0,), center=False)
    _cell_lines(sign.cell(0, 1), KH_SIGN_RIGHT, bold_idx=(0, 1, 2, 6))

    doc.add_page_break()
    for t in KH_ANNEX_TITLE:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(t))
        r.bold = not t.startswith("(")
        r.italic = t.startswith("(")

    tab = doc.add_table(rows=len(KH_TABLE), cols=5)
    tab.style = "Table Grid"
    for i, row in enumerate(KH_TABLE):
        for j, val in enumerate(row):
            cell = tab.cell(i, j)
            cell.text = ""
            r = cell.paragraphs[0].add_run(N(val))
            r.bold = i == 0
            r.font.size = Pt(12)
    doc.save(path)


# --------------------------------------------------------------------------
# mq04 — Báo cáo của Trạm Khuyến nông (PDF with a text layer)
# --------------------------------------------------------------------------
BC_HEADER_LEFT = ["UBND HUYỆN PHƯỚC LẠC ĐÀI", "TRẠM KHUYẾN NÔNG", "-------", "Số: 21/BC-TKN"]
BC_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "---------------", "Na Lương, ngày 06 tháng 7 năm 2026"]
BC_TITLE = ["BÁO CÁO",
            "Kết quả thực hiện Kế hoạch số 38/KH-UBND về ứng dụng công nghệ số",
            "trong sản xuất nông nghiệp 6 tháng đầu năm 2026"]
BC_BODY = [
    ("c", "Kính gửi: Phòng Nông nghiệp và Môi trường huyện."),
    ("p", "Thực hiện Kế hoạch số 38/KH-UBND ngày 16/01/2026 của Ủy ban nhân dân huyện và Công văn số "
          "126/NNMT ngày 09/02/2026 của Phòng Nông nghiệp và Môi trường huyện, Trạm Khuyến nông huyện báo "
          "cáo kết quả thực hiện 6 tháng đầu năm 2026 như sau:"),
    ("h", "I. KẾT QUẢ THỰC HIỆN"),
    ("h", "1. Công tác rà soát, đăng ký"),
    ("p", "Đến ngày 05/3/2026, 06 xã và thị trấn Na Lương đã gửi danh sách đăng ký; toàn huyện có 212 hộ gia "
          "đình và 11 hợp tác xã đăng ký tham gia với tổng diện tích 196,5 ha, vượt 16,5 ha so với diện tích "
          "định hướng. Trạm đã phối hợp với Ủy ban nhân dân các xã hoàn thành khảo sát hiện trạng vùng sản "
          "xuất và tín hiệu mạng di động tại 37 điểm vào ngày 18/3/2026."),
    ("h", "2. Lắp đặt thiết bị cảm biến"),
    ("p", "Tính đến ngày 30/6/2026, toàn huyện đã lắp đặt 138 bộ cảm biến độ ẩm đất và 34 bộ cảm biến mực "
          "nước trên diện tích 131,6 ha, đạt 73,1% chỉ tiêu năm. Kết quả cụ thể theo từng xã:"),
    ("p", "- Xã Bình Sa Lộc: lắp đặt 36 bộ cảm biến độ ẩm đất và 16 bộ cảm biến mực nước trên 48,5 ha lúa "
          "chất lượng cao tại cánh đồng thôn Mương Cạn; 64 hộ tham gia."),
    ("p", "- Xã Mỹ Quang Đồi: lắp đặt 27 bộ cảm biến độ ẩm đất và 12 bộ cảm biến mực nước trên 36,0 ha lúa "
          "chất lượng cao; 51 hộ tham gia."),
    ("p", "- Xã Phú Điền Vân: lắp đặt 34 bộ cảm biến độ ẩm đất kèm bộ điều khiển tưới nhỏ giọt tự động trên "
          "22,4 ha bưởi da xanh; 29 hộ tham gia."),
    ("p", "- Xã Thạch Bàn Hạ: lắp đặt 24 bộ cảm biến độ ẩm đất và 04 bộ cảm biến mực nước hồ chứa trên 17,2 "
          "ha chè tại đồi chè thôn Khe Ngọt; 33 hộ tham gia."),
    ("p", "- Xã Lạc Thủy Tây: lắp đặt 17 bộ cảm biến độ ẩm đất và 02 bộ cảm biến mực nước bể chứa trên 7,5 ha "
          "rau an toàn trong nhà màng; 18 hộ tham gia."),
    ("p", "- Xã Hòa Trung Khê (30 ha lúa) chưa lắp đặt do vùng lúa đăng ký phải điều chỉnh ranh giới để bảo "
          "đảm liền vùng; thị trấn Na Lương (05 ha rau) đang hoàn thiện hồ sơ thiết kế nhà màng."),
    ("p", "Bước đầu, dữ liệu đo cho thấy các hộ ứng dụng cảm biến tại xã Bình Sa Lộc giảm khoảng 18% lượng "
          "nước bơm tưới so với vụ Đông Xuân năm trước; vườn bưởi tại xã Phú Điền Vân giảm 22% lượng nước "
          "tưới và 12% chi phí phân bón."),
    ("h", "3. Tổ chức tập huấn"),
    ("p", "Đã tổ chức xong 08 lớp tập huấn đợt 1 với 291 lượt học viên (trong đó 118 lượt nữ), đạt 50% số "
          "lớp và 52,0% số lượt học viên theo chỉ tiêu năm. Lớp quản trị gian hàng trực tuyến khai giảng ngày "
          "24/3/2026 tại Hội trường Ủy ban nhân dân xã Bình Sa Lộc có 32 học viên của 11 hợp tác xã. Các lớp "
          "còn lại được tổ chức tại xã Mỹ Quang Đồi (02 lớp), xã Phú Điền Vân (02 lớp), xã Thạch Bàn Hạ (02 "
          "lớp) và xã Lạc Thủy Tây (01 lớp). Kinh phí tập huấn đã giải ngân 136.400.000 đồng."),
    ("h", "4. Hỗ trợ đưa sản phẩm lên sàn thương mại điện tử"),
    ("p", "Đã có 07/10 hợp tác xã mở gian hàng trên sàn thương mại điện tử, gồm: Hợp tác xã Nông nghiệp Bình "
          "Sa Lộc (gạo thơm), Hợp tác xã Bưởi Phú Điền Vân (bưởi da xanh), Hợp tác xã Chè Thạch Bàn Hạ (chè "
          "búp khô), Hợp tác xã Rau an toàn Lạc Thủy Tây, Hợp tác xã Dịch vụ nông nghiệp Mỹ Quang Đồi, Hợp tác "
          "xã Mật ong Hòa Trung Khê và Hợp tác xã Nấm Na Lương. Doanh thu bán hàng trực tuyến 6 tháng đạt 1,46 "
          "tỷ đồng, tăng 27% so với cùng kỳ năm 2025; trong đó Hợp tác xã Bưởi Phú Điền Vân đạt cao nhất với "
          "512 triệu đồng."),
    ("h", "5. Tem truy xuất nguồn gốc"),
    ("p", "Đã cấp 118.500 tem truy xuất nguồn gốc có mã QR cho 09 hợp tác xã, áp dụng cho 12/14 sản phẩm OCOP "
          "của huyện. Còn 02 sản phẩm (mật ong rừng Hòa Trung Khê và nấm sò Na Lương) chưa sử dụng tem do "
          "đang bổ sung nhật ký sản xuất."),
    ("h", "6. Kinh phí"),
    ("p", "Tổng kinh phí đã giải ngân đến ngày 30/6/2026 là 812.600.000 đồng, đạt 38,7% dự toán năm, trong "
          "đó: hỗ trợ thiết bị cảm biến 571.200.000 đồng; tập huấn 136.400.000 đồng; thương mại điện tử "
          "75.000.000 đồng; tem truy xuất nguồn gốc 30.000.000 đồng."),
    ("h", "II. ĐÁNH GIÁ"),
    ("p", "1. Ưu điểm: các xã, thị trấn và hợp tác xã tích cực đăng ký; thiết bị hoạt động ổn định ở vùng lúa; "
          "nông dân bước đầu chủ động điều khiển tưới qua điện thoại, giảm công lao động thăm đồng."),
    ("p", "2. Tồn tại, hạn chế:"),
    ("p", "- 09 bộ cảm biến tại đồi chè thôn Khe Ngọt, xã Thạch Bàn Hạ thường xuyên mất tín hiệu do sóng di "
          "động yếu;"),
    ("p", "- Một số nông dân lớn tuổi còn lúng túng khi sử dụng ứng dụng trên điện thoại; tỷ lệ hộ ghi nhật "
          "ký sản xuất điện tử mới đạt 41%;"),
    ("p", "- Tiến độ lắp đặt tại xã Hòa Trung Khê chậm so với Kế hoạch."),
    ("h", "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026"),
    ("p", "1. Hoàn thành lắp đặt 48,4 ha còn lại, trong đó xã Hòa Trung Khê hoàn thành 30 ha lúa trước ngày "
          "31/8/2026."),
    ("p", "2. Tổ chức 08 lớp tập huấn đợt 2 trong quý III/2026, tập trung hướng dẫn ghi nhật ký sản xuất điện "
          "tử và livestream bán hàng."),
    ("p", "3. Phối hợp với Bưu điện huyện hỗ trợ 03 hợp tác xã còn lại mở gian hàng trước ngày 30/9/2026."),
    ("p", "4. Phối hợp với các hợp tác xã cấp thêm khoảng 131.500 tem để đạt chỉ tiêu 250.000 tem trong năm."),
    ("h", "IV. ĐỀ XUẤT, KIẾN NGHỊ"),
    ("p", "1. Đề nghị Phòng Nông nghiệp và Môi trường tham mưu Ủy ban nhân dân huyện tổ chức đoàn kiểm tra "
          "thực địa mô hình tại các xã Bình Sa Lộc, Phú Điền Vân, Thạch Bàn Hạ và Hòa Trung Khê trong tháng 7/2026."),
    ("p", "2. Đề nghị Phòng Văn hóa, Khoa học và Thông tin làm việc với các doanh nghiệp viễn thông lắp đặt "
          "trạm phát sóng bổ sung tại thôn Khe Ngọt, xã Thạch Bàn Hạ."),
    ("p", "3. Đề nghị Ủy ban nhân dân xã Hòa Trung Khê khẩn trương hoàn thành điều chỉnh ranh giới vùng lúa "
          "trong tháng 7/2026."),
    ("p", "Trạm Khuyến nông huyện kính báo cáo./."),
]
BC_SIGN_LEFT = ["Nơi nhận:", "- Như trên;", "- UBND huyện (b/c);", "- Đ/c Khúc Đình Thạc, PCT UBND huyện (b/c);",
                "- UBND các xã, thị trấn;", "- Lưu: VT, KN."]
BC_SIGN_RIGHT = ["TRẠM TRƯỞNG", "", "(Đã ký)", "", "Thân Đức Lũy"]


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    left_w, right_w = W * 0.42, W * 0.58
    y0 = pdf.get_y()

    def column(lines, x, w, styles):
        pdf.set_xy(x, y0)
        for i, line in enumerate(lines):
            pdf.set_font("DejaVu", styles.get(i, ""), 10)
            pdf.set_x(x)
            pdf.cell(w, 5.5, N(line), align="C", new_x="LMARGIN", new_y="NEXT")
        return pdf.get_y()

    yl = column(BC_HEADER_LEFT, pdf.l_margin, left_w, {0: "", 1: "B"})
    yr = column(BC_HEADER_RIGHT, pdf.l_margin + left_w, right_w, {0: "B", 1: "B", 3: "I"})
    pdf.set_y(max(yl, yr) + 6)
    for i, t in enumerate(BC_TITLE):
        pdf.set_font("DejaVu", "B", 13 if i == 0 else 11)
        pdf.multi_cell(W, 6, N(t), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for style, text in BC_BODY:
        if style == "h":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(W, 5.6, N(text), align="L", new_x="LMARGIN", new_y="NEXT")
        elif style == "c":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(W, 5.6, N(text), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(W, 5.6, N(text), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 60:
        pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_xy(pdf.l_margin, y0)
    for i, line in enumerate(BC_SIGN_LEFT):
        pdf.set_font("DejaVu", "B" if i == 0 else "", 9)
        pdf.set_x(pdf.l_margin)
        pdf.cell(left_w + 10, 4.8, N(line), new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(pdf.l_margin + left_w, y0)
    for i, line in enumerate(BC_SIGN_RIGHT):
        pdf.set_font("DejaVu", "B" if i in (0, 4) else "I", 10.5)
        pdf.set_x(pdf.l_margin + left_w)
        pdf.cell(right_w, 5.6, N(line), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, DOCX_NAME))
    build_pdf(os.path.join(CORPUS, PDF_NAME))
    print("built", DOCX_NAME, "and", PDF_NAME)
