# -*- coding: utf-8 -*-
"""Text of the five invented documents of set blind47 (tỉnh Vĩnh Linh Bắc)."""

# ---------------------------------------------------------------- qw01 (PDF)
D1_HEADER_LEFT = ["UỶ BAN NHÂN DÂN", "TỈNH VĨNH LINH BẮC", "Số: 64/KH-UBND"]
D1_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Linh Xuyên, ngày 12 tháng 3 năm 2026"]
D1_TITLE = ["KẾ HOẠCH", "Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
            "tỉnh Vĩnh Linh Bắc năm 2026"]
D1_BODY = """Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Chương trình hành động số 09-CTr/TU ngày 18/02/2025 của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết nêu trên;
Căn cứ Nghị quyết số 31/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh về dự toán ngân sách địa phương năm 2026;
Xét đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 45/TTr-SKHCN ngày 02/3/2026, Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2026 như sau:
## I. MỤC ĐÍCH, YÊU CẦU
1. Cụ thể hóa các nhiệm vụ của tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong năm 2026; xác định rõ nhiệm vụ, thời hạn và trách nhiệm của từng cơ quan, đơn vị.
2. Huy động sự tham gia của cả hệ thống chính trị, doanh nghiệp, nhà khoa học và người dân; gắn chuyển đổi số với cải cách hành chính và phát triển kinh tế - xã hội của địa phương.
3. Việc triển khai phải thiết thực, có lộ trình, có sản phẩm cụ thể, tránh hình thức; kết quả thực hiện là một tiêu chí đánh giá mức độ hoàn thành nhiệm vụ năm 2026 của người đứng đầu cơ quan, đơn vị.
## II. CHỈ TIÊU CHỦ YẾU NĂM 2026
1. Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình đạt từ 65% trở lên; 100% kết quả giải quyết thủ tục hành chính được số hóa.
2. Tối thiểu 80% người dân từ đủ 15 tuổi trở lên có tài khoản định danh điện tử mức độ 2 được kích hoạt.
3. 75% hộ gia đình sử dụng Internet cáp quang băng rộng; 100% thôn, bản có sóng di động 4G.
4. Triển khai mới 12 nhiệm vụ khoa học và công nghệ cấp tỉnh, trong đó tối thiểu 5 nhiệm vụ ứng dụng trí tuệ nhân tạo, dữ liệu lớn vào nông nghiệp, y tế và giáo dục.
5. Hỗ trợ thành lập mới 3 doanh nghiệp khoa học và công nghệ; hỗ trợ 40 đơn đăng ký xác lập quyền sở hữu trí tuệ, trong đó có 6 nhãn hiệu chứng nhận cho sản phẩm OCOP.
6. 100% xã, phường, thị trấn duy trì Tổ công nghệ số cộng đồng hoạt động thường xuyên; 70% người dân trong độ tuổi lao động được phổ cập kỹ năng số cơ bản.
## III. NHIỆM VỤ, GIẢI PHÁP
1. Nâng cao nhận thức và hoàn thiện thể chế: tổ chức quán triệt, tuyên truyền sâu rộng về vai trò của khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; rà soát, ban hành trong quý II/2026 quy định về cơ chế khoán chi đến sản phẩm cuối cùng đối với nhiệm vụ khoa học và công nghệ sử dụng ngân sách tỉnh.
2. Phát triển hạ tầng số và dữ liệu: hoàn thành kết nối Trung tâm dữ liệu tỉnh với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia trước ngày 30/9/2026; xây dựng 8 cơ sở dữ liệu chuyên ngành, ưu tiên đất đai, giáo dục, y tế, di sản văn hóa.
3. Phát triển nguồn nhân lực và phổ cập kỹ năng số: triển khai phong trào "Bình dân học vụ số"; bồi dưỡng kỹ năng số cho 100% cán bộ, công chức cấp xã; đưa giáo dục STEM và kiến thức trí tuệ nhân tạo cơ bản vào hoạt động trải nghiệm ở các trường trung học.
4. Thúc đẩy đổi mới sáng tạo và khởi nghiệp: tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh Vĩnh Linh Bắc năm 2026 (Techfest Vĩnh Linh Bắc 2026) trong quý III/2026 tại Quảng trường trung tâm thành phố Linh Xuyên; hỗ trợ tối đa 300 triệu đồng cho mỗi dự án khởi nghiệp được lựa chọn ươm tạo.
5. Số hóa di sản và phát triển nội dung số: số hóa 3D 15 di tích lịch sử - văn hóa cấp tỉnh; xây dựng bản đồ số du lịch tích hợp thuyết minh tự động bằng 3 ngôn ngữ Việt, Anh, Hàn.
## IV. KINH PHÍ THỰC HIỆN
Tổng kinh phí dự kiến 48,6 tỷ đồng, gồm: ngân sách tỉnh 31,2 tỷ đồng (sự nghiệp khoa học và công nghệ 18,5 tỷ đồng; sự nghiệp chuyển đổi số 12,7 tỷ đồng); ngân sách cấp huyện 9,4 tỷ đồng; nguồn xã hội hóa và huy động hợp pháp khác 8,0 tỷ đồng. Các cơ quan, đơn vị lập dự toán chi tiết gửi Sở Tài chính trước ngày 10/4/2026.
## V. TỔ CHỨC THỰC HIỆN
# 1. Sở Khoa học và Công nghệ
Là cơ quan thường trực, chủ trì theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; chủ trì tổ chức Techfest Vĩnh Linh Bắc 2026; tổng hợp, báo cáo Ủy ban nhân dân tỉnh định kỳ hằng quý (trước ngày 20 của tháng cuối quý) và báo cáo năm trước ngày 10/12/2026.
# 2. Sở Tài chính
Chủ trì, phối hợp với Sở Khoa học và Công nghệ thẩm định dự toán, tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn thanh quyết toán theo cơ chế khoán chi.
# 3. Sở Giáo dục và Đào tạo
Chủ trì triển khai giáo dục STEM, kiến thức trí tuệ nhân tạo cơ bản trong các trường trung học; phấn đấu đến hết năm 2026 có 100% trường trung học phổ thông có phòng học STEM hoặc phòng học đa năng đáp ứng yêu cầu; phối hợp tổ chức Cuộc thi sáng tạo thanh thiếu niên, nhi đồng tỉnh.
# 4. Sở Văn hóa, Thể thao và Du lịch
Chủ trì số hóa 3D 15 di tích lịch sử - văn hóa cấp tỉnh và xây dựng bản đồ số du lịch, hoàn thành trước ngày 30/11/2026.
# 5. Sở Nội vụ
Chủ trì bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức; đưa kết quả thực hiện chuyển đổi số vào tiêu chí đánh giá, xếp loại cơ quan, đơn vị cuối năm.
# 6. Công an tỉnh
Chủ trì đẩy mạnh cấp, kích hoạt tài khoản định danh điện tử mức độ 2; bảo đảm an ninh mạng đối với hệ thống thông tin của tỉnh.
# 7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh và Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh
Phối hợp tuyên truyền, vận động hội viên, đoàn viên và Nhân dân tham gia phong trào "Bình dân học vụ số"; Tỉnh đoàn chủ trì duy trì Tổ thanh niên công nghệ số ở 100% cơ sở Đoàn cấp xã.
# 8. Ủy ban nhân dân các huyện, thành phố
Căn cứ Kế hoạch này, ban hành kế hoạch của địa phương trước ngày 30/4/2026; bố trí ngân sách cấp huyện; theo dõi hoạt động của Tổ công nghệ số cộng đồng ở cấp xã; gửi báo cáo về Sở Khoa học và Công nghệ theo định kỳ.
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công nghệ (đầu mối: bà Hồ Thị Lan Phương, Phó Trưởng phòng Quản lý khoa học, điện thoại 0233.3856.214, thư điện tử phuonghtl.skhcn@vinhlinhbac.gov.vn) để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định./."""
D1_SIGN = ["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)", "Trương Văn Hiển"]
D1_NOINHAN = ["Nơi nhận:", "- Bộ Khoa học và Công nghệ;", "- Thường trực Tỉnh ủy;",
              "- Thường trực HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
              "- Ủy ban MTTQ Việt Nam tỉnh;", "- Các sở, ban, ngành tỉnh;",
              "- UBND các huyện, thành phố;", "- Báo Vĩnh Linh Bắc;", "- Lưu: VT, KGVX."]

