#!/usr/bin/env python3
"""Build the blind76 corpus (5 documents) from the text held in this file.

Run with /work/main/.venv/bin/python build_sa.py
Writes corpus/sa01..sa05 (.txt, .docx, .pdf, .md). All content is invented
(tỉnh Kim Lũy is a fictional province).
"""
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# sa01 - Chỉ thị của Ban Thường vụ Tỉnh ủy (.txt, hard-wrapped as if copied
#        from a PDF; two-column header typed with spaces)
# ---------------------------------------------------------------------------
SA01_HEADER = """\
        TỈNH ỦY KIM LŨY                       ĐẢNG CỘNG SẢN VIỆT NAM
               *                          ----------------------
          Số 27-CT/TU                 Kim Lũy, ngày 18 tháng 02 năm 2025


                                CHỈ THỊ
                     CỦA BAN THƯỜNG VỤ TỈNH ỦY
   về đẩy mạnh phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo,
       nâng cao hiệu quả bảo hộ và khai thác tài sản trí tuệ
                        giai đoạn 2025 - 2030
                              -----
"""

SA01_BODY = [
    "Những năm qua, các cấp ủy, chính quyền trong tỉnh đã quan tâm lãnh đạo, chỉ đạo hoạt động khoa học, công nghệ, đổi mới sáng tạo và khởi nghiệp, bước đầu đạt kết quả tích cực. Giai đoạn 2020 - 2024, toàn tỉnh có 41 dự án khởi nghiệp được hỗ trợ ươm tạo, 9 doanh nghiệp khởi nghiệp đổi mới sáng tạo gọi vốn thành công với tổng số vốn khoảng 23 tỷ đồng; 126 sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên, trong đó có 2 sản phẩm đạt 5 sao; 14 nhãn hiệu tập thể, 3 nhãn hiệu chứng nhận và 1 chỉ dẫn địa lý được cấp văn bằng bảo hộ. Quỹ Phát triển khoa học và công nghệ tỉnh thành lập năm 2021 với vốn điều lệ ban đầu 15 tỷ đồng, đã tài trợ, cho vay ưu đãi đối với 11 dự án.",
    "Tuy nhiên, nhận thức của một số cấp ủy, người đứng đầu về vai trò của đổi mới sáng tạo và tài sản trí tuệ chưa đầy đủ; số doanh nghiệp khởi nghiệp đổi mới sáng tạo còn ít, quy mô nhỏ, khó tiếp cận vốn; nhiều nhãn hiệu tập thể sau khi được bảo hộ chưa có quy chế quản lý hiệu quả, tình trạng \"đăng ký xong để đó\" còn phổ biến; việc truy xuất nguồn gốc nông sản chủ lực mới dừng ở mức thí điểm; đầu tư xã hội cho khoa học, công nghệ chưa tương xứng với tiềm năng.",
    "Căn cứ Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tập trung lãnh đạo, thực hiện tốt các nhiệm vụ sau:",
    "1. Nâng cao nhận thức, trách nhiệm của cấp ủy, người đứng đầu. Xác định phát triển khởi nghiệp đổi mới sáng tạo và tài sản trí tuệ là nhiệm vụ thường xuyên, đưa vào chương trình công tác năm của cấp ủy; người đứng đầu cấp ủy, chính quyền trực tiếp chỉ đạo và chịu trách nhiệm về kết quả thực hiện tại địa phương, đơn vị mình. Kết quả thực hiện Chỉ thị là một tiêu chí đánh giá, xếp loại tổ chức đảng và đảng viên hằng năm.",
    "2. Mục tiêu đến năm 2030: hỗ trợ ít nhất 80 dự án khởi nghiệp đổi mới sáng tạo, trong đó có 25 doanh nghiệp khởi nghiệp gọi vốn thành công; mỗi huyện, thị xã, thành phố có ít nhất 2 nhãn hiệu tập thể hoặc nhãn hiệu chứng nhận được khai thác hiệu quả; 100% sản phẩm OCOP đạt từ 4 sao trở lên áp dụng truy xuất nguồn gốc điện tử; chi cho khoa học, công nghệ và đổi mới sáng tạo đạt tối thiểu 2% tổng chi ngân sách địa phương; vốn điều lệ Quỹ Phát triển khoa học và công nghệ tỉnh đạt 50 tỷ đồng vào năm 2027.",
    "3. Hoàn thiện cơ chế, chính sách. Rà soát, bãi bỏ các quy định không còn phù hợp; trong năm 2025 trình Hội đồng nhân dân tỉnh ban hành nghị quyết về chính sách hỗ trợ khởi nghiệp đổi mới sáng tạo và phát triển tài sản trí tuệ thay thế các chính sách hiện hành. Áp dụng cơ chế khoán chi đến sản phẩm cuối cùng đối với nhiệm vụ khoa học và công nghệ; chấp nhận rủi ro, độ trễ trong nghiên cứu; miễn trách nhiệm cho tổ chức, cá nhân khi thực hiện đúng quy trình mà có thiệt hại do nguyên nhân khách quan.",
    "4. Phát triển hệ sinh thái khởi nghiệp. Thành lập Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh trên cơ sở sắp xếp các đơn vị sự nghiệp hiện có, không tăng biên chế. Tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh định kỳ hằng năm; hình thành mạng lưới nhà đầu tư, chuyên gia cố vấn, doanh nhân đồng hành với các dự án khởi nghiệp; gắn khởi nghiệp với phát triển kinh tế tập thể, hợp tác xã và sản phẩm OCOP.",
    "5. Bảo hộ, khai thác tài sản trí tuệ. Rà soát toàn bộ nhãn hiệu tập thể, nhãn hiệu chứng nhận, chỉ dẫn địa lý hiện đang được bảo hộ; xây dựng, hoàn thiện quy chế quản lý, sử dụng và cơ chế kiểm soát chất lượng; ưu tiên đăng ký bảo hộ cho các sản phẩm chủ lực như quế Mạn Thủy, chè Quan Bích, mật ong Sông Ngân. Tăng cường thanh tra, kiểm tra, xử lý nghiêm hành vi xâm phạm quyền sở hữu trí tuệ, sản xuất, buôn bán hàng giả.",
    "6. Truy xuất nguồn gốc và chuyển đổi số. Vận hành Hệ thống truy xuất nguồn gốc sản phẩm, hàng hóa của tỉnh, kết nối với Cổng truy xuất nguồn gốc quốc gia; hỗ trợ hợp tác xã, chủ thể OCOP sử dụng tem truy xuất, nhật ký sản xuất điện tử và đưa sản phẩm lên các sàn thương mại điện tử.",
    "7. Tổ chức thực hiện",
    "- Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt Chỉ thị đến cán bộ, đảng viên; xây dựng kế hoạch thực hiện phù hợp với điều kiện của địa phương, đơn vị, hoàn thành trước ngày 31/3/2025.",
    "- Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện Chỉ thị trước ngày 15/4/2025; bố trí ngân sách, nguồn lực; chỉ đạo Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính tham mưu xây dựng nghị quyết của Hội đồng nhân dân tỉnh về chính sách hỗ trợ khởi nghiệp đổi mới sáng tạo và phát triển tài sản trí tuệ.",
    "- Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan báo chí của tỉnh định hướng công tác tuyên truyền; kịp thời phát hiện, biểu dương các mô hình, điển hình khởi nghiệp tiêu biểu.",
    "- Ủy ban Kiểm tra Tỉnh ủy lồng ghép nội dung thực hiện Chỉ thị vào chương trình kiểm tra, giám sát hằng năm.",
    "- Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh vận động đoàn viên, hội viên tham gia khởi nghiệp, giám sát việc thực hiện chính sách hỗ trợ. Tỉnh đoàn phát động phong trào \"Thanh niên Kim Lũy khởi nghiệp sáng tạo\", mỗi năm hỗ trợ ít nhất 10 dự án của đoàn viên, thanh niên. Hội Nông dân tỉnh hướng dẫn hội viên tham gia hợp tác xã, xây dựng thương hiệu nông sản.",
    "- Đảng đoàn Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh lãnh đạo Liên hiệp Hội đẩy mạnh tư vấn, phản biện, giám định xã hội đối với các chương trình, đề án về đổi mới sáng tạo.",
    "- Đề nghị Hội Doanh nhân trẻ tỉnh thành lập mạng lưới cố vấn khởi nghiệp với ít nhất 20 doanh nhân tham gia mỗi năm; kết nối thị trường, đầu tư cho các dự án khởi nghiệp của thanh niên.",
    "- Văn phòng Tỉnh ủy chủ trì, phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy theo dõi, kiểm tra việc thực hiện Chỉ thị, định kỳ hằng năm báo cáo Ban Thường vụ Tỉnh ủy; tham mưu sơ kết 3 năm thực hiện Chỉ thị vào quý IV năm 2027.",
    "Chỉ thị này được phổ biến đến chi bộ.",
]

SA01_FOOTER = """\
                                                   T/M BAN THƯỜNG VỤ
                                                         BÍ THƯ
                                                        (Đã ký)

                                                     Tạ Đức Khiêm

Nơi nhận:
- Ban Bí thư Trung ương Đảng (để b/c),
- Văn phòng Trung ương Đảng,
- Bộ Khoa học và Công nghệ,
- Các đồng chí Tỉnh ủy viên,
- Các huyện ủy, thị ủy, thành ủy,
  đảng ủy trực thuộc Tỉnh ủy,
- Lưu Văn phòng Tỉnh ủy.
"""


def wrap_pdf_like(par, width=72):
    # hard wrap like text copied out of a PDF: breaks fall anywhere a space is,
    # also inside names and dates; hyphenated codes (27-CT/TU) are not split.
    return "\n".join(textwrap.wrap(par, width=width, break_long_words=False,
                                   break_on_hyphens=False))


def build_sa01():
    parts = [SA01_HEADER]
    for p in SA01_BODY:
        parts.append(wrap_pdf_like(p) + "\n")
    parts.append("\n" + SA01_FOOTER)
    text = "\n".join(parts)
    with open(os.path.join(CORPUS, "sa01_chithi_dmst.txt"), "w", encoding="utf-8") as f:
        f.write(nfc(text))


# ---------------------------------------------------------------------------
# sa02 - Quyết định của Chủ tịch UBND tỉnh phê duyệt danh mục nhiệm vụ KH&CN
#        (.docx, Word list numbering, two tables)
# ---------------------------------------------------------------------------
SA02_CANCU = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
    "Căn cứ Luật Khoa học và công nghệ ngày 18 tháng 6 năm 2013;",
    "Căn cứ Chỉ thị số 27-CT/TU ngày 18/02/2025 của Ban Thường vụ Tỉnh ủy về đẩy mạnh phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo, nâng cao hiệu quả bảo hộ và khai thác tài sản trí tuệ giai đoạn 2025 - 2030;",
    "Căn cứ Quyết định số 21/2023/QĐ-UBND ngày 14/7/2023 của UBND tỉnh ban hành Quy định quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh;",
    "Căn cứ kết quả họp các Hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ cấp tỉnh ngày 20 và 25/3/2025;",
    "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 88/TTr-SKHCN ngày 02/4/2025.",
]

SA02_DIEU1 = [
    "Điều 1. Phê duyệt danh mục 06 nhiệm vụ khoa học và công nghệ cấp tỉnh bắt đầu thực hiện từ năm 2025 (đợt 1), gồm 02 nhiệm vụ thực hiện theo phương thức tuyển chọn và 04 nhiệm vụ giao trực tiếp, chi tiết tại Phụ lục I kèm theo Quyết định này.",
    "Tổng kinh phí dự kiến từ ngân sách sự nghiệp khoa học và công nghệ tỉnh là 8.380 triệu đồng (Tám tỷ, ba trăm tám mươi triệu đồng); trong đó kinh phí năm 2025 là 3.100 triệu đồng, phần còn lại được bố trí trong dự toán các năm tiếp theo. Kinh phí chính thức của từng nhiệm vụ được xác định sau khi có kết quả thẩm định.",
]

SA02_DIEU2_ITEMS = [
    "Sở Khoa học và Công nghệ chủ trì thông báo tuyển chọn công khai trên Cổng thông tin điện tử của Sở và Báo Kim Lũy trong thời hạn 30 ngày kể từ ngày ký Quyết định này; thành lập hội đồng tư vấn tuyển chọn, tổ chức thẩm định nội dung và kinh phí; ký hợp đồng với tổ chức chủ trì; kiểm tra, đánh giá tiến độ định kỳ 6 tháng một lần và báo cáo UBND tỉnh.",
    "Sở Tài chính có trách nhiệm thẩm định, cân đối kinh phí năm 2025 và tham mưu bố trí kinh phí các năm tiếp theo trong dự toán ngân sách sự nghiệp khoa học và công nghệ.",
    "Các tổ chức chủ trì và chủ nhiệm nhiệm vụ giao trực tiếp hoàn thiện thuyết minh theo ý kiến của hội đồng tư vấn, gửi Sở Khoa học và Công nghệ trước ngày 30/5/2025; thực hiện nhiệm vụ đúng nội dung, tiến độ và sử dụng kinh phí đúng mục đích.",
    "UBND các huyện Mạn Thủy, Quan Bích và Sông Ngân phối hợp, tạo điều kiện về địa bàn, vùng nguyên liệu, dữ liệu cho các nhiệm vụ triển khai tại địa phương; cử cán bộ tham gia và tiếp nhận kết quả sau khi nghiệm thu.",
    "Quỹ Phát triển khoa học và công nghệ tỉnh cấp kinh phí theo hợp đồng đối với các nhiệm vụ áp dụng cơ chế khoán chi đến sản phẩm cuối cùng và theo dõi việc thanh toán, quyết toán.",
]

