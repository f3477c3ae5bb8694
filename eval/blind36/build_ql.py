#!/usr/bin/env python3
"""Build the 5 corpus files of blind set 36 (tỉnh Bảo Lâm) from text held in this script.

Run: /work/main/.venv/bin/python build_ql.py
Writes corpus/ql01_kh_cds.docx, ql02_cv_khcn.txt, ql03_qd_hoithi.pdf, ql04_bc_stem.md,
ql05_tb_ketluan.txt. All text is invented.
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
# ql01 — Kế hoạch của UBND huyện Mai Trì (docx, Word list numbering + task table)
# ---------------------------------------------------------------------------
QL01_HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "HUYỆN MAI TRÌ", "Số: 47/KH-UBND"]
QL01_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Mai Trì, ngày 12 tháng 3 năm 2026"]
QL01_TITLE = "KẾ HOẠCH"
QL01_SUBTITLE = ("Triển khai phong trào \"Bình dân học vụ số\" và phổ cập kỹ năng số "
                 "cho người dân trên địa bàn huyện Mai Trì năm 2026")
QL01_INTRO = [
    "Căn cứ Kế hoạch số 29/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh Bảo Lâm về phổ cập "
    "kỹ năng số cho người dân giai đoạn 2026 - 2030;",
    "Xét đề nghị của Phòng Văn hóa và Thông tin huyện tại Tờ trình số 15/TTr-VHTT ngày 05/3/2026, "
    "Ủy ban nhân dân huyện Mai Trì ban hành Kế hoạch triển khai phong trào \"Bình dân học vụ số\" "
    "năm 2026 như sau:",
]
# (kind, text): kind in {"h", "p", "bullet", "num:<list id>"}
QL01_BODY = [
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("bullet", "Phổ cập kiến thức, kỹ năng số cơ bản cho người dân, trước hết là người cao tuổi, phụ nữ, "
               "người dân tộc thiểu số và người lao động tự do, giúp người dân sử dụng thành thạo dịch vụ "
               "công trực tuyến, thanh toán không dùng tiền mặt và tự bảo vệ mình trên môi trường mạng."),
    ("bullet", "Phát huy vai trò nòng cốt của Tổ công nghệ số cộng đồng, đoàn viên thanh niên, giáo viên và "
               "học sinh trong việc \"cầm tay chỉ việc\" cho người dân tại thôn, tổ dân phố."),
    ("h", "II. CHỈ TIÊU NĂM 2026"),
    ("num:A", "Đến ngày 31/12/2026, ít nhất 75% người dân trong độ tuổi từ 15 đến 60 trên địa bàn huyện "
              "được tiếp cận, học tập kỹ năng số cơ bản."),
    ("num:A", "100% cán bộ, công chức, viên chức cấp huyện và cấp xã hoàn thành khóa học \"Kỹ năng số cho "
              "cán bộ\" trên nền tảng học trực tuyến mở đại trà (MOOCs) trước ngày 30/9/2026."),
    ("num:A", "Duy trì 142 Tổ công nghệ số cộng đồng tại 142 thôn, tổ dân phố với khoảng 860 thành viên."),
    ("num:A", "Ít nhất 85% hộ gia đình có ít nhất một thành viên kích hoạt tài khoản định danh điện tử mức "
              "độ 2; tỷ lệ hồ sơ thủ tục hành chính được nộp trực tuyến toàn trình tại cấp xã đạt từ 60% "
              "trở lên."),
    ("num:A", "Mỗi trường trung học cơ sở tổ chức ít nhất 01 lớp \"Bình dân học vụ số\" cho phụ huynh "
              "học sinh."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    ("num:B", "Tăng cường tuyên truyền, nâng cao nhận thức: Tuyên truyền trên hệ thống truyền thanh cơ sở và "
              "trang thông tin điện tử của huyện; "
              "mở chuyên mục \"Mỗi tuần một kỹ năng số\" phát vào lúc 18 giờ 30 thứ Năm hằng tuần trên Đài "
              "Truyền thanh huyện."),
    ("num:B", "Tổ chức các lớp học kỹ năng số linh hoạt: Mở lớp tại nhà văn hóa thôn, điểm bưu điện văn hóa "
              "xã và các trường học vào buổi tối hoặc ngày nghỉ; mỗi lớp không quá 30 học viên, thời lượng "
              "tối thiểu 03 buổi; nội dung tập trung vào cài đặt và sử dụng VNeID, Cổng Dịch vụ công quốc "
              "gia, thanh toán trực tuyến, nhận diện tin giả và lừa đảo qua mạng."),
    ("num:B", "Nâng cao năng lực đội ngũ nòng cốt: Tập huấn cho thành viên Tổ công nghệ số cộng đồng, đoàn "
              "viên thanh niên tình nguyện và giáo viên tin học; biên soạn bộ tài liệu \"cầm tay chỉ việc\" "
              "bằng hình ảnh, dễ hiểu, in phát miễn phí 5.000 cuốn cho người dân."),
    ("num:B", "Huy động nguồn lực xã hội hóa: Vận động doanh nghiệp viễn thông hỗ trợ sim, gói cước ưu đãi "
              "và điện thoại thông minh cho hộ nghèo, hộ cận nghèo; ưu tiên hỗ trợ 300 điện thoại thông "
              "minh cho các hộ nghèo ở 4 xã vùng khó khăn là Khánh Xuân, Mai Động, Trung Lạc và Đức Thuận."),
    ("h", "IV. KINH PHÍ"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch năm 2026 là 1.250.000.000 đồng (Một tỷ hai trăm năm mươi triệu "
          "đồng) từ nguồn ngân sách huyện, trong đó: tập huấn, mở lớp 620 triệu đồng; in tài liệu 180 "
          "triệu đồng; tuyên truyền 150 triệu đồng; hỗ trợ điện thoại thông minh 300 triệu đồng."),
    ("p", "Ủy ban nhân dân các xã, thị trấn chủ động bố trí ngân sách địa phương để triển khai."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "Bảng phân công nhiệm vụ trọng tâm:"),
    ("table", None),
    ("p", "1. Phòng Văn hóa và Thông tin huyện: Là cơ quan thường trực, chủ trì tham mưu Ủy ban nhân dân "
          "huyện triển khai Kế hoạch; hướng dẫn các xã, thị trấn xây dựng kế hoạch; tổng hợp, báo cáo kết "
          "quả định kỳ hằng quý trước ngày 20 của tháng cuối quý."),
    ("p", "2. Phòng Giáo dục và Đào tạo huyện: Chỉ đạo các trường trung học cơ sở mở lớp \"Bình dân học vụ "
          "số\" cho phụ huynh; phân công giáo viên tin học làm nòng cốt."),
    ("p", "3. Phòng Nội vụ huyện: Theo dõi, đôn đốc cán bộ, công chức, viên chức hoàn thành khóa học trên "
          "nền tảng MOOCs; đưa kết quả học tập vào tiêu chí đánh giá, xếp loại cuối năm 2026."),
    ("p", "4. Phòng Tài chính - Kế hoạch huyện: Tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn "
          "thanh quyết toán theo quy định."),
    ("p", "5. Trung tâm Văn hóa, Thông tin và Thể thao huyện: Xây dựng và phát sóng chuyên mục \"Mỗi tuần "
          "một kỹ năng số\"; đăng tải video hướng dẫn trên trang thông tin điện tử của huyện."),
    ("p", "6. Công an huyện: Chỉ đạo Công an các xã, thị trấn hướng dẫn người dân kích hoạt, sử dụng tài "
          "khoản định danh điện tử mức độ 2."),
    ("p", "7. Huyện đoàn Mai Trì: Chủ trì thành lập ít nhất 20 đội hình \"Thanh niên tình nguyện hỗ trợ "
          "chuyển đổi số\", tổ chức ra quân trước ngày 26/3/2026; duy trì hoạt động \"Ngày thứ Bảy chuyển "
          "đổi số\" tại các thôn, tổ dân phố."),
    ("p", "8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện: Vận "
          "động đoàn viên, hội viên tham gia học tập kỹ năng số; giám sát việc triển khai Kế hoạch tại cơ sở."),
    ("p", "9. Đề nghị Viettel Mai Trì và Trung tâm Viễn thông Mai Trì: Hỗ trợ sim, gói cước ưu đãi, thiết "
          "bị và đội ngũ kỹ thuật phục vụ các lớp học; phối hợp tập huấn cho thành viên Tổ công nghệ số "
          "cộng đồng."),
    ("p", "10. Ủy ban nhân dân các xã, thị trấn: Xây dựng kế hoạch triển khai tại địa phương, gửi về Phòng "
          "Văn hóa và Thông tin trước ngày 31/3/2026; phân công cán bộ phụ trách từng thôn, tổ dân phố; "
          "báo cáo kết quả định kỳ hằng quý."),
    ("p", "11. Các phòng, ban, ngành, Mặt trận và đoàn thể huyện: Căn cứ chức năng, nhiệm vụ, chủ động lồng "
          "ghép nội dung phổ cập kỹ năng số vào hoạt động chuyên môn của ngành, đơn vị mình."),
    ("p", "Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh "
          "về Ủy ban nhân dân huyện (qua Phòng Văn hóa và Thông tin, đầu mối liên hệ: bà Lương Thị Hạnh, "
          "Phó Trưởng phòng, điện thoại 0912 447 385, thư điện tử hanhlt.vhtt@maitri.baolam.gov.vn) để "
          "được hướng dẫn, giải quyết./."),
]
QL01_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Ra quân đội hình \"Thanh niên tình nguyện hỗ trợ chuyển đổi số\"", "Huyện đoàn Mai Trì",
     "Phòng Văn hóa và Thông tin; UBND các xã, thị trấn", "Trước ngày 26/3/2026"],
    ["2", "Tập huấn nòng cốt cho thành viên Tổ công nghệ số cộng đồng (02 lớp, 290 học viên)",
     "Phòng Văn hóa và Thông tin", "Viettel Mai Trì; Trung tâm Viễn thông Mai Trì", "Tháng 4/2026"],
    ["3", "Mở lớp \"Bình dân học vụ số\" cho phụ huynh tại các trường THCS", "Phòng Giáo dục và Đào tạo",
     "UBND các xã, thị trấn", "Từ tháng 5 đến tháng 8/2026"],
    ["4", "In và phát hành 5.000 cuốn tài liệu \"cầm tay chỉ việc\"",
     "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Phòng Văn hóa và Thông tin", "Trước ngày 30/4/2026"],
    ["5", "Rà soát kết quả học tập của cán bộ, công chức, viên chức trên nền tảng MOOCs", "Phòng Nội vụ",
     "Phòng Văn hóa và Thông tin", "Trước ngày 30/9/2026"],
    ["6", "Hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2", "Công an huyện",
     "Huyện đoàn Mai Trì; UBND các xã, thị trấn", "Thường xuyên"],
    ["7", "Tổng kết, khen thưởng năm 2026", "Phòng Văn hóa và Thông tin", "Phòng Nội vụ", "Tháng 12/2026"],
]
QL01_NOINHAN = [
    "Nơi nhận:",
    "- Sở Khoa học và Công nghệ tỉnh (b/c);",
    "- Thường trực Huyện ủy (b/c);",
    "- Thường trực HĐND huyện;",
    "- Ủy ban MTTQ Việt Nam huyện;",
    "- Các phòng, ban, ngành, đoàn thể huyện;",
    "- UBND các xã, thị trấn;",
    "- Lưu: VT, VHTT.",
]
QL01_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Đinh Quang Vịnh"]


def _numbering_restart(doc, style_name):
    """Return a new numId that restarts the numbering used by `style_name` at 1."""
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    style = doc.styles[style_name]
    numPr = style.element.pPr.find(qn("w:numPr"))
    base_num_id = int(numPr.find(qn("w:numId")).get(qn("w:val")))
    numbering = doc.part.numbering_part.element
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if int(num.get(qn("w:numId"))) == base_num_id:
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    used = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(used) + 1
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


def _set_num(paragraph, num_id):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    pPr = paragraph._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.append(numPr)


def build_ql01(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3)
        s.right_margin = Cm(2)

    head = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(head.rows[0].cells, (QL01_HEADER_LEFT, QL01_HEADER_RIGHT)):
        cell.paragraphs[0].text = nfc(lines[0])
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for ln in lines[1:]:
            p = cell.add_paragraph(nfc(ln))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    r = p.add_run(QL01_TITLE)
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    r = p.add_run(nfc(QL01_SUBTITLE))
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t in QL01_INTRO:
        doc.add_paragraph(nfc(t))

    list_ids = {}
    for kind, text in QL01_BODY:
        if kind == "h":
            p = doc.add_paragraph()
            p.add_run(nfc(text)).bold = True
        elif kind == "p":
            doc.add_paragraph(nfc(text))
        elif kind == "bullet":
            doc.add_paragraph(nfc(text), style="List Bullet")
        elif kind.startswith("num:"):
            key = kind[4:]
            if key not in list_ids:
                list_ids[key] = _numbering_restart(doc, "List Number")
            p = doc.add_paragraph(nfc(text), style="List Number")
            _set_num(p, list_ids[key])
        elif kind == "table":
            tb = doc.add_table(rows=0, cols=5)
            tb.style = "Table Grid"
            for i, row in enumerate(QL01_TABLE):
                cells = tb.add_row().cells
                for c, v in zip(cells, row):
                    c.text = nfc(v)
                    if i == 0:
                        for run in c.paragraphs[0].runs:
                            run.bold = True

    sig = doc.add_table(rows=1, cols=2)
    left, right = sig.rows[0].cells
    left.paragraphs[0].text = nfc(QL01_NOINHAN[0])
    for ln in QL01_NOINHAN[1:]:
        left.add_paragraph(nfc(ln))
    right.paragraphs[0].text = nfc(QL01_SIGN[0])
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for ln in QL01_SIGN[1:]:
        q = right.add_paragraph(nfc(ln))
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(path)


# ---------------------------------------------------------------------------
# ql02 — Công văn của Sở KH&CN tỉnh Bảo Lâm (txt, two-column header, hard-wrapped)
# ---------------------------------------------------------------------------
QL02_HEADER = """UBND TỈNH BẢO LÂM                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ KHOA HỌC VÀ CÔNG NGHỆ                   Độc lập - Tự do - Hạnh phúc
     -------                              ---------------------------
