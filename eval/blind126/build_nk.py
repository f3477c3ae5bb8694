"""Rebuild nk02 (.docx) and nk05 (.pdf) of the blind126 set from the text kept here."""
import os, unicodedata
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- nk02 (.docx)
KH_HEAD_LEFT = ["UBND HUYỆN KHE VẠN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Số: 186/KH-PGDĐT"]
KH_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "Khe Vạn, ngày 16 tháng 9 năm 2025"]
KH_TITLE = ["KẾ HOẠCH",
            "Triển khai Chỉ thị số 05/CT-UBND của UBND huyện về phòng, chống bạo lực học đường, "
            "xây dựng trường học an toàn năm học 2025 - 2026"]
KH_BEFORE = [
    "Căn cứ Nghị định số 80/2017/NĐ-CP ngày 17/7/2017 của Chính phủ quy định về môi trường giáo dục an toàn, lành mạnh, thân thiện, phòng, chống bạo lực học đường;",
    "Căn cứ Thông tư số 31/2017/TT-BGDĐT ngày 18/12/2017 của Bộ Giáo dục và Đào tạo hướng dẫn thực hiện công tác tư vấn tâm lý cho học sinh trong trường phổ thông;",
    "Căn cứ Chỉ thị số 05/CT-UBND ngày 08/9/2025 của Ủy ban nhân dân huyện Khe Vạn về tăng cường phòng, chống bạo lực học đường và xây dựng văn hóa học đường an toàn, lành mạnh;",
    "Phòng Giáo dục và Đào tạo xây dựng Kế hoạch triển khai thực hiện như sau:",
    "#I. MỤC ĐÍCH, YÊU CẦU",
    "1. Cụ thể hóa các nhiệm vụ được giao tại Chỉ thị số 05/CT-UBND thành các hoạt động có thời gian, đơn vị thực hiện rõ ràng; tạo sự chuyển biến rõ nét về văn hóa ứng xử trong các trường học trên địa bàn huyện.",
    "2. Các trường học chủ động phát hiện sớm, xử lý kịp thời các vụ việc; không để xảy ra vụ việc bạo lực học đường nghiêm trọng; mọi vụ việc phải được báo cáo về Phòng trong vòng 24 giờ.",
    "#II. CHỈ TIÊU",
    "- 100% trường TH, THCS công khai bộ quy tắc ứng xử và tổ chức ký cam kết trước ngày 15/10/2025.",
    "- 12/12 trường THCS và ít nhất 15/19 trường tiểu học có phòng tư vấn tâm lý hoạt động thường xuyên.",
    "- Giảm ít nhất 30% số vụ việc bạo lực học đường so với năm học 2024 - 2025 (23 vụ).",
    "- 100% trường tổ chức họp cha mẹ học sinh theo chuyên đề ít nhất 02 lần/học kỳ; tỷ lệ cha mẹ học sinh dự họp đạt từ 85% trở lên.",
    "#III. CÁC HOẠT ĐỘNG CHỦ YẾU",
    "Các hoạt động, thời gian và đơn vị thực hiện được phân công theo bảng dưới đây:",
]
KH_TABLE = [
    ["TT", "Hoạt động", "Thời gian", "Đơn vị thực hiện", "Đơn vị phối hợp"],
    ["1", "Xây dựng, ký cam kết và niêm yết bộ quy tắc ứng xử tại trường", "Tháng 9 - 10/2025", "Tất cả các trường TH, THCS", "Ban đại diện cha mẹ học sinh các trường"],
    ["2", "Tập huấn kỹ năng tư vấn tâm lý cho 48 giáo viên kiêm nhiệm", "Tháng 10/2025", "Bộ phận Giáo dục THCS, Phòng GD&ĐT", "Trường THCS thị trấn Khe Vạn (địa điểm tổ chức)"],
    ["3", "Tuần tuyên truyền phòng, chống bạo lực học đường", "Từ ngày 13/10 đến ngày 19/10/2025", "Trường THCS Thạch Mai, Trường THCS Lũng Vân, Trường TH&THCS Nà Sen", "Công an huyện"],
    ["4", "Hội thi \"Tiết sinh hoạt lớp an toàn, thân thiện\" cấp huyện", "Tháng 11/2025", "Trường THCS thị trấn Khe Vạn", "Huyện đoàn"],
    ["5", "Diễn đàn \"Học sinh nói không với bạo lực\"", "Tháng 12/2025", "Trường THCS Lũng Vân", "Hội Liên hiệp Phụ nữ huyện"],
    ["6", "Họp cha mẹ học sinh chuyên đề an toàn trên không gian mạng", "Tháng 01/2026", "Tất cả các trường TH, THCS", "Công an các xã, thị trấn"],
    ["7", "Sơ kết học kỳ I, báo cáo UBND huyện và Thường trực Huyện ủy", "Tháng 01/2026", "Phòng GD&ĐT", "Các trường học"],
    ["8", "Chuyên đề \"Kỹ năng tự bảo vệ cho học sinh tiểu học\"", "Tháng 3/2026", "Trường TH Phù Quế", "Trạm Y tế xã Phù Quế"],
    ["9", "Kiểm tra hoạt động phòng tư vấn tâm lý tại 06 trường", "Tháng 4/2026", "Phòng GD&ĐT", "Trung tâm Y tế huyện"],
    ["10", "Tổng kết năm học, khen thưởng tập thể, cá nhân tiêu biểu", "Tháng 5/2026", "Phòng GD&ĐT", "Phòng Nội vụ"],
]
KH_AFTER = [
    "#IV. KINH PHÍ",
    "Tổng kinh phí thực hiện Kế hoạch là 418.500.000 đồng, gồm: 350.000.000 đồng từ nguồn sự nghiệp giáo dục năm 2025 theo Chỉ thị số 05/CT-UBND (trang bị phòng tư vấn tâm lý và tập huấn giáo viên); 68.500.000 đồng từ nguồn xã hội hóa do các trường vận động.",
    "#V. TỔ CHỨC THỰC HIỆN",
    "1. Bộ phận Giáo dục THCS là đầu mối theo dõi, tổng hợp việc thực hiện Kế hoạch; tham mưu Lãnh đạo Phòng báo cáo UBND huyện trước ngày 25 hằng tháng. Đầu mối liên hệ: ông Giáp Văn Đông, chuyên viên, điện thoại 0983.516.247, thư điện tử pgd.khevan@huongsondong.edu.vn.",
    "2. Bộ phận Giáo dục Tiểu học hướng dẫn các trường tiểu học thành lập phòng tư vấn tâm lý, hoàn thành trong học kỳ I năm học 2025 - 2026; phối hợp với Bộ phận Giáo dục THCS tổ chức kiểm tra tại 06 trường vào tháng 4/2026.",
    "3. Hiệu trưởng các trường TH, THCS:",
    "- Xây dựng kế hoạch của đơn vị, gửi về Phòng trước ngày 30/9/2025;",
    "- Phân công giáo viên kiêm nhiệm tư vấn, công khai số điện thoại tư vấn của trường;",
    "- Báo cáo tình hình vụ việc về Phòng (qua Bộ phận Giáo dục THCS) trước ngày 20 hằng tháng; báo cáo sơ kết học kỳ I trước ngày 16/01/2026.",
    "4. Đề nghị Công an huyện hỗ trợ báo cáo viên cho Tuần tuyên truyền; đề nghị Huyện đoàn, Hội Liên hiệp Phụ nữ huyện phối hợp tổ chức các hoạt động theo bảng phân công.",
    "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo về Phòng Giáo dục và Đào tạo để được hướng dẫn./.",
]
KH_SIGN = ["TRƯỞNG PHÒNG", "(Đã ký)", "Khổng Thị Thu Duyên"]
KH_RECIP = ["Nơi nhận:", "- UBND huyện (để b/c);", "- Sở GD&ĐT tỉnh Hương Sơn Đông (để b/c);",
            "- Công an huyện, Huyện đoàn, Hội LHPN huyện (phối hợp);",
            "- Các trường TH, THCS trên địa bàn huyện;", "- Lưu: VT, THCS."]


