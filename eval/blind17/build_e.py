#!/usr/bin/env python3
"""Build corpus/e03_kh87_bvdk_kim_thanh_chuyen_doi_so.docx from text held here.

Run with: /work/main/.venv/bin/python /work/main/eval/blind17/build_e.py
Uses python-docx only (no kg_rag).
"""
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus", "e03_kh87_bvdk_kim_thanh_chuyen_doi_so.docx")

HEADER_LEFT = ["SỞ Y TẾ KIM THÀNH", "BỆNH VIỆN ĐA KHOA TỈNH", "Số: 87/KH-BV"]
HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Kim Châu, ngày 05 tháng 6 năm 2026"]

TITLE = ["KẾ HOẠCH", "Chuyển đổi số Bệnh viện Đa khoa tỉnh giai đoạn 2026 - 2027"]

# (kind, text): kind in {"h1", "h2", "p", "b"}
BODY = [
    ("h1", "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH"),
    ("b", "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia."),
    ("b", "Thông tư số 13/2025/TT-BYT của Bộ trưởng Bộ Y tế hướng dẫn triển khai hồ sơ bệnh án điện tử."),
    ("b", "Thông báo kết luận số 326-TB/TU ngày 22/5/2026 của Thường trực Tỉnh ủy tại buổi làm việc với Sở Y tế về triển khai hồ sơ sức khỏe điện tử và bệnh án điện tử."),
    ("b", "Kế hoạch số 140/KH-SYT ngày 28/5/2026 của Sở Y tế về chuyển đổi số ngành y tế năm 2026."),
    ("p", "Căn cứ tình hình thực tế, Bệnh viện Đa khoa tỉnh xây dựng Kế hoạch chuyển đổi số giai đoạn 2026 - 2027 với các nội dung sau:"),
    ("h1", "II. THỰC TRẠNG"),
    ("p", "Bệnh viện hiện có 750 giường kế hoạch, 32 khoa, phòng, trung bình mỗi ngày khám cho khoảng 1.450 lượt người bệnh ngoại trú. Hệ thống thông tin bệnh viện (HIS) đã được sử dụng từ năm 2018; hệ thống lưu trữ và truyền hình ảnh (PACS) mới triển khai tại Khoa Chẩn đoán hình ảnh; hệ thống thông tin xét nghiệm (LIS) đã kết nối 2/4 phân khu xét nghiệm. Phòng Công nghệ thông tin có 06 viên chức, trong đó chỉ có 02 người có trình độ đại học chuyên ngành. Hạ tầng máy chủ đã sử dụng trên 7 năm, thường xuyên quá tải vào giờ cao điểm."),
    ("h1", "III. MỤC TIÊU"),
    ("h2", "1. Mục tiêu chung"),
    ("p", "Hoàn thành bệnh án điện tử toàn viện, thay thế bệnh án giấy; người bệnh được thanh toán không dùng tiền mặt; dữ liệu khám chữa bệnh được liên thông với hồ sơ sức khỏe điện tử và Cổng giám định bảo hiểm y tế."),
    ("h2", "2. Mục tiêu cụ thể"),
    ("b", "Trước ngày 30/9/2026, 100% khoa lâm sàng triển khai bệnh án điện tử, chấm dứt sử dụng bệnh án giấy."),
    ("b", "Đến ngày 31/12/2026, ít nhất 70% giao dịch viện phí được thanh toán không dùng tiền mặt."),
    ("b", "Đến hết năm 2026, ít nhất 60% người bệnh đến khám đặt lịch hẹn trực tuyến qua ứng dụng hoặc tổng đài."),
    ("b", "100% kết quả xét nghiệm và chẩn đoán hình ảnh được trả qua hệ thống điện tử, người bệnh tra cứu được trên điện thoại."),
    ("b", "Hệ thống bệnh án điện tử được đánh giá an toàn thông tin cấp độ 3 trong năm 2026."),
    ("h1", "IV. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
    ("table", None),
    ("h1", "V. KINH PHÍ"),
    ("p", "Tổng kinh phí dự kiến là 9,8 tỷ đồng, trong đó đề nghị ngân sách tỉnh hỗ trợ 6,3 tỷ đồng từ nguồn kinh phí nâng cấp hạ tầng công nghệ thông tin ngành y tế; phần còn lại 3,5 tỷ đồng từ Quỹ phát triển hoạt động sự nghiệp của Bệnh viện. Phòng Tài chính kế toán lập dự toán chi tiết, trình Giám đốc trước ngày 30/6/2026."),
    ("h1", "VI. TỔ CHỨC THỰC HIỆN"),
    ("b", "Ban Chỉ đạo chuyển đổi số Bệnh viện do Giám đốc làm Trưởng ban, Phó Giám đốc Lương Thị Mai làm Phó Trưởng ban thường trực, chịu trách nhiệm chỉ đạo chung."),
    ("b", "Phòng Kế hoạch tổng hợp là đầu mối theo dõi, đôn đốc các khoa, phòng; tổng hợp báo cáo Sở Y tế hằng tháng trước ngày 25."),
    ("b", "Trưởng các khoa, phòng chịu trách nhiệm trước Giám đốc về kết quả triển khai tại đơn vị mình; cử 01 cán bộ làm đầu mối chuyển đổi số của khoa, phòng."),
    ("b", "Đoàn Thanh niên Bệnh viện thành lập đội tình nguyện hướng dẫn người bệnh đặt lịch khám trực tuyến và tra cứu kết quả tại khu vực khám bệnh."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các khoa, phòng báo cáo về Phòng Công nghệ thông tin (điện thoại nội bộ 2105) để tổng hợp, trình Giám đốc xem xét, giải quyết."),
]

TABLE_HEAD = ["TT", "Nhiệm vụ", "Khoa/Phòng thực hiện", "Thời gian"]
TABLE_ROWS = [
    ["1", "Nâng cấp máy chủ, hệ thống lưu trữ và đường truyền dự phòng cho trung tâm dữ liệu bệnh viện", "Phòng Công nghệ thông tin", "Quý III/2026"],
    ["2", "Chuẩn hóa danh mục dùng chung, mẫu hồ sơ bệnh án điện tử theo quy định của Bộ Y tế", "Phòng Kế hoạch tổng hợp", "Trước ngày 15/7/2026"],
    ["3", "Triển khai thí điểm bệnh án điện tử tại Khoa Nội tim mạch và Khoa Nhi", "Khoa Nội tim mạch; Khoa Nhi", "Tháng 7/2026 (thí điểm 01 tháng)"],
    ["4", "Mở rộng bệnh án điện tử ra toàn bộ các khoa lâm sàng", "Phòng Kế hoạch tổng hợp; các khoa lâm sàng", "Tháng 8 - 9/2026"],
    ["5", "Mở rộng hệ thống PACS toàn viện, trả phim điện tử cho người bệnh", "Khoa Chẩn đoán hình ảnh", "Trước ngày 31/8/2026"],
    ["6", "Kết nối hệ thống LIS với toàn bộ máy xét nghiệm", "Khoa Xét nghiệm", "Trước ngày 31/8/2026"],
    ["7", "Ký chữ ký số cho bác sĩ, điều dưỡng; ban hành quy chế sử dụng chữ ký số", "Phòng Tổ chức cán bộ", "Trước ngày 31/7/2026"],
    ["8", "Triển khai thanh toán viện phí bằng mã QR, thẻ ngân hàng tại các quầy thu", "Phòng Tài chính kế toán", "Tháng 7/2026"],
    ["9", "Đào tạo sử dụng bệnh án điện tử cho khoảng 1.100 nhân viên y tế", "Phòng Điều dưỡng; Phòng Công nghệ thông tin", "Tháng 7 - 8/2026"],
    ["10", "Xây dựng hồ sơ đề xuất cấp độ an toàn thông tin cấp độ 3, phối hợp Sở Khoa học và Công nghệ thẩm định", "Phòng Công nghệ thông tin", "Trước ngày 30/10/2026"],
]

TAIL_SIGN = ["GIÁM ĐỐC", "", "", "BSCKII. Ngô Đình Hải"]
TAIL_RECV = ["Nơi nhận:", "- Sở Y tế (b/c);", "- Ban Giám đốc;", "- Các khoa, phòng;",
             "- Đảng ủy, Công đoàn, Đoàn Thanh niên Bệnh viện;", "- Lưu: VT, KHTH."]


def cell_lines(cell, lines, bold_first=False):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold = bold_first and i < 2


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    head = doc.add_table(rows=1, cols=2)
    cell_lines(head.rows[0].cells[0], HEADER_LEFT, bold_first=True)
    cell_lines(head.rows[0].cells[1], HEADER_RIGHT, bold_first=True)

    for i, t in enumerate(TITLE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.bold = True

    for kind, text in BODY:
        if kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        elif kind == "b":
            doc.add_paragraph(text, style="List Bullet")
        elif kind == "p":
            doc.add_paragraph(text)
        elif kind == "table":
            t = doc.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, TABLE_HEAD):
                c.text = h
            for row in TABLE_ROWS:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v

    sig = doc.add_table(rows=1, cols=2)
    left, right = sig.rows[0].cells
    left.text = ""
    p = left.paragraphs[0]
    for i, line in enumerate(TAIL_RECV):
        if i:
            p = left.add_paragraph()
        r = p.add_run(line)
        r.italic = i == 0
    cell_lines(right, TAIL_SIGN, bold_first=False)

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
