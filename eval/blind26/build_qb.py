#!/usr/bin/env python3
"""Build the invented corpus of eval/blind26 (tỉnh Ninh Phước Bắc).

Run with:  /work/main/.venv/bin/python /work/main/eval/blind26/build_qb.py
All text below is invented. Writes corpus/qb01..qb05. qb02 is a 3-page PDF
(fpdf2 + DejaVu), qb03 is hard-wrapped at 72 characters. Does not import kg_rag.
"""
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

F1 = "qb01_da09_ubnd_tinh_ninh_phuoc_bac_truong_hoc_thong_minh.md"
F2 = "qb02_kh27_pgddt_cam_lien_boi_duong_ai.pdf"
F3 = "qb03_cv1587_snv_khen_thuong_binh_dan_hoc_vu_so.txt"
F4 = "qb04_bc112_thu_vien_tinh_van_hoa_doc_2025.txt"
F5 = "qb05_tb45_dang_uy_xa_an_dien_chuyen_doi_so.txt"

DOC1 = """\
**ỦY BAN NHÂN DÂN TỈNH NINH PHƯỚC BẮC**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc

Số: 09/ĐA-UBND

Ninh Phước Bắc, ngày 18 tháng 6 năm 2025

# ĐỀ ÁN

## Phát triển trường học thông minh trên địa bàn tỉnh Ninh Phước Bắc giai đoạn 2025 - 2030

## I. CĂN CỨ VÀ THỰC TRẠNG

### 1. Căn cứ xây dựng Đề án

- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
- Quyết định số 131/QĐ-TTg ngày 25/01/2022 của Thủ tướng Chính phủ về tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục và đào tạo;
- Nghị quyết số 18/2025/NQ-HĐND ngày 10/4/2025 của Hội đồng nhân dân tỉnh về một số chính sách hỗ trợ chuyển đổi số trong các cơ sở giáo dục công lập;
- Kế hoạch số 76/KH-UBND ngày 03/3/2025 của Ủy ban nhân dân tỉnh thực hiện Nghị quyết số 57-NQ/TW.

### 2. Thực trạng

Toàn tỉnh hiện có 612 cơ sở giáo dục mầm non và phổ thông công lập (248 trường mầm non, 205 trường tiểu học, 118 trường trung học cơ sở, 41 trường trung học phổ thông) với 214.300 học sinh và 13.870 giáo viên. 100% trường trung học phổ thông đã có đường truyền internet cáp quang; tỷ lệ này ở cấp trung học cơ sở là 86,4% và ở cấp tiểu học là 71,2%. Tỷ lệ phòng học được trang bị màn hình tương tác hoặc máy chiếu mới đạt 38,5%. Đến tháng 5/2025, toàn tỉnh mới có 17 trường đạt mức 1 theo Bộ tiêu chí tạm thời về trường học thông minh do Sở Giáo dục và Đào tạo ban hành năm 2024; 62% giáo viên đã được bồi dưỡng kỹ năng số cơ bản.

Bên cạnh kết quả đạt được, hạ tầng số giữa các vùng còn chênh lệch lớn: tại huyện Tà Lùng và các xã vùng cao của huyện Cẩm Liên còn 46 điểm trường chưa có internet ổn định. Ngành giáo dục chưa có nền tảng dữ liệu dùng chung; việc huy động xã hội hóa còn hạn chế.

## II. MỤC TIÊU

### 1. Mục tiêu chung

Xây dựng trường học thông minh lấy người học làm trung tâm, ứng dụng công nghệ số và trí tuệ nhân tạo trong dạy, học và quản trị nhà trường.

### 2. Mục tiêu cụ thể

a) Giai đoạn 2025 - 2027:

- 100% trường trung học phổ thông và 90% trường trung học cơ sở có đường truyền internet cáp quang tốc độ tối thiểu 100 Mbps;
- 60% phòng học được trang bị thiết bị trình chiếu tương tác;
- Có 120 trường đạt trường học thông minh mức 1, trong đó 30 trường đạt mức 2;
- 85% giáo viên được bồi dưỡng năng lực số, trong đó 40% giáo viên sử dụng được công cụ trí tuệ nhân tạo trong soạn giảng;
- 100% cơ sở giáo dục phổ thông sử dụng học bạ số và sổ điểm điện tử.

b) Giai đoạn 2028 - 2030:

- 100% cơ sở giáo dục mầm non và phổ thông có đường truyền internet cáp quang;
- 90% phòng học được trang bị thiết bị trình chiếu tương tác;
- Có 300 trường đạt mức 1, 100 trường đạt mức 2 và 15 trường đạt mức 3 (trường học thông minh toàn diện);
- 100% giáo viên được bồi dưỡng năng lực số, trong đó 75% giáo viên sử dụng thành thạo công cụ trí tuệ nhân tạo;
- Kho học liệu số dùng chung của tỉnh có tối thiểu 25.000 học liệu được thẩm định.

## III. KINH PHÍ THỰC HIỆN

Tổng kinh phí dự kiến thực hiện Đề án là 486,5 tỷ đồng, phân kỳ theo nguồn và theo năm như sau (đơn vị: tỷ đồng):

| Nguồn kinh phí | 2025 | 2026 | 2027 | 2028 | 2029 | 2030 | Tổng |
|---|---|---|---|---|---|---|---|
| Ngân sách tỉnh | 22,0 | 48,5 | 52,0 | 45,0 | 40,0 | 35,5 | 243,0 |
| Ngân sách cấp huyện | 6,5 | 14,0 | 16,5 | 15,0 | 13,0 | 11,0 | 76,0 |
| Chương trình mục tiêu quốc gia | 4,0 | 12,0 | 12,0 | 10,0 | 8,0 | 6,0 | 52,0 |
| Xã hội hóa | 5,5 | 15,0 | 20,0 | 22,0 | 24,0 | 21,0 | 107,5 |
| Nguồn hợp pháp khác | 0,5 | 1,5 | 2,0 | 1,5 | 1,5 | 1,0 | 8,0 |
| Tổng cộng | 38,5 | 91,0 | 102,5 | 93,5 | 86,5 | 74,5 | 486,5 |

Kinh phí ngân sách được bố trí trong dự toán hằng năm theo phân cấp; nguồn Chương trình mục tiêu quốc gia ưu tiên cho các điểm trường vùng đồng bào dân tộc thiểu số.

## IV. NHIỆM VỤ VÀ GIẢI PHÁP

1. Hoàn thiện hạ tầng số: ưu tiên kéo cáp quang đến 46 điểm trường chưa có internet ổn định trước năm 2027; trang bị thiết bị trình chiếu tương tác theo lộ trình.
2. Xây dựng dữ liệu và học liệu số: hình thành Cơ sở dữ liệu ngành giáo dục tỉnh kết nối với cơ sở dữ liệu của Bộ; xây dựng Kho học liệu số dùng chung.
3. Phát triển đội ngũ: bồi dưỡng năng lực số, kỹ năng sử dụng trí tuệ nhân tạo cho cán bộ quản lý và giáo viên; mỗi huyện, thành phố có ít nhất 10 giáo viên cốt cán về chuyển đổi số.
4. Đổi mới quản trị nhà trường: 100% trường áp dụng phần mềm quản lý trường học liên thông.
5. Huy động xã hội hóa: thực hiện mô hình "Doanh nghiệp đồng hành cùng trường học thông minh".

## V. TỔ CHỨC THỰC HIỆN

1. Sở Giáo dục và Đào tạo là cơ quan thường trực, chủ trì tổ chức thực hiện Đề án; ban hành Bộ tiêu chí trường học thông minh tỉnh Ninh Phước Bắc trước ngày 30/9/2025; hằng năm tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 15/12.
2. Sở Tài chính chủ trì, phối hợp với Sở Giáo dục và Đào tạo tham mưu bố trí kinh phí thực hiện Đề án trong dự toán ngân sách hằng năm.
3. Sở Khoa học và Công nghệ chủ trì xây dựng Cơ sở dữ liệu ngành giáo dục, kết nối với Trung tâm dữ liệu tỉnh, hoàn thành trong năm 2026.
4. Sở Nội vụ phối hợp với Sở Giáo dục và Đào tạo đưa kết quả xây dựng trường học thông minh vào tiêu chí đánh giá thi đua hằng năm của ngành giáo dục.
5. Sở Văn hóa, Thể thao và Du lịch chỉ đạo Thư viện tỉnh kết nối, chia sẻ tài nguyên thư viện số với thư viện các trường học, hoàn thành trước ngày 31/12/2026.
6. Báo và Phát thanh, Truyền hình Ninh Phước Bắc mở chuyên mục "Trường học số" định kỳ hằng tháng để tuyên truyền về Đề án.
7. Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch triển khai Đề án trên địa bàn, gửi Sở Giáo dục và Đào tạo trước ngày 31/8/2025; chỉ đạo Phòng Giáo dục và Đào tạo tổ chức bồi dưỡng đội ngũ và bố trí ngân sách cấp huyện theo phân kỳ.
8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và Tỉnh đoàn vận động doanh nghiệp, nhà hảo tâm tham gia chương trình "Doanh nghiệp đồng hành cùng trường học thông minh".

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trịnh Văn Khải

Nơi nhận:

- Bộ Giáo dục và Đào tạo (để báo cáo);
- Thường trực Tỉnh ủy;
- Thường trực HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thành phố;
- Lưu: VT, KGVX.
"""

