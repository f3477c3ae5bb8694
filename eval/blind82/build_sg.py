#!/usr/bin/env python
"""Build the blind82 evaluation set (tỉnh Hồ Lăng – số hóa di sản văn hóa).

Writes, from text held in this file:
  corpus/sg01_kehoach_sohoa.docx     Kế hoạch của UBND tỉnh (python-docx, List Number/List Bullet, bảng phân công)
  corpus/sg02_quyetdinh_3dqr.pdf     Quyết định của Sở KH&CN + 2 phụ lục (fpdf2 + DejaVuSans, có lớp chữ)
  corpus/sg03_huongdan_danca.txt     Hướng dẫn của Phòng VH-TT huyện (hard-wrapped như chép từ PDF)
  corpus/sg04_bienban_nghiemthu.txt  Biên bản họp Hội đồng nghiệm thu (tiêu đề hai cột gõ bằng dấu cách)
  corpus/sg05_baocao_ketqua.md       Báo cáo của Sở VHTTDL (bảng Markdown theo huyện)
  questions.jsonl, who_what.jsonl

Run:  /work/main/.venv/bin/python build_sg.py
All content is invented.
"""
import json
import pathlib
import textwrap
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

F1 = "sg01_kehoach_sohoa.docx"
F2 = "sg02_quyetdinh_3dqr.pdf"
F3 = "sg03_huongdan_danca.txt"
F4 = "sg04_bienban_nghiemthu.txt"
F5 = "sg05_baocao_ketqua.md"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# sg01 – Kế hoạch của UBND tỉnh (docx)
# ---------------------------------------------------------------------------
SG01_HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH HỒ LĂNG", "Số: 74/KH-UBND"]
SG01_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Kinh Lăng, ngày 12 tháng 01 năm 2026"]
SG01_BODY = [
    ("title", "KẾ HOẠCH"),
    ("subtitle", "Số hóa di sản văn hóa và tri thức địa phương tỉnh Hồ Lăng giai đoạn 2026 - 2028"),
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, "
          "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Căn cứ Chương trình hành động số 41-CTr/TU ngày 18/4/2025 của Ban Thường vụ Tỉnh ủy Hồ Lăng về "
          "phát huy giá trị di sản văn hóa, xây dựng con người Hồ Lăng trong giai đoạn mới;"),
    ("p", "Xét đề nghị của Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 1127/TTr-SVHTTDL ngày 26/12/2025, "
          "Ủy ban nhân dân tỉnh ban hành Kế hoạch số hóa di sản văn hóa và tri thức địa phương giai đoạn "
          "2026 - 2028 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "1. Mục đích"),
    ("bullet", "Bảo tồn lâu dài, an toàn hiện vật, sách cổ, di tích và di sản văn hóa phi vật thể của tỉnh bằng "
               "dữ liệu số; hình thành Kho dữ liệu di sản số tỉnh Hồ Lăng dùng chung cho cơ quan nhà nước, "
               "nhà trường và người dân."),
    ("bullet", "Phục vụ nghiên cứu, dạy học lịch sử và giáo dục địa phương, quảng bá du lịch; góp phần thực hiện "
               "chuyển đổi số (CĐS) trong lĩnh vực văn hóa."),
    ("h2", "2. Yêu cầu"),
    ("bullet", "Dữ liệu số hóa theo chuẩn thống nhất về định dạng, siêu dữ liệu và mã định danh; được sao lưu tại "
               "ít nhất hai vị trí độc lập."),
    ("bullet", "Tôn trọng quyền của nghệ nhân, gia đình, dòng họ lưu giữ tư liệu; chỉ công bố rộng rãi khi có văn "
               "bản đồng ý của chủ sở hữu."),
    ("h", "II. MỤC TIÊU ĐẾN NĂM 2028"),
    ("bullet", "Số hóa 4.500 hiện vật tiêu biểu của Bảo tàng tỉnh (ảnh độ phân giải cao kèm hồ sơ khoa học), "
               "trong đó 300 hiện vật được dựng mô hình 3D."),
    ("bullet", "Số hóa 1.200 đầu sách cổ, sách Hán Nôm, địa chí và tư liệu quý của Thư viện tỉnh, khoảng "
               "150.000 trang."),
    ("bullet", "Quét 3D 12 di tích tiêu biểu; gắn mã QR thuyết minh tại 36 di tích đã được xếp hạng."),
    ("bullet", "Sưu tầm, ghi âm, ghi hình và cập nhật ít nhất 600 bài dân ca, làn điệu dân gian và 5.000 ảnh "
               "tư liệu do cấp xã thu thập."),
    ("bullet", "100% công chức phụ trách văn hóa cấp xã được tập huấn kỹ năng thu thập và cập nhật dữ liệu."),
    ("h", "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU"),
    ("num", "Xây dựng Kho dữ liệu di sản số tỉnh Hồ Lăng trên hạ tầng Trung tâm dữ liệu tỉnh; ban hành bộ siêu "
            "dữ liệu và quy tắc đặt mã định danh dùng chung trong quý II/2026."),
    ("num", "Số hóa sách cổ, tư liệu Hán Nôm bằng máy quét sách chuyên dụng; phiên âm, dịch nghĩa và chú giải "
            "cho ít nhất 200 đầu sách."),
    ("num", "Triển khai dự án ứng dụng khoa học và công nghệ về quét 3D và mã QR tại di tích, ưu tiên di tích "
            "cấp quốc gia và di tích có đông khách tham quan."),
    ("num", "Tổ chức sưu tầm dân ca, ảnh tư liệu tại cơ sở; huy động nghệ nhân, giáo viên, học sinh và đoàn "
            "viên thanh niên cùng tham gia."),
    ("num", "Tuyên truyền, quảng bá dữ liệu di sản số trên Cổng Thông tin điện tử tỉnh, Báo Hồ Lăng, Đài Phát "
            "thanh và Truyền hình tỉnh và mạng xã hội."),
    ("h", "IV. LỘ TRÌNH THỰC HIỆN"),
    ("bullet", "Giai đoạn 1 (từ tháng 01/2026 đến tháng 12/2026): đưa Kho dữ liệu vào vận hành; số hóa 1.500 "
               "hiện vật và 400 đầu sách; quét 3D 5 di tích; thu thập 250 bài dân ca."),
    ("bullet", "Giai đoạn 2 (năm 2027): số hóa thêm 1.800 hiện vật và 500 đầu sách; quét 3D 7 di tích còn lại; "
               "hoàn thành gắn mã QR tại 36 di tích."),
    ("bullet", "Giai đoạn 3 (năm 2028): hoàn thành toàn bộ chỉ tiêu; đánh giá, tổng kết và đề xuất kế hoạch "
               "giai đoạn tiếp theo."),
    ("h", "V. KINH PHÍ"),
    ("p", "Tổng kinh phí dự kiến 18,6 tỷ đồng, trong đó ngân sách tỉnh 15,2 tỷ đồng (sự nghiệp văn hóa 9,8 tỷ "
          "đồng; sự nghiệp khoa học và công nghệ 5,4 tỷ đồng) và nguồn xã hội hóa, tài trợ hợp pháp khác 3,4 tỷ "
          "đồng. Kinh phí năm 2026 là 6,1 tỷ đồng; kinh phí các năm sau được bố trí trong dự toán ngân sách "
          "hằng năm."),
    ("h", "VI. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực, chủ trì tham mưu, hướng dẫn, đôn đốc thực "
          "hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước "
          "ngày 15/12)."),
    ("p", "2. Sở Khoa học và Công nghệ chủ trì thẩm định và bố trí kinh phí sự nghiệp khoa học và công nghệ cho "
          "dự án quét 3D và mã QR; bảo đảm hạ tầng Kho dữ liệu tại Trung tâm dữ liệu tỉnh và an toàn thông tin."),
    ("p", "3. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách."),
    ("p", "4. Bảo tàng tỉnh, Thư viện tỉnh, Ban Quản lý di tích tỉnh thực hiện nhiệm vụ theo Bảng phân công "
          "dưới đây; báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch trước ngày 05/6 và 05/12 hằng năm."),
    ("p", "5. Sở Giáo dục và Đào tạo chỉ đạo các trường THCS, THPT khai thác dữ liệu di sản số trong dạy học "
          "lịch sử, giáo dục địa phương; phát động học sinh tham gia sưu tầm dân ca, ảnh tư liệu."),
    ("p", "6. UBND các huyện, thị xã, thành phố chỉ đạo Phòng Văn hóa - Thông tin và UBND cấp xã tổ chức sưu "
          "tầm dân ca, ảnh tư liệu; ban hành hướng dẫn cụ thể trước ngày 31/3/2026."),
    ("p", "7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn, Hội Văn học nghệ thuật tỉnh vận động "
          "hội viên, đoàn viên, nghệ nhân và nhân dân hiến tặng, chia sẻ tư liệu, hiện vật."),
    ("p", "8. Trường Đại học Khoa học Hồ Lăng phối hợp cung cấp nhân lực, thiết bị quét 3D và đào tạo kỹ thuật "
          "viên cho Bảo tàng tỉnh."),
    ("h2", "BẢNG PHÂN CÔNG NHIỆM VỤ CHỦ YẾU"),
    ("table", None),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Văn hóa, "
          "Thể thao và Du lịch (qua Phòng Quản lý Di sản văn hóa, điện thoại 0207 3852 416) để tổng hợp, báo "
          "cáo UBND tỉnh xem xét, quyết định./."),
]
SG01_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Ban hành bộ siêu dữ liệu và quy tắc mã định danh dùng chung", "Sở VHTTDL",
     "Sở KH&CN, Thư viện tỉnh", "Trong quý II năm 2026"],
    ["2", "Số hóa 4.500 hiện vật, dựng 300 mô hình 3D hiện vật", "Bảo tàng tỉnh",
     "Trường Đại học Khoa học Hồ Lăng", "Trước ngày 31/12/2028"],
    ["3", "Số hóa 1.200 đầu sách cổ, tư liệu Hán Nôm", "Thư viện tỉnh",
     "Hội Văn học nghệ thuật tỉnh", "Trước ngày 31/10/2028"],
    ["4", "Quét 3D 12 di tích và gắn mã QR tại các di tích này", "Sở KH&CN",
     "Ban Quản lý di tích tỉnh, Trường Đại học Khoa học Hồ Lăng", "Trước ngày 31/8/2027"],
    ["5", "Gắn mã QR thuyết minh tại 24 di tích còn lại", "Ban Quản lý di tích tỉnh",
     "UBND cấp huyện", "Trước ngày 31/12/2027"],
    ["6", "Sưu tầm 600 bài dân ca, 5.000 ảnh tư liệu", "UBND các huyện, thị xã, thành phố",
     "Sở VHTTDL, Tỉnh đoàn", "Trước ngày 30/11/2028"],
    ["7", "Tập huấn công chức văn hóa cấp xã", "Sở VHTTDL",
     "Trung tâm Văn hóa - Điện ảnh tỉnh", "Trước ngày 30/9 hằng năm"],
    ["8", "Tuyên truyền, quảng bá dữ liệu di sản số", "Báo Hồ Lăng, Đài Phát thanh và Truyền hình tỉnh",
     "Sở VHTTDL", "Thường xuyên trong cả giai đoạn"],
]
SG01_NOINHAN = ["Nơi nhận:", "- Bộ Văn hóa, Thể thao và Du lịch (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
                "- Chủ tịch, các PCT UBND tỉnh;", "- Ban Tuyên giáo và Dân vận Tỉnh ủy;",
                "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố;", "- Lưu: VT, KGVX."]
SG01_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Vương Thị Thanh Hảo"]


