#!/usr/bin/env python3
"""Rebuild the .docx (my02) and .pdf (my05) documents of blind set 115 from the text kept here.

Run:  /work/main/.venv/bin/python /work/main/eval/blind115/build_my.py
"""
import os
import unicodedata

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

N = lambda s: unicodedata.normalize("NFC", s)

# --------------------------------------------------------------------------------------------
# my02 — Kế hoạch of Phòng Nông nghiệp và Phát triển nông thôn (docx, with a Word task table)
# --------------------------------------------------------------------------------------------
MY02_HEADER_LEFT = ["ỦY BAN NHÂN DÂN HUYỆN ĐỒNG NHẠN", "PHÒNG NÔNG NGHIỆP VÀ", "PHÁT TRIỂN NÔNG THÔN",
                    "Số: 36/KH-NNPTNT"]
MY02_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                     "Đồng Nhạn, ngày 10 tháng 4 năm 2024"]
MY02_TITLE = ["KẾ HOẠCH",
              "Triển khai hỗ trợ xây dựng nhãn hiệu, truy xuất nguồn gốc và kiểm nghiệm "
              "chất lượng sản phẩm OCOP năm 2024"]

MY02_BEFORE_TABLE = [
    ("p", "Căn cứ Nghị quyết số 09/NQ-HĐND ngày 15/3/2024 của Hội đồng nhân dân huyện Đồng Nhạn quy định chính "
          "sách hỗ trợ bảo hộ quyền sở hữu trí tuệ, truy xuất nguồn gốc và kiểm nghiệm chất lượng sản phẩm OCOP "
          "trên địa bàn huyện, giai đoạn 2024 - 2025;"),
    ("p", "Căn cứ Quyết định số 118/QĐ-UBND ngày 28/3/2024 của Ủy ban nhân dân huyện ban hành quy định về hồ sơ, "
          "trình tự hỗ trợ theo Nghị quyết số 09/NQ-HĐND;"),
    ("p", "Căn cứ Hướng dẫn số 512/HD-SKHCN ngày 02/4/2024 của Sở Khoa học và Công nghệ tỉnh Ngân Lĩnh Bắc về "
          "trình tự, hồ sơ đăng ký nhãn hiệu tập thể cho sản phẩm OCOP;"),
    ("p", "Thực hiện chỉ đạo của Ủy ban nhân dân huyện tại Công văn số 402/UBND-NN ngày 04/4/2024, Phòng Nông "
          "nghiệp và Phát triển nông thôn xây dựng Kế hoạch triển khai năm 2024 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h", "1. Mục đích"),
    ("p", "- Đưa chính sách hỗ trợ tại Nghị quyết số 09/NQ-HĐND vào thực tiễn, nâng cao giá trị và khả năng "
          "cạnh tranh của sản phẩm OCOP huyện Đồng Nhạn."),
    ("p", "- Phấn đấu trong năm 2024 nộp đơn đăng ký 02 nhãn hiệu tập thể là \"Chè Suối Ngàn\" và \"Bưởi đường "
          "Hòa Khê Tây\"; hỗ trợ ít nhất 05 chủ thể OCOP áp dụng tem QR truy xuất nguồn gốc và 08 lượt kiểm "
          "nghiệm chất lượng sản phẩm; 100% sản phẩm OCOP 4 sao có tem truy xuất nguồn gốc trước ngày 31/12/2024."),
    ("h", "2. Yêu cầu"),
    ("p", "- Hỗ trợ đúng đối tượng, đúng mức quy định, không trùng lặp với chính sách của Trung ương và của tỉnh; "
          "công khai danh sách chủ thể được hỗ trợ."),
    ("p", "- Các đơn vị được giao nhiệm vụ chủ động phối hợp, bảo đảm tiến độ; kịp thời báo cáo khó khăn, "
          "vướng mắc về Phòng Nông nghiệp và Phát triển nông thôn."),
    ("h", "II. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN"),
    ("p", "Các nhiệm vụ cụ thể, đơn vị chủ trì, phối hợp và thời gian hoàn thành được phân công theo bảng sau:"),
]

