# -*- coding: utf-8 -*-
"""Build the 5 corpus files of eval set blind92 (tỉnh Quỳnh Lâm, y tế / truyền thông sức khỏe).

All text is invented. Run with /work/main/.venv/bin/python (python-docx, fpdf2 needed).
Writes into ./corpus/ next to this script:
  ql01_kh_truyenthong_tiemchung.md   Kế hoạch, UBND huyện (two-column header, Markdown table)
  ql02_hd_socapcuu_giaovien.docx     Hướng dẫn, Sở GD&ĐT tỉnh (Word list numbering, task table)
  ql03_cv_bhyt_hocsinh.txt           Công văn, Phòng Y tế huyện (hard-wrapped as if copied from PDF)
  ql04_qd_doi_luudong.pdf            Quyết định + Quy chế, Trung tâm Y tế huyện (PDF, text layer)
  ql05_bc_ketqua_khangninh.txt       Báo cáo, UBND xã (two-column header, Markdown figures table)
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
# ql01 — Kế hoạch của UBND huyện Thuận Khang (.md)
# ---------------------------------------------------------------------------
QL01 = """\
UỶ BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN THUẬN KHANG                           Độc lập - Tự do - Hạnh phúc

Số: 27/KH-UBND                        Thuận Khang, ngày 12 tháng 3 năm 2026

# KẾ HOẠCH

## Truyền thông tiêm chủng mở rộng và cải thiện dinh dưỡng trẻ em năm 2026 trên địa bàn huyện Thuận Khang

Căn cứ Kế hoạch số 41/KH-SYT ngày 16/01/2026 của Sở Y tế tỉnh Quỳnh Lâm về truyền thông phòng, chống dịch bệnh và chăm sóc dinh dưỡng bà mẹ, trẻ em năm 2026;

Căn cứ Chỉ thị số 07/CT-UBND ngày 05/02/2026 của Ủy ban nhân dân tỉnh Quỳnh Lâm về tăng cường công tác tiêm chủng cho trẻ em trên địa bàn tỉnh;

Xét đề nghị của Phòng Y tế huyện tại Tờ trình số 15/TTr-PYT ngày 06/3/2026, Ủy ban nhân dân huyện Thuận Khang ban hành Kế hoạch truyền thông tiêm chủng mở rộng và cải thiện dinh dưỡng trẻ em năm 2026 với các nội dung sau:

## I. MỤC ĐÍCH, YÊU CẦU

1. Nâng cao nhận thức của người dân về lợi ích của việc tiêm chủng đầy đủ, đúng lịch và về chế độ dinh dưỡng hợp lý trong 1.000 ngày đầu đời.
2. Huy động sự vào cuộc của cấp ủy, chính quyền, Mặt trận và các đoàn thể từ huyện đến thôn, bản; gắn hoạt động truyền thông với buổi tiêm chủng thường xuyên tại trạm y tế.
3. Thông tin truyền thông phải chính xác, dễ hiểu, phù hợp với đồng bào dân tộc thiểu số; sử dụng tiếng dân tộc tại các xã Thạch Bích và Xuân Đài.

## II. CHỈ TIÊU

- Tỷ lệ trẻ dưới 1 tuổi tiêm chủng đầy đủ các loại vắc xin trong Chương trình tiêm chủng mở rộng đạt từ 95% trở lên.
- Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi toàn huyện giảm xuống dưới 17,5% (năm 2025 là 18,4%).
- 100% xã, thị trấn tổ chức tối thiểu 02 buổi truyền thông trực tiếp trong mỗi đợt.
- Tối thiểu 85% bà mẹ có con dưới 2 tuổi được tư vấn về nuôi con bằng sữa mẹ và cho trẻ ăn bổ sung.
- Trạm y tế các xã, thị trấn phát bản tin sức khỏe trên hệ thống loa truyền thanh cơ sở mỗi tuần 01 lần, thời lượng 10 phút/bản tin.

## III. NỘI DUNG VÀ HÌNH THỨC TRUYỀN THÔNG

1. Truyền thông trực tiếp: nói chuyện chuyên đề tại nhà văn hóa thôn, bản; duy trì góc tư vấn dinh dưỡng tại trạm y tế vào các ngày tiêm chủng thường xuyên (ngày 10 và ngày 25 hằng tháng).
2. Truyền thông trên phương tiện thông tin đại chúng: xây dựng chuyên mục "Sức khỏe cho em" phát trên sóng phát thanh của Trung tâm Văn hóa - Thể thao và Truyền thông huyện; đăng tin trên Cổng thông tin điện tử huyện và nhóm Zalo "Sức khỏe Thuận Khang" do Trung tâm Y tế huyện quản trị.
3. Cân, đo và bổ sung vi chất: tổ chức cân, đo chiều cao cho trẻ dưới 5 tuổi 02 lần trong năm (tháng 6 và tháng 12), kết hợp cho trẻ từ 6 đến 36 tháng tuổi uống vitamin A liều cao.
4. Hội thi "Bé khỏe - Mẹ thông thái" cấp huyện: tổ chức trong tháng 9/2026 tại Trung tâm Văn hóa - Thể thao và Truyền thông huyện; mỗi xã, thị trấn cử 01 đội gồm 03 bà mẹ và 03 trẻ. Cơ cấu giải thưởng gồm 01 giải nhất, 02 giải nhì, 03 giải ba và 04 giải khuyến khích.

## IV. LỊCH TRIỂN KHAI TẠI CÁC XÃ, THỊ TRẤN

Mỗi đợt tại mỗi xã, thị trấn kéo dài 02 ngày; Trung tâm Y tế huyện cử tổ hỗ trợ theo phân công dưới đây.

| TT | Xã, thị trấn | Đợt 1 | Đợt 2 | Địa điểm chính | Tổ hỗ trợ của TTYT |
|---|---|---|---|---|---|
| 1 | Xã Khang Ninh | 06-07/4/2026 | 05-06/10/2026 | Hội trường UBND xã | Tổ 1 |
| 2 | Xã Đăng Lộc | 08-09/4/2026 | 07-08/10/2026 | Nhà văn hóa thôn Trung Lập | Tổ 1 |
| 3 | Xã Mỹ Quang | 13-14/4/2026 | 12-13/10/2026 | Trường Mầm non Mỹ Quang | Tổ 2 |
| 4 | Xã Tiên Hội | 15-16/4/2026 | 14-15/10/2026 | Trạm Y tế xã Tiên Hội | Tổ 2 |
| 5 | Xã Thạch Bích | 20-21/4/2026 | 19-20/10/2026 | Nhà văn hóa bản Suối Đôi | Tổ 3 |
| 6 | Xã Hòa Tân | 22-23/4/2026 | 21-22/10/2026 | Chợ trung tâm xã Hòa Tân | Tổ 3 |
| 7 | Xã Xuân Đài | 27-28/4/2026 | 26-27/10/2026 | Nhà văn hóa bản Co Muông | Tổ 3 |
| 8 | Xã Lương Ngọc | 04-05/5/2026 | 28-29/10/2026 | Trường Tiểu học Lương Ngọc | Tổ 2 |
| 9 | Thị trấn Thuận Khang | 06-07/5/2026 | 30-31/10/2026 | Nhà văn hóa khu phố 3 | Tổ 1 |

