#!/usr/bin/env python3
"""Rebuild the .docx (nc03) and .pdf (nc04) documents of blind set 118 from the text kept here.

Run:  /work/main/.venv/bin/python /work/main/eval/blind118/build_nc.py
"""
import os
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
DOCX_NAME = "nc03_ke_hoach_to_chuc_cuoc_thi_skhcn.docx"
PDF_NAME = "nc04_thong_bao_ket_qua_so_khao.pdf"

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# nc03 - Kế hoạch of Sở Khoa học và Công nghệ (Word, with tables)
# Items: ("h", text) centred bold heading; ("p", text) paragraph;
#        ("b", text) bold paragraph; ("t", [rows]) table (first row = header);
#        ("c", text) centred italic caption
# ---------------------------------------------------------------------------
NC03_HEADER_LEFT = ["UBND TỈNH LẠC DƯƠNG TÂY", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "", "Số: 156/KH-SKHCN"]
NC03_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                     "Khê Lãng, ngày 20 tháng 3 năm 2026"]

NC03_BODY = [
    ("h", "KẾ HOẠCH"),
    ("h", "Tổ chức Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Lạc Dương Tây lần thứ II năm 2026"),
    ("p", "Căn cứ Quyết định số 418/QĐ-UBND ngày 09/3/2026 của Ủy ban nhân dân tỉnh phê duyệt Thể lệ "
          "Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Lạc Dương Tây lần thứ II năm 2026;"),
    ("p", "Căn cứ Quyết định số 1290/QĐ-UBND ngày 18/12/2025 của Ủy ban nhân dân tỉnh về việc giao dự toán "
          "ngân sách nhà nước năm 2026;"),
    ("p", "Sở Khoa học và Công nghệ ban hành Kế hoạch tổ chức Cuộc thi như sau:"),
    ("b", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Phát hiện, tôn vinh và hỗ trợ các ý tưởng, dự án khởi nghiệp đổi mới sáng tạo có tiềm năng; "
          "kết nối các dự án với nhà đầu tư, quỹ đầu tư và mạng lưới cố vấn."),
    ("p", "2. Phấn đấu tiếp nhận ít nhất 150 hồ sơ dự thi, trong đó ít nhất 30 hồ sơ của học sinh trung học phổ thông."),
    ("b", "II. NỘI DUNG VÀ TIẾN ĐỘ"),
    ("p", "1. Phát động và tiếp nhận hồ sơ"),
    ("p", "- Lễ phát động Cuộc thi tổ chức ngày 01/4/2026 tại Hội trường Sở Khoa học và Công nghệ."),
    ("p", "- Hồ sơ dự thi gồm: Phiếu đăng ký (Mẫu 01); bản mô tả dự án không quá 15 trang (Mẫu 02); "
          "video giới thiệu dự án không quá 03 phút."),
    ("p", "- Hồ sơ nộp trực tuyến tại Cổng thông tin khởi nghiệp tỉnh (khoinghiep.lacduongtay.gov.vn), "
          "hạn chót 17h00 ngày 30/4/2026."),
    ("p", "2. Vòng sơ khảo"),
    ("p", "- Hội đồng giám khảo vòng sơ khảo gồm 07 thành viên, chấm độc lập trên thang điểm 100 theo các tiêu chí "
          "tại Bảng 1; điểm của dự án là điểm trung bình cộng của các thành viên, làm tròn đến một chữ số thập phân."),
    ("p", "- Dự án đạt từ 65 điểm trở lên được xếp theo thứ tự từ cao xuống thấp để chọn tối đa 20 dự án vào vòng "
          "bán kết. Trường hợp bằng điểm, ưu tiên dự án có điểm tiêu chí tính mới, sáng tạo cao hơn."),
    ("p", "- Kết quả vòng sơ khảo được công bố trước ngày 25/5/2026."),
    ("c", "Bảng 1. Tiêu chí chấm điểm vòng sơ khảo"),
    ("t", [["TT", "Tiêu chí", "Điểm tối đa"],
           ["1", "Tính mới, sáng tạo của giải pháp", "25"],
           ["2", "Tính khả thi về kỹ thuật và tài chính", "25"],
           ["3", "Thị trường và khả năng tăng trưởng", "20"],
           ["4", "Tác động xã hội, môi trường", "15"],
           ["5", "Năng lực đội ngũ", "15"],
           ["", "Tổng cộng", "100"]]),
    ("p", "3. Vòng bán kết"),
    ("p", "- Khóa huấn luyện khởi nghiệp (Bootcamp) 03 ngày, từ ngày 11/6 đến ngày 13/6/2026 tại Trường Cao đẳng "
          "Kỹ thuật Khê Lãng."),
    ("p", "- Thuyết trình bán kết ngày 27/6/2026; mỗi dự án trình bày 05 phút và trả lời câu hỏi 05 phút; "
          "Hội đồng giám khảo chọn 08 dự án vào vòng chung kết."),
    ("p", "4. Chương trình cố vấn (mentor)"),
    ("p", "- Mạng lưới gồm 18 cố vấn là chuyên gia, nhà đầu tư, doanh nhân; TS. Cù Minh Hiển, Giám đốc Trung tâm "
          "Đổi mới sáng tạo Khê Lãng, làm Trưởng nhóm cố vấn."),
    ("p", "- Mỗi dự án vào vòng bán kết được ghép với 01 cố vấn, làm việc tối thiểu 04 buổi trước vòng chung kết; "
          "thù lao cố vấn 1.500.000 đồng/buổi."),
    ("p", "5. Vòng chung kết tổ chức ngày 22/8/2026 tại Quảng trường Vân Thành, trong khuôn khổ Ngày hội Khởi nghiệp "
          "đổi mới sáng tạo tỉnh năm 2026; mỗi dự án thuyết trình 07 phút, trả lời câu hỏi 08 phút. Giải Dự án được "
          "yêu thích nhất được bình chọn qua trang Zalo OA \"Khởi nghiệp Lạc Dương Tây\" từ ngày 01/7 đến ngày 15/8/2026."),
    ("b", "III. GIẢI THƯỞNG VÀ HỖ TRỢ HẠT GIỐNG"),
    ("c", "Bảng 2. Cơ cấu giải thưởng"),
    ("t", [["TT", "Giải thưởng", "Số lượng", "Mức thưởng", "Thành tiền"],
           ["1", "Giải Nhất", "01", "100.000.000 đồng/giải", "100.000.000 đồng"],
           ["2", "Giải Nhì", "01", "60.000.000 đồng/giải", "60.000.000 đồng"],
           ["3", "Giải Ba", "02", "35.000.000 đồng/giải", "70.000.000 đồng"],
           ["4", "Giải Khuyến khích", "04", "15.000.000 đồng/giải", "60.000.000 đồng"],
           ["5", "Giải Dự án được yêu thích nhất", "01", "10.000.000 đồng/giải", "10.000.000 đồng"],
           ["", "Tổng cộng", "09 giải", "", "300.000.000 đồng"]]),
    ("p", "Các dự án đạt giải được tặng Giấy chứng nhận của Sở Khoa học và Công nghệ; dự án đạt giải Nhất được đề nghị "
          "Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen."),
    ("c", "Bảng 3. Mức hỗ trợ hạt giống (ươm tạo) tối đa"),
    ("t", [["TT", "Đối tượng", "Mức hỗ trợ tối đa", "Vốn đối ứng của dự án"],
           ["1", "Dự án đạt giải Nhất", "200.000.000 đồng/dự án", "Tối thiểu 30% tổng kinh phí"],
           ["2", "Dự án đạt giải Nhì", "150.000.000 đồng/dự án", "Tối thiểu 30% tổng kinh phí"],
           ["3", "Dự án đạt giải Ba", "100.000.000 đồng/dự án", "Tối thiểu 30% tổng kinh phí"],
           ["4", "Dự án đạt giải Khuyến khích", "50.000.000 đồng/dự án", "Tối thiểu 30% tổng kinh phí"]]),
    ("p", "- Hồ sơ đề nghị hỗ trợ hạt giống nộp về Sở Khoa học và Công nghệ trước ngày 30/9/2026; thời gian ươm tạo "
          "không quá 12 tháng."),
    ("p", "- Kinh phí hỗ trợ được cấp thành 02 đợt: đợt 1 cấp 60% sau khi ký hợp đồng; đợt 2 cấp 40% sau khi "
          "nghiệm thu giữa kỳ. Tổng kinh phí hỗ trợ hạt giống dự kiến là 750.000.000 đồng."),
    ("b", "IV. KINH PHÍ"),
    ("p", "Tổng kinh phí 1,85 tỷ đồng theo Quyết định số 418/QĐ-UBND, gồm: giải thưởng 300.000.000 đồng; hỗ trợ hạt "
          "giống 750.000.000 đồng; tổ chức các vòng thi, Bootcamp và chương trình cố vấn 480.000.000 đồng; Ngày hội "
          "Khởi nghiệp 170.000.000 đồng; hỗ trợ Đài Phát thanh và Truyền hình tỉnh thực hiện Tuần lễ truyền thông "
          "khoa học 150.000.000 đồng."),
    ("b", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Quản lý công nghệ và Đổi mới sáng tạo chủ trì, phối hợp với Văn phòng Sở tham mưu thành lập "
          "Ban Tổ chức, Hội đồng giám khảo trước ngày 30/4/2026; tiếp nhận hồ sơ, tổng hợp kết quả các vòng thi."),
    ("p", "2. Giao Trung tâm Ứng dụng tiến bộ khoa học và công nghệ chủ trì tổ chức Bootcamp và chương trình cố vấn; "
          "phối hợp với Trường Cao đẳng Kỹ thuật Khê Lãng chuẩn bị địa điểm, trang thiết bị."),
    ("p", "3. Phòng Kế hoạch - Tài chính lập dự toán chi tiết, trình Giám đốc Sở phê duyệt trước ngày 10/4/2026."),
    ("p", "4. Đề nghị Tỉnh đoàn phát động Cuộc thi trong đoàn viên, thanh niên; lựa chọn, giới thiệu ít nhất 30 dự án "
          "dự thi; phối hợp tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh."),
    ("p", "5. Đề nghị Đài Phát thanh và Truyền hình tỉnh thực hiện Tuần lễ truyền thông khoa học từ ngày 18/5 đến "
          "ngày 24/5/2026; truyền hình trực tiếp vòng chung kết; báo cáo kết quả Tuần lễ về Sở trước ngày 05/6/2026."),
    ("p", "6. Đề nghị Sở Giáo dục và Đào tạo chỉ đạo các trường trung học phổ thông giới thiệu học sinh tham gia; "
          "Ủy ban nhân dân các xã, phường giới thiệu dự án tiêu biểu của địa phương."),
    ("p", "Đầu mối liên hệ: bà Ninh Thị Hồng Nhung, Chuyên viên Phòng Quản lý công nghệ và Đổi mới sáng tạo, "
          "điện thoại 0297 3861 245, thư điện tử khoinghiep@skhcn.lacduongtay.gov.vn."),
]

