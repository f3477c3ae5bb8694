#!/usr/bin/env python
"""Build k04 (.docx, python-docx) and k05 (.pdf, fpdf2) of the blind3 corpus.

Run:  /tmp/venv_k/bin/python /work/main/eval/blind3/build_k.py
All text is invented (tỉnh Hòa Bình Nam is fictional) and kept in this file.
k04 uses Word's own automatic list numbering (numbering.xml), so the numbers
"1.", "2.", "a)" are NOT part of the paragraph text.
"""
import copy
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- k04 (.docx)
K04_FILE = "k04_hd14_lhh_hoi_thi_sang_tao.docx"
K04_LEFT = ["LIÊN HIỆP CÁC HỘI KHOA HỌC", "VÀ KỸ THUẬT TỈNH HÒA BÌNH NAM", "-------", "Số: 14/HD-LHH"]
K04_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
             "Hòa Nam, ngày 09 tháng 6 năm 2026"]
K04_TITLE = ["HƯỚNG DẪN",
             "Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Hòa Bình Nam lần thứ IX (2026 - 2027)"]
# ("h"|"p"|"n1"|"n2"|"restart"|"table", text)
#   n1 = numbered item level 1 (1., 2., ...), n2 = level 2 (a), b), ...)
#   restart = start a new numbered list (numbering restarts at 1)
K04_BODY = [
    ("p", "Thực hiện Quyết định số 1386/QĐ-UBND ngày 14/4/2026 của Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chương trình hành động số 21-CTr/TU của Tỉnh ủy về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số giai đoạn 2026 - 2027, trong đó Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh được giao chủ trì tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX; Ban Thường vụ Liên hiệp hội hướng dẫn tổ chức Hội thi như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("restart", None),
    ("n1", "Phát hiện, tôn vinh các giải pháp sáng tạo kỹ thuật có khả năng ứng dụng vào sản xuất, đời sống; khơi dậy tinh thần đổi mới sáng tạo trong cán bộ, công nhân, nông dân, học sinh, sinh viên trên địa bàn tỉnh."),
    ("n1", "Lựa chọn các giải pháp đạt giải cao để tham dự Hội thi Sáng tạo kỹ thuật toàn quốc; góp phần thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị."),
    ("n1", "Hội thi được tổ chức công khai, khách quan, tiết kiệm; việc chấm giải bảo đảm đúng tiêu chí, không chạy theo số lượng."),
    ("h", "II. ĐỐI TƯỢNG VÀ ĐIỀU KIỆN DỰ THI"),
    ("restart", None),
    ("n1", "Đối tượng: mọi cá nhân, tập thể là công dân Việt Nam đang sinh sống, học tập, làm việc trên địa bàn tỉnh Hòa Bình Nam; các tổ chức, doanh nghiệp có trụ sở trên địa bàn tỉnh. Thành viên Ban Tổ chức và Hội đồng giám khảo không được tham gia dự thi."),
    ("n1", "Điều kiện đối với giải pháp dự thi:"),
    ("n2", "Có tính mới so với trình độ kỹ thuật trong tỉnh, chưa được công bố trên các phương tiện thông tin đại chúng trước ngày nộp hồ sơ;"),
    ("n2", "Đã được áp dụng hoặc thử nghiệm trong thực tế, có khả năng nhân rộng;"),
    ("n2", "Chưa đạt giải tại các hội thi, cuộc thi cấp tỉnh, cấp toàn quốc khác."),
    ("h", "III. LĨNH VỰC DỰ THI"),
    ("p", "Hội thi lần thứ IX gồm 06 lĩnh vực: Cơ khí - Tự động hóa; Điện - Điện tử - Công nghệ thông tin và chuyển đổi số; Nông, lâm nghiệp và thủy sản; Y dược; Môi trường và năng lượng tái tạo; Giáo dục và đào tạo. Riêng lĩnh vực Giáo dục và đào tạo có bảng dành riêng cho học sinh trung học phổ thông."),
    ("h", "IV. THỜI GIAN VÀ HỒ SƠ DỰ THI"),
    ("restart", None),
    ("n1", "Phát động Hội thi: tháng 6/2026, tại Hội trường Liên hiệp hội, số 27 đường Lê Lợi, thành phố Hòa Nam."),
    ("n1", "Nhận hồ sơ dự thi: từ ngày 01/7/2026 đến hết ngày 31/3/2027 (tính theo dấu bưu điện hoặc thời điểm gửi trên hệ thống trực tuyến)."),
    ("n1", "Chấm sơ khảo và chung khảo: tháng 4 và tháng 5/2027; tổng kết, trao giải dự kiến vào tháng 7/2027."),
    ("n1", "Hồ sơ dự thi gồm: phiếu đăng ký theo mẫu; bản mô tả giải pháp không quá 15 trang khổ A4; xác nhận của đơn vị đã áp dụng giải pháp; ảnh, video minh họa (nếu có). Mỗi giải pháp nộp 02 bộ hồ sơ bản giấy và 01 bản điện tử."),
    ("h", "V. CƠ CẤU GIẢI THƯỞNG"),
    ("p", "Cơ cấu giải thưởng cho toàn Hội thi như sau:"),
    ("table", None),
    ("p", "Ngoài các giải trên, Ban Tổ chức trao 01 giải đặc biệt trị giá 50 triệu đồng cho giải pháp xuất sắc nhất có khả năng thương mại hóa; tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các giải pháp đạt giải Nhất."),
    ("h", "VI. TỔ CHỨC THỰC HIỆN"),
    ("restart", None),
    ("n1", "Ban Thường vụ Liên hiệp hội thành lập Ban Tổ chức Hội thi do đồng chí Chủ tịch Liên hiệp hội làm Trưởng ban; Văn phòng Liên hiệp hội là cơ quan thường trực của Ban Tổ chức, tiếp nhận hồ sơ và giải đáp thắc mắc của tác giả."),
    ("n1", "Đề nghị Sở Khoa học và Công nghệ phối hợp giới thiệu chuyên gia tham gia Hội đồng giám khảo; hỗ trợ các giải pháp đạt giải Nhất, Nhì đăng ký bảo hộ quyền sở hữu công nghiệp."),
    ("n1", "Đề nghị Tỉnh đoàn phối hợp vận động đoàn viên, thanh niên, học sinh, sinh viên tham gia Hội thi; Sở Giáo dục và Đào tạo chỉ đạo các trường trung học phổ thông hướng dẫn học sinh hoàn thiện sản phẩm dự thi."),
    ("n1", "Đề nghị Liên đoàn Lao động tỉnh và Hội Nông dân tỉnh phát động phong trào sáng kiến trong công nhân, nông dân; lựa chọn ít nhất 05 giải pháp tiêu biểu gửi tham dự Hội thi."),
    ("n1", "Các hội thành viên tuyên truyền, vận động hội viên là trí thức khoa học và công nghệ tham gia; hỗ trợ tác giả hoàn thiện hồ sơ dự thi."),
    ("n1", "Đề nghị Ủy ban nhân dân các huyện, thành phố chỉ đạo các phòng chuyên môn tuyên truyền, phát động Hội thi đến cấp xã; khuyến khích doanh nghiệp, hợp tác xã trên địa bàn đăng ký tham gia."),
    ("p", "Mọi thông tin chi tiết liên hệ Văn phòng Liên hiệp hội, điện thoại 0218.3852.667, thư điện tử: hoithisangtao@lhhhoabinhnam.org.vn."),
]
K04_TABLE_HEAD = ["Giải thưởng", "Số lượng và cách phân bổ", "Mức thưởng"]
K04_TABLE = [
    ["Giải Nhất", "06 giải (mỗi lĩnh vực 01 giải)", "30 triệu đồng mỗi giải, kèm Giấy chứng nhận"],
    ["Giải Nhì", "12 giải (mỗi lĩnh vực 02 giải)", "20 triệu đồng mỗi giải, kèm Giấy chứng nhận"],
    ["Giải Ba", "18 giải (mỗi lĩnh vực 03 giải)", "12 triệu đồng mỗi giải, kèm Giấy chứng nhận"],
    ["Giải Khuyến khích", "30 giải (không phân theo lĩnh vực)", "05 triệu đồng mỗi giải, kèm Giấy chứng nhận"],
    ["Giải dành cho học sinh", "04 giải (chỉ xét bảng học sinh trung học phổ thông)", "08 triệu đồng mỗi giải, kèm Giấy chứng nhận"],
]
K04_NOINHAN = ["Nơi nhận:", "- Liên hiệp các Hội KH&KT Việt Nam (b/c);", "- Thường trực Tỉnh ủy (b/c);",
               "- UBND tỉnh (b/c);", "- Các sở, ngành, đoàn thể liên quan;", "- Các hội thành viên;",
               "- Lưu: VT, VP."]
K04_SIGN = ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "PGS.TS. Bùi Đức Thịnh"]


