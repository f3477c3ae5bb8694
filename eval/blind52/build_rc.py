# -*- coding: utf-8 -*-
"""Rebuild the 5 corpus files of eval set blind52 (tỉnh Đức Phổ Tây).

All text below is invented for testing.  Run:
    /work/main/.venv/bin/python build_rc.py
Writes corpus/rc01_kh_skhcn.docx, rc02_cv_hosen.txt, rc03_qd_stem.pdf,
rc04_tb_hoithi.md, rc05_bc_golanh.txt.
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


# ---------------------------------------------------------------------------
# rc01 - Kế hoạch, Sở Khoa học và Công nghệ (cấp tỉnh) - DOCX
# items: (kind, text) ; kind in H (bold centered), B (bold), P, N (List Number),
# L (List Bullet), R (restart numbering before next N)
# ---------------------------------------------------------------------------
RC01_HEADER = [
    ("UBND TỈNH ĐỨC PHỔ TÂY", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 74/KH-SKHCN", "Đức Phổ Tây, ngày 12 tháng 01 năm 2026"),
]

RC01_BODY = [
    ("H", "KẾ HOẠCH"),
    ("HS", "Triển khai nhiệm vụ khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tại cấp xã trên địa bàn tỉnh năm 2026"),
    ("P", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("P", "Căn cứ Chương trình hành động số 41-CTr/TU ngày 05/3/2025 của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số;"),
    ("P", "Căn cứ Quyết định số 2317/QĐ-UBND ngày 18/12/2025 của UBND tỉnh về giao kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2026;"),
    ("P", "Sở Khoa học và Công nghệ xây dựng Kế hoạch triển khai nhiệm vụ khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tại cấp xã năm 2026 như sau:"),
    ("B", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("R", ""),
    ("N", "Mục đích"),
    ("L", "Cụ thể hóa các nhiệm vụ của tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đến từng xã, phường sau khi vận hành chính quyền địa phương hai cấp."),
    ("L", "Đưa tiến bộ kỹ thuật và công nghệ số đến gần người dân, hợp tác xã, hộ sản xuất; nâng cao kỹ năng số cho cán bộ, công chức cấp xã."),
    ("N", "Yêu cầu"),
    ("L", "Mỗi nhiệm vụ phải gắn với chỉ tiêu, sản phẩm cụ thể, có địa chỉ chịu trách nhiệm và thời hạn hoàn thành."),
    ("L", "Bảo đảm phối hợp chặt chẽ giữa Sở với các sở, ngành, UBND các xã, phường và các tổ chức hội; không chồng chéo, không hình thức."),
    ("B", "II. CHỈ TIÊU CHỦ YẾU NĂM 2026"),
    ("L", "100% xã, phường trong tỉnh (gồm 46 xã và 8 phường) duy trì Tổ công nghệ số cộng đồng hoạt động thường xuyên, mỗi tổ có ít nhất 05 thành viên."),
    ("L", "Tỷ lệ hồ sơ thủ tục hành chính cấp xã được tiếp nhận và giải quyết trực tuyến toàn trình tối thiểu 65%."),
    ("L", "Hỗ trợ ít nhất 30 hợp tác xã, hộ kinh doanh gắn mã QR truy xuất nguồn gốc cho sản phẩm chủ lực, ưu tiên sản phẩm OCOP."),
    ("L", "Mở 06 lớp tập huấn \"Bình dân học vụ số\" cho khoảng 540 cán bộ, công chức và thành viên Tổ công nghệ số cộng đồng."),
    ("L", "Mỗi xã có tối thiểu 01 mô hình ứng dụng tiến bộ khoa học và công nghệ vào sản xuất nông nghiệp hoặc chế biến nông sản."),
    ("L", "Tiếp nhận ít nhất 150 ý tưởng, giải pháp dự Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX."),
    ("B", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("R", ""),
    ("N", "Kiện toàn tổ chức và nguồn nhân lực"),
    ("P", "Rà soát, kiện toàn Tổ công nghệ số cộng đồng ở thôn, tổ dân phố; bổ sung đoàn viên, giáo viên, công an viên có kỹ năng số. Mỗi xã, phường cử 01 công chức đầu mối về khoa học, công nghệ và chuyển đổi số, gửi danh sách về Sở trước ngày 15/02/2026."),
    ("N", "Ứng dụng tiến bộ khoa học và công nghệ vào sản xuất"),
    ("P", "Ưu tiên chuyển giao quy trình nuôi tôm ít thay nước, sấy nông sản và hải sản bằng năng lượng mặt trời, chế phẩm vi sinh xử lý phụ phẩm trồng trọt. Các xã ven biển Bàu Cỏ, Gò Lãnh, Rạch Đùng được chọn làm điểm năm 2026."),
    ("N", "Phát triển hạ tầng số và dịch vụ số ở cơ sở"),
    ("P", "Phối hợp với các doanh nghiệp viễn thông xóa \"vùng lõm sóng\" tại 12 thôn miền núi; triển khai điểm truy cập Wi-Fi miễn phí tại nhà văn hóa thôn; hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và thanh toán không dùng tiền mặt."),
    ("N", "Thúc đẩy đổi mới sáng tạo và khởi nghiệp"),
    ("P", "Tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh lần thứ V; hỗ trợ tối đa 50 triệu đồng/ý tưởng cho 08 ý tưởng khởi nghiệp xuất sắc nhất; kết nối các trường trung học phổ thông với doanh nghiệp để phát triển câu lạc bộ STEM."),
    ("N", "Thông tin, tuyên truyền"),
    ("P", "Xây dựng chuyên mục \"Khoa học cho nhà nông\" trên Cổng thông tin điện tử của Sở, phát hành 24 bản tin trong năm; cung cấp tài liệu tuyên truyền cho hệ thống loa truyền thanh cơ sở."),
    ("B", "IV. KINH PHÍ THỰC HIỆN"),
    ("P", "Tổng kinh phí dự kiến năm 2026 là 3.450 triệu đồng, gồm: ngân sách sự nghiệp khoa học và công nghệ tỉnh 2.600 triệu đồng; nguồn xã hội hóa và đóng góp của doanh nghiệp 850 triệu đồng. Các xã, phường bố trí kinh phí từ ngân sách địa phương cho hoạt động của Tổ công nghệ số cộng đồng."),
    ("B", "V. TỔ CHỨC THỰC HIỆN"),
    ("R", ""),
    ("N", "Phòng Quản lý khoa học là đơn vị thường trực, chủ trì tham mưu Giám đốc Sở theo dõi, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Giám đốc Sở định kỳ hằng quý, trước ngày 20 của tháng cuối quý."),
    ("N", "Phòng Quản lý công nghệ và Đổi mới sáng tạo chủ trì tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh lần thứ V trong tháng 9/2026; xây dựng mô hình truy xuất nguồn gốc, phối hợp với Liên minh Hợp tác xã tỉnh lựa chọn đối tượng hỗ trợ."),
    ("N", "Trung tâm Chuyển đổi số tỉnh có trách nhiệm mở các lớp \"Bình dân học vụ số\", hoàn thành trước ngày 31/5/2026; hỗ trợ kỹ thuật cho Tổ công nghệ số cộng đồng các xã, phường."),
    ("N", "Văn phòng Sở bảo đảm kinh phí theo dự toán; cập nhật chuyên mục \"Khoa học cho nhà nông\" trên Cổng thông tin điện tử của Sở."),
    ("N", "Đề nghị Sở Giáo dục và Đào tạo hướng dẫn các trường trung học phổ thông thành lập hoặc củng cố câu lạc bộ STEM, giới thiệu học sinh tham gia Ngày hội Khởi nghiệp và Hội thi Sáng tạo kỹ thuật tỉnh."),
    ("N", "Đề nghị Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh chủ trì tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX; Sở Khoa học và Công nghệ phối hợp thẩm định giải pháp dự thi."),
    ("N", "Đề nghị UBND các xã, phường xây dựng kế hoạch thực hiện tại địa phương, gửi về Sở trước ngày 28/02/2026; báo cáo kết quả 6 tháng trước ngày 15/6/2026 và báo cáo năm trước ngày 10/12/2026."),
    ("P", "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị liên hệ bà Phan Mỹ Duyên, Phó Trưởng phòng Quản lý khoa học, điện thoại 0255.3821.447, thư điện tử duyenpm.skhcn@ducphotay.gov.vn để phối hợp giải quyết./."),
]

RC01_SIGN_LEFT = [
    "Nơi nhận:",
    "- Bộ Khoa học và Công nghệ (b/c);",
    "- Thường trực Tỉnh ủy, UBND tỉnh (b/c);",
    "- Ban Tuyên giáo và Dân vận Tỉnh ủy;",
    "- Các sở, ban, ngành tỉnh;",
    "- UBND các xã, phường;",
    "- Giám đốc, các Phó Giám đốc Sở;",
    "- Lưu: VT, QLKH.",
]
RC01_SIGN_RIGHT = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "", "Võ Đình Khải"]

RC01_APPENDIX_TITLE = "PHỤ LỤC: DANH MỤC NHIỆM VỤ CỤ THỂ NĂM 2026"
RC01_APPENDIX_SUB = "(Kèm theo Kế hoạch số 74/KH-SKHCN ngày 12/01/2026 của Sở Khoa học và Công nghệ)"
RC01_TABLE = [
    ("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
    ("1", "Rà soát, kiện toàn Tổ công nghệ số cộng đồng", "UBND các xã, phường", "Trung tâm Chuyển đổi số tỉnh", "Quý I/2026"),
    ("2", "Mở 06 lớp tập huấn \"Bình dân học vụ số\"", "Trung tâm Chuyển đổi số tỉnh", "Sở Nội vụ; UBND các xã, phường", "31/5/2026"),
    ("3", "Gắn mã QR truy xuất nguồn gốc cho 30 hợp tác xã, hộ kinh doanh", "Phòng Quản lý công nghệ và Đổi mới sáng tạo", "Liên minh Hợp tác xã tỉnh", "30/10/2026"),
    ("4", "Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh lần thứ V", "Phòng Quản lý công nghệ và Đổi mới sáng tạo", "Tỉnh đoàn; Trường Cao đẳng Kỹ thuật Đức Phổ Tây", "Tháng 9/2026"),
    ("5", "Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Sở Khoa học và Công nghệ; Sở Giáo dục và Đào tạo", "Tháng 11/2026"),
    ("6", "Chuyên mục \"Khoa học cho nhà nông\", 24 bản tin", "Văn phòng Sở", "Báo và Phát thanh, Truyền hình Đức Phổ Tây", "Thường xuyên"),
    ("7", "Sơ kết 6 tháng, tổng kết năm", "Phòng Quản lý khoa học", "Các đơn vị thuộc Sở", "15/12/2026"),
]


def build_rc01(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    # header: two-column borderless table
    t = d.add_table(rows=len(RC01_HEADER), cols=2)
    for i, (l, r) in enumerate(RC01_HEADER):
        for j, txt in enumerate((l, r)):
            c = t.cell(i, j)
            c.text = nfc(txt)
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i < 2:
                for run in p.runs:
                    run.bold = True

    numbering = d.part.numbering_part.element
    # abstractNum used by the "List Number" style
    ln_numid = d.styles["List Number"].element.pPr.numPr.numId.val
    abs_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(ln_numid):
            abs_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    next_id = [max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1]
    current = [None]

    def new_num():
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(next_id[0]))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), abs_id)
        num.append(an)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        current[0] = next_id[0]
        next_id[0] += 1

    def set_num(p, numid):
        pPr = p._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(numid))
        numPr.append(il)
        numPr.append(ni)
        pPr.append(numPr)

    for kind, text in RC01_BODY:
        text = nfc(text)
        if kind == "R":
            new_num()
            continue
        if kind == "H":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(text).bold = True
        elif kind == "HS":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(text).bold = True
        elif kind == "B":
            p = d.add_paragraph()
            p.add_run(text).bold = True
        elif kind == "N":
            p = d.add_paragraph(text, style="List Number")
            set_num(p, current[0])
        elif kind == "L":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)

    # signature block: two columns
    t2 = d.add_table(rows=1, cols=2)
    lc, rc = t2.cell(0, 0), t2.cell(0, 1)
    lc.text = nfc(RC01_SIGN_LEFT[0])
    for line in RC01_SIGN_LEFT[1:]:
        lc.add_paragraph(nfc(line))
    rc.text = nfc(RC01_SIGN_RIGHT[0])
    rc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in RC01_SIGN_RIGHT[1:]:
        p = rc.add_paragraph(nfc(line))
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    d.add_page_break()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(nfc(RC01_APPENDIX_TITLE)).bold = True
    p = d.add_paragraph(nfc(RC01_APPENDIX_SUB))
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    tb = d.add_table(rows=len(RC01_TABLE), cols=5)
    tb.style = "Table Grid"
    for i, row in enumerate(RC01_TABLE):
        for j, txt in enumerate(row):
            tb.cell(i, j).text = nfc(txt)
            if i == 0:
                for run in tb.cell(i, j).paragraphs[0].runs:
                    run.bold = True
    d.save(path)


# ---------------------------------------------------------------------------
# rc02 - Công văn, UBND xã Hố Sen (cấp xã) - TXT hard-wrapped, 2-col header
# ---------------------------------------------------------------------------
RC02_HEADER = """\
    UỶ BAN NHÂN DÂN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
       XÃ HỐ SEN                    Độc lập - Tự do - Hạnh phúc
    ---------------               -------------------------------
  Số: 46/UBND-VHXH              Hố Sen, ngày 09 tháng 02 năm 2026