Ghi chú: Trường hợp thời tiết bất lợi, UBND xã, thị trấn thống nhất với Trung tâm Y tế huyện để lùi lịch không quá 07 ngày và báo cáo Phòng Y tế huyện.

## V. KINH PHÍ

Tổng kinh phí thực hiện Kế hoạch năm 2026 là 186.400.000 đồng (Một trăm tám mươi sáu triệu bốn trăm nghìn đồng), gồm:

- Ngân sách huyện: 120.000.000 đồng;
- Nguồn Chương trình mục tiêu Y tế - Dân số: 52.400.000 đồng;
- Nguồn xã hội hóa do Hội Chữ thập đỏ huyện vận động: 14.000.000 đồng.

Từ nguồn ngân sách huyện, mỗi xã, thị trấn nhận 6.000.000 đồng/đợt để tổ chức truyền thông trực tiếp; phần còn lại giao Trung tâm Y tế huyện quản lý, sử dụng theo quy định.

## VI. TỔ CHỨC THỰC HIỆN

1. Phòng Y tế huyện: Là cơ quan thường trực, chủ trì tham mưu UBND huyện triển khai Kế hoạch; theo dõi, kiểm tra việc thực hiện tại các xã, thị trấn; tổng hợp, báo cáo kết quả về UBND huyện và Sở Y tế trước ngày 15/11/2026.

2. Trung tâm Y tế huyện: Chủ trì về chuyên môn; thành lập 03 tổ hỗ trợ các xã theo lịch tại mục IV; bảo đảm cung ứng vắc xin, vitamin A, phiếu theo dõi tăng trưởng; tập huấn cho nhân viên y tế thôn, bản về kỹ năng tư vấn trước ngày 31/3/2026.

3. Phòng Văn hóa và Thông tin huyện: Chủ trì, phối hợp với Trung tâm Văn hóa - Thể thao và Truyền thông huyện xây dựng chuyên mục "Sức khỏe cho em", phát sóng 02 lần/tuần trong thời gian diễn ra mỗi đợt.

4. Phòng Giáo dục và Đào tạo huyện: Hướng dẫn các trường mầm non, tiểu học lồng ghép nội dung dinh dưỡng hợp lý vào hoạt động giáo dục; phối hợp với Trạm Y tế tổ chức cân, đo trẻ tại các trường mầm non trong tháng 6 và tháng 12/2026.

5. Phòng Tài chính - Kế hoạch huyện: Tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các đơn vị thanh toán, quyết toán theo quy định.

6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện: Tuyên truyền, vận động đoàn viên, hội viên đưa trẻ đi tiêm chủng đầy đủ, đúng lịch. Hội Liên hiệp Phụ nữ huyện chủ trì tổ chức Hội thi "Bé khỏe - Mẹ thông thái" cấp huyện.

7. Hội Chữ thập đỏ huyện: Huy động nguồn xã hội hóa, trao tặng 40 suất quà dinh dưỡng cho trẻ suy dinh dưỡng thuộc hộ nghèo, hộ cận nghèo; mỗi suất trị giá 350.000 đồng.

8. Ủy ban nhân dân các xã, thị trấn: Xây dựng kế hoạch của địa phương, gửi Phòng Y tế huyện trước ngày 25/3/2026; bố trí địa điểm, loa truyền thanh; chỉ đạo Trạm Y tế phối hợp với tổ hỗ trợ của Trung tâm Y tế; báo cáo kết quả từng đợt về Phòng Y tế huyện trong thời hạn 07 ngày kể từ ngày kết thúc đợt.

Đầu mối liên hệ: ông Đinh Quang Huy, Phó Trưởng phòng Y tế huyện, điện thoại 0912 447 318, thư điện tử dqhuy.pyt@thuankhang.gov.vn./.

