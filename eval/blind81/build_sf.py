#!/usr/bin/env python3
"""Rebuild the five corpus files of blind set 81 (tỉnh Xuân Viên, teacher staffing).

All text is held in this file. Run with the project venv python (python-docx, fpdf2):
    /work/main/.venv/bin/python build_sf.py
Writes corpus/sf01_kh_bdtx.docx, sf02_tb_tuyendung.txt, sf03_qd_bietphai.pdf,
sf04_cv_ra_soat_gv.txt (hard-wrapped), sf05_bc_doingu_gv.md.
"""
import copy
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
# sf01 - Kế hoạch BDTX (Sở GD&ĐT) - .docx with Word list numbering + task table
# Markup: H: heading, S: sub-heading, P: paragraph, B: List Bullet, N: List Number
# (N* restarts numbering), T: task-table row (| separated), C: centred bold title
# ---------------------------------------------------------------------------
SF01_HEADER_LEFT = ["UBND TỈNH XUÂN VIÊN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "", "Số: 1846/KH-SGDĐT"]
SF01_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                     "Thiết Hà, ngày 25 tháng 9 năm 2025"]
SF01_BODY = """
C: KẾ HOẠCH
C: Bồi dưỡng thường xuyên giáo viên, cán bộ quản lý cơ sở giáo dục mầm non, phổ thông và giáo dục thường xuyên năm học 2025-2026
P: Căn cứ các thông tư của Bộ Giáo dục và Đào tạo ban hành chương trình bồi dưỡng thường xuyên giáo viên, cán bộ quản lý cơ sở giáo dục;
P: Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
P: Căn cứ Kế hoạch số 92/KH-UBND ngày 14/8/2025 của UBND tỉnh Xuân Viên về phát triển đội ngũ nhà giáo và cán bộ quản lý giáo dục giai đoạn 2025-2030;
P: Sở Giáo dục và Đào tạo (GD&ĐT) xây dựng Kế hoạch bồi dưỡng thường xuyên (BDTX) giáo viên, cán bộ quản lý (CBQL) năm học 2025-2026 như sau:
H: I. MỤC ĐÍCH, YÊU CẦU
B: Cập nhật kiến thức, kỹ năng chuyên môn, nghiệp vụ cho giáo viên, CBQL, đáp ứng yêu cầu thực hiện Chương trình giáo dục phổ thông 2018 và chuẩn nghề nghiệp giáo viên.
B: Nâng cao năng lực ứng dụng công nghệ thông tin, học liệu số và trí tuệ nhân tạo trong dạy học, kiểm tra, đánh giá; góp phần thực hiện chuyển đổi số trong ngành giáo dục tỉnh.
B: Bồi dưỡng phải thiết thực, tránh hình thức, gắn với sinh hoạt tổ chuyên môn tại trường; mỗi giáo viên, CBQL tự xây dựng kế hoạch BDTX cá nhân và hoàn thành đủ thời lượng theo quy định.
H: II. ĐỐI TƯỢNG, NỘI DUNG VÀ THỜI LƯỢNG
S: 1. Đối tượng
P: Toàn bộ giáo viên, CBQL đang công tác tại các cơ sở giáo dục mầm non, phổ thông, giáo dục thường xuyên trên địa bàn tỉnh, tổng số dự kiến 14.260 người, trong đó giáo viên 13.115 người, CBQL 1.145 người. Giáo viên đang nghỉ thai sản, nghỉ ốm dài ngày từ 3 tháng trở lên hoặc đang đi học tập trung dài hạn được miễn BDTX trong năm học này.
S: 2. Thời lượng
P: Mỗi giáo viên, CBQL thực hiện 120 tiết/năm học, gồm:
B: Nội dung 1 (bồi dưỡng đáp ứng yêu cầu thực hiện nhiệm vụ năm học theo hướng dẫn của Bộ): 40 tiết.
B: Nội dung 2 (bồi dưỡng theo yêu cầu phát triển giáo dục của tỉnh): 40 tiết, gồm 03 mô-đun bắt buộc do Sở quy định tại mục 3 dưới đây.
B: Nội dung 3 (bồi dưỡng theo nhu cầu phát triển nghề nghiệp liên tục): 40 tiết; giáo viên tự chọn tối thiểu 04 mô-đun trong danh mục của Bộ, mỗi mô-đun 10 tiết.
S: 3. Các mô-đun bắt buộc của tỉnh (nội dung 2)
N*: Mô-đun XV-01 "Dạy học phát triển phẩm chất, năng lực học sinh và đánh giá theo Chương trình GDPT 2018": 15 tiết.
N: Mô-đun XV-02 "Ứng dụng trí tuệ nhân tạo và học liệu số trong thiết kế bài dạy": 15 tiết.
N: Mô-đun XV-03 "Giáo dục kỹ năng an toàn trên không gian mạng cho học sinh": 10 tiết.
P: Đối với CBQL, thay mô-đun XV-03 bằng mô-đun QL-04 "Quản trị nhà trường trong môi trường số" (10 tiết). Giáo viên mầm non học mô-đun XV-01 theo tài liệu riêng dành cho cấp học mầm non.
S: 4. Hình thức tổ chức
P: Kết hợp tự học qua hệ thống học tập trực tuyến (LMS) của Sở tại địa chỉ bdtx.xuanvien.edu.vn với bồi dưỡng tập trung. Bồi dưỡng tập trung tổ chức 02 đợt:
B: Đợt 1: từ ngày 20/10/2025 đến ngày 25/10/2025 tại Trường Cao đẳng Sư phạm Xuân Viên (số 118 đường Lạc Long Quân, thành phố Thiết Hà), dành cho đội ngũ cốt cán; mỗi trường cử 01 giáo viên cốt cán và 01 CBQL.
B: Đợt 2: trong tháng 3/2026, tổ chức theo 04 cụm: cụm Thiết Hà, cụm Mạc Lăng, cụm Quy Lãm và cụm Pắc Xum; giáo viên cốt cán học xong đợt 1 hướng dẫn lại cho đồng nghiệp.
P: Giáo viên các xã vùng đặc biệt khó khăn của huyện Pắc Xum, huyện Khả Lãng nếu không tham gia bồi dưỡng tập trung thì học bù qua hệ thống LMS.
H: III. ĐÁNH GIÁ, CÔNG NHẬN KẾT QUẢ
P: Kết quả BDTX đánh giá theo từng mô-đun bằng bài kiểm tra trực tuyến hoặc sản phẩm học tập, chấm theo thang điểm 10. Giáo viên, CBQL được công nhận hoàn thành khi học đủ 120 tiết và các mô-đun đều đạt từ 5 điểm trở lên. Kết quả xếp theo 04 mức: Tốt, Khá, Đạt, Chưa hoàn thành.
P: Thủ trưởng đơn vị tổ chức đánh giá, gửi kết quả về Sở trước ngày 31/5/2026; Sở cấp Giấy chứng nhận hoàn thành BDTX trước ngày 15/6/2026.
H: IV. KINH PHÍ
P: Kinh phí tổ chức bồi dưỡng tập trung và biên soạn học liệu các mô-đun XV-01, XV-02, XV-03 là 1.250.000.000 đồng (Một tỷ, hai trăm năm mươi triệu đồng), lấy từ nguồn sự nghiệp giáo dục năm 2025 giao cho Sở GD&ĐT. Kinh phí BDTX tại đơn vị do các đơn vị tự bảo đảm từ nguồn chi thường xuyên; giáo viên không phải đóng học phí.
H: V. TỔ CHỨC THỰC HIỆN
P: Phân công nhiệm vụ cụ thể như sau:
T: TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành
T: 1 | Ban hành hướng dẫn đánh giá kết quả BDTX theo mô-đun | Phòng Giáo dục phổ thông | Phòng Giáo dục mầm non - Giáo dục thường xuyên | Trước ngày 15/10/2025
T: 2 | Biên soạn học liệu 03 mô-đun bắt buộc và tải lên hệ thống LMS | Trường Cao đẳng Sư phạm Xuân Viên | Phòng Giáo dục phổ thông | Trước ngày 10/10/2025
T: 3 | Tổ chức bồi dưỡng tập trung đợt 1 | Trường Cao đẳng Sư phạm Xuân Viên | Phòng GD&ĐT các huyện, thị xã, thành phố | Từ 20/10 đến 25/10/2025
T: 4 | Tổng hợp kế hoạch BDTX của các đơn vị | Phòng Tổ chức cán bộ | Phòng GD&ĐT các huyện, thị xã, thành phố | Trước ngày 30/10/2025
T: 5 | Kiểm tra, giám sát việc thực hiện BDTX tại cơ sở | Thanh tra Sở | Công đoàn ngành Giáo dục tỉnh | Định kỳ hằng quý
T: 6 | Tổng hợp kết quả, báo cáo Bộ GD&ĐT và UBND tỉnh | Phòng Tổ chức cán bộ | Văn phòng Sở | Trước ngày 30/6/2026
P: Ngoài các nhiệm vụ trong bảng trên, các đơn vị thực hiện như sau:
N*: Phòng Tổ chức cán bộ: là đầu mối tham mưu Giám đốc Sở theo dõi việc thực hiện Kế hoạch; quản lý tài khoản LMS của giáo viên, CBQL; tổng hợp số liệu định kỳ hằng quý.
N: Giao Trường Cao đẳng Sư phạm Xuân Viên chủ trì, phối hợp với Phòng Giáo dục phổ thông bố trí giảng viên, báo cáo viên và cơ sở vật chất cho bồi dưỡng tập trung; cấp tài khoản LMS cho giáo viên trước ngày 15/10/2025.
N: Phòng GD&ĐT các huyện, thị xã, thành phố: xây dựng kế hoạch BDTX cấp huyện đối với giáo viên mầm non, tiểu học, THCS, gửi về Sở (qua Phòng Tổ chức cán bộ) trước ngày 20/10/2025; cử giáo viên cốt cán tham gia đợt 1 đầy đủ, đúng thành phần.
N: Các trường THPT, trung tâm GDNN-GDTX và trường phổ thông dân tộc nội trú trực thuộc Sở: phê duyệt kế hoạch BDTX cá nhân của giáo viên; lồng ghép nội dung bồi dưỡng vào sinh hoạt tổ chuyên môn ít nhất 01 lần/tháng.
N: Đề nghị Công đoàn ngành Giáo dục tỉnh vận động đoàn viên tích cực tự học, tự bồi dưỡng; phối hợp giám sát việc bảo đảm quyền lợi của giáo viên khi tham gia bồi dưỡng tập trung.
P: Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị liên hệ bà Hứa Minh Nguyệt, Phó Trưởng phòng Tổ chức cán bộ, điện thoại 0912 384 627, e-mail hmnguyet.sgddt@xuanvien.edu.vn để phối hợp giải quyết./.
"""
SF01_SIGN_LEFT = ["Nơi nhận:", "- Bộ GD&ĐT (để b/c);", "- UBND tỉnh (để b/c);",
                  "- Giám đốc, các Phó Giám đốc Sở;", "- Công đoàn ngành Giáo dục tỉnh;",
                  "- Phòng GD&ĐT các huyện, thị xã, thành phố;", "- Các đơn vị trực thuộc Sở;",
                  "- Lưu: VT, TCCB."]
