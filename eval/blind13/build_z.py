#!/usr/bin/env python3
"""Build the blind13 corpus (tỉnh Nam Hòa, invented) from text held in this script.

Run:  /work/main/.venv/bin/python /work/main/eval/blind13/build_z.py
Writes corpus/z01..z05. z02 is hard-wrapped (as if copied from a PDF);
z03 is a text-layer PDF made with fpdf2 + DejaVu. Does not import kg_rag.
"""
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")

F1 = "z01_nq15_hdnd_tinh_nam_hoa_ho_tro_khcn_dmst.txt"
F2 = "z02_kh112_ubnd_xa_hoa_thuan_binh_dan_hoc_vu_so.txt"
F3 = "z03_cv245_stttt_cuoc_thi_truc_tuyen_cds.pdf"
F4 = "z04_ctr28_tu_nam_hoa_thuc_hien_nq57.txt"
F5 = "z05_qd2150_ubnd_tinh_danh_muc_de_tai_2026.md"

# ---------------------------------------------------------------- z01
Z01 = """HỘI ĐỒNG NHÂN DÂN
TỈNH NAM HÒA
Số: 15/2025/NQ-HĐND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Nam Hòa, ngày 10 tháng 7 năm 2025

NGHỊ QUYẾT
Quy định một số mức hỗ trợ phát triển khoa học, công nghệ và đổi mới sáng tạo trên địa bàn tỉnh Nam Hòa giai đoạn 2025 - 2030

HỘI ĐỒNG NHÂN DÂN TỈNH NAM HÒA
KHÓA XVII, KỲ HỌP THỨ HAI MƯƠI TƯ (KỲ HỌP CHUYÊN ĐỀ)

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;
Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo ngày 27 tháng 6 năm 2025;
Căn cứ Nghị quyết số 193/2025/QH15 ngày 19 tháng 02 năm 2025 của Quốc hội về thí điểm một số cơ chế, chính sách đặc biệt tạo đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Nghị định số 13/2019/NĐ-CP ngày 01 tháng 02 năm 2019 của Chính phủ về doanh nghiệp khoa học và công nghệ;
Thực hiện Chương trình hành động số 28-CTr/TU ngày 10 tháng 3 năm 2025 của Tỉnh ủy Nam Hòa thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị;
Xét Tờ trình số 96/TTr-UBND ngày 20 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra số 41/BC-KTNS ngày 02 tháng 7 năm 2025 của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.

QUYẾT NGHỊ:

Điều 1. Phạm vi điều chỉnh
1. Nghị quyết này quy định nội dung và mức hỗ trợ từ ngân sách tỉnh cho các hoạt động sau đây trên địa bàn tỉnh Nam Hòa:
a) Đăng ký bảo hộ quyền sở hữu công nghiệp;
b) Phát triển doanh nghiệp khoa học và công nghệ;
c) Khởi nghiệp đổi mới sáng tạo;
d) Ứng dụng, chuyển giao công nghệ vào sản xuất, kinh doanh;
đ) Thu hút chuyên gia, nhà khoa học về làm việc tại tỉnh.
2. Nghị quyết này không áp dụng đối với nội dung đã được hỗ trợ từ các chương trình, đề án, dự án do Trung ương quản lý.

Điều 2. Đối tượng áp dụng
1. Doanh nghiệp, hợp tác xã được thành lập theo pháp luật Việt Nam, có trụ sở chính trên địa bàn tỉnh Nam Hòa.
2. Tổ chức khoa học và công nghệ công lập và ngoài công lập có trụ sở trên địa bàn tỉnh.
3. Cá nhân, nhóm cá nhân có dự án khởi nghiệp đổi mới sáng tạo triển khai tại tỉnh Nam Hòa.
4. Chuyên gia, nhà khoa học trong nước và người Việt Nam ở nước ngoài ký hợp đồng làm việc với cơ quan, đơn vị của tỉnh.

Điều 3. Nội dung và mức hỗ trợ
1. Hỗ trợ đăng ký bảo hộ quyền sở hữu công nghiệp
a) Bằng độc quyền sáng chế được cấp trong nước: 50 triệu đồng/văn bằng;
b) Bằng độc quyền giải pháp hữu ích: 30 triệu đồng/văn bằng;
c) Bằng độc quyền kiểu dáng công nghiệp: 15 triệu đồng/văn bằng;
d) Giấy chứng nhận đăng ký nhãn hiệu: 8 triệu đồng/văn bằng;
đ) Sáng chế được cấp văn bằng bảo hộ tại nước ngoài: 150 triệu đồng/văn bằng;
e) Nhãn hiệu tập thể, nhãn hiệu chứng nhận cho đặc sản của địa phương: 60 triệu đồng/nhãn hiệu.
2. Hỗ trợ doanh nghiệp khoa học và công nghệ: hỗ trợ một lần 100 triệu đồng cho doanh nghiệp được cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ lần đầu.
3. Hỗ trợ khởi nghiệp đổi mới sáng tạo
a) Hỗ trợ 70% chi phí thuê mặt bằng làm việc tại Trung tâm Đổi mới sáng tạo tỉnh trong thời gian tối đa 24 tháng, mức hỗ trợ không quá 5 triệu đồng/tháng;
b) Hỗ trợ 50% kinh phí hoàn thiện sản phẩm mẫu, quy trình công nghệ, tối đa 200 triệu đồng/dự án;
c) Tổng giá trị giải thưởng của Cuộc thi khởi nghiệp đổi mới sáng tạo tỉnh Nam Hòa không quá 300 triệu đồng/năm.
4. Hỗ trợ ứng dụng, chuyển giao công nghệ: hỗ trợ 30% giá trị hợp đồng chuyển giao công nghệ, tối đa 500 triệu đồng/hợp đồng. Doanh nghiệp, hợp tác xã có cơ sở sản xuất tại các xã miền núi được hỗ trợ 40% giá trị hợp đồng, tối đa 700 triệu đồng/hợp đồng.
5. Hỗ trợ thu hút chuyên gia, nhà khoa học
a) Người có học vị tiến sĩ: 20 triệu đồng/tháng; người có chức danh giáo sư, phó giáo sư: 30 triệu đồng/tháng; thời gian hưởng hỗ trợ tối đa 36 tháng;
b) Hỗ trợ một lần 150 triệu đồng cho chuyên gia, nhà khoa học ký hợp đồng làm việc tại tỉnh từ 05 năm trở lên.

Điều 4. Điều kiện và nguyên tắc hỗ trợ
1. Mỗi nội dung hỗ trợ chỉ được thực hiện một lần cho cùng một văn bằng, giấy chứng nhận, hợp đồng hoặc dự án; trường hợp một nội dung đồng thời được hưởng nhiều chính sách thì đối tượng được lựa chọn một chính sách có mức hỗ trợ cao nhất.
2. Hồ sơ đề nghị hỗ trợ phải nộp trong thời hạn 12 tháng kể từ ngày được cấp văn bằng, giấy chứng nhận hoặc ngày thanh lý hợp đồng.
3. Tổng mức hỗ trợ cho một doanh nghiệp, hợp tác xã không quá 01 tỷ đồng/năm.
4. Ưu tiên xem xét hỗ trợ trước đối với doanh nghiệp do phụ nữ làm chủ, doanh nghiệp có cơ sở sản xuất tại các xã miền núi, vùng đồng bào dân tộc thiểu số.

Điều 5. Nguồn kinh phí
1. Kinh phí thực hiện Nghị quyết được bố trí từ nguồn sự nghiệp khoa học và công nghệ của ngân sách tỉnh, Quỹ Phát triển khoa học và công nghệ tỉnh Nam Hòa và các nguồn hợp pháp khác.
2. Dự kiến tổng kinh phí thực hiện giai đoạn 2025 - 2030 khoảng 86 tỷ đồng; năm 2025 bố trí 9,5 tỷ đồng.

Điều 6. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; ban hành quy định về hồ sơ, trình tự, thủ tục hỗ trợ trước ngày 30 tháng 9 năm 2025; hằng năm báo cáo kết quả thực hiện tại kỳ họp cuối năm của Hội đồng nhân dân tỉnh.
2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.
3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tham gia giám sát và tuyên truyền, vận động doanh nghiệp, người dân thực hiện Nghị quyết.
4. Nghị quyết này bãi bỏ Nghị quyết số 08/2021/NQ-HĐND ngày 14 tháng 7 năm 2021 của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ phát triển tài sản trí tuệ trên địa bàn tỉnh Nam Hòa.

Nghị quyết này đã được Hội đồng nhân dân tỉnh Nam Hòa khóa XVII, Kỳ họp thứ hai mươi tư thông qua ngày 10 tháng 7 năm 2025 và có hiệu lực từ ngày 20 tháng 7 năm 2025 đến hết ngày 31 tháng 12 năm 2030./.

Nơi nhận:
- Ủy ban Thường vụ Quốc hội;
- Chính phủ;
- Bộ Khoa học và Công nghệ;
- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính - Bộ Tư pháp;
- Thường trực Tỉnh ủy;
- Các sở, ban, ngành, đoàn thể tỉnh;
- Công báo tỉnh, Cổng Thông tin điện tử tỉnh;
- Lưu: VT.

CHỦ TỊCH

Đinh Văn Khải
"""

