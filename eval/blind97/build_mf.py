#!/usr/bin/env python3
"""Rebuild mf02 (.docx) and mf05 (.pdf) of the blind97 set from the text kept in this file."""
import os, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- mf02 (.docx)
MF02_HEAD_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH THƯỢNG UYỂN", "Số: 42/CTr-UBND"]
MF02_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Thượng Uyển, ngày 18 tháng 11 năm 2025"]
MF02_TITLE = ["CHƯƠNG TRÌNH",
              "Ứng dụng khoa học và công nghệ trong cảnh báo sớm thiên tai tại các xã miền núi tỉnh Thượng Uyển giai đoạn 2026 - 2030"]
MF02_BODY = """Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013; Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều ngày 17 tháng 6 năm 2020;
Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Nghị quyết số 27/NQ-HĐND ngày 30/10/2025 của Hội đồng nhân dân tỉnh Thượng Uyển về chủ trương đầu tư hệ thống quan trắc, cảnh báo thiên tai tại các xã miền núi;
Theo đề nghị của Sở Nông nghiệp và Môi trường tại Tờ trình số 512/TTr-SNNMT ngày 05/11/2025, Ủy ban nhân dân tỉnh ban hành Chương trình như sau:
#I. MỤC TIÊU
1. Mục tiêu chung
Hình thành mạng lưới quan trắc, cảnh báo sớm thiên tai hiện đại, kết nối đến từng thôn, bản ở 34 xã miền núi của tỉnh; chủ động cảnh báo sạt lở đất, lũ quét, lũ ống; giảm thiểu thiệt hại về người và tài sản.
2. Mục tiêu cụ thể đến năm 2030
a) Lắp đặt mới 120 trạm đo mưa tự động, nâng tổng số trạm đo mưa trên địa bàn tỉnh lên 176 trạm; 100% số liệu được truyền tự động về hệ thống giám sát thiên tai của tỉnh.
b) Lắp thiết bị cảnh báo sạt lở tự động tại 65 điểm có nguy cơ cao, nằm gần khu dân cư, trường học, tuyến giao thông chính.
c) 100% thôn, bản ở các xã miền núi có nhóm Zalo cảnh báo thiên tai; ít nhất 95% số hộ trong vùng nguy cơ tham gia nhóm.
d) 100% xã miền núi tổ chức diễn tập cộng đồng ít nhất 01 lần trong giai đoạn; tập huấn kỹ năng cảnh báo, ứng phó cho 15.500 lượt người.
3. Phạm vi thực hiện
Chương trình triển khai tại 34 xã miền núi; năm 2026 thí điểm đồng bộ tại 5 xã: Suối Chàm, Tà Lư, Cao Bổng, Nậm Cười và Khau Mạ. Chỉ tiêu và kinh phí theo từng năm tại Phụ lục kèm theo Chương trình.
#II. NHIỆM VỤ, GIẢI PHÁP
1. Hoàn thiện mạng lưới quan trắc: lắp đặt trạm đo mưa tự động theo quy hoạch, ưu tiên các lưu vực suối có lịch sử lũ quét; tần suất truyền số liệu 10 phút/lần; mỗi trạm có người trông coi do xã bố trí.
2. Cảnh báo sạt lở tại chỗ: ứng dụng thiết bị đo độ ẩm đất, đo chuyển vị, kết hợp còi và đèn cảnh báo tại các điểm sạt lở gần khu dân cư; công bố ngưỡng cảnh báo theo từng cấp.
3. Cảnh báo qua nền tảng số: xây dựng tài khoản Zalo chính thức "Cảnh báo thiên tai Thượng Uyển"; mỗi thôn, bản có 01 nhóm Zalo cảnh báo; kết hợp tin nhắn SMS và loa truyền thanh cho hộ không có điện thoại thông minh.
4. Diễn tập cộng đồng: hằng năm các xã được chọn tổ chức diễn tập theo kịch bản sạt lở đất, lũ quét, có sử dụng số liệu trạm đo mưa và nhóm Zalo; sau diễn tập phải rút kinh nghiệm.
5. Nghiên cứu, chuyển giao: đặt hàng ít nhất 03 nhiệm vụ khoa học và công nghệ cấp tỉnh về xác định ngưỡng mưa gây sạt lở và thiết bị cảnh báo giá thành thấp sản xuất trong tỉnh.
6. Tuyên truyền, đào tạo: tập huấn cho trưởng thôn, bản, quản trị viên nhóm Zalo, lực lượng xung kích; biên soạn tài liệu bằng tiếng Việt và tiếng Mông, tiếng Dao.
#III. KINH PHÍ
Tổng kinh phí thực hiện Chương trình giai đoạn 2026 - 2030 dự kiến 86,4 tỷ đồng, gồm: ngân sách tỉnh 52,0 tỷ đồng; ngân sách trung ương hỗ trợ 26,4 tỷ đồng; xã hội hóa và các nguồn hợp pháp khác 8,0 tỷ đồng.
Ngân sách cấp xã bố trí kinh phí tuyên truyền, diễn tập cấp xã, cấp thôn và duy trì vận hành trạm đo mưa trên địa bàn.
#IV. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường là cơ quan thường trực Chương trình, chủ trì tổ chức lắp đặt trạm đo mưa, thiết bị cảnh báo sạt lở; hướng dẫn các xã vận hành, khai thác; định kỳ 6 tháng (trước ngày 15/6 và 15/12) tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
2. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nông nghiệp và Môi trường đặt hàng, tuyển chọn các nhiệm vụ khoa học và công nghệ; xây dựng nền tảng dữ liệu cảnh báo thiên tai dùng chung của tỉnh, hoàn thành trong năm 2027.
3. Sở Tài chính chủ trì tham mưu bố trí kinh phí hằng năm để thực hiện Chương trình.
4. Đề nghị Đài Khí tượng Thủy văn tỉnh Thượng Uyển cung cấp bản tin dự báo, chia sẻ số liệu các trạm của ngành; hỗ trợ kỹ thuật xác định ngưỡng mưa cảnh báo cho từng xã.
5. Bộ Chỉ huy Quân sự tỉnh và Công an tỉnh hướng dẫn, hỗ trợ các xã xây dựng kịch bản, tổ chức diễn tập cộng đồng; bố trí lực lượng sẵn sàng hỗ trợ sơ tán khi có cảnh báo cấp 3.
6. Đề nghị Viễn thông Thượng Uyển và Viettel Thượng Uyển khắc phục vùng lõm sóng tại 41 thôn, bản chưa có sóng 4G ổn định, hoàn thành trước ngày 31/12/2026.
7. Báo và Phát thanh, Truyền hình Thượng Uyển mở chuyên mục "Chủ động phòng, chống thiên tai", phát sóng định kỳ hằng tuần trong mùa mưa.
8. Ủy ban nhân dân các xã miền núi xây dựng kế hoạch thực hiện hằng năm; bố trí mặt bằng, người trông coi trạm; thành lập nhóm Zalo cảnh báo tại 100% thôn, bản; tổ chức diễn tập và báo cáo kết quả định kỳ về Sở Nông nghiệp và Môi trường.
9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chỉ đạo Mặt trận các xã vận động Nhân dân tham gia, giám sát việc thực hiện Chương trình.
Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị báo cáo Ủy ban nhân dân tỉnh (qua Sở Nông nghiệp và Môi trường) để xem xét, điều chỉnh./."""
MF02_APPENDIX_TITLE = "PHỤ LỤC: CHỈ TIÊU VÀ KINH PHÍ THEO NĂM"
MF02_TABLE = [
    ["TT", "Năm", "Chỉ tiêu chủ yếu", "Kinh phí dự kiến"],
    ["1", "2026", "Lắp mới 30 trạm đo mưa tự động; thiết bị cảnh báo sạt lở tại 15 điểm; 12 xã diễn tập; 60% hộ vùng nguy cơ tham gia nhóm Zalo; tập huấn 2.500 lượt người", "18,6 tỷ đồng"],
    ["2", "2027", "Lắp mới 28 trạm đo mưa tự động; thiết bị cảnh báo sạt lở tại 15 điểm; 16 xã diễn tập; 70% hộ vùng nguy cơ tham gia nhóm Zalo; tập huấn 3.000 lượt người", "19,2 tỷ đồng"],
    ["3", "2028", "Lắp mới 24 trạm đo mưa tự động; thiết bị cảnh báo sạt lở tại 13 điểm; 20 xã diễn tập; 80% hộ vùng nguy cơ tham gia nhóm Zalo; tập huấn 3.000 lượt người", "17,5 tỷ đồng"],
    ["4", "2029", "Lắp mới 20 trạm đo mưa tự động; thiết bị cảnh báo sạt lở tại 12 điểm; 24 xã diễn tập; 90% hộ vùng nguy cơ tham gia nhóm Zalo; tập huấn 3.500 lượt người", "16,3 tỷ đồng"],
    ["5", "2030", "Lắp mới 18 trạm đo mưa tự động; thiết bị cảnh báo sạt lở tại 10 điểm; 28 xã diễn tập; 95% hộ vùng nguy cơ tham gia nhóm Zalo; tập huấn 3.500 lượt người", "14,8 tỷ đồng"],
    ["", "Cộng", "120 trạm đo mưa tự động; 65 điểm có thiết bị cảnh báo sạt lở; 15.500 lượt người được tập huấn", "86,4 tỷ đồng"],
]
MF02_RECIPIENTS = ["Nơi nhận:", "- Bộ Nông nghiệp và Môi trường (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
                   "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- Đài KTTV tỉnh;",
                   "- UBND các xã miền núi;", "- Lưu: VT, KTN."]
