# -*- coding: utf-8 -*-
"""Invented source texts for blind set 88 (tỉnh Lạc Giao). Used by build_sm.py."""

# ---------------------------------------------------------------------------
# sm01: Kế hoạch của Sở Y tế tỉnh (docx). Mini markup:
#   "C|" centred bold line, "B|" bold line, "N|" List Number, "L|" List Bullet,
#   "P|" plain paragraph, "T|name" insert table.
# ---------------------------------------------------------------------------
SM01 = r"""
P|UBND TỈNH LẠC GIAO
B|SỞ Y TẾ
P|Số: 112/KH-SYT
C|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
C|Độc lập - Tự do - Hạnh phúc
P|Lạc Giao, ngày 12 tháng 3 năm 2026
C|KẾ HOẠCH
C|Kiểm tra, giám sát chất lượng nước tại các công trình cấp nước sinh hoạt tập trung nông thôn năm 2026
P|Căn cứ Quyết định số 1840/QĐ-UBND ngày 28/12/2025 của UBND tỉnh Lạc Giao về việc giao dự toán ngân sách nhà nước năm 2026;
P|Căn cứ Quy chuẩn kỹ thuật địa phương QCĐP 02:2024/LG về chất lượng nước sạch sử dụng cho mục đích sinh hoạt trên địa bàn tỉnh Lạc Giao;
P|Căn cứ Kế hoạch số 09/KH-UBND ngày 15/01/2026 của UBND tỉnh về thực hiện Chương trình nước sạch và vệ sinh môi trường nông thôn năm 2026;
P|Sở Y tế ban hành Kế hoạch kiểm tra, giám sát chất lượng nước tại các công trình cấp nước sinh hoạt tập trung nông thôn năm 2026 như sau:
B|I. MỤC ĐÍCH, YÊU CẦU
N|Mục đích
L|Đánh giá chất lượng nước thành phẩm tại 46 công trình cấp nước sinh hoạt tập trung nông thôn đang vận hành trên địa bàn 4 huyện Đồi Trúc, Thủy Liên, Lãnh Giang và Quảng Tín.
L|Phát hiện sớm các chỉ tiêu không đạt quy chuẩn, kịp thời cảnh báo và hướng dẫn đơn vị quản lý, vận hành công trình khắc phục, bảo vệ sức khỏe người dân vùng nông thôn.
L|Cung cấp số liệu tin cậy phục vụ việc tính chỉ tiêu tỷ lệ dân số nông thôn sử dụng nước sạch đáp ứng quy chuẩn của tỉnh năm 2026.
N|Yêu cầu
L|Việc lấy mẫu, bảo quản, vận chuyển và xét nghiệm mẫu thực hiện đúng quy trình kỹ thuật; kết quả xét nghiệm được gửi tới UBND cấp xã và công khai cho người dân sử dụng nước biết.
L|Không trùng lặp, chồng chéo với hoạt động nội kiểm của các đơn vị cấp nước; tiết kiệm, sử dụng kinh phí đúng mục đích.
B|II. PHẠM VI, NỘI DUNG VÀ LỊCH LẤY MẪU
N|Phạm vi: toàn bộ 46 công trình cấp nước sinh hoạt tập trung nông thôn có công suất từ 50 m3/ngày đêm trở lên. Mỗi công trình lấy 02 mẫu trong mỗi đợt, gồm 01 mẫu tại bể chứa nước sau xử lý và 01 mẫu tại vòi của hộ gia đình ở cuối mạng đường ống. Tổng số mẫu cả năm là 184 mẫu, chia thành 2 đợt.
N|Chỉ tiêu xét nghiệm: mỗi mẫu xét nghiệm 10 chỉ tiêu nhóm A gồm màu sắc, độ đục, pH, clo dư tự do, amoni, asen tổng số, sắt, mangan, Coliform và E.coli. Riêng mẫu đợt 2 tại công trình sử dụng nguồn nước ngầm được xét nghiệm bổ sung 4 chỉ tiêu nhóm B là nitrat, nitrit, florua và chỉ số pecmanganat.
N|Lịch lấy mẫu và số mẫu theo từng huyện như bảng dưới đây:
T|lich
L|Các tổ lấy mẫu làm việc từ 7 giờ 30 đến 16 giờ 30 các ngày trong tuần; mẫu vi sinh phải được chuyển về phòng xét nghiệm trong vòng 6 giờ kể từ khi lấy.
N|Kinh phí: tổng kinh phí thực hiện Kế hoạch là 398.600.000 đồng (Ba trăm chín mươi tám triệu sáu trăm nghìn đồng) từ nguồn chi sự nghiệp y tế năm 2026 giao cho Trung tâm Kiểm soát bệnh tật tỉnh, trong đó: chi xét nghiệm 184 mẫu với đơn giá 1.800.000 đồng/mẫu là 331.200.000 đồng; chi công tác phí và vận chuyển mẫu 52.400.000 đồng; chi in ấn, tổng hợp và công bố kết quả 15.000.000 đồng.
B|III. TỔ CHỨC THỰC HIỆN
N|Phân công nhiệm vụ cụ thể theo bảng sau:
T|nhiemvu
N|Trung tâm Kiểm soát bệnh tật tỉnh là đơn vị thường trực, chịu trách nhiệm chuyên môn toàn bộ Kế hoạch; bố trí 02 tổ lấy mẫu, mỗi tổ 03 người; trả kết quả xét nghiệm trong vòng 10 ngày làm việc kể từ ngày nhận mẫu; tổng hợp, báo cáo Sở Y tế sau mỗi đợt.
N|Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh có trách nhiệm cung cấp danh sách, sơ đồ mạng đường ống của các công trình; cử cán bộ kỹ thuật đi cùng tổ lấy mẫu; hướng dẫn các đơn vị quản lý, vận hành xử lý sự cố khi có chỉ tiêu không đạt.
N|Đề nghị UBND các huyện Đồi Trúc, Thủy Liên, Lãnh Giang và Quảng Tín chỉ đạo Phòng Y tế, Trung tâm Y tế huyện và UBND các xã có công trình cấp nước tạo điều kiện cho tổ lấy mẫu; công khai kết quả xét nghiệm tại trụ sở UBND xã và nhà văn hóa thôn.
N|Trung tâm Y tế các huyện cử 01 cán bộ Khoa Kiểm soát bệnh tật và HIV/AIDS tham gia tổ lấy mẫu trên địa bàn; giám sát việc khắc phục các công trình không đạt và báo cáo kết quả về Trung tâm Kiểm soát bệnh tật tỉnh.
N|Trạm Y tế các xã thông báo lịch lấy mẫu cho thôn, bản; hướng dẫn hộ gia đình ở cuối mạng đường ống chuẩn bị điểm lấy mẫu; tuyên truyền người dân đun sôi nước trước khi uống trong thời gian công trình chưa đạt quy chuẩn.
N|Giao Phòng Kế hoạch - Tài chính Sở Y tế thẩm định dự toán chi tiết, hướng dẫn Trung tâm Kiểm soát bệnh tật tỉnh thanh toán, quyết toán kinh phí theo quy định trước ngày 15/12/2026.
P|Đầu mối liên hệ: bà Đinh Thị Thu Hằng, Phó Trưởng phòng Nghiệp vụ Y, Sở Y tế; điện thoại 0912 604 318; thư điện tử hangdtt.syt@lacgiao.gov.vn.
P|Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Y tế (qua Phòng Nghiệp vụ Y) để nhận hướng dẫn, giải quyết kịp thời.
P|Nơi nhận:
L|UBND tỉnh (để b/c);
L|Giám đốc, các Phó Giám đốc Sở;
L|UBND các huyện Đồi Trúc, Thủy Liên, Lãnh Giang, Quảng Tín;
L|Trung tâm KSBT tỉnh; Trung tâm NS&VSMTNT tỉnh;
L|Trung tâm Y tế các huyện;
L|Lưu: VT, NVY.
P|KT. GIÁM ĐỐC
P|PHÓ GIÁM ĐỐC
P|(Đã ký)
P|Trương Văn Khiết
"""

