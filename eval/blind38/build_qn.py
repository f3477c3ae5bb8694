# -*- coding: utf-8 -*-
"""Build the 5 corpus files of eval set blind38 (tỉnh Yên Lạc Thượng).

All text is invented. Run: /work/main/.venv/bin/python build_qn.py
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


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# qn01 — Kế hoạch của UBND tỉnh (.docx, List Number / List Bullet, task table)
# Markup: "C:" centered bold, "B:" bold, "N:" List Number, "*:" List Bullet,
#         "P:" normal paragraph, "T:" table row (cells split by " | ").
# ---------------------------------------------------------------------------
QN01 = """\
C:ỦY BAN NHÂN DÂN
C:TỈNH YÊN LẠC THƯỢNG
C:Số: 86/KH-UBND
C:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
C:Độc lập - Tự do - Hạnh phúc
P:Yên Lạc Thượng, ngày 12 tháng 3 năm 2026
C:KẾ HOẠCH
C:Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Yên Lạc Thượng năm 2026
P:Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
P:Căn cứ Chương trình hành động số 19-CTr/TU ngày 05/02/2025 của Ban Thường vụ Tỉnh ủy Yên Lạc Thượng về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn tỉnh;
P:Căn cứ Nghị quyết số 07/2026/NQ-HĐND ngày 20/01/2026 của Hội đồng nhân dân tỉnh về phân bổ dự toán ngân sách địa phương năm 2026;
P:Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh năm 2026 như sau:
B:I. MỤC ĐÍCH, YÊU CẦU
*:Cụ thể hóa các nhiệm vụ của Chương trình hành động số 19-CTr/TU thành các việc làm, sản phẩm có địa chỉ, thời hạn và đơn vị chịu trách nhiệm rõ ràng.
*:Đưa khoa học, công nghệ và chuyển đổi số trở thành động lực chính nâng cao năng suất lao động, chất lượng dịch vụ công và đời sống người dân ở vùng cao, vùng đồng bào dân tộc thiểu số.
B:II. CHỈ TIÊU CHỦ YẾU NĂM 2026
N:Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình đạt tối thiểu 75%.
N:100% xã, phường, thị trấn duy trì hoạt động hiệu quả Tổ công nghệ số cộng đồng; ít nhất 70% người trong độ tuổi lao động được phổ cập kỹ năng số cơ bản.
N:Triển khai mới 14 nhiệm vụ khoa học và công nghệ cấp tỉnh, trong đó ít nhất 5 nhiệm vụ ứng dụng vào sản xuất chè, dược liệu và cây ăn quả ôn đới.
N:Hỗ trợ ít nhất 20 doanh nghiệp nhỏ và vừa, hợp tác xã đổi mới công nghệ hoặc áp dụng truy xuất nguồn gốc điện tử cho sản phẩm chủ lực.
N:60% trường phổ thông tổ chức dạy học theo định hướng giáo dục STEM; mỗi huyện có ít nhất 01 câu lạc bộ sáng tạo trẻ.
B:III. NHIỆM VỤ VÀ GIẢI PHÁP
B:1. Về hoàn thiện cơ chế, chính sách
*:Rà soát, sửa đổi Quy định quản lý nhiệm vụ khoa học và công nghệ sử dụng ngân sách tỉnh theo hướng khoán chi đến sản phẩm cuối cùng, chấp nhận rủi ro trong nghiên cứu.
*:Xây dựng chính sách hỗ trợ doanh nghiệp khởi nghiệp đổi mới sáng tạo với mức hỗ trợ tối đa 300 triệu đồng/dự án.
B:2. Về hạ tầng số và dữ liệu
*:Phủ sóng di động 4G đến 100% thôn, bản; xóa 27 điểm lõm sóng còn lại tại các huyện Mường Chiêng và Sín Thàng.
*:Hoàn thành cơ sở dữ liệu dùng chung về đất đai, dân cư, y tế, giáo dục; kết nối với Trung tâm điều hành thông minh của tỉnh trước quý III/2026.
B:3. Về phát triển nguồn nhân lực và phong trào học tập số
*:Triển khai phong trào "Bình dân học vụ số"; mở lớp phổ cập kỹ năng số tại nhà văn hóa thôn, bản, ưu tiên phụ nữ, người cao tuổi và người dân tộc thiểu số.
*:Đào tạo, bồi dưỡng 1.200 lượt cán bộ, công chức về kỹ năng số và an toàn thông tin.
*:Tổ chức Cuộc thi khoa học, kỹ thuật dành cho học sinh trung học và Hội thi sáng tạo kỹ thuật cấp tỉnh; khuyến khích các huyện tổ chức hội thi cấp huyện.
B:4. Về truyền thông, nâng cao nhận thức
*:Mở chuyên trang "Yên Lạc Thượng số" trên Báo và Phát thanh, Truyền hình tỉnh; định kỳ hằng tháng phát sóng chuyên mục "Khoa học với nhà nông".
B:IV. KINH PHÍ THỰC HIỆN
P:Tổng kinh phí dự kiến thực hiện Kế hoạch năm 2026 là 48,6 tỷ đồng, trong đó: ngân sách tỉnh 31,2 tỷ đồng; ngân sách cấp huyện 6,9 tỷ đồng; nguồn xã hội hóa và vốn hợp pháp khác 10,5 tỷ đồng.
P:Các cơ quan, đơn vị lập dự toán chi tiết gửi Sở Tài chính trước ngày 15/4/2026 để tổng hợp, trình UBND tỉnh xem xét, quyết định.
B:V. TỔ CHỨC THỰC HIỆN
P:1. Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị thực hiện Kế hoạch; tổng hợp kết quả, báo cáo UBND tỉnh định kỳ hằng quý (trước ngày 20 của tháng cuối quý) và báo cáo năm trước ngày 10/12/2026.
P:2. Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Tỉnh đoàn và Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tổ chức Cuộc thi khoa học, kỹ thuật dành cho học sinh trung học cấp tỉnh; chỉ đạo các trường mở rộng dạy học STEM.
P:3. Sở Tài chính có trách nhiệm thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn thủ tục thanh quyết toán theo cơ chế khoán chi.
P:4. Sở Nội vụ chủ trì xây dựng kế hoạch đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức; đưa kết quả thực hiện chuyển đổi số vào tiêu chí đánh giá, xếp loại cuối năm.
P:5. Báo và Phát thanh, Truyền hình Yên Lạc Thượng mở chuyên trang, chuyên mục tuyên truyền; phản ánh kịp thời các mô hình, cách làm hay về ứng dụng khoa học, công nghệ.
P:6. UBND các huyện, thị xã, thành phố: ban hành kế hoạch thực hiện của địa phương trước ngày 15/4/2026; chỉ đạo UBND cấp xã kiện toàn Tổ công nghệ số cộng đồng, bố trí địa điểm mở lớp phổ cập kỹ năng số.
P:7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh vận động đoàn viên, hội viên tham gia phong trào "Bình dân học vụ số", giám sát việc thực hiện Kế hoạch.
P:8. Các sở, ban, ngành tỉnh, trong phạm vi chức năng, nhiệm vụ, chủ động cụ thể hóa Kế hoạch vào chương trình công tác năm 2026 của đơn vị.
P:Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công nghệ (đầu mối: bà Vàng Thị Khánh Linh, Phó Chánh Văn phòng Sở, điện thoại 0915 336 482) để tổng hợp, báo cáo UBND tỉnh.
C:PHỤ LỤC: DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026
P:(Kèm theo Kế hoạch số 86/KH-UBND ngày 12/3/2026 của UBND tỉnh)
T:TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành
T:1 | Sửa đổi Quy định quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh theo cơ chế khoán chi | Sở Khoa học và Công nghệ | Sở Tài chính, Sở Tư pháp | Quý II/2026
T:2 | Xây dựng Trung tâm điều hành thông minh giai đoạn 2, kết nối cơ sở dữ liệu dùng chung | Sở Khoa học và Công nghệ | Công an tỉnh, Viễn thông Yên Lạc Thượng | 30/11/2026
T:3 | Tổ chức Cuộc thi khoa học, kỹ thuật dành cho học sinh trung học cấp tỉnh | Sở Giáo dục và Đào tạo | Tỉnh đoàn, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh | Tháng 5/2026
T:4 | Tổ chức Hội thi sáng tạo kỹ thuật tỉnh lần thứ IX | Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh | Sở Khoa học và Công nghệ, Liên đoàn Lao động tỉnh | Tháng 11/2026
T:5 | Bồi dưỡng kỹ năng số cho 1.200 lượt cán bộ, công chức | Sở Nội vụ | Sở Khoa học và Công nghệ | 31/10/2026
T:6 | Mở chuyên trang "Yên Lạc Thượng số" và chuyên mục "Khoa học với nhà nông" | Báo và Phát thanh, Truyền hình Yên Lạc Thượng | Sở Văn hóa, Thể thao và Du lịch | Quý II/2026
T:7 | Phổ cập kỹ năng số cho người dân tại nhà văn hóa thôn, bản | UBND các huyện, thị xã, thành phố | Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh | Thường xuyên
B:TM. ỦY BAN NHÂN DÂN
B:KT. CHỦ TỊCH
B:PHÓ CHỦ TỊCH
P:(Đã ký)
B:Lương Thị Thu Hằng
B:Nơi nhận:
P:- Bộ Khoa học và Công nghệ (b/c);
P:- TT Tỉnh ủy, TT HĐND tỉnh (b/c);
P:- Chủ tịch, các PCT UBND tỉnh;
P:- Ban Tuyên giáo và Dân vận Tỉnh ủy;
P:- Các sở, ban, ngành tỉnh;
P:- UBND các huyện, thị xã, thành phố;
P:- Lưu: VT, KGVX.
"""

# ---------------------------------------------------------------------------
# qn02 — Công văn của Sở GD&ĐT (.txt, two-column header typed with spaces,
#         body hard-wrapped at ~72 characters as if copied from a PDF)
# ---------------------------------------------------------------------------
QN02_HEAD = """\
UBND TỈNH YÊN LẠC THƯỢNG            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                   Độc lập - Tự do - Hạnh phúc
                                     ---------------------------------
