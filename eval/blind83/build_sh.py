# -*- coding: utf-8 -*-
"""Build the blind83 corpus (5 files). All text is invented.
Run: /work/main/.venv/bin/python build_sh.py
Writes corpus/sh01..sh05, then questions.jsonl and who_what.jsonl (data held in build_qa.py).
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


# ---------------------------------------------------------------- sh01 (.md)
SH01 = """UBND TỈNH THƯỢNG NGÀN

SỞ KHOA HỌC VÀ CÔNG NGHỆ

Số: 112/KH-SKHCN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

*Thượng Ngàn, ngày 05 tháng 3 năm 2026*

# KẾ HOẠCH

## Kiểm định, hiệu chuẩn cân tại các chợ và đồng hồ đo nước lạnh trên địa bàn tỉnh Thượng Ngàn năm 2026

Căn cứ Luật Đo lường ngày 11 tháng 11 năm 2011;

Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;

Căn cứ Quyết định số 604/QĐ-UBND ngày 20/01/2026 của UBND tỉnh Thượng Ngàn ban hành Chương trình công tác trọng tâm năm 2026;

Sở Khoa học và Công nghệ (KH&CN) xây dựng Kế hoạch kiểm định, hiệu chuẩn cân tại các chợ và đồng hồ đo nước lạnh năm 2026 như sau:

### I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

- Bảo đảm các phương tiện đo nhóm 2 dùng trong mua bán, thanh toán tại chợ (cân đồng hồ lò xo, cân điện tử, cân bàn) và đồng hồ đo nước lạnh lắp cho hộ tiêu dùng được kiểm định đúng chu kỳ, sai số nằm trong giới hạn cho phép.
- Ngăn chặn hành vi gian lận về đo lường, bảo vệ quyền lợi người tiêu dùng và tiểu thương làm ăn chân chính; góp phần xây dựng "chợ văn minh, cân đúng, đo chuẩn".

2. Yêu cầu

- Việc kiểm định thực hiện công khai, minh bạch ngay tại chợ hoặc tại điểm tập kết do UBND cấp xã bố trí; không gây ách tắc hoạt động mua bán.
- Lịch kiểm định tại từng chợ phải thông báo cho tiểu thương chậm nhất 05 ngày trước ngày thực hiện.
- Cân đạt yêu cầu được dán tem kiểm định; cân không đạt bị niêm phong, hướng dẫn sửa chữa hoặc thay thế, không để tiếp tục sử dụng trong mua bán.

### II. CHỈ TIÊU

1. Kiểm định tối thiểu 4.800 cân các loại tại 62 chợ trên địa bàn 06 huyện, thành phố; tỷ lệ cân đang sử dụng tại chợ có tem kiểm định còn hiệu lực từ 95% trở lên vào cuối năm 2026.
2. Kiểm định 12.500 đồng hồ đo nước lạnh cấp chính xác B, đường kính DN15 - DN20 đến hạn kiểm định định kỳ.
3. 100% chợ hạng 1, hạng 2 bố trí tối thiểu 01 cân đối chứng đặt ở vị trí thuận tiện để người mua tự kiểm tra khối lượng hàng hóa.
4. 100% Trưởng ban, Phó Trưởng ban Quản lý chợ nắm được quy định về quản lý phương tiện đo trong năm 2026.

### III. LỊCH KIỂM ĐỊNH THEO ĐỊA BÀN

| TT | Địa bàn | Số chợ | Số cân dự kiến | Đồng hồ nước dự kiến | Thời gian thực hiện | Đầu mối tại địa phương |
|---|---|---|---|---|---|---|
| 1 | Thành phố Đồng Lư | 14 | 1.350 | 6.200 | 06/4 – 24/4/2026 | Phòng Kinh tế thành phố |
| 2 | Huyện Phìn Lũng | 11 | 820 | 1.400 | 04/5 – 15/5/2026 | Phòng Kinh tế - Hạ tầng huyện |
| 3 | Huyện Nà Tấu | 9 | 640 | 1.100 | 18/5 – 29/5/2026 | Phòng Kinh tế - Hạ tầng huyện |
| 4 | Huyện Thác Vọng | 10 | 760 | 1.750 | 08/6 – 19/6/2026 | Phòng Kinh tế - Hạ tầng huyện |
| 5 | Huyện Chiềng Khương | 8 | 590 | 950 | 06/7 – 17/7/2026 | Phòng Kinh tế - Hạ tầng huyện |
| 6 | Huyện Keo Lửa | 10 | 640 | 1.100 | 03/8 – 14/8/2026 | Phòng Kinh tế - Hạ tầng huyện |
|  | Tổng cộng | 62 | 4.800 | 12.500 |  |  |

Ghi chú: Chợ phiên vùng cao (chợ họp theo phiên 5 ngày, 7 ngày) được kiểm định vào đúng ngày họp phiên; lịch cụ thể từng chợ do Chi cục Tiêu chuẩn Đo lường Chất lượng thông báo sau khi thống nhất với UBND cấp huyện.

### IV. NỘI DUNG THỰC HIỆN

1. Kiểm định cân tại chợ

Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng (sau đây gọi là Trung tâm Kỹ thuật) bố trí 03 tổ kiểm định lưu động, mỗi tổ 02 kiểm định viên, mang theo bộ quả cân chuẩn cấp chính xác M1 và xe chuyên dùng. Cân sau khi kiểm định đạt yêu cầu được dán tem kiểm định có mã QR để người mua quét kiểm tra thời hạn hiệu lực. Tiểu thương tại chợ hạng 3 và chợ phiên vùng cao được miễn phí kiểm định; tại chợ hạng 1, hạng 2 thu phí theo biểu giá hiện hành, trong đó cân đồng hồ lò xo dưới 60 kg là 18.000 đồng/chiếc.

