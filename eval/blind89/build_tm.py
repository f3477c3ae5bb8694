#!/usr/bin/env python3
"""Rebuild the five corpus documents of blind set 89 (tỉnh Hà Nguyên, invented).

All text is invented. Run with /work/main/.venv/bin/python (needs python-docx, fpdf2).
"""
import json
import os
import re
import textwrap
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def nfc(s):
    return unicodedata.normalize("NFC", s)


def write_text(name, text):
    with open(os.path.join(CORPUS, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(nfc(text))


# ---------------------------------------------------------------------------
# tm01 — Kế hoạch (UBND tỉnh), Markdown with tables
# ---------------------------------------------------------------------------
TM01 = """UBND TỈNH HÀ NGUYÊN

Số: 86/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

*Hà Nguyên, ngày 14 tháng 01 năm 2026*

# KẾ HOẠCH

## Đào tạo nghề nghiệp cho lao động nông thôn và thanh niên trên địa bàn tỉnh Hà Nguyên năm 2026

Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;

Căn cứ Nghị quyết số 31/2025/NQ-HĐND ngày 09 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh quy định mức hỗ trợ đào tạo trình độ sơ cấp và đào tạo dưới 3 tháng trên địa bàn tỉnh Hà Nguyên;

Theo đề nghị của Sở Giáo dục và Đào tạo tại Tờ trình số 37/TTr-SGDĐT ngày 06 tháng 01 năm 2026, UBND tỉnh ban hành Kế hoạch đào tạo nghề nghiệp cho lao động nông thôn và thanh niên năm 2026 như sau:

## I. MỤC ĐÍCH, YÊU CẦU

1. Nâng cao chất lượng nguồn nhân lực ở khu vực nông thôn, tạo việc làm và tăng thu nhập cho người lao động, nhất là thanh niên, người thuộc hộ nghèo, hộ cận nghèo và người dân tộc thiểu số sau khi sắp xếp chính quyền địa phương hai cấp.
2. Đào tạo gắn với nhu cầu của doanh nghiệp, hợp tác xã và sản phẩm chủ lực của từng xã, phường; không đào tạo tràn lan, không chạy theo số lượng.
3. Ứng dụng công nghệ số trong tuyển sinh, quản lý người học và theo dõi việc làm sau đào tạo; 100% học viên có hồ sơ điện tử trên phần mềm quản lý đào tạo nghề của tỉnh.

## II. CHỈ TIÊU

- Tổng số người đào tạo năm 2026 là 2.450 người, trong đó trình độ sơ cấp 1.580 người, đào tạo dưới 3 tháng 870 người.
- Thanh niên từ 16 đến 30 tuổi chiếm tối thiểu 35% tổng số học viên (857 người).
- Tỷ lệ học viên có việc làm mới hoặc tiếp tục làm nghề cũ với năng suất, thu nhập cao hơn sau 06 tháng kể từ khi kết thúc khóa học tối thiểu 80%.
- Tối thiểu 15% học viên theo học các nghề gắn với kỹ năng số và thương mại điện tử.

## III. NGHỀ ĐÀO TẠO, SỐ LƯỢNG VÀ MỨC CHI PHÍ

### 1. Phân bổ theo nghề

| TT | Nghề đào tạo | Trình độ | Số học viên | Mức chi phí (đồng/học viên) | Cơ sở đào tạo chủ yếu |
|---|---|---|---|---|---|
| 1 | Kỹ thuật chăn nuôi gia cầm | Sơ cấp | 320 | 3.200.000 | Trung tâm GDNN-GDTX khu vực Tam Đa |
| 2 | Trồng và chăm sóc cây ăn quả | Sơ cấp | 280 | 3.000.000 | Trường Trung cấp Nông lâm Hà Nguyên |
| 3 | May công nghiệp | Sơ cấp | 410 | 4.500.000 | Trường Cao đẳng nghề Hà Nguyên |
| 4 | Hàn điện | Sơ cấp | 180 | 5.200.000 | Trường Cao đẳng nghề Hà Nguyên |
| 5 | Sửa chữa máy nông nghiệp | Sơ cấp | 150 | 4.800.000 | Trường Cao đẳng nghề Hà Nguyên |
| 6 | Điện dân dụng | Sơ cấp | 240 | 4.200.000 | Trung tâm GDNN-GDTX khu vực Chiềng Sại |
| 7 | Chế biến món ăn | Dưới 3 tháng | 240 | 2.600.000 | Trung tâm GDNN-GDTX khu vực Đồng Tiêu |
| 8 | Hướng dẫn du lịch cộng đồng | Dưới 3 tháng | 200 | 2.400.000 | Trung tâm GDNN-GDTX khu vực Chiềng Sại |
| 9 | Tin học văn phòng và bán hàng trực tuyến | Dưới 3 tháng | 430 | 2.100.000 | Trường Cao đẳng nghề Hà Nguyên |
|  | **Tổng cộng** |  | **2.450** |  |  |

### 2. Phân bổ theo xã, phường

| TT | Xã, phường | Số học viên | Trong đó thanh niên (16 - 30 tuổi) |
|---|---|---|---|
| 1 | Phường Thuận Nguyên | 260 | 110 |
| 2 | Phường Hồng Phúc | 240 | 95 |
| 3 | Xã Tam Đa | 380 | 120 |
| 4 | Xã Bằng Phúc | 350 | 130 |
| 5 | Xã Chiềng Sại | 310 | 105 |
| 6 | Xã Suối Cạn | 290 | 100 |
| 7 | Xã Đồng Tiêu | 330 | 115 |
| 8 | Xã Hạnh Phú | 290 | 82 |
|  | **Tổng cộng** | **2.450** | **857** |

## IV. KINH PHÍ

1. Tổng kinh phí thực hiện Kế hoạch là 8.380.000.000 đồng (Tám tỷ, ba trăm tám mươi triệu đồng), trong đó: ngân sách tỉnh 7.150.000.000 đồng; nguồn huy động từ doanh nghiệp và xã hội hóa 1.230.000.000 đồng.
2. Ngoài mức chi phí đào tạo nêu tại Mục III, học viên thuộc hộ nghèo, hộ cận nghèo, người dân tộc thiểu số nhận hỗ trợ tiền ăn 30.000 đồng/người/ngày thực học và tiền đi lại 200.000 đồng/người/khóa học nếu nơi ở cách địa điểm học từ 15 km trở lên, từ nguồn Chương trình mục tiêu quốc gia giảm nghèo bền vững.
3. Sở Tài chính thẩm định, trình UBND tỉnh giao kinh phí cho từng cơ sở đào tạo trước ngày 10/3/2026.

## V. TỔ CHỨC THỰC HIỆN

**1. Sở Giáo dục và Đào tạo**

Là cơ quan thường trực, chủ trì tổ chức thực hiện Kế hoạch; ban hành hướng dẫn tuyển sinh và hồ sơ học viên trước ngày 28/02/2026; kiểm tra, giám sát các lớp học; tổng hợp, báo cáo UBND tỉnh kết quả 6 tháng trước ngày 15/7/2026 và cả năm trước ngày 15/12/2026.

**2. Sở Nội vụ**

Chủ trì theo dõi, đánh giá tình hình việc làm của người học sau đào tạo; giao Trung tâm Dịch vụ việc làm tỉnh tổ chức phiên giao dịch việc làm vào ngày 15 hằng tháng và các phiên lưu động tại xã; hướng dẫn UBND các xã, phường mẫu báo cáo số người có việc làm.

**3. Sở Tài chính**

Tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các cơ sở đào tạo thanh toán, quyết toán kinh phí theo quy định.

**4. Sở Nông nghiệp và Môi trường**

Phối hợp với Sở Giáo dục và Đào tạo rà soát chương trình các nghề nông nghiệp; cử cán bộ kỹ thuật tham gia giảng dạy thực hành tại các mô hình chăn nuôi, trồng trọt.

**5. Trường Cao đẳng nghề Hà Nguyên, Trường Trung cấp Nông lâm Hà Nguyên và các Trung tâm GDNN-GDTX khu vực**

Tổ chức tuyển sinh, đào tạo, kiểm tra và cấp chứng chỉ theo đúng chương trình; ký hợp đồng với doanh nghiệp để học viên thực tập và tuyển dụng sau khóa học; cập nhật dữ liệu người học lên phần mềm trong vòng 05 ngày làm việc kể từ ngày khai giảng.

**6. Tỉnh đoàn Hà Nguyên**

Tuyên truyền, định hướng nghề nghiệp cho đoàn viên, thanh niên; chủ trì tổ chức Ngày hội tư vấn tuyển sinh và việc làm cho thanh niên nông thôn trong tháng 3/2026 tại phường Thuận Nguyên.

**7. Hội Nông dân tỉnh**

Phối hợp với các cơ sở đào tạo giới thiệu hội viên tham gia học nghề; gắn đào tạo với cho vay từ Quỹ Hỗ trợ nông dân, giúp hội viên áp dụng kiến thức vào sản xuất.

**8.** Đề nghị MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp tuyên truyền, giám sát việc thực hiện chính sách hỗ trợ học nghề tại cơ sở.

**9. Ngân hàng Chính sách xã hội chi nhánh tỉnh Hà Nguyên**

Ưu tiên cho vay vốn giải quyết việc làm đối với người học xong có phương án sản xuất, kinh doanh khả thi.

**10. UBND các xã, phường**

Giao Phòng Văn hóa - Xã hội rà soát nhu cầu học nghề, lập danh sách người đăng ký gửi cơ sở đào tạo trước ngày 31/3/2026; bố trí địa điểm học tại xã khi cần; theo dõi người học sau đào tạo và báo cáo định kỳ hằng quý (trước ngày 20 của tháng cuối quý) về Sở Nội vụ.

**11.** Đề nghị các doanh nghiệp, hợp tác xã trên địa bàn tỉnh đặt hàng đào tạo, tiếp nhận học viên thực tập và ưu tiên tuyển dụng học viên hoàn thành khóa học.

Trong quá trình thực hiện, nếu phát sinh vướng mắc, các cơ quan, đơn vị phản ánh về Sở Giáo dục và Đào tạo để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết.

**Nơi nhận:**
- Bộ Giáo dục và Đào tạo (b/c);
- Thường trực Tỉnh ủy;
- Thường trực HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Các sở, ngành, đơn vị tại Mục V;
- UBND các xã, phường;
- Lưu: VT, KGVX.

**TM. UBND TỈNH**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

*(Đã ký)*

**Đinh Quang Tuấn**
"""

# ---------------------------------------------------------------------------
# tm02 — Hướng dẫn (Sở GD&ĐT), .docx with Word numbering and task table
# ---------------------------------------------------------------------------
TM02_HEAD = [
    ("UBND TỈNH HÀ NGUYÊN", True),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", True),
    ("Số: 214/HD-SGDĐT", False),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
    ("Độc lập - Tự do - Hạnh phúc", True),
    ("Hà Nguyên, ngày 09 tháng 02 năm 2026", False),
]
TM02_TITLE = ("HƯỚNG DẪN",
              "Tuyển sinh, lập và quản lý hồ sơ học viên các lớp đào tạo trình độ sơ cấp, "
              "đào tạo dưới 3 tháng năm 2026")
TM02_INTRO = ("Thực hiện Kế hoạch số 86/KH-UBND ngày 14/01/2026 của UBND tỉnh về đào tạo nghề "
              "nghiệp cho lao động nông thôn và thanh niên năm 2026, Sở Giáo dục và Đào tạo hướng "
              "dẫn việc tuyển sinh, lập và quản lý hồ sơ học viên như sau:")
TM02_S1 = "I. ĐỐI TƯỢNG VÀ ĐIỀU KIỆN THAM GIA"
TM02_S1_BUL = [
    "Người lao động từ đủ 15 tuổi trở lên, có nơi thường trú trên địa bàn tỉnh, có sức khỏe phù hợp với nghề đăng ký học.",
    "Thứ tự ưu tiên: người thuộc hộ nghèo, hộ cận nghèo; người dân tộc thiểu số; người khuyết tật; thanh niên hoàn thành nghĩa vụ quân sự, nghĩa vụ tham gia Công an nhân dân; lao động bị thu hồi đất nông nghiệp.",
    "Mỗi người chỉ nhận hỗ trợ đào tạo từ ngân sách nhà nước tối đa 01 lần; người từng học nghề bằng ngân sách nhưng bị mất việc làm do thiên tai, dịch bệnh thì xem xét hỗ trợ thêm 01 lần.",
    "Không hỗ trợ theo Hướng dẫn này đối với người đang hưởng trợ cấp thất nghiệp; các trường hợp này học nghề theo chính sách bảo hiểm thất nghiệp.",
]
TM02_S2 = "II. HỒ SƠ ĐĂNG KÝ HỌC NGHỀ"
TM02_S2_INTRO = "Mỗi người học nộp 01 bộ hồ sơ tại Phòng Văn hóa - Xã hội UBND xã, phường nơi thường trú, gồm:"
TM02_S2_NUM = [
    "Phiếu đăng ký học nghề theo Mẫu số 01/TS, do người học tự kê khai và ký.",
    "Bản sao thẻ căn cước hoặc giấy chứng nhận căn cước (không cần chứng thực nếu xuất trình bản chính để đối chiếu).",
    "Giấy xác nhận thuộc đối tượng ưu tiên do Chủ tịch UBND xã, phường ký (chỉ áp dụng với người thuộc diện ưu tiên).",
    "Giấy cam kết tham gia học đủ thời gian và thông báo tình trạng việc làm sau khóa học theo Mẫu số 02/TS.",
    "02 ảnh cỡ 3x4 cm chụp trong thời gian 06 tháng gần nhất.",
]
TM02_S2_NOTE = ("Người học có thể đăng ký trực tuyến trên Cổng dịch vụ công của tỉnh; khi nhập học "
                "nộp bổ sung bản giấy cho cơ sở đào tạo.")
TM02_S3 = "III. TRÌNH TỰ TUYỂN SINH"
TM02_S3_NUM = [
    "Tuyên truyền và tiếp nhận hồ sơ từ ngày 01/3/2026 đến hết ngày 31/3/2026: Phòng Văn hóa - Xã hội UBND xã, phường phối hợp với Đoàn Thanh niên, Hội Nông dân, Hội Liên hiệp Phụ nữ cấp xã thông báo danh mục nghề, tiếp nhận và kiểm tra hồ sơ.",
    "Lập danh sách trích ngang người đăng ký theo Mẫu số 03/TS; Chủ tịch UBND xã, phường ký xác nhận danh sách và gửi cơ sở đào tạo trước ngày 05/4/2026.",
    "Cơ sở đào tạo thành lập Hội đồng tuyển sinh, xét duyệt hồ sơ trong thời hạn 07 ngày làm việc kể từ ngày nhận danh sách; Hiệu trưởng hoặc Giám đốc cơ sở đào tạo ký quyết định công nhận học viên trúng tuyển.",
    "Mở lớp: mỗi lớp có từ 18 đến 35 học viên; lớp tổ chức tại xã có điều kiện kinh tế - xã hội đặc biệt khó khăn có thể mở khi có từ 12 học viên trở lên. Cơ sở đào tạo thông báo lịch khai giảng cho UBND xã, phường trước ít nhất 03 ngày làm việc.",
    "Sau khai giảng, cơ sở đào tạo nhập dữ liệu học viên lên phần mềm quản lý đào tạo nghề của tỉnh; Sở Giáo dục và Đào tạo cấp mã lớp trong 02 ngày làm việc.",
]
TM02_S4 = "IV. HỒ SƠ LỚP HỌC VÀ THẨM QUYỀN KÝ"
TM02_T1_HEAD = ["TT", "Loại hồ sơ, giấy tờ", "Người lập", "Người ký", "Nơi lưu giữ"]
TM02_T1 = [
    ["1", "Phiếu đăng ký học nghề (Mẫu số 01/TS)", "Người học", "Người học", "Cơ sở đào tạo"],
    ["2", "Danh sách trích ngang (Mẫu số 03/TS)", "Phòng Văn hóa - Xã hội", "Chủ tịch UBND xã, phường", "UBND xã, phường và cơ sở đào tạo"],
    ["3", "Quyết định công nhận học viên trúng tuyển", "Hội đồng tuyển sinh", "Hiệu trưởng hoặc Giám đốc cơ sở đào tạo", "Cơ sở đào tạo"],
    ["4", "Sổ điểm danh, sổ lên lớp", "Giáo viên dạy lớp", "Giáo viên và cán bộ quản lý lớp", "Cơ sở đào tạo"],
    ["5", "Biên bản bàn giao học viên thực tập", "Cơ sở đào tạo", "Đại diện cơ sở đào tạo và doanh nghiệp", "Cơ sở đào tạo, doanh nghiệp"],
    ["6", "Chứng chỉ sơ cấp, chứng chỉ đào tạo", "Phòng Đào tạo của cơ sở", "Hiệu trưởng hoặc Giám đốc cơ sở đào tạo", "Người học giữ bản chính"],
]
TM02_S4_NOTE = [
    "Hồ sơ lớp học lưu trữ tại cơ sở đào tạo tối thiểu 05 năm kể từ ngày kết thúc khóa học.",
    "Học viên nghỉ quá 20% tổng số giờ học thì không dự kiểm tra kết thúc khóa học và không nhận chứng chỉ.",
]
TM02_S5 = "V. PHÂN CÔNG THỰC HIỆN"
TM02_T2_HEAD = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
TM02_T2 = [
    ["1", "Công bố danh mục nghề, địa điểm đào tạo năm 2026", "Sở Giáo dục và Đào tạo", "Sở Nông nghiệp và Môi trường", "Trước ngày 25/02/2026"],
    ["2", "Tổ chức Ngày hội tư vấn tuyển sinh và việc làm", "Tỉnh đoàn Hà Nguyên", "Trường Cao đẳng nghề Hà Nguyên; Trung tâm Dịch vụ việc làm tỉnh", "Tháng 3/2026"],
    ["3", "Tiếp nhận hồ sơ, lập danh sách người học", "UBND các xã, phường", "Hội Nông dân, Đoàn Thanh niên cấp xã", "Trước ngày 05/4/2026"],
    ["4", "Xét duyệt, công nhận học viên; khai giảng lớp", "Các cơ sở đào tạo", "UBND các xã, phường", "Tháng 4 - 5/2026"],
    ["5", "Kiểm tra việc lập, lưu giữ hồ sơ lớp học", "Sở Giáo dục và Đào tạo", "Sở Tài chính", "Định kỳ hằng quý"],
    ["6", "Cập nhật tình trạng việc làm của học viên", "UBND các xã, phường", "Sở Nội vụ; các cơ sở đào tạo", "Sau 06 tháng kể từ khi kết thúc khóa học"],
]
TM02_S6 = "VI. TỔ CHỨC THỰC HIỆN"
TM02_S6_TEXT = [
    "Các cơ sở đào tạo có trách nhiệm công khai danh mục nghề, mức hỗ trợ, thời gian và địa điểm học tại trụ sở và trên trang thông tin điện tử của đơn vị; không thu thêm bất kỳ khoản phí nào của học viên thuộc diện hỗ trợ.",
    "Đề nghị UBND các xã, phường giao Phòng Văn hóa - Xã hội làm đầu mối tiếp nhận hồ sơ và chịu trách nhiệm về tính chính xác của danh sách trích ngang.",
    "Mọi vướng mắc liên hệ Phòng Giáo dục nghề nghiệp - Giáo dục thường xuyên, Sở Giáo dục và Đào tạo (ông Bùi Đức Thịnh, điện thoại 0214.3826.559, email: gdnn.sgddt@hanguyen.edu.vn) để phối hợp giải quyết.",
]
TM02_NOINHAN = [
    "Nơi nhận:",
    "- UBND tỉnh (b/c);",
    "- Sở Nội vụ, Sở Tài chính;",
    "- Tỉnh đoàn, Hội Nông dân tỉnh;",
    "- Các cơ sở đào tạo;",
    "- UBND các xã, phường;",
    "- Lưu: VT, GDNN-GDTX.",
]
TM02_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Nguyễn Thị Thu Hiền"]


def _new_num(doc, style_name):
    """Create a new w:num that restarts the list of `style_name` at 1."""
    style = doc.styles[style_name]
    numPr = style.element.pPr.find(qn("w:numPr"))
    base_num_id = numPr.find(qn("w:numId")).get(qn("w:val"))
    numbering = doc.part.numbering_part.element
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == base_num_id:
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
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
    return new_id


def _numbered(doc, items, num_id):
    for it in items:
        p = doc.add_paragraph(it, style="List Number")
        pPr = p._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), "0")
        nid = OxmlElement("w:numId")
        nid.set(qn("w:val"), str(num_id))
        numPr.append(ilvl)
        numPr.append(nid)
        pPr.append(numPr)