MY02_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Rà soát, lập danh sách chủ thể OCOP đủ điều kiện hỗ trợ",
     "Phòng Nông nghiệp và Phát triển nông thôn", "UBND các xã", "Trước ngày 30/4/2024"],
    ["2", "Tập huấn về nhãn hiệu tập thể, tem QR truy xuất nguồn gốc cho các chủ thể OCOP",
     "Trung tâm Dịch vụ nông nghiệp huyện", "Sở Khoa học và Công nghệ; Phòng Kinh tế và Hạ tầng", "Tháng 5/2024"],
    ["3", "Thẩm định hồ sơ, trình UBND huyện thông báo danh sách sản phẩm được hỗ trợ",
     "Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Tài chính - Kế hoạch", "Trước ngày 20/5/2024"],
    ["4", "Xây dựng quy chế quản lý, sử dụng nhãn hiệu tập thể \"Chè Suối Ngàn\"",
     "Hợp tác xã Chè Suối Ngàn", "UBND xã Suối Ngàn; Phòng Kinh tế và Hạ tầng", "Trước ngày 15/6/2024"],
    ["5", "Xây dựng hồ sơ đăng ký nhãn hiệu tập thể \"Bưởi đường Hòa Khê Tây\"",
     "Hợp tác xã Dịch vụ nông nghiệp Hòa Khê Tây", "UBND xã Hòa Khê Tây", "Quý III/2024"],
    ["6", "Triển khai in, dán tem QR và cập nhật nhật ký điện tử",
     "Phòng Kinh tế và Hạ tầng", "Các chủ thể OCOP được hỗ trợ", "Hoàn thành trong quý III/2024"],
    ["7", "Lấy mẫu, kiểm nghiệm chất lượng sản phẩm",
     "Trung tâm Dịch vụ nông nghiệp huyện", "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh",
     "Từ tháng 6 đến tháng 9/2024"],
    ["8", "Tổng hợp hồ sơ thanh toán, quyết toán kinh phí năm 2024",
     "Phòng Tài chính - Kế hoạch", "Phòng Nông nghiệp và Phát triển nông thôn", "Trước ngày 15/12/2024"],
]

MY02_AFTER_TABLE = [
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí thực hiện năm 2024 là 650.000.000 đồng từ ngân sách huyện theo Nghị quyết số "
          "09/NQ-HĐND, trong đó: hỗ trợ đăng ký 02 nhãn hiệu tập thể 100.000.000 đồng; nhãn hiệu thông thường "
          "20.000.000 đồng; tem QR truy xuất nguồn gốc 75.000.000 đồng; kiểm nghiệm chất lượng 64.000.000 đồng; "
          "mô hình thí điểm ứng dụng khoa học và công nghệ 300.000.000 đồng; tập huấn, tuyên truyền, kiểm tra "
          "45.000.000 đồng; dự phòng 46.000.000 đồng."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("h", "1. Phòng Nông nghiệp và Phát triển nông thôn"),
    ("p", "- Là cơ quan thường trực, đầu mối tổ chức thực hiện Kế hoạch; hướng dẫn chủ thể OCOP lập hồ sơ đề "
          "nghị hỗ trợ theo Quyết định số 118/QĐ-UBND."),
    ("p", "- Định kỳ hằng tháng tổng hợp tiến độ, báo cáo Ủy ban nhân dân huyện trước ngày 25 hằng tháng; "
          "tham mưu sơ kết, đánh giá kết quả năm 2024 trước ngày 20/12/2024."),
    ("p", "- Giao bà Giáp Thị Thoan, Phó Trưởng phòng, làm đầu mối theo dõi; điện thoại 0916.428.357, thư điện "
          "tử ocop.nnptnt@dongnhan.nganlinhbac.gov.vn."),
    ("h", "2. Trung tâm Dịch vụ nông nghiệp huyện"),
    ("p", "Chủ trì tổ chức 02 lớp tập huấn trong tháng 5/2024 cho khoảng 120 lượt học viên là thành viên hợp tác xã, tổ hợp tác và "
          "hộ kinh doanh; phối hợp với Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh lấy mẫu, gửi "
          "kiểm nghiệm và thông báo kết quả cho chủ thể."),
    ("h", "3. Phòng Kinh tế và Hạ tầng"),
    ("p", "Phối hợp Hợp tác xã Chè Suối Ngàn thực hiện mô hình thí điểm ứng dụng mã QR truy xuất nguồn gốc gắn "
          "với quản lý nhãn hiệu tập thể \"Chè Suối Ngàn\"; tham mưu Ủy ban nhân dân huyện phê duyệt nhiệm vụ "
          "khoa học và công nghệ cấp huyện trước ngày 15/6/2024."),
    ("h", "4. Phòng Tài chính - Kế hoạch"),
    ("p", "Thẩm định dự toán, tham mưu bố trí kinh phí; hướng dẫn thủ tục thanh toán, quyết toán kinh phí hỗ "
          "trợ theo quy định."),
    ("h", "5. Ủy ban nhân dân các xã Suối Ngàn, Tân Lạc Điền, Hòa Khê Tây, Bình Quế Thượng và Pác Lừu"),
    ("p", "- Xác nhận phương án sản xuất, kinh doanh của chủ thể OCOP; tuyên truyền chính sách đến thôn, bản."),
    ("p", "- Cử công chức phụ trách nông nghiệp phối hợp kiểm tra, nghiệm thu, trong đó Ủy ban nhân dân xã "
          "Suối Ngàn có trách nhiệm xác nhận bản đồ khu vực sản xuất chè của 04 thôn Nà Coóc, Khuổi Sen, "
          "Lũng Tao và Bản Vèn để hoàn thiện hồ sơ nhãn hiệu tập thể trước ngày 31/5/2024."),
    ("h", "6. Đề nghị các tổ chức đoàn thể"),
    ("p", "Đề nghị Hội Nông dân huyện, Hội Liên hiệp Phụ nữ huyện vận động hội viên tham gia hợp tác xã, tổ "
          "hợp tác, ghi chép nhật ký sản xuất và sử dụng tem truy xuất nguồn gốc đúng quy định."),
    ("h", "7. Các chủ thể OCOP"),
    ("p", "Hoàn thiện hồ sơ đề nghị hỗ trợ, nộp về Phòng Nông nghiệp và Phát triển nông thôn trước ngày "
          "10/5/2024; chịu trách nhiệm về tính chính xác của hồ sơ và sử dụng kinh phí đúng mục đích."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Phòng Nông nghiệp và "
          "Phát triển nông thôn để tổng hợp, báo cáo Ủy ban nhân dân huyện xem xét, giải quyết./."),
]

