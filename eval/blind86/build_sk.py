# -*- coding: utf-8 -*-
"""Nguồn văn bản của bộ blind86 (tỉnh Kỳ Hải giả định). Toàn bộ nội dung là hư cấu."""

# ---------------------------------------------------------------- sk01 (docx)
# Tiền tố dòng: H| tiêu đề giữa đậm, C| giữa thường, R| căn phải, P| đoạn thường,
# N| List Number (N!| = bắt đầu lại đánh số), B| List Bullet, T| dòng bảng.
SK01 = r"""
C|UBND HUYỆN MŨI NGHÊ
C|Số: 74/KH-UBND
H|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
C|Độc lập - Tự do - Hạnh phúc
R|Mũi Nghê, ngày 09 tháng 3 năm 2026
H|KẾ HOẠCH
H|Lắp đặt thiết bị giám sát hành trình (VMS) trên tàu cá giai đoạn 2026 - 2027 trên địa bàn huyện Mũi Nghê
P|Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
P|Căn cứ Nghị quyết số 19/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh Kỳ Hải quy định chính sách hỗ trợ lắp đặt thiết bị giám sát hành trình cho tàu cá trên địa bàn tỉnh;
P|Căn cứ Kế hoạch số 41/KH-UBND ngày 12/02/2026 của UBND tỉnh Kỳ Hải về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) và ứng dụng công nghệ số trong quản lý tàu cá năm 2026;
P|Xét đề nghị của Phòng Nông nghiệp và Môi trường huyện tại Tờ trình số 18/TTr-NNMT ngày 02/3/2026, UBND huyện Mũi Nghê ban hành Kế hoạch lắp đặt thiết bị giám sát hành trình trên tàu cá giai đoạn 2026 - 2027 như sau:
H|I. MỤC ĐÍCH, YÊU CẦU
N!|Bảo đảm 100% tàu cá có chiều dài lớn nhất từ 15 m trở lên đăng ký tại huyện lắp đặt và duy trì kết nối thiết bị giám sát hành trình 24/24 giờ khi hoạt động trên biển; mục tiêu đến hết năm 2027 có ít nhất 90% tàu cá dài từ 12 m đến dưới 15 m lắp đặt thiết bị.
N|Ứng dụng dữ liệu vệ tinh để quản lý hoạt động của tàu cá, hỗ trợ tìm kiếm cứu nạn trên biển, góp phần gỡ cảnh báo "thẻ vàng" của Ủy ban châu Âu (EC) đối với thủy sản Việt Nam.
N|Việc hỗ trợ phải đúng đối tượng, công khai, minh bạch; không để xảy ra tình trạng trục lợi chính sách hoặc lắp đặt thiết bị không đạt chuẩn kỹ thuật.
H|II. ĐỐI TƯỢNG, SỐ LƯỢNG VÀ MỨC HỖ TRỢ
P|1. Đối tượng hỗ trợ
B|Tàu cá có chiều dài lớn nhất từ 12 m đến dưới 15 m đăng ký tại huyện Mũi Nghê, có giấy phép khai thác thủy sản còn hiệu lực, chưa lắp đặt thiết bị giám sát hành trình.
B|Tàu cá dài từ 15 m trở lên có thiết bị đã sử dụng trên 5 năm, hư hỏng không thể sửa chữa, phải thay mới.
P|2. Số lượng thiết bị cần lắp đặt theo từng xã, thị trấn
T|TT|Xã, thị trấn|Tàu từ 12 m đến dưới 15 m|Tàu từ 15 m trở lên thay mới|Tổng số thiết bị
T|1|Thị trấn Mũi Nghê|18|7|25
T|2|Xã Nghê Bắc|34|12|46
T|3|Xã Gành Đỏ|52|21|73
T|4|Xã Lạch Ruông|27|9|36
T|5|Xã Bãi Nhút|41|15|56
T|6|Xã Hòn Chảo|11|3|14
T||Tổng cộng|183|67|250
P|3. Mức hỗ trợ
B|Ngân sách tỉnh hỗ trợ 70% giá mua thiết bị, tối đa không quá 18.000.000 đồng/thiết bị theo Nghị quyết số 19/2025/NQ-HĐND.
B|Ngân sách huyện hỗ trợ thêm 2.000.000 đồng/thiết bị để chi trả cước thuê bao vệ tinh năm đầu tiên.
B|Phần kinh phí còn lại và cước thuê bao từ năm thứ hai do chủ tàu tự chi trả.
P|Tổng kinh phí hỗ trợ dự kiến tối đa là 5.000.000.000 đồng (năm tỷ đồng), trong đó ngân sách tỉnh 4.500.000.000 đồng, ngân sách huyện 500.000.000 đồng.
H|III. THỜI GIAN THỰC HIỆN
B|Đợt 1 (từ ngày 01/4/2026 đến ngày 30/6/2026): xã Gành Đỏ, xã Bãi Nhút và xã Nghê Bắc.
B|Đợt 2 (từ ngày 01/8/2026 đến ngày 31/10/2026): thị trấn Mũi Nghê, xã Lạch Ruông và xã Hòn Chảo.
B|Năm 2027: kiểm tra, duy trì kết nối thiết bị; sơ kết trong tháng 6/2027 và tổng kết Kế hoạch trước ngày 15/12/2027.
H|IV. NHIỆM VỤ CỤ THỂ
T|TT|Nội dung|Đơn vị chủ trì|Đơn vị phối hợp|Thời gian hoàn thành
T|1|Rà soát, lập danh sách tàu cá thuộc diện hỗ trợ theo từng xã, thị trấn|UBND các xã, thị trấn|Trạm khuyến nông - khuyến ngư huyện|Trước ngày 20/3/2026
T|2|Thẩm định, tổng hợp danh sách tàu cá được hỗ trợ, trình UBND huyện phê duyệt|Phòng Nông nghiệp và Môi trường|Phòng Tài chính - Kế hoạch|Trước ngày 31/3/2026
T|3|Công khai danh sách nhà cung cấp thiết bị đạt chuẩn và giá niêm yết|Phòng Nông nghiệp và Môi trường|Chi cục Thủy sản tỉnh|Trước ngày 31/3/2026
T|4|Thẩm định hồ sơ thanh toán, chi trả kinh phí hỗ trợ cho chủ tàu|Phòng Tài chính - Kế hoạch|Kho bạc Nhà nước khu vực Kỳ Hải|Trong 15 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ
T|5|Kiểm soát tàu cá xuất, nhập bến; không cho tàu chưa lắp đặt hoặc mất kết nối thiết bị xuất bến|Đồn Biên phòng Cửa Nghê|Ban Quản lý cảng cá Gành Đỏ|Thường xuyên
T|6|Theo dõi tín hiệu, thông báo cho chủ tàu khi tàu mất kết nối quá 6 giờ|Trạm khuyến nông - khuyến ngư huyện|Chi cục Thủy sản tỉnh; Hội Nghề cá huyện|Hằng ngày
T|7|Tuyên truyền trên hệ thống truyền thanh cơ sở, trang thông tin điện tử huyện|Trung tâm Văn hóa, Thông tin và Thể thao huyện|UBND các xã, thị trấn|Thường xuyên
H|V. TỔ CHỨC THỰC HIỆN
N!|Phòng Nông nghiệp và Môi trường là cơ quan thường trực, chủ trì theo dõi, kiểm tra việc thực hiện Kế hoạch; tổng hợp kết quả báo cáo UBND huyện định kỳ hằng quý (trước ngày 20 của tháng cuối quý) và báo cáo Sở Nông nghiệp và Môi trường khi có yêu cầu.
N|Phòng Tài chính - Kế hoạch có trách nhiệm tham mưu bố trí 500.000.000 đồng từ ngân sách huyện năm 2026; hướng dẫn hồ sơ, thủ tục thanh quyết toán kinh phí hỗ trợ theo quy định.
N|Giao Trạm khuyến nông - khuyến ngư huyện chủ trì, phối hợp với Hội Nghề cá huyện hướng dẫn chủ tàu, thuyền trưởng sử dụng và bảo quản thiết bị; phối hợp với Trung tâm Khuyến nông tỉnh tổ chức các lớp tập huấn cho ngư dân trong tháng 5 và tháng 6/2026.
N|UBND các xã, thị trấn ven biển: niêm yết công khai danh sách tàu cá được hỗ trợ tại trụ sở UBND và nhà văn hóa thôn; tiếp nhận hồ sơ đề nghị hỗ trợ của chủ tàu; gửi báo cáo kết quả về Phòng Nông nghiệp và Môi trường trước ngày 25 hằng tháng.
N|Đề nghị Đồn Biên phòng Cửa Nghê phối hợp kiểm tra, xử lý nghiêm các trường hợp tàu cá cố ý tắt thiết bị, gửi thiết bị sang tàu khác hoặc vượt ranh giới vùng biển cho phép.
N|Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện tuyên truyền, khuyến khích hội viên là chủ tàu thực hiện nghiêm quy định về lắp đặt và duy trì thiết bị giám sát hành trình.
P|Đầu mối liên hệ: ông Lưu Quang Tín, Phó Trưởng phòng Nông nghiệp và Môi trường huyện, điện thoại 0912 406 381, thư điện tử tinlq.mn@kyhai.gov.vn.
P|Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Phòng Nông nghiệp và Môi trường để tổng hợp, báo cáo UBND huyện xem xét, giải quyết./.
R|TM. UBND HUYỆN
R|KT. CHỦ TỊCH
R|PHÓ CHỦ TỊCH
R|(Đã ký)
R|Phan Đình Khoa
P|Nơi nhận:
P|- UBND tỉnh (b/c);
P|- Sở Nông nghiệp và Môi trường;
P|- Chi cục Thủy sản tỉnh;
P|- TT Huyện ủy, TT HĐND huyện;
P|- CT, các PCT UBND huyện;
P|- Như mục V;
P|- Lưu: VT, NNMT.
"""

# ---------------------------------------------------------------- sk02 (txt, hard-wrapped)
SK02_HEAD = """SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
         TỈNH KỲ HẢI                          Độc lập - Tự do - Hạnh phúc
       ---------------                      -------------------------------
Số: 612/SNNMT-TS                         Kỳ Hải, ngày 14 tháng 4 năm 2026
V/v triển khai nhật ký khai thác
thủy sản điện tử trên tàu cá

                     Kính gửi:
                       - UBND các huyện: Mũi Nghê, Đầm Vân;
                       - UBND thị xã Vịnh Nhàn;
                       - Bộ Chỉ huy Bộ đội Biên phòng tỉnh;
                       - Ban Quản lý cảng cá tỉnh Kỳ Hải;
                       - Hội Nghề cá tỉnh.
"""

