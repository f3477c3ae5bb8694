import os
# -*- coding: utf-8 -*-
"""Text of the five invented documents of set blind45 (tỉnh Tiên Lãng Tây).
Markup (docx/pdf): 'C:' centred bold, 'R:' right italic, 'H:' bold heading,
'N:' numbered list item, 'NR:' numbered item restarting at 1, 'B:' bullet,
'T:' table row (cells split by ' | '), 'S:' signature/left small block line,
'P:' page break, other lines = normal paragraph."""

DOC1 = r"""C:UBND TỈNH TIÊN LÃNG TÂY
C:Số: 63/KH-UBND
C:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
C:Độc lập - Tự do - Hạnh phúc
R:Tiên Lãng Tây, ngày 12 tháng 3 năm 2026
C:KẾ HOẠCH
C:Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Tiên Lãng Tây năm 2026
Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Chương trình hành động số 29-CTr/TU ngày 05/02/2026 của Tỉnh ủy Tiên Lãng Tây về phát triển khoa học, công nghệ và chuyển đổi số giai đoạn 2026 - 2030;
Xét đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 211/TTr-SKHCN ngày 02/3/2026, UBND tỉnh ban hành Kế hoạch thực hiện năm 2026 như sau:
H:I. MỤC ĐÍCH, YÊU CẦU
B:Cụ thể hóa các nhiệm vụ năm 2026 của Chương trình hành động số 29-CTr/TU, tạo chuyển biến rõ nét trong ứng dụng khoa học, công nghệ vào sản xuất, quản lý nhà nước và đời sống của Nhân dân.
B:Xác định rõ cơ quan chủ trì, cơ quan phối hợp, thời hạn hoàn thành và sản phẩm của từng nhiệm vụ; gắn trách nhiệm người đứng đầu với kết quả thực hiện.
B:Huy động sự tham gia của doanh nghiệp, nhà trường và cộng đồng dân cư; bảo đảm an toàn, an ninh mạng.
H:II. CHỈ TIÊU CHỦ YẾU NĂM 2026
NR:Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đủ điều kiện đạt 85%; 100% hồ sơ giải quyết thủ tục hành chính được số hóa kết quả.
N:70% người dân từ 15 tuổi trở lên được phổ cập kỹ năng số cơ bản; thành lập mới 120 tổ công nghệ số cộng đồng tại các thôn, khu phố còn thiếu.
N:Chi cho khoa học, công nghệ và đổi mới sáng tạo đạt 2% tổng chi ngân sách địa phương; triển khai mới 15 nhiệm vụ khoa học và công nghệ cấp tỉnh, ưu tiên nông nghiệp công nghệ cao và chế biến nông sản.
N:Ít nhất 40 trường trung học cơ sở có phòng học STEM đạt chuẩn; 100% trường trung học phổ thông tổ chức hoạt động trải nghiệm STEM ít nhất 2 lần mỗi học kỳ.
N:Hỗ trợ 25 doanh nghiệp nhỏ và vừa, hợp tác xã chuyển đổi số; 30 sản phẩm OCOP được gắn mã truy xuất nguồn gốc điện tử.
H:III. NHIỆM VỤ, GIẢI PHÁP
H:1. Nâng cao nhận thức và đổi mới công tác tuyên truyền
Đẩy mạnh tuyên truyền về vai trò của khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên Báo và Phát thanh, Truyền hình Tiên Lãng Tây, Cổng thông tin điện tử tỉnh và mạng xã hội.
H:2. Hoàn thiện thể chế, cơ chế, chính sách
Rà soát, sửa đổi quy định về quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh theo hướng giao quyền tự chủ cho tổ chức chủ trì, khoán chi đến sản phẩm cuối cùng; xây dựng chính sách hỗ trợ doanh nghiệp khởi nghiệp sáng tạo, trình HĐND tỉnh tại kỳ họp cuối năm 2026.
H:3. Phát triển hạ tầng số và dữ liệu
Hoàn thành nâng cấp Trung tâm dữ liệu tỉnh; kết nối, chia sẻ dữ liệu dân cư, đất đai, y tế, giáo dục; phủ sóng di động 4G/5G đến 100% thôn, bản; xóa 17 "vùng lõm" sóng còn lại tại huyện Mạc Thượng.
H:4. Phát triển nguồn nhân lực và giáo dục STEM
Bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức; triển khai giáo dục STEM trong các trường phổ thông; phổ cập kỹ năng số cho người dân qua phong trào "Bình dân học vụ số".
H:5. Ứng dụng khoa học, công nghệ vào sản xuất
Chuyển giao các tiến bộ kỹ thuật về giống, canh tác tiết kiệm nước, chế biến sâu; hình thành 03 mô hình nông nghiệp ứng dụng công nghệ cao tại huyện Ngòi Dương và huyện Mạc Thượng.
H:IV. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện Kế hoạch năm 2026 dự kiến là 38,6 tỷ đồng, trong đó ngân sách tỉnh 31,2 tỷ đồng, nguồn xã hội hóa và các nguồn hợp pháp khác 7,4 tỷ đồng. Các cơ quan, đơn vị lập dự toán chi tiết gửi Sở Tài chính trước ngày 15/4/2026 để thẩm định, trình UBND tỉnh phê duyệt.
H:V. TỔ CHỨC THỰC HIỆN
H:1. Phân công nhiệm vụ cụ thể
T:TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành
T:1 | Xây dựng và vận hành Nền tảng số hóa hồ sơ thủ tục hành chính dùng chung của tỉnh | Sở Khoa học và Công nghệ | Văn phòng UBND tỉnh; UBND các huyện, thị xã | Trước ngày 30/6/2026
T:2 | Triển khai giáo dục STEM, trang bị phòng học STEM cho 40 trường THCS | Sở Giáo dục và Đào tạo | Sở Tài chính; UBND các huyện, thị xã | Trước ngày 31/12/2026
T:3 | Tổ chức phong trào "Bình dân học vụ số", phổ cập kỹ năng số cho người dân | Sở Văn hóa, Thể thao và Du lịch | Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh; UBND các huyện, thị xã | Định kỳ hằng quý báo cáo kết quả
T:4 | Hỗ trợ doanh nghiệp nhỏ và vừa, hợp tác xã chuyển đổi số | Sở Công Thương | Sở Khoa học và Công nghệ; Liên minh Hợp tác xã tỉnh | Tháng 11/2026
T:5 | Gắn mã truy xuất nguồn gốc điện tử cho 30 sản phẩm OCOP | Sở Nông nghiệp và Môi trường | Sở Khoa học và Công nghệ; UBND các huyện, thị xã | Trước ngày 30/9/2026
T:6 | Tổ chức Ngày hội Đổi mới sáng tạo tỉnh Tiên Lãng Tây năm 2026 | Sở Khoa học và Công nghệ | Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh; Tỉnh đoàn | Tháng 10/2026
T:7 | Thẩm định, bố trí kinh phí thực hiện Kế hoạch | Sở Tài chính | Các sở, ban, ngành liên quan | Trước ngày 15/5/2026
H:2. Trách nhiệm của các cơ quan, đơn vị
NR:Sở Khoa học và Công nghệ là cơ quan thường trực, có trách nhiệm hướng dẫn, theo dõi, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả định kỳ 6 tháng (trước ngày 20/6/2026) và cả năm (trước ngày 05/12/2026); chủ trì tổ chức Ngày hội Đổi mới sáng tạo tỉnh Tiên Lãng Tây năm 2026 trong tháng 10/2026 tại Trung tâm Hội nghị tỉnh.
N:Sở Giáo dục và Đào tạo chủ trì hướng dẫn các cơ sở giáo dục triển khai giáo dục STEM và kỹ năng số cho học sinh từ năm học 2026 - 2027; tổ chức bồi dưỡng giáo viên cốt cán về giáo dục STEM.
N:Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Tiên Lãng Tây mở chuyên mục "Khoa học và Đời sống" phát sóng hằng tuần trên sóng truyền hình tỉnh; hướng dẫn các địa phương tổ chức phong trào "Bình dân học vụ số".
N:Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2026 theo phân cấp hiện hành.
N:Công an tỉnh chủ trì bảo đảm an ninh, an toàn hệ thống thông tin, phòng ngừa tấn công mạng vào các hệ thống dùng chung của tỉnh.
N:UBND các huyện, thị xã xây dựng kế hoạch triển khai tại địa phương, hoàn thành trước ngày 15/4/2026; bố trí kinh phí từ ngân sách cấp huyện cho phong trào "Bình dân học vụ số" và hoạt động của tổ công nghệ số cộng đồng.
N:Đề nghị Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên truyền, vận động hội viên, đoàn viên tích cực tham gia học tập kỹ năng số, giám sát việc thực hiện Kế hoạch.
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công nghệ (qua đồng chí Đinh Công Lực, Phó Giám đốc Sở, điện thoại 0912 447 305, e-mail: lucdc.skhcn@tienlangtay.gov.vn) để tổng hợp, báo cáo UBND tỉnh xem xét, quyết định./.
S:Nơi nhận:
S:- Bộ Khoa học và Công nghệ (b/c);
S:- Thường trực Tỉnh ủy (b/c);
S:- Thường trực HĐND tỉnh;
S:- Chủ tịch, các Phó Chủ tịch UBND tỉnh;
S:- Các sở, ban, ngành tỉnh;
S:- UBND các huyện, thị xã;
S:- Lưu: VT, KGVX.
C:TM. UBND TỈNH
C:KT. CHỦ TỊCH
C:PHÓ CHỦ TỊCH
C:(Đã ký)
C:Vương Minh Hải
"""

# ---------------------------------------------------------------- DOC2 (txt, hard-wrapped)
DOC2_HEAD = """UBND TỈNH TIÊN LÃNG TÂY            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                   Độc lập - Tự do - Hạnh phúc
     -------                                 ---------------
Số: 512/SGDĐT-GDTrH
V/v triển khai giáo dục STEM và     Tiên Lãng Tây, ngày 18 tháng 8 năm 2026
kỹ năng số năm học 2026 - 2027

                        Kính gửi:
                 - Trưởng phòng Giáo dục và Đào tạo các huyện, thị xã;
                 - Hiệu trưởng các trường trung học phổ thông;
                 - Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục
                   thường xuyên các huyện, thị xã.
"""

