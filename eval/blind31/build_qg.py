#!/usr/bin/env python3
"""Build the blind31 corpus (qg01..qg05) from text held in this script.

Run with: /work/main/.venv/bin/python /work/main/eval/blind31/build_qg.py
qg01 is hard-wrapped at ~72 characters; qg05 is a .docx made with python-docx
using Word list numbering (styles "List Number" / "List Bullet").
All content is invented (tỉnh Bình Sơn Tây is fictitious).
"""
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")

QG01_NAME = "qg01_kh86_ubnd_thach_ban_ngay_sach_van_hoa_doc_2026.txt"
QG02_NAME = "qg02_tb57_sgddt_ket_luan_thi_lop10_2026.md"
QG03_NAME = "qg03_bc15_hoi_cuu_giao_chuc_khuyen_hoc_2025.md"
QG04_NAME = "qg04_qd745_ubnd_tinh_bang_khen_binh_dan_hoc_vu_so.md"
QG05_NAME = "qg05_cv214_btg_huyen_uy_thach_ban_du_luan_xa_hoi.docx"

QG01 = """\
ỦY BAN NHÂN DÂN HUYỆN THẠCH BÀN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 86/KH-UBND
Thạch Bàn, ngày 18 tháng 3 năm 2026

KẾ HOẠCH
Tổ chức Ngày Sách và Văn hóa đọc Việt Nam lần thứ 5 năm 2026 trên địa bàn huyện Thạch Bàn

Căn cứ Quyết định số 1862/QĐ-TTg ngày 04/11/2021 của Thủ tướng Chính phủ phê duyệt Đề án "Phát triển văn hóa đọc trong cộng đồng giai đoạn 2021-2025, định hướng đến năm 2030"; Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Kế hoạch số 41/KH-UBND ngày 05/3/2026 của Ủy ban nhân dân tỉnh Bình Sơn Tây về tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2026, Ủy ban nhân dân huyện Thạch Bàn ban hành Kế hoạch tổ chức Ngày Sách và Văn hóa đọc Việt Nam lần thứ 5 năm 2026 trên địa bàn huyện như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

a) Nâng cao nhận thức của cán bộ, đảng viên, học sinh và Nhân dân về vai trò của sách và việc đọc sách trong đời sống; khơi dậy phong trào đọc sách trong gia đình, nhà trường và thôn, bản, góp phần xây dựng xã hội học tập ở cơ sở.

b) Gắn hoạt động phát triển văn hóa đọc với chuyển đổi số, từng bước đưa tài nguyên thư viện số đến các xã vùng cao, vùng biên giới của huyện.

2. Yêu cầu

a) Các hoạt động được tổ chức thiết thực, tiết kiệm, phù hợp với điều kiện của từng xã, thị trấn; không phô trương, hình thức.

b) Phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời hạn hoàn thành đối với từng nhiệm vụ; lồng ghép với các hoạt động kỷ niệm ngày 30/4 và ngày 01/5.

II. THỜI GIAN, ĐỊA ĐIỂM

1. Thời gian cao điểm: từ ngày 15/4/2026 đến hết ngày 05/5/2026.

2. Lễ phát động cấp huyện: bắt đầu lúc 07 giờ 30 phút ngày 21/4/2026 tại Nhà Văn hóa trung tâm huyện (khu 3, thị trấn Thạch Bàn), kết hợp khai mạc Hội sách huyện.

III. NỘI DUNG HOẠT ĐỘNG

1. Lễ phát động và Hội sách huyện: tổ chức trong 03 ngày, từ ngày 21/4/2026 đến ngày 23/4/2026; trưng bày, giới thiệu khoảng 6.000 bản sách, trong đó có gian sách về khoa học, công nghệ, nông nghiệp số và gian sách tiếng dân tộc Tày, Dao, Mông.

2. Cuộc thi "Đại sứ Văn hóa đọc" cấp huyện dành cho học sinh trung học cơ sở: vòng sơ khảo tổ chức tại các trường, hoàn thành trước ngày 10/4/2026; vòng chung khảo tổ chức ngày 23/4/2026 tại Hội sách huyện. Chỉ tiêu có ít nhất 1.200 học sinh tham gia; chọn 03 bài dự thi xuất sắc nhất gửi tham dự cấp tỉnh.

3. Chuyển đổi số trong hoạt động thư viện: số hóa ít nhất 2.500 trang tài liệu địa chí của huyện; gắn mã QR giới thiệu sách tại 100% điểm trưng bày; phấn đấu 100% thư viện trường học trên địa bàn được cấp tài khoản truy cập Thư viện số tỉnh Bình Sơn Tây trong năm 2026.

4. Luân chuyển sách về cơ sở: bổ sung 12 tủ sách cộng đồng và luân chuyển khoảng 1.800 bản sách đến các xã, thị trấn, ưu tiên điểm trường bán trú và nhà văn hóa thôn, bản.

IV. KINH PHÍ

1. Tổng kinh phí thực hiện Kế hoạch là 186.500.000 đồng (Một trăm tám mươi sáu triệu, năm trăm nghìn đồng), từ nguồn ngân sách huyện năm 2026 đã giao tại Quyết định số 2240/QĐ-UBND ngày 20/12/2025 của Ủy ban nhân dân huyện. Chi tiết như sau:

| TT | Nội dung                                  | Kinh phí (đồng) |
|----|-------------------------------------------|-----------------|
| 1  | Lễ phát động, Hội sách huyện              | 62.000.000      |
| 2  | Cuộc thi "Đại sứ Văn hóa đọc"             | 38.500.000      |
| 3  | Số hóa tài liệu địa chí, gắn mã QR        | 45.000.000      |
| 4  | Mua sách bổ sung 12 tủ sách cộng đồng     | 31.000.000      |
| 5  | Tuyên truyền, kiểm tra, sơ kết            | 10.000.000      |
|    | Tổng cộng                                 | 186.500.000     |

2. Ngoài nguồn ngân sách, vận động xã hội hóa tối thiểu 40.000.000 đồng để trao thưởng Cuộc thi và tặng sách cho học sinh có hoàn cảnh khó khăn.

V. TỔ CHỨC THỰC HIỆN

1. Phòng Văn hóa và Thông tin huyện chủ trì, tham mưu Ủy ban nhân dân huyện tổ chức Lễ phát động; hướng dẫn, đôn đốc các xã, thị trấn triển khai Kế hoạch; tổng hợp báo cáo kết quả gửi Ủy ban nhân dân huyện và Sở Văn hóa, Thể thao và Du lịch trước ngày 15/5/2026.

2. Phòng Giáo dục và Đào tạo huyện chủ trì tổ chức Cuộc thi "Đại sứ Văn hóa đọc", phối hợp với Huyện đoàn Thạch Bàn xây dựng thể lệ, ban hành trước ngày 25/3/2026; chỉ đạo các trường trung học cơ sở hoàn thành cấp tài khoản Thư viện số tỉnh cho thư viện trường trước ngày 30/4/2026.

3. Trung tâm Văn hóa, Thông tin và Thể thao huyện chủ trì tổ chức Hội sách huyện; thực hiện số hóa tài liệu địa chí và gắn mã QR, hoàn thành trước ngày 30/4/2026; phối hợp với Phòng Văn hóa và Thông tin tiếp nhận, luân chuyển sách về các xã, thị trấn.

4. Phòng Tài chính - Kế hoạch huyện thẩm định, trình cấp kinh phí thực hiện Kế hoạch trước ngày 10/4/2026; hướng dẫn các đơn vị thanh, quyết toán theo quy định.

5. Huyện đoàn Thạch Bàn phối hợp thành lập 05 đội "Thanh niên tình nguyện vì văn hóa đọc" hỗ trợ đọc sách cho học sinh bán trú tại các xã vùng cao.

6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện tuyên truyền, vận động hội viên, đoàn viên và Nhân dân hưởng ứng; tham gia vận động nguồn xã hội hóa.

7. Ủy ban nhân dân các xã, thị trấn

a) Thị trấn Thạch Bàn: tổ chức "Ngày hội đọc sách gia đình" vào ngày 26/4/2026 tại Quảng trường khu 3; tiếp nhận, quản lý 03 tủ sách cộng đồng.

b) Xã Nà Khuông: xây dựng mô hình "Thư viện thân thiện" tại điểm bưu điện văn hóa xã; tiếp nhận 02 tủ sách cộng đồng.

c) Xã Pác Ngà: phối hợp với Đồn Biên phòng Pác Ngà tổ chức đọc sách cho học sinh bán trú; tiếp nhận 02 tủ sách cộng đồng.

d) Xã Đồng Mận: tổ chức tọa đàm "Sách với nhà nông" vào ngày 28/4/2026 tại Nhà văn hóa xã; tiếp nhận 02 tủ sách cộng đồng.

đ) Xã Phiêng Lồm: phát động "Mỗi đoàn viên giới thiệu một cuốn sách hay" trên trang thông tin điện tử của xã; tiếp nhận 02 tủ sách cộng đồng.

e) Xã Tả Chải: tổ chức kể chuyện theo sách bằng tiếng Mông cho thiếu nhi tại thôn Nặm Cọ; tiếp nhận 01 tủ sách cộng đồng.

Ủy ban nhân dân các xã, thị trấn báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin huyện trước ngày 08/5/2026 để tổng hợp.

Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Ủy ban nhân dân huyện (qua Phòng Văn hóa và Thông tin, điện thoại 0207 3868 215) để được hướng dẫn.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Hoàng Thị Mai Phương

Nơi nhận:
- Sở Văn hóa, Thể thao và Du lịch tỉnh (b/c);
- Thường trực Huyện ủy (b/c);
- Thường trực HĐND huyện (b/c);
- Chủ tịch, các PCT UBND huyện;
- Các cơ quan, đơn vị có tên tại Mục V;
- UBND các xã, thị trấn;
- Lưu: VT, VHTT.
"""