# ---------------------------------------------------------------- z02
Z02_HEAD = """ỦY BAN NHÂN DÂN HUYỆN KỲ PHONG
ỦY BAN NHÂN DÂN XÃ HÒA THUẬN
Số: 112/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Thuận, ngày 24 tháng 3 năm 2025
"""

Z02_PARAS = [
    "KẾ HOẠCH",
    "Triển khai phong trào \"Bình dân học vụ số\", phổ cập kỹ năng số cho người dân trên địa bàn xã Hòa Thuận năm 2025",
    "Căn cứ Chương trình hành động số 28-CTr/TU ngày 10/3/2025 của Tỉnh ủy Nam Hòa thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06); Kế hoạch số 87/KH-UBND ngày 17/3/2025 của Ủy ban nhân dân huyện Kỳ Phong về phổ cập kỹ năng số cho người dân năm 2025; Công văn số 245/STTTT-BCVT ngày 20/02/2025 của Sở Thông tin và Truyền thông về tổ chức Cuộc thi trực tuyến \"Nam Hòa - Chuyển đổi số vì người dân\".",
    "Ủy ban nhân dân xã Hòa Thuận ban hành Kế hoạch triển khai phong trào \"Bình dân học vụ số\" trên địa bàn xã năm 2025 như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Trang bị cho người dân kỹ năng số cơ bản để sử dụng an toàn Internet, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và ứng dụng VNeID; không để người dân nào bị bỏ lại phía sau trong quá trình chuyển đổi số.",
    "2. Việc triển khai phải thiết thực, phù hợp đặc điểm từng thôn, ưu tiên người cao tuổi, phụ nữ, đồng bào dân tộc thiểu số; gắn với phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\".",
    "II. CHỈ TIÊU",
    "Xã Hòa Thuận có 06 thôn với 2.145 hộ, 8.632 nhân khẩu. Phấn đấu đến ngày 31/12/2025 đạt các chỉ tiêu sau:",
    "1. Ít nhất 80% người dân từ 15 tuổi trở lên biết sử dụng điện thoại thông minh để truy cập Internet an toàn.",
    "2. 70% người trong độ tuổi lao động có tài khoản định danh điện tử mức độ 2 được kích hoạt và sử dụng.",
    "3. 100% cán bộ, công chức xã hoàn thành khóa học \"Kỹ năng số cơ bản\" trên nền tảng học trực tuyến mở đại trà trước ngày 30/6/2025.",
    "4. Mỗi thôn có ít nhất 01 Tổ công nghệ số cộng đồng hoạt động thường xuyên; toàn xã tổ chức tối thiểu 24 lớp tập huấn kỹ năng số.",
    "5. Ít nhất 35 hộ sản xuất nông nghiệp, hợp tác xã đưa sản phẩm quế, ba kích, mật ong lên sàn thương mại điện tử.",
    "III. NHIỆM VỤ CỤ THỂ TẠI CÁC THÔN",
    "1. Thôn Đồng Gianh (412 hộ): mở 05 lớp tập huấn tại nhà văn hóa thôn vào tối thứ Ba và tối thứ Sáu hằng tuần, bắt đầu từ ngày 07/4/2025. Trưởng thôn Hoàng Văn Sáng trực tiếp phụ trách; đồng chí Lý Thị Mai, Bí thư Chi đoàn thôn, làm Tổ trưởng Tổ công nghệ số cộng đồng.",
    "2. Thôn Bến Mới (385 hộ): mở 04 lớp; tập trung hướng dẫn tiểu thương chợ Bến Mới thanh toán bằng mã QR, phấn đấu 100% quầy hàng cố định tại chợ có mã QR thanh toán trước ngày 30/8/2025.",
    "3. Thôn Khe Lau (296 hộ, đồng bào Dao chiếm 72%): mở 04 lớp, giảng dạy song ngữ Kinh - Dao. Người có uy tín Triệu Văn Páo phối hợp vận động bà con tham gia; giáo viên Trường Tiểu học và THCS Hòa Thuận hỗ trợ phiên dịch, hướng dẫn thực hành.",
    "4. Thôn Trung Tâm (508 hộ): mở 05 lớp; xây dựng mô hình \"Chợ 4.0\" và \"Khu dân cư không dùng tiền mặt\" làm điểm của xã.",
    "5. Thôn Hạ Lũng (301 hộ): mở 03 lớp; lắp đặt 01 điểm phát sóng wifi miễn phí tại nhà văn hóa thôn để phục vụ học viên thực hành.",
    "6. Thôn Rộc Vàng (243 hộ): mở 03 lớp; do địa bàn xa trung tâm, tổ chức lớp lưu động vào sáng Chủ nhật tại nhà văn hóa và nhà của các hộ ở xóm Nà Pục.",
    "Mỗi lớp học không quá 30 học viên, thời lượng 04 buổi; nội dung gồm: sử dụng điện thoại thông minh, cài đặt và sử dụng VNeID, nộp hồ sơ trên Cổng Dịch vụ công quốc gia, thanh toán điện tử, nhận diện lừa đảo trên không gian mạng. Vào Chủ nhật cuối cùng của tháng, Đoàn Thanh niên xã tổ chức \"Chủ nhật số\" tại thôn để hướng dẫn trực tiếp cho người dân.",
    "Khuyến khích học viên tham gia Cuộc thi trực tuyến \"Nam Hòa - Chuyển đổi số vì người dân\" do Sở Thông tin và Truyền thông tổ chức.",
    "IV. KINH PHÍ",
    "Tổng kinh phí thực hiện Kế hoạch: 186.500.000 đồng (Một trăm tám mươi sáu triệu năm trăm nghìn đồng), trong đó: ngân sách xã 120.000.000 đồng; ngân sách huyện hỗ trợ 50.000.000 đồng; nguồn xã hội hóa 16.500.000 đồng do Viettel Kỳ Phong và VNPT Kỳ Phong tài trợ.",
    "Nội dung chi chủ yếu: bồi dưỡng người hướng dẫn 24 lớp, mỗi lớp 2.500.000 đồng; in 2.200 cuốn cẩm nang \"Kỹ năng số cho mọi nhà\"; lắp đặt điểm phát sóng wifi tại thôn Hạ Lũng; khen thưởng tập thể, cá nhân tiêu biểu.",
    "V. TỔ CHỨC THỰC HIỆN",
    "1. Văn phòng - Thống kê xã chủ trì tham mưu Ủy ban nhân dân xã theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả về Ủy ban nhân dân huyện qua Phòng Văn hóa và Thông tin huyện trước ngày 15/12/2025.",
    "2. Công chức Văn hóa - Xã hội chủ trì biên soạn tài liệu, xây dựng lịch lớp học; phối hợp với Đoàn Thanh niên xã lựa chọn người hướng dẫn, hoàn thành trước ngày 05/4/2025.",
    "3. Công an xã chủ trì hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2, hoàn thành chỉ tiêu trước ngày 30/9/2025.",
    "4. Đoàn Thanh niên Cộng sản Hồ Chí Minh xã chủ trì thành lập và duy trì hoạt động của 06 Tổ công nghệ số cộng đồng, tổ chức \"Chủ nhật số\" hằng tháng.",
    "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể phối hợp tuyên truyền, vận động hội viên, đoàn viên tham gia lớp học.",
    "6. Trường Tiểu học và THCS Hòa Thuận phối hợp cử giáo viên tin học hỗ trợ giảng dạy và cho mượn phòng máy tính vào các buổi tối không trùng lịch học.",
    "7. Bộ phận Kế toán - Tài chính xã chủ trì cân đối, bố trí kinh phí và hướng dẫn thanh quyết toán theo quy định.",
    "8. Trưởng các thôn chủ trì lập danh sách học viên, gửi về Ủy ban nhân dân xã (qua công chức Văn hóa - Xã hội) trước ngày 02/4/2025.",
    "Đầu mối liên hệ: đồng chí Phạm Thị Thu Hà, công chức Văn hóa - Xã hội, điện thoại 0912.458.307.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị, thôn báo cáo về Ủy ban nhân dân xã để xem xét, giải quyết./.",
]

