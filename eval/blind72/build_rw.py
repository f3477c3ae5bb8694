#!/usr/bin/env python3
"""Build the 5 corpus documents of set blind72 (tỉnh Ngân Phong, phường Hồng Liễu).
All text is invented. Run: /work/main/.venv/bin/python build_rw.py"""
import os, copy, textwrap, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- rw01 (docx)
RW01 = dict(
    left=["UBND PHƯỜNG HỒNG LIỄU", "Số: 41/KH-UBND"],
    right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
           "Hồng Liễu, ngày 20 tháng 01 năm 2026"],
    title="KẾ HOẠCH",
    subtitle="Nâng cao tỷ lệ sử dụng dịch vụ công trực tuyến và thanh toán trực tuyến "
             "trên địa bàn phường Hồng Liễu năm 2026",
    basis=[
        "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển "
        "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
        "Căn cứ Kế hoạch số 09/KH-UBND ngày 06/01/2026 của UBND tỉnh Ngân Phong về chuyển đổi số "
        "và cải cách thủ tục hành chính năm 2026;",
        "Xét đề nghị của Phòng Văn hóa - Xã hội, UBND phường Hồng Liễu ban hành Kế hoạch nâng cao tỷ lệ "
        "sử dụng dịch vụ công trực tuyến năm 2026 như sau:",
    ],
    sections=[
        ("I. MỤC ĐÍCH, YÊU CẦU", "bullet", [
            "Đưa dịch vụ công trực tuyến trở thành kênh chủ yếu để người dân, hộ kinh doanh và doanh "
            "nghiệp thực hiện thủ tục hành chính tại phường.",
            "Phát huy vai trò của Tổ công nghệ số cộng đồng, Đoàn phường, Công an phường và Ban điều hành "
            "9 khu phố trong việc hướng dẫn “cầm tay chỉ việc” cho người dân, nhất là người cao tuổi và "
            "người lao động thuê trọ.",
            "Kết quả thực hiện là căn cứ đánh giá, xếp loại thi đua năm 2026 của cán bộ, công chức và các khu phố.",
        ]),
        ("II. CHỈ TIÊU NĂM 2026", "number", [
            "Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến (toàn trình và một phần) tại Bộ phận một "
            "cửa phường đạt từ 80% trở lên; năm 2025 tỷ lệ này mới đạt 52,7%.",
            "Tỷ lệ người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức 2 trên ứng dụng VNeID "
            "đạt từ 95% trở lên.",
            "Tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến đạt từ 60% trở lên.",
            "Mức độ hài lòng của người dân, doanh nghiệp đối với Bộ phận một cửa phường đạt trên 92%.",
            "Mỗi hộ gia đình có ít nhất 01 thành viên biết sử dụng VNeID và Cổng Dịch vụ công quốc gia để "
            "tự nộp hồ sơ.",
        ]),
        ("III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "number", [
            "Tuyên truyền, nâng cao nhận thức: phát sóng chuyên mục “Phường Hồng Liễu số” trên hệ thống "
            "truyền thanh phường vào 6 giờ 30 các ngày thứ Hai, thứ Tư, thứ Sáu.",
            "Chuẩn hóa quy trình tại Bộ phận một cửa: niêm yết danh mục 126 thủ tục hành chính thực hiện "
            "trực tuyến toàn trình; bố trí Quầy hỗ trợ dịch vụ công trực tuyến có cán bộ hướng dẫn thường "
            "trực trong giờ hành chính.",
            "Đẩy mạnh định danh điện tử: tổ chức cấp, kích hoạt tài khoản định danh điện tử mức 2 lưu động "
            "tại các khu phố.",
            "Hỗ trợ người dân tại cộng đồng: mỗi khu phố duy trì 01 Tổ công nghệ số cộng đồng từ 5 đến 7 "
            "thành viên; tổ chức chiến dịch “Thứ Bảy số” tại nhà văn hóa khu phố vào sáng thứ Bảy hằng tuần.",
            "Ứng dụng số trong trường học: triển khai tuyển sinh lớp 1 trực tuyến; thu học phí và các khoản "
            "thu khác không dùng tiền mặt; tổ chức lớp kỹ năng số cho phụ huynh học sinh.",
        ]),
    ],
    table_title="IV. PHÂN CÔNG NHIỆM VỤ CỤ THỂ",
    table_intro="Các nhiệm vụ cụ thể được phân công theo bảng sau:",
    table=[
        ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        ["1", "Rà soát, niêm yết danh mục thủ tục hành chính thực hiện trực tuyến toàn trình tại Bộ phận một cửa",
         "Văn phòng HĐND và UBND phường", "Phòng Văn hóa - Xã hội; Phòng Kinh tế, Hạ tầng và Đô thị",
         "Trước ngày 28/02/2026"],
        ["2", "Lắp đặt 02 máy tính, 01 máy quét và bố trí cán bộ tại Quầy hỗ trợ dịch vụ công trực tuyến",
         "Văn phòng HĐND và UBND phường", "Viễn thông Ngân Phong", "Trước ngày 15/3/2026"],
        ["3", "Cấp, kích hoạt định danh điện tử mức 2 lưu động tại 9 khu phố", "Công an phường",
         "Ban điều hành các khu phố; Đoàn phường",
         "Định kỳ hằng tháng; hoàn thành chỉ tiêu trước ngày 30/9/2026"],
        ["4", "Tham mưu thành lập Tổ công nghệ số cộng đồng phường và kiện toàn tổ ở 9 khu phố",
         "Phòng Văn hóa - Xã hội", "Ủy ban MTTQ Việt Nam phường; Ban điều hành các khu phố",
         "Trước ngày 10/3/2026"],
        ["5", "Chiến dịch “Thứ Bảy số” hỗ trợ người dân tại nhà văn hóa khu phố", "Đoàn phường",
         "Tổ công nghệ số cộng đồng; Hội Liên hiệp Phụ nữ phường",
         "Các ngày thứ Bảy từ tháng 3 đến tháng 11/2026"],
        ["6", "Tuyển sinh lớp 1 trực tuyến; thu các khoản thu không dùng tiền mặt",
         "Trường Tiểu học Hồng Liễu; Trường Tiểu học Phan Đình Giót", "Phòng Văn hóa - Xã hội",
         "Tháng 6/2026 và cả năm học 2026-2027"],
        ["7", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", "Phòng Văn hóa - Xã hội",
         "Các đơn vị liên quan", "Hằng quý, trước ngày 20 của tháng cuối quý"],
    ],
    budget_title="V. KINH PHÍ THỰC HIỆN",
    budget_intro="Tổng kinh phí thực hiện Kế hoạch năm 2026 là 186.500.000 đồng (Một trăm tám mươi sáu triệu, "
                 "năm trăm nghìn đồng) từ nguồn ngân sách phường, gồm:",
    budget_items=[
        "Mua sắm thiết bị cho Quầy hỗ trợ dịch vụ công trực tuyến: 64.000.000 đồng;",
        "Hỗ trợ hoạt động của Tổ công nghệ số cộng đồng 9 khu phố: 81.000.000 đồng (9.000.000 đồng/tổ/năm);",
        "Tuyên truyền, in tài liệu hướng dẫn, tờ rơi mã QR: 41.500.000 đồng.",
    ],
    budget_after="Ngoài ra, huy động doanh nghiệp viễn thông hỗ trợ thiết bị, sim và chữ ký số cho người dân.",
    org_title="VI. TỔ CHỨC THỰC HIỆN",
    org_items=[
        "Văn phòng HĐND và UBND phường có trách nhiệm theo dõi tỷ lệ hồ sơ trực tuyến trên Hệ thống thông tin "
        "giải quyết thủ tục hành chính tỉnh, báo cáo Chủ tịch UBND phường vào sáng thứ Hai hằng tuần.",
        "Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Văn phòng HĐND và UBND phường tham mưu Chủ tịch UBND "
        "phường quyết định thành lập Tổ công nghệ số cộng đồng phường; là đầu mối tổng hợp, báo cáo kết quả thực "
        "hiện Kế hoạch về UBND phường và Sở Khoa học và Công nghệ.",
        "Phòng Kinh tế, Hạ tầng và Đô thị hướng dẫn tổ chức, cá nhân nộp hồ sơ cấp giấy phép xây dựng, đăng ký "
        "hộ kinh doanh qua môi trường mạng; phấn đấu tỷ lệ trực tuyến của lĩnh vực này đạt 90%.",
        "Đề nghị Công an phường chủ động bố trí lực lượng cấp định danh điện tử lưu động, ưu tiên khu phố có tỷ "
        "lệ thấp; phối hợp làm sạch dữ liệu dân cư, bảo đảm thông tin “đúng, đủ, sạch, sống”.",
        "Đề nghị Ủy ban MTTQ Việt Nam phường, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh, Hội Người cao tuổi "
        "phường và Đoàn phường vận động hội viên, đoàn viên gương mẫu sử dụng dịch vụ công trực tuyến.",
        "Ban điều hành các khu phố lập danh sách hộ chưa có thành viên sử dụng dịch vụ công trực tuyến, gửi "
        "Phòng Văn hóa - Xã hội trước ngày 15/02/2026; bố trí nhà văn hóa khu phố làm điểm hỗ trợ.",
        "Trường Tiểu học Hồng Liễu và Trường Tiểu học Phan Đình Giót thông báo công khai quy trình tuyển sinh "
        "lớp 1 trực tuyến đến phụ huynh trước ngày 20/5/2026; phối hợp Công an phường cấp căn cước cho học sinh.",
        "Các phòng, ban, đơn vị thuộc phường và Ban điều hành các khu phố căn cứ nhiệm vụ được giao xây dựng kế "
        "hoạch cụ thể, báo cáo kết quả định kỳ hằng quý về Phòng Văn hóa - Xã hội.",
    ],
    closing="Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị phản ánh về Phòng Văn hóa "
            "- Xã hội (bà Đỗ Khánh Linh, điện thoại 0912.604.318, e-mail linhdk.honglieu@nganphong.gov.vn) để tổng "
            "hợp, báo cáo Chủ tịch UBND phường xem xét, giải quyết./.",
    sign=["TM. UBND PHƯỜNG", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Nguyễn Thị Bích Ngọc"],
    recipients=["Nơi nhận:", "- Sở Khoa học và Công nghệ tỉnh (để b/c);", "- Thường trực Đảng ủy, HĐND phường;",
                "- Chủ tịch, các Phó Chủ tịch UBND phường;", "- Ủy ban MTTQ Việt Nam phường;",
                "- Các phòng, đơn vị thuộc phường;", "- Ban điều hành 9 khu phố;", "- Lưu: VT, VHXH."],
)


