#!/usr/bin/env python3
"""Build corpus/qa05_tb412_vp_ubnd_tinh_ky_lam_hoi_nghi_de_an_06.docx from text held here.

Run: /work/main/.venv/bin/python /work/main/eval/blind25/build_qa.py
Uses python-docx only (Word "List Number" / "List Bullet" numbering, one attendee table).
"""
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus", "qa05_tb412_vp_ubnd_tinh_ky_lam_hoi_nghi_de_an_06.docx")

HEADER = [
    ("ỦY BAN NHÂN DÂN TỈNH KỲ LAM", True),
    ("VĂN PHÒNG", True),
    ("Số: 412/TB-VP", False),
]
RIGHT_HEADER = [
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
    ("Độc lập - Tự do - Hạnh phúc", True),
    ("Kỳ Lam, ngày 05 tháng 12 năm 2024", False),
]
TITLE = "THÔNG BÁO"
SUBTITLE = ("Triệu tập Hội nghị sơ kết năm 2024 thực hiện Đề án 06 "
            "và chuyển đổi số tỉnh Kỳ Lam")

INTRO = ("Thực hiện Chương trình công tác tháng 12 năm 2024 của Ủy ban nhân dân tỉnh và "
         "ý kiến chỉ đạo của đồng chí Lưu Thanh Bình, Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh, "
         "Tổ trưởng Tổ công tác triển khai Đề án 06 tỉnh, Văn phòng Ủy ban nhân dân tỉnh "
         "trân trọng thông báo triệu tập Hội nghị sơ kết năm 2024 thực hiện Đề án 06 theo "
         "Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ và Kế hoạch số "
         "75/KH-UBND ngày 14/3/2024 của Ủy ban nhân dân tỉnh về chuyển đổi số năm 2024, cụ thể như sau:")

SECTIONS = [
    ("Chủ trì hội nghị", [
        "Đồng chí Lưu Thanh Bình, Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh, Tổ trưởng Tổ công tác triển khai Đề án 06 tỉnh chủ trì hội nghị.",
        "Đồng chí Đại tá Hoàng Văn Nghĩa, Giám đốc Công an tỉnh, Tổ phó thường trực Tổ công tác đồng chủ trì.",
    ]),
    ("Thời gian, địa điểm và hình thức", [
        "Thời gian: 01 buổi, bắt đầu từ 08 giờ 00 phút, thứ Năm, ngày 26/12/2024; đại biểu có mặt trước 07 giờ 45 phút để nhận tài liệu.",
        "Điểm cầu chính: Hội trường tầng 3, Trụ sở Ủy ban nhân dân tỉnh, số 09 đường Trần Hưng Đạo, thành phố Kỳ Lam.",
        "Hình thức: kết hợp trực tiếp và trực tuyến đến điểm cầu Ủy ban nhân dân các huyện, thị xã, thành phố.",
    ]),
    ("Nội dung hội nghị", [
        "Đánh giá kết quả thực hiện Đề án 06 và các chỉ tiêu chuyển đổi số năm 2024; biểu dương 05 địa phương dẫn đầu về tỷ lệ kích hoạt định danh điện tử mức 2.",
        "Nghe tham luận của Sở Y tế về sổ sức khỏe điện tử, của Sở Giáo dục và Đào tạo về thu học phí không dùng tiền mặt và của Ủy ban nhân dân huyện Vạn Thủy về mô hình Tổ công nghệ số cộng đồng.",
        "Thống nhất nhiệm vụ, giải pháp trọng tâm năm 2025.",
    ]),
]