# ---- qb02 (PDF). Lines starting with "#C " are centred bold, "#B " bold;
# "#TABLE" inserts the table of batches; "#SIGN" the tail.
DOC2_HEAD_L = ["UBND HUYỆN CẨM LIÊN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Số: 27/KH-PGDĐT"]
DOC2_HEAD_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
               "Cẩm Liên, ngày 12 tháng 8 năm 2025"]
DOC2_BODY = """\
#C KẾ HOẠCH
#C Bồi dưỡng giáo viên sử dụng trí tuệ nhân tạo trong dạy học năm học 2025 - 2026
Căn cứ Đề án số 09/ĐA-UBND ngày 18/6/2025 của Ủy ban nhân dân tỉnh Ninh Phước Bắc về phát triển trường học thông minh giai đoạn 2025 - 2030;
Căn cứ Kế hoạch số 156/KH-UBND ngày 25/7/2025 của Ủy ban nhân dân huyện Cẩm Liên triển khai Đề án phát triển trường học thông minh trên địa bàn huyện;
Căn cứ Công văn số 2150/SGDĐT-GDPT ngày 04/8/2025 của Sở Giáo dục và Đào tạo về hướng dẫn ứng dụng trí tuệ nhân tạo trong dạy học;
Phòng Giáo dục và Đào tạo huyện Cẩm Liên xây dựng Kế hoạch bồi dưỡng giáo viên sử dụng trí tuệ nhân tạo (AI) trong dạy học năm học 2025 - 2026 như sau:
#B I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao năng lực số và kỹ năng khai thác công cụ AI của đội ngũ cán bộ quản lý, giáo viên, góp phần thực hiện mục tiêu 40% giáo viên sử dụng được công cụ AI trong soạn giảng vào năm 2027 theo Đề án của tỉnh.
2. Việc sử dụng AI phải bảo đảm đúng quy định về bảo vệ dữ liệu cá nhân, không đưa thông tin của học sinh lên các nền tảng chưa được cấp có thẩm quyền cho phép; AI không thay thế vai trò của giáo viên trong đánh giá học sinh.
#B II. ĐỐI TƯỢNG VÀ CHỈ TIÊU
1. Đối tượng: 1.240 giáo viên (mầm non 380, tiểu học 512, trung học cơ sở 348) và cán bộ quản lý của 58 trường trực thuộc (21 trường mầm non, 22 trường tiểu học, 15 trường THCS).
2. Chỉ tiêu: 100% cán bộ quản lý và tối thiểu 70% giáo viên hoàn thành chương trình bồi dưỡng; tối thiểu 40% giáo viên THCS xây dựng được ít nhất 02 kế hoạch bài dạy có sử dụng công cụ AI được tổ chuyên môn thông qua.
#B III. NỘI DUNG BỒI DƯỠNG
Chương trình gồm 04 chuyên đề với tổng thời lượng 24 tiết:
- Chuyên đề 1: Tổng quan về AI, đạo đức và an toàn dữ liệu khi sử dụng AI trong nhà trường (4 tiết);
- Chuyên đề 2: Sử dụng công cụ AI hỗ trợ thiết kế kế hoạch bài dạy, học liệu và đề kiểm tra (10 tiết);
- Chuyên đề 3: Ứng dụng AI trong đánh giá quá trình và phản hồi cho học sinh (6 tiết);
- Chuyên đề 4: AI hỗ trợ quản trị nhà trường, dành riêng cho cán bộ quản lý (4 tiết).
Báo cáo viên là 12 giáo viên cốt cán cấp huyện đã được Sở Giáo dục và Đào tạo tập huấn và giảng viên Khoa Công nghệ thông tin, Trường Đại học Phước Hải. Công ty Cổ phần Công nghệ giáo dục Sao Việt hỗ trợ miễn phí 1.300 tài khoản sử dụng nền tảng soạn giảng trong 12 tháng.
#B IV. THỜI GIAN, ĐỊA ĐIỂM
#TABLE
Các đợt học trực tiếp kéo dài 05 ngày, khai giảng lúc 7 giờ 30 phút ngày đầu tiên của đợt. Giáo viên không tham gia được đợt học trực tiếp phải đăng ký học đợt 5 theo hình thức trực tuyến.
#B V. KINH PHÍ
Tổng kinh phí thực hiện là 186 triệu đồng, từ nguồn ngân sách sự nghiệp giáo dục huyện năm 2025 đã giao cho Phòng; các trường chi trả công tác phí cho giáo viên đi học theo quy định hiện hành.
#B VI. NHIỆM VỤ CỦA CÁC CẤP HỌC
1. Đối với các trường mầm non: cử 100% giáo viên tham gia đợt 4; ứng dụng AI trong thiết kế trò chơi học tập và tranh ảnh minh họa, tuyệt đối không cho trẻ sử dụng trực tiếp các ứng dụng AI; mỗi trường nộp 01 sản phẩm học liệu về Phòng trước ngày 20/12/2025.
2. Đối với các trường tiểu học: mỗi tổ chuyên môn tổ chức ít nhất 01 buổi sinh hoạt chuyên môn theo chủ đề ứng dụng AI trong dạy học, hoàn thành trước ngày 15/01/2026; chú trọng các môn Tiếng Việt, Toán và Tin học.
3. Đối với các trường trung học cơ sở: bảo đảm chỉ tiêu 40% giáo viên có kế hoạch bài dạy sử dụng AI; lồng ghép nội dung giáo dục học sinh sử dụng AI an toàn, có trách nhiệm trong các tiết sinh hoạt lớp; báo cáo kết quả về Phòng trước ngày 31/3/2026.
#B VII. TỔ CHỨC THỰC HIỆN
1. Bộ phận Giáo dục phổ thông chủ trì tổ chức các đợt 1, 2, 3 và 5; biên soạn tài liệu, xây dựng lớp học trên hệ thống LMS của Phòng.
2. Bộ phận Giáo dục mầm non chủ trì tổ chức đợt 4; hướng dẫn các trường mầm non lựa chọn sản phẩm học liệu.
3. Bộ phận Kế hoạch - Tài chính bảo đảm kinh phí, hoàn thành thanh quyết toán trước ngày 31/01/2026.
4. Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện phối hợp bố trí phòng máy tính cho đợt 2 và đợt 3.
5. Hiệu trưởng các trường chịu trách nhiệm cử giáo viên, gửi danh sách học viên về Phòng chậm nhất 05 ngày làm việc trước mỗi đợt; tạo điều kiện để giáo viên thực hành sau bồi dưỡng.
Đầu mối liên hệ: ông Đỗ Quang Vinh, Phó Trưởng phòng, điện thoại 0235 3861 427, thư điện tử vinhdq.pgd@camlien.edu.vn.
#SIGN
"""
DOC2_TABLE = [
    ["Đợt", "Thời gian", "Đối tượng", "Địa điểm"],
    ["Đợt 1", "08/9 - 12/9/2025", "Cán bộ quản lý 58 trường", "Hội trường Trung tâm Chính trị huyện"],
    ["Đợt 2", "06/10 - 10/10/2025", "Giáo viên THCS", "Trường THCS Nguyễn Trãi, thị trấn Cẩm Liên"],
    ["Đợt 3", "03/11 - 07/11/2025", "Giáo viên tiểu học", "Trường Tiểu học Cẩm Liên số 1"],
    ["Đợt 4", "08/12 - 12/12/2025", "Giáo viên mầm non", "Trường Mầm non Hoa Sen, xã An Điền"],
    ["Đợt 5", "05/01 - 16/01/2026", "Giáo viên chưa học trực tiếp", "Trực tuyến trên hệ thống LMS"],
]
DOC2_NOI_NHAN = ["Nơi nhận:", "- Sở GD&ĐT (để báo cáo);", "- UBND huyện (để báo cáo);",
                 "- Các trường MN, TH, THCS;", "- Lưu: VT, GDPT."]
