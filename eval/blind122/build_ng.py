#!/usr/bin/env python3
"""Rebuild ng01 (.docx) and ng02 (.pdf) of the blind122 set from the text kept here."""
import os, unicodedata
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- ng01 (docx)
NG01_HEAD_LEFT = ["ỦY BAN NHÂN DÂN", "HUYỆN TÂN KHA", "Số: 215/KH-UBND"]
NG01_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Tân Kha, ngày 09 tháng 02 năm 2026"]
NG01_TITLE = ["KẾ HOẠCH", "Triển khai chuyển đổi số y tế tuyến xã trên địa bàn huyện Tân Kha năm 2026"]
NG01_BEFORE = """Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Kế hoạch số 88/KH-UBND ngày 06/01/2026 của Ủy ban nhân dân tỉnh Phước Thạnh Nam về chuyển đổi số ngành y tế giai đoạn 2026 - 2027;
Căn cứ Công văn số 1432/SYT-NVY ngày 16/01/2026 của Sở Y tế tỉnh Phước Thạnh Nam về việc triển khai hồ sơ sức khỏe điện tử, kết nối khám, chữa bệnh từ xa và thanh toán viện phí không dùng tiền mặt tại tuyến xã năm 2026;
Ủy ban nhân dân huyện Tân Kha ban hành Kế hoạch triển khai chuyển đổi số y tế tuyến xã trên địa bàn huyện năm 2026 như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Đưa hồ sơ sức khỏe điện tử (HSSK) đến từng người dân, làm nền tảng quản lý sức khỏe suốt đời và giảm thủ tục giấy tờ khi khám, chữa bệnh tại Trạm Y tế xã, thị trấn.
- Kết nối khám, chữa bệnh từ xa giữa Trung tâm Y tế huyện với 07 Trạm Y tế xã, thị trấn, để người bệnh ở xa được bác sĩ tuyến huyện hội chẩn mà không phải di chuyển.
- Đẩy mạnh thanh toán viện phí không dùng tiền mặt tại Trung tâm Y tế huyện và các Trạm Y tế.
2. Yêu cầu
- Các cơ quan, đơn vị bám sát nhiệm vụ được giao tại Kế hoạch này, phân công rõ người, rõ việc, rõ thời hạn.
- Dữ liệu cập nhật lên hệ thống phải đúng, đủ, sạch, sống; bảo đảm an toàn thông tin và bí mật thông tin cá nhân của người bệnh.
II. CHỈ TIÊU NĂM 2026
1. Ít nhất 92% dân số trên địa bàn huyện có hồ sơ sức khỏe điện tử được lập và cập nhật.
2. 7/7 Trạm Y tế xã, thị trấn kết nối khám, chữa bệnh từ xa với Trung tâm Y tế huyện trước ngày 31/8/2026.
3. Tỷ lệ lượt thanh toán viện phí không dùng tiền mặt đạt 70% tại Trung tâm Y tế huyện và 40% tại các Trạm Y tế xã, thị trấn.
4. 100% viên chức Trạm Y tế được tập huấn sử dụng phần mềm trong tháng 3/2026.
III. NHIỆM VỤ CỤ THỂ
Các nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời hạn hoàn thành được phân công tại bảng sau:"""
NG01_TABLE = [
    ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
    ["1", "Tham mưu thành lập Tổ công tác triển khai chuyển đổi số y tế tuyến xã", "Phòng Y tế", "Phòng Nội vụ", "Trước ngày 28/02/2026"],
    ["2", "Tập huấn sử dụng phần mềm hồ sơ sức khỏe điện tử cho viên chức Trạm Y tế", "Trung tâm Y tế huyện", "UBND các xã, thị trấn", "Trong tháng 3/2026"],
    ["3", "Lắp đặt thiết bị và đường truyền hội chẩn từ xa tại 07 Trạm Y tế", "Trung tâm Y tế huyện", "Trung tâm Viễn thông Tân Kha", "Trước ngày 31/8/2026"],
    ["4", "Rà soát, làm sạch dữ liệu dân cư phục vụ lập hồ sơ sức khỏe điện tử", "Công an huyện", "UBND các xã, thị trấn", "Hoàn thành trong quý II/2026"],
    ["5", "Triển khai mã QR thanh toán viện phí tại quầy thu ngân", "Trung tâm Y tế huyện", "Ngân hàng Nông nghiệp và Phát triển nông thôn Chi nhánh Tân Kha", "Trước ngày 30/6/2026"],
    ["6", "Đối soát dữ liệu thanh toán bảo hiểm y tế trên hồ sơ sức khỏe điện tử", "Bảo hiểm xã hội huyện", "Trung tâm Y tế huyện", "Định kỳ hằng tháng"],
    ["7", "Thẩm định, trình bố trí kinh phí thực hiện Kế hoạch", "Phòng Tài chính - Kế hoạch", "Phòng Y tế", "Trước ngày 15/3/2026"],
    ["8", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", "Phòng Y tế", "Trung tâm Y tế huyện", "Trước ngày 10 tháng đầu quý sau"],
]
NG01_AFTER = """IV. KINH PHÍ THỰC HIỆN
Tổng kinh phí dự kiến là 1.850.000.000 đồng (Một tỷ tám trăm năm mươi triệu đồng), trong đó:
- Ngân sách huyện: 1,2 tỷ đồng, dùng để mua sắm thiết bị hội chẩn từ xa, máy đọc căn cước và tổ chức tập huấn;
- Kinh phí Sở Y tế hỗ trợ theo Công văn số 1432/SYT-NVY: 650.000.000 đồng, dùng để thuê đường truyền và bản quyền phần mềm năm 2026.
V. TỔ CHỨC THỰC HIỆN
1. Phòng Y tế
Giao Phòng Y tế chủ trì, phối hợp với Trung tâm Y tế huyện theo dõi, đôn đốc việc thực hiện Kế hoạch; là cơ quan thường trực của Tổ công tác; tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Y tế định kỳ hằng quý, trước ngày 10 tháng đầu quý sau.
2. Trung tâm Y tế huyện
- Xây dựng lịch và tổ chức các lớp tập huấn cho viên chức các Trạm Y tế, hoàn thành trong tháng 3/2026.
- Vận hành hệ thống khám, chữa bệnh từ xa, trong đó Khoa Khám bệnh có trách nhiệm bố trí bác sĩ trực hội chẩn từ 7 giờ 30 đến 17 giờ các ngày làm việc.
- Mở tài khoản thu và niêm yết mã QR thanh toán viện phí tại tất cả các quầy thu ngân.
3. Phòng Tài chính - Kế hoạch thẩm định dự toán, tham mưu Ủy ban nhân dân huyện bố trí kinh phí trước ngày 15/3/2026.
4. Phòng Văn hóa, Khoa học và Thông tin phối hợp Trung tâm Viễn thông Tân Kha thực hiện tuyên truyền lợi ích của hồ sơ sức khỏe điện tử trên Cổng thông tin điện tử huyện và hệ thống truyền thanh cơ sở.
5. Bảo hiểm xã hội huyện hướng dẫn Trạm Y tế kết nối dữ liệu khám, chữa bệnh bảo hiểm y tế với hồ sơ sức khỏe điện tử; đối soát dữ liệu định kỳ hằng tháng.
6. Ủy ban nhân dân các xã, thị trấn chỉ đạo rà soát dân số trên địa bàn, vận động người dân lập hồ sơ sức khỏe điện tử, trong đó Trạm Y tế xã có trách nhiệm cập nhật kết quả khám, chữa bệnh lên hồ sơ sức khỏe điện tử ngay trong ngày khám.
7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện phối hợp tuyên truyền, vận động đoàn viên, hội viên và nhân dân tham gia lập hồ sơ sức khỏe điện tử.
8. Huyện Đoàn, Hội Liên hiệp Phụ nữ huyện và Hội Cựu chiến binh huyện tổ chức đợt cao điểm hỗ trợ người cao tuổi cài đặt ứng dụng và tra cứu hồ sơ sức khỏe điện tử, từ ngày 01/4/2026 đến ngày 30/4/2026.
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Y tế (điện thoại: 0233.3712.095) để tổng hợp, báo cáo Ủy ban nhân dân huyện xem xét, chỉ đạo./."""
NG01_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Hà Quốc Viễn"]
NG01_RECIP = """Nơi nhận:
- Sở Y tế tỉnh Phước Thạnh Nam (để b/c);
- Thường trực Huyện ủy (để b/c);
- Thường trực HĐND huyện (để b/c);
- Chủ tịch, các PCT UBND huyện;
- Các cơ quan, đơn vị tại Mục V;
- UBND các xã, thị trấn;
- Lưu: VT, YT."""


def build_docx(path):
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    t = d.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.text = "\n".join(NG01_HEAD_LEFT); r.text = "\n".join(NG01_HEAD_RIGHT)
    for c in (l, r):
        for p in c.paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, line in enumerate(NG01_TITLE):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(line); run.bold = (i == 0)
    for line in NG01_BEFORE.split("\n"):
        d.add_paragraph(line)
    tb = d.add_table(rows=0, cols=5); tb.style = "Table Grid"
    for i, row in enumerate(NG01_TABLE):
        cells = tb.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
            if i == 0:
                for run in c.paragraphs[0].runs: run.bold = True
    for line in NG01_AFTER.split("\n"):
        d.add_paragraph(line)
    s = d.add_table(rows=1, cols=2)
    s.rows[0].cells[0].text = NG01_RECIP
    s.rows[0].cells[1].text = "\n".join(NG01_SIGN)
    for p in s.rows[0].cells[1].paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(path)

# ---------------------------------------------------------------- ng02 (pdf)
NG02_HEAD_LEFT = ["UBND TỈNH PHƯỚC THẠNH NAM", "SỞ Y TẾ", "", "Số: 1432/SYT-NVY",
                  "V/v triển khai hồ sơ sức khỏe điện tử,", "kết nối khám, chữa bệnh từ xa và",
                  "thanh toán viện phí không dùng tiền mặt", "tại tuyến xã năm 2026"]
NG02_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Phước Thạnh Nam, ngày 16 tháng 01 năm 2026"]
NG02_BODY = """Kính gửi:
- Ủy ban nhân dân các huyện, thị xã, thành phố;
- Trung tâm Y tế các huyện, thị xã, thành phố;
- Bảo hiểm xã hội tỉnh Phước Thạnh Nam.
Căn cứ Kế hoạch số 88/KH-UBND ngày 06/01/2026 của Ủy ban nhân dân tỉnh Phước Thạnh Nam về chuyển đổi số ngành y tế giai đoạn 2026 - 2027, Sở Y tế đề nghị các đơn vị triển khai các nội dung sau:
1. Về hồ sơ sức khỏe điện tử
Ủy ban nhân dân các huyện, thị xã, thành phố ban hành kế hoạch của địa phương trước ngày 15/02/2026, bảo đảm đến ngày 31/12/2026 có ít nhất 90% dân số trên địa bàn được lập hồ sơ sức khỏe điện tử. Hồ sơ phải gắn với số định danh cá nhân, được cập nhật sau mỗi lần khám, chữa bệnh tại Trạm Y tế.
2. Về kết nối khám, chữa bệnh từ xa
a) Trung tâm Y tế các huyện, thị xã, thành phố là đầu mối tuyến huyện, chịu trách nhiệm kết nối với 100% Trạm Y tế xã, phường, thị trấn trước ngày 30/9/2026.
b) Mỗi Trung tâm Y tế bố trí ít nhất 02 bác sĩ có chứng chỉ hành nghề phù hợp trực hội chẩn từ xa trong giờ hành chính; ghi chép đầy đủ biên bản hội chẩn.
c) Bệnh viện Đa khoa tỉnh Phước Thạnh Nam là đơn vị hỗ trợ chuyên môn tuyến trên, tiếp nhận các ca hội chẩn vượt khả năng của tuyến huyện.
3. Về thanh toán viện phí không dùng tiền mặt
- Trung tâm Y tế các huyện, thị xã, thành phố niêm yết mã QR tại khu vực thu ngân, phấn đấu đạt ít nhất 60% số lượt thanh toán không dùng tiền mặt trong năm 2026.
- Các Trạm Y tế xã, phường, thị trấn triển khai thí điểm thanh toán qua mã QR đối với dịch vụ ngoài danh mục bảo hiểm y tế.
4. Về kinh phí
Sở Y tế phân bổ 2,4 tỷ đồng từ nguồn sự nghiệp y tế năm 2026 để hỗ trợ các địa phương thuê đường truyền và bản quyền phần mềm; mức hỗ trợ cụ thể cho từng huyện được thông báo kèm theo Công văn này. Phần kinh phí còn lại do ngân sách địa phương bảo đảm theo phân cấp.
5. Đề nghị Bảo hiểm xã hội tỉnh Phước Thạnh Nam chỉ đạo Bảo hiểm xã hội các huyện phối hợp với Trung tâm Y tế liên thông dữ liệu khám, chữa bệnh bảo hiểm y tế với hồ sơ sức khỏe điện tử, đối soát định kỳ hằng tháng.
6. Về chế độ báo cáo
Ủy ban nhân dân các huyện, thị xã, thành phố báo cáo kết quả thực hiện định kỳ hằng quý, gửi về Sở Y tế (qua Phòng Nghiệp vụ Y) trước ngày 15 tháng đầu quý sau; báo cáo năm gửi trước ngày 10/12/2026. Báo cáo thể hiện số hồ sơ sức khỏe điện tử đã lập, tỷ lệ theo từng Trạm Y tế, số Trạm đã kết nối khám, chữa bệnh từ xa và tỷ lệ thanh toán không dùng tiền mặt.
7. Giao Phòng Nghiệp vụ Y làm đầu mối theo dõi, tổng hợp, tham mưu Giám đốc Sở kiểm tra tại một số địa phương trong quý III/2026. Phòng Kế hoạch - Tài chính Sở Y tế chủ trì thông báo mức hỗ trợ kinh phí cho các huyện trước ngày 31/01/2026.
Trong quá trình triển khai, nếu có vướng mắc, đề nghị liên hệ ông Phùng Gia Bảo, chuyên viên Phòng Nghiệp vụ Y, điện thoại 0233.3851.462, thư điện tử nvy.syt@phuocthanhnam.gov.vn để được hướng dẫn.
Sở Y tế đề nghị các đơn vị quan tâm, phối hợp thực hiện./."""
NG02_RECIP = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (để b/c);", "- Giám đốc Sở (để b/c);",
              "- Sở Khoa học và Công nghệ;", "- Bệnh viện Đa khoa tỉnh;", "- Lưu: VT, NVY."]
