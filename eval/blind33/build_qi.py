#!/usr/bin/env python3
"""Build the blind33 corpus (qi01..qi05) from text held in this script.
Run: /work/main/.venv/bin/python /work/main/eval/blind33/build_qi.py
qi04 is a PDF (fpdf2 + DejaVu), qi05 is hard-wrapped at ~70 chars."""
import os, textwrap, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")

QI01 = """LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH TÂY THẠNH
Số: 18/KH-LHH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tây Thạnh, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Tổ chức Hội thi Sáng tạo kỹ thuật thanh niên tỉnh Tây Thạnh lần thứ VI, năm 2026

Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Kế hoạch số 45/KH-UBND ngày 20/02/2025 của Ủy ban nhân dân tỉnh Tây Thạnh thực hiện Nghị quyết số 57-NQ/TW; Điều lệ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, Ban Thường trực Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh (sau đây gọi là Liên hiệp hội tỉnh) xây dựng Kế hoạch tổ chức Hội thi Sáng tạo kỹ thuật thanh niên lần thứ VI như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Khơi dậy phong trào nghiên cứu, ứng dụng tiến bộ kỹ thuật trong đoàn viên, thanh niên, học sinh, sinh viên; phát hiện, bồi dưỡng tài năng trẻ, góp phần thực hiện Nghị quyết số 57-NQ/TW tại địa phương.
2. Lựa chọn các giải pháp tiêu biểu để tham dự Hội thi Sáng tạo kỹ thuật toàn quốc và giới thiệu vào danh mục đề xuất nhiệm vụ khoa học và công nghệ cấp tỉnh.
3. Hội thi được tổ chức công khai, khách quan, tiết kiệm; hồ sơ được tiếp nhận hoàn toàn bằng hình thức trực tuyến.

II. ĐỐI TƯỢNG, LĨNH VỰC DỰ THI
1. Đối tượng: công dân Việt Nam từ đủ 16 tuổi đến 35 tuổi đang sinh sống, học tập, làm việc trên địa bàn tỉnh Tây Thạnh; mỗi giải pháp có tối đa 05 đồng tác giả.
2. Giải pháp dự thi thuộc một trong 06 lĩnh vực sau:
a) Cơ khí, tự động hóa và điện tử;
b) Công nghệ thông tin, trí tuệ nhân tạo và chuyển đổi số;
c) Nông nghiệp, thủy sản và công nghệ sinh học;
d) Y dược và chăm sóc sức khỏe cộng đồng;
đ) Môi trường, năng lượng tái tạo và ứng phó biến đổi khí hậu;
e) Giáo dục, văn hóa và đồ dùng dạy học.
3. Giải pháp dự thi phải được tạo ra không quá 03 năm tính đến ngày nộp hồ sơ, chưa đạt giải tại bất kỳ hội thi cấp tỉnh hoặc toàn quốc nào.

III. CÁC VÒNG THI VÀ GIẢI THƯỞNG
1. Vòng sơ khảo: Ban Giám khảo chấm hồ sơ trực tuyến, chọn không quá 40 giải pháp vào vòng chung khảo.
2. Vòng chung khảo: tác giả trình bày trực tiếp, trình diễn sản phẩm mẫu tại Nhà Văn hóa Thanh niên tỉnh, số 27 đường Trần Quang Diệu, phường Bình Minh, thành phố Tây Thạnh.
3. Cơ cấu giải thưởng:
- 01 giải Nhất: 30.000.000 đồng và Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh;
- 02 giải Nhì: mỗi giải 20.000.000 đồng;
- 03 giải Ba: mỗi giải 12.000.000 đồng;
- 06 giải Khuyến khích: mỗi giải 5.000.000 đồng;
- 01 giải đặc biệt "Sáng tạo vì cộng đồng" do Tỉnh đoàn trao: 10.000.000 đồng.
Tổng giá trị giải thưởng là 136.000.000 đồng.

IV. TIẾN ĐỘ THỰC HIỆN
| STT | Nội dung | Thời gian | Đơn vị thực hiện |
| 1 | Phát động Hội thi, đăng thể lệ trên Cổng thông tin Liên hiệp hội tỉnh | ngày 25/3/2026 | Văn phòng Liên hiệp hội tỉnh |
| 2 | Tiếp nhận hồ sơ dự thi trực tuyến | từ ngày 01/4/2026 đến hết ngày 31/7/2026 | Ban Thư ký Hội thi |
| 3 | Chấm sơ khảo | từ ngày 10/8/2026 đến ngày 25/8/2026 | Ban Giám khảo |
| 4 | Thông báo kết quả sơ khảo | ngày 31/8/2026 | Ban Tổ chức Hội thi |
| 5 | Chung khảo và trưng bày sản phẩm | ngày 19/9/2026 | Ban Tổ chức Hội thi |
| 6 | Tổng kết, trao giải | ngày 26/9/2026 | Liên hiệp hội tỉnh, Tỉnh đoàn |

V. KINH PHÍ
Tổng kinh phí tổ chức Hội thi dự kiến 285.000.000 đồng, trong đó ngân sách tỉnh bố trí 200.000.000 đồng theo Kế hoạch số 45/KH-UBND; phần còn lại 85.000.000 đồng vận động từ các doanh nghiệp, nhà tài trợ.

VI. TỔ CHỨC THỰC HIỆN
1. Văn phòng Liên hiệp hội tỉnh chủ trì, tham mưu thành lập Ban Tổ chức, Ban Giám khảo, Ban Thư ký Hội thi; xây dựng thể lệ và quản lý cổng nhận hồ sơ trực tuyến, hoàn thành trước ngày 20/3/2026.
2. Hội Tin học tỉnh chủ trì chấm sơ khảo lĩnh vực công nghệ thông tin, trí tuệ nhân tạo và chuyển đổi số; hỗ trợ kỹ thuật cho cổng nhận hồ sơ trực tuyến trong suốt thời gian Hội thi.
3. Hội Cơ khí - Điện tỉnh chủ trì hướng dẫn an toàn khi trình diễn sản phẩm mẫu tại vòng chung khảo.
4. Hội Làm vườn và Trang trại tỉnh phối hợp với Hội Nông dân tỉnh vận động nông dân trẻ đăng ký dự thi lĩnh vực nông nghiệp, bảo đảm mỗi huyện có ít nhất 02 giải pháp.
5. Hội Y học tỉnh cử 02 chuyên gia tham gia Ban Giám khảo lĩnh vực y dược và chăm sóc sức khỏe cộng đồng.
6. Hội Khuyến học tỉnh phối hợp với Sở Giáo dục và Đào tạo phổ biến thể lệ đến các trường trung học phổ thông và Trường Cao đẳng Kỹ thuật Tây Thạnh, hoàn thành trước ngày 15/4/2026.
7. Tỉnh đoàn Tây Thạnh phối hợp vận động đoàn viên, thanh niên tham gia; chịu trách nhiệm trao giải đặc biệt "Sáng tạo vì cộng đồng".
8. Đề nghị Sở Khoa học và Công nghệ xem xét đưa các giải pháp đạt giải Nhất, giải Nhì vào danh mục đề xuất đặt hàng nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2027.
9. Các hội thành viên báo cáo kết quả vận động, số hồ sơ dự thi về Văn phòng Liên hiệp hội tỉnh trước ngày 05/8/2026.

Mọi thông tin liên hệ: bà Lâm Thị Ngọc Hân, Chánh Văn phòng Liên hiệp hội tỉnh, điện thoại 0276.3829.415, thư điện tử sangtao@lhhtaythanh.vn.

Trên đây là Kế hoạch tổ chức Hội thi Sáng tạo kỹ thuật thanh niên tỉnh Tây Thạnh lần thứ VI, năm 2026. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Văn phòng Liên hiệp hội tỉnh để kịp thời điều chỉnh./.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Tỉnh ủy (để b/c);
- UBND tỉnh (để b/c);
- Sở Khoa học và Công nghệ;
- Sở Giáo dục và Đào tạo;
- Tỉnh đoàn Tây Thạnh;
- Các hội thành viên;
- Báo Tây Thạnh;
- Lưu: VT.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Huỳnh Văn Khải
"""