MF02_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "", "Trịnh Quang Vĩnh"]


def _para(cell_or_doc, text, bold=False, italic=False, center=False, size=13):
    p = cell_or_doc.add_paragraph()
    r = p.add_run(N(text))
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    head = doc.add_table(rows=1, cols=2)
    for cell, lines, boldn in ((head.rows[0].cells[0], MF02_HEAD_LEFT, 2), (head.rows[0].cells[1], MF02_HEAD_RIGHT, 2)):
        cell.paragraphs[0].text = ""
        first = True
        for i, ln in enumerate(lines):
            if first:
                p = cell.paragraphs[0]; r = p.add_run(N(ln)); r.bold = i < boldn; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                first = False
            else:
                _para(cell, ln, bold=i < boldn, italic=(i == len(lines) - 1 and cell is head.rows[0].cells[1]), center=True)
    doc.add_paragraph()
    _para(doc, MF02_TITLE[0], bold=True, center=True, size=14)
    _para(doc, MF02_TITLE[1], bold=True, center=True)
    for ln in MF02_BODY.split("\n"):
        if ln.startswith("#"):
            _para(doc, ln[1:], bold=True)
        else:
            p = _para(doc, ln)
            p.paragraph_format.first_line_indent = Cm(1)
    # signature + recipients (two-column borderless table, as in real documents)
    tail = doc.add_table(rows=1, cols=2)
    lc, rc = tail.rows[0].cells
    lc.paragraphs[0].add_run(N(MF02_RECIPIENTS[0])).bold = True
    for ln in MF02_RECIPIENTS[1:]:
        _para(lc, ln, size=11)
    rc.paragraphs[0].add_run(N(MF02_SIGN[0])).bold = True
    rc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for ln in MF02_SIGN[1:]:
        _para(rc, ln, bold=ln not in ("(Đã ký)", ""), italic=ln == "(Đã ký)", center=True)
    doc.add_page_break()
    _para(doc, MF02_APPENDIX_TITLE, bold=True, center=True)
    _para(doc, "(Kèm theo Chương trình số 42/CTr-UBND ngày 18/11/2025 của Ủy ban nhân dân tỉnh Thượng Uyển)", italic=True, center=True)
    t = doc.add_table(rows=len(MF02_TABLE), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(MF02_TABLE):
        for j, val in enumerate(row):
            c = t.rows[i].cells[j]
            c.text = N(val)
            if i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    doc.save(path)


# ---------------------------------------------------------------- mf05 (.pdf)
MF05_HEAD_LEFT = ["ỦY BAN NHÂN DÂN TỈNH THƯỢNG UYỂN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 186/SNNMT-TL",
                  "V/v hướng dẫn vận hành trạm đo mưa tự động,", "thiết bị cảnh báo sạt lở và nhóm Zalo",
                  "cảnh báo thiên tai cấp xã năm 2026"]
MF05_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Thượng Uyển, ngày 24 tháng 02 năm 2026"]
MF05_TO = "Kính gửi: Ủy ban nhân dân các xã: Suối Chàm, Tà Lư, Cao Bổng, Nậm Cười, Khau Mạ."
MF05_BODY = """Thực hiện Chương trình số 42/CTr-UBND ngày 18/11/2025 của Ủy ban nhân dân tỉnh về ứng dụng khoa học và công nghệ trong cảnh báo sớm thiên tai tại các xã miền núi giai đoạn 2026 - 2030, Sở Nông nghiệp và Môi trường là cơ quan thường trực Chương trình hướng dẫn Ủy ban nhân dân 5 xã thí điểm năm 2026 một số nội dung như sau:
#1. Về lắp đặt và quản lý trạm đo mưa tự động
Năm 2026, Sở tổ chức lắp đặt mới 30 trạm đo mưa tự động trên địa bàn tỉnh, trong đó 5 xã thí điểm được lắp 11 trạm: xã Suối Chàm 02 trạm (bản Nà Khiếu, thôn Lũng Cò); xã Tà Lư 03 trạm; xã Cao Bổng 02 trạm; xã Nậm Cười 02 trạm; xã Khau Mạ 02 trạm. Việc lắp đặt hoàn thành trước ngày 30/4/2026.
Ủy ban nhân dân các xã có trách nhiệm:
a) Bàn giao mặt bằng đặt trạm có diện tích tối thiểu 3 m x 3 m, thông thoáng, cách nhà cao tầng và cây cao ít nhất 10 m, trước ngày 25/3/2026;
b) Cử 01 công chức làm đầu mối tiếp nhận số liệu và 01 người trông coi cho mỗi trạm; gửi danh sách về Chi cục Thủy lợi và Phòng, chống thiên tai trước ngày 31/3/2026;
c) Không tự ý di chuyển, tháo dỡ trạm; khi trạm mất kết nối quá 30 phút phải báo ngay cho Chi cục để xử lý.
Số liệu trạm được truyền tự động 10 phút/lần về hệ thống giám sát thiên tai của tỉnh tại địa chỉ canhbao.thuonguyen.gov.vn; công chức đầu mối của xã được cấp tài khoản để theo dõi.
#2. Về ngưỡng cảnh báo mưa lớn, sạt lở đất
- Cấp 1 (theo dõi): lượng mưa từ 50 mm đến 100 mm trong 24 giờ;
- Cấp 2 (chuẩn bị sơ tán): lượng mưa trên 100 mm đến 200 mm trong 24 giờ hoặc từ 70 mm trở lên trong 3 giờ;
- Cấp 3 (sơ tán khẩn cấp): lượng mưa trên 200 mm trong 24 giờ, hoặc xuất hiện vết nứt, sụt lún, nước đục bất thường tại điểm sạt lở.
Năm 2026, Sở lắp thiết bị cảnh báo sạt lở tự động (đo độ ẩm đất, chuyển vị, có còi và đèn) tại 6 điểm của các xã thí điểm, trong đó xã Suối Chàm 02 điểm, xã Tà Lư 02 điểm, xã Cao Bổng 01 điểm và xã Khau Mạ 01 điểm. Khi thiết bị phát còi, trưởng thôn, bản phải xác nhận hiện trường và báo cáo Chủ tịch Ủy ban nhân dân xã trong vòng 15 phút.
#3. Về nhóm Zalo cảnh báo thiên tai
- Mỗi thôn, bản lập 01 nhóm Zalo mang tên "Cảnh báo thiên tai" kèm tên thôn, bản; trưởng thôn, bản là trưởng nhóm, công chức đầu mối của xã là phó nhóm;
- Bổ sung tài khoản "Cảnh báo thiên tai Thượng Uyển" của Sở vào tất cả các nhóm để đăng bản tin cảnh báo chính thức;
- Định kỳ hằng tháng, vào 9 giờ ngày 05, Sở gửi tin nhắn thử nghiệm; các hộ xác nhận bằng cách trả lời "ĐÃ NHẬN". Xã tổng hợp số hộ chưa xác nhận để nhắc nhở;
- Chỉ đăng tin cảnh báo từ nguồn chính thức, không chia sẻ thông tin chưa được kiểm chứng gây hoang mang trong Nhân dân.
#4. Về chế độ báo cáo
Ủy ban nhân dân các xã báo cáo tình trạng hoạt động của trạm đo mưa, thiết bị cảnh báo và nhóm Zalo trước ngày 25 hằng tháng; báo cáo sự cố trong vòng 24 giờ kể từ khi phát hiện; báo cáo sơ kết 6 tháng trước ngày 10/6/2026 và báo cáo năm trước ngày 10/12/2026. Xã tổ chức diễn tập cấp xã gửi báo cáo kết quả về Sở trong vòng 15 ngày sau khi diễn tập.
#5. Về kinh phí
Kinh phí đầu tư trạm đo mưa, thiết bị cảnh báo và 12 tháng đầu cước truyền dữ liệu do Sở bố trí từ nguồn Chương trình số 42/CTr-UBND. Từ tháng thứ 13, xã bố trí kinh phí cước truyền dữ liệu khoảng 150.000 đồng/trạm/tháng và hỗ trợ người trông coi trạm 1.200.000 đồng/người/năm từ ngân sách xã.
Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ ông Phạm Thanh Nghị, chuyên viên Chi cục Thủy lợi và Phòng, chống thiên tai, điện thoại 0912.447.306, thư điện tử pctt.snnmt@thuonguyen.gov.vn để được hướng dẫn.
Sở Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân các xã quan tâm, triển khai thực hiện./."""
MF05_RECIPIENTS = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc Sở (b/c);",
                   "- Đài KTTV tỉnh Thượng Uyển;", "- Lưu: VT, CCTL."]