SK02_BODY = """Thực hiện Công văn số 2093/BNNMT-TS ngày 20/3/2026 của Bộ Nông nghiệp và Môi trường về triển khai truy xuất nguồn gốc thủy sản khai thác bằng phương thức điện tử và Kế hoạch số 41/KH-UBND ngày 12/02/2026 của UBND tỉnh Kỳ Hải, Sở Nông nghiệp và Môi trường thông báo lộ trình và đề nghị các cơ quan, đơn vị triển khai nhật ký khai thác thủy sản điện tử trên tàu cá như sau:

I. LỘ TRÌNH ÁP DỤNG

1. Kể từ ngày 01 tháng 6 năm 2026, tàu cá có chiều dài lớn nhất từ 15 m trở lên bắt buộc ghi và nộp nhật ký khai thác thủy sản bằng phần mềm eLogKH thay cho sổ nhật ký giấy. Thuyền trưởng cập nhật thông tin mẻ lưới (thời gian thả, thu lưới, vị trí, sản lượng theo loài) ngay sau mỗi mẻ và gửi dữ liệu khi tàu trong vùng phủ sóng di động hoặc qua thiết bị giám sát hành trình có chức năng truyền dữ liệu.

2. Tàu cá dài từ 12 m đến dưới 15 m được khuyến khích áp dụng ngay; bắt buộc áp dụng từ ngày 01 tháng 01 năm 2027.

3. Từ ngày 01 tháng 7 năm 2026, Ban Quản lý cảng cá không xác nhận nguyên liệu thủy sản khai thác đối với chuyến biển của tàu thuộc diện bắt buộc mà không có nhật ký điện tử.

4. Phần mềm eLogKH được cấp miễn phí, cài đặt trên điện thoại thông minh dùng hệ điều hành Android hoặc iOS; chủ tàu tự chi trả chi phí dữ liệu di động.

II. ĐỀ NGHỊ CÁC CƠ QUAN, ĐƠN VỊ

1. UBND các huyện, thị xã ven biển:
a) Giao UBND các xã, phường, thị trấn lập danh sách chủ tàu, thuyền trưởng cần hướng dẫn cài đặt phần mềm (kèm số điện thoại), gửi về Chi cục Thủy sản trước ngày 10/5/2026.
b) Bố trí ít nhất 01 công chức tại bộ phận một cửa cấp xã hỗ trợ ngư dân đăng ký tài khoản, cài đặt phần mềm.
c) Báo cáo kết quả triển khai về Sở (qua Chi cục Thủy sản) trước ngày 20 hằng tháng.

2. Chi cục Thủy sản:
a) Chủ trì cấp tài khoản phần mềm; hoàn thành cấp tài khoản cho 100% tàu cá dài từ 15 m trở lên trước ngày 25/5/2026.
b) Chủ trì, phối hợp với Trung tâm Khuyến nông tỉnh tổ chức tập huấn cho chủ tàu, thuyền trưởng tại các huyện Mũi Nghê, Đầm Vân trong tháng 5 và tháng 6/2026.
c) Duy trì đường dây nóng hỗ trợ kỹ thuật 1800 6247 (miễn cước) từ 7 giờ đến 21 giờ tất cả các ngày trong tuần.
d) Tổng hợp, báo cáo Sở định kỳ hằng tháng (trước ngày 25) và đột xuất khi có yêu cầu.

3. Trung tâm Khuyến nông tỉnh biên soạn tài liệu hướng dẫn bằng hình ảnh và video ngắn (không quá 5 phút) về cách ghi nhật ký điện tử, phát hành qua nhóm Zalo của các tổ đoàn kết trên biển trước ngày 15/5/2026.

4. Ban Quản lý cảng cá tỉnh Kỳ Hải lắp đặt điểm phát Wi-Fi miễn phí và 02 ki-ốt hỗ trợ tại cảng cá Gành Đỏ và cảng cá Rạn Trai trước ngày 31/5/2026; đối chiếu sản lượng bốc dỡ thực tế với dữ liệu nhật ký điện tử, trường hợp chênh lệch trên 20% phải lập biên bản và thông báo cho Chi cục Thủy sản.

5. Đề nghị Bộ Chỉ huy Bộ đội Biên phòng tỉnh giao các Đồn Biên phòng ven biển kiểm tra việc cài đặt, sử dụng phần mềm khi làm thủ tục xuất bến; hướng dẫn tại chỗ cho thuyền trưởng chưa thành thạo.

6. Đề nghị Hội Nghề cá tỉnh tuyên truyền đến các chi hội, tổ đoàn kết trên biển và hợp tác xã khai thác hải sản; phản ánh kịp thời những khó khăn của hội viên khi sử dụng phần mềm.

III. HỖ TRỢ THIẾT BỊ

Sở Nông nghiệp và Môi trường hỗ trợ 120 máy tính bảng cho tàu cá của hộ nghèo, hộ cận nghèo thuộc diện bắt buộc, mức hỗ trợ 3.000.000 đồng/máy, tổng kinh phí 360.000.000 đồng từ nguồn Chương trình chuyển đổi số ngành nông nghiệp và môi trường tỉnh năm 2026. Danh sách đề nghị hỗ trợ do UBND cấp xã lập, UBND cấp huyện xác nhận, gửi về Chi cục Thủy sản trước ngày 10/5/2026. Máy tính bảng hỗ trợ là tài sản của chủ tàu, phải sử dụng đúng mục đích ghi nhật ký khai thác, không chuyển nhượng trong thời gian 03 năm.

IV. THÔNG TIN LIÊN HỆ

- Hỗ trợ kỹ thuật phần mềm: ông Đoàn Minh Sang, Phòng Khai thác và Phát triển nguồn lợi thủy sản, Chi cục Thủy sản, điện thoại 0905 318 742.
- Tổng hợp danh sách, báo cáo: bà Hà Thị Mỹ Duyên, chuyên viên Chi cục Thủy sản, điện thoại 0935 604 219, thư điện tử duyenhtm.ccts@kyhai.gov.vn.

Việc triển khai nhật ký khai thác điện tử là yêu cầu bắt buộc để bảo đảm truy xuất nguồn gốc thủy sản khai thác, phục vụ gỡ cảnh báo "thẻ vàng" của Ủy ban châu Âu. Sở Nông nghiệp và Môi trường đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./."""

SK02_TAIL = """
                                            KT. GIÁM ĐỐC
                                            PHÓ GIÁM ĐỐC

                                              (Đã ký)

                                            Huỳnh Văn Lực
Nơi nhận:
- Như trên;
- UBND tỉnh (b/c);
- Giám đốc Sở (b/c);
- Chi cục Thủy sản;
- Trung tâm Khuyến nông tỉnh;
- Lưu: VT, TS.
"""

# ---------------------------------------------------------------- sk03 (pdf)
SK03_HEAD_LEFT = ["UBND TỈNH KỲ HẢI", "-------", "Số: 1368/QĐ-UBND"]
SK03_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Kỳ Hải, ngày 28 tháng 5 năm 2026"]
SK03_BODY = """#QUYẾT ĐỊNH
=Phê duyệt nhiệm vụ khoa học và công nghệ cấp tỉnh "Nghiên cứu chọn tạo đàn tôm thẻ chân trắng bố mẹ và sản xuất tôm giống sạch bệnh thích ứng độ mặn cao tại vùng ven biển tỉnh Kỳ Hải"
#CHỦ TỊCH UBND TỈNH KỲ HẢI
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo ngày 27 tháng 6 năm 2025;
Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Quyết định số 06/2025/QĐ-UBND ngày 14/3/2025 của UBND tỉnh ban hành Quy định quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh;
Căn cứ kết quả họp Hội đồng tư vấn tuyển chọn tổ chức, cá nhân chủ trì nhiệm vụ ngày 05/5/2026 và kết quả thẩm định kinh phí ngày 14/5/2026;
Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 288/TTr-SKHCN ngày 19/5/2026.
#QUYẾT ĐỊNH:
Điều 1. Phê duyệt nhiệm vụ khoa học và công nghệ cấp tỉnh với các nội dung chính sau:
1. Tên nhiệm vụ: Nghiên cứu chọn tạo đàn tôm thẻ chân trắng bố mẹ và sản xuất tôm giống sạch bệnh thích ứng độ mặn cao tại vùng ven biển tỉnh Kỳ Hải.
2. Mã số nhiệm vụ: KHĐT.07/2026.
3. Tổ chức chủ trì: Trung tâm Giống thủy sản Kỳ Hải (trực thuộc Sở Nông nghiệp và Môi trường).
4. Chủ nhiệm nhiệm vụ: ThS. Đặng Ngọc Huy, Phó Giám đốc Trung tâm Giống thủy sản Kỳ Hải; thư ký khoa học: KS. Mai Thu Hường.
5. Tổ chức phối hợp chính: Khoa Thủy sản, Trường Đại học Kỳ Hải; Hợp tác xã nuôi trồng thủy sản Lạch Ruông.
6. Thời gian thực hiện: 30 tháng, từ tháng 6/2026 đến tháng 11/2028.
7. Mục tiêu:
a) Tuyển chọn, nuôi vỗ được 600 cặp tôm bố mẹ sạch bệnh, có khả năng chịu độ mặn từ 30 đến 35 phần nghìn.
b) Sản xuất thử nghiệm 40 triệu con tôm giống PL12 âm tính với các bệnh đốm trắng (WSSV), hoại tử gan tụy cấp tính (AHPND) và vi bào tử trùng (EHP).
c) Xây dựng mô hình nuôi thương phẩm quy mô 3 ha, tỷ lệ sống từ 75% trở lên, năng suất bình quân 18 tấn/ha/vụ.
8. Sản phẩm chính: quy trình chọn tạo và nuôi vỗ tôm bố mẹ; quy trình sản xuất giống PL12 sạch bệnh; mô hình nuôi thương phẩm; báo cáo tổng hợp kết quả; 01 bài báo đăng trên tạp chí khoa học chuyên ngành; đào tạo 02 kỹ thuật viên và tập huấn cho 120 lượt nông dân.
9. Địa điểm thực hiện: trại sản xuất giống thực nghiệm tại xã Cồn Ốc, huyện Đầm Vân; mô hình nuôi thương phẩm tại xã Lạch Ruông, huyện Mũi Nghê.
10. Kinh phí thực hiện: 3.860 triệu đồng (ba tỷ tám trăm sáu mươi triệu đồng), trong đó:
- Ngân sách sự nghiệp khoa học và công nghệ tỉnh: 2.940 triệu đồng, bố trí năm 2026: 1.150 triệu đồng; năm 2027: 1.420 triệu đồng; năm 2028: 370 triệu đồng.
- Nguồn vốn của tổ chức chủ trì và hợp tác xã tham gia: 920 triệu đồng.
Dự toán chi tiết theo nội dung chi tại Phụ lục kèm theo Quyết định này.
11. Phương thức khoán chi: khoán chi từng phần.
Điều 2. Tổ chức thực hiện
1. Sở Khoa học và Công nghệ có trách nhiệm ký hợp đồng thực hiện nhiệm vụ với tổ chức chủ trì và chủ nhiệm nhiệm vụ trong thời hạn 15 ngày kể từ ngày Quyết định có hiệu lực; kiểm tra tiến độ định kỳ 6 tháng một lần; tổ chức đánh giá, nghiệm thu kết quả theo quy định.
2. Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ bố trí kinh phí từ nguồn sự nghiệp khoa học và công nghệ theo phân kỳ tại Điều 1.
3. Sở Nông nghiệp và Môi trường giao Trung tâm Giống thủy sản Kỳ Hải tập trung nguồn lực thực hiện nhiệm vụ; tiếp nhận kết quả sau nghiệm thu và chủ trì xây dựng kế hoạch chuyển giao, nhân rộng mô hình từ năm 2029.
4. Tổ chức chủ trì và chủ nhiệm nhiệm vụ thực hiện đúng nội dung, tiến độ phê duyệt; báo cáo tình hình thực hiện về Sở Khoa học và Công nghệ trước ngày 15/6 và ngày 15/12 hằng năm; sử dụng kinh phí đúng mục đích, thanh quyết toán theo quy định.
5. UBND huyện Đầm Vân và UBND huyện Mũi Nghê tạo điều kiện về mặt bằng, lựa chọn hộ nuôi tham gia mô hình và phối hợp tổ chức hội thảo đầu bờ.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Điều 4. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Khoa học và Công nghệ, Tài chính, Nông nghiệp và Môi trường; Chủ tịch UBND các huyện Đầm Vân, Mũi Nghê; Giám đốc Trung tâm Giống thủy sản Kỳ Hải; chủ nhiệm nhiệm vụ và thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./."""
SK03_SIGN = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Trương Công Hậu"]
SK03_NOINHAN = ["Nơi nhận:", "- Như Điều 4;", "- CT, các PCT UBND tỉnh;",
                "- Kho bạc Nhà nước khu vực Kỳ Hải;", "- Lưu: VT, KGVX."]