QI02 = """UBND HUYỆN BÀU SEN
TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP - GIÁO DỤC THƯỜNG XUYÊN
Số: 36/TB-TTGDNN-GDTX
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bàu Sen, ngày 20 tháng 4 năm 2026

THÔNG BÁO
Về việc mở các lớp bồi dưỡng kỹ năng số miễn phí cho nông dân năm 2026

Thực hiện Kế hoạch số 112/KH-UBND ngày 02/4/2026 của Ủy ban nhân dân huyện Bàu Sen về triển khai phong trào "Bình dân học vụ số" trên địa bàn huyện năm 2026; Quyết định số 1017/QĐ-UBND ngày 30/3/2026 của Ủy ban nhân dân huyện giao chỉ tiêu đào tạo nghề cho lao động nông thôn, Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Bàu Sen (sau đây gọi là Trung tâm) thông báo mở các lớp bồi dưỡng kỹ năng số miễn phí cho nông dân như sau:

1. Mục đích
Trang bị cho nông dân các kỹ năng số cơ bản: sử dụng điện thoại thông minh an toàn, cài đặt và sử dụng ứng dụng VNeID, thanh toán không dùng tiền mặt, đăng bán nông sản trên sàn thương mại điện tử, tra cứu thông tin thời tiết và giá cả thị trường; góp phần nâng tỷ lệ người dân trưởng thành có kỹ năng số cơ bản của huyện đạt 70% vào cuối năm 2026.

2. Nội dung, thời lượng
Mỗi lớp học 05 buổi, mỗi buổi 3 giờ (tổng cộng 15 giờ), gồm 04 chuyên đề:
a) Chuyên đề 1: Sử dụng điện thoại thông minh và phòng tránh lừa đảo trên không gian mạng;
b) Chuyên đề 2: Dịch vụ công trực tuyến và ứng dụng VNeID;
c) Chuyên đề 3: Thanh toán điện tử, mở tài khoản và sử dụng mã QR;
d) Chuyên đề 4: Livestream, đăng bán nông sản trên sàn thương mại điện tử và truy xuất nguồn gốc.
Học viên hoàn thành khóa học được cấp Giấy chứng nhận bồi dưỡng kỹ năng số của Trung tâm.

3. Lịch mở lớp
| Xã | Thời gian | Địa điểm | Số học viên |
| Xã Tân Bửu | từ ngày 11/5/2026 đến ngày 15/5/2026, buổi sáng | Hội trường Ủy ban nhân dân xã Tân Bửu | 40 |
| Xã Vĩnh Nhuận | từ ngày 18/5/2026 đến ngày 22/5/2026, buổi chiều | Nhà văn hóa ấp Rạch Dừa | 35 |
| Xã Hòa Lợi | từ ngày 25/5/2026 đến ngày 29/5/2026, buổi tối | Trường Tiểu học Hòa Lợi A | 45 |
| Xã Bến Gạo | từ ngày 01/6/2026 đến ngày 05/6/2026, buổi sáng | Hợp tác xã Nông nghiệp Bến Gạo | 30 |
| Xã Phước Hậu | từ ngày 08/6/2026 đến ngày 12/6/2026, buổi chiều | Điểm Bưu điện - Văn hóa xã Phước Hậu | 35 |
| Thị trấn Bàu Sen | từ ngày 15/6/2026 đến ngày 19/6/2026, buổi tối | Phòng máy tính của Trung tâm | 40 |
Tổng cộng 06 lớp với 225 học viên. Buổi sáng học từ 7 giờ 30 đến 10 giờ 30; buổi chiều từ 14 giờ 00 đến 17 giờ 00; buổi tối từ 18 giờ 30 đến 21 giờ 30.

4. Đối tượng và điều kiện tham gia
a) Nông dân, thành viên hợp tác xã, tổ hợp tác, hộ sản xuất kinh doanh từ đủ 18 tuổi đến 60 tuổi có hộ khẩu thường trú trên địa bàn huyện Bàu Sen;
b) Ưu tiên người thuộc hộ nghèo, hộ cận nghèo, người dân tộc thiểu số và hội viên Hội Nông dân;
c) Học viên tự mang theo điện thoại thông minh có kết nối Internet và Căn cước công dân; người chưa có điện thoại thông minh được Trung tâm cho mượn máy trong thời gian học;
d) Mỗi học viên chỉ được đăng ký 01 lớp; không tiếp nhận người đã tham gia lớp kỹ năng số do Trung tâm tổ chức năm 2025.

5. Chế độ đối với học viên
Học viên được miễn toàn bộ học phí, tài liệu; được hỗ trợ tiền ăn 30.000 đồng/người/buổi và tiền đi lại 20.000 đồng/người/buổi đối với người ở cách địa điểm học từ 5 km trở lên. Kinh phí từ nguồn Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026 và Kế hoạch số 112/KH-UBND của Ủy ban nhân dân huyện.

6. Đăng ký và trách nhiệm phối hợp
a) Người có nhu cầu đăng ký trực tiếp tại Ủy ban nhân dân xã, thị trấn nơi cư trú hoặc đăng ký qua mã QR đăng tải trên trang Zalo của Trung tâm; hạn chót nhận đăng ký là ngày 05/5/2026.
b) Đề nghị Ủy ban nhân dân các xã, thị trấn chủ trì tổng hợp danh sách học viên, bố trí hội trường, loa máy; gửi danh sách về Trung tâm chậm nhất 03 ngày trước ngày khai giảng lớp.
c) Đề nghị Hội Nông dân huyện phối hợp vận động hội viên tham gia, cử cán bộ theo dõi chuyên cần tại các lớp.
d) Đề nghị Tổ công nghệ số cộng đồng các ấp, khu phố hỗ trợ học viên thực hành sau khóa học.
đ) Đề nghị Phòng Văn hóa - Thông tin huyện đưa tin về các lớp học trên Trang thông tin điện tử huyện.

7. Thông tin liên hệ
Ông Trương Minh Luân, Phó Giám đốc Trung tâm, điện thoại 0918.442.617; bà Đặng Thị Kim Thoa, giáo viên phụ trách lớp, điện thoại 0939.205.318; thư điện tử: kynangso.bausen@gmail.com.

Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Bàu Sen trân trọng thông báo để các cơ quan, đơn vị và Nhân dân biết, tham gia./.

Nơi nhận:
- UBND huyện (để b/c);
- Phòng Nội vụ huyện;
- Hội Nông dân huyện;
- Phòng Văn hóa - Thông tin huyện;
- UBND các xã, thị trấn;
- Ngân hàng Chính sách xã hội huyện;
- Lưu: VT, ĐT.

GIÁM ĐỐC
Phan Thị Bích Tuyền
"""