DOC2_BODY = [
"Thực hiện Kế hoạch số 63/KH-UBND ngày 12/3/2026 của UBND tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Tiên Lãng Tây năm 2026; căn cứ kết quả năm học 2025 - 2026 (toàn tỉnh có 27 trường THCS có phòng học STEM, 412 giáo viên được bồi dưỡng về giáo dục STEM), Sở Giáo dục và Đào tạo (GD&ĐT) đề nghị các đơn vị triển khai một số nội dung sau:",
"1. Đối với Phòng GD&ĐT các huyện, thị xã",
"a) Hướng dẫn các trường trung học cơ sở (THCS) xây dựng kế hoạch giáo dục STEM của nhà trường, bảo đảm mỗi khối lớp thực hiện tối thiểu 04 bài học STEM trong mỗi học kỳ; gửi kế hoạch của Phòng về Sở (qua Phòng Giáo dục Trung học) trước ngày 25/9/2026.",
"b) Rà soát, đề xuất danh sách trường THCS trang bị phòng học STEM năm 2026 (toàn tỉnh 13 trường bổ sung để đạt chỉ tiêu 40 trường), trong đó huyện Ngòi Dương 05 trường, huyện Mạc Thượng 04 trường, thị xã Sa Vĩ 04 trường; gửi danh sách trước ngày 05/9/2026.",
"c) Phối hợp với UBND cấp xã huy động giáo viên Tin học, học sinh lớp 8, lớp 9 tham gia làm \"tình nguyện viên số\" hướng dẫn người dân sử dụng dịch vụ công trực tuyến, ứng dụng VNeID trong phong trào \"Bình dân học vụ số\"; bảo đảm an toàn cho học sinh khi tham gia hoạt động ngoài nhà trường.",
"2. Đối với các trường trung học phổ thông (THPT)",
"a) Tổ chức ít nhất 02 hoạt động trải nghiệm STEM mỗi học kỳ; thành lập câu lạc bộ STEM, câu lạc bộ lập trình - robot trong trường, khuyến khích mời doanh nghiệp, nhà khoa học tham gia hướng dẫn học sinh.",
"b) Lựa chọn sản phẩm tham dự Ngày hội STEM học sinh cấp tỉnh, dự kiến tổ chức trong tháng 4/2027 tại Trường THPT chuyên Tiên Lãng Tây; mỗi trường đăng ký tối đa 03 sản phẩm trước ngày 28/02/2027.",
"c) Lồng ghép nội dung an toàn thông tin, sử dụng trí tuệ nhân tạo có trách nhiệm vào môn Tin học và hoạt động trải nghiệm, hướng nghiệp; không để học sinh sử dụng công cụ trí tuệ nhân tạo thay thế việc tự học.",
"3. Đối với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên (GDNN-GDTX)",
"Mở các lớp kỹ năng số cơ bản cho người lớn tuổi, lao động nông thôn theo nhu cầu của địa phương; mỗi trung tâm mở tối thiểu 06 lớp trong năm học, mỗi lớp không quá 35 học viên; miễn học phí đối với người thuộc hộ nghèo, hộ cận nghèo. Nội dung học tập trung vào sử dụng điện thoại thông minh, dịch vụ công trực tuyến, thanh toán điện tử và phòng tránh lừa đảo trên không gian mạng.",
"4. Các phòng chuyên môn thuộc Sở",
"a) Phòng Giáo dục Trung học chủ trì tổ chức 02 đợt bồi dưỡng giáo viên cốt cán về giáo dục STEM (đợt 1 từ ngày 06/10 đến 08/10/2026; đợt 2 trong tháng 01/2027); theo dõi, tổng hợp kết quả thực hiện của các đơn vị.",
"b) Phòng Kế hoạch - Tài chính tham mưu phân bổ kinh phí mua sắm thiết bị phòng học STEM từ nguồn ngân sách tỉnh năm 2026 (8,45 tỷ đồng) theo đúng quy định về mua sắm công.",
"c) Phòng Giáo dục Thường xuyên - Chuyên nghiệp hướng dẫn, kiểm tra việc mở lớp kỹ năng số tại các Trung tâm GDNN-GDTX; tổng hợp số lớp, số học viên theo từng quý.",
"5. Chế độ báo cáo",
"Các đơn vị báo cáo sơ kết học kỳ I trước ngày 10/01/2027 và báo cáo tổng kết năm học trước ngày 05/6/2027 trên hệ thống quản lý ngành và bằng văn bản về Sở. Đơn vị chậm báo cáo hoặc báo cáo không đầy đủ sẽ được nêu tên tại hội nghị tổng kết năm học.",
"Thông tin liên hệ: bà Kiều Bảo Ngọc, chuyên viên Phòng Giáo dục Trung học, điện thoại 0977 218 640, e-mail ngockb.sgddt@tienlangtay.edu.vn.",
"Sở GD&ĐT đề nghị Thủ trưởng các đơn vị quan tâm, triển khai thực hiện nghiêm túc các nội dung trên./.",
]

DOC2_TAIL = """
Nơi nhận:                                      KT. GIÁM ĐỐC
- Như trên;                                    PHÓ GIÁM ĐỐC
- UBND tỉnh (b/c);
- Sở KH&CN (p/h);                                (Đã ký)
- Giám đốc, các PGĐ Sở;
- Lưu: VT, GDTrH.                              Tạ Minh Cường
"""

# ---------------------------------------------------------------- DOC3 (pdf)
DOC3 = r"""2C:UBND HUYỆN NGÒI DƯƠNG|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
2C:Số: 1874/QĐ-UBND|Độc lập - Tự do - Hạnh phúc
R:Ngòi Dương, ngày 20 tháng 4 năm 2026
C:QUYẾT ĐỊNH
C:Về việc ban hành Kế hoạch tổ chức Hội thi Sáng tạo kỹ thuật và Ý tưởng số huyện Ngòi Dương lần thứ III, năm 2026
C:CHỦ TỊCH UBND HUYỆN NGÒI DƯƠNG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
Căn cứ Kế hoạch số 63/KH-UBND ngày 12/3/2026 của UBND tỉnh Tiên Lãng Tây về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Tiên Lãng Tây năm 2026;
Căn cứ Kế hoạch số 37/KH-UBND ngày 08/4/2026 của UBND huyện triển khai Kế hoạch số 63/KH-UBND của UBND tỉnh trên địa bàn huyện;
Theo đề nghị của Trưởng phòng Kinh tế và Hạ tầng huyện tại Tờ trình số 55/TTr-KTHT ngày 15/4/2026.
C:QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổ chức Hội thi Sáng tạo kỹ thuật và Ý tưởng số huyện Ngòi Dương lần thứ III, năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng HĐND và UBND huyện; Trưởng các phòng: Kinh tế và Hạ tầng, Giáo dục và Đào tạo, Tài chính - Kế hoạch, Văn hóa - Thông tin; Giám đốc Trung tâm Văn hóa, Thông tin và Thể thao huyện; Chủ tịch UBND các xã, thị trấn và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.
S:Nơi nhận:
S:- Như Điều 3;
S:- Sở Khoa học và Công nghệ (b/c);
S:- TT Huyện ủy, TT HĐND huyện (b/c);
S:- Chủ tịch, các PCT UBND huyện;
S:- Lưu: VT, KTHT.
C:KT. CHỦ TỊCH
C:PHÓ CHỦ TỊCH
C:(Đã ký)
C:Đàm Thị Huyền Trang
P:
2C:UBND HUYỆN NGÒI DƯƠNG|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
2C: |Độc lập - Tự do - Hạnh phúc
C:KẾ HOẠCH
C:Tổ chức Hội thi Sáng tạo kỹ thuật và Ý tưởng số huyện Ngòi Dương lần thứ III, năm 2026
C:(Ban hành kèm theo Quyết định số 1874/QĐ-UBND ngày 20/4/2026 của Chủ tịch UBND huyện Ngòi Dương)
H:I. MỤC ĐÍCH, YÊU CẦU
1. Khơi dậy tinh thần sáng tạo, phát hiện và tôn vinh các giải pháp kỹ thuật, ý tưởng ứng dụng công nghệ số có khả năng áp dụng vào sản xuất, đời sống trên địa bàn huyện.
2. Hội thi được tổ chức công khai, khách quan, tiết kiệm; các giải pháp đoạt giải được hỗ trợ hoàn thiện và giới thiệu tham dự Hội thi Sáng tạo kỹ thuật tỉnh Tiên Lãng Tây năm 2027.
H:II. ĐỐI TƯỢNG VÀ LĨNH VỰC DỰ THI
1. Đối tượng: cá nhân, nhóm tác giả (không quá 05 người) đang sinh sống, học tập, làm việc trên địa bàn huyện, gồm học sinh THCS, THPT, đoàn viên thanh niên, hội viên nông dân, giáo viên, cán bộ, công chức, viên chức và người lao động trong các doanh nghiệp, hợp tác xã.
2. Lĩnh vực dự thi: (1) Nông nghiệp, chế biến nông sản và bảo vệ môi trường; (2) Ứng dụng công nghệ số trong quản lý, dịch vụ công và du lịch; (3) Giáo dục, y tế và chăm sóc sức khỏe cộng đồng; (4) Cơ khí, tự động hóa và tiết kiệm năng lượng.
3. Mỗi giải pháp chỉ được dự thi ở một lĩnh vực; giải pháp từng đạt giải tại các hội thi khác từ cấp huyện trở lên không được tham dự.
H:III. HỒ SƠ, THỜI GIAN VÀ ĐỊA ĐIỂM
1. Hồ sơ dự thi gồm: phiếu đăng ký (theo mẫu), bản mô tả giải pháp không quá 10 trang, hình ảnh hoặc video minh họa (nếu có), mô hình hoặc sản phẩm mẫu (nếu có).
2. Nhận hồ sơ từ ngày 04/5/2026 đến 17 giờ 00 ngày 31/7/2026 tại Phòng Kinh tế và Hạ tầng huyện (phòng 204, tầng 2, nhà B, trụ sở UBND huyện, số 18 đường Bờ Sông, thị trấn Chợ Vạc) hoặc gửi bản điện tử qua địa chỉ hoithisangtao@ngoiduong.tienlangtay.gov.vn.
3. Chấm sơ khảo từ ngày 10/8 đến ngày 20/8/2026; chấm chung khảo, trưng bày sản phẩm và trao giải vào ngày 15/9/2026 tại Nhà Văn hóa huyện Ngòi Dương.
H:IV. BAN TỔ CHỨC, BAN GIÁM KHẢO
Ban Tổ chức gồm 09 thành viên do đồng chí Phó Chủ tịch UBND huyện phụ trách khối văn hóa - xã hội làm Trưởng ban, Trưởng phòng Kinh tế và Hạ tầng làm Phó Trưởng ban thường trực. Ban Giám khảo gồm 07 thành viên là chuyên gia của Sở Khoa học và Công nghệ, Trường Cao đẳng Kỹ thuật Tiên Lãng Tây và các phòng chuyên môn của huyện. Quyết định thành lập Ban Tổ chức, Ban Giám khảo ban hành trước ngày 30/5/2026.
H:V. CƠ CẤU GIẢI THƯỞNG VÀ KINH PHÍ
1. Cơ cấu giải thưởng:
- 01 giải Nhất: 10.000.000 đồng;
- 02 giải Nhì, mỗi giải 6.000.000 đồng;
- 03 giải Ba, mỗi giải 4.000.000 đồng;
- 05 giải Khuyến khích, mỗi giải 1.500.000 đồng.
Ngoài ra, Ban Tổ chức trao 01 giải "Ý tưởng số triển vọng" dành riêng cho tác giả là học sinh, trị giá 3.000.000 đồng.
2. Kinh phí tổ chức Hội thi: 72.000.000 đồng (bảy mươi hai triệu đồng) từ ngân sách huyện năm 2026 giao Phòng Kinh tế và Hạ tầng quản lý, trong đó kinh phí giải thưởng 44.500.000 đồng.
H:VI. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế và Hạ tầng: là cơ quan thường trực Hội thi; tham mưu thành lập Ban Tổ chức, Ban Giám khảo; ban hành thể lệ, mẫu hồ sơ trước ngày 02/5/2026; tiếp nhận hồ sơ, tổng hợp kết quả, báo cáo Chủ tịch UBND huyện trước ngày 30/9/2026.
2. Phòng Giáo dục và Đào tạo: hướng dẫn các trường THCS trên địa bàn huyện vận động học sinh, giáo viên tham gia; mỗi trường THCS có ít nhất 01 giải pháp dự thi.
3. Phòng Tài chính - Kế hoạch: thẩm định dự toán, cấp kinh phí tổ chức Hội thi; hướng dẫn thanh quyết toán theo quy định.
4. Phòng Văn hóa - Thông tin, Trung tâm Văn hóa, Thông tin và Thể thao huyện: phối hợp tuyên truyền về Hội thi trên trang thông tin điện tử huyện, hệ thống truyền thanh cơ sở; đưa tin về lễ trao giải.
5. UBND các xã, thị trấn: phổ biến thể lệ đến thôn, khu phố, hợp tác xã; mỗi xã, thị trấn giới thiệu ít nhất 02 giải pháp tham gia Hội thi, gửi về Phòng Kinh tế và Hạ tầng trước ngày 15/7/2026.
6. Đề nghị Mặt trận Tổ quốc Việt Nam huyện, Huyện đoàn, Hội Nông dân huyện, Hội Liên hiệp Phụ nữ huyện vận động đoàn viên, hội viên tham gia Hội thi; phối hợp giới thiệu các mô hình, sáng kiến tiêu biểu.
Mọi thông tin chi tiết xin liên hệ: ông Ngô Hữu Tài, Phó Trưởng phòng Kinh tế và Hạ tầng huyện, điện thoại 0968 305 112./.
"""

