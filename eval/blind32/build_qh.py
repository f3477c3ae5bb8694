#!/usr/bin/env python3
"""Build corpus/qh02_...docx from text held in this script (python-docx).
Run: /work/main/.venv/bin/python /work/main/eval/blind32/build_qh.py
"""
import os
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus", "qh02_kh45_thpt_ben_trieu_cds_day_hoc_2026_2027.docx")

HEAD = [
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐÔNG HẢI NAM",
    "TRƯỜNG TRUNG HỌC PHỔ THÔNG BẾN TRIỀU",
    "Số: 45/KH-THPTBT",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Bến Triều, ngày 12 tháng 9 năm 2026",
    "KẾ HOẠCH",
    "Chuyển đổi số trong dạy học năm học 2026 - 2027",
]

BODY1 = [
    "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
    "Căn cứ Kế hoạch số 2150/KH-SGDĐT ngày 25/8/2026 của Sở Giáo dục và Đào tạo Đông Hải Nam về ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục năm học 2026 - 2027;",
    "Căn cứ Nghị quyết số 09-NQ/ĐU ngày 20/01/2026 của Đảng ủy phường Bến Triều về xây dựng phường thông minh giai đoạn 2026 - 2030;",
    "Căn cứ kết quả năm học 2025 - 2026 và điều kiện thực tế của nhà trường, Trường Trung học phổ thông Bến Triều xây dựng Kế hoạch chuyển đổi số trong dạy học năm học 2026 - 2027 như sau:",
    "I. ĐẶC ĐIỂM TÌNH HÌNH",
    "Năm học 2026 - 2027, nhà trường có 36 lớp với 1.482 học sinh, 84 cán bộ, giáo viên, nhân viên. Trường có 2 phòng máy tính với 90 máy, 24/36 phòng học đã lắp màn hình tương tác; đường truyền Internet cáp quang 500 Mbps. Năm học trước, 100% giáo viên đã sử dụng sổ điểm điện tử, nhưng mới có 41% giáo viên thường xuyên giao bài và kiểm tra trực tuyến trên hệ thống quản lý học tập (LMS).",
    "II. MỤC TIÊU",
    "1. 100% giáo viên sử dụng hệ thống quản lý học tập LMS của trường để giao bài, chấm bài và trao đổi với học sinh; ít nhất 70% giáo viên sử dụng thường xuyên (tối thiểu 2 lần/tuần).",
    "2. Xây dựng kho học liệu số của trường với ít nhất 120 bài giảng điện tử và 60 bài giảng e-learning đạt yêu cầu, bao phủ 100% môn học bắt buộc.",
    "3. 100% học sinh khối 10 và khối 11 thực hiện học bạ số; 100% hồ sơ, sổ sách chuyên môn được lưu trữ trên môi trường số.",
    "4. Đưa vào sử dụng 6 phòng học thông minh, hoàn thành việc lắp màn hình tương tác cho 12 phòng học còn lại.",
    "5. Ít nhất 25 giáo viên có bài dự thi cấp tỉnh về thiết kế bài giảng e-learning hoặc ứng dụng trí tuệ nhân tạo trong dạy học.",
    "III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN",
]

TABLE = [
    ("STT", "Nội dung", "Người thực hiện", "Thời gian"),
    ("1", "Thành lập Tổ công tác chuyển đổi số của trường; ban hành quy chế sử dụng LMS", "Thầy Đỗ Minh Khoa, Phó Hiệu trưởng", "Trước 30/9/2026"),
    ("2", "Tập huấn giáo viên sử dụng LMS, công cụ thiết kế bài giảng e-learning và trí tuệ nhân tạo tạo sinh", "Thầy Vũ Đức Anh, Tổ trưởng Tổ Tin học - Công nghệ", "Tháng 10/2026"),
    ("3", "Xây dựng ngân hàng câu hỏi trắc nghiệm trực tuyến môn Toán khối 12 (tối thiểu 1.500 câu)", "Cô Nguyễn Thu Trang, Tổ trưởng Tổ Toán", "Từ 10/2026 đến 01/2027"),
    ("4", "Triển khai học bạ số cho học sinh khối 10, khối 11; ký số sổ điểm", "Cô Hoàng Thị Mai, Thư ký hội đồng trường", "Hoàn thành trước 31/5/2027"),
    ("5", "Lắp đặt màn hình tương tác cho 12 phòng học; bàn giao 6 phòng học thông minh", "Thầy Bùi Quang Huy, nhân viên thiết bị", "Trước 15/12/2026"),
    ("6", "Tổ chức cuộc thi \"Bài giảng số sáng tạo\" cấp trường", "Cô Trịnh Ngọc Lan, Bí thư Đoàn trường", "Tháng 3/2027"),
    ("7", "Hướng dẫn học sinh và phụ huynh kích hoạt tài khoản VNeID, sổ sức khỏe điện tử", "Cô Trịnh Ngọc Lan, Bí thư Đoàn trường, phối hợp Trạm Y tế phường Bến Triều", "Tháng 11/2026"),
    ("8", "Kiểm tra, đánh giá mức độ sử dụng LMS của giáo viên theo học kỳ", "Thầy Đỗ Minh Khoa, Phó Hiệu trưởng", "Tháng 01/2027 và tháng 5/2027"),
]

BODY2 = [
    "IV. KINH PHÍ",
    "Tổng kinh phí thực hiện Kế hoạch là 1,25 tỷ đồng, trong đó: ngân sách nhà nước cấp qua Sở Giáo dục và Đào tạo 980 triệu đồng để mua sắm màn hình tương tác và thiết bị phòng học thông minh; nguồn hỗ trợ của Hội Cha mẹ học sinh 150 triệu đồng; nguồn tài trợ của Công ty TNHH Viễn thông Hải Nam Net 120 triệu đồng (gói đường truyền và tài khoản LMS bản quyền).",
    "V. TỔ CHỨC THỰC HIỆN",
    "1. Hiệu trưởng chịu trách nhiệm chung, phê duyệt kế hoạch chi tiết của các tổ chuyên môn.",
    "2. Các tổ trưởng chuyên môn xây dựng kế hoạch của tổ, nộp về Phó Hiệu trưởng phụ trách trước ngày 25/9/2026; mỗi giáo viên đăng ký tối thiểu 2 bài giảng e-learning trong năm học.",
    "3. Văn phòng nhà trường tổng hợp, báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo theo định kỳ học kỳ I (trước ngày 10/01/2027) và cuối năm học (trước ngày 10/6/2027).",
    "4. Đoàn Thanh niên trường thành lập đội hỗ trợ kỹ thuật gồm 30 học sinh có năng lực tin học, hỗ trợ giáo viên lớn tuổi khi dạy trên phòng học thông minh.",
    "Trong quá trình thực hiện, nếu có vướng mắc, các tổ, cá nhân báo cáo về Phó Hiệu trưởng Đỗ Minh Khoa (điện thoại 0983 217 460) để được hướng dẫn.",
]

TAIL = [
    "HIỆU TRƯỞNG",
    "Lê Thị Thanh Hương",
    "Nơi nhận:",
    "- Sở GD&ĐT (để báo cáo);",
    "- Đảng ủy, UBND phường Bến Triều (để phối hợp);",
    "- Các tổ chuyên môn, tổ văn phòng;",
    "- Website trường;",
    "- Lưu: VT.",
]


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for line in HEAD + BODY1:
        doc.add_paragraph(line)
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for row in TABLE:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt
    for line in BODY2 + TAIL:
        doc.add_paragraph(line)
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
