#!/usr/bin/env python3
"""Rebuild mt02 (.docx) and mt05 (.pdf) of the blind110 set from the text kept here."""
import os, unicodedata
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- mt02 .docx
QD_HEAD_LEFT = ["ỦY BAN NHÂN DÂN", "HUYỆN KHE LÃM", "Số: 1426/QĐ-UBND"]
QD_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "Khe Lãm, ngày 06 tháng 9 năm 2024"]
QD_TITLE = ["QUYẾT ĐỊNH",
            "Về việc phê duyệt danh sách trường phổ thông dân tộc bán trú được hỗ trợ cải tạo bếp ăn và lắp đặt thiết bị lọc nước năm học 2024 - 2025",
            "ỦY BAN NHÂN DÂN HUYỆN KHE LÃM"]
QD_BASES = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
    "Căn cứ Nghị quyết số 27/2024/NQ-HĐND ngày 12/7/2024 của HĐND tỉnh Phú Mỹ Thượng quy định chính sách hỗ trợ cơ sở vật chất phục vụ bán trú cho trường phổ thông dân tộc bán trú trên địa bàn tỉnh;",
    "Căn cứ Kế hoạch liên tịch số 31/KHLT-GDĐT-TTYT ngày 20/8/2024 của Phòng Giáo dục và Đào tạo và Trung tâm Y tế huyện về bảo đảm dinh dưỡng, nước sạch và an toàn thực phẩm trong các trường phổ thông dân tộc bán trú năm học 2024 - 2025;",
    "Theo đề nghị của Trưởng phòng Giáo dục và Đào tạo tại Tờ trình số 96/TTr-GDĐT ngày 30/8/2024 và ý kiến thẩm định của Phòng Tài chính - Kế hoạch tại Văn bản số 244/TCKH ngày 04/9/2024.",
]
QD_ART1 = "Điều 1. Phê duyệt danh sách 06 trường phổ thông dân tộc bán trú (PTDTBT) được hỗ trợ cải tạo bếp ăn bán trú và lắp đặt thiết bị lọc nước năm học 2024 - 2025, với tổng kinh phí 937.000.000 đồng (Chín trăm ba mươi bảy triệu đồng), cụ thể như sau:"
QD_TABLE = [
    ["TT", "Tên trường", "Xã", "Số học sinh bán trú", "Hạng mục hỗ trợ", "Kinh phí (đồng)"],
    ["1", "Trường PTDTBT Tiểu học Tà Rùng", "Tà Rùng", "212", "Cải tạo bếp ăn; lắp máy lọc nước RO công suất 150 lít/giờ", "185.000.000"],
    ["2", "Trường PTDTBT THCS Tà Rùng", "Tà Rùng", "186", "Lắp máy lọc nước RO; thay bồn chứa inox 3.000 lít", "142.000.000"],
    ["3", "Trường PTDTBT TH&THCS Pà Vằn", "Pà Vằn", "254", "Cải tạo bếp ăn và kho gạo; lắp máy lọc nước công suất 200 lít/giờ", "236.000.000"],
    ["4", "Trường PTDTBT Tiểu học Lũng Pô", "Lũng Pô", "148", "Lắp máy lọc nước; làm mái che khu chia thức ăn", "118.000.000"],
    ["5", "Trường PTDTBT THCS Sín Chải Hồ", "Sín Chải Hồ", "173", "Cải tạo bếp ăn; mua tủ lưu mẫu thức ăn; thay lõi lọc máy lọc nước hiện có", "160.000.000"],
    ["6", "Trường PTDTBT Tiểu học Nậm Cáy", "Nậm Cáy", "131", "Lắp máy lọc nước; xây bể lắng nước đầu nguồn", "96.000.000"],
    ["", "Cộng", "", "1.104", "", "937.000.000"],
]
QD_AFTER_TABLE = [
    "Nguồn kinh phí: ngân sách huyện năm 2024 (nguồn sự nghiệp giáo dục) 650.000.000 đồng; nguồn hỗ trợ có mục tiêu của tỉnh theo Nghị quyết số 27/2024/NQ-HĐND là 287.000.000 đồng.",
    "Điều 2. Tổ chức thực hiện",
    "1. Giao Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Phòng Tài chính - Kế hoạch hướng dẫn các trường lập dự toán chi tiết, tổ chức mua sắm, lắp đặt theo đúng quy định; kiểm tra, nghiệm thu và tổng hợp kết quả, báo cáo UBND huyện trước ngày 15/12/2024.",
    "2. Phòng Tài chính - Kế hoạch có trách nhiệm thẩm định dự toán, cấp phát kinh phí cho các trường theo tiến độ, hướng dẫn thanh toán, quyết toán; đợt 1 cấp 70% kinh phí cho các trường trong tháng 9/2024, số còn lại cấp sau khi nghiệm thu.",
    "3. Trung tâm Y tế huyện phối hợp lấy mẫu xét nghiệm nước sau khi lắp đặt thiết bị lọc, chậm nhất 10 ngày sau khi thiết bị được bàn giao đưa vào sử dụng; thông báo kết quả cho nhà trường và Phòng Giáo dục và Đào tạo.",
    "4. Ban Quản lý dự án đầu tư xây dựng huyện hỗ trợ kỹ thuật, giám sát hạng mục cải tạo bếp ăn tại Trường PTDTBT Tiểu học Tà Rùng, Trường PTDTBT TH&THCS Pà Vằn và Trường PTDTBT THCS Sín Chải Hồ.",
    "5. Hiệu trưởng các trường có tên tại Điều 1 chịu trách nhiệm sử dụng kinh phí đúng mục đích, hoàn thành việc lắp đặt, đưa thiết bị vào sử dụng trước ngày 30/11/2024; công khai kinh phí được hỗ trợ tại cuộc họp cha mẹ học sinh và trên bảng tin của trường.",
    "6. UBND các xã Tà Rùng, Pà Vằn, Lũng Pô, Sín Chải Hồ, Nậm Cáy phối hợp bảo đảm mặt bằng thi công, nguồn nước đầu vào cho thiết bị lọc; tổ chức giám sát cộng đồng trong quá trình cải tạo bếp ăn và lắp đặt thiết bị.",
    "7. Trường hợp có phát sinh, vướng mắc vượt thẩm quyền, Phòng Giáo dục và Đào tạo tổng hợp, đề xuất UBND huyện xem xét, quyết định; không tự ý điều chỉnh hạng mục, kinh phí đã được phê duyệt tại Điều 1.",
    "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
    "Chánh Văn phòng HĐND và UBND huyện; Trưởng phòng Giáo dục và Đào tạo; Trưởng phòng Tài chính - Kế hoạch; Giám đốc Trung tâm Y tế huyện; Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện; Chủ tịch UBND các xã Tà Rùng, Pà Vằn, Lũng Pô, Sín Chải Hồ, Nậm Cáy; Hiệu trưởng các trường có tên tại Điều 1 và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
]
QD_RECIP = ["Nơi nhận:", "- Như Điều 3;", "- Sở Giáo dục và Đào tạo tỉnh (b/c);", "- TT Huyện ủy, TT HĐND huyện (b/c);",
            "- Chủ tịch, các PCT UBND huyện;", "- Kho bạc Nhà nước Khe Lãm;", "- Lưu: VT, GDĐT."]
