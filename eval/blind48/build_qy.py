# -*- coding: utf-8 -*-
"""Rebuild the 5 corpus files of blind set qy (tỉnh Cam Lộ Tây, invented).

Run: /work/main/.venv/bin/python build_qy.py
All text is held here; .docx via python-docx, .pdf via fpdf2 + DejaVuSans.
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


# ---------------------------------------------------------------- qy01 (.docx)
# markers: "C:" centered bold, "H:" bold heading, "B:" List Bullet,
# "N:" List Number, "R:" right aligned italic, plain = body paragraph,
# "TABLE" = the task table below.
QY01 = """C:UBND HUYỆN HƯỚNG ĐIỀN
C:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
C:Độc lập - Tự do - Hạnh phúc
Số: 86/KH-UBND
R:Hướng Điền, ngày 12 tháng 3 năm 2026
C:KẾ HOẠCH
C:Chuyển đổi số và ứng dụng khoa học, công nghệ trên địa bàn huyện Hướng Điền năm 2026
Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Kế hoạch số 27/KH-UBND ngày 15/01/2026 của UBND tỉnh Cam Lộ Tây về chuyển đổi số tỉnh Cam Lộ Tây năm 2026;
Căn cứ Quyết định số 418/QĐ-UBND ngày 20/01/2026 của UBND tỉnh ban hành Quy chế xét tặng Giải thưởng Sáng tạo khoa học và công nghệ tỉnh Cam Lộ Tây giai đoạn 2026 - 2030;
UBND huyện Hướng Điền ban hành Kế hoạch triển khai chuyển đổi số và ứng dụng khoa học, công nghệ trên địa bàn huyện năm 2026 như sau:
H:I. MỤC ĐÍCH, YÊU CẦU
B:Cụ thể hóa các nhiệm vụ của tỉnh về chuyển đổi số, đổi mới sáng tạo phù hợp với điều kiện của một huyện miền núi có đông đồng bào dân tộc Vân Kiều, Pa Kô sinh sống.
B:Nâng cao nhận thức và kỹ năng số cho cán bộ, công chức, viên chức và người dân; lấy người dân, doanh nghiệp làm trung tâm phục vụ.
B:Phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời hạn hoàn thành; gắn trách nhiệm người đứng đầu với kết quả thực hiện từng nhiệm vụ.
H:II. CHỈ TIÊU CHỦ YẾU NĂM 2026
N:Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận và giải quyết trực tuyến toàn trình của cấp huyện đạt tối thiểu 65%, của cấp xã đạt tối thiểu 50%.
N:100% xã, thị trấn duy trì Tổ công nghệ số cộng đồng; mỗi thôn, bản, khu phố có ít nhất 02 thành viên tổ công nghệ số.
N:Tối thiểu 3.500 hộ sản xuất nông nghiệp có hướng dẫn, hỗ trợ đưa sản phẩm lên sàn thương mại điện tử.
N:80% người dân từ 15 tuổi trở lên có tài khoản định danh điện tử mức độ 2 và tài khoản này ở trạng thái kích hoạt.
N:Có ít nhất 04 giải pháp, sáng kiến của huyện tham gia Giải thưởng Sáng tạo khoa học và công nghệ tỉnh năm 2026.
N:100% trường học trên địa bàn huyện sử dụng học bạ số và sổ điểm điện tử.
H:III. NHIỆM VỤ VÀ GIẢI PHÁP
N:Hoàn thiện hạ tầng số: phủ sóng di động 4G đến 100% thôn, bản; xóa 07 "vùng lõm" sóng tại các xã Pa Tầng, Húc Nghì và Lìa Thượng; nâng cấp đường truyền cáp quang cho các trường học vùng sâu.
N:Phát triển chính quyền số: vận hành hệ thống quản lý văn bản liên thông 3 cấp; 100% văn bản đi của các cơ quan hành chính (trừ văn bản mật) có chữ ký số; số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực.
N:Phát triển kinh tế số: hỗ trợ hợp tác xã, hộ kinh doanh có sản phẩm OCOP (cà phê Rào Quán, mật ong rừng Ba Nang, chuối hột Lìa Thượng) xây dựng tem truy xuất nguồn gốc và gian hàng trực tuyến.
N:Phát triển xã hội số, giáo dục số: triển khai phong trào "Bình dân học vụ số"; mở 12 lớp bồi dưỡng kỹ năng số cho người dân tại Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện và tại các xã.
N:Ứng dụng khoa học, công nghệ và đổi mới sáng tạo: lựa chọn, hoàn thiện hồ sơ giải pháp tham gia Giải thưởng Sáng tạo khoa học và công nghệ tỉnh; hỗ trợ tối đa 10.000.000 đồng/giải pháp để hoàn thiện hồ sơ, thử nghiệm thực tế.
N:Bảo đảm an toàn thông tin mạng: 100% máy tính của cơ quan hành chính cài phần mềm phòng chống mã độc tập trung; tổ chức 01 đợt diễn tập ứng cứu sự cố trong quý III/2026.
H:IV. PHÂN CÔNG THỰC HIỆN
Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Văn phòng HĐND và UBND huyện tham mưu UBND huyện theo dõi, tổng hợp tình hình thực hiện Kế hoạch; là đầu mối liên hệ với Sở Khoa học và Công nghệ tỉnh. Các nhiệm vụ cụ thể phân công theo bảng sau:
TABLE
Các phòng, ban, ngành, Mặt trận và đoàn thể huyện căn cứ chức năng, nhiệm vụ xây dựng kế hoạch chi tiết của đơn vị, gửi về Phòng Văn hóa và Thông tin trước ngày 31/3/2026.
Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện vận động đoàn viên, hội viên tham gia phong trào "Bình dân học vụ số", giám sát việc cung cấp dịch vụ công trực tuyến tại cơ sở.
Huyện đoàn có trách nhiệm thành lập 15 đội thanh niên tình nguyện hỗ trợ người dân cài đặt, sử dụng ứng dụng VNeID và dịch vụ công trực tuyến tại các thôn, bản.
UBND các xã, thị trấn bố trí ít nhất 01 công chức phụ trách chuyển đổi số; báo cáo kết quả về UBND huyện (qua Phòng Văn hóa và Thông tin) định kỳ hằng quý, trước ngày 20 của tháng cuối quý.
H:V. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch năm 2026 dự kiến là 1.850.000.000 đồng (Một tỷ, tám trăm năm mươi triệu đồng), trong đó: ngân sách huyện 1.350.000.000 đồng; nguồn xã hội hóa và hỗ trợ của các doanh nghiệp viễn thông 500.000.000 đồng.
Phòng Tài chính - Kế hoạch thẩm định dự toán của các đơn vị, tham mưu UBND huyện phân bổ kinh phí; việc quản lý, sử dụng, thanh quyết toán thực hiện theo quy định hiện hành.
H:VI. TỔ CHỨC THỰC HIỆN
Thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các xã, thị trấn chịu trách nhiệm trước Chủ tịch UBND huyện về kết quả thực hiện nhiệm vụ được giao.
Phòng Văn hóa và Thông tin có trách nhiệm theo dõi, tổng hợp, báo cáo UBND huyện và Sở Khoa học và Công nghệ tỉnh kết quả thực hiện cả năm trước ngày 10/12/2026.
Quá trình thực hiện nếu có vướng mắc, liên hệ bà Nguyễn Thị Diệu Linh, Phó Trưởng phòng Văn hóa và Thông tin, điện thoại 0233.3861.472, thư điện tử linhntd.vhtt@huongdien.camlotay.gov.vn để tổng hợp, báo cáo.
R:TM. UBND HUYỆN
R:KT. CHỦ TỊCH
R:PHÓ CHỦ TỊCH
R:(Đã ký)
R:Phan Đức Hạnh
Nơi nhận:
- UBND tỉnh (để b/c);
- Sở Khoa học và Công nghệ tỉnh;
- TT Huyện ủy, TT HĐND huyện;
- CT, các PCT UBND huyện;
- Các đơn vị tại mục IV;
- UBND các xã, thị trấn;
- Lưu: VT, VHTT."""

QY01_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Rà soát, xóa các \"vùng lõm\" sóng di động tại các xã Pa Tầng, Húc Nghì, Lìa Thượng",
     "Phòng Kinh tế và Hạ tầng", "Viettel Hướng Điền, VNPT Hướng Điền; UBND các xã liên quan",
     "Trước ngày 30/9/2026"],
    ["2", "Triển khai ký số, quản lý văn bản liên thông 3 cấp",
     "Văn phòng HĐND và UBND huyện", "Các cơ quan, đơn vị; UBND các xã, thị trấn", "Quý II/2026"],
    ["3", "Kích hoạt tài khoản định danh điện tử mức độ 2 cho người dân",
     "Công an huyện", "UBND các xã, thị trấn; Huyện đoàn", "Trước ngày 31/10/2026"],
    ["4", "Mở 12 lớp bồi dưỡng kỹ năng số cho người dân",
     "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện",
     "Phòng Văn hóa và Thông tin; UBND các xã, thị trấn", "Từ tháng 4 đến tháng 9/2026"],
    ["5", "Triển khai học bạ số, sổ điểm điện tử tại 100% trường học",
     "Phòng Giáo dục và Đào tạo", "Các trường mầm non, tiểu học, THCS", "Trước ngày 15/8/2026"],
    ["6", "Hướng dẫn hộ sản xuất đưa sản phẩm lên sàn thương mại điện tử",
     "Phòng Nông nghiệp và Môi trường", "Hội Nông dân huyện; Bưu điện huyện", "Định kỳ hằng quý"],
    ["7", "Lựa chọn, giới thiệu giải pháp tham gia Giải thưởng Sáng tạo khoa học và công nghệ tỉnh",
     "Phòng Văn hóa và Thông tin", "Phòng Giáo dục và Đào tạo; Phòng Nông nghiệp và Môi trường",
     "Trước ngày 15/7/2026"],
    ["8", "Bố trí, hướng dẫn sử dụng kinh phí thực hiện Kế hoạch",
     "Phòng Tài chính - Kế hoạch", "Phòng Văn hóa và Thông tin", "Trước ngày 31/3/2026"],
]

# ---------------------------------------------------------------- qy02 (.pdf)
QY02 = """C:UBND TỈNH CAM LỘ TÂY
C:Số: 418/QĐ-UBND
C:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
C:Độc lập - Tự do - Hạnh phúc
R:Tây Lộ, ngày 20 tháng 01 năm 2026
C:QUYẾT ĐỊNH
C:Ban hành Quy chế xét tặng Giải thưởng Sáng tạo khoa học và công nghệ tỉnh Cam Lộ Tây giai đoạn 2026 - 2030
C:CHỦ TỊCH UBND TỈNH CAM LỘ TÂY
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo ngày 27 tháng 6 năm 2025;
Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Nghị quyết số 09/2025/NQ-HĐND ngày 11 tháng 7 năm 2025 của HĐND tỉnh Cam Lộ Tây về chính sách hỗ trợ phát triển khoa học, công nghệ và đổi mới sáng tạo trên địa bàn tỉnh;
Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 35/TTr-SKHCN ngày 08 tháng 01 năm 2026.
C:QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế xét tặng Giải thưởng Sáng tạo khoa học và công nghệ tỉnh Cam Lộ Tây giai đoạn 2026 - 2030.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1127/QĐ-UBND ngày 14 tháng 6 năm 2021 của UBND tỉnh về Giải thưởng Sáng tạo kỹ thuật tỉnh.
Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Khoa học và Công nghệ; Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.
R:KT. CHỦ TỊCH
R:PHÓ CHỦ TỊCH
R:(Đã ký)
R:Võ Thị Thanh Huyền
Nơi nhận:
- Như Điều 3;
- Bộ Khoa học và Công nghệ (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- CT, các PCT UBND tỉnh;
- Liên hiệp các Hội KH&KT tỉnh;
- Lưu: VT, KGVX.
PAGEBREAK
C:QUY CHẾ
C:Xét tặng Giải thưởng Sáng tạo khoa học và công nghệ tỉnh Cam Lộ Tây giai đoạn 2026 - 2030
C:(Ban hành kèm theo Quyết định số 418/QĐ-UBND ngày 20/01/2026 của Chủ tịch UBND tỉnh Cam Lộ Tây)
C:Chương I. QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định đối tượng, tiêu chuẩn, cơ cấu giải, hồ sơ, trình tự xét tặng và trách nhiệm của các cơ quan, đơn vị trong việc tổ chức Giải thưởng Sáng tạo khoa học và công nghệ tỉnh Cam Lộ Tây (sau đây gọi là Giải thưởng).
Điều 2. Đối tượng tham gia
1. Cá nhân, nhóm tác giả là công dân Việt Nam đang sinh sống, học tập, làm việc trên địa bàn tỉnh tham gia Bảng A.
2. Học sinh trung học cơ sở, trung học phổ thông trên địa bàn tỉnh tham gia Bảng B dành riêng cho học sinh; mỗi sản phẩm có không quá 03 học sinh và 01 giáo viên hướng dẫn.
3. Tổ chức, doanh nghiệp có trụ sở chính tại tỉnh tham gia Bảng A.
4. Giải pháp từng nhận giải thưởng cấp tỉnh hoặc cấp quốc gia không thuộc diện tham dự Giải thưởng.
Điều 3. Chu kỳ và lĩnh vực xét tặng
1. Giải thưởng tổ chức 02 năm một lần; lần thứ nhất tổ chức trong năm 2026.
2. Giải pháp dự thi thuộc 05 lĩnh vực: a) Nông nghiệp, lâm nghiệp và thủy sản; b) Công nghệ thông tin và chuyển đổi số; c) Y tế và chăm sóc sức khỏe cộng đồng; d) Giáo dục và đào tạo; đ) Kỹ thuật, công nghiệp và môi trường.
C:Chương II. CƠ CẤU GIẢI, HỒ SƠ VÀ XÉT TẶNG
Điều 4. Cơ cấu giải và mức thưởng
1. Bảng A: mỗi lĩnh vực có tối đa 01 giải nhất, 02 giải nhì, 03 giải ba và 04 giải khuyến khích. Mức thưởng: giải nhất 40.000.000 đồng; giải nhì 25.000.000 đồng; giải ba 15.000.000 đồng; giải khuyến khích 5.000.000 đồng.
2. Bảng B: giải nhất 10.000.000 đồng; giải nhì 7.000.000 đồng; giải ba 5.000.000 đồng; số lượng giải do Hội đồng xét tặng quyết định nhưng không quá 15 giải.
3. Tác giả giải nhất, giải nhì được Chủ tịch UBND tỉnh tặng Bằng khen; tác giả các giải còn lại nhận Giấy chứng nhận của Sở Khoa học và Công nghệ.
Điều 5. Hồ sơ và thời hạn nộp hồ sơ
1. Hồ sơ gồm: đơn đăng ký (Mẫu 01); bản mô tả giải pháp không quá 15 trang; văn bản xác nhận của đơn vị áp dụng giải pháp trong thực tế với thời gian áp dụng ít nhất 06 tháng; tài liệu, hình ảnh minh họa (nếu có).
2. Hồ sơ nộp trực tiếp hoặc qua dịch vụ bưu chính tại Sở Khoa học và Công nghệ, số 27 đường Hùng Vương, thành phố Tây Lộ, hoặc nộp trực tuyến qua Cổng dịch vụ công của tỉnh.
3. Thời gian nhận hồ sơ từ ngày 01/4/2026 đến hết ngày 31/7/2026 (theo dấu bưu điện đối với hồ sơ gửi qua bưu chính).
Điều 6. Hội đồng xét tặng
1. Chủ tịch UBND tỉnh thành lập Hội đồng xét tặng gồm từ 09 đến 11 thành viên, do Giám đốc Sở Khoa học và Công nghệ làm Chủ tịch Hội đồng; 01 Phó Chủ tịch Hội đồng là lãnh đạo Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh.
2. Việc xét tặng tiến hành qua 02 vòng: vòng sơ khảo trong tháng 8 và tháng 9/2026; vòng chung khảo trong tháng 10/2026.
3. Giải pháp được xem xét trao giải phải có điểm trung bình từ 70 điểm trở lên theo thang điểm 100.
Điều 7. Lễ trao giải
Lễ trao Giải thưởng tổ chức trong tháng 11/2026 tại thành phố Tây Lộ, kết hợp với Hội chợ công nghệ và thiết bị tỉnh Cam Lộ Tây.
C:Chương III. TỔ CHỨC THỰC HIỆN
Điều 8. Trách nhiệm của các cơ quan, đơn vị
1. Sở Khoa học và Công nghệ là cơ quan thường trực của Giải thưởng, có trách nhiệm: ban hành thể lệ chi tiết và mẫu hồ sơ trước ngày 15/3/2026; tiếp nhận hồ sơ; trình Chủ tịch UBND tỉnh thành lập Hội đồng xét tặng; tổng hợp, báo cáo kết quả.
2. Sở Tài chính có trách nhiệm thẩm định, tham mưu bố trí kinh phí tổ chức Giải thưởng từ nguồn sự nghiệp khoa học và công nghệ; tổng kinh phí năm 2026 là 1.200.000.000 đồng.
3. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Tỉnh đoàn vận động học sinh trung học cơ sở, trung học phổ thông tham gia Bảng B; mỗi trường trung học phổ thông giới thiệu ít nhất 01 sản phẩm.
4. Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh phối hợp với Sở Khoa học và Công nghệ hỗ trợ tác giả hoàn thiện hồ sơ; tổ chức 03 hội thảo hướng dẫn tại các huyện miền núi.
5. Báo và Phát thanh, Truyền hình Cam Lộ Tây, Cổng Thông tin điện tử tỉnh có trách nhiệm tuyên truyền về Giải thưởng và giới thiệu các giải pháp nhận giải.
6. UBND các huyện, thị xã, thành phố có trách nhiệm phổ biến Quy chế, lựa chọn và giới thiệu giải pháp tiêu biểu của địa phương, gửi danh sách về Sở Khoa học và Công nghệ trước ngày 31/7/2026.
Điều 9. Sửa đổi, bổ sung Quy chế
Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị, cá nhân phản ánh về Sở Khoa học và Công nghệ (Phòng Quản lý khoa học, điện thoại 0233.3556.208, thư điện tử qlkh.skhcn@camlotay.gov.vn) để tổng hợp, trình Chủ tịch UBND tỉnh xem xét, sửa đổi, bổ sung cho phù hợp."""

# ---------------------------------------------------------------- qy03 (.txt, hard-wrapped)
QY03_HEAD = """HUYỆN ỦY HƯỚNG ĐIỀN                      ĐẢNG CỘNG SẢN VIỆT NAM
   BAN TUYÊN GIÁO                   Hướng Điền, ngày 02 tháng 4 năm 2026
         *
 Số 142-CV/BTGHU