def _new_num(doc, style_name):
    """Create a fresh w:num (restart at 1) based on the abstractNum of a list style."""
    numbering = doc.part.numbering_part.element
    style = doc.styles[style_name]
    numId = style.element.pPr.numPr.numId.val
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(numId):
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(ids) + 1
    num = OxmlElement("w:num"); num.set(qn("w:numId"), str(new_id))
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), abstract); num.append(an)
    ov = OxmlElement("w:lvlOverride"); ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride"); so.set(qn("w:val"), "1"); ov.append(so); num.append(ov)
    numbering.append(num)
    return new_id


def _set_num(par, num_id):
    pPr = par._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0"); numPr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id)); numPr.append(ni)
    pPr.append(numPr)


def _no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def build_rw01(path):
    d = RW01
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2)
    head = doc.add_table(rows=1, cols=2); _no_borders(head)
    for cell, lines in zip(head.rows[0].cells, (d["left"], d["right"])):
        cell.paragraphs[0].text = N(lines[0])
        for ln in lines[1:]:
            cell.add_paragraph(N(ln))
        for p in cell.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(); r = p.add_run(N(d["title"])); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(); r = p.add_run(N(d["subtitle"])); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for b in d["basis"]:
        p = doc.add_paragraph(N(b)); p.runs[0].italic = True
    for heading, kind, items in d["sections"]:
        p = doc.add_paragraph(); p.add_run(N(heading)).bold = True
        if kind == "bullet":
            for it in items:
                doc.add_paragraph(N(it), style="List Bullet")
        else:
            nid = _new_num(doc, "List Number")
            for it in items:
                q = doc.add_paragraph(N(it), style="List Number"); _set_num(q, nid)
    p = doc.add_paragraph(); p.add_run(N(d["table_title"])).bold = True
    doc.add_paragraph(N(d["table_intro"]))
    t = doc.add_table(rows=0, cols=5); t.style = "Table Grid"
    for i, row in enumerate(d["table"]):
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.text = N(txt)
            if i == 0:
                c.paragraphs[0].runs[0].bold = True
    p = doc.add_paragraph(); p.add_run(N(d["budget_title"])).bold = True
    doc.add_paragraph(N(d["budget_intro"]))
    for it in d["budget_items"]:
        doc.add_paragraph(N(it), style="List Bullet")
    doc.add_paragraph(N(d["budget_after"]))
    p = doc.add_paragraph(); p.add_run(N(d["org_title"])).bold = True
    nid = _new_num(doc, "List Number")
    for it in d["org_items"]:
        q = doc.add_paragraph(N(it), style="List Number"); _set_num(q, nid)
    doc.add_paragraph(N(d["closing"]))
    for ln in d["sign"]:
        p = doc.add_paragraph(); r = p.add_run(N(ln)); r.bold = ln.isupper()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for ln in d["recipients"]:
        p = doc.add_paragraph(); r = p.add_run(N(ln)); r.font.size = Pt(11)
        if ln == "Nơi nhận:":
            r.bold = True; r.italic = True
    doc.save(path)


