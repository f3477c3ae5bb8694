# -*- coding: utf-8 -*-
"""Build the blind61 corpus (5 documents) from text held in this file.

Run:  /work/main/.venv/bin/python build_rl.py
Writes corpus/rl01..rl05 (.docx, .txt, .pdf, .txt, .md).  All content is invented
(tỉnh Quế Sơn Bắc, huyện Sông Nhạn).  questions.jsonl / who_what.jsonl are written by
make_questions.py.
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
# rl01 - Kế hoạch, UBND huyện (docx: List Number/List Bullet, task table, budget)
# ---------------------------------------------------------------------------
RL01_HEADER_LEFT = ["UỶ BAN NHÂN DÂN", "HUYỆN SÔNG NHẠN", "Số: 23/KH-UBND"]
RL01_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Sông Nhạn, ngày 26 tháng 01 năm 2026"]
RL01_TITLE = ["KẾ HOẠCH",
              "Phát triển văn hóa đọc, nâng cao hiệu quả hoạt động thư viện, tủ sách cơ sở, "
              "Trung tâm học tập cộng đồng và phổ cập kỹ năng số cho người dân "
              "huyện Sông Nhạn năm 2026"]
# (style, text) ; style None = Normal ; "H" = bold heading paragraph
RL01_BODY_1 = [
    (None, "Căn cứ Kế hoạch số 118/KH-UBND ngày 30/12/2025 của Uỷ ban nhân dân tỉnh Quế Sơn Bắc "
           "về phát triển văn hóa đọc trên địa bàn tỉnh giai đoạn 2026 - 2030; Quyết định số "
           "46/QĐ-SVHTTDL ngày 12/01/2026 của Sở Văn hóa, Thể thao và Du lịch ban hành Thể lệ "
           "Cuộc thi \"Sách mở lối quê hương\" tỉnh Quế Sơn Bắc năm 2026;"),
    (None, "Trên cơ sở Báo cáo số 87/BC-TTVHTT ngày 15/12/2025 của Trung tâm Văn hóa - Thể thao "
           "huyện về kết quả hoạt động thư viện, tủ sách cơ sở năm 2025, Uỷ ban nhân dân huyện "
           "Sông Nhạn ban hành Kế hoạch thực hiện năm 2026 như sau:"),
    ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("List Bullet", "Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về vai trò của sách và "
                    "thói quen đọc; từng bước hình thành môi trường đọc thân thiện tại gia đình, "
                    "nhà trường, thôn, bản."),
    ("List Bullet", "Gắn phát triển văn hóa đọc với phổ cập kỹ năng số, giúp người dân biết tìm "
                    "kiếm thông tin, sử dụng dịch vụ công trực tuyến và nhận diện tin giả trên mạng."),
    ("H", "II. CHỈ TIÊU NĂM 2026"),
    ("List Number", "Duy trì 10/10 Trung tâm học tập cộng đồng hoạt động thường xuyên; mỗi Trung "
                    "tâm mở tối thiểu 12 lớp chuyên đề trong năm."),
    ("List Number", "Nâng tổng số tủ sách thôn, bản lên 72 tủ (tăng 8 tủ so với năm 2025); mỗi tủ "
                    "có tối thiểu 300 bản sách."),
    ("List Number", "Thư viện huyện phục vụ 20.000 lượt bạn đọc, cấp mới 1.200 thẻ bạn đọc; luân "
                    "chuyển 8.000 bản sách xuống cơ sở."),
    ("List Number", "Hướng dẫn kỹ năng số cơ bản cho 3.500 người dân, trong đó tối thiểu 40% là "
                    "phụ nữ và người dân tộc thiểu số."),
    ("List Number", "Xây dựng 10 điểm mô hình \"Tủ sách - Điểm hỗ trợ số\" tại thôn, bản (mỗi xã, "
                    "thị trấn 01 điểm)."),
    ("List Number", "Số hóa 3.000 trang tài liệu địa chí về lịch sử, văn hóa huyện Sông Nhạn và "
                    "công bố trên trang thông tin điện tử của huyện."),
    ("H", "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU"),
    ("List Number 2", "Đẩy mạnh tuyên truyền về văn hóa đọc trên Đài Truyền thanh huyện, loa "
                      "truyền thanh cơ sở và các nhóm Zalo của thôn, bản."),
    ("List Number 2", "Củng cố mạng lưới tủ sách thôn, bản: rà soát, bố trí người phụ trách; xây "
                      "dựng nội quy mượn, trả sách; ưu tiên sách về kiến thức nông nghiệp, pháp "
                      "luật, chăm sóc sức khỏe và sách thiếu nhi."),
    ("List Number 2", "Nâng cao chất lượng hoạt động Trung tâm học tập cộng đồng, đổi mới nội dung "
                      "lớp chuyên đề theo nhu cầu người học."),
    ("List Number 2", "Phổ cập kỹ năng số: phát huy Tổ công nghệ số cộng đồng ở thôn, bản; hướng "
                      "dẫn người dân cài đặt, sử dụng VNeID, thanh toán không dùng tiền mặt, tra cứu "
                      "sách điện tử."),
    ("List Number 2", "Ứng dụng công nghệ thông tin trong thư viện: hoàn thành phần mềm quản lý thư "
                      "viện, thẻ bạn đọc có mã QR; phát triển bộ sưu tập số tài liệu địa chí."),
    ("List Number 2", "Tổ chức vòng sơ khảo cấp huyện Cuộc thi \"Sách mở lối quê hương\" năm 2026, "
                      "lựa chọn bài dự thi tiêu biểu gửi Thư viện tỉnh theo Thể lệ."),
    ("H", "IV. KINH PHÍ THỰC HIỆN"),
    (None, "Tổng kinh phí thực hiện Kế hoạch năm 2026 là 612 triệu đồng (Sáu trăm mười hai triệu "
           "đồng), trong đó ngân sách huyện 582 triệu đồng, nguồn xã hội hóa 30 triệu đồng. Chi tiết "
           "như sau:"),
]
RL01_BUDGET = [
    ["TT", "Nội dung chi", "Kinh phí (triệu đồng)", "Nguồn"],
    ["1", "Bổ sung sách cho Thư viện huyện và tủ sách thôn, bản", "180", "Ngân sách huyện"],
    ["2", "Mua 12 bộ máy tính cho Trung tâm học tập cộng đồng", "168", "Ngân sách huyện"],
    ["3", "Tập huấn kỹ năng số, quản lý tủ sách cho cơ sở", "74", "Ngân sách huyện"],
    ["4", "Hỗ trợ 10 điểm mô hình \"Tủ sách - Điểm hỗ trợ số\" (6 triệu đồng/điểm)", "60",
     "Ngân sách huyện"],
    ["5", "Ngày Sách và Văn hóa đọc Việt Nam năm 2026", "45", "Ngân sách huyện"],
    ["6", "Sơ khảo cấp huyện Cuộc thi \"Sách mở lối quê hương\"", "25", "Ngân sách huyện"],
    ["7", "Số hóa tài liệu địa chí", "30", "Ngân sách huyện"],
    ["8", "Quyên góp sách, giá kệ cho tủ sách thôn, bản", "30", "Xã hội hóa"],
    ["", "Tổng cộng", "612", ""],
]
RL01_BODY_2 = [
    ("H", "V. TỔ CHỨC THỰC HIỆN"),
    (None, "1. Phòng Văn hóa và Thông tin: Là cơ quan thường trực, chủ trì tham mưu Uỷ ban nhân dân "
           "huyện triển khai Kế hoạch; hướng dẫn các xã, thị trấn xây dựng điểm mô hình \"Tủ sách - "
           "Điểm hỗ trợ số\"; tổng hợp báo cáo kết quả 6 tháng trước ngày 15/6/2026 và báo cáo năm "
           "trước ngày 10/12/2026."),
    (None, "2. Trung tâm Văn hóa - Thể thao huyện: Chủ trì tổ chức Ngày Sách và Văn hóa đọc Việt Nam "
           "tại sân Nhà Văn hóa huyện vào ngày 21/4/2026; thực hiện luân chuyển sách định kỳ hằng "
           "quý xuống tủ sách thôn, bản; duy trì xe thư viện lưu động phục vụ các trường học vùng "
           "khó khăn."),
    (None, "3. Phòng Giáo dục và Đào tạo: Hướng dẫn các trường tiểu học, trung học cơ sở phát triển "
           "thư viện trường học, tổ chức giờ đọc sách tối thiểu 01 tiết/tuần; động viên học sinh THCS "
           "tham gia Bảng A Cuộc thi \"Sách mở lối quê hương\"."),
    (None, "4. Phòng Tài chính - Kế hoạch: Thẩm định, tham mưu bố trí 582 triệu đồng từ ngân sách "
           "huyện trước ngày 28/02/2026; hướng dẫn thanh toán, quyết toán theo quy định."),
    (None, "5. Đề nghị Uỷ ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội huyện lồng ghép "
           "tuyên truyền về văn hóa đọc trong sinh hoạt của hội viên, đoàn viên; nhân rộng mô hình "
           "\"Gia đình đọc sách\"."),
    (None, "6. Hội khuyến học huyện có trách nhiệm phối hợp với các Trung tâm học tập cộng đồng tổ "
           "chức lớp chuyên đề, phát động quyên góp sách với mục tiêu 5.000 bản trong năm 2026."),
    (None, "7. Huyện đoàn: Thành lập 10 đội thanh niên tình nguyện hỗ trợ người dân sử dụng dịch vụ "
           "công trực tuyến và ứng dụng VNeID tại các điểm mô hình."),
    (None, "8. Uỷ ban nhân dân các xã, thị trấn: Bố trí công chức phụ trách tủ sách, Trung tâm học "
           "tập cộng đồng; lựa chọn 01 thôn, bản làm điểm mô hình; báo cáo kết quả định kỳ hằng quý "
           "trước ngày 20 của tháng cuối quý về Phòng Văn hóa và Thông tin."),
    (None, "9. Các phòng, ban, ngành, Mặt trận và đoàn thể huyện căn cứ chức năng, nhiệm vụ lồng ghép "
           "nội dung phát triển văn hóa đọc vào chương trình công tác năm 2026 của đơn vị."),
    ("H", "PHỤ LỤC: DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026"),
]
RL01_TASKS = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Tập huấn quản lý tủ sách và kỹ năng số cơ bản cho cơ sở", "Phòng Văn hóa và Thông tin",
     "UBND các xã, thị trấn", "Tháng 3/2026"],
    ["2", "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2026", "Trung tâm Văn hóa - Thể thao huyện",
     "Phòng Giáo dục và Đào tạo; Huyện đoàn", "21/4/2026"],
    ["3", "Mua sắm, lắp đặt 12 bộ máy tính cho Trung tâm học tập cộng đồng",
     "Phòng Văn hóa và Thông tin", "Phòng Tài chính - Kế hoạch; UBND các xã", "Trước 30/6/2026"],
    ["4", "Sơ khảo cấp huyện Cuộc thi \"Sách mở lối quê hương\"", "Phòng Văn hóa và Thông tin",
     "Phòng Giáo dục và Đào tạo", "Trước 20/6/2026"],
    ["5", "Số hóa 3.000 trang tài liệu địa chí", "Trung tâm Văn hóa - Thể thao huyện",
     "Văn phòng HĐND và UBND huyện", "Trước 30/11/2026"],
    ["6", "Quyên góp 5.000 bản sách cho tủ sách thôn, bản", "Hội khuyến học huyện",
     "Uỷ ban MTTQ Việt Nam huyện", "Trước 31/10/2026"],
]
RL01_BODY_3 = [
    (None, "Đầu mối liên hệ: ông Phạm Công Khởi, Phó Trưởng phòng Văn hóa và Thông tin huyện, điện "
           "thoại 0975 312 648, thư điện tử khoipc@songnhan.quesonbac.gov.vn."),
    (None, "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./."),
]
RL01_SIGN = ["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Đinh Thị Mận"]
RL01_NOINHAN = ["Nơi nhận:", "- Sở Văn hóa, Thể thao và Du lịch tỉnh (b/c);",
                "- Thường trực Huyện ủy, HĐND huyện (b/c);", "- Chủ tịch, các PCT UBND huyện;",
                "- Các cơ quan, đơn vị tại Mục V;", "- UBND các xã, thị trấn;", "- Lưu: VT, VHTT."]


def build_rl01(path):
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
    # header as a borderless 2-column table (how Word users lay it out)
    ht = doc.add_table(rows=1, cols=2)
    for cell, lines in ((ht.rows[0].cells[0], RL01_HEADER_LEFT), (ht.rows[0].cells[1], RL01_HEADER_RIGHT)):
        cell.paragraphs[0].text = nfc(lines[0])
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for ln in lines[1:]:
            p = cell.add_paragraph(nfc(ln))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, t in enumerate(RL01_TITLE):
        p = doc.add_paragraph()
        r = p.add_run(nfc(t))
        r.bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def body(items):
        for style, text in items:
            if style == "H":
                p = doc.add_paragraph()
                p.add_run(nfc(text)).bold = True
            elif style is None:
                doc.add_paragraph(nfc(text))
            else:
                doc.add_paragraph(nfc(text), style=style)

    def table(rows):
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                t.rows[i].cells[j].text = nfc(val)
                if i == 0:
                    for r in t.rows[i].cells[j].paragraphs[0].runs:
                        r.bold = True

    body(RL01_BODY_1)
    table(RL01_BUDGET)
    body(RL01_BODY_2)
    table(RL01_TASKS)
    body(RL01_BODY_3)
    ft = doc.add_table(rows=1, cols=2)
    left, right = ft.rows[0].cells
    left.paragraphs[0].text = nfc(RL01_NOINHAN[0])
    for ln in RL01_NOINHAN[1:]:
        left.add_paragraph(nfc(ln))
    right.paragraphs[0].text = nfc(RL01_SIGN[0])
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for ln in RL01_SIGN[1:]:
        p = right.add_paragraph(nfc(ln))
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(path)


# ---------------------------------------------------------------------------
# rl02 - Biên bản, UBND xã (.txt hard-wrapped as if copied from a PDF)
# ---------------------------------------------------------------------------
RL02_HEAD = """UBND HUYỆN SÔNG NHẠN
UỶ BAN NHÂN DÂN XÃ CHIÊM LỄ
Số: 04/BB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Chiêm Lễ, ngày 24 tháng 02 năm 2026