Số: 312/SKHCN-QLKH                   Bảo Lâm, ngày 05 tháng 3 năm 2026
V/v đề xuất đặt hàng nhiệm vụ
khoa học và công nghệ cấp tỉnh
thực hiện từ năm 2027

        Kính gửi:
             - Các sở, ban, ngành, đoàn thể cấp tỉnh;
             - Ủy ban nhân dân các huyện, thị xã, thành phố;
             - Các trường đại học, cao đẳng, viện và trung tâm nghiên
               cứu trên địa bàn tỉnh;
             - Các doanh nghiệp khoa học và công nghệ.
"""
QL02_PARAS = [
    "Thực hiện Chương trình phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Bảo "
    "Lâm giai đoạn 2026 - 2030 ban hành kèm theo Quyết định số 2047/QĐ-UBND ngày 18/11/2025 của Ủy ban "
    "nhân dân tỉnh, để chuẩn bị xây dựng kế hoạch khoa học và công nghệ năm 2027, Sở Khoa học và Công "
    "nghệ đề nghị các cơ quan, đơn vị, địa phương và doanh nghiệp đề xuất đặt hàng nhiệm vụ khoa học và "
    "công nghệ cấp tỉnh (đề tài, dự án sản xuất thử nghiệm, đề án khoa học) thực hiện từ năm 2027 như sau:",
    "Năm 2025, Sở đã nhận được 41 phiếu đề xuất; qua các Hội đồng tư vấn, Ủy ban nhân dân tỉnh đã phê "
    "duyệt 9 nhiệm vụ đưa vào danh mục thực hiện từ năm 2026. Hiện nay, Sở đang quản lý 23 nhiệm vụ cấp "
    "tỉnh chuyển tiếp với tổng kinh phí từ ngân sách tỉnh là 18,6 tỷ đồng. Tuy nhiên, nhiều đề xuất còn "
    "chung chung, chưa xác định rõ địa chỉ ứng dụng và đơn vị cam kết tiếp nhận kết quả, nên không được "
    "lựa chọn.",
    "1. Về định hướng đề xuất",
    "Ưu tiên các nhiệm vụ giải quyết vấn đề thực tiễn của tỉnh, có địa chỉ ứng dụng cụ thể, tập trung vào "
    "05 nhóm lĩnh vực sau:",
    "a) Ứng dụng công nghệ cao trong sản xuất nông nghiệp, bảo quản và chế biến sâu các sản phẩm chủ lực "
    "như chè xanh, quế, mắc ca và cá nước lạnh;",
    "b) Chuyển đổi số và ứng dụng trí tuệ nhân tạo trong quản lý nhà nước, cung cấp dịch vụ công và giáo "
    "dục;",
    "c) Y tế, chăm sóc sức khỏe cộng đồng, bảo tồn và phát triển nguồn gen dược liệu bản địa;",
    "d) Bảo vệ môi trường, ứng phó với biến đổi khí hậu, phòng chống sạt lở đất tại các huyện miền núi;",
    "đ) Khoa học xã hội và nhân văn, bảo tồn và phát huy giá trị di sản văn hóa các dân tộc trên địa bàn "
    "tỉnh.",
    "2. Về yêu cầu đối với phiếu đề xuất",
    "- Mỗi nhiệm vụ lập 01 Phiếu đề xuất theo Mẫu A1-ĐXNV gửi kèm theo Công văn này, nêu rõ tính cấp "
    "thiết, mục tiêu, sản phẩm dự kiến, địa chỉ ứng dụng và đơn vị cam kết sử dụng kết quả.",
    "- Kinh phí dự kiến từ ngân sách tỉnh không quá 1,5 tỷ đồng đối với đề tài và không quá 3 tỷ đồng đối "
    "với dự án sản xuất thử nghiệm; thời gian thực hiện không quá 24 tháng.",
    "- Đối với dự án sản xuất thử nghiệm, đơn vị đề xuất phải cam kết đối ứng tối thiểu 30% tổng kinh phí "
    "từ nguồn ngoài ngân sách nhà nước.",
    "- Không đề xuất nhiệm vụ trùng lặp với nhiệm vụ đã hoặc đang thực hiện ở cấp tỉnh và cấp quốc gia.",
    "3. Về thời hạn và hình thức gửi đề xuất",
    "Phiếu đề xuất gửi về Sở Khoa học và Công nghệ (qua Phòng Quản lý khoa học), số 14 đường Hoàng Hoa "
    "Thám, thành phố Bảo Lâm, trước 17 giờ 00 ngày 15/4/2026, gồm 02 bản giấy có chữ ký, đóng dấu và "
    "bản điện tử (định dạng .docx) gửi qua thư điện tử qlkh.skhcn@baolam.gov.vn. Các đề xuất gửi sau "
    "thời hạn nêu trên sẽ được tổng hợp vào kỳ xác định nhiệm vụ năm sau.",
    "4. Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo Phòng Kinh tế (hoặc Phòng Kinh tế - "
    "Hạ tầng) tổng hợp đề xuất của các xã, phường, thị trấn và gửi 01 văn bản tổng hợp chung của địa "
    "phương; không gửi riêng lẻ phiếu đề xuất của từng xã.",
    "5. Đề nghị Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh phổ biến Công văn này đến các hội thành "
    "viên; đồng thời vận động các tác giả đang hoàn thiện giải pháp để tham dự Hội thi Sáng tạo kỹ thuật "
    "tỉnh lần thứ VII (tổ chức theo Quyết định số 1186/QĐ-UBND ngày 20/02/2026 của Ủy ban nhân dân tỉnh) "
    "nghiên cứu, đề xuất nhiệm vụ để hoàn thiện và nhân rộng giải pháp.",
    "6. Các trường đại học, cao đẳng, viện và trung tâm nghiên cứu có trách nhiệm phối hợp với doanh "
    "nghiệp xây dựng đề xuất theo hướng liên kết ba bên, trong đó doanh nghiệp là đơn vị tiếp nhận và "
    "thương mại hóa kết quả nghiên cứu.",
    "7. Trên cơ sở các đề xuất nhận được, Sở Khoa học và Công nghệ tổng hợp, thành lập các Hội đồng tư "
    "vấn xác định nhiệm vụ trong tháng 6/2026 và công khai danh mục nhiệm vụ đặt hàng trên Cổng thông "
    "tin điện tử của Sở trước ngày 31/7/2026 để tuyển chọn hoặc giao trực tiếp tổ chức chủ trì.",
    "Thông tin chi tiết xin liên hệ: ông Phạm Gia Thụy, Phó Trưởng phòng Quản lý khoa học, Sở Khoa học "
    "và Công nghệ, điện thoại 0203 3852 617 hoặc 0985 214 739.",
    "Sở Khoa học và Công nghệ đề nghị các cơ quan, đơn vị, địa phương quan tâm, phối hợp thực hiện./.",
]
QL02_FOOTER = """
Nơi nhận:                                        KT. GIÁM ĐỐC
- Như trên;                                      PHÓ GIÁM ĐỐC
- UBND tỉnh (để b/c);
- Giám đốc, các PGĐ Sở;                            (Đã ký)
- Cổng TTĐT Sở;
- Lưu: VT, QLKH.                                Vũ Thanh Tùng
"""


def build_ql02(path):
    out = [QL02_HEADER.rstrip("\n"), ""]
    for para in QL02_PARAS:
        if len(para) < 60:
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width=72, break_long_words=False, break_on_hyphens=False,
                                     initial_indent="      " if not para[:2] in ("- ", "a)", "b)", "c)", "d)", "đ)") else ""))
    out.append(QL02_FOOTER.rstrip("\n"))
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc("\n".join(out) + "\n"))


# ---------------------------------------------------------------------------
# ql03 — Quyết định của UBND tỉnh Bảo Lâm + Thể lệ (pdf)
# ---------------------------------------------------------------------------
QL03_HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH BẢO LÂM", "Số: 1186/QĐ-UBND"]
QL03_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Bảo Lâm, ngày 20 tháng 02 năm 2026"]
# (style, text): style in {"T" title centred bold, "B" bold, "P" paragraph}
QL03_BODY = [
    ("T", "QUYẾT ĐỊNH"),
    ("T", "Về việc tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Bảo Lâm lần thứ VII (2026 - 2027)"),
    ("T", "ỦY BAN NHÂN DÂN TỈNH BẢO LÂM"),
    ("P", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"),
    ("P", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển "
          "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("P", "Căn cứ Quyết định số 2047/QĐ-UBND ngày 18 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh ban hành "
          "Chương trình phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Bảo Lâm "
          "giai đoạn 2026 - 2030;"),
    ("P", "Theo đề nghị của Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tại Tờ trình số "
          "08/TTr-LHH ngày 09 tháng 02 năm 2026 và ý kiến thẩm định của Sở Khoa học và Công nghệ."),
    ("T", "QUYẾT ĐỊNH:"),
    ("P", "Điều 1. Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Bảo Lâm lần thứ VII (2026 - 2027) (sau đây gọi "
          "là Hội thi) và ban hành kèm theo Quyết định này Thể lệ Hội thi."),
    ("P", "Điều 2. Thành lập Ban Tổ chức Hội thi gồm các ông (bà) có tên sau:"),
    ("P", "1. Ông Lê Hữu Đạt, Phó Chủ tịch Ủy ban nhân dân tỉnh - Trưởng ban;"),
    ("P", "2. Ông Nông Văn Thiện, Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh - Phó Trưởng ban "
          "thường trực;"),
    ("P", "3. Ông Vũ Thanh Tùng, Phó Giám đốc Sở Khoa học và Công nghệ - Phó Trưởng ban;"),
    ("P", "4. Bà Hồ Thu Trang, Phó Giám đốc Sở Giáo dục và Đào tạo - Ủy viên;"),
    ("P", "5. Ông Đào Minh Phúc, Phó Giám đốc Sở Tài chính - Ủy viên;"),
    ("P", "6. Ông Triệu Văn Lợi, Phó Bí thư Tỉnh đoàn - Ủy viên;"),
    ("P", "7. Bà Cao Thị Nguyệt, Phó Chủ tịch Liên đoàn Lao động tỉnh - Ủy viên."),
    ("P", "Ban Tổ chức có nhiệm vụ chỉ đạo, tổ chức Hội thi theo Thể lệ; thành lập Hội đồng giám khảo và "
          "Tổ thư ký giúp việc. Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh là cơ quan thường trực của Ban "
          "Tổ chức. Ban Tổ chức tự giải thể sau khi hoàn thành nhiệm vụ."),
    ("P", "Điều 3. Kinh phí tổ chức Hội thi là 2.400.000.000 đồng (Hai tỷ bốn trăm triệu đồng) từ nguồn "
          "sự nghiệp khoa học và công nghệ ngân sách tỉnh, bố trí trong dự toán năm 2026 là 900 triệu "
          "đồng và năm 2027 là 1.500 triệu đồng; trong đó kinh phí giải thưởng tối đa là 715 triệu đồng. "
          "Ban Tổ chức được vận động tài trợ hợp pháp của các tổ chức, doanh nghiệp."),
    ("P", "Điều 4. Trách nhiệm của các cơ quan, đơn vị"),
    ("P", "1. Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ "
          "tổ chức phát động Hội thi trước ngày 31/3/2026; tiếp nhận hồ sơ, tổ chức chấm giải và tổng "
          "kết, trao giải; lựa chọn giải pháp tiêu biểu tham dự Hội thi Sáng tạo kỹ thuật toàn quốc."),
    ("P", "2. Sở Khoa học và Công nghệ có trách nhiệm hướng dẫn các tác giả đăng ký bảo hộ quyền sở hữu "
          "trí tuệ đối với giải pháp đạt giải; xem xét hỗ trợ kinh phí ứng dụng, nhân rộng các giải pháp "
          "đạt giải Nhất, giải Nhì."),
    ("P", "3. Sở Tài chính thẩm định, tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí theo quy định tại "
          "Điều 3 Quyết định này."),
    ("P", "4. Sở Giáo dục và Đào tạo, Tỉnh đoàn, Liên đoàn Lao động tỉnh vận động giáo viên, đoàn viên "
          "thanh niên, công nhân lao động tích cực tham gia Hội thi."),
    ("P", "5. Báo và Phát thanh, Truyền hình Bảo Lâm mở chuyên trang, chuyên mục tuyên truyền về Hội thi "
          "và các giải pháp đạt giải."),
    ("P", "6. Ủy ban nhân dân các huyện, thị xã, thành phố phổ biến Hội thi đến cơ sở; giới thiệu ít nhất "
          "03 giải pháp của địa phương tham gia Hội thi."),
    ("P", "Điều 5. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Chủ "
          "tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, Giám đốc các sở: Khoa học và Công nghệ, Tài "
          "chính, Giáo dục và Đào tạo; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành "
          "Quyết định này./."),
]
QL03_NOINHAN = ["Nơi nhận:", "- Như Điều 5;", "- Liên hiệp các Hội KH&KT Việt Nam (b/c);",
                "- Thường trực Tỉnh ủy (b/c);", "- Chủ tịch, các PCT UBND tỉnh;",
                "- Ban Tuyên giáo và Dân vận Tỉnh ủy;", "- Lưu: VT, KGVX."]
QL03_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Lê Hữu Đạt"]
QL03_ANNEX = [
    ("T", "THỂ LỆ"),
    ("T", "Hội thi Sáng tạo kỹ thuật tỉnh Bảo Lâm lần thứ VII (2026 - 2027)"),
    ("C", "(Ban hành kèm theo Quyết định số 1186/QĐ-UBND ngày 20/02/2026 của Ủy ban nhân dân tỉnh Bảo Lâm)"),
    ("B", "1. Mục đích"),
    ("P", "Phát hiện, tôn vinh và nhân rộng các giải pháp sáng tạo kỹ thuật có giá trị thực tiễn; khơi dậy "
          "phong trào lao động sáng tạo trong cán bộ, công nhân, nông dân và thanh thiếu niên."),
    ("B", "2. Lĩnh vực dự thi"),
    ("P", "Hội thi gồm 06 lĩnh vực: (1) Cơ khí, tự động hóa; (2) Điện, điện tử, công nghệ thông tin và "
          "chuyển đổi số; (3) Nông, lâm, thủy sản; (4) Y dược; (5) Môi trường và năng lượng; (6) Giáo "
          "dục, đào tạo và các lĩnh vực khác."),
    ("B", "3. Đối tượng dự thi"),
    ("P", "Cá nhân hoặc nhóm tác giả (không quá 05 người) là công dân Việt Nam đang sinh sống, làm việc "
          "trên địa bàn tỉnh Bảo Lâm; tổ chức, doanh nghiệp có trụ sở trên địa bàn tỉnh. Thành viên Hội "
          "đồng giám khảo và Tổ thư ký không được tham gia dự thi."),
    ("B", "4. Điều kiện đối với giải pháp dự thi"),
    ("P", "Giải pháp phải có tính mới so với trình độ kỹ thuật trong tỉnh; đã được áp dụng thực tế hoặc "
          "thử nghiệm ít nhất 06 tháng tính đến ngày nộp hồ sơ; chưa đạt giải tại các hội thi sáng tạo kỹ "
          "thuật cấp tỉnh hoặc toàn quốc trước đó."),
    ("B", "5. Hồ sơ và thời gian nhận hồ sơ"),
    ("P", "Hồ sơ gồm: đơn đăng ký dự thi (Mẫu 01); bản mô tả giải pháp không quá 15 trang (Mẫu 02); xác "
          "nhận của đơn vị áp dụng; hình ảnh, video minh họa (nếu có)."),
    ("P", "Thời gian nhận hồ sơ từ ngày 01/4/2026 đến 17 giờ 00 ngày 30/11/2026 tại Văn phòng Liên hiệp "
          "các Hội Khoa học và Kỹ thuật tỉnh, số 25 đường Trần Nhật Duật, phường Quang Minh, thành phố "
          "Bảo Lâm. Ban Tổ chức không trả lại hồ sơ dự thi."),
    ("B", "6. Chấm giải"),
    ("P", "Việc chấm giải thực hiện qua hai vòng: vòng sơ khảo trong tháng 12/2026 và vòng chung khảo "
          "trong tháng 01/2027 (có khảo sát thực tế tại nơi áp dụng). Thang điểm 100, gồm: tính mới, "
          "sáng tạo 30 điểm; khả năng áp dụng 40 điểm; hiệu quả kinh tế - xã hội 30 điểm. Giải pháp được "
          "xét trao giải phải đạt từ 70 điểm trở lên."),
    ("B", "7. Cơ cấu giải thưởng"),
    ("P", "Giải Nhất: tối đa 06 giải, mỗi giải 30.000.000 đồng; Giải Nhì: tối đa 10 giải, mỗi giải "
          "20.000.000 đồng; Giải Ba: tối đa 15 giải, mỗi giải 12.000.000 đồng; Giải Khuyến khích: tối đa "
          "25 giải, mỗi giải 5.000.000 đồng."),
    ("P", "Tác giả đạt giải Nhất, giải Nhì được đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh; "
          "tác giả đạt giải Ba, giải Khuyến khích được tặng Giấy chứng nhận của Ban Tổ chức. Ngoài ra, Ban "
          "Tổ chức xét tặng 03 giải cho tập thể có thành tích xuất sắc trong tổ chức, vận động tham gia "
          "Hội thi, mỗi giải 10.000.000 đồng."),
    ("B", "8. Tổng kết, trao giải"),
    ("P", "Lễ tổng kết và trao giải dự kiến tổ chức trong tháng 3/2027 tại thành phố Bảo Lâm. Giải pháp "
          "đạt giải Nhất được Ban Tổ chức xem xét, lựa chọn tham dự Hội thi Sáng tạo kỹ thuật toàn quốc."),
    ("B", "9. Thông tin liên hệ"),
    ("P", "Bà Đỗ Thu Hằng, Chánh Văn phòng Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, điện thoại "
          "0386 552 910, thư điện tử hoithi.lhh@baolam.gov.vn."),
]


def build_ql03(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def two_col(left, right, bold_first=True, lh=5.5):
        y0 = pdf.get_y()
        for i, (a, b) in enumerate(zip(left, right)):
            pdf.set_font("DejaVu", "B" if (bold_first and i < 2) else "", 10.5)
            pdf.set_xy(pdf.l_margin, y0 + i * lh)
            pdf.cell(W * 0.42, lh, nfc(a), align="C")
            pdf.set_xy(pdf.l_margin + W * 0.42, y0 + i * lh)
            pdf.cell(W * 0.58, lh, nfc(b), align="C")
        pdf.set_xy(pdf.l_margin, y0 + len(left) * lh + 4)

    two_col(QL03_HEADER_LEFT, QL03_HEADER_RIGHT)

    def render(items):
        for style, text in items:
            text = nfc(text)
            if style == "T":
                pdf.set_font("DejaVu", "B", 12)
                pdf.multi_cell(W, 6.5, text, align="C")
                pdf.ln(1)
            elif style == "C":
                pdf.set_font("DejaVu", "", 10.5)
                pdf.multi_cell(W, 5.5, text, align="C")
                pdf.ln(2)
            elif style == "B":
                pdf.set_font("DejaVu", "B", 11)
                pdf.multi_cell(W, 6, text)
            else:
                pdf.set_font("DejaVu", "", 11)
                pdf.multi_cell(W, 6, text, align="J")
                pdf.ln(1)

    render(QL03_BODY)
    pdf.ln(3)
    y0 = pdf.get_y()
    if y0 > pdf.h - 70:
        pdf.add_page()
        y0 = pdf.get_y()
    n = max(len(QL03_NOINHAN), len(QL03_SIGN))
    for i in range(n):
        a = QL03_NOINHAN[i] if i < len(QL03_NOINHAN) else ""
        b = QL03_SIGN[i] if i < len(QL03_SIGN) else ""
        pdf.set_xy(pdf.l_margin, y0 + i * 5.5)
        pdf.set_font("DejaVu", "B" if i == 0 else "", 9.5)
        pdf.cell(W * 0.5, 5.5, nfc(a))
        pdf.set_xy(pdf.l_margin + W * 0.5, y0 + i * 5.5)
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(W * 0.5, 5.5, nfc(b), align="C")
    pdf.add_page()
    render(QL03_ANNEX)
    pdf.output(path)


# ---------------------------------------------------------------------------
# ql04 — Báo cáo của Phòng GD&ĐT huyện Mai Trì (md, Markdown tables)
# ---------------------------------------------------------------------------
QL04_MD = """**UBND HUYỆN MAI TRÌ**
**PHÒNG GIÁO DỤC VÀ ĐÀO TẠO**
Số: 96/BC-PGDĐT

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Mai Trì, ngày 18 tháng 6 năm 2026*

