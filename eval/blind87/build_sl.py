# -*- coding: utf-8 -*-
"""Rebuild the 5 corpus files of blind set 87 (tỉnh Sa Lĩnh) from text held here."""
import os, textwrap, unicodedata
from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- sl01 (.md)
SL01 = """\
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH SA LĨNH  
Số: 86/KH-SVHTTDL

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
Độc lập - Tự do - Hạnh phúc

Sa Lĩnh, ngày 12 tháng 3 năm 2026

# KẾ HOẠCH
## Tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2026 trên địa bàn tỉnh Sa Lĩnh

Căn cứ Kế hoạch số 27/KH-UBND ngày 14/02/2026 của Ủy ban nhân dân tỉnh Sa Lĩnh về phát triển văn hóa đọc trong cộng đồng giai đoạn 2026 - 2030;

Căn cứ Báo cáo số 04/BC-TV ngày 08/01/2026 của Thư viện tỉnh Sa Lĩnh về kết quả phục vụ bạn đọc, luân chuyển sách và phát triển văn hóa đọc năm 2025;

Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2026 (21/4) trên địa bàn tỉnh như sau:

### I. MỤC ĐÍCH, YÊU CẦU

1. Tôn vinh giá trị của sách, khơi dậy niềm say mê đọc sách trong học sinh, thanh thiếu niên và nhân dân, nhất là ở các xã vùng cao, vùng đồng bào dân tộc thiểu số.
2. Đẩy mạnh đọc sách điện tử, sách nói; giới thiệu và tăng số tài khoản sử dụng hệ thống Thư viện số Sa Lĩnh; gắn văn hóa đọc với chuyển đổi số và phổ biến kiến thức khoa học, công nghệ.
3. Các hoạt động tổ chức thiết thực, tiết kiệm, an toàn; huy động được sự tham gia của nhà trường, đoàn thể, doanh nghiệp và các nhà hảo tâm.

### II. CHỦ ĐỀ, THỜI GIAN

- Chủ đề năm 2026: **"Mỗi trang sách - một nhịp cầu tri thức"**.
- Thời gian cao điểm: từ ngày 10/4/2026 đến hết ngày 30/4/2026.

### III. NỘI DUNG HOẠT ĐỘNG

**1. Lễ phát động cấp tỉnh và Hội sách Sa Lĩnh 2026**

- Lễ phát động tổ chức vào 7h30 ngày 18/4/2026 tại Quảng trường Trung tâm thành phố Triệu Lâm, dự kiến khoảng 1.200 đại biểu, giáo viên, học sinh và nhân dân tham dự.
- Hội sách Sa Lĩnh 2026 diễn ra từ ngày 18/4 đến ngày 22/4/2026 tại cùng địa điểm, quy mô 40 gian hàng của các nhà xuất bản, công ty phát hành sách, Thư viện tỉnh và các trường học; mở cửa từ 7h30 đến 21h00 hằng ngày.

**2. Hoạt động tại Thư viện tỉnh**

- Trưng bày, giới thiệu khoảng 2.000 cuốn sách về khoa học, công nghệ, chuyển đổi số, lịch sử và văn hóa địa phương.
- Tọa đàm "Đọc sách trong thời đại số" vào 14h00 ngày 21/4/2026 tại Hội trường Thư viện tỉnh, mời các nhà giáo, nhà văn, đại diện Tỉnh đoàn và học sinh tham gia.
- Cấp miễn phí 500 tài khoản Thư viện số Sa Lĩnh cho học sinh các trường trung học cơ sở, trung học phổ thông.

**3. Hoạt động tại các huyện, thành phố (lịch dự kiến)**

| TT | Địa phương | Thời gian | Địa điểm | Hoạt động chính | Đơn vị thực hiện |
|---|---|---|---|---|---|
| 1 | Thành phố Triệu Lâm | 8h00 ngày 19/4/2026 | Nhà Văn hóa thiếu nhi thành phố | Ngày hội đọc sách thiếu nhi, thi kể chuyện theo sách | Phòng Văn hóa - Thông tin thành phố |
| 2 | Huyện Ly Khê | 7h30 ngày 20/4/2026 | Trường THCS thị trấn Ly Khê | Triển lãm sách, giao lưu tác giả, ra mắt tủ sách số trường học | Phòng GD&ĐT huyện Ly Khê |
| 3 | Huyện Ô Lâu | 14h00 ngày 21/4/2026 | Nhà văn hóa xã Dằm Lau | Phục vụ xe thư viện lưu động, ra mắt Tổ thư viện lưu động xã | UBND xã Dằm Lau |
| 4 | Huyện Khâm Lãng | 8h00 ngày 22/4/2026 | Thư viện huyện Khâm Lãng | Hướng dẫn đọc sách điện tử, tra cứu Thư viện số | Trung tâm Văn hóa - Thể thao huyện Khâm Lãng |
| 5 | Huyện Tằm Hoa | 8h00 ngày 24/4/2026 | Trường PTDTNT huyện Tằm Hoa | Trao tặng "Tủ sách vùng cao", đọc sách cùng em | Huyện đoàn Tằm Hoa |
| 6 | Huyện Lèng Su | 8h00 ngày 25/4/2026 | Chợ phiên xã Lèng Phìn | Đọc sách tại chợ phiên, phục vụ xe thư viện lưu động | Thư viện tỉnh phối hợp UBND huyện Lèng Su |

**4. Cuộc thi và phong trào đọc trong trường học**

- Phối hợp tổ chức Cuộc thi "Sách hay trong tầm tay" dành cho học sinh năm 2026 theo hướng dẫn của Tỉnh đoàn.
- Mỗi trường phổ thông tổ chức ít nhất 01 tiết đọc thư viện trong tuần từ 20/4 đến 25/4/2026.

**5. Vận động "Tủ sách vùng cao"**

Phát động quyên góp sách, báo, giá sách cho các điểm trường, nhà văn hóa thôn, bản; mục tiêu tiếp nhận ít nhất 10.000 cuốn sách, ưu tiên trao tặng cho huyện Lèng Su và huyện Tằm Hoa.

### IV. KINH PHÍ

1. Kinh phí tổ chức các hoạt động cấp tỉnh: 420.000.000 đồng (Bốn trăm hai mươi triệu đồng) từ nguồn sự nghiệp văn hóa năm 2026 đã giao cho Thư viện tỉnh.
2. Các huyện, thành phố chủ động bố trí kinh phí từ ngân sách địa phương; khuyến khích huy động nguồn xã hội hóa.

### V. TỔ CHỨC THỰC HIỆN

1. Thư viện tỉnh chủ trì tổ chức Lễ phát động, Hội sách Sa Lĩnh 2026, tọa đàm và các chuyến xe thư viện lưu động; tổng hợp kết quả, báo cáo Sở trước ngày 10/5/2026.
2. Phòng Quản lý Văn hóa và Gia đình là cơ quan thường trực, tham mưu Giám đốc Sở theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch.
3. Đề nghị Sở Giáo dục và Đào tạo chỉ đạo các trường tổ chức tiết đọc thư viện, cử 300 học sinh tham dự Lễ phát động và phối hợp triển khai Cuộc thi "Sách hay trong tầm tay".
4. Đề nghị Tỉnh đoàn Sa Lĩnh chủ trì Cuộc thi "Sách hay trong tầm tay"; huy động 150 đoàn viên tình nguyện hỗ trợ Hội sách.
5. Đề nghị Hội Khuyến học tỉnh vận động hội viên, doanh nghiệp ủng hộ "Tủ sách vùng cao" và tài trợ giải thưởng cho học sinh.
6. Sở Thông tin và Truyền thông, Báo Sa Lĩnh, Đài Phát thanh - Truyền hình tỉnh có trách nhiệm tuyên truyền, đưa tin về các hoạt động trước, trong và sau Ngày Sách.
7. UBND các huyện, thành phố xây dựng kế hoạch của địa phương trước ngày 31/3/2026, gửi báo cáo kết quả về Sở (qua Phòng Quản lý Văn hóa và Gia đình) trước ngày 05/5/2026.

Đầu mối liên hệ: bà Quàng Thị Hoa, chuyên viên Phòng Quản lý Văn hóa và Gia đình, điện thoại 0214.3826.517, e-mail qlvhgd.svhttdl@salinh.gov.vn.

**Nơi nhận:**
- UBND tỉnh (b/c);
- Các sở: GD&ĐT, TT&TT;
- Tỉnh đoàn, Hội Khuyến học tỉnh;
- UBND các huyện, thành phố;
- Thư viện tỉnh;
- Lưu: VT, QLVHGĐ.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

(đã ký)

Nguyễn Hữu Khang
"""