SF01_SIGN_RIGHT = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(Đã ký)", "", "Hầu Thị Ngọc Ánh"]

# ---------------------------------------------------------------------------
# sf02 - Thông báo tuyển dụng (UBND huyện Sầm Vĩ) - .txt, two-column header typed
# with spaces, Markdown quota table
# ---------------------------------------------------------------------------
SF02 = """\
UBND HUYỆN SẦM VĨ                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI ĐỒNG TUYỂN DỤNG                            Độc lập - Tự do - Hạnh phúc
VIÊN CHỨC NĂM 2026                         ---------------------------
   -------------
Số: 214/TB-HĐTD                        Sầm Vĩ, ngày 12 tháng 5 năm 2026

                              THÔNG BÁO
    Tuyển dụng viên chức giáo viên mầm non, tiểu học, trung học cơ sở
                      huyện Sầm Vĩ năm 2026

Căn cứ Kế hoạch số 37/KH-UBND ngày 28/4/2026 của UBND huyện Sầm Vĩ về tuyển dụng viên chức giáo viên năm 2026;
Căn cứ Công văn số 1027/SNV-CCVC ngày 05/5/2026 của Sở Nội vụ tỉnh Xuân Viên về việc thẩm định kế hoạch tuyển dụng viên chức ngành giáo dục;
Hội đồng tuyển dụng viên chức huyện Sầm Vĩ thông báo tuyển dụng viên chức giáo viên năm 2026 như sau:

1. Chỉ tiêu tuyển dụng
Tổng chỉ tiêu: 68 giáo viên, cụ thể:

| TT | Vị trí việc làm | Hạng chức danh | Chỉ tiêu | Ghi chú |
|----|-----------------|----------------|----------|---------|
| 1 | Giáo viên mầm non | Hạng III | 18 | Ưu tiên các điểm trường xã Lạn Thành, xã Vi Hương |
| 2 | Giáo viên tiểu học (dạy văn hóa) | Hạng III | 22 | |
| 3 | Giáo viên tiểu học Tiếng Anh | Hạng III | 5 | |
| 4 | Giáo viên tiểu học Tin học và Công nghệ | Hạng III | 3 | |
| 5 | Giáo viên THCS Toán | Hạng III | 4 | |
| 6 | Giáo viên THCS Ngữ văn | Hạng III | 3 | |
| 7 | Giáo viên THCS Tiếng Anh | Hạng III | 4 | |
| 8 | Giáo viên THCS Khoa học tự nhiên | Hạng III | 6 | Dạy học tích hợp |
| 9 | Giáo viên THCS Âm nhạc | Hạng III | 2 | |
| 10 | Giáo viên THCS Mĩ thuật | Hạng III | 1 | |
| | Cộng | | 68 | |

Chỉ tiêu chi tiết theo từng trường niêm yết tại trụ sở UBND huyện và đăng trên Trang thông tin điện tử huyện Sầm Vĩ (samvi.xuanvien.gov.vn).

2. Điều kiện, tiêu chuẩn đăng ký dự tuyển
a) Có quốc tịch Việt Nam, cư trú tại Việt Nam; từ đủ 18 tuổi trở lên; có lý lịch rõ ràng; có sức khỏe để thực hiện nhiệm vụ.
b) Có bằng tốt nghiệp cao đẳng sư phạm giáo dục mầm non trở lên đối với giáo viên mầm non; có bằng cử nhân ngành đào tạo giáo viên trở lên, hoặc bằng cử nhân chuyên ngành phù hợp kèm chứng chỉ bồi dưỡng nghiệp vụ sư phạm, đối với giáo viên tiểu học, THCS.
c) Không nhận đăng ký của người đang bị truy cứu trách nhiệm hình sự, đang chấp hành bản án, quyết định về hình sự của Tòa án hoặc đang bị áp dụng biện pháp xử lý hành chính.
Mỗi thí sinh chỉ đăng ký 01 vị trí việc làm; thí sinh đăng ký từ 02 vị trí trở lên sẽ bị loại khỏi danh sách dự tuyển.

3. Hồ sơ đăng ký dự tuyển
Mỗi thí sinh nộp 01 bộ hồ sơ gồm:
- Phiếu đăng ký dự tuyển theo mẫu ban hành kèm theo Thông báo này, dán ảnh 4x6 chụp trong thời gian 06 tháng gần nhất;
- Bản sao giấy chứng nhận thuộc đối tượng ưu tiên trong tuyển dụng (nếu có), có chứng thực;
- 02 phong bì có dán tem, ghi rõ địa chỉ liên hệ và số điện thoại của thí sinh.
Khi đăng ký, thí sinh chưa phải nộp bản sao văn bằng, chứng chỉ, kết quả học tập. Người trúng tuyển phải xuất trình bản chính để kiểm tra, đối chiếu trong thời hạn 30 ngày kể từ ngày nhận thông báo kết quả.

4. Thời gian, địa điểm nhận Phiếu đăng ký
- Thời gian: từ 7 giờ 30 ngày 18/5/2026 đến 16 giờ 30 ngày 16/6/2026, trong giờ hành chính các ngày làm việc.
- Địa điểm: Phòng Nội vụ huyện Sầm Vĩ, phòng 204, tầng 2 nhà B, khu liên cơ quan huyện, số 15 đường Trần Nhân Tông, thị trấn Sầm Vĩ. Không nhận Phiếu đăng ký gửi qua đường bưu điện.

5. Phí dự tuyển
Phí dự tuyển là 500.000 đồng/thí sinh, nộp trực tiếp khi nộp Phiếu đăng ký hoặc chuyển khoản vào tài khoản số 3761 0102 4458 của Hội đồng tuyển dụng viên chức huyện Sầm Vĩ tại Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh huyện Sầm Vĩ. Phí dự tuyển không hoàn trả trong trường hợp thí sinh không dự thi.

6. Hình thức, nội dung và thời gian thi tuyển
Thi tuyển được thực hiện theo 02 vòng:
- Vòng 1: thi trắc nghiệm trên máy vi tính môn Kiến thức chung, 60 câu hỏi, thời gian 60 phút. Dự kiến tổ chức ngày 04/7/2026 tại Trường THPT Sầm Vĩ (khu 3, thị trấn Sầm Vĩ). Thí sinh trả lời đúng từ 50% số câu hỏi trở lên được dự thi vòng 2.
- Vòng 2: thi thực hành; thí sinh giảng dạy 01 tiết (45 phút), riêng giáo viên mầm non tổ chức 01 hoạt động giáo dục (30 phút), theo đề tài bốc thăm trước 24 giờ. Dự kiến từ ngày 20/7/2026 đến ngày 23/7/2026 tại Trường THCS thị trấn Sầm Vĩ và Trường Tiểu học Sầm Hạ. Điểm vòng 2 chấm theo thang điểm 100.
Thí sinh thuộc đối tượng ưu tiên được cộng điểm vào kết quả vòng 2: người dân tộc thiểu số, thương binh, người hưởng chính sách như thương binh được cộng 5 điểm; người hoàn thành nghĩa vụ quân sự, nghĩa vụ tham gia công an nhân dân, đội viên trí thức trẻ tình nguyện được cộng 2,5 điểm.
Lịch thi chính thức thông báo đến thí sinh trước ngày thi ít nhất 10 ngày.

7. Tổ chức thực hiện
- Giao Phòng Nội vụ chủ trì, phối hợp với Phòng GD&ĐT tiếp nhận, kiểm tra Phiếu đăng ký; lập danh sách thí sinh dự thi vòng 1, niêm yết trước ngày 25/6/2026.
- Phòng GD&ĐT có trách nhiệm chuẩn bị đề tài thực hành vòng 2, bố trí lớp học và học sinh phục vụ thi vòng 2; hoàn thành trước ngày 15/7/2026.
- Đề nghị Trung tâm Văn hóa, Thông tin và Thể thao huyện đưa tin Thông báo này trên Đài Truyền thanh huyện 03 lần/tuần trong thời gian nhận Phiếu đăng ký.
- UBND các xã, thị trấn niêm yết Thông báo tại trụ sở và nhà văn hóa các thôn, bản; tuyên truyền để sinh viên sư phạm là người địa phương biết, đăng ký.
Thí sinh theo dõi thông tin trên Trang thông tin điện tử huyện. Hội đồng tuyển dụng không giải quyết các trường hợp nộp Phiếu đăng ký sau thời hạn.
Mọi chi tiết xin liên hệ: ông Mông Đức Tài, chuyên viên Phòng Nội vụ huyện Sầm Vĩ, điện thoại 0209 3871 245 hoặc 0977 205 318; e-mail tuyendung.samvi@xuanvien.gov.vn./.

Nơi nhận:                                       TM. HỘI ĐỒNG TUYỂN DỤNG
- Sở Nội vụ (để b/c);                                    CHỦ TỊCH
- Sở GD&ĐT (để b/c);
- TT Huyện ủy, TT HĐND huyện;                            (Đã ký)
- Chủ tịch, các PCT UBND huyện;
- Thành viên Hội đồng;                              Nông Thị Lệ Quyên
- UBND các xã, thị trấn;                        Phó Chủ tịch UBND huyện
- Các trường MN, TH, THCS;
- Lưu: VT, NV.
"""

