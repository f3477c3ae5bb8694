#!/usr/bin/env python3
"""Rebuild the .docx (ms03) and .pdf (ms04) of set blind109 from the text kept here.

Run: /work/main/.venv/bin/python build_ms.py
"""
import os
import unicodedata

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
DOCX_OUT = os.path.join(CORPUS, "ms03_quyet_dinh_112_kien_toan_to_cnscd_thach_van.docx")
PDF_OUT = os.path.join(CORPUS, "ms04_huong_dan_215_skhcn_to_cnscd_lua_dao.pdf")


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- ms03 (.docx)
MS03_HEADER_LEFT = [
    "UBND HUYỆN CẨM NGUYÊN",
    "ỦY BAN NHÂN DÂN XÃ THẠCH VÂN",
    "Số: 112/QĐ-UBND",
]
MS03_HEADER_RIGHT = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Thạch Vân, ngày 10 tháng 5 năm 2024",
]
MS03_TITLE = [
    "QUYẾT ĐỊNH",
    "Về việc kiện toàn Tổ công nghệ số cộng đồng xã Thạch Vân",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ THẠCH VÂN",
]
MS03_BASES = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
    "Căn cứ Hướng dẫn số 215/HD-SKHCN ngày 12/3/2024 của Sở Khoa học và Công nghệ tỉnh Trà Giang Bắc về tổ chức, hoạt động của Tổ công nghệ số cộng đồng và tuyên truyền phòng, chống lừa đảo trực tuyến cho người dân năm 2024;",
    "Căn cứ Kế hoạch số 47/KH-UBND ngày 22/4/2024 của Ủy ban nhân dân xã Thạch Vân về phát triển dịch vụ công trực tuyến, nâng cao hiệu quả hoạt động của Tổ công nghệ số cộng đồng và tuyên truyền phòng, chống lừa đảo trực tuyến năm 2024;",
    "Theo đề nghị của công chức Văn hóa - Xã hội xã.",
]
MS03_DIEU1 = "Điều 1. Kiện toàn Tổ công nghệ số cộng đồng xã Thạch Vân (sau đây gọi tắt là Tổ) gồm 13 thành viên có tên sau:"
MS03_TABLE = [
    ["TT", "Họ và tên, chức vụ, đơn vị công tác", "Chức danh trong Tổ", "Điện thoại"],
    ["1", "Bà Hà Thị Nguyệt Quỳnh, Phó Chủ tịch UBND xã", "Tổ trưởng", "0913 275 460"],
    ["2", "Bà Lò Thị Kim Oanh, công chức Văn hóa - Xã hội", "Tổ phó thường trực", "0912 640 357"],
    ["3", "Ông Phùng Đức Vượng, Trưởng Công an xã", "Tổ phó", "0945 118 023"],
    ["4", "Ông Tăng Minh Chiến, công chức Văn phòng - Thống kê", "Thành viên", "0978 302 614"],
    ["5", "Ông Thân Quốc Bảo, công chức Tư pháp - Hộ tịch", "Thành viên", "0389 455 172"],
    ["6", "Bà Nông Thị Thu Hiền, Bí thư Đoàn Thanh niên xã", "Thành viên", "0356 781 209"],
    ["7", "Bà Vi Thị Ngọc Lan, Chủ tịch Hội Liên hiệp Phụ nữ xã", "Thành viên", "0916 233 845"],
    ["8", "Ông Kiều Văn Sáng, Chủ tịch Hội Nông dân xã", "Thành viên", "0868 120 497"],
    ["9", "Ông Đàm Văn Khuê, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Thành viên", "0984 516 330"],
    ["10", "Bà Bế Thị Hằng Nga, nhân viên Bưu điện văn hóa xã", "Thành viên", "0399 608 251"],
    ["11", "Ông Mẫn Văn Hưởng, kỹ thuật viên Trung tâm Dịch vụ viễn thông khu vực Cẩm Nguyên", "Thành viên", "0962 447 018"],
    ["12", "Ông Lưu Văn Dậu, Trưởng thôn Bến Sậy", "Thành viên", "0377 914 562"],
    ["13", "Bà Khúc Thị Mai Hương, Trưởng thôn Đồng Mai", "Thành viên", "0335 269 740"],
]
MS03_BODY = [
    "Điều 2. Nhiệm vụ của Tổ",
    "1. Tổ có nhiệm vụ hướng dẫn người dân trên địa bàn xã cài đặt, sử dụng ứng dụng định danh điện tử, tạo tài khoản, nộp hồ sơ và thanh toán trực tuyến trên Cổng dịch vụ công; tuyên truyền, hướng dẫn người dân nhận diện và phòng, chống các thủ đoạn lừa đảo trên không gian mạng; tiếp nhận, phản ánh kịp thời những khó khăn, vướng mắc của người dân đến Ủy ban nhân dân xã.",
    "2. Phân công nhiệm vụ",
    "a) Tổ trưởng, bà Hà Thị Nguyệt Quỳnh, chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân xã về toàn bộ hoạt động của Tổ; phân công thành viên phụ trách địa bàn; chủ trì họp Tổ định kỳ hằng tháng vào ngày 25.",
    "b) Tổ phó thường trực, bà Lò Thị Kim Oanh, giúp Tổ trưởng điều hành công việc hằng ngày; theo dõi, tổng hợp kết quả hoạt động của Tổ và các Tổ công nghệ số cộng đồng thôn, báo cáo Ủy ban nhân dân xã trước ngày 20 hằng tháng; dự thảo báo cáo gửi Phòng Văn hóa và Thông tin huyện định kỳ hằng quý.",
    "c) Tổ phó, ông Phùng Đức Vượng, phụ trách công tác tuyên truyền phòng, chống lừa đảo trực tuyến; chỉ đạo lực lượng Công an xã hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2; cập nhật thủ đoạn lừa đảo mới để cảnh báo trên loa truyền thanh xã.",
    "d) Thành viên là Bí thư Đoàn Thanh niên xã phụ trách 03 đội thanh niên tình nguyện \"Hỗ trợ số\"; thành viên là nhân viên Bưu điện văn hóa xã hướng dẫn người dân nhận kết quả thủ tục hành chính qua dịch vụ bưu chính công ích; thành viên là kỹ thuật viên viễn thông hỗ trợ xử lý sự cố thiết bị, kết nối mạng tại các điểm hướng dẫn.",
    "đ) Thành viên là Trưởng thôn làm Tổ trưởng Tổ công nghệ số cộng đồng thôn, trực tiếp phụ trách thôn Bến Sậy và thôn Đồng Mai; các thôn còn lại do Tổ trưởng phân công thành viên phụ trách.",
    "3. Tổ hoạt động theo chế độ kiêm nhiệm. Thành viên Tổ được hỗ trợ 200.000 đồng/người/tháng từ nguồn kinh phí tại Kế hoạch số 47/KH-UBND; Văn phòng HĐND và UBND xã bảo đảm điều kiện làm việc, bố trí phòng họp và thiết bị cho Tổ.",
    "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 58/QĐ-UBND ngày 14/3/2022 của Chủ tịch Ủy ban nhân dân xã Thạch Vân về việc thành lập Tổ công nghệ số cộng đồng xã.",
    "Điều 4. Văn phòng HĐND và UBND xã, công chức Tài chính - Kế toán, Trưởng các thôn và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
]
MS03_SIGN = ["CHỦ TỊCH", "", "", "Đinh Công Triều"]
MS03_RECIPIENTS = [
    "Nơi nhận:",
    "- Như Điều 4;",
    "- Phòng Văn hóa và Thông tin huyện (b/c);",
    "- TT Đảng ủy, TT HĐND xã;",
    "- Trung tâm Dịch vụ viễn thông khu vực Cẩm Nguyên;",
    "- Lưu: VT, VHXH.",
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


def _cell_lines(cell, lines, bold_first=False, italic_last=False):
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(line))
        r.bold = bold_first and i < 2
        r.italic = italic_last and i == len(lines) - 1


