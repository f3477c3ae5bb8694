# -*- coding: utf-8 -*-
"""Build the 5 corpus files of eval set blind54 (tỉnh Hương Khê Bắc).

All text is invented.  Run:  /work/main/.venv/bin/python build_re.py
Writes corpus/re01_kh_cds_chuonghoa.docx, corpus/re02_cv_stem_sogddt.txt,
corpus/re03_qd_giaithuong_sangtao.pdf, corpus/re04_bc_tuyentruyen_dinhtre.md,
corpus/re05_tb_ketluan_hopluu.txt
"""
import os
import textwrap
import unicodedata

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# re01 — Kế hoạch của UBND huyện Chương Hòa (.docx, Word list numbering, task table)
# markup: ("H", text) bold heading; ("P", text) normal; ("N", text) List Number;
#         ("NR", text) List Number restarting at 1; ("B", text) List Bullet
# ---------------------------------------------------------------------------
RE01_HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "HUYỆN CHƯƠNG HÒA", "", "Số: 74/KH-UBND"]
RE01_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                     "Chương Hòa, ngày 20 tháng 02 năm 2026"]
RE01_TITLE = ["KẾ HOẠCH",
              "Thực hiện chuyển đổi số, ứng dụng khoa học, công nghệ và đổi mới sáng tạo "
              "trên địa bàn huyện Chương Hòa năm 2026"]
RE01_BODY = [
    ("P", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển "
          "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("P", "Căn cứ Kế hoạch số 29/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh Hương Khê Bắc "
          "về thực hiện chuyển đổi số năm 2026,"),
    ("P", "Ủy ban nhân dân huyện Chương Hòa ban hành Kế hoạch thực hiện như sau:"),
    ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("B", "Cụ thể hóa các nhiệm vụ của tỉnh về chuyển đổi số và phát triển khoa học, công nghệ phù "
          "hợp với điều kiện thực tế của huyện; xác định rõ cơ quan chủ trì, cơ quan phối hợp và "
          "thời hạn hoàn thành từng nhiệm vụ."),
    ("B", "Lấy người dân làm trung tâm, lấy sự hài lòng của người dân làm thước đo kết quả."),
    ("H", "II. CHỈ TIÊU CHỦ YẾU NĂM 2026"),
    ("B", "100% xã, thị trấn duy trì Tổ công nghệ số cộng đồng hoạt động thường xuyên, mỗi thôn, "
          "tổ dân phố có ít nhất 05 thành viên."),
    ("B", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình tối "
          "thiểu 65%; 100% văn bản đi phải có chữ ký số, trừ văn bản mật."),
    ("B", "Tối thiểu 80% người dân từ đủ 14 tuổi trở lên có tài khoản định danh điện tử mức 2 "
          "được kích hoạt."),
    ("B", "Mỗi trường trung học cơ sở có ít nhất 01 câu lạc bộ STEM hoặc robotics hoạt động "
          "thường xuyên."),
    ("B", "Triển khai ít nhất 03 mô hình ứng dụng tiến bộ khoa học, công nghệ trong sản xuất nông "
          "nghiệp, tập trung vào cây bưởi đỏ, chè xanh và nuôi ong lấy mật."),
    ("B", "Tổ chức ít nhất 04 lớp tập huấn kỹ năng số cho cán bộ, công chức cấp xã và thành viên "
          "Tổ công nghệ số cộng đồng."),
    ("H", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("NR", "Chuyển đổi số trong hoạt động của cơ quan nhà nước: vận hành hiệu quả hệ thống quản lý "
           "văn bản và điều hành; số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực."),
    ("N", "Phát triển xã hội số: duy trì mô hình “Bình dân học vụ số” tại nhà văn hóa các thôn; "
          "hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, thanh toán không dùng tiền mặt và "
          "dịch vụ công trực tuyến."),
    ("N", "Ứng dụng khoa học, công nghệ trong sản xuất: xây dựng mô hình tưới nhỏ giọt có điều "
          "khiển qua điện thoại cho 15 ha bưởi đỏ tại xã Đạo Nguyên; áp dụng truy xuất nguồn gốc "
          "bằng mã QR cho sản phẩm chè xanh xã Lý Trạch; chuyển giao kỹ thuật nuôi ong theo hướng "
          "hữu cơ tại xã Rừng Hồi."),
    ("N", "Chuyển đổi số và giáo dục STEM trong nhà trường: sử dụng sổ điểm điện tử, học bạ số ở "
          "tất cả các cấp học; thành lập câu lạc bộ STEM, robotics ở các trường THCS; chọn sản "
          "phẩm tiêu biểu tham gia Ngày hội STEM cấp tỉnh."),
    ("N", "Thông tin, tuyên truyền: mở chuyên mục “Chương Hòa số” trên Đài truyền thanh huyện và "
          "Trang thông tin điện tử huyện, phát sóng 02 kỳ/tháng; biểu dương tập thể, cá nhân có "
          "sáng kiến hay."),
    ("H", "IV. KINH PHÍ THỰC HIỆN"),
    ("P", "Tổng kinh phí dự kiến năm 2026 là 2.350 triệu đồng, trong đó: ngân sách huyện 1.600 "
          "triệu đồng; ngân sách xã, thị trấn 450 triệu đồng; nguồn xã hội hóa và các nguồn hợp "
          "pháp khác 300 triệu đồng. Các cơ quan, đơn vị lập dự toán chi tiết gửi Phòng Tài chính "
          "- Kế hoạch thẩm định theo quy định."),
    ("H", "V. TỔ CHỨC THỰC HIỆN"),
    ("NR", "Phòng Văn hóa, Khoa học và Thông tin huyện là cơ quan thường trực, chủ trì theo dõi, "
           "kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND huyện định kỳ hằng quý (trước "
           "ngày 20 của tháng cuối quý) và báo cáo năm trước ngày 10/12/2026."),
    ("N", "Phòng Nội vụ chủ trì đánh giá mức độ chuyển đổi số của các cơ quan, đơn vị và UBND các "
          "xã, thị trấn; đưa kết quả thực hiện Kế hoạch vào tiêu chí bình xét thi đua năm 2026, "
          "hoàn thành trước ngày 15/11/2026."),
    ("N", "Giao Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Huyện đoàn hướng dẫn các trường "
          "THCS thành lập câu lạc bộ STEM, robotics, hoàn thành trước ngày 30/9/2026; chọn tối đa "
          "04 sản phẩm tiêu biểu dự Ngày hội STEM cấp tỉnh."),
    ("N", "Phòng Nông nghiệp và Môi trường chủ trì, phối hợp với Trạm Khuyến nông huyện và UBND "
          "các xã Đạo Nguyên, Lý Trạch, Rừng Hồi triển khai 03 mô hình ứng dụng khoa học, công "
          "nghệ; tổ chức hội nghị đầu bờ đánh giá kết quả trong tháng 11/2026."),
    ("N", "Phòng Tài chính - Kế hoạch tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch; "
          "hướng dẫn các đơn vị thanh quyết toán theo quy định."),
    ("N", "Công an huyện chỉ đạo Công an các xã, thị trấn đẩy mạnh cấp, kích hoạt tài khoản định "
          "danh điện tử mức 2, bảo đảm chỉ tiêu trước ngày 30/6/2026."),
    ("N", "Trung tâm Văn hóa, Thông tin và Thể thao huyện có trách nhiệm xây dựng, phát sóng "
          "chuyên mục “Chương Hòa số”; thời lượng mỗi kỳ 15 phút, phát lại vào 18 giờ ngày thứ Bảy."),
    ("N", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội "
          "huyện tuyên truyền, vận động hội viên, đoàn viên tham gia các lớp “Bình dân học vụ số”; "
          "Huyện đoàn ra quân chiến dịch “Thanh niên tình nguyện hỗ trợ chuyển đổi số” trong "
          "tháng 7/2026."),
    ("N", "UBND các xã, thị trấn xây dựng kế hoạch thực hiện tại địa phương, gửi về Phòng Văn hóa, "
          "Khoa học và Thông tin trước ngày 15/3/2026; kiện toàn Tổ công nghệ số cộng đồng và bố "
          "trí địa điểm mở lớp tại các thôn, tổ dân phố."),
    ("N", "Các cơ quan, đơn vị thuộc UBND huyện căn cứ chức năng, nhiệm vụ chủ động cụ thể hóa Kế "
          "hoạch, báo cáo kết quả về Phòng Văn hóa, Khoa học và Thông tin trước ngày 05/12/2026 để "
          "tổng hợp."),
    ("P", "Đầu mối liên hệ khi có vướng mắc: bà "
          "Đinh Thị Hoài Thu, chuyên viên Phòng Văn hóa, Khoa học và Thông tin huyện, điện thoại "
          "0239.3812.447, thư điện tử thudth.vhkhtt@chuonghoa.gov.vn để phối hợp giải quyết."),
]
RE01_SIGN_LEFT = ["Nơi nhận:", "- UBND tỉnh (để báo cáo);", "- Sở Khoa học và Công nghệ tỉnh;",
                  "- Thường trực Huyện ủy, HĐND huyện;", "- Chủ tịch, các Phó Chủ tịch UBND huyện;",
                  "- Các cơ quan, đơn vị tại mục V;", "- UBND các xã, thị trấn;",
                  "- Lưu: VT, VHKHTT."]
RE01_SIGN_RIGHT = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "",
                   "Phan Đình Quý"]
