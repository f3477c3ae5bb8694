"""Builds the generated corpus files of eval/blind27:
  qc02 (Markdown, prose hard-wrapped at ~70 characters, table rows kept whole)
  qc03 (.docx with Word list numbering and a table), via python-docx.
Run with /work/main/.venv/bin/python build_qc.py  (does not import kg_rag).
All text below is invented.
"""
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")

QC02_NAME = "qc02_kh187_ubnd_tinh_ngay_cds_10_10.md"
QC02 = """\
ỦY BAN NHÂN DÂN TỈNH SÔNG CẦU HẠ — CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc

Số: 187/KH-UBND

Bến Cầu, ngày 02 tháng 9 năm 2025

# KẾ HOẠCH
## Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia năm 2025 trên địa bàn tỉnh Sông Cầu Hạ

Căn cứ Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia; Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Kế hoạch số 35/KH-UBND ngày 20/02/2025 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh Sông Cầu Hạ năm 2025; theo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 611/TTr-SKHCN ngày 25/8/2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia (10/10) năm 2025 như sau:

### I. MỤC ĐÍCH, YÊU CẦU

1. Nâng cao nhận thức của cán bộ, công chức, doanh nghiệp và người dân về vai trò của chuyển đổi số; lan tỏa phong trào "Bình dân học vụ số" đến từng thôn, bản, tổ dân phố.

2. Giới thiệu các sản phẩm, giải pháp số tiêu biểu của tỉnh; tôn vinh tổ chức, cá nhân có thành tích trong chuyển đổi số.

3. Các hoạt động tổ chức thiết thực, tiết kiệm, tránh hình thức; ưu tiên hình thức trực tuyến.

### II. CHỦ ĐỀ, THỜI GIAN

1. Chủ đề năm 2025 của tỉnh: "Sông Cầu Hạ số - Người dân làm chủ công nghệ".

2. Thời gian: từ ngày 15/9/2025 đến hết ngày 31/10/2025; cao điểm là tuần lễ từ ngày 06/10 đến ngày 12/10/2025.

### III. CÁC HOẠT ĐỘNG CHỦ YẾU

| STT | Hoạt động | Thời gian | Cơ quan chủ trì | Cơ quan phối hợp |
|---|---|---|---|---|
| 1 | Hội nghị hưởng ứng Ngày Chuyển đổi số quốc gia, tôn vinh 20 tập thể, cá nhân tiêu biểu, tại Trung tâm Hội nghị tỉnh | 8 giờ 00 ngày 10/10/2025 | Sở Khoa học và Công nghệ | Văn phòng Ủy ban nhân dân tỉnh; Sở Nội vụ |
| 2 | Triển lãm "Sản phẩm số Sông Cầu Hạ" với khoảng 60 gian hàng, tại Quảng trường 19/8 thành phố Bến Cầu | Từ ngày 09/10 đến ngày 11/10/2025 | Sở Khoa học và Công nghệ | Hiệp hội Doanh nghiệp tỉnh; Tỉnh đoàn |
| 3 | Ngày hội "Bình dân học vụ số" tại các xã, phường, thị trấn | Từ ngày 04/10 đến ngày 12/10/2025 | Ủy ban nhân dân các huyện, thành phố | Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh |
| 4 | Cuộc thi trực tuyến "Tìm hiểu về chuyển đổi số" | Từ ngày 15/9 đến ngày 05/10/2025 | Báo và Phát thanh, Truyền hình Sông Cầu Hạ | Sở Giáo dục và Đào tạo |
| 5 | Tuần lễ thanh toán không dùng tiền mặt tại chợ, bệnh viện, trường học | Từ ngày 06/10 đến ngày 12/10/2025 | Ngân hàng Nhà nước chi nhánh tỉnh | Các ngân hàng thương mại trên địa bàn |
| 6 | Tập huấn kỹ năng số cho đoàn viên, công nhân lao động tại các khu công nghiệp | Tháng 10 và tháng 11/2025 | Liên đoàn Lao động tỉnh | Ban Quản lý các khu công nghiệp tỉnh |
| 7 | Hội thảo "Ứng dụng trí tuệ nhân tạo trong dạy và học" | 14 giờ 00 ngày 14/10/2025, tại Trường Đại học Bến Cầu | Sở Giáo dục và Đào tạo | Trường Đại học Bến Cầu |
| 8 | Tuyên truyền trên báo chí, hệ thống thông tin cơ sở, mạng xã hội | Từ ngày 15/9 đến ngày 31/10/2025 | Sở Văn hóa, Thể thao và Du lịch | Báo và Phát thanh, Truyền hình Sông Cầu Hạ |

### IV. KINH PHÍ

1. Tổng kinh phí thực hiện các hoạt động cấp tỉnh là 1.450 triệu đồng, từ nguồn sự nghiệp khoa học và công nghệ ngân sách tỉnh năm 2025 đã giao tại Quyết định số 2890/QĐ-UBND ngày 18/12/2024 của Ủy ban nhân dân tỉnh. Trong đó: Hội nghị hưởng ứng 320 triệu đồng; Triển lãm 680 triệu đồng; Cuộc thi trực tuyến 210 triệu đồng; tuyên truyền 240 triệu đồng.

2. Kinh phí tổ chức hoạt động ở cấp huyện, cấp xã do ngân sách huyện, xã tự bảo đảm; khuyến khích huy động tài trợ hợp pháp của doanh nghiệp viễn thông.

### V. TỔ CHỨC THỰC HIỆN

1. Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả về Ủy ban nhân dân tỉnh và Bộ Khoa học và Công nghệ trước ngày 05/11/2025. Đầu mối liên hệ: bà Nguyễn Thị Thu Hằng, Trưởng phòng Chuyển đổi số, điện thoại 0912 468 357.

2. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan báo chí xây dựng chuyên mục tuyên truyền; chỉ đạo treo băng rôn, pa nô tại các trục đường chính thành phố Bến Cầu trước ngày 01/10/2025.

3. Sở Giáo dục và Đào tạo chỉ đạo các trường trung học cơ sở, trung học phổ thông tổ chức ít nhất 01 tiết sinh hoạt chủ đề về an toàn trên không gian mạng trong tuần từ ngày 06/10 đến ngày 10/10/2025; vận động học sinh tham gia Cuộc thi trực tuyến.

4. Sở Tài chính thẩm định, cấp kinh phí cho các hoạt động cấp tỉnh trước ngày 20/9/2025.

5. Liên đoàn Lao động tỉnh ban hành hướng dẫn tổ chức bồi dưỡng kỹ năng số cho đoàn viên, công nhân lao động, hoàn thành trong tháng 9/2025.

6. Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh huy động đoàn viên, hội viên tham gia Tổ công nghệ số cộng đồng, hỗ trợ người dân cài đặt, sử dụng VNeID và dịch vụ công trực tuyến.

7. Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch hưởng ứng của địa phương trước ngày 20/9/2025; báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 30/10/2025.

Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.

**Nơi nhận:**
- Bộ Khoa học và Công nghệ (để báo cáo);
- Thường trực Tỉnh ủy;
- Thường trực HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Ủy ban MTTQ Việt Nam tỉnh;
- Các sở, ban, ngành tại mục V;
- UBND các huyện, thành phố;
- Lưu: VT, KGVX.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

(Đã ký)

**Trần Quốc Khánh**
"""