SM01_TABLES = {
    "lich": [
        ["Huyện", "Số công trình", "Số mẫu đợt 1", "Số mẫu đợt 2", "Thời gian lấy mẫu đợt 1", "Thời gian lấy mẫu đợt 2"],
        ["Đồi Trúc", "14", "28", "28", "Từ 06/4 đến 10/4/2026", "Từ 07/9 đến 11/9/2026"],
        ["Thủy Liên", "12", "24", "24", "Từ 13/4 đến 17/4/2026", "Từ 14/9 đến 18/9/2026"],
        ["Lãnh Giang", "11", "22", "22", "Từ 20/4 đến 24/4/2026", "Từ 21/9 đến 25/9/2026"],
        ["Quảng Tín", "9", "18", "18", "Từ 04/5 đến 08/5/2026", "Từ 28/9 đến 02/10/2026"],
        ["Tổng cộng", "46", "92", "92", "", ""],
    ],
    "nhiemvu": [
        ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        ["1", "Rà soát danh sách công trình, mã hóa điểm lấy mẫu", "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh", "Phòng Y tế các huyện", "Trước ngày 31/3/2026"],
        ["2", "Lấy mẫu, bảo quản và xét nghiệm mẫu đợt 1", "Trung tâm Kiểm soát bệnh tật tỉnh", "Trung tâm Y tế các huyện; Trạm Y tế các xã", "Theo lịch tại Mục II"],
        ["3", "Thông báo kết quả xét nghiệm đợt 1", "Trung tâm Kiểm soát bệnh tật tỉnh", "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh", "Trước ngày 25/5/2026"],
        ["4", "Khắc phục các công trình có chỉ tiêu không đạt", "Đơn vị quản lý, vận hành công trình", "UBND cấp xã; Trạm Y tế các xã", "Trong vòng 30 ngày kể từ ngày nhận thông báo"],
        ["5", "Lấy mẫu, xét nghiệm đợt 2 và tái kiểm công trình không đạt", "Trung tâm Kiểm soát bệnh tật tỉnh", "Trung tâm Y tế các huyện", "Theo lịch tại Mục II"],
        ["6", "Báo cáo tổng kết kết quả giám sát năm 2026", "Phòng Nghiệp vụ Y, Sở Y tế", "Trung tâm Kiểm soát bệnh tật tỉnh", "Trước ngày 15/11/2026"],
    ],
}