BIÊN BẢN
"""
RL02_PARAS = [
    "Cuộc họp triển khai mô hình \"Tủ sách - Điểm hỗ trợ số\" và kế hoạch hoạt động của Trung tâm "
    "học tập cộng đồng xã năm 2026",
    "",
    "Hôm nay, vào hồi 14 giờ 00 phút ngày 24 tháng 02 năm 2026, tại phòng họp tầng 2 trụ sở Uỷ ban "
    "nhân dân xã Chiêm Lễ, huyện Sông Nhạn, tỉnh Quế Sơn Bắc, Uỷ ban nhân dân xã tổ chức cuộc họp "
    "triển khai Công văn số 61/VHTT ngày 09/02/2026 của Phòng Văn hóa và Thông tin huyện và Kế "
    "hoạch số 23/KH-UBND ngày 26/01/2026 của Uỷ ban nhân dân huyện.",
    "",
    "I. THÀNH PHẦN THAM DỰ",
    "1. Chủ trì: ông Vi Văn Sình, Phó Chủ tịch Uỷ ban nhân dân xã, kiêm Giám đốc Trung tâm học tập "
    "cộng đồng xã.",
    "2. Thư ký: bà Lục Thị Hoa, công chức Văn hóa - Xã hội xã.",
    "3. Thành phần dự họp: bà Nguyễn Thị Hạnh, Phó Giám đốc Trung tâm học tập cộng đồng xã; ông Mã "
    "Văn Cường, Chủ tịch Hội khuyến học xã; anh Hứa Đức Tâm, Bí thư Đoàn xã; ông Triệu Quang Vinh, "
    "Hiệu trưởng Trường THCS Chiêm Lễ; bà Đàm Thị Nguyệt, Chủ tịch Hội Liên hiệp Phụ nữ xã; trưởng "
    "06/07 thôn (Nà Chiêng, Pác Hoa, Khuổi Lìn, Chợ Cũ, Bó Rằng, Lũng Mần).",
    "4. Vắng mặt: ông Nông Văn Pảo, Trưởng thôn Cốc Pái (có lý do).",
    "",
    "II. NỘI DUNG CUỘC HỌP",
    "1. Bà Lục Thị Hoa quán triệt các nội dung chính của Công văn số 61/VHTT, trong đó lưu ý: danh "
    "sách điểm mô hình phải gửi Phòng Văn hóa và Thông tin trước ngày 28/02/2026; mỗi xã cử 02 học "
    "viên dự lớp tập huấn ngày 10 - 11/3/2026 tại huyện; mỗi điểm mô hình được huyện hỗ trợ 6 triệu "
    "đồng.",
    "2. Đánh giá kết quả năm 2025: toàn xã có 7 tủ sách thôn với 2.350 bản sách, phục vụ 2.140 lượt "
    "bạn đọc; Trung tâm học tập cộng đồng mở 14 lớp chuyên đề với 1.030 lượt học viên; Tổ công nghệ "
    "số cộng đồng hướng dẫn 265 người dân cài đặt và sử dụng VNeID, dịch vụ công trực tuyến. Tồn "
    "tại: tủ sách thôn Lũng Mần và thôn Cốc Pái ít sách mới, số bạn đọc thấp; máy tính của Trung "
    "tâm học tập cộng đồng chỉ còn 2 máy sử dụng được.",
    "",
    "III. Ý KIẾN THẢO LUẬN",
    "1. Ông Lý Văn Thào, Trưởng thôn Nà Chiêng: đề nghị chọn thôn Nà Chiêng làm điểm mô hình vì nhà "
    "văn hóa thôn mới sửa chữa, có sẵn đường truyền cáp quang và nằm gần Trường THCS Chiêm Lễ.",
    "2. Ông Triệu Quang Vinh, Hiệu trưởng Trường THCS Chiêm Lễ: nhà trường sẵn sàng cho điểm mô "
    "hình mượn 5 máy tính trong dịp hè (từ tháng 6 đến tháng 8/2026) và khuyến khích học sinh tham "
    "gia Bảng A của Cuộc thi \"Sách mở lối quê hương\".",
    "3. Anh Hứa Đức Tâm, Bí thư Đoàn xã: Đoàn xã thành lập đội hình 12 đoàn viên tình nguyện, trực "
    "hướng dẫn kỹ năng số tại điểm mô hình vào tối thứ Bảy hằng tuần, từ 19 giờ 30 đến 21 giờ 00.",
    "4. Ông Mã Văn Cường, Chủ tịch Hội khuyến học xã: Hội nhận quyên góp 300 bản sách từ hội viên, "
    "con em xa quê và các nhà hảo tâm để bổ sung cho tủ sách thôn Lũng Mần và thôn Cốc Pái.",
    "5. Bà Đàm Thị Nguyệt, Chủ tịch Hội Liên hiệp Phụ nữ xã: đề nghị mở lớp \"Mẹ đọc sách cùng con\" "
    "và lớp hướng dẫn bán hàng nông sản qua mạng cho chị em phụ nữ.",
    "",
    "IV. KẾT LUẬN CỦA CHỦ TRÌ",
    "Trên cơ sở ý kiến thảo luận, đồng chí chủ trì kết luận:",
    "1. Nhất trí chọn thôn Nà Chiêng làm điểm mô hình \"Tủ sách - Điểm hỗ trợ số\" của xã. Giao bà "
    "Lục Thị Hoa hoàn thiện Mẫu 01, trình ký và gửi Phòng Văn hóa và Thông tin huyện trước ngày "
    "27/02/2026.",
    "2. Cử bà Lục Thị Hoa và anh Hứa Đức Tâm tham dự lớp tập huấn ngày 10 - 11/3/2026 tại huyện.",
    "3. Giao Trưởng thôn Nà Chiêng bố trí phòng đọc, giá sách và lịch mở cửa điểm mô hình, hoàn "
    "thành trước ngày 15/3/2026.",
    "4. Giao Trung tâm học tập cộng đồng xã xây dựng kế hoạch hoạt động năm 2026 với 16 lớp chuyên "
    "đề, trong đó có 6 lớp kỹ năng số và 01 lớp \"Mẹ đọc sách cùng con\"; trình Uỷ ban nhân dân xã "
    "trước ngày 05/3/2026.",
    "5. Đề nghị Hội khuyến học xã hoàn thành quyên góp 300 bản sách trước ngày 30/4/2026.",
    "6. Đoàn xã phối hợp với Trường THCS Chiêm Lễ lập lịch trực của đội hình tình nguyện, niêm yết "
    "công khai tại điểm mô hình.",
    "7. Kinh phí: ngoài 6 triệu đồng huyện hỗ trợ, xã bố trí 8 triệu đồng từ ngân sách xã năm 2026 "
    "cho tiền điện, Internet và bồi dưỡng người phụ trách; giao công chức Tài chính - Kế toán xã "
    "tham mưu thực hiện.",
    "8. Dự kiến khai trương điểm mô hình vào sáng ngày 21/4/2026, gắn với Ngày Sách và Văn hóa đọc "
    "Việt Nam.",
    "",
    "Cuộc họp kết thúc vào hồi 16 giờ 30 phút cùng ngày. Biên bản được lập thành 03 bản, đã đọc lại "
    "cho các thành viên dự họp nghe và nhất trí thông qua.",
    "",
]
RL02_TAIL = """THƯ KÝ                                  CHỦ TRÌ
                                        PHÓ CHỦ TỊCH
