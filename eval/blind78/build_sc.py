# -*- coding: utf-8 -*-
"""Build the blind78 corpus (5 documents) from text held in this file.

Run:  /work/main/.venv/bin/python build_sc.py
Writes corpus/sc01..sc05.  Questions and who-what gold are written by
build_questions.py (run it after this script).
"""
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

F1 = "sc01_kh_tuanle_suckhoe.docx"
F2 = "sc02_hd_bua_an_ban_tru.md"
F3 = "sc03_cv_bao_cao_tiem_chung.txt"
F4 = "sc04_bc_dinh_duong_quan_doc.pdf"
F5 = "sc05_tb_cuoc_thi_dinh_duong.txt"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# sc01 - Kế hoạch, UBND huyện, .docx with Word numbering and tables
# ---------------------------------------------------------------------------
SC01_HEADER = [
    "UỶ BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "HUYỆN SÙNG LĨNH                                 Độc lập - Tự do - Hạnh phúc",
    "Số: 41/KH-UBND                          Sùng Lĩnh, ngày 12 tháng 02 năm 2026",
]
SC01_TITLE = [
    "KẾ HOẠCH",
    "Tổ chức Tuần lễ Sức khỏe học đường và truyền thông khoa học về dinh dưỡng trong trường học năm 2026",
]
# ("p", text) normal paragraph; ("h", text) section heading; ("n", text) List Number
# (restart=True on first of a group); ("b", text) List Bullet; ("t", rows) table
SC01_BODY = [
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Căn cứ Hướng dẫn số 118/HD-SGDĐT ngày 20/01/2026 của Sở Giáo dục và Đào tạo tỉnh Bảo Yên Thượng về tổ chức bữa ăn bán trú bảo đảm dinh dưỡng, an toàn thực phẩm trong các cơ sở giáo dục mầm non, tiểu học;"),
    ("p", "Căn cứ Kế hoạch số 09/KH-KSBT ngày 08/01/2026 của Trung tâm Kiểm soát bệnh tật tỉnh về công tác y tế trường học năm 2026;"),
    ("p", "Xét đề nghị của Phòng Giáo dục và Đào tạo tại Tờ trình số 15/TTr-PGDĐT ngày 05/02/2026, Ủy ban nhân dân huyện Sùng Lĩnh ban hành Kế hoạch tổ chức Tuần lễ Sức khỏe học đường năm 2026 (sau đây gọi tắt là Tuần lễ) như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("n!", "Mục đích"),
    ("b", "Nâng cao hiểu biết của học sinh, cha mẹ học sinh, giáo viên và nhân viên nấu ăn về dinh dưỡng hợp lý, vệ sinh an toàn thực phẩm và phòng, chống bệnh truyền nhiễm trong trường học."),
    ("b", "Góp phần đưa tỷ lệ trẻ mầm non suy dinh dưỡng thể thấp còi trên địa bàn huyện xuống dưới 14,5% vào cuối năm 2026 (năm học 2024-2025 là 15,8%)."),
    ("n", "Yêu cầu"),
    ("b", "Tổ chức thiết thực, tiết kiệm, gắn với hoạt động giáo dục của nhà trường; không làm ảnh hưởng đến thời gian học chính khóa."),
    ("b", "100% trường mầm non, tiểu học và trường tiểu học và trung học cơ sở trên địa bàn huyện tham gia Tuần lễ; mỗi trường có ít nhất 01 hoạt động truyền thông khoa học về dinh dưỡng."),
    ("h", "II. THỜI GIAN, ĐỊA ĐIỂM, CHỦ ĐỀ"),
    ("n!", "Thời gian: từ thứ Hai ngày 16/3/2026 đến thứ Bảy ngày 21/3/2026."),
    ("n", "Lễ phát động: 07 giờ 30 phút ngày 16/3/2026 tại sân Trường Tiểu học thị trấn Sùng Lĩnh (số 14 đường Hùng Vương, thị trấn Sùng Lĩnh)."),
    ("n", "Chủ đề: \"Bữa ăn cân bằng - Trí tuệ khỏe mạnh\"."),
    ("p", "Lịch hoạt động cụ thể như sau:"),
    ("t", [
        ["Ngày", "Hoạt động", "Địa điểm", "Đơn vị thực hiện"],
        ["16/3/2026", "Lễ phát động Tuần lễ; diễu hành cổ động \"Bữa ăn cân bằng\"", "Trường Tiểu học thị trấn Sùng Lĩnh", "Phòng Giáo dục và Đào tạo"],
        ["17/3/2026", "Khám răng miệng, đo thị lực cho học sinh lớp 1 và lớp 5", "Các trường tiểu học", "Trung tâm Y tế huyện"],
        ["18/3/2026", "Chuyên đề Đĩa thức ăn 4 ô màu cho cha mẹ trẻ mầm non", "Trường Mầm non Hoa Ban", "Trung tâm Y tế huyện"],
        ["19/3/2026", "Ngày hội Nhà khoa học nhí", "Nhà văn hóa huyện", "Huyện đoàn; Phòng Văn hóa và Thông tin"],
        ["20/3/2026", "Tẩy giun cho trẻ mầm non; chấm Hội thi Góc truyền thông dinh dưỡng đẹp", "Các trường mầm non", "Trạm y tế các xã, thị trấn"],
        ["21/3/2026", "Tổng kết, trao thưởng Hội thi", "Hội trường UBND huyện", "Phòng Giáo dục và Đào tạo"],
    ]),
    ("h", "III. NỘI DUNG HOẠT ĐỘNG"),
    ("n!", "Truyền thông trực quan: mỗi trường treo ít nhất 01 băng rôn hưởng ứng Tuần lễ, xây dựng 01 góc truyền thông dinh dưỡng với tháp dinh dưỡng, thực đơn mẫu và bảng theo dõi chiều cao, cân nặng của học sinh."),
    ("n", "Khám sức khỏe và phòng bệnh: khám răng miệng, đo thị lực cho học sinh lớp 1 và lớp 5; tẩy giun cho trẻ từ 24 tháng tuổi trở lên tại các trường mầm non; rà soát tiêm chủng vắc xin sởi - rubella cho học sinh lớp 1."),
    ("n", "Ngày hội Nhà khoa học nhí tổ chức ngày 19/3/2026 tại Nhà văn hóa huyện: mỗi trường tiểu học cử 01 đội gồm 05 học sinh lớp 4, lớp 5 và 01 giáo viên hướng dẫn, thực hiện thí nghiệm đo lượng đường trong đồ uống đóng chai, kiểm tra hàn the trong thực phẩm bằng giấy nghệ và trưng bày mô hình bữa ăn cân bằng."),
    ("n", "Hội thi Góc truyền thông dinh dưỡng đẹp dành cho các trường mầm non, tiểu học; cơ cấu giải thưởng gồm 01 giải nhất trị giá 3.000.000 đồng, 02 giải nhì mỗi giải 2.000.000 đồng và 03 giải ba mỗi giải 1.000.000 đồng."),
    ("h", "IV. KINH PHÍ"),
    ("p", "Tổng kinh phí tổ chức Tuần lễ là 186.500.000 đồng (Một trăm tám mươi sáu triệu, năm trăm nghìn đồng), bố trí từ nguồn chi sự nghiệp giáo dục năm 2026 của huyện, cụ thể:"),
    ("b", "Lễ phát động và Ngày hội Nhà khoa học nhí: 72.000.000 đồng;"),
    ("b", "In ấn tài liệu, băng rôn, tờ gấp: 38.500.000 đồng;"),
    ("b", "Thuốc tẩy giun, vật tư khám răng miệng, đo thị lực: 56.000.000 đồng;"),
    ("b", "Khen thưởng Hội thi và các tập thể, cá nhân tiêu biểu: 20.000.000 đồng."),
    ("p", "Ngoài ra, Hội Chữ thập đỏ huyện vận động tài trợ 500 suất quà (sữa, đồ dùng học tập), trị giá 150.000 đồng/suất, tặng học sinh có hoàn cảnh khó khăn và trẻ suy dinh dưỡng."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "Bảng phân công nhiệm vụ:"),
    ("t", [
        ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        ["1", "Xây dựng kịch bản Lễ phát động, Ngày hội Nhà khoa học nhí", "Phòng Giáo dục và Đào tạo", "Văn phòng HĐND và UBND huyện; Huyện đoàn", "Trước ngày 10/3/2026"],
        ["2", "Khám răng miệng, đo thị lực, tẩy giun cho học sinh", "Trung tâm Y tế huyện", "Trạm y tế các xã, thị trấn; các trường", "Từ ngày 17/3 đến ngày 20/3/2026"],
        ["3", "Tuyên truyền trên Trang thông tin điện tử huyện và hệ thống loa truyền thanh cơ sở", "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa, Thể thao và Truyền thanh huyện", "Từ ngày 09/3 đến ngày 21/3/2026"],
        ["4", "Thẩm định, cấp kinh phí tổ chức Tuần lễ", "Phòng Tài chính - Kế hoạch", "Phòng Giáo dục và Đào tạo", "Trước ngày 05/3/2026"],
        ["5", "Tổng hợp, báo cáo kết quả Tuần lễ về UBND huyện và Sở Giáo dục và Đào tạo", "Phòng Giáo dục và Đào tạo", "Trung tâm Y tế huyện", "Trước ngày 31/3/2026"],
    ]),
    ("p", "Nhiệm vụ cụ thể của các cơ quan, đơn vị:"),
    ("n!", "Phòng Giáo dục và Đào tạo là cơ quan thường trực của Tuần lễ, có trách nhiệm hướng dẫn các trường xây dựng kế hoạch, tổ chức Hội thi và tổng hợp kết quả. Đầu mối liên hệ: bà Lù Thị Quyên, Phó Trưởng phòng, điện thoại 0915 337 482, e-mail quyenlt.sunglinh@gmail.com."),
    ("n", "Giao Trung tâm Y tế huyện chủ trì, phối hợp với trạm y tế các xã, thị trấn bố trí 06 tổ khám lưu động; cung cấp đủ 9.200 liều thuốc tẩy giun Albendazol cho các trường trước ngày 13/3/2026."),
    ("n", "Phòng Văn hóa và Thông tin chỉ đạo đăng tải tin, bài, video về Tuần lễ; phát thông điệp về dinh dưỡng học đường trên loa truyền thanh cơ sở ít nhất 03 lần/tuần trong tháng 3/2026."),
    ("n", "Phòng Tài chính - Kế hoạch thẩm định dự toán, tham mưu UBND huyện bố trí kinh phí theo mục IV Kế hoạch này."),
    ("n", "Huyện đoàn chủ trì tổ chức Ngày hội Nhà khoa học nhí, huy động 40 đoàn viên tình nguyện hỗ trợ các gian trưng bày."),
    ("n", "Đề nghị Hội Chữ thập đỏ huyện vận động các nhà hảo tâm tài trợ 500 suất quà và tổ chức trao quà trong Lễ phát động."),
    ("n", "UBND các xã, thị trấn có trách nhiệm chỉ đạo trạm y tế, công chức văn hóa - xã hội phối hợp với các trường trên địa bàn tổ chức các hoạt động của Tuần lễ."),
    ("n", "Các trường mầm non, tiểu học, trường tiểu học và trung học cơ sở xây dựng kế hoạch cụ thể, gửi về Phòng Giáo dục và Đào tạo trước ngày 09/3/2026; báo cáo kết quả trước ngày 25/3/2026."),
    ("n", "Các phòng, ban, ngành, Mặt trận và các đoàn thể huyện căn cứ chức năng, nhiệm vụ phối hợp tuyên truyền, vận động đoàn viên, hội viên hưởng ứng Tuần lễ."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Giáo dục và Đào tạo để tổng hợp, báo cáo UBND huyện xem xét, giải quyết./."),
]
SC01_SIGN = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Vi Văn Thắm"]
SC01_NOINHAN = [
    "Nơi nhận:",
    "- Sở Giáo dục và Đào tạo tỉnh (b/c);",
    "- Trung tâm Kiểm soát bệnh tật tỉnh (b/c);",
    "- TT Huyện ủy, TT HĐND huyện;",
    "- CT, các PCT UBND huyện;",
    "- Như mục V;",
    "- Lưu: VT, GDĐT.",
]


def _new_num(doc, style_name):
    """Create a new numbering instance (restart at 1) for a list style."""
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    style = doc.styles[style_name]
    numPr = style.element.pPr.find(qn("w:numPr"))
    base_num_id = numPr.find(qn("w:numId")).get(qn("w:val"))
    numbering = doc.part.numbering_part.element
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == base_num_id:
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(ids) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), abstract_id)
    num.append(an)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return new_id


