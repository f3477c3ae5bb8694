"""Rebuild oa03 (.docx, python-docx) and oa04 (.pdf, fpdf2) of the blind141 set from the text below.
The .txt (oa01, oa05) and .md (oa02) documents are kept as files in corpus/.
Run: /tmp/venv_oa/bin/python build_oa.py
"""
import copy
import os
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- oa03 (DOCX)
OA03_TITLE = ["HƯỚNG DẪN",
              "Hồ sơ, trình tự đề nghị hỗ trợ hợp đồng chuyển giao công nghệ và chi phí",
              "chứng nhận VietGAP trong nông nghiệp năm 2026"]
# kinds: P paragraph, H1 heading 1, H2 heading 2, NL numbered list item (new list starts after
# any non-NL item), B bullet, T table marker
OA03_BODY = [
    ("P", "Căn cứ Luật Chuyển giao công nghệ ngày 19 tháng 6 năm 2017; Nghị định số 76/2018/NĐ-CP ngày 15 tháng 5 năm 2018 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Chuyển giao công nghệ;"),
    ("P", "Căn cứ Quyết định số 1234/QĐ-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh Tây Sơn Lĩnh phê duyệt Danh mục mô hình chuyển giao tiến bộ kỹ thuật và cơ chế hỗ trợ chứng nhận VietGAP, hợp đồng chuyển giao công nghệ trong nông nghiệp năm 2026;"),
    ("P", "Sở Khoa học và Công nghệ hướng dẫn hồ sơ, trình tự đề nghị hỗ trợ như sau:"),
    ("H1", "I. ĐỐI TƯỢNG VÀ ĐIỀU KIỆN HỖ TRỢ"),
    ("H2", "1. Đối tượng"),
    ("P", "Hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác, doanh nghiệp nhỏ và vừa, hộ sản xuất nông nghiệp có địa điểm sản xuất trên địa bàn tỉnh Tây Sơn Lĩnh (sau đây gọi chung là cơ sở)."),
    ("H2", "2. Điều kiện"),
    ("NL", "Hợp đồng chuyển giao công nghệ được ký kết từ ngày 01/01/2026, có giá trị từ 50 triệu đồng trở lên, công nghệ chuyển giao không thuộc Danh mục công nghệ hạn chế chuyển giao."),
    ("NL", "Bên giao công nghệ là tổ chức khoa học và công nghệ, doanh nghiệp hoặc cơ sở đào tạo có năng lực; có cam kết hướng dẫn kỹ thuật tại hiện trường ít nhất 02 vụ sản xuất hoặc 12 tháng."),
    ("NL", "Giấy chứng nhận VietGAP do tổ chức chứng nhận được chỉ định cấp từ ngày 01/01/2026; diện tích được chứng nhận tối thiểu 02 ha đối với trồng trọt."),
    ("NL", "Mỗi cơ sở được hỗ trợ không quá 01 hợp đồng chuyển giao công nghệ trong năm 2026; không hỗ trợ trùng lặp với nội dung đã được ngân sách nhà nước hỗ trợ."),
    ("H1", "II. NỘI DUNG VÀ MỨC HỖ TRỢ"),
    ("P", "Mức hỗ trợ cụ thể theo bảng sau:"),
    ("T", None),
    ("P", "Tổng kinh phí hỗ trợ năm 2026 là 2.600 triệu đồng từ nguồn sự nghiệp khoa học và công nghệ; số hợp đồng chuyển giao công nghệ được hỗ trợ trong năm không quá 12 hợp đồng. Trường hợp số hồ sơ đủ điều kiện vượt dự toán, ưu tiên cơ sở có liên kết tiêu thụ sản phẩm và cơ sở ở vùng đồng bào dân tộc thiểu số."),
    ("H1", "III. HỒ SƠ ĐỀ NGHỊ HỖ TRỢ"),
    ("P", "Cơ sở lập 01 bộ hồ sơ gồm:"),
    ("NL", "Đơn đề nghị hỗ trợ theo Mẫu số 01 kèm theo Hướng dẫn này."),
    ("NL", "Bản sao hợp đồng chuyển giao công nghệ và phụ lục hợp đồng; bản sao giấy chứng nhận VietGAP (nếu đề nghị hỗ trợ chi phí chứng nhận)."),
    ("NL", "Thuyết minh phương án ứng dụng công nghệ theo Mẫu số 02, nêu rõ quy mô, địa điểm, hiệu quả dự kiến."),
    ("NL", "Giấy xác nhận địa điểm sản xuất của Ủy ban nhân dân cấp xã."),
    ("NL", "Hóa đơn, chứng từ thanh toán hợp lệ của các khoản chi đề nghị hỗ trợ."),
    ("P", "Hồ sơ nộp trực tiếp tại Quầy Sở Khoa học và Công nghệ, Trung tâm Phục vụ hành chính công tỉnh, số 88 đường Lê Lợi, thành phố Sơn Lĩnh, hoặc nộp trực tuyến qua Cổng Dịch vụ công quốc gia. Đợt 1 nhận hồ sơ từ ngày 01/4/2026 đến ngày 15/5/2026; đợt 2 nhận hồ sơ từ ngày 01/8/2026 đến ngày 15/9/2026."),
    ("H1", "IV. TRÌNH TỰ XEM XÉT, GIẢI NGÂN"),
    ("NL", "Trong thời hạn 05 ngày làm việc kể từ ngày nhận hồ sơ, Phòng Quản lý công nghệ và Thị trường khoa học kiểm tra tính hợp lệ; trường hợp hồ sơ chưa đầy đủ thì thông báo một lần bằng văn bản để cơ sở bổ sung."),
    ("NL", "Hội đồng thẩm định do Giám đốc Sở thành lập, gồm 07 thành viên, thẩm định nội dung và mức hỗ trợ trong thời hạn 15 ngày làm việc."),
    ("NL", "Trong thời hạn 10 ngày làm việc sau khi có kết quả thẩm định, Sở Khoa học và Công nghệ trình Ủy ban nhân dân tỉnh quyết định hỗ trợ."),
    ("NL", "Kinh phí hỗ trợ hợp đồng chuyển giao công nghệ được giải ngân 02 lần: tạm ứng 50% sau khi có quyết định hỗ trợ; số còn lại sau khi nghiệm thu kết quả chuyển giao. Kinh phí hỗ trợ chứng nhận VietGAP được thanh toán một lần."),
    ("H1", "V. TỔ CHỨC THỰC HIỆN"),
    ("P", "1. Giao Phòng Quản lý công nghệ và Thị trường khoa học chủ trì tiếp nhận, kiểm tra hồ sơ; phối hợp với Văn phòng Sở theo dõi giải ngân; tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 30/11/2026."),
    ("P", "2. Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh tư vấn miễn phí cho cơ sở soạn thảo hợp đồng chuyển giao công nghệ, thuyết minh phương án ứng dụng công nghệ."),
    ("P", "3. Đề nghị Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Chất lượng, Chế biến và Phát triển thị trường kiểm tra việc duy trì sản xuất theo VietGAP sau chứng nhận ít nhất 01 lần/năm."),
    ("P", "4. Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo Ủy ban nhân dân cấp xã xác nhận địa điểm sản xuất trong thời hạn 03 ngày làm việc; tổng hợp nhu cầu hỗ trợ trên địa bàn gửi Sở Khoa học và Công nghệ trước ngày 20/4/2026."),
    ("P", "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ bà Vi Thị Ngọc Anh, Phó Trưởng phòng Quản lý công nghệ và Thị trường khoa học, điện thoại 0256 3821 594, thư điện tử anhvtn.skhcn@taysonlinh.gov.vn để được hướng dẫn./."),
]
OA03_TABLE = [
    ["TT", "Nội dung hỗ trợ", "Mức hỗ trợ", "Mức tối đa"],
    ["1", "Giá trị hợp đồng chuyển giao công nghệ", "50%", "300 triệu đồng/hợp đồng"],
    ["2", "Chi phí chứng nhận VietGAP lần đầu", "100%", "35 triệu đồng/giấy chứng nhận"],
    ["3", "Chi phí tái cấp chứng nhận VietGAP", "50%", "15 triệu đồng/giấy chứng nhận"],
    ["4", "Phân tích mẫu đất, nước, sản phẩm phục vụ chứng nhận", "100%", "12 triệu đồng/cơ sở"],
    ["5", "Tập huấn, đánh giá nội bộ theo VietGAP", "70%", "20 triệu đồng/cơ sở"],
    ["6", "Xây dựng hệ thống truy xuất nguồn gốc (tem QR)", "50%", "10 triệu đồng/cơ sở"],
]
OA03_RECIP = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Nông nghiệp và Môi trường;", "- Sở Tài chính;",
              "- UBND các huyện, thị xã, thành phố;", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, QLCN."]