MY02_RECIPIENTS = ["Nơi nhận:", "- UBND huyện (để b/c);", "- Sở Nông nghiệp và PTNT tỉnh (để b/c);",
                   "- Văn phòng Điều phối nông thôn mới tỉnh;", "- Các phòng, đơn vị có tên tại Kế hoạch;",
                   "- UBND các xã: Suối Ngàn, Tân Lạc Điền, Hòa Khê Tây, Bình Quế Thượng, Pác Lừu;",
                   "- Lưu: VT, NN."]
MY02_SIGN = ["TRƯỞNG PHÒNG", "", "(Đã ký)", "", "Mạc Văn Chương"]


def _set_cell(cell, text, bold=False, align=None, size=12):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(N(text))
    r.bold = bold
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)

    # header: two columns, a borderless 2-column table (as in real files)
    ht = doc.add_table(rows=len(MY02_HEADER_LEFT), cols=2)
    for i, (l, r) in enumerate(zip(MY02_HEADER_LEFT, MY02_HEADER_RIGHT)):
        _set_cell(ht.cell(i, 0), l, bold=(i < 3), align=WD_ALIGN_PARAGRAPH.CENTER)
        _set_cell(ht.cell(i, 1), r, bold=(i < 2), align=WD_ALIGN_PARAGRAPH.CENTER)
    doc.add_paragraph()
    for i, t in enumerate(MY02_TITLE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(t)); r.bold = True
    for kind, t in MY02_BEFORE_TABLE:
        p = doc.add_paragraph()
        r = p.add_run(N(t)); r.bold = (kind == "h")
    tb = doc.add_table(rows=len(MY02_TABLE), cols=5)
    tb.style = "Table Grid"
    for i, row in enumerate(MY02_TABLE):
        for j, c in enumerate(row):
            _set_cell(tb.cell(i, j), c, bold=(i == 0), size=11)
    for kind, t in MY02_AFTER_TABLE:
        p = doc.add_paragraph()
        r = p.add_run(N(t)); r.bold = (kind == "h")
    # tail: recipients left, signer right
    tt = doc.add_table(rows=1, cols=2)
    left, right = tt.cell(0, 0), tt.cell(0, 1)
    left.text = ""
    for k, t in enumerate(MY02_RECIPIENTS):
        p = left.paragraphs[0] if k == 0 else left.add_paragraph()
        r = p.add_run(N(t)); r.font.size = Pt(11); r.bold = (k == 0); r.italic = (k == 0)
    right.text = ""
    for k, t in enumerate(MY02_SIGN):
        p = right.paragraphs[0] if k == 0 else right.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(t)); r.bold = (k in (0, 4))
    doc.save(path)


