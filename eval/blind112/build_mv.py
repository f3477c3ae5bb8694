#!/usr/bin/env python3
"""Rebuild the .docx (mv02) and .pdf (mv04) of the blind112 set from the text kept in this file."""
import os, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- mv02 (.docx)
MV02_FILE = "mv02_kh_ubnd_xa_pho_cap_ky_nang_so_thu_vien.docx"
MV02_HEAD_LEFT = ["ỦY BAN NHÂN DÂN", "XÃ HÒA VÂN LĨNH", "Số: 27/KH-UBND"]
MV02_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Hòa Vân Lĩnh, ngày 05 tháng 02 năm 2026"]
MV02_TITLE = ["KẾ HOẠCH", "Phổ cập kỹ năng số cho người cao tuổi, phát triển Thư viện xã và góc đọc sách thôn năm 2026"]
MV02_BODY1 = """Căn cứ Luật Thư viện ngày 21 tháng 11 năm 2019;
Căn cứ Chương trình hành động số 18-CTr/ĐU ngày 12/01/2026 của Ban Thường vụ Đảng ủy xã Hòa Vân Lĩnh về nâng cao kỹ năng số cho người cao tuổi và phát triển văn hóa đọc tại cơ sở, giai đoạn 2026 - 2027;
Căn cứ Công văn số 62/TV-PVBĐ ngày 20/01/2026 của Thư viện tỉnh Lâm Thạch Tây về việc cho mượn máy tính bảng phục vụ phổ cập kỹ năng số cho người cao tuổi,
Ủy ban nhân dân xã ban hành Kế hoạch thực hiện như sau:
#I. MỤC ĐÍCH, YÊU CẦU
- Cụ thể hóa Chương trình hành động số 18-CTr/ĐU thành các việc làm cụ thể, có địa chỉ, có thời hạn; phấn đấu năm 2026 có ít nhất 300 người cao tuổi được bồi dưỡng kỹ năng số cơ bản.
- Sử dụng đúng mục đích, bảo quản tốt máy tính bảng mượn của Thư viện tỉnh; quản lý kinh phí xã hội hóa công khai, minh bạch.
#II. NỘI DUNG, CHỈ TIÊU
1. Lớp phổ cập kỹ năng số: năm 2026 mở 12 lớp, chia làm hai đợt. Đợt 1 gồm 06 lớp, học từ ngày 02/3/2026 đến ngày 30/4/2026; đợt 2 gồm 06 lớp, học trong tháng 9 và tháng 10/2026. Mỗi khóa 6 buổi, mỗi lớp không quá 25 học viên.
2. Máy tính bảng: tiếp nhận 40 máy tính bảng do Thư viện tỉnh cho mượn; bố trí 30 máy phục vụ lớp học và 10 máy cho người dân mượn về nhà tại Thư viện xã, thời hạn tối đa 7 ngày mỗi lượt mượn.
3. Góc đọc sách thôn: bố trí 05 góc đọc sách tại nhà văn hóa các thôn Bàu Năng, Rẫy Cũ, Suối Gành, Cồn Trạch và Nà Phiêng; mỗi góc được Thư viện xã luân chuyển 200 bản sách mỗi quý.
4. Tình nguyện viên: thành lập Đội hình "Tiếp sức kỹ năng số" với 25 thành viên; tập huấn tại Thư viện tỉnh ngày 24/02/2026.
5. Ngày hội đọc sách xã Hòa Vân Lĩnh năm 2026: khai mạc lúc 7 giờ 30 ngày 21/4/2026 tại sân Nhà văn hóa trung tâm xã, gồm trưng bày sách, Hội thi "Ông bà kể chuyện sách", thi kể chuyện theo sách cho học sinh và gian hướng dẫn sử dụng máy tính bảng.
#III. KINH PHÍ
Tổng kinh phí dự kiến 205.000.000 đồng, trong đó ngân sách xã 85.000.000 đồng, nguồn xã hội hóa 120.000.000 đồng. Phòng Văn hóa - Xã hội xã lập dự toán chi tiết, trình Chủ tịch UBND xã phê duyệt trước ngày 20/02/2026.
#IV. PHÂN CÔNG NHIỆM VỤ"""
MV02_TABLE = [
    ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Tiếp nhận, kiểm đếm máy tính bảng từ Thư viện tỉnh; lập sổ theo dõi mượn, trả", "Phòng Văn hóa - Xã hội xã", "Thư viện xã, Công an xã", "Trước ngày 01/3/2026"],
    ["2", "Lập danh sách học viên, xếp lớp theo cụm thôn, thông báo lịch học", "Hội Người cao tuổi xã", "Trưởng thôn các thôn", "Trước ngày 25/02/2026"],
    ["3", "Thành lập, cử tình nguyện viên dự tập huấn tại Thư viện tỉnh", "Đoàn Thanh niên xã", "Trường THCS Hòa Vân Lĩnh", "Trước ngày 24/02/2026"],
    ["4", "Biên soạn bài giảng nhận diện lừa đảo qua mạng; hướng dẫn kích hoạt tài khoản định danh điện tử", "Công an xã", "Phòng Văn hóa - Xã hội xã", "Trước ngày 15/3/2026"],
    ["5", "Bố trí, vận hành 05 góc đọc sách tại nhà văn hóa thôn", "Thư viện xã", "Ban Công tác Mặt trận các thôn", "Hoàn thành trong quý I/2026"],
    ["6", "Tổ chức Ngày hội đọc sách xã năm 2026", "Phòng Văn hóa - Xã hội xã", "Đoàn Thanh niên xã, Hội Liên hiệp Phụ nữ xã, các trường học", "Ngày 21/4/2026"],
    ["7", "Vận động nguồn xã hội hóa, công khai kết quả", "Ủy ban MTTQ Việt Nam xã", "Hội Cựu chiến binh xã, Hội Nông dân xã", "Định kỳ hằng quý"],
    ["8", "Tổng hợp, xây dựng báo cáo sơ kết 6 tháng", "Văn phòng HĐND và UBND xã", "Phòng Văn hóa - Xã hội xã", "Trước ngày 15/7/2026"],
]
MV02_BODY2 = """#V. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội xã là cơ quan thường trực, giúp Ủy ban nhân dân xã theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Chủ tịch UBND xã định kỳ hằng tháng trước ngày 25. Đầu mối: ông Mai Xuân Đạt, công chức Phòng Văn hóa - Xã hội xã, điện thoại 0978 316 204.
2. Các lớp học được lồng ghép nội dung chăm sóc sức khỏe người cao tuổi, trong đó Trạm Y tế xã có trách nhiệm hướng dẫn cài đặt, sử dụng Sổ sức khỏe điện tử vào buổi thứ ba của mỗi khóa học.
3. Đoàn Thanh niên xã phân công tình nguyện viên theo từng lớp, trong đó Chi đoàn thôn có trách nhiệm bố trí ít nhất 02 đoàn viên hỗ trợ tại mỗi buổi học ở thôn mình.
4. Bưu điện văn hóa xã phối hợp Hội Người cao tuổi xã hướng dẫn học viên thanh toán không dùng tiền mặt, nhận lương hưu, trợ cấp qua tài khoản vào buổi học cuối của mỗi khóa.
5. Các trường học trên địa bàn xã (Trường Tiểu học Hòa Vân Lĩnh, Trường THCS Hòa Vân Lĩnh) vận động học sinh quyên góp sách cho góc đọc sách thôn, mỗi trường ít nhất 300 bản, hoàn thành trước ngày 15/3/2026; cử học sinh tham gia thi kể chuyện tại Ngày hội đọc sách.
6. Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể chính trị - xã hội xã tuyên truyền, vận động hội viên, đoàn viên và nhân dân hưởng ứng; giám sát việc sử dụng kinh phí xã hội hóa.
7. Trưởng thôn các thôn bảo đảm điện, bàn ghế, mạng internet tại nhà văn hóa thôn phục vụ lớp học và góc đọc sách.
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Văn hóa - Xã hội xã để tổng hợp, báo cáo Ủy ban nhân dân xã xem xét, giải quyết."""
MV02_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Lục Văn Phán"]
MV02_RECIPIENTS = ["Nơi nhận:", "- Thường trực Đảng ủy xã (để b/c);", "- Thường trực HĐND xã;",
                   "- Chủ tịch, các Phó Chủ tịch UBND xã;", "- Thư viện tỉnh Lâm Thạch Tây;",
                   "- Ủy ban MTTQ Việt Nam xã và các đoàn thể;", "- Các thôn;", "- Lưu: VT, VHXH."]


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    head = doc.add_table(rows=3, cols=2)
    for i in range(3):
        for j, col in enumerate((MV02_HEAD_LEFT, MV02_HEAD_RIGHT)):
            p = head.cell(i, j).paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(N(col[i]))
            r.bold = i < 2
            r.italic = (j == 1 and i == 2)
    for k, t in enumerate(MV02_TITLE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(N(t)).bold = (k == 0)

    def body(text):
        for line in text.split("\n"):
            if line.startswith("#"):
                p = doc.add_paragraph()
                p.add_run(N(line[1:])).bold = True
            else:
                doc.add_paragraph(N(line))
    body(MV02_BODY1)
    tab = doc.add_table(rows=len(MV02_TABLE), cols=5)
    tab.style = "Table Grid"
    for i, row in enumerate(MV02_TABLE):
        for j, val in enumerate(row):
            c = tab.cell(i, j)
            c.text = N(val)
            if i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    body(MV02_BODY2)
    for s in MV02_SIGN:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run(N(s)).bold = s not in ("(Đã ký)",)
    for s in MV02_RECIPIENTS:
        p = doc.add_paragraph()
        r = p.add_run(N(s))
        r.font.size = Pt(11)
        r.italic = s == "Nơi nhận:"
    doc.save(os.path.join(CORPUS, MV02_FILE))


# ---------------------------------------------------------------- mv04 (.pdf)
MV04_FILE = "mv04_cv_thu_vien_tinh_cho_muon_may_tinh_bang.pdf"
MV04_HEAD_LEFT = ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "THƯ VIỆN TỈNH LÂM THẠCH TÂY", "Số: 62/TV-PVBĐ",
                  "V/v cho mượn máy tính bảng phục vụ", "phổ cập kỹ năng số cho người cao tuổi"]
