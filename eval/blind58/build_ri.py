# -*- coding: utf-8 -*-
"""Rebuild the 5 corpus files of eval set blind58 (tỉnh Cao Lộc Nam, chính quyền 2 cấp).

All text is invented. Run:  /work/main/.venv/bin/python build_ri.py
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
# ri01 - Chương trình của UBND tỉnh (.docx, List Number / List Bullet + bảng nhiệm vụ)
# ---------------------------------------------------------------------------
RI01 = [
    ("C", "UBND TỈNH CAO LỘC NAM"),
    ("C", "Số: 27/CTr-UBND"),
    ("CB", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("CB", "Độc lập - Tự do - Hạnh phúc"),
    ("R", "Thành Mai, ngày 14 tháng 10 năm 2025"),
    ("CB", "CHƯƠNG TRÌNH"),
    ("CB", "Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Cao Lộc Nam giai đoạn 2026 - 2030"),
    ("P", "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;"),
    ("P", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("P", "Căn cứ Chương trình hành động số 19-CTr/TU ngày 26/3/2025 của Ban Chấp hành Đảng bộ tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số;"),
    ("P", "Xét đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 412/TTr-SKHCN ngày 30/9/2025, UBND tỉnh ban hành Chương trình phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Cao Lộc Nam giai đoạn 2026 - 2030 (sau đây gọi tắt là Chương trình) với các nội dung sau:"),
    ("H", "I. MỤC TIÊU"),
    ("H", "1. Mục tiêu chung"),
    ("P", "Đưa khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trở thành động lực chính cho tăng trưởng kinh tế - xã hội của tỉnh; nâng cao năng lực quản trị của chính quyền địa phương hai cấp; phổ cập kỹ năng số cho mọi người dân, nhất là người dân vùng cao."),
    ("H", "2. Mục tiêu cụ thể đến năm 2030"),
    ("B", "Chi cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số chiếm tối thiểu 3% tổng chi ngân sách tỉnh hằng năm."),
    ("B", "100% xã, phường duy trì Tổ công nghệ số cộng đồng hoạt động thường xuyên; 90% thôn, bản, tổ dân phố có điểm truy cập Internet công cộng miễn phí."),
    ("B", "Tối thiểu 80% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản; 95% hồ sơ thủ tục hành chính của cấp tỉnh và cấp xã tiếp nhận, giải quyết trên môi trường số."),
    ("B", "Hằng năm có ít nhất 12 nhiệm vụ khoa học và công nghệ cấp tỉnh nghiệm thu và ứng dụng vào thực tiễn; hỗ trợ hình thành 30 doanh nghiệp khởi nghiệp đổi mới sáng tạo trong cả giai đoạn."),
    ("B", "100% trường phổ thông triển khai giáo dục STEM; 70% trường trung học có câu lạc bộ lập trình hoặc robot."),
    ("H", "II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM"),
    ("N", "Hoàn thiện cơ chế, chính sách: xây dựng, trình HĐND tỉnh ban hành Nghị quyết quy định chính sách hỗ trợ đổi mới sáng tạo, khởi nghiệp và chuyển giao công nghệ trên địa bàn tỉnh trong năm 2026."),
    ("N", "Phát triển hạ tầng số: phủ sóng di động băng rộng 4G/5G đến 100% thôn, bản trước năm 2028; xây dựng Trung tâm dữ liệu tỉnh và nền tảng dữ liệu dùng chung, kết nối với Cơ sở dữ liệu quốc gia về dân cư."),
    ("N", "Phổ cập kỹ năng số, đẩy mạnh phong trào \"Bình dân học vụ số\": mở lớp hướng dẫn kỹ năng số tại nhà văn hóa thôn, bản, tổ dân phố; biên soạn tài liệu hướng dẫn song ngữ Việt - Tày, Việt - Dao."),
    ("N", "Nâng cao tiềm lực khoa học và công nghệ: tăng vốn điều lệ Quỹ phát triển khoa học và công nghệ tỉnh lên 50 tỷ đồng; ưu tiên nhiệm vụ về cây dược liệu, chế biến quế, hồi và bảo tồn nguồn gen bản địa."),
    ("N", "Đổi mới giáo dục: triển khai giáo dục STEM, giáo dục trí tuệ nhân tạo và an toàn thông tin trong trường phổ thông; bồi dưỡng giáo viên tin học, công nghệ về trí tuệ nhân tạo."),
    ("N", "Tuyên truyền, nâng cao nhận thức: phát động thi đua đổi mới sáng tạo; tổ chức Hội thi Sáng tạo kỹ thuật tỉnh hai năm một lần."),
    ("H", "III. KINH PHÍ THỰC HIỆN"),
    ("P", "Tổng kinh phí dự kiến thực hiện Chương trình giai đoạn 2026 - 2030 khoảng 1.240 tỷ đồng, trong đó: ngân sách trung ương hỗ trợ 410 tỷ đồng; ngân sách tỉnh 615 tỷ đồng; ngân sách cấp xã 95 tỷ đồng; nguồn xã hội hóa và doanh nghiệp 120 tỷ đồng. Riêng năm 2026, ngân sách tỉnh bố trí 118 tỷ đồng để khởi động các nhiệm vụ trọng tâm."),
    ("H", "IV. TỔ CHỨC THỰC HIỆN"),
    ("P", "1. Sở Khoa học và Công nghệ là cơ quan thường trực Chương trình; chủ trì, phối hợp với các sở, ban, ngành và UBND các xã, phường hướng dẫn, theo dõi, kiểm tra việc thực hiện; tổng hợp, báo cáo UBND tỉnh định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 10/12); tham mưu sơ kết giữa kỳ vào quý IV/2028 và tổng kết vào quý IV/2030."),
    ("P", "2. Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu UBND tỉnh cân đối, bố trí kinh phí thực hiện Chương trình trong dự toán ngân sách hằng năm."),
    ("P", "3. Sở Giáo dục và Đào tạo có trách nhiệm xây dựng Kế hoạch giáo dục STEM, trí tuệ nhân tạo trong trường phổ thông giai đoạn 2026 - 2030; bảo đảm đến hết năm 2027 toàn bộ giáo viên tin học cấp trung học phổ thông hoàn thành bồi dưỡng về trí tuệ nhân tạo."),
    ("P", "4. Sở Nội vụ chủ trì đưa tiêu chí chuyển đổi số vào đánh giá, xếp loại cán bộ, công chức, viên chức từ năm 2026."),
    ("P", "5. Sở Văn hóa, Thể thao và Du lịch chủ trì số hóa hồ sơ di sản văn hóa phi vật thể của tỉnh (hát Then, đàn tính, lễ cấp sắc của người Dao) và xây dựng bản đồ du lịch số."),
    ("P", "6. Công an tỉnh bảo đảm an ninh mạng, bảo vệ dữ liệu cá nhân; hướng dẫn Công an cấp xã hỗ trợ người dân kích hoạt tài khoản định danh điện tử VNeID mức độ 2."),
    ("P", "7. Báo và Phát thanh, Truyền hình Cao Lộc Nam mở chuyên mục \"Khoa học và cuộc sống số\" phát sóng định kỳ hằng tuần vào tối thứ Bảy."),
    ("P", "8. UBND các xã, phường ban hành kế hoạch thực hiện Chương trình tại địa phương trước ngày 30/11/2025; kiện toàn Tổ công nghệ số cộng đồng; chủ động bố trí ngân sách cấp xã và báo cáo kết quả định kỳ hằng quý về Sở Khoa học và Công nghệ."),
    ("P", "9. Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì định hướng công tác tuyên truyền; đề nghị Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội tỉnh và Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tham gia tuyên truyền, hưởng ứng phong trào \"Bình dân học vụ số\" và giám sát việc thực hiện Chương trình."),
    ("P", "Đầu mối liên hệ: bà Sầm Thị Nguyệt, Phó Trưởng phòng Quản lý công nghệ và chuyển đổi số, Sở Khoa học và Công nghệ; điện thoại 0915 274 630; thư điện tử nguyetst.skhcn@caolocnam.gov.vn."),
    ("H", "V. DANH MỤC NHIỆM VỤ CỤ THỂ"),
    ("TABLE", None),
    ("P", "Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./."),
    ("L", "Nơi nhận:"),
    ("L", "- Bộ Khoa học và Công nghệ;"),
    ("L", "- Thường trực Tỉnh ủy;"),
    ("L", "- Thường trực HĐND tỉnh;"),
    ("L", "- CT, các PCT UBND tỉnh;"),
    ("L", "- Các sở, ban, ngành tỉnh;"),
    ("L", "- UBND các xã, phường;"),
    ("L", "- Lưu: VT, KGVX."),
    ("R", "TM. UBND TỈNH"),
    ("R", "KT. CHỦ TỊCH"),
    ("R", "PHÓ CHỦ TỊCH"),
    ("R", "Hứa Minh Chiến"),
]

RI01_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Xây dựng Nghị quyết về chính sách hỗ trợ đổi mới sáng tạo, khởi nghiệp và chuyển giao công nghệ", "Sở Khoa học và Công nghệ", "Sở Tài chính, Sở Tư pháp", "Quý II/2026"],
    ["2", "Đề án phổ cập kỹ năng số cho người dân vùng cao", "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo, UBND các xã, phường", "Tháng 3/2026"],
    ["3", "Kế hoạch giáo dục STEM, trí tuệ nhân tạo trong trường phổ thông", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Tháng 12/2025"],
    ["4", "Số hóa hồ sơ di sản văn hóa phi vật thể", "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Năm 2027"],
    ["5", "Trung tâm dữ liệu tỉnh và nền tảng dữ liệu dùng chung", "Sở Khoa học và Công nghệ", "Công an tỉnh", "Năm 2027"],
    ["6", "Bộ chỉ số đánh giá mức độ chuyển đổi số cấp xã", "Sở Khoa học và Công nghệ", "Sở Nội vụ", "Quý I/2026"],
    ["7", "Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Sở Khoa học và Công nghệ, Tỉnh đoàn", "2026 - 2027"],
]


def build_ri01(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for kind, text in RI01:
        if kind == "TABLE":
            tb = doc.add_table(rows=0, cols=5)
            tb.style = "Table Grid"
            for i, row in enumerate(RI01_TABLE):
                cells = tb.add_row().cells
                for c, val in zip(cells, row):
                    c.text = N(val)
                    if i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            continue
        text = N(text)
        if kind == "N":
            doc.add_paragraph(text, style="List Number")
        elif kind == "B":
            doc.add_paragraph(text, style="List Bullet")
        else:
            p = doc.add_paragraph()
            run = p.add_run(text)
            if kind in ("CB", "H"):
                run.bold = True
            if kind in ("C", "CB"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif kind == "R":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif kind == "P":
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.save(path)


# ---------------------------------------------------------------------------
# ri02 - Kế hoạch của UBND xã (.txt, hard-wrapped như chép từ PDF, header 2 cột)
# ---------------------------------------------------------------------------
RI02_HEADER = """\
UBND XÃ NÀ THẲM                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                        Độc lập - Tự do - Hạnh phúc
Số: 41/KH-UBND                     Nà Thẳm, ngày 05 tháng 11 năm 2025

                              KẾ HOẠCH
   Triển khai phong trào "Bình dân học vụ số" và phổ cập kỹ năng số
              cho người dân xã Nà Thẳm năm 2026