Nơi nhận:                                        TM. UỶ BAN NHÂN DÂN
- Sở Y tế tỉnh Quỳnh Lâm (b/c);                       KT. CHỦ TỊCH
- TT Huyện ủy, TT HĐND huyện (b/c);                   PHÓ CHỦ TỊCH
- CT, các PCT UBND huyện;
- Các cơ quan, đơn vị tại mục VI;                       (Đã ký)
- UBND các xã, thị trấn;
- Lưu: VT, YT.                                    Ngô Thị Minh Nguyệt
"""

# ---------------------------------------------------------------------------
# ql02 — Hướng dẫn của Sở GD&ĐT tỉnh Quỳnh Lâm (.docx)
# ---------------------------------------------------------------------------
QL02_HEADER = [
    ("UBND TỈNH QUỲNH LÂM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 318/HD-SGDĐT", "Quỳnh Lâm, ngày 20 tháng 02 năm 2026"),
]
# (style, text); style "restart" = List Number restarting at 1
QL02_BODY = [
    ("Title", "HƯỚNG DẪN"),
    ("Subtitle", "Tổ chức bồi dưỡng kỹ năng sơ cấp cứu cho giáo viên và nhân viên y tế trường học năm 2026"),
    ("Normal", "Căn cứ Kế hoạch phối hợp số 09/KHPH-SGDĐT-SYT ngày 10/01/2026 giữa Sở Giáo dục và Đào tạo và Sở Y tế tỉnh Quỳnh Lâm về công tác y tế trường học giai đoạn 2026 - 2028;"),
    ("Normal", "Căn cứ Kế hoạch số 41/KH-SYT ngày 16/01/2026 của Sở Y tế tỉnh Quỳnh Lâm về truyền thông phòng, chống dịch bệnh và chăm sóc dinh dưỡng bà mẹ, trẻ em năm 2026;"),
    ("Normal", "Sở Giáo dục và Đào tạo hướng dẫn các đơn vị tổ chức bồi dưỡng kỹ năng sơ cấp cứu cho giáo viên, nhân viên y tế trường học năm 2026 như sau:"),
    ("Heading 1", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("List Bullet", "Trang bị cho giáo viên, nhân viên y tế trường học kiến thức và kỹ năng sơ cấp cứu ban đầu để xử trí kịp thời các tình huống tai nạn, thương tích, ngộ độc xảy ra trong trường học."),
    ("List Bullet", "Mỗi cơ sở giáo dục có tối thiểu 03 người có Giấy chứng nhận sơ cấp cứu còn hiệu lực trước khi bắt đầu năm học 2026 - 2027."),
    ("List Bullet", "Việc bồi dưỡng bảo đảm thực chất, chú trọng thực hành; không tổ chức hình thức, gây lãng phí."),
    ("Heading 1", "II. ĐỐI TƯỢNG VÀ SỐ LƯỢNG"),
    ("List Bullet", "Giáo viên chủ nhiệm, giáo viên giáo dục thể chất, nhân viên y tế trường học (hoặc người kiêm nhiệm công tác y tế) của các cơ sở giáo dục mầm non, tiểu học, trung học cơ sở, trung học phổ thông và trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên."),
    ("List Bullet", "Mỗi cơ sở giáo dục cử tối thiểu 03 người; trường có học sinh bán trú, nội trú cử tối thiểu 05 người."),
    ("List Bullet", "Tổng số học viên dự kiến toàn tỉnh khoảng 2.450 người, chia thành 62 lớp, mỗi lớp không quá 40 học viên."),
    ("Heading 1", "III. CHƯƠNG TRÌNH BỒI DƯỠNG"),
    ("Normal", "Chương trình gồm 04 mô-đun với tổng thời lượng 24 tiết (mỗi tiết 45 phút), học tập trung trong 03 ngày:"),
    ("List Bullet", "Mô-đun SCC-01: Đánh giá ban đầu nạn nhân và gọi cấp cứu 115, thời lượng 04 tiết (02 tiết lý thuyết, 02 tiết thực hành)."),
    ("List Bullet", "Mô-đun SCC-02: Hồi sinh tim phổi cơ bản và sử dụng máy khử rung tim tự động (AED), thời lượng 08 tiết (02 tiết lý thuyết, 06 tiết thực hành)."),
    ("List Bullet", "Mô-đun SCC-03: Xử trí dị vật đường thở, đuối nước, điện giật, thời lượng 06 tiết (02 tiết lý thuyết, 04 tiết thực hành)."),
    ("List Bullet", "Mô-đun SCC-04: Xử trí vết thương, gãy xương, bỏng và ngộ độc thực phẩm trong trường học, thời lượng 06 tiết (03 tiết lý thuyết, 03 tiết thực hành)."),
    ("Normal", "Phần lý thuyết của mô-đun SCC-04 học trực tuyến trên hệ thống học tập của Sở tại địa chỉ taphuan.quynhlam.edu.vn trước khi học viên đến lớp tập trung; các mô-đun còn lại học trực tiếp."),
    ("Heading 1", "IV. KIỂM TRA VÀ CẤP GIẤY CHỨNG NHẬN"),
    ("restart", "Học viên làm bài kiểm tra lý thuyết trắc nghiệm 30 câu trong 30 phút trên hệ thống trực tuyến và kiểm tra thực hành hồi sinh tim phổi trên mô hình."),
    ("List Number", "Học viên tham dự tối thiểu 90% thời lượng, có điểm lý thuyết từ 7,0 trở lên (thang điểm 10) và kết quả thực hành xếp loại \"Đạt\" thì nhận Giấy chứng nhận hoàn thành khóa bồi dưỡng."),
    ("List Number", "Giấy chứng nhận do Trung tâm Kiểm soát bệnh tật tỉnh Quỳnh Lâm cấp, có giá trị 03 năm kể từ ngày cấp."),
    ("List Number", "Học viên chưa đạt được kiểm tra lại 01 lần trong vòng 30 ngày kể từ ngày kết thúc lớp; nếu vẫn chưa đạt thì đăng ký học lại ở đợt sau."),
    ("Heading 1", "V. THỜI GIAN, ĐỊA ĐIỂM"),
    ("List Bullet", "Cụm 1 (học viên thành phố Quỳnh Lâm và các trường trung học phổ thông trực thuộc Sở): tại Trường Cao đẳng Y tế Quỳnh Lâm, từ ngày 16/3/2026 đến ngày 10/4/2026."),
    ("List Bullet", "Cụm 2 (học viên huyện Thuận Khang): tại Trung tâm Y tế huyện Thuận Khang, từ ngày 08/6/2026 đến ngày 26/6/2026."),
    ("List Bullet", "Cụm 3 (học viên huyện Minh Lương): tại Trung tâm Y tế huyện Minh Lương, từ ngày 06/7/2026 đến ngày 24/7/2026."),
    ("Normal", "Lịch học cụ thể của từng lớp đăng trên Cổng thông tin điện tử của Sở chậm nhất 07 ngày trước khi khai giảng lớp."),
    ("Heading 1", "VI. KINH PHÍ"),
    ("Normal", "Dự toán kinh phí tổ chức là 612.500.000 đồng từ nguồn sự nghiệp giáo dục năm 2026 của Sở, dùng chi thù lao giảng viên, tài liệu, vật tư thực hành và in Giấy chứng nhận. Học viên không phải nộp học phí; tiền tàu xe, lưu trú của học viên do đơn vị cử người đi học chi trả theo chế độ công tác phí hiện hành."),
    ("Heading 1", "VII. TỔ CHỨC THỰC HIỆN"),
    ("restart", "Phòng Công tác học sinh và Y tế trường học (thuộc Sở) chủ trì tổ chức các lớp; tổng hợp danh sách học viên, phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh xếp lớp; gửi báo cáo tổng kết lên Giám đốc Sở trước ngày 15/8/2026."),
    ("List Number", "Phòng Kế hoạch - Tài chính (thuộc Sở) bảo đảm kinh phí, hướng dẫn thanh toán, quyết toán."),
    ("List Number", "Đề nghị Trung tâm Kiểm soát bệnh tật tỉnh Quỳnh Lâm cử giảng viên, biên soạn tài liệu, tổ chức kiểm tra và cấp Giấy chứng nhận cho học viên trong vòng 15 ngày làm việc sau khi kết thúc mỗi lớp."),
    ("List Number", "Trường Cao đẳng Y tế Quỳnh Lâm bố trí phòng học và thiết bị thực hành cho cụm 1, gồm 12 mô hình hồi sinh tim phổi người lớn, 08 mô hình trẻ em và 04 máy AED huấn luyện."),
    ("List Number", "Đề nghị Trung tâm Y tế huyện Thuận Khang và Trung tâm Y tế huyện Minh Lương bố trí hội trường, khu thực hành cho cụm 2 và cụm 3."),
    ("List Number", "Phòng Giáo dục và Đào tạo các huyện, thành phố lập danh sách học viên cấp mầm non, tiểu học, trung học cơ sở theo Mẫu 01-SCC, gửi về Sở (qua Phòng Công tác học sinh và Y tế trường học) trước ngày 05/3/2026."),
    ("List Number", "Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên cử học viên và gửi danh sách trực tiếp về Sở trước ngày 05/3/2026; sau khóa học bổ sung tủ thuốc, túi sơ cấp cứu theo danh mục quy định."),
    ("Normal", "Bảng phân công nhiệm vụ cụ thể:"),
    ("TABLE", None),
    ("Normal", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị liên hệ bà Lục Thị Thanh Mai, chuyên viên Phòng Công tác học sinh và Y tế trường học, điện thoại 0208 3856 214, thư điện tử yte.truonghoc@quynhlam.edu.vn để phối hợp giải quyết./."),
]
QL02_TABLE = [
    ("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
    ("1", "Tổng hợp danh sách học viên toàn tỉnh", "Phòng Công tác học sinh và Y tế trường học", "Phòng Giáo dục và Đào tạo các huyện, thành phố", "Trước ngày 10/3/2026"),
    ("2", "Biên soạn, in tài liệu bồi dưỡng", "Trung tâm Kiểm soát bệnh tật tỉnh", "Trường Cao đẳng Y tế Quỳnh Lâm", "Trước ngày 12/3/2026"),
    ("3", "Tổ chức các lớp cụm 1", "Phòng Công tác học sinh và Y tế trường học", "Trường Cao đẳng Y tế Quỳnh Lâm", "Từ 16/3 đến 10/4/2026"),
    ("4", "Tổ chức các lớp cụm 2 và cụm 3", "Phòng Công tác học sinh và Y tế trường học", "Trung tâm Y tế các huyện Thuận Khang, Minh Lương", "Từ 08/6 đến 24/7/2026"),
    ("5", "Kiểm tra, cấp Giấy chứng nhận", "Trung tâm Kiểm soát bệnh tật tỉnh", "Phòng Công tác học sinh và Y tế trường học", "15 ngày làm việc sau mỗi lớp"),
    ("6", "Báo cáo tổng kết", "Phòng Công tác học sinh và Y tế trường học", "Trung tâm Kiểm soát bệnh tật tỉnh", "Trước ngày 15/8/2026"),
]
QL02_SIGN = [
    ("Nơi nhận:", "KT. GIÁM ĐỐC"),
    ("- Sở Y tế tỉnh Quỳnh Lâm (để phối hợp);", "PHÓ GIÁM ĐỐC"),
    ("- Trung tâm KSBT tỉnh;", ""),
    ("- Phòng Giáo dục và Đào tạo các huyện, thành phố;", "(Đã ký)"),
    ("- Các trường THPT, TT GDNN-GDTX;", ""),
    ("- Giám đốc, các PGĐ Sở;", ""),
    ("- Lưu: VT, CTHS.", "Nông Đức Khải"),
]

# ---------------------------------------------------------------------------
# ql03 — Công văn của Phòng Y tế huyện Thuận Khang (.txt, hard-wrapped)
# ---------------------------------------------------------------------------
QL03_HEADER = """\
UBND HUYỆN THUẬN KHANG        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
     PHÒNG Y TẾ                  Độc lập - Tự do - Hạnh phúc

