#!/usr/bin/env python3
"""Build the five corpus files of blind set 77 (tỉnh Nam Khê, huyện Khau Riềng, xã Phìn Ngải).

All text is held in this script.  Run with /work/main/.venv/bin/python (python-docx, fpdf2).
Writes: corpus/sb01_nq_danguy.txt, sb02_ctr_tthtcd.md, sb03_bc_soket.pdf,
        sb04_cv_songngu.txt, sb05_kh_lopxmc.docx
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


def write_text(name, text):
    with open(os.path.join(CORPUS, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(nfc(text))


# ---------------------------------------------------------------------------
# sb01 — Nghị quyết của Đảng ủy xã (txt, header in two columns, body hard-wrapped
# as if copied out of a PDF)
# ---------------------------------------------------------------------------
SB01_HEADER = """\
ĐẢNG BỘ HUYỆN KHAU RIỀNG                         ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ PHÌN NGẢI
          *                           Phìn Ngải, ngày 15 tháng 01 năm 2026
   Số 09-NQ/ĐU

                                NGHỊ QUYẾT
        về đẩy mạnh xóa mù chữ, học tập suốt đời và phát triển giáo dục
     ở các bản đồng bào dân tộc thiểu số xã Phìn Ngải giai đoạn 2026 - 2030
"""

SB01_BODY = [
    "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Phìn Ngải lần thứ XVI, nhiệm kỳ 2025 - 2030 và Kế hoạch số 112-KH/HU ngày 20/10/2025 của Ban Thường vụ Huyện ủy Khau Riềng về phát triển giáo dục vùng đồng bào dân tộc thiểu số; tại hội nghị ngày 12/01/2026, Ban Chấp hành Đảng bộ xã thảo luận và thống nhất ban hành Nghị quyết với những nội dung sau:",
    "I. TÌNH HÌNH",
    "Xã Phìn Ngải có 6 bản với 1.146 hộ, 5.318 nhân khẩu; đồng bào Mông chiếm 78,4%, đồng bào Dao chiếm 17,9%, còn lại là người Kinh, người Tày. Những năm qua, công tác giáo dục trên địa bàn có nhiều chuyển biến: xã duy trì chuẩn phổ cập giáo dục tiểu học mức độ 2, phổ cập giáo dục trung học cơ sở mức độ 1; tỉ lệ huy động trẻ 6 tuổi vào lớp 1 hằng năm là 100%; Trung tâm học tập cộng đồng xã từng bước được củng cố, năm 2025 tổ chức 27 chuyên đề với 1.940 lượt người tham gia.",
    "Tuy nhiên, đến cuối năm 2025 tỉ lệ người biết chữ trong độ tuổi 15 - 60 của xã mới là 90,8%, thấp hơn bình quân của huyện (95,6%); toàn xã còn 287 người mù chữ và tái mù chữ, trong đó 82% là phụ nữ, tập trung chủ yếu ở bản Tảng Ngài và bản Pờ Hồ. Nhiều học sinh lớp 1 người Mông chưa nghe, nói thành thạo tiếng Việt khi vào học; một số lớp xóa mù chữ mở ra nhưng không giữ được sĩ số do học viên bận mùa vụ, đi làm ăn xa. Nguyên nhân chủ yếu là một số chi bộ bản chưa quan tâm đúng mức; công tác tuyên truyền chưa phù hợp với phong tục, ngôn ngữ của đồng bào; mức hỗ trợ người dạy, người học còn thấp.",
    "II. MỤC TIÊU",
    "1. Mục tiêu chung: Nâng cao dân trí, xóa bỏ tình trạng mù chữ trong độ tuổi 15 - 60; xây dựng thói quen học tập suốt đời trong mỗi gia đình, dòng họ, bản; tạo nền tảng để đồng bào tiếp cận khoa học, công nghệ và chuyển đổi số, góp phần giảm nghèo bền vững.",
    "2. Chỉ tiêu cụ thể",
    "a) Đến năm 2027, tỉ lệ người biết chữ độ tuổi 15 - 60 đạt 94%; đến năm 2030 đạt 97% trở lên, trong đó độ tuổi 15 - 35 đạt 99%.",
    "b) Mỗi năm mở tối thiểu 03 lớp xóa mù chữ, giúp từ 60 người trở lên biết chữ; 90% học viên hoàn thành giai đoạn 1 tiếp tục học giai đoạn 2.",
    "c) 100% trẻ em người dân tộc thiểu số 5 tuổi được chuẩn bị tiếng Việt trước khi vào lớp 1; từ năm học 2026 - 2027 thí điểm dạy song ngữ Mông - Việt ở lớp 1 tại Trường PTDTBT TH&THCS Phìn Ngải.",
    "d) Đến năm 2028, xã đạt chuẩn phổ cập giáo dục tiểu học mức độ 3 và phổ cập giáo dục trung học cơ sở mức độ 2; duy trì chuẩn xóa mù chữ mức độ 2.",
    "đ) Đến năm 2030 có 80% hộ gia đình đạt danh hiệu \"Gia đình học tập\", 60% dòng họ đạt danh hiệu \"Dòng họ học tập\", 4/6 bản đạt danh hiệu \"Cộng đồng học tập\"; Trung tâm học tập cộng đồng xã được xếp loại tốt hằng năm.",
    "III. NHIỆM VỤ, GIẢI PHÁP",
    "1. Tăng cường sự lãnh đạo của cấp ủy. Các chi bộ bản đưa chỉ tiêu xóa mù chữ vào nghị quyết hằng năm; mỗi đảng viên phụ trách vận động ít nhất 02 người trong diện mù chữ ra lớp; kết quả vận động là một tiêu chí đánh giá, xếp loại đảng viên cuối năm.",
    "2. Đổi mới công tác tuyên truyền. Tuyên truyền bằng tiếng Mông, tiếng Dao qua loa truyền thanh bản, các buổi sinh hoạt cộng đồng, lễ hội; phát huy vai trò của già làng, trưởng bản, người có uy tín, trưởng dòng họ trong vận động con cháu đi học.",
    "3. Nâng cao chất lượng xóa mù chữ. Tổ chức lớp học vào buổi tối hoặc theo thời vụ tại nhà văn hóa, điểm trường của bản; ưu tiên bố trí giáo viên biết tiếng dân tộc; lồng ghép nội dung chăn nuôi, trồng trọt, chăm sóc sức khỏe sinh sản, sử dụng điện thoại thông minh vào bài học để người học thấy lợi ích thiết thực.",
    "4. Phát triển Trung tâm học tập cộng đồng. Đa dạng hình thức học tập theo nhu cầu; mỗi năm tổ chức tối thiểu 24 chuyên đề; xây dựng tủ sách cộng đồng ở 6/6 bản; phối hợp với Bưu điện văn hóa xã hướng dẫn người dân sử dụng dịch vụ công trực tuyến.",
    "5. Đẩy mạnh khuyến học, khuyến tài. Xây dựng Quỹ khuyến học xã lên 150 triệu đồng vào năm 2030; khen thưởng kịp thời học viên lớp xóa mù chữ tiêu biểu, học sinh nghèo vượt khó; thực hiện tốt phong trào \"Cả bản đưa trẻ đến trường\".",
    "IV. TỔ CHỨC THỰC HIỆN",
    "1. UBND xã: xây dựng kế hoạch thực hiện Nghị quyết, hoàn thành trước ngày 28/02/2026; hằng năm bố trí từ ngân sách xã tối thiểu 45 triệu đồng cho công tác xóa mù chữ và hoạt động của Trung tâm học tập cộng đồng; lồng ghép nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.",
    "2. Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội xã: đưa nội dung vận động hội viên đi học xóa mù chữ vào chương trình công tác; Hội Liên hiệp Phụ nữ xã chủ trì vận động phụ nữ Mông trong diện mù chữ ra lớp, phấn đấu giảm 50% số phụ nữ mù chữ vào cuối năm 2027.",
    "3. Hội Khuyến học xã: chủ trì phong trào xây dựng \"Gia đình học tập\", \"Dòng họ học tập\", \"Cộng đồng học tập\"; tổ chức bình xét, công nhận định kỳ vào tháng 11 hằng năm; vận động xã hội hóa để phát triển Quỹ khuyến học.",
    "4. Trung tâm học tập cộng đồng xã: xây dựng chương trình công tác hằng năm gửi Thường trực Đảng ủy trước ngày 25/01; phối hợp với các nhà trường tổ chức lớp xóa mù chữ và các chuyên đề theo nhu cầu của người dân.",
    "5. Chi bộ Trường PTDTBT TH&THCS Phìn Ngải và Chi bộ Trường Mầm non Phìn Ngải: lãnh đạo nhà trường cử giáo viên dạy lớp xóa mù chữ; tổ chức lớp hè chuẩn bị tiếng Việt cho trẻ 5 tuổi; chuẩn bị điều kiện thí điểm dạy song ngữ Mông - Việt.",
    "6. Các chi bộ bản: phối hợp với trưởng bản, già làng, người có uy tín lập danh sách người mù chữ theo từng hộ, cập nhật trước ngày 15/02 hằng năm; đưa việc đi học của người trong độ tuổi vào hương ước, quy ước của bản.",
    "7. Văn phòng Đảng ủy: giúp Thường trực Đảng ủy theo dõi, kiểm tra việc thực hiện Nghị quyết; định kỳ 6 tháng, hằng năm tổng hợp kết quả báo cáo Ban Thường vụ Huyện ủy.",
    "Nghị quyết này được phổ biến đến các chi bộ và đảng viên trong Đảng bộ xã.",
]

SB01_FOOTER = """\