MF05_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "", "Đàm Thị Thu Hiền"]


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_font("DV", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("DV", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.add_page()
    y0 = pdf.get_y()
    for i, ln in enumerate(MF05_HEAD_LEFT):
        pdf.set_xy(18, y0 + i * 5.5)
        pdf.set_font("DV", "B" if i < 2 else "", 9.5)
        pdf.cell(82, 5.5, N(ln), align="C")
    for i, ln in enumerate(MF05_HEAD_RIGHT):
        pdf.set_xy(100, y0 + i * 5.5)
        pdf.set_font("DV", "B" if i < 2 else "I", 9.5)
        pdf.cell(95, 5.5, N(ln), align="C")
    pdf.set_xy(22, y0 + 6 * 5.5 + 6)
    pdf.set_font("DV", "", 11)
    pdf.multi_cell(0, 6, N(MF05_TO), align="C")
    pdf.ln(3)
    for ln in MF05_BODY.split("\n"):
        if ln.startswith("#"):
            pdf.set_font("DV", "B", 11)
            pdf.multi_cell(0, 6, N(ln[1:]))
        else:
            pdf.set_font("DV", "", 11)
            pdf.multi_cell(0, 6, N("    " + ln), align="J")
        pdf.ln(1)
    pdf.ln(4)
    if pdf.get_y() > 230:
        pdf.add_page()
    y1 = pdf.get_y()
    for i, ln in enumerate(MF05_RECIPIENTS):
        pdf.set_xy(22, y1 + i * 5)
        pdf.set_font("DV", "BI" if i == 0 else "", 9 if i else 10) if False else pdf.set_font("DV", "B" if i == 0 else "", 9)
        pdf.cell(80, 5, N(ln))
    for i, ln in enumerate(MF05_SIGN):
        pdf.set_xy(110, y1 + i * 6)
        pdf.set_font("DV", "I" if ln == "(Đã ký)" else "B", 11)
        pdf.cell(80, 6, N(ln), align="C")
    pdf.output(path)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, "mf02_chuongtrinh_ubnd_tinh_canhbao_thientai.docx"))
    build_pdf(os.path.join(CORPUS, "mf05_congvan_snnmt_huongdan_tram_domua.pdf"))
    print("built mf02 .docx and mf05 .pdf")