QI03 = """HUYỆN ỦY BÀU SEN
BAN DÂN VẬN
*
Số: 52-BC/BDVHU
ĐẢNG CỘNG SẢN VIỆT NAM
Bàu Sen, ngày 15 tháng 6 năm 2026

BÁO CÁO
Kết quả xây dựng mô hình "Dân vận khéo" trong chuyển đổi số 6 tháng đầu năm 2026

Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Chỉ thị số 09-CT/TU ngày 14/01/2025 của Ban Thường vụ Tỉnh ủy Tây Thạnh về đẩy mạnh phong trào thi đua "Dân vận khéo" gắn với chuyển đổi số và Kế hoạch số 112/KH-UBND ngày 02/4/2026 của Ủy ban nhân dân huyện Bàu Sen về phong trào "Bình dân học vụ số", Ban Dân vận Huyện ủy báo cáo kết quả 6 tháng đầu năm 2026 như sau:

I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Hướng dẫn số 03-HD/HU ngày 10/02/2026 về tiêu chí công nhận mô hình "Dân vận khéo" trong chuyển đổi số; tổ chức 02 hội nghị tập huấn cho 186 cán bộ làm công tác dân vận cơ sở. 100% chi bộ ấp, khu phố đưa nội dung chuyển đổi số vào sinh hoạt chuyên đề ít nhất 01 lần trong quý.

II. KẾT QUẢ XÂY DỰNG MÔ HÌNH
1. Số lượng: toàn huyện đăng ký 27 mô hình "Dân vận khéo" trong lĩnh vực chuyển đổi số, trong đó cấp huyện 05 mô hình, cấp xã 22 mô hình; đến ngày 31/5/2026 đã thẩm định, công nhận 19 mô hình.
2. Các mô hình tiêu biểu:
a) Mô hình "Chợ quê không tiền mặt" tại chợ Tân Bửu do Ủy ban Mặt trận Tổ quốc xã Tân Bửu phối hợp với Chi nhánh Ngân hàng Nông nghiệp và Phát triển nông thôn huyện thực hiện: 142/160 tiểu thương (đạt 88,7%) đã sử dụng mã QR để thanh toán; doanh số giao dịch không dùng tiền mặt bình quân 1,2 tỷ đồng/tháng.
b) Mô hình "Tổ công nghệ số cộng đồng ấp Rạch Dừa" (xã Vĩnh Nhuận) do Đoàn Thanh niên xã làm nòng cốt: 12 tổ viên đã đến từng nhà hướng dẫn 1.036 người kích hoạt tài khoản định danh điện tử mức độ 2; tỷ lệ người trưởng thành có tài khoản định danh mức độ 2 của ấp đạt 96,4%.
c) Mô hình "Nông sản Hòa Lợi lên sàn" do Hội Nông dân xã Hòa Lợi thực hiện: đưa 14 sản phẩm OCOP lên sàn thương mại điện tử, trong đó bưởi da xanh và mật ong tràm đạt doanh thu trực tuyến 2,8 tỷ đồng trong 5 tháng.
d) Mô hình "Zalo ấp - nghe dân nói" tại xã Phước Hậu do Hội Liên hiệp Phụ nữ xã chủ trì: lập 09 nhóm Zalo với 3.420 thành viên, tiếp nhận 217 ý kiến, kiến nghị, đã giải quyết 205 ý kiến (đạt 94,5%).
đ) Mô hình "Lớp học số buổi tối" ở thị trấn Bàu Sen do Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện phối hợp với Hội Cựu chiến binh thị trấn tổ chức, gắn với Thông báo số 36/TB-TTGDNN-GDTX ngày 20/4/2026 về mở lớp kỹ năng số miễn phí cho nông dân.
3. Kết quả chung: tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến cấp xã đạt 71,3%, tăng 18,6 điểm phần trăm so với cùng kỳ năm 2025; 63,5% người trưởng thành trên địa bàn huyện có kỹ năng số cơ bản.

III. CÔNG TÁC KHEN THƯỞNG
Nhân dịp sơ kết, Ban Thường vụ Huyện ủy tặng Giấy khen cho 06 tập thể và 11 cá nhân có thành tích xuất sắc; đề nghị Ban Dân vận Tỉnh ủy tặng Giấy khen cho mô hình "Chợ quê không tiền mặt" và cá nhân anh Võ Thành Tâm, Bí thư Đoàn xã Vĩnh Nhuận, người sáng lập Tổ công nghệ số cộng đồng ấp Rạch Dừa.

IV. HẠN CHẾ, NGUYÊN NHÂN
1. Một số mô hình còn mang tính phong trào, chưa có cơ chế duy trì sau khi công nhận; 08 mô hình đăng ký chưa đủ hồ sơ minh chứng để thẩm định.
2. Hạ tầng viễn thông ở ấp Cù Lao Mây (xã Bến Gạo) còn nhiều điểm lõm sóng, ảnh hưởng việc nhân rộng mô hình.
3. Người cao tuổi, người dân tộc Khmer ở một số ấp còn ngại sử dụng dịch vụ số; kinh phí hỗ trợ thiết bị cho tổ công nghệ số cộng đồng chưa được bố trí riêng.
Nguyên nhân chủ yếu là một số cấp ủy cơ sở chưa quan tâm đúng mức; sự phối hợp giữa Mặt trận, các đoàn thể và chính quyền có lúc chưa chặt chẽ.

V. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2026
1. Phấn đấu công nhận thêm ít nhất 08 mô hình, đến cuối năm 2026 có 100% xã, thị trấn có ít nhất 01 mô hình "Dân vận khéo" trong chuyển đổi số được công nhận.
2. Đề nghị Ủy ban nhân dân huyện chỉ đạo Phòng Văn hóa - Thông tin phối hợp doanh nghiệp viễn thông xóa điểm lõm sóng tại ấp Cù Lao Mây trước ngày 30/9/2026.
3. Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện nhân rộng mô hình "Chợ quê không tiền mặt" ra các chợ Vĩnh Nhuận, Hòa Lợi trong quý III/2026.
4. Tổ chức Hội nghị tổng kết, biểu dương mô hình tiêu biểu vào tháng 12/2026.

Nơi nhận:
- Ban Dân vận Tỉnh ủy (để b/c);
- Thường trực Huyện ủy (để b/c);
- UBND huyện;
- Ủy ban MTTQ Việt Nam huyện;
- Các đoàn thể chính trị - xã hội huyện;
- Đảng ủy các xã, thị trấn;
- Lưu: VT.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Nguyễn Thị Mỹ Duyên
"""