QG02 = """\
| ỦY BAN NHÂN DÂN TỈNH BÌNH SƠN TÂY | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|---|---|
| **SỞ GIÁO DỤC VÀ ĐÀO TẠO** | **Độc lập - Tự do - Hạnh phúc** |
| Số: 57/TB-SGDĐT | Tuy Lộc, ngày 12 tháng 3 năm 2026 |

# THÔNG BÁO

## Kết luận của Giám đốc Sở Giáo dục và Đào tạo tại cuộc họp về công tác chuẩn bị Kỳ thi tuyển sinh vào lớp 10 trung học phổ thông năm học 2026-2027

Chiều ngày 10/3/2026, tại Phòng họp số 2, Sở Giáo dục và Đào tạo, đồng chí Lê Minh Quang, Giám đốc Sở chủ trì cuộc họp về công tác chuẩn bị Kỳ thi tuyển sinh vào lớp 10 trung học phổ thông năm học 2026-2027. Tham dự cuộc họp có đồng chí Hà Văn Tĩnh, Phó Giám đốc Sở; Trưởng các phòng: Quản lý chất lượng, Giáo dục trung học, Kế hoạch - Tài chính; Chánh Văn phòng Sở; Trưởng Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố; Hiệu trưởng Trường THPT chuyên Bình Sơn Tây và Hiệu trưởng Trường Phổ thông Dân tộc nội trú tỉnh.

Sau khi nghe Phòng Quản lý chất lượng báo cáo tình hình chuẩn bị và ý kiến của các đại biểu dự họp, Giám đốc Sở kết luận như sau:

### I. TÌNH HÌNH CHUẨN BỊ

1. Năm học 2025-2026, toàn tỉnh có 21.460 học sinh lớp 9; dự kiến có 16.870 học sinh đăng ký dự thi vào lớp 10 công lập, chiếm 78,6%. Chỉ tiêu tuyển sinh lớp 10 công lập năm học 2026-2027 là 13.950 học sinh theo Quyết định số 312/QĐ-UBND ngày 20/02/2026 của Ủy ban nhân dân tỉnh; số còn lại được phân luồng vào các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên và các cơ sở giáo dục nghề nghiệp.

2. Theo từng địa phương: thành phố Tuy Lộc có 5.120 học sinh lớp 9, tỷ lệ đăng ký dự thi cao nhất tỉnh, đạt 91,4%; thị xã Cát Mộc có 3.410 học sinh, đạt 80,1%; huyện Khe Trúc có 3.046 học sinh, đạt 74,8%; huyện Ngàn Phố có 2.870 học sinh, đạt 76,5%; huyện Đồi Mây có 2.714 học sinh, đạt 72,9%; huyện Thạch Bàn có 2.315 học sinh, đạt 70,2%; huyện Suối Lau có 1.985 học sinh, tỷ lệ thấp nhất tỉnh, chỉ đạt 63,7%.

3. Kết quả khảo sát chất lượng học kỳ I lớp 9 cho thấy điểm trung bình môn Toán toàn tỉnh là 4,92; có 03 huyện dưới 4,5 điểm là Suối Lau (4,08), Thạch Bàn (4,31) và Đồi Mây (4,46). Môn Ngữ văn đạt 5,87 và môn Tiếng Anh đạt 4,65.

4. Kỳ thi năm nay tổ chức theo Thông tư số 30/2024/TT-BGDĐT của Bộ Giáo dục và Đào tạo, thi 03 môn Toán, Ngữ văn, Tiếng Anh vào ngày 02 và 03/6/2026; thi môn chuyên vào ngày 04/6/2026. Toàn tỉnh dự kiến bố trí 38 điểm thi. Lần đầu tiên 100% thí sinh đăng ký dự thi trực tuyến trên hệ thống tuyển sinh của Sở.

### II. NHIỆM VỤ TRỌNG TÂM

1. **Phòng Quản lý chất lượng** chủ trì xây dựng phương án tổ chức Kỳ thi, trình Giám đốc Sở trước ngày 31/3/2026; chủ trì tập huấn phần mềm đăng ký dự thi trực tuyến cho 100% trường trung học cơ sở, hoàn thành trước ngày 15/4/2026; tham mưu thành lập Hội đồng ra đề thi trước ngày 05/5/2026.

2. **Phòng Giáo dục trung học** chủ trì hướng dẫn ôn tập cho học sinh lớp 9; đăng tải bộ đề ôn tập tham khảo 03 môn thi trên Cổng thông tin điện tử của Sở trước ngày 25/3/2026; chủ trì tổ chức 02 đợt thi thử cấp tỉnh vào ngày 18/4/2026 và ngày 16/5/2026.

3. **Phòng Kế hoạch - Tài chính** phối hợp với Phòng Quản lý chất lượng lập dự toán kinh phí tổ chức Kỳ thi, trình Giám đốc Sở trước ngày 10/4/2026; tổng kinh phí dự kiến khoảng 4,2 tỷ đồng.

4. **Văn phòng Sở** phối hợp với Công an tỉnh xây dựng phương án bảo đảm an ninh, an toàn, bảo mật đề thi; tổng hợp tình hình chuẩn bị Kỳ thi, báo cáo Giám đốc Sở vào thứ Sáu hằng tuần.

5. **Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố** chỉ đạo các trường trung học cơ sở rà soát, hoàn thành việc đăng ký dự thi trực tuyến cho học sinh trước ngày 20/4/2026. Riêng các huyện Suối Lau, Thạch Bàn và Đồi Mây xây dựng kế hoạch phụ đạo môn Toán, gửi về Sở (qua Phòng Giáo dục trung học) trước ngày 30/3/2026.

6. **Trường THPT chuyên Bình Sơn Tây** công khai chỉ tiêu tuyển 315 học sinh vào 09 lớp chuyên; tổ chức Ngày hội tư vấn tuyển sinh vào ngày 05/4/2026.

7. **Trường Phổ thông Dân tộc nội trú tỉnh** tuyển 140 học sinh theo phương thức xét tuyển kết hợp với thi tuyển; hoàn thành tiếp nhận hồ sơ trước ngày 15/5/2026.

8. Ghi nhận đề xuất tại Báo cáo số 15/BC-HCGC ngày 28/11/2025 của Hội Cựu giáo chức tỉnh, giao Phòng Giáo dục trung học phối hợp với Hội Cựu giáo chức tỉnh mở các lớp phụ đạo miễn phí cho học sinh lớp 9 tại các huyện Suối Lau và Thạch Bàn từ tháng 4/2026.

### III. MỘT SỐ LƯU Ý

Giám đốc Sở yêu cầu các đơn vị tuyệt đối không để học sinh thuộc diện khó khăn bỏ thi vì lý do kinh tế; các trường chủ động liên hệ chính quyền địa phương, Hội Khuyến học để hỗ trợ. Các điểm thi tại vùng sâu, vùng xa phải chuẩn bị phương án chỗ ở cho thí sinh ở xa trên 15 km.

Văn phòng Sở thông báo để các đơn vị biết, thực hiện./.

---

**Nơi nhận:**
- UBND tỉnh (b/c);
- Giám đốc, các Phó Giám đốc Sở;
- Các phòng thuộc Sở;
- Phòng GD&ĐT các huyện, thị xã, thành phố;
- Trường THPT chuyên Bình Sơn Tây, Trường PTDTNT tỉnh;
- Hội Cựu giáo chức tỉnh;
- Lưu: VT, QLCL.

**TL. GIÁM ĐỐC**
**CHÁNH VĂN PHÒNG**

*(Đã ký)*

**Đinh Thị Hồng Nhung**
"""