V/v triển khai Tổ công nghệ số
 cộng đồng và mở lớp "Bình dân
      học vụ số" năm 2026
"""

RC02_PARAS = [
    "Kính gửi:",
    "- Phòng Văn hóa - Xã hội xã;",
    "- Văn phòng HĐND và UBND xã;",
    "- Công an xã;",
    "- Trường Mầm non Hố Sen; Trường Tiểu học và THCS Hố Sen;",
    "- Trưởng thôn các thôn: Gò Dưa, Hố Sen Trong, Bàu Trám, Cây Sanh.",
    "@Thực hiện Kế hoạch số 74/KH-SKHCN ngày 12/01/2026 của Sở Khoa học và Công nghệ về triển khai nhiệm vụ khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tại cấp xã năm 2026 và Hướng dẫn số 09/HD-TTCĐS ngày 23/01/2026 của Trung tâm Chuyển đổi số tỉnh về tổ chức lớp \"Bình dân học vụ số\", UBND xã Hố Sen đề nghị các cơ quan, đơn vị, thôn thực hiện một số nội dung sau:",
    "@1. Kiện toàn Tổ công nghệ số cộng đồng",
    "@Mỗi thôn kiện toàn 01 Tổ công nghệ số cộng đồng từ 05 đến 07 thành viên, gồm: Trưởng thôn làm tổ trưởng, Bí thư Chi đoàn thôn, công an viên, 01 giáo viên và đại diện hội viên phụ nữ, nông dân biết sử dụng điện thoại thông minh. Trưởng thôn các thôn gửi danh sách (theo mẫu đính kèm) về Phòng Văn hóa - Xã hội xã trước 17 giờ 00 ngày 24/02/2026.",
    "@2. Mở lớp \"Bình dân học vụ số\"",
    "@a) Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trung tâm Chuyển đổi số tỉnh mở 02 lớp tại Hội trường UBND xã (số 12 đường Trần Cẩm, thôn Gò Dưa): lớp thứ nhất từ ngày 16/3 đến ngày 18/3/2026 dành cho cán bộ, công chức xã và trưởng thôn; lớp thứ hai từ ngày 23/3 đến ngày 25/3/2026 dành cho thành viên Tổ công nghệ số cộng đồng. Mỗi lớp 45 học viên, học buổi sáng từ 7 giờ 30 đến 11 giờ 00.",
    "@b) Nội dung học: sử dụng tài khoản định danh điện tử VNeID mức độ 2; nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia; nhận diện tin giả, lừa đảo trên không gian mạng; thanh toán không dùng tiền mặt; bán nông sản trên sàn thương mại điện tử.",
    "@c) Văn phòng HĐND và UBND xã bố trí hội trường, máy chiếu, đường truyền internet và nước uống cho học viên. Kinh phí tổ chức 02 lớp là 18.600.000 đồng (Mười tám triệu sáu trăm nghìn đồng) từ nguồn ngân sách xã năm 2026.",
    "@3. Hỗ trợ người dân sử dụng dịch vụ công trực tuyến",
    "@Văn phòng HĐND và UBND xã (bộ phận Một cửa) phối hợp với Công an xã bố trí 02 máy tính và nhân viên hướng dẫn tại chỗ cho người dân nộp hồ sơ trực tuyến vào sáng thứ Ba và sáng thứ Năm hằng tuần; phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình của xã năm 2026 từ 65% trở lên.",
    "@4. Đối với các trường học",
    "@Đề nghị Trường Tiểu học và THCS Hố Sen cử 02 giáo viên tin học tham gia Tổ công nghệ số cộng đồng thôn Gò Dưa và thôn Bàu Trám; tổ chức cho học sinh lớp 8, lớp 9 hướng dẫn ông bà, cha mẹ cài đặt VNeID trong dịp nghỉ hè. Trường Mầm non Hố Sen phối hợp tuyên truyền qua nhóm Zalo phụ huynh các lớp.",
    "@5. Công tác tuyên truyền",
    "@Phòng Văn hóa - Xã hội chủ trì biên soạn 06 tin, bài phát trên hệ thống loa truyền thanh xã vào lúc 17 giờ 30 các ngày thứ Hai, thứ Tư, thứ Sáu trong tháng 3/2026. Đề nghị Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội xã vận động đoàn viên, hội viên tham gia lớp học và cài đặt ứng dụng.",
    "@6. Chế độ báo cáo",
    "@Các cơ quan, đơn vị, thôn báo cáo kết quả thực hiện về UBND xã (qua Phòng Văn hóa - Xã hội) trước ngày 05/6/2026 để tổng hợp, báo cáo Sở Khoa học và Công nghệ theo quy định. Đầu mối liên hệ: ông Tạ Minh Khang, công chức Phòng Văn hóa - Xã hội, điện thoại 0977.214.508.",
    "@UBND xã đề nghị các cơ quan, đơn vị, thôn quan tâm, triển khai thực hiện./.",
]

RC02_FOOTER = """\
Nơi nhận:                                TM. UỶ BAN NHÂN DÂN
- Như trên;                                  KT. CHỦ TỊCH
- Sở KH&CN (b/c);                            PHÓ CHỦ TỊCH
- Trung tâm Chuyển đổi số tỉnh;
- TT Đảng uỷ, TT HĐND xã;                      (Đã ký)
- CT, các PCT UBND xã;
- Lưu: VT, VHXH.                          Phạm Thị Bích Thủy
"""


def build_rc02(path):
    out = [RC02_HEADER, ""]
    for para in RC02_PARAS:
        if para.startswith("@"):
            out.append(textwrap.fill(para[1:], width=74, break_long_words=False,
                                     break_on_hyphens=False))
        else:
            out.append(para)
    out.append("")
    out.append(RC02_FOOTER)
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc("\n".join(out)))


# ---------------------------------------------------------------------------
# rc03 - Quyết định + Quy chế, Trường THPT Bàu Cỏ (trường học) - PDF
# ---------------------------------------------------------------------------
RC03_HEADER = [
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("TRƯỜNG THPT BÀU CỎ", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 112/QĐ-THPTBC", "Bàu Cỏ, ngày 20 tháng 02 năm 2026"),
]
RC03_BODY = [
    ("H", "QUYẾT ĐỊNH"),
    ("C", "Về việc thành lập Câu lạc bộ Nghiên cứu khoa học và STEM và ban hành Quy chế hoạt động năm học 2025 - 2026"),
    ("H", "HIỆU TRƯỞNG TRƯỜNG TRUNG HỌC PHỔ THÔNG BÀU CỎ"),
    ("P", "Căn cứ Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học;"),
    ("P", "Căn cứ Công văn số 318/SGDĐT-GDTrH ngày 27/01/2026 của Sở Giáo dục và Đào tạo tỉnh Đức Phổ Tây về hướng dẫn hoạt động giáo dục STEM và nghiên cứu khoa học của học sinh trung học năm học 2025 - 2026;"),
    ("P", "Căn cứ Kế hoạch số 74/KH-SKHCN ngày 12/01/2026 của Sở Khoa học và Công nghệ về triển khai nhiệm vụ khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tại cấp xã năm 2026;"),
    ("P", "Theo đề nghị của Tổ trưởng Tổ Vật lý - Công nghệ và Tổ trưởng Tổ Tin học."),
    ("H", "QUYẾT ĐỊNH:"),
    ("P", "Điều 1. Thành lập Câu lạc bộ Nghiên cứu khoa học và STEM Trường THPT Bàu Cỏ (gọi tắt là CLB STEM Bàu Cỏ), gồm Ban chủ nhiệm và 64 học sinh thành viên thuộc các khối lớp 10, 11, 12. Ban chủ nhiệm gồm các ông (bà) có tên sau:"),
    ("P", "1. Bà Nguyễn Thị Lan Chi, Phó Hiệu trưởng - Chủ nhiệm;"),
    ("P", "2. Ông Hồ Văn Tín, Tổ trưởng Tổ Vật lý - Công nghệ - Phó Chủ nhiệm thường trực;"),
    ("P", "3. Ông Dương Công Trứ, giáo viên Tin học - Phó Chủ nhiệm;"),
    ("P", "4. Bà Kiều Thanh Nhàn, Bí thư Đoàn trường - Thành viên;"),
    ("P", "5. Em Lê Bảo Ngân, học sinh lớp 11A1 - Trưởng ban học sinh."),
    ("P", "Điều 2. Ban hành kèm theo Quyết định này Quy chế hoạt động của CLB STEM Bàu Cỏ."),
    ("P", "Điều 3. Kinh phí hoạt động của Câu lạc bộ năm học 2025 - 2026 là 42.000.000 đồng, trong đó 30.000.000 đồng từ nguồn chi thường xuyên của nhà trường và 12.000.000 đồng do Ban đại diện Cha mẹ học sinh tài trợ."),
    ("P", "Điều 4. Quyết định có hiệu lực kể từ ngày ký. Văn phòng nhà trường, Tổ Vật lý - Công nghệ, Tổ Tin học, Đoàn trường, giáo viên chủ nhiệm các lớp và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."),
    ("SIGN", ""),
    ("PAGE", ""),
    ("H", "QUY CHẾ"),
    ("C", "Hoạt động của Câu lạc bộ Nghiên cứu khoa học và STEM Trường THPT Bàu Cỏ"),
    ("I", "(Ban hành kèm theo Quyết định số 112/QĐ-THPTBC ngày 20/02/2026 của Hiệu trưởng Trường THPT Bàu Cỏ)"),
    ("H", "Chương I. QUY ĐỊNH CHUNG"),
    ("P", "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng. Quy chế này quy định về tổ chức, hoạt động, quyền và trách nhiệm của thành viên CLB STEM Bàu Cỏ; áp dụng đối với cán bộ, giáo viên và học sinh tham gia Câu lạc bộ."),
    ("P", "Điều 2. Mục tiêu. Phát triển năng lực nghiên cứu, tư duy sáng tạo và kỹ năng số cho học sinh; chuẩn bị sản phẩm tham gia Cuộc thi khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học và Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX."),
    ("P", "Điều 3. Nguyên tắc hoạt động. Câu lạc bộ hoạt động theo nguyên tắc tự nguyện, không thu tiền của học sinh; thời gian sinh hoạt không trùng với lịch học chính khóa và không gây áp lực học tập."),
    ("H", "Chương II. TỔ CHỨC VÀ HOẠT ĐỘNG"),
    ("P", "Điều 4. Cơ cấu tổ chức. Câu lạc bộ gồm 04 nhóm chuyên đề: Nhóm Rô-bốt và lập trình; Nhóm Nông nghiệp thông minh; Nhóm Môi trường và năng lượng; Nhóm Khoa học xã hội và hành vi. Mỗi nhóm có 01 giáo viên hướng dẫn và tối đa 18 học sinh."),
    ("P", "Điều 5. Thành viên. Học sinh đăng ký tự nguyện, có kết quả học tập từ mức Khá trở lên hoặc có năng khiếu về kỹ thuật, tin học. Học sinh nộp phiếu đăng ký qua giáo viên chủ nhiệm trước ngày 05/3/2026; Ban chủ nhiệm xét và công bố danh sách thành viên chính thức trước ngày 10/3/2026."),
    ("P", "Điều 6. Lịch sinh hoạt. Các nhóm sinh hoạt vào chiều thứ Bảy hằng tuần, từ 14 giờ 00 đến 16 giờ 30, tại Phòng thực hành STEM (tầng 2, nhà B). Mỗi tháng tổ chức 01 buổi sinh hoạt chung toàn Câu lạc bộ vào tuần cuối của tháng."),
    ("P", "Điều 7. Sản phẩm. Mỗi nhóm hoàn thành ít nhất 02 sản phẩm hoặc đề tài trong năm học. Sản phẩm tiêu biểu do Ban chủ nhiệm lựa chọn để dự thi các cấp. Hồ sơ sản phẩm dự Hội thi Sáng tạo kỹ thuật tỉnh nộp về Ban chủ nhiệm trước ngày 15/9/2026 để hoàn thiện, gửi Ban Tổ chức Hội thi."),
    ("H", "Chương III. TRÁCH NHIỆM VÀ QUYỀN LỢI"),
    ("P", "Điều 8. Ban chủ nhiệm. Xây dựng kế hoạch hoạt động hằng tháng; phân công giáo viên hướng dẫn các nhóm; quản lý danh sách thành viên; báo cáo Hiệu trưởng kết quả hoạt động vào cuối mỗi học kỳ."),
    ("P", "Điều 9. Giáo viên hướng dẫn. Trực tiếp hướng dẫn học sinh xây dựng ý tưởng, thực hiện và hoàn thiện sản phẩm; bảo đảm an toàn khi sử dụng thiết bị. Mỗi giáo viên hướng dẫn được tính 02 tiết/tuần vào định mức giờ dạy."),
    ("P", "Điều 10. Văn phòng nhà trường. Quản lý tài sản, thiết bị của Phòng thực hành STEM; mua sắm vật tư tiêu hao theo đề xuất của Ban chủ nhiệm; thanh toán, quyết toán kinh phí theo quy định."),
    ("P", "Điều 11. Đoàn trường. Tuyên truyền, vận động đoàn viên tham gia Câu lạc bộ; chủ trì tổ chức \"Ngày hội STEM\" của nhà trường vào ngày 26/3/2026 nhân kỷ niệm ngày thành lập Đoàn TNCS Hồ Chí Minh."),
    ("P", "Điều 12. Giáo viên chủ nhiệm. Giới thiệu học sinh có năng lực tham gia Câu lạc bộ; phối hợp với giáo viên hướng dẫn theo dõi kết quả học tập, rèn luyện của học sinh là thành viên."),
    ("P", "Điều 13. Học sinh thành viên. Tham gia đầy đủ các buổi sinh hoạt, giữ gìn thiết bị; được sử dụng Phòng thực hành STEM theo lịch. Học sinh có sản phẩm đạt giải cấp tỉnh trở lên được nhà trường khen thưởng 1.000.000 đồng/sản phẩm và được ưu tiên khi xét danh hiệu học sinh tiêu biểu."),
    ("H", "Chương IV. XỬ LÝ VI PHẠM VÀ ĐIỀU KHOẢN THI HÀNH"),
    ("P", "Điều 14. Xử lý vi phạm. Thành viên vắng sinh hoạt 03 buổi liên tiếp không có lý do chính đáng hoặc làm hư hỏng thiết bị do cố ý thì bị xóa tên khỏi danh sách Câu lạc bộ."),
    ("P", "Điều 15. Điều khoản thi hành. Trong quá trình thực hiện, Phó Chủ nhiệm thường trực tổng hợp vướng mắc, đề xuất Hiệu trưởng xem xét, sửa đổi, bổ sung Quy chế cho phù hợp."),
]
RC03_SIGN_LEFT = ["Nơi nhận:", "- Như Điều 4;", "- Sở GD&ĐT (b/c);", "- Ban đại diện CMHS;", "- Lưu: VT."]
RC03_SIGN_RIGHT = ["HIỆU TRƯỞNG", "(Đã ký)", "", "Đỗ Minh Triết"]


def build_rc03(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("DV", "B", 10)
    for l, r in RC03_HEADER:
        pdf.cell(w * 0.42, 6, nfc(l), align="C")
        pdf.cell(w * 0.58, 6, nfc(r), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 10)
    pdf.ln(4)
    for kind, text in RC03_BODY:
        text = nfc(text)
        if kind == "H":
            pdf.set_font("DV", "B", 11)
            pdf.multi_cell(w, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind in ("C", "I"):
            pdf.set_font("DV", "", 10.5)
            pdf.multi_cell(w, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "SIGN":
            pdf.ln(3)
            y = pdf.get_y()
            pdf.set_font("DV", "", 9.5)
            for line in RC03_SIGN_LEFT:
                pdf.cell(w * 0.5, 5, nfc(line), new_x="LMARGIN", new_y="NEXT")
            pdf.set_xy(pdf.l_margin + w * 0.5, y)
            pdf.set_font("DV", "B", 10.5)
            for line in RC03_SIGN_RIGHT:
                pdf.set_x(pdf.l_margin + w * 0.5)
                pdf.cell(w * 0.5, 6, nfc(line), align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "PAGE":
            pdf.add_page()
        else:
            pdf.set_font("DV", "", 10.5)
            pdf.multi_cell(w, 6, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(path)


# ---------------------------------------------------------------------------
# rc04 - Thông báo, Liên hiệp các Hội KH&KT tỉnh (tổ chức hội) - Markdown
# ---------------------------------------------------------------------------
RC04 = """\
| LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH ĐỨC PHỔ TÂY | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|:---:|:---:|
| Số: 29/TB-LHH | Độc lập - Tự do - Hạnh phúc |
| | Đức Phổ Tây, ngày 05 tháng 3 năm 2026 |