Z02_TAIL = """
Nơi nhận:
- UBND huyện Kỳ Phong (b/c);
- Phòng Văn hóa và Thông tin huyện;
- TT Đảng ủy, TT HĐND xã;
- CT, các PCT UBND xã;
- Các ban, ngành, đoàn thể xã;
- Trưởng các thôn;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nông Văn Tuấn
"""


def build_z02():
    lines = Z02_HEAD.rstrip("\n").split("\n") + [""]
    for p in Z02_PARAS:
        lines += textwrap.wrap(p, width=70, break_on_hyphens=True) + [""]
    text = "\n".join(lines).rstrip("\n") + "\n" + Z02_TAIL
    # PDF-copy artefact: a date broken across lines
    text = text.replace("ngày 17/3/2025 của\n", "ngày 17/3/\n2025 của ", 1)
    text = text.replace("Kỳ Phong về phổ cập kỹ năng số cho", "Kỳ Phong về\nphổ cập kỹ năng số cho", 1)
    return text


# ---------------------------------------------------------------- z03
Z03 = """UBND TỈNH NAM HÒA
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 245/STTTT-BCVT
V/v tổ chức Cuộc thi trực tuyến "Nam Hòa - Chuyển đổi số vì người dân" năm 2025

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Hòa, ngày 20 tháng 02 năm 2025

Kính gửi:
- Các sở, ban, ngành, đoàn thể cấp tỉnh;
- Sở Giáo dục và Đào tạo;
- Tỉnh đoàn Nam Hòa;
- Ủy ban nhân dân các huyện, thành phố;
- Báo Nam Hòa, Đài Phát thanh và Truyền hình tỉnh.

Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Kế hoạch số 35/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh Nam Hòa năm 2025, Sở Thông tin và Truyền thông tổ chức Cuộc thi trực tuyến "Nam Hòa - Chuyển đổi số vì người dân" năm 2025 (sau đây gọi là Cuộc thi), cụ thể như sau:

1. Đối tượng dự thi
Công dân Việt Nam từ 15 tuổi trở lên đang sinh sống, học tập, công tác và làm việc trên địa bàn tỉnh Nam Hòa. Thành viên Ban Tổ chức, Tổ Thư ký, Ban Giám khảo và người tham gia ra đề không được dự thi.

2. Nội dung thi
Tìm hiểu Nghị quyết số 57-NQ/TW của Bộ Chính trị; các kiến thức cơ bản về chuyển đổi số, dịch vụ công trực tuyến, định danh điện tử, thanh toán không dùng tiền mặt, an toàn thông tin cá nhân trên không gian mạng và các nền tảng số dùng chung của tỉnh.

3. Hình thức, thời gian tổ chức
a) Vòng sơ khảo: thi trắc nghiệm trực tuyến, mỗi lượt thi gồm 20 câu hỏi, thời gian làm bài 15 phút, kèm 01 câu hỏi dự đoán số người dự thi. Thời gian từ 8 giờ 00 ngày 10/3/2025 đến 17 giờ 00 ngày 20/4/2025. Mỗi người được dự thi tối đa 03 lượt, lấy kết quả của lượt có điểm cao nhất; trường hợp bằng điểm thì xét thời gian làm bài ngắn hơn, sau đó xét câu trả lời dự đoán gần đúng nhất.
b) Vòng chung khảo: 30 thí sinh có kết quả cao nhất Vòng sơ khảo thực hiện 01 video thuyết trình với chủ đề "Ý tưởng chuyển đổi số ở nơi tôi sống", thời lượng không quá 05 phút; nộp bài từ ngày 05/5/2025 đến hết ngày 25/5/2025.
c) Vòng chung kết: 10 thí sinh có điểm cao nhất Vòng chung khảo thi trực tiếp, được truyền hình trực tiếp trên sóng Đài Phát thanh và Truyền hình tỉnh; dự kiến tổ chức vào ngày 20/6/2025 tại Trung tâm Hội nghị tỉnh Nam Hòa.

4. Cách thức đăng ký, tham gia
Người dự thi truy cập địa chỉ cuocthi.namhoa.gov.vn hoặc quét mã QR trên Cổng Thông tin điện tử tỉnh; đăng nhập bằng tài khoản định danh điện tử VNeID hoặc số điện thoại di động; khai báo đầy đủ họ tên, năm sinh, số điện thoại, địa chỉ và đơn vị công tác, học tập. Thông tin khai báo là căn cứ để xét và trao giải; người dự thi khai báo không chính xác sẽ không được xét giải.

5. Cơ cấu giải thưởng
a) Giải cá nhân Vòng chung kết: 01 giải Nhất, trị giá 15.000.000 đồng; 02 giải Nhì, mỗi giải 10.000.000 đồng; 03 giải Ba, mỗi giải 5.000.000 đồng; 04 giải Khuyến khích, mỗi giải 2.000.000 đồng.
b) Giải tập thể: 03 giải cho các huyện, thành phố có tỷ lệ người dự thi cao nhất so với dân số, mỗi giải 5.000.000 đồng; 01 giải cho trường học có số lượt dự thi cao nhất, trị giá 3.000.000 đồng.
c) Giải phụ: 01 giải cho thí sinh nhiều tuổi nhất và 01 giải cho thí sinh ít tuổi nhất có kết quả cao, mỗi giải 1.000.000 đồng.
Kèm theo giải thưởng là Giấy chứng nhận của Giám đốc Sở Thông tin và Truyền thông.

6. Kinh phí
Kinh phí tổ chức Cuộc thi là 240 triệu đồng, từ nguồn kinh phí thực hiện Kế hoạch số 35/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh đã giao Sở Thông tin và Truyền thông trong dự toán năm 2025.

7. Đề nghị các cơ quan, đơn vị phối hợp
a) Các sở, ban, ngành, đoàn thể cấp tỉnh phổ biến Cuộc thi đến cán bộ, công chức, viên chức, người lao động; cử 01 cán bộ làm đầu mối, gửi thông tin về Sở Thông tin và Truyền thông trước ngày 05/3/2025.
b) Sở Giáo dục và Đào tạo chỉ đạo các trường trung học phổ thông, trung học cơ sở và trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên phổ biến, khuyến khích học sinh từ 15 tuổi trở lên tham gia.
c) Tỉnh đoàn Nam Hòa chỉ đạo các cơ sở đoàn thành lập đội hình thanh niên tình nguyện hướng dẫn người dân đăng ký dự thi tại các thôn, khu phố.
d) Ủy ban nhân dân các huyện, thành phố giao Phòng Văn hóa và Thông tin chủ trì tuyên truyền trên hệ thống đài truyền thanh cơ sở; hằng tuần tổng hợp số người dự thi trên địa bàn.
đ) Báo Nam Hòa, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục giới thiệu Cuộc thi, đăng tải thể lệ và kết quả từng vòng thi.

Thể lệ chi tiết được đăng tải trên Cổng Thông tin điện tử của Sở Thông tin và Truyền thông. Mọi thông tin cần trao đổi, đề nghị liên hệ Phòng Bưu chính, Viễn thông và Công nghệ thông tin (đồng chí Vũ Minh Tâm, Phó Trưởng phòng, điện thoại 0220.3856.214, thư điện tử cuocthi@namhoa.gov.vn) để phối hợp.

Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.

Nơi nhận:
- Như trên;
- UBND tỉnh (b/c);
- Giám đốc, các PGĐ Sở;
- Cổng TTĐT Sở;
- Lưu: VT, BCVT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Trịnh Quốc Bảo
"""

