# -*- coding: utf-8 -*-
"""Rebuild mp01 (.docx) and mp02 (.pdf) of the blind106 set from text kept here."""
import os
import unicodedata
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- mp01 (.docx)
MP01_LEFT = ["ỦY BAN NHÂN DÂN", "HUYỆN VĨNH SA", "", "Số: 163/KH-UBND"]
MP01_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
              "Vĩnh Sa, ngày 12 tháng 3 năm 2026"]
MP01_TITLE = ["KẾ HOẠCH", "Số hóa di tích lịch sử - văn hóa và hiện vật Bảo tàng huyện Vĩnh Sa năm 2026"]
MP01_BODY_1 = [
    "Căn cứ Luật Di sản văn hóa ngày 23 tháng 11 năm 2024;",
    "Căn cứ Hướng dẫn số 415/HD-SVHTTDL ngày 20/02/2026 của Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn Trà Thượng về số hóa di tích lịch sử - văn hóa và hiện vật bảo tàng giai đoạn 2026 - 2027;",
    "Căn cứ tình hình thực tế tại địa phương, Ủy ban nhân dân huyện Vĩnh Sa ban hành Kế hoạch số hóa di tích lịch sử - văn hóa và hiện vật Bảo tàng huyện năm 2026 như sau:",
    "#I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "- Từng bước xây dựng cơ sở dữ liệu số về di tích và hiện vật trên địa bàn huyện, phục vụ công tác quản lý, nghiên cứu, giáo dục truyền thống và quảng bá du lịch.",
    "- Ứng dụng công nghệ quét 3D và thuyết minh tự động bằng mã QR để du khách, học sinh có thể tìm hiểu di tích ngay trên điện thoại di động.",
    "2. Yêu cầu",
    "- Việc số hóa phải bảo đảm đúng tiêu chuẩn kỹ thuật theo Hướng dẫn số 415/HD-SVHTTDL; dữ liệu được lưu trữ tập trung, có bản sao dự phòng.",
    "- Không làm ảnh hưởng đến hiện trạng di tích, hiện vật; tôn trọng ý kiến của cộng đồng và ban quản lý di tích.",
    "#II. THỰC TRẠNG VÀ CHỈ TIÊU",
    "1. Thực trạng",
    "Toàn huyện hiện có 27 di tích đã được xếp hạng, trong đó 02 di tích cấp quốc gia (Đình Khả Lễ, Chùa Quang Khánh) và 25 di tích cấp tỉnh. Bảo tàng huyện Vĩnh Sa đang lưu giữ 2.350 hiện vật, trong đó có 312 hiện vật được xác định là tiêu biểu. Đến hết năm 2025, huyện mới số hóa được hồ sơ khoa học của 09 di tích dưới dạng ảnh chụp và bản scan; chưa có di tích nào được quét 3D hoặc gắn mã QR thuyết minh.",
    "2. Chỉ tiêu năm 2026",
    "- Quét 3D 06 di tích gồm: Đình Khả Lễ, Chùa Quang Khánh, Đền Mỏ Đá, Miếu Thượng Bàn, Di tích Lũy Đá và Nhà thờ họ Bế.",
    "- Quét 3D 120 hiện vật tiêu biểu của Bảo tàng huyện Vĩnh Sa.",
    "- Gắn 54 biển mã QR thuyết minh tại 27 di tích đã xếp hạng (mỗi di tích 02 biển), thuyết minh bằng tiếng Việt và tiếng Anh.",
    "- Số hóa 1.800 trang tài liệu Hán Nôm, sắc phong, thần tích, văn bia.",
    "- Tập huấn cho 60 lượt cán bộ, thuyết minh viên và thành viên ban quản lý di tích.",
    "#III. NHIỆM VỤ CỤ THỂ",
    "Các nhiệm vụ, đơn vị chủ trì, đơn vị phối hợp và thời gian thực hiện được phân công theo bảng sau:",
]
MP01_TABLE = [
    ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
    ["1", "Khảo sát, lập danh mục di tích, hiện vật cần số hóa", "Phòng Văn hóa và Thông tin",
     "Bảo tàng huyện Vĩnh Sa; UBND các xã", "Trước ngày 31/3/2026"],
    ["2", "Quét 3D 06 di tích theo chỉ tiêu", "Bảo tàng huyện Vĩnh Sa",
     "Phòng Văn hóa và Thông tin; đơn vị tư vấn", "Quý II - quý III/2026"],
    ["3", "Quét 3D 120 hiện vật tiêu biểu", "Bảo tàng huyện Vĩnh Sa",
     "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Hoàn thành trong quý IV/2026"],
    ["4", "Biên soạn nội dung, thu âm thuyết minh; in và gắn 54 biển mã QR",
     "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Bảo tàng huyện Vĩnh Sa; UBND các xã",
     "Đợt 1 trong tháng 5/2026; đợt 2 trong quý III/2026"],
    ["5", "Số hóa 1.800 trang tài liệu Hán Nôm, sắc phong, thần tích", "Bảo tàng huyện Vĩnh Sa",
     "UBND các xã; Hội Người cao tuổi huyện", "Trước ngày 30/11/2026"],
    ["6", "Tổ chức 02 lớp tập huấn kỹ năng số hóa và thuyết minh di tích", "Phòng Văn hóa và Thông tin",
     "Bảo tàng huyện Vĩnh Sa", "Quý II/2026"],
    ["7", "Thẩm định, bố trí kinh phí thực hiện Kế hoạch", "Phòng Tài chính - Kế hoạch",
     "Phòng Văn hóa và Thông tin", "Trước ngày 15/4/2026"],
    ["8", "Tuyên truyền, giới thiệu di tích số trên Trang thông tin điện tử huyện",
     "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Huyện đoàn Vĩnh Sa", "Định kỳ hằng tháng"],
]
MP01_BODY_2 = [
    "#IV. KINH PHÍ THỰC HIỆN",
    "Tổng kinh phí dự kiến thực hiện Kế hoạch là 1,46 tỷ đồng, trong đó:",
    "- Ngân sách huyện: 860.000.000 đồng;",
    "- Ngân sách tỉnh hỗ trợ theo Hướng dẫn số 415/HD-SVHTTDL: 420.000.000 đồng;",
    "- Nguồn xã hội hóa: 180.000.000 đồng.",
    "Riêng chi phí in và gắn 54 biển mã QR là 64.800.000 đồng (đơn giá 1.200.000 đồng/biển), do ngân sách huyện bảo đảm.",
    "#V. TỔ CHỨC THỰC HIỆN",
    "1. Thành lập Tổ công tác số hóa di sản huyện, gồm: Phòng Văn hóa và Thông tin, Bảo tàng huyện Vĩnh Sa, Trung tâm Văn hóa, Thông tin và Thể thao huyện và Phòng Tài chính - Kế hoạch; Tổ trưởng là Trưởng phòng Văn hóa và Thông tin.",
    "2. Phòng Văn hóa và Thông tin là cơ quan thường trực, chủ trì, phối hợp với các cơ quan, đơn vị triển khai Kế hoạch; hướng dẫn UBND các xã thực hiện; tổng hợp, báo cáo UBND huyện và Sở Văn hóa, Thể thao và Du lịch trước ngày 20/6/2026 (báo cáo 6 tháng) và trước ngày 10/12/2026 (báo cáo năm).",
    "3. Bảo tàng huyện Vĩnh Sa chịu trách nhiệm chuyên môn về quét 3D, số hóa hiện vật và tài liệu; quản lý cơ sở dữ liệu số; định kỳ hằng tháng báo cáo tiến độ về Phòng Văn hóa và Thông tin.",
    "4. Phòng Tài chính - Kế hoạch tham mưu UBND huyện bố trí kinh phí; hướng dẫn các đơn vị thanh toán, quyết toán theo quy định.",
    "5. UBND các xã Khả Lễ, Lương Khê, Nghĩa Thủy và các xã có di tích xếp hạng phối hợp khảo sát, vận động nhân dân cung cấp tài liệu, sắc phong; bố trí vị trí gắn biển mã QR; giao Ban quản lý di tích cấp xã bảo vệ biển mã QR sau khi gắn.",
    "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện vận động các tổ chức, cá nhân đóng góp nguồn xã hội hóa; Huyện đoàn Vĩnh Sa huy động đoàn viên tham gia đội thuyết minh viên tình nguyện tại di tích.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Văn hóa và Thông tin (qua ông Trịnh Xuân Mạch, Trưởng phòng, số điện thoại 0235.3912.118) để tổng hợp, báo cáo UBND huyện xem xét, giải quyết./.",
]
MP01_RECIPIENTS = [
    "Nơi nhận:",
    "- Sở VHTTDL tỉnh Sơn Trà Thượng (để b/c);",
    "- TT Huyện ủy, TT HĐND huyện (để b/c);",
    "- Chủ tịch, các PCT UBND huyện;",
    "- Các cơ quan, đơn vị tại mục V;",
    "- UBND các xã;",
    "- Lưu: VT, VHTT.",
]
MP01_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Đinh Công Quyết"]


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    hdr = doc.add_table(rows=1, cols=2)
    hdr.cell(0, 0).text = N("\n".join(MP01_LEFT))
    hdr.cell(0, 1).text = N("\n".join(MP01_RIGHT))
    for c in hdr.rows[0].cells:
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, t in enumerate(MP01_TITLE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(t))
        r.bold = True

    def body(lines):
        for t in lines:
            bold = t.startswith("#")
            p = doc.add_paragraph()
            r = p.add_run(N(t.lstrip("#")))
            r.bold = bold

    body(MP01_BODY_1)
    tb = doc.add_table(rows=len(MP01_TABLE), cols=5)
    tb.style = "Table Grid"
    for i, row in enumerate(MP01_TABLE):
        for j, v in enumerate(row):
            tb.cell(i, j).text = N(v)
            if i == 0:
                for r in tb.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    body(MP01_BODY_2)
    tail = doc.add_table(rows=1, cols=2)
    tail.cell(0, 0).text = N("\n".join(MP01_RECIPIENTS))
    tail.cell(0, 1).text = N("\n".join(MP01_SIGN))
    for p in tail.cell(0, 1).paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(path)