MV04_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                   "Lâm Thạch Tây, ngày 20 tháng 01 năm 2026", ""]
MV04_BODY = """@Kính gửi: Ủy ban nhân dân xã Hòa Vân Lĩnh.
Phúc đáp Công văn số 15/UBND-VHXH ngày 14/01/2026 của Ủy ban nhân dân xã Hòa Vân Lĩnh đề nghị hỗ trợ thiết bị mở lớp phổ cập kỹ năng số cho người cao tuổi; thực hiện Kế hoạch số 41-KH/TU ngày 18/11/2025 của Ban Thường vụ Tỉnh ủy về phổ cập kỹ năng số cho người dân, Thư viện tỉnh Lâm Thạch Tây có ý kiến như sau:
#1. Thiết bị cho mượn
Thư viện tỉnh đồng ý cho Ủy ban nhân dân xã Hòa Vân Lĩnh mượn 40 máy tính bảng màn hình 10,1 inch, bộ nhớ 64 GB, kèm bao da và bộ sạc, cùng 02 bộ phát wifi di động. Các máy đã cài sẵn ứng dụng Thư viện số Lâm Thạch Tây với hơn 3.200 đầu sách điện tử và 450 sách nói.
Việc cho mượn thực hiện theo Chương trình "Thư viện lưu động vì cộng đồng", không thu phí. Giá trị mỗi máy là 4.850.000 đồng, tổng giá trị thiết bị cho mượn là 194.000.000 đồng, được ghi trong biên bản giao nhận.
Thời gian mượn từ ngày 01/3/2026 đến hết ngày 31/12/2026. Trường hợp có nhu cầu gia hạn, Ủy ban nhân dân xã gửi văn bản đề nghị trước ngày 30/11/2026; thời gian gia hạn không quá 06 tháng và chỉ gia hạn 01 lần.
#2. Trách nhiệm của Ủy ban nhân dân xã
a) Cử 01 công chức làm đầu mối, trực tiếp kiểm đếm và ký biên bản giao nhận tại trụ sở Thư viện tỉnh; gửi danh sách đầu mối và kế hoạch tổ chức lớp học về Thư viện tỉnh trước ngày 10/02/2026.
b) Bảo quản thiết bị, sử dụng đúng mục đích phục vụ người cao tuổi và bạn đọc tại cơ sở; không cài đặt ứng dụng ngoài danh mục do Thư viện tỉnh cung cấp, không cho mượn lại để kinh doanh.
c) Báo cáo định kỳ hằng tháng về số lượt mượn, số người sử dụng và tình trạng thiết bị, gửi trước ngày 05 của tháng sau vào hộp thư pvbd.thuvien@lamthachtay.gov.vn.
d) Trường hợp thiết bị hư hỏng do lỗi người sử dụng hoặc bị mất, Ủy ban nhân dân xã chịu chi phí sửa chữa hoặc bồi hoàn theo giá trị còn lại ghi trong biên bản giao nhận. Khi hết thời hạn mượn, xã bàn giao lại đầy đủ thiết bị và phụ kiện.
#3. Hỗ trợ của Thư viện tỉnh
- Tổ chức tập huấn cho tình nguyện viên của xã trong 01 ngày, bắt đầu lúc 8 giờ 00 ngày 24/02/2026 tại Phòng đa phương tiện, tầng 2 Thư viện tỉnh; mỗi xã cử không quá 30 người. Thư viện tỉnh bảo đảm tài liệu, máy thực hành; chi phí đi lại của học viên do xã tự bảo đảm.
- Luân chuyển 1.000 bản sách in cho Thư viện xã và các góc đọc sách thôn, chia làm hai đợt vào tháng 3 và tháng 9/2026.
- Cử cán bộ và xe Thư viện lưu động tham gia Ngày hội đọc sách của xã nếu xã có đề nghị trước ít nhất 15 ngày.
- Giao Phòng Phục vụ bạn đọc chủ trì, phối hợp với Phòng Công nghệ thông tin và Thư viện số theo dõi việc cho mượn, hỗ trợ kỹ thuật từ xa trong giờ hành chính.
#4. Thông tin liên hệ
- Về thủ tục mượn, trả và tập huấn: ông Sầm Văn Kiệt, Trưởng phòng Phục vụ bạn đọc, điện thoại 0208 3856 417.
- Về kỹ thuật, tài khoản Thư viện số: bà Tòng Thị Mai Hương, Phòng Công nghệ thông tin và Thư viện số, điện thoại 0943 275 618.
Thư viện tỉnh Lâm Thạch Tây đề nghị Ủy ban nhân dân xã Hòa Vân Lĩnh phối hợp thực hiện; đồng thời khuyến khích xã chia sẻ kinh nghiệm để Thư viện tỉnh nhân rộng mô hình ra các xã khác trong năm 2027./."""
MV04_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "", "Quách Văn Tĩnh"]
MV04_RECIPIENTS = ["Nơi nhận:", "- Như trên;", "- Sở Văn hóa, Thể thao và Du lịch (để b/c);", "- Giám đốc (để b/c);",
                   "- Hội Người cao tuổi xã Hòa Vân Lĩnh;", "- Lưu: VT, PVBĐ."]