NC03_FOOT_LEFT = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Các Sở: Tài chính, Giáo dục và Đào tạo;", "- Tỉnh đoàn;",
                  "- Đài PT-TH tỉnh;", "- UBND các xã, phường;", "- Ban Giám đốc Sở;", "- Lưu: VT, QLCN."]
NC03_FOOT_RIGHT = ["GIÁM ĐỐC", "", "", "", "Khổng Văn Lượng"]


def set_cell_text(cell, lines, bold_first=0, center=True, size=12):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(line))
        r.bold = i < bold_first
        r.font.size = Pt(size)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = tblPr.find(qn("w:tblBorders"))
    if borders is None:
        from docx.oxml import OxmlElement
        borders = OxmlElement("w:tblBorders")
        tblPr.append(borders)
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            from docx.oxml import OxmlElement as OE
            el = OE("w:" + edge)
            el.set(qn("w:val"), "nil")
            borders.append(el)


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    for s in doc.sections:
        s.left_margin = Cm(3)
        s.right_margin = Cm(2)
        s.top_margin = Cm(2)
        s.bottom_margin = Cm(2)

    head = doc.add_table(rows=1, cols=2)
    no_borders(head)
    set_cell_text(head.cell(0, 0), NC03_HEADER_LEFT, bold_first=2)
    set_cell_text(head.cell(0, 1), NC03_HEADER_RIGHT, bold_first=2)
    doc.add_paragraph()

    for kind, val in NC03_BODY:
        if kind == "t":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, txt in enumerate(row):
                    set_cell_text(t.cell(i, j), [txt], bold_first=1 if i == 0 else 0, center=(j != 1), size=12)
            doc.add_paragraph()
            continue
        p = doc.add_paragraph()
        r = p.add_run(N(val))
        if kind == "h":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r.bold = True
        elif kind == "b":
            r.bold = True
        elif kind == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r.italic = True
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)

    doc.add_paragraph()
    foot = doc.add_table(rows=1, cols=2)
    no_borders(foot)
    set_cell_text(foot.cell(0, 0), NC03_FOOT_LEFT, bold_first=1, center=False, size=11)
    set_cell_text(foot.cell(0, 1), NC03_FOOT_RIGHT, bold_first=1)
    foot.cell(0, 1).paragraphs[-1].runs[0].bold = True
    doc.save(path)