# ---------------------------------------------------------------------------
# sf03 - Quyết định biệt phái, điều động (UBND huyện Pắc Xum) - .pdf
# ---------------------------------------------------------------------------
SF03_HEADER_LEFT = ["UBND HUYỆN PẮC XUM", "", "Số: 1378/QĐ-UBND"]
SF03_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                     "Pắc Xum, ngày 14 tháng 8 năm 2026"]
SF03_TITLE = ["QUYẾT ĐỊNH", "Về việc biệt phái, điều động viên chức giáo viên năm học 2026-2027",
              "", "CHỦ TỊCH UBND HUYỆN PẮC XUM"]
SF03_BODY = """\
Căn cứ Luật Tổ chức chính quyền địa phương; Luật Viên chức và các văn bản hướng dẫn thi hành;
Căn cứ Quyết định số 29/2024/QĐ-UBND ngày 11/6/2024 của UBND tỉnh Xuân Viên ban hành Quy định phân cấp quản lý viên chức trên địa bàn tỉnh;
Căn cứ Công văn số 611/UBND-KGVX ngày 03/3/2026 của UBND tỉnh về việc rà soát, báo cáo thực trạng thừa, thiếu giáo viên;
Xét đề nghị của Trưởng phòng Nội vụ và Trưởng phòng Giáo dục và Đào tạo huyện tại Tờ trình số 87/TTr-NV-GDĐT ngày 06/8/2026.
#QUYẾT ĐỊNH:
Điều 1. Biệt phái 06 viên chức giáo viên (có danh sách tại Phụ lục I kèm theo) từ các trường thừa giáo viên ở khu vực thị trấn Pắc Xum đến các trường thiếu giáo viên tại xã Khuân Lềnh, xã Lùng Thàng và xã Nhù Sang.
Thời hạn biệt phái: 01 năm học, từ ngày 01/9/2026 đến ngày 31/5/2027. Hết thời hạn biệt phái, viên chức trở về đơn vị cũ; trường hợp cần gia hạn, Phòng GD&ĐT đề xuất bằng văn bản trước ngày 15/4/2027.
Điều 2. Điều động 03 viên chức giáo viên (có danh sách tại Phụ lục II kèm theo) đến nhận công tác tại đơn vị mới kể từ ngày 01/9/2026. Viên chức được điều động giữ nguyên hạng chức danh nghề nghiệp, bậc lương và thời điểm xét nâng bậc lương lần sau.
Điều 3. Chế độ, chính sách đối với viên chức biệt phái
1. Viên chức biệt phái chịu sự phân công công tác của Hiệu trưởng trường nơi được cử đến; tiếp tục hưởng lương và các khoản phụ cấp tại đơn vị cử đi; trường hợp phụ cấp ưu đãi, phụ cấp thu hút ở nơi được cử đến cao hơn thì hưởng theo mức ở nơi được cử đến.
2. Viên chức biệt phái được hưởng phụ cấp biệt phái bằng 30% mức lương hiện hưởng cộng phụ cấp chức vụ lãnh đạo và phụ cấp thâm niên vượt khung (nếu có), do đơn vị tiếp nhận chi trả.
3. Viên chức biệt phái đến xã Khuân Lềnh, xã Lùng Thàng được UBND huyện hỗ trợ thêm 1.000.000 đồng/người/tháng tiền thuê nhà ở; trường hợp nhà trường bố trí phòng ở công vụ thì không hưởng khoản hỗ trợ này.
4. Tổng kinh phí chi trả phụ cấp biệt phái và hỗ trợ thuê nhà dự kiến 412.500.000 đồng, bố trí từ dự toán chi sự nghiệp giáo dục năm 2026 và năm 2027 của huyện.
Điều 4. Trách nhiệm thực hiện
1. Phòng Nội vụ có trách nhiệm theo dõi, quản lý hồ sơ viên chức biệt phái, điều động; phối hợp với Phòng GD&ĐT đánh giá, xếp loại viên chức biệt phái vào cuối năm học.
2. Phòng GD&ĐT chủ trì hướng dẫn các trường bố trí, phân công chuyên môn cho viên chức biệt phái, điều động; định kỳ hằng học kỳ báo cáo UBND huyện (qua Phòng Nội vụ) tình hình thực hiện.
3. Giao Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí chi trả phụ cấp biệt phái và hỗ trợ thuê nhà theo Điều 3, hoàn thành trước ngày 30/9/2026.
4. Hiệu trưởng các trường có viên chức được cử đi: hoàn thành bàn giao công việc, hồ sơ chuyên môn trước ngày 28/8/2026. Hiệu trưởng các trường tiếp nhận: bố trí chỗ ở, phân công giảng dạy; nhận xét, đánh giá viên chức biệt phái và gửi trường cử đi trước ngày 25/5/2027.
5. Đề nghị Công đoàn giáo dục huyện Pắc Xum thăm hỏi, động viên, giám sát việc thực hiện chế độ đối với giáo viên biệt phái.
Điều 5. Hiệu lực thi hành
Quyết định này có hiệu lực kể từ ngày ký.
Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ, Trưởng phòng Giáo dục và Đào tạo, Trưởng phòng Tài chính - Kế hoạch, Hiệu trưởng các trường có liên quan và các ông (bà) có tên tại Điều 1, Điều 2 chịu trách nhiệm thi hành Quyết định này./.
"""
SF03_SIGN_LEFT = ["Nơi nhận:", "- Như Điều 5;", "- Sở GD&ĐT (b/c);", "- Sở Nội vụ (b/c);",
                  "- TT Huyện ủy, TT HĐND huyện;", "- CT, các PCT UBND huyện;", "- Lưu: VT, NV."]