Số: 618/SGDĐT-GDTrH
V/v hướng dẫn tổ chức Cuộc thi      Yên Lạc Thượng, ngày 24 tháng 3 năm 2026
khoa học, kỹ thuật cấp tỉnh dành
cho học sinh trung học
năm học 2025-2026

                 Kính gửi:
                 - Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;
                 - Hiệu trưởng các trường THPT, PT DTNT tỉnh;
                 - Giám đốc các Trung tâm GDNN-GDTX.
"""

QN02_BODY = """\
Thực hiện Kế hoạch số 86/KH-UBND ngày 12/3/2026 của UBND tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Yên Lạc Thượng năm 2026; căn cứ Quy chế thi khoa học, kỹ thuật dành cho học sinh trung học cơ sở và trung học phổ thông của Bộ Giáo dục và Đào tạo, Sở Giáo dục và Đào tạo (GD&ĐT) hướng dẫn tổ chức Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2025-2026 (sau đây gọi là Cuộc thi) như sau:
1. Đối tượng và số lượng dự án
Học sinh đang học lớp 8, lớp 9 tại các trường THCS, trường phổ thông có nhiều cấp học và học sinh lớp 10, 11, 12 tại các trường THPT, PT DTNT, Trung tâm GDNN-GDTX trên địa bàn tỉnh. Mỗi dự án có không quá 02 học sinh dự thi và 01 người hướng dẫn khoa học.
Mỗi trường THPT, PT DTNT, Trung tâm GDNN-GDTX đăng ký tối đa 03 dự án; Trường THPT Chuyên Yên Lạc Thượng đăng ký tối đa 06 dự án. Mỗi Phòng GD&ĐT tuyển chọn từ cuộc thi cấp huyện và đăng ký tối đa 04 dự án của học sinh THCS.
2. Lĩnh vực dự thi
Dự án thuộc một trong 22 lĩnh vực theo Quy chế của Bộ. Sở khuyến khích các dự án giải quyết vấn đề thực tiễn của địa phương như bảo quản chè sau thu hoạch, cảnh báo sạt lở đất, xử lý rác thải nhựa ở nông thôn, ứng dụng trí tuệ nhân tạo trong học tập.
3. Hồ sơ và thời hạn đăng ký
a) Các đơn vị đăng ký dự thi trên hệ thống quản lý trực tuyến của Sở, đồng thời gửi bản mềm danh sách về địa chỉ thư điện tử khkt@yenlacthuong.edu.vn trước 17h00 ngày 15/4/2026.
b) Hồ sơ dự án (bản in, đóng thành 02 bộ) nộp trực tiếp tại Phòng Giáo dục Trung học, Sở GD&ĐT (tầng 3, số 27 đường Lê Lai, phường Yên Hòa Thượng) chậm nhất ngày 25/4/2026. Hồ sơ nộp muộn sẽ không được xét.
c) Sở không nhận hồ sơ của các dự án đã đoạt giải tại Cuộc thi cấp tỉnh các năm học trước hoặc dự án sao chép kết quả nghiên cứu của người khác.
4. Thời gian, địa điểm tổ chức
- Tập huấn người hướng dẫn khoa học: ngày 08/4/2026, hình thức trực tuyến kết hợp trực tiếp tại Hội trường Sở GD&ĐT.
- Vòng chấm hồ sơ (sơ khảo): từ ngày 04/5/2026 đến ngày 08/5/2026.
- Vòng trưng bày, phỏng vấn (chung khảo): ngày 21 và 22/5/2026 tại Nhà thi đấu đa năng Trường THPT Chuyên Yên Lạc Thượng.
- Lễ bế mạc và trao giải: 15h00 ngày 22/5/2026, tại cùng địa điểm.
5. Cơ cấu giải thưởng
Ban Tổ chức trao giải Nhất, Nhì, Ba và Khuyến khích cho các dự án; tổng số giải không vượt quá 60% số dự án dự thi, trong đó giải Nhất không quá 5%. Mức thưởng: giải Nhất 5.000.000 đồng, giải Nhì 3.500.000 đồng, giải Ba 2.000.000 đồng, giải Khuyến khích 1.000.000 đồng/dự án. Các dự án xuất sắc nhất được lựa chọn tham dự Cuộc thi cấp quốc gia.
6. Kinh phí
Kinh phí tổ chức Cuộc thi cấp tỉnh được bố trí từ nguồn sự nghiệp giáo dục năm 2026 của Sở (dự kiến 185 triệu đồng) và nguồn hỗ trợ của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh. Kinh phí đi lại, ăn ở của học sinh và người hướng dẫn do đơn vị cử đi thanh toán theo quy định hiện hành.
7. Tổ chức thực hiện
a) Phòng GD&ĐT các huyện, thị xã, thành phố tổ chức cuộc thi cấp huyện xong trước ngày 10/4/2026; tuyển chọn dự án tham dự cấp tỉnh; cử 01 lãnh đạo phòng tham gia Ban Giám sát Cuộc thi.
b) Hiệu trưởng các trường THPT, PT DTNT chỉ đạo tổ chuyên môn hướng dẫn học sinh nghiên cứu; bố trí giáo viên hướng dẫn, bảo đảm thời gian để học sinh thực hiện dự án, không để ảnh hưởng đến việc học chính khóa.
c) Trường THPT Chuyên Yên Lạc Thượng có trách nhiệm chuẩn bị địa điểm, 120 gian trưng bày, điện, mạng internet và các điều kiện phục vụ vòng chung khảo.
d) Giao Phòng Giáo dục Trung học chủ trì, phối hợp với Văn phòng Sở và Phòng Kế hoạch - Tài chính tham mưu thành lập Ban Tổ chức, Ban Giám khảo; dự trù kinh phí và tổng hợp kết quả Cuộc thi.
đ) Đề nghị Tỉnh đoàn Yên Lạc Thượng và Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh cử đại diện tham gia Ban Giám khảo, hỗ trợ giải thưởng và quảng bá các dự án đoạt giải.
Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị liên hệ ông Đỗ Văn Thạo, Phó Trưởng phòng Giáo dục Trung học, điện thoại 0912 447 263, e-mail thaodv@yenlacthuong.edu.vn để được hướng dẫn./.
"""

QN02_FOOT = """\