# THÔNG BÁO

## Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Đức Phổ Tây lần thứ IX (năm 2026)

Căn cứ Quyết định số 486/QĐ-UBND ngày 24/02/2026 của UBND tỉnh về việc tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX;

Thực hiện Kế hoạch số 74/KH-SKHCN ngày 12/01/2026 của Sở Khoa học và Công nghệ, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh (cơ quan Thường trực Ban Tổ chức Hội thi) thông báo tổ chức Hội thi như sau:

### 1. Đối tượng tham gia

Cá nhân, tập thể người Việt Nam đang sinh sống, học tập, làm việc trên địa bàn tỉnh có giải pháp kỹ thuật đủ điều kiện. Học sinh trung học phổ thông dự thi theo nhóm tối đa 03 em và phải có giáo viên hướng dẫn. Thành viên Ban Tổ chức, Tổ thư ký và Hội đồng giám khảo không tham gia dự thi.

### 2. Lĩnh vực dự thi

Hội thi gồm 06 lĩnh vực: (1) Cơ khí - tự động hóa; (2) Nông, lâm, ngư nghiệp và chế biến nông sản; (3) Công nghệ thông tin, chuyển đổi số; (4) Môi trường và năng lượng; (5) Y tế, dược liệu; (6) Giáo dục và đào tạo.

