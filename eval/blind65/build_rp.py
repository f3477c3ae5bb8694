# -*- coding: utf-8 -*-
"""build_rp.py - rebuilds the 5 corpus files of eval set blind65 from the texts held in this file.
Run: /work/main/.venv/bin/python build_rp.py"""
import os, re, copy, textwrap, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

def nfc(s):
    return unicodedata.normalize("NFC", s)

def write_text(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(nfc(text))

def hard_wrap(text, width=72):
    """Imitate text copied out of a PDF: body paragraphs broken every ~72 chars."""
    out = []
    lines = text.split("\n")
    in_sig = False
    for i, line in enumerate(lines):
        if line.startswith("Nơi nhận:"):
            in_sig = True
        if i < 4 or in_sig or len(line) <= 80:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)

# ---------------- DOCX ----------------
def add_runs(par, text, size=13, bold_all=False):
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for p in parts:
        if not p:
            continue
        if p.startswith("**") and p.endswith("**"):
            r = par.add_run(p[2:-2]); r.bold = True
        else:
            r = par.add_run(p); r.bold = bold_all
        r.font.size = Pt(size)
        r.font.name = "Times New Roman"

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for b in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + b); e.set(qn("w:val"), "nil"); borders.append(e)
    tblPr.append(borders)

def cell_lines(cell, lines, bold_first=0, center=True, size=12):
    cell.paragraphs[0].text = ""
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln); r.font.size = Pt(size); r.bold = i < bold_first

def new_list_num(doc, style_name):
    """Create a fresh w:num that restarts the abstract numbering of style_name at 1."""
    numbering = doc.part.numbering_part.element
    st = doc.styles[style_name]
    numId = st.element.pPr.numPr.numId.val
    num = [n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(numId)][0]
    absId = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(ids) + 1
    n = OxmlElement("w:num"); n.set(qn("w:numId"), str(new_id))
    a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), absId); n.append(a)
    lo = OxmlElement("w:lvlOverride"); lo.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride"); so.set(qn("w:val"), "1"); lo.append(so); n.append(lo)
    numbering.append(n)
    return new_id

def set_num(par, num_id):
    pPr = par._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0"); numPr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id)); numPr.append(ni)
    pPr.append(numPr)

def build_docx(name, src, header, sig):
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    # header: two columns in a borderless table
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    cell_lines(t.rows[0].cells[0], header[0], bold_first=2)
    cell_lines(t.rows[0].cells[1], header[1], bold_first=2)
    lines = src.strip("\n").split("\n")
    cur_num = None
    table_rows = []
    def flush_table():
        if not table_rows:
            return
        tb = doc.add_table(rows=0, cols=len(table_rows[0])); tb.style = "Table Grid"
        for ri, row in enumerate(table_rows):
            cells = tb.add_row().cells
            for ci, val in enumerate(row):
                cells[ci].text = ""
                r = cells[ci].paragraphs[0].add_run(val); r.font.size = Pt(11); r.bold = ri == 0
        table_rows.clear()
    for ln in lines:
        if ln.startswith("|"):
            table_rows.append(ln[1:].split("|")); continue
        flush_table()
        if ln in ("!HDR", "!SIG"):
            continue
        if ln.startswith("# "):
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_runs(p, ln[2:], size=14, bold_all=True); cur_num = None
        elif ln.startswith("## "):
            p = doc.add_paragraph(); add_runs(p, ln[3:], bold_all=True); cur_num = None
        elif ln.startswith("1) "):
            if cur_num is None:
                cur_num = new_list_num(doc, "List Number")
            p = doc.add_paragraph(style="List Number"); set_num(p, cur_num); add_runs(p, ln[3:])
        elif ln.startswith("* "):
            p = doc.add_paragraph(style="List Bullet"); add_runs(p, ln[2:]); cur_num = None
        else:
            p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            add_runs(p, ln); cur_num = None
    flush_table()
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    cell_lines(t.rows[0].cells[0], sig[0], bold_first=1, center=False, size=11)
    cell_lines(t.rows[0].cells[1], sig[1], bold_first=2)
    doc.save(os.path.join(OUT, name))

# ---------------- PDF ----------------
class P(FPDF):
    def footer(self):
        self.set_y(-12); self.set_font("dv", "", 8)
        self.cell(0, 6, f"Trang {self.page_no()}/{{nb}}", align="C")

