#!/usr/bin/env python3
"""Rebuild ne02 (.docx) and ne04 (.pdf) of the blind120 set from the text kept below."""
import os, unicodedata
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- ne02 (.docx)
NE02_HEADER_LEFT = ["UBND HUYỆN THẠCH VỌNG LÂM", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Số: 112/KH-PGDĐT"]
NE02_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Thạch Vọng Lâm, ngày 24 tháng 4 năm 2026"]
NE02_TITLE = ["KẾ HOẠCH", "Triển khai Chỉ thị số 05/CT-UBND về an toàn trường học",
              "và phòng, chống đuối nước cho học sinh năm 2026"]
NE02_BEFORE_TABLE = """Căn cứ Chỉ thị số 05/CT-UBND ngày 14/4/2026 của Chủ tịch Ủy ban nhân dân huyện Thạch Vọng Lâm về tăng cường an toàn trường học và phòng, chống đuối nước cho trẻ em, học sinh trên địa bàn huyện năm 2026;
Căn cứ Công văn số 284/SGDĐT-GDTH ngày 10/4/2026 của Sở Giáo dục và Đào tạo tỉnh Đông Khánh Hạ về hướng dẫn công tác phòng, chống đuối nước cho học sinh;
Phòng Giáo dục và Đào tạo xây dựng Kế hoạch triển khai như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức, kỹ năng phòng tránh đuối nước cho học sinh, giáo viên và cha mẹ học sinh; không để xảy ra tai nạn đuối nước trong thời gian học sinh tham gia hoạt động do nhà trường tổ chức.
2. Việc triển khai phải cụ thể, gắn trách nhiệm người đứng đầu từng trường; phối hợp chặt chẽ với Huyện đoàn, Trung tâm Văn hóa - Thể thao huyện và Ủy ban nhân dân các xã, thị trấn.
II. CHỈ TIÊU
- 100% trong số 46 trường mầm non, tiểu học, trung học cơ sở trên địa bàn huyện tổ chức tuyên truyền, ký cam kết với cha mẹ học sinh về phòng, chống đuối nước trước ngày 20/5/2026.
- 1.850 học sinh tiểu học được học bơi trong năm học 2025 - 2026 và dịp hè 2026; tỷ lệ học sinh tiểu học biết bơi an toàn đạt từ 55% trở lên.
- 24/24 trường tiểu học và 12/12 trường trung học cơ sở có tủ áo phao; cấp mới 600 áo phao trong tổng số 1.500 áo phao do huyện hỗ trợ.
- 100% giáo viên chủ nhiệm, nhân viên y tế trường học được tập huấn kỹ năng sơ cứu người bị đuối nước.
III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN
Các nhiệm vụ cụ thể được phân công tại bảng sau:"""
NE02_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
    ["1", "Tổ chức tiết học kỹ năng an toàn khi ở dưới nước, tối thiểu 02 tiết/học kỳ", "Hiệu trưởng các trường tiểu học, THCS", "Tổ Giáo dục Tiểu học, Tổ Giáo dục Trung học cơ sở", "Từ tháng 5/2026"],
    ["2", "Ký cam kết với cha mẹ học sinh về quản lý con em trong dịp hè", "Hiệu trưởng các trường", "Ban đại diện cha mẹ học sinh", "Trước ngày 20/5/2026"],
    ["3", "Tổng hợp danh sách học sinh đăng ký học bơi hè, gửi xếp lớp", "Tổ Giáo dục Tiểu học", "Huyện đoàn; Trung tâm Văn hóa - Thể thao huyện", "Trước ngày 28/5/2026"],
    ["4", "Tập huấn sơ cứu, cấp cứu đuối nước cho 92 giáo viên, nhân viên y tế trường học", "Trung tâm Y tế huyện", "Phòng Giáo dục và Đào tạo", "Ngày 16/5/2026, tại Hội trường Trường THCS Bình Lưu Khê"],
    ["5", "Tiếp nhận, cấp phát 600 áo phao cho các trường", "Bộ phận Kế toán Phòng", "Ủy ban nhân dân các xã, thị trấn", "Hoàn thành trong tháng 6/2026"],
    ["6", "Tổ chức Ngày hội \"Bơi an toàn\" cho học sinh tiểu học toàn huyện", "Phòng Giáo dục và Đào tạo", "Huyện đoàn; Trung tâm Văn hóa - Thể thao huyện", "Ngày 09/8/2026, tại Bể bơi Trung tâm Văn hóa - Thể thao huyện"],
    ["7", "Tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện", "Tổ Giáo dục Tiểu học", "Các trường", "Định kỳ hằng tháng và trước ngày 25/9/2026"],
]
NE02_AFTER_TABLE = """IV. KINH PHÍ
1. Kinh phí mua 600 áo phao là 162.000.000 đồng (đơn giá 270.000 đồng/chiếc), bố trí từ nguồn 1,2 tỷ đồng ngân sách huyện theo Chỉ thị số 05/CT-UBND.
2. Kinh phí tập huấn và tổ chức Ngày hội "Bơi an toàn" là 85.000.000 đồng, từ nguồn chi sự nghiệp giáo dục năm 2026 của Phòng.
3. Các trường chủ động bố trí kinh phí tuyên truyền từ nguồn chi thường xuyên và vận động xã hội hóa theo quy định.
V. TỔ CHỨC THỰC HIỆN
1. Tổ Giáo dục Tiểu học
- Là đầu mối tham mưu, theo dõi việc triển khai Kế hoạch; hướng dẫn các trường tổ chức tiết học kỹ năng an toàn khi ở dưới nước.
- Phối hợp Huyện đoàn xếp lớp học bơi, ưu tiên học sinh lớp 3, lớp 4 và học sinh thuộc hộ nghèo, hộ cận nghèo.
2. Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở
- Rà soát các điểm nước nguy hiểm trên đường đi học của học sinh, báo cáo Ủy ban nhân dân xã, thị trấn để cắm biển cảnh báo.
- Tuyệt đối không tổ chức cho học sinh tham quan, dã ngoại tại khu vực sông, hồ khi chưa có phương án bảo đảm an toàn và đủ áo phao.
- Bố trí giáo viên trực hè, giữ liên lạc với cha mẹ học sinh trong suốt thời gian nghỉ hè.
3. Trường THCS Bình Lưu Khê phối hợp Trường Tiểu học Tân Mạch Điền và Huyện đoàn chuẩn bị mặt bằng, điện, nước để lắp đặt bể bơi di động trước ngày 12/6/2026.
4. Đề nghị Huyện đoàn chỉ đạo Đoàn các xã, thị trấn hỗ trợ nhà trường trong việc quản lý học sinh dịp hè; đề nghị Trung tâm Văn hóa - Thể thao huyện ưu tiên khung giờ cho các lớp bơi của học sinh.
Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị liên hệ đồng chí Đinh Khắc Nhượng, Phó Trưởng phòng, điện thoại 0915 227 894 để được hướng dẫn."""
NE02_TAIL_LEFT = ["Nơi nhận:", "- UBND huyện (b/c);", "- Sở GD&ĐT (b/c);", "- Huyện đoàn, Trung tâm VH-TT huyện;",
                  "- Các trường MN, TH, THCS;", "- Lưu: VT, TH."]