DOC2_SIGN = ["TRƯỞNG PHÒNG", "", "", "Huỳnh Thị Bích Loan"]

DOC3_HEAD = """\
UBND TỈNH NINH PHƯỚC BẮC          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
       SỞ NỘI VỤ                     Độc lập - Tự do - Hạnh phúc

Số: 1587/SNV-TĐKT               Ninh Phước Bắc, ngày 22 tháng 9 năm 2025
V/v hướng dẫn khen thưởng phong
trào thi đua "Bình dân học vụ số"
năm 2025

        Kính gửi:
          - Các sở, ban, ngành, đoàn thể tỉnh;
          - Ủy ban nhân dân các huyện, thành phố.
"""
DOC3_BODY = """\
Thực hiện Kế hoạch số 201/KH-UBND ngày 15/4/2025 của Ủy ban nhân dân tỉnh về triển khai phong trào thi đua "Bình dân học vụ số" trên địa bàn tỉnh và Đề án số 09/ĐA-UBND ngày 18/6/2025 của Ủy ban nhân dân tỉnh về phát triển trường học thông minh; căn cứ Luật Thi đua, khen thưởng năm 2022 và Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ, Sở Nội vụ hướng dẫn công tác thi đua, khen thưởng phong trào "Bình dân học vụ số" năm 2025 như sau:

1. Đối tượng

Tập thể, cá nhân thuộc các cơ quan, đơn vị, địa phương trên địa bàn tỉnh có thành tích tiêu biểu trong phổ cập kỹ năng số cho người dân, cán bộ, công chức, viên chức, người lao động và học sinh. Ưu tiên khen thưởng tập thể nhỏ, cá nhân trực tiếp lao động, công tác tại cơ sở và người dân tộc thiểu số.

2. Tiêu chuẩn khen thưởng

a) Đối với tập thể cấp xã: có từ 80% người dân từ 15 tuổi trở lên được phổ cập kỹ năng số cơ bản; tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt từ 70% trở lên; có ít nhất 01 Tổ công nghệ số cộng đồng hoạt động hiệu quả ở mỗi thôn, tổ dân phố.

b) Đối với tập thể cơ quan, đơn vị, trường học: 100% cán bộ, công chức, viên chức hoàn thành ít nhất 01 khóa học trên nền tảng "Bình dân học vụ số"; có mô hình, cách làm hay được cấp có thẩm quyền ghi nhận.

c) Đối với cá nhân: trực tiếp hướng dẫn tối thiểu 200 lượt người dân sử dụng dịch vụ công trực tuyến, ứng dụng VNeID hoặc thanh toán không dùng tiền mặt; hoặc có sáng kiến, giải pháp về phổ cập kỹ năng số được Hội đồng sáng kiến cấp huyện trở lên công nhận.

3. Hình thức và số lượng khen thưởng

a) Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: toàn tỉnh tối đa 25 tập thể và 40 cá nhân. Mỗi huyện, thành phố đề nghị không quá 02 tập thể và 03 cá nhân; mỗi sở, ban, ngành, đoàn thể đề nghị không quá 01 tập thể và 02 cá nhân.

b) Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện: mỗi huyện, thành phố khen thưởng tối đa 08 tập thể và 15 cá nhân, do Ủy ban nhân dân cấp huyện quyết định và gửi kết quả về Sở Nội vụ để tổng hợp.

c) Từ các tập thể, cá nhân được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, Hội đồng Thi đua - Khen thưởng tỉnh lựa chọn 02 tập thể và 03 cá nhân tiêu biểu nhất để trình Thủ tướng Chính phủ tặng Bằng khen.

4. Thành phần hồ sơ

Hồ sơ đề nghị gồm 01 bộ bản giấy và bản điện tử, cụ thể:
- Tờ trình đề nghị khen thưởng của cơ quan, đơn vị (bản chính);
- Biên bản họp Hội đồng Thi đua - Khen thưởng của cấp trình;
- Báo cáo thành tích của tập thể, cá nhân theo mẫu quy định tại Nghị định số 98/2023/NĐ-CP, có xác nhận của thủ trưởng cấp trình;
- Danh sách trích ngang tập thể, cá nhân đề nghị khen thưởng;
- Đối với tập thể cấp xã: bảng số liệu phổ cập kỹ năng số có xác nhận của Phòng Văn hóa và Thông tin cấp huyện.

5. Thời hạn và nơi nhận hồ sơ

a) Các cơ quan, đơn vị, địa phương gửi hồ sơ về Sở Nội vụ chậm nhất ngày 31/10/2025. Hồ sơ gửi sau thời hạn trên hoặc không đủ thành phần sẽ không được xem xét.

b) Ủy ban nhân dân cấp huyện gửi quyết định tặng Giấy khen về Sở Nội vụ trước ngày 15/11/2025.

c) Bản giấy gửi về Phòng Thi đua - Khen thưởng, Sở Nội vụ, tầng 3, Khu liên cơ quan số 2, số 18 đường Trần Phú, thành phố Phước Hải; bản điện tử gửi qua Hệ thống quản lý văn bản và điều hành của tỉnh, đồng thời gửi vào hộp thư tdkt.snv@ninhphuocbac.gov.vn.

Sở Nội vụ dự kiến trình Chủ tịch Ủy ban nhân dân tỉnh quyết định khen thưởng trong tháng 11/2025 để trao tại Hội nghị tổng kết phong trào "Bình dân học vụ số" vào tháng 12/2025.

6. Tổ chức thực hiện

a) Sở Khoa học và Công nghệ chủ trì cung cấp số liệu phổ cập kỹ năng số của các địa phương làm căn cứ thẩm định, gửi Sở Nội vụ trước ngày 10/11/2025.

b) Sở Giáo dục và Đào tạo tổng hợp, lựa chọn và đề nghị khen thưởng đối với khối trường học trực thuộc, bảo đảm mỗi đề nghị tập thể có tối thiểu 01 giáo viên trực tiếp giảng dạy được đề nghị khen cá nhân.

c) Ủy ban nhân dân các huyện, thành phố chỉ đạo Phòng Nội vụ phối hợp với Phòng Văn hóa và Thông tin rà soát, bình xét đúng tiêu chuẩn, công khai danh sách đề nghị tại trụ sở Ủy ban nhân dân cấp xã ít nhất 05 ngày làm việc trước khi trình.

Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ bà Nguyễn Thị Thanh Tâm, chuyên viên Phòng Thi đua - Khen thưởng, Sở Nội vụ, số điện thoại 0235 3822 519 để được hướng dẫn./.
"""
DOC3_TAIL = """\

Nơi nhận:                                   KT. GIÁM ĐỐC
- Như trên;                                 PHÓ GIÁM ĐỐC
- UBND tỉnh (để báo cáo);
- Hội đồng TĐKT tỉnh (để báo cáo);
- Giám đốc, các Phó Giám đốc Sở;
- Lưu: VT, TĐKT.                            Phan Văn Hiếu
"""