"""

RI02_BODY = """\
Thực hiện Chương trình số 27/CTr-UBND ngày 14/10/2025 của UBND tỉnh Cao Lộc Nam về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Cao Lộc Nam giai đoạn 2026 - 2030; Nghị quyết số 08-NQ/ĐU ngày 20/10/2025 của Đảng ủy xã Nà Thẳm về lãnh đạo chuyển đổi số trên địa bàn xã, UBND xã Nà Thẳm ban hành Kế hoạch triển khai phong trào "Bình dân học vụ số" năm 2026 như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Phổ cập kỹ năng số cơ bản cho người dân, trước hết là người cao tuổi, phụ nữ, người dân tộc Tày, Dao ở các thôn, bản xa trung tâm xã; giúp người dân tự thực hiện thủ tục hành chính trên môi trường số, sử dụng thanh toán không dùng tiền mặt và tự bảo vệ mình trước các hình thức lừa đảo trên mạng.
2. Huy động cả hệ thống chính trị, nhà trường, đoàn viên thanh niên cùng tham gia; nội dung hướng dẫn ngắn gọn, dễ hiểu, "cầm tay chỉ việc", phù hợp phong tục, tập quán của từng thôn, bản.

II. CHỈ TIÊU NĂM 2026
- 75% người dân từ 15 tuổi trở lên biết cài đặt, sử dụng ứng dụng VNeID mức độ 2 và nộp hồ sơ dịch vụ công trực tuyến.
- Mở tối thiểu 36 lớp "Bình dân học vụ số" tại 9 thôn, bản (mỗi thôn, bản 4 lớp), thu hút khoảng 1.400 lượt người tham gia.
- 100% cán bộ, công chức xã hoàn thành khóa bồi dưỡng kỹ năng số trên nền tảng "Học vụ số" trước ngày 30/6/2026.
- 60% hộ sản xuất chè, quế, hồi có tài khoản thanh toán điện tử; 12 sản phẩm OCOP và sản phẩm chủ lực của xã có mã QR truy xuất nguồn gốc.
- 9/9 thôn, bản có Tổ công nghệ số cộng đồng hoạt động thường xuyên.

