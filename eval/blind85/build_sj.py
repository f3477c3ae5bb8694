#!/usr/bin/env python3
"""Build the blind85 corpus (sj01..sj05) from the text held in this file.

Run with /work/main/.venv/bin/python (needs python-docx and fpdf2).
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
# sj01: Quyết định UBND tỉnh + Quy định kèm theo (PDF)
# markers: "C|" centred bold, "c|" centred, "B|" bold left, "R|" right, plain = paragraph
# ---------------------------------------------------------------------------
SJ01 = """C|UỶ BAN NHÂN DÂN TỈNH VỌNG CÁC
c|Số: 1874/QĐ-UBND
C|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
C|Độc lập - Tự do - Hạnh phúc
R|Vọng Các, ngày 14 tháng 3 năm 2025
C|QUYẾT ĐỊNH
C|Ban hành Quy định chính sách thu hút, đãi ngộ người có trình độ cao về công tác tại tỉnh Vọng Các giai đoạn 2025 - 2030
C|UỶ BAN NHÂN DÂN TỈNH VỌNG CÁC
Căn cứ Luật Tổ chức chính quyền địa phương;
Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;
Căn cứ Nghị quyết số 09/2025/NQ-HĐND ngày 20 tháng 02 năm 2025 của HĐND tỉnh Vọng Các;
Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 215/TTr-SNV ngày 05 tháng 3 năm 2025.
C|QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định chính sách thu hút, đãi ngộ người có trình độ cao về công tác tại tỉnh Vọng Các giai đoạn 2025 - 2030.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01/4/2025 và thay thế Quyết định số 2316/QĐ-UBND ngày 18/9/2019 của UBND tỉnh.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, ngành, Hiệu trưởng Trường Đại học Vọng Các, Chủ tịch UBND các huyện, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
B|Nơi nhận:
- Bộ Nội vụ (b/c);
- Thường trực Tỉnh ủy (b/c);
- Thường trực HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Như Điều 3;
- Lưu: VT, NC.
R|TM. UỶ BAN NHÂN DÂN
R|KT. CHỦ TỊCH
R|PHÓ CHỦ TỊCH
R|(Đã ký)
R|Lương Thế Quang
C|QUY ĐỊNH
c|(Kèm theo Quyết định số 1874/QĐ-UBND ngày 14/3/2025 của UBND tỉnh Vọng Các)
C|Chương I. QUY ĐỊNH CHUNG
B|Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng
1. Quy định này quy định điều kiện, mức hỗ trợ, bồi hoàn và tổ chức thực hiện chính sách thu hút người có trình độ cao.
2. Đối tượng áp dụng gồm:
a) Người có chức danh giáo sư, phó giáo sư hoặc học vị tiến sĩ khoa học;
b) Người có học vị tiến sĩ;
c) Bác sĩ chuyên khoa cấp II, bác sĩ nội trú;
d) Người có trình độ thạc sĩ thuộc các ngành ưu tiên quy định tại Điều 3 Quy định này;
đ) Sinh viên tốt nghiệp đại học hệ chính quy loại xuất sắc, thủ khoa tốt nghiệp của các trường đại học công lập.
B|Điều 2. Điều kiện chung
Người được thu hút phải có đủ các điều kiện sau:
1. Có phẩm chất chính trị, đạo đức tốt, có đủ sức khỏe; về độ tuổi tại thời điểm nộp hồ sơ: giáo sư, phó giáo sư, tiến sĩ khoa học không quá 55 tuổi; tiến sĩ, bác sĩ chuyên khoa cấp II không quá 45 tuổi; thạc sĩ, bác sĩ nội trú không quá 35 tuổi; sinh viên tốt nghiệp loại xuất sắc không quá 27 tuổi.
2. Tự nguyện cam kết công tác tại cơ quan, đơn vị được phân công với thời gian tối thiểu như sau: 07 năm đối với giáo sư, phó giáo sư, tiến sĩ khoa học, tiến sĩ; 05 năm đối với bác sĩ chuyên khoa cấp II, bác sĩ nội trú, thạc sĩ và sinh viên tốt nghiệp loại xuất sắc.
B|Điều 3. Ngành, lĩnh vực ưu tiên thu hút
Công nghệ thông tin, trí tuệ nhân tạo, khoa học dữ liệu; y học (hồi sức cấp cứu, ung bướu, chẩn đoán hình ảnh); nông nghiệp công nghệ cao, công nghệ sinh học; sư phạm Toán, Tin học, Ngoại ngữ.
C|Chương II. CHÍNH SÁCH HỖ TRỢ
B|Điều 4. Hỗ trợ một lần khi nhận công tác
1. Mức hỗ trợ một lần như sau:
a) Giáo sư: 600.000.000 đồng;
b) Phó giáo sư: 450.000.000 đồng;
c) Tiến sĩ khoa học: 400.000.000 đồng;
d) Tiến sĩ: 300.000.000 đồng;
đ) Bác sĩ chuyên khoa cấp II, bác sĩ nội trú: 200.000.000 đồng;
e) Thạc sĩ: 100.000.000 đồng;
g) Sinh viên tốt nghiệp loại xuất sắc, thủ khoa: 60.000.000 đồng.
2. Người nhận công tác tại UBND cấp xã hoặc đơn vị sự nghiệp đóng trên địa bàn huyện Dã Tượng, huyện Trì Nhuận được cộng thêm 20% mức hỗ trợ quy định tại khoản 1 Điều này.
3. Khoản hỗ trợ một lần được chi trả trong thời hạn 30 ngày kể từ ngày có quyết định tuyển dụng hoặc tiếp nhận.
B|Điều 5. Hỗ trợ hằng tháng
1. Giáo sư, phó giáo sư, tiến sĩ khoa học, tiến sĩ được hỗ trợ hằng tháng bằng 3,0 lần mức lương cơ sở trong 60 tháng đầu công tác.
2. Bác sĩ chuyên khoa cấp II, bác sĩ nội trú, thạc sĩ được hỗ trợ hằng tháng bằng 1,5 lần mức lương cơ sở trong 36 tháng đầu công tác.
3. Sinh viên tốt nghiệp loại xuất sắc được hỗ trợ hằng tháng bằng 1,0 lần mức lương cơ sở trong 36 tháng đầu công tác.
B|Điều 6. Hỗ trợ nhà ở và nghiên cứu
1. Người được thu hút chưa có nhà ở trên địa bàn tỉnh được bố trí nhà ở công vụ hoặc hỗ trợ tiền thuê nhà 3.000.000 đồng/tháng, tối đa 36 tháng.
2. Tiến sĩ, tiến sĩ khoa học được ưu tiên làm chủ nhiệm nhiệm vụ khoa học và công nghệ cấp tỉnh và được hỗ trợ kinh phí khởi động nghiên cứu tối đa 150.000.000 đồng/người trong 02 năm đầu.
C|Chương III. TRÁCH NHIỆM BỒI HOÀN
B|Điều 7. Các trường hợp phải bồi hoàn
1. Người được thu hút tự ý bỏ việc, xin chuyển công tác ra ngoài tỉnh hoặc bị kỷ luật buộc thôi việc khi chưa hết thời gian cam kết thì phải bồi hoàn kinh phí hỗ trợ một lần và hỗ trợ hằng tháng đã nhận.
2. Mức bồi hoàn: 100% kinh phí đã nhận nếu công tác thực tế dưới một nửa thời gian cam kết; 50% nếu công tác từ một nửa thời gian cam kết trở lên.
3. Thời hạn nộp tiền bồi hoàn là 60 ngày kể từ ngày có quyết định cho thôi việc hoặc quyết định chuyển công tác.
4. Không phải bồi hoàn nếu được cấp có thẩm quyền điều động, luân chuyển hoặc bị suy giảm khả năng lao động từ 61% trở lên.
C|Chương IV. TỔ CHỨC THỰC HIỆN
B|Điều 8. Sở Nội vụ
1. Chủ trì tổng hợp nhu cầu thu hút hằng năm của các sở, ngành, địa phương, trình UBND tỉnh phê duyệt trước ngày 15 tháng 10.
2. Công bố danh mục vị trí việc làm cần thu hút trên Cổng Thông tin điện tử tỉnh trước ngày 31 tháng 01 hằng năm.
3. Thẩm định hồ sơ, trình Chủ tịch UBND tỉnh quyết định hỗ trợ; theo dõi việc thực hiện cam kết và thu hồi kinh phí bồi hoàn.
B|Điều 9. Sở Tài chính
Sở Tài chính có trách nhiệm tham mưu UBND tỉnh bố trí kinh phí thực hiện chính sách trong dự toán ngân sách hằng năm; hướng dẫn thanh toán, quyết toán.
B|Điều 10. Sở Giáo dục và Đào tạo, Sở Y tế, Sở Khoa học và Công nghệ
1. Sở Giáo dục và Đào tạo phối hợp với Trường Đại học Vọng Các lập danh sách sinh viên là người của tỉnh tốt nghiệp loại xuất sắc, thủ khoa để giới thiệu về công tác tại tỉnh.
2. Sở Y tế xác định nhu cầu bác sĩ chuyên khoa cấp II, bác sĩ nội trú tại các bệnh viện tuyến tỉnh, trung tâm y tế huyện.
3. Sở Khoa học và Công nghệ thẩm định và bố trí kinh phí khởi động nghiên cứu quy định tại khoản 2 Điều 6.
B|Điều 11. Trường Đại học Vọng Các
Trường Đại học Vọng Các có trách nhiệm ưu tiên tiếp nhận tiến sĩ các ngành ưu tiên; giới thiệu sinh viên tốt nghiệp loại xuất sắc cho Sở Nội vụ trước ngày 30 tháng 7 hằng năm.
B|Điều 12. UBND các huyện, thành phố
1. Rà soát vị trí việc làm còn thiếu, đăng ký nhu cầu thu hút với Sở Nội vụ trước ngày 30 tháng 9 hằng năm.
2. Báo cáo định kỳ 6 tháng (trước ngày 15 tháng 6 và trước ngày 15 tháng 12) về kết quả thực hiện chính sách gửi Sở Nội vụ.
B|Điều 13. Kinh phí thực hiện
Kinh phí thực hiện Quy định này do ngân sách tỉnh bảo đảm; tổng kinh phí dự kiến giai đoạn 2025 - 2030 là 86 tỷ đồng.
Vướng mắc trong quá trình thực hiện phản ánh về Sở Nội vụ (Phòng Công chức, viên chức, điện thoại 0237.3826.519)./.
"""

# ---------------------------------------------------------------------------
# sj02: Kế hoạch Hội khuyến học tỉnh (DOCX)
# markers: "C|" centred bold, "c|" centred, "H|" bold heading, "N|" List Number,
# "L|" List Bullet, "T|" table row (cells split by " ¦ "), "R|" right, plain = paragraph
# ---------------------------------------------------------------------------
SJ02 = """C|HỘI KHUYẾN HỌC TỈNH VỌNG CÁC
C|BAN THƯỜNG VỤ
c|Số: 27/KH-HKH
C|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
C|Độc lập - Tự do - Hạnh phúc
R|Vọng Các, ngày 08 tháng 5 năm 2025
C|KẾ HOẠCH
C|Xét chọn, trao học bổng "Ươm mầm tài năng Vọng Các" năm học 2025 - 2026
Thực hiện Chương trình công tác năm 2025 của Hội khuyến học tỉnh; căn cứ Quyết định số 1874/QĐ-UBND ngày 14/3/2025 của UBND tỉnh ban hành Quy định chính sách thu hút, đãi ngộ người có trình độ cao; căn cứ Điều lệ Quỹ Khuyến học - Khuyến tài tỉnh Vọng Các, Ban Thường vụ Hội khuyến học tỉnh ban hành Kế hoạch xét chọn, trao học bổng năm học 2025 - 2026 như sau:
H|I. MỤC ĐÍCH, YÊU CẦU
L|Động viên, khích lệ học sinh, sinh viên là người của tỉnh có thành tích học tập xuất sắc, nhất là học sinh có hoàn cảnh khó khăn, học sinh người dân tộc thiểu số ở huyện Dã Tượng, huyện Trì Nhuận.
L|Tạo nguồn nhân lực chất lượng cao cho tỉnh; từng bước hình thành danh sách "nguồn tài năng" để giới thiệu vào diện thu hút sau khi tốt nghiệp.
L|Việc xét chọn bảo đảm công khai, minh bạch, đúng đối tượng, đúng chỉ tiêu phân bổ; không để xảy ra trùng lặp với các học bổng khác từ ngân sách nhà nước.
H|II. ĐỐI TƯỢNG, TIÊU CHUẨN VÀ MỨC HỌC BỔNG
H|1. Học bổng loại A: 10.000.000 đồng/suất, xét cho một trong các đối tượng sau
N|Sinh viên năm thứ nhất là người của tỉnh, trúng tuyển đại học hệ chính quy năm 2025 với tổng điểm xét tuyển từ 27,0 điểm trở lên (không tính điểm ưu tiên);
N|Sinh viên đang học tại Trường Đại học Vọng Các có điểm trung bình chung học tập năm học 2024 - 2025 từ 3,6/4,0 trở lên và không có học phần phải thi lại;
N|Học sinh đạt giải Nhất, Nhì, Ba kỳ thi chọn học sinh giỏi quốc gia năm học 2024 - 2025.
H|2. Học bổng loại B: 5.000.000 đồng/suất
Dành cho học sinh trung học phổ thông có kết quả học tập và rèn luyện năm học 2024 - 2025 mức Tốt, điểm trung bình các môn từ 8,5 trở lên, thuộc hộ nghèo, hộ cận nghèo hoặc mồ côi cha hoặc mẹ.
H|3. Học bổng loại C: 3.000.000 đồng/suất
Dành cho học sinh trung học cơ sở có kết quả học tập mức Tốt, đạt giải cấp tỉnh trở lên, thuộc hộ nghèo, hộ cận nghèo hoặc gia đình có hoàn cảnh đặc biệt khó khăn.
H|4. Nguyên tắc chung
Mỗi học sinh, sinh viên chỉ nhận một suất học bổng trong một năm học. Không xét đối với học sinh, sinh viên bị kỷ luật từ mức khiển trách trở lên trong năm học 2024 - 2025.
H|III. CHỈ TIÊU PHÂN BỔ VÀ KINH PHÍ
1. Tổng số 305 suất, trong đó: loại A 40 suất, loại B 134 suất, loại C 131 suất. Phân bổ cụ thể như sau:
T|TT ¦ Đơn vị ¦ Loại A ¦ Loại B ¦ Loại C ¦ Cộng
T|1 ¦ Thành phố Vọng Các ¦ 8 ¦ 30 ¦ 25 ¦ 63
T|2 ¦ Huyện Thiết Sơn ¦ 6 ¦ 24 ¦ 22 ¦ 52
T|3 ¦ Huyện Khúc Mai ¦ 5 ¦ 22 ¦ 20 ¦ 47
T|4 ¦ Huyện Quy Thạch ¦ 5 ¦ 20 ¦ 20 ¦ 45
T|5 ¦ Huyện Trì Nhuận ¦ 4 ¦ 20 ¦ 22 ¦ 46
T|6 ¦ Huyện Dã Tượng ¦ 4 ¦ 18 ¦ 22 ¦ 44
T|7 ¦ Trường Đại học Vọng Các ¦ 8 ¦ - ¦ - ¦ 8
T| ¦ Tổng cộng ¦ 40 ¦ 134 ¦ 131 ¦ 305
2. Tổng kinh phí: 1.463.000.000 đồng (Một tỷ, bốn trăm sáu mươi ba triệu đồng), từ các nguồn sau:
L|Quỹ Khuyến học - Khuyến tài tỉnh: 863.000.000 đồng;
L|Công ty cổ phần Dược phẩm Vọng Các tài trợ: 300.000.000 đồng;
L|Công ty TNHH Điện tử Sao Khuê tài trợ: 200.000.000 đồng;
L|Sở Giáo dục và Đào tạo hỗ trợ từ nguồn xã hội hóa: 100.000.000 đồng.
3. Đơn vị không sử dụng hết chỉ tiêu báo cáo về Thường trực Hội khuyến học tỉnh trước ngày 20/8/2025 để điều chuyển cho đơn vị khác; quá thời hạn này, chỉ tiêu còn lại chuyển cho huyện Dã Tượng và huyện Trì Nhuận.
H|IV. HỒ SƠ, THỜI GIAN VÀ QUY TRÌNH XÉT CHỌN
H|1. Hồ sơ đề nghị gồm
L|Đơn đề nghị cấp học bổng theo mẫu của Hội khuyến học tỉnh;
L|Bản sao học bạ hoặc bảng điểm có xác nhận của nhà trường;
L|Bản sao giấy báo trúng tuyển, giấy chứng nhận đạt giải (nếu có);
L|Giấy xác nhận hộ nghèo, hộ cận nghèo do UBND cấp xã cấp (đối với học bổng loại B và loại C).
H|2. Quy trình xét chọn
Hội khuyến học cấp xã và nhà trường xét, lập danh sách gửi Hội khuyến học huyện, thành phố. Hội khuyến học huyện, thành phố xét chọn theo chỉ tiêu phân bổ, gửi hồ sơ về Văn phòng Hội khuyến học tỉnh (số 12 đường Phan Chu Trinh, thành phố Vọng Các) trước ngày 15/8/2025. Hội đồng xét chọn học bổng tỉnh họp, thẩm định và phê duyệt danh sách trước ngày 10/9/2025.
H|3. Lễ trao học bổng
Lễ trao học bổng tổ chức vào sáng ngày 18/10/2025 tại Hội trường A, Trường Đại học Vọng Các. Đối với học sinh ở huyện Dã Tượng, huyện Trì Nhuận không có điều kiện đi lại, học bổng được trao tại huyện do Hội khuyến học huyện tổ chức trong tháng 10/2025.
H|V. TỔ CHỨC THỰC HIỆN
T|TT ¦ Nội dung ¦ Đơn vị chủ trì ¦ Đơn vị phối hợp ¦ Thời gian hoàn thành
T|1 ¦ Thông báo kế hoạch, chỉ tiêu tới các đơn vị; đăng tải trên trang thông tin của Hội ¦ Văn phòng Hội khuyến học tỉnh ¦ Báo Vọng Các, Đài Phát thanh và Truyền hình tỉnh ¦ Trước ngày 31/5/2025
T|2 ¦ Tổ chức xét chọn cấp huyện, lập hồ sơ đề nghị ¦ Hội khuyến học các huyện, thành phố ¦ Phòng Giáo dục và Đào tạo, UBND cấp xã ¦ Trước ngày 15/8/2025
T|3 ¦ Lập danh sách sinh viên loại A tại trường, xác nhận kết quả học tập ¦ Trường Đại học Vọng Các ¦ Hội Sinh viên trường ¦ Trước ngày 15/8/2025
T|4 ¦ Xác nhận học sinh đạt giải quốc gia, đối chiếu kết quả học tập ¦ Sở Giáo dục và Đào tạo ¦ Các trường THPT chuyên, THPT ¦ Trước ngày 25/8/2025
T|5 ¦ Thẩm định, phê duyệt danh sách nhận học bổng ¦ Hội đồng xét chọn học bổng tỉnh ¦ Sở Giáo dục và Đào tạo, Sở Nội vụ ¦ Trước ngày 10/9/2025
T|6 ¦ Chuyển kinh phí, thanh quyết toán ¦ Ban Quản lý Quỹ Khuyến học - Khuyến tài tỉnh ¦ Sở Tài chính ¦ Trước ngày 15/10/2025
T|7 ¦ Tổ chức Lễ trao học bổng ¦ Văn phòng Hội khuyến học tỉnh ¦ Trường Đại học Vọng Các ¦ Ngày 18/10/2025
T|8 ¦ Cập nhật danh sách "nguồn tài năng", chuyển Sở Nội vụ theo dõi thu hút ¦ Văn phòng Hội khuyến học tỉnh ¦ Sở Nội vụ ¦ Trước ngày 30/11/2025
Đề nghị Sở Giáo dục và Đào tạo chỉ đạo các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên phổ biến Kế hoạch này tới học sinh và cha mẹ học sinh.
Đề nghị Sở Nội vụ theo dõi sinh viên nhận học bổng loại A sau khi tốt nghiệp, ưu tiên giới thiệu vào diện thu hút theo Quyết định số 1874/QĐ-UBND.
Hội khuyến học các huyện, thành phố có trách nhiệm phối hợp với UBND cùng cấp huy động thêm nguồn lực; tuyệt đối không thu bất kỳ khoản phí nào của học sinh khi lập hồ sơ.
Mọi thông tin xin liên hệ bà Ngô Thị Mận, Phó Chủ tịch kiêm Tổng Thư ký Hội khuyến học tỉnh, điện thoại 0237.3851.642, thư điện tử khuyenhoc@vongcac.org.vn.
H|Nơi nhận:
- Trung ương Hội khuyến học Việt Nam (b/c);
- Ban Tuyên giáo Tỉnh ủy (b/c);
- UBND tỉnh (b/c);
- Sở GD&ĐT, Sở Nội vụ, Sở Tài chính;
- Trường Đại học Vọng Các;
- Hội khuyến học các huyện, thành phố;
- Lưu: VT, VP Hội.
R|TM. BAN THƯỜNG VỤ
R|CHỦ TỊCH
R|Tạ Quang Vinh
"""

# ---------------------------------------------------------------------------
# sj03: Thông báo UBND huyện Khúc Mai (TXT hard-wrapped, header in 2 columns)
# Blocks between "@@PRE" and "@@END" are kept as typed; other lines are wrapped.
# ---------------------------------------------------------------------------
SJ03 = """@@PRE
    UỶ BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    HUYỆN KHÚC MAI                 Độc lập - Tự do - Hạnh phúc
                               ---------------------------------
  Số: 112/TB-UBND             Khúc Mai, ngày 09 tháng 6 năm 2025

                            THÔNG BÁO
   Tuyển dụng sinh viên tốt nghiệp xuất sắc, người có trình độ cao
         về công tác tại UBND các xã, thị trấn năm 2025