SF03_SIGN_RIGHT = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Lò Văn Khiêm"]
SF03_COLS = ["TT", "Họ và tên", "Năm sinh", "Vị trí việc làm", "Đơn vị đang công tác", "Đơn vị đến"]
SF03_ANNEX1 = [
    ["1", "Hoàng Thị Mai Phương", "1992", "GV tiểu học", "Trường Tiểu học thị trấn Pắc Xum", "Trường TH&THCS Khuân Lềnh"],
    ["2", "Triệu Văn Sành", "1988", "GV THCS - Toán", "Trường THCS thị trấn Pắc Xum", "Trường PTDTBT THCS Lùng Thàng"],
    ["3", "Lường Thị Nga", "1995", "GV tiểu học - Tiếng Anh", "Trường Tiểu học Pắc Xum số 2", "Trường Tiểu học Lùng Thàng"],
    ["4", "Đinh Quang Vũ", "1990", "GV THCS - Tin học", "Trường THCS thị trấn Pắc Xum", "Trường TH&THCS Khuân Lềnh"],
    ["5", "Bế Thu Hằng", "1997", "GV mầm non", "Trường Mầm non Hoa Ban", "Trường Mầm non Nhù Sang"],
    ["6", "Ma Công Lực", "1986", "GV THCS - Ngữ văn", "Trường THCS thị trấn Pắc Xum", "Trường TH&THCS Khuân Lềnh"],
]
SF03_ANNEX2 = [
    ["1", "Vàng Thị Dợ", "1991", "GV tiểu học", "Trường Tiểu học Lùng Thàng", "Trường Tiểu học Nhù Sang"],
    ["2", "Nguyễn Hữu Tín", "1987", "GV THCS - KHTN", "Trường THCS thị trấn Pắc Xum", "Trường PTDTBT THCS Lùng Thàng"],
    ["3", "Phạm Thị Thanh Loan", "1993", "GV tiểu học - Mĩ thuật", "Trường Tiểu học Pắc Xum số 2", "Trường TH&THCS Khuân Lềnh"],
]