# ---------------------------------------------------------------- rw02 (pdf)
RW02_HEAD_L = ["UBND PHƯỜNG HỒNG LIỄU", "Số: 118/QĐ-UBND"]
RW02_HEAD_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
               "Hồng Liễu, ngày 05 tháng 3 năm 2026"]
RW02_BODY = [
    ("C", "QUYẾT ĐỊNH"),
    ("c", "Về việc thành lập Tổ công nghệ số cộng đồng phường Hồng Liễu"),
    ("C", "CHỦ TỊCH UBND PHƯỜNG HỒNG LIỄU"),
    ("i", "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;"),
    ("i", "Căn cứ Kế hoạch số 41/KH-UBND ngày 20/01/2026 của UBND phường Hồng Liễu về nâng cao tỷ lệ sử dụng dịch "
          "vụ công trực tuyến và thanh toán trực tuyến trên địa bàn phường năm 2026;"),
    ("i", "Căn cứ Hướng dẫn số 22/HD-SKHCN ngày 14/02/2026 của Sở Khoa học và Công nghệ tỉnh Ngân Phong về tổ chức, "
          "hoạt động của Tổ công nghệ số cộng đồng;"),
    ("i", "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội phường tại Tờ trình số 07/TTr-VHXH ngày 02/3/2026."),
    ("C", "QUYẾT ĐỊNH:"),
    ("p", "Điều 1. Thành lập Tổ công nghệ số cộng đồng phường Hồng Liễu (sau đây gọi tắt là Tổ) gồm 11 thành viên, "
          "do đồng chí Phó Chủ tịch UBND phường phụ trách văn hóa - xã hội làm Tổ trưởng (có danh sách kèm theo)."),
    ("b", "Điều 2. Nhiệm vụ của Tổ"),
    ("p", "1. Hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, Cổng Dịch vụ công quốc gia, Cổng dịch vụ công tỉnh "
          "Ngân Phong và các nền tảng thanh toán trực tuyến; hỗ trợ tạo tài khoản, nộp hồ sơ, thanh toán phí, lệ phí."),
    ("p", "2. Phổ biến kỹ năng số cơ bản, kỹ năng nhận diện và phòng tránh lừa đảo trên không gian mạng cho người cao "
          "tuổi, người khuyết tật, hộ kinh doanh và người lao động thuê trọ."),
    ("p", "3. Trực hỗ trợ tại Quầy hỗ trợ dịch vụ công trực tuyến của Bộ phận một cửa phường theo lịch phân công hằng "
          "tuần; tham gia chiến dịch “Thứ Bảy số” tại 9 khu phố."),
    ("p", "4. Hướng dẫn, kiểm tra hoạt động của Tổ công nghệ số cộng đồng các khu phố; tập huấn cho tổ viên khu phố ít "
          "nhất 02 lần/năm."),
    ("p", "5. Thu thập ý kiến, phản ánh của người dân về chất lượng dịch vụ công trực tuyến, tổng hợp gửi Phòng Văn hóa "
          "- Xã hội trước ngày 25 hằng tháng."),
    ("b", "Điều 3. Chế độ làm việc và kinh phí"),
    ("p", "1. Tổ làm việc theo chế độ kiêm nhiệm, họp định kỳ vào 14 giờ 00 thứ Sáu tuần cuối cùng của tháng tại Phòng "
          "họp số 2, trụ sở UBND phường (số 45 đường Trần Khát Chân); Tổ trưởng có thể triệu tập họp đột xuất."),
    ("p", "2. Phòng Văn hóa - Xã hội là cơ quan thường trực của Tổ, có trách nhiệm xây dựng kế hoạch hoạt động năm 2026 "
          "của Tổ, trình Tổ trưởng phê duyệt trước ngày 20/3/2026."),
    ("p", "3. Văn phòng HĐND và UBND phường bố trí nơi làm việc, thiết bị, đường truyền cho Tổ tại Quầy hỗ trợ dịch vụ "
          "công trực tuyến."),
    ("p", "4. Trưởng ban điều hành các khu phố có trách nhiệm kiện toàn Tổ công nghệ số cộng đồng khu phố từ 5 đến 7 "
          "thành viên, gửi danh sách về Phòng Văn hóa - Xã hội trước ngày 20/3/2026."),
    ("p", "5. Thành viên Tổ được hưởng mức hỗ trợ 250.000 đồng/người/tháng từ nguồn kinh phí thực hiện Kế hoạch số "
          "41/KH-UBND; Tổ tự giải thể sau khi hoàn thành nhiệm vụ."),
    ("b", "Điều 4. Hiệu lực và trách nhiệm thi hành"),
    ("p", "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND phường, Trưởng phòng Văn hóa - Xã hội, "
          "Trưởng Công an phường, Trưởng ban điều hành các khu phố và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi "
          "hành Quyết định này./."),
]
RW02_SIGN = ["CHỦ TỊCH", "(Đã ký)", "Phan Đức Hậu"]
RW02_RECIP = ["Nơi nhận:", "- Như Điều 4;", "- Sở Khoa học và Công nghệ tỉnh (để b/c);",
              "- Thường trực Đảng ủy phường;", "- Ủy ban MTTQ Việt Nam phường;", "- Lưu: VT, VHXH."]