RE01_ANNEX_TITLE = ["PHỤ LỤC", "DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026",
                    "(Kèm theo Kế hoạch số 74/KH-UBND ngày 20/02/2026 của UBND huyện Chương Hòa)"]
RE01_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Kiện toàn Tổ công nghệ số cộng đồng ở 100% thôn, tổ dân phố", "UBND các xã, thị trấn",
     "Phòng Văn hóa, Khoa học và Thông tin", "Trước ngày 31/3/2026"],
    ["2", "Tập huấn kỹ năng số cho cán bộ, công chức cấp xã (04 lớp)",
     "Phòng Văn hóa, Khoa học và Thông tin", "Phòng Nội vụ; Viễn thông Chương Hòa", "Quý II/2026"],
    ["3", "Kích hoạt tài khoản định danh điện tử mức 2", "Công an huyện", "UBND các xã, thị trấn",
     "Trước ngày 30/6/2026"],
    ["4", "Mô hình tưới nhỏ giọt thông minh cho 15 ha bưởi đỏ", "Phòng Nông nghiệp và Môi trường",
     "Trạm Khuyến nông huyện; UBND xã Đạo Nguyên", "Tháng 10/2026"],
    ["5", "Thành lập câu lạc bộ STEM, robotics tại các trường THCS", "Phòng Giáo dục và Đào tạo",
     "Huyện đoàn", "Trước ngày 30/9/2026"],
    ["6", "Sản xuất chuyên mục “Chương Hòa số” (02 kỳ/tháng)",
     "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Phòng Văn hóa, Khoa học và Thông tin",
     "Hằng tháng"],
    ["7", "Đánh giá mức độ chuyển đổi số của các cơ quan, đơn vị", "Phòng Nội vụ",
     "Phòng Văn hóa, Khoa học và Thông tin", "Trước ngày 15/11/2026"],
    ["8", "Báo cáo tổng kết thực hiện Kế hoạch năm 2026", "Phòng Văn hóa, Khoa học và Thông tin",
     "Các cơ quan, đơn vị liên quan", "Trước ngày 10/12/2026"],
]


def _restart_num_id(doc, style_name="List Number"):
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    st = doc.styles[style_name]
    num_id = st.element.pPr.numPr.numId.val
    abstract_id = numbering.num_having_numId(num_id).abstractNumId.val
    num = numbering.add_num(abstract_id)
    lo = num.add_lvlOverride(ilvl=0)
    lo.add_startOverride(1)
    return num.numId