Nơi nhận:                                        KT. GIÁM ĐỐC
- Như kính gửi;                                  PHÓ GIÁM ĐỐC
- UBND tỉnh (để b/c);
- Giám đốc, các PGĐ Sở;                            (Đã ký)
- Liên hiệp các Hội KH&KT tỉnh;
- Lưu: VT, GDTrH.                            Ma Thị Quỳnh Trang
"""


def hard_wrap(body, width=72):
    out = []
    for para in body.strip("\n").split("\n"):
        out.extend(textwrap.wrap(para, width=width, break_long_words=False,
                                 break_on_hyphens=False) or [""])
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# qn03 — Quyết định của UBND huyện kèm Thể lệ (.pdf, fpdf2 + DejaVuSans)
# ---------------------------------------------------------------------------
QN03_DECISION = [
    ("C", "QUYẾT ĐỊNH"),
    ("C", "Về việc ban hành Thể lệ Hội thi Sáng tạo kỹ thuật huyện Thạch Quỳ lần thứ V, năm 2026"),
    ("C", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN THẠCH QUỲ"),
    ("P", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"),
    ("P", "Căn cứ Kế hoạch số 86/KH-UBND ngày 12/3/2026 của UBND tỉnh Yên Lạc Thượng về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh năm 2026;"),
    ("P", "Căn cứ Kế hoạch số 31/KH-UBND ngày 28/02/2026 của UBND huyện về ứng dụng khoa học, công nghệ trên địa bàn huyện năm 2026;"),
    ("P", "Theo đề nghị của Trưởng phòng Văn hóa, Khoa học và Thông tin huyện tại Tờ trình số 64/TTr-VHKHTT ngày 16/3/2026."),
    ("C", "QUYẾT ĐỊNH:"),
    ("P", "Điều 1. Ban hành kèm theo Quyết định này Thể lệ Hội thi Sáng tạo kỹ thuật huyện Thạch Quỳ lần thứ V, năm 2026 (sau đây gọi tắt là Hội thi)."),
    ("P", "Điều 2. Giao Phòng Văn hóa, Khoa học và Thông tin huyện là cơ quan thường trực Hội thi, chủ trì, phối hợp với Phòng Kinh tế, Phòng Giáo dục và Đào tạo, Huyện đoàn Thạch Quỳ tổ chức triển khai Hội thi theo đúng Thể lệ. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí 95 triệu đồng từ nguồn sự nghiệp khoa học năm 2026 của huyện. UBND các xã, thị trấn tuyên truyền, vận động người dân, hợp tác xã, doanh nghiệp trên địa bàn tham gia Hội thi."),
    ("P", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng các phòng: Văn hóa, Khoa học và Thông tin, Tài chính - Kế hoạch, Kinh tế, Giáo dục và Đào tạo; Bí thư Huyện đoàn; Chủ tịch UBND các xã, thị trấn và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."),
]
QN03_SIGN_LEFT = ["Nơi nhận:", "- Như Điều 3;", "- Sở KH&CN tỉnh (b/c);", "- Liên hiệp các Hội KH&KT tỉnh;",
                  "- TT Huyện ủy, TT HĐND huyện;", "- CT, các PCT UBND huyện;", "- Lưu: VT, VHKHTT."]
QN03_SIGN_RIGHT = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Nông Văn Khải"]
QN03_RULES = [
    ("C", "THỂ LỆ"),
    ("C", "Hội thi Sáng tạo kỹ thuật huyện Thạch Quỳ lần thứ V, năm 2026"),
    ("C", "(Ban hành kèm theo Quyết định số 2315/QĐ-UBND ngày 20/3/2026 của Chủ tịch UBND huyện Thạch Quỳ)"),
    ("B", "Điều 1. Mục đích"),
    ("P", "Phát hiện, tôn vinh các giải pháp sáng tạo kỹ thuật có khả năng ứng dụng vào sản xuất và đời sống; khơi dậy phong trào lao động sáng tạo trong cán bộ, nông dân, học sinh và doanh nghiệp trên địa bàn huyện; lựa chọn giải pháp tiêu biểu tham gia Hội thi sáng tạo kỹ thuật tỉnh lần thứ IX."),
    ("B", "Điều 2. Đối tượng tham gia"),
    ("P", "Cá nhân, nhóm tác giả (không quá 05 người) là công dân Việt Nam đang sinh sống, học tập, làm việc trên địa bàn huyện; các hợp tác xã, doanh nghiệp có trụ sở tại huyện. Thành viên Ban Tổ chức, Ban Giám khảo không được tham gia dự thi."),
    ("B", "Điều 3. Lĩnh vực dự thi"),
    ("P", "Các giải pháp thuộc 05 lĩnh vực: a) Nông, lâm nghiệp và chế biến nông sản; b) Cơ khí, tự động hóa, điện - điện tử; c) Công nghệ thông tin, chuyển đổi số; d) Y tế, môi trường và phòng chống thiên tai; đ) Giáo dục, đào tạo và sản phẩm sáng tạo của thanh thiếu niên, nhi đồng."),
    ("B", "Điều 4. Tiêu chuẩn giải pháp dự thi"),
    ("P", "Giải pháp có tính mới so với trình độ kỹ thuật trên địa bàn huyện tại thời điểm nộp hồ sơ; đã hoặc có khả năng áp dụng vào thực tiễn; mang lại hiệu quả kinh tế - xã hội. Giải pháp đã đoạt giải tại hội thi cấp huyện hoặc cấp tỉnh trước đó không được dự thi."),
    ("B", "Điều 5. Hồ sơ dự thi"),
    ("P", "Hồ sơ gồm: phiếu đăng ký dự thi; bản mô tả giải pháp không quá 15 trang; ảnh, video minh họa; xác nhận của đơn vị áp dụng (nếu có). Hồ sơ nộp 02 bộ bản giấy và 01 bản điện tử."),
    ("B", "Điều 6. Thời gian và địa điểm nhận hồ sơ"),
    ("P", "Thời gian nhận hồ sơ từ ngày 01/4/2026 đến hết ngày 31/7/2026. Bản giấy nộp tại Phòng Văn hóa, Khoa học và Thông tin huyện (tầng 2, trụ sở HĐND và UBND huyện, số 15 đường 3 Tháng 2, thị trấn Thạch Quỳ); bản điện tử gửi về địa chỉ sangtao.thachquy@yenlacthuong.gov.vn. Người liên hệ: bà Phan Thị Ngọc Ánh, chuyên viên Phòng Văn hóa, Khoa học và Thông tin, điện thoại 0983 215 604."),
    ("B", "Điều 7. Chấm thi"),
    ("P", "Ban Giám khảo do Chủ tịch UBND huyện quyết định thành lập, gồm 07 thành viên. Vòng sơ khảo chấm trên hồ sơ từ ngày 10/8/2026 đến ngày 25/8/2026; vòng chung khảo (tác giả trình bày, trình diễn giải pháp) tổ chức ngày 05/9/2026. Thang điểm 100, gồm: tính mới 30 điểm, khả năng áp dụng 30 điểm, hiệu quả kinh tế - xã hội 40 điểm. Giải pháp đạt từ 60 điểm trở lên mới được xét trao giải."),
    ("B", "Điều 8. Cơ cấu giải thưởng"),
    ("P", "Hội thi trao 01 giải Nhất trị giá 15.000.000 đồng; 02 giải Nhì, mỗi giải 10.000.000 đồng; 03 giải Ba, mỗi giải 6.000.000 đồng; 05 giải Khuyến khích, mỗi giải 2.000.000 đồng. Tổng giá trị giải thưởng là 63.000.000 đồng. Tác giả đoạt giải được tặng Giấy khen của Chủ tịch UBND huyện. Ban Tổ chức có thể điều chỉnh số lượng giải giữa các mức nếu không có giải pháp đạt yêu cầu."),
    ("B", "Điều 9. Tổng kết, trao giải"),
    ("P", "Lễ tổng kết, trao giải dự kiến tổ chức ngày 18/9/2026, kết hợp với Ngày hội Khoa học - Công nghệ huyện tại Nhà văn hóa trung tâm huyện."),
    ("B", "Điều 10. Quyền và trách nhiệm của tác giả"),
    ("P", "Tác giả chịu trách nhiệm về tính trung thực của giải pháp; quyền sở hữu trí tuệ thuộc về tác giả. Ban Tổ chức không trả lại hồ sơ và được quyền sử dụng hình ảnh, nội dung tóm tắt của giải pháp đoạt giải để tuyên truyền."),
    ("B", "Điều 11. Tổ chức thực hiện"),
    ("P", "1. Phòng Văn hóa, Khoa học và Thông tin huyện có trách nhiệm hướng dẫn, tiếp nhận hồ sơ và tổng hợp, báo cáo kết quả Hội thi về UBND huyện trước ngày 30/9/2026."),
    ("P", "2. Huyện đoàn Thạch Quỳ vận động đoàn viên, thanh niên và học sinh tham gia, phấn đấu có ít nhất 10 giải pháp của thanh thiếu niên."),
    ("P", "3. Phòng Giáo dục và Đào tạo chỉ đạo các trường THCS lựa chọn sản phẩm sáng tạo tiêu biểu của học sinh gửi dự thi."),
    ("P", "4. Trung tâm Văn hóa, Thông tin và Thể thao huyện đưa tin về Hội thi trên trang thông tin điện tử và hệ thống truyền thanh cơ sở."),
    ("P", "Trong quá trình thực hiện, nếu có vấn đề phát sinh, Ban Tổ chức Hội thi xem xét, báo cáo Chủ tịch UBND huyện quyết định./."),
]


# ---------------------------------------------------------------------------
# qn04 — Báo cáo của Ban Tuyên giáo và Dân vận Huyện ủy (.md, Markdown tables)
# ---------------------------------------------------------------------------
QN04 = """\
HUYỆN ỦY NGHĨA XUYÊN
BAN TUYÊN GIÁO VÀ DÂN VẬN
Số 47-BC/BTGDV