### 3. Yêu cầu đối với giải pháp

Giải pháp có tính mới trong phạm vi tỉnh; đã áp dụng hoặc có khả năng áp dụng vào thực tế; mang lại hiệu quả kinh tế - xã hội; chưa đạt giải tại các hội thi, cuộc thi cấp tỉnh hoặc toàn quốc trước thời điểm nộp hồ sơ. Mỗi tác giả hoặc nhóm tác giả nộp không quá 02 giải pháp.

### 4. Thời gian, địa điểm

| Bước | Nội dung | Thời gian | Địa điểm, ghi chú |
|---|---|---|---|
| 1 | Lễ phát động Hội thi | 08 giờ 00 ngày 14/3/2026 | Hội trường Liên hiệp hội, số 27 đường Lý Tự Trọng |
| 2 | Nhận hồ sơ dự thi | Từ 16/3/2026 đến 17 giờ 00 ngày 30/9/2026 | Văn phòng Liên hiệp hội, giờ hành chính |
| 3 | Vòng sơ khảo | 05/10/2026 - 20/10/2026 | Hội đồng giám khảo các lĩnh vực |
| 4 | Vòng chung khảo, khảo sát thực tế | 26/10/2026 - 10/11/2026 | Tại nơi áp dụng giải pháp |
| 5 | Lễ tổng kết, trao giải | 27/11/2026 | Trung tâm Hội nghị tỉnh |