DOC4 = """\
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
THƯ VIỆN TỈNH NINH PHƯỚC BẮC

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 112/BC-TV
Phước Hải, ngày 20 tháng 12 năm 2025

BÁO CÁO
Kết quả phát triển văn hóa đọc và xây dựng thư viện số năm 2025

Thực hiện Quyết định số 1862/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án "Phát triển văn hóa đọc trong cộng đồng giai đoạn 2021 - 2025, định hướng đến năm 2030", Kế hoạch số 45/KH-SVHTTDL ngày 20/01/2025 của Sở Văn hóa, Thể thao và Du lịch và Đề án số 09/ĐA-UBND ngày 18/6/2025 của Ủy ban nhân dân tỉnh về phát triển trường học thông minh, Thư viện tỉnh báo cáo kết quả năm 2025 như sau:

I. KẾT QUẢ THỰC HIỆN

1. Phục vụ bạn đọc và phát triển văn hóa đọc

Năm 2025, Thư viện tỉnh cấp mới và gia hạn 18.460 thẻ bạn đọc, tăng 16,0% so với năm 2024 (15.920 thẻ); trong đó bạn đọc là học sinh, sinh viên chiếm 58%. Tổng số lượt bạn đọc được phục vụ đạt 312.500 lượt, gồm 146.200 lượt phục vụ trực tiếp tại thư viện và 166.300 lượt phục vụ trực tuyến. Số lượt mượn tài liệu đạt 205.740 lượt, tăng 9,3% so với năm trước (188.300 lượt).

Thư viện tổ chức 36 chuyến xe thư viện lưu động đến 52 trường học tại huyện Tà Lùng và huyện Cẩm Liên, phục vụ 19.400 lượt học sinh; luân chuyển 28.600 bản sách đến 74 thư viện, tủ sách cơ sở. Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam 21/4, Thư viện phối hợp tổ chức Hội sách tỉnh lần thứ V tại Công viên Bờ Hồ, thành phố Phước Hải, thu hút 9.800 lượt người tham gia. Cuộc thi Đại sứ Văn hóa đọc tỉnh năm 2025 nhận được 4.215 bài dự thi của học sinh, trong đó 37 bài đoạt giải cấp tỉnh và 03 bài được chọn dự thi cấp quốc gia.

2. Phát triển tài nguyên thông tin và thư viện số

Đến ngày 30/11/2025, tổng vốn tài liệu của Thư viện đạt 268.900 bản. Trong năm, Thư viện bổ sung 11.350 bản sách mới và số hóa 4.350 tài liệu với khoảng 612.000 trang, nâng tổng số tài liệu đã số hóa lên 21.780 tài liệu; trong đó có 1.120 tài liệu địa chí về Ninh Phước Bắc lần đầu được số hóa. Thư viện số của tỉnh đạt 1.034.000 lượt truy cập, tăng 47,2% so với năm 2024 (702.500 lượt). Ứng dụng thư viện số trên điện thoại di động chính thức vận hành từ ngày 01/7/2025, đến nay có 8.930 tài khoản đăng ký.

Thực hiện Đề án số 09/ĐA-UBND, Thư viện đã kết nối thí điểm tài nguyên số với thư viện của 12 trường trung học phổ thông, cấp 6.500 tài khoản cho học sinh và giáo viên.

3. Kinh phí

Tổng kinh phí hoạt động năm 2025 là 3,86 tỷ đồng, trong đó kinh phí mua sách, báo là 1,25 tỷ đồng và kinh phí số hóa tài liệu là 0,92 tỷ đồng.

II. KHÓ KHĂN, HẠN CHẾ

1. Kinh phí số hóa còn thấp, chỉ đáp ứng khoảng 35% nhu cầu số hóa tài liệu quý hiếm và tài liệu địa chí.
2. Hạ tầng kỹ thuật xuống cấp: phần mềm quản trị thư viện sử dụng từ năm 2016, chưa hỗ trợ liên thông theo chuẩn; máy chủ lưu trữ đã sử dụng 92% dung lượng.
3. Nhân lực còn thiếu: Thư viện có 27 viên chức, trong đó chỉ 04 người có chuyên môn công nghệ thông tin.
4. Khoảng 38% thư viện, tủ sách cấp xã hoạt động cầm chừng, ít được bổ sung sách mới.

III. PHƯƠNG HƯỚNG NĂM 2026 VÀ ĐỀ XUẤT

1. Phương hướng: phấn đấu cấp 22.000 thẻ bạn đọc, đạt 1,3 triệu lượt truy cập thư viện số; số hóa thêm 6.000 tài liệu; mở rộng kết nối tài nguyên số đến toàn bộ 41 trường trung học phổ thông trong tỉnh.

2. Đề xuất

a) Đề nghị Sở Văn hóa, Thể thao và Du lịch báo cáo Ủy ban nhân dân tỉnh bố trí 2,5 tỷ đồng trong năm 2026 để nâng cấp máy chủ, phần mềm quản trị thư viện và số hóa tài liệu.
b) Đề nghị Sở Giáo dục và Đào tạo chỉ đạo các trường phổ thông phối hợp cung cấp danh sách học sinh để cấp tài khoản thư viện số.
c) Đề nghị Ủy ban nhân dân các huyện quan tâm bố trí kinh phí bổ sung sách cho thư viện, tủ sách cấp xã.

Trên đây là báo cáo kết quả phát triển văn hóa đọc và xây dựng thư viện số năm 2025 của Thư viện tỉnh./.

Nơi nhận:
- Sở VHTTDL (để báo cáo);
- Vụ Thư viện, Bộ VHTTDL (để báo cáo);
- Ban Giám đốc;
- Lưu: VT, NV.

GIÁM ĐỐC

Vũ Thị Hồng Nhung
"""