def build_sg01(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    def cell_lines(cell, lines, bold_upto=2):
        cell.paragraphs[0].text = ""
        for i, ln in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            r = p.add_run(nfc(ln))
            r.bold = i < bold_upto
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    t = d.add_table(rows=1, cols=2)
    cell_lines(t.rows[0].cells[0], SG01_HEADER_LEFT)
    cell_lines(t.rows[0].cells[1], SG01_HEADER_RIGHT)
    for kind, text in SG01_BODY:
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(nfc(text)).bold = True
        elif kind == "subtitle":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(nfc(text)).bold = True
        elif kind in ("h", "h2"):
            p = d.add_paragraph()
            p.add_run(nfc(text)).bold = True
        elif kind == "bullet":
            d.add_paragraph(nfc(text), style="List Bullet")
        elif kind == "num":
            d.add_paragraph(nfc(text), style="List Number")
        elif kind == "p":
            d.add_paragraph(nfc(text))
        elif kind == "table":
            tb = d.add_table(rows=0, cols=5)
            tb.style = "Table Grid"
            for i, row in enumerate(SG01_TABLE):
                cells = tb.add_row().cells
                for c, val in zip(cells, row):
                    c.text = nfc(val)
                    if i == 0:
                        c.paragraphs[0].runs[0].bold = True
    t2 = d.add_table(rows=1, cols=2)
    left, right = t2.rows[0].cells
    left.paragraphs[0].text = ""
    for i, ln in enumerate(SG01_NOINHAN):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        r = p.add_run(nfc(ln))
        r.bold = i == 0
        r.font.size = Pt(11)
    cell_lines(right, SG01_SIGN, bold_upto=3)
    right.paragraphs[-1].runs[0].bold = True
    d.save(path)


# ---------------------------------------------------------------------------
# sg02 – Quyết định của Sở KH&CN (pdf)
# ---------------------------------------------------------------------------
SG02_HEADER_LEFT = ["UBND TỈNH HỒ LĂNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 215/QĐ-SKHCN"]
SG02_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Kinh Lăng, ngày 03 tháng 3 năm 2026"]
SG02_BODY = [
    ("title", "QUYẾT ĐỊNH"),
    ("center", "Phê duyệt kinh phí thực hiện dự án “Ứng dụng công nghệ quét 3D và mã QR trong số hóa, quảng bá "
               "di tích lịch sử - văn hóa tỉnh Hồ Lăng”"),
    ("title", "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ"),
    ("p", "Căn cứ Quyết định số 06/2025/QĐ-UBND ngày 14/3/2025 của UBND tỉnh Hồ Lăng quy định chức năng, nhiệm "
          "vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ;"),
    ("p", "Căn cứ Kế hoạch số 74/KH-UBND ngày 12/01/2026 của UBND tỉnh về số hóa di sản văn hóa và tri thức địa "
          "phương tỉnh Hồ Lăng giai đoạn 2026 - 2028;"),
    ("p", "Căn cứ kết quả họp Tổ thẩm định kinh phí ngày 20/02/2026;"),
    ("p", "Theo đề nghị của Trưởng phòng Quản lý khoa học và Trưởng phòng Kế hoạch - Tài chính."),
    ("title", "QUYẾT ĐỊNH:"),
    ("p", "Điều 1. Phê duyệt kinh phí thực hiện dự án “Ứng dụng công nghệ quét 3D và mã QR trong số hóa, quảng "
          "bá di tích lịch sử - văn hóa tỉnh Hồ Lăng” (sau đây gọi là Dự án 3D-QR di tích) với các nội dung sau:"),
    ("p", "1. Tổ chức chủ trì: Trường Đại học Khoa học Hồ Lăng."),
    ("p", "2. Chủ nhiệm dự án: TS. Đặng Minh Quyền, Trưởng khoa Công nghệ thông tin."),
    ("p", "3. Cơ quan phối hợp chính: Ban Quản lý di tích tỉnh; Bảo tàng tỉnh Hồ Lăng."),
    ("p", "4. Thời gian thực hiện: 18 tháng, từ tháng 3/2026 đến hết tháng 8/2027."),
    ("p", "5. Tổng kinh phí: 2.486.000.000 đồng (Hai tỷ, bốn trăm tám mươi sáu triệu đồng), trong đó:"),
    ("p", "a) Ngân sách sự nghiệp khoa học và công nghệ tỉnh: 2.100.000.000 đồng, gồm năm 2026 là "
          "1.350.000.000 đồng và năm 2027 là 750.000.000 đồng;"),
    ("p", "b) Nguồn xã hội hóa do tổ chức chủ trì huy động: 386.000.000 đồng."),
    ("p", "6. Sản phẩm chính: mô hình 3D của 12 di tích theo danh mục tại Phụ lục 2; 64 biển mã QR thuyết minh "
          "song ngữ Việt - Anh; trang thuyết minh số tích hợp vào Kho dữ liệu di sản số tỉnh; quy trình kỹ "
          "thuật quét 3D di tích; 40 lượt cán bộ, kỹ thuật viên được tập huấn."),
    ("p", "Dự toán chi tiết tại Phụ lục 1 kèm theo Quyết định này."),
    ("p", "Điều 2. Phương thức cấp phát và tiến độ"),
    ("p", "1. Kinh phí ngân sách được cấp theo 03 đợt: đợt 1 tạm ứng 40% sau khi ký hợp đồng; đợt 2 cấp 40% "
          "sau khi giai đoạn 1 được nghiệm thu đạt; đợt 3 cấp 20% còn lại sau khi dự án được nghiệm thu cấp tỉnh."),
    ("p", "2. Giai đoạn 1 gồm khảo sát, quét 3D và gắn mã QR tại 05 di tích đầu tiên (số thứ tự từ 1 đến 5 tại "
          "Phụ lục 2), hoàn thành trước ngày 31/10/2026. Giai đoạn 2 thực hiện tại 07 di tích còn lại."),
    ("p", "Điều 3. Trách nhiệm của các đơn vị"),
    ("p", "1. Trường Đại học Khoa học Hồ Lăng có trách nhiệm ký hợp đồng thực hiện với Sở trước ngày 20/3/2026; "
          "sử dụng kinh phí đúng mục đích, đúng chế độ; báo cáo tiến độ định kỳ hằng quý về Phòng Quản lý "
          "khoa học."),
    ("p", "2. Ban Quản lý di tích tỉnh phối hợp khảo sát, cung cấp hồ sơ khoa học của di tích và bố trí vị trí "
          "lắp đặt biển mã QR."),
    ("p", "3. Bảo tàng tỉnh Hồ Lăng phối hợp thẩm định nội dung thuyết minh; tiếp nhận, lưu trữ bản gốc dữ liệu "
          "3D sau nghiệm thu."),
    ("p", "4. Giao Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Phòng Quản lý khoa học thẩm định hồ sơ tạm "
          "ứng, thanh toán và quyết toán kinh phí."),
    ("p", "5. Đề nghị UBND các huyện, thị xã, thành phố có di tích trong danh mục chỉ đạo UBND cấp xã tạo điều "
          "kiện cho nhóm thực hiện dự án khảo sát, quét 3D tại địa phương."),
    ("p", "Điều 4. Quyết định này có hiệu lực kể từ ngày ký."),
    ("p", "Chánh Văn phòng Sở, Trưởng phòng Kế hoạch - Tài chính, Trưởng phòng Quản lý khoa học, Hiệu trưởng "
          "Trường Đại học Khoa học Hồ Lăng, Chủ nhiệm dự án và các tổ chức, cá nhân có liên quan chịu trách "
          "nhiệm thi hành Quyết định này./."),
]
SG02_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Vi Thị Hồng Ngát"]
SG02_NOINHAN = ["Nơi nhận:", "- Như Điều 4;", "- UBND tỉnh (để b/c);", "- Sở Văn hóa, Thể thao và Du lịch;",
                "- Sở Tài chính;", "- Kho bạc Nhà nước tỉnh Hồ Lăng;", "- Lưu: VT, QLKH."]
SG02_PL1_TITLE = ["Phụ lục 1", "DỰ TOÁN KINH PHÍ DỰ ÁN 3D-QR DI TÍCH",
                  "(Kèm theo Quyết định số 215/QĐ-SKHCN ngày 03/3/2026 của Sở Khoa học và Công nghệ)"]
SG02_PL1 = [
    ["TT", "Nội dung chi", "Kinh phí (đồng)"],
    ["1", "Khảo sát, lập hồ sơ hiện trạng 12 di tích", "186.000.000"],
    ["2", "Quét 3D, xử lý dữ liệu và dựng mô hình", "1.240.000.000"],
    ["3", "Thiết kế, sản xuất và lắp đặt 64 biển mã QR", "224.000.000"],
    ["4", "Biên soạn nội dung thuyết minh số song ngữ", "398.000.000"],
    ["5", "Tích hợp dữ liệu vào Kho dữ liệu di sản số", "205.000.000"],
    ["6", "Tập huấn, hội thảo, nghiệm thu", "133.000.000"],
    ["7", "Quản lý chung của tổ chức chủ trì", "100.000.000"],
    ["", "Tổng cộng", "2.486.000.000"],
]
SG02_PL2_TITLE = ["Phụ lục 2", "DANH MỤC DI TÍCH QUÉT 3D VÀ GẮN MÃ QR",
                  "(Kèm theo Quyết định số 215/QĐ-SKHCN ngày 03/3/2026 của Sở Khoa học và Công nghệ)"]
SG02_PL2 = [
    ["TT", "Tên di tích", "Địa điểm", "Xếp hạng", "Số biển QR"],
    ["1", "Thành cổ Kinh Lăng", "phường Cổ Thành, thành phố Kinh Lăng", "Quốc gia đặc biệt", "9"],
    ["2", "Đình Khai Lạc", "xã Khai Lạc, huyện Vịnh Đào", "Quốc gia", "6"],
    ["3", "Chùa Hang Sương", "xã Nguyệt Ánh, huyện Sương Nguyệt", "Quốc gia", "7"],
    ["4", "Đền Thác Bà Gấm", "xã Pù Tao, huyện Nậm Khiêu", "Quốc gia", "5"],
    ["5", "Văn Chỉ Đông Nghi", "phường Nghi Thủy, thị xã Đông Nghi", "Cấp tỉnh", "4"],
    ["6", "Đình Thủy Tú", "xã Thủy Tú, huyện Vịnh Đào", "Cấp tỉnh", "5"],
    ["7", "Nhà thờ họ Đàm", "xã Phù Liễu, huyện Phù Thạch", "Cấp tỉnh", "4"],
    ["8", "Địa điểm Chiến thắng Dốc Cối", "xã Cao Minh, huyện Cao Viễn", "Quốc gia", "6"],
    ["9", "Chùa Phúc Ấm", "xã Tiên Nữ, huyện Phù Thạch", "Cấp tỉnh", "4"],
    ["10", "Đền Cửa Rào", "xã Lộc Vịnh, huyện Vịnh Đào", "Cấp tỉnh", "5"],
    ["11", "Bia Ma Nhai Hang Chẹo", "xã Nậm Pằn, huyện Nậm Khiêu", "Quốc gia", "4"],
    ["12", "Đình Vũ Xương", "phường Đông Vũ, thị xã Đông Nghi", "Cấp tỉnh", "5"],
    ["", "Cộng", "", "", "64"],
]
SG02_PL2_NOTE = ("Ghi chú: Di tích số 1 đến 5 thực hiện trong giai đoạn 1 (năm 2026); di tích số 6 đến 12 "
                 "thực hiện trong giai đoạn 2 (năm 2027).")


def build_sg02(path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def line(text, style="", size=11, align="L", h=6):
        pdf.set_font("DejaVu", style, size)
        pdf.multi_cell(W, h, nfc(text), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    # two-column header
    pdf.set_font("DejaVu", "B", 10)
    y0 = pdf.get_y()
    for i, (a, b) in enumerate(zip(SG02_HEADER_LEFT, SG02_HEADER_RIGHT)):
        pdf.set_font("DejaVu", "B" if i < 2 else "", 10)
        pdf.set_xy(pdf.l_margin, y0 + i * 6)
        pdf.cell(70, 6, nfc(a), align="C")
        pdf.set_xy(pdf.l_margin + 72, y0 + i * 6)
        pdf.cell(W - 72, 6, nfc(b), align="C")
    pdf.set_xy(pdf.l_margin, y0 + 3 * 6 + 6)
    for kind, text in SG02_BODY:
        if kind == "title":
            line(text, "B", 12, "C", 7)
        elif kind == "center":
            line(text, "B", 11, "C", 6)
            pdf.ln(2)
        else:
            line(text)
            pdf.ln(1)
    pdf.ln(4)
    for i, s in enumerate(SG02_SIGN):
        pdf.set_font("DejaVu", "B" if i != 2 else "", 11)
        pdf.set_x(pdf.l_margin + W / 2)
        pdf.cell(W / 2, 6, nfc(s), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    for i, s in enumerate(SG02_NOINHAN):
        pdf.set_font("DejaVu", "B" if i == 0 else "", 9)
        pdf.cell(W / 2, 5, nfc(s), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def table(rows, widths, aligns, size=9.5):
        for r, row in enumerate(rows):
            pdf.set_font("DejaVu", "B" if r == 0 or row[0] == "" else "", size)
            for val, w, al in zip(row, widths, aligns):
                pdf.cell(w, 7, nfc(val), border=1, align=al)
            pdf.ln(7)

    pdf.add_page()
    for i, s in enumerate(SG02_PL1_TITLE):
        line(s, "B" if i < 2 else "", 11 if i < 2 else 10, "C")
    pdf.ln(2)
    line("Đơn vị tính: đồng", "", 9.5, "R")
    table(SG02_PL1, [12, 118, W - 130], ["C", "L", "R"])
    pdf.ln(8)
    for i, s in enumerate(SG02_PL2_TITLE):
        line(s, "B" if i < 2 else "", 11 if i < 2 else 10, "C")
    pdf.ln(2)
    table(SG02_PL2, [7, 50, 66, 30, W - 153], ["C", "L", "L", "L", "C"], size=9)
    pdf.ln(3)
    line(SG02_PL2_NOTE, "", 9.5)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# sg03 – Hướng dẫn của Phòng VH-TT huyện (txt, hard-wrapped)
# ---------------------------------------------------------------------------
SG03_HEADER = """\
UBND HUYỆN VỊNH ĐÀO                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG VĂN HÓA - THÔNG TIN                  Độc lập - Tự do - Hạnh phúc
Số: 09/HD-VHTT                        Vịnh Đào, ngày 25 tháng 3 năm 2026

                             HƯỚNG DẪN
          Sưu tầm, số hóa và cập nhật dân ca, ảnh tư liệu
          lên Kho dữ liệu di sản số tỉnh Hồ Lăng năm 2026
"""
SG03_BODY = [
    "Thực hiện Kế hoạch số 74/KH-UBND ngày 12/01/2026 của UBND tỉnh Hồ Lăng về số hóa di sản văn hóa và tri "
    "thức địa phương giai đoạn 2026 - 2028 và Kế hoạch số 31/KH-UBND ngày 10/02/2026 của UBND huyện Vịnh Đào "
    "về triển khai số hóa di sản văn hóa trên địa bàn huyện năm 2026, Phòng Văn hóa - Thông tin huyện hướng "
    "dẫn việc sưu tầm, số hóa và cập nhật dân ca, ảnh tư liệu như sau:",
    "I. PHẠM VI VÀ ĐỐI TƯỢNG",
    "1. Hướng dẫn này áp dụng đối với UBND 17 xã, thị trấn; công chức Văn hóa - Xã hội cấp xã; nhà văn hóa "
    "thôn, bản, tổ dân phố và các cá nhân tham gia sưu tầm.",
    "2. Tư liệu cần sưu tầm gồm:",
    "a) Dân ca, làn điệu dân gian đang được lưu truyền tại địa phương như hát ví đò đưa sông Đào, hát ru Khai "
    "Lạc, hò kéo lưới Lộc Vịnh, hát đối đáp trong lễ hội đình;",
    "b) Ảnh tư liệu chụp trước năm 2000 về lễ hội, đình, chùa, nghề truyền thống và sinh hoạt cộng đồng;",
    "c) Tư liệu viết tay như gia phả, văn tế, sắc phong, hương ước: chỉ chụp hoặc quét bản sao, không thu giữ "
    "bản gốc của gia đình, dòng họ.",
    "II. QUY TRÌNH THỰC HIỆN",
    "Bước 1. Lập danh sách nghệ nhân, người đang lưu giữ tư liệu trên địa bàn xã (theo Mẫu 01), hoàn thành "
    "trước ngày 15/4/2026.",
    "Bước 2. Tổ chức ghi âm, ghi hình, chụp ảnh hoặc quét tư liệu; đồng thời lấy Phiếu đồng ý chia sẻ tư liệu "
    "(Mẫu 02) có chữ ký của người trình bày hoặc chủ sở hữu. Tư liệu không có Phiếu đồng ý chỉ được lưu nội bộ, "
    "không công bố.",
    "Bước 3. Đặt tên tệp theo quy tắc tại Mục III và nhập thông tin mô tả (siêu dữ liệu) theo Mẫu 03.",
    "Bước 4. Tải tệp lên Kho dữ liệu di sản số tỉnh tại địa chỉ https://disan.holang.gov.vn bằng tài khoản do "
    "Phòng cấp cho từng xã; không gửi tệp qua mạng xã hội hoặc thư điện tử cá nhân.",
    "Bước 5. Phòng Văn hóa - Thông tin kiểm duyệt trong thời hạn 05 ngày làm việc; tệp không đạt yêu cầu được "
    "trả lại kèm lý do để xã bổ sung, chỉnh sửa.",
    "III. YÊU CẦU KỸ THUẬT",
    "1. Âm thanh: bản gốc định dạng WAV, tần số lấy mẫu 48 kHz, độ sâu 24 bit; bản chia sẻ định dạng MP3 "
    "320 kbps. Mỗi tệp chỉ ghi một bài, dung lượng không quá 500 MB. Ghi âm ở nơi yên tĩnh, micro đặt cách "
    "người hát từ 30 đến 50 cm.",
    "2. Video: định dạng MP4 (mã hóa H.264), độ phân giải tối thiểu 1920 x 1080 (Full HD), dung lượng không "
    "quá 2 GB/tệp; quay khung hình ngang, không dùng hiệu ứng chuyển cảnh, không chèn nhạc nền.",
    "3. Ảnh: định dạng JPG chất lượng cao hoặc TIFF, cạnh dài tối thiểu 3.000 điểm ảnh, dung lượng không quá "
    "25 MB/tệp. Ảnh giấy cũ quét ở độ phân giải 600 dpi; không cắt xén, tô màu làm thay đổi nội dung ảnh gốc.",
    "4. Tài liệu giấy: quét màu ở độ phân giải 300 dpi, lưu định dạng PDF, mỗi tài liệu một tệp.",
    "5. Quy tắc đặt tên tệp: VD_<mã xã>_<loại>_<năm ghi>_<số thứ tự>. Trong đó mã xã gồm 03 chữ cái in hoa; "
    "loại tư liệu ghi DC (dân ca), AN (ảnh), VI (video), TL (tài liệu); số thứ tự gồm 03 chữ số. Ví dụ: "
    "VD_KLA_DC_2026_007.wav là bài dân ca thứ bảy ghi tại xã Khai Lạc năm 2026. Tên tệp không dùng chữ có "
    "dấu, không có dấu cách.",
    "6. Mã một số đơn vị: thị trấn Vịnh Đào là TVD; xã Khai Lạc là KLA; xã Thủy Tú là TTU; xã Lộc Vịnh là "
    "LVI; xã Đồng Ráng là DRA. Mã của các xã còn lại được gửi kèm tài khoản truy cập.",
    "7. Siêu dữ liệu bắt buộc: tên bài hoặc tên ảnh; họ tên, năm sinh người trình bày; nơi ghi; ngày ghi; "
    "người thực hiện; mô tả ngắn không quá 200 chữ; tình trạng Phiếu đồng ý.",
    "IV. TỔ CHỨC THỰC HIỆN",
    "1. UBND các xã, thị trấn phân công 01 công chức Văn hóa - Xã hội làm đầu mối, gửi danh sách về Phòng Văn "
    "hóa - Thông tin trước ngày 05/4/2026. Mỗi xã, thị trấn cập nhật tối thiểu 04 bài dân ca và 30 ảnh tư liệu "
    "trong năm 2026, chia hai đợt: đợt 1 trước ngày 30/6/2026, đợt 2 trước ngày 15/11/2026.",
    "2. Trung tâm Văn hóa, Thể thao và Truyền thông huyện có trách nhiệm cử kỹ thuật viên hỗ trợ ghi âm, ghi "
    "hình tại các xã vùng cao; cho các xã mượn 02 bộ thiết bị ghi âm cầm tay theo lịch đăng ký.",
    "3. Đề nghị Phòng Giáo dục và Đào tạo chỉ đạo các trường THCS lồng ghép hoạt động “Em sưu tầm dân ca quê "
    "hương” cho học sinh lớp 8, lớp 9; sản phẩm của học sinh gửi về UBND xã để thẩm định trước khi cập nhật.",
    "4. Đề nghị Huyện đoàn Vịnh Đào thành lập đội hình “Thanh niên tình nguyện số”, mỗi cơ sở đoàn hỗ trợ ít "
    "nhất 01 xã nhập dữ liệu.",
    "5. Đề nghị Hội Người cao tuổi huyện và Câu lạc bộ Dân ca Vịnh Đào giới thiệu nghệ nhân, người am hiểu làn "
    "điệu cổ để ghi âm.",
    "6. Phòng Văn hóa - Thông tin kiểm duyệt dữ liệu, tổng hợp kết quả, báo cáo UBND huyện và Sở Văn hóa, Thể "
    "thao và Du lịch trước ngày 30/11/2026.",
    "V. CHẾ ĐỘ HỖ TRỢ",
    "Người trình bày mỗi bài dân ca đạt yêu cầu được hỗ trợ 200.000 đồng; mỗi ảnh tư liệu được chọn đưa vào "
    "Kho dữ liệu được hỗ trợ 20.000 đồng cho người cung cấp. Kinh phí từ nguồn sự nghiệp văn hóa của huyện "
    "năm 2026, tổng dự toán 96.000.000 đồng.",
    "Trong quá trình thực hiện, nếu có vướng mắc về nghiệp vụ, liên hệ bà Mã Thị Huyền, chuyên viên Phòng Văn "
    "hóa - Thông tin, điện thoại 0915 306 428, thư điện tử vhtt.vinhdao@holang.gov.vn; về kỹ thuật ghi âm, "
    "ghi hình, liên hệ ông Lương Văn Khởi, Trung tâm Văn hóa, Thể thao và Truyền thông huyện, điện thoại "
    "0978 442 115./.",
]
SG03_FOOTER = """\
Nơi nhận:                                            TRƯỞNG PHÒNG
- UBND huyện (b/c);
- Sở VHTTDL tỉnh (b/c);                                 (Đã ký)
- UBND các xã, thị trấn;
- Trung tâm VH,TT&TT huyện;
- Phòng GD&ĐT, Huyện đoàn;
- Lưu: VT.
                                                    Đàm Quang Vinh
"""
# page-break artefact inserted after this many wrapped body lines (as when text is copied from a PDF)
SG03_PAGEBREAK_AFTER = 23


def build_sg03(path):
    lines = []
    for para in SG03_BODY:
        lines.extend(textwrap.wrap(nfc(para), width=74, break_on_hyphens=False, break_long_words=False))
    lines = lines[:SG03_PAGEBREAK_AFTER] + ["", "2", ""] + lines[SG03_PAGEBREAK_AFTER:]
    text = nfc(SG03_HEADER) + "\n" + "\n".join(lines) + "\n\n" + nfc(SG03_FOOTER)
    path.write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------
# sg04 – Biên bản nghiệm thu (txt, two-column header typed with spaces)
# ---------------------------------------------------------------------------
SG04 = """\
SỞ KHOA HỌC VÀ CÔNG NGHỆ              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
   HỘI ĐỒNG NGHIỆM THU                     Độc lập - Tự do - Hạnh phúc
GIAI ĐOẠN 1 DỰ ÁN 3D-QR DI TÍCH
   Số: 03/BB-HĐNT                   Kinh Lăng, ngày 14 tháng 11 năm 2026

                               BIÊN BẢN
    Họp Hội đồng nghiệm thu kết quả giai đoạn 1 dự án “Ứng dụng công nghệ
quét 3D và mã QR trong số hóa, quảng bá di tích lịch sử - văn hóa tỉnh Hồ Lăng”

I. THỜI GIAN, ĐỊA ĐIỂM, CĂN CỨ

- Thời gian: 08 giờ 30 phút, ngày 14 tháng 11 năm 2026.
- Địa điểm: Phòng họp tầng 2, Bảo tàng tỉnh Hồ Lăng, số 18 đường Thành Cổ, thành phố Kinh Lăng.
- Căn cứ Quyết định số 498/QĐ-SKHCN ngày 04/11/2026 của Giám đốc Sở Khoa học và Công nghệ về việc thành lập Hội đồng nghiệm thu giai đoạn 1 Dự án 3D-QR di tích.

II. THÀNH PHẦN

1. Thành viên Hội đồng có mặt 7/7 người:
- Ông Ninh Đức Hậu, Phó Giám đốc Sở Khoa học và Công nghệ, Chủ tịch Hội đồng;
- Bà Tạ Thu Phương, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, Phó Chủ tịch Hội đồng;
- PGS.TS. Lã Minh Tâm, Chủ tịch Hội Khoa học Lịch sử tỉnh, ủy viên phản biện 1;
- ThS. Cù Văn Định, Phó Giám đốc Trung tâm Chuyển đổi số tỉnh, ủy viên phản biện 2;
- Ông Kiều Văn Lực, Giám đốc Bảo tàng tỉnh Hồ Lăng, ủy viên;
- Bà Hứa Thị Mây, Trưởng ban Ban Quản lý di tích tỉnh, ủy viên;
- Ông Phí Quang Hưng, Trưởng phòng Quản lý Di sản văn hóa, Sở Văn hóa, Thể thao và Du lịch, ủy viên.
2. Thư ký hành chính: bà Mạc Thị Lan, chuyên viên Phòng Quản lý khoa học, Sở Khoa học và Công nghệ.
3. Đại diện tổ chức chủ trì: TS. Đặng Minh Quyền, chủ nhiệm dự án; ThS. Tống Thị Hà, thư ký dự án, Trường Đại học Khoa học Hồ Lăng.
4. Khách mời: đại diện Phòng Kế hoạch - Tài chính, Sở Khoa học và Công nghệ; đại diện UBND huyện Vịnh Đào.

III. NỘI DUNG PHIÊN HỌP

1. Thư ký hành chính đọc Quyết định thành lập Hội đồng; Chủ tịch Hội đồng nêu mục đích, yêu cầu của phiên họp.

2. Chủ nhiệm dự án báo cáo kết quả giai đoạn 1:
- Đã khảo sát, quét 3D và dựng mô hình hoàn chỉnh 05/05 di tích: Thành cổ Kinh Lăng, Đình Khai Lạc, Chùa Hang Sương, Đền Thác Bà Gấm, Văn Chỉ Đông Nghi;
- Tổng dung lượng dữ liệu gốc 4,2 TB; sai số mô hình không quá ± 3 mm đối với chi tiết kiến trúc;
- Đã lắp đặt 29/31 biển mã QR; 02 biển tại Chùa Hang Sương chưa lắp do di tích đang tu bổ mái tam quan;
- Biên soạn 148 trang thuyết minh song ngữ Việt - Anh; tập huấn cho 22 cán bộ, kỹ thuật viên của Bảo tàng tỉnh và Ban Quản lý di tích tỉnh.

3. Ý kiến phản biện:
- PGS.TS. Lã Minh Tâm: mô hình Thành cổ Kinh Lăng còn thiếu đoạn tường thành phía Tây do bị cây cối che khuất; đề nghị bổ sung bằng ảnh chụp từ thiết bị bay không người lái. Một số tên gọi cổ trong phần thuyết minh cần đối chiếu với tư liệu Hán Nôm của Thư viện tỉnh.
- ThS. Cù Văn Định: dữ liệu gốc mới lưu tại máy chủ của Trường, chưa có bản sao thứ hai; đề nghị sao lưu lên Trung tâm dữ liệu tỉnh theo yêu cầu của Kế hoạch số 74/KH-UBND.

4. Ý kiến các thành viên khác: ông Kiều Văn Lực đề nghị bàn giao kèm phần mềm xem mô hình chạy được trên máy tính của Bảo tàng; bà Hứa Thị Mây đề nghị biển QR có thêm dòng chữ hướng dẫn cho người cao tuổi.

5. Hội đồng kiểm tra trực tiếp: trình chiếu 05 mô hình 3D và quét thử ngẫu nhiên 10 mã QR bằng điện thoại; 10/10 mã mở đúng trang thuyết minh, thời gian tải trang dưới 3 giây.

IV. KẾT LUẬN CỦA HỘI ĐỒNG

1. Kết quả bỏ phiếu: 7/7 phiếu đánh giá "Đạt"; điểm trung bình 86,4/100. Hội đồng thống nhất nghiệm thu kết quả giai đoạn 1, xếp loại Đạt.

2. Yêu cầu sau nghiệm thu:
a) Trường Đại học Khoa học Hồ Lăng hoàn thiện mô hình Thành cổ Kinh Lăng, sao lưu dữ liệu gốc lên Trung tâm dữ liệu tỉnh và nộp hồ sơ hoàn thiện về Sở Khoa học và Công nghệ trước ngày 30/11/2026.
b) Ban Quản lý di tích tỉnh phối hợp với nhóm thực hiện lắp đặt 02 biển mã QR còn lại tại Chùa Hang Sương ngay sau khi tu bổ xong, chậm nhất ngày 31/01/2027.
c) Bảo tàng tỉnh Hồ Lăng tiếp nhận bản gốc dữ liệu 3D và phần mềm xem mô hình trong thời hạn 10 ngày làm việc kể từ ngày nhận hồ sơ hoàn thiện.
d) Phòng Quản lý khoa học phối hợp với Phòng Kế hoạch - Tài chính làm thủ tục cấp kinh phí đợt 2 với số tiền 840.000.000 đồng sau khi hồ sơ hoàn thiện được chấp nhận.
đ) Sở Văn hóa, Thể thao và Du lịch cập nhật kết quả giai đoạn 1 vào báo cáo năm 2026 về thực hiện Kế hoạch số 74/KH-UBND.

Phiên họp kết thúc lúc 11 giờ 20 phút cùng ngày. Biên bản được lập thành 05 bản, đã đọc lại cho các thành viên Hội đồng nghe và thống nhất ký tên.

       THƯ KÝ HÀNH CHÍNH                         CHỦ TỊCH HỘI ĐỒNG
            (Đã ký)                                   (Đã ký)
          Mạc Thị Lan                               Ninh Đức Hậu

Nơi nhận:
- Sở KH&CN (Phòng QLKH, Phòng KH-TC);
- Trường Đại học Khoa học Hồ Lăng;
- Sở VHTTDL;
- Lưu: HĐNT.
"""


# ---------------------------------------------------------------------------
# sg05 – Báo cáo của Sở VHTTDL (md)
# ---------------------------------------------------------------------------
SG05 = """\
UBND TỈNH HỒ LĂNG
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 388/BC-SVHTTDL

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kinh Lăng, ngày 18 tháng 12 năm 2026

# BÁO CÁO

## Kết quả thực hiện Kế hoạch số hóa di sản văn hóa và tri thức địa phương năm 2026

Kính gửi: Ủy ban nhân dân tỉnh Hồ Lăng.

Thực hiện Kế hoạch số 74/KH-UBND ngày 12/01/2026 của UBND tỉnh, Sở Văn hóa, Thể thao và Du lịch (VHTTDL) báo cáo kết quả năm 2026 như sau:

### I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI

1. Sở đã tham mưu UBND tỉnh giao chỉ tiêu cho từng đơn vị; ban hành bộ siêu dữ liệu và quy tắc mã định danh dùng chung tại Quyết định số 142/QĐ-SVHTTDL ngày 28/5/2026, đúng thời hạn quý II/2026.
2. Kho dữ liệu di sản số tỉnh Hồ Lăng (https://disan.holang.gov.vn) vận hành thử từ ngày 01/7/2026 và vận hành chính thức từ ngày 15/9/2026 trên hạ tầng Trung tâm dữ liệu tỉnh; dung lượng được cấp 20 TB, đến ngày 15/12/2026 đã sử dụng 12,4 TB.
3. 7/7 huyện, thị xã, thành phố đã ban hành hướng dẫn sưu tầm dân ca, ảnh tư liệu; 6 đơn vị ban hành đúng hạn, riêng huyện Cao Viễn ban hành ngày 22/4/2026, chậm so với thời hạn 31/3/2026. Phòng Văn hóa - Thông tin huyện Vịnh Đào ban hành Hướng dẫn số 09/HD-VHTT ngày 25/3/2026, là đơn vị đầu tiên quy định cụ thể quy tắc đặt tên tệp.
4. Sở phối hợp với Sở Khoa học và Công nghệ theo dõi Dự án 3D-QR di tích (Quyết định số 215/QĐ-SKHCN ngày 03/3/2026); giai đoạn 1 đã được Hội đồng nghiệm thu ngày 14/11/2026, xếp loại Đạt.
5. Tổ chức 03 lớp tập huấn cho công chức văn hóa cấp xã tại thành phố Kinh Lăng, huyện Sương Nguyệt và huyện Nậm Khiêu, hoàn thành ngày 26/9/2026.

### II. KẾT QUẢ THỰC HIỆN CHỈ TIÊU

**1. Kết quả của các đơn vị cấp tỉnh**

| Chỉ tiêu | Kế hoạch năm 2026 | Kết quả | Tỷ lệ | Đơn vị thực hiện |
|---|---:|---:|---:|---|
| Hiện vật được số hóa | 1.500 | 1.630 | 108,7% | Bảo tàng tỉnh |
| Đầu sách cổ, tư liệu Hán Nôm được số hóa | 400 | 356 | 89,0% | Thư viện tỉnh |
| Di tích được quét 3D | 5 | 5 | 100% | Trường Đại học Khoa học Hồ Lăng |
| Biển mã QR được lắp đặt (giai đoạn 1) | 31 | 29 | 93,5% | Ban Quản lý di tích tỉnh |
| Bài dân ca được cập nhật | 250 | 318 | 127,2% | UBND cấp huyện |

Ngoài ra, Bảo tàng tỉnh đã dựng 64 mô hình 3D hiện vật; Thư viện tỉnh đã số hóa 47.820 trang tư liệu, phiên âm, dịch nghĩa 38 đầu sách.

**2. Kết quả sưu tầm dân ca, ảnh tư liệu theo đơn vị cấp huyện**

| TT | Đơn vị | Số xã, phường, thị trấn | Số xã có dữ liệu | Bài dân ca | Ảnh tư liệu | Công chức được tập huấn |
|---:|---|---:|---:|---:|---:|---:|
| 1 | Thành phố Kinh Lăng | 14 | 14 | 21 | 412 | 16 |
| 2 | Thị xã Đông Nghi | 10 | 9 | 27 | 305 | 12 |
| 3 | Huyện Vịnh Đào | 17 | 17 | 84 | 620 | 19 |
| 4 | Huyện Sương Nguyệt | 15 | 12 | 58 | 347 | 15 |
| 5 | Huyện Phù Thạch | 16 | 13 | 49 | 288 | 16 |
| 6 | Huyện Nậm Khiêu | 12 | 8 | 63 | 196 | 11 |
| 7 | Huyện Cao Viễn | 13 | 6 | 16 | 94 | 9 |
|  | **Tổng cộng** | 97 | 79 | 318 | 2.262 | 98 |

Huyện Vịnh Đào dẫn đầu với 84 bài dân ca và 620 ảnh tư liệu, 17/17 xã, thị trấn có dữ liệu. Huyện Nậm Khiêu có nhiều bài dân ca (63 bài, chủ yếu là hát then, hát ru của đồng bào Tày, Dao) nhưng mới có 8/12 xã có dữ liệu. Huyện Cao Viễn đạt thấp nhất với 6/13 xã.

### III. KINH PHÍ

Kinh phí năm 2026 được giao 6,1 tỷ đồng; đến ngày 15/12/2026 đã giải ngân 5,18 tỷ đồng, đạt 84,9%. Phần chưa giải ngân chủ yếu là kinh phí đợt 2 của Dự án 3D-QR di tích (840 triệu đồng) đang chờ hồ sơ hoàn thiện sau nghiệm thu.

### IV. TỒN TẠI, HẠN CHẾ

- Thư viện tỉnh mới đạt 89,0% chỉ tiêu do máy quét sách chuyên dụng bàn giao chậm (tháng 8/2026).
- 02 biển mã QR tại Chùa Hang Sương chưa lắp đặt do di tích đang tu bổ.
- Có 137 tệp bị trả lại do đặt tên sai quy tắc hoặc thiếu Phiếu đồng ý chia sẻ tư liệu; một số xã vùng cao còn thiếu thiết bị ghi âm và đường truyền.
- Huyện Cao Viễn chỉ có 6/13 xã có dữ liệu; công chức văn hóa một số xã kiêm nhiệm nhiều việc.

### V. NHIỆM VỤ NĂM 2027 VÀ KIẾN NGHỊ

1. Bảo tàng tỉnh số hóa thêm 1.800 hiện vật; Thư viện tỉnh số hóa 544 đầu sách (gồm 500 đầu sách theo kế hoạch năm 2027 và 44 đầu sách còn thiếu của năm 2026).
2. Ban Quản lý di tích tỉnh hoàn thành gắn mã QR tại 24 di tích còn lại trước tháng 12/2027.
3. UBND huyện Cao Viễn và UBND huyện Nậm Khiêu tập trung hỗ trợ các xã chưa có dữ liệu, bảo đảm 100% xã có dữ liệu trước ngày 30/6/2027.
4. Kiến nghị UBND tỉnh bổ sung 1,2 tỷ đồng để mua thêm 01 máy quét sách và nâng dung lượng lưu trữ Kho dữ liệu lên 50 TB.
5. Đề nghị Sở Khoa học và Công nghệ cấp kinh phí đợt 2 Dự án 3D-QR di tích trong quý I/2027.
6. Đề nghị Sở Giáo dục và Đào tạo đưa dữ liệu di sản số vào nội dung giáo dục địa phương cấp THCS từ năm học 2027 - 2028.

Đầu mối theo dõi: Phòng Quản lý Di sản văn hóa, ông Phí Quang Hưng, điện thoại 0207 3852 416, thư điện tử qldsvh.svhttdl@holang.gov.vn.

**Nơi nhận:**
- UBND tỉnh (b/c);
- Bộ VHTTDL (b/c);
- Sở KH&CN, Sở Tài chính, Sở GD&ĐT;
- UBND các huyện, thị xã, thành phố;
- Lưu: VT, QLDSVH.

GIÁM ĐỐC
(Đã ký)
Nông Thị Thu Trang
"""


def build_corpus():
    CORPUS.mkdir(parents=True, exist_ok=True)
    build_sg01(CORPUS / F1)
    build_sg02(CORPUS / F2)
    build_sg03(CORPUS / F3)
    (CORPUS / F4).write_text(nfc(SG04), encoding="utf-8")
    (CORPUS / F5).write_text(nfc(SG05), encoding="utf-8")


# ---------------------------------------------------------------------------
# questions and who-what gold (appended below)
# ---------------------------------------------------------------------------
_LABELS = {}


def _q(question, kind, ev=(), kw=(), ans=True, hist=None, actors=None, label=None):
    d = {"id": None, "question": nfc(question), "answerable": ans, "kind": kind,
         "evidence": [{"source": f, "quote": nfc(t)} for f, t in ev], "keywords": [nfc(k) for k in kw]}
    if hist:
        d["history"] = [_LABELS[h] for h in hist]
    if actors:
        d["actors"] = [nfc(a) for a in actors]
    if label:
        _LABELS[label] = d["question"]
    return d


def U(question, hist=None, kind="unanswerable"):
    return _q(question, "follow-up" if hist else kind, ans=False, hist=hist)


QUESTIONS = [
    # ---- sg01 Kế hoạch 74/KH-UBND
    _q("Đến 2028 tỉnh đặt mục tiêu số hóa bao nhiêu hiện vật ở bảo tàng?", "factoid",
       [(F1, "Số hóa 4.500 hiện vật tiêu biểu của Bảo tàng tỉnh")], ["4.500"], label="a1"),
    _q("Trong số đó dựng mô hình 3D bao nhiêu cái?", "follow-up",
       [(F1, "trong đó 300 hiện vật được dựng mô hình 3D")], ["300"], hist=["a1"]),
    _q("KH 74 tổng kinh phí dự kiến bao nhiêu, ngân sách tỉnh chiếm bao nhiêu?", "abbreviation",
       [(F1, "Tổng kinh phí dự kiến 18,6 tỷ đồng, trong đó ngân sách tỉnh 15,2 tỷ đồng")],
       ["18,6 tỷ đồng", "15,2 tỷ đồng"]),
    U("Kế hoạch số hóa di sản của tỉnh bố trí bao nhiêu tiền cho riêng năm 2027?"),
    _q("Năm đầu tiên thực hiện kế hoạch số hóa di sản có bao nhiêu kinh phí?", "factoid",
       [(F1, "Kinh phí năm 2026 là 6,1 tỷ đồng")], ["6,1 tỷ đồng"]),
    _q("Sở Khoa học và Công nghệ được giao việc gì trong kế hoạch số hóa di sản văn hóa của tỉnh?", "who-what",
       [(F1, "Sở Khoa học và Công nghệ chủ trì thẩm định và bố trí kinh phí sự nghiệp khoa học và công nghệ "
             "cho dự án quét 3D và mã QR")],
       ["dự án quét 3D và mã QR"], actors=["Sở Khoa học và Công nghệ"], label="a6"),
    _q("Còn Sở GD&ĐT thì sao?", "follow-up",
       [(F1, "Sở Giáo dục và Đào tạo chỉ đạo các trường THCS, THPT khai thác dữ liệu di sản số trong dạy học "
             "lịch sử, giáo dục địa phương")],
       ["THCS, THPT"], hist=["a6"], actors=["Sở Giáo dục và Đào tạo"]),
    _q("ke hoach so hoa di san giai doan 2 nam 2027 phai lam nhung gi", "no-diacritics",
       [(F1, "Giai đoạn 2 (năm 2027): số hóa thêm 1.800 hiện vật và 500 đầu sách; quét 3D 7 di tích còn lại")],
       ["1.800", "7 di tích"]),
    _q("Kế hoạch số hóa di sản văn hóa giai đoạn 2026-2028 của UBND tỉnh có số hiệu gì, ban hành ngày nào?",
       "metadata",
       [(F1, "TỈNH HỒ LĂNG Số: 74/KH-UBND"), (F1, "Kinh Lăng, ngày 12 tháng 01 năm 2026")],
       ["74/KH-UBND", "12 tháng 01 năm 2026"]),
    _q("Ai ký ban hành KH 74/KH-UBND?", "metadata",
       [(F1, "PHÓ CHỦ TỊCH (Đã ký) Vương Thị Thanh Hảo")], ["Vương Thị Thanh Hảo"]),
    _q("KH 74 đề nghị những tổ chức nào vận động dân hiến tặng tư liệu, hiện vật? có MTTQ không", "list",
       [(F1, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn, Hội Văn học nghệ thuật tỉnh vận động")],
       ["Tỉnh đoàn", "Hội Văn học nghệ thuật tỉnh"]),
    U("KH 74 giao Hội Nông dân tỉnh nhiệm vụ gì?"),
    _q("Việc số hóa sách Hán Nôm do đơn vị nào chủ trì, hạn xong khi nào?", "factoid",
       [(F1, "Số hóa 1.200 đầu sách cổ, tư liệu Hán Nôm"), (F1, "Trước ngày 31/10/2028")],
       ["Thư viện tỉnh", "31/10/2028"]),
    _q("UBND cấp huyện phải làm gì theo kế hoạch số hóa di sản của tỉnh, hạn ban hành hướng dẫn là khi nào?",
       "who-what",
       [(F1, "UBND các huyện, thị xã, thành phố chỉ đạo Phòng Văn hóa - Thông tin và UBND cấp xã tổ chức sưu "
             "tầm dân ca, ảnh tư liệu; ban hành hướng dẫn cụ thể trước ngày 31/3/2026")],
       ["31/3/2026"], actors=["UBND các huyện, thị xã, thành phố"]),
    _q("so hoa sach co thu vien tinh muc tieu bao nhieu trang", "no-diacritics",
       [(F1, "Số hóa 1.200 đầu sách cổ, sách Hán Nôm, địa chí và tư liệu quý của Thư viện tỉnh, khoảng "
             "150.000 trang")], ["150.000 trang"]),
    _q("du lieu so hoa phai sao luu o may noi", "no-diacritics",
       [(F1, "được sao lưu tại ít nhất hai vị trí độc lập")], ["hai vị trí độc lập"]),
    _q("Vướng mắc khi làm KH 74 thì báo về phòng nào của Sở VHTTDL, sđt bao nhiêu?", "abbreviation",
       [(F1, "qua Phòng Quản lý Di sản văn hóa, điện thoại 0207 3852 416")],
       ["Phòng Quản lý Di sản văn hóa", "0207 3852 416"]),
    U("Kế hoạch 74 phân bổ chỉ tiêu gắn mã QR cho huyện Phù Thạch là mấy di tích?"),
    _q("Tập huấn công chức văn hóa cấp xã thì ai chủ trì, ai phối hợp?", "who-what",
       [(F1, "Tập huấn công chức văn hóa cấp xã"), (F1, "Trung tâm Văn hóa - Điện ảnh tỉnh"),
        (F1, "Trước ngày 30/9 hằng năm")],
       ["Sở VHTTDL", "Trung tâm Văn hóa - Điện ảnh tỉnh"],
       actors=["Sở VHTTDL", "Trung tâm Văn hóa - Điện ảnh tỉnh"]),
    U("Kho dữ liệu di sản số tỉnh được đầu tư riêng bao nhiêu tiền theo kế hoạch 74?"),

    # ---- sg02 Quyết định 215/QĐ-SKHCN
    _q("QĐ 215 ban hành ngày nào, cơ quan nào ban hành?", "metadata",
       [(F2, "Kèm theo Quyết định số 215/QĐ-SKHCN ngày 03/3/2026 của Sở Khoa học và Công nghệ")],
       ["03/3/2026", "Sở Khoa học và Công nghệ"]),
    _q("Ai ký quyết định phê duyệt kinh phí dự án quét 3D di tích?", "metadata",
       [(F2, "PHÓ GIÁM ĐỐC (Đã ký) Vi Thị Hồng Ngát")], ["Vi Thị Hồng Ngát"]),
    _q("Tổng kinh phí dự án 3D-QR di tích được duyệt bao nhiêu?", "factoid",
       [(F2, "Tổng kinh phí: 2.486.000.000 đồng")], ["2.486.000.000"], label="b3"),
    _q("Trong đó ngân sách tỉnh cấp năm 2027 là bao nhiêu?", "follow-up",
       [(F2, "năm 2027 là 750.000.000 đồng")], ["750.000.000"], hist=["b3"], label="b4"),
    U("Còn năm 2028?", hist=["b3", "b4"]),
    _q("Chủ nhiệm dự án quét 3D và gắn QR cho di tích là ai?", "factoid",
       [(F2, "Chủ nhiệm dự án: TS. Đặng Minh Quyền, Trưởng khoa Công nghệ thông tin")], ["Đặng Minh Quyền"]),
    _q("du an 3d qr di tich lam trong bao lau, tu thang nao den thang nao", "no-diacritics",
       [(F2, "Thời gian thực hiện: 18 tháng, từ tháng 3/2026 đến hết tháng 8/2027")], ["18 tháng", "8/2027"]),
    _q("Giai đoạn 1 dự án quét 3D làm ở những di tích nào?", "list",
       [(F2, "05 di tích đầu tiên (số thứ tự từ 1 đến 5 tại Phụ lục 2)"),
        (F4, "05/05 di tích: Thành cổ Kinh Lăng, Đình Khai Lạc, Chùa Hang Sương, Đền Thác Bà Gấm, Văn Chỉ "
             "Đông Nghi")],
       ["Thành cổ Kinh Lăng", "Đền Thác Bà Gấm", "Văn Chỉ Đông Nghi"]),
    _q("den thac ba gam o xa nao", "no-diacritics",
       [(F2, "Đền Thác Bà Gấm xã Pù Tao, huyện Nậm Khiêu")], ["Pù Tao"]),
    _q("Thành cổ Kinh Lăng được gắn mấy biển QR, xếp hạng gì?", "factoid",
       [(F2, "phường Cổ Thành, thành phố Kinh Lăng Quốc gia đặc biệt 9")], ["Quốc gia đặc biệt", "9"]),
    U("Chùa Phúc Ấm được xếp hạng di tích cấp tỉnh từ năm nào?"),
    _q("Phòng KH-TC của Sở KH&CN có nhiệm vụ gì theo QĐ 215?", "who-what",
       [(F2, "Giao Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Phòng Quản lý khoa học thẩm định hồ sơ "
             "tạm ứng, thanh toán và quyết toán kinh phí")],
       ["tạm ứng, thanh toán và quyết toán"], actors=["Phòng Kế hoạch - Tài chính"]),
    _q("Trường ĐH Khoa học Hồ Lăng phải ký hợp đồng với Sở trước ngày nào?", "who-what",
       [(F2, "Trường Đại học Khoa học Hồ Lăng có trách nhiệm ký hợp đồng thực hiện với Sở trước ngày 20/3/2026")],
       ["20/3/2026"], actors=["Trường Đại học Khoa học Hồ Lăng"], label="b10"),
    _q("Còn báo cáo tiến độ thì bao lâu một lần, nộp về đâu?", "follow-up",
       [(F2, "báo cáo tiến độ định kỳ hằng quý về Phòng Quản lý khoa học")],
       ["hằng quý", "Phòng Quản lý khoa học"], hist=["b10"]),
    _q("Trong dự toán, khoản quét 3D và dựng mô hình hết bao nhiêu tiền?", "factoid",
       [(F2, "Quét 3D, xử lý dữ liệu và dựng mô hình 1.240.000.000")], ["1.240.000.000"]),
    _q("bien ma qr thuyet minh cua du an co may thu tieng", "no-diacritics",
       [(F2, "64 biển mã QR thuyết minh song ngữ Việt - Anh")], ["song ngữ Việt - Anh"]),
    U("Dự án 3D-QR dành bao nhiêu tiền để mua máy quét laser?"),
    _q("Bảo tàng tỉnh có vai trò gì trong dự án quét 3D theo quyết định phê duyệt kinh phí?", "who-what",
       [(F2, "Bảo tàng tỉnh Hồ Lăng phối hợp thẩm định nội dung thuyết minh; tiếp nhận, lưu trữ bản gốc dữ "
             "liệu 3D sau nghiệm thu")],
       ["thẩm định nội dung thuyết minh"], actors=["Bảo tàng tỉnh Hồ Lăng"]),
    _q("Quyết định phê duyệt kinh phí dự án 3D căn cứ những văn bản nào của tỉnh?", "list",
       [(F2, "Căn cứ Quyết định số 06/2025/QĐ-UBND ngày 14/3/2025 của UBND tỉnh Hồ Lăng"),
        (F2, "Căn cứ Kế hoạch số 74/KH-UBND ngày 12/01/2026 của UBND tỉnh")],
       ["06/2025/QĐ-UBND", "74/KH-UBND"]),
    _q("Ban Quản lý di tích tỉnh phải làm gì theo QĐ 215?", "who-what",
       [(F2, "Ban Quản lý di tích tỉnh phối hợp khảo sát, cung cấp hồ sơ khoa học của di tích và bố trí vị trí "
             "lắp đặt biển mã QR")],
       ["bố trí vị trí lắp đặt biển mã QR"], actors=["Ban Quản lý di tích tỉnh"]),
    U("QĐ 216/QĐ-SKHCN của Sở KH&CN phê duyệt dự án nào?"),
    _q("Huyện Vịnh Đào có những di tích nào nằm trong danh mục quét 3D?", "list",
       [(F2, "Đình Khai Lạc xã Khai Lạc, huyện Vịnh Đào"), (F2, "Đình Thủy Tú xã Thủy Tú, huyện Vịnh Đào"),
        (F2, "Đền Cửa Rào xã Lộc Vịnh, huyện Vịnh Đào")],
       ["Đình Khai Lạc", "Đình Thủy Tú", "Đền Cửa Rào"]),
    U("Chi phí quét 3D riêng cho Đình Thủy Tú là bao nhiêu?"),

    # ---- sg03 Hướng dẫn 09/HD-VHTT
    _q("File ghi âm dân ca bản gốc phải định dạng gì, tần số lấy mẫu bao nhiêu?", "factoid",
       [(F3, "bản gốc định dạng WAV, tần số lấy mẫu 48 kHz, độ sâu 24 bit")], ["WAV", "48 kHz"], label="c1"),
    _q("Thế còn video?", "follow-up",
       [(F3, "Video: định dạng MP4 (mã hóa H.264), độ phân giải tối thiểu 1920 x 1080 (Full HD), dung lượng "
             "không quá 2 GB/tệp")],
       ["MP4", "2 GB"], hist=["c1"]),
    _q("anh tu lieu toi da bao nhieu MB moi tep", "no-diacritics",
       [(F3, "dung lượng không quá 25 MB/tệp")], ["25 MB"]),
    _q("Đặt tên file dân ca theo quy tắc nào, có ví dụ không?", "factoid",
       [(F3, "VD_<mã xã>_<loại>_<năm ghi>_<số thứ tự>"),
        (F3, "VD_KLA_DC_2026_007.wav là bài dân ca thứ bảy ghi tại xã Khai Lạc năm 2026")],
       ["VD_KLA_DC_2026_007.wav"]),
    _q("Mã của xã Thủy Tú khi đặt tên tệp là gì?", "factoid",
       [(F3, "xã Khai Lạc là KLA; xã Thủy Tú là TTU")], ["TTU"], label="c5"),
    U("Thế xã Tân Đào?", hist=["c5"]),
    _q("Huyện đoàn Vịnh Đào được đề nghị làm gì trong việc số hóa dân ca?", "who-what",
       [(F3, "mỗi cơ sở đoàn hỗ trợ ít nhất 01 xã nhập dữ liệu")],
       ["Thanh niên tình nguyện số", "01 xã"], actors=["Huyện đoàn Vịnh Đào"]),
    _q("Phòng GD&ĐT huyện phải làm gì theo HD 09 về sưu tầm dân ca?", "who-what",
       [(F3, "Đề nghị Phòng Giáo dục và Đào tạo chỉ đạo các trường THCS lồng ghép hoạt động"),
        (F3, "cho học sinh lớp 8, lớp 9")],
       ["THCS", "lớp 8, lớp 9"], actors=["Phòng Giáo dục và Đào tạo"], label="c7"),
    _q("Còn Trung tâm VH, TT và Truyền thông huyện?", "follow-up",
       [(F3, "cử kỹ thuật viên hỗ trợ ghi âm, ghi hình tại các xã vùng cao"),
        (F3, "cho các xã mượn 02 bộ thiết bị ghi âm cầm tay theo lịch đăng ký")],
       ["02 bộ thiết bị ghi âm"], hist=["c7"], actors=["Trung tâm Văn hóa, Thể thao và Truyền thông huyện"]),
    _q("Hạn cập nhật dân ca, ảnh đợt 1 ở huyện Vịnh Đào là ngày nào?", "factoid",
       [(F3, "đợt 1 trước ngày 30/6/2026, đợt 2 trước ngày 15/11/2026")], ["30/6/2026"], label="c9"),
    _q("Mỗi xã phải nộp tối thiểu mấy bài, mấy ảnh?", "follow-up",
       [(F3, "cập nhật tối thiểu 04 bài dân ca và 30 ảnh tư liệu trong năm 2026")],
       ["04 bài dân ca", "30 ảnh tư liệu"], hist=["c9"]),
    _q("Vướng nghiệp vụ khi cập nhật dân ca lên kho dữ liệu thì liên hệ ai?", "factoid",
       [(F3, "liên hệ bà Mã Thị Huyền, chuyên viên Phòng Văn hóa - Thông tin, điện thoại 0915 306 428")],
       ["Mã Thị Huyền", "0915 306 428"], label="c11"),
    _q("Còn vướng kỹ thuật ghi âm ghi hình thì gọi ai?", "follow-up",
       [(F3, "liên hệ ông Lương Văn Khởi, Trung tâm Văn hóa, Thể thao và Truyền thông huyện, điện thoại "
             "0978 442 115")],
       ["Lương Văn Khởi", "0978 442 115"], hist=["c11"]),
    U("Người quay video dân ca được hỗ trợ bao nhiêu tiền một clip?"),
    _q("phong van hoa thong tin kiem duyet file trong bao nhieu ngay", "no-diacritics",
       [(F3, "kiểm duyệt trong thời hạn 05 ngày làm việc")], ["05 ngày làm việc"]),
    _q("Có được gửi file dân ca qua Zalo hay email cá nhân cho phòng không?", "factoid",
       [(F3, "không gửi tệp qua mạng xã hội hoặc thư điện tử cá nhân")], ["không gửi tệp qua mạng xã hội"]),
    _q("Hướng dẫn sưu tầm dân ca của huyện Vịnh Đào số mấy, ban hành ngày nào?", "metadata",
       [(F5, "Phòng Văn hóa - Thông tin huyện Vịnh Đào ban hành Hướng dẫn số 09/HD-VHTT ngày 25/3/2026"),
        (F3, "Vịnh Đào, ngày 25 tháng 3 năm 2026")],
       ["09/HD-VHTT", "25/3/2026"]),
    U("Lớp tập huấn công chức văn hóa xã tại huyện Vịnh Đào tổ chức ngày nào?"),
    _q("HD 09 áp dụng cho bao nhiêu xã, TT?", "abbreviation",
       [(F3, "áp dụng đối với UBND 17 xã, thị trấn")], ["17 xã"]),
    _q("tong kinh phi ho tro suu tam dan ca cua huyen vinh dao nam 2026 la bao nhieu", "no-diacritics",
       [(F3, "tổng dự toán 96.000.000 đồng")], ["96.000.000"]),
    _q("hoi nguoi cao tuoi huyen vinh dao duoc de nghi lam gi", "who-what",
       [(F3, "Đề nghị Hội Người cao tuổi huyện và Câu lạc bộ Dân ca Vịnh Đào giới thiệu nghệ nhân, người am "
             "hiểu làn điệu cổ để ghi âm")],
       ["giới thiệu nghệ nhân"], actors=["Hội Người cao tuổi huyện"]),
    U("Giải nhất cuộc thi Em sưu tầm dân ca quê hương được thưởng bao nhiêu?"),
    U("huyen vinh dao co bao nhieu nghe nhan dan ca da duoc lap danh sach"),

    # ---- sg04 Biên bản 03/BB-HĐNT
    _q("Hội đồng nghiệm thu giai đoạn 1 dự án 3D họp ngày nào, ở đâu?", "factoid",
       [(F4, "08 giờ 30 phút, ngày 14 tháng 11 năm 2026"),
        (F4, "Phòng họp tầng 2, Bảo tàng tỉnh Hồ Lăng, số 18 đường Thành Cổ")],
       ["14 tháng 11 năm 2026", "Bảo tàng tỉnh Hồ Lăng"], label="d1"),
    _q("Họp xong lúc mấy giờ?", "follow-up",
       [(F4, "Phiên họp kết thúc lúc 11 giờ 20 phút cùng ngày")], ["11 giờ 20 phút"], hist=["d1"]),
    _q("Giai đoạn 1 được chấm điểm trung bình bao nhiêu?", "factoid",
       [(F4, "7/7 phiếu đánh giá \"Đạt\"; điểm trung bình 86,4/100")], ["86,4/100"], label="d3"),
    _q("Xếp loại gì vậy?", "follow-up",
       [(F4, "Hội đồng thống nhất nghiệm thu kết quả giai đoạn 1, xếp loại Đạt")], ["xếp loại Đạt"],
       hist=["d3"]),
    _q("Sau nghiệm thu, trường ĐH Khoa học phải nộp hồ sơ hoàn thiện trước ngày nào?", "who-what",
       [(F4, "nộp hồ sơ hoàn thiện về Sở Khoa học và Công nghệ trước ngày 30/11/2026")], ["30/11/2026"],
       actors=["Trường Đại học Khoa học Hồ Lăng"], label="d5"),
    _q("Còn BQL di tích tỉnh?", "follow-up",
       [(F4, "lắp đặt 02 biển mã QR còn lại tại Chùa Hang Sương ngay sau khi tu bổ xong, chậm nhất ngày "
             "31/01/2027")],
       ["31/01/2027"], hist=["d5"], actors=["Ban Quản lý di tích tỉnh"]),
    _q("chu tich hoi dong nghiem thu giai doan 1 la ai", "no-diacritics",
       [(F4, "Ông Ninh Đức Hậu, Phó Giám đốc Sở Khoa học và Công nghệ, Chủ tịch Hội đồng")], ["Ninh Đức Hậu"]),
    _q("dung luong du lieu goc giai doan 1 la bao nhieu TB", "no-diacritics",
       [(F4, "Tổng dung lượng dữ liệu gốc 4,2 TB")], ["4,2 TB"]),
    _q("hoi dong quet thu bao nhieu ma qr, mo dung may ma", "no-diacritics",
       [(F4, "quét thử ngẫu nhiên 10 mã QR bằng điện thoại; 10/10 mã mở đúng trang thuyết minh")], ["10/10"]),
    U("Hội đồng nghiệm thu giai đoạn 2 dự án 3D-QR dự kiến họp ngày nào?"),
    U("Hội đồng chấm mô hình Chùa Hang Sương được bao nhiêu điểm?"),
    _q("Hội đồng nghiệm thu giai đoạn 1 được thành lập theo quyết định nào?", "metadata",
       [(F4, "Căn cứ Quyết định số 498/QĐ-SKHCN ngày 04/11/2026 của Giám đốc Sở Khoa học và Công nghệ")],
       ["498/QĐ-SKHCN", "04/11/2026"]),
    _q("Ai ký biên bản họp nghiệm thu?", "metadata",
       [(F4, "THƯ KÝ HÀNH CHÍNH CHỦ TỊCH HỘI ĐỒNG"), (F4, "Mạc Thị Lan Ninh Đức Hậu")],
       ["Mạc Thị Lan", "Ninh Đức Hậu"]),
    _q("BB nghiệm thu yêu cầu Sở VHTTDL làm gì?", "who-what",
       [(F4, "Sở Văn hóa, Thể thao và Du lịch cập nhật kết quả giai đoạn 1 vào báo cáo năm 2026")],
       ["báo cáo năm 2026"], actors=["Sở Văn hóa, Thể thao và Du lịch"]),
    U("Trường ĐH Khoa học Hồ Lăng được thưởng bao nhiêu khi giai đoạn 1 nghiệm thu đạt?"),
    # ---- sg05 Báo cáo 388/BC-SVHTTDL
    _q("Năm 2026 Bảo tàng tỉnh số hóa được bao nhiêu hiện vật, đạt bao nhiêu %?", "factoid",
       [(F5, "Hiện vật được số hóa | 1.500 | 1.630 | 108,7%")], ["1.630", "108,7%"], label="e1"),
    _q("Thư viện tỉnh thì sao?", "follow-up",
       [(F5, "Đầu sách cổ, tư liệu Hán Nôm được số hóa | 400 | 356 | 89,0%")], ["356", "89,0%"], hist=["e1"]),
    _q("Huyện nào sưu tầm được nhiều dân ca nhất năm 2026?", "factoid",
       [(F5, "Huyện Vịnh Đào dẫn đầu với 84 bài dân ca và 620 ảnh tư liệu")], ["Vịnh Đào", "84 bài"]),
    _q("Huyện Sương Nguyệt có bao nhiêu xã có dữ liệu di sản?", "factoid",
       [(F5, "Huyện Sương Nguyệt | 15 | 12 | 58 | 347")], ["12"]),
    _q("thi xa dong nghi suu tam duoc bao nhieu anh tu lieu", "no-diacritics",
       [(F5, "Thị xã Đông Nghi | 10 | 9 | 27 | 305")], ["305"]),
    U("Huyện Tây Khánh thu thập được bao nhiêu bài dân ca năm 2026?"),
    U("nam 2026 huyen phu thach duoc cap bao nhieu tien de so hoa di san"),
    _q("Đến giữa tháng 12 kinh phí số hóa năm 2026 giải ngân được bao nhiêu?", "factoid",
       [(F5, "đã giải ngân 5,18 tỷ đồng, đạt 84,9%")], ["5,18 tỷ đồng", "84,9%"]),
    _q("co bao nhieu tep bi tra lai, vi sao", "no-diacritics",
       [(F5, "Có 137 tệp bị trả lại do đặt tên sai quy tắc hoặc thiếu Phiếu đồng ý chia sẻ tư liệu")],
       ["137 tệp"]),
    _q("kho du lieu di san so chay chinh thuc tu ngay nao", "no-diacritics",
       [(F5, "vận hành chính thức từ ngày 15/9/2026")], ["15/9/2026"], label="e11"),
    _q("Đã dùng hết bao nhiêu dung lượng rồi?", "follow-up",
       [(F5, "dung lượng được cấp 20 TB, đến ngày 15/12/2026 đã sử dụng 12,4 TB")], ["12,4 TB"],
       hist=["e11"]),
    _q("Năm 2027 UBND huyện Cao Viễn được yêu cầu làm gì?", "who-what",
       [(F5, "UBND huyện Cao Viễn và UBND huyện Nậm Khiêu tập trung hỗ trợ các xã chưa có dữ liệu, bảo đảm "
             "100% xã có dữ liệu trước ngày 30/6/2027")],
       ["30/6/2027"], actors=["UBND huyện Cao Viễn"]),
    _q("Sở VHTTDL kiến nghị UBND tỉnh bổ sung bao nhiêu tiền, để làm gì?", "abbreviation",
       [(F5, "Kiến nghị UBND tỉnh bổ sung 1,2 tỷ đồng để mua thêm 01 máy quét sách và nâng dung lượng lưu trữ "
             "Kho dữ liệu lên 50 TB")],
       ["1,2 tỷ đồng", "50 TB"]),
    _q("Báo cáo kết quả số hóa di sản năm 2026 của Sở VHTTDL số mấy, ai ký?", "metadata",
       [(F5, "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH Số: 388/BC-SVHTTDL"), (F5, "GIÁM ĐỐC (Đã ký) Nông Thị Thu Trang")],
       ["388/BC-SVHTTDL", "Nông Thị Thu Trang"]),
    U("Hạn để huyện Phù Thạch có 100% xã có dữ liệu là khi nào?"),
    _q("BC 388 đề nghị Sở GD&ĐT làm gì?", "who-what",
       [(F5, "Đề nghị Sở Giáo dục và Đào tạo đưa dữ liệu di sản số vào nội dung giáo dục địa phương cấp THCS "
             "từ năm học 2027 - 2028")],
       ["năm học 2027 - 2028"], actors=["Sở Giáo dục và Đào tạo"]),
    _q("Huyện nào ban hành hướng dẫn sưu tầm dân ca chậm hạn?", "factoid",
       [(F5, "riêng huyện Cao Viễn ban hành ngày 22/4/2026, chậm so với thời hạn 31/3/2026")],
       ["Cao Viễn", "22/4/2026"]),
    U("Máy quét sách mới của Thư viện tỉnh giá bao nhiêu tiền?"),
    U("Tổng số hiện vật Bảo tàng tỉnh đang lưu giữ là bao nhiêu?"),
    U("Thư viện tỉnh năm 2026 phiên âm, dịch nghĩa được bao nhiêu trang?"),
    # ---- corpus-level
    _q("Có mấy văn bản nhắc tới dự án quét 3D và mã QR di tích? Kể ra.", "corpus",
       [(F1, "Triển khai dự án ứng dụng khoa học và công nghệ về quét 3D và mã QR tại di tích"),
        (F2, "Tổng kinh phí: 2.486.000.000 đồng"),
        (F4, "Họp Hội đồng nghiệm thu kết quả giai đoạn 1 dự án"),
        (F5, "theo dõi Dự án 3D-QR di tích (Quyết định số 215/QĐ-SKHCN ngày 03/3/2026)")],
       ["74/KH-UBND", "215/QĐ-SKHCN", "388/BC-SVHTTDL"]),
    _q("Những văn bản nào căn cứ hoặc thực hiện Kế hoạch 74/KH-UBND?", "corpus",
       [(F2, "Căn cứ Kế hoạch số 74/KH-UBND ngày 12/01/2026 của UBND tỉnh"),
        (F3, "Thực hiện Kế hoạch số 74/KH-UBND ngày 12/01/2026 của UBND tỉnh Hồ Lăng"),
        (F5, "Thực hiện Kế hoạch số 74/KH-UBND ngày 12/01/2026 của UBND tỉnh, Sở Văn hóa")],
       ["215/QĐ-SKHCN", "09/HD-VHTT", "388/BC-SVHTTDL"]),
    _q("Trong bộ tài liệu có văn bản nào do cấp huyện ban hành không?", "corpus",
       [(F3, "Phòng Văn hóa - Thông tin huyện hướng dẫn việc sưu tầm, số hóa")], ["Vịnh Đào", "09/HD-VHTT"]),
    _q("Văn bản nào có danh mục các di tích được gắn mã QR?", "corpus",
       [(F2, "DANH MỤC DI TÍCH QUÉT 3D VÀ GẮN MÃ QR")], ["215/QĐ-SKHCN"]),
    _q("Trong các văn bản về số hóa di sản, văn bản nào ban hành sớm nhất?", "corpus",
       [(F1, "Kinh Lăng, ngày 12 tháng 01 năm 2026")], ["74/KH-UBND"]),
    U("Tỉnh đã ban hành quy chế khai thác Kho dữ liệu di sản số chưa, số mấy?"),
    U("CV 455/SVHTTDL-QLDSVH về số hóa di sản yêu cầu những gì?"),
    U("Tỉnh đoàn được giao chỉ tiêu bao nhiêu đoàn viên tham gia sưu tầm dân ca?"),
    U("so dien thoai cua ts dang minh quyen la bao nhieu"),
]
for _i, _d in enumerate(QUESTIONS, 1):
    _d["id"] = f"sg{_i:03d}"


def _a(name, role, deadline, task_quote):
    return {"name": nfc(name), "role": role, "deadline": nfc(deadline) if deadline else None,
            "task_quote": nfc(task_quote)}


WHO_WHAT = [
    {"id": "wsg01", "directive": "KH 74/KH-UBND", "source": F1, "actors": [
        _a("Sở Văn hóa, Thể thao và Du lịch", "thường trực", "trước ngày 15/6",
           "Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực, chủ trì tham mưu, hướng dẫn, đôn đốc thực "
           "hiện Kế hoạch"),
        _a("Sở VHTTDL", "chủ trì", "Trước ngày 30/9 hằng năm", "Tập huấn công chức văn hóa cấp xã"),
        _a("Sở Khoa học và Công nghệ", "chủ trì", None,
           "Sở Khoa học và Công nghệ chủ trì thẩm định và bố trí kinh phí sự nghiệp khoa học và công nghệ cho "
           "dự án quét 3D và mã QR"),
        _a("Sở KH&CN", "chủ trì", "Trước ngày 31/8/2027", "Quét 3D 12 di tích và gắn mã QR tại các di tích này"),
        _a("Sở Tài chính", None, None,
           "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách"),
        _a("Bảo tàng tỉnh", "chủ trì", "Trước ngày 31/12/2028",
           "Số hóa 4.500 hiện vật, dựng 300 mô hình 3D hiện vật"),
        _a("Thư viện tỉnh", "chủ trì", "Trước ngày 31/10/2028", "Số hóa 1.200 đầu sách cổ, tư liệu Hán Nôm"),
        _a("Ban Quản lý di tích tỉnh", "chủ trì", "Trước ngày 31/12/2027",
           "Gắn mã QR thuyết minh tại 24 di tích còn lại"),
        _a("Sở Giáo dục và Đào tạo", None, None,
           "Sở Giáo dục và Đào tạo chỉ đạo các trường THCS, THPT khai thác dữ liệu di sản số trong dạy học "
           "lịch sử"),
        _a("UBND các huyện, thị xã, thành phố", None, "trước ngày 31/3/2026",
           "UBND các huyện, thị xã, thành phố chỉ đạo Phòng Văn hóa - Thông tin và UBND cấp xã tổ chức sưu tầm "
           "dân ca, ảnh tư liệu"),
        _a("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", None, None,
           "vận động hội viên, đoàn viên, nghệ nhân và nhân dân hiến tặng, chia sẻ tư liệu, hiện vật"),
        _a("Tỉnh đoàn", None, None,
           "vận động hội viên, đoàn viên, nghệ nhân và nhân dân hiến tặng, chia sẻ tư liệu, hiện vật"),
        _a("Hội Văn học nghệ thuật tỉnh", None, None,
           "vận động hội viên, đoàn viên, nghệ nhân và nhân dân hiến tặng, chia sẻ tư liệu, hiện vật"),
        _a("Trường Đại học Khoa học Hồ Lăng", "phối hợp", None,
           "Trường Đại học Khoa học Hồ Lăng phối hợp cung cấp nhân lực, thiết bị quét 3D và đào tạo kỹ thuật "
           "viên cho Bảo tàng tỉnh"),
        _a("Trung tâm Văn hóa - Điện ảnh tỉnh", "phối hợp", "Trước ngày 30/9 hằng năm",
           "Tập huấn công chức văn hóa cấp xã"),
        _a("Báo Hồ Lăng", "chủ trì", "Thường xuyên trong cả giai đoạn", "Tuyên truyền, quảng bá dữ liệu di sản số"),
        _a("Đài Phát thanh và Truyền hình tỉnh", "chủ trì", "Thường xuyên trong cả giai đoạn",
           "Tuyên truyền, quảng bá dữ liệu di sản số"),
    ], "intruders": ["Vương Thị Thanh Hảo", "Bộ Văn hóa, Thể thao và Du lịch (b/c)",
                     "Ban Tuyên giáo và Dân vận Tỉnh ủy", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Lưu: VT, KGVX",
                     "Bộ Chính trị", "Ban Thường vụ Tỉnh ủy Hồ Lăng", "ỦY BAN NHÂN DÂN"]},
    {"id": "wsg02", "directive": "QĐ 215/QĐ-SKHCN", "source": F2, "actors": [
        _a("Trường Đại học Khoa học Hồ Lăng", "chủ trì", "trước ngày 20/3/2026",
           "Trường Đại học Khoa học Hồ Lăng có trách nhiệm ký hợp đồng thực hiện với Sở trước ngày 20/3/2026"),
        _a("Ban Quản lý di tích tỉnh", "phối hợp", None,
           "Ban Quản lý di tích tỉnh phối hợp khảo sát, cung cấp hồ sơ khoa học của di tích và bố trí vị trí "
           "lắp đặt biển mã QR"),
        _a("Bảo tàng tỉnh Hồ Lăng", "phối hợp", None,
           "Bảo tàng tỉnh Hồ Lăng phối hợp thẩm định nội dung thuyết minh; tiếp nhận, lưu trữ bản gốc dữ liệu "
           "3D sau nghiệm thu"),
        _a("Phòng Kế hoạch - Tài chính", "chủ trì", None,
           "Giao Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Phòng Quản lý khoa học thẩm định hồ sơ tạm "
           "ứng, thanh toán và quyết toán kinh phí"),
        _a("Phòng Quản lý khoa học", "phối hợp", None,
           "phối hợp với Phòng Quản lý khoa học thẩm định hồ sơ tạm ứng, thanh toán và quyết toán kinh phí"),
        _a("UBND các huyện, thị xã, thành phố có di tích trong danh mục", None, None,
           "chỉ đạo UBND cấp xã tạo điều kiện cho nhóm thực hiện dự án khảo sát, quét 3D tại địa phương"),
    ], "intruders": ["Vi Thị Hồng Ngát", "Kho bạc Nhà nước tỉnh Hồ Lăng", "Sở Tài chính", "Lưu: VT, QLKH",
                     "UBND tỉnh (để b/c)"]},
    {"id": "wsg03", "directive": "HD 09/HD-VHTT", "source": F3, "actors": [
        _a("UBND các xã, thị trấn", None, "trước ngày 05/4/2026",
           "phân công 01 công chức Văn hóa - Xã hội làm đầu mối, gửi danh sách về Phòng Văn hóa - Thông tin "
           "trước ngày 05/4/2026"),
        _a("Trung tâm Văn hóa, Thể thao và Truyền thông huyện", None, None,
           "cử kỹ thuật viên hỗ trợ ghi âm, ghi hình tại các xã vùng cao"),
        _a("Phòng Giáo dục và Đào tạo", None, None,
           "chỉ đạo các trường THCS lồng ghép hoạt động"),
        _a("Huyện đoàn Vịnh Đào", None, None, "mỗi cơ sở đoàn hỗ trợ ít nhất 01 xã nhập dữ liệu"),
        _a("Hội Người cao tuổi huyện", None, None,
           "giới thiệu nghệ nhân, người am hiểu làn điệu cổ để ghi âm"),
        _a("Câu lạc bộ Dân ca Vịnh Đào", None, None,
           "giới thiệu nghệ nhân, người am hiểu làn điệu cổ để ghi âm"),
        _a("Phòng Văn hóa - Thông tin", None, "trước ngày 30/11/2026",
           "kiểm duyệt dữ liệu, tổng hợp kết quả, báo cáo UBND huyện và Sở Văn hóa, Thể thao và Du lịch trước "
           "ngày 30/11/2026"),
    ], "intruders": ["Đàm Quang Vinh", "UBND huyện (b/c)", "Sở VHTTDL tỉnh (b/c)", "Lưu: VT", "Mã Thị Huyền",
                     "Lương Văn Khởi", "UBND HUYỆN VỊNH ĐÀO"]},
    {"id": "wsg04", "directive": "BB 03/BB-HĐNT", "source": F4, "actors": [
        _a("Trường Đại học Khoa học Hồ Lăng", None, "trước ngày 30/11/2026",
           "hoàn thiện mô hình Thành cổ Kinh Lăng, sao lưu dữ liệu gốc lên Trung tâm dữ liệu tỉnh"),
        _a("Ban Quản lý di tích tỉnh", None, "chậm nhất ngày 31/01/2027",
           "lắp đặt 02 biển mã QR còn lại tại Chùa Hang Sương ngay sau khi tu bổ xong"),
        _a("Bảo tàng tỉnh Hồ Lăng", None, "trong thời hạn 10 ngày làm việc",
           "tiếp nhận bản gốc dữ liệu 3D và phần mềm xem mô hình"),
        _a("Phòng Quản lý khoa học", None, None,
           "làm thủ tục cấp kinh phí đợt 2 với số tiền 840.000.000 đồng"),
        _a("Phòng Kế hoạch - Tài chính", "phối hợp", None,
           "làm thủ tục cấp kinh phí đợt 2 với số tiền 840.000.000 đồng"),
        _a("Sở Văn hóa, Thể thao và Du lịch", None, None,
           "cập nhật kết quả giai đoạn 1 vào báo cáo năm 2026 về thực hiện Kế hoạch số 74/KH-UBND"),
    ], "intruders": ["Ninh Đức Hậu", "Mạc Thị Lan", "Lưu: HĐNT", "Tạ Thu Phương", "Lã Minh Tâm",
                     "HỘI ĐỒNG NGHIỆM THU"]},
    {"id": "wsg05", "directive": "BC 388/BC-SVHTTDL", "source": F5, "actors": [
        _a("Bảo tàng tỉnh", None, None, "Bảo tàng tỉnh số hóa thêm 1.800 hiện vật"),
        _a("Thư viện tỉnh", None, None, "Thư viện tỉnh số hóa 544 đầu sách"),
        _a("Ban Quản lý di tích tỉnh", None, "trước tháng 12/2027",
           "Ban Quản lý di tích tỉnh hoàn thành gắn mã QR tại 24 di tích còn lại"),
        _a("UBND huyện Cao Viễn", None, "trước ngày 30/6/2027",
           "tập trung hỗ trợ các xã chưa có dữ liệu, bảo đảm 100% xã có dữ liệu"),
        _a("UBND huyện Nậm Khiêu", None, "trước ngày 30/6/2027",
           "tập trung hỗ trợ các xã chưa có dữ liệu, bảo đảm 100% xã có dữ liệu"),
        _a("UBND tỉnh", None, None, "Kiến nghị UBND tỉnh bổ sung 1,2 tỷ đồng để mua thêm 01 máy quét sách"),
        _a("Sở Khoa học và Công nghệ", None, "trong quý I/2027",
           "Đề nghị Sở Khoa học và Công nghệ cấp kinh phí đợt 2 Dự án 3D-QR di tích trong quý I/2027"),
        _a("Sở Giáo dục và Đào tạo", None, "từ năm học 2027 - 2028",
           "đưa dữ liệu di sản số vào nội dung giáo dục địa phương cấp THCS"),
    ], "intruders": ["Nông Thị Thu Trang", "Phí Quang Hưng", "Bộ VHTTDL (b/c)", "Lưu: VT, QLDSVH"]},
]
for _w in WHO_WHAT:
    _w["intruders"] = [nfc(x) for x in _w["intruders"]]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    build_corpus()
    if QUESTIONS:
        write_jsonl(HERE / "questions.jsonl", QUESTIONS)
    if WHO_WHAT:
        write_jsonl(HERE / "who_what.jsonl", WHO_WHAT)
    print("built", sorted(p.name for p in CORPUS.iterdir()))


if __name__ == "__main__":
    main()