ĐẢNG CỘNG SẢN VIỆT NAM

*Nghĩa Xuyên, ngày 26 tháng 6 năm 2026*

# BÁO CÁO

## Kết quả công tác khoa giáo 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2026

### I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2026

**1. Công tác tham mưu, chỉ đạo**

Ban Tuyên giáo và Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 112-KH/HU ngày 18/3/2026 thực hiện Chương trình hành động số 19-CTr/TU của Ban Thường vụ Tỉnh ủy về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; phối hợp với UBND huyện ban hành Kế hoạch số 40/KH-UBND ngày 02/4/2026 thực hiện Kế hoạch số 86/KH-UBND của UBND tỉnh. Ban đã tổ chức 02 hội nghị quán triệt cho 356 cán bộ chủ chốt của huyện và cơ sở.

**2. Công tác tuyên truyền và phong trào "Bình dân học vụ số"**

Các cấp ủy, chính quyền cơ sở đã tổ chức tuyên truyền lồng ghép trong sinh hoạt chi bộ, họp thôn, tổ dân phố. Kết quả tại các đơn vị như sau:

| Đơn vị | Số buổi tuyên truyền | Lượt người tham dự | Lớp "Bình dân học vụ số" | Người được phổ cập kỹ năng số |
|---|---|---|---|---|
| Thị trấn Nghĩa Xuyên | 14 | 1.260 | 6 | 412 |
| Xã Khánh Đào | 11 | 945 | 5 | 338 |
| Xã Vũ Nông | 9 | 720 | 4 | 251 |
| Xã Liễu Dương | 7 | 530 | 3 | 176 |
| Xã Tiên Sà | 6 | 468 | 2 | 119 |
| **Tổng cộng** | **47** | **3.923** | **20** | **1.296** |