def build_pdf(name, src, header, sig):
    pdf = P(format="A4"); pdf.alias_nb_pages()
    pdf.add_font("dv", "", FONT); pdf.add_font("dv", "B", FONTB)
    pdf.set_margins(20, 15, 15); pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_font("dv", "", 9)
    for i, ln in enumerate(header[0]):
        pdf.set_font("dv", "B" if i in (1,) else "", 9)
        pdf.set_xy(15, y0 + i * 5); pdf.cell(80, 5, ln, align="C")
    for i, ln in enumerate(header[1]):
        pdf.set_font("dv", "B" if i < 2 else "", 9)
        pdf.set_xy(95, y0 + i * 5); pdf.cell(105, 5, ln, align="C")
    pdf.set_y(y0 + 5 * max(len(header[0]), len(header[1])) + 6)
    rows = []
    def flush():
        if not rows:
            return
        pdf.set_font("dv", "", 8.5)
        with pdf.table(col_widths=(8, 17, 34, 30, 42, 15, 24), text_align="LEFT", line_height=6) as tb:
            for ri, r in enumerate(rows):
                row = tb.row()
                for v in r:
                    row.cell(v)
        rows.clear(); pdf.ln(3)
    for ln in src.strip("\n").split("\n"):
        if ln.startswith("|"):
            rows.append(ln[1:].split("|")); continue
        flush()
        if ln == "!HDR":
            continue
        if ln == "!PAGEBREAK":
            pdf.add_page(); continue
        if ln == "!SIG":
            pdf.ln(4); y = pdf.get_y()
            if y > 230:
                pdf.add_page(); y = pdf.get_y()
            for i, s in enumerate(sig[0]):
                pdf.set_font("dv", "B" if i == 0 else "", 8.5)
                pdf.set_xy(20, y + i * 4.5); pdf.cell(85, 4.5, s)
            for i, s in enumerate(sig[1]):
                pdf.set_font("dv", "B" if i < 1 else "", 10)
                pdf.set_xy(110, y + i * 5.5); pdf.cell(85, 5.5, s, align="C")
            pdf.set_y(y + 5.5 * max(len(sig[1]), len(sig[0])) + 4)
            continue
        if ln.startswith("# "):
            pdf.set_font("dv", "B", 11); pdf.multi_cell(0, 6, ln[2:], align="C", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("dv", "", 10.5)
            pdf.multi_cell(0, 5.8, ln, align="L", markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
    flush()
    pdf.output(os.path.join(OUT, name))

TEXTS = {}

TEXTS['rp01'] = r'''UBND TỈNH KỲ SƠN TÂY                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ KHOA HỌC VÀ CÔNG NGHỆ                     Độc lập - Tự do - Hạnh phúc
      -------                                   ---------------
Số: 318/SKHCN-QLKH                   Thạch Môn, ngày 12 tháng 3 năm 2026
V/v đề xuất đặt hàng nhiệm vụ
KH&CN cấp tỉnh thực hiện từ năm
2027 và tham gia Giải thưởng
Sáng tạo trẻ năm 2026

Kính gửi:
- Các sở, ban, ngành thuộc tỉnh;
- UBND các huyện, thành phố;
- Trường Đại học Thạch Môn;
- Trường Cao đẳng Kỹ thuật - Công nghệ Kỳ Sơn Tây;
- Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh;
- Các doanh nghiệp khoa học và công nghệ trên địa bàn tỉnh.

Thực hiện Kế hoạch số 27/KH-UBND ngày 20/01/2026 của UBND tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Kỳ Sơn Tây năm 2026; căn cứ Quy định quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh ban hành kèm theo Quyết định số 1457/QĐ-UBND ngày 14/7/2025 của UBND tỉnh, Sở Khoa học và Công nghệ đề nghị các cơ quan, đơn vị quan tâm, triển khai một số nội dung sau:

1. Đề xuất đặt hàng nhiệm vụ KH&CN cấp tỉnh thực hiện từ năm 2027

Các cơ quan, đơn vị rà soát những vấn đề bức xúc, cần giải quyết bằng khoa học và công nghệ của ngành, địa phương mình để đề xuất đặt hàng nhiệm vụ cấp tỉnh (đề tài, dự án sản xuất thử nghiệm, đề án khoa học). Ưu tiên các hướng sau:
a) Ứng dụng công nghệ số, trí tuệ nhân tạo trong quản lý nhà nước, y tế, giáo dục và dịch vụ công trực tuyến;
b) Chọn tạo, nhân giống và chế biến sâu cây chè cổ thụ, quế hữu cơ và các loài dược liệu bản địa vùng cao;
c) Giải pháp cảnh báo sớm sạt lở đất, lũ quét tại các huyện miền núi Bồng Lai, Xuân Đài và Mường Quế;
d) Bảo tồn, số hóa di sản văn hóa các dân tộc thiểu số trên địa bàn tỉnh.

Mỗi sở, ngành, UBND huyện, thành phố đề xuất tối đa 03 nhiệm vụ; Trường Đại học Thạch Môn đề xuất tối đa 08 nhiệm vụ; Trường Cao đẳng Kỹ thuật - Công nghệ Kỳ Sơn Tây đề xuất tối đa 04 nhiệm vụ. Mỗi đề xuất lập theo Mẫu 01-ĐX (Phiếu đề xuất đặt hàng) và gửi kèm bảng tổng hợp theo Mẫu 02-TH.

2. Thời hạn và cách thức gửi hồ sơ

Hồ sơ đề xuất gửi về Sở Khoa học và Công nghệ (qua Phòng Quản lý khoa học), số 15 đường Hùng Vương, phường Thượng Kiệm, thành phố Thạch Môn trước 17 giờ 00 ngày 30/4/2026, gồm 01 bộ bản giấy có đóng dấu và bản điện tử (định dạng .docx) gửi qua Hệ thống quản lý nhiệm vụ KH&CN của tỉnh. Hồ sơ gửi sau thời hạn trên sẽ được tổng hợp vào đợt xét năm 2028.

Sau khi tổng hợp, Sở Khoa học và Công nghệ thành lập các Hội đồng tư vấn xác định nhiệm vụ trong tháng 6/2026 và trình UBND tỉnh phê duyệt danh mục đặt hàng trước ngày 31/8/2026.

3. Giải thưởng Sáng tạo trẻ tỉnh Kỳ Sơn Tây năm 2026

Phối hợp với Tỉnh đoàn, Sở Khoa học và Công nghệ tổ chức Giải thưởng Sáng tạo trẻ năm 2026 nhằm tôn vinh các công trình, giải pháp sáng tạo của sinh viên, giảng viên trẻ và đoàn viên thanh niên.

- Đối tượng: sinh viên (SV) đang học tại các trường đại học, cao đẳng trên địa bàn tỉnh; giảng viên (GV), kỹ sư, cán bộ khoa học không quá 35 tuổi tại thời điểm nộp hồ sơ.
- Số lượng: mỗi trường ĐH, CĐ lựa chọn và gửi tối đa 05 công trình tiêu biểu đã qua xét chọn cấp trường.
- Hạn nộp hồ sơ dự giải: trước ngày 15/7/2026.
- Cơ cấu giải thưởng: 01 giải nhất trị giá 20.000.000 đồng; 02 giải nhì, mỗi giải 12.000.000 đồng; 03 giải ba, mỗi giải 7.000.000 đồng và 06 giải khuyến khích, mỗi giải 3.000.000 đồng. Lễ trao giải dự kiến tổ chức vào dịp kỷ niệm Ngày Khoa học và Công nghệ Việt Nam năm 2027.

4. Nhiệm vụ cụ thể của một số cơ quan, đơn vị

4.1. Trường Đại học Thạch Môn có trách nhiệm phối hợp với Sở Khoa học và Công nghệ tổ chức phiên chuyên đề "Nhiệm vụ khoa học và công nghệ phục vụ phát triển vùng chè và dược liệu" trong khuôn khổ Hội thảo khoa học quốc gia của Trường dự kiến tổ chức tháng 10/2026; gửi dự kiến chương trình phiên chuyên đề về Sở trước ngày 31/5/2026.

4.2. Đề nghị UBND các huyện, thành phố giao Phòng Kinh tế hoặc Phòng Kinh tế - Hạ tầng làm đầu mối rà soát nhu cầu ứng dụng tiến bộ kỹ thuật của các xã, thị trấn, trong đó chú trọng các xã vùng cao Pà Xi, Nậm Thuồng, Khâu Liêng; tổng hợp gửi kèm hồ sơ đề xuất.

4.3. Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh phổ biến nội dung Công văn này tới các hội thành viên và đội ngũ trí thức; chủ trì lựa chọn, giới thiệu ít nhất 02 chuyên gia tham gia mỗi Hội đồng tư vấn xác định nhiệm vụ.

4.4. Các doanh nghiệp khoa học và công nghệ chủ động đề xuất nhiệm vụ có cam kết góp kinh phí tối thiểu 30% tổng kinh phí thực hiện; nhiệm vụ có doanh nghiệp cam kết tiếp nhận kết quả sẽ được ưu tiên khi xét chọn.

4.5. Các trường ĐH, CĐ giao đơn vị quản lý khoa học của trường hướng dẫn SV, GV trẻ hoàn thiện hồ sơ dự Giải thưởng Sáng tạo trẻ; công trình từng đoạt giải cấp trường năm học 2025 - 2026 được khuyến khích gửi dự giải.

5. Thông tin liên hệ

Phòng Quản lý khoa học, Sở Khoa học và Công nghệ là đầu mối tiếp nhận hồ sơ và giải đáp vướng mắc. Người liên hệ: bà Nông Thu Trang, chuyên viên Phòng Quản lý khoa học, điện thoại 0219.3851.467, di động 0915 327 640, e-mail: qlkh.skhcn@kysontay.gov.vn. Các mẫu biểu được đăng tải tại mục "Thông báo" trên Cổng thông tin điện tử của Sở.

Sở Khoa học và Công nghệ đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.

Nơi nhận:                                   KT. GIÁM ĐỐC
- Như trên;                                 PHÓ GIÁM ĐỐC
- UBND tỉnh (để b/c);
- Giám đốc, các PGĐ Sở;                         (Đã ký)
- Tỉnh đoàn (phối hợp);
- Cổng TTĐT Sở;                             Lò Minh Thuận
- Lưu: VT, QLKH.
'''

TEXTS['rp02'] = r'''!HDR
# KẾ HOẠCH
# Tổ chức Hội thảo khoa học quốc gia "Chuyển đổi số và đổi mới sáng tạo trong phát triển kinh tế - xã hội vùng trung du, miền núi" năm 2026
Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Kế hoạch số 27/KH-UBND ngày 20/01/2026 của UBND tỉnh Kỳ Sơn Tây về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh năm 2026;
Căn cứ Quyết định số 1096/QĐ-ĐHTM ngày 15/12/2025 của Hiệu trưởng Trường Đại học Thạch Môn phê duyệt Kế hoạch hoạt động khoa học và công nghệ năm 2026;
Theo đề nghị của Trưởng phòng Khoa học công nghệ và Hợp tác quốc tế, Trường Đại học Thạch Môn xây dựng Kế hoạch tổ chức Hội thảo khoa học quốc gia năm 2026 (sau đây gọi là Hội thảo) như sau:
## I. MỤC ĐÍCH, YÊU CẦU
1) Tạo diễn đàn để các nhà khoa học, nhà quản lý, doanh nghiệp và giảng viên (GV), sinh viên (SV) trao đổi kết quả nghiên cứu, ứng dụng công nghệ số và đổi mới sáng tạo gắn với thực tiễn vùng trung du, miền núi.
1) Kết nối Trường với Sở Khoa học và Công nghệ, các địa phương và doanh nghiệp trong việc đề xuất, đặt hàng nhiệm vụ khoa học và công nghệ cấp tỉnh thực hiện từ năm 2027.
1) Nâng cao số lượng và chất lượng công bố khoa học của GV, nghiên cứu sinh; khuyến khích phong trào NCKH của SV.
1) Công tác tổ chức bảo đảm chu đáo, tiết kiệm, hiệu quả; báo cáo được phản biện độc lập, đúng quy định.
## II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM
**1. Thời gian, địa điểm:** Hội thảo tổ chức trong 01 ngày, ngày 23/10/2026 (thứ Sáu) tại Hội trường A1, cơ sở 1 Trường Đại học Thạch Môn, số 88 đường Lý Nam Đế, phường Thượng Kiệm, thành phố Thạch Môn.
**2. Nội dung:** Hội thảo gồm phiên toàn thể và 03 tiểu ban chuyên môn:
* Tiểu ban 1: Chuyển đổi số trong giáo dục và đào tạo, do Khoa Công nghệ thông tin chủ trì;
* Tiểu ban 2: Nông nghiệp công nghệ cao, chè và dược liệu vùng cao, do Khoa Nông Lâm chủ trì, có phiên chuyên đề phối hợp với Sở Khoa học và Công nghệ;
* Tiểu ban 3: Sinh viên nghiên cứu khoa học, do Đoàn trường phối hợp với Khoa Sư phạm điều hành.
**3. Thành phần, quy mô:** Dự kiến khoảng 250 đại biểu, gồm lãnh đạo Sở Khoa học và Công nghệ, đại diện các sở, ngành liên quan của tỉnh, các nhà khoa học của 12 trường đại học, viện nghiên cứu trong nước, doanh nghiệp và GV, SV của Trường. Kỷ yếu Hội thảo có mã số ISBN, dự kiến khoảng 80 báo cáo.
**4. Ban Tổ chức và Ban Khoa học:** Ban Tổ chức do PGS.TS. Đinh Quang Hào, Hiệu trưởng làm Trưởng ban; TS. Mạc Thị Diệu Linh, Phó Hiệu trưởng làm Phó Trưởng ban thường trực. Ban Khoa học gồm 15 thành viên do GS.TS. Khổng Văn Tiệp làm Trưởng ban, chịu trách nhiệm xét chọn, phản biện báo cáo. Hiệu trưởng ban hành quyết định thành lập hai Ban trước ngày 20/3/2026.
## III. KINH PHÍ
Tổng dự toán kinh phí tổ chức Hội thảo là 486.500.000 đồng (Bốn trăm tám mươi sáu triệu, năm trăm nghìn đồng), trong đó:
* Ngân sách sự nghiệp khoa học và công nghệ năm 2026 của Trường: 320.000.000 đồng;
* Hỗ trợ của Sở Khoa học và Công nghệ cho phiên chuyên đề: 100.000.000 đồng;
* Lệ phí tham dự và tài trợ của doanh nghiệp: 66.500.000 đồng.
Phòng Kế hoạch - Tài chính hướng dẫn chi theo đúng quy định hiện hành; thanh quyết toán kinh phí trước ngày 30/11/2026.
## IV. TỔ CHỨC THỰC HIỆN
**1. Phòng Khoa học công nghệ và Hợp tác quốc tế** là đơn vị thường trực của Ban Tổ chức, có trách nhiệm: xây dựng chương trình, ban hành các thông báo về Hội thảo; tiếp nhận, quản lý báo cáo qua hệ thống trực tuyến; phối hợp với Ban Khoa học tổ chức phản biện; biên tập, in Kỷ yếu trước ngày 15/10/2026.
**2. Phòng Kế hoạch - Tài chính:** lập dự toán chi tiết trình Hiệu trưởng phê duyệt trước ngày 31/3/2026; thu lệ phí, phát hành hóa đơn; thanh quyết toán theo quy định.
**3. Phòng Quản trị - Thiết bị:** chuẩn bị hội trường, phòng tiểu ban, âm thanh, ánh sáng, đường truyền trực tuyến; bố trí xe đưa đón đại biểu.
**4. Phòng Hành chính - Tổng hợp:** gửi giấy mời, đón tiếp đại biểu, bố trí nơi nghỉ tại Nhà khách Trường; phối hợp truyền thông trên Website Trường.
**5. Các Khoa Công nghệ thông tin, Nông Lâm, Sư phạm, Kinh tế - Quản trị** có trách nhiệm động viên GV viết bài, mỗi khoa có tối thiểu 05 báo cáo gửi Hội thảo; cử cán bộ làm thư ký tiểu ban.
**6. Đoàn trường, Hội Sinh viên trường** phối hợp với Khoa Sư phạm tổ chức Tiểu ban 3; tuyển chọn 40 SV tình nguyện viên phục vụ Hội thảo; tổ chức góc trưng bày sản phẩm NCKH của SV.
**7. Đề nghị Sở Khoa học và Công nghệ** cử lãnh đạo tham dự, đồng chủ trì phiên chuyên đề tại Tiểu ban 2 và hỗ trợ kinh phí theo Công văn số 318/SKHCN-QLKH ngày 12/3/2026.
## V. TIẾN ĐỘ THỰC HIỆN
|TT|Nội dung công việc|Đơn vị chủ trì|Đơn vị phối hợp|Thời gian hoàn thành
|1|Ban hành quyết định thành lập Ban Tổ chức, Ban Khoa học|Phòng Khoa học công nghệ và Hợp tác quốc tế|Phòng Tổ chức cán bộ|Trước 20/3/2026
|2|Lập dự toán chi tiết kinh phí Hội thảo|Phòng Kế hoạch - Tài chính|Phòng Khoa học công nghệ và Hợp tác quốc tế|Trước 31/3/2026
|3|Phát hành Thông báo số 1 và Thông báo số 2|Phòng Khoa học công nghệ và Hợp tác quốc tế|Phòng Hành chính - Tổng hợp|Tháng 3 và tháng 5/2026
|4|Tiếp nhận tóm tắt, toàn văn báo cáo|Phòng Khoa học công nghệ và Hợp tác quốc tế|Các khoa|Đến 31/8/2026
|5|Tổ chức phản biện, biên tập báo cáo|Ban Khoa học|Các khoa|Trước 25/9/2026
|6|In Kỷ yếu Hội thảo (có ISBN)|Phòng Khoa học công nghệ và Hợp tác quốc tế|Nhà xuất bản Đại học Thạch Môn|Trước 15/10/2026
|7|Chuẩn bị hội trường, thiết bị, xe đưa đón|Phòng Quản trị - Thiết bị|Phòng Hành chính - Tổng hợp|Trước 20/10/2026
|8|Tổ chức Tiểu ban 3 và góc trưng bày sản phẩm SV|Đoàn trường|Hội Sinh viên trường, Khoa Sư phạm|23/10/2026
|9|Báo cáo tổng kết Hội thảo, thanh quyết toán|Phòng Khoa học công nghệ và Hợp tác quốc tế|Phòng Kế hoạch - Tài chính|Trước 30/11/2026
Trên đây là Kế hoạch tổ chức Hội thảo khoa học quốc gia năm 2026 của Trường Đại học Thạch Môn. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Phòng Khoa học công nghệ và Hợp tác quốc tế (TS. Chu Đức Thắng, Trưởng phòng, điện thoại 0913 580 226) để tổng hợp, báo cáo Hiệu trưởng xem xét, quyết định./.
!SIG
'''

TEXTS['rp03'] = r'''TRƯỜNG ĐẠI HỌC THẠCH MÔN           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 BAN TỔ CHỨC HỘI THẢO                   Độc lập - Tự do - Hạnh phúc
      --------                              ----------------
Số: 112/TB-BTC                      Thạch Môn, ngày 05 tháng 5 năm 2026

THÔNG BÁO SỐ 2
Hội thảo khoa học quốc gia "Chuyển đổi số và đổi mới sáng tạo trong phát triển kinh tế - xã hội vùng trung du, miền núi" năm 2026

Thực hiện Kế hoạch số 45/KH-ĐHTM ngày 02/3/2026 của Hiệu trưởng Trường Đại học Thạch Môn về tổ chức Hội thảo khoa học quốc gia năm 2026 và Công văn số 318/SKHCN-QLKH ngày 12/3/2026 của Sở Khoa học và Công nghệ tỉnh Kỳ Sơn Tây, Ban Tổ chức Hội thảo (BTC) trân trọng thông báo tới các nhà khoa học, giảng viên, nghiên cứu sinh, học viên cao học và sinh viên một số thông tin sau:

1. Thời gian, địa điểm
Hội thảo diễn ra trong 01 ngày, từ 07 giờ 30 phút ngày 23/10/2026 (thứ Sáu) tại Hội trường A1, cơ sở 1 Trường Đại học Thạch Môn, số 88 đường Lý Nam Đế, phường Thượng Kiệm, thành phố Thạch Môn, tỉnh Kỳ Sơn Tây. Phiên toàn thể buổi sáng; các tiểu ban làm việc buổi chiều tại nhà B3.

2. Các tiểu ban
- Tiểu ban 1: Chuyển đổi số trong giáo dục và đào tạo;
- Tiểu ban 2: Nông nghiệp công nghệ cao, chè và dược liệu vùng cao (có phiên chuyên đề phối hợp với Sở Khoa học và Công nghệ);
- Tiểu ban 3: Sinh viên nghiên cứu khoa học (dành cho bài của SV, do Đoàn trường phối hợp điều hành).

3. Các mốc thời gian quan trọng
- Hạn nộp bản tóm tắt (200 - 300 từ): ngày 15/6/2026 (BTC đã gia hạn so với mốc 31/5/2026 nêu tại Thông báo số 1);
- Thông báo chấp nhận tóm tắt: trước ngày 30/6/2026;
- Hạn nộp toàn văn báo cáo: ngày 31/8/2026;
- Gửi kết quả phản biện cho tác giả: ngày 25/9/2026;
- Hạn nộp bản chỉnh sửa sau phản biện và lệ phí: ngày 05/10/2026;
- Hạn đăng ký tham dự đối với đại biểu không có bài: ngày 15/10/2026.

4. Yêu cầu đối với báo cáo
Báo cáo viết bằng tiếng Việt hoặc tiếng Anh, chưa công bố trên bất kỳ ấn phẩm nào, dài từ 6 đến 10 trang khổ A4, phông chữ Times New Roman cỡ 12, giãn dòng 1,15; tài liệu tham khảo trình bày theo chuẩn APA. Mỗi tác giả đứng tên tác giả chính không quá 02 báo cáo. Báo cáo gửi qua hệ thống trực tuyến tại địa chỉ hoithao.dhtm.edu.vn; các báo cáo đạt yêu cầu sau phản biện được in trong Kỷ yếu Hội thảo có mã số ISBN, một số báo cáo xuất sắc được giới thiệu đăng trên Tạp chí Khoa học Trường Đại học Thạch Môn.

5. Lệ phí
- Tác giả ngoài Trường: 800.000 đồng/báo cáo (bao gồm kỷ yếu, tài liệu, ăn trưa và tiệc trà giữa giờ);
- Học viên cao học, nghiên cứu sinh: 400.000 đồng/báo cáo;
- Sinh viên (kể cả SV ngoài Trường) có báo cáo tại Tiểu ban 3: miễn lệ phí;
- Đại biểu tham dự không có báo cáo: 300.000 đồng/người;
- Giảng viên, viên chức của Trường Đại học Thạch Môn: không thu lệ phí.
Lệ phí chuyển khoản vào tài khoản số 3711 0000 582 694 tại Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV) - Chi nhánh Kỳ Sơn Tây, chủ tài khoản: Trường Đại học Thạch Môn; nội dung chuyển khoản ghi: HT2026_Họ và tên_Mã báo cáo. BTC không hoàn lại lệ phí trong trường hợp tác giả rút báo cáo sau ngày 05/10/2026.

6. Hỗ trợ đại biểu
BTC không chi trả chi phí đi lại, lưu trú của đại biểu. Đại biểu có nhu cầu đặt phòng có thể liên hệ Nhà khách Trường (số phòng hạn chế, giá ưu đãi 350.000 đồng/phòng/đêm) hoặc tham khảo danh sách khách sạn gửi kèm Thông báo này. BTC bố trí xe đưa đón đại biểu từ Bến xe khách phía Bắc thành phố Thạch Môn về Trường vào sáng ngày 23/10/2026, xuất phát lúc 06 giờ 45 phút.

7. Thông tin liên hệ
- Về nội dung khoa học, nộp bài: ThS. Bế Ngọc Hân, Phòng Khoa học công nghệ và Hợp tác quốc tế, điện thoại 0912 446 273, e-mail: hoithao2026@dhtm.edu.vn;
- Về lệ phí, hóa đơn: CN. Vương Mỹ Dung, Phòng Kế hoạch - Tài chính, điện thoại 0983 215 708;
- Về Tiểu ban 3 (sinh viên): đồng chí Hứa Thanh Tùng, Bí thư Đoàn trường, điện thoại 0368 902 115.

BTC trân trọng kính mời các nhà khoa học, quý thầy cô và các bạn sinh viên tham gia gửi báo cáo và tham dự Hội thảo./.

Nơi nhận:                                    TM. BAN TỔ CHỨC
- Các trường ĐH, CĐ, viện nghiên cứu;    PHÓ TRƯỞNG BAN THƯỜNG TRỰC
- Sở KH&CN tỉnh Kỳ Sơn Tây;
- Ban Giám hiệu (để b/c);                          (Đã ký)
- Các đơn vị trong Trường;
- Website Trường;                           TS. Mạc Thị Diệu Linh
- Lưu: VT, KHCN.
'''

TEXTS['rp04'] = r'''!HDR
# QUYẾT ĐỊNH
# Về việc công nhận kết quả Hội nghị sinh viên nghiên cứu khoa học cấp trường năm học 2025 - 2026
# HIỆU TRƯỞNG TRƯỜNG CAO ĐẲNG KỸ THUẬT - CÔNG NGHỆ KỲ SƠN TÂY
Căn cứ Quyết định số 1782/QĐ-UBND ngày 09/8/2019 của UBND tỉnh Kỳ Sơn Tây về việc tổ chức lại Trường Cao đẳng Kỹ thuật - Công nghệ Kỳ Sơn Tây;
Căn cứ Quy chế hoạt động khoa học và công nghệ của Trường ban hành kèm theo Quyết định số 233/QĐ-CĐKTCN ngày 10/3/2025 của Hiệu trưởng;
Căn cứ Kế hoạch số 41/KH-CĐKTCN ngày 06/10/2025 về tổ chức hoạt động sinh viên nghiên cứu khoa học năm học 2025 - 2026;
Căn cứ Biên bản họp Hội đồng khoa học và đào tạo (HĐKH) Trường ngày 12/5/2026 về kết quả chấm Hội nghị sinh viên nghiên cứu khoa học cấp trường;
Xét đề nghị của Trưởng phòng Đào tạo - Khoa học công nghệ.
# QUYẾT ĐỊNH:
**Điều 1.** Công nhận kết quả Hội nghị sinh viên nghiên cứu khoa học (SV NCKH) cấp trường năm học 2025 - 2026, tổ chức ngày 08/5/2026 tại Hội trường tầng 3 nhà A, Trường Cao đẳng Kỹ thuật - Công nghệ Kỳ Sơn Tây. Hội nghị có 27 đề tài của 86 SV thuộc 04 khoa báo cáo; HĐKH xét công nhận 12 đề tài đạt giải, gồm: 01 giải nhất, 02 giải nhì, 03 giải ba và 06 giải khuyến khích (có danh sách kèm theo).
Giải nhất thuộc về đề tài "Thiết kế, chế tạo máy sấy chè dùng năng lượng mặt trời kết hợp sinh khối cho hộ gia đình vùng cao" do nhóm SV lớp CĐ Cơ khí K24A thực hiện, chủ nhiệm đề tài Nông Văn Hiếu, GV hướng dẫn ThS. Lương Đình Chiến.
**Điều 2.** Khen thưởng các đề tài đạt giải tại Điều 1 với mức thưởng như sau: giải nhất 4.000.000 đồng/đề tài; giải nhì 2.500.000 đồng/đề tài; giải ba 1.500.000 đồng/đề tài; giải khuyến khích 700.000 đồng/đề tài. Tổng số tiền thưởng là 17.700.000 đồng (Mười bảy triệu bảy trăm nghìn đồng), chi từ nguồn kinh phí sự nghiệp khoa học và công nghệ năm 2026 của Trường.
GV hướng dẫn đề tài đạt giải nhất, giải nhì được quy đổi 40 giờ chuẩn nghiên cứu khoa học; GV hướng dẫn đề tài đạt giải ba được quy đổi 25 giờ chuẩn trong năm học 2025 - 2026.
**Điều 3.** Lựa chọn đề tài đạt giải nhất và 02 đề tài đạt giải nhì gửi tham dự Giải thưởng Sáng tạo trẻ tỉnh Kỳ Sơn Tây năm 2026 theo Công văn số 318/SKHCN-QLKH ngày 12/3/2026 của Sở Khoa học và Công nghệ.
Giao Phòng Đào tạo - Khoa học công nghệ chủ trì, phối hợp với các khoa có đề tài hướng dẫn nhóm SV hoàn thiện hồ sơ dự giải, nộp về Sở Khoa học và Công nghệ trước ngày 10/7/2026.
Giao Phòng Kế hoạch - Tài chính chi trả tiền thưởng cho các nhóm SV trước ngày 05/6/2026.
Đoàn TNCS Hồ Chí Minh của Trường có trách nhiệm tuyên truyền, biểu dương các nhóm SV đạt giải trên trang thông tin của Đoàn và tại buổi chào cờ đầu tháng 6/2026.
**Điều 4.** Quyết định này có hiệu lực kể từ ngày ký.
Trưởng các phòng: Đào tạo - Khoa học công nghệ, Kế hoạch - Tài chính, Công tác học sinh sinh viên; Trưởng các khoa: Cơ khí - Động lực, Điện - Điện tử, Công nghệ thông tin, Nông nghiệp - Thú y; Bí thư Đoàn TNCS Hồ Chí Minh của Trường và các SV có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.
!SIG
!PAGEBREAK
# DANH SÁCH ĐỀ TÀI ĐẠT GIẢI HỘI NGHỊ SV NCKH CẤP TRƯỜNG NĂM HỌC 2025 - 2026
# (Kèm theo Quyết định số 527/QĐ-CĐKTCN ngày 18/5/2026 của Hiệu trưởng Trường Cao đẳng Kỹ thuật - Công nghệ Kỳ Sơn Tây)
|TT|Mã đề tài|Chủ nhiệm đề tài|Lớp|GV hướng dẫn|Điểm TB|Xếp giải
|1|CK-03|Nông Văn Hiếu|CĐ Cơ khí K24A|ThS. Lương Đình Chiến|92,4|Nhất
|2|ĐT-11|Sầm Thị Hoài|CĐ Điện tử K24|ThS. Phan Hữu Nghị|89,6|Nhì
|3|NN-05|Tòng Văn Dũng|CĐ Thú y K25|KS. Mùa Thị Sen|88,9|Nhì
|4|CN-07|Vi Thị Hằng|CĐ CNTT K25B|ThS. Đỗ Minh Khải|86,2|Ba
|5|CK-09|Lường Đức Tài|CĐ Ô tô K24|ThS. Lương Đình Chiến|85,7|Ba
|6|ĐT-04|Đèo Văn Sáng|CĐ Điện CN K24|ThS. Phan Hữu Nghị|84,3|Ba
|7|CN-02|Phùng Thảo My|CĐ CNTT K25A|ThS. Đỗ Minh Khải|83,0|Khuyến khích
|8|NN-01|Sùng A Páo|CĐ Thú y K24|KS. Mùa Thị Sen|82,5|Khuyến khích
|9|CK-12|Hà Đức Lộc|CĐ Cơ khí K25|ThS. Quàng Văn Nam|81,8|Khuyến khích
|10|CN-10|Bùi Khánh Linh|CĐ CNTT K24|ThS. Nghiêm Thu Hà|80,9|Khuyến khích
|11|ĐT-08|Giàng Thị Dua|CĐ Điện tử K25|ThS. Phan Hữu Nghị|79,4|Khuyến khích
|12|NN-09|Lò Văn Chính|CĐ Trồng trọt K25|KS. Mùa Thị Sen|78,2|Khuyến khích
Danh sách gồm 12 đề tài./.
'''

TEXTS['rp05'] = r'''**BCH ĐOÀN TRƯỜNG ĐẠI HỌC THẠCH MÔN** | **ĐOÀN TNCS HỒ CHÍ MINH**

Số: 27-BC/ĐTĐHTM — Thạch Môn, ngày 10 tháng 6 năm 2026

# BÁO CÁO
## Kết quả phong trào sinh viên nghiên cứu khoa học năm học 2025 - 2026 và phương hướng, nhiệm vụ năm học 2026 - 2027

Thực hiện Chương trình công tác năm học 2025 - 2026 của Ban Chấp hành Đoàn trường và Kế hoạch hoạt động khoa học và công nghệ năm 2026 của Trường Đại học Thạch Môn, Ban Thường vụ Đoàn trường báo cáo kết quả phong trào sinh viên nghiên cứu khoa học (SV NCKH) năm học 2025 - 2026 (số liệu đến hết ngày 31/5/2026) như sau:

### I. KẾT QUẢ ĐẠT ĐƯỢC

**1. Công tác tuyên truyền, định hướng**

Ban Thường vụ Đoàn trường phối hợp với Phòng Khoa học công nghệ và Hợp tác quốc tế tổ chức 06 buổi sinh hoạt chuyên đề "Nhập môn nghiên cứu khoa học" với 412 lượt SV tham dự; phát hành cẩm nang "Hỏi - đáp về NCKH sinh viên" dạng điện tử trên fanpage Đoàn trường, thu hút hơn 9.600 lượt xem. Câu lạc bộ NCKH "Mầm Xanh" tiếp tục là nòng cốt của phong trào với 64 thành viên, duy trì sinh hoạt định kỳ vào tối thứ Năm tuần thứ hai hằng tháng tại phòng 204 nhà B3.

**2. Kết quả đăng ký, thực hiện đề tài**

Năm học 2025 - 2026, toàn trường có 71 đề tài SV NCKH được Hội đồng khoa học (HĐKH) các khoa xét duyệt, tăng 13 đề tài so với năm học trước, với 238 SV tham gia. Có 62 đề tài được nghiệm thu đúng hạn, 05 đề tài xin gia hạn sang học kỳ I năm học 2026 - 2027 và 04 đề tài bị dừng do nhóm SV không đảm bảo tiến độ. Kết quả cụ thể theo từng khoa:

| TT | Khoa | Đề tài đăng ký | SV tham gia | Đề tài nghiệm thu | Đạt giải cấp trường |
|---|---|---|---|---|---|
| 1 | Khoa Công nghệ thông tin | 19 | 61 | 18 | 5 |
| 2 | Khoa Nông Lâm | 16 | 57 | 14 | 4 |
| 3 | Khoa Sư phạm | 14 | 43 | 12 | 3 |
| 4 | Khoa Kinh tế - Quản trị | 13 | 45 | 11 | 2 |
| 5 | Khoa Ngoại ngữ | 9 | 32 | 7 | 1 |
| | **Tổng cộng** | **71** | **238** | **62** | **15** |

Kinh phí hỗ trợ từ nguồn sự nghiệp khoa học của Trường là 3.000.000 đồng/đề tài được nghiệm thu, tổng số 186.000.000 đồng. Đoàn trường vận dụng nguồn xã hội hóa hỗ trợ thêm 25.000.000 đồng cho các nhóm SV có đề tài thực địa tại các xã vùng cao.

**3. Thành tích nổi bật**

| Giải thưởng | Kết quả | Ghi chú |
|---|---|---|
| Giải thưởng "Sinh viên nghiên cứu khoa học" cấp Bộ năm 2025 | 01 giải nhì, 02 giải ba | Giải nhì thuộc Khoa Nông Lâm |
| Hội nghị SV NCKH cấp trường năm học 2025 - 2026 | 01 giải nhất, 03 giải nhì, 04 giải ba, 07 giải khuyến khích | Tổ chức ngày 16/4/2026 |
| Cuộc thi "Ý tưởng khởi nghiệp sinh viên" của tỉnh | 01 giải ba | Ý tưởng trà túi lọc từ lá vối rừng |

Đề tài đạt giải nhì cấp Bộ "Ứng dụng chế phẩm vi sinh bản địa xử lý phụ phẩm chè làm phân bón hữu cơ" do nhóm SV lớp K19 Khoa học cây trồng thực hiện, GV hướng dẫn là TS. Đàm Thị Ngọc Ánh.

### II. HẠN CHẾ, NGUYÊN NHÂN

- Số đề tài của Khoa Ngoại ngữ và Khoa Kinh tế - Quản trị còn ít; tỷ lệ đề tài có tính ứng dụng thực tiễn chưa cao.
- Một số nhóm SV chưa nắm vững phương pháp nghiên cứu, nộp báo cáo chậm; 04 đề tài phải dừng thực hiện.
- Mức hỗ trợ 3.000.000 đồng/đề tài chưa đáp ứng chi phí khảo sát thực địa, nhất là với đề tài tại các huyện Bồng Lai và Xuân Đài.

### III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC 2026 - 2027

Phấn khởi với kết quả trên, Ban Thường vụ Đoàn trường đặt mục tiêu năm học 2026 - 2027 có tối thiểu 80 đề tài SV NCKH, mỗi khoa có ít nhất 01 đề tài tham dự giải thưởng cấp Bộ. Nhiệm vụ cụ thể:

1. Các Liên chi đoàn khoa: tổ chức tuyên truyền, phát hiện ý tưởng và giới thiệu nhóm SV đăng ký đề tài; gửi danh sách đăng ký về Văn phòng Đoàn trường trước ngày 15/10/2026.
2. Câu lạc bộ NCKH "Mầm Xanh": chủ trì tổ chức 04 buổi tập huấn kỹ năng viết báo cáo khoa học, trình bày poster; hỗ trợ SV chuẩn bị báo cáo cho Tiểu ban 3 của Hội thảo khoa học quốc gia ngày 23/10/2026.
3. Văn phòng Đoàn trường: theo dõi tiến độ các đề tài, tổng hợp số liệu báo cáo Ban Thường vụ định kỳ hằng quý.
4. Hội Sinh viên trường: phối hợp tuyển chọn 40 SV tình nguyện viên phục vụ Hội thảo khoa học quốc gia; vận hành góc trưng bày sản phẩm NCKH của SV.
5. Đề nghị Phòng Khoa học công nghệ và Hợp tác quốc tế: sớm ban hành hướng dẫn xét chọn đề tài năm học 2026 - 2027 trước ngày 30/9/2026; phối hợp với Đoàn trường lựa chọn tối đa 05 công trình tiêu biểu gửi dự Giải thưởng Sáng tạo trẻ tỉnh Kỳ Sơn Tây năm 2026 trước ngày 15/7/2026.
6. Đề nghị Ban Giám hiệu xem xét nâng mức hỗ trợ lên 5.000.000 đồng/đề tài đối với đề tài có khảo sát thực địa tại vùng cao.

Trên đây là báo cáo kết quả phong trào SV NCKH năm học 2025 - 2026 của Đoàn trường Đại học Thạch Môn./.

**Nơi nhận:**
- Ban Thường vụ Tỉnh đoàn (để b/c);
- Đảng ủy Trường (để b/c);
- Ban Giám hiệu;
- Phòng KHCN&HTQT;
- Các Liên chi đoàn;
- Lưu: VP Đoàn trường.

**TM. BAN THƯỜNG VỤ ĐOÀN TRƯỜNG**
**BÍ THƯ**
*(Đã ký)*
**Hứa Thanh Tùng**
'''


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    write_text("rp01_cv_dexuat_nhiemvu.txt", TEXTS["rp01"])
    build_docx("rp02_kh_hoithao.docx", nfc(TEXTS["rp02"]),
               (["UBND TỈNH KỲ SƠN TÂY", "TRƯỜNG ĐẠI HỌC THẠCH MÔN", "--------", "Số: 45/KH-ĐHTM"],
                ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "----------------",
                 "Thạch Môn, ngày 02 tháng 3 năm 2026"]),
               (["Nơi nhận:", "- Sở KH&CN tỉnh Kỳ Sơn Tây (để phối hợp);", "- Ban Giám hiệu;",
                 "- Các đơn vị trong Trường;", "- Lưu: VT, KHCN."],
                ["HIỆU TRƯỞNG", "", "(Đã ký)", "", "PGS.TS. Đinh Quang Hào"]))
    write_text("rp03_tb_hoithao_so2.txt", hard_wrap(TEXTS["rp03"]))
    build_pdf("rp04_qd_congnhan_svnckh.pdf", nfc(TEXTS["rp04"]),
              (["UBND TỈNH KỲ SƠN TÂY", "TRƯỜNG CAO ĐẲNG KỸ THUẬT - CÔNG NGHỆ", "--------", "Số: 527/QĐ-CĐKTCN"],
               ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "----------------",
                "Bồng Lai, ngày 18 tháng 5 năm 2026"]),
              (["Nơi nhận:", "- Như Điều 4;", "- Sở KH&CN tỉnh Kỳ Sơn Tây (để b/c);", "- Ban Giám hiệu;",
                "- Lưu: VT, ĐT-KHCN."],
               ["HIỆU TRƯỞNG", "", "(Đã ký)", "", "TS. Hà Văn Khởi"]))
    write_text("rp05_bc_doantruong_svnckh.md", TEXTS["rp05"])
    print("built:", sorted(os.listdir(OUT)))


if __name__ == '__main__':
    main()