SK03_APPX_TITLE = ["PHỤ LỤC", "DỰ TOÁN KINH PHÍ NHIỆM VỤ KHĐT.07/2026",
                   "(Kèm theo Quyết định số 1368/QĐ-UBND ngày 28/5/2026 của Chủ tịch UBND tỉnh Kỳ Hải)"]
SK03_APPX_UNIT = "Đơn vị tính: triệu đồng"
SK03_TABLE = [
    ["TT", "Nội dung chi", "Tổng số", "Ngân sách KH&CN tỉnh", "Nguồn khác"],
    ["1", "Thuê khoán chuyên môn", "1.020", "1.020", "0"],
    ["2", "Nguyên vật liệu, tôm bố mẹ, thức ăn, hóa chất", "1.540", "880", "660"],
    ["3", "Sửa chữa, mua sắm thiết bị (hệ thống lọc tuần hoàn, bể ương)", "610", "410", "200"],
    ["4", "Phân tích mẫu bệnh, xét nghiệm PCR", "285", "285", "0"],
    ["5", "Hội thảo, tập huấn chuyển giao", "145", "125", "20"],
    ["6", "Chi khác (quản lý chung, đánh giá nghiệm thu, công tác phí)", "260", "220", "40"],
    ["", "Tổng cộng", "3.860", "2.940", "920"],
]
SK03_APPX_NOTE = ("Ghi chú: Kinh phí ngân sách tỉnh được cấp theo tiến độ thực hiện và kết quả kiểm tra định kỳ; "
                  "phần nguồn khác do Trung tâm Giống thủy sản Kỳ Hải và Hợp tác xã nuôi trồng thủy sản Lạch Ruông bảo đảm, "
                  "trong đó hợp tác xã đóng góp vật tư và công lao động tại mô hình nuôi thương phẩm.")

# ---------------------------------------------------------------- sk04 (md)
SK04 = """SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH KỲ HẢI
TRUNG TÂM KHUYẾN NÔNG
Số: 52/TB-TTKN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

*Kỳ Hải, ngày 22 tháng 4 năm 2026*

# THÔNG BÁO

## Mở lớp tập huấn cho ngư dân năm 2026 về thiết bị giám sát hành trình, nhật ký khai thác điện tử và bảo quản sản phẩm trên tàu cá

Căn cứ Công văn số 612/SNNMT-TS ngày 14/4/2026 của Sở Nông nghiệp và Môi trường về triển khai nhật ký khai thác thủy sản điện tử trên tàu cá;

Căn cứ Kế hoạch số 74/KH-UBND ngày 09/3/2026 của UBND huyện Mũi Nghê về lắp đặt thiết bị giám sát hành trình trên tàu cá giai đoạn 2026 - 2027;

Căn cứ Quyết định số 33/QĐ-SNNMT ngày 15/01/2026 của Sở Nông nghiệp và Môi trường phê duyệt Kế hoạch khuyến nông năm 2026,

Trung tâm Khuyến nông tỉnh thông báo mở lớp tập huấn "Sử dụng thiết bị giám sát hành trình, nhật ký khai thác điện tử và bảo quản sản phẩm trên tàu cá" cho ngư dân năm 2026 như sau:

## 1. Đối tượng và số lượng học viên

- Chủ tàu, thuyền trưởng, máy trưởng của tàu cá dài từ 12 m trở lên đăng ký tại huyện Mũi Nghê và huyện Đầm Vân.
- Mỗi tàu cử tối đa 02 người; ưu tiên tàu cá thuộc Đợt 2 lắp đặt thiết bị giám sát hành trình và tàu chưa có tài khoản eLogKH.
- Tổng số: 04 lớp, 240 học viên.

## 2. Thời gian, địa điểm

| Lớp | Thời gian | Địa điểm | Học viên thuộc xã, thị trấn | Số học viên |
|---|---|---|---|---|
| 1 | 11/5 - 13/5/2026 | Hội trường UBND xã Gành Đỏ, huyện Mũi Nghê | Gành Đỏ, Hòn Chảo | 60 |
| 2 | 18/5 - 20/5/2026 | Nhà văn hóa thôn Mũi Đèn, xã Bãi Nhút, huyện Mũi Nghê | Bãi Nhút, Nghê Bắc | 70 |
| 3 | 25/5 - 27/5/2026 | Hội trường Ban Quản lý cảng cá Rạn Trai, xã Rạn Trai, huyện Đầm Vân | Rạn Trai, Cồn Ốc, Vân Sa | 60 |
| 4 | 01/6 - 03/6/2026 | Hội trường UBND thị trấn Mũi Nghê | Thị trấn Mũi Nghê, Lạch Ruông | 50 |

Giờ học: buổi sáng từ 7 giờ 30 đến 11 giờ 00; buổi chiều từ 13 giờ 30 đến 16 giờ 30. Khai giảng lúc 7 giờ 30 ngày đầu tiên của mỗi lớp.

## 3. Nội dung tập huấn (3 ngày/lớp)

- Ngày thứ nhất: quy định về chống khai thác IUU; cách vận hành, kiểm tra tín hiệu và xử lý sự cố thường gặp của thiết bị giám sát hành trình.
- Ngày thứ hai: cài đặt, đăng nhập và ghi nhật ký khai thác trên phần mềm eLogKH; thực hành gửi dữ liệu mẻ lưới và khai báo cập cảng.
- Ngày thứ ba: kỹ thuật bảo quản sản phẩm bằng nước đá sệt và hầm bảo quản PU; an toàn lao động, sơ cứu trên biển; kiểm tra cuối khóa.

## 4. Chế độ cho học viên

- Hỗ trợ tiền ăn: 150.000 đồng/người/ngày.
- Hỗ trợ đi lại: khoán 100.000 đồng/người/lớp đối với học viên có nơi ở cách địa điểm tập huấn từ 15 km trở lên.
- Học viên được cấp tài liệu, nước uống giữa giờ; không hỗ trợ tiền thuê chỗ nghỉ.
- Học viên tham dự đủ 3 ngày và đạt yêu cầu bài kiểm tra cuối khóa được cấp Giấy chứng nhận hoàn thành khóa tập huấn.

Kinh phí tổ chức các lớp lấy từ Kế hoạch khuyến nông năm 2026, dự toán 168.000.000 đồng.

## 5. Đăng ký và chuẩn bị

- UBND các xã, thị trấn tổng hợp danh sách học viên (họ tên, số căn cước, số đăng ký tàu, số điện thoại) gửi Trạm khuyến nông - khuyến ngư huyện chậm nhất 05 ngày trước ngày khai giảng.
- Học viên mang theo căn cước công dân, giấy chứng nhận đăng ký tàu cá và điện thoại thông minh đã sạc đầy pin.

## 6. Trách nhiệm phối hợp

- Trạm khuyến nông - khuyến ngư huyện Mũi Nghê và Trạm khuyến nông - khuyến ngư huyện Đầm Vân chuẩn bị hội trường, điểm danh học viên, chi trả chế độ theo danh sách ký nhận.
- Đề nghị UBND các xã, thị trấn có học viên thông báo trên hệ thống loa truyền thanh ít nhất 03 lần trước mỗi lớp.
- Đề nghị Hội Nghề cá huyện Mũi Nghê khuyến khích hội viên là thuyền trưởng lớn tuổi tham gia lớp học, hỗ trợ ghép nhóm kèm cặp khi thực hành.
- Đề nghị Đồn Biên phòng Cửa Nghê và Đồn Biên phòng Rạn Trai cử cán bộ trình bày chuyên đề về chống khai thác IUU tại lớp học trên địa bàn quản lý.
- Đề nghị Chi cục Thủy sản cử cán bộ kỹ thuật hướng dẫn thực hành phần mềm eLogKH tại cả 04 lớp.

## 7. Liên hệ

- Ông Tạ Quốc Bửu, Trưởng Trạm khuyến nông - khuyến ngư huyện Mũi Nghê, điện thoại 0978 215 604.
- Bà Lạc Thị Hồng Nhung, Phòng Kỹ thuật, Trung tâm Khuyến nông tỉnh, điện thoại 0914 772 038, thư điện tử nhunglth.ttkn@kyhai.gov.vn.

Trung tâm Khuyến nông tỉnh trân trọng thông báo./.

GIÁM ĐỐC
(Đã ký)
Châu Văn Tường

Nơi nhận:
- Sở Nông nghiệp và Môi trường (b/c);
- Chi cục Thủy sản;
- UBND các huyện Mũi Nghê, Đầm Vân;
- Các Trạm khuyến nông - khuyến ngư huyện;
- Lưu: VT, KT.
"""