QG03 = """\
| TỈNH HỘI KHUYẾN HỌC BÌNH SƠN TÂY | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|---|---|
| **HỘI CỰU GIÁO CHỨC TỈNH** | **Độc lập - Tự do - Hạnh phúc** |
| Số: 15/BC-HCGC | Tuy Lộc, ngày 28 tháng 11 năm 2025 |

# BÁO CÁO

## Kết quả hội viên Hội Cựu giáo chức tham gia công tác khuyến học, khuyến tài năm 2025 và phương hướng năm 2026

Thực hiện Chỉ thị số 11-CT/TW ngày 13/4/2007 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập; Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 11-CT/TW; Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án "Xây dựng xã hội học tập giai đoạn 2021-2030" và Kế hoạch số 22/KH-HKH ngày 10/01/2025 của Tỉnh Hội Khuyến học, Hội Cựu giáo chức tỉnh Bình Sơn Tây báo cáo kết quả năm 2025 như sau:

### I. TÌNH HÌNH TỔ CHỨC HỘI

Đến ngày 31/10/2025, Hội có 07 hội cựu giáo chức cấp huyện, 84 chi hội cơ sở với tổng số 6.215 hội viên, trong đó hội viên nữ là 4.102 người (chiếm 66,0%), hội viên trên 75 tuổi là 1.208 người. Trong năm 2025 kết nạp mới 312 hội viên, chủ yếu là nhà giáo mới nghỉ hưu. Có 1.146 hội viên đang tham gia Ban Chấp hành hội khuyến học các cấp, trong đó 59 đồng chí là Chủ tịch hội khuyến học cấp xã.

### II. KẾT QUẢ THAM GIA CÔNG TÁC KHUYẾN HỌC

**1. Công tác tuyên truyền**

Các cấp hội phối hợp với hội khuyến học và nhà trường tổ chức 236 buổi nói chuyện về truyền thống hiếu học, thu hút hơn 18.000 lượt người tham dự. Hội duy trì chuyên mục "Thầy cũ, trò xưa" trên trang thông tin điện tử của Tỉnh Hội Khuyến học, đăng 48 bài viết trong năm.

**2. Vận động xây dựng quỹ khuyến học**

Năm 2025, các cấp hội vận động được tổng số 3.465.000.000 đồng (Ba tỷ, bốn trăm sáu mươi lăm triệu đồng), tăng 12,4% so với năm 2024. Trong đó, hội viên trực tiếp đóng góp 586 triệu đồng; doanh nghiệp, nhà hảo tâm và con em quê hương xa quê đóng góp 2.879 triệu đồng. Quỹ "Nâng bước đến trường" do Hội trực tiếp quản lý có số dư đến ngày 31/10/2025 là 1,27 tỷ đồng.

**3. Trao học bổng**

Trong năm, các cấp hội trao 1.934 suất học bổng với tổng giá trị 2.899 triệu đồng cho học sinh, sinh viên có hoàn cảnh khó khăn, vượt khó học giỏi. Kết quả theo từng địa phương như sau:

| TT | Đơn vị | Số hội viên | Số suất học bổng | Số tiền (triệu đồng) |
|---|---|---|---|---|
| 1 | Thành phố Tuy Lộc | 1.640 | 420 | 756 |
| 2 | Huyện Thạch Bàn | 735 | 285 | 399 |
| 3 | Huyện Khe Trúc | 918 | 310 | 465 |
| 4 | Huyện Ngàn Phố | 862 | 264 | 370 |
| 5 | Huyện Suối Lau | 507 | 198 | 257 |
| 6 | Thị xã Cát Mộc | 851 | 236 | 354 |
| 7 | Huyện Đồi Mây | 702 | 221 | 298 |
| | **Tổng cộng** | **6.215** | **1.934** | **2.899** |

Ngoài ra, Hội phối hợp với Quỹ Khuyến học tỉnh trao 25 suất học bổng "Ươm mầm nhà khoa học trẻ", mỗi suất 5 triệu đồng, cho học sinh đạt giải Cuộc thi khoa học kỹ thuật cấp tỉnh.

**4. Dạy học, phụ đạo miễn phí**

Có 1.146 lượt hội viên tham gia dạy phụ đạo miễn phí cho 8.930 học sinh; tổ chức 54 lớp ôn thi vào lớp 10 cho học sinh các xã khó khăn thuộc huyện Suối Lau và huyện Thạch Bàn. Nhiều hội viên tham gia dạy xóa mù chữ cho 312 người dân tộc thiểu số từ 15 đến 60 tuổi.

**5. Xây dựng gia đình, dòng họ, cộng đồng học tập và văn hóa đọc**

Hội viên tham gia bình xét 2.340 "Gia đình học tập", 186 "Dòng họ học tập" và 97 "Cộng đồng học tập" cấp thôn. Các chi hội quản lý 96 tủ sách khuyến học, tích cực tham gia hoạt động Ngày Sách và Văn hóa đọc Việt Nam tại địa phương.

### III. HẠN CHẾ, NGUYÊN NHÂN

1. Kết quả vận động quỹ giữa các địa phương chưa đồng đều; Hội Cựu giáo chức huyện Suối Lau chỉ vận động được 98 triệu đồng.

2. Kỹ năng số của hội viên còn hạn chế: chỉ khoảng 38% hội viên sử dụng thành thạo điện thoại thông minh; việc quản lý hồ sơ học bổng chủ yếu còn làm thủ công.

3. Kinh phí hoạt động của Hội chủ yếu dựa vào hội phí và nguồn vận động, chưa có hỗ trợ thường xuyên từ ngân sách.

### IV. PHƯƠNG HƯỚNG NĂM 2026

1. Phấn đấu vận động quỹ khuyến học đạt 3,8 tỷ đồng; trao ít nhất 2.100 suất học bổng.

2. Tích cực tham gia phong trào "Bình dân học vụ số"; phấn đấu 60% hội viên có kỹ năng số cơ bản vào cuối năm 2026; thí điểm quản lý hồ sơ học bổng trên phần mềm tại Hội Cựu giáo chức huyện Khe Trúc.

3. Hội Cựu giáo chức các huyện, thị xã, thành phố gửi danh sách đề nghị khen thưởng năm 2025 về Văn phòng Hội trước ngày 15/12/2025.

### V. ĐỀ XUẤT, KIẾN NGHỊ

1. Đề nghị Ủy ban nhân dân tỉnh xem xét hỗ trợ kinh phí hoạt động cho Hội 150 triệu đồng/năm từ năm 2026.

2. Đề nghị Sở Giáo dục và Đào tạo tạo điều kiện để hội viên tham gia phụ đạo học sinh lớp 9 ôn thi vào lớp 10 tại các huyện có kết quả học tập thấp.

3. Đề nghị Tỉnh Hội Khuyến học tặng Bằng khen cho 05 tập thể và 12 cá nhân hội viên có thành tích xuất sắc trong năm 2025.

4. Đề nghị Sở Khoa học và Công nghệ hỗ trợ tập huấn kỹ năng số cho hội viên cao tuổi.

---

**Nơi nhận:**
- Tỉnh Hội Khuyến học (b/c);
- UBND tỉnh (b/c);
- Sở Giáo dục và Đào tạo;
- Hội CGC các huyện, thị xã, thành phố;
- Lưu: VT.

**TM. BAN CHẤP HÀNH**
**CHỦ TỊCH**

**Phạm Văn Lịch**
"""