RW02_ANNEX_TITLE = ["DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG PHƯỜNG HỒNG LIỄU",
                    "(Kèm theo Quyết định số 118/QĐ-UBND ngày 05/3/2026 của Chủ tịch UBND phường Hồng Liễu)"]
RW02_TABLE = [
    ["TT", "Họ và tên", "Chức vụ, đơn vị công tác", "Vị trí trong Tổ"],
    ["1", "Nguyễn Thị Bích Ngọc", "Phó Chủ tịch UBND phường", "Tổ trưởng"],
    ["2", "Lò Văn Khiêm", "Trưởng phòng Văn hóa - Xã hội", "Tổ phó thường trực"],
    ["3", "Vũ Trọng Nghĩa", "Đại úy, Phó Trưởng Công an phường", "Tổ phó"],
    ["4", "Đỗ Khánh Linh", "Công chức Phòng Văn hóa - Xã hội", "Thư ký"],
    ["5", "Bùi Anh Tuấn", "Bí thư Đoàn phường", "Thành viên"],
    ["6", "Hà Ngọc Trâm", "Phó Chủ tịch Hội Liên hiệp Phụ nữ phường", "Thành viên"],
    ["7", "Đinh Công Thái", "Kỹ sư, Viễn thông Ngân Phong", "Thành viên"],
    ["8", "Châu Minh Đạt", "Nhân viên, Viettel Ngân Phong", "Thành viên"],
    ["9", "Mạc Thị Hồng Vân", "Giáo viên, Trường Tiểu học Hồng Liễu", "Thành viên"],
    ["10", "Tô Văn Lực", "Trưởng khu phố 3", "Thành viên"],
    ["11", "Âu Thị Kim Chi", "Công chức Văn phòng HĐND và UBND phường", "Thành viên"],
]
RW02_DUTIES_TITLE = "NHIỆM VỤ CỤ THỂ CỦA THÀNH VIÊN"
RW02_DUTIES = [
    "1. Tổ trưởng Nguyễn Thị Bích Ngọc: phụ trách chung; chủ trì các cuộc họp của Tổ; báo cáo Chủ tịch UBND phường "
    "kết quả hoạt động hằng quý.",
    "2. Tổ phó thường trực Lò Văn Khiêm (Trưởng phòng Văn hóa - Xã hội): điều hành công việc thường xuyên của Tổ; xây "
    "dựng lịch trực tại Quầy hỗ trợ dịch vụ công trực tuyến.",
    "3. Tổ phó Đại úy Vũ Trọng Nghĩa (Phó Trưởng Công an phường): phụ trách định danh điện tử, làm sạch dữ liệu dân "
    "cư; tổ chức các đợt cấp định danh lưu động.",
    "4. Thư ký Đỗ Khánh Linh: tổng hợp số liệu, lập biên bản các cuộc họp; quản lý nhóm Zalo “Tổ CNSCĐ Hồng Liễu”.",
    "5. Bùi Anh Tuấn (Bí thư Đoàn phường): điều phối lực lượng đoàn viên tình nguyện tham gia chiến dịch “Thứ Bảy số”.",
    "6. Hà Ngọc Trâm (Phó Chủ tịch Hội Liên hiệp Phụ nữ phường): hỗ trợ hội viên phụ nữ, hộ kinh doanh nhỏ mở tài "
    "khoản thanh toán, sử dụng mã QR.",
    "7. Đinh Công Thái (Viễn thông Ngân Phong): hỗ trợ kỹ thuật, cấp chữ ký số, chuẩn hóa thuê bao chính chủ.",
    "8. Châu Minh Đạt (Viettel Ngân Phong): hỗ trợ thanh toán trực tuyến qua Viettel Money và các ví điện tử.",
    "9. Mạc Thị Hồng Vân (giáo viên tin học Trường Tiểu học Hồng Liễu): biên soạn tài liệu “cầm tay chỉ việc”, mở lớp "
    "kỹ năng số cho phụ huynh học sinh vào sáng Chủ nhật.",
    "10. Tô Văn Lực (Trưởng khu phố 3): đại diện Ban điều hành các khu phố, tổng hợp nhu cầu hỗ trợ của người dân.",
    "11. Âu Thị Kim Chi (Văn phòng HĐND và UBND phường): theo dõi số liệu hồ sơ trực tuyến trên Hệ thống thông tin "
    "giải quyết thủ tục hành chính, báo cáo Tổ hằng tuần.",
]


