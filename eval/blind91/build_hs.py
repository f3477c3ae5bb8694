#!/usr/bin/env python3
"""Build the 5 corpus files of blind set 91 (tỉnh Hải Thịnh) from text held here.

All content is invented. Run with /work/main/.venv/bin/python (needs python-docx, fpdf2).
Writes: corpus/hs01_kh45_langhung.txt   (Kế hoạch, Đảng ủy phường, hard-wrapped txt, 2-column header)
        corpus/hs02_hd12_btgdv.pdf       (Hướng dẫn, Ban Tuyên giáo và Dân vận Tỉnh ủy, PDF 3 pages)
        corpus/hs03_ctr28_tinhuy.docx    (Chương trình hành động, Tỉnh ủy, docx + task table)
        corpus/hs04_tb37_khanhlam.md     (Thông báo kết luận, Đảng ủy xã, Markdown + schedule table)
        corpus/hs05_bc64_thinhxuyen.txt  (Báo cáo sơ kết, Đảng ủy phường, txt + Markdown figures table)
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
# hs01 — Kế hoạch 45-KH/ĐU, Đảng ủy phường Lãng Hưng (.txt, hard-wrapped)
# ---------------------------------------------------------------------------
HS01_HEADER = """\
   ĐẢNG BỘ TỈNH HẢI THỊNH                     ĐẢNG CỘNG SẢN VIỆT NAM
 ĐẢNG ỦY PHƯỜNG LÃNG HƯNG
            *                     Lãng Hưng, ngày 25 tháng 8 năm 2025
      Số 45-KH/ĐU

                                KẾ HOẠCH
  học tập, quán triệt và triển khai thực hiện Chương trình hành động số
 28-CTr/TU của Ban Thường vụ Tỉnh ủy về đột phá phát triển khoa học, công
    nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn phường Lãng Hưng
                                 -----