def _set_num(par, num_id):
    numPr = par._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = tblPr.find(qn("w:tblBorders"))
    if borders is not None:
        tblPr.remove(borders)
    from docx.oxml import OxmlElement
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def _cell_lines(cell, lines, bold_first=0, center=True, italic_idx=()):
    cell.paragraphs[0].text = ""
    first = True
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(nfc(line))
        r.bold = i < bold_first
        r.italic = i in italic_idx
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def build_re01(path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3)
        s.right_margin = Cm(2)
    head = doc.add_table(rows=1, cols=2)
    _no_borders(head)
    _cell_lines(head.cell(0, 0), RE01_HEADER_LEFT, bold_first=2)
    _cell_lines(head.cell(0, 1), RE01_HEADER_RIGHT, bold_first=2, italic_idx=(3,))
    doc.add_paragraph()
    for i, t in enumerate(RE01_TITLE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(nfc(t))
        r.bold = True
    for kind, text in RE01_BODY:
        text = nfc(text)
        if kind == "H":
            p = doc.add_paragraph()
            p.add_run(text).bold = True
        elif kind == "P":
            p = doc.add_paragraph(text)
            p.paragraph_format.first_line_indent = Cm(1)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind in ("N", "NR"):
            p = doc.add_paragraph(text, style="List Number")
            if kind == "NR":
                cur = _restart_num_id(doc)
            _set_num(p, cur)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "B":
            p = doc.add_paragraph(text, style="List Bullet")
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    sign = doc.add_table(rows=1, cols=2)
    _no_borders(sign)
    _cell_lines(sign.cell(0, 0), RE01_SIGN_LEFT, bold_first=1, center=False)
    _cell_lines(sign.cell(0, 1), RE01_SIGN_RIGHT, bold_first=3, italic_idx=(4,))
    doc.add_page_break()
    for i, t in enumerate(RE01_ANNEX_TITLE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(nfc(t))
        r.bold = i < 2
        r.italic = i == 2
    tab = doc.add_table(rows=len(RE01_TABLE), cols=5)
    tab.style = "Table Grid"
    for ri, row in enumerate(RE01_TABLE):
        for ci, val in enumerate(row):
            c = tab.cell(ri, ci)
            c.text = nfc(val)
            if ri == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    doc.core_properties.title = nfc("Kế hoạch 74/KH-UBND huyện Chương Hòa")
    doc.core_properties.author = "UBND huyen Chuong Hoa"
    doc.save(path)


# ---------------------------------------------------------------------------
# re02 — Công văn của Sở GD&ĐT (.txt, two-column header typed with spaces,
#        body hard-wrapped as if copied out of a PDF)
# ---------------------------------------------------------------------------
RE02_HEADER = """\
UBND TỈNH HƯƠNG KHÊ BẮC              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                   Độc lập - Tự do - Hạnh phúc

Số: 1387/SGDĐT-GDTrH            Hương Khê, ngày 06 tháng 4 năm 2026
V/v tổ chức Ngày hội STEM học sinh
trung học tỉnh Hương Khê Bắc năm 2026

                    Kính gửi:
                    - Phòng Giáo dục và Đào tạo các huyện, thị xã,
                      thành phố;
                    - Các trường trung học phổ thông, Trường Phổ thông
                      Dân tộc nội trú tỉnh;
                    - Các trung tâm Giáo dục nghề nghiệp - Giáo dục
                      thường xuyên.
"""
RE02_PARAS = [
    "Thực hiện Kế hoạch số 29/KH-UBND ngày 15/01/2026 của UBND tỉnh về thực hiện chuyển đổi số "
    "năm 2026 và Kế hoạch nhiệm vụ năm học 2025-2026 của ngành, nhằm khơi dậy niềm đam mê nghiên "
    "cứu khoa học, khuyến khích học sinh vận dụng kiến thức liên môn vào giải quyết các vấn đề "
    "thực tiễn, Sở Giáo dục và Đào tạo (GD&ĐT) tổ chức Ngày hội STEM học sinh trung học tỉnh "
    "Hương Khê Bắc năm 2026 (sau đây gọi là Ngày hội) và đề nghị các đơn vị thực hiện một số nội "
    "dung sau:",
    "1. Thời gian, địa điểm",
    "Ngày hội diễn ra trong 02 ngày, từ 7 giờ 30 ngày 16/5/2026 đến 17 giờ ngày 17/5/2026, tại "
    "Nhà thi đấu đa năng Trường THPT Chuyên Hương Khê Bắc (số 15 đường Ngô Thì Nhậm, phường Văn "
    "Uyên, thành phố Hương Khê). Lễ khai mạc bắt đầu lúc 8 giờ 00 ngày 16/5/2026; lễ tổng kết, "
    "trao giải lúc 15 giờ 30 ngày 17/5/2026.",
    "2. Nội dung Ngày hội",
    "a) Trưng bày, giới thiệu sản phẩm STEM do học sinh thực hiện thuộc các lĩnh vực: nông nghiệp "
    "thông minh; môi trường và năng lượng; y tế cộng đồng; đời sống số.",
    "b) Thi đấu robot với chủ đề “Vượt chướng ngại vật” dành cho các đội gồm 03 học sinh.",
    "c) Tọa đàm “Trí tuệ nhân tạo trong học tập: cơ hội và giới hạn” với sự tham gia của chuyên "
    "gia, giáo viên và học sinh.",
    "d) Trải nghiệm thực tế ảo, lắp ráp mạch điện tử và lập trình cơ bản tại 08 gian trải nghiệm.",
    "3. Đối tượng, số lượng sản phẩm",
    "Mỗi Phòng GD&ĐT lựa chọn, đăng ký tối đa 04 sản phẩm của học sinh cấp THCS; mỗi trường THPT, "
    "Trường PT DTNT tỉnh và mỗi trung tâm GDNN-GDTX đăng ký tối đa 02 sản phẩm. Mỗi sản phẩm có "
    "không quá 03 học sinh thực hiện và 01 giáo viên hướng dẫn. Mỗi đơn vị được cử tối đa 01 đội "
    "thi robot.",
    "Sản phẩm dự thi phải do học sinh tự thực hiện, chưa đạt giải tại các cuộc thi từ cấp tỉnh trở "
    "lên; phần sử dụng bộ lắp ráp có sẵn không vượt quá 50% sản phẩm; bảo đảm an toàn điện và "
    "phòng chống cháy nổ.",
    "4. Hồ sơ và thời hạn đăng ký",
    "Hồ sơ gồm: phiếu đăng ký (theo mẫu gửi kèm), bản mô tả sản phẩm không quá 03 trang và video "
    "giới thiệu sản phẩm dài không quá 03 phút. Các đơn vị gửi hồ sơ trước 17 giờ 00 ngày "
    "24/4/2026 qua hộp thư điện tử ngayhoistem@hkb.edu.vn, đồng thời gửi bản giấy về Phòng Giáo "
    "dục Trung học, Sở GD&ĐT (tầng 3, số 08 đường Lê Lợi, thành phố Hương Khê). Sau thời hạn "
    "trên, Sở không tiếp nhận hồ sơ bổ sung.",
    "Kết quả vòng sơ khảo được thông báo trước ngày 08/5/2026 trên Cổng thông tin điện tử của Sở.",
    "5. Cơ cấu giải thưởng",
    "Ban Tổ chức trao cho phần trưng bày sản phẩm 01 giải nhất, 03 giải nhì, 05 giải ba và 10 giải "
    "khuyến khích; phần thi robot trao 01 giải nhất, 02 giải nhì và 03 giải ba. Sản phẩm đạt giải "
    "nhất, giải nhì phần trưng bày được Sở giới thiệu tham gia Giải thưởng Sáng tạo khoa học và "
    "công nghệ tỉnh theo Quyết định số 2418/QĐ-UBND ngày 12/3/2026 của UBND tỉnh.",
    "6. Kinh phí",
    "Sở GD&ĐT hỗ trợ 1.500.000 đồng cho mỗi sản phẩm được chọn vào vòng chung kết để hoàn thiện "
    "sản phẩm; kinh phí tổ chức Ngày hội chi từ nguồn sự nghiệp giáo dục năm 2026 của Sở. Chi phí "
    "đi lại, ăn nghỉ của học sinh, giáo viên do đơn vị cử đoàn chi trả theo quy định hiện hành.",
    "7. Tổ chức thực hiện",
    "a) Phòng GD&ĐT các huyện, thị xã, thành phố chỉ đạo các trường THCS tổ chức ngày hội STEM cấp "
    "trường, cấp huyện để chọn sản phẩm; cử 01 cán bộ làm trưởng đoàn.",
    "b) Các trường THPT, Trường PT DTNT tỉnh, các trung tâm GDNN-GDTX có trách nhiệm chọn sản "
    "phẩm, bố trí giáo viên hướng dẫn và bảo đảm an toàn cho học sinh trong thời gian tham gia "
    "Ngày hội.",
    "c) Trường THPT Chuyên Hương Khê Bắc có trách nhiệm chuẩn bị mặt bằng, điện, mạng Internet, "
    "bố trí 08 gian trải nghiệm và 20 học sinh tình nguyện hỗ trợ Ban Tổ chức; hoàn thành trước "
    "ngày 14/5/2026.",
    "d) Phòng Giáo dục Trung học chủ trì, phối hợp với Văn phòng Sở xây dựng kịch bản, tham mưu "
    "thành lập Ban Giám khảo và tổng hợp kết quả; Văn phòng Sở bảo đảm hậu cần, khen thưởng.",
    "đ) Đề nghị Sở Khoa học và Công nghệ cử 02 chuyên gia tham gia Ban Giám khảo; đề nghị Tỉnh "
    "đoàn Hương Khê Bắc hỗ trợ 30 đoàn viên, thanh niên tình nguyện và tổ chức hoạt động giao lưu "
    "cho học sinh.",
    "Thông tin chi tiết xin liên hệ: ông Kha Minh Đạt, Phó Trưởng phòng Giáo dục Trung học, điện "
    "thoại 0912.604.318, thư điện tử khaminhdat@hkb.edu.vn.",
    "Sở GD&ĐT đề nghị các đơn vị nghiêm túc triển khai thực hiện./.",
]
RE02_FOOTER = """\
Nơi nhận:                                          KT. GIÁM ĐỐC
- Như trên;                                       PHÓ GIÁM ĐỐC
- Giám đốc Sở (để báo cáo);
- Sở KH&CN, Tỉnh đoàn (để phối hợp);
- Cổng TTĐT Sở;
- Lưu: VT, GDTrH.
                                                     (Đã ký)

                                                 Tạ Thị Ngọc Ánh
"""


def build_re02(path):
    out = [RE02_HEADER.rstrip("\n"), ""]
    for i, para in enumerate(RE02_PARAS):
        out.append(textwrap.fill(para, width=72, break_long_words=False, break_on_hyphens=False))
        if para.startswith("4. Hồ sơ"):
            pass
        if para.startswith("Kết quả vòng sơ khảo"):
            out.append("")
            out.append("                                   2")  # page number left by the PDF copy
            out.append("")
    out.append("")
    out.append(RE02_FOOTER.rstrip("\n"))
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc("\n".join(out)) + "\n")


# ---------------------------------------------------------------------------
# re03 — Quyết định của Chủ tịch UBND tỉnh + Quy chế (.pdf, fpdf2)
# markup: ("C", text) centered bold; ("c", text) centered italic; ("A", text) article
#         heading bold; ("P", text) paragraph; ("S", None) signature block;
#         ("BR", None) page break; ("HDR", None) two-column header
# ---------------------------------------------------------------------------
RE03 = [
    ("HDR", None),
    ("C", "QUYẾT ĐỊNH"),
    ("C", "Ban hành Quy chế xét tặng Giải thưởng Sáng tạo khoa học và công nghệ tỉnh Hương Khê Bắc"),
    ("C", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HƯƠNG KHÊ BẮC"),
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"),
    ("p", "Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo ngày 27 tháng 6 năm 2025;"),
    ("p", "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"),
    ("p", "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 112/TTr-SKHCN ngày "
          "02 tháng 3 năm 2026."),
    ("C", "QUYẾT ĐỊNH:"),
    ("P", "Điều 1. Ban hành kèm theo Quyết định này Quy chế xét tặng Giải thưởng Sáng tạo khoa học "
          "và công nghệ tỉnh Hương Khê Bắc."),
    ("P", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1905/QĐ-UBND "
          "ngày 08 tháng 9 năm 2021 của UBND tỉnh ban hành Quy chế xét tặng Giải thưởng khoa học và "
          "công nghệ tỉnh."),
    ("P", "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Khoa học và Công nghệ, Tài chính, "
          "Giáo dục và Đào tạo, Nội vụ; Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh; Chủ "
          "tịch UBND các huyện, thị xã, thành phố và các tổ chức, cá nhân có liên quan chịu trách "
          "nhiệm thi hành Quyết định này./."),
    ("S", None),
    ("BR", None),
    ("C", "QUY CHẾ"),
    ("C", "Xét tặng Giải thưởng Sáng tạo khoa học và công nghệ tỉnh Hương Khê Bắc"),
    ("c", "(Ban hành kèm theo Quyết định số 2418/QĐ-UBND ngày 12/3/2026 của Chủ tịch UBND tỉnh)"),
    ("C", "Chương I. QUY ĐỊNH CHUNG"),
    ("A", "Điều 1. Phạm vi điều chỉnh"),
    ("P", "Quy chế này quy định đối tượng, lĩnh vực, tiêu chuẩn, cơ cấu giải thưởng, hồ sơ, trình "
          "tự xét tặng Giải thưởng Sáng tạo khoa học và công nghệ tỉnh Hương Khê Bắc (sau đây gọi "
          "là Giải thưởng)."),
    ("A", "Điều 2. Đối tượng"),
    ("P", "1. Tổ chức, cá nhân trong và ngoài tỉnh có công trình khoa học và công nghệ, giải pháp "
          "kỹ thuật, sáng kiến được áp dụng trên địa bàn tỉnh Hương Khê Bắc tối thiểu 12 tháng "
          "tính tới thời điểm nộp hồ sơ."),
    ("P", "2. Học sinh phổ thông có sản phẩm đạt giải nhất, giải nhì tại Ngày hội STEM hoặc Cuộc "
          "thi khoa học kỹ thuật cấp tỉnh được xét ở nhóm riêng “Sáng tạo trẻ”, không áp dụng điều "
          "kiện về thời gian áp dụng tại khoản 1 Điều này."),
    ("P", "3. Không xét tặng đối với công trình đang có tranh chấp về quyền tác giả hoặc đã nhận "
          "giải thưởng cấp tỉnh, cấp quốc gia khác."),
    ("A", "Điều 3. Nguyên tắc xét tặng"),
    ("P", "Việc xét tặng bảo đảm công khai, khách quan, đúng tiêu chuẩn; mỗi công trình chỉ được "
          "xét một lần; không nhất thiết trao đủ số lượng giải ở mỗi mức."),
    ("C", "Chương II. LĨNH VỰC, TIÊU CHUẨN VÀ CƠ CẤU GIẢI THƯỞNG"),
    ("A", "Điều 4. Lĩnh vực xét tặng"),
    ("P", "Giải thưởng được xét ở 05 lĩnh vực: a) Nông nghiệp, lâm nghiệp, thủy sản và môi "
          "trường; b) Công nghiệp, xây dựng, giao thông và năng lượng; c) Y tế và chăm sóc sức khỏe "
          "cộng đồng; d) Giáo dục, chuyển đổi số và công nghệ thông tin; đ) Khoa học xã hội và "
          "nhân văn."),
    ("A", "Điều 5. Tiêu chuẩn và thang điểm"),
    ("P", "1. Công trình được đánh giá theo thang điểm 100, gồm: tính mới, tính sáng tạo tối đa 30 "
          "điểm; hiệu quả kinh tế - xã hội tối đa 40 điểm; khả năng nhân rộng tối đa 30 điểm."),
    ("P", "2. Công trình đạt từ 70 điểm trở lên được xem xét trao giải; công trình đạt dưới 70 điểm "
          "không được đề xuất khen thưởng."),
    ("A", "Điều 6. Cơ cấu và mức thưởng"),
    ("P", "1. Mỗi kỳ xét tặng có tối đa: 01 giải nhất, mức thưởng 60.000.000 đồng; 02 giải nhì, "
          "mức thưởng 40.000.000 đồng/giải; 04 giải ba, mức thưởng 25.000.000 đồng/giải; 06 giải "
          "khuyến khích, mức thưởng 10.000.000 đồng/giải."),
    ("P", "2. Nhóm “Sáng tạo trẻ” có tối đa 05 giải, mỗi giải 5.000.000 đồng kèm Giấy chứng nhận "
          "của Sở Khoa học và Công nghệ."),
    ("P", "3. Tác giả công trình đạt giải nhất, giải nhì được Chủ tịch UBND tỉnh tặng Bằng khen; "
          "công trình đạt giải ba, giải khuyến khích được Giám đốc Sở Khoa học và Công nghệ tặng "
          "Giấy khen."),
    ("A", "Điều 7. Chu kỳ xét tặng"),
    ("P", "Giải thưởng được tổ chức 02 năm một lần vào các năm chẵn. Lễ trao giải được tổ chức "
          "trong tháng 12 của năm xét tặng."),
    ("C", "Chương III. HỒ SƠ, TRÌNH TỰ XÉT TẶNG"),
    ("A", "Điều 8. Hồ sơ đăng ký"),
    ("P", "1. Hồ sơ gồm: đơn đăng ký theo Mẫu số 01; bản thuyết minh công trình theo Mẫu số 02; "
          "văn bản xác nhận hiệu quả áp dụng của cơ quan, đơn vị sử dụng; tài liệu chứng minh "
          "khác (nếu có)."),
    ("P", "2. Hồ sơ nộp 02 bộ (01 bản giấy và 01 bản điện tử) trực tiếp hoặc qua dịch vụ bưu "
          "chính tại Bộ phận một cửa Sở Khoa học và Công nghệ, số 27 đường Lý Tự Trọng, thành phố "
          "Hương Khê, trước ngày 31 tháng 7 của năm xét tặng."),
    ("A", "Điều 9. Hội đồng xét tặng"),
    ("P", "1. Việc xét tặng qua 02 vòng: vòng 1 do các Hội đồng chuyên ngành đánh giá; vòng 2 do "
          "Hội đồng cấp tỉnh xét chọn."),
    ("P", "2. Hội đồng cấp tỉnh có từ 09 đến 11 thành viên do Chủ tịch UBND tỉnh quyết định thành "
          "lập; Chủ tịch Hội đồng là Giám đốc Sở Khoa học và Công nghệ; Phó Chủ tịch Hội đồng là "
          "Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh."),
    ("P", "3. Cuộc họp của Hội đồng hợp lệ khi có ít nhất 2/3 số thành viên tham dự; kết quả được "
          "quyết định bằng bỏ phiếu kín."),
    ("A", "Điều 10. Trình tự xét tặng"),
    ("P", "Trước ngày 30 tháng 4 của năm xét tặng, Sở Khoa học và Công nghệ thông báo rộng rãi về "
          "việc xét tặng; từ tháng 8 đến tháng 10, các Hội đồng tổ chức đánh giá; trước ngày 15 "
          "tháng 11, Sở trình Chủ tịch UBND tỉnh quyết định tặng Giải thưởng."),
    ("C", "Chương IV. TỔ CHỨC THỰC HIỆN"),
    ("A", "Điều 11. Trách nhiệm của các cơ quan, đơn vị"),
    ("P", "1. Sở Khoa học và Công nghệ là cơ quan thường trực Giải thưởng, chủ trì tổ chức xét "
          "tặng, tiếp nhận hồ sơ, tổ chức Lễ trao giải và tổng kết sau mỗi kỳ."),
    ("P", "2. Sở Tài chính chủ trì tham mưu UBND tỉnh bố trí kinh phí tổ chức Giải thưởng trong dự "
          "toán chi sự nghiệp khoa học và công nghệ hằng năm."),
    ("P", "3. Sở Giáo dục và Đào tạo, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, Tỉnh đoàn Hương "
          "Khê Bắc phối hợp phát hiện, giới thiệu công trình, sản phẩm tham gia Giải thưởng."),
    ("P", "4. Báo và Phát thanh, Truyền hình Hương Khê Bắc mở chuyên trang, chuyên mục tuyên truyền "
          "về Giải thưởng và các công trình đạt giải."),
    ("P", "5. UBND các huyện, thị xã, thành phố chỉ đạo các cơ quan chuyên môn phát hiện, giới "
          "thiệu công trình tiêu biểu trên địa bàn; gửi danh sách giới thiệu về Sở Khoa học và Công "
          "nghệ trước ngày 15 tháng 7 của năm xét tặng."),
    ("A", "Điều 12. Kinh phí"),
    ("P", "Kinh phí tổ chức Giải thưởng được bảo đảm từ nguồn chi sự nghiệp khoa học và công nghệ "
          "của tỉnh; tổng kinh phí mỗi kỳ không quá 450 triệu đồng, bao gồm tiền thưởng, chi hoạt "
          "động của Hội đồng và chi tổ chức Lễ trao giải."),
    ("A", "Điều 13. Sửa đổi, bổ sung"),
    ("P", "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, tổ chức, cá nhân phản ánh về "
          "Sở Khoa học và Công nghệ (Phòng Quản lý khoa học, điện thoại 0239.3856.120) để tổng hợp, "
          "trình UBND tỉnh xem xét, sửa đổi, bổ sung./."),
]
RE03_HDR_L = ["ỦY BAN NHÂN DÂN", "TỈNH HƯƠNG KHÊ BẮC", "", "Số: 2418/QĐ-UBND"]
RE03_HDR_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
              "Hương Khê, ngày 12 tháng 3 năm 2026"]
RE03_SIGN_L = ["Nơi nhận:", "- Như Điều 3;", "- Bộ Khoa học và Công nghệ (để b/c);",
               "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
               "- Báo và PT, TH Hương Khê Bắc;", "- Lưu: VT, KGVX."]
RE03_SIGN_R = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "", "", "(Đã ký)", "", "Ninh Quốc Bảo"]