QI04_PAGES = [
"""ỦY BAN NHÂN DÂN TỈNH TÂY THẠNH
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 214/HD-SKHCN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tây Thạnh, ngày 05 tháng 5 năm 2026

HƯỚNG DẪN
Quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh thực hiện từ năm 2027

Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Quyết định số 27/2025/QĐ-UBND ngày 16/9/2025 của Ủy ban nhân dân tỉnh Tây Thạnh ban hành Quy định quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh; Kế hoạch số 45/KH-UBND ngày 20/02/2025 của Ủy ban nhân dân tỉnh thực hiện Nghị quyết số 57-NQ/TW, Sở Khoa học và Công nghệ hướng dẫn quy trình đề xuất, tuyển chọn, thực hiện và nghiệm thu đề tài, dự án khoa học và công nghệ cấp tỉnh (sau đây gọi chung là đề tài cấp tỉnh) như sau:

I. PHẠM VI, ĐỐI TƯỢNG
1. Hướng dẫn này áp dụng đối với các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố, viện, trường, doanh nghiệp và tổ chức khoa học và công nghệ có đề xuất hoặc chủ trì đề tài cấp tỉnh.
2. Ưu tiên các đề tài phục vụ chuyển đổi số, nông nghiệp công nghệ cao, y tế cơ sở và giáo dục; các giải pháp đạt giải Nhất, giải Nhì Hội thi Sáng tạo kỹ thuật thanh niên tỉnh do Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh giới thiệu được cộng 05 điểm ưu tiên khi xét chọn.

II. QUY TRÌNH THỰC HIỆN
Bước 1. Đề xuất đặt hàng: các đơn vị gửi phiếu đề xuất đặt hàng về Sở Khoa học và Công nghệ trước ngày 30/6/2026. Phòng Quản lý khoa học thuộc Sở chủ trì tổng hợp, hoàn thành trước ngày 15/7/2026.
Bước 2. Xác định danh mục: Hội đồng tư vấn xác định nhiệm vụ họp trong tháng 8/2026; Giám đốc Sở trình Chủ tịch Ủy ban nhân dân tỉnh phê duyệt danh mục trước ngày 15/9/2026.
Bước 3. Tuyển chọn, giao trực tiếp: Sở thông báo tuyển chọn trên Cổng thông tin điện tử của Sở trong thời hạn 30 ngày; hạn nộp hồ sơ đăng ký chủ trì là 17 giờ 00 ngày 31/10/2026.
""",
"""Bước 4. Thẩm định nội dung và kinh phí: Tổ thẩm định do Phòng Kế hoạch - Tài chính thuộc Sở chủ trì, phối hợp với Sở Tài chính; hoàn thành trong tháng 12/2026.
Bước 5. Ký hợp đồng và triển khai: hợp đồng được ký trước ngày 31/01/2027; thời gian thực hiện đề tài không quá 24 tháng, trường hợp đặc biệt không quá 36 tháng.

III. HỒ SƠ ĐĂNG KÝ CHỦ TRÌ
Hồ sơ gồm 01 bản gốc và bản điện tử (định dạng PDF), cụ thể:
a) Đơn đăng ký chủ trì thực hiện đề tài;
b) Thuyết minh đề tài theo mẫu B1-TMĐT;
c) Tóm tắt hoạt động khoa học và công nghệ của tổ chức đăng ký chủ trì;
d) Lý lịch khoa học của chủ nhiệm và các thành viên chính;
đ) Văn bản xác nhận phối hợp của tổ chức, cá nhân tham gia (nếu có);
e) Báo giá thiết bị, nguyên vật liệu có giá trị từ 50.000.000 đồng trở lên;
g) Văn bản cam kết đối ứng kinh phí tối thiểu 30% tổng kinh phí đối với doanh nghiệp đăng ký chủ trì.
Hồ sơ nộp tại Bộ phận Một cửa Sở Khoa học và Công nghệ, tầng 2, số 09 đường Lê Văn Tám, phường Bình Minh, thành phố Tây Thạnh, hoặc qua Hệ thống quản lý nhiệm vụ khoa học và công nghệ trực tuyến của Sở.

IV. HỘI ĐỒNG TƯ VẤN TUYỂN CHỌN, NGHIỆM THU
1. Hội đồng có 07 hoặc 09 thành viên, gồm: Chủ tịch, Phó Chủ tịch, 02 ủy viên phản biện, 01 ủy viên thư ký khoa học và các ủy viên khác. Tối thiểu 1/3 số thành viên là nhà khoa học có học vị tiến sĩ trở lên; ít nhất 01 thành viên đại diện đơn vị đặt hàng hoặc tiếp nhận kết quả.
2. Không bố trí vào Hội đồng người có vợ, chồng, cha, mẹ, con, anh, chị, em ruột là chủ nhiệm hoặc thành viên tham gia đề tài.
3. Phiên họp hợp lệ khi có mặt ít nhất 2/3 số thành viên, trong đó có Chủ tịch hoặc Phó Chủ tịch và 02 ủy viên phản biện. Đề tài được đề nghị giao khi đạt tổng điểm trung bình từ 70/100 điểm trở lên.
4. Thư ký hành chính là công chức Phòng Quản lý khoa học, không phải là thành viên Hội đồng.
""",
"""V. KIỂM TRA, NGHIỆM THU
1. Chủ nhiệm đề tài gửi báo cáo định kỳ 06 tháng một lần về Sở, chậm nhất ngày 15/6 và ngày 15/12 hằng năm.
2. Chậm nhất 30 ngày trước khi kết thúc hợp đồng, tổ chức chủ trì nộp hồ sơ đánh giá nghiệm thu. Việc gia hạn chỉ thực hiện 01 lần, không quá 06 tháng.
3. Kết quả đề tài được đánh giá ở một trong ba mức: Đạt, Không đạt hoặc Xuất sắc.

VI. TỔ CHỨC THỰC HIỆN
1. Phòng Quản lý khoa học chủ trì hướng dẫn, tiếp nhận hồ sơ và theo dõi tiến độ các đề tài.
2. Trung tâm Thông tin và Thống kê khoa học và công nghệ chủ trì đăng ký, lưu giữ kết quả đề tài sau nghiệm thu trong vòng 30 ngày.
3. Đề nghị Ủy ban nhân dân các huyện, thành phố chỉ đạo phòng chuyên môn rà soát nhu cầu, gửi đề xuất đặt hàng đúng thời hạn.
4. Đề nghị Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh giới thiệu các giải pháp đạt giải tại Hội thi Sáng tạo kỹ thuật thanh niên lần thứ VI trước ngày 15/10/2026.
Liên hệ: ông Lư Quốc Bảo, Trưởng phòng Quản lý khoa học, điện thoại 0276.3822.906.

Nơi nhận:
- UBND tỉnh (để b/c);
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thành phố;
- Liên hiệp các Hội KH&KT tỉnh;
- Các viện, trường trên địa bàn tỉnh;
- Lưu: VT, QLKH.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Tạ Minh Quang
""",
]

