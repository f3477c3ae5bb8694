"""Rebuild mn01 (.docx) and mn04 (.pdf) of blind set 104 from the text kept here."""
import os, unicodedata
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
N = lambda s: unicodedata.normalize("NFC", s)

MN01_HEADER_LEFT = ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH PHÙ LÃNG TÂY", "TRUNG TÂM KHUYẾN NÔNG", "Số: 86/KH-TTKN"]
MN01_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Phù Lãng Tây, ngày 12 tháng 02 năm 2025"]
MN01_TITLE = ["KẾ HOẠCH", "Chuyển giao kỹ thuật nuôi cá lồng trên hồ chứa cho nông dân huyện Trạch Lâm năm 2025"]
MN01_BODY_1 = """Căn cứ Nghị định số 83/2018/NĐ-CP ngày 24/5/2018 của Chính phủ về khuyến nông;
Căn cứ Quyết định số 214/QĐ-SNNMT ngày 20/01/2025 của Sở Nông nghiệp và Môi trường tỉnh Phù Lãng Tây về việc giao kế hoạch khuyến nông năm 2025;
Căn cứ Hướng dẫn số 35/HD-CCTS ngày 06/02/2025 của Chi cục Thủy sản về kỹ thuật nuôi cá lồng trên hồ chứa;
Trung tâm Khuyến nông tỉnh xây dựng Kế hoạch chuyển giao kỹ thuật nuôi cá lồng trên hồ chứa cho nông dân huyện Trạch Lâm năm 2025 như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Chuyển giao đồng bộ quy trình kỹ thuật nuôi cá lồng trên hồ Thôm Mòn cho nông dân hai xã Tân Lũng và Minh Cẩm, huyện Trạch Lâm; giúp hộ nuôi nắm vững kỹ thuật chọn giống, cho ăn, quản lý môi trường và phòng bệnh cho cá.
- Xây dựng mô hình trình diễn làm điểm để nông dân tham quan, học tập và nhân rộng ra các xã ven hồ.
2. Yêu cầu
- Hộ tham gia mô hình phải có lao động, có kinh nghiệm nuôi cá, cam kết đối ứng kinh phí và thực hiện đúng quy trình kỹ thuật.
- Mô hình đạt tỷ lệ sống của cá từ 80% trở lên; năng suất cá rô phi đơn tính đạt từ 1,5 tấn/lồng, cá trắm cỏ đạt từ 1,2 tấn/lồng trở lên.
II. NỘI DUNG VÀ QUY MÔ
1. Xây dựng mô hình trình diễn
a) Quy mô: 12 lồng nuôi của 6 hộ, mỗi hộ 2 lồng; lồng có kích thước 6 m x 3 m x 3 m (thể tích 54 m3), khung thép mạ kẽm, phao nhựa HDPE.
b) Địa điểm và đối tượng nuôi:
- Xã Tân Lũng: 3 hộ, 6 lồng, nuôi cá rô phi đơn tính, mật độ thả 50 con/m3, tổng số 16.200 con giống cỡ 8–10 cm.
- Xã Minh Cẩm: 3 hộ, 6 lồng, nuôi cá trắm cỏ, mật độ thả 20 con/m3, tổng số 6.480 con giống cỡ 12–15 cm.
c) Mức hỗ trợ: hỗ trợ 100% con giống và 50% thức ăn công nghiệp trong 3 tháng nuôi đầu; hộ tham gia đối ứng lồng nuôi, 50% thức ăn còn lại và công lao động.
d) Thời gian thả giống: hoàn thành trong tháng 4/2025; thời gian nuôi từ 6 đến 7 tháng.
2. Tập huấn kỹ thuật
- Tổ chức 4 lớp tập huấn (mỗi xã 2 lớp), mỗi lớp 40 học viên, thời gian 3 ngày/lớp (2 ngày lý thuyết, 1 ngày thực hành tại lồng nuôi); tổng số 160 lượt nông dân.
- Đợt 1 gồm 2 lớp, tổ chức trong tháng 3/2025; đợt 2 gồm 2 lớp, tổ chức trong quý III/2025.
- Học viên được cấp tài liệu và hỗ trợ tiền ăn 50.000 đồng/người/ngày.
3. Hội thảo đầu bờ
Tổ chức 01 cuộc hội thảo đầu bờ tại xã Minh Cẩm khi cá đạt cỡ thu hoạch, dự kiến trong tháng 10/2025, quy mô 60 đại biểu là nông dân các xã ven hồ.
4. Nghiệm thu, tổng kết mô hình
Nghiệm thu mô hình trước ngày 30/11/2025; báo cáo tổng kết gửi Sở Nông nghiệp và Môi trường trước ngày 15/12/2025.
III. KINH PHÍ
Tổng kinh phí thực hiện: 985.400.000 đồng (Chín trăm tám mươi lăm triệu bốn trăm nghìn đồng), trong đó:
- Ngân sách khuyến nông tỉnh: 612.000.000 đồng, gồm: giống 97.200.000 đồng; thức ăn 388.800.000 đồng; tập huấn 96.000.000 đồng; hội thảo, nghiệm thu 30.000.000 đồng.
- Đối ứng của các hộ tham gia: 373.400.000 đồng (lồng nuôi, thức ăn, công lao động).
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Kỹ thuật Khuyến nông
Chủ trì tổ chức thực hiện Kế hoạch; phối hợp với UBND các xã lựa chọn hộ tham gia mô hình, hoàn thành trước ngày 15/3/2025; ký hợp đồng cung ứng giống với cơ sở đủ điều kiện; cử cán bộ kỹ thuật bám sát mô hình, kiểm tra định kỳ hằng tháng.
2. Phòng Hành chính - Tổng hợp
Bố trí kinh phí, hướng dẫn thanh toán, quyết toán theo quy định; hoàn thành quyết toán trước ngày 20/12/2025.
3. Trạm Khuyến nông huyện Trạch Lâm
Phối hợp Phòng Kỹ thuật Khuyến nông theo dõi mô hình; chủ trì tổ chức tập huấn đợt 2 và hội thảo đầu bờ. Đầu mối liên hệ: đồng chí Khổng Văn Bích, Trạm trưởng, điện thoại 0978 214 655.
4. Đề nghị Chi cục Thủy sản cử giảng viên tham gia các lớp tập huấn, cung cấp tài liệu theo Hướng dẫn số 35/HD-CCTS; quan trắc môi trường nước hồ Thôm Mòn định kỳ 2 lần/tháng từ tháng 5 đến tháng 9/2025.
5. Đề nghị Hội Nông dân huyện Trạch Lâm phối hợp thông báo, tuyên truyền, vận động hội viên đăng ký học và tham gia mô hình.
6. Đề nghị UBND xã Tân Lũng, UBND xã Minh Cẩm bố trí địa điểm tập huấn, xác nhận hộ tham gia và giám sát việc thực hiện, trong đó công chức phụ trách nông nghiệp của xã có trách nhiệm tổng hợp nhật ký nuôi và báo cáo kết quả về Trung tâm trước ngày 05/12/2025.
7. Các hộ tham gia mô hình thực hiện đúng quy trình kỹ thuật, ghi chép nhật ký nuôi, đối ứng đủ kinh phí theo cam kết.
Tổ chỉ đạo mô hình gồm: Trung tâm Khuyến nông tỉnh, Chi cục Thủy sản, Trạm Khuyến nông huyện Trạch Lâm, UBND xã Tân Lũng, UBND xã Minh Cẩm; họp giao ban định kỳ hằng quý để đánh giá tiến độ.
Bảng phân công nhiệm vụ cụ thể:"""
MN01_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
    ["1", "Lựa chọn hộ, ký cam kết đối ứng", "Phòng Kỹ thuật Khuyến nông", "UBND xã Tân Lũng, UBND xã Minh Cẩm", "Trước ngày 15/3/2025"],
    ["2", "Tập huấn đợt 1 (2 lớp)", "Phòng Kỹ thuật Khuyến nông", "Hội Nông dân huyện Trạch Lâm, Chi cục Thủy sản", "Tháng 3/2025"],
    ["3", "Cấp giống, thức ăn và thả giống", "Phòng Kỹ thuật Khuyến nông", "Phòng Hành chính - Tổng hợp", "Hoàn thành trong tháng 4/2025"],
    ["4", "Quan trắc môi trường nước hồ Thôm Mòn", "Chi cục Thủy sản", "Trạm Khuyến nông huyện Trạch Lâm", "2 lần/tháng, từ tháng 5 đến tháng 9/2025"],
    ["5", "Tập huấn đợt 2 (2 lớp)", "Trạm Khuyến nông huyện Trạch Lâm", "Hội Nông dân huyện Trạch Lâm", "Quý III/2025"],
    ["6", "Hội thảo đầu bờ tại xã Minh Cẩm", "Trạm Khuyến nông huyện Trạch Lâm", "UBND xã Minh Cẩm", "Tháng 10/2025"],
    ["7", "Nghiệm thu mô hình", "Hội đồng nghiệm thu của Trung tâm", "UBND xã Tân Lũng, UBND xã Minh Cẩm", "Trước ngày 30/11/2025"],
    ["8", "Báo cáo tổng kết gửi Sở", "Phòng Kỹ thuật Khuyến nông", "Phòng Hành chính - Tổng hợp", "Trước ngày 15/12/2025"],
]
MN01_BODY_2 = """Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Trung tâm Khuyến nông tỉnh (qua Phòng Kỹ thuật Khuyến nông, thư điện tử: ktkn.ttkn@phulangtay.gov.vn) để xem xét, giải quyết./."""
MN01_TAIL_LEFT = ["Nơi nhận:", "- Sở Nông nghiệp và Môi trường (b/c);", "- Chi cục Thủy sản;", "- UBND huyện Trạch Lâm;",
                  "- Hội Nông dân huyện Trạch Lâm;", "- UBND xã Tân Lũng, UBND xã Minh Cẩm;", "- Lưu: VT, KTKN."]