QG04 = """\
| ỦY BAN NHÂN DÂN TỈNH BÌNH SƠN TÂY | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|---|---|
| | **Độc lập - Tự do - Hạnh phúc** |
| Số: 745/QĐ-UBND | Tuy Lộc, ngày 08 tháng 4 năm 2026 |

# QUYẾT ĐỊNH

## Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào "Bình dân học vụ số" năm 2025

**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH SƠN TÂY**

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;

Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;

Căn cứ Kế hoạch số 128/KH-UBND ngày 12 tháng 5 năm 2025 của Ủy ban nhân dân tỉnh triển khai phong trào "Bình dân học vụ số" trên địa bàn tỉnh;

Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 402/TTr-SNV ngày 01 tháng 4 năm 2026.

**QUYẾT ĐỊNH:**

**Điều 1.** Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 07 tập thể và 10 cá nhân đã có thành tích xuất sắc trong phong trào "Bình dân học vụ số" năm 2025, góp phần phổ cập kỹ năng số cho người dân, thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị trên địa bàn tỉnh, gồm:

**1. Tập thể (07 tập thể)**

| TT | Tập thể | Thành tích chủ yếu |
|---|---|---|
| 1 | Sở Khoa học và Công nghệ | Tham mưu xây dựng nền tảng học kỹ năng số trực tuyến của tỉnh, thu hút 126.000 lượt người học |
| 2 | Trung tâm Công nghệ thông tin và Truyền thông tỉnh | Biên soạn 24 bài giảng điện tử kỹ năng số cơ bản bằng tiếng Việt và tiếng Mông |
| 3 | Ủy ban nhân dân xã Nà Khuông, huyện Thạch Bàn | 96% người trưởng thành có tài khoản định danh điện tử mức độ 2 |
| 4 | Trường THCS Pác Ngà, huyện Thạch Bàn | Tổ chức 30 lớp "Bình dân học vụ số" cho phụ huynh học sinh |
| 5 | Hội Cựu giáo chức huyện Khe Trúc | Mở 42 lớp kỹ năng số cho người cao tuổi |
| 6 | Bưu điện tỉnh Bình Sơn Tây | Hỗ trợ 18.500 người dân cài đặt, sử dụng dịch vụ công trực tuyến |
| 7 | Đoàn Thanh niên xã Phiêng Lồm, huyện Thạch Bàn | Duy trì 12 Tổ công nghệ số cộng đồng hoạt động hiệu quả |

**2. Cá nhân (10 cá nhân)**

| TT | Họ và tên | Chức vụ, đơn vị công tác |
|---|---|---|
| 1 | Ông Nguyễn Đức Hạnh | Phó Giám đốc Sở Khoa học và Công nghệ |
| 2 | Bà Trần Thu Hằng | Chuyên viên Phòng Chuyển đổi số, Sở Khoa học và Công nghệ |
| 3 | Bà Lường Thị Dung | Chủ tịch Ủy ban nhân dân xã Nà Khuông, huyện Thạch Bàn |
| 4 | Ông Vi Văn Khải | Giáo viên Tin học, Trường THCS Pác Ngà, huyện Thạch Bàn |
| 5 | Ông Sầm Văn Lợi | Trưởng thôn Nặm Cọ, xã Tả Chải, huyện Thạch Bàn |
| 6 | Bà Phan Thị Kim Oanh | Phó Chủ tịch Hội Cựu giáo chức huyện Khe Trúc |
| 7 | Ông Đào Quang Vinh | Trưởng phòng Dịch vụ công, Bưu điện tỉnh Bình Sơn Tây |
| 8 | Bà Hứa Thị Ngọc | Bí thư Đoàn Thanh niên xã Phiêng Lồm, huyện Thạch Bàn |
| 9 | Ông Mai Xuân Trường | Phó Hiệu trưởng Trường THPT Ngàn Phố, huyện Ngàn Phố |
| 10 | Bà Quách Thị Lan | Viên chức Trung tâm Văn hóa, Thông tin và Thể thao huyện Suối Lau |

**Điều 2.** Mỗi tập thể được tặng Bằng khen kèm theo tiền thưởng 4.680.000 đồng (bằng 2,0 lần mức lương cơ sở); mỗi cá nhân được tặng Bằng khen kèm theo tiền thưởng 2.340.000 đồng (bằng 1,0 lần mức lương cơ sở). Tổng số tiền thưởng là 56.160.000 đồng (Năm mươi sáu triệu, một trăm sáu mươi nghìn đồng), chi từ Quỹ thi đua, khen thưởng tỉnh năm 2026.

Sở Tài chính chủ trì, phối hợp với Sở Nội vụ chi trả tiền thưởng cho các tập thể, cá nhân trước ngày 30/4/2026.

**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký.

Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ tổ chức trao Bằng khen tại Hội nghị sơ kết một năm thực hiện phong trào "Bình dân học vụ số", dự kiến tổ chức ngày 24/4/2026.

Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính, Giám đốc Sở Khoa học và Công nghệ, Thủ trưởng các cơ quan, đơn vị liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.

---

**Nơi nhận:**
- Như Điều 3;
- Thường trực Tỉnh ủy (b/c);
- Thường trực HĐND tỉnh (b/c);
- Chủ tịch, các PCT UBND tỉnh;
- Ban Thi đua - Khen thưởng (Sở Nội vụ);
- Cổng Thông tin điện tử tỉnh;
- Lưu: VT, KGVX.

**CHỦ TỊCH**

*(Đã ký)*

**Võ Quốc Hưng**
"""

