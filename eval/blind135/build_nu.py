"""Rebuild nu02 (.docx) and nu03 (.pdf) of blind set 135 from the text kept here."""
import os, unicodedata
from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- nu02 (.docx)
DOCX_NAME = "nu02_qd27_skhcn_the_le_giai_bao_chi.docx"
DOCX_HEADER = [
    ("UBND TỈNH TÂN KHÊ LĨNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 27/QĐ-SKHCN", "Yên Lãng Hạ, ngày 09 tháng 02 năm 2026"),
]
DOCX_BEFORE_TABLE = """QUYẾT ĐỊNH
Ban hành Thể lệ Giải Báo chí về khoa học và công nghệ tỉnh Tân Khê Lĩnh năm 2026
GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ
Căn cứ Luật Báo chí ngày 05 tháng 4 năm 2016;
Căn cứ Quyết định số 112/QĐ-UBND ngày 20/01/2025 của Ủy ban nhân dân tỉnh Tân Khê Lĩnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ;
Căn cứ Kế hoạch số 48-KH/BTGTU ngày 12/01/2026 của Ban Tuyên giáo Tỉnh ủy về tuyên truyền, phổ biến kiến thức khoa học, công nghệ trên báo chí, truyền thông của tỉnh năm 2026;
Theo đề nghị của Trưởng phòng Quản lý khoa học.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Thể lệ Giải Báo chí về khoa học và công nghệ tỉnh Tân Khê Lĩnh năm 2026 (sau đây gọi tắt là Giải).
Điều 2. Thành lập Ban Tổ chức Giải gồm 05 thành viên: đồng chí Triệu Minh Đạt, Phó Giám đốc Sở Khoa học và Công nghệ, Trưởng ban; đồng chí Đàm Thị Kiều Oanh, Phó Chủ tịch Hội Nhà báo tỉnh, Phó Trưởng ban; các thành viên là đại diện Ban Tuyên giáo Tỉnh ủy, Sở Thông tin và Truyền thông và Phòng Quản lý khoa học. Ban Tổ chức có trách nhiệm thông báo, nhận tác phẩm, thành lập Hội đồng giám khảo và tổ chức Lễ trao giải.
Điều 3. Kinh phí tổ chức Giải được bố trí từ nguồn sự nghiệp khoa học và công nghệ năm 2026 của Sở. Giao Văn phòng Sở chủ trì, phối hợp với Phòng Kế hoạch - Tài chính lập dự toán, thanh toán, quyết toán theo quy định.
Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng phòng Quản lý khoa học, Trưởng phòng Kế hoạch - Tài chính, các thành viên Ban Tổ chức và tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Như Điều 4;
- Ban Tuyên giáo Tỉnh ủy (để b/c);
- UBND tỉnh (để b/c);
- Hội Nhà báo tỉnh;
- Cổng thông tin điện tử Sở;
- Lưu: VT, QLKH.
GIÁM ĐỐC
Lưu Quang Thạc

THỂ LỆ
Giải Báo chí về khoa học và công nghệ tỉnh Tân Khê Lĩnh năm 2026
(Ban hành kèm theo Quyết định số 27/QĐ-SKHCN ngày 09/02/2026 của Giám đốc Sở Khoa học và Công nghệ)
1. Đối tượng tham dự
Phóng viên, biên tập viên, cộng tác viên của các cơ quan báo chí, Trung tâm Văn hóa - Thông tin và Thể thao các huyện, thành phố; hội viên Hội Nhà báo tỉnh và công dân Việt Nam có tác phẩm viết về khoa học, công nghệ của tỉnh Tân Khê Lĩnh. Thành viên Ban Tổ chức, Hội đồng giám khảo và Tổ thư ký không được gửi tác phẩm dự Giải.
2. Tác phẩm dự Giải
- Tác phẩm đã được đăng, phát trên các cơ quan báo chí trong thời gian từ ngày 01/8/2025 đến ngày 31/7/2026.
- Mỗi tác giả hoặc nhóm tác giả gửi tối đa 03 tác phẩm; tác phẩm loạt bài không quá 05 kỳ.
- Tác phẩm dự Giải Báo chí quốc gia đã đạt giải không được gửi dự Giải.
3. Hạng mục Giải
Giải được xét ở 04 hạng mục: Báo in; Báo điện tử; Phát thanh; Truyền hình. Tác phẩm phát thanh có thời lượng không quá 20 phút, tác phẩm truyền hình không quá 30 phút.
4. Cơ cấu giải thưởng
Mỗi hạng mục có 01 giải A, 02 giải B, 03 giải C và 04 giải Khuyến khích. Cơ cấu và mức thưởng cụ thể như sau:"""
DOCX_TABLE = [
    ("Giải", "Số lượng", "Mức thưởng (đồng)"),
    ("Giải A", "04", "15.000.000"),
    ("Giải B", "08", "10.000.000"),
    ("Giải C", "12", "6.000.000"),
    ("Giải Khuyến khích", "16", "3.000.000"),
    ("Tổng cộng", "40", "260.000.000"),
]
DOCX_AFTER_TABLE = """Mức thưởng trên là mức cho mỗi giải; tác giả đạt giải được nhận Giấy chứng nhận của Sở Khoa học và Công nghệ. Trường hợp không có tác phẩm đạt chất lượng, Hội đồng giám khảo có thể không xét một số giải.
5. Hồ sơ, thời hạn và địa chỉ nhận tác phẩm
- Hồ sơ gồm: Phiếu đăng ký dự Giải; bản gốc hoặc bản sao tác phẩm (báo in: 03 bản; báo điện tử: bản in và đường dẫn; phát thanh, truyền hình: tệp âm thanh, tệp hình ảnh lưu trên USB kèm kịch bản).
- Thời hạn nhận tác phẩm: đến hết ngày 31/7/2026 (theo dấu bưu điện hoặc ngày nhận trực tiếp).
- Địa chỉ: Phòng Quản lý khoa học, Sở Khoa học và Công nghệ tỉnh Tân Khê Lĩnh, số 18 đường Bờ Sông Khê, phường Khê Thạch, thành phố Yên Lãng Hạ; thư điện tử: giaibaochikhcn@tankhelinh.gov.vn.
6. Chấm giải
Hội đồng giám khảo gồm 07 thành viên là nhà báo, nhà khoa học, nhà quản lý; chấm qua 02 vòng (sơ khảo và chung khảo). Tác phẩm được chấm theo thang điểm 100, trong đó tính chính xác của thông tin khoa học 30 điểm.
7. Lễ trao giải
Lễ trao giải dự kiến tổ chức trong tháng 9/2026 tại thành phố Yên Lãng Hạ. Ban Tổ chức không trả lại tác phẩm dự Giải."""