@@END
Căn cứ Quyết định số 1874/QĐ-UBND ngày 14 tháng 3 năm 2025 của UBND tỉnh Vọng Các ban hành Quy định chính sách thu hút, đãi ngộ người có trình độ cao về công tác tại tỉnh Vọng Các giai đoạn 2025 - 2030;
Căn cứ Quyết định số 3390/QĐ-UBND ngày 26 tháng 5 năm 2025 của UBND tỉnh phê duyệt chỉ tiêu thu hút năm 2025;
Căn cứ Kế hoạch số 41/KH-UBND ngày 30 tháng 5 năm 2025 của UBND huyện Khúc Mai về tuyển dụng công chức cấp xã theo diện thu hút năm 2025,
UBND huyện Khúc Mai thông báo tuyển dụng như sau:
I. CHỈ TIÊU VÀ VỊ TRÍ TUYỂN DỤNG
Tổng chỉ tiêu: 09 người, cụ thể như sau:
@@PRE
TT  Đơn vị               Vị trí việc làm                       Chỉ tiêu
1   Thị trấn Khúc Mai    Tài chính - kế toán                      01
2   Xã Tượng Lĩnh        Văn hóa - xã hội (chuyển đổi số)         02
3   Xã Nhân Thạc         Địa chính - xây dựng - nông nghiệp       01
4   Xã Hà Vĩ             Văn phòng - thống kê                     01
5   Xã Đồng Ngát         Văn hóa - xã hội (chuyển đổi số)         01
6   Xã Thổ Khối          Tư pháp - hộ tịch                        01
7   Xã Lam Nhạc          Địa chính - xây dựng - nông nghiệp       02
@@END
II. ĐIỀU KIỆN, TIÊU CHUẨN DỰ TUYỂN
1. Có quốc tịch Việt Nam và cư trú tại Việt Nam; từ đủ 18 tuổi trở lên và không quá 30 tuổi tính tới ngày hết hạn nộp hồ sơ; có phẩm chất chính trị, đạo đức tốt, có đủ sức khỏe để thực hiện nhiệm vụ.
2. Về trình độ: tốt nghiệp đại học hệ chính quy loại xuất sắc; hoặc tốt nghiệp loại giỏi và là thủ khoa của khóa, của ngành; hoặc có trình độ thạc sĩ, tiến sĩ chuyên ngành phù hợp với vị trí dự tuyển và tốt nghiệp đại học từ loại khá trở lên.
3. Chuyên ngành phù hợp với từng vị trí: Tài chính - kế toán: kế toán, kiểm toán, tài chính ngân hàng; Văn hóa - xã hội (chuyển đổi số): công nghệ thông tin, hệ thống thông tin, khoa học máy tính, an toàn thông tin; Địa chính - xây dựng - nông nghiệp: quản lý đất đai, kỹ thuật xây dựng, khoa học cây trồng; Văn phòng - thống kê: hành chính học, thống kê, quản trị văn phòng; Tư pháp - hộ tịch: luật, luật kinh tế.
4. Ưu tiên người đang thường trú tại huyện Khúc Mai, người dân tộc thiểu số và người đã hoàn thành nghĩa vụ quân sự.
5. Không nhận hồ sơ của người bị hạn chế hoặc mất năng lực hành vi dân sự; người đang bị truy cứu trách nhiệm hình sự, đang chấp hành bản án, quyết định về hình sự của Tòa án.
III. HỒ SƠ ĐĂNG KÝ DỰ TUYỂN
Mỗi người chỉ đăng ký dự tuyển một vị trí tại một đơn vị. Hồ sơ gồm:
a) Phiếu đăng ký dự tuyển theo Mẫu số 01 ban hành kèm theo Thông báo này, dán ảnh cỡ 4x6 chụp trong thời hạn 06 tháng;
b) Bản sao văn bằng, bảng điểm kết quả học tập toàn khóa có chứng thực;
c) Bản sao giấy khai sinh; giấy chứng nhận sức khỏe do cơ sở y tế có thẩm quyền cấp trong thời hạn 06 tháng tính tới ngày nộp hồ sơ;
d) Giấy chứng nhận thuộc đối tượng ưu tiên (nếu có);
đ) 02 phong bì có dán tem, ghi rõ địa chỉ người nhận.
Hồ sơ đựng trong túi kích thước 25 x 34 cm. Hồ sơ không trả lại.
IV. THỜI GIAN, ĐỊA ĐIỂM NHẬN HỒ SƠ
1. Thời gian nhận hồ sơ: từ 7 giờ 30 phút ngày 16 tháng 6 năm 2025 đến 17 giờ 00 phút ngày 16 tháng 7 năm 2025, trong giờ hành chính các ngày làm việc.
2. Địa điểm: Phòng Nội vụ huyện Khúc Mai, tầng 2 Trụ sở HĐND và UBND huyện, số 45 đường Hùng Vương, thị trấn Khúc Mai, huyện Khúc Mai, tỉnh Vọng Các.
3. Người dự tuyển có thể gửi hồ sơ qua dịch vụ bưu chính; ngày nhận hồ sơ tính theo dấu bưu điện nơi gửi.
4. Phí dự tuyển: 500.000 đồng/người, nộp khi có danh sách người dự tuyển hợp lệ.
V. HÌNH THỨC, NỘI DUNG XÉT TUYỂN
1. Vòng 1: kiểm tra điều kiện, tiêu chuẩn của người dự tuyển qua hồ sơ.
2. Vòng 2: phỏng vấn về kiến thức chung và năng lực chuyên môn, thang điểm 100, thời gian phỏng vấn 30 phút/người. Người trúng tuyển phải có kết quả phỏng vấn từ 50 điểm trở lên và được lấy theo thứ tự từ cao xuống thấp trong phạm vi chỉ tiêu của từng vị trí.
3. Dự kiến tổ chức phỏng vấn trong tháng 8 năm 2025 tại Hội trường UBND huyện Khúc Mai; thời gian cụ thể được thông báo trên Cổng Thông tin điện tử huyện Khúc Mai và gửi tới từng người dự tuyển.
VI. CHẾ ĐỘ, CHÍNH SÁCH
1. Người trúng tuyển được tuyển dụng vào công chức cấp xã, hưởng 100% lương trong thời gian tập sự và được hưởng chính sách theo Quyết định số 1874/QĐ-UBND của UBND tỉnh: sinh viên tốt nghiệp loại xuất sắc được hỗ trợ một lần 60.000.000 đồng và hỗ trợ hằng tháng bằng 1,0 lần mức lương cơ sở trong 36 tháng; người có trình độ thạc sĩ được hỗ trợ một lần 100.000.000 đồng.
2. Ngoài mức hỗ trợ của tỉnh, người nhận công tác tại xã Thổ Khối, xã Lam Nhạc được ngân sách huyện hỗ trợ thêm 10.000.000 đồng/người.
3. Người trúng tuyển phải ký cam kết công tác tại xã, thị trấn tối thiểu 05 năm; trường hợp vi phạm cam kết phải bồi hoàn kinh phí theo quy định.
VII. TỔ CHỨC THỰC HIỆN
1. Giao Phòng Nội vụ huyện chủ trì tiếp nhận hồ sơ, tham mưu thành lập Hội đồng tuyển dụng và tổ chức xét tuyển; tổng hợp kết quả gửi Sở Nội vụ trước ngày 25 tháng 7 năm 2025 đối với danh sách người dự tuyển.
2. Văn phòng HĐND và UBND huyện đăng tải Thông báo trên Cổng Thông tin điện tử huyện trong suốt thời gian nhận hồ sơ.
3. Trung tâm Văn hóa, Thông tin và Thể thao huyện phát Thông báo trên hệ thống truyền thanh 03 lần/tuần, từ ngày 16/6/2025 đến ngày 16/7/2025.
4. UBND các xã, thị trấn niêm yết công khai Thông báo tại trụ sở và nhà văn hóa thôn, tổ dân phố; giới thiệu con em địa phương có đủ tiêu chuẩn đăng ký dự tuyển.
5. Giao Huyện đoàn Khúc Mai phối hợp với Trường Đại học Vọng Các thông tin tới sinh viên năm cuối là người của huyện.
Mọi chi tiết xin liên hệ: ông Phạm Minh Khải, Trưởng phòng Nội vụ huyện, điện thoại 0912.447.085; hoặc bà Phạm Thị Yến, chuyên viên Phòng Nội vụ, điện thoại 0237.3762.118, thư điện tử pnv.khucmai@vongcac.gov.vn.
@@PRE