"""

HS01_BODY = """\
Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Chương trình hành động số 28-CTr/TU ngày 08/01/2025 của Ban Thường vụ Tỉnh ủy Hải Thịnh và Hướng dẫn số 12-HD/BTGDVTU ngày 02/4/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về tuyên truyền phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2025 - 2026;
Ban Thường vụ Đảng ủy phường Lãng Hưng xây dựng Kế hoạch học tập, quán triệt và triển khai thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Giúp cán bộ, đảng viên và Nhân dân trong phường hiểu rõ vai trò của khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong phát triển kinh tế - xã hội, xây dựng chính quyền đô thị hiện đại, phục vụ người dân tốt hơn.
2. Tạo sự thống nhất trong lãnh đạo của cấp ủy, điều hành của chính quyền, sự vào cuộc của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội; cụ thể hóa các chỉ tiêu của Chương trình hành động số 28-CTr/TU thành việc làm cụ thể của từng chi bộ, từng khu phố.
3. Việc học tập phải nghiêm túc, gắn với sinh hoạt chi bộ định kỳ; bảo đảm 100% cán bộ, đảng viên được học tập, quán triệt; phấn đấu ít nhất 85% hộ gia đình trên địa bàn được tiếp cận thông tin tuyên truyền trong năm 2025.
II. NỘI DUNG, HÌNH THỨC HỌC TẬP, QUÁN TRIỆT
1. Hội nghị học tập, quán triệt cấp phường
- Thời gian: 01 buổi, khai mạc lúc 07 giờ 30 phút ngày 09 tháng 9 năm 2025 (thứ Ba).
- Địa điểm: Hội trường tầng 2, Trung tâm Phục vụ hành chính công phường, số 18 đường Trần Khánh Dư.
- Thành phần: Ban Chấp hành Đảng bộ phường; bí thư, phó bí thư 21 chi bộ trực thuộc; cán bộ chủ chốt của Ủy ban nhân dân phường, Ủy ban Mặt trận Tổ quốc phường và các tổ chức chính trị - xã hội; trưởng 12 khu phố. Tổng số khoảng 160 đại biểu.
- Báo cáo viên: đồng chí Phan Thị Huyền Trang, Phó Bí thư Thường trực Đảng ủy phường, quán triệt nội dung Chương trình hành động số 28-CTr/TU; đồng chí Lê Văn Khoát, Phó Chủ tịch Ủy ban nhân dân phường, trình bày chuyên đề "Chính quyền số phường Lãng Hưng - việc cần làm ngay".
2. Học tập tại chi bộ
Các chi bộ trực thuộc tổ chức học tập cho đảng viên trong kỳ sinh hoạt chi bộ tháng 9/2025. Đảng viên vắng mặt có lý do thì được học bù; việc học bù hoàn thành trước ngày 15/10/2025. Đảng viên cao tuổi được miễn sinh hoạt thì chi bộ gửi tài liệu để tự nghiên cứu.
3. Tuyên truyền trong Nhân dân
Tuyên truyền qua hệ thống loa truyền thanh ở 12 khu phố (phát 02 lần mỗi ngày, vào 06 giờ 00 và 17 giờ 30), trang thông tin điện tử của phường, nhóm Zalo "Lãng Hưng số", bảng tin khu dân cư; lồng ghép trong sinh hoạt của Mặt trận và các đoàn thể, các buổi họp tổ dân phố.
III. CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2026
1. Đến ngày 31/12/2025, 100% văn bản của Đảng ủy phường (trừ văn bản mật) được gửi, nhận trên môi trường mạng.
2. Đến năm 2026, 95% người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2; 80% hộ kinh doanh trên địa bàn sử dụng thanh toán không dùng tiền mặt.
3. Mỗi khu phố có 01 tổ công nghệ số cộng đồng, mỗi tổ ít nhất 05 thành viên; 12/12 khu phố triển khai phong trào "Bình dân học vụ số".
4. Hỗ trợ ít nhất 06 hộ làm nghề mộc mỹ nghệ ở khu phố 7 và khu phố 9 đưa sản phẩm lên sàn thương mại điện tử.
IV. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo và Dân vận Đảng ủy phường chủ trì, phối hợp với Văn phòng Đảng ủy tham mưu tổ chức hội nghị học tập, quán triệt cấp phường; biên soạn tài liệu hỏi - đáp ngắn gọn (khoảng 12 trang) cấp cho các chi bộ, hoàn thành trước ngày 05/9/2025; theo dõi, kiểm tra việc học tập ở các chi bộ và tổng hợp kết quả báo cáo Ban Thường vụ Đảng ủy trước ngày 20/10/2025.
2. Ủy ban Mặt trận Tổ quốc phường chủ trì, phối hợp với Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh phường phát động phong trào "Bình dân học vụ số"; hướng dẫn các khu phố thành lập tổ công nghệ số cộng đồng; định kỳ hằng quý tổng hợp kết quả, báo cáo Đảng ủy (qua Ban Tuyên giáo và Dân vận).
3. Đề nghị Ủy ban nhân dân phường xây dựng kế hoạch thực hiện các chỉ tiêu chuyển đổi số trên địa bàn, trình Ban Thường vụ Đảng ủy trước ngày 30/9/2025; bố trí 350 triệu đồng từ ngân sách phường năm 2025 cho mua sắm thiết bị, đào tạo kỹ năng số và hoạt động của các tổ công nghệ số cộng đồng.
4. Giao Văn phòng Đảng ủy phường chủ trì, phối hợp với Công an phường triển khai ứng dụng "Sổ tay đảng viên điện tử" đến 100% đảng viên, hoàn thành trước ngày 31/12/2025; bảo đảm an toàn thông tin, không để lộ, lọt bí mật nhà nước trên môi trường mạng.
5. Đoàn Thanh niên phường có trách nhiệm thành lập 12 đội thanh niên tình nguyện "Hỗ trợ chuyển đổi số", mỗi khu phố 01 đội; hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và nộp hồ sơ dịch vụ công trực tuyến; duy trì hoạt động "Ngày thứ Bảy số" vào thứ Bảy tuần cuối cùng của mỗi tháng.
6. Các chi bộ trực thuộc tổ chức học tập, quán triệt theo đúng thời gian quy định; mỗi chi bộ đăng ký ít nhất 01 việc làm cụ thể về chuyển đổi số, gửi Ban Tuyên giáo và Dân vận Đảng ủy phường trước ngày 30/9/2025.
7. Các chi bộ khu phố, Ban công tác Mặt trận và các chi hội đoàn thể ở khu phố phối hợp vận động hộ gia đình cài đặt VNeID, sử dụng thanh toán không dùng tiền mặt; kịp thời phản ánh khó khăn, vướng mắc của người dân về Đảng ủy phường.
8. Ủy ban Kiểm tra Đảng ủy phường đưa việc thực hiện Kế hoạch này vào chương trình kiểm tra, giám sát năm 2026; lựa chọn kiểm tra ít nhất 04 chi bộ.
Đầu mối liên hệ: đồng chí Trịnh Thu Hường, Phó Trưởng Ban Tuyên giáo và Dân vận Đảng ủy phường; điện thoại 0912 473 058; thư điện tử btgdv.langhung@haithinh.dcs.vn.
Kế hoạch này được phổ biến đến các chi bộ trực thuộc và đảng viên trong toàn Đảng bộ phường./.
"""

HS01_SIGN = """\

 Nơi nhận:                                          T/M BAN THƯỜNG VỤ
 - Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c),                BÍ THƯ
 - Văn phòng Tỉnh ủy (b/c),
 - Các đồng chí Ủy viên BCH Đảng bộ phường,                (đã ký)
 - UBND, UBMTTQ phường,
 - Các chi bộ trực thuộc,                             Nguyễn Hữu Tường
 - Lưu Văn phòng Đảng ủy.

                                 PHỤ LỤC
        MẪU PHIẾU ĐĂNG KÝ THAM GIA TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG
 (Kèm theo Kế hoạch số 45-KH/ĐU ngày 25/8/2025 của Đảng ủy phường Lãng Hưng)

                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                       Độc lập - Tự do - Hạnh phúc

               PHIẾU ĐĂNG KÝ THAM GIA TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG

 Kính gửi: Ban công tác Mặt trận khu phố ........
 Họ và tên: .................................  Năm sinh: ..........
 Số điện thoại: ..............................
 Nơi ở: khu phố ........, phường Lãng Hưng, tỉnh Hải Thịnh
 Kỹ năng có thể hỗ trợ: [ ] Cài đặt VNeID   [ ] Dịch vụ công trực tuyến
                        [ ] Thanh toán điện tử   [ ] Khác: ............
 Thời gian có thể tham gia trong tuần: ..........................
                                  Lãng Hưng, ngày ..... tháng ..... năm 2025
                                              NGƯỜI ĐĂNG KÝ
                                          (Ký, ghi rõ họ tên)