# ---------------------------------------------------------------- mp02 (.pdf)
MP02_LEFT = ["UBND TỈNH SƠN TRÀ THƯỢNG", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "", "Số: 415/HD-SVHTTDL"]
MP02_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
              "Sơn Trà Thượng, ngày 20 tháng 02 năm 2026"]
MP02_TITLE = ["HƯỚNG DẪN", "Số hóa di tích lịch sử - văn hóa và hiện vật bảo tàng", "giai đoạn 2026 - 2027"]
MP02_BODY = [
    "Căn cứ Luật Di sản văn hóa ngày 23 tháng 11 năm 2024;",
    "Căn cứ Quyết định số 2471/QĐ-UBND ngày 15/12/2025 của Ủy ban nhân dân tỉnh phê duyệt Đề án số hóa di sản văn hóa tỉnh Sơn Trà Thượng giai đoạn 2026 - 2030;",
    "Sở Văn hóa, Thể thao và Du lịch hướng dẫn các địa phương, đơn vị triển khai số hóa di tích và hiện vật như sau:",
    "#I. PHẠM VI, ĐỐI TƯỢNG",
    "1. Phạm vi: các di tích lịch sử - văn hóa đã được xếp hạng cấp quốc gia và cấp tỉnh; hiện vật đang lưu giữ tại Bảo tàng tỉnh và các bảo tàng, nhà trưng bày cấp huyện.",
    "2. Toàn tỉnh hiện có 412 di tích đã xếp hạng (38 di tích cấp quốc gia, 374 di tích cấp tỉnh) và hơn 41.000 hiện vật tại các bảo tàng. Giai đoạn 2026 - 2027 ưu tiên số hóa các di tích cấp quốc gia và hiện vật tiêu biểu.",
    "#II. NỘI DUNG VÀ TIÊU CHUẨN KỸ THUẬT",
    "1. Quét 3D di tích và hiện vật",
    "a) Di tích: sử dụng máy quét laser mặt đất kết hợp ảnh chụp từ thiết bị bay không người lái; sai số mô hình không quá 5 mm.",
    "b) Hiện vật: sử dụng máy quét ánh sáng cấu trúc, độ phân giải tối thiểu 0,5 mm; mô hình lưu ở định dạng OBJ và GLB, kèm ảnh kết cấu bề mặt.",
    "c) Mỗi huyện, thị xã, thành phố quét 3D tối thiểu 05 di tích trong năm 2026, trong đó bắt buộc có toàn bộ di tích cấp quốc gia trên địa bàn.",
    "2. Biển mã QR thuyết minh",
    "- Mỗi di tích xếp hạng gắn ít nhất 02 biển mã QR: 01 biển tại cổng hoặc lối vào và 01 biển tại hạng mục chính.",
    "- Biển làm bằng inox ăn mòn, kích thước 20 x 30 cm, ghi tên di tích, cấp xếp hạng và dòng chữ \u201cQuét mã để nghe thuyết minh\u201d.",
    "- Nội dung thuyết minh dài từ 3 đến 5 phút, bằng tiếng Việt và tiếng Anh; di tích cấp quốc gia có thêm bản thuyết minh bằng tiếng Hàn.",
    "3. Số hóa tài liệu, hồ sơ di tích",
    "- Tài liệu Hán Nôm, sắc phong, thần tích, văn bia (bản dập) được quét ở độ phân giải 600 dpi, lưu bản gốc định dạng TIFF và bản khai thác định dạng PDF/A.",
    "- Mỗi tài liệu có phiếu mô tả theo chuẩn Dublin Core, ghi rõ nơi lưu giữ, người lưu giữ và tình trạng bảo quản.",
    "- Dữ liệu sau khi số hóa được cập nhật lên Kho dữ liệu di sản số của tỉnh tại địa chỉ disanso.sontrathuong.gov.vn chậm nhất 15 ngày kể từ ngày hoàn thành.",
    "- Tuyệt đối không mang sắc phong, thần tích ra khỏi di tích khi chưa có sự đồng ý bằng văn bản của ban quản lý di tích và gia đình, dòng họ lưu giữ.",
    "4. Tập huấn và tài liệu hướng dẫn",
    "- Sở tổ chức 02 lớp tập huấn cho cán bộ cấp huyện trong tháng 4/2026 tại Trung tâm Văn hóa tỉnh; mỗi huyện, thị xã, thành phố cử 03 người tham dự.",
    "- Sở biên soạn và phát hành \u201cSổ tay số hóa di tích\u201d gồm 6 chuyên đề, gửi các địa phương trước ngày 31/3/2026.",
    "#III. KINH PHÍ",
    "1. Ngân sách tỉnh hỗ trợ 40% chi phí quét 3D đối với di tích cấp quốc gia, tối đa 150.000.000 đồng/di tích; hỗ trợ 30% đối với di tích cấp tỉnh, tối đa 60.000.000 đồng/di tích.",
    "2. Chi phí làm biển mã QR áp dụng đơn giá tối đa 1.200.000 đồng/biển, do ngân sách cấp huyện bảo đảm.",
    "3. Khuyến khích huy động nguồn xã hội hóa; không huy động đóng góp bắt buộc của nhân dân.",
    "#IV. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Quản lý di sản văn hóa thuộc Sở là đầu mối, chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện Hướng dẫn; thẩm định đề cương quét 3D di tích cấp quốc gia.",
    "2. Bảo tàng tỉnh Sơn Trà Thượng phối hợp hỗ trợ kỹ thuật quét 3D hiện vật; cho các bảo tàng cấp huyện mượn máy quét cầm tay khi có đề nghị.",
    "3. Trung tâm Chuyển đổi số tỉnh bảo đảm hạ tầng lưu trữ, vận hành Kho dữ liệu di sản số; cấp tài khoản cho các địa phương trước ngày 15/3/2026.",
    "4. UBND các huyện, thị xã, thành phố:",
    "- Ban hành kế hoạch số hóa năm 2026 của địa phương trước ngày 15/3/2026;",
    "- Bố trí kinh phí đối ứng, nhân lực thực hiện; chỉ đạo bảo tàng, nhà trưng bày cấp huyện phối hợp với ban quản lý di tích;",
    "- Báo cáo kết quả 6 tháng trước ngày 20/6/2026 và báo cáo năm trước ngày 10/12/2026 về Sở (qua Phòng Quản lý di sản văn hóa).",
    "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ bà Tạ Thị Huyền Trang, Trưởng phòng Quản lý di sản văn hóa, điện thoại 0235.3861.402, thư điện tử qldisan.svhttdl@sontrathuong.gov.vn để được hướng dẫn./.",
]
MP02_RECIPIENTS = ["Nơi nhận:", "- UBND tỉnh (để b/c);", "- Giám đốc, các PGĐ Sở;",
                   "- UBND các huyện, thị xã, thành phố;", "- Bảo tàng tỉnh;",
                   "- Trung tâm Chuyển đổi số tỉnh;", "- Lưu: VT, QLDSVH."]