(Đã ký)                                 (Đã ký)
Lục Thị Hoa                             Vi Văn Sình

Nơi nhận:
- Phòng Văn hóa và Thông tin huyện (b/c);
- Thường trực Đảng ủy, HĐND xã;
- Các thành phần dự họp;
- Lưu: VT, VHXH.
"""


def build_rl02(path):
    out = [RL02_HEAD.rstrip("\n")]
    for p in RL02_PARAS:
        if not p:
            out.append("")
        else:
            out.append(textwrap.fill(p, width=72, break_long_words=False, break_on_hyphens=False))
    out.append(RL02_TAIL)
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc("\n".join(out)))


# ---------------------------------------------------------------------------
# rl03 - Công văn, Phòng VH&TT huyện (.pdf, fpdf2 + DejaVuSans)
# ---------------------------------------------------------------------------
RL03_HEAD = [("UBND HUYỆN SÔNG NHẠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             ("PHÒNG VĂN HÓA VÀ THÔNG TIN", "Độc lập - Tự do - Hạnh phúc"),
             ("Số: 61/VHTT", "Sông Nhạn, ngày 09 tháng 02 năm 2026")]
RL03_VV = ("V/v triển khai mô hình \"Tủ sách - Điểm hỗ trợ số\" và tập huấn cho cơ sở")
RL03_KG = ["Kính gửi:", "- Uỷ ban nhân dân các xã, thị trấn;", "- Trung tâm Văn hóa - Thể thao huyện;",
           "- Trung tâm Viễn thông Sông Nhạn."]
RL03_BODY = [
    ("P", "Thực hiện Kế hoạch số 23/KH-UBND ngày 26/01/2026 của Uỷ ban nhân dân huyện về phát triển "
          "văn hóa đọc, nâng cao hiệu quả hoạt động thư viện, tủ sách cơ sở, Trung tâm học tập cộng "
          "đồng và phổ cập kỹ năng số cho người dân năm 2026, Phòng Văn hóa và Thông tin huyện đề "
          "nghị các cơ quan, đơn vị triển khai một số nội dung sau:"),
    ("H", "1. Về lựa chọn điểm mô hình"),
    ("P", "Uỷ ban nhân dân các xã, thị trấn rà soát hiện trạng tủ sách thôn, bản trên địa bàn, lựa "
          "chọn 01 thôn, bản có nhà văn hóa, có người phụ trách nhiệt tình và có sóng điện thoại ổn "
          "định để xây dựng điểm mô hình \"Tủ sách - Điểm hỗ trợ số\". Mỗi điểm gồm tủ sách tối "
          "thiểu 300 bản, 01 máy tính kết nối Internet, mạng wifi công cộng và bảng hướng dẫn cài "
          "đặt các ứng dụng thiết yếu."),
    ("P", "Danh sách điểm mô hình (theo Mẫu 01 kèm theo) gửi về Phòng Văn hóa và Thông tin trước "
          "ngày 28/02/2026, đồng thời gửi bản điện tử qua hệ thống quản lý văn bản và điều hành."),
    ("H", "2. Về tập huấn cho cơ sở"),
    ("P", "Phòng Văn hóa và Thông tin phối hợp với Trung tâm Văn hóa - Thể thao huyện tổ chức lớp "
          "tập huấn \"Quản lý tủ sách và hướng dẫn kỹ năng số cơ bản\" trong 02 ngày, từ ngày "
          "10/3/2026 đến ngày 11/3/2026, tại Hội trường tầng 3, trụ sở Uỷ ban nhân dân huyện. Khai "
          "mạc lúc 7 giờ 30 phút ngày 10/3/2026."),
    ("P", "Mỗi xã, thị trấn cử 02 học viên, gồm 01 công chức Văn hóa - Xã hội và 01 thành viên Tổ "
          "công nghệ số cộng đồng của thôn, bản được chọn làm điểm mô hình. Học viên mang theo máy "
          "tính xách tay hoặc điện thoại thông minh có cài đặt ứng dụng VNeID. Danh sách học viên "
          "đăng ký trước ngày 05/3/2026."),
    ("P", "Ban tổ chức bố trí chỗ nghỉ tối ngày 10/3/2026 tại Nhà khách huyện cho học viên các xã "
          "Pù Luông, Na Ngần và Đèo Gió; học viên các xã, thị trấn còn lại tự túc phương tiện đi "
          "lại. Tiền ăn trưa hai ngày do Ban tổ chức chi trả từ kinh phí tập huấn của Kế hoạch số "
          "23/KH-UBND."),
    ("H", "3. Đối với Trung tâm Văn hóa - Thể thao huyện"),
    ("P", "Chuẩn bị 2.400 bản sách luân chuyển đợt 1 (bình quân 240 bản/điểm) cho 10 điểm mô hình, "
          "hoàn thành việc bàn giao trước ngày 31/3/2026; cử 02 viên chức thư viện làm báo cáo viên "
          "tại lớp tập huấn; hướng dẫn các điểm mô hình ghi sổ theo dõi bạn đọc theo mẫu chung."),
    ("H", "4. Đề nghị Trung tâm Viễn thông Sông Nhạn"),
    ("P", "Khảo sát, hỗ trợ lắp đặt đường truyền Internet cáp quang và điểm phát wifi tại 10 điểm "
          "mô hình; ưu tiên miễn phí cước thuê bao trong 06 tháng đầu đối với các thôn, bản thuộc "
          "xã Pù Luông và xã Na Ngần."),
    ("H", "5. Về kinh phí"),
    ("P", "Mỗi điểm mô hình được hỗ trợ 6 triệu đồng từ ngân sách huyện để mua bổ sung sách và giá "
          "kệ; Uỷ ban nhân dân các xã, thị trấn bố trí ngân sách xã để chi trả tiền điện, Internet "
          "và bồi dưỡng người phụ trách điểm."),
    ("H", "6. Chế độ báo cáo"),
    ("P", "Uỷ ban nhân dân các xã, thị trấn báo cáo nhanh kết quả hoạt động của điểm mô hình hằng "
          "tháng, gửi trước ngày 25 hằng tháng (theo Mẫu 02 kèm theo), gồm: số lượt bạn đọc, số sách "
          "mượn, số người được hướng dẫn kỹ năng số, khó khăn, kiến nghị. Thời gian báo cáo bắt đầu "
          "từ tháng 4/2026."),
    ("P", "Trong quá trình triển khai, nếu có vướng mắc, đề nghị liên hệ bà Lương Thị Quyên, chuyên "
          "viên Phòng Văn hóa và Thông tin, điện thoại 0868 205 719, thư điện tử "
          "quyenlt.vhtt@songnhan.quesonbac.gov.vn để phối hợp giải quyết."),
    ("P", "Phòng Văn hóa và Thông tin huyện đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực "
          "hiện./."),
]
RL03_SIGN = ["TRƯỞNG PHÒNG", "(Đã ký)", "Hà Minh Tuệ"]
RL03_NOINHAN = ["Nơi nhận:", "- Như trên;", "- UBND huyện (b/c);", "- Lưu: VT, VHTT."]
RL03_ANNEX = [
    ("H", "Mẫu 01. DANH SÁCH ĐĂNG KÝ ĐIỂM MÔ HÌNH \"TỦ SÁCH - ĐIỂM HỖ TRỢ SỐ\""),
    ("P", "Các cột: TT; Xã, thị trấn; Thôn, bản; Địa điểm đặt tủ sách; Số bản sách hiện có; Người "
          "phụ trách; Số điện thoại; Tình trạng kết nối Internet (đã có/chưa có)."),
    ("H", "Mẫu 02. BÁO CÁO NHANH HẰNG THÁNG"),
    ("P", "Các chỉ tiêu: số ngày mở cửa trong tháng; số lượt bạn đọc (người lớn, thiếu nhi); số "
          "lượt sách mượn về nhà; số người được hướng dẫn cài đặt VNeID, dịch vụ công trực tuyến, "
          "thanh toán điện tử; số đoàn viên, tình nguyện viên tham gia trực; khó khăn, kiến nghị. "
          "Người lập báo cáo ký, ghi rõ họ tên; lãnh đạo Uỷ ban nhân dân xã ký xác nhận."),
]


def build_rl03(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    half = w / 2
    for i, (l, r) in enumerate(RL03_HEAD):
        pdf.set_font("DejaVu", "B" if i < 2 else "", 11)
        x = pdf.l_margin
        pdf.cell(half - 5, 6.5, nfc(l), align="C")
        pdf.set_font("DejaVu", "B" if i < 2 else "", 11)
        pdf.cell(half + 5, 6.5, nfc(r), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(half - 5, 6, nfc(RL03_VV), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 12.5)
    for ln in RL03_KG:
        pdf.set_x(pdf.l_margin + 25)
        pdf.cell(0, 7, nfc(ln), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    def body(items):
        for kind, text in items:
            if kind == "H":
                pdf.set_font("DejaVu", "B", 12.5)
            else:
                pdf.set_font("DejaVu", "", 12.5)
            pdf.multi_cell(0, 7, nfc(text), align="J" if kind == "P" else "L",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)

    body(RL03_BODY)
    pdf.ln(4)
    y = pdf.get_y()
    if y > pdf.h - 70:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_font("DejaVu", "B", 11)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(half, 6, nfc(RL03_NOINHAN[0]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10.5)
    for ln in RL03_NOINHAN[1:]:
        pdf.cell(half, 5.5, nfc(ln), new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(pdf.l_margin + half, y)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(half, 6.5, nfc(RL03_SIGN[0]), align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_font("DejaVu", "", 12)
    pdf.ln(12)
    pdf.set_x(pdf.l_margin + half)
    pdf.cell(half, 6.5, nfc(RL03_SIGN[1]), align="C", new_x="LEFT", new_y="NEXT")
    pdf.ln(12)
    pdf.set_x(pdf.l_margin + half)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(half, 6.5, nfc(RL03_SIGN[2]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    body(RL03_ANNEX)
    pdf.output(path)


# ---------------------------------------------------------------------------
# rl04 - Quyết định + Thể lệ, Sở VHTTDL tỉnh (.txt, two-column header with spaces)
# ---------------------------------------------------------------------------
RL04 = """UBND TỈNH QUẾ SƠN BẮC                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH                   Độc lập - Tự do - Hạnh phúc
          -------                                 ---------------------------
