# -*- coding: utf-8 -*-
"""Build the blind60 (rk) evaluation set: 5 corpus files + questions.jsonl + who_what.jsonl.

All text below is invented for testing. Run with /work/main/.venv/bin/python build_rk.py
"""
import json
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

F1 = "rk01_chithi21_tu.txt"
F2 = "rk02_hd07_btgdv.docx"
F3 = "rk03_kh38_huyendoan.pdf"
F4 = "rk04_bc52_thienky.md"
F5 = "rk05_qd415_ldld.txt"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# rk01: Chỉ thị của Ban Thường vụ Tỉnh ủy (.txt, hard-wrapped as if copied from a PDF)
# ---------------------------------------------------------------------------
RK01_HEADER = """TỈNH ỦY ĐỊNH HÓA TÂY                          ĐẢNG CỘNG SẢN VIỆT NAM
         *
    Số 21-CT/TU                  Định Hóa Tây, ngày 12 tháng 3 năm 2026

                              CHỈ THỊ
                   CỦA BAN THƯỜNG VỤ TỈNH ỦY
  về tăng cường sự lãnh đạo của Đảng đối với công tác tuyên truyền,
   vận động Nhân dân tham gia chuyển đổi số giai đoạn 2026 - 2030
"""

RK01_BODY = [
    "Thời gian qua, các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội trong tỉnh đã quan tâm lãnh đạo, chỉ đạo công tác tuyên truyền về chuyển đổi số và đạt được một số kết quả bước đầu. Đến hết năm 2025, toàn tỉnh đã thành lập 1.126 tổ công nghệ số cộng đồng với 7.840 thành viên; tỷ lệ người dân từ 15 tuổi trở lên có tài khoản định danh điện tử mức 2 đạt 68,4%; 100% xã, phường, thị trấn có nhóm Zalo của cấp ủy để cung cấp thông tin cho cán bộ, đảng viên.",
    "Tuy nhiên, công tác tuyên truyền ở một số nơi còn hình thức, chưa đến được với người cao tuổi, đồng bào dân tộc thiểu số và người lao động tự do. Tỷ lệ người dân sử dụng dịch vụ công trực tuyến ở ba huyện vùng cao Kiên Thới, Bảo Định và Hồ Khánh mới đạt dưới 40%. Tình trạng lừa đảo qua mạng, tin giả, thông tin xấu độc xuyên tạc chủ trương của Đảng diễn biến phức tạp; vai trò của một bộ phận đảng viên, hội viên, đoàn viên trên không gian mạng còn mờ nhạt.",
    "Để khắc phục những hạn chế nêu trên, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội các cấp tập trung thực hiện tốt các nhiệm vụ sau:",
    "1. Nâng cao nhận thức, trách nhiệm của cấp ủy và người đứng đầu",
    "Người đứng đầu cấp ủy, chính quyền các cấp trực tiếp chỉ đạo và chịu trách nhiệm về kết quả tuyên truyền chuyển đổi số tại địa phương, đơn vị. Xác định đây là một tiêu chí đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên hằng năm. Mỗi đảng viên phải là một “tuyên truyền viên số”, gương mẫu sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và hướng dẫn ít nhất 03 hộ gia đình nơi cư trú cùng thực hiện.",
    "2. Mục tiêu đến năm 2030",
    "- Đến năm 2028, 100% chi bộ thôn, tổ dân phố có nhóm thông tin trên mạng xã hội do cấp ủy quản lý; mỗi thôn, tổ dân phố có ít nhất 01 tổ công nghệ số cộng đồng hoặc tổ dân vận số hoạt động thường xuyên.",
    "- Đến năm 2030, tỷ lệ người dân từ 15 tuổi trở lên có tài khoản định danh điện tử mức 2 đạt trên 90%; trên 80% hồ sơ thủ tục hành chính được thực hiện trực tuyến toàn trình.",
    "- Hằng năm, 100% đoàn viên, hội viên của các tổ chức chính trị - xã hội được phổ biến kỹ năng nhận diện tin giả, phòng chống lừa đảo trên không gian mạng.",
    "3. Đổi mới nội dung, hình thức tuyên truyền",
    "Chú trọng tuyên truyền trực quan, ngắn gọn, dễ hiểu, bằng tiếng dân tộc tại các địa bàn vùng cao; phát huy hệ thống loa truyền thanh thông minh, Trang thông tin điện tử của cấp ủy và các nhóm Zalo thôn, bản. Nhân rộng các mô hình “Cà phê số”, “Chợ số”, “Bình dân học vụ số”; gắn tuyên truyền với việc hỗ trợ trực tiếp người dân tại nhà văn hóa thôn và bộ phận một cửa cấp xã.",
    "4. Tổ chức thực hiện",
    "4.1. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu Ban Thường vụ Tỉnh ủy ban hành kế hoạch triển khai Chỉ thị, hoàn thành trước ngày 30/4/2026; hướng dẫn, theo dõi, đôn đốc việc thực hiện và định kỳ 6 tháng tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy.",
    "4.2. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh bố trí kinh phí tối thiểu 4,5 tỷ đồng mỗi năm từ ngân sách tỉnh để hỗ trợ hoạt động của các tổ công nghệ số cộng đồng, tổ dân vận số trong giai đoạn 2026 - 2030; ưu tiên đầu tư hạ tầng viễn thông cho các thôn chưa có sóng di động ổn định.",
    "4.3. Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh lãnh đạo Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội đưa nội dung tuyên truyền chuyển đổi số vào chương trình hành động hằng năm; tăng cường giám sát việc thực hiện Chỉ thị tại cơ sở.",
    "4.4. Ban Thường vụ Tỉnh đoàn chỉ đạo thành lập đội hình “Thanh niên tình nguyện số” ở 100% xã, phường, thị trấn trong năm 2026; lấy chiến dịch tình nguyện hè làm đợt cao điểm hỗ trợ người dân kích hoạt tài khoản định danh điện tử.",
    "4.5. Hội Nông dân tỉnh hướng dẫn hội viên ứng dụng công nghệ số trong sản xuất, đưa sản phẩm OCOP và nông sản chủ lực lên sàn thương mại điện tử; đến năm 2027 có ít nhất 2.000 hộ hội viên có gian hàng trực tuyến.",
    "4.6. Hội Cựu chiến binh tỉnh phát huy vai trò của cựu chiến binh trong đấu tranh phản bác quan điểm sai trái, thù địch trên không gian mạng; xây dựng mỗi huyện ít nhất 01 nhóm “Cựu chiến binh gương mẫu trên không gian mạng”.",
    "4.7. Liên đoàn Lao động tỉnh tổ chức tuyên truyền, bồi dưỡng kỹ năng số cho đoàn viên công đoàn, công nhân lao động tại các khu, cụm công nghiệp; xây dựng mạng lưới cộng tác viên tuyên truyền số trong tổ chức công đoàn, hoàn thành trong quý II/2026.",
    "4.8. Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt Chỉ thị đến 100% chi bộ trước ngày 30/5/2026; xây dựng kế hoạch thực hiện phù hợp với đặc điểm địa phương, đơn vị.",
    "4.9. Báo Định Hóa Tây, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục “Dân vận số”, phát sóng định kỳ hằng tuần vào tối thứ Sáu; kịp thời biểu dương các tập thể, cá nhân làm tốt công tác tuyên truyền chuyển đổi số ở cơ sở.",
    "Chỉ thị này được phổ biến đến chi bộ và đăng tải trên Trang thông tin điện tử Tỉnh ủy.",
]

