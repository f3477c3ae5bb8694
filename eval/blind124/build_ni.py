#!/usr/bin/env python3
"""Rebuild ni04 (.docx) and ni05 (.pdf) of blind set 124 from the text kept in this file."""
import os, unicodedata
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- ni04 .docx
QD_BEFORE = """QUYẾT ĐỊNH
Phê duyệt danh mục sản phẩm đặc sản được hỗ trợ xây dựng, đăng ký bảo hộ nhãn hiệu tập thể, chỉ dẫn địa lý giai đoạn 2025 - 2027
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂN HƯNG BẮC
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
Căn cứ Luật Sở hữu trí tuệ ngày 29 tháng 11 năm 2005; Luật sửa đổi, bổ sung một số điều của Luật Sở hữu trí tuệ ngày 16 tháng 6 năm 2022;
Căn cứ Nghị quyết số 27/2025/NQ-HĐND ngày 14 tháng 3 năm 2025 của Hội đồng nhân dân tỉnh quy định nội dung và mức hỗ trợ phát triển tài sản trí tuệ đối với sản phẩm đặc sản, sản phẩm OCOP và truy xuất nguồn gốc sản phẩm trên địa bàn tỉnh Tân Hưng Bắc giai đoạn 2025 - 2030;
Căn cứ Thông báo số 09/TB-HĐTĐ ngày 09 tháng 5 năm 2025 của Hội đồng thẩm định danh mục sản phẩm đề xuất hỗ trợ phát triển tài sản trí tuệ và Biên bản thẩm định lại ngày 23 tháng 5 năm 2025;
Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 42/TTr-SKHCN ngày 26 tháng 5 năm 2025.
QUYẾT ĐỊNH:
Điều 1. Phê duyệt danh mục 09 sản phẩm đặc sản được hỗ trợ xây dựng, đăng ký bảo hộ nhãn hiệu tập thể, chỉ dẫn địa lý giai đoạn 2025 - 2027 (chi tiết tại Phụ lục kèm theo), gồm 01 sản phẩm đăng ký chỉ dẫn địa lý và 08 sản phẩm đăng ký nhãn hiệu tập thể. Tổng kinh phí hỗ trợ dự kiến là 1.730.000.000 đồng (Một tỷ bảy trăm ba mươi triệu đồng) từ nguồn chi sự nghiệp khoa học và công nghệ của ngân sách tỉnh.
Sản phẩm Trà hoa vàng Nậm Sươi được bổ sung vào danh mục sau khi Hội đồng thẩm định lại ngày 23/5/2025 với kết quả 72,5 điểm.
Điều 2. Tổ chức thực hiện
1. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Ủy ban nhân dân các huyện, thị xã có sản phẩm trong danh mục hướng dẫn chủ thể lập hồ sơ, thẩm định dự toán chi tiết và theo dõi tiến độ đăng ký; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.
2. Sở Tài chính tham mưu bố trí kinh phí năm 2025 là 620.000.000 đồng và năm 2026 là 1.110.000.000 đồng để thực hiện danh mục.
3. Sở Nông nghiệp và Môi trường phối hợp xác định vùng sản xuất, xây dựng bản đồ vùng nguyên liệu; hướng dẫn chủ thể áp dụng quy trình sản xuất, sơ chế thống nhất.
4. Sở Công Thương hỗ trợ xúc tiến thương mại, đưa các sản phẩm trong danh mục lên sàn thương mại điện tử sau khi được cấp văn bằng bảo hộ.
5. Ủy ban nhân dân các huyện Kim Sa Thượng, Thạch Phong Nam và Ủy ban nhân dân thị xã Bình Khải chỉ đạo Ủy ban nhân dân cấp xã và các chủ thể triển khai; trong đó Ủy ban nhân dân huyện Kim Sa Thượng là cơ quan quản lý, tổ chức đăng ký chỉ dẫn địa lý cho sản phẩm chè shan tuyết, hoàn thành nộp đơn trước ngày 30/9/2026.
6. Các chủ thể có sản phẩm trong danh mục cam kết duy trì sản xuất tối thiểu 03 năm, sử dụng tem truy xuất nguồn gốc có mã QR và báo cáo kết quả về Sở Khoa học và Công nghệ định kỳ 6 tháng.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở: Khoa học và Công nghệ, Tài chính, Nông nghiệp và Môi trường, Công Thương; Chủ tịch Ủy ban nhân dân các huyện Kim Sa Thượng, Thạch Phong Nam, thị xã Bình Khải và các chủ thể có tên tại Phụ lục chịu trách nhiệm thi hành Quyết định này./."""