MN01_TAIL_RIGHT = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(đã ký)", "Vi Thị Loan Anh"]


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    hdr = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(hdr.rows[0].cells, (MN01_HEADER_LEFT, MN01_HEADER_RIGHT)):
        cell.text = ""
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            r = p.add_run(N(line)); r.bold = i < 2
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, t in enumerate(MN01_TITLE):
        p = doc.add_paragraph(); r = p.add_run(N(t)); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in MN01_BODY_1.split("\n"):
        p = doc.add_paragraph(N(line))
    t = doc.add_table(rows=len(MN01_TABLE), cols=5); t.style = "Table Grid"
    for i, row in enumerate(MN01_TABLE):
        for j, v in enumerate(row):
            t.rows[i].cells[j].text = N(v)
            if i == 0:
                t.rows[i].cells[j].paragraphs[0].runs[0].bold = True
    doc.add_paragraph(N(MN01_BODY_2))
    tail = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(tail.rows[0].cells, (MN01_TAIL_LEFT, MN01_TAIL_RIGHT)):
        cell.text = ""
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.add_run(N(line))
    doc.save(path)


MN04_HEADER = """SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH PHÙ LÃNG TÂY|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CHI CỤC THỦY SẢN|Độc lập - Tự do - Hạnh phúc
Số: 35/HD-CCTS|Phù Lãng Tây, ngày 06 tháng 02 năm 2025"""
MN04_TITLE = ["HƯỚNG DẪN", "Kỹ thuật nuôi cá lồng trên hồ chứa áp dụng cho mô hình chuyển giao kỹ thuật năm 2025"]
MN04_BODY = """Căn cứ Quyết định số 214/QĐ-SNNMT ngày 20/01/2025 của Sở Nông nghiệp và Môi trường tỉnh Phù Lãng Tây về việc giao kế hoạch khuyến nông năm 2025;
Căn cứ đề nghị của Trung tâm Khuyến nông tỉnh về tài liệu kỹ thuật phục vụ mô hình nuôi cá lồng trên hồ Thôm Mòn;
Chi cục Thủy sản hướng dẫn kỹ thuật nuôi cá lồng trên hồ chứa như sau:
I. PHẠM VI VÀ ĐỐI TƯỢNG ÁP DỤNG
Hướng dẫn này áp dụng cho các hộ, tổ hợp tác nuôi cá lồng trên hồ chứa thủy lợi, thủy điện trên địa bàn tỉnh, trước hết là các hộ tham gia mô hình trình diễn tại hồ Thôm Mòn, huyện Trạch Lâm; đồng thời là tài liệu giảng dạy tại các lớp tập huấn khuyến nông.
II. YÊU CẦU KỸ THUẬT
1. Vị trí đặt lồng
- Mực nước tại vị trí đặt lồng sâu từ 5 m trở lên vào mùa khô; đáy lồng cách đáy hồ ít nhất 1,5 m.
- Nơi có dòng chảy nhẹ, lưu tốc 0,2–0,5 m/s; cách đập tràn, cửa cống lấy nước ít nhất 300 m; không đặt lồng ở nơi có nguồn nước thải đổ vào.
- Mỗi cụm không quá 10 lồng; khoảng cách giữa các cụm lồng từ 200 m trở lên.
- Việc đặt lồng phải được UBND xã nơi có hồ chứa chấp thuận bằng văn bản.
2. Lồng nuôi
- Kích thước khuyến cáo 6 m x 3 m x 3 m (thể tích 54 m3); khung bằng thép mạ kẽm hoặc ống nhựa HDPE, phao nhựa hoặc thùng phuy.
- Lưới lồng bằng sợi PE, kích thước mắt lưới 2a = 2 cm khi thả giống, thay lưới 2a = 3 cm khi cá đạt trên 200 g/con.
- Có lưới chắn thức ăn cao 0,4 m quanh mặt lồng và nắp lưới che phía trên.
3. Con giống và mật độ thả
- Cá rô phi đơn tính: cỡ 8–10 cm (từ 20 g/con trở lên), mật độ 40–50 con/m3.
- Cá trắm cỏ: cỡ 12–15 cm (từ 50 g/con trở lên), mật độ 15–20 con/m3.
- Cá diêu hồng: cỡ 8–10 cm, mật độ 30–40 con/m3 (áp dụng khi hộ tự đầu tư).
- Giống mua tại cơ sở có giấy chứng nhận kiểm dịch; trước khi thả tắm cho cá bằng nước muối 2–3% trong 5–10 phút; thả vào sáng sớm hoặc chiều mát.
4. Thức ăn và cách cho ăn
- Cá rô phi: dùng thức ăn viên nổi có hàm lượng đạm 28–35%; khẩu phần 3–5% khối lượng cá/ngày, chia 2 lần sáng và chiều.
- Cá trắm cỏ: thức ăn xanh (cỏ, lá ngô, bèo) khẩu phần 30–40% khối lượng cá/ngày, bổ sung thức ăn viên 1–2%.
- Khi nhiệt độ nước trên 32°C hoặc cá có dấu hiệu bệnh, giảm 50% lượng thức ăn; ngừng cho ăn 1–2 ngày trước khi thu hoạch.
5. Quản lý lồng nuôi và môi trường
- Treo túi vôi bột 2–3 kg/lồng ở đầu dòng chảy, thay túi 1 tuần/lần; vệ sinh lưới lồng 2 tuần/lần.
- Kiểm tra cá, lưới, phao hằng ngày; khi mực nước hồ xuống dưới 3 m phải di chuyển lồng ra vùng nước sâu.
- Ghi chép nhật ký nuôi hằng ngày: lượng thức ăn, số cá chết, thời tiết, thuốc đã dùng.
6. Phòng, trị bệnh
- Các bệnh thường gặp: bệnh xuất huyết, bệnh trùng bánh xe, bệnh do liên cầu khuẩn trên cá rô phi.
- Định kỳ 15 ngày/lần trộn vitamin C vào thức ăn với liều 2–3 g/kg thức ăn trong 5 ngày liên tục.
- Khi cá chết trên 5% số cá trong lồng trong một tuần, hộ nuôi phải báo ngay cho cán bộ khuyến nông xã và Trạm Khuyến nông huyện; không vứt cá chết xuống hồ.
7. Thu hoạch
- Cá rô phi thu hoạch sau 5–6 tháng nuôi, khi đạt cỡ từ 0,5 kg/con; cá trắm cỏ thu hoạch sau 6–7 tháng, khi đạt từ 1,2 kg/con.
- Sau thu hoạch, kéo lồng lên bờ, vệ sinh, phơi khô lưới ít nhất 15 ngày trước khi nuôi vụ mới.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Nuôi trồng thủy sản thuộc Chi cục chủ trì hướng dẫn, kiểm tra việc áp dụng; tổ chức quan trắc môi trường nước hồ Thôm Mòn 2 lần/tháng từ tháng 5 đến tháng 9/2025 và thông báo kết quả cho các hộ trong vòng 3 ngày.
2. Trạm Khuyến nông huyện Trạch Lâm phổ biến Hướng dẫn đến các hộ nuôi; phối hợp với Phòng Nuôi trồng thủy sản lấy mẫu nước, mẫu cá khi có dịch bệnh.
3. Đề nghị Trung tâm Khuyến nông tỉnh sử dụng Hướng dẫn này làm tài liệu tập huấn cho các lớp năm 2025 và in 200 bản phát cho học viên.
4. Đề nghị UBND các xã có hồ chứa quản lý vị trí đặt lồng, xử lý các trường hợp đặt lồng trái phép; báo cáo tình hình dịch bệnh thủy sản về Chi cục định kỳ hằng tháng, trước ngày 25.
5. Hộ nuôi cá lồng thực hiện đúng Hướng dẫn này và chịu trách nhiệm về an toàn lồng bè.
Trong quá trình thực hiện, nếu có vướng mắc, liên hệ Phòng Nuôi trồng thủy sản, Chi cục Thủy sản, điện thoại 0203 3862 417, thư điện tử: nuoitrong.cccts@phulangtay.gov.vn./."""
MN04_TAIL = """Nơi nhận:|KT. CHI CỤC TRƯỞNG
- Sở Nông nghiệp và Môi trường (b/c);|PHÓ CHI CỤC TRƯỞNG
- Trung tâm Khuyến nông tỉnh;|(đã ký)
- UBND huyện Trạch Lâm;|Mạc Thị Huyền Sa
- Lưu: VT, NTTS.|"""


