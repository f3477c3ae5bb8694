"""Rebuild nh02 (.docx) and nh05 (.pdf) of the blind123 set from the text kept here."""
import os
from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------- nh02 (.docx)
KH_LEFT = ["ỦY BAN NHÂN DÂN TỈNH QUỲNH LÂM THƯỢNG", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Số: 236/KH-SVHTTDL"]
KH_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Quỳnh Lâm Thượng, ngày 20 tháng 3 năm 2026"]
# ("p", text) plain paragraph; ("h", text) bold heading; ("n", text) Word automatic numbering (List Number);
# ("table", rows)
KH_BODY = [
    ("title", "KẾ HOẠCH"),
    ("sub", "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2026 và các hoạt động phát triển văn hóa đọc trên địa bàn tỉnh"),
    ("p", "Căn cứ Hướng dẫn số 118-HD/BTGTU ngày 12/3/2026 của Ban Tuyên giáo Tỉnh ủy về tuyên truyền Ngày Sách và Văn hóa đọc Việt Nam (21/4) năm 2026 và phong trào xây dựng văn hóa đọc trên địa bàn tỉnh;"),
    ("p", "Căn cứ Quyết định số 1526/QĐ-UBND ngày 30/12/2025 của Ủy ban nhân dân tỉnh về giao dự toán thu, chi ngân sách nhà nước năm 2026;"),
    ("p", "Sở Văn hóa, Thể thao và Du lịch ban hành Kế hoạch tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2026 với các nội dung sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Khơi dậy niềm say mê đọc sách trong Nhân dân, nhất là học sinh; nâng cao hiệu quả hoạt động của hệ thống thư viện công cộng và thư viện trường học."),
    ("p", "2. Các hoạt động được tổ chức thiết thực, an toàn, tiết kiệm; ưu tiên đưa sách về các xã đặc biệt khó khăn, vùng đồng bào dân tộc thiểu số."),
    ("h", "II. NỘI DUNG HOẠT ĐỘNG"),
    ("p", "1. Lễ phát động Ngày Sách và Văn hóa đọc Việt Nam năm 2026: vào hồi 8 giờ 00 ngày 21/4/2026 tại Quảng trường Ngàn Thượng, thành phố Thượng Kinh Đài; quy mô khoảng 800 đại biểu, học sinh và Nhân dân."),
    ("p", "2. Hội sách tỉnh năm 2026: từ ngày 21/4/2026 đến hết ngày 25/4/2026 tại khuôn viên Thư viện tỉnh, gồm 40 gian hàng của các nhà xuất bản, công ty phát hành sách và thư viện các huyện."),
    ("p", "3. Cuộc thi \"Đại sứ Văn hóa đọc\" tỉnh Quỳnh Lâm Thượng năm 2026: phát động tại Lễ phát động ngày 21/4/2026, tổ chức theo Thể lệ do Ban Tổ chức cuộc thi ban hành; vòng chung kết dự kiến tổ chức trong tháng 7/2026."),
    ("p", "4. Xe thư viện lưu động: thực hiện 48 chuyến xe trong năm 2026 đến 06 huyện, thành phố, mỗi chuyến mang theo khoảng 1.500 bản sách, báo, tạp chí và 01 bộ thiết bị đọc sách điện tử; lịch phân bổ như sau:"),
    ("table", [
        ["TT", "Huyện, thành phố", "Số chuyến", "Thời gian", "Đơn vị phối hợp"],
        ["1", "Huyện Khe Lạn Sơn", "10", "Tháng 4 - tháng 9/2026", "Phòng GD&ĐT huyện Khe Lạn Sơn"],
        ["2", "Huyện Mường Khoa Tây", "12", "Tháng 4 - tháng 10/2026", "Trung tâm Văn hóa - Thể thao huyện Mường Khoa Tây"],
        ["3", "Huyện Cao Vạc Lĩnh", "9", "Tháng 5 - tháng 10/2026", "Phòng Văn hóa và Thông tin huyện Cao Vạc Lĩnh"],
        ["4", "Huyện Bàn Phù Hạ", "7", "Tháng 5 - tháng 9/2026", "Huyện đoàn Bàn Phù Hạ"],
        ["5", "Huyện Yên Nhạn Đông", "6", "Tháng 6 - tháng 11/2026", "Phòng GD&ĐT huyện Yên Nhạn Đông"],
        ["6", "Thành phố Thượng Kinh Đài", "4", "Tháng 9 - tháng 11/2026", "Thư viện thành phố Thượng Kinh Đài"],
        ["", "Tổng cộng", "48", "", ""],
    ]),
    ("p", "5. Bổ sung sách cho thư viện trường học: trao tặng 12.000 bản sách cho 60 trường tiểu học, trung học cơ sở ở các xã đặc biệt khó khăn, bình quân 200 bản sách/trường; hoàn thành trước ngày 31/8/2026 để phục vụ năm học mới."),
    ("h", "III. KINH PHÍ"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch là 1,35 tỷ đồng, trong đó ngân sách tỉnh 1,1 tỷ đồng, nguồn xã hội hóa 250.000.000 đồng. Cụ thể: vận hành xe thư viện lưu động 420.000.000 đồng; bổ sung sách cho thư viện trường học 600.000.000 đồng; Cuộc thi \"Đại sứ Văn hóa đọc\" 180.000.000 đồng; Lễ phát động và Hội sách tỉnh 150.000.000 đồng."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("n", "Thư viện tỉnh"),
    ("p", "- Chủ trì, phối hợp với Phòng Quản lý văn hóa và Gia đình tổ chức Lễ phát động và Hội sách tỉnh năm 2026."),
    ("p", "- Xây dựng lịch chi tiết, vận hành 48 chuyến xe thư viện lưu động; báo cáo kết quả 6 tháng đầu năm về Sở trước ngày 15/7/2026."),
    ("p", "- Là cơ quan thường trực Ban Tổ chức Cuộc thi \"Đại sứ Văn hóa đọc\"; tiếp nhận, phân loại bài dự thi."),
    ("n", "Phòng Quản lý văn hóa và Gia đình"),
    ("p", "- Tham mưu Giám đốc Sở thành lập Ban Tổ chức, Ban Giám khảo cuộc thi và ban hành Thể lệ cuộc thi trước ngày 31/3/2026."),
    ("p", "- Hướng dẫn, kiểm tra việc tổ chức các hoạt động hưởng ứng tại các huyện, thành phố."),
    ("n", "Phòng Kế hoạch - Tài chính"),
    ("p", "- Thẩm định dự toán chi tiết các hoạt động; hướng dẫn Thư viện tỉnh thanh toán, quyết toán kinh phí theo quy định, hoàn thành trong quý IV/2026."),
    ("n", "Trung tâm Văn hóa - Điện ảnh tỉnh"),
    ("p", "- Dàn dựng chương trình nghệ thuật, trang trí khánh tiết tại Lễ phát động; chiếu phim lưu động phục vụ người dân tại các điểm xe thư viện dừng đỗ."),
    ("n", "Đề nghị Sở Giáo dục và Đào tạo"),
    ("p", "- Chỉ đạo Phòng GD&ĐT các huyện, thành phố hướng dẫn các trường tổ chức Ngày hội đọc sách, Ngày thư viện trường học; vận động học sinh tham gia cuộc thi ở các bảng A, B, C."),
    ("p", "- Phối hợp với Thư viện tỉnh lựa chọn 60 trường được tiếp nhận sách bổ sung."),
    ("n", "Đề nghị Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh"),
    ("p", "- Tuyên truyền, vận động đoàn viên, hội viên tham gia các hoạt động; Tỉnh đoàn cử 30 tình nguyện viên hỗ trợ Hội sách tỉnh từ ngày 21/4 đến ngày 25/4/2026."),
    ("n", "Ủy ban nhân dân các huyện, thành phố"),
    ("p", "- Chỉ đạo Phòng Văn hóa và Thông tin, Ủy ban nhân dân các xã bố trí địa điểm đón xe thư viện lưu động, trong đó Trung tâm Văn hóa - Thể thao cấp huyện có trách nhiệm thông báo lịch xe đến từng thôn, bản trước mỗi chuyến ít nhất 03 ngày."),
    ("p", "Đầu mối liên hệ: bà Nông Thị Diệu Hiền, Trưởng phòng Nghiệp vụ, Thư viện tỉnh; điện thoại 0912.347.815; thư điện tử nghiepvu.tvqlt@gmail.com."),
    ("p", "Trên đây là Kế hoạch tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2026 của Sở Văn hóa, Thể thao và Du lịch. Đề nghị các cơ quan, đơn vị phối hợp thực hiện./."),
]
KH_RECIP = ["Nơi nhận:", "- Ban Tuyên giáo Tỉnh ủy (để b/c);", "- UBND tỉnh (để b/c);", "- Sở Giáo dục và Đào tạo;",
            "- Tỉnh đoàn, Hội LHPN tỉnh;", "- UBND các huyện, thành phố;", "- Báo Quỳnh Lâm Thượng;",
            "- Lưu: VT, QLVHGĐ."]
KH_SIGN = ["GIÁM ĐỐC", "", "(đã ký)", "", "Triệu Văn Thạc"]


def _no_borders(table):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _fill(cell, lines, center=True):
    """Put one paragraph per line in a table cell (header / signature blocks)."""
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)
    if center:
        for p in cell.paragraphs:
            p.alignment = 1


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    head = doc.add_table(rows=1, cols=2)
    _no_borders(head)
    _fill(head.cell(0, 0), KH_LEFT)
    _fill(head.cell(0, 1), KH_RIGHT)
    for kind, val in KH_BODY:
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = 1
            p.add_run(val).bold = True
        elif kind == "sub":
            p = doc.add_paragraph(val)
            p.alignment = 1
        elif kind == "h":
            doc.add_paragraph().add_run(val).bold = True
        elif kind == "n":
            p = doc.add_paragraph(style="List Number")
            p.add_run(val).bold = True
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
        else:
            doc.add_paragraph(val)
    tail = doc.add_table(rows=1, cols=2)
    _no_borders(tail)
    _fill(tail.cell(0, 0), KH_RECIP, center=False)
    _fill(tail.cell(0, 1), KH_SIGN, center=True)
    doc.save(path)


# ---------------------------------------------------------------- nh05 (.pdf)
CV_HEAD = [
    ("UBND HUYỆN KHE LẠN SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 184/PGDĐT-THCS", "Khe Lạn Sơn, ngày 06 tháng 4 năm 2026"),
    ("V/v tổ chức Ngày thư viện trường học", ""),
    ("và hưởng ứng Cuộc thi \"Đại sứ Văn hóa đọc\" năm 2026", ""),
]
CV_BODY = [
    ("c", "Kính gửi: Hiệu trưởng các trường tiểu học, trung học cơ sở, TH&THCS trên địa bàn huyện."),
    ("p", "Thực hiện Kế hoạch số 236/KH-SVHTTDL ngày 20/3/2026 của Sở Văn hóa, Thể thao và Du lịch về tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2026; Công văn số 520/SGDĐT-GDTrH ngày 30/3/2026 của Sở Giáo dục và Đào tạo về phát triển văn hóa đọc trong trường học, Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường thực hiện một số nội dung sau:"),
    ("h", "1. Tổ chức Ngày hội đọc sách và Ngày thư viện trường học"),
    ("p", "a) Các trường tổ chức Ngày hội đọc sách trong tuần từ ngày 20/4/2026 đến ngày 24/4/2026, hình thức do nhà trường lựa chọn (trưng bày sách, giới thiệu sách dưới cờ, đổi sách cũ lấy sách mới, kể chuyện theo sách)."),
    ("p", "b) Từ tháng 5/2026, tổ chức Ngày thư viện trường học định kỳ hằng tháng vào thứ Sáu tuần cuối cùng của tháng; duy trì tiết đọc thư viện ít nhất 01 tiết/tuần đối với cấp tiểu học và 02 tiết/tháng đối với cấp THCS."),
    ("p", "c) Vận động mỗi học sinh đóng góp ít nhất 01 cuốn sách cho \"Tủ sách bạn bè\" đặt tại mỗi lớp học; không thu tiền của học sinh dưới bất kỳ hình thức nào."),
    ("p", "d) Rà soát, sắp xếp lại kho sách của thư viện trường; thanh lý sách rách nát, lạc hậu theo quy định; các trường ở xã đặc biệt khó khăn lập danh sách đề nghị tiếp nhận sách bổ sung theo Kế hoạch của Sở, gửi về Phòng trước ngày 20/4/2026. Toàn huyện dự kiến có 12 trường được tiếp nhận sách bổ sung trong năm 2026."),
    ("h", "2. Đón xe thư viện lưu động"),
    ("p", "Theo Kế hoạch của Sở Văn hóa, Thể thao và Du lịch, huyện được bố trí 10 chuyến xe thư viện lưu động trong năm 2026. Các chuyến trong tháng 4 và tháng 5/2026 gồm: Trường THCS Nà Phiêng Thượng ngày 24/4/2026; Trường Tiểu học Bản Pục Hạ ngày 15/5/2026; Trường TH&THCS Lũng Cò Vải ngày 29/5/2026. Trường có xe đến chủ trì, phối hợp với Ủy ban nhân dân xã bố trí sân bãi, điện và sắp xếp cho học sinh các điểm trường lẻ đến đọc sách."),
    ("h", "3. Hưởng ứng Cuộc thi \"Đại sứ Văn hóa đọc\" tỉnh Quỳnh Lâm Thượng năm 2026"),
    ("p", "a) Các trường phổ biến Thể lệ cuộc thi tới giáo viên, học sinh; hướng dẫn học sinh tiểu học dự thi Bảng A, học sinh THCS dự thi Bảng B."),
    ("p", "b) Mỗi trường chọn tối đa 05 bài/bảng gửi về Phòng Giáo dục và Đào tạo (qua bộ phận THCS) trước 17 giờ ngày 12/5/2026 để chấm sơ khảo cấp huyện. Phòng sẽ chọn tối đa 15 bài/bảng gửi Ban Tổ chức trước ngày 05/6/2026."),
    ("h", "4. Phân công thực hiện"),
    ("p", "- Bộ phận Tiểu học chủ trì, phối hợp với bộ phận THCS kiểm tra việc tổ chức Ngày thư viện trường học tại các trường, tổng hợp kết quả."),
    ("p", "- Trường THCS Khe Lạn Thị Trấn là trường cốt cán, chủ trì tổ chức chuyên đề \"Thư viện thân thiện\" cấp huyện vào ngày 28/4/2026; mỗi trường cử 01 cán bộ thư viện và 01 giáo viên ngữ văn tham dự."),
    ("p", "- Đề nghị Hội đồng Đội huyện phối hợp chỉ đạo Liên đội các trường phát động phong trào \"Mỗi đội viên một trang nhật ký đọc sách\"."),
    ("p", "- Đề nghị Trung tâm Văn hóa - Thể thao huyện hỗ trợ âm thanh, pa nô và thông báo lịch xe thư viện lưu động trên hệ thống truyền thanh cơ sở."),
    ("h", "5. Chế độ báo cáo"),
    ("p", "Các trường báo cáo kết quả Ngày hội đọc sách và danh sách bài dự thi về Phòng Giáo dục và Đào tạo trước ngày 30/5/2026; báo cáo tổng kết công tác thư viện năm học 2025 - 2026 trước ngày 25/6/2026."),
    ("p", "Thông tin liên hệ: ông Lò Văn Chiêm, chuyên viên bộ phận THCS, điện thoại 0983.604.271, thư điện tử lvchiem.pgdkls@gmail.com."),
    ("p", "Nhận được Công văn này, đề nghị Hiệu trưởng các trường nghiêm túc triển khai thực hiện./."),
]
CV_RECIP = ["Nơi nhận:", "- Như kính gửi;", "- Sở GD&ĐT (để b/c);", "- UBND huyện (để b/c);",
            "- Thư viện tỉnh (để phối hợp);", "- Lưu: VT, THCS."]
CV_SIGN = ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "", "(đã ký)", "", "Sầm Thị Kim Oanh"]


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSerif.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
    pdf.add_page()
    half = (pdf.w - 43) / 2
    for i, (l, r) in enumerate(CV_HEAD):
        pdf.set_font("DejaVu", "B" if i < 2 else "", 9.5)
        pdf.cell(half, 5.5, l, align="C")
        pdf.cell(half, 5.5, r, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, val in CV_BODY:
        pdf.set_font("DejaVu", "B" if kind in ("h", "c") else "", 10.5)
        pdf.multi_cell(0, 5.6, val, align="C" if kind == "c" else "J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
    pdf.ln(3)
    y = pdf.get_y()
    pdf.set_font("DejaVu", "", 9.5)
    for line in CV_RECIP:
        pdf.cell(half, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y)
    pdf.set_font("DejaVu", "B", 10.5)
    for line in CV_SIGN:
        pdf.set_x(25 + half)
        pdf.cell(half, 5.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


if __name__ == "__main__":
    build_docx(os.path.join(CORPUS, "nh02_ke_hoach_ngay_sach_svhttdl.docx"))
    build_pdf(os.path.join(CORPUS, "nh05_cong_van_pgddt_ngay_thu_vien.pdf"))
    print("built")
