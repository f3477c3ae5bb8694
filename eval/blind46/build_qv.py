# -*- coding: utf-8 -*-
"""Build the 5 corpus files of eval set blind46 (tỉnh Phong Điền Hải).

All text is invented. Run: /work/main/.venv/bin/python build_qv.py
Writes corpus/qv01_khcds.docx, qv02_cv_gddt.txt, qv03_qd_xichtho.pdf,
qv04_bc_tuyengiao.md, qv05_tb_raonay.txt
"""
import copy
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# qv01: Kế hoạch của UBND tỉnh (docx, Word list numbering + task table)
# Each item: (style, text). Styles: C = centered bold, B = bold, P = normal,
# LN = List Number (restart when "LN!"), LB = List Bullet, TABLE = table rows.
# ---------------------------------------------------------------------------
QV01 = [
    ("P", "UBND TỈNH PHONG ĐIỀN HẢI"),
    ("P", "Số: 42/KH-UBND"),
    ("C", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("C", "Độc lập - Tự do - Hạnh phúc"),
    ("C", "________________________"),
    ("P", "Điền Cảng, ngày 12 tháng 01 năm 2026"),
    ("C", "KẾ HOẠCH"),
    ("C", "Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Phong Điền Hải năm 2026"),
    ("P", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("P", "Căn cứ Chương trình hành động số 15-CTr/TU ngày 10/3/2025 của Ban Chấp hành Đảng bộ tỉnh Phong Điền Hải;"),
    ("P", "Xét đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 09/TTr-SKHCN ngày 05/01/2026, UBND tỉnh ban hành Kế hoạch thực hiện năm 2026 như sau:"),
    ("B", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("LB", "Cụ thể hóa các nhiệm vụ của tỉnh về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong năm 2026; xác định rõ cơ quan chủ trì, cơ quan phối hợp, thời hạn hoàn thành và sản phẩm của từng nhiệm vụ."),
    ("LB", "Gắn việc thực hiện Kế hoạch với cải cách hành chính, xây dựng chính quyền số và phát triển kinh tế số; lấy người dân, doanh nghiệp làm chủ thể và đối tượng phục vụ."),
    ("B", "II. CHỈ TIÊU CHỦ YẾU NĂM 2026"),
    ("LN!", "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến toàn trình đạt từ 65% trở lên; 100% kết quả giải quyết thủ tục hành chính còn hiệu lực được số hóa."),
    ("LN", "Có tối thiểu 12 doanh nghiệp được cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ (lũy kế); hỗ trợ 30 doanh nghiệp nhỏ và vừa ứng dụng công nghệ số vào sản xuất, kinh doanh."),
    ("LN", "80% người dân từ 15 tuổi trở lên có tài khoản định danh điện tử mức 2; 70% người trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân."),
    ("LN", "100% trường phổ thông kết nối Internet cáp quang tốc độ từ 100 Mbps trở lên; 60% giáo viên phổ thông hoàn thành bồi dưỡng kỹ năng số cơ bản."),
    ("LN", "100% thôn, tổ dân phố duy trì Tổ công nghệ số cộng đồng hoạt động thường xuyên; mỗi xã, phường, thị trấn mở tối thiểu 01 lớp phổ cập kỹ năng số cho người dân."),
    ("LN", "Chi cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số chiếm 3% tổng chi ngân sách tỉnh."),
    ("B", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("B", "1. Hoàn thiện thể chế, cơ chế, chính sách"),
    ("P", "Rà soát, trình HĐND tỉnh ban hành Nghị quyết quy định chính sách hỗ trợ doanh nghiệp đổi mới công nghệ giai đoạn 2026-2030 tại kỳ họp giữa năm 2026; sửa đổi Quy chế quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh theo hướng khoán chi đến sản phẩm cuối cùng."),
    ("B", "2. Phát triển hạ tầng số và dữ liệu"),
    ("P", "Nâng cấp Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP); phủ sóng di động 4G đến 100% thôn, bản và thử nghiệm mạng 5G tại thành phố Điền Cảng; xây dựng kho dữ liệu dùng chung về dân cư, đất đai, giáo dục và y tế."),
    ("B", "3. Nâng cao năng lực nghiên cứu, ứng dụng và đổi mới sáng tạo"),
    ("P", "Tuyển chọn 15 nhiệm vụ khoa học và công nghệ cấp tỉnh mở mới, ưu tiên nông nghiệp công nghệ cao, chế biến hải sản, y tế và giáo dục. Tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh Phong Điền Hải lần thứ V vào tháng 10/2026 tại thành phố Điền Cảng; hỗ trợ tối đa 200 triệu đồng cho mỗi dự án khởi nghiệp đạt giải."),
    ("B", "4. Phát triển nguồn nhân lực và phổ cập kỹ năng số"),
    ("P", "Triển khai phong trào \"Bình dân học vụ số\" đến từng thôn, tổ dân phố; mở rộng giáo dục STEM, làm quen trí tuệ nhân tạo trong các trường phổ thông; bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã và giáo viên."),
    ("B", "5. Tuyên truyền, nâng cao nhận thức"),
    ("P", "Mở chuyên mục \"Phong Điền Hải số\" trên Báo và Phát thanh, Truyền hình tỉnh; phát thông tin định kỳ trên hệ thống loa truyền thanh cơ sở."),
    ("B", "IV. KINH PHÍ THỰC HIỆN"),
    ("P", "Tổng kinh phí dự kiến năm 2026 là 68,5 tỷ đồng, trong đó: ngân sách tỉnh 52 tỷ đồng; nguồn xã hội hóa và các nguồn hợp pháp khác 16,5 tỷ đồng. Các cơ quan, đơn vị lập dự toán chi tiết gửi Sở Tài chính trước ngày 31/3/2026."),
    ("B", "V. TỔ CHỨC THỰC HIỆN"),
    ("P", "Bảng phân công nhiệm vụ trọng tâm năm 2026:"),
    ("TABLE", [
        ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        ["1", "Trình HĐND tỉnh Nghị quyết chính sách hỗ trợ doanh nghiệp đổi mới công nghệ giai đoạn 2026-2030", "Sở Khoa học và Công nghệ", "Sở Tài chính, Sở Tư pháp", "Tháng 7/2026"],
        ["2", "Nâng cấp Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)", "Sở Khoa học và Công nghệ", "Viễn thông Phong Điền Hải, các sở, ngành", "Quý III/2026"],
        ["3", "Bồi dưỡng kỹ năng số cơ bản cho giáo viên phổ thông", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ, UBND cấp huyện", "Tháng 12/2026"],
        ["4", "Tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo lần thứ V", "Sở Khoa học và Công nghệ", "Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh", "Tháng 10/2026"],
        ["5", "Tuyên truyền về khoa học, công nghệ và chuyển đổi số trên báo chí, hệ thống thông tin cơ sở", "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Phong Điền Hải", "Thường xuyên"],
        ["6", "Duy trì Tổ công nghệ số cộng đồng; phổ cập kỹ năng số cho người dân", "UBND các huyện, thị xã, thành phố", "Tỉnh đoàn, Hội Nông dân tỉnh", "Báo cáo định kỳ hằng quý"],
        ["7", "Thẩm định, bố trí kinh phí thực hiện Kế hoạch", "Sở Tài chính", "Sở Khoa học và Công nghệ", "Trước ngày 30/4/2026"],
    ]),
    ("LN!", "Sở Khoa học và Công nghệ là cơ quan thường trực, có trách nhiệm theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; tổng hợp báo cáo UBND tỉnh kết quả 6 tháng trước ngày 15/6/2026 và cả năm trước ngày 15/12/2026."),
    ("LN", "Giao Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2026, hướng dẫn thanh quyết toán theo quy định."),
    ("LN", "Sở Giáo dục và Đào tạo: chủ trì triển khai giáo dục STEM; tổ chức Cuộc thi khoa học, kỹ thuật dành cho học sinh trung học cấp tỉnh năm học 2025-2026; hoàn thành bồi dưỡng kỹ năng số cho giáo viên trước ngày 31/12/2026."),
    ("LN", "Sở Văn hóa, Thể thao và Du lịch có trách nhiệm hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở mở chuyên trang, chuyên mục về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số."),
    ("LN", "Các sở, ban, ngành tỉnh căn cứ chức năng, nhiệm vụ xây dựng kế hoạch của đơn vị, gửi Sở Khoa học và Công nghệ trước ngày 28/02/2026."),
    ("LN", "UBND các huyện, thị xã, thành phố có trách nhiệm ban hành kế hoạch thực hiện tại địa phương trước ngày 28/02/2026; kiện toàn Tổ công nghệ số cộng đồng ở 100% thôn, tổ dân phố; báo cáo kết quả định kỳ hằng quý về Sở Khoa học và Công nghệ."),
    ("LN", "Đề nghị Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tham gia phong trào \"Bình dân học vụ số\"."),
    ("P", "Quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công nghệ (đầu mối: ông Đinh Khắc Tùng, Phó Giám đốc Sở, điện thoại 0238.3851.246, e-mail dktung.skhcn@phongdienhai.gov.vn) để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./."),
    ("B", "Nơi nhận:"),
    ("P", "- Bộ Khoa học và Công nghệ (b/c);"),
    ("P", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);"),
    ("P", "- Chủ tịch, các PCT UBND tỉnh;"),
    ("P", "- Các sở, ban, ngành tỉnh;"),
    ("P", "- UBND các huyện, thị xã, thành phố;"),
    ("P", "- Lưu: VT, KGVX."),
    ("C", "TM. UBND TỈNH"),
    ("C", "KT. CHỦ TỊCH"),
    ("C", "PHÓ CHỦ TỊCH"),
    ("C", "(Đã ký)"),
    ("C", "Mạc Quý Sâm"),
]

# ---------------------------------------------------------------------------
# qv02: Công văn của Sở GD&ĐT (txt, two-column header, hard-wrapped body)
# ---------------------------------------------------------------------------
QV02_HEAD = """UBND TỈNH PHONG ĐIỀN HẢI              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                     Độc lập - Tự do - Hạnh phúc
Số: 318/SGDĐT-GDTrH
V/v triển khai giáo dục STEM, chuyển      Điền Cảng, ngày 03 tháng 02 năm 2026
đổi số và Cuộc thi khoa học, kỹ thuật
cấp tỉnh năm học 2025-2026
"""

QV02_BODY = [
    "Kính gửi:",
    "- Trưởng phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;",
    "- Hiệu trưởng các trường trung học phổ thông, phổ thông dân tộc nội trú tỉnh.",
    "",
    "Căn cứ Kế hoạch số 42/KH-UBND ngày 12/01/2026 của UBND tỉnh Phong Điền Hải về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Phong Điền Hải năm 2026; thực hiện nhiệm vụ năm học 2025-2026, Sở Giáo dục và Đào tạo (GD&ĐT) đề nghị các đơn vị triển khai một số nội dung sau:",
    "",
    "1. Về giáo dục STEM",
    "Mỗi trường trung học phổ thông (THPT) tổ chức tối thiểu 04 bài học STEM cho mỗi khối lớp trong học kỳ II; mỗi trường trung học cơ sở (THCS) tối thiểu 02 bài học STEM cho mỗi khối lớp. Khuyến khích các trường thành lập câu lạc bộ STEM, câu lạc bộ lập trình và robot; lồng ghép nội dung làm quen trí tuệ nhân tạo trong môn Tin học. Kết quả học kỳ II báo cáo qua phần mềm quản lý trường học trước ngày 25/5/2026.",
    "",
    "2. Về chuyển đổi số trong nhà trường",
    "a) Hoàn thành cập nhật, làm sạch dữ liệu học sinh, giáo viên trên Cơ sở dữ liệu ngành trước ngày 15/3/2026; mỗi trường phân công 01 cán bộ quản trị dữ liệu và gửi danh sách về Văn phòng Sở.",
    "b) 100% trường THPT sử dụng học bạ số từ học kỳ II năm học 2025-2026; sổ điểm điện tử thay thế sổ điểm giấy kể từ ngày 01/3/2026.",
    "c) Thu học phí và các khoản thu hợp pháp khác bằng hình thức không dùng tiền mặt; tỷ lệ phấn đấu đạt 90% số giao dịch.",
    "d) Bảo đảm kết nối Internet cáp quang tốc độ từ 100 Mbps trở lên theo chỉ tiêu tại Kế hoạch số 42/KH-UBND; đơn vị nào chưa đạt báo cáo nguyên nhân, lộ trình khắc phục.",
    "",
    "3. Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2025-2026",
    "a) Đối tượng: học sinh từ lớp 8 đến lớp 12 đang học tại các trường trên địa bàn tỉnh. Mỗi dự án có không quá 02 học sinh và 01 giáo viên hướng dẫn.",
    "b) Số lượng: mỗi trường THPT, phổ thông dân tộc nội trú đăng ký tối đa 03 dự án; mỗi Phòng GD&ĐT tuyển chọn tối đa 04 dự án của học sinh THCS.",
    "c) Hồ sơ đăng ký dự thi nộp qua hệ thống https://khkt.phongdienhai.edu.vn trước 17 giờ 00 ngày 28/02/2026; quá thời hạn trên, hệ thống tự động khóa.",
    "d) Vòng chung khảo tổ chức trong 02 ngày 24 và 25/3/2026 tại Trường THPT chuyên Điền Cảng, số 88 đường Hàm Rồng, thành phố Điền Cảng. Sáng 24/3 trưng bày dự án; chiều 24/3 và sáng 25/3 ban giám khảo phỏng vấn; 14 giờ 00 ngày 25/3 bế mạc, trao giải.",
    "e) Cơ cấu giải thưởng gồm giải Nhất, giải Nhì, giải Ba và giải Khuyến khích theo từng lĩnh vực; tổng số giải không vượt quá 60% số dự án dự thi. Ban tổ chức chọn 06 dự án tiêu biểu nhất tham dự cuộc thi cấp quốc gia.",
    "g) Kinh phí: Sở hỗ trợ 1.500.000 đồng cho mỗi dự án vào vòng chung khảo; chi phí đi lại, ăn ở của học sinh và giáo viên hướng dẫn do đơn vị cử đi bảo đảm.",
    "",
    "4. Trách nhiệm của Phòng GD&ĐT các huyện, thị xã, thành phố",
    "Phòng GD&ĐT các huyện, thị xã, thành phố có trách nhiệm hướng dẫn các trường THCS trực thuộc tổ chức bài học STEM, tuyển chọn dự án cấp THCS và gửi danh sách về Sở trước ngày 28/02/2026; phối hợp với Phòng Văn hóa và Thông tin cùng cấp rà soát đường truyền Internet của các trường THCS, báo cáo Sở trước ngày 30/4/2026.",
    "",
    "5. Trách nhiệm của Hiệu trưởng các trường THPT, phổ thông dân tộc nội trú",
    "Hiệu trưởng chịu trách nhiệm phân công giáo viên hướng dẫn, kiểm tra tính trung thực của dự án, không để xảy ra sao chép, nhờ người khác làm thay; bố trí kinh phí từ nguồn chi thường xuyên của đơn vị cho hoạt động nghiên cứu khoa học của học sinh.",
    "",
    "6. Phân công các phòng thuộc Sở",
    "Giao Phòng Giáo dục Trung học chủ trì, phối hợp với Phòng Kế hoạch - Tài chính và Văn phòng Sở xây dựng phương án tổ chức vòng chung khảo, trình Giám đốc Sở trước ngày 10/3/2026. Phòng Khảo thí và Quản lý chất lượng giáo dục cử cán bộ giám sát công tác chấm thi.",
    "",
    "Mọi vướng mắc về chuyên môn liên hệ bà Vương Thị Hạnh, Phó Trưởng phòng Giáo dục Trung học, điện thoại 0912.447.305, e-mail vthanh.sgddt@phongdienhai.edu.vn; hỗ trợ kỹ thuật hệ thống đăng ký liên hệ ông Cù Đức Lân, điện thoại 0983.602.117.",
    "",
    "Sở GD&ĐT đề nghị các đơn vị nghiêm túc triển khai thực hiện./.",
]

QV02_TAIL = """
Nơi nhận:                                       KT. GIÁM ĐỐC
- Như trên;                                     PHÓ GIÁM ĐỐC
- UBND tỉnh (b/c);
- Giám đốc, các PGĐ Sở;
- Lưu: VT, GDTrH.                                 (Đã ký)

                                                Tạ Minh Khuê
"""

# ---------------------------------------------------------------------------
# qv03: Quyết định của UBND huyện + Quy chế kèm theo (pdf)
# Lines starting with "##" are centered bold, "#" bold.
# ---------------------------------------------------------------------------
QV03 = [
    "UBND HUYỆN XÍCH THỔ",
    "Số: 1876/QĐ-UBND",
    "## CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "## Độc lập - Tự do - Hạnh phúc",
    "Xích Thổ, ngày 20 tháng 02 năm 2026",
    "## QUYẾT ĐỊNH",
    "## Ban hành Quy chế hoạt động của Tổ công nghệ số cộng đồng trên địa bàn huyện Xích Thổ",
    "## CHỦ TỊCH UBND HUYỆN XÍCH THỔ",
    "Căn cứ Luật Tổ chức chính quyền địa phương;",
    "Căn cứ Kế hoạch số 42/KH-UBND ngày 12/01/2026 của UBND tỉnh Phong Điền Hải về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Phong Điền Hải năm 2026;",
    "Căn cứ Kế hoạch số 07/KH-UBND ngày 09/02/2026 của UBND huyện Xích Thổ về chuyển đổi số huyện Xích Thổ năm 2026;",
    "Theo đề nghị của Trưởng phòng Văn hóa và Thông tin huyện tại Tờ trình số 15/TTr-VHTT ngày 16/02/2026.",
    "## QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Tổ công nghệ số cộng đồng trên địa bàn huyện Xích Thổ.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 905/QĐ-UBND ngày 14/6/2023 của UBND huyện Xích Thổ.",
    "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Văn hóa và Thông tin, Trưởng phòng Tài chính - Kế hoạch, Thủ trưởng các cơ quan, đơn vị có liên quan và Chủ tịch UBND các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./.",
    "Nơi nhận:",
    "- Như Điều 3;",
    "- Sở Khoa học và Công nghệ (b/c);",
    "- TT Huyện ủy, TT HĐND huyện;",
    "- Lưu: VT, VHTT.",
    "## TM. UBND HUYỆN",
    "## CHỦ TỊCH",
    "## (Đã ký)",
    "## Khổng Minh Đạt",
    "@@PAGEBREAK",
    "## QUY CHẾ",
    "## Hoạt động của Tổ công nghệ số cộng đồng trên địa bàn huyện Xích Thổ",
    "## (Ban hành kèm theo Quyết định số 1876/QĐ-UBND ngày 20/02/2026 của UBND huyện Xích Thổ)",
    "# Chương I. QUY ĐỊNH CHUNG",
    "Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng",
    "Quy chế này quy định về tổ chức, nhiệm vụ, chế độ hỗ trợ và chế độ báo cáo của Tổ công nghệ số cộng đồng tại 126 thôn, tổ dân phố thuộc 14 xã, thị trấn của huyện Xích Thổ; áp dụng đối với thành viên Tổ và các cơ quan, đơn vị có liên quan.",
    "Điều 2. Nguyên tắc hoạt động",
    "Tổ công nghệ số cộng đồng hoạt động theo nguyên tắc tự nguyện, gần dân, sát dân; đặt dưới sự quản lý trực tiếp của UBND xã, thị trấn và sự hướng dẫn nghiệp vụ của Phòng Văn hóa và Thông tin huyện.",
    "# Chương II. TỔ CHỨC VÀ NHIỆM VỤ",
    "Điều 3. Thành phần Tổ công nghệ số cộng đồng",
    "1. Mỗi thôn, tổ dân phố thành lập 01 Tổ, gồm từ 05 đến 09 thành viên.",
    "2. Tổ trưởng là Trưởng thôn hoặc Tổ trưởng tổ dân phố; Tổ phó là Bí thư Chi đoàn thôn, tổ dân phố.",
    "3. Thành viên gồm công an viên, đại diện Chi hội Phụ nữ, Chi hội Nông dân, giáo viên, nhân viên bưu điện văn hóa xã và người dân có hiểu biết về công nghệ số.",
    "4. Chủ tịch UBND xã, thị trấn ra quyết định thành lập, kiện toàn Tổ trước ngày 15/3/2026.",
    "Điều 4. Nhiệm vụ của Tổ",
    "1. Hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức 2 và sử dụng ứng dụng VNeID.",
    "2. Hướng dẫn nộp hồ sơ thủ tục hành chính trên Cổng Dịch vụ công quốc gia; thanh toán không dùng tiền mặt, mua bán trên sàn thương mại điện tử.",
    "3. Tuyên truyền kỹ năng nhận diện, phòng tránh lừa đảo trên không gian mạng; phổ biến phong trào \"Bình dân học vụ số\".",
    "4. Ghi nhận khó khăn, kiến nghị của người dân về dịch vụ số, phản ánh với UBND xã, thị trấn.",
    "Điều 5. Lịch hoạt động",
    "Tổ tổ chức hỗ trợ người dân tối thiểu 02 buổi mỗi tháng tại nhà văn hóa thôn, tổ dân phố, vào sáng thứ Bảy của tuần thứ nhất và tuần thứ ba; trường hợp cần thiết hỗ trợ tại nhà đối với người cao tuổi, người khuyết tật.",
    "# Chương III. CHẾ ĐỘ HỖ TRỢ, BÁO CÁO VÀ TRÁCH NHIỆM",
    "Điều 6. Chế độ hỗ trợ",
    "1. Thành viên Tổ công nghệ số cộng đồng được hỗ trợ 150.000 đồng/người/tháng; Tổ trưởng được hỗ trợ 200.000 đồng/tháng.",
    "2. Mỗi Tổ được cấp 01 bộ thiết bị trình chiếu và 01 gói cước dữ liệu di động trị giá 120.000 đồng/tháng.",
    "3. Kinh phí hỗ trợ bố trí từ ngân sách huyện năm 2026, tổng dự toán 298 triệu đồng, cấp qua UBND các xã, thị trấn.",
    "Điều 7. Chế độ báo cáo",
    "Tổ trưởng báo cáo kết quả hoạt động với UBND xã, thị trấn trước ngày 15 của tháng cuối quý. UBND các xã, thị trấn tổng hợp, báo cáo định kỳ hằng quý về Phòng Văn hóa và Thông tin huyện trước ngày 20 của tháng cuối quý; báo cáo năm gửi trước ngày 10/12/2026.",
    "Điều 8. Trách nhiệm của các cơ quan, đơn vị",
    "1. Phòng Văn hóa và Thông tin huyện là cơ quan thường trực, chủ trì hướng dẫn nghiệp vụ, tổ chức tập huấn cho Tổ trưởng các Tổ công nghệ số cộng đồng trong tháng 3/2026; tổng hợp, báo cáo UBND huyện và Sở Khoa học và Công nghệ.",
    "2. Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Văn hóa và Thông tin tham mưu phân bổ kinh phí hỗ trợ cho các xã, thị trấn trước ngày 31/3/2026.",
    "3. Công an huyện phối hợp hướng dẫn cấp tài khoản định danh điện tử mức 2 và cung cấp tài liệu phòng, chống lừa đảo trên không gian mạng.",
    "4. Huyện đoàn Xích Thổ có trách nhiệm phát động đoàn viên, thanh niên tham gia Tổ công nghệ số cộng đồng; mỗi cơ sở đoàn đăng ký tối thiểu 01 công trình thanh niên về chuyển đổi số.",
    "5. UBND các xã, thị trấn quản lý trực tiếp hoạt động của Tổ; bố trí địa điểm, thiết bị và chi trả chế độ hỗ trợ đúng quy định.",
    "Điều 9. Khen thưởng",
    "Hằng năm, UBND huyện xét khen thưởng tối đa 10 Tổ công nghệ số cộng đồng tiêu biểu; mức thưởng 2.000.000 đồng/Tổ kèm Giấy khen của Chủ tịch UBND huyện.",
    "Điều 10. Tổ chức thực hiện",
    "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Văn hóa và Thông tin huyện (ông La Văn Tiệp, Phó Trưởng phòng, điện thoại 0975.218.640) để tổng hợp, trình UBND huyện xem xét, sửa đổi, bổ sung cho phù hợp./.",
]

# ---------------------------------------------------------------------------
# qv04: Báo cáo của Ban Tuyên giáo và Dân vận Huyện ủy (md with table)
# ---------------------------------------------------------------------------
QV04 = """HUYỆN ỦY MÊ LĂNG
BAN TUYÊN GIÁO VÀ DÂN VẬN
Số 27-BC/BTGDVHU

**ĐẢNG CỘNG SẢN VIỆT NAM**

*Mê Lăng, ngày 08 tháng 4 năm 2026*

# BÁO CÁO
## Kết quả công tác khoa giáo quý I và nhiệm vụ trọng tâm quý II năm 2026

Thực hiện Chương trình công tác năm 2026 của Ban Thường vụ Huyện ủy Mê Lăng và Kế hoạch số 42/KH-UBND ngày 12/01/2026 của UBND tỉnh Phong Điền Hải, Ban Tuyên giáo và Dân vận Huyện ủy báo cáo kết quả công tác khoa giáo quý I và nhiệm vụ trọng tâm quý II năm 2026 như sau:

## I. KẾT QUẢ THỰC HIỆN QUÝ I NĂM 2026

### 1. Công tác tham mưu, hướng dẫn

Ban tham mưu để Ban Thường vụ Huyện ủy ra Kế hoạch số 31-KH/HU ngày 20/01/2026 về học tập, quán triệt các chủ trương của Trung ương và của tỉnh về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; phối hợp với Trường Chính trị tỉnh mở 03 lớp học tập chuyên đề cho cán bộ chủ chốt cấp huyện và cơ sở.

### 2. Công tác tuyên truyền

Các cơ quan, đơn vị, địa phương tổ chức tuyên truyền bằng nhiều hình thức: hội nghị báo cáo viên, trang thông tin điện tử, nhóm Zalo của các chi bộ, hệ thống loa truyền thanh ở 11 xã, thị trấn. Riêng xã Truông Mít và xã Bàu Thỉ triển khai mô hình "Chi bộ số", 100% đảng viên nhận tài liệu sinh hoạt qua phần mềm Sổ tay đảng viên điện tử.

### 3. Kết quả một số chỉ tiêu chủ yếu

| TT | Chỉ tiêu | Kế hoạch năm 2026 | Kết quả quý I/2026 | Tỷ lệ so với kế hoạch (%) |
|----|----------|-------------------|--------------------|---------------------------|
| 1 | Số cán bộ, đảng viên học tập chuyên đề khoa học, công nghệ và chuyển đổi số (lượt người) | 4.200 | 1.865 | 44,4 |
| 2 | Số buổi tuyên truyền trên hệ thống loa truyền thanh cơ sở | 1.320 | 410 | 31,1 |
| 3 | Số người dân có tài khoản định danh điện tử mức 2 (người) | 52.000 | 38.760 | 74,5 |
| 4 | Số lớp "Bình dân học vụ số" tổ chức tại thôn, tổ dân phố | 96 | 27 | 28,1 |
| 5 | Số sáng kiến, giải pháp được công nhận cấp huyện | 40 | 9 | 22,5 |
| 6 | Số chi bộ sử dụng phần mềm Sổ tay đảng viên điện tử | 182 | 171 | 94,0 |

### 4. Hạn chế, nguyên nhân

Một số chi bộ ở vùng đồi chưa chủ động cập nhật tài liệu lên phần mềm; tỷ lệ lớp "Bình dân học vụ số" mới đạt 28,1% kế hoạch do thiếu thiết bị trình chiếu và người hướng dẫn. Đội ngũ báo cáo viên cơ sở còn hạn chế về kiến thức chuyển đổi số; kinh phí tuyên truyền ở cấp xã chưa bảo đảm.

## II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026

1. Ban Tuyên giáo và Dân vận Huyện ủy chủ trì tổ chức Hội nghị báo cáo viên mở rộng chuyên đề "Trí tuệ nhân tạo và an toàn thông tin cho cán bộ cơ sở" vào ngày 16/5/2026 tại Hội trường Huyện ủy; tổng hợp dư luận xã hội về chuyển đổi số, báo cáo Ban Thường vụ Huyện ủy trước ngày 25/6/2026.
2. Đề nghị Phòng Văn hóa và Thông tin huyện phối hợp với Ban Tuyên giáo và Dân vận Huyện ủy xây dựng 12 video ngắn hướng dẫn kỹ năng số, phát trên trang thông tin điện tử huyện và hệ thống loa truyền thanh cơ sở, hoàn thành trước ngày 30/6/2026.
3. Các đảng ủy xã, thị trấn có trách nhiệm mở tối thiểu 06 lớp "Bình dân học vụ số" mỗi xã trong quý II; chọn 01 thôn làm điểm về chuyển đổi số ở mỗi xã và báo cáo kết quả về Ban Tuyên giáo và Dân vận Huyện ủy trước ngày 20/6/2026.
4. Huyện đoàn Mê Lăng phối hợp với Hội Liên hiệp Phụ nữ huyện thành lập 20 đội thanh niên tình nguyện hỗ trợ người cao tuổi sử dụng dịch vụ công trực tuyến, triển khai trong tháng 5 và tháng 6/2026.
5. Các phòng, ban, ngành, Mặt trận và đoàn thể huyện căn cứ chức năng, nhiệm vụ tiếp tục tuyên truyền về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; gửi báo cáo quý II về Ban Tuyên giáo và Dân vận Huyện ủy trước ngày 20/6/2026.
6. Đề nghị Phòng Giáo dục và Đào tạo huyện hướng dẫn các trường THCS lựa chọn dự án tham gia Cuộc thi khoa học, kỹ thuật cấp tỉnh theo Công văn số 318/SGDĐT-GDTrH và tổ chức Ngày hội STEM cấp huyện vào ngày 09/5/2026 tại Trường THCS thị trấn Mê Lăng.

Đầu mối tổng hợp: đồng chí Ông Văn Bổng, Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy, điện thoại 0916.335.872, e-mail ovbong.hu@melang.gov.vn.

Nơi nhận:
- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);
- Thường trực Huyện ủy (b/c);
- Các đảng ủy trực thuộc Huyện ủy;
- Lưu Ban Tuyên giáo và Dân vận Huyện ủy.

T/M BAN TUYÊN GIÁO VÀ DÂN VẬN
TRƯỞNG BAN
(Đã ký)
Khúc Thị Duyên
"""

# ---------------------------------------------------------------------------
# qv05: Thông báo kết luận của UBND xã (txt, markdown schedule table)
# ---------------------------------------------------------------------------
QV05 = """UBND HUYỆN XÍCH THỔ
UBND XÃ RÀO NẬY
Số: 64/TB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Rào Nậy, ngày 06 tháng 3 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch UBND xã tại cuộc họp triển khai Tổ công nghệ số cộng đồng và phong trào "Bình dân học vụ số" năm 2026

Ngày 04/3/2026, tại Hội trường UBND xã Rào Nậy, đồng chí Tôn Thất Khải, Chủ tịch UBND xã chủ trì cuộc họp triển khai Quyết định số 1876/QĐ-UBND ngày 20/02/2026 của UBND huyện Xích Thổ ban hành Quy chế hoạt động của Tổ công nghệ số cộng đồng và phong trào "Bình dân học vụ số" năm 2026. Tham dự cuộc họp có đại diện Thường trực Đảng ủy xã, các công chức chuyên môn, người đứng đầu các đoàn thể xã, Trưởng thôn của 09 thôn và Trưởng Công an xã.

Sau khi nghe công chức Văn hóa - Xã hội báo cáo tình hình và ý kiến của các đại biểu, Chủ tịch UBND xã kết luận như sau:

I. ĐÁNH GIÁ CHUNG

Năm 2025, xã Rào Nậy có 4.318 người dân có tài khoản định danh điện tử mức 2, bằng 71% dân số từ 15 tuổi trở lên; tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt 58%. Tuy nhiên, hoạt động của các Tổ công nghệ số cộng đồng còn hình thức ở thôn Khe Giữa và thôn Đồng Vố; người cao tuổi còn lúng túng khi sử dụng điện thoại thông minh; sóng di động tại thôn Khe Giữa còn yếu.

II. NHIỆM VỤ THỜI GIAN TỚI

Mục tiêu năm 2026: 85% người dân từ 15 tuổi trở lên có tài khoản định danh điện tử mức 2; tối thiểu 70% hồ sơ thủ tục hành chính nộp trực tuyến; 09/09 thôn có Tổ công nghệ số cộng đồng hoạt động đúng Quy chế.

1. Công chức Văn hóa - Xã hội (bà Mai Thị Thu Sương) chủ trì tham mưu quyết định kiện toàn 09 Tổ công nghệ số cộng đồng, trình Chủ tịch UBND xã trước ngày 12/3/2026; tổng hợp báo cáo quý gửi Phòng Văn hóa và Thông tin huyện trước ngày 20 của tháng cuối quý.

2. Công an xã có trách nhiệm bố trí cán bộ trực thu nhận hồ sơ định danh điện tử vào sáng thứ Bảy hằng tuần tại trụ sở; phối hợp với các Tổ tuyên truyền phòng, chống lừa đảo trên không gian mạng.

3. Giao công chức Tài chính - Kế toán chủ trì, phối hợp với công chức Văn phòng - Thống kê lập dự toán chi hỗ trợ thành viên Tổ theo mức 150.000 đồng/người/tháng, hoàn thành trước ngày 20/3/2026.

4. Đề nghị Đoàn TNCS Hồ Chí Minh xã thành lập đội hình "Thanh niên số" gồm 15 đoàn viên, hỗ trợ người dân tại các buổi sinh hoạt của Tổ; Hội Liên hiệp Phụ nữ xã và Hội Nông dân xã vận động hội viên tham gia lớp "Bình dân học vụ số".

5. Trường THCS Rào Nậy phối hợp cho mượn phòng máy tính (30 máy) để mở lớp phổ cập kỹ năng số vào các buổi chiều Chủ nhật; giáo viên Tin học tham gia hướng dẫn.

6. Các thôn trưởng chịu trách nhiệm bố trí nhà văn hóa thôn, thông báo lịch hoạt động trên loa truyền thanh và danh sách người tham gia trước mỗi buổi học 03 ngày.

III. LỊCH MỞ LỚP "BÌNH DÂN HỌC VỤ SỐ" THÁNG 3 VÀ THÁNG 4/2026

| Thời gian | Địa điểm | Nội dung | Đơn vị thực hiện |
|---|---|---|---|
| 7 giờ 30, thứ Bảy 14/3/2026 | Nhà văn hóa thôn Đồng Vố | Cài đặt, kích hoạt VNeID mức 2 | Tổ công nghệ số thôn Đồng Vố, Công an xã |
| 14 giờ 00, Chủ nhật 22/3/2026 | Phòng máy Trường THCS Rào Nậy | Nộp hồ sơ trên Cổng Dịch vụ công quốc gia | Công chức Văn hóa - Xã hội, Đoàn TNCS xã |
| 7 giờ 30, thứ Bảy 28/3/2026 | Nhà văn hóa thôn Khe Giữa | Thanh toán không dùng tiền mặt | Tổ công nghệ số thôn Khe Giữa, Hội Phụ nữ xã |
| 14 giờ 00, Chủ nhật 12/4/2026 | Phòng máy Trường THCS Rào Nậy | Nhận diện lừa đảo qua mạng | Công an xã, Đoàn TNCS xã |
| 7 giờ 30, thứ Bảy 25/4/2026 | Nhà văn hóa thôn Bến Sỏi | Bán nông sản trên sàn thương mại điện tử | Tổ công nghệ số thôn Bến Sỏi, Hội Nông dân xã |

Mỗi lớp tối đa 40 học viên; người dân mang theo điện thoại thông minh và căn cước. UBND xã hỗ trợ nước uống và tài liệu, mức chi 1.200.000 đồng/lớp.

Các bộ phận, đơn vị liên quan triển khai thực hiện; trong quá trình thực hiện có vướng mắc liên hệ bà Mai Thị Thu Sương, công chức Văn hóa - Xã hội, điện thoại 0962.730.415./.

Nơi nhận:
- Phòng Văn hóa và Thông tin huyện (b/c);
- TT Đảng ủy, HĐND xã (b/c);
- Chủ tịch, các PCT UBND xã;
- Các thành phần dự họp;
- Lưu: VT.

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
(Đã ký)
Lò Thị Ngát
"""


# ---------------------------------------------------------------------------
def build_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    numbering = doc.part.numbering_part.numbering_definitions._numbering
    ln_style = doc.styles["List Number"]
    base_numid = ln_style.element.pPr.numPr.numId.val
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(base_numid):
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    next_id = [max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1]
    current = [None]

    def new_num():
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(next_id[0]))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), abstract_id)
        num.append(a)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        current[0] = next_id[0]
        next_id[0] += 1

    for style, text in QV01:
        if style == "TABLE":
            rows = text
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = N(c)
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            continue
        text = N(text)
        if style in ("LN", "LN!"):
            if style == "LN!" or current[0] is None:
                new_num()
            p = doc.add_paragraph(text, style="List Number")
            pPr = p._p.get_or_add_pPr()
            numPr = OxmlElement("w:numPr")
            il = OxmlElement("w:ilvl")
            il.set(qn("w:val"), "0")
            ni = OxmlElement("w:numId")
            ni.set(qn("w:val"), str(current[0]))
            numPr.append(il)
            numPr.append(ni)
            pPr.insert(0, numPr) if pPr.find(qn("w:pStyle")) is None else pPr.find(qn("w:pStyle")).addnext(numPr)
        elif style == "LB":
            doc.add_paragraph(text, style="List Bullet")
        else:
            p = doc.add_paragraph()
            r = p.add_run(text)
            if style in ("C", "B"):
                r.bold = True
            if style == "C":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(path)


def build_txt_wrapped(path):
    out = [N(QV02_HEAD).rstrip("\n"), ""]
    for para in QV02_BODY:
        para = N(para)
        if not para:
            out.append("")
            continue
        out.extend(textwrap.wrap(para, width=72, break_long_words=False, break_on_hyphens=False))
    out.append(N(QV02_TAIL).rstrip("\n"))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def build_pdf(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    for line in QV03:
        line = N(line)
        if line == "@@PAGEBREAK":
            pdf.add_page()
            continue
        if line.startswith("## "):
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, line[3:], align="C", new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("# "):
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, line[2:], new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("Điều ") and len(line) < 90:
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(0, 6, line, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.output(path)


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(N(text))


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, "qv01_khcds.docx"))
    build_txt_wrapped(os.path.join(CORPUS, "qv02_cv_gddt.txt"))
    build_pdf(os.path.join(CORPUS, "qv03_qd_xichtho.pdf"))
    write(os.path.join(CORPUS, "qv04_bc_tuyengiao.md"), QV04)
    write(os.path.join(CORPUS, "qv05_tb_raonay.txt"), QV05)
    print("built", sorted(os.listdir(CORPUS)))


if __name__ == "__main__":
    main()