# BÁO CÁO

## Kết quả triển khai giáo dục STEM, ứng dụng công nghệ thông tin và chuyển đổi số trong các trường học năm học 2025 - 2026

Kính gửi:

- Ủy ban nhân dân huyện Mai Trì;
- Sở Giáo dục và Đào tạo tỉnh Bảo Lâm.

Thực hiện Kế hoạch số 47/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân huyện về triển khai phong trào "Bình dân học vụ số" năm 2026 và hướng dẫn nhiệm vụ năm học của Sở Giáo dục và Đào tạo, Phòng Giáo dục và Đào tạo huyện Mai Trì báo cáo kết quả triển khai giáo dục STEM, ứng dụng công nghệ thông tin và chuyển đổi số năm học 2025 - 2026 như sau:

## I. ĐẶC ĐIỂM TÌNH HÌNH

Năm học 2025 - 2026, toàn huyện có 58 trường công lập, gồm 19 trường mầm non, 21 trường tiểu học, 16 trường trung học cơ sở và 02 trường tiểu học và trung học cơ sở (liên cấp), với 21.430 học sinh và 1.386 cán bộ quản lý, giáo viên, nhân viên. Hạ tầng mạng đã được kết nối tới 100% điểm trường chính; tuy nhiên còn 14 điểm trường lẻ tại các xã Khánh Xuân và Mai Động có đường truyền không ổn định.