# ---------------------------------------------------------------------------
# nc04 - Thông báo kết quả vòng sơ khảo (PDF, 3 pages)
# ---------------------------------------------------------------------------
NC04_HEADER_LEFT = ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "BAN TỔ CHỨC CUỘC THI", "KHỞI NGHIỆP ĐMST TỈNH NĂM 2026",
                    "", "Số: 09/TB-BTC"]
NC04_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "",
                     "Khê Lãng, ngày 23 tháng 5 năm 2026"]

NC04_INTRO = [
    ("h", "THÔNG BÁO"),
    ("h", "Kết quả vòng sơ khảo Cuộc thi Khởi nghiệp đổi mới sáng tạo"),
    ("h", "tỉnh Lạc Dương Tây lần thứ II năm 2026"),
    ("p", "Căn cứ Quyết định số 418/QĐ-UBND ngày 09/3/2026 của Ủy ban nhân dân tỉnh phê duyệt Thể lệ Cuộc thi; "
          "Kế hoạch số 156/KH-SKHCN ngày 20/3/2026 của Sở Khoa học và Công nghệ tổ chức Cuộc thi;"),
    ("p", "Căn cứ Quyết định số 72/QĐ-SKHCN ngày 28/4/2026 của Sở Khoa học và Công nghệ thành lập Ban Tổ chức "
          "và Hội đồng giám khảo Cuộc thi;"),
    ("p", "Căn cứ Biên bản họp Hội đồng giám khảo vòng sơ khảo ngày 21/5/2026,"),
    ("p", "Ban Tổ chức Cuộc thi thông báo kết quả vòng sơ khảo như sau:"),
    ("b", "1. Tình hình tiếp nhận và chấm hồ sơ"),
    ("p", "- Đến hạn chót 17h00 ngày 30/4/2026, Ban Tổ chức nhận được 164 hồ sơ, trong đó 152 hồ sơ hợp lệ và 12 hồ sơ "
          "không hợp lệ do thiếu video giới thiệu hoặc quá số thành viên quy định."),
    ("p", "- Theo lĩnh vực: nông nghiệp công nghệ cao và chế biến nông sản 61 hồ sơ; du lịch, văn hóa và sản phẩm OCOP "
          "34 hồ sơ; giáo dục, y tế và chuyển đổi số 33 hồ sơ; môi trường, năng lượng sạch và kinh tế tuần hoàn 24 hồ sơ."),
    ("p", "- Có 41 hồ sơ của học sinh trung học phổ thông; Tỉnh đoàn giới thiệu 37 hồ sơ."),
    ("p", "- Hội đồng giám khảo vòng sơ khảo gồm 07 thành viên do PGS.TS. Phó Đức Lân làm Chủ tịch Hội đồng, "
          "chấm trực tuyến từ ngày 04/5 đến ngày 20/5/2026. Có 47 dự án đạt từ 65 điểm trở lên."),
    ("b", "2. Danh sách 20 dự án vào vòng bán kết (xếp theo điểm từ cao xuống thấp)"),
]