# ---------------------------------------------------------------- DOC4 (md)
DOC4 = """HUYỆN ỦY NGÒI DƯƠNG
BAN TUYÊN GIÁO VÀ DÂN VẬN
Số 58-BC/BTGDVHU

ĐẢNG CỘNG SẢN VIỆT NAM
*Ngòi Dương, ngày 08 tháng 7 năm 2026*

# BÁO CÁO

## Kết quả công tác khoa giáo 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2026

### I. KẾT QUẢ THỰC HIỆN

**1. Công tác lãnh đạo, quán triệt**

Ngày 20/01/2026, Ban Thường vụ Huyện ủy Ngòi Dương ban hành Kế hoạch số 112-KH/HU thực hiện Chương trình hành động số 29-CTr/TU của Tỉnh ủy về phát triển khoa học, công nghệ và chuyển đổi số. Ban Tuyên giáo và Dân vận Huyện ủy phối hợp tổ chức 14 hội nghị quán triệt, học tập cho 1.260 lượt cán bộ, đảng viên; 100% chi, đảng bộ cơ sở (38/38) xây dựng kế hoạch hoặc chương trình thực hiện sát với tình hình địa phương.

**2. Công tác tuyên truyền**

Phát hành 3.500 tờ gấp "Người dân với chuyển đổi số" và 6 số Bản tin sinh hoạt chi bộ có chuyên mục khoa giáo. Trung tâm Văn hóa, Thông tin và Thể thao huyện (Trung tâm VH,TT&TT) phát sóng 48 tin, bài, phóng sự; trang thông tin điện tử huyện đăng 62 tin, bài. Trang mạng xã hội "Ngòi Dương số" do Huyện đoàn quản trị đạt 11.400 lượt theo dõi. Đội ngũ 27 báo cáo viên cấp huyện được cung cấp tài liệu định hướng hằng tháng.

**3. Phổ cập kỹ năng số và hoạt động của tổ công nghệ số cộng đồng (CNSCĐ)**

Toàn huyện hiện có 42 tổ công nghệ số cộng đồng với 219 thành viên; kết quả cụ thể từng đơn vị như sau (số liệu đến ngày 30/6/2026):

| Đơn vị | Số tổ CNSCĐ | Số thành viên | Lượt người được hướng dẫn kỹ năng số | Tỷ lệ hồ sơ TTHC nộp trực tuyến (%) |
|---|---|---|---|---|
| Thị trấn Chợ Vạc | 9 | 54 | 2.130 | 78,5 |
| Xã Rú Chè | 7 | 35 | 1.045 | 61,2 |
| Xã Đầm Lác | 7 | 33 | 980 | 58,7 |
| Xã Vực Trúc | 8 | 41 | 1.212 | 64,0 |
| Xã Lò Vôi | 6 | 30 | 736 | 49,3 |
| Xã Gềnh Sỏi | 5 | 26 | 604 | 46,8 |
| Tổng cộng | 42 | 219 | 6.707 | 59,8 (bình quân) |

**4. Giáo dục STEM và phong trào sáng tạo**

Trên địa bàn huyện có 04 trường THCS có phòng học STEM (THCS Chợ Vạc, THCS Rú Chè, THCS Vực Trúc, THCS Lò Vôi). Hội thi Sáng tạo kỹ thuật và Ý tưởng số huyện Ngòi Dương lần thứ III được phát động theo Quyết định số 1874/QĐ-UBND ngày 20/4/2026 của Chủ tịch UBND huyện; đến ngày 30/6/2026 Ban Tổ chức nhận được 23 hồ sơ dự thi.

**5. Hạn chế, nguyên nhân**

Tỷ lệ hồ sơ nộp trực tuyến ở xã Gềnh Sỏi, xã Lò Vôi còn dưới 50%; còn 11 thôn chưa có sóng 4G ổn định, chủ yếu ở xã Gềnh Sỏi; kinh phí hoạt động của tổ công nghệ số cộng đồng chưa được bố trí thường xuyên; một số cấp ủy cơ sở chưa quan tâm đúng mức đến công tác khoa giáo.

### II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026

1. Ban Tuyên giáo và Dân vận Huyện ủy tham mưu Ban Thường vụ Huyện ủy sơ kết 1 năm thực hiện Chương trình hành động số 29-CTr/TU trước ngày 15/12/2026; biên soạn tài liệu hỏi - đáp về chuyển đổi số cho báo cáo viên, tuyên truyền viên.
2. Đề nghị Đảng ủy các xã, thị trấn đưa chỉ tiêu phổ cập kỹ năng số vào nghị quyết chuyên đề; phấn đấu đến ngày 31/12/2026 tỷ lệ hồ sơ trực tuyến của mỗi xã đạt từ 65% trở lên.
3. Đề nghị UBND huyện giao Phòng Văn hóa - Thông tin bố trí 150 triệu đồng hỗ trợ hoạt động của 42 tổ công nghệ số cộng đồng; ưu tiên đề xuất doanh nghiệp viễn thông lắp trạm phát sóng tại xã Gềnh Sỏi.
4. Trung tâm VH,TT&TT huyện duy trì chuyên mục "Ngòi Dương chuyển đổi số" phát sóng vào 19 giờ thứ Năm hằng tuần trên hệ thống truyền thanh.
5. Huyện đoàn chủ trì tổ chức chiến dịch "Tháng Mười số" (từ 01/10 đến 31/10/2026) với 300 đoàn viên tình nguyện hướng dẫn người dân cài đặt, sử dụng VNeID và thanh toán không dùng tiền mặt.

### III. ĐỀ XUẤT, KIẾN NGHỊ

Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức lớp tập huấn kỹ năng truyền thông số cho đội ngũ báo cáo viên cấp huyện; cung cấp bộ tài liệu tuyên truyền về Chương trình hành động số 29-CTr/TU bằng tiếng dân tộc thiểu số.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c),
- Thường trực Huyện ủy (b/c),
- Các đảng ủy trực thuộc,
- Lưu Văn phòng Ban.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
(Đã ký)
Bế Thanh Loan
"""