Số: 46/QĐ-SVHTTDL                        Quế Sơn Bắc, ngày 12 tháng 01 năm 2026


                                QUYẾT ĐỊNH
      Ban hành Thể lệ Cuộc thi "Sách mở lối quê hương" tỉnh Quế Sơn Bắc
                                 năm 2026

               GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH

Căn cứ Luật Thư viện ngày 21 tháng 11 năm 2019;
Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Quyết định số 09/2025/QĐ-UBND ngày 14 tháng 3 năm 2025 của Uỷ ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Văn hóa, Thể thao và Du lịch;
Căn cứ Kế hoạch số 118/KH-UBND ngày 30 tháng 12 năm 2025 của Uỷ ban nhân dân tỉnh về phát triển văn hóa đọc trên địa bàn tỉnh giai đoạn 2026 - 2030;
Theo đề nghị của Giám đốc Thư viện tỉnh và Trưởng phòng Quản lý Văn hóa.

                                QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Thể lệ Cuộc thi "Sách mở lối quê hương" tỉnh Quế Sơn Bắc năm 2026.

Điều 2. Giao Thư viện tỉnh là đơn vị thường trực Cuộc thi, chủ trì, phối hợp với Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố tổ chức phát động, tiếp nhận bài dự thi, tổ chức chấm thi và tổng kết, trao giải. Kinh phí tổ chức Cuộc thi là 185 triệu đồng, bố trí từ nguồn kinh phí sự nghiệp văn hóa năm 2026 giao trong dự toán của Thư viện tỉnh.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng phòng Quản lý Văn hóa, Giám đốc Thư viện tỉnh, Trưởng phòng Văn hóa và Thông tin các huyện, thị xã, thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:                                              KT. GIÁM ĐỐC
- Như Điều 3;                                          PHÓ GIÁM ĐỐC
- UBND tỉnh (b/c);
- Giám đốc Sở;                                           (Đã ký)
- Sở Giáo dục và Đào tạo;
- Tỉnh đoàn;                                       Cầm Thị Phương Loan
- Lưu: VT, QLVH.


                                  THỂ LỆ
        Cuộc thi "Sách mở lối quê hương" tỉnh Quế Sơn Bắc năm 2026
  (Kèm theo Quyết định số 46/QĐ-SVHTTDL ngày 12/01/2026 của Sở Văn hóa,
                          Thể thao và Du lịch)