III. NỘI DUNG, NHIỆM VỤ
1. Tuyên truyền trên hệ thống loa truyền thanh các thôn, bản bằng tiếng Việt, tiếng Tày và tiếng Dao, phát định kỳ hằng tuần vào tối thứ Sáu; in 2.500 tờ gấp hướng dẫn cài đặt VNeID, cấp phát đến từng hộ gia đình.
2. Tổ chức lớp "Bình dân học vụ số" tại nhà văn hóa thôn, bản vào buổi tối hoặc ngày nghỉ. Lớp đầu tiên khai giảng ngày 15/3/2026 tại Nhà văn hóa thôn Nà Pục; các lớp tiếp theo luân phiên tại thôn Cốc Sâm, bản Pác Xả, thôn Phja Đén và các thôn, bản còn lại theo lịch do Phòng Văn hóa - Xã hội thông báo.
3. Bố trí "Góc hướng dẫn số" tại Trung tâm Phục vụ hành chính công xã với 02 máy tính kết nối Internet, có đoàn viên thanh niên trực hỗ trợ người dân vào sáng thứ Ba và sáng thứ Năm hằng tuần.
4. Tổ chức Ngày hội "Nà Thẳm số" vào ngày 26/3/2026 tại sân Trường THCS Nà Thẳm, gồm các hoạt động: trưng bày sản phẩm OCOP gắn mã QR, thi tìm hiểu kỹ năng số, hướng dẫn mở tài khoản thanh toán điện tử.
5. Rà soát, thống kê người dân chưa có điện thoại thông minh để vận động doanh nghiệp viễn thông hỗ trợ thiết bị; ưu tiên hộ nghèo, hộ cận nghèo.

IV. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch năm 2026 là 214 triệu đồng, gồm: ngân sách xã 165 triệu đồng; kinh phí tỉnh hỗ trợ theo Chương trình số 27/CTr-UBND là 35 triệu đồng; nguồn xã hội hóa từ doanh nghiệp viễn thông 14 triệu đồng. Mức chi bồi dưỡng người hướng dẫn lớp học là 150.000 đồng/buổi.

V. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội là cơ quan thường trực, chủ trì, phối hợp với Văn phòng HĐND và UBND xã tham mưu UBND xã triển khai Kế hoạch; xây dựng lịch mở lớp tại các thôn, bản; tổng hợp, báo cáo UBND xã định kỳ hằng quý, trước ngày 20 của tháng cuối quý; tham mưu báo cáo tổng kết gửi Sở Khoa học và Công nghệ trước ngày 10/12/2026.
2. Văn phòng HĐND và UBND xã bảo đảm hoạt động của Cổng thông tin điện tử xã; chủ trì số hóa hồ sơ, tài liệu lưu trữ của xã, hoàn thành trước ngày 31/10/2026; tham mưu bố trí kinh phí theo Kế hoạch.
3. Trung tâm Phục vụ hành chính công xã có trách nhiệm vận hành "Góc hướng dẫn số", thống kê tỷ lệ hồ sơ trực tuyến và gửi số liệu về Phòng Văn hóa - Xã hội trước ngày 05 hằng tháng.
4. Phòng Kinh tế chủ trì hướng dẫn hộ sản xuất, hợp tác xã mở tài khoản thanh toán điện tử, gắn mã QR truy xuất nguồn gốc cho sản phẩm OCOP; hoàn thành việc gắn mã QR trước ngày 30/9/2026.
5. Công an xã hướng dẫn người dân kích hoạt tài khoản định danh điện tử VNeID mức độ 2; tuyên truyền, cảnh báo các thủ đoạn lừa đảo qua mạng tại các lớp học.
6. Trường Mầm non Nà Thẳm, Trường Tiểu học Nà Thẳm và Trường THCS Nà Thẳm cử giáo viên tin học làm báo cáo viên, cho mượn phòng máy tính vào ngày nghỉ. Trường THCS Nà Thẳm chủ trì, phối hợp với Đoàn Thanh niên xã tổ chức Ngày hội "Nà Thẳm số".
7. Trưởng thôn, bản có trách nhiệm bố trí địa điểm, thông báo lịch học đến từng hộ và vận động người dân tham gia lớp học.
8. Đề nghị Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã phát động đoàn viên, hội viên tham gia phong trào; Đoàn Thanh niên xã thành lập 9 đội "Thanh niên tình nguyện số" tại 9 thôn, bản trước ngày 28/02/2026.

Người liên hệ: ông Nông Đức Thịnh, công chức Phòng Văn hóa - Xã hội; điện thoại 0978 316 425; thư điện tử thinhnd.nathaam@caolocnam.gov.vn.

Trên đây là Kế hoạch triển khai phong trào "Bình dân học vụ số" năm 2026 của UBND xã Nà Thẳm. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Văn hóa - Xã hội để tổng hợp, báo cáo Chủ tịch UBND xã xem xét, giải quyết./.
"""

RI02_FOOTER = """\

Nơi nhận:                                        TM. UBND XÃ
- Sở Khoa học và Công nghệ tỉnh;                     CHỦ TỊCH
- Thường trực Đảng ủy xã;
- Thường trực HĐND xã;
- CT, các PCT UBND xã;                             (đã ký)
- Như mục V;
- Lưu: VT, VHXH.                                  Lò Văn Quyết
"""


def build_ri02(path):
    out = [RI02_HEADER, ""]
    for para in RI02_BODY.split("\n"):
        if not para.strip():
            out.append("")
            continue
        out.append(textwrap.fill(para, width=72, break_long_words=False, break_on_hyphens=False))
    out.append(RI02_FOOTER)
    with open(path, "w", encoding="utf-8") as f:
        f.write(N("\n".join(out)))


# ---------------------------------------------------------------------------
# ri03 - Thông báo của Sở KH&CN (.md, bảng Markdown lịch và cơ cấu giải)
# ---------------------------------------------------------------------------
RI03 = """\
UBND TỈNH CAO LỘC NAM
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 126/TB-SKHCN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Thành Mai, ngày 20 tháng 01 năm 2026

# THÔNG BÁO
## Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Cao Lộc Nam lần thứ IX (2026 - 2027)

Căn cứ Chương trình số 27/CTr-UBND ngày 14/10/2025 của UBND tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Cao Lộc Nam giai đoạn 2026 - 2030; Quyết định số 96/QĐ-UBND ngày 12/01/2026 của UBND tỉnh về việc thành lập Ban Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX, Sở Khoa học và Công nghệ (cơ quan Phó Trưởng ban Thường trực Ban Tổ chức) thông báo tổ chức Hội thi như sau:

### 1. Mục đích

Khơi dậy phong trào lao động sáng tạo trong cán bộ, công chức, viên chức, người lao động, nông dân, học sinh, sinh viên; phát hiện, tôn vinh và nhân rộng các giải pháp kỹ thuật có khả năng ứng dụng vào sản xuất và đời sống; lựa chọn giải pháp tiêu biểu tham dự Hội thi Sáng tạo kỹ thuật toàn quốc.

### 2. Đối tượng tham gia

Cá nhân, tập thể tác giả là người Việt Nam đang sinh sống, làm việc, học tập trên địa bàn tỉnh Cao Lộc Nam; cơ quan, doanh nghiệp, hợp tác xã đóng trên địa bàn tỉnh. Mỗi giải pháp có không quá 05 đồng tác giả. Không nhận các giải pháp từng nhận giải tại các hội thi, cuộc thi cấp tỉnh trở lên.