SA02_DIEU3 = [
    "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các sở: Khoa học và Công nghệ, Tài chính, Nông nghiệp và Môi trường; Giám đốc Quỹ Phát triển khoa học và công nghệ tỉnh; Chủ tịch UBND các huyện Mạn Thủy, Quan Bích, Sông Ngân; thủ trưởng các tổ chức chủ trì, chủ nhiệm nhiệm vụ và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.",
    "Quyết định này có hiệu lực kể từ ngày ký./.",
]

SA02_NOINHAN = [
    "Như Điều 3;",
    "Bộ Khoa học và Công nghệ (b/c);",
    "Thường trực Tỉnh ủy (b/c);",
    "Thường trực HĐND tỉnh (b/c);",
    "Chủ tịch, các PCT UBND tỉnh;",
    "Lưu: VT, KGVX.",
]

SA02_PL1 = [
    ("TT", "Tên nhiệm vụ", "Tổ chức chủ trì", "Chủ nhiệm", "Kinh phí (triệu đồng)", "Thời gian thực hiện"),
    ("1", "Tạo lập, quản lý và phát triển nhãn hiệu chứng nhận \"Quế Mạn Thủy\" cho sản phẩm quế vỏ của huyện Mạn Thủy", "Tuyển chọn", "Tuyển chọn", "1.250", "24 tháng (2025 - 2027)"),
    ("2", "Ứng dụng công nghệ chuỗi khối (blockchain) trong truy xuất nguồn gốc chè Quan Bích", "Trường Đại học Kim Lũy", "TS. Kiều Anh Tuấn (Khoa Công nghệ thông tin)", "1.860", "30 tháng (2025 - 2027)"),
    ("3", "Xây dựng mô hình ươm tạo dự án khởi nghiệp đổi mới sáng tạo cho thanh niên nông thôn tỉnh Kim Lũy", "Trung tâm Hỗ trợ thanh niên khởi nghiệp tỉnh (thuộc Tỉnh đoàn)", "ThS. Giáp Văn Hưng (Phó Giám đốc Trung tâm)", "780", "18 tháng (2025 - 2026)"),
    ("4", "Đánh giá thực trạng và đề xuất giải pháp bảo hộ, khai thác quyền sở hữu trí tuệ đối với sản phẩm OCOP tỉnh Kim Lũy", "Tuyển chọn", "Tuyển chọn", "920", "18 tháng (2025 - 2026)"),
    ("5", "Nghiên cứu nhân giống và xây dựng mô hình trồng sâm Nậm Pha dưới tán rừng", "Trung tâm Ứng dụng và Dịch vụ khoa học và công nghệ tỉnh", "ThS. Lường Thị Thoa (Phòng Ứng dụng công nghệ)", "2.150", "36 tháng (2025 - 2028)"),
    ("6", "Xây dựng sàn giao dịch công nghệ trực tuyến tỉnh Kim Lũy", "Trung tâm Thông tin và Thống kê khoa học và công nghệ tỉnh", "ThS. Bế Thị Lan (Giám đốc Trung tâm)", "1.420", "24 tháng (2025 - 2027)"),
    ("", "Tổng cộng", "", "", "8.380", ""),
]