NG02_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(Đã ký)", "", "Bạch Sĩ Tường"]
FONTDIR = "/usr/share/fonts/truetype/dejavu/"


def build_pdf(path):
    pdf = FPDF(format="A4"); pdf.set_margins(22, 18, 18); pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", FONTDIR + "DejaVuSerif.ttf")
    pdf.add_font("DV", "B", FONTDIR + "DejaVuSerif-Bold.ttf")
    pdf.add_page()
    y0 = pdf.get_y(); w = (pdf.w - 40) / 2
    pdf.set_font("DV", "", 10)
    for i, line in enumerate(NG02_HEAD_LEFT):
        pdf.set_font("DV", "B" if i < 2 else "", 10)
        pdf.set_x(22); pdf.cell(w - 6, 5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    yl = pdf.get_y(); pdf.set_y(y0)
    for i, line in enumerate(NG02_HEAD_RIGHT):
        pdf.set_font("DV", "B" if i < 2 else "", 10)
        pdf.set_x(22 + w); pdf.cell(w + 4, 5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(yl, pdf.get_y()) + 6)
    pdf.set_font("DV", "", 11.5)
    for line in NG02_BODY.split("\n"):
        bold = line[:2] in ("1.", "2.", "3.", "4.", "6.") and len(line) < 60
        pdf.set_font("DV", "B" if bold else "", 11.5)
        pdf.multi_cell(0, 6.2, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
    pdf.ln(4); y0 = pdf.get_y()
    if y0 > 240: pdf.add_page(); y0 = pdf.get_y()
    pdf.set_font("DV", "", 9.5)
    for line in NG02_RECIP:
        pdf.set_x(22); pdf.cell(w, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0); pdf.set_font("DV", "B", 11)
    for line in NG02_SIGN:
        pdf.set_x(22 + w); pdf.cell(w, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


if __name__ == "__main__":
    build_docx(os.path.join(CORPUS, "ng01_ke_hoach_215_chuyen_doi_so_y_te_xa.docx"))
    build_pdf(os.path.join(CORPUS, "ng02_cong_van_1432_syt_hssk_kham_tu_xa.pdf"))
    print("built ng01 .docx and ng02 .pdf")