# --------------------------------------------------------------------------------------------
# my05 — Báo cáo liên tịch Phòng Kinh tế và Hạ tầng + Hợp tác xã Chè Suối Ngàn (pdf, 3 pages)
# --------------------------------------------------------------------------------------------
MY05_HEADER = [
    ("UBND HUYỆN ĐỒNG NHẠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("PHÒNG KINH TẾ VÀ HẠ TẦNG", "Độc lập - Tự do - Hạnh phúc"),
    ("HỢP TÁC XÃ CHÈ SUỐI NGÀN", ""),
    ("Số: 07/BC-KTHT-HTX", "Đồng Nhạn, ngày 14 tháng 3 năm 2025"),
]
MY05_TITLE = ["BÁO CÁO",
              "Kết quả thực hiện mô hình thí điểm ứng dụng mã QR truy xuất nguồn gốc",
              "gắn với quản lý nhãn hiệu tập thể \"Chè Suối Ngàn\""]
MY05_BODY = [
    ("p", "Căn cứ Nghị quyết số 09/NQ-HĐND ngày 15/3/2024 của Hội đồng nhân dân huyện Đồng Nhạn quy định chính "
          "sách hỗ trợ bảo hộ quyền sở hữu trí tuệ, truy xuất nguồn gốc và kiểm nghiệm chất lượng sản phẩm OCOP;"),
    ("p", "Căn cứ Thông báo số 142/TB-UBND ngày 20/5/2024 của Ủy ban nhân dân huyện về danh sách sản phẩm OCOP "
          "được lựa chọn hỗ trợ năm 2024;"),
    ("p", "Căn cứ Quyết định số 215/QĐ-UBND ngày 12/6/2024 của Ủy ban nhân dân huyện phê duyệt nhiệm vụ khoa "
          "học và công nghệ cấp huyện \"Xây dựng mô hình ứng dụng mã QR truy xuất nguồn gốc gắn với quản lý nhãn "
          "hiệu tập thể Chè Suối Ngàn\";"),
    ("p", "Căn cứ Hợp đồng thực hiện nhiệm vụ số 03/2024/HĐ-KHCN ngày 20/6/2024 giữa Phòng Kinh tế và Hạ tầng "
          "và Hợp tác xã Chè Suối Ngàn;"),
    ("p", "Phòng Kinh tế và Hạ tầng và Hợp tác xã Chè Suối Ngàn báo cáo kết quả thực hiện mô hình như sau:"),
    ("h", "I. KHÁI QUÁT VỀ NHIỆM VỤ"),
    ("p", "1. Cơ quan quản lý nhiệm vụ: Phòng Kinh tế và Hạ tầng huyện Đồng Nhạn. Đơn vị chủ trì: Hợp tác xã "
          "Chè Suối Ngàn. Chủ nhiệm nhiệm vụ: ông Lương Văn Tuấn Kha, Giám đốc Hợp tác xã. Đơn vị tư vấn công "
          "nghệ: Trung tâm Ứng dụng và Thống kê khoa học và công nghệ tỉnh Ngân Lĩnh Bắc."),
    ("p", "2. Thời gian thực hiện: 08 tháng, từ tháng 7/2024 đến tháng 02/2025."),
    ("p", "3. Quy mô: 52 hộ thành viên với 41,6 ha chè tại 04 thôn Nà Coóc, Khuổi Sen, Lũng Tao và Bản Vèn, "
          "xã Suối Ngàn."),
    ("p", "4. Kinh phí: tổng kinh phí thực hiện là 435.000.000 đồng, trong đó ngân sách sự nghiệp khoa học và "
          "công nghệ huyện hỗ trợ 300.000.000 đồng (chiếm 68,97%), Hợp tác xã đối ứng 135.000.000 đồng "
          "(chiếm 31,03%). Đến ngày báo cáo đã giải ngân 286.400.000 đồng vốn ngân sách, đạt 95,5%."),
    ("h", "II. KẾT QUẢ THỰC HIỆN"),
    ("h", "1. Xây dựng và quản lý nhãn hiệu tập thể"),
    ("p", "- Quy chế quản lý, sử dụng nhãn hiệu tập thể \"Chè Suối Ngàn\" được Đại hội thành viên Hợp tác xã "
          "thông qua ngày 08/6/2024; 52/52 hộ thành viên ký cam kết tuân thủ quy chế."),
    ("p", "- Ủy ban nhân dân tỉnh ban hành Văn bản số 2741/UBND-KT ngày 09/7/2024 cho phép sử dụng địa danh "
          "\"Suối Ngàn\" để đăng ký nhãn hiệu tập thể."),
    ("p", "- Đơn đăng ký nộp tại Cục Sở hữu trí tuệ ngày 24/7/2024, được chấp nhận hợp lệ ngày 26/8/2024 và "
          "công bố trên Công báo sở hữu công nghiệp tháng 10/2024. Hiện đơn đang trong giai đoạn thẩm định nội "
          "dung, dự kiến được cấp Giấy chứng nhận đăng ký nhãn hiệu trong quý IV/2025."),
    ("h", "2. Ứng dụng mã QR truy xuất nguồn gốc"),
    ("p", "- Hợp tác xã thuê nền tảng truy xuất nguồn gốc do đơn vị tư vấn chuyển giao; 100% hộ thành viên "
          "được cấp tài khoản và ghi nhật ký sản xuất điện tử trên điện thoại."),
    ("p", "- Đã in 20.000 tem QR, sử dụng 14.860 tem cho 184 lô sản phẩm; người tiêu dùng quét mã 6.245 lượt. "
          "Mỗi tem thể hiện mã lô, hộ sản xuất, ngày thu hái, ngày chế biến và kết quả kiểm nghiệm gần nhất."),
    ("h", "3. Kiểm nghiệm chất lượng"),
    ("p", "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh lấy 12 mẫu trong 03 đợt (tháng 8/2024, "
          "tháng 11/2024 và tháng 01/2025); 100% mẫu đạt chỉ tiêu dư lượng thuốc bảo vệ thực vật và kim loại "
          "nặng theo quy định."),
    ("h", "4. Hiệu quả kinh tế - xã hội"),
    ("p", "- Sản lượng chè xanh thành phẩm tiêu thụ đạt 18,6 tấn, tăng 21,5% so với cùng kỳ năm trước."),
    ("p", "- Giá bán bình quân sản phẩm Chè xanh Suối Ngàn tăng từ 280.000 đồng/kg lên 340.000 đồng/kg; doanh "
          "thu của Hợp tác xã đạt 6,32 tỷ đồng; thu nhập bình quân của hộ thành viên tăng 14,2%."),
    ("p", "- Hợp tác xã ký hợp đồng tiêu thụ với 03 chuỗi cửa hàng đặc sản và đưa sản phẩm lên 02 sàn thương "
          "mại điện tử."),
    ("h", "III. ĐÁNH GIÁ CHUNG"),
    ("p", "1. Ưu điểm: mô hình hoàn thành đúng tiến độ, đúng nội dung thuyết minh được duyệt; nhận thức của "
          "thành viên về bảo hộ nhãn hiệu và minh bạch nguồn gốc được nâng lên rõ rệt."),
    ("p", "2. Tồn tại, hạn chế: 11/52 hộ thành viên cao tuổi chưa thành thạo cập nhật nhật ký điện tử, phải "
          "nhờ tổ kỹ thuật nhập hộ; tỷ lệ tem dán sai lô chiếm 2,3%; chi phí duy trì nền tảng từ năm thứ hai "
          "khoảng 38.000.000 đồng/năm; đơn nhãn hiệu tập thể chưa được cấp văn bằng nên chưa thể xử lý hành vi "
          "sử dụng trái phép."),
    ("h", "IV. ĐỀ XUẤT, KIẾN NGHỊ"),
    ("p", "1. Đề nghị Ủy ban nhân dân huyện cho phép nhân rộng mô hình cho Hợp tác xã Dịch vụ nông nghiệp Hòa "
          "Khê Tây và Hợp tác xã Mật ong Tân Lạc Điền từ năm 2025; tiếp tục hỗ trợ 30% chi phí duy trì tem QR "
          "cho Hợp tác xã Chè Suối Ngàn theo khoản 2 Điều 2 Nghị quyết số 09/NQ-HĐND."),
    ("p", "2. Đề nghị Sở Khoa học và Công nghệ theo dõi, hỗ trợ Hợp tác xã trả lời các thông báo của Cục Sở "
          "hữu trí tuệ trong giai đoạn thẩm định nội dung; hướng dẫn kiểm soát việc sử dụng nhãn hiệu sau khi "
          "được cấp văn bằng."),
    ("p", "3. Phòng Kinh tế và Hạ tầng phối hợp Hợp tác xã Chè Suối Ngàn tổ chức hội nghị nghiệm thu nhiệm "
          "vụ cấp huyện trước ngày 15/4/2025; Hợp tác xã hoàn thiện hồ sơ quyết toán, gửi Phòng Tài chính - "
          "Kế hoạch trước ngày 31/3/2025."),
    ("p", "4. Đề nghị Ủy ban nhân dân xã Suối Ngàn chỉ đạo các thôn tuyên truyền, ngăn chặn việc sử dụng bao "
          "bì mang tên \"Chè Suối Ngàn\" cho chè thu mua ngoài vùng sản xuất."),
    ("p", "Trên đây là báo cáo kết quả thực hiện mô hình thí điểm, kính báo cáo Ủy ban nhân dân huyện xem "
          "xét, chỉ đạo./."),
]
MY05_SIGN = [("GIÁM ĐỐC", "TRƯỞNG PHÒNG"),
             ("HỢP TÁC XÃ CHÈ SUỐI NGÀN", "KINH TẾ VÀ HẠ TẦNG"),
             ("(Đã ký)", "(Đã ký)"),
             ("Lương Văn Tuấn Kha", "Âu Thị Ngọc Diệp")]
MY05_RECIPIENTS = ["Nơi nhận:", "- UBND huyện (để b/c);", "- Sở Khoa học và Công nghệ tỉnh;",
                   "- Phòng Nông nghiệp và PTNT huyện;", "- Phòng Tài chính - Kế hoạch huyện;",
                   "- UBND xã Suối Ngàn;", "- Lưu: VT, KTHT, HTX."]


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.add_page()
    w = pdf.epw / 2
    for i, (l, r) in enumerate(MY05_HEADER):
        pdf.set_font("DejaVu", "B" if i < 3 else "", 10.5)
        pdf.cell(w, 6, N(l), align="C")
        pdf.set_font("DejaVu", "B" if i < 2 else ("I" if i == 3 else ""), 10.5)
        pdf.cell(w, 6, N(r), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for i, t in enumerate(MY05_TITLE):
        pdf.set_font("DejaVu", "B", 13 if i == 0 else 11.5)
        pdf.cell(0, 7, N(t), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, t in MY05_BODY:
        pdf.set_font("DejaVu", "B" if kind == "h" else "", 11)
        pdf.multi_cell(0, 6, N(t), align="J" if kind == "p" else "L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(3)
    for i, (l, r) in enumerate(MY05_SIGN):
        pdf.set_font("DejaVu", "B" if i != 2 else "I", 11)
        pdf.cell(w, 6, N(l), align="C")
        pdf.cell(w, 6, N(r), align="C", new_x="LMARGIN", new_y="NEXT")
        if i == 2:
            pdf.ln(6)
    pdf.ln(4)
    for i, t in enumerate(MY05_RECIPIENTS):
        pdf.set_font("DejaVu", "BI" if False else ("B" if i == 0 else ""), 10)
        pdf.cell(0, 5, N(t), new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    p2 = os.path.join(CORPUS, "my02_kehoach_phong_nnptnt_nhan_hieu_qr_ocop.docx")
    p5 = os.path.join(CORPUS, "my05_baocao_kqua_thi_diem_qr_che_suoi_ngan.pdf")
    build_docx(p2)
    build_pdf(p5)
    print("built", p2)
    print("built", p5)