# ---------------------------------------------------------------- qw02 (hard-wrapped TXT)
D2_HEADER = """UBND HUYỆN LƯƠNG SA              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO              Độc lập - Tự do - Hạnh phúc
                                      ---------------------------
Số: 318/PGDĐT-THCS                Lương Sa, ngày 06 tháng 5 năm 2026
V/v tổ chức Cuộc thi "Sáng tạo
số học đường" và phổ cập kỹ năng
số năm học 2025-2026

        Kính gửi:
            - Hiệu trưởng các trường THCS, TH&THCS trên địa bàn huyện;
            - Hiệu trưởng các trường tiểu học.
"""
D2_BODY = [
"Thực hiện Quyết định số 1215/QĐ-UBND ngày 20/4/2026 của Ủy ban nhân dân huyện Lương Sa ban hành Kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số huyện Lương Sa năm 2026, trong đó giao Phòng Giáo dục và Đào tạo chủ trì tổ chức Cuộc thi \"Sáng tạo số học đường\" dành cho học sinh trung học cơ sở, Phòng Giáo dục và Đào tạo hướng dẫn và đề nghị các trường triển khai một số nội dung sau:",
"1. Đối tượng và hình thức dự thi",
"Học sinh đang học từ lớp 6 đến lớp 9 tại các trường THCS, TH&THCS trên địa bàn huyện. Học sinh dự thi theo nhóm, mỗi nhóm tối đa 03 học sinh và 01 giáo viên hướng dẫn; mỗi học sinh chỉ được tham gia 01 sản phẩm dự thi.",
"Sản phẩm dự thi thuộc một trong ba lĩnh vực: (a) sản phẩm STEM, mô hình robot, thiết bị tự động hóa đơn giản; (b) phần mềm, ứng dụng trên điện thoại hoặc trang web phục vụ học tập, đời sống; (c) sản phẩm truyền thông số về phòng, chống lừa đảo trực tuyến và bảo vệ thông tin cá nhân.",
"2. Thời gian, địa điểm",
"- Vòng thi cấp trường: các trường tự tổ chức, hoàn thành trước ngày 20/5/2026; mỗi trường chọn tối đa 03 sản phẩm tiêu biểu dự thi cấp huyện.",
"- Hồ sơ dự thi cấp huyện gồm phiếu đăng ký, bản thuyết minh không quá 05 trang và video giới thiệu không quá 03 phút; gửi về Phòng Giáo dục và Đào tạo qua thư điện tử trước 17h00 ngày 29/5/2026. Hồ sơ gửi sau thời hạn trên sẽ không được xét.",
"- Vòng chung khảo cấp huyện: bắt đầu lúc 7h30 ngày 06/6/2026 tại Trường THCS thị trấn Lương Sa; các nhóm trình bày sản phẩm trong thời gian không quá 07 phút và trả lời câu hỏi của Ban Giám khảo. Lễ tổng kết, trao giải tổ chức lúc 15h00 cùng ngày, tại cùng địa điểm.",
"3. Cơ cấu giải thưởng",
"Ban Tổ chức trao 01 giải Nhất (3.000.000 đồng), 02 giải Nhì (2.000.000 đồng/giải), 03 giải Ba (1.000.000 đồng/giải) và 05 giải Khuyến khích (500.000 đồng/giải), kèm Giấy khen của Trưởng phòng Giáo dục và Đào tạo. Các sản phẩm đạt giải Nhất, giải Nhì được lựa chọn tham dự Cuộc thi sáng tạo thanh thiếu niên, nhi đồng tỉnh năm 2026.",
"4. Phân công thực hiện",
"4.1. Các trường THCS, TH&THCS: xây dựng kế hoạch và tổ chức vòng thi cấp trường; phân công giáo viên Tin học, Khoa học tự nhiên, Công nghệ hướng dẫn học sinh; thành lập hoặc duy trì câu lạc bộ STEM, câu lạc bộ tin học theo mục tiêu của huyện.",
"4.2. Các trường tiểu học: lồng ghép phổ cập kỹ năng số cho học sinh lớp 4, lớp 5 trong tiết Tin học và hoạt động trải nghiệm; mỗi trường tổ chức ít nhất 01 buổi sinh hoạt chuyên đề \"An toàn trên không gian mạng\" trước ngày 25/5/2026.",
"4.3. Hiệu trưởng các trường có trách nhiệm bảo đảm 100% cán bộ quản lý, giáo viên hoàn thành khóa bồi dưỡng trực tuyến \"Kỹ năng số cho nhà giáo\" trên hệ thống LMS của Sở Giáo dục và Đào tạo trước ngày 30/6/2026; gửi báo cáo kết quả thực hiện công văn này (theo mẫu kèm theo) về Phòng trước ngày 10/6/2026.",
"4.4. Bộ phận chuyên môn THCS của Phòng chủ trì, phối hợp với Huyện đoàn thành lập Ban Giám khảo, tổ chức vòng chung khảo và tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện trước ngày 15/6/2026.",
"4.5. Đề nghị Huyện đoàn cử 02 cán bộ tham gia Ban Tổ chức và hỗ trợ công tác hậu cần, âm thanh cho buổi chung khảo.",
"5. Kinh phí",
"Kinh phí tổ chức vòng chung khảo và giải thưởng được chi từ nguồn kinh phí huyện bố trí cho Cuộc thi \"Sáng tạo số học đường\" và hoạt động STEM năm 2026 theo Quyết định số 1215/QĐ-UBND. Kinh phí tổ chức vòng thi cấp trường do các trường tự cân đối từ nguồn chi thường xuyên.",
"Mọi thông tin cần trao đổi, đề nghị liên hệ ông Phan Đình Tuấn, chuyên viên phụ trách THCS, điện thoại 0914.228.517, thư điện tử tuanpd.pgdls@vinhlinhbac.edu.vn.",
"Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường nghiêm túc triển khai, bảo đảm cuộc thi diễn ra an toàn, thiết thực, đúng thời gian quy định./.",
]
D2_FOOTER = """
Nơi nhận:                                   TRƯỞNG PHÒNG
- Như trên;
- UBND huyện (để b/c);                         (đã ký)
- Phòng VH, KH&TT huyện;
- Huyện đoàn;                            Võ Thị Thanh Nhàn
- Lãnh đạo Phòng;
- Lưu: VT, THCS.
"""