Nơi nhận:                                           T/M ĐẢNG ỦY
- Thường trực Huyện ủy (b/c),                           BÍ THƯ
- Ban Tuyên giáo Huyện ủy,
- Phòng Dân tộc huyện,                                 (đã ký)
- Các đồng chí Đảng ủy viên,
- Các chi bộ trực thuộc,                              Vàng A Dình
- Lưu Văn phòng Đảng ủy.
"""


def build_sb01():
    out = [SB01_HEADER, ""]
    for para in SB01_BODY:
        out.append(textwrap.fill(para, width=72, break_long_words=False,
                                 break_on_hyphens=False))
    text = "\n".join(out) + "\n" + SB01_FOOTER
    write_text("sb01_nq_danguy.txt", text)


# ---------------------------------------------------------------------------
# sb02 — Chương trình công tác của Trung tâm học tập cộng đồng (Markdown table)
# ---------------------------------------------------------------------------
SB02 = """\
UBND XÃ PHÌN NGẢI
TRUNG TÂM HỌC TẬP CỘNG ĐỒNG

Số: 02/CTr-TTHTCĐ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Phìn Ngải, ngày 22 tháng 01 năm 2026

# CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026

## của Trung tâm học tập cộng đồng xã Phìn Ngải

Căn cứ Quyết định số 14/QĐ-UBND ngày 08/3/2024 của UBND xã Phìn Ngải ban hành Quy chế tổ chức và hoạt động của Trung tâm học tập cộng đồng xã;

Căn cứ Nghị quyết số 09-NQ/ĐU ngày 15/01/2026 của Đảng ủy xã Phìn Ngải về đẩy mạnh xóa mù chữ, học tập suốt đời và phát triển giáo dục ở các bản đồng bào dân tộc thiểu số giai đoạn 2026 - 2030;

Căn cứ Kế hoạch số 18/KH-PGDĐT ngày 09/01/2026 của Phòng Giáo dục và Đào tạo huyện Khau Riềng về giáo dục thường xuyên, xóa mù chữ năm 2026;

Ban Giám đốc Trung tâm học tập cộng đồng (TTHTCĐ) xã Phìn Ngải xây dựng Chương trình công tác năm 2026 như sau:

## I. MỤC TIÊU, CHỈ TIÊU