# ---------------------------------------------------------------- DOC5 (txt, two-column header, md table)
DOC5 = """UBND HUYỆN NGÒI DƯƠNG             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
   UBND XÃ ĐẦM LÁC                       Độc lập - Tự do - Hạnh phúc
   ---------                                 ---------------
Số: 41/TB-UBND                       Đầm Lác, ngày 14 tháng 8 năm 2026

                              THÔNG BÁO
   Kết luận của Chủ tịch UBND xã tại cuộc họp triển khai phong trào
   "Bình dân học vụ số" và mở lớp phổ cập kỹ năng số cho người dân năm 2026

Ngày 12/8/2026, tại Hội trường UBND xã Đầm Lác, đồng chí Phạm Duy Khiêm, Chủ tịch UBND xã chủ trì cuộc họp triển khai phong trào "Bình dân học vụ số" trên địa bàn xã. Tham dự cuộc họp có đồng chí Nguyễn Thu Hằng, Phó Chủ tịch UBND xã; đại diện Mặt trận Tổ quốc và các đoàn thể xã; công chức Văn hóa - Xã hội; Hiệu trưởng Trường THCS Đầm Lác; đại diện Bưu điện văn hóa xã và trưởng 7 thôn. Sau khi nghe công chức Văn hóa - Xã hội báo cáo tình hình và ý kiến của các đại biểu, Chủ tịch UBND xã kết luận như sau:

1. Đánh giá chung

Thực hiện Kế hoạch số 37/KH-UBND của UBND huyện Ngòi Dương, thời gian qua xã thành lập 7 tổ công nghệ số cộng đồng với 33 thành viên, hướng dẫn 980 lượt người dân sử dụng dịch vụ công trực tuyến. Tuy nhiên, tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến mới đạt 58,7%, thấp hơn bình quân chung của huyện; toàn xã còn khoảng 1.150 người từ 15 tuổi trở lên chưa biết sử dụng điện thoại thông minh, tập trung ở thôn Eo Ông, thôn Vạt Lúa và thôn Ngòi Cả. Mục tiêu đến ngày 31/12/2026 tỷ lệ hồ sơ nộp trực tuyến của xã đạt từ 65% trở lên.

2. Nhiệm vụ trong thời gian tới

2.1. Giao công chức Văn hóa - Xã hội chủ trì, phối hợp với Đoàn TNCS Hồ Chí Minh xã và các thôn lập danh sách người dân có nhu cầu học, hoàn thành trước ngày 25/8/2026; tham mưu Kế hoạch mở lớp, trình Chủ tịch UBND xã ký ban hành trước ngày 28/8/2026.

2.2. Đề nghị Đoàn TNCS Hồ Chí Minh xã thành lập đội "Thanh niên tình nguyện số" gồm ít nhất 20 đoàn viên, hỗ trợ giảng dạy tại các lớp và hướng dẫn người dân tại nhà vào các buổi tối thứ Bảy.

2.3. Trường THCS Đầm Lác bố trí phòng máy tính (25 máy) và 02 giáo viên Tin học tham gia giảng dạy các lớp tập trung vào ngày nghỉ cuối tuần; bảo đảm an toàn phòng máy, điện và mạng Internet.

2.4. Bưu điện văn hóa xã hỗ trợ người dân cài đặt VNeID mức độ 2, mở tài khoản thanh toán; duy trì 01 điểm truy cập Internet miễn phí trong giờ hành chính.

2.5. Đề nghị Mặt trận Tổ quốc Việt Nam xã, Hội Nông dân, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh xã tuyên truyền, vận động hội viên tham gia lớp học; mỗi tổ chức vận động ít nhất 30 hội viên.

2.6. Trưởng các thôn thông báo lịch học trên loa truyền thanh và nhóm Zalo của thôn ít nhất 02 lần/tuần; bố trí nhà văn hóa thôn làm điểm học khi có yêu cầu.

2.7. Giao công chức Tài chính - Kế toán tham mưu bố trí 45 triệu đồng từ ngân sách xã năm 2026 để in tài liệu, hỗ trợ giảng viên, học viên theo quy định.

3. Lịch mở lớp đợt 1

| Lớp | Thời gian | Địa điểm | Đối tượng | Phụ trách |
|---|---|---|---|---|
| Lớp 1 | 7h30 - 10h30 thứ Bảy, Chủ nhật, từ 05/9 đến 27/9/2026 | Phòng máy Trường THCS Đầm Lác | Cán bộ thôn, hội viên Phụ nữ | Bà Vương Thị Mai Anh |
| Lớp 2 | 14h00 - 17h00 thứ Bảy, Chủ nhật, từ 05/9 đến 27/9/2026 | Phòng máy Trường THCS Đầm Lác | Hội viên Nông dân, Cựu chiến binh | Thầy Lã Đức Toàn (giáo viên Tin học) |
| Lớp 3 | 19h00 - 21h00 tối thứ Ba, thứ Năm, từ 08/9 đến 08/10/2026 | Nhà văn hóa thôn Eo Ông | Người cao tuổi, lao động tự do | Đoàn TNCS Hồ Chí Minh xã |
| Lớp 4 | 19h00 - 21h00 tối thứ Tư, thứ Sáu, từ 09/9 đến 09/10/2026 | Nhà văn hóa thôn Vạt Lúa | Người dân thôn Vạt Lúa, thôn Ngòi Cả | Đoàn TNCS Hồ Chí Minh xã |

Mỗi lớp không quá 30 học viên; học viên được phát tài liệu miễn phí; hoàn thành khóa học được cấp giấy chứng nhận của UBND xã.

4. Thông tin liên hệ: bà Vương Thị Mai Anh, công chức Văn hóa - Xã hội, điện thoại 0915 602 778.

UBND xã thông báo để các cơ quan, đơn vị, thôn biết, thực hiện./.

Nơi nhận:                                   TL. CHỦ TỊCH
- TT Đảng ủy, HĐND xã;                       CÔNG CHỨC
- Chủ tịch, PCT UBND xã;                VĂN PHÒNG - THỐNG KÊ
- MTTQ và các đoàn thể xã;
- Trường THCS Đầm Lác;                          (Đã ký)
- Bưu điện văn hóa xã;
- Các thôn;                                   Lục Văn Thắm
- Lưu: VT.
"""


# ====================================================================== questions
D1 = "qu01_kh_cds_tinh.docx"
D2 = "qu02_cv_stem_sgd.txt"
D3 = "qu03_qd_hoithi_huyen.pdf"
D4 = "qu04_bc_khoagiao_huyen.md"
D5 = "qu05_tb_ketluan_xa.txt"

# (label, question, kind, evidence[(src, quote)], keywords, extra) ; evidence [] => unanswerable
B1 = [
 ("a1", "Theo kế hoạch của tỉnh năm 2026, tỷ lệ dịch vụ công trực tuyến toàn trình phải đạt bao nhiêu?", "factoid",
  [(D1, "Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đủ điều kiện đạt 85%")], ["85%"], {}),
 ("a2", "Còn phổ cập kỹ năng số cho người dân thì chỉ tiêu mấy phần trăm?", "follow-up",
  [(D1, "70% người dân từ 15 tuổi trở lên được phổ cập kỹ năng số cơ bản")], ["70%"], {"history": ["a1"]}),
 ("a3", "KH 63 của UBND tỉnh tổng kinh phí năm 2026 là bao nhiêu?", "abbreviation",
  [(D1, "Tổng kinh phí thực hiện Kế hoạch năm 2026 dự kiến là 38,6 tỷ đồng")], ["38,6 tỷ đồng"], {}),
 ("a4", "Trong đó xã hội hóa được bao nhiêu?", "follow-up",
  [(D1, "nguồn xã hội hóa và các nguồn hợp pháp khác 7,4 tỷ đồng")], ["7,4 tỷ đồng"], {"history": ["a3"]}),
 ("a5", "Thế còn kinh phí năm 2027 thì dự kiến bao nhiêu?", "follow-up", [], [], {"history": ["a3"]}),
 ("a6", "Sở KH&CN phải làm những gì theo kế hoạch 63 của tỉnh?", "who-what",
  [(D1, "Sở Khoa học và Công nghệ là cơ quan thường trực, có trách nhiệm hướng dẫn, theo dõi, kiểm tra việc thực hiện Kế hoạch")],
  ["cơ quan thường trực"], {"actors": ["Sở Khoa học và Công nghệ"]}),
 ("a7", "Đơn vị nào chủ trì việc gắn mã truy xuất nguồn gốc cho sản phẩm OCOP, hạn khi nào xong?", "who-what",
  [(D1, "Gắn mã truy xuất nguồn gốc điện tử cho 30 sản phẩm OCOP"), (D1, "Sở Nông nghiệp và Môi trường"), (D1, "Trước ngày 30/9/2026")],
  ["Sở Nông nghiệp và Môi trường", "30/9/2026"], {"actors": ["Sở Nông nghiệp và Môi trường"]}),
 ("a8", "so truong THCS co phong hoc STEM dat chuan theo chi tieu cua tinh nam 2026 la bao nhieu", "no-diacritics",
  [(D1, "Ít nhất 40 trường trung học cơ sở có phòng học STEM đạt chuẩn")], ["40"], {}),
 ("a9", "Kế hoạch phát triển KH&CN, đổi mới sáng tạo và chuyển đổi số năm 2026 của tỉnh do ai ký?", "metadata",
  [(D1, "PHÓ CHỦ TỊCH (Đã ký) Vương Minh Hải")], ["Vương Minh Hải"], {}),
 ("a10", "Kế hoạch 63/KH-UBND được ban hành ngày nào?", "metadata",
  [(D1, "Tiên Lãng Tây, ngày 12 tháng 3 năm 2026")], ["12 tháng 3 năm 2026"], {}),
 ("a11", "KH 63 căn cứ vào chương trình hành động nào của Tỉnh ủy?", "abbreviation",
  [(D1, "Căn cứ Chương trình hành động số 29-CTr/TU ngày 05/02/2026 của Tỉnh ủy Tiên Lãng Tây")], ["29-CTr/TU"], {}),
 ("a12", "Ngày hội Đổi mới sáng tạo của tỉnh năm nay tổ chức khi nào, ở đâu?", "factoid",
  [(D1, "Ngày hội Đổi mới sáng tạo tỉnh Tiên Lãng Tây năm 2026 trong tháng 10/2026 tại Trung tâm Hội nghị tỉnh")],
  ["tháng 10/2026", "Trung tâm Hội nghị tỉnh"], {}),
 ("a14", "UBND các huyện, thị xã phải làm gì theo kế hoạch này và hạn khi nào?", "who-what",
  [(D1, "UBND các huyện, thị xã xây dựng kế hoạch triển khai tại địa phương, hoàn thành trước ngày 15/4/2026")],
  ["15/4/2026"], {"actors": ["UBND các huyện, thị xã"]}),
 ("a15", "Công an tỉnh được giao nhiệm vụ gì trong KH CĐS năm 2026?", "who-what",
  [(D1, "Công an tỉnh chủ trì bảo đảm an ninh, an toàn hệ thống thông tin")], ["an ninh, an toàn hệ thống thông tin"],
  {"actors": ["Công an tỉnh"]}),
 ("a16", "Có vướng mắc khi thực hiện KH 63 thì liên hệ ai?", "abbreviation",
  [(D1, "đồng chí Đinh Công Lực, Phó Giám đốc Sở, điện thoại 0912 447 305")], ["Đinh Công Lực", "0912 447 305"], {}),
 ("a17", "chuyen muc Khoa hoc va Doi song phat song bao lau mot lan", "no-diacritics",
  [(D1, "mở chuyên mục \"Khoa học và Đời sống\" phát sóng hằng tuần")], ["hằng tuần"], {}),
 ("a18", "Kế hoạch 63 của tỉnh giao cho huyện Mạc Thượng bao nhiêu tổ công nghệ số cộng đồng thành lập mới?", "unanswerable", [], [], {}),
 ("a19", "Theo KH 63/KH-UBND, năm 2026 tỉnh phấn đấu có bao nhiêu sản phẩm OCOP đạt 5 sao?", "unanswerable", [], [], {}),
 ("a20", "Kế hoạch 63 bố trí bao nhiêu tiền để xóa vùng lõm sóng ở huyện Mạc Thượng?", "unanswerable", [], [], {}),
 ("a21", "ke hoach 63 yeu cau xoa bao nhieu vung lom song o huyen Mac Thuong", "no-diacritics",
  [(D1, "xóa 17 \"vùng lõm\" sóng còn lại tại huyện Mạc Thượng")], ["17"], {}),
 ("a22", "Sở VH, TT và DL chủ trì những việc gì?", "who-what",
  [(D1, "Tổ chức phong trào \"Bình dân học vụ số\", phổ cập kỹ năng số cho người dân"),
   (D1, "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Tiên Lãng Tây")],
  ["Bình dân học vụ số"], {"actors": ["Sở Văn hóa, Thể thao và Du lịch"]}),
 ("a24", "ke hoach cua tinh co chi tieu ty le thanh toan khong dung tien mat bao nhieu phan tram khong", "unanswerable", [], [], {}),
]