## II. KẾT QUẢ THỰC HIỆN

### 1. Giáo dục STEM

Các trường đã xây dựng kế hoạch bài học STEM gắn với chương trình giáo dục phổ thông 2018; tổ chức ngày hội STEM cấp huyện vào ngày 28/3/2026 tại Trường Tiểu học thị trấn Mai Trì với 36 gian trưng bày sản phẩm. Kết quả cụ thể:

**Bảng 1. Kết quả tổ chức bài học STEM năm học 2025 - 2026**

| Cấp học | Số trường | Số trường tổ chức bài học STEM | Số bài học STEM đã thực hiện | Số câu lạc bộ STEM/Robotics |
|---|---|---|---|---|
| Mầm non | 19 | 12 | 146 | 0 |
| Tiểu học | 21 | 21 | 684 | 9 |
| THCS (gồm 02 trường liên cấp) | 18 | 18 | 537 | 14 |
| **Tổng cộng** | **58** | **51** | **1.367** | **23** |

Cuộc thi khoa học kỹ thuật dành cho học sinh trung học cấp huyện được tổ chức ngày 14/01/2026 tại Trường THCS thị trấn Mai Trì, có 47 dự án của 15 trường tham gia; Ban Giám khảo đã trao 30 giải:

**Bảng 2. Kết quả Cuộc thi khoa học kỹ thuật cấp huyện năm học 2025 - 2026**