- Mở 04 lớp xóa mù chữ giai đoạn 1 từ tháng 3/2026 tại các bản Tảng Ngài, Pờ Hồ, Cang Hồ, Khúa Lanh và 01 lớp giai đoạn 1 tại bản Hô Sáng từ tháng 9/2026; 85% học viên hoàn thành chương trình.
- Tổ chức 26 chuyên đề (nhiều hơn 02 chuyên đề so với chỉ tiêu của Nghị quyết) với tối thiểu 2.200 lượt người học.
- Mở 02 lớp tiếng Mông cho cán bộ, công chức xã và giáo viên người Kinh, mỗi lớp 60 tiết.
- Duy trì 6 tủ sách bản; bổ sung 300 đầu sách song ngữ, sách kỹ thuật nông nghiệp.
- Hướng dẫn 400 lượt người dân cài đặt, sử dụng ứng dụng VNeID và dịch vụ công trực tuyến.

## II. CHƯƠNG TRÌNH CÔNG TÁC THEO THÁNG

| Tháng | Nội dung hoạt động | Phụ trách | Phối hợp | Địa điểm |
|---|---|---|---|---|
| 1 | Xây dựng, trình duyệt Chương trình công tác năm; kiện toàn Ban Giám đốc | Giám đốc Trung tâm | Văn phòng - Thống kê xã | Trụ sở UBND xã |
| 2 | Rà soát, lập danh sách người mù chữ theo hộ; chuyên đề "Đón Tết an toàn, không đốt rừng làm nương" | Phó Giám đốc Trung tâm | Trưởng 6 bản, Công an xã | Nhà văn hóa các bản |
| 3 | Khai giảng 04 lớp xóa mù chữ (ngày 09/3); chuyên đề kỹ thuật trồng ngô trên đất dốc | Trường PTDTBT TH&THCS Phìn Ngải | Hội Nông dân xã | Điểm trường Tảng Ngài, Pờ Hồ, Cang Hồ, Khúa Lanh |
| 4 | Lớp tiếng Mông cho cán bộ, công chức (khóa 1); chuyên đề phòng bệnh cho đàn trâu, bò | Phó Giám đốc Trung tâm | Cán bộ thú y xã | Hội trường UBND xã |
| 5 | Các lớp xóa mù chữ nghỉ thời vụ 2 tuần (11/5 - 24/5); chuyên đề chăm sóc sức khỏe bà mẹ, trẻ em | Trạm Y tế xã | Hội Liên hiệp Phụ nữ xã | Bản Pờ Hồ, bản Tảng Ngài |
| 6 | Hướng dẫn cài đặt VNeID, dịch vụ công trực tuyến (đợt 1); sơ kết 6 tháng | Tổ công nghệ số cộng đồng | Bưu điện văn hóa xã | Nhà văn hóa bản Chu Va |
| 7 | Lớp hè chuẩn bị tiếng Việt cho trẻ 5 tuổi; Ngày hội đọc sách của bản | Trường Mầm non Phìn Ngải | Đoàn Thanh niên xã | Các điểm trường mầm non |
| 8 | Lớp tiếng Mông cho giáo viên (khóa 2); chuẩn bị mở lớp xóa mù chữ bản Hô Sáng | Phó Giám đốc Trung tâm | Trường PTDTBT TH&THCS Phìn Ngải | Điểm trường Hô Sáng |
| 9 | Khai giảng lớp xóa mù chữ bản Hô Sáng (ngày 14/9) | Giám đốc Trung tâm | Trưởng bản Hô Sáng | Điểm trường Hô Sáng |
| 10 | Hưởng ứng Tuần lễ học tập suốt đời (01 - 07/10); chuyên đề trồng thảo quả dưới tán rừng; hướng dẫn dịch vụ công trực tuyến (đợt 2) | Hội Khuyến học xã | Tổ công nghệ số cộng đồng | Nhà văn hóa bản Khúa Lanh |
| 11 | Bình xét "Gia đình học tập", "Dòng họ học tập", "Cộng đồng học tập"; kiểm tra cuối giai đoạn 1 các lớp xóa mù chữ | Hội Khuyến học xã | Trưởng các bản, Trường PTDTBT TH&THCS Phìn Ngải | Các bản |
| 12 | Tổng kết năm; khen thưởng học viên tiêu biểu; xây dựng chương trình năm 2027 | Ban Giám đốc Trung tâm | UBND xã | Hội trường UBND xã |

## III. KINH PHÍ

Tổng kinh phí dự kiến: 80 triệu đồng, gồm:

- Ngân sách xã: 45 triệu đồng;
- Hội Khuyến học xã hỗ trợ: 15 triệu đồng;
- Xã hội hóa (doanh nghiệp, hợp tác xã, con em xa quê): 20 triệu đồng.

Kinh phí mở các lớp xóa mù chữ thực hiện theo kế hoạch riêng của nhà trường, từ nguồn do Phòng Giáo dục và Đào tạo huyện cấp.

## IV. TỔ CHỨC THỰC HIỆN

1. Giám đốc Trung tâm (đồng chí Sùng Thị Dế, Phó Chủ tịch UBND xã) chịu trách nhiệm chung; mời báo cáo viên cho các chuyên đề; báo cáo UBND xã và Phòng Giáo dục và Đào tạo huyện định kỳ hằng quý, trước ngày 25 của tháng cuối quý.
2. Phó Giám đốc Trung tâm (đồng chí Lý Văn Pảo, công chức Văn hóa - Xã hội) trực tiếp tổ chức các chuyên đề, các lớp tiếng Mông; quản lý tủ sách bản; lưu trữ hồ sơ theo quy định.
3. Tổ công nghệ số cộng đồng xã có trách nhiệm hướng dẫn người dân sử dụng VNeID, dịch vụ công trực tuyến theo lịch tháng 6 và tháng 10; mỗi bản cử 02 thanh niên biết tiếng Mông tham gia tổ.
4. Trưởng các bản thông báo lịch học bằng tiếng Mông, tiếng Dao trên loa truyền thanh bản trước mỗi hoạt động ít nhất 03 ngày; phối hợp với già làng vận động người dân tham gia.
5. Đề nghị Hội Khuyến học xã, Hội Nông dân xã, Hội Liên hiệp Phụ nữ xã, Đoàn Thanh niên xã căn cứ Chương trình này chủ động phối hợp, cử báo cáo viên cho các chuyên đề thuộc lĩnh vực phụ trách.