Điều 1. Mục đích
Khuyến khích thói quen đọc sách trong học sinh, thanh niên và người dân, nhất là ở vùng nông thôn, miền núi; tôn vinh những tấm gương đọc sách và lan tỏa giá trị của sách về quê hương, đất nước, khoa học và công nghệ; gắn phong trào đọc với việc khai thác tài nguyên số của thư viện.

Điều 2. Đối tượng dự thi
Cuộc thi chia thành 03 bảng:
- Bảng A: học sinh trung học cơ sở đang học tập tại các trường trên địa bàn tỉnh.
- Bảng B: học sinh trung học phổ thông, học viên giáo dục thường xuyên.
- Bảng C: cán bộ, công chức, viên chức, đoàn viên, hội viên và người dân từ đủ 18 tuổi trở lên đang sinh sống, làm việc tại tỉnh Quế Sơn Bắc.
Thành viên Ban Tổ chức, Ban Giám khảo và Tổ Thư ký Cuộc thi không tham gia dự thi.

Điều 3. Nội dung và hình thức bài dự thi
1. Người dự thi chọn 01 cuốn sách mình đã đọc (ưu tiên sách về lịch sử, văn hóa địa phương, khoa học, công nghệ và chuyển đổi số) để viết bài giới thiệu, cảm nhận hoặc ý tưởng ứng dụng vào học tập, lao động, sản xuất.
2. Bảng A và Bảng B: bài viết tay hoặc đánh máy, dài không quá 1.500 chữ đối với Bảng A và không quá 2.000 chữ đối với Bảng B.
3. Bảng C: người dự thi lựa chọn bài viết không quá 2.500 chữ hoặc video giới thiệu sách có thời lượng từ 3 đến 5 phút, định dạng MP4, gửi kèm đường dẫn.
4. Bài dự thi phải là sản phẩm chưa từng đăng báo, chưa gửi dự thi ở cuộc thi khác; mỗi người chỉ gửi 01 bài. Bài dự thi ghi rõ họ tên, ngày sinh, địa chỉ, số điện thoại, tên trường hoặc đơn vị công tác.