# ---------------------------------------------------------------- qw03 (DOCX)
D3 = {
 "header_left": ["UỶ BAN NHÂN DÂN", "HUYỆN LƯƠNG SA", "Số: 1215/QĐ-UBND"],
 "header_right": ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                  "Lương Sa, ngày 20 tháng 4 năm 2026"],
 "title": ["QUYẾT ĐỊNH", "Về việc ban hành Kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số huyện Lương Sa năm 2026",
           "CHỦ TỊCH UỶ BAN NHÂN DÂN HUYỆN LƯƠNG SA"],
 "canCu": [
  "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
  "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
  "Căn cứ Kế hoạch số 64/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh Vĩnh Linh Bắc về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2026;",
  "Xét đề nghị của Trưởng phòng Văn hóa, Khoa học và Thông tin huyện tại Tờ trình số 27/TTr-VHKHTT ngày 14/4/2026.",
 ],
 "dieu": [
  "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số huyện Lương Sa năm 2026.",
  "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
  "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Văn hóa, Khoa học và Thông tin, Trưởng phòng Tài chính - Kế hoạch, Trưởng phòng Giáo dục và Đào tạo, Thủ trưởng các cơ quan, đơn vị liên quan và Chủ tịch Ủy ban nhân dân các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./.",
 ],
 "noinhan": ["Nơi nhận:", "- Như Điều 3;", "- UBND tỉnh (b/c);", "- Sở KH&CN tỉnh (b/c);",
             "- Thường trực Huyện ủy;", "- Thường trực HĐND huyện;", "- CT, các PCT UBND huyện;", "- Lưu: VT."],
 "sign": ["CHỦ TỊCH", "(đã ký)", "Lê Đức Mạnh"],
 "kh_title": ["KẾ HOẠCH", "Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số huyện Lương Sa năm 2026",
              "(Ban hành kèm theo Quyết định số 1215/QĐ-UBND ngày 20/4/2026 của Chủ tịch UBND huyện Lương Sa)"],
 "muctieu_intro": "I. MỤC TIÊU NĂM 2026",
 "muctieu": [
  "100% trong số 14 xã, thị trấn của huyện có Tổ công nghệ số cộng đồng hoạt động thường xuyên, mỗi tổ có tối thiểu 01 thành viên là đoàn viên thanh niên.",
  "Tỷ lệ người dân từ 15 tuổi trở lên được phổ cập kỹ năng số cơ bản đạt 68%.",
  "Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình ở cấp huyện đạt 60%, ở cấp xã đạt 55%.",
  "Thí điểm 02 mô hình \"xã thông minh\" tại xã Khe Gió và xã Tân Linh.",
  "100% trường trung học cơ sở có tối thiểu 01 câu lạc bộ STEM hoặc câu lạc bộ tin học.",
 ],
 "nhiemvu_intro": "II. NHIỆM VỤ TRỌNG TÂM",
 "nhiemvu": [
  "Tuyên truyền về chuyển đổi số trên Cổng thông tin điện tử huyện và hệ thống truyền thanh cơ sở với thời lượng tối thiểu 02 lần/tuần; biểu dương cách làm hay của các thôn, khu phố.",
  "Triển khai phong trào \"Bình dân học vụ số\" gắn với Tổ công nghệ số cộng đồng; mở lớp hướng dẫn cài đặt, sử dụng VNeID, dịch vụ công trực tuyến và thanh toán không dùng tiền mặt tại 100% thôn, khu phố.",
  "Xây dựng mô hình \"xã thông minh\": lắp đặt camera an ninh, điểm wifi công cộng tại trụ sở xã và nhà văn hóa thôn; xây dựng bản đồ số của xã; số hóa sổ hộ tịch và hồ sơ địa chính.",
  "Phát triển giáo dục STEM, tin học trong trường học; tổ chức Cuộc thi \"Sáng tạo số học đường\" huyện Lương Sa năm 2026 dành cho học sinh trung học cơ sở.",
  "Hỗ trợ hợp tác xã, hộ kinh doanh đưa sản phẩm lên sàn thương mại điện tử, ưu tiên sản phẩm OCOP như mật ong rừng Ba Rền, hồ tiêu Khe Gió.",
 ],
 "table_intro": "III. PHÂN CÔNG NHIỆM VỤ",
 "table": [
  ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
  ["1", "Kiện toàn Tổ công nghệ số cộng đồng ở các xã, thị trấn", "UBND các xã, thị trấn", "Phòng Văn hóa, Khoa học và Thông tin; Huyện đoàn", "Trước ngày 31/5/2026"],
  ["2", "Xây dựng và vận hành mô hình \"xã thông minh\"", "Phòng Văn hóa, Khoa học và Thông tin", "UBND xã Khe Gió, UBND xã Tân Linh; Viettel Lương Sa", "Quý IV/2026"],
  ["3", "Tổ chức Cuộc thi \"Sáng tạo số học đường\"", "Phòng Giáo dục và Đào tạo", "Huyện đoàn; các trường THCS", "Tháng 6/2026"],
  ["4", "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã", "Phòng Nội vụ", "Trung tâm Chính trị huyện", "Trước ngày 30/9/2026"],
  ["5", "Đưa sản phẩm OCOP của hợp tác xã lên sàn thương mại điện tử", "Phòng Nông nghiệp và Môi trường", "Hội Nông dân huyện; Bưu điện huyện Lương Sa", "Trước ngày 31/10/2026"],
  ["6", "Tuyên truyền trên hệ thống truyền thanh cơ sở", "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "UBND các xã, thị trấn", "Thường xuyên"],
  ["7", "Thẩm định, bố trí kinh phí thực hiện Kế hoạch", "Phòng Tài chính - Kế hoạch", "Phòng Văn hóa, Khoa học và Thông tin", "Trước ngày 15/5/2026"],
  ["8", "Tổng hợp, báo cáo kết quả gửi UBND huyện và Sở Khoa học và Công nghệ", "Phòng Văn hóa, Khoa học và Thông tin", "Các cơ quan, đơn vị liên quan", "Định kỳ hằng quý"],
 ],
 "kinhphi": [
  "IV. KINH PHÍ",
  "Tổng kinh phí thực hiện Kế hoạch là 3,85 tỷ đồng từ ngân sách huyện năm 2026, trong đó: 1,2 tỷ đồng cho 02 mô hình \"xã thông minh\" (mỗi mô hình 600 triệu đồng); 350 triệu đồng cho Cuộc thi \"Sáng tạo số học đường\" và hoạt động STEM; phần còn lại chi cho tuyên truyền, bồi dưỡng và hỗ trợ hoạt động của Tổ công nghệ số cộng đồng. Khuyến khích các xã huy động thêm nguồn xã hội hóa.",
 ],
 "tochuc_intro": "V. TỔ CHỨC THỰC HIỆN",
 "tochuc": [
  "Giao Phòng Văn hóa, Khoa học và Thông tin chủ trì, phối hợp với Văn phòng HĐND và UBND huyện theo dõi, hướng dẫn thực hiện Kế hoạch; tổng hợp, báo cáo UBND huyện và Sở Khoa học và Công nghệ định kỳ hằng quý, trước ngày 15 của tháng cuối quý.",
  "Phòng Tài chính - Kế hoạch có trách nhiệm thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch, hoàn thành trước ngày 15/5/2026.",
  "Phòng Giáo dục và Đào tạo chủ trì tổ chức Cuộc thi \"Sáng tạo số học đường\", hướng dẫn các trường thành lập câu lạc bộ STEM; báo cáo kết quả trước ngày 20/6/2026.",
  "Đề nghị Ủy ban MTTQ Việt Nam huyện, Huyện đoàn, Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện vận động đoàn viên, hội viên tham gia Tổ công nghệ số cộng đồng và phong trào \"Bình dân học vụ số\".",
  "Các phòng, ban, ngành, Mặt trận và đoàn thể huyện căn cứ chức năng, nhiệm vụ, chủ động lồng ghép nội dung chuyển đổi số vào chương trình công tác năm 2026 của cơ quan, đơn vị mình.",
  "Ủy ban nhân dân các xã, thị trấn có trách nhiệm kiện toàn Tổ công nghệ số cộng đồng trước ngày 31/5/2026; báo cáo kết quả về Phòng Văn hóa, Khoa học và Thông tin định kỳ hằng quý.",
 ],
 "lienhe": "Đầu mối liên hệ: ông Nguyễn Tiến Dũng, Phó Trưởng phòng Văn hóa, Khoa học và Thông tin huyện, điện thoại 0983.417.256, thư điện tử dungnt.vhkhtt@luongsa.vinhlinhbac.gov.vn.",
}