class _PDF(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("DJ", "", 9)
        self.cell(0, 6, str(self.page_no()), align="C")


def build_re03(path):
    pdf = _PDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DJ", "", FONT)
    pdf.add_font("DJ", "B", FONT_B)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, text in RE03:
        text = nfc(text) if text else text
        if kind == "HDR":
            y0 = pdf.get_y()
            for i, (l, r) in enumerate(zip(RE03_HDR_L, RE03_HDR_R)):
                pdf.set_font("DJ", "B" if i < 2 else "", 10.5)
                pdf.set_x(pdf.l_margin)
                pdf.cell(W * 0.42, 6, nfc(l), align="C")
                pdf.cell(W * 0.58, 6, nfc(r), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
        elif kind == "C":
            pdf.set_font("DJ", "B", 11.5)
            pdf.multi_cell(W, 6.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "c":
            pdf.set_font("DJ", "", 10.5)
            pdf.multi_cell(W, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "A":
            pdf.set_font("DJ", "B", 11)
            pdf.multi_cell(W, 6.2, text, align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind in ("P", "p"):
            pdf.set_font("DJ", "", 11)
            pdf.multi_cell(W, 6.2, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "S":
            pdf.ln(4)
            n = max(len(RE03_SIGN_L), len(RE03_SIGN_R))
            for i in range(n):
                l = RE03_SIGN_L[i] if i < len(RE03_SIGN_L) else ""
                r = RE03_SIGN_R[i] if i < len(RE03_SIGN_R) else ""
                pdf.set_font("DJ", "B" if i == 0 else "", 9.5)
                pdf.cell(W * 0.5, 5.5, nfc(l), align="L")
                pdf.set_font("DJ", "B" if (i < 2 or i == 9) else "", 10.5)
                pdf.cell(W * 0.5, 5.5, nfc(r), align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "BR":
            pdf.add_page()
    pdf.set_title("Quyet dinh 2418/QD-UBND")
    pdf.set_author("UBND tinh Huong Khe Bac")
    pdf.output(path)


# ---------------------------------------------------------------------------
# re04 — Báo cáo của Ban Tuyên giáo Huyện ủy Dinh Tre (.md with a Markdown table)
# ---------------------------------------------------------------------------
RE04 = """\
HUYỆN ỦY DINH TRE                                ĐẢNG CỘNG SẢN VIỆT NAM
BAN TUYÊN GIÁO
*
Số 41-BC/BTGHU                          Dinh Tre, ngày 25 tháng 6 năm 2026

# BÁO CÁO

## Kết quả công tác tuyên truyền về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2026

Thực hiện Hướng dẫn số 15-HD/BTGTU ngày 10/01/2026 của Ban Tuyên giáo Tỉnh ủy Hương Khê Bắc về công tác tuyên truyền khoa học, công nghệ và chuyển đổi số năm 2026 và Kế hoạch số 38-KH/HU ngày 22/01/2026 của Ban Thường vụ Huyện ủy Dinh Tre, Ban Tuyên giáo Huyện ủy báo cáo kết quả 6 tháng đầu năm 2026 như sau:

## I. KẾT QUẢ ĐẠT ĐƯỢC

### 1. Công tác quán triệt, học tập

Ban Tuyên giáo Huyện ủy tham mưu Ban Thường vụ Huyện ủy tổ chức 01 hội nghị quán triệt cấp huyện vào ngày 27/01/2026 tại hội trường Trung tâm Chính trị huyện với 312 đại biểu dự. Các đảng bộ, chi bộ trực thuộc tổ chức 13 hội nghị với 924 lượt cán bộ, đảng viên tham dự. Tính chung toàn huyện có 14 hội nghị với 1.236 lượt người tham dự; tỷ lệ đảng viên tham gia học tập đạt 96,4%.

### 2. Công tác tuyên truyền ở cơ sở

Các đảng ủy xã, thị trấn chỉ đạo lồng ghép nội dung chuyển đổi số vào họp thôn, sinh hoạt chi bộ và các buổi sinh hoạt của đoàn thể. Kết quả cụ thể tại từng đơn vị như sau:

| Đơn vị | Buổi tuyên truyền | Lượt người dự | Tin, bài trên trang TTĐT | Tổ CNS cộng đồng | Thành viên Tổ CNS |
|---|---:|---:|---:|---:|---:|
| Thị trấn Dinh Tre | 18 | 1.450 | 42 | 9 | 61 |
| Xã Nghi Trạch | 12 | 860 | 17 | 7 | 38 |
| Xã Tú Mỹ | 10 | 705 | 14 | 6 | 33 |
| Xã Hạc Lĩnh | 6 | 390 | 5 | 0 | 0 |
| Xã Thuần Phong | 11 | 812 | 20 | 8 | 44 |
| Xã Phụng Sơn | 9 | 640 | 11 | 5 | 27 |
| **Tổng cộng** | **66** | **4.857** | **109** | **35** | **203** |

Thị trấn Dinh Tre dẫn đầu về số buổi tuyên truyền và số người tham dự; xã Hạc Lĩnh là đơn vị duy nhất chưa thành lập Tổ công nghệ số cộng đồng.

### 3. Tuyên truyền trên các phương tiện thông tin đại chúng

Trung tâm Văn hóa, Thông tin và Thể thao huyện phát sóng 24 kỳ chuyên mục “Dinh Tre vươn mình cùng công nghệ” trên Đài truyền thanh huyện; Trang thông tin điện tử huyện đăng tải 156 tin, bài; trang mạng xã hội “Dinh Tre ngày mới” có 48.200 lượt tiếp cận. Hệ thống loa truyền thanh thông minh (truyền thanh ứng dụng công nghệ thông tin - viễn thông) được lắp đặt tại 31/44 thôn, tổ dân phố.

### 4. Cuộc thi và phong trào thi đua

Cuộc thi trực tuyến “Tìm hiểu về chuyển đổi số” diễn ra từ ngày 01/4/2026 đến ngày 30/4/2026 thu hút 3.418 lượt dự thi. Ban Tổ chức trao 01 giải nhất cho chị Nông Thị Huyền Trang, giáo viên Trường Tiểu học Tú Mỹ; 02 giải nhì, 03 giải ba và 05 giải khuyến khích cho cá nhân; giải tập thể được trao cho Đảng bộ xã Thuần Phong, đơn vị có nhiều lượt dự thi nhất (912 lượt).

Huyện đoàn phát động phong trào “Mỗi đoàn viên là một đại sứ số”; đến nay các cơ sở đoàn hỗ trợ 1.120 hộ gia đình cài đặt ứng dụng VNeID và dịch vụ thanh toán điện tử.

### 5. Hạn chế, nguyên nhân

- Xã Hạc Lĩnh chưa thành lập Tổ công nghệ số cộng đồng; số buổi tuyên truyền thấp nhất huyện (06 buổi).
- Còn 13/44 thôn, tổ dân phố chưa có loa truyền thanh thông minh, chủ yếu ở vùng đồi xã Hạc Lĩnh và xã Phụng Sơn.
- Nội dung tuyên truyền ở một số nơi chưa phong phú; đội ngũ báo cáo viên cơ sở còn thiếu kỹ năng sử dụng công nghệ số.
- Nguyên nhân chủ yếu: kinh phí dành cho công tác tuyên truyền còn hạn hẹp; một số cấp ủy chưa quan tâm đúng mức.

## II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026

1. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Phòng Văn hóa, Khoa học và Thông tin huyện tổ chức Hội thi “Tuyên truyền viên giỏi về chuyển đổi số” trong tháng 9/2026.
2. Đề nghị Đảng ủy xã Hạc Lĩnh chỉ đạo thành lập Tổ công nghệ số cộng đồng ở 100% thôn trước ngày 31/7/2026.
3. Trung tâm Văn hóa, Thông tin và Thể thao huyện có trách nhiệm lắp đặt loa truyền thanh thông minh cho 13 thôn, tổ dân phố còn lại, hoàn thành trong quý IV/2026.
4. Huyện đoàn tiếp tục chủ trì phong trào “Mỗi đoàn viên là một đại sứ số”, phấn đấu mỗi cơ sở đoàn hỗ trợ ít nhất 50 hộ gia đình cài đặt, sử dụng ứng dụng số.
5. Các chi bộ, đảng bộ trực thuộc Huyện ủy có trách nhiệm lồng ghép nội dung khoa học, công nghệ và chuyển đổi số vào sinh hoạt chi bộ ít nhất 01 lần/quý; báo cáo kết quả về Ban Tuyên giáo Huyện ủy trước ngày 05/12/2026.

## III. ĐỀ XUẤT, KIẾN NGHỊ

1. Đề nghị Ban Tuyên giáo Tỉnh ủy mở lớp bồi dưỡng kỹ năng số cho báo cáo viên cấp huyện trong quý III/2026.
2. Đề nghị UBND huyện bố trí 120 triệu đồng để lắp đặt loa truyền thanh thông minh cho 13 thôn, tổ dân phố chưa có.

Đầu mối theo dõi: đồng chí Sầm Văn Khoa, chuyên viên Ban Tuyên giáo Huyện ủy, điện thoại 0868.330.915.

**Nơi nhận:**
- Ban Tuyên giáo Tỉnh ủy (báo cáo),
- Thường trực Huyện ủy (báo cáo),
- Các đồng chí Ủy viên BTV Huyện ủy,
- Lưu Ban Tuyên giáo.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN

(Đã ký)

Quàng Thị Hiền
"""


def build_re04(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(RE04))


# ---------------------------------------------------------------------------
# re05 — Thông báo kết luận của Chủ tịch UBND xã Hợp Lưu (.txt, one paragraph
#        per line, with a Markdown schedule table)
# ---------------------------------------------------------------------------
RE05 = """\
ỦY BAN NHÂN DÂN HUYỆN CHƯƠNG HÒA
ỦY BAN NHÂN DÂN XÃ HỢP LƯU
Số: 52/TB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hợp Lưu, ngày 10 tháng 3 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch UBND xã tại cuộc họp triển khai nhiệm vụ chuyển đổi số và phong trào “Bình dân học vụ số” năm 2026

Ngày 06/3/2026, tại Hội trường UBND xã, đồng chí Đào Văn Hưởng, Chủ tịch UBND xã chủ trì cuộc họp triển khai Kế hoạch số 74/KH-UBND ngày 20/02/2026 của UBND huyện Chương Hòa về thực hiện chuyển đổi số, ứng dụng khoa học, công nghệ và đổi mới sáng tạo năm 2026. Tham dự cuộc họp có các đồng chí Phó Chủ tịch UBND xã; Chủ tịch Ủy ban MTTQ Việt Nam xã; các công chức chuyên môn; Trưởng Công an xã; Hiệu trưởng Trường THCS Hợp Lưu và Trường Tiểu học Hợp Lưu; Trạm trưởng Trạm Y tế xã; Bí thư Đoàn Thanh niên xã; trưởng 04 thôn và tổ trưởng Tổ công nghệ số cộng đồng các thôn.

Sau khi nghe công chức Văn hóa - Xã hội báo cáo tình hình thực hiện chuyển đổi số năm 2025 và ý kiến thảo luận của các đại biểu, Chủ tịch UBND xã kết luận như sau:

I. ĐÁNH GIÁ CHUNG

Năm 2025, tỷ lệ hồ sơ thủ tục hành chính của xã được giải quyết trực tuyến đạt 58%, thấp hơn mức bình quân chung của huyện. Toàn xã có 2.914/3.760 người từ đủ 14 tuổi trở lên kích hoạt tài khoản định danh điện tử mức 2, đạt 77,5%. 04 Tổ công nghệ số cộng đồng thôn với 27 thành viên hoạt động chưa đều; thôn Cồn Trứng chưa có thành viên nào sử dụng thành thạo chữ ký số.

II. NHIỆM VỤ TRỌNG TÂM NĂM 2026

1. Chỉ tiêu phấn đấu đến hết năm 2026: 70% hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình; 85% người từ đủ 14 tuổi trở lên có tài khoản định danh điện tử mức 2; 100% hộ kinh doanh tại chợ Hợp Lưu có mã QR thanh toán.

2. Phân công nhiệm vụ:

a) Công chức Văn hóa - Xã hội là đầu mối tham mưu, theo dõi, tổng hợp kết quả, báo cáo UBND huyện (qua Phòng Văn hóa, Khoa học và Thông tin) định kỳ hằng quý, trước ngày 15 của tháng cuối quý.

b) Công an xã chủ trì, phối hợp với Tổ công nghệ số cộng đồng các thôn rà soát, hỗ trợ người dân kích hoạt tài khoản định danh điện tử mức 2, hoàn thành trước ngày 30/5/2026.

c) Công chức Văn phòng - Thống kê bảo đảm 100% văn bản đi của UBND xã được ký số; cập nhật kết quả giải quyết thủ tục hành chính lên Cổng dịch vụ công của tỉnh trong ngày.

d) Trường THCS Hợp Lưu thành lập Câu lạc bộ STEM với ít nhất 25 học sinh trước ngày 15/9/2026; phối hợp với Đoàn Thanh niên xã mở lớp tin học miễn phí cho người cao tuổi trong dịp hè (tháng 6 và tháng 7/2026).

đ) Trạm Y tế xã hướng dẫn người dân sử dụng Sổ sức khỏe điện tử trên ứng dụng VNeID, phấn đấu 60% người dân có Sổ sức khỏe điện tử vào cuối năm 2026.

e) Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã vận động hội viên, đoàn viên tham gia lớp “Bình dân học vụ số”; Hội Nông dân xã hướng dẫn hội viên đưa nông sản lên sàn thương mại điện tử, tối thiểu 10 sản phẩm trong năm 2026.

g) Đoàn Thanh niên xã duy trì hoạt động “Ngày chủ nhật số” vào sáng chủ nhật tuần thứ hai hằng tháng tại nhà văn hóa các thôn.

h) Trưởng các thôn phối hợp với Tổ công nghệ số cộng đồng bố trí địa điểm, loa, máy chiếu phục vụ lớp học; vận động mỗi hộ gia đình có ít nhất 01 người tham gia.

3. Kiện toàn Tổ công nghệ số cộng đồng: bổ sung thành viên, nâng tổng số lên 36 thành viên (mỗi thôn 09 người). Giao công chức Văn hóa - Xã hội tham mưu quyết định kiện toàn trước ngày 20/3/2026.

III. LỊCH MỞ LỚP “BÌNH DÂN HỌC VỤ SỐ” ĐỢT 1

| Thôn | Thời gian | Địa điểm | Người phụ trách | Điện thoại |
|---|---|---|---|---|
| Giếng Đá | 19 giờ 30, thứ Ba 24/3/2026 | Nhà văn hóa thôn Giếng Đá | Lò Văn Toản | 0915.447.201 |
| Rẫy Mới | 19 giờ 30, thứ Năm 26/3/2026 | Nhà văn hóa thôn Rẫy Mới | Hà Thị Mỵ | 0984.116.530 |
| Cồn Trứng | 14 giờ 00, chủ nhật 29/3/2026 | Điểm trường Cồn Trứng, Trường Tiểu học Hợp Lưu | Tòng Văn Lự | 0978.225.016 |
| Xuân Hợp | 19 giờ 30, thứ Ba 31/3/2026 | Nhà văn hóa thôn Xuân Hợp | Vi Thị Nhàn | 0966.802.347 |

Mỗi lớp học kéo dài 90 phút, nội dung gồm: cài đặt và sử dụng VNeID; nộp hồ sơ trên Cổng dịch vụ công; nhận diện tin nhắn, cuộc gọi lừa đảo trên không gian mạng. Người dân mang theo điện thoại thông minh và căn cước khi đến lớp.

IV. KINH PHÍ

Giao công chức Tài chính - Kế toán tham mưu bố trí 45 triệu đồng từ ngân sách xã năm 2026 để mua 04 máy chiếu phục vụ lớp học tại các thôn và hỗ trợ thành viên Tổ công nghệ số cộng đồng với mức 50.000 đồng/người/buổi hướng dẫn.

Mọi vướng mắc trong quá trình thực hiện liên hệ ông Tòng Văn Lự, công chức Văn hóa - Xã hội, điện thoại 0978.225.016.

UBND xã thông báo để các cơ quan, đơn vị, thôn biết và thực hiện./.

Nơi nhận:
- Phòng VH, KH&TT huyện (để báo cáo);
- TT Đảng ủy, HĐND xã;
- CT, các PCT UBND xã;
- UBMTTQ và các đoàn thể xã;
- Các thôn (thực hiện);
- Lưu: VT.

TL. CHỦ TỊCH
CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ

(Đã ký)

Vương Thị Lan
"""


def build_re05(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(RE05))


FILES = {
    "re01_kh_cds_chuonghoa.docx": build_re01,
    "re02_cv_stem_sogddt.txt": build_re02,
    "re03_qd_giaithuong_sangtao.pdf": build_re03,
    "re04_bc_tuyentruyen_dinhtre.md": build_re04,
    "re05_tb_ketluan_hopluu.txt": build_re05,
}

if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    for name, fn in FILES.items():
        fn(os.path.join(CORPUS, name))
        print("wrote", name)