def _add_numbering(doc):
    """Create one abstractNum (1. / a)) in numbering.xml; return a factory
    that creates a fresh num (restarting at 1) referencing it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    abs_id = max(abs_ids + [0]) + 1
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "hybridMultilevel")
    absn.append(mlt)
    for ilvl, fmt, text, ind in ((0, "decimal", "%1.", 720), (1, "lowerLetter", "%2)", 1080)):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        indel = OxmlElement("w:ind")
        indel.set(qn("w:left"), str(ind))
        indel.set(qn("w:hanging"), "360")
        ppr.append(indel)
        lvl.append(ppr)
        absn.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    state = {"next": max([int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))] + [0]) + 1}

    def new_num():
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(state["next"]))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), str(abs_id))
        num.append(a)
        for ilvl in (0, 1):
            ov = OxmlElement("w:lvlOverride")
            ov.set(qn("w:ilvl"), str(ilvl))
            so = OxmlElement("w:startOverride")
            so.set(qn("w:val"), "1")
            ov.append(so)
            num.append(ov)
        numbering.append(num)
        state["next"] += 1
        return int(num.get(qn("w:numId")))
    return new_num


def _set_num(par, num_id, ilvl):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    ppr = par._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)


def build_k04(path):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    new_num = _add_numbering(doc)
    hdr = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(hdr.rows[0].cells, (K04_LEFT, K04_RIGHT)):
        cell.text = N(lines[0])
        for ln in lines[1:]:
            cell.add_paragraph(N(ln))
    for t in K04_TITLE:
        p = doc.add_paragraph()
        p.alignment = 1
        p.add_run(N(t)).bold = True
    num_id = None
    for kind, text in K04_BODY:
        if kind == "h":
            p = doc.add_paragraph()
            p.add_run(N(text)).bold = True
        elif kind == "p":
            doc.add_paragraph(N(text))
        elif kind == "restart":
            num_id = new_num()
        elif kind in ("n1", "n2"):
            p = doc.add_paragraph(N(text), style="List Paragraph")
            _set_num(p, num_id, 0 if kind == "n1" else 1)
        else:
            tb = doc.add_table(rows=1, cols=len(K04_TABLE_HEAD))
            tb.style = "Table Grid"
            for c, h in zip(tb.rows[0].cells, K04_TABLE_HEAD):
                c.text = N(h)
            for row in K04_TABLE:
                cells = tb.add_row().cells
                for c, v in zip(cells, row):
                    c.text = N(v)
    doc.add_paragraph("")
    sig = doc.add_table(rows=1, cols=2)
    left, right = sig.rows[0].cells
    left.text = N(K04_NOINHAN[0])
    for ln in K04_NOINHAN[1:]:
        left.add_paragraph(N(ln))
    right.text = N(K04_SIGN[0])
    for ln in K04_SIGN[1:]:
        right.add_paragraph(N(ln))
    doc.save(path)


# ---------------------------------------------------------------- k05 (.pdf)
K05_FILE = "k05_bc312_ubnd_muong_khe_ket_qua_2026.pdf"
K05_HEADER = [
    ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("HUYỆN MƯỜNG KHÊ", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 312/BC-UBND", "Mường Khê, ngày 04 tháng 12 năm 2026"),
]
K05_TITLE = ["BÁO CÁO",
             "Kết quả thực hiện nhiệm vụ phát triển khoa học, công nghệ,",
             "đổi mới sáng tạo và chuyển đổi số năm 2026"]
# ("h"|"p"|"table"|"page", text)
K05_BODY = [
    ("p", "Thực hiện Kế hoạch số 52-KH/HU ngày 08/5/2026 của Huyện ủy Mường Khê và Quyết định số 1386/QĐ-UBND ngày 14/4/2026 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân huyện báo cáo kết quả thực hiện năm 2026 như sau:"),
    ("h", "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"),
    ("p", "Ủy ban nhân dân huyện đã ban hành Kế hoạch số 118/KH-UBND ngày 12/6/2026 triển khai các chỉ tiêu về hạ tầng số và dịch vụ công trực tuyến; kiện toàn Ban Chỉ đạo chuyển đổi số huyện do Chủ tịch Ủy ban nhân dân huyện làm Trưởng ban. Trong năm, huyện tổ chức 02 hội nghị chuyên đề, 01 đợt kiểm tra tại 6 xã, thị trấn; 15/15 xã, thị trấn đã ban hành kế hoạch thực hiện."),
    ("h", "II. KẾT QUẢ THỰC HIỆN"),
    ("p", "1. Hạ tầng số. Phối hợp với các doanh nghiệp viễn thông lắp đặt mới 9 trạm phát sóng 4G, xóa điểm trắng sóng tại 9/14 thôn, bản; còn 5 thôn, bản thuộc xã Suối Hoa và xã Nà Lươn chưa có sóng ổn định. Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 71,4%, tăng 8,9 điểm phần trăm so với năm 2025."),
    ("p", "2. Chính quyền số. Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt 63,2% (năm 2025 đạt 47,5%); 100% cán bộ, công chức cấp huyện và 92% cán bộ, công chức cấp xã đã được cấp chữ ký số cá nhân. Thị trấn Khê Thượng dẫn đầu huyện với tỷ lệ hồ sơ trực tuyến 81%."),
    ("p", "3. Xã hội số. Toàn huyện có 128 Tổ công nghệ số cộng đồng với 634 thành viên, phủ kín 128/128 thôn, bản, tổ dân phố. Số người từ 15 tuổi trở lên có tài khoản định danh điện tử mức độ 2 là 52.316 người, đạt 68,7%. Huyện đoàn đã thành lập 22 đội thanh niên tình nguyện, hướng dẫn trên 9.500 lượt người dân cài đặt ứng dụng."),
    ("p", "4. Kinh tế số và ứng dụng khoa học, công nghệ. Có 19 sản phẩm được gắn mã QR truy xuất nguồn gốc, trong đó có chè Shan tuyết Khê Thượng, mật ong rừng Suối Hoa; doanh thu bán hàng qua sàn thương mại điện tử của các hợp tác xã ước đạt 4,6 tỷ đồng. Triển khai 03 mô hình chè, nuôi ong theo quy trình VietGAP có nhật ký điện tử với tổng diện tích 42 ha."),
    ("p", "5. Giáo dục. 21/24 trường trung học cơ sở tổ chức hoạt động giáo dục STEM; 100% trường trung học phổ thông thực hiện học bạ số; 146 giáo viên được bồi dưỡng năng lực số."),
    ("p", "6. Kinh phí. Tổng kinh phí chi cho khoa học, công nghệ và chuyển đổi số năm 2026 là 5,85 tỷ đồng, trong đó ngân sách huyện 3,4 tỷ đồng, vốn hỗ trợ của tỉnh 1,9 tỷ đồng, nguồn xã hội hóa 550 triệu đồng."),
    ("h", "III. MỘT SỐ CHỈ TIÊU CHỦ YẾU"),
    ("table", None),
    ("h", "IV. HẠN CHẾ, NGUYÊN NHÂN"),
    ("p", "Tỷ lệ hồ sơ trực tuyến toàn trình chưa đạt mục tiêu đề ra, nhất là ở các xã vùng cao; một bộ phận người cao tuổi còn ngại sử dụng dịch vụ số. Nguyên nhân chủ yếu do hạ tầng mạng ở vùng sâu chưa ổn định, đội ngũ công chức chuyên trách công nghệ thông tin cấp xã còn thiếu (mới có 7/15 xã, thị trấn bố trí được công chức có chuyên môn phù hợp)."),
    ("h", "V. NHIỆM VỤ TRỌNG TÂM NĂM 2027"),
    ("p", "1. Hoàn thành xóa điểm trắng sóng tại 5 thôn, bản còn lại trước ngày 30/6/2027."),
    ("p", "2. Nâng tỷ lệ hồ sơ giải quyết trực tuyến toàn trình lên trên 75%; 100% cán bộ, công chức cấp xã có chữ ký số."),
    ("p", "3. Bố trí ngân sách huyện cho chuyển đổi số năm 2027 là 4,1 tỷ đồng; đề nghị tỉnh hỗ trợ thêm 2,5 tỷ đồng để đầu tư hạ tầng cho các xã vùng cao."),
    ("p", "4. Nhân rộng mô hình \"Ngày Chủ nhật số\" của xã Phú Lâm ra toàn huyện."),
    ("h", "VI. ĐỀ XUẤT, KIẾN NGHỊ"),
    ("p", "Đề nghị Sở Khoa học và Công nghệ hỗ trợ huyện xây dựng nhãn hiệu chứng nhận \"Gạo nếp Phú Lâm\"; đề nghị Sở Nội vụ hướng dẫn bố trí biên chế công chức công nghệ thông tin cấp xã."),
]
K05_TABLE = [
    ["TT", "Chỉ tiêu", "Đơn vị", "Năm 2025", "Năm 2026", "Kế hoạch 2027"],
    ["1", "Hồ sơ trực tuyến toàn trình", "%", "47,5", "63,2", "75"],
    ["2", "Hộ có Internet cáp quang", "%", "62,5", "71,4", "80"],
    ["3", "Tổ công nghệ số cộng đồng", "tổ", "97", "128", "128"],
    ["4", "Người có định danh điện tử mức độ 2", "%", "51,2", "68,7", "80"],
    ["5", "Sản phẩm có mã QR truy xuất nguồn gốc", "sản phẩm", "8", "19", "25"],
    ["6", "Doanh thu thương mại điện tử của HTX", "tỷ đồng", "1,8", "4,6", "7"],
    ["7", "Trường THCS tổ chức giáo dục STEM", "trường", "12", "21", "24"],
]
K05_SIGN = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Quách Văn Định"]
K05_NOINHAN = ["Nơi nhận:", "- Sở Khoa học và Công nghệ (b/c);", "- Thường trực Huyện ủy (b/c);",
               "- Chủ tịch, các PCT UBND huyện;", "- Các phòng, ban chuyên môn;",
               "- UBND các xã, thị trấn;", "- Lưu: VT."]


def build_k05(path):
    from fpdf import FPDF
    font_dir = "/usr/share/fonts/truetype/dejavu"
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", os.path.join(font_dir, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(font_dir, "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    w = pdf.epw / 2
    for left, right in K05_HEADER:
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(w - 10, 6, N(left), align="C")
        pdf.cell(w + 10, 6, N(right), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for i, t in enumerate(K05_TITLE):
        pdf.set_font("DejaVu", "B", 13 if i == 0 else 11.5)
        pdf.cell(0, 7, N(t), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in K05_BODY:
        if kind == "page":
            pdf.add_page()
        elif kind == "h":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6.5, N(text), new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(0, 6.3, N(text), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        else:
            pdf.set_font("DejaVu", "", 9.5)
            with pdf.table(col_widths=(8, 58, 18, 18, 18, 22), line_height=6,
                           text_align=("CENTER", "LEFT", "CENTER", "CENTER", "CENTER", "CENTER")) as tb:
                for r in K05_TABLE:
                    row = tb.row()
                    for v in r:
                        row.cell(N(v))
            pdf.ln(4)
    pdf.ln(6)
    y = pdf.get_y()
    if y > 230:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_font("DejaVu", "", 9.5)
    for ln in K05_NOINHAN:
        pdf.cell(w, 5.5, N(ln), new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(pdf.l_margin + w, y)
    pdf.set_font("DejaVu", "B", 11)
    for ln in K05_SIGN:
        pdf.set_x(pdf.l_margin + w)
        pdf.cell(w, 6, N(ln), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_k04(os.path.join(CORPUS, K04_FILE))
    build_k05(os.path.join(CORPUS, K05_FILE))
    print("built", K04_FILE, K05_FILE)