| Giải | Số dự án | Ghi chú |
|---|---|---|
| Nhất | 2 | Trường THCS Hương Cát; Trường THCS Đức Thuận |
| Nhì | 5 | 02 dự án lĩnh vực kỹ thuật môi trường |
| Ba | 9 | |
| Khuyến khích | 14 | |
| **Tổng** | **30** | trên 47 dự án dự thi |

Tại cuộc thi cấp tỉnh, huyện có 03 dự án đạt giải (01 giải Nhì, 02 giải Ba); trong đó dự án "Hệ thống cảnh báo sạt lở đất sử dụng cảm biến độ ẩm giá rẻ" của Trường THCS Hương Cát đạt giải Nhì cấp tỉnh.

### 2. Ứng dụng công nghệ thông tin và chuyển đổi số

- 100% trường sử dụng phần mềm quản lý nhà trường và sổ điểm điện tử; 49/58 trường triển khai học bạ số, đạt 84,5%.
- 54/58 trường thu học phí và các khoản thu khác không dùng tiền mặt, đạt 93,1%.
- 1.204/1.386 cán bộ quản lý, giáo viên, nhân viên đã hoàn thành khóa học "Kỹ năng số cho cán bộ" trên nền tảng MOOCs, đạt 86,9%.

### 3. Mở lớp "Bình dân học vụ số" cho phụ huynh học sinh