2. Kiểm định đồng hồ đo nước lạnh

Công ty Cổ phần Cấp nước Thượng Ngàn và Ban Quản lý các công trình nước sạch nông thôn tỉnh lập danh sách đồng hồ đến hạn, tháo và chuyển về Phòng thí nghiệm đo lường của Trung tâm Kỹ thuật theo từng đợt. Đồng hồ không đạt phải thay thế trong vòng 07 ngày làm việc; chi phí kiểm định, thay thế đồng hồ do đơn vị cấp nước chi trả, không thu của hộ dùng nước.

3. Kiểm tra sau kiểm định

Sau mỗi đợt kiểm định, Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp với Đội Quản lý thị trường trên địa bàn và đoàn kiểm tra liên ngành cấp huyện (nếu có) kiểm tra đột xuất tối thiểu 20% số chợ, tập trung vào cân không có tem, tem hết hiệu lực hoặc có dấu hiệu can thiệp.

4. Tuyên truyền

Phát sóng phóng sự "Cân đúng – bán thật" trên Đài Phát thanh và Truyền hình tỉnh; in và phát 5.000 tờ rơi song ngữ Việt – Mông hướng dẫn người dân nhận biết tem kiểm định.

### V. KINH PHÍ

Tổng kinh phí thực hiện Kế hoạch năm 2026 là 486.000.000 đồng (Bốn trăm tám mươi sáu triệu đồng) từ nguồn sự nghiệp khoa học và công nghệ tỉnh năm 2026, dùng cho kiểm định miễn phí tại chợ hạng 3, chợ phiên, cân đối chứng, tuyên truyền và kiểm tra sau kiểm định. Kinh phí kiểm định đồng hồ nước do các đơn vị cấp nước bảo đảm.

### VI. TỔ CHỨC THỰC HIỆN

1. Chi cục Tiêu chuẩn Đo lường Chất lượng chủ trì tổ chức thực hiện Kế hoạch; thống nhất lịch chi tiết với UBND các huyện, thành phố trước ngày 25/3/2026; tổng hợp, báo cáo kết quả về Sở định kỳ hằng quý và báo cáo tổng kết trước ngày 30/9/2026.

2. Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng có trách nhiệm bố trí kiểm định viên, chuẩn đo lường, phương tiện; thực hiện kiểm định theo đúng lịch tại Mục III; cập nhật dữ liệu tem kiểm định lên hệ thống quản lý phương tiện đo của Sở trong vòng 03 ngày làm việc sau mỗi đợt.

3. Văn phòng Sở phối hợp với Chi cục hướng dẫn sử dụng kinh phí, thanh quyết toán theo quy định.

4. Đề nghị UBND các huyện, thành phố giao Phòng Kinh tế - Hạ tầng (Phòng Kinh tế thành phố Đồng Lư) làm đầu mối phối hợp; chỉ đạo UBND các xã, phường, thị trấn có chợ thông báo lịch kiểm định, bố trí địa điểm và lực lượng giữ trật tự; hỗ trợ mua sắm cân đối chứng cho chợ hạng 3.

5. Ban Quản lý chợ, tổ quản lý chợ có trách nhiệm lập danh sách cân đang sử dụng tại chợ gửi Phòng Kinh tế - Hạ tầng trước ngày kiểm định ít nhất 10 ngày; bố trí, quản lý cân đối chứng; không cho tiểu thương sử dụng cân không có tem kiểm định.

6. Công ty Cổ phần Cấp nước Thượng Ngàn, Ban Quản lý các công trình nước sạch nông thôn tỉnh gửi danh sách đồng hồ đến hạn kiểm định về Chi cục trước ngày 31/3/2026; thay thế kịp thời đồng hồ không đạt.

7. Đề nghị Cục Quản lý thị trường tỉnh giao các Đội Quản lý thị trường phối hợp kiểm tra, xử lý vi phạm về đo lường tại chợ theo thẩm quyền.

8. Đề nghị Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh phối hợp tuyên truyền để hội viên là tiểu thương chủ động mang cân đi kiểm định, phát hiện và phản ánh hành vi gian lận.

Đầu mối liên hệ: bà Ma Thị Duyên, Phó Chi cục trưởng Chi cục Tiêu chuẩn Đo lường Chất lượng; điện thoại 0214.3852.617; e-mail: duyenmt.tdc@thuongngan.gov.vn.

Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở (qua Chi cục Tiêu chuẩn Đo lường Chất lượng) để phối hợp giải quyết./.

KT. GIÁM ĐỐC

PHÓ GIÁM ĐỐC

(Đã ký)

Nguyễn Hữu Khang

Nơi nhận:

- UBND tỉnh (b/c);
- Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia (b/c);
- UBND các huyện, thành phố;
- Cục Quản lý thị trường tỉnh;
- Công ty CP Cấp nước Thượng Ngàn;
- Giám đốc, các PGĐ Sở;
- Lưu: VT, TĐC.
"""

# ---------------------------------------------------------------- sh02 (.txt, hard-wrapped)
SH02_HEAD = """UBND HUYỆN PHÌN LŨNG                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                          Độc lập - Tự do - Hạnh phúc
Số: 318/UBND-KT                     Phìn Lũng, ngày 19 tháng 3 năm 2026
V/v triển khai dán tem truy xuất
nguồn gốc mã QR đối với sản phẩm
nông sản, OCOP của huyện
"""

SH02_BODY = [
    "Kính gửi:",
    "- Phòng Kinh tế - Hạ tầng huyện;",
    "- Phòng Văn hóa - Thông tin huyện;",
    "- Trung tâm Dịch vụ nông nghiệp huyện;",
    "- Hội Nông dân huyện;",
    "- UBND các xã, thị trấn;",
    "- Các hợp tác xã, chủ thể sản phẩm OCOP trên địa bàn huyện.",
    "",
    "Thực hiện Công văn số 205/SKHCN-TĐC ngày 24/02/2026 của Sở Khoa học và Công nghệ tỉnh Thượng Ngàn về việc hỗ trợ áp dụng mã số, mã vạch và truy xuất nguồn gốc sản phẩm, hàng hóa năm 2026, UBND huyện Phìn Lũng nhận thấy: đến hết tháng 02/2026 toàn huyện có 23 sản phẩm OCOP đạt 3 sao trở lên của 9 hợp tác xã và 6 hộ sản xuất, nhưng mới có 7 sản phẩm sử dụng tem truy xuất nguồn gốc mã QR; nhiều sản phẩm như miến dong Pù Mo, mật ong bạc hà Khuổi Ma, thịt trâu gác bếp Lùng Thàng vẫn bán ra thị trường không có thông tin truy xuất, khó cạnh tranh khi vào siêu thị và sàn thương mại điện tử.",
    "",
    "Năm 2026, Sở Khoa học và Công nghệ hỗ trợ miễn phí cho huyện 40.000 tem truy xuất nguồn gốc có mã QR và cấp tài khoản trên Cổng thông tin truy xuất nguồn gốc sản phẩm, hàng hóa tỉnh Thượng Ngàn (truyxuat.thuongngan.gov.vn). Nhằm sử dụng hiệu quả nguồn hỗ trợ, Chủ tịch UBND huyện yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:",
    "",
    "1. Phòng Kinh tế - Hạ tầng huyện chủ trì, phối hợp với Trung tâm Dịch vụ nông nghiệp huyện rà soát, lập danh sách sản phẩm và chủ thể tham gia dán tem (theo mẫu tại Phụ lục kèm theo), tổng hợp gửi Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh trước ngày 10/4/2026; hướng dẫn chủ thể kê khai thông tin vùng nguyên liệu, quy trình sản xuất, nhật ký canh tác lên Cổng truy xuất; quản lý, cấp phát tem theo sổ theo dõi, bảo đảm đúng số lượng, đúng đối tượng.",
    "",
    "2. Trung tâm Dịch vụ nông nghiệp huyện có trách nhiệm hỗ trợ kỹ thuật ghi chép nhật ký sản xuất điện tử cho các hợp tác xã; tổ chức 03 lớp tập huấn tại xã Pù Mo, xã Khuổi Ma và thị trấn Phìn Lũng, hoàn thành trong tháng 4/2026.",
    "",
    "3. UBND các xã, thị trấn tuyên truyền để hộ sản xuất, hợp tác xã hiểu lợi ích của tem truy xuất; xác nhận vùng trồng, vùng nuôi, cơ sở sản xuất trên địa bàn; gửi danh sách hộ, hợp tác xã có nhu cầu sử dụng tem về Phòng Kinh tế - Hạ tầng trước ngày 31/3/2026.",
    "",
    "4. Các hợp tác xã, chủ thể sản phẩm OCOP cập nhật đầy đủ, trung thực thông tin lên Cổng truy xuất; dán tem đúng sản phẩm đã khai báo, không cho mượn, chuyển nhượng tem; hoàn thành dán tem trên 100% sản phẩm OCOP bán ra thị trường trước ngày 30/6/2026. Chủ thể nào sử dụng tem sai mục đích sẽ bị thu hồi tài khoản và không được xét hỗ trợ các chương trình khuyến công, xúc tiến thương mại năm 2027.",
    "",
    "5. Đề nghị Hội Nông dân huyện phối hợp hướng dẫn hội viên thông qua sinh hoạt chi hội; xây dựng 02 mô hình điểm \"Nông dân sản xuất minh bạch – truy xuất bằng điện thoại\" tại xã Pù Mo và xã Khuổi Ma, báo cáo kết quả về UBND huyện trước ngày 15/8/2026.",
    "",
    "6. Phòng Văn hóa - Thông tin huyện phối hợp với Trung tâm Truyền thông và Văn hóa huyện đăng tải hướng dẫn quét mã QR trên trang thông tin điện tử huyện, phát trên hệ thống truyền thanh cơ sở tối thiểu 02 lần/tuần trong tháng 4 và tháng 5/2026.",
    "",
    "7. Đề nghị Đội Quản lý thị trường số 4 phối hợp kiểm tra, xử lý nghiêm hành vi sử dụng tem truy xuất giả, tem ghi không đúng thông tin sản phẩm tại các chợ và cửa hàng trên địa bàn huyện.",
    "",
    "Định kỳ hằng tháng (trước ngày 25), Phòng Kinh tế - Hạ tầng tổng hợp tình hình sử dụng tem, báo cáo Chủ tịch UBND huyện.",
    "",
    "Thông tin chi tiết xin liên hệ: ông Bế Văn Quân, chuyên viên Phòng Kinh tế - Hạ tầng huyện, điện thoại 0973 418 256, e-mail quanbv.pl@thuongngan.gov.vn.",
    "",
    "UBND huyện yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
]

SH02_SIGN = """
                                               KT. CHỦ TỊCH
                                               PHÓ CHỦ TỊCH

                                                  (Đã ký)

                                               Sầm Đức Lợi