DOC5 = """\
ĐẢNG BỘ HUYỆN CẨM LIÊN                    ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ AN ĐIỀN
        *
Số 45-TB/ĐU                          An Điền, ngày 14 tháng 10 năm 2025

THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY XÃ
về đẩy mạnh chuyển đổi số trên địa bàn xã đến hết năm 2025

Ngày 10/10/2025, tại Hội trường Đảng ủy xã, Ban Thường vụ Đảng ủy xã An Điền họp nghe Ủy ban nhân dân xã báo cáo kết quả chuyển đổi số 9 tháng đầu năm 2025 và việc triển khai phong trào "Bình dân học vụ số". Đồng chí Lương Văn Thái, Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân xã chủ trì hội nghị. Dự họp có các đồng chí Ủy viên Ban Thường vụ Đảng ủy xã; đồng chí Nguyễn Hữu Phước, Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy Cẩm Liên; đồng chí Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã, Bí thư Đoàn xã, Hiệu trưởng Trường Tiểu học An Điền và Bí thư chi bộ của 09 thôn.

Sau khi nghe báo cáo và ý kiến thảo luận, Ban Thường vụ Đảng ủy xã kết luận như sau:

1. Đánh giá kết quả

Chín tháng đầu năm 2025, công tác chuyển đổi số của xã có chuyển biến rõ nét. Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến đạt 78,6%; có 4.812/6.050 người trưởng thành được kích hoạt tài khoản định danh điện tử mức 2, đạt 79,5%; 09/09 thôn đã thành lập Tổ công nghệ số cộng đồng với 63 thành viên; 61% hộ gia đình có ít nhất một người sử dụng thanh toán không dùng tiền mặt. Điểm phục vụ "Bình dân học vụ số" tại Nhà văn hóa xã đã hướng dẫn 1.270 lượt người dân.

Tuy nhiên, kết quả giữa các thôn chưa đồng đều; thôn Khe Mây và thôn Đồng Bưởi có tỷ lệ phổ cập kỹ năng số mới đạt khoảng 52%; sóng di động 4G tại thôn Khe Mây còn yếu; một số cán bộ, công chức chưa thành thạo xử lý hồ sơ trên môi trường điện tử.

2. Nhiệm vụ trong thời gian tới

Ban Thường vụ Đảng ủy xã phân công như sau:

a) Đồng chí Trần Thị Kim Oanh, Phó Bí thư Thường trực Đảng ủy xã chỉ đạo xây dựng dự thảo Nghị quyết chuyên đề về chuyển đổi số giai đoạn 2026 - 2030, trình Hội nghị Ban Chấp hành Đảng bộ xã vào tháng 12/2025; đồng thời chỉ đạo lập hồ sơ đề nghị khen thưởng phong trào "Bình dân học vụ số" theo Công văn số 1587/SNV-TĐKT của Sở Nội vụ, gửi Ủy ban nhân dân huyện trước ngày 25/10/2025.

b) Đồng chí Phạm Minh Trí, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã chỉ đạo nâng tỷ lệ hồ sơ thủ tục hành chính trực tuyến lên tối thiểu 85% trước ngày 31/12/2025; làm việc với Viettel Cẩm Liên để lắp đặt trạm phát sóng tại thôn Khe Mây, hoàn thành trước ngày 30/11/2025; bố trí 120 triệu đồng từ ngân sách xã năm 2025 cho hoạt động của các Tổ công nghệ số cộng đồng.

c) Đồng chí Bùi Thị Ngọc, Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân xã phối hợp với Thư viện tỉnh đưa xe thư viện lưu động về Trường Tiểu học An Điền và thiết lập điểm truy cập thư viện số tại Nhà văn hóa xã trước ngày 31/12/2025.

d) Đồng chí Lò Thị Hạnh, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì, phối hợp với Đoàn Thanh niên xã vận động thực hiện mô hình "Mỗi hộ một người dùng số", hoàn thành trong tháng 11/2025.

đ) Đồng chí Vi Văn Dũng, Bí thư Đoàn xã tổ chức "Ngày Chủ nhật số" vào Chủ nhật tuần thứ hai hằng tháng, huy động đoàn viên hướng dẫn người dân cài đặt, sử dụng VNeID và dịch vụ công trực tuyến.

e) Đồng chí Đinh Công Lực, Bí thư Chi bộ thôn Khe Mây và đồng chí Hà Thị Mai, Bí thư Chi bộ thôn Đồng Bưởi tổ chức sinh hoạt chi bộ chuyên đề về chuyển đổi số trong tháng 10/2025, phấn đấu tỷ lệ phổ cập kỹ năng số của thôn đạt 70% trước ngày 31/12/2025.

g) Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Thông báo này, tổng hợp báo cáo Ban Thường vụ trước ngày 05/01/2026.

Ban Thường vụ Đảng ủy xã yêu cầu các đồng chí được phân công khẩn trương triển khai thực hiện; kết quả thực hiện là một tiêu chí đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025.

Nơi nhận:                                      T/M BAN THƯỜNG VỤ
- Ban Thường vụ Huyện ủy (để báo cáo);                BÍ THƯ
- Ban Tuyên giáo và Dân vận Huyện ủy;
- Các đồng chí Đảng ủy viên;
- Các chi bộ trực thuộc;
- Lưu: VT, Văn phòng Đảng ủy.                    Lương Văn Thái
"""


