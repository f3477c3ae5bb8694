#!/usr/bin/env python3
"""Build the invented corpus of eval/blind19 (tỉnh Thượng Lâm).

Run: /work/main/.venv/bin/python /work/main/eval/blind19/build_a.py
All text below is invented. a01 is rendered as a 3-page PDF with fpdf2 (DejaVu),
lines wrapped by hand with a few words hyphenated across lines and page numbers;
a03 is hard-wrapped at about 70 characters; the others are written as-is.
"""
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

F01 = "a01_kh47_svhttdl_van_hoa_doc_thu_vien_so.pdf"
F02 = "a02_qd612_ubnd_dien_hinh_tien_tien_cds.md"
F03 = "a03_cv186_bdvtu_binh_dan_hoc_vu_so.txt"
F04 = "a04_bc73_hnd_nong_nghiep_so.md"
F05 = "a05_bb05_bcd_cds_phien_hop_quy2.txt"

# ---------------------------------------------------------------- a01 (PDF)
A01_HEAD_LEFT = ["SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH TỈNH THƯỢNG LÂM", "Số: 47/KH-SVHTTDL"]
A01_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                  "Lâm Giang, ngày 10 tháng 3 năm 2025"]
A01 = [
    ("C", "KẾ HOẠCH"),
    ("C", "Phát triển văn hóa đọc và xây dựng thư viện số trên địa bàn tỉnh Thượng Lâm giai đoạn 2025 - 2027 gắn với phong trào \"Thượng Lâm - Mỗi ngày một trang sách\""),
    ("P", "Thực hiện Quyết định số 329/QĐ-TTg ngày 15/3/2017 của Thủ tướng Chính phủ phê duyệt Đề án phát triển văn hóa đọc trong cộng đồng đến năm 2020, định hướng đến năm 2030; Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Kế hoạch số 58/KH-UBND ngày 14/02/2025 của Ủy ban nhân dân tỉnh về chuyển đổi số ngành văn hóa, thể thao và du lịch năm 2025, Sở Văn hóa, Thể thao và Du lịch ban hành Kế hoạch phát triển văn hóa đọc và xây dựng thư viện số giai đoạn 2025 - 2027 như sau:"),
    ("B", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("B", "1. Mục đích"),
    ("P", "- Nâng cao nhận thức của cấp ủy, chính quyền và Nhân dân về vai trò của sách và văn hóa đọc trong việc hình thành nhân cách, nâng cao dân trí, xây dựng xã hội học tập."),
    ("P", "- Từng bước chuyển hệ thống thư viện công cộng của tỉnh sang mô hình thư viện số, tạo điều kiện để người dân, nhất là học sinh và đồng bào vùng cao, tiếp cận tri thức mọi lúc, mọi nơi."),
    ("B", "2. Yêu cầu"),
    ("P", "- Các nhiệm vụ phải cụ thể, phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời hạn hoàn thành."),
    ("P", "- Gắn phát triển văn hóa đọc với phong trào \"Bình dân học vụ số\" và chương trình xây dựng nông thôn mới; tránh hình thức, lãng phí."),
    ("B", "II. CHỈ TIÊU ĐẾN NĂM 2027"),
    ("P", "1. 100% thư viện cấp huyện và 70% thư viện, tủ sách cấp xã kết nối với Hệ thống thư viện số dùng chung của tỉnh."),
    ("P", "2. Số hóa ít nhất 85.000 trang tài liệu, trong đó có 12.000 trang tài liệu địa chí và sách cổ về văn hóa các dân tộc Tày, Dao, Mông trên địa bàn tỉnh."),
    ("P", "3. Có 120.000 tài khoản bạn đọc điện tử được đăng ký, tăng gấp 3 lần so với năm 2024."),
    ("P", "4. 60% trường tiểu học và trung học cơ sở có tủ sách điện tử hoặc góc đọc số cho học sinh."),
    ("P", "5. Mỗi năm tổ chức ít nhất 01 Ngày hội văn hóa đọc cấp tỉnh và 01 cuộc thi \"Đại sứ văn hóa đọc\" dành cho học sinh, sinh viên."),
    ("B", "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU"),
    ("P", "1. Tuyên truyền, nâng cao nhận thức: Đa dạng hình thức tuyên truyền trên Báo và Phát thanh, Truyền hình Thượng Lâm, Cổng thông tin điện tử tỉnh và mạng xã hội; giới thiệu sách hay hằng tuần qua chuyên mục \"Cuốn sách tôi yêu\"."),
    ("P", "2. Xây dựng Hệ thống thư viện số dùng chung: Nâng cấp phần mềm quản lý thư viện, thống nhất chuẩn biên mục, cho phép bạn đọc mượn, trả sách điện tử bằng tài khoản định danh điện tử VNeID."),
    ("P", "3. Số hóa tài liệu: Ưu tiên tài liệu địa chí, gia phả, sách chữ Nôm Tày và các ấn phẩm về lịch sử Đảng bộ tỉnh; hoàn thành số hóa tài liệu địa chí trước ngày 31/12/2026."),
    ("P", "4. Phát triển thư viện cơ sở: Luân chuyển sách định kỳ 6 tháng/lần về các điểm bưu điện văn hóa xã, nhà văn hóa thôn, bản; vận hành 02 xe thư viện lưu động phục vụ các xã vùng cao."),
    ("P", "5. Huy động xã hội hóa: Vận động doanh nghiệp, nhà hảo tâm tặng sách, thiết bị đọc; khuyến khích các gia đình xây dựng tủ sách gia đình, dòng họ."),
    ("B", "IV. KINH PHÍ"),
    ("P", "Tổng kinh phí dự kiến thực hiện Kế hoạch là 4,6 tỷ đồng, trong đó: ngân sách tỉnh 3,2 tỷ đồng (bố trí trong dự toán chi sự nghiệp văn hóa hằng năm); nguồn xã hội hóa và các nguồn hợp pháp khác 1,4 tỷ đồng. Riêng năm 2025 dự kiến 1,35 tỷ đồng."),
    ("B", "V. TỔ CHỨC THỰC HIỆN"),
    ("B", "1. Phòng Quản lý văn hóa và Gia đình"),
    ("P", "Là đầu mối tham mưu Giám đốc Sở theo dõi, đôn đốc thực hiện Kế hoạch; chủ trì tổ chức Ngày hội văn hóa đọc tỉnh Thượng Lâm năm 2025 vào ngày 21/4/2025 tại Quảng trường Trung tâm thành phố Lâm Giang; tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm."),
    ("B", "2. Thư viện tỉnh"),
    ("P", "Chủ trì xây dựng, vận hành Hệ thống thư viện số dùng chung, hoàn thành kết nối thư viện cấp huyện trong quý III/2025; chủ trì số hóa tài liệu; quản lý 02 xe thư viện lưu động, xây dựng lịch phục vụ luân phiên tại các huyện Khe Mơ, Ngọc Lũng và Tùng Sơn."),
    ("B", "3. Phòng Kế hoạch - Tài chính"),
    ("P", "Phối hợp với Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các đơn vị thanh toán, quyết toán theo quy định."),
    ("B", "4. Đề nghị các sở, ngành, đoàn thể phối hợp"),
    ("P", "a) Sở Giáo dục và Đào tạo: Phối hợp chỉ đạo các trường tiểu học, trung học cơ sở xây dựng góc đọc số, tủ sách điện tử; chủ trì tổ chức cuộc thi \"Đại sứ văn hóa đọc\" hằng năm, công bố kết quả trước ngày 30/9."),
    ("P", "b) Sở Khoa học và Công nghệ: Phối hợp bảo đảm hạ tầng kỹ thuật, an toàn thông tin cho Hệ thống thư viện số dùng chung; hỗ trợ tích hợp đăng nhập bằng VNeID."),
    ("P", "c) Tỉnh đoàn Thượng Lâm: Vận động đoàn viên, thanh niên tham gia đội tình nguyện \"Tiếp sức đọc\" hướng dẫn người dân đăng ký tài khoản bạn đọc điện tử."),
    ("P", "d) Báo và Phát thanh, Truyền hình Thượng Lâm: Duy trì chuyên mục \"Cuốn sách tôi yêu\" phát sóng vào tối thứ Bảy hằng tuần."),
    ("B", "5. Ủy ban nhân dân các huyện, thị xã, thành phố"),
    ("P", "Chỉ đạo Phòng Văn hóa và Thông tin, Trung tâm Văn hóa, Thông tin và Thể thao cấp huyện xây dựng kế hoạch thực hiện tại địa phương, gửi về Sở trước ngày 15/4/2025; bố trí phòng đọc tại ít nhất 01 nhà văn hóa xã mỗi huyện làm mô hình điểm."),
    ("B", "VI. TIẾN ĐỘ THỰC HIỆN"),
    ("P", "- Tháng 3 - 4/2025: Các địa phương ban hành kế hoạch; tổ chức Ngày hội văn hóa đọc tỉnh (21/4/2025)."),
    ("P", "- Tháng 5 - 9/2025: Tổ chức cuộc thi \"Đại sứ văn hóa đọc\" năm 2025; khởi động số hóa tài liệu địa chí."),
    ("P", "- Quý III/2025: Hoàn thành kết nối thư viện cấp huyện vào Hệ thống thư viện số dùng chung."),
    ("P", "- Tháng 12/2025: Sơ kết năm thứ nhất thực hiện Kế hoạch."),
    ("P", "- Năm 2026: Mở rộng kết nối đến thư viện, tủ sách cấp xã; hoàn thành số hóa tài liệu địa chí."),
    ("P", "- Tháng 11/2027: Tổng kết Kế hoạch, khen thưởng tập thể, cá nhân tiêu biểu."),
    ("P", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các cơ quan, đơn vị phản ánh về Sở Văn hóa, Thể thao và Du lịch (qua Phòng Quản lý văn hóa và Gia đình, bà Lò Thị Mến, Phó Trưởng phòng, điện thoại 0207.3852.416) để tổng hợp, giải quyết./."),
]
A01_TAIL_LEFT = ["Nơi nhận:", "- Bộ VHTTDL (b/c);", "- Thường trực Tỉnh ủy (b/c);", "- UBND tỉnh (b/c);",
                 "- Ban Tuyên giáo Tỉnh ủy;", "- Các sở: GD&ĐT, KH&CN, Tài chính;",
                 "- Tỉnh đoàn Thượng Lâm;", "- Báo và PT, TH Thượng Lâm;",
                 "- UBND các huyện, thị xã, thành phố;", "- Giám đốc, các PGĐ Sở;",
                 "- Lưu: VT, QLVHGĐ."]
A01_TAIL_RIGHT = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(Đã ký)", "", "Đinh Thị Quế"]

# ---------------------------------------------------------------- a02 (Markdown)
A02 = """ỦY BAN NHÂN DÂN
TỈNH THƯỢNG LÂM

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 612/QĐ-UBND

Lâm Giang, ngày 18 tháng 4 năm 2025

# QUYẾT ĐỊNH

**Về việc công nhận và khen thưởng "Điển hình tiên tiến" trong chuyển đổi số tỉnh Thượng Lâm năm 2024**

**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THƯỢNG LÂM**

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;

Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;

Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;

Căn cứ Quyết định số 2150/QĐ-UBND ngày 20 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh Thượng Lâm;

Căn cứ Kế hoạch số 21/KH-UBND ngày 25 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh về phát động phong trào thi đua "Thượng Lâm chuyển đổi số" giai đoạn 2024 - 2025;

Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 245/TTr-SNV ngày 10 tháng 4 năm 2025 và ý kiến thống nhất của Hội đồng Thi đua - Khen thưởng tỉnh tại phiên họp ngày 08 tháng 4 năm 2025.

## QUYẾT ĐỊNH:

**Điều 1.** Công nhận danh hiệu "Điển hình tiên tiến trong chuyển đổi số năm 2024" và tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 06 tập thể và 06 cá nhân đã có thành tích xuất sắc trong phong trào thi đua "Thượng Lâm chuyển đổi số", cụ thể như sau:

| STT | Tên tập thể/cá nhân | Đơn vị | Thành tích |
|---|---|---|---|
| **I** | **Tập thể** | | |
| 1 | Ủy ban nhân dân xã Nà Phặc | Huyện Ngọc Lũng | Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình đạt 92%; 100% thôn có Tổ công nghệ số cộng đồng hoạt động thường xuyên |
| 2 | Trường Trung học cơ sở Lê Quý Đôn | Thành phố Lâm Giang | Triển khai học bạ số cho 1.150 học sinh; xây dựng kho học liệu số với 640 bài giảng điện tử dùng chung |
| 3 | Hợp tác xã Chè Shan tuyết Khau Mò | Huyện Khe Mơ | Đưa 14 sản phẩm OCOP lên sàn thương mại điện tử, doanh thu bán hàng trực tuyến năm 2024 đạt 3,2 tỷ đồng |
| 4 | Trung tâm Y tế huyện Tùng Sơn | Huyện Tùng Sơn | Triển khai bệnh án điện tử cho 100% giường bệnh nội trú; tỷ lệ thanh toán viện phí không dùng tiền mặt đạt 78% |
| 5 | Phòng Văn hóa và Thông tin thị xã Bến Trúc | Thị xã Bến Trúc | Xây dựng bản đồ số 46 di tích và điểm du lịch, tích hợp thuyết minh tự động bằng mã QR bốn thứ tiếng |
| 6 | Bưu điện huyện Mộc Hương | Huyện Mộc Hương | Hỗ trợ 5.800 hộ dân mở tài khoản thanh toán điện tử; tập huấn kỹ năng số cho 2.300 lượt người |
| **II** | **Cá nhân** | | |
| 1 | Bà Hoàng Thị Thắm, Chủ tịch Ủy ban nhân dân xã Nà Phặc | Huyện Ngọc Lũng | Chỉ đạo đưa 100% văn bản điều hành của xã lên môi trường mạng; tiên phong ký số văn bản từ tháng 3/2024 |
| 2 | Ông Vũ Đình Khang, giáo viên Tin học | Trường Trung học phổ thông Tùng Sơn | Tác giả phần mềm điểm danh học sinh bằng nhận diện khuôn mặt, được áp dụng tại 9 trường trong tỉnh |
| 3 | Ông Sùng A Páo, Tổ trưởng Tổ công nghệ số cộng đồng bản Háng Tày | Huyện Khe Mơ | Trực tiếp hướng dẫn 420 người dân cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2 |
| 4 | Bà Nguyễn Thu Trang, chuyên viên Phòng Chuyển đổi số | Sở Khoa học và Công nghệ | Tham mưu xây dựng và vận hành Trung tâm Giám sát, điều hành thông minh (IOC) của tỉnh |
| 5 | Ông Lý Văn Thành, Chủ nhiệm Hợp tác xã Chè Shan tuyết Khau Mò | Huyện Khe Mơ | Tổ chức livestream bán hàng định kỳ, mở rộng thị trường chè sang 3 tỉnh đồng bằng |
| 6 | Anh Đặng Quốc Huy, Bí thư Đoàn xã Phìn Hồ | Huyện Mộc Hương | Đội trưởng đội thanh niên tình nguyện "Bình dân học vụ số", hỗ trợ 1.100 lượt người dân sử dụng dịch vụ công trực tuyến |

**Điều 2.** Mức tiền thưởng

Mỗi tập thể được tặng Bằng khen kèm theo tiền thưởng 4.680.000 đồng (bốn triệu sáu trăm tám mươi nghìn đồng); mỗi cá nhân được tặng Bằng khen kèm theo tiền thưởng 2.340.000 đồng (hai triệu ba trăm bốn mươi nghìn đồng).

Tổng số tiền thưởng là 42.120.000 đồng (bốn mươi hai triệu một trăm hai mươi nghìn đồng), chi từ Quỹ Thi đua, khen thưởng tỉnh năm 2025.

**Điều 3.** Tổ chức thực hiện

1. Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ tổ chức trao Bằng khen tại Hội nghị sơ kết phong trào thi đua "Thượng Lâm chuyển đổi số", dự kiến tổ chức trong tháng 5/2025; hoàn thiện hồ sơ khen thưởng, lưu trữ theo quy định.

2. Sở Tài chính có trách nhiệm chuyển kinh phí khen thưởng cho Sở Nội vụ (Ban Thi đua - Khen thưởng) trước ngày 30/4/2025.

3. Sở Khoa học và Công nghệ chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Thượng Lâm tuyên truyền, nhân rộng các điển hình tiên tiến; xây dựng chuyên trang "Gương sáng chuyển đổi số" trên Cổng thông tin điện tử tỉnh trong quý II/2025.

4. Quyết định này có hiệu lực kể từ ngày ký.

Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở: Nội vụ, Tài chính, Khoa học và Công nghệ; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố; Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.

**Nơi nhận:**
- Như Điều 3;
- Ban Thi đua - Khen thưởng Trung ương (b/c);
- Thường trực Tỉnh ủy (b/c);
- Chủ tịch, các PCT UBND tỉnh;
- Ban Chỉ đạo chuyển đổi số tỉnh;
- Lưu: VT, KGVX.

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

(Đã ký)

**Lương Thị Hồng Nhung**
"""

# ---------------------------------------------------------------- a03 (hard-wrapped)
A03_HEAD = """BAN CHẤP HÀNH ĐẢNG BỘ TỈNH THƯỢNG LÂM         ĐẢNG CỘNG SẢN VIỆT NAM
BAN DÂN VẬN
        *
Số 186-CV/BDVTU                      Lâm Giang, ngày 24 tháng 3 năm 2025
V/v tăng cường công tác dân vận trong
triển khai phong trào "Bình dân học vụ số"

Kính gửi:
  - Ban Thường vụ các huyện ủy, thị ủy, thành ủy;
  - Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh;
  - Đảng đoàn Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh.
"""
A03_BODY = [
    "Thực hiện Kế hoạch số 01-KH/BCĐTW ngày 21/3/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số về triển khai phong trào \"Bình dân học vụ số\"; Kế hoạch số 112-KH/TU ngày 10/3/2025 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Ban Dân vận Tỉnh ủy nhận thấy: bước đầu các địa phương đã quan tâm phổ cập kỹ năng số cho người dân, song tỷ lệ người dân vùng cao biết sử dụng dịch vụ công trực tuyến còn thấp (khoảng 31%), nhiều nơi công tác vận động còn nặng về hình thức, chưa đến được từng hộ gia đình.",
    "Để phong trào \"Bình dân học vụ số\" thực sự trở thành phong trào của Nhân dân, Ban Dân vận Tỉnh ủy đề nghị các cấp ủy, tổ chức đảng, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội quan tâm thực hiện tốt một số nội dung sau:",
    "1. Chỉ đạo ban dân vận các huyện ủy, thị ủy, thành ủy tham mưu cấp ủy cùng cấp ban hành kế hoạch triển khai công tác dân vận trong phong trào \"Bình dân học vụ số\", hoàn thành trước ngày 10/4/2025; xác định rõ nhóm đối tượng ưu tiên là người cao tuổi, đồng bào dân tộc thiểu số, hộ nghèo và người lao động tự do.",
    "2. Phát huy vai trò của khối dân vận cơ sở: mỗi xã, phường, thị trấn thành lập ít nhất 01 \"Tổ dân vận số\" gồm cán bộ dân vận, đoàn viên thanh niên và người có uy tín trong cộng đồng, có nhiệm vụ đến từng hộ gia đình hướng dẫn cài đặt, sử dụng ứng dụng VNeID, dịch vụ công trực tuyến và thanh toán không dùng tiền mặt. Phấn đấu đến ngày 30/9/2025 có 80% người từ 15 tuổi trở lên trên địa bàn được phổ cập kỹ năng số cơ bản.",
    "3. Đề nghị Đảng đoàn Mặt trận Tổ quốc tỉnh chỉ đạo Ủy ban Mặt trận Tổ quốc các cấp đưa nội dung \"Bình dân học vụ số\" vào Cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\"; lồng ghép tuyên truyền tại các buổi sinh hoạt khu dân cư và Ngày hội Đại đoàn kết toàn dân tộc năm 2025.",
    "4. Đề nghị Đảng đoàn Hội Nông dân tỉnh chỉ đạo các cấp hội gắn phong trào với việc hỗ trợ hội viên đưa sản phẩm nông nghiệp lên sàn thương mại điện tử; Ban Thường vụ Tỉnh đoàn chỉ đạo thành lập đội thanh niên tình nguyện \"Bình dân học vụ số\" tại 100% xã đặc biệt khó khăn; Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh tổ chức lớp \"Phụ nữ với kỹ năng số\" cho hội viên là người dân tộc thiểu số.",
    "5. Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh chỉ đạo các tổ chức cơ sở đảng gắn việc học tập kỹ năng số với thực hiện dân chủ ở cơ sở; mỗi đảng viên trong Khối kèm cặp, hướng dẫn ít nhất 02 hộ gia đình tại nơi cư trú.",
    "6. Phát hiện, biểu dương và nhân rộng các mô hình \"Dân vận khéo\" trong chuyển đổi số; mỗi huyện, thị xã, thành phố lựa chọn tối thiểu 02 mô hình tiêu biểu gửi về Ban Dân vận Tỉnh ủy trước ngày 31/10/2025 để xét tuyên dương.",
    "7. Chế độ báo cáo: Các đơn vị gửi báo cáo sơ kết 6 tháng trước ngày 15/6/2025 và báo cáo năm trước ngày 25/11/2025 theo Mẫu số 03-BC/DVS \"Báo cáo kết quả công tác dân vận trong phong trào Bình dân học vụ số\" (kèm theo Công văn này), gửi về Ban Dân vận Tỉnh ủy (qua Phòng Dân vận chính quyền - Mặt trận; đồng chí Hà Văn Lực, Phó Trưởng ban, điện thoại 0912.408.735, thư điện tử bdvtu@thuonglam.dcs.vn) để tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy.",
    "Ban Dân vận Tỉnh ủy đề nghị các cơ quan, đơn vị quan tâm, triển khai thực hiện./.",
]
A03_TAIL = """
Nơi nhận:                                   TRƯỞNG BAN
- Thường trực Tỉnh ủy (b/c),
- Ban Dân vận Trung ương (b/c),                (Đã ký)
- Như kính gửi,
- Sở Khoa học và Công nghệ,
- Lưu: VT.                                  Nông Thị Duyên
"""

# ---------------------------------------------------------------- a04 (Markdown)
A04 = """HỘI NÔNG DÂN VIỆT NAM
BCH HỘI NÔNG DÂN TỈNH THƯỢNG LÂM

Số: 73-BC/HNDT

Lâm Giang, ngày 20 tháng 6 năm 2025

# BÁO CÁO

**Kết quả hỗ trợ hội viên, nông dân ứng dụng chuyển đổi số trong sản xuất, kinh doanh nông nghiệp 6 tháng đầu năm 2025**

Thực hiện Công văn số 186-CV/BDVTU ngày 24/3/2025 của Ban Dân vận Tỉnh ủy về tăng cường công tác dân vận trong triển khai phong trào "Bình dân học vụ số" và Chương trình số 09-CTr/HNDT ngày 06/01/2025 của Ban Thường vụ Hội Nông dân tỉnh về "Nông dân số" giai đoạn 2025 - 2030, Ban Thường vụ Hội Nông dân tỉnh báo cáo kết quả 6 tháng đầu năm 2025 như sau:

## I. KẾT QUẢ THỰC HIỆN

### 1. Công tác tuyên truyền, tập huấn

Các cấp Hội đã tổ chức 186 lớp tập huấn kỹ năng số cho 9.420 lượt hội viên, trong đó 3.150 lượt là đồng bào dân tộc thiểu số. Hội phối hợp với Bưu điện tỉnh và Viettel Thượng Lâm thành lập 312 "Tổ nông dân số" tại các chi hội, mỗi tổ từ 5 đến 7 thành viên là hội viên trẻ, thạo công nghệ.

### 2. Kết quả ứng dụng chuyển đổi số

Toàn tỉnh hiện có 148.320 hội viên; trong đó 41.560 hội viên (chiếm 28,0%) sử dụng thành thạo điện thoại thông minh để tra cứu thông tin thị trường, kỹ thuật canh tác; 12.870 hội viên có gian hàng hoặc bán hàng trực tuyến qua sàn thương mại điện tử và mạng xã hội, tăng 4.210 hội viên so với cuối năm 2024.

Có 87 hợp tác xã (trên tổng số 126 hợp tác xã nông nghiệp do Hội hỗ trợ thành lập) đã mở gian hàng trên các sàn thương mại điện tử Postmart, Voso và sàn Thượng Lâm Mart của tỉnh; 214 sản phẩm OCOP được đưa lên sàn. Doanh thu từ bán hàng trực tuyến của hội viên và hợp tác xã 6 tháng đầu năm ước đạt 38,7 tỷ đồng, tăng 41% so với cùng kỳ năm 2024; trong đó các sản phẩm chè Shan tuyết, miến dong và gà đồi chiếm trên 60% doanh thu.

Có 2.640 hộ ứng dụng nhật ký sản xuất điện tử và truy xuất nguồn gốc bằng mã QR, chủ yếu tại vùng chè huyện Khe Mơ và vùng cây ăn quả huyện Mộc Hương.

### 3. Kết quả theo địa bàn

| Đơn vị | Số hội viên (người) | Hội viên bán hàng trực tuyến (người) | HTX có gian hàng trên sàn TMĐT | Sản phẩm OCOP lên sàn | Doanh thu trực tuyến 6 tháng (triệu đồng) |
|---|---|---|---|---|---|
| Thành phố Lâm Giang | 18.450 | 3.120 | 19 | 52 | 11.240 |
| Thị xã Bến Trúc | 15.230 | 2.060 | 14 | 38 | 6.870 |
| Huyện Mộc Hương | 29.600 | 2.870 | 18 | 41 | 7.950 |
| Huyện Tùng Sơn | 31.240 | 2.150 | 13 | 30 | 4.860 |
| Huyện Ngọc Lũng | 26.380 | 1.340 | 10 | 22 | 2.930 |
| Huyện Khe Mơ | 27.420 | 1.330 | 13 | 31 | 4.850 |
| **Tổng cộng** | **148.320** | **12.870** | **87** | **214** | **38.700** |

## II. KHÓ KHĂN, HẠN CHẾ

1. Hạ tầng viễn thông ở vùng cao còn hạn chế; toàn tỉnh còn 37 thôn, bản chưa có sóng di động 4G ổn định, tập trung ở huyện Khe Mơ (21 thôn) và huyện Ngọc Lũng (16 thôn).

2. Phần lớn hội viên lớn tuổi còn ngại sử dụng thanh toán điện tử; kỹ năng chụp ảnh, mô tả sản phẩm và livestream bán hàng còn yếu.

3. Chi phí vận chuyển, đóng gói cao; nhiều sản phẩm chưa có mã vạch, tem truy xuất nguồn gốc nên chưa đủ điều kiện lên các sàn thương mại điện tử lớn.

4. Kinh phí của Hội dành cho nội dung chuyển đổi số còn hạn hẹp, chủ yếu lồng ghép từ nguồn Quỹ Hỗ trợ nông dân.

## III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025

- Phấn đấu có thêm 3.000 hội viên bán hàng trực tuyến; 100% hợp tác xã do Hội hỗ trợ có gian hàng trên sàn thương mại điện tử trước ngày 31/12/2025.
- Tổ chức Hội chợ nông sản trực tuyến "Thượng Lâm - Nông sản sạch" trong tháng 9/2025.
- Phối hợp với Tỉnh đoàn mở 50 lớp hướng dẫn livestream bán hàng cho hội viên trẻ.

## IV. ĐỀ XUẤT, KIẾN NGHỊ

1. Đề nghị Ủy ban nhân dân tỉnh bố trí 1,5 tỷ đồng từ nguồn sự nghiệp khoa học và công nghệ năm 2026 để hỗ trợ Hội triển khai Chương trình "Nông dân số".

2. Đề nghị Sở Khoa học và Công nghệ phối hợp với các doanh nghiệp viễn thông phủ sóng 4G cho 37 thôn, bản nêu trên trong năm 2025.

3. Đề nghị Sở Công Thương hỗ trợ 50% chi phí thiết kế bao bì, tem truy xuất nguồn gốc cho sản phẩm OCOP của hội viên.

4. Đề nghị Bưu điện tỉnh giảm 20% cước vận chuyển cho đơn hàng nông sản từ các xã vùng cao.

**Nơi nhận:**
- Trung ương Hội NDVN (b/c);
- Thường trực Tỉnh ủy (b/c);
- Ban Dân vận Tỉnh ủy (b/c);
- UBND tỉnh;
- Các sở: KH&CN, Công Thương;
- Hội Nông dân các huyện, thị xã, thành phố;
- Lưu: VT.

**TM. BAN THƯỜNG VỤ**
**CHỦ TỊCH**

(Đã ký)

**Triệu Văn Khải**
"""

# ---------------------------------------------------------------- a05 (plain text)
A05 = """ỦY BAN NHÂN DÂN TỈNH THƯỢNG LÂM        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ                 Độc lập - Tự do - Hạnh phúc

Số: 05/BB-BCĐCĐS                       Lâm Giang, ngày 03 tháng 7 năm 2025

BIÊN BẢN
Phiên họp Ban Chỉ đạo chuyển đổi số tỉnh quý II năm 2025

I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN

1. Thời gian: Từ 14 giờ 00 đến 16 giờ 45, ngày 03 tháng 7 năm 2025.
2. Địa điểm: Phòng họp tầng 3, trụ sở Ủy ban nhân dân tỉnh (số 18 đường Trần Hưng Đạo, thành phố Lâm Giang); kết nối trực tuyến đến 06 điểm cầu cấp huyện.
3. Chủ trì: Đồng chí Lương Thị Hồng Nhung, Phó Chủ tịch Ủy ban nhân dân tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo.
4. Thư ký: Đồng chí Trần Quốc Bảo, Trưởng phòng Chuyển đổi số, Sở Khoa học và Công nghệ.
5. Thành phần tham dự:
- Đồng chí Phạm Đức Hiếu, Giám đốc Sở Khoa học và Công nghệ, Phó Trưởng ban;
- Đồng chí Mai Thị Thu Hà, Phó Giám đốc Sở Giáo dục và Đào tạo;
- Đồng chí Đinh Thị Quế, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch;
- Đồng chí Hà Văn Lực, Phó Trưởng Ban Dân vận Tỉnh ủy;
- Đồng chí Ma Thị Lan, Phó Chủ tịch Hội Nông dân tỉnh;
- Đồng chí Chu Văn Sinh, Phó Giám đốc Sở Tài chính;
- Đồng chí Vương Đình Lộc, Giám đốc Viettel Thượng Lâm;
- Đại diện Văn phòng Ủy ban nhân dân tỉnh, Công an tỉnh; lãnh đạo Ủy ban nhân dân các huyện, thị xã, thành phố dự tại điểm cầu địa phương.
Vắng: Đồng chí Lý Thanh Tùng, Giám đốc Sở Nội vụ (có lý do, ủy quyền đồng chí Bế Thị Hằng, Phó Giám đốc dự thay).

II. NỘI DUNG PHIÊN HỌP

1. Đồng chí Phạm Đức Hiếu báo cáo kết quả chuyển đổi số 6 tháng đầu năm 2025: tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình đạt 58,4%, tăng 9,6 điểm phần trăm so với cuối năm 2024; toàn tỉnh có 1.326 Tổ công nghệ số cộng đồng với 7.950 thành viên; Trung tâm Giám sát, điều hành thông minh (IOC) đã kết nối 14 hệ thống dữ liệu. Ngày 22/5/2025, Sở Khoa học và Công nghệ phối hợp với Sở Nội vụ tổ chức Hội nghị sơ kết phong trào thi đua "Thượng Lâm chuyển đổi số", trao Bằng khen cho 06 tập thể và 06 cá nhân theo Quyết định số 612/QĐ-UBND ngày 18/4/2025 của Ủy ban nhân dân tỉnh. Tồn tại chính: hạ tầng mạng vùng cao còn yếu, nguồn nhân lực chuyển đổi số cấp xã thiếu, dữ liệu chuyên ngành chưa được làm sạch.

2. Ý kiến thảo luận của các thành viên:
- Đồng chí Mai Thị Thu Hà (Sở GD&ĐT): 100% trường trung học cơ sở đã sử dụng học bạ số; tuy nhiên còn 34 điểm trường vùng cao chưa có Internet cáp quang. Đề nghị bổ sung 2,8 tỷ đồng để mua thiết bị và thuê đường truyền cho các điểm trường này.
- Đồng chí Hà Văn Lực (Ban Dân vận Tỉnh ủy): toàn tỉnh đã thành lập 158 "Tổ dân vận số"; đến nay khoảng 52% người từ 15 tuổi trở lên được phổ cập kỹ năng số cơ bản, còn thấp so với mục tiêu 80% tại Công văn số 186-CV/BDVTU. Còn 02 huyện Tùng Sơn và Ngọc Lũng chưa gửi báo cáo sơ kết 6 tháng.
- Đồng chí Ma Thị Lan (Hội Nông dân tỉnh): doanh thu bán hàng trực tuyến của hội viên 6 tháng đạt 38,7 tỷ đồng; kiến nghị sớm phủ sóng 4G cho 37 thôn, bản và xem xét hỗ trợ 1,5 tỷ đồng cho Chương trình "Nông dân số" như Báo cáo số 73-BC/HNDT đã nêu.
- Đồng chí Vương Đình Lộc (Viettel Thượng Lâm): cam kết phủ sóng 4G cho 21 thôn của huyện Khe Mơ trước ngày 30/10/2025; đối với 16 thôn của huyện Ngọc Lũng, đề nghị địa phương hỗ trợ mặt bằng đặt trạm phát sóng.
- Đồng chí Đinh Thị Quế (Sở VHTTDL): Thư viện tỉnh đã kết nối 4/6 thư viện cấp huyện vào Hệ thống thư viện số dùng chung; thư viện hai huyện Khe Mơ và Ngọc Lũng chậm do thiếu máy chủ; hiện có 46.300 tài khoản bạn đọc điện tử.
- Đồng chí Chu Văn Sinh (Sở Tài chính): ngân sách tỉnh năm 2025 còn khó khăn, đề nghị các sở, ngành ưu tiên lồng ghép nguồn vốn các chương trình mục tiêu quốc gia trước khi đề xuất bổ sung.

III. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ

Đồng chí Lương Thị Hồng Nhung ghi nhận nỗ lực của các thành viên, đồng thời yêu cầu:
1. Sở Khoa học và Công nghệ chủ trì, phối hợp với Viettel Thượng Lâm và VNPT Thượng Lâm khảo sát, lập phương án phủ sóng 4G cho 37 thôn, bản, trình Ủy ban nhân dân tỉnh trước ngày 15/8/2025.
2. Sở Tài chính chủ trì thẩm định đề xuất bổ sung 2,8 tỷ đồng của Sở Giáo dục và Đào tạo, báo cáo Ủy ban nhân dân tỉnh trước ngày 31/8/2025.
3. Sở Văn hóa, Thể thao và Du lịch chỉ đạo Thư viện tỉnh hoàn thành kết nối 02 thư viện cấp huyện còn lại trước ngày 30/9/2025.
4. Ủy ban nhân dân huyện Tùng Sơn và Ủy ban nhân dân huyện Ngọc Lũng gửi báo cáo sơ kết phong trào "Bình dân học vụ số" về Ban Dân vận Tỉnh ủy trước ngày 10/7/2025.
5. Hội Nông dân tỉnh phối hợp với Sở Công Thương xây dựng kế hoạch tổ chức Hội chợ nông sản trực tuyến, gửi Sở Khoa học và Công nghệ trước ngày 05/8/2025.
6. Văn phòng Ủy ban nhân dân tỉnh ban hành thông báo kết luận phiên họp trong thời hạn 03 ngày làm việc.
Phiên họp quý III năm 2025 dự kiến tổ chức vào tuần đầu tháng 10/2025.

Phiên họp kết thúc lúc 16 giờ 45 cùng ngày. Biên bản được lập thành 03 bản, đã đọc lại cho các thành viên dự họp cùng nghe, thống nhất thông qua và không có ý kiến khác.

          THƯ KÝ                                   CHỦ TRÌ
                                          PHÓ CHỦ TỊCH UBND TỈNH
          (Đã ký)                                  (Đã ký)

      Trần Quốc Bảo                          Lương Thị Hồng Nhung

Nơi nhận:
- Trưởng ban Chỉ đạo (b/c);
- Các thành viên Ban Chỉ đạo;
- Lưu: VT, Sở KH&CN.
"""


def write(name, text):
    text = unicodedata.normalize("NFC", text)
    with open(os.path.join(CORPUS, name), "w", encoding="utf-8") as f:
        f.write(text)


def build_a03():
    out = [A03_HEAD, ""]
    for para in A03_BODY:
        out.append(textwrap.fill(para, width=70, initial_indent="    ",
                                 break_long_words=False, break_on_hyphens=False))
        out.append("")
    return "\n".join(out) + A03_TAIL


HYPHEN_AT = [5, 25, 45, 65]   # after these line-overflow events, hyphenate the next fitting word


def build_a01():
    from fpdf import FPDF

    class PDF(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("DV", "", 9)
            self.cell(0, 6, "Trang %d/{nb}" % self.page_no(), align="C")

    pdf = PDF(format="A4")
    pdf.alias_nb_pages()
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSerif.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    size, lh = 11.5, 6.4
    # header: two columns
    y0 = pdf.get_y()
    pdf.set_font("DV", "B", 10)
    for i, t in enumerate(A01_HEAD_LEFT):
        pdf.set_xy(20, y0 + i * 5.5)
        pdf.set_font("DV", "B" if i < 2 else "", 10)
        pdf.cell(78, 5.5, t, align="C")
    for i, t in enumerate(A01_HEAD_RIGHT):
        pdf.set_xy(98, y0 + i * 5.5)
        pdf.set_font("DV", "B" if i < 2 else "", 10)
        pdf.cell(96, 5.5, t, align="C")
    pdf.set_y(y0 + 3 * 5.5 + 6)
    maxw = pdf.w - pdf.l_margin - pdf.r_margin
    state = {"over": 0, "hyph": []}

    def wrap(text, style):
        pdf.set_font("DV", style, size)
        words, lines, line = text.split(), [], ""
        for w in words:
            cand = (line + " " + w) if line else w
            if pdf.get_string_width(cand) <= maxw:
                line = cand
                continue
            state["over"] += 1
            nh = len(state["hyph"])
            if nh < len(HYPHEN_AT) and state["over"] >= HYPHEN_AT[nh] and len(w) >= 4 and w.isalpha():
                for k in range(len(w) - 2, 1, -1):
                    pre = w[:k] + "-"
                    if pdf.get_string_width(line + " " + pre) <= maxw:
                        lines.append(line + " " + pre)
                        state["hyph"].append(w)
                        line = w[k:]
                        break
                else:
                    lines.append(line)
                    line = w
            else:
                lines.append(line)
                line = w
        if line:
            lines.append(line)
        return lines

    for kind, text in A01:
        if kind == "C":
            pdf.set_font("DV", "B", 12)
            pdf.multi_cell(0, 6.5, text, align="C")
            pdf.ln(1)
        else:
            style = "B" if kind == "B" else ""
            for ln in wrap(text, style):
                pdf.set_font("DV", style, size)
                pdf.cell(0, lh, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    y0 = pdf.get_y()
    if y0 > pdf.h - 80:
        pdf.add_page()
        y0 = pdf.get_y()
    for i, t in enumerate(A01_TAIL_LEFT):
        pdf.set_xy(25, y0 + i * 5)
        pdf.set_font("DV", "B" if i == 0 else "", 9)
        pdf.cell(90, 5, t)
    for i, t in enumerate(A01_TAIL_RIGHT):
        pdf.set_xy(115, y0 + i * 6)
        pdf.set_font("DV", "B", 11)
        pdf.cell(75, 6, t, align="C")
    pdf.output(os.path.join(CORPUS, F01))
    return pdf.page_no(), state["hyph"]


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    pages, hyph = build_a01()
    print("a01 pages:", pages, "hyphenated:", hyph)
    write(F02, A02)
    write(F03, build_a03())
    write(F04, A04)
    write(F05, A05)
    for fn in sorted(os.listdir(CORPUS)):
        print(fn, os.path.getsize(os.path.join(CORPUS, fn)))