V/v tuyên truyền về khoa học, công nghệ,
đổi mới sáng tạo và chuyển đổi số
        quý II năm 2026

              Kính gửi:
                 - Đảng ủy các xã, thị trấn;
                 - Các chi bộ, đảng bộ trực thuộc Huyện ủy;
                 - Ủy ban MTTQ Việt Nam và các đoàn thể chính trị - xã hội huyện;
                 - Trung tâm Văn hóa, Thông tin và Thể thao huyện.
"""
QY03_BODY = [
    "Thực hiện Hướng dẫn số 19-HD/BTGTU ngày 18/3/2026 của Ban Tuyên giáo Tỉnh ủy Cam Lộ Tây về tuyên truyền khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2026 và Kế hoạch số 86/KH-UBND ngày 12/3/2026 của UBND huyện Hướng Điền về chuyển đổi số và ứng dụng khoa học, công nghệ năm 2026, Ban Tuyên giáo Huyện ủy kính đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:",
    "1. Nội dung tuyên truyền trọng tâm trong quý II/2026: a) vai trò của khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đối với phát triển kinh tế - xã hội của huyện miền núi; b) Giải thưởng Sáng tạo khoa học và công nghệ tỉnh theo Quyết định số 418/QĐ-UBND ngày 20/01/2026 của UBND tỉnh, thời gian nhận hồ sơ từ ngày 01/4/2026 đến hết ngày 31/7/2026; c) phong trào \"Bình dân học vụ số\", kỹ năng nhận diện tin giả và lừa đảo trực tuyến; d) các mô hình hay như \"Chợ phiên số\" ở xã Ba Nang, ứng dụng truy xuất nguồn gốc cà phê Rào Quán.",
    "2. Đảng ủy các xã, thị trấn: lãnh đạo tổ chức ít nhất 01 buổi sinh hoạt chuyên đề về chuyển đổi số tại các chi bộ thôn, bản trong quý II/2026; phân công báo cáo viên cơ sở nắm bắt tư tưởng, dư luận của Nhân dân; báo cáo kết quả về Ban Tuyên giáo Huyện ủy trước ngày 25/6/2026.",
    "3. Trung tâm Văn hóa, Thông tin và Thể thao huyện: mở chuyên mục \"Hướng Điền số\" trên Đài Truyền thanh huyện, phát sóng 02 lần/tuần vào 17 giờ 30 thứ Ba và thứ Sáu; thực hiện ít nhất 06 phóng sự ngắn đăng trên Trang thông tin điện tử huyện; treo 40 băng-rôn, khẩu hiệu dọc Quốc lộ 15D và tại trung tâm các xã trước ngày 30/4/2026.",
    "4. Đề nghị Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện lồng ghép nội dung tuyên truyền vào sinh hoạt định kỳ của đoàn viên, hội viên, trong đó:",
    "- Huyện đoàn chủ trì tổ chức Cuộc thi trực tuyến \"Thanh niên Hướng Điền với kỹ năng số\" từ ngày 15/5/2026 đến ngày 15/6/2026; cơ cấu giải gồm 01 giải nhất, 02 giải nhì, 03 giải ba và 05 giải khuyến khích, tổng giá trị giải thưởng 12.000.000 đồng.",
    "- Hội Nông dân huyện phối hợp với Bưu điện huyện hướng dẫn ít nhất 300 hội viên mở gian hàng trên sàn thương mại điện tử, ưu tiên các hộ trồng cà phê, nuôi ong.",
    "- Hội Liên hiệp Phụ nữ huyện tuyên truyền phòng, chống lừa đảo qua mạng cho hội viên, tập trung tại các xã Pa Tầng và Lìa Thượng.",
    "5. Đề nghị Phòng Giáo dục và Đào tạo huyện hướng dẫn các trường trung học cơ sở lồng ghép nội dung an toàn trên không gian mạng vào hoạt động trải nghiệm, hướng nghiệp trong tháng 4 và tháng 5/2026.",
    "6. Hội nghị báo cáo viên quý II/2026 của huyện tổ chức vào lúc 7 giờ 30 ngày 16/4/2026 tại Hội trường Huyện ủy, với sự tham gia của báo cáo viên Sở Khoa học và Công nghệ tỉnh. Thành phần: báo cáo viên Huyện ủy; Phó Bí thư Thường trực Đảng ủy các xã, thị trấn; cán bộ phụ trách tuyên giáo các chi bộ, đảng bộ trực thuộc.",
    "Quá trình thực hiện, nếu có vướng mắc, liên hệ đồng chí Hồ Văn Tín, chuyên viên Ban Tuyên giáo Huyện ủy, điện thoại 0914.226.583, thư điện tử tinhv.btg@huongdien.dcs.vn.",
    "Ban Tuyên giáo Huyện ủy trân trọng đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.",
]
QY03_TAIL = """
                                              K/T TRƯỞNG BAN