def _set_num(par, num_id):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    pPr = par._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numPr.append(ilvl)
    numPr.append(nid)
    pPr.append(numPr)


def build_sc01(path):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for line in SC01_HEADER:
        p = doc.add_paragraph(nfc(line))
        p.paragraph_format.space_after = Pt(0)
    for i, line in enumerate(SC01_TITLE):
        p = doc.add_paragraph()
        r = p.add_run(nfc(line))
        r.bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cur_num = None
    for kind, val in SC01_BODY:
        if kind == "p":
            doc.add_paragraph(nfc(val))
        elif kind == "h":
            p = doc.add_paragraph()
            p.add_run(nfc(val)).bold = True
        elif kind in ("n", "n!"):
            p = doc.add_paragraph(nfc(val), style="List Number")
            if kind == "n!":
                cur_num = _new_num(doc, "List Number")
            _set_num(p, cur_num)
        elif kind == "b":
            doc.add_paragraph(nfc(val), style="List Bullet")
        elif kind == "t":
            rows = val
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = nfc(cell)
                    if i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
    for line in SC01_SIGN:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run(nfc(line))
        r.bold = line not in ("(Đã ký)",)
    for line in SC01_NOINHAN:
        p = doc.add_paragraph(nfc(line))
        p.paragraph_format.space_after = Pt(0)
    doc.save(path)