Số: 64/PYT-NV               Thuận Khang, ngày 08 tháng 4 năm 2026
V/v báo cáo tỷ lệ học sinh tham gia
bảo hiểm y tế năm học 2025 - 2026

Kính gửi:
  - Ủy ban nhân dân các xã, thị trấn;
  - Trạm Y tế các xã, thị trấn;
  - Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn huyện.
"""
QL03_PARAS = [
    "Thực hiện Công văn số 512/BHXH-QLT ngày 25/3/2026 của Bảo hiểm xã hội tỉnh Quỳnh Lâm về việc đẩy mạnh phát triển người tham gia bảo hiểm y tế học sinh, sinh viên và ý kiến chỉ đạo của Chủ tịch UBND huyện tại Thông báo số 88/TB-UBND ngày 31/3/2026, Phòng Y tế huyện đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:",
    "Đến ngày 31/3/2026, toàn huyện có 18.960 học sinh mầm non, tiểu học và trung học cơ sở, trong đó 17.735 học sinh tham gia bảo hiểm y tế, đạt 93,5%; còn 1.225 học sinh chưa tham gia. Hai xã có tỷ lệ thấp nhất là Thạch Bích (86,2%) và Xuân Đài (88,9%). Chỉ tiêu tỉnh giao năm 2026 là 100% học sinh tham gia bảo hiểm y tế.",
    "Mức đóng bảo hiểm y tế học sinh năm học 2025 - 2026 là 1.263.600 đồng/học sinh/12 tháng; ngân sách nhà nước hỗ trợ 30%, học sinh đóng 884.520 đồng. Học sinh thuộc hộ cận nghèo còn nhận thêm phần hỗ trợ của ngân sách tỉnh theo quy định.",
    "1. Ủy ban nhân dân các xã, thị trấn",
    "a) Giao công chức Văn hóa - Xã hội phối hợp với Trạm Y tế và các trường rà soát số học sinh cư trú trên địa bàn chưa tham gia bảo hiểm y tế, phân theo cấp học và theo nhóm đối tượng (hộ nghèo, hộ cận nghèo, dân tộc thiểu số, các đối tượng khác).",
    "b) Lập báo cáo theo Mẫu số 03/BC-BHYTHS kèm theo Công văn này, gửi về Phòng Y tế huyện trước 17 giờ 00 ngày 24/4/2026, gồm bản giấy có chữ ký, đóng dấu và bản điện tử định dạng Excel gửi qua thư điện tử.",
    "c) Giao chỉ tiêu vận động cho từng thôn, bản; phấn đấu đến hết tháng 9/2026 toàn xã có tối thiểu 98% học sinh tham gia bảo hiểm y tế.",
    "2. Trạm Y tế các xã, thị trấn",
    "Cung cấp cho UBND xã danh sách học sinh có thẻ bảo hiểm y tế đăng ký khám, chữa bệnh ban đầu tại trạm; phối hợp với nhà trường tư vấn cho phụ huynh về quyền lợi khi tham gia bảo hiểm y tế.",
    "3. Các trường mầm non, tiểu học, trung học cơ sở",
    "Báo cáo số liệu học sinh tham gia bảo hiểm y tế theo Mẫu số 04/BC-BHYTHS, gửi UBND xã nơi trường đóng trụ sở trước ngày 20/4/2026, đồng thời gửi Phòng Giáo dục và Đào tạo huyện; tổ chức tuyên truyền qua các buổi họp phụ huynh cuối học kỳ II.",
    "4. Đề nghị Bảo hiểm xã hội huyện Thuận Khang",
    "Cung cấp dữ liệu thẻ bảo hiểm y tế học sinh còn giá trị sử dụng đến ngày 31/3/2026, chia theo từng xã, thị trấn, gửi UBND các xã, thị trấn trước ngày 15/4/2026 để đối chiếu.",
    "5. Đề nghị Phòng Giáo dục và Đào tạo huyện",
    "Yêu cầu hiệu trưởng các trường đưa chỉ tiêu học sinh tham gia bảo hiểm y tế vào tiêu chí thi đua năm học 2026 - 2027.",
    "6. Đề nghị Hội Chữ thập đỏ huyện phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam huyện vận động các tổ chức, cá nhân hảo tâm tặng tối thiểu 150 thẻ bảo hiểm y tế cho học sinh có hoàn cảnh khó khăn, hoàn thành trước ngày 31/8/2026.",
    "Phòng Y tế sẽ tổng hợp, báo cáo UBND huyện và Bảo hiểm xã hội tỉnh trước ngày 30/4/2026. Các xã, thị trấn chậm báo cáo sẽ bị nêu tên tại hội nghị giao ban tháng 5/2026 của UBND huyện.",
    "Mọi thông tin xin liên hệ ông Bế Văn Tiệp, chuyên viên Phòng Y tế, điện thoại 0986 231 574, thư điện tử phongyte@thuankhang.quynhlam.gov.vn.",
    "Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.",
]
QL03_SIGN = """\
Nơi nhận:                                  TRƯỞNG PHÒNG
- Như trên;
- UBND huyện (b/c);                          (Đã ký)
- BHXH huyện;
- Lưu: VT, NV.                           Hà Thị Kim Oanh
"""
QL03_FORM = [
    "MẪU SỐ 03/BC-BHYTHS",
    "(Kèm theo Công văn số 64/PYT-NV ngày 08/4/2026 của Phòng Y tế huyện Thuận Khang)",
    "BÁO CÁO SỐ HỌC SINH THAM GIA BẢO HIỂM Y TẾ NĂM HỌC 2025 - 2026",
    "Xã/thị trấn: ..................................",
    "Các cột của biểu: (1) Cấp học; (2) Tổng số học sinh cư trú trên địa bàn; (3) Số học sinh tham gia bảo hiểm y tế; (4) Tỷ lệ tham gia (%); (5) Số học sinh chưa tham gia; (6) Trong đó thuộc hộ nghèo, hộ cận nghèo; (7) Ghi chú.",
    "Người lập biểu ký, ghi rõ họ tên; Chủ tịch UBND xã, thị trấn ký tên, đóng dấu.",
]

# ---------------------------------------------------------------------------
# ql04 — Quyết định của Giám đốc Trung tâm Y tế huyện Thuận Khang (.pdf)
# ---------------------------------------------------------------------------
QL04_HEADER = [
    ("SỞ Y TẾ TỈNH QUỲNH LÂM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("TRUNG TÂM Y TẾ", "Độc lập - Tự do - Hạnh phúc"),
    ("HUYỆN THUẬN KHANG", ""),
    ("Số: 152/QĐ-TTYT", "Thuận Khang, ngày 02 tháng 4 năm 2026"),
]
# ("C", text) centred bold; ("P", text) paragraph; ("B", text) bold paragraph
QL04_BODY = [
    ("C", "QUYẾT ĐỊNH"),
    ("C", "Về việc thành lập Đội khám, chữa bệnh lưu động phục vụ các xã vùng khó khăn năm 2026"),
    ("C", "GIÁM ĐỐC TRUNG TÂM Y TẾ HUYỆN THUẬN KHANG"),
    ("P", "Căn cứ Quyết định số 1127/QĐ-UBND ngày 14/6/2021 của Ủy ban nhân dân tỉnh Quỳnh Lâm quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Trung tâm Y tế huyện, thành phố;"),
    ("P", "Căn cứ Kế hoạch số 27/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân huyện Thuận Khang về truyền thông tiêm chủng mở rộng và cải thiện dinh dưỡng trẻ em năm 2026;"),
    ("P", "Căn cứ Công văn số 233/SYT-NVY ngày 19/3/2026 của Sở Y tế tỉnh Quỳnh Lâm về việc tăng cường khám, chữa bệnh cho người dân vùng đồng bào dân tộc thiểu số và miền núi;"),
    ("P", "Xét đề nghị của Trưởng phòng Kế hoạch - Nghiệp vụ,"),
    ("C", "QUYẾT ĐỊNH:"),
    ("P", "Điều 1. Thành lập Đội khám, chữa bệnh lưu động của Trung tâm Y tế huyện Thuận Khang năm 2026 (sau đây gọi là Đội lưu động), gồm 09 thành viên có tên sau:"),
    ("P", "1. BSCKI Quách Văn Lực, Phó Giám đốc Trung tâm - Đội trưởng;"),
    ("P", "2. BS Đàm Thị Thu Trang, Phó Trưởng khoa Nhi - Đội phó;"),
    ("P", "3. BS Ma Văn Chiến, Khoa Khám bệnh - thành viên, phụ trách khám nội;"),
    ("P", "4. BS Triệu Thị Hằng, Khoa Chăm sóc sức khỏe sinh sản - thành viên, phụ trách khám thai, phụ khoa;"),
    ("P", "5. YS Vi Thị Dung, Khoa Kiểm soát bệnh tật và HIV/AIDS - thành viên, phụ trách tư vấn dinh dưỡng, tiêm chủng;"),
    ("P", "6. ĐD Nguyễn Văn Tú, Khoa Khám bệnh - thành viên, phụ trách điều dưỡng, đo huyết áp;"),
    ("P", "7. NHS Lường Thị Mai, Khoa Chăm sóc sức khỏe sinh sản - thành viên, nữ hộ sinh;"),
    ("P", "8. DS Phùng Quốc Bảo, Khoa Dược - Trang thiết bị - Vật tư y tế - thành viên, phụ trách cấp phát thuốc;"),
    ("P", "9. KTV Tạ Minh Đức, Khoa Xét nghiệm - Chẩn đoán hình ảnh - thành viên, phụ trách xét nghiệm nhanh, siêu âm."),
    ("P", "Ông Lý Văn Sáng, lái xe thuộc Phòng Tổ chức - Hành chính, phục vụ Đội lưu động và không phải là thành viên của Đội."),
    ("P", "Điều 2. Nhiệm vụ của Đội lưu động"),
    ("P", "1. Tổ chức khám, chữa bệnh lưu động định kỳ tại 04 xã vùng khó khăn: Thạch Bích, Xuân Đài, Lương Ngọc và Tiên Hội, mỗi xã 01 lượt/tháng, từ tháng 4 đến tháng 12/2026. Lịch cố định: thứ Ba tuần thứ hai tại xã Thạch Bích, thứ Năm tuần thứ hai tại xã Xuân Đài, thứ Ba tuần thứ tư tại xã Lương Ngọc, thứ Năm tuần thứ tư tại xã Tiên Hội."),
    ("P", "2. Khám thai, tư vấn dinh dưỡng cho phụ nữ có thai và bà mẹ nuôi con nhỏ; khám, cân đo, đánh giá tình trạng dinh dưỡng cho trẻ dưới 5 tuổi; phối hợp với các đợt truyền thông theo Kế hoạch số 27/KH-UBND của UBND huyện."),
    ("P", "3. Khám sàng lọc tăng huyết áp, đái tháo đường cho người từ 40 tuổi trở lên; lập hồ sơ quản lý và chuyển danh sách cho Trạm Y tế xã theo dõi."),
    ("P", "4. Cấp phát thuốc cho người bệnh có thẻ bảo hiểm y tế theo quy định; tư vấn, chuyển tuyến các trường hợp vượt quá khả năng chuyên môn."),
    ("P", "5. Ghi chép đầy đủ sổ khám bệnh lưu động; báo cáo kết quả sau mỗi chuyến về Phòng Kế hoạch - Nghiệp vụ trong vòng 03 ngày làm việc; tổng hợp báo cáo quý trước ngày 05 của tháng đầu quý sau."),
    ("P", "Mỗi lượt khám phục vụ tối thiểu 80 người; trong năm 2026, Đội lưu động phấn đấu khám cho khoảng 2.900 lượt người."),
    ("P", "Điều 3. Chế độ, điều kiện hoạt động và trách nhiệm của các đơn vị"),
    ("P", "1. Thành viên Đội lưu động hưởng phụ cấp lưu động 150.000 đồng/người/ngày thực tế đi cơ sở, chi từ nguồn thu sự nghiệp của Trung tâm."),
    ("P", "2. Phòng Tổ chức - Hành chính bố trí 01 xe ô tô cứu thương biển kiểm soát 99B-027.48 và lái xe phục vụ Đội; thanh toán chế độ phụ cấp hằng tháng."),
    ("P", "3. Phòng Kế hoạch - Nghiệp vụ chủ trì xây dựng lịch khám cụ thể, thông báo cho các xã trước ít nhất 07 ngày; theo dõi, tổng hợp kết quả, báo cáo Giám đốc."),
    ("P", "4. Khoa Dược - Trang thiết bị - Vật tư y tế bảo đảm cơ số thuốc, vật tư, test xét nghiệm nhanh và máy siêu âm xách tay cho mỗi chuyến."),
    ("P", "5. Trạm Y tế các xã Thạch Bích, Xuân Đài, Lương Ngọc, Tiên Hội thông báo lịch khám đến người dân, chuẩn bị địa điểm và cử 01 nhân viên phối hợp với Đội trong ngày khám."),
    ("P", "6. Đề nghị Ủy ban nhân dân các xã Thạch Bích, Xuân Đài, Lương Ngọc, Tiên Hội hỗ trợ địa điểm, thông báo trên hệ thống loa truyền thanh và bảo đảm an ninh, trật tự tại điểm khám."),
    ("P", "7. Đề nghị Hội Chữ thập đỏ huyện cử tình nguyện viên hỗ trợ hướng dẫn người dân và vận động quà tặng cho người cao tuổi, trẻ em có hoàn cảnh khó khăn."),
    ("P", "Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Đội lưu động tự giải thể sau ngày 31/12/2026. Trưởng phòng Tổ chức - Hành chính, Trưởng phòng Kế hoạch - Nghiệp vụ, Trưởng các khoa, phòng có liên quan, Trạm trưởng Trạm Y tế các xã có tên tại Điều 2 và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."),
]
QL04_SIGN = [
    ("Nơi nhận:", "GIÁM ĐỐC"),
    ("- Như Điều 4;", ""),
    ("- Sở Y tế (b/c);", "(Đã ký)"),
    ("- UBND huyện Thuận Khang (b/c);", ""),
    ("- Phòng Y tế huyện;", ""),
    ("- Lưu: VT, KHNV.", "Tống Minh Khoa"),
]
QL04_ANNEX = [
    ("C", "QUY CHẾ"),
    ("C", "Hoạt động của Đội khám, chữa bệnh lưu động năm 2026"),
    ("P", "(Ban hành kèm theo Quyết định số 152/QĐ-TTYT ngày 02/4/2026 của Giám đốc Trung tâm Y tế huyện Thuận Khang)"),
    ("P", "Điều 1. Nguyên tắc làm việc. Đội lưu động làm việc theo chế độ thủ trưởng; Đội trưởng chịu trách nhiệm trước Giám đốc Trung tâm về toàn bộ hoạt động của Đội. Khi Đội trưởng vắng mặt, Đội phó điều hành và báo cáo lại Đội trưởng."),
    ("P", "Điều 2. Thời gian làm việc. Đội xuất phát lúc 6 giờ 30 phút tại Trung tâm Y tế huyện; thời gian khám tại điểm khám từ 7 giờ 30 phút đến 16 giờ 00. Trường hợp số người đến khám vượt 120 người, Đội trưởng quyết định kéo dài thời gian khám hoặc hẹn lại vào lượt sau."),
    ("P", "Điều 3. Hồ sơ, sổ sách. Đội sử dụng Sổ khám bệnh lưu động (mẫu LĐ-01), phiếu chuyển tuyến theo quy định và biên bản bàn giao thuốc, vật tư (mẫu LĐ-02). Dược sĩ của Đội lập biên bản bàn giao thuốc trước và sau mỗi chuyến."),
    ("P", "Điều 4. Xử lý tình huống cấp cứu. Trường hợp người bệnh cần cấp cứu, Đội trưởng quyết định chuyển người bệnh về Trung tâm bằng xe của Đội và báo cáo ngay cho Giám đốc qua số điện thoại trực 0208 3712 115."),
    ("P", "Điều 5. Khen thưởng, kỷ luật. Kết quả hoạt động của Đội là căn cứ đánh giá, xếp loại viên chức cuối năm. Cá nhân vi phạm quy chế, gây phiền hà cho người bệnh bị xem xét xử lý theo quy định của Trung tâm."),
]

# ---------------------------------------------------------------------------
# ql05 — Báo cáo của UBND xã Khang Ninh (.txt with Markdown table)
# ---------------------------------------------------------------------------
QL05 = """\
UỶ BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ KHANG NINH                            Độc lập - Tự do - Hạnh phúc