# ---------------------------------------------------------------- z04
Z04 = """ĐẢNG BỘ TỈNH NAM HÒA
TỈNH ỦY
*
Số 28-CTr/TU

ĐẢNG CỘNG SẢN VIỆT NAM
Nam Hòa, ngày 10 tháng 3 năm 2025

CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia
-----

Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị (sau đây gọi tắt là Nghị quyết 57), Kế hoạch số 01-KH/BCĐTW ngày 16/01/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, Kết luận số 69-KL/TW ngày 14/01/2025 của Bộ Chính trị về tổ chức thực hiện Nghị quyết 57 và tình hình thực tế của tỉnh, Ban Thường vụ Tỉnh ủy Nam Hòa ban hành Chương trình hành động như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Thống nhất nhận thức và hành động của cấp ủy, chính quyền, Mặt trận Tổ quốc, các đoàn thể và cán bộ, đảng viên, nhân dân về vai trò đột phá của khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.
2. Cụ thể hóa các mục tiêu, nhiệm vụ của Nghị quyết 57 phù hợp với điều kiện của tỉnh; xác định rõ cơ quan chủ trì, phối hợp, thời hạn hoàn thành, gắn trách nhiệm người đứng đầu.

II. MỤC TIÊU
1. Mục tiêu đến năm 2030
a) Tiềm lực, trình độ khoa học, công nghệ và đổi mới sáng tạo của tỉnh thuộc nhóm 20 tỉnh, thành phố dẫn đầu cả nước; Chỉ số đổi mới sáng tạo cấp địa phương (PII) thuộc nhóm 15 địa phương đứng đầu.
b) Quy mô kinh tế số đạt tối thiểu 25% GRDP; tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp đạt trên 80%.
c) Bố trí ít nhất 3% tổng chi ngân sách địa phương hằng năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, tăng dần theo yêu cầu phát triển.
d) Có ít nhất 40 doanh nghiệp khoa học và công nghệ, 150 doanh nghiệp công nghệ số; số đơn đăng ký sáng chế và văn bằng bảo hộ tăng bình quân 16 - 18%/năm.
đ) Hạ tầng mạng di động 5G phủ sóng 100% khu công nghiệp, cụm công nghiệp và trung tâm các xã; 95% dân số trưởng thành có điện thoại thông minh.
e) Thu hút ít nhất 50 chuyên gia, nhà khoa học đầu ngành về làm việc tại tỉnh; 100% cơ sở giáo dục phổ thông tổ chức dạy học STEM.
2. Tầm nhìn đến năm 2045
Khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trở thành động lực chính cho tăng trưởng; kinh tế số đạt tối thiểu 50% GRDP; Nam Hòa trở thành tỉnh có trình độ phát triển khá của cả nước, có ít nhất 01 trung tâm nghiên cứu, ứng dụng công nghệ cao đạt chuẩn khu vực.

III. NHIỆM VỤ VÀ GIẢI PHÁP
1. Nâng cao nhận thức, đổi mới tư duy, quyết tâm chính trị
Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Báo Nam Hòa, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục "Nam Hòa số", hoàn thành trong quý II/2025. Tổ chức hội nghị quán triệt Nghị quyết 57 đến cán bộ chủ chốt các cấp, hoàn thành trước ngày 30/4/2025.
2. Hoàn thiện thể chế, cơ chế, chính sách
Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh ban hành nghị quyết quy định các mức hỗ trợ phát triển khoa học, công nghệ và đổi mới sáng tạo, hoàn thành trong tháng 7/2025.
3. Tăng cường đầu tư, hoàn thiện hạ tầng
Sở Thông tin và Truyền thông chủ trì, phối hợp với các doanh nghiệp viễn thông phát triển hạ tầng 5G và xóa các vùng lõm sóng tại 37 thôn, bản chưa có sóng di động ổn định, hoàn thành trước ngày 31/12/2026. Xây dựng Trung tâm dữ liệu tỉnh theo mô hình điện toán đám mây, đưa vào vận hành trong năm 2026.
4. Phát triển nguồn nhân lực chất lượng cao
Sở Giáo dục và Đào tạo chủ trì xây dựng đề án đưa giáo dục STEM, trí tuệ nhân tạo vào nhà trường; bảo đảm mỗi trường trung học phổ thông có ít nhất 01 phòng học STEM trước năm học 2026 - 2027. Sở Nội vụ chủ trì tham mưu chính sách thu hút chuyên gia, nhà khoa học, người có tài năng về làm việc tại tỉnh. Trường Đại học Nam Hòa phối hợp mở ngành đào tạo khoa học dữ liệu từ năm học 2025 - 2026.
5. Đẩy mạnh chuyển đổi số trong hoạt động của hệ thống chính trị
Văn phòng Tỉnh ủy chủ trì triển khai hệ thống quản lý văn bản và điều hành liên thông bốn cấp; phấn đấu 100% văn bản của cấp ủy (trừ văn bản mật) được gửi, nhận trên môi trường mạng từ ngày 01/7/2025. Ủy ban nhân dân tỉnh chỉ đạo số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực trước ngày 31/12/2025.
6. Thúc đẩy đổi mới sáng tạo trong doanh nghiệp và đặt hàng nghiên cứu
Sở Khoa học và Công nghệ chủ trì đổi mới cơ chế quản lý nhiệm vụ khoa học và công nghệ theo hướng đặt hàng gắn với nhu cầu thực tiễn của tỉnh; hằng năm xây dựng danh mục đề tài cấp tỉnh trình Ủy ban nhân dân tỉnh phê duyệt trước ngày 30 tháng 11. Thành lập Trung tâm Đổi mới sáng tạo tỉnh Nam Hòa trước năm 2027; nâng cao hiệu quả hoạt động của Quỹ Phát triển khoa học và công nghệ tỉnh.
7. Phổ cập kỹ năng số cho người dân
Ban Thường vụ Tỉnh đoàn chủ trì phát động phong trào "Bình dân học vụ số" trong toàn tỉnh; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp vận động nhân dân tham gia. Ủy ban nhân dân các xã, phường, thị trấn xây dựng kế hoạch phổ cập kỹ năng số phù hợp với điều kiện từng thôn, tổ dân phố, hoàn thành trong tháng 3/2025.
8. Mở rộng hợp tác trong nước và quốc tế
Ưu tiên hợp tác với các viện, trường, tập đoàn công nghệ về nông nghiệp công nghệ cao, dược liệu và du lịch thông minh.

IV. TỔ CHỨC THỰC HIỆN
1. Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt và xây dựng chương trình, kế hoạch thực hiện Chương trình hành động này, hoàn thành trước ngày 15/4/2025.
2. Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh do đồng chí Bí thư Tỉnh ủy làm Trưởng ban chỉ đạo toàn diện việc thực hiện; họp định kỳ hằng quý vào tuần đầu tiên của tháng cuối quý.
3. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hướng dẫn công tác tuyên truyền.
4. Ủy ban Kiểm tra Tỉnh ủy chủ trì kiểm tra, giám sát việc thực hiện Chương trình hành động, đưa vào chương trình kiểm tra, giám sát năm 2025 và năm 2026.
5. Văn phòng Tỉnh ủy chủ trì theo dõi, đôn đốc; định kỳ 6 tháng (trước ngày 15/6 và ngày 15/12 hằng năm) tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy; tham mưu sơ kết 03 năm vào quý IV/2027.

Chương trình hành động này được phổ biến đến chi bộ.

Nơi nhận:
- Ban Bí thư Trung ương Đảng (để báo cáo);
- Văn phòng Trung ương Đảng;
- Các đồng chí Tỉnh ủy viên;
- Các ban đảng, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Tỉnh ủy;
- Các huyện ủy, thành ủy;
- Lưu: VT, Văn phòng Tỉnh ủy.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Lê Quang Vinh
"""