def hard_wrap(text, width=70):
    out = []
    for line in text.split("\n"):
        if line.startswith("|") or len(line) <= width:
            out.append(line)
            continue
        lead = " " * 3 if line[:1].isdigit() else ""
        out.extend(textwrap.wrap(line, width=width, break_long_words=False,
                                 break_on_hyphens=False, subsequent_indent=lead))
    return "\n".join(out) + "\n"


QC03_NAME = "qc03_hd14_ldld_tinh_ky_nang_so_cong_nhan.docx"
# (style, text) paragraphs; "TABLE" inserts the registration table.
QC03 = [
    ("Normal", "LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"),
    ("Normal", "LIÊN ĐOÀN LAO ĐỘNG TỈNH SÔNG CẦU HẠ"),
    ("Normal", "Số: 14/HD-LĐLĐ"),
    ("Normal", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("Normal", "Độc lập - Tự do - Hạnh phúc"),
    ("Normal", "Bến Cầu, ngày 22 tháng 9 năm 2025"),
    ("Title", "HƯỚNG DẪN"),
    ("Normal", "Tổ chức bồi dưỡng kỹ năng số cho đoàn viên, công nhân lao động năm 2025 - 2026"),
    ("Normal", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Kế hoạch số 112/KH-TLĐ ngày 15/5/2025 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam về nâng cao kỹ năng số cho người lao động; thực hiện Kế hoạch số 187/KH-UBND ngày 02/9/2025 của Ủy ban nhân dân tỉnh về tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia năm 2025, Ban Thường vụ Liên đoàn Lao động tỉnh hướng dẫn như sau:"),
    ("Heading 1", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("List Number", "Trang bị cho đoàn viên, công nhân lao động những kỹ năng số thiết yếu để làm việc, giao dịch và tự bảo vệ mình trên môi trường số."),
    ("List Number", "Gắn hoạt động bồi dưỡng với phong trào \"Bình dân học vụ số\" và Chương trình \"Công nhân số\" của tổ chức công đoàn tỉnh."),
    ("List Number", "Tổ chức linh hoạt ngoài giờ sản xuất, không ảnh hưởng đến việc làm, thu nhập của người lao động."),
    ("Heading 1", "II. ĐỐI TƯỢNG, CHỈ TIÊU"),
    ("Normal", "Đối tượng là đoàn viên, công nhân lao động tại các doanh nghiệp, ưu tiên doanh nghiệp trong Khu công nghiệp Phước Hưng, Khu công nghiệp Tân Mỹ và lao động làm việc theo ca."),
    ("List Bullet", "Phấn đấu có 6.000 đoàn viên, công nhân lao động được bồi dưỡng kỹ năng số trong năm 2025 - 2026, trong đó lao động nữ chiếm ít nhất 40%."),
    ("List Bullet", "100% công đoàn cơ sở có từ 300 đoàn viên trở lên cử ít nhất 02 cán bộ tham gia lớp tập huấn nòng cốt do Liên đoàn Lao động tỉnh tổ chức."),
    ("List Bullet", "Ít nhất 70% học viên sau khóa học tự thực hiện được một dịch vụ công trực tuyến toàn trình."),
    ("Heading 1", "III. NỘI DUNG BỒI DƯỠNG"),
    ("List Number 2", "Chuyên đề 1: Kích hoạt, sử dụng tài khoản định danh điện tử VNeID mức độ 2 và dịch vụ công trực tuyến."),
    ("List Number 2", "Chuyên đề 2: An toàn thông tin cá nhân, nhận diện và phòng chống lừa đảo trực tuyến."),
    ("List Number 2", "Chuyên đề 3: Thanh toán số và sử dụng ứng dụng \"Công đoàn Việt Nam\" trên điện thoại."),
    ("List Number 2", "Chuyên đề 4: Sử dụng công cụ trí tuệ nhân tạo cơ bản phục vụ công việc và học tập."),
    ("Normal", "Mỗi lớp học trong 02 buổi (08 tiết), tối đa 50 học viên/lớp; học viên mang theo điện thoại thông minh cá nhân để thực hành."),
    ("Heading 1", "IV. QUY TRÌNH ĐĂNG KÝ VÀ TỔ CHỨC LỚP"),
    ("Normal", "Các đơn vị thực hiện theo các bước tại bảng sau:"),
    ("TABLE", None),
    ("Heading 1", "V. KINH PHÍ"),
    ("Normal", "Liên đoàn Lao động tỉnh hỗ trợ 3.000.000 đồng/lớp để chi thù lao giảng viên và tài liệu, từ nguồn tài chính công đoàn năm 2025 và năm 2026. Công đoàn cơ sở chi nước uống, in ấn cho học viên từ nguồn tài chính của đơn vị. Đề nghị người sử dụng lao động bố trí phòng học và tạo điều kiện về thời gian cho người lao động."),
    ("Heading 1", "VI. TỔ CHỨC THỰC HIỆN"),
    ("List Number 3", "Ban Tuyên giáo Liên đoàn Lao động tỉnh chủ trì, phối hợp với Văn phòng Liên đoàn Lao động tỉnh biên soạn tài liệu \"Sổ tay kỹ năng số cho công nhân\", hoàn thành trước ngày 15/10/2025; lựa chọn đội ngũ giảng viên."),
    ("List Number 3", "Ban Tài chính Liên đoàn Lao động tỉnh hướng dẫn việc thanh toán, quyết toán kinh phí hỗ trợ lớp học."),
    ("List Number 3", "Công đoàn các khu công nghiệp tỉnh phối hợp với Ban Quản lý các khu công nghiệp tỉnh vận động doanh nghiệp bố trí địa điểm, thời gian học cho công nhân."),
    ("List Number 3", "Liên đoàn Lao động các huyện, thành phố và công đoàn ngành chỉ đạo công đoàn cơ sở lập danh sách, tổ chức lớp; báo cáo kết quả về Liên đoàn Lao động tỉnh (qua Ban Tuyên giáo) trước ngày 15/5/2026."),
    ("Normal", "Đầu mối liên hệ: đồng chí Phạm Minh Tuấn, Phó Trưởng Ban Tuyên giáo Liên đoàn Lao động tỉnh, điện thoại 0983 251 704, thư điện tử tuyengiao.ldld@songcauha.gov.vn."),
    ("Normal", "Nơi nhận:"),
    ("Normal", "- Tổng Liên đoàn Lao động Việt Nam (để báo cáo);"),
    ("Normal", "- Ủy ban nhân dân tỉnh (để báo cáo);"),
    ("Normal", "- Sở Khoa học và Công nghệ;"),
    ("Normal", "- Các LĐLĐ huyện, thành phố, công đoàn ngành, Công đoàn các KCN;"),
    ("Normal", "- Lưu: VT, TG."),
    ("Normal", "TM. BAN THƯỜNG VỤ"),
    ("Normal", "PHÓ CHỦ TỊCH"),
    ("Normal", "(Đã ký)"),
    ("Normal", "Đinh Thị Mai Phương"),
]

QC03_TABLE = [
    ("Bước", "Nội dung", "Đơn vị thực hiện", "Thời hạn"),
    ("Bước 1", "Khảo sát nhu cầu, lập danh sách học viên đăng ký theo mẫu số 01 kèm Hướng dẫn", "Công đoàn cơ sở", "Trước ngày 10/10/2025"),
    ("Bước 2", "Tổng hợp, gửi danh sách đăng ký qua Phần mềm quản lý đoàn viên", "Công đoàn cấp trên trực tiếp cơ sở", "Trước ngày 20/10/2025"),
    ("Bước 3", "Thẩm định, phân bổ lớp học và giảng viên; thông báo lịch học", "Ban Tuyên giáo Liên đoàn Lao động tỉnh", "Trước ngày 31/10/2025"),
    ("Bước 4", "Tổ chức lớp học, điểm danh học viên bằng mã QR", "Công đoàn cấp trên trực tiếp cơ sở", "Từ ngày 01/11/2025 đến ngày 30/4/2026"),
    ("Bước 5", "Kiểm tra cuối khóa, cấp giấy chứng nhận hoàn thành", "Liên đoàn Lao động tỉnh", "Trong 15 ngày sau khi kết thúc lớp"),
]


def build_qc02():
    text = unicodedata.normalize("NFC", hard_wrap(QC02))
    with open(os.path.join(CORPUS, QC02_NAME), "w", encoding="utf-8") as f:
        f.write(text)


def build_qc03():
    import docx
    d = docx.Document()
    for style, text in QC03:
        if style == "TABLE":
            t = d.add_table(rows=0, cols=4)
            t.style = "Table Grid"
            for row in QC03_TABLE:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = unicodedata.normalize("NFC", v)
            continue
        d.add_paragraph(unicodedata.normalize("NFC", text), style=style)
    d.save(os.path.join(CORPUS, QC03_NAME))


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_qc02()
    build_qc03()
    print("built", QC02_NAME, QC03_NAME)