NE02_TAIL_RIGHT = ["TRƯỞNG PHÒNG", "(Đã ký)", "Tạ Thị Hương Lài"]


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    hdr = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(hdr.rows[0].cells, [NE02_HEADER_LEFT, NE02_HEADER_RIGHT]):
        cell.text = ""
        for i, ln in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            r = p.add_run(N(ln)); r.bold = i < 2
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, ln in enumerate(NE02_TITLE):
        p = doc.add_paragraph(); r = p.add_run(N(ln)); r.bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for ln in NE02_BEFORE_TABLE.split("\n"):
        doc.add_paragraph(N(ln))
    t = doc.add_table(rows=len(NE02_TABLE), cols=5); t.style = "Table Grid"
    for i, row in enumerate(NE02_TABLE):
        for j, val in enumerate(row):
            t.cell(i, j).text = N(val)
            if i == 0:
                for r in t.cell(i, j).paragraphs[0].runs: r.bold = True
    for ln in NE02_AFTER_TABLE.split("\n"):
        doc.add_paragraph(N(ln))
    tail = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(tail.rows[0].cells, [NE02_TAIL_LEFT, NE02_TAIL_RIGHT]):
        cell.text = ""
        for i, ln in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.add_run(N(ln))
    doc.save(path)


# ---------------------------------------------------------------- ne04 (.pdf)
NE04_TEXT = """UBND HUYỆN THẠCH VỌNG LÂM
TRUNG TÂM VĂN HÓA - THỂ THAO
Số: 46/TTVHTT-NV
V/v thông báo giờ mở cửa và giá vé bể bơi hè năm 2026
@@RIGHT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@@RIGHT Độc lập - Tự do - Hạnh phúc
@@RIGHT Thạch Vọng Lâm, ngày 29 tháng 5 năm 2026

Kính gửi:
- Phòng Giáo dục và Đào tạo huyện;
- Ban Thường vụ Huyện đoàn;
- Ủy ban nhân dân các xã, thị trấn.

Thực hiện Chỉ thị số 05/CT-UBND ngày 14/4/2026 của Chủ tịch Ủy ban nhân dân huyện về tăng cường an toàn trường học và phòng, chống đuối nước cho trẻ em, học sinh; căn cứ Quyết định số 212/QĐ-UBND ngày 18/5/2026 của Ủy ban nhân dân huyện phê duyệt giá dịch vụ bể bơi năm 2026 và Thông báo số 27-TB/HĐTN ngày 22/5/2026 của Ban Thường vụ Huyện đoàn về lịch mở lớp dạy bơi, Trung tâm Văn hóa - Thể thao huyện thông báo giờ mở cửa, giá vé bể bơi hè năm 2026 như sau:

1. Thời gian và giờ mở cửa
Bể bơi Trung tâm (bể chính 25 m x 12,5 m, sâu từ 0,9 m đến 1,6 m; bể trẻ em sâu 0,6 m) phục vụ nhân dân từ ngày 01/6/2026 đến hết ngày 31/8/2026.
- Buổi sáng: từ 5h30 đến 9h00, tất cả các ngày trong tuần.
- Buổi chiều: từ 15h00 đến 19h30, từ thứ Ba đến Chủ nhật.
- Chiều thứ Hai hằng tuần nghỉ để vệ sinh, thay nước và kiểm tra thiết bị.
- Trong thời gian từ ngày 08/6/2026 đến ngày 27/6/2026, khung giờ 7h00 - 8h30 sáng thứ Hai, thứ Tư, thứ Sáu và khung giờ 16h00 - 17h30 chiều thứ Ba, thứ Năm, thứ Bảy dành 04 làn bơi cho Lớp số 1 và Lớp số 2 của Huyện đoàn; các làn còn lại vẫn phục vụ khách.

2. Giá vé và các khoản thu
- Vé lượt người lớn: 25.000 đồng/lượt; trẻ em cao dưới 1,4 m: 15.000 đồng/lượt.
- Vé tháng người lớn: 400.000 đồng/tháng; vé tháng trẻ em: 250.000 đồng/tháng.
- Học sinh có thẻ học sinh được giảm 20% giá vé lượt và vé tháng.
- Học viên các lớp dạy bơi miễn phí theo Thông báo số 27-TB/HĐTN của Huyện đoàn được miễn toàn bộ tiền vé trong thời gian học.
- Khóa học bơi có thu phí do Trung tâm tổ chức (12 buổi, mỗi buổi 60 phút): 600.000 đồng/học viên; trẻ em thuộc hộ nghèo được miễn 100%, trẻ em thuộc hộ cận nghèo được giảm 50% học phí.
- Thuê áo phao: 10.000 đồng/lượt; thuê tủ đồ: 5.000 đồng/lượt; gửi xe máy: 3.000 đồng/lượt.

3. Bảo đảm an toàn tại bể bơi
- Trung tâm bố trí 04 nhân viên cứu hộ có chứng chỉ thường trực trong toàn bộ giờ mở cửa, mỗi ca 02 người; trang bị 40 áo phao, 10 phao tròn cứu sinh và 01 tủ thuốc sơ cứu.
- Trẻ em dưới 10 tuổi hoặc cao dưới 1,4 m phải có người lớn biết bơi đi kèm khi xuống bể chính.
- Không phục vụ người đã uống rượu, bia hoặc có biểu hiện không đủ sức khỏe.
- Trung tâm phối hợp Trung tâm Y tế huyện bố trí 01 nhân viên y tế trực tại bể bơi vào các khung giờ có lớp học bơi của Huyện đoàn.

4. Bể bơi di động
Trung tâm cho Huyện đoàn mượn không thu phí 02 bể bơi di động (kích thước mỗi bể 8 m x 16 m, sâu 1,0 m) để mở lớp tại Trường THCS Bình Lưu Khê và Trường Tiểu học Tân Mạch Điền. Tiền điện, nước vận hành (khoảng 2.500.000 đồng/bể/tháng) do Ủy ban nhân dân xã nơi đặt bể chi trả. Việc vận chuyển, lắp đặt hoàn thành trước ngày 13/6/2026.

5. Đề nghị các đơn vị
- Đề nghị Phòng Giáo dục và Đào tạo huyện thông báo giờ mở cửa, giá vé đến các trường để phổ biến cho cha mẹ học sinh.
- Đề nghị Ban Thường vụ Huyện đoàn gửi danh sách học viên Lớp số 1 và Lớp số 2 về Trung tâm trước ngày 05/6/2026 để làm thẻ vào bể.
- Đề nghị Ủy ban nhân dân các xã, thị trấn thông báo nội dung này trên hệ thống truyền thanh cơ sở ít nhất 03 lần/tuần trong tháng 6/2026.

Mọi thông tin chi tiết xin liên hệ bà Thân Thị Lụa, kế toán Trung tâm, điện thoại 0203 3861 247, thư điện tử ttvhtt.tvl@dongkhanhha.gov.vn.

Trân trọng./.

Nơi nhận:
- Như trên;
- UBND huyện (b/c);
- Phòng Văn hóa và Thông tin huyện;
- Lưu: VT, NV.
@@RIGHT GIÁM ĐỐC
@@RIGHT (Đã ký)
@@RIGHT Diệp Quang Thọ"""


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, 18)
    fd = "/usr/share/fonts/truetype/dejavu/"
    pdf.add_font("DV", "", fd + "DejaVuSerif.ttf")
    pdf.add_font("DV", "B", fd + "DejaVuSerif-Bold.ttf")
    pdf.add_page()
    pdf.set_font("DV", "", 11)
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for ln in N(NE04_TEXT).split("\n"):
        if ln.startswith("@@RIGHT "):
            pdf.set_font("DV", "B", 11)
            pdf.multi_cell(w, 6, ln[len("@@RIGHT "):], align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "", 11)
        elif ln.strip() == "":
            pdf.ln(3)
        else:
            bold = ln[:2] in {"1.", "2.", "3.", "4.", "5."} or ln.isupper() or ln.startswith("Số:")
            pdf.set_font("DV", "B" if bold else "", 11)
            pdf.multi_cell(w, 6, ln, align="J" if len(ln) > 90 else "L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "", 11)
    pdf.output(path)


if __name__ == "__main__":
    build_docx(os.path.join(CORPUS, "ne02_ke_hoach_pgd_an_toan_boi.docx"))
    build_pdf(os.path.join(CORPUS, "ne04_cong_van_gio_mo_be_boi.pdf"))
    print("built")