Kết quả một số chỉ tiêu so với kế hoạch năm:

| Chỉ tiêu | Kế hoạch năm 2026 | Thực hiện 6 tháng | Tỷ lệ đạt |
|---|---|---|---|
| Tin, bài về khoa học, công nghệ và chuyển đổi số trên Đài Truyền thanh huyện | 150 tin, bài | 86 tin, bài | 57,3% |
| Mô hình ứng dụng khoa học, công nghệ được tuyên truyền, nhân rộng | 8 mô hình | 3 mô hình | 37,5% |
| Người trưởng thành có tài khoản định danh điện tử mức 2 | 85% | 78,4% | chưa đạt |

**3. Giáo dục, đào tạo và hoạt động sáng tạo**

100% trường THCS trên địa bàn huyện đã tổ chức ít nhất 02 chủ đề dạy học STEM mỗi học kỳ. Ngày 28/3/2026, Phòng Giáo dục và Đào tạo huyện tổ chức Cuộc thi khoa học, kỹ thuật cấp huyện với 31 dự án, lựa chọn 04 dự án dự thi cấp tỉnh. Tại Cuộc thi cấp tỉnh tháng 5/2026, dự án "Máy sấy chè bằng năng lượng mặt trời" của học sinh Trường THCS Khánh Đào đạt giải Ba.