NC04_TABLE = [
    ["TT", "Mã hồ sơ", "Tên dự án", "Điểm", "Trưởng nhóm", "Địa phương, đơn vị"],
    ["1", "LDT-026", "SoiLink - cảm biến độ ẩm đất", "91,4", "Tăng Gia Bảo", "Trường CĐ Kỹ thuật Khê Lãng"],
    ["2", "LDT-103", "Trà Mây Ngàn - trà shan tuyết", "89,2", "Kha Thị Mỹ Duyên", "HTX Trà Mây, xã Thạch Vọng"],
    ["3", "LDT-057", "SunDry - máy sấy nông sản", "87,6", "Bế Văn Khải", "Xã Ngọc Trà"],
    ["4", "LDT-118", "Gia Sư Làng - lớp học trực tuyến", "85,0", "Ông Thị Thanh Hương", "Trường THPT Hòa Lộc Thượng"],
    ["5", "LDT-009", "TrekLạc - bản đồ du lịch cộng đồng", "83,8", "Giáp Đức Tín", "Phường Vân Lạc"],
    ["6", "LDT-141", "Tro Trấu Xanh - gạch không nung", "82,5", "Châu Ngọc Hân", "Xã Tân Lộ"],
    ["7", "LDT-077", "MiniRain - robot tưới nhà màng", "81,3", "Vi Thế Anh", "Trường THPT Khê Lãng"],
    ["8", "LDT-064", "Bã Cà Phê Sống - phân vi sinh", "80,9", "La Quốc Cường", "Phường Khê Lãng"],
    ["9", "LDT-132", "AgriDrone - dịch vụ phun thuốc", "79,7", "Thân Nhật Minh", "Xã Hồ Mai Sơn"],
    ["10", "LDT-088", "Sổ Sức Khỏe Bản - nhắc lịch tiêm", "78,4", "Văn Thị Kiều Oanh", "Xã Hòa Lộc Thượng"],
    ["11", "LDT-015", "Nấm Dược Liệu Sơn Mỹ", "77,6", "Lữ Hoàng Sơn", "Xã Sơn Mỹ Thượng"],
    ["12", "LDT-150", "Thổ Cẩm Số - bán hàng livestream", "76,2", "Mã Thị Tuyết Mai", "Xã Thạch Vọng"],
    ["13", "LDT-039", "Lọc Nước Gốm - bình lọc gốm nung", "75,5", "Lò Văn Tuấn", "Xã Hồ Mai Sơn"],
    ["14", "LDT-097", "EduBot - bộ kit lập trình STEM", "74,8", "Bùi Khánh Linh", "Phường Vân Lạc"],
    ["15", "LDT-121", "Vườn Dược Mây Tầng", "73,9", "Đèo Thị Xuân", "Xã Sơn Mỹ Thượng"],
    ["16", "LDT-046", "Nước Mắm Chay Ngọc Trà", "72,6", "Khúc Văn Thịnh", "Xã Ngọc Trà"],
    ["17", "LDT-110", "Homestay Xanh Tân Lộ", "71,0", "Hứa Ngọc Bích", "Xã Tân Lộ"],
    ["18", "LDT-072", "Túi sinh học từ bẹ chuối", "70,4", "Nghiêm Xuân Đạt", "Phường Vân Lạc"],
    ["19", "LDT-135", "Bản Đồ Sạt Lở Cộng Đồng", "69,1", "Phùng Quế Chi", "Xã Sơn Mỹ Thượng"],
    ["20", "LDT-083", "Bếp Trấu Thông Minh", "68,0", "Kiều Văn Sang", "Xã Thạch Vọng"],
]