Nơi nhận:                                     PHÓ TRƯỞNG BAN
- Ban Tuyên giáo Tỉnh ủy (b/c),
- Thường trực Huyện ủy (b/c),                    (Đã ký)
- Như kính gửi,
- Lưu Ban Tuyên giáo.                       Phạm Thị Ngọc Trâm
"""

# ---------------------------------------------------------------- qy04 (.md, Markdown tables)
QY04 = """**UBND HUYỆN HƯỚNG ĐIỀN**
**PHÒNG GIÁO DỤC VÀ ĐÀO TẠO**

Số: 57/BC-PGDĐT

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Hướng Điền, ngày 08 tháng 5 năm 2026*

# BÁO CÁO

## Kết quả triển khai chuyển đổi số trong giáo dục học kỳ I năm học 2025 - 2026 và nhiệm vụ đến hết năm 2026

Kính gửi: UBND huyện Hướng Điền.

Thực hiện Kế hoạch số 86/KH-UBND ngày 12/3/2026 của UBND huyện về chuyển đổi số và ứng dụng khoa học, công nghệ năm 2026, Phòng Giáo dục và Đào tạo báo cáo kết quả như sau:

### I. TÌNH HÌNH CHUNG

Năm học 2025 - 2026, toàn huyện có 31 trường (11 trường mầm non, 9 trường tiểu học, 4 trường TH&THCS, 7 trường THCS) với 412 nhóm, lớp; 11.260 trẻ em, học sinh và 836 cán bộ quản lý, giáo viên. Có 27/31 trường có đường truyền cáp quang tốc độ từ 100 Mbps trở lên; 4 trường còn lại chủ yếu nằm ở các xã Pa Tầng, Lìa Thượng.