Số: 19/BC-UBND                       Khang Ninh, ngày 13 tháng 4 năm 2026

                                 BÁO CÁO
   Kết quả truyền thông tiêm chủng mở rộng và cải thiện dinh dưỡng trẻ em
             đợt 1 năm 2026 trên địa bàn xã Khang Ninh

Thực hiện Kế hoạch số 27/KH-UBND ngày 12/3/2026 của UBND huyện Thuận Khang và Kế hoạch số 08/KH-UBND ngày 20/3/2026 của UBND xã Khang Ninh, Ủy ban nhân dân xã báo cáo kết quả đợt 1 như sau:

I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI

Ngày 18/3/2026, UBND xã kiện toàn Ban chỉ đạo chăm sóc sức khỏe nhân dân xã gồm 11 thành viên do Phó Chủ tịch UBND xã làm Trưởng ban. Kế hoạch của xã gửi Phòng Y tế huyện ngày 21/3/2026, trong thời hạn quy định. Trạm Y tế xã phối hợp với Tổ 1 của Trung tâm Y tế huyện tổ chức truyền thông trong hai ngày 06/4 và 07/4/2026 tại 6 thôn của xã.

II. KẾT QUẢ THỰC HIỆN

1. Truyền thông trực tiếp: tổ chức 03 buổi nói chuyện chuyên đề, gồm 02 buổi tại Hội trường UBND xã và 01 buổi tại Nhà văn hóa thôn Ninh Hạ, thu hút 312 lượt người tham dự, chủ yếu là bà mẹ có con nhỏ và phụ nữ có thai.