# ---------------------------------------------------------------------------
# sf04 - Công văn (UBND tỉnh) - .txt hard-wrapped as if copied from a PDF
# ---------------------------------------------------------------------------
SF04_PARAS = """\
UBND TỈNH XUÂN VIÊN
Số: 611/UBND-KGVX
V/v rà soát, báo cáo thực trạng thừa, thiếu giáo viên và đề xuất giải pháp năm học 2026-2027
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thiết Hà, ngày 03 tháng 3 năm 2026
Kính gửi:
- Sở Giáo dục và Đào tạo;
- Sở Nội vụ;
- Sở Tài chính;
- Trường Cao đẳng Sư phạm Xuân Viên;
- UBND các huyện, thị xã, thành phố.
Thời gian qua, công tác tuyển dụng, sử dụng đội ngũ giáo viên trên địa bàn tỉnh có nhiều chuyển biến; năm 2025 toàn tỉnh tuyển dụng mới 412 giáo viên. Tuy nhiên, tình trạng thừa, thiếu giáo viên cục bộ vẫn diễn ra: theo số liệu tổng hợp sơ bộ của Sở Giáo dục và Đào tạo, toàn tỉnh thiếu khoảng 1.236 giáo viên so với định mức, tập trung ở cấp mầm non và các môn Tiếng Anh, Tin học, Âm nhạc, Mĩ thuật cấp tiểu học; trong khi thành phố Thiết Hà và thị xã Mạc Lăng thừa cục bộ khoảng 150 giáo viên tiểu học dạy văn hóa. Nhiều trường ở huyện Pắc Xum, huyện Khả Lãng phải hợp đồng giáo viên hoặc bố trí giáo viên dạy vượt giờ kéo dài, ảnh hưởng đến chất lượng thực hiện Chương trình giáo dục phổ thông 2018.
Để có cơ sở điều hành, bố trí số lượng người làm việc cho năm học 2026-2027, Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị thực hiện một số nội dung sau:
1. UBND các huyện, thị xã, thành phố chỉ đạo Phòng GD&ĐT phối hợp với Phòng Nội vụ rà soát số lượng giáo viên mầm non, tiểu học, THCS theo từng trường, từng môn học; xác định cụ thể số thừa, thiếu so với định mức; xây dựng phương án điều động, biệt phái giáo viên trong phạm vi huyện; báo cáo theo Biểu mẫu số 01 và Biểu mẫu số 02 kèm theo, gửi về Sở Giáo dục và Đào tạo trước ngày 20/3/2026.
2. Sở Giáo dục và Đào tạo chủ trì tổng hợp số liệu toàn tỉnh, bao gồm cả các trường THPT và trung tâm GDNN-GDTX; phân tích nguyên nhân; đề xuất phương án điều chuyển chỉ tiêu số lượng người làm việc giữa các địa phương; báo cáo UBND tỉnh trước ngày 31/3/2026.
3. Sở Nội vụ chủ trì, phối hợp với Sở Giáo dục và Đào tạo thẩm định số lượng người làm việc trong các cơ sở giáo dục công lập; hướng dẫn quy trình biệt phái, điều động viên chức giáo viên giữa các huyện; tham mưu UBND tỉnh giao bổ sung chỉ tiêu tuyển dụng năm 2026 trước ngày 15/4/2026.
4. Sở Tài chính cân đối, bố trí kinh phí chi trả cho giáo viên hợp đồng và phụ cấp biệt phái năm 2026; phối hợp với Sở Nội vụ trình UBND tỉnh trong tháng 4/2026.
5. Trường Cao đẳng Sư phạm Xuân Viên rà soát năng lực đào tạo, bồi dưỡng giáo viên dạy Khoa học tự nhiên, Tin học và Tiếng Anh tiểu học; đề xuất chỉ tiêu đào tạo theo đặt hàng năm 2026, gửi Sở Giáo dục và Đào tạo trước ngày 10/4/2026.
6. Đề nghị Công đoàn ngành Giáo dục tỉnh phối hợp giám sát việc thực hiện chế độ, chính sách đối với giáo viên biệt phái, điều động; kịp thời phản ánh khó khăn của giáo viên công tác ở vùng sâu, vùng xa.
Việc rà soát thực hiện theo các nguyên tắc: định mức giáo viên tính theo quy định hiện hành (cấp tiểu học 1,50 giáo viên/lớp, cấp THCS 1,90 giáo viên/lớp, nhóm, lớp mầm non học 2 buổi/ngày 2,00 giáo viên/nhóm, lớp); không tính giáo viên hợp đồng vào số hiện có; giáo viên đang biệt phái tính ở đơn vị cử đi. Biểu mẫu số 01 thống kê số giáo viên hiện có, định mức, số thừa, thiếu theo cấp học, môn học; Biểu mẫu số 02 lập danh sách giáo viên dự kiến điều động, biệt phái.
Số liệu báo cáo lấy tại thời điểm ngày 01/3/2026; thủ trưởng cơ quan, đơn vị chịu trách nhiệm về tính chính xác của số liệu. Báo cáo bằng văn bản, đồng thời gửi bản điện tử (định dạng Excel) về hộp thư tccb.sgddt@xuanvien.edu.vn. Đầu mối tổng hợp: bà Giáp Thị Huệ, chuyên viên Phòng Tổ chức cán bộ Sở Giáo dục và Đào tạo, điện thoại 0986 117 304.
Quá thời hạn nêu trên, cơ quan, đơn vị nào không báo cáo thì thủ trưởng cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND tỉnh. Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
Quách Tuấn Hào
Nơi nhận:
- Như trên;
- Bộ GD&ĐT (để b/c);
- TT Tỉnh ủy, TT HĐND tỉnh (để b/c);
- CT, các PCT UBND tỉnh;
- Ban Tuyên giáo và Dân vận Tỉnh ủy;
- Công đoàn ngành Giáo dục tỉnh;
- Lưu: VT, KGVX.
"""