# ---------------------------------------------------------------- z05
Z05 = """ỦY BAN NHÂN DÂN
TỈNH NAM HÒA

Số: 2150/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Nam Hòa, ngày 28 tháng 11 năm 2025

# QUYẾT ĐỊNH

## Phê duyệt danh mục đề tài khoa học và công nghệ cấp tỉnh đặt hàng thực hiện từ năm 2026

**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM HÒA**

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo ngày 27 tháng 6 năm 2025;

Căn cứ Chương trình hành động số 28-CTr/TU ngày 10 tháng 3 năm 2025 của Tỉnh ủy Nam Hòa thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị;

Căn cứ Nghị quyết số 15/2025/NQ-HĐND ngày 10 tháng 7 năm 2025 của Hội đồng nhân dân tỉnh quy định một số mức hỗ trợ phát triển khoa học, công nghệ và đổi mới sáng tạo trên địa bàn tỉnh Nam Hòa giai đoạn 2025 - 2030;

Căn cứ Quyết định số 1830/QĐ-UBND ngày 12 tháng 8 năm 2025 của Ủy ban nhân dân tỉnh ban hành Quy định quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh sử dụng ngân sách nhà nước;

Căn cứ kết quả làm việc của các Hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ cấp tỉnh họp ngày 23 và 24 tháng 10 năm 2025;

Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 318/TTr-SKHCN ngày 14 tháng 11 năm 2025.

**QUYẾT ĐỊNH:**

**Điều 1.** Phê duyệt danh mục 09 đề tài khoa học và công nghệ cấp tỉnh đặt hàng thực hiện từ năm 2026, theo phương thức giao trực tiếp, như sau:

| TT | Tên đề tài | Tổ chức chủ trì | Chủ nhiệm | Thời gian thực hiện | Kinh phí (triệu đồng) |
|---|---|---|---|---|---|
| 1 | Ứng dụng trí tuệ nhân tạo hỗ trợ giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh Nam Hòa | Trường Đại học Nam Hòa | TS. Lương Đức Minh | 24 tháng (01/2026 - 12/2027) | 1.450 |
| 2 | Nghiên cứu tuyển chọn giống lúa chịu mặn phù hợp với vùng ven biển huyện Cửa Lân | Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh Nam Hòa | ThS. Đỗ Thị Lan Anh | 36 tháng (01/2026 - 12/2028) | 2.100 |
| 3 | Xây dựng bản đồ số vùng trồng quế hữu cơ huyện Kỳ Phong | Công ty Cổ phần Nông lâm sản Kỳ Phong | KS. Bàn Văn Chiêu | 18 tháng (03/2026 - 08/2027) | 680 |
| 4 | Giải pháp nâng cao năng lực số cho học sinh trung học cơ sở vùng đồng bào dân tộc thiểu số tỉnh Nam Hòa | Trường Cao đẳng Sư phạm Nam Hòa | PGS.TS. Hà Thị Ngọc | 24 tháng (01/2026 - 12/2027) | 920 |
| 5 | Số hóa và phát huy giá trị di sản văn hóa phi vật thể của người Dao ở tỉnh Nam Hòa | Bảo tàng tỉnh Nam Hòa | ThS. Triệu Thị Nhung | 24 tháng (03/2026 - 02/2028) | 760 |
| 6 | Ứng dụng Internet vạn vật giám sát chất lượng nước nuôi tôm nước lợ tại huyện Cửa Lân | Trường Đại học Nam Hòa | TS. Nguyễn Hữu Phước | 30 tháng (01/2026 - 06/2028) | 1.280 |
| 7 | Đánh giá tác động của chuyển đổi số đến chất lượng dịch vụ y tế tuyến xã tỉnh Nam Hòa | Trung tâm Kiểm soát bệnh tật tỉnh Nam Hòa | BSCKII. Phan Văn Đức | 18 tháng (03/2026 - 08/2027) | 540 |
| 8 | Phát triển sản phẩm OCOP từ cây dược liệu ba kích tại xã Hòa Thuận, huyện Kỳ Phong | Hợp tác xã Dược liệu Hòa Thuận | KS. Lý Văn Thắng | 36 tháng (01/2026 - 12/2028) | 1.650 |
| 9 | Nghiên cứu mô hình trung tâm học tập cộng đồng số ở cấp xã | Trường Chính trị tỉnh Nam Hòa | TS. Vương Thị Hạnh | 18 tháng (01/2026 - 06/2027) | 430 |
| | **Tổng cộng** | | | | **9.810** |

Kinh phí nêu tại Điều này là kinh phí dự kiến từ nguồn sự nghiệp khoa học và công nghệ của ngân sách tỉnh; kinh phí chính thức của từng đề tài được xác định sau khi có kết quả thẩm định nội dung và kinh phí.

**Điều 2.** Tổ chức thực hiện

1. Sở Khoa học và Công nghệ chủ trì thông báo giao trực tiếp cho các tổ chức chủ trì; thành lập các Hội đồng khoa học và công nghệ đánh giá thuyết minh, tổ chức thẩm định nội dung và kinh phí; hoàn thành ký hợp đồng thực hiện đề tài trước ngày 31/3/2026. Định kỳ kiểm tra tiến độ 6 tháng một lần và báo cáo Ủy ban nhân dân tỉnh.

2. Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu bố trí kinh phí năm 2026 là 5.300 triệu đồng trong dự toán chi sự nghiệp khoa học và công nghệ; phần kinh phí còn lại bố trí trong dự toán các năm 2027 và 2028.

3. Sở Nông nghiệp và Môi trường phối hợp theo dõi và tiếp nhận, ứng dụng kết quả các đề tài số 2, 3, 6 và 8. Sở Giáo dục và Đào tạo phối hợp tiếp nhận kết quả đề tài số 4; Sở Văn hóa, Thể thao và Du lịch phối hợp tiếp nhận kết quả đề tài số 5; Sở Y tế phối hợp tiếp nhận kết quả đề tài số 7.

4. Các tổ chức chủ trì có trách nhiệm bố trí nhân lực, cơ sở vật chất, vốn đối ứng (nếu có); chủ nhiệm đề tài hoàn thiện thuyết minh theo ý kiến của Hội đồng tư vấn, nộp về Sở Khoa học và Công nghệ trước ngày 15/01/2026.

5. Kết quả đề tài số 1 được ưu tiên thử nghiệm tại Trung tâm Phục vụ hành chính công tỉnh trong năm 2027; Văn phòng Ủy ban nhân dân tỉnh phối hợp tạo điều kiện về dữ liệu và hạ tầng.

**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký.

Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Khoa học và Công nghệ, Tài chính, Nông nghiệp và Môi trường, Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch, Y tế; Thủ trưởng các tổ chức chủ trì và chủ nhiệm các đề tài có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.

**Nơi nhận:**
- Như Điều 3;
- Bộ Khoa học và Công nghệ (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh (b/c);
- CT, các PCT UBND tỉnh;
- Quỹ Phát triển khoa học và công nghệ tỉnh;
- Lưu: VT, KGVX.

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Hoàng Minh Tuệ**
"""