Mọi thông tin liên hệ: đồng chí Lý Văn Pảo, Phó Giám đốc Trung tâm, điện thoại 0912 604 583, thư điện tử tthtcd.phinngai@namkhe.edu.vn.

**Nơi nhận:**

- Phòng Giáo dục và Đào tạo huyện (b/c);
- Thường trực Đảng ủy, UBND xã (b/c);
- Các thành viên Ban Giám đốc;
- Trưởng các bản;
- Lưu: TTHTCĐ.

**GIÁM ĐỐC**

*(đã ký)*

**Sùng Thị Dế**
"""


def build_sb02():
    write_text("sb02_ctr_tthtcd.md", SB02)


# ---------------------------------------------------------------------------
# sb03 — Báo cáo sơ kết của UBND xã (PDF with a text layer, table per bản)
# ---------------------------------------------------------------------------
SB03_BLOCKS = [
    ("c", "BÁO CÁO"),
    ("cb", "Sơ kết 6 tháng đầu năm 2026 thực hiện Nghị quyết số 09-NQ/ĐU về xóa mù chữ, học tập suốt đời và phát triển giáo dục vùng đồng bào dân tộc thiểu số"),
    ("p", "Thực hiện Công văn số 602/PGDĐT-GDTX ngày 02/6/2026 của Phòng Giáo dục và Đào tạo huyện Khau Riềng về việc báo cáo sơ kết công tác xóa mù chữ, UBND xã Phìn Ngải báo cáo kết quả 6 tháng đầu năm 2026 như sau:"),
    ("h", "I. CÔNG TÁC LÃNH ĐẠO, TUYÊN TRUYỀN"),
    ("p", "Ngày 26/02/2026, UBND xã ban hành Kế hoạch số 31/KH-UBND thực hiện Nghị quyết số 09-NQ/ĐU của Đảng ủy xã; kiện toàn Ban chỉ đạo phổ cập giáo dục, xóa mù chữ xã gồm 15 thành viên do Chủ tịch UBND xã làm Trưởng ban."),
    ("p", "Các bản tổ chức 38 buổi tuyên truyền bằng tiếng Mông, tiếng Dao với 2.115 lượt người nghe; loa truyền thanh của 6/6 bản phát bản tin \"Đi học cái chữ\" 2 lần/tuần. Có 14 già làng, người có uy tín trực tiếp đến từng hộ vận động người mù chữ ra lớp."),
    ("h", "II. KẾT QUẢ THỰC HIỆN"),
    ("h2", "1. Công tác xóa mù chữ"),
    ("p", "Ngày 09/3/2026, xã khai giảng 04 lớp xóa mù chữ giai đoạn 1 tại điểm trường các bản Tảng Ngài, Pờ Hồ, Cang Hồ và Khúa Lanh với tổng số 103 học viên (lớp Cang Hồ có 12 học viên bản Chu Va học ghép); trong đó nữ 86 người, chiếm 83,5%. Sau 3 tháng, sĩ số duy trì 97 học viên (đạt 94,2%); 6 học viên nghỉ học do đi làm ăn ở tỉnh ngoài."),
    ("p", "Bảng 1. Tình hình biết chữ độ tuổi 15 - 60 theo bản (số liệu rà soát tháng 02/2026)"),
    ("table", [
        ["TT", "Bản", "Số hộ", "Số người 15 - 60 tuổi", "Số người mù chữ", "Số học viên ra lớp", "Tỉ lệ biết chữ (%)"],
        ["1", "Chu Va", "212", "584", "21", "12", "96,4"],
        ["2", "Cang Hồ", "186", "509", "30", "14", "94,1"],
        ["3", "Hô Sáng", "174", "463", "38", "0", "91,8"],
        ["4", "Khúa Lanh", "198", "552", "26", "10", "95,3"],
        ["5", "Pờ Hồ", "201", "541", "79", "32", "85,4"],
        ["6", "Tảng Ngài", "175", "474", "93", "35", "80,4"],
        ["", "Toàn xã", "1.146", "3.123", "287", "103", "90,8"],
    ]),
    ("p", "Như vậy, tỉ lệ biết chữ độ tuổi 15 - 60 toàn xã là 90,8%; thấp nhất là bản Tảng Ngài (80,4%) và bản Pờ Hồ (85,4%), cao nhất là bản Chu Va (96,4%). Bản Hô Sáng chưa mở lớp trong 6 tháng đầu năm; lớp của bản dự kiến khai giảng vào tháng 9/2026."),
    ("h2", "2. Chuẩn bị tiếng Việt cho trẻ và dạy học song ngữ"),
    ("p", "Trường Mầm non Phìn Ngải rà soát 98 trẻ 5 tuổi, trong đó 91 trẻ là người Mông, người Dao; dự kiến tổ chức lớp hè chuẩn bị tiếng Việt từ ngày 06/7 đến ngày 14/8/2026. Trường PTDTBT TH&THCS Phìn Ngải hoàn thành danh sách 4 giáo viên biết tiếng Mông đăng ký dạy thí điểm lớp 1 song ngữ Mông - Việt theo Công văn số 1374/UBND-GDĐT của UBND huyện và gửi kế hoạch dạy học song ngữ về Phòng Giáo dục và Đào tạo ngày 08/6/2026."),
    ("h2", "3. Hoạt động của Trung tâm học tập cộng đồng"),
    ("p", "Trung tâm học tập cộng đồng xã tổ chức 13 chuyên đề với 1.078 lượt người tham gia, bằng 49% chỉ tiêu lượt người học cả năm; mở 01 lớp tiếng Mông cho 28 cán bộ, công chức; hướng dẫn 236 lượt người dân cài đặt VNeID. Tủ sách bản Cang Hồ và bản Khúa Lanh nhận thêm 120 đầu sách do Thư viện tỉnh Nam Khê tặng."),
    ("h2", "4. Công tác khuyến học"),
    ("p", "Hội Khuyến học xã vận động 32,5 triệu đồng bổ sung Quỹ khuyến học, nâng tổng Quỹ lên 71,2 triệu đồng; trao 45 suất quà, mỗi suất 300.000 đồng cho học sinh nghèo vượt khó và học viên lớp xóa mù chữ đi học đều."),
    ("h2", "5. Kinh phí"),
    ("p", "Trong 6 tháng đầu năm, ngân sách xã chi 21,6 triệu đồng cho công tác xóa mù chữ và hoạt động của Trung tâm học tập cộng đồng; Phòng Giáo dục và Đào tạo cấp 30 triệu đồng cho lớp xóa mù chữ bản Tảng Ngài và 27 triệu đồng (đợt 1) cho 3 lớp còn lại."),
    ("h", "III. TỒN TẠI, HẠN CHẾ"),
    ("p", "- Tỉ lệ duy trì sĩ số ở lớp bản Pờ Hồ chỉ đạt 87,5% (28/32 học viên); một số học viên lớn tuổi tiếp thu chậm, hay quên chữ sau thời gian nghỉ thời vụ."),
    ("p", "- Thiếu tài liệu song ngữ Mông - Việt; điểm trường bản Hô Sáng và bản Pờ Hồ chưa có điện lưới, lớp học buổi tối phải dùng đèn sạc."),
    ("p", "- Kinh phí thù lao giáo viên dạy xóa mù chữ quý I chuyển chậm, đến tháng 5/2026 mới chi trả."),
    ("h", "IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM"),
    ("p", "1. Trường PTDTBT TH&THCS Phìn Ngải duy trì sĩ số 4 lớp, kiểm tra công nhận hoàn thành giai đoạn 1 trước ngày 30/11/2026; khai giảng lớp bản Hô Sáng ngày 14/9/2026 với dự kiến 30 học viên."),
    ("p", "2. Trường Mầm non Phìn Ngải tổ chức lớp hè chuẩn bị tiếng Việt cho 98 trẻ 5 tuổi; bảo đảm 100% trẻ nghe hiểu các câu lệnh đơn giản trước khi vào lớp 1."),
    ("p", "3. Hội Khuyến học xã tổ chức bình xét danh hiệu \"Gia đình học tập\", \"Dòng họ học tập\", \"Cộng đồng học tập\" trong tháng 11/2026."),
    ("p", "4. Trung tâm học tập cộng đồng xã hoàn thành 13 chuyên đề còn lại và 01 lớp tiếng Mông cho giáo viên; công chức Văn hóa - Xã hội tổng hợp báo cáo năm gửi Phòng Giáo dục và Đào tạo trước ngày 10/12/2026."),
    ("h", "V. ĐỀ XUẤT, KIẾN NGHỊ"),
    ("p", "1. Đề nghị UBND huyện đầu tư kéo điện lưới đến điểm trường bản Hô Sáng và bản Pờ Hồ trong năm 2026."),
    ("p", "2. Đề nghị Phòng Giáo dục và Đào tạo huyện cấp bổ sung 40 bộ tài liệu song ngữ Mông - Việt và chuyển sớm kinh phí thù lao giáo viên dạy xóa mù chữ quý II."),
    ("p", "3. Đề nghị Phòng Dân tộc huyện hỗ trợ 01 đợt tập huấn kỹ năng vận động cho 14 già làng, người có uy tín của xã."),
    ("p", "Trên đây là báo cáo sơ kết 6 tháng đầu năm 2026 của UBND xã Phìn Ngải./."),
]

SB03_SIGN_LEFT = [
    "Nơi nhận:",
    "- Phòng Giáo dục và Đào tạo huyện;",
    "- Phòng Dân tộc huyện;",
    "- Thường trực Đảng ủy xã;",
    "- Chủ tịch, các Phó Chủ tịch UBND xã;",
    "- Lưu: VT, VHXH.",
]
SB03_SIGN_RIGHT = ["TM. UBND XÃ", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(đã ký)", "", "Sùng Thị Dế"]


def build_sb03():
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    # two-column header
    left = ["UBND XÃ PHÌN NGẢI", "", "Số: 96/BC-UBND"]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Phìn Ngải, ngày 18 tháng 6 năm 2026"]
    for i, (l, r) in enumerate(zip(left, right)):
        pdf.set_font("DejaVu", "B" if i < 2 else "", 10)
        pdf.cell(w * 0.4, 6, l, align="C")
        pdf.cell(w * 0.6, 6, r, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for kind, content in SB03_BLOCKS:
        if kind == "c":
            pdf.set_font("DejaVu", "B", 13)
            pdf.cell(w, 7, content, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "cb":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(w, 6, content, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h":
            pdf.ln(1)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(w, 6, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h2":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(w, 6, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(w, 5.8, content, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "table":
            pdf.set_font("DejaVu", "", 9)
            widths = (10, 28, 18, 30, 26, 28, 32)
            with pdf.table(col_widths=widths, text_align="CENTER", line_height=5) as t:
                for row in content:
                    r = t.row()
                    for cell in row:
                        r.cell(cell)
            pdf.ln(2)
    pdf.ln(4)
    y = pdf.get_y()
    if y > pdf.h - 60:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_font("DejaVu", "", 9.5)
    for i, line in enumerate(SB03_SIGN_LEFT):
        pdf.set_xy(pdf.l_margin, y + i * 5)
        pdf.cell(w * 0.5, 5, line)
    for i, line in enumerate(SB03_SIGN_RIGHT):
        pdf.set_font("DejaVu", "B" if line and not line.startswith("(") else "", 10)
        pdf.set_xy(pdf.l_margin + w * 0.5, y + i * 5.5)
        pdf.cell(w * 0.5, 5.5, line, align="C")
    pdf.output(os.path.join(CORPUS, "sb03_bc_soket.pdf"))


# ---------------------------------------------------------------------------
# sb04 — Công văn của UBND huyện về dạy học song ngữ (txt, two-column header)
# ---------------------------------------------------------------------------
SB04 = """\
UBND HUYỆN KHAU RIỀNG              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                        Độc lập - Tự do - Hạnh phúc
Số: 1374/UBND-GDĐT
V/v triển khai dạy học song ngữ        Khau Riềng, ngày 12 tháng 5 năm 2026
Mông - Việt và tăng cường tiếng
Việt năm học 2026 - 2027

    Kính gửi:
        - Phòng Giáo dục và Đào tạo huyện;
        - Phòng Dân tộc huyện;
        - Phòng Tài chính - Kế hoạch huyện;
        - Trung tâm Văn hóa, Thông tin và Thể thao huyện;
        - UBND các xã: Phìn Ngải, Sủng Cáng, Pà Vầy, Khuẩy Lìn;
        - Các trường PTDTBT, trường mầm non trên địa bàn các xã nêu trên.