QD_SIGN = """KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(đã ký)
Trịnh Ngọc Thiều"""

QD_RECIP = """Nơi nhận:
- Như Điều 3;
- Bộ Khoa học và Công nghệ (để báo cáo);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Liên minh Hợp tác xã tỉnh;
- Lưu: VT, KGVX."""

QD_ANNEX_TITLE = """PHỤ LỤC
DANH MỤC SẢN PHẨM ĐẶC SẢN ĐƯỢC HỖ TRỢ XÂY DỰNG, ĐĂNG KÝ BẢO HỘ NHÃN HIỆU TẬP THỂ, CHỈ DẪN ĐỊA LÝ GIAI ĐOẠN 2025 - 2027
(Kèm theo Quyết định số 1876/QĐ-UBND ngày 30/5/2025 của Chủ tịch Ủy ban nhân dân tỉnh Tân Hưng Bắc)"""

QD_TABLE = [
    ["TT", "Tên sản phẩm", "Hình thức bảo hộ", "Chủ thể quản lý", "Địa bàn", "Điểm thẩm định", "Kinh phí hỗ trợ dự kiến (triệu đồng)", "Thời hạn nộp đơn"],
    ["1", "Chè shan tuyết Lũng Mai", "Chỉ dẫn địa lý", "UBND huyện Kim Sa Thượng", "Xã Lũng Mai và 03 xã lân cận, huyện Kim Sa Thượng", "91,5", "450", "Quý III/2026"],
    ["2", "Mật ong Tà Xiêm", "Nhãn hiệu tập thể", "HTX Nông nghiệp Tà Xiêm", "Xã Tà Xiêm, huyện Thạch Phong Nam", "87,0", "175", "Quý II/2025"],
    ["3", "Bưởi đường Phước Diệm", "Nhãn hiệu tập thể", "Hội Nông dân xã Phước Diệm", "Xã Phước Diệm, huyện Thạch Phong Nam", "84,5", "170", "Quý IV/2025"],
    ["4", "Miến dong Hòa Lũng", "Nhãn hiệu tập thể", "HTX Miến dong Hòa Lũng", "Xã Hòa Lũng, huyện Kim Sa Thượng", "82,0", "165", "Quý IV/2025"],
    ["5", "Cam sành Khe Muồng", "Nhãn hiệu tập thể", "HTX Dịch vụ nông nghiệp Khe Muồng", "Xã Khe Muồng, huyện Thạch Phong Nam", "79,5", "160", "Quý I/2026"],
    ["6", "Gạo nếp cái hoa vàng Đông Tràm", "Nhãn hiệu tập thể", "Hội Nông dân xã Đông Tràm", "Xã Đông Tràm, thị xã Bình Khải", "76,0", "155", "Quý I/2026"],
    ["7", "Rượu men lá Bản Chiêu", "Nhãn hiệu tập thể", "Tổ hợp tác rượu men lá Bản Chiêu", "Xã Bản Chiêu, huyện Kim Sa Thượng", "73,5", "150", "Quý II/2026"],
    ["8", "Lạc đỏ Bó Lềnh", "Nhãn hiệu tập thể", "HTX Lạc đỏ Bó Lềnh", "Xã Bó Lềnh, thị xã Bình Khải", "71,0", "145", "Quý II/2026"],
    ["9", "Trà hoa vàng Nậm Sươi", "Nhãn hiệu tập thể", "HTX Trà hoa vàng Nậm Sươi", "Xã Nậm Sươi, huyện Kim Sa Thượng", "72,5", "160", "Quý III/2026"],
    ["", "Tổng cộng", "", "", "", "", "1.730", ""],
]