### 5. Cơ cấu giải thưởng

| Giải | Số lượng | Mức thưởng mỗi giải |
|---|---|---|
| Giải Nhất | 02 | 25.000.000 đồng |
| Giải Nhì | 04 | 15.000.000 đồng |
| Giải Ba | 06 | 10.000.000 đồng |
| Giải Khuyến khích | 10 | 3.000.000 đồng |

Tổng giá trị giải thưởng là 200.000.000 đồng, từ ngân sách tỉnh và nguồn tài trợ của Công ty TNHH Điện mặt trời Sa Kỳ. Ngoài tiền thưởng, tác giả đạt giải được cấp Giấy chứng nhận của Ban Tổ chức. Các giải pháp đạt giải Nhất, giải Nhì được Ban Tổ chức xem xét, giới thiệu tham dự Hội thi Sáng tạo kỹ thuật toàn quốc.

### 6. Hồ sơ dự thi

Hồ sơ gồm: Phiếu đăng ký dự thi (Mẫu 01); bản mô tả giải pháp không quá 15 trang khổ A4; ảnh, video minh họa (nếu có); xác nhận của đơn vị áp dụng giải pháp (nếu có). Mỗi giải pháp nộp 02 bộ hồ sơ giấy và 01 bản điện tử gửi qua thư điện tử hoithistkt.lhh@ducphotay.gov.vn. Ban Tổ chức không trả lại hồ sơ.