# ---------------------------------------------------------------------------
# sc02 - Hướng dẫn, Sở GD&ĐT tỉnh, Markdown with tables
# ---------------------------------------------------------------------------
SC02 = """UBND TỈNH BẢO YÊN THƯỢNG                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                           Độc lập - Tự do - Hạnh phúc

Số: 118/HD-SGDĐT                     Bảo Yên Thượng, ngày 20 tháng 01 năm 2026

# HƯỚNG DẪN

**Tổ chức bữa ăn bán trú bảo đảm dinh dưỡng, an toàn thực phẩm trong các cơ sở giáo dục mầm non, tiểu học năm 2026**

Căn cứ Quyết định số 1530/QĐ-UBND ngày 14/11/2025 của UBND tỉnh Bảo Yên Thượng phê duyệt Đề án Nâng cao chất lượng bữa ăn học đường giai đoạn 2025-2030;

Sau khi thống nhất với Sở Y tế tại Công văn số 2146/SYT-NVY ngày 09/01/2026, Sở Giáo dục và Đào tạo hướng dẫn các cơ sở giáo dục tổ chức bữa ăn bán trú như sau:

## I. PHẠM VI, ĐỐI TƯỢNG ÁP DỤNG

1. Hướng dẫn này áp dụng đối với các trường mầm non, mẫu giáo, nhóm trẻ độc lập có tổ chức ăn bán trú; các trường tiểu học, trường phổ thông dân tộc bán trú cấp tiểu học và trường tiểu học và trung học cơ sở (đối với học sinh cấp tiểu học) trên địa bàn tỉnh.

2. Toàn tỉnh hiện có 214 cơ sở giáo dục mầm non và 167 trường có cấp tiểu học tổ chức bán trú, với khoảng 58.600 trẻ em, học sinh ăn tại trường.

## II. YÊU CẦU VỀ KHẨU PHẦN VÀ THỰC ĐƠN

1. Nhu cầu năng lượng và mức tiền ăn tối thiểu tại trường:

| Nhóm đối tượng | Năng lượng tại trường (kcal/trẻ/ngày) | Số bữa tại trường | Mức tiền ăn tối thiểu (đồng/trẻ/ngày) |
|---|---|---|---|
| Nhà trẻ (từ 12 đến 36 tháng tuổi) | 600 - 651 | 01 bữa chính, 01 bữa phụ | 22.000 |
| Mẫu giáo (từ 3 đến 6 tuổi) | 615 - 726 | 01 bữa chính, 01 bữa phụ | 20.000 |
| Học sinh tiểu học bán trú | 665 - 830 | 01 bữa trưa | 25.000 |
| Học sinh trường PTDTBT cấp tiểu học | 1.300 - 1.450 | 03 bữa | 38.000 |

2. Cơ cấu năng lượng khẩu phần: chất đạm chiếm 13 - 20%, chất béo chiếm 25 - 35%, chất bột đường chiếm 52 - 60% tổng năng lượng; tỷ lệ đạm động vật trên đạm tổng số từ 50% trở lên.

3. Định lượng một số thực phẩm trong bữa chính (tính cho 01 trẻ/bữa):

| Thực phẩm | Nhà trẻ | Mẫu giáo | Tiểu học |
|---|---|---|---|
| Gạo tẻ | 55 g | 70 g | 110 g |
| Thịt, cá, trứng, tôm (phần ăn được) | 35 g | 45 g | 60 g |
| Rau xanh, củ quả | 60 g | 80 g | 120 g |
| Dầu ăn, mỡ | 7 g | 8 g | 10 g |
| Muối (kể cả nước mắm, bột canh quy đổi) | không quá 1,5 g | không quá 2 g | không quá 2,5 g |

4. Thực đơn xây dựng theo tuần, luân phiên tối thiểu 04 tuần không trùng lặp; mỗi bữa chính có đủ 04 nhóm thực phẩm (bột đường, đạm, béo, vitamin và khoáng chất). Không sử dụng nước ngọt có ga, bánh kẹo công nghiệp trong bữa ăn bán trú.

5. Khuyến khích các trường sử dụng phần mềm tính khẩu phần dinh dưỡng; thực đơn và tiền ăn công khai hằng tuần tại bảng tin của trường và nhóm Zalo của cha mẹ học sinh.

6. Đối với trẻ có tiền sử dị ứng thực phẩm, cha mẹ học sinh thông báo bằng văn bản cho nhà trường; nhà trường bố trí suất ăn thay thế có giá trị dinh dưỡng tương đương.

## III. LỰA CHỌN NHÀ CUNG CẤP VÀ GIÁ THỰC PHẨM

1. Nhà trường ký hợp đồng với cơ sở cung cấp thực phẩm có giấy chứng nhận cơ sở bảo đảm điều kiện an toàn thực phẩm hoặc giấy chứng nhận VietGAP, có nguồn gốc, xuất xứ rõ ràng; ưu tiên sản phẩm OCOP và nông sản của hợp tác xã tại địa phương.

2. Danh sách một số đơn vị cung cấp và giá tham khảo tháng 01/2026:

| Nhóm thực phẩm | Đơn vị cung cấp | Khu vực cung cấp | Giá tham khảo |
|---|---|---|---|
| Gạo tẻ thơm | Hợp tác xã Nông nghiệp Uyên Bồng | huyện Sùng Lĩnh, huyện Dương Khẩu | 17.500 đồng/kg |
| Thịt lợn nạc vai | Công ty TNHH Thực phẩm sạch Hoành Phát | toàn tỉnh | 128.000 đồng/kg |
| Rau, củ theo mùa | Tổ hợp tác rau an toàn Khuẩy Lìn | huyện Sùng Lĩnh | từ 14.000 đến 22.000 đồng/kg |
| Trứng gà | Trang trại gà đồi Ích Hạ | huyện Dương Khẩu, thành phố Bảo Yên Thượng | 3.200 đồng/quả |
| Cá trắm, cá chép | Hợp tác xã Thủy sản Hoành Sa | huyện Hoành Sa | 85.000 đồng/kg |
| Sữa tươi tiệt trùng không đường | Công ty Cổ phần Sữa Cao Nguyên Xanh | toàn tỉnh | 7.300 đồng/hộp 180 ml |

3. Giá thực phẩm trên đây là giá tham khảo; các trường được phép điều chỉnh theo giá thị trường nhưng không vượt quá 10% và phải thống nhất với Ban đại diện cha mẹ học sinh.

4. Thực hiện kiểm thực ba bước, lưu mẫu thức ăn ít nhất 24 giờ; nhân viên nấu ăn phải có giấy xác nhận kiến thức về an toàn thực phẩm và khám sức khỏe định kỳ 01 lần/năm.

## IV. TỔ CHỨC THỰC HIỆN

1. Giao Phòng Giáo dục Mầm non chủ trì, phối hợp với Phòng Giáo dục Tiểu học tổ chức kiểm tra việc thực hiện Hướng dẫn tại ít nhất 30 cơ sở giáo dục trong học kỳ II năm học 2025-2026.

2. Phòng Kế hoạch - Tài chính hướng dẫn các đơn vị quản lý, thu chi tiền ăn bán trú theo nguyên tắc thu đủ, chi đủ, không vì mục đích lợi nhuận.

3. Phòng Giáo dục và Đào tạo các huyện, thành phố có trách nhiệm phổ biến Hướng dẫn đến 100% cơ sở giáo dục trực thuộc; tổng hợp thực đơn mẫu, mức tiền ăn của các trường, báo cáo Sở trước ngày 15/5/2026.

4. Thủ trưởng các cơ sở giáo dục chịu trách nhiệm toàn diện về chất lượng bữa ăn; thành lập Tổ giám sát bữa ăn bán trú có ít nhất 01 đại diện Ban đại diện cha mẹ học sinh; báo cáo ngay về Phòng Giáo dục và Đào tạo khi xảy ra sự cố về an toàn thực phẩm.

5. Đề nghị Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh và Trung tâm Y tế các huyện, thành phố tập huấn kiến thức dinh dưỡng, an toàn thực phẩm cho 100% nhân viên nấu ăn trước ngày 30/4/2026; phối hợp kiểm tra bếp ăn bán trú định kỳ hằng quý.

6. Đề nghị Hội Chữ thập đỏ tỉnh phối hợp vận động nguồn lực hỗ trợ bữa ăn, sữa cho trẻ em vùng đặc biệt khó khăn, ưu tiên các huyện Sùng Lĩnh và Hoành Sa.

Thông tin chi tiết liên hệ ông Sầm Văn Lực, chuyên viên Phòng Giáo dục Mầm non, điện thoại 0983 410 265, e-mail lucsv@baoyenthuong.edu.vn.

```
Nơi nhận:                                              KT. GIÁM ĐỐC
- UBND tỉnh (b/c);                                     PHÓ GIÁM ĐỐC
- Sở Y tế (p/h);
- Hội Chữ thập đỏ tỉnh;                                   (Đã ký)
- Phòng Giáo dục và Đào tạo các huyện, thành phố;
- Các cơ sở giáo dục trực thuộc;                    Đinh Thị Mai Phương
- Lưu: VT, GDMN.
```
"""

