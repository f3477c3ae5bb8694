#!/usr/bin/env python3
"""Rebuild nr03 (.pdf, fpdf2) and nr04 (.docx, python-docx) from the text kept here."""
import os, unicodedata
from fpdf import FPDF
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- nr03 (PDF)
CV_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH HẠ LƯƠNG ĐÔNG", "-------", "Số: 1184/UBND-KT",
           "V/v triển khai thí điểm lắp đặt điện", "mặt trời mái nhà tại trụ sở cơ quan,", "trường học, trạm y tế"]
CV_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "",
            "Hạ Lương Đông, ngày 20 tháng 5 năm 2026", "", ""]
CV_BODY = [
("b", "Kính gửi:"),
("k", "- Sở Công Thương;"),
("k", "- Sở Tài chính;"),
("k", "- Sở Xây dựng;"),
("k", "- Sở Giáo dục và Đào tạo;"),
("k", "- Sở Y tế;"),
("k", "- Công ty Điện lực Hạ Lương Đông;"),
("k", "- UBND các huyện, thành phố."),
("p", "Thực hiện Chương trình hành động số 14-CTr/TU ngày 20/01/2026 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 37/KH-SCT ngày 25/02/2026 của Sở Công Thương; xét đề nghị của Sở Công Thương tại Tờ trình số 58/TTr-SCT ngày 12/5/2026 về danh mục điểm thí điểm điện mặt trời mái nhà (sau đây viết tắt là ĐMTMN), Chủ tịch UBND tỉnh có ý kiến như sau:"),
("p", "1. Thống nhất danh mục 12 điểm thí điểm lắp đặt ĐMTMN tự sản xuất, tự tiêu thụ tại trụ sở cơ quan, trường học, trạm y tế (có Phụ lục kèm theo) với tổng công suất 420 kWp, tổng kinh phí 6,3 tỷ đồng; trong đó ngân sách tỉnh hỗ trợ 70% (4,41 tỷ đồng), phần đối ứng 30% do ngân sách cấp huyện và đơn vị sử dụng bảo đảm. Phân bổ cụ thể: huyện Tràng Lĩnh 05 điểm, 180 kWp; huyện Phù Sa Hạ 04 điểm, 140 kWp; thành phố Hòa Lương 03 điểm, 100 kWp."),
("p", "2. Yêu cầu kỹ thuật đối với các điểm thí điểm:"),
("p", "a) Công suất lắp đặt tại mỗi điểm không quá 50 kWp và không vượt quá nhu cầu phụ tải ban ngày của đơn vị;"),
("p", "b) Không lắp đặt trên mái tôn đã xuống cấp, mái fibro xi măng hoặc công trình chưa được Sở Xây dựng xác nhận an toàn kết cấu;"),
("p", "c) Tấm pin có hiệu suất chuyển đổi từ 21% trở lên, thời gian bảo hành sản phẩm tối thiểu 12 năm; bộ biến tần (inverter) có chức năng chống phát ngược lên lưới điện;"),
("p", "d) Hệ thống phải được trang bị thiết bị đóng cắt, chống sét và được nghiệm thu phòng cháy, chữa cháy trước khi đưa vào vận hành."),
("p", "3. Giao Sở Công Thương chủ trì, phối hợp với Sở Xây dựng hướng dẫn trình tự, thủ tục đầu tư, kiểm tra, nghiệm thu các điểm thí điểm; theo dõi sản lượng điện phát và tổng hợp, báo cáo UBND tỉnh kết quả thí điểm trước ngày 15/12/2026."),
("p", "4. Giao Sở Tài chính tham mưu bố trí 4,41 tỷ đồng từ nguồn tiết kiệm chi thường xuyên năm 2026 của ngân sách tỉnh để hỗ trợ các điểm thí điểm, hoàn thành trước ngày 30/6/2026."),
("p", "5. Sở Giáo dục và Đào tạo, Sở Y tế chỉ đạo các trường học, trạm y tế có trong danh mục phân công viên chức theo dõi vận hành hệ thống, ghi chép sản lượng điện hằng ngày và không tự ý thay đổi thiết bị sau khi nghiệm thu."),
("p", "6. UBND các huyện, thành phố có điểm thí điểm (UBND huyện Tràng Lĩnh, UBND huyện Phù Sa Hạ, UBND thành phố Hòa Lương) bố trí vốn đối ứng, lựa chọn nhà thầu theo quy định và hoàn thành lắp đặt trước ngày 30/9/2026, trong đó UBND huyện Tràng Lĩnh có trách nhiệm tổng kết kinh nghiệm lắp đặt tại Trường THCS xã Pác Sum để các địa phương khác tham khảo."),
("p", "7. Đề nghị Công ty Điện lực Hạ Lương Đông hướng dẫn các đơn vị thực hiện thỏa thuận đấu nối, lắp đặt công tơ đo đếm hai chiều trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ; chia sẻ số liệu sản lượng hằng tháng cho Sở Công Thương."),
("p", "8. Các cơ quan, đơn vị có liên quan gửi báo cáo tiến độ về Sở Công Thương định kỳ hằng tháng, trước ngày 25, để tổng hợp báo cáo UBND tỉnh. Quá trình thực hiện có vướng mắc vượt thẩm quyền, báo cáo UBND tỉnh (qua Sở Công Thương) để xem xét, giải quyết."),
("p", "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./."),
]
CV_NOINHAN = ["Nơi nhận:", "- Như trên;", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- Chủ tịch, các PCT UBND tỉnh;",
              "- Văn phòng Tỉnh ủy;", "- VP UBND tỉnh: CVP, các PCVP;", "- Lưu: VT, KT."]