### 3. Lĩnh vực dự thi

Hội thi gồm 06 lĩnh vực: (1) Nông, lâm nghiệp và thủy sản; (2) Cơ khí, tự động hóa, xây dựng và giao thông; (3) Y tế, dược và bảo vệ môi trường; (4) Công nghệ thông tin, chuyển đổi số và trí tuệ nhân tạo; (5) Giáo dục, đào tạo và STEM; (6) Văn hóa, du lịch và bảo tồn di sản.

### 4. Lịch tổ chức

| Giai đoạn | Nội dung | Thời gian | Địa điểm / đơn vị thực hiện |
|---|---|---|---|
| 1 | Lễ phát động Hội thi | Ngày 25/02/2026 | Hội trường Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh |
| 2 | Nhận hồ sơ dự thi | Từ 01/3/2026 đến 17h00 ngày 30/9/2026 | Văn phòng Thường trực Hội thi |
| 3 | Chấm sơ khảo | Từ 05/10 đến 25/10/2026 | Hội đồng giám khảo các lĩnh vực |
| 4 | Chấm chung khảo, khảo sát tại nơi áp dụng | Từ 02/11 đến 30/11/2026 | Hội đồng giám khảo chung khảo |
| 5 | Lễ tổng kết, trao giải | Tháng 01/2027 | Trung tâm Hội nghị tỉnh, phường Thành Mai |

### 5. Cơ cấu giải thưởng

| Giải | Số lượng | Mức thưởng mỗi giải |
|---|---|---|
| Giải Nhất | 04 | 25.000.000 đồng |
| Giải Nhì | 06 | 15.000.000 đồng |
| Giải Ba | 10 | 8.000.000 đồng |
| Giải Khuyến khích | 20 | 3.000.000 đồng |

Tổng giá trị giải thưởng là 330.000.000 đồng. Các giải pháp đoạt giải Nhất, giải Nhì sẽ xem xét lựa chọn tham dự Hội thi Sáng tạo kỹ thuật toàn quốc và hỗ trợ đăng ký bảo hộ sở hữu trí tuệ. Kinh phí tổ chức Hội thi năm 2026 là 480 triệu đồng từ nguồn sự nghiệp khoa học và công nghệ của tỉnh.

### 6. Hồ sơ dự thi và nơi nhận

Mỗi giải pháp gồm 02 bộ hồ sơ bản giấy và 01 bản điện tử (phiếu đăng ký, bản mô tả giải pháp, xác nhận của đơn vị áp dụng). Hồ sơ gửi qua thư điện tử hoithisangtao@caolocnam.org.vn hoặc nộp trực tiếp tại Văn phòng Thường trực Hội thi, đặt tại Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, số 18 đường Phan Đình Giót, phường Thành Mai.

Người liên hệ: bà Lục Thị Hằng, Chánh Văn phòng Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh; điện thoại 0204 3852 719 hoặc 0936 540 218.

### 7. Tổ chức thực hiện

1. Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh là cơ quan thường trực Hội thi, chủ trì tiếp nhận hồ sơ, tổ chức chấm sơ khảo và chuẩn bị Lễ tổng kết, trao giải.
2. Phòng Quản lý khoa học và sở hữu trí tuệ (Sở Khoa học và Công nghệ) chủ trì thẩm định tính mới của các giải pháp đề nghị trao giải Nhất, giải Nhì, hoàn thành trước ngày 20/11/2026.
3. Đề nghị Sở Giáo dục và Đào tạo phổ biến Thể lệ đến các trường trung học phổ thông, Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên và khuyến khích giáo viên, học sinh tham gia.
4. Đề nghị Tỉnh đoàn phối hợp phát động trong đoàn viên, thanh niên, gắn với phong trào "Thanh niên xung kích chuyển đổi số".
5. UBND các xã, phường tuyên truyền sâu rộng về Hội thi; mỗi xã, phường giới thiệu tối thiểu 02 giải pháp tham dự, gửi danh sách về Văn phòng Thường trực Hội thi trước ngày 31/7/2026.
6. Báo và Phát thanh, Truyền hình Cao Lộc Nam mở chuyên mục đưa tin về Hội thi trong suốt thời gian tổ chức.

Sở Khoa học và Công nghệ thông báo để các cơ quan, đơn vị, địa phương và các tác giả biết, tham gia./.

Nơi nhận:
- UBND tỉnh (để báo cáo);
- Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam;
- Thành viên Ban Tổ chức Hội thi;
- Các sở, ban, ngành tỉnh;
- UBND các xã, phường;
- Lưu: VT, QLKH.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

(đã ký)