### II. KẾT QUẢ THỰC HIỆN

**1. Hạ tầng, thiết bị và học bạ số**

Toàn huyện có 148/412 lớp được trang bị màn hình tương tác hoặc ti vi kết nối internet (đạt 35,9%). Kết quả theo cấp học như sau:

| TT | Cấp học | Số trường | Học bạ số (%) | Sổ điểm điện tử (%) | Lớp có màn hình tương tác |
|---|---|---|---|---|---|
| 1 | Mầm non | 11 | không áp dụng | không áp dụng | 22 |
| 2 | Tiểu học | 9 | 100 | 100 | 61 |
| 3 | TH&THCS | 4 | 75 | 100 | 19 |
| 4 | THCS | 7 | 100 | 100 | 46 |
| | **Cộng** | **31** | | | **148** |

Các trường còn khó khăn, chưa hoàn thành chỉ tiêu:

| TT | Trường | Xã | Nội dung chưa đạt | Nguyên nhân |
|---|---|---|---|---|
| 1 | Trường TH&THCS Pa Tầng | Pa Tầng | Chưa triển khai học bạ số khối THCS | Giáo viên chưa có chữ ký số cá nhân |
| 2 | Trường TH&THCS Lìa Thượng | Lìa Thượng | Đường truyền dưới 30 Mbps | Nằm trong vùng lõm sóng |
| 3 | Trường Mầm non Húc Nghì | Húc Nghì | Điểm trường lẻ Tà Rụt chưa có máy tính | Thiếu kinh phí mua sắm |