Nơi nhận:
- Như trên;
- Sở KH&CN tỉnh (b/c);
- Chi cục TĐC tỉnh;
- TT Huyện ủy, TT HĐND huyện (b/c);
- CT, các PCT UBND huyện;
- Lưu: VT, KT.
"""

SH02_ANNEX = [
    "PHỤ LỤC",
    "DANH SÁCH DỰ KIẾN SẢN PHẨM ƯU TIÊN DÁN TEM ĐỢT 1",
    "(Kèm theo Công văn số 318/UBND-KT ngày 19/3/2026 của UBND huyện Phìn Lũng)",
    "",
    "1. Miến dong Pù Mo – HTX Nông sản Pù Mo – 12.000 tem.",
    "2. Mật ong bạc hà – HTX Ong mật Khuổi Ma – 8.000 tem.",
    "3. Thịt trâu gác bếp – HTX Dịch vụ tổng hợp Lùng Thàng – 6.500 tem.",
    "4. Gạo nếp cẩm – Tổ hợp tác nếp cẩm Cán Chư – 5.000 tem.",
    "5. Táo mèo ngâm – hộ kinh doanh Giàng Thị Dua, thị trấn Phìn Lũng – 2.500 tem.",
    "",
    "Tổng đợt 1: 34.000 tem; số còn lại 6.000 tem để dự phòng, cấp bổ sung trong quý III/2026 cho chủ thể có sản phẩm mới đạt chứng nhận OCOP.",
]


def build_sh02():
    out = [SH02_HEAD.rstrip("\n"), ""]
    for para in SH02_BODY:
        if not para:
            out.append("")
        else:
            out.extend(textwrap.wrap(para, width=72, break_long_words=False, break_on_hyphens=False))
    out.append(SH02_SIGN.rstrip("\n"))
    out.append("")
    for para in SH02_ANNEX:
        if not para:
            out.append("")
        else:
            out.extend(textwrap.wrap(para, width=72, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- sh03 (.docx)
SH03_MEMBERS = [
    "Ông Đinh Công Tráng, Phó Trưởng phòng Kinh tế - Hạ tầng huyện – Trưởng đoàn;",
    "Bà Nông Thị Ngát, Phó Đội trưởng Đội Quản lý thị trường số 6 – Phó Trưởng đoàn;",
    "Ông Lò Văn Tươi, chuyên viên Phòng Kinh tế - Hạ tầng huyện – Thành viên kiêm thư ký;",
    "Ông Hà Quang Vinh, Đội Cảnh sát kinh tế, Công an huyện – Thành viên;",
    "Bà Triệu Thị Mai, chuyên viên Phòng Y tế huyện – Thành viên;",
    "Ông Giàng A Páo, Trưởng Ban Quản lý chợ trung tâm huyện Thác Vọng – Thành viên;",
    "Ông Mai Xuân Trường, kiểm định viên Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh – Thành viên (mời tham gia).",
]
SH03_DUTIES = [
    "Kiểm tra việc chấp hành pháp luật về đo lường đối với cân dùng trong mua bán tại 10 chợ trên địa bàn huyện, gồm chợ trung tâm huyện, chợ Bản Lìm, chợ Nà Ngò, chợ phiên Tà Hộc và 06 chợ xã khác;",
    "Kiểm tra nhãn hàng hóa, tem truy xuất nguồn gốc đối với nông sản, thực phẩm bao gói sẵn bày bán tại chợ; đối chiếu thông tin trên tem với dữ liệu trên Cổng truy xuất nguồn gốc của tỉnh;",
    "Lập biên bản kiểm tra; tạm giữ cân vi phạm và chuyển hồ sơ cho người có thẩm quyền xử phạt theo quy định; kiến nghị Chủ tịch UBND huyện xử lý trường hợp vượt thẩm quyền;",
    "Thời gian kiểm tra từ ngày 13/4/2026 đến ngày 30/6/2026, theo Kế hoạch kiểm tra ban hành kèm theo Quyết định này;",
    "Trưởng đoàn báo cáo kết quả bằng văn bản về UBND huyện (qua Phòng Kinh tế - Hạ tầng) trước ngày 10/7/2026. Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ.",
]
SH03_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Xây dựng đề cương, mẫu biên bản kiểm tra; gửi lịch kiểm tra đến các chợ", "Phòng Kinh tế - Hạ tầng", "Văn phòng HĐND và UBND huyện", "Trước ngày 10/4/2026"],
    ["2", "Kiểm tra cân tại chợ trung tâm huyện và chợ Bản Lìm", "Đoàn kiểm tra", "Ban Quản lý chợ trung tâm huyện; UBND xã Bản Lìm", "13/4 – 30/4/2026"],
    ["3", "Kiểm tra cân tại chợ Nà Ngò, chợ phiên Tà Hộc và 06 chợ xã khác", "Đoàn kiểm tra", "UBND các xã có chợ", "04/5 – 12/6/2026"],
    ["4", "Kiểm tra nhãn hàng hóa, tem truy xuất nguồn gốc nông sản, thực phẩm", "Đội Quản lý thị trường số 6", "Phòng Y tế huyện; Công an huyện", "Trước ngày 30/6/2026"],
    ["5", "Đưa tin kết quả kiểm tra trên hệ thống truyền thanh và trang thông tin điện tử huyện", "Phòng Văn hóa - Thông tin", "Trung tâm Văn hóa, Thể thao và Truyền thông huyện", "Hằng tuần trong thời gian kiểm tra"],
    ["6", "Tổng hợp, báo cáo kết quả kiểm tra gửi UBND huyện và Sở KH&CN", "Phòng Kinh tế - Hạ tầng", "Các thành viên Đoàn kiểm tra", "Trước ngày 10/7/2026"],
]


def build_sh03(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    def p(text, bold=False, center=False, style=None, italic=False):
        para = d.add_paragraph(style=style) if style else d.add_paragraph()
        run = para.add_run(nfc(text))
        run.bold = bold
        run.italic = italic
        if center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return para

    p("UBND HUYỆN THÁC VỌNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
    p("\tĐộc lập - Tự do - Hạnh phúc", bold=True)
    p("Số: 1475/QĐ-UBND\tThác Vọng, ngày 02 tháng 4 năm 2026", italic=False)
    p("QUYẾT ĐỊNH", bold=True, center=True)
    p("Về việc thành lập Đoàn kiểm tra liên ngành về đo lường, chất lượng hàng hóa và truy xuất nguồn gốc tại các chợ trên địa bàn huyện Thác Vọng năm 2026", bold=True, center=True)
    p("CHỦ TỊCH UBND HUYỆN THÁC VỌNG", bold=True, center=True)
    p("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;", italic=True)
    p("Căn cứ Luật Đo lường ngày 11 tháng 11 năm 2011; Luật Chất lượng sản phẩm, hàng hóa ngày 21 tháng 11 năm 2007;", italic=True)
    p("Căn cứ Kế hoạch số 112/KH-SKHCN ngày 05/3/2026 của Sở Khoa học và Công nghệ tỉnh Thượng Ngàn về kiểm định, hiệu chuẩn cân tại các chợ và đồng hồ đo nước lạnh năm 2026;", italic=True)
    p("Theo đề nghị của Trưởng phòng Kinh tế - Hạ tầng huyện tại Tờ trình số 37/TTr-KTHT ngày 27/3/2026.", italic=True)
    p("QUYẾT ĐỊNH:", bold=True, center=True)
    p("Điều 1. Thành lập Đoàn kiểm tra liên ngành về đo lường, chất lượng hàng hóa và truy xuất nguồn gốc tại các chợ trên địa bàn huyện Thác Vọng năm 2026 (sau đây gọi là Đoàn kiểm tra), gồm các ông, bà có tên sau:")
    for m in SH03_MEMBERS:
        p(m, style="List Number")
    p("Điều 2. Nhiệm vụ và quyền hạn của Đoàn kiểm tra:")
    for m in SH03_DUTIES:
        p(m, style="List Bullet")
    p("Điều 3. Kinh phí hoạt động của Đoàn kiểm tra là 65.000.000 đồng (Sáu mươi lăm triệu đồng), bố trí từ dự toán ngân sách huyện năm 2026 giao cho Phòng Kinh tế - Hạ tầng. Phòng Tài chính - Kế hoạch có trách nhiệm hướng dẫn Phòng Kinh tế - Hạ tầng sử dụng và thanh quyết toán kinh phí theo quy định. Thành viên Đoàn kiểm tra làm việc theo chế độ kiêm nhiệm.")
    p("Điều 4. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Kinh tế - Hạ tầng, Trưởng phòng Tài chính - Kế hoạch, Trưởng phòng Y tế, Trưởng Công an huyện, Đội trưởng Đội Quản lý thị trường số 6, Trưởng Ban Quản lý chợ trung tâm huyện, Chủ tịch UBND các xã, thị trấn có chợ và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này. Quyết định có hiệu lực kể từ ngày ký./.")
    p("CHỦ TỊCH", bold=True)
    p("(Đã ký)", italic=True)
    p("Phạm Thu Hằng", bold=True)
    p("Nơi nhận:", bold=True, italic=True)
    for r in ["- Như Điều 4;", "- Sở KH&CN tỉnh (b/c);", "- Chi cục TĐC tỉnh;", "- TT Huyện ủy, TT HĐND huyện;", "- Lưu: VT, KTHT."]:
        p(r)
    d.add_page_break()
    p("KẾ HOẠCH KIỂM TRA", bold=True, center=True)
    p("(Ban hành kèm theo Quyết định số 1475/QĐ-UBND ngày 02/4/2026 của Chủ tịch UBND huyện Thác Vọng)", italic=True, center=True)
    p("I. YÊU CẦU", bold=True)
    for m in [
        "Kiểm tra đúng thẩm quyền, đúng đối tượng; không gây phiền hà cho tiểu thương;",
        "Mỗi chợ kiểm tra tối thiểu 30% số cân đang sử dụng; riêng chợ trung tâm huyện kiểm tra 100% số cân;",
        "Thông báo lịch kiểm tra cho Ban Quản lý chợ trước 03 ngày; kiểm tra đột xuất không quá 02 lần/chợ.",
    ]:
        p(m, style="List Bullet")
    p("II. PHÂN CÔNG NHIỆM VỤ", bold=True)
    t = d.add_table(rows=len(SH03_TABLE), cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(SH03_TABLE):
        for j, cell in enumerate(row):
            t.cell(i, j).text = nfc(cell)
            if i == 0:
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    p("III. TỔ CHỨC THỰC HIỆN", bold=True)
    for m in [
        "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh cử kiểm định viên và cho mượn 02 bộ quả cân chuẩn phục vụ kiểm tra nhanh tại chợ;",
        "Ban Quản lý chợ trung tâm huyện và UBND các xã có chợ bố trí cán bộ đi cùng Đoàn, cung cấp danh sách tiểu thương và cân đang sử dụng;",
        "Các phòng, ban, ngành, đoàn thể huyện theo chức năng, nhiệm vụ phối hợp tuyên truyền để tiểu thương tự giác chấp hành.",
    ]:
        p(m, style="List Bullet")
    p("Đầu mối liên hệ: ông Lò Văn Tươi, thư ký Đoàn kiểm tra, điện thoại 0388 215 647.")
    d.save(path)


# ---------------------------------------------------------------- sh04 (.pdf)
SH04_HEAD = [
    ("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH THƯỢNG NGÀN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 46/BC-TĐC", "Thượng Ngàn, ngày 30 tháng 6 năm 2026"),
]
SH04_PARAS_1 = [
    ("T", "BÁO CÁO"),
    ("T", "Kết quả kiểm tra về đo lường, chất lượng hàng hóa tại chợ và tiến độ kiểm định phương tiện đo 6 tháng đầu năm 2026"),
    ("C", "Kính gửi: Sở Khoa học và Công nghệ tỉnh Thượng Ngàn."),
    ("P", "Thực hiện Kế hoạch số 112/KH-SKHCN ngày 05/3/2026 của Sở Khoa học và Công nghệ về kiểm định, hiệu chuẩn cân tại các chợ và đồng hồ đo nước lạnh năm 2026, Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo kết quả thực hiện 6 tháng đầu năm 2026 như sau:"),
    ("H", "I. CÔNG TÁC TRIỂN KHAI"),
    ("P", "Ngay sau khi Kế hoạch ban hành, Chi cục thống nhất lịch kiểm định chi tiết với UBND 06 huyện, thành phố vào ngày 20/3/2026. Trong 6 tháng đầu năm, 04 huyện, thành phố gồm Đồng Lư, Phìn Lũng, Nà Tấu và Thác Vọng thành lập đoàn kiểm tra liên ngành về đo lường tại chợ; riêng huyện Thác Vọng thành lập Đoàn theo Quyết định số 1475/QĐ-UBND ngày 02/4/2026 với 07 thành viên. Chi cục cử 09 lượt công chức và kiểm định viên tham gia các đoàn kiểm tra cấp huyện."),
    ("P", "Công tác tuyên truyền: phát sóng 04 kỳ phóng sự \"Cân đúng – bán thật\" trên Đài Phát thanh và Truyền hình tỉnh; phát 3.200 tờ rơi song ngữ Việt – Mông tại 31 chợ."),
    ("H", "II. KẾT QUẢ THỰC HIỆN"),
    ("H", "1. Kiểm tra đo lường đối với cân tại chợ"),
    ("P", "Từ ngày 01/01/2026 đến ngày 25/6/2026, các đoàn kiểm tra kiểm tra 40 chợ trên địa bàn 05 huyện, thành phố với tổng số 2.507 cân; phát hiện 177 cân không đạt yêu cầu, chiếm 7,06%; xử phạt vi phạm hành chính 59 cơ sở, hộ kinh doanh với tổng số tiền 136.000.000 đồng. Kết quả chi tiết theo địa bàn như sau:"),
]
SH04_TABLE = [
    ["TT", "Địa bàn", "Chợ kiểm tra", "Cân kiểm tra", "Cân không đạt", "Cơ sở bị phạt", "Tiền phạt (đồng)"],
    ["1", "Thành phố Đồng Lư", "14", "1.126", "58", "21", "52.500.000"],
    ["2", "Huyện Phìn Lũng", "7", "412", "37", "12", "27.000.000"],
    ["3", "Huyện Nà Tấu", "6", "305", "29", "9", "19.500.000"],
    ["4", "Huyện Thác Vọng", "10", "538", "44", "15", "33.000.000"],
    ["5", "Huyện Chiềng Khương", "3", "126", "9", "2", "4.000.000"],
    ["6", "Huyện Keo Lửa", "0", "0", "0", "0", "0"],
    ["", "Tổng cộng", "40", "2.507", "177", "59", "136.000.000"],
]
SH04_PARAS_2 = [
    ("P", "Phân loại vi phạm: 112 cân có sai số vượt quá giới hạn cho phép; 51 cân không có tem kiểm định hoặc tem hết hiệu lực; 14 cân có dấu hiệu can thiệp làm sai lệch cơ cấu đo. Trường hợp bị phạt cao nhất là một hộ kinh doanh thủy sản tại chợ Đồng Lư với mức phạt 7.500.000 đồng do sử dụng cân điện tử bị can thiệp phần mềm hiển thị."),
    ("P", "Huyện Keo Lửa chưa tổ chức kiểm tra do chưa thành lập đoàn kiểm tra liên ngành."),
    ("H", "2. Kiểm định phương tiện đo theo Kế hoạch số 112/KH-SKHCN"),
    ("P", "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng hoàn thành kiểm định tại 04 địa bàn đúng lịch. Tổng số cân kiểm định là 3.457 chiếc (Đồng Lư 1.342; Phìn Lũng 806; Nà Tấu 568; Thác Vọng 741), bằng 72,0% chỉ tiêu năm; tổng số đồng hồ đo nước lạnh kiểm định là 9.630 chiếc (Đồng Lư 5.870; Phìn Lũng 1.210; Nà Tấu 860; Thác Vọng 1.690), bằng 77,0% chỉ tiêu năm. Có 312 đồng hồ nước không đạt, Công ty Cổ phần Cấp nước Thượng Ngàn thay thế xong trong thời hạn quy định."),
    ("P", "Số chợ có cân đối chứng: 38/62 chợ; trong đó 100% chợ hạng 1, hạng 2 có cân đối chứng."),
    ("H", "3. Kiểm tra nhãn hàng hóa và tem truy xuất nguồn gốc"),
    ("P", "Các đoàn kiểm tra 186 lô hàng nông sản, thực phẩm bao gói sẵn; 23 lô vi phạm về ghi nhãn. Tại huyện Phìn Lũng, phát hiện 04 trường hợp sử dụng tem truy xuất nguồn gốc mã QR không đúng thông tin sản phẩm, Chi cục chuyển hồ sơ cho Đội Quản lý thị trường số 4 xử lý theo thẩm quyền."),
    ("H", "III. TỒN TẠI, HẠN CHẾ"),
    ("P", "- Huyện Keo Lửa chưa thành lập đoàn kiểm tra liên ngành; tỷ lệ cân không đạt tại huyện Phìn Lũng (8,98%) và Nà Tấu (9,51%) cao hơn mức bình quân chung."),
    ("P", "- Một số Ban Quản lý chợ chưa lập sổ theo dõi cân sử dụng tại chợ; nhiều tiểu thương vẫn mua cân trôi nổi không rõ nguồn gốc."),
    ("P", "- Trung tâm Kỹ thuật chỉ có 05 kiểm định viên lĩnh vực khối lượng, chưa đáp ứng yêu cầu kiểm định lưu động đồng thời ở nhiều địa bàn."),
    ("H", "IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM VÀ KIẾN NGHỊ"),
    ("P", "1. Hoàn thành kiểm định tại huyện Chiềng Khương (06/7 – 17/7/2026) và huyện Keo Lửa (03/8 – 14/8/2026); tổ chức kiểm tra sau kiểm định tối thiểu 20% số chợ."),
    ("P", "2. Đề nghị Sở Khoa học và Công nghệ trình UBND tỉnh bổ sung 120.000.000 đồng để mua sắm 02 bộ quả cân chuẩn cấp chính xác M1 và thiết bị kiểm tra nhanh phục vụ kiểm tra tại chợ."),
    ("P", "3. Đề nghị UBND huyện Keo Lửa thành lập đoàn kiểm tra liên ngành trước ngày 31/7/2026."),
    ("P", "4. Đề nghị Cục Quản lý thị trường tỉnh tăng cường kiểm tra nguồn cung cấp cân không rõ nguồn gốc tại các cửa hàng kinh doanh thiết bị."),
    ("P", "Chi cục Tiêu chuẩn Đo lường Chất lượng kính báo cáo Sở Khoa học và Công nghệ xem xét, cho ý kiến./."),
]
SH04_SIGN = ["CHI CỤC TRƯỞNG", "(Đã ký)", "Đặng Minh Thư"]
SH04_NOINHAN = ["Nơi nhận:", "- Như trên;", "- Giám đốc, các PGĐ Sở;", "- UBND các huyện, thành phố;", "- Trung tâm Kỹ thuật TĐC;", "- Lưu: VT, QLĐL."]


def build_sh04(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    for left, right in SH04_HEAD:
        pdf.set_font("DejaVu", "B" if not left.startswith("Số") else "", 8.5)
        pdf.cell(W * 0.5, 5.5, nfc(left))
        pdf.set_font("DejaVu", "B" if not right.startswith("Thượng") else "", 8.5)
        pdf.cell(W * 0.5, 5.5, nfc(right), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    def paras(items):
        for kind, text in items:
            text = nfc(text)
            if kind == "T":
                pdf.set_font("DejaVu", "B", 12)
                pdf.multi_cell(W, 6.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "C":
                pdf.ln(2)
                pdf.set_font("DejaVu", "", 11)
                pdf.multi_cell(W, 6.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "H":
                pdf.set_font("DejaVu", "B", 11)
                pdf.multi_cell(W, 6.5, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DejaVu", "", 11)
                pdf.multi_cell(W, 6.5, text, align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)

    paras(SH04_PARAS_1)
    widths = (9, 40, 19, 20, 20, 20, 26)
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=widths, text_align=("CENTER", "LEFT", "CENTER", "CENTER", "CENTER", "CENTER", "RIGHT"),
                   line_height=5.5, first_row_as_headings=True) as table:
        for row in SH04_TABLE:
            r = table.row()
            for c in row:
                r.cell(nfc(c))
    pdf.ln(3)
    paras(SH04_PARAS_2)
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 11)
    for s in SH04_SIGN:
        pdf.set_font("DejaVu", "B" if s != "(Đã ký)" else "", 11)
        pdf.cell(W * 0.5)
        pdf.cell(W * 0.5, 6.5, nfc(s), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for s in SH04_NOINHAN:
        pdf.set_font("DejaVu", "B" if s == "Nơi nhận:" else "", 9)
        pdf.cell(W, 5, nfc(s), new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------- sh05 (.txt, Markdown table)
SH05 = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH THƯỢNG NGÀN
TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 27/TB-TTKT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Thượng Ngàn, ngày 20 tháng 4 năm 2026

THÔNG BÁO
Mở lớp tập huấn xây dựng, áp dụng, duy trì hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 cho UBND cấp xã năm 2026

Căn cứ Quyết định số 388/QĐ-UBND ngày 11/02/2026 của UBND tỉnh Thượng Ngàn phê duyệt Kế hoạch duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại các cơ quan hành chính nhà nước tỉnh năm 2026; theo đề nghị của Sở Khoa học và Công nghệ, Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng (sau đây gọi là Trung tâm) thông báo mở lớp tập huấn như sau:

1. Mục đích
Giúp công chức cấp xã nắm vững yêu cầu của tiêu chuẩn, tự xây dựng, cập nhật bộ quy trình và tổ chức đánh giá nội bộ tại đơn vị; bảo đảm các xã, phường, thị trấn hoàn thành công bố hệ thống quản lý chất lượng trước ngày 30/9/2026 theo Quyết định số 388/QĐ-UBND. Sau khóa học, mỗi đơn vị có tối thiểu 01 công chức đủ năng lực làm đầu mối duy trì hệ thống.

2. Đối tượng
Công chức Văn phòng - Thống kê và công chức được giao làm đầu mối ISO của UBND các xã, phường, thị trấn trên địa bàn tỉnh. Mỗi đơn vị cử tối đa 02 người. Ưu tiên 34 xã lần đầu công bố hệ thống quản lý chất lượng trong năm 2026.

3. Nội dung tập huấn
- Yêu cầu của TCVN ISO 9001:2015 và mô hình khung hệ thống quản lý chất lượng cho cơ quan hành chính cấp xã;
- Xây dựng, chuẩn hóa quy trình giải quyết thủ tục hành chính gắn với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh;
- Kiểm soát thông tin dạng văn bản, rủi ro và cơ hội; đo lường sự hài lòng của người dân, tổ chức;
- Kỹ năng đánh giá nội bộ, xử lý sự không phù hợp và hành động khắc phục;
- Thực hành trên phần mềm ISO điện tử dùng chung của tỉnh.

4. Thời gian, địa điểm
Tập huấn tổ chức thành 02 lớp, mỗi lớp 03 ngày, tối đa 60 học viên/lớp:

| Lớp | Thời gian | Địa điểm | Đơn vị tham dự |
|---|---|---|---|
| Lớp 1 | Từ 12/5 đến 14/5/2026 | Hội trường tầng 3, Trung tâm Kỹ thuật, số 18 đường Kim Đồng, thành phố Đồng Lư | Các xã, phường, thị trấn thuộc thành phố Đồng Lư, huyện Nà Tấu, huyện Thác Vọng |
| Lớp 2 | Từ 26/5 đến 28/5/2026 | Hội trường UBND huyện Chiềng Khương | Các xã, thị trấn thuộc huyện Phìn Lũng, huyện Chiềng Khương, huyện Keo Lửa |

Giờ học: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ. Khai giảng Lớp 1 vào 7 giờ 30 ngày 12/5/2026; học viên có mặt trước 15 phút để làm thủ tục nhập học.

5. Kinh phí
Học phí: 1.200.000 đồng/học viên/khóa, bao gồm tài liệu, văn phòng phẩm và giấy chứng nhận. Sở Khoa học và Công nghệ hỗ trợ 50% học phí cho học viên thuộc 34 xã ưu tiên; học viên các xã này nộp 600.000 đồng/người. Chi phí đi lại, ăn, ở do cơ quan cử học viên chi trả theo quy định.
Học phí nộp bằng chuyển khoản vào tài khoản số 1150 2468 0013 của Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tại Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh Thượng Ngàn, ghi rõ "Học phí ISO – tên xã", hoặc nộp trực tiếp tại lớp vào ngày khai giảng.

6. Chứng nhận
Học viên tham dự tối thiểu 90% thời lượng và làm bài kiểm tra cuối khóa đạt yêu cầu được cấp Giấy chứng nhận "Đánh giá viên nội bộ hệ thống quản lý chất lượng TCVN ISO 9001:2015". Học viên vắng quá thời lượng cho phép chỉ được cấp giấy xác nhận tham dự.

7. Đăng ký
Các đơn vị gửi Phiếu đăng ký (theo mẫu gửi kèm) về Trung tâm trước ngày 05/5/2026 bằng một trong hai cách: qua e-mail daotao.ttkt@thuongngan.gov.vn hoặc qua Hệ thống quản lý văn bản và điều hành của tỉnh. Sau ngày 05/5/2026, Trung tâm chỉ nhận bổ sung khi lớp còn chỗ.
Liên hệ: bà Nguyễn Thị Lan Phương, Phòng Đào tạo - Tư vấn, điện thoại 0214.3856.209, di động 0912 604 338.

8. Đề nghị phối hợp
- Đề nghị UBND các huyện, thành phố thông báo đến UBND cấp xã trên địa bàn và giao Phòng Nội vụ theo dõi việc cử công chức tham dự.
- UBND các xã, phường, thị trấn có trách nhiệm cử đúng thành phần; học viên mang theo máy tính xách tay và bộ quy trình ISO hiện hành của đơn vị.
- UBND huyện Chiềng Khương hỗ trợ bố trí hội trường, máy chiếu và âm thanh cho Lớp 2.

Trung tâm trân trọng thông báo./.

GIÁM ĐỐC
(Đã ký)
Vi Thị Hồng Nhung

Nơi nhận:
- Sở KH&CN (b/c);
- UBND các huyện, thành phố;
- UBND các xã, phường, thị trấn;
- Chi cục TĐC;
- Lưu: VT, ĐTTV.
"""

FILES = {
    "sh01": "sh01_kehoach_kiemdinh.md",
    "sh02": "sh02_congvan_temqr.txt",
    "sh03": "sh03_quyetdinh_doankt.docx",
    "sh04": "sh04_baocao_ketqua.pdf",
    "sh05": "sh05_thongbao_iso.txt",
}


def main():
    os.makedirs(CORPUS, exist_ok=True)
    with open(os.path.join(CORPUS, FILES["sh01"]), "w", encoding="utf-8") as f:
        f.write(nfc(SH01))
    with open(os.path.join(CORPUS, FILES["sh02"]), "w", encoding="utf-8") as f:
        f.write(nfc(build_sh02()))
    build_sh03(os.path.join(CORPUS, FILES["sh03"]))
    build_sh04(os.path.join(CORPUS, FILES["sh04"]))
    with open(os.path.join(CORPUS, FILES["sh05"]), "w", encoding="utf-8") as f:
        f.write(nfc(SH05))
    print("corpus built:", ", ".join(FILES.values()))
    import build_qa
    build_qa.main()


if __name__ == "__main__":
    main()
