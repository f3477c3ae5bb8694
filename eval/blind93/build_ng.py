# -*- coding: utf-8 -*-
"""Build the 5 corpus documents of blind set 93 (tỉnh Phượng Hoàng, all invented).

Run with: /work/main/.venv/bin/python build_ng.py
Writes corpus/ng01_kh_ghepche.docx, ng02_tb_trinhdien.txt, ng03_cv_dangky.md,
ng04_qd_phanbo.pdf, ng05_bc_nangsuat.md
"""
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# ng01 - Kế hoạch của Sở Nông nghiệp và Môi trường (.docx, Word numbering, task table)
# ---------------------------------------------------------------------------
NG01_HEAD_LEFT = ["UBND TỈNH PHƯỢNG HOÀNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "", "Số: 118/KH-SNNMT"]
NG01_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Phượng Hoàng, ngày 24 tháng 10 năm 2025"]
NG01_TITLE = "KẾ HOẠCH"
NG01_SUBTITLE = ("Chuyển giao kỹ thuật ghép cải tạo chè và tưới nhỏ giọt cho vùng chè "
                 "các xã vùng cao vụ Đông Xuân 2025 - 2026")
NG01_BASIS = [
    "Căn cứ Quyết định số 2315/QĐ-UBND ngày 14/10/2025 của Chủ tịch UBND tỉnh Phượng Hoàng về việc "
    "phân bổ kinh phí hỗ trợ chuyển giao, ứng dụng tiến bộ kỹ thuật ghép cải tạo chè và tưới nhỏ giọt "
    "cho các xã vùng cao vụ Đông Xuân 2025 - 2026;",
    "Căn cứ Nghị quyết số 19/2025/NQ-HĐND ngày 25/7/2025 của Hội đồng nhân dân tỉnh quy định chính sách "
    "hỗ trợ ứng dụng khoa học, công nghệ trong sản xuất nông nghiệp trên địa bàn tỉnh giai đoạn 2025 - 2030;",
    "Sở Nông nghiệp và Môi trường ban hành Kế hoạch chuyển giao kỹ thuật như sau:",
]
NG01_SEC1 = "I. MỤC ĐÍCH, YÊU CẦU"
NG01_SEC1_BULLETS = [
    "Đưa nhanh các tiến bộ kỹ thuật về ghép cải tạo chè già cỗi và tưới nhỏ giọt tiết kiệm nước vào sản "
    "xuất tại 06 xã vùng cao: Tà Mung, Nà Hin, Khau Cà, Phiêng Cải, Nậm Lư và Sủng Mây; từng bước thay thế "
    "các nương chè năng suất thấp bằng giống chè chất lượng cao.",
    "Nâng cao năng lực cho đội ngũ cộng tác viên khuyến nông cơ sở và hội viên nông dân, bảo đảm sau "
    "chuyển giao người dân tự thực hiện kỹ thuật ghép và tự vận hành, bảo dưỡng hệ thống tưới.",
    "Gắn chuyển giao kỹ thuật với liên kết tiêu thụ sản phẩm qua hợp tác xã; việc hỗ trợ phải công khai, "
    "đúng đối tượng, không trùng lặp với các chương trình khác trên cùng diện tích.",
]
NG01_SEC2 = "II. MỤC TIÊU"
NG01_SEC2_NUM = [
    "Ghép cải tạo 180 ha chè trên 15 năm tuổi bằng mắt ghép giống Kim Tuyên và PH8; tỷ lệ mắt ghép sống "
    "bình quân từ 85% trở lên.",
    "Lắp đặt hệ thống tưới nhỏ giọt cho 70 ha chè và cây ăn quả (mận, cam sành) tại các đồi có nguồn nước "
    "chủ động; giảm từ 30% đến 40% lượng nước tưới so với tưới phun truyền thống.",
    "Đào tạo 24 cộng tác viên khuyến nông (mỗi xã 04 người) thành thạo kỹ thuật ghép; tập huấn cho khoảng "
    "1.200 lượt nông dân.",
    "Xây dựng 03 điểm trình diễn tại các xã Tà Mung, Nà Hin và Khau Cà, mỗi điểm có tối thiểu 2 ha chè ghép "
    "và 1 ha tưới nhỏ giọt.",
    "Đến hết năm 2027, năng suất búp tươi trên diện tích chè ghép tăng tối thiểu 25% so với diện tích "
    "chưa ghép cùng địa bàn.",
]
NG01_SEC3 = "III. NỘI DUNG, NHIỆM VỤ CỤ THỂ"
NG01_SEC3_INTRO = ("Các nhiệm vụ, đơn vị chủ trì, đơn vị phối hợp và thời hạn hoàn thành "
                   "được phân công tại bảng sau:")
NG01_TABLE_HEAD = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
NG01_TABLE = [
    ["1", "Rà soát, lập danh sách hộ tham gia, diện tích chè cần ghép và diện tích lắp đặt tưới",
     "UBND các xã", "Hội Nông dân xã, các hợp tác xã", "Trước ngày 30/11/2025"],
    ["2", "Tổng hợp nhu cầu mắt ghép, cây giống và bộ thiết bị tưới của các xã",
     "Trung tâm Khuyến nông tỉnh", "UBND các xã", "Trước ngày 05/12/2025"],
    ["3", "Cung ứng mắt ghép giống Kim Tuyên, PH8 từ vườn chè đầu dòng",
     "Trung tâm Giống cây trồng tỉnh", "HTX Chè sạch Nà Hin", "Từ tháng 12/2025 đến tháng 02/2026"],
    ["4", "Tập huấn kỹ thuật ghép chè và vận hành hệ thống tưới (12 lớp, mỗi xã 02 lớp)",
     "Trung tâm Khuyến nông tỉnh", "Hội Nông dân tỉnh, UBND các xã", "Từ tháng 11/2025 đến tháng 01/2026"],
    ["5", "Tổ chức hội nghị trình diễn đầu bờ mô hình ghép cải tạo chè",
     "Trung tâm Khuyến nông tỉnh", "UBND xã Tà Mung, HTX Nông nghiệp Tà Mung", "Tháng 12/2025"],
    ["6", "Lắp đặt và nghiệm thu hệ thống tưới nhỏ giọt",
     "UBND các xã", "Chi cục Thủy lợi, các hợp tác xã", "Trước ngày 31/3/2026"],
    ["7", "Xây dựng bản đồ số vùng chè, cấp mã số vùng trồng",
     "Sở Khoa học và Công nghệ", "Trung tâm Khuyến nông tỉnh, UBND các xã", "Trước ngày 30/6/2026"],
    ["8", "Kiểm tra, sơ kết, đánh giá hiệu quả chuyển giao",
     "Sở Nông nghiệp và Môi trường", "Sở Tài chính, Sở Khoa học và Công nghệ", "Tháng 7/2026"],
]
NG01_SEC3_AFTER = [
    "Quy trình kỹ thuật áp dụng chung: ghép nêm vào thời điểm từ tháng 12 đến tháng 02 năm sau; đốn "
    "cây chè gốc ở độ cao 30 - 40 cm trước khi ghép 7 - 10 ngày; mỗi gốc ghép 2 - 3 mắt; bọc mắt ghép bằng "
    "túi ni lông và che nắng trong 30 ngày đầu.",
    "Hệ thống tưới nhỏ giọt dùng ống PE đường kính 16 mm, khoảng cách đầu nhỏ giọt 40 cm, lưu lượng 2 lít/giờ; "
    "bồn chứa đặt trên đỉnh đồi để tưới tự chảy, không lắp máy bơm ở nơi có chênh cao trên 15 m.",
]
NG01_SEC4 = "IV. KINH PHÍ THỰC HIỆN"
NG01_SEC4_NUM = [
    "Kinh phí hỗ trợ trực tiếp cho người dân, tập huấn và trình diễn: 5.350 triệu đồng theo Quyết định số "
    "2315/QĐ-UBND; UBND các xã quản lý, thanh toán theo khối lượng nghiệm thu.",
    "Kinh phí khuyến nông năm 2025 của Trung tâm Khuyến nông tỉnh: 185 triệu đồng để in 3.000 cuốn sổ tay "
    "kỹ thuật, làm 06 pa-nô tại điểm trình diễn và chi thù lao cho cộng tác viên khuyến nông.",
    "Phần còn lại do hộ nông dân, hợp tác xã đóng góp bằng tiền, ngày công và vật liệu tại chỗ.",
]
NG01_SEC5 = "V. TỔ CHỨC THỰC HIỆN"
NG01_SEC5_NUM = [
    "Trung tâm Khuyến nông tỉnh là đơn vị thường trực thực hiện Kế hoạch; chủ trì tổ chức tập huấn, trình "
    "diễn; hướng dẫn các xã lập hồ sơ hỗ trợ; tổng hợp, báo cáo tiến độ về Sở trước ngày 25 hằng tháng.",
    "Chi cục Trồng trọt và Bảo vệ thực vật chủ trì xây dựng, ban hành hướng dẫn quy trình ghép cải tạo chè "
    "trước ngày 10/11/2025; theo dõi, dự báo sâu bệnh trên diện tích chè sau ghép.",
    "Chi cục Thủy lợi có trách nhiệm thẩm định 03 thiết kế mẫu hệ thống tưới nhỏ giọt (quy mô 0,3 ha, 0,5 ha "
    "và 1 ha), hướng dẫn các xã lắp đặt và tham gia nghiệm thu.",
    "Phòng Kế hoạch - Tài chính của Sở phối hợp với Sở Tài chính hướng dẫn UBND các xã thủ tục tạm ứng, "
    "thanh toán, quyết toán kinh phí hỗ trợ.",
    "Giao UBND các xã Tà Mung, Nà Hin, Khau Cà, Phiêng Cải, Nậm Lư, Sủng Mây chỉ đạo Phòng Kinh tế xã chủ trì, "
    "phối hợp với Hội Nông dân xã và các hợp tác xã rà soát, lập danh sách hộ tham gia; bố trí mặt bằng điểm "
    "trình diễn; báo cáo kết quả về Trung tâm Khuyến nông tỉnh định kỳ hằng quý.",
    "Đề nghị Sở Khoa học và Công nghệ hỗ trợ xây dựng bản đồ số vùng chè, cấp mã số vùng trồng gắn với phần "
    "mềm truy xuất nguồn gốc; xem xét đặt hàng nhiệm vụ khoa học đánh giá hiệu quả giống PH8 trên đất dốc.",
    "Đề nghị Hội Nông dân tỉnh chỉ đạo Hội Nông dân các xã tuyên truyền, vận động hội viên tham gia; giới "
    "thiệu 12 hộ nông dân tiêu biểu làm “hộ dẫn đường”; ưu tiên cho vay từ Quỹ Hỗ trợ nông dân đối với hộ "
    "mua thiết bị tưới.",
    "HTX Nông nghiệp Tà Mung, HTX Chè sạch Nà Hin và HTX Dịch vụ nông nghiệp Khau Cà ký hợp đồng bao tiêu "
    "búp chè tươi với giá không thấp hơn giá thị trường tại thời điểm thu mua; cử thợ ghép tham gia tổ kỹ "
    "thuật của xã.",
]
NG01_CONTACT = ("Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị liên hệ ông Nông Đức Thành, Phó Giám "
                "đốc Trung tâm Khuyến nông tỉnh, điện thoại 0912 734 581, e-mail thanhnd.ttkn@phuonghoang.gov.vn "
                "để phối hợp giải quyết./.")
NG01_NOINHAN = ["Nơi nhận:", "- UBND tỉnh (để b/c);", "- Sở Tài chính, Sở Khoa học và Công nghệ;",
                "- Hội Nông dân tỉnh;",
                "- UBND các xã: Tà Mung, Nà Hin, Khau Cà, Phiêng Cải, Nậm Lư, Sủng Mây;",
                "- Trung tâm Khuyến nông tỉnh;", "- Chi cục TT&BVTV, Chi cục Thủy lợi;", "- Lưu: VT, KHTC."]
NG01_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(Đã ký)", "", "Ma Văn Tuấn"]


def build_ng01(path):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    def para(text, bold=False, center=False, style=None):
        p = d.add_paragraph(style=style) if style else d.add_paragraph()
        r = p.add_run(nfc(text))
        r.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    # two-column header as a borderless table
    ht = d.add_table(rows=1, cols=2)
    for cell, lines in zip(ht.rows[0].cells, (NG01_HEAD_LEFT, NG01_HEAD_RIGHT)):
        cell.paragraphs[0].text = nfc(lines[0])
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for ln in lines[1:]:
            p = cell.add_paragraph(nfc(ln))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(NG01_TITLE, bold=True, center=True)
    para(NG01_SUBTITLE, bold=True, center=True)
    for b in NG01_BASIS:
        para(b)

    # restartable numbering: new w:num per numbered section on List Number's abstractNum
    numbering = d.part.numbering_part.element
    ln_style = d.styles["List Number"]
    base_num_id = int(ln_style.element.pPr.numPr.numId.val)
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if int(num.get(qn("w:numId"))) == base_num_id:
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    next_id = [max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1]

    def new_num():
        nid = next_id[0]
        next_id[0] += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(nid))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), abstract_id)
        num.append(an)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        return nid

    def numbered(items):
        nid = new_num()
        for it in items:
            p = para(it, style="List Number")
            pPr = p._p.get_or_add_pPr()
            numPr = OxmlElement("w:numPr")
            il = OxmlElement("w:ilvl")
            il.set(qn("w:val"), "0")
            ni = OxmlElement("w:numId")
            ni.set(qn("w:val"), str(nid))
            numPr.append(il)
            numPr.append(ni)
            pPr.append(numPr)

    para(NG01_SEC1, bold=True)
    for b in NG01_SEC1_BULLETS:
        para(b, style="List Bullet")
    para(NG01_SEC2, bold=True)
    numbered(NG01_SEC2_NUM)
    para(NG01_SEC3, bold=True)
    para(NG01_SEC3_INTRO)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, NG01_TABLE_HEAD):
        c.text = nfc(h)
        for r in c.paragraphs[0].runs:
            r.bold = True
    for row in NG01_TABLE:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = nfc(v)
    for a in NG01_SEC3_AFTER:
        para(a)
    para(NG01_SEC4, bold=True)
    numbered(NG01_SEC4_NUM)
    para(NG01_SEC5, bold=True)
    numbered(NG01_SEC5_NUM)
    para(NG01_CONTACT)
    ft = d.add_table(rows=1, cols=2)
    left, right = ft.rows[0].cells
    left.paragraphs[0].text = nfc(NG01_NOINHAN[0])
    for ln in NG01_NOINHAN[1:]:
        left.add_paragraph(nfc(ln))
    right.paragraphs[0].text = nfc(NG01_SIGN[0])
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for ln in NG01_SIGN[1:]:
        p = right.add_paragraph(nfc(ln))
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(path)


