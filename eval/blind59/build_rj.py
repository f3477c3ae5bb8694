#!/usr/bin/env python3
"""Rebuild the 5 corpus files of eval set blind59 (tỉnh Phù Mỹ Đông, education focus).

All text is invented and held inside this script.
rj01 .docx (python-docx, Word list numbering + task table)
rj02 .pdf  (fpdf2 + DejaVuSans, text layer)
rj03 .txt  (hard-wrapped like a PDF copy, two-column header)
rj04 .md   (Markdown tables)
rj05 .txt  (two-column header, Markdown tables)
"""
import copy
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- rj01 (docx)
RJ01_HEADER = (
    "UBND TỈNH PHÙ MỸ ĐÔNG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1846/KH-SGDĐT",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPhù Đông, ngày 12 tháng 9 năm 2025",
)
# kinds: t = title (centered bold), h = heading, p = paragraph,
# n = List Number (restarts after each heading), b = List Bullet, table, sign
RJ01 = [
    ("t", "KẾ HOẠCH"),
    ("t", "Tổ chức Cuộc thi khoa học, kỹ thuật và Ngày hội STEM học sinh trung học tỉnh Phù Mỹ Đông năm học 2025-2026"),
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Căn cứ Kế hoạch số 97/KH-UBND ngày 18/4/2025 của UBND tỉnh Phù Mỹ Đông về phát triển giáo dục STEM và nâng cao năng lực số cho học sinh giai đoạn 2025-2030;"),
    ("p", "Căn cứ Hướng dẫn số 1502/SGDĐT-GDTrH ngày 20/8/2025 của Sở Giáo dục và Đào tạo về thực hiện nhiệm vụ giáo dục trung học năm học 2025-2026,"),
    ("p", "Sở Giáo dục và Đào tạo (GD&ĐT) ban hành Kế hoạch tổ chức Cuộc thi khoa học, kỹ thuật (KHKT) và Ngày hội STEM học sinh trung học năm học 2025-2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("n", "Khuyến khích học sinh trung học nghiên cứu, sáng tạo, vận dụng kiến thức liên môn để giải quyết các vấn đề thực tiễn của địa phương, nhất là trong nông nghiệp, môi trường ven biển và chuyển đổi số."),
    ("n", "Góp phần đổi mới phương pháp dạy học, kiểm tra, đánh giá; phát triển mô hình giáo dục STEM trong các cơ sở giáo dục trung học trên địa bàn tỉnh."),
    ("n", "Tuyển chọn các dự án xuất sắc tham dự Cuộc thi khoa học, kỹ thuật cấp quốc gia dành cho học sinh trung học năm 2026."),
    ("n", "Việc tổ chức phải bảo đảm khách quan, công bằng, an toàn, tiết kiệm; không gây áp lực cho học sinh, không tổ chức luyện thi dưới mọi hình thức."),
    ("h", "II. ĐỐI TƯỢNG, LĨNH VỰC DỰ THI"),
    ("b", "Đối tượng: học sinh đang học lớp 8, lớp 9 tại các trường trung học cơ sở (THCS) và học sinh lớp 10, 11, 12 tại các trường trung học phổ thông (THPT), trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên (GDNN-GDTX) trên địa bàn tỉnh."),
    ("b", "Mỗi dự án có tối đa 02 học sinh cùng thực hiện và 01 người hướng dẫn khoa học; mỗi học sinh chỉ tham gia 01 dự án."),
    ("b", "Dự án thuộc một trong 12 lĩnh vực: Khoa học động vật; Khoa học xã hội và hành vi; Hóa sinh; Y sinh và khoa học sức khỏe; Kỹ thuật y sinh; Hệ thống nhúng; Năng lượng; Kỹ thuật môi trường; Khoa học vật liệu; Toán học; Phần mềm hệ thống; Robot và máy thông minh."),
    ("b", "Ngày hội STEM gồm 03 nội dung: trưng bày sản phẩm STEM của học sinh, trình diễn robot và thi giải pháp chuyển đổi số trong trường học; mỗi đơn vị cấp huyện và mỗi trường THPT được bố trí 01 gian trưng bày, tổng cộng 40 gian."),
    ("h", "III. THỜI GIAN, ĐỊA ĐIỂM"),
    ("b", "Vòng cấp trường: các trường tự tổ chức, hoàn thành trước ngày 15/11/2025."),
    ("b", "Vòng sơ khảo cấp huyện (đối với cấp THCS): các phòng Giáo dục và Đào tạo tổ chức, hoàn thành trước ngày 10/12/2025; mỗi huyện, thị xã, thành phố chọn tối đa 08 dự án dự thi cấp tỉnh."),
    ("b", "Đăng ký dự thi cấp tỉnh: các đơn vị nộp hồ sơ trên Hệ thống quản lý cuộc thi trực tuyến của Sở trước 17h00 ngày 26/12/2025; mỗi trường THPT đăng ký tối đa 04 dự án."),
    ("b", "Vòng chung khảo và Ngày hội STEM: ngày 14 và 15/01/2026 tại Nhà thi đấu đa năng, cơ sở 2 Trường Đại học Phù Mỹ Đông, phường Bàng Thạch, thành phố Phù Đông."),
    ("b", "Lễ tổng kết, trao giải: 8h00 ngày 16/01/2026 tại Hội trường A, Trường Đại học Phù Mỹ Đông."),
    ("h", "IV. CƠ CẤU GIẢI THƯỞNG"),
    ("p", "Ban Tổ chức xét trao giải cho từng lĩnh vực gồm giải Nhất, giải Nhì, giải Ba và giải Khuyến khích; tổng số giải không vượt quá 60% số dự án vào vòng chung khảo. Mức thưởng cho mỗi dự án: giải Nhất 5.000.000 đồng, giải Nhì 3.000.000 đồng, giải Ba 2.000.000 đồng, giải Khuyến khích 1.000.000 đồng."),
    ("p", "Tại Ngày hội STEM, Ban Tổ chức trao 05 giải \"Sản phẩm STEM được yêu thích\" do khách tham quan bình chọn, mỗi giải 1.500.000 đồng."),
    ("p", "Căn cứ kết quả chung khảo, Sở chọn tối đa 06 dự án tiêu biểu đại diện tỉnh Phù Mỹ Đông tham dự cuộc thi cấp quốc gia."),
    ("h", "V. KINH PHÍ"),
    ("p", "Tổng kinh phí dự kiến là 486.500.000 đồng (Bốn trăm tám mươi sáu triệu năm trăm nghìn đồng), trong đó: ngân sách sự nghiệp giáo dục năm 2026 giao Sở là 426.500.000 đồng; nguồn xã hội hóa do Hội Khuyến học tỉnh vận động là 60.000.000 đồng. Kinh phí tổ chức vòng cấp trường, cấp huyện do các đơn vị tự cân đối từ nguồn kinh phí giao."),
    ("h", "VI. TỔ CHỨC THỰC HIỆN"),
    ("n", "Giao Phòng Giáo dục Trung học chủ trì, phối hợp với Văn phòng Sở và Phòng Kế hoạch - Tài chính tham mưu thành lập Ban Tổ chức, Ban Giám khảo; xây dựng thể lệ chi tiết và hướng dẫn đăng ký trước ngày 30/9/2025."),
    ("n", "Phòng Kế hoạch - Tài chính có trách nhiệm lập dự toán, thẩm định và hướng dẫn thanh quyết toán kinh phí theo quy định."),
    ("n", "Trung tâm Công nghệ thông tin và Truyền thông giáo dục (thuộc Sở) vận hành Hệ thống quản lý cuộc thi trực tuyến, bảo đảm đường truyền tại địa điểm thi và đưa tin về cuộc thi trên Cổng thông tin điện tử của Sở."),
    ("n", "Đề nghị Sở Khoa học và Công nghệ (KH&CN) cử 06 chuyên gia tham gia Ban Giám khảo vòng chung khảo và hỗ trợ học sinh đăng ký bảo hộ sở hữu trí tuệ đối với các sản phẩm đạt giải."),
    ("n", "Đề nghị Trường Đại học Phù Mỹ Đông bố trí địa điểm, phòng thí nghiệm và sinh viên tình nguyện phục vụ vòng chung khảo, Ngày hội STEM; xem xét ưu tiên xét tuyển đối với học sinh đạt giải."),
    ("n", "Đề nghị Hội Khuyến học tỉnh vận động nguồn xã hội hóa và trao học bổng \"Ươm mầm sáng tạo\" cho 20 học sinh đạt giải có hoàn cảnh khó khăn."),
    ("n", "Các phòng Giáo dục và Đào tạo, các trường THPT, trung tâm GDNN-GDTX có trách nhiệm phổ biến kế hoạch đến giáo viên, học sinh; tổ chức vòng cấp trường, cấp huyện và gửi báo cáo kết quả về Sở (qua Phòng Giáo dục Trung học) trước ngày 31/01/2026."),
    ("p", "Bảng phân công nhiệm vụ cụ thể:"),
    ("table", [
        ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        ["1", "Ban hành thể lệ, quyết định thành lập Ban Tổ chức, Ban Giám khảo", "Phòng Giáo dục Trung học", "Văn phòng Sở", "Trước ngày 30/9/2025"],
        ["2", "Tập huấn người hướng dẫn dự án KHKT và giáo viên dạy STEM", "Phòng Giáo dục Trung học", "Trường Đại học Phù Mỹ Đông", "Tháng 10/2025"],
        ["3", "Mở và vận hành hệ thống đăng ký dự thi trực tuyến", "Trung tâm Công nghệ thông tin và Truyền thông giáo dục", "Phòng Giáo dục Trung học", "Từ 01/12/2025 đến 26/12/2025"],
        ["4", "Thẩm định hồ sơ, chọn dự án vào vòng chung khảo", "Ban Giám khảo", "Sở Khoa học và Công nghệ", "Trước ngày 08/01/2026"],
        ["5", "Tổ chức vòng chung khảo và Ngày hội STEM", "Ban Tổ chức", "Trường Đại học Phù Mỹ Đông", "Ngày 14-15/01/2026"],
        ["6", "Tổng kết, trao giải; báo cáo UBND tỉnh", "Phòng Giáo dục Trung học", "Phòng Kế hoạch - Tài chính", "Trước ngày 31/01/2026"],
    ]),
    ("p", "Đầu mối liên hệ: bà Nguyễn Thị Hạnh Dung, Phó Trưởng phòng Giáo dục Trung học, điện thoại 0915 246 318, e-mail dungnth.sgd@phumydong.edu.vn."),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở (qua Phòng Giáo dục Trung học) để kịp thời hướng dẫn./."),
    ("sign", ("Nơi nhận:\n- Bộ GD&ĐT (để b/c);\n- UBND tỉnh (để b/c);\n- Sở KH&CN;\n- Trường Đại học Phù Mỹ Đông;\n- Hội Khuyến học tỉnh;\n- Các phòng Giáo dục và Đào tạo;\n- Các trường THPT, trung tâm GDNN-GDTX;\n- Giám đốc, các Phó Giám đốc Sở;\n- Lưu: VT, GDTrH.",
              "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(đã ký)\n\nPhạm Quang Lực")),
]


def _new_num(doc, style_name):
    """Create a new w:num restarting the numbering used by a list style."""
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    style = doc.styles[style_name]
    numPr = style.element.pPr.find(qn("w:numPr"))
    base_num_id = numPr.find(qn("w:numId")).get(qn("w:val"))
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == base_num_id:
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(ids) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), abstract_id)
    num.append(a)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return new_id