### 7. Tổ chức thực hiện

1. Văn phòng Liên hiệp hội là bộ phận thường trực của Ban Tổ chức: tiếp nhận, phân loại hồ sơ; tổng hợp danh sách giải pháp gửi Hội đồng giám khảo trước ngày 02/10/2026.
2. Đề nghị Sở Khoa học và Công nghệ cử chuyên gia làm thành viên Hội đồng giám khảo; hỗ trợ tác giả đạt giải làm thủ tục đăng ký bảo hộ sở hữu trí tuệ.
3. Đề nghị Sở Giáo dục và Đào tạo phổ biến Thông báo này đến các trường trung học phổ thông, Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên; khuyến khích giáo viên, học sinh tham gia.
4. Đề nghị Tỉnh đoàn, Hội Nông dân tỉnh, Liên đoàn Lao động tỉnh vận động đoàn viên, hội viên, người lao động dự Hội thi.
5. Đề nghị UBND các xã, phường thông báo rộng rãi trên hệ thống loa truyền thanh cơ sở; mỗi xã, phường giới thiệu ít nhất 01 giải pháp của địa phương.
6. Báo và Phát thanh, Truyền hình Đức Phổ Tây phối hợp đưa tin về Hội thi trong suốt thời gian tổ chức.

Thông tin chi tiết liên hệ: bà Võ Thị Hồng Nhung, Chánh Văn phòng Liên hiệp hội; điện thoại 0255.3716.092 hoặc 0914.335.780.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở KH&CN; Sở GD&ĐT;
- Tỉnh đoàn; Hội Nông dân tỉnh; Liên đoàn Lao động tỉnh;
- UBND các xã, phường;
- Lưu: VT, VP.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
Trương Quý Hào
"""


def build_rc04(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(RC04))


# ---------------------------------------------------------------------------
# rc05 - Báo cáo, Đảng ủy xã Gò Lãnh (cấp xã, Đảng) - TXT with Markdown table
# ---------------------------------------------------------------------------
RC05 = """\
ĐẢNG BỘ TỈNH ĐỨC PHỔ TÂY                  ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ GÒ LÃNH
         *                          Gò Lãnh, ngày 10 tháng 6 năm 2026
    Số 87-BC/ĐU

                              BÁO CÁO
   Kết quả 6 tháng đầu năm 2026 thực hiện nhiệm vụ khoa học, công nghệ,
   đổi mới sáng tạo, chuyển đổi số và phong trào "Bình dân học vụ số"
                         trên địa bàn xã
                              -----

