#!/usr/bin/env python3
"""Build the binary corpus files of eval/blind29 from text held in this script.

  qe02_kh1187_sgddt_kiem_tra_cds.docx  (python-docx, Word list numbering, schedule table)
  qe05_hd34_hnd_tinh_san_tmdt.pdf      (fpdf2 + DejaVu, text layer, page numbers)

Run: /work/main/.venv/bin/python /work/main/eval/blind29/build_qe.py
All text is invented. Does not import kg_rag.
"""
import copy
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# --------------------------------------------------------------------------- qe02
# ("c", text) centred bold; ("cn", text) centred normal; ("h", text) section heading;
# ("p", text) paragraph; ("n", text) Word auto-numbered item (restart after each "h");
# ("t", rows) table; ("r", text) right-aligned (signature block)
QE02 = [
    ("c", "ỦY BAN NHÂN DÂN TỈNH LAI HÀ TÂY"),
    ("c", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
    ("c", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("c", "Độc lập - Tự do - Hạnh phúc"),
    ("cn", "Số: 1187/KH-SGDĐT"),
    ("cn", "Lai Hà, ngày 20 tháng 3 năm 2026"),
    ("c", "KẾ HOẠCH"),
    ("c", "Kiểm tra công tác chuyển đổi số trong các cơ sở giáo dục năm 2026"),
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Căn cứ Quyết định số 131/QĐ-TTg ngày 25/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục và đào tạo giai đoạn 2022 - 2025, định hướng đến năm 2030;"),
    ("p", "Căn cứ Kế hoạch số 112/KH-UBND ngày 18/02/2026 của Ủy ban nhân dân tỉnh Lai Hà Tây thực hiện Nghị quyết số 57-NQ/TW trên địa bàn tỉnh;"),
    ("p", "Căn cứ Chỉ thị số 03/CT-UBND ngày 08/01/2026 của Chủ tịch Ủy ban nhân dân tỉnh về đẩy mạnh chuyển đổi số trong cơ quan, đơn vị năm 2026,"),
    ("p", "Sở Giáo dục và Đào tạo xây dựng Kế hoạch kiểm tra công tác chuyển đổi số trong các cơ sở giáo dục năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("n", "Đánh giá thực chất kết quả chuyển đổi số tại các cơ sở giáo dục sau một năm triển khai Kế hoạch số 112/KH-UBND của Ủy ban nhân dân tỉnh."),
    ("n", "Phát hiện khó khăn, vướng mắc để hướng dẫn khắc phục; nhân rộng cách làm hay, mô hình hiệu quả."),
    ("n", "Kiểm tra đúng trọng tâm, không gây phiền hà; không kiểm tra trùng lặp với các đoàn thanh tra chuyên ngành trong năm 2026."),
    ("h", "II. ĐỐI TƯỢNG, NỘI DUNG VÀ TIÊU CHÍ KIỂM TRA"),
    ("n", "Đối tượng kiểm tra gồm 12 đơn vị: 03 Phòng Giáo dục và Đào tạo, 04 trường trung học phổ thông, 03 trường trung học cơ sở, 01 trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên và Trường Phổ thông Dân tộc nội trú tỉnh."),
    ("n", "Nội dung và tiêu chí kiểm tra được chấm theo thang điểm 100, gồm 05 nhóm:"),
    ("p", "a) Hạ tầng, thiết bị (20 điểm): 100% phòng học được kết nối Internet; tối thiểu 70% phòng học có màn hình tương tác hoặc máy chiếu."),
    ("p", "b) Dữ liệu và phần mềm quản lý (30 điểm): cập nhật đầy đủ dữ liệu lên cơ sở dữ liệu ngành; 100% trường tiểu học, trung học cơ sở triển khai học bạ số từ năm học 2025 - 2026; sử dụng sổ điểm điện tử."),
    ("p", "c) Dạy học số (25 điểm): mỗi giáo viên có ít nhất 02 bài giảng điện tử đóng góp vào kho học liệu số của tỉnh; có tổ chức kiểm tra, đánh giá trực tuyến."),
    ("p", "d) Thanh toán không dùng tiền mặt và dịch vụ công (15 điểm): tỷ lệ thu học phí và các khoản thu không dùng tiền mặt đạt từ 90% trở lên."),
    ("p", "đ) An toàn thông tin và nhân lực (10 điểm): có cán bộ phụ trách công nghệ thông tin; 100% tài khoản quản trị hệ thống sử dụng xác thực hai lớp."),
    ("n", "Xếp loại: Tốt từ 85 điểm trở lên; Đạt từ 65 điểm đến dưới 85 điểm; Chưa đạt dưới 65 điểm."),
    ("h", "III. HÌNH THỨC, THÀNH PHẦN VÀ LỊCH KIỂM TRA"),
    ("n", "Hình thức: kiểm tra trực tiếp tại đơn vị kết hợp kiểm tra dữ liệu trên hệ thống; mỗi đơn vị được kiểm tra trong 01 buổi."),
    ("n", "Thành phần đoàn: Trưởng đoàn; 02 chuyên viên Phòng Giáo dục phổ thông; 01 chuyên viên Phòng Kế hoạch - Tài chính; 01 viên chức Trung tâm Công nghệ thông tin và Học liệu số; mời 01 cán bộ Sở Thông tin và Truyền thông tham gia."),
    ("n", "Lịch kiểm tra cụ thể:"),
    ("t", [
        ("Thời gian", "Đơn vị được kiểm tra", "Trưởng đoàn"),
        ("Sáng 14/4/2026", "Phòng Giáo dục và Đào tạo huyện Nậm Sàng; Trường THCS Phiêng Mòn", "Ông Lê Quang Định, Phó Giám đốc Sở"),
        ("Chiều 14/4/2026", "Trường THPT Nậm Sàng", "Ông Lê Quang Định, Phó Giám đốc Sở"),
        ("Sáng 16/4/2026", "Phòng Giáo dục và Đào tạo huyện Yên Khê; Trường THCS thị trấn Yên Khê", "Bà Hà Thị Mai Phương, Trưởng phòng Giáo dục phổ thông"),
        ("Chiều 16/4/2026", "Trường THPT Yên Khê", "Bà Hà Thị Mai Phương, Trưởng phòng Giáo dục phổ thông"),
        ("Sáng 21/4/2026", "Phòng Giáo dục và Đào tạo thị xã Bản Cát; Trường THCS Lê Quý Đôn", "Ông Nông Đức Hải, Chánh Văn phòng Sở"),
        ("Chiều 21/4/2026", "Trường THPT Bản Cát; Trung tâm GDNN-GDTX thị xã Bản Cát", "Ông Nông Đức Hải, Chánh Văn phòng Sở"),
        ("Sáng 23/4/2026", "Trường THPT Chuyên Lai Hà; Trường Phổ thông Dân tộc nội trú tỉnh", "Ông Lê Quang Định, Phó Giám đốc Sở"),
    ]),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("n", "Phòng Giáo dục phổ thông chủ trì, phối hợp với Văn phòng Sở xây dựng bộ công cụ kiểm tra, ban hành trước ngày 31/3/2026; tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 15/5/2026."),
    ("n", "Phòng Kế hoạch - Tài chính bố trí kinh phí kiểm tra 68.500.000 đồng từ nguồn chi thường xuyên năm 2026 của Sở."),
    ("n", "Trung tâm Công nghệ thông tin và Học liệu số chủ trì kiểm tra trên hệ thống, trích xuất dữ liệu của từng đơn vị chậm nhất 03 ngày trước mỗi buổi kiểm tra."),
    ("n", "Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố chỉ đạo các trường trực thuộc tự đánh giá theo bộ tiêu chí; cử 01 cán bộ phối hợp với đoàn khi kiểm tra trên địa bàn."),
    ("n", "Các đơn vị được kiểm tra có trách nhiệm:"),
    ("p", "a) Tự đánh giá theo bộ tiêu chí, gửi báo cáo tự đánh giá qua Hệ thống quản lý văn bản và điều hành chậm nhất 05 ngày làm việc trước ngày kiểm tra;"),
    ("p", "b) Chuẩn bị hồ sơ minh chứng gồm kế hoạch chuyển đổi số năm học, danh mục bài giảng điện tử, số liệu thu không dùng tiền mặt;"),
    ("p", "c) Bố trí Thủ trưởng đơn vị và cán bộ phụ trách công nghệ thông tin làm việc với đoàn;"),
    ("p", "d) Khắc phục tồn tại, báo cáo kết quả khắc phục về Sở trong vòng 30 ngày kể từ ngày nhận thông báo kết quả kiểm tra."),
    ("n", "Đề nghị Sở Thông tin và Truyền thông cử 01 cán bộ phụ trách an toàn thông tin tham gia đoàn kiểm tra."),
    ("p", "Sở Giáo dục và Đào tạo tổng hợp kết quả kiểm tra, báo cáo Ủy ban nhân dân tỉnh trước ngày 31/5/2026. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị liên hệ Phòng Giáo dục phổ thông, điện thoại 0213 3852 119."),
    ("p", "Nơi nhận:"),
    ("p", "- UBND tỉnh (để báo cáo);"),
    ("p", "- Giám đốc, các Phó Giám đốc Sở;"),
    ("p", "- Sở Thông tin và Truyền thông (để phối hợp);"),
    ("p", "- Các đơn vị có tên tại mục III;"),
    ("p", "- Cổng thông tin điện tử Sở;"),
    ("p", "- Lưu: VT, GDPT."),
    ("r", "KT. GIÁM ĐỐC"),
    ("r", "PHÓ GIÁM ĐỐC"),
    ("r", "(Đã ký)"),
    ("r", "Lê Quang Định"),
]


def _new_num(doc, abstract_id):
    """Create a new w:num that restarts the numbering of abstract_id at 1."""
    numbering = doc.part.numbering_part.element
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    num_id = max(ids) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abstract_id))
    num.append(an)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return num_id


def _list_number_abstract(doc):
    style = doc.styles["List Number"]
    numpr = style.element.find(qn("w:pPr")).find(qn("w:numPr"))
    num_id = numpr.find(qn("w:numId")).get(qn("w:val"))
    numbering = doc.part.numbering_part.element
    for n in numbering.findall(qn("w:num")):
        if n.get(qn("w:numId")) == num_id:
            return int(n.find(qn("w:abstractNumId")).get(qn("w:val")))
    raise RuntimeError("List Number abstract numbering not found")


def _set_num(par, num_id):
    ppr = par._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    abstract = _list_number_abstract(doc)
    cur_num = None
    for kind, val in QE02:
        if kind in ("c", "cn"):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(val)
            r.bold = kind == "c"
        elif kind == "r":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run(val).bold = val != "(Đã ký)"
        elif kind == "h":
            p = doc.add_paragraph()
            p.add_run(val).bold = True
            cur_num = _new_num(doc, abstract)
        elif kind == "n":
            p = doc.add_paragraph(val, style="List Number")
            _set_num(p, cur_num)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "t":
            t = doc.add_table(rows=0, cols=3)
            t.style = "Table Grid"
            for i, row in enumerate(val):
                cells = t.add_row().cells
                for c, txt in zip(cells, row):
                    c.text = txt
                    if i == 0:
                        c.paragraphs[0].runs[0].bold = True
        else:
            raise ValueError(kind)
    doc.save(path)


# --------------------------------------------------------------------------- qe05
# ("c", text) centred bold; ("cn", text) centred; ("h", text) bold heading;
# ("p", text) wrapped paragraph; ("r", text) right-aligned signature line
QE05 = [
    ("c", "HỘI NÔNG DÂN VIỆT NAM"),
    ("c", "BAN CHẤP HÀNH HỘI NÔNG DÂN TỈNH LAI HÀ TÂY"),
    ("cn", "Số: 34-HD/HNDT"),
    ("cn", "Lai Hà, ngày 15 tháng 4 năm 2026"),
    ("c", "HƯỚNG DẪN"),
    ("c", "Hỗ trợ hội viên nông dân đưa nông sản lên sàn thương mại điện tử năm 2026"),
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Kế hoạch số 112/KH-UBND ngày 18/02/2026 của Ủy ban nhân dân tỉnh Lai Hà Tây thực hiện Nghị quyết số 57-NQ/TW; Chương trình phối hợp số 05/CTPH-HND-SCT ngày 09/01/2026 giữa Hội Nông dân tỉnh và Sở Công Thương về phát triển thương mại điện tử khu vực nông thôn, Ban Thường vụ Hội Nông dân tỉnh hướng dẫn như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU"),
    ("p", "1. Hỗ trợ hội viên, tổ hợp tác, hợp tác xã nông nghiệp tiếp cận các sàn thương mại điện tử, mở rộng thị trường tiêu thụ, giảm phụ thuộc vào thương lái, nâng cao thu nhập cho nông dân."),
    ("p", "2. Chỉ tiêu năm 2026: ít nhất 600 hộ hội viên và 40 hợp tác xã, tổ hợp tác có gian hàng hoạt động thường xuyên trên sàn thương mại điện tử; 100% sản phẩm OCOP từ 3 sao trở lên của hội viên được gắn mã QR truy xuất nguồn gốc; mỗi huyện, thị xã, thành phố tổ chức ít nhất 02 phiên bán hàng trực tuyến (livestream) trong năm."),
    ("p", "3. Việc hỗ trợ phải đúng đối tượng, công khai, minh bạch; không hỗ trợ trùng lặp với các chương trình, dự án khác có cùng nội dung."),
    ("h", "II. ĐỐI TƯỢNG VÀ ĐIỀU KIỆN THAM GIA"),
    ("p", "1. Đối tượng: hộ hội viên Hội Nông dân; tổ hợp tác, hợp tác xã nông nghiệp có hội viên tham gia. Ưu tiên các sản phẩm chủ lực của tỉnh như gạo nếp tan Nậm Sàng, mận hậu Yên Khê, chè Shan tuyết Bản Cát, thịt trâu gác bếp và các sản phẩm OCOP."),
    ("p", "2. Điều kiện: có điện thoại thông minh và tài khoản ngân hàng chính chủ; sản phẩm có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm hoặc bản cam kết sản xuất, kinh doanh thực phẩm an toàn; có sản lượng hàng hóa ổn định tối thiểu 06 tháng trong năm."),
    ("h", "III. CÁC BƯỚC THỰC HIỆN"),
    ("p", "Bước 1. Đăng ký: hội viên đăng ký với Chi hội hoặc Hội Nông dân xã theo Mẫu số 01 kèm theo Hướng dẫn này."),
    ("p", "Bước 2. Chuẩn hóa sản phẩm: hoàn thiện bao bì, nhãn mác, tem mã QR truy xuất nguồn gốc; chụp ảnh, quay video giới thiệu sản phẩm và quy trình sản xuất."),
    ("p", "Bước 3. Tập huấn: tham gia lớp tập huấn 02 ngày về kỹ năng bán hàng trực tuyến, chăm sóc khách hàng và thanh toán điện tử do Trung tâm Dịch vụ hỗ trợ nông dân tỉnh tổ chức."),
    ("p", "Bước 4. Mở gian hàng: mở gian hàng trên sàn Postmart, sàn Voso và ít nhất 01 nền tảng khác như Shopee hoặc TikTok Shop, với sự hỗ trợ của Tổ công nghệ số cộng đồng tại xã."),
    ("p", "Bước 5. Vận hành và giao hàng: đóng gói theo hướng dẫn, giao hàng qua Bưu điện tỉnh; ghi chép đơn hàng, doanh thu và báo cáo kết quả theo định kỳ 6 tháng."),
    ("h", "IV. NỘI DUNG VÀ MỨC HỖ TRỢ"),
    ("p", "1. Hỗ trợ 100% chi phí tổ chức lớp tập huấn, tài liệu và tiền ăn cho học viên với mức 150.000 đồng/người/ngày."),
    ("p", "2. Hỗ trợ thiết kế nhãn, in tem mã QR truy xuất nguồn gốc: 2.000.000 đồng/hộ, tối đa 150 hộ trong năm 2026."),
    ("p", "3. Hỗ trợ xây dựng gian hàng, quảng bá sản phẩm cho hợp tác xã, tổ hợp tác: 5.000.000 đồng/đơn vị, tối đa 40 đơn vị."),
    ("p", "4. Hỗ trợ tổ chức phiên livestream bán hàng cấp huyện: 8.000.000 đồng/phiên."),
    ("p", "5. Nguồn kinh phí: Quỹ Hỗ trợ nông dân tỉnh và kinh phí thực hiện Kế hoạch số 112/KH-UBND của Ủy ban nhân dân tỉnh; tổng kinh phí dự kiến năm 2026 là 1.020 triệu đồng."),
    ("h", "V. TRÁCH NHIỆM THỰC HIỆN"),
    ("p", "1. Ban Kinh tế - Xã hội Hội Nông dân tỉnh chủ trì theo dõi, hướng dẫn, tổng hợp kết quả; báo cáo sơ kết 6 tháng trước ngày 10/7/2026 và tổng kết năm trước ngày 10/12/2026."),
    ("p", "2. Trung tâm Dịch vụ hỗ trợ nông dân tỉnh chủ trì tổ chức các lớp tập huấn, hoàn thành trước ngày 30/9/2026; phối hợp với Bưu điện tỉnh hỗ trợ hội viên mở gian hàng trên sàn Postmart."),
    ("p", "3. Văn phòng Hội Nông dân tỉnh tham mưu bố trí kinh phí từ Quỹ Hỗ trợ nông dân tỉnh và hướng dẫn thanh quyết toán theo quy định."),
    ("p", "4. Hội Nông dân các huyện, thị xã, thành phố phân bổ chỉ tiêu cho cơ sở; tổng hợp danh sách hộ đăng ký gửi về Ban Kinh tế - Xã hội Hội Nông dân tỉnh trước ngày 15/5/2026; tổ chức ít nhất 02 phiên livestream trong năm; kiểm tra, xác nhận hồ sơ đề nghị hỗ trợ của cơ sở."),
    ("p", "5. Hội Nông dân các xã, phường, thị trấn tuyên truyền, lựa chọn hộ tham gia; phối hợp với Tổ công nghệ số cộng đồng hướng dẫn hội viên mở gian hàng; theo dõi doanh thu của hội viên, báo cáo Hội Nông dân cấp huyện trước ngày 25 của tháng cuối quý."),
    ("p", "6. Đề nghị Bưu điện tỉnh phối hợp giảm 20% cước vận chuyển cho đơn hàng của hội viên tham gia chương trình đến hết ngày 31/12/2026."),
    ("h", "VI. THÔNG TIN LIÊN HỆ"),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Ban Thường vụ Hội Nông dân tỉnh qua đồng chí Vi Thị Thu Trang, Phó Trưởng Ban Kinh tế - Xã hội Hội Nông dân tỉnh, điện thoại 0987 216 543, e-mail: bankinhte.hndlaihatay@gmail.com."),
    ("r", "TM. BAN THƯỜNG VỤ"),
    ("r", "PHÓ CHỦ TỊCH"),
    ("r", "(Đã ký)"),
    ("r", "Hà Văn Sơn"),
    ("h", "Nơi nhận:"),
    ("p", "- Trung ương Hội Nông dân Việt Nam (để báo cáo);"),
    ("p", "- Ban Tuyên giáo và Dân vận Tỉnh ủy (để báo cáo);"),
    ("p", "- Sở Công Thương, Bưu điện tỉnh (để phối hợp);"),
    ("p", "- Hội Nông dân các huyện, thị xã, thành phố;"),
    ("p", "- Lưu: VT, KT-XH."),
]


class _PDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 8, "Trang %d/{nb}" % self.page_no(), align="C")


def build_pdf(path):
    pdf = _PDF(format="A4")
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()
    lh = 6.6
    for kind, val in QE05:
        if kind in ("c", "cn"):
            pdf.set_font("DejaVu", "B" if kind == "c" else "", 12)
            pdf.multi_cell(0, lh, val, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(1.5)
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(0, lh, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("DejaVu", "", 12)
            pdf.multi_cell(0, lh, val, align="J", new_x="LMARGIN", new_y="NEXT")
        elif kind == "r":
            pdf.set_font("DejaVu", "B" if val != "(Đã ký)" else "", 12)
            pdf.cell(0, lh, val, align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            raise ValueError(kind)
    pdf.output(path)
    return pdf.page_no()


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, "qe02_kh1187_sgddt_kiem_tra_cds.docx"))
    n = build_pdf(os.path.join(CORPUS, "qe05_hd34_hnd_tinh_san_tmdt.pdf"))
    print("built qe02 docx and qe05 pdf (%d pages)" % n)