OA03_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(đã ký)", "", "Đinh Thị Thu Hà"]


def _para(doc, text, bold=False, italic=False, align=None, size=13, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(N(text))
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def _new_num(doc, base_num_id):
    """Add a numbering instance that restarts at 1, sharing the abstract numbering of base_num_id."""
    numbering = doc.part.numbering_part.element
    base = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(base_num_id):
            base = num
    abs_id = base.find(qn("w:abstractNumId")).get(qn("w:val"))
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(ids) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), abs_id)
    num.append(a)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return new_id


def _set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.append(numPr)


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for hs in ("Heading 1", "Heading 2"):
        doc.styles[hs].font.name = "Times New Roman"
    # base numId of the "List Number" style
    ln_style = doc.styles["List Number"]
    base_num = int(ln_style.element.pPr.numPr.numId.val)

    head = doc.add_table(rows=1, cols=2)
    left, right = head.rows[0].cells
    left.text = ""
    right.text = ""
    lp = left.paragraphs[0]
    lp.add_run(N("ỦY BAN NHÂN DÂN\nTỈNH TÂY SƠN LĨNH\n"))
    lp.add_run(N("SỞ KHOA HỌC VÀ CÔNG NGHỆ")).bold = True
    lp.add_run(N("\n-------\nSố: 18/HD-SKHCN"))
    lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rp = right.paragraphs[0]
    rp.add_run(N("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")).bold = True
    rp.add_run(N("\n---------------\n"))
    rp.add_run(N("Tây Sơn Lĩnh, ngày 25 tháng 3 năm 2026")).italic = True
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for i, t in enumerate(OA03_TITLE):
        _para(doc, t, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14 if i == 0 else 13)
    cur_num = None
    for kind, t in OA03_BODY:
        if kind != "NL":
            cur_num = None
        if kind == "H1":
            h = doc.add_heading(level=1)
            h.add_run(N(t))
        elif kind == "H2":
            h = doc.add_heading(level=2)
            h.add_run(N(t))
        elif kind == "NL":
            if cur_num is None:
                cur_num = _new_num(doc, base_num)
            p = _para(doc, t, style="List Number", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            _set_num(p, cur_num)
        elif kind == "T":
            tb = doc.add_table(rows=len(OA03_TABLE), cols=len(OA03_TABLE[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(OA03_TABLE):
                for j, val in enumerate(row):
                    c = tb.rows[i].cells[j]
                    c.text = ""
                    run = c.paragraphs[0].add_run(N(val))
                    run.bold = (i == 0)
                    run.font.size = Pt(11)
        else:
            _para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    tail = doc.add_table(rows=1, cols=2)
    a, b = tail.rows[0].cells
    a.text = ""
    b.text = ""
    ap = a.paragraphs[0]
    ap.add_run(N(OA03_RECIP[0])).bold = True
    for line in OA03_RECIP[1:]:
        r = ap.add_run(N("\n" + line))
        r.font.size = Pt(11)
    bp = b.paragraphs[0]
    bp.add_run(N("\n".join(OA03_SIGN))).bold = True
    bp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = os.path.join(CORPUS, "oa03_huong_dan_ho_tro_hop_dong_chuyen_giao_cong_nghe.docx")
    doc.save(out)
    return out


# ---------------------------------------------------------------- oa04 (PDF)
OA04_HEAD_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH TÂY SƠN LĨNH", "-------", "Số: 1234/QĐ-UBND"]
OA04_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
                   "Tây Sơn Lĩnh, ngày 10 tháng 3 năm 2026"]
OA04_TITLE = ["QUYẾT ĐỊNH",
              "Phê duyệt Danh mục mô hình chuyển giao tiến bộ kỹ thuật và cơ chế hỗ trợ",
              "chứng nhận VietGAP, hợp đồng chuyển giao công nghệ trong nông nghiệp năm 2026",
              "",
              "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY SƠN LĨNH"]
# kinds: P justified paragraph, C centred bold line, D article heading line (bold run + text), L list item
OA04_BODY = [
    ("P", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    ("P", "Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo ngày 27 tháng 6 năm 2025; Luật Chuyển giao công nghệ ngày 19 tháng 6 năm 2017;"),
    ("P", "Căn cứ Nghị quyết số 21/2025/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ ứng dụng, chuyển giao tiến bộ khoa học, kỹ thuật trong nông nghiệp trên địa bàn tỉnh Tây Sơn Lĩnh giai đoạn 2026 - 2030;"),
    ("P", "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 56/TTr-SKHCN ngày 26 tháng 02 năm 2026."),
    ("C", "QUYẾT ĐỊNH:"),
    ("D", "Điều 1. Phê duyệt Danh mục 09 mô hình chuyển giao tiến bộ kỹ thuật trong nông nghiệp năm 2026 với tổng kinh phí 6.850 triệu đồng, trong đó ngân sách tỉnh 4.200 triệu đồng, ngân sách các huyện 1.150 triệu đồng, đối ứng của tổ chức, cá nhân tham gia 1.500 triệu đồng. Danh mục cụ thể như sau (tên mô hình; quy mô, địa điểm; đơn vị chuyển giao; tổng kinh phí / ngân sách tỉnh):"),
    ("L", "1. Sản xuất bưởi da xanh theo tiêu chuẩn VietGAP gắn với truy xuất nguồn gốc; 25 ha tại xã Thanh Tân, huyện Phù Vân; Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh; 760 / 480 triệu đồng."),
    ("L", "2. Sản xuất lúa chất lượng cao ST25 liên kết tiêu thụ; 40 ha tại xã Thanh Tân, huyện Phù Vân; Công ty TNHH Giống cây trồng Sơn Lĩnh; 520 / 240 triệu đồng."),
    ("L", "3. Sản xuất rau an toàn theo VietGAP trong nhà lưới; 5 ha tại xã Đông Hà Lộc, huyện Phù Vân; Hợp tác xã Rau an toàn Đông Hà Lộc; 640 / 450 triệu đồng."),
    ("L", "4. Vỗ béo bò thịt sử dụng thức ăn ủ chua từ phụ phẩm nông nghiệp; 60 con tại xã Tà Lung, huyện Kim Đài; Trung tâm Khuyến nông tỉnh; 910 / 560 triệu đồng."),
    ("L", "5. Trồng nấm rơm, nấm bào ngư từ rơm rạ; 1.200 m² lán trại tại xã Vĩnh Xương, huyện Phù Vân; Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh; 380 / 300 triệu đồng."),
    ("L", "6. Tái canh cà phê vối theo VietGAP; 30 ha tại xã Ea Lâm, huyện Lạc Sơn Đông; Viện Nông nghiệp Cao nguyên Sơn Lĩnh; 1.150 / 680 triệu đồng."),
    ("L", "7. Tưới nhỏ giọt tiết kiệm nước kết hợp bón phân cho cây ăn quả; 20 ha tại xã Hòa Phong, huyện Kim Đài; Công ty Cổ phần Công nghệ Tưới Việt Xanh; 860 / 520 triệu đồng."),
    ("L", "8. Sản xuất phân hữu cơ vi sinh từ phụ phẩm bằng chế phẩm sinh học; 300 tấn/năm tại thị trấn Lạc Sơn, huyện Lạc Sơn Đông; Trung tâm Khuyến nông tỉnh; 450 / 350 triệu đồng."),
    ("L", "9. Nhân giống khoai lang tím Nhật bằng phương pháp nuôi cấy mô; 50.000 cây giống tại xã Phước Đông, huyện Lạc Sơn Đông; Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh; 1.180 / 620 triệu đồng."),
    ("D", "Điều 2. Cơ chế hỗ trợ chứng nhận VietGAP và hợp đồng chuyển giao công nghệ năm 2026"),
    ("P", "1. Hỗ trợ 50% giá trị hợp đồng chuyển giao công nghệ, tối đa 300 triệu đồng/hợp đồng; số hợp đồng được hỗ trợ trong năm 2026 không quá 12 hợp đồng."),
    ("P", "2. Hỗ trợ 100% chi phí chứng nhận VietGAP lần đầu, tối đa 35 triệu đồng/giấy chứng nhận; hỗ trợ 50% chi phí tái cấp chứng nhận, tối đa 15 triệu đồng/giấy chứng nhận."),
    ("P", "3. Kinh phí thực hiện Điều này là 2.600 triệu đồng, bố trí từ nguồn sự nghiệp khoa học và công nghệ năm 2026, ngoài kinh phí quy định tại Điều 1. Mục tiêu năm 2026 toàn tỉnh cấp mới chứng nhận VietGAP cho ít nhất 1.500 ha."),
    ("D", "Điều 3. Tổ chức thực hiện"),
    ("P", "1. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nông nghiệp và Môi trường ban hành hướng dẫn hồ sơ, trình tự hỗ trợ trước ngày 31/3/2026; ký hợp đồng thực hiện mô hình với các đơn vị chuyển giao trước ngày 30/4/2026; kiểm tra, nghiệm thu và báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 15/12/2026."),
    ("P", "2. Sở Nông nghiệp và Môi trường phối hợp lựa chọn địa điểm, hộ tham gia mô hình; chỉ đạo Trung tâm Khuyến nông tỉnh tổ chức tập huấn, hội thảo đầu bờ; kiểm tra chất lượng sản phẩm sau chứng nhận VietGAP."),
    ("P", "3. Sở Tài chính thẩm định, tham mưu cấp kinh phí 4.200 triệu đồng ngân sách tỉnh cho các mô hình tại Điều 1 và 2.600 triệu đồng tại Điều 2; hướng dẫn thanh toán, quyết toán theo quy định."),
    ("P", "4. Ủy ban nhân dân các huyện Phù Vân, Kim Đài, Lạc Sơn Đông bố trí đủ kinh phí đối ứng trước ngày 30/4/2026; chỉ đạo Ủy ban nhân dân các xã có mô hình phối hợp chọn hộ, giám sát thực hiện."),
    ("P", "5. Các đơn vị chuyển giao thực hiện mô hình đúng tiến độ, báo cáo kết quả về Sở Khoa học và Công nghệ định kỳ hằng quý, trước ngày 20 của tháng cuối quý."),
    ("D", "Điều 4. Quyết định này có hiệu lực kể từ ngày ký."),
    ("P", "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Khoa học và Công nghệ, Nông nghiệp và Môi trường, Tài chính; Chủ tịch Ủy ban nhân dân các huyện Phù Vân, Kim Đài, Lạc Sơn Đông; Thủ trưởng các cơ quan, đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."),
]
OA04_RECIP = ["Nơi nhận:", "- Như Điều 4;", "- Bộ Khoa học và Công nghệ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
              "- CT, các PCT UBND tỉnh;", "- Lưu: VT, KGVX."]
OA04_SIGN = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(đã ký)", "", "Phạm Đức Khiêm"]


def build_pdf():
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 15, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.add_page()
    y0 = pdf.get_y()
    for i, line in enumerate(OA04_HEAD_LEFT):
        pdf.set_font("DV", "B" if i < 2 else "", 9.5)
        pdf.set_xy(15, y0 + i * 4.8)
        pdf.cell(70, 4.8, N(line), align="C")
    for i, line in enumerate(OA04_HEAD_RIGHT):
        pdf.set_font("DV", "I" if i == 3 else "B", 9.5)
        pdf.set_xy(90, y0 + i * 4.8)
        pdf.cell(105, 4.8, N(line), align="C")
    pdf.set_y(y0 + 5 * 4.8 + 3)
    for i, line in enumerate(OA04_TITLE):
        pdf.set_font("DV", "B", 12 if i == 0 else 10.5)
        pdf.multi_cell(0, 5.5, N(line), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, text in OA04_BODY:
        if kind == "C":
            pdf.set_font("DV", "B", 10.5)
            pdf.multi_cell(0, 5.5, N(text), align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "D":
            pdf.set_font("DV", "B", 10)
            pdf.multi_cell(0, 5.2, N(text), align="J", new_x="LMARGIN", new_y="NEXT")
        elif kind == "L":
            pdf.set_font("DV", "", 10)
            pdf.set_x(30)
            pdf.multi_cell(0, 5.2, N(text), align="J", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DV", "", 10)
            pdf.multi_cell(0, 5.2, N(text), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(3)
    y1 = pdf.get_y()
    if y1 > 235:
        pdf.add_page()
        y1 = pdf.get_y()
    for i, line in enumerate(OA04_RECIP):
        pdf.set_font("DV", "B" if i == 0 else "", 9 if i == 0 else 8.5)
        pdf.set_xy(22, y1 + i * 4.3)
        pdf.cell(80, 4.3, N(line))
    for i, line in enumerate(OA04_SIGN):
        pdf.set_font("DV", "I" if line == "(đã ký)" else "B", 10)
        pdf.set_xy(110, y1 + i * 5)
        pdf.cell(85, 5, N(line), align="C")
    out = os.path.join(CORPUS, "oa04_quyet_dinh_danh_muc_mo_hinh_chuyen_giao.pdf")
    pdf.output(out)
    return out


if __name__ == "__main__":
    print(build_docx())
    print(build_pdf())