Thực hiện Kế hoạch số 88/KH-UBND ngày 14/3/2026 của UBND tỉnh Nam Khê về tăng cường tiếng Việt và thí điểm dạy học song ngữ tiếng dân tộc - tiếng Việt cho trẻ em, học sinh vùng dân tộc thiểu số giai đoạn 2026 - 2030; xét đề nghị của Phòng Giáo dục và Đào tạo tại Tờ trình số 41/TTr-PGDĐT ngày 05/5/2026, UBND huyện Khau Riềng chọn 4 xã Phìn Ngải, Sủng Cáng, Pà Vầy, Khuẩy Lìn thực hiện thí điểm dạy học song ngữ Mông - Việt ở lớp 1 từ năm học 2026 - 2027 với 6 trường, dự kiến 11 lớp, khoảng 260 học sinh. UBND huyện yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:

1. Phòng Giáo dục và Đào tạo huyện:
a) Chủ trì hướng dẫn các trường xây dựng kế hoạch dạy học song ngữ; thẩm định, tổng hợp trình UBND huyện phê duyệt trước ngày 30/6/2026.
b) Tổng hợp danh sách giáo viên biết tiếng Mông; cử 42 giáo viên dạy lớp 1 và cán bộ quản lý tham gia lớp tập huấn 05 ngày (từ ngày 20/7 đến ngày 24/7/2026) tại Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện.
c) Phối hợp với Phòng Dân tộc biên soạn bộ tài liệu "Sổ tay từ vựng Mông - Việt cho học sinh lớp 1" (khoảng 1.200 từ, có tranh minh họa), in và cấp cho 100% học sinh các lớp thí điểm trước ngày khai giảng năm học.
d) Là đầu mối theo dõi; định kỳ hằng tháng tổng hợp kết quả, báo cáo UBND huyện (qua Văn phòng HĐND và UBND huyện) trước ngày 28.