"""


def build_hs01():
    out = []
    widths = [72, 76, 68, 74, 70, 78, 66]  # uneven, as if copied from a PDF page
    for i, para in enumerate(HS01_BODY.strip("\n").split("\n")):
        out.extend(textwrap.wrap(para, width=widths[i % len(widths)], break_long_words=False,
                                 break_on_hyphens=False))
    text = HS01_HEADER + "\n" + "\n".join(out) + "\n" + HS01_SIGN
    return nfc(text)


# ---------------------------------------------------------------------------
# hs02 — Hướng dẫn 12-HD/BTGDVTU, Ban Tuyên giáo và Dân vận Tỉnh ủy (.pdf)
# ---------------------------------------------------------------------------
HS02_LEFT = ["TỈNH ỦY HẢI THỊNH", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "*", "Số 12-HD/BTGDVTU"]
HS02_RIGHT = ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Lương Hải, ngày 02 tháng 4 năm 2025", ""]
HS02_TITLE = ["HƯỚNG DẪN",
              "tuyên truyền về phát triển khoa học, công nghệ, đổi mới sáng tạo",
              "và chuyển đổi số năm 2025 - 2026"]
HS02_BODY = """\
Thực hiện Chương trình hành động số 28-CTr/TU ngày 08/01/2025 của Ban Thường vụ Tỉnh ủy về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Hải Thịnh đến năm 2030, Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn công tác tuyên truyền năm 2025 - 2026 như sau:
#I. MỤC ĐÍCH, YÊU CẦU
1. Tạo chuyển biến mạnh mẽ về nhận thức và hành động của cán bộ, đảng viên, doanh nghiệp và Nhân dân về vai trò đột phá của khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; khơi dậy khát vọng xây dựng tỉnh Hải Thịnh phát triển nhanh, bền vững.
2. Công tác tuyên truyền phải kịp thời, chính xác, có trọng tâm, trọng điểm; đa dạng về hình thức, ưu tiên tuyên truyền trên nền tảng số; gắn với biểu dương điển hình tiên tiến và đấu tranh phản bác thông tin sai lệch, xấu độc.
#II. NỘI DUNG TUYÊN TRUYỀN
1. Quan điểm, mục tiêu, nhiệm vụ, giải pháp của Trung ương và của Tỉnh ủy về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; các chỉ tiêu chủ yếu của tỉnh đến năm 2030, trong đó kinh tế số chiếm tỷ trọng 25% GRDP và 80% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản.
2. Kết quả bước đầu của tỉnh: năm 2024 toàn tỉnh có 1.276 thủ tục hành chính được cung cấp dịch vụ công trực tuyến; 231 tổ công nghệ số cộng đồng với hơn 1.600 thành viên; Trung tâm Đổi mới sáng tạo tỉnh Hải Thịnh đi vào hoạt động từ tháng 11/2024.
3. Mô hình hay, cách làm sáng tạo; gương tập thể, cá nhân tiêu biểu: nhà khoa học, doanh nghiệp khởi nghiệp sáng tạo, nông dân ứng dụng công nghệ cao, thanh niên tình nguyện hỗ trợ chuyển đổi số ở cơ sở.
4. Phong trào "Bình dân học vụ số"; các kỹ năng số thiết yếu của người dân: sử dụng ứng dụng VNeID, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt, nhận diện thủ đoạn lừa đảo trên không gian mạng.
5. Đấu tranh phản bác các luận điệu xuyên tạc chủ trương của Đảng về phát triển khoa học, công nghệ; cảnh báo các hình thức lừa đảo trực tuyến mạo danh cơ quan nhà nước.
#III. HÌNH THỨC TUYÊN TRUYỀN
1. Trên báo chí: Báo và Phát thanh, Truyền hình Hải Thịnh mở chuyên mục "Hải Thịnh số" phát sóng lúc 20 giờ 15 phút tối thứ Năm hằng tuần trên kênh truyền hình HTTV; đăng chuyên trang "Khoa học và Đời sống" trên báo in 02 kỳ mỗi tháng; bảo đảm mỗi tháng có ít nhất 08 tin, bài trên báo điện tử.
2. Tuyên truyền miệng: thông qua hội nghị báo cáo viên định kỳ hằng tháng của Tỉnh ủy, đội ngũ báo cáo viên, tuyên truyền viên cơ sở; sinh hoạt chi bộ dành ít nhất 15 phút trao đổi chuyên đề về chuyển đổi số trong kỳ sinh hoạt chuyên đề hằng quý.
3. Trên mạng xã hội và nền tảng số: trang "Tuyên giáo Hải Thịnh" trên Facebook, tài khoản Zalo OA và kênh TikTok của Ban; khuyến khích cán bộ, đảng viên chia sẻ thông tin chính thống; phát huy mạng lưới 420 cộng tác viên dư luận xã hội.
4. Tuyên truyền trực quan: pano, áp phích, băng rôn, màn hình LED tại trung tâm các huyện, thành phố, nơi công cộng; sử dụng hệ thống khẩu hiệu tại Phụ lục kèm theo Hướng dẫn này.
5. Cuộc thi trắc nghiệm trực tuyến "Tìm hiểu về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Hải Thịnh năm 2025" trên nền tảng thi trực tuyến của tỉnh, diễn ra từ ngày 19/5/2025 đến ngày 30/6/2025. Cơ cấu giải cá nhân: 01 giải nhất (5.000.000 đồng), 02 giải nhì (3.000.000 đồng/giải), 03 giải ba (2.000.000 đồng/giải) và 20 giải khuyến khích (500.000 đồng/giải); 03 giải tập thể cho đơn vị có tỷ lệ người dự thi cao nhất. Thể lệ chi tiết do Ban Tổ chức Cuộc thi ban hành riêng.
6. Hoạt động hưởng ứng: tổ chức tọa đàm, triển lãm sản phẩm đổi mới sáng tạo nhân Ngày Khoa học và Công nghệ Việt Nam (18/5) và Ngày Chuyển đổi số quốc gia (10/10).
#IV. TỔ CHỨC THỰC HIỆN
1. Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy căn cứ Hướng dẫn này xây dựng kế hoạch tuyên truyền phù hợp với địa phương, đơn vị, gửi về Ban Tuyên giáo và Dân vận Tỉnh ủy trước ngày 30/4/2025; lãnh đạo các chi bộ đưa nội dung tuyên truyền vào sinh hoạt định kỳ.
2. Báo và Phát thanh, Truyền hình Hải Thịnh có trách nhiệm mở chuyên mục, chuyên trang theo điểm 1 Mục III; phối hợp với Sở Khoa học và Công nghệ sản xuất ít nhất 24 phóng sự chuyên đề trong năm 2025.
3. Sở Khoa học và Công nghệ chủ trì, phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy cung cấp thông tin, số liệu về kết quả chuyển đổi số của tỉnh cho đội ngũ báo cáo viên định kỳ hằng quý (trước ngày 15 của tháng cuối quý); biên soạn bộ câu hỏi cho Cuộc thi, hoàn thành trước ngày 10/5/2025.
4. Trường Chính trị tỉnh đưa chuyên đề về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số vào chương trình bồi dưỡng lý luận chính trị cho đảng viên mới và các lớp bồi dưỡng cán bộ từ tháng 6/2025.
5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên truyền, vận động đoàn viên, hội viên tham gia phong trào "Bình dân học vụ số". Tỉnh đoàn Hải Thịnh chủ trì tổ chức Ngày hội "Thanh niên với chuyển đổi số" trong tháng 10/2025.
6. Phòng Tuyên truyền, Báo chí - Xuất bản thuộc Ban Tuyên giáo và Dân vận Tỉnh ủy là đầu mối theo dõi, tổng hợp kết quả, báo cáo Thường trực Tỉnh ủy 6 tháng (trước ngày 15/6) và cả năm (trước ngày 05/12).
Quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ đồng chí Đinh Thị Thu Thảo, chuyên viên Phòng Tuyên truyền, Báo chí - Xuất bản; điện thoại 0225 3852 614; thư điện tử phongtt.btgdv@haithinh.dcs.vn.
"""
HS02_SIGN_LEFT = ["Nơi nhận:", "- Thường trực Tỉnh ủy (b/c),",
                  "- Các huyện ủy, thành ủy, đảng ủy trực thuộc,",
                  "- Báo và Phát thanh, Truyền hình Hải Thịnh,",
                  "- Sở Khoa học và Công nghệ,", "- Lưu BTG&DV."]
HS02_SIGN_RIGHT = ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "", "(đã ký)", "", "Tạ Quang Vinh"]
HS02_ANNEX = """\
#PHỤ LỤC: KHẨU HIỆU TUYÊN TRUYỀN
(Kèm theo Hướng dẫn số 12-HD/BTGDVTU ngày 02/4/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy)
1. Khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số - động lực phát triển nhanh, bền vững tỉnh Hải Thịnh!
2. Mỗi người dân là một công dân số, mỗi gia đình là một gia đình số!
3. Toàn dân tham gia phong trào "Bình dân học vụ số"!
4. Cán bộ, đảng viên đi đầu trong học tập, ứng dụng công nghệ số!
5. Hải Thịnh quyết tâm trở thành tỉnh khá về chuyển đổi số của khu vực vào năm 2030!
"""


def build_hs02(path):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    half = w / 2
    pdf.set_font("DV", "B", 10)
    for l, r in zip(HS02_LEFT, HS02_RIGHT):
        pdf.cell(half, 5.5, l, align="C")
        pdf.cell(half, 5.5, r, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("DV", "B", 13)
    pdf.cell(w, 7, HS02_TITLE[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 11)
    for t in HS02_TITLE[1:]:
        pdf.cell(w, 6, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def body(text):
        for para in text.strip("\n").split("\n"):
            if para.startswith("#"):
                pdf.ln(1.5)
                pdf.set_font("DV", "B", 11)
                pdf.multi_cell(w, 6, para[1:], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DV", "", 11)
                pdf.multi_cell(w, 6, para, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)

    body(HS02_BODY)
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 75:
        pdf.add_page()
    pdf.set_font("DV", "B", 11)
    for r in HS02_SIGN_RIGHT:
        pdf.set_x(pdf.l_margin + half)
        pdf.cell(half, 6, r, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DV", "", 9)
    for l in HS02_SIGN_LEFT:
        pdf.cell(w, 5, l, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    body(HS02_ANNEX)
    pdf.output(path)


def hs02_plain():
    """Plain text of hs02 (for word counting only)."""
    return "\n".join(HS02_LEFT + HS02_RIGHT + HS02_TITLE) + "\n" + HS02_BODY + \
        "\n".join(HS02_SIGN_LEFT + HS02_SIGN_RIGHT) + "\n" + HS02_ANNEX


# ---------------------------------------------------------------------------
# hs03 — Chương trình hành động 28-CTr/TU, Tỉnh ủy Hải Thịnh (.docx)
# ---------------------------------------------------------------------------
HS03_INTRO = ("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển "
              "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Ban Thường vụ Tỉnh ủy "
              "Hải Thịnh ban hành Chương trình hành động như sau:")
HS03_GOAL_GENERAL = ("Đưa khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trở thành động lực chính "
                     "cho tăng trưởng của tỉnh; hình thành chính quyền số, kinh tế số, xã hội số; nâng cao "
                     "năng lực cạnh tranh cấp tỉnh, phấn đấu đến năm 2030 Hải Thịnh thuộc nhóm các tỉnh khá "
                     "của cả nước về chuyển đổi số.")
HS03_GOALS_2030 = [
    "Kinh tế số chiếm tỷ trọng 25% GRDP của tỉnh.",
    "Chi cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số chiếm ít nhất 3% tổng chi ngân sách địa phương hằng năm.",
    "80% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản.",
    "Toàn tỉnh có ít nhất 40 doanh nghiệp khoa học và công nghệ; 150 doanh nghiệp khởi nghiệp sáng tạo.",
]
HS03_GOALS_2027 = [
    "100% văn bản của các cơ quan Đảng, chính quyền, Mặt trận Tổ quốc và đoàn thể (trừ văn bản mật) được gửi, nhận trên môi trường mạng.",
    "95% người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2.",
    "100% xã, phường, thị trấn có tổ công nghệ số cộng đồng hoạt động thường xuyên.",
    "Hoàn thành xây dựng Trung tâm dữ liệu tỉnh.",
]
HS03_TASKS = [
    "Nâng cao nhận thức, đổi mới tư duy, tạo quyết tâm chính trị mạnh mẽ trong toàn Đảng bộ và Nhân dân; người đứng đầu cấp ủy trực tiếp lãnh đạo công tác chuyển đổi số ở địa phương, đơn vị.",
    "Hoàn thiện cơ chế, chính sách của tỉnh; ưu tiên bố trí ngân sách và huy động nguồn lực xã hội cho khoa học, công nghệ, đổi mới sáng tạo.",
    "Phát triển hạ tầng số, dữ liệu số; bảo đảm phủ sóng di động 4G, 5G đến 100% thôn, bản, tổ dân phố.",
    "Phát triển nguồn nhân lực chất lượng cao; có chính sách thu hút chuyên gia, nhà khoa học về làm việc tại tỉnh.",
    "Thúc đẩy đổi mới sáng tạo trong doanh nghiệp, hợp tác xã; hỗ trợ đưa sản phẩm OCOP lên sàn thương mại điện tử.",
    "Đẩy mạnh chuyển đổi số trong các cơ quan Đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội.",
    "Bảo đảm an ninh mạng, an toàn thông tin và bảo vệ bí mật nhà nước trên môi trường số.",
]
HS03_TABLE = [
    ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
    ("1", "Tổ chức hội nghị quán triệt, học tập Chương trình hành động cho cán bộ chủ chốt toàn tỉnh",
     "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Văn phòng Tỉnh ủy", "Quý I/2025"),
    ("2", "Xây dựng Đề án tuyên truyền về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số giai đoạn 2025 - 2030",
     "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Sở Thông tin và Truyền thông; Báo Hải Thịnh; Đài Phát thanh và Truyền hình tỉnh", "Tháng 6/2025"),
    ("3", "Trình Hội đồng nhân dân tỉnh ban hành Nghị quyết về chính sách hỗ trợ doanh nghiệp đổi mới sáng tạo",
     "Ban cán sự đảng Ủy ban nhân dân tỉnh", "Sở Tài chính; Sở Khoa học và Công nghệ", "Tháng 7/2025"),
    ("4", "Xây dựng Trung tâm dữ liệu tỉnh và nền tảng tích hợp, chia sẻ dữ liệu dùng chung",
     "Ban cán sự đảng Ủy ban nhân dân tỉnh", "Sở Thông tin và Truyền thông; Công an tỉnh", "Năm 2027"),
    ("5", "Triển khai hệ thống quản lý văn bản và hồ sơ công việc liên thông trong các cơ quan Đảng từ tỉnh đến cơ sở",
     "Văn phòng Tỉnh ủy", "Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "Quý IV/2025"),
    ("6", "Phát động phong trào \"Bình dân học vụ số\" trong toàn tỉnh",
     "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh; Hội Nông dân tỉnh", "Quý II/2025"),
    ("7", "Tổ chức Cuộc thi trắc nghiệm trực tuyến tìm hiểu về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
     "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Tỉnh đoàn; Sở Khoa học và Công nghệ", "Quý II/2025"),
    ("8", "Thành lập Quỹ phát triển khoa học và công nghệ tỉnh",
     "Ban cán sự đảng Ủy ban nhân dân tỉnh", "Sở Tài chính; Sở Khoa học và Công nghệ", "Năm 2026"),
    ("9", "Đưa nội dung chuyển đổi số vào chương trình đào tạo, bồi dưỡng cán bộ, đảng viên",
     "Trường Chính trị tỉnh", "Ban Tổ chức Tỉnh ủy", "Từ năm 2025"),
    ("10", "Kiểm tra, giám sát việc thực hiện Chương trình hành động",
     "Ủy ban Kiểm tra Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy; Văn phòng Tỉnh ủy", "Hằng năm"),
    ("11", "Sơ kết 01 năm, 03 năm thực hiện Chương trình hành động",
     "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Văn phòng Tỉnh ủy; các cơ quan liên quan", "Tháng 12/2025; tháng 12/2027"),
]
HS03_ORG = [
    "Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức học tập, quán triệt và xây dựng kế hoạch thực hiện Chương trình hành động phù hợp với địa phương, đơn vị, hoàn thành trước ngày 31/3/2025.",
    "Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh cụ thể hóa Chương trình hành động thành các kế hoạch, đề án; bố trí kinh phí thực hiện. Kinh phí dự kiến giai đoạn 2025 - 2027 khoảng 186 tỷ đồng, từ ngân sách tỉnh và nguồn xã hội hóa.",
    "Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh ban hành các cơ chế, chính sách đặc thù để phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; tăng cường giám sát việc thực hiện.",
    "Đề nghị Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tăng cường giám sát, phản biện xã hội; vận động đoàn viên, hội viên và Nhân dân tích cực tham gia.",
    "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy theo dõi, hướng dẫn, kiểm tra việc thực hiện Chương trình hành động; định kỳ hằng năm (trước ngày 30/11) tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy.",
]
HS03_CLOSE = "Chương trình hành động này được phổ biến đến chi bộ./."
HS03_SIGN_LEFT = ["Nơi nhận:", "- Văn phòng Trung ương Đảng (b/c),", "- Các đồng chí Tỉnh ủy viên,",
                  "- Các ban, đảng đoàn, ban cán sự đảng, đảng ủy trực thuộc,",
                  "- Các huyện ủy, thành ủy,", "- Lưu Văn phòng Tỉnh ủy."]
HS03_SIGN_RIGHT = ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "(đã ký)", "", "Vương Đình Hiếu"]


def build_hs03(path):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in d.sections:
        s.left_margin = Cm(2.5)
        s.right_margin = Cm(1.8)

    hdr = d.add_table(rows=1, cols=2)
    left, right = hdr.rows[0].cells
    left.text = "TỈNH ỦY HẢI THỊNH"
    for t in ["*", "Số 28-CTr/TU"]:
        left.add_paragraph(t)
    right.text = "ĐẢNG CỘNG SẢN VIỆT NAM"
    right.add_paragraph("Lương Hải, ngày 08 tháng 01 năm 2025")
    for c in (left, right):
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    left.paragraphs[0].runs[0].bold = True
    right.paragraphs[0].runs[0].bold = True

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("CHƯƠNG TRÌNH HÀNH ĐỘNG")
    r.bold = True
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
                  "tỉnh Hải Thịnh đến năm 2030")
    r.bold = True
    d.add_paragraph("-----").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(HS03_INTRO)

    d.add_heading("I. MỤC TIÊU", level=2)
    d.add_paragraph("1. Mục tiêu chung")
    d.add_paragraph(HS03_GOAL_GENERAL)
    d.add_paragraph("2. Mục tiêu cụ thể đến năm 2030")
    for g in HS03_GOALS_2030:
        d.add_paragraph(g, style="List Bullet")
    d.add_paragraph("3. Mục tiêu đến năm 2027")
    for g in HS03_GOALS_2027:
        d.add_paragraph(g, style="List Bullet")

    d.add_heading("II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", level=2)
    for t in HS03_TASKS:
        d.add_paragraph(t, style="List Number")

    d.add_heading("III. NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN", level=2)
    tb = d.add_table(rows=len(HS03_TABLE), cols=5)
    tb.style = "Table Grid"
    for i, row in enumerate(HS03_TABLE):
        for j, val in enumerate(row):
            cell = tb.rows[i].cells[j]
            cell.text = val
            if i == 0:
                cell.paragraphs[0].runs[0].bold = True

    d.add_heading("IV. TỔ CHỨC THỰC HIỆN", level=2)
    # restart Word numbering for this second numbered list (new w:num -> same abstractNum)
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    numbering = d.part.numbering_part.element
    ln_style = d.styles["List Number"].element
    num_id_old = ln_style.pPr.numPr.numId.val
    abs_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id_old):
            abs_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), abs_id)
    num.append(an)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    for t in HS03_ORG:
        para = d.add_paragraph(t, style="List Number")
        pPr = para._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(new_id))
        numPr.append(il)
        numPr.append(ni)
        pPr.insert(0, numPr) if pPr.find(qn("w:pStyle")) is None else pPr.find(qn("w:pStyle")).addnext(numPr)
    d.add_paragraph(HS03_CLOSE)

    sg = d.add_table(rows=1, cols=2)
    l, r = sg.rows[0].cells
    l.text = HS03_SIGN_LEFT[0]
    for t in HS03_SIGN_LEFT[1:]:
        l.add_paragraph(t)
    r.text = HS03_SIGN_RIGHT[0]
    for t in HS03_SIGN_RIGHT[1:]:
        r.add_paragraph(t)
    for pp in r.paragraphs:
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(path)


def hs03_plain():
    rows = [" | ".join(r) for r in HS03_TABLE]
    return "\n".join(["TỈNH ỦY HẢI THỊNH", "Số 28-CTr/TU", "CHƯƠNG TRÌNH HÀNH ĐỘNG", HS03_INTRO,
                      HS03_GOAL_GENERAL] + HS03_GOALS_2030 + HS03_GOALS_2027 + HS03_TASKS + rows +
                     HS03_ORG + [HS03_CLOSE] + HS03_SIGN_LEFT + HS03_SIGN_RIGHT)


# ---------------------------------------------------------------------------
# hs04 — Thông báo kết luận 37-TB/ĐU, Đảng ủy xã Khánh Lâm (.md)
# ---------------------------------------------------------------------------
HS04 = """\
ĐẢNG BỘ TỈNH HẢI THỊNH
ĐẢNG ỦY XÃ KHÁNH LÂM
Số: 37-TB/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Khánh Lâm, ngày 20 tháng 10 năm 2025

