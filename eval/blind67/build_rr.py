#!/usr/bin/env python3
"""Build the blind67 evaluation set: 5 corpus files + questions.jsonl + who_what.jsonl.

All text below is invented (tỉnh Trà Lĩnh Nam is fictional).
Run with /work/main/.venv/bin/python (needs python-docx and fpdf2).
"""
import json
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
# rr01 - Thông báo tuyển sinh (trường trung cấp), Markdown with tables
# ---------------------------------------------------------------------------
RR01 = """SỞ LĐ-TB&XH TỈNH TRÀ LĨNH NAM                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG TRUNG CẤP KINH TẾ - KỸ THUẬT                 Độc lập - Tự do - Hạnh phúc
          TRÀ LĨNH NAM                            ---------------------------
Số: 112/TB-TCKTKT                           Lĩnh Thành, ngày 02 tháng 3 năm 2026

# THÔNG BÁO

## Tuyển sinh trình độ trung cấp, sơ cấp và đào tạo thường xuyên năm 2026

Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;

Căn cứ Kế hoạch số 41/KH-UBND ngày 03/3/2025 của Ủy ban nhân dân tỉnh Trà Lĩnh Nam về đào tạo nghề gắn với giải quyết việc làm và chuyển đổi số giai đoạn 2025 - 2027;

Căn cứ Quyết định số 45/QĐ-TCKTKT ngày 20/02/2026 của Hiệu trưởng về việc giao chỉ tiêu tuyển sinh năm 2026,

Trường Trung cấp Kinh tế - Kỹ thuật Trà Lĩnh Nam thông báo tuyển sinh năm 2026 như sau:

### 1. Đối tượng và hình thức tuyển sinh

- Trình độ trung cấp: công dân tốt nghiệp trung học cơ sở (THCS) hoặc trung học phổ thông (THPT) trở lên, đủ sức khỏe học tập. Hình thức: xét tuyển dựa trên học bạ, không tổ chức thi.
- Trình độ sơ cấp và đào tạo thường xuyên: người từ đủ 15 tuổi trở lên, có trình độ học vấn và sức khỏe phù hợp với nghề đăng ký học.
- Học sinh tốt nghiệp THCS học trình độ trung cấp được đăng ký học song song chương trình giáo dục thường xuyên cấp THPT do Trường phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên (GDNN-GDTX) thành phố Lĩnh Thành tổ chức ngay tại Trường.

### 2. Ngành, nghề, chỉ tiêu và học phí

| TT | Ngành, nghề đào tạo | Trình độ | Chỉ tiêu (người) | Thời gian đào tạo | Học phí |
|---|---|---|---|---|---|
| 1 | Công nghệ thông tin (ứng dụng phần mềm) | Trung cấp | 80 | 24 tháng | 560.000 đồng/tháng |
| 2 | Kế toán doanh nghiệp | Trung cấp | 45 | 18 tháng | 520.000 đồng/tháng |
| 3 | Điện công nghiệp | Trung cấp | 70 | 24 tháng | 600.000 đồng/tháng |
| 4 | Cơ điện nông thôn | Trung cấp | 40 | 24 tháng | 600.000 đồng/tháng |
| 5 | Thú y | Trung cấp | 35 | 18 tháng | 540.000 đồng/tháng |
| 6 | Thương mại điện tử | Sơ cấp | 60 | 3 tháng | 1.900.000 đồng/khóa |
| 7 | Hàn điện | Sơ cấp | 50 | 3 tháng | 2.300.000 đồng/khóa |
| 8 | Tin học văn phòng và kỹ năng số | Đào tạo thường xuyên | 120 | 6 tuần | 650.000 đồng/khóa |
|  | Tổng cộng |  | 500 |  |  |

Ghi chú:

- Học sinh tốt nghiệp THCS theo học trình độ trung cấp được miễn học phí theo quy định; mức học phí trong bảng áp dụng đối với người học có bằng tốt nghiệp THPT trở lên.
- Học phí chương trình giáo dục thường xuyên cấp THPT (học song song) là 180.000 đồng/tháng, thu theo tháng thực học.
- Lao động nông thôn, người thuộc hộ nghèo, hộ cận nghèo, người khuyết tật học trình độ sơ cấp được xem xét hỗ trợ học phí theo kế hoạch đào tạo nghề của huyện nơi cư trú.

### 3. Hồ sơ đăng ký

| TT | Thành phần hồ sơ | Số lượng | Ghi chú |
|---|---|---|---|
| 1 | Phiếu đăng ký học nghề (theo mẫu của Trường) | 01 bản | Nhận tại Trường hoặc tải trên trang tuyển sinh |
| 2 | Bản sao bằng tốt nghiệp THCS, THPT hoặc giấy chứng nhận tốt nghiệp tạm thời | 01 bản | Áp dụng với trình độ trung cấp |
| 3 | Bản sao học bạ THCS hoặc THPT | 01 bản | Áp dụng với trình độ trung cấp |
| 4 | Bản sao giấy khai sinh và thẻ căn cước | 01 bản | Bắt buộc |
| 5 | Ảnh chân dung cỡ 3x4 cm, chụp không quá 6 tháng | 04 ảnh | Ghi rõ họ tên sau ảnh |
| 6 | Giấy tờ chứng minh thuộc diện ưu tiên, chính sách | 01 bản | Nếu có |

### 4. Thời gian, địa điểm nhận hồ sơ và nhập học

- Đợt 1: nhận hồ sơ từ ngày 16/3/2026 đến hết ngày 30/6/2026; nhập học ngày 13/7/2026.
- Đợt 2: nhận hồ sơ từ ngày 01/7/2026 đến hết ngày 31/8/2026; nhập học ngày 14/9/2026.
- Các lớp sơ cấp và đào tạo thường xuyên khai giảng liên tục trong năm khi đủ 25 học viên/lớp.
- Địa điểm: Phòng Đào tạo - Công tác học sinh, Trường Trung cấp Kinh tế - Kỹ thuật Trà Lĩnh Nam, số 145 đường Ngô Gia Tự, phường Lĩnh Hạ, thành phố Lĩnh Thành. Giờ nhận hồ sơ: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ, từ thứ Hai đến sáng thứ Bảy.
- Thí sinh có thể nộp hồ sơ trực tuyến tại trang tuyensinh.tcktkt-tln.edu.vn hoặc nộp tại các Trung tâm GDNN-GDTX cấp huyện (điểm nhận hồ sơ vệ tinh của Trường).

### 5. Chế độ, quyền lợi của người học

- Học sinh có kết quả học tập và rèn luyện từ loại khá trở lên được xét cấp học bổng khuyến khích học tập mỗi học kỳ; học sinh là người dân tộc thiểu số thuộc hộ nghèo, hộ cận nghèo được hưởng chính sách nội trú theo quy định.
- Ký túc xá của Trường có 150 chỗ ở, giá 120.000 đồng/người/tháng (bao gồm điện, nước sinh hoạt); ưu tiên học sinh ở các huyện xa trung tâm tỉnh.
- Sau khi tốt nghiệp, học sinh được Trường và Trung tâm Dịch vụ việc làm tỉnh giới thiệu việc làm tại các doanh nghiệp có ký kết hợp tác với Trường; học sinh tốt nghiệp trung cấp có thể học liên thông lên cao đẳng.

### 6. Tổ chức thực hiện

1. Phòng Đào tạo - Công tác học sinh có trách nhiệm tiếp nhận, kiểm tra hồ sơ, cập nhật danh sách thí sinh lên trang tuyển sinh hằng tuần và gửi giấy báo nhập học trước ngày nhập học ít nhất 10 ngày.
2. Các khoa chuyên môn có trách nhiệm cử giảng viên tham gia tư vấn tuyển sinh tại các trường THCS, THPT trên địa bàn tỉnh từ tháng 3 đến tháng 5/2026.
3. Đề nghị Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố chỉ đạo các trường THCS phổ biến thông báo này đến học sinh lớp 9 và cha mẹ học sinh.
4. Đề nghị Trung tâm GDNN-GDTX các huyện, thị xã, thành phố tiếp nhận hồ sơ tại chỗ và chuyển về Trường theo từng đợt, chậm nhất 05 ngày sau khi kết thúc đợt nhận hồ sơ.
5. Đề nghị Ủy ban nhân dân các xã, phường, thị trấn thông báo nội dung tuyển sinh trên hệ thống truyền thanh cơ sở ít nhất 02 lần/tuần trong thời gian nhận hồ sơ.

Mọi thông tin chi tiết xin liên hệ: thầy Dương Quốc Khải, Trưởng phòng Đào tạo - Công tác học sinh, điện thoại 0209.3868.155, đường dây nóng tuyển sinh 0988.624.017, thư điện tử tuyensinh@tcktkt-tln.edu.vn.

HIỆU TRƯỞNG

(đã ký)

Phạm Thị Thu Trang

Nơi nhận:

- Sở Lao động - Thương binh và Xã hội (để b/c);
- Sở Giáo dục và Đào tạo;
- UBND các huyện, thị xã, thành phố;
- Trung tâm GDNN-GDTX các huyện, thị xã, thành phố;
- Website của Trường;
- Lưu: VT, P.ĐT-CTHS.
"""