def build_pdf(path):
    d = "/usr/share/fonts/truetype/dejavu/"
    pdf = FPDF(format="A4"); pdf.set_margins(20, 18, 18); pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", d + "DejaVuSans.ttf"); pdf.add_font("DV", "B", d + "DejaVuSans-Bold.ttf")
    pdf.add_page()
    for i, row in enumerate(MN04_HEADER.split("\n")):
        left, right = row.split("|")
        pdf.set_font("DV", "B" if i < 2 else "", 8.5)
        pdf.cell(82, 5.5, N(left), align="C"); pdf.cell(90, 5.5, N(right), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("DV", "B", 12); pdf.cell(0, 7, N(MN04_TITLE[0]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 10.5); pdf.multi_cell(0, 6, N(MN04_TITLE[1]), align="C"); pdf.ln(3)
    for line in MN04_BODY.split("\n"):
        bold = line[:2] in ("I.", "II", "III") or line.startswith("IV.")
        pdf.set_font("DV", "B" if bold else "", 10.5)
        pdf.multi_cell(0, 5.6, N(line), align="J"); pdf.ln(0.8)
    pdf.ln(4)
    for row in MN04_TAIL.split("\n"):
        left, right = row.split("|")
        pdf.set_font("DV", "", 9); pdf.cell(95, 5.5, N(left))
        pdf.set_font("DV", "B", 10); pdf.cell(0, 5.5, N(right), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


if __name__ == "__main__":
    build_docx(os.path.join(CORPUS, "mn01_ke_hoach_ttkn_chuyen_giao_ca_long.docx"))
    build_pdf(os.path.join(CORPUS, "mn04_huong_dan_ky_thuat_nuoi_ca_long.pdf"))
    print("built")
