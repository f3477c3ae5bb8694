# -*- coding: utf-8 -*-
"""Build the 5 corpus files of blind set 62 (all text invented).

Run: /work/main/.venv/bin/python build_rm.py
"""
import os
import textwrap
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# rm01 - Quyết định UBND tỉnh phê duyệt danh mục (docx, list numbering, tables)
# ---------------------------------------------------------------------------
RM01_HEAD = [
    ("UBND TỈNH TUY AN NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 1186/QĐ-UBND", "Tuy Nam, ngày 09 tháng 12 năm 2025"),
]
RM01_BODY = [
    ("title", "QUYẾT ĐỊNH"),
    ("center", "Phê duyệt danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng để tuyển chọn, giao trực tiếp tổ chức, cá nhân chủ trì thực hiện từ năm 2026"),
    ("title", "CHỦ TỊCH UBND TỈNH TUY AN NAM"),
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"),
    ("p", "Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo ngày 27 tháng 6 năm 2025;"),
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Căn cứ Quyết định số 2314/QĐ-UBND ngày 18 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh ban hành Quy định quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh sử dụng ngân sách nhà nước;"),
    ("p", "Căn cứ kết quả họp các Hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ cấp tỉnh từ ngày 10 đến ngày 14 tháng 11 năm 2025;"),
    ("p", "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 318/TTr-SKHCN ngày 28 tháng 11 năm 2025."),
    ("title", "QUYẾT ĐỊNH:"),
    ("p", "Điều 1. Phê duyệt danh mục 07 nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng để tuyển chọn, giao trực tiếp tổ chức, cá nhân chủ trì thực hiện từ năm 2026 (chi tiết tại Phụ lục I kèm theo), trong đó có 05 nhiệm vụ thực hiện theo phương thức tuyển chọn và 02 nhiệm vụ giao trực tiếp."),
    ("p", "Tổng kinh phí dự kiến từ ngân sách sự nghiệp khoa học và công nghệ của tỉnh là 9.640 triệu đồng (Bằng chữ: Chín tỷ, sáu trăm bốn mươi triệu đồng). Kinh phí bố trí trong năm 2026 là 4.150 triệu đồng; phần còn lại bố trí trong dự toán ngân sách các năm 2027 và 2028 theo tiến độ thực hiện hợp đồng."),
    ("p", "Kinh phí cụ thể của từng nhiệm vụ do Hội đồng khoa học và công nghệ đánh giá hồ sơ kiến nghị và thẩm định theo quy định; kinh phí ghi tại Phụ lục I là mức trần dự kiến, không phải mức kinh phí phê duyệt chính thức."),
    ("p", "Điều 2. Tổ chức thực hiện"),
    ("num", "Sở Khoa học và Công nghệ là cơ quan thường trực, có trách nhiệm:"),
    ("bul", "Thông báo công khai danh mục nhiệm vụ trên Cổng thông tin điện tử của Sở và Báo Tuy An Nam chậm nhất 10 ngày làm việc kể từ ngày ký Quyết định này;"),
    ("bul", "Tổ chức tuyển chọn, giao trực tiếp; thành lập Hội đồng khoa học và công nghệ đánh giá hồ sơ; thẩm định nội dung, kinh phí và trình phê duyệt tổ chức, cá nhân chủ trì trước ngày 31/3/2026;"),
    ("bul", "Ký hợp đồng, kiểm tra, đánh giá nghiệm thu; tổng hợp, báo cáo UBND tỉnh định kỳ 6 tháng, trước ngày 15/6 và ngày 15/12 hằng năm."),
    ("num", "Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu bố trí 4.150 triệu đồng trong dự toán ngân sách năm 2026 và kinh phí các năm tiếp theo để thực hiện các nhiệm vụ tại Phụ lục I."),
    ("num", "Sở Nông nghiệp và Môi trường, Sở Y tế, Sở Giáo dục và Đào tạo là các đơn vị đề xuất đặt hàng, có trách nhiệm cử chuyên gia tham gia Hội đồng, phối hợp kiểm tra tiến độ và tiếp nhận, ứng dụng kết quả sau nghiệm thu."),
    ("num", "Ủy ban nhân dân các huyện Sông Rinh, Đèo Nhạn và thị xã Cửa Vạn bố trí địa điểm triển khai, cử cán bộ phối hợp và nhân rộng kết quả của các nhiệm vụ thực hiện trên địa bàn."),
    ("num", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh hoàn thiện thuyết minh nhiệm vụ giao trực tiếp số 6, gửi Sở Khoa học và Công nghệ trước ngày 15/01/2026."),
    ("p", "Tiến độ tổ chức tuyển chọn, giao trực tiếp thực hiện theo Phụ lục II kèm theo. Thông tin chi tiết liên hệ Phòng Quản lý khoa học, Sở Khoa học và Công nghệ (số 26 đường Lê Lợi, thành phố Tuy Nam), điện thoại 0257.3821.446, thư điện tử qlkh.skhcn@tuyannam.gov.vn."),
    ("p", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."),
    ("p", "Điều 4. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Khoa học và Công nghệ, Tài chính, Nông nghiệp và Môi trường, Y tế, Giáo dục và Đào tạo; Chủ tịch UBND các huyện, thị xã, thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."),
    ("bold", "Nơi nhận:"),
    ("p", "- Như Điều 4;"),
    ("p", "- Bộ Khoa học và Công nghệ (b/c);"),
    ("p", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);"),
    ("p", "- Chủ tịch, các PCT UBND tỉnh;"),
    ("p", "- Báo Tuy An Nam;"),
    ("p", "- Lưu: VT, KGVX."),
    ("right", "KT. CHỦ TỊCH"),
    ("right", "PHÓ CHỦ TỊCH"),
    ("right", "Võ Thanh Liêm"),
]
RM01_PL1_TITLE = [
    ("title", "Phụ lục I"),
    ("center", "DANH MỤC NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ CẤP TỈNH ĐẶT HÀNG THỰC HIỆN TỪ NĂM 2026"),
    ("center", "(Kèm theo Quyết định số 1186/QĐ-UBND ngày 09/12/2025 của Chủ tịch UBND tỉnh Tuy An Nam)"),
]
RM01_PL1 = [
    ["TT", "Tên nhiệm vụ", "Sản phẩm chính dự kiến", "Phương thức", "Thời gian thực hiện", "Kinh phí dự kiến (triệu đồng)", "Đơn vị đề xuất đặt hàng"],
    ["1", "Nghiên cứu chọn tạo giống lúa ngắn ngày chịu mặn phù hợp vùng ven biển huyện Sông Rinh", "02 dòng lúa chịu mặn 4‰; quy trình canh tác; mô hình 20 ha", "Tuyển chọn", "36 tháng", "2.100", "Sở Nông nghiệp và Môi trường"],
    ["2", "Tạo lập, quản lý và phát triển nhãn hiệu chứng nhận \"Hồ tiêu Đèo Nhạn\"", "Văn bằng bảo hộ nhãn hiệu chứng nhận; quy chế quản lý; hệ thống tem truy xuất", "Giao trực tiếp", "24 tháng", "850", "UBND huyện Đèo Nhạn"],
    ["3", "Ứng dụng trí tuệ nhân tạo hỗ trợ sàng lọc bệnh võng mạc đái tháo đường tại Bệnh viện Đa khoa tỉnh", "Phần mềm sàng lọc; thử nghiệm trên 3.000 ca", "Tuyển chọn", "24 tháng", "1.780", "Sở Y tế"],
    ["4", "Nghiên cứu công nghệ xử lý nước thải chế biến hải sản quy mô hộ gia đình tại thị xã Cửa Vạn", "Mô hình xử lý công suất 50 m3/ngày đêm", "Tuyển chọn", "30 tháng", "1.650", "Sở Nông nghiệp và Môi trường"],
    ["5", "Xây dựng bộ học liệu số giáo dục STEM cho học sinh trung học cơ sở", "120 bài học số; tài liệu hướng dẫn giáo viên", "Tuyển chọn", "18 tháng", "960", "Sở Giáo dục và Đào tạo"],
    ["6", "Bảo tồn và phát triển nguồn gen bưởi đường Rinh Thượng", "Vườn cây đầu dòng 300 cây; quy trình nhân giống", "Giao trực tiếp", "36 tháng", "1.100", "UBND huyện Sông Rinh"],
    ["7", "Đánh giá thực trạng, đề xuất giải pháp phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Tuy An Nam đến năm 2030", "Báo cáo đánh giá; bộ chỉ số theo dõi hệ sinh thái", "Tuyển chọn", "12 tháng", "1.200", "Sở Khoa học và Công nghệ"],
    ["", "Tổng cộng", "", "", "", "9.640", ""],
]
RM01_PL2_TITLE = [
    ("title", "Phụ lục II"),
    ("center", "TIẾN ĐỘ TỔ CHỨC TUYỂN CHỌN, GIAO TRỰC TIẾP NHIỆM VỤ"),
]
RM01_PL2 = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Đăng thông báo tuyển chọn, giao trực tiếp và nhận hồ sơ", "Sở Khoa học và Công nghệ", "Báo Tuy An Nam; Đài Phát thanh và Truyền hình tỉnh", "Trước ngày 25/12/2025"],
    ["2", "Hạn cuối nộp hồ sơ đăng ký tuyển chọn", "Tổ chức, cá nhân đăng ký", "Sở Khoa học và Công nghệ", "17 giờ 00 ngày 20/01/2026"],
    ["3", "Họp Hội đồng khoa học và công nghệ đánh giá hồ sơ", "Sở Khoa học và Công nghệ", "Các sở đề xuất đặt hàng", "Trước ngày 28/02/2026"],
    ["4", "Thẩm định nội dung, kinh phí; phê duyệt tổ chức, cá nhân chủ trì", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Trước ngày 31/3/2026"],
    ["5", "Ký hợp đồng, tạm ứng kinh phí đợt 1", "Sở Khoa học và Công nghệ", "Sở Tài chính; Kho bạc Nhà nước khu vực XIV", "Trước ngày 30/4/2026"],
]

# ---------------------------------------------------------------------------
# rm02 - Thông báo kết luận (txt, hard-wrapped, two-column header with spaces)
# ---------------------------------------------------------------------------
RM02_HEADER = """UBND TỈNH TUY AN NAM              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
     VĂN PHÒNG                          Độc lập - Tự do - Hạnh phúc

Số: 112/TB-VP                     Tuy Nam, ngày 22 tháng 4 năm 2026
"""
RM02_PARAS = [
    "THÔNG BÁO",
    "Kết luận của đồng chí Võ Thanh Liêm, Phó Chủ tịch UBND tỉnh tại cuộc họp nghe báo cáo tiến độ thực hiện nhiệm vụ khoa học và công nghệ, phát triển tài sản trí tuệ và khởi nghiệp đổi mới sáng tạo quý I năm 2026",
    "Ngày 16 tháng 4 năm 2026, tại Phòng họp số 3, trụ sở UBND tỉnh, đồng chí Võ Thanh Liêm, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp nghe Sở Khoa học và Công nghệ báo cáo tiến độ thực hiện nhiệm vụ khoa học và công nghệ, phát triển tài sản trí tuệ và hỗ trợ khởi nghiệp đổi mới sáng tạo quý I năm 2026. Tham dự cuộc họp có lãnh đạo các Sở: Khoa học và Công nghệ, Tài chính, Nội vụ, Nông nghiệp và Môi trường, Giáo dục và Đào tạo; Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh; Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh; Tỉnh Đoàn; đại diện UBND huyện Sông Rinh, huyện Đèo Nhạn, thị xã Cửa Vạn và lãnh đạo Văn phòng UBND tỉnh.",
    "Sau khi nghe Sở Khoa học và Công nghệ báo cáo và ý kiến của các đại biểu, Phó Chủ tịch UBND tỉnh Võ Thanh Liêm kết luận như sau:",
    "I. ĐÁNH GIÁ CHUNG",
    "Quý I năm 2026, Sở Khoa học và Công nghệ và các đơn vị liên quan triển khai tương đối kịp thời các nhiệm vụ UBND tỉnh giao. Đối với danh mục 07 nhiệm vụ khoa học và công nghệ cấp tỉnh phê duyệt tại Quyết định số 1186/QĐ-UBND ngày 09/12/2025, Sở Khoa học và Công nghệ tiếp nhận 11 hồ sơ đăng ký tuyển chọn; phê duyệt tổ chức chủ trì 06/07 nhiệm vụ; riêng nhiệm vụ xử lý nước thải chế biến hải sản tại thị xã Cửa Vạn không có hồ sơ đạt yêu cầu, phải tuyển chọn lại.",
    "Về phát triển tài sản trí tuệ, thực hiện Hướng dẫn số 27/HD-SKHCN ngày 20/01/2026 của Sở Khoa học và Công nghệ, trong quý I Sở tiếp nhận 23 hồ sơ đề nghị hỗ trợ, trong đó có 09 đơn nhãn hiệu của chủ thể OCOP nộp Cục Sở hữu trí tuệ; kinh phí hỗ trợ giải ngân là 142 triệu đồng. Hồ sơ đăng ký nhãn hiệu chứng nhận \"Hồ tiêu Đèo Nhạn\" hoàn thiện và nộp đơn ngày 25/3/2026.",
    "Về khởi nghiệp đổi mới sáng tạo, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh ban hành Kế hoạch số 09/KH-LHH ngày 02/3/2026 tổ chức Cuộc thi Ý tưởng khởi nghiệp đổi mới sáng tạo lần thứ hai; đến ngày 15/4/2026, Ban Tổ chức nhận 38 ý tưởng, trong đó 14 ý tưởng của học sinh, sinh viên.",
    "Bên cạnh kết quả nêu trên, còn một số tồn tại, hạn chế: tỷ lệ giải ngân kinh phí sự nghiệp khoa học và công nghệ quý I chỉ đạt 8,6% dự toán; số đơn sáng chế, giải pháp hữu ích còn ít (02 đơn); nhiều huyện chưa tổng hợp nhu cầu hỗ trợ tài sản trí tuệ; phòng nuôi cấy mô của Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh xuống cấp, ảnh hưởng đến tiến độ sản xuất cây giống.",
    "II. NHIỆM VỤ TRONG THỜI GIAN TỚI",
    "1. Sở Khoa học và Công nghệ:",
    "a) Tổ chức tuyển chọn lại nhiệm vụ xử lý nước thải chế biến hải sản tại thị xã Cửa Vạn, hoàn thành phê duyệt tổ chức chủ trì trước ngày 31/5/2026.",
    "b) Chủ trì, phối hợp với Sở Tài chính rà soát, điều chỉnh kế hoạch giải ngân; bảo đảm tỷ lệ giải ngân kinh phí sự nghiệp khoa học và công nghệ đến hết ngày 30/6/2026 đạt tối thiểu 45% dự toán.",
    "c) Tham mưu UBND tỉnh ban hành Đề án hỗ trợ phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Tuy An Nam giai đoạn 2026 - 2030, trình UBND tỉnh trước ngày 30/9/2026.",
    "d) Thẩm định đề xuất cải tạo phòng nuôi cấy mô của Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh, báo cáo UBND tỉnh trong tháng 5/2026.",
    "2. Sở Tài chính thẩm định, trình UBND tỉnh bổ sung 650 triệu đồng kinh phí hỗ trợ phát triển tài sản trí tuệ năm 2026 cho Sở Khoa học và Công nghệ, hoàn thành trước ngày 15/5/2026.",
    "3. Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ sửa đổi Quy chế xét công nhận hiệu quả áp dụng, phạm vi ảnh hưởng của sáng kiến cấp tỉnh, trình UBND tỉnh trong quý III năm 2026; xem xét đề nghị bổ sung số lượng người làm việc của Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh.",
    "4. Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh gia hạn thời gian nhận hồ sơ dự thi Cuộc thi Ý tưởng khởi nghiệp đổi mới sáng tạo đến hết ngày 31/5/2026; phối hợp với Sở Giáo dục và Đào tạo tăng cường giới thiệu Cuộc thi tại các trường trung học phổ thông khu vực miền núi.",
    "5. Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh lập phương án cải tạo phòng nuôi cấy mô, gửi Sở Khoa học và Công nghệ trước ngày 10/5/2026; bảo đảm sản xuất đủ 120.000 cây giống theo kế hoạch năm.",
    "6. UBND các huyện, thị xã, thành phố rà soát sản phẩm OCOP từ 3 sao trở lên chưa có nhãn hiệu, gửi danh sách về Sở Khoa học và Công nghệ trước ngày 20/5/2026; UBND huyện Đèo Nhạn phối hợp theo dõi đơn nhãn hiệu chứng nhận \"Hồ tiêu Đèo Nhạn\".",
    "7. Đề nghị Tỉnh Đoàn phối hợp với Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh huy động đoàn viên, thanh niên tham gia Cuộc thi. Báo Tuy An Nam, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục \"Khởi nghiệp sáng tạo\" phát định kỳ hằng tháng.",
    "8. Văn phòng UBND tỉnh theo dõi, kiểm tra việc thực hiện các nội dung kết luận này, báo cáo Phó Chủ tịch UBND tỉnh định kỳ hằng quý.",
    "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
]
RM02_FOOTER = """Nơi nhận:                                  KT. CHÁNH VĂN PHÒNG
- Các Sở: KH&CN, TC, NV, NN&MT, GD&ĐT;      PHÓ CHÁNH VĂN PHÒNG
- Liên hiệp các Hội KH&KT tỉnh;
- Trung tâm Ứng dụng tiến bộ KH&CN tỉnh;
- Tỉnh Đoàn;
- UBND các huyện, thị xã, thành phố;
- Báo Tuy An Nam, Đài PT-TH tỉnh;            Mạc Thị Thu Trang
- CT, các PCT UBND tỉnh;
- Lưu: VT, KGVX (Tr).
"""

# ---------------------------------------------------------------------------
# rm03 - Hướng dẫn Sở KH&CN (pdf)
# ---------------------------------------------------------------------------
RM03_HEAD = [
    ("UBND TỈNH TUY AN NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 27/HD-SKHCN", "Tuy Nam, ngày 20 tháng 01 năm 2026"),
]
RM03_BODY = [
    ("title", "HƯỚNG DẪN"),
    ("center", "Thực hiện hỗ trợ xác lập, quản lý và phát triển tài sản trí tuệ trên địa bàn tỉnh Tuy An Nam năm 2026"),
    ("p", "Căn cứ Nghị quyết số 14/2024/NQ-HĐND ngày 12/7/2024 của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ phát triển tài sản trí tuệ trên địa bàn tỉnh Tuy An Nam giai đoạn 2024 - 2028;"),
    ("p", "Căn cứ Kế hoạch số 205/KH-UBND ngày 30/12/2025 của UBND tỉnh về phát triển tài sản trí tuệ năm 2026;"),
    ("p", "Sở Khoa học và Công nghệ hướng dẫn việc lập hồ sơ, trình tự xét hỗ trợ và tổ chức thực hiện như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Khuyến khích tổ chức, cá nhân trên địa bàn tỉnh đăng ký bảo hộ nhãn hiệu, sáng chế, giải pháp hữu ích, kiểu dáng công nghiệp; ưu tiên sản phẩm OCOP, sản phẩm đặc thù gắn với địa danh của tỉnh."),
    ("p", "2. Việc hỗ trợ bảo đảm công khai, đúng đối tượng, đúng mức; mỗi hồ sơ chỉ xét hỗ trợ một lần cho một nội dung."),
    ("h", "II. ĐỐI TƯỢNG, NỘI DUNG VÀ MỨC HỖ TRỢ"),
    ("p", "1. Đối tượng: doanh nghiệp nhỏ và vừa, hợp tác xã, tổ hợp tác, hộ kinh doanh, cá nhân có trụ sở hoặc nơi cư trú trên địa bàn tỉnh Tuy An Nam; tổ chức tập thể, cơ quan quản lý nhà nước cấp huyện đại diện đăng ký nhãn hiệu tập thể, nhãn hiệu chứng nhận."),
    ("p", "2. Nội dung và mức hỗ trợ:"),
    ("p", "a) Đăng ký bảo hộ nhãn hiệu trong nước: hỗ trợ 100% phí, lệ phí nộp đơn và chi phí thuê dịch vụ đại diện, tối đa 6 triệu đồng/nhãn hiệu."),
    ("p", "b) Đăng ký bảo hộ nhãn hiệu ra nước ngoài theo Hệ thống Madrid: tối đa 40 triệu đồng/nhãn hiệu."),
    ("p", "c) Đăng ký bảo hộ sáng chế: tối đa 30 triệu đồng/đơn; giải pháp hữu ích: tối đa 20 triệu đồng/đơn; kiểu dáng công nghiệp: tối đa 8 triệu đồng/đơn."),
    ("p", "d) Tạo lập, quản lý nhãn hiệu tập thể, nhãn hiệu chứng nhận cho sản phẩm đặc thù của địa phương: tối đa 250 triệu đồng/nhãn hiệu, gồm điều tra, khảo sát, xây dựng quy chế quản lý, thiết kế tem truy xuất nguồn gốc và tập huấn cho hội viên."),
    ("p", "đ) Áp dụng hệ thống tem truy xuất nguồn gốc cho sản phẩm có nhãn hiệu: hỗ trợ 50% chi phí, tối đa 15 triệu đồng/cơ sở."),
    ("p", "3. Mỗi tổ chức, cá nhân nhận hỗ trợ không quá 03 đối tượng sở hữu công nghiệp trong một năm. Không hỗ trợ đối với nội dung đã nhận hỗ trợ từ ngân sách trung ương hoặc nguồn ngân sách khác."),
    ("p", "4. Tổng kinh phí hỗ trợ năm 2026 bố trí trong dự toán của Sở Khoa học và Công nghệ là 1.850 triệu đồng; hồ sơ xét theo thứ tự nộp cho đến khi hết kinh phí."),
    ("h", "III. HỒ SƠ, THỜI GIAN VÀ TRÌNH TỰ XÉT HỖ TRỢ"),
    ("p", "1. Hồ sơ đề nghị hỗ trợ (01 bộ) gồm:"),
    ("p", "a) Đơn đề nghị hỗ trợ theo Mẫu số 01 kèm theo Hướng dẫn này;"),
    ("p", "b) Bản sao Giấy chứng nhận đăng ký doanh nghiệp, hợp tác xã hoặc thẻ căn cước của cá nhân;"),
    ("p", "c) Bản sao tờ khai đăng ký và thông báo chấp nhận đơn hợp lệ của Cục Sở hữu trí tuệ;"),
    ("p", "d) Bản sao hóa đơn, chứng từ nộp phí, lệ phí và hợp đồng dịch vụ đại diện (nếu có)."),
    ("p", "Đối với nội dung tại điểm d khoản 2 Mục II, hồ sơ bổ sung thuyết minh dự án và dự toán chi tiết theo Mẫu số 02."),
    ("p", "2. Thời gian nhận hồ sơ: đợt 1 từ ngày 02/3/2026 đến ngày 30/6/2026; đợt 2 từ ngày 03/8/2026 đến ngày 30/10/2026."),
    ("p", "3. Nơi nộp: nộp trực tiếp hoặc qua dịch vụ bưu chính tại Trung tâm Phục vụ hành chính công tỉnh, số 15 đường Hùng Vương, thành phố Tuy Nam, hoặc nộp trực tuyến trên Cổng dịch vụ công của tỉnh (mã thủ tục KHCN-SHTT-04)."),
    ("p", "4. Trình tự: trong thời hạn 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, Sở Khoa học và Công nghệ thẩm định và ban hành quyết định hỗ trợ; trường hợp không hỗ trợ phải trả lời bằng văn bản và nêu rõ lý do. Kinh phí chuyển vào tài khoản của đơn vị thụ hưởng trong 10 ngày làm việc kể từ ngày ban hành quyết định."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Quản lý chuyên ngành chủ trì tiếp nhận, thẩm định hồ sơ; lập danh sách hỗ trợ trình Giám đốc Sở; tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12/2026."),
    ("p", "2. Văn phòng Sở bảo đảm kinh phí, thực hiện chi trả và quyết toán theo quy định."),
    ("p", "3. Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh tư vấn miễn phí việc tra cứu, đánh giá khả năng bảo hộ nhãn hiệu; hỗ trợ chủ thể thiết kế mẫu nhãn, tem truy xuất nguồn gốc."),
    ("p", "4. Đề nghị UBND các huyện, thị xã, thành phố chỉ đạo phòng chuyên môn rà soát, giới thiệu tổ chức, cá nhân có nhu cầu; tổng hợp nhu cầu hỗ trợ năm 2026 gửi Sở Khoa học và Công nghệ trước ngày 15/3/2026."),
    ("p", "5. Đề nghị Hội Nông dân tỉnh, Liên minh Hợp tác xã tỉnh và Hiệp hội Doanh nghiệp tỉnh phổ biến Hướng dẫn này đến hội viên, thành viên."),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ bà Bùi Thị Lan Hương, Phó Trưởng phòng Quản lý chuyên ngành, điện thoại 0257.3822.190, di động 0915.406.283, thư điện tử huongbtl.skhcn@tuyannam.gov.vn để phối hợp giải quyết./."),
]
RM03_SIGN_LEFT = [
    "Nơi nhận:",
    "- UBND tỉnh (b/c);",
    "- UBND các huyện, thị xã, thành phố;",
    "- Hội Nông dân tỉnh; Liên minh HTX tỉnh;",
    "- Hiệp hội Doanh nghiệp tỉnh;",
    "- Trung tâm Phục vụ hành chính công tỉnh;",
    "- Giám đốc, các PGĐ Sở;",
    "- Lưu: VT, QLCN.",
]
RM03_SIGN_RIGHT = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Nguyễn Hữu Thiện"]

# ---------------------------------------------------------------------------
# rm04 - Kế hoạch Liên hiệp hội (md, markdown tables)
# ---------------------------------------------------------------------------
RM04 = """LIÊN HIỆP CÁC HỘI KHOA HỌC          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VÀ KỸ THUẬT TỈNH TUY AN NAM                 Độc lập - Tự do - Hạnh phúc

Số: 09/KH-LHH                        Tuy Nam, ngày 02 tháng 3 năm 2026

# KẾ HOẠCH

**Tổ chức Cuộc thi Ý tưởng khởi nghiệp đổi mới sáng tạo tỉnh Tuy An Nam lần thứ hai, năm 2026**

Căn cứ Kế hoạch số 156/KH-UBND ngày 14/10/2025 của UBND tỉnh về hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Tuy An Nam giai đoạn 2025 - 2027;

Căn cứ Chương trình công tác năm 2026 của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh (sau đây gọi là Liên hiệp hội), Liên hiệp hội xây dựng Kế hoạch tổ chức Cuộc thi như sau:

## I. MỤC ĐÍCH, YÊU CẦU

1. Phát hiện, tôn vinh ý tưởng, dự án khởi nghiệp có tính đổi mới sáng tạo, có khả năng thương mại hóa; kết nối các nhóm khởi nghiệp với nhà đầu tư, doanh nghiệp và chuyên gia.
2. Cuộc thi tổ chức công khai, minh bạch, tiết kiệm; thu hút tối thiểu 60 ý tưởng dự thi, trong đó có ít nhất 20 ý tưởng của học sinh, sinh viên.

## II. NỘI DUNG

**1. Đối tượng dự thi:** cá nhân hoặc nhóm (không quá 05 thành viên) từ đủ 15 tuổi trở lên đang sinh sống, học tập, làm việc tại tỉnh Tuy An Nam; doanh nghiệp khởi nghiệp thành lập không quá 03 năm tại thời điểm nộp hồ sơ. Thành viên Ban Giám khảo, Ban Tổ chức không tham gia dự thi.

**2. Lĩnh vực dự thi:** nông nghiệp công nghệ cao; chế biến nông sản, thủy sản; du lịch và dịch vụ; chuyển đổi số; giáo dục, y tế; môi trường và năng lượng tái tạo.

**3. Hồ sơ dự thi:** phiếu đăng ký (Mẫu 01); bản mô tả ý tưởng không quá 15 trang (Mẫu 02); video giới thiệu không quá 03 phút (khuyến khích). Hồ sơ nộp trực tuyến tại địa chỉ khoinghiep.lhhtuyannam.vn hoặc nộp trực tiếp tại Văn phòng Liên hiệp hội, số 08 đường Nguyễn Huệ, thành phố Tuy Nam. Cuộc thi không thu lệ phí.

**4. Tiêu chí chấm điểm:** tính mới, sáng tạo (25 điểm); khả năng thương mại hóa (25 điểm); tác động xã hội, môi trường (20 điểm); năng lực đội ngũ (15 điểm); kỹ năng trình bày (15 điểm). Tổng điểm tối đa là 100 điểm.

**5. Lịch tổ chức:**

| TT | Nội dung | Thời gian | Địa điểm |
|---|---|---|---|
| 1 | Lễ phát động Cuộc thi | 8 giờ 00 ngày 20/3/2026 | Hội trường Trường Cao đẳng Kỹ thuật Tuy An Nam |
| 2 | Nhận hồ sơ dự thi | Từ 20/3/2026 đến 17 giờ 00 ngày 15/5/2026 | Trực tuyến hoặc Văn phòng Liên hiệp hội |
| 3 | Vòng sơ khảo (chấm hồ sơ), chọn 15 ý tưởng | Từ 18/5/2026 đến 29/5/2026 | Văn phòng Liên hiệp hội |
| 4 | Huấn luyện khởi nghiệp (bootcamp) cho 15 ý tưởng | Từ 10/6/2026 đến 12/6/2026 | Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh |
| 5 | Vòng chung khảo và Lễ trao giải | 7 giờ 30 ngày 27/6/2026 | Nhà Văn hóa Thanh niên tỉnh |

**6. Cơ cấu giải thưởng:**

| Giải | Số lượng | Trị giá mỗi giải (triệu đồng) | Thành tiền (triệu đồng) |
|---|---|---|---|
| Giải Nhất | 01 | 30 | 30 |
| Giải Nhì | 02 | 15 | 30 |
| Giải Ba | 03 | 10 | 30 |
| Giải Khuyến khích | 05 | 3 | 15 |
| Cộng | 11 | | 105 |

Tổng giá trị giải thưởng là 105 triệu đồng, kèm Giấy chứng nhận của Liên hiệp hội. Ngoài tiền thưởng, 03 ý tưởng đạt giải Nhất, giải Nhì được ươm tạo miễn phí 06 tháng tại cơ sở ươm tạo của Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh.

## III. KINH PHÍ

Tổng kinh phí dự kiến 286 triệu đồng, gồm: ngân sách tỉnh hỗ trợ qua Sở Khoa học và Công nghệ 200 triệu đồng; nguồn xã hội hóa 86 triệu đồng (Quỹ Hỗ trợ khởi nghiệp Rạn San Hô 50 triệu đồng, Công ty Cổ phần Thủy sản Vịnh Ngọc 36 triệu đồng). Văn phòng Liên hiệp hội lập dự toán chi tiết, thực hiện thanh quyết toán theo quy định.

## IV. TỔ CHỨC THỰC HIỆN

1. **Ban Tổ chức Cuộc thi** (do đồng chí Hồ Quang Vinh, Phó Chủ tịch Liên hiệp hội làm Trưởng ban): ban hành Thể lệ trước ngày 15/3/2026; thành lập Ban Giám khảo gồm 07 thành viên; chỉ đạo, điều hành toàn bộ Cuộc thi.
2. **Văn phòng Liên hiệp hội:** là bộ phận thường trực Cuộc thi; tiếp nhận hồ sơ, tổng hợp, chuẩn bị hậu cần cho các vòng thi; quyết toán kinh phí trước ngày 31/7/2026.
3. **Các hội thành viên:** giới thiệu chuyên gia tham gia Ban Giám khảo và mạng lưới cố vấn khởi nghiệp; phổ biến Cuộc thi đến hội viên.
4. **Đề nghị Sở Khoa học và Công nghệ:** hỗ trợ kinh phí 200 triệu đồng; cử 01 lãnh đạo Sở tham gia Ban Tổ chức; xem xét đưa các ý tưởng đạt giải vào danh sách hỗ trợ của Đề án hỗ trợ hệ sinh thái khởi nghiệp của tỉnh.
5. **Đề nghị Tỉnh Đoàn Tuy An Nam:** phát động Cuộc thi trong đoàn viên, thanh niên; giới thiệu ít nhất 15 ý tưởng từ các câu lạc bộ khởi nghiệp thanh niên.
6. **Đề nghị Sở Giáo dục và Đào tạo:** thông báo Cuộc thi đến các trường trung học phổ thông; khuyến khích giáo viên hướng dẫn học sinh dự thi.
7. **Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh:** phối hợp tổ chức 03 ngày huấn luyện khởi nghiệp; bố trí chỗ làm việc cho các nhóm đạt giải tại cơ sở ươm tạo.
8. **Các trường cao đẳng, đại học trên địa bàn tỉnh:** thành lập nhóm hỗ trợ sinh viên hoàn thiện hồ sơ, giới thiệu sinh viên dự thi.

Mọi thông tin chi tiết xin liên hệ: ông La Văn Quý, Chánh Văn phòng Liên hiệp hội, điện thoại 0905.318.724, thư điện tử vanphong@lhhtuyannam.vn.

**Nơi nhận:**
- Sở KH&CN, Sở GD&ĐT (phối hợp);
- Tỉnh Đoàn Tuy An Nam (phối hợp);
- Các hội thành viên;
- Thường trực Liên hiệp hội;
- Lưu: VT, VP.

TM. ĐOÀN CHỦ TỊCH
CHỦ TỊCH

Tôn Nữ Mai Anh
"""

# ---------------------------------------------------------------------------
# rm05 - Báo cáo Trung tâm (docx, results table, bullets, numbering)
# ---------------------------------------------------------------------------
RM05_HEAD = [
    ("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TUY AN NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("TRUNG TÂM ỨNG DỤNG TIẾN BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 41/BC-TTƯD", "Tuy Nam, ngày 06 tháng 4 năm 2026"),
]
RM05_BODY1 = [
    ("title", "BÁO CÁO"),
    ("center", "Kết quả hoạt động quý I và nhiệm vụ trọng tâm quý II năm 2026"),
    ("center", "Kính gửi: Sở Khoa học và Công nghệ tỉnh Tuy An Nam."),
    ("p", "Thực hiện Kế hoạch hoạt động năm 2026 do Giám đốc Sở Khoa học và Công nghệ phê duyệt tại Quyết định số 12/QĐ-SKHCN ngày 08/01/2026, Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh (sau đây gọi là Trung tâm) báo cáo kết quả quý I và nhiệm vụ trọng tâm quý II năm 2026 như sau:"),
    ("h", "I. KẾT QUẢ THỰC HIỆN QUÝ I NĂM 2026"),
    ("h", "1. Kết quả các chỉ tiêu chủ yếu"),
    ("p", "Trong quý I, Trung tâm sản xuất 31.500 cây giống nuôi cấy mô, bằng 26,3% kế hoạch năm (120.000 cây); doanh thu dịch vụ khoa học và công nghệ là 517 triệu đồng, bằng 21,5% kế hoạch năm. Kết quả các chỉ tiêu chủ yếu như sau:"),
]
RM05_TABLE = [
    ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026", "Thực hiện quý I", "Tỷ lệ so với kế hoạch (%)"],
    ["1", "Sản xuất cây giống nuôi cấy mô", "cây", "120.000", "31.500", "26,3"],
    ["2", "Xây dựng mô hình trình diễn", "mô hình", "8", "2", "25,0"],
    ["3", "Mở lớp tập huấn chuyển giao kỹ thuật", "lớp", "24", "7", "29,2"],
    ["4", "Lượt nông dân tham gia tập huấn", "lượt người", "1.200", "386", "32,2"],
    ["5", "Tư vấn, tra cứu nhãn hiệu cho chủ thể OCOP", "lượt", "60", "19", "31,7"],
    ["6", "Phân tích, thử nghiệm mẫu", "mẫu", "900", "214", "23,8"],
    ["7", "Doanh thu dịch vụ khoa học và công nghệ", "triệu đồng", "2.400", "517", "21,5"],
]
RM05_BODY2 = [
    ("h", "2. Ứng dụng, chuyển giao tiến bộ kỹ thuật"),
    ("p", "Trong quý, Trung tâm xây dựng 02 mô hình trình diễn: mô hình trồng dưa lưới trong nhà màng 1.500 m2 tại xã Bàu Lác, huyện Sông Rinh và mô hình nuôi trùn quế xử lý phụ phẩm nông nghiệp tại xã Eo Gió, thị xã Cửa Vạn. Tổ chức 07 lớp tập huấn với 386 lượt nông dân tham gia, chủ yếu về kỹ thuật trồng bưởi, hồ tiêu và sử dụng chế phẩm sinh học."),
    ("h", "3. Thực hiện nhiệm vụ khoa học và công nghệ"),
    ("p", "Trung tâm là đơn vị chủ trì nhiệm vụ giao trực tiếp \"Bảo tồn và phát triển nguồn gen bưởi đường Rinh Thượng\" theo Quyết định số 1186/QĐ-UBND ngày 09/12/2025 của UBND tỉnh. Hợp đồng thực hiện ký ngày 27/3/2026 với tổng kinh phí 1.080 triệu đồng, thời gian 36 tháng. Trung tâm tiến hành điều tra, bình tuyển sơ bộ 42 cây bưởi có năng suất, chất lượng cao tại xã Rinh Thượng và xã Bàu Lác để chọn 15 cây đầu dòng."),
    ("h", "4. Hoạt động ươm tạo và sở hữu trí tuệ"),
    ("p", "Cơ sở ươm tạo công nghệ của Trung tâm hiện ươm tạo 06 nhóm khởi nghiệp. Trong quý, Trung tâm hỗ trợ Công ty TNHH Công nghệ sinh học Biển Xanh hoàn thiện hồ sơ; doanh nghiệp nhận Giấy chứng nhận doanh nghiệp khoa học và công nghệ do Sở Khoa học và Công nghệ cấp ngày 19/3/2026. Trung tâm thực hiện 19 lượt tư vấn, tra cứu nhãn hiệu cho các chủ thể OCOP theo Hướng dẫn số 27/HD-SKHCN của Sở."),
    ("h", "5. Khó khăn, hạn chế"),
    ("bul", "Phòng nuôi cấy mô đưa vào sử dụng từ năm 2011, hệ thống điều hòa và tủ cấy xuống cấp, tỷ lệ nhiễm mẫu quý I lên tới 14%."),
    ("bul", "Trung tâm hiện có 23 người làm việc, thiếu 02 kỹ sư công nghệ sinh học."),
    ("bul", "Doanh thu dịch vụ còn thấp do phòng thử nghiệm vi sinh chưa có chứng nhận phù hợp tiêu chuẩn ISO/IEC 17025."),
    ("h", "II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026"),
    ("num", "Sản xuất tối thiểu 40.000 cây giống nuôi cấy mô; hoàn thành 03 mô hình trình diễn trước ngày 30/6/2026."),
    ("num", "Chủ trì tổ chức 03 ngày huấn luyện khởi nghiệp từ ngày 10/6 đến ngày 12/6/2026 theo Kế hoạch số 09/KH-LHH của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh."),
    ("num", "Hoàn thành bình tuyển 15 cây bưởi đầu dòng, lập hồ sơ đề nghị công nhận gửi Sở Nông nghiệp và Môi trường trước ngày 25/6/2026."),
    ("num", "Lập phương án cải tạo phòng nuôi cấy mô và hồ sơ đề nghị chứng nhận phòng thử nghiệm phù hợp tiêu chuẩn ISO/IEC 17025."),
    ("h", "III. KIẾN NGHỊ, ĐỀ XUẤT"),
    ("p", "1. Đề nghị Sở Khoa học và Công nghệ trình UBND tỉnh bổ sung 780 triệu đồng cải tạo phòng nuôi cấy mô trong năm 2026."),
    ("p", "2. Đề nghị Sở Nội vụ thẩm định, bổ sung 02 số lượng người làm việc cho Trung tâm."),
    ("p", "3. Đề nghị UBND huyện Sông Rinh chỉ đạo UBND xã Rinh Thượng, UBND xã Bàu Lác phối hợp khoanh vùng, bảo vệ các cây bưởi đầu dòng sau bình tuyển."),
    ("p", "Thông tin liên hệ: ông Hà Minh Trí, Phó Giám đốc Trung tâm, điện thoại 0935.772.018."),
    ("bold", "Nơi nhận:"),
    ("p", "- Sở KH&CN (b/c);"),
    ("p", "- Ban Giám đốc Trung tâm;"),
    ("p", "- Lưu: VT, KHTH."),
    ("right", "GIÁM ĐỐC"),
    ("right", "Đinh Công Hậu"),
]


# ---------------------------------------------------------------------------
def _docx_header(doc, rows):
    t = doc.add_table(rows=len(rows), cols=2)
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = N(a)
        t.cell(i, 1).text = N(b)
        for c in (0, 1):
            for p in t.cell(i, c).paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _docx_paras(doc, items):
    for kind, text in items:
        text = N(text)
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "center":
            p = doc.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "right":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind in ("h", "bold"):
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
        elif kind == "num":
            doc.add_paragraph(text, style="List Number")
        elif kind == "bul":
            doc.add_paragraph(text, style="List Bullet")
        else:
            doc.add_paragraph(text)


def _docx_table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = N(val)
            if i == 0:
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True


def build_rm01():
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    _docx_header(doc, RM01_HEAD)
    _docx_paras(doc, RM01_BODY)
    doc.add_page_break()
    _docx_paras(doc, RM01_PL1_TITLE)
    _docx_table(doc, RM01_PL1)
    doc.add_paragraph("")
    _docx_paras(doc, RM01_PL2_TITLE)
    _docx_table(doc, RM01_PL2)
    doc.save(os.path.join(CORPUS, "rm01_qd_danhmuc.docx"))


def build_rm02():
    out = [N(RM02_HEADER)]
    for para in RM02_PARAS:
        para = N(para)
        if len(para) < 40 or para.isupper():
            out.append(" " * 25 + para if para == "THÔNG BÁO" else para)
        else:
            out.append(textwrap.fill(para, width=72, break_long_words=False,
                                     break_on_hyphens=False))
    out.append("")
    out.append(N(RM02_FOOTER))
    with open(os.path.join(CORPUS, "rm02_tb_ketluan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


class _PDF(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("DJ", "", 9)
        self.cell(0, 8, f"{self.page_no()}", align="C")


def build_rm03():
    pdf = _PDF(format="A4")
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DJ", "", FONT)
    pdf.add_font("DJ", "B", FONT_B)
    pdf.add_page()
    w = (pdf.w - 38) / 2
    for a, b in RM03_HEAD:
        pdf.set_font("DJ", "B" if not a.startswith("Số") else "", 10)
        pdf.cell(w, 6, N(a), align="C")
        pdf.set_font("DJ", "B" if not b.startswith("Tuy") else "", 10)
        pdf.cell(w, 6, N(b), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in RM03_BODY:
        text = N(text)
        if kind == "title":
            pdf.set_font("DJ", "B", 13)
            pdf.multi_cell(0, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "center":
            pdf.set_font("DJ", "B", 11)
            pdf.multi_cell(0, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h":
            pdf.set_font("DJ", "B", 11)
            pdf.ln(1)
            pdf.multi_cell(0, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DJ", "", 11)
            pdf.multi_cell(0, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.ln(4)
    y0 = pdf.get_y()
    pdf.set_font("DJ", "", 9)
    for line in RM03_SIGN_LEFT:
        pdf.set_font("DJ", "B" if line == "Nơi nhận:" else "", 9)
        pdf.cell(w, 5, N(line), new_x="LMARGIN", new_y="NEXT")
    y1 = pdf.get_y()
    pdf.set_y(y0)
    for line in RM03_SIGN_RIGHT:
        pdf.set_x(20 + w)
        pdf.set_font("DJ", "B", 10)
        pdf.cell(w, 6, N(line), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(y1, pdf.get_y()))
    pdf.output(os.path.join(CORPUS, "rm03_hd_shtt.pdf"))


def build_rm04():
    with open(os.path.join(CORPUS, "rm04_kh_khoinghiep.md"), "w", encoding="utf-8") as f:
        f.write(N(RM04))


def build_rm05():
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    _docx_header(doc, RM05_HEAD)
    _docx_paras(doc, RM05_BODY1)
    _docx_table(doc, RM05_TABLE)
    _docx_paras(doc, RM05_BODY2)
    doc.save(os.path.join(CORPUS, "rm05_bc_ketqua.docx"))


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_rm01()
    build_rm02()
    build_rm03()
    build_rm04()
    build_rm05()
    print("built:", sorted(os.listdir(CORPUS)))