**2. Bồi dưỡng kỹ năng số cho đội ngũ**

Có 802/836 cán bộ quản lý, giáo viên (đạt 96%) hoàn thành chương trình bồi dưỡng kỹ năng số; tổ chức 02 đợt tập huấn tập trung tại Trường THCS thị trấn Hướng Điền vào các ngày 14 - 15/11/2025 và ngày 10/01/2026, do giảng viên Trường Đại học Sư phạm tỉnh hướng dẫn.

**3. Học sinh và hoạt động sáng tạo**

Có 6.420 học sinh tiểu học, THCS có tài khoản học tập trực tuyến. Cuộc thi "Em sáng tạo với công nghệ" cấp huyện nhận 86 sản phẩm, trao 12 giải; Phòng lựa chọn 03 sản phẩm gửi tham gia Bảng B Giải thưởng Sáng tạo khoa học và công nghệ tỉnh theo Quyết định số 418/QĐ-UBND ngày 20/01/2026 của UBND tỉnh.

### III. HẠN CHẾ, NGUYÊN NHÂN

Tỷ lệ lớp có màn hình tương tác còn thấp, nhất là ở các trường TH&THCS vùng sâu; một số giáo viên lớn tuổi còn lúng túng khi sử dụng phần mềm; kinh phí sự nghiệp giáo dục chủ yếu dành cho chi thường xuyên, chưa bố trí riêng cho chuyển đổi số.