SA02_PL2 = [
    ("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
    ("1", "Đăng thông báo tuyển chọn đối với nhiệm vụ số 1 và nhiệm vụ số 4", "Sở Khoa học và Công nghệ", "Báo Kim Lũy", "Trước ngày 09/5/2025"),
    ("2", "Thành lập hội đồng tư vấn tuyển chọn, tổ chức họp hội đồng", "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường, UBND huyện Mạn Thủy", "Tháng 5/2025"),
    ("3", "Thẩm định nội dung, kinh phí các nhiệm vụ", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Trước ngày 30/6/2025"),
    ("4", "Trình phê duyệt tổ chức, cá nhân chủ trì và kinh phí", "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh", "Trước ngày 15/7/2025"),
    ("5", "Ký hợp đồng, cấp kinh phí đợt 1", "Sở Khoa học và Công nghệ", "Quỹ Phát triển khoa học và công nghệ tỉnh", "Tháng 7/2025"),
    ("6", "Cung cấp dữ liệu vùng nguyên liệu, bố trí địa điểm triển khai mô hình", "UBND các huyện Mạn Thủy, Quan Bích, Sông Ngân", "Các hợp tác xã, chủ thể OCOP liên quan", "Trong suốt thời gian thực hiện"),
]


def build_sa02():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    def para(text, bold=False, center=False, italic=False, style=None):
        p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
        r = p.add_run(nfc(text))
        r.bold = bold
        r.italic = italic
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    # header as a borderless 2-column table (the usual Word layout)
    hdr = doc.add_table(rows=3, cols=2)
    cells = [
        ("UBND TỈNH KIM LŨY", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("", "Độc lập - Tự do - Hạnh phúc"),
        ("Số: 612/QĐ-UBND", "Kim Lũy, ngày 09 tháng 4 năm 2025"),
    ]
    for i, (a, b) in enumerate(cells):
        hdr.cell(i, 0).text = nfc(a)
        hdr.cell(i, 1).text = nfc(b)
        for c in (hdr.cell(i, 0), hdr.cell(i, 1)):
            for p in c.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    para("")
    para("QUYẾT ĐỊNH", bold=True, center=True)
    para("Phê duyệt danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh bắt đầu thực hiện từ năm 2025 (đợt 1)", bold=True, center=True)
    para("")
    para("CHỦ TỊCH UBND TỈNH KIM LŨY", bold=True, center=True)
    for t in SA02_CANCU:
        para(t, italic=True)
    para("QUYẾT ĐỊNH:", bold=True, center=True)
    for t in SA02_DIEU1:
        para(t)
    para("Điều 2. Tổ chức thực hiện")
    for t in SA02_DIEU2_ITEMS:
        para(t, style="List Number")
    para("Tiến độ triển khai các công việc chủ yếu tại Phụ lục II kèm theo Quyết định này.")
    for t in SA02_DIEU3:
        para(t)
    para("")
    para("KT. CHỦ TỊCH", bold=True)
    para("PHÓ CHỦ TỊCH", bold=True)
    para("(Đã ký)", italic=True)
    para("Vũ Thị Thanh Nhàn", bold=True)
    para("")
    para("Nơi nhận:", bold=True, italic=True)
    for t in SA02_NOINHAN:
        para(t, style="List Bullet")

    def table(rows):
        tb = doc.add_table(rows=len(rows), cols=len(rows[0]))
        tb.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                tb.cell(i, j).text = nfc(val)
                if i == 0:
                    for r in tb.cell(i, j).paragraphs[0].runs:
                        r.bold = True
        return tb

    doc.add_page_break()
    para("Phụ lục I", bold=True, center=True)
    para("DANH MỤC NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ CẤP TỈNH BẮT ĐẦU THỰC HIỆN TỪ NĂM 2025 (ĐỢT 1)", bold=True, center=True)
    para("(Kèm theo Quyết định số 612/QĐ-UBND ngày 09/4/2025 của Chủ tịch UBND tỉnh)", italic=True, center=True)
    table(SA02_PL1)
    para("")
    para("Phụ lục II", bold=True, center=True)
    para("TIẾN ĐỘ TRIỂN KHAI CÁC CÔNG VIỆC CHỦ YẾU", bold=True, center=True)
    table(SA02_PL2)
    doc.save(os.path.join(CORPUS, "sa02_qd_nhiemvu_khcn.docx"))


# ---------------------------------------------------------------------------
# sa03 - Biên bản họp Hội đồng tư vấn tuyển chọn (.pdf, fpdf2 + DejaVuSans)
# ---------------------------------------------------------------------------
SA03_TITLE = [
    "BIÊN BẢN",
    "HỌP HỘI ĐỒNG TƯ VẤN TUYỂN CHỌN TỔ CHỨC, CÁ NHÂN CHỦ TRÌ",
    "NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ CẤP TỈNH",
]

SA03_BODY_A = [
    ("p", "Tên nhiệm vụ: Tạo lập, quản lý và phát triển nhãn hiệu chứng nhận \"Quế Mạn Thủy\" cho sản phẩm quế vỏ của huyện Mạn Thủy (nhiệm vụ số 1, Phụ lục I kèm theo Quyết định số 612/QĐ-UBND ngày 09/4/2025 của Chủ tịch UBND tỉnh)."),
    ("h", "I. THÔNG TIN CHUNG"),
    ("p", "1. Hội đồng được thành lập theo Quyết định số 95/QĐ-SKHCN ngày 12/5/2025 của Giám đốc Sở Khoa học và Công nghệ, gồm 07 thành viên."),
    ("p", "2. Thời gian họp: 8 giờ 30 phút, thứ Năm, ngày 22/5/2025."),
    ("p", "3. Địa điểm: Phòng họp tầng 3, Sở Khoa học và Công nghệ, số 16 đường Lý Bôn, thành phố Kim Lũy."),
    ("p", "4. Thành viên Hội đồng có mặt: 06/07 thành viên, gồm:"),
    ("i", "- PGS.TS. Đàm Quang Vịnh, Trường Đại học Kim Lũy - Chủ tịch Hội đồng;"),
    ("i", "- TS. Châu Minh Đạt, Sở Nông nghiệp và Môi trường - Phó Chủ tịch Hội đồng;"),
    ("i", "- TS. Doãn Thu Thảo, Hội Sở hữu trí tuệ tỉnh - Ủy viên phản biện 1;"),
    ("i", "- ThS. Khổng Minh Quang, Phòng Kinh tế huyện Mạn Thủy - Ủy viên phản biện 2;"),
    ("i", "- Ông Triệu Văn Dín, Giám đốc Hợp tác xã Quế hồi Phiêng Quế - Ủy viên;"),
    ("i", "- ThS. Lục Thị Yến, Phòng Quản lý khoa học, Sở Khoa học và Công nghệ - Ủy viên, thư ký."),
    ("p", "Vắng mặt: TS. Âu Thị Ngần, Trường Cao đẳng Nông lâm Kim Lũy - Ủy viên (có lý do, đã gửi phiếu nhận xét bằng văn bản)."),
    ("p", "5. Đại biểu dự họp: bà Nghiêm Thị Hòa, Phó Giám đốc Sở Khoa học và Công nghệ; ông Tống Văn Mạnh, Trưởng phòng Quản lý khoa học; đại diện hai tổ chức đăng ký tuyển chọn."),
    ("h", "II. NỘI DUNG CUỘC HỌP"),
    ("p", "1. Thư ký Hội đồng công bố Quyết định thành lập Hội đồng và giới thiệu thành phần. Hội đồng có 06/07 thành viên có mặt (đạt 85,7%), bảo đảm số lượng thành viên tối thiểu để tiến hành phiên họp theo quy định. Thành viên vắng mặt không tham gia bỏ phiếu."),
    ("p", "2. Đại diện Phòng Quản lý khoa học báo cáo kết quả mở hồ sơ: nhận được 02 hồ sơ đăng ký, cả hai đều hợp lệ:"),
    ("i", "- Hồ sơ số 01: Trung tâm Ứng dụng và Dịch vụ khoa học và công nghệ tỉnh; chủ nhiệm dự kiến ThS. Hà Minh Trí; kinh phí đề xuất 1.250 triệu đồng; thời gian thực hiện 24 tháng."),
    ("i", "- Hồ sơ số 02: Công ty TNHH Tư vấn Sở hữu trí tuệ Sao Việt; chủ nhiệm dự kiến LS. Quách Tuấn Anh; kinh phí đề xuất 1.190 triệu đồng; thời gian thực hiện 20 tháng."),
    ("p", "3. Đại diện từng tổ chức trình bày tóm tắt thuyết minh (không quá 15 phút mỗi hồ sơ) và trả lời câu hỏi của các thành viên Hội đồng."),
    ("p", "4. Hai ủy viên phản biện đọc nhận xét. Phản biện 1 đánh giá Hồ sơ số 01 có phương án khảo sát vùng nguyên liệu cụ thể, đã có thỏa thuận hợp tác với 4 hợp tác xã quế; Hồ sơ số 02 mạnh về thủ tục pháp lý nhưng thiếu nội dung kiểm soát chất lượng và chưa có cam kết của địa phương. Phản biện 2 đề nghị làm rõ chủ thể đứng tên chủ sở hữu nhãn hiệu chứng nhận."),
    ("p", "5. Hội đồng thảo luận và thống nhất: chủ sở hữu nhãn hiệu chứng nhận \"Quế Mạn Thủy\" là UBND huyện Mạn Thủy; tổ chức chủ trì có trách nhiệm xây dựng hồ sơ đăng ký, quy chế sử dụng, tiêu chí chất lượng và hệ thống tem truy xuất nguồn gốc."),
    ("p", "6. Bỏ phiếu đánh giá. Hội đồng bầu Ban kiểm phiếu gồm 03 người: TS. Doãn Thu Thảo (Trưởng ban), ThS. Khổng Minh Quang và ThS. Lục Thị Yến. Kết quả kiểm phiếu: số phiếu phát ra 06, số phiếu thu về 06, số phiếu hợp lệ 06."),
    ("p", "Bảng tổng hợp điểm trung bình của các hồ sơ (thang điểm 100):"),
]

SA03_TABLE = [
    ("Tiêu chí đánh giá", "Điểm tối đa", "Hồ sơ số 01", "Hồ sơ số 02"),
    ("Tổng quan, luận giải mục tiêu", "15", "12,8", "11,2"),
    ("Nội dung, phương pháp nghiên cứu", "30", "25,2", "21,5"),
    ("Sản phẩm và khả năng ứng dụng", "25", "21,0", "17,8"),
    ("Năng lực tổ chức, chủ nhiệm", "20", "16,4", "13,9"),
    ("Tính hợp lý của kinh phí", "10", "7,9", "7,2"),
    ("Tổng điểm trung bình", "100", "83,3", "71,6"),
]

SA03_BODY_B = [
    ("p", "Hồ sơ số 01 đạt tổng điểm trung bình 83,3/100 điểm, có 06/06 phiếu xếp hạng thứ nhất; Hồ sơ số 02 đạt 71,6/100 điểm, có 0/06 phiếu xếp hạng thứ nhất. Theo quy định, hồ sơ được đề nghị trúng tuyển phải đạt tổng điểm trung bình từ 70 điểm trở lên và có điểm cao nhất."),
    ("h", "III. KẾT LUẬN VÀ KIẾN NGHỊ"),
    ("p", "1. Hội đồng kiến nghị Giám đốc Sở Khoa học và Công nghệ trình UBND tỉnh phê duyệt Trung tâm Ứng dụng và Dịch vụ khoa học và công nghệ tỉnh là tổ chức chủ trì, ThS. Hà Minh Trí là chủ nhiệm nhiệm vụ."),
    ("p", "2. Kinh phí đề nghị điều chỉnh từ 1.250 triệu đồng xuống còn 1.180 triệu đồng, giảm 70 triệu đồng ở các nội dung hội thảo và thuê chuyên gia trong nước; thời gian thực hiện 24 tháng, từ tháng 7/2025 đến tháng 6/2027."),
    ("p", "3. Tổ chức được đề nghị trúng tuyển hoàn thiện thuyết minh theo các yêu cầu sau:"),
    ("i", "a) Bổ sung khảo sát tại 3 xã vùng quế trọng điểm là Nậm Pha, Phiêng Quế và Khuổi Mé, với ít nhất 150 hộ trồng quế;"),
    ("i", "b) Xây dựng bộ tiêu chí chất lượng đặc thù, trong đó hàm lượng tinh dầu trong quế vỏ khô không thấp hơn 3,5%;"),
    ("i", "c) Bổ sung quy trình cấp, thu hồi quyền sử dụng nhãn hiệu chứng nhận và phương án in, quản lý tem truy xuất nguồn gốc;"),
    ("i", "d) Có văn bản cam kết phối hợp của UBND huyện Mạn Thủy."),
    ("p", "Thuyết minh hoàn thiện gửi về Phòng Quản lý khoa học, Sở Khoa học và Công nghệ trước ngày 05/6/2025."),
    ("p", "4. Ý kiến khác: TS. Châu Minh Đạt đề nghị mời Sở Nông nghiệp và Môi trường tham gia xác định bản đồ khu vực địa lý vùng quế; ông Triệu Văn Dín đề nghị ưu tiên cấp quyền sử dụng nhãn hiệu cho các hợp tác xã đã có chứng nhận hữu cơ."),
    ("p", "5. Giao Phòng Quản lý khoa học tổng hợp hồ sơ, phối hợp với Phòng Kế hoạch - Tài chính của Sở thẩm định kinh phí, trình Giám đốc Sở trước ngày 20/6/2025."),
    ("p", "Cuộc họp kết thúc lúc 11 giờ 15 phút cùng ngày. Biên bản được lập thành 03 bản, đã thông qua trước Hội đồng và được các thành viên có mặt nhất trí."),
]


def build_sa03():
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    # two-column header
    pdf.set_font("DejaVu", "", 10)
    left = ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH KIM LŨY", "HỘI ĐỒNG TƯ VẤN TUYỂN CHỌN", "Số: 45/BB-HĐTV"]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Kim Lũy, ngày 22 tháng 5 năm 2025"]
    y0 = pdf.get_y()
    for i, (a, b) in enumerate(zip(left, right)):
        pdf.set_font("DejaVu", "B" if i < 2 else "", 10)
        pdf.set_xy(pdf.l_margin, y0 + i * 6)
        pdf.cell(W * 0.47, 6, nfc(a), align="C")
        pdf.set_xy(pdf.l_margin + W * 0.47, y0 + i * 6)
        pdf.cell(W * 0.53, 6, nfc(b), align="C")
    pdf.set_xy(pdf.l_margin, y0 + 3 * 6 + 6)

    pdf.set_font("DejaVu", "B", 12)
    for t in SA03_TITLE:
        pdf.multi_cell(W, 6.5, nfc(t), align="C")
    pdf.ln(3)

    def body(items):
        for kind, t in items:
            if kind == "h":
                pdf.ln(1.5)
                pdf.set_font("DejaVu", "B", 11)
                pdf.multi_cell(W, 6, nfc(t))
            elif kind == "i":
                pdf.set_font("DejaVu", "", 11)
                pdf.set_x(pdf.l_margin + 6)
                pdf.multi_cell(W - 6, 6, nfc(t))
            else:
                pdf.set_font("DejaVu", "", 11)
                pdf.multi_cell(W, 6, nfc(t), align="J")
            pdf.ln(0.8)

    body(SA03_BODY_A)
    pdf.set_font("DejaVu", "", 10)
    with pdf.table(col_widths=(70, 28, 30, 30), text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
                   line_height=6.5) as tb:
        for row in SA03_TABLE:
            r = tb.row()
            for c in row:
                r.cell(nfc(c))
    pdf.ln(3)
    body(SA03_BODY_B)

    pdf.ln(6)
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("DejaVu", "B", 11)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(W / 2, 6, nfc("THƯ KÝ HỘI ĐỒNG"), align="C")
    pdf.cell(W / 2, 6, nfc("CHỦ TỊCH HỘI ĐỒNG"), align="C")
    pdf.set_font("DejaVu", "", 10)
    pdf.set_xy(pdf.l_margin, y + 7)
    pdf.cell(W / 2, 6, nfc("(Đã ký)"), align="C")
    pdf.cell(W / 2, 6, nfc("(Đã ký)"), align="C")
    pdf.set_font("DejaVu", "B", 11)
    pdf.set_xy(pdf.l_margin, y + 24)
    pdf.cell(W / 2, 6, nfc("Lục Thị Yến"), align="C")
    pdf.cell(W / 2, 6, nfc("PGS.TS. Đàm Quang Vịnh"), align="C")
    pdf.set_xy(pdf.l_margin, y + 36)
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(W, 5.5, nfc("Nơi nhận:"))
    pdf.set_font("DejaVu", "", 10)
    for t in ["- Giám đốc Sở (để b/c);", "- Phòng Quản lý khoa học;", "- Các thành viên Hội đồng;", "- Lưu: VT, hồ sơ nhiệm vụ."]:
        pdf.multi_cell(W, 5.5, nfc(t))
    pdf.output(os.path.join(CORPUS, "sa03_bienban_hoidong.pdf"))


# ---------------------------------------------------------------------------
# sa04 - Thông báo kết luận (.md with a Markdown assignment table)
# ---------------------------------------------------------------------------
SA04 = """\
UBND TỈNH KIM LŨY | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VĂN PHÒNG | Độc lập - Tự do - Hạnh phúc

Số: 118/TB-VPUBND
Kim Lũy, ngày 03 tháng 6 năm 2025

# THÔNG BÁO

## Kết luận của Phó Chủ tịch UBND tỉnh Vũ Thị Thanh Nhàn tại cuộc họp về tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh Kim Lũy năm 2025 và triển khai Chỉ thị số 27-CT/TU

Chiều ngày 30/5/2025, tại Phòng họp số 2, trụ sở UBND tỉnh, đồng chí Vũ Thị Thanh Nhàn, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp về tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh Kim Lũy năm 2025 (sau đây gọi là Ngày hội) và tình hình triển khai Chỉ thị số 27-CT/TU ngày 18/02/2025 của Ban Thường vụ Tỉnh ủy. Dự họp có lãnh đạo các sở: Khoa học và Công nghệ, Tài chính, Công Thương, Nông nghiệp và Môi trường, Văn hóa, Thể thao và Du lịch; lãnh đạo Tỉnh đoàn, Hội Doanh nhân trẻ tỉnh, Quỹ Phát triển khoa học và công nghệ tỉnh, Liên minh Hợp tác xã tỉnh, Trường Đại học Kim Lũy và UBND thành phố Kim Lũy.

Sau khi nghe Sở Khoa học và Công nghệ báo cáo và ý kiến của các đại biểu, Phó Chủ tịch UBND tỉnh kết luận như sau:

### 1. Đánh giá chung

Ngày hội năm 2024 (lần thứ nhất) đã thu hút 64 dự án dự thi, 52 gian trưng bày và khoảng 3.200 lượt khách tham quan; 7 dự án được nhà đầu tư cam kết rót vốn với tổng số tiền 4,6 tỷ đồng. Tuy nhiên, số dự án có hàm lượng công nghệ cao còn ít; sự tham gia của hợp tác xã, chủ thể OCOP chưa nhiều; công tác truyền thông chưa thực sự lan tỏa.

Việc triển khai Chỉ thị số 27-CT/TU còn chậm: đến nay Kế hoạch của UBND tỉnh thực hiện Chỉ thị chưa được ban hành, chậm so với thời hạn Ban Thường vụ Tỉnh ủy yêu cầu (trước ngày 15/4/2025). Sở Khoa học và Công nghệ cần nghiêm túc rút kinh nghiệm.

### 2. Về tổ chức Ngày hội năm 2025

Thống nhất tổ chức Ngày hội trong 02 ngày, 19 và 20/9/2025, tại Trung tâm Hội nghị tỉnh, với chủ đề "Tài sản trí tuệ - đòn bẩy cho sản phẩm địa phương". Nội dung chính gồm: cuộc thi Ý tưởng và dự án khởi nghiệp đổi mới sáng tạo; triển lãm khoảng 80 gian hàng, trong đó dành ít nhất 30 gian cho hợp tác xã và chủ thể OCOP; diễn đàn kết nối đầu tư; tư vấn miễn phí về đăng ký nhãn hiệu và truy xuất nguồn gốc.

Cơ cấu giải thưởng cuộc thi: 01 giải nhất trị giá 50 triệu đồng, 02 giải nhì mỗi giải 30 triệu đồng, 03 giải ba mỗi giải 15 triệu đồng và 05 giải khuyến khích mỗi giải 5 triệu đồng. Ngoài ra, Tỉnh đoàn trao 01 giải dành cho dự án của thanh niên nông thôn trị giá 10 triệu đồng.

Tổng kinh phí dự kiến 1.450 triệu đồng, trong đó ngân sách tỉnh 950 triệu đồng từ nguồn sự nghiệp khoa học và công nghệ, nguồn xã hội hóa 500 triệu đồng.

Phân công thực hiện:

| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |
|----|--------------------|----------------|-----------------|----------|
| 1 | Ban hành kế hoạch tổ chức Ngày hội, thành lập Ban Tổ chức | Sở Khoa học và Công nghệ | Văn phòng UBND tỉnh | Trước ngày 20/6/2025 |
| 2 | Phát động cuộc thi, tiếp nhận hồ sơ dự thi | Sở Khoa học và Công nghệ | Tỉnh đoàn, Trường Đại học Kim Lũy | Từ 01/7 đến 15/8/2025 |
| 3 | Kêu gọi tài trợ, huy động nguồn xã hội hóa | Hội Doanh nhân trẻ tỉnh | Hiệp hội Doanh nghiệp tỉnh | Trước ngày 31/8/2025 |
| 4 | Bố trí gian hàng cho hợp tác xã, chủ thể OCOP | Sở Công Thương | Liên minh Hợp tác xã tỉnh, Sở Nông nghiệp và Môi trường | Trước ngày 10/9/2025 |
| 5 | Tuyên truyền trước, trong và sau Ngày hội | Sở Văn hóa, Thể thao và Du lịch | Báo Kim Lũy, Đài Phát thanh và Truyền hình tỉnh | Từ tháng 7/2025 |
| 6 | Thẩm định, bố trí kinh phí từ ngân sách tỉnh | Sở Tài chính | Sở Khoa học và Công nghệ | Trước ngày 15/7/2025 |
| 7 | Bảo đảm an ninh, trật tự, phòng cháy chữa cháy | Công an tỉnh | UBND thành phố Kim Lũy | Trong thời gian diễn ra Ngày hội |

### 3. Về triển khai Chỉ thị số 27-CT/TU

3.1. Sở Khoa học và Công nghệ hoàn thiện dự thảo Kế hoạch của UBND tỉnh thực hiện Chỉ thị số 27-CT/TU, trình UBND tỉnh trước ngày 15/6/2025; chủ trì, phối hợp với Sở Tài chính xây dựng dự thảo Nghị quyết của HĐND tỉnh về chính sách hỗ trợ khởi nghiệp đổi mới sáng tạo và phát triển tài sản trí tuệ, trình kỳ họp thường lệ cuối năm 2025.

3.2. Quỹ Phát triển khoa học và công nghệ tỉnh xây dựng phương án nâng vốn điều lệ theo lộ trình Chỉ thị đề ra; nghiên cứu cơ chế tài trợ vốn mồi cho dự án khởi nghiệp với mức tối đa 200 triệu đồng/dự án; báo cáo UBND tỉnh trước ngày 30/7/2025.

3.3. Tỉnh đoàn phối hợp với Trung tâm Hỗ trợ thanh niên khởi nghiệp tỉnh lựa chọn ít nhất 10 dự án của đoàn viên, thanh niên để ươm tạo trong năm 2025; giới thiệu các dự án tiêu biểu tham gia Ngày hội.

3.4. Hội Doanh nhân trẻ tỉnh công bố danh sách mạng lưới cố vấn khởi nghiệp trước ngày 31/7/2025.

3.5. UBND các huyện, thị xã, thành phố rà soát tình hình quản lý, khai thác các nhãn hiệu tập thể, nhãn hiệu chứng nhận trên địa bàn, báo cáo Sở Khoa học và Công nghệ trước ngày 15/7/2025.

3.6. Sở Nông nghiệp và Môi trường phối hợp với Sở Khoa học và Công nghệ hướng dẫn các chủ thể OCOP từ 4 sao trở lên áp dụng tem truy xuất nguồn gốc; định kỳ hằng quý báo cáo kết quả về UBND tỉnh.

### 4. Đầu mối liên hệ

Ông Phan Đình Khanh, Phó Trưởng phòng Quản lý công nghệ và Sở hữu trí tuệ, Sở Khoa học và Công nghệ; điện thoại: 0912.447.058; thư điện tử: khanhpd.skhcn@kimluy.gov.vn.

Văn phòng UBND tỉnh thông báo để các sở, ngành, đơn vị liên quan biết, thực hiện./.

KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
(Đã ký)
Âu Hồng Sơn

Nơi nhận:
- Chủ tịch, các PCT UBND tỉnh (b/c);
- Các sở, ngành, đơn vị dự họp;
- UBND các huyện, thị xã, thành phố;
- Lưu: VT, KGVX.
"""


def build_sa04():
    with open(os.path.join(CORPUS, "sa04_tb_ketluan_ngayhoi.md"), "w", encoding="utf-8") as f:
        f.write(nfc(SA04))


# ---------------------------------------------------------------------------
# sa05 - Hướng dẫn của Sở KH&CN (.txt, two-column header typed with spaces)
# ---------------------------------------------------------------------------
SA05 = """\
     UBND TỈNH KIM LŨY                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 SỞ KHOA HỌC VÀ CÔNG NGHỆ                 Độc lập - Tự do - Hạnh phúc
     Số: 07/HD-SKHCN                 Kim Lũy, ngày 14 tháng 5 năm 2025

                               HƯỚNG DẪN
   Trình tự, thủ tục đăng ký bảo hộ nhãn hiệu tập thể, nhãn hiệu chứng nhận
   và áp dụng truy xuất nguồn gốc đối với sản phẩm OCOP, đặc sản địa phương

Thực hiện Chỉ thị số 27-CT/TU ngày 18/02/2025 của Ban Thường vụ Tỉnh ủy; căn cứ Nghị quyết số 15/2023/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ phát triển tài sản trí tuệ trên địa bàn tỉnh Kim Lũy, Sở Khoa học và Công nghệ hướng dẫn như sau:

I. PHẠM VI, ĐỐI TƯỢNG ÁP DỤNG

1. Hướng dẫn này áp dụng đối với việc đăng ký bảo hộ nhãn hiệu tập thể, nhãn hiệu chứng nhận có gắn địa danh của tỉnh và việc áp dụng tem truy xuất nguồn gốc cho sản phẩm OCOP, sản phẩm đặc sản.

2. Đối tượng: hợp tác xã, tổ hợp tác, hội nghề nghiệp; UBND cấp huyện, cấp xã hoặc tổ chức được giao quản lý nhãn hiệu chứng nhận; doanh nghiệp nhỏ và vừa, hộ kinh doanh là chủ thể OCOP.

II. PHÂN BIỆT HAI LOẠI NHÃN HIỆU

1. Nhãn hiệu tập thể dùng để phân biệt sản phẩm của thành viên một tổ chức (ví dụ hợp tác xã, hội) với sản phẩm của tổ chức, cá nhân không phải là thành viên. Chủ sở hữu là tổ chức tập thể; thành viên được sử dụng theo quy chế.

2. Nhãn hiệu chứng nhận dùng để chứng nhận xuất xứ, chất lượng, cách thức sản xuất hoặc đặc tính khác của sản phẩm. Chủ sở hữu không được tự sử dụng mà cho phép tổ chức, cá nhân đáp ứng tiêu chí sử dụng. Đối với nhãn hiệu chứng nhận mang địa danh của tỉnh, chủ sở hữu thường là UBND cấp huyện hoặc cơ quan được UBND tỉnh giao.

III. TRÌNH TỰ ĐĂNG KÝ

Bước 1. Chuẩn bị. Chủ thể xác định sản phẩm, khu vực địa lý, danh sách thành viên hoặc đối tượng được sử dụng. Trường hợp nhãn hiệu có chứa địa danh, chủ thể gửi văn bản đề nghị UBND tỉnh cho phép sử dụng địa danh qua Sở Khoa học và Công nghệ; Sở tham mưu trình UBND tỉnh trong thời hạn 15 ngày làm việc kể từ ngày nhận đủ hồ sơ.

Bước 2. Lập hồ sơ đăng ký, gồm: tờ khai đăng ký nhãn hiệu; 05 mẫu nhãn hiệu kích thước không quá 80 x 80 mm; quy chế sử dụng nhãn hiệu; bản đồ khu vực địa lý; văn bản cho phép sử dụng địa danh; bản mô tả tính chất, chất lượng đặc thù (đối với nhãn hiệu chứng nhận); chứng từ nộp phí, lệ phí.

Bước 3. Rà soát hồ sơ. Trước khi nộp đơn, chủ thể có thể gửi hồ sơ để Sở Khoa học và Công nghệ rà soát miễn phí; thời gian rà soát không quá 05 ngày làm việc.

Bước 4. Nộp đơn tại Cục Sở hữu trí tuệ bằng hình thức trực tuyến qua Cổng dịch vụ công hoặc nộp trực tiếp, qua bưu chính.

Bước 5. Theo dõi xử lý đơn. Đơn được thẩm định hình thức trong 01 tháng, công bố trong 02 tháng kể từ ngày được chấp nhận hợp lệ, thẩm định nội dung trong 09 tháng kể từ ngày công bố. Chủ thể phải trả lời thông báo của Cục trong thời hạn ghi trên thông báo.

Bước 6. Nhận văn bằng và quản lý sau bảo hộ. Sau khi được cấp văn bằng, trong vòng 06 tháng chủ sở hữu phải ban hành quy chế quản lý, cấp quyền sử dụng và tổ chức kiểm soát việc sử dụng nhãn hiệu, tem nhãn.

IV. PHÍ, LỆ PHÍ VÀ MỨC HỖ TRỢ

1. Phí, lệ phí nộp tại Cục Sở hữu trí tuệ (tính cho 01 nhóm sản phẩm, dịch vụ):
- Lệ phí nộp đơn: 150.000 đồng;
- Phí tra cứu: 190.000 đồng;
- Phí thẩm định nội dung: 560.000 đồng;
- Lệ phí công bố đơn: 130.000 đồng;
- Lệ phí cấp văn bằng: 140.000 đồng.
Tổng cộng 1.170.000 đồng cho một nhóm sản phẩm; từ nhóm thứ hai trở đi, chủ thể nộp thêm phí tra cứu và phí thẩm định nội dung cho mỗi nhóm.

2. Mức hỗ trợ từ ngân sách tỉnh theo Nghị quyết số 15/2023/NQ-HĐND:
- Nhãn hiệu chứng nhận: hỗ trợ 100% chi phí, tối đa 80 triệu đồng/nhãn hiệu;
- Nhãn hiệu tập thể: hỗ trợ 70% chi phí, tối đa 40 triệu đồng/nhãn hiệu;
- Nhãn hiệu của doanh nghiệp nhỏ và vừa, hộ kinh doanh là chủ thể OCOP: tối đa 5 triệu đồng/nhãn hiệu.
Hồ sơ đề nghị hỗ trợ gửi về Sở Khoa học và Công nghệ trước ngày 30/9 hằng năm.

V. ÁP DỤNG TRUY XUẤT NGUỒN GỐC

1. Chủ thể đăng ký tài khoản trên Hệ thống truy xuất nguồn gốc sản phẩm, hàng hóa tỉnh Kim Lũy tại địa chỉ truyxuat.kimluy.gov.vn; khai báo thông tin chủ thể, vùng sản xuất, quy trình, lô hàng; cập nhật nhật ký sản xuất điện tử và in tem có mã QR.

2. Hỗ trợ: miễn phí tài khoản trong 02 năm đầu; hỗ trợ 50% chi phí in tem, tối đa 10 triệu đồng/chủ thể/năm.

3. Chỉ tiêu đến hết năm 2025: có ít nhất 60 chủ thể OCOP áp dụng tem truy xuất nguồn gốc trên hệ thống của tỉnh.

VI. TỔ CHỨC THỰC HIỆN

1. Phòng Quản lý công nghệ và Sở hữu trí tuệ, Sở Khoa học và Công nghệ là đầu mối hướng dẫn, tiếp nhận hồ sơ rà soát và hồ sơ đề nghị hỗ trợ; tổ chức tập huấn cho cán bộ cấp huyện, xã trong quý III năm 2025.

2. Đề nghị UBND các huyện, thị xã, thành phố chỉ đạo Phòng Kinh tế hoặc Phòng Kinh tế - Hạ tầng rà soát sản phẩm có tiềm năng, lập danh sách đề xuất đăng ký bảo hộ năm 2025 - 2026, gửi Sở Khoa học và Công nghệ trước ngày 30/6/2025.

3. Sở Nông nghiệp và Môi trường hướng dẫn quy trình sản xuất, cấp mã số vùng trồng; phối hợp xác định bản đồ khu vực địa lý đối với sản phẩm nông sản.

4. Sở Công Thương hỗ trợ đưa sản phẩm đã có tem truy xuất nguồn gốc lên các sàn thương mại điện tử và hội chợ xúc tiến thương mại.

5. Đề nghị Liên minh Hợp tác xã tỉnh và Hội Nông dân tỉnh tuyên truyền, vận động hợp tác xã, hội viên tham gia; hỗ trợ xây dựng quy chế quản lý nhãn hiệu tập thể.

6. Các hợp tác xã, chủ thể OCOP cập nhật nhật ký sản xuất trên hệ thống định kỳ ít nhất hằng tháng và chịu trách nhiệm về tính chính xác của thông tin.

Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ bà Lò Thị Hiền, chuyên viên Phòng Quản lý công nghệ và Sở hữu trí tuệ; điện thoại 0209.3851.274; thư điện tử hienlt.skhcn@kimluy.gov.vn./.

Nơi nhận:                                             KT. GIÁM ĐỐC
- UBND tỉnh (b/c);                                    PHÓ GIÁM ĐỐC
- Cục Sở hữu trí tuệ (b/c);
- UBND các huyện, thị xã, thành phố;                    (Đã ký)
- Các sở: NN&MT, Công Thương;
- Liên minh HTX tỉnh, Hội Nông dân tỉnh;            Nghiêm Thị Hòa
- Lưu: VT, QLCN&SHTT.
"""


def build_sa05():
    with open(os.path.join(CORPUS, "sa05_hd_nhanhieu_truyxuat.txt"), "w", encoding="utf-8") as f:
        f.write(nfc(SA05))


# ---------------------------------------------------------------------------
# Questions (questions.jsonl) and who-what gold (who_what.jsonl)
# ---------------------------------------------------------------------------
S1 = "sa01_chithi_dmst.txt"
S2 = "sa02_qd_nhiemvu_khcn.docx"
S3 = "sa03_bienban_hoidong.pdf"
S4 = "sa04_tb_ketluan_ngayhoi.md"
S5 = "sa05_hd_nhanhieu_truyxuat.txt"

# (key, question, answerable, kind, [(source, quote)], [keywords], history_key, [actors])
Q = [
    # ---- sa01: Chỉ thị 27-CT/TU ----
    ("c_quy", "Quỹ phát triển KH&CN của tỉnh lập năm nào, vốn điều lệ lúc đầu bao nhiêu?", True, "abbreviation",
     [(S1, "Quỹ Phát triển khoa học và công nghệ tỉnh thành lập năm 2021 với vốn điều lệ ban đầu 15 tỷ đồng")], ["2021", "15 tỷ đồng"], None, None),
    ("c_muctieu", "Chỉ thị của Tỉnh ủy về khởi nghiệp sáng tạo đặt ra những chỉ tiêu gì đến 2030?", True, "list",
     [(S1, "hỗ trợ ít nhất 80 dự án khởi nghiệp đổi mới sáng tạo, trong đó có 25 doanh nghiệp khởi nghiệp gọi vốn thành công"),
      (S1, "100% sản phẩm OCOP đạt từ 4 sao trở lên áp dụng truy xuất nguồn gốc điện tử"),
      (S1, "chi cho khoa học, công nghệ và đổi mới sáng tạo đạt tối thiểu 2% tổng chi ngân sách địa phương")],
     ["80", "25", "2%"], None, None),
    ("c_quy2027", "Vậy đến 2027 phải nâng vốn quỹ lên bao nhiêu?", True, "follow-up",
     [(S1, "vốn điều lệ Quỹ Phát triển khoa học và công nghệ tỉnh đạt 50 tỷ đồng vào năm 2027")], ["50 tỷ đồng"], "c_quy", None),
    ("c_2pt", "chi thi 27 yeu cau chi cho khoa hoc cong nghe toi thieu bao nhieu phan tram ngan sach dia phuong", True, "no-diacritics",
     [(S1, "chi cho khoa học, công nghệ và đổi mới sáng tạo đạt tối thiểu 2% tổng chi ngân sách địa phương")], ["2%"], None, None),
    ("c_btg", "Ban Tuyên giáo và Dân vận Tỉnh ủy được giao làm gì trong Chỉ thị 27?", True, "who-what",
     [(S1, "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan báo chí của tỉnh định hướng công tác tuyên truyền")],
     ["định hướng công tác tuyên truyền", "biểu dương"], None, ["Ban Tuyên giáo và Dân vận Tỉnh ủy"]),
    ("c_dnt", "Theo chỉ thị của Tỉnh ủy thì Hội Doanh nhân trẻ tỉnh phải làm gì?", True, "who-what",
     [(S1, "Đề nghị Hội Doanh nhân trẻ tỉnh thành lập mạng lưới cố vấn khởi nghiệp với ít nhất 20 doanh nhân tham gia mỗi năm")],
     ["mạng lưới cố vấn khởi nghiệp", "20 doanh nhân"], None, ["Hội Doanh nhân trẻ tỉnh"]),
    ("c_so", "Chỉ thị về phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo của Tỉnh ủy số mấy, ban hành ngày nào?", True, "metadata",
     [(S1, "Số 27-CT/TU Kim Lũy, ngày 18 tháng 02 năm 2025")], ["27-CT/TU", "18 tháng 02 năm 2025"], None, None),
    ("c_tinhdoan", "Thế còn Tỉnh đoàn?", True, "follow-up",
     [(S1, "Tỉnh đoàn phát động phong trào \"Thanh niên Kim Lũy khởi nghiệp sáng tạo\", mỗi năm hỗ trợ ít nhất 10 dự án")],
     ["Thanh niên Kim Lũy khởi nghiệp sáng tạo", "10 dự án"], "c_dnt", ["Tỉnh đoàn"]),
    ("c_ky", "Ai ký Chỉ thị 27-CT/TU?", True, "metadata",
     [(S1, "T/M BAN THƯỜNG VỤ BÍ THƯ (Đã ký) Tạ Đức Khiêm")], ["Tạ Đức Khiêm"], None, None),
    ("c_u_quanbich", "Chỉ thị 27 giao chỉ tiêu bao nhiêu doanh nghiệp khởi nghiệp gọi vốn cho riêng huyện Quan Bích?", False, "unanswerable",
     [], [], None, None),
    ("c_soket", "Khi nào sơ kết 3 năm thực hiện Chỉ thị 27?", True, "factoid",
     [(S1, "tham mưu sơ kết 3 năm thực hiện Chỉ thị vào quý IV năm 2027")], ["quý IV năm 2027"], None, None),
    ("c_u_quy2030", "Theo chỉ thị của Tỉnh ủy, tới năm 2030 vốn điều lệ Quỹ phát triển KH&CN tỉnh phải đạt bao nhiêu?", False, "unanswerable",
     [], [], None, None),
    ("c_vptu", "Ai tham mưu việc đó?", True, "follow-up",
     [(S1, "Văn phòng Tỉnh ủy chủ trì, phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy theo dõi, kiểm tra việc thực hiện Chỉ thị")],
     ["Văn phòng Tỉnh ủy"], "c_soket", None),
    ("c_huyenuy", "huyen uy, thanh uy phai xay dung ke hoach thuc hien chi thi 27 xong truoc ngay nao", True, "no-diacritics",
     [(S1, "xây dựng kế hoạch thực hiện phù hợp với điều kiện của địa phương, đơn vị, hoàn thành trước ngày 31/3/2025")], ["31/3/2025"], None, None),
    ("c_sanpham", "Những sản phẩm chủ lực nào được ưu tiên đăng ký bảo hộ theo chỉ thị của BTV Tỉnh ủy?", True, "list",
     [(S1, "ưu tiên đăng ký bảo hộ cho các sản phẩm chủ lực như quế Mạn Thủy, chè Quan Bích, mật ong Sông Ngân")],
     ["quế Mạn Thủy", "chè Quan Bích", "mật ong Sông Ngân"], None, None),
    ("c_u_thuong", "chi thi 27 quy dinh muc thuong bao nhieu tien cho mo hinh khoi nghiep tieu bieu duoc bieu duong", False, "unanswerable",
     [], [], None, None),
    ("c_bienche", "Thành lập Trung tâm hỗ trợ khởi nghiệp ĐMST tỉnh có được tăng biên chế không?", True, "abbreviation",
     [(S1, "Thành lập Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh trên cơ sở sắp xếp các đơn vị sự nghiệp hiện có, không tăng biên chế")],
     ["không tăng biên chế"], None, None),
    ("c_dangu", "Đảng ủy UBND tỉnh phải làm gì theo CT 27, hạn khi nào?", True, "who-what",
     [(S1, "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện Chỉ thị trước ngày 15/4/2025")],
     ["15/4/2025"], None, ["Đảng ủy Ủy ban nhân dân tỉnh"]),
    ("c_nhcn", "hien tinh co may nhan hieu chung nhan duoc cap van bang bao ho", True, "no-diacritics",
     [(S1, "14 nhãn hiệu tập thể, 3 nhãn hiệu chứng nhận và 1 chỉ dẫn địa lý được cấp văn bằng bảo hộ")], ["3 nhãn hiệu chứng nhận"], None, None),
    ("c_u_ocop4", "Giai đoạn 2020-2024 toàn tỉnh có bao nhiêu sản phẩm OCOP đạt 4 sao?", False, "unanswerable",
     [], [], None, None),
    ("c_u_nqhdnd", "Nghị quyết mới của HĐND tỉnh về chính sách hỗ trợ khởi nghiệp ĐMST và phát triển tài sản trí tuệ (thay chính sách hiện hành) số mấy, thông qua ngày nào?", False, "unanswerable",
     [], [], None, None),
    ("c_u_tsc", "Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh đặt trụ sở ở đâu?", False, "unanswerable",
     [], [], None, None),
    # ---- sa02: Quyết định 612/QĐ-UBND ----
    ("q_ky", "QĐ 612 ai ký vậy?", True, "metadata",
     [(S2, "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Vũ Thị Thanh Nhàn")], ["Vũ Thị Thanh Nhàn"], None, None),
    ("q_so", "Quyết định phê duyệt danh mục nhiệm vụ KH&CN cấp tỉnh đợt 1 năm 2025 số mấy, ngày nào?", True, "metadata",
     [(S2, "(Kèm theo Quyết định số 612/QĐ-UBND ngày 09/4/2025 của Chủ tịch UBND tỉnh)")], ["612/QĐ-UBND", "09/4/2025"], None, None),
    ("q_tong", "Tổng kinh phí 6 nhiệm vụ khoa học công nghệ cấp tỉnh đợt 1 là bao nhiêu?", True, "factoid",
     [(S2, "Tổng kinh phí dự kiến từ ngân sách sự nghiệp khoa học và công nghệ tỉnh là 8.380 triệu đồng")], ["8.380 triệu đồng"], None, None),
    ("q_2025", "Riêng năm 2025 bố trí bao nhiêu?", True, "follow-up",
     [(S2, "trong đó kinh phí năm 2025 là 3.100 triệu đồng")], ["3.100 triệu đồng"], "q_tong", None),
    ("q_u_2026", "QĐ 612 bố trí cho năm 2026 bao nhiêu kinh phí sự nghiệp KH&CN?", False, "unanswerable",
     [], [], None, None),
    ("q_blockchain", "Nhiệm vụ ứng dụng blockchain truy xuất nguồn gốc chè Quan Bích do ai làm chủ nhiệm?", True, "factoid",
     [(S2, "TS. Kiều Anh Tuấn (Khoa Công nghệ thông tin)")], ["Kiều Anh Tuấn"], None, None),
    ("q_sam", "nhiem vu nhan giong sam Nam Pha duoi tan rung thuc hien trong bao lau", True, "no-diacritics",
     [(S2, "36 tháng (2025 - 2028)")], ["36 tháng"], None, None),
    ("q_soluong", "Trong danh mục có mấy nhiệm vụ thực hiện theo phương thức tuyển chọn?", True, "factoid",
     [(S2, "gồm 02 nhiệm vụ thực hiện theo phương thức tuyển chọn và 04 nhiệm vụ giao trực tiếp")], ["02"], None, None),
    ("q_tennv", "Đó là những nhiệm vụ nào?", True, "follow-up",
     [(S2, "Đăng thông báo tuyển chọn đối với nhiệm vụ số 1 và nhiệm vụ số 4"),
      (S2, "Tạo lập, quản lý và phát triển nhãn hiệu chứng nhận \"Quế Mạn Thủy\" cho sản phẩm quế vỏ của huyện Mạn Thủy"),
      (S2, "Đánh giá thực trạng và đề xuất giải pháp bảo hộ, khai thác quyền sở hữu trí tuệ đối với sản phẩm OCOP tỉnh Kim Lũy")],
     ["Quế Mạn Thủy", "sản phẩm OCOP"], "q_soluong", None),
    ("q_stc", "Sở Tài chính có trách nhiệm gì theo QĐ 612?", True, "who-what",
     [(S2, "Sở Tài chính có trách nhiệm thẩm định, cân đối kinh phí năm 2025 và tham mưu bố trí kinh phí các năm tiếp theo")],
     ["cân đối kinh phí năm 2025"], None, ["Sở Tài chính"]),
    ("q_huyen", "UBND các huyện Mạn Thủy, Quan Bích, Sông Ngân phải làm gì theo quyết định phê duyệt nhiệm vụ KH&CN?", True, "who-what",
     [(S2, "UBND các huyện Mạn Thủy, Quan Bích và Sông Ngân phối hợp, tạo điều kiện về địa bàn, vùng nguyên liệu, dữ liệu cho các nhiệm vụ triển khai tại địa phương")],
     ["vùng nguyên liệu", "nghiệm thu"], None, ["UBND các huyện Mạn Thủy, Quan Bích và Sông Ngân"]),
    ("q_quy", "Quỹ phát triển KH&CN tỉnh được giao việc gì trong QĐ 612?", True, "who-what",
     [(S2, "Quỹ Phát triển khoa học và công nghệ tỉnh cấp kinh phí theo hợp đồng đối với các nhiệm vụ áp dụng cơ chế khoán chi đến sản phẩm cuối cùng")],
     ["khoán chi đến sản phẩm cuối cùng"], None, ["Quỹ Phát triển khoa học và công nghệ tỉnh"]),
    ("q_thongbao", "Sở KH&CN phải đăng thông báo tuyển chọn ở đâu và trong thời hạn bao lâu?", True, "abbreviation",
     [(S2, "thông báo tuyển chọn công khai trên Cổng thông tin điện tử của Sở và Báo Kim Lũy trong thời hạn 30 ngày")],
     ["Báo Kim Lũy", "30 ngày"], None, None),
    ("q_u_cnnv4", "Chủ nhiệm nhiệm vụ đánh giá thực trạng bảo hộ SHTT sản phẩm OCOP là ai?", False, "unanswerable",
     [], [], None, None),
    ("q_u_totrinh", "Tờ trình 88/TTr-SKHCN của Sở đề xuất tổng kinh phí bao nhiêu, nhiều hơn mức được duyệt không?", False, "unanswerable",
     [], [], None, None),
    ("q_u_san2025", "nhiem vu san giao dich cong nghe truc tuyen duoc cap bao nhieu kinh phi trong nam 2025", False, "unanswerable",
     [], [], None, None),
    ("q_thihanh", "Những ai chịu trách nhiệm thi hành QĐ 612/QĐ-UBND?", True, "list",
     [(S2, "Chánh Văn phòng UBND tỉnh; Giám đốc các sở: Khoa học và Công nghệ, Tài chính, Nông nghiệp và Môi trường"),
      (S2, "Giám đốc Quỹ Phát triển khoa học và công nghệ tỉnh; Chủ tịch UBND các huyện Mạn Thủy, Quan Bích, Sông Ngân")],
     ["Chánh Văn phòng UBND tỉnh", "Giám đốc Quỹ Phát triển khoa học và công nghệ tỉnh"], None, None),
    ("q_uomtao", "Nhiệm vụ xây dựng mô hình ươm tạo khởi nghiệp cho thanh niên nông thôn do đơn vị nào chủ trì?", True, "factoid",
     [(S2, "Trung tâm Hỗ trợ thanh niên khởi nghiệp tỉnh (thuộc Tỉnh đoàn)")], ["Trung tâm Hỗ trợ thanh niên khởi nghiệp tỉnh"], None, None),
    ("q_u_bbchè", "Biên bản họp hội đồng tuyển chọn nhiệm vụ blockchain chè Quan Bích kết luận chọn đơn vị nào?", False, "unanswerable",
     [], [], None, None),
    # ---- sa03: Biên bản 45/BB-HĐTV ----
    ("b_so", "Biên bản họp hội đồng tuyển chọn nhiệm vụ nhãn hiệu Quế Mạn Thủy có số hiệu gì?", True, "metadata",
     [(S3, "Số: 45/BB-HĐTV Kim Lũy, ngày 22 tháng 5 năm 2025")], ["45/BB-HĐTV"], None, None),
    ("b_qdtl", "Hội đồng tư vấn tuyển chọn được thành lập theo quyết định nào?", True, "factoid",
     [(S3, "thành lập theo Quyết định số 95/QĐ-SKHCN ngày 12/5/2025 của Giám đốc Sở Khoa học và Công nghệ")], ["95/QĐ-SKHCN", "12/5/2025"], None, None),
    ("b_comat", "Buổi họp hội đồng có mấy thành viên dự, ai vắng?", True, "factoid",
     [(S3, "Thành viên Hội đồng có mặt: 06/07 thành viên"), (S3, "Vắng mặt: TS. Âu Thị Ngần, Trường Cao đẳng Nông lâm Kim Lũy")],
     ["06/07", "Âu Thị Ngần"], None, None),
    ("b_trungtuyen", "Hồ sơ nào được hội đồng đề nghị trúng tuyển, được bao nhiêu điểm?", True, "factoid",
     [(S3, "Hồ sơ số 01 đạt tổng điểm trung bình 83,3/100 điểm, có 06/06 phiếu xếp hạng thứ nhất"),
      (S3, "Trung tâm Ứng dụng và Dịch vụ khoa học và công nghệ tỉnh là tổ chức chủ trì")],
     ["83,3", "Trung tâm Ứng dụng và Dịch vụ khoa học và công nghệ tỉnh"], None, None),
    ("b_hs02", "Hồ sơ còn lại được mấy điểm?", True, "follow-up",
     [(S3, "Hồ sơ số 02 đạt 71,6/100 điểm, có 0/06 phiếu xếp hạng thứ nhất")], ["71,6"], "b_trungtuyen", None),
    ("b_kinhphi", "kinh phi nhiem vu que Man Thuy sau khi hoi dong de nghi dieu chinh con bao nhieu", True, "no-diacritics",
     [(S3, "Kinh phí đề nghị điều chỉnh từ 1.250 triệu đồng xuống còn 1.180 triệu đồng")], ["1.180 triệu đồng"], None, None),
    ("b_giam", "giam o nhung noi dung nao", True, "follow-up",
     [(S3, "giảm 70 triệu đồng ở các nội dung hội thảo và thuê chuyên gia trong nước")], ["hội thảo", "thuê chuyên gia"], "b_kinhphi", None),
    ("b_xa", "Hội đồng yêu cầu bổ sung khảo sát ở những xã nào?", True, "list",
     [(S3, "Bổ sung khảo sát tại 3 xã vùng quế trọng điểm là Nậm Pha, Phiêng Quế và Khuổi Mé, với ít nhất 150 hộ trồng quế")],
     ["Nậm Pha", "Phiêng Quế", "Khuổi Mé"], None, None),
    ("b_tinhdau", "Tiêu chí chất lượng quế vỏ khô yêu cầu hàm lượng tinh dầu tối thiểu bao nhiêu?", True, "factoid",
     [(S3, "hàm lượng tinh dầu trong quế vỏ khô không thấp hơn 3,5%")], ["3,5%"], None, None),
    ("b_chusohuu", "Ai đứng tên chủ sở hữu nhãn hiệu chứng nhận Quế Mạn Thủy?", True, "factoid",
     [(S3, "chủ sở hữu nhãn hiệu chứng nhận \"Quế Mạn Thủy\" là UBND huyện Mạn Thủy")], ["UBND huyện Mạn Thủy"], None, None),
    ("b_qlkh", "Phòng Quản lý khoa học của Sở phải làm gì sau cuộc họp hội đồng tuyển chọn?", True, "who-what",
     [(S3, "Giao Phòng Quản lý khoa học tổng hợp hồ sơ, phối hợp với Phòng Kế hoạch - Tài chính của Sở thẩm định kinh phí, trình Giám đốc Sở trước ngày 20/6/2025")],
     ["20/6/2025", "Phòng Kế hoạch - Tài chính"], None, ["Phòng Quản lý khoa học"]),
    ("b_trungtam", "Trung tâm Ứng dụng và Dịch vụ KH&CN tỉnh phải nộp thuyết minh hoàn thiện khi nào, nộp cho ai?", True, "who-what",
     [(S3, "Tổ chức được đề nghị trúng tuyển hoàn thiện thuyết minh theo các yêu cầu sau"),
      (S3, "Thuyết minh hoàn thiện gửi về Phòng Quản lý khoa học, Sở Khoa học và Công nghệ trước ngày 05/6/2025")],
     ["05/6/2025", "Phòng Quản lý khoa học"], None, ["Trung tâm Ứng dụng và Dịch vụ khoa học và công nghệ tỉnh"]),
    ("b_chutich", "Chủ tịch hội đồng tuyển chọn nhiệm vụ quế Mạn Thủy là ai?", True, "metadata",
     [(S3, "PGS.TS. Đàm Quang Vịnh, Trường Đại học Kim Lũy - Chủ tịch Hội đồng")], ["Đàm Quang Vịnh"], None, None),
    ("b_thuky", "Còn thư ký?", True, "follow-up",
     [(S3, "ThS. Lục Thị Yến, Phòng Quản lý khoa học, Sở Khoa học và Công nghệ - Ủy viên, thư ký")], ["Lục Thị Yến"], "b_chutich", None),
    ("b_u_pb1", "Ủy viên phản biện 1 chấm Hồ sơ số 02 bao nhiêu điểm?", False, "unanswerable",
     [], [], None, None),
    ("b_u_nv4", "Hội đồng tuyển chọn nhiệm vụ đánh giá bảo hộ sở hữu trí tuệ sản phẩm OCOP họp ngày nào?", False, "unanswerable",
     [], [], None, None),
    ("b_u_ngan", "TS Au Thi Ngan cham cho ho so so 01 tong bao nhieu diem", False, "unanswerable",
     [], [], None, None),
    ("b_diadiem", "BB 45 ghi HĐ họp ở đâu?", True, "abbreviation",
     [(S3, "Phòng họp tầng 3, Sở Khoa học và Công nghệ, số 16 đường Lý Bôn, thành phố Kim Lũy")], ["số 16 đường Lý Bôn"], None, None),
    ("b_u_hokhuoi", "Xã Khuổi Mé có bao nhiêu hộ trồng quế?", False, "unanswerable",
     [], [], None, None),
    # ---- sa04: Thông báo 118/TB-VPUBND ----
    ("t_ketluan", "TB 118 là thông báo kết luận của ai?", True, "metadata",
     [(S4, "Kết luận của Phó Chủ tịch UBND tỉnh Vũ Thị Thanh Nhàn tại cuộc họp về tổ chức Ngày hội Khởi nghiệp")], ["Vũ Thị Thanh Nhàn"], None, None),
    ("t_ky", "Người ký thông báo kết luận về Ngày hội khởi nghiệp là ai?", True, "metadata",
     [(S4, "KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG (Đã ký) Âu Hồng Sơn")], ["Âu Hồng Sơn"], None, None),
    ("t_thoigian", "Ngày hội khởi nghiệp đổi mới sáng tạo năm 2025 tổ chức khi nào, ở đâu?", True, "factoid",
     [(S4, "tổ chức Ngày hội trong 02 ngày, 19 và 20/9/2025, tại Trung tâm Hội nghị tỉnh")], ["19 và 20/9/2025", "Trung tâm Hội nghị tỉnh"], None, None),
    ("t_chude", "Chủ đề năm nay là gì?", True, "follow-up",
     [(S4, "với chủ đề \"Tài sản trí tuệ - đòn bẩy cho sản phẩm địa phương\"")], ["Tài sản trí tuệ - đòn bẩy cho sản phẩm địa phương"], "t_thoigian", None),
    ("t_giainhat", "Giải nhất cuộc thi ý tưởng khởi nghiệp năm nay được bao nhiêu tiền?", True, "factoid",
     [(S4, "01 giải nhất trị giá 50 triệu đồng")], ["50 triệu đồng"], None, None),
    ("t_u_dacbiet", "Thế giải đặc biệt thì trị giá bao nhiêu?", False, "follow-up",
     [], [], "t_giainhat", None),
    ("t_cocau", "co cau giai thuong cuoc thi khoi nghiep 2025 gom nhung giai nao, moi giai bao nhieu", True, "no-diacritics",
     [(S4, "02 giải nhì mỗi giải 30 triệu đồng, 03 giải ba mỗi giải 15 triệu đồng và 05 giải khuyến khích mỗi giải 5 triệu đồng")],
     ["30 triệu đồng", "15 triệu đồng", "5 triệu đồng"], None, None),
    ("t_kinhphi", "Tổng kinh phí tổ chức Ngày hội 2025 là bao nhiêu, ngân sách tỉnh chi bao nhiêu?", True, "factoid",
     [(S4, "Tổng kinh phí dự kiến 1.450 triệu đồng, trong đó ngân sách tỉnh 950 triệu đồng")], ["1.450 triệu đồng", "950 triệu đồng"], None, None),
    ("t_dnt", "Hội Doanh nhân trẻ tỉnh được phân công những việc gì trong TB 118?", True, "who-what",
     [(S4, "Kêu gọi tài trợ, huy động nguồn xã hội hóa"), (S4, "Trước ngày 31/8/2025"),
      (S4, "Hội Doanh nhân trẻ tỉnh công bố danh sách mạng lưới cố vấn khởi nghiệp trước ngày 31/7/2025")],
     ["31/8/2025", "31/7/2025"], None, ["Hội Doanh nhân trẻ tỉnh"]),
    ("t_quy", "Quỹ phát triển KH&CN tỉnh được giao nhiệm vụ gì tại cuộc họp ngày 30/5?", True, "who-what",
     [(S4, "Quỹ Phát triển khoa học và công nghệ tỉnh xây dựng phương án nâng vốn điều lệ theo lộ trình Chỉ thị đề ra"),
      (S4, "nghiên cứu cơ chế tài trợ vốn mồi cho dự án khởi nghiệp với mức tối đa 200 triệu đồng/dự án")],
     ["200 triệu đồng/dự án", "30/7/2025"], None, ["Quỹ Phát triển khoa học và công nghệ tỉnh"]),
    ("t_snn", "Còn Sở Nông nghiệp và Môi trường?", True, "follow-up",
     [(S4, "Sở Nông nghiệp và Môi trường phối hợp với Sở Khoa học và Công nghệ hướng dẫn các chủ thể OCOP từ 4 sao trở lên áp dụng tem truy xuất nguồn gốc")],
     ["tem truy xuất nguồn gốc", "định kỳ hằng quý"], "t_quy", None),
    ("t_kehoach", "Kế hoạch của UBND tỉnh thực hiện Chỉ thị 27 đã ban hành chưa?", True, "factoid",
     [(S4, "đến nay Kế hoạch của UBND tỉnh thực hiện Chỉ thị chưa được ban hành")], ["chưa được ban hành"], None, None),
    ("t_hantrinh", "Vậy giờ hạn trình là khi nào?", True, "follow-up",
     [(S4, "trình UBND tỉnh trước ngày 15/6/2025")], ["15/6/2025"], "t_kehoach", None),
    ("t_2024", "ngay hoi khoi nghiep nam 2024 co bao nhieu du an du thi", True, "no-diacritics",
     [(S4, "Ngày hội năm 2024 (lần thứ nhất) đã thu hút 64 dự án dự thi")], ["64"], None, None),
    ("t_u_giai2024", "Ngày hội năm 2024 có bao nhiêu dự án đạt giải?", False, "unanswerable",
     [], [], None, None),
    ("t_lienhe", "Muốn hỏi về Ngày hội khởi nghiệp thì liên hệ ai, số điện thoại bao nhiêu?", True, "factoid",
     [(S4, "Ông Phan Đình Khanh, Phó Trưởng phòng Quản lý công nghệ và Sở hữu trí tuệ"), (S4, "điện thoại: 0912.447.058")],
     ["Phan Đình Khanh", "0912.447.058"], None, None),
    ("t_u_sinhvien", "ngay hoi 2025 danh bao nhieu gian hang cho du an khoi nghiep cua sinh vien", False, "unanswerable",
     [], [], None, None),
    ("t_u_congan", "Công an tỉnh phải bố trí bao nhiêu cán bộ bảo đảm an ninh cho Ngày hội?", False, "unanswerable",
     [], [], None, None),
    ("t_svh", "so van hoa the thao va du lich phai lam gi cho ngay hoi khoi nghiep", True, "who-what",
     [(S4, "Tuyên truyền trước, trong và sau Ngày hội")], ["Tuyên truyền"], None, ["Sở Văn hóa, Thể thao và Du lịch"]),
    ("t_u_2026", "Ngày hội khởi nghiệp năm 2026 dự kiến tổ chức vào tháng mấy, ở đâu?", False, "unanswerable",
     [], [], None, None),
    ("t_u_119", "Thông báo 119/TB-VPUBND kết luận về nội dung gì?", False, "unanswerable",
     [], [], None, None),
    # ---- sa05: Hướng dẫn 07/HD-SKHCN ----
    ("h_so", "Hướng dẫn đăng ký nhãn hiệu tập thể, nhãn hiệu chứng nhận cho sản phẩm OCOP số mấy, ban hành ngày nào?", True, "metadata",
     [(S5, "Số: 07/HD-SKHCN Kim Lũy, ngày 14 tháng 5 năm 2025")], ["07/HD-SKHCN", "14 tháng 5 năm 2025"], None, None),
    ("h_lephi", "Lệ phí nộp đơn đăng ký nhãn hiệu là bao nhiêu?", True, "factoid",
     [(S5, "Lệ phí nộp đơn: 150.000 đồng")], ["150.000 đồng"], None, None),
    ("h_tong", "Tổng cộng hết bao nhiêu tiền cho một nhóm sản phẩm?", True, "follow-up",
     [(S5, "Tổng cộng 1.170.000 đồng cho một nhóm sản phẩm")], ["1.170.000 đồng"], "h_lephi", None),
    ("h_u_giahan", "Còn phí gia hạn hiệu lực văn bằng thì sao?", False, "follow-up",
     [], [], "h_lephi", None),
    ("h_hotro", "ho tro toi da bao nhieu tien cho mot nhan hieu chung nhan", True, "no-diacritics",
     [(S5, "Nhãn hiệu chứng nhận: hỗ trợ 100% chi phí, tối đa 80 triệu đồng/nhãn hiệu")], ["80 triệu đồng"], None, None),
    ("h_taphe", "Nhãn hiệu tập thể thì sao?", True, "follow-up",
     [(S5, "Nhãn hiệu tập thể: hỗ trợ 70% chi phí, tối đa 40 triệu đồng/nhãn hiệu")], ["70%", "40 triệu đồng"], "h_hotro", None),
    ("h_hoso", "Hồ sơ đăng ký nhãn hiệu gồm những giấy tờ gì?", True, "list",
     [(S5, "tờ khai đăng ký nhãn hiệu; 05 mẫu nhãn hiệu kích thước không quá 80 x 80 mm; quy chế sử dụng nhãn hiệu; bản đồ khu vực địa lý")],
     ["tờ khai", "80 x 80 mm", "quy chế sử dụng nhãn hiệu"], None, None),
    ("h_rasoat", "Nhờ Sở KH&CN rà soát hồ sơ trước khi nộp có mất phí không, mất mấy ngày?", True, "abbreviation",
     [(S5, "Sở Khoa học và Công nghệ rà soát miễn phí; thời gian rà soát không quá 05 ngày làm việc")], ["miễn phí", "05 ngày làm việc"], None, None),
    ("h_web", "dia chi trang he thong truy xuat nguon goc cua tinh la gi", True, "no-diacritics",
     [(S5, "tại địa chỉ truyxuat.kimluy.gov.vn")], ["truyxuat.kimluy.gov.vn"], None, None),
    ("h_tem", "ho tro in tem truy xuat nguon goc toi da bao nhieu moi nam", True, "no-diacritics",
     [(S5, "hỗ trợ 50% chi phí in tem, tối đa 10 triệu đồng/chủ thể/năm")], ["10 triệu đồng"], None, None),
    ("h_lmhtx", "Liên minh HTX tỉnh và Hội Nông dân tỉnh có nhiệm vụ gì theo HD 07?", True, "who-what",
     [(S5, "Đề nghị Liên minh Hợp tác xã tỉnh và Hội Nông dân tỉnh tuyên truyền, vận động hợp tác xã, hội viên tham gia"),
      (S5, "hỗ trợ xây dựng quy chế quản lý nhãn hiệu tập thể")],
     ["tuyên truyền, vận động", "quy chế quản lý nhãn hiệu tập thể"], None, ["Liên minh Hợp tác xã tỉnh", "Hội Nông dân tỉnh"]),
    ("h_ubnd", "UBND cấp huyện phải gửi danh sách sản phẩm đề xuất đăng ký bảo hộ về Sở trước ngày nào?", True, "who-what",
     [(S5, "lập danh sách đề xuất đăng ký bảo hộ năm 2025 - 2026, gửi Sở Khoa học và Công nghệ trước ngày 30/6/2025")],
     ["30/6/2025"], None, ["UBND các huyện, thị xã, thành phố"]),
    ("h_phongkt", "Theo HD 07, UBND huyện giao phòng nào rà soát sản phẩm có tiềm năng?", True, "abbreviation",
     [(S5, "chỉ đạo Phòng Kinh tế hoặc Phòng Kinh tế - Hạ tầng rà soát sản phẩm có tiềm năng")], ["Phòng Kinh tế"], None, None),
    ("h_lienhe", "Vướng mắc về thủ tục đăng ký nhãn hiệu thì gọi cho ai?", True, "factoid",
     [(S5, "liên hệ bà Lò Thị Hiền, chuyên viên Phòng Quản lý công nghệ và Sở hữu trí tuệ; điện thoại 0209.3851.274")],
     ["Lò Thị Hiền", "0209.3851.274"], None, None),
    ("h_u_cddl", "Hạn nộp hồ sơ đề nghị hỗ trợ đăng ký chỉ dẫn địa lý là ngày nào?", False, "unanswerable",
     [], [], None, None),
    ("h_u_hinhthuc", "Phí thẩm định hình thức đơn nhãn hiệu là bao nhiêu?", False, "unanswerable",
     [], [], None, None),
    ("h_u_chequanbich", "nhan hieu chung nhan che Quan Bich da duoc cap van bang chua, so van bang bao nhieu", False, "unanswerable",
     [], [], None, None),
    ("h_quyche", "Sau khi có văn bằng thì bao lâu phải ban hành quy chế quản lý nhãn hiệu?", True, "factoid",
     [(S5, "trong vòng 06 tháng chủ sở hữu phải ban hành quy chế quản lý")], ["06 tháng"], None, None),
    ("h_nhatky", "HTX, chủ thể OCOP phải cập nhật nhật ký sản xuất lên hệ thống bao lâu một lần?", True, "who-what",
     [(S5, "Các hợp tác xã, chủ thể OCOP cập nhật nhật ký sản xuất trên hệ thống định kỳ ít nhất hằng tháng")],
     ["hằng tháng"], None, ["Các hợp tác xã, chủ thể OCOP"]),
    # ---- corpus-level ----
    ("x_vien27", "Có bao nhiêu văn bản trong bộ tài liệu viện dẫn Chỉ thị 27-CT/TU?", True, "corpus",
     [(S2, "Căn cứ Chỉ thị số 27-CT/TU ngày 18/02/2025 của Ban Thường vụ Tỉnh ủy"),
      (S4, "tình hình triển khai Chỉ thị số 27-CT/TU ngày 18/02/2025 của Ban Thường vụ Tỉnh ủy"),
      (S5, "Thực hiện Chỉ thị số 27-CT/TU ngày 18/02/2025 của Ban Thường vụ Tỉnh ủy")],
     ["612/QĐ-UBND", "118/TB-VPUBND", "07/HD-SKHCN"], None, None),
    ("x_vp", "Trong bộ văn bản, văn bản nào do Văn phòng UBND tỉnh ban hành?", True, "corpus",
     [(S4, "Văn phòng UBND tỉnh thông báo để các sở, ngành, đơn vị liên quan biết, thực hiện")], ["118/TB-VPUBND"], None, None),
    ("x_thang5", "Liệt kê các văn bản ban hành trong tháng 5/2025.", True, "corpus",
     [(S3, "Số: 45/BB-HĐTV Kim Lũy, ngày 22 tháng 5 năm 2025"), (S5, "Số: 07/HD-SKHCN Kim Lũy, ngày 14 tháng 5 năm 2025")],
     ["45/BB-HĐTV", "07/HD-SKHCN"], None, None),
    ("x_que", "Quế Mạn Thủy được nhắc tới trong những văn bản nào?", True, "corpus",
     [(S1, "ưu tiên đăng ký bảo hộ cho các sản phẩm chủ lực như quế Mạn Thủy"),
      (S2, "nhãn hiệu chứng nhận \"Quế Mạn Thủy\" cho sản phẩm quế vỏ của huyện Mạn Thủy"),
      (S3, "chủ sở hữu nhãn hiệu chứng nhận \"Quế Mạn Thủy\" là UBND huyện Mạn Thủy")],
     ["27-CT/TU", "612/QĐ-UBND", "45/BB-HĐTV"], None, None),
    ("x_ngayhoi", "Những văn bản nào nói đến việc tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo của tỉnh?", True, "corpus",
     [(S1, "Tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh định kỳ hằng năm"),
      (S4, "tổ chức Ngày hội trong 02 ngày, 19 và 20/9/2025, tại Trung tâm Hội nghị tỉnh")],
     ["27-CT/TU", "118/TB-VPUBND"], None, None),
]

W = [
    {"id": "wsa01", "directive": "CT 27-CT/TU", "source": S1, "actors": [
        {"name": "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "role": None, "deadline": "trước ngày 31/3/2025",
         "task_quote": "tổ chức quán triệt Chỉ thị đến cán bộ, đảng viên; xây dựng kế hoạch thực hiện phù hợp với điều kiện của địa phương"},
        {"name": "Đảng ủy Ủy ban nhân dân tỉnh", "role": None, "deadline": "trước ngày 15/4/2025",
         "task_quote": "lãnh đạo Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện Chỉ thị trước ngày 15/4/2025; bố trí ngân sách, nguồn lực"},
        {"name": "Sở Khoa học và Công nghệ", "role": "chủ trì", "deadline": None,
         "task_quote": "chỉ đạo Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính tham mưu xây dựng nghị quyết của Hội đồng nhân dân tỉnh"},
        {"name": "Sở Tài chính", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp với Sở Tài chính tham mưu xây dựng nghị quyết của Hội đồng nhân dân tỉnh"},
        {"name": "Ban Tuyên giáo và Dân vận Tỉnh ủy", "role": "chủ trì", "deadline": None,
         "task_quote": "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan báo chí của tỉnh định hướng công tác tuyên truyền"},
        {"name": "các cơ quan báo chí của tỉnh", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp với các cơ quan báo chí của tỉnh định hướng công tác tuyên truyền"},
        {"name": "Ủy ban Kiểm tra Tỉnh ủy", "role": None, "deadline": None,
         "task_quote": "lồng ghép nội dung thực hiện Chỉ thị vào chương trình kiểm tra, giám sát hằng năm"},
        {"name": "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", "role": None, "deadline": None,
         "task_quote": "vận động đoàn viên, hội viên tham gia khởi nghiệp, giám sát việc thực hiện chính sách hỗ trợ"},
        {"name": "Tỉnh đoàn", "role": None, "deadline": None,
         "task_quote": "Tỉnh đoàn phát động phong trào \"Thanh niên Kim Lũy khởi nghiệp sáng tạo\", mỗi năm hỗ trợ ít nhất 10 dự án"},
        {"name": "Hội Nông dân tỉnh", "role": None, "deadline": None,
         "task_quote": "Hội Nông dân tỉnh hướng dẫn hội viên tham gia hợp tác xã, xây dựng thương hiệu nông sản"},
        {"name": "Đảng đoàn Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "role": None, "deadline": None,
         "task_quote": "lãnh đạo Liên hiệp Hội đẩy mạnh tư vấn, phản biện, giám định xã hội đối với các chương trình, đề án về đổi mới sáng tạo"},
        {"name": "Hội Doanh nhân trẻ tỉnh", "role": None, "deadline": None,
         "task_quote": "thành lập mạng lưới cố vấn khởi nghiệp với ít nhất 20 doanh nhân tham gia mỗi năm"},
        {"name": "Văn phòng Tỉnh ủy", "role": "chủ trì", "deadline": "định kỳ hằng năm",
         "task_quote": "theo dõi, kiểm tra việc thực hiện Chỉ thị, định kỳ hằng năm báo cáo Ban Thường vụ Tỉnh ủy"},
        {"name": "Ban Tuyên giáo và Dân vận Tỉnh ủy", "role": "phối hợp", "deadline": "quý IV năm 2027",
         "task_quote": "Văn phòng Tỉnh ủy chủ trì, phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy theo dõi, kiểm tra việc thực hiện Chỉ thị"},
    ], "intruders": ["Tạ Đức Khiêm", "Ban Bí thư Trung ương Đảng", "Văn phòng Trung ương Đảng", "Bộ Khoa học và Công nghệ",
                     "Các đồng chí Tỉnh ủy viên", "Bộ Chính trị", "ĐẢNG CỘNG SẢN VIỆT NAM"]},
    {"id": "wsa02", "directive": "QĐ 612/QĐ-UBND", "source": S2, "actors": [
        {"name": "Sở Khoa học và Công nghệ", "role": "chủ trì", "deadline": "trong thời hạn 30 ngày kể từ ngày ký Quyết định này",
         "task_quote": "chủ trì thông báo tuyển chọn công khai trên Cổng thông tin điện tử của Sở và Báo Kim Lũy"},
        {"name": "Sở Tài chính", "role": None, "deadline": None,
         "task_quote": "Sở Tài chính có trách nhiệm thẩm định, cân đối kinh phí năm 2025 và tham mưu bố trí kinh phí các năm tiếp theo"},
        {"name": "Các tổ chức chủ trì và chủ nhiệm nhiệm vụ giao trực tiếp", "role": None, "deadline": "trước ngày 30/5/2025",
         "task_quote": "hoàn thiện thuyết minh theo ý kiến của hội đồng tư vấn, gửi Sở Khoa học và Công nghệ trước ngày 30/5/2025"},
        {"name": "UBND các huyện Mạn Thủy, Quan Bích và Sông Ngân", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp, tạo điều kiện về địa bàn, vùng nguyên liệu, dữ liệu cho các nhiệm vụ triển khai tại địa phương"},
        {"name": "Quỹ Phát triển khoa học và công nghệ tỉnh", "role": None, "deadline": None,
         "task_quote": "cấp kinh phí theo hợp đồng đối với các nhiệm vụ áp dụng cơ chế khoán chi đến sản phẩm cuối cùng"},
        {"name": "Báo Kim Lũy", "role": "phối hợp", "deadline": "Trước ngày 09/5/2025",
         "task_quote": "Đăng thông báo tuyển chọn đối với nhiệm vụ số 1 và nhiệm vụ số 4"},
        {"name": "Sở Nông nghiệp và Môi trường", "role": "phối hợp", "deadline": "Tháng 5/2025",
         "task_quote": "Thành lập hội đồng tư vấn tuyển chọn, tổ chức họp hội đồng"},
        {"name": "UBND huyện Mạn Thủy", "role": "phối hợp", "deadline": "Tháng 5/2025",
         "task_quote": "Thành lập hội đồng tư vấn tuyển chọn, tổ chức họp hội đồng"},
        {"name": "Sở Tài chính", "role": "phối hợp", "deadline": "Trước ngày 30/6/2025",
         "task_quote": "Thẩm định nội dung, kinh phí các nhiệm vụ"},
        {"name": "Văn phòng UBND tỉnh", "role": "phối hợp", "deadline": "Trước ngày 15/7/2025",
         "task_quote": "Trình phê duyệt tổ chức, cá nhân chủ trì và kinh phí"},
        {"name": "Quỹ Phát triển khoa học và công nghệ tỉnh", "role": "phối hợp", "deadline": "Tháng 7/2025",
         "task_quote": "Ký hợp đồng, cấp kinh phí đợt 1"},
        {"name": "UBND các huyện Mạn Thủy, Quan Bích, Sông Ngân", "role": "chủ trì", "deadline": "Trong suốt thời gian thực hiện",
         "task_quote": "Cung cấp dữ liệu vùng nguyên liệu, bố trí địa điểm triển khai mô hình"},
        {"name": "Các hợp tác xã, chủ thể OCOP liên quan", "role": "phối hợp", "deadline": "Trong suốt thời gian thực hiện",
         "task_quote": "Cung cấp dữ liệu vùng nguyên liệu, bố trí địa điểm triển khai mô hình"},
    ], "intruders": ["Vũ Thị Thanh Nhàn", "Bộ Khoa học và Công nghệ", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh",
                     "Lưu: VT, KGVX", "Chủ tịch, các PCT UBND tỉnh"]},
    {"id": "wsa03", "directive": "BB 45/BB-HĐTV", "source": S3, "actors": [
        {"name": "Trung tâm Ứng dụng và Dịch vụ khoa học và công nghệ tỉnh", "role": None, "deadline": "trước ngày 05/6/2025",
         "task_quote": "Tổ chức được đề nghị trúng tuyển hoàn thiện thuyết minh theo các yêu cầu sau"},
        {"name": "Trung tâm Ứng dụng và Dịch vụ khoa học và công nghệ tỉnh", "role": "chủ trì", "deadline": None,
         "task_quote": "tổ chức chủ trì có trách nhiệm xây dựng hồ sơ đăng ký, quy chế sử dụng, tiêu chí chất lượng và hệ thống tem truy xuất nguồn gốc"},
        {"name": "Giám đốc Sở Khoa học và Công nghệ", "role": None, "deadline": None,
         "task_quote": "Hội đồng kiến nghị Giám đốc Sở Khoa học và Công nghệ trình UBND tỉnh phê duyệt"},
        {"name": "Phòng Quản lý khoa học", "role": "chủ trì", "deadline": "trước ngày 20/6/2025",
         "task_quote": "Giao Phòng Quản lý khoa học tổng hợp hồ sơ, phối hợp với Phòng Kế hoạch - Tài chính của Sở thẩm định kinh phí"},
        {"name": "Phòng Kế hoạch - Tài chính", "role": "phối hợp", "deadline": "trước ngày 20/6/2025",
         "task_quote": "phối hợp với Phòng Kế hoạch - Tài chính của Sở thẩm định kinh phí, trình Giám đốc Sở trước ngày 20/6/2025"},
    ], "intruders": ["Đàm Quang Vịnh", "Lục Thị Yến", "Âu Thị Ngần", "Nghiêm Thị Hòa",
                     "Công ty TNHH Tư vấn Sở hữu trí tuệ Sao Việt", "Các thành viên Hội đồng", "Lưu: VT, hồ sơ nhiệm vụ"]},
    {"id": "wsa04", "directive": "TB 118/TB-VPUBND", "source": S4, "actors": [
        {"name": "Sở Khoa học và Công nghệ", "role": "chủ trì", "deadline": "Trước ngày 20/6/2025",
         "task_quote": "Ban hành kế hoạch tổ chức Ngày hội, thành lập Ban Tổ chức"},
        {"name": "Văn phòng UBND tỉnh", "role": "phối hợp", "deadline": "Trước ngày 20/6/2025",
         "task_quote": "Ban hành kế hoạch tổ chức Ngày hội, thành lập Ban Tổ chức"},
        {"name": "Sở Khoa học và Công nghệ", "role": "chủ trì", "deadline": "Từ 01/7 đến 15/8/2025",
         "task_quote": "Phát động cuộc thi, tiếp nhận hồ sơ dự thi"},
        {"name": "Tỉnh đoàn", "role": "phối hợp", "deadline": "Từ 01/7 đến 15/8/2025",
         "task_quote": "Phát động cuộc thi, tiếp nhận hồ sơ dự thi"},
        {"name": "Trường Đại học Kim Lũy", "role": "phối hợp", "deadline": "Từ 01/7 đến 15/8/2025",
         "task_quote": "Phát động cuộc thi, tiếp nhận hồ sơ dự thi"},
        {"name": "Hội Doanh nhân trẻ tỉnh", "role": "chủ trì", "deadline": "Trước ngày 31/8/2025",
         "task_quote": "Kêu gọi tài trợ, huy động nguồn xã hội hóa"},
        {"name": "Hiệp hội Doanh nghiệp tỉnh", "role": "phối hợp", "deadline": "Trước ngày 31/8/2025",
         "task_quote": "Kêu gọi tài trợ, huy động nguồn xã hội hóa"},
        {"name": "Sở Công Thương", "role": "chủ trì", "deadline": "Trước ngày 10/9/2025",
         "task_quote": "Bố trí gian hàng cho hợp tác xã, chủ thể OCOP"},
        {"name": "Liên minh Hợp tác xã tỉnh", "role": "phối hợp", "deadline": "Trước ngày 10/9/2025",
         "task_quote": "Bố trí gian hàng cho hợp tác xã, chủ thể OCOP"},
        {"name": "Sở Nông nghiệp và Môi trường", "role": "phối hợp", "deadline": "Trước ngày 10/9/2025",
         "task_quote": "Bố trí gian hàng cho hợp tác xã, chủ thể OCOP"},
        {"name": "Sở Văn hóa, Thể thao và Du lịch", "role": "chủ trì", "deadline": "Từ tháng 7/2025",
         "task_quote": "Tuyên truyền trước, trong và sau Ngày hội"},
        {"name": "Báo Kim Lũy", "role": "phối hợp", "deadline": "Từ tháng 7/2025",
         "task_quote": "Tuyên truyền trước, trong và sau Ngày hội"},
        {"name": "Đài Phát thanh và Truyền hình tỉnh", "role": "phối hợp", "deadline": "Từ tháng 7/2025",
         "task_quote": "Tuyên truyền trước, trong và sau Ngày hội"},
        {"name": "Sở Tài chính", "role": "chủ trì", "deadline": "Trước ngày 15/7/2025",
         "task_quote": "Thẩm định, bố trí kinh phí từ ngân sách tỉnh"},
        {"name": "Công an tỉnh", "role": "chủ trì", "deadline": "Trong thời gian diễn ra Ngày hội",
         "task_quote": "Bảo đảm an ninh, trật tự, phòng cháy chữa cháy"},
        {"name": "UBND thành phố Kim Lũy", "role": "phối hợp", "deadline": "Trong thời gian diễn ra Ngày hội",
         "task_quote": "Bảo đảm an ninh, trật tự, phòng cháy chữa cháy"},
        {"name": "Sở Khoa học và Công nghệ", "role": None, "deadline": "trước ngày 15/6/2025",
         "task_quote": "hoàn thiện dự thảo Kế hoạch của UBND tỉnh thực hiện Chỉ thị số 27-CT/TU, trình UBND tỉnh trước ngày 15/6/2025"},
        {"name": "Sở Khoa học và Công nghệ", "role": "chủ trì", "deadline": "trình kỳ họp thường lệ cuối năm 2025",
         "task_quote": "chủ trì, phối hợp với Sở Tài chính xây dựng dự thảo Nghị quyết của HĐND tỉnh về chính sách hỗ trợ khởi nghiệp"},
        {"name": "Sở Tài chính", "role": "phối hợp", "deadline": "trình kỳ họp thường lệ cuối năm 2025",
         "task_quote": "phối hợp với Sở Tài chính xây dựng dự thảo Nghị quyết của HĐND tỉnh về chính sách hỗ trợ khởi nghiệp"},
        {"name": "Quỹ Phát triển khoa học và công nghệ tỉnh", "role": None, "deadline": "trước ngày 30/7/2025",
         "task_quote": "xây dựng phương án nâng vốn điều lệ theo lộ trình Chỉ thị đề ra; nghiên cứu cơ chế tài trợ vốn mồi cho dự án khởi nghiệp"},
        {"name": "Tỉnh đoàn", "role": "chủ trì", "deadline": None,
         "task_quote": "lựa chọn ít nhất 10 dự án của đoàn viên, thanh niên để ươm tạo trong năm 2025"},
        {"name": "Trung tâm Hỗ trợ thanh niên khởi nghiệp tỉnh", "role": "phối hợp", "deadline": None,
         "task_quote": "Tỉnh đoàn phối hợp với Trung tâm Hỗ trợ thanh niên khởi nghiệp tỉnh lựa chọn ít nhất 10 dự án"},
        {"name": "Hội Doanh nhân trẻ tỉnh", "role": None, "deadline": "trước ngày 31/7/2025",
         "task_quote": "Hội Doanh nhân trẻ tỉnh công bố danh sách mạng lưới cố vấn khởi nghiệp trước ngày 31/7/2025"},
        {"name": "UBND các huyện, thị xã, thành phố", "role": None, "deadline": "trước ngày 15/7/2025",
         "task_quote": "rà soát tình hình quản lý, khai thác các nhãn hiệu tập thể, nhãn hiệu chứng nhận trên địa bàn"},
        {"name": "Sở Nông nghiệp và Môi trường", "role": None, "deadline": "định kỳ hằng quý",
         "task_quote": "hướng dẫn các chủ thể OCOP từ 4 sao trở lên áp dụng tem truy xuất nguồn gốc; định kỳ hằng quý báo cáo kết quả về UBND tỉnh"},
    ], "intruders": ["Âu Hồng Sơn", "Phan Đình Khanh", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ngành, đơn vị dự họp", "Lưu: VT, KGVX"]},
    {"id": "wsa05", "directive": "HD 07/HD-SKHCN", "source": S5, "actors": [
        {"name": "Sở Khoa học và Công nghệ", "role": None, "deadline": "trong thời hạn 15 ngày làm việc kể từ ngày nhận đủ hồ sơ",
         "task_quote": "Sở tham mưu trình UBND tỉnh trong thời hạn 15 ngày làm việc kể từ ngày nhận đủ hồ sơ"},
        {"name": "Phòng Quản lý công nghệ và Sở hữu trí tuệ", "role": None, "deadline": "trong quý III năm 2025",
         "task_quote": "là đầu mối hướng dẫn, tiếp nhận hồ sơ rà soát và hồ sơ đề nghị hỗ trợ; tổ chức tập huấn cho cán bộ cấp huyện, xã"},
        {"name": "UBND các huyện, thị xã, thành phố", "role": None, "deadline": "trước ngày 30/6/2025",
         "task_quote": "chỉ đạo Phòng Kinh tế hoặc Phòng Kinh tế - Hạ tầng rà soát sản phẩm có tiềm năng"},
        {"name": "Phòng Kinh tế hoặc Phòng Kinh tế - Hạ tầng", "role": None, "deadline": "trước ngày 30/6/2025",
         "task_quote": "rà soát sản phẩm có tiềm năng, lập danh sách đề xuất đăng ký bảo hộ năm 2025 - 2026"},
        {"name": "Sở Nông nghiệp và Môi trường", "role": None, "deadline": None,
         "task_quote": "hướng dẫn quy trình sản xuất, cấp mã số vùng trồng; phối hợp xác định bản đồ khu vực địa lý"},
        {"name": "Sở Công Thương", "role": None, "deadline": None,
         "task_quote": "hỗ trợ đưa sản phẩm đã có tem truy xuất nguồn gốc lên các sàn thương mại điện tử"},
        {"name": "Liên minh Hợp tác xã tỉnh", "role": None, "deadline": None,
         "task_quote": "tuyên truyền, vận động hợp tác xã, hội viên tham gia; hỗ trợ xây dựng quy chế quản lý nhãn hiệu tập thể"},
        {"name": "Hội Nông dân tỉnh", "role": None, "deadline": None,
         "task_quote": "tuyên truyền, vận động hợp tác xã, hội viên tham gia; hỗ trợ xây dựng quy chế quản lý nhãn hiệu tập thể"},
        {"name": "Các hợp tác xã, chủ thể OCOP", "role": None, "deadline": "định kỳ ít nhất hằng tháng",
         "task_quote": "cập nhật nhật ký sản xuất trên hệ thống định kỳ ít nhất hằng tháng và chịu trách nhiệm về tính chính xác của thông tin"},
    ], "intruders": ["Nghiêm Thị Hòa", "Lò Thị Hiền", "Cục Sở hữu trí tuệ", "UBND tỉnh (b/c)", "Lưu: VT, QLCN&SHTT"]},
]


def build_questions():
    import json
    text_of = {}
    rows = []
    for i, (key, q, ans, kind, ev, kw, hist, actors) in enumerate(Q, 1):
        assert key not in text_of, key
        row = {"id": "sa%03d" % i, "question": nfc(q), "answerable": ans, "kind": kind,
               "evidence": [{"source": s, "quote": nfc(t)} for s, t in ev],
               "keywords": [nfc(k) for k in kw]}
        if hist:
            row["history"] = [text_of[hist]]
        if actors:
            row["actors"] = [nfc(a) for a in actors]
        text_of[key] = row["question"]
        rows.append(row)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def deep_nfc(o):
        if isinstance(o, str):
            return nfc(o)
        if isinstance(o, list):
            return [deep_nfc(x) for x in o]
        if isinstance(o, dict):
            return {k: deep_nfc(v) for k, v in o.items()}
        return o

    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in W:
            f.write(json.dumps(deep_nfc(w), ensure_ascii=False) + "\n")



if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_sa01()
    build_sa02()
    build_sa03()
    build_sa04()
    build_sa05()
    build_questions()
    print("corpus built in", CORPUS)