B2 = [
 ("b1", "Công văn 512 của Sở GD&ĐT về việc gì?", "metadata",
  [(D2, "V/v triển khai giáo dục STEM và")], ["giáo dục STEM"], {}),
 ("b2", "CV 512/SGDĐT-GDTrH ký ngày bao nhiêu, ai ký?", "metadata",
  [(D2, "Tiên Lãng Tây, ngày 18 tháng 8 năm 2026")], ["18 tháng 8 năm 2026", "Tạ Minh Cường"], {}),
 ("b3", "mỗi khối lớp ở THCS phải dạy tối thiểu mấy bài học STEM một học kỳ?", "abbreviation",
  [(D2, "bảo đảm mỗi khối lớp thực hiện tối thiểu 04 bài học STEM trong mỗi học kỳ")], ["04 bài học STEM"], {}),
 ("b4", "Vậy Phòng GD&ĐT gửi kế hoạch về Sở hạn chót ngày nào?", "follow-up",
  [(D2, "gửi kế hoạch của Phòng về Sở (qua Phòng Giáo dục Trung học) trước ngày 25/9/2026")], ["25/9/2026"], {"history": ["b3"]}),
 ("b5", "Huyện Ngòi Dương được phân bổ mấy trường THCS trang bị phòng STEM năm 2026?", "factoid",
  [(D2, "trong đó huyện Ngòi Dương 05 trường, huyện Mạc Thượng 04 trường")], ["05 trường"], {}),
 ("b6", "Thế thị xã Sa Vĩ?", "follow-up",
  [(D2, "thị xã Sa Vĩ 04 trường")], ["04 trường"], {"history": ["b5"]}),
 ("b7", "Theo CV 512, huyện Trà Ổ được bổ sung mấy trường THCS có phòng học STEM?", "unanswerable", [], [], {}),
 ("b8", "Ngày hội STEM học sinh cấp tỉnh tổ chức khi nào, ở đâu?", "factoid",
  [(D2, "dự kiến tổ chức trong tháng 4/2027 tại Trường THPT chuyên Tiên Lãng Tây")], ["tháng 4/2027", "Trường THPT chuyên Tiên Lãng Tây"], {}),
 ("b9", "moi truong THPT duoc dang ky toi da bao nhieu san pham du ngay hoi STEM", "no-diacritics",
  [(D2, "mỗi trường đăng ký tối đa 03 sản phẩm trước ngày 28/02/2027")], ["03 sản phẩm"], {}),
 ("b10", "Trung tâm GDNN-GDTX phải làm gì theo công văn STEM của Sở?", "who-what",
  [(D2, "Mở các lớp kỹ năng số cơ bản cho người lớn tuổi, lao động nông thôn"),
   (D2, "mỗi trung tâm mở tối thiểu 06 lớp trong năm học, mỗi lớp không quá 35 học viên")], ["06 lớp"],
  {"actors": ["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên"]}),
 ("b11", "Còn các trường THPT thì phải làm gì?", "follow-up",
  [(D2, "Tổ chức ít nhất 02 hoạt động trải nghiệm STEM mỗi học kỳ")], ["02 hoạt động trải nghiệm STEM"],
  {"history": ["b10"], "actors": ["các trường trung học phổ thông"]}),
 ("b12", "Phòng Kế hoạch - Tài chính của Sở GD có trách nhiệm gì, kinh phí bao nhiêu?", "who-what",
  [(D2, "Phòng Kế hoạch - Tài chính tham mưu phân bổ kinh phí mua sắm thiết bị phòng học STEM"),
   (D2, "từ nguồn ngân sách tỉnh năm 2026 (8,45 tỷ đồng)")], ["8,45 tỷ đồng"], {"actors": ["Phòng Kế hoạch - Tài chính"]}),
 ("b13", "dot 1 boi duong giao vien cot can ve STEM to chuc ngay nao", "no-diacritics",
  [(D2, "đợt 1 từ ngày 06/10 đến 08/10/2026")], ["06/10", "08/10/2026"], {}),
 ("b14", "han bao cao so ket hoc ky I cho So la ngay nao", "no-diacritics",
  [(D2, "báo cáo sơ kết học kỳ I trước ngày 10/01/2027")], ["10/01/2027"], {}),
 ("b15", "Cần hỏi thêm về công văn STEM của Sở thì gọi ai?", "factoid",
  [(D2, "bà Kiều Bảo Ngọc, chuyên viên Phòng Giáo dục Trung học, điện thoại 0977 218 640")], ["Kiều Bảo Ngọc", "0977 218 640"], {}),
 ("b18", "Sở GD&ĐT hỗ trợ mỗi trường THCS bao nhiêu tiền để mua thiết bị phòng học STEM?", "unanswerable", [], [], {}),
 ("b19", "Công văn 513/SGDĐT-GDTrH của Sở hướng dẫn nội dung gì?", "unanswerable", [], [], {}),
 ("b20", "Giải nhất Ngày hội STEM học sinh cấp tỉnh được thưởng bao nhiêu tiền?", "unanswerable", [], [], {}),
 ("b21", "Phòng GD&ĐT huyện cần huy động những ai làm tình nguyện viên số?", "who-what",
  [(D2, "huy động giáo viên Tin học, học sinh lớp 8, lớp 9 tham gia làm \"tình nguyện viên số\"")], ["học sinh lớp 8, lớp 9"],
  {"actors": ["Phòng GD&ĐT các huyện, thị xã"]}),
 ("b22", "Ngày hội STEM cấp tỉnh năm 2026 tổ chức vào tháng mấy?", "unanswerable", [], [], {}),
]

B3 = [
 ("c1", "QĐ 1874/QĐ-UBND do ai ký, ký ngày nào?", "metadata",
  [(D3, "Ngòi Dương, ngày 20 tháng 4 năm 2026")], ["20 tháng 4 năm 2026", "Đàm Thị Huyền Trang"], {}),
 ("c2", "Hạn cuối nộp hồ sơ Hội thi sáng tạo kỹ thuật huyện Ngòi Dương là khi nào?", "factoid",
  [(D3, "Nhận hồ sơ từ ngày 04/5/2026 đến 17 giờ 00 ngày 31/7/2026")], ["31/7/2026"], {}),
 ("c3", "Nộp ở đâu?", "follow-up",
  [(D3, "tại Phòng Kinh tế và Hạ tầng huyện (phòng 204, tầng 2, nhà B, trụ sở UBND huyện")], ["phòng 204"], {"history": ["c2"]}),
 ("c4", "Giải nhất hội thi sáng tạo của huyện được bao nhiêu tiền?", "factoid",
  [(D3, "01 giải Nhất: 10.000.000 đồng")], ["10.000.000 đồng"], {}),
 ("c5", "Còn giải ba thì sao, có mấy giải?", "follow-up",
  [(D3, "03 giải Ba, mỗi giải 4.000.000 đồng")], ["03 giải Ba", "4.000.000 đồng"], {"history": ["c4"]}),
 ("c6", "Vậy giải đặc biệt trị giá bao nhiêu?", "follow-up", [], [], {"history": ["c4"]}),
 ("c7", "tong kinh phi to chuc hoi thi sang tao ky thuat huyen Ngoi Duong nam 2026", "no-diacritics",
  [(D3, "Kinh phí tổ chức Hội thi: 72.000.000 đồng")], ["72.000.000 đồng"], {}),
 ("c8", "Hội thi có những lĩnh vực dự thi nào?", "list",
  [(D3, "(1) Nông nghiệp, chế biến nông sản và bảo vệ môi trường"), (D3, "(2) Ứng dụng công nghệ số trong quản lý, dịch vụ công và du lịch"),
   (D3, "(3) Giáo dục, y tế và chăm sóc sức khỏe cộng đồng"), (D3, "(4) Cơ khí, tự động hóa và tiết kiệm năng lượng")],
  ["Nông nghiệp", "Cơ khí"], {}),
 ("c9", "Phòng GD&ĐT huyện được giao nhiệm vụ gì trong hội thi?", "who-what",
  [(D3, "hướng dẫn các trường THCS trên địa bàn huyện vận động học sinh, giáo viên tham gia"),
   (D3, "mỗi trường THCS có ít nhất 01 giải pháp dự thi")], ["ít nhất 01 giải pháp"], {"actors": ["Phòng Giáo dục và Đào tạo"]}),
 ("c10", "Các xã, thị trấn phải giới thiệu mấy giải pháp, gửi trước ngày nào?", "who-what",
  [(D3, "mỗi xã, thị trấn giới thiệu ít nhất 02 giải pháp tham gia Hội thi, gửi về Phòng Kinh tế và Hạ tầng trước ngày 15/7/2026")],
  ["02 giải pháp", "15/7/2026"], {"actors": ["UBND các xã, thị trấn"]}),
 ("c11", "nhom tac gia du thi toi da may nguoi", "no-diacritics",
  [(D3, "nhóm tác giả (không quá 05 người)")], ["05 người"], {}),
 ("c12", "Lễ trao giải hội thi sáng tạo kỹ thuật tổ chức ngày nào, ở đâu?", "factoid",
  [(D3, "trao giải vào ngày 15/9/2026 tại Nhà Văn hóa huyện Ngòi Dương")], ["15/9/2026", "Nhà Văn hóa huyện Ngòi Dương"], {}),
 ("c13", "Thế còn chấm sơ khảo?", "follow-up",
  [(D3, "Chấm sơ khảo từ ngày 10/8 đến ngày 20/8/2026")], ["10/8", "20/8/2026"], {"history": ["c12"]}),
 ("c14", "QĐ 1874 căn cứ vào KH nào của huyện?", "abbreviation",
  [(D3, "Căn cứ Kế hoạch số 37/KH-UBND ngày 08/4/2026 của UBND huyện")], ["37/KH-UBND"], {}),
 ("c15", "Phòng Kinh tế và Hạ tầng huyện phải làm gì cho hội thi?", "who-what",
  [(D3, "là cơ quan thường trực Hội thi; tham mưu thành lập Ban Tổ chức, Ban Giám khảo"),
   (D3, "ban hành thể lệ, mẫu hồ sơ trước ngày 02/5/2026")], ["02/5/2026"], {"actors": ["Phòng Kinh tế và Hạ tầng"]}),
 ("c17", "giai Y tuong so trien vong danh cho ai, tri gia bao nhieu", "no-diacritics",
  [(D3, "giải \"Ý tưởng số triển vọng\" dành riêng cho tác giả là học sinh, trị giá 3.000.000 đồng")], ["học sinh", "3.000.000 đồng"], {}),
 ("c18", "Hội thi Sáng tạo kỹ thuật huyện Ngòi Dương lần thứ II có bao nhiêu giải pháp đoạt giải?", "unanswerable", [], [], {}),
 ("c19", "Lệ phí đăng ký dự thi Hội thi sáng tạo kỹ thuật huyện là bao nhiêu?", "unanswerable", [], [], {}),
 ("c20", "Giải pháp đoạt giải nhất của huyện được tỉnh hỗ trợ bao nhiêu tiền để hoàn thiện?", "unanswerable", [], [], {}),
 ("c21", "MTTQ và các đoàn thể huyện được đề nghị làm gì trong hội thi?", "who-what",
  [(D3, "vận động đoàn viên, hội viên tham gia Hội thi")], ["vận động đoàn viên, hội viên"],
  {"actors": ["Mặt trận Tổ quốc Việt Nam huyện, Huyện đoàn, Hội Nông dân huyện, Hội Liên hiệp Phụ nữ huyện"]}),
]

