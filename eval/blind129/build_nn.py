#!/usr/bin/env python3
"""Rebuild nn02 (.docx) and nn03 (.pdf) of the blind129 set from text kept in this file."""
import os
import unicodedata
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- nn02 (docx)
QD_HEADER_LEFT = ["UBND TỈNH QUẢNG LẠC BẮC", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 88/QĐ-SGDĐT"]
QD_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Quảng Lạc Bắc, ngày 20 tháng 3 năm 2026"]
QD_BEFORE_TABLE = """QUYẾT ĐỊNH
Về việc thành lập Ban Tổ chức các khóa bồi dưỡng năng lực số cho giáo viên, cán bộ quản lý và nhân viên phụ trách công nghệ thông tin năm 2026
GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG LẠC BẮC
Căn cứ Quyết định số 27/2024/QĐ-UBND ngày 15/8/2024 của UBND tỉnh Quảng Lạc Bắc quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo;
Căn cứ Kế hoạch số 1290/KH-SGDĐT ngày 12/3/2026 của Sở Giáo dục và Đào tạo về bồi dưỡng năng lực số cho giáo viên, cán bộ quản lý và nhân viên phụ trách công nghệ thông tin năm 2026;
Theo đề nghị của Trưởng phòng Tổ chức cán bộ.
QUYẾT ĐỊNH:
Điều 1. Thành lập Ban Tổ chức các khóa bồi dưỡng năng lực số cho giáo viên, cán bộ quản lý và nhân viên phụ trách công nghệ thông tin năm 2026 (sau đây gọi tắt là Ban Tổ chức), gồm các ông (bà) có tên sau đây:"""
QD_TABLE = [
    ["TT", "Họ và tên, chức vụ, đơn vị công tác", "Nhiệm vụ trong Ban"],
    ["1", "Ông Hà Minh Đạo, Giám đốc Sở GD&ĐT", "Trưởng ban"],
    ["2", "Ông Tạ Quang Khiêm, Phó Giám đốc Sở GD&ĐT", "Phó Trưởng ban thường trực"],
    ["3", "Ông Lê Khắc Thuận, Hiệu trưởng Trường Cao đẳng Sư phạm Quảng Lạc Bắc", "Phó Trưởng ban"],
    ["4", "Ông Đoàn Văn Lực, Trưởng phòng Tổ chức cán bộ", "Ủy viên"],
    ["5", "Ông Vũ Hoàng Diệp, Trưởng phòng Kế hoạch - Tài chính", "Ủy viên"],
    ["6", "Bà Phí Ngọc Anh, Phó Trưởng phòng Giáo dục Mầm non - Tiểu học", "Ủy viên"],
    ["7", "Ông Khúc Minh Hải, Phó Trưởng phòng Giáo dục Trung học", "Ủy viên"],
    ["8", "Bà Kiều Thanh Nhàn, Chuyên viên Phòng Tổ chức cán bộ", "Ủy viên, Thư ký"],
]
QD_AFTER_TABLE = """Điều 2. Nhiệm vụ của Ban Tổ chức
1. Ban Tổ chức có nhiệm vụ chỉ đạo, điều hành toàn bộ việc tổ chức 05 khóa bồi dưỡng theo Kế hoạch số 1290/KH-SGDĐT; phê duyệt chương trình chi tiết, danh sách học viên, lịch học và quy chế kiểm tra; quyết định danh sách học viên được cấp Giấy chứng nhận.
2. Trưởng ban phân công nhiệm vụ cụ thể cho từng thành viên. Phó Trưởng ban thường trực điều hành công việc hằng ngày của Ban Tổ chức khi Trưởng ban vắng mặt.
3. Phó Trưởng ban là Hiệu trưởng Trường Cao đẳng Sư phạm Quảng Lạc Bắc chịu trách nhiệm tổ chức giảng dạy, bố trí giảng viên, phòng học, phòng máy và tổ chức kiểm tra cuối khóa.
4. Giúp việc cho Ban Tổ chức có Tổ Thư ký gồm: bà Kiều Thanh Nhàn, chuyên viên Phòng Tổ chức cán bộ (Tổ trưởng); bà Bạch Thị Tuyết Nhung, Trưởng phòng Đào tạo Trường Cao đẳng Sư phạm Quảng Lạc Bắc; ông Lò Văn Tuân, kế toán Phòng Kế hoạch - Tài chính. Tổ Thư ký có nhiệm vụ tổng hợp danh sách học viên, theo dõi tiến độ, chuẩn bị báo cáo định kỳ hằng tháng gửi Trưởng ban vào ngày 25 hằng tháng.
5. Giao Phòng Kế hoạch - Tài chính bảo đảm kinh phí hoạt động của Ban Tổ chức trong tổng kinh phí 1,36 tỷ đồng đã được duyệt tại Kế hoạch số 1290/KH-SGDĐT; riêng kinh phí hoạt động của Ban Tổ chức và Tổ Thư ký không vượt quá 38.000.000 đồng.
6. Giao Trường Cao đẳng Sư phạm Quảng Lạc Bắc in và cấp Giấy chứng nhận hoàn thành khóa bồi dưỡng cho học viên đạt yêu cầu trong thời hạn 15 ngày làm việc kể từ ngày kết thúc mỗi khóa học.
7. Ban Tổ chức làm việc theo chế độ kiêm nhiệm, tự giải thể sau khi hoàn thành nhiệm vụ và báo cáo tổng kết trước ngày 31/10/2026.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Chánh Văn phòng Sở, Trưởng phòng Tổ chức cán bộ, Trưởng phòng Kế hoạch - Tài chính, Hiệu trưởng Trường Cao đẳng Sư phạm Quảng Lạc Bắc, Trưởng các phòng chuyên môn thuộc Sở và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."""
QD_SIGN = ["GIÁM ĐỐC", "", "(Đã ký)", "", "Hà Minh Đạo"]
QD_NOINHAN = ["Nơi nhận:", "- Như Điều 3;", "- UBND tỉnh (để b/c);", "- Phòng GD&ĐT các huyện, thị xã, thành phố (để p/h);",
              "- Cổng thông tin điện tử Sở;", "- Lưu: VT, TCCB."]


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    hdr = doc.add_table(rows=3, cols=2)
    for i in range(3):
        for j, col in enumerate((QD_HEADER_LEFT, QD_HEADER_RIGHT)):
            c = hdr.cell(i, j)
            c.text = N(col[i])
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i < 2:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    lines = QD_BEFORE_TABLE.split("\n")
    for k, line in enumerate(lines):
        p = doc.add_paragraph()
        run = p.add_run(N(line))
        if k < 3 or line.startswith("QUYẾT ĐỊNH:"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
    t = doc.add_table(rows=len(QD_TABLE), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(QD_TABLE):
        for j, v in enumerate(row):
            t.cell(i, j).text = N(v)
            if i == 0:
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    for line in QD_AFTER_TABLE.split("\n"):
        p = doc.add_paragraph()
        run = p.add_run(N(line))
        if line.startswith("Điều"):
            run.bold = False
    tail = doc.add_table(rows=1, cols=2)
    tail.cell(0, 0).text = N("\n".join(QD_NOINHAN))
    tail.cell(0, 1).text = N("\n".join(QD_SIGN))
    tail.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(path)


# ---------------------------------------------------------------- nn03 (pdf)
CV_HEADER = [("UBND HUYỆN NGỌC THỦY ĐOÀI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Độc lập - Tự do - Hạnh phúc"),
             ("Số: 214/PGDĐT-TCCB", "Ngọc Thủy Đoài, ngày 28 tháng 4 năm 2026"),
             ("V/v triệu tập giáo viên tham gia Khóa 2", ""),
             ("và Khóa 3 bồi dưỡng năng lực số năm 2026", "")]
CV_BODY = """Kính gửi: Hiệu trưởng các trường tiểu học, trung học cơ sở có tên dưới đây.
Thực hiện Kế hoạch số 1290/KH-SGDĐT ngày 12/3/2026 của Sở Giáo dục và Đào tạo tỉnh Quảng Lạc Bắc về bồi dưỡng năng lực số cho giáo viên, cán bộ quản lý và nhân viên phụ trách công nghệ thông tin năm 2026; Công văn số 1502/SGDĐT-TCCB ngày 22/4/2026 của Sở GD&ĐT về phân bổ chỉ tiêu học viên, huyện Ngọc Thủy Đoài được phân bổ 24 chỉ tiêu Khóa 2 và 22 chỉ tiêu Khóa 3.
Phòng Giáo dục và Đào tạo huyện Ngọc Thủy Đoài triệu tập 46 giáo viên tham gia bồi dưỡng, cụ thể như sau:
1. Khóa 2: Ứng dụng trí tuệ nhân tạo trong dạy học (giáo viên tiểu học)
a) Danh sách trường và số giáo viên được triệu tập:
- Trường TH Bàu Sậy Nam: 06 giáo viên, đầu mối là cô Doãn Thị Mai, Phó Hiệu trưởng;
- Trường TH Yên Lư Hạ: 08 giáo viên, đầu mối là thầy Giáp Văn Bình, Tổ trưởng tổ 4-5;
- Trường TH Thị trấn Tràng Kiệt: 10 giáo viên, đầu mối là cô Thân Thị Hòa, giáo viên Tin học.
b) Thời gian, địa điểm:
- Phần học trực tuyến: từ ngày 04/5/2026 đến ngày 10/5/2026 trên hệ thống taphuan.quanglacbac.edu.vn.
- Phần học trực tiếp: khai mạc lúc 7 giờ 30 phút ngày 12/5/2026, học đến hết ngày 15/5/2026 tại Phòng 204, nhà B, Trường Cao đẳng Sư phạm Quảng Lạc Bắc.
2. Khóa 3: Thiết kế bài giảng STEM trên nền tảng số (giáo viên THCS)
a) Danh sách trường và số giáo viên được triệu tập:
- Trường THCS Lộc Vân Đình: 07 giáo viên (các môn Khoa học tự nhiên, Toán, Công nghệ);
- Trường THCS Thạch Ngưu: 09 giáo viên;
- Trường THCS Khánh Diệp: 06 giáo viên.
b) Thời gian, địa điểm:
- Phần học trực tuyến: từ ngày 25/5/2026 đến ngày 05/6/2026.
- Phần học trực tiếp: từ ngày 09/6/2026 đến ngày 12/6/2026 tại Phòng máy số 2, Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Ngọc Thủy Đoài (lớp do giảng viên Trường Cao đẳng Sư phạm Quảng Lạc Bắc trực tiếp giảng dạy).
3. Trách nhiệm của các đơn vị
a) Hiệu trưởng các trường có giáo viên được triệu tập:
- Cử đủ, đúng số giáo viên theo danh sách; bố trí dạy thay, không để ảnh hưởng đến chương trình dạy học;
- Gửi danh sách giáo viên (họ tên, ngày sinh, số căn cước, số điện thoại, thư điện tử) về Phòng GD&ĐT qua bộ phận Tổ chức cán bộ trước 16 giờ 00 ngày 06/5/2026;
- Thanh toán công tác phí cho giáo viên đi học theo quy định hiện hành.
b) Giao Tổ Công nghệ thông tin của Phòng chủ trì, phối hợp với Trường Cao đẳng Sư phạm Quảng Lạc Bắc cấp tài khoản học trực tuyến cho giáo viên trước ngày 03/5/2026.
c) Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện chuẩn bị Phòng máy số 2 với ít nhất 25 máy tính kết nối Internet, hoàn thành trước ngày 05/6/2026, trong đó cán bộ phụ trách phòng máy có trách nhiệm trực kỹ thuật suốt thời gian lớp học.
4. Yêu cầu đối với giáo viên
Giáo viên tham gia học đầy đủ, mang theo máy tính xách tay cá nhân và căn cước; hoàn thành các bài tập trực tuyến trước khi học trực tiếp; chấp hành quy chế kiểm tra do Trường Cao đẳng Sư phạm Quảng Lạc Bắc ban hành.
Mọi chi tiết xin liên hệ ông Cù Thanh Tùng, chuyên viên Phòng GD&ĐT, điện thoại 0912.458.630, thư điện tử tungct.pgd@ngocthuydoai.edu.vn.
Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường nghiêm túc thực hiện./."""
CV_NOINHAN = ["Nơi nhận:", "- Như trên;", "- Sở GD&ĐT (để b/c);", "- UBND huyện (để b/c);",
              "- Trưởng phòng;", "- Lưu: VT, TCCB."]
CV_SIGN = ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "(Đã ký)", "", "Âu Đức Thịnh"]

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSerif.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
    pdf.add_page()
    w = (pdf.w - 35) / 2
    for i, (l, r) in enumerate(CV_HEADER):
        pdf.set_font("DV", "B" if i < 2 else "", 10 if i < 3 else 9)
        pdf.cell(w, 5.5, N(l), align="C")
        pdf.cell(w, 5.5, N(r), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DV", "", 10)
    for line in CV_BODY.split("\n"):
        bold = line[:2] in ("1.", "2.", "3.", "4.") or line.startswith("Kính gửi")
        pdf.set_font("DV", "B" if bold else "", 10)
        pdf.multi_cell(0, 5.2, N(line), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)
    pdf.ln(3)
    y = pdf.get_y()
    pdf.set_font("DV", "", 9)
    for i, v in enumerate(CV_NOINHAN):
        pdf.set_font("DV", "B" if i == 0 else "", 9)
        pdf.cell(w, 5, N(v), new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y)
    for i, v in enumerate(CV_SIGN):
        pdf.set_x(20 + w)
        pdf.set_font("DV", "B" if i in (0, 1, 4) else "", 10)
        pdf.cell(w, 5.5, N(v), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, "nn02_quyet_dinh_thanh_lap_ban_to_chuc.docx"))
    build_pdf(os.path.join(CORPUS, "nn03_cong_van_trieu_tap_giao_vien.pdf"))
    print("built nn02 docx, nn03 pdf")