# ---------------------------------------------------------------------------
# rr02 - Tờ trình (Phòng LĐ-TB&XH huyện -> UBND huyện), PDF with money table
# ---------------------------------------------------------------------------
RR02_HEADER = [
    ("UBND HUYỆN ĐOÀI KHÊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("PHÒNG LAO ĐỘNG - THƯƠNG BINH", "Độc lập - Tự do - Hạnh phúc"),
    ("VÀ XÃ HỘI", ""),
    ("Số: 07/TTr-LĐTBXH", "Đoài Khê, ngày 26 tháng 01 năm 2026"),
]
RR02_TITLE = [
    "TỜ TRÌNH",
    "Về việc phê duyệt dự toán kinh phí thực hiện Kế hoạch đào tạo nghề, giáo dục "
    "thường xuyên và phổ cập kỹ năng số năm 2026 từ nguồn ngân sách huyện",
]
RR02_BODY_1 = [
    ("c", "Kính gửi: Ủy ban nhân dân huyện Đoài Khê."),
    ("p", "Căn cứ Kế hoạch số 23/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân huyện về đào tạo nghề, "
          "giáo dục thường xuyên và phổ cập kỹ năng số cho người lao động trên địa bàn huyện năm 2026;"),
    ("p", "Căn cứ Quyết định số 1874/QĐ-UBND ngày 20/12/2025 của Ủy ban nhân dân huyện về giao dự toán "
          "thu, chi ngân sách năm 2026;"),
    ("p", "Căn cứ kết quả rà soát nhu cầu học nghề do Ủy ban nhân dân các xã, thị trấn gửi về đến ngày 20/01/2026,"),
    ("p", "Phòng Lao động - Thương binh và Xã hội kính trình Ủy ban nhân dân huyện xem xét, phê duyệt dự toán "
          "kinh phí như sau:"),
    ("h", "I. SỰ CẦN THIẾT"),
    ("p", "Năm 2025, toàn huyện tuyển sinh, đào tạo 2.236 người, vượt 6,5% kế hoạch; tỷ lệ lao động có việc "
          "làm sau đào tạo là 83,7%. Tuy vậy, số lao động nông thôn chưa qua đào tạo còn khoảng 11.200 người, "
          "tập trung ở các xã Chày Hạ, Úc Kỳ và Vĩ Thượng; 3 xã này cũng có tỷ lệ người lao động có kỹ năng "
          "số cơ bản thấp nhất huyện (dưới 45%)."),
    ("p", "Kế hoạch số 23/KH-UBND giao chỉ tiêu năm 2026 đào tạo nghề cho 2.300 người và phổ cập kỹ năng số "
          "cho 5.000 người, trong đó phần kinh phí do ngân sách huyện bảo đảm là 1.246 triệu đồng. Để có cơ sở "
          "mở lớp từ quý II/2026, việc phê duyệt dự toán chi tiết là cần thiết."),
    ("h", "II. NỘI DUNG ĐỀ NGHỊ PHÊ DUYỆT"),
    ("b", "1. Dự toán chi tiết"),
]
RR02_TABLE = [
    ("TT", "Nội dung chi", "Quy mô", "Định mức (đồng)", "Thành tiền (đồng)"),
    ("1", "Hỗ trợ đào tạo trình độ sơ cấp cho lao động nông thôn", "8 lớp, 240 học viên", "2.200.000/học viên", "528.000.000"),
    ("2", "Hỗ trợ đào tạo dưới 3 tháng", "6 lớp, 180 học viên", "1.200.000/học viên", "216.000.000"),
    ("3", "Mở lớp kỹ năng số cơ bản tại xã, thị trấn", "14 lớp", "9.500.000/lớp", "133.000.000"),
    ("4", "Hỗ trợ tiền ăn, đi lại cho học viên thuộc hộ nghèo, người khuyết tật", "95 người", "1.800.000/người", "171.000.000"),
    ("5", "Tư vấn hướng nghiệp, tuyên truyền", "Toàn huyện", "Khoán", "86.000.000"),
    ("6", "Điều tra, cập nhật nhu cầu học nghề", "7 xã, thị trấn", "8.000.000/đơn vị", "56.000.000"),
    ("7", "Kiểm tra, giám sát, sơ kết, tổng kết", "Cả năm", "Theo thực tế", "56.000.000"),
    ("", "Tổng cộng", "", "", "1.246.000.000"),
]
RR02_BODY_2 = [
    ("p", "Tổng kinh phí đề nghị phê duyệt là 1.246.000.000 đồng (Bằng chữ: Một tỷ, hai trăm bốn mươi sáu "
          "triệu đồng chẵn)."),
    ("b", "2. Cơ sở xác định định mức"),
    ("p", "- Năm 2026 ngân sách huyện hỗ trợ mở 8 lớp sơ cấp với 240 học viên và 6 lớp đào tạo dưới 3 tháng "
          "với 180 học viên. Mức hỗ trợ đào tạo sơ cấp 2.200.000 đồng/học viên/khóa và đào tạo dưới 3 tháng "
          "1.200.000 đồng/học viên/khóa, xác định theo mức trần của tỉnh đối với nhóm nghề nông nghiệp và "
          "phi nông nghiệp."),
    ("p", "- Mỗi lớp kỹ năng số cơ bản học 40 tiết, tối đa 30 học viên, chi phí 9.500.000 đồng/lớp, gồm thù "
          "lao giáo viên, thuê máy tính, tài liệu và giấy chứng nhận hoàn thành."),
    ("p", "- Hỗ trợ tiền ăn 30.000 đồng/ngày thực học và tiền đi lại tối đa 200.000 đồng/khóa cho học viên ở "
          "cách nơi học từ 15 km trở lên; bình quân 1.800.000 đồng/người cho 95 học viên thuộc hộ nghèo, "
          "người khuyết tật."),
    ("p", "- Chi tư vấn hướng nghiệp, tuyên truyền 86.000.000 đồng, gồm in tờ gấp, phát thanh trên hệ thống "
          "truyền thanh cơ sở và 12 buổi tư vấn tại các trường THCS."),
    ("b", "3. Nguồn kinh phí"),
    ("p", "Ngân sách huyện năm 2026, nguồn sự nghiệp giáo dục - đào tạo và dạy nghề giao tại Quyết định số "
          "1874/QĐ-UBND ngày 20/12/2025. Phần kinh phí 2.100 triệu đồng do ngân sách tỉnh hỗ trợ và 500 triệu "
          "đồng huy động xã hội hóa không thuộc phạm vi Tờ trình này."),
    ("h", "III. TỔ CHỨC THỰC HIỆN SAU KHI DỰ TOÁN ĐƯỢC PHÊ DUYỆT"),
    ("p", "1. Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp với Phòng Tài chính - Kế hoạch hướng dẫn "
          "Trung tâm GDNN-GDTX huyện lập hồ sơ mở lớp, thanh toán và quyết toán kinh phí theo quy định; tổng "
          "hợp kết quả, báo cáo Ủy ban nhân dân huyện trước ngày 15/12/2026."),
    ("p", "2. Trung tâm GDNN-GDTX huyện là đơn vị trực tiếp tổ chức các lớp đào tạo và lớp kỹ năng số; ký hợp "
          "đồng với giáo viên, người dạy nghề; gửi kế hoạch khai giảng từng lớp về Phòng trước ít nhất 07 ngày."),
    ("p", "3. Ủy ban nhân dân các xã, thị trấn lập danh sách học viên, xác nhận đối tượng hưởng hỗ trợ, gửi về "
          "Trung tâm GDNN-GDTX huyện trước ngày 15/3/2026; bố trí địa điểm học tại nhà văn hóa thôn hoặc "
          "trường học."),
    ("p", "4. Đề nghị Kho bạc Nhà nước khu vực XI kiểm soát chi theo dự toán được duyệt."),
    ("p", "Kính trình Ủy ban nhân dân huyện xem xét, phê duyệt./."),
    ("i", "(Kèm theo dự thảo Quyết định phê duyệt dự toán và bảng tổng hợp nhu cầu học nghề của 7 xã, thị trấn.)"),
    ("p", "Đầu mối liên hệ: bà Vi Thị Nguyệt, chuyên viên Phòng Lao động - Thương binh và Xã hội, điện thoại "
          "0386.215.904, thư điện tử vtnguyet.ldtbxh@doaikhe.gov.vn."),
]
RR02_SIGN = ["TRƯỞNG PHÒNG", "(đã ký)", "", "Hứa Văn Lực"]
RR02_NOINHAN = [
    "Nơi nhận:",
    "- Như trên;",
    "- Chủ tịch, các Phó Chủ tịch UBND huyện;",
    "- Phòng Tài chính - Kế hoạch;",
    "- Trung tâm GDNN-GDTX huyện;",
    "- Lưu: VT, LĐTBXH.",
]

# ---------------------------------------------------------------------------
# rr03 - Kế hoạch (UBND huyện), DOCX with Word list numbering and task table
# ---------------------------------------------------------------------------
RR03_HEADER = [
    ("UỶ BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("HUYỆN ĐOÀI KHÊ", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 23/KH-UBND", "Đoài Khê, ngày 15 tháng 01 năm 2026"),
]
RR03_BLOCKS = [
    ("title", "KẾ HOẠCH"),
    ("subtitle", "Đào tạo nghề, giáo dục thường xuyên và phổ cập kỹ năng số cho người lao động "
                 "trên địa bàn huyện năm 2026"),
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, "
          "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Căn cứ Kế hoạch số 41/KH-UBND ngày 03/3/2025 của Ủy ban nhân dân tỉnh Trà Lĩnh Nam về đào tạo "
          "nghề gắn với giải quyết việc làm và chuyển đổi số giai đoạn 2025 - 2027;"),
    ("p", "Căn cứ Báo cáo số 318/BC-SLĐTBXH ngày 12/12/2025 của Sở Lao động - Thương binh và Xã hội về kết "
          "quả công tác giáo dục nghề nghiệp, giáo dục thường xuyên, giải quyết việc làm năm 2025;"),
    ("p", "Theo đề nghị của Phòng Lao động - Thương binh và Xã hội, Ủy ban nhân dân huyện ban hành Kế hoạch "
          "thực hiện năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("bullet", "Nâng cao chất lượng nguồn nhân lực nông thôn, gắn đào tạo nghề với nhu cầu của doanh nghiệp "
               "và chương trình mỗi xã một sản phẩm (OCOP) của huyện."),
    ("bullet", "Trang bị kỹ năng số cơ bản cho người lao động để sử dụng dịch vụ công trực tuyến, thanh toán "
               "không dùng tiền mặt."),
    ("bullet", "Phân công rõ đơn vị chủ trì, đơn vị phối hợp, thời gian hoàn thành; tránh chồng chéo."),
    ("h", "II. CHỈ TIÊU NĂM 2026"),
    ("num", "Tuyển sinh, đào tạo nghề cho 2.300 người, trong đó trình độ trung cấp 260 người, sơ cấp 940 "
            "người, đào tạo dưới 3 tháng 1.100 người."),
    ("num", "Tỷ lệ lao động qua đào tạo của huyện đạt 70,5%, trong đó có bằng cấp, chứng chỉ đạt 31%."),
    ("num", "Giải quyết việc làm mới cho 2.450 lao động; đưa 180 người đi làm việc ở nước ngoài theo hợp đồng."),
    ("num", "Phổ cập kỹ năng số cơ bản cho 5.000 người lao động; 62% lao động trong độ tuổi có kỹ năng số "
            "cơ bản; 100% xã, thị trấn tổ chức tối thiểu 01 lớp kỹ năng số."),
    ("num", "Huy động 420 học viên theo học chương trình giáo dục thường xuyên cấp THPT; tỷ lệ học viên lớp 12 "
            "tốt nghiệp tối thiểu 90%."),
    ("p", "Chỉ tiêu giao cho từng xã, thị trấn như sau:"),
    ("table", [
        ("TT", "Xã, thị trấn", "Đào tạo nghề (người)", "Phổ cập kỹ năng số (người)", "Giải quyết việc làm (người)"),
        ("1", "Thị trấn Đoài Khê", "520", "1.400", "560"),
        ("2", "Xã Khuôn Thắm", "310", "650", "330"),
        ("3", "Xã Mẫn Lộ", "280", "600", "300"),
        ("4", "Xã Trù Mật", "350", "720", "370"),
        ("5", "Xã Chày Hạ", "240", "480", "260"),
        ("6", "Xã Úc Kỳ", "300", "560", "310"),
        ("7", "Xã Vĩ Thượng", "300", "590", "320"),
        ("", "Cộng", "2.300", "5.000", "2.450"),
    ]),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("num2", "Tuyên truyền, tư vấn: tuyên truyền trên trang thông tin điện tử huyện và hệ thống truyền thanh cơ "
             "sở; tư vấn hướng nghiệp cho học sinh lớp 9 và lớp 12."),
    ("num2", "Đào tạo nghề: ưu tiên các nghề kỹ thuật chăn nuôi, trồng và chế biến chè, may công nghiệp, điện "
             "dân dụng, thương mại điện tử; tổ chức lớp học tại thôn, bản để người học không phải đi xa."),
    ("num2", "Giáo dục thường xuyên: duy trì lớp học văn hóa kết hợp học nghề tại Trung tâm GDNN-GDTX huyện; "
             "mở lớp xóa mù chữ tại xã Vĩ Thượng cho 45 học viên."),
    ("num2", "Phổ cập kỹ năng số: mỗi lớp 40 tiết với các nội dung sử dụng điện thoại thông minh, tài khoản "
             "định danh điện tử, dịch vụ công trực tuyến, thanh toán số, an toàn thông tin; phát huy vai trò "
             "tổ công nghệ số cộng đồng ở thôn, khu phố."),
    ("num2", "Việc làm: kết nối cung - cầu lao động qua phiên giao dịch việc làm lưu động; cho vay vốn từ "
             "Quỹ quốc gia về việc làm."),
    ("h", "IV. KINH PHÍ"),
    ("p", "Tổng kinh phí dự kiến 3.846 triệu đồng, gồm: ngân sách tỉnh hỗ trợ 2.100 triệu đồng; ngân sách "
          "huyện 1.246 triệu đồng; huy động xã hội hóa 500 triệu đồng. Giao Phòng Lao động - Thương binh và Xã hội "
          "chủ trì, phối hợp với Phòng Tài chính - Kế hoạch lập dự toán chi tiết phần ngân sách huyện, trình Ủy ban nhân dân huyện phê duyệt trước ngày 31/01/2026."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Phân công nhiệm vụ cụ thể"),
    ("table", [
        ("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
        ("1", "Điều tra nhu cầu học nghề, việc làm của lao động nông thôn",
         "Phòng Lao động - Thương binh và Xã hội", "Ủy ban nhân dân các xã, thị trấn", "Trước ngày 28/02/2026"),
        ("2", "Mở các lớp sơ cấp, đào tạo dưới 3 tháng", "Trung tâm GDNN-GDTX huyện",
         "Phòng Lao động - Thương binh và Xã hội; Ủy ban nhân dân các xã, thị trấn", "Quý II đến quý IV/2026"),
        ("3", "Mở lớp kỹ năng số cơ bản tại xã, thị trấn", "Trung tâm GDNN-GDTX huyện",
         "Phòng Văn hóa và Thông tin; Huyện đoàn", "Trước ngày 30/11/2026"),
        ("4", "Tư vấn hướng nghiệp, phân luồng học sinh sau THCS", "Phòng Giáo dục và Đào tạo",
         "Trung tâm GDNN-GDTX huyện; Trường Trung cấp Kinh tế - Kỹ thuật Trà Lĩnh Nam", "Tháng 3 đến tháng 5/2026"),
        ("5", "Tổ chức phiên giao dịch việc làm lưu động", "Phòng Lao động - Thương binh và Xã hội",
         "Trung tâm Dịch vụ việc làm tỉnh", "02 phiên, tháng 4 và tháng 9/2026"),
        ("6", "Cho vay vốn giải quyết việc làm", "Phòng giao dịch Ngân hàng Chính sách xã hội huyện",
         "Hội Nông dân huyện; Hội Liên hiệp Phụ nữ huyện", "Thường xuyên"),
    ]),
    ("b", "2. Trách nhiệm của các cơ quan, đơn vị"),
    ("p", "a) Phòng Lao động - Thương binh và Xã hội: Là cơ quan thường trực, giúp Ủy ban nhân dân huyện theo "
          "dõi, hướng dẫn thực hiện Kế hoạch; chủ trì, phối hợp với Phòng Tài chính - Kế hoạch tham mưu phân bổ "
          "kinh phí; tổng hợp, báo cáo kết quả định kỳ hằng quý (trước ngày 20 của tháng cuối quý) và báo cáo "
          "năm trước ngày 15/12/2026."),
    ("p", "b) Phòng Tài chính - Kế hoạch có trách nhiệm thẩm định dự toán, bố trí kinh phí từ ngân sách huyện "
          "và hướng dẫn thanh quyết toán theo quy định."),
    ("p", "c) Trung tâm GDNN-GDTX huyện: Xây dựng chương trình, bố trí giáo viên và thiết bị; tổ chức tối "
          "thiểu 14 lớp kỹ năng số và 14 lớp nghề trong năm; cấp chứng chỉ, giấy chứng nhận cho học viên đạt "
          "yêu cầu; phối hợp với doanh nghiệp giới thiệu việc làm sau đào tạo."),
    ("p", "d) Phòng Văn hóa và Thông tin phối hợp biên soạn tài liệu kỹ năng số, hướng dẫn hoạt động của các "
          "tổ công nghệ số cộng đồng; tuyên truyền Kế hoạch trên trang thông tin điện tử huyện."),
    ("p", "đ) Phòng Giáo dục và Đào tạo chỉ đạo các trường THCS phối hợp tư vấn hướng nghiệp, bảo đảm tối "
          "thiểu 30% học sinh tốt nghiệp THCS năm 2026 theo học giáo dục nghề nghiệp."),
    ("p", "e) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Hội Nông dân, Hội Liên hiệp Phụ nữ, Huyện đoàn "
          "tuyên truyền, vận động hội viên, đoàn viên tham gia học nghề, học kỹ năng số; giám sát việc thực hiện "
          "chính sách hỗ trợ người học."),
    ("p", "g) Ủy ban nhân dân các xã, thị trấn: Thành lập tổ rà soát nhu cầu học nghề; lập danh sách học viên "
          "gửi Trung tâm GDNN-GDTX huyện trước ngày 15/3/2026; bố trí địa điểm học; báo cáo kết quả thực hiện "
          "chỉ tiêu về Phòng Lao động - Thương binh và Xã hội định kỳ hằng quý."),
    ("p", "h) Các phòng, ban, ngành, Mặt trận và đoàn thể huyện căn cứ chức năng, nhiệm vụ, chủ động lồng "
          "ghép nội dung Kế hoạch vào chương trình công tác năm 2026 của đơn vị."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Lao "
          "động - Thương binh và Xã hội (đồng chí Bế Văn Lượng, Phó Trưởng phòng, điện thoại 0912.447.385) để "
          "tổng hợp, báo cáo Ủy ban nhân dân huyện./."),
]
RR03_NOINHAN = [
    "Nơi nhận:",
    "- Sở Lao động - TB&XH tỉnh (b/c);",
    "- TT Huyện ủy, TT HĐND huyện (b/c);",
    "- Chủ tịch, các PCT UBND huyện;",
    "- Các phòng, ban, ngành, đoàn thể huyện;",
    "- UBND các xã, thị trấn;",
    "- Lưu: VT, LĐTBXH.",
]
RR03_SIGN = ["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)", "Mạc Thị Duyên"]

# ---------------------------------------------------------------------------
# rr04 - Công văn (Trung tâm GDNN-GDTX huyện -> UBND xã), hard-wrapped .txt
# ---------------------------------------------------------------------------
RR04_HEAD = """UBND HUYỆN ĐOÀI KHÊ                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP -           Độc lập - Tự do - Hạnh phúc
   GIÁO DỤC THƯỜNG XUYÊN                  ----------------------------
Số: 58/TTGDNN-GDTX
V/v trả lời đề nghị mở lớp đào tạo      Đoài Khê, ngày 09 tháng 3 năm 2026
nghề và lớp kỹ năng số tại xã Trù Mật

                 Kính gửi: Ủy ban nhân dân xã Trù Mật.
"""
RR04_PARAS = [
    "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Đoài Khê (sau đây gọi là Trung tâm) nhận "
    "được Công văn số 14/UBND ngày 24/02/2026 của Ủy ban nhân dân xã Trù Mật về việc đề nghị mở lớp đào tạo "
    "nghề và lớp kỹ năng số cho người lao động trên địa bàn xã năm 2026. Căn cứ Kế hoạch số 23/KH-UBND ngày "
    "15/01/2026 của Ủy ban nhân dân huyện và Quyết định số 219/QĐ-UBND ngày 06/02/2026 của Ủy ban nhân dân "
    "huyện phê duyệt dự toán kinh phí thực hiện Kế hoạch, sau khi khảo sát thực tế tại xã ngày 03/3/2026, "
    "Trung tâm trả lời như sau:",
    "1. Về lớp sơ cấp nghề Kỹ thuật chăn nuôi gia súc, gia cầm",
    "Xã đề nghị mở 02 lớp. Trung tâm đồng ý mở trước 01 lớp với 35 học viên, khai giảng vào 8 giờ ngày "
    "06/4/2026 tại Nhà văn hóa thôn Rịa Trong; thời gian học 3 tháng, học vào buổi chiều các ngày thứ Ba, "
    "thứ Năm và thứ Bảy hằng tuần. Lớp thứ hai sẽ được xem xét mở trong quý III/2026 nếu xã lập đủ danh "
    "sách tối thiểu 30 học viên trước ngày 30/6/2026. Học viên là lao động nông thôn được hỗ trợ toàn bộ học "
    "phí theo định mức 2.200.000 đồng/học viên/khóa từ ngân sách huyện.",
    "2. Về lớp Sửa chữa máy nông nghiệp",
    "Năm 2026 Trung tâm chưa mở được lớp này do chưa có giáo viên cơ hữu và chưa có xưởng thực hành đạt "
    "chuẩn. Trung tâm đề nghị xã giới thiệu những lao động có nhu cầu đăng ký học ngành Cơ điện nông thôn "
    "trình độ trung cấp tại Trường Trung cấp Kinh tế - Kỹ thuật Trà Lĩnh Nam theo Thông báo tuyển sinh số "
    "112/TB-TCKTKT ngày 02/3/2026 của Trường; Trung tâm nhận hồ sơ hộ và chuyển về Trường.",
    "3. Về lớp kỹ năng số cơ bản",
    "Trung tâm đồng ý mở 02 lớp tại xã, mỗi lớp tối đa 30 học viên, thời lượng 40 tiết/lớp. Lớp thứ nhất "
    "khai giảng ngày 20/4/2026, lớp thứ hai khai giảng ngày 15/6/2026, cùng học tại phòng máy tính của "
    "Trường THCS Trù Mật vào các buổi tối thứ Hai, thứ Tư, thứ Sáu. Trung tâm bố trí giáo viên, tài liệu và "
    "máy tính bổ sung; học viên mang theo điện thoại thông minh có cài ứng dụng định danh điện tử. Ưu tiên "
    "thành viên tổ công nghệ số cộng đồng, hộ kinh doanh và người sản xuất sản phẩm OCOP của xã.",
    "4. Về đề nghị hỗ trợ kinh phí",
    "a) Học viên thuộc hộ nghèo, hộ cận nghèo, người khuyết tật được hỗ trợ tiền ăn 30.000 đồng/ngày thực "
    "học và tiền đi lại 200.000 đồng/khóa nếu nơi ở cách địa điểm học từ 15 km trở lên.",
    "b) Đề nghị hỗ trợ 12.000.000 đồng thuê loa, máy chiếu và trang trí hội trường khai giảng không thuộc "
    "nội dung chi của Kế hoạch số 23/KH-UBND, Trung tâm không có cơ sở giải quyết; đề nghị xã cân đối từ "
    "ngân sách xã hoặc huy động xã hội hóa.",
    "5. Đề nghị Ủy ban nhân dân xã Trù Mật",
    "a) Lập danh sách học viên lớp chăn nuôi và lớp kỹ năng số thứ nhất theo mẫu kèm theo, gửi về Trung tâm "
    "trước ngày 25/3/2026; danh sách lớp kỹ năng số thứ hai gửi trước ngày 29/5/2026.",
    "b) Phân công 01 công chức văn hóa - xã hội phối hợp quản lý lớp, theo dõi chuyên cần của học viên.",
    "c) Chủ trì, phối hợp với Đoàn xã, Hội Nông dân xã vận động đoàn viên, hội viên tham gia học; bảo đảm "
    "điện, nước, an ninh trật tự tại địa điểm học.",
    "6. Trách nhiệm của Trung tâm",
    "Phòng Đào tạo - Tuyển sinh của Trung tâm có trách nhiệm thẩm định danh sách, ký hợp đồng giảng dạy và "
    "gửi kế hoạch khai giảng về Phòng Lao động - Thương binh và Xã hội huyện trước ít nhất 07 ngày; sau mỗi "
    "khóa học, cấp chứng chỉ sơ cấp hoặc giấy chứng nhận hoàn thành cho học viên đạt yêu cầu và phối hợp "
    "giới thiệu việc làm.",
    "Mọi vướng mắc xin liên hệ ông Ninh Văn Bảy, Phó Giám đốc Trung tâm, điện thoại 0975.310.662 (lớp nghề) "
    "hoặc bà Tạ Minh Châu, giáo viên phụ trách lớp kỹ năng số, điện thoại 0834.270.519, thư điện tử "
    "tmchau.ttgdnn@doaikhe.edu.vn.",
    "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện trân trọng trả lời để Ủy ban nhân dân xã "
    "Trù Mật biết, phối hợp thực hiện./.",
]
RR04_TAIL = """
Nơi nhận:                                              GIÁM ĐỐC
- Như trên;                                             (đã ký)
- UBND huyện (để b/c);
- Phòng LĐ-TB&XH huyện;                              Đinh Công Tráng
- Lưu: VT, ĐT-TS.
"""

# ---------------------------------------------------------------------------
# rr05 - Báo cáo (Sở LĐ-TB&XH tỉnh), .txt with a Markdown table
# ---------------------------------------------------------------------------
RR05 = """UBND TỈNH TRÀ LĨNH NAM                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ LAO ĐỘNG - THƯƠNG BINH                    Độc lập - Tự do - Hạnh phúc
      VÀ XÃ HỘI                          ----------------------------
Số: 318/BC-SLĐTBXH                  Lĩnh Thành, ngày 12 tháng 12 năm 2025

                                 BÁO CÁO
   Kết quả công tác giáo dục nghề nghiệp, giáo dục thường xuyên, giải quyết
   việc làm và phổ cập kỹ năng số cho người lao động năm 2025; phương hướng,
                             nhiệm vụ năm 2026

Thực hiện Kế hoạch số 41/KH-UBND ngày 03/3/2025 của Ủy ban nhân dân tỉnh về đào tạo nghề gắn với giải quyết việc làm và chuyển đổi số giai đoạn 2025 - 2027 và Công văn số 2265/UBND-KGVX ngày 18/11/2025 của Ủy ban nhân dân tỉnh về việc báo cáo tổng kết năm, Sở Lao động - Thương binh và Xã hội báo cáo kết quả năm 2025 như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2025

1. Tuyên truyền, tư vấn hướng nghiệp

Sở phối hợp với Sở Giáo dục và Đào tạo tổ chức 46 buổi tư vấn hướng nghiệp, tuyển sinh tại 28 trường THCS, THPT với 9.840 học sinh tham dự; phát hành 12.500 tờ gấp; phối hợp với Đài Phát thanh và Truyền hình tỉnh thực hiện 24 chuyên mục "Học nghề - Lập nghiệp".

2. Tuyển sinh, đào tạo nghề

Toàn tỉnh tuyển sinh, đào tạo 11.426 người, bằng 105,8% kế hoạch (kế hoạch 10.800 người), trong đó: trình độ trung cấp 1.215 người; sơ cấp 4.980 người; đào tạo dưới 3 tháng 5.231 người. Số lao động nông thôn được hỗ trợ đào tạo nghề là 3.164 người, trong đó 1.027 người là đồng bào dân tộc thiểu số. Tỷ lệ lao động qua đào tạo toàn tỉnh là 69,4%, tăng 1,9 điểm phần trăm so với năm 2024; tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ là 29,8%.

Kết quả theo địa bàn:

| Huyện, thị xã, thành phố | Kế hoạch (người) | Thực hiện (người) | Tỷ lệ so với kế hoạch (%) | Có việc làm sau đào tạo (%) |
|---|---|---|---|---|
| Thành phố Lĩnh Thành | 3.200 | 3.512 | 109,8 | 86,1 |
| Huyện Đoài Khê | 2.100 | 2.236 | 106,5 | 83,7 |
| Huyện Hồ Ngạn | 1.900 | 1.843 | 97,0 | 79,2 |
| Huyện Chu Phán | 1.650 | 1.702 | 103,2 | 80,5 |
| Thị xã Ô Cát | 1.950 | 2.133 | 109,4 | 84,9 |
| Toàn tỉnh | 10.800 | 11.426 | 105,8 | 83,5 |

Hội thi kỹ năng nghề tỉnh lần thứ V tổ chức ngày 22-23/10/2025 tại Trường Trung cấp Kinh tế - Kỹ thuật Trà Lĩnh Nam, có 96 thí sinh tham gia thi 8 nghề; Ban Tổ chức trao 8 giải nhất, 9 giải nhì, 14 giải ba và 20 giải khuyến khích.

3. Giáo dục thường xuyên

Toàn tỉnh có 5 Trung tâm GDNN-GDTX cấp huyện. Năm học 2024 - 2025 có 2.140 học viên học chương trình GDTX cấp THPT; tỷ lệ học viên lớp 12 tốt nghiệp THPT là 91,3%. Các trung tâm mở 21 lớp xóa mù chữ và sau xóa mù chữ cho 386 người tại 14 xã vùng cao. Hiện mới có 3 trung tâm có phòng máy tính kết nối internet tốc độ cao; Trung tâm GDNN-GDTX huyện Hồ Ngạn còn thiếu 2 phòng thực hành.

4. Giải quyết việc làm

Giải quyết việc làm cho 14.720 lao động, bằng 105,1% kế hoạch (kế hoạch 14.000 người); trong đó 1.135 người đi làm việc ở nước ngoài theo hợp đồng. Trung tâm Dịch vụ việc làm tỉnh tổ chức 12 phiên giao dịch việc làm (trong đó 4 phiên lưu động tại các huyện) với 3.480 lượt người lao động và 215 lượt doanh nghiệp tham gia. Ngân hàng Chính sách xã hội tỉnh cho vay từ Quỹ quốc gia về việc làm 38,6 tỷ đồng, hỗ trợ tạo việc làm cho 1.294 lao động.

5. Phổ cập kỹ năng số cho người lao động

Hưởng ứng phong trào "Mỗi người lao động một kỹ năng số", các Trung tâm GDNN-GDTX mở 37 lớp kỹ năng số cơ bản với 1.096 học viên; các tổ công nghệ số cộng đồng hướng dẫn trực tiếp cho 26.300 lượt người. Tỷ lệ người lao động trong độ tuổi có kỹ năng số cơ bản ước tính là 58,7% (kế hoạch 60%). Ba xã vùng cao của huyện Chu Phán chưa tổ chức lớp kỹ năng số nào do chưa có sóng di động ổn định.

II. ĐÁNH GIÁ CHUNG

1. Ưu điểm: công tác đào tạo nghề và giải quyết việc làm vượt kế hoạch; các Trung tâm GDNN-GDTX từng bước gắn đào tạo với đặt hàng của doanh nghiệp; phong trào học kỹ năng số lan rộng tới thôn, bản.

2. Tồn tại, hạn chế:
- Huyện Hồ Ngạn chỉ bằng 97,0% kế hoạch tuyển sinh; tỷ lệ có việc làm sau đào tạo thấp nhất tỉnh (79,2%).
- Tỷ lệ người lao động có kỹ năng số cơ bản (58,7%) chưa đạt kế hoạch 60%.
- Thiết bị đào tạo ở nhiều Trung tâm GDNN-GDTX lạc hậu; đội ngũ giáo viên cơ hữu còn thiếu, nhất là các nghề cơ khí, điện.

3. Nguyên nhân: nguồn kinh phí đầu tư thiết bị còn hạn chế; một bộ phận người lao động chưa quan tâm học nghề; hạ tầng viễn thông ở vùng cao chưa bảo đảm.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

1. Chỉ tiêu chủ yếu: tuyển sinh, đào tạo 11.500 người; tỷ lệ lao động qua đào tạo 71%; giải quyết việc làm cho 14.500 lao động, trong đó 1.200 người đi làm việc ở nước ngoài; 65% lao động trong độ tuổi có kỹ năng số cơ bản.

2. Nhiệm vụ, giải pháp và phân công thực hiện:
a) Phòng Giáo dục nghề nghiệp thuộc Sở chủ trì hướng dẫn các huyện, thị xã, thành phố xây dựng kế hoạch đào tạo năm 2026, hoàn thành trước ngày 31/01/2026.
b) Trung tâm Dịch vụ việc làm tỉnh tổ chức phiên giao dịch việc làm định kỳ vào ngày 10 hằng tháng và tối thiểu 6 phiên lưu động tại các huyện.
c) Đề nghị Sở Thông tin và Truyền thông phối hợp biên soạn bộ học liệu kỹ năng số dùng chung cho các Trung tâm GDNN-GDTX, hoàn thành trong quý I/2026; hỗ trợ phủ sóng di động cho 3 xã vùng cao huyện Chu Phán.
d) Đề nghị Sở Giáo dục và Đào tạo chỉ đạo các trường THCS thực hiện mục tiêu phân luồng, bảo đảm tối thiểu 30% học sinh tốt nghiệp THCS vào học giáo dục nghề nghiệp.
đ) Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố giao chỉ tiêu đến từng xã, phường, thị trấn; chỉ đạo Phòng Lao động - Thương binh và Xã hội và Trung tâm GDNN-GDTX báo cáo kết quả về Sở định kỳ hằng quý, trước ngày 20 của tháng cuối quý.

IV. KIẾN NGHỊ

1. Đề nghị Ủy ban nhân dân tỉnh bố trí 4,2 tỷ đồng năm 2026 để đầu tư thiết bị đào tạo nghề cơ khí, điện cho Trung tâm GDNN-GDTX huyện Hồ Ngạn và huyện Chu Phán.
2. Đề nghị Bộ Lao động - Thương binh và Xã hội sớm ban hành định mức kinh tế - kỹ thuật cho đào tạo kỹ năng số dưới 3 tháng.

Đầu mối tổng hợp: Phòng Giáo dục nghề nghiệp, bà Nông Thị Hằng, điện thoại 0209.3852.416, thư điện tử nthang.sldtbxh@tralinhnam.gov.vn.

Nơi nhận:                                         KT. GIÁM ĐỐC
- Bộ LĐ-TB&XH (b/c);                               PHÓ GIÁM ĐỐC
- TT Tỉnh ủy, TT HĐND tỉnh (b/c);
- UBND tỉnh (b/c);                                   (đã ký)
- UBND các huyện, thị xã, thành phố;
- Lưu: VT, GDNN.                                  Quách Đình Tú
"""

FILES = {
    "rr01": "rr01_tuyensinh.md",
    "rr02": "rr02_totrinh.pdf",
    "rr03": "rr03_kehoach.docx",
    "rr04": "rr04_congvan.txt",
    "rr05": "rr05_baocao.txt",
}


def write_text(name, text):
    with open(os.path.join(CORPUS, name), "w", encoding="utf-8") as f:
        f.write(nfc(text))


def build_rr04_text():
    out = [RR04_HEAD]
    for para in RR04_PARAS:
        # hard wrap like a PDF copy: lines break mid-sentence, inside names and dates
        out.append("\n".join(textwrap.wrap(para, width=72, break_long_words=False, break_on_hyphens=False)))
    return "\n".join(out) + "\n" + RR04_TAIL


def build_docx(path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3)
        s.right_margin = Cm(2)

    # header: two columns in a borderless table, as Word users do
    ht = doc.add_table(rows=len(RR03_HEADER), cols=2)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (left, right) in enumerate(RR03_HEADER):
        for j, txt in enumerate((left, right)):
            cell = ht.cell(i, j)
            par = cell.paragraphs[0]
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = par.add_run(nfc(txt))
            run.bold = i < 2
            if i == 2 and j == 1:
                run.italic = True
    doc.add_paragraph()

    for kind, content in RR03_BLOCKS:
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(nfc(content))
            r.bold = True
            r.font.size = Pt(14)
        elif kind == "subtitle":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(nfc(content))
            r.bold = True
        elif kind == "h":
            p = doc.add_paragraph()
            r = p.add_run(nfc(content))
            r.bold = True
        elif kind == "b":
            p = doc.add_paragraph()
            r = p.add_run(nfc(content))
            r.bold = True
            r.italic = True
        elif kind == "bullet":
            doc.add_paragraph(nfc(content), style="List Bullet")
        elif kind == "num":
            doc.add_paragraph(nfc(content), style="List Number")
        elif kind == "num2":
            doc.add_paragraph(nfc(content), style="List Number 2")
        elif kind == "table":
            rows = content
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, txt in enumerate(row):
                    cell = t.cell(i, j)
                    par = cell.paragraphs[0]
                    r = par.add_run(nfc(txt))
                    if i == 0 or txt in ("Cộng",):
                        r.bold = True
            doc.add_paragraph()
        else:
            p = doc.add_paragraph(nfc(content))
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    # signature block + Nơi nhận in a two-column borderless table
    st_ = doc.add_table(rows=1, cols=2)
    left, right = st_.cell(0, 0), st_.cell(0, 1)
    lp = left.paragraphs[0]
    for k, line in enumerate(RR03_NOINHAN):
        if k:
            lp = left.add_paragraph()
        r = lp.add_run(nfc(line))
        r.font.size = Pt(10)
        r.bold = k == 0
    rp = right.paragraphs[0]
    for k, line in enumerate(RR03_SIGN):
        if k:
            rp = right.add_paragraph()
        rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = rp.add_run(nfc(line))
        r.bold = line != "(đã ký)"
    doc.save(path)


def build_pdf(path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    # two-column header
    pdf.set_font("DejaVu", "B", 10)
    for left, right in RR02_HEADER:
        bold_l = not left.startswith("Số")
        pdf.set_font("DejaVu", "B" if bold_l else "", 10)
        pdf.cell(W * 0.42, 6, nfc(left), align="C")
        pdf.set_font("DejaVu", "" if right.startswith("Đoài") else "B", 10)
        pdf.cell(W * 0.58, 6, nfc(right), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(W, 7, nfc(RR02_TITLE[0]), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(W, 6, nfc(RR02_TITLE[1]), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)

    def blocks(items):
        for kind, txt in items:
            if kind == "c":
                pdf.set_font("DejaVu", "", 11)
                pdf.multi_cell(W, 6, nfc(txt), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(2)
            elif kind in ("h", "b"):
                pdf.set_font("DejaVu", "B", 11)
                pdf.multi_cell(W, 6, nfc(txt), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                pdf.set_font("DejaVu", "", 11)
                pdf.multi_cell(W, 6, nfc(txt), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)

    blocks(RR02_BODY_1)
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(8, 60, 32, 32, 30), text_align=("CENTER", "LEFT", "LEFT", "LEFT", "RIGHT"),
                   line_height=5) as table:
        for row in RR02_TABLE:
            r = table.row()
            for c in row:
                r.cell(nfc(c))
    pdf.ln(3)
    blocks(RR02_BODY_2)
    pdf.ln(4)
    y = pdf.get_y()
    if y > pdf.h - 70:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_font("DejaVu", "", 9)
    for k, line in enumerate(RR02_NOINHAN):
        pdf.set_xy(pdf.l_margin, y + k * 5)
        pdf.set_font("DejaVu", "B" if k == 0 else "", 9)
        pdf.cell(W * 0.5, 5, nfc(line))
    for k, line in enumerate(RR02_SIGN):
        pdf.set_xy(pdf.l_margin + W * 0.5, y + k * 6)
        pdf.set_font("DejaVu", "" if line == "(đã ký)" else "B", 11)
        pdf.cell(W * 0.5, 6, nfc(line), align="C")
    pdf.output(path)


def build_corpus():
    os.makedirs(CORPUS, exist_ok=True)
    write_text(FILES["rr01"], RR01)
    build_pdf(os.path.join(CORPUS, FILES["rr02"]))
    build_docx(os.path.join(CORPUS, FILES["rr03"]))
    write_text(FILES["rr04"], build_rr04_text())
    write_text(FILES["rr05"], RR05)


if __name__ == "__main__":
    build_corpus()
    try:
        from qa_data import QUESTIONS, WHO_WHAT  # noqa: F401
    except ImportError:
        QUESTIONS = WHO_WHAT = None
    if QUESTIONS is not None:
        with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
            for q in QUESTIONS:
                f.write(json.dumps(q, ensure_ascii=False) + "\n")
        with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
            for w in WHO_WHAT:
                f.write(json.dumps(w, ensure_ascii=False) + "\n")
    print("built", sorted(os.listdir(CORPUS)))