def build_docx(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    hdr = d.add_table(rows=3, cols=2)
    cells = [("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             ("TỈNH TÂN HƯNG BẮC", "Độc lập - Tự do - Hạnh phúc"),
             ("Số: 1876/QĐ-UBND", "Tân Hưng Bắc, ngày 30 tháng 5 năm 2025")]
    for r, (a, b) in enumerate(cells):
        for c, t in enumerate((a, b)):
            p = hdr.cell(r, c).paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(N(t))
            run.bold = r < 2
    for line in QD_BEFORE.split("\n"):
        p = d.add_paragraph()
        run = p.add_run(N(line))
        if line in ("QUYẾT ĐỊNH", "QUYẾT ĐỊNH:") or line.startswith("CHỦ TỊCH ỦY BAN") or line.startswith("Điều "):
            run.bold = True
        if line in ("QUYẾT ĐỊNH", "QUYẾT ĐỊNH:") or line.startswith("Phê duyệt danh mục sản phẩm") or line.startswith("CHỦ TỊCH ỦY BAN"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in QD_SIGN.split("\n"):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run(N(line)).bold = line != "(đã ký)"
    for line in QD_RECIP.split("\n"):
        p = d.add_paragraph(); r = p.add_run(N(line)); r.font.size = Pt(11)
        r.bold = line == "Nơi nhận:"
    d.add_page_break()
    for line in QD_ANNEX_TITLE.split("\n"):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(N(line)).bold = not line.startswith("(")
    t = d.add_table(rows=len(QD_TABLE), cols=len(QD_TABLE[0]))
    t.style = "Table Grid"
    for i, row in enumerate(QD_TABLE):
        for j, val in enumerate(row):
            p = t.cell(i, j).paragraphs[0]
            r = p.add_run(N(val)); r.font.size = Pt(10); r.bold = i == 0 or val == "Tổng cộng"
    d.save(path)


# ---------------------------------------------------------------- ni05 .pdf
BC_HEADER = [("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             ("HUYỆN THẠCH PHONG NAM", "Độc lập - Tự do - Hạnh phúc"),
             ("Số: 237/BC-UBND", "Thạch Phong Nam, ngày 18 tháng 6 năm 2025")]

BC_BODY = """#BÁO CÁO
#Kết quả xây dựng, quản lý nhãn hiệu tập thể và áp dụng tem truy xuất nguồn gốc 6 tháng đầu năm 2025; nhiệm vụ 6 tháng cuối năm 2025
@Kính gửi: Sở Khoa học và Công nghệ tỉnh Tân Hưng Bắc.
Thực hiện Kế hoạch số 134/KH-SKHCN ngày 02/4/2025 của Sở Khoa học và Công nghệ triển khai Nghị quyết số 27/2025/NQ-HĐND của Hội đồng nhân dân tỉnh và Quyết định số 1876/QĐ-UBND ngày 30/5/2025 của Chủ tịch Ủy ban nhân dân tỉnh phê duyệt danh mục sản phẩm đặc sản được hỗ trợ, Ủy ban nhân dân huyện Thạch Phong Nam báo cáo kết quả thực hiện như sau:
!I. KẾT QUẢ THỰC HIỆN
!1. Công tác chỉ đạo, tuyên truyền, tập huấn
Ủy ban nhân dân huyện ban hành Kế hoạch số 61/KH-UBND ngày 15/4/2025 triển khai Nghị quyết số 27/2025/NQ-HĐND trên địa bàn huyện; tổ chức 04 lớp tập huấn về sở hữu trí tuệ và quản lý nhãn hiệu tập thể cho 236 lượt cán bộ xã, thành viên hợp tác xã và hộ sản xuất; phát 1.500 tờ gấp hướng dẫn sử dụng tem truy xuất nguồn gốc có mã QR.
!2. Nhãn hiệu tập thể đã được cấp văn bằng bảo hộ
Lũy kế đến ngày 31/5/2025, huyện có 05 nhãn hiệu tập thể được Cục Sở hữu trí tuệ cấp Giấy chứng nhận đăng ký nhãn hiệu, gồm:
- Na dai Thạch Phong, chủ sở hữu HTX Na dai Thạch Phong, cấp năm 2021;
- Gà đồi Khe Muồng, chủ sở hữu Hội Nông dân xã Khe Muồng, cấp năm 2022;
- Nấm hương Pắc Khoang, chủ sở hữu HTX Lâm sản Pắc Khoang, cấp năm 2023;
- Vịt bầu Suối Vầu, chủ sở hữu HTX Chăn nuôi Suối Vầu, cấp ngày 12/3/2025;
- Chuối ngự Yên Lãm, chủ sở hữu Hội Nông dân xã Yên Lãm, cấp ngày 06/5/2025.
Hai nhãn hiệu cấp trong năm 2025 được hỗ trợ theo Nghị quyết số 14/2019/NQ-HĐND với tổng kinh phí 236.000.000 đồng. Việc cấp quyền sử dụng nhãn hiệu cho thành viên còn chậm: nhãn hiệu Na dai Thạch Phong mới có 4/31 hộ thành viên được cấp quyền sử dụng.
!3. Triển khai danh mục theo Quyết định số 1876/QĐ-UBND
Huyện có 03 sản phẩm trong danh mục được hỗ trợ giai đoạn 2025 - 2027, tổng kinh phí hỗ trợ dự kiến 505 triệu đồng:
- Mật ong Tà Xiêm (HTX Nông nghiệp Tà Xiêm, Giám đốc là bà Ma Thị Lụa): đã hoàn thành quy chế quản lý, mẫu nhãn và nộp đơn đăng ký nhãn hiệu tập thể tại Cục Sở hữu trí tuệ ngày 10/6/2025;
- Bưởi đường Phước Diệm (Hội Nông dân xã Phước Diệm): đang lấy ý kiến hội viên về dự thảo quy chế quản lý, dự kiến nộp đơn trong tháng 10/2025;
- Cam sành Khe Muồng (HTX Dịch vụ nông nghiệp Khe Muồng): đang thuê đơn vị tư vấn thiết kế mẫu nhãn.
Kinh phí đã giải ngân đến ngày 15/6/2025 là 96.500.000 đồng, đạt 19,1% kinh phí dự kiến.
!4. Áp dụng tem truy xuất nguồn gốc có mã QR
Trong 6 tháng đầu năm 2025, trên địa bàn huyện có 27 chủ thể (18 hợp tác xã, 06 doanh nghiệp, 03 hộ kinh doanh) tham gia Hệ thống truy xuất nguồn gốc sản phẩm tỉnh; đã cấp 74.300 tem QR, đạt 41,3% kế hoạch năm 2025 (180.000 tem). Trong đó: Mật ong Tà Xiêm 21.400 tem; Bưởi đường Phước Diệm 18.600 tem; Vịt bầu Suối Vầu 12.000 tem; các sản phẩm khác 22.300 tem. Tổng số lượt quét mã QR ghi nhận trên hệ thống là 31.870 lượt.
Có 19 chủ thể được hỗ trợ chi phí in tem theo Nghị quyết số 27/2025/NQ-HĐND với tổng số tiền 187.400.000 đồng; 08 chủ thể mới tham gia được hỗ trợ thiết lập tài khoản, mỗi chủ thể 5.000.000 đồng.
!5. Sản phẩm OCOP
Huyện hiện có 14 sản phẩm OCOP còn hiệu lực (10 sản phẩm 3 sao, 04 sản phẩm 4 sao). Trong 6 tháng đầu năm 2025 có 02 sản phẩm được nâng hạng lên 4 sao là Mật ong Tà Xiêm và Bưởi đường Phước Diệm, mỗi sản phẩm được thưởng 20.000.000 đồng theo Nghị quyết số 27/2025/NQ-HĐND.
!II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN
- Một số hợp tác xã chưa khai thác hiệu quả nhãn hiệu sau khi được cấp văn bằng; sản lượng sản phẩm mang nhãn hiệu chưa đến 30% tổng sản lượng.
- Ngày 22/5/2025, Đội Quản lý thị trường số 3 phát hiện 01 trường hợp sao chép tem QR của sản phẩm Mật ong Tà Xiêm dán trên 120 chai mật ong không rõ nguồn gốc tại chợ trung tâm huyện, xử phạt vi phạm hành chính 15.000.000 đồng.
- Cán bộ theo dõi sở hữu trí tuệ cấp huyện, cấp xã đều kiêm nhiệm; chi phí in tem còn cao so với quy mô sản xuất của hộ kinh doanh.
!III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025
1. Giao Phòng Nông nghiệp và Môi trường huyện chủ trì, phối hợp với Ủy ban nhân dân các xã Tà Xiêm, Phước Diệm, Khe Muồng hướng dẫn chủ thể hoàn thiện hồ sơ; bảo đảm nộp đơn đăng ký nhãn hiệu Bưởi đường Phước Diệm trước ngày 31/10/2025 và Cam sành Khe Muồng trong quý I/2026.
2. Trung tâm Dịch vụ nông nghiệp huyện phối hợp các hợp tác xã cập nhật nhật ký sản xuất lên hệ thống truy xuất; phấn đấu cấp thêm 105.700 tem QR để đạt kế hoạch năm.
3. Phòng Văn hóa và Thông tin huyện tuyên truyền về nhãn hiệu tập thể và cách nhận biết tem QR thật, giả trên Trang thông tin điện tử huyện định kỳ hằng tháng.
4. Ủy ban nhân dân xã Tà Xiêm chủ trì xây dựng điểm bán sản phẩm mật ong mang nhãn hiệu tập thể tại Khu du lịch sinh thái thác Tà Xiêm, hoàn thành trong quý III/2025.
!IV. KIẾN NGHỊ, ĐỀ XUẤT
1. Đề nghị Sở Khoa học và Công nghệ tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh xem xét nâng mức hỗ trợ in tem QR lên tối đa 40.000.000 đồng/chủ thể/năm đối với hợp tác xã có từ 50 thành viên trở lên.
2. Đề nghị Chi cục Quản lý thị trường tỉnh tăng cường kiểm tra, xử lý hành vi làm giả tem truy xuất nguồn gốc.
Đầu mối: ông Sầm Văn Pháo, Trưởng phòng Nông nghiệp và Môi trường huyện, điện thoại 0209.3761.228.
Trên đây là báo cáo của Ủy ban nhân dân huyện Thạch Phong Nam./."""

BC_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nông Văn Biền"]
BC_RECIP = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (để báo cáo);", "- TT Huyện ủy, TT HĐND huyện;",
            "- CT, các PCT UBND huyện;", "- Phòng Nông nghiệp và Môi trường huyện;", "- Lưu: VT, NNMT."]

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSerif.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
    pdf.add_page()
    w = pdf.epw / 2
    for i, (a, b) in enumerate(BC_HEADER):
        pdf.set_font("DV", "B" if i < 2 else "", 10.5)
        pdf.cell(w * 0.85, 6, N(a), align="C")
        pdf.cell(w * 1.15, 6, N(b), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for line in BC_BODY.split("\n"):
        line = N(line)
        if line.startswith("#"):
            pdf.set_font("DV", "B", 12)
            pdf.multi_cell(0, 6.5, line[1:], align="C", new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("@"):
            pdf.ln(2); pdf.set_font("DV", "", 12)
            pdf.multi_cell(0, 6.5, line[1:], align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        elif line.startswith("!"):
            pdf.set_font("DV", "B", 11.5)
            pdf.multi_cell(0, 6.5, line[1:], new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DV", "", 11.5)
            pdf.multi_cell(0, 6.5, line, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    y = pdf.get_y()
    if y > 230:
        pdf.add_page(); y = pdf.get_y()
    pdf.set_font("DV", "B", 10.5)
    for k, s in enumerate(BC_SIGN):
        pdf.set_xy(pdf.l_margin + w, y + k * 6)
        pdf.cell(w, 6, N(s), align="C")
    for k, s in enumerate(BC_RECIP):
        pdf.set_font("DV", "B" if k == 0 else "", 9.5)
        pdf.set_xy(pdf.l_margin, y + k * 5)
        pdf.cell(w, 5, N(s))
    pdf.output(path)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, "ni04_quyet_dinh_1876_phe_duyet_danh_muc.docx"))
    build_pdf(os.path.join(CORPUS, "ni05_bao_cao_237_huyen_thach_phong_nam.pdf"))
    print("built")