### IV. NHIỆM VỤ TRỌNG TÂM VÀ KIẾN NGHỊ

1. Các trường học có trách nhiệm hoàn thành triển khai học bạ số, sổ điểm điện tử trước ngày 15/8/2026; cập nhật dữ liệu ngành trước ngày 30 hằng tháng.
2. Trường TH&THCS Pa Tầng hoàn thành cấp chữ ký số cho 100% giáo viên trước ngày 30/6/2026.
3. Kiến nghị UBND huyện bổ sung 420.000.000 đồng để mua 35 màn hình tương tác cho các trường TH&THCS; đề nghị Phòng Tài chính - Kế hoạch thẩm định, tham mưu bố trí trong quý III/2026.
4. Đề nghị Viettel Hướng Điền hỗ trợ nâng cấp đường truyền cho Trường TH&THCS Lìa Thượng trước năm học 2026 - 2027.

Người theo dõi: ông Đinh Quang Huy, chuyên viên Phòng Giáo dục và Đào tạo, điện thoại 0978.514.302.

TRƯỞNG PHÒNG
(Đã ký)
Lương Thị Thu Hà

Nơi nhận:
- UBND huyện (b/c);
- Sở GD&ĐT tỉnh (b/c);
- Phòng Văn hóa và Thông tin;
- Các trường MN, TH, THCS;
- Lưu: VT.
"""

# ---------------------------------------------------------------- qy05 (.txt, two-column header)
QY05 = """UBND HUYỆN HƯỚNG ĐIỀN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM GDNN - GDTX                      Độc lập - Tự do - Hạnh phúc
Số: 23/TB-TTGDNN-GDTX               Hướng Điền, ngày 06 tháng 4 năm 2026

                              THÔNG BÁO
     Tuyển sinh lớp bồi dưỡng "Kỹ năng số cơ bản" năm 2026 (đợt 1)