# ---------------------------------------------------------------------------
# sm02: Thông báo kết quả của Trung tâm KSBT tỉnh (md, two-column header)
# ---------------------------------------------------------------------------
SM02 = """UBND TỈNH LẠC GIAO                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM KIỂM SOÁT BỆNH TẬT                     Độc lập - Tự do - Hạnh phúc

Số: 48/TB-KSBT                              Lạc Giao, ngày 22 tháng 5 năm 2026

# THÔNG BÁO

## Kết quả xét nghiệm chất lượng nước đợt 1 năm 2026 tại các công trình cấp nước sinh hoạt tập trung nông thôn

Thực hiện Kế hoạch số 112/KH-SYT ngày 12/3/2026 của Sở Y tế tỉnh Lạc Giao về kiểm tra, giám sát chất lượng nước tại các công trình cấp nước sinh hoạt tập trung nông thôn năm 2026, từ ngày 06/4/2026 đến ngày 08/5/2026, Trung tâm Kiểm soát bệnh tật tỉnh phối hợp với Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh và Trung tâm Y tế các huyện tổ chức lấy 92 mẫu nước tại 46 công trình. Toàn bộ mẫu được xét nghiệm 10 chỉ tiêu nhóm A tại Khoa Xét nghiệm - Chẩn đoán hình ảnh của Trung tâm. Trung tâm Kiểm soát bệnh tật tỉnh thông báo kết quả như sau:

### 1. Kết quả chung

Có 37/46 công trình đạt quy chuẩn đối với cả 10 chỉ tiêu nhóm A ở cả hai điểm lấy mẫu, chiếm tỷ lệ 80,4%; 9 công trình có ít nhất một chỉ tiêu không đạt. Các chỉ tiêu không đạt gồm: clo dư tự do (6 công trình), Coliform (3 công trình), độ đục (2 công trình) và asen tổng số (1 công trình). Không phát hiện mẫu nào dương tính với E.coli.

Kết quả theo từng huyện:

| Huyện | Số công trình | Số mẫu | Công trình đạt | Công trình không đạt | Tỷ lệ đạt |
|---|---|---|---|---|---|
| Đồi Trúc | 14 | 28 | 12 | 2 | 85,7% |
| Thủy Liên | 12 | 24 | 9 | 3 | 75,0% |
| Lãnh Giang | 11 | 22 | 9 | 2 | 81,8% |
| Quảng Tín | 9 | 18 | 7 | 2 | 77,8% |
| Toàn tỉnh | 46 | 92 | 37 | 9 | 80,4% |

Trong số các công trình đạt, có 3 công trình duy trì clo dư ổn định ở cả bể chứa và cuối mạng, được đánh giá vận hành tốt là Nhà máy nước thị trấn Thủy Liên, Trạm cấp nước xã Đồng Bảng (huyện Thủy Liên) và Trạm cấp nước xã Yên Mã (huyện Lãnh Giang).

### 2. Danh sách công trình không đạt

| TT | Công trình | Huyện | Chỉ tiêu không đạt | Kết quả | Giới hạn cho phép |
|---|---|---|---|---|---|
| 1 | Trạm cấp nước xã Tân Dụ | Đồi Trúc | Clo dư tự do | 0,05 mg/l | 0,2 - 1,0 mg/l |
| 2 | Công trình cấp nước liên xã Phương Mao - Hòa Đạt | Đồi Trúc | Clo dư tự do; Coliform | 0,08 mg/l; 12 CFU/100 ml | 0,2 - 1,0 mg/l; dưới 3 CFU/100 ml |
| 3 | Trạm cấp nước xã Vạn Xuân | Thủy Liên | Độ đục | 4,6 NTU | không quá 2 NTU |
| 4 | Trạm cấp nước xã Kim Ngưu | Thủy Liên | Clo dư tự do | 0,10 mg/l | 0,2 - 1,0 mg/l |
| 5 | Công trình cấp nước xã Sơn Hải | Thủy Liên | Coliform | 8 CFU/100 ml | dưới 3 CFU/100 ml |
| 6 | Trạm cấp nước xã Hà Mi | Lãnh Giang | Asen tổng số | 0,018 mg/l | không quá 0,01 mg/l |
| 7 | Trạm cấp nước xã Tiền Phong | Lãnh Giang | Clo dư tự do; Coliform | 0,06 mg/l; 5 CFU/100 ml | 0,2 - 1,0 mg/l; dưới 3 CFU/100 ml |
| 8 | Trạm cấp nước xã Hưng Đạo | Quảng Tín | Clo dư tự do | 0,12 mg/l | 0,2 - 1,0 mg/l |
| 9 | Công trình cấp nước xã Thanh Xá | Quảng Tín | Clo dư tự do; Độ đục | 0,07 mg/l; 3,1 NTU | 0,2 - 1,0 mg/l; không quá 2 NTU |

### 3. Đề nghị các đơn vị

1. Các đơn vị quản lý, vận hành 9 công trình không đạt khẩn trương khắc phục trong vòng 30 ngày kể từ ngày nhận Thông báo này: điều chỉnh liều lượng clo khử trùng, súc xả bể chứa và đường ống, kiểm tra bể lọc; thông báo cho người dân đun sôi nước trước khi uống cho đến khi có kết quả tái kiểm đạt.
2. Riêng Trạm cấp nước xã Hà Mi tạm dừng cấp nước cho mục đích ăn uống; đơn vị vận hành phối hợp với UBND xã Hà Mi bố trí điểm cấp nước uống tạm thời tại Trường Tiểu học Hà Mi và Trạm Y tế xã, hoàn thành trước ngày 01/6/2026.
3. Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh hướng dẫn kỹ thuật và tổ chức tập huấn vận hành, châm clo cho cán bộ vận hành của 9 công trình, hoàn thành trước ngày 15/6/2026.
4. Trung tâm Y tế các huyện giám sát việc khắc phục tại các công trình trên địa bàn, báo cáo bằng văn bản về Trung tâm Kiểm soát bệnh tật tỉnh trước ngày 30/6/2026.
5. Đề nghị UBND các xã có công trình không đạt niêm yết Thông báo này tại trụ sở và thông báo trên hệ thống loa truyền thanh của xã ít nhất 3 lần trong tuần.

### 4. Tái kiểm

Trung tâm Kiểm soát bệnh tật tỉnh sẽ lấy mẫu tái kiểm đối với 9 công trình không đạt từ ngày 29/6/2026 đến ngày 03/7/2026. Chi phí tái kiểm được chi từ kinh phí thực hiện Kế hoạch số 112/KH-SYT, các đơn vị vận hành không phải chi trả. Công trình nào tiếp tục không đạt sẽ được báo cáo Sở Y tế để đề xuất UBND tỉnh biện pháp xử lý.

Thông tin chi tiết đề nghị liên hệ: ông Hoàng Đức Vinh, Trưởng Khoa Sức khỏe môi trường - Y tế trường học, Trung tâm Kiểm soát bệnh tật tỉnh; điện thoại 0206 3851 447, di động 0987 215 690; thư điện tử vinhhd.ksbt@lacgiao.gov.vn.

**Nơi nhận:**
- Sở Y tế (để b/c);
- Trung tâm NS&VSMTNT tỉnh;
- Trung tâm Y tế các huyện;
- UBND các xã có công trình không đạt;
- Đơn vị quản lý, vận hành 9 công trình;
- Lưu: VT, SKMT.

**GIÁM ĐỐC**

(Đã ký)

**Phạm Thị Ngọc Diệp**
"""