def ng01_plaintext():
    out = NG01_HEAD_LEFT + NG01_HEAD_RIGHT + [NG01_TITLE, NG01_SUBTITLE] + NG01_BASIS
    out += [NG01_SEC1] + NG01_SEC1_BULLETS + [NG01_SEC2] + NG01_SEC2_NUM + [NG01_SEC3, NG01_SEC3_INTRO]
    out += [" ".join(NG01_TABLE_HEAD)] + [" ".join(r) for r in NG01_TABLE] + NG01_SEC3_AFTER
    out += [NG01_SEC4] + NG01_SEC4_NUM + [NG01_SEC5] + NG01_SEC5_NUM + [NG01_CONTACT] + NG01_NOINHAN + NG01_SIGN
    return "\n".join(out)


# ---------------------------------------------------------------------------
# ng02 - Thông báo của Trung tâm Khuyến nông tỉnh (.txt hard-wrapped, copied from PDF)
# ---------------------------------------------------------------------------
NG02_PARAS = [
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "TRUNG TÂM KHUYẾN NÔNG Độc lập - Tự do - Hạnh phúc",
    "Số: 27/TB-TTKN Phượng Hoàng, ngày 05 tháng 12 năm 2025",
    "",
    "THÔNG BÁO",
    "Về việc tổ chức hội nghị trình diễn đầu bờ mô hình ghép cải tạo chè và tưới nhỏ giọt tại xã Tà Mung",
    "",
    "Thực hiện Kế hoạch số 118/KH-SNNMT ngày 24/10/2025 của Sở Nông nghiệp và Môi trường về chuyển giao kỹ "
    "thuật ghép cải tạo chè và tưới nhỏ giọt cho vùng chè các xã vùng cao vụ Đông Xuân 2025 - 2026, Trung tâm "
    "Khuyến nông tỉnh thông báo tổ chức hội nghị trình diễn đầu bờ như sau:",
    "1. Thời gian: 01 ngày, khai mạc lúc 8 giờ 00 phút, thứ Năm, ngày 18 tháng 12 năm 2025. Đại biểu có mặt "
    "trước 7 giờ 45 phút để nhận tài liệu.",
    "2. Địa điểm: khai mạc và thảo luận tại Nhà văn hóa thôn Cốc Rào, xã Tà Mung. Tham quan thực tế tại vườn "
    "chè ghép 2,4 ha của hộ ông Sùng A Páo (thôn Cốc Rào) và khu tưới nhỏ giọt 1,2 ha của HTX Nông nghiệp Tà "
    "Mung trên đồi Pù Ngàn, cách nhà văn hóa khoảng 1,5 km. Trường hợp mưa lớn, phần tham quan đồi Pù Ngàn "
    "chuyển sang xem phim tư liệu tại hội trường.",
    "3. Thành phần tham dự:",
    "a) Đại biểu mời: lãnh đạo Sở Nông nghiệp và Môi trường; đại diện Chi cục Trồng trọt và Bảo vệ thực vật, "
    "Chi cục Thủy lợi, Trung tâm Giống cây trồng tỉnh; đại diện Ban Kinh tế - Xã hội Hội Nông dân tỉnh; lãnh "
    "đạo Đảng ủy, UBND xã Tà Mung.",
    "b) Mỗi xã Nà Hin, Khau Cà, Phiêng Cải, Nậm Lư, Sủng Mây cử 01 lãnh đạo UBND xã và 01 công chức Phòng Kinh "
    "tế xã.",
    "c) Đại diện Ban quản trị 03 hợp tác xã: HTX Nông nghiệp Tà Mung, HTX Chè sạch Nà Hin, HTX Dịch vụ nông "
    "nghiệp Khau Cà.",
    "d) Nông dân: 120 người, phân bổ như sau: xã Tà Mung 40 người; xã Nà Hin 25 người; xã Khau Cà 20 người; "
    "xã Phiêng Cải 15 người; xã Nậm Lư 10 người; xã Sủng Mây 10 người. Ưu tiên hộ có tên trong danh sách "
    "tham gia ghép cải tạo chè, cộng tác viên khuyến nông và phụ nữ trực tiếp sản xuất.",
    "4. Chương trình hội nghị:",
    "- Từ 7 giờ 30 đến 8 giờ 00: đón tiếp đại biểu, phát tài liệu và sổ tay kỹ thuật.",
    "- Từ 8 giờ 00 đến 8 giờ 30: khai mạc; Trung tâm Khuyến nông tỉnh báo cáo tóm tắt kết quả xây dựng mô "
    "hình.",
    "- Từ 8 giờ 30 đến 10 giờ 30: tham quan vườn chè ghép; thợ ghép của HTX Nông nghiệp Tà Mung thực hành "
    "ghép nêm trên cây chè sau đốn.",
    "- Từ 10 giờ 30 đến 11 giờ 30: tham quan khu tưới nhỏ giọt trên đồi Pù Ngàn, hướng dẫn vệ sinh bộ lọc và "
    "kiểm tra đầu nhỏ giọt.",
    "- Từ 11 giờ 30 đến 13 giờ 30: nghỉ trưa, ăn trưa tại nhà văn hóa thôn.",
    "- Từ 13 giờ 30 đến 15 giờ 30: trao đổi, giải đáp; ký thỏa thuận bao tiêu búp chè tươi giữa hợp tác xã và "
    "các hộ tham gia.",
    "- 15 giờ 30: bế mạc hội nghị.",
    "5. Chế độ hỗ trợ:",
    "- Nông dân tham dự được hỗ trợ tiền ăn 150.000 đồng/người/ngày và nước uống giữa giờ; nông dân đến từ "
    "các xã ngoài xã Tà Mung được hỗ trợ thêm tiền đi lại 100.000 đồng/người. Mỗi nông dân được phát 01 cuốn "
    "sổ tay kỹ thuật và 01 bộ dao ghép.",
    "- Trung tâm không chi hỗ trợ đối với đại biểu là cán bộ, công chức, viên chức; chi phí đi lại, lưu trú do "
    "cơ quan cử đi thanh toán theo chế độ hiện hành.",
    "- Kinh phí tổ chức hội nghị lấy từ kinh phí trình diễn của xã Tà Mung phân bổ tại Quyết định số "
    "2315/QĐ-UBND ngày 14/10/2025 của UBND tỉnh và kinh phí khuyến nông năm 2025 của Trung tâm.",
    "- Phương tiện: Trung tâm bố trí 02 xe ô tô 29 chỗ; xe thứ nhất đón nông dân xã Nà Hin và xã Khau Cà tại "
    "trụ sở UBND xã Nà Hin lúc 6 giờ 15; xe thứ hai đón nông dân các xã Phiêng Cải, Nậm Lư, Sủng Mây tại chợ "
    "trung tâm xã Phiêng Cải lúc 6 giờ 00. Nông dân đi xe của Trung tâm không nhận tiền đi lại.",
    "6. Đề nghị các đơn vị:",
    "- UBND các xã lập danh sách nông dân tham dự (họ tên, năm sinh, thôn, số điện thoại, số căn cước) gửi về "
    "Trung tâm Khuyến nông tỉnh trước ngày 12/12/2025 qua thư điện tử phongkythuat.ttkn@phuonghoang.gov.vn.",
    "- UBND xã Tà Mung chuẩn bị hội trường, âm thanh, pa-nô; phối hợp với Công an xã bảo đảm an ninh trật "
    "tự, giao thông trên tuyến đường lên đồi Pù Ngàn; chỉ đạo Trạm Y tế xã bố trí 01 cán bộ y tế trực suốt "
    "buổi.",
    "- HTX Nông nghiệp Tà Mung chuẩn bị 300 mắt ghép giống Kim Tuyên, 20 bộ dao kéo ghép cho phần thực hành; "
    "bố trí 04 thợ ghép hướng dẫn nông dân.",
    "- Chi cục Trồng trọt và Bảo vệ thực vật cử 01 chuyên gia trình bày quy trình chăm sóc chè sau ghép và "
    "phòng trừ rầy xanh, bọ xít muỗi.",
    "- Phòng Hành chính - Tổng hợp của Trung tâm chuẩn bị tài liệu, hậu cần và chi trả hỗ trợ cho nông dân "
    "ngay tại hội nghị.",
    "Mọi thông tin chi tiết xin liên hệ bà Hà Thị Nhung, Phòng Kỹ thuật - Trung tâm Khuyến nông tỉnh, điện "
    "thoại 0983 251 647.",
    "",
    "Nơi nhận: GIÁM ĐỐC",
    "- Sở NN&MT (để b/c);",
    "- Các đơn vị tại mục 3;",
    "- UBND các xã: Tà Mung, Nà Hin, Khau Cà, (Đã ký)",
    "Phiêng Cải, Nậm Lư, Sủng Mây;",
    "- Lưu: VT, PKT. Lương Văn Chiến",
]