def build_docx(path):
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    head = d.add_table(rows=3, cols=2)
    for i in range(3):
        for j, col in enumerate((KH_HEAD_LEFT, KH_HEAD_RIGHT)):
            p = head.cell(i, j).paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(N(col[i])); r.bold = i < 2 and not (j == 1 and i == 2)
    for k, t in enumerate(KH_TITLE):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(t)); r.bold = True
    def para(t):
        if t.startswith("#"):
            r = d.add_paragraph().add_run(N(t[1:])); r.bold = True
        else:
            d.add_paragraph(N(t))
    for t in KH_BEFORE: para(t)
    tb = d.add_table(rows=len(KH_TABLE), cols=5); tb.style = "Table Grid"
    for i, row in enumerate(KH_TABLE):
        for j, c in enumerate(row):
            r = tb.cell(i, j).paragraphs[0].add_run(N(c)); r.bold = (i == 0)
    for t in KH_AFTER: para(t)
    for t in KH_SIGN:
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run(N(t)); r.bold = t != "(Đã ký)"
    for t in KH_RECIP:
        d.add_paragraph(N(t))
    d.save(path)


# ---------------------------------------------------------------- nk05 (.pdf)
CV_HEAD = [("CÔNG AN TỈNH HƯƠNG SƠN ĐÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
           ("CÔNG AN HUYỆN KHE VẠN", "Độc lập - Tự do - Hạnh phúc"),
           ("Số: 945/CAH-QLHC", "Khe Vạn, ngày 29 tháng 9 năm 2025")]
CV_VV = "V/v công bố đường dây nóng và tổ chức Tuần tuyên truyền phòng, chống bạo lực học đường"
CV_BODY = [
    "Kính gửi:",
    "- Phòng Giáo dục và Đào tạo huyện Khe Vạn;",
    "- Hiệu trưởng các trường TH, THCS trên địa bàn huyện.",
    "Thực hiện Chỉ thị số 05/CT-UBND ngày 08/9/2025 của UBND huyện về tăng cường phòng, chống bạo lực học đường và Kế hoạch số 186/KH-PGDĐT ngày 16/9/2025 của Phòng Giáo dục và Đào tạo, Công an huyện Khe Vạn thông báo và đề nghị các đơn vị phối hợp thực hiện một số nội dung sau:",
    "Năm học 2024 - 2025, Công an huyện tiếp nhận 11 tin báo liên quan đến bạo lực học đường, trong đó 7 tin báo do cha mẹ học sinh cung cấp và 4 tin báo do nhà trường cung cấp; đã xử phạt vi phạm hành chính 3 đối tượng ngoài nhà trường có hành vi kích động, cổ vũ học sinh đánh nhau. Để tiếp nhận thông tin nhanh hơn, Công an huyện thông báo như sau:",
    "#1. Công bố đường dây nóng tiếp nhận tin báo về bạo lực học đường",
    "Kể từ ngày 01/10/2025, Công an huyện tiếp nhận tin báo, phản ánh về bạo lực học đường, bắt nạt học sinh, tụ tập mang hung khí gần trường học qua các kênh sau:",
    "- Số điện thoại đường dây nóng: 0217.3865.113 (trực 24/24 giờ, kể cả ngày nghỉ, ngày lễ);",
    "- Zalo: 0962.415.738 (tiếp nhận hình ảnh, video clip);",
    "- Thư điện tử: bvhd.cakhevan@huongsondong.gov.vn;",
    "- Trực ban Công an huyện: 0217.3865.220 (khi đường dây nóng bận).",
    "Cán bộ đầu mối: Đại úy Chu Minh Tiệp, Phó Đội trưởng Đội Cảnh sát QLHC về TTXH, điện thoại 0915.274.630. Thông tin về người báo tin được giữ bí mật; tin báo liên quan đến học sinh dưới 16 tuổi được chuyển ngay cho Công an xã nơi có trường học và thông báo cho Hiệu trưởng trong vòng 02 giờ.",
    "#2. Tổ chức Tuần tuyên truyền phòng, chống bạo lực học đường",
    "Thời gian: từ ngày 13/10/2025 đến ngày 19/10/2025. Đội Cảnh sát QLHC về TTXH chủ trì, phối hợp với Đội Cảnh sát hình sự và Công an các xã nơi có trường học tổ chức tuyên truyền trực tiếp tại 03 trường trọng điểm theo lịch sau:",
    "- Ngày 14/10/2025 (07 giờ 30): Trường THCS Thạch Mai;",
    "- Ngày 15/10/2025 (07 giờ 30): Trường THCS Lũng Vân;",
    "- Ngày 17/10/2025 (14 giờ 00): Trường TH&THCS Nà Sen.",
    "Nội dung tuyên truyền gồm: quy định của pháp luật về xử lý hành vi bạo lực học đường và hành vi mang hung khí; kỹ năng nhận diện, phòng tránh bắt nạt trên không gian mạng; cách báo tin qua đường dây nóng. Các trường còn lại tổ chức tuyên truyền dưới cờ trong Tuần tuyên truyền bằng tài liệu do Công an huyện cung cấp; Công an các xã, thị trấn cử cán bộ tham dự tại trường thuộc địa bàn.",
    "#3. Đề nghị các trường học",
    "- Niêm yết số đường dây nóng của Công an huyện tại cổng trường và bảng tin các lớp trước ngày 10/10/2025;",
    "- Bố trí hội trường hoặc sân trường, hệ thống âm thanh cho buổi tuyên truyền; mời đại diện Ban đại diện cha mẹ học sinh tham dự;",
    "- Khi phát hiện vụ việc, Hiệu trưởng báo ngay cho Công an xã và đường dây nóng của Công an huyện, đồng thời báo cáo Phòng Giáo dục và Đào tạo theo quy định.",
    "#4. Đề nghị Phòng Giáo dục và Đào tạo",
    "Đôn đốc các trường thực hiện; tổng hợp kết quả Tuần tuyên truyền của các trường, gửi Công an huyện (qua Đội Cảnh sát QLHC về TTXH) trước ngày 25/10/2025 để báo cáo UBND huyện.",
    "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ cán bộ đầu mối nêu trên để phối hợp giải quyết./.",
]
CV_SIGN = ["KT. TRƯỞNG CÔNG AN HUYỆN", "PHÓ TRƯỞNG CÔNG AN HUYỆN", "", "(Đã ký)", "", "Trung tá Lưu Đình Khang"]
CV_RECIP = ["Nơi nhận:", "- Như trên;", "- Đ/c Trưởng Công an huyện (để b/c);", "- UBND huyện (để b/c);",
            "- Công an các xã, thị trấn;", "- Lưu: VT, QLHC."]

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def build_pdf(path):
    pdf = FPDF(format="A4"); pdf.set_margins(20, 12, 15); pdf.set_auto_page_break(True, 12)
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.add_page()
    W = pdf.epw
    for i, (l, r) in enumerate(CV_HEAD):
        pdf.set_font("DV", "B" if i < 2 else "", 9.5)
        pdf.cell(W * 0.42, 5.5, N(l), align="C")
        pdf.set_font("DV", "B" if i == 0 else ("" if i == 2 else "B"), 9.5 if i else 9.5)
        if i == 2: pdf.set_font("DV", "I", 9.5)
        pdf.cell(W * 0.58, 5.5, N(r), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.5)
    pdf.multi_cell(W * 0.42, 4.5, N(CV_VV), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DV", "", 9.5)
    for t in CV_BODY:
        if t.startswith("#"):
            pdf.set_font("DV", "B", 9.5); pdf.multi_cell(W, 5.0, N(t[1:]), new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DV", "", 9.5)
        else:
            pdf.multi_cell(W, 4.7, N(t), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.5)
    pdf.ln(3)
    y0 = pdf.get_y()
    pdf.set_font("DV", "B", 10)
    for t in CV_SIGN:
        pdf.set_x(pdf.l_margin + W * 0.5)
        pdf.cell(W * 0.5, 4.8, N(t), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0)
    pdf.set_font("DV", "", 8.5)
    for t in CV_RECIP:
        pdf.cell(W * 0.45, 4.2, N(t), new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


if __name__ == "__main__":
    build_docx(os.path.join(CORPUS, "nk02_ke_hoach_186_pgddt_truong_hoc_an_toan.docx"))
    build_pdf(os.path.join(CORPUS, "nk05_cong_van_945_cah_duong_day_nong.pdf"))
    print("built")