# ---------------------------------------------------------------- nu03 (.pdf)
PDF_NAME = "nu03_tb05_btc_nhan_tac_pham_giai_bao_chi.pdf"
PDF_HEADER = [
    ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("BAN TỔ CHỨC GIẢI BÁO CHÍ", "Độc lập - Tự do - Hạnh phúc"),
    ("VỀ KH&CN TỈNH NĂM 2026", ""),
    ("Số: 05/TB-BTC", "Yên Lãng Hạ, ngày 16 tháng 3 năm 2026"),
]
PDF_BODY = """THÔNG BÁO
Về việc nhận tác phẩm dự Giải Báo chí về khoa học và công nghệ tỉnh năm 2026 và tổ chức Hội thảo - tập huấn cho phóng viên
Kính gửi:
- Báo Tân Khê Lĩnh;
- Đài Phát thanh và Truyền hình tỉnh;
- Trung tâm Văn hóa - Thông tin và Thể thao các huyện, thành phố;
- Văn phòng đại diện, phóng viên thường trú các cơ quan báo chí Trung ương tại tỉnh;
- Hội viên Hội Nhà báo tỉnh.
Thực hiện Quyết định số 27/QĐ-SKHCN ngày 09/02/2026 của Giám đốc Sở Khoa học và Công nghệ ban hành Thể lệ Giải Báo chí về khoa học và công nghệ tỉnh Tân Khê Lĩnh năm 2026, Ban Tổ chức Giải thông báo như sau:
1. Thời gian nhận tác phẩm: từ ngày 01/4/2026 đến 17 giờ 00 ngày 31/7/2026. Tác phẩm gửi qua bưu điện tính theo dấu bưu điện nơi gửi; tác phẩm gửi sau thời hạn trên sẽ không được xét.
2. Địa chỉ nhận tác phẩm: Phòng Quản lý khoa học (phòng 204, tầng 2), Sở Khoa học và Công nghệ, số 18 đường Bờ Sông Khê, phường Khê Thạch, thành phố Yên Lãng Hạ. Tác phẩm báo điện tử, phát thanh, truyền hình có thể gửi bản điện tử về địa chỉ giaibaochikhcn@tankhelinh.gov.vn, dung lượng mỗi thư không quá 25 MB; tệp lớn hơn gửi qua đường dẫn lưu trữ trực tuyến.
3. Phiếu đăng ký dự Giải tải tại Cổng thông tin điện tử của Sở Khoa học và Công nghệ, ghi rõ họ tên, bút danh, cơ quan công tác, số điện thoại của tác giả hoặc người đại diện nhóm tác giả. Mỗi tác phẩm một phiếu.
4. Các cơ quan báo chí của tỉnh lựa chọn, gửi tác phẩm tiêu biểu; đề nghị Báo Tân Khê Lĩnh và Đài Phát thanh và Truyền hình tỉnh mỗi đơn vị gửi ít nhất 10 tác phẩm. Trung tâm Văn hóa - Thông tin và Thể thao các huyện, thành phố có trách nhiệm thông báo rộng rãi đến cộng tác viên ở cơ sở.
5. Hội thảo - tập huấn "Viết về khoa học cho công chúng":
a) Thời gian: 01 ngày, khai mạc lúc 8 giờ 00 ngày 22/4/2026.
b) Địa điểm: Hội trường Hoa Ban, Trường Chính trị tỉnh, số 7 đường Đồi Cọ Hạ, thành phố Yên Lãng Hạ.
c) Thành phần: 60 đại biểu là phóng viên, biên tập viên, cộng tác viên; mỗi cơ quan báo chí của tỉnh cử 15 người, mỗi Trung tâm Văn hóa - Thông tin và Thể thao cấp huyện cử 03 người.
d) Báo cáo viên: TS. Tạ Quốc Hưng, Phó Hiệu trưởng Trường Cao đẳng Kỹ thuật tỉnh, và nhà báo Khổng Thị Lan Anh, Phó Tổng Biên tập Báo Tân Khê Lĩnh.
đ) Hội Nhà báo tỉnh chủ trì tổ chức Hội thảo, chuẩn bị tài liệu; Văn phòng Sở Khoa học và Công nghệ bảo đảm hội trường, hậu cần. Đại biểu đăng ký danh sách trước ngày 15/4/2026.
6. Tác phẩm có sử dụng số liệu, kết quả nghiên cứu phải ghi rõ nguồn; tác giả chịu trách nhiệm về bản quyền tác phẩm. Ban Tổ chức phối hợp với Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh thẩm định nội dung khoa học của các tác phẩm vào vòng chung khảo. Lễ trao giải dự kiến tổ chức trong tháng 9/2026; tổng giá trị giải thưởng là 260.000.000 đồng cho 40 giải thuộc 04 hạng mục.
7. Thông tin liên hệ: bà Mông Thị Thu Hà, chuyên viên Phòng Quản lý khoa học, điện thoại 0209.3856.417, di động 0912.604.385; thư điện tử giaibaochikhcn@tankhelinh.gov.vn.
Ban Tổ chức Giải đề nghị các cơ quan, đơn vị quan tâm, phổ biến Thông báo này đến phóng viên, biên tập viên, hội viên và cộng tác viên./.
Nơi nhận:
- Như trên;
- Ban Tuyên giáo Tỉnh ủy (để b/c);
- Giám đốc Sở KH&CN (để b/c);
- Thành viên Ban Tổ chức;
- Lưu: VT, QLKH.
TM. BAN TỔ CHỨC
TRƯỞNG BAN
PHÓ GIÁM ĐỐC SỞ KH&CN
Triệu Minh Đạt"""


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    hdr = doc.add_table(rows=len(DOCX_HEADER), cols=2)
    for i, (l, r) in enumerate(DOCX_HEADER):
        hdr.cell(i, 0).text = N(l)
        hdr.cell(i, 1).text = N(r)
    for line in DOCX_BEFORE_TABLE.split("\n"):
        doc.add_paragraph(N(line))
    t = doc.add_table(rows=len(DOCX_TABLE), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(DOCX_TABLE):
        for j, c in enumerate(row):
            t.cell(i, j).text = N(c)
    for line in DOCX_AFTER_TABLE.split("\n"):
        doc.add_paragraph(N(line))
    doc.save(os.path.join(CORPUS, DOCX_NAME))


def build_pdf():
    fd = "/usr/share/fonts/truetype/dejavu/"
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, 15)
    pdf.add_font("DV", "", fd + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", fd + "DejaVuSans-Bold.ttf")
    pdf.add_page()
    pdf.set_font("DV", "B", 9.5)
    for l, r in PDF_HEADER:
        pdf.cell(80, 5.5, N(l), align="C")
        pdf.cell(95, 5.5, N(r), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for i, line in enumerate(PDF_BODY.split("\n")):
        bold = i < 2 or line.startswith(("TM.", "TRƯỞNG BAN", "PHÓ GIÁM ĐỐC"))
        pdf.set_font("DV", "B" if bold else "", 10.5)
        align = "C" if i < 2 else "J"
        pdf.multi_cell(0, 5.6, N(line), align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(CORPUS, PDF_NAME))


if __name__ == "__main__":
    build_docx()
    build_pdf()
    print("built", DOCX_NAME, PDF_NAME)