# THÔNG BÁO

## Kết luận của Ban Thường vụ Đảng ủy xã tại cuộc họp ngày 16/10/2025 về công tác tuyên truyền chuyển đổi số và phong trào "Bình dân học vụ số"

Ngày 16/10/2025, tại Phòng họp số 1, trụ sở Đảng ủy xã, Ban Thường vụ Đảng ủy xã Khánh Lâm họp nghe Ban Tuyên giáo và Dân vận Đảng ủy xã báo cáo kết quả công tác tuyên truyền về khoa học, công nghệ và chuyển đổi số quý III/2025; nghe Ủy ban nhân dân xã báo cáo tiến độ thực hiện các chỉ tiêu chuyển đổi số năm 2025. Đồng chí Hứa Văn Lịch, Bí thư Đảng ủy xã chủ trì cuộc họp. Dự họp có các đồng chí Ủy viên Ban Thường vụ Đảng ủy xã; lãnh đạo Ủy ban Mặt trận Tổ quốc xã, Đoàn Thanh niên xã, Công an xã; đồng chí Chu Minh Đức, chuyên viên Ban Tuyên giáo và Dân vận Tỉnh ủy dự và phát biểu ý kiến.

Sau khi nghe báo cáo và ý kiến thảo luận của các đồng chí dự họp, đồng chí Bí thư Đảng ủy xã kết luận như sau:

### 1. Đánh giá chung

Sau hơn 3 tháng xã mới đi vào hoạt động, công tác tuyên truyền về chuyển đổi số có chuyển biến tích cực. Toàn xã có 14/16 thôn thành lập tổ công nghệ số cộng đồng với 83 thành viên; còn 02 thôn chưa thành lập là thôn Khe Vải và thôn Đồng Dinh. Tỷ lệ người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2 đạt 78,4%, thấp hơn mức bình quân chung của tỉnh. Trang thông tin điện tử của xã đăng tải 63 tin, bài; hệ thống loa truyền thanh thông minh mới phủ được 10/16 thôn.

Bên cạnh kết quả đạt được, còn một số hạn chế: một số chi bộ thôn chưa đưa nội dung chuyển đổi số vào sinh hoạt định kỳ; đội ngũ tuyên truyền viên ở các thôn vùng cao còn thiếu kỹ năng sử dụng thiết bị số; nhiều hộ đồng bào dân tộc thiểu số chưa biết sử dụng dịch vụ công trực tuyến.

### 2. Nhiệm vụ trọng tâm thời gian tới

2.1. Ban Tuyên giáo và Dân vận Đảng ủy xã chủ trì, phối hợp với Văn phòng Đảng ủy xây dựng chuyên đề sinh hoạt chi bộ tháng 11/2025 với chủ đề "Chuyển đổi số - việc của mỗi đảng viên", gửi các chi bộ trước ngày 05/11/2025.