Thực hiện nhiệm vụ được giao tại Kế hoạch số 47/KH-UBND, từ ngày 05/5/2026 đến ngày 15/6/2026, các nhà trường đã mở 11 lớp tại 9/18 trường có cấp trung học cơ sở, thu hút 524 lượt phụ huynh tham gia; huy động 31 giáo viên tin học làm nòng cốt. Kinh phí đã sử dụng là 96,5 triệu đồng. 09 trường còn lại sẽ mở lớp trong tháng 7 và tháng 8/2026.

## III. TỒN TẠI, HẠN CHẾ

- Thiết bị dạy học STEM ở cấp mầm non còn thiếu; 07 trường mầm non chưa tổ chức được bài học STEM.
- Đường truyền internet tại 14 điểm trường lẻ thuộc xã Khánh Xuân và xã Mai Động còn yếu, ảnh hưởng đến việc dạy học trực tuyến và học bạ số.
- Còn 182 cán bộ, giáo viên, nhân viên chưa hoàn thành khóa học trên nền tảng MOOCs.
- Toàn huyện còn thiếu 12 giáo viên tin học so với định mức.

## IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC 2026 - 2027 VÀ ĐỀ XUẤT

### 1. Phương hướng, nhiệm vụ

- Phấn đấu 100% trường mầm non tổ chức bài học STEM; 100% trường tiểu học và trung học cơ sở triển khai học bạ số trong năm học 2026 - 2027.
- Các trường có cấp trung học cơ sở có trách nhiệm hoàn thành việc mở lớp "Bình dân học vụ số" cho phụ huynh trước ngày 31/8/2026 và gửi báo cáo kết quả về Phòng Giáo dục và Đào tạo (qua bộ phận Trung học) trước ngày 05/9/2026.
- Hiệu trưởng các trường đôn đốc 182 cán bộ, giáo viên, nhân viên hoàn thành khóa học trên nền tảng MOOCs trước ngày 30/9/2026.

