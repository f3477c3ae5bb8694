# -*- coding: utf-8 -*-
"""Build the 5 corpus files of eval set blind55 (tỉnh Nghĩa Hành Bắc).

All text is invented. Run with /work/main/.venv/bin/python build_rf.py
Writes corpus/rf01..rf05 (.docx, .txt, .pdf, .md, .txt).
"""
import os
import textwrap
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# rf01 — Kế hoạch của UBND tỉnh (.docx, Word list numbering + task table)
# Markup: ("H", text) bold heading; ("P", text) body; ("LN", text) List Number,
# ("LN1", text) List Number restarted at 1; ("LB", text) List Bullet.
# ---------------------------------------------------------------------------
RF01_HEADER_LEFT = ["UỶ BAN NHÂN DÂN", "TỈNH NGHĨA HÀNH BẮC", "", "Số: 118/KH-UBND"]
RF01_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                     "Gia Khánh, ngày 24 tháng 02 năm 2025"]
RF01_BODY = [
    ("T", "KẾ HOẠCH"),
    ("T2", "Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Nghĩa Hành Bắc năm 2025"),
    ("P", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("P", "Căn cứ Chương trình hành động số 36-CTr/TU ngày 20/01/2025 của Ban Chấp hành Đảng bộ tỉnh Nghĩa Hành Bắc thực hiện Nghị quyết của Bộ Chính trị;"),
    ("P", "Xét đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 27/TTr-SKHCN ngày 14/02/2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch (sau đây gọi tắt là Kế hoạch) như sau:"),
    ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("LN1", "Cụ thể hóa Chương trình hành động số 36-CTr/TU thành những việc làm có địa chỉ, có thời hạn hoàn thành, gắn với trách nhiệm người đứng đầu."),
    ("LN", "Tạo chuyển biến mạnh mẽ về nhận thức và hành động của cán bộ, đảng viên, doanh nghiệp và người dân."),
    ("LN", "Ưu tiên nguồn lực cho hạ tầng số, dữ liệu số và nhân lực chất lượng cao; tránh dàn trải, hình thức."),
    ("H", "II. CHỈ TIÊU CHỦ YẾU ĐẾN HẾT NĂM 2025"),
    ("LN1", "100% cơ quan hành chính nhà nước ba cấp gửi, nhận văn bản điện tử có ký số (trừ văn bản mật)."),
    ("LN", "Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận và giải quyết trực tuyến toàn trình đạt tối thiểu 45%; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 80%."),
    ("LN", "Tối thiểu 80% hộ gia đình sử dụng điện thoại thông minh; 85% người dân từ 15 tuổi trở lên có tài khoản thanh toán điện tử."),
    ("LN", "Mỗi xã, phường, thị trấn duy trì Tổ công nghệ số cộng đồng hoạt động thường xuyên; tổng số thành viên toàn tỉnh không dưới 9.500 người."),
    ("LN", "Hỗ trợ ít nhất 15 dự án khởi nghiệp đổi mới sáng tạo; 120 sản phẩm OCOP có mã truy xuất nguồn gốc điện tử."),
    ("LN", "70% trường phổ thông triển khai giáo dục STEM; 100% giáo viên cốt cán các cấp học tham gia bồi dưỡng kỹ năng số và ứng dụng trí tuệ nhân tạo trong dạy học."),
    ("LN", "Bố trí tối thiểu 2,5% tổng chi ngân sách địa phương cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số."),
    ("H", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("LN1", "Nâng cao nhận thức, đổi mới tư duy. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo Nghĩa Hành Bắc, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục “Nghĩa Hành Bắc số”, đăng tải, phát sóng định kỳ 02 kỳ/tháng."),
    ("LN", "Hoàn thiện cơ chế, chính sách. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tư pháp, Sở Tài chính tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh ban hành Nghị quyết quy định chính sách hỗ trợ hoạt động đổi mới sáng tạo và khởi nghiệp trên địa bàn tỉnh, hoàn thành trong tháng 6/2025."),
    ("LN", "Phát triển hạ tầng số, dữ liệu số. Trung tâm Chuyển đổi số tỉnh (thuộc Sở Khoa học và Công nghệ) nâng cấp Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh; xây dựng Kho dữ liệu dùng chung với ít nhất 12 cơ sở dữ liệu chuyên ngành. Đề nghị các doanh nghiệp viễn thông trên địa bàn phủ sóng di động 4G đến 100% thôn, bản, tổ dân phố và triển khai mạng 5G tại trung tâm thành phố Gia Khánh và các khu công nghiệp trước ngày 31/12/2025."),
    ("LN", "Phát triển nguồn nhân lực. Sở Giáo dục và Đào tạo chủ trì triển khai giáo dục STEM trong các trường phổ thông; tổ chức Ngày hội STEM cấp tỉnh. Sở Nội vụ chủ trì bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức; mỗi người hoàn thành ít nhất 01 khóa học trực tuyến mở trên nền tảng “Bình dân học vụ số”. Trường Cao đẳng Kỹ thuật Nghĩa Hành Bắc mở mới 02 ngành đào tạo về công nghệ thông tin và điện tử - bán dẫn từ năm học 2025-2026."),
    ("LN", "Thúc đẩy đổi mới sáng tạo trong doanh nghiệp. Sở Công Thương chủ trì hỗ trợ doanh nghiệp, hợp tác xã tham gia sàn thương mại điện tử; Quỹ Phát triển khoa học và công nghệ tỉnh dành tối thiểu 30% nguồn vốn cho vay ưu đãi dự án đổi mới công nghệ của doanh nghiệp nhỏ và vừa."),
    ("LN", "Bảo đảm an ninh mạng, an toàn thông tin. Công an tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ kiểm tra an toàn thông tin các hệ thống dùng chung của tỉnh ít nhất 01 lần/năm; tổ chức diễn tập ứng cứu sự cố an toàn thông tin mạng trong quý III/2025."),
    ("H", "IV. KINH PHÍ THỰC HIỆN"),
    ("P", "Tổng kinh phí dự kiến thực hiện Kế hoạch năm 2025 là 186,4 tỷ đồng, trong đó:"),
    ("LB", "Ngân sách tỉnh: 142 tỷ đồng;"),
    ("LB", "Ngân sách cấp huyện: 31,4 tỷ đồng;"),
    ("LB", "Nguồn xã hội hóa và các nguồn hợp pháp khác: 13 tỷ đồng."),
    ("P", "Các cơ quan, đơn vị lập dự toán chi tiết gửi Sở Tài chính thẩm định."),
    ("H", "V. TỔ CHỨC THỰC HIỆN"),
    ("LN1", "Sở Khoa học và Công nghệ là cơ quan thường trực, có trách nhiệm hướng dẫn, theo dõi, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh định kỳ hằng quý (trước ngày 20 của tháng cuối quý) và báo cáo năm trước ngày 10/12/2025."),
    ("LN", "Sở Tài chính có trách nhiệm cân đối, tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2025 và các năm tiếp theo."),
    ("LN", "Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch thực hiện của cơ quan, địa phương mình, gửi Sở Khoa học và Công nghệ trước ngày 31/3/2025."),
    ("LN", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên truyền, vận động hội viên, đoàn viên và nhân dân tham gia phong trào “Bình dân học vụ số”."),
    ("LN", "Đề nghị Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tổ chức tư vấn, phản biện và giám định xã hội các đề án về khoa học, công nghệ và chuyển đổi số của tỉnh."),
    ("P", "Đầu mối liên hệ: ông Đỗ Quang Vinh, Trưởng phòng Quản lý khoa học, Sở Khoa học và Công nghệ; điện thoại 0237.3852.416; thư điện tử dqvinh.skhcn@nghiahanhbac.gov.vn."),
    ("P", "Quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./."),
]
RF01_SIGN_LEFT = ["Nơi nhận:", "- Bộ Khoa học và Công nghệ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
                  "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;",
                  "- UBND các huyện, thành phố;", "- Lưu: VT, KGVX."]
RF01_SIGN_RIGHT = ["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Trương Quang Hiển"]
RF01_TABLE_TITLE = "PHỤ LỤC: DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2025"
RF01_TABLE_SUB = "(Kèm theo Kế hoạch số 118/KH-UBND ngày 24/02/2025 của UBND tỉnh Nghĩa Hành Bắc)"
RF01_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Trình HĐND tỉnh Nghị quyết chính sách hỗ trợ đổi mới sáng tạo", "Sở Khoa học và Công nghệ", "Sở Tư pháp, Sở Tài chính", "Tháng 6/2025"],
    ["2", "Xây dựng Kho dữ liệu dùng chung của tỉnh", "Trung tâm Chuyển đổi số tỉnh", "Các sở, ngành liên quan", "Quý IV/2025"],
    ["3", "Tổ chức Ngày hội STEM cấp tỉnh năm 2025", "Sở Giáo dục và Đào tạo", "Tỉnh đoàn, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Tháng 5/2025"],
    ["4", "Bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức", "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Quý III/2025"],
    ["5", "Hỗ trợ 500 doanh nghiệp, hợp tác xã lên sàn thương mại điện tử", "Sở Công Thương", "UBND các huyện, thành phố", "Trước ngày 30/11/2025"],
    ["6", "Diễn tập ứng cứu sự cố an toàn thông tin mạng cấp tỉnh", "Công an tỉnh", "Sở Khoa học và Công nghệ", "Quý III/2025"],
    ["7", "Chuyên mục “Nghĩa Hành Bắc số”", "Sở Văn hóa, Thể thao và Du lịch", "Báo Nghĩa Hành Bắc, Đài Phát thanh và Truyền hình tỉnh", "Định kỳ 02 kỳ/tháng"],
    ["8", "Sơ kết 01 năm thực hiện Kế hoạch", "Sở Khoa học và Công nghệ", "Các sở, ngành; UBND các huyện, thành phố", "Trước ngày 10/12/2025"],
]


# ---------------------------------------------------------------------------
# rf02 — Công văn của Sở GD&ĐT (.txt hard-wrapped, two-column header)
# ---------------------------------------------------------------------------
RF02_HEADER = """\
UBND TỈNH NGHĨA HÀNH BẮC              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                    Độc lập - Tự do - Hạnh phúc
   -------------                        ------------------------------
Số: 362/SGDĐT-GDPT                  Gia Khánh, ngày 11 tháng 3 năm 2025
V/v triển khai giáo dục STEM và
ứng dụng trí tuệ nhân tạo trong
dạy học học kỳ II năm học 2024-2025

                Kính gửi:
                  - Phòng Giáo dục và Đào tạo các huyện, thành phố;
                  - Hiệu trưởng các trường trung học phổ thông;
                  - Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục
                    thường xuyên các huyện.
"""
RF02_PARAS = [
    "Thực hiện Kế hoạch số 118/KH-UBND ngày 24/02/2025 của Ủy ban nhân dân tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Nghĩa Hành Bắc năm 2025; căn cứ kết quả khảo sát điều kiện dạy học STEM tháng 01/2025, Sở Giáo dục và Đào tạo (GDĐT) đề nghị các đơn vị triển khai một số nội dung sau:",
    "1. Rà soát điều kiện thực hiện",
    "Các đơn vị rà soát đội ngũ giáo viên có khả năng tổ chức dạy học STEM, số phòng học bộ môn Tin học, phòng học STEM/Robotics và thiết bị dạy học hiện có; lập báo cáo theo Biểu mẫu 01 (gửi kèm) về Sở GDĐT qua Phòng Giáo dục phổ thông trước ngày 28/3/2025. Số liệu khảo sát tháng 01/2025 cho thấy toàn tỉnh mới có 19/46 trường THPT có phòng học STEM; đây là căn cứ để Sở đề xuất bổ sung thiết bị trong năm 2025.",
    "2. Xây dựng và thực hiện bài học STEM",
    "a) Mỗi trường THPT xây dựng và tổ chức dạy học tối thiểu 04 bài học STEM cho mỗi khối lớp trong học kỳ II; ưu tiên chủ đề gắn với thực tiễn địa phương như nông nghiệp thông minh, xử lý nước sạch, năng lượng mặt trời.",
    "b) Phòng Giáo dục và Đào tạo các huyện, thành phố chỉ đạo mỗi trường THCS thực hiện tối thiểu 02 bài học STEM cho mỗi khối lớp; các trường tiểu học lồng ghép hoạt động trải nghiệm STEM ít nhất 01 lần/tháng đối với học sinh lớp 4 và lớp 5.",
    "c) Kế hoạch bài dạy STEM của các trường được đăng tải lên kho học liệu số của ngành tại địa chỉ hoclieu.nghiahanhbac.edu.vn để giáo viên toàn tỉnh dùng chung.",
    "3. Thí điểm ứng dụng trí tuệ nhân tạo (AI) trong dạy học",
    "a) Sở GDĐT chọn 12 trường THPT thực hiện thí điểm từ tháng 4/2025 đến hết năm học (danh sách tại Phụ lục kèm theo Công văn này).",
    "b) Giáo viên được sử dụng công cụ AI để hỗ trợ soạn học liệu, ra câu hỏi ôn tập, phân tích kết quả học tập nhưng phải kiểm chứng nội dung trước khi sử dụng; không để học sinh sử dụng công cụ AI trong các bài kiểm tra, đánh giá định kỳ.",
    "c) Tuyệt đối không nhập thông tin cá nhân của học sinh (họ tên, ngày sinh, số định danh cá nhân, điểm số gắn với tên) vào các công cụ AI công cộng. Hiệu trưởng chịu trách nhiệm về bảo đảm an toàn dữ liệu học sinh tại đơn vị.",
    "4. Bồi dưỡng giáo viên",
    "Sở GDĐT tổ chức 03 lớp tập huấn “Ứng dụng trí tuệ nhân tạo trong dạy học” tại Trường THPT chuyên Nghĩa Hành Bắc, từ ngày 14/4/2025 đến ngày 19/4/2025 (mỗi lớp 02 ngày). Mỗi trường THPT cử 02 giáo viên cốt cán (01 giáo viên Tin học và 01 giáo viên môn khác); mỗi Phòng Giáo dục và Đào tạo cử 05 giáo viên cốt cán cấp THCS. Danh sách học viên gửi về Sở trước ngày 04/4/2025. Sở chi trả tài liệu, thù lao giảng viên; tiền ăn, nghỉ, đi lại của học viên do đơn vị cử người tham dự chi trả theo quy định hiện hành.",
    "5. Ngày hội STEM cấp tỉnh năm 2025",
    "Ngày hội tổ chức vào ngày 17/5/2025 tại Nhà Thiếu nhi tỉnh Nghĩa Hành Bắc. Mỗi Phòng Giáo dục và Đào tạo đăng ký tối đa 03 sản phẩm; mỗi trường THPT, mỗi Trung tâm GDNN-GDTX đăng ký tối đa 02 sản phẩm. Hồ sơ đăng ký (phiếu đăng ký, bản mô tả sản phẩm không quá 03 trang) gửi qua thư điện tử ngayhoistem@nghiahanhbac.edu.vn trước ngày 25/4/2025. Sản phẩm đạt giải Nhất, giải Nhì sẽ được Sở lựa chọn giới thiệu tham gia Cuộc thi khoa học kỹ thuật cấp quốc gia dành cho học sinh trung học.",
    "6. Đối với các Trung tâm GDNN-GDTX",
    "Các Trung tâm GDNN-GDTX triển khai các nội dung tại mục 1, mục 3 và mục 4 Công văn này phù hợp với chương trình giáo dục thường xuyên cấp THPT; khuyến khích phối hợp với doanh nghiệp trên địa bàn tổ chức hoạt động trải nghiệm STEM gắn với nghề.",
    "7. Chế độ thông tin, báo cáo",
    "Các đơn vị báo cáo kết quả thực hiện Công văn này (lồng ghép trong báo cáo sơ kết học kỳ II) về Sở GDĐT trước ngày 31/5/2025; báo cáo đột xuất khi có yêu cầu.",
    "Đầu mối liên hệ: bà Vũ Thị Thanh Hoa, Phó Trưởng phòng Giáo dục phổ thông, Sở GDĐT; điện thoại 0912.447.385; thư điện tử vtthoa.sgddt@nghiahanhbac.edu.vn.",
    "Sở GDĐT đề nghị Thủ trưởng các đơn vị quan tâm, triển khai thực hiện nghiêm túc./.",
]
RF02_SIGN = """\
                                            KT. GIÁM ĐỐC
                                            PHÓ GIÁM ĐỐC

                                               (Đã ký)

                                            Đinh Công Thạc

Nơi nhận:
- Như trên;
- UBND tỉnh (để b/c);
- Sở KH&CN (để phối hợp);
- Giám đốc, các PGĐ Sở;
- Các phòng thuộc Sở;
- Lưu: VT, GDPT.
"""
RF02_ANNEX = [
    "PHỤ LỤC",
    "DANH SÁCH 12 TRƯỜNG THPT THÍ ĐIỂM ỨNG DỤNG TRÍ TUỆ NHÂN TẠO TRONG DẠY HỌC (Kèm theo Công văn số 362/SGDĐT-GDPT ngày 11/3/2025 của Sở GDĐT)",
    "Thành phố Gia Khánh (4 trường): Trường THPT chuyên Nghĩa Hành Bắc; Trường THPT Gia Khánh; Trường THPT Nguyễn Du; Trường Phổ thông Dân tộc nội trú tỉnh.",
    "Huyện Chiêu Dương (3 trường): Trường THPT Chiêu Dương; Trường THPT Võ Thị Sáu; Trường THPT Chiêu Dương số 2.",
    "Huyện Diên Phúc (2 trường): Trường THPT Diên Phúc; Trường THPT Giao Tiến.",
    "Huyện Kha Lộ (2 trường): Trường THPT Kha Lộ; Trường THPT Lê Quý Đôn.",
    "Huyện Lạp Thượng (1 trường): Trường THPT Trần Phú.",
]


def wrap_par(p, width=74):
    return textwrap.fill(p, width=width, break_long_words=False, break_on_hyphens=False)


def build_rf02():
    out = [RF02_HEADER]
    for p in RF02_PARAS:
        out.append(wrap_par(p))
    out.append("")
    out.append(RF02_SIGN)
    out.append("")
    for p in RF02_ANNEX:
        out.append(wrap_par(p, 72))
    return N("\n".join(out).rstrip() + "\n")


# ---------------------------------------------------------------------------
# rf03 — Quyết định của UBND huyện + Quy chế kèm theo (.pdf)
# ---------------------------------------------------------------------------
RF03_HEAD_L = ["UỶ BAN NHÂN DÂN", "HUYỆN DIÊN PHÚC", "Số: 1275/QĐ-UBND"]
RF03_HEAD_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
               "Diên Phúc, ngày 18 tháng 3 năm 2025"]
# ("C", centered bold), ("B", bold left), ("P", normal), ("I", italic-ish centered normal)
RF03_QD = [
    ("C", "QUYẾT ĐỊNH"),
    ("CN", "Ban hành Quy chế tổ chức Hội thi “Ý tưởng sáng tạo thanh thiếu niên huyện Diên Phúc” lần thứ II, năm 2025"),
    ("C", "CHỦ TỊCH UỶ BAN NHÂN DÂN HUYỆN DIÊN PHÚC"),
    ("P", "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;"),
    ("P", "Căn cứ Kế hoạch số 118/KH-UBND ngày 24/02/2025 của Ủy ban nhân dân tỉnh Nghĩa Hành Bắc về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Nghĩa Hành Bắc năm 2025;"),
    ("P", "Căn cứ Kế hoạch số 22/KH-UBND ngày 05/3/2025 của Ủy ban nhân dân huyện về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số huyện Diên Phúc năm 2025;"),
    ("P", "Theo đề nghị của Trưởng phòng Văn hóa, Khoa học và Thông tin huyện tại Tờ trình số 09/TTr-VHKHTT ngày 12/3/2025."),
    ("C", "QUYẾT ĐỊNH:"),
    ("P", "Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức Hội thi “Ý tưởng sáng tạo thanh thiếu niên huyện Diên Phúc” lần thứ II, năm 2025."),
    ("P", "Điều 2. Giao Phòng Văn hóa, Khoa học và Thông tin huyện chủ trì, phối hợp với Phòng Giáo dục và Đào tạo, Huyện đoàn Diên Phúc và các cơ quan liên quan tổ chức Hội thi theo Quy chế ban hành kèm theo Quyết định này. Phòng Tài chính - Kế hoạch huyện thẩm định, tham mưu bố trí kinh phí tổ chức Hội thi là 185.000.000 đồng (Một trăm tám mươi lăm triệu đồng) từ nguồn sự nghiệp khoa học và công nghệ năm 2025 của huyện."),
    ("P", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện; Trưởng các phòng: Văn hóa, Khoa học và Thông tin, Giáo dục và Đào tạo, Tài chính - Kế hoạch; Bí thư Huyện đoàn; Chủ tịch UBND các xã, thị trấn và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."),
]
RF03_SIGN_L = ["Nơi nhận:", "- Như Điều 3;", "- Sở Khoa học và Công nghệ tỉnh (b/c);",
               "- TT Huyện ủy, TT HĐND huyện (b/c);", "- CT, các PCT UBND huyện;",
               "- Cổng thông tin điện tử huyện;", "- Lưu: VT, VHKHTT."]
RF03_SIGN_R = ["CHỦ TỊCH", "", "(Đã ký)", "", "Phan Đình Khiết"]
RF03_QC = [
    ("C", "QUY CHẾ"),
    ("CN", "Tổ chức Hội thi “Ý tưởng sáng tạo thanh thiếu niên huyện Diên Phúc” lần thứ II, năm 2025"),
    ("CN", "(Ban hành kèm theo Quyết định số 1275/QĐ-UBND ngày 18/3/2025 của Chủ tịch UBND huyện Diên Phúc)"),
    ("C", "Chương I"),
    ("C", "QUY ĐỊNH CHUNG"),
    ("B", "Điều 1. Mục đích"),
    ("P", "Hội thi nhằm khơi dậy tinh thần sáng tạo của thanh thiếu niên; phát hiện, bồi dưỡng những ý tưởng có khả năng ứng dụng vào sản xuất và đời sống tại địa phương."),
    ("B", "Điều 2. Đối tượng dự thi"),
    ("P", "1. Học sinh đang học tại các trường trung học cơ sở, trung học phổ thông, Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên trên địa bàn huyện."),
    ("P", "2. Thanh niên từ đủ 16 tuổi đến 30 tuổi đang sinh sống, học tập, lao động trên địa bàn huyện Diên Phúc."),
    ("P", "3. Tác giả dự thi là cá nhân hoặc nhóm không quá 03 người. Ý tưởng của học sinh phải có 01 giáo viên hướng dẫn. Thành viên Ban Tổ chức, Ban Giám khảo không được tham gia dự thi."),
    ("B", "Điều 3. Lĩnh vực dự thi"),
    ("P", "Ý tưởng dự thi thuộc một trong bốn lĩnh vực sau:"),
    ("P", "a) Nông nghiệp công nghệ cao, chế biến và tiêu thụ nông sản;"),
    ("P", "b) Chuyển đổi số trong đời sống, sản xuất và cung cấp dịch vụ công;"),
    ("P", "c) Bảo vệ môi trường, năng lượng tái tạo, ứng phó với biến đổi khí hậu;"),
    ("P", "d) Giáo dục, văn hóa và du lịch cộng đồng."),
    ("C", "Chương II"),
    ("C", "TỔ CHỨC HỘI THI"),
    ("B", "Điều 4. Hồ sơ dự thi"),
    ("P", "1. Phiếu đăng ký dự thi theo mẫu của Ban Tổ chức."),
    ("P", "2. Bản thuyết minh ý tưởng không quá 10 trang khổ A4, nêu rõ vấn đề cần giải quyết, giải pháp, tính mới và khả năng ứng dụng."),
    ("P", "3. Video giới thiệu ý tưởng không quá 05 phút (nếu có); mô hình, sản phẩm mẫu (nếu có)."),
    ("P", "4. Mỗi tác giả hoặc nhóm tác giả được gửi tối đa 02 ý tưởng. Ý tưởng dự thi chưa đạt giải tại bất kỳ cuộc thi nào trước đó."),
    ("B", "Điều 5. Thời gian, địa điểm"),
    ("P", "1. Nhận hồ sơ: từ ngày 01/4/2025 đến hết ngày 15/6/2025, tại Phòng Văn hóa, Khoa học và Thông tin huyện (tầng 2, trụ sở UBND huyện, số 08 đường Trần Hưng Đạo, thị trấn Diên Phúc) hoặc gửi trực tuyến qua địa chỉ sangtaotre.dienphuc.gov.vn."),
    ("P", "2. Vòng sơ khảo: từ ngày 20/6/2025 đến ngày 30/6/2025, Ban Giám khảo chấm trên hồ sơ, chọn không quá 20 ý tưởng vào vòng chung khảo."),
    ("P", "3. Vòng chung khảo và lễ trao giải: dự kiến ngày 26/7/2025 tại Hội trường Trung tâm Văn hóa - Thể thao và Truyền thông huyện; mỗi tác giả, nhóm tác giả trình bày ý tưởng trong 07 phút và trả lời câu hỏi của Ban Giám khảo."),
    ("B", "Điều 6. Ban Tổ chức, Ban Giám khảo"),
    ("P", "1. Ban Tổ chức do 01 Phó Chủ tịch UBND huyện làm Trưởng ban; Trưởng phòng Văn hóa, Khoa học và Thông tin làm Phó Trưởng ban thường trực; thành viên là đại diện lãnh đạo Phòng Giáo dục và Đào tạo, Huyện đoàn, Trung tâm Văn hóa - Thể thao và Truyền thông huyện."),
    ("P", "2. Ban Giám khảo gồm 07 thành viên, trong đó có ít nhất 02 chuyên gia do Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghĩa Hành Bắc giới thiệu."),
    ("B", "Điều 7. Tiêu chí chấm điểm (thang điểm 100)"),
    ("P", "1. Tính mới, tính sáng tạo: 30 điểm."),
    ("P", "2. Tính khả thi, khả năng ứng dụng tại địa phương: 30 điểm."),
    ("P", "3. Hiệu quả kinh tế - xã hội, môi trường: 25 điểm."),
    ("P", "4. Hình thức trình bày, thuyết trình: 15 điểm."),
    ("P", "Ý tưởng đạt dưới 50 điểm không được xét giải."),
    ("C", "Chương III"),
    ("C", "GIẢI THƯỞNG VÀ KINH PHÍ"),
    ("B", "Điều 8. Cơ cấu giải thưởng"),
    ("P", "1. 01 giải Nhất: 10.000.000 đồng/giải."),
    ("P", "2. 02 giải Nhì: 6.000.000 đồng/giải."),
    ("P", "3. 03 giải Ba: 4.000.000 đồng/giải."),
    ("P", "4. 05 giải Khuyến khích: 2.000.000 đồng/giải."),
    ("P", "5. 01 giải “Ý tưởng được yêu thích nhất” do người dân bình chọn trực tuyến: 3.000.000 đồng."),
    ("P", "Các tác giả đạt giải được nhận Giấy khen của Chủ tịch UBND huyện. Ý tưởng đạt giải Nhất, giải Nhì được giới thiệu tham gia Cuộc thi Sáng tạo kỹ thuật tỉnh Nghĩa Hành Bắc lần thứ IX."),
    ("B", "Điều 9. Kinh phí"),
    ("P", "Kinh phí tổ chức Hội thi là 185.000.000 đồng, bao gồm: giải thưởng 47.000.000 đồng; chấm thi và thù lao Ban Giám khảo 38.000.000 đồng; tuyên truyền, truyền thông 42.000.000 đồng; tổ chức vòng chung khảo và lễ trao giải 58.000.000 đồng."),
    ("C", "Chương IV"),
    ("C", "TỔ CHỨC THỰC HIỆN"),
    ("B", "Điều 10. Trách nhiệm của các cơ quan, đơn vị"),
    ("P", "1. Phòng Văn hóa, Khoa học và Thông tin là cơ quan thường trực Hội thi, có trách nhiệm ban hành hướng dẫn, tiếp nhận hồ sơ, tổng hợp kết quả, báo cáo Chủ tịch UBND huyện trước ngày 15/8/2025."),
    ("P", "2. Phòng Giáo dục và Đào tạo chỉ đạo các trường trung học cơ sở phát động Hội thi, cử giáo viên hướng dẫn; mỗi trường trung học cơ sở có ít nhất 02 ý tưởng dự thi."),
    ("P", "3. Huyện đoàn Diên Phúc phát động Hội thi trong đoàn viên, thanh niên; tổ chức bình chọn trực tuyến giải “Ý tưởng được yêu thích nhất” từ ngày 10/7/2025 đến ngày 20/7/2025."),
    ("P", "4. Trung tâm Văn hóa - Thể thao và Truyền thông huyện tuyên truyền về Hội thi trên hệ thống truyền thanh và Trang thông tin điện tử huyện; chuẩn bị hội trường, âm thanh, ánh sáng cho vòng chung khảo."),
    ("P", "5. Ủy ban nhân dân các xã, thị trấn phổ biến Hội thi đến các thôn, tổ dân phố; giới thiệu các ý tưởng, mô hình sáng tạo tiêu biểu của địa phương."),
    ("P", "6. Đề nghị Trường THPT Diên Phúc, Trường THPT Giao Tiến và Trung tâm GDNN-GDTX huyện Diên Phúc phối hợp phát động, động viên học sinh dự thi."),
    ("B", "Điều 11. Liên hệ"),
    ("P", "Mọi thông tin chi tiết liên hệ ông Lương Văn Sỹ, chuyên viên Phòng Văn hóa, Khoa học và Thông tin huyện; điện thoại 0983.216.074; thư điện tử sangtaotre@dienphuc.gov.vn."),
    ("P", "Quy chế có thể được sửa đổi, bổ sung theo quyết định của Chủ tịch UBND huyện./."),
]


# ---------------------------------------------------------------------------
# rf04 — Báo cáo của UBND xã (.md with Markdown tables)
# ---------------------------------------------------------------------------
RF04_MD = """\
UỶ BAN NHÂN DÂN  
XÃ DIÊN THỌ  
Số: 41/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
Độc lập - Tự do - Hạnh phúc

*Diên Thọ, ngày 02 tháng 4 năm 2025*

# BÁO CÁO

## Kết quả thực hiện chuyển đổi số, xây dựng xã hội học tập quý I năm 2025 và nhiệm vụ trọng tâm quý II năm 2025

Thực hiện Kế hoạch số 22/KH-UBND ngày 05/3/2025 của UBND huyện Diên Phúc về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số huyện Diên Phúc năm 2025 và Kế hoạch số 17/KH-UBND ngày 12/3/2025 của UBND xã, Ủy ban nhân dân xã Diên Thọ báo cáo kết quả quý I năm 2025 như sau:

### I. KẾT QUẢ THỰC HIỆN QUÝ I NĂM 2025

#### 1. Công tác lãnh đạo, chỉ đạo

Ngày 20/01/2025, Đảng ủy xã ban hành Nghị quyết chuyên đề số 05-NQ/ĐU về chuyển đổi số giai đoạn 2025-2026. UBND xã kiện toàn Ban chỉ đạo chuyển đổi số xã gồm 11 thành viên do Chủ tịch UBND xã làm Trưởng ban; phân công mỗi thành viên phụ trách 01 thôn. Xã duy trì 05 Tổ công nghệ số cộng đồng tại 05 thôn: Diên Thượng, Diên Hạ, Ấm Thượng, Ấm Hạ và Gò Chuông.

#### 2. Kết quả các chỉ tiêu chủ yếu

| TT | Chỉ tiêu | Kế hoạch năm 2025 | Thực hiện quý I/2025 | Ghi chú |
|----|----------|-------------------|----------------------|---------|
| 1 | Hộ gia đình có điện thoại thông minh | 85% | 78,4% (1.612/2.056 hộ) | Thôn Gò Chuông thấp nhất (61,2%) |
| 2 | Người dân từ 15 tuổi trở lên có tài khoản thanh toán điện tử | 80% | 71,5% | |
| 3 | Hồ sơ TTHC tiếp nhận, giải quyết trực tuyến toàn trình | 50% | 79,1% (318/402 hồ sơ) | Vượt kế hoạch năm |
| 4 | Thành viên Tổ công nghệ số cộng đồng | 45 người | 43 người | 05 tổ/05 thôn |
| 5 | Lượt người dân được hướng dẫn sử dụng dịch vụ công trực tuyến | 2.000 lượt | 612 lượt | |
| 6 | Học viên lớp “Bình dân học vụ số” | 400 người | 168 người | 04 lớp |
| 7 | Hội viên Hội Cựu giáo chức xã | 300 người | 284 người | 09 chi hội |

#### 3. Công tác khuyến học, khuyến tài, xây dựng xã hội học tập

Hội Cựu giáo chức xã trao 46 suất học bổng “Tiếp sức đến trường” cho học sinh nghèo vượt khó, tổng trị giá 23.000.000 đồng (mỗi suất 500.000 đồng). Trung tâm học tập cộng đồng xã phối hợp với Đoàn Thanh niên xã mở 04 lớp “Bình dân học vụ số” cho 168 học viên, chủ yếu là người từ 45 tuổi trở lên, với các nội dung: sử dụng điện thoại thông minh, cài đặt ứng dụng định danh điện tử, nộp hồ sơ dịch vụ công trực tuyến, nhận diện lừa đảo trên không gian mạng.

Lịch học các lớp quý I:

| Lớp | Địa điểm | Thời gian học | Số học viên |
|-----|----------|---------------|-------------|
| Lớp 1 | Nhà văn hóa thôn Diên Thượng | Tối thứ Ba và thứ Sáu (19h00-21h00), từ 04/3 đến 28/3/2025 | 46 |
| Lớp 2 | Nhà văn hóa thôn Diên Hạ | Tối thứ Hai và thứ Năm (19h00-21h00), từ 03/3 đến 27/3/2025 | 41 |
| Lớp 3 | Trung tâm học tập cộng đồng xã | Sáng Chủ nhật (8h00-10h30), từ 02/3 đến 30/3/2025 | 38 |
| Lớp 4 | Điểm trường tiểu học Ấm Thượng | Tối thứ Tư (19h00-21h00), từ 05/3 đến 26/3/2025 | 43 |

#### 4. Hạn chế, nguyên nhân

- Sóng di động tại thôn Gò Chuông còn yếu; nhiều hộ chưa có Internet cáp quang nên khó tham gia học trực tuyến.
- Còn 27 hộ nghèo, hộ cận nghèo chưa có điện thoại thông minh.
- Chưa bố trí kinh phí hoạt động cho Tổ công nghệ số cộng đồng; các thành viên đều hoạt động kiêm nhiệm.

### II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2025

1. Công chức Văn hóa - xã hội chủ trì, phối hợp với Đoàn Thanh niên xã mở thêm 03 lớp “Bình dân học vụ số” tại thôn Ấm Hạ, thôn Gò Chuông và thôn Ấm Thượng, hoàn thành trước ngày 30/6/2025.
2. Tổ công nghệ số cộng đồng các thôn có trách nhiệm hướng dẫn ít nhất 800 lượt người dân cài đặt, sử dụng ứng dụng định danh điện tử và thanh toán không dùng tiền mặt trong quý II.
3. Công chức Văn phòng - Thống kê hướng dẫn bộ phận Một cửa số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính tiếp nhận mới.
4. Trường THCS Diên Thọ phát động học sinh dự Hội thi “Ý tưởng sáng tạo thanh thiếu niên huyện Diên Phúc” lần thứ II theo Quyết định số 1275/QĐ-UBND ngày 18/3/2025 của Chủ tịch UBND huyện; đăng ký ít nhất 02 ý tưởng, gửi hồ sơ trước ngày 10/6/2025.
5. Trung tâm học tập cộng đồng xã phối hợp với Trường THCS Diên Thọ, Trường Tiểu học Diên Thọ bình xét danh hiệu “Gia đình học tập”, “Dòng họ học tập” năm 2025, tổng hợp kết quả trước ngày 15/5/2025.
6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội xã vận động hội viên, đoàn viên tham gia các lớp “Bình dân học vụ số”; mỗi đoàn thể phụ trách 01 thôn.

### III. KIẾN NGHỊ, ĐỀ XUẤT

1. Đề nghị UBND huyện Diên Phúc chỉ đạo doanh nghiệp viễn thông lắp đặt trạm phát sóng di động tại thôn Gò Chuông trong năm 2025.
2. Đề nghị UBND huyện hỗ trợ 15 bộ máy tính cho Trung tâm học tập cộng đồng xã để tổ chức các lớp “Bình dân học vụ số”.
3. Đề nghị Phòng Văn hóa, Khoa học và Thông tin huyện hướng dẫn cơ chế chi hỗ trợ hoạt động của Tổ công nghệ số cộng đồng.

Người tổng hợp báo cáo: ông Bạch Đăng Khoa, công chức Văn hóa - xã hội xã Diên Thọ; điện thoại 0358.902.771.

TM. UỶ BAN NHÂN DÂN  
CHỦ TỊCH  

(Đã ký)  

Nông Văn Tuấn

*Nơi nhận:*
- UBND huyện Diên Phúc (b/c);
- Phòng Văn hóa, Khoa học và Thông tin huyện;
- TT Đảng ủy, TT HĐND xã;
- Lưu: VT, VHXH.
"""


# ---------------------------------------------------------------------------
# rf05 — Thông báo kết luận của Huyện ủy (.txt, one paragraph per line)
# ---------------------------------------------------------------------------
RF05_TXT = """\
HUYỆN ỦY CHIÊU DƯƠNG                         ĐẢNG CỘNG SẢN VIỆT NAM
         *
   Số 84-TB/HU                      Chiêu Dương, ngày 08 tháng 5 năm 2025

THÔNG BÁO
KẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN ỦY
tại buổi làm việc về công tác khoa giáo và việc thực hiện Chương trình hành động số 36-CTr/TU của Tỉnh ủy
-----

Ngày 05/5/2025, tại Hội trường Huyện ủy, đồng chí Hứa Minh Tâm, Bí thư Huyện ủy chủ trì buổi làm việc với Ban Tuyên giáo Huyện ủy, Phòng Giáo dục và Đào tạo, Phòng Văn hóa, Khoa học và Thông tin huyện về công tác khoa giáo 4 tháng đầu năm 2025 và việc thực hiện Chương trình hành động số 36-CTr/TU ngày 20/01/2025 của Tỉnh ủy Nghĩa Hành Bắc. Tham dự có đồng chí Phó Bí thư Thường trực Huyện ủy, đồng chí Chủ tịch UBND huyện, đại diện lãnh đạo Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Huyện đoàn, Hội Nông dân huyện và Trung tâm Chính trị huyện.

Sau khi nghe Ban Tuyên giáo Huyện ủy báo cáo và ý kiến của các đại biểu, đồng chí Bí thư Huyện ủy kết luận như sau:

1. Đánh giá chung

Bốn tháng đầu năm 2025, công tác khoa giáo của huyện có nhiều chuyển biến tích cực. Kế hoạch số 31-KH/HU ngày 14/02/2025 của Ban Thường vụ Huyện ủy thực hiện Chương trình hành động số 36-CTr/TU được triển khai kịp thời; 100% chi bộ, đảng bộ trực thuộc tổ chức học tập, quán triệt với 4.162/4.390 đảng viên tham gia, đạt 94,8%. Toàn huyện có 21/24 xã, thị trấn duy trì Tổ công nghệ số cộng đồng hoạt động hiệu quả; tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình ở cấp huyện đạt 38,6%. Ngành giáo dục có 17/31 trường tiểu học và trung học cơ sở triển khai dạy học STEM; Trường THPT Chiêu Dương tham gia thí điểm ứng dụng trí tuệ nhân tạo trong dạy học theo Công văn số 362/SGDĐT-GDPT của Sở Giáo dục và Đào tạo.

2. Hạn chế

Việc quán triệt ở một số chi bộ nông thôn còn hình thức, chưa gắn với nhiệm vụ cụ thể của địa phương. Hạ tầng mạng tại xã Mù Sang và xã Chế Lìu chưa bảo đảm; 14 phòng máy tính tại các trường trung học cơ sở xuống cấp, nhiều máy sử dụng trên 10 năm. Tỷ lệ hồ sơ trực tuyến toàn trình cấp huyện (38,6%) còn thấp so với chỉ tiêu 45% của tỉnh. Thông tin tuyên truyền trên Trang thông tin điện tử huyện chưa thường xuyên.

3. Nhiệm vụ trong thời gian tới

3.1. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy tham mưu Ban Thường vụ Huyện ủy tổ chức sơ kết 6 tháng thực hiện Kế hoạch số 31-KH/HU, hoàn thành trước ngày 15/7/2025; biên soạn, phát hành 3.000 cuốn tài liệu “Hỏi - đáp về khoa học, công nghệ và chuyển đổi số” cấp đến các chi bộ trước ngày 30/6/2025.

3.2. Đề nghị Ủy ban nhân dân huyện chỉ đạo:
- Phòng Giáo dục và Đào tạo: rà soát, lập phương án sửa chữa, thay thế 14 phòng máy tính xuống cấp với kinh phí dự kiến 2,1 tỷ đồng, trình UBND huyện trước ngày 30/6/2025; phấn đấu đến hết năm học 2025-2026 có 100% trường trung học cơ sở triển khai dạy học STEM.
- Phòng Văn hóa, Khoa học và Thông tin: phối hợp với doanh nghiệp viễn thông khảo sát, lắp đặt 03 trạm phát sóng tại xã Mù Sang và xã Chế Lìu trong quý III/2025; nâng tỷ lệ hồ sơ trực tuyến toàn trình cấp huyện lên tối thiểu 45% vào cuối năm 2025.
- Trung tâm Văn hóa - Thể thao và Truyền thông huyện: mở chuyên mục “Chiêu Dương chuyển đổi số” phát trên sóng phát thanh huyện vào 19 giờ thứ Năm hằng tuần; cập nhật tối thiểu 10 tin, bài mỗi tháng trên Trang thông tin điện tử huyện.

3.3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện đẩy mạnh phong trào “Bình dân học vụ số”; mỗi đoàn thể đăng ký ít nhất 01 mô hình “Dân vận khéo” về chuyển đổi số trước ngày 31/7/2025.

3.4. Hội Nông dân huyện hướng dẫn hội viên đưa nông sản lên sàn thương mại điện tử, phấn đấu trong năm 2025 có 300 hộ nông dân mở gian hàng trực tuyến.

3.5. Huyện đoàn chủ trì thành lập 24 đội “Thanh niên tình nguyện số” tại các xã, thị trấn, hỗ trợ người cao tuổi sử dụng dịch vụ công trực tuyến trong dịp hè 2025.

3.6. Trung tâm Chính trị huyện lồng ghép chuyên đề khoa học, công nghệ và chuyển đổi số vào chương trình các lớp bồi dưỡng lý luận chính trị, bắt đầu từ lớp bồi dưỡng đảng viên mới khai giảng tháng 6/2025.

3.7. Văn phòng Huyện ủy hướng dẫn 100% đảng viên cài đặt, sử dụng ứng dụng “Sổ tay đảng viên điện tử” trước ngày 30/9/2025; hằng tháng tổng hợp tỷ lệ sử dụng, báo cáo Thường trực Huyện ủy.

3.8. Các chi bộ, đảng bộ trực thuộc đưa nội dung chuyển đổi số vào sinh hoạt chuyên đề ít nhất 01 lần trong quý III/2025.

Giao Ban Tuyên giáo Huyện ủy theo dõi, kiểm tra việc thực hiện Thông báo này, định kỳ báo cáo Thường trực Huyện ủy.

Thường trực Huyện ủy thông báo để các cơ quan, đơn vị biết, thực hiện.

                                                  T/L BAN THƯỜNG VỤ
                                                   CHÁNH VĂN PHÒNG

                                                      (Đã ký)

                                                   Mạc Thị Huyền

Nơi nhận:
- Ban Tuyên giáo Tỉnh ủy (để b/c),
- Các đồng chí Ủy viên BTV Huyện ủy,
- Các cơ quan, đơn vị dự họp,
- Các chi bộ, đảng bộ trực thuộc,
- Lưu Văn phòng Huyện ủy.
"""


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------
def _restart_num(doc, style_name="List Number"):
    numbering = doc.part.numbering_part.element
    style = doc.styles[style_name]
    num_id = style.element.pPr.numPr.numId.val
    num = numbering.num_having_numId(num_id)
    abs_id = num.abstractNumId.val
    new = numbering.add_num(abs_id)
    lo = new.add_lvlOverride(ilvl=0)
    lo.add_startOverride(1)
    return new.numId


def _set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


def build_rf01(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    tbl = doc.add_table(rows=1, cols=2)
    for cell, lines, bold in ((tbl.rows[0].cells[0], RF01_HEADER_LEFT, True),
                              (tbl.rows[0].cells[1], RF01_HEADER_RIGHT, True)):
        cell.paragraphs[0].text = ""
        first = True
        for ln in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            r = p.add_run(N(ln))
            r.bold = bold and not ln.startswith(("Số", "Gia Khánh"))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cur = None
    for kind, text in RF01_BODY:
        text = N(text)
        if kind == "T":
            p = doc.add_paragraph()
            p.add_run(text).bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "T2":
            p = doc.add_paragraph()
            p.add_run(text).bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "H":
            p = doc.add_paragraph()
            p.add_run(text).bold = True
        elif kind == "P":
            doc.add_paragraph(text)
        elif kind in ("LN", "LN1"):
            p = doc.add_paragraph(text, style="List Number")
            if kind == "LN1":
                cur = _restart_num(doc)
            _set_num(p, cur)
        elif kind == "LB":
            doc.add_paragraph(text, style="List Bullet")
    # signature block as 2-column borderless table
    t2 = doc.add_table(rows=1, cols=2)
    for cell, lines in ((t2.rows[0].cells[0], RF01_SIGN_LEFT), (t2.rows[0].cells[1], RF01_SIGN_RIGHT)):
        first = True
        for ln in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            r = p.add_run(N(ln))
            if cell is t2.rows[0].cells[1]:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r.bold = ln not in ("(Đã ký)",)
            elif ln == "Nơi nhận:":
                r.bold = True
                r.italic = True
            else:
                r.font.size = Pt(11)
    doc.add_page_break()
    p = doc.add_paragraph()
    p.add_run(N(RF01_TABLE_TITLE)).bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    p.add_run(N(RF01_TABLE_SUB)).italic = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = doc.add_table(rows=0, cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(RF01_TABLE):
        cells = t.add_row().cells
        for c, val in zip(cells, row):
            c.text = N(val)
            if i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    widths = [Cm(1.0), Cm(6.0), Cm(3.5), Cm(4.0), Cm(2.5)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.save(path)


class PDF(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", size=8)
        self.cell(0, 6, f"{self.page_no()}", align="C")


def build_rf03(path):
    pdf = PDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    w_left, w_right = 70, 105
    y0 = pdf.get_y()
    for i, (l, r) in enumerate(zip(RF03_HEAD_L, RF03_HEAD_R)):
        pdf.set_font("DejaVu", "B" if i < 2 else "", 10.5)
        pdf.set_x(20)
        pdf.cell(w_left, 6, N(l), align="C")
        pdf.set_font("DejaVu", "B" if i < 2 else "", 10.5)
        pdf.cell(w_right, 6, N(r), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    def render(items):
        for kind, text in items:
            text = N(text)
            if kind == "C":
                pdf.set_font("DejaVu", "B", 11.5)
                pdf.multi_cell(0, 6.2, text, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "CN":
                pdf.set_font("DejaVu", "", 11)
                pdf.multi_cell(0, 6.2, text, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "B":
                pdf.set_font("DejaVu", "B", 11)
                pdf.multi_cell(0, 6.2, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DejaVu", "", 11)
                pdf.multi_cell(0, 6.2, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)

    render(RF03_QD)
    pdf.ln(3)
    y = pdf.get_y()
    pdf.set_font("DejaVu", "", 9.5)
    for ln in RF03_SIGN_L:
        pdf.set_x(20)
        pdf.cell(85, 5, N(ln), new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y)
    pdf.set_font("DejaVu", "B", 11)
    for ln in RF03_SIGN_R:
        pdf.set_x(110)
        pdf.cell(80, 6, N(ln), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    render(RF03_QC)
    pdf.output(path)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_rf01(os.path.join(CORPUS, "rf01_kh_khcn_cds.docx"))
    with open(os.path.join(CORPUS, "rf02_cv_stem_ai.txt"), "w", encoding="utf-8") as f:
        f.write(build_rf02())
    build_rf03(os.path.join(CORPUS, "rf03_qd_hoithi_sangtao.pdf"))
    with open(os.path.join(CORPUS, "rf04_bc_xa_dientho.md"), "w", encoding="utf-8") as f:
        f.write(N(RF04_MD))
    with open(os.path.join(CORPUS, "rf05_tb_huyenuy_chieuduong.txt"), "w", encoding="utf-8") as f:
        f.write(N(RF05_TXT))
    print("built", sorted(os.listdir(CORPUS)))


if __name__ == "__main__":
    main()