2.2. Ủy ban nhân dân xã chỉ đạo hoàn thành lắp đặt loa truyền thanh thông minh ở 06 thôn còn lại trong tháng 12/2025, kinh phí 210 triệu đồng từ nguồn Chương trình mục tiêu quốc gia xây dựng nông thôn mới; công khai danh mục thủ tục hành chính trực tuyến tại nhà văn hóa các thôn.

2.3. Đề nghị Ủy ban Mặt trận Tổ quốc xã chủ trì, phối hợp với Đoàn Thanh niên, Hội Liên hiệp Phụ nữ xã thành lập tổ công nghệ số cộng đồng ở thôn Khe Vải và thôn Đồng Dinh, hoàn thành trước ngày 15/11/2025.

2.4. Đoàn Thanh niên xã tổ chức "Ngày Chủ nhật số" theo lịch tại Mục 3 Thông báo này; mỗi buổi bố trí ít nhất 08 đoàn viên hướng dẫn người dân.

2.5. Công an xã rà soát, hoàn thành cấp tài khoản định danh điện tử mức độ 2 cho người dân, phấn đấu đạt 90% trước ngày 31/12/2025; tuyên truyền cảnh báo thủ đoạn lừa đảo qua mạng tại các buổi họp thôn.

2.6. Các chi bộ thôn có trách nhiệm đưa nội dung chuyển đổi số vào sinh hoạt chi bộ định kỳ hằng tháng; phân công mỗi đảng viên phụ trách từ 05 đến 07 hộ gia đình để hướng dẫn cài đặt, sử dụng VNeID.