B4 = [
 ("d1", "Tỷ lệ hồ sơ nộp trực tuyến của xã Lò Vôi là bao nhiêu?", "factoid",
  [(D4, "Xã Lò Vôi | 6 | 30 | 736 | 49,3")], ["49,3"], {}),
 ("d2", "Còn xã Gềnh Sỏi?", "follow-up",
  [(D4, "Xã Gềnh Sỏi | 5 | 26 | 604 | 46,8")], ["46,8"], {"history": ["d1"]}),
 ("d3", "Toàn huyện Ngòi Dương có tất cả bao nhiêu tổ CNS cộng đồng, bao nhiêu thành viên?", "abbreviation",
  [(D4, "Toàn huyện hiện có 42 tổ công nghệ số cộng đồng với 219 thành viên")], ["42", "219"], {}),
 ("d4", "Báo cáo khoa giáo 6 tháng đầu năm 2026 của huyện Ngòi Dương do ai ký?", "metadata",
  [(D4, "PHÓ TRƯỞNG BAN (Đã ký) Bế Thanh Loan")], ["Bế Thanh Loan"], {}),
 ("d5", "Báo cáo kết quả công tác khoa giáo của Ban Tuyên giáo và Dân vận Huyện ủy Ngòi Dương số mấy, ngày nào?", "metadata",
  [(D4, "BAN TUYÊN GIÁO VÀ DÂN VẬN Số 58-BC/BTGDVHU"), (D4, "Ngòi Dương, ngày 08 tháng 7 năm 2026")],
  ["58-BC/BTGDVHU", "08 tháng 7 năm 2026"], {}),
 ("d7", "trang Ngoi Duong so co bao nhieu luot theo doi", "no-diacritics",
  [(D4, "đạt 11.400 lượt theo dõi")], ["11.400"], {}),
 ("d8", "Huyện đoàn Ngòi Dương được giao làm gì trong 6 tháng cuối năm?", "who-what",
  [(D4, "Huyện đoàn chủ trì tổ chức chiến dịch \"Tháng Mười số\" (từ 01/10 đến 31/10/2026) với 300 đoàn viên tình nguyện")],
  ["Tháng Mười số", "300 đoàn viên"], {"actors": ["Huyện đoàn"]}),
 ("d9", "Còn Trung tâm VH,TT&TT huyện?", "follow-up",
  [(D4, "duy trì chuyên mục \"Ngòi Dương chuyển đổi số\" phát sóng vào 19 giờ thứ Năm hằng tuần")],
  ["Ngòi Dương chuyển đổi số", "19 giờ thứ Năm"], {"history": ["d8"], "actors": ["Trung tâm VH,TT&TT huyện"]}),
 ("d10", "Đảng ủy các xã, thị trấn được đề nghị làm gì?", "who-what",
  [(D4, "đưa chỉ tiêu phổ cập kỹ năng số vào nghị quyết chuyên đề"),
   (D4, "tỷ lệ hồ sơ trực tuyến của mỗi xã đạt từ 65% trở lên")], ["65%"], {"actors": ["Đảng ủy các xã, thị trấn"]}),
 ("d11", "BC 58 kiến nghị gì với Ban TG&DV Tỉnh ủy?", "abbreviation",
  [(D4, "Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức lớp tập huấn kỹ năng truyền thông số cho đội ngũ báo cáo viên cấp huyện")],
  ["tập huấn kỹ năng truyền thông số"], {"actors": ["Ban Tuyên giáo và Dân vận Tỉnh ủy"]}),
 ("d12", "Tính tới 30/6/2026 hội thi sáng tạo kỹ thuật của huyện nhận được bao nhiêu hồ sơ?", "factoid",
  [(D4, "đến ngày 30/6/2026 Ban Tổ chức nhận được 23 hồ sơ dự thi")], ["23 hồ sơ"], {}),
 ("d13", "Những xã nào có tỷ lệ nộp hồ sơ trực tuyến dưới 50%?", "list",
  [(D4, "Tỷ lệ hồ sơ nộp trực tuyến ở xã Gềnh Sỏi, xã Lò Vôi còn dưới 50%")], ["Gềnh Sỏi", "Lò Vôi"], {}),
 ("d14", "Đề nghị UBND huyện bố trí bao nhiêu tiền cho các tổ công nghệ số cộng đồng?", "who-what",
  [(D4, "bố trí 150 triệu đồng hỗ trợ hoạt động của 42 tổ công nghệ số cộng đồng")], ["150 triệu đồng"],
  {"actors": ["UBND huyện", "Phòng Văn hóa - Thông tin"]}),
 ("d15", "bao nhieu chi, dang bo co so da xay dung ke hoach thuc hien chuong trinh 29", "no-diacritics",
  [(D4, "100% chi, đảng bộ cơ sở (38/38)")], ["38/38"], {}),
 ("d16", "trung tam van hoa huyen phat song bao nhieu tin bai 6 thang dau nam", "no-diacritics",
  [(D4, "phát sóng 48 tin, bài, phóng sự")], ["48"], {}),
 ("d17", "Xã Rú Chè có bao nhiêu người dân được cấp chứng chỉ kỹ năng số?", "unanswerable", [], [], {}),
 ("d18", "6 tháng đầu năm 2025 huyện phát hành bao nhiêu tờ gấp tuyên truyền chuyển đổi số?", "unanswerable", [], [], {}),
 ("d19", "Huyện Mạc Thượng hiện có bao nhiêu tổ công nghệ số cộng đồng?", "unanswerable", [], [], {}),
 ("d20", "Ban TG&DV Huyện ủy Ngòi Dương đề xuất bao nhiêu kinh phí để in tài liệu hỏi - đáp về CĐS?", "unanswerable", [], [], {}),
 ("d21", "Huyện có mấy trường THCS có phòng học STEM, là những trường nào?", "list",
  [(D4, "04 trường THCS có phòng học STEM (THCS Chợ Vạc, THCS Rú Chè, THCS Vực Trúc, THCS Lò Vôi)")], ["04 trường", "THCS Vực Trúc"], {}),
]

B5 = [
 ("e1", "TB 41/TB-UBND của xã Đầm Lác ban hành ngày nào, ai ký?", "metadata",
  [(D5, "Đầm Lác, ngày 14 tháng 8 năm 2026")], ["14 tháng 8 năm 2026", "Lục Văn Thắm"], {}),
 ("e2", "Cuộc họp triển khai Bình dân học vụ số ở xã Đầm Lác do ai chủ trì?", "factoid",
  [(D5, "đồng chí Phạm Duy Khiêm, Chủ tịch UBND xã chủ trì cuộc họp")], ["Phạm Duy Khiêm"], {}),
 ("e3", "Đoàn thanh niên xã Đầm Lác phải làm gì?", "who-what",
  [(D5, "thành lập đội \"Thanh niên tình nguyện số\" gồm ít nhất 20 đoàn viên")], ["20 đoàn viên"],
  {"actors": ["Đoàn TNCS Hồ Chí Minh xã"]}),
 ("e4", "Còn trường THCS thì sao?", "follow-up",
  [(D5, "Trường THCS Đầm Lác bố trí phòng máy tính (25 máy) và 02 giáo viên Tin học")], ["25 máy", "02 giáo viên Tin học"],
  {"history": ["e3"], "actors": ["Trường THCS Đầm Lác"]}),
 ("e5", "Thế bưu điện văn hóa xã?", "follow-up",
  [(D5, "Bưu điện văn hóa xã hỗ trợ người dân cài đặt VNeID mức độ 2")], ["VNeID mức độ 2"],
  {"history": ["e3"], "actors": ["Bưu điện văn hóa xã"]}),
 ("e6", "Danh sách người dân muốn học phải lập xong trước ngày nào?", "factoid",
  [(D5, "lập danh sách người dân có nhu cầu học, hoàn thành trước ngày 25/8/2026")], ["25/8/2026"], {}),
 ("e7", "lop 3 hoc o dau, vao toi nao", "no-diacritics",
  [(D5, "19h00 - 21h00 tối thứ Ba, thứ Năm, từ 08/9 đến 08/10/2026 | Nhà văn hóa thôn Eo Ông")],
  ["Nhà văn hóa thôn Eo Ông", "thứ Ba, thứ Năm"], {}),
 ("e8", "con lop 2 thi ai phu trach", "follow-up",
  [(D5, "Thầy Lã Đức Toàn (giáo viên Tin học)")], ["Lã Đức Toàn"], {"history": ["e7"]}),
 ("e9", "Mỗi lớp phổ cập kỹ năng số ở Đầm Lác nhận tối đa bao nhiêu học viên?", "factoid",
  [(D5, "Mỗi lớp không quá 30 học viên")], ["30 học viên"], {}),
 ("e11", "MTTQ và các hội ở xã Đầm Lác phải vận động ít nhất bao nhiêu hội viên đi học?", "who-what",
  [(D5, "mỗi tổ chức vận động ít nhất 30 hội viên")], ["30 hội viên"],
  {"actors": ["Mặt trận Tổ quốc Việt Nam xã, Hội Nông dân, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh xã"]}),
 ("e12", "Ở Đầm Lác còn bao nhiêu người từ 15 tuổi trở lên chưa biết dùng smartphone?", "factoid",
  [(D5, "khoảng 1.150 người từ 15 tuổi trở lên chưa biết sử dụng điện thoại thông minh")], ["1.150"], {}),
 ("e13", "Muốn đăng ký lớp kỹ năng số ở xã Đầm Lác thì gọi số nào?", "factoid",
  [(D5, "bà Vương Thị Mai Anh, công chức Văn hóa - Xã hội, điện thoại 0915 602 778")], ["0915 602 778"], {}),
 ("e14", "truong thon phai thong bao lich hoc may lan moi tuan", "no-diacritics",
  [(D5, "nhóm Zalo của thôn ít nhất 02 lần/tuần")], ["02 lần/tuần"], {"actors": ["Trưởng các thôn"]}),
 ("e15", "Học xong lớp kỹ năng số có được cấp giấy gì không?", "factoid",
  [(D5, "hoàn thành khóa học được cấp giấy chứng nhận của UBND xã")], ["giấy chứng nhận"], {}),
 ("e16", "Lớp 5 phổ cập kỹ năng số đợt 2 ở xã Đầm Lác khai giảng khi nào?", "unanswerable", [], [], {}),
 ("e17", "Học viên các lớp kỹ năng số ở Đầm Lác được hỗ trợ bao nhiêu tiền mỗi buổi học?", "unanswerable", [], [], {}),
 ("e18", "TB 42/TB-UBND của UBND xã Đầm Lác thông báo nội dung gì?", "unanswerable", [], [], {}),
 ("e19", "Công chức VH-XH xã được giao những việc gì, hạn thế nào?", "who-what",
  [(D5, "Giao công chức Văn hóa - Xã hội chủ trì, phối hợp với Đoàn TNCS Hồ Chí Minh xã và các thôn lập danh sách"),
   (D5, "trình Chủ tịch UBND xã ký ban hành trước ngày 28/8/2026")], ["25/8/2026", "28/8/2026"],
  {"actors": ["công chức Văn hóa - Xã hội"]}),
 ("e20", "xa Dam Lac co tat ca bao nhieu ho gia dinh", "unanswerable", [], [], {}),
 ("e21", "Phòng máy của Trường THCS Lò Vôi có bao nhiêu máy tính để dạy lớp kỹ năng số?", "unanswerable", [], [], {}),
]

