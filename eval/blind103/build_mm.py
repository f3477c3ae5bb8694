#!/usr/bin/env python3
"""Rebuild the .pdf (mm03) and .docx (mm04) documents of blind set 103 from the text kept here.

Run:  /work/main/.venv/bin/python build_mm.py
"""
import os
import unicodedata

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# mm03 — Hướng dẫn of Phòng GD&ĐT (PDF)
# ---------------------------------------------------------------------------
MM03_HEADER_LEFT = ["UBND HUYỆN PÁC XÌN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "", "Số: 46/HD-PGDĐT"]
MM03_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                     "Pác Xìn, ngày 18 tháng 02 năm 2025"]
MM03_TITLE = ["HƯỚNG DẪN",
              "Tổ chức lớp xóa mù chữ, hoạt động trung tâm học tập cộng đồng",
              "và chế độ hỗ trợ người dạy, người học năm 2025"]

# Lines: ("h", text) heading, ("p", text) paragraph, ("i", text) italic paragraph
MM03_BODY = [
    ("i", "Căn cứ Quyết định số 215/QĐ-UBND ngày 12/02/2025 của UBND huyện Pác Xìn về việc giao chỉ tiêu mở lớp xóa mù chữ năm 2025 cho các xã vùng cao;"),
    ("i", "Căn cứ Nghị quyết số 14/2024/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh Tân Châu Bắc quy định một số mức chi hỗ trợ công tác xóa mù chữ trên địa bàn tỉnh;"),
    ("p", "Phòng Giáo dục và Đào tạo hướng dẫn các xã, các trung tâm học tập cộng đồng và các trường trên địa bàn tổ chức thực hiện như sau:"),
    ("h", "I. ĐỐI TƯỢNG VÀ ĐIỀU KIỆN MỞ LỚP"),
    ("p", "1. Đối tượng: người trong độ tuổi từ 15 đến 60 chưa biết chữ hoặc tái mù chữ, có tên trong danh sách điều tra của xã; ưu tiên phụ nữ dân tộc thiểu số, người thuộc hộ nghèo, hộ cận nghèo."),
    ("p", "2. Mỗi lớp có từ 15 học viên trở lên; đối với bản đặc biệt khó khăn, dân cư phân tán, được mở lớp từ 10 học viên nhưng phải có ý kiến thống nhất bằng văn bản của Phòng Giáo dục và Đào tạo."),
    ("p", "3. Địa điểm học ưu tiên sử dụng nhà văn hóa bản, điểm trường; trường hợp mượn nhà dân phải bảo đảm đủ ánh sáng, bàn ghế, bảng viết."),
    ("h", "II. CHƯƠNG TRÌNH, THỜI LƯỢNG VÀ TÀI LIỆU"),
    ("p", "1. Giai đoạn 1 thực hiện trong 9 tháng, giai đoạn 2 thực hiện trong 6 tháng; mỗi tuần học tối thiểu 03 buổi, mỗi buổi không quá 03 tiết."),
    ("p", "2. Sử dụng bộ tài liệu xóa mù chữ hiện hành kèm tài liệu bổ trợ song ngữ Mông - Việt do Phòng Giáo dục và Đào tạo cấp phát miễn phí; lớp có học viên người Dao dùng tài liệu bổ trợ bằng tranh."),
    ("p", "3. Được lồng ghép nội dung kiến thức thiết thực về sản xuất, sức khỏe, pháp luật nhưng không quá 10% tổng số tiết của giai đoạn."),
    ("h", "III. NGƯỜI DẠY"),
    ("p", "1. Người dạy là giáo viên các trường tiểu học, trường phổ thông dân tộc bán trú trên địa bàn; đoàn viên thanh niên, cán bộ hưu trí, bộ đội biên phòng có trình độ từ trung học phổ thông trở lên và đã được tập huấn phương pháp dạy người lớn."),
    ("p", "2. Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện tổ chức tập huấn cho người dạy trong 02 ngày 27 và 28/02/2025 tại Trung tâm; người dạy chưa qua tập huấn không được phân công đứng lớp."),
    ("h", "IV. HỒ SƠ, SỔ SÁCH"),
    ("p", "Mỗi lớp có: danh sách học viên; sổ điểm danh; sổ theo dõi kết quả học tập; sổ ghi đầu bài; bảng kê chi trả hỗ trợ có chữ ký của người nhận. Trung tâm học tập cộng đồng xã lưu giữ hồ sơ lớp học ít nhất 05 năm."),
    ("h", "V. CHẾ ĐỘ HỖ TRỢ"),
    ("p", "Thực hiện theo Nghị quyết số 14/2024/NQ-HĐND, cụ thể:"),
    ("p", "1. Người dạy là giáo viên tình nguyện (không hưởng lương từ ngân sách nhà nước): 60.000 đồng/tiết."),
    ("p", "2. Giáo viên trong biên chế dạy lớp xóa mù chữ ngoài giờ: thanh toán tiền dạy thêm giờ theo quy định hiện hành."),
    ("p", "3. Học viên: hỗ trợ sách, vở, bút 180.000 đồng/học viên/giai đoạn; học viên nữ là người dân tộc thiểu số hoàn thành giai đoạn 2 được thưởng khuyến khích 300.000 đồng/người."),
    ("p", "4. Thắp sáng, chất đốt lớp học buổi tối: 250.000 đồng/lớp/tháng."),
    ("p", "5. Quản lý lớp (chi cho Trung tâm học tập cộng đồng xã): 150.000 đồng/lớp/tháng."),
    ("p", "6. Điều tra, cập nhật số liệu người chưa biết chữ: 5.000 đồng/phiếu."),
    ("p", "Kinh phí chi trả từ nguồn đã phân bổ cho các xã tại Quyết định số 215/QĐ-UBND; UBND xã chi trả định kỳ hằng tháng, không để nợ đọng quá 30 ngày."),
    ("h", "VI. KIỂM TRA, CÔNG NHẬN"),
    ("p", "1. Phòng Giáo dục và Đào tạo kiểm tra các lớp ít nhất 02 lần/năm; kiểm tra đột xuất khi có phản ánh về việc lớp học không duy trì."),
    ("p", "2. Cuối mỗi giai đoạn, Phòng Giáo dục và Đào tạo ra đề và tổ chức kiểm tra; học viên đạt yêu cầu giai đoạn 2 được cấp giấy chứng nhận hoàn thành chương trình xóa mù chữ."),
    ("h", "VII. CHẾ ĐỘ BÁO CÁO"),
    ("p", "1. Trung tâm học tập cộng đồng xã báo cáo tình hình lớp học định kỳ hằng tháng trước ngày 25 (theo mẫu số 02 kèm theo)."),
    ("p", "2. UBND xã báo cáo quý trước ngày 20 của tháng cuối quý; báo cáo năm trước ngày 10/12/2025."),
    ("p", "3. Báo cáo gửi bản giấy về Phòng Giáo dục và Đào tạo, đồng thời gửi bản điện tử qua thư điện tử gdtx.pgdpacxin@tanchaubac.edu.vn."),
    ("h", "VIII. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Đề nghị UBND các xã Sảng Mộc, Lũng Cẩu, Phìn Ngan, Hua Păng chỉ đạo trung tâm học tập cộng đồng và các trường trên địa bàn thực hiện Hướng dẫn này; ban hành kế hoạch của xã trước ngày 05/3/2025."),
    ("p", "2. Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện phối hợp với Phòng Giáo dục và Đào tạo biên soạn đề kiểm tra cuối giai đoạn; cử giáo viên hỗ trợ chuyên môn cho các lớp của xã Lũng Cẩu và xã Hua Păng."),
    ("p", "3. Hiệu trưởng các trường tiểu học, trường phổ thông dân tộc bán trú trên địa bàn 4 xã cử giáo viên tham gia dạy lớp, cho mượn phòng học, bàn ghế ngoài giờ học chính khóa."),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ bà Ma Thị Yến, chuyên viên phụ trách giáo dục thường xuyên, điện thoại 0915 274 638 để được hướng dẫn."),
]
MM03_SIGN = ["TRƯỞNG PHÒNG", "", "(Đã ký)", "", "Bế Thị Liễu"]
MM03_NOINHAN = ["Nơi nhận:",
                "- UBND huyện (để báo cáo);",
                "- Sở GD&ĐT tỉnh Tân Châu Bắc (để báo cáo);",
                "- UBND các xã Sảng Mộc, Lũng Cẩu,",
                "  Phìn Ngan, Hua Păng;",
                "- Trung tâm GDNN-GDTX huyện;",
                "- Các trường TH, PTDTBT vùng cao;",
                "- Lưu: VT, GDTX."]


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVuSerif", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("DejaVuSerif", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DejaVuSerif", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    lw, rw = w * 0.42, w * 0.58
    y0 = pdf.get_y()
    for i, (l, r) in enumerate(zip(MM03_HEADER_LEFT, MM03_HEADER_RIGHT)):
        style_l = "B" if i == 1 else ""
        style_r = "B" if i in (0, 1) else ""
        size_r = 10.5 if i == 0 else 11
        pdf.set_xy(pdf.l_margin, y0 + i * 6)
        pdf.set_font("DejaVuSerif", style_l, 10.5)
        pdf.cell(lw, 6, N(l), align="C")
        pdf.set_font("DejaVuSerif", "I" if i == 3 else style_r, size_r)
        pdf.cell(rw, 6, N(r), align="C")
    pdf.set_xy(pdf.l_margin, y0 + 4 * 6 + 6)
    pdf.set_font("DejaVuSerif", "B", 13)
    pdf.cell(w, 7, N(MM03_TITLE[0]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "B", 11.5)
    for t in MM03_TITLE[1:]:
        pdf.cell(w, 6, N(t), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in MM03_BODY:
        if kind == "h":
            pdf.ln(1.5)
            pdf.set_font("DejaVuSerif", "B", 11.5)
        elif kind == "i":
            pdf.set_font("DejaVuSerif", "I", 11.5)
        else:
            pdf.set_font("DejaVuSerif", "", 11.5)
        pdf.multi_cell(w, 6, N(text), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    y1 = pdf.get_y()
    pdf.set_font("DejaVuSerif", "B", 11.5)
    for i, t in enumerate(MM03_SIGN):
        pdf.set_xy(pdf.l_margin + w * 0.5, y1 + i * 6)
        pdf.set_font("DejaVuSerif", "I" if t.startswith("(") else "B", 11.5)
        pdf.cell(w * 0.5, 6, N(t), align="C")
    pdf.set_xy(pdf.l_margin, y1)
    for i, t in enumerate(MM03_NOINHAN):
        pdf.set_xy(pdf.l_margin, y1 + 1 + i * 5)
        if i == 0:
            pdf.set_font("DejaVuSerif", "I", 10)
        else:
            pdf.set_font("DejaVuSerif", "", 9.5)
        pdf.cell(w * 0.5, 5, N(t))
    pdf.output(path)


# ---------------------------------------------------------------------------
# mm04 — Quyết định giao chỉ tiêu of UBND huyện (DOCX)
# ---------------------------------------------------------------------------
MM04_HEADER = [("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
               ("HUYỆN PÁC XÌN", "Độc lập - Tự do - Hạnh phúc"),
               ("Số: 215/QĐ-UBND", "Pác Xìn, ngày 12 tháng 02 năm 2025")]
MM04_TITLE = ["QUYẾT ĐỊNH",
              "Về việc giao chỉ tiêu mở lớp xóa mù chữ năm 2025 cho các xã vùng cao",
              "ỦY BAN NHÂN DÂN HUYỆN PÁC XÌN"]
MM04_BASES = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
    "Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;",
    "Căn cứ Chương trình hành động số 27-CTr/HU ngày 06/01/2025 của Ban Thường vụ Huyện ủy Pác Xìn thực hiện Nghị quyết số 09-NQ/TU ngày 25/10/2024 của Ban Thường vụ Tỉnh ủy;",
    "Căn cứ Nghị quyết số 14/2024/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh Tân Châu Bắc quy định một số mức chi hỗ trợ công tác xóa mù chữ;",
    "Theo đề nghị của Trưởng phòng Giáo dục và Đào tạo tại Tờ trình số 19/TTr-PGDĐT ngày 05/02/2025.",
]
MM04_ARTICLES = [
    ("c", "QUYẾT ĐỊNH:"),
    ("a", "Điều 1. ", "Giao chỉ tiêu mở lớp xóa mù chữ năm 2025 cho 04 xã vùng cao với tổng số 16 lớp, 309 học viên, trong đó nữ 247 học viên, cụ thể: xã Sảng Mộc 06 lớp, 121 học viên; xã Lũng Cẩu 04 lớp, 72 học viên; xã Phìn Ngan 03 lớp, 58 học viên; xã Hua Păng 03 lớp, 58 học viên. Số lớp, số học viên của từng bản chi tiết tại Phụ lục kèm theo Quyết định này."),
    ("a", "Điều 2. ", "Kinh phí thực hiện"),
    ("p", "1. Tổng kinh phí năm 2025 là 1.186.500.000 đồng (Một tỷ, một trăm tám mươi sáu triệu, năm trăm nghìn đồng), gồm: ngân sách huyện 986.500.000 đồng; nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi 200.000.000 đồng."),
    ("p", "2. Phân bổ: xã Sảng Mộc 398.600.000 đồng; xã Lũng Cẩu 268.400.000 đồng; xã Phìn Ngan 201.300.000 đồng; xã Hua Păng 198.200.000 đồng; Phòng Giáo dục và Đào tạo 120.000.000 đồng để in tài liệu song ngữ, tập huấn người dạy và tổ chức kiểm tra cuối giai đoạn."),
    ("a", "Điều 3. ", "Tổ chức thực hiện"),
    ("p", "1. Phòng Giáo dục và Đào tạo chủ trì hướng dẫn chuyên môn, chế độ hỗ trợ người dạy, người học; phối hợp với Phòng Dân tộc kiểm tra việc mở lớp ít nhất 02 lần/năm tại mỗi xã; tổng hợp kết quả, báo cáo UBND huyện trước ngày 15/12/2025."),
    ("p", "2. Phòng Tài chính - Kế hoạch tham mưu cấp kinh phí cho các xã trước ngày 15/3/2025; hướng dẫn các xã thanh quyết toán theo quy định."),
    ("p", "3. Phòng Dân tộc lồng ghép nguồn vốn Chương trình mục tiêu quốc gia, ưu tiên hỗ trợ học viên nữ thuộc hộ nghèo."),
    ("p", "4. Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện tổ chức tập huấn người dạy; cử giáo viên hỗ trợ các lớp có đông học viên."),
    ("p", "5. UBND các xã Sảng Mộc, Lũng Cẩu, Phìn Ngan, Hua Păng ban hành kế hoạch của xã trước ngày 05/3/2025; khai giảng các lớp giai đoạn 1 chậm nhất ngày 20/3/2025; chịu trách nhiệm duy trì sĩ số, không để học viên bỏ học."),
    ("p", "6. Đề nghị Ủy ban MTTQ Việt Nam huyện, Hội Liên hiệp Phụ nữ huyện và Huyện đoàn phối hợp vận động người học, nhất là phụ nữ dân tộc thiểu số, đến lớp."),
    ("a", "Điều 4. ", "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Giáo dục và Đào tạo, Trưởng phòng Tài chính - Kế hoạch, Trưởng phòng Dân tộc, Giám đốc Trung tâm GDNN-GDTX huyện, Chủ tịch UBND các xã Sảng Mộc, Lũng Cẩu, Phìn Ngan, Hua Păng và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."),
]
MM04_NOINHAN = ["Nơi nhận:", "- Như Điều 4;", "- Sở GD&ĐT tỉnh (báo cáo);",
                "- TT Huyện ủy, TT HĐND huyện (báo cáo);", "- Chủ tịch, các PCT UBND huyện;",
                "- Lưu: VT, GD&ĐT."]
MM04_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Trịnh Thị Hòa"]
MM04_ANNEX_TITLE = ["PHỤ LỤC",
                    "CHỈ TIÊU MỞ LỚP XÓA MÙ CHỮ NĂM 2025 THEO BẢN",
                    "(Kèm theo Quyết định số 215/QĐ-UBND ngày 12/02/2025 của UBND huyện Pác Xìn)"]
MM04_TABLE = [
    ["TT", "Xã, bản", "Số lớp", "Số học viên", "Trong đó nữ", "Giai đoạn", "Địa điểm học dự kiến"],
    ["I", "Xã Sảng Mộc", "6", "121", "97", "", ""],
    ["1", "Bản Phiêng Lúng", "1", "24", "19", "1", "Nhà văn hóa bản Phiêng Lúng"],
    ["2", "Bản Co Mạ", "1", "21", "17", "1", "Điểm trường bản Co Mạ"],
    ["3", "Bản Huổi Tát", "2", "38", "30", "1", "Nhà văn hóa bản Huổi Tát"],
    ["4", "Bản Pá Lay", "1", "18", "15", "2", "Nhà trưởng bản Pá Lay"],
    ["5", "Bản Nậm Lầu (học ghép học viên bản Tà Xủng)", "1", "20", "16", "2", "Điểm trường bản Nậm Lầu"],
    ["II", "Xã Lũng Cẩu", "4", "72", "58", "", ""],
    ["6", "Bản Séo Lử", "2", "36", "28", "1", "Nhà văn hóa bản Séo Lử"],
    ["7", "Bản Cốc Pục", "1", "17", "14", "2", "Điểm trường bản Cốc Pục"],
    ["8", "Bản Mò Phàng", "1", "19", "16", "1", "Nhà văn hóa bản Mò Phàng"],
    ["III", "Xã Phìn Ngan", "3", "58", "46", "", ""],
    ["9", "Bản Tổng Chản", "1", "22", "18", "1", "Nhà văn hóa bản Tổng Chản"],
    ["10", "Bản Ngam Hin", "1", "16", "13", "2", "Trụ sở cũ UBND xã Phìn Ngan"],
    ["11", "Bản Khuổi Tẩu", "1", "20", "15", "1", "Điểm trường bản Khuổi Tẩu"],
    ["IV", "Xã Hua Păng", "3", "58", "46", "", ""],
    ["12", "Bản Chè Lồng", "1", "25", "20", "1", "Nhà văn hóa bản Chè Lồng"],
    ["13", "Bản Nà Phòn", "1", "18", "14", "1", "Điểm trường bản Nà Phòn"],
    ["14", "Bản Hát Xoong", "1", "15", "12", "2", "Nhà văn hóa bản Hát Xoong"],
    ["", "Tổng cộng", "16", "309", "247", "", ""],
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


def _para(doc_or_cell, text, bold=False, italic=False, align=None, size=13, space_after=3, indent=False):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    r = p.add_run(N(text))
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    return p


def _cell_text(cell, lines, bold_idx=(), italic_idx=(), size=12, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.paragraphs[0].text = ""
    first = True
    for i, t in enumerate(lines):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(N(t))
        r.bold = i in bold_idx
        r.italic = i in italic_idx
        r.font.size = Pt(size)


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin, s.right_margin = Cm(3), Cm(2)
        s.top_margin, s.bottom_margin = Cm(2), Cm(2)

    hdr = doc.add_table(rows=1, cols=2)
    _no_borders(hdr)
    _cell_text(hdr.cell(0, 0), [MM04_HEADER[0][0], MM04_HEADER[1][0], "", MM04_HEADER[2][0]], bold_idx=(0, 1))
    _cell_text(hdr.cell(0, 1), [MM04_HEADER[0][1], MM04_HEADER[1][1], "", MM04_HEADER[2][1]],
               bold_idx=(0, 1), italic_idx=(3,))
    _para(doc, "")
    _para(doc, MM04_TITLE[0], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14, space_after=0)
    _para(doc, MM04_TITLE[1], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, "")
    _para(doc, MM04_TITLE[2], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for b in MM04_BASES:
        _para(doc, b, italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)
    for item in MM04_ARTICLES:
        if item[0] == "c":
            _para(doc, item[1], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif item[0] == "a":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)
            p.paragraph_format.space_after = Pt(3)
            r = p.add_run(N(item[1]))
            r.bold = True
            p.add_run(N(item[2]))
        else:
            _para(doc, item[1], align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)
    _para(doc, "")
    tail = doc.add_table(rows=1, cols=2)
    _no_borders(tail)
    _cell_text(tail.cell(0, 0), MM04_NOINHAN, bold_idx=(0,), italic_idx=(0,), size=11,
               align=WD_ALIGN_PARAGRAPH.LEFT)
    _cell_text(tail.cell(0, 1), MM04_SIGN, bold_idx=(0, 1, 2, 6), italic_idx=(4,), size=13)

    doc.add_page_break()
    for i, t in enumerate(MM04_ANNEX_TITLE):
        _para(doc, t, bold=i < 2, italic=i == 2, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, space_after=0)
    _para(doc, "")
    tab = doc.add_table(rows=len(MM04_TABLE), cols=len(MM04_TABLE[0]))
    tab.style = "Table Grid"
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, row in enumerate(MM04_TABLE):
        bold_row = ri == 0 or row[0] in ("I", "II", "III", "IV", "")
        for ci, val in enumerate(row):
            c = tab.cell(ri, ci)
            c.text = ""
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 6) and ri else WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(N(val))
            r.bold = bold_row
            r.font.size = Pt(11)
    doc.save(path)


if __name__ == "__main__":
    pdf_path = os.path.join(CORPUS, "mm03_hd46_pgddt_to_chuc_lop_xmc_che_do_ho_tro.pdf")
    docx_path = os.path.join(CORPUS, "mm04_qd215_ubnd_huyen_giao_chi_tieu_lop_xmc.docx")
    build_pdf(pdf_path)
    build_docx(docx_path)
    print("built", pdf_path)
    print("built", docx_path)