2. Truyền thông trên loa truyền thanh: từ ngày 23/3 đến ngày 10/4/2026 phát 06 bản tin sức khỏe, mỗi bản tin 10 phút, gấp đôi kế hoạch.

3. Tư vấn dinh dưỡng: góc tư vấn tại Trạm Y tế hoạt động vào hai ngày tiêm chủng 25/3 và 10/4/2026; cán bộ trạm hướng dẫn thực hành chế biến bột, cháo cho 46 bà mẹ.

4. Kết quả các chỉ tiêu chính (số liệu lũy kế từ ngày 01/01/2026 đến ngày 10/4/2026, kế hoạch tính cho cùng kỳ):

| TT | Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện | Tỷ lệ (%) |
|---|---|---|---|---|---|
| 1 | Trẻ dưới 1 tuổi tiêm chủng đầy đủ | trẻ | 118 | 113 | 95,8 |
| 2 | Trẻ 18 tháng tuổi tiêm nhắc vắc xin DPT | trẻ | 121 | 112 | 92,6 |
| 3 | Phụ nữ có thai tiêm vắc xin uốn ván từ 2 mũi | người | 126 | 119 | 94,4 |
| 4 | Bà mẹ có con dưới 2 tuổi nhận tư vấn dinh dưỡng | người | 236 | 208 | 88,1 |
| 5 | Lượt người dự truyền thông trực tiếp | lượt | 250 | 312 | 124,8 |
| 6 | Bản tin sức khỏe phát trên loa truyền thanh | bản tin | 3 | 6 | 200,0 |
| 7 | Trẻ suy dinh dưỡng thể thấp còi được quản lý, theo dõi | trẻ | 64 | 64 | 100,0 |