QI05_HEAD = """UBND HUYỆN BÀU SEN
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 41/TTr-PGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bàu Sen, ngày 08 tháng 7 năm 2026

TỜ TRÌNH
Về việc thành lập Quỹ học bổng "Tiếp bước đến trường"
hỗ trợ học sinh nghèo năm học 2026-2027

Kính gửi: Ủy ban nhân dân huyện Bàu Sen.
"""

QI05_PARAS = [
"Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Kế hoạch số 112/KH-UBND ngày 02/4/2026 của Ủy ban nhân dân huyện về phong trào \"Bình dân học vụ số\"; Chỉ thị số 15/CT-UBND ngày 18/6/2026 của Chủ tịch Ủy ban nhân dân tỉnh Tây Thạnh về nhiệm vụ trọng tâm năm học 2026-2027, Phòng Giáo dục và Đào tạo kính trình Ủy ban nhân dân huyện xem xét thành lập Quỹ học bổng \"Tiếp bước đến trường\" như sau:",
"#I. SỰ CẦN THIẾT",
"Năm học 2025-2026, toàn huyện có 1.284 học sinh thuộc hộ nghèo, hộ cận nghèo, chiếm 6,8% tổng số học sinh; 37 học sinh bỏ học giữa chừng, trong đó 29 em thuộc hộ nghèo. Nhiều em chưa có thiết bị học tập trực tuyến, không đáp ứng yêu cầu học tập trong môi trường số. Việc thành lập Quỹ nhằm hỗ trợ kịp thời, hạn chế tình trạng học sinh bỏ học vì hoàn cảnh khó khăn.",
"#II. ĐỐI TƯỢNG, TIÊU CHÍ XÉT HỌC BỔNG",
"1. Học sinh tiểu học, trung học cơ sở thuộc hộ nghèo, hộ cận nghèo theo danh sách do Ủy ban nhân dân xã, thị trấn xác nhận năm 2026.",
"2. Có kết quả rèn luyện năm học 2025-2026 đạt mức Tốt hoặc Khá; ưu tiên học sinh mồ côi, học sinh người dân tộc Khmer và học sinh khuyết tật.",
"3. Mỗi suất học bổng gồm tiền mặt và 01 bộ sách giáo khoa; học sinh trung học cơ sở được ưu tiên xét tặng máy tính bảng từ nguồn xã hội hóa.",
"#III. DANH SÁCH ĐỀ XUẤT THEO TRƯỜNG",
"@TABLE",
"Tổng cộng 212 suất, tổng kinh phí 552.000.000 đồng.",
"#IV. NGUỒN KINH PHÍ",
"1. Ngân sách huyện năm 2026: 300.000.000 đồng (chiếm 54,3%).",
"2. Vận động xã hội hóa từ doanh nghiệp, Hội Khuyến học huyện và các nhà hảo tâm: 252.000.000 đồng, trong đó Công ty Cổ phần Thủy sản Sen Vàng cam kết tài trợ 120.000.000 đồng.",
"#V. TỔ CHỨC THỰC HIỆN",
"1. Phòng Giáo dục và Đào tạo chủ trì xây dựng Quy chế quản lý Quỹ, trình Ủy ban nhân dân huyện ban hành trước ngày 15/8/2026; tổ chức trao học bổng trong Lễ khai giảng năm học mới ngày 05/9/2026.",
"2. Đề nghị Phòng Tài chính - Kế hoạch thẩm định, tham mưu bố trí 300.000.000 đồng từ ngân sách huyện trước ngày 20/8/2026.",
"3. Đề nghị Hội Khuyến học huyện phối hợp vận động nguồn xã hội hóa, công khai danh sách nhà tài trợ trên Trang thông tin điện tử huyện.",
"4. Hiệu trưởng các trường có học sinh được đề xuất rà soát, lập hồ sơ, niêm yết công khai danh sách tại trường ít nhất 05 ngày làm việc trước khi gửi về Phòng Giáo dục và Đào tạo, hạn chót ngày 10/8/2026.",
"5. Đề nghị Ủy ban nhân dân các xã, thị trấn xác nhận hoàn cảnh gia đình học sinh, bảo đảm đúng đối tượng.",
"Phòng Giáo dục và Đào tạo kính trình Ủy ban nhân dân huyện xem xét, phê duyệt./.",
]