### 2. Đề xuất, kiến nghị

- Đề nghị Ủy ban nhân dân huyện bố trí 640 triệu đồng mua sắm bổ sung thiết bị dạy học STEM cho 07 trường mầm non và 06 trường tiểu học thuộc vùng khó khăn.
- Đề nghị Phòng Nội vụ tham mưu Ủy ban nhân dân huyện tuyển dụng bổ sung 12 giáo viên tin học cho năm học 2026 - 2027.
- Đề nghị Viettel Mai Trì và Trung tâm Viễn thông Mai Trì nâng cấp đường truyền cho 14 điểm trường lẻ tại xã Khánh Xuân và xã Mai Động.
- Đề nghị Sở Giáo dục và Đào tạo tổ chức tập huấn chuyên sâu về giáo dục STEM cho cán bộ quản lý cấp học mầm non.

Đầu mối theo dõi: ông Lã Văn Cường, Phó Trưởng phòng Giáo dục và Đào tạo, điện thoại 0976 318 542.

Trên đây là báo cáo kết quả triển khai giáo dục STEM, ứng dụng công nghệ thông tin và chuyển đổi số năm học 2025 - 2026 của Phòng Giáo dục và Đào tạo huyện Mai Trì./.

**Nơi nhận:**

- Như trên;
- Phòng Văn hóa và Thông tin huyện (để phối hợp);
- Lãnh đạo Phòng;
- Lưu: VT, THCS.

TRƯỞNG PHÒNG

(Đã ký)

Hoàng Thị Mai Anh
"""


def build_ql04(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(QL04_MD))


# ---------------------------------------------------------------------------
# ql05 — Thông báo kết luận của Đảng ủy xã Hương Cát (txt, two-column header, table)
# ---------------------------------------------------------------------------
QL05_TXT = """ĐẢNG BỘ HUYỆN MAI TRÌ                        ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ HƯƠNG CÁT                         ----------------------
        *                            Hương Cát, ngày 02 tháng 4 năm 2026
Số 52-TB/ĐU

                               THÔNG BÁO
            KẾT LUẬN CỦA THƯỜNG TRỰC ĐẢNG ỦY XÃ
   tại hội nghị triển khai phong trào "Bình dân học vụ số" và công tác
                  tuyên truyền khoa giáo năm 2026

Ngày 31/3/2026, tại Hội trường Ủy ban nhân dân xã, Thường trực Đảng ủy xã Hương Cát tổ chức hội nghị triển khai Kế hoạch số 47/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân huyện Mai Trì về phong trào "Bình dân học vụ số" và phổ cập kỹ năng số năm 2026. Đồng chí Hà Quang Thái, Bí thư Đảng ủy xã chủ trì hội nghị. Dự hội nghị có đồng chí Phan Thị Duyên, Phó Trưởng phòng Văn hóa và Thông tin huyện; các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã; bí thư chi bộ, trưởng thôn của 9 thôn; người đứng đầu Mặt trận Tổ quốc và các đoàn thể xã; tổ trưởng các Tổ công nghệ số cộng đồng.

Sau khi nghe Ủy ban nhân dân xã báo cáo tình hình thực hiện và ý kiến thảo luận của các đại biểu, đồng chí Bí thư Đảng ủy xã kết luận như sau:

1. Đánh giá chung

Thời gian qua, công tác chuyển đổi số trên địa bàn xã có chuyển biến: 9/9 thôn đã thành lập Tổ công nghệ số cộng đồng với 54 thành viên; 68% hộ gia đình có thành viên kích hoạt tài khoản định danh điện tử mức độ 2; tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình đạt 47%. Tuy nhiên, tỷ lệ người dân trong độ tuổi từ 15 đến 60 được học tập kỹ năng số mới đạt 41%; một số chi bộ chưa quan tâm lãnh đạo; hoạt động của một số Tổ công nghệ số cộng đồng còn hình thức; việc tuyên truyền về khoa học, công nghệ trên hệ thống truyền thanh của xã chưa thường xuyên.