2.7. Các trường học trên địa bàn xã (Trường Mầm non, Trường Tiểu học và Trường THCS Khánh Lâm) lồng ghép nội dung kỹ năng số, an toàn trên không gian mạng vào hoạt động trải nghiệm; vận động phụ huynh sử dụng sổ liên lạc điện tử.

### 3. Lịch tổ chức "Ngày Chủ nhật số" quý IV/2025

| Thời gian | Địa điểm | Đơn vị thực hiện | Nội dung chính |
|---|---|---|---|
| Chủ nhật, 26/10/2025 | Nhà văn hóa thôn Trại Gai | Chi đoàn thôn Trại Gai | Cài đặt VNeID, kích hoạt tài khoản mức độ 2 |
| Chủ nhật, 09/11/2025 | Nhà văn hóa thôn Gò Sắn | Chi đoàn thôn Gò Sắn; Công an xã | Nộp hồ sơ dịch vụ công trực tuyến |
| Chủ nhật, 23/11/2025 | Nhà văn hóa thôn Khe Vải | Đoàn Thanh niên xã; Hội Liên hiệp Phụ nữ xã | Thanh toán không dùng tiền mặt, nhận diện lừa đảo qua mạng |
| Chủ nhật, 07/12/2025 | Hội trường Ủy ban nhân dân xã | Đoàn Thanh niên xã; Bưu điện văn hóa xã | Đưa sản phẩm chè, quế lên sàn thương mại điện tử |
| Chủ nhật, 21/12/2025 | Nhà văn hóa thôn Đồng Dinh | Chi đoàn thôn Đồng Dinh | Tổng kết, biểu dương tình nguyện viên tiêu biểu |

Các buổi bắt đầu từ 07 giờ 30 phút. Trường hợp thời tiết xấu, Đoàn Thanh niên xã thông báo lịch thay thế trên nhóm Zalo của thôn.

### 4. Tổ chức thực hiện

Giao Văn phòng Đảng ủy xã theo dõi, tổng hợp tình hình thực hiện Thông báo này, báo cáo Ban Thường vụ Đảng ủy tại cuộc họp tháng 01/2026. Thông tin liên hệ: đồng chí Vi Thị Hồng Nhung, Chánh Văn phòng Đảng ủy xã, điện thoại 0976 218 340.

Ban Thường vụ Đảng ủy xã thông báo để các chi bộ, cơ quan, đơn vị liên quan biết, thực hiện./.

---

**Nơi nhận:**
- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c),
- Các đồng chí Ủy viên Ban Thường vụ Đảng ủy xã,
- Các chi bộ trực thuộc,
- UBND, UBMTTQ xã,
- Lưu Văn phòng Đảng ủy.

**T/L BAN THƯỜNG VỤ**
**CHÁNH VĂN PHÒNG**

*(đã ký)*

**Vi Thị Hồng Nhung**
"""


# ---------------------------------------------------------------------------
# hs05 — Báo cáo sơ kết 64-BC/ĐU, Đảng ủy phường Thịnh Xuyên (.txt + Markdown table)
# ---------------------------------------------------------------------------
HS05 = """\
ĐẢNG BỘ TỈNH HẢI THỊNH                          ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG THỊNH XUYÊN
         *                          Thịnh Xuyên, ngày 28 tháng 11 năm 2025
   Số 64-BC/ĐU

                                 BÁO CÁO
        sơ kết 01 năm thực hiện Chương trình hành động số 28-CTr/TU
     của Ban Thường vụ Tỉnh ủy về đột phá phát triển khoa học, công nghệ,
           đổi mới sáng tạo và chuyển đổi số trên địa bàn phường
                                  -----

Thực hiện Công văn số 415-CV/BTGDVTU ngày 03/11/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về việc sơ kết 01 năm thực hiện Chương trình hành động số 28-CTr/TU, Đảng ủy phường Thịnh Xuyên báo cáo kết quả như sau. Số liệu tính từ ngày 01/01/2025 đến ngày 15/11/2025; số liệu trước ngày 01/7/2025 được tổng hợp từ phường Thịnh Xuyên, phường Đằng Hà và xã Cổ Đam (trước sắp xếp).

I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO VÀ TUYÊN TRUYỀN

1. Ngày 21/02/2025, Đảng ủy tổ chức hội nghị học tập, quán triệt Chương trình hành động số 28-CTr/TU với 186 đại biểu tham dự. 27/27 chi bộ trực thuộc tổ chức học tập cho đảng viên; có 1.142/1.196 đảng viên tham gia học tập, đạt 95,5%. Ban Thường vụ Đảng ủy ban hành Kế hoạch số 09-KH/ĐU ngày 05/3/2025 để triển khai thực hiện và phân công 04 đồng chí Ủy viên Ban Thường vụ phụ trách các nhóm chỉ tiêu.

2. Công tác tuyên truyền được triển khai bằng nhiều hình thức: trang thông tin điện tử của phường đăng 214 tin, bài; hệ thống loa truyền thanh phát 1.560 lượt tin; treo 48 pano, băng rôn tại các tuyến phố chính; tổ chức 03 buổi tọa đàm với chủ đề "Người dân Thịnh Xuyên với chuyển đổi số". Nhóm Zalo "Thịnh Xuyên kết nối" hiện có 6.840 thành viên.