QI05_TABLE = """| STT | Trường | Cấp học | Số suất | Mức học bổng (đồng/suất) | Thành tiền (đồng) |
|---|---|---|---|---|---|
| 1 | Trường Tiểu học Tân Bửu | Tiểu học | 38 | 2.000.000 | 76.000.000 |
| 2 | Trường Tiểu học Hòa Lợi A | Tiểu học | 42 | 2.000.000 | 84.000.000 |
| 3 | Trường Tiểu học Phước Hậu | Tiểu học | 30 | 2.000.000 | 60.000.000 |
| 4 | Trường THCS Vĩnh Nhuận | THCS | 36 | 3.000.000 | 108.000.000 |
| 5 | Trường THCS Bến Gạo | THCS | 40 | 3.000.000 | 120.000.000 |
| 6 | Trường THCS Thị trấn Bàu Sen | THCS | 26 | 4.000.000 | 104.000.000 |
|  | Cộng |  | 212 |  | 552.000.000 |"""

QI05_TAIL = """
Nơi nhận:
- Như trên;
- Thường trực Huyện ủy (để b/c);
- Phòng Tài chính - Kế hoạch;
- Hội Khuyến học huyện;
- Các trường TH, THCS;
- Lưu: VT, KHTC.

TRƯỞNG PHÒNG
Hứa Văn Nghĩa
"""