# ---------------------------------------------------------------- qw04 (MD)
D4 = """BCH ĐOÀN TỈNH VĨNH LINH BẮC                      ĐOÀN TNCS HỒ CHÍ MINH
***
Số: 215-BC/TĐTN                          Linh Xuyên, ngày 08 tháng 7 năm 2026

# BÁO CÁO

## Kết quả 6 tháng đầu năm 2026 thực hiện phong trào "Bình dân học vụ số" và hoạt động của Tổ thanh niên công nghệ số

Thực hiện Kế hoạch số 64/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2026 và Kế hoạch số 122-KH/TĐTN ngày 25/3/2026 của Ban Thường vụ Tỉnh đoàn, Ban Thường vụ Tỉnh đoàn báo cáo kết quả 6 tháng đầu năm 2026 như sau:

### I. CÔNG TÁC TRIỂN KHAI

Ban Thường vụ Tỉnh đoàn tổ chức 01 hội nghị trực tuyến quán triệt tới 04 Huyện đoàn, Thành đoàn và 112 cơ sở đoàn cấp xã; phát động phong trào "Bình dân học vụ số" trong đoàn viên, thanh niên vào ngày 26/3/2026. Đến ngày 30/6/2026, toàn tỉnh ra mắt 138 Tổ thanh niên công nghệ số với 1.439 đoàn viên tham gia, trực tiếp hỗ trợ người dân tại nhà văn hóa thôn, bộ phận một cửa cấp xã và tại hộ gia đình.

Các cơ sở đoàn tổ chức 26 đợt "Ngày chủ nhật số", hỗ trợ 214 hộ kinh doanh tạo mã QR thanh toán và hướng dẫn 63 hợp tác xã đăng ký gian hàng trên sàn thương mại điện tử.

### II. KẾT QUẢ CỤ THỂ

**Bảng 1. Kết quả hoạt động của Tổ thanh niên công nghệ số theo đơn vị**

| Đơn vị | Số Tổ TNCNS | Đoàn viên tham gia | Lượt người dân được hướng dẫn | Tài khoản VNeID mức 2 được hỗ trợ kích hoạt |
|---|---|---|---|---|
| Thành đoàn Linh Xuyên | 42 | 486 | 12.540 | 3.215 |
| Huyện đoàn Lương Sa | 38 | 402 | 9.870 | 2.960 |
| Huyện đoàn Hướng Lâm | 31 | 297 | 6.115 | 1.874 |
| Huyện đoàn Ba Lòng | 27 | 254 | 5.230 | 1.402 |
| Tổng cộng | 138 | 1.439 | 33.755 | 9.451 |

**Bảng 2. Tiến độ thực hiện chỉ tiêu năm 2026**

| Nội dung | Chỉ tiêu năm 2026 | Kết quả 6 tháng | Tỷ lệ |
|---|---|---|---|
| Mở lớp "Bình dân học vụ số" | 400 lớp | 236 lớp | 59% |
| Lượt người dân được hướng dẫn kỹ năng số | 60.000 lượt | 33.755 lượt | 56,3% |
| Hộ kinh doanh được hỗ trợ thanh toán số | 500 hộ | 214 hộ | 42,8% |
| Công trình thanh niên "Điểm wifi miễn phí" | 20 điểm | 9 điểm | 45% |

### III. ĐÁNH GIÁ CHUNG

**1. Ưu điểm:** Phong trào được cấp ủy, chính quyền các cấp quan tâm, tạo điều kiện; nhiều cách làm sáng tạo như "Mỗi đoàn viên kèm một hộ gia đình", "Ki-ốt số lưu động" ở Thành đoàn Linh Xuyên được người dân đồng tình hưởng ứng.

**2. Hạn chế:** Kết quả giữa các đơn vị chưa đồng đều, Huyện đoàn Ba Lòng đạt thấp nhất về lượt người dân được hướng dẫn; còn 11 cơ sở đoàn chưa thành lập Tổ thanh niên công nghệ số; nhiều tổ thiếu thiết bị, phải dùng điện thoại cá nhân; một số thôn vùng cao của huyện Ba Lòng chưa có sóng 4G ổn định.

### IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026

1. Ban Thường vụ các Huyện đoàn, Thành đoàn: thành lập Tổ thanh niên công nghệ số ở 11 cơ sở đoàn còn lại trước ngày 31/8/2026; duy trì "Ngày chủ nhật số" vào sáng chủ nhật tuần thứ hai và tuần thứ tư hằng tháng.
2. Ban Phong trào Tỉnh đoàn chủ trì, phối hợp với Sở Khoa học và Công nghệ tổ chức Cuộc thi "Thanh niên với trí tuệ nhân tạo" năm 2026, vòng chung kết dự kiến vào tháng 10/2026.
3. Ban Tuyên giáo Tỉnh đoàn có trách nhiệm xây dựng 20 video ngắn hướng dẫn kỹ năng số, đăng tải trên các nền tảng mạng xã hội của Tỉnh đoàn trước ngày 30/9/2026.
4. Trung tâm Hỗ trợ thanh niên khởi nghiệp tỉnh lựa chọn 05 dự án khởi nghiệp tiêu biểu của thanh niên tham gia Techfest Vĩnh Linh Bắc 2026.

### V. KIẾN NGHỊ, ĐỀ XUẤT

- Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí 450 triệu đồng để mua sắm 150 bộ thiết bị (máy tính bảng, bộ phát wifi di động) cho các Tổ thanh niên công nghệ số.
- Đề nghị Viettel Vĩnh Linh Bắc phối hợp khảo sát, phủ sóng 4G cho các thôn vùng cao của huyện Ba Lòng trong năm 2026.

Thông tin chi tiết liên hệ đồng chí Trần Minh Quý, Phó Trưởng Ban Phong trào Tỉnh đoàn, điện thoại 0972.615.340, thư điện tử quytm.tinhdoan@vinhlinhbac.gov.vn.

**Nơi nhận:**
- Ban Phong trào Trung ương Đoàn;
- Thường trực Tỉnh ủy;
- Ban Tuyên giáo và Dân vận Tỉnh ủy;
- UBND tỉnh;
- Sở KH&CN tỉnh;
- Các Huyện đoàn, Thành đoàn;
- Lưu: VP Tỉnh đoàn.

**TM. BAN THƯỜNG VỤ TỈNH ĐOÀN**
**PHÓ BÍ THƯ**
(đã ký)
**Đinh Thị Ngọc Ánh**
"""