Thực hiện Kế hoạch số 86/KH-UBND ngày 12/3/2026 của UBND huyện Hướng Điền về chuyển đổi số và ứng dụng khoa học, công nghệ trên địa bàn huyện năm 2026, Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Hướng Điền (sau đây gọi là Trung tâm) thông báo tuyển sinh lớp bồi dưỡng "Kỹ năng số cơ bản" đợt 1 năm 2026 như sau:

1. Đối tượng tuyển sinh
Cán bộ thôn, bản, khu phố; thành viên Tổ công nghệ số cộng đồng; người dân từ 15 tuổi trở lên có nhu cầu, ưu tiên hộ sản xuất nông nghiệp, hộ kinh doanh và người dân tộc thiểu số.

2. Nội dung bồi dưỡng
Chương trình gồm 05 chuyên đề: sử dụng điện thoại thông minh và dịch vụ công trực tuyến; tài khoản định danh điện tử VNeID mức độ 2; thanh toán không dùng tiền mặt; bán hàng trên sàn thương mại điện tử; nhận diện và phòng, chống lừa đảo trên không gian mạng.

3. Thời lượng, hình thức
Mỗi lớp học 40 tiết, chia thành 10 buổi; học vào buổi tối (từ 19 giờ 00 đến 21 giờ 00) các ngày thứ Hai, thứ Tư, thứ Sáu đối với lớp học tại xã; học ban ngày đối với lớp học tại Trung tâm. Học viên mang theo điện thoại thông minh cá nhân.

4. Lịch khai giảng dự kiến đợt 1 (06 lớp, 180 học viên)

| Lớp | Địa điểm học | Ngày khai giảng | Chỉ tiêu (học viên) |
|-----|--------------|-----------------|---------------------|
| K01 | Trung tâm, số 12 đường Lê Lợi, thị trấn Hướng Điền | 20/4/2026 | 35 |
| K02 | Nhà văn hóa thôn Ra Mai, xã Ba Nang | 04/5/2026 | 30 |
| K03 | Hội trường UBND xã Húc Nghì | 18/5/2026 | 30 |
| K04 | Trường TH&THCS Pa Tầng | 08/6/2026 | 25 |
| K05 | Nhà văn hóa bản Cợp, xã Lìa Thượng | 22/6/2026 | 25 |
| K06 | Trung tâm, số 12 đường Lê Lợi, thị trấn Hướng Điền | 06/7/2026 | 35 |

Đợt 2 (06 lớp) dự kiến khai giảng từ tháng 8/2026, Trung tâm sẽ có thông báo riêng.