# ---------------------------------------------------------------- sk05 (txt with Markdown tables)
SK05 = """SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH KỲ HẢI
CHI CỤC THỦY SẢN
Số: 97/BC-CCTS

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kỳ Hải, ngày 06 tháng 11 năm 2026

BÁO CÁO
Kết quả lắp đặt thiết bị giám sát hành trình và triển khai nhật ký khai thác điện tử trên tàu cá 10 tháng năm 2026

Thực hiện Công văn số 612/SNNMT-TS ngày 14/4/2026 của Sở Nông nghiệp và Môi trường và yêu cầu tại cuộc họp giao ban tháng 10/2026, Chi cục Thủy sản báo cáo kết quả như sau:

I. TÌNH HÌNH CHUNG

Đến ngày 31/10/2026, toàn tỉnh có 1.486 tàu cá dài từ 12 m trở lên, trong đó 812 tàu dài từ 15 m trở lên và 674 tàu dài từ 12 m đến dưới 15 m. Tàu cá tập trung chủ yếu tại huyện Mũi Nghê (chiếm 52%), tiếp đến là huyện Đầm Vân và thị xã Vịnh Nhàn. Thời tiết các tháng 9 và 10 có 3 đợt áp thấp nhiệt đới, số ngày tàu bám biển giảm so với cùng kỳ.

II. KẾT QUẢ THỰC HIỆN

1. Lắp đặt thiết bị giám sát hành trình (VMS) theo chính sách hỗ trợ

Năm 2026, chính sách hỗ trợ theo Nghị quyết số 19/2025/NQ-HĐND được triển khai tại 9 xã, thị trấn ven biển của hai huyện Mũi Nghê và Đầm Vân (thị xã Vịnh Nhàn triển khai từ năm 2027). Kết quả cụ thể:

| TT | Xã, thị trấn | Huyện | Số thiết bị phải lắp | Đã lắp đặt | Tỷ lệ (%) | Tàu mất kết nối trên 10 ngày |
|---|---|---|---|---|---|---|
| 1 | Thị trấn Mũi Nghê | Mũi Nghê | 25 | 22 | 88,0 | 1 |
| 2 | Xã Nghê Bắc | Mũi Nghê | 46 | 44 | 95,7 | 2 |
| 3 | Xã Gành Đỏ | Mũi Nghê | 73 | 73 | 100 | 4 |
| 4 | Xã Lạch Ruông | Mũi Nghê | 36 | 29 | 80,6 | 0 |
| 5 | Xã Bãi Nhút | Mũi Nghê | 56 | 51 | 91,1 | 3 |
| 6 | Xã Hòn Chảo | Mũi Nghê | 14 | 9 | 64,3 | 1 |
| 7 | Xã Rạn Trai | Đầm Vân | 68 | 61 | 89,7 | 2 |
| 8 | Xã Cồn Ốc | Đầm Vân | 22 | 20 | 90,9 | 0 |
| 9 | Xã Vân Sa | Đầm Vân | 31 | 24 | 77,4 | 1 |
| | Tổng cộng | | 371 | 333 | 89,8 | 14 |

Về kinh phí, ngân sách tỉnh đã giải ngân 5.661 triệu đồng cho 333 thiết bị (bình quân 17 triệu đồng/thiết bị); ngân sách huyện Mũi Nghê đã chi 456 triệu đồng hỗ trợ cước thuê bao năm đầu cho 228 thiết bị. Xã Gành Đỏ là địa phương đầu tiên hoàn thành 100% chỉ tiêu (ngày 26/6/2026, trước thời hạn của Đợt 1). Xã Hòn Chảo có tỷ lệ thấp nhất do nhiều tàu vỏ gỗ cũ, chủ tàu khó khăn về kinh phí.

2. Triển khai nhật ký khai thác điện tử

| Chỉ tiêu | Kết quả | Ghi chú |
|---|---|---|
| Tàu từ 15 m trở lên thuộc diện bắt buộc | 812 tàu | |
| Tàu có tài khoản eLogKH | 779 tàu | đạt 95,9% |
| Tàu ghi nhật ký điện tử ít nhất 01 chuyến biển | 701 tàu | đạt 86,3% |
| Tàu từ 12 m đến dưới 15 m tự nguyện áp dụng | 158 tàu | đạt 23,4% số tàu nhóm này |
| Chuyến biển khai báo điện tử (từ 01/6 đến 31/10/2026) | 9.436 chuyến | |
| Sản lượng khai báo qua nhật ký điện tử | 21.870 tấn | |
| Máy tính bảng hỗ trợ hộ nghèo, hộ cận nghèo | 114 máy | kế hoạch 120 máy |
| Cuộc gọi đến đường dây nóng 1800 6247 | 1.128 cuộc | 61% liên quan đăng nhập, mã OTP |

Trung tâm Khuyến nông tỉnh phối hợp với Chi cục tổ chức 04 lớp tập huấn với 236 học viên (kế hoạch 240 học viên); 229 học viên nhận Giấy chứng nhận hoàn thành khóa tập huấn.

3. Công tác kiểm tra, xử lý

Từ tháng 6 đến tháng 10/2026, các Đồn Biên phòng ven biển phối hợp với Chi cục kiểm tra 2.315 lượt tàu xuất bến; phát hiện 19 trường hợp tàu không duy trì kết nối thiết bị giám sát hành trình, xử phạt vi phạm hành chính 12 trường hợp với tổng số tiền 486 triệu đồng; 7 trường hợp đang xác minh. Ban Quản lý cảng cá tỉnh lập biên bản 23 chuyến biển có sản lượng bốc dỡ chênh lệch trên 20% so với nhật ký điện tử.

III. TỒN TẠI, HẠN CHẾ

- Tiến độ lắp đặt tại xã Hòn Chảo, xã Lạch Ruông và xã Vân Sa còn chậm so với kế hoạch.
- Một số thuyền trưởng lớn tuổi chưa sử dụng thành thạo điện thoại thông minh; vùng biển cách bờ trên 60 hải lý sóng di động yếu nên dữ liệu nhật ký gửi chậm.
- 14 tàu mất kết nối trên 10 ngày, phần lớn do thiết bị của một nhà cung cấp bị lỗi bộ nguồn.

IV. NHIỆM VỤ THỜI GIAN TỚI VÀ KIẾN NGHỊ

1. Nhiệm vụ của Chi cục Thủy sản

- Phòng Khai thác và Phát triển nguồn lợi thủy sản rà soát danh sách tàu mất kết nối, gửi các Đồn Biên phòng trước ngày 05 hằng tháng.
- Phòng Quản lý tàu cá và cảng cá làm việc với nhà cung cấp để bảo hành, thay thế thiết bị lỗi trước ngày 30/11/2026.
- Cấp tài khoản eLogKH cho 33 tàu còn lại trước ngày 15/11/2026.

2. Kiến nghị

- Đề nghị Sở Nông nghiệp và Môi trường trình UBND tỉnh xem xét nâng mức hỗ trợ lên 90% giá thiết bị đối với tàu cá của hộ nghèo tại xã Hòn Chảo.
- Đề nghị UBND huyện Mũi Nghê giao UBND xã Hòn Chảo và xã Lạch Ruông hoàn thành lắp đặt thiết bị cho các tàu còn lại trước ngày 31/12/2026.
- Đề nghị Trung tâm Khuyến nông tỉnh mở thêm 02 lớp tập huấn tại thị xã Vịnh Nhàn trong quý I/2027.
- Đề nghị các doanh nghiệp viễn thông trên địa bàn lắp thêm trạm phát sóng tại xã Hòn Chảo.

Chi cục Thủy sản kính báo cáo Sở Nông nghiệp và Môi trường xem xét, cho ý kiến./.

CHI CỤC TRƯỞNG
(Đã ký)
Đỗ Khắc Liêm

Nơi nhận:
- Sở Nông nghiệp và Môi trường (b/c);
- UBND các huyện Mũi Nghê, Đầm Vân;
- Bộ Chỉ huy Bộ đội Biên phòng tỉnh;
- Lưu: VT, KT.
"""


# ====================================================================== build
import os, textwrap, copy, unicodedata
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
N = lambda s: unicodedata.normalize("NFC", s)


def _restart_numbering(doc, paragraph):
    """Give this List Number paragraph a fresh w:num (restart at 1)."""
    numbering = doc.part.numbering_part.element
    style = doc.styles["List Number"]
    numPr = style.element.pPr.find(qn("w:numPr"))
    base_num_id = numPr.find(qn("w:numId")).get(qn("w:val"))
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == base_num_id:
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = str(max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), new_id)
    a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), abstract_id); num.append(a)
    ov = OxmlElement("w:lvlOverride"); ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride"); so.set(qn("w:val"), "1"); ov.append(so); num.append(ov)
    numbering.append(num)
    return new_id


def _set_num(paragraph, num_id):
    pPr = paragraph._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0"); numPr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), num_id); numPr.append(ni)
    pPr.append(numPr)