Thực hiện Chương trình hành động số 41-CTr/TU ngày 05/3/2025 của Ban Chấp hành Đảng bộ tỉnh và Kế hoạch số 74/KH-SKHCN ngày 12/01/2026 của Sở Khoa học và Công nghệ, Ban Thường vụ Đảng ủy xã Gò Lãnh báo cáo kết quả 6 tháng đầu năm 2026 như sau:

I. CÔNG TÁC LÃNH ĐẠO, ĐIỀU HÀNH

- Ban Thường vụ Đảng ủy xã ban hành Kế hoạch số 15-KH/ĐU ngày 20/02/2026 thực hiện nhiệm vụ năm 2026; phân công đồng chí Phó Bí thư Thường trực Đảng ủy phụ trách lĩnh vực khoa học, công nghệ và chuyển đổi số.
- UBND xã ban hành Kế hoạch số 38/KH-UBND ngày 26/02/2026 và gửi Sở Khoa học và Công nghệ trong thời hạn quy định.
- Tổ chức 03 hội nghị quán triệt cho 186 lượt cán bộ, đảng viên; 7/7 chi bộ thôn đưa nội dung chuyển đổi số vào sinh hoạt chuyên đề quý I/2026.

II. KẾT QUẢ THỰC HIỆN

1. Kết quả các chỉ tiêu chủ yếu