Vi Thanh Tùng
"""


def build_ri03(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(N(RI03))


# ---------------------------------------------------------------------------
# ri04 - Quyết định của UBND phường + Quy chế kèm theo (.pdf, fpdf2 + DejaVu)
# ---------------------------------------------------------------------------
RI04_QD = [
    ("CB", "QUYẾT ĐỊNH"),
    ("CB", "Ban hành Quy chế tổ chức và hoạt động của Tổ công nghệ số cộng đồng phường Thành Mai"),
    ("CB", "CHỦ TỊCH UBND PHƯỜNG THÀNH MAI"),
    ("P", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    ("P", "Căn cứ Chương trình số 27/CTr-UBND ngày 14/10/2025 của UBND tỉnh Cao Lộc Nam về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh giai đoạn 2026 - 2030;"),
    ("P", "Căn cứ Kế hoạch số 203/KH-UBND ngày 21/11/2025 của UBND phường Thành Mai về chuyển đổi số năm 2026;"),
    ("P", "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội phường."),
    ("CB", "QUYẾT ĐỊNH:"),
    ("P", "Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của Tổ công nghệ số cộng đồng phường Thành Mai."),
    ("P", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
    ("P", "Điều 3. Chánh Văn phòng HĐND và UBND phường, Trưởng phòng Văn hóa - Xã hội, Trưởng phòng Kinh tế, Hạ tầng và Đô thị, Giám đốc Trung tâm Phục vụ hành chính công phường, Tổ trưởng các tổ dân phố và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."),
    ("SIG", None),
    ("PAGEBREAK", None),
    ("CB", "QUY CHẾ"),
    ("CB", "Tổ chức và hoạt động của Tổ công nghệ số cộng đồng phường Thành Mai"),
    ("C", "(Ban hành kèm theo Quyết định số 318/QĐ-UBND ngày 08/12/2025 của Chủ tịch UBND phường Thành Mai)"),
    ("CB", "Chương I. QUY ĐỊNH CHUNG"),
    ("P", "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng"),
    ("P", "Quy chế này quy định về tổ chức, nhiệm vụ, chế độ hỗ trợ và trách nhiệm phối hợp của các cơ quan, đơn vị đối với Tổ công nghệ số cộng đồng tại 14 tổ dân phố thuộc phường Thành Mai."),
    ("P", "Điều 2. Nguyên tắc hoạt động"),
    ("P", "Tổ công nghệ số cộng đồng hoạt động theo nguyên tắc tự nguyện, không thu phí của người dân, đi từng ngõ, gõ từng nhà, hướng dẫn từng người; bảo mật tuyệt đối thông tin cá nhân của người dân trong quá trình hỗ trợ."),
    ("CB", "Chương II. TỔ CHỨC VÀ NHIỆM VỤ"),
    ("P", "Điều 3. Cơ cấu tổ chức"),
    ("P", "Mỗi tổ dân phố thành lập 01 Tổ công nghệ số cộng đồng gồm từ 05 đến 07 thành viên. Tổ trưởng tổ dân phố làm Tổ trưởng; Bí thư Chi đoàn thanh niên làm Tổ phó; thành viên gồm cảnh sát khu vực, đại diện Chi hội Phụ nữ, Chi hội Cựu chiến binh và người dân có kỹ năng số. Toàn phường có 14 Tổ với 86 thành viên."),
    ("P", "Điều 4. Nhiệm vụ của Tổ công nghệ số cộng đồng"),
    ("P", "1. Hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, nộp hồ sơ dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và nhận diện các thủ đoạn lừa đảo trên không gian mạng."),
    ("P", "2. Mỗi tháng tổ chức ít nhất 01 buổi hướng dẫn tập trung tại nhà văn hóa tổ dân phố vào sáng Chủ nhật của tuần thứ hai; ưu tiên người cao tuổi, người khuyết tật, hộ kinh doanh cá thể."),
    ("P", "3. Ghi chép kết quả hỗ trợ vào sổ theo dõi và gửi về Phòng Văn hóa - Xã hội trước ngày 25 hằng tháng."),
    ("P", "Điều 5. Chế độ hỗ trợ"),
    ("P", "Mỗi thành viên Tổ được hỗ trợ cước viễn thông 100.000 đồng/tháng; mỗi buổi hướng dẫn tập trung được hỗ trợ 500.000 đồng để chi nước uống, in tài liệu. Tổng kinh phí hỗ trợ năm 2026 là 186 triệu đồng, bố trí từ ngân sách phường."),
    ("CB", "Chương III. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ"),
    ("P", "Điều 6. Phòng Văn hóa - Xã hội"),
    ("P", "Phòng Văn hóa - Xã hội là cơ quan thường trực, giúp Chủ tịch UBND phường quản lý hoạt động của các Tổ; tổ chức tập huấn cho thành viên Tổ ít nhất 02 lần/năm, lần thứ nhất hoàn thành trước ngày 31/01/2026; tổng hợp, báo cáo định kỳ 6 tháng trước ngày 15/6 và trước ngày 15/12. Đầu mối: bà Ma Thị Thu Trang, công chức Phòng Văn hóa - Xã hội, điện thoại 0946 203 587."),
    ("P", "Điều 7. Trung tâm Phục vụ hành chính công phường"),
    ("P", "Trung tâm Phục vụ hành chính công phường bố trí 01 quầy hỗ trợ nộp hồ sơ trực tuyến có thành viên Tổ trực luân phiên; hằng tháng thống kê số hồ sơ trực tuyến theo từng tổ dân phố, gửi Phòng Văn hóa - Xã hội."),
    ("P", "Điều 8. Văn phòng HĐND và UBND phường"),
    ("P", "Văn phòng HĐND và UBND phường tham mưu bố trí kinh phí hỗ trợ theo Điều 5; đăng tải tài liệu hướng dẫn và danh sách thành viên các Tổ trên Trang thông tin điện tử phường."),
    ("P", "Điều 9. Công an phường"),
    ("P", "Công an phường có trách nhiệm cử cảnh sát khu vực tham gia các Tổ; hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2 và cung cấp thông tin cảnh báo về các thủ đoạn lừa đảo mới."),
    ("P", "Điều 10. Trách nhiệm phối hợp"),
    ("P", "Đề nghị Đoàn Thanh niên phường duy trì hoạt động \"Chủ nhật số\" mỗi tháng một lần tại các tổ dân phố; đề nghị Hội Liên hiệp Phụ nữ phường vận động hội viên, nhất là chị em tiểu thương chợ Thành Mai, sử dụng thanh toán không dùng tiền mặt; đề nghị Mặt trận Tổ quốc Việt Nam phường giám sát hoạt động của các Tổ."),
    ("P", "Điều 11. Khen thưởng"),
    ("P", "Hằng năm, Chủ tịch UBND phường bình chọn 03 Tổ công nghệ số cộng đồng tiêu biểu để tặng Giấy khen, kèm tiền thưởng 2.000.000 đồng/Tổ; lễ biểu dương tổ chức cùng Hội nghị tổng kết công tác chuyển đổi số của phường."),
    ("P", "Điều 12. Điều khoản thi hành"),
    ("P", "Trong quá trình thực hiện, nếu có vướng mắc, các Tổ và cơ quan, đơn vị phản ánh về Phòng Văn hóa - Xã hội để tổng hợp, trình Chủ tịch UBND phường xem xét, sửa đổi, bổ sung Quy chế cho phù hợp./."),
]

RI04_NOINHAN = [
    "Nơi nhận:",
    "- Như Điều 3;",
    "- Sở Khoa học và Công nghệ (để b/c);",
    "- Thường trực Đảng ủy phường;",
    "- Thường trực HĐND phường;",
    "- CT, các PCT UBND phường;",
    "- Lưu: VT, VHXH.",
]
RI04_SIG = ["CHỦ TỊCH", "", "(đã ký)", "", "Bế Thị Loan"]


def build_ri04(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    # two-column header
    pdf.set_font("DV", "B", 10.5)
    left = ["UBND PHƯỜNG THÀNH MAI", "", "Số: 318/QĐ-UBND"]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Thành Mai, ngày 08 tháng 12 năm 2025"]
    for i, (a, b) in enumerate(zip(left, right)):
        pdf.set_font("DV", "B" if i < 2 else "", 10.5)
        pdf.cell(W * 0.4, 6, N(a), align="C")
        pdf.cell(W * 0.6, 6, N(b), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in RI04_QD:
        if kind == "PAGEBREAK":
            pdf.add_page()
            continue
        if kind == "SIG":
            pdf.ln(3)
            y = pdf.get_y()
            pdf.set_font("DV", "", 9.5)
            for line in RI04_NOINHAN:
                pdf.set_x(pdf.l_margin)
                pdf.cell(W * 0.5, 5, N(line), new_x="LMARGIN", new_y="NEXT")
            y2 = pdf.get_y()
            pdf.set_y(y)
            pdf.set_font("DV", "B", 11)
            for line in RI04_SIG:
                pdf.set_x(pdf.l_margin + W * 0.5)
                pdf.cell(W * 0.5, 6, N(line), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(y2, pdf.get_y()))
            continue
        if kind == "CB":
            pdf.set_font("DV", "B", 12)
            pdf.multi_cell(W, 7, N(text), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "C":
            pdf.set_font("DV", "", 10.5)
            pdf.multi_cell(W, 6, N(text), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            bold = text.startswith("Điều ") and len(text) < 70
            pdf.set_font("DV", "B" if bold else "", 11)
            pdf.multi_cell(W, 6.2, N(text), align="J" if not bold else "L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(path)


# ---------------------------------------------------------------------------
# ri05 - Công văn của Sở GD&ĐT (.txt, header 2 cột, mỗi đoạn một dòng)
# ---------------------------------------------------------------------------
RI05 = """\
UBND TỈNH CAO LỘC NAM                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                    Độc lập - Tự do - Hạnh phúc