NC04_AFTER = [
    ("b", "3. Một số trường hợp cụ thể"),
    ("p", "- Dự án Lụa Sen Ngọc Trà (mã hồ sơ LDT-061, trưởng nhóm Mai Thế Vĩnh) có cùng 68,0 điểm với dự án xếp thứ "
          "20. Theo Kế hoạch số 156/KH-SKHCN, Hội đồng ưu tiên dự án có điểm tiêu chí tính mới, sáng tạo cao hơn; dự án "
          "Bếp Trấu Thông Minh đạt 19,5 điểm, dự án Lụa Sen Ngọc Trà đạt 18,0 điểm ở tiêu chí này nên dự án Lụa Sen "
          "Ngọc Trà không vào vòng bán kết."),
    ("p", "- Dự án Mật Ong Rừng Thạch Vọng không được xét vì đã đạt giải Nhất Cuộc thi lần thứ I năm 2024, thuộc "
          "trường hợp không được dự thi theo Quyết định số 418/QĐ-UBND."),
    ("p", "- Các dự án có kiến nghị về kết quả chấm gửi đơn đề nghị phúc khảo về Ban Tổ chức trước 17h00 ngày 27/5/2026."),
    ("b", "4. Yêu cầu đối với các dự án vào vòng bán kết"),
    ("p", "- Trưởng nhóm xác nhận tham gia bằng thư điện tử gửi khoinghiep@skhcn.lacduongtay.gov.vn trước 17h00 ngày "
          "29/5/2026; quá thời hạn trên không xác nhận, Ban Tổ chức sẽ mời dự án xếp kế tiếp."),
    ("p", "- Tham gia đầy đủ Bootcamp từ ngày 11/6 đến ngày 13/6/2026 tại Trường Cao đẳng Kỹ thuật Khê Lãng; mỗi đội cử "
          "không quá 03 thành viên. Ban Tổ chức hỗ trợ tiền ăn, nghỉ 350.000 đồng/người/ngày cho thành viên các đội ở "
          "cách địa điểm tổ chức trên 50 km."),
    ("p", "- Danh sách ghép cặp cố vấn được công bố trước ngày 05/6/2026. Thuyết trình bán kết ngày 27/6/2026 tại Hội "
          "trường Sở Khoa học và Công nghệ."),
    ("p", "- Hội đồng giám khảo đề nghị các đội SoiLink, Trà Mây Ngàn và SunDry bổ sung phương án tài chính chi tiết "
          "khi thuyết trình bán kết."),
    ("b", "5. Thông tin liên hệ"),
    ("p", "Bà Ninh Thị Hồng Nhung, Tổ thư ký Ban Tổ chức, điện thoại 0297 3861 245. Kết quả được đăng trên Cổng thông tin "
          "khởi nghiệp tỉnh và trang Zalo OA \"Khởi nghiệp Lạc Dương Tây\"."),
]