Nơi nhận:                                  TM. UỶ BAN NHÂN DÂN
- Sở Nội vụ (b/c);                              KT. CHỦ TỊCH
- TT Huyện ủy, TT HĐND huyện;                  PHÓ CHỦ TỊCH
- CT, các PCT UBND huyện;
- Như mục VII;                                    (Đã ký)
- Lưu: VT, NV.
                                               Nguyễn Hữu Lộc
@@END
"""

# ---------------------------------------------------------------------------
# sj04: Công văn Sở Nội vụ (TXT, header in 2 columns, not wrapped)
# ---------------------------------------------------------------------------
SJ04 = """  UBND TỈNH VỌNG CÁC            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
       SỞ NỘI VỤ                    Độc lập - Tự do - Hạnh phúc
  -----------------               --------------------------------
  Số: 603/SNV-CCVC                Vọng Các, ngày 22 tháng 9 năm 2025
V/v báo cáo kết quả thực hiện
 chính sách thu hút, đãi ngộ
  giai đoạn 2021 - 2025

            Kính gửi:
                    - UBND các huyện, thành phố;
                    - Sở Giáo dục và Đào tạo;
                    - Sở Y tế;
                    - Trường Đại học Vọng Các.

Thực hiện ý kiến của Chủ tịch UBND tỉnh tại Thông báo số 288/TB-UBND ngày 10/9/2025 về kết luận cuộc họp sơ kết chính sách thu hút nguồn nhân lực chất lượng cao; để có cơ sở tham mưu tổng kết Quyết định số 2316/QĐ-UBND ngày 18/9/2019 và đánh giá kết quả bước đầu thực hiện Quyết định số 1874/QĐ-UBND ngày 14/3/2025 của UBND tỉnh, Sở Nội vụ đề nghị các cơ quan, đơn vị báo cáo một số nội dung sau:

1. Rà soát, thống kê đầy đủ số người được hưởng chính sách thu hút từ ngày 01/01/2021 đến ngày 30/9/2025, bao gồm người được tuyển dụng, tiếp nhận theo Quyết định số 2316/QĐ-UBND và theo Quyết định số 1874/QĐ-UBND; phân theo năm, theo trình độ (giáo sư, phó giáo sư, tiến sĩ, bác sĩ chuyên khoa cấp II, bác sĩ nội trú, thạc sĩ, sinh viên tốt nghiệp loại xuất sắc) và theo lĩnh vực công tác (giáo dục, y tế, nông nghiệp - khoa học công nghệ, quản lý nhà nước).

2. Tổng hợp kinh phí đã chi trả, chia theo ba khoản: hỗ trợ một lần, hỗ trợ hằng tháng và hỗ trợ tiền thuê nhà; nêu rõ nguồn kinh phí (ngân sách tỉnh, ngân sách huyện, nguồn khác) và số kinh phí còn nợ, chưa chi trả cho người được thu hút (nếu có).

3. Báo cáo tình hình thực hiện cam kết: số người còn đang công tác; số người nghỉ việc, chuyển công tác trước thời hạn; số tiền phải bồi hoàn, số tiền đã thu hồi nộp ngân sách và các trường hợp chưa thu hồi (kèm theo bản sao quyết định yêu cầu bồi hoàn).

4. Đánh giá hiệu quả sử dụng người được thu hút: việc bố trí đúng chuyên môn, đóng góp nổi bật, sáng kiến, đề tài khoa học; những khó khăn, vướng mắc trong quá trình thực hiện và đề xuất sửa đổi, bổ sung chính sách cho giai đoạn tới.

5. Đăng ký nhu cầu thu hút năm 2026 theo vị trí việc làm, trình độ, chuyên ngành, kèm theo dự kiến kinh phí; ưu tiên các ngành quy định tại Điều 3 Quy định ban hành kèm theo Quyết định số 1874/QĐ-UBND.

Yêu cầu về hình thức và thời hạn báo cáo:
- Số liệu lập theo Biểu mẫu số 01 (danh sách người được thu hút), Biểu mẫu số 02 (kinh phí thực hiện) và Biểu mẫu số 03 (nhu cầu thu hút năm 2026) gửi kèm Công văn này. Đơn vị không có người được thu hút vẫn gửi báo cáo và ghi rõ "không phát sinh".
- Báo cáo bằng văn bản gửi về Sở Nội vụ (qua Phòng Công chức, viên chức) trước ngày 20 tháng 10 năm 2025; đồng thời gửi bản điện tử (định dạng Excel và bản PDF có chữ ký số) qua thư điện tử phongccvc.snv@vongcac.gov.vn.
- Thủ trưởng cơ quan, đơn vị chịu trách nhiệm trước UBND tỉnh về tính chính xác của số liệu báo cáo.

Đối với UBND các huyện, thành phố: giao Phòng Nội vụ làm đầu mối tổng hợp số liệu của các cơ quan chuyên môn, đơn vị sự nghiệp thuộc huyện và UBND các xã, phường, thị trấn; không gửi riêng báo cáo của từng xã về Sở Nội vụ.

Đề nghị Sở Tài chính phối hợp cung cấp số liệu kinh phí thực hiện chính sách đã cấp cho các huyện, thành phố và các đơn vị dự toán cấp tỉnh giai đoạn 2021 - 2025 trước ngày 15 tháng 10 năm 2025 để đối chiếu.

Đề nghị Hội khuyến học tỉnh cung cấp danh sách sinh viên nhận học bổng loại A từ năm học 2021 - 2022 tới nay, làm nguồn giới thiệu vào diện thu hút.

Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 10 tháng 11 năm 2025 và tham mưu tổ chức hội nghị tổng kết chính sách vào tháng 12 năm 2025. Quá thời hạn nêu trên, đơn vị nào chưa gửi báo cáo, Sở Nội vụ sẽ tổng hợp danh sách đơn vị chậm báo cáo để báo cáo UBND tỉnh.

Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ bà Bùi Thị Mến, chuyên viên Phòng Công chức, viên chức, Sở Nội vụ, điện thoại 0237.3826.519 hoặc 0986.230.714.

Rất mong nhận được sự phối hợp của các cơ quan, đơn vị./.

Nơi nhận:                                   KT. GIÁM ĐỐC
- Như trên;                                 PHÓ GIÁM ĐỐC
- Sở Tài chính (p/h);
- Hội khuyến học tỉnh (p/h);                  (Đã ký)
- UBND tỉnh (b/c);
- Giám đốc, các PGĐ Sở;                    Đinh Công Hoan
- Lưu: VT, CCVC.
"""

# ---------------------------------------------------------------------------
# sj05: Báo cáo UBND huyện Thiết Sơn (Markdown with tables)
# ---------------------------------------------------------------------------
SJ05 = """**UỶ BAN NHÂN DÂN HUYỆN THIẾT SƠN**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc

Số: 245/BC-UBND
Thiết Sơn, ngày 17 tháng 10 năm 2025

# BÁO CÁO