def build_docx(src, path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    rows, cur_num = [], None

    def flush():
        if not rows:
            return
        t = doc.add_table(rows=0, cols=len(rows[0])); t.style = "Table Grid"
        for i, r in enumerate(rows):
            cells = t.add_row().cells
            for c, v in zip(cells, r):
                c.text = v
                if i == 0:
                    for run in c.paragraphs[0].runs:
                        run.bold = True
        rows.clear()

    for line in N(src).strip().splitlines():
        tag, _, text = line.partition("|")
        if tag == "T":
            rows.append(text.split("|")); continue
        flush()
        if tag in ("H", "C", "R"):
            p = doc.add_paragraph(); r = p.add_run(text); r.bold = tag == "H"
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if tag == "R" else WD_ALIGN_PARAGRAPH.CENTER
            if tag == "H" and text[:3] in ("I. ", "II.", "III", "IV.", "V. "):
                p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        elif tag in ("N", "N!"):
            p = doc.add_paragraph(text, style="List Number")
            if tag == "N!":
                cur_num = _restart_numbering(doc, p)
            _set_num(p, cur_num)
        elif tag == "B":
            doc.add_paragraph(text, style="List Bullet")
        else:
            doc.add_paragraph(text)
    flush()
    doc.save(path)


def build_wrapped_txt(path):
    out = [N(SK02_HEAD)]
    for para in N(SK02_BODY).split("\n"):
        if not para.strip():
            out.append(""); continue
        out.extend(textwrap.wrap(para, width=72, break_long_words=False, break_on_hyphens=False))
    out.append(N(SK02_TAIL))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def build_pdf(path):
    pdf = FPDF(format="A4"); pdf.set_margins(20, 18, 18)
    pdf.add_font("DejaVu", "", FONT); pdf.add_font("DejaVu", "B", FONTB)
    pdf.set_auto_page_break(True, 18); pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_font("DejaVu", "B", 10)
    for i, (l, r) in enumerate(zip(SK03_HEAD_LEFT, SK03_HEAD_RIGHT)):
        pdf.set_xy(20, y0 + i * 6); pdf.set_font("DejaVu", "B" if i == 0 else "", 10)
        pdf.cell(65, 6, N(l), align="C")
        pdf.set_xy(85, y0 + i * 6); pdf.set_font("DejaVu", "B" if i == 0 else "", 10)
        pdf.cell(105, 6, N(r), align="C")
    pdf.set_xy(20, y0 + 24)
    for line in N(SK03_BODY).splitlines():
        if line.startswith("#"):
            pdf.set_font("DejaVu", "B", 12); pdf.multi_cell(0, 7, line[1:], align="C", new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("="):
            pdf.set_font("DejaVu", "B", 11); pdf.multi_cell(0, 6, line[1:], align="C", new_x="LMARGIN", new_y="NEXT")
        else:
            b = line.startswith("Điều ")
            pdf.set_font("DejaVu", "", 11)
            if b:
                head, _, rest = line.partition(". ")
                pdf.set_font("DejaVu", "B", 11); pdf.write(6, head + ". ")
                pdf.set_font("DejaVu", "", 11); pdf.write(6, rest); pdf.ln(7)
            else:
                pdf.multi_cell(0, 6, line, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    pdf.ln(4); y = pdf.get_y()
    if y > 245:
        pdf.add_page(); y = pdf.get_y()
    for i, s in enumerate(SK03_NOINHAN):
        pdf.set_xy(20, y + i * 5); pdf.set_font("DejaVu", "B" if i == 0 else "", 9)
        pdf.cell(85, 5, N(s))
    for i, s in enumerate(SK03_SIGN):
        pdf.set_xy(110, y + i * 6 + (8 if i == 3 else 0)); pdf.set_font("DejaVu", "" if i == 2 else "B", 11)
        pdf.cell(80, 6, N(s), align="C")
    pdf.add_page()
    for i, s in enumerate(SK03_APPX_TITLE):
        pdf.set_font("DejaVu", "B" if i < 2 else "", 12 if i < 2 else 10)
        pdf.multi_cell(0, 6, N(s), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2); pdf.set_font("DejaVu", "", 10); pdf.cell(0, 6, SK03_APPX_UNIT, align="R"); pdf.ln(8)
    with pdf.table(col_widths=(10, 80, 22, 30, 24), text_align=("CENTER", "LEFT", "RIGHT", "RIGHT", "RIGHT"),
                   line_height=6) as table:
        for r in SK03_TABLE:
            row = table.row()
            for c in r:
                row.cell(N(c))
    pdf.ln(4); pdf.set_font("DejaVu", "", 10); pdf.multi_cell(0, 5, N(SK03_APPX_NOTE), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(SK01, os.path.join(CORPUS, "sk01_vms_tauca.docx"))
    build_wrapped_txt(os.path.join(CORPUS, "sk02_nhatky_dientu.txt"))
    build_pdf(os.path.join(CORPUS, "sk03_detai_tomgiong.pdf"))
    with open(os.path.join(CORPUS, "sk04_taphuan_ngudan.md"), "w", encoding="utf-8") as f:
        f.write(N(SK04))
    with open(os.path.join(CORPUS, "sk05_ketqua_vms.txt"), "w", encoding="utf-8") as f:
        f.write(N(SK05))
    print("built", sorted(os.listdir(CORPUS)))


# ====================================================================== questions + who-what gold
import json
A, B, C, D, E = ("sk01_vms_tauca.docx", "sk02_nhatky_dientu.txt", "sk03_detai_tomgiong.pdf",
                 "sk04_taphuan_ngudan.md", "sk05_ketqua_vms.txt")
QUESTIONS = []


def Q(question, kind, ev=(), kw=(), ans=True, hist=None, actors=None):
    d = {"id": f"sk{len(QUESTIONS) + 1:03d}", "question": question, "answerable": ans, "kind": kind,
         "evidence": [{"source": s, "quote": q} for s, q in ev], "keywords": list(kw)}
    if hist:
        d["history"] = [hist]
    if actors:
        d["actors"] = list(actors)
    QUESTIONS.append(d)
    return question


U = lambda q, kind="unanswerable", hist=None: Q(q, kind, ans=False, hist=hist)

# ---- sk01: KH 74/KH-UBND huyện Mũi Nghê (VMS)
Q("Mỗi thiết bị giám sát hành trình lắp trên tàu cá được ngân sách tỉnh hỗ trợ tối đa bao nhiêu tiền?", "factoid",
  [(A, "Ngân sách tỉnh hỗ trợ 70% giá mua thiết bị, tối đa không quá 18.000.000 đồng/thiết bị")], ["18.000.000 đồng", "70%"])
Q("huyện có hỗ trợ thêm tiền cước thuê bao vệ tinh cho chủ tàu không, bao nhiêu?", "factoid",
  [(A, "Ngân sách huyện hỗ trợ thêm 2.000.000 đồng/thiết bị để chi trả cước thuê bao vệ tinh năm đầu tiên")], ["2.000.000 đồng"])
Q("Xã Gành Đỏ phải lắp tổng cộng bao nhiêu thiết bị VMS?", "factoid",
  [(A, "3 | Xã Gành Đỏ | 52 | 21 | 73")], ["73"])
q_dot1 = Q("Đợt 1 lắp thiết bị giám sát hành trình làm ở những xã nào?", "list",
  [(A, "Đợt 1 (từ ngày 01/4/2026 đến ngày 30/6/2026): xã Gành Đỏ, xã Bãi Nhút và xã Nghê Bắc")], ["Gành Đỏ", "Bãi Nhút", "Nghê Bắc"])
Q("Còn đợt 2 thì sao?", "follow-up",
  [(A, "Đợt 2 (từ ngày 01/8/2026 đến ngày 31/10/2026): thị trấn Mũi Nghê, xã Lạch Ruông và xã Hòn Chảo")], ["Lạch Ruông", "Hòn Chảo"], hist=q_dot1)
q_tckh = Q("Phòng Tài chính - Kế hoạch huyện phải làm gì theo KH 74?", "who-what",
  [(A, "Phòng Tài chính - Kế hoạch có trách nhiệm tham mưu bố trí 500.000.000 đồng từ ngân sách huyện năm 2026")],
  ["500.000.000 đồng"], actors=["Phòng Tài chính - Kế hoạch"])
Q("Còn Phòng Nông nghiệp và Môi trường thì sao?", "follow-up",
  [(A, "Phòng Nông nghiệp và Môi trường là cơ quan thường trực, chủ trì theo dõi, kiểm tra việc thực hiện Kế hoạch")],
  ["cơ quan thường trực"], hist=q_tckh, actors=["Phòng Nông nghiệp và Môi trường"])
Q("Đồn BP Cửa Nghê được đề nghị làm gì trong kế hoạch lắp VMS?", "who-what",
  [(A, "Đề nghị Đồn Biên phòng Cửa Nghê phối hợp kiểm tra, xử lý nghiêm các trường hợp tàu cá cố ý tắt thiết bị")],
  ["tắt thiết bị"], actors=["Đồn Biên phòng Cửa Nghê"])
Q("tong kinh phi ho tro lap thiet bi giam sat hanh trinh o huyen Mui Nghe du kien la bao nhieu", "no-diacritics",
  [(A, "Tổng kinh phí hỗ trợ dự kiến tối đa là 5.000.000.000 đồng (năm tỷ đồng)")], ["5.000.000.000 đồng"])
Q("Ai ký kế hoạch lắp thiết bị giám sát hành trình của huyện Mũi Nghê?", "metadata",
  [(A, "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Phan Đình Khoa")], ["Phan Đình Khoa"])
q_lh = Q("Có vướng mắc về hồ sơ hỗ trợ lắp VMS thì liên hệ ai ở huyện?", "factoid",
  [(A, "ông Lưu Quang Tín, Phó Trưởng phòng Nông nghiệp và Môi trường huyện, điện thoại 0912 406 381")], ["Lưu Quang Tín", "0912 406 381"])
Q("Email của anh ấy là gì?", "follow-up",
  [(A, "điện thoại 0912 406 381, thư điện tử tinlq.mn@kyhai.gov.vn")], ["tinlq.mn@kyhai.gov.vn"], hist=q_lh)
Q("UBND các xã, thị trấn ven biển phải làm những việc gì theo kế hoạch VMS của huyện?", "who-what",
  [(A, "niêm yết công khai danh sách tàu cá được hỗ trợ tại trụ sở UBND và nhà văn hóa thôn"),
   (A, "gửi báo cáo kết quả về Phòng Nông nghiệp và Môi trường trước ngày 25 hằng tháng")],
  ["nhà văn hóa thôn", "trước ngày 25 hằng tháng"], actors=["UBND các xã, thị trấn ven biển"])
Q("Kế hoạch VMS của huyện căn cứ vào nghị quyết HĐND tỉnh số mấy?", "metadata",
  [(A, "Căn cứ Nghị quyết số 19/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh Kỳ Hải")], ["19/2025/NQ-HĐND"])
U("Ngân sách huyện Mũi Nghê bố trí bao nhiêu tiền cho việc lắp VMS năm 2027?")
U("Xã Nghê Nam phải lắp bao nhiêu thiết bị giám sát hành trình?")
U("Từ năm thứ hai, cước thuê bao vệ tinh mỗi tháng chủ tàu phải trả bao nhiêu?")
Q("han tham dinh danh sach tau ca duoc ho tro la ngay nao", "no-diacritics",
  [(A, "trình UBND huyện phê duyệt | Phòng Nông nghiệp và Môi trường | Phòng Tài chính - Kế hoạch | Trước ngày 31/3/2026")],
  ["31/3/2026"])
U("Chủ tàu ở huyện Đầm Vân được ngân sách huyện hỗ trợ tiền cước thuê bao bao nhiêu?")

# ---- sk02: CV 612/SNNMT-TS (nhật ký khai thác điện tử)
q_15m = Q("Từ khi nào tàu cá từ 15m trở lên bắt buộc dùng nhật ký khai thác điện tử?", "factoid",
  [(B, "Kể từ ngày 01 tháng 6 năm 2026, tàu cá có chiều dài lớn nhất từ 15 m trở lên bắt buộc")], ["01 tháng 6 năm 2026"])
Q("the tau tu 12 den duoi 15m thi sao?", "follow-up",
  [(B, "bắt buộc áp dụng từ ngày 01 tháng 01 năm 2027")], ["01 tháng 01 năm 2027"], hist=q_15m)
q_hot = Q("Số đường dây nóng hỗ trợ phần mềm nhật ký điện tử là số nào?", "factoid",
  [(B, "Duy trì đường dây nóng hỗ trợ kỹ thuật 1800 6247 (miễn cước)")], ["1800 6247"])
Q("Đường dây đó trực từ mấy giờ đến mấy giờ?", "follow-up",
  [(B, "1800 6247 (miễn cước) từ 7 giờ đến 21 giờ tất cả các ngày trong tuần")], ["7 giờ đến 21 giờ"], hist=q_hot)
Q("CV 612 của Sở NN&MT do ai ký?", "metadata",
  [(B, "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (Đã ký) Huỳnh Văn Lực")], ["Huỳnh Văn Lực"])
Q("Ban Quản lý cảng cá tỉnh phải làm gì để triển khai nhật ký điện tử?", "who-what",
  [(B, "lắp đặt điểm phát Wi-Fi miễn phí và 02 ki-ốt hỗ trợ tại cảng cá Gành Đỏ và cảng cá Rạn Trai trước ngày 31/5/2026")],
  ["Wi-Fi", "31/5/2026"], actors=["Ban Quản lý cảng cá tỉnh Kỳ Hải"])
Q("chi cuc thuy san phai cap xong tai khoan cho tau tu 15m truoc ngay nao", "no-diacritics",
  [(B, "hoàn thành cấp tài khoản cho 100% tàu cá dài từ 15 m trở lên trước ngày 25/5/2026")], ["25/5/2026"])
Q("Sở hỗ trợ máy tính bảng cho tàu cá hộ nghèo thế nào, bao nhiêu máy và mức tiền?", "factoid",
  [(B, "hỗ trợ 120 máy tính bảng cho tàu cá của hộ nghèo, hộ cận nghèo thuộc diện bắt buộc, mức hỗ trợ 3.000.000 đồng/máy")],
  ["120 máy tính bảng", "3.000.000 đồng/máy"])
U("Phần mềm eLogKH do công ty nào xây dựng và bàn giao cho Sở?")
U("Công văn 613/SNNMT-TS hướng dẫn gì về cảng cá Vịnh Nhàn?")
Q("Hội Nghề cá tỉnh được đề nghị làm gì trong công văn về nhật ký khai thác điện tử?", "who-what",
  [(B, "Đề nghị Hội Nghề cá tỉnh tuyên truyền đến các chi hội, tổ đoàn kết trên biển và hợp tác xã khai thác hải sản")],
  ["tổ đoàn kết trên biển"], actors=["Hội Nghề cá tỉnh"])
Q("Trung tâm Khuyến nông tỉnh phải làm tài liệu hướng dẫn gì, hạn nào xong?", "who-what",
  [(B, "biên soạn tài liệu hướng dẫn bằng hình ảnh và video ngắn (không quá 5 phút)"),
   (B, "phát hành qua nhóm Zalo của các tổ đoàn kết trên biển trước ngày 15/5/2026")],
  ["video ngắn", "15/5/2026"], actors=["Trung tâm Khuyến nông tỉnh"])
Q("BQL cảng cá ngừng xác nhận nguyên liệu cho tàu ko có NK điện tử từ ngày nào?", "abbreviation",
  [(B, "Từ ngày 01 tháng 7 năm 2026, Ban Quản lý cảng cá không xác nhận nguyên liệu thủy sản khai thác")], ["01 tháng 7 năm 2026"])
q_sang = Q("Cần hỗ trợ kỹ thuật phần mềm thì gọi cho ai ở Chi cục Thủy sản?", "factoid",
  [(B, "ông Đoàn Minh Sang, Phòng Khai thác và Phát triển nguồn lợi thủy sản, Chi cục Thủy sản, điện thoại 0905 318 742")],
  ["Đoàn Minh Sang", "0905 318 742"])
U("Còn email của anh Sang?", "follow-up", hist=q_sang)
Q("phan mem nhat ky dien tu co mat phi khong", "no-diacritics",
  [(B, "Phần mềm eLogKH được cấp miễn phí, cài đặt trên điện thoại thông minh")], ["miễn phí"])
Q("Công văn về nhật ký khai thác điện tử số mấy, ban hành ngày nào?", "metadata",
  [(B, "Số: 612/SNNMT-TS Kỳ Hải, ngày 14 tháng 4 năm 2026")], ["612/SNNMT-TS", "14 tháng 4 năm 2026"])
U("Thị xã Vịnh Nhàn được phân bổ bao nhiêu máy tính bảng trong số máy Sở hỗ trợ?")
Q("BCH BĐBP tỉnh được Sở đề nghị làm gì liên quan nhật ký điện tử?", "who-what",
  [(B, "giao các Đồn Biên phòng ven biển kiểm tra việc cài đặt, sử dụng phần mềm khi làm thủ tục xuất bến")],
  ["thủ tục xuất bến"], actors=["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"])
Q("UBND cac huyen, thi xa ven bien bao cao ket qua nhat ky dien tu truoc ngay may hang thang", "no-diacritics",
  [(B, "Báo cáo kết quả triển khai về Sở (qua Chi cục Thủy sản) trước ngày 20 hằng tháng")], ["trước ngày 20 hằng tháng"],
  actors=["UBND các huyện, thị xã ven biển"])
U("Hạn Hội Nghề cá tỉnh gửi báo cáo kết quả triển khai nhật ký điện tử là ngày nào?")

# ---- sk03: QĐ 1368/QĐ-UBND (đề tài tôm giống)
q_kp = Q("Đề tài tôm thẻ chân trắng giống sạch bệnh được duyệt tổng kinh phí bao nhiêu?", "factoid",
  [(C, "Kinh phí thực hiện: 3.860 triệu đồng (ba tỷ tám trăm sáu mươi triệu đồng)")], ["3.860 triệu đồng"])
Q("Trong đó ngân sách tỉnh chi bao nhiêu?", "follow-up",
  [(C, "Ngân sách sự nghiệp khoa học và công nghệ tỉnh: 2.940 triệu đồng")], ["2.940 triệu đồng"], hist=q_kp)
Q("Năm 2027 được bố trí bao nhiêu?", "follow-up",
  [(C, "năm 2027: 1.420 triệu đồng")], ["1.420 triệu đồng"], hist=q_kp)
Q("ai lam chu nhiem de tai tom the chan trang", "metadata",
  [(C, "Chủ nhiệm nhiệm vụ: ThS. Đặng Ngọc Huy, Phó Giám đốc Trung tâm Giống thủy sản Kỳ Hải")], ["Đặng Ngọc Huy"])
U("Số điện thoại của chủ nhiệm đề tài tôm giống Đặng Ngọc Huy là gì?")
Q("Trại thực nghiệm sản xuất tôm giống của đề tài đặt ở đâu?", "factoid",
  [(C, "trại sản xuất giống thực nghiệm tại xã Cồn Ốc, huyện Đầm Vân")], ["Cồn Ốc"])
Q("Đề tài đặt mục tiêu sản xuất bao nhiêu con giống PL12?", "factoid",
  [(C, "Sản xuất thử nghiệm 40 triệu con tôm giống PL12")], ["40 triệu con"])
Q("Tôm giống của đề tài phải sạch những bệnh gì?", "list",
  [(C, "âm tính với các bệnh đốm trắng (WSSV), hoại tử gan tụy cấp tính (AHPND) và vi bào tử trùng (EHP)")],
  ["WSSV", "AHPND", "EHP"])
Q("QĐ 1368 dự toán cho phân tích mẫu bệnh, xét nghiệm PCR bao nhiêu?", "abbreviation",
  [(C, "4 Phân tích mẫu bệnh, xét nghiệm PCR 285 285 0")], ["285"])
q_skhcn = Q("Sở KH&CN có trách nhiệm gì theo quyết định phê duyệt đề tài tôm giống?", "who-what",
  [(C, "ký hợp đồng thực hiện nhiệm vụ với tổ chức chủ trì và chủ nhiệm nhiệm vụ trong thời hạn 15 ngày")],
  ["15 ngày"], actors=["Sở Khoa học và Công nghệ"])
Q("Thế Sở NN&MT?", "follow-up",
  [(C, "chủ trì xây dựng kế hoạch chuyển giao, nhân rộng mô hình từ năm 2029")], ["năm 2029"], hist=q_skhcn,
  actors=["Sở Nông nghiệp và Môi trường"])
Q("Chủ nhiệm đề tài tôm phải báo cáo tiến độ vào những thời điểm nào?", "who-what",
  [(C, "báo cáo tình hình thực hiện về Sở Khoa học và Công nghệ trước ngày 15/6 và ngày 15/12 hằng năm")],
  ["15/6", "15/12"], actors=["Tổ chức chủ trì và chủ nhiệm nhiệm vụ"])
Q("de tai tom giong thuc hien trong bao lau", "no-diacritics",
  [(C, "Thời gian thực hiện: 30 tháng, từ tháng 6/2026 đến tháng 11/2028")], ["30 tháng"])
U("Kinh phí đề tài tôm giống bố trí cho năm 2029 là bao nhiêu?")
U("Tỷ lệ sống của tôm giống PL12 ở giai đoạn ương trong trại phải đạt bao nhiêu?")
Q("Quyết định phê duyệt đề tài tôm giống do ai ký?", "metadata",
  [(C, "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Trương Công Hậu")], ["Trương Công Hậu"])
Q("UBND huyện Đầm Vân và Mũi Nghê có trách nhiệm gì đối với đề tài tôm giống?", "who-what",
  [(C, "tạo điều kiện về mặt bằng, lựa chọn hộ nuôi tham gia mô hình và phối hợp tổ chức hội thảo đầu bờ")],
  ["hội thảo đầu bờ"], actors=["UBND huyện Đầm Vân và UBND huyện Mũi Nghê"])
Q("ma so nhiem vu tom the chan trang la gi", "no-diacritics",
  [(C, "Mã số nhiệm vụ: KHĐT.07/2026")], ["KHĐT.07/2026"])
Q("QĐ phê duyệt đề tài tôm căn cứ tờ trình nào của Sở KH&CN?", "abbreviation",
  [(C, "Tờ trình số 288/TTr-SKHCN ngày 19/5/2026")], ["288/TTr-SKHCN"])
U("Hội đồng nghiệm thu đề tài tôm giống gồm bao nhiêu thành viên?")
U("kinh phi to chuc hoi thao dau bo cua de tai tom nam 2027 la bao nhieu")
U("QĐ 1369/QĐ-UBND phê duyệt đề tài gì?")
U("Đề tài tôm giống được trao giải đặc biệt Giải thưởng sáng tạo KH&CN tỉnh năm 2026 với số tiền bao nhiêu?")

# ---- sk04: TB 52/TB-TTKN (lớp tập huấn)
q_bn = Q("Lớp tập huấn ngư dân ở xã Bãi Nhút học ngày nào?", "factoid",
  [(D, "| 2 | 18/5 - 20/5/2026 | Nhà văn hóa thôn Mũi Đèn, xã Bãi Nhút")], ["18/5 - 20/5/2026"])
Q("con lop o Ran Trai?", "follow-up",
  [(D, "| 3 | 25/5 - 27/5/2026 | Hội trường Ban Quản lý cảng cá Rạn Trai")], ["25/5 - 27/5/2026"], hist=q_bn)
q_an = Q("Học viên đi tập huấn được hỗ trợ tiền ăn bao nhiêu một ngày?", "factoid",
  [(D, "Hỗ trợ tiền ăn: 150.000 đồng/người/ngày")], ["150.000 đồng/người/ngày"])
Q("Có được hỗ trợ tiền đi lại không?", "follow-up",
  [(D, "khoán 100.000 đồng/người/lớp đối với học viên có nơi ở cách địa điểm tập huấn từ 15 km trở lên")],
  ["100.000 đồng/người/lớp", "15 km"], hist=q_an)
Q("Ngày học thứ hai của lớp tập huấn gồm nội dung gì?", "list",
  [(D, "cài đặt, đăng nhập và ghi nhật ký khai thác trên phần mềm eLogKH; thực hành gửi dữ liệu mẻ lưới")], ["eLogKH"])
Q("Các đồn biên phòng được đề nghị làm gì trong đợt tập huấn ngư dân?", "who-what",
  [(D, "Đề nghị Đồn Biên phòng Cửa Nghê và Đồn Biên phòng Rạn Trai cử cán bộ trình bày chuyên đề về chống khai thác IUU")],
  ["chống khai thác IUU"], actors=["Đồn Biên phòng Cửa Nghê", "Đồn Biên phòng Rạn Trai"])
Q("Trạm khuyến nông - khuyến ngư các huyện phải chuẩn bị gì cho lớp tập huấn?", "who-what",
  [(D, "chuẩn bị hội trường, điểm danh học viên, chi trả chế độ theo danh sách ký nhận")], ["hội trường", "điểm danh"],
  actors=["Trạm khuyến nông - khuyến ngư huyện Mũi Nghê", "Trạm khuyến nông - khuyến ngư huyện Đầm Vân"])
Q("lien he ai de hoi ve lop tap huan ngu dan o Mui Nghe", "no-diacritics",
  [(D, "Ông Tạ Quốc Bửu, Trưởng Trạm khuyến nông - khuyến ngư huyện Mũi Nghê, điện thoại 0978 215 604")],
  ["Tạ Quốc Bửu", "0978 215 604"])
Q("tong cong mo may lop, bao nhieu hoc vien", "no-diacritics",
  [(D, "Tổng số: 04 lớp, 240 học viên")], ["04 lớp", "240 học viên"])
Q("Thông báo mở lớp tập huấn ngư dân số mấy, ngày nào, đơn vị nào ban hành?", "metadata",
  [(D, "TRUNG TÂM KHUYẾN NÔNG Số: 52/TB-TTKN"), (D, "Kỳ Hải, ngày 22 tháng 4 năm 2026")],
  ["52/TB-TTKN", "22 tháng 4 năm 2026"])
U("Lớp tập huấn số 5 cho ngư dân tổ chức ở đâu?")
U("Giảng viên, báo cáo viên của lớp tập huấn ngư dân được bồi dưỡng bao nhiêu một buổi?")
Q("TTKN dự toán kinh phí mở các lớp tập huấn ngư dân là bao nhiêu?", "abbreviation",
  [(D, "Kinh phí tổ chức các lớp lấy từ Kế hoạch khuyến nông năm 2026, dự toán 168.000.000 đồng")], ["168.000.000 đồng"])
Q("UBND xã phải gửi danh sách học viên cho ai, chậm nhất khi nào?", "who-what",
  [(D, "gửi Trạm khuyến nông - khuyến ngư huyện chậm nhất 05 ngày trước ngày khai giảng")], ["05 ngày"],
  actors=["UBND các xã, thị trấn"])
U("tien ho tro hoc vien lop tap huan ngu dan nam 2025 la bao nhieu")
Q("Hội Nghề cá huyện Mũi Nghê được đề nghị gì trong TB 52?", "who-what",
  [(D, "Đề nghị Hội Nghề cá huyện Mũi Nghê khuyến khích hội viên là thuyền trưởng lớn tuổi tham gia lớp học")],
  ["thuyền trưởng lớn tuổi"], actors=["Hội Nghề cá huyện Mũi Nghê"])

# ---- sk05: BC 97/BC-CCTS (kết quả)
q_hc = Q("Xã Hòn Chảo đã lắp được bao nhiêu thiết bị VMS, đạt tỷ lệ bao nhiêu?", "factoid",
  [(E, "| 6 | Xã Hòn Chảo | Mũi Nghê | 14 | 9 | 64,3 | 1 |")], ["64,3"])
Q("con xa Con Oc?", "follow-up",
  [(E, "| 8 | Xã Cồn Ốc | Đầm Vân | 22 | 20 | 90,9 | 0 |")], ["90,9"], hist=q_hc)
U("Thế phường Nhàn Đông?", "follow-up", hist=q_hc)
Q("Tính chung 9 xã, thị trấn thì tỷ lệ lắp VMS là bao nhiêu?", "factoid",
  [(E, "| | Tổng cộng | | 371 | 333 | 89,8 | 14 |")], ["89,8", "333"])
q_tk = Q("Có bao nhiêu tàu từ 15 m trở lên đã có tài khoản eLogKH?", "factoid",
  [(E, "| Tàu có tài khoản eLogKH | 779 tàu | đạt 95,9% |")], ["779 tàu", "95,9%"])
Q("Vậy còn bao nhiêu tàu chưa có, hạn cấp nốt là khi nào?", "follow-up",
  [(E, "Cấp tài khoản eLogKH cho 33 tàu còn lại trước ngày 15/11/2026")], ["33 tàu", "15/11/2026"], hist=q_tk)
q_xp = Q("Đã xử phạt bao nhiêu trường hợp tàu không duy trì kết nối VMS, tổng tiền phạt bao nhiêu?", "factoid",
  [(E, "xử phạt vi phạm hành chính 12 trường hợp với tổng số tiền 486 triệu đồng")], ["12 trường hợp", "486 triệu đồng"])
Q("Còn bao nhiêu vụ đang xác minh?", "follow-up",
  [(E, "486 triệu đồng; 7 trường hợp đang xác minh")], ["7 trường hợp"], hist=q_xp)
Q("BC 97 của CCTS cho biết ngân sách tỉnh đã giải ngân bao nhiêu cho VMS?", "abbreviation",
  [(E, "ngân sách tỉnh đã giải ngân 5.661 triệu đồng cho 333 thiết bị")], ["5.661 triệu đồng"])
Q("xa nao hoan thanh 100% chi tieu lap thiet bi dau tien", "no-diacritics",
  [(E, "Xã Gành Đỏ là địa phương đầu tiên hoàn thành 100% chỉ tiêu (ngày 26/6/2026")], ["Gành Đỏ", "26/6/2026"])
Q("Phòng Khai thác và Phát triển nguồn lợi thủy sản phải làm gì hằng tháng?", "who-what",
  [(E, "Phòng Khai thác và Phát triển nguồn lợi thủy sản rà soát danh sách tàu mất kết nối, gửi các Đồn Biên phòng trước ngày 05 hằng tháng")],
  ["trước ngày 05 hằng tháng"], actors=["Phòng Khai thác và Phát triển nguồn lợi thủy sản"])
Q("Chi cục kiến nghị UBND huyện Mũi Nghê làm gì?", "who-what",
  [(E, "giao UBND xã Hòn Chảo và xã Lạch Ruông hoàn thành lắp đặt thiết bị cho các tàu còn lại trước ngày 31/12/2026")],
  ["31/12/2026"], actors=["UBND huyện Mũi Nghê"])
U("Sản lượng khai báo qua nhật ký điện tử của riêng huyện Đầm Vân là bao nhiêu tấn?")
U("Lớp tập huấn ở Gành Đỏ có bao nhiêu học viên được cấp giấy chứng nhận?")
Q("Báo cáo kết quả VMS và nhật ký điện tử 10 tháng số mấy, ai ký?", "metadata",
  [(E, "CHI CỤC THỦY SẢN Số: 97/BC-CCTS"), (E, "CHI CỤC TRƯỞNG (Đã ký) Đỗ Khắc Liêm")], ["97/BC-CCTS", "Đỗ Khắc Liêm"])
Q("toan tinh co bao nhieu tau ca tu 12m tro len", "no-diacritics",
  [(E, "toàn tỉnh có 1.486 tàu cá dài từ 12 m trở lên")], ["1.486"])
U("Nhà cung cấp thiết bị VMS bị lỗi bộ nguồn tên là gì?")
U("Ban Quản lý cảng cá lập biên bản bao nhiêu chuyến biển tại cảng cá Gành Đỏ?")
U("so dien thoai cua Don Bien phong Cua Nghe la bao nhieu")
U("Kế hoạch 41/KH-UBND của tỉnh giao thị xã Vịnh Nhàn lắp bao nhiêu thiết bị VMS năm 2026?")

# ---- corpus-level
Q("Những văn bản nào có nhắc tới đường dây nóng 1800 6247?", "corpus",
  [(B, "Duy trì đường dây nóng hỗ trợ kỹ thuật 1800 6247 (miễn cước)"),
   (E, "| Cuộc gọi đến đường dây nóng 1800 6247 | 1.128 cuộc |")], ["612/SNNMT-TS", "97/BC-CCTS"])
Q("Văn bản nào quy định tiền ăn cho ngư dân đi tập huấn?", "corpus",
  [(D, "Hỗ trợ tiền ăn: 150.000 đồng/người/ngày")], ["52/TB-TTKN", "150.000 đồng/người/ngày"])
Q("Có mấy văn bản nói về xã Hòn Chảo, là những văn bản nào?", "corpus",
  [(A, "Đợt 2 (từ ngày 01/8/2026 đến ngày 31/10/2026): thị trấn Mũi Nghê, xã Lạch Ruông và xã Hòn Chảo"),
   (D, "Hội trường UBND xã Gành Đỏ, huyện Mũi Nghê | Gành Đỏ, Hòn Chảo | 60"),
   (E, "| 6 | Xã Hòn Chảo | Mũi Nghê | 14 | 9 | 64,3 | 1 |")], ["Hòn Chảo"])
Q("Trong bộ tài liệu, văn bản nào do UBND tỉnh ban hành?", "corpus",
  [(C, "Số: 1368/QĐ-UBND Kỳ Hải, ngày 28 tháng 5 năm 2026")], ["1368/QĐ-UBND"])
Q("Văn bản nào thực hiện hoặc căn cứ CV 612/SNNMT-TS?", "corpus",
  [(D, "Căn cứ Công văn số 612/SNNMT-TS ngày 14/4/2026 của Sở Nông nghiệp và Môi trường"),
   (E, "Thực hiện Công văn số 612/SNNMT-TS ngày 14/4/2026 của Sở Nông nghiệp và Môi trường")], ["52/TB-TTKN", "97/BC-CCTS"])

# ---- who-what gold
def W(name, role, deadline, task):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": task}


WHO_WHAT = [
    {"id": "wsk01", "directive": "KH 74/KH-UBND", "source": A, "actors": [
        W("UBND các xã, thị trấn", "chủ trì", "Trước ngày 20/3/2026", "Rà soát, lập danh sách tàu cá thuộc diện hỗ trợ theo từng xã, thị trấn"),
        W("Trạm khuyến nông - khuyến ngư huyện", "phối hợp", "Trước ngày 20/3/2026", "Rà soát, lập danh sách tàu cá thuộc diện hỗ trợ theo từng xã, thị trấn"),
        W("Phòng Nông nghiệp và Môi trường", "chủ trì", "Trước ngày 31/3/2026", "Thẩm định, tổng hợp danh sách tàu cá được hỗ trợ, trình UBND huyện phê duyệt"),
        W("Phòng Tài chính - Kế hoạch", "phối hợp", "Trước ngày 31/3/2026", "Thẩm định, tổng hợp danh sách tàu cá được hỗ trợ, trình UBND huyện phê duyệt"),
        W("Phòng Nông nghiệp và Môi trường", "chủ trì", "Trước ngày 31/3/2026", "Công khai danh sách nhà cung cấp thiết bị đạt chuẩn và giá niêm yết"),
        W("Chi cục Thủy sản tỉnh", "phối hợp", "Trước ngày 31/3/2026", "Công khai danh sách nhà cung cấp thiết bị đạt chuẩn và giá niêm yết"),
        W("Phòng Tài chính - Kế hoạch", "chủ trì", "Trong 15 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ", "Thẩm định hồ sơ thanh toán, chi trả kinh phí hỗ trợ cho chủ tàu"),
        W("Kho bạc Nhà nước khu vực Kỳ Hải", "phối hợp", "Trong 15 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ", "Thẩm định hồ sơ thanh toán, chi trả kinh phí hỗ trợ cho chủ tàu"),
        W("Đồn Biên phòng Cửa Nghê", "chủ trì", "Thường xuyên", "Kiểm soát tàu cá xuất, nhập bến; không cho tàu chưa lắp đặt hoặc mất kết nối thiết bị xuất bến"),
        W("Ban Quản lý cảng cá Gành Đỏ", "phối hợp", "Thường xuyên", "Kiểm soát tàu cá xuất, nhập bến; không cho tàu chưa lắp đặt hoặc mất kết nối thiết bị xuất bến"),
        W("Trạm khuyến nông - khuyến ngư huyện", "chủ trì", "Hằng ngày", "Theo dõi tín hiệu, thông báo cho chủ tàu khi tàu mất kết nối quá 6 giờ"),
        W("Hội Nghề cá huyện", "phối hợp", "Hằng ngày", "Theo dõi tín hiệu, thông báo cho chủ tàu khi tàu mất kết nối quá 6 giờ"),
        W("Trung tâm Văn hóa, Thông tin và Thể thao huyện", "chủ trì", "Thường xuyên", "Tuyên truyền trên hệ thống truyền thanh cơ sở, trang thông tin điện tử huyện"),
        W("Phòng Nông nghiệp và Môi trường", "thường trực", "định kỳ hằng quý (trước ngày 20 của tháng cuối quý)", "là cơ quan thường trực, chủ trì theo dõi, kiểm tra việc thực hiện Kế hoạch"),
        W("Phòng Tài chính - Kế hoạch", None, None, "có trách nhiệm tham mưu bố trí 500.000.000 đồng từ ngân sách huyện năm 2026"),
        W("Trạm khuyến nông - khuyến ngư huyện", "chủ trì", "trong tháng 5 và tháng 6/2026", "hướng dẫn chủ tàu, thuyền trưởng sử dụng và bảo quản thiết bị"),
        W("UBND các xã, thị trấn ven biển", None, "trước ngày 25 hằng tháng", "niêm yết công khai danh sách tàu cá được hỗ trợ tại trụ sở UBND và nhà văn hóa thôn"),
        W("Đồn Biên phòng Cửa Nghê", None, None, "phối hợp kiểm tra, xử lý nghiêm các trường hợp tàu cá cố ý tắt thiết bị"),
        W("Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện", None, None,
          "tuyên truyền, khuyến khích hội viên là chủ tàu thực hiện nghiêm quy định về lắp đặt và duy trì thiết bị giám sát hành trình"),
    ], "intruders": ["Phan Đình Khoa", "UBND tỉnh (b/c)", "TT Huyện ủy, TT HĐND huyện", "CT, các PCT UBND huyện",
                     "Lưu: VT, NNMT", "UBND HUYỆN MŨI NGHÊ", "Lưu Quang Tín"]},
    {"id": "wsk02", "directive": "CV 612/SNNMT-TS", "source": B, "actors": [
        W("UBND các huyện, thị xã ven biển", None, "trước ngày 20 hằng tháng", "Báo cáo kết quả triển khai về Sở (qua Chi cục Thủy sản) trước ngày 20 hằng tháng"),
        W("UBND các xã, phường, thị trấn", None, "trước ngày 10/5/2026", "lập danh sách chủ tàu, thuyền trưởng cần hướng dẫn cài đặt phần mềm (kèm số điện thoại)"),
        W("Chi cục Thủy sản", "chủ trì", "trước ngày 25/5/2026", "Chủ trì cấp tài khoản phần mềm; hoàn thành cấp tài khoản cho 100% tàu cá dài từ 15 m trở lên"),
        W("Chi cục Thủy sản", "chủ trì", "trong tháng 5 và tháng 6/2026", "tổ chức tập huấn cho chủ tàu, thuyền trưởng tại các huyện Mũi Nghê, Đầm Vân"),
        W("Chi cục Thủy sản", None, "định kỳ hằng tháng (trước ngày 25)", "Duy trì đường dây nóng hỗ trợ kỹ thuật 1800 6247 (miễn cước)"),
        W("Trung tâm Khuyến nông tỉnh", None, "trước ngày 15/5/2026", "biên soạn tài liệu hướng dẫn bằng hình ảnh và video ngắn (không quá 5 phút)"),
        W("Ban Quản lý cảng cá tỉnh Kỳ Hải", None, "trước ngày 31/5/2026", "lắp đặt điểm phát Wi-Fi miễn phí và 02 ki-ốt hỗ trợ tại cảng cá Gành Đỏ và cảng cá Rạn Trai"),
        W("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", None, None, "giao các Đồn Biên phòng ven biển kiểm tra việc cài đặt, sử dụng phần mềm khi làm thủ tục xuất bến"),
        W("Hội Nghề cá tỉnh", None, None, "tuyên truyền đến các chi hội, tổ đoàn kết trên biển và hợp tác xã khai thác hải sản"),
    ], "intruders": ["Huỳnh Văn Lực", "Giám đốc Sở (b/c)", "Lưu: VT, TS", "Bộ Nông nghiệp và Môi trường",
                     "Đoàn Minh Sang", "Hà Thị Mỹ Duyên"]},
    {"id": "wsk03", "directive": "QĐ 1368/QĐ-UBND", "source": C, "actors": [
        W("Sở Khoa học và Công nghệ", None, "trong thời hạn 15 ngày kể từ ngày Quyết định có hiệu lực",
          "ký hợp đồng thực hiện nhiệm vụ với tổ chức chủ trì và chủ nhiệm nhiệm vụ"),
        W("Sở Tài chính", "chủ trì", None, "Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ bố trí kinh phí"),
        W("Sở Nông nghiệp và Môi trường", "chủ trì", "từ năm 2029", "tiếp nhận kết quả sau nghiệm thu và chủ trì xây dựng kế hoạch chuyển giao, nhân rộng mô hình"),
        W("Tổ chức chủ trì và chủ nhiệm nhiệm vụ", None, "trước ngày 15/6 và ngày 15/12 hằng năm",
          "báo cáo tình hình thực hiện về Sở Khoa học và Công nghệ"),
        W("UBND huyện Đầm Vân và UBND huyện Mũi Nghê", None, None,
          "tạo điều kiện về mặt bằng, lựa chọn hộ nuôi tham gia mô hình và phối hợp tổ chức hội thảo đầu bờ"),
    ], "intruders": ["Trương Công Hậu", "Kho bạc Nhà nước khu vực Kỳ Hải", "Lưu: VT, KGVX", "CT, các PCT UBND tỉnh",
                     "Mai Thu Hường"]},
    {"id": "wsk04", "directive": "TB 52/TB-TTKN", "source": D, "actors": [
        W("UBND các xã, thị trấn", None, "chậm nhất 05 ngày trước ngày khai giảng", "tổng hợp danh sách học viên (họ tên, số căn cước, số đăng ký tàu, số điện thoại)"),
        W("Trạm khuyến nông - khuyến ngư huyện Mũi Nghê và Trạm khuyến nông - khuyến ngư huyện Đầm Vân", None, None,
          "chuẩn bị hội trường, điểm danh học viên, chi trả chế độ theo danh sách ký nhận"),
        W("UBND các xã, thị trấn có học viên", None, "ít nhất 03 lần trước mỗi lớp", "thông báo trên hệ thống loa truyền thanh ít nhất 03 lần trước mỗi lớp"),
        W("Hội Nghề cá huyện Mũi Nghê", None, None, "khuyến khích hội viên là thuyền trưởng lớn tuổi tham gia lớp học"),
        W("Đồn Biên phòng Cửa Nghê và Đồn Biên phòng Rạn Trai", None, None,
          "cử cán bộ trình bày chuyên đề về chống khai thác IUU tại lớp học trên địa bàn quản lý"),
        W("Chi cục Thủy sản", None, None, "cử cán bộ kỹ thuật hướng dẫn thực hành phần mềm eLogKH tại cả 04 lớp"),
    ], "intruders": ["Châu Văn Tường", "Sở Nông nghiệp và Môi trường (b/c)", "Lưu: VT, KT", "Tạ Quốc Bửu",
                     "Lạc Thị Hồng Nhung"]},
    {"id": "wsk05", "directive": "BC 97/BC-CCTS", "source": E, "actors": [
        W("Phòng Khai thác và Phát triển nguồn lợi thủy sản", None, "trước ngày 05 hằng tháng",
          "rà soát danh sách tàu mất kết nối, gửi các Đồn Biên phòng trước ngày 05 hằng tháng"),
        W("Phòng Quản lý tàu cá và cảng cá", None, "trước ngày 30/11/2026", "làm việc với nhà cung cấp để bảo hành, thay thế thiết bị lỗi"),
        W("Sở Nông nghiệp và Môi trường", None, None, "trình UBND tỉnh xem xét nâng mức hỗ trợ lên 90% giá thiết bị"),
        W("UBND huyện Mũi Nghê", None, "trước ngày 31/12/2026", "giao UBND xã Hòn Chảo và xã Lạch Ruông hoàn thành lắp đặt thiết bị cho các tàu còn lại"),
        W("Trung tâm Khuyến nông tỉnh", None, "trong quý I/2027", "mở thêm 02 lớp tập huấn tại thị xã Vịnh Nhàn"),
        W("các doanh nghiệp viễn thông trên địa bàn", None, None, "lắp thêm trạm phát sóng tại xã Hòn Chảo"),
    ], "intruders": ["Đỗ Khắc Liêm", "Sở Nông nghiệp và Môi trường (b/c)", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
                     "Lưu: VT, KT", "UBND các huyện Mũi Nghê, Đầm Vân"]},
]


def write_gold():
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in QUESTIONS:
            f.write(N(json.dumps(q, ensure_ascii=False)) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WHO_WHAT:
            f.write(N(json.dumps(w, ensure_ascii=False)) + "\n")
    print("questions:", len(QUESTIONS), "who-what lines:", len(WHO_WHAT))


if __name__ == "__main__":
    main()
    write_gold()