# ---------------------------------------------------------------------------
# sf05 - Báo cáo (Sở GD&ĐT) - .md with Markdown table per district
# ---------------------------------------------------------------------------
SF05_ROWS = [
    # name, hien_co, thieu, thua, hop_dong
    ("Thành phố Thiết Hà", 2164, 121, 86, 38),
    ("Thị xã Mạc Lăng", 1318, 97, 64, 21),
    ("Huyện Quy Lãm", 1472, 168, 9, 74),
    ("Huyện Sầm Vĩ", 1205, 154, 0, 66),
    ("Huyện Khả Lãng", 1096, 213, 0, 118),
    ("Huyện Mộng Điền", 1389, 139, 4, 59),
    ("Huyện Pắc Xum", 1027, 196, 11, 102),
    ("Các đơn vị trực thuộc Sở (THPT, GDNN-GDTX)", 3444, 96, 0, 45),
]


def vn(n):
    return f"{n:,}".replace(",", ".")


def sf05_table():
    lines = ["| TT | Đơn vị | Giáo viên hiện có | Định mức | Thiếu | Thừa cục bộ | Giáo viên hợp đồng |",
             "|---:|--------|------------------:|---------:|------:|------------:|-------------------:|"]
    tot = [0, 0, 0, 0, 0]
    for i, (name, hc, thieu, thua, hd) in enumerate(SF05_ROWS, 1):
        dm = hc + thieu - thua
        for k, v in enumerate((hc, dm, thieu, thua, hd)):
            tot[k] += v
        lines.append(f"| {i} | {name} | {vn(hc)} | {vn(dm)} | {vn(thieu)} | {vn(thua)} | {vn(hd)} |")
    lines.append("| | **Toàn tỉnh** | **" + "** | **".join(vn(v) for v in tot) + "** |")
    return "\n".join(lines), tot