def build_ng02(path):
    lines = []
    for p in NG02_PARAS:
        if len(p) <= 76:
            lines.append(p)
        else:
            lines.extend(textwrap.wrap(p, width=74, break_long_words=False, break_on_hyphens=False))
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc("\n".join(lines) + "\n"))


# ---------------------------------------------------------------------------
# ng03 - Công văn của UBND xã Khau Cà (.md, two-column header typed with spaces, Markdown table)
# ---------------------------------------------------------------------------
NG03 = """UBND XÃ KHAU CÀ                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                               Độc lập - Tự do - Hạnh phúc
Số: 86/UBND-KT                           Khau Cà, ngày 07 tháng 11 năm 2025
V/v đăng ký nhu cầu mắt ghép chè,
cây giống và thiết bị tưới nhỏ giọt
vụ Đông Xuân 2025 - 2026

Kính gửi:
- Trưởng thôn các thôn: Nà Lạn, Khuổi Bốc, Pắc Cáy, Bản Piầu, Lũng Ngàm;
- Hội Nông dân xã Khau Cà;
- HTX Dịch vụ nông nghiệp Khau Cà.

Thực hiện Quyết định số 2315/QĐ-UBND ngày 14/10/2025 của UBND tỉnh Phượng Hoàng về phân bổ kinh phí hỗ trợ chuyển giao, ứng dụng tiến bộ kỹ thuật ghép cải tạo chè và tưới nhỏ giọt và Kế hoạch số 118/KH-SNNMT ngày 24/10/2025 của Sở Nông nghiệp và Môi trường, xã Khau Cà được phân bổ 920 triệu đồng để hỗ trợ ghép cải tạo 30 ha chè, lắp đặt hệ thống tưới nhỏ giọt cho 12 ha chè và cây ăn quả, tổ chức tập huấn và 01 điểm trình diễn. Nhằm kịp cung ứng mắt ghép từ tháng 12/2025, UBND xã đề nghị các đơn vị triển khai ngay một số việc sau:

## 1. Đối tượng và điều kiện đăng ký

- Hộ gia đình, cá nhân thường trú trên địa bàn xã, có nương chè từ 15 năm tuổi trở lên, năng suất búp tươi dưới 5 tấn/ha, tổng diện tích chè của hộ từ 0,3 ha trở lên (cộng dồn các thửa liền kề).
- Đối với tưới nhỏ giọt: diện tích chè hoặc cây ăn quả có nguồn nước tự chảy hoặc bể chứa từ 5 m³ trở lên; hộ cam kết tự đầu tư phần chi phí còn lại và duy trì hệ thống tối thiểu 03 năm.
- Mỗi hộ đăng ký tối đa 2 ha ghép cải tạo và 1 ha tưới nhỏ giọt; không nhận hỗ trợ trùng với chương trình khác trên cùng diện tích.

## 2. Hạng mục, đơn giá tham khảo và mức hỗ trợ

| TT | Hạng mục | Đơn vị tính | Đơn giá tham khảo (đồng) | Ngân sách hỗ trợ | Hộ dân đóng góp |
|----|----------|-------------|--------------------------|------------------|-----------------|
| 1 | Mắt ghép giống Kim Tuyên hoặc PH8 | mắt | 1.200 | 100% | Không |
| 2 | Công ghép nêm (2 - 3 mắt/gốc) | ha | 15.000.000 | 60% | 40% |
| 3 | Bộ tưới nhỏ giọt mẫu 0,3 ha | bộ | 13.800.000 | 50% | 50% |
| 4 | Bộ tưới nhỏ giọt mẫu 0,5 ha | bộ | 21.500.000 | 50% | 50% |
| 5 | Bộ tưới nhỏ giọt mẫu 1 ha | bộ | 39.000.000 | 50% | 50% |
| 6 | Cây chè giống giâm hom để trồng dặm | cây | 1.500 | Không hỗ trợ | 100% |

Ghi chú: mức hỗ trợ tối đa 18 triệu đồng/ha đối với ghép cải tạo; 25 triệu đồng/ha và không quá 50 triệu đồng/hộ đối với tưới nhỏ giọt, theo Quyết định số 2315/QĐ-UBND. Đơn giá trên là giá tham khảo, giá thanh toán theo hợp đồng cung ứng do UBND xã ký.

## 3. Hình thức và thời hạn đăng ký

- Hộ dân đăng ký theo mẫu tại thôn (Trưởng thôn giữ mẫu) hoặc trực tiếp tại Trung tâm Phục vụ hành chính công xã Khau Cà trong giờ hành chính, kể cả sáng thứ Bảy.
- Hộ dân ở xa có thể đăng ký qua đường dây nóng của xã: 0214 3 869 220 hoặc Zalo số 0967 118 086 (ghi rõ họ tên, thôn, diện tích, hạng mục); ảnh chụp phiếu đăng ký gửi qua thư điện tử nongnghiep.khauca@phuonghoang.gov.vn.
- Thời hạn: hộ dân đăng ký trước 17 giờ 00 ngày 21/11/2025. Sau thời hạn này, UBND xã chỉ tiếp nhận bổ sung nếu tổng diện tích chưa hết chỉ tiêu được giao.

## 4. Trách nhiệm của các đơn vị

1. Trưởng các thôn tổ chức họp thôn phổ biến nội dung Công văn này trước ngày 14/11/2025; hướng dẫn hộ kê khai; tổng hợp danh sách của thôn gửi Phòng Kinh tế xã trước 17 giờ 00 ngày 21/11/2025.
2. Hội Nông dân xã Khau Cà có trách nhiệm tuyên truyền qua các chi hội, vận động hội viên đăng ký theo nhóm hộ liền vùng để thuận tiện lắp đặt hệ thống tưới chung; giới thiệu 02 hộ tiêu biểu làm “hộ dẫn đường” của xã.
3. HTX Dịch vụ nông nghiệp Khau Cà tổng hợp nhu cầu của thành viên, chuẩn bị khu giâm giữ mắt ghép tạm 200 m² tại thôn Bản Piầu, cử 02 thợ ghép tham gia tổ kỹ thuật của xã.
4. Giao Phòng Kinh tế xã chủ trì, phối hợp với Văn phòng HĐND và UBND xã thẩm tra điều kiện, niêm yết công khai danh sách tại trụ sở UBND xã và nhà văn hóa các thôn trong 05 ngày làm việc; tổng hợp, gửi Trung tâm Khuyến nông tỉnh trước ngày 28/11/2025.
5. Trung tâm Phục vụ hành chính công xã tiếp nhận phiếu đăng ký trực tiếp, ghi sổ theo dõi và chuyển Phòng Kinh tế xã vào cuối mỗi ngày làm việc.

Hộ dân cần giải đáp thêm xin liên hệ ông Sầm Văn Lịch, công chức Phòng Kinh tế xã, điện thoại 0975 402 318.

UBND xã Khau Cà đề nghị các đơn vị, hộ dân quan tâm, thực hiện./.

Nơi nhận:                                          TM. UBND XÃ
- Như trên;                                          CHỦ TỊCH
- TT Đảng ủy xã;
- TT HĐND xã;                                         (Đã ký)
- Trung tâm Khuyến nông tỉnh (để p/h);
- CT, các PCT UBND xã;                              Bế Văn Thụ
- Lưu: VT, KT.
"""