def _set_num(par, num_id):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    pPr = par._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.append(numPr)


def build_docx(path, header, blocks):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    # two-column header as a borderless table
    t = doc.add_table(rows=1, cols=2)
    for i, txt in enumerate(header):
        cell = t.rows[0].cells[i]
        lines = txt.split("\n")
        cell.paragraphs[0].text = lines[0]
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for ln in lines[1:]:
            p = cell.add_paragraph(ln)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    num_id = None
    for kind, val in blocks:
        if kind == "t":
            p = doc.add_paragraph()
            r = p.add_run(nfc(val))
            r.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            p = doc.add_paragraph()
            r = p.add_run(nfc(val))
            r.bold = True
            num_id = None
        elif kind == "p":
            doc.add_paragraph(nfc(val))
        elif kind == "n":
            p = doc.add_paragraph(nfc(val), style="List Number")
            if num_id is None:
                num_id = _new_num(doc, "List Number")
            _set_num(p, num_id)
        elif kind == "b":
            doc.add_paragraph(nfc(val), style="List Bullet")
        elif kind == "table":
            tb = doc.add_table(rows=len(val), cols=len(val[0]))
            tb.style = "Table Grid"
            for ri, row in enumerate(val):
                for ci, cell_txt in enumerate(row):
                    tb.rows[ri].cells[ci].text = nfc(cell_txt)
                    if ri == 0:
                        for r in tb.rows[ri].cells[ci].paragraphs[0].runs:
                            r.bold = True
        elif kind == "sign":
            tb = doc.add_table(rows=1, cols=2)
            for ci, txt in enumerate(val):
                cell = tb.rows[0].cells[ci]
                lines = txt.split("\n")
                cell.paragraphs[0].text = nfc(lines[0])
                for ln in lines[1:]:
                    cell.add_paragraph(nfc(ln))
    doc.save(path)