Điều 4. Thời gian, địa chỉ nhận bài
1. Phát động Cuộc thi: ngày 01/3/2026.
2. Nhận bài dự thi: từ ngày 01/3/2026 đến 17 giờ 00 ngày 31/5/2026 (tính theo dấu bưu điện hoặc thời điểm gửi thư điện tử).
3. Bài dự thi gửi về Phòng Văn hóa và Thông tin cấp huyện nơi người dự thi học tập, công tác hoặc cư trú để tổ chức sơ khảo. Phòng Văn hóa và Thông tin cấp huyện lựa chọn không quá 10 bài/bảng gửi về Thư viện tỉnh (số 35 đường Lý Tự Trọng, phường Nghĩa Phong) trước ngày 20/6/2026.
4. Chấm chung khảo: tháng 7/2026. Tổng kết, trao giải: dự kiến ngày 26/8/2026 tại Thư viện tỉnh.

Điều 5. Cơ cấu giải thưởng
1. Giải cá nhân (mỗi bảng): 01 giải Nhất, trị giá 5.000.000 đồng; 02 giải Nhì, mỗi giải 3.000.000 đồng; 03 giải Ba, mỗi giải 2.000.000 đồng; 05 giải Khuyến khích, mỗi giải 1.000.000 đồng.
2. Giải tập thể: 03 giải dành cho Phòng Văn hóa và Thông tin cấp huyện có nhiều bài dự thi chất lượng, mỗi giải 4.000.000 đồng.
3. Người đạt giải nhận Giấy chứng nhận của Sở Văn hóa, Thể thao và Du lịch kèm tiền thưởng; bài đạt giải Nhất, Nhì được giới thiệu trên trang thông tin điện tử của Thư viện tỉnh.