## Kết quả thực hiện chính sách thu hút, đãi ngộ người có trình độ cao trên địa bàn huyện Thiết Sơn giai đoạn 2021 - 2025

Thực hiện Công văn số 603/SNV-CCVC ngày 22/9/2025 của Sở Nội vụ về việc báo cáo kết quả thực hiện chính sách thu hút, đãi ngộ giai đoạn 2021 - 2025, UBND huyện Thiết Sơn báo cáo như sau:

## I. KHÁI QUÁT TÌNH HÌNH

Huyện Thiết Sơn có 17 xã và 01 thị trấn; tổng số cán bộ, công chức, viên chức là 1.326 người (ngành giáo dục 842 người, ngành y tế 214 người). Giai đoạn 2021 - 2025, UBND huyện ban hành 05 kế hoạch thu hút hằng năm, đăng ký 58 chỉ tiêu với Sở Nội vụ; kết quả tuyển dụng, tiếp nhận 47 người, bằng 81,0% số chỉ tiêu đăng ký.

## II. KẾT QUẢ THỰC HIỆN

### 1. Số người được thu hút theo năm và lĩnh vực

Bảng 1. Số người được thu hút (đơn vị: người)

| Năm | Giáo dục | Y tế | Nông nghiệp - KH&CN | Quản lý nhà nước cấp xã | Tổng |
|---|---|---|---|---|---|
| 2021 | 2 | 3 | 1 | 0 | 6 |
| 2022 | 3 | 3 | 1 | 1 | 8 |
| 2023 | 4 | 4 | 2 | 1 | 11 |
| 2024 | 3 | 2 | 2 | 2 | 9 |
| 2025 | 4 | 3 | 2 | 4 | 13 |
| Cộng | 16 | 15 | 8 | 8 | 47 |

Ghi chú: số liệu năm 2025 tính tới ngày 30/9/2025; năm 2021 - 2024 thực hiện theo Quyết định số 2316/QĐ-UBND, năm 2025 có 09 người thực hiện theo Quyết định số 1874/QĐ-UBND.

### 2. Số người được thu hút theo trình độ

Bảng 2. Cơ cấu theo trình độ và tình hình thực hiện cam kết (đơn vị: người)

| Trình độ | Số người được thu hút | Đang công tác | Nghỉ việc, chuyển đi |
|---|---|---|---|
| Tiến sĩ | 3 | 3 | 0 |
| Bác sĩ chuyên khoa cấp II, bác sĩ nội trú | 6 | 4 | 2 |
| Thạc sĩ | 11 | 10 | 1 |
| Sinh viên tốt nghiệp loại xuất sắc | 27 | 26 | 1 |
| Cộng | 47 | 43 | 4 |

Trong số 27 sinh viên tốt nghiệp loại xuất sắc, có 08 người được bố trí làm công chức cấp xã và 19 người là giáo viên, nhân viên y tế. Cả 03 tiến sĩ đều công tác tại đơn vị sự nghiệp của huyện: 02 người tại Trung tâm Dịch vụ nông nghiệp huyện, 01 người tại Trung tâm Y tế huyện.

### 3. Kinh phí thực hiện

Bảng 3. Kinh phí đã chi trả (đơn vị: triệu đồng)

| Năm | Hỗ trợ một lần | Hỗ trợ hằng tháng | Hỗ trợ thuê nhà | Tổng |
|---|---|---|---|---|
| 2021 | 480 | 356 | 72 | 908 |
| 2022 | 610 | 498 | 108 | 1.216 |
| 2023 | 790 | 612 | 144 | 1.546 |
| 2024 | 540 | 705 | 126 | 1.371 |
| 2025 | 740 | 515 | 90 | 1.345 |
| Cộng | 3.160 | 2.686 | 540 | 6.386 |

Tổng kinh phí đã chi trả giai đoạn 2021 - 2025 là 6.386 triệu đồng, trong đó ngân sách tỉnh 5.912 triệu đồng, ngân sách huyện 474 triệu đồng. Hiện còn 520 triệu đồng hỗ trợ hằng tháng năm 2025 chưa được cấp kinh phí để chi trả cho người được thu hút.

### 4. Thực hiện cam kết và bồi hoàn

Giai đoạn 2021 - 2025 có 04 người nghỉ việc, chuyển công tác trước thời hạn cam kết: 02 bác sĩ nội trú (01 người năm 2023, 01 người tháng 3/2025), 01 thạc sĩ ngành giáo dục (năm 2024) và 01 công chức Văn hóa - xã hội xã Vân Lũng là sinh viên tốt nghiệp loại xuất sắc (năm 2025). Tổng số tiền phải bồi hoàn là 586 triệu đồng; đã thu hồi 412 triệu đồng của 03 trường hợp, nộp vào ngân sách nhà nước. Còn 01 trường hợp bác sĩ nội trú chuyển công tác ra ngoài tỉnh tháng 3/2025 chưa nộp 174 triệu đồng; UBND huyện đã ban hành Quyết định số 712/QĐ-UBND ngày 02/4/2025 yêu cầu bồi hoàn.

### 5. Đánh giá chung

**Ưu điểm:** đa số người được thu hút bố trí đúng chuyên môn, phát huy năng lực; 03 tiến sĩ làm chủ nhiệm 02 đề tài khoa học cấp tỉnh về giống lúa chịu hạn và quy trình nuôi cá lồng trên hồ Kiệt Sơn; 05 sáng kiến của người được thu hút được công nhận cấp huyện. Tỷ lệ người còn công tác là 43/47 người, đạt 91,5%.

**Hạn chế:** việc thu hút bác sĩ còn khó khăn, 02/06 bác sĩ đã nghỉ việc; mức hỗ trợ tiền thuê nhà 3.000.000 đồng/tháng chưa phù hợp với người công tác ở xã vùng cao; số sinh viên xuất sắc ngành công nghệ thông tin đăng ký về xã còn ít, năm 2025 chỉ có 02 hồ sơ cho 04 vị trí chuyển đổi số.

## III. PHƯƠNG HƯỚNG VÀ NHU CẦU NĂM 2026

Bảng 4. Nhu cầu thu hút năm 2026

| Lĩnh vực | Vị trí việc làm | Trình độ | Số lượng |
|---|---|---|---|
| Giáo dục | Giáo viên Tin học trung học cơ sở | Sinh viên tốt nghiệp loại xuất sắc | 4 |
| Y tế | Bác sĩ hồi sức cấp cứu, chẩn đoán hình ảnh | Bác sĩ chuyên khoa cấp II, bác sĩ nội trú | 5 |
| Nông nghiệp - KH&CN | Kỹ sư nông nghiệp công nghệ cao | Thạc sĩ | 3 |
| Quản lý nhà nước cấp xã | Công chức Văn hóa - xã hội phụ trách chuyển đổi số | Sinh viên tốt nghiệp loại xuất sắc | 3 |
| Cộng | | | 15 |

Kinh phí dự kiến thực hiện chính sách năm 2026 là 2.150 triệu đồng.

Nhiệm vụ trọng tâm:

1. Giao Phòng Nội vụ chủ trì, phối hợp với Phòng Tài chính - Kế hoạch theo dõi việc thực hiện cam kết, thu hồi dứt điểm 174 triệu đồng còn phải bồi hoàn trước ngày 31/12/2025.
2. Phòng Giáo dục và Đào tạo, Trung tâm Y tế huyện phân công người có kinh nghiệm kèm cặp, hướng dẫn người mới được thu hút trong năm đầu công tác.
3. UBND các xã, thị trấn bố trí chỗ ở, nơi làm việc cho công chức được thu hút; báo cáo tình hình sử dụng về Phòng Nội vụ định kỳ hằng quý.

## IV. KIẾN NGHỊ, ĐỀ XUẤT

1. Đề nghị Sở Tài chính cấp bổ sung 520 triệu đồng kinh phí hỗ trợ hằng tháng năm 2025 cho huyện Thiết Sơn.
2. Đề nghị Sở Nội vụ tham mưu UBND tỉnh nâng mức hỗ trợ thuê nhà lên 4.000.000 đồng/tháng đối với người công tác tại xã và cho phép áp dụng mức cộng thêm 20% đối với 04 xã vùng cao của huyện Thiết Sơn gồm Vân Lũng, Thượng Mão, Ích Hậu, Kiệt Sơn.
3. Đề nghị Trường Đại học Vọng Các giới thiệu sinh viên năm cuối ngành công nghệ thông tin là người của huyện để huyện chủ động tiếp nhận.

Đầu mối liên hệ: ông Đỗ Văn Cừ, Phó Trưởng phòng Nội vụ huyện Thiết Sơn, điện thoại 0915.602.337.

**Nơi nhận:**
- Sở Nội vụ;
- Sở Tài chính;
- TT Huyện ủy, TT HĐND huyện;
- CT, PCT UBND huyện;
- Lưu: VT, NV.

TM. UỶ BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

(Đã ký)