**4. Hạn chế, nguyên nhân**

Tỷ lệ người cao tuổi tham gia các lớp kỹ năng số còn thấp (khoảng 9% tổng số học viên); xã Tiên Sà còn 03 thôn chưa có sóng di động ổn định; thành viên Tổ công nghệ số cộng đồng ở một số xã chưa được tập huấn bài bản; kinh phí cho công tác khoa giáo ở cơ sở còn hạn hẹp.

### II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026

1. Ban Tuyên giáo và Dân vận Huyện ủy tham mưu Ban Thường vụ Huyện ủy sơ kết 01 năm thực hiện Kế hoạch số 112-KH/HU, hoàn thành trước ngày 15/12/2026.
2. Đề nghị UBND huyện chỉ đạo các doanh nghiệp viễn thông khắc phục tình trạng lõm sóng tại 03 thôn của xã Tiên Sà trước ngày 30/9/2026.
3. Trung tâm Văn hóa, Thông tin và Thể thao huyện duy trì chuyên mục "Nông dân với khoa học" trên Đài Truyền thanh huyện, bảo đảm 02 số/tháng.
4. Phòng Giáo dục và Đào tạo huyện chỉ đạo các trường THCS thành lập câu lạc bộ STEM, hoàn thành trước ngày khai giảng năm học 2026-2027.
5. Đảng ủy các xã, thị trấn đưa nội dung chuyển đổi số vào sinh hoạt chi bộ định kỳ hằng tháng; chỉ đạo Tổ công nghệ số cộng đồng hoạt động thực chất.
6. Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện phối hợp mở thêm ít nhất 15 lớp "Bình dân học vụ số" cho hội viên là người cao tuổi, phụ nữ và người dân tộc thiểu số.
7. Hội Khuyến học huyện trao 40 suất học bổng "Tiếp sức học trò số", mỗi suất 1.500.000 đồng, cho học sinh nghèo vượt khó có thành tích trong hoạt động STEM, dự kiến trao vào dịp khai giảng.