QD_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Văn Thiêm"]


def build_docx(path):
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    t = d.add_table(rows=3, cols=2)
    for i in range(3):
        t.cell(i, 0).text = N(QD_HEAD_LEFT[i]); t.cell(i, 1).text = N(QD_HEAD_RIGHT[i])
    for s in QD_TITLE:
        p = d.add_paragraph(); r = p.add_run(N(s)); r.bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for s in QD_BASES:
        d.add_paragraph(N(s))
    p = d.add_paragraph(); r = p.add_run("QUYẾT ĐỊNH:"); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(N(QD_ART1))
    tb = d.add_table(rows=len(QD_TABLE), cols=len(QD_TABLE[0])); tb.style = "Table Grid"
    for i, row in enumerate(QD_TABLE):
        for j, c in enumerate(row):
            tb.cell(i, j).text = N(c)
    for s in QD_AFTER_TABLE:
        d.add_paragraph(N(s))
    sig = d.add_table(rows=1, cols=2)
    sig.cell(0, 0).text = N("\n".join(QD_RECIP)); sig.cell(0, 1).text = N("\n".join(QD_SIGN))
    d.save(path)

# ---------------------------------------------------------------- mt05 .pdf
BC_HEAD = [("UBND HUYỆN KHE LÃM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
           ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Độc lập - Tự do - Hạnh phúc"),
           ("Số: 18/BC-GDĐT", "Khe Lãm, ngày 17 tháng 01 năm 2025")]
BC_TITLE = ["BÁO CÁO", "Kết quả thực hiện công tác bán trú, dinh dưỡng và nước sạch",
            "học kỳ I năm học 2024 - 2025", "Kính gửi: Ủy ban nhân dân huyện Khe Lãm"]
BC_BODY1 = [
    "Thực hiện Kế hoạch liên tịch số 31/KHLT-GDĐT-TTYT ngày 20/8/2024 của Phòng Giáo dục và Đào tạo và Trung tâm Y tế huyện; Quyết định số 1426/QĐ-UBND ngày 06/9/2024 của UBND huyện về việc phê duyệt danh sách trường PTDTBT được hỗ trợ cải tạo bếp ăn và lắp đặt thiết bị lọc nước, Phòng Giáo dục và Đào tạo báo cáo kết quả thực hiện học kỳ I năm học 2024 - 2025 như sau:",
    "#I. KẾT QUẢ THỰC HIỆN",
    "#1. Quy mô bán trú",
    "Toàn huyện có 06 trường PTDTBT với 1.104 học sinh bán trú trên tổng số 1.596 học sinh, chiếm 69,2%. Tổng số nhân viên nấu ăn là 29 người.",
    "#2. Thực hiện chính sách hỗ trợ tiền ăn và gạo",
    "- Tiền ăn: mức 936.000 đồng/học sinh/tháng, đã chi trả đủ 04 tháng (từ tháng 9 đến tháng 12/2024) cho 1.104 học sinh với tổng số tiền 4.133.376.000 đồng.",
    "- Gạo: định mức 15 kg gạo/học sinh/tháng; học kỳ I đã cấp 66.240 kg gạo qua 02 đợt, đợt 1 cấp 33.120 kg từ ngày 21/10 đến ngày 24/10/2024, đợt 2 cấp 33.120 kg từ ngày 18/12 đến ngày 20/12/2024.",
    "Số liệu theo từng trường như sau:",
]
BC_TABLE = [
    ["TT", "Trường", "HS bán trú", "Gạo đã cấp HK I (kg)", "Máy lọc nước (ngày bàn giao)"],
    ["1", "PTDTBT Tiểu học Tà Rùng", "212", "12.720", "08/11/2024"],
    ["2", "PTDTBT THCS Tà Rùng", "186", "11.160", "15/11/2024"],
    ["3", "PTDTBT TH&THCS Pà Vằn", "254", "15.240", "28/10/2024"],
    ["4", "PTDTBT Tiểu học Lũng Pô", "148", "8.880", "20/11/2024"],
    ["5", "PTDTBT THCS Sín Chải Hồ", "173", "10.380", "10/10/2024 (thay lõi lọc)"],
    ["6", "PTDTBT Tiểu học Nậm Cáy", "131", "7.860", "Chưa hoàn thành"],
    ["", "Tổng cộng", "1.104", "66.240", "05/06 trường"],
]
BC_BODY2 = [
    "#3. Cải tạo bếp ăn, lắp đặt thiết bị lọc nước theo Quyết định số 1426/QĐ-UBND",
    "Đã có 05/06 trường hoàn thành lắp đặt, đưa thiết bị lọc nước vào sử dụng trước ngày 30/11/2024. Trường PTDTBT Tiểu học Nậm Cáy chưa hoàn thành do tuyến đường liên thôn bị sạt lở, vật tư chưa vận chuyển được; dự kiến hoàn thành trong tháng 02/2025.",
    "Kinh phí đã giải ngân 871.000.000 đồng trên tổng số 937.000.000 đồng được phê duyệt, đạt 93,0%; trong đó Trường PTDTBT Tiểu học Nậm Cáy mới tạm ứng 30.000.000 đồng.",
    "#4. Kiểm tra an toàn thực phẩm và xét nghiệm nước",
    "- Đoàn kiểm tra liên ngành do Trung tâm Y tế huyện chủ trì đã kiểm tra đợt 1 tại 06/06 trường từ ngày 12/11 đến ngày 22/11/2024. Kết quả: 04 trường xếp loại Đạt; 02 trường (Trường PTDTBT TH&THCS Pà Vằn và Trường PTDTBT Tiểu học Lũng Pô) xếp loại Đạt nhưng có tồn tại phải khắc phục. Trường PTDTBT TH&THCS Pà Vằn đã báo cáo khắc phục xong ngày 02/12/2024.",
    "- Trạm Y tế các xã thực hiện 21 lượt giám sát bữa ăn bán trú.",
    "- Đã xét nghiệm 10 mẫu nước sau lọc, 09 mẫu đạt quy chuẩn; 01 mẫu tại Trường PTDTBT Tiểu học Lũng Pô không đạt chỉ tiêu coliform, nhà trường đã thay lõi lọc, kết quả xét nghiệm lại ngày 16/12/2024 đạt quy chuẩn.",
    "- 29/29 nhân viên nấu ăn (100%) đã được khám sức khỏe và tập huấn kiến thức an toàn thực phẩm. Trong học kỳ I không xảy ra ngộ độc thực phẩm tại các bếp ăn bán trú.",
    "#5. Dinh dưỡng và các hoạt động hỗ trợ",
    "- Tỷ lệ học sinh bán trú suy dinh dưỡng thể thấp còi giảm từ 18,6% (tháng 9/2024) xuống 17,9% (tháng 12/2024), giảm 0,7%.",
    "- Huyện đoàn Khe Lãm phối hợp các trường xây dựng mô hình \"Vườn rau bán trú\" tại 06/06 trường với tổng diện tích 1.850 m², thu hoạch khoảng 2,4 tấn rau xanh bổ sung cho bữa ăn.",
    "- Ủy ban MTTQ Việt Nam huyện và Hội Liên hiệp Phụ nữ huyện vận động được 126.500.000 đồng và 420 bộ chăn, áo ấm trao cho học sinh bán trú.",
    "#II. TỒN TẠI, HẠN CHẾ",
    "- Trường PTDTBT Tiểu học Nậm Cáy chưa có thiết bị lọc nước, học sinh vẫn phải dùng nước đun sôi từ nguồn tự chảy.",
    "- Một số trường ghi chép sổ kiểm thực ba bước chưa đầy đủ, nhãn mẫu lưu chưa ghi giờ lấy mẫu.",
    "- Tỷ lệ suy dinh dưỡng thể thấp còi giảm chậm so với chỉ tiêu giảm 1,5% của cả năm học; giá thực phẩm tăng làm ảnh hưởng đến chất lượng bữa ăn.",
    "#III. NHIỆM VỤ TRỌNG TÂM HỌC KỲ II",
    "1. Phòng Giáo dục và Đào tạo chủ trì, phối hợp Phòng Tài chính - Kế hoạch đôn đốc Trường PTDTBT Tiểu học Nậm Cáy hoàn thành lắp đặt thiết bị lọc nước trong tháng 02/2025; hoàn thành quyết toán kinh phí theo Quyết định số 1426/QĐ-UBND trước ngày 31/3/2025.",
    "2. Đề nghị Trung tâm Y tế huyện tổ chức kiểm tra an toàn thực phẩm liên ngành đợt 2 trong tháng 3/2025 và xét nghiệm mẫu nước sau lọc quý I/2025 tại 06 trường.",
    "3. Các trường PTDTBT tổ chức cân, đo học sinh bán trú trong tháng 4/2025; điều chỉnh thực đơn, tăng thức ăn giàu đạm từ sản phẩm vườn rau, ao cá của trường.",
    "#IV. KIẾN NGHỊ",
    "Đề nghị UBND huyện bổ sung 45.000.000 đồng cho Trường PTDTBT Tiểu học Nậm Cáy để xử lý phát sinh khi xây bể lắng nước đầu nguồn; chỉ đạo Phòng Kinh tế và Hạ tầng sớm khắc phục tuyến đường liên thôn bị sạt lở.",
    "Phòng Giáo dục và Đào tạo trân trọng báo cáo./.",
]
BC_RECIP = ["Nơi nhận:", "- Như trên;", "- Sở GD&ĐT tỉnh Phú Mỹ Thượng (b/c);", "- Trung tâm Y tế huyện;",
            "- Các trường PTDTBT;", "- Lưu: VT, GDĐT."]
BC_SIGN = ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "(Đã ký)", "Hà Thị Liên Hương"]


