# -*- coding: utf-8 -*-
"""Rebuild the 5 corpus files of blind44 (tỉnh Sơn Hòa Đông) from text held here.

Run: /work/main/.venv/bin/python build_qt.py
"""
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# qt01 - Kế hoạch của UBND tỉnh (docx, list numbering + task table)
# ---------------------------------------------------------------------------
QT01_HEAD = [
    ("c", "UBND TỈNH SƠN HÒA ĐÔNG"),
    ("c", "Số: 27/KH-UBND"),
    ("c", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("c", "Độc lập - Tự do - Hạnh phúc"),
    ("r", "Sơn Hòa Đông, ngày 12 tháng 3 năm 2026"),
    ("t", "KẾ HOẠCH"),
    ("c", "Triển khai phong trào “Bình dân học vụ số” và phát triển khoa học, công nghệ, "
          "đổi mới sáng tạo, chuyển đổi số trên địa bàn tỉnh Sơn Hòa Đông năm 2026"),
]

QT01_BODY = [
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển "
          "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Căn cứ Chương trình hành động số 14-CTr/TU ngày 20/02/2025 của Tỉnh ủy Sơn Hòa Đông về "
          "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số giai đoạn 2025 - 2030;"),
    ("p", "Xét đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 61/TTr-SKHCN ngày 28/02/2026, "
          "UBND tỉnh ban hành Kế hoạch triển khai năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("b", "Phổ cập kỹ năng số cơ bản cho cán bộ, công chức, viên chức và người dân; hình thành thói "
          "quen sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và bảo vệ thông tin "
          "cá nhân trên môi trường mạng."),
    ("b", "Huy động cả hệ thống chính trị, doanh nghiệp, nhà trường và cộng đồng cùng tham gia; lấy "
          "thôn, tổ dân phố làm địa bàn triển khai trực tiếp, lấy người dân làm trung tâm."),
    ("b", "Xác định rõ nhiệm vụ, đơn vị chủ trì, đơn vị phối hợp và thời hạn hoàn thành; gắn kết quả "
          "thực hiện với đánh giá, xếp loại thi đua cuối năm của cơ quan, đơn vị và người đứng đầu."),
    ("h", "II. CHỈ TIÊU ĐẾN HẾT NĂM 2026"),
    ("n", "100% cán bộ, công chức, viên chức cấp tỉnh, cấp huyện và cấp xã hoàn thành khóa bồi dưỡng "
          "kỹ năng số cơ bản trước ngày 30/9/2026."),
    ("n", "Tối thiểu 75% người trong độ tuổi lao động tại 112 xã, phường, thị trấn của tỉnh được phổ "
          "cập kỹ năng số cơ bản; riêng 23 xã vùng khó khăn phấn đấu tối thiểu 60%."),
    ("n", "90% hồ sơ thủ tục hành chính đủ điều kiện được tiếp nhận và giải quyết trực tuyến toàn "
          "trình; 100% trường phổ thông triển khai sổ điểm điện tử và học bạ số."),
    ("n", "Có 40 sáng kiến, giải pháp đổi mới sáng tạo được công nhận cấp tỉnh và 06 doanh nghiệp "
          "khoa học và công nghệ mới được cấp giấy chứng nhận."),
    ("n", "Chi cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số bảo đảm tối thiểu 3% tổng "
          "chi ngân sách tỉnh năm 2026."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    ("n", "Đẩy mạnh tuyên truyền, nâng cao nhận thức: mở chuyên trang “Công dân số Sơn Hòa Đông” trên "
          "Cổng thông tin điện tử tỉnh; phát hành 50.000 tờ gấp hướng dẫn cài đặt ứng dụng VNeID và "
          "nhận diện lừa đảo trực tuyến, cấp phát miễn phí tại bộ phận một cửa cấp xã."),
    ("n", "Tổ chức phong trào “Bình dân học vụ số”: mỗi thôn, tổ dân phố thành lập tối thiểu 01 Tổ "
          "công nghệ số cộng đồng gồm 03 đến 05 thành viên; các Tổ trực tiếp hướng dẫn người dân tại "
          "nhà văn hóa, tại hộ gia đình và qua nhóm Zalo của thôn."),
    ("n", "Phát triển hạ tầng số: phủ sóng 4G đến 100% thôn, bản; phấn đấu 85% hộ gia đình có đường "
          "truyền internet cáp quang; hoàn thành kết nối mạng truyền số liệu chuyên dùng đến 100% "
          "UBND cấp xã."),
    ("n", "Hỗ trợ đổi mới sáng tạo: dành 3,5 tỷ đồng hỗ trợ doanh nghiệp nhỏ và vừa, hợp tác xã ứng "
          "dụng công nghệ, đăng ký nhãn hiệu và truy xuất nguồn gốc sản phẩm OCOP."),
    ("n", "Phát triển nguồn nhân lực: đưa giáo dục STEM, kỹ năng số vào hoạt động giáo dục trong nhà "
          "trường; mở rộng câu lạc bộ lập trình, robot cho học sinh trung học cơ sở và trung học phổ "
          "thông."),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch năm 2026 dự kiến 18,6 tỷ đồng, trong đó: ngân sách tỉnh "
          "12,4 tỷ đồng; ngân sách cấp huyện 4,2 tỷ đồng; nguồn xã hội hóa và huy động hợp pháp khác "
          "2,0 tỷ đồng. Các cơ quan, đơn vị lập dự toán chi tiết theo quy định hiện hành."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phân công nhiệm vụ cụ thể theo bảng sau:"),
    ("TABLE", None),
    ("p", "2. Sở Khoa học và Công nghệ là cơ quan thường trực, có trách nhiệm theo dõi, hướng dẫn, "
          "kiểm tra việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo UBND tỉnh định kỳ hằng quý "
          "(trước ngày 20 của tháng cuối quý) và báo cáo tổng kết trước ngày 15/12/2026."),
    ("p", "3. Các sở, ban, ngành tỉnh căn cứ chức năng, nhiệm vụ xây dựng kế hoạch chi tiết của đơn "
          "vị, gửi Sở Khoa học và Công nghệ trước ngày 10/4/2026."),
    ("p", "4. UBND các huyện, thị xã, thành phố ban hành kế hoạch thực hiện tại địa phương; chỉ đạo "
          "UBND cấp xã thành lập Tổ công nghệ số cộng đồng ở 100% thôn, tổ dân phố, hoàn thành "
          "trước ngày 31/5/2026."),
    ("p", "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh "
          "vận động đoàn viên, hội viên và Nhân dân tích cực tham gia phong trào “Bình dân học vụ "
          "số”; giám sát việc thực hiện tại cơ sở."),
    ("p", "Đầu mối liên hệ: ông Phạm Đăng Khoa, Phó Giám đốc Sở Khoa học và Công nghệ, điện thoại "
          "0912 406 318, thư điện tử khoapd@sonhoadong.gov.vn."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương "
          "phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh xem xét, điều chỉnh "
          "cho phù hợp."),
]

QT01_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Biên soạn tài liệu bồi dưỡng kỹ năng số cơ bản dùng chung toàn tỉnh",
     "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo; Trường Cao đẳng Kỹ thuật Sơn Hòa Đông",
     "Trước ngày 30/4/2026"],
    ["2", "Mở lớp bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã", "Sở Nội vụ",
     "Sở Khoa học và Công nghệ; UBND các huyện, thị xã, thành phố", "Trước ngày 30/9/2026"],
    ["3", "Tích hợp nội dung kỹ năng số, giáo dục STEM vào hoạt động giáo dục trong trường phổ thông",
     "Sở Giáo dục và Đào tạo", "Tỉnh Đoàn; Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh",
     "Năm học 2026 - 2027"],
    ["4", "Tổ chức Cuộc thi “Sáng tạo trẻ Sơn Hòa Đông” lần thứ V", "Tỉnh Đoàn",
     "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh; Sở Khoa học và Công nghệ", "Tháng 10/2026"],
    ["5", "Tham mưu bố trí kinh phí thực hiện Kế hoạch", "Sở Tài chính",
     "Sở Khoa học và Công nghệ", "Trước ngày 15/4/2026"],
    ["6", "Tuyên truyền trên báo chí, hệ thống thông tin cơ sở và mạng xã hội",
     "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Sơn Hòa Đông",
     "Thường xuyên"],
]