def nfc(s):
    return unicodedata.normalize("NFC", s)


def write(name, text):
    with open(os.path.join(CORPUS, name), "w", encoding="utf-8") as f:
        f.write(nfc(text))


def hard_wrap(body, width=72):
    out = []
    for para in body.split("\n"):
        if not para.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(para, width=width, break_long_words=False,
                                 break_on_hyphens=False, subsequent_indent=""))
    return "\n".join(out) + "\n"


def build_pdf(path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class PDF(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 8, "Trang %d/{nb}" % self.page_no(), align="C")

    pdf = PDF(format="A4")
    pdf.alias_nb_pages()
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    lh = 6.4
    # two-column header
    y0 = pdf.get_y()
    pdf.set_font("DejaVu", "B", 10.5)
    for i, t in enumerate(DOC2_HEAD_L):
        pdf.set_xy(20, y0 + i * 5.5)
        pdf.set_font("DejaVu", "B" if i < 2 else "", 10.5)
        pdf.cell(70, 5.5, t, align="C")
    for i, t in enumerate(DOC2_HEAD_R):
        pdf.set_xy(95, y0 + i * 5.5)
        pdf.set_font("DejaVu", "B" if i < 2 else "", 10.5)
        pdf.cell(100, 5.5, t, align="C")
    pdf.set_xy(22, y0 + 3 * 5.5 + 6)
    for line in nfc(DOC2_BODY).splitlines():
        if line.startswith("#C "):
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(0, lh, line[3:], align="C", new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("#B "):
            pdf.set_font("DejaVu", "B", 11.5)
            pdf.ln(1)
            pdf.multi_cell(0, lh, line[3:], new_x="LMARGIN", new_y="NEXT")
        elif line == "#TABLE":
            pdf.set_font("DejaVu", "", 10)
            with pdf.table(col_widths=(16, 36, 50, 68), line_height=5.6,
                           headings_style=FontFace(emphasis="BOLD")) as table:
                for row in DOC2_TABLE:
                    r = table.row()
                    for c in row:
                        r.cell(nfc(c))
            pdf.ln(2)
        elif line == "#SIGN":
            pdf.ln(4)
            y = pdf.get_y()
            if y > 240:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_font("DejaVu", "", 10)
            for i, t in enumerate(DOC2_NOI_NHAN):
                pdf.set_xy(22, y + i * 5.2)
                pdf.cell(80, 5.2, nfc(t))
            pdf.set_font("DejaVu", "B", 11)
            for i, t in enumerate(DOC2_SIGN):
                pdf.set_xy(115, y + i * 6)
                pdf.cell(70, 6, nfc(t), align="C")
        else:
            pdf.set_font("DejaVu", "", 11.5)
            pdf.multi_cell(0, lh, line, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)
    return pdf.page_no()


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for fn in os.listdir(CORPUS):
        os.remove(os.path.join(CORPUS, fn))
    write(F1, DOC1)
    pages = build_pdf(os.path.join(CORPUS, F2))
    write(F3, DOC3_HEAD + "\n" + hard_wrap(DOC3_BODY) + DOC3_TAIL)
    write(F4, DOC4)
    write(F5, DOC5)
    print("built corpus; qb02 pages:", pages)


if __name__ == "__main__":
    main()