# ---------------------------------------------------------------------------
# sc03 - Công văn, Phòng GD&ĐT huyện, .txt hard-wrapped (two-column header)
# ---------------------------------------------------------------------------
SC03_HEAD = """UỶ BAN NHÂN DÂN HUYỆN SÙNG LĨNH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO                    Độc lập - Tự do - Hạnh phúc
                                          ------------------------------
Số: 87/PGDĐT-YTTH                  Sùng Lĩnh, ngày 24 tháng 02 năm 2026
V/v báo cáo số liệu tiêm chủng,
tẩy giun, bổ sung vitamin A cho trẻ
em, học sinh năm 2026

        Kính gửi: - Hiệu trưởng các trường mầm non, tiểu học, TH&THCS
                    trên địa bàn huyện;
                  - Trung tâm Y tế huyện Sùng Lĩnh.
"""
SC03_PARAS = [
    "Thực hiện Kế hoạch số 41/KH-UBND ngày 12/02/2026 của UBND huyện Sùng Lĩnh về tổ chức Tuần lễ Sức khỏe học đường và truyền thông khoa học về dinh dưỡng trong trường học năm 2026; căn cứ Công văn số 35/TTYT-KSBT ngày 19/02/2026 của Trung tâm Y tế huyện về rà soát, tiêm bù vắc xin cho trẻ em trong độ tuổi đi học, Phòng Giáo dục và Đào tạo đề nghị các đơn vị thực hiện một số nội dung sau:",
    "1. Báo cáo tình trạng tiêm chủng của trẻ em, học sinh",
    "Các trường mầm non, tiểu học, TH&THCS rà soát sổ tiêm chủng, phiếu tiêm chủng của trẻ 5 tuổi và học sinh lớp 1, thống kê theo Biểu 01-TC gồm: số trẻ, học sinh tiêm đủ 02 mũi vắc xin sởi - rubella (MR); số chưa tiêm hoặc tiêm chưa đủ mũi; số trẻ, học sinh không có sổ hoặc phiếu tiêm chủng. Thời hạn gửi báo cáo: trước 16 giờ 00 ngày 06/3/2026.",
    "Đối với học sinh chưa tiêm đủ mũi, nhà trường lập danh sách riêng, gửi trạm y tế xã, thị trấn nơi trường đóng để bố trí tiêm bù; tuyệt đối không yêu cầu học sinh nghỉ học vì chưa tiêm chủng. Năm 2025, toàn huyện có 2.846 học sinh lớp 1, trong đó 3,4% chưa tiêm đủ 02 mũi MR; 06 trường gửi báo cáo chậm so với thời hạn.",
    "2. Báo cáo kết quả tẩy giun đợt 1 năm 2026",
    "Các trường mầm non và tiểu học thống kê theo Biểu 02-TG số trẻ từ 24 tháng tuổi trở lên và số học sinh tiểu học uống thuốc tẩy giun Albendazol trong Tuần lễ Sức khỏe học đường (từ ngày 17/3 đến ngày 20/3/2026), số trường hợp có phản ứng phụ sau khi uống thuốc và cách xử trí. Thời hạn gửi báo cáo: trước ngày 27/3/2026.",
    "Lưu ý: trẻ, học sinh đang sốt, tiêu chảy hoặc có bệnh cấp tính thì hoãn uống thuốc và thống kê vào cột hoãn tẩy giun; nhà trường phải có phiếu đồng ý của cha mẹ học sinh trước khi cho trẻ uống thuốc.",
    "3. Báo cáo kết quả bổ sung vitamin A",
    "Các trường mầm non phối hợp với trạm y tế xã, thị trấn tổ chức cho trẻ từ 24 đến 60 tháng tuổi uống vitamin A liều cao đợt tháng 6/2026; báo cáo theo Biểu 03-VA trước ngày 10/6/2026. Trẻ suy dinh dưỡng, trẻ vừa mắc tiêu chảy kéo dài hoặc viêm phổi ưu tiên uống trước.",
    "4. Hình thức gửi báo cáo",
    "Báo cáo gửi đồng thời 02 hình thức: bản mềm (tệp Excel theo mẫu, không chuyển sang định dạng ảnh) gửi qua hộp thư yteth.pgdsunglinh@gmail.com và bản giấy có chữ ký của Hiệu trưởng, đóng dấu gửi về Phòng Giáo dục và Đào tạo (bộ phận Y tế trường học, tầng 2, nhà B, Trung tâm hành chính huyện). Mẫu biểu 01-TC, 02-TG, 03-VA đính kèm Công văn này và đăng trên Trang thông tin điện tử của Phòng.",
    "5. Trách nhiệm của các đơn vị",
    "Hiệu trưởng các trường chịu trách nhiệm về tính chính xác của số liệu; phân công nhân viên y tế trường học phối hợp với trạm y tế xã, thị trấn đối chiếu số liệu với Hệ thống quản lý thông tin tiêm chủng quốc gia trước khi gửi.",
    "Đề nghị Trung tâm Y tế huyện chỉ đạo các trạm y tế xã, thị trấn cung cấp cho các trường danh sách trẻ chưa tiêm đủ mũi vắc xin MR trước ngày 03/3/2026 và tổng hợp số liệu tiêm bù, gửi Phòng Giáo dục và Đào tạo trước ngày 17/4/2026.",
    "Các trường tiểu học, TH&THCS trên địa bàn các xã Quan Dốc, Khuẩy Lìn và Uyên Bồng, nơi có tỷ lệ trẻ thấp còi cao, bổ sung thêm số liệu cân nặng, chiều cao của học sinh lớp 1 trong Biểu 02-TG.",
    "Trường nào gửi báo cáo chậm hoặc số liệu sai lệch sẽ bị nêu tên tại cuộc họp giao ban hiệu trưởng tháng 4/2026 và trừ điểm thi đua năm học 2025-2026.",
    "Mọi thông tin cần trao đổi, đề nghị liên hệ ông Triệu Văn Sình, chuyên viên phụ trách y tế trường học, điện thoại 0868 215 904.",
    "Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường nghiêm túc triển khai thực hiện./.",
]
SC03_TAIL = """
Nơi nhận:                                             KT. TRƯỞNG PHÒNG
- Như trên;                                           PHÓ TRƯỞNG PHÒNG
- UBND huyện (b/c);
- Trung tâm Y tế huyện (p/h);                              (Đã ký)
- Lãnh đạo Phòng;
- Lưu: VT, YTTH.                                        Lù Thị Quyên
"""