CV_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)", "", "Triệu Thị Hoan"]


def build_pdf():
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, 15)
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSerif.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
    pdf.add_font("DV", "I", FONT_DIR + "DejaVuSerif-Italic.ttf")
    pdf.add_page()
    for l, r in zip(CV_LEFT, CV_RIGHT):
        pdf.set_font("DV", "B" if l.isupper() or l.startswith("TỈNH") else "", 9.5)
        pdf.cell(75, 5.2, N(l), align="C")
        pdf.set_font("DV", "I" if r.startswith("Hạ") else "B", 9.5)
        pdf.cell(0, 5.2, N(r), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in CV_BODY:
        if kind == "b":
            pdf.set_font("DV", "B", 11)
            pdf.set_x(55)
            pdf.cell(0, 6, N(text), new_x="LMARGIN", new_y="NEXT")
        elif kind == "k":
            pdf.set_font("DV", "", 11)
            pdf.set_x(75)
            pdf.cell(0, 5.6, N(text), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DV", "", 11)
            pdf.multi_cell(0, 5.8, N(text), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
    pdf.ln(3)
    y = pdf.get_y()
    if y > 230:
        pdf.add_page(); y = pdf.get_y()
    pdf.set_font("DV", "", 9)
    for i, t in enumerate(CV_NOINHAN):
        pdf.set_xy(20, y + i * 4.8)
        pdf.set_font("DV", "BI" if i == 0 else "", 9) if i else pdf.set_font("DV", "B", 9.5)
        pdf.cell(80, 4.8, N(t))
    for i, t in enumerate(CV_SIGN):
        pdf.set_xy(110, y + i * 5.5)
        pdf.set_font("DV", "I" if t.startswith("(") else "B", 10.5)
        pdf.cell(80, 5.5, N(t), align="C")
    out = os.path.join(CORPUS, "nr03_cv1184_ubnd_tinh_dien_mat_troi_mai_nha.pdf")
    pdf.output(out)
    return out

# ---------------------------------------------------------------- nr04 (DOCX)
BC_HEADER = (["ỦY BAN NHÂN DÂN", "HUYỆN TRÀNG LĨNH", "-------", "Số: 96/BC-UBND"],
             ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
              "Tràng Lĩnh, ngày 06 tháng 7 năm 2026"])
BC_TITLE = ["BÁO CÁO", "Kết quả thực hiện sử dụng năng lượng tiết kiệm, hiệu quả và thí điểm",
            "điện mặt trời mái nhà 6 tháng đầu năm 2026 trên địa bàn huyện Tràng Lĩnh"]
BC_BODY1 = [
"Thực hiện Kế hoạch số 37/KH-SCT ngày 25/02/2026 của Sở Công Thương và Văn bản số 1184/UBND-KT ngày 20/5/2026 của UBND tỉnh, UBND huyện Tràng Lĩnh báo cáo kết quả 6 tháng đầu năm 2026 như sau:",
"I. CÔNG TÁC CHỈ ĐẠO, TUYÊN TRUYỀN",
"1. UBND huyện ban hành Kế hoạch số 52/KH-UBND ngày 10/3/2026 triển khai thực hiện trên địa bàn huyện; thành lập Tổ công tác tiết kiệm năng lượng do đồng chí Phó Chủ tịch UBND huyện Tô Hải Yến làm Tổ trưởng.",
"2. Hưởng ứng Giờ Trái Đất năm 2026, huyện tổ chức chương trình văn nghệ, diễu hành vào tối ngày 28/3/2026 tại Nhà Văn hóa Tràng Lĩnh với khoảng 650 cán bộ, đoàn viên, học sinh tham gia; trong 01 giờ tắt đèn, lượng điện tiết kiệm trên địa bàn huyện ước đạt 1.850 kWh.",
"3. Đài Truyền thanh huyện phát 24 tin, bài; các trường học tổ chức 18 buổi sinh hoạt dưới cờ với chủ đề tiết kiệm điện.",
"II. KẾT QUẢ THỰC HIỆN",
"1. Kết quả tiết kiệm điện",
"Sáu tháng đầu năm 2026, điện năng tiêu thụ của 86 cơ quan, đơn vị sử dụng ngân sách trên địa bàn huyện giảm 9,6% so với cùng kỳ năm 2025, vượt mục tiêu 5% của Kế hoạch số 37/KH-SCT. Kết quả tại một số đơn vị tiêu biểu như sau:",
]
BC_TABLE = [
["TT", "Cơ quan, đơn vị", "6 tháng 2025 (kWh)", "6 tháng 2026 (kWh)", "Chênh lệch (kWh)", "Tỷ lệ (%)"],
["1", "Văn phòng HĐND và UBND huyện", "96.400", "84.700", "giảm 11.700", "giảm 12,1%"],
["2", "Trung tâm Y tế huyện Tràng Lĩnh", "212.500", "196.300", "giảm 16.200", "giảm 7,6%"],
["3", "Trường THCS xã Pác Sum", "28.600", "24.450", "giảm 4.150", "giảm 14,5%"],
["4", "Trạm Y tế xã Khuổi Liềng", "18.200", "16.900", "giảm 1.300", "giảm 7,1%"],
["5", "Trường Tiểu học thị trấn Tràng Lĩnh", "31.500", "27.800", "giảm 3.700", "giảm 11,7%"],
["6", "Phòng Giáo dục và Đào tạo huyện", "14.800", "14.300", "giảm 500", "giảm 3,4%"],
["7", "Trạm Y tế xã Lũng Vân Hạ", "15.600", "16.100", "tăng 500", "tăng 3,2%"],
["", "Cộng 7 đơn vị", "417.600", "380.550", "giảm 37.050", "giảm 8,9%"],
]
BC_BODY2 = [
"2. Thay thế đèn LED: đã thay thế 1.260 bộ đèn LED tại 34 cơ quan, trường học, trạm y tế, đạt 72% kế hoạch năm của huyện.",
"3. Thí điểm điện mặt trời mái nhà: huyện được giao 05 điểm với tổng công suất 180 kWp, tổng kinh phí 2,7 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 1,89 tỷ đồng, ngân sách huyện đối ứng 810.000.000 đồng. Đến ngày 30/6/2026, đã hoàn thành lắp đặt hệ thống 40 kWp tại Trường THCS xã Pác Sum, đưa vào vận hành từ ngày 02/6/2026, sản lượng tháng 6 đạt 4.720 kWh; đang lắp đặt hệ thống 20 kWp tại Trạm Y tế xã Khuổi Liềng; 03 điểm còn lại (Trung tâm Y tế huyện 50 kWp, Văn phòng HĐND và UBND huyện 40 kWp, Trường Tiểu học thị trấn Tràng Lĩnh 30 kWp) đang lựa chọn nhà thầu.",
"III. TỒN TẠI, HẠN CHẾ",
"1. Điện năng tiêu thụ của Trạm Y tế xã Lũng Vân Hạ tăng 3,2% do bổ sung 02 máy điều hòa và 01 tủ lạnh bảo quản vắc xin.",
"2. Một số đơn vị chưa nhập số liệu điện năng hằng tháng đúng hạn; kinh phí hỗ trợ của tỉnh cho các điểm thí điểm chưa được cấp, ảnh hưởng đến tiến độ lắp đặt.",
"IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026",
"1. Giao Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Phòng Tài chính - Kế hoạch đôn đốc hoàn thành lắp đặt 04 điểm thí điểm còn lại trước ngày 30/9/2026.",
"2. Phòng Giáo dục và Đào tạo chỉ đạo các trường mầm non, tiểu học, THCS hoàn thành thay thế 100% đèn LED trước ngày 31/10/2026.",
"3. Trung tâm Y tế huyện rà soát thiết bị tiêu thụ điện tại các trạm y tế, trong đó Trạm Y tế xã Lũng Vân Hạ có trách nhiệm xây dựng lịch vận hành máy điều hòa hợp lý, báo cáo trước ngày 31/7/2026.",
"4. Các cơ quan, đơn vị tiếp tục cập nhật số liệu điện năng hằng tháng, trong đó Điện lực Tràng Lĩnh có trách nhiệm cung cấp số liệu đo đếm của các điểm thí điểm cho Phòng Kinh tế và Hạ tầng trước ngày 05 hằng tháng.",
"5. Đề nghị Ủy ban MTTQ Việt Nam huyện và Huyện đoàn Tràng Lĩnh tuyên truyền, vận động nhân dân tiết kiệm điện trong sinh hoạt, nhất là trong các tháng cao điểm nắng nóng.",
"V. KIẾN NGHỊ",
"1. Đề nghị Sở Tài chính sớm cấp kinh phí hỗ trợ 1,89 tỷ đồng cho 05 điểm thí điểm của huyện.",
"2. Đề nghị Sở Công Thương tổ chức tập huấn kỹ năng vận hành hệ thống ĐMTMN cho viên chức phụ trách tại các trường học, trạm y tế.",
"Thông tin chi tiết liên hệ đồng chí Bế Thị Ngân, Phó Trưởng phòng Kinh tế và Hạ tầng huyện, điện thoại 0915.472.368.",
"Trên đây là báo cáo kết quả 6 tháng đầu năm 2026 của UBND huyện Tràng Lĩnh./.",
]
BC_NOINHAN = ["Nơi nhận:", "- Sở Công Thương (b/c);", "- UBND tỉnh (b/c);", "- TT Huyện ủy, TT HĐND huyện;",
              "- CT, các PCT UBND huyện;", "- Các cơ quan, đơn vị trực thuộc;", "- Lưu: VT, KTHT."]
BC_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)", "", "Tô Hải Yến"]


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    t = doc.add_table(rows=1, cols=2)
    for ci, lines in enumerate(BC_HEADER):
        cell = t.rows[0].cells[ci]
        cell.text = ""
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(N(line)); r.bold = i < 2
    for i, line in enumerate(BC_TITLE):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(line)); r.bold = True
    for line in BC_BODY1:
        p = doc.add_paragraph(N(line))
        if line[:3] in ("I. ", "II.") : p.runs[0].bold = True
    tb = doc.add_table(rows=len(BC_TABLE), cols=6)
    tb.style = "Table Grid"
    for ri, row in enumerate(BC_TABLE):
        for ci, v in enumerate(row):
            tb.cell(ri, ci).text = N(v)
            if ri == 0:
                tb.cell(ri, ci).paragraphs[0].runs[0].bold = True
    for line in BC_BODY2:
        p = doc.add_paragraph(N(line))
        if line.split(" ")[0] in ("III.", "IV.", "V."): p.runs[0].bold = True
    t2 = doc.add_table(rows=1, cols=2)
    for ci, lines in enumerate((BC_NOINHAN, BC_SIGN)):
        cell = t2.rows[0].cells[ci]; cell.text = ""
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            if ci == 1: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(N(line)); r.bold = (ci == 1 and not line.startswith("(")) or i == 0
    out = os.path.join(CORPUS, "nr04_bc96_ubnd_huyen_trang_linh_6_thang.docx")
    doc.save(out)
    return out


if __name__ == "__main__":
    print(build_pdf())
    print(build_docx())