BC = [
 ("f1", "Những văn bản nào có nhắc tới phong trào Bình dân học vụ số?", "corpus",
  [(D1, "phổ cập kỹ năng số cho người dân qua phong trào \"Bình dân học vụ số\""),
   (D2, "ứng dụng VNeID trong phong trào \"Bình dân học vụ số\""),
   (D5, "cuộc họp triển khai phong trào \"Bình dân học vụ số\" trên địa bàn xã")],
  ["63/KH-UBND", "512/SGDĐT-GDTrH", "41/TB-UBND"], {}),
 ("f2", "Trong bộ tài liệu có mấy văn bản do cấp huyện ban hành?", "corpus",
  [(D3, "Ngòi Dương, ngày 20 tháng 4 năm 2026"), (D4, "BAN TUYÊN GIÁO VÀ DÂN VẬN Số 58-BC/BTGDVHU")],
  ["1874/QĐ-UBND", "58-BC/BTGDVHU"], {}),
 ("f3", "Văn bản nào triển khai Kế hoạch 63/KH-UBND của tỉnh?", "corpus",
  [(D2, "Thực hiện Kế hoạch số 63/KH-UBND ngày 12/3/2026 của UBND tỉnh"),
   (D3, "Căn cứ Kế hoạch số 63/KH-UBND ngày 12/3/2026 của UBND tỉnh Tiên Lãng Tây")],
  ["512/SGDĐT-GDTrH", "1874/QĐ-UBND"], {}),
 ("f4", "Tỷ lệ nộp hồ sơ trực tuyến của xã Đầm Lác trong báo cáo của huyện và thông báo của xã có khớp nhau không?", "corpus",
  [(D4, "Xã Đầm Lác | 7 | 33 | 980 | 58,7"), (D5, "tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến mới đạt 58,7%")], ["58,7"], {}),
 ("f5", "van ban nao co lich mo lop pho cap ky nang so cho nguoi dan", "corpus",
  [(D5, "Lớp 1 | 7h30 - 10h30 thứ Bảy, Chủ nhật, từ 05/9 đến 27/9/2026")], ["41/TB-UBND"], {}),
 ("f6", "Chỉ tiêu 40 trường THCS có phòng học STEM nằm trong KH nào, và CV nào của Sở GD&ĐT cụ thể hóa?", "corpus",
  [(D1, "Ít nhất 40 trường trung học cơ sở có phòng học STEM đạt chuẩn"),
   (D2, "toàn tỉnh 13 trường bổ sung để đạt chỉ tiêu 40 trường")], ["63/KH-UBND", "512/SGDĐT-GDTrH"], {}),
 ("f7", "Có văn bản nào quy định mức thù lao hằng tháng cho thành viên tổ công nghệ số cộng đồng không, bao nhiêu?", "unanswerable", [], [], {}),
 ("f8", "Chỉ thị của Tỉnh ủy Tiên Lãng Tây về chuyển đổi số năm 2026 là chỉ thị số mấy?", "unanswerable", [], [], {}),
 ("f9", "Biên bản họp Ban Giám khảo hội thi sáng tạo ngày 20/8/2026 kết luận những gì?", "unanswerable", [], [], {}),
]


WHO_WHAT = [
 {"id": "wqu01", "directive": "KH 63/KH-UBND", "source": D1, "actors": [
   {"name": "Sở Khoa học và Công nghệ", "role": "thường trực", "deadline": "trước ngày 20/6/2026",
    "task_quote": "Sở Khoa học và Công nghệ là cơ quan thường trực, có trách nhiệm hướng dẫn, theo dõi, kiểm tra việc thực hiện Kế hoạch"},
   {"name": "Sở Khoa học và Công nghệ", "role": "chủ trì", "deadline": "Trước ngày 30/6/2026",
    "task_quote": "Xây dựng và vận hành Nền tảng số hóa hồ sơ thủ tục hành chính dùng chung của tỉnh"},
   {"name": "Sở Khoa học và Công nghệ", "role": "chủ trì", "deadline": "trong tháng 10/2026",
    "task_quote": "chủ trì tổ chức Ngày hội Đổi mới sáng tạo tỉnh Tiên Lãng Tây năm 2026"},
   {"name": "Sở Giáo dục và Đào tạo", "role": "chủ trì", "deadline": "Trước ngày 31/12/2026",
    "task_quote": "Triển khai giáo dục STEM, trang bị phòng học STEM cho 40 trường THCS"},
   {"name": "Sở Văn hóa, Thể thao và Du lịch", "role": "chủ trì", "deadline": "Định kỳ hằng quý báo cáo kết quả",
    "task_quote": "Tổ chức phong trào \"Bình dân học vụ số\", phổ cập kỹ năng số cho người dân"},
   {"name": "Sở Công Thương", "role": "chủ trì", "deadline": "Tháng 11/2026",
    "task_quote": "Hỗ trợ doanh nghiệp nhỏ và vừa, hợp tác xã chuyển đổi số"},
   {"name": "Sở Nông nghiệp và Môi trường", "role": "chủ trì", "deadline": "Trước ngày 30/9/2026",
    "task_quote": "Gắn mã truy xuất nguồn gốc điện tử cho 30 sản phẩm OCOP"},
   {"name": "Sở Tài chính", "role": "chủ trì", "deadline": "Trước ngày 15/5/2026",
    "task_quote": "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2026"},
   {"name": "Công an tỉnh", "role": "chủ trì", "deadline": None,
    "task_quote": "Công an tỉnh chủ trì bảo đảm an ninh, an toàn hệ thống thông tin, phòng ngừa tấn công mạng"},
   {"name": "UBND các huyện, thị xã", "role": None, "deadline": "trước ngày 15/4/2026",
    "task_quote": "UBND các huyện, thị xã xây dựng kế hoạch triển khai tại địa phương, hoàn thành trước ngày 15/4/2026"},
   {"name": "Văn phòng UBND tỉnh", "role": "phối hợp", "deadline": "Trước ngày 30/6/2026",
    "task_quote": "Xây dựng và vận hành Nền tảng số hóa hồ sơ thủ tục hành chính dùng chung của tỉnh"},
   {"name": "Tỉnh đoàn", "role": "phối hợp", "deadline": "Định kỳ hằng quý báo cáo kết quả",
    "task_quote": "Tổ chức phong trào \"Bình dân học vụ số\", phổ cập kỹ năng số cho người dân"},
   {"name": "Hội Liên hiệp Phụ nữ tỉnh", "role": "phối hợp", "deadline": "Định kỳ hằng quý báo cáo kết quả",
    "task_quote": "Tổ chức phong trào \"Bình dân học vụ số\", phổ cập kỹ năng số cho người dân"},
   {"name": "Liên minh Hợp tác xã tỉnh", "role": "phối hợp", "deadline": "Tháng 11/2026",
    "task_quote": "Hỗ trợ doanh nghiệp nhỏ và vừa, hợp tác xã chuyển đổi số"},
   {"name": "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "role": "phối hợp", "deadline": "Tháng 10/2026",
    "task_quote": "Tổ chức Ngày hội Đổi mới sáng tạo tỉnh Tiên Lãng Tây năm 2026"},
   {"name": "Báo và Phát thanh, Truyền hình Tiên Lãng Tây", "role": "phối hợp", "deadline": None,
    "task_quote": "phối hợp với Báo và Phát thanh, Truyền hình Tiên Lãng Tây mở chuyên mục \"Khoa học và Đời sống\""},
   {"name": "Các sở, ban, ngành liên quan", "role": "phối hợp", "deadline": "Trước ngày 15/5/2026",
    "task_quote": "Thẩm định, bố trí kinh phí thực hiện Kế hoạch"},
   {"name": "Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", "role": None, "deadline": None,
    "task_quote": "tuyên truyền, vận động hội viên, đoàn viên tích cực tham gia học tập kỹ năng số, giám sát việc thực hiện Kế hoạch"},
  ], "intruders": ["Bộ Khoa học và Công nghệ", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh",
                   "Chủ tịch, các Phó Chủ tịch UBND tỉnh", "Vương Minh Hải", "Lưu: VT, KGVX", "Bộ Chính trị"]},
 {"id": "wqu02", "directive": "CV 512/SGDĐT-GDTrH", "source": D2, "actors": [
   {"name": "Phòng GD&ĐT các huyện, thị xã", "role": None, "deadline": "trước ngày 25/9/2026",
    "task_quote": "Hướng dẫn các trường trung học cơ sở (THCS) xây dựng kế hoạch giáo dục STEM của nhà trường"},
   {"name": "Phòng GD&ĐT các huyện, thị xã", "role": None, "deadline": "trước ngày 05/9/2026",
    "task_quote": "Rà soát, đề xuất danh sách trường THCS trang bị phòng học STEM năm 2026"},
   {"name": "Phòng GD&ĐT các huyện, thị xã", "role": None, "deadline": None,
    "task_quote": "huy động giáo viên Tin học, học sinh lớp 8, lớp 9 tham gia làm \"tình nguyện viên số\""},
   {"name": "các trường trung học phổ thông", "role": None, "deadline": "trước ngày 28/02/2027",
    "task_quote": "Tổ chức ít nhất 02 hoạt động trải nghiệm STEM mỗi học kỳ"},
   {"name": "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên", "role": None, "deadline": None,
    "task_quote": "Mở các lớp kỹ năng số cơ bản cho người lớn tuổi, lao động nông thôn theo nhu cầu của địa phương"},
   {"name": "Phòng Giáo dục Trung học", "role": "chủ trì", "deadline": "đợt 1 từ ngày 06/10 đến 08/10/2026",
    "task_quote": "Phòng Giáo dục Trung học chủ trì tổ chức 02 đợt bồi dưỡng giáo viên cốt cán về giáo dục STEM"},
   {"name": "Phòng Kế hoạch - Tài chính", "role": None, "deadline": None,
    "task_quote": "Phòng Kế hoạch - Tài chính tham mưu phân bổ kinh phí mua sắm thiết bị phòng học STEM"},
   {"name": "Phòng Giáo dục Thường xuyên - Chuyên nghiệp", "role": None, "deadline": None,
    "task_quote": "hướng dẫn, kiểm tra việc mở lớp kỹ năng số tại các Trung tâm GDNN-GDTX"},
  ], "intruders": ["Sở KH&CN", "UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở", "Tạ Minh Cường", "Lưu: VT, GDTrH", "Kiều Bảo Ngọc"]},
 {"id": "wqu03", "directive": "QĐ 1874/QĐ-UBND", "source": D3, "actors": [
   {"name": "Phòng Kinh tế và Hạ tầng", "role": "thường trực", "deadline": "trước ngày 02/5/2026",
    "task_quote": "là cơ quan thường trực Hội thi; tham mưu thành lập Ban Tổ chức, Ban Giám khảo"},
   {"name": "Phòng Giáo dục và Đào tạo", "role": None, "deadline": None,
    "task_quote": "hướng dẫn các trường THCS trên địa bàn huyện vận động học sinh, giáo viên tham gia"},
   {"name": "Phòng Tài chính - Kế hoạch", "role": None, "deadline": None,
    "task_quote": "thẩm định dự toán, cấp kinh phí tổ chức Hội thi; hướng dẫn thanh quyết toán theo quy định"},
   {"name": "Phòng Văn hóa - Thông tin, Trung tâm Văn hóa, Thông tin và Thể thao huyện", "role": "phối hợp", "deadline": None,
    "task_quote": "phối hợp tuyên truyền về Hội thi trên trang thông tin điện tử huyện, hệ thống truyền thanh cơ sở"},
   {"name": "UBND các xã, thị trấn", "role": None, "deadline": "trước ngày 15/7/2026",
    "task_quote": "mỗi xã, thị trấn giới thiệu ít nhất 02 giải pháp tham gia Hội thi"},
   {"name": "Mặt trận Tổ quốc Việt Nam huyện, Huyện đoàn, Hội Nông dân huyện, Hội Liên hiệp Phụ nữ huyện", "role": None, "deadline": None,
    "task_quote": "vận động đoàn viên, hội viên tham gia Hội thi; phối hợp giới thiệu các mô hình, sáng kiến tiêu biểu"},
  ], "intruders": ["TT Huyện ủy, TT HĐND huyện", "Đàm Thị Huyền Trang", "Lưu: VT, KTHT", "Ngô Hữu Tài",
                   "Chủ tịch, các PCT UBND huyện"]},
 {"id": "wqu04", "directive": "BC 58-BC/BTGDVHU", "source": D4, "actors": [
   {"name": "Ban Tuyên giáo và Dân vận Huyện ủy", "role": None, "deadline": "trước ngày 15/12/2026",
    "task_quote": "tham mưu Ban Thường vụ Huyện ủy sơ kết 1 năm thực hiện Chương trình hành động số 29-CTr/TU"},
   {"name": "Đảng ủy các xã, thị trấn", "role": None, "deadline": "đến ngày 31/12/2026",
    "task_quote": "đưa chỉ tiêu phổ cập kỹ năng số vào nghị quyết chuyên đề"},
   {"name": "UBND huyện", "role": None, "deadline": None,
    "task_quote": "Đề nghị UBND huyện giao Phòng Văn hóa - Thông tin bố trí 150 triệu đồng"},
   {"name": "Phòng Văn hóa - Thông tin", "role": None, "deadline": None,
    "task_quote": "bố trí 150 triệu đồng hỗ trợ hoạt động của 42 tổ công nghệ số cộng đồng"},
   {"name": "Trung tâm VH,TT&TT huyện", "role": None, "deadline": "19 giờ thứ Năm hằng tuần",
    "task_quote": "duy trì chuyên mục \"Ngòi Dương chuyển đổi số\" phát sóng vào 19 giờ thứ Năm hằng tuần"},
   {"name": "Huyện đoàn", "role": "chủ trì", "deadline": "từ 01/10 đến 31/10/2026",
    "task_quote": "Huyện đoàn chủ trì tổ chức chiến dịch \"Tháng Mười số\""},
   {"name": "Ban Tuyên giáo và Dân vận Tỉnh ủy", "role": None, "deadline": None,
    "task_quote": "tổ chức lớp tập huấn kỹ năng truyền thông số cho đội ngũ báo cáo viên cấp huyện"},
  ], "intruders": ["Thường trực Huyện ủy", "Bế Thanh Loan", "Lưu Văn phòng Ban"]},
 {"id": "wqu05", "directive": "TB 41/TB-UBND", "source": D5, "actors": [
   {"name": "công chức Văn hóa - Xã hội", "role": "chủ trì", "deadline": "trước ngày 25/8/2026",
    "task_quote": "lập danh sách người dân có nhu cầu học, hoàn thành trước ngày 25/8/2026"},
   {"name": "Đoàn TNCS Hồ Chí Minh xã", "role": None, "deadline": None,
    "task_quote": "thành lập đội \"Thanh niên tình nguyện số\" gồm ít nhất 20 đoàn viên"},
   {"name": "Trường THCS Đầm Lác", "role": None, "deadline": None,
    "task_quote": "Trường THCS Đầm Lác bố trí phòng máy tính (25 máy) và 02 giáo viên Tin học"},
   {"name": "Bưu điện văn hóa xã", "role": None, "deadline": None,
    "task_quote": "Bưu điện văn hóa xã hỗ trợ người dân cài đặt VNeID mức độ 2, mở tài khoản thanh toán"},
   {"name": "Mặt trận Tổ quốc Việt Nam xã, Hội Nông dân, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh xã", "role": None, "deadline": None,
    "task_quote": "tuyên truyền, vận động hội viên tham gia lớp học; mỗi tổ chức vận động ít nhất 30 hội viên"},
   {"name": "Trưởng các thôn", "role": None, "deadline": "ít nhất 02 lần/tuần",
    "task_quote": "thông báo lịch học trên loa truyền thanh và nhóm Zalo của thôn"},
   {"name": "công chức Tài chính - Kế toán", "role": None, "deadline": None,
    "task_quote": "tham mưu bố trí 45 triệu đồng từ ngân sách xã năm 2026"},
  ], "intruders": ["Phạm Duy Khiêm", "Lục Văn Thắm", "TT Đảng ủy, HĐND xã", "Lưu: VT", "Nguyễn Thu Hằng"]},
]