def build_docx():
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
    _cell_lines(head.rows[0].cells[0], MS03_HEADER_LEFT, bold_first=True)
    _cell_lines(head.rows[0].cells[1], MS03_HEADER_RIGHT, bold_first=True, italic_last=True)

    doc.add_paragraph()
    for i, line in enumerate(MS03_TITLE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(line))
        r.bold = True
    for line in MS03_BASES:
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Cm(1)
        p.add_run(N(line)).italic = True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("QUYẾT ĐỊNH:").bold = True
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Cm(1)
    p.add_run(N(MS03_DIEU1))

    t = doc.add_table(rows=len(MS03_TABLE), cols=len(MS03_TABLE[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(MS03_TABLE):
        for j, val in enumerate(row):
            c = t.rows[i].cells[j]
            c.text = ""
            r = c.paragraphs[0].add_run(N(val))
            r.bold = i == 0
            r.font.size = Pt(11)

    for line in MS03_BODY:
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Cm(1)
        if line.startswith("Điều "):
            head_, rest = line.split(".", 1)
            p.add_run(N(head_ + ".")).bold = True
            p.add_run(N(rest))
        else:
            p.add_run(N(line))

    tail = doc.add_table(rows=1, cols=2)
    _no_borders(tail)
    left = tail.rows[0].cells[0]
    left.paragraphs[0].text = ""
    for i, line in enumerate(MS03_RECIPIENTS):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        r = p.add_run(N(line))
        r.font.size = Pt(11)
        r.bold = i == 0
        r.italic = i == 0
    right = tail.rows[0].cells[1]
    _cell_lines(right, MS03_SIGN)
    right.paragraphs[0].runs[0].bold = True
    right.paragraphs[-1].runs[0].bold = True
    doc.save(DOCX_OUT)


# ---------------------------------------------------------------- ms04 (.pdf)
MS04_HEADER_LEFT = [
    "UBND TỈNH TRÀ GIANG BẮC",
    "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    "Số: 215/HD-SKHCN",
]
MS04_HEADER_RIGHT = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Vân Thủy, ngày 12 tháng 3 năm 2024",
]
MS04_TITLE = [
    "HƯỚNG DẪN",
    "Tổ chức, hoạt động của Tổ công nghệ số cộng đồng và tuyên truyền",
    "phòng, chống lừa đảo trực tuyến cho người dân năm 2024",
]
# (kind, text): kind in {"base", "h1", "p", "b"}
MS04_BODY = [
    ("base", "Căn cứ Quyết định số 1012/QĐ-UBND ngày 28/12/2023 của Ủy ban nhân dân tỉnh Trà Giang Bắc ban hành Kế hoạch chuyển đổi số tỉnh năm 2024;"),
    ("base", "Căn cứ Kế hoạch số 41/KH-UBND ngày 22/02/2024 của Ủy ban nhân dân tỉnh về nâng cao hiệu quả hoạt động của Tổ công nghệ số cộng đồng năm 2024,"),
    ("p", "Sở Khoa học và Công nghệ hướng dẫn tổ chức, hoạt động của Tổ công nghệ số cộng đồng và công tác tuyên truyền phòng, chống lừa đảo trực tuyến cho người dân năm 2024 như sau:"),
    ("h1", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Thống nhất cơ cấu, nhiệm vụ và chế độ báo cáo của Tổ công nghệ số cộng đồng ở cấp xã và cấp thôn trên địa bàn tỉnh."),
    ("p", "2. Trang bị cho người dân kỹ năng sử dụng dịch vụ công trực tuyến và nhận diện các thủ đoạn lừa đảo phổ biến; phấn đấu đến hết năm 2024 có ít nhất 80% hộ gia đình trên địa bàn tỉnh được Tổ công nghệ số cộng đồng hướng dẫn trực tiếp."),
    ("h1", "II. CƠ CẤU TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG"),
    ("p", "1. Tổ công nghệ số cộng đồng cấp xã do Chủ tịch Ủy ban nhân dân cấp xã quyết định thành lập hoặc kiện toàn, gồm từ 09 đến 15 thành viên. Tổ trưởng là lãnh đạo Ủy ban nhân dân cấp xã; Tổ phó thường trực là công chức Văn hóa - Xã hội; Tổ phó là Trưởng Công an xã. Thành viên gồm công chức Văn phòng - Thống kê, công chức Tư pháp - Hộ tịch, đại diện Ủy ban Mặt trận Tổ quốc Việt Nam xã, Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Nông dân, nhân viên bưu điện văn hóa xã, đại diện doanh nghiệp viễn thông và trưởng thôn."),
    ("p", "2. Tổ công nghệ số cộng đồng thôn, tổ dân phố gồm từ 03 đến 05 thành viên, do Trưởng thôn hoặc Tổ trưởng tổ dân phố làm Tổ trưởng; ưu tiên đoàn viên thanh niên, công an viên và người có thiết bị thông minh, có kỹ năng số."),
    ("p", "3. Việc rà soát, kiện toàn Tổ công nghệ số cộng đồng các cấp hoàn thành trước ngày 31/5/2024; quyết định kiện toàn gửi về Phòng Văn hóa và Thông tin cấp huyện để theo dõi."),
    ("h1", "III. NỘI DUNG HOẠT ĐỘNG"),
    ("p", "1. Hướng dẫn người dân thực hiện \"05 việc\" trên Cổng dịch vụ công: tạo tài khoản; nộp hồ sơ trực tuyến; thanh toán phí, lệ phí trực tuyến; tra cứu tình trạng hồ sơ; đánh giá mức độ hài lòng."),
    ("p", "2. Tuyên truyền, hướng dẫn người dân nhận diện 06 thủ đoạn lừa đảo trực tuyến phổ biến:"),
    ("b", "a) Giả danh cơ quan công an, viện kiểm sát, tòa án gọi điện yêu cầu chuyển tiền để \"phục vụ điều tra\";"),
    ("b", "b) Gửi đường link, hướng dẫn cài đặt ứng dụng giả mạo dịch vụ công, ứng dụng định danh điện tử;"),
    ("b", "c) Tuyển cộng tác viên \"việc nhẹ, lương cao\", giao \"nhiệm vụ\" trên mạng rồi yêu cầu nạp tiền;"),
    ("b", "d) Mời gọi đầu tư tài chính, tiền ảo, sàn ngoại hối với lợi nhuận cao bất thường;"),
    ("b", "đ) Chiếm quyền tài khoản mạng xã hội để nhắn tin vay tiền người thân, bạn bè;"),
    ("b", "e) Giả danh nhân viên điện lực, viễn thông thông báo cắt dịch vụ, yêu cầu thanh toán qua đường link."),
    ("p", "3. Phổ biến nguyên tắc \"3 không\": không cung cấp mã OTP, mật khẩu cho bất kỳ ai; không bấm vào đường link lạ; không chuyển tiền khi chưa xác minh với người thân hoặc cơ quan công an."),
    ("p", "4. Mỗi Tổ công nghệ số cộng đồng cấp xã tổ chức ít nhất 01 buổi hướng dẫn tập trung mỗi tháng; Tổ công nghệ số cộng đồng thôn đến từng hộ gia đình, ưu tiên hộ có người cao tuổi, người khuyết tật, hộ nghèo."),
    ("h1", "IV. CHẾ ĐỘ BÁO CÁO"),
    ("p", "1. Tổ công nghệ số cộng đồng cấp xã tổng hợp kết quả, báo cáo Ủy ban nhân dân cấp xã trước ngày 20 hằng tháng."),
    ("p", "2. Ủy ban nhân dân cấp xã báo cáo Ủy ban nhân dân cấp huyện (qua Phòng Văn hóa và Thông tin) định kỳ hằng quý, trước ngày 18 tháng cuối quý."),
    ("p", "3. Ủy ban nhân dân cấp huyện tổng hợp, báo cáo Sở Khoa học và Công nghệ định kỳ hằng quý, trước ngày 25 tháng cuối quý; báo cáo năm gửi trước ngày 10/12/2024."),
    ("p", "4. Đầu mối tiếp nhận báo cáo: Phòng Chuyển đổi số, Sở Khoa học và Công nghệ; ông Trịnh Hoài Nam, Phó Trưởng phòng, điện thoại 0238 3 826 419, thư điện tử cds.skhcn@tragiangbac.gov.vn."),
    ("h1", "V. KINH PHÍ"),
    ("p", "Kinh phí tập huấn, biên soạn tài liệu cấp tỉnh là 1,35 tỷ đồng từ nguồn sự nghiệp khoa học và công nghệ năm 2024 giao Sở Khoa học và Công nghệ; kinh phí hoạt động của Tổ công nghệ số cộng đồng cấp huyện, cấp xã do ngân sách địa phương bảo đảm theo phân cấp."),
    ("h1", "VI. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Chuyển đổi số chủ trì, phối hợp với Trung tâm Thông tin và Ứng dụng tiến bộ khoa học và công nghệ tổ chức 03 lớp tập huấn cho Tổ trưởng, Tổ phó thường trực Tổ công nghệ số cộng đồng cấp xã trong quý II/2024; biên soạn, phát hành \"Sổ tay Tổ công nghệ số cộng đồng\" trước ngày 30/4/2024."),
    ("p", "2. Văn phòng Sở bố trí kinh phí, phương tiện phục vụ các lớp tập huấn; Thanh tra Sở phối hợp Phòng Chuyển đổi số kiểm tra việc thực hiện Hướng dẫn tại một số huyện trong quý IV/2024."),
    ("p", "3. Đề nghị Công an tỉnh chỉ đạo Công an các huyện, thị xã, thành phố và Công an cấp xã phối hợp với Tổ công nghệ số cộng đồng tuyên truyền phòng, chống lừa đảo; cung cấp cho Sở thông tin về thủ đoạn lừa đảo mới định kỳ hằng tháng."),
    ("p", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh và Hội Nông dân tỉnh chỉ đạo tổ chức mình ở cơ sở cử người tham gia Tổ công nghệ số cộng đồng, lồng ghép tuyên truyền trong sinh hoạt đoàn thể."),
    ("p", "5. Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo Ủy ban nhân dân cấp xã kiện toàn Tổ công nghệ số cộng đồng; giao Phòng Văn hóa và Thông tin làm đầu mối theo dõi, tổng hợp; bố trí kinh phí hỗ trợ hoạt động của Tổ."),
    ("p", "6. Bưu điện tỉnh Trà Giang Bắc và các doanh nghiệp viễn thông trên địa bàn tỉnh cử nhân viên tham gia Tổ công nghệ số cộng đồng cấp xã; hỗ trợ gói cước ưu đãi cho thành viên Tổ."),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các đơn vị, địa phương phản ánh về Sở Khoa học và Công nghệ (qua Phòng Chuyển đổi số) để được hướng dẫn./."),
]
MS04_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Giáp Văn Thịnh"]
MS04_RECIPIENTS = [
    "Nơi nhận:",
    "- UBND tỉnh (để báo cáo);",
    "- Giám đốc Sở (để báo cáo);",
    "- UBND các huyện, thị xã, thành phố;",
    "- Công an tỉnh;",
    "- Báo Trà Giang Bắc, Đài PT-TH tỉnh;",
    "- Lưu: VT, CĐS.",
]

FS = 11.5
LH = 6.2
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def build_pdf():
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    lw = 72
    rw = W - lw
    y0 = pdf.get_y()
    for i, line in enumerate(MS04_HEADER_LEFT):
        pdf.set_font("DejaVu", "B" if i < 2 else "", 10)
        pdf.set_xy(pdf.l_margin, y0 + i * 5.5)
        pdf.cell(lw, 5.5, N(line), align="C")
    for i, line in enumerate(MS04_HEADER_RIGHT):
        pdf.set_font("DejaVu", "B" if i < 2 else "I", 10)
        pdf.set_xy(pdf.l_margin + lw, y0 + i * 5.5)
        pdf.cell(rw, 5.5, N(line), align="C")
    pdf.set_xy(pdf.l_margin, y0 + 3 * 5.5 + 6)
    for i, line in enumerate(MS04_TITLE):
        pdf.set_font("DejaVu", "B", 12 if i == 0 else 11)
        pdf.cell(W, 6, N(line), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in MS04_BODY:
        if kind == "h1":
            pdf.set_font("DejaVu", "B", FS)
            pdf.ln(1.5)
            pdf.multi_cell(W, LH, N(text), new_x="LMARGIN", new_y="NEXT")
        elif kind == "base":
            pdf.set_font("DejaVu", "I", FS)
            pdf.multi_cell(W, LH, N("      " + text), align="J", new_x="LMARGIN", new_y="NEXT")
        elif kind == "b":
            pdf.set_font("DejaVu", "", FS)
            pdf.set_x(pdf.l_margin + 8)
            pdf.multi_cell(W - 8, LH, N(text), align="J", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", FS)
            pdf.multi_cell(W, LH, N("      " + text), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 75:
        pdf.add_page()
    y = pdf.get_y()
    for i, line in enumerate(MS04_SIGN):
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.set_xy(pdf.l_margin + lw, y + i * 5.5)
        pdf.cell(rw, 5.5, N(line), align="C")
    for i, line in enumerate(MS04_RECIPIENTS):
        pdf.set_font("DejaVu", "B" if i == 0 else "", 9)
        pdf.set_xy(pdf.l_margin, y + i * 4.6)
        pdf.cell(lw, 4.6, N(line))
    pdf.output(PDF_OUT)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_docx()
    build_pdf()
    print("wrote", os.path.relpath(DOCX_OUT, HERE))
    print("wrote", os.path.relpath(PDF_OUT, HERE))