5. Học phí và chứng nhận
Miễn học phí đối với cán bộ thôn, bản, khu phố, thành viên Tổ công nghệ số cộng đồng, người dân tộc thiểu số, người thuộc hộ nghèo, hộ cận nghèo (kinh phí bảo đảm từ Kế hoạch số 86/KH-UBND). Các đối tượng khác đóng 300.000 đồng/học viên/khóa, đã bao gồm tài liệu. Học viên học đủ ít nhất 80% số tiết và đạt yêu cầu bài kiểm tra cuối khóa sẽ nhận Giấy chứng nhận do Trung tâm cấp.

6. Hồ sơ và thời hạn đăng ký
Hồ sơ gồm: phiếu đăng ký (theo mẫu của Trung tâm); bản photo căn cước công dân; 02 ảnh cỡ 3x4. Người học nộp hồ sơ tại Phòng Đào tạo của Trung tâm, hoặc đăng ký qua UBND xã, thị trấn nơi cư trú, hoặc đăng ký trực tuyến bằng cách quét mã QR trên trang thông tin của Trung tâm. Thời hạn đăng ký: chậm nhất 05 ngày trước ngày khai giảng của lớp; riêng lớp K01 nhận hồ sơ đến hết ngày 15/4/2026.

7. Tổ chức thực hiện
Đề nghị UBND các xã, thị trấn thông báo rộng rãi trên hệ thống truyền thanh cơ sở; lập danh sách học viên gửi về Trung tâm; bố trí phòng học có điện, có mạng wifi cho các lớp học tại xã.
Tổ công nghệ số cộng đồng các xã có trách nhiệm hỗ trợ học viên cài đặt ứng dụng trước buổi học đầu tiên.
Phòng Đào tạo của Trung tâm chủ trì xếp lớp, bố trí giáo viên và báo cáo kết quả đợt 1 về Phòng Văn hóa và Thông tin huyện trước ngày 31/7/2026.

Mọi chi tiết xin liên hệ: thầy Trương Công Định, Phó Giám đốc Trung tâm, điện thoại 0905.318.627, thư điện tử ttgdnn.huongdien@camlotay.edu.vn.

                                                       GIÁM ĐỐC
Nơi nhận:                                              (Đã ký)
- Phòng GD&ĐT, Phòng VH&TT huyện (b/c);
- UBND các xã, thị trấn;                            Lâm Hữu Nghĩa
- Trung tâm VH-TT-TT huyện (để đưa tin);
- Lưu: VT, PĐT.
"""


def build_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for line in nfc(QY01).split("\n"):
        if line == "TABLE":
            t = d.add_table(rows=0, cols=5)
            t.style = "Table Grid"
            for i, row in enumerate(QY01_TABLE):
                cells = t.add_row().cells
                for c, txt in zip(cells, row):
                    c.text = nfc(txt)
                    if i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            continue
        tag, _, rest = line.partition(":")
        if tag in ("C", "H", "B", "N", "R") and rest:
            if tag == "B":
                d.add_paragraph(rest, style="List Bullet")
            elif tag == "N":
                d.add_paragraph(rest, style="List Number")
            else:
                p = d.add_paragraph()
                r = p.add_run(rest)
                if tag in ("C", "H"):
                    r.bold = True
                if tag == "C":
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if tag == "R":
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            d.add_paragraph(line)
    d.save(path)


def build_pdf(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for line in nfc(QY02).split("\n"):
        if line == "PAGEBREAK":
            pdf.add_page()
            continue
        tag, _, rest = line.partition(":")
        if tag in ("C", "R") and rest:
            pdf.set_font("DejaVu", "B" if tag == "C" else "", 10.5)
            pdf.multi_cell(w, 6, rest, align="C" if tag == "C" else "R",
                           new_x="LMARGIN", new_y="NEXT")
        else:
            bold = line.startswith("Điều ") and len(line) < 60
            pdf.set_font("DejaVu", "B" if bold else "", 10.5)
            pdf.multi_cell(w, 6, line, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def build_qy03(path):
    body = []
    for para in QY03_BODY:
        body.extend(textwrap.wrap(nfc(para), width=72, break_long_words=False,
                                  break_on_hyphens=False))
    text = nfc(QY03_HEAD) + "\n" + "\n".join(body) + "\n" + nfc(QY03_TAIL)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(text))


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, "qy01_kh_chuyendoiso.docx"))
    build_pdf(os.path.join(CORPUS, "qy02_qd_giaithuong.pdf"))
    build_qy03(os.path.join(CORPUS, "qy03_cv_tuyengiao.txt"))
    write(os.path.join(CORPUS, "qy04_bc_cds_giaoduc.md"), QY04)
    write(os.path.join(CORPUS, "qy05_tb_tuyensinh.txt"), QY05)
    print("built", sorted(os.listdir(CORPUS)))


if __name__ == "__main__":
    main()