# ---------------------------------------------------------------- rj02 (pdf)
RJ02 = [
    ("hdr", ("UBND TỈNH PHÙ MỸ ĐÔNG\nTRƯỜNG ĐẠI HỌC PHÙ MỸ ĐÔNG\nSố: 215/TB-ĐHPMĐ",
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPhù Đông, ngày 05 tháng 02 năm 2026")),
    ("t", "THÔNG BÁO"),
    ("t", "Tuyển sinh đại học hệ chính quy năm 2026"),
    ("p", "Căn cứ Quyết định số 318/QĐ-ĐHPMĐ ngày 20/01/2026 của Hiệu trưởng Trường Đại học Phù Mỹ Đông ban hành Đề án tuyển sinh năm 2026, Trường Đại học Phù Mỹ Đông thông báo tuyển sinh đại học hệ chính quy năm 2026 như sau:"),
    ("h", "1. Đối tượng, phạm vi tuyển sinh"),
    ("p", "Thí sinh đã tốt nghiệp THPT hoặc tương đương trong cả nước, có đủ sức khỏe để học tập theo quy định. Riêng các ngành sư phạm, thí sinh phải có nơi thường trú hoặc học lớp 12 tại tỉnh Phù Mỹ Đông theo đặt hàng đào tạo giáo viên của UBND tỉnh."),
    ("h", "2. Ngành đào tạo và chỉ tiêu"),
    ("p", "Tổng chỉ tiêu năm 2026 là 1.240 sinh viên cho 9 ngành, cụ thể như sau:"),
    ("table", [
        ["Mã ngành", "Tên ngành", "Chỉ tiêu", "Tổ hợp xét tuyển"],
        ["7140202", "Giáo dục Tiểu học", "120", "A00, C00, D01"],
        ["7140209", "Sư phạm Toán học", "60", "A00, A01, D01"],
        ["7140210", "Sư phạm Tin học", "40", "A00, A01, D01"],
        ["7140247", "Sư phạm Khoa học tự nhiên", "50", "A00, B00"],
        ["7480201", "Công nghệ thông tin", "300", "A00, A01, D01"],
        ["7460108", "Khoa học dữ liệu", "90", "A00, A01, D07"],
        ["7520207", "Kỹ thuật điện tử - viễn thông", "130", "A00, A01"],
        ["7620118", "Nông nghiệp công nghệ cao", "150", "A00, B00, D07"],
        ["7340101", "Quản trị kinh doanh", "300", "A00, A01, D01"],
    ]),
    ("p", "Ngành Khoa học dữ liệu tuyển sinh khóa đầu tiên trong năm 2026."),
    ("h", "3. Phương thức xét tuyển"),
    ("p", "Phương thức 1: Xét tuyển thẳng và ưu tiên xét tuyển theo quy chế của Bộ GD&ĐT. Thí sinh đạt giải Nhất, Nhì, Ba Cuộc thi khoa học, kỹ thuật cấp tỉnh năm học 2025-2026 tổ chức theo Kế hoạch số 1846/KH-SGDĐT của Sở GD&ĐT tỉnh Phù Mỹ Đông được cộng 1,5 điểm ưu tiên khi xét tuyển vào các ngành Công nghệ thông tin, Khoa học dữ liệu, Kỹ thuật điện tử - viễn thông."),
    ("p", "Phương thức 2: Xét kết quả Kỳ thi tốt nghiệp THPT năm 2026; ngưỡng bảo đảm chất lượng đầu vào các ngành sư phạm theo quy định của Bộ GD&ĐT, các ngành còn lại do Hội đồng tuyển sinh công bố sau khi có kết quả thi."),
    ("p", "Phương thức 3: Xét học bạ THPT, điểm trung bình cả năm lớp 12 của 3 môn trong tổ hợp đạt từ 18,0 điểm trở lên (chưa cộng điểm ưu tiên); riêng các ngành sư phạm yêu cầu học lực lớp 12 xếp loại Giỏi hoặc điểm xét tốt nghiệp THPT từ 8,0 trở lên. Phương thức 3 chiếm không quá 40% chỉ tiêu của mỗi ngành."),
    ("h", "4. Thời gian và hình thức đăng ký"),
    ("b", "Đăng ký xét học bạ (Phương thức 3): từ ngày 02/3/2026 đến 17h00 ngày 30/5/2026, trực tuyến tại xettuyen.dhpmd.edu.vn hoặc nộp trực tiếp tại Phòng Đào tạo. Lệ phí xét tuyển 30.000 đồng/nguyện vọng."),
    ("b", "Công bố danh sách đủ điều kiện trúng tuyển (trừ điều kiện tốt nghiệp THPT) theo Phương thức 3: trước ngày 15/6/2026."),
    ("b", "Đăng ký nguyện vọng theo Phương thức 1, 2 trên Hệ thống hỗ trợ tuyển sinh chung của Bộ GD&ĐT theo lịch chung của Bộ."),
    ("b", "Nhập học dự kiến: từ ngày 20/8/2026 đến ngày 25/8/2026 tại cơ sở 1 của Trường, số 36 đường Hòn Kẽm, phường Phù Đông Nam, thành phố Phù Đông."),
    ("h", "5. Học phí, học bổng và chính sách hỗ trợ"),
    ("b", "Học phí năm học 2026-2027 dự kiến: 14.500.000 đồng/sinh viên/năm đối với các ngành kỹ thuật, công nghệ; 12.800.000 đồng/sinh viên/năm đối với ngành Quản trị kinh doanh và ngành Nông nghiệp công nghệ cao. Sinh viên sư phạm hưởng chính sách hỗ trợ tiền đóng học phí và chi phí sinh hoạt theo quy định của Nhà nước."),
    ("b", "Trường dành 30 suất học bổng \"Tài năng số\" cho tân sinh viên ngành Công nghệ thông tin và ngành Khoa học dữ liệu có điểm xét tuyển cao nhất, mỗi suất 12.000.000 đồng/năm, duy trì trong 4 năm nếu kết quả học tập xếp loại Giỏi trở lên."),
    ("b", "Ký túc xá có 720 chỗ ở, ưu tiên sinh viên năm thứ nhất ở xa, giá 250.000 đồng/tháng."),
    ("h", "6. Tổ chức thực hiện"),
    ("p", "Phòng Đào tạo chủ trì tiếp nhận hồ sơ, phối hợp với Trung tâm Tuyển sinh và Truyền thông giải đáp thắc mắc của thí sinh; tổng hợp danh sách đủ điều kiện trúng tuyển trình Hội đồng tuyển sinh trước ngày 12/6/2026."),
    ("p", "Trung tâm Tuyển sinh và Truyền thông có trách nhiệm tổ chức 12 buổi tư vấn trực tiếp tại các trường THPT trong tỉnh từ tháng 3 đến tháng 5/2026 và cập nhật thông tin trên trang tuyển sinh, fanpage của Trường."),
    ("p", "Phòng Công tác sinh viên chuẩn bị chỗ ở ký túc xá, hồ sơ học bổng và miễn, giảm học phí cho tân sinh viên, hoàn thành trước ngày 15/8/2026."),
    ("p", "Khoa Công nghệ thông tin và Khoa Sư phạm phối hợp tổ chức \"Ngày hội trải nghiệm đại học\" cho học sinh lớp 12 vào ngày 28/3/2026 tại cơ sở 2 của Trường."),
    ("p", "Đề nghị Sở GD&ĐT tỉnh Phù Mỹ Đông, các trường THPT và trung tâm GDNN-GDTX phổ biến thông báo này đến học sinh lớp 12 và cha mẹ học sinh."),
    ("p", "Mọi thông tin chi tiết xin liên hệ: Phòng Đào tạo, Trường Đại học Phù Mỹ Đông; điện thoại 0256 3 846 118, đường dây nóng 0905 318 266 (ThS. Tạ Minh Trí); e-mail tuyensinh@dhpmd.edu.vn."),
    ("sign", ("Nơi nhận:\n- Sở GD&ĐT tỉnh Phù Mỹ Đông;\n- Các trường THPT trong tỉnh;\n- Hội đồng tuyển sinh Trường;\n- Các đơn vị trong Trường;\n- Lưu: VT, PĐT.",
              "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n(đã ký)\nTrương Thị Mai Lan")),
]


def build_pdf(path, blocks):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, val in blocks:
        if kind == "hdr":
            left, right = val
            y = pdf.get_y()
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(W * 0.45, 5.5, nfc(left), align="C", new_x="LMARGIN", new_y="NEXT")
            y2 = pdf.get_y()
            pdf.set_xy(pdf.l_margin + W * 0.45, y)
            pdf.multi_cell(W * 0.55, 5.5, nfc(right), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(y2, pdf.get_y()) + 6)
        elif kind == "t":
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(W, 7, nfc(val), align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(W, 6.5, nfc(val), new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(W, 6, nfc(val), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "b":
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(W, 6, "- " + nfc(val), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "table":
            pdf.set_font("DejaVu", "", 10)
            with pdf.table(col_widths=(22, 70, 20, 40), text_align=("CENTER", "LEFT", "CENTER", "LEFT"),
                           line_height=6) as table:
                for row in val:
                    r = table.row()
                    for c in row:
                        r.cell(nfc(c))
            pdf.ln(2)
        elif kind == "sign":
            left, right = val
            pdf.ln(4)
            y = pdf.get_y()
            pdf.set_font("DejaVu", "", 9)
            pdf.multi_cell(W * 0.5, 5, nfc(left), new_x="LMARGIN", new_y="NEXT")
            y2 = pdf.get_y()
            pdf.set_xy(pdf.l_margin + W * 0.5, y)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(W * 0.5, 6, nfc(right), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(y2, pdf.get_y()))
    pdf.output(path)


# ---------------------------------------------------------------- rj03 (txt, hard-wrapped)
RJ03_HEAD = """UBND HUYỆN SÔNG LỤA                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO                 Độc lập - Tự do - Hạnh phúc
    Số: 427/PGDĐT-THCS
V/v tổ chức thi chọn học sinh giỏi    Sông Lụa, ngày 06 tháng 10 năm 2025
lớp 9 và Cuộc thi khoa học, kỹ thuật
    cấp huyện năm học 2025-2026

          Kính gửi: Hiệu trưởng các trường THCS, TH&THCS trên địa bàn huyện.
"""

RJ03_BODY = [
    "Thực hiện Kế hoạch số 1846/KH-SGDĐT ngày 12/9/2025 của Sở GD&ĐT tỉnh Phù Mỹ Đông về tổ chức Cuộc thi khoa học, kỹ thuật và Ngày hội STEM học sinh trung học năm học 2025-2026; căn cứ kế hoạch thực hiện nhiệm vụ năm học 2025-2026 của ngành giáo dục huyện, Phòng Giáo dục và Đào tạo (PGD&ĐT) huyện Sông Lụa đề nghị Hiệu trưởng các trường thực hiện một số nội dung sau:",
    "1. Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện",
    "a) Môn thi: Ngữ văn, Toán, Tiếng Anh, Vật lý, Hóa học, Sinh học, Lịch sử, Địa lý và Tin học (9 môn). Riêng môn Tin học thi trên máy tính, thí sinh làm bài bằng ngôn ngữ lập trình Python hoặc C++.",
    "b) Thời gian: thi ngày 22/11/2025 (thứ Bảy). Buổi sáng thi các môn Ngữ văn, Toán, Tiếng Anh, Tin học, bắt đầu tính giờ làm bài lúc 7h30, thời gian làm bài 150 phút; buổi chiều thi các môn còn lại, bắt đầu lúc 13h30, thời gian làm bài 120 phút. Thí sinh có mặt tại điểm thi lúc 6h45 để làm thủ tục dự thi.",
    "c) Địa điểm: Trường THCS Thị trấn Sông Lụa, số 14 đường Cây Bàng, thị trấn Sông Lụa; riêng môn Tin học thi tại phòng máy của Trường THCS Đồng Sả, xã Đồng Sả.",
    "d) Số lượng, điều kiện dự thi: mỗi trường đăng ký tối đa 05 học sinh/môn; học sinh dự thi là học sinh lớp 9 có kết quả học tập năm học lớp 8 đạt mức Tốt. Các trường gửi danh sách đăng ký (theo Mẫu 01 đính kèm) qua e-mail thcs.songlua@phumydong.edu.vn trước ngày 31/10/2025; Phòng không nhận danh sách gửi sau thời hạn này.",
    "e) Kinh phí: không thu lệ phí dự thi. Kinh phí ra đề, in sao đề, coi thi, chấm thi chi từ ngân sách sự nghiệp giáo dục năm 2025 của Phòng với tổng mức 68.400.000 đồng.",
    "2. Cuộc thi khoa học, kỹ thuật cấp huyện dành cho học sinh THCS",
    "a) Các trường tổ chức vòng cấp trường, hoàn thành trước ngày 15/11/2025 và chọn tối đa 03 dự án có chất lượng để dự vòng sơ khảo cấp huyện.",
    "b) Vòng sơ khảo cấp huyện tổ chức ngày 03/12/2025 tại Nhà văn hóa huyện Sông Lụa. Học sinh trình bày dự án bằng poster khổ A0 và mô hình, sản phẩm (nếu có); thời gian trình bày 10 phút, trả lời câu hỏi của giám khảo 05 phút.",
    "c) Hội đồng giám khảo chọn tối đa 08 dự án có chất lượng tốt nhất để đăng ký dự thi cấp tỉnh; kết quả công bố trước ngày 10/12/2025. Các dự án dự thi cấp tỉnh tiếp tục hoàn thiện hồ sơ dưới sự hướng dẫn của giảng viên Trường Đại học Phù Mỹ Đông.",
    "d) Học sinh đồng thời dự kỳ thi học sinh giỏi và Cuộc thi khoa học, kỹ thuật vẫn công nhận kết quả của cả hai cuộc thi.",
    "3. Ứng dụng công nghệ thông tin, chuyển đổi số trong tổ chức thi",
    "a) Kết quả thi cập nhật trên phần mềm quản lý trường học và công bố trên Trang thông tin điện tử của Phòng; giấy chứng nhận đạt giải cấp dưới dạng bản điện tử có mã QR để tra cứu.",
    "b) Mỗi trường cử 01 cán bộ phụ trách công nghệ thông tin phối hợp với Phòng kiểm tra phòng máy, đường truyền trước ngày 15/11/2025.",
    "4. Tổ chức thực hiện",
    "a) Bộ phận chuyên môn THCS của Phòng chủ trì ra đề, in sao đề, tổ chức coi thi, chấm thi; bộ phận Tổ chức - Hành chính chuẩn bị cơ sở vật chất tại các điểm thi.",
    "b) Hiệu trưởng Trường THCS Thị trấn Sông Lụa và Hiệu trưởng Trường THCS Đồng Sả chịu trách nhiệm bố trí phòng thi, phòng máy, nhân viên bảo vệ, y tế phục vụ kỳ thi.",
    "c) Đề nghị Công an thị trấn Sông Lụa và Trạm Y tế thị trấn Sông Lụa phối hợp bảo đảm an ninh, trật tự và chăm sóc y tế trong ngày thi.",
    "d) Đề nghị Hội Khuyến học huyện Sông Lụa xem xét khen thưởng học sinh đạt giải Nhất, giải Nhì kỳ thi học sinh giỏi và Cuộc thi khoa học, kỹ thuật cấp huyện.",
    "Thông tin liên hệ: ông Huỳnh Tấn Vũ, chuyên viên Phòng Giáo dục và Đào tạo, điện thoại 0983 517 402.",
    "Nhận Công văn này, đề nghị Hiệu trưởng các trường nghiêm túc triển khai thực hiện./.",
]

RJ03_TAIL = """
Nơi nhận:                                          KT. TRƯỞNG PHÒNG
- Như trên;                                        PHÓ TRƯỞNG PHÒNG
- UBND huyện (để b/c);
- Sở GD&ĐT (để b/c);                                    (đã ký)
- Lãnh đạo Phòng;
- Lưu: VT, THCS.                                    Lý Thu Hằng
"""


def build_rj03(path):
    out = [RJ03_HEAD]
    for para in RJ03_BODY:
        out.append(textwrap.fill(nfc(para), width=72, break_long_words=False,
                                 break_on_hyphens=False))
    out.append(RJ03_TAIL)
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc("\n".join(out)))


# ---------------------------------------------------------------- rj04 (md)
RJ04 = """HỘI KHUYẾN HỌC TỈNH PHÙ MỸ ĐÔNG
**HỘI KHUYẾN HỌC HUYỆN MỸ CANG**
Số: 38/BC-HKH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

*Mỹ Cang, ngày 20 tháng 12 năm 2025*

# BÁO CÁO

## Kết quả công tác khuyến học, khuyến tài, xây dựng xã hội học tập năm 2025; phương hướng, nhiệm vụ năm 2026

### I. KẾT QUẢ THỰC HIỆN NĂM 2025

**1. Công tác tổ chức, phát triển hội viên**

Đến ngày 15/12/2025, toàn huyện có 7 hội khuyến học xã, thị trấn, 112 chi hội và 46 ban khuyến học ở các trường học, cơ quan, doanh nghiệp với tổng số 18.346 hội viên, tăng 1.125 hội viên so với năm 2024, chiếm 21,4% dân số toàn huyện. Số liệu theo từng đơn vị như sau:

| Đơn vị | Số chi hội | Hội viên | Quỹ khuyến học (triệu đồng) | Suất học bổng, phần thưởng |
|---|---|---|---|---|
| Thị trấn Mỹ Cang | 18 | 3.412 | 612,5 | 540 |
| Xã Vĩnh Trà | 16 | 2.780 | 398,0 | 415 |
| Xã Cồn Thơm | 15 | 2.655 | 354,2 | 380 |
| Xã Bãi Ổi | 14 | 2.310 | 276,8 | 322 |
| Xã Hương Trầm | 17 | 2.604 | 301,5 | 356 |
| Xã Mỹ Nhơn | 16 | 2.471 | 289,0 | 344 |
| Xã Suối Sim | 16 | 2.114 | 245,6 | 298 |
| **Tổng cộng** | **112** | **18.346** | **2.477,6** | **2.655** |

**2. Xây dựng quỹ và trao học bổng, phần thưởng**

Năm 2025, tổng quỹ khuyến học toàn huyện là 2.477,6 triệu đồng, tăng 14,2% so với năm 2024; trong đó Quỹ khuyến học cấp huyện 520 triệu đồng, riêng Công ty TNHH Thủy sản Mỹ Cang tài trợ 150 triệu đồng. Hội trao 2.655 suất học bổng, phần thưởng với tổng giá trị 1.846 triệu đồng; trong đó học bổng "Tiếp sức đến trường" gồm 120 suất, mỗi suất 2.000.000 đồng, dành cho học sinh nghèo vượt khó.

Hội phối hợp với Phòng Giáo dục và Đào tạo huyện khen thưởng 38 học sinh đạt giải học sinh giỏi cấp tỉnh và 02 học sinh đạt giải cấp quốc gia, tổng số tiền 76 triệu đồng. Lễ tuyên dương tổ chức ngày 25/8/2025 tại Hội trường UBND huyện.

**3. Xây dựng các mô hình học tập**

| Danh hiệu | Kế hoạch năm 2025 | Kết quả công nhận | Tỷ lệ so với kế hoạch |
|---|---|---|---|
| Gia đình học tập | 19.500 hộ | 20.118 hộ | 103,2% |
| Dòng họ học tập | 210 dòng họ | 224 dòng họ | 106,7% |
| Cộng đồng học tập cấp thôn | 85 thôn, tổ dân phố | 81 thôn, tổ dân phố | 95,3% |
| Đơn vị học tập | 140 đơn vị | 152 đơn vị | 108,6% |

**4. Khuyến học gắn với chuyển đổi số**

Hội phối hợp với Trung tâm GDNN-GDTX huyện mở 24 lớp "Bình dân học vụ số" cho 1.036 hội viên và người dân, tập trung vào kỹ năng sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và phòng chống lừa đảo trên không gian mạng. Phần mềm quản lý hội viên khuyến học triển khai tại 7/7 xã, thị trấn; 64% hội viên có dữ liệu trên phần mềm.

**5. Hạn chế, nguyên nhân**

Một số chi hội hoạt động còn hình thức, chưa thường xuyên. Quỹ khuyến học ở xã Suối Sim và xã Bãi Ổi còn thấp so với mặt bằng chung. Việc cập nhật dữ liệu hội viên trên phần mềm chưa kịp thời. Danh hiệu Cộng đồng học tập cấp thôn chưa đạt kế hoạch (81/85 thôn, tổ dân phố). Nguyên nhân chủ yếu do kinh phí hoạt động của Hội còn hạn hẹp, đội ngũ cán bộ hội cơ sở phần lớn kiêm nhiệm, tuổi cao.

### II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

**1. Mục tiêu năm 2026:** phát triển thêm 1.000 hội viên; tổng quỹ khuyến học toàn huyện đạt 2.700 triệu đồng; 100% hội khuyến học xã, thị trấn cập nhật đầy đủ dữ liệu hội viên trên phần mềm quản lý.

**2. Nhiệm vụ cụ thể**

1. Ban Thường vụ Hội Khuyến học huyện chủ trì xây dựng kế hoạch hưởng ứng "Tháng khuyến học" vào tháng 9/2026 và tổ chức Hội nghị biểu dương "Gia đình học tập tiêu biểu" trong quý III/2026.
2. Hội khuyến học các xã, thị trấn có trách nhiệm rà soát, cập nhật dữ liệu hội viên trên phần mềm trước ngày 31/3/2026 và báo cáo kết quả định kỳ hằng quý về Thường trực Hội Khuyến học huyện.
3. Các chi hội, ban khuyến học phối hợp với nhà trường nắm danh sách học sinh có hoàn cảnh khó khăn, đề xuất xét học bổng trước ngày 15/8/2026.

**3. Kiến nghị, đề xuất**

- Đề nghị UBND huyện Mỹ Cang bố trí 200 triệu đồng từ ngân sách huyện năm 2026 hỗ trợ hoạt động của Hội và Quỹ khuyến học huyện.
- Đề nghị Phòng Giáo dục và Đào tạo huyện chỉ đạo các trường thành lập ban khuyến học tại 100% trường học; cung cấp danh sách học sinh đạt giải cấp tỉnh để Hội khen thưởng kịp thời.
- Đề nghị Trung tâm GDNN-GDTX huyện tiếp tục mở ít nhất 20 lớp "Bình dân học vụ số" trong năm 2026.
- Đề nghị Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội lồng ghép tiêu chí "Gia đình học tập" vào việc bình xét gia đình văn hóa ở khu dân cư.

Thường trực Hội: ông Bùi Văn Khải, Chủ tịch Hội, điện thoại 0914 663 205; bà Kha Thị Nguyệt, Phó Chủ tịch Hội, điện thoại 0946 120 587; e-mail khuyenhocmycang@gmail.com.

**TM. BAN THƯỜNG VỤ**
**CHỦ TỊCH**
*(đã ký)*
**Bùi Văn Khải**

*Nơi nhận:*
- Hội Khuyến học tỉnh;
- Thường trực Huyện ủy;
- UBND huyện;
- Ủy ban MTTQ Việt Nam huyện;
- Phòng Giáo dục và Đào tạo huyện;
- Hội khuyến học các xã, thị trấn;
- Lưu: VP Hội.
"""

# ---------------------------------------------------------------- rj05 (txt)
RJ05 = """SỞ GD&ĐT PHÙ MỸ ĐÔNG                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG THPT SÔNG LỤA                        Độc lập - Tự do - Hạnh phúc
Số: 96/TTr-THPTSL                    Sông Lụa, ngày 18 tháng 3 năm 2026

                                TỜ TRÌNH
     Về việc đề nghị phê duyệt Kế hoạch hoạt động Câu lạc bộ STEM -
        Robotics và hỗ trợ kinh phí trang bị phòng học STEM năm 2026

           Kính gửi: Sở Giáo dục và Đào tạo tỉnh Phù Mỹ Đông.

Căn cứ Kế hoạch số 97/KH-UBND ngày 18/4/2025 của UBND tỉnh Phù Mỹ Đông về phát triển giáo dục STEM và nâng cao năng lực số cho học sinh giai đoạn 2025-2030;

Căn cứ kết quả Cuộc thi khoa học, kỹ thuật học sinh trung học tỉnh năm học 2025-2026 tổ chức theo Kế hoạch số 1846/KH-SGDĐT ngày 12/9/2025 của Sở Giáo dục và Đào tạo;

Trường THPT Sông Lụa kính trình Sở Giáo dục và Đào tạo xem xét, phê duyệt một số nội dung sau:

I. SỰ CẦN THIẾT

Năm học 2025-2026, Trường có 32 lớp với 1.218 học sinh (khối 10: 428 em, khối 11: 402 em, khối 12: 388 em) và 74 cán bộ, giáo viên, nhân viên. Trường hiện có 02 phòng tin học với 80 máy tính, trong đó 45 máy trang bị từ năm 2016 đã xuống cấp; Trường chưa có phòng học STEM riêng.

Câu lạc bộ STEM - Robotics của Trường thành lập tháng 10/2025, hiện có 64 thành viên, sinh hoạt tạm tại phòng thí nghiệm Vật lý. Tại Cuộc thi khoa học, kỹ thuật cấp tỉnh năm học 2025-2026, dự án "Hệ thống cảnh báo sạt lở bờ sông dùng cảm biến độ ẩm và IoT" của hai em Vũ Gia Bảo và Nông Thị Khánh Ly, lớp 11A2, đạt giải Nhì lĩnh vực Hệ thống nhúng và là 01 trong 06 dự án của tỉnh dự thi cấp quốc gia; dự án "Ứng dụng nhận diện sâu bệnh trên lá lúa" của em Hà Minh Quân, lớp 12A1, đạt giải Khuyến khích lĩnh vực Phần mềm hệ thống.

Để duy trì hoạt động ổn định và mở rộng giáo dục STEM cho toàn trường, việc ban hành kế hoạch hoạt động của Câu lạc bộ và đầu tư phòng học STEM là cần thiết.

II. NỘI DUNG ĐỀ NGHỊ

1. Phê duyệt Kế hoạch hoạt động Câu lạc bộ STEM - Robotics từ tháng 4/2026 đến tháng 12/2026, với lịch sinh hoạt hằng tuần như sau:

| Thứ | Thời gian | Nhóm | Nội dung | Địa điểm | Giáo viên phụ trách |
|---|---|---|---|---|---|
| Thứ Hai | 14h00 - 16h00 | Robotics khối 10 | Lắp ráp, lập trình robot cơ bản | Phòng thí nghiệm Vật lý | Thầy Đinh Công Hậu |
| Thứ Tư | 14h00 - 16h30 | Lập trình và IoT khối 11 | Vi điều khiển, cảm biến, lập trình Python | Phòng tin học số 2 | Cô Mạc Thị Yến |
| Thứ Năm | 15h00 - 17h00 | Nghiên cứu KHKT | Hướng dẫn dự án, viết báo cáo khoa học | Thư viện trường | Thầy Châu Minh Đạt |
| Thứ Bảy (tuần 1 và tuần 3) | 7h30 - 10h30 | Toàn câu lạc bộ | Trải nghiệm STEM, chuyên gia chia sẻ | Nhà đa năng | Cô Ksor H'Liên |

Học sinh khối 12 tham gia theo nhóm Nghiên cứu KHKT và tạm dừng sinh hoạt từ ngày 15/5/2026 để ôn thi tốt nghiệp THPT.

2. Hỗ trợ kinh phí trang bị phòng học STEM với tổng kinh phí 1.350.000.000 đồng, gồm các hạng mục:

| TT | Hạng mục | Số lượng | Thành tiền (đồng) |
|---|---|---|---|
| 1 | Cải tạo phòng học 120 m2 thành phòng học STEM | 01 phòng | 310.000.000 |
| 2 | Bộ thiết bị robot giáo dục | 15 bộ | 285.000.000 |
| 3 | Máy tính để bàn thay thế máy xuống cấp | 40 máy | 560.000.000 |
| 4 | Máy in 3D và vật tư in | 02 máy | 95.000.000 |
| 5 | Bộ cảm biến, vi điều khiển IoT | 30 bộ | 72.000.000 |
| 6 | Tập huấn giáo viên dạy STEM | 20 giáo viên | 28.000.000 |
|  | **Tổng cộng** |  | **1.350.000.000** |

Nguồn kinh phí: đề nghị Sở cấp từ dự toán ngân sách năm 2026 số tiền 1.150.000.000 đồng; Trường huy động từ Ban đại diện cha mẹ học sinh và nguồn tài trợ hợp pháp 200.000.000 đồng.

Phòng học STEM dự kiến đưa vào sử dụng từ ngày 05/9/2026, đầu năm học 2026-2027.

III. TỔ CHỨC THỰC HIỆN SAU KHI ĐƯỢC PHÊ DUYỆT

- Tổ Vật lý - Công nghệ chủ trì vận hành Câu lạc bộ, phối hợp với Tổ Tin học xây dựng chương trình sinh hoạt; báo cáo kết quả định kỳ hằng tháng cho Ban Giám hiệu.
- Bộ phận Kế toán có trách nhiệm lập hồ sơ mua sắm theo quy định, hoàn thành lựa chọn nhà thầu trước ngày 30/6/2026.
- Đoàn Thanh niên trường phối hợp tuyên truyền và tổ chức "Ngày hội STEM cấp trường" vào tháng 11/2026.
- Đề nghị Ban đại diện cha mẹ học sinh vận động, hỗ trợ 200.000.000 đồng trước ngày 31/8/2026.
- Đề nghị Trường Đại học Phù Mỹ Đông (Khoa Công nghệ thông tin) cử 02 giảng viên hướng dẫn nhóm Nghiên cứu KHKT theo thỏa thuận hợp tác ký ngày 10/01/2026.

Người liên hệ: thầy Đinh Công Hậu, Tổ trưởng Tổ Vật lý - Công nghệ, điện thoại 0977 208 153, e-mail haudc@thptsonglua.edu.vn.

Trường THPT Sông Lụa kính trình Sở Giáo dục và Đào tạo xem xét, phê duyệt./.

Nơi nhận:                                              HIỆU TRƯỞNG
- Như trên;
- UBND huyện Sông Lụa (để biết);                          (đã ký)
- Ban đại diện CMHS;
- Lưu: VT, KT.                                        Ngô Thanh Tùng
"""

FILES = {
    "rj01": "rj01_kh_cuocthi_khkt.docx",
    "rj02": "rj02_tb_tuyensinh_dh.pdf",
    "rj03": "rj03_cv_thi_hsg_huyen.txt",
    "rj04": "rj04_bc_khuyenhoc.md",
    "rj05": "rj05_totrinh_stem_thpt.txt",
}


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, FILES["rj01"]), RJ01_HEADER, RJ01)
    build_pdf(os.path.join(CORPUS, FILES["rj02"]), RJ02)
    build_rj03(os.path.join(CORPUS, FILES["rj03"]))
    with open(os.path.join(CORPUS, FILES["rj04"]), "w", encoding="utf-8") as f:
        f.write(nfc(RJ04))
    with open(os.path.join(CORPUS, FILES["rj05"]), "w", encoding="utf-8") as f:
        f.write(nfc(RJ05))
    print("built", ", ".join(FILES.values()))


if __name__ == "__main__":
    main()
