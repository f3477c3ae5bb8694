# -*- coding: utf-8 -*-
"""Rebuild the 5 corpus files of blind set 39 (tỉnh Đồng Phú Nam) from the text held here.

Run: /work/main/.venv/bin/python build_qo.py
All names, numbers, people and dates are invented.
"""
import os
import textwrap
import unicodedata

from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# qo01 — Kế hoạch, UBND tỉnh, .docx with Word list numbering + task table
# ---------------------------------------------------------------------------
QO01 = [
    ("C", "ỦY BAN NHÂN DÂN"),
    ("CB", "TỈNH ĐỒNG PHÚ NAM"),
    ("C", "Số: 68/KH-UBND"),
    ("CB", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("CB", "Độc lập - Tự do - Hạnh phúc"),
    ("R", "Đồng Phú Nam, ngày 17 tháng 3 năm 2025"),
    ("CB", "KẾ HOẠCH"),
    ("CB", "Phổ cập kỹ năng số cho người dân và thúc đẩy đổi mới sáng tạo trên địa bàn tỉnh Đồng Phú Nam năm 2025"),
    ("P", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("P", "Căn cứ Chương trình hành động số 41-CTr/TU ngày 05 tháng 02 năm 2025 của Ban Chấp hành Đảng bộ tỉnh Đồng Phú Nam;"),
    ("P", "Xét đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 203/TTr-SKHCN ngày 10 tháng 3 năm 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch phổ cập kỹ năng số cho người dân và thúc đẩy đổi mới sáng tạo năm 2025 như sau:"),
    ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("P", "Mục đích, yêu cầu:"),
    ("B", "Đưa kỹ năng số cơ bản đến với mọi người dân, trước hết là cán bộ, công chức, viên chức, học sinh, đoàn viên thanh niên và người lao động ở nông thôn, vùng đồng bào dân tộc thiểu số; từng bước hình thành thói quen sử dụng dịch vụ số an toàn trong đời sống hằng ngày."),
    ("B", "Phân công rõ người, rõ việc, rõ thời gian, rõ kết quả; không hình thức, không chạy theo số lượng."),
    ("H", "II. CHỈ TIÊU ĐẾN HẾT NĂM 2025"),
    ("B", "75% người dân trong độ tuổi từ 15 đến 60 được phổ biến kỹ năng số cơ bản (sử dụng ứng dụng VNeID, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt, nhận diện lừa đảo trên không gian mạng)."),
    ("B", "100% cán bộ, công chức cấp xã (khoảng 1.480 người) được bồi dưỡng kỹ năng số và kỹ năng khai thác trợ lý ảo phục vụ công việc."),
    ("B", "Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình đạt tối thiểu 60% trên tổng số hồ sơ tiếp nhận."),
    ("B", "100% thôn, tổ dân phố có Tổ công nghệ số cộng đồng hoạt động thường xuyên."),
    ("B", "Mỗi huyện, thành phố có ít nhất 02 mô hình \"Xã thông minh\" hoặc \"Trường học số\" được Hội đồng thẩm định cấp tỉnh công nhận."),
    ("B", "Hỗ trợ tối thiểu 30 doanh nghiệp nhỏ và vừa, hợp tác xã ứng dụng công nghệ số trong sản xuất, kinh doanh; đăng ký bảo hộ ít nhất 12 nhãn hiệu cho sản phẩm OCOP."),
    ("H", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("N1", "Tuyên truyền, nâng cao nhận thức. Mở chuyên mục \"Mỗi ngày một kỹ năng số\" trên Báo và Phát thanh, Truyền hình Đồng Phú Nam; in và phát hành 50.000 tờ gấp hướng dẫn kỹ năng số bằng tiếng Việt và tiếng Dao; tận dụng hệ thống loa truyền thanh cơ sở phát bản tin ít nhất 02 lần mỗi tuần."),
    ("N", "Tổ chức các lớp \"Bình dân học vụ số\" tại nhà văn hóa thôn, điểm trường và bưu điện văn hóa xã. Mỗi lớp không quá 35 học viên, thời lượng tối thiểu 06 buổi; ưu tiên người cao tuổi, phụ nữ và hộ kinh doanh cá thể."),
    ("N", "Đưa nội dung kỹ năng số, an toàn thông tin vào hoạt động giáo dục ở trường trung học cơ sở, trung học phổ thông; tổ chức Cuộc thi \"Học sinh Đồng Phú Nam với chuyển đổi số\" năm học 2024 - 2025."),
    ("N", "Xây dựng nền tảng học tập trực tuyến \"Học số Đồng Phú Nam\" (địa chỉ hocso.dongphunam.gov.vn) cung cấp miễn phí các bài giảng video ngắn, bài kiểm tra và chứng nhận hoàn thành."),
    ("N", "Hỗ trợ doanh nghiệp nhỏ và vừa, hợp tác xã đưa sản phẩm lên sàn thương mại điện tử; phát động phong trào sáng tạo kỹ thuật ở các huyện, thành phố."),
    ("H", "IV. KINH PHÍ THỰC HIỆN"),
    ("P", "Tổng kinh phí dự kiến là 14,75 tỷ đồng, trong đó: ngân sách tỉnh 9,2 tỷ đồng; ngân sách huyện, xã 3,85 tỷ đồng; nguồn xã hội hóa và hỗ trợ của các doanh nghiệp viễn thông 1,7 tỷ đồng. Các cơ quan, đơn vị lập dự toán chi tiết gửi Sở Tài chính trước ngày 10/4/2025."),
    ("H", "V. TỔ CHỨC THỰC HIỆN"),
    ("N1", "Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, địa phương triển khai Kế hoạch; xây dựng và đưa vào vận hành nền tảng \"Học số Đồng Phú Nam\" trước ngày 31/5/2025; tổng hợp, báo cáo kết quả về Ủy ban nhân dân tỉnh định kỳ hằng quý (trước ngày 20 của tháng cuối quý)."),
    ("N", "Sở Giáo dục và Đào tạo có trách nhiệm chỉ đạo các trường trung học cơ sở, trung học phổ thông đưa nội dung kỹ năng số vào hoạt động giáo dục; chủ trì tổ chức Cuộc thi \"Học sinh Đồng Phú Nam với chuyển đổi số\", tổng kết, trao giải trong tháng 6/2025."),
    ("N", "Giao Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ mở các lớp bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã; hoàn thành trước ngày 30/9/2025."),
    ("N", "Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các đơn vị sử dụng, thanh quyết toán kinh phí theo quy định."),
    ("N", "Sở Văn hóa, Thể thao và Du lịch chỉ đạo hệ thống thư viện công cộng bố trí \"Góc học tập số\" phục vụ người dân; phối hợp tổ chức các lớp \"Bình dân học vụ số\" tại nhà văn hóa thôn."),
    ("N", "Báo và Phát thanh, Truyền hình Đồng Phú Nam mở chuyên mục \"Mỗi ngày một kỹ năng số\", phát sóng lúc 19 giờ 45 phút thứ Ba và thứ Sáu hằng tuần, bắt đầu từ ngày 01/4/2025."),
    ("N", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh vận động đoàn viên, hội viên tham gia học tập kỹ năng số; Tỉnh đoàn chủ trì thành lập đội hình \"Thanh niên tình nguyện hỗ trợ kỹ năng số\" tại 100% xã, phường, thị trấn trước ngày 30/4/2025."),
    ("N", "Ủy ban nhân dân các huyện, thành phố ban hành kế hoạch của địa phương trước ngày 15/4/2025; chỉ đạo Ủy ban nhân dân cấp xã kiện toàn Tổ công nghệ số cộng đồng, bố trí địa điểm mở lớp và báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 15 của tháng cuối quý."),
    ("N", "Viễn thông Đồng Phú Nam và Bưu điện tỉnh phối hợp hỗ trợ đường truyền, thiết bị và nhân lực hướng dẫn tại các lớp \"Bình dân học vụ số\"; ưu tiên xóa vùng lõm sóng tại các thôn vùng sâu của huyện Hạ Quan và huyện Trường Xuân."),
    ("P", "Đầu mối liên hệ: bà Trịnh Thu Hạnh, Phó Trưởng phòng Chuyển đổi số, Sở Khoa học và Công nghệ; điện thoại 0235.3861.472; thư điện tử hanhtt.skhcn@dongphunam.gov.vn."),
    ("CB", "PHỤ LỤC: PHÂN CÔNG NHIỆM VỤ TRỌNG TÂM"),
    ("C", "(Kèm theo Kế hoạch số 68/KH-UBND ngày 17/3/2025 của UBND tỉnh)"),
    ("T", [
        ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        ["1", "Ban hành kế hoạch cấp huyện", "UBND các huyện, thành phố", "Sở Khoa học và Công nghệ", "Hoàn thành trước ngày 15/4/2025"],
        ["2", "Thành lập đội hình thanh niên tình nguyện hỗ trợ kỹ năng số", "Tỉnh đoàn", "UBND cấp xã", "Hoàn thành trước ngày 30/4/2025"],
        ["3", "Vận hành nền tảng \"Học số Đồng Phú Nam\"", "Sở Khoa học và Công nghệ", "Viễn thông Đồng Phú Nam", "Hoàn thành trước ngày 31/5/2025"],
        ["4", "Cuộc thi \"Học sinh Đồng Phú Nam với chuyển đổi số\"", "Sở Giáo dục và Đào tạo", "Tỉnh đoàn; Sở Khoa học và Công nghệ", "Tổng kết trong tháng 6/2025"],
        ["5", "Bồi dưỡng kỹ năng số cho 1.480 cán bộ, công chức cấp xã", "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Hoàn thành trước ngày 30/9/2025"],
        ["6", "Đánh giá, công nhận mô hình \"Xã thông minh\", \"Trường học số\"", "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo; UBND các huyện, thành phố", "Thực hiện trong tháng 11/2025"],
        ["7", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch năm 2025", "Sở Khoa học và Công nghệ", "Các sở, ngành, địa phương", "Hoàn thành trước ngày 15/12/2025"],
    ]),
    ("P", "Nơi nhận:"),
    ("P", "- Bộ Khoa học và Công nghệ (để b/c);"),
    ("P", "- Thường trực Tỉnh ủy, Thường trực HĐND tỉnh (để b/c);"),
    ("P", "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;"),
    ("P", "- Các sở, ban, ngành tỉnh;"),
    ("P", "- UBND các huyện, thành phố;"),
    ("P", "- Lưu: VT, KGVX."),
    ("RB", "TM. ỦY BAN NHÂN DÂN"),
    ("RB", "KT. CHỦ TỊCH"),
    ("RB", "PHÓ CHỦ TỊCH"),
    ("R", "(đã ký)"),
    ("RB", "Lương Thế Khiêm"),
]


def _restart_numbering(doc, style_name="List Number"):
    """Create a new w:num (restarting at 1) on the abstract numbering of a list style."""
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    style = doc.styles[style_name]
    num_id = style.element.pPr.numPr.numId.val
    abstract_id = numbering.num_having_numId(num_id).abstractNumId.val
    new_num = numbering.add_num(abstract_id)
    new_num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return new_num.numId


def build_qo01(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    current_num = None
    for kind, text in QO01:
        if kind == "T":
            table = doc.add_table(rows=0, cols=len(text[0]))
            table.style = "Table Grid"
            for r, row in enumerate(text):
                cells = table.add_row().cells
                for c, val in enumerate(row):
                    cells[c].text = nfc(val)
                    if r == 0:
                        for run in cells[c].paragraphs[0].runs:
                            run.bold = True
            continue
        text = nfc(text)
        if kind in ("N", "N1"):
            p = doc.add_paragraph(text, style="List Number")
            if kind == "N1":
                current_num = _restart_numbering(doc)
            numPr = p._p.get_or_add_pPr().get_or_add_numPr()
            numPr.get_or_add_ilvl().val = 0
            numPr.get_or_add_numId().val = current_num
        elif kind == "B":
            doc.add_paragraph(text, style="List Bullet")
        elif kind == "H":
            p = doc.add_paragraph()
            p.add_run(text).bold = True
        else:
            p = doc.add_paragraph()
            run = p.add_run(text)
            if kind in ("CB", "RB"):
                run.bold = True
            if kind.startswith("C"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif kind.startswith("R"):
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(path)


# ---------------------------------------------------------------------------
# qo02 — Công văn, Sở GD&ĐT, .txt hard-wrapped (~74 chars), two-column header
# ---------------------------------------------------------------------------
QO02_HEAD = """\
SỞ GIÁO DỤC VÀ ĐÀO TẠO              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  TỈNH ĐỒNG PHÚ NAM                     Độc lập - Tự do - Hạnh phúc
  -----------------                    -----------------------------
Số: 512/SGDĐT-GDTrH              Đồng Phú Nam, ngày 02 tháng 4 năm 2025
V/v triển khai giáo dục kỹ năng số
và Cuộc thi "Học sinh Đồng Phú Nam
với chuyển đổi số" năm học 2024-2025

"""

QO02_BODY = [
    "Kính gửi:",
    "- Trưởng phòng Giáo dục và Đào tạo các huyện, thành phố;",
    "- Hiệu trưởng các trường trung học phổ thông, trường phổ thông dân tộc nội trú tỉnh;",
    "- Giám đốc các Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên.",
    "",
    "Thực hiện Kế hoạch số 68/KH-UBND ngày 17/3/2025 của Ủy ban nhân dân tỉnh về phổ cập kỹ năng số cho người dân và thúc đẩy đổi mới sáng tạo năm 2025, Sở Giáo dục và Đào tạo (GD&ĐT) đề nghị các đơn vị triển khai một số nội dung sau:",
    "",
    "1. Về giáo dục kỹ năng số trong nhà trường",
    "a) Lồng ghép nội dung kỹ năng số, an toàn thông tin vào môn Tin học, hoạt động trải nghiệm, hướng nghiệp và sinh hoạt dưới cờ; mỗi trường tổ chức ít nhất 04 chuyên đề mỗi học kỳ với các chủ đề: sử dụng VNeID, nhận diện tin giả và lừa đảo trực tuyến, bảo vệ dữ liệu cá nhân, sử dụng trí tuệ nhân tạo có trách nhiệm.",
    "b) Thành lập Câu lạc bộ \"Công dân số\" ở các trường trung học; mỗi câu lạc bộ có ít nhất 01 giáo viên Tin học phụ trách và sinh hoạt tối thiểu 02 lần mỗi tháng.",
    "c) Hướng dẫn học sinh cài đặt, sử dụng an toàn tài khoản định danh điện tử; phối hợp với Ban đại diện cha mẹ học sinh nhắc nhở học sinh không chia sẻ mã xác thực, mật khẩu cho người khác.",
    "",
    "2. Về Cuộc thi \"Học sinh Đồng Phú Nam với chuyển đổi số\"",
    "a) Đối tượng: học sinh đang học tại các trường trung học cơ sở (THCS), trung học phổ thông (THPT) và học viên cấp THPT tại các Trung tâm GDNN-GDTX trên địa bàn tỉnh.",
    "b) Hình thức: phần thi cá nhân làm bài trắc nghiệm trực tuyến 30 câu trong 20 phút trên nền tảng \"Học số Đồng Phú Nam\"; phần thi nhóm nộp sản phẩm số (ứng dụng, trang web, video, mô hình có lập trình), mỗi nhóm tối đa 03 học sinh và 01 giáo viên hướng dẫn.",
    "c) Thời gian: vòng cấp trường từ ngày 14/4/2025 đến ngày 30/4/2025; vòng cấp huyện do Phòng GD&ĐT tổ chức, hoàn thành trước ngày 20/5/2025; vòng chung khảo cấp tỉnh tổ chức ngày 14/6/2025 tại Trường THPT chuyên Đồng Phú Nam, thành phố Nghĩa Thông.",
    "d) Cơ cấu giải thưởng cấp tỉnh cho mỗi bảng (THCS, THPT): 03 giải nhất, mỗi giải 3.000.000 đồng; 06 giải nhì, mỗi giải 2.000.000 đồng; 09 giải ba, mỗi giải 1.500.000 đồng và 15 giải khuyến khích, mỗi giải 700.000 đồng. Sản phẩm nhóm xuất sắc nhất được giới thiệu tham dự Hội thi Sáng tạo kỹ thuật tỉnh.",
    "e) Mỗi Phòng GD&ĐT chọn không quá 08 sản phẩm nhóm; mỗi trường THPT, Trung tâm GDNN-GDTX chọn không quá 03 sản phẩm nhóm để dự vòng tỉnh.",
    "",
    "3. Trách nhiệm của các đơn vị",
    "a) Phòng GD&ĐT các huyện, thành phố có trách nhiệm chỉ đạo các trường THCS triển khai nội dung tại mục 1; tổ chức vòng cấp huyện; phối hợp với Huyện đoàn, Thành đoàn vận động học sinh tham gia.",
    "b) Hiệu trưởng các trường THPT, trường PT DTNT tỉnh và Giám đốc các Trung tâm GDNN-GDTX tổ chức vòng cấp trường, chọn sản phẩm dự thi; bố trí phòng máy tính kết nối Internet cho học sinh làm bài trực tuyến.",
    "c) Trường THPT chuyên Đồng Phú Nam chuẩn bị cơ sở vật chất, 02 phòng máy và hội trường phục vụ vòng chung khảo; hoàn thành trước ngày 10/6/2025.",
    "d) Giao Phòng Giáo dục Trung học (Sở GD&ĐT) chủ trì, phối hợp với Văn phòng Sở xây dựng ngân hàng câu hỏi, thành lập Ban Giám khảo và trình Giám đốc Sở phê duyệt danh sách đạt giải.",
    "đ) Đề nghị Sở Khoa học và Công nghệ hỗ trợ kỹ thuật vận hành phần thi trực tuyến trên nền tảng \"Học số Đồng Phú Nam\" và cử 02 chuyên gia tham gia Ban Giám khảo.",
    "",
    "4. Chế độ báo cáo",
    "Phòng GD&ĐT, các trường THPT và Trung tâm GDNN-GDTX gửi danh sách học sinh, sản phẩm dự thi vòng tỉnh (theo Mẫu 02 kèm theo) về Sở GD&ĐT qua Phòng Giáo dục Trung học trước ngày 25/5/2025; báo cáo kết quả giáo dục kỹ năng số học kỳ II năm học 2024-2025 trước ngày 10/6/2025 qua hệ thống quản lý văn bản và điều hành.",
    "Kinh phí tổ chức vòng tỉnh và giải thưởng chi từ nguồn kinh phí thực hiện Kế hoạch số 68/KH-UBND đã phân bổ cho Sở GD&ĐT; kinh phí vòng cấp huyện, cấp trường do đơn vị tự cân đối.",
    "Thông tin chi tiết liên hệ ông Hoàng Minh Trí, chuyên viên Phòng Giáo dục Trung học, điện thoại 0912.447.305, thư điện tử trihm.sgddt@dongphunam.edu.vn.",
    "Sở GD&ĐT đề nghị các đơn vị triển khai thực hiện nghiêm túc, hiệu quả./.",
]

QO02_TAIL = """
Nơi nhận:                                          KT. GIÁM ĐỐC
- Như trên;                                        PHÓ GIÁM ĐỐC
- UBND tỉnh (để b/c);
- Sở Khoa học và Công nghệ (để p/h);                  (đã ký)
- Tỉnh đoàn (để p/h);
- Giám đốc, các PGĐ Sở;
- Lưu: VT, GDTrH.                                 Đinh Thị Hải Yến
"""


def build_qo02(path):
    out = [QO02_HEAD]
    for para in QO02_BODY:
        if not para:
            out.append("\n")
            continue
        lines = textwrap.wrap(para, width=74, break_long_words=False,
                              break_on_hyphens=False)
        out.append("\n".join(lines) + "\n")
    out.append(QO02_TAIL)
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc("".join(out)))


# ---------------------------------------------------------------------------
# qo03 — Quyết định + Quy chế, UBND huyện, .pdf (fpdf2 + DejaVuSans)
# ---------------------------------------------------------------------------
QO03 = [
    ("L", "ỦY BAN NHÂN DÂN HUYỆN SƠN QUỲ"),
    ("L", "Số: 1427/QĐ-UBND"),
    ("CB", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("CB", "Độc lập - Tự do - Hạnh phúc"),
    ("R", "Sơn Quỳ, ngày 08 tháng 4 năm 2025"),
    ("CB", "QUYẾT ĐỊNH"),
    ("CB", "Về việc ban hành Quy chế Hội thi \"Sáng tạo kỹ thuật và ý tưởng khởi nghiệp đổi mới sáng tạo\" huyện Sơn Quỳ lần thứ III, năm 2025"),
    ("CB", "ỦY BAN NHÂN DÂN HUYỆN SƠN QUỲ"),
    ("P", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"),
    ("P", "Căn cứ Kế hoạch số 68/KH-UBND ngày 17/3/2025 của Ủy ban nhân dân tỉnh Đồng Phú Nam về phổ cập kỹ năng số cho người dân và thúc đẩy đổi mới sáng tạo năm 2025;"),
    ("P", "Căn cứ Kế hoạch số 35/KH-UBND ngày 28/3/2025 của Ủy ban nhân dân huyện Sơn Quỳ triển khai Kế hoạch số 68/KH-UBND của Ủy ban nhân dân tỉnh;"),
    ("P", "Theo đề nghị của Trưởng phòng Kinh tế và Hạ tầng tại Tờ trình số 96/TTr-KTHT ngày 03/4/2025."),
    ("CB", "QUYẾT ĐỊNH:"),
    ("P", "Điều 1. Ban hành kèm theo Quyết định này Quy chế Hội thi \"Sáng tạo kỹ thuật và ý tưởng khởi nghiệp đổi mới sáng tạo\" huyện Sơn Quỳ lần thứ III, năm 2025 (sau đây gọi tắt là Hội thi)."),
    ("P", "Điều 2. Giao Phòng Kinh tế và Hạ tầng là cơ quan thường trực Hội thi, chủ trì, phối hợp với Phòng Giáo dục và Đào tạo, Phòng Văn hóa và Thông tin, Huyện đoàn Sơn Quỳ tổ chức Hội thi theo đúng Quy chế. Phòng Tài chính - Kế hoạch thẩm định, tham mưu bố trí kinh phí tổ chức Hội thi là 185.000.000 đồng (Một trăm tám mươi lăm triệu đồng) từ nguồn sự nghiệp khoa học và công nghệ năm 2025 của huyện."),
    ("P", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng các phòng: Kinh tế và Hạ tầng, Tài chính - Kế hoạch, Giáo dục và Đào tạo, Văn hóa và Thông tin; Bí thư Huyện đoàn; Chủ tịch Ủy ban nhân dân các xã, thị trấn và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."),
    ("S", "Nơi nhận:"),
    ("S", "- Như Điều 3;"),
    ("S", "- Sở Khoa học và Công nghệ (b/c);"),
    ("S", "- TT Huyện ủy, TT HĐND huyện (b/c);"),
    ("S", "- CT, các PCT UBND huyện;"),
    ("S", "- Lưu: VT, KTHT."),
    ("RB", "TM. ỦY BAN NHÂN DÂN"),
    ("RB", "CHỦ TỊCH"),
    ("R", "(đã ký)"),
    ("RB", "Tạ Quang Huy"),
    ("CB", "QUY CHẾ"),
    ("CB", "Hội thi \"Sáng tạo kỹ thuật và ý tưởng khởi nghiệp đổi mới sáng tạo\" huyện Sơn Quỳ lần thứ III, năm 2025"),
    ("C", "(Ban hành kèm theo Quyết định số 1427/QĐ-UBND ngày 08/4/2025 của Ủy ban nhân dân huyện Sơn Quỳ)"),
    ("CB", "Chương I. QUY ĐỊNH CHUNG"),
    ("B", "Điều 1. Mục đích"),
    ("P", "Hội thi nhằm phát hiện, khuyến khích và tôn vinh các giải pháp kỹ thuật, ý tưởng khởi nghiệp có tính mới, có khả năng áp dụng vào sản xuất và đời sống trên địa bàn huyện; góp phần thực hiện phong trào thi đua đổi mới sáng tạo và chuyển đổi số của tỉnh."),
    ("B", "Điều 2. Đối tượng dự thi"),
    ("P", "1. Bảng A: cá nhân, nhóm tác giả từ đủ 18 tuổi trở lên đang cư trú, học tập hoặc làm việc trên địa bàn huyện Sơn Quỳ; mỗi nhóm không quá 05 tác giả."),
    ("P", "2. Bảng B: học sinh đang học tại các trường trung học cơ sở, trung học phổ thông trên địa bàn huyện; mỗi nhóm không quá 03 học sinh và có 01 giáo viên hướng dẫn."),
    ("P", "3. Thành viên Ban Tổ chức, Ban Giám khảo, Tổ Thư ký không được tham gia dự thi."),
    ("B", "Điều 3. Lĩnh vực dự thi"),
    ("P", "a) Nông nghiệp công nghệ cao, bảo quản và chế biến nông sản;"),
    ("P", "b) Chuyển đổi số, ứng dụng phần mềm, trí tuệ nhân tạo trong quản lý và dịch vụ;"),
    ("P", "c) Giáo dục, y tế, bảo vệ môi trường và ứng phó với biến đổi khí hậu;"),
    ("P", "d) Ý tưởng khởi nghiệp gắn với sản phẩm OCOP và du lịch cộng đồng."),
    ("CB", "Chương II. TỔ CHỨC HỘI THI"),
    ("B", "Điều 4. Hồ sơ dự thi"),
    ("P", "Hồ sơ gồm: phiếu đăng ký theo Mẫu 01; bản mô tả giải pháp hoặc ý tưởng không quá 10 trang khổ A4; video giới thiệu dài tối đa 05 phút (nếu có); giấy xác nhận đã áp dụng thử của cơ quan, đơn vị (đối với giải pháp đã triển khai). Mỗi giải pháp chỉ nộp một bộ hồ sơ; hồ sơ không trả lại."),
    ("B", "Điều 5. Thời gian, địa điểm nhận hồ sơ"),
    ("P", "1. Thời gian nhận hồ sơ: từ ngày 15/4/2025 đến 17 giờ 00 ngày 15/7/2025."),
    ("P", "2. Địa điểm: Phòng Kinh tế và Hạ tầng huyện Sơn Quỳ, tầng 2, nhà B, Trung tâm hành chính huyện, số 18 đường Trần Khánh Dư, thị trấn Sơn Quỳ; hoặc gửi bản điện tử qua thư điện tử hoithisangtao@sonquy.dongphunam.gov.vn."),
    ("P", "3. Chấm sơ khảo trong tháng 8/2025; chung khảo và trao giải dự kiến ngày 20/9/2025 tại Nhà văn hóa trung tâm huyện, trong khuôn khổ Ngày hội khởi nghiệp huyện Sơn Quỳ."),
    ("B", "Điều 6. Ban Tổ chức và Ban Giám khảo"),
    ("P", "1. Ban Tổ chức do Phó Chủ tịch Ủy ban nhân dân huyện phụ trách lĩnh vực văn hóa - xã hội làm Trưởng ban; Trưởng phòng Kinh tế và Hạ tầng làm Phó Trưởng ban thường trực."),
    ("P", "2. Ban Giám khảo gồm 07 thành viên là cán bộ quản lý, nhà khoa học, chuyên gia trong và ngoài huyện, trong đó có ít nhất 02 thành viên do Sở Khoa học và Công nghệ giới thiệu."),
    ("B", "Điều 7. Tiêu chí chấm điểm"),
    ("P", "Thang điểm 100, gồm: tính mới, tính sáng tạo 30 điểm; khả năng áp dụng 30 điểm; hiệu quả kinh tế - xã hội 30 điểm; chất lượng hồ sơ và trình bày 10 điểm. Giải pháp đạt dưới 50 điểm không được xét giải."),
    ("CB", "Chương III. GIẢI THƯỞNG VÀ QUYỀN LỢI"),
    ("B", "Điều 8. Cơ cấu giải thưởng"),
    ("P", "1. Bảng A: 01 giải nhất trị giá 15.000.000 đồng; 02 giải nhì, mỗi giải 10.000.000 đồng; 03 giải ba, mỗi giải 6.000.000 đồng; 05 giải khuyến khích, mỗi giải 2.000.000 đồng."),
    ("P", "2. Bảng B: 01 giải nhất trị giá 5.000.000 đồng; 02 giải nhì, mỗi giải 3.000.000 đồng; 03 giải ba, mỗi giải 2.000.000 đồng."),
    ("P", "3. Căn cứ chất lượng, Ban Tổ chức có thể điều chỉnh số lượng giải giữa các bảng nhưng không vượt tổng giá trị giải thưởng."),
    ("P", "4. Giải pháp đạt giải nhất, giải nhì Bảng A được giới thiệu tham dự Hội thi Sáng tạo kỹ thuật tỉnh Đồng Phú Nam lần thứ IX."),
    ("B", "Điều 9. Quyền sở hữu trí tuệ"),
    ("P", "Tác giả chịu trách nhiệm về bản quyền giải pháp dự thi. Ban Tổ chức được sử dụng nội dung giải pháp đạt giải để tuyên truyền; Phòng Kinh tế và Hạ tầng hướng dẫn tác giả làm thủ tục đăng ký bảo hộ khi có nhu cầu."),
    ("CB", "Chương IV. TỔ CHỨC THỰC HIỆN"),
    ("B", "Điều 10. Trách nhiệm của các cơ quan, đơn vị"),
    ("P", "1. Phòng Kinh tế và Hạ tầng: xây dựng thể lệ chi tiết, biểu mẫu; tiếp nhận hồ sơ; tổng hợp danh sách trình Ban Tổ chức trước ngày 31/7/2025; lập dự toán kinh phí gửi Phòng Tài chính - Kế hoạch trước ngày 25/4/2025."),
    ("P", "2. Phòng Giáo dục và Đào tạo chỉ đạo các trường THCS, THPT trên địa bàn phát động học sinh tham gia Bảng B; mỗi trường THCS có ít nhất 01 sản phẩm dự thi."),
    ("P", "3. Phòng Văn hóa và Thông tin, Trung tâm Văn hóa, Thông tin và Thể thao huyện tuyên truyền về Hội thi trên Cổng thông tin điện tử huyện, hệ thống truyền thanh và mạng xã hội; đưa tin lễ trao giải."),
    ("P", "4. Ủy ban nhân dân các xã, thị trấn tuyên truyền, vận động cán bộ, nhân dân tham gia; mỗi xã, thị trấn có ít nhất 02 giải pháp dự thi."),
    ("P", "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Huyện đoàn, Hội Nông dân huyện, Hội Liên hiệp Phụ nữ huyện vận động đoàn viên, hội viên tham gia Hội thi."),
    ("P", "Thông tin liên hệ: ông Lê Quang Vinh, Phó Trưởng phòng Kinh tế và Hạ tầng, điện thoại 0978.215.634."),
]


def build_qo03(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    for kind, text in QO03:
        text = nfc(text)
        if kind == "PAGE":
            pdf.add_page()
            continue
        bold = kind in ("CB", "RB", "B")
        pdf.set_font("DejaVu", "B" if bold else "", 10.5)
        align = "L"
        if kind.startswith("C"):
            align = "C"
        elif kind.startswith("R"):
            align = "R"
        h = 5.4
        pdf.multi_cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
        if kind == "P":
            pdf.ln(0.8)
    pdf.output(path)


# ---------------------------------------------------------------------------
# qo04 — Thông báo kết luận, Huyện ủy, .md with a Markdown table
# ---------------------------------------------------------------------------
QO04 = """\
ĐẢNG BỘ TỈNH ĐỒNG PHÚ NAM                         ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY SƠN QUỲ
Số 214-TB/HU                             Sơn Quỳ, ngày 22 tháng 4 năm 2025

# THÔNG BÁO

## Kết luận của Thường trực Huyện ủy tại cuộc họp về công tác khoa giáo, chuyển đổi số quý II năm 2025

Ngày 18/4/2025, tại Phòng họp số 2, Huyện ủy, đồng chí Nguyễn Hữu Đạt, Bí thư Huyện ủy chủ trì cuộc họp nghe báo cáo tình hình triển khai công tác khoa giáo, chuyển đổi số quý I và nhiệm vụ quý II năm 2025. Dự cuộc họp có các đồng chí trong Ban Thường vụ Huyện ủy; lãnh đạo Ban Tuyên giáo Huyện ủy, Văn phòng Huyện ủy, Trung tâm Chính trị huyện; lãnh đạo Ủy ban nhân dân huyện và các phòng: Kinh tế và Hạ tầng, Giáo dục và Đào tạo, Văn hóa và Thông tin; Huyện đoàn và bí thư đảng ủy các xã, thị trấn.

Sau khi nghe Ban Tuyên giáo Huyện ủy báo cáo và ý kiến của các đại biểu, đồng chí Bí thư Huyện ủy kết luận như sau:

### 1. Đánh giá chung

Quý I/2025, các cấp ủy, chính quyền đã triển khai kịp thời Kế hoạch số 35/KH-UBND ngày 28/3/2025 của UBND huyện; toàn huyện đã thành lập Tổ công nghệ số cộng đồng ở 112/118 thôn, tổ dân phố; mở 63 lớp "Bình dân học vụ số" với 1.954 học viên; tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình đạt 47,3%. Xã Phúc Điền là đơn vị dẫn đầu với 14 lớp và 6/6 thôn có Tổ công nghệ số cộng đồng.

Tuy nhiên, còn 06 thôn thuộc các xã Cổ Loan, Thượng Quỳ và Liên Hạnh chưa thành lập Tổ công nghệ số cộng đồng; tỷ lệ dịch vụ công trực tuyến toàn trình còn thấp so với chỉ tiêu 60% của tỉnh; một số cấp ủy chưa quan tâm tuyên truyền, phổ biến về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo.

### 2. Nhiệm vụ trọng tâm quý II năm 2025

2.1. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Phòng Văn hóa và Thông tin biên soạn tài liệu hỏi - đáp về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số phát đến 100% chi bộ; hoàn thành trước ngày 10/5/2025.

2.2. Đảng ủy các xã Cổ Loan, Thượng Quỳ, Liên Hạnh lãnh đạo hoàn thành việc thành lập Tổ công nghệ số cộng đồng tại 06 thôn còn lại trước ngày 15/5/2025; bí thư chi bộ thôn trực tiếp làm tổ trưởng nơi chưa có nhân sự phù hợp.

2.3. Giao Ủy ban nhân dân huyện chỉ đạo Phòng Kinh tế và Hạ tầng tổ chức Hội thi "Sáng tạo kỹ thuật và ý tưởng khởi nghiệp đổi mới sáng tạo" lần thứ III theo Quyết định số 1427/QĐ-UBND ngày 08/4/2025; phấn đấu có ít nhất 40 giải pháp dự thi.

2.4. Phòng Giáo dục và Đào tạo chỉ đạo 100% trường THCS tham gia Cuộc thi "Học sinh Đồng Phú Nam với chuyển đổi số" theo Công văn số 512/SGDĐT-GDTrH của Sở Giáo dục và Đào tạo; mỗi trường thành lập Câu lạc bộ "Công dân số".

2.5. Trung tâm Chính trị huyện mở 02 lớp bồi dưỡng kỹ năng số cho 140 bí thư, phó bí thư chi bộ trong tháng 6/2025.

2.6. Các phòng, ban, ngành, Mặt trận và đoàn thể huyện tăng cường ứng dụng phần mềm quản lý văn bản, chữ ký số; 100% văn bản đi (trừ văn bản mật) được ký số và gửi trên môi trường mạng từ ngày 01/5/2025.

2.7. Huyện đoàn duy trì đội hình "Thanh niên tình nguyện hỗ trợ kỹ năng số" tại các xã, thị trấn; tổ chức "Ngày Chủ nhật số" vào Chủ nhật tuần thứ hai hằng tháng.

2.8. Văn phòng Huyện ủy theo dõi, đôn đốc; tổng hợp kết quả báo cáo Thường trực Huyện ủy trước ngày 25/6/2025.

### 3. Lịch kiểm tra, giám sát

| Thời gian | Đơn vị được kiểm tra | Trưởng đoàn | Cơ quan chuẩn bị |
|---|---|---|---|
| 08 giờ 00 ngày 13/5/2025 | Đảng ủy xã Cổ Loan | đồng chí Nguyễn Hữu Đạt, Bí thư Huyện ủy | Văn phòng Huyện ủy |
| 14 giờ 00 ngày 13/5/2025 | Đảng ủy xã Liên Hạnh | đồng chí Hà Thị Thu Trang, Trưởng Ban Tuyên giáo Huyện ủy | Ban Tuyên giáo Huyện ủy |
| 08 giờ 00 ngày 20/5/2025 | Đảng ủy xã Thượng Quỳ | đồng chí Phạm Công Tuấn, Phó Chủ tịch UBND huyện | Phòng Kinh tế và Hạ tầng |
| 08 giờ 00 ngày 03/6/2025 | Phòng Giáo dục và Đào tạo | đồng chí Hà Thị Thu Trang, Trưởng Ban Tuyên giáo Huyện ủy | Ban Tuyên giáo Huyện ủy |
| 14 giờ 00 ngày 10/6/2025 | Đảng ủy thị trấn Sơn Quỳ | đồng chí Phạm Công Tuấn, Phó Chủ tịch UBND huyện | Văn phòng HĐND và UBND huyện |

Đơn vị được kiểm tra chuẩn bị báo cáo bằng văn bản, gửi Văn phòng Huyện ủy trước ngày làm việc ít nhất 03 ngày. Cuộc họp giao ban công tác khoa giáo quý III dự kiến tổ chức vào tuần thứ hai của tháng 7/2025.

Văn phòng Huyện ủy thông báo để các cơ quan, đơn vị biết, thực hiện.

**Nơi nhận:**
- Ban Tuyên giáo Tỉnh ủy (để b/c);
- Các đồng chí Huyện ủy viên;
- Các chi, đảng bộ trực thuộc;
- Các cơ quan tham mưu, giúp việc Huyện ủy;
- Lưu Văn phòng Huyện ủy.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG
(đã ký)
Bùi Thị Lan Phương
"""

# ---------------------------------------------------------------------------
# qo05 — Báo cáo, UBND xã, .txt (plain lines) with a Markdown results table
# ---------------------------------------------------------------------------
QO05 = """\
ỦY BAN NHÂN DÂN
XÃ PHÚC ĐIỀN
Số: 27/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Phúc Điền, ngày 31 tháng 3 năm 2025

BÁO CÁO
Kết quả triển khai phong trào "Bình dân học vụ số" và hoạt động Tổ công nghệ số cộng đồng quý I năm 2025

Kính gửi: Ủy ban nhân dân huyện Sơn Quỳ (qua Phòng Văn hóa và Thông tin).

Thực hiện Kế hoạch số 68/KH-UBND ngày 17/3/2025 của Ủy ban nhân dân tỉnh và Kế hoạch số 35/KH-UBND ngày 28/3/2025 của Ủy ban nhân dân huyện Sơn Quỳ; trên cơ sở Kế hoạch số 09/KH-UBND ngày 24/02/2025 của Ủy ban nhân dân xã về chuyển đổi số năm 2025, Ủy ban nhân dân xã Phúc Điền báo cáo kết quả quý I năm 2025 như sau:

I. KẾT QUẢ THỰC HIỆN

1. Công tác chỉ đạo, tuyên truyền
Ủy ban nhân dân xã đã kiện toàn Ban Chỉ đạo chuyển đổi số xã do đồng chí Chủ tịch Ủy ban nhân dân xã làm Trưởng ban (Quyết định số 41/QĐ-UBND ngày 03/3/2025). Đài truyền thanh xã phát 26 bản tin về kỹ năng số; Đoàn Thanh niên xã lập nhóm Zalo "Phúc Điền số" với 1.318 thành viên.

2. Tổ công nghệ số cộng đồng
100% thôn (6/6 thôn) đã thành lập Tổ công nghệ số cộng đồng với tổng số 41 thành viên, trong đó 17 thành viên là đoàn viên thanh niên. Các tổ đã hỗ trợ 2.146 lượt người dân cài đặt, kích hoạt tài khoản định danh điện tử và nộp hồ sơ trực tuyến.

3. Lớp "Bình dân học vụ số"
Trong quý I, xã mở 14 lớp với 436 học viên tham gia, trong đó 392 học viên hoàn thành khóa học (đạt 89,9%). Kết quả cụ thể từng thôn như sau:

| TT | Thôn | Số lớp | Số học viên | Hoàn thành | Thành viên Tổ CNSCĐ |
|---|---|---|---|---|---|
| 1 | Thôn Đồng Chùa | 3 | 98 | 91 | 8 |
| 2 | Thôn Bãi Sậy | 2 | 57 | 44 | 6 |
| 3 | Thôn Hạ Vàng | 2 | 61 | 55 | 7 |
| 4 | Thôn Gốc Gạo | 3 | 92 | 85 | 7 |
| 5 | Thôn Trung Hậu | 2 | 64 | 58 | 6 |
| 6 | Thôn Cầu Mới | 2 | 64 | 59 | 7 |
|   | Cộng | 14 | 436 | 392 | 41 |

4. Dịch vụ công trực tuyến và định danh điện tử
Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình của xã đạt 52,6%, tăng 21,2 điểm phần trăm so với quý IV/2024 (31,4%). Có 5.212/6.940 người từ đủ 14 tuổi trở lên đã kích hoạt tài khoản định danh điện tử mức 2 (đạt 75,1%).

5. Kinh phí
Tổng kinh phí thực hiện trong quý I là 38.500.000 đồng, trong đó ngân sách xã 24.000.000 đồng, doanh nghiệp viễn thông hỗ trợ 14.500.000 đồng (chủ yếu in tài liệu, thuê đường truyền và nước uống cho học viên).

II. TỒN TẠI, HẠN CHẾ
- Thôn Bãi Sậy còn 2 xóm sóng di động yếu, tỷ lệ học viên hoàn thành thấp nhất xã (77,2%).
- Khoảng 27% học viên trên 60 tuổi chưa có điện thoại thông minh, phải thực hành trên máy của Tổ công nghệ số cộng đồng.
- Xã chưa có mô hình "Trường học số"; Trường THCS Phúc Điền chỉ có 01 giáo viên Tin học.

III. NHIỆM VỤ QUÝ II NĂM 2025
1. Công chức Văn hóa - xã hội chủ trì, phối hợp với Tổ công nghệ số cộng đồng các thôn mở thêm 06 lớp, ưu tiên thôn Bãi Sậy và thôn Hạ Vàng; hoàn thành trước ngày 30/6/2025.
2. Đoàn Thanh niên xã tổ chức "Ngày Chủ nhật số" hằng tháng tại Nhà văn hóa xã; phấn đấu tỷ lệ dịch vụ công trực tuyến toàn trình đạt 60% vào cuối quý II.
3. Trường THCS Phúc Điền thành lập Câu lạc bộ "Công dân số" và chọn ít nhất 01 sản phẩm nhóm tham dự Cuộc thi "Học sinh Đồng Phú Nam với chuyển đổi số".
4. Hội Khuyến học xã phối hợp với Hội Người cao tuổi xã vận động hội viên trên 60 tuổi tham gia học tập; xét tặng danh hiệu "Gia đình học tập số" cho ít nhất 30 hộ trong năm 2025.
5. Công an xã tiếp tục hỗ trợ kích hoạt tài khoản định danh điện tử mức 2, phấn đấu đạt 85% trước ngày 30/6/2025.

IV. ĐỀ XUẤT, KIẾN NGHỊ
1. Đề nghị Ủy ban nhân dân huyện hỗ trợ xã 20 máy tính bảng phục vụ các lớp "Bình dân học vụ số" và bổ sung 01 biên chế giáo viên Tin học cho Trường THCS Phúc Điền.
2. Đề nghị Viễn thông Sơn Quỳ khảo sát, lắp đặt trạm phát sóng tại thôn Bãi Sậy trong quý II năm 2025.

Đầu mối liên hệ: bà Trần Thị Bích Ngân, công chức Văn hóa - xã hội xã, điện thoại 0367.508.219.

Trên đây là báo cáo kết quả quý I năm 2025 của Ủy ban nhân dân xã Phúc Điền./.

Nơi nhận:
- Như trên;
- Phòng Kinh tế và Hạ tầng huyện;
- TT Đảng ủy, TT HĐND xã;
- Lưu: VT, VHXH.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(đã ký)
Đỗ Văn Sáng
"""

FILES = {
    "qo01_kh_kynangso.docx": build_qo01,
    "qo02_cv_cuocthi.txt": build_qo02,
    "qo03_qd_hoithi.pdf": build_qo03,
}


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for name, fn in FILES.items():
        fn(os.path.join(CORPUS, name))
    for name, text in (("qo04_tb_ketluan.md", QO04), ("qo05_bc_phucdien.txt", QO05)):
        with open(os.path.join(CORPUS, name), "w", encoding="utf-8") as f:
            f.write(nfc(text))
    print("built", sorted(os.listdir(CORPUS)))


if __name__ == "__main__":
    main()