def build_rw02(path):
    pdf = FPDF(format="A4"); pdf.set_margins(25, 20, 20); pdf.set_auto_page_break(True, 20)
    pdf.add_font("DejaVu", "", FONT); pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    W = pdf.w - 45
    y0 = pdf.get_y()
    pdf.set_font("DejaVu", "B", 10)
    for ln in RW02_HEAD_L:
        pdf.set_x(25); pdf.cell(65, 5.5, N(ln), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0)
    for i, ln in enumerate(RW02_HEAD_R):
        pdf.set_font("DejaVu", "B" if i < 2 else "", 10)
        pdf.set_x(90); pdf.cell(W - 65, 5.5, N(ln), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for kind, txt in RW02_BODY:
        if kind == "C":
            pdf.set_font("DejaVu", "B", 12); pdf.multi_cell(0, 7, N(txt), align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "c":
            pdf.set_font("DejaVu", "B", 11); pdf.multi_cell(0, 6, N(txt), align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        elif kind == "b":
            pdf.set_font("DejaVu", "B", 11); pdf.multi_cell(0, 6, N(txt), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 11); pdf.multi_cell(0, 6, N(txt), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 11)
    for ln in RW02_SIGN:
        pdf.set_x(110); pdf.cell(70, 6, N(ln), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for i, ln in enumerate(RW02_RECIP):
        pdf.set_font("DejaVu", "B" if i == 0 else "", 9)
        pdf.cell(0, 5, N(ln), new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(0, 6, N(RW02_ANNEX_TITLE[0]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, N(RW02_ANNEX_TITLE[1]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 9.5)
    with pdf.table(col_widths=(8, 38, 70, 30), text_align=("CENTER", "LEFT", "LEFT", "LEFT"),
                   line_height=6) as table:
        for row in RW02_TABLE:
            r = table.row()
            for c in row:
                r.cell(N(c))
    pdf.ln(5)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(0, 6, N(RW02_DUTIES_TITLE), new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    pdf.set_font("DejaVu", "", 11)
    for t in RW02_DUTIES:
        pdf.multi_cell(0, 6, N(t), align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    pdf.output(path)


# ---------------------------------------------------------------- rw03 (txt, hard-wrapped, two-column header)
RW03_HEAD = """\
SỞ KHOA HỌC VÀ CÔNG NGHỆ             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    TỈNH NGÂN PHONG                      Độc lập - Tự do - Hạnh phúc
Số: 683/SKHCN-CĐS                  Ngân Phong, ngày 16 tháng 4 năm 2026
V/v đẩy nhanh tiến độ cung cấp, sử dụng
dịch vụ công trực tuyến quý II/2026

Kính gửi:
   - Ủy ban nhân dân các phường: Hồng Liễu, Đan Quế, Mai Lĩnh;
   - Ủy ban nhân dân các xã: Tương Khê, Sa Mộc, Thiên Lộc;
   - Công an tỉnh;
   - Tỉnh đoàn;
   - Viễn thông Ngân Phong; Viettel Ngân Phong.
"""
RW03_PARAS = [
    "Thực hiện Kế hoạch số 09/KH-UBND ngày 06/01/2026 của UBND tỉnh về chuyển đổi số và cải cách thủ tục hành chính "
    "năm 2026, Sở Khoa học và Công nghệ theo dõi số liệu trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh. "
    "Kết quả quý I/2026, tỷ lệ hồ sơ tiếp nhận trực tuyến bình quân của cấp xã toàn tỉnh đạt 61,4%, tăng 9,8 điểm "
    "phần trăm so với quý IV/2025; có 41/58 phường, xã đạt từ 50% trở lên.",
    "Tuy nhiên, còn 06 đơn vị có tỷ lệ hồ sơ trực tuyến dưới 50%, chậm so với lộ trình của tỉnh, gồm: xã Sa Mộc "
    "(27,9%); xã Thiên Lộc (33,5%); phường Mai Lĩnh (38,2%); xã Tương Khê (41,0%); phường Hồng Liễu (46,8%) và "
    "phường Đan Quế (48,3%). Bên cạnh đó, tỷ lệ người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức 2 "
    "tại các đơn vị này mới đạt từ 58% đến 72%, thấp hơn mức bình quân toàn tỉnh (81,6%). Nguyên nhân chủ yếu là "
    "người đứng đầu một số địa phương chưa quyết liệt; Bộ phận một cửa vẫn tiếp nhận hồ sơ giấy đối với các thủ tục "
    "có thể nộp trực tuyến; lực lượng hỗ trợ tại cộng đồng còn mỏng.",
    "Đặc biệt, đến hết ngày 15/4/2026, còn 03 đơn vị chưa gửi báo cáo kết quả thực hiện chuyển đổi số quý I/2026 "
    "theo quy định là: xã Sa Mộc, xã Tương Khê và phường Mai Lĩnh; phường Hồng Liễu gửi báo cáo chậm 06 ngày so với "
    "thời hạn.",
    "Để bảo đảm hoàn thành chỉ tiêu năm 2026 (tỷ lệ hồ sơ trực tuyến cấp xã đạt tối thiểu 80%), Sở Khoa học và Công "
    "nghệ đề nghị các cơ quan, đơn vị khẩn trương thực hiện một số nội dung sau:",
    "1. Chủ tịch UBND các phường, xã có tên nêu trên trực tiếp chỉ đạo, chịu trách nhiệm trước Chủ tịch UBND tỉnh về "
    "kết quả thực hiện; rà soát toàn bộ hồ sơ nộp trực tiếp tại Bộ phận một cửa trong tháng 3 và tháng 4/2026 để làm "
    "rõ nguyên nhân; xây dựng lộ trình khắc phục bảo đảm tỷ lệ hồ sơ trực tuyến đạt tối thiểu 65% trước ngày "
    "30/6/2026. Báo cáo kết quả khắc phục (kèm số liệu theo từng khu phố, thôn) gửi về Sở trước ngày 15/5/2026.",
    "2. UBND xã Sa Mộc, xã Tương Khê và phường Mai Lĩnh gửi ngay báo cáo quý I/2026 về Sở trước ngày 22/4/2026; nêu "
    "rõ lý do chậm báo cáo.",
    "3. Đề nghị Công an tỉnh chỉ đạo Công an các phường, xã nêu trên tổ chức cấp, kích hoạt tài khoản định danh điện "
    "tử mức 2 lưu động vào buổi tối và ngày nghỉ; ưu tiên người cao tuổi, người lao động thuê trọ và học sinh.",
    "4. Đề nghị Tỉnh đoàn chỉ đạo Đoàn các phường, xã nêu trên bố trí đoàn viên tình nguyện trực tại Bộ phận một cửa "
    "và nhà văn hóa khu phố, thôn; mỗi đơn vị tối thiểu 10 đoàn viên mỗi tuần trong quý II/2026.",
    "5. Đề nghị Viễn thông Ngân Phong và Viettel Ngân Phong bố trí nhân viên kỹ thuật hỗ trợ tại Bộ phận một cửa của "
    "các đơn vị có tỷ lệ dưới 40%; cấp miễn phí chữ ký số cá nhân cho người dân thực hiện thủ tục trong quý II/2026.",
    "6. Phòng Chuyển đổi số thuộc Sở có trách nhiệm theo dõi, cập nhật bảng xếp hạng tỷ lệ hồ sơ trực tuyến của các "
    "phường, xã trên Cổng thông tin điện tử của Sở vào thứ Ba hằng tuần; tổng hợp, tham mưu Giám đốc Sở báo cáo UBND "
    "tỉnh trước ngày 25/5/2026.",
    "Sở Khoa học và Công nghệ sẽ tổ chức kiểm tra trực tiếp tại 03 đơn vị có tỷ lệ thấp nhất trong tháng 5/2026 (lịch "
    "cụ thể thông báo sau). Thông tin chi tiết liên hệ ông Tống Quang Huy, Phó Trưởng phòng Chuyển đổi số, điện thoại "
    "0239.3851.274, e-mail huytq.skhcn@nganphong.gov.vn.",
    "Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.",
]
RW03_TAIL = """\
                                                  KT. GIÁM ĐỐC
                                                 PHÓ GIÁM ĐỐC

                                                    (Đã ký)

                                                Lương Quang Vinh
Nơi nhận:
- Như trên;
- UBND tỉnh (để b/c);
- Giám đốc Sở (để b/c);
- Trung tâm Phục vụ hành chính công tỉnh;
- Lưu: VT, CĐS.
"""


def build_rw03(path):
    out = [RW03_HEAD]
    for p in RW03_PARAS:
        out.append(textwrap.fill(p, width=72, initial_indent="    ", break_long_words=False,
                                 break_on_hyphens=False))
    body = "\n".join(out[1:])
    text = out[0] + "\n" + body + "\n\n" + RW03_TAIL
    with open(path, "w", encoding="utf-8") as f:
        f.write(N(text))


# ---------------------------------------------------------------- rw04 (md)
RW04 = """\
BCH ĐOÀN PHƯỜNG HỒNG LIỄU                         ĐOÀN TNCS HỒ CHÍ MINH
          \\*\\*\\*
Số: 27-BC/ĐTN                      Hồng Liễu, ngày 28 tháng 4 năm 2026

# BÁO CÁO

**Kết quả Tháng cao điểm “Đoàn viên, thanh niên hỗ trợ người dân sử dụng dịch vụ công trực tuyến” năm 2026**

## I. CÔNG TÁC TRIỂN KHAI

Thực hiện Kế hoạch số 41/KH-UBND ngày 20/01/2026 của UBND phường Hồng Liễu về nâng cao tỷ lệ sử dụng dịch vụ công trực tuyến và thanh toán trực tuyến năm 2026, Ban Thường vụ Đoàn phường ban hành Kế hoạch số 19-KH/ĐTN ngày 10/3/2026 tổ chức Tháng cao điểm từ ngày 21/3/2026 đến ngày 21/4/2026 với chủ đề “Mỗi đoàn viên - một người dẫn đường số”.

Lễ ra quân tổ chức lúc 7 giờ 30 sáng Chủ nhật ngày 22/3/2026 tại sân Nhà văn hóa khu phố 3, có 186 đoàn viên, thanh niên tham gia. Ban Thường vụ Đoàn phường thành lập 9 đội hình tình nguyện tại 9 chi đoàn khu phố và 01 đội hình sinh viên tình nguyện của Trường Cao đẳng Kỹ thuật Ngân Phong.

Sau khi nhận Công văn số 683/SKHCN-CĐS ngày 16/4/2026 của Sở Khoa học và Công nghệ tỉnh, Ban Thường vụ Đoàn phường tăng cường 02 đội hình trực tại Bộ phận một cửa UBND phường trong giờ hành chính từ ngày 17/4/2026.

## II. KẾT QUẢ THỰC HIỆN

### 1. Kết quả chung

- Tổng số lượt người dân được hỗ trợ: 2.614 lượt, trong đó có 712 lượt người cao tuổi.
- Hướng dẫn cài đặt và kích hoạt tài khoản định danh điện tử mức 2: 1.087 người.
- Hỗ trợ nộp 743 hồ sơ trực tuyến, chủ yếu thuộc lĩnh vực hộ tịch, cư trú và chứng thực.
- Hướng dẫn 318 giao dịch thanh toán phí, lệ phí trực tuyến; hỗ trợ 64 hộ kinh doanh tạo mã QR thanh toán.
- Tổ chức 04 buổi “Thứ Bảy số” tại mỗi khu phố (tổng cộng 36 buổi) và 02 lớp kỹ năng số cho phụ huynh tại phòng máy Trường Tiểu học Hồng Liễu.
- Ban Thường vụ Đoàn phường tặng Giấy khen cho 03 chi đoàn (khu phố 7, khu phố 3, khu phố 1) và 12 đoàn viên có thành tích xuất sắc trong Tháng cao điểm.

### 2. Kết quả theo từng khu phố

Số liệu tỷ lệ do Tổ công nghệ số cộng đồng phường cung cấp, tính đến hết ngày 21/4/2026:

| Khu phố | Lượt hỗ trợ | Kích hoạt VNeID mức 2 (người) | Tỷ lệ dân từ 14 tuổi có VNeID mức 2 (%) | Tỷ lệ hồ sơ nộp trực tuyến (%) |
|---|---:|---:|---:|---:|
| Khu phố 1 | 312 | 128 | 88,4 | 71,2 |
| Khu phố 2 | 274 | 109 | 84,1 | 66,5 |
| Khu phố 3 | 356 | 151 | 91,7 | 78,9 |
| Khu phố 4 | 198 | 84 | 76,3 | 52,4 |
| Khu phố 5 | 305 | 132 | 86,0 | 69,8 |
| Khu phố 6 | 241 | 97 | 79,5 | 58,1 |
| Khu phố 7 | 389 | 163 | 93,2 | 81,6 |
| Khu phố 8 | 227 | 90 | 74,8 | 49,7 |
| Khu phố 9 | 312 | 133 | 87,5 | 70,3 |
| **Toàn phường** | **2.614** | **1.087** | **85,2** | **67,3** |

Khu phố 7 dẫn đầu toàn phường ở cả hai chỉ tiêu; khu phố 8 và khu phố 4 thấp nhất, tỷ lệ hồ sơ trực tuyến của khu phố 8 chưa đạt 50%.

## III. HẠN CHẾ, NGUYÊN NHÂN

- Khu phố 4 và khu phố 8 tập trung nhiều nhà trọ công nhân, người lao động đi làm theo ca, khó bố trí thời gian tham gia các buổi hỗ trợ ban ngày.
- Một bộ phận người cao tuổi chưa có điện thoại thông minh; nhiều thuê bao chưa chuẩn hóa thông tin chính chủ nên không kích hoạt được tài khoản.
- Quầy hỗ trợ tại Bộ phận một cửa mới có 01 máy tính hoạt động ổn định; đường truyền thường xuyên chậm vào buổi sáng thứ Hai.

## IV. PHƯƠNG HƯỚNG THỜI GIAN TỚI

- Duy trì chiến dịch “Thứ Bảy số” đến hết tháng 11/2026 theo Kế hoạch số 41/KH-UBND của UBND phường.
- Chi đoàn khu phố 4 và Chi đoàn khu phố 8 tổ chức thêm các buổi hỗ trợ vào tối thứ Tư hằng tuần (từ 19 giờ 00 đến 21 giờ 00), phối hợp với đợt cấp định danh lưu động của Công an phường.
- Đội hình sinh viên tình nguyện Trường Cao đẳng Kỹ thuật Ngân Phong biên soạn bộ 10 video hướng dẫn ngắn, hoàn thành trước ngày 31/5/2026.
- Các chi đoàn khu phố cập nhật danh sách hộ chưa có thành viên sử dụng dịch vụ công trực tuyến, gửi Văn phòng Đoàn phường trước ngày 10 hằng tháng.

## V. ĐỀ XUẤT, KIẾN NGHỊ

1. Đề nghị UBND phường hỗ trợ kinh phí 15.000.000 đồng để in tờ rơi hướng dẫn, áo đồng phục cho đội hình tình nguyện và bổ sung 01 máy tính cho Quầy hỗ trợ.
2. Đề nghị Công an phường bố trí cán bộ cấp định danh điện tử lưu động tại khu phố 4 và khu phố 8 vào tối thứ Tư, trùng lịch hỗ trợ của chi đoàn.
3. Đề nghị Trường Tiểu học Hồng Liễu tiếp tục cho mượn phòng máy tính vào sáng Chủ nhật để mở lớp kỹ năng số cho phụ huynh.

Đầu mối liên hệ: đồng chí Nghiêm Thu Trang, Phó Bí thư Đoàn phường, điện thoại 0986.231.475, e-mail doanphuonghonglieu@gmail.com.

                                              TM. BAN THƯỜNG VỤ ĐOÀN PHƯỜNG
                                                         BÍ THƯ
                                                        (Đã ký)
                                                     Bùi Anh Tuấn

*Nơi nhận:*
- Ban Thường vụ Tỉnh đoàn (b/c);
- Thường trực Đảng ủy phường (b/c);
- UBND phường;
- Các chi đoàn trực thuộc;
- Lưu VP Đoàn phường.
"""

# ---------------------------------------------------------------- rw05 (txt, two-column header, markdown tables)
RW05 = """\
   CÔNG AN TỈNH NGÂN PHONG            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  CÔNG AN PHƯỜNG HỒNG LIỄU                Độc lập - Tự do - Hạnh phúc
      Số: 15/TB-CAP                Hồng Liễu, ngày 04 tháng 5 năm 2026

                               THÔNG BÁO
      Lịch tiếp công dân và lịch trực giải quyết thủ tục căn cước,
             định danh điện tử tháng 5 và tháng 6 năm 2026

Thực hiện Kế hoạch số 41/KH-UBND ngày 20/01/2026 của UBND phường Hồng Liễu và Công văn số 683/SKHCN-CĐS ngày 16/4/2026 của Sở Khoa học và Công nghệ tỉnh Ngân Phong về đẩy nhanh tiến độ sử dụng dịch vụ công trực tuyến; tiếp thu kiến nghị tại Báo cáo số 27-BC/ĐTN ngày 28/4/2026 của Đoàn phường, Công an phường Hồng Liễu thông báo lịch tiếp công dân và lịch trực như sau:

1. Lịch tiếp công dân, giải quyết thủ tục tại trụ sở Công an phường (số 12 đường Tô Hiến Thành, khu phố 5)

Thời gian làm việc buổi sáng từ 7 giờ 30 đến 11 giờ 30, buổi chiều từ 13 giờ 30 đến 17 giờ 00.

| Ngày trong tuần | Nội dung | Phòng làm việc | Cán bộ phụ trách | Điện thoại |
|---|---|---|---|---|
| Thứ Hai, thứ Tư | Đăng ký cư trú; cấp, đổi thẻ căn cước | Phòng số 1, tầng 1 | Trung úy Nông Thị Hải Yến | 0239.3862.115 |
| Thứ Ba, thứ Năm | Kích hoạt định danh điện tử mức 2; tích hợp giấy tờ trên VNeID | Phòng số 2, tầng 1 | Thiếu úy Ma Đức Toàn | 0239.3862.116 |
| Thứ Sáu (buổi sáng) | Tiếp công dân; tiếp nhận kiến nghị, phản ánh, tố giác | Phòng tiếp công dân, tầng 2 | Lãnh đạo Công an phường trực theo phân công | 0239.3862.100 |
| Thứ Sáu (buổi chiều) | Trả kết quả thẻ căn cước; hướng dẫn khôi phục tài khoản VNeID | Phòng số 1, tầng 1 | Trung úy Nông Thị Hải Yến | 0239.3862.115 |
| Thứ Bảy (buổi sáng) | Cấp căn cước cho trẻ em dưới 14 tuổi, học sinh | Phòng số 2, tầng 1 | Đại úy Vũ Trọng Nghĩa, Phó Trưởng Công an phường | 0239.3862.118 |

2. Lịch trực lưu động tại khu phố và trường học

| Thời gian | Địa điểm | Đối tượng ưu tiên |
|---|---|---|
| 18 giờ 30 - 21 giờ 00, thứ Tư ngày 13/5/2026 | Nhà văn hóa khu phố 8 (ngõ 37 đường Hàn Thuyên) | Người lao động thuê trọ |
| 18 giờ 30 - 21 giờ 00, thứ Tư ngày 20/5/2026 | Nhà văn hóa khu phố 4 | Người lao động thuê trọ, người cao tuổi |
| 7 giờ 30 - 11 giờ 00, Chủ nhật ngày 24/5/2026 | Trường Tiểu học Hồng Liễu | Học sinh chưa có căn cước và phụ huynh |
| 18 giờ 30 - 21 giờ 00, thứ Tư ngày 03/6/2026 | Nhà văn hóa khu phố 6 | Người cao tuổi, người khuyết tật |
| 7 giờ 30 - 11 giờ 00, Chủ nhật ngày 07/6/2026 | Trường Tiểu học Phan Đình Giót | Học sinh chưa có căn cước và phụ huynh |
| 18 giờ 30 - 21 giờ 00, thứ Tư ngày 17/6/2026 | Nhà văn hóa khu phố 2 | Hộ kinh doanh, người lao động |

3. Trực ban, liên hệ

- Số điện thoại trực ban 24/24 giờ của Công an phường: 0239.3862.113.
- Phản ánh về thái độ, tác phong của cán bộ khi giải quyết thủ tục: gọi số 0239.3862.100 hoặc gửi thư điện tử tới cap.honglieu@congan.nganphong.gov.vn.
- Tại Quầy hỗ trợ dịch vụ công trực tuyến của Bộ phận một cửa UBND phường, Công an phường cử 01 cán bộ trực vào sáng thứ Hai và sáng thứ Năm hằng tuần để tiếp nhận yêu cầu về định danh điện tử.

4. Lưu ý đối với người dân

- Khi đến làm thủ tục, công dân mang theo thẻ căn cước hoặc căn cước công dân gắn chíp và điện thoại thông minh sử dụng số thuê bao đứng tên chính mình.
- Trẻ em dưới 14 tuổi làm căn cước phải có cha, mẹ hoặc người giám hộ đi cùng.
- Việc kích hoạt tài khoản định danh điện tử mức 2 không thu lệ phí; công dân không phải nộp bất kỳ khoản tiền nào cho người tự xưng là cán bộ hỗ trợ qua điện thoại.

5. Đề nghị phối hợp

- Đề nghị Ban điều hành các khu phố 2, 4, 6 và 8 thông báo lịch trực lưu động trên loa truyền thanh và nhóm Zalo của khu phố trước ít nhất 03 ngày; bố trí bàn ghế, điện chiếu sáng tại nhà văn hóa.
- Đề nghị Đoàn phường cử 04 đoàn viên tham gia mỗi buổi trực lưu động để hướng dẫn người dân cài đặt ứng dụng VNeID.
- Đề nghị Trường Tiểu học Hồng Liễu và Trường Tiểu học Phan Đình Giót lập danh sách học sinh chưa có căn cước, gửi về Công an phường trước ngày 18/5/2026.
- Tổ công nghệ số cộng đồng phường phân công thành viên hỗ trợ người cao tuổi, người khuyết tật tại các buổi trực lưu động.

Công an phường Hồng Liễu trân trọng thông báo để Nhân dân biết, thực hiện./.

Nơi nhận:                                      TRƯỞNG CÔNG AN PHƯỜNG
- Công an tỉnh (PC06) (để b/c);
- UBND phường (để phối hợp);                          (Đã ký)
- Ban điều hành các khu phố;
- Niêm yết tại trụ sở;                         Trung tá Khổng Minh Tâm
- Lưu: HS, VT.
"""

FILES = {
    "rw01": "rw01_kh_dichvucong.docx",
    "rw02": "rw02_qd_to_cnscd.pdf",
    "rw03": "rw03_cv_tiendo_dvc.txt",
    "rw04": "rw04_bc_thang_cao_diem.md",
    "rw05": "rw05_tb_lich_tiep_dan.txt",
}


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_rw01(os.path.join(CORPUS, FILES["rw01"]))
    build_rw02(os.path.join(CORPUS, FILES["rw02"]))
    build_rw03(os.path.join(CORPUS, FILES["rw03"]))
    for key, txt in (("rw04", RW04), ("rw05", RW05)):
        with open(os.path.join(CORPUS, FILES[key]), "w", encoding="utf-8") as f:
            f.write(N(txt))
    print("built:", ", ".join(FILES.values()))


if __name__ == "__main__":
    main()