Số: 214/SGDĐT-GDTrH                  Thành Mai, ngày 10 tháng 02 năm 2026
V/v hưởng ứng Hội thi Sáng tạo kỹ thuật
tỉnh lần thứ IX và đẩy mạnh giáo dục STEM,
trí tuệ nhân tạo trong trường học

Kính gửi:
- UBND các xã, phường;
- Hiệu trưởng các trường THPT, Trường Phổ thông Dân tộc nội trú tỉnh;
- Giám đốc các Trung tâm GDNN-GDTX khu vực.

Thực hiện Chương trình số 27/CTr-UBND ngày 14/10/2025 của UBND tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Cao Lộc Nam giai đoạn 2026 - 2030 và Thông báo số 126/TB-SKHCN ngày 20/01/2026 của Sở Khoa học và Công nghệ về tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX, Sở Giáo dục và Đào tạo (GD&ĐT) đề nghị các đơn vị triển khai một số nội dung sau:

1. Đối với các trường THPT, Trường Phổ thông Dân tộc nội trú tỉnh và các Trung tâm GDNN-GDTX khu vực

a) Phổ biến Thể lệ Hội thi đến toàn thể giáo viên, học sinh; mỗi trường THPT lựa chọn, hoàn thiện ít nhất 01 giải pháp hoặc sản phẩm thuộc lĩnh vực Giáo dục, đào tạo và STEM hoặc lĩnh vực Công nghệ thông tin, chuyển đổi số và trí tuệ nhân tạo; gửi hồ sơ về Sở GD&ĐT (qua Phòng Giáo dục Trung học) trước ngày 31/8/2026 để thẩm định sơ bộ trước khi Sở gửi Văn phòng Thường trực Hội thi.