NC04_FOOT_LEFT = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Giám đốc Sở KH&CN - Trưởng BTC (b/c);",
                  "- Thành viên BTC, Hội đồng giám khảo;", "- Tỉnh đoàn; Đài PT-TH tỉnh;",
                  "- Các đội dự thi;", "- Lưu: VT, BTC."]
NC04_FOOT_RIGHT = ["TM. BAN TỔ CHỨC", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "", "", "Tạ Thị Ngọc Thoa",
                   "(Phó Giám đốc Sở Khoa học và Công nghệ)"]


class PDF(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 9)
        self.cell(0, 6, str(self.page_no()), align="C")


def build_pdf(path):
    pdf = PDF(format="A4")
    pdf.set_margins(22, 16, 16)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("dv", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.add_font("dc", "", os.path.join(FONT_DIR, "DejaVuSansCondensed.ttf"))
    pdf.add_font("dc", "B", os.path.join(FONT_DIR, "DejaVuSansCondensed-Bold.ttf"))
    pdf.set_title("Thong bao ket qua vong so khao")
    pdf.add_page()

    top = pdf.get_y()
    colw = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    for col, lines in ((0, NC04_HEADER_LEFT), (1, NC04_HEADER_RIGHT)):
        pdf.set_xy(pdf.l_margin + col * colw, top)
        for i, line in enumerate(lines):
            bold = (col == 0 and i < 3) or (col == 1 and i == 0)
            pdf.set_font("dv", "B" if bold else ("I" if (col == 1 and i == 4) else ""), 10.5)
            pdf.set_x(pdf.l_margin + col * colw)
            pdf.cell(colw, 5.6, N(line), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    def write_items(items):
        for kind, text in items:
            if kind == "h":
                pdf.set_font("dv", "B", 12)
                pdf.multi_cell(0, 6.5, N(text), align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "b":
                pdf.ln(1.5)
                pdf.set_font("dv", "B", 11)
                pdf.multi_cell(0, 6.2, N(text), align="L", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("dv", "", 11)
                pdf.multi_cell(0, 6.2, N(text), align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.8)

    write_items(NC04_INTRO)
    pdf.ln(1)
    pdf.set_font("dc", "", 9)
    with pdf.table(col_widths=(7, 17, 54, 11, 35, 48), line_height=5.4,
                   text_align=("CENTER", "CENTER", "LEFT", "CENTER", "LEFT", "LEFT")) as table:
        for i, row in enumerate(NC04_TABLE):
            r = table.row()
            for cell in row:
                r.cell(N(cell))
    pdf.ln(3)
    write_items(NC04_AFTER)

    pdf.ln(4)
    top = pdf.get_y()
    if top > pdf.h - 70:
        pdf.add_page()
        top = pdf.get_y()
    pdf.set_xy(pdf.l_margin, top)
    for i, line in enumerate(NC04_FOOT_LEFT):
        pdf.set_font("dv", "B" if i == 0 else "", 9.5)
        pdf.set_x(pdf.l_margin)
        pdf.cell(colw, 5, N(line), new_x="LMARGIN", new_y="NEXT")
    for i, line in enumerate(NC04_FOOT_RIGHT):
        pdf.set_font("dv", "I" if line.startswith("(") else "B", 10.5 if not line.startswith("(") else 9.5)
        pdf.set_xy(pdf.l_margin + colw, top + i * 5.6)
        pdf.cell(colw, 5.6, N(line), align="C")
    pdf.output(path)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, DOCX_NAME))
    build_pdf(os.path.join(CORPUS, PDF_NAME))
    print("built", DOCX_NAME, PDF_NAME)