### III. ĐỀ XUẤT, KIẾN NGHỊ

Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức tập huấn nghiệp vụ khoa giáo cho cán bộ cấp xã và hỗ trợ tài liệu tuyên truyền về chuyển đổi số bằng tiếng Tày, tiếng Dao.

Đầu mối theo dõi: đồng chí Lò Thị Mai Hương, Phó Trưởng Ban, điện thoại 0214 3 871 226.

T/M BAN TUYÊN GIÁO VÀ DÂN VẬN  
TRƯỞNG BAN  
(Đã ký)  
Triệu Đức Mạnh

**Nơi nhận:**
- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c),
- Thường trực Huyện ủy (b/c),
- UBND huyện,
- Các chi, đảng bộ cơ sở,
- Lưu BTGDV.
"""

# ---------------------------------------------------------------------------
# qn05 — Thông báo kết luận của UBND xã (.txt, plain lines, small schedule)
# ---------------------------------------------------------------------------
QN05 = """\
UBND HUYỆN NGHĨA XUYÊN
ỦY BAN NHÂN DÂN XÃ KHÁNH ĐÀO
Số: 41/TB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Khánh Đào, ngày 10 tháng 4 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch UBND xã tại cuộc họp triển khai phong trào "Bình dân học vụ số" và kiện toàn Tổ công nghệ số cộng đồng xã năm 2026

Ngày 09/4/2026, tại Hội trường UBND xã, đồng chí Hà Văn Lịch, Chủ tịch UBND xã chủ trì cuộc họp triển khai phong trào "Bình dân học vụ số" và kiện toàn Tổ công nghệ số cộng đồng xã năm 2026. Tham dự cuộc họp có: đồng chí Vi Thị Nguyệt, Phó Chủ tịch UBND xã; công chức Văn hóa - Xã hội; Bí thư Đoàn Thanh niên xã; Chủ tịch Hội Nông dân, Hội Liên hiệp Phụ nữ, Hội Người cao tuổi xã; Hiệu trưởng Trường THCS Khánh Đào và Trường Tiểu học Khánh Đào; Trưởng 9 thôn; đại diện Bưu điện văn hóa xã và Trung tâm Viễn thông Nghĩa Xuyên.

Sau khi nghe công chức Văn hóa - Xã hội báo cáo kết quả quý I và dự thảo kế hoạch năm 2026, ý kiến của các đại biểu dự họp, Chủ tịch UBND xã kết luận như sau:

1. Đánh giá chung
Trong quý I/2026, xã đã mở 02 lớp phổ cập kỹ năng số với 71 học viên; kiện toàn 09 Tổ công nghệ số cộng đồng ở 9 thôn với tổng số 46 thành viên; tỷ lệ người trưởng thành có tài khoản định danh điện tử mức 2 đạt 74%. Tuy nhiên, người cao tuổi tham gia còn ít; nhà văn hóa thôn Pò Hẩu và thôn Nặm Dìn chưa có mạng internet; một số thành viên Tổ công nghệ số cộng đồng chưa nắm vững các dịch vụ công trực tuyến.

2. Mục tiêu năm 2026
Mở tổng cộng 12 lớp "Bình dân học vụ số" trong năm 2026 với ít nhất 400 lượt học viên; 100% thành viên Tổ công nghệ số cộng đồng được tập huấn trước ngày 30/6/2026; tỷ lệ người trưởng thành có tài khoản định danh điện tử mức 2 đạt 85% vào cuối năm.

3. Giao nhiệm vụ cụ thể
a) Công chức Văn hóa - Xã hội (ông Lường Văn Tâm) là đầu mối, chủ trì xây dựng kế hoạch mở lớp chi tiết, trình UBND xã trước ngày 17/4/2026; tổng hợp, báo cáo kết quả định kỳ hằng tháng trước ngày 25.
b) Đoàn Thanh niên xã bố trí 20 đoàn viên làm "tình nguyện viên số", hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử và thanh toán không dùng tiền mặt.
c) Trường THCS Khánh Đào có trách nhiệm cho mượn phòng máy tính (25 máy) vào tối thứ Ba và thứ Năm hằng tuần; cử 02 giáo viên Tin học tham gia giảng dạy.
d) Hội Nông dân, Hội Liên hiệp Phụ nữ và Hội Người cao tuổi xã vận động hội viên đăng ký học, mỗi hội ít nhất 40 hội viên; gửi danh sách về UBND xã (qua công chức Văn hóa - Xã hội) trước ngày 24/4/2026.
đ) Trưởng các thôn thông báo lịch học trên loa truyền thanh thôn và nhóm Zalo của thôn; bố trí nhà văn hóa thôn làm điểm học, bảo đảm bàn ghế, ánh sáng.
e) Đề nghị Trung tâm Viễn thông Nghĩa Xuyên hỗ trợ lắp đặt wifi miễn phí tại nhà văn hóa thôn Pò Hẩu và thôn Nặm Dìn trước ngày 15/5/2026.
g) Văn phòng - Thống kê xã tham mưu bố trí 38,5 triệu đồng từ ngân sách xã để mua tài liệu, hỗ trợ người giảng dạy (100.000 đồng/buổi) và các chi phí phục vụ lớp học.