2. Phòng Dân tộc huyện:
a) Phối hợp với Phòng Giáo dục và Đào tạo biên soạn sổ tay từ vựng; mời già làng, người có uy tín, nghệ nhân người Mông tham gia rà soát, thống nhất cách dùng từ; hoàn thành trước ngày 31/7/2026.
b) Đề xuất mức hỗ trợ cho cộng tác viên người địa phương làm trợ giảng tại các lớp thí điểm, gửi Phòng Tài chính - Kế hoạch trước ngày 15/6/2026.

3. Phòng Tài chính - Kế hoạch huyện có trách nhiệm tham mưu UBND huyện bố trí 386 triệu đồng từ nguồn vốn sự nghiệp Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2026 để in tài liệu, tập huấn giáo viên và chi trả trợ giảng; trình UBND huyện trước ngày 30/6/2026.

4. Trung tâm Văn hóa, Thông tin và Thể thao huyện: xây dựng chuyên mục "Học tiếng Việt cùng em" phát trên Đài Truyền thanh huyện bằng tiếng Mông và tiếng Việt, 02 số/tháng, bắt đầu từ tháng 8/2026; hỗ trợ các xã tuyên truyền trên hệ thống loa truyền thanh của bản.

5. UBND các xã Phìn Ngải, Sủng Cáng, Pà Vầy, Khuẩy Lìn:
a) Giao trưởng bản, già làng vận động 100% trẻ 6 tuổi ra lớp 1 và 100% trẻ 5 tuổi tham gia lớp hè chuẩn bị tiếng Việt.
b) Bố trí nhà văn hóa bản làm "Góc tiếng Việt" cho trẻ và phụ huynh vào cuối tuần; báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 20/8/2026.
c) Giao Trung tâm học tập cộng đồng xã chủ trì, phối hợp với Hội Khuyến học xã lồng ghép lớp học tiếng Việt cho phụ huynh có con học lớp thí điểm.

6. Các trường PTDTBT và trường mầm non trên địa bàn 4 xã:
a) Rà soát học sinh, giáo viên; xây dựng kế hoạch dạy học song ngữ, gửi Phòng Giáo dục và Đào tạo trước ngày 10/6/2026.
b) Tổ chức "Tuần làm quen" cho học sinh lớp 1 từ ngày 24/8/2026; mỗi lớp thí điểm bố trí 01 trợ giảng là người Mông.
c) Các trường mầm non tổ chức lớp hè chuẩn bị tiếng Việt cho trẻ 5 tuổi trong tháng 7 và tháng 8/2026.

7. Đề nghị Hội Khuyến học huyện vận động nguồn lực trao 50 suất học bổng "Chắp cánh ước mơ", mỗi suất 1.000.000 đồng, cho học sinh lớp thí điểm có hoàn cảnh khó khăn vào dịp khai giảng năm học mới.

Quá trình thực hiện, nếu có vướng mắc, các đơn vị liên hệ Phòng Giáo dục và Đào tạo huyện (đồng chí Lục Văn Sinh, Phó Trưởng phòng, điện thoại 0982 451 637, thư điện tử lvsinh.khaurieng@namkhe.edu.vn) để phối hợp giải quyết./.