Hà Văn Khiêm
"""

FILES = {
    "sj01": "sj01_quyetdinh_thuhut.pdf",
    "sj02": "sj02_kehoach_hocbong.docx",
    "sj03": "sj03_thongbao_tuyendung.txt",
    "sj04": "sj04_congvan_baocao.txt",
    "sj05": "sj05_baocao_thuhut.md",
}


def build_pdf(text, path):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    for raw in nfc(text).splitlines():
        if not raw.strip():
            continue
        if raw.startswith(("C|", "c|", "B|", "R|")):
            tag, line = raw[0], raw[2:]
        else:
            tag, line = "P", raw
        style = "B" if tag in "CB" else ""
        pdf.set_font("DejaVu", style, 11)
        align = {"C": "C", "c": "C", "R": "R"}.get(tag, "J" if tag == "P" else "L")
        if tag == "C":
            pdf.ln(1)
        pdf.multi_cell(0, 6, line, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def build_docx(text, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    table_rows = []

    def flush_table():
        if not table_rows:
            return
        ncol = len(table_rows[0])
        t = doc.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        for i, row in enumerate(table_rows):
            cells = t.add_row().cells
            for j, val in enumerate(row):
                cells[j].text = val
                if i == 0:
                    for r in cells[j].paragraphs[0].runs:
                        r.bold = True
        table_rows.clear()

    for raw in nfc(text).splitlines():
        if not raw.strip():
            continue
        tag = raw[:2] if raw[1:2] == "|" else "P|"
        line = raw[2:] if tag != "P|" else raw
        if tag == "T|":
            table_rows.append([c.strip() for c in line.split("¦")])
            continue
        flush_table()
        if tag == "N|":
            doc.add_paragraph(line, style="List Number")
        elif tag == "L|":
            doc.add_paragraph(line, style="List Bullet")
        else:
            p = doc.add_paragraph()
            run = p.add_run(line)
            if tag in ("C|", "H|"):
                run.bold = True
            if tag in ("C|", "c|"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif tag == "R|":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif tag == "P|":
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    flush_table()
    doc.save(path)


def build_wrapped_txt(text, path, width=72):
    out = []
    pre = False
    for line in nfc(text).splitlines():
        if line == "@@PRE":
            pre = True
            continue
        if line == "@@END":
            pre = False
            continue
        if pre or not line.strip():
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width=width, break_long_words=False,
                                     break_on_hyphens=False))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def build_plain(text, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(text))

# ---------------------------------------------------------------------------
# Questions and who-what gold
# ---------------------------------------------------------------------------
S1, S2, S3, S4, S5 = (FILES[k] for k in ("sj01", "sj02", "sj03", "sj04", "sj05"))

# (key, kind, question, [(source, quote)], keywords, extra)
# extra: dict with optional "ans": False, "hist": key of earlier question, "actors": [...]
Q = [
    # ---------------- sj01: QĐ 1874/QĐ-UBND (PDF) ----------------
    ("ts1", "abbreviation", "TS về công tác ở tỉnh thì được hỗ trợ một lần bao nhiêu tiền?",
     [(S1, "d) Tiến sĩ: 300.000.000 đồng;")], ["300.000.000"], {}),
    ("ts2", "follow-up", "Thế giáo sư?",
     [(S1, "a) Giáo sư: 600.000.000 đồng;")], ["600.000.000"], {"hist": "ts1"}),
    ("ck1", "factoid", "Thạc sĩ được thu hút phải cam kết làm việc ở tỉnh tối thiểu mấy năm?",
     [(S1, "05 năm đối với bác sĩ chuyên khoa cấp II, bác sĩ nội trú, thạc sĩ và sinh viên tốt nghiệp loại xuất sắc")],
     ["05 năm"], {}),
    ("ck2", "follow-up", "Còn tiến sĩ thì sao?",
     [(S1, "07 năm đối với giáo sư, phó giáo sư, tiến sĩ khoa học, tiến sĩ")], ["07 năm"], {"hist": "ck1"}),
    ("bh1", "factoid", "Người được thu hút nghỉ việc khi mới làm chưa tới nửa thời gian cam kết thì phải hoàn trả bao nhiêu phần trăm tiền đã nhận?",
     [(S1, "100% kinh phí đã nhận nếu công tác thực tế dưới một nửa thời gian cam kết")], ["100%"], {}),
    ("bh2", "follow-up", "Vậy nếu đã làm quá nửa thời gian rồi mới nghỉ?",
     [(S1, "50% nếu công tác từ một nửa thời gian cam kết trở lên")], ["50%"], {"hist": "bh1"}),
    ("nha", "no-diacritics", "ho tro thue nha cho nguoi duoc thu hut la bao nhieu 1 thang, duoc toi da may thang",
     [(S1, "hỗ trợ tiền thuê nhà 3.000.000 đồng/tháng, tối đa 36 tháng")], ["3.000.000", "36 tháng"], {}),
    ("hl", "abbreviation", "QĐ 1874 có hiệu lực từ ngày nào, thay thế QĐ nào?",
     [(S1, "Quyết định này có hiệu lực kể từ ngày 01/4/2025 và thay thế Quyết định số 2316/QĐ-UBND")],
     ["01/4/2025", "2316/QĐ-UBND"], {}),
    ("ky1", "metadata", "Ai ký quyết định ban hành quy định thu hút người có trình độ cao của tỉnh Vọng Các?",
     [(S1, "PHÓ CHỦ TỊCH (Đã ký) Lương Thế Quang")], ["Lương Thế Quang"], {}),
    ("snv1", "who-what", "Sở Nội vụ phải làm những việc gì theo Quy định ban hành kèm QĐ 1874, mốc thời gian ra sao?",
     [(S1, "trình UBND tỉnh phê duyệt trước ngày 15 tháng 10"),
      (S1, "Công bố danh mục vị trí việc làm cần thu hút trên Cổng Thông tin điện tử tỉnh trước ngày 31 tháng 01 hằng năm")],
     ["15 tháng 10", "31 tháng 01"], {"actors": ["Sở Nội vụ"]}),
    ("dh1", "who-what", "Trường Đại học Vọng Các có trách nhiệm gì trong chính sách thu hút, hạn khi nào?",
     [(S1, "giới thiệu sinh viên tốt nghiệp loại xuất sắc cho Sở Nội vụ trước ngày 30 tháng 7 hằng năm")],
     ["30 tháng 7"], {"actors": ["Trường Đại học Vọng Các"]}),
    ("huyen1", "who-what", "UBND cac huyen phai dang ky nhu cau thu hut truoc ngay nao va bao cao dinh ky ra sao",
     [(S1, "đăng ký nhu cầu thu hút với Sở Nội vụ trước ngày 30 tháng 9 hằng năm"),
      (S1, "Báo cáo định kỳ 6 tháng (trước ngày 15 tháng 6 và trước ngày 15 tháng 12)")],
     ["30 tháng 9", "15 tháng 6", "15 tháng 12"], {"actors": ["UBND các huyện, thành phố"]}),
    ("dt20", "factoid", "Về làm ở xã thuộc huyện Dã Tượng thì có được cộng thêm tiền hỗ trợ không?",
     [(S1, "huyện Dã Tượng, huyện Trì Nhuận được cộng thêm 20% mức hỗ trợ")], ["20%"], {}),
    ("tuoi2", "no-diacritics", "tien si khoa hoc toi da bao nhieu tuoi thi con duoc thu hut",
     [(S1, "giáo sư, phó giáo sư, tiến sĩ khoa học không quá 55 tuổi")], ["55 tuổi"], {}),
    ("kp86", "no-diacritics", "tong kinh phi du kien giai doan 2025-2030 cho chinh sach thu hut la bao nhieu",
     [(S1, "tổng kinh phí dự kiến giai đoạn 2025 - 2030 là 86 tỷ đồng")], ["86 tỷ đồng"], {}),
    ("cc09", "metadata", "QĐ 1874 căn cứ nghị quyết nào của HĐND tỉnh?",
     [(S1, "Căn cứ Nghị quyết số 09/2025/NQ-HĐND ngày 20 tháng 02 năm 2025 của HĐND tỉnh Vọng Các")],
     ["09/2025/NQ-HĐND"], {}),
    ("kbh", "list", "Những trường hợp nào nghỉ trước hạn mà không phải bồi hoàn?",
     [(S1, "Không phải bồi hoàn nếu được cấp có thẩm quyền điều động, luân chuyển hoặc bị suy giảm khả năng lao động từ 61% trở lên")],
     ["điều động, luân chuyển", "61%"], {}),
    ("khcn", "abbreviation", "Sở KH&CN có trách nhiệm gì theo QĐ 1874?",
     [(S1, "Sở Khoa học và Công nghệ thẩm định và bố trí kinh phí khởi động nghiên cứu")],
     ["kinh phí khởi động nghiên cứu"], {"actors": ["Sở Khoa học và Công nghệ"]}),
    ("syt", "who-what", "Sở Y tế được giao nhiệm vụ gì trong quy định thu hút nhân lực trình độ cao?",
     [(S1, "Sở Y tế xác định nhu cầu bác sĩ chuyên khoa cấp II, bác sĩ nội trú tại các bệnh viện tuyến tỉnh, trung tâm y tế huyện")],
     ["bác sĩ chuyên khoa cấp II"], {"actors": ["Sở Y tế"]}),
    ("u01", "unanswerable", "Theo QĐ 1874, giáo sư về tỉnh được hỗ trợ tiền mua nhà ở bao nhiêu?", [], [], {"ans": False}),
    ("u02", "unanswerable", "Bác sĩ chuyên khoa cấp I được hỗ trợ một lần bao nhiêu theo quy định thu hút của tỉnh?", [], [], {"ans": False}),
    ("u03", "unanswerable", "Kinh phí bố trí riêng cho năm 2026 để thực hiện chính sách thu hút theo QĐ 1874 là bao nhiêu?", [], [], {"ans": False}),
    ("u04", "unanswerable", "Theo Quyết định 2316/QĐ-UBND năm 2019 thì tiến sĩ được hỗ trợ một lần bao nhiêu?", [], [], {"ans": False}),
    ("u05", "unanswerable", "Nghị quyết 09/2025/NQ-HĐND được HĐND tỉnh thông qua tại kỳ họp thứ mấy?", [], [], {"ans": False}),
    ("u06", "unanswerable", "Sở Thông tin và Truyền thông phải làm gì theo Quy định thu hút kèm QĐ 1874?", [], [], {"ans": False}),

    # ---------------- sj02: KH 27/KH-HKH (DOCX) ----------------
    ("hbA", "abbreviation", "HB loại A mỗi suất bao nhiêu tiền?",
     [(S2, "Học bổng loại A: 10.000.000 đồng/suất")], ["10.000.000"], {}),
    ("hbC", "follow-up", "Loại C thì sao?",
     [(S2, "Học bổng loại C: 3.000.000 đồng/suất")], ["3.000.000"], {"hist": "hbA"}),
    ("hbB", "no-diacritics", "hoc bong loai b bao nhieu tien 1 suat, danh cho ai",
     [(S2, "Học bổng loại B: 5.000.000 đồng/suất"),
      (S2, "Dành cho học sinh trung học phổ thông có kết quả học tập và rèn luyện năm học 2024 - 2025 mức Tốt")],
     ["5.000.000"], {}),
    ("tong", "factoid", "Tổng cộng có bao nhiêu suất học bổng Ươm mầm tài năng năm học 2025-2026?",
     [(S2, "Tổng số 305 suất, trong đó: loại A 40 suất, loại B 134 suất, loại C 131 suất")], ["305"], {}),
    ("nguon", "list", "Kinh phí học bổng lấy từ những nguồn nào, mỗi nguồn bao nhiêu?",
     [(S2, "Quỹ Khuyến học - Khuyến tài tỉnh: 863.000.000 đồng"),
      (S2, "Công ty cổ phần Dược phẩm Vọng Các tài trợ: 300.000.000 đồng"),
      (S2, "Công ty TNHH Điện tử Sao Khuê tài trợ: 200.000.000 đồng"),
      (S2, "Sở Giáo dục và Đào tạo hỗ trợ từ nguồn xã hội hóa: 100.000.000 đồng")],
     ["863.000.000", "300.000.000", "200.000.000"], {}),
    ("han815", "no-diacritics", "han chot hoi khuyen hoc huyen gui ho so hoc bong ve tinh la ngay nao",
     [(S2, "gửi hồ sơ về Văn phòng Hội khuyến học tỉnh (số 12 đường Phan Chu Trinh, thành phố Vọng Các) trước ngày 15/8/2025")],
     ["15/8/2025"], {}),
    ("le1", "factoid", "Lễ trao học bổng Ươm mầm tài năng tổ chức khi nào, ở đâu?",
     [(S2, "Lễ trao học bổng tổ chức vào sáng ngày 18/10/2025 tại Hội trường A, Trường Đại học Vọng Các")],
     ["18/10/2025", "Hội trường A"], {}),
    ("le2", "follow-up", "Thế ai sẽ trực tiếp trao, có lãnh đạo tỉnh dự không?", [], [], {"ans": False, "hist": "le1"}),
    ("sgd2", "who-what", "Sở GD&ĐT phải làm gì trong kế hoạch học bổng của Hội khuyến học tỉnh?",
     [(S2, "Xác nhận học sinh đạt giải quốc gia, đối chiếu kết quả học tập"),
      (S2, "Đề nghị Sở Giáo dục và Đào tạo chỉ đạo các trường trung học phổ thông")],
     ["đối chiếu kết quả học tập"], {"actors": ["Sở Giáo dục và Đào tạo"]}),
    ("quy", "who-what", "Ban Quản lý Quỹ Khuyến học - Khuyến tài tỉnh được giao việc gì, hạn khi nào?",
     [(S2, "Chuyển kinh phí, thanh quyết toán"), (S2, "Trước ngày 15/10/2025")],
     ["15/10/2025"], {"actors": ["Ban Quản lý Quỹ Khuyến học - Khuyến tài tỉnh"]}),
    ("vph", "who-what", "Văn phòng Hội khuyến học tỉnh chủ trì những việc nào trong KH 27?",
     [(S2, "Thông báo kế hoạch, chỉ tiêu tới các đơn vị; đăng tải trên trang thông tin của Hội"),
      (S2, "Tổ chức Lễ trao học bổng"),
      (S2, "Cập nhật danh sách \"nguồn tài năng\", chuyển Sở Nội vụ theo dõi thu hút")],
     ["Lễ trao học bổng"], {"actors": ["Văn phòng Hội khuyến học tỉnh"]}),
    ("hkhh", "who-what", "Hội khuyến học các huyện có trách nhiệm gì ngoài việc xét chọn?",
     [(S2, "Hội khuyến học các huyện, thành phố có trách nhiệm phối hợp với UBND cùng cấp huy động thêm nguồn lực")],
     ["huy động thêm nguồn lực"], {"actors": ["Hội khuyến học các huyện, thành phố"]}),
    ("ky2", "metadata", "KH 27/KH-HKH ban hành ngày nào, ai ký?",
     [(S2, "Vọng Các, ngày 08 tháng 5 năm 2025"), (S2, "TM. BAN THƯỜNG VỤ CHỦ TỊCH Tạ Quang Vinh")],
     ["08 tháng 5 năm 2025", "Tạ Quang Vinh"], {}),
    ("lh2", "factoid", "Muốn hỏi thêm về học bổng Ươm mầm tài năng thì liên hệ ai, số điện thoại bao nhiêu?",
     [(S2, "liên hệ bà Ngô Thị Mận, Phó Chủ tịch kiêm Tổng Thư ký Hội khuyến học tỉnh, điện thoại 0237.3851.642")],
     ["Ngô Thị Mận", "0237.3851.642"], {}),
    ("tp", "abbreviation", "TP Vọng Các được phân bao nhiêu suất HB tất cả?",
     [(S2, "Thành phố Vọng Các | 8 | 30 | 25 | 63")], ["63"], {}),
    ("dtg", "follow-up", "con huyen Da Tuong?",
     [(S2, "Huyện Dã Tượng | 4 | 18 | 22 | 44")], ["44"], {"hist": "tp"}),
    ("thpt", "abbreviation", "HS THPT muốn nhận HB loại B cần điểm TB các môn bao nhiêu?",
     [(S2, "điểm trung bình các môn từ 8,5 trở lên")], ["8,5"], {}),
    ("u07", "unanswerable", "hoc bong loai A nam hoc 2024-2025 moi suat bao nhieu tien", [], [], {"ans": False}),
    ("u08", "unanswerable", "hoc sinh dat giai dac biet hoc sinh gioi quoc gia duoc hoc bong bao nhieu", [], [], {"ans": False}),
    ("u09", "unanswerable", "Huyện Tuy Mạc được phân bao nhiêu suất học bổng loại C?", [], [], {"ans": False}),
    ("u10", "unanswerable", "Học sinh tiểu học được học bổng Ươm mầm tài năng mức bao nhiêu?", [], [], {"ans": False}),
    ("u11", "unanswerable", "KH 28/KH-HKH của Hội khuyến học tỉnh năm 2025 về nội dung gì?", [], [], {"ans": False}),
    ("u12", "unanswerable", "Công ty Sao Khuê cam kết tài trợ học bổng trong mấy năm liền?", [], [], {"ans": False}),

    # ---------------- sj03: TB 112/TB-UBND (TXT wrapped) ----------------
    ("km9", "abbreviation", "Năm 2025 UBND huyện Khúc Mai tuyển tổng cộng bao nhiêu người về xã, TT theo diện thu hút?",
     [(S3, "Tổng chỉ tiêu: 09 người")], ["09 người"], {}),
    ("tl", "factoid", "Xã Tượng Lĩnh tuyển vị trí gì, mấy người?",
     [(S3, "Xã Tượng Lĩnh Văn hóa - xã hội (chuyển đổi số) 02")], ["Văn hóa - xã hội (chuyển đổi số)"], {}),
    ("ln", "follow-up", "Còn xã Lam Nhạc?",
     [(S3, "Xã Lam Nhạc Địa chính - xây dựng - nông nghiệp 02")], ["Địa chính - xây dựng - nông nghiệp"],
     {"hist": "tl"}),
    ("han1", "factoid", "Hạn cuối nộp hồ sơ tuyển dụng về xã của huyện Khúc Mai là khi nào?",
     [(S3, "đến 17 giờ 00 phút ngày 16 tháng 7 năm 2025")], ["16 tháng 7 năm 2025"], {}),
    ("han2", "follow-up", "Nộp ở đâu?",
     [(S3, "Phòng Nội vụ huyện Khúc Mai, tầng 2 Trụ sở HĐND và UBND huyện, số 45 đường Hùng Vương")],
     ["số 45 đường Hùng Vương"], {"hist": "han1"}),
    ("bd", "no-diacritics", "thoi gian nhan ho so tuyen dung cong chuc xa khuc mai bat dau tu ngay nao",
     [(S3, "từ 7 giờ 30 phút ngày 16 tháng 6 năm 2025")], ["16 tháng 6 năm 2025"], {}),
    ("phi", "no-diacritics", "phi du tuyen cong chuc xa o khuc mai la bao nhieu",
     [(S3, "Phí dự tuyển: 500.000 đồng/người")], ["500.000"], {}),
    ("tuoi3", "abbreviation", "Theo TB 112 thì dự tuyển tối đa bao nhiêu tuổi?",
     [(S3, "không quá 30 tuổi tính tới ngày hết hạn nộp hồ sơ")], ["30 tuổi"], {}),
    ("hoso3", "list", "Hồ sơ dự tuyển công chức xã theo diện thu hút ở Khúc Mai gồm những gì?",
     [(S3, "Phiếu đăng ký dự tuyển theo Mẫu số 01"),
      (S3, "Bản sao văn bằng, bảng điểm kết quả học tập toàn khóa có chứng thực"),
      (S3, "giấy chứng nhận sức khỏe do cơ sở y tế có thẩm quyền cấp trong thời hạn 06 tháng")],
     ["Mẫu số 01"], {}),
    ("pv1", "factoid", "Phỏng vấn phải được bao nhiêu điểm mới trúng tuyển?",
     [(S3, "có kết quả phỏng vấn từ 50 điểm trở lên")], ["50 điểm"], {}),
    ("pv2", "follow-up", "Mỗi người phỏng vấn trong bao lâu?",
     [(S3, "thời gian phỏng vấn 30 phút/người")], ["30 phút"], {"hist": "pv1"}),
    ("hd", "who-what", "Huyện đoàn Khúc Mai được giao việc gì trong đợt tuyển dụng này?",
     [(S3, "Giao Huyện đoàn Khúc Mai phối hợp với Trường Đại học Vọng Các thông tin tới sinh viên năm cuối là người của huyện")],
     ["sinh viên năm cuối"], {"actors": ["Huyện đoàn Khúc Mai", "Trường Đại học Vọng Các"]}),
    ("vhtt", "abbreviation", "TT VH-TT&TT huyện Khúc Mai phải làm gì với thông báo tuyển dụng?",
     [(S3, "phát Thông báo trên hệ thống truyền thanh 03 lần/tuần")], ["03 lần/tuần"],
     {"actors": ["Trung tâm Văn hóa, Thông tin và Thể thao huyện"]}),
    ("pnv3", "who-what", "Phòng Nội vụ huyện Khúc Mai có nhiệm vụ gì theo TB 112, phải gửi Sở Nội vụ trước ngày nào?",
     [(S3, "Giao Phòng Nội vụ huyện chủ trì tiếp nhận hồ sơ, tham mưu thành lập Hội đồng tuyển dụng và tổ chức xét tuyển"),
      (S3, "gửi Sở Nội vụ trước ngày 25 tháng 7 năm 2025")],
     ["Hội đồng tuyển dụng", "25 tháng 7 năm 2025"], {"actors": ["Phòng Nội vụ huyện"]}),
    ("lh3", "no-diacritics", "lien he ai de hoi ve tuyen dung sinh vien xuat sac ve xa o khuc mai",
     [(S3, "ông Phạm Minh Khải, Trưởng phòng Nội vụ huyện, điện thoại 0912.447.085")],
     ["Phạm Minh Khải", "0912.447.085"], {}),
    ("so3", "metadata", "Thông báo tuyển dụng của huyện Khúc Mai số mấy, ký ngày nào?",
     [(S3, "Số: 112/TB-UBND Khúc Mai, ngày 09 tháng 6 năm 2025")], ["112/TB-UBND", "09 tháng 6 năm 2025"], {}),
    ("ky3", "metadata", "ai ky TB 112 cua UBND huyen Khuc Mai",
     [(S3, "Lưu: VT, NV. Nguyễn Hữu Lộc")], ["Nguyễn Hữu Lộc"], {}),
    ("u13", "unanswerable", "Lương tập sự của công chức xã trúng tuyển đợt này là bao nhiêu tiền một tháng?", [], [], {"ans": False}),
    ("u14", "unanswerable", "ngay nao huyen khuc mai cong bo danh sach trung tuyen chinh thuc", [], [], {"ans": False}),
    ("u15", "unanswerable", "Năm 2024 huyện Khúc Mai đã tuyển được bao nhiêu sinh viên xuất sắc về xã?", [], [], {"ans": False}),
    ("u16", "unanswerable", "Số điện thoại của Huyện đoàn Khúc Mai để hỏi về tuyển dụng là gì?", [], [], {"ans": False}),

    # ---------------- sj04: CV 603/SNV-CCVC (TXT) ----------------
    ("so4", "metadata", "Công văn của Sở Nội vụ đề nghị báo cáo kết quả thu hút có số hiệu gì, ngày nào?",
     [(S4, "Số: 603/SNV-CCVC Vọng Các, ngày 22 tháng 9 năm 2025")], ["603/SNV-CCVC", "22 tháng 9 năm 2025"], {}),
    ("han4", "abbreviation", "Hạn gửi BC theo CV 603 là ngày nào?",
     [(S4, "gửi về Sở Nội vụ (qua Phòng Công chức, viên chức) trước ngày 20 tháng 10 năm 2025")],
     ["20 tháng 10 năm 2025"], {}),
    ("mail4", "follow-up", "ban mem thi gui qua email nao",
     [(S4, "qua thư điện tử phongccvc.snv@vongcac.gov.vn")], ["phongccvc.snv@vongcac.gov.vn"], {"hist": "han4"}),
    ("stc4", "follow-up", "Còn Sở Tài chính phải gửi số liệu trước ngày nào?",
     [(S4, "giai đoạn 2021 - 2025 trước ngày 15 tháng 10 năm 2025")], ["15 tháng 10 năm 2025"], {"hist": "han4"}),
    ("kh4", "factoid", "Báo cáo gửi Sở Nội vụ phải thống kê người được thu hút trong khoảng thời gian nào?",
     [(S4, "từ ngày 01/01/2021 đến ngày 30/9/2025")], ["01/01/2021", "30/9/2025"], {}),
    ("stcw", "who-what", "Sở Tài chính được đề nghị làm gì theo công văn 603 của Sở Nội vụ?",
     [(S4, "Đề nghị Sở Tài chính phối hợp cung cấp số liệu kinh phí thực hiện chính sách")],
     ["số liệu kinh phí"], {"actors": ["Sở Tài chính"]}),
    ("hkh4", "who-what", "Hội khuyến học tỉnh phải cung cấp gì cho Sở Nội vụ?",
     [(S4, "Đề nghị Hội khuyến học tỉnh cung cấp danh sách sinh viên nhận học bổng loại A từ năm học 2021 - 2022")],
     ["học bổng loại A"], {"actors": ["Hội khuyến học tỉnh"]}),
    ("dm4", "who-what", "Ở cấp huyện đơn vị nào làm đầu mối tổng hợp số liệu báo cáo thu hút?",
     [(S4, "giao Phòng Nội vụ làm đầu mối tổng hợp số liệu")], ["Phòng Nội vụ"], {"actors": ["Phòng Nội vụ"]}),
    ("kps", "no-diacritics", "don vi khong co nguoi duoc thu hut thi co phai gui bao cao khong",
     [(S4, "Đơn vị không có người được thu hút vẫn gửi báo cáo và ghi rõ \"không phát sinh\"")],
     ["không phát sinh"], {}),
    ("lh4", "abbreviation", "Vướng mắc khi làm BC theo CV 603 thì hỏi ai ở SNV?",
     [(S4, "liên hệ bà Bùi Thị Mến, chuyên viên Phòng Công chức, viên chức, Sở Nội vụ, điện thoại 0237.3826.519 hoặc 0986.230.714")],
     ["Bùi Thị Mến", "0986.230.714"], {}),
    ("ky4", "metadata", "Ai ký công văn 603/SNV-CCVC?",
     [(S4, "Giám đốc, các PGĐ Sở; Đinh Công Hoan")], ["Đinh Công Hoan"], {}),
    ("nc26", "no-diacritics", "cv 603 yeu cau dang ky nhu cau thu hut cho nam nao",
     [(S4, "Đăng ký nhu cầu thu hút năm 2026 theo vị trí việc làm")], ["năm 2026"], {}),
    ("u17", "unanswerable", "Công văn 604/SNV-CCVC của Sở Nội vụ yêu cầu báo cáo nội dung gì?", [], [], {"ans": False}),
    ("u18", "unanswerable", "Biểu mẫu số 04 kèm CV 603 là biểu gì?", [], [], {"ans": False}),
    ("u19", "unanswerable", "Hội nghị tổng kết chính sách thu hút tháng 12/2025 tổ chức ở đâu?", [], [], {"ans": False}),
    ("u20", "unanswerable", "Đơn vị chậm gửi báo cáo theo CV 603 bị trừ bao nhiêu điểm thi đua?", [], [], {"ans": False}),

    # ---------------- sj05: BC 245/BC-UBND (MD) ----------------
    ("ts47", "factoid", "Giai đoạn 2021-2025 huyện Thiết Sơn thu hút được tổng cộng bao nhiêu người, đạt bao nhiêu % chỉ tiêu?",
     [(S5, "kết quả tuyển dụng, tiếp nhận 47 người, bằng 81,0% số chỉ tiêu đăng ký")], ["47 người", "81,0%"], {}),
    ("y23", "factoid", "Năm 2023 huyện Thiết Sơn thu hút được bao nhiêu người?",
     [(S5, "| 2023 | 4 | 4 | 2 | 1 | 11 |")], ["11"], {}),
    ("y25", "follow-up", "Năm 2025 thì sao?",
     [(S5, "| 2025 | 4 | 3 | 2 | 4 | 13 |")], ["13"], {"hist": "y23"}),
    ("y26", "follow-up", "Thế năm 2026 đã tuyển được mấy người rồi?", [], [], {"ans": False, "hist": "y23"}),
    ("kp5", "abbreviation", "Theo BC 245, tổng kinh phí huyện Thiết Sơn đã chi cho chính sách thu hút là bao nhiêu?",
     [(S5, "Tổng kinh phí đã chi trả giai đoạn 2021 - 2025 là 6.386 triệu đồng")], ["6.386"], {}),
    ("nsh", "follow-up", "Trong đó ngân sách huyện chi bao nhiêu?",
     [(S5, "ngân sách huyện 474 triệu đồng")], ["474"], {"hist": "kp5"}),
    ("nha23", "no-diacritics", "so tien ho tro thue nha nam 2023 o thiet son la bao nhieu",
     [(S5, "| 2023 | 790 | 612 | 144 | 1.546 |")], ["144"], {}),
    ("nghi", "factoid", "Ở Thiết Sơn có mấy người nghỉ việc trước hạn cam kết, đã thu hồi được bao nhiêu tiền?",
     [(S5, "có 04 người nghỉ việc, chuyển công tác trước thời hạn cam kết"),
      (S5, "đã thu hồi 412 triệu đồng của 03 trường hợp")],
     ["04 người", "412 triệu"], {}),
    ("qd712", "metadata", "Quyết định yêu cầu bồi hoàn mà huyện Thiết Sơn ban hành có số hiệu gì?",
     [(S5, "Quyết định số 712/QĐ-UBND ngày 02/4/2025 yêu cầu bồi hoàn")], ["712/QĐ-UBND"], {}),
    ("kp26", "factoid", "Dự kiến kinh phí thực hiện chính sách thu hút năm 2026 của huyện Thiết Sơn là bao nhiêu?",
     [(S5, "Kinh phí dự kiến thực hiện chính sách năm 2026 là 2.150 triệu đồng")], ["2.150 triệu đồng"], {}),
    ("pnv5", "who-what", "Theo BC 245, Phòng Nội vụ huyện Thiết Sơn được giao việc gì, xong trước ngày nào?",
     [(S5, "Giao Phòng Nội vụ chủ trì, phối hợp với Phòng Tài chính - Kế hoạch theo dõi việc thực hiện cam kết, thu hồi dứt điểm 174 triệu đồng còn phải bồi hoàn trước ngày 31/12/2025")],
     ["31/12/2025"], {"actors": ["Phòng Nội vụ", "Phòng Tài chính - Kế hoạch"]}),
    ("xa5", "who-what", "UBND các xã, thị trấn ở Thiết Sơn phải làm gì cho công chức được thu hút?",
     [(S5, "UBND các xã, thị trấn bố trí chỗ ở, nơi làm việc cho công chức được thu hút; báo cáo tình hình sử dụng về Phòng Nội vụ định kỳ hằng quý")],
     ["định kỳ hằng quý"], {"actors": ["UBND các xã, thị trấn"]}),
    ("kn1", "who-what", "Huyện Thiết Sơn kiến nghị Sở Tài chính điều gì?",
     [(S5, "Đề nghị Sở Tài chính cấp bổ sung 520 triệu đồng kinh phí hỗ trợ hằng tháng năm 2025")],
     ["520 triệu đồng"], {"actors": ["Sở Tài chính"]}),
    ("kn2", "follow-up", "Còn kiến nghị với Sở Nội vụ là gì?",
     [(S5, "nâng mức hỗ trợ thuê nhà lên 4.000.000 đồng/tháng đối với người công tác tại xã")],
     ["4.000.000"], {"hist": "kn1"}),
    ("xvc", "list", "Bốn xã vùng cao Thiết Sơn đề nghị được áp dụng mức cộng thêm 20% là những xã nào?",
     [(S5, "04 xã vùng cao của huyện Thiết Sơn gồm Vân Lũng, Thượng Mão, Ích Hậu, Kiệt Sơn")],
     ["Vân Lũng", "Kiệt Sơn"], {}),
    ("so5", "metadata", "Báo cáo kết quả thu hút của huyện Thiết Sơn số mấy, ngày nào, ai ký?",
     [(S5, "Số: 245/BC-UBND Thiết Sơn, ngày 17 tháng 10 năm 2025"), (S5, "PHÓ CHỦ TỊCH (Đã ký) Hà Văn Khiêm")],
     ["245/BC-UBND", "Hà Văn Khiêm"], {}),
    ("cntt", "abbreviation", "BC 245 nói năm 2025 có mấy hồ sơ SV xuất sắc ngành CNTT đăng ký về xã?",
     [(S5, "năm 2025 chỉ có 02 hồ sơ cho 04 vị trí chuyển đổi số")], ["02 hồ sơ"], {}),
    ("bsn", "no-diacritics", "thiet son co bao nhieu bac si duoc thu hut da nghi viec",
     [(S5, "02/06 bác sĩ đã nghỉ việc")], ["02/06"], {}),
    ("lh5", "abbreviation", "Đầu mối liên hệ của BC 245 là ai, SĐT?",
     [(S5, "ông Đỗ Văn Cừ, Phó Trưởng phòng Nội vụ huyện Thiết Sơn, điện thoại 0915.602.337")],
     ["Đỗ Văn Cừ", "0915.602.337"], {}),
    ("u21", "unanswerable", "Năm 2020 huyện Thiết Sơn thu hút được bao nhiêu người có trình độ cao?", [], [], {"ans": False}),
    ("u22", "unanswerable", "huyen quy thach da chi bao nhieu tien cho chinh sach thu hut giai doan 2021-2025", [], [], {"ans": False}),
    ("u23", "unanswerable", "Bác sĩ nội trú chuyển ra ngoài tỉnh tháng 3/2025 ở Thiết Sơn tên là gì?", [], [], {"ans": False}),
    ("u24", "unanswerable", "Trong 47 người được thu hút ở Thiết Sơn có bao nhiêu người là nữ?", [], [], {"ans": False}),

    # ---------------- corpus-level ----------------
    ("c1", "corpus", "Những văn bản nào trong bộ tài liệu dẫn chiếu Quyết định 1874/QĐ-UBND của UBND tỉnh?",
     [(S2, "căn cứ Quyết định số 1874/QĐ-UBND ngày 14/3/2025 của UBND tỉnh"),
      (S3, "Căn cứ Quyết định số 1874/QĐ-UBND ngày 14 tháng 3 năm 2025 của UBND tỉnh Vọng Các"),
      (S4, "đánh giá kết quả bước đầu thực hiện Quyết định số 1874/QĐ-UBND ngày 14/3/2025"),
      (S5, "năm 2025 có 09 người thực hiện theo Quyết định số 1874/QĐ-UBND")],
     ["1874/QĐ-UBND"], {}),
    ("c2", "corpus", "Báo cáo của huyện Thiết Sơn được lập để trả lời công văn nào?",
     [(S5, "Thực hiện Công văn số 603/SNV-CCVC ngày 22/9/2025 của Sở Nội vụ")], ["603/SNV-CCVC"], {}),
    ("c3", "corpus", "Trong các tài liệu, văn bản nào nói về học bổng cho học sinh, sinh viên?",
     [(S2, "Xét chọn, trao học bổng \"Ươm mầm tài năng Vọng Các\" năm học 2025 - 2026")],
     ["Ươm mầm tài năng Vọng Các"], {}),
    ("c4", "corpus", "Có mấy văn bản do UBND cấp huyện ban hành, là những văn bản nào?",
     [(S3, "Số: 112/TB-UBND Khúc Mai, ngày 09 tháng 6 năm 2025"),
      (S5, "Số: 245/BC-UBND Thiết Sơn, ngày 17 tháng 10 năm 2025")],
     ["112/TB-UBND", "245/BC-UBND"], {}),
    ("c5", "corpus", "Văn bản nào trong bộ tài liệu do Sở Nội vụ ban hành?",
     [(S4, "Số: 603/SNV-CCVC Vọng Các, ngày 22 tháng 9 năm 2025")], ["603/SNV-CCVC"], {}),
]

WHO_WHAT = [
    {"id": "wsj01", "directive": "QĐ 1874/QĐ-UBND", "source": S1, "actors": [
        {"name": "Sở Nội vụ", "role": "chủ trì", "deadline": "trước ngày 15 tháng 10",
         "task_quote": "Chủ trì tổng hợp nhu cầu thu hút hằng năm của các sở, ngành, địa phương, trình UBND tỉnh phê duyệt"},
        {"name": "Sở Nội vụ", "role": None, "deadline": "trước ngày 31 tháng 01 hằng năm",
         "task_quote": "Công bố danh mục vị trí việc làm cần thu hút trên Cổng Thông tin điện tử tỉnh"},
        {"name": "Sở Nội vụ", "role": None, "deadline": None,
         "task_quote": "Thẩm định hồ sơ, trình Chủ tịch UBND tỉnh quyết định hỗ trợ; theo dõi việc thực hiện cam kết và thu hồi kinh phí bồi hoàn"},
        {"name": "Sở Tài chính", "role": None, "deadline": None,
         "task_quote": "tham mưu UBND tỉnh bố trí kinh phí thực hiện chính sách trong dự toán ngân sách hằng năm"},
        {"name": "Sở Giáo dục và Đào tạo", "role": None, "deadline": None,
         "task_quote": "lập danh sách sinh viên là người của tỉnh tốt nghiệp loại xuất sắc, thủ khoa để giới thiệu về công tác tại tỉnh"},
        {"name": "Sở Y tế", "role": None, "deadline": None,
         "task_quote": "Sở Y tế xác định nhu cầu bác sĩ chuyên khoa cấp II, bác sĩ nội trú"},
        {"name": "Sở Khoa học và Công nghệ", "role": None, "deadline": None,
         "task_quote": "Sở Khoa học và Công nghệ thẩm định và bố trí kinh phí khởi động nghiên cứu"},
        {"name": "Trường Đại học Vọng Các", "role": None, "deadline": None,
         "task_quote": "Sở Giáo dục và Đào tạo phối hợp với Trường Đại học Vọng Các lập danh sách sinh viên"},
        {"name": "Trường Đại học Vọng Các", "role": None, "deadline": "trước ngày 30 tháng 7 hằng năm",
         "task_quote": "giới thiệu sinh viên tốt nghiệp loại xuất sắc cho Sở Nội vụ"},
        {"name": "UBND các huyện, thành phố", "role": None, "deadline": "trước ngày 30 tháng 9 hằng năm",
         "task_quote": "Rà soát vị trí việc làm còn thiếu, đăng ký nhu cầu thu hút với Sở Nội vụ"},
        {"name": "UBND các huyện, thành phố", "role": None, "deadline": "trước ngày 15 tháng 6 và trước ngày 15 tháng 12",
         "task_quote": "Báo cáo định kỳ 6 tháng (trước ngày 15 tháng 6 và trước ngày 15 tháng 12) về kết quả thực hiện chính sách gửi Sở Nội vụ"},
        {"name": "Chánh Văn phòng UBND tỉnh", "role": None, "deadline": None,
         "task_quote": "chịu trách nhiệm thi hành Quyết định này"},
    ], "intruders": ["Lương Thế Quang", "Bộ Nội vụ", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh",
                     "Chủ tịch, các PCT UBND tỉnh", "Lưu: VT, NC", "Bộ Chính trị"]},
    {"id": "wsj02", "directive": "KH 27/KH-HKH", "source": S2, "actors": [
        {"name": "Văn phòng Hội khuyến học tỉnh", "role": "chủ trì", "deadline": "Trước ngày 31/5/2025",
         "task_quote": "Thông báo kế hoạch, chỉ tiêu tới các đơn vị; đăng tải trên trang thông tin của Hội"},
        {"name": "Báo Vọng Các", "role": "phối hợp", "deadline": "Trước ngày 31/5/2025",
         "task_quote": "Thông báo kế hoạch, chỉ tiêu tới các đơn vị; đăng tải trên trang thông tin của Hội"},
        {"name": "Đài Phát thanh và Truyền hình tỉnh", "role": "phối hợp", "deadline": "Trước ngày 31/5/2025",
         "task_quote": "Thông báo kế hoạch, chỉ tiêu tới các đơn vị; đăng tải trên trang thông tin của Hội"},
        {"name": "Hội khuyến học các huyện, thành phố", "role": "chủ trì", "deadline": "Trước ngày 15/8/2025",
         "task_quote": "Tổ chức xét chọn cấp huyện, lập hồ sơ đề nghị"},
        {"name": "Phòng Giáo dục và Đào tạo", "role": "phối hợp", "deadline": "Trước ngày 15/8/2025",
         "task_quote": "Tổ chức xét chọn cấp huyện, lập hồ sơ đề nghị"},
        {"name": "UBND cấp xã", "role": "phối hợp", "deadline": "Trước ngày 15/8/2025",
         "task_quote": "Tổ chức xét chọn cấp huyện, lập hồ sơ đề nghị"},
        {"name": "Trường Đại học Vọng Các", "role": "chủ trì", "deadline": "Trước ngày 15/8/2025",
         "task_quote": "Lập danh sách sinh viên loại A tại trường, xác nhận kết quả học tập"},
        {"name": "Hội Sinh viên trường", "role": "phối hợp", "deadline": "Trước ngày 15/8/2025",
         "task_quote": "Lập danh sách sinh viên loại A tại trường, xác nhận kết quả học tập"},
        {"name": "Sở Giáo dục và Đào tạo", "role": "chủ trì", "deadline": "Trước ngày 25/8/2025",
         "task_quote": "Xác nhận học sinh đạt giải quốc gia, đối chiếu kết quả học tập"},
        {"name": "Các trường THPT chuyên, THPT", "role": "phối hợp", "deadline": "Trước ngày 25/8/2025",
         "task_quote": "Xác nhận học sinh đạt giải quốc gia, đối chiếu kết quả học tập"},
        {"name": "Hội đồng xét chọn học bổng tỉnh", "role": "chủ trì", "deadline": "Trước ngày 10/9/2025",
         "task_quote": "Thẩm định, phê duyệt danh sách nhận học bổng"},
        {"name": "Sở Nội vụ", "role": "phối hợp", "deadline": "Trước ngày 10/9/2025",
         "task_quote": "Thẩm định, phê duyệt danh sách nhận học bổng"},
        {"name": "Ban Quản lý Quỹ Khuyến học - Khuyến tài tỉnh", "role": "chủ trì", "deadline": "Trước ngày 15/10/2025",
         "task_quote": "Chuyển kinh phí, thanh quyết toán"},
        {"name": "Sở Tài chính", "role": "phối hợp", "deadline": "Trước ngày 15/10/2025",
         "task_quote": "Chuyển kinh phí, thanh quyết toán"},
        {"name": "Văn phòng Hội khuyến học tỉnh", "role": "chủ trì", "deadline": "Ngày 18/10/2025",
         "task_quote": "Tổ chức Lễ trao học bổng"},
        {"name": "Trường Đại học Vọng Các", "role": "phối hợp", "deadline": "Ngày 18/10/2025",
         "task_quote": "Tổ chức Lễ trao học bổng"},
        {"name": "Văn phòng Hội khuyến học tỉnh", "role": "chủ trì", "deadline": "Trước ngày 30/11/2025",
         "task_quote": "Cập nhật danh sách \"nguồn tài năng\", chuyển Sở Nội vụ theo dõi thu hút"},
        {"name": "Sở Nội vụ", "role": "phối hợp", "deadline": "Trước ngày 30/11/2025",
         "task_quote": "Cập nhật danh sách \"nguồn tài năng\", chuyển Sở Nội vụ theo dõi thu hút"},
        {"name": "Sở Giáo dục và Đào tạo", "role": None, "deadline": None,
         "task_quote": "Đề nghị Sở Giáo dục và Đào tạo chỉ đạo các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên phổ biến Kế hoạch này"},
        {"name": "Sở Nội vụ", "role": None, "deadline": None,
         "task_quote": "Đề nghị Sở Nội vụ theo dõi sinh viên nhận học bổng loại A sau khi tốt nghiệp"},
        {"name": "Hội khuyến học các huyện, thành phố", "role": None, "deadline": None,
         "task_quote": "có trách nhiệm phối hợp với UBND cùng cấp huy động thêm nguồn lực"},
        {"name": "Hội khuyến học cấp xã", "role": None, "deadline": None,
         "task_quote": "Hội khuyến học cấp xã và nhà trường xét, lập danh sách gửi Hội khuyến học huyện, thành phố"},
    ], "intruders": ["Tạ Quang Vinh", "Trung ương Hội khuyến học Việt Nam", "Ban Tuyên giáo Tỉnh ủy",
                     "UBND tỉnh (b/c)", "Lưu: VT, VP Hội", "Ngô Thị Mận",
                     "Công ty cổ phần Dược phẩm Vọng Các", "Công ty TNHH Điện tử Sao Khuê"]},
    {"id": "wsj03", "directive": "TB 112/TB-UBND", "source": S3, "actors": [
        {"name": "Phòng Nội vụ huyện", "role": "chủ trì", "deadline": "trước ngày 25 tháng 7 năm 2025",
         "task_quote": "Giao Phòng Nội vụ huyện chủ trì tiếp nhận hồ sơ, tham mưu thành lập Hội đồng tuyển dụng và tổ chức xét tuyển"},
        {"name": "Văn phòng HĐND và UBND huyện", "role": None, "deadline": "trong suốt thời gian nhận hồ sơ",
         "task_quote": "đăng tải Thông báo trên Cổng Thông tin điện tử huyện"},
        {"name": "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "role": None,
         "deadline": "từ ngày 16/6/2025 đến ngày 16/7/2025",
         "task_quote": "phát Thông báo trên hệ thống truyền thanh 03 lần/tuần"},
        {"name": "UBND các xã, thị trấn", "role": None, "deadline": None,
         "task_quote": "niêm yết công khai Thông báo tại trụ sở và nhà văn hóa thôn, tổ dân phố"},
        {"name": "Huyện đoàn Khúc Mai", "role": None, "deadline": None,
         "task_quote": "Giao Huyện đoàn Khúc Mai phối hợp với Trường Đại học Vọng Các thông tin tới sinh viên năm cuối"},
        {"name": "Trường Đại học Vọng Các", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp với Trường Đại học Vọng Các thông tin tới sinh viên năm cuối là người của huyện"},
    ], "intruders": ["Nguyễn Hữu Lộc", "Sở Nội vụ (b/c)", "TT Huyện ủy, TT HĐND huyện",
                     "CT, các PCT UBND huyện", "Lưu: VT, NV", "Phạm Minh Khải", "Phạm Thị Yến"]},
    {"id": "wsj04", "directive": "CV 603/SNV-CCVC", "source": S4, "actors": [
        {"name": "UBND các huyện, thành phố", "role": None, "deadline": "trước ngày 20 tháng 10 năm 2025",
         "task_quote": "Báo cáo bằng văn bản gửi về Sở Nội vụ (qua Phòng Công chức, viên chức) trước ngày 20 tháng 10 năm 2025"},
        {"name": "Sở Giáo dục và Đào tạo", "role": None, "deadline": "trước ngày 20 tháng 10 năm 2025",
         "task_quote": "Báo cáo bằng văn bản gửi về Sở Nội vụ (qua Phòng Công chức, viên chức) trước ngày 20 tháng 10 năm 2025"},
        {"name": "Sở Y tế", "role": None, "deadline": "trước ngày 20 tháng 10 năm 2025",
         "task_quote": "Báo cáo bằng văn bản gửi về Sở Nội vụ (qua Phòng Công chức, viên chức) trước ngày 20 tháng 10 năm 2025"},
        {"name": "Trường Đại học Vọng Các", "role": None, "deadline": "trước ngày 20 tháng 10 năm 2025",
         "task_quote": "Báo cáo bằng văn bản gửi về Sở Nội vụ (qua Phòng Công chức, viên chức) trước ngày 20 tháng 10 năm 2025"},
        {"name": "Phòng Nội vụ", "role": None, "deadline": None,
         "task_quote": "giao Phòng Nội vụ làm đầu mối tổng hợp số liệu của các cơ quan chuyên môn, đơn vị sự nghiệp thuộc huyện"},
        {"name": "Sở Tài chính", "role": "phối hợp", "deadline": "trước ngày 15 tháng 10 năm 2025",
         "task_quote": "Đề nghị Sở Tài chính phối hợp cung cấp số liệu kinh phí thực hiện chính sách"},
        {"name": "Hội khuyến học tỉnh", "role": None, "deadline": None,
         "task_quote": "cung cấp danh sách sinh viên nhận học bổng loại A từ năm học 2021 - 2022 tới nay"},
        {"name": "Sở Nội vụ", "role": None, "deadline": "trước ngày 10 tháng 11 năm 2025",
         "task_quote": "Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 10 tháng 11 năm 2025"},
        {"name": "Thủ trưởng cơ quan, đơn vị", "role": None, "deadline": None,
         "task_quote": "chịu trách nhiệm trước UBND tỉnh về tính chính xác của số liệu báo cáo"},
    ], "intruders": ["Đinh Công Hoan", "UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở", "Lưu: VT, CCVC", "Bùi Thị Mến"]},
    {"id": "wsj05", "directive": "BC 245/BC-UBND", "source": S5, "actors": [
        {"name": "Phòng Nội vụ", "role": "chủ trì", "deadline": "trước ngày 31/12/2025",
         "task_quote": "Giao Phòng Nội vụ chủ trì, phối hợp với Phòng Tài chính - Kế hoạch theo dõi việc thực hiện cam kết"},
        {"name": "Phòng Tài chính - Kế hoạch", "role": "phối hợp", "deadline": "trước ngày 31/12/2025",
         "task_quote": "phối hợp với Phòng Tài chính - Kế hoạch theo dõi việc thực hiện cam kết, thu hồi dứt điểm 174 triệu đồng"},
        {"name": "Phòng Giáo dục và Đào tạo", "role": None, "deadline": None,
         "task_quote": "phân công người có kinh nghiệm kèm cặp, hướng dẫn người mới được thu hút trong năm đầu công tác"},
        {"name": "Trung tâm Y tế huyện", "role": None, "deadline": None,
         "task_quote": "phân công người có kinh nghiệm kèm cặp, hướng dẫn người mới được thu hút trong năm đầu công tác"},
        {"name": "UBND các xã, thị trấn", "role": None, "deadline": "định kỳ hằng quý",
         "task_quote": "UBND các xã, thị trấn bố trí chỗ ở, nơi làm việc cho công chức được thu hút"},
        {"name": "Sở Tài chính", "role": None, "deadline": None,
         "task_quote": "Đề nghị Sở Tài chính cấp bổ sung 520 triệu đồng kinh phí hỗ trợ hằng tháng năm 2025"},
        {"name": "Sở Nội vụ", "role": None, "deadline": None,
         "task_quote": "Đề nghị Sở Nội vụ tham mưu UBND tỉnh nâng mức hỗ trợ thuê nhà lên 4.000.000 đồng/tháng"},
        {"name": "Trường Đại học Vọng Các", "role": None, "deadline": None,
         "task_quote": "Đề nghị Trường Đại học Vọng Các giới thiệu sinh viên năm cuối ngành công nghệ thông tin là người của huyện"},
    ], "intruders": ["Hà Văn Khiêm", "TT Huyện ủy, TT HĐND huyện", "CT, PCT UBND huyện", "Lưu: VT, NV", "Đỗ Văn Cừ"]},
]


def write_questions():
    import json
    ids = {}
    rows = []
    for n, (key, kind, q, ev, kw, extra) in enumerate(Q, 1):
        qid = "sj%03d" % n
        ids[key] = (qid, q)
        row = {"id": qid, "question": nfc(q), "answerable": extra.get("ans", True), "kind": kind,
               "evidence": [{"source": s, "quote": nfc(x)} for s, x in ev],
               "keywords": [nfc(k) for k in kw]}
        if "hist" in extra:
            row["history"] = [nfc(ids[extra["hist"]][1])]
        if "actors" in extra:
            row["actors"] = [nfc(a) for a in extra["actors"]]
        rows.append(row)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WHO_WHAT:
            f.write(json.dumps(w, ensure_ascii=False) + "\n")
    print("questions:", len(rows), "who_what:", len(WHO_WHAT))


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_pdf(SJ01, os.path.join(CORPUS, FILES["sj01"]))
    build_docx(SJ02, os.path.join(CORPUS, FILES["sj02"]))
    build_wrapped_txt(SJ03, os.path.join(CORPUS, FILES["sj03"]))
    build_plain(SJ04, os.path.join(CORPUS, FILES["sj04"]))
    build_plain(SJ05, os.path.join(CORPUS, FILES["sj05"]))
    print("built", sorted(os.listdir(CORPUS)))
    write_questions()


if __name__ == "__main__":
    main()