# ---------------------------------------------------------------- qw05 (TXT)
D5 = """ĐẢNG BỘ HUYỆN LƯƠNG SA                    ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ KHE GIÓ                  ---------------------------
        *                          Khe Gió, ngày 18 tháng 5 năm 2026
Số 41-TB/ĐU

                              THÔNG BÁO
        Kết luận của Thường trực Đảng ủy tại cuộc họp về triển khai
    mô hình "xã thông minh" và phổ cập kỹ năng số trên địa bàn xã
                           -----

Ngày 14/5/2026, tại Hội trường Ủy ban nhân dân xã, Thường trực Đảng ủy xã Khe Gió họp nghe Ủy ban nhân dân xã báo cáo tình hình triển khai mô hình "xã thông minh" theo Quyết định số 1215/QĐ-UBND ngày 20/4/2026 của Ủy ban nhân dân huyện và kết quả phổ cập kỹ năng số cho người dân. Đồng chí Phan Thị Hồng Vân, Bí thư Đảng ủy xã chủ trì cuộc họp; dự họp có đồng chí Nguyễn Tiến Dũng, Phó Trưởng phòng Văn hóa, Khoa học và Thông tin huyện, các đồng chí trong Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban Mặt trận Tổ quốc xã, người đứng đầu các đoàn thể và Bí thư chi bộ 5 thôn.

I. TÌNH HÌNH CHUNG

Xã Khe Gió có 5 thôn (Rào Mé, Cây Dầu, Khe Ngang, Lòi Ổi, Tân Khiêm) với 1.942 hộ, 7.608 nhân khẩu, trong đó đồng bào dân tộc thiểu số chiếm 38%. Tổ công nghệ số cộng đồng của xã có 37 thành viên, tổ chức theo 5 tổ thôn. Đến cuối tháng 4/2026, tỷ lệ người dân có tài khoản định danh điện tử mức độ 2 được kích hoạt đạt 71,4%; có 412 hộ sử dụng thanh toán không dùng tiền mặt; tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình 4 tháng đầu năm đạt 48%.

Mô hình "xã thông minh" của xã được huyện bố trí 600 triệu đồng, xã vận động xã hội hóa thêm 85 triệu đồng từ các doanh nghiệp và con em quê hương. Hạn chế: thôn Khe Ngang và thôn Lòi Ổi chưa có sóng 4G ổn định; một bộ phận người cao tuổi còn ngại sử dụng điện thoại thông minh; hồ sơ hộ tịch giai đoạn trước năm 2005 nhiều trang bị mờ, rách.

II. KẾT LUẬN

Thường trực Đảng ủy ghi nhận sự cố gắng của Ủy ban nhân dân xã, Mặt trận và các đoàn thể trong thời gian qua. Để mô hình "xã thông minh" đạt kết quả và là điểm sáng của huyện, Thường trực Đảng ủy yêu cầu:

1. Ủy ban nhân dân xã: xây dựng kế hoạch chi tiết thực hiện mô hình "xã thông minh" trước ngày 30/5/2026; lắp đặt 24 camera an ninh tại các trục đường chính và 5 điểm wifi công cộng tại nhà văn hóa thôn, hoàn thành trước ngày 31/8/2026; số hóa 100% sổ hộ tịch từ năm 1995 đến nay.

2. Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội: vận động mỗi đoàn viên, hội viên tự cài đặt và hướng dẫn ít nhất 01 người thân cài đặt, kích hoạt tài khoản định danh điện tử; phấn đấu đến hết năm 2026 có 90% người dân từ đủ 15 tuổi trở lên có tài khoản định danh điện tử mức độ 2.

3. Ban Chấp hành Đoàn xã chủ trì tổ chức "Ngày chủ nhật số" từ 7h30 đến 10h30 sáng chủ nhật hằng tuần tại nhà văn hóa các thôn theo lịch luân phiên: tuần thứ nhất tại thôn Rào Mé; tuần thứ hai tại thôn Cây Dầu; tuần thứ ba tại thôn Khe Ngang và thôn Lòi Ổi; tuần thứ tư tại thôn Tân Khiêm.

4. Trạm Y tế xã: hướng dẫn người dân tích hợp sổ sức khỏe điện tử trên ứng dụng VNeID, phấn đấu đến ngày 30/9/2026 đạt 80% dân số của xã.

5. Trường Tiểu học và THCS Khe Gió: thành lập câu lạc bộ STEM; chọn sản phẩm tiêu biểu dự thi Cuộc thi "Sáng tạo số học đường" cấp huyện theo hướng dẫn của Phòng Giáo dục và Đào tạo.

6. Các chi bộ thôn: đưa nội dung chuyển đổi số vào sinh hoạt chi bộ định kỳ hằng tháng; Bí thư chi bộ, Trưởng thôn chịu trách nhiệm vận động Nhân dân tham gia các lớp "Bình dân học vụ số".

7. Văn phòng Đảng ủy theo dõi, tổng hợp kết quả thực hiện Thông báo này, báo cáo Ban Thường vụ Huyện ủy trước ngày 15/12/2026.

Thường trực Đảng ủy kiến nghị Phòng Văn hóa, Khoa học và Thông tin huyện phối hợp với doanh nghiệp viễn thông khảo sát, phủ sóng 4G tại thôn Khe Ngang và thôn Lòi Ổi trong quý III/2026.

Đầu mối theo dõi: đồng chí Phạm Thị Kim Oanh, Chánh Văn phòng Đảng ủy xã, điện thoại 0945.336.180.

                                         T/M THƯỜNG TRỰC ĐẢNG ỦY
Nơi nhận:                                      PHÓ BÍ THƯ
- Ban Thường vụ Huyện ủy (b/c);
- Phòng VH, KH&TT huyện;                         (đã ký)
- Các đồng chí Đảng ủy viên;
- Các chi bộ trực thuộc;                       Hồ Văn Lực
- Lưu: VP Đảng ủy.
"""