def build_sc03():
    out = [SC03_HEAD]
    for para in SC03_PARAS:
        # hard wrap as if copied from a PDF: width varies a little per paragraph
        width = 72 if len(para) % 2 else 76
        out.append("\n".join(textwrap.wrap(para, width=width, break_long_words=False,
                                           break_on_hyphens=False)))
    return "\n".join(out) + "\n" + SC03_TAIL


# ---------------------------------------------------------------------------
# sc04 - Báo cáo, UBND xã, .pdf with text layer and results table
# ---------------------------------------------------------------------------
SC04_HEAD = [
    ("UỶ BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("XÃ QUAN DỐC", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 26/BC-UBND", "Quan Dốc, ngày 27 tháng 02 năm 2026"),
]
SC04_TITLE = [
    "BÁO CÁO",
    "Kết quả theo dõi tình trạng dinh dưỡng, chăm sóc sức khỏe trẻ em tại các trường mầm non, tiểu học trên địa bàn xã học kỳ I năm học 2025-2026",
]
SC04_PARTS = [
    ("p", "Kính gửi: - Ủy ban nhân dân huyện Sùng Lĩnh; - Phòng Giáo dục và Đào tạo huyện; - Trung tâm Y tế huyện."),
    ("p", "Thực hiện Kế hoạch số 41/KH-UBND ngày 12/02/2026 của UBND huyện Sùng Lĩnh và Hướng dẫn số 118/HD-SGDĐT ngày 20/01/2026 của Sở Giáo dục và Đào tạo tỉnh, UBND xã Quan Dốc báo cáo kết quả như sau:"),
    ("h", "I. ĐẶC ĐIỂM TÌNH HÌNH"),
    ("p", "Xã Quan Dốc có 11 thôn, 1.962 hộ, trong đó 71% là hộ đồng bào dân tộc thiểu số. Trên địa bàn xã có 05 trường gồm 02 trường mầm non, 03 trường tiểu học với tổng số 1.173 trẻ em, học sinh; 03 trường tổ chức ăn bán trú. Trạm Y tế xã có 06 cán bộ, trong đó có 01 bác sĩ; 100% thôn có nhân viên y tế thôn bản."),
    ("h", "II. KẾT QUẢ THỰC HIỆN"),
    ("h", "1. Cân đo, đánh giá tình trạng dinh dưỡng"),
    ("p", "Trong tháng 10 và tháng 11/2025, Trạm Y tế xã phối hợp với các trường tổ chức cân đo cho 1.173/1.173 trẻ em, học sinh, đạt 100%. Kết quả cụ thể theo từng trường như sau:"),
    ("t", [
        ["TT", "Trường", "Số cân đo", "Nhẹ cân", "Thấp còi", "Tỷ lệ thấp còi (%)", "Thừa cân, béo phì"],
        ["1", "Trường Mầm non Quan Dốc", "212", "19", "31", "14,6", "6"],
        ["2", "Trường Mầm non Sao Mai", "148", "11", "17", "11,5", "3"],
        ["3", "Trường Tiểu học Quan Dốc số 1", "386", "22", "41", "10,6", "15"],
        ["4", "Trường Tiểu học Quan Dốc số 2", "254", "18", "33", "13,0", "7"],
        ["5", "Trường PTDTBT Tiểu học Mà Phìn", "173", "20", "29", "16,8", "1"],
        ["", "Tổng cộng", "1.173", "90", "151", "12,9", "32"],
    ]),
    ("p", "Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân chung của xã là 7,7%; tỷ lệ thể thấp còi là 12,9%, giảm 1,2 điểm phần trăm so với học kỳ I năm học 2024-2025 (14,1%). Trường PTDTBT Tiểu học Mà Phìn có tỷ lệ thấp còi cao nhất (16,8%); Trường Tiểu học Quan Dốc số 1 có số học sinh thừa cân, béo phì nhiều nhất (15 em)."),
    ("h", "2. Tẩy giun, bổ sung vi chất và tiêm chủng"),
    ("p", "Năm 2025, 1.016 trong tổng số 1.051 trẻ, học sinh thuộc diện tẩy giun uống thuốc đầy đủ, đạt tỷ lệ 96,7%; 35 trường hợp hoãn uống do đang ốm. Có 318 trẻ từ 24 đến 60 tháng tuổi uống vitamin A liều cao đợt tháng 6/2025."),
    ("p", "Qua rà soát, 41 học sinh lớp 1 chưa tiêm đủ 02 mũi vắc xin sởi - rubella; Trạm Y tế xã tổ chức tiêm bù cho 36 em vào ngày 14/01/2026, 05 em còn lại chưa tiêm do gia đình chưa đồng ý."),
    ("h", "3. Bữa ăn bán trú"),
    ("p", "Trường Mầm non Quan Dốc, Trường Mầm non Sao Mai và Trường PTDTBT Tiểu học Mà Phìn tổ chức ăn bán trú cho 533 trẻ, học sinh. Mức tiền ăn tại hai trường mầm non là 20.000 đồng/trẻ/ngày; tại Trường PTDTBT Tiểu học Mà Phìn là 38.000 đồng/học sinh/ngày (03 bữa), trong đó ngân sách nhà nước hỗ trợ theo chế độ học sinh bán trú."),
    ("p", "Hội Chữ thập đỏ xã phối hợp với các nhà hảo tâm hỗ trợ 120 hộp sữa mỗi tuần cho 40 trẻ suy dinh dưỡng thể thấp còi mức độ nặng, tổng giá trị 28.080.000 đồng trong học kỳ I."),
    ("h", "4. Truyền thông khoa học về dinh dưỡng"),
    ("p", "Các trường xây dựng 05 góc truyền thông dinh dưỡng, 03 vườn rau dinh dưỡng với tổng diện tích 1.250 m2; loa truyền thanh xã phát 24 tin, bài về chăm sóc dinh dưỡng cho trẻ. Đội Nhà khoa học nhí của Trường Tiểu học Quan Dốc số 1 đăng ký tham gia Ngày hội cấp huyện ngày 19/3/2026."),
    ("h", "III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"),
    ("p", "- Tỷ lệ thấp còi tại Trường Mầm non Quan Dốc (14,6%) vẫn cao hơn mục tiêu của huyện là dưới 14,5% đối với trẻ mầm non."),
    ("p", "- Trường PTDTBT Tiểu học Mà Phìn chưa có nhân viên y tế trường học, giáo viên phải kiêm nhiệm; cân, thước đo của 02 trường mầm non cũ, sai số lớn."),
    ("p", "- Một bộ phận cha mẹ học sinh chưa quan tâm đến bữa sáng của trẻ; tình trạng trẻ ăn quà vặt, uống nước ngọt có xu hướng tăng tại khu vực trung tâm xã."),
    ("h", "IV. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI"),
    ("p", "1. Trạm Y tế xã chủ trì, phối hợp với các trường cân đo lại toàn bộ trẻ em, học sinh trong tháng 5/2026; quản lý danh sách 151 trẻ thấp còi và tư vấn cho gia đình ít nhất 01 lần/tháng."),
    ("p", "2. Các trường mầm non, tiểu học trên địa bàn xã điều chỉnh thực đơn theo Hướng dẫn số 118/HD-SGDĐT, tăng lượng rau xanh và đạm động vật; tổ chức ít nhất 01 buổi sinh hoạt chuyên đề dinh dưỡng cho cha mẹ học sinh trước ngày 30/4/2026."),
    ("p", "3. Hội Chữ thập đỏ xã tiếp tục vận động nguồn lực, duy trì hỗ trợ sữa cho trẻ thấp còi nặng trong học kỳ II."),
    ("p", "4. Công chức Văn hóa - Xã hội xã phối hợp với Trạm Y tế xã phát tin, bài về dinh dưỡng học đường trên loa truyền thanh xã 02 buổi/tuần."),
    ("p", "5. Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể vận động hội viên, đoàn viên tham gia làm vườn rau dinh dưỡng tại các trường."),
    ("h", "V. ĐỀ XUẤT, KIẾN NGHỊ"),
    ("p", "1. Đề nghị Trung tâm Y tế huyện hỗ trợ 05 bộ cân, thước đo chiều cao đạt chuẩn cho các trường trên địa bàn xã."),
    ("p", "2. Đề nghị Phòng Giáo dục và Đào tạo huyện xem xét bố trí 01 nhân viên y tế trường học cho Trường PTDTBT Tiểu học Mà Phìn trong năm học 2026-2027."),
    ("p", "Người tổng hợp số liệu: bà Lò Thị Hiền, Trưởng Trạm Y tế xã, điện thoại 0977 152 830."),
    ("p", "Trên đây là báo cáo kết quả theo dõi tình trạng dinh dưỡng, chăm sóc sức khỏe trẻ em học kỳ I năm học 2025-2026, UBND xã Quan Dốc trân trọng báo cáo./."),
]
SC04_SIGN = ["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Giàng Thị Mỷ"]
SC04_NOINHAN = ["Nơi nhận:", "- Như trên;", "- TT Đảng ủy xã;", "- TT HĐND xã;",
                "- Trạm Y tế xã;", "- Các trường MN, TH trên địa bàn xã;", "- Lưu: VT, VHXH."]