# ---------------------------------------------------------------- sl02 (.pdf)
SL02_HEAD = [
    ("L", "BCH ĐOÀN TỈNH SA LĨNH", "ĐOÀN TNCS HỒ CHÍ MINH"),
    ("L", "BAN THƯỜNG VỤ", ""),
    ("L", "Số: 37-HD/TĐTN-THTN", "Sa Lĩnh, ngày 20 tháng 3 năm 2026"),
]
SL02_BODY = """\
#HƯỚNG DẪN
#Tổ chức Cuộc thi "Sách hay trong tầm tay" dành cho học sinh tỉnh Sa Lĩnh năm 2026
Căn cứ Chương trình công tác Đoàn và phong trào thanh thiếu nhi tỉnh Sa Lĩnh năm 2026; căn cứ Kế hoạch số 86/KH-SVHTTDL ngày 12/3/2026 của Sở Văn hóa, Thể thao và Du lịch về tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2026, Ban Thường vụ Tỉnh đoàn phối hợp với Sở Giáo dục và Đào tạo, Thư viện tỉnh hướng dẫn tổ chức Cuộc thi "Sách hay trong tầm tay" (sau đây gọi là Cuộc thi) như sau:
@I. MỤC ĐÍCH
1. Khuyến khích học sinh đọc sách, giới thiệu những cuốn sách hay, bổ ích tới bạn bè; hình thành thói quen đọc sách in và sách điện tử.
2. Phát hiện, bồi dưỡng những học sinh có năng khiếu cảm thụ, thuyết trình về sách; làm nòng cốt cho các câu lạc bộ đọc sách trong trường học.
@II. ĐỐI TƯỢNG VÀ BẢNG THI
Học sinh đang học tại các trường phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên trên địa bàn tỉnh, chia thành 03 bảng:
- Bảng A: học sinh lớp 3, lớp 4 và lớp 5.
- Bảng B: học sinh trung học cơ sở (từ lớp 6 đến lớp 9).
- Bảng C: học sinh trung học phổ thông và học viên giáo dục thường xuyên cấp trung học phổ thông (từ lớp 10 đến lớp 12).
Học sinh lớp 1 và lớp 2 không thuộc đối tượng dự thi, các trường có thể tổ chức hoạt động kể chuyện riêng.
@III. NỘI DUNG VÀ HÌNH THỨC DỰ THI
1. Thí sinh lựa chọn 01 cuốn sách (sách in, sách điện tử hoặc sách nói) đã đọc, được xuất bản hợp pháp tại Việt Nam; khuyến khích chọn sách về khoa học, công nghệ, lịch sử và văn hóa địa phương, gương người tốt việc tốt.
2. Thí sinh dự thi theo một trong hai hình thức:
- Bài viết giới thiệu sách: Bảng A từ 300 đến 600 chữ (được viết tay); Bảng B từ 600 đến 1.000 chữ; Bảng C từ 800 đến 1.500 chữ. Bài đánh máy trình bày trên khổ giấy A4, phông chữ Times New Roman, cỡ chữ 14.
- Video giới thiệu sách (chỉ áp dụng cho Bảng B và Bảng C): thời lượng không quá 05 phút, định dạng MP4, dung lượng không quá 500 MB; thí sinh phải xuất hiện trong video.
3. Mỗi thí sinh chỉ gửi 01 bài dự thi; bài dự thi chưa từng đoạt giải tại cuộc thi khác. Bài viết sao chép hoặc sử dụng công cụ trí tuệ nhân tạo để viết thay sẽ bị loại.
@IV. THỜI GIAN VÀ CÁCH THỨC NỘP BÀI
1. Vòng cơ sở (tại các trường): từ ngày 01/4/2026 đến ngày 30/4/2026. Mỗi trường chọn tối đa 05 bài mỗi bảng gửi về huyện đoàn, thành đoàn.
2. Vòng tỉnh: các huyện đoàn, thành đoàn gửi bài về Ban Tổ chức trước 17h00 ngày 15/5/2026, cụ thể:
- Bài viết: gửi qua đường bưu điện hoặc nộp trực tiếp tại Ban Thanh thiếu nhi trường học Tỉnh đoàn, số 27 đường Trần Nhân Tông, phường Lãm Ngọc, thành phố Triệu Lâm; ngoài phong bì ghi rõ "Bài dự thi Sách hay trong tầm tay - Bảng ...".
- Bản mềm bài viết và video: nộp qua biểu mẫu trực tuyến tại địa chỉ sachhay.tinhdoansalinh.vn; tên tệp đặt theo cú pháp Bảng_Họ tên_Trường_Huyện.
- Kèm theo danh sách tổng hợp thí sinh theo Mẫu 01-DS (có xác nhận của huyện đoàn, thành đoàn).
3. Chấm sơ khảo vòng tỉnh: từ ngày 18/5/2026 đến ngày 05/6/2026. Ban Giám khảo chọn 10 thí sinh mỗi bảng vào vòng chung kết.
4. Vòng chung kết: thí sinh thuyết trình trực tiếp về cuốn sách trong thời gian 07 phút, tổ chức vào 7h30 ngày 06/6/2026 tại Hội trường Thư viện tỉnh.
5. Tổng kết, trao giải: dự kiến ngày 13/6/2026.
@V. CƠ CẤU GIẢI THƯỞNG
1. Giải cá nhân (cho mỗi bảng):
- 01 giải Nhất: 2.000.000 đồng;
- 02 giải Nhì: mỗi giải 1.500.000 đồng;
- 03 giải Ba: mỗi giải 1.000.000 đồng;
- 06 giải Khuyến khích: mỗi giải 500.000 đồng.
2. Giải tập thể: 03 giải cho các trường có nhiều bài dự thi chất lượng, mỗi giải 1.500.000 đồng và bộ sách trị giá 2.000.000 đồng do Hội Khuyến học tỉnh trao tặng.
3. Giải "Video được yêu thích nhất": 01 giải trị giá 1.000.000 đồng, căn cứ số lượt thích trên trang thông tin điện tử của Tỉnh đoàn tính đến 17h00 ngày 30/5/2026.
Các giải cá nhân và tập thể được tặng Giấy khen của Ban Thường vụ Tỉnh đoàn. Tổng giá trị giải thưởng bằng tiền là 38.500.000 đồng, từ nguồn kinh phí hoạt động của Tỉnh đoàn và nguồn xã hội hóa.
@VI. BAN TỔ CHỨC VÀ BAN GIÁM KHẢO
Ban Tổ chức do đồng chí Phó Bí thư Tỉnh đoàn làm Trưởng ban, lãnh đạo Sở Giáo dục và Đào tạo, Thư viện tỉnh làm Phó Trưởng ban. Ban Giám khảo gồm giáo viên ngữ văn, cán bộ thư viện và hội viên Hội Văn học - Nghệ thuật tỉnh.
@VII. TỔ CHỨC THỰC HIỆN
1. Ban Thanh thiếu nhi trường học Tỉnh đoàn là bộ phận thường trực Cuộc thi, tiếp nhận bài dự thi, tham mưu tổ chức chấm và tổng kết.
2. Các huyện đoàn, thành đoàn phối hợp với Phòng Giáo dục và Đào tạo cùng cấp triển khai Cuộc thi đến các trường, tổ chức chấm chọn và gửi bài về Tỉnh đoàn đúng thời hạn.
3. Đoàn trường trung học phổ thông, liên đội các trường tiểu học, trung học cơ sở có trách nhiệm tổ chức vòng cơ sở, hướng dẫn học sinh chọn sách và hoàn thiện bài dự thi.
4. Đề nghị Sở Giáo dục và Đào tạo ban hành văn bản chỉ đạo các trường phối hợp thực hiện, cử 06 giáo viên tham gia Ban Giám khảo.
5. Đề nghị Thư viện tỉnh cấp tài khoản Thư viện số Sa Lĩnh miễn phí cho thí sinh, hỗ trợ địa điểm tổ chức vòng chung kết.
6. Đề nghị Hội Khuyến học tỉnh tài trợ giải tập thể và bộ sách tặng các trường đoạt giải.
Trong quá trình tổ chức, nếu có vướng mắc, liên hệ đồng chí Đinh Thu Hằng, Phó Trưởng Ban Thanh thiếu nhi trường học Tỉnh đoàn, điện thoại 0912.447.305, e-mail thtn.tinhdoan@salinh.gov.vn.
"""
SL02_TAIL = """\
Nơi nhận:
- Trung ương Đoàn (b/c);
- Thường trực Tỉnh ủy (b/c);
- Sở GD&ĐT, Thư viện tỉnh, Hội Khuyến học tỉnh;
- Các huyện đoàn, thành đoàn;
- Lưu: VP, THTN.
"""
SL02_SIGN = ["TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "(đã ký)", "Bế Quang Vinh"]

# ---------------------------------------------------------------- sl03 (.txt, hard-wrapped)
SL03_HEAD = """\
UBND HUYỆN LY KHÊ              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO            Độc lập - Tự do - Hạnh phúc
Số: 214/PGDĐT-GDTH
V/v báo cáo vốn tài liệu thư viện     Ly Khê, ngày 25 tháng 3 năm 2026
trường học năm học 2025-2026

          Kính gửi: Hiệu trưởng các trường tiểu học, trung học cơ sở,
                    TH&THCS trên địa bàn huyện Ly Khê.
"""
SL03_BODY = """\
Căn cứ Công văn số 612/SGDĐT-GDPT ngày 16/3/2026 của Sở Giáo dục và Đào tạo tỉnh Sa Lĩnh về việc rà soát, thống kê thư viện trường phổ thông; căn cứ Kế hoạch số 86/KH-SVHTTDL ngày 12/3/2026 của Sở Văn hóa, Thể thao và Du lịch về tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2026, Phòng Giáo dục và Đào tạo huyện Ly Khê đề nghị Hiệu trưởng các trường thực hiện một số nội dung sau:

1. Rà soát, thống kê toàn bộ vốn tài liệu của thư viện nhà trường (sách giáo khoa, sách giáo viên, sách tham khảo, sách thiếu nhi, báo, tạp chí và tài liệu số) tính đến ngày 31/3/2026, theo Mẫu số 02/TV-PGD (Thống kê vốn tài liệu thư viện) gửi kèm Công văn này. Sách rách nát, lạc hậu về nội dung ghi riêng ở cột "Đề nghị thanh lọc", không cộng vào tổng số bản sách đang phục vụ.

2. Báo cáo tình hình cơ sở vật chất thư viện: diện tích phòng đọc, số chỗ ngồi cho học sinh, số máy tính kết nối Internet phục vụ bạn đọc, tủ sách lớp học, góc đọc ngoài trời và mức độ đạt tiêu chuẩn thư viện trường phổ thông hiện hành.

3. Đăng ký nhu cầu bổ sung sách năm 2026 theo Mẫu số 03/TV-PGD, ưu tiên sách khoa học phổ thông cho thiếu nhi, sách song ngữ Việt - dân tộc, sách về kỹ năng sử dụng Internet an toàn và sách điện tử. Mỗi trường đề xuất không quá 300 đầu sách.

4. Trường Tiểu học Ly Thượng và Trường TH&THCS Chúc Trạch là hai trường được chọn thí điểm mô hình "Thư viện thân thiện kết hợp thư viện số" năm 2026; hai trường báo cáo bổ sung số tài khoản Thư viện số Sa Lĩnh đã cấp cho học sinh và số lượt đọc sách điện tử từ tháng 9/2025 đến nay.

5. Các trường triển khai Hướng dẫn số 37-HD/TĐTN-THTN ngày 20/3/2026 của Ban Thường vụ Tỉnh đoàn về Cuộc thi "Sách hay trong tầm tay"; giao giáo viên Tổng phụ trách Đội phối hợp với cán bộ thư viện tổ chức vòng cơ sở, gửi bài được chọn về Huyện đoàn Ly Khê trước ngày 05/5/2026.

6. Trường THCS thị trấn Ly Khê có trách nhiệm chuẩn bị địa điểm, âm thanh, bàn ghế trưng bày sách cho hoạt động Ngày Sách và Văn hóa đọc cấp huyện lúc 7h30 ngày 20/4/2026; các trường tiểu học, THCS thị trấn mỗi trường cử 40 học sinh tham dự.

7. Thời hạn báo cáo: bản mềm (tệp Excel và bản PDF có chữ ký, đóng dấu) gửi qua hộp thư thuvientruonghoc.lykhe@salinh.edu.vn trước 16h00 ngày 10/4/2026; bản giấy gửi về Phòng Giáo dục và Đào tạo (bộ phận Giáo dục tiểu học, phòng 204) trước ngày 15/4/2026. Trường nào chậm nộp sẽ bị nêu tên tại cuộc họp giao ban Hiệu trưởng tháng 4/2026.

8. Mỗi trường cử 01 cán bộ thư viện hoặc giáo viên kiêm nhiệm công tác thư viện tham dự tập huấn sử dụng phần mềm quản lý thư viện vào 8h00 ngày 17/4/2026 tại Hội trường Trường THCS thị trấn Ly Khê; học viên mang theo máy tính xách tay.

Trong quá trình thực hiện, nếu có vướng mắc, các trường liên hệ ông Lường Văn Tiệp, chuyên viên Phòng Giáo dục và Đào tạo, điện thoại 0983.612.540 để được hướng dẫn.

Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường nghiêm túc triển khai thực hiện./.

PHỤ LỤC: MẪU SỐ 02/TV-PGD - THỐNG KÊ VỐN TÀI LIỆU THƯ VIỆN

Mẫu gồm các cột: (1) Loại tài liệu; (2) Số đầu sách; (3) Số bản sách; (4) Trong đó bổ sung trong năm học 2025-2026; (5) Nguồn bổ sung (ngân sách, xã hội hóa, luân chuyển từ Thư viện tỉnh); (6) Đề nghị thanh lọc; (7) Ghi chú. Dòng cuối ghi tổng số lượt học sinh mượn sách từ ngày 05/9/2025 đến ngày 31/3/2026. Người lập biểu ký, ghi rõ họ tên; Hiệu trưởng ký, đóng dấu.
"""
SL03_TAIL = """\
Nơi nhận:                                   KT. TRƯỞNG PHÒNG
- Như trên;                                  PHÓ TRƯỞNG PHÒNG
- Sở GD&ĐT (b/c);
- UBND huyện (b/c);                              (đã ký)
- Huyện đoàn Ly Khê;
- Lãnh đạo Phòng;                             Trần Minh Đức
- Lưu: VT, GDTH.
"""

# ---------------------------------------------------------------- sl04 (.docx)
SL04 = {
    "head": [
        "ỦY BAN NHÂN DÂN XÃ DẰM LAU\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "HUYỆN Ô LÂU\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 58/QĐ-UBND\tDằm Lau, ngày 02 tháng 4 năm 2026",
    ],
    "title": ["QUYẾT ĐỊNH", "Về việc thành lập Tổ thư viện lưu động xã Dằm Lau", "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ DẰM LAU"],
    "can_cu": [
        "Căn cứ Luật Tổ chức chính quyền địa phương;",
        "Căn cứ Luật Thư viện;",
        "Căn cứ Kế hoạch số 86/KH-SVHTTDL ngày 12/3/2026 của Sở Văn hóa, Thể thao và Du lịch tỉnh Sa Lĩnh về tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2026;",
        "Căn cứ Kế hoạch số 33/KH-UBND ngày 20/3/2026 của Ủy ban nhân dân huyện Ô Lâu về phát triển văn hóa đọc năm 2026;",
        "Theo đề nghị của công chức Văn hóa - Xã hội xã.",
    ],
    "dieu1": "Điều 1. Thành lập Tổ thư viện lưu động xã Dằm Lau (sau đây gọi tắt là Tổ), gồm 07 thành viên làm việc theo chế độ kiêm nhiệm, có tên sau:",
    "members": [
        "Ông Sầm Văn Lực, Phó Chủ tịch Ủy ban nhân dân xã - Tổ trưởng;",
        "Bà Nông Thị Duyên, công chức Văn hóa - Xã hội - Tổ phó thường trực;",
        "Anh Lò Văn Tám, Bí thư Đoàn Thanh niên xã - Tổ viên;",
        "Ông Hoàng Đình Thư, Chủ tịch Hội Khuyến học xã - Tổ viên;",
        "Bà Triệu Thị Nga, Phó Hiệu trưởng Trường PTDTBT TH&THCS Dằm Lau - Tổ viên;",
        "Chị Vi Thị Hồng, nhân viên thư viện Trường PTDTBT TH&THCS Dằm Lau - Tổ viên;",
        "Ông Ma Văn Sinh, Trưởng thôn Lũng Khoen - Tổ viên.",
    ],
    "dieu2": "Điều 2. Nhiệm vụ của Tổ:",
    "tasks": [
        "Tiếp nhận, bảo quản sách luân chuyển từ Thư viện tỉnh, Thư viện huyện Ô Lâu và sách do tổ chức, cá nhân quyên góp; lập sổ theo dõi mượn, trả sách.",
        "Tổ chức phục vụ đọc lưu động tại 06 thôn Dằm Trên, Dằm Dưới, Lũng Khoen, Pác Tồng, Phai Xả và Bó Rạ, mỗi thôn ít nhất 02 lần/tháng vào sáng thứ Bảy; phục vụ tại chợ phiên Dằm Lau vào sáng Chủ nhật tuần cuối cùng của tháng.",
        "Hướng dẫn người dân, học sinh cài đặt và sử dụng Thư viện số Sa Lĩnh trên điện thoại thông minh.",
        "Phối hợp tổ chức lễ ra mắt Tổ và phục vụ xe thư viện lưu động của Thư viện tỉnh tại Nhà văn hóa xã lúc 14h00 ngày 21/4/2026.",
        "Báo cáo kết quả hoạt động định kỳ hằng quý về Ủy ban nhân dân xã trước ngày 25 của tháng cuối quý.",
    ],
    "dieu3": "Điều 3. Trách nhiệm của các thành viên:",
    "duties": [
        "Tổ trưởng phụ trách chung, phân công nhiệm vụ, ký sổ giao nhận sách với Thư viện huyện Ô Lâu.",
        "Tổ phó thường trực quản lý kho sách, sổ sách, lịch phục vụ và tổng hợp báo cáo của Tổ.",
        "Đoàn Thanh niên xã thành lập Đội tình nguyện \"Sách xanh\" gồm 12 đoàn viên, hỗ trợ vận chuyển sách và hướng dẫn sử dụng Thư viện số.",
        "Hội Khuyến học xã vận động quyên góp ít nhất 1.500 cuốn sách cho \"Tủ sách vùng cao\" của xã.",
        "Trường PTDTBT TH&THCS Dằm Lau bố trí một phòng làm kho sách trung chuyển và mở cửa thư viện trường phục vụ người dân vào chiều thứ Sáu hằng tuần.",
        "Các trưởng thôn thông báo lịch phục vụ, bố trí địa điểm đọc sách tại nhà văn hóa thôn.",
    ],
    "dieu4": "Điều 4. Kinh phí hoạt động của Tổ được bố trí từ ngân sách xã năm 2026 là 35.000.000 đồng (mua giá sách, thùng đựng sách, loa cầm tay và văn phòng phẩm) và nguồn xã hội hóa. Thành viên tham gia phục vụ lưu động được hỗ trợ 150.000 đồng/người/buổi.",
    "dieu5": "Điều 5. Quyết định này có hiệu lực kể từ ngày ký. Văn phòng HĐND và UBND xã, công chức Tài chính - Kế toán, trưởng các thôn và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
    "noi_nhan": ["Nơi nhận:", "- UBND huyện Ô Lâu (b/c);", "- Phòng Văn hóa - Thông tin huyện;", "- Thư viện huyện Ô Lâu;", "- Như Điều 5;", "- Lưu: VT."],
    "sign": ["CHỦ TỊCH", "(đã ký)", "Dương Văn Khiêm"],
    "annex_title": ["KẾ HOẠCH HOẠT ĐỘNG CỦA TỔ THƯ VIỆN LƯU ĐỘNG NĂM 2026", "(Ban hành kèm theo Quyết định số 58/QĐ-UBND ngày 02/4/2026 của Chủ tịch UBND xã Dằm Lau)"],
    "table": [
        ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        ["1", "Tiếp nhận 800 bản sách luân chuyển đợt 1, xếp giá và lập sổ theo dõi", "Tổ phó thường trực", "Thư viện huyện Ô Lâu", "Trước ngày 15/4/2026"],
        ["2", "Ra mắt Tổ, phục vụ xe thư viện lưu động tại Nhà văn hóa xã", "UBND xã", "Thư viện tỉnh, Đoàn Thanh niên xã", "Ngày 21/4/2026"],
        ["3", "Vận động quyên góp sách cho \"Tủ sách vùng cao\"", "Hội Khuyến học xã", "Đoàn Thanh niên xã, Hội Liên hiệp Phụ nữ xã, Trường PTDTBT TH&THCS Dằm Lau", "Trước ngày 30/6/2026"],
        ["4", "Hướng dẫn cài đặt, sử dụng Thư viện số Sa Lĩnh cho 300 người dân, học sinh", "Đoàn Thanh niên xã", "Trường PTDTBT TH&THCS Dằm Lau, Bưu điện văn hóa xã", "Trước ngày 31/8/2026"],
        ["5", "Phục vụ đọc sách hè cho thiếu nhi tại 06 thôn", "Đoàn Thanh niên xã", "Các trưởng thôn", "Từ tháng 6 đến tháng 8/2026"],
        ["6", "Sơ kết hoạt động năm, báo cáo UBND huyện Ô Lâu", "Tổ trưởng", "Các thành viên Tổ", "Trước ngày 15/12/2026"],
    ],
}

# ---------------------------------------------------------------- sl05 (.txt with Markdown table)
SL05 = """\
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
     THƯ VIỆN TỈNH SA LĨNH                  Độc lập - Tự do - Hạnh phúc

     Số: 04/BC-TV                      Sa Lĩnh, ngày 08 tháng 01 năm 2026

                                BÁO CÁO
      Kết quả phục vụ bạn đọc, luân chuyển sách và phát triển văn hóa
         đọc năm 2025; phương hướng, nhiệm vụ năm 2026

Thực hiện Kế hoạch công tác năm 2025 của Sở Văn hóa, Thể thao và Du lịch, Thư viện tỉnh Sa Lĩnh báo cáo kết quả hoạt động năm 2025 như sau:

I. ĐẶC ĐIỂM TÌNH HÌNH

Năm 2025, mạng lưới thư viện trên địa bàn tỉnh gồm Thư viện tỉnh, 06 thư viện cấp huyện, 94 thư viện và phòng đọc sách cấp xã, 311 thư viện, phòng đọc trường học phổ thông. Đến ngày 31/12/2025, vốn tài liệu của Thư viện tỉnh có 186.420 bản sách in, 41 loại báo, tạp chí và 12.450 tài liệu số. Thư viện tỉnh có 23 viên chức, trong đó 17 người có trình độ chuyên ngành thông tin - thư viện.

Khó khăn chủ yếu: trụ sở Thư viện huyện Lèng Su xuống cấp; nhiều phòng đọc cấp xã thiếu sách mới; phần lớn trường vùng cao chưa có nhân viên thư viện chuyên trách; xe thư viện lưu động đã sử dụng 14 năm, thường xuyên hư hỏng.

II. KẾT QUẢ THỰC HIỆN NĂM 2025

1. Phục vụ bạn đọc tại Thư viện tỉnh
- Cấp mới 3.215 thẻ bạn đọc, trong đó 2.640 thẻ cho học sinh, sinh viên.
- Phục vụ 148.600 lượt bạn đọc, tăng 11,2% so với năm 2024; luân chuyển 392.700 lượt sách, báo.
- Phòng đọc thiếu nhi mở cửa cả thứ Bảy và Chủ nhật; tổ chức 24 buổi "Giờ kể chuyện cuối tuần" với 1.870 lượt thiếu nhi tham gia.

2. Luân chuyển sách và thư viện lưu động
Xe thư viện lưu động thực hiện 46 chuyến xuống cơ sở, phục vụ tại 38 trường học và 21 xã vùng khó khăn. Thư viện tỉnh luân chuyển 27.300 bản sách đến 52 điểm thư viện huyện, phòng đọc xã và tủ sách trường học, mỗi đợt luân chuyển kéo dài 6 tháng.

3. Sách điện tử và Thư viện số
Hệ thống Thư viện số Sa Lĩnh (thuvienso.salinh.gov.vn) hiện có 12.450 tài liệu số, gồm 9.830 sách điện tử và 2.620 sách nói. Năm 2025 có 61.280 lượt truy cập, 18.940 lượt đọc trực tuyến và tải về; 4.105 tài khoản đăng ký mới. Thư viện tỉnh đã số hóa 1.260 tài liệu địa chí về lịch sử, văn hóa các dân tộc tỉnh Sa Lĩnh.

4. Kết quả hoạt động thư viện theo địa bàn huyện, thành phố năm 2025

| TT | Huyện, thành phố | Thư viện, phòng đọc cấp xã | Phòng đọc trường học | Lượt bạn đọc | Lượt sách cho mượn | Lượt đọc sách điện tử |
|---|---|---|---|---|---|---|
| 1 | Thành phố Triệu Lâm | 14 | 62 | 96.400 | 158.300 | 22.760 |
| 2 | Huyện Ly Khê | 19 | 58 | 41.250 | 63.900 | 6.120 |
| 3 | Huyện Ô Lâu | 17 | 49 | 28.730 | 44.180 | 3.905 |
| 4 | Huyện Khâm Lãng | 16 | 53 | 33.600 | 51.460 | 4.870 |
| 5 | Huyện Tằm Hoa | 15 | 47 | 24.910 | 37.050 | 2.640 |
| 6 | Huyện Lèng Su | 13 | 42 | 12.480 | 18.720 | 715 |
| | Cộng | 94 | 311 | 237.370 | 373.610 | 41.010 |

(Số liệu do Phòng Văn hóa - Thông tin các huyện, thành phố và Thư viện tỉnh tổng hợp; lượt đọc sách điện tử tính theo tài khoản Thư viện số đăng ký tại địa phương.)

5. Phát triển văn hóa đọc
Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2025, Thư viện tỉnh phối hợp tổ chức Hội sách tỉnh với 32 gian hàng, thu hút khoảng 15.000 lượt khách. Cuộc thi giới thiệu sách dành cho học sinh năm 2025 nhận 8.420 bài dự thi từ 176 trường. Chương trình "Tủ sách vùng cao" tiếp nhận 6.350 cuốn sách quyên góp, trao tặng 41 điểm trường.

III. ĐÁNH GIÁ CHUNG

Hoạt động thư viện năm 2025 có nhiều chuyển biến, lượt bạn đọc và lượt truy cập Thư viện số đều tăng. Tuy nhiên, tỷ lệ phòng đọc trường học có nhân viên thư viện chuyên trách mới đạt 37%; lượt đọc sách điện tử ở huyện Lèng Su và huyện Tằm Hoa còn thấp; kinh phí bổ sung sách năm 2025 chỉ đạt 350.000.000 đồng, chưa đáp ứng nhu cầu.

IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

1. Chỉ tiêu: cấp mới 3.500 thẻ bạn đọc; phục vụ 160.000 lượt bạn đọc tại Thư viện tỉnh; bổ sung 8.000 bản sách in và 1.500 tài liệu số; thực hiện 50 chuyến xe thư viện lưu động, ưu tiên huyện Lèng Su và huyện Tằm Hoa.
2. Phòng Phục vụ bạn đọc chủ trì tổ chức các hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2026, mở rộng "Giờ kể chuyện cuối tuần" lên 36 buổi.
3. Phòng Công nghệ thông tin và Thư viện số chủ trì nâng cấp Thư viện số Sa Lĩnh, kết nối tài khoản với thư viện trường học, hoàn thành trước ngày 30/9/2026.
4. Phòng Nghiệp vụ và Luân chuyển sách phối hợp với Phòng Văn hóa - Thông tin các huyện, thành phố xây dựng lịch luân chuyển sách năm 2026, gửi các địa phương trong quý I/2026.

V. ĐỀ XUẤT, KIẾN NGHỊ

1. Đề nghị Sở Văn hóa, Thể thao và Du lịch trình Ủy ban nhân dân tỉnh bố trí 1.200.000.000 đồng để thay thế xe thư viện lưu động.
2. Đề nghị Sở Giáo dục và Đào tạo chỉ đạo các trường cập nhật số liệu vốn sách, cấp tài khoản Thư viện số cho học sinh và bố trí nhân viên thư viện.
3. Đề nghị Ủy ban nhân dân huyện Lèng Su bố trí kinh phí sửa chữa trụ sở Thư viện huyện Lèng Su trong năm 2026.

Nơi nhận:                                              GIÁM ĐỐC
- Sở VH-TT&DL (b/c);
- Thư viện Quốc gia Việt Nam;                          (đã ký)
- Sở GD&ĐT;
- UBND các huyện, thành phố;                       Vi Thị Thu Trang
- Lưu: VT, PVBĐ.
"""


def wrap_para(text, width=72):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(para, width=width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def build_sl01():
    with open(os.path.join(CORPUS, "sl01_kehoach_ngaysach.md"), "w", encoding="utf-8") as f:
        f.write(nfc(SL01))


def build_sl02():
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for _, left, right in SL02_HEAD:
        pdf.set_font("DejaVu", "B" if left.isupper() else "", 10.5)
        pdf.cell(w / 2, 6, nfc(left), new_x="RIGHT", new_y="TOP", align="C")
        pdf.set_font("DejaVu", "B" if right.isupper() else "", 10.5)
        pdf.cell(w / 2, 6, nfc(right), new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.ln(5)
    for line in SL02_BODY.splitlines():
        line = nfc(line)
        if line.startswith("#"):
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(w, 7, line[1:], align="C", new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("@"):
            pdf.ln(1)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(w, 6.5, line[1:], new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(w, 6.2, line, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    y0 = pdf.get_y()
    pdf.set_font("DejaVu", "", 9.5)
    for line in SL02_TAIL.splitlines():
        pdf.cell(w / 2, 5, nfc(line), new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0)
    for i, line in enumerate(SL02_SIGN):
        pdf.set_x(pdf.l_margin + w / 2)
        pdf.set_font("DejaVu", "B" if i != 2 else "", 11)
        if i == 3:
            pdf.ln(10)
            pdf.set_x(pdf.l_margin + w / 2)
        pdf.cell(w / 2, 6, nfc(line), new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.output(os.path.join(CORPUS, "sl02_huongdan_cuocthi.pdf"))


def build_sl03():
    text = SL03_HEAD + "\n" + wrap_para(SL03_BODY, 72) + "\n\n" + SL03_TAIL
    with open(os.path.join(CORPUS, "sl03_congvan_vonsach.txt"), "w", encoding="utf-8") as f:
        f.write(nfc(text))


def build_sl04():
    d = SL04
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for line in d["head"]:
        doc.add_paragraph(nfc(line))
    for i, line in enumerate(d["title"]):
        p = doc.add_paragraph()
        r = p.add_run(nfc(line))
        r.bold = i != 1
        p.alignment = 1
    for line in d["can_cu"]:
        doc.add_paragraph(nfc(line))
    p = doc.add_paragraph()
    p.add_run("QUYẾT ĐỊNH:").bold = True
    p.alignment = 1
    doc.add_paragraph(nfc(d["dieu1"]))
    for m in d["members"]:
        doc.add_paragraph(nfc(m), style="List Number")
    doc.add_paragraph(nfc(d["dieu2"]))
    for t in d["tasks"]:
        doc.add_paragraph(nfc(t), style="List Bullet")
    doc.add_paragraph(nfc(d["dieu3"]))
    for t in d["duties"]:
        doc.add_paragraph(nfc(t), style="List Number 2")
    doc.add_paragraph(nfc(d["dieu4"]))
    doc.add_paragraph(nfc(d["dieu5"]))
    for line in d["noi_nhan"]:
        doc.add_paragraph(nfc(line))
    for line in d["sign"]:
        p = doc.add_paragraph(nfc(line))
        p.alignment = 2
    doc.add_page_break()
    for line in d["annex_title"]:
        p = doc.add_paragraph()
        p.add_run(nfc(line)).bold = True
        p.alignment = 1
    rows = d["table"]
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = nfc(cell)
    doc.save(os.path.join(CORPUS, "sl04_quyetdinh_tolvdong.docx"))


def build_sl05():
    with open(os.path.join(CORPUS, "sl05_baocao_thuvien.txt"), "w", encoding="utf-8") as f:
        f.write(nfc(SL05))


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_sl01(); build_sl02(); build_sl03(); build_sl04(); build_sl05()
    print("built", sorted(os.listdir(CORPUS)))