def _table(doc, head, rows):
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        cell = t.rows[0].cells[i]
        cell.text = ""
        r = cell.paragraphs[0].add_run(h)
        r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


def build_tm02(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    # header as a borderless 2-column table (issuer | motto), several paragraphs per cell
    ht = doc.add_table(rows=1, cols=2)
    for j, block in enumerate((TM02_HEAD[:3], TM02_HEAD[3:])):
        c = ht.rows[0].cells[j]
        for k, (txt, bold) in enumerate(block):
            par = c.paragraphs[0] if k == 0 else c.add_paragraph()
            par.add_run(txt).bold = bold
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(TM02_TITLE[0]).bold = True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(TM02_TITLE[1]).bold = True
    doc.add_paragraph(TM02_INTRO)
    doc.add_paragraph().add_run(TM02_S1).bold = True
    for b in TM02_S1_BUL:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_paragraph().add_run(TM02_S2).bold = True
    doc.add_paragraph(TM02_S2_INTRO)
    _numbered(doc, TM02_S2_NUM, _new_num(doc, "List Number"))
    doc.add_paragraph(TM02_S2_NOTE)
    doc.add_paragraph().add_run(TM02_S3).bold = True
    _numbered(doc, TM02_S3_NUM, _new_num(doc, "List Number"))
    doc.add_paragraph().add_run(TM02_S4).bold = True
    _table(doc, TM02_T1_HEAD, TM02_T1)
    for n in TM02_S4_NOTE:
        doc.add_paragraph(n, style="List Bullet")
    doc.add_paragraph().add_run(TM02_S5).bold = True
    _table(doc, TM02_T2_HEAD, TM02_T2)
    doc.add_paragraph().add_run(TM02_S6).bold = True
    for n in TM02_S6_TEXT:
        doc.add_paragraph(n)
    for i, line in enumerate(TM02_NOINHAN):
        p = doc.add_paragraph()
        r = p.add_run(line)
        r.bold = i == 0
        r.font.size = Pt(11)
    for i, line in enumerate(TM02_SIGN):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run(line)
        r.bold = i != 2
    doc.save(path)


# ---------------------------------------------------------------------------
# tm03 — Công văn (Sở Nội vụ), .txt hard-wrapped as if copied from a PDF,
#        two-column header typed with spaces
# ---------------------------------------------------------------------------
TM03_HEAD = """UBND TỈNH HÀ NGUYÊN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
     SỞ NỘI VỤ                        Độc lập - Tự do - Hạnh phúc
   -------------                    ------------------------------
Số: 1372/SNV-LĐVL                 Hà Nguyên, ngày 20 tháng 01 năm 2026
V/v báo cáo số người có việc
làm sau đào tạo nghề năm 2025

                      Kính gửi:
                        - UBND các xã, phường;
                        - Trường Cao đẳng nghề Hà Nguyên;
                        - Trường Trung cấp Nông lâm Hà Nguyên;
                        - Các Trung tâm GDNN-GDTX khu vực;
                        - Trung tâm Dịch vụ việc làm tỉnh.
"""
TM03_BODY = [
    "Thực hiện nhiệm vụ UBND tỉnh giao tại Kế hoạch số 86/KH-UBND ngày 14/01/2026 về đào tạo nghề nghiệp cho lao động nông thôn và thanh niên năm 2026, trong đó Sở Nội vụ chủ trì theo dõi tình hình việc làm của người học sau đào tạo; nhằm có cơ sở đánh giá hiệu quả đào tạo nghề năm 2025 và xây dựng chỉ tiêu giao cho từng xã, phường năm 2026, Sở Nội vụ đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:",
    "1. UBND các xã, phường",
    "a) Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với trưởng thôn, bản, tổ dân phố rà soát từng người học hoàn thành khóa đào tạo trình độ sơ cấp, đào tạo dưới 3 tháng trong năm 2025 có nơi thường trú trên địa bàn, kể cả các khóa học tổ chức tại địa bàn các xã, phường cũ trước khi sắp xếp.",
    "b) Xác định tình trạng việc làm của từng người tại thời điểm ngày 31 tháng 12 năm 2025 theo 04 nhóm: (1) tự tạo việc làm; (2) doanh nghiệp, hợp tác xã tuyển dụng; (3) đi làm việc ở nước ngoài theo hợp đồng; (4) chưa có việc làm.",
    "c) Tổng hợp số liệu theo Mẫu số 03/VL ban hành kèm theo Công văn này; Chủ tịch hoặc Phó Chủ tịch UBND xã, phường ký báo cáo; gửi về Sở Nội vụ trước ngày 25 tháng 02 năm 2026 (bản giấy qua đường văn thư và bản điện tử định dạng Excel qua hộp thư vieclam.snv@hanguyen.gov.vn).",
    "2. Các cơ sở đào tạo",
    "Cung cấp danh sách học viên hoàn thành khóa học năm 2025 (họ tên, ngày sinh, nghề học, nơi thường trú, số điện thoại) cho UBND các xã, phường nơi học viên thường trú trước ngày 05/02/2026; đồng thời gửi 01 bản về Sở Nội vụ để theo dõi.",
    "3. Trung tâm Dịch vụ việc làm tỉnh",
    "Đối chiếu danh sách học viên với dữ liệu người lao động nhận giới thiệu việc làm tại Trung tâm và hồ sơ hưởng bảo hiểm thất nghiệp; gửi kết quả đối chiếu về Phòng Lao động - Việc làm, Sở Nội vụ trước ngày 15/02/2026.",
    "4. Cách xác định người có việc làm sau đào tạo",
    "Người học xác định là có việc làm khi thuộc một trong các trường hợp: làm việc theo hợp đồng lao động có thời hạn từ 03 tháng trở lên; tự tạo việc làm với thu nhập bình quân từ 3.500.000 đồng/tháng trở lên; tiếp tục làm nghề cũ nhưng năng suất, thu nhập tăng so với trước khi học; đi làm việc ở nước ngoài theo hợp đồng có xác nhận của doanh nghiệp dịch vụ. Không tính người đang thử việc hoặc làm thời vụ dưới 03 tháng.",
    "5. Tổng hợp và sử dụng số liệu",
    "Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 10/3/2026 và dùng số liệu này làm căn cứ giao chỉ tiêu tỷ lệ có việc làm cho các cơ sở đào tạo. Xã, phường nào chậm báo cáo hoặc có số liệu không khớp với danh sách của cơ sở đào tạo sẽ bị nêu tên trong báo cáo gửi UBND tỉnh.",
    "Mẫu số 03/VL gồm các cột: STT; nghề đào tạo; số người hoàn thành khóa học; số người có việc làm (chia ra: tự tạo việc làm, doanh nghiệp hoặc hợp tác xã tuyển dụng, đi làm việc ở nước ngoài); số người chưa có việc làm; tỷ lệ có việc làm (%); ghi chú. Mẫu điện tử đăng tải tại mục Văn bản điều hành trên Trang thông tin điện tử Sở Nội vụ.",
    "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ bà Vi Thị Hoa, chuyên viên Phòng Lao động - Việc làm, Sở Nội vụ, điện thoại 0214.3852.617 hoặc 0986.215.334.",
    "Sở Nội vụ đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.",
]
TM03_TAIL = """
Nơi nhận:                                        KT. GIÁM ĐỐC
- Như trên;                                     PHÓ GIÁM ĐỐC
- UBND tỉnh (b/c);
- Sở Giáo dục và Đào tạo;                          (Đã ký)
- Giám đốc Sở;
- Lưu: VT, LĐVL.                                Lò Văn Hưởng
"""


def build_tm03(path):
    out = [TM03_HEAD]
    for para in TM03_BODY:
        out.append(textwrap.fill(para, width=72, break_long_words=False,
                                 break_on_hyphens=False))
    text = TM03_HEAD + "\n" + "\n".join(out[1:]) + "\n" + TM03_TAIL
    write_text(path, text)


# ---------------------------------------------------------------------------
# tm04 — Quyết định (Chủ tịch UBND tỉnh), PDF with appendix table
# ---------------------------------------------------------------------------
TM04_PARAS = [
    ("title", "QUYẾT ĐỊNH"),
    ("subtitle", "Về việc giao kinh phí đào tạo nghề nghiệp cho lao động nông thôn và thanh niên năm 2026"),
    ("subtitle", "CHỦ TỊCH UBND TỈNH HÀ NGUYÊN"),
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    ("p", "Căn cứ Luật Ngân sách nhà nước và các văn bản hướng dẫn thi hành;"),
    ("p", "Căn cứ Nghị quyết số 31/2025/NQ-HĐND ngày 09 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh quy định mức hỗ trợ đào tạo trình độ sơ cấp và đào tạo dưới 3 tháng trên địa bàn tỉnh Hà Nguyên;"),
    ("p", "Căn cứ Quyết định số 2087/QĐ-UBND ngày 15 tháng 12 năm 2025 của UBND tỉnh về giao dự toán thu, chi ngân sách nhà nước năm 2026;"),
    ("p", "Căn cứ Kế hoạch số 86/KH-UBND ngày 14 tháng 01 năm 2026 của UBND tỉnh về đào tạo nghề nghiệp cho lao động nông thôn và thanh niên năm 2026;"),
    ("p", "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 265/TTr-STC ngày 24 tháng 02 năm 2026."),
    ("subtitle", "QUYẾT ĐỊNH:"),
    ("p", "Điều 1. Giao kinh phí đào tạo nghề nghiệp cho lao động nông thôn và thanh niên năm 2026 cho 05 cơ sở đào tạo với tổng số tiền 7.150.000.000 đồng (Bằng chữ: Bảy tỷ, một trăm năm mươi triệu đồng) từ nguồn ngân sách tỉnh, sự nghiệp giáo dục - đào tạo và dạy nghề, để đào tạo 2.450 học viên tại 72 lớp (chi tiết tại Phụ lục kèm theo Quyết định này)."),
    ("p", "Phần kinh phí còn lại theo Kế hoạch số 86/KH-UBND là 1.230.000.000 đồng do các cơ sở đào tạo huy động từ doanh nghiệp và nguồn xã hội hóa; các cơ sở đào tạo báo cáo kết quả huy động về Sở Tài chính trước ngày 30/9/2026."),
    ("p", "Điều 2. Tổ chức thực hiện"),
    ("p", "1. Sở Tài chính thông báo kinh phí cho các cơ sở đào tạo trong vòng 05 ngày làm việc kể từ ngày Quyết định này có hiệu lực; hướng dẫn việc tạm ứng, thanh toán, quyết toán theo quy định."),
    ("p", "2. Sở Giáo dục và Đào tạo kiểm tra việc tổ chức lớp học, xác nhận số học viên thực học làm căn cứ thanh toán; báo cáo UBND tỉnh trước ngày 30/6/2026 các trường hợp cơ sở đào tạo không tuyển đủ chỉ tiêu để điều chỉnh kinh phí giữa các cơ sở."),
    ("p", "3. Các cơ sở đào tạo có tên tại Phụ lục sử dụng kinh phí đúng mục đích, đúng đối tượng; tạm ứng không quá 50% kinh phí của lớp sau khi khai giảng, phần còn lại thanh toán sau khi kết thúc khóa học và có kết quả kiểm tra; quyết toán kinh phí trước ngày 31/01/2027. Kinh phí chưa sử dụng hết đến ngày 31/12/2026 xử lý theo quy định của Luật Ngân sách nhà nước."),
    ("p", "4. Kho bạc Nhà nước khu vực VII thực hiện kiểm soát chi theo quy định."),
    ("p", "5. UBND các xã, phường có học viên xác nhận danh sách học viên thường trú trên địa bàn và phối hợp với cơ sở đào tạo bố trí địa điểm học khi lớp mở tại xã, phường."),
    ("p", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."),
    ("p", "Điều 4. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Tài chính, Giáo dục và Đào tạo, Nội vụ; Giám đốc Kho bạc Nhà nước khu vực VII; Hiệu trưởng, Giám đốc các cơ sở đào tạo có tên tại Phụ lục và Chủ tịch UBND các xã, phường có học viên chịu trách nhiệm thi hành Quyết định này./."),
]
TM04_NOINHAN = ["Nơi nhận:", "- Như Điều 4;", "- Chủ tịch, các PCT UBND tỉnh;",
                "- Sở Nông nghiệp và Môi trường;", "- Lưu: VT, KGVX."]
TM04_SIGN = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Đinh Quang Tuấn"]
TM04_APP_TITLE = "PHỤ LỤC"
TM04_APP_SUB = ("PHÂN BỔ KINH PHÍ ĐÀO TẠO NGHỀ NĂM 2026 THEO CƠ SỞ ĐÀO TẠO\n"
                "(Kèm theo Quyết định số 412/QĐ-UBND ngày 03/3/2026 của Chủ tịch UBND tỉnh Hà Nguyên)")
TM04_APP_HEAD = ["TT", "Cơ sở đào tạo", "Nghề đào tạo", "Số lớp", "Số học viên", "Kinh phí giao (triệu đồng)"]
TM04_APP = [
    ["1", "Trường Cao đẳng nghề Hà Nguyên", "May công nghiệp; Hàn điện; Sửa chữa máy nông nghiệp; Tin học văn phòng và bán hàng trực tuyến", "24", "830", "3.190"],
    ["2", "Trung tâm GDNN-GDTX khu vực Tam Đa", "Kỹ thuật chăn nuôi gia cầm; Tin học văn phòng và bán hàng trực tuyến", "16", "540", "1.310"],
    ["3", "Trung tâm GDNN-GDTX khu vực Chiềng Sại", "Điện dân dụng; Hướng dẫn du lịch cộng đồng; Tin học văn phòng và bán hàng trực tuyến", "14", "460", "1.120"],
    ["4", "Trung tâm GDNN-GDTX khu vực Đồng Tiêu", "Chế biến món ăn; Trồng và chăm sóc cây ăn quả; Tin học văn phòng và bán hàng trực tuyến", "12", "390", "940"],
    ["5", "Trường Trung cấp Nông lâm Hà Nguyên", "Trồng và chăm sóc cây ăn quả", "6", "230", "590"],
    ["", "Tổng cộng", "", "72", "2.450", "7.150"],
]
TM04_APP_NOTES = [
    "Ghi chú:",
    "- Mức chi phí đào tạo cho từng nghề thực hiện theo Mục III Kế hoạch số 86/KH-UBND ngày 14/01/2026 của UBND tỉnh.",
    "- Cơ sở đào tạo được điều chỉnh số lớp giữa các nghề trong cùng đơn vị nhưng không vượt tổng kinh phí giao và phải báo cáo Sở Giáo dục và Đào tạo trước khi khai giảng.",
    "- Trường Trung cấp Nông lâm Hà Nguyên phối hợp với Trung tâm GDNN-GDTX khu vực Đồng Tiêu tổ chức thực hành nghề trồng và chăm sóc cây ăn quả tại vườn cam của Hợp tác xã Nông nghiệp sạch Bằng Phúc.",
]


class _PDF(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", size=8)
        self.cell(0, 6, f"{self.page_no()}", align="C")


def build_tm04(path):
    pdf = _PDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    half = w / 2
    # two-column header
    pdf.set_font("DejaVu", "B", 10)
    y = pdf.get_y()
    pdf.multi_cell(half - 10, 5.5, "UBND TỈNH HÀ NGUYÊN", align="C")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(half - 10, 5.5, "Số: 412/QĐ-UBND", align="C")
    y_left = pdf.get_y()
    pdf.set_xy(pdf.l_margin + half - 10, y)
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(half + 10, 5.5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", align="C")
    pdf.set_x(pdf.l_margin + half - 10)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(half + 10, 5.5, "Hà Nguyên, ngày 03 tháng 3 năm 2026", align="C")
    pdf.set_y(max(y_left, pdf.get_y()) + 6)
    for kind, text in TM04_PARAS:
        if kind == "title":
            pdf.set_font("DejaVu", "B", 13)
            pdf.multi_cell(w, 7, text, align="C")
        elif kind == "subtitle":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(w, 6, text, align="C")
            pdf.ln(2)
        else:
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(w, 6, text, align="J")
            pdf.ln(1.5)
    pdf.ln(4)
    y = pdf.get_y()
    if y > pdf.h - 70:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_font("DejaVu", "", 9)
    for i, line in enumerate(TM04_NOINHAN):
        pdf.set_font("DejaVu", "B" if i == 0 else "", 9)
        pdf.multi_cell(half, 4.8, line)
    y_end = pdf.get_y()
    pdf.set_xy(pdf.l_margin + half, y)
    for i, line in enumerate(TM04_SIGN):
        pdf.set_x(pdf.l_margin + half)
        pdf.set_font("DejaVu", "" if i == 2 else "B", 11)
        pdf.multi_cell(half, 6, line, align="C")
        if i == 2:
            pdf.ln(8)
    # appendix
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(w, 7, TM04_APP_TITLE, align="C")
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(w, 5.5, TM04_APP_SUB, align="C")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(8, 42, 58, 14, 18, 24), text_align=("CENTER", "LEFT", "LEFT", "CENTER", "CENTER", "CENTER"),
                   line_height=5) as table:
        r = table.row()
        for h in TM04_APP_HEAD:
            r.cell(h)
        for row in TM04_APP:
            r = table.row()
            for v in row:
                r.cell(v)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 10)
    for n in TM04_APP_NOTES:
        pdf.multi_cell(w, 5.5, n, align="J")
    pdf.output(path)


# ---------------------------------------------------------------------------
# tm05 — Báo cáo (UBND xã), .txt with a Markdown table comparing two years
# ---------------------------------------------------------------------------
TM05 = """UBND XÃ BẰNG PHÚC                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                      Độc lập - Tự do - Hạnh phúc
Số: 18/BC-UBND                     Bằng Phúc, ngày 12 tháng 02 năm 2026

                               BÁO CÁO
   Kết quả đào tạo nghề và giải quyết việc làm cho lao động nông thôn,
        thanh niên năm 2025; phương hướng, nhiệm vụ năm 2026

Thực hiện Công văn số 1372/SNV-LĐVL ngày 20/01/2026 của Sở Nội vụ về việc báo cáo số người có việc làm sau đào tạo nghề năm 2025, UBND xã Bằng Phúc báo cáo như sau:

I. ĐẶC ĐIỂM TÌNH HÌNH

Xã Bằng Phúc hình thành từ ngày 01/7/2025 trên cơ sở sáp nhập 03 xã cũ là Bằng Phúc, Lăng Hiếu và Vằng Ngòa; có 27 thôn, bản, dân số 14.820 người, lao động trong độ tuổi 8.960 người, trong đó 61% làm nông, lâm nghiệp. Đồng bào dân tộc thiểu số chiếm 72% dân số. Lao động trẻ có xu hướng đi làm ăn xa, nhu cầu học nghề ngắn hạn gắn với việc làm tại chỗ ngày càng lớn.

II. KẾT QUẢ NĂM 2025

1. Công tác tuyên truyền, tư vấn

UBND xã phối hợp với Đoàn Thanh niên xã, Hội Nông dân xã tổ chức 09 buổi tư vấn học nghề tại các thôn, bản với 640 lượt người tham dự; phát 1.200 tờ rơi giới thiệu nghề và chính sách hỗ trợ; đăng thông tin tuyển sinh trên nhóm Zalo của 27 thôn, bản.

2. Kết quả đào tạo

Trong năm 2025, trên địa bàn xã mở 11 lớp, gồm: 03 lớp may công nghiệp, 03 lớp kỹ thuật chăn nuôi gia cầm, 02 lớp trồng và chăm sóc cây ăn quả, 01 lớp điện dân dụng và 02 lớp tin học văn phòng và bán hàng trực tuyến. Các lớp do Trường Cao đẳng nghề Hà Nguyên và Trung tâm GDNN-GDTX khu vực Tam Đa tổ chức.

Bảng so sánh kết quả năm 2025 với năm 2024:

| TT | Chỉ tiêu | Năm 2024 | Năm 2025 | So sánh 2025/2024 (%) |
|---|---|---|---|---|
| 1 | Số người đăng ký học nghề | 298 | 356 | 119,5 |
| 2 | Số người hoàn thành khóa học | 264 | 327 | 123,9 |
| 3 | Trong đó: thanh niên từ 16 đến 30 tuổi | 88 | 121 | 137,5 |
| 4 | Số người có việc làm sau đào tạo | 201 | 268 | 133,3 |
| 5 | Tỷ lệ có việc làm sau đào tạo (%) | 76,1 | 82,0 | tăng 5,9 điểm |
| 6 | Số người đi làm việc ở nước ngoài theo hợp đồng | 14 | 23 | 164,3 |
| 7 | Số người vay vốn giải quyết việc làm | 47 | 62 | 131,9 |
| 8 | Dư nợ cho vay giải quyết việc làm (triệu đồng) | 3.150 | 4.480 | 142,2 |

3. Việc làm sau đào tạo

Trong 268 người có việc làm sau đào tạo năm 2025 có 141 người tự tạo việc làm (chủ yếu chăn nuôi gia cầm, trồng cam), 104 người do doanh nghiệp, hợp tác xã tuyển dụng và 23 người đi làm việc ở nước ngoài theo hợp đồng (Nhật Bản 17 người, Hàn Quốc 06 người). Công ty TNHH May xuất khẩu Thuận Phát (phường Hồng Phúc) tuyển 58 học viên lớp may; Hợp tác xã Nông nghiệp sạch Bằng Phúc nhận 19 học viên vào làm việc. Số còn lại 59 người chưa có việc làm, chủ yếu là lao động nữ trên 40 tuổi và thanh niên có nhu cầu đi làm xa.

4. Tồn tại, hạn chế

- Tỷ lệ có việc làm của nghề điện dân dụng thấp (11/25 học viên, đạt 44%).
- Có 29 người bỏ học giữa chừng, phần lớn do đi làm thời vụ.
- Việc báo cáo định kỳ hằng quý về Sở Nội vụ còn chậm; số liệu giữa xã và cơ sở đào tạo có lúc chưa khớp.
- Tiền hỗ trợ đi lại cho học viên ở các bản xa chi trả chậm.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

Chỉ tiêu: đào tạo 350 người theo Kế hoạch số 86/KH-UBND ngày 14/01/2026 của UBND tỉnh, trong đó thanh niên 130 người; tỷ lệ có việc làm sau đào tạo từ 83% trở lên.

1. Phòng Văn hóa - Xã hội chủ trì rà soát nhu cầu học nghề tại 27 thôn, bản, lập danh sách gửi cơ sở đào tạo trước ngày 31/3/2026; cập nhật tình trạng việc làm của học viên định kỳ hằng quý.
2. Đoàn Thanh niên xã phối hợp tổ chức tư vấn nghề cho thanh niên; đưa 60 đoàn viên tham dự Ngày hội tư vấn tuyển sinh và việc làm do Tỉnh đoàn tổ chức tại phường Thuận Nguyên.
3. Hội Nông dân xã và Hội Liên hiệp Phụ nữ xã giới thiệu hội viên học nghề; phối hợp với Ngân hàng Chính sách xã hội hướng dẫn hội viên học xong lập phương án vay vốn.
4. Trưởng các thôn, bản có trách nhiệm thông báo danh mục nghề đến từng hộ và nắm số người đi làm ăn xa, báo cáo UBND xã trước ngày 15/3/2026.

IV. KIẾN NGHỊ

1. Đề nghị Sở Giáo dục và Đào tạo bổ sung nghề sửa chữa xe máy và nghề kỹ thuật trồng chè vào danh mục đào tạo năm 2026 của xã.
2. Đề nghị Sở Nội vụ tổ chức 01 phiên giao dịch việc làm lưu động tại xã Bằng Phúc trong quý II/2026.
3. Đề nghị Trung tâm GDNN-GDTX khu vực Tam Đa mở lớp tại trụ sở xã để giảm chi phí đi lại cho học viên.

Người tổng hợp số liệu: ông Lương Văn Dũng, công chức Phòng Văn hóa - Xã hội, điện thoại 0912.447.208.

Nơi nhận:                                          TM. UBND XÃ
- Sở Nội vụ;                                         CHỦ TỊCH
- Sở Giáo dục và Đào tạo;
- Thường trực Đảng ủy xã;                             (Đã ký)
- Thường trực HĐND xã;
- Lưu: VT, VHXH.                                 Hoàng Thị Mến
"""

# ---------------------------------------------------------------------------
# Questions and who-what gold
# ---------------------------------------------------------------------------
F1 = "tm01_kehoach_daotaonghe.md"
F2 = "tm02_huongdan_tuyensinh.docx"
F3 = "tm03_congvan_vieclam.txt"
F4 = "tm04_quyetdinh_kinhphi.pdf"
F5 = "tm05_baocao_bangphuc.txt"

# (question, kind, [(file, quote)], [keywords], history_ref or None, actors or None)
# answerable iff evidence is non-empty; history_ref is the key of an earlier question.
QUESTIONS = [
    ("a1", "Năm 2026 tỉnh đặt chỉ tiêu đào tạo nghề cho bao nhiêu người?", "factoid",
     [(F1, "Tổng số người đào tạo năm 2026 là 2.450 người, trong đó trình độ sơ cấp 1.580 người")], ["2.450"], None, None),
    ("a2", "Trong đó bao nhiêu người học dưới 3 tháng?", "follow-up",
     [(F1, "trình độ sơ cấp 1.580 người, đào tạo dưới 3 tháng 870 người")], ["870"], "a1", None),
    ("a3", "Học nghề hàn điện thì mức chi phí cho mỗi học viên là bao nhiêu?", "factoid",
     [(F1, "| 4 | Hàn điện | Sơ cấp | 180 | 5.200.000 |")], ["5.200.000"], None, None),
    ("a4", "Còn nghề may công nghiệp thì sao?", "follow-up",
     [(F1, "| 3 | May công nghiệp | Sơ cấp | 410 | 4.500.000 |")], ["4.500.000"], "a3", None),
    ("a5", "Xã Tam Đa được phân bổ bao nhiêu học viên học nghề năm nay?", "factoid",
     [(F1, "| 3 | Xã Tam Đa | 380 | 120 |")], ["380"], None, None),
    ("a6", "the con xa suoi can?", "follow-up",
     [(F1, "| 6 | Xã Suối Cạn | 290 | 100 |")], ["290"], "a5", None),
    ("a7", "thanh nien phai chiem toi thieu bao nhieu phan tram so hoc vien hoc nghe nam 2026", "no-diacritics",
     [(F1, "Thanh niên từ 16 đến 30 tuổi chiếm tối thiểu 35% tổng số học viên (857 người)")], ["35%", "857"], None, None),
    ("a8", "Tổng kinh phí cho kế hoạch đào tạo nghề 2026 là bao nhiêu, ngân sách tỉnh chi bao nhiêu?", "factoid",
     [(F1, "Tổng kinh phí thực hiện Kế hoạch là 8.380.000.000 đồng (Tám tỷ, ba trăm tám mươi triệu đồng), trong đó: ngân sách tỉnh 7.150.000.000 đồng")],
     ["8.380.000.000", "7.150.000.000"], None, None),
    ("a9", "Người hộ nghèo đi học nghề có được hỗ trợ tiền ăn không, mỗi ngày bao nhiêu?", "factoid",
     [(F1, "nhận hỗ trợ tiền ăn 30.000 đồng/người/ngày thực học")], ["30.000"], None, None),
    ("a10", "Còn tiền đi lại thì hỗ trợ thế nào?", "follow-up",
     [(F1, "tiền đi lại 200.000 đồng/người/khóa học nếu nơi ở cách địa điểm học từ 15 km trở lên")], ["200.000", "15 km"], "a9", None),
    ("a11", "Sở Giáo dục và Đào tạo phải làm gì theo KH 86?", "who-what",
     [(F1, "Là cơ quan thường trực, chủ trì tổ chức thực hiện Kế hoạch; ban hành hướng dẫn tuyển sinh và hồ sơ học viên trước ngày 28/02/2026")],
     ["thường trực", "28/02/2026"], None, ["Sở Giáo dục và Đào tạo"]),
    ("a12", "Tỉnh đoàn có nhiệm vụ gì trong kế hoạch đào tạo nghề năm 2026?", "who-what",
     [(F1, "chủ trì tổ chức Ngày hội tư vấn tuyển sinh và việc làm cho thanh niên nông thôn trong tháng 3/2026 tại phường Thuận Nguyên")],
     ["Ngày hội tư vấn tuyển sinh và việc làm", "tháng 3/2026"], None, ["Tỉnh đoàn Hà Nguyên"]),
    ("a13", "Hội Nông dân tỉnh phải làm gì?", "who-what",
     [(F1, "Phối hợp với các cơ sở đào tạo giới thiệu hội viên tham gia học nghề; gắn đào tạo với cho vay từ Quỹ Hỗ trợ nông dân")],
     ["giới thiệu hội viên", "Quỹ Hỗ trợ nông dân"], None, ["Hội Nông dân tỉnh"]),
    ("a14", "UBND xã, phường có trách nhiệm gì theo kế hoạch đào tạo nghề của tỉnh, hạn lập danh sách khi nào?", "who-what",
     [(F1, "Giao Phòng Văn hóa - Xã hội rà soát nhu cầu học nghề, lập danh sách người đăng ký gửi cơ sở đào tạo trước ngày 31/3/2026")],
     ["31/3/2026"], None, ["UBND các xã, phường"]),
    ("a15", "ngan hang chinh sach xa hoi co nhiem vu gi trong ke hoach dao tao nghe 2026", "who-what",
     [(F1, "Ưu tiên cho vay vốn giải quyết việc làm đối với người học xong có phương án sản xuất, kinh doanh khả thi")],
     ["cho vay vốn giải quyết việc làm"], None, ["Ngân hàng Chính sách xã hội chi nhánh tỉnh Hà Nguyên"]),
    ("a16", "phien giao dich viec lam dinh ky to chuc vao ngay nao trong thang", "no-diacritics",
     [(F1, "tổ chức phiên giao dịch việc làm vào ngày 15 hằng tháng và các phiên lưu động tại xã")], ["ngày 15 hằng tháng"], None, None),
    ("a17", "Kế hoạch đào tạo nghề cho LĐ nông thôn năm 2026 ban hành ngày nào?", "metadata",
     [(F1, "Hà Nguyên, ngày 14 tháng 01 năm 2026")], ["14 tháng 01 năm 2026"], None, None),
    ("a18", "KH 86/KH-UBND được xây dựng trên cơ sở tờ trình nào?", "metadata",
     [(F1, "Theo đề nghị của Sở Giáo dục và Đào tạo tại Tờ trình số 37/TTr-SGDĐT ngày 06 tháng 01 năm 2026")], ["37/TTr-SGDĐT"], None, None),
    ("a19", "Những nghề nào thuộc loại đào tạo dưới 3 tháng?", "list",
     [(F1, "| 7 | Chế biến món ăn | Dưới 3 tháng | 240 |"), (F1, "| 8 | Hướng dẫn du lịch cộng đồng | Dưới 3 tháng | 200 |"),
      (F1, "| 9 | Tin học văn phòng và bán hàng trực tuyến | Dưới 3 tháng | 430 |")],
     ["Chế biến món ăn", "Hướng dẫn du lịch cộng đồng", "Tin học văn phòng và bán hàng trực tuyến"], None, None),
    ("a20", "Theo KH 86 thì Sở TC phải trình UBND tỉnh giao kinh phí cho các cơ sở đào tạo trước ngày nào?", "abbreviation",
     [(F1, "Sở Tài chính thẩm định, trình UBND tỉnh giao kinh phí cho từng cơ sở đào tạo trước ngày 10/3/2026")], ["10/3/2026"], None, None),
    ("a21", "Trường CĐ nghề, trường trung cấp và các TT GDNN-GDTX phải cập nhật dữ liệu người học lên phần mềm trong bao lâu?", "who-what",
     [(F1, "cập nhật dữ liệu người học lên phần mềm trong vòng 05 ngày làm việc kể từ ngày khai giảng")], ["05 ngày làm việc"], None,
     ["Trường Cao đẳng nghề Hà Nguyên", "Trường Trung cấp Nông lâm Hà Nguyên"]),
    ("a22", "xa hanh phu duoc giao bao nhieu thanh nien hoc nghe", "no-diacritics",
     [(F1, "| 8 | Xã Hạnh Phú | 290 | 82 |")], ["82"], None, None),

    ("b1", "Hồ sơ đăng ký học nghề gồm những giấy tờ gì?", "list",
     [(F2, "Phiếu đăng ký học nghề theo Mẫu số 01/TS, do người học tự kê khai và ký"),
      (F2, "Bản sao thẻ căn cước hoặc giấy chứng nhận căn cước"),
      (F2, "Giấy cam kết tham gia học đủ thời gian và thông báo tình trạng việc làm sau khóa học theo Mẫu số 02/TS"),
      (F2, "02 ảnh cỡ 3x4 cm chụp trong thời gian 06 tháng gần nhất")],
     ["Mẫu số 01/TS", "Mẫu số 02/TS", "3x4"], None, None),
    ("b2", "Muốn học nghề thì nộp hồ sơ ở đâu?", "factoid",
     [(F2, "Mỗi người học nộp 01 bộ hồ sơ tại Phòng Văn hóa - Xã hội UBND xã, phường nơi thường trú")], ["Phòng Văn hóa - Xã hội"], None, None),
    ("b3", "Danh sách trích ngang người đăng ký học nghề do ai ký xác nhận?", "factoid",
     [(F2, "Chủ tịch UBND xã, phường ký xác nhận danh sách và gửi cơ sở đào tạo trước ngày 05/4/2026")], ["Chủ tịch UBND xã, phường"], None, None),
    ("b4", "Thế quyết định công nhận học viên trúng tuyển thì ai ký?", "follow-up",
     [(F2, "Hiệu trưởng hoặc Giám đốc cơ sở đào tạo ký quyết định công nhận học viên trúng tuyển")],
     ["Hiệu trưởng hoặc Giám đốc cơ sở đào tạo"], "b3", None),
    ("b5", "Đợt nhận hồ sơ học nghề năm 2026 kéo dài từ ngày nào đến ngày nào?", "factoid",
     [(F2, "Tuyên truyền và tiếp nhận hồ sơ từ ngày 01/3/2026 đến hết ngày 31/3/2026")], ["01/3/2026", "31/3/2026"], None, None),
    ("b6", "Một lớp nghề cần ít nhất bao nhiêu học viên mới mở được?", "factoid",
     [(F2, "mỗi lớp có từ 18 đến 35 học viên")], ["18", "35"], None, None),
    ("b7", "Vậy ở xã đặc biệt khó khăn thì sao?", "follow-up",
     [(F2, "lớp tổ chức tại xã có điều kiện kinh tế - xã hội đặc biệt khó khăn có thể mở khi có từ 12 học viên trở lên")],
     ["12 học viên"], "b6", None),
    ("b8", "ho so lop hoc nghe phai luu tru bao lau", "no-diacritics",
     [(F2, "Hồ sơ lớp học lưu trữ tại cơ sở đào tạo tối thiểu 05 năm kể từ ngày kết thúc khóa học")], ["05 năm"], None, None),
    ("b9", "Người đang hưởng trợ cấp thất nghiệp có được hỗ trợ học nghề theo hướng dẫn này không?", "factoid",
     [(F2, "Không hỗ trợ theo Hướng dẫn này đối với người đang hưởng trợ cấp thất nghiệp")], ["Không hỗ trợ"], None, None),
    ("b10", "moi nguoi duoc ho tro hoc nghe bang ngan sach toi da may lan", "no-diacritics",
     [(F2, "Mỗi người chỉ nhận hỗ trợ đào tạo từ ngân sách nhà nước tối đa 01 lần")], ["01 lần"], None, None),
    ("b11", "Theo HD 214, Tỉnh đoàn chủ trì việc gì và phối hợp với những đơn vị nào?", "who-what",
     [(F2, "Tổ chức Ngày hội tư vấn tuyển sinh và việc làm"),
      (F2, "Trường Cao đẳng nghề Hà Nguyên; Trung tâm Dịch vụ việc làm tỉnh")],
     ["Ngày hội tư vấn tuyển sinh và việc làm", "Trung tâm Dịch vụ việc làm tỉnh"], None, ["Tỉnh đoàn Hà Nguyên"]),
    ("b12", "Trong bảng phân công của hướng dẫn tuyển sinh, Sở GD&ĐT chủ trì những việc gì?", "who-what",
     [(F2, "Công bố danh mục nghề, địa điểm đào tạo năm 2026"), (F2, "Kiểm tra việc lập, lưu giữ hồ sơ lớp học")],
     ["Công bố danh mục nghề", "Kiểm tra việc lập, lưu giữ hồ sơ lớp học"], None, ["Sở Giáo dục và Đào tạo"]),
    ("b13", "Còn Sở Tài chính thì phối hợp việc gì?", "follow-up",
     [(F2, "Kiểm tra việc lập, lưu giữ hồ sơ lớp học")], ["Kiểm tra việc lập, lưu giữ hồ sơ lớp học"], "b12", None),
    ("b14", "Có vướng mắc về tuyển sinh học nghề thì gọi cho ai?", "factoid",
     [(F2, "ông Bùi Đức Thịnh, điện thoại 0214.3826.559")], ["Bùi Đức Thịnh", "0214.3826.559"], None, None),
    ("b15", "HD tuyển sinh học nghề 2026 của Sở GD&ĐT có số hiệu là gì?", "metadata",
     [(F2, "SỞ GIÁO DỤC VÀ ĐÀO TẠO Số: 214/HD-SGDĐT")], ["214/HD-SGDĐT"], None, None),
    ("b16", "Ai ký hướng dẫn tuyển sinh, lập và quản lý hồ sơ học viên?", "metadata",
     [(F2, "PHÓ GIÁM ĐỐC (Đã ký) Nguyễn Thị Thu Hiền")], ["Nguyễn Thị Thu Hiền"], None, None),
    ("b17", "giay xac nhan doi tuong uu tien do ai ky", "no-diacritics",
     [(F2, "Giấy xác nhận thuộc đối tượng ưu tiên do Chủ tịch UBND xã, phường ký")], ["Chủ tịch UBND xã, phường"], None, None),
    ("b18", "Các cơ sở đào tạo có trách nhiệm gì về công khai thông tin và thu phí học viên?", "who-what",
     [(F2, "Các cơ sở đào tạo có trách nhiệm công khai danh mục nghề, mức hỗ trợ, thời gian và địa điểm học"),
      (F2, "không thu thêm bất kỳ khoản phí nào của học viên thuộc diện hỗ trợ")],
     ["công khai danh mục nghề", "không thu thêm"], None, ["Các cơ sở đào tạo"]),

    ("c1", "Công văn đề nghị báo cáo số người có việc làm sau học nghề năm 2025 là số mấy, ngày nào?", "metadata",
     [(F3, "Số: 1372/SNV-LĐVL                 Hà Nguyên, ngày 20 tháng 01 năm 2026")], ["1372/SNV-LĐVL", "20 tháng 01 năm 2026"], None, None),
    ("c2", "Hạn các xã gửi báo cáo số người có việc làm sau đào tạo về Sở Nội vụ là khi nào?", "factoid",
     [(F3, "gửi về Sở Nội vụ trước ngày 25 tháng 02 năm 2026")], ["25 tháng 02 năm 2026"], None, None),
    ("c3", "CV 1372 bắt báo cáo theo mẫu số mấy?", "abbreviation",
     [(F3, "Tổng hợp số liệu theo Mẫu số 03/VL ban hành kèm theo Công văn này")], ["03/VL"], None, None),
    ("c4", "Mẫu đó gồm những cột nào?", "follow-up",
     [(F3, "Mẫu số 03/VL gồm các cột: STT; nghề đào tạo; số người hoàn thành khóa học; số người có việc làm"),
      (F3, "số người chưa có việc làm; tỷ lệ có việc làm (%); ghi chú")],
     ["số người hoàn thành khóa học", "tỷ lệ có việc làm"], "c3", None),
    ("c5", "Phải phân loại tình trạng việc làm của học viên thành mấy nhóm, gồm những nhóm nào?", "list",
     [(F3, "theo 04 nhóm: (1) tự tạo việc làm; (2) doanh nghiệp, hợp tác xã tuyển dụng; (3) đi làm việc ở nước ngoài theo hợp đồng; (4) chưa có việc làm")],
     ["04 nhóm", "tự tạo việc làm", "chưa có việc làm"], None, None),
    ("c6", "tu tao viec lam thu nhap bao nhieu thi moi tinh la co viec lam", "no-diacritics",
     [(F3, "tự tạo việc làm với thu nhập bình quân từ 3.500.000 đồng/tháng trở lên")], ["3.500.000"], None, None),
    ("c7", "Trung tâm Dịch vụ việc làm tỉnh phải làm gì theo công văn của Sở Nội vụ?", "who-what",
     [(F3, "Đối chiếu danh sách học viên với dữ liệu người lao động nhận giới thiệu việc làm tại Trung tâm và hồ sơ hưởng bảo hiểm thất nghiệp"),
      (F3, "gửi kết quả đối chiếu về Phòng Lao động - Việc làm, Sở Nội vụ trước ngày 15/02/2026")],
     ["Đối chiếu danh sách học viên", "15/02/2026"], None, ["Trung tâm Dịch vụ việc làm tỉnh"]),
    ("c8", "Các cơ sở đào tạo phải gửi danh sách học viên năm 2025 cho xã trước ngày nào?", "who-what",
     [(F3, "cho UBND các xã, phường nơi học viên thường trú trước ngày 05/02/2026")], ["05/02/2026"], None, ["Các cơ sở đào tạo"]),
    ("c9", "lien he ai o so noi vu neu vuong mac ve bao cao viec lam sau dao tao", "no-diacritics",
     [(F3, "liên hệ bà Vi Thị Hoa, chuyên viên Phòng Lao động - Việc làm, Sở Nội vụ, điện thoại 0214.3852.617")],
     ["Vi Thị Hoa", "0214.3852.617"], None, None),
    ("c10", "Xã nào báo cáo chậm thì sẽ bị xử lý thế nào?", "factoid",
     [(F3, "Xã, phường nào chậm báo cáo hoặc có số liệu không khớp với danh sách của cơ sở đào tạo sẽ bị nêu tên trong báo cáo gửi UBND tỉnh")],
     ["nêu tên"], None, None),
    ("c11", "ai ky cong van 1372 cua so noi vu", "metadata",
     [(F3, "- Lưu: VT, LĐVL.                                Lò Văn Hưởng")], ["Lò Văn Hưởng"], None, None),

    ("d1", "Quyết định giao kinh phí đào tạo nghề năm 2026 là quyết định số mấy, ký ngày nào?", "metadata",
     [(F4, "Kèm theo Quyết định số 412/QĐ-UBND ngày 03/3/2026 của Chủ tịch UBND tỉnh")], ["412/QĐ-UBND", "03/3/2026"], None, None),
    ("d2", "QĐ 412 giao tổng cộng bao nhiêu tiền cho các cơ sở đào tạo?", "abbreviation",
     [(F4, "cho 05 cơ sở đào tạo với tổng số tiền 7.150.000.000 đồng")], ["7.150.000.000"], None, None),
    ("d3", "Trường Cao đẳng nghề Hà Nguyên được giao bao nhiêu lớp và bao nhiêu kinh phí?", "factoid",
     [(F4, "Trường Cao đẳng nghề Hà Nguyên May công nghiệp; Hàn điện; Sửa chữa máy nông nghiệp; Tin học văn phòng và bán hàng trực tuyến 24 830 3.190")],
     ["3.190"], None, None),
    ("d4", "Còn TT GDNN-GDTX khu vực Chiềng Sại?", "follow-up",
     [(F4, "Trung tâm GDNN-GDTX khu vực Chiềng Sại Điện dân dụng; Hướng dẫn du lịch cộng đồng; Tin học văn phòng và bán hàng trực tuyến 14 460 1.120")],
     ["1.120"], "d3", None),
    ("d5", "truong trung cap nong lam ha nguyen duoc giao bao nhieu kinh phi dao tao nghe", "no-diacritics",
     [(F4, "Trường Trung cấp Nông lâm Hà Nguyên Trồng và chăm sóc cây ăn quả 6 230 590")], ["590"], None, None),
    ("d6", "Cơ sở đào tạo được tạm ứng tối đa bao nhiêu phần trăm kinh phí của lớp?", "factoid",
     [(F4, "tạm ứng không quá 50% kinh phí của lớp sau khi khai giảng")], ["50%"], None, None),
    ("d7", "Phần còn lại thì thanh toán lúc nào?", "follow-up",
     [(F4, "phần còn lại thanh toán sau khi kết thúc khóa học và có kết quả kiểm tra")], ["sau khi kết thúc khóa học"], "d6", None),
    ("d8", "Theo QĐ 412, Kho bạc Nhà nước khu vực VII làm nhiệm vụ gì?", "who-what",
     [(F4, "Kho bạc Nhà nước khu vực VII thực hiện kiểm soát chi theo quy định")], ["kiểm soát chi"], None, ["Kho bạc Nhà nước khu vực VII"]),
    ("d9", "Sở GD&ĐT phải làm gì theo quyết định giao kinh phí đào tạo nghề?", "who-what",
     [(F4, "Sở Giáo dục và Đào tạo kiểm tra việc tổ chức lớp học, xác nhận số học viên thực học làm căn cứ thanh toán"),
      (F4, "báo cáo UBND tỉnh trước ngày 30/6/2026 các trường hợp cơ sở đào tạo không tuyển đủ chỉ tiêu")],
     ["số học viên thực học", "30/6/2026"], None, ["Sở Giáo dục và Đào tạo"]),
    ("d10", "Sở Tài chính phải thông báo kinh phí cho các cơ sở đào tạo trong bao lâu?", "who-what",
     [(F4, "Sở Tài chính thông báo kinh phí cho các cơ sở đào tạo trong vòng 05 ngày làm việc kể từ ngày Quyết định này có hiệu lực")],
     ["05 ngày làm việc"], None, ["Sở Tài chính"]),
    ("d11", "QĐ 412/QĐ-UBND có hiệu lực từ khi nào?", "abbreviation",
     [(F4, "Quyết định này có hiệu lực kể từ ngày ký")], ["kể từ ngày ký"], None, None),
    ("d12", "Quyết định giao kinh phí đào tạo nghề do ai ký?", "metadata",
     [(F4, "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Đinh Quang Tuấn")], ["Đinh Quang Tuấn"], None, None),
    ("d13", "Học viên nghề trồng cây ăn quả thực hành ở đâu?", "factoid",
     [(F4, "tổ chức thực hành nghề trồng và chăm sóc cây ăn quả tại vườn cam của Hợp tác xã Nông nghiệp sạch Bằng Phúc")],
     ["Hợp tác xã Nông nghiệp sạch Bằng Phúc"], None, None),

    ("e1", "Năm 2025 xã Bằng Phúc có bao nhiêu người học nghề xong có việc làm?", "factoid",
     [(F5, "| 4 | Số người có việc làm sau đào tạo | 201 | 268 | 133,3 |")], ["268"], None, None),
    ("e2", "Còn năm 2024 là bao nhiêu?", "follow-up",
     [(F5, "| 4 | Số người có việc làm sau đào tạo | 201 | 268 | 133,3 |")], ["201"], "e1", None),
    ("e3", "Tỷ lệ có việc làm sau đào tạo của Bằng Phúc năm 2025 đạt bao nhiêu?", "factoid",
     [(F5, "| 5 | Tỷ lệ có việc làm sau đào tạo (%) | 76,1 | 82,0 | tăng 5,9 điểm |")], ["82,0"], None, None),
    ("e4", "Số người có việc làm năm 2025 ở Bằng Phúc chia theo hình thức như thế nào?", "list",
     [(F5, "có 141 người tự tạo việc làm (chủ yếu chăn nuôi gia cầm, trồng cam), 104 người do doanh nghiệp, hợp tác xã tuyển dụng và 23 người đi làm việc ở nước ngoài")],
     ["141", "104", "23"], None, None),
    ("e5", "Đi làm ở nước ngoài thì sang những nước nào, mỗi nước mấy người?", "follow-up",
     [(F5, "(Nhật Bản 17 người, Hàn Quốc 06 người)")], ["Nhật Bản 17 người", "Hàn Quốc 06 người"], "e4", None),
    ("e6", "Công ty nào tuyển học viên lớp may của xã Bằng Phúc, tuyển bao nhiêu người?", "factoid",
     [(F5, "Công ty TNHH May xuất khẩu Thuận Phát (phường Hồng Phúc) tuyển 58 học viên lớp may")], ["Thuận Phát", "58"], None, None),
    ("e7", "nghe dien dan dung o bang phuc ty le co viec lam bao nhieu", "no-diacritics",
     [(F5, "Tỷ lệ có việc làm của nghề điện dân dụng thấp (11/25 học viên, đạt 44%)")], ["44%"], None, None),
    ("e8", "xa bang phuc sap nhap tu nhung xa cu nao", "no-diacritics",
     [(F5, "trên cơ sở sáp nhập 03 xã cũ là Bằng Phúc, Lăng Hiếu và Vằng Ngòa")], ["Lăng Hiếu", "Vằng Ngòa"], None, None),
    ("e9", "Đoàn Thanh niên xã Bằng Phúc được giao việc gì năm 2026?", "who-what",
     [(F5, "Đoàn Thanh niên xã phối hợp tổ chức tư vấn nghề cho thanh niên; đưa 60 đoàn viên tham dự Ngày hội tư vấn tuyển sinh và việc làm")],
     ["60 đoàn viên"], None, ["Đoàn Thanh niên xã"]),
    ("e10", "Trưởng thôn, bản ở Bằng Phúc phải làm gì và báo cáo xã trước ngày nào?", "who-what",
     [(F5, "Trưởng các thôn, bản có trách nhiệm thông báo danh mục nghề đến từng hộ và nắm số người đi làm ăn xa, báo cáo UBND xã trước ngày 15/3/2026")],
     ["15/3/2026"], None, ["Trưởng các thôn, bản"]),
    ("e11", "Xã Bằng Phúc kiến nghị Sở GD&ĐT bổ sung nghề gì?", "list",
     [(F5, "bổ sung nghề sửa chữa xe máy và nghề kỹ thuật trồng chè vào danh mục đào tạo năm 2026 của xã")],
     ["sửa chữa xe máy", "kỹ thuật trồng chè"], None, None),
    ("e12", "Còn kiến nghị gửi Sở Nội vụ là gì?", "follow-up",
     [(F5, "Đề nghị Sở Nội vụ tổ chức 01 phiên giao dịch việc làm lưu động tại xã Bằng Phúc trong quý II/2026")],
     ["phiên giao dịch việc làm lưu động", "quý II/2026"], "e11", None),
    ("e13", "Báo cáo kết quả đào tạo nghề của xã Bằng Phúc số mấy, ai ký?", "metadata",
     [(F5, "Số: 18/BC-UBND                     Bằng Phúc, ngày 12 tháng 02 năm 2026"),
      (F5, "- Lưu: VT, VHXH.                                 Hoàng Thị Mến")],
     ["18/BC-UBND", "Hoàng Thị Mến"], None, None),
    ("e14", "BC 18 của UBND xã Bằng Phúc được lập để trả lời CV nào của Sở Nội vụ?", "abbreviation",
     [(F5, "Thực hiện Công văn số 1372/SNV-LĐVL ngày 20/01/2026 của Sở Nội vụ")], ["1372/SNV-LĐVL"], None, None),
    ("e15", "Ai là người tổng hợp số liệu báo cáo của xã Bằng Phúc, sđt bao nhiêu?", "factoid",
     [(F5, "ông Lương Văn Dũng, công chức Phòng Văn hóa - Xã hội, điện thoại 0912.447.208")], ["Lương Văn Dũng", "0912.447.208"], None, None),

    ("g1", "Có mấy văn bản trong bộ tài liệu viện dẫn Kế hoạch 86/KH-UBND, đó là những văn bản nào?", "corpus",
     [(F2, "Thực hiện Kế hoạch số 86/KH-UBND ngày 14/01/2026 của UBND tỉnh"),
      (F3, "Thực hiện nhiệm vụ UBND tỉnh giao tại Kế hoạch số 86/KH-UBND ngày 14/01/2026"),
      (F4, "Căn cứ Kế hoạch số 86/KH-UBND ngày 14 tháng 01 năm 2026 của UBND tỉnh"),
      (F5, "đào tạo 350 người theo Kế hoạch số 86/KH-UBND ngày 14/01/2026 của UBND tỉnh")],
     ["86/KH-UBND"], None, None),
    ("g2", "Văn bản nào quy định mức chi phí đào tạo cho từng nghề?", "corpus",
     [(F1, "| TT | Nghề đào tạo | Trình độ | Số học viên | Mức chi phí (đồng/học viên) |"),
      (F4, "Mức chi phí đào tạo cho từng nghề thực hiện theo Mục III Kế hoạch số 86/KH-UBND")],
     ["Mục III Kế hoạch số 86/KH-UBND"], None, None),
    ("g3", "Trong bộ tài liệu, những văn bản nào do các Sở ban hành?", "corpus",
     [(F2, "SỞ GIÁO DỤC VÀ ĐÀO TẠO Số: 214/HD-SGDĐT"),
      (F3, "Số: 1372/SNV-LĐVL                 Hà Nguyên, ngày 20 tháng 01 năm 2026")],
     ["214/HD-SGDĐT", "1372/SNV-LĐVL"], None, None),
    ("g4", "Những văn bản nào nhắc đến Ngày hội tư vấn tuyển sinh và việc làm?", "corpus",
     [(F1, "chủ trì tổ chức Ngày hội tư vấn tuyển sinh và việc làm cho thanh niên nông thôn trong tháng 3/2026"),
      (F2, "Tổ chức Ngày hội tư vấn tuyển sinh và việc làm"),
      (F5, "đưa 60 đoàn viên tham dự Ngày hội tư vấn tuyển sinh và việc làm do Tỉnh đoàn tổ chức")],
     ["Ngày hội tư vấn tuyển sinh và việc làm"], None, None),

    # --- unanswerable near-misses
    ("u1", "Kinh phí đào tạo nghề cho lao động nông thôn năm 2027 của tỉnh là bao nhiêu?", "unanswerable", [], [], None, None),
    ("u2", "xa tho xuong duoc phan bo bao nhieu hoc vien hoc nghe nam 2026", "unanswerable", [], [], None, None),
    ("u3", "muc chi phi dao tao nghe sua chua xe may la bao nhieu mot hoc vien", "unanswerable", [], [], None, None),
    ("u4", "Ngày hội tư vấn tuyển sinh và việc làm của Tỉnh đoàn tổ chức vào ngày mấy tháng 3?", "unanswerable", [], [], None, None),
    ("u5", "Mẫu số 04/TS trong hồ sơ học nghề là mẫu gì?", "unanswerable", [], [], None, None),
    ("u6", "CV 1373/SNV-LĐVL của Sở Nội vụ nói về việc gì?", "unanswerable", [], [], None, None),
    ("u7", "Trung tâm GDNN-GDTX khu vực Suối Cạn được giao bao nhiêu kinh phí đào tạo nghề?", "unanswerable", [], [], None, None),
    ("u8", "Năm 2025 toàn tỉnh Hà Nguyên đào tạo nghề cho bao nhiêu người?", "unanswerable", [], [], None, None),
    ("u9", "Năm 2024 xã Bằng Phúc mở bao nhiêu lớp dạy nghề?", "unanswerable", [], [], None, None),
    ("u10", "Công ty May xuất khẩu Thuận Phát trả lương bao nhiêu cho học viên lớp may vào làm?", "unanswerable", [], [], None, None),
    ("u11", "Tỷ lệ có việc làm sau học nghề của xã Tam Đa năm 2025 là bao nhiêu?", "unanswerable", [], [], None, None),
    ("u12", "Chủ tịch UBND tỉnh Hà Nguyên hiện nay là ai?", "unanswerable", [], [], None, None),
    ("u13", "Muốn đăng ký tham gia Ngày hội tư vấn của Tỉnh đoàn thì gọi số điện thoại nào?", "unanswerable", [], [], None, None),
    ("u14", "Xã có tỷ lệ việc làm sau đào tạo cao nhất được khen thưởng bao nhiêu tiền?", "unanswerable", [], [], None, None),
    ("u15", "Nếu báo cáo theo Mẫu 03/VL bị sai số liệu thì xã có mấy ngày để gửi lại?", "unanswerable", [], [], None, None),
    ("u16", "Kho bạc Nhà nước khu vực VII đóng trụ sở ở đâu?", "unanswerable", [], [], None, None),
    ("u17", "QĐ 2087/QĐ-UBND giao tổng dự toán chi ngân sách tỉnh năm 2026 là bao nhiêu?", "unanswerable", [], [], None, None),
    ("u18", "Dư nợ cho vay giải quyết việc làm của toàn tỉnh năm 2025 là bao nhiêu?", "unanswerable", [], [], None, None),
    ("u19", "Lớp may công nghiệp ở xã Bằng Phúc năm 2025 học trong mấy tháng?", "unanswerable", [], [], None, None),
    ("u20", "Nghị quyết 31/2025/NQ-HĐND quy định mức hỗ trợ đào tạo trình độ trung cấp là bao nhiêu?", "unanswerable", [], [], None, None),
    ("u21", "Chỉ tiêu 2026 có bao nhiêu học viên là người dân tộc thiểu số?", "unanswerable", [], [], None, None),
    ("u22", "truong cao dang nghe ha nguyen o dia chi nao", "unanswerable", [], [], None, None),
    ("u23", "han quyet toan kinh phi dao tao nghe nam 2025 la ngay nao", "unanswerable", [], [], None, None),
    ("u24", "QĐ 413/QĐ-UBND giao kinh phí cho những trường nào?", "unanswerable", [], [], None, None),
    ("fu1", "Thế xã Chiềng Sại thì sao?", "follow-up", [], [], "e1", None),
    ("fu2", "Còn người đi làm việc ở nước ngoài thì phải có thu nhập tối thiểu bao nhiêu?", "follow-up", [], [], "c6", None),
]

# file order: mix documents, keep every history before its follow-up
ORDER = [
    "a1", "b1", "u1", "c1", "a2", "d1", "e1", "a3", "u2", "b2", "a4", "c2", "u3", "d2", "e2",
    "a5", "b3", "u4", "c3", "a6", "d3", "b4", "u5", "e3", "a7", "c4", "d4", "u6", "a8", "b5",
    "e4", "u7", "a9", "c5", "d5", "e5", "u8", "a10", "b6", "c6", "u9", "d6", "b7", "e6", "a11",
    "u10", "c7", "d7", "a12", "e7", "u11", "b8", "fu1", "a13", "c8", "d8", "u12", "e8", "b9",
    "a14", "u13", "c9", "d9", "e9", "fu2", "a15", "b10", "u14", "c10", "d10", "a16", "e10",
    "u15", "b11", "a17", "c11", "d11", "u16", "e11", "b12", "a18", "u17", "d12", "e12", "b13",
    "a19", "u18", "b14", "d13", "e13", "a20", "u19", "b15", "e14", "a21", "u20", "b16", "e15",
    "g1", "u21", "a22", "b17", "g2", "u22", "b18", "g3", "u23", "g4", "u24",
]

WHO_WHAT = [
    {"id": "wtm01", "directive": "KH 86/KH-UBND", "source": F1, "actors": [
        {"name": "Sở Giáo dục và Đào tạo", "role": "thường trực", "deadline": "trước ngày 28/02/2026",
         "task_quote": "Là cơ quan thường trực, chủ trì tổ chức thực hiện Kế hoạch; ban hành hướng dẫn tuyển sinh và hồ sơ học viên trước ngày 28/02/2026"},
        {"name": "Sở Nội vụ", "role": "chủ trì", "deadline": None,
         "task_quote": "Chủ trì theo dõi, đánh giá tình hình việc làm của người học sau đào tạo"},
        {"name": "Trung tâm Dịch vụ việc làm tỉnh", "role": None, "deadline": "ngày 15 hằng tháng",
         "task_quote": "giao Trung tâm Dịch vụ việc làm tỉnh tổ chức phiên giao dịch việc làm vào ngày 15 hằng tháng"},
        {"name": "Sở Tài chính", "role": None, "deadline": "trước ngày 10/3/2026",
         "task_quote": "Sở Tài chính thẩm định, trình UBND tỉnh giao kinh phí cho từng cơ sở đào tạo trước ngày 10/3/2026"},
        {"name": "Sở Tài chính", "role": None, "deadline": None,
         "task_quote": "Tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các cơ sở đào tạo thanh toán, quyết toán kinh phí"},
        {"name": "Sở Nông nghiệp và Môi trường", "role": "phối hợp", "deadline": None,
         "task_quote": "Phối hợp với Sở Giáo dục và Đào tạo rà soát chương trình các nghề nông nghiệp"},
        {"name": "Trường Cao đẳng nghề Hà Nguyên", "role": None, "deadline": "trong vòng 05 ngày làm việc kể từ ngày khai giảng",
         "task_quote": "Tổ chức tuyển sinh, đào tạo, kiểm tra và cấp chứng chỉ theo đúng chương trình"},
        {"name": "Trường Trung cấp Nông lâm Hà Nguyên", "role": None, "deadline": "trong vòng 05 ngày làm việc kể từ ngày khai giảng",
         "task_quote": "Tổ chức tuyển sinh, đào tạo, kiểm tra và cấp chứng chỉ theo đúng chương trình"},
        {"name": "các Trung tâm GDNN-GDTX khu vực", "role": None, "deadline": "trong vòng 05 ngày làm việc kể từ ngày khai giảng",
         "task_quote": "cập nhật dữ liệu người học lên phần mềm trong vòng 05 ngày làm việc kể từ ngày khai giảng"},
        {"name": "Tỉnh đoàn Hà Nguyên", "role": "chủ trì", "deadline": "trong tháng 3/2026",
         "task_quote": "chủ trì tổ chức Ngày hội tư vấn tuyển sinh và việc làm cho thanh niên nông thôn trong tháng 3/2026"},
        {"name": "Hội Nông dân tỉnh", "role": "phối hợp", "deadline": None,
         "task_quote": "Phối hợp với các cơ sở đào tạo giới thiệu hội viên tham gia học nghề"},
        {"name": "MTTQ Việt Nam tỉnh", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp tuyên truyền, giám sát việc thực hiện chính sách hỗ trợ học nghề tại cơ sở"},
        {"name": "các tổ chức chính trị - xã hội tỉnh", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp tuyên truyền, giám sát việc thực hiện chính sách hỗ trợ học nghề tại cơ sở"},
        {"name": "Ngân hàng Chính sách xã hội chi nhánh tỉnh Hà Nguyên", "role": None, "deadline": None,
         "task_quote": "Ưu tiên cho vay vốn giải quyết việc làm đối với người học xong có phương án sản xuất, kinh doanh khả thi"},
        {"name": "UBND các xã, phường", "role": None, "deadline": "trước ngày 31/3/2026",
         "task_quote": "Giao Phòng Văn hóa - Xã hội rà soát nhu cầu học nghề, lập danh sách người đăng ký gửi cơ sở đào tạo trước ngày 31/3/2026"},
        {"name": "UBND các xã, phường", "role": None, "deadline": "trước ngày 20 của tháng cuối quý",
         "task_quote": "theo dõi người học sau đào tạo và báo cáo định kỳ hằng quý (trước ngày 20 của tháng cuối quý) về Sở Nội vụ"},
        {"name": "Phòng Văn hóa - Xã hội", "role": None, "deadline": "trước ngày 31/3/2026",
         "task_quote": "rà soát nhu cầu học nghề, lập danh sách người đăng ký gửi cơ sở đào tạo trước ngày 31/3/2026"},
        {"name": "các doanh nghiệp, hợp tác xã", "role": None, "deadline": None,
         "task_quote": "đặt hàng đào tạo, tiếp nhận học viên thực tập và ưu tiên tuyển dụng học viên hoàn thành khóa học"},
    ], "intruders": ["Đinh Quang Tuấn", "Bộ Giáo dục và Đào tạo (b/c)", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh",
                     "Chủ tịch, các PCT UBND tỉnh", "Lưu: VT, KGVX", "UBND TỈNH HÀ NGUYÊN"]},
    {"id": "wtm02", "directive": "HD 214/HD-SGDĐT", "source": F2, "actors": [
        {"name": "Phòng Văn hóa - Xã hội UBND xã, phường", "role": None, "deadline": "đến hết ngày 31/3/2026",
         "task_quote": "thông báo danh mục nghề, tiếp nhận và kiểm tra hồ sơ"},
        {"name": "Đoàn Thanh niên, Hội Nông dân, Hội Liên hiệp Phụ nữ cấp xã", "role": "phối hợp", "deadline": "đến hết ngày 31/3/2026",
         "task_quote": "phối hợp với Đoàn Thanh niên, Hội Nông dân, Hội Liên hiệp Phụ nữ cấp xã thông báo danh mục nghề"},
        {"name": "Chủ tịch UBND xã, phường", "role": None, "deadline": "trước ngày 05/4/2026",
         "task_quote": "Chủ tịch UBND xã, phường ký xác nhận danh sách và gửi cơ sở đào tạo trước ngày 05/4/2026"},
        {"name": "Cơ sở đào tạo", "role": None, "deadline": "trong thời hạn 07 ngày làm việc kể từ ngày nhận danh sách",
         "task_quote": "Cơ sở đào tạo thành lập Hội đồng tuyển sinh, xét duyệt hồ sơ trong thời hạn 07 ngày làm việc kể từ ngày nhận danh sách"},
        {"name": "Sở Giáo dục và Đào tạo", "role": "chủ trì", "deadline": "Trước ngày 25/02/2026",
         "task_quote": "Công bố danh mục nghề, địa điểm đào tạo năm 2026"},
        {"name": "Sở Giáo dục và Đào tạo", "role": "chủ trì", "deadline": "Định kỳ hằng quý",
         "task_quote": "Kiểm tra việc lập, lưu giữ hồ sơ lớp học"},
        {"name": "Sở Giáo dục và Đào tạo", "role": None, "deadline": "trong 02 ngày làm việc",
         "task_quote": "Sở Giáo dục và Đào tạo cấp mã lớp trong 02 ngày làm việc"},
        {"name": "Sở Nông nghiệp và Môi trường", "role": "phối hợp", "deadline": "Trước ngày 25/02/2026",
         "task_quote": "Công bố danh mục nghề, địa điểm đào tạo năm 2026"},
        {"name": "Tỉnh đoàn Hà Nguyên", "role": "chủ trì", "deadline": "Tháng 3/2026",
         "task_quote": "Tổ chức Ngày hội tư vấn tuyển sinh và việc làm"},
        {"name": "Trường Cao đẳng nghề Hà Nguyên", "role": "phối hợp", "deadline": "Tháng 3/2026",
         "task_quote": "Tổ chức Ngày hội tư vấn tuyển sinh và việc làm"},
        {"name": "Trung tâm Dịch vụ việc làm tỉnh", "role": "phối hợp", "deadline": "Tháng 3/2026",
         "task_quote": "Tổ chức Ngày hội tư vấn tuyển sinh và việc làm"},
        {"name": "UBND các xã, phường", "role": "chủ trì", "deadline": "Trước ngày 05/4/2026",
         "task_quote": "Tiếp nhận hồ sơ, lập danh sách người học"},
        {"name": "UBND các xã, phường", "role": "chủ trì", "deadline": "Sau 06 tháng kể từ khi kết thúc khóa học",
         "task_quote": "Cập nhật tình trạng việc làm của học viên"},
        {"name": "Hội Nông dân, Đoàn Thanh niên cấp xã", "role": "phối hợp", "deadline": "Trước ngày 05/4/2026",
         "task_quote": "Tiếp nhận hồ sơ, lập danh sách người học"},
        {"name": "Các cơ sở đào tạo", "role": "chủ trì", "deadline": "Tháng 4 - 5/2026",
         "task_quote": "Xét duyệt, công nhận học viên; khai giảng lớp"},
        {"name": "Các cơ sở đào tạo", "role": None, "deadline": None,
         "task_quote": "Các cơ sở đào tạo có trách nhiệm công khai danh mục nghề, mức hỗ trợ, thời gian và địa điểm học"},
        {"name": "Sở Tài chính", "role": "phối hợp", "deadline": "Định kỳ hằng quý",
         "task_quote": "Kiểm tra việc lập, lưu giữ hồ sơ lớp học"},
        {"name": "Sở Nội vụ", "role": "phối hợp", "deadline": "Sau 06 tháng kể từ khi kết thúc khóa học",
         "task_quote": "Cập nhật tình trạng việc làm của học viên"},
    ], "intruders": ["Nguyễn Thị Thu Hiền", "Bùi Đức Thịnh", "UBND tỉnh (b/c)", "Lưu: VT, GDNN-GDTX", "KT. GIÁM ĐỐC"]},
    {"id": "wtm03", "directive": "CV 1372/SNV-LĐVL", "source": F3, "actors": [
        {"name": "UBND các xã, phường", "role": None, "deadline": "trước ngày 25 tháng 02 năm 2026",
         "task_quote": "Tổng hợp số liệu theo Mẫu số 03/VL ban hành kèm theo Công văn này"},
        {"name": "Phòng Văn hóa - Xã hội", "role": "chủ trì", "deadline": None,
         "task_quote": "Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với trưởng thôn, bản, tổ dân phố rà soát từng người học"},
        {"name": "trưởng thôn, bản, tổ dân phố", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp với trưởng thôn, bản, tổ dân phố rà soát từng người học hoàn thành khóa đào tạo"},
        {"name": "Các cơ sở đào tạo", "role": None, "deadline": "trước ngày 05/02/2026",
         "task_quote": "Cung cấp danh sách học viên hoàn thành khóa học năm 2025"},
        {"name": "Trung tâm Dịch vụ việc làm tỉnh", "role": None, "deadline": "trước ngày 15/02/2026",
         "task_quote": "Đối chiếu danh sách học viên với dữ liệu người lao động nhận giới thiệu việc làm"},
        {"name": "Sở Nội vụ", "role": None, "deadline": "trước ngày 10/3/2026",
         "task_quote": "Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 10/3/2026"},
    ], "intruders": ["Lò Văn Hưởng", "Vi Thị Hoa", "Giám đốc Sở", "UBND tỉnh (b/c)", "Lưu: VT, LĐVL", "Sở Giáo dục và Đào tạo"]},
    {"id": "wtm04", "directive": "QĐ 412/QĐ-UBND", "source": F4, "actors": [
        {"name": "Sở Tài chính", "role": None, "deadline": "trong vòng 05 ngày làm việc kể từ ngày Quyết định này có hiệu lực",
         "task_quote": "Sở Tài chính thông báo kinh phí cho các cơ sở đào tạo trong vòng 05 ngày làm việc"},
        {"name": "Sở Giáo dục và Đào tạo", "role": None, "deadline": "trước ngày 30/6/2026",
         "task_quote": "Sở Giáo dục và Đào tạo kiểm tra việc tổ chức lớp học, xác nhận số học viên thực học làm căn cứ thanh toán"},
        {"name": "Các cơ sở đào tạo có tên tại Phụ lục", "role": None, "deadline": "trước ngày 31/01/2027",
         "task_quote": "sử dụng kinh phí đúng mục đích, đúng đối tượng"},
        {"name": "các cơ sở đào tạo", "role": None, "deadline": "trước ngày 30/9/2026",
         "task_quote": "các cơ sở đào tạo báo cáo kết quả huy động về Sở Tài chính trước ngày 30/9/2026"},
        {"name": "Kho bạc Nhà nước khu vực VII", "role": None, "deadline": None,
         "task_quote": "Kho bạc Nhà nước khu vực VII thực hiện kiểm soát chi theo quy định"},
        {"name": "UBND các xã, phường có học viên", "role": None, "deadline": None,
         "task_quote": "xác nhận danh sách học viên thường trú trên địa bàn và phối hợp với cơ sở đào tạo bố trí địa điểm học"},
        {"name": "Trường Trung cấp Nông lâm Hà Nguyên", "role": None, "deadline": None,
         "task_quote": "tổ chức thực hành nghề trồng và chăm sóc cây ăn quả tại vườn cam của Hợp tác xã Nông nghiệp sạch Bằng Phúc"},
        {"name": "Trung tâm GDNN-GDTX khu vực Đồng Tiêu", "role": "phối hợp", "deadline": None,
         "task_quote": "tổ chức thực hành nghề trồng và chăm sóc cây ăn quả tại vườn cam của Hợp tác xã Nông nghiệp sạch Bằng Phúc"},
    ], "intruders": ["Đinh Quang Tuấn", "Chủ tịch, các PCT UBND tỉnh", "Sở Nông nghiệp và Môi trường", "Lưu: VT, KGVX", "Như Điều 4"]},
    {"id": "wtm05", "directive": "BC 18/BC-UBND", "source": F5, "actors": [
        {"name": "Phòng Văn hóa - Xã hội", "role": "chủ trì", "deadline": "trước ngày 31/3/2026",
         "task_quote": "Phòng Văn hóa - Xã hội chủ trì rà soát nhu cầu học nghề tại 27 thôn, bản, lập danh sách gửi cơ sở đào tạo trước ngày 31/3/2026"},
        {"name": "Đoàn Thanh niên xã", "role": "phối hợp", "deadline": None,
         "task_quote": "Đoàn Thanh niên xã phối hợp tổ chức tư vấn nghề cho thanh niên; đưa 60 đoàn viên tham dự"},
        {"name": "Hội Nông dân xã", "role": None, "deadline": None,
         "task_quote": "Hội Nông dân xã và Hội Liên hiệp Phụ nữ xã giới thiệu hội viên học nghề"},
        {"name": "Hội Liên hiệp Phụ nữ xã", "role": None, "deadline": None,
         "task_quote": "Hội Nông dân xã và Hội Liên hiệp Phụ nữ xã giới thiệu hội viên học nghề"},
        {"name": "Trưởng các thôn, bản", "role": None, "deadline": "trước ngày 15/3/2026",
         "task_quote": "Trưởng các thôn, bản có trách nhiệm thông báo danh mục nghề đến từng hộ và nắm số người đi làm ăn xa"},
        {"name": "Sở Giáo dục và Đào tạo", "role": None, "deadline": None,
         "task_quote": "Đề nghị Sở Giáo dục và Đào tạo bổ sung nghề sửa chữa xe máy và nghề kỹ thuật trồng chè"},
        {"name": "Sở Nội vụ", "role": None, "deadline": "trong quý II/2026",
         "task_quote": "Đề nghị Sở Nội vụ tổ chức 01 phiên giao dịch việc làm lưu động tại xã Bằng Phúc trong quý II/2026"},
        {"name": "Trung tâm GDNN-GDTX khu vực Tam Đa", "role": None, "deadline": None,
         "task_quote": "Đề nghị Trung tâm GDNN-GDTX khu vực Tam Đa mở lớp tại trụ sở xã"},
    ], "intruders": ["Hoàng Thị Mến", "Lương Văn Dũng", "Thường trực Đảng ủy xã", "Thường trực HĐND xã", "Lưu: VT, VHXH",
                     "Công ty TNHH May xuất khẩu Thuận Phát"]},
]


def write_questions():
    byk = {q[0]: q for q in QUESTIONS}
    assert len(byk) == len(QUESTIONS) and sorted(ORDER) == sorted(byk), "ORDER must list every question once"
    ids = {k: f"tm{i:03d}" for i, k in enumerate(ORDER, 1)}
    lines = []
    for k in ORDER:
        _, text, kind, ev, kw, hist, actors = byk[k]
        obj = {"id": ids[k], "question": nfc(text), "answerable": bool(ev), "kind": kind,
               "evidence": [{"source": f, "quote": re.sub(r"\s+", " ", nfc(qt))} for f, qt in ev],
               "keywords": [nfc(x) for x in kw]}
        if hist:
            obj["history"] = [nfc(byk[hist][1])]
        if actors:
            obj["actors"] = [nfc(a) for a in actors]
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WHO_WHAT:
            f.write(json.dumps(json.loads(nfc(json.dumps(w, ensure_ascii=False))), ensure_ascii=False) + "\n")


def main():
    os.makedirs(CORPUS, exist_ok=True)
    write_text("tm01_kehoach_daotaonghe.md", TM01)
    build_tm02(os.path.join(CORPUS, "tm02_huongdan_tuyensinh.docx"))
    build_tm03("tm03_congvan_vieclam.txt")
    build_tm04(os.path.join(CORPUS, "tm04_quyetdinh_kinhphi.pdf"))
    write_text("tm05_baocao_bangphuc.txt", TM05)
    write_questions()
    print("built", sorted(os.listdir(CORPUS)))


if __name__ == "__main__":
    main()