# ---------------------------------------------------------------------------
# ng04 - Quyết định của Chủ tịch UBND tỉnh (.pdf with text layer, appendix table)
# ---------------------------------------------------------------------------
NG04_HEAD = [("UBND TỈNH PHƯỢNG HOÀNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             ("", "Độc lập - Tự do - Hạnh phúc"),
             ("Số: 2315/QĐ-UBND", "Phượng Hoàng, ngày 14 tháng 10 năm 2025")]
NG04_TITLE = ["QUYẾT ĐỊNH",
              "Về việc phân bổ kinh phí hỗ trợ chuyển giao, ứng dụng tiến bộ kỹ thuật ghép cải tạo chè "
              "và tưới nhỏ giọt cho các xã vùng cao vụ Đông Xuân 2025 - 2026",
              "CHỦ TỊCH UBND TỈNH PHƯỢNG HOÀNG"]
NG04_BODY = [
    "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;",
    "Căn cứ Luật Chuyển giao công nghệ năm 2017;",
    "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công "
    "nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
    "Căn cứ Nghị quyết số 19/2025/NQ-HĐND ngày 25/7/2025 của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ "
    "ứng dụng khoa học, công nghệ trong sản xuất nông nghiệp trên địa bàn tỉnh giai đoạn 2025 - 2030;",
    "Căn cứ Quyết định số 1620/QĐ-UBND ngày 12/8/2025 của UBND tỉnh ban hành Chương trình ứng dụng khoa học "
    "và công nghệ phục vụ phát triển vùng chè hàng hóa giai đoạn 2025 - 2030;",
    "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 412/TTr-SNNMT ngày 06/10/2025 và "
    "ý kiến của Sở Tài chính tại Văn bản số 1877/STC-QLNS ngày 09/10/2025.",
    "#QUYẾT ĐỊNH:",
    "#Điều 1. Phân bổ kinh phí",
    "1. Phân bổ 5.350 triệu đồng (Bằng chữ: Năm tỷ, ba trăm năm mươi triệu đồng) cho UBND 06 xã: Tà Mung, "
    "Nà Hin, Khau Cà, Phiêng Cải, Nậm Lư và Sủng Mây để hỗ trợ ghép cải tạo 180 ha chè, lắp đặt hệ thống tưới "
    "nhỏ giọt cho 70 ha chè và cây ăn quả, tổ chức tập huấn và trình diễn (chi tiết tại Phụ lục kèm theo).",
    "2. Nguồn kinh phí: nguồn sự nghiệp khoa học và công nghệ ngân sách tỉnh năm 2025 là 2.150 triệu đồng; "
    "nguồn sự nghiệp kinh tế (lĩnh vực nông nghiệp) ngân sách tỉnh năm 2025 là 3.200 triệu đồng.",
    "3. Kinh phí đến hết năm 2025 chưa giải ngân xong được chuyển nguồn sang năm 2026 và sử dụng đến hết "
    "ngày 30/6/2026.",
    "#Điều 2. Nội dung, mức hỗ trợ và điều kiện",
    "1. Hỗ trợ ghép cải tạo chè: 100% chi phí mắt ghép và 60% chi phí công ghép; mức hỗ trợ tối đa 18 triệu "
    "đồng/ha.",
    "2. Hỗ trợ tưới nhỏ giọt: 50% chi phí mua thiết bị (bồn chứa, bộ lọc, ống dẫn chính, ống nhỏ giọt và phụ "
    "kiện); mức hỗ trợ tối đa 25 triệu đồng/ha và không quá 50 triệu đồng/hộ.",
    "3. Tập huấn, trình diễn: chi theo định mức khuyến nông hiện hành, tối đa 20 triệu đồng/lớp tập huấn và "
    "40 triệu đồng/điểm trình diễn.",
    "4. Điều kiện hỗ trợ: hộ có nương chè từ 15 năm tuổi trở lên, tổng diện tích chè của hộ từ 0,3 ha trở "
    "lên; cam kết chăm sóc, duy trì diện tích sau ghép và hệ thống tưới tối thiểu 03 năm; có tên trong danh "
    "sách do UBND xã phê duyệt sau khi niêm yết công khai.",
    "5. Không hỗ trợ đối với diện tích đã nhận hỗ trợ cùng nội dung từ các chương trình mục tiêu quốc gia "
    "trong 03 năm gần nhất.",
    "#Điều 3. Tổ chức thực hiện",
    "1. Sở Nông nghiệp và Môi trường chủ trì, hướng dẫn các xã triển khai theo đúng quy trình kỹ thuật; kiểm "
    "tra, nghiệm thu kết quả; tổng hợp, báo cáo UBND tỉnh trước ngày 15/7/2026.",
    "2. Sở Tài chính có trách nhiệm thông báo dự toán, hướng dẫn UBND các xã quản lý, sử dụng và quyết toán "
    "kinh phí theo quy định.",
    "3. Sở Khoa học và Công nghệ phối hợp với Sở Nông nghiệp và Môi trường đánh giá hiệu quả ứng dụng tiến bộ "
    "kỹ thuật; hướng dẫn các xã xây dựng hồ sơ nhãn hiệu chứng nhận cho sản phẩm chè.",
    "4. Kho bạc Nhà nước khu vực XIV kiểm soát chi, thanh toán kinh phí hỗ trợ theo hồ sơ nghiệm thu của "
    "UBND các xã.",
    "5. UBND các xã Tà Mung, Nà Hin, Khau Cà, Phiêng Cải, Nậm Lư, Sủng Mây phê duyệt danh sách hộ; ký hợp "
    "đồng cung ứng mắt ghép, thiết bị tưới; thanh toán theo khối lượng nghiệm thu; giải ngân xong trước ngày "
    "31/5/2026 và quyết toán trước ngày 31/7/2026; chịu trách nhiệm trước Chủ tịch UBND tỉnh về tính chính xác "
    "của hồ sơ.",
    "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và Hội Nông dân tỉnh giám sát việc lựa chọn hộ và thực "
    "hiện chính sách hỗ trợ tại cơ sở.",
    "#Điều 4. Hiệu lực và trách nhiệm thi hành",
    "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Nông nghiệp và Môi "
    "trường, Tài chính, Khoa học và Công nghệ; Giám đốc Kho bạc Nhà nước khu vực XIV; Chủ tịch UBND các xã Tà "
    "Mung, Nà Hin, Khau Cà, Phiêng Cải, Nậm Lư, Sủng Mây và Thủ trưởng các cơ quan, đơn vị có liên quan chịu "
    "trách nhiệm thi hành Quyết định này./.",
]
NG04_NOINHAN = ["Nơi nhận:", "- Như Điều 4;", "- Bộ Nông nghiệp và Môi trường (b/c);",
                "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- CT, các PCT UBND tỉnh;", "- UBMTTQ Việt Nam tỉnh;",
                "- Hội Nông dân tỉnh;", "- Trung tâm Khuyến nông tỉnh;", "- Lưu: VT, KTN."]
NG04_SIGN = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Đinh Công Hưởng"]
NG04_APPX_TITLE = ["Phụ lục", "PHÂN BỔ KINH PHÍ HỖ TRỢ CHO CÁC XÃ",
                   "(Kèm theo Quyết định số 2315/QĐ-UBND ngày 14/10/2025 của Chủ tịch UBND tỉnh Phượng Hoàng)",
                   "Đơn vị tính: diện tích: ha; kinh phí: triệu đồng"]
NG04_APPX_HEAD = ["STT", "Xã", "Diện tích ghép cải tạo", "Diện tích tưới nhỏ giọt", "Kinh phí ghép cải tạo",
                  "Kinh phí tưới nhỏ giọt", "Kinh phí tập huấn, trình diễn", "Tổng cộng"]
NG04_APPX = [
    ["1", "Tà Mung", "60", "20", "1.080", "500", "80", "1.660"],
    ["2", "Nà Hin", "45", "16", "810", "400", "80", "1.290"],
    ["3", "Khau Cà", "30", "12", "540", "300", "80", "920"],
    ["4", "Phiêng Cải", "25", "10", "450", "250", "40", "740"],
    ["5", "Nậm Lư", "15", "8", "270", "200", "40", "510"],
    ["6", "Sủng Mây", "5", "4", "90", "100", "40", "230"],
    ["", "Cộng", "180", "70", "3.240", "1.750", "320", "5.350"],
]
NG04_APPX_NOTE = ("Ghi chú: kinh phí ghép cải tạo tính theo mức 18 triệu đồng/ha; tưới nhỏ giọt 25 triệu đồng/ha; "
                  "mỗi xã 02 lớp tập huấn (20 triệu đồng/lớp); các xã Tà Mung, Nà Hin, Khau Cà mỗi xã thêm 01 "
                  "điểm trình diễn (40 triệu đồng/điểm). Xã Sủng Mây thực hiện ở quy mô thí điểm.")


def build_ng04(path):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("DejaVu", "B", 10)
    for l, r in NG04_HEAD:
        pdf.cell(w * 0.42, 6, nfc(l), align="C")
        pdf.cell(w * 0.58, 6, nfc(r), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(w, 6, nfc(NG04_TITLE[0]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.multi_cell(w, 5.5, nfc(NG04_TITLE[1]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(w, 5.5, nfc(NG04_TITLE[2]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for p in NG04_BODY:
        if p.startswith("#"):
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(w, 5.5, nfc(p[1:]), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(w, 5.5, nfc(p), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(3)
    y0 = pdf.get_y()
    pdf.set_font("DejaVu", "", 9)
    for ln in NG04_NOINHAN:
        pdf.cell(w * 0.5, 4.6, nfc(ln), new_x="LMARGIN", new_y="NEXT")
    y1 = pdf.get_y()
    pdf.set_y(y0)
    pdf.set_font("DejaVu", "B", 10.5)
    for ln in NG04_SIGN:
        pdf.set_x(pdf.l_margin + w * 0.5)
        pdf.cell(w * 0.5, 5.5, nfc(ln), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(y1, pdf.get_y()))
    # appendix on a new page
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    for i, ln in enumerate(NG04_APPX_TITLE):
        if i >= 2:
            pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(w, 5.5, nfc(ln), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(8, 22, 18, 18, 18, 18, 20, 16), text_align="CENTER",
                   line_height=5) as table:
        for row in [NG04_APPX_HEAD] + NG04_APPX:
            r = table.row()
            for v in row:
                r.cell(nfc(v))
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(w, 5, nfc(NG04_APPX_NOTE), new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def ng04_plaintext():
    out = [a + " " + b for a, b in NG04_HEAD] + NG04_TITLE + [p.lstrip("#") for p in NG04_BODY]
    out += NG04_NOINHAN + NG04_SIGN + NG04_APPX_TITLE + [" ".join(r) for r in [NG04_APPX_HEAD] + NG04_APPX]
    out += [NG04_APPX_NOTE]
    return "\n".join(out)


# ---------------------------------------------------------------------------
# ng05 - Báo cáo của Ban Thường vụ Hội Nông dân tỉnh (.md, yields per commune)
# ---------------------------------------------------------------------------
NG05 = """HỘI NÔNG DÂN TỈNH PHƯỢNG HOÀNG               HỘI NÔNG DÂN VIỆT NAM
        BAN THƯỜNG VỤ
              *                           Phượng Hoàng, ngày 22 tháng 6 năm 2026
       Số: 64-BC/HNDT

# BÁO CÁO

**Kết quả tham gia chuyển giao kỹ thuật ghép cải tạo chè và tưới nhỏ giọt của hội viên nông dân vụ Đông Xuân 2025 - 2026**

Thực hiện Kế hoạch số 118/KH-SNNMT ngày 24/10/2025 của Sở Nông nghiệp và Môi trường và Quyết định số 2315/QĐ-UBND ngày 14/10/2025 của UBND tỉnh, Ban Thường vụ Hội Nông dân tỉnh báo cáo kết quả tham gia của các cấp Hội như sau:

## I. CÔNG TÁC TUYÊN TRUYỀN, VẬN ĐỘNG HỘI VIÊN

- Hội Nông dân 06 xã tổ chức 18 buổi tuyên truyền lồng ghép trong sinh hoạt chi hội với 1.350 lượt hội viên tham dự; phát 2.400 tờ rơi hướng dẫn kỹ thuật; đăng tin thường xuyên trên nhóm Zalo của 41 chi hội.
- Các cấp Hội giới thiệu 12 hộ “hộ dẫn đường” (Tà Mung 3, Nà Hin 3, Khau Cà 2, Phiêng Cải 2, Nậm Lư 1, Sủng Mây 1); các hộ này mở cửa vườn cho hội viên đến học tập vào ngày 15 hằng tháng.
- 126 hội viên tham dự hội nghị trình diễn đầu bờ ngày 18/12/2025 tại xã Tà Mung do Trung tâm Khuyến nông tỉnh tổ chức, vượt 6 người so với số lượng dự kiến.
- Trong 24 cộng tác viên khuyến nông của 06 xã có 19 người là chi hội trưởng hoặc hội viên nòng cốt.

## II. KẾT QUẢ THỰC HIỆN

### 1. Ghép cải tạo chè và năng suất lứa xuân năm 2026

Toàn bộ 06 xã ghép cải tạo 178,5 ha/180 ha kế hoạch, bằng 99,2%. Xã Khau Cà ghép 28,5 ha, thiếu 1,5 ha do 04 hộ ở thôn Lũng Ngàm rút tên vì nương chè nằm trong vùng có nguy cơ sạt lở. Năng suất búp tươi lứa xuân được đo tại 36 điểm theo dõi (mỗi xã 06 điểm) do cộng tác viên khuyến nông ghi chép.

| STT | Xã | Số hộ tham gia | Diện tích ghép (ha) | Tỷ lệ mắt ghép sống (%) | Năng suất chè ghép (tạ/ha) | Năng suất chè chưa ghép (tạ/ha) | Diện tích tưới nhỏ giọt (ha) |
|-----|----|----------------|---------------------|-------------------------|----------------------------|---------------------------------|------------------------------|
| 1 | Tà Mung | 212 | 60,0 | 91,2 | 38,5 | 27,0 | 20,0 |
| 2 | Nà Hin | 158 | 45,0 | 88,4 | 36,2 | 26,4 | 16,0 |
| 3 | Khau Cà | 97 | 28,5 | 86,0 | 34,8 | 25,9 | 12,0 |
| 4 | Phiêng Cải | 83 | 25,0 | 82,5 | 33,1 | 25,2 | 9,5 |
| 5 | Nậm Lư | 41 | 15,0 | 79,3 | 31,6 | 24,8 | 8,0 |
| 6 | Sủng Mây | 18 | 5,0 | 68,7 | 29,4 | 24,1 | 3,0 |
|   | Cộng/bình quân | 609 | 178,5 | 86,8 | 35,7 | 26,2 | 68,5 |

Năng suất bình quân của chè ghép cao hơn chè chưa ghép 9,5 tạ/ha, tương đương 36,3%; xã Tà Mung có mức chênh lệch cao nhất (11,5 tạ/ha).

### 2. Tưới nhỏ giọt

Diện tích lắp đặt tưới nhỏ giọt là 68,5 ha/70 ha kế hoạch. Xã Phiêng Cải lắp 9,5 ha và xã Sủng Mây lắp 3 ha do nguồn nước ở một số khe suối bị cạn từ tháng 02/2026. Theo ghi chép của các hộ, lượng nước tưới giảm bình quân 36% so với tưới phun; công lao động tưới giảm khoảng 2,5 công/ha/tháng.

### 3. Hỗ trợ vốn và liên kết tiêu thụ

- Quỹ Hỗ trợ nông dân tỉnh giải ngân 2.450 triệu đồng cho 46 hộ vay mua thiết bị tưới và phân bón, thời hạn 36 tháng, lãi suất 0,5%/tháng.
- 03 hợp tác xã (HTX Nông nghiệp Tà Mung, HTX Chè sạch Nà Hin, HTX Dịch vụ nông nghiệp Khau Cà) ký thỏa thuận bao tiêu với 287 hộ; giá búp tươi giống Kim Tuyên bình quân 14.500 đồng/kg, cao hơn chè trung du 4.000 đồng/kg.

## III. TỒN TẠI, HẠN CHẾ

- Tỷ lệ mắt ghép sống ở xã Sủng Mây thấp (68,7%) do đợt rét đậm từ ngày 08 đến 16/01/2026; một số hộ không che phủ gốc theo hướng dẫn.
- 07 bộ tưới tại xã Phiêng Cải bị tắc đầu nhỏ giọt do không vệ sinh bộ lọc định kỳ.
- Giải ngân còn chậm: đến ngày 15/6/2026, UBND xã Nậm Lư mới giải ngân 61% kinh phí được phân bổ.

## IV. NHIỆM VỤ THỜI GIAN TỚI VÀ KIẾN NGHỊ

### 1. Nhiệm vụ

1. Hội Nông dân các xã tiếp tục theo dõi, hướng dẫn hội viên chăm sóc chè sau ghép; tổ chức ghép dặm các gốc không sống vào vụ thu, hoàn thành trước ngày 30/9/2026.
2. Ban Kinh tế - Xã hội Hội Nông dân tỉnh chủ trì, phối hợp với Trung tâm Khuyến nông tỉnh biên soạn tài liệu “10 lỗi thường gặp khi ghép chè”, phát hành trong tháng 8/2026.
3. Văn phòng Hội Nông dân tỉnh phối hợp với Quỹ Hỗ trợ nông dân tỉnh rà soát nhu cầu vay vốn đợt 2, dự kiến 1.500 triệu đồng.
4. Hội Nông dân xã Sủng Mây và Hội Nông dân xã Nậm Lư có trách nhiệm phối hợp với UBND xã cùng cấp rà soát các hộ có tỷ lệ mắt ghép sống dưới 70% để hỗ trợ kỹ thuật trực tiếp tại vườn.

### 2. Kiến nghị

- Đề nghị UBND tỉnh xem xét bố trí kinh phí năm 2027 để mở rộng ghép cải tạo thêm khoảng 150 ha tại 06 xã và các xã lân cận có vùng chè tập trung.
- Đề nghị Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Thủy lợi khảo sát, hỗ trợ thiết kế bể chứa nước cho xã Phiêng Cải và xã Sủng Mây trước mùa khô năm 2027.
- Đề nghị Sở Khoa học và Công nghệ đẩy nhanh việc cấp mã số vùng trồng cho 03 vùng chè ghép tập trung tại Tà Mung, Nà Hin, Khau Cà.

Người tổng hợp: ông Lò Minh Tiệp, Ban Kinh tế - Xã hội, điện thoại 0915 627 303.

Nơi nhận:                                        T/M BAN THƯỜNG VỤ
- Trung ương Hội NDVN (b/c);                          CHỦ TỊCH
- TT Tỉnh ủy (b/c);
- UBND tỉnh;                                          (Đã ký)
- Sở Nông nghiệp và Môi trường;
- Trung tâm Khuyến nông tỉnh;                       Vi Thị Hằng
- Hội Nông dân 06 xã;
- Lưu: VP, KT-XH.
"""

FILES = {
    "ng01": "ng01_kh_ghepche.docx",
    "ng02": "ng02_tb_trinhdien.txt",
    "ng03": "ng03_cv_dangky.md",
    "ng04": "ng04_qd_phanbo.pdf",
    "ng05": "ng05_bc_nangsuat.md",
}


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_ng01(os.path.join(CORPUS, FILES["ng01"]))
    build_ng02(os.path.join(CORPUS, FILES["ng02"]))
    with open(os.path.join(CORPUS, FILES["ng03"]), "w", encoding="utf-8") as f:
        f.write(nfc(NG03))
    build_ng04(os.path.join(CORPUS, FILES["ng04"]))
    with open(os.path.join(CORPUS, FILES["ng05"]), "w", encoding="utf-8") as f:
        f.write(nfc(NG05))
    print("built:", ", ".join(sorted(FILES.values())))


if __name__ == "__main__":
    main()