MP02_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(Đã ký)", "", "Phùng Bá Lộc"]


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_page()
    w = pdf.w - 40
    y0 = pdf.get_y()
    pdf.set_font("DV", "B", 10)
    for t in MP02_LEFT:
        pdf.set_x(18)
        pdf.cell(80, 5.5, N(t), align="C", new_x="LMARGIN", new_y="NEXT")
    y1 = pdf.get_y()
    pdf.set_y(y0)
    for t in MP02_RIGHT:
        pdf.set_x(98)
        pdf.cell(95, 5.5, N(t), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(y1, pdf.get_y()) + 6)
    pdf.set_font("DV", "B", 12)
    for t in MP02_TITLE:
        pdf.cell(0, 7, N(t), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for t in MP02_BODY:
        if t.startswith("#"):
            pdf.set_font("DV", "B", 10.5)
            t = t[1:]
        else:
            pdf.set_font("DV", "", 10.5)
        pdf.multi_cell(0, 6, N(t), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(4)
    y0 = pdf.get_y()
    if y0 > pdf.h - 70:
        pdf.add_page()
        y0 = pdf.get_y()
    pdf.set_font("DV", "", 9)
    for t in MP02_RECIPIENTS:
        pdf.set_x(22)
        pdf.cell(80, 5, N(t), new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0)
    pdf.set_font("DV", "B", 10.5)
    for t in MP02_SIGN:
        pdf.set_x(110)
        pdf.cell(80, 6, N(t), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, "mp01_kh163_ubnd_so_hoa_di_tich.docx"))
    build_pdf(os.path.join(CORPUS, "mp02_hd415_svhttdl_so_hoa_di_san.pdf"))
    print("built mp01 docx, mp02 pdf")