Nơi nhận:                                              KT. CHỦ TỊCH
- Như trên;                                            PHÓ CHỦ TỊCH
- Sở GD&ĐT tỉnh (b/c);
- TT Huyện ủy, TT HĐND huyện (b/c);                       (Đã ký)
- CT, các PCT UBND huyện;
- Lưu: VT, GDĐT.                                     Nông Thị Thanh Nga
"""


def build_sb04():
    write_text("sb04_cv_songngu.txt", SB04)


# ---------------------------------------------------------------------------
# sb05 — Kế hoạch mở lớp xóa mù chữ của trường PTDTBT (docx, Word numbering,
# task table)
# ---------------------------------------------------------------------------
SB05_CANCU = [
    "Căn cứ Nghị quyết số 09-NQ/ĐU ngày 15/01/2026 của Đảng ủy xã Phìn Ngải về đẩy mạnh xóa mù chữ, học tập suốt đời và phát triển giáo dục ở các bản đồng bào dân tộc thiểu số giai đoạn 2026 - 2030;",
    "Căn cứ Chương trình công tác năm 2026 của Trung tâm học tập cộng đồng xã Phìn Ngải;",
    "Căn cứ Công văn số 215/PGDĐT-GDTX ngày 10/02/2026 của Phòng Giáo dục và Đào tạo huyện Khau Riềng về việc mở lớp xóa mù chữ năm 2026;",
    "Trường PTDTBT TH&THCS Phìn Ngải xây dựng kế hoạch mở lớp xóa mù chữ tại bản Tảng Ngài như sau:",
]
SB05_MUCDICH = [
    "Giúp người mù chữ, tái mù chữ trong độ tuổi 15 - 60 ở bản Tảng Ngài biết đọc, viết, tính toán và sử dụng tiếng Việt trong cuộc sống hằng ngày, góp phần nâng tỉ lệ biết chữ của bản lên từ 86% trở lên vào cuối năm 2026.",
    "Nội dung dạy gắn với sản xuất, chăm sóc sức khỏe và sử dụng điện thoại thông minh; tổ chức học vào buổi tối, phù hợp với thời vụ của bà con.",
    "Duy trì sĩ số từ 90% trở lên; tối thiểu 85% học viên hoàn thành giai đoạn 1.",
]
SB05_DOITUONG = "Lớp có 35 học viên trong độ tuổi 15 - 60 (danh sách kèm theo), trong đó 29 nữ; 31 người Mông, 4 người Dao; 22 người chưa từng đi học, 13 người tái mù chữ. Học viên cao tuổi nhất 58 tuổi, nhỏ tuổi nhất 16 tuổi."
SB05_THOIGIAN = [
    "Địa điểm: phòng học điểm trường bản Tảng Ngài (Trường PTDTBT TH&THCS Phìn Ngải).",
    "Khai giảng: 19 giờ 00 ngày 09/3/2026 (thứ Hai).",
    "Học 3 buổi/tuần vào tối thứ Hai, thứ Tư, thứ Sáu, từ 19 giờ 00 đến 21 giờ 00 (3 tiết/buổi); nghỉ thời vụ từ ngày 11/5 đến ngày 24/5/2026 và nghỉ các ngày lễ theo quy định.",
    "Kết thúc giai đoạn 1 và kiểm tra: trước ngày 25/11/2026; tổng số 288 tiết, gồm Tiếng Việt 192 tiết, Toán 96 tiết.",
]
SB05_GIAOVIEN = [
    "Thầy Sùng A Tủa, giáo viên tiểu học, người Mông: dạy môn Tiếng Việt, chủ nhiệm lớp; điện thoại 0389 217 504.",
    "Cô Triệu Thị Mến, giáo viên tiểu học, người Dao: dạy môn Toán.",
    "Chị Giàng Thị Mỷ, Chi hội trưởng Chi hội Phụ nữ bản Tảng Ngài: trợ giảng, phiên dịch tiếng Mông, điểm danh và vận động học viên.",
]
SB05_KINHPHI = [
    ["Nội dung chi", "Cách tính", "Thành tiền (đồng)"],
    ["Sách, vở, bút cho học viên", "35 người × 250.000 đồng", "8.750.000"],
    ["Thù lao giáo viên", "288 tiết × 65.000 đồng", "18.720.000"],
    ["Hỗ trợ trợ giảng", "8 tháng × 1.200.000 đồng", "9.600.000"],
    ["Điện thắp sáng, nước uống", "9 tháng × 150.000 đồng", "1.350.000"],
    ["Khai giảng, bế giảng, khen thưởng học viên", "Trọn gói", "2.580.000"],
    ["Tổng cộng", "", "41.000.000"],
]
SB05_NGUON = "Tổng kinh phí mở lớp: 41.000.000 đồng (bốn mươi mốt triệu đồng). Nguồn kinh phí: Phòng Giáo dục và Đào tạo huyện cấp 30.000.000 đồng từ Chương trình mục tiêu quốc gia; Hội Khuyến học xã hỗ trợ 6.000.000 đồng; UBND xã Phìn Ngải hỗ trợ 5.000.000 đồng. Học viên hoàn thành giai đoạn 1 và đi học đủ từ 90% số buổi trở lên được khen thưởng 200.000 đồng/người."
SB05_TASKS = [
    ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Điều tra, lập danh sách học viên, hồ sơ lớp học", "Tổ phổ cập giáo dục của nhà trường", "Trưởng bản Tảng Ngài, Chi hội Phụ nữ bản", "Trước ngày 05/3/2026"],
    ["2", "Sửa chữa phòng học, lắp đèn sạc, chuẩn bị bàn ghế cho người lớn", "Tổ hành chính nhà trường", "Ban quản lý bản Tảng Ngài", "Trước ngày 07/3/2026"],
    ["3", "Tổ chức lễ khai giảng lớp học", "Ban Giám hiệu", "UBND xã, Trung tâm học tập cộng đồng xã", "Ngày 09/3/2026"],
    ["4", "Theo dõi chuyên cần, vận động học viên nghỉ học quay lại lớp", "Giáo viên chủ nhiệm lớp", "Già làng, trưởng bản, Chi hội Phụ nữ bản", "Hằng tuần"],
    ["5", "Kiểm tra, đánh giá học viên cuối giai đoạn 1", "Ban Giám hiệu", "Phòng Giáo dục và Đào tạo huyện", "Trước ngày 25/11/2026"],
    ["6", "Bế giảng, báo cáo kết quả lớp học", "Phó Hiệu trưởng phụ trách phổ cập", "Trung tâm học tập cộng đồng xã", "Trước ngày 05/12/2026"],
]
SB05_TRACHNHIEM = [
    "Ban Giám hiệu nhà trường: phân công giáo viên, bảo đảm cơ sở vật chất; Phó Hiệu trưởng Lò Thị Nhung phụ trách phổ cập trực tiếp theo dõi lớp, tổng hợp báo cáo Phòng Giáo dục và Đào tạo định kỳ hằng tháng vào ngày 25.",
    "Giáo viên dạy lớp: soạn bài theo chương trình xóa mù chữ giai đoạn 1, lồng ghép nội dung trồng ngô, nuôi lợn, phòng bệnh; ghi sổ điểm danh hằng buổi; báo cáo Ban Giám hiệu những học viên nghỉ quá 3 buổi liên tiếp.",
    "Kế toán nhà trường có trách nhiệm lập dự toán, thanh toán thù lao giáo viên, trợ giảng hằng tháng và quyết toán kinh phí lớp học trước ngày 15/12/2026.",
    "Đề nghị UBND xã Phìn Ngải hỗ trợ 5.000.000 đồng và giao Công an xã bảo đảm an toàn cho học viên đi học buổi tối.",
    "Đề nghị Hội Khuyến học xã hỗ trợ 6.000.000 đồng, tặng quà học viên tiêu biểu dịp bế giảng.",
    "Đề nghị trưởng bản và già làng bản Tảng Ngài thông báo lịch học trên loa của bản, đến nhà vận động học viên vắng học; đưa việc đi học xóa mù chữ vào nội dung họp bản hằng tháng.",
]
SB05_LIENHE = "Thông tin liên hệ: cô Lò Thị Nhung, Phó Hiệu trưởng, điện thoại 0974 330 218."
SB05_NOINHAN = [
    "Nơi nhận:",
    "- Phòng Giáo dục và Đào tạo (b/c);",
    "- UBND xã Phìn Ngải;",
    "- Trung tâm HTCĐ xã;",
    "- Trưởng bản Tảng Ngài;",
    "- Lưu: VT.",
]
SB05_KY = ["HIỆU TRƯỞNG", "", "(đã ký)", "", "Hầu A Sếnh"]


def build_sb05():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    hdr = d.add_table(rows=3, cols=2)
    cells = [
        ("PHÒNG GD&ĐT KHAU RIỀNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("TRƯỜNG PTDTBT TH&THCS PHÌN NGẢI", "Độc lập - Tự do - Hạnh phúc"),
        ("Số: 27/KH-PTDTBT", "Phìn Ngải, ngày 25 tháng 02 năm 2026"),
    ]
    for i, (l, r) in enumerate(cells):
        for j, txt in enumerate((l, r)):
            p = hdr.cell(i, j).paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(txt)
            run.bold = i < 2

    def center(txt, bold=True):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(txt).bold = bold

    def heading(txt):
        p = d.add_paragraph()
        p.add_run(txt).bold = True

    d.add_paragraph()
    center("KẾ HOẠCH")
    center("Mở lớp xóa mù chữ giai đoạn 1 tại bản Tảng Ngài năm 2026")
    for t in SB05_CANCU:
        d.add_paragraph(t).runs[0].italic = t.startswith("Căn cứ")
    heading("I. MỤC ĐÍCH, YÊU CẦU")
    for t in SB05_MUCDICH:
        d.add_paragraph(t, style="List Bullet")
    heading("II. NỘI DUNG")
    heading("1. Đối tượng, số lượng học viên")
    d.add_paragraph(SB05_DOITUONG)
    heading("2. Địa điểm, thời gian học")
    for t in SB05_THOIGIAN:
        d.add_paragraph(t, style="List Bullet")
    heading("3. Giáo viên, trợ giảng")
    for t in SB05_GIAOVIEN:
        d.add_paragraph(t, style="List Bullet")
    heading("4. Chế độ, kinh phí")
    tb = d.add_table(rows=0, cols=3)
    tb.style = "Table Grid"
    for row in SB05_KINHPHI:
        cs = tb.add_row().cells
        for c, v in zip(cs, row):
            c.text = v
    d.add_paragraph(SB05_NGUON)
    heading("III. TỔ CHỨC THỰC HIỆN")
    heading("1. Phân công nhiệm vụ")
    tt = d.add_table(rows=0, cols=5)
    tt.style = "Table Grid"
    for row in SB05_TASKS:
        cs = tt.add_row().cells
        for c, v in zip(cs, row):
            c.text = v
    heading("2. Trách nhiệm của các bộ phận, đơn vị")
    for t in SB05_TRACHNHIEM:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph(SB05_LIENHE)
    d.add_paragraph()
    sig = d.add_table(rows=1, cols=2)
    left, right = sig.cell(0, 0), sig.cell(0, 1)
    left.paragraphs[0].add_run(SB05_NOINHAN[0]).bold = True
    for t in SB05_NOINHAN[1:]:
        left.add_paragraph(t)
    right.paragraphs[0].add_run(SB05_KY[0]).bold = True
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t in SB05_KY[1:]:
        p = right.add_paragraph(t)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(os.path.join(CORPUS, "sb05_kh_lopxmc.docx"))


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_sb01()
    build_sb02()
    build_sb03()
    build_sb04()
    build_sb05()
    print("built:", sorted(os.listdir(CORPUS)))