# ---------------------------------------------------------------------------
# sm03: Công văn của Phòng GD&ĐT huyện (txt hard-wrapped body)
# ---------------------------------------------------------------------------
SM03_HEAD = """UBND HUYỆN ĐỒI TRÚC                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO                   Độc lập - Tự do - Hạnh phúc

Số: 317/PGDĐT-CTHS                 Đồi Trúc, ngày 06 tháng 4 năm 2026
V/v tăng cường rửa tay với xà phòng
và tổ chức tẩy giun cho học sinh
học kỳ II năm học 2025-2026

Kính gửi:
- Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở trên địa bàn huyện;
- Trạm Y tế các xã, thị trấn.
"""

SM03_BODY = [
    "Thực hiện Kế hoạch số 112/KH-SYT ngày 12/3/2026 của Sở Y tế tỉnh Lạc Giao về kiểm tra, giám sát chất lượng nước tại các công trình cấp nước sinh hoạt tập trung nông thôn năm 2026 và Công văn số 205/TTYT-KSBT ngày 30/3/2026 của Trung tâm Y tế huyện Đồi Trúc về phối hợp tẩy giun định kỳ cho trẻ em, học sinh, Phòng Giáo dục và Đào tạo huyện Đồi Trúc đề nghị các đơn vị thực hiện một số nội dung sau:",
    "1. Về rửa tay với xà phòng",
    "a) Các trường rà soát hệ thống nước rửa tay, bảo đảm bình quân mỗi 30 học sinh có ít nhất 01 vòi nước rửa tay; bồn rửa tay luôn có sẵn xà phòng hoặc dung dịch rửa tay. Các trường còn thiếu vòi hoặc có vòi hỏng hoàn thành sửa chữa, lắp bổ sung trước ngày 30/4/2026 từ nguồn kinh phí chi thường xuyên của đơn vị.",
    "b) Hướng dẫn và tổ chức cho học sinh rửa tay đúng 6 bước vào 5 thời điểm: trước khi ăn, sau khi đi vệ sinh, sau giờ ra chơi, sau giờ học thể dục và bất cứ khi nào tay bẩn. Giáo viên chủ nhiệm các lớp mầm non và lớp 1, lớp 2 trực tiếp hướng dẫn, kiểm tra hằng ngày.",
    "c) Tổ chức \"Tuần lễ bàn tay sạch\" từ ngày 20/4/2026 đến ngày 25/4/2026; mỗi trường dành ít nhất 01 buổi sinh hoạt dưới cờ để tuyên truyền về rửa tay và phòng bệnh tiêu chảy, tay chân miệng.",
    "d) Riêng các trường trên địa bàn xã Phương Mao và xã Hòa Đạt, trong thời gian chờ kết quả xét nghiệm nước đợt 1 của Trung tâm Kiểm soát bệnh tật tỉnh, chỉ cho học sinh uống nước đã đun sôi hoặc nước đóng bình có nhãn mác rõ ràng.",
    "2. Về tẩy giun cho trẻ em, học sinh",
    "a) Đối tượng: trẻ em từ 24 tháng tuổi trở lên đang học tại các trường mầm non và toàn bộ học sinh tiểu học trên địa bàn huyện. Học sinh trung học cơ sở không thuộc đối tượng uống thuốc đợt này nhưng các trường vẫn lồng ghép tuyên truyền phòng nhiễm giun.",
    "b) Thuốc sử dụng: Albendazol 400 mg, uống 01 viên liều duy nhất, do Trung tâm Y tế huyện cấp miễn phí. Không cho uống thuốc đối với trẻ đang sốt, đang tiêu chảy hoặc mắc bệnh cấp tính.",
    "c) Thời gian tổ chức uống thuốc: từ ngày 11/5/2026 đến ngày 15/5/2026, tại trường, sau bữa ăn sáng hoặc bữa ăn bán trú. Sau khi uống thuốc, học sinh được theo dõi tại lớp ít nhất 30 phút.",
    "d) Các trường gửi phiếu thông tin đến cha mẹ học sinh, tổng hợp danh sách số trẻ, số học sinh dự kiến uống thuốc và gửi về Trạm Y tế xã, thị trấn trước ngày 25/4/2026 để dự trù thuốc.",
    "đ) Trạm Y tế các xã, thị trấn có trách nhiệm nhận thuốc tại Trung tâm Y tế huyện trước ngày 08/5/2026; cử cán bộ có mặt tại trường trong ngày uống thuốc; chuẩn bị hộp chống sốc và xử trí kịp thời các phản ứng sau uống thuốc.",
    "3. Về phối hợp tuyên truyền",
    "Đề nghị Hội Liên hiệp Phụ nữ huyện chỉ đạo các chi hội phụ nữ thôn, bản tuyên truyền cha mẹ học sinh về lợi ích của việc tẩy giun và rửa tay với xà phòng tại gia đình; phối hợp với các trường vận động cha mẹ cho con đi học đúng ngày uống thuốc.",
    "4. Chế độ báo cáo",
    "Các trường báo cáo thực trạng nước sạch và vòi rửa tay (Biểu mẫu 01) về Phòng Giáo dục và Đào tạo trước ngày 05/5/2026; báo cáo kết quả tẩy giun (Biểu mẫu 02) trước ngày 22/5/2026. Báo cáo gửi qua hệ thống quản lý văn bản điện tử của huyện, đồng thời gửi bản mềm vào hộp thư công vụ của Phòng.",
    "Thông tin chi tiết liên hệ: bà Vi Thị Lan, chuyên viên phụ trách công tác y tế trường học, Phòng Giáo dục và Đào tạo; điện thoại 0398 117 542; thư điện tử lanvt.pgd@doitruc.edu.vn.",
    "Phòng Giáo dục và Đào tạo huyện Đồi Trúc đề nghị Hiệu trưởng các trường và Trạm trưởng Trạm Y tế các xã, thị trấn quan tâm triển khai thực hiện. Kết quả thực hiện là một tiêu chí đánh giá thi đua công tác y tế trường học năm học 2025-2026 của các trường./.",
]