def build_pdf():
    pdf = FPDF(format="A4")
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSerif.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSerif-Italic.ttf")
    pdf.add_page()
    w = (pdf.w - 45) / 2
    for i in range(len(MV04_HEAD_LEFT)):
        pdf.set_font("DV", "B" if i < 2 else "", 10 if i != 3 and i != 4 else 9)
        pdf.cell(w, 5.5, N(MV04_HEAD_LEFT[i]), align="C")
        pdf.set_font("DV", "B" if i < 2 else "I", 10)
        pdf.cell(w, 5.5, N(MV04_HEAD_RIGHT[i]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for line in MV04_BODY.split("\n"):
        if line.startswith("@"):
            pdf.set_font("DV", "B", 11.5)
            pdf.multi_cell(0, 6.5, N(line[1:]), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif line.startswith("#"):
            pdf.set_font("DV", "B", 11.5)
            pdf.multi_cell(0, 6.5, N(line[1:]), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DV", "", 11.5)
            pdf.multi_cell(0, 6.5, N(line), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.ln(4)
    y0 = pdf.get_y()
    if y0 > pdf.h - 70:
        pdf.add_page()
        y0 = pdf.get_y()
    pdf.set_xy(pdf.l_margin, y0)
    for s in MV04_RECIPIENTS:
        pdf.set_font("DV", "I" if s == "Nơi nhận:" else "", 9.5)
        pdf.cell(w, 5, N(s), new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0)
    for s in MV04_SIGN:
        pdf.set_x(pdf.l_margin + w)
        pdf.set_font("DV", "I" if s == "(Đã ký)" else "B", 11)
        pdf.cell(w, 6, N(s), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(CORPUS, MV04_FILE))


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_docx()
    build_pdf()
    print("built", MV02_FILE, MV04_FILE)