Điều 6. Ban Tổ chức, Ban Giám khảo
1. Ban Tổ chức Cuộc thi do Giám đốc Sở Văn hóa, Thể thao và Du lịch quyết định thành lập, gồm đại diện lãnh đạo Sở, Thư viện tỉnh, Sở Giáo dục và Đào tạo và Tỉnh đoàn.
2. Ban Giám khảo gồm nhà văn, nhà giáo, cán bộ thư viện có kinh nghiệm; chấm theo thang điểm 100: nội dung 50 điểm, tính sáng tạo 30 điểm, hình thức trình bày 20 điểm.
3. Quyết định của Ban Giám khảo là quyết định cuối cùng; Ban Tổ chức không trả lại bài dự thi.

Điều 7. Trách nhiệm của các cơ quan, đơn vị
1. Thư viện tỉnh: thường trực Cuộc thi; xây dựng chuyên trang Cuộc thi trước ngày 25/02/2026; tổng hợp kết quả, tham mưu khen thưởng; quyết toán kinh phí trước ngày 15/10/2026.
2. Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố có trách nhiệm phát động Cuộc thi tại địa phương, tổ chức sơ khảo và gửi bài về Thư viện tỉnh đúng thời hạn.
3. Đề nghị Sở Giáo dục và Đào tạo hướng dẫn các trường trung học cơ sở, trung học phổ thông phổ biến Thể lệ, khuyến khích học sinh tham gia Bảng A, Bảng B.
4. Đề nghị Tỉnh đoàn phát động đoàn viên, thanh niên tham gia Bảng C và hỗ trợ quay, dựng video giới thiệu sách.
5. Báo Quế Sơn Bắc, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục tuyên truyền về Cuộc thi trong thời gian nhận bài.

Thông tin chi tiết liên hệ: bà Nông Thị Huyền, Phòng Nghiệp vụ, Thư viện tỉnh, điện thoại 0912 486 305, thư điện tử sachmoiloi.tvt@quesonbac.gov.vn.
"""


# ---------------------------------------------------------------------------
# rl05 - Báo cáo, Trung tâm VH-TT huyện (.md with a Markdown table)
# ---------------------------------------------------------------------------
RL05 = """UBND HUYỆN SÔNG NHẠN
TRUNG TÂM VĂN HÓA - THỂ THAO
Số: 87/BC-TTVHTT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Sông Nhạn, ngày 15 tháng 12 năm 2025

# BÁO CÁO

**Kết quả hoạt động thư viện, tủ sách cơ sở và phong trào đọc sách năm 2025; phương hướng, nhiệm vụ năm 2026**

Kính gửi: Uỷ ban nhân dân huyện Sông Nhạn.

Thực hiện nhiệm vụ năm 2025, Trung tâm Văn hóa - Thể thao huyện báo cáo kết quả hoạt động thư viện, tủ sách cơ sở và phong trào đọc sách như sau:

## I. ĐẶC ĐIỂM TÌNH HÌNH

Thư viện huyện đặt tại tầng 2 Nhà Văn hóa huyện (số 14 đường Hồ Tùng Mậu, thị trấn Sông Nhạn), có 01 phòng đọc tổng hợp 60 chỗ ngồi, 01 phòng đọc thiếu nhi và 01 xe thư viện lưu động. Đến ngày 30/11/2025, vốn tài liệu của Thư viện có 21.640 bản sách và 38 loại báo, tạp chí. Thư viện có 03 viên chức, trong đó 02 người có trình độ chuyên ngành thư viện.

Toàn huyện có 9 xã và 1 thị trấn với 10 Trung tâm học tập cộng đồng; 64 tủ sách thôn, bản; 31 máy tính phục vụ người dân tại các Trung tâm học tập cộng đồng, trong đó 19 máy có cấu hình thấp, thường xuyên hỏng.

## II. KẾT QUẢ THỰC HIỆN NĂM 2025

### 1. Hoạt động của Thư viện huyện