def write(name, text):
    text = unicodedata.normalize("NFC", text)
    with open(os.path.join(CORPUS, name), "w", encoding="utf-8") as f:
        f.write(text)


def build_qi05():
    out = [QI05_HEAD]
    for p in QI05_PARAS:
        if p == "@TABLE":
            out.append(QI05_TABLE + "\n")
        elif p.startswith("#"):
            out.append(p[1:] + "\n")
        else:
            out.append(textwrap.fill(p, width=70) + "\n")
    return "\n".join(out) + QI05_TAIL


def build_qi04(path):
    from fpdf import FPDF
    font_dir = "/usr/share/fonts/truetype/dejavu/"

    class PDF(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", size=9)
            self.cell(0, 10, "Trang %d/3" % self.page_no(), align="C")

    pdf = PDF(format="A4")
    pdf.add_font("DejaVu", "", font_dir + "DejaVuSerif.ttf")
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_margins(20, 18, 20)
    for page in QI04_PAGES:
        pdf.add_page()
        pdf.set_font("DejaVu", size=10.5)
        for para in unicodedata.normalize("NFC", page).split("\n"):
            if not para.strip():
                pdf.ln(3)
                continue
            pdf.multi_cell(0, 5.6, para, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)
    return pdf.page_no()


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    write("qi01_kh18_lhh_hoi_thi_sang_tao_ky_thuat.txt", QI01)
    write("qi02_tb36_ttgdnn_bau_sen_lop_ky_nang_so.txt", QI02)
    write("qi03_bc52_bdv_hu_bau_sen_dan_van_kheo_cds.txt", QI03)
    n = build_qi04(os.path.join(CORPUS, "qi04_hd214_skhcn_de_tai_cap_tinh.pdf"))
    write("qi05_tt41_pgddt_bau_sen_quy_hoc_bong.md", build_qi05())
    print("built; qi04 pages:", n)