Toàn xã có 412 trẻ dưới 5 tuổi, trong đó 64 trẻ suy dinh dưỡng thể thấp còi, chiếm 15,5%, thấp hơn mức chỉ tiêu chung của huyện (dưới 17,5%).

5. Hỗ trợ dinh dưỡng: Hội Chữ thập đỏ xã trao 05 suất quà dinh dưỡng do Hội Chữ thập đỏ huyện hỗ trợ, mỗi suất 350.000 đồng, cho trẻ suy dinh dưỡng thuộc hộ nghèo ở thôn Ninh Hạ và thôn Khang Đông.

6. Kinh phí: tổng chi đợt 1 là 8.850.000 đồng, trong đó ngân sách huyện 6.000.000 đồng, ngân sách xã 2.850.000 đồng.

III. TỒN TẠI, HẠN CHẾ

- Còn 09 trẻ 18 tháng tuổi chưa tiêm nhắc vắc xin DPT do gia đình đi làm ăn xa, trẻ ở với ông bà.
- Thôn Ninh Hạ và thôn Khang Đông chưa có cụm loa truyền thanh, thông tin chủ yếu qua thôn trưởng và nhóm Zalo.
- Tỷ lệ bà mẹ nhận tư vấn dinh dưỡng (88,1%) vượt chỉ tiêu 85% nhưng tập trung ở các thôn gần trung tâm xã.
- Trạm Y tế xã còn thiếu thước đo chiều dài nằm cho trẻ dưới 2 tuổi.

IV. NHIỆM VỤ ĐỢT 2 VÀ KIẾN NGHỊ

Đợt 2 dự kiến tổ chức trong hai ngày 05-06/10/2026 theo lịch của huyện. Trong thời gian tới, UBND xã giao:

1. Trạm Y tế xã: lập danh sách và tiêm vét cho 09 trẻ chưa tiêm nhắc trước ngày 30/5/2026; chuẩn bị cân, đo trẻ dưới 5 tuổi trong tháng 6/2026.
2. Công chức Văn hóa - Xã hội xã: duy trì phát bản tin sức khỏe 02 lần/tuần trên loa truyền thanh xã.
3. Hội Liên hiệp Phụ nữ xã: thành lập 02 câu lạc bộ "Nuôi con khỏe" tại thôn Ninh Hạ và thôn Khang Đông trong quý II/2026.
4. Trường Mầm non Khang Ninh: phối hợp với Trạm Y tế xã cân, đo cho 186 trẻ đang học tại trường trong tháng 6/2026.
5. Các thôn trưởng: nắm danh sách hộ có trẻ đến tuổi tiêm chủng, nhắc gia đình đưa trẻ đến trạm đúng ngày 10 và 25 hằng tháng.

Kiến nghị:
- Đề nghị UBND huyện hỗ trợ lắp đặt 02 cụm loa truyền thanh cho thôn Ninh Hạ và thôn Khang Đông.
- Đề nghị Trung tâm Y tế huyện cấp bổ sung 01 thước đo chiều dài nằm và 01 cân điện tử trẻ sơ sinh cho Trạm Y tế xã.

Người liên hệ: bà Phạm Thị Thu Hà, Trạm trưởng Trạm Y tế xã Khang Ninh, điện thoại 0975 602 118.

Nơi nhận:                                    TM. UỶ BAN NHÂN DÂN
- Phòng Y tế huyện;                                KT. CHỦ TỊCH
- Trung tâm Y tế huyện;                            PHÓ CHỦ TỊCH
- TT Đảng ủy, TT HĐND xã;
- Lưu: VT.                                           (Đã ký)

                                                  Sầm Thị Thảo
"""


# ---------------------------------------------------------------------------
def write_text(name, text):
    with open(os.path.join(CORPUS, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(nfc(text))


def build_ql03():
    """Body hard-wrapped at 72 columns, as text copied out of a PDF viewer."""
    out = [QL03_HEADER, ""]
    for p in QL03_PARAS:
        out.append("\n".join(textwrap.wrap(p, width=72, break_long_words=False, break_on_hyphens=False)))
    out.append("")
    out.append(QL03_SIGN)
    out.append("-" * 60)
    for p in QL03_FORM:
        out.append("\n".join(textwrap.wrap(p, width=72, break_long_words=False, break_on_hyphens=False)))
    return "\n".join(out) + "\n"


def _restart_numbering(doc, paragraph):
    """Give paragraph (List Number style) a fresh w:num so its list restarts at 1."""
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    numbering = doc.part.numbering_part.element
    style = doc.styles["List Number"]
    num_id_style = style.element.pPr.numPr.numId.val
    # abstractNum used by the style's num
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id_style):
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(existing) + 1
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
    pPr = paragraph._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(new_id))
    numPr.append(ilvl)
    numPr.append(nid)
    pPr.append(numPr)
    return new_id


def build_ql02(path):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    def two_cells(rows, align_left=True):
        """One-row, two-column borderless table; each column one cell of several paragraphs."""
        t = doc.add_table(rows=1, cols=2)
        for c in (0, 1):
            lines = [r[c] for r in rows if r[c]]
            cell = t.cell(0, c)
            cell.paragraphs[0].text = nfc(lines[0])
            for ln in lines[1:]:
                cell.add_paragraph(nfc(ln))
            for par in cell.paragraphs:
                if c == 1 or not align_left:
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return t

    two_cells(QL02_HEADER, align_left=False)
    current_list_num = None
    for style, text in QL02_BODY:
        if style == "TABLE":
            t = doc.add_table(rows=len(QL02_TABLE), cols=5)
            t.style = "Table Grid"
            for i, row in enumerate(QL02_TABLE):
                for j, val in enumerate(row):
                    t.cell(i, j).text = nfc(val)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            continue
        if style == "restart":
            p = doc.add_paragraph(nfc(text), style="List Number")
            current_list_num = _restart_numbering(doc, p)
            continue
        if style == "List Number" and current_list_num is not None:
            from docx.oxml.ns import qn
            from docx.oxml import OxmlElement
            p = doc.add_paragraph(nfc(text), style="List Number")
            pPr = p._p.get_or_add_pPr()
            numPr = OxmlElement("w:numPr")
            ilvl = OxmlElement("w:ilvl"); ilvl.set(qn("w:val"), "0")
            nid = OxmlElement("w:numId"); nid.set(qn("w:val"), str(current_list_num))
            numPr.append(ilvl); numPr.append(nid)
            pPr.append(numPr)
            continue
        if style in ("Title", "Subtitle"):
            p = doc.add_paragraph()
            r = p.add_run(nfc(text))
            r.bold = True
            r.font.size = Pt(14 if style == "Title" else 13)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        if style == "Heading 1":
            p = doc.add_paragraph()
            r = p.add_run(nfc(text))
            r.bold = True
            continue
        doc.add_paragraph(nfc(text), style=style)
    two_cells(QL02_SIGN)
    doc.save(path)


def build_ql04(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin

    def header(rows):
        for a, b in rows:
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(w * 0.42, 6, nfc(a), align="C")
            pdf.cell(w * 0.58, 6, nfc(b), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)

    def body(items):
        for kind, text in items:
            if kind == "C":
                pdf.set_font("DejaVu", "B", 11)
                pdf.multi_cell(w, 6, nfc(text), align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            else:
                pdf.set_font("DejaVu", "", 10.5)
                pdf.multi_cell(w, 5.6, nfc(text), align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.2)

    header(QL04_HEADER)
    body(QL04_BODY)
    pdf.ln(3)
    for a, b in QL04_SIGN:
        pdf.set_font("DejaVu", "", 9.5)
        pdf.cell(w * 0.55, 5.5, nfc(a))
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(w * 0.45, 5.5, nfc(b), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    body(QL04_ANNEX)
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(w * 0.55, 5.5, "")
    pdf.cell(w * 0.45, 5.5, nfc("GIÁM ĐỐC"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(w * 0.55, 5.5, "")
    pdf.cell(w * 0.45, 5.5, nfc("Tống Minh Khoa"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    write_text("ql01_kh_truyenthong_tiemchung.md", QL01)
    build_ql02(os.path.join(CORPUS, "ql02_hd_socapcuu_giaovien.docx"))
    write_text("ql03_cv_bhyt_hocsinh.txt", build_ql03())
    build_ql04(os.path.join(CORPUS, "ql04_qd_doi_luudong.pdf"))
    write_text("ql05_bc_ketqua_khangninh.txt", QL05)
    print("built:", sorted(os.listdir(CORPUS)))


if __name__ == "__main__":
    main()