SM03_TAIL = """
Nơi nhận:                                   KT. TRƯỞNG PHÒNG
- Như trên;                                   PHÓ TRƯỞNG PHÒNG
- UBND huyện (để b/c);
- Trung tâm Y tế huyện (phối hợp);                 (Đã ký)
- Hội LHPN huyện;
- Lưu: VT, CTHS.                               Ninh Văn Hưởng
"""

# ---------------------------------------------------------------------------
# sm04: Quyết định của UBND xã (pdf)
# ---------------------------------------------------------------------------
SM04 = [
    ("H", "UBND HUYỆN ĐỒI TRÚC\nUBND XÃ PHƯƠNG MAO\nSố: 75/QĐ-UBND"),
    ("HR", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPhương Mao, ngày 03 tháng 6 năm 2026"),
    ("T", "QUYẾT ĐỊNH"),
    ("T", "Về việc thành lập Tổ đáp ứng nhanh phòng, chống dịch bệnh và sự cố nước sinh hoạt xã Phương Mao"),
    ("T", "CHỦ TỊCH UBND XÃ PHƯƠNG MAO"),
    ("P", "Căn cứ Luật Tổ chức chính quyền địa phương;"),
    ("P", "Căn cứ Thông báo số 48/TB-KSBT ngày 22/5/2026 của Trung tâm Kiểm soát bệnh tật tỉnh Lạc Giao về kết quả xét nghiệm chất lượng nước đợt 1 năm 2026 tại các công trình cấp nước sinh hoạt tập trung nông thôn;"),
    ("P", "Căn cứ Công văn số 412/TTYT-KSBT ngày 27/5/2026 của Trung tâm Y tế huyện Đồi Trúc về việc chủ động ứng phó với bệnh tiêu chảy cấp tại các xã có công trình cấp nước không đạt quy chuẩn;"),
    ("P", "Theo đề nghị của Trạm trưởng Trạm Y tế xã Phương Mao."),
    ("T", "QUYẾT ĐỊNH:"),
    ("P", "Điều 1. Thành lập Tổ đáp ứng nhanh phòng, chống dịch bệnh và sự cố nước sinh hoạt xã Phương Mao (sau đây gọi tắt là Tổ đáp ứng nhanh), gồm 09 thành viên có tên sau:"),
    ("P", "1. Ông Lường Văn Thắng, Phó Chủ tịch UBND xã - Tổ trưởng;"),
    ("P", "2. Bà Đào Thị Mến, Trạm trưởng Trạm Y tế xã - Tổ phó thường trực;"),
    ("P", "3. Ông Vũ Đình Long, công chức Văn hóa - Xã hội xã - Tổ phó;"),
    ("P", "4. Bà Hà Thị Nguyệt, Chủ tịch Hội Liên hiệp Phụ nữ xã - Thành viên;"),
    ("P", "5. Ông Nông Văn Bảy, Trưởng Công an xã - Thành viên;"),
    ("P", "6. Ông Trần Hữu Nghị, Tổ trưởng Tổ quản lý vận hành Công trình cấp nước liên xã Phương Mao - Hòa Đạt - Thành viên;"),
    ("P", "7. Bà Lục Thị Hoa, Hiệu trưởng Trường Tiểu học Phương Mao - Thành viên;"),
    ("P", "8. Ông Đặng Văn Toàn, Bí thư Đoàn Thanh niên xã - Thành viên;"),
    ("P", "9. Bà Nguyễn Thị Thoa, y sĩ Trạm Y tế xã - Thành viên kiêm Thư ký."),
    ("P", "Điều 2. Nhiệm vụ chung của Tổ đáp ứng nhanh"),
    ("P", "1. Tiếp nhận thông tin, điều tra, xác minh các trường hợp tiêu chảy cấp, lỵ, sốt chưa rõ nguyên nhân và các bệnh truyền nhiễm liên quan đến nguồn nước trên địa bàn xã trong vòng 24 giờ kể từ khi nhận được tin báo."),
    ("P", "2. Tham gia khắc phục sự cố chất lượng nước tại Công trình cấp nước liên xã Phương Mao - Hòa Đạt theo Thông báo số 48/TB-KSBT, trong đó có việc giám sát súc xả, châm clo và phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh lấy mẫu tái kiểm từ ngày 29/6/2026 đến ngày 03/7/2026."),
    ("P", "3. Tổ chức truyền thông cho người dân về đun sôi nước trước khi uống, rửa tay với xà phòng và vệ sinh môi trường; cấp phát cloramin B cho các hộ sử dụng nước giếng đào khi có chỉ định của Trung tâm Y tế huyện."),
    ("P", "4. Duy trì trực 24/24 giờ trong thời gian có sự cố nước hoặc có ổ dịch; đường dây nóng của Tổ đặt tại Trạm Y tế xã, số điện thoại 0206 3790 115."),
    ("P", "Điều 3. Nhiệm vụ cụ thể của các thành viên"),
    ("P", "1. Tổ trưởng chỉ đạo chung hoạt động của Tổ; quyết định huy động lực lượng, phương tiện của xã khi xảy ra sự cố; báo cáo Chủ tịch UBND xã và Trung tâm Y tế huyện."),
    ("P", "2. Trạm Y tế xã là bộ phận thường trực của Tổ, có trách nhiệm giám sát ca bệnh, lấy mẫu bệnh phẩm, xử lý môi trường ổ dịch; tổng hợp báo cáo hoạt động của Tổ hằng tuần vào thứ Sáu, gửi UBND xã và Trung tâm Y tế huyện."),
    ("P", "3. Công chức Văn hóa - Xã hội phụ trách thông tin, tuyên truyền trên hệ thống loa truyền thanh xã, phát thông điệp phòng bệnh ít nhất 02 lần mỗi ngày trong thời gian có sự cố."),
    ("P", "4. Hội Liên hiệp Phụ nữ xã vận động 100% hộ gia đình sử dụng nước của công trình liên xã đun sôi nước trước khi uống; phân công hội viên theo dõi, báo ngay cho Trạm Y tế xã khi trong khu dân cư có người bị tiêu chảy."),
    ("P", "5. Công an xã bảo đảm an ninh, trật tự khu vực công trình cấp nước và bể chứa; ngăn chặn hành vi xâm hại, đấu nối trái phép vào đường ống."),
    ("P", "6. Tổ quản lý vận hành Công trình cấp nước liên xã Phương Mao - Hòa Đạt châm clo 02 lần mỗi ngày, ghi nhật ký vận hành; hoàn thành súc xả toàn bộ tuyến ống chính trước ngày 20/6/2026."),
    ("P", "7. Trường Tiểu học Phương Mao bảo đảm nước uống đun sôi hoặc nước đóng bình cho học sinh; theo dõi, báo cáo ngay cho Trạm Y tế xã khi có học sinh nghỉ học do tiêu chảy."),
    ("P", "8. Đoàn Thanh niên xã thành lập đội thanh niên tình nguyện gồm 15 đoàn viên, hỗ trợ cấp phát cloramin B, nước đóng bình cho hộ nghèo, người cao tuổi sống một mình."),
    ("P", "Điều 4. Kinh phí và chế độ làm việc"),
    ("P", "1. Kinh phí hoạt động của Tổ đáp ứng nhanh được bố trí từ ngân sách xã năm 2026, tối đa 45.000.000 đồng (Bốn mươi lăm triệu đồng); Trạm Y tế xã lập dự toán trình UBND xã phê duyệt."),
    ("P", "2. Tổ làm việc theo chế độ kiêm nhiệm, họp định kỳ vào sáng thứ Hai hằng tuần tại hội trường UBND xã; họp đột xuất khi có yêu cầu của Tổ trưởng. Tổ sử dụng con dấu của UBND xã trong giao dịch công tác."),
    ("P", "3. Tổ đáp ứng nhanh tự giải thể sau khi Công trình cấp nước liên xã Phương Mao - Hòa Đạt có kết quả tái kiểm đạt quy chuẩn và không còn ca bệnh liên quan trong 30 ngày liên tục."),
    ("P", "Điều 5. Quyết định này có hiệu lực kể từ ngày ký. Văn phòng HĐND và UBND xã, Trạm Y tế xã, Hội Liên hiệp Phụ nữ xã, Công an xã, Đoàn Thanh niên xã, Trường Tiểu học Phương Mao và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."),
    ("SIGN", "Nơi nhận:\n- Như Điều 5;\n- UBND huyện Đồi Trúc (để b/c);\n- Trung tâm Y tế huyện;\n- Thường trực Đảng ủy xã;\n- Lưu: VT.|CHỦ TỊCH\n\n(Đã ký)\n\nSầm Văn Lợi"),
    ("T", "PHỤ LỤC: LỊCH TRỰC CỦA TỔ ĐÁP ỨNG NHANH TRONG THỜI GIAN CÓ SỰ CỐ NƯỚC"),
    ("P", "(Kèm theo Quyết định số 75/QĐ-UBND ngày 03/6/2026 của Chủ tịch UBND xã Phương Mao)"),
    ("P", "- Thứ Hai, thứ Năm: Bà Đào Thị Mến và bà Nguyễn Thị Thoa trực tại Trạm Y tế xã."),
    ("P", "- Thứ Ba, thứ Sáu: Ông Vũ Đình Long và ông Đặng Văn Toàn trực tại UBND xã, phối hợp kiểm tra các thôn."),
    ("P", "- Thứ Tư, thứ Bảy: Bà Hà Thị Nguyệt và ông Trần Hữu Nghị trực tại khu vực bể chứa của công trình liên xã."),
    ("P", "- Chủ nhật: Ông Lường Văn Thắng trực chỉ huy, ông Nông Văn Bảy trực bảo đảm an ninh."),
    ("P", "Ca trực bắt đầu từ 7 giờ 00 ngày hôm trước đến 7 giờ 00 ngày hôm sau. Người trực ghi sổ trực và bàn giao cho ca sau tại Trạm Y tế xã."),
]

# ---------------------------------------------------------------------------
# sm05: Báo cáo của UBND huyện (md)
# ---------------------------------------------------------------------------
SM05 = """UBND HUYỆN THỦY LIÊN

Số: 204/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Thủy Liên, ngày 10 tháng 12 năm 2026

# BÁO CÁO

## Kết quả thực hiện Chương trình nước sạch và vệ sinh môi trường nông thôn năm 2026 trên địa bàn huyện Thủy Liên

Thực hiện Kế hoạch số 09/KH-UBND ngày 15/01/2026 của UBND tỉnh Lạc Giao và Kế hoạch số 112/KH-SYT ngày 12/3/2026 của Sở Y tế, UBND huyện Thủy Liên báo cáo kết quả thực hiện năm 2026 như sau:

## I. KẾT QUẢ THỰC HIỆN

### 1. Công tác chỉ đạo, tuyên truyền

UBND huyện ban hành 03 văn bản chỉ đạo, phân công Phòng Nông nghiệp và Môi trường làm cơ quan thường trực, Trung tâm Y tế huyện phụ trách giám sát chất lượng nước. Hội Liên hiệp Phụ nữ huyện phối hợp tổ chức 42 buổi truyền thông tại thôn với 2.730 lượt hội viên tham dự, nội dung tập trung vào sử dụng nước sạch, rửa tay với xà phòng và xây dựng nhà tiêu hợp vệ sinh. Hệ thống loa truyền thanh của 7 xã, thị trấn phát 380 tin, bài về nước sạch và vệ sinh.

### 2. Đầu tư, nâng cấp công trình

- Hoàn thành nâng cấp Trạm cấp nước xã Thượng Mỗ, nâng công suất từ 200 m3/ngày đêm lên 450 m3/ngày đêm, đưa vào sử dụng từ ngày 15/10/2026.
- Mở rộng 6,8 km tuyến ống của Công trình cấp nước xã Sơn Hải, cấp nước thêm cho 310 hộ ở 3 thôn vùng cao.
- Hỗ trợ 265 hộ nghèo, hộ cận nghèo làm mới nhà tiêu hợp vệ sinh, mức hỗ trợ 3.000.000 đồng/hộ.

### 3. Giám sát và khắc phục chất lượng nước

Theo Thông báo số 48/TB-KSBT ngày 22/5/2026 của Trung tâm Kiểm soát bệnh tật tỉnh, đợt 1 năm 2026 huyện có 3/12 công trình không đạt là Trạm cấp nước xã Vạn Xuân (độ đục), Trạm cấp nước xã Kim Ngưu (clo dư tự do) và Công trình cấp nước xã Sơn Hải (Coliform). Sau khi khắc phục, kết quả tái kiểm tháng 7/2026 có 2 công trình đạt là Vạn Xuân và Kim Ngưu; Công trình cấp nước xã Sơn Hải tiếp tục không đạt chỉ tiêu Coliform, phải thay vật liệu lọc và lắp bổ sung thiết bị châm clo tự động, đến đợt 2 tháng 9/2026 đạt quy chuẩn. Kết quả đợt 2 năm 2026, 12/12 công trình trên địa bàn huyện đạt quy chuẩn.

### 4. Kết quả theo từng xã, thị trấn

| TT | Xã, thị trấn | Tổng số hộ | Số hộ sử dụng nước sạch đạt quy chuẩn | Tỷ lệ (%) | Số hộ có nhà tiêu hợp vệ sinh | Kinh phí năm 2026 (triệu đồng) |
|---|---|---|---|---|---|---|
| 1 | Thị trấn Thủy Liên | 3.420 | 3.318 | 97,0 | 3.390 | 420 |
| 2 | Xã Vạn Xuân | 1.865 | 1.402 | 75,2 | 1.690 | 1.150 |
| 3 | Xã Kim Ngưu | 1.540 | 1.236 | 80,3 | 1.402 | 860 |
| 4 | Xã Sơn Hải | 2.110 | 1.487 | 70,5 | 1.833 | 1.340 |
| 5 | Xã Đồng Bảng | 1.276 | 1.149 | 90,0 | 1.210 | 310 |
| 6 | Xã Thượng Mỗ | 980 | 612 | 62,4 | 801 | 1.780 |
| 7 | Xã Ngũ Phúc | 1.459 | 1.038 | 71,1 | 1.244 | 955 |
| | Toàn huyện | 12.650 | 10.242 | 81,0 | 11.570 | 6.815 |

Tỷ lệ hộ sử dụng nước sạch đạt quy chuẩn toàn huyện đạt 81,0%, tăng 4,6 điểm phần trăm so với năm 2025 và vượt chỉ tiêu 80% được giao. Tỷ lệ hộ có nhà tiêu hợp vệ sinh đạt 91,5%.

### 5. Kinh phí thực hiện

Tổng kinh phí thực hiện năm 2026 là 6.815 triệu đồng, gồm: ngân sách tỉnh 3.900 triệu đồng; ngân sách huyện 1.615 triệu đồng; vốn vay Ngân hàng Chính sách xã hội huyện 1.050 triệu đồng; nhân dân đóng góp 250 triệu đồng. Đến ngày 30/11/2026 đã giải ngân 6.102 triệu đồng, đạt 89,5%.

## II. TỒN TẠI, HẠN CHẾ

- Xã Thượng Mỗ mới có 62,4% số hộ dùng nước sạch đạt quy chuẩn; mạng đường ống sau trạm cấp nước mới phủ 5/9 thôn.
- Một số tổ quản lý vận hành cấp xã chưa được tập huấn, việc châm clo còn thủ công, chưa ghi nhật ký đầy đủ.
- Nguồn vốn đóng góp của nhân dân thấp, nhất là ở các thôn vùng cao của xã Sơn Hải và xã Ngũ Phúc.

## III. NHIỆM VỤ NĂM 2027

1. Trên cơ sở kết quả năm 2026, UBND huyện đặt mục tiêu năm 2027 tỷ lệ hộ sử dụng nước sạch đạt quy chuẩn toàn huyện đạt 85% trở lên, không có xã dưới 70%.
2. Phòng Nông nghiệp và Môi trường huyện chủ trì, phối hợp với UBND xã Thượng Mỗ lập hồ sơ đầu tư giai đoạn 2 mạng đường ống cho 4 thôn còn lại, trình UBND huyện trước ngày 31/3/2027.
3. Trung tâm Y tế huyện có trách nhiệm giám sát chất lượng nước tại 12 công trình định kỳ hằng quý, tập huấn châm clo cho các tổ quản lý vận hành trước ngày 30/4/2027.
4. Đề nghị Hội Liên hiệp Phụ nữ huyện tiếp tục vận động hội viên vay vốn Ngân hàng Chính sách xã hội để xây dựng công trình nước sạch, nhà tiêu hợp vệ sinh; mục tiêu có thêm 300 hộ có nhà tiêu hợp vệ sinh trong năm 2027.
5. Các phòng, ban, ngành, Mặt trận và đoàn thể huyện lồng ghép tuyên truyền về nước sạch, vệ sinh môi trường vào các hoạt động của ngành, đơn vị; báo cáo kết quả về Phòng Nông nghiệp và Môi trường định kỳ 6 tháng.
6. UBND các xã, thị trấn công khai chất lượng nước của công trình trên địa bàn sau mỗi đợt xét nghiệm và bố trí kinh phí duy tu, bảo dưỡng công trình.

## IV. KIẾN NGHỊ

- Đề nghị UBND tỉnh hỗ trợ 2.400 triệu đồng từ ngân sách tỉnh năm 2027 để đầu tư giai đoạn 2 mạng đường ống xã Thượng Mỗ.
- Đề nghị Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh tăng tần suất xét nghiệm lên 3 đợt/năm đối với các công trình từng không đạt.
- Đề nghị Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh hỗ trợ huyện 7 bộ thiết bị châm clo tự động cho các trạm cấp nước xã.

Đầu mối tổng hợp: ông Quách Văn Định, Phó Trưởng phòng Nông nghiệp và Môi trường huyện; điện thoại 0915 882 364.

**Nơi nhận:**
- UBND tỉnh (để b/c);
- Sở Nông nghiệp và Môi trường;
- Sở Y tế;
- Trung tâm NS&VSMTNT tỉnh;
- Thường trực Huyện ủy (để b/c);
- Lưu: VT, NNMT.

**TM. UBND HUYỆN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

(Đã ký)

**Lê Quang Vũ**
"""


# ===========================================================================
# Build code
# ===========================================================================
import os, textwrap, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
N = lambda s: unicodedata.normalize("NFC", s)


def build_sm01(path):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    for line in SM01.strip().splitlines():
        tag, text = line.split("|", 1)
        text = N(text)
        if tag == "T":
            rows = SM01_TABLES[text]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = N(c)
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            continue
        if tag == "N":
            p = d.add_paragraph(text, style="List Number")
        elif tag == "L":
            p = d.add_paragraph(text, style="List Bullet")
        else:
            p = d.add_paragraph()
            r = p.add_run(text)
            if tag in ("B", "C"):
                r.bold = True
            if tag == "C":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(path)


def build_sm02(path):
    open(path, "w", encoding="utf-8").write(N(SM02))


def build_sm03(path):
    out = [SM03_HEAD.rstrip("\n"), ""]
    for para in SM03_BODY:
        out.append(textwrap.fill(para, width=72, break_long_words=False, break_on_hyphens=False))
    out.append(SM03_TAIL.rstrip("\n"))
    open(path, "w", encoding="utf-8").write(N("\n".join(out) + "\n"))


def build_sm04(path):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 16)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONTB)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    i = 0
    while i < len(SM04):
        tag, text = SM04[i]
        text = N(text)
        if tag == "H":
            y = pdf.get_y()
            pdf.set_font("DV", "B", 10)
            pdf.multi_cell(W * 0.42, 5.5, text, align="C")
            y2 = pdf.get_y()
            tag2, text2 = SM04[i + 1]
            pdf.set_xy(pdf.l_margin + W * 0.42, y)
            pdf.multi_cell(W * 0.58, 5.5, N(text2), align="C")
            pdf.set_y(max(y2, pdf.get_y()) + 6)
            i += 2
            continue
        if tag == "T":
            pdf.set_font("DV", "B", 11.5)
            pdf.multi_cell(W, 6.5, text, align="C")
            pdf.ln(1)
        elif tag == "P":
            pdf.set_font("DV", "", 10.5)
            pdf.multi_cell(W, 5.4, text, align="J")
            pdf.ln(0.8)
        elif tag == "SIGN":
            left, right = text.split("|")
            pdf.ln(4)
            y = pdf.get_y()
            pdf.set_font("DV", "", 9.5)
            pdf.multi_cell(W * 0.5, 5, left)
            y2 = pdf.get_y()
            pdf.set_xy(pdf.l_margin + W * 0.5, y)
            pdf.set_font("DV", "B", 11)
            pdf.multi_cell(W * 0.5, 6, right, align="C")
            pdf.set_y(max(y2, pdf.get_y()))
            pdf.add_page()
        i += 1
    pdf.output(path)


def build_sm05(path):
    open(path, "w", encoding="utf-8").write(N(SM05))


FILES = {
    "sm01_kh_giamsatnuoc.docx": build_sm01,
    "sm02_tb_ketquanuoc.md": build_sm02,
    "sm03_cv_ruataytaygiun.txt": build_sm03,
    "sm04_qd_todapungnhanh.pdf": build_sm04,
    "sm05_bc_nuocsachthuylien.md": build_sm05,
}

if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    for name, fn in FILES.items():
        fn(os.path.join(CORPUS, name))
        print("wrote", name)