# qg05 (.docx): list of (style, text). Styles: "P" plain, "B" bold centred,
# "LN" = List Number (Word numbering), "LB" = List Bullet.
QG05 = [
    ("P", "HUYỆN ỦY THẠCH BÀN"),
    ("P", "BAN TUYÊN GIÁO"),
    ("P", "*"),
    ("P", "Số 214-CV/BTGHU"),
    ("P", "V/v báo cáo công tác nắm bắt, tổng hợp dư luận xã hội quý I và tháng 4 năm 2026"),
    ("B", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("P", "Thạch Bàn, ngày 02 tháng 4 năm 2026"),
    ("P", "Kính gửi:"),
    ("LB", "Đảng ủy các xã, thị trấn;"),
    ("LB", "Ủy ban nhân dân các xã, thị trấn;"),
    ("LB", "Trung tâm Văn hóa, Thông tin và Thể thao huyện."),
    ("P", "Thực hiện Hướng dẫn số 09-HD/BTGTU ngày 15/01/2026 của Ban Tuyên giáo Tỉnh ủy về công tác nắm bắt, định hướng dư luận xã hội năm 2026 và Kế hoạch số 45-KH/HU ngày 20/01/2026 của Ban Thường vụ Huyện ủy về công tác tư tưởng năm 2026, Ban Tuyên giáo Huyện ủy đánh giá: đội ngũ 84 cộng tác viên dư luận xã hội của huyện đã kịp thời phản ánh nhiều vấn đề Nhân dân quan tâm. Tuy nhiên, trong quý IV/2025 chỉ có 4/6 xã, thị trấn gửi báo cáo đúng hạn; nội dung một số báo cáo còn chung chung, thiếu số liệu, chưa phân tích được xu hướng dư luận."),
    ("P", "Để phục vụ Ban Thường vụ Huyện ủy chỉ đạo kịp thời các nhiệm vụ trọng tâm, Ban Tuyên giáo Huyện ủy đề nghị các đơn vị thực hiện một số nội dung sau:"),
    ("LN", "Đảng ủy các xã, thị trấn chỉ đạo đội ngũ cộng tác viên, báo cáo viên cơ sở nắm bắt dư luận xã hội tập trung vào các chủ đề: (a) Kỳ thi tuyển sinh vào lớp 10 năm học 2026-2027 theo Thông báo số 57/TB-SGDĐT ngày 12/3/2026 của Sở Giáo dục và Đào tạo, nhất là việc đăng ký dự thi trực tuyến và phụ đạo môn Toán; (b) các hoạt động Ngày Sách và Văn hóa đọc Việt Nam theo Kế hoạch số 86/KH-UBND ngày 18/3/2026 của Ủy ban nhân dân huyện; (c) phong trào \"Bình dân học vụ số\" và việc sử dụng dịch vụ công trực tuyến; (d) thông tin sai sự thật, xấu độc trên mạng xã hội liên quan đến địa phương."),
    ("LN", "Mỗi xã, thị trấn cử 01 đồng chí lãnh đạo Đảng ủy làm đầu mối theo dõi công tác dư luận xã hội; rà soát, bổ sung cộng tác viên để bảo đảm mỗi thôn, bản, khu phố có ít nhất 01 cộng tác viên; gửi danh sách đầu mối và cộng tác viên bổ sung về Ban Tuyên giáo Huyện ủy trước ngày 10/4/2026."),
    ("LN", "Đảng ủy các xã, thị trấn tổng hợp, xây dựng báo cáo dư luận xã hội quý I và tháng 4 năm 2026 theo đề cương gửi kèm Công văn này; tổ chức thăm dò ý kiến bằng phiếu với ít nhất 30 phiếu mỗi xã, thị trấn; gửi báo cáo về Ban Tuyên giáo Huyện ủy trước ngày 20/4/2026, đồng thời gửi bản điện tử qua hệ thống quản lý văn bản điều hành."),
    ("LN", "Đảng ủy thị trấn Thạch Bàn và Đảng ủy xã Pác Ngà (xã biên giới) báo cáo nhanh trong vòng 24 giờ khi phát sinh vụ việc phức tạp, có dấu hiệu hình thành \"điểm nóng\" về dư luận."),
    ("LN", "Trung tâm Văn hóa, Thông tin và Thể thao huyện phối hợp tổng hợp các ý kiến phản ánh của Nhân dân qua Trang thông tin điện tử huyện và hệ thống truyền thanh cơ sở, gửi Ban Tuyên giáo Huyện ủy trước ngày 18/4/2026."),
    ("LN", "Ban Tuyên giáo Huyện ủy tổng hợp, báo cáo Ban Thường vụ Huyện ủy và Ban Tuyên giáo Tỉnh ủy trước ngày 25/4/2026; kết quả là một căn cứ để đánh giá, xếp loại công tác tuyên giáo năm 2026 của các đảng bộ xã, thị trấn."),
    ("B", "ĐỀ CƯƠNG BÁO CÁO DƯ LUẬN XÃ HỘI"),
    ("P", "(Kèm theo Công văn số 214-CV/BTGHU ngày 02/4/2026 của Ban Tuyên giáo Huyện ủy)"),
    ("LN", "Tình hình chung: số cộng tác viên, số buổi nắm bắt, số phiếu thăm dò đã thu về; các hình thức nắm bắt dư luận (trực tiếp, qua mạng xã hội, qua hội nghị)."),
    ("LN", "Dư luận xã hội nổi bật theo 04 nhóm chủ đề nêu tại mục 1 của Công văn; tỷ lệ đồng tình, chưa đồng tình; các ý kiến, kiến nghị cụ thể của Nhân dân."),
    ("LN", "Đánh giá chung, dự báo xu hướng dư luận trong thời gian tới; nguyên nhân của những luồng ý kiến trái chiều."),
    ("LN", "Đề xuất, kiến nghị với cấp ủy, chính quyền các cấp."),
    ("P", "Báo cáo không quá 03 trang khổ A4, kèm bảng số liệu phiếu thăm dò; ghi rõ họ tên, số điện thoại người lập báo cáo."),
    ("P", "Quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ đồng chí Triệu Văn Tuấn, chuyên viên Ban Tuyên giáo Huyện ủy, điện thoại 0912 468 357, thư điện tử btg.thachban@binhsontay.dcs.vn để được hướng dẫn."),
    ("P", "Ban Tuyên giáo Huyện ủy đề nghị các đơn vị quan tâm, thực hiện nghiêm túc, đúng thời hạn."),
    ("P", "Nơi nhận:"),
    ("LB", "Ban Tuyên giáo Tỉnh ủy (b/c),"),
    ("LB", "Thường trực Huyện ủy (b/c),"),
    ("LB", "Như kính gửi,"),
    ("LB", "Lưu: VT."),
    ("P", "K/T TRƯỞNG BAN"),
    ("P", "PHÓ TRƯỞNG BAN"),
    ("P", "Nông Thị Thu Hà"),
]


def wrap72(text):
    out = []
    for line in text.split("\n"):
        if line.startswith("|") or len(line) <= 72:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width=72, break_long_words=False,
                                     break_on_hyphens=False))
    return "\n".join(out) + "\n"


def write(name, text):
    text = unicodedata.normalize("NFC", text)
    with open(os.path.join(CORPUS, name), "w", encoding="utf-8") as f:
        f.write(text)


def build_docx(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    for style, text in QG05:
        text = unicodedata.normalize("NFC", text)
        if style == "LN":
            d.add_paragraph(text, style="List Number")
        elif style == "LB":
            d.add_paragraph(text, style="List Bullet")
        elif style == "B":
            p = d.add_paragraph()
            p.add_run(text).bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            d.add_paragraph(text)
    d.save(path)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    write(QG01_NAME, wrap72(QG01))
    write(QG02_NAME, QG02)
    write(QG03_NAME, QG03)
    write(QG04_NAME, QG04)
    build_docx(os.path.join(CORPUS, QG05_NAME))
    print("built", sorted(os.listdir(CORPUS)))


if __name__ == "__main__":
    main()