def sf05_text():
    table, tot = sf05_table()
    return f"""\
UBND TỈNH XUÂN VIÊN  
SỞ GIÁO DỤC VÀ ĐÀO TẠO  
Số: 742/BC-SGDĐT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
Độc lập - Tự do - Hạnh phúc

Thiết Hà, ngày 27 tháng 3 năm 2026

# BÁO CÁO

## Thực trạng số lượng giáo viên năm học 2025-2026 và nhu cầu giáo viên năm học 2026-2027

Kính gửi: UBND tỉnh Xuân Viên.

Thực hiện Công văn số 611/UBND-KGVX ngày 03/3/2026 của UBND tỉnh về việc rà soát, báo cáo thực trạng thừa, thiếu giáo viên, trên cơ sở báo cáo của UBND 07 huyện, thị xã, thành phố và các đơn vị trực thuộc, Sở Giáo dục và Đào tạo báo cáo như sau:

### I. Quy mô trường, lớp

Năm học 2025-2026, toàn tỉnh có 612 cơ sở giáo dục công lập, gồm: 214 trường mầm non, 188 trường tiểu học, 141 trường THCS, 27 trường TH&THCS, 34 trường THPT và 08 trung tâm GDNN-GDTX; tổng số 9.870 nhóm, lớp với 268.400 trẻ, học sinh. So với năm học trước, số học sinh tiểu học ở thành phố Thiết Hà tăng 1.920 em do phát triển các khu đô thị mới, trong khi số học sinh tiểu học ở huyện Mộng Điền giảm 640 em.

### II. Số lượng giáo viên so với định mức

Số liệu lấy tại thời điểm ngày 01/3/2026, không tính giáo viên hợp đồng vào số hiện có:

{table}

Trong tổng số {vn(tot[2])} giáo viên còn thiếu: cấp mầm non thiếu 472 người; cấp tiểu học thiếu 385 người (Tiếng Anh 96, Tin học 71, Âm nhạc 54, Mĩ thuật 49, còn lại là giáo viên dạy văn hóa); cấp THCS thiếu 231 người, chủ yếu môn Khoa học tự nhiên và Tin học; cấp THPT thiếu 96 người. Số giáo viên thừa cục bộ ({vn(tot[3])} người) chủ yếu là giáo viên tiểu học dạy văn hóa ở thành phố Thiết Hà và thị xã Mạc Lăng. Huyện Khả Lãng là địa phương thiếu nhiều nhất ({vn(213)} giáo viên), phải hợp đồng 118 giáo viên.

### III. Kết quả tuyển dụng, điều động, biệt phái và bồi dưỡng

1. Năm 2025, toàn tỉnh tuyển dụng 412/530 chỉ tiêu giáo viên (đạt 77,7%); nhiều chỉ tiêu không tuyển hết do thiếu nguồn dự tuyển các môn Tin học, Tiếng Anh, Âm nhạc.
2. Trong năm học 2025-2026, các huyện, thị xã, thành phố điều động 96 giáo viên và biệt phái 57 giáo viên trong phạm vi huyện; chưa thực hiện biệt phái giữa các huyện do chưa có hướng dẫn về quy trình và kinh phí.
3. Kết quả BDTX năm học 2024-2025: 12.806/13.092 giáo viên hoàn thành, đạt 97,8%. Thực hiện Kế hoạch số 1846/KH-SGDĐT về BDTX năm học 2025-2026, Sở tổ chức bồi dưỡng tập trung đợt 1 cho 1.214 giáo viên cốt cán và CBQL; đến ngày 20/3/2026 có 63,5% giáo viên học xong mô-đun XV-02 trên hệ thống LMS.

### IV. Nguyên nhân

- Số học sinh tăng nhanh ở khu vực đô thị, trong khi số lượng người làm việc được giao giảm theo lộ trình tinh giản biên chế.
- Chính sách thu hút chưa đủ sức hấp dẫn giáo viên đến công tác tại các xã vùng đặc biệt khó khăn của huyện Pắc Xum, Khả Lãng.
- Nguồn tuyển giáo viên Tin học, Tiếng Anh, Âm nhạc, Mĩ thuật cấp tiểu học còn hạn chế; mức lương khởi điểm chưa hấp dẫn sinh viên giỏi.

### V. Đề xuất, kiến nghị

1. Đề nghị UBND tỉnh giao bổ sung 620 chỉ tiêu giáo viên năm 2026, ưu tiên cấp mầm non và các huyện Khả Lãng, Pắc Xum; cho phép hợp đồng giáo viên trong thời gian chờ tuyển dụng.
2. Đề nghị Sở Nội vụ sớm hướng dẫn quy trình biệt phái giáo viên giữa các huyện, trước hết từ thành phố Thiết Hà, thị xã Mạc Lăng đến huyện Pắc Xum, huyện Khả Lãng.
3. Đề nghị Sở Tài chính bố trí khoảng 18,6 tỷ đồng kinh phí hợp đồng giáo viên năm 2026.
4. UBND các huyện, thị xã, thành phố: tổ chức tuyển dụng hết chỉ tiêu được giao trước ngày 31/8/2026; điều động giáo viên tiểu học từ trường thừa sang trường thiếu trong huyện trước khi bắt đầu năm học mới.
5. Trường Cao đẳng Sư phạm Xuân Viên: mở lớp đào tạo văn bằng 2 Tiếng Anh tiểu học cho 120 giáo viên tiểu học dạy văn hóa đang thừa, khai giảng trong quý III/2026.

Sở Giáo dục và Đào tạo chủ trì xây dựng Đề án sắp xếp, phát triển đội ngũ giáo viên giai đoạn 2026-2030, trình UBND tỉnh trong quý II/2026.

Trên đây là báo cáo của Sở Giáo dục và Đào tạo, kính trình UBND tỉnh xem xét, chỉ đạo./.

Nơi nhận:

- Như trên;
- Sở Nội vụ, Sở Tài chính;
- Giám đốc, các PGĐ Sở;
- Lưu: VT, TCCB.

GIÁM ĐỐC  
(Đã ký)  
Vi Thế Luân
"""


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------
def build_docx(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    def two_col(left, right, bold_first=True):
        t = d.add_table(rows=1, cols=2)
        for cell, lines in zip(t.rows[0].cells, (left, right)):
            cell.paragraphs[0].text = ""
            for i, line in enumerate(lines):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(nfc(line))
                r.bold = bold_first and i < 2
        return t

    two_col(SF01_HEADER_LEFT, SF01_HEADER_RIGHT)

    # numbering: restartable copies of the List Number numbering
    numbering = d.part.numbering_part.numbering_definitions._numbering
    ln_style = d.styles["List Number"]
    base_num_id = int(ln_style.element.pPr.numPr.numId.val)
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if int(num.get(qn("w:numId"))) == base_num_id:
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    next_id = [max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1]

    def new_num():
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(next_id[0]))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), abstract_id)
        num.append(a)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        next_id[0] += 1
        return next_id[0] - 1

    def set_num(p, num_id):
        pPr = p._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(num_id))
        numPr.append(il)
        numPr.append(ni)
        pPr.append(numPr)

    cur_num = None
    table_rows = []

    def flush_table():
        if not table_rows:
            return
        t = d.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        t.style = d.styles["Table Grid"]
        for i, row in enumerate(table_rows):
            for j, val in enumerate(row):
                c = t.rows[i].cells[j]
                c.text = nfc(val)
                if i == 0:
                    for r in c.paragraphs[0].runs:
                        r.bold = True
        table_rows.clear()

    for raw in SF01_BODY.strip().splitlines():
        tag, _, text = raw.partition(": ")
        text = nfc(text)
        if tag != "T":
            flush_table()
        if tag == "C":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(text).bold = True
        elif tag == "H":
            p = d.add_paragraph()
            p.add_run(text).bold = True
        elif tag == "S":
            p = d.add_paragraph()
            p.add_run(text).italic = True
        elif tag == "P":
            d.add_paragraph(text)
        elif tag == "B":
            d.add_paragraph(text, style="List Bullet")
        elif tag in ("N", "N*"):
            if tag == "N*" or cur_num is None:
                cur_num = new_num()
            p = d.add_paragraph(text, style="List Number")
            set_num(p, cur_num)
        elif tag == "T":
            table_rows.append([c.strip() for c in text.split("|")])
        else:
            raise ValueError(raw)
    flush_table()
    d.add_paragraph("")
    two_col(SF01_SIGN_LEFT, SF01_SIGN_RIGHT, bold_first=False)
    d.save(path)