- Cấp mới 1.126 thẻ bạn đọc; phục vụ 18.350 lượt bạn đọc, tăng 12% so với năm 2024; lượt sách luân chuyển trong phòng đọc là 41.200 lượt.
- Thực hiện 4 đợt luân chuyển với tổng số 6.400 bản sách xuống 22 tủ sách thôn, bản và thư viện trường học.
- Xe thư viện lưu động phục vụ 15 buổi tại 8 trường tiểu học, THCS thuộc các xã Pù Luông, Na Ngần, Đèo Gió và Cổ Nhuận, với khoảng 3.900 lượt học sinh.
- Tổ chức Ngày Sách và Văn hóa đọc Việt Nam ngày 21/4/2025 tại thị trấn Sông Nhạn với các hoạt động trưng bày sách, giao lưu tác giả, đổi sách cũ lấy cây xanh, thu hút khoảng 2.300 lượt người tham gia.
- Số hóa 1.150 trang tài liệu địa chí, trong đó có gia phả một số dòng họ và tư liệu về lễ hội Lồng tồng của các xã vùng cao.

### 2. Tủ sách thôn, bản và hướng dẫn kỹ năng số tại cơ sở

Kết quả cụ thể theo từng đơn vị:

| TT | Xã, thị trấn | Số tủ sách thôn, bản | Số bản sách | Lượt bạn đọc năm 2025 | Người dân được hướng dẫn kỹ năng số |
|---|---|---|---|---|---|
| 1 | Thị trấn Sông Nhạn | 9 | 4.120 | 5.870 | 412 |
| 2 | Xã Chiêm Lễ | 7 | 2.350 | 2.140 | 265 |
| 3 | Xã Khuê Trung | 7 | 1.980 | 1.720 | 198 |
| 4 | Xã Nhật Tảo | 8 | 2.050 | 1.935 | 231 |
| 5 | Xã Lạc Nhuế | 6 | 1.460 | 980 | 143 |
| 6 | Xã Hồng Nhạn | 7 | 1.730 | 1.415 | 176 |
| 7 | Xã Cổ Nhuận | 6 | 1.310 | 1.060 | 120 |
| 8 | Xã Đèo Gió | 5 | 1.040 | 720 | 95 |
| 9 | Xã Na Ngần | 5 | 980 | 540 | 78 |
| 10 | Xã Pù Luông | 4 | 860 | 470 | 62 |
| | Tổng cộng | 64 | 17.880 | 16.850 | 1.780 |

Các Trung tâm học tập cộng đồng mở 118 lớp chuyên đề với 8.460 lượt người học, chủ yếu về kỹ thuật trồng quế, hồi, chăn nuôi, phòng chống tệ nạn xã hội và phổ biến pháp luật. Tổ công nghệ số cộng đồng ở các thôn, bản, tổ dân phố có 286 thành viên, trực tiếp hướng dẫn người dân cài đặt VNeID, nộp hồ sơ dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.

### 3. Hạn chế, nguyên nhân

- 3 xã (Đèo Gió, Na Ngần, Pù Luông) chưa bố trí người phụ trách tủ sách ổn định; một số tủ sách đặt trong nhà văn hóa nhưng chỉ mở cửa khi có họp thôn.
- Kinh phí bổ sung sách cho tủ sách cơ sở bình quân chỉ khoảng 1,5 triệu đồng/tủ/năm; sách mới chủ yếu từ nguồn luân chuyển của Thư viện huyện.
- Trang thiết bị tin học tại các Trung tâm học tập cộng đồng cũ, 19/31 máy tính cấu hình thấp.
- Phần mềm quản lý thư viện mới áp dụng một phần, chưa có thẻ bạn đọc điện tử.

## III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

1. Thư viện huyện hoàn thành cài đặt phần mềm quản lý thư viện, phát hành thẻ bạn đọc có mã QR trong quý II/2026.
2. Nâng số bản sách luân chuyển lên 8.000 bản; ưu tiên tủ sách các xã vùng cao.
3. Phối hợp với Phòng Văn hóa và Thông tin xây dựng 10 điểm mô hình "Tủ sách - Điểm hỗ trợ số" tại thôn, bản.
4. Số hóa thêm 3.000 trang tài liệu địa chí.
5. Tham gia các cuộc thi về văn hóa đọc do tỉnh phát động năm 2026.

## IV. ĐỀ XUẤT, KIẾN NGHỊ

1. Đề nghị Uỷ ban nhân dân huyện bố trí kinh phí 420 triệu đồng năm 2026 để bổ sung sách và thay thế máy tính tại các Trung tâm học tập cộng đồng.
2. Đề nghị Phòng Văn hóa và Thông tin tham mưu Uỷ ban nhân dân huyện ban hành kế hoạch phát triển văn hóa đọc năm 2026 trước ngày 31/01/2026.
3. Đề nghị Uỷ ban nhân dân các xã Đèo Gió, Na Ngần, Pù Luông bố trí người phụ trách tủ sách thôn, bản trước ngày 31/3/2026.
4. Đề nghị Phòng Giáo dục và Đào tạo phối hợp sắp xếp lịch phục vụ của xe thư viện lưu động tại các trường học.

Trên đây là báo cáo kết quả hoạt động thư viện, tủ sách cơ sở và phong trào đọc sách năm 2025 của Trung tâm Văn hóa - Thể thao huyện Sông Nhạn./.

Nơi nhận:
- UBND huyện (b/c);
- Phòng Văn hóa và Thông tin huyện;
- Sở Văn hóa, Thể thao và Du lịch (b/c);
- Lưu: VT, TV.

GIÁM ĐỐC
(Đã ký)
Đinh Công Thiều
"""

FILES = {
    "rl01": "rl01_kh_vanhoadoc.docx",
    "rl02": "rl02_bb_hopxa.txt",
    "rl03": "rl03_cv_tusach.pdf",
    "rl04": "rl04_qd_thele.txt",
    "rl05": "rl05_bc_thuvien.md",
}


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_rl01(os.path.join(CORPUS, FILES["rl01"]))
    build_rl02(os.path.join(CORPUS, FILES["rl02"]))
    build_rl03(os.path.join(CORPUS, FILES["rl03"]))
    with open(os.path.join(CORPUS, FILES["rl04"]), "w", encoding="utf-8") as f:
        f.write(nfc(RL04))
    with open(os.path.join(CORPUS, FILES["rl05"]), "w", encoding="utf-8") as f:
        f.write(nfc(RL05))
    print("built", ", ".join(FILES.values()))


if __name__ == "__main__":
    main()