4. Lịch mở lớp đợt 2 (tháng 4 - tháng 5/2026)

| Lớp | Địa điểm | Thời gian | Người phụ trách |
|---|---|---|---|
| Lớp số 3 | Nhà văn hóa thôn Đồng Luông | 19h30 thứ Ba, thứ Năm; từ 21/4 đến 14/5/2026 | Lường Văn Tâm |
| Lớp số 4 | Phòng máy Trường THCS Khánh Đào | 19h00 thứ Ba, thứ Năm; từ 21/4 đến 14/5/2026 | thầy Hoàng Quốc Việt |
| Lớp số 5 | Nhà văn hóa thôn Cốc Phầy | 14h00 Chủ nhật; từ 26/4 đến 31/5/2026 | Nông Thị Hiền, Bí thư Đoàn xã |

Người dân có nhu cầu đăng ký học liên hệ trực tiếp Trưởng thôn hoặc ông Lường Văn Tâm, công chức Văn hóa - Xã hội, điện thoại 0378 552 190.

UBND xã thông báo để các cơ quan, đơn vị, cá nhân liên quan biết, thực hiện./.

Nơi nhận:
- UBND huyện Nghĩa Xuyên (b/c);
- Phòng Văn hóa, Khoa học và Thông tin huyện;
- TT Đảng ủy, TT HĐND xã;
- CT, PCT UBND xã;
- Các thành phần dự họp;
- Lưu: VT.

TL. CHỦ TỊCH
CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ
(Đã ký)
Đinh Thị Yến
"""


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    rows = []
    for line in nfc(QN01).splitlines():
        tag, text = line[:2], line[2:]
        if tag == "T:":
            rows.append([c.strip() for c in text.split(" | ")])
            continue
        if rows:
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            rows = []
        if tag == "C:":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(text).bold = True
        elif tag == "B:":
            p = doc.add_paragraph()
            p.add_run(text).bold = True
        elif tag == "N:":
            doc.add_paragraph(text, style="List Number")
        elif tag == "*:":
            doc.add_paragraph(text, style="List Bullet")
        else:
            doc.add_paragraph(text)
    doc.save(path)


class PDF(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("dv", size=8)
        self.cell(0, 6, str(self.page_no()), align="C")


def build_pdf(path):
    pdf = PDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.add_page()
    # two-column header
    left = ["ỦY BAN NHÂN DÂN", "HUYỆN THẠCH QUỲ", "", "Số: 2315/QĐ-UBND"]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
             "Thạch Quỳ, ngày 20 tháng 3 năm 2026"]
    for i, (a, b) in enumerate(zip(left, right)):
        pdf.set_font("dv", "B" if i < 2 else "", 10)
        pdf.cell(70, 6, nfc(a), align="C")
        pdf.cell(0, 6, nfc(b), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def emit(items):
        for tag, text in items:
            text = nfc(text)
            if tag == "C":
                pdf.set_font("dv", "B", 11)
                pdf.multi_cell(0, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
            elif tag == "B":
                pdf.set_font("dv", "B", 10.5)
                pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("dv", "", 10.5)
                pdf.multi_cell(0, 6, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)

    emit(QN03_DECISION)
    pdf.ln(3)
    y0 = pdf.get_y()
    pdf.set_font("dv", "", 9)
    for s in QN03_SIGN_LEFT:
        pdf.cell(80, 5, nfc(s), new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0)
    pdf.set_font("dv", "B", 10)
    for s in QN03_SIGN_RIGHT:
        pdf.set_x(110)
        pdf.cell(80, 6, nfc(s), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    emit(QN03_RULES)
    pdf.ln(2)
    pdf.set_font("dv", "B", 10)
    for s in ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nông Văn Khải"]:
        pdf.set_x(110)
        pdf.cell(80, 6, nfc(s), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)
    return pdf.page_no()


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, "qn01_kh_khcn_cds_tinh.docx"))
    with open(os.path.join(CORPUS, "qn02_cv_thi_khkt_sgddt.txt"), "w", encoding="utf-8") as f:
        f.write(nfc(QN02_HEAD + "\n" + hard_wrap(QN02_BODY) + QN02_FOOT))
    pages = build_pdf(os.path.join(CORPUS, "qn03_qd_hoithi_sangtao_huyen.pdf"))
    with open(os.path.join(CORPUS, "qn04_bc_khoagiao_huyenuy.md"), "w", encoding="utf-8") as f:
        f.write(nfc(QN04))
    with open(os.path.join(CORPUS, "qn05_tb_ketluan_xa.txt"), "w", encoding="utf-8") as f:
        f.write(nfc(QN05))
    print("built; pdf pages:", pages)


if __name__ == "__main__":
    main()
