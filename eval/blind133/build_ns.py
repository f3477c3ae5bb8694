#!/usr/bin/env python3
"""Rebuild ns03 (.docx) and ns04 (.pdf) of the blind133 set from the text kept here."""
import os, unicodedata
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- ns03 (.docx)
NS03_FILE = "ns03_qd52_svhttdl_boi_duong_can_bo_ttcs.docx"
NS03_HEAD_LEFT = ["UBND TỈNH THÁI SƠN HẠ", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Số: 52/QĐ-SVHTTDL"]
NS03_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Thái Sơn Hạ, ngày 05 tháng 02 năm 2026"]
NS03_BEFORE = [
    ("title", "QUYẾT ĐỊNH"),
    ("title", "Phê duyệt Chương trình bồi dưỡng nghiệp vụ cho đội ngũ cán bộ làm công tác thông tin cơ sở cấp xã năm 2026"),
    ("title", "GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"),
    ("p", "Căn cứ Quyết định số 19/2025/QĐ-UBND ngày 14/3/2025 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Sơn Hạ;"),
    ("p", "Căn cứ Kế hoạch số 388/KH-UBND ngày 22/12/2025 của Ủy ban nhân dân tỉnh về chuyển đổi đài truyền thanh cấp xã sang đài truyền thanh ứng dụng công nghệ thông tin - viễn thông giai đoạn 2026 - 2027;"),
    ("p", "Căn cứ Hướng dẫn số 27-HD/BTGTU ngày 12/01/2026 của Ban Tuyên giáo Tỉnh ủy về nội dung tuyên truyền trên hệ thống thông tin cơ sở năm 2026;"),
    ("p", "Theo đề nghị của Trưởng phòng Thông tin cơ sở."),
    ("title", "QUYẾT ĐỊNH:"),
    ("b", "Điều 1. Phê duyệt Chương trình bồi dưỡng nghiệp vụ cho đội ngũ cán bộ làm công tác thông tin cơ sở (TTCS) cấp xã năm 2026, với các nội dung chính sau:"),
    ("p", "1. Mục tiêu: trang bị cho cán bộ TTCS cấp xã kỹ năng vận hành cụm loa IP, biên tập tin bài và nhận diện, xử lý thông tin sai sự thật; phấn đấu 100% học viên hoàn thành khóa học được cấp giấy chứng nhận."),
    ("p", "2. Đối tượng: công chức Văn hóa - Xã hội phụ trách thông tin, nhân viên đài truyền thanh cấp xã và cán bộ quản lý bảng tin điện tử của 54 xã thuộc 05 huyện; mỗi xã cử từ 04 đến 05 người."),
    ("p", "3. Nội dung bồi dưỡng gồm 04 chuyên đề:"),
    ("p", "a) Chuyên đề 1: Vận hành cụm loa IP và phần mềm quản lý nội dung tập trung cấp tỉnh (giảng viên Sở Khoa học và Công nghệ);"),
    ("p", "b) Chuyên đề 2: Kỹ năng viết tin, biên tập bản tin phát thanh bằng tiếng phổ thông và tiếng dân tộc (giảng viên Đài Phát thanh và Truyền hình tỉnh);"),
    ("p", "c) Chuyên đề 3: Nhận diện, phản bác thông tin sai sự thật trên không gian mạng (giảng viên Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Công an tỉnh);"),
    ("p", "d) Chuyên đề 4: Quản lý, cập nhật bảng tin điện tử và trang thông tin điện tử cấp xã (giảng viên Phòng Thông tin cơ sở)."),
    ("p", "4. Thời gian, địa điểm: tổ chức 05 lớp, mỗi lớp 03 ngày, cụ thể như sau:"),
]
NS03_TABLE = [
    ["Lớp", "Địa điểm", "Thời gian", "Số học viên"],
    ["Lớp 1", "Trung tâm Chính trị huyện Lũng Vân Thượng", "Từ ngày 09/3 đến ngày 11/3/2026", "60"],
    ["Lớp 2", "Hội trường UBND huyện Bình Lạc Đông", "Từ ngày 23/3 đến ngày 25/3/2026", "48"],
    ["Lớp 3", "Trung tâm Chính trị huyện Tràng Sơn Thượng", "Từ ngày 06/4 đến ngày 08/4/2026", "40"],
    ["Lớp 4", "Nhà Văn hóa huyện Nghĩa Tân Hạ", "Từ ngày 20/4 đến ngày 22/4/2026", "52"],
    ["Lớp 5", "Trường Chính trị tỉnh Thái Sơn Hạ (học viên huyện Lâm Tùng Hạ)", "Từ ngày 11/5 đến ngày 13/5/2026", "50"],
    ["Cộng", "", "", "250"],
]
NS03_AFTER = [
    ("p", "5. Kinh phí: tổng kinh phí thực hiện Chương trình là 462.500.000 đồng (Bốn trăm sáu mươi hai triệu, năm trăm nghìn đồng), mức bình quân 1.850.000 đồng/học viên, từ nguồn sự nghiệp văn hóa thông tin năm 2026 đã giao cho Sở."),
    ("b", "Điều 2. Tổ chức thực hiện"),
    ("p", "1. Giao Phòng Thông tin cơ sở chủ trì, phối hợp với Văn phòng Sở xây dựng tài liệu, mời giảng viên và tổ chức các lớp bồi dưỡng theo đúng lịch tại Điều 1; cấp giấy chứng nhận cho học viên chậm nhất 15 ngày sau khi kết thúc mỗi lớp."),
    ("p", "2. Văn phòng Sở bảo đảm kinh phí, hậu cần cho các lớp; hoàn thành thanh quyết toán trước ngày 31/7/2026."),
    ("p", "3. Đề nghị Ủy ban nhân dân các huyện chỉ đạo Phòng Văn hóa và Thông tin huyện lập danh sách học viên gửi về Sở (qua Phòng Thông tin cơ sở) trước ngày 25/02/2026 và bố trí hội trường cho các lớp tổ chức tại huyện."),
    ("p", "4. Đề nghị Trường Chính trị tỉnh phối hợp bố trí hội trường, chỗ nghỉ cho học viên Lớp 5."),
    ("p", "5. Trung tâm Văn hóa - Điện ảnh tỉnh hỗ trợ thiết bị trình chiếu, âm thanh và 02 bộ cụm loa IP mẫu phục vụ thực hành tại tất cả các lớp."),
    ("p", "Mọi thông tin về danh sách học viên liên hệ bà Hoàng Thị Lệ Khanh, chuyên viên Phòng Thông tin cơ sở, điện thoại 0978 215 630."),
    ("b", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."),
    ("p", "Chánh Văn phòng Sở, Trưởng phòng Thông tin cơ sở, Thủ trưởng các đơn vị có liên quan và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."),
]
NS03_TAIL_LEFT = ["Nơi nhận:", "- Như Điều 3;", "- UBND tỉnh (b/c);", "- Giám đốc Sở;", "- UBND các huyện;",
                  "- Trường Chính trị tỉnh;", "- Lưu: VT, TTCS."]
NS03_TAIL_RIGHT = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(đã ký)", "", "Triệu Minh Khiêm"]


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    t = doc.add_table(rows=1, cols=2)
    t.cell(0, 0).text = N("\n".join(NS03_HEAD_LEFT))
    t.cell(0, 1).text = N("\n".join(NS03_HEAD_RIGHT))
    for kind, text in NS03_BEFORE:
        p = doc.add_paragraph()
        r = p.add_run(N(text))
        if kind in ("title", "b"): r.bold = True
        if kind == "title": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    tb = doc.add_table(rows=len(NS03_TABLE), cols=4)
    tb.style = "Table Grid"
    for i, row in enumerate(NS03_TABLE):
        for j, v in enumerate(row):
            tb.cell(i, j).text = N(v)
    for kind, text in NS03_AFTER:
        p = doc.add_paragraph()
        r = p.add_run(N(text))
        if kind == "b": r.bold = True
    t2 = doc.add_table(rows=1, cols=2)
    t2.cell(0, 0).text = N("\n".join(NS03_TAIL_LEFT))
    t2.cell(0, 1).text = N("\n".join(NS03_TAIL_RIGHT))
    doc.save(os.path.join(CORPUS, NS03_FILE))


# ---------------------------------------------------------------- ns04 (.pdf)
NS04_FILE = "ns04_bc146_ubnd_huyen_lung_van_thuong_ket_qua.pdf"
NS04_HEAD = [("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             ("HUYỆN LŨNG VÂN THƯỢNG", "Độc lập - Tự do - Hạnh phúc"),
             ("Số: 146/BC-UBND", "Lũng Vân Thượng, ngày 10 tháng 7 năm 2026")]
NS04_BODY = [
    ("title", "BÁO CÁO"),
    ("title", "Kết quả 6 tháng đầu năm 2026 thực hiện Kế hoạch số 388/KH-UBND ngày 22/12/2025 của UBND tỉnh về chuyển đổi đài truyền thanh cấp xã sang đài truyền thanh ứng dụng công nghệ thông tin - viễn thông"),
    ("p", "Thực hiện Kế hoạch số 388/KH-UBND của Ủy ban nhân dân tỉnh và Hướng dẫn số 27-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy, Ủy ban nhân dân huyện Lũng Vân Thượng báo cáo kết quả thực hiện 6 tháng đầu năm 2026 như sau:"),
    ("h", "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"),
    ("p", "Ủy ban nhân dân huyện ban hành Kế hoạch số 35/KH-UBND ngày 15/01/2026 triển khai lắp đặt 98 cụm loa IP tại 14 xã; phân công 01 Phó Chủ tịch UBND huyện trực tiếp chỉ đạo; tổ chức hội nghị quán triệt cho lãnh đạo 14 xã vào ngày 22/01/2026."),
    ("h", "II. KẾT QUẢ THỰC HIỆN"),
    ("p", "1. Lắp đặt cụm loa IP: đến ngày 30/6/2026, toàn huyện đã lắp đặt và đưa vào sử dụng 61/98 cụm loa IP, đạt 62,2% kế hoạch, tại 9/14 xã. Xã Pác Ngàm là xã đầu tiên hoàn thành với 09 cụm, vận hành chính thức từ ngày 18/4/2026; xã Đông Hòa Sa hoàn thành 08 cụm. Hai xã Khau Tinh và Thượng Lâm Khê chưa lắp đặt được cụm nào do 11 thôn chưa có sóng 4G ổn định."),
    ("p", "Kinh phí đã giải ngân 2.562 triệu đồng, trong đó ngân sách tỉnh 1.793,4 triệu đồng, ngân sách huyện 768,6 triệu đồng."),
    ("p", "2. Bảng tin điện tử: 10/14 xã đã lắp đặt bảng tin điện tử tại trụ sở UBND xã; 4 xã còn lại đang hoàn thiện hồ sơ mua sắm."),
    ("p", "3. Bồi dưỡng cán bộ thông tin cơ sở: huyện cử 60 học viên tham dự Lớp 1 do Sở Văn hóa, Thể thao và Du lịch tổ chức từ ngày 09/3 đến ngày 11/3/2026 tại Trung tâm Chính trị huyện; 57 học viên hoàn thành và được cấp giấy chứng nhận, 03 học viên vắng vì lý do sức khỏe. Hiện xã Khau Tinh và xã Thượng Lâm Khê mỗi xã mới có 01 người được bồi dưỡng, chưa đạt yêu cầu tối thiểu 02 người/xã."),
    ("p", "4. Tuyên truyền theo chủ đề từng quý: quý I/2026, hệ thống truyền thanh cơ sở phát 1.140 lượt tin, bài, trong đó 86 bản tin tiếng Tày, tiếng Mông; quý II/2026 phát 1.326 lượt tin, bài, tập trung hướng dẫn dịch vụ công trực tuyến và phòng, chống thiên tai."),
    ("p", "5. Phòng, chống thông tin sai sự thật: nhóm phản ứng nhanh của huyện gồm 11 thành viên đã phát hiện 17 tin sai sự thật liên quan đến địa phương, phát tin cải chính đủ 17 trường hợp; Công an huyện xử phạt vi phạm hành chính 03 trường hợp với tổng số tiền 22.500.000 đồng."),
    ("h", "III. KHÓ KHĂN, HẠN CHẾ"),
    ("p", "- Hạ tầng viễn thông ở vùng cao chưa đồng bộ, 11 thôn thuộc xã Khau Tinh, xã Thượng Lâm Khê chưa có sóng 4G ổn định."),
    ("p", "- Vốn đối ứng của huyện mới bố trí được 768,6 triệu đồng trên tổng số 1.234,8 triệu đồng phải bố trí."),
    ("p", "- Một số nhân viên đài truyền thanh xã lớn tuổi, còn lúng túng khi sử dụng phần mềm quản lý nội dung tập trung."),
    ("h", "IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026"),
    ("b", "1. Phòng Văn hóa và Thông tin huyện"),
    ("p", "- Chủ trì đôn đốc lắp đặt 37 cụm loa IP còn lại, hoàn thành trước ngày 30/11/2026."),
    ("p", "- Thẩm định danh mục vị trí đặt cụm loa tại xã Khau Tinh và xã Thượng Lâm Khê trong tháng 8/2026."),
    ("p", "- Tổng hợp báo cáo tiến độ gửi UBND huyện định kỳ hằng tháng, trước ngày 20."),
    ("p", "2. Trung tâm Văn hóa - Thông tin và Thể thao huyện sản xuất chuyên mục \"Nhận diện tin giả\" phát vào tối thứ Sáu hằng tuần trong quý III/2026 và cung cấp cho các đài truyền thanh xã."),
    ("p", "3. Giao Phòng Tài chính - Kế hoạch huyện tham mưu bố trí 466,2 triệu đồng vốn đối ứng còn thiếu, hoàn thành trước ngày 30/9/2026."),
    ("p", "4. Công an huyện phối hợp Phòng Văn hóa và Thông tin huyện duy trì hoạt động của nhóm phản ứng nhanh, xử lý nghiêm các trường hợp đăng tải thông tin sai sự thật."),
    ("p", "5. Ủy ban nhân dân các xã quản lý, khai thác cụm loa IP đúng lịch phát sóng, trong đó UBND xã Khau Tinh và xã Thượng Lâm Khê phối hợp với doanh nghiệp viễn thông khảo sát vị trí đặt trạm phát sóng."),
    ("h", "V. KIẾN NGHỊ, ĐỀ XUẤT"),
    ("p", "1. Đề nghị Ủy ban nhân dân tỉnh hỗ trợ bổ sung 1,2 tỷ đồng để lắp đặt thêm 28 cụm loa IP cho các thôn mới sáp nhập chưa có trong Kế hoạch số 388/KH-UBND."),
    ("p", "2. Đề nghị Sở Văn hóa, Thể thao và Du lịch mở thêm 01 lớp bồi dưỡng tại huyện cho cán bộ các xã chưa đủ 02 người được bồi dưỡng."),
    ("p", "Cán bộ đầu mối: ông Lộc Văn Sáng, Trưởng Phòng Văn hóa và Thông tin huyện, điện thoại 0912 447 305."),
    ("p", "Ủy ban nhân dân huyện Lũng Vân Thượng trân trọng báo cáo./."),
]
NS04_TAIL_LEFT = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Văn hóa, Thể thao và Du lịch;", "- Ban Tuyên giáo Tỉnh ủy;",
                  "- TT Huyện ủy, TT HĐND huyện;", "- Lưu: VT, VHTT."]
NS04_TAIL_RIGHT = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "(đã ký)", "", "Hà Thị Bích Thuận"]

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def build_pdf():
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSerif.ttf" if os.path.exists(FONT_DIR + "DejaVuSerif.ttf") else FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSerif-Bold.ttf" if os.path.exists(FONT_DIR + "DejaVuSerif-Bold.ttf") else FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for left, right in NS04_HEAD:
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(w * 0.42, 6, N(left), align="C")
        pdf.cell(w * 0.58, 6, N(right), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for kind, text in NS04_BODY:
        if kind == "title":
            pdf.set_font("DejaVu", "B", 12); pdf.multi_cell(w, 6.5, N(text), align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        elif kind in ("h", "b"):
            pdf.ln(1.5); pdf.set_font("DejaVu", "B", 11.5); pdf.multi_cell(w, 6.5, N(text), new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        else:
            pdf.set_font("DejaVu", "", 11.5); pdf.multi_cell(w, 6.5, N(text), align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 95:
        pdf.add_page()
    pdf.set_font("DejaVu", "B", 11.5)
    for line in NS04_TAIL_RIGHT:
        pdf.set_x(pdf.l_margin + w * 0.5); pdf.cell(w * 0.5, 6, N(line), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 10)
    for line in NS04_TAIL_LEFT:
        pdf.cell(w * 0.6, 5.5, N(line), new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(CORPUS, NS04_FILE))


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(); build_pdf()
    print("built", NS03_FILE, NS04_FILE)