def write(fn, text):
    text = unicodedata.normalize("NFC", text)
    with open(os.path.join(CORPUS, fn), "w", encoding="utf-8") as f:
        f.write(text)


def build_pdf(path, text):
    from fpdf import FPDF
    fdir = "/usr/share/fonts/truetype/dejavu/"
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", fdir + "DejaVuSerif.ttf")
    pdf.add_font("DejaVu", "B", fdir + "DejaVuSerif-Bold.ttf")
    pdf.add_page()
    bold_starts = ("UBND TỈNH", "SỞ THÔNG TIN", "CỘNG HÒA", "Độc lập", "Kính gửi",
                   "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trịnh Quốc Bảo", "Nơi nhận")
    for para in unicodedata.normalize("NFC", text).split("\n"):
        if not para.strip():
            pdf.ln(3)
            continue
        bold = para.startswith(bold_starts) or (para[:2].rstrip(".").isdigit() and len(para) < 60)
        pdf.set_font("DejaVu", "B" if bold else "", 11.5)
        pdf.multi_cell(0, 6.2, para, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)
    return pdf.pages_count


def main():
    os.makedirs(CORPUS, exist_ok=True)
    write(F1, Z01)
    write(F2, build_z02())
    write(F4, Z04)
    write(F5, Z05)
    n = build_pdf(os.path.join(CORPUS, F3), Z03)
    print("built", sorted(os.listdir(CORPUS)), "pdf pages:", n)


if __name__ == "__main__":
    main()