def build_sc04(path):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    for left, right in SC04_HEAD:
        pdf.set_font("DejaVu", "B" if not left.startswith("Số") else "", 10.5)
        pdf.cell(W * 0.42, 6, nfc(left), align="C")
        pdf.cell(W * 0.58, 6, nfc(right), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(W, 7, nfc(SC04_TITLE[0]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(W, 6, nfc(SC04_TITLE[1]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, val in SC04_PARTS:
        if kind == "p":
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(W, 6, nfc(val), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(W, 6, nfc(val), new_x="LMARGIN", new_y="NEXT")
        elif kind == "t":
            pdf.set_font("DejaVu", "", 9.5)
            with pdf.table(col_widths=(8, 52, 18, 16, 16, 22, 22), line_height=5.5,
                           text_align=("CENTER", "LEFT", "CENTER", "CENTER", "CENTER", "CENTER", "CENTER")) as table:
                for row in val:
                    r = table.row()
                    for cell in row:
                        r.cell(nfc(cell))
            pdf.ln(2)
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 80:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("DejaVu", "B", 11)
    for i, line in enumerate(SC04_SIGN):
        pdf.set_xy(pdf.l_margin + W * 0.5, y + i * 6)
        pdf.set_font("DejaVu", "" if line == "(Đã ký)" else "B", 11)
        pdf.cell(W * 0.5, 6, nfc(line), align="C")
    pdf.set_font("DejaVu", "", 9.5)
    for i, line in enumerate(SC04_NOINHAN):
        pdf.set_xy(pdf.l_margin, y + 6 * len(SC04_SIGN) + 4 + i * 5)
        pdf.cell(W * 0.5, 5, nfc(line))
    pdf.output(path)


# ---------------------------------------------------------------------------
# sc05 - Thông báo, Trung tâm KSBT tỉnh, .txt (two-column header, no wrap)
# ---------------------------------------------------------------------------
SC05 = """SỞ Y TẾ TỈNH BẢO YÊN THƯỢNG            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM KIỂM SOÁT BỆNH TẬT                  Độc lập - Tự do - Hạnh phúc

Số: 27/TB-KSBT                   Bảo Yên Thượng, ngày 09 tháng 3 năm 2026

                               THÔNG BÁO
      Tổ chức Cuộc thi "Dự án dinh dưỡng học đường sáng tạo" năm 2026

Thực hiện Kế hoạch số 09/KH-KSBT ngày 08/01/2026 của Trung tâm Kiểm soát bệnh tật tỉnh về công tác y tế trường học năm 2026; được sự đồng ý của Sở Y tế, Trung tâm Kiểm soát bệnh tật tỉnh phối hợp với Hội Chữ thập đỏ tỉnh và Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tổ chức Cuộc thi "Dự án dinh dưỡng học đường sáng tạo" năm 2026 (sau đây gọi là Cuộc thi), thông báo cụ thể như sau:

1. Mục đích
Khuyến khích giáo viên, nhân viên y tế trường học và học sinh vận dụng kiến thức khoa học để đề xuất giải pháp cải thiện bữa ăn học đường, phòng, chống suy dinh dưỡng và thừa cân, béo phì; lựa chọn các dự án khả thi để nhân rộng trong toàn tỉnh.

2. Đối tượng dự thi
- Bảng A: giáo viên, nhân viên y tế, nhân viên nấu ăn của các trường mầm non, tiểu học (cá nhân hoặc nhóm tối đa 03 người).
- Bảng B: nhóm học sinh tiểu học, trung học cơ sở (tối đa 04 học sinh) có 01 giáo viên hướng dẫn.
Mỗi trường đăng ký không quá 02 dự án cho mỗi bảng.

3. Yêu cầu sản phẩm dự thi
Dự án trình bày không quá 15 trang khổ A4, kèm video giới thiệu dài không quá 05 phút; nội dung có số liệu khảo sát thực tế tại trường, giải pháp cụ thể, dự toán kinh phí và cách đo lường hiệu quả. Dự án chưa từng đạt giải tại cuộc thi khác.
Hồ sơ dự thi gồm: phiếu đăng ký theo Mẫu 01; thuyết minh dự án theo Mẫu 02; video giới thiệu; ảnh minh họa (không quá 10 ảnh). Ban Tổ chức không trả lại hồ sơ dự thi.

4. Thời gian, địa điểm
- Đăng ký tham gia: trước 17 giờ 00 ngày 10/4/2026, qua đường link trên Trang thông tin điện tử của Trung tâm (ksbtbaoyenthuong.vn) hoặc gửi phiếu đăng ký bằng văn bản.
- Nộp sản phẩm: trước ngày 15/5/2026; bản giấy gửi về Khoa Dinh dưỡng và Sức khỏe cộng đồng, Trung tâm Kiểm soát bệnh tật tỉnh, số 26 đường Trần Hưng Đạo, thành phố Bảo Yên Thượng; bản điện tử gửi qua e-mail dinhduong.ksbt@baoyenthuong.gov.vn.
- Sơ khảo: từ ngày 18/5 đến ngày 22/5/2026; chọn 20 dự án (10 dự án mỗi bảng) vào chung khảo.
- Chung khảo và trao giải: 08 giờ 00 ngày 05/6/2026 tại Hội trường tầng 3, Trung tâm Kiểm soát bệnh tật tỉnh; mỗi nhóm thuyết trình trực tiếp không quá 10 phút và trả lời câu hỏi của Hội đồng giám khảo.

5. Tiêu chí chấm điểm (thang điểm 100)
Tính khoa học 30 điểm; tính khả thi và chi phí hợp lý 25 điểm; tính sáng tạo 25 điểm; hiệu quả truyền thông, khả năng nhân rộng 20 điểm.

6. Cơ cấu giải thưởng (cho mỗi bảng)
01 giải nhất trị giá 15.000.000 đồng; 02 giải nhì, mỗi giải 8.000.000 đồng; 03 giải ba, mỗi giải 5.000.000 đồng; 04 giải khuyến khích, mỗi giải 2.000.000 đồng. Tổng giá trị giải thưởng của hai bảng là 108.000.000 đồng.
Các dự án giành giải nhất, giải nhì được Hội Chữ thập đỏ tỉnh hỗ trợ thêm 10.000.000 đồng/dự án để triển khai thí điểm tại trường trong năm học 2026-2027.

7. Kinh phí
Kinh phí tổ chức Cuộc thi và giải thưởng lấy từ nguồn chi sự nghiệp y tế năm 2026 của Trung tâm và nguồn tài trợ của Hội Chữ thập đỏ tỉnh.

8. Trách nhiệm của các đơn vị
- Khoa Dinh dưỡng và Sức khỏe cộng đồng là thường trực Ban Tổ chức, tiếp nhận hồ sơ, tổng hợp danh sách và chuẩn bị các điều kiện tổ chức chung khảo.
- Phòng Kế hoạch - Tài chính của Trung tâm lập dự toán, bảo đảm kinh phí và chi trả giải thưởng trong 10 ngày làm việc kể từ ngày trao giải.
- Đề nghị Sở Giáo dục và Đào tạo thông báo Cuộc thi đến các cơ sở giáo dục; khuyến khích mỗi huyện, thành phố có ít nhất 03 dự án dự thi.
- Trung tâm Y tế các huyện, thành phố có trách nhiệm hướng dẫn các trường trên địa bàn xây dựng dự án, hỗ trợ số liệu cân đo, khám sức khỏe học sinh.
- Đề nghị Hội Chữ thập đỏ tỉnh tài trợ 30.000.000 đồng cho giải thưởng và hỗ trợ triển khai các dự án giành giải nhất, giải nhì.
- Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh cử 02 chuyên gia về dinh dưỡng, công nghệ thực phẩm tham gia Hội đồng giám khảo.
- Đề nghị Báo và Phát thanh, Truyền hình Bảo Yên Thượng đưa tin về Cuộc thi và phóng sự về các dự án giành giải.

Thông tin chi tiết xin liên hệ: ThS. Nông Thu Hằng, Trưởng khoa Dinh dưỡng và Sức khỏe cộng đồng, điện thoại 0912 604 118.

Nơi nhận:                                                   GIÁM ĐỐC
- Sở Y tế (b/c);
- Sở Giáo dục và Đào tạo;                                   (Đã ký)
- Hội Chữ thập đỏ tỉnh;
- Liên hiệp các Hội KH&KT tỉnh;                        BSCKII. La Văn Tuấn
- Trung tâm Y tế các huyện, thành phố;
- Lưu: VT, DD.
"""


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_sc01(os.path.join(CORPUS, F1))
    with open(os.path.join(CORPUS, F2), "w", encoding="utf-8") as f:
        f.write(nfc(SC02))
    with open(os.path.join(CORPUS, F3), "w", encoding="utf-8") as f:
        f.write(nfc(build_sc03()))
    build_sc04(os.path.join(CORPUS, F4))
    with open(os.path.join(CORPUS, F5), "w", encoding="utf-8") as f:
        f.write(nfc(SC05))
    print("built", sorted(os.listdir(CORPUS)))


if __name__ == "__main__":
    main()