RK01_FOOTER = """
                                              T/M BAN THƯỜNG VỤ
                                                   BÍ THƯ
                                                  (đã ký)
                                              Đinh Công Khải

Nơi nhận:
- Ban Bí thư Trung ương Đảng (b/c),
- Ban Tuyên giáo và Dân vận Trung ương (b/c),
- Các đồng chí Tỉnh ủy viên,
- Các huyện ủy, thành ủy, đảng ủy trực thuộc,
- Các ban, đảng đoàn, ban cán sự đảng trực thuộc Tỉnh ủy,
- Lưu Văn phòng Tỉnh ủy.
"""


def build_rk01():
    out = [RK01_HEADER]
    for p in RK01_BODY:
        # hard wrap at ~72 chars like a PDF copy (breaks inside names and dates)
        out.append("\n".join(textwrap.wrap(p, width=72, break_on_hyphens=False,
                                           break_long_words=False)))
    text = RK01_HEADER + "\n" + "\n".join(out[1:]) + "\n" + RK01_FOOTER
    with open(os.path.join(CORPUS, F1), "w", encoding="utf-8") as f:
        f.write(nfc(text))


# ---------------------------------------------------------------------------
# rk02: Hướng dẫn của Ban Tuyên giáo và Dân vận Huyện ủy (.docx with Word lists + task table)
# ---------------------------------------------------------------------------
RK02 = [
    ("center_b", "HUYỆN ỦY KIÊN THỚI"),
    ("center_b", "BAN TUYÊN GIÁO VÀ DÂN VẬN"),
    ("center", "*"),
    ("center", "Số 07-HD/BTGDVHU"),
    ("right_b", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("right_i", "Kiên Thới, ngày 05 tháng 5 năm 2026"),
    ("title", "HƯỚNG DẪN"),
    ("center_b", "thành lập và hoạt động của Tổ dân vận số ở thôn, tổ dân phố trên địa bàn huyện Kiên Thới"),
    ("p", "Thực hiện Chỉ thị số 21-CT/TU ngày 12/3/2026 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác tuyên truyền, vận động Nhân dân tham gia chuyển đổi số giai đoạn 2026 - 2030 và Kế hoạch số 64-KH/HU ngày 20/4/2026 của Ban Thường vụ Huyện ủy, Ban Tuyên giáo và Dân vận Huyện ủy hướng dẫn thành lập và hoạt động của Tổ dân vận số như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("num", "Đưa công tác dân vận, tuyên truyền chuyển đổi số đến từng hộ gia đình, nhất là hộ có người cao tuổi, hộ đồng bào dân tộc thiểu số và hộ nghèo."),
    ("num", "Kịp thời nắm bắt tâm tư, nguyện vọng và tình hình dư luận xã hội trên không gian mạng ở cơ sở để báo cáo cấp ủy."),
    ("num", "Việc thành lập tổ phải gọn nhẹ, không phát sinh biên chế, tận dụng lực lượng sẵn có của chi bộ và các đoàn thể ở thôn, tổ dân phố."),
    ("h", "II. THÀNH PHẦN, QUY MÔ"),
    ("p", "Mỗi thôn, tổ dân phố thành lập 01 Tổ dân vận số, gồm từ 05 đến 07 thành viên. Toàn huyện có 142 thôn, tổ dân phố, dự kiến thành lập 142 tổ. Thành phần gồm:"),
    ("bullet", "Tổ trưởng: đồng chí Bí thư chi bộ hoặc Trưởng thôn, Tổ trưởng tổ dân phố;"),
    ("bullet", "Tổ phó phụ trách kỹ thuật: 01 đoàn viên thanh niên có kỹ năng sử dụng điện thoại thông minh, máy tính;"),
    ("bullet", "Thành viên: đại diện chi hội Nông dân, chi hội Cựu chiến binh, chi hội Phụ nữ, tổ công đoàn (nếu có) và công an viên thường trực tại thôn."),
    ("p", "Thực hiện thí điểm trong tháng 6/2026 tại 03 xã Thiện Kỳ, Khâu Pàn và Tuấn Phong; trên cơ sở rút kinh nghiệm, nhân rộng ra toàn huyện trước ngày 30/9/2026."),
    ("h", "III. NHIỆM VỤ CỦA TỔ DÂN VẬN SỐ"),
    ("num", "Hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức 2 trên ứng dụng VNeID, nộp hồ sơ dịch vụ công trực tuyến và thanh toán không dùng tiền mặt."),
    ("num", "Quản trị nhóm Zalo của thôn, tổ dân phố; đăng tải thông tin do cấp ủy cung cấp; không để phát tán thông tin sai sự thật trong nhóm."),
    ("num", "Nắm bắt dư luận xã hội, báo cáo tình hình tư tưởng của Nhân dân về Đảng ủy xã, thị trấn trước ngày 25 hằng tháng; trường hợp phát hiện vụ việc phức tạp phải báo cáo ngay trong ngày."),
    ("num", "Phối hợp tổ chức các buổi “Cà phê số”, lớp “Bình dân học vụ số” tại nhà văn hóa thôn ít nhất 01 buổi/tháng."),
    ("h", "IV. CHẾ ĐỘ HỖ TRỢ VÀ KHEN THƯỞNG"),
    ("bullet", "Mỗi Tổ dân vận số được hỗ trợ 500.000 đồng/tháng từ ngân sách xã, thị trấn để chi trả chi phí dữ liệu di động và hoạt động của tổ."),
    ("bullet", "Thành viên tổ được tập huấn kỹ năng số 02 đợt/năm, được ưu tiên tham gia các lớp bồi dưỡng nghiệp vụ dân vận của huyện."),
    ("bullet", "Hằng năm, Ban Thường vụ Huyện ủy xem xét tặng Giấy khen cho tối đa 10 tổ tiêu biểu; mức thưởng kèm theo là 1.000.000 đồng/tổ."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "Các cơ quan, đơn vị triển khai các nhiệm vụ theo bảng phân công dưới đây:"),
    ("table", [
        ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        ["1", "Ban hành quyết định thành lập Tổ dân vận số và danh sách thành viên", "Đảng ủy các xã, thị trấn", "Ủy ban nhân dân các xã, thị trấn", "Các xã thí điểm: trước ngày 20/6/2026; các xã còn lại: trước ngày 30/9/2026"],
        ["2", "Tập huấn kỹ năng số, kỹ năng dân vận cho thành viên tổ", "Phòng Văn hóa, Khoa học và Thông tin huyện", "Huyện đoàn Kiên Thới; Trung tâm Chính trị huyện", "Tháng 7/2026"],
        ["3", "Biên soạn tài liệu hỏi - đáp, định hướng thông tin cho các tổ", "Ban Tuyên giáo và Dân vận Huyện ủy", "Ủy ban MTTQ Việt Nam huyện", "Định kỳ hằng quý"],
        ["4", "Giới thiệu đoàn viên làm Tổ phó phụ trách kỹ thuật", "Huyện đoàn Kiên Thới", "Đảng ủy các xã, thị trấn", "Trước ngày 15/6/2026"],
        ["5", "Vận động hội viên đưa nông sản lên sàn thương mại điện tử", "Hội Nông dân huyện", "Phòng Kinh tế huyện", "Năm 2026 - 2027"],
        ["6", "Xây dựng nhóm “Cựu chiến binh gương mẫu trên không gian mạng”", "Hội Cựu chiến binh huyện", "Công an huyện", "Trước ngày 31/8/2026"],
        ["7", "Tuyên truyền kỹ năng số cho công nhân lao động tại Cụm công nghiệp Sùng Lạc", "Liên đoàn Lao động huyện", "Ban quản lý Cụm công nghiệp", "Quý III/2026"],
        ["8", "Sơ kết thí điểm, báo cáo Ban Thường vụ Huyện ủy", "Ban Tuyên giáo và Dân vận Huyện ủy", "Đảng ủy các xã thí điểm", "Trước ngày 15/9/2026"],
    ]),
    ("p", "Ủy ban nhân dân các xã, thị trấn có trách nhiệm bố trí kinh phí hỗ trợ Tổ dân vận số trong dự toán ngân sách năm 2026 và các năm tiếp theo."),
    ("p", "Đề nghị Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện chỉ đạo chi hội ở thôn cử hội viên tham gia tổ; đưa kết quả hoạt động của tổ vào tiêu chí thi đua hằng năm."),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ đồng chí Vi Thị Lụa, Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy, điện thoại 0912.447.306, thư điện tử btgdv@kienthoi.dht.vn để được hướng dẫn."),
    ("right_b", "TRƯỞNG BAN"),
    ("right_i", "(đã ký)"),
    ("right_b", "Đàm Minh Thuận"),
    ("small_b", "Nơi nhận:"),
    ("small", "- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);"),
    ("small", "- Thường trực Huyện ủy (b/c);"),
    ("small", "- Đảng ủy các xã, thị trấn;"),
    ("small", "- Các đoàn thể chính trị - xã hội huyện;"),
    ("small", "- Lưu BTGDV."),
]


def _new_list_num(doc, style_name):
    """Create a fresh w:num (restart at 1) based on the abstract numbering of a list style."""
    numbering = doc.part.numbering_part.element
    style = doc.styles[style_name]
    base_num_id = style.element.pPr.numPr.numId.val
    num = numbering.num_having_numId(base_num_id)
    new = numbering.add_num(num.abstractNumId.val)
    new.add_lvlOverride(ilvl=0).add_startOverride(1)
    return new.numId


def build_rk02():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    current_num = None
    prev_kind = None
    for kind, val in RK02:
        if kind == "table":
            rows = val
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = nfc(c)
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            prev_kind = kind
            continue
        text = nfc(val)
        if kind == "num":
            p = doc.add_paragraph(text, style="List Number")
            if prev_kind != "num":
                current_num = _new_list_num(doc, "List Number")
            numPr = p._p.get_or_add_pPr().get_or_add_numPr()
            numPr.get_or_add_ilvl().val = 0
            numPr.get_or_add_numId().val = current_num
        elif kind == "bullet":
            p = doc.add_paragraph(text, style="List Bullet")
        elif kind == "h":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
        elif kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(15)
        else:
            p = doc.add_paragraph()
            r = p.add_run(text)
            if kind.startswith("center"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif kind.startswith("right"):
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if kind == "p" else WD_ALIGN_PARAGRAPH.LEFT
            if kind.endswith("_b"):
                r.bold = True
            if kind.endswith("_i"):
                r.italic = True
            if kind.startswith("small"):
                r.font.size = Pt(11)
        prev_kind = kind
    doc.save(os.path.join(CORPUS, F2))


# ---------------------------------------------------------------------------
# rk03: Kế hoạch của Ban Thường vụ Huyện đoàn (.pdf, fpdf2 + DejaVuSans)
# ---------------------------------------------------------------------------
RK03 = [
    ("row", "BCH ĐOÀN TỈNH ĐỊNH HÓA TÂY", "ĐOÀN TNCS HỒ CHÍ MINH"),
    ("row", "BCH ĐOÀN HUYỆN KIÊN THỚI", "Kiên Thới, ngày 22 tháng 5 năm 2026"),
    ("left", "***"),
    ("left", "Số: 38-KH/ĐTN"),
    ("title", "KẾ HOẠCH"),
    ("subtitle", "Tổ chức Chiến dịch tình nguyện hè “Tuổi trẻ Kiên Thới xóa mù số” năm 2026"),
    ("p", "Căn cứ Chỉ thị số 21-CT/TU ngày 12/3/2026 của Ban Thường vụ Tỉnh ủy; Hướng dẫn số 07-HD/BTGDVHU ngày 05/5/2026 của Ban Tuyên giáo và Dân vận Huyện ủy; Kế hoạch số 112-KH/TĐTN ngày 08/5/2026 của Ban Thường vụ Tỉnh đoàn về Chiến dịch thanh niên tình nguyện hè năm 2026, Ban Thường vụ Huyện đoàn Kiên Thới xây dựng kế hoạch tổ chức chiến dịch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Phát huy vai trò xung kích của đoàn viên, thanh niên trong hỗ trợ người dân tiếp cận dịch vụ số, góp phần thực hiện thắng lợi Chỉ thị số 21-CT/TU của Ban Thường vụ Tỉnh ủy."),
    ("p", "2. Hoạt động chiến dịch phải thiết thực, hướng về cơ sở, ưu tiên các thôn vùng sâu, vùng xa, thôn có tỷ lệ người dân sử dụng dịch vụ công trực tuyến thấp."),
    ("p", "3. Bảo đảm an toàn tuyệt đối cho tình nguyện viên trong suốt thời gian tham gia chiến dịch."),
    ("h", "II. THỜI GIAN, ĐỊA ĐIỂM"),
    ("p", "- Thời gian: từ ngày 15/6/2026 đến hết ngày 20/8/2026."),
    ("p", "- Lễ ra quân cấp huyện: 07 giờ 30 phút, Chủ nhật ngày 14/6/2026 tại sân Nhà văn hóa xã Khâu Pàn."),
    ("p", "- Lễ tổng kết: dự kiến ngày 25/8/2026 tại Hội trường Huyện ủy Kiên Thới."),
    ("h", "III. CHỈ TIÊU"),
    ("p", "1. Thành lập 15 đội hình “Thanh niên tình nguyện số” tại 14 xã và thị trấn Kiên Thới, mỗi đội từ 10 đến 20 đoàn viên."),
    ("p", "2. Huy động ít nhất 600 lượt đoàn viên, thanh niên tham gia chiến dịch."),
    ("p", "3. Hỗ trợ 12.000 người dân kích hoạt tài khoản định danh điện tử mức 2; hướng dẫn 3.500 lượt người dân nộp hồ sơ trực tuyến."),
    ("p", "4. Hướng dẫn 300 hộ hội viên nông dân mở gian hàng trên sàn thương mại điện tử."),
    ("p", "5. Tổ chức ít nhất 45 buổi “Cà phê số” và 20 lớp “Bình dân học vụ số” cho người cao tuổi."),
    ("h", "IV. NỘI DUNG HOẠT ĐỘNG"),
    ("p", "1. “Ngày thứ Bảy số”: vào sáng thứ Bảy hằng tuần, các đội hình có mặt tại bộ phận một cửa của Ủy ban nhân dân xã và nhà văn hóa thôn để hướng dẫn người dân thực hiện thủ tục trực tuyến."),
    ("p", "2. “Nông dân lên sàn”: phối hợp với Hội Nông dân huyện hướng dẫn hội viên chụp ảnh, quay video, đăng bán sản phẩm chè, mật ong, miến dong của địa phương."),
    ("p", "3. “Cựu chiến binh - thanh niên cùng nhận diện tin giả”: phối hợp với Hội Cựu chiến binh huyện tổ chức 05 buổi tọa đàm tại các xã Thiện Kỳ, Hồ Nương, Tuấn Phong, Sùng Lạc và Khâu Pàn."),
    ("p", "4. “Công nhân số”: phối hợp với Liên đoàn Lao động huyện hỗ trợ công nhân lao động tại Cụm công nghiệp Sùng Lạc cài đặt ứng dụng Công đoàn Việt Nam, ví điện tử và phòng chống lừa đảo trực tuyến."),
    ("p", "5. Cuộc thi “Video ngắn tuyên truyền chuyển đổi số”: dành cho đoàn viên, thanh niên trên địa bàn huyện; mỗi tác phẩm dài không quá 03 phút, gửi qua thư điện tử của Huyện đoàn trước 17 giờ ngày 31/7/2026. Cơ cấu giải thưởng: 01 giải Nhất trị giá 3.000.000 đồng; 02 giải Nhì, mỗi giải 2.000.000 đồng; 03 giải Ba, mỗi giải 1.000.000 đồng và 05 giải Khuyến khích, mỗi giải 500.000 đồng."),
    ("h", "V. KINH PHÍ"),
    ("p", "Tổng kinh phí dự kiến: 186.500.000 đồng (Một trăm tám mươi sáu triệu năm trăm nghìn đồng), trong đó:"),
    ("p", "- Ngân sách huyện cấp qua Huyện đoàn: 120.000.000 đồng;"),
    ("p", "- Nguồn xã hội hóa từ các doanh nghiệp viễn thông, ngân hàng trên địa bàn: 66.500.000 đồng."),
    ("p", "Đoàn các xã, thị trấn chủ động huy động thêm nguồn lực tại chỗ để bảo đảm ăn, nghỉ cho tình nguyện viên."),
    ("h", "VI. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Ban Thường vụ Huyện đoàn: thành lập Ban Chỉ huy chiến dịch cấp huyện trước ngày 05/6/2026, do đồng chí Ma Văn Tuyển, Phó Bí thư Huyện đoàn làm Chỉ huy trưởng; chỉ đạo, kiểm tra các đội hình và tổng hợp kết quả báo cáo Ban Thường vụ Tỉnh đoàn, Thường trực Huyện ủy."),
    ("p", "2. Ban Chấp hành Đoàn các xã, thị trấn: xây dựng kế hoạch cụ thể, đăng ký danh sách đội hình về Văn phòng Huyện đoàn trước ngày 10/6/2026; báo cáo kết quả chiến dịch trước ngày 22/8/2026."),
    ("p", "3. Đề nghị Hội Nông dân huyện cung cấp danh sách hộ sản xuất sản phẩm OCOP và cử cán bộ cùng tham gia hướng dẫn hội viên."),
    ("p", "4. Đề nghị Hội Cựu chiến binh huyện cử báo cáo viên tham gia các buổi tọa đàm nhận diện tin giả."),
    ("p", "5. Đề nghị Liên đoàn Lao động huyện bố trí thời gian, địa điểm để đội hình tiếp cận công nhân lao động tại Cụm công nghiệp Sùng Lạc vào các ngày Chủ nhật."),
    ("p", "6. Đề nghị Phòng Văn hóa, Khoa học và Thông tin huyện hỗ trợ tài liệu tuyên truyền, cử cán bộ tập huấn nghiệp vụ cho tình nguyện viên trước ngày ra quân."),
    ("p", "7. Đề nghị Trung tâm Truyền thông và Văn hóa huyện đưa tin về các hoạt động của chiến dịch trên hệ thống truyền thanh và trang thông tin điện tử huyện."),
    ("p", "Mọi thông tin chi tiết xin liên hệ đồng chí La Thị Yến, Ủy viên Ban Thường vụ Huyện đoàn, điện thoại 0983.615.290, thư điện tử huyendoan@kienthoi.dht.vn."),
    ("sig", "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN"),
    ("sig", "BÍ THƯ"),
    ("sig", "(đã ký)"),
    ("sig", "Phùng Thị Nhàn"),
    ("small_b", "Nơi nhận:"),
    ("small", "- Ban Thường vụ Tỉnh đoàn (b/c);"),
    ("small", "- Thường trực Huyện ủy (b/c);"),
    ("small", "- Ban Tuyên giáo và Dân vận Huyện ủy;"),
    ("small", "- Các đoàn thể chính trị - xã hội huyện;"),
    ("small", "- Đoàn các xã, thị trấn;"),
    ("small", "- Lưu VP Huyện đoàn."),
]


def build_rk03():
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for item in RK03:
        kind = item[0]
        if kind == "row":
            pdf.set_font("DejaVu", "B", 11)
            pdf.cell(w / 2, 6, nfc(item[1]))
            pdf.set_font("DejaVu", "", 11)
            pdf.cell(w / 2, 6, nfc(item[2]), align="R", new_x="LMARGIN", new_y="NEXT")
            continue
        text = nfc(item[1])
        if kind == "left":
            pdf.set_font("DejaVu", "", 11)
            pdf.cell(w / 2, 6, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "title":
            pdf.ln(4)
            pdf.set_font("DejaVu", "B", 14)
            pdf.cell(w, 8, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "subtitle":
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(w, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 11.5)
            pdf.multi_cell(w, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("DejaVu", "", 11.5)
            pdf.multi_cell(w, 6.2, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "sig":
            pdf.set_font("DejaVu", "B" if text.isupper() else "", 11.5)
            if text == "BÍ THƯ" or text.startswith("TM."):
                pdf.set_font("DejaVu", "B", 11.5)
            pdf.cell(w, 6, text, align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "small_b":
            pdf.ln(4)
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(w, 5, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "small":
            pdf.set_font("DejaVu", "", 10)
            pdf.cell(w, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(CORPUS, F3))


# ---------------------------------------------------------------------------
# rk04: Báo cáo của Đảng ủy xã (.md with Markdown table)
# ---------------------------------------------------------------------------
RK04 = """ĐẢNG BỘ HUYỆN KIÊN THỚI
**ĐẢNG ỦY XÃ THIỆN KỲ**
\\*
Số 52-BC/ĐU

**ĐẢNG CỘNG SẢN VIỆT NAM**
*Thiện Kỳ, ngày 28 tháng 8 năm 2026*

# BÁO CÁO

## Kết quả thí điểm mô hình Tổ dân vận số và Chiến dịch tình nguyện hè năm 2026 trên địa bàn xã

Thực hiện Hướng dẫn số 07-HD/BTGDVHU ngày 05/5/2026 của Ban Tuyên giáo và Dân vận Huyện ủy và Kế hoạch số 38-KH/ĐTN ngày 22/5/2026 của Ban Thường vụ Huyện đoàn, Đảng ủy xã Thiện Kỳ báo cáo kết quả như sau:

## I. ĐẶC ĐIỂM TÌNH HÌNH

Xã Thiện Kỳ có 9 thôn với 1.974 hộ, 7.362 nhân khẩu, trong đó đồng bào dân tộc Tày, Nùng, Dao chiếm 86%. Đảng bộ xã có 11 chi bộ trực thuộc (9 chi bộ thôn, 2 chi bộ trường học) với 286 đảng viên. Hai thôn Phja Khao và Cốc Xả nằm cách trung tâm xã trên 12 km, sóng điện thoại di động chưa ổn định.

## II. KẾT QUẢ THỰC HIỆN

### 1. Thành lập Tổ dân vận số

Ngày 12/6/2026, Đảng ủy xã ban hành Quyết định số 118-QĐ/ĐU thành lập 9 Tổ dân vận số tại 9 thôn với tổng số 57 thành viên, trong đó có 9 đoàn viên thanh niên giữ chức Tổ phó phụ trách kỹ thuật. Ngày 16/6/2026, Đảng ủy phối hợp với Phòng Văn hóa, Khoa học và Thông tin huyện tổ chức tập huấn cho 57/57 thành viên tại Hội trường Ủy ban nhân dân xã.

### 2. Kết quả cụ thể tại các thôn (từ ngày 12/6 đến ngày 25/8/2026)

| TT | Thôn | Số thành viên tổ | Tài khoản VNeID mức 2 kích hoạt mới | Hộ mở gian hàng trực tuyến | Buổi “Cà phê số” |
|---|---|---|---|---|---|
| 1 | Thiện Kỳ | 7 | 412 | 9 | 4 |
| 2 | Khuổi Lằn | 7 | 268 | 6 | 3 |
| 3 | Bản Tẳng | 6 | 231 | 5 | 3 |
| 4 | Đồng Sậu | 7 | 305 | 8 | 4 |
| 5 | Nà Hẩu | 6 | 254 | 4 | 3 |
| 6 | Khau Nhàn | 6 | 198 | 3 | 2 |
| 7 | Kéo Lừng | 6 | 187 | 2 | 2 |
| 8 | Phja Khao | 6 | 96 | 0 | 1 |
| 9 | Cốc Xả | 6 | 83 | 1 | 1 |
| | Tổng cộng | 57 | 2.034 | 38 | 23 |

Nhờ đó, tỷ lệ người dân từ 15 tuổi trở lên của xã có tài khoản định danh điện tử mức 2 tăng từ 52,7% (tháng 5/2026) lên 71,3% (tháng 8/2026). Hội Nông dân xã đã phối hợp với các tổ hướng dẫn 38 hộ hội viên mở gian hàng trên sàn thương mại điện tử, chủ yếu bán miến dong, mật ong và chè búp khô.

### 3. Chiến dịch tình nguyện hè

Đoàn xã thành lập 01 đội hình “Thanh niên tình nguyện số” gồm 18 đoàn viên, tổ chức 9 buổi “Ngày thứ Bảy số” và 02 lớp “Bình dân học vụ số” cho 64 người cao tuổi. Hội Cựu chiến binh xã phối hợp với Đoàn xã tổ chức 01 buổi tọa đàm nhận diện tin giả tại Nhà văn hóa thôn Đồng Sậu với 120 người tham dự. Tác phẩm “Bà tôi dùng VNeID” của Chi đoàn thôn Nà Hẩu đạt giải Nhì Cuộc thi video ngắn cấp huyện.

## III. HẠN CHẾ, NGUYÊN NHÂN

- Hoạt động của Tổ dân vận số tại hai thôn Phja Khao và Cốc Xả còn hạn chế do sóng di động yếu, nhiều hộ chưa có điện thoại thông minh.
- Kinh phí hỗ trợ 500.000 đồng/tháng cho mỗi tổ mới được cấp cho tháng 6 và tháng 7/2026.
- Một số thành viên tổ là người cao tuổi, kỹ năng sử dụng công nghệ còn hạn chế; việc báo cáo tình hình tư tưởng hằng tháng ở một số tổ còn chậm.

## IV. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI

1. Các chi bộ thôn đưa nội dung chuyển đổi số vào sinh hoạt chi bộ định kỳ hằng tháng; mỗi đảng viên hướng dẫn ít nhất 03 hộ gia đình nơi cư trú.
2. Giao Ủy ban nhân dân xã bố trí đủ kinh phí hỗ trợ các Tổ dân vận số còn thiếu của năm 2026, hoàn thành trước ngày 30/9/2026; phối hợp với Trung tâm Viễn thông Kiên Thới khảo sát, đề xuất lắp đặt trạm phát sóng tại thôn Phja Khao.
3. Đề nghị Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với các đoàn thể giám sát hoạt động của các Tổ dân vận số, định kỳ hằng quý báo cáo Đảng ủy.
4. Hội Nông dân xã có trách nhiệm hướng dẫn thêm ít nhất 40 hộ hội viên mở gian hàng trực tuyến trước ngày 31/12/2026.
5. Hội Cựu chiến binh xã duy trì nhóm Zalo “Cựu chiến binh Thiện Kỳ nói không với tin giả”, kịp thời phản bác thông tin sai trái.
6. Đoàn Thanh niên xã phối hợp với Trường THCS Thiện Kỳ duy trì lớp “Bình dân học vụ số” vào tối thứ Năm hằng tuần tại Nhà văn hóa thôn Đồng Sậu.

## V. ĐỀ XUẤT, KIẾN NGHỊ

- Đề nghị Ban Tuyên giáo và Dân vận Huyện ủy tổ chức tập huấn bổ sung cho thành viên tổ là người cao tuổi trong quý IV/2026.
- Đề nghị Ủy ban nhân dân huyện quan tâm hỗ trợ 30 điện thoại thông minh cho hộ nghèo tại thôn Phja Khao và Cốc Xả.

T/M ĐẢNG ỦY
BÍ THƯ
(đã ký)
Nông Thị Hạnh

*Nơi nhận:*
- Ban Thường vụ Huyện ủy (b/c);
- Ban Tuyên giáo và Dân vận Huyện ủy (b/c);
- Huyện đoàn Kiên Thới;
- Các chi bộ trực thuộc;
- Lưu Văn phòng Đảng ủy.
"""


def build_rk04():
    with open(os.path.join(CORPUS, F4), "w", encoding="utf-8") as f:
        f.write(nfc(RK04))


# ---------------------------------------------------------------------------
# rk05: Quyết định + Quy chế của Ban Thường vụ LĐLĐ tỉnh (.txt, two-column header)
# ---------------------------------------------------------------------------
RK05 = """LIÊN ĐOÀN LAO ĐỘNG                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 TỈNH ĐỊNH HÓA TÂY                           Độc lập - Tự do - Hạnh phúc
 ------------                              ---------------------------
Số: 415/QĐ-LĐLĐ                      Định Hóa Tây, ngày 09 tháng 4 năm 2026

                               QUYẾT ĐỊNH
  Ban hành Quy chế hoạt động của Mạng lưới cộng tác viên tuyên truyền số
             trong tổ chức Công đoàn tỉnh Định Hóa Tây

           BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỊNH HÓA TÂY

Căn cứ Luật Công đoàn năm 2024;
Căn cứ Điều lệ Công đoàn Việt Nam;
Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Chỉ thị số 21-CT/TU ngày 12/3/2026 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác tuyên truyền, vận động Nhân dân tham gia chuyển đổi số giai đoạn 2026 - 2030;
Xét đề nghị của Ban Tuyên giáo - Nữ công Liên đoàn Lao động tỉnh,

                              QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Mạng lưới cộng tác viên tuyên truyền số trong tổ chức Công đoàn tỉnh Định Hóa Tây.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Ban Tuyên giáo - Nữ công, Văn phòng Liên đoàn Lao động tỉnh, các Liên đoàn Lao động huyện, thành phố, công đoàn ngành, Công đoàn các Khu công nghiệp tỉnh và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:                                          TM. BAN THƯỜNG VỤ
- Như Điều 3;                                            CHỦ TỊCH
- Tổng Liên đoàn Lao động Việt Nam (b/c);
- Thường trực Tỉnh ủy (b/c);
- Ban Tuyên giáo và Dân vận Tỉnh ủy;
- Lưu: VT, TG-NC.                                        (đã ký)
                                                     Triệu Đức Long

------------------------------------------------------------------------

                                QUY CHẾ
     Hoạt động của Mạng lưới cộng tác viên tuyên truyền số trong tổ chức
                    Công đoàn tỉnh Định Hóa Tây
  (Ban hành kèm theo Quyết định số 415/QĐ-LĐLĐ ngày 09/4/2026 của Ban
            Thường vụ Liên đoàn Lao động tỉnh Định Hóa Tây)

                               Chương I
                           QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng
1. Quy chế này quy định về tổ chức, nhiệm vụ, quyền lợi và trách nhiệm của cộng tác viên tuyên truyền số (sau đây gọi là cộng tác viên) trong tổ chức Công đoàn tỉnh Định Hóa Tây.
2. Cộng tác viên là cán bộ, đoàn viên công đoàn tự nguyện đăng ký, có kỹ năng sử dụng mạng xã hội và được công đoàn cấp trên trực tiếp cơ sở giới thiệu.

Điều 2. Nguyên tắc hoạt động
Mạng lưới hoạt động theo nguyên tắc tự nguyện, kiêm nhiệm, chịu sự định hướng thông tin của Ban Thường vụ Liên đoàn Lao động tỉnh; cộng tác viên không nhân danh tổ chức Công đoàn để phát ngôn khi chưa được phép.

                               Chương II
                        TỔ CHỨC VÀ NHIỆM VỤ

Điều 3. Cơ cấu mạng lưới
1. Mạng lưới cấp tỉnh có không quá 120 cộng tác viên, do Ban Tuyên giáo - Nữ công Liên đoàn Lao động tỉnh là bộ phận thường trực.
2. Mỗi Liên đoàn Lao động huyện, thành phố có ít nhất 08 cộng tác viên; Công đoàn các Khu công nghiệp tỉnh có ít nhất 15 cộng tác viên.
3. Công đoàn cơ sở có từ 300 đoàn viên trở lên giới thiệu từ 01 đến 02 cộng tác viên.

Điều 4. Nhiệm vụ của cộng tác viên
1. Chia sẻ ít nhất 04 tin, bài mỗi tuần từ Trang thông tin điện tử và trang Facebook “Công đoàn Định Hóa Tây” đến các nhóm của đoàn viên, người lao động.
2. Phát hiện, báo cáo về bộ phận thường trực trong vòng 24 giờ các thông tin sai sự thật, xuyên tạc liên quan đến công nhân, lao động và tổ chức Công đoàn.
3. Hướng dẫn đoàn viên sử dụng ứng dụng Công đoàn Việt Nam, dịch vụ công trực tuyến và nhận diện các hình thức lừa đảo tuyển dụng qua mạng.

Điều 5. Quyền lợi của cộng tác viên
1. Được cung cấp thông tin định hướng hằng tháng và tập huấn kỹ năng truyền thông số 01 lần/năm.
2. Được chi thù lao 200.000 đồng cho mỗi tin, bài tự viết được đăng trên Trang thông tin điện tử Liên đoàn Lao động tỉnh, tối đa 1.000.000 đồng/người/tháng.
3. Được xem xét khen thưởng theo quy định tại Điều 10 Quy chế này.

                              Chương III
                 TRÁCH NHIỆM VÀ TỔ CHỨC THỰC HIỆN

Điều 6. Ban Tuyên giáo - Nữ công Liên đoàn Lao động tỉnh
Là bộ phận thường trực của mạng lưới; quản lý danh sách cộng tác viên, lập nhóm Zalo “Cộng tác viên Công đoàn số”; định kỳ hằng quý tổng hợp, báo cáo Ban Thường vụ trước ngày 20 của tháng cuối quý.

Điều 7. Văn phòng Liên đoàn Lao động tỉnh
Tham mưu bố trí kinh phí hoạt động của mạng lưới từ nguồn tài chính công đoàn; dự toán năm 2026 là 180.000.000 đồng; hướng dẫn thủ tục thanh toán thù lao cho cộng tác viên.

Điều 8. Các Liên đoàn Lao động huyện, thành phố, công đoàn ngành và Công đoàn các Khu công nghiệp tỉnh
Lựa chọn, giới thiệu cộng tác viên và gửi danh sách về Liên đoàn Lao động tỉnh (qua Ban Tuyên giáo - Nữ công) trước ngày 15/5/2026; chỉ đạo công đoàn cơ sở tạo điều kiện về thời gian cho cộng tác viên hoạt động.

Điều 9. Quan hệ phối hợp
1. Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy cung cấp thông tin định hướng hằng tháng cho mạng lưới.
2. Đề nghị Hội Cựu chiến binh tỉnh và Ban Thường vụ Tỉnh đoàn phối hợp chia sẻ tin, bài; cùng tổ chức diễn đàn “Công nhân - cựu chiến binh - tuổi trẻ với không gian mạng” ít nhất 01 lần/năm.

Điều 10. Khen thưởng và xử lý vi phạm
1. Hằng năm, Liên đoàn Lao động tỉnh tặng Giấy khen cho không quá 10 cộng tác viên tiêu biểu, kèm theo tiền thưởng 500.000 đồng/người.
2. Cộng tác viên vi phạm quy định tại Điều 2 hoặc không hoàn thành nhiệm vụ 03 tháng liên tiếp sẽ bị đưa ra khỏi mạng lưới.

Điều 11. Sửa đổi, bổ sung
Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Ban Tuyên giáo - Nữ công Liên đoàn Lao động tỉnh (đồng chí Quách Văn Đông, Trưởng ban, điện thoại 0203.3852.417) để tổng hợp, trình Ban Thường vụ xem xét, sửa đổi, bổ sung./.
"""


def build_rk05():
    with open(os.path.join(CORPUS, F5), "w", encoding="utf-8") as f:
        f.write(nfc(RK05))


def build_corpus():
    os.makedirs(CORPUS, exist_ok=True)
    build_rk01()
    build_rk02()
    build_rk03()
    build_rk04()
    build_rk05()


if __name__ == "__main__":
    build_corpus()
    try:
        from rk_data import QUESTIONS, WHO_WHAT  # questions and who-what gold
    except ImportError:
        QUESTIONS, WHO_WHAT = [], []
    if QUESTIONS:
        with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
            for q in QUESTIONS:
                f.write(json.dumps(q, ensure_ascii=False) + "\n")
        with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
            for w in WHO_WHAT:
                f.write(json.dumps(w, ensure_ascii=False) + "\n")
    print("built", sorted(os.listdir(CORPUS)), len(QUESTIONS), "questions")