def build_pdf(path):
    fd = "/usr/share/fonts/truetype/dejavu/"
    pdf = FPDF(format="A4"); pdf.set_margins(20, 18, 18); pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", fd + "DejaVuSerif.ttf"); pdf.add_font("DV", "B", fd + "DejaVuSerif-Bold.ttf")
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    for l, r in BC_HEAD:
        pdf.set_font("DV", "B", 10); pdf.cell(W * 0.42, 6, N(l), align="C")
        pdf.cell(W * 0.58, 6, N(r), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for i, s in enumerate(BC_TITLE):
        pdf.set_font("DV", "B" if i == 0 else "", 13 if i == 0 else 11)
        pdf.multi_cell(W, 6, N(s), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def para(lines):
        for s in lines:
            if s.startswith("#"):
                pdf.set_font("DV", "B", 11); s = s[1:]
            else:
                pdf.set_font("DV", "", 11)
            pdf.multi_cell(W, 6, N(s), align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    para(BC_BODY1)
    pdf.set_font("DV", "", 9.5)
    with pdf.table(col_widths=(8, 52, 20, 28, 42), text_align="LEFT") as t:
        for row in BC_TABLE:
            r = t.row()
            for c in row:
                r.cell(N(c))
    pdf.ln(3)
    para(BC_BODY2)
    pdf.ln(4)
    y = pdf.get_y()
    pdf.set_font("DV", "", 9.5)
    pdf.multi_cell(W * 0.5, 5, N("\n".join(BC_RECIP)), new_x="RIGHT", new_y="TOP")
    pdf.set_xy(pdf.l_margin + W * 0.5, y); pdf.set_font("DV", "B", 11)
    pdf.multi_cell(W * 0.5, 6, N("\n".join(BC_SIGN)), align="C")
    pdf.output(path)


if __name__ == "__main__":
    build_docx(os.path.join(CORPUS, "mt02_qd1426_ubnd_khe_lam_danh_sach_truong_ban_tru.docx"))
    build_pdf(os.path.join(CORPUS, "mt05_bc18_pgddt_ket_qua_ban_tru_hoc_ky_1.pdf"))
    print("built")