2. Chỉ tiêu phấn đấu năm 2026 của xã

- Đến ngày 30/11/2026, ít nhất 80% người dân trong độ tuổi từ 15 đến 60 được học tập kỹ năng số cơ bản;
- 90% hộ gia đình có thành viên kích hoạt tài khoản định danh điện tử mức độ 2;
- Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình đạt từ 65% trở lên;
- 100% đảng viên trong Đảng bộ cài đặt và sử dụng ứng dụng "Sổ tay đảng viên điện tử".

3. Phân công nhiệm vụ

3.1. Ủy ban nhân dân xã khẩn trương hoàn thiện, ban hành Kế hoạch thực hiện phong trào "Bình dân học vụ số" của xã và gửi Phòng Văn hóa và Thông tin huyện trước ngày 05/4/2026; bố trí 85 triệu đồng từ ngân sách xã cho việc mở lớp, in tài liệu và hỗ trợ Tổ công nghệ số cộng đồng. Giao đồng chí Lường Văn Toản, Phó Chủ tịch Ủy ban nhân dân xã trực tiếp phụ trách.

3.2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì, phối hợp với các tổ chức chính trị - xã hội vận động nhân dân tham gia học tập kỹ năng số; đưa tiêu chí "gia đình số" vào bình xét danh hiệu gia đình văn hóa năm 2026.

3.3. Đoàn Thanh niên xã duy trì 02 đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số với 24 đoàn viên; tổ chức "Ngày thứ Bảy chuyển đổi số" tại mỗi thôn ít nhất 02 lần mỗi tháng.

3.4. Hội Liên hiệp Phụ nữ xã mở 03 lớp riêng cho hội viên về kỹ năng bán hàng trực tuyến và phòng tránh lừa đảo qua mạng, hoàn thành trong quý II/2026.

3.5. Hội Nông dân xã phối hợp với các Tổ công nghệ số cộng đồng hướng dẫn hội viên đưa sản phẩm quế, mật ong rừng lên sàn thương mại điện tử; phấn đấu ít nhất 15 hộ có gian hàng trực tuyến trong năm 2026.

3.6. Công an xã hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2; tổ chức làm thủ tục lưu động tại các thôn vào ngày Chủ nhật hằng tuần trong tháng 4 và tháng 5/2026.

3.7. Trường THCS Hương Cát mở 02 lớp "Bình dân học vụ số" cho phụ huynh học sinh trong tháng 5/2026; bố trí phòng máy tính phục vụ các lớp học của thôn Gò Mít.

3.8. Các chi bộ thôn đưa nội dung chuyển đổi số vào sinh hoạt chi bộ định kỳ hằng tháng; phân công đảng viên gương mẫu đi đầu, giúp đỡ các hộ gia đình trong khu dân cư; bảo đảm 100% đảng viên sử dụng "Sổ tay đảng viên điện tử" trước ngày 30/6/2026.

3.9. Giao công chức Văn hóa - Xã hội xã chủ trì, phối hợp với Đài truyền thanh xã phát chuyên mục tuyên truyền về khoa học, công nghệ và chuyển đổi số vào 06 giờ 15 sáng thứ Hai và thứ Sáu hằng tuần.

3.10. Văn phòng Đảng ủy theo dõi, đôn đốc, tổng hợp tình hình, báo cáo Thường trực Đảng ủy định kỳ hằng quý.

4. Lịch mở lớp "Bình dân học vụ số" đợt 1 (tháng 4/2026)

| Thôn | Địa điểm | Thời gian | Người phụ trách |
|---|---|---|---|
| Cát Thượng | Nhà văn hóa thôn Cát Thượng | 19 giờ 00, từ ngày 08/4 đến ngày 10/4/2026 | Đ/c Nông Thị Hoa, Bí thư Đoàn xã |
| Cát Hạ | Nhà văn hóa thôn Cát Hạ | 19 giờ 00, từ ngày 13/4 đến ngày 15/4/2026 | Đ/c Sầm Văn Định, tổ trưởng Tổ công nghệ số |
| Đồng Nội | Điểm bưu điện văn hóa xã | 14 giờ 00, các ngày thứ Bảy 11/4, 18/4 và 25/4/2026 | Đ/c Lý Thị Nga, Chủ tịch Hội Liên hiệp Phụ nữ xã |
| Gò Mít | Phòng máy tính Trường THCS Hương Cát | 08 giờ 00, từ ngày 19/4 đến ngày 21/4/2026 | Đ/c Triệu Minh Đức, giáo viên tin học |
| Làng Mới | Nhà văn hóa thôn Làng Mới | 19 giờ 00, từ ngày 22/4 đến ngày 24/4/2026 | Đ/c Nông Thị Hoa, Bí thư Đoàn xã |

Các thôn Bãi Dâu, Nà Mạ, Khe Cọ và Pù Lầu mở lớp trong đợt 2 (tháng 5/2026), lịch cụ thể do Ủy ban nhân dân xã thông báo sau.

Đầu mối liên hệ: đồng chí Lường Văn Toản, Phó Chủ tịch Ủy ban nhân dân xã, điện thoại 0868 203 471.

Thường trực Đảng ủy thông báo để các chi bộ, cơ quan, đoàn thể biết, thực hiện./.

Nơi nhận:                                        T/M ĐẢNG ỦY
- Ban Thường vụ Huyện ủy (b/c);                     BÍ THƯ
- Ban Tuyên giáo và Dân vận Huyện ủy (b/c);
- Phòng Văn hóa và Thông tin huyện;                 (Đã ký)
- Các đồng chí Đảng ủy viên;
- Các chi bộ trực thuộc;                          Hà Quang Thái
- UBND, UB MTTQ và các đoàn thể xã;
- Lưu: Văn phòng Đảng ủy.
"""


def build_ql05(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(QL05_TXT))


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_ql01(os.path.join(CORPUS, "ql01_kh_cds.docx"))
    build_ql02(os.path.join(CORPUS, "ql02_cv_khcn.txt"))
    build_ql03(os.path.join(CORPUS, "ql03_qd_hoithi.pdf"))
    build_ql04(os.path.join(CORPUS, "ql04_bc_stem.md"))
    build_ql05(os.path.join(CORPUS, "ql05_tb_ketluan.txt"))
    print("built", sorted(os.listdir(CORPUS)))


if __name__ == "__main__":
    main()