def build_pdf(path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def two_col(left, right, bold_rows=2, size=10.5):
        y0 = pdf.get_y()
        colw = W / 2
        ys = []
        for k, lines in enumerate((left, right)):
            pdf.set_xy(pdf.l_margin + k * colw, y0)
            for i, line in enumerate(lines):
                pdf.set_font("DejaVu", "B" if i < bold_rows else "", size)
                pdf.set_x(pdf.l_margin + k * colw)
                pdf.multi_cell(colw, 5.5, nfc(line), align="C", new_x="LMARGIN", new_y="NEXT")
            ys.append(pdf.get_y())
        pdf.set_y(max(ys) + 4)

    two_col(SF03_HEADER_LEFT, SF03_HEADER_RIGHT, bold_rows=2)
    for i, line in enumerate(SF03_TITLE):
        pdf.set_font("DejaVu", "B" if i in (0, 3) else "", 12 if i == 0 else 11)
        pdf.multi_cell(W, 6, nfc(line), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for line in SF03_BODY.strip().splitlines():
        if line.startswith("#"):
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(W, 7, nfc(line[1:]), align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        bold = line.startswith("Điều ")
        pdf.set_font("DejaVu", "", 11)
        if bold:
            head, _, rest = line.partition(". ")
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(W, 6, nfc(line), align="J", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(W, 6, nfc(line), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(4)
    two_col(SF03_SIGN_LEFT, SF03_SIGN_RIGHT, bold_rows=1, size=10)

    def annex(title, sub, rows):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 12)
        pdf.multi_cell(W, 7, nfc(title), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(W, 6, nfc(sub), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_font("DejaVu", "", 9)
        with pdf.table(col_widths=(8, 34, 15, 28, 44, 44), text_align="LEFT",
                       headings_style=FontFace(emphasis="BOLD"), line_height=5) as t:
            for row in [SF03_COLS] + rows:
                r = t.row()
                for c in row:
                    r.cell(nfc(c))

    annex("PHỤ LỤC I\nDANH SÁCH VIÊN CHỨC GIÁO VIÊN BIỆT PHÁI NĂM HỌC 2026-2027",
          "(Kèm theo Quyết định số 1378/QĐ-UBND ngày 14/8/2026 của Chủ tịch UBND huyện Pắc Xum)",
          SF03_ANNEX1)
    pdf.ln(8)
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(W, 7, nfc("PHỤ LỤC II\nDANH SÁCH VIÊN CHỨC GIÁO VIÊN ĐIỀU ĐỘNG"), align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(W, 6, nfc("(Kèm theo Quyết định số 1378/QĐ-UBND ngày 14/8/2026 của Chủ tịch UBND huyện Pắc Xum)"),
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(8, 34, 15, 28, 44, 44), text_align="LEFT",
                   headings_style=FontFace(emphasis="BOLD"), line_height=5) as t:
        for row in [SF03_COLS] + SF03_ANNEX2:
            r = t.row()
            for c in row:
                r.cell(nfc(c))
    pdf.output(path)


def hard_wrap(text, width=72):
    out = []
    for para in text.splitlines():
        if not para.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(para, width=width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out) + "\n"


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, "sf01_kh_bdtx.docx"))
    with open(os.path.join(CORPUS, "sf02_tb_tuyendung.txt"), "w", encoding="utf-8") as f:
        f.write(nfc(SF02))
    build_pdf(os.path.join(CORPUS, "sf03_qd_bietphai.pdf"))
    with open(os.path.join(CORPUS, "sf04_cv_ra_soat_gv.txt"), "w", encoding="utf-8") as f:
        f.write(nfc(hard_wrap(SF04_PARAS, 72)))
    with open(os.path.join(CORPUS, "sf05_bc_doingu_gv.md"), "w", encoding="utf-8") as f:
        f.write(nfc(sf05_text()))
    print("built", sorted(os.listdir(CORPUS)))


if __name__ == "__main__":
    main()