b) Thành lập mới hoặc duy trì câu lạc bộ STEM, Robotics; tổ chức ít nhất 02 hoạt động trải nghiệm STEM cho học sinh trong học kỳ II năm học 2025 - 2026.

c) Thí điểm nội dung giáo dục trí tuệ nhân tạo (AI) ở lớp 10 và lớp 11 tại 06 trường: THPT Chuyên Cao Lộc Nam, THPT Thành Mai, THPT Pù Lình, THPT Tà Lèng, THPT Hồng Tiến và Trường Phổ thông Dân tộc nội trú tỉnh. Thời gian thí điểm từ tháng 3/2026 đến hết tháng 5/2026; mỗi lớp học 08 tiết trong giờ hoạt động trải nghiệm.

d) Bảo đảm an toàn thông tin khi sử dụng công cụ AI: không nhập dữ liệu cá nhân của học sinh, đề kiểm tra chưa công bố vào các công cụ AI công cộng; hướng dẫn học sinh sử dụng AI có trách nhiệm, trung thực trong học tập.

2. Đối với UBND các xã, phường

a) Hướng dẫn các trường mầm non, tiểu học, trung học cơ sở trên địa bàn tổ chức Ngày hội STEM cấp trường trong tháng 4/2026; lồng ghép với phong trào "Bình dân học vụ số", phát huy vai trò học sinh THCS làm "đại sứ số" hướng dẫn ông bà, cha mẹ sử dụng dịch vụ công trực tuyến.

b) Bố trí kinh phí từ ngân sách cấp xã để mua sắm bộ thiết bị STEM tối thiểu cho các trường THCS chưa có phòng học STEM.

c) Tổng hợp kết quả thực hiện tại địa phương, báo cáo về Sở GD&ĐT trước ngày 25/5/2026.

3. Giao Phòng Giáo dục Trung học chủ trì, phối hợp với Văn phòng Sở tổ chức tập huấn cho 120 giáo viên cốt cán về giảng dạy AI và STEM vào hai ngày 14 và 15/3/2026 tại Trường THPT Chuyên Cao Lộc Nam; tổng hợp hồ sơ các giải pháp, lập danh sách gửi Văn phòng Thường trực Hội thi trước ngày 15/9/2026.

4. Giao Phòng Khảo thí và Quản lý chất lượng phối hợp với Phòng Giáo dục Trung học xây dựng bộ tiêu chí đánh giá hoạt động giáo dục STEM trong trường trung học, hoàn thành trước ngày 30/4/2026.

5. Các Trung tâm GDNN-GDTX khu vực phối hợp với UBND các xã, phường nơi đóng trụ sở mở lớp "Bình dân học vụ số" vào buổi tối cho học viên và người dân, mỗi Trung tâm ít nhất 04 lớp trong năm 2026.

Sở GD&ĐT hỗ trợ 3.000.000 đồng/giải pháp để hoàn thiện mô hình, sản phẩm đối với các giải pháp Sở lựa chọn gửi dự thi (tối đa 25 giải pháp); tập thể, cá nhân có giải pháp đoạt giải từ giải Ba trở lên sẽ xem xét tặng Giấy khen của Giám đốc Sở.

Thông tin chi tiết liên hệ: ông Triệu Quang Bảo, chuyên viên Phòng Giáo dục Trung học, Sở GD&ĐT; điện thoại 0988 461 702; thư điện tử baotq@caolocnam.edu.vn.

Sở GD&ĐT đề nghị các đơn vị nghiêm túc triển khai thực hiện./.

Nơi nhận:                                      KT. GIÁM ĐỐC
- Như trên;                                    PHÓ GIÁM ĐỐC
- Sở Khoa học và Công nghệ (để phối hợp);
- Liên hiệp các Hội KH&KT tỉnh;                   (đã ký)
- Giám đốc, các Phó Giám đốc Sở;
- Lưu: VT, GDTrH.                               Đàm Thị Huyền
"""


def build_ri05(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(N(RI05))


FILES = {
    "ri01_chuongtrinh_khcn_cds.docx": build_ri01,
    "ri02_kehoach_binhdanhocvuso_xa.txt": build_ri02,
    "ri03_thongbao_hoithi_sangtao.md": build_ri03,
    "ri04_quyetdinh_tocongnghesophuong.pdf": build_ri04,
    "ri05_congvan_stem_ai_sgddt.txt": build_ri05,
}

if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    for name, fn in FILES.items():
        fn(os.path.join(CORPUS, name))
        print("wrote", name)