| TT | Chỉ tiêu | Kế hoạch năm 2026 | Kết quả 6 tháng | Tỷ lệ so kế hoạch |
|----|----------|-------------------|-----------------|-------------------|
| 1 | Tổ công nghệ số cộng đồng hoạt động (tổ) | 7 | 7 | 100% |
| 2 | Thành viên Tổ công nghệ số cộng đồng (người) | 42 | 45 | 107% |
| 3 | Học viên hoàn thành lớp "Bình dân học vụ số" (người) | 160 | 131 | 82% |
| 4 | Hồ sơ thủ tục hành chính trực tuyến toàn trình (%) | 65 | 58,4 | 90% |
| 5 | Người dân kích hoạt tài khoản VNeID mức độ 2 (người) | 9.800 | 8.917 | 91% |
| 6 | Hộ, hợp tác xã gắn mã QR truy xuất nguồn gốc (đơn vị) | 6 | 4 | 67% |
| 7 | Giải pháp đăng ký dự Hội thi Sáng tạo kỹ thuật tỉnh (giải pháp) | 3 | 2 | 67% |
| 8 | Thôn có điểm Wi-Fi miễn phí tại nhà văn hóa (thôn) | 7 | 5 | 71% |

2. Một số kết quả nổi bật

- Mô hình sấy cá cơm bằng nhà sấy năng lượng mặt trời tại thôn Vũng Nồm có 12 hộ tham gia, chi phí sấy giảm khoảng 30% so với sấy bằng củi; tổng vốn thực hiện 265 triệu đồng, trong đó Sở Khoa học và Công nghệ hỗ trợ 120 triệu đồng.
- Hợp tác xã Nông nghiệp Phú Sa gắn mã QR truy xuất nguồn gốc cho sản phẩm nước mắm Phú Sa (sản phẩm OCOP 3 sao) từ tháng 4/2026.
- Đoàn xã thành lập 02 đội hình thanh niên tình nguyện "Gõ cửa từng nhà", hướng dẫn cài đặt, kích hoạt VNeID cho 1.240 người cao tuổi.
- Xã đăng ký 02 giải pháp dự Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX: "Máy tách vỏ hạt điều mini" của ông Nguyễn Hữu Tài (thôn Bãi Gành) và "Hệ thống cảnh báo ngập lụt qua tin nhắn" của nhóm giáo viên Trường THCS Gò Lãnh.

3. Hạn chế, nguyên nhân

- Tỷ lệ hồ sơ trực tuyến toàn trình mới đạt 58,4%, chưa đạt chỉ tiêu 65%; một bộ phận người cao tuổi còn ngại sử dụng điện thoại thông minh.
- Còn 02 thôn (Đồng Dài và Truông Đá) chưa có điểm Wi-Fi miễn phí do chưa có đường truyền cáp quang.
- Kinh phí hoạt động của Tổ công nghệ số cộng đồng chưa bố trí kịp thời, mới cấp 21 triệu đồng trên tổng dự toán 42 triệu đồng.

III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026

1. Giao UBND xã chủ trì, phối hợp với doanh nghiệp viễn thông lắp đặt điểm Wi-Fi miễn phí tại 02 thôn còn lại, hoàn thành trước ngày 30/9/2026; cấp đủ 21 triệu đồng kinh phí còn lại cho Tổ công nghệ số cộng đồng trong quý III/2026.
2. Văn phòng Đảng ủy xã theo dõi, tổng hợp, tham mưu Ban Thường vụ báo cáo kết quả năm 2026 gửi Ban Thường vụ Tỉnh ủy trước ngày 05/12/2026.
3. Đề nghị Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã tiếp tục vận động hội viên tham gia lớp "Bình dân học vụ số", phấn đấu hoàn thành chỉ tiêu 160 học viên trong năm.
4. Đoàn xã phối hợp với Trường THCS Gò Lãnh duy trì đội hình "Gõ cửa từng nhà" trong dịp hè, từ ngày 15/6/2026 đến ngày 15/8/2026.
5. Các chi bộ thôn đưa chỉ tiêu kích hoạt VNeID vào nghị quyết sinh hoạt chi bộ hằng tháng.

IV. ĐỀ XUẤT, KIẾN NGHỊ

- Đề nghị Sở Khoa học và Công nghệ hỗ trợ chuyển giao thêm 01 mô hình nhà sấy năng lượng mặt trời cho thôn Bãi Gành.
- Đề nghị Trung tâm Chuyển đổi số tỉnh mở thêm 01 lớp "Bình dân học vụ số" tại xã trong quý III/2026.

                                               T/M BAN THƯỜNG VỤ
                                                     BÍ THƯ
                                                    (Đã ký)

                                                 Ngô Thanh Tùng
Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c);
- Ban Tuyên giáo và Dân vận Tỉnh ủy;
- Sở KH&CN;
- Các đồng chí Đảng ủy viên;
- UBND xã;
- Lưu VT.
"""


def build_rc05(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(RC05))


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_rc01(os.path.join(CORPUS, "rc01_kh_skhcn.docx"))
    build_rc02(os.path.join(CORPUS, "rc02_cv_hosen.txt"))
    build_rc03(os.path.join(CORPUS, "rc03_qd_stem.pdf"))
    build_rc04(os.path.join(CORPUS, "rc04_tb_hoithi.md"))
    build_rc05(os.path.join(CORPUS, "rc05_bc_golanh.txt"))
    print("built", sorted(os.listdir(CORPUS)))


if __name__ == "__main__":
    main()