def write_all(here):
    import json, unicodedata
    nf = lambda s: unicodedata.normalize("NFC", s)
    blocks = [B1, B2, B3, B4, B5, BC]
    order = []
    idx = [0] * len(blocks)
    while any(idx[i] < len(b) for i, b in enumerate(blocks)):
        for i, b in enumerate(blocks):
            if idx[i] < len(b):
                order.append(b[idx[i]]); idx[i] += 1
    text_of = {}
    out = []
    for n, (lab, q, kind, ev, kw, extra) in enumerate(order, 1):
        text_of[lab] = nf(q)
        rec = {"id": "qu%03d" % n, "question": nf(q), "answerable": bool(ev), "kind": kind,
               "evidence": [{"source": s, "quote": nf(x)} for s, x in ev], "keywords": [nf(k) for k in kw]}
        if "history" in extra:
            rec["history"] = [text_of[h] for h in extra["history"]]
        if "actors" in extra:
            rec["actors"] = [nf(a) for a in extra["actors"]]
        out.append(rec)
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WHO_WHAT:
            f.write(nf(json.dumps(w, ensure_ascii=False)) + "\n")
    print("questions:", len(out), "who_what:", len(WHO_WHAT))


# ====================================================================== builder
import re, textwrap, unicodedata, copy
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
nfc = lambda s: unicodedata.normalize("NFC", s)


def build_docx(text, path):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2)
    numbering = doc.part.numbering_part.element
    # numId used by "List Number" style
    ln_style = doc.styles["List Number"]
    base_num = ln_style.element.pPr.numPr.numId.val
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(base_num):
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    next_id = [max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1]
    cur_num = [None]

    def new_num():
        nid = next_id[0]; next_id[0] += 1
        num = OxmlElement("w:num"); num.set(qn("w:numId"), str(nid))
        a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), abstract); num.append(a)
        ov = OxmlElement("w:lvlOverride"); ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride"); so.set(qn("w:val"), "1"); ov.append(so); num.append(ov)
        numbering.append(num)
        return nid

    table = None
    for line in text.strip("\n").split("\n"):
        line = nfc(line)
        if line.startswith("T:"):
            cells = [c.strip() for c in line[2:].split(" | ")]
            if table is None:
                table = doc.add_table(rows=0, cols=len(cells)); table.style = "Table Grid"
                hdr = True
            else:
                hdr = False
            row = table.add_row().cells
            for c, t in zip(row, cells):
                c.text = t
                if hdr:
                    for r in c.paragraphs[0].runs: r.bold = True
            continue
        table = None
        if line.startswith("C:"):
            p = doc.add_paragraph(); r = p.add_run(line[2:]); r.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif line.startswith("R:"):
            p = doc.add_paragraph(); r = p.add_run(line[2:]); r.italic = True
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif line.startswith("H:"):
            p = doc.add_paragraph(); r = p.add_run(line[2:]); r.bold = True
        elif line.startswith("NR:") or line.startswith("N:"):
            body = line.split(":", 1)[1]
            p = doc.add_paragraph(body, style="List Number")
            if line.startswith("NR:"):
                cur_num[0] = new_num()
            pPr = p._p.get_or_add_pPr()
            numPr = OxmlElement("w:numPr")
            il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
            ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(cur_num[0]))
            numPr.append(il); numPr.append(ni); pPr.append(numPr)
        elif line.startswith("B:"):
            doc.add_paragraph(line[2:], style="List Bullet")
        elif line.startswith("S:"):
            p = doc.add_paragraph(); r = p.add_run(line[2:]); r.font.size = Pt(11)
            if line[2:].startswith("Nơi nhận"): r.bold = True; r.italic = True
            p.paragraph_format.space_after = Pt(0)
        else:
            p = doc.add_paragraph(line)
            p.paragraph_format.first_line_indent = Cm(1)
    doc.save(path)


def build_pdf(text, path):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONTB)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    for line in text.strip("\n").split("\n"):
        line = nfc(line)
        if line.startswith("P:"):
            pdf.add_page(); continue
        if line.startswith("2C:"):
            left, right = line[3:].split("|")
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(W * 0.4, 6, left.strip(), align="C")
            pdf.cell(W * 0.6, 6, right.strip(), align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        if line.startswith("C:"):
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(W, 6, line[2:], align="C", new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("R:"):
            pdf.set_font("DejaVu", "", 10)
            pdf.cell(W, 7, line[2:], align="R", new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("H:"):
            pdf.ln(1); pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(W, 6, line[2:], align="L", new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("S:"):
            pdf.set_font("DejaVu", "B" if "Nơi nhận" in line else "", 9)
            pdf.multi_cell(W * 0.5, 4.5, line[2:], align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(W, 5.8, line, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
    pdf.output(path)
    return pdf.page_no()


def build_txt_wrapped(head, body, tail, path, width=72):
    out = [head.rstrip("\n"), ""]
    for para in body:
        out.append(textwrap.fill(para, width=width, break_long_words=False,
                                 break_on_hyphens=False))
    out.append(tail.rstrip("\n"))
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc("\n".join(out)) + "\n")


def write(path, s):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(s))


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(DOC1, os.path.join(CORPUS, "qu01_kh_cds_tinh.docx"))
    build_txt_wrapped(DOC2_HEAD, DOC2_BODY, DOC2_TAIL, os.path.join(CORPUS, "qu02_cv_stem_sgd.txt"))
    pages = build_pdf(DOC3, os.path.join(CORPUS, "qu03_qd_hoithi_huyen.pdf"))
    write(os.path.join(CORPUS, "qu04_bc_khoagiao_huyen.md"), DOC4)
    write(os.path.join(CORPUS, "qu05_tb_ketluan_xa.txt"), DOC5)
    print("built; pdf pages:", pages)
    write_all(HERE)


if __name__ == "__main__":
    main()