3. Hưởng ứng Cuộc thi trắc nghiệm trực tuyến của tỉnh, phường có 2.317 lượt người dự thi; bà Đào Thị Minh Nguyệt (khu phố 5) đạt 01 giải nhì, 02 cá nhân đạt giải khuyến khích; Đảng ủy phường được Ban Tổ chức tặng 01 giải tập thể.

4. Phối hợp với Trung tâm Chính trị thành phố Lương Hải (trước sắp xếp) mở 02 lớp bồi dưỡng kỹ năng số cho 128 cán bộ, đảng viên là bí thư chi bộ, trưởng khu phố và tuyên truyền viên cơ sở.

II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2025

| STT | Chỉ tiêu | Kế hoạch năm 2025 | Kết quả đến 15/11/2025 | Đánh giá |
|-----|----------|-------------------|------------------------|----------|
| 1 | Văn bản của Đảng ủy (trừ văn bản mật) gửi, nhận trên môi trường mạng | 100% | 97,2% | Chưa đạt |
| 2 | Người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2 | 85% | 88,3% | Vượt |
| 3 | Hồ sơ thủ tục hành chính nộp trực tuyến | 70% | 74,6% | Vượt |
| 4 | Hộ kinh doanh sử dụng thanh toán không dùng tiền mặt | 60% | 52,8% | Chưa đạt |
| 5 | Tổ công nghệ số cộng đồng | 15 tổ | 15 tổ, 96 thành viên | Đạt |
| 6 | Đảng viên sử dụng Sổ tay đảng viên điện tử | 90% | 93,1% | Vượt |
| 7 | Sáng kiến, giải pháp cải tiến được công nhận | 05 | 07 | Vượt |
| 8 | Hộ sản xuất đưa sản phẩm lên sàn thương mại điện tử | 20 hộ | 26 hộ | Vượt |

Tổng kinh phí thực hiện năm 2025 là 1,26 tỷ đồng, trong đó ngân sách phường 780 triệu đồng, nguồn xã hội hóa 480 triệu đồng.

III. HẠN CHẾ VÀ NGUYÊN NHÂN

1. Tỷ lệ văn bản gửi, nhận trên môi trường mạng chưa đạt kế hoạch do 03 chi bộ khu dân cư (khu phố 2, khu phố 8 và khu phố 11) chưa được trang bị máy tính, đảng viên cao tuổi chiếm tỷ lệ cao.

2. Thanh toán không dùng tiền mặt tại chợ Thịnh Xuyên còn thấp; nhiều tiểu thương lớn tuổi còn e ngại rủi ro lừa đảo. Một số chi bộ chưa chủ động, còn trông chờ vào Đảng ủy phường.

IV. NHIỆM VỤ TRỌNG TÂM NĂM 2026

1. Ban Tuyên giáo và Dân vận Đảng ủy phường chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc phường tổ chức tọa đàm "Chuyển đổi số ở khu dân cư" trong quý I/2026; biên soạn 01 bộ tài liệu hỏi - đáp về kỹ năng số cho người cao tuổi.

2. Ủy ban nhân dân phường hoàn thành số hóa 100% sổ hộ tịch trước ngày 30/6/2026; triển khai mô hình "Chợ 4.0" tại chợ Thịnh Xuyên, phấn đấu 75% tiểu thương sử dụng thanh toán không dùng tiền mặt.

3. Văn phòng Đảng ủy phường có trách nhiệm trang bị máy tính cho 03 chi bộ còn thiếu, hoàn thành trước ngày 31/3/2026.

4. Đoàn Thanh niên phường duy trì 15 đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số; phối hợp với Hội Người cao tuổi phường mở lớp "Ông bà học công nghệ" mỗi quý 01 lớp.

5. Các chi bộ trực thuộc tiếp tục đưa nội dung chuyển đổi số vào sinh hoạt định kỳ; đăng ký công trình, phần việc cụ thể năm 2026, gửi Văn phòng Đảng ủy trước ngày 15/01/2026.

V. KIẾN NGHỊ, ĐỀ XUẤT

1. Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy tiếp tục mở lớp tập huấn kỹ năng tuyên truyền trên mạng xã hội cho báo cáo viên, tuyên truyền viên cấp xã.

2. Đề nghị Sở Khoa học và Công nghệ hỗ trợ phường triển khai thí điểm nền tảng "Khu phố số" trong năm 2026.

3. Đề nghị Báo và Phát thanh, Truyền hình Hải Thịnh dành thời lượng phản ánh mô hình "Chợ 4.0" và các gương điển hình về chuyển đổi số ở cơ sở.

Trên đây là báo cáo sơ kết 01 năm thực hiện Chương trình hành động số 28-CTr/TU của Đảng ủy phường Thịnh Xuyên./.

Người tổng hợp số liệu: đồng chí Kha Minh Tuấn, chuyên viên Văn phòng Đảng ủy phường, điện thoại 0389 514 726.

Nơi nhận:                                          T/M ĐẢNG ỦY
- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c),          PHÓ BÍ THƯ
- Văn phòng Tỉnh ủy (b/c),
- Các đồng chí Ủy viên BCH Đảng bộ phường,            (đã ký)
- Lưu Văn phòng Đảng ủy.
                                                  Lương Thị Yến
"""


def main():
    os.makedirs(CORPUS, exist_ok=True)
    p = os.path.join(CORPUS, "hs01_kh45_langhung.txt")
    with open(p, "w", encoding="utf-8") as f:
        f.write(build_hs01())
    build_hs02(os.path.join(CORPUS, "hs02_hd12_btgdv.pdf"))
    build_hs03(os.path.join(CORPUS, "hs03_ctr28_tinhuy.docx"))
    with open(os.path.join(CORPUS, "hs04_tb37_khanhlam.md"), "w", encoding="utf-8") as f:
        f.write(nfc(HS04))
    with open(os.path.join(CORPUS, "hs05_bc64_thinhxuyen.txt"), "w", encoding="utf-8") as f:
        f.write(nfc(HS05))
    # word counts
    texts = {"hs01": build_hs01(), "hs02": hs02_plain(), "hs03": hs03_plain(),
             "hs04": HS04, "hs05": HS05}
    for k, v in texts.items():
        print(k, "words:", len(v.split()))


if __name__ == "__main__":
    main()
