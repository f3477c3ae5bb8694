# -*- coding: utf-8 -*-
"""Text of the five invented documents of set blind41 (tỉnh Mỹ Thạnh Tây).

Everything here is invented. Imported by build_qq.py only.
"""

# ---------------------------------------------------------------------------
# qq01 - Kế hoạch, UBND tỉnh (docx, Word list numbering + task table)
# Items: ("title", text) centred bold; ("p", text) normal; ("h", text) bold
# heading typed with Roman numeral; ("ln", text) List Number (restart=True
# for the first item of a list); ("lb", text) List Bullet.
# ---------------------------------------------------------------------------
Q1_HEADER_LEFT = ["UBND TỈNH MỸ THẠNH TÂY", "Số: 27/KH-UBND"]
Q1_HEADER_RIGHT = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Mỹ Thạnh Tây, ngày 20 tháng 01 năm 2026",
]
Q1_BODY = [
    ("title", "KẾ HOẠCH"),
    ("title", "Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Mỹ Thạnh Tây năm 2026"),
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Căn cứ Chương trình hành động số 41-CTr/TU ngày 05 tháng 3 năm 2025 của Tỉnh ủy;"),
    ("p", "Căn cứ Nghị quyết số 19/NQ-HĐND ngày 12 tháng 12 năm 2025 của HĐND tỉnh về nhiệm vụ phát triển kinh tế - xã hội năm 2026;"),
    ("p", "Xét đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 09/TTr-SKHCN ngày 08 tháng 01 năm 2026, UBND tỉnh ban hành Kế hoạch thực hiện năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("ln1", "Mục đích"),
    ("lb", "Cụ thể hóa các nhiệm vụ của Chương trình hành động số 41-CTr/TU thành những việc làm có địa chỉ, có thời hạn hoàn thành trong năm 2026."),
    ("ln", "Yêu cầu"),
    ("lb", "Gắn trách nhiệm người đứng đầu với kết quả thực hiện; triển khai đồng bộ, tiết kiệm, tránh hình thức, lấy mức độ hài lòng của người dân, doanh nghiệp làm thước đo."),
    ("h", "II. CHỈ TIÊU CHỦ YẾU NĂM 2026"),
    ("lb", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình đạt từ 65% trở lên."),
    ("lb", "100% xã, phường, thị trấn có Tổ công nghệ số cộng đồng hoạt động thường xuyên."),
    ("lb", "Tối thiểu 70% người dân trong độ tuổi lao động được phổ cập kỹ năng số cơ bản thông qua phong trào \"Bình dân học vụ số\"."),
    ("lb", "100% trường trung học cơ sở và trung học phổ thông triển khai giáo dục STEM; mỗi trường THPT có ít nhất 01 câu lạc bộ STEM hoặc Robotics."),
    ("lb", "Hỗ trợ ít nhất 12 doanh nghiệp nhỏ và vừa đổi mới công nghệ, ứng dụng chuyển đổi số trong sản xuất, kinh doanh."),
    ("lb", "Dành tối thiểu 2% tổng chi ngân sách tỉnh cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("ln1", "Đẩy mạnh tuyên truyền, nâng cao nhận thức"),
    ("p", "Đa dạng hóa hình thức tuyên truyền trên báo chí, hệ thống thông tin cơ sở, mạng xã hội; duy trì chuyên mục \"Khoa học và đời sống\" phát sóng vào tối thứ Sáu hằng tuần."),
    ("ln", "Phát triển hạ tầng số và dữ liệu"),
    ("p", "Hoàn thành giai đoạn 1 Kho dữ liệu dùng chung của tỉnh trong quý III/2026; kết nối dữ liệu của các sở, ngành với Cơ sở dữ liệu quốc gia về dân cư; phủ sóng di động 4G/5G đến 100% thôn, ấp."),
    ("ln", "Phát triển nguồn nhân lực"),
    ("p", "Tập huấn kỹ năng số cho 2.500 cán bộ, công chức cấp xã; bồi dưỡng 300 giáo viên cốt cán về giáo dục STEM và trí tuệ nhân tạo."),
    ("ln", "Triển khai phong trào \"Bình dân học vụ số\""),
    ("p", "Mỗi xã, phường, thị trấn tổ chức ít nhất 04 lớp hướng dẫn kỹ năng số cho người dân trong năm; ưu tiên người cao tuổi, hộ nghèo, đồng bào dân tộc thiểu số."),
    ("ln", "Thúc đẩy đổi mới sáng tạo trong doanh nghiệp và cộng đồng"),
    ("p", "Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh vào tháng 10/2026; xây dựng 03 mô hình ứng dụng công nghệ cao trong nuôi tôm và trồng lúa."),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí dự kiến thực hiện Kế hoạch năm 2026 là 46,8 tỷ đồng, trong đó: ngân sách tỉnh 38,5 tỷ đồng; ngân sách huyện, xã 5,3 tỷ đồng; nguồn xã hội hóa và các nguồn hợp pháp khác 3,0 tỷ đồng. Các cơ quan, đơn vị lập dự toán chi tiết gửi Sở Tài chính trước ngày 15/3/2026."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("ln1", "Sở Khoa học và Công nghệ"),
    ("p", "Là cơ quan thường trực, chủ trì theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh định kỳ hằng quý (trước ngày 20 của tháng cuối quý) và báo cáo năm trước ngày 15/12/2026; chủ trì xây dựng Kho dữ liệu dùng chung và Bộ tiêu chí xã thông minh."),
    ("ln", "Sở Giáo dục và Đào tạo"),
    ("p", "Chủ trì triển khai giáo dục STEM, kỹ năng số và an toàn trên không gian mạng trong các cơ sở giáo dục; phối hợp với Sở Nội vụ bồi dưỡng 300 giáo viên cốt cán, hoàn thành trước ngày 30/9/2026."),
    ("ln", "Sở Văn hóa, Thể thao và Du lịch"),
    ("p", "Chủ trì hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về Kế hoạch."),
    ("ln", "Sở Tài chính"),
    ("p", "Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2026."),
    ("ln", "Sở Nội vụ"),
    ("p", "Chủ trì tập huấn kỹ năng số cho 2.500 cán bộ, công chức cấp xã, hoàn thành trong tháng 8/2026; đưa kết quả chuyển đổi số vào tiêu chí đánh giá người đứng đầu."),
    ("ln", "Công an tỉnh"),
    ("p", "Phối hợp kết nối, làm sạch dữ liệu dân cư; hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2; phát hiện, xử lý các hành vi lừa đảo trên không gian mạng."),
    ("ln", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"),
    ("p", "Chủ trì, phối hợp với Sở Khoa học và Công nghệ và Tỉnh đoàn tổ chức Hội thi sáng tạo kỹ thuật tỉnh lần thứ IX; tổng kết, trao giải trong tháng 11/2026."),
    ("ln", "Báo và Phát thanh, Truyền hình Mỹ Thạnh Tây"),
    ("p", "Duy trì chuyên mục \"Khoa học và đời sống\", mở chuyên trang \"Chuyển đổi số - Chuyện từng nhà\" trên báo điện tử; thời lượng tối thiểu 02 tin, bài mỗi tuần."),
    ("ln", "UBND các huyện, thành phố"),
    ("p", "Xây dựng kế hoạch của địa phương và gửi về Sở Khoa học và Công nghệ trước ngày 28/02/2026; chỉ đạo UBND cấp xã kiện toàn Tổ công nghệ số cộng đồng."),
    ("ln", "Đề nghị Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh"),
    ("p", "Tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tích cực tham gia phong trào \"Bình dân học vụ số\"; giám sát việc thực hiện Kế hoạch tại cơ sở."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công nghệ (đầu mối: ông Tạ Quang Vinh, Phó Trưởng phòng Quản lý công nghệ và Đổi mới sáng tạo, điện thoại 0918 336 204, e-mail: tqvinh.skhcn@mythanhtay.gov.vn) để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./."),
]
Q1_SIGN_LEFT = [
    "Nơi nhận:",
    "- Bộ Khoa học và Công nghệ (để b/c);",
    "- TT Tỉnh ủy, TT HĐND tỉnh;",
    "- CT, các PCT UBND tỉnh;",
    "- Các sở, ban, ngành tỉnh;",
    "- UBND các huyện, thành phố;",
    "- Báo và PT-TH Mỹ Thạnh Tây;",
    "- Lưu: VT, KGVX.",
]
Q1_SIGN_RIGHT = ["TM. UBND TỈNH", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Huỳnh Tấn Lợi"]
Q1_ANNEX_TITLE = [
    "PHỤ LỤC: DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026",
    "(Kèm theo Kế hoạch số 27/KH-UBND ngày 20/01/2026 của UBND tỉnh)",
]
Q1_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Xây dựng Kho dữ liệu dùng chung của tỉnh (giai đoạn 1)", "Sở Khoa học và Công nghệ", "Các sở, ngành tỉnh; Công an tỉnh", "Quý III/2026"],
    ["2", "Ban hành Bộ tiêu chí xã thông minh", "Sở Khoa học và Công nghệ", "UBND các huyện, thành phố", "Trước ngày 30/6/2026"],
    ["3", "Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh", "Sở Khoa học và Công nghệ", "Tỉnh đoàn; Hiệp hội Doanh nghiệp tỉnh", "Tháng 10/2026"],
    ["4", "Hội thi sáng tạo kỹ thuật tỉnh lần thứ IX", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Sở Khoa học và Công nghệ; Tỉnh đoàn", "Tháng 11/2026"],
    ["5", "Hỗ trợ 12 doanh nghiệp nhỏ và vừa đổi mới công nghệ", "Sở Khoa học và Công nghệ", "Sở Tài chính; Hiệp hội Doanh nghiệp tỉnh", "Trước ngày 30/11/2026"],
]

# ---------------------------------------------------------------------------
# qq02 - Công văn, Sở GD&ĐT (txt, hard-wrapped as if copied from a PDF,
# two-column header typed with spaces)
# ---------------------------------------------------------------------------
Q2_HEADER = """UBND TỈNH MỸ THẠNH TÂY              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                   Độc lập - Tự do - Hạnh phúc
    -------------                      ---------------------------
Số: 318/SGDĐT-GDPT
V/v triển khai giáo dục kỹ năng     Mỹ Thạnh Tây, ngày 06 tháng 02 năm 2026
số và an toàn trên không gian
mạng cho học sinh học kỳ II
năm học 2025-2026

                  Kính gửi:
                  - Phòng Giáo dục và Đào tạo các huyện, thành phố;
                  - Hiệu trưởng các trường trung học phổ thông;
                  - Hiệu trưởng Trường Phổ thông Dân tộc nội trú tỉnh.
"""
# Body: list of paragraphs; each is wrapped to ~72 columns by build_qq.py.
Q2_BODY = [
    "Thực hiện Kế hoạch số 27/KH-UBND ngày 20/01/2026 của UBND tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Mỹ Thạnh Tây năm 2026; nhằm trang bị cho học sinh kiến thức, kỹ năng sử dụng công nghệ số an toàn, có trách nhiệm, phòng ngừa lừa đảo và các nguy cơ trên không gian mạng, Sở Giáo dục và Đào tạo (GD&ĐT) đề nghị các đơn vị triển khai một số nội dung sau:",
    "1. Tổ chức dạy học chủ đề \"Công dân số an toàn\"",
    "Các trường THPT, Trường Phổ thông Dân tộc nội trú tỉnh và các trường THCS bố trí tối thiểu 04 tiết cho mỗi lớp trong học kỳ II, lồng ghép vào môn Tin học, Giáo dục kinh tế và pháp luật (đối với THPT), Giáo dục công dân (đối với THCS) và hoạt động trải nghiệm, hướng nghiệp. Nội dung tập trung vào: bảo vệ thông tin cá nhân, nhận diện tin giả, phòng chống lừa đảo trực tuyến, ứng xử văn minh trên mạng xã hội và sử dụng trí tuệ nhân tạo có trách nhiệm. Thời gian hoàn thành trước ngày 15/5/2026.",
    "2. Tổ chức Tuần lễ \"Em an toàn trên mạng\"",
    "Tuần lễ diễn ra từ ngày 09/3/2026 đến ngày 14/3/2026 tại tất cả các trường. Mỗi trường tổ chức ít nhất 01 buổi sinh hoạt dưới cờ theo chuyên đề và 01 buổi nói chuyện với báo cáo viên. Sở GD&ĐT phối hợp với Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Công an tỉnh cử báo cáo viên cho 12 trường THPT có đông học sinh; danh sách trường và lịch cụ thể sẽ thông báo qua hệ thống quản lý văn bản và điều hành.",
    "3. Cuộc thi trực tuyến \"Học sinh Mỹ Thạnh Tây với an toàn thông tin\"",
    "Cuộc thi dành cho học sinh từ lớp 6 đến lớp 12, thi trắc nghiệm trên hệ thống học trực tuyến của Sở tại địa chỉ hoctap.mythanhtay.edu.vn. Vòng sơ khảo từ ngày 23/3/2026 đến ngày 10/4/2026; vòng chung kết dành cho 30 thí sinh có điểm cao nhất, tổ chức trực tiếp vào sáng ngày 25/4/2026 tại Trường THPT chuyên Mỹ Thạnh Tây. Thể lệ chi tiết đăng trên Cổng thông tin điện tử của Sở.",
    "4. Thành lập, duy trì câu lạc bộ STEM, Robotics",
    "Mỗi trường THPT có ít nhất 01 câu lạc bộ STEM hoặc Robotics hoạt động tối thiểu 02 buổi/tháng; khuyến khích các trường THCS thành lập câu lạc bộ. Các câu lạc bộ đăng ký sản phẩm tham gia Hội thi sáng tạo kỹ thuật tỉnh lần thứ IX và hội thi sáng tạo kỹ thuật cấp huyện (nếu có).",
    "5. Bồi dưỡng giáo viên",
    "Sở GD&ĐT phối hợp với Trường Cao đẳng Sư phạm Mỹ Thạnh Tây tổ chức 02 lớp bồi dưỡng (mỗi lớp 90 học viên) cho giáo viên Tin học và giáo viên làm công tác tư vấn học đường về an toàn thông tin và ứng dụng trí tuệ nhân tạo trong dạy học. Lớp thứ nhất từ ngày 16/3/2026 đến ngày 20/3/2026, lớp thứ hai từ ngày 06/4/2026 đến ngày 10/4/2026. Các đơn vị gửi danh sách học viên về Sở trước ngày 27/02/2026.",
    "6. Trách nhiệm của các đơn vị",
    "a) Phòng GD&ĐT các huyện, thành phố chỉ đạo các trường tiểu học, THCS trên địa bàn triển khai các nội dung tại mục 1, 2 và 3 phù hợp với lứa tuổi; tổng hợp kết quả của các trường thuộc phạm vi quản lý.",
    "b) Hiệu trưởng các trường THPT, Trường Phổ thông Dân tộc nội trú tỉnh chịu trách nhiệm trực tiếp tổ chức thực hiện; phân công 01 phó hiệu trưởng phụ trách và cử 01 giáo viên Tin học làm đầu mối.",
    "c) Phòng Giáo dục phổ thông thuộc Sở là đầu mối theo dõi, hướng dẫn; phối hợp với Văn phòng Sở đăng tải tài liệu, học liệu trên kho học liệu số của ngành.",
    "7. Chế độ báo cáo",
    "Các đơn vị gửi báo cáo kết quả (theo mẫu) về Sở GD&ĐT qua Phòng Giáo dục phổ thông trước ngày 25/5/2026, đồng thời gửi bản điện tử qua hệ thống quản lý văn bản và điều hành. Đơn vị không gửi báo cáo đúng hạn sẽ bị nêu tên tại hội nghị tổng kết năm học.",
    "Trong quá trình triển khai, nếu có vướng mắc, đề nghị liên hệ bà Lý Thu Trang, chuyên viên Phòng Giáo dục phổ thông, điện thoại 0913 582 447, e-mail lttrang.sgddt@mythanhtay.edu.vn để phối hợp giải quyết.",
    "Sở GD&ĐT đề nghị Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện./.",
]
Q2_FOOTER = """
                                                    KT. GIÁM ĐỐC
                                                    PHÓ GIÁM ĐỐC

                                                       (Đã ký)

                                                 Võ Thị Ngọc Hân
Nơi nhận:
- Như trên;
- UBND tỉnh (để b/c);
- Sở Khoa học và Công nghệ;
- Công an tỉnh (phối hợp);
- Giám đốc, các PGĐ Sở;
- Lưu: VT, GDPT.
"""

# ---------------------------------------------------------------------------
# qq03 - Quyết định + Quy chế, UBND huyện (pdf)
# ("c", text) centred; ("cb", text) centred bold; ("p", text) justified-left;
# ("b", text) bold paragraph; ("pb", None) page break.
# ---------------------------------------------------------------------------
Q3_HEADER_LEFT = ["UBND HUYỆN GIỒNG KEO", "Số: 1045/QĐ-UBND"]
Q3_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Giồng Keo, ngày 02 tháng 3 năm 2026"]
Q3_BODY = [
    ("cb", "QUYẾT ĐỊNH"),
    ("cb", "Ban hành Quy chế tổ chức Hội thi Sáng tạo kỹ thuật và Ý tưởng chuyển đổi số huyện Giồng Keo lần thứ III, năm 2026"),
    ("cb", "CHỦ TỊCH UBND HUYỆN GIỒNG KEO"),
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương;"),
    ("p", "Căn cứ Kế hoạch số 27/KH-UBND ngày 20/01/2026 của UBND tỉnh Mỹ Thạnh Tây về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Mỹ Thạnh Tây năm 2026;"),
    ("p", "Căn cứ Kế hoạch số 36/KH-UBND ngày 10/02/2026 của UBND huyện Giồng Keo về chuyển đổi số huyện năm 2026;"),
    ("p", "Theo đề nghị của Trưởng phòng Kinh tế và Hạ tầng huyện tại Tờ trình số 15/TTr-KTHT ngày 24/02/2026."),
    ("cb", "QUYẾT ĐỊNH:"),
    ("p", "Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức Hội thi Sáng tạo kỹ thuật và Ý tưởng chuyển đổi số huyện Giồng Keo lần thứ III, năm 2026 (sau đây gọi tắt là Hội thi)."),
    ("p", "Điều 2. Giao Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Phòng Giáo dục và Đào tạo, Phòng Văn hóa và Thông tin, Huyện đoàn và UBND các xã, thị trấn tổ chức Hội thi theo đúng Quy chế. Giao Phòng Tài chính - Kế hoạch thẩm định, tham mưu bố trí kinh phí tổ chức Hội thi là 85.000.000 đồng (Tám mươi lăm triệu đồng) từ nguồn sự nghiệp khoa học và công nghệ năm 2026 của huyện."),
    ("p", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Thủ trưởng các phòng, ban, ngành huyện, Chủ tịch UBND các xã, thị trấn và các cơ quan, đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."),
    ("sign", ["CHỦ TỊCH", "(Đã ký)", "Dương Chí Thành"]),
    ("small", ["Nơi nhận:", "- Như Điều 3;", "- Sở Khoa học và Công nghệ tỉnh (để b/c);", "- Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh;", "- TT Huyện ủy, TT HĐND huyện;", "- CT, các PCT UBND huyện;", "- Cổng thông tin điện tử huyện;", "- Lưu: VT, KTHT."]),
    ("pb", None),
    ("cb", "QUY CHẾ"),
    ("cb", "Tổ chức Hội thi Sáng tạo kỹ thuật và Ý tưởng chuyển đổi số huyện Giồng Keo lần thứ III, năm 2026"),
    ("c", "(Ban hành kèm theo Quyết định số 1045/QĐ-UBND ngày 02/3/2026 của Chủ tịch UBND huyện Giồng Keo)"),
    ("cb", "Chương I. QUY ĐỊNH CHUNG"),
    ("b", "Điều 1. Mục đích"),
    ("p", "Phát hiện, tôn vinh các giải pháp kỹ thuật, ý tưởng chuyển đổi số có tính mới, có khả năng áp dụng vào sản xuất và đời sống trên địa bàn huyện; lựa chọn giải pháp tiêu biểu tham dự Hội thi sáng tạo kỹ thuật tỉnh lần thứ IX."),
    ("b", "Điều 2. Đối tượng tham gia"),
    ("p", "1. Bảng A: cá nhân hoặc nhóm tác giả (không quá 05 người) đang sinh sống, học tập, làm việc trên địa bàn huyện Giồng Keo."),
    ("p", "2. Bảng B - Thanh thiếu niên: học sinh các trường THCS, THPT trên địa bàn huyện; mỗi sản phẩm có tối đa 03 học sinh và 01 giáo viên hướng dẫn."),
    ("p", "3. Thành viên Ban Tổ chức, Ban Giám khảo, Tổ Thư ký không tham gia dự thi."),
    ("b", "Điều 3. Lĩnh vực dự thi"),
    ("p", "a) Nông nghiệp, thủy sản và chế biến nông sản;"),
    ("p", "b) Chuyển đổi số, ứng dụng công nghệ thông tin trong quản lý nhà nước, sản xuất, kinh doanh;"),
    ("p", "c) Giáo dục, y tế, bảo vệ môi trường và ứng phó biến đổi khí hậu;"),
    ("p", "d) Cơ khí, tự động hóa, năng lượng tái tạo."),
    ("b", "Điều 4. Yêu cầu đối với giải pháp dự thi"),
    ("p", "Giải pháp phải có tính mới trong phạm vi huyện, có khả năng áp dụng hoặc đang áp dụng trong thực tế; chưa từng nhận giải tại các cuộc thi cấp tỉnh trở lên."),
    ("cb", "Chương II. HỒ SƠ, THỜI GIAN VÀ CÁCH THỨC ĐÁNH GIÁ"),
    ("b", "Điều 5. Hồ sơ dự thi"),
    ("p", "Mỗi giải pháp gồm: Phiếu đăng ký dự thi (Mẫu 01); bản mô tả giải pháp không quá 10 trang khổ A4 (Mẫu 02); hình ảnh, video clip minh họa không quá 05 phút (nếu có); văn bản xác nhận kết quả áp dụng thử của cơ quan, đơn vị hoặc UBND xã nơi áp dụng (nếu có)."),
    ("b", "Điều 6. Thời gian, địa điểm nhận hồ sơ"),
    ("p", "1. Thời gian nhận hồ sơ từ ngày 16/3/2026 đến hết ngày 15/6/2026."),
    ("p", "2. Nơi nhận: Phòng Kinh tế và Hạ tầng huyện, tầng 2 Trung tâm Hành chính huyện, số 08 đường 30 Tháng 4, thị trấn Giồng Keo; hoặc gửi qua thư điện tử hoithisangtao@giongkeo.mythanhtay.gov.vn."),
    ("p", "3. Người liên hệ: ông Châu Minh Nhựt, chuyên viên Phòng Kinh tế và Hạ tầng, điện thoại 0939 615 208."),
    ("b", "Điều 7. Ban Tổ chức và Ban Giám khảo"),
    ("p", "1. Ban Tổ chức do Chủ tịch UBND huyện quyết định thành lập; bà Lâm Thị Kiều Oanh, Phó Chủ tịch UBND huyện làm Trưởng ban; Trưởng phòng Kinh tế và Hạ tầng làm Phó Trưởng ban thường trực."),
    ("p", "2. Ban Giám khảo gồm 07 thành viên là cán bộ quản lý, chuyên gia, giáo viên có trình độ chuyên môn phù hợp với lĩnh vực dự thi."),
    ("b", "Điều 8. Tiêu chí chấm điểm"),
    ("p", "Giải pháp được chấm theo thang 100 điểm: tính mới và tính sáng tạo 30 điểm; khả năng áp dụng 30 điểm; hiệu quả kinh tế - xã hội 30 điểm; chất lượng hồ sơ và trình bày 10 điểm. Giải pháp được xét giải phải có tổng điểm bình quân từ 60 điểm trở lên."),
    ("b", "Điều 9. Thời gian chấm và trao giải"),
    ("p", "Ban Giám khảo chấm sơ khảo trong tháng 7/2026; các giải pháp vào chung khảo trình bày trực tiếp trước Ban Giám khảo. Lễ tổng kết và trao giải dự kiến tổ chức vào ngày 28/8/2026 tại Hội trường UBND huyện."),
    ("cb", "Chương III. GIẢI THƯỞNG VÀ TỔ CHỨC THỰC HIỆN"),
    ("b", "Điều 10. Cơ cấu giải thưởng"),
    ("p", "1. Bảng A: 01 giải Nhất, trị giá 10.000.000 đồng; 02 giải Nhì, mỗi giải 6.000.000 đồng; 03 giải Ba, mỗi giải 4.000.000 đồng; 05 giải Khuyến khích, mỗi giải 1.500.000 đồng."),
    ("p", "2. Bảng B: 01 giải Nhất, trị giá 5.000.000 đồng; 01 giải Nhì, trị giá 3.000.000 đồng; 02 giải Ba, mỗi giải 2.000.000 đồng."),
    ("p", "3. Các giải pháp đoạt giải được tặng Giấy khen của Chủ tịch UBND huyện. Giải Nhất, giải Nhì Bảng A được giới thiệu tham dự Hội thi sáng tạo kỹ thuật tỉnh lần thứ IX."),
    ("b", "Điều 11. Trách nhiệm của các cơ quan, đơn vị"),
    ("p", "1. Phòng Kinh tế và Hạ tầng: là cơ quan thường trực Hội thi; xây dựng kế hoạch chi tiết, tiếp nhận hồ sơ, chuẩn bị các điều kiện tổ chức chấm và lễ trao giải; báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 15/9/2026."),
    ("p", "2. Phòng Giáo dục và Đào tạo: vận động học sinh, giáo viên tham gia Bảng B; phấn đấu mỗi trường THCS có ít nhất 01 sản phẩm dự thi."),
    ("p", "3. Phòng Văn hóa và Thông tin: phối hợp với Trung tâm Văn hóa, Thể thao và Truyền thanh huyện tuyên truyền thể lệ Hội thi trên hệ thống truyền thanh, trang thông tin điện tử và mạng xã hội của huyện, ít nhất 02 lần/tuần trong thời gian nhận hồ sơ."),
    ("p", "4. Huyện đoàn: phát động trong đoàn viên, thanh niên; thành lập tổ hỗ trợ thanh niên hoàn thiện hồ sơ ý tưởng chuyển đổi số."),
    ("p", "5. UBND các xã, thị trấn: phổ biến thể lệ đến từng ấp, khu phố; xác nhận kết quả áp dụng thử giải pháp trên địa bàn; mỗi xã, thị trấn có ít nhất 02 giải pháp dự thi."),
    ("p", "6. Đề nghị Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện vận động hội viên, đoàn viên tham gia Hội thi."),
    ("b", "Điều 12. Điều khoản thi hành"),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Kinh tế và Hạ tầng để tổng hợp, báo cáo Chủ tịch UBND huyện xem xét, điều chỉnh./."),
]

# ---------------------------------------------------------------------------
# qq04 - Báo cáo, UBND xã (md with a Markdown results table)
# ---------------------------------------------------------------------------
Q4_MD = """**UBND XÃ LUNG DỪA**
Số: 46/BC-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Lung Dừa, ngày 08 tháng 4 năm 2026*

# BÁO CÁO

## Kết quả thực hiện phong trào "Bình dân học vụ số" và chuyển đổi số quý I năm 2026; nhiệm vụ trọng tâm quý II năm 2026

Kính gửi: UBND huyện Giồng Keo (qua Phòng Văn hóa và Thông tin).

Thực hiện Kế hoạch số 36/KH-UBND ngày 10/02/2026 của UBND huyện Giồng Keo về chuyển đổi số huyện năm 2026 và Kế hoạch số 27/KH-UBND ngày 20/01/2026 của UBND tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2026, UBND xã Lung Dừa báo cáo kết quả quý I năm 2026 như sau:

## I. ĐẶC ĐIỂM TÌNH HÌNH

Xã Lung Dừa có 05 ấp với 3.412 hộ, 12.860 nhân khẩu; trong đó người từ 15 tuổi trở lên là 10.145 người. Toàn xã có 01 điểm Bưu điện văn hóa xã, 01 trường THCS, 02 trường tiểu học và 01 trường mầm non. Tỷ lệ hộ có điện thoại thông minh khoảng 81%; ấp Bờ Đập và ấp Rạch Bần còn một số điểm sóng di động yếu.

## II. KẾT QUẢ THỰC HIỆN

### 1. Công tác lãnh đạo, tuyên truyền

Đảng ủy xã ban hành Nghị quyết chuyên đề số 05-NQ/ĐU ngày 15/01/2026 về đẩy mạnh chuyển đổi số trên địa bàn xã; UBND xã ban hành Kế hoạch số 12/KH-UBND ngày 22/01/2026 triển khai phong trào "Bình dân học vụ số". Trong quý, Đài truyền thanh xã phát 48 tin, bài; tổ chức 03 hội nghị tuyên truyền với 415 lượt người tham dự; đăng 26 tin, bài trên trang Zalo "Lung Dừa trực tuyến" (khoảng 4.300 người theo dõi).

### 2. Tổ công nghệ số cộng đồng

Xã kiện toàn 05 Tổ công nghệ số cộng đồng ở 05 ấp với 37 thành viên (trong đó có 14 đoàn viên thanh niên, 6 giáo viên và 5 công an viên). Các tổ duy trì sinh hoạt vào tối thứ Tư hằng tuần tại nhà văn hóa ấp.

### 3. Kết quả hướng dẫn kỹ năng số theo từng ấp

| TT | Ấp | Số hộ | Người từ 15 tuổi trở lên | Số người được hướng dẫn kỹ năng số | Tỷ lệ (%) | Số lớp đã mở |
|---|---|---|---|---|---|---|
| 1 | Kinh Xáng | 812 | 2.418 | 1.596 | 66,0 | 3 |
| 2 | Bờ Đập | 598 | 1.790 | 716 | 40,0 | 1 |
| 3 | Cây Trâm | 704 | 2.095 | 1.320 | 63,0 | 2 |
| 4 | Rạch Bần | 655 | 1.952 | 1.054 | 54,0 | 2 |
| 5 | Xóm Lưới | 643 | 1.890 | 1.285 | 68,0 | 2 |
| | **Cộng** | **3.412** | **10.145** | **5.971** | **58,9** | **10** |

Như vậy, toàn xã hướng dẫn kỹ năng số cho 5.971 người, đạt 58,9% số người từ 15 tuổi trở lên, tăng 11,4 điểm phần trăm so với cuối năm 2025; ấp Xóm Lưới có tỷ lệ cao nhất (68,0%), ấp Bờ Đập thấp nhất (40,0%) do nhiều người cao tuổi và lao động đi làm ăn xa.

### 4. Dịch vụ công trực tuyến và định danh điện tử

Trong quý I, Bộ phận tiếp nhận và trả kết quả của xã tiếp nhận 1.126 hồ sơ thủ tục hành chính, trong đó 874 hồ sơ nộp trực tuyến toàn trình, chiếm 77,6%. Công an xã hướng dẫn kích hoạt thêm 1.038 tài khoản định danh điện tử mức độ 2, nâng tổng số lên 8.214 tài khoản.

### 5. Thanh toán không dùng tiền mặt, thương mại điện tử

Chợ Lung Dừa và chợ Kinh Xáng có 146/171 tiểu thương sử dụng mã QR để thanh toán; 09 hộ sản xuất có sản phẩm (khô cá sặc, mắm tép, gạo thơm) bán trên sàn thương mại điện tử; 100% hộ nghèo nhận trợ cấp qua tài khoản ngân hàng.

### 6. Hạn chế, nguyên nhân

- Tỷ lệ người được hướng dẫn ở ấp Bờ Đập còn thấp; 02 ấp còn điểm sóng yếu.
- Xã chỉ có 04 máy tính dùng chung cho người dân thực hành, nhiều máy cũ, cấu hình thấp.
- Kinh phí hoạt động của Tổ công nghệ số cộng đồng chưa bố trí riêng; thành viên chủ yếu làm việc tình nguyện.

## III. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026

1. Công chức Văn hóa - Xã hội chủ trì, phối hợp với Ban nhân dân các ấp mở thêm 10 lớp "Bình dân học vụ số" vào buổi tối, ưu tiên ấp Bờ Đập và ấp Rạch Bần; hoàn thành trước ngày 30/6/2026.
2. Đề nghị Đoàn Thanh niên xã duy trì "Tổ tình nguyện số" hỗ trợ người dân tại Bộ phận một cửa vào sáng thứ Bảy hằng tuần; phân công đoàn viên hướng dẫn tận nhà cho người cao tuổi, người khuyết tật.
3. Hội Nông dân xã phối hợp với Hội Liên hiệp Phụ nữ xã hướng dẫn thêm ít nhất 20 hộ đưa nông sản lên sàn thương mại điện tử; chọn 01 sản phẩm đăng ký OCOP năm 2026.
4. Trường THCS Lung Dừa mở phòng máy tính cho người dân thực hành vào chiều thứ Năm hằng tuần; giáo viên Tin học hỗ trợ hướng dẫn.
5. Công an xã tiếp tục kích hoạt tài khoản định danh điện tử mức độ 2, phấn đấu đến ngày 30/6/2026 đạt 9.000 tài khoản.
6. Các ban, ngành, đoàn thể xã và Ban nhân dân các ấp tiếp tục tuyên truyền, vận động hội viên và Nhân dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt; báo cáo kết quả về UBND xã (qua công chức Văn hóa - Xã hội) trước ngày 20 hằng tháng.

## IV. KIẾN NGHỊ, ĐỀ XUẤT

1. Đề nghị UBND huyện hỗ trợ xã 10 bộ máy tính để bố trí tại Bưu điện văn hóa xã và nhà văn hóa ấp Bờ Đập.
2. Đề nghị Phòng Kinh tế và Hạ tầng huyện làm việc với doanh nghiệp viễn thông xử lý điểm sóng yếu tại ấp Bờ Đập và ấp Rạch Bần trong quý II năm 2026.
3. Đề nghị bố trí kinh phí 40 triệu đồng hỗ trợ hoạt động của 05 Tổ công nghệ số cộng đồng năm 2026.

Trên đây là báo cáo kết quả quý I và nhiệm vụ trọng tâm quý II năm 2026 của UBND xã Lung Dừa./.

Người tổng hợp: Phan Minh Khôi, công chức Văn hóa - Xã hội, ĐT 0946 203 118.

TM. UBND XÃ
CHỦ TỊCH
(Đã ký)
Ngô Văn Tài

*Nơi nhận:*
- Như trên;
- Phòng Văn hóa và Thông tin huyện;
- TT Đảng ủy, TT HĐND xã;
- CT, PCT UBND xã;
- Lưu: VT.
"""

# ---------------------------------------------------------------------------
# qq05 - Thông báo kết luận, Huyện ủy (txt, Party two-column header)
# ---------------------------------------------------------------------------
Q5_TXT = """      HUYỆN ỦY VÀM SÁO                        ĐẢNG CỘNG SẢN VIỆT NAM
             *                           ---------------------------
      Số 214-TB/HU                      Vàm Sáo, ngày 18 tháng 3 năm 2026


                                 THÔNG BÁO
                    KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY
          về công tác tuyên truyền, phổ biến khoa học, công nghệ
             và chuyển đổi số trên địa bàn huyện năm 2026
                                 -----

Ngày 12/3/2026, Ban Thường vụ Huyện ủy họp nghe Ban Tuyên giáo và Dân vận Huyện ủy báo cáo kết quả 01 năm triển khai Chương trình hành động số 41-CTr/TU của Tỉnh ủy và Kế hoạch số 27/KH-UBND ngày 20/01/2026 của UBND tỉnh trên địa bàn huyện; đồng chí Trương Công Tâm, Bí thư Huyện ủy chủ trì hội nghị. Sau khi nghe báo cáo và ý kiến của các đồng chí dự họp, Ban Thường vụ Huyện ủy kết luận như sau:

1. Đánh giá chung

Thời gian qua, cấp ủy, chính quyền các cấp trong huyện quan tâm lãnh đạo, triển khai công tác tuyên truyền về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; 100% chi bộ tổ chức quán triệt Chương trình hành động số 41-CTr/TU; 14/14 xã, thị trấn thành lập Tổ công nghệ số cộng đồng với 486 thành viên. Hệ thống truyền thanh cơ sở phát 1.240 tin, bài về chủ đề này; trang thông tin điện tử huyện mở chuyên mục "Vàm Sáo chuyển mình số".

Tuy nhiên, tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình của huyện mới đạt 58,3%, thấp hơn chỉ tiêu tỉnh giao (65%); 03 xã Ô Đùng, Rạch Cóc, Bàu Vừng vẫn còn vùng lõm sóng di động; một số cấp ủy, người đứng đầu chưa thật sự quan tâm, còn trông chờ cấp trên; việc tuyên truyền ở một số nơi còn hình thức, chưa đến được với người cao tuổi và đồng bào Khmer.

2. Nhiệm vụ, giải pháp thời gian tới

Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận và các đoàn thể tập trung thực hiện tốt các nhiệm vụ sau:

2.1. Giao Ban Tuyên giáo và Dân vận Huyện ủy chủ trì, phối hợp với Phòng Văn hóa và Thông tin huyện xây dựng Kế hoạch tuyên truyền về khoa học, công nghệ và chuyển đổi số năm 2026, trình Thường trực Huyện ủy trước ngày 15/4/2026; biên soạn tài liệu hỏi - đáp bằng tiếng Việt và tiếng Khmer phát đến các chi bộ ấp, khu phố.

2.2. UBND huyện chỉ đạo Phòng Kinh tế và Hạ tầng phối hợp với các doanh nghiệp viễn thông xóa vùng lõm sóng tại 03 xã Ô Đùng, Rạch Cóc, Bàu Vừng, hoàn thành trước ngày 30/9/2026; phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 65% trong năm 2026.

2.3. Giao Văn phòng Huyện ủy bảo đảm 100% văn bản của các cơ quan Đảng huyện (trừ văn bản mật) được gửi, nhận trên môi trường điện tử và ký số; hướng dẫn các chi bộ trực thuộc sử dụng sổ tay đảng viên điện tử, hoàn thành trong quý II/2026.

2.4. Ủy ban Kiểm tra Huyện ủy có trách nhiệm đưa nội dung lãnh đạo thực hiện chuyển đổi số vào chương trình kiểm tra, giám sát năm 2026; kiểm tra ít nhất 04 tổ chức đảng trong quý III/2026.

2.5. Trung tâm Chính trị huyện mở 02 lớp bồi dưỡng kiến thức chuyển đổi số cho bí thư, phó bí thư chi bộ (mỗi lớp 70 học viên), hoàn thành trong quý II/2026.

2.6. Huyện đoàn thành lập 14 đội hình "Thanh niên tình nguyện số" ở 14 xã, thị trấn; tổ chức chiến dịch "Mùa hè số" từ ngày 15/6/2026 đến ngày 15/8/2026, hướng dẫn ít nhất 3.000 lượt người dân cài đặt, sử dụng ứng dụng VNeID và dịch vụ công trực tuyến.

2.7. Các phòng, ban, ngành, Mặt trận và đoàn thể huyện quán triệt kết luận này đến cán bộ, đảng viên, đoàn viên, hội viên; mỗi cơ quan, đơn vị đăng ký ít nhất 01 mô hình chuyển đổi số, gửi về Ban Tuyên giáo và Dân vận Huyện ủy trước ngày 30/4/2026.

2.8. Đảng ủy các xã, thị trấn lãnh đạo chính quyền cơ sở đưa chỉ tiêu phổ cập kỹ năng số vào nghị quyết chuyên đề; định kỳ 6 tháng (trước ngày 10/6 và 10/12) báo cáo kết quả về Ban Thường vụ Huyện ủy qua Ban Tuyên giáo và Dân vận Huyện ủy.

3. Kinh phí

Đồng ý chủ trương bố trí 1,2 tỷ đồng từ ngân sách huyện năm 2026 cho công tác tuyên truyền, bồi dưỡng kỹ năng số và hỗ trợ Tổ công nghệ số cộng đồng; giao Phòng Tài chính - Kế hoạch tham mưu UBND huyện phân bổ chi tiết trong tháng 4/2026.

4. Tổ chức thực hiện

Giao Ban Tuyên giáo và Dân vận Huyện ủy theo dõi, tổng hợp tình hình thực hiện Thông báo này, báo cáo Ban Thường vụ Huyện ủy tại hội nghị sơ kết 6 tháng đầu năm 2026. Đầu mối liên hệ: đồng chí Thạch Sô Phanh, Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy, điện thoại 0907 118 624, e-mail btgdv.vamsao@mythanhtay.org.vn.

Ban Thường vụ Huyện ủy thông báo để các cấp ủy, tổ chức đảng, cơ quan, đơn vị liên quan biết, thực hiện./.

Nơi nhận:                                          T/M BAN THƯỜNG VỤ
- Ban Tuyên giáo và Dân vận Tỉnh ủy,                   PHÓ BÍ THƯ
- Văn phòng Tỉnh ủy (để b/c),
- Các đồng chí Huyện ủy viên,                            (Đã ký)
- Các ban xây dựng Đảng, Văn phòng Huyện ủy,
- Các đảng ủy, chi bộ trực thuộc,                      Tô Văn Hiếu
- Lưu Văn phòng Huyện ủy.
"""


# ===========================================================================
# Builders
# ===========================================================================
import os
import sys
import json
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

F1 = "qq01_kehoach_khcn_cds.docx"
F2 = "qq02_congvan_kynangso.txt"
F3 = "qq03_quyetdinh_hoithi.pdf"
F4 = "qq04_baocao_hocvuso.md"
F5 = "qq05_thongbao_ketluan.txt"


def nfc(s):
    return unicodedata.normalize("NFC", s)


def build_docx(path):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3)
        s.right_margin = Cm(2)

    def cell_lines(cell, lines, bold_first=True, center=True):
        cell.paragraphs[0].text = ""
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            r = p.add_run(nfc(line))
            r.bold = bold_first and i < (1 if len(lines) < 3 else 2) or line.isupper()
            if center:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # header: two columns (table without borders)
    t = doc.add_table(rows=1, cols=2)
    cell_lines(t.cell(0, 0), Q1_HEADER_LEFT)
    cell_lines(t.cell(0, 1), Q1_HEADER_RIGHT)

    # List Number restart machinery
    numbering = doc.part.numbering_part.element
    ln_style = doc.styles["List Number"]
    base_num_id = ln_style.element.pPr.numPr.numId.val
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(base_num_id):
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    assert abstract_id is not None
    current = {"numId": None}

    def new_num():
        from docx.oxml import OxmlElement
        ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        nid = max(ids) + 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(nid))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), str(abstract_id))
        num.append(a)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        return nid

    def set_num(p, nid):
        from docx.oxml import OxmlElement
        pPr = p._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(nid))
        numPr.append(il)
        numPr.append(ni)
        pPr.append(numPr)

    for kind, text in Q1_BODY:
        text = nfc(text)
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            p = doc.add_paragraph()
            p.add_run(text).bold = True
        elif kind in ("ln", "ln1"):
            if kind == "ln1" or current["numId"] is None:
                current["numId"] = new_num()
            p = doc.add_paragraph(style="List Number")
            p.add_run(text).bold = True
            set_num(p, current["numId"])
        elif kind == "lb":
            doc.add_paragraph(text, style="List Bullet")
        else:
            p = doc.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    # signature block: Nơi nhận (left) | signer (right)
    t = doc.add_table(rows=1, cols=2)
    left = t.cell(0, 0)
    left.paragraphs[0].text = ""
    for i, line in enumerate(Q1_SIGN_LEFT):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        r = p.add_run(nfc(line))
        r.font.size = Pt(10)
        if i == 0:
            r.bold = True
            r.italic = True
    right = t.cell(0, 1)
    right.paragraphs[0].text = ""
    for i, line in enumerate(Q1_SIGN_RIGHT):
        p = right.paragraphs[0] if i == 0 else right.add_paragraph()
        r = p.add_run(nfc(line))
        r.bold = line != "(Đã ký)"
        r.italic = line == "(Đã ký)"
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_page_break()
    for i, line in enumerate(Q1_ANNEX_TITLE):
        p = doc.add_paragraph()
        r = p.add_run(nfc(line))
        r.bold = i == 0
        r.italic = i == 1
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    tbl = doc.add_table(rows=len(Q1_TABLE), cols=len(Q1_TABLE[0]))
    tbl.style = "Table Grid"
    for i, row in enumerate(Q1_TABLE):
        for j, val in enumerate(row):
            c = tbl.cell(i, j)
            c.text = nfc(val)
            if i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    doc.save(path)


def wrap_q2():
    out = [nfc(Q2_HEADER).rstrip("\n"), ""]
    for para in Q2_BODY:
        para = nfc(para)
        out.append(textwrap.fill(para, width=72, break_long_words=False,
                                 break_on_hyphens=False))
    out.append(nfc(Q2_FOOTER).rstrip("\n"))
    return "\n".join(out) + "\n"


def build_pdf(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 10)
    w = pdf.w - pdf.l_margin - pdf.r_margin
    # two-column header
    y0 = pdf.get_y()
    for i, line in enumerate(Q3_HEADER_LEFT):
        pdf.set_xy(pdf.l_margin, y0 + i * 5.5)
        pdf.set_font("DejaVu", "B" if i == 0 else "", 10)
        pdf.cell(w * 0.4, 5.5, nfc(line), align="C")
    for i, line in enumerate(Q3_HEADER_RIGHT):
        pdf.set_xy(pdf.l_margin + w * 0.4, y0 + i * 5.5)
        pdf.set_font("DejaVu", "B" if i < 2 else "", 10)
        pdf.cell(w * 0.6, 5.5, nfc(line), align="C")
    pdf.set_xy(pdf.l_margin, y0 + 4 * 5.5)
    pdf.ln(4)
    for kind, text in Q3_BODY:
        if kind == "pb":
            pdf.add_page()
            continue
        if kind == "sign":
            pdf.ln(2)
            for i, line in enumerate(text):
                pdf.set_font("DejaVu", "" if line.startswith("(") else "B", 10.5)
                pdf.set_x(pdf.l_margin + w * 0.5)
                pdf.cell(w * 0.5, 6, nfc(line), align="C", new_x="LMARGIN", new_y="NEXT")
                if line.startswith("("):
                    pdf.ln(8)
            pdf.ln(3)
            continue
        if kind == "small":
            for i, line in enumerate(text):
                pdf.set_font("DejaVu", "B" if i == 0 else "", 8.5)
                pdf.cell(w * 0.5, 4.5, nfc(line), new_x="LMARGIN", new_y="NEXT")
            continue
        text = nfc(text)
        if kind in ("c", "cb"):
            pdf.set_font("DejaVu", "B" if kind == "cb" else "", 11)
            pdf.multi_cell(w, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "b":
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(w, 5.4, text, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(w, 5.4, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(path)


def build_corpus():
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, F1))
    with open(os.path.join(CORPUS, F2), "w", encoding="utf-8") as f:
        f.write(wrap_q2())
    build_pdf(os.path.join(CORPUS, F3))
    with open(os.path.join(CORPUS, F4), "w", encoding="utf-8") as f:
        f.write(nfc(Q4_MD))
    with open(os.path.join(CORPUS, F5), "w", encoding="utf-8") as f:
        f.write(nfc(Q5_TXT))


# ===========================================================================
# Questions (key, question, answerable, kind, evidence, keywords, history-key, actors)
# ===========================================================================
def Q(key, q, kind, ev=(), kw=(), hist=None, actors=None, ans=True):
    return dict(key=key, q=q, kind=kind, ev=list(ev), kw=list(kw), hist=hist,
                actors=actors, ans=ans)


def U(key, q, hist=None, kind="unanswerable"):
    return dict(key=key, q=q, kind=kind, ev=[], kw=[], hist=hist, actors=None, ans=False)


QUESTIONS = [
    # --- qq01: KH 27/KH-UBND (tỉnh) ---
    Q("a1", "Chỉ tiêu hồ sơ TTHC giải quyết trực tuyến toàn trình của tỉnh năm 2026 là bao nhiêu %?", "abbreviation",
      [(F1, "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình đạt từ 65% trở lên")], ["65%"]),
    Q("a2", "Kế hoạch phát triển KH&CN, ĐMST và chuyển đổi số của tỉnh năm nay dự kiến tổng kinh phí bao nhiêu?", "factoid",
      [(F1, "Tổng kinh phí dự kiến thực hiện Kế hoạch năm 2026 là 46,8 tỷ đồng")], ["46,8 tỷ đồng"]),
    Q("a3", "Trong đó ngân sách tỉnh chiếm bao nhiêu?", "follow-up",
      [(F1, "trong đó: ngân sách tỉnh 38,5 tỷ đồng")], ["38,5 tỷ đồng"], hist="a2"),
    U("a4", "Thế còn kinh phí cho năm 2027?", hist="a2", kind="follow-up"),
    Q("a5", "Sở Nội vụ phải làm gì theo KH 27/KH-UBND?", "who-what",
      [(F1, "Chủ trì tập huấn kỹ năng số cho 2.500 cán bộ, công chức cấp xã, hoàn thành trong tháng 8/2026")],
      ["2.500", "tháng 8/2026"], actors=["Sở Nội vụ"]),
    Q("a6", "Còn Sở GD&ĐT thì sao?", "follow-up",
      [(F1, "Chủ trì triển khai giáo dục STEM, kỹ năng số và an toàn trên không gian mạng trong các cơ sở giáo dục"),
       (F1, "phối hợp với Sở Nội vụ bồi dưỡng 300 giáo viên cốt cán, hoàn thành trước ngày 30/9/2026")],
      ["300 giáo viên cốt cán", "30/9/2026"], hist="a5", actors=["Sở Giáo dục và Đào tạo"]),
    Q("a7", "Liên hiệp các Hội KH&KT tỉnh được giao nhiệm vụ gì trong năm 2026?", "who-what",
      [(F1, "Chủ trì, phối hợp với Sở Khoa học và Công nghệ và Tỉnh đoàn tổ chức Hội thi sáng tạo kỹ thuật tỉnh lần thứ IX; tổng kết, trao giải trong tháng 11/2026")],
      ["lần thứ IX", "tháng 11/2026"], actors=["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"]),
    Q("a8", "Hạn chót để UBND các huyện gửi kế hoạch CĐS của địa phương lên Sở KH&CN là ngày nào?", "abbreviation",
      [(F1, "Xây dựng kế hoạch của địa phương và gửi về Sở Khoa học và Công nghệ trước ngày 28/02/2026")], ["28/02/2026"]),
    Q("a9", "so khoa hoc cong nghe phai bao cao ubnd tinh dinh ky nhu the nao", "no-diacritics",
      [(F1, "tổng hợp, báo cáo UBND tỉnh định kỳ hằng quý (trước ngày 20 của tháng cuối quý) và báo cáo năm trước ngày 15/12/2026")],
      ["hằng quý", "15/12/2026"]),
    Q("a10", "Ai ký kế hoạch 27 của UBND tỉnh?", "metadata",
      [(F1, "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Huỳnh Tấn Lợi")], ["Huỳnh Tấn Lợi"]),
    Q("a11", "KH 27/KH-UBND ban hành ngày nào?", "metadata",
      [(F1, "Kèm theo Kế hoạch số 27/KH-UBND ngày 20/01/2026 của UBND tỉnh")], ["20/01/2026"]),
    Q("a12", "Ngày hội khởi nghiệp đổi mới sáng tạo của tỉnh tổ chức khi nào, có những đơn vị nào phối hợp?", "list",
      [(F1, "Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh vào tháng 10/2026"),
       (F1, "Tỉnh đoàn; Hiệp hội Doanh nghiệp tỉnh")], ["tháng 10/2026", "Hiệp hội Doanh nghiệp tỉnh"]),
    Q("a13", "ke hoach 27 yeu cau moi xa to chuc it nhat may lop binh dan hoc vu so", "no-diacritics",
      [(F1, "Mỗi xã, phường, thị trấn tổ chức ít nhất 04 lớp hướng dẫn kỹ năng số cho người dân trong năm")], ["04 lớp"]),
    Q("a14", "Công an tỉnh có nhiệm vụ gì trong kế hoạch chuyển đổi số năm 2026 của tỉnh?", "who-what",
      [(F1, "Phối hợp kết nối, làm sạch dữ liệu dân cư; hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2")],
      ["làm sạch dữ liệu dân cư", "định danh điện tử mức độ 2"], actors=["Công an tỉnh"]),
    Q("a15", "MTTQ tỉnh với các đoàn thể được đề nghị làm gì theo KH 27?", "who-what",
      [(F1, "Tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tích cực tham gia phong trào \"Bình dân học vụ số\"; giám sát việc thực hiện Kế hoạch tại cơ sở")],
      ["Bình dân học vụ số", "giám sát"], actors=["Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh"]),
    Q("a16", "Vướng mắc khi làm KH 27 thì gọi cho ai ở Sở KH&CN?", "abbreviation",
      [(F1, "đầu mối: ông Tạ Quang Vinh, Phó Trưởng phòng Quản lý công nghệ và Đổi mới sáng tạo, điện thoại 0918 336 204")],
      ["Tạ Quang Vinh", "0918 336 204"]),
    Q("a17", "Kế hoạch 27 của tỉnh căn cứ những văn bản nào của Tỉnh ủy và HĐND tỉnh?", "metadata",
      [(F1, "Căn cứ Chương trình hành động số 41-CTr/TU ngày 05 tháng 3 năm 2025 của Tỉnh ủy"),
       (F1, "Căn cứ Nghị quyết số 19/NQ-HĐND ngày 12 tháng 12 năm 2025 của HĐND tỉnh")],
      ["41-CTr/TU", "19/NQ-HĐND"]),
    U("a20", "KH 27 bố trí bao nhiêu tiền cho Ngày hội khởi nghiệp đổi mới sáng tạo?"),
    U("a21", "Sở Y tế được giao nhiệm vụ gì trong kế hoạch KH&CN, chuyển đổi số năm 2026 của tỉnh?"),
    U("a22", "Năm 2025 tỉnh bồi dưỡng được bao nhiêu giáo viên cốt cán về STEM?"),
    U("a23", "muc thuong cho doanh nghiep khoi nghiep sang tao xuat sac nam 2026 cua tinh la bao nhieu"),
    U("a24", "KH 27 giao chỉ tiêu bao nhiêu điểm Wi-Fi công cộng miễn phí?"),
    U("a25", "Tỷ lệ chi ngân sách cho KH&CN, ĐMST và CĐS của tỉnh năm 2025 là bao nhiêu?"),

    # --- qq02: CV 318/SGDĐT-GDPT (Sở GD&ĐT) ---
    Q("b1", "Tuần lễ Em an toàn trên mạng ở trường học diễn ra từ ngày nào đến ngày nào?", "factoid",
      [(F2, "Tuần lễ diễn ra từ ngày 09/3/2026 đến ngày 14/3/2026 tại tất cả các trường")], ["09/3/2026", "14/3/2026"]),
    Q("b2", "Mỗi lớp phải dạy bao nhiêu tiết chủ đề Công dân số an toàn trong HK II?", "factoid",
      [(F2, "bố trí tối thiểu 04 tiết cho mỗi lớp trong học kỳ II")], ["04 tiết"]),
    Q("b3", "Vậy hạn hoàn thành là khi nào?", "follow-up",
      [(F2, "Thời gian hoàn thành trước ngày 15/5/2026")], ["15/5/2026"], hist="b2"),
    Q("b4", "Vòng chung kết cuộc thi an toàn thông tin cho học sinh tổ chức ở đâu, hôm nào?", "factoid",
      [(F2, "tổ chức trực tiếp vào sáng ngày 25/4/2026 tại Trường THPT chuyên Mỹ Thạnh Tây")],
      ["25/4/2026", "Trường THPT chuyên Mỹ Thạnh Tây"]),
    Q("b5", "co bao nhieu thi sinh duoc vao vong do", "follow-up",
      [(F2, "vòng chung kết dành cho 30 thí sinh có điểm cao nhất")], ["30 thí sinh"], hist="b4"),
    Q("b6", "cong van 318 cua so gd yeu cau gui bao cao ket qua truoc ngay nao", "no-diacritics",
      [(F2, "Các đơn vị gửi báo cáo kết quả (theo mẫu) về Sở GD&ĐT qua Phòng Giáo dục phổ thông trước ngày 25/5/2026")],
      ["25/5/2026"]),
    Q("b7", "Vướng mắc về giáo dục kỹ năng số cho học sinh thì liên hệ ai ở Sở GD&ĐT?", "abbreviation",
      [(F2, "liên hệ bà Lý Thu Trang, chuyên viên Phòng Giáo dục phổ thông, điện thoại 0913 582 447")],
      ["Lý Thu Trang", "0913 582 447"]),
    Q("b8", "Công văn về giáo dục kỹ năng số và an toàn trên mạng cho học sinh HK II do ai ký?", "metadata",
      [(F2, "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (Đã ký) Võ Thị Ngọc Hân")], ["Võ Thị Ngọc Hân"]),
    Q("b9", "Hiệu trưởng các trường THPT phải làm gì theo CV 318?", "who-what",
      [(F2, "chịu trách nhiệm trực tiếp tổ chức thực hiện; phân công 01 phó hiệu trưởng phụ trách và cử 01 giáo viên Tin học làm đầu mối")],
      ["01 phó hiệu trưởng", "01 giáo viên Tin học"],
      actors=["Hiệu trưởng các trường THPT, Trường Phổ thông Dân tộc nội trú tỉnh"]),
    Q("b10", "Theo CV 318 của Sở GD&ĐT, Phòng GD&ĐT các huyện, thành phố có trách nhiệm gì?", "who-what",
      [(F2, "Phòng GD&ĐT các huyện, thành phố chỉ đạo các trường tiểu học, THCS trên địa bàn triển khai các nội dung tại mục 1, 2 và 3")],
      ["tiểu học, THCS"], actors=["Phòng GD&ĐT các huyện, thành phố"]),
    Q("b11", "Còn Phòng Giáo dục phổ thông của Sở thì sao?", "follow-up",
      [(F2, "Phòng Giáo dục phổ thông thuộc Sở là đầu mối theo dõi, hướng dẫn; phối hợp với Văn phòng Sở đăng tải tài liệu, học liệu")],
      ["đầu mối theo dõi, hướng dẫn"], hist="b10", actors=["Phòng Giáo dục phổ thông"]),
    Q("b12", "Sở GD&ĐT mở mấy lớp bồi dưỡng GV về an toàn thông tin và AI, mỗi lớp bao nhiêu người?", "abbreviation",
      [(F2, "tổ chức 02 lớp bồi dưỡng (mỗi lớp 90 học viên)")], ["02 lớp", "90 học viên"]),
    Q("b13", "lop thu hai hoc tu ngay nao", "follow-up",
      [(F2, "lớp thứ hai từ ngày 06/4/2026 đến ngày 10/4/2026")], ["06/4/2026"], hist="b12"),
    Q("b14", "clb STEM o truong THPT phai sinh hoat toi thieu may buoi moi thang", "no-diacritics",
      [(F2, "Mỗi trường THPT có ít nhất 01 câu lạc bộ STEM hoặc Robotics hoạt động tối thiểu 02 buổi/tháng")], ["02 buổi/tháng"]),
    Q("b15", "CV 318/SGDĐT-GDPT ban hành ngày nào?", "metadata",
      [(F2, "Mỹ Thạnh Tây, ngày 06 tháng 02 năm 2026")], ["06 tháng 02 năm 2026"]),
    Q("b17", "Chủ đề Công dân số an toàn gồm những nội dung gì?", "list",
      [(F2, "bảo vệ thông tin cá nhân, nhận diện tin giả, phòng chống lừa đảo trực tuyến, ứng xử văn minh trên mạng xã hội và sử dụng trí tuệ nhân tạo có trách nhiệm")],
      ["nhận diện tin giả", "lừa đảo trực tuyến"]),
    U("b18", "CV 318 thưởng bao nhiêu tiền cho học sinh đạt giải nhất cuộc thi an toàn thông tin?"),
    U("b19", "Lớp bồi dưỡng thứ ba cho giáo viên Tin học của Sở GD&ĐT mở vào tháng mấy?"),
    U("b20", "cong van 455/SGDDT-GDPT ve an toan mang cho hoc sinh yeu cau nhung gi"),
    U("b22", "Thể lệ cuộc thi Học sinh Mỹ Thạnh Tây với an toàn thông tin cho mỗi thí sinh thi mấy lượt?"),

    # --- qq03: QĐ 1045/QĐ-UBND (huyện Giồng Keo) ---
    Q("c1", "Giải nhất bảng A hội thi sáng tạo kỹ thuật huyện Giồng Keo được bao nhiêu tiền?", "factoid",
      [(F3, "Bảng A: 01 giải Nhất, trị giá 10.000.000 đồng")], ["10.000.000 đồng"]),
    Q("c2", "bang B thi sao", "follow-up",
      [(F3, "Bảng B: 01 giải Nhất, trị giá 5.000.000 đồng")], ["5.000.000 đồng"], hist="c1"),
    U("c3", "Thế giải đặc biệt trị giá bao nhiêu?", hist="c1", kind="follow-up"),
    Q("c4", "Hội thi sáng tạo kỹ thuật Giồng Keo nhận hồ sơ đến ngày nào?", "factoid",
      [(F3, "Thời gian nhận hồ sơ từ ngày 16/3/2026 đến hết ngày 15/6/2026")], ["15/6/2026"]),
    Q("c5", "Nộp ở đâu?", "follow-up",
      [(F3, "Nơi nhận: Phòng Kinh tế và Hạ tầng huyện, tầng 2 Trung tâm Hành chính huyện, số 08 đường 30 Tháng 4, thị trấn Giồng Keo")],
      ["Phòng Kinh tế và Hạ tầng", "tầng 2"], hist="c4"),
    Q("c6", "QĐ 1045/QĐ-UBND do ai ký?", "metadata",
      [(F3, "CHỦ TỊCH (Đã ký) Dương Chí Thành")], ["Dương Chí Thành"]),
    Q("c7", "Quy chế hội thi sáng tạo kỹ thuật và ý tưởng CĐS huyện Giồng Keo ban hành kèm quyết định số mấy, ngày nào?", "metadata",
      [(F3, "Ban hành kèm theo Quyết định số 1045/QĐ-UBND ngày 02/3/2026 của Chủ tịch UBND huyện Giồng Keo")],
      ["1045/QĐ-UBND", "02/3/2026"]),
    Q("c8", "Kinh phí tổ chức hội thi sáng tạo kỹ thuật huyện Giồng Keo là bao nhiêu, lấy từ nguồn nào?", "factoid",
      [(F3, "kinh phí tổ chức Hội thi là 85.000.000 đồng (Tám mươi lăm triệu đồng) từ nguồn sự nghiệp khoa học và công nghệ năm 2026 của huyện")],
      ["85.000.000 đồng", "sự nghiệp khoa học và công nghệ"]),
    Q("c9", "Hội thi sáng tạo huyện Giồng Keo có những lĩnh vực dự thi nào?", "list",
      [(F3, "Nông nghiệp, thủy sản và chế biến nông sản"),
       (F3, "Chuyển đổi số, ứng dụng công nghệ thông tin trong quản lý nhà nước, sản xuất, kinh doanh"),
       (F3, "Giáo dục, y tế, bảo vệ môi trường và ứng phó biến đổi khí hậu"),
       (F3, "Cơ khí, tự động hóa, năng lượng tái tạo")],
      ["Nông nghiệp, thủy sản", "Cơ khí, tự động hóa"]),
    Q("c10", "giai phap du thi o giong keo phai dat bao nhieu diem moi duoc xet giai", "no-diacritics",
      [(F3, "Giải pháp được xét giải phải có tổng điểm bình quân từ 60 điểm trở lên")], ["60 điểm"]),
    Q("c11", "Lễ trao giải hội thi sáng tạo kỹ thuật huyện Giồng Keo dự kiến tổ chức khi nào, ở đâu?", "factoid",
      [(F3, "Lễ tổng kết và trao giải dự kiến tổ chức vào ngày 28/8/2026 tại Hội trường UBND huyện")],
      ["28/8/2026", "Hội trường UBND huyện"]),
    Q("c12", "Huyện đoàn Giồng Keo được giao việc gì trong hội thi?", "who-what",
      [(F3, "Huyện đoàn: phát động trong đoàn viên, thanh niên; thành lập tổ hỗ trợ thanh niên hoàn thiện hồ sơ ý tưởng chuyển đổi số")],
      ["tổ hỗ trợ thanh niên"], actors=["Huyện đoàn"]),
    Q("c13", "Theo quy chế hội thi của huyện Giồng Keo, UBND các xã, thị trấn phải làm gì?", "who-what",
      [(F3, "UBND các xã, thị trấn: phổ biến thể lệ đến từng ấp, khu phố; xác nhận kết quả áp dụng thử giải pháp trên địa bàn; mỗi xã, thị trấn có ít nhất 02 giải pháp dự thi")],
      ["02 giải pháp"], actors=["UBND các xã, thị trấn"]),
    Q("c14", "Phòng Tài chính - Kế hoạch huyện có nhiệm vụ gì trong QĐ 1045?", "who-what",
      [(F3, "Giao Phòng Tài chính - Kế hoạch thẩm định, tham mưu bố trí kinh phí tổ chức Hội thi")],
      ["thẩm định"], actors=["Phòng Tài chính - Kế hoạch"]),
    Q("c16", "Phòng KT&HT Giồng Keo phải báo cáo kết quả hội thi về Sở KH&CN trước ngày nào?", "abbreviation",
      [(F3, "báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 15/9/2026")], ["15/9/2026"]),
    Q("c21", "Phòng Văn hóa và Thông tin huyện Giồng Keo phải làm gì cho hội thi, phối hợp với ai?", "who-what",
      [(F3, "Phòng Văn hóa và Thông tin: phối hợp với Trung tâm Văn hóa, Thể thao và Truyền thanh huyện tuyên truyền thể lệ Hội thi")],
      ["02 lần/tuần"], actors=["Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa, Thể thao và Truyền thanh huyện"]),
    U("c17", "Giải ba bảng A của hội thi sáng tạo kỹ thuật huyện Giồng Keo lần thứ II năm 2025 trị giá bao nhiêu?"),
    U("c18", "Hội thi sáng tạo kỹ thuật huyện Vàm Sáo năm 2026 nhận hồ sơ đến ngày nào?"),
    U("c19", "le phi tham du hoi thi sang tao ky thuat huyen giong keo la bao nhieu"),
    U("c20", "QĐ 1045 quy định thù lao cho thành viên Ban Giám khảo bao nhiêu một ngày?"),

    # --- qq04: BC 46/BC-UBND (xã Lung Dừa) ---
    Q("d1", "Quý I/2026 xã Lung Dừa hướng dẫn kỹ năng số cho bao nhiêu người?", "factoid",
      [(F4, "toàn xã hướng dẫn kỹ năng số cho 5.971 người, đạt 58,9% số người từ 15 tuổi trở lên")], ["5.971", "58,9%"]),
    Q("d2", "Ấp nào của Lung Dừa có tỷ lệ được hướng dẫn kỹ năng số thấp nhất, vì sao?", "factoid",
      [(F4, "ấp Bờ Đập thấp nhất (40,0%) do nhiều người cao tuổi và lao động đi làm ăn xa")], ["Bờ Đập", "40,0%"]),
    Q("d3", "Còn ấp cao nhất?", "follow-up",
      [(F4, "ấp Xóm Lưới có tỷ lệ cao nhất (68,0%)")], ["Xóm Lưới", "68,0%"], hist="d2"),
    Q("d4", "Ấp Cây Trâm có bao nhiêu hộ?", "factoid",
      [(F4, "| 3 | Cây Trâm | 704 | 2.095 | 1.320 | 63,0 | 2 |")], ["704"]),
    Q("d5", "the ap rach ban?", "follow-up",
      [(F4, "| 4 | Rạch Bần | 655 | 1.952 | 1.054 | 54,0 | 2 |")], ["655"], hist="d4"),
    Q("d6", "Quý 1 xã Lung Dừa có bao nhiêu % hồ sơ nộp trực tuyến toàn trình?", "factoid",
      [(F4, "tiếp nhận 1.126 hồ sơ thủ tục hành chính, trong đó 874 hồ sơ nộp trực tuyến toàn trình, chiếm 77,6%")], ["77,6%"]),
    Q("d7", "xa lung dua co bao nhieu to cong nghe so cong dong, bao nhieu thanh vien", "no-diacritics",
      [(F4, "Xã kiện toàn 05 Tổ công nghệ số cộng đồng ở 05 ấp với 37 thành viên")], ["37 thành viên"]),
    Q("d8", "Đoàn Thanh niên xã Lung Dừa được đề nghị làm gì trong quý II?", "who-what",
      [(F4, "Đề nghị Đoàn Thanh niên xã duy trì \"Tổ tình nguyện số\" hỗ trợ người dân tại Bộ phận một cửa vào sáng thứ Bảy hằng tuần")],
      ["Tổ tình nguyện số", "sáng thứ Bảy"], actors=["Đoàn Thanh niên xã"]),
    Q("d9", "Trường THCS Lung Dừa phải làm gì để hỗ trợ người dân?", "who-what",
      [(F4, "Trường THCS Lung Dừa mở phòng máy tính cho người dân thực hành vào chiều thứ Năm hằng tuần")],
      ["chiều thứ Năm"], actors=["Trường THCS Lung Dừa"]),
    Q("d10", "cong an xa lung dua phai lam gi trong quy 2, chi tieu bao nhieu tai khoan dinh danh", "who-what",
      [(F4, "Công an xã tiếp tục kích hoạt tài khoản định danh điện tử mức độ 2, phấn đấu đến ngày 30/6/2026 đạt 9.000 tài khoản")],
      ["9.000 tài khoản"], actors=["Công an xã"]),
    Q("d11", "Xã Lung Dừa kiến nghị cấp trên những gì?", "list",
      [(F4, "Đề nghị UBND huyện hỗ trợ xã 10 bộ máy tính"),
       (F4, "Đề nghị Phòng Kinh tế và Hạ tầng huyện làm việc với doanh nghiệp viễn thông xử lý điểm sóng yếu"),
       (F4, "Đề nghị bố trí kinh phí 40 triệu đồng hỗ trợ hoạt động của 05 Tổ công nghệ số cộng đồng năm 2026")],
      ["10 bộ máy tính", "40 triệu đồng"]),
    Q("d12", "BC 46 của UBND xã Lung Dừa gửi cho cơ quan nào?", "metadata",
      [(F4, "Kính gửi: UBND huyện Giồng Keo (qua Phòng Văn hóa và Thông tin)")], ["UBND huyện Giồng Keo"]),
    Q("d13", "Ai tổng hợp báo cáo bình dân học vụ số quý I của xã Lung Dừa, số điện thoại bao nhiêu?", "metadata",
      [(F4, "Người tổng hợp: Phan Minh Khôi, công chức Văn hóa - Xã hội, ĐT 0946 203 118")], ["Phan Minh Khôi", "0946 203 118"]),
    Q("d14", "Hội Nông dân xã Lung Dừa phải làm gì trong quý II, phối hợp với ai?", "who-what",
      [(F4, "Hội Nông dân xã phối hợp với Hội Liên hiệp Phụ nữ xã hướng dẫn thêm ít nhất 20 hộ đưa nông sản lên sàn thương mại điện tử")],
      ["20 hộ", "Hội Liên hiệp Phụ nữ xã"], actors=["Hội Nông dân xã", "Hội Liên hiệp Phụ nữ xã"]),
    Q("d15", "BC 46/BC-UBND của xã Lung Dừa đề ngày nào, ai ký?", "metadata",
      [(F4, "Lung Dừa, ngày 08 tháng 4 năm 2026"), (F4, "CHỦ TỊCH (Đã ký) Ngô Văn Tài")],
      ["08 tháng 4 năm 2026", "Ngô Văn Tài"]),
    U("d16", "Số người được hướng dẫn kỹ năng số ở ấp Bàu Tràm, xã Lung Dừa là bao nhiêu?"),
    U("d17", "Trong quý I/2026 huyện cấp cho xã Lung Dừa bao nhiêu máy tính?"),
    U("d18", "xa lung dua hien co bao nhieu ho ngheo"),

    # --- qq05: TB 214-TB/HU (Huyện ủy Vàm Sáo) ---
    Q("e1", "Tỷ lệ hồ sơ trực tuyến toàn trình của huyện Vàm Sáo hiện mới đạt bao nhiêu?", "factoid",
      [(F5, "tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình của huyện mới đạt 58,3%")], ["58,3%"]),
    Q("e3", "Những xã nào ở Vàm Sáo còn vùng lõm sóng di động?", "list",
      [(F5, "03 xã Ô Đùng, Rạch Cóc, Bàu Vừng vẫn còn vùng lõm sóng di động")], ["Ô Đùng", "Rạch Cóc", "Bàu Vừng"]),
    Q("e4", "Hạn xóa vùng lõm là khi nào?", "follow-up",
      [(F5, "xóa vùng lõm sóng tại 03 xã Ô Đùng, Rạch Cóc, Bàu Vừng, hoàn thành trước ngày 30/9/2026")], ["30/9/2026"], hist="e3"),
    Q("e5", "Trung tâm Chính trị huyện Vàm Sáo được giao làm gì?", "who-what",
      [(F5, "Trung tâm Chính trị huyện mở 02 lớp bồi dưỡng kiến thức chuyển đổi số cho bí thư, phó bí thư chi bộ (mỗi lớp 70 học viên), hoàn thành trong quý II/2026")],
      ["02 lớp", "quý II/2026"], actors=["Trung tâm Chính trị huyện"]),
    Q("e6", "Các phòng ban, MTTQ và đoàn thể huyện phải làm gì theo TB 214?", "who-what",
      [(F5, "mỗi cơ quan, đơn vị đăng ký ít nhất 01 mô hình chuyển đổi số, gửi về Ban Tuyên giáo và Dân vận Huyện ủy trước ngày 30/4/2026")],
      ["01 mô hình", "30/4/2026"], actors=["Các phòng, ban, ngành, Mặt trận và đoàn thể huyện"]),
    Q("e7", "huyen doan vam sao phai lam gi theo ket luan cua BTV huyen uy", "who-what",
      [(F5, "Huyện đoàn thành lập 14 đội hình \"Thanh niên tình nguyện số\" ở 14 xã, thị trấn")], ["14 đội hình"], actors=["Huyện đoàn"]),
    Q("e8", "vay chien dich he cua ho keo dai tu ngay nao den ngay nao", "follow-up",
      [(F5, "tổ chức chiến dịch \"Mùa hè số\" từ ngày 15/6/2026 đến ngày 15/8/2026")], ["15/6/2026", "15/8/2026"], hist="e7"),
    Q("e9", "TB 214-TB/HU của Huyện ủy Vàm Sáo ban hành ngày nào?", "metadata",
      [(F5, "Vàm Sáo, ngày 18 tháng 3 năm 2026")], ["18 tháng 3 năm 2026"]),
    Q("e11", "Huyện Vàm Sáo dành bao nhiêu tiền năm 2026 cho tuyên truyền, bồi dưỡng kỹ năng số?", "factoid",
      [(F5, "bố trí 1,2 tỷ đồng từ ngân sách huyện năm 2026")], ["1,2 tỷ đồng"]),
    Q("e12", "Ai tham mưu phân bổ chi tiết, khi nào?", "follow-up",
      [(F5, "giao Phòng Tài chính - Kế hoạch tham mưu UBND huyện phân bổ chi tiết trong tháng 4/2026")],
      ["Phòng Tài chính - Kế hoạch", "tháng 4/2026"], hist="e11"),
    Q("e13", "UBKT Huyện ủy Vàm Sáo có trách nhiệm gì liên quan chuyển đổi số?", "who-what",
      [(F5, "Ủy ban Kiểm tra Huyện ủy có trách nhiệm đưa nội dung lãnh đạo thực hiện chuyển đổi số vào chương trình kiểm tra, giám sát năm 2026")],
      ["kiểm tra, giám sát năm 2026", "04 tổ chức đảng"], actors=["Ủy ban Kiểm tra Huyện ủy"]),
    Q("e14", "Văn phòng Huyện ủy Vàm Sáo phải bảo đảm gì về văn bản điện tử?", "who-what",
      [(F5, "bảo đảm 100% văn bản của các cơ quan Đảng huyện (trừ văn bản mật) được gửi, nhận trên môi trường điện tử và ký số")],
      ["100%", "ký số"], actors=["Văn phòng Huyện ủy"]),
    Q("e19", "Ban Tuyên giáo và Dân vận Huyện ủy Vàm Sáo phải làm gì, hạn khi nào?", "who-what",
      [(F5, "Giao Ban Tuyên giáo và Dân vận Huyện ủy chủ trì, phối hợp với Phòng Văn hóa và Thông tin huyện xây dựng Kế hoạch tuyên truyền"),
       (F5, "trình Thường trực Huyện ủy trước ngày 15/4/2026")],
      ["15/4/2026"], actors=["Ban Tuyên giáo và Dân vận Huyện ủy"]),
    U("e15", "Xã Ô Đùng có bao nhiêu thành viên Tổ công nghệ số cộng đồng?"),
    U("e16", "Kết luận của BTV Huyện ủy Vàm Sáo tại hội nghị sơ kết 6 tháng đầu năm 2026 nêu những gì?"),
    U("e17", "Năm 2026 báo tỉnh đăng bao nhiêu tin bài về chuyển đổi số của huyện Vàm Sáo?"),
    U("e18", "lich tiep dan cua bi thu huyen uy vam sao trong thang 4 la ngay nao"),
    U("e20", "Năm 2025 Huyện đoàn Vàm Sáo hướng dẫn được bao nhiêu lượt người dân trong chiến dịch Mùa hè số?"),

    # --- corpus questions ---
    Q("f1", "Trong mấy văn bản này, văn bản nào do cấp xã ban hành?", "corpus",
      [(F4, "UBND xã Lung Dừa báo cáo kết quả quý I năm 2026 như sau")], ["Lung Dừa", "46/BC-UBND"]),
    Q("f2", "Có bao nhiêu văn bản lấy KH 27/KH-UBND của tỉnh làm căn cứ hoặc để triển khai?", "corpus",
      [(F2, "Thực hiện Kế hoạch số 27/KH-UBND ngày 20/01/2026 của UBND tỉnh"),
       (F3, "Căn cứ Kế hoạch số 27/KH-UBND ngày 20/01/2026 của UBND tỉnh Mỹ Thạnh Tây"),
       (F4, "Kế hoạch số 27/KH-UBND ngày 20/01/2026 của UBND tỉnh về phát triển khoa học"),
       (F5, "Kế hoạch số 27/KH-UBND ngày 20/01/2026 của UBND tỉnh trên địa bàn huyện")],
      ["318/SGDĐT-GDPT", "1045/QĐ-UBND", "214-TB/HU"]),
    Q("f3", "Những văn bản nào có nhắc tới Hội thi sáng tạo kỹ thuật tỉnh lần thứ IX?", "corpus",
      [(F1, "tổ chức Hội thi sáng tạo kỹ thuật tỉnh lần thứ IX; tổng kết, trao giải trong tháng 11/2026"),
       (F2, "Các câu lạc bộ đăng ký sản phẩm tham gia Hội thi sáng tạo kỹ thuật tỉnh lần thứ IX"),
       (F3, "Giải Nhất, giải Nhì Bảng A được giới thiệu tham dự Hội thi sáng tạo kỹ thuật tỉnh lần thứ IX")],
      ["lần thứ IX"]),
    Q("f4", "trong bo van ban co van ban nao cua huyen uy khong, so hieu la gi", "corpus",
      [(F5, "Số 214-TB/HU Vàm Sáo, ngày 18 tháng 3 năm 2026")], ["214-TB/HU"]),
    Q("f5", "Văn bản nào đặt ra chỉ tiêu 65% hồ sơ trực tuyến toàn trình?", "corpus",
      [(F1, "giải quyết trực tuyến toàn trình đạt từ 65% trở lên"), (F5, "thấp hơn chỉ tiêu tỉnh giao (65%)")], ["65%"]),
    Q("f6", "Có mấy văn bản ban hành trong tháng 3/2026, là những văn bản nào?", "corpus",
      [(F3, "Ban hành kèm theo Quyết định số 1045/QĐ-UBND ngày 02/3/2026"),
       (F5, "Số 214-TB/HU Vàm Sáo, ngày 18 tháng 3 năm 2026")],
      ["1045/QĐ-UBND", "214-TB/HU"]),
    U("f7", "Kế hoạch của Tỉnh đoàn về chiến dịch Mùa hè số cấp tỉnh có những chỉ tiêu gì?"),
]


# ===========================================================================
# Who-what gold, one line per document
# ===========================================================================
def A(name, role, deadline, quote):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": quote}


WHO_WHAT = [
    {"id": "wqq01", "directive": "KH 27/KH-UBND", "source": F1, "actors": [
        A("Sở Khoa học và Công nghệ", "thường trực", "trước ngày 15/12/2026",
          "Là cơ quan thường trực, chủ trì theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch"),
        A("Sở Giáo dục và Đào tạo", "chủ trì", "trước ngày 30/9/2026",
          "Chủ trì triển khai giáo dục STEM, kỹ năng số và an toàn trên không gian mạng trong các cơ sở giáo dục"),
        A("Sở Văn hóa, Thể thao và Du lịch", "chủ trì", None,
          "Chủ trì hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về Kế hoạch"),
        A("Sở Tài chính", None, None,
          "Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2026"),
        A("Sở Nội vụ", "chủ trì", "trong tháng 8/2026",
          "Chủ trì tập huấn kỹ năng số cho 2.500 cán bộ, công chức cấp xã"),
        A("Công an tỉnh", "phối hợp", None,
          "Phối hợp kết nối, làm sạch dữ liệu dân cư; hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2"),
        A("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "chủ trì", "trong tháng 11/2026",
          "Chủ trì, phối hợp với Sở Khoa học và Công nghệ và Tỉnh đoàn tổ chức Hội thi sáng tạo kỹ thuật tỉnh lần thứ IX"),
        A("Tỉnh đoàn", "phối hợp", None,
          "phối hợp với Sở Khoa học và Công nghệ và Tỉnh đoàn tổ chức Hội thi sáng tạo kỹ thuật tỉnh lần thứ IX"),
        A("Hiệp hội Doanh nghiệp tỉnh", "phối hợp", "Tháng 10/2026",
          "Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh"),
        A("Báo và Phát thanh, Truyền hình Mỹ Thạnh Tây", None, None,
          "Duy trì chuyên mục \"Khoa học và đời sống\", mở chuyên trang \"Chuyển đổi số - Chuyện từng nhà\" trên báo điện tử"),
        A("UBND các huyện, thành phố", None, "trước ngày 28/02/2026",
          "Xây dựng kế hoạch của địa phương và gửi về Sở Khoa học và Công nghệ trước ngày 28/02/2026"),
        A("Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", None, None,
          "Tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tích cực tham gia phong trào"),
        A("Các cơ quan, đơn vị", None, "trước ngày 15/3/2026",
          "Các cơ quan, đơn vị lập dự toán chi tiết gửi Sở Tài chính trước ngày 15/3/2026"),
    ], "intruders": ["Huỳnh Tấn Lợi", "Tạ Quang Vinh", "Bộ Khoa học và Công nghệ (để b/c)", "TT Tỉnh ủy, TT HĐND tỉnh",
                     "CT, các PCT UBND tỉnh", "Lưu: VT, KGVX", "Bộ Chính trị", "UBND TỈNH MỸ THẠNH TÂY"]},
    {"id": "wqq02", "directive": "CV 318/SGDĐT-GDPT", "source": F2, "actors": [
        A("Các trường THPT, Trường Phổ thông Dân tộc nội trú tỉnh và các trường THCS", None, "trước ngày 15/5/2026",
          "bố trí tối thiểu 04 tiết cho mỗi lớp trong học kỳ II"),
        A("Sở GD&ĐT", "chủ trì", None,
          "Sở GD&ĐT phối hợp với Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Công an tỉnh cử báo cáo viên"),
        A("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Công an tỉnh", "phối hợp", None,
          "cử báo cáo viên cho 12 trường THPT có đông học sinh"),
        A("Trường Cao đẳng Sư phạm Mỹ Thạnh Tây", "phối hợp", None,
          "tổ chức 02 lớp bồi dưỡng (mỗi lớp 90 học viên)"),
        A("Phòng GD&ĐT các huyện, thành phố", None, None,
          "chỉ đạo các trường tiểu học, THCS trên địa bàn triển khai các nội dung tại mục 1, 2 và 3 phù hợp với lứa tuổi"),
        A("Hiệu trưởng các trường THPT, Trường Phổ thông Dân tộc nội trú tỉnh", None, None,
          "chịu trách nhiệm trực tiếp tổ chức thực hiện; phân công 01 phó hiệu trưởng phụ trách"),
        A("Phòng Giáo dục phổ thông", None, None,
          "Phòng Giáo dục phổ thông thuộc Sở là đầu mối theo dõi, hướng dẫn"),
        A("Văn phòng Sở", "phối hợp", None,
          "phối hợp với Văn phòng Sở đăng tải tài liệu, học liệu trên kho học liệu số của ngành"),
        A("Các đơn vị", None, "trước ngày 25/5/2026",
          "Các đơn vị gửi báo cáo kết quả (theo mẫu) về Sở GD&ĐT qua Phòng Giáo dục phổ thông trước ngày 25/5/2026"),
    ], "intruders": ["Võ Thị Ngọc Hân", "Lý Thu Trang", "UBND tỉnh (để b/c)", "Giám đốc, các PGĐ Sở", "Lưu: VT, GDPT", "Sở Khoa học và Công nghệ",
                     "UBND TỈNH MỸ THẠNH TÂY"]},
    {"id": "wqq03", "directive": "QĐ 1045/QĐ-UBND", "source": F3, "actors": [
        A("Phòng Kinh tế và Hạ tầng", "chủ trì", None,
          "Giao Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Phòng Giáo dục và Đào tạo, Phòng Văn hóa và Thông tin, Huyện đoàn và UBND các xã, thị trấn tổ chức Hội thi"),
        A("Phòng Kinh tế và Hạ tầng", "thường trực", "trước ngày 15/9/2026",
          "là cơ quan thường trực Hội thi; xây dựng kế hoạch chi tiết, tiếp nhận hồ sơ"),
        A("Phòng Tài chính - Kế hoạch", None, None,
          "Giao Phòng Tài chính - Kế hoạch thẩm định, tham mưu bố trí kinh phí tổ chức Hội thi"),
        A("Phòng Giáo dục và Đào tạo", "phối hợp", None,
          "vận động học sinh, giáo viên tham gia Bảng B; phấn đấu mỗi trường THCS có ít nhất 01 sản phẩm dự thi"),
        A("Phòng Văn hóa và Thông tin", "phối hợp", None,
          "phối hợp với Trung tâm Văn hóa, Thể thao và Truyền thanh huyện tuyên truyền thể lệ Hội thi"),
        A("Trung tâm Văn hóa, Thể thao và Truyền thanh huyện", "phối hợp", None,
          "tuyên truyền thể lệ Hội thi trên hệ thống truyền thanh, trang thông tin điện tử và mạng xã hội của huyện"),
        A("Huyện đoàn", "phối hợp", None,
          "phát động trong đoàn viên, thanh niên; thành lập tổ hỗ trợ thanh niên"),
        A("UBND các xã, thị trấn", "phối hợp", None,
          "phổ biến thể lệ đến từng ấp, khu phố; xác nhận kết quả áp dụng thử giải pháp trên địa bàn"),
        A("Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện", None, None,
          "vận động hội viên, đoàn viên tham gia Hội thi"),
        A("Ban Giám khảo", None, "trong tháng 7/2026",
          "Ban Giám khảo chấm sơ khảo trong tháng 7/2026"),
    ], "intruders": ["Dương Chí Thành", "Châu Minh Nhựt", "Sở Khoa học và Công nghệ tỉnh (để b/c)",
                     "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "TT Huyện ủy, TT HĐND huyện",
                     "CT, các PCT UBND huyện", "Cổng thông tin điện tử huyện", "Lưu: VT, KTHT"]},
    {"id": "wqq04", "directive": "BC 46/BC-UBND", "source": F4, "actors": [
        A("Công chức Văn hóa - Xã hội", "chủ trì", "trước ngày 30/6/2026",
          "Công chức Văn hóa - Xã hội chủ trì, phối hợp với Ban nhân dân các ấp mở thêm 10 lớp"),
        A("Ban nhân dân các ấp", "phối hợp", "trước ngày 30/6/2026",
          "phối hợp với Ban nhân dân các ấp mở thêm 10 lớp \"Bình dân học vụ số\" vào buổi tối"),
        A("Đoàn Thanh niên xã", None, None,
          "duy trì \"Tổ tình nguyện số\" hỗ trợ người dân tại Bộ phận một cửa vào sáng thứ Bảy hằng tuần"),
        A("Hội Nông dân xã", "chủ trì", None,
          "Hội Nông dân xã phối hợp với Hội Liên hiệp Phụ nữ xã hướng dẫn thêm ít nhất 20 hộ"),
        A("Hội Liên hiệp Phụ nữ xã", "phối hợp", None,
          "hướng dẫn thêm ít nhất 20 hộ đưa nông sản lên sàn thương mại điện tử"),
        A("Trường THCS Lung Dừa", None, None,
          "Trường THCS Lung Dừa mở phòng máy tính cho người dân thực hành vào chiều thứ Năm hằng tuần"),
        A("Công an xã", None, "đến ngày 30/6/2026",
          "Công an xã tiếp tục kích hoạt tài khoản định danh điện tử mức độ 2"),
        A("Các ban, ngành, đoàn thể xã và Ban nhân dân các ấp", None, "trước ngày 20 hằng tháng",
          "tiếp tục tuyên truyền, vận động hội viên và Nhân dân sử dụng dịch vụ công trực tuyến"),
        A("UBND huyện", None, None, "Đề nghị UBND huyện hỗ trợ xã 10 bộ máy tính"),
        A("Phòng Kinh tế và Hạ tầng huyện", None, "trong quý II năm 2026",
          "làm việc với doanh nghiệp viễn thông xử lý điểm sóng yếu tại ấp Bờ Đập và ấp Rạch Bần"),
    ], "intruders": ["Ngô Văn Tài", "Phan Minh Khôi", "Phòng Văn hóa và Thông tin huyện", "TT Đảng ủy, TT HĐND xã",
                     "CT, PCT UBND xã", "Lưu: VT"]},
    {"id": "wqq05", "directive": "TB 214-TB/HU", "source": F5, "actors": [
        A("Ban Tuyên giáo và Dân vận Huyện ủy", "chủ trì", "trước ngày 15/4/2026",
          "Giao Ban Tuyên giáo và Dân vận Huyện ủy chủ trì, phối hợp với Phòng Văn hóa và Thông tin huyện xây dựng Kế hoạch tuyên truyền"),
        A("Phòng Văn hóa và Thông tin huyện", "phối hợp", "trước ngày 15/4/2026",
          "phối hợp với Phòng Văn hóa và Thông tin huyện xây dựng Kế hoạch tuyên truyền về khoa học, công nghệ và chuyển đổi số năm 2026"),
        A("UBND huyện", None, "trước ngày 30/9/2026",
          "UBND huyện chỉ đạo Phòng Kinh tế và Hạ tầng phối hợp với các doanh nghiệp viễn thông xóa vùng lõm sóng"),
        A("Phòng Kinh tế và Hạ tầng", None, "trước ngày 30/9/2026",
          "xóa vùng lõm sóng tại 03 xã Ô Đùng, Rạch Cóc, Bàu Vừng"),
        A("Văn phòng Huyện ủy", None, "trong quý II/2026",
          "bảo đảm 100% văn bản của các cơ quan Đảng huyện (trừ văn bản mật) được gửi, nhận trên môi trường điện tử và ký số"),
        A("Ủy ban Kiểm tra Huyện ủy", None, "trong quý III/2026",
          "đưa nội dung lãnh đạo thực hiện chuyển đổi số vào chương trình kiểm tra, giám sát năm 2026"),
        A("Trung tâm Chính trị huyện", None, "trong quý II/2026",
          "Trung tâm Chính trị huyện mở 02 lớp bồi dưỡng kiến thức chuyển đổi số cho bí thư, phó bí thư chi bộ"),
        A("Huyện đoàn", None, "đến ngày 15/8/2026",
          "Huyện đoàn thành lập 14 đội hình \"Thanh niên tình nguyện số\" ở 14 xã, thị trấn"),
        A("Các phòng, ban, ngành, Mặt trận và đoàn thể huyện", None, "trước ngày 30/4/2026",
          "mỗi cơ quan, đơn vị đăng ký ít nhất 01 mô hình chuyển đổi số"),
        A("Đảng ủy các xã, thị trấn", None, "trước ngày 10/6 và 10/12",
          "Đảng ủy các xã, thị trấn lãnh đạo chính quyền cơ sở đưa chỉ tiêu phổ cập kỹ năng số vào nghị quyết chuyên đề"),
        A("Phòng Tài chính - Kế hoạch", None, "trong tháng 4/2026",
          "giao Phòng Tài chính - Kế hoạch tham mưu UBND huyện phân bổ chi tiết trong tháng 4/2026"),
    ], "intruders": ["Tô Văn Hiếu", "Trương Công Tâm", "Thạch Sô Phanh", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
                     "Văn phòng Tỉnh ủy (để b/c)", "Các đồng chí Huyện ủy viên", "Lưu Văn phòng Huyện ủy"]},
]


def write_jsonl():
    texts = {}
    rows = []
    for i, item in enumerate(QUESTIONS, 1):
        qid = "qq%03d" % i
        texts[item["key"]] = nfc(item["q"])
        row = {"id": qid, "question": nfc(item["q"]), "answerable": item["ans"], "kind": item["kind"],
               "evidence": [{"source": s, "quote": nfc(qt)} for s, qt in item["ev"]],
               "keywords": [nfc(k) for k in item["kw"]]}
        if item["hist"]:
            row["history"] = [texts[item["hist"]]]
        if item["actors"]:
            row["actors"] = [nfc(a) for a in item["actors"]]
        rows.append(row)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WHO_WHAT:
            w = json.loads(nfc(json.dumps(w, ensure_ascii=False)))
            f.write(json.dumps(w, ensure_ascii=False) + "\n")
    return len(rows)


if __name__ == "__main__":
    build_corpus()
    n = write_jsonl()
    print("corpus written to", CORPUS, "; questions:", n)