ATTENDEES = [
    ("STT", "Thành phần mời", "Ghi chú"),
    ("1", "Thành viên Tổ công tác triển khai Đề án 06 tỉnh", "Dự tại điểm cầu chính"),
    ("2", "Lãnh đạo Công an tỉnh, Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "Dự tại điểm cầu chính"),
    ("3", "Giám đốc các sở: Thông tin và Truyền thông, Tư pháp, Y tế, Giáo dục và Đào tạo, Lao động - Thương binh và Xã hội", "Dự tại điểm cầu chính"),
    ("4", "Giám đốc Bảo hiểm xã hội tỉnh, Viettel Kỳ Lam, VNPT Kỳ Lam", "Dự tại điểm cầu chính"),
    ("5", "Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố", "Dự tại điểm cầu chính"),
    ("6", "Thành viên Tổ công tác Đề án 06 cấp huyện; Chủ tịch Ủy ban nhân dân các xã, phường, thị trấn", "Dự tại điểm cầu cấp huyện"),
]

TASK_TITLE = "Phân công chuẩn bị trước hội nghị"
TASKS = [
    "Công an tỉnh (cơ quan thường trực Tổ công tác) chủ trì xây dựng dự thảo báo cáo sơ kết năm 2024, gửi Văn phòng Ủy ban nhân dân tỉnh trước 17 giờ 00 ngày 20/12/2024.",
    "Ủy ban nhân dân các huyện, thị xã, thành phố gửi báo cáo kết quả thực hiện Đề án 06 về Công an tỉnh trước ngày 18/12/2024, kèm số liệu kích hoạt định danh điện tử theo từng xã.",
    "Sở Thông tin và Truyền thông chủ trì bảo đảm đường truyền hội nghị trực tuyến, tổ chức chạy thử với các điểm cầu vào 14 giờ 00 ngày 25/12/2024.",
    "Sở Y tế, Sở Giáo dục và Đào tạo và Ủy ban nhân dân huyện Vạn Thủy chuẩn bị tham luận không quá 07 phút, gửi bản điện tử trước ngày 23/12/2024.",
    "Phòng Nội chính thuộc Văn phòng Ủy ban nhân dân tỉnh chuẩn bị hội trường, in tài liệu và dự thảo kết luận của đồng chí chủ trì.",
]

DOCS_TITLE = "Tài liệu đại biểu cần mang theo"
DOCS = [
    "Dự thảo báo cáo sơ kết năm 2024 của Tổ công tác triển khai Đề án 06 tỉnh.",
    "Số liệu kích hoạt tài khoản định danh điện tử và dịch vụ công trực tuyến của đơn vị đến ngày 15/12/2024.",
    "Danh mục kiến nghị, đề xuất cần tỉnh tháo gỡ trong năm 2025.",
]

CLOSING = [
    "Do tính chất quan trọng của hội nghị, đề nghị các đồng chí được mời bố trí thời gian dự đầy đủ, không cử người dự thay; trường hợp vắng mặt phải báo cáo đồng chí chủ trì.",
    "Đầu mối liên hệ: bà Trịnh Thu Hà, Phó Trưởng phòng Nội chính, Văn phòng Ủy ban nhân dân tỉnh; điện thoại cơ quan 0238.3856.214, di động 0986 417 352; thư điện tử: hatt.vpub@kylam.gov.vn.",
]

SIGN = ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "(đã ký)", "Phan Đức Trung"]
RECIPIENTS = [
    "Như thành phần mời;",
    "Chủ tịch, các PCT UBND tỉnh (b/c);",
    "Thường trực Tỉnh ủy (b/c);",
    "Cổng Thông tin điện tử tỉnh;",
    "Lưu: VT, NC.",
]


def para(doc, text, bold=False, center=False, style=None, italic=False):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def main():
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    for (l, lb), (r, rb) in zip(HEADER, RIGHT_HEADER):
        para(doc, l, bold=lb)
        para(doc, r, bold=rb)
    para(doc, TITLE, bold=True, center=True)
    para(doc, SUBTITLE, bold=True, center=True)
    para(doc, INTRO)
    for head, items in SECTIONS:
        para(doc, head, bold=True, style="List Number")
        for it in items:
            para(doc, it, style="List Bullet")
    para(doc, "Thành phần mời", bold=True, style="List Number")
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in ATTENDEES:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    para(doc, TASK_TITLE, bold=True, style="List Number")
    for it in TASKS:
        para(doc, it, style="List Number 2")
    para(doc, DOCS_TITLE, bold=True, style="List Number")
    for it in DOCS:
        para(doc, it, style="List Bullet")
    for c in CLOSING:
        para(doc, c)
    for s in SIGN:
        para(doc, s, bold=(s != "(đã ký)"))
    para(doc, "Nơi nhận:", bold=True, italic=True)
    for r in RECIPIENTS:
        para(doc, "- " + r)
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