QT01_TAIL = [
    ("r", "TM. UBND TỈNH"),
    ("r", "KT. CHỦ TỊCH"),
    ("r", "PHÓ CHỦ TỊCH"),
    ("r", "(Đã ký)"),
    ("r", "Đỗ Minh Quân"),
    ("p", "Nơi nhận:"),
    ("p", "- Bộ Khoa học và Công nghệ (b/c);"),
    ("p", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);"),
    ("p", "- CT, các PCT UBND tỉnh;"),
    ("p", "- Các sở, ban, ngành tỉnh;"),
    ("p", "- UBND các huyện, thị xã, thành phố;"),
    ("p", "- Lưu: VT, KGVX."),
]


def build_qt01(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    for kind, text in QT01_HEAD:
        p = doc.add_paragraph()
        r = p.add_run(N(text))
        if kind in ("t",):
            r.bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if kind == "r" else WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in QT01_BODY:
        if kind == "TABLE":
            t = doc.add_table(rows=0, cols=5)
            t.style = "Table Grid"
            for row in QT01_TABLE:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = N(v)
            continue
        if kind == "h":
            p = doc.add_paragraph()
            p.add_run(N(text)).bold = True
        elif kind == "b":
            doc.add_paragraph(N(text), style="List Bullet")
        elif kind == "n":
            doc.add_paragraph(N(text), style="List Number")
        else:
            doc.add_paragraph(N(text))
    for kind, text in QT01_TAIL:
        p = doc.add_paragraph(N(text))
        if kind == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(path)


# ---------------------------------------------------------------------------
# qt02 - Công văn của UBND huyện (txt, two-column header, hard-wrapped)
# ---------------------------------------------------------------------------
QT02_HEADER = """\
UBND HUYỆN TRƯỜNG GIANG              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                          Độc lập - Tự do - Hạnh phúc
Số: 318/UBND-VHTT
V/v triển khai phong trào “Bình dân     Trường Giang, ngày 02 tháng 4 năm 2026
học vụ số” và tuyên truyền về khoa học,
công nghệ, chuyển đổi số năm 2026

Kính gửi:
- Các phòng, ban, ngành, Mặt trận và các đoàn thể huyện;
- Trung tâm Văn hóa, Thông tin và Thể thao huyện;
- Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện;
- UBND các xã, thị trấn.
"""

QT02_PARAS = [
    "Thực hiện Kế hoạch số 27/KH-UBND ngày 12/3/2026 của UBND tỉnh Sơn Hòa Đông về triển khai "
    "phong trào “Bình dân học vụ số” và phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển "
    "đổi số trên địa bàn tỉnh năm 2026; căn cứ tình hình thực tế của địa phương, năm 2025 toàn huyện "
    "mới có 41,7% người trong độ tuổi lao động sử dụng thành thạo dịch vụ công trực tuyến, thấp hơn "
    "bình quân chung của tỉnh; nhiều thôn vùng bãi ven sông chưa có người hướng dẫn tại chỗ. Để "
    "khắc phục tình trạng trên, UBND huyện đề nghị các cơ quan, đơn vị, địa phương triển khai một "
    "số nội dung sau:",
    "1. Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với Trung tâm Văn hóa, Thông tin và Thể "
    "thao huyện xây dựng chuyên mục “Công dân số Trường Giang” phát trên Đài Truyền thanh huyện vào "
    "lúc 6 giờ 30 sáng thứ Hai và thứ Năm hằng tuần, bắt đầu từ ngày 15/4/2026; hướng dẫn UBND các "
    "xã, thị trấn đăng tải tối thiểu 04 tin, bài mỗi tháng trên trang thông tin điện tử của xã; "
    "là đầu mối tổng hợp kết quả, tham mưu UBND huyện báo cáo UBND tỉnh (qua Sở Khoa học và Công "
    "nghệ) định kỳ hằng quý.",
    "2. Phòng Giáo dục và Đào tạo huyện chỉ đạo 100% trường tiểu học, trung học cơ sở tổ chức "
    "“Ngày hội STEM” ít nhất 01 lần trong học kỳ II năm học 2025 - 2026; huy động giáo viên tin "
    "học và học sinh trung học cơ sở làm tình nguyện viên hướng dẫn kỹ năng số cho ông bà, cha mẹ "
    "và người cao tuổi tại khu dân cư; báo cáo kết quả về UBND huyện trước ngày 25/5/2026.",
    "3. Phòng Nội vụ huyện có trách nhiệm lập danh sách cán bộ, công chức cấp xã tham gia lớp bồi "
    "dưỡng kỹ năng số do Sở Nội vụ tổ chức (đợt 1 gồm 146 người của 17 xã, thị trấn), gửi Sở Nội vụ "
    "trước ngày 20/4/2026; đưa tiêu chí hoàn thành bồi dưỡng kỹ năng số vào đánh giá, xếp loại cán "
    "bộ, công chức cuối năm.",
    "4. Phòng Tài chính - Kế hoạch huyện tham mưu UBND huyện bố trí 850 triệu đồng từ ngân sách "
    "huyện năm 2026, trong đó 510 triệu đồng hỗ trợ 204 Tổ công nghệ số cộng đồng (mức 2,5 triệu "
    "đồng/tổ) và 340 triệu đồng cho các lớp “Kỹ năng số cho mọi người”; trình UBND huyện phê duyệt "
    "trước ngày 30/4/2026.",
    "5. Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện mở các lớp “Kỹ năng số cho "
    "mọi người” miễn học phí cho người dân từ 15 đến 60 tuổi, tổ chức tối thiểu 12 lớp trong năm "
    "2026, trong đó đợt 1 khai giảng trong tháng 5/2026; chủ động phối hợp với UBND các xã, thị trấn "
    "bố trí địa điểm học gần dân.",
    "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Huyện Đoàn, Hội Liên hiệp Phụ nữ huyện, Hội "
    "Nông dân huyện và Hội Cựu chiến binh huyện phát động đoàn viên, hội viên tham gia phong trào; "
    "riêng Huyện Đoàn thành lập 17 đội “Thanh niên tình nguyện số” (mỗi xã, thị trấn 01 đội), ra "
    "quân đồng loạt vào ngày 26/4/2026.",
    "7. UBND các xã, thị trấn kiện toàn Tổ công nghệ số cộng đồng ở 100% thôn, tổ dân phố trước "
    "ngày 15/5/2026; bố trí điểm hướng dẫn dịch vụ công trực tuyến tại Bộ phận tiếp nhận và trả kết "
    "quả; báo cáo kết quả định kỳ hằng tháng (trước ngày 25) về UBND huyện qua Phòng Văn hóa và "
    "Thông tin. Các xã Hiệp Thuận, Đình Cương, Lạc Diên là địa bàn điểm của huyện, hoàn thành sớm "
    "hơn 15 ngày so với thời hạn chung.",
    "8. Các phòng, ban, ngành, Mặt trận và các đoàn thể huyện phân công ít nhất 01 công chức phụ "
    "trách chuyển đổi số của đơn vị; 100% cán bộ, công chức, viên chức cài đặt và kích hoạt tài "
    "khoản định danh điện tử mức 2, hoàn thành trước ngày 30/4/2026.",
    "UBND huyện yêu cầu thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn quan tâm "
    "triển khai thực hiện. Kết quả thực hiện là một trong các tiêu chí bình xét thi đua năm 2026. "
    "Quá trình thực hiện, nếu có vướng mắc, liên hệ bà Đinh Thu Hằng, chuyên viên Phòng Văn hóa và "
    "Thông tin huyện, điện thoại 0978 215 604, thư điện tử hangdt.vhtt@truonggiang.gov.vn để phối "
    "hợp giải quyết.",
]

QT02_TAIL = """\

                                                  KT. CHỦ TỊCH
Nơi nhận:                                         PHÓ CHỦ TỊCH
- Như trên;
- Sở Khoa học và Công nghệ tỉnh (b/c);                (Đã ký)
- TT Huyện ủy, TT HĐND huyện (b/c);
- CT, các PCT UBND huyện;                          Vũ Hữu Tài
- Ban Tuyên giáo Huyện ủy;
- Lưu: VT, VHTT.
"""


def build_qt02(path):
    body = []
    for para in QT02_PARAS:
        body.append(textwrap.fill(N(para), width=74, break_long_words=False))
    text = N(QT02_HEADER) + "\n" + "\n".join(body) + "\n" + N(QT02_TAIL)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# qt03 - Quyết định của Sở GD&ĐT + Quy chế kèm theo (pdf)
# ---------------------------------------------------------------------------
QT03_LEFT = ["UBND TỈNH SƠN HÒA ĐÔNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "", "Số: 412/QĐ-SGDĐT"]
QT03_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
              "Sơn Hòa Đông, ngày 18 tháng 3 năm 2026"]

QT03_BODY = [
    ("T", "QUYẾT ĐỊNH"),
    ("C", "Ban hành Quy chế tổ chức Cuộc thi khoa học, kỹ thuật dành cho học sinh trung học "
          "cấp tỉnh năm học 2025 - 2026"),
    ("T", "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
    ("P", "Căn cứ Quyết định số 35/2023/QĐ-UBND ngày 14/8/2023 của UBND tỉnh Sơn Hòa Đông quy định "
          "chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo;"),
    ("P", "Căn cứ Kế hoạch số 27/KH-UBND ngày 12/3/2026 của UBND tỉnh về triển khai phong trào "
          "“Bình dân học vụ số” và phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số "
          "trên địa bàn tỉnh năm 2026;"),
    ("P", "Theo đề nghị của Trưởng phòng Giáo dục Trung học."),
    ("T", "QUYẾT ĐỊNH:"),
    ("P", "Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức Cuộc thi khoa học, kỹ thuật "
          "dành cho học sinh trung học cấp tỉnh năm học 2025 - 2026."),
    ("P", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
    ("P", "Điều 3. Chánh Văn phòng Sở, Trưởng phòng Giáo dục Trung học, Trưởng phòng Kế hoạch - "
          "Tài chính, Trưởng phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố, Hiệu trưởng các "
          "trường trung học phổ thông và Giám đốc các trung tâm giáo dục nghề nghiệp - giáo dục "
          "thường xuyên chịu trách nhiệm thi hành Quyết định này."),
    ("SIG", None),
    ("PAGE", None),
    ("T", "QUY CHẾ"),
    ("C", "Tổ chức Cuộc thi khoa học, kỹ thuật dành cho học sinh trung học cấp tỉnh năm học "
          "2025 - 2026 (Kèm theo Quyết định số 412/QĐ-SGDĐT ngày 18/3/2026 của Giám đốc Sở Giáo dục "
          "và Đào tạo)"),
    ("H", "Chương I. QUY ĐỊNH CHUNG"),
    ("P", "Điều 1. Phạm vi và đối tượng dự thi"),
    ("P", "1. Cuộc thi dành cho học sinh lớp 8, lớp 9 cấp trung học cơ sở và học sinh lớp 10, 11, 12 "
          "cấp trung học phổ thông đang học tại các cơ sở giáo dục trên địa bàn tỉnh."),
    ("P", "2. Mỗi dự án dự thi do 01 học sinh hoặc nhóm 02 học sinh cùng cấp học thực hiện, có 01 "
          "giáo viên hướng dẫn khoa học. Mỗi học sinh chỉ tham gia 01 dự án."),
    ("P", "Điều 2. Lĩnh vực dự thi"),
    ("P", "Dự án dự thi thuộc một trong 12 lĩnh vực: khoa học động vật; khoa học thực vật; hóa học; "
          "vật lý và thiên văn; kỹ thuật cơ khí; hệ thống nhúng; phần mềm hệ thống; năng lượng; "
          "khoa học môi trường; y sinh và khoa học sức khỏe; khoa học xã hội và hành vi; rô-bốt và "
          "máy thông minh."),
    ("H", "Chương II. TỔ CHỨC CUỘC THI"),
    ("P", "Điều 3. Đăng ký dự thi"),
    ("P", "1. Mỗi trường trung học phổ thông đăng ký tối đa 03 dự án; mỗi Phòng Giáo dục và Đào tạo "
          "đăng ký tối đa 04 dự án cấp trung học cơ sở; Trường THPT Chuyên Sơn Hòa Đông đăng ký tối "
          "đa 06 dự án."),
    ("P", "2. Hồ sơ dự thi (phiếu đăng ký, báo cáo kết quả nghiên cứu, sổ tay nghiên cứu, tóm tắt dự "
          "án) nộp trực tuyến trên Hệ thống quản lý cuộc thi của Sở trước 17 giờ 00 ngày 03/4/2026. "
          "Hồ sơ nộp sau thời hạn này không được xét."),
    ("P", "Điều 4. Thời gian, địa điểm"),
    ("P", "1. Vòng sơ khảo (chấm hồ sơ): từ ngày 06/4/2026 đến ngày 08/4/2026, tại Sở Giáo dục và "
          "Đào tạo. Danh sách dự án vào vòng chung khảo công bố ngày 10/4/2026."),
    ("P", "2. Vòng chung khảo (trưng bày, phỏng vấn): ngày 22 và 23/4/2026 tại Trường THPT Chuyên "
          "Sơn Hòa Đông, số 86 đường Nguyễn Chí Thanh, thị xã Khải Hòa. Lễ bế mạc và trao giải lúc "
          "15 giờ 00 ngày 23/4/2026."),
    ("P", "Điều 5. Ban Tổ chức, Ban Giám khảo"),
    ("P", "1. Ban Tổ chức do Giám đốc Sở làm Trưởng ban; Phòng Giáo dục Trung học là bộ phận thường "
          "trực của Ban Tổ chức."),
    ("P", "2. Ban Giám khảo gồm 24 thành viên là giảng viên Trường Đại học Sơn Hòa Đông, chuyên gia "
          "của các hội khoa học và cán bộ quản lý giáo dục, chia thành 12 tiểu ban theo lĩnh vực. "
          "Giáo viên hướng dẫn dự án không tham gia chấm lĩnh vực có dự án mình hướng dẫn."),
    ("H", "Chương III. GIẢI THƯỞNG VÀ KINH PHÍ"),
    ("P", "Điều 6. Cơ cấu giải thưởng"),
    ("P", "1. Giải thưởng gồm Giải Nhất, Giải Nhì, Giải Ba và Giải Khuyến khích, xét riêng cho cấp "
          "trung học cơ sở và cấp trung học phổ thông. Số Giải Nhất không vượt quá 10% tổng số dự án "
          "vào vòng chung khảo."),
    ("P", "2. Mức thưởng cho mỗi dự án: Giải Nhất 5.000.000 đồng; Giải Nhì 3.500.000 đồng; Giải Ba "
          "2.000.000 đồng; Giải Khuyến khích 1.000.000 đồng, kèm Giấy khen của Giám đốc Sở."),
    ("P", "3. Ban Tổ chức chọn tối đa 04 dự án cấp trung học phổ thông có kết quả cao nhất tham dự "
          "Cuộc thi khoa học, kỹ thuật cấp quốc gia."),
    ("P", "Điều 7. Kinh phí"),
    ("P", "Kinh phí tổ chức Cuộc thi lấy từ ngân sách sự nghiệp giáo dục năm 2026 giao cho Sở, tổng "
          "dự toán 286 triệu đồng. Chi phí đi lại, ăn ở của học sinh và giáo viên hướng dẫn do đơn vị "
          "cử dự thi chi trả."),
    ("H", "Chương IV. TỔ CHỨC THỰC HIỆN"),
    ("P", "Điều 8. Trách nhiệm của các đơn vị"),
    ("P", "1. Giao Phòng Giáo dục Trung học chủ trì, phối hợp với Văn phòng Sở và Phòng Kế hoạch - "
          "Tài chính xây dựng kế hoạch chi tiết, chuẩn bị hồ sơ chấm, quản lý Hệ thống quản lý cuộc "
          "thi và tổng hợp kết quả trình Giám đốc Sở công nhận."),
    ("P", "2. Phòng Kế hoạch - Tài chính có trách nhiệm lập dự toán, hướng dẫn thanh toán và quyết "
          "toán kinh phí Cuộc thi, hoàn thành trước ngày 30/5/2026."),
    ("P", "3. Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố tổ chức cuộc thi cấp huyện, "
          "lựa chọn dự án dự thi cấp tỉnh, hoàn thành trước ngày 28/3/2026."),
    ("P", "4. Trường THPT Chuyên Sơn Hòa Đông bố trí địa điểm, 40 gian trưng bày, điện, mạng "
          "internet và lực lượng phục vụ vòng chung khảo; bảo đảm an ninh, an toàn trong hai ngày "
          "thi."),
    ("P", "5. Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường "
          "xuyên tổ chức cho học sinh nghiên cứu khoa học, chịu trách nhiệm về tính trung thực của "
          "dự án dự thi."),
    ("P", "6. Đề nghị Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh cử 06 chuyên gia tham gia Ban Giám "
          "khảo và hỗ trợ tư vấn sở hữu trí tuệ cho các dự án đạt giải."),
    ("P", "Điều 9. Liên hệ"),
    ("P", "Mọi thông tin liên hệ: ông Kiều Văn Tuấn, chuyên viên Phòng Giáo dục Trung học, điện "
          "thoại 0915 372 480, thư điện tử tuankv@sgddt.sonhoadong.edu.vn."),
]

QT03_SIG_LEFT = ["Nơi nhận:", "- Như Điều 3;", "- Bộ GD&ĐT (b/c);", "- UBND tỉnh (b/c);",
                 "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, GDTrH."]
QT03_SIG_RIGHT = ["GIÁM ĐỐC", "", "(Đã ký)", "", "Tạ Quang Huy"]


def build_qt03(path):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.add_page()
    pdf.set_font("DV", "B", 10)
    w = (pdf.w - 40) / 2
    for left, right in zip(QT03_LEFT, QT03_RIGHT):
        pdf.cell(w, 6, N(left), align="C")
        pdf.cell(w, 6, N(right), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in QT03_BODY:
        if kind == "PAGE":
            pdf.add_page()
            continue
        if kind == "SIG":
            pdf.ln(3)
            pdf.set_font("DV", "B", 10)
            for line in QT03_SIG_RIGHT:
                pdf.set_x(20 + w)
                pdf.cell(w, 5, N(line), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            pdf.set_font("DV", "", 9)
            for line in QT03_SIG_LEFT:
                pdf.cell(w, 5, N(line), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            continue
        if kind == "T":
            pdf.set_font("DV", "B", 12)
            pdf.multi_cell(0, 7, N(text), align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "C":
            pdf.set_font("DV", "B", 10.5)
            pdf.multi_cell(0, 6, N(text), align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "H":
            pdf.set_font("DV", "B", 10.5)
            pdf.ln(1)
            pdf.multi_cell(0, 6, N(text), align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DV", "", 10.5)
            pdf.multi_cell(0, 5.8, N(text), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(path)


# ---------------------------------------------------------------------------
# qt04 - Báo cáo của Hội khuyến học xã (md, figures table)
# ---------------------------------------------------------------------------
QT04 = """\
HỘI KHUYẾN HỌC HUYỆN TRƯỜNG GIANG
HỘI KHUYẾN HỌC XÃ HIỆP THUẬN

Số: 09/BC-HKH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

*Hiệp Thuận, ngày 10 tháng 01 năm 2026*

# BÁO CÁO

## Kết quả công tác khuyến học, khuyến tài, xây dựng xã hội học tập năm 2025 và phương hướng, nhiệm vụ năm 2026

### I. ĐẶC ĐIỂM TÌNH HÌNH

Xã Hiệp Thuận có 9 thôn, 2.846 hộ với 11.302 nhân khẩu; trên địa bàn có 01 trường mầm non, 01 trường tiểu học và Trường THCS Hiệp Thuận với tổng số 1.936 học sinh. Hội khuyến học xã hiện có 9 chi hội thôn, 4 chi hội trường học và cơ quan, tổng số 1.684 hội viên. Năm 2025, Hội nhận được sự quan tâm lãnh đạo của Đảng ủy xã, sự phối hợp của UBND xã, Ủy ban Mặt trận Tổ quốc xã và các đoàn thể; tuy nhiên kinh tế của một bộ phận hộ dân vùng bãi còn khó khăn, ảnh hưởng tới việc huy động quỹ.

### II. KẾT QUẢ THỰC HIỆN NĂM 2025

**1. Kết quả các chỉ tiêu chủ yếu**

| TT | Chỉ tiêu | ĐVT | Kế hoạch 2025 | Thực hiện 2025 | Tỷ lệ (%) |
|----|----------|-----|---------------|----------------|-----------|
| 1 | Hội viên khuyến học | người | 1.650 | 1.684 | 102,1 |
| 2 | Quỹ khuyến học xã huy động trong năm | triệu đồng | 250 | 276,5 | 110,6 |
| 3 | Gia đình học tập | hộ | 2.000 | 2.118 | 105,9 |
| 4 | Dòng họ học tập | dòng họ | 30 | 27 | 90,0 |
| 5 | Cộng đồng học tập cấp thôn | thôn | 9 | 9 | 100 |
| 6 | Đơn vị học tập | đơn vị | 12 | 12 | 100 |
| 7 | Suất học bổng, phần thưởng trao tặng | suất | 320 | 347 | 108,4 |
| 8 | Người dân được hướng dẫn kỹ năng số | người | 1.200 | 1.365 | 113,8 |

**2. Công tác khuyến học, khuyến tài**

Ngày 05/9/2025, Hội phối hợp với UBND xã tổ chức Lễ tuyên dương, khen thưởng học sinh giỏi và trao học bổng tại Hội trường UBND xã, trao 347 suất học bổng, phần thưởng với tổng trị giá 198,6 triệu đồng. Trong năm học 2024 - 2025, xã có 31 học sinh trúng tuyển đại học, 03 học sinh đạt giải cấp tỉnh trong Cuộc thi khoa học, kỹ thuật dành cho học sinh trung học. Dòng họ Phan Đình ở thôn Gia Lạc ủng hộ quỹ khuyến học xã 30 triệu đồng; Công ty TNHH Nông sản Hiệp Phát trao 20 suất học bổng “Vượt khó học giỏi”, mỗi suất 1.500.000 đồng.

**3. Xây dựng xã hội học tập và phổ cập kỹ năng số**

Hưởng ứng phong trào “Bình dân học vụ số”, Hội triển khai mô hình “Mỗi thôn một lớp học kỹ năng số” tại nhà văn hóa 9 thôn, mỗi lớp học vào tối thứ Bảy, do hội viên là giáo viên và đoàn viên thanh niên hướng dẫn. Năm 2025 có 1.365 lượt người dân được hướng dẫn cài đặt VNeID, nộp hồ sơ dịch vụ công trực tuyến và thanh toán không dùng tiền mặt. Hội phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện mở 02 lớp tin học cơ bản cho 64 hội viên phụ nữ và nông dân.

**4. Hạn chế, nguyên nhân**

Chỉ tiêu dòng họ học tập chưa hoàn thành (27/30 dòng họ); quỹ khuyến học ở thôn Kênh Hạ và thôn Dốc Sỏi còn thấp, dưới 15 triệu đồng/thôn; một số chi hội sinh hoạt chưa đều. Nguyên nhân chủ yếu do cán bộ chi hội kiêm nhiệm nhiều việc, kinh phí hoạt động hạn hẹp.

### III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

1. Phấn đấu quỹ khuyến học xã đạt 300 triệu đồng; phát triển thêm 60 hội viên; công nhận 2.200 gia đình học tập và 30 dòng họ học tập.
2. Phối hợp với các Tổ công nghệ số cộng đồng hướng dẫn kỹ năng số cho tối thiểu 1.500 người dân, ưu tiên người cao tuổi và hộ vùng bãi.
3. Tổ chức Lễ tuyên dương học sinh giỏi năm học 2025 - 2026 vào đầu tháng 9/2026.

**Phân công thực hiện:**

- Các chi hội khuyến học thôn có trách nhiệm rà soát, đăng ký danh hiệu gia đình học tập, dòng họ học tập, gửi Ban Thường vụ Hội trước ngày 31/3/2026.
- Giao đồng chí Phan Văn Thiện, Phó Chủ tịch Hội, phụ trách vận động quỹ khuyến học và công khai thu, chi quỹ tại hội nghị tổng kết năm.
- Chi hội Khuyến học Trường THCS Hiệp Thuận phối hợp với Chi đoàn thanh niên xã duy trì lớp học kỹ năng số tối thứ Bảy tại 9 thôn.
- Đề nghị UBND xã hỗ trợ kinh phí hoạt động năm 2026 cho Hội 40 triệu đồng và bố trí phòng làm việc tại trụ sở xã.
- Đề nghị Hội khuyến học huyện mở lớp tập huấn nghiệp vụ cho chủ tịch các chi hội trong quý II/2026.

Liên hệ: Văn phòng Hội khuyến học xã, ông Phan Văn Thiện, điện thoại 0387 520 149.

TM. BAN CHẤP HÀNH
CHỦ TỊCH

(Đã ký)

Đàm Văn Sỹ

*Nơi nhận:*
- Hội khuyến học huyện Trường Giang (b/c);
- Đảng ủy, UBND xã Hiệp Thuận (b/c);
- Các chi hội khuyến học;
- Lưu: VP Hội.
"""

# ---------------------------------------------------------------------------
# qt05 - Thông báo tuyển sinh của Trung tâm GDNN-GDTX (txt with Markdown table)
# ---------------------------------------------------------------------------
QT05 = """\
UBND HUYỆN TRƯỜNG GIANG
TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP -
GIÁO DỤC THƯỜNG XUYÊN

Số: 41/TB-TTGDNN-GDTX

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Trường Giang, ngày 20 tháng 4 năm 2026

THÔNG BÁO
Tuyển sinh các lớp “Kỹ năng số cho mọi người” đợt 1 năm 2026

Thực hiện Công văn số 318/UBND-VHTT ngày 02/4/2026 của UBND huyện Trường Giang về triển khai phong trào “Bình dân học vụ số” và tuyên truyền về khoa học, công nghệ, chuyển đổi số năm 2026, Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Trường Giang (sau đây gọi là Trung tâm) thông báo tuyển sinh các lớp “Kỹ năng số cho mọi người” đợt 1 năm 2026 như sau:

1. Đối tượng tuyển sinh
Người dân từ đủ 15 tuổi đến 60 tuổi đang cư trú trên địa bàn huyện, biết đọc, biết viết tiếng Việt. Ưu tiên hội viên phụ nữ, hội viên nông dân, người khuyết tật, người thuộc hộ nghèo, hộ cận nghèo và người dân các thôn vùng bãi ven sông.

2. Nội dung học tập
Chương trình gồm 04 chuyên đề với tổng thời lượng 24 tiết:
- Chuyên đề 1: Sử dụng điện thoại thông minh an toàn, bảo vệ thông tin cá nhân (6 tiết);
- Chuyên đề 2: Kích hoạt tài khoản định danh điện tử VNeID mức 2 và nộp hồ sơ dịch vụ công trực tuyến (6 tiết);
- Chuyên đề 3: Thanh toán không dùng tiền mặt, nhận diện các thủ đoạn lừa đảo trên mạng (6 tiết);
- Chuyên đề 4: Giới thiệu, bán nông sản qua sàn thương mại điện tử và mạng xã hội (6 tiết).

3. Lịch khai giảng và địa điểm học đợt 1

| Lớp | Địa điểm học | Khai giảng | Lịch học | Chỉ tiêu |
|-----|--------------|------------|----------|----------|
| 01 | Nhà văn hóa thôn Trại Chè, xã Đình Cương | 7 giờ 30 ngày 11/5/2026 | Sáng thứ Bảy, Chủ nhật | 35 học viên |
| 02 | Hội trường UBND xã Hiệp Thuận | 14 giờ 00 ngày 12/5/2026 | Chiều thứ Ba, thứ Năm | 35 học viên |
| 03 | Phòng máy tính của Trung tâm, số 15 đường Hồ Tùng Mậu, thị trấn Gia Hội | 19 giờ 00 ngày 18/5/2026 | Tối thứ Hai, thứ Tư, thứ Sáu | 30 học viên |
| 04 | Điểm trường THCS Lạc Diên, xã Lạc Diên | 7 giờ 30 ngày 23/5/2026 | Sáng thứ Bảy, Chủ nhật | 35 học viên |

Mỗi lớp học trong 03 tuần. Tổng chỉ tiêu đợt 1 là 135 học viên; đợt 2 dự kiến khai giảng trong tháng 8/2026, Trung tâm sẽ có thông báo riêng.

4. Học phí và quyền lợi của học viên
Học viên được miễn học phí; kinh phí tổ chức lớp do ngân sách huyện bảo đảm theo Công văn số 318/UBND-VHTT. Học viên tự mang theo điện thoại thông minh; Trung tâm cho mượn 15 máy tính bảng tại mỗi lớp để thực hành. Học viên học đủ tối thiểu 80% số tiết và đạt bài kiểm tra cuối khóa được Trung tâm cấp Giấy chứng nhận hoàn thành khóa học.

5. Hồ sơ và thời hạn đăng ký
Hồ sơ gồm: 01 phiếu đăng ký học (theo mẫu của Trung tâm) và 01 bản photo Căn cước công dân hoặc Căn cước. Người học nộp hồ sơ trực tiếp tại Phòng Đào tạo - Tuyển sinh của Trung tâm, hoặc nộp qua UBND xã, thị trấn nơi cư trú, hoặc đăng ký trực tuyến bằng cách quét mã QR in trên tờ thông báo này. Hạn cuối nhận hồ sơ: 17 giờ 00 ngày 06/5/2026.

6. Trách nhiệm của các đơn vị
- Đề nghị UBND các xã, thị trấn thông báo rộng rãi trên hệ thống truyền thanh cơ sở, tổng hợp danh sách người đăng ký gửi Trung tâm trước ngày 06/5/2026.
- Đề nghị Hội Liên hiệp Phụ nữ huyện và Hội Nông dân huyện vận động hội viên đăng ký tham gia, mỗi hội tối thiểu 30 hội viên.
- Phòng Đào tạo - Tuyển sinh của Trung tâm có trách nhiệm tiếp nhận hồ sơ, xếp lớp và thông báo cho học viên chậm nhất 03 ngày trước ngày khai giảng.
- Tổ Tin học - Ngoại ngữ phân công 08 giáo viên giảng dạy, chuẩn bị học liệu và đề kiểm tra cuối khóa.

7. Thông tin liên hệ
- Thầy Hứa Minh Triết, Phó Giám đốc Trung tâm, điện thoại 0869 143 257;
- Cô Vi Thị Thảo, Phòng Đào tạo - Tuyển sinh, điện thoại 0334 618 902, thư điện tử tuyensinh.ttgdnn.truonggiang@gmail.com.

Trung tâm trân trọng thông báo để người dân và các cơ quan, đơn vị biết, phối hợp thực hiện.

GIÁM ĐỐC

(Đã ký)

Ninh Quốc Bảo

Nơi nhận:
- UBND huyện (b/c);
- Phòng Văn hóa và Thông tin, Phòng GD&ĐT huyện;
- UBND các xã, thị trấn;
- Đăng trang thông tin điện tử Trung tâm;
- Lưu: VT, ĐT-TS.
"""

FILES = {
    "qt01_kh_cds_tinh.docx": build_qt01,
    "qt02_cv_huyen_bdhvs.txt": build_qt02,
    "qt03_qd_thi_khkt.pdf": build_qt03,
}


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for name, fn in FILES.items():
        fn(os.path.join(CORPUS, name))
    for name, text in (("qt04_bc_khuyenhoc_xa.md", QT04), ("qt05_tb_tuyensinh_ttgdnn.txt", QT05)):
        with open(os.path.join(CORPUS, name), "w", encoding="utf-8") as f:
            f.write(N(text))
    print("built", sorted(os.listdir(CORPUS)))


if __name__ == "__main__":
    main()
