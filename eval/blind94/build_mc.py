#!/usr/bin/env python3
"""Build the five blind94 corpus documents (tỉnh Minh Châu, huyện Nhã Lộc, xã Tùng Khê).

All text is invented.  Run with the project venv (needs python-docx and fpdf2):
    /work/main/.venv/bin/python eval/blind94/build_mc.py
Writes corpus/mc01..mc05 next to this script.
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


def paras(block):
    """One paragraph per non-empty line."""
    return [nfc(x.strip()) for x in block.strip("\n").split("\n") if x.strip()]


# ---------------------------------------------------------------------------
# mc01 - Kế hoạch 27-KH/ĐU, Ban Thường vụ Đảng ủy xã (txt, hard-wrapped, 2-column header)
# ---------------------------------------------------------------------------
MC01_HEADER = """\
ĐẢNG BỘ HUYỆN NHÃ LỘC                        ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ TÙNG KHÊ                          ----------------------
        *                          Tùng Khê, ngày 15 tháng 01 năm 2026
   Số 27-KH/ĐU

                              KẾ HOẠCH
     tuyên truyền, vận động cán bộ, đảng viên và Nhân dân tham gia
   đổi mới sáng tạo, xây dựng "công dân số" trên địa bàn xã năm 2026
                               -----
"""

MC01_BODY = """
Căn cứ Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Kế hoạch số 112-KH/HU, ngày 26/12/2025 của Ban Thường vụ Huyện ủy Nhã Lộc về tuyên truyền, vận động thực hiện phong trào "Bình dân học vụ số" trên địa bàn huyện năm 2026;
Xét đề nghị của Ban Tuyên giáo và Dân vận Đảng ủy, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch tuyên truyền, vận động cán bộ, đảng viên và Nhân dân tham gia đổi mới sáng tạo, xây dựng "công dân số" năm 2026 như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về vai trò của khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đối với phát triển kinh tế - xã hội của xã; tạo sự đồng thuận, chung sức xây dựng chính quyền số, kinh tế số, xã hội số ở cơ sở.
- Hình thành thói quen sử dụng dịch vụ công trực tuyến, ứng dụng định danh điện tử VNeID, thanh toán không dùng tiền mặt; giúp mỗi người dân có kỹ năng số cơ bản, biết tự bảo vệ mình và gia đình trên không gian mạng.
2. Yêu cầu
- Tuyên truyền thường xuyên, bằng nhiều hình thức, nội dung ngắn gọn, dễ hiểu, phù hợp với đồng bào dân tộc Mông, Dao ở các thôn vùng cao; gắn với "Ngày chuyển đổi số" của xã vào ngày 10 hằng tháng.
- Cán bộ, đảng viên gương mẫu đi trước; kết quả thực hiện Kế hoạch là một tiêu chí đánh giá, xếp loại chất lượng chi bộ và đảng viên cuối năm 2026.
II. CHỈ TIÊU ĐẾN HẾT NĂM 2026
- 100% chi bộ trực thuộc tổ chức quán triệt Kế hoạch trước ngày 28/02/2026.
- 85% người dân từ 14 tuổi trở lên kích hoạt tài khoản định danh điện tử mức độ 2.
- 75% hộ gia đình có ít nhất 01 người biết sử dụng điện thoại thông minh để thực hiện dịch vụ công trực tuyến.
- 60% hồ sơ thủ tục hành chính tiếp nhận tại Bộ phận một cửa của xã là hồ sơ nộp trực tuyến.
- 70% hộ kinh doanh tại chợ Tùng Khê áp dụng thanh toán bằng mã QR.
- Duy trì 08/08 Tổ công nghệ số cộng đồng ở các thôn, mỗi tổ có ít nhất 01 đoàn viên thanh niên.
- Đài truyền thanh xã phát chuyên mục "Công dân số Tùng Khê" 02 lần/tuần; Trang thông tin điện tử xã và trang Zalo OA "Tùng Khê Ngày Mới" đăng tối thiểu 08 tin, bài/tháng.
III. NỘI DUNG TUYÊN TRUYỀN
1. Quan điểm, chủ trương của Đảng, chính sách, pháp luật của Nhà nước về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; nội dung Kế hoạch số 112-KH/HU của Ban Thường vụ Huyện ủy.
2. Lợi ích và cách sử dụng các nền tảng số thiết yếu: dịch vụ công trực tuyến, VNeID, sổ sức khỏe điện tử, học bạ số, thanh toán không dùng tiền mặt, sàn thương mại điện tử để tiêu thụ miến dong và mật ong rừng của địa phương.
3. Kỹ năng nhận diện, phòng tránh lừa đảo trực tuyến, tin giả, thông tin xấu độc; bảo vệ dữ liệu cá nhân; ứng xử văn minh trên mạng xã hội.
IV. NHIỆM VỤ, PHÂN CÔNG THỰC HIỆN
1. Ban Tuyên giáo và Dân vận Đảng ủy là cơ quan thường trực, tham mưu Ban Thường vụ Đảng ủy theo dõi, hướng dẫn thực hiện Kế hoạch; biên soạn tài liệu hỏi - đáp "Công dân số" bằng tiếng Việt và tiếng Mông, phát hành trước ngày 15/3/2026; chủ trì tổ chức Cuộc thi "Công dân số Tùng Khê" năm 2026; tổng hợp kết quả, tham mưu báo cáo sơ kết 6 tháng trước ngày 10/7/2026.
2. Các chi bộ trực thuộc có trách nhiệm quán triệt Kế hoạch đến 100% đảng viên; đưa nội dung chuyển đổi số vào sinh hoạt chi bộ định kỳ ít nhất 01 lần/quý; phân công mỗi đảng viên giúp đỡ ít nhất 02 hộ gia đình cài đặt, sử dụng VNeID và dịch vụ công trực tuyến.
3. Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì, phối hợp với các đoàn thể chính trị - xã hội phát động cuộc vận động "Mỗi gia đình một công dân số"; lồng ghép nội dung vào bình xét "Gia đình văn hóa", "Khu dân cư kiểu mẫu"; giám sát việc hướng dẫn, hỗ trợ người dân tại Bộ phận một cửa của xã.
4. Đoàn Thanh niên xã chủ trì, phối hợp với Trường THCS Tùng Khê và Bưu điện văn hóa xã thành lập 08 đội "Thanh niên tình nguyện số" xuống từng thôn hướng dẫn người dân cài đặt VNeID, nộp hồ sơ trực tuyến, thanh toán bằng mã QR; tổ chức đợt cao điểm trong Tháng Thanh niên (tháng 3/2026); quản trị trang Zalo OA "Tùng Khê Ngày Mới".
5. Hội Liên hiệp Phụ nữ xã vận động hội viên mở tài khoản thanh toán, bán nông sản qua sàn thương mại điện tử; chủ trì, phối hợp với Ban Quản lý chợ xây dựng mô hình "Chợ 4.0 - chợ không dùng tiền mặt" tại chợ Tùng Khê, hoàn thành trước ngày 30/6/2026; lồng ghép tuyên truyền phòng, chống lừa đảo trực tuyến trong sinh hoạt chi hội.
6. Hội Cựu chiến binh xã vận động hội viên gương mẫu tham gia đấu tranh phản bác quan điểm sai trái, thông tin xấu độc trên mạng xã hội; hướng dẫn hội viên cao tuổi sử dụng VNeID, nhận lương hưu, trợ cấp qua tài khoản ngân hàng.
7. Hội Nông dân xã hướng dẫn hội viên ghi nhật ký sản xuất điện tử, truy xuất nguồn gốc sản phẩm; phối hợp với Hợp tác xã Miến dong Tùng Khê đưa ít nhất 03 sản phẩm OCOP của xã lên sàn thương mại điện tử trong năm 2026.
8. Đài truyền thanh xã xây dựng, phát sóng chuyên mục "Công dân số Tùng Khê" vào 18 giờ 00 thứ Ba và thứ Sáu hằng tuần; biên dịch, phát bằng tiếng Mông tại các thôn Nương Ngô, Trảng Cỏ; phát tin cảnh báo khi xuất hiện thủ đoạn lừa đảo mới.
9. Bưu điện văn hóa xã bố trí 02 máy tính kết nối Internet miễn phí để người dân tra cứu thông tin, nộp hồ sơ trực tuyến; hỗ trợ chi trả lương hưu, trợ cấp không dùng tiền mặt; là điểm nhận bài dự thi trên giấy của Cuộc thi "Công dân số Tùng Khê".
10. Đề nghị Ủy ban nhân dân xã chỉ đạo công chức Văn hóa - Xã hội phối hợp với Văn phòng HĐND - UBND xã cập nhật tin, bài trên Trang thông tin điện tử xã; bố trí kinh phí thực hiện Kế hoạch năm 2026 là 86.500.000 đồng (Tám mươi sáu triệu, năm trăm nghìn đồng) từ ngân sách xã và nguồn xã hội hóa.
V. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo và Dân vận Đảng ủy là đầu mối theo dõi, tổng hợp; đồng chí liên hệ: Tạ Thị Bích Ngọc, Trưởng Ban, điện thoại 0912.458.307, thư điện tử btgdv.tungkhe@minhchau.gov.vn.
2. Định kỳ hằng quý (trước ngày 25 của tháng cuối quý), các chi bộ, Ủy ban Mặt trận Tổ quốc và các đoàn thể xã báo cáo kết quả về Ban Tuyên giáo và Dân vận Đảng ủy; Ban Tuyên giáo và Dân vận tổng hợp, báo cáo Ban Thường vụ.
"""

MC01_FOOTER = """\
                                                  T/M BAN THƯỜNG VỤ
Nơi nhận:                                              BÍ THƯ
- Ban Thường vụ Huyện ủy Nhã Lộc (b/c),
- Ban Tuyên giáo và Dân vận Huyện ủy,
- Các đồng chí Đảng ủy viên,
- Các chi bộ trực thuộc,
- UBND xã, Ủy ban MTTQ và các đoàn thể xã,
- Lưu Văn phòng Đảng ủy.                               (Đã ký)

                                                   Đinh Công Thạo
"""


def hard_wrap(ps, width=72):
    """Wrap like text copied out of a PDF: no blank lines, page numbers in between."""
    out = []
    for i, p in enumerate(ps):
        out.extend(textwrap.wrap(p, width=width, break_long_words=False,
                                 break_on_hyphens=False))
        if i in (12, 30):  # page breaks of the original PDF
            out.append("")
            out.append("%d" % (2 if i == 12 else 3))
            out.append("")
    return "\n".join(out) + "\n"


def build_mc01():
    text = MC01_HEADER + "\n" + hard_wrap(paras(MC01_BODY)) + "\n" + MC01_FOOTER
    with open(os.path.join(CORPUS, "mc01_kehoach_tuyentruyen.txt"), "w", encoding="utf-8") as f:
        f.write(nfc(text))


# ---------------------------------------------------------------------------
# mc02 - Hướng dẫn 05-HD/BTGDV, Ban Tuyên giáo và Dân vận Đảng ủy xã (pdf)
# ---------------------------------------------------------------------------
MC02_BODY = """
Căn cứ Kế hoạch số 27-KH/ĐU, ngày 15/01/2026 của Ban Thường vụ Đảng ủy xã về tuyên truyền, vận động cán bộ, đảng viên và Nhân dân tham gia đổi mới sáng tạo, xây dựng "công dân số" năm 2026;
Căn cứ Thông báo số 41-TB/ĐU, ngày 06/02/2026 kết luận của Thường trực Đảng ủy tại cuộc họp giao ban công tác tuyên truyền, vận động chuyển đổi số;
Ban Tuyên giáo và Dân vận Đảng ủy hướng dẫn tổ chức Cuộc thi "Công dân số Tùng Khê" năm 2026 (sau đây gọi là Cuộc thi) như sau:
#I. MỤC ĐÍCH
Cuộc thi nhằm lan tỏa phong trào "Bình dân học vụ số", khuyến khích mọi người dân, nhất là người cao tuổi, phụ nữ và học sinh, thực hành các kỹ năng số thiết yếu; qua đó phát hiện, biểu dương những "công dân số" tiêu biểu để nhân rộng trong cộng đồng.
#II. ĐỐI TƯỢNG VÀ BẢNG THI
Cuộc thi dành cho công dân đang sinh sống, học tập, làm việc trên địa bàn xã Tùng Khê, chia thành 04 bảng theo độ tuổi (tính theo năm sinh):
- Bảng A "Măng non số": học sinh từ 11 đến 15 tuổi;
- Bảng B "Tuổi trẻ số": từ 16 đến 35 tuổi;
- Bảng C "Gia đình số": từ 36 đến 59 tuổi;
- Bảng D "Sống vui số": từ 60 tuổi trở lên.
Thành viên Ban Tổ chức, Ban Giám khảo, Tổ biên soạn câu hỏi không tham gia dự thi.
#III. NỘI DUNG, HÌNH THỨC VÀ THỜI GIAN THI
Cuộc thi gồm 03 vòng:
1. Vòng 1 - Thi trắc nghiệm: diễn ra từ 08 giờ 00 ngày 16/3/2026 đến 17 giờ 00 ngày 15/4/2026 trên trang cuocthi.tungkhe.vn. Mỗi lượt thi gồm 30 câu hỏi trắc nghiệm, làm trong 20 phút và 01 câu hỏi dự đoán số người trả lời đúng tất cả câu hỏi. Mỗi người dự thi tối đa 03 lượt, lấy kết quả của lượt cao nhất. Người không có điện thoại thông minh có thể làm bài trên phiếu giấy, nộp tại Bưu điện văn hóa xã hoặc nhà văn hóa thôn. Mỗi bảng chọn 10 người có điểm cao nhất vào Vòng 2; trường hợp bằng điểm, xét người có thời gian làm bài ngắn hơn.
2. Vòng 2 - Thi thực hành "Thao tác số": tổ chức từ 07 giờ 30 ngày 09/5/2026 (thứ Bảy) tại Hội trường Ủy ban nhân dân xã. Mỗi thí sinh thực hiện 05 thao tác trong 15 phút: cài đặt và kích hoạt VNeID; nộp một thủ tục trên Cổng Dịch vụ công quốc gia; thanh toán bằng mã QR; nhận diện tin nhắn lừa đảo; tìm kiếm thông tin chính thống trên Trang thông tin điện tử xã. Mỗi bảng chọn 03 thí sinh có điểm cao nhất vào Vòng Chung kết.
3. Vòng Chung kết: tổ chức vào 19 giờ 30 ngày 30/5/2026 tại Sân vận động trung tâm xã, kết hợp với Ngày hội "Công dân số" của xã. 12 thí sinh thi 03 phần: giới thiệu bản thân bằng video tự quay không quá 03 phút; kiến thức; xử lý tình huống trên không gian mạng.
#IV. CƠ CẤU GIẢI THƯỞNG
1. Giải cá nhân Vòng Chung kết: mỗi bảng trao 01 giải Nhất trị giá 3.000.000 đồng, 01 giải Nhì trị giá 2.000.000 đồng và 01 giải Ba trị giá 1.500.000 đồng.
2. Giải Khuyến khích Vòng 1: 20 giải, mỗi giải 300.000 đồng, trao cho người có kết quả cao tiếp theo, ưu tiên người dự thi Bảng D.
3. Giải tập thể: 01 giải cho thôn có tỷ lệ người dân dự thi cao nhất, trị giá 2.500.000 đồng; 01 giải cho chi đoàn hoặc chi hội có số đoàn viên, hội viên dự thi nhiều nhất, trị giá 1.000.000 đồng.
Tổng giá trị giải thưởng là 35.500.000 đồng. Cá nhân, tập thể đạt giải nhận Giấy chứng nhận của Ban Tuyên giáo và Dân vận Đảng ủy kèm tiền thưởng.
#V. TỔ CHỨC THỰC HIỆN
1. Ban Tổ chức Cuộc thi do đồng chí Nông Thị Mến, Phó Bí thư Thường trực Đảng ủy làm Trưởng ban; Ban Tuyên giáo và Dân vận Đảng ủy là cơ quan thường trực, chịu trách nhiệm biên soạn bộ câu hỏi, thành lập Ban Giám khảo, công bố kết quả Vòng 1 trước ngày 25/4/2026.
2. Đoàn Thanh niên xã quản trị hệ thống thi trực tuyến, bảo đảm an toàn dữ liệu của thí sinh; cử 16 đoàn viên làm "trợ lý thi" tại 08 thôn để hướng dẫn người dân đăng ký, làm bài.
3. Trường THCS Tùng Khê phổ biến Cuộc thi đến 100% học sinh; bố trí phòng tin học để học sinh Bảng A thi trong giờ hoạt động trải nghiệm; gửi danh sách học sinh dự thi về Ban Tổ chức trước ngày 25/3/2026.
4. Ủy ban Mặt trận Tổ quốc Việt Nam xã, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh, Hội Nông dân xã vận động đoàn viên, hội viên tham gia, nhất là ở Bảng C và Bảng D; mỗi tổ chức phấn đấu có tối thiểu 150 người dự thi.
5. Bưu điện văn hóa xã tiếp nhận phiếu thi giấy, bảo quản và chuyển về Ban Tổ chức vào sáng thứ Hai hằng tuần.
6. Đài truyền thanh xã phát thể lệ và câu hỏi gợi ý 03 lần/tuần trong thời gian diễn ra Vòng 1; đưa tin về Vòng Chung kết.
7. Văn phòng HĐND - UBND xã chuẩn bị hội trường, âm thanh, màn hình; bảo đảm kinh phí tổ chức Cuộc thi theo dự toán 52.000.000 đồng, trong đó kinh phí giải thưởng 35.500.000 đồng, trích từ kinh phí thực hiện Kế hoạch số 27-KH/ĐU.
Thông tin chi tiết liên hệ: đồng chí Triệu Minh Hiếu, Bí thư Đoàn xã (hỗ trợ kỹ thuật thi trực tuyến), điện thoại 0975.316.284; đồng chí Tạ Thị Bích Ngọc, Trưởng Ban Tuyên giáo và Dân vận Đảng ủy, điện thoại 0912.458.307.
"""

MC02_NOINHAN = """
Nơi nhận:
- Thường trực Đảng ủy (b/c);
- Các chi bộ trực thuộc;
- Ủy ban MTTQ và các đoàn thể xã;
- Trường THCS Tùng Khê;
- Lưu BTGDV.
"""

MC02_ANNEX = """
Phụ lục
MẪU PHIẾU DỰ THI TRÊN GIẤY - VÒNG 1
(Kèm theo Hướng dẫn số 05-HD/BTGDV, ngày 02/3/2026 của Ban Tuyên giáo và Dân vận Đảng ủy xã Tùng Khê)
"""

MC02_FORM = """
Họ và tên người dự thi: ..................................................................
Năm sinh: .................  Giới tính: .................  Dân tộc: .................
Thôn: ..................................  Số điện thoại: .....................................
Bảng thi (đánh dấu X): [ ] Bảng A   [ ] Bảng B   [ ] Bảng C   [ ] Bảng D
Phần trả lời 30 câu hỏi trắc nghiệm: ghi chữ cái A, B, C hoặc D vào ô tương ứng với số thứ tự câu hỏi.
Câu dự đoán: số người trả lời đúng tất cả câu hỏi của Vòng 1 là: .................. người.
Tôi cam đoan tự làm bài và chấp thuận cho Ban Tổ chức sử dụng thông tin trên phiếu cho mục đích của Cuộc thi.
"""


def build_mc02():
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, 15)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    half = w / 2
    pdf.set_font("DejaVu", "", 10)
    # two-column header
    rows = [
        (nfc("ĐẢNG BỘ HUYỆN NHÃ LỘC"), "", nfc("ĐẢNG CỘNG SẢN VIỆT NAM"), "B"),
        (nfc("ĐẢNG ỦY XÃ TÙNG KHÊ"), "B", "", ""),
        (nfc("BAN TUYÊN GIÁO VÀ DÂN VẬN"), "B", nfc("Tùng Khê, ngày 02 tháng 3 năm 2026"), ""),
        (nfc("Số 05-HD/BTGDV"), "", "", ""),
    ]
    for left, lst, right, rst in rows:
        pdf.set_font("DejaVu", lst, 10)
        pdf.cell(half, 6, left, align="C")
        pdf.set_font("DejaVu", rst, 10)
        pdf.cell(half, 6, right, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(w, 7, nfc("HƯỚNG DẪN"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(w, 6, nfc('tổ chức Cuộc thi "Công dân số Tùng Khê" năm 2026'), align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(w, 5, "-----", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for p in paras(MC02_BODY):
        if p.startswith("#"):
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(w, 6, p[1:], new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(w, 5.5, p, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(4)
    y = pdf.get_y()
    pdf.set_font("DejaVu", "B", 10)
    pdf.set_xy(pdf.l_margin + half, y)
    pdf.multi_cell(half, 5, nfc("T/M BAN TUYÊN GIÁO VÀ DÂN VẬN\nTRƯỞNG BAN\n\n(Đã ký)\n\nTạ Thị Bích Ngọc"),
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(pdf.l_margin, y)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(half, 5, "\n".join(paras(MC02_NOINHAN)), new_x="LMARGIN", new_y="NEXT")
    # annex: registration form, with the State motto
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    for line in paras(MC02_ANNEX):
        pdf.multi_cell(w, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(w, 6, nfc("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(w, 6, nfc("Độc lập - Tự do - Hạnh phúc"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(w, 7, nfc("PHIẾU DỰ THI"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(w, 6, nfc('Cuộc thi "Công dân số Tùng Khê" năm 2026 - Vòng 1'), align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for line in paras(MC02_FORM):
        pdf.multi_cell(w, 7, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(6)
    pdf.set_xy(pdf.l_margin + half, pdf.get_y())
    pdf.multi_cell(half, 6, nfc("Tùng Khê, ngày ..... tháng ..... năm 2026\nNgười dự thi\n(Ký, ghi rõ họ tên)"),
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(CORPUS, "mc02_huongdan_cuocthi.pdf"))


# ---------------------------------------------------------------------------
# mc03 - Thông báo kết luận 41-TB/ĐU (markdown, schedule table)
# ---------------------------------------------------------------------------
MC03 = """\
ĐẢNG BỘ HUYỆN NHÃ LỘC  
ĐẢNG ỦY XÃ TÙNG KHÊ  
Số 41-TB/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM  
*Tùng Khê, ngày 06 tháng 02 năm 2026*

# THÔNG BÁO

## Kết luận của Thường trực Đảng ủy tại cuộc họp giao ban công tác tuyên truyền, vận động chuyển đổi số tháng 01/2026

Chiều ngày 04/02/2026, tại phòng họp Đảng ủy, đồng chí Đinh Công Thạo, Bí thư Đảng ủy xã chủ trì cuộc họp giao ban công tác tuyên truyền, vận động chuyển đổi số. Dự họp có các đồng chí Thường trực Đảng ủy; lãnh đạo Ban Tuyên giáo và Dân vận Đảng ủy, Văn phòng Đảng ủy; Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã; người đứng đầu Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh, Hội Nông dân xã; đại diện Bưu điện văn hóa xã, Đài truyền thanh xã và Trường THCS Tùng Khê.

Sau khi nghe Ban Tuyên giáo và Dân vận báo cáo kết quả 3 tuần triển khai Kế hoạch số 27-KH/ĐU, ngày 15/01/2026 của Ban Thường vụ Đảng ủy và ý kiến của các đại biểu, đồng chí Bí thư Đảng ủy kết luận như sau:

### 1. Đánh giá chung

Các chi bộ, Mặt trận và đoàn thể vào cuộc tích cực, bước đầu tạo chuyển biến: 12/17 chi bộ tổ chức quán triệt Kế hoạch; 08/08 thôn kiện toàn Tổ công nghệ số cộng đồng với 54 thành viên; Đài truyền thanh xã phát 06 số chuyên mục "Công dân số Tùng Khê".

Tuy nhiên, tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến mới đạt 21,5%; sóng di động ở thôn Nương Ngô và thôn Trảng Cỏ yếu, nhiều hộ chưa có điện thoại thông minh; 03 cụm loa truyền thanh tại các thôn Bờ Lở, Lò Rèn, Chòm Mít bị hỏng; trong tháng 01/2026 trên địa bàn xã xảy ra 02 vụ lừa đảo qua điện thoại nhằm vào người cao tuổi, thiệt hại 47 triệu đồng.

### 2. Nhiệm vụ trọng tâm thời gian tới

2.1. Thống nhất tổ chức Cuộc thi "Công dân số Tùng Khê" năm 2026; giao Ban Tuyên giáo và Dân vận Đảng ủy ban hành hướng dẫn trước ngày 05/3/2026, chú ý có bảng thi riêng cho người cao tuổi.

2.2. Các chi bộ chưa tổ chức quán triệt (05 chi bộ) hoàn thành trước ngày 28/02/2026 theo đúng Kế hoạch; bí thư chi bộ chịu trách nhiệm trước Thường trực Đảng ủy về tiến độ.

2.3. Đoàn Thanh niên xã tổ chức Lễ ra quân "Tháng Thanh niên số" vào 07 giờ 30 ngày 01/3/2026 tại Nhà văn hóa thôn Đồi Chè; ưu tiên lực lượng hỗ trợ thôn Nương Ngô và thôn Trảng Cỏ.

2.4. Đài truyền thanh xã khắc phục 03 cụm loa hỏng trước ngày 28/02/2026; phát tin cảnh báo thủ đoạn giả danh công an, cơ quan bảo hiểm xã hội để lừa đảo, tối thiểu 03 lần/tuần trong tháng 02 và tháng 3/2026.

2.5. Hội Cựu chiến binh xã thành lập tổ "Cựu chiến binh cảnh giác trên mạng" ở mỗi thôn, mỗi tổ từ 03 đến 05 hội viên, hoàn thành trong tháng 3/2026.

2.6. Hội Liên hiệp Phụ nữ xã phối hợp với Hội Người cao tuổi xã đến từng hộ có người cao tuổi sống một mình để hướng dẫn cách nhận biết cuộc gọi lừa đảo.

2.7. Đề nghị Bưu điện văn hóa xã mở cửa phục vụ đến 20 giờ 00 các tối thứ Năm trong tháng 3 và tháng 4/2026 để hỗ trợ người dân làm thủ tục trực tuyến và thi Vòng 1 của Cuộc thi.

2.8. Đề nghị Ủy ban nhân dân xã làm việc với Viettel Nhã Lộc và VNPT Nhã Lộc về lắp đặt trạm phát sóng tại thôn Nương Ngô và thôn Trảng Cỏ; báo cáo kết quả với Thường trực Đảng ủy trước ngày 31/3/2026.

2.9. Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì giám sát việc hỗ trợ người dân tại Bộ phận một cửa, phối hợp với Hội Nông dân xã tổng hợp ý kiến, kiến nghị của Nhân dân về dịch vụ công trực tuyến, báo cáo tại cuộc giao ban tháng 4/2026.

### 3. Lịch kiểm tra tại các thôn

Thường trực Đảng ủy phân công các đồng chí trực tiếp kiểm tra việc triển khai Kế hoạch số 27-KH/ĐU tại các thôn theo lịch sau:

| TT | Thời gian | Thôn | Đồng chí phụ trách | Đơn vị phối hợp |
|----|-----------|------|--------------------|-----------------|
| 1 | 08 giờ 00 ngày 24/02/2026 | Đồi Chè, Ruộng Cả | Nông Thị Mến, Phó Bí thư Thường trực Đảng ủy | Ủy ban MTTQ Việt Nam xã |
| 2 | 14 giờ 00 ngày 24/02/2026 | Chòm Mít, Xóm Giữa | Hứa Văn Đạt, Phó Bí thư Đảng ủy, Chủ tịch UBND xã | Đoàn Thanh niên xã |
| 3 | 08 giờ 00 ngày 26/02/2026 | Bờ Lở, Lò Rèn | Tạ Thị Bích Ngọc, Trưởng Ban Tuyên giáo và Dân vận | Hội Cựu chiến binh xã |
| 4 | 08 giờ 00 ngày 27/02/2026 | Nương Ngô, Trảng Cỏ | Đinh Công Thạo, Bí thư Đảng ủy | Hội Liên hiệp Phụ nữ xã, Đài truyền thanh xã |

Cuộc họp giao ban tiếp theo tổ chức vào 14 giờ 00 ngày 08/4/2026 tại phòng họp Đảng ủy; Ban Tuyên giáo và Dân vận chuẩn bị báo cáo kết quả quý I/2026.

Văn phòng Đảng ủy thông báo để các chi bộ, cơ quan, đơn vị biết, thực hiện.

**T/L BAN THƯỜNG VỤ**  
**CHÁNH VĂN PHÒNG**

(Đã ký)

Bế Thị Thu Trang

**Nơi nhận:**
- Các đồng chí Thường trực Đảng ủy,
- Các chi bộ trực thuộc,
- Ban Tuyên giáo và Dân vận Đảng ủy,
- Ủy ban MTTQ và các đoàn thể xã,
- Bưu điện văn hóa xã, Đài truyền thanh xã,
- Lưu Văn phòng Đảng ủy.
"""


def build_mc03():
    with open(os.path.join(CORPUS, "mc03_thongbao_ketluan.md"), "w", encoding="utf-8") as f:
        f.write(nfc(MC03))


# ---------------------------------------------------------------------------
# mc04 - Chương trình 09-CTr/ĐU (docx: list styles + task table)
# ---------------------------------------------------------------------------
MC04_CANCU = """
Căn cứ Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Kế hoạch số 27-KH/ĐU, ngày 15/01/2026 của Ban Thường vụ Đảng ủy xã về tuyên truyền, vận động cán bộ, đảng viên và Nhân dân tham gia đổi mới sáng tạo, xây dựng "công dân số" năm 2026;
Đảng ủy xã Tùng Khê xây dựng Chương trình công tác dân vận về đổi mới sáng tạo và chuyển đổi số năm 2026 như sau:
"""
MC04_MUCTIEU = """
Đổi mới phương thức dân vận theo hướng "dân vận số", lấy người dân làm trung tâm, lấy sự hài lòng của Nhân dân làm thước đo hiệu quả công tác.
Xây dựng ít nhất 05 mô hình "Dân vận khéo" trong chuyển đổi số, trong đó mỗi đoàn thể chính trị - xã hội có ít nhất 01 mô hình.
100% cán bộ Mặt trận, đoàn thể từ xã đến chi hội, chi đoàn sử dụng thành thạo phần mềm quản lý đoàn viên, hội viên và nhóm Zalo để nắm tình hình cơ sở.
Phát hiện, biểu dương ít nhất 05 sáng kiến của Nhân dân ứng dụng khoa học, công nghệ vào sản xuất và đời sống.
"""
MC04_NHIEMVU = """
Đổi mới nội dung, phương thức tuyên truyền, vận động: kết hợp "cầm tay chỉ việc" tại nhà văn hóa thôn với tuyên truyền qua mạng xã hội, video ngắn bằng tiếng Mông và tiếng Dao.
Xây dựng và nhân rộng các mô hình "Dân vận khéo" về chuyển đổi số; mỗi quý lựa chọn 01 mô hình tiêu biểu để giới thiệu trên Đài truyền thanh xã.
Ứng dụng công nghệ số trong hoạt động của Mặt trận và đoàn thể: số hóa danh sách đoàn viên, hội viên; tổ chức sinh hoạt chuyên đề trực tuyến; tiếp nhận phản ánh của Nhân dân qua Zalo OA "Tùng Khê Ngày Mới".
Phát động Cuộc thi "Sáng kiến vì cộng đồng" năm 2026, khen thưởng 05 sáng kiến xuất sắc, mỗi sáng kiến 2.000.000 đồng.
Nắm bắt dư luận xã hội: Tổ nắm bắt dư luận xã hội của xã báo cáo tình hình tư tưởng của Nhân dân liên quan đến chuyển đổi số về Ban Tuyên giáo và Dân vận Đảng ủy trước ngày 20 hằng tháng.
"""
MC04_TABLE = [
    ("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
    ("1", 'Xây dựng mô hình "Chi hội phụ nữ không dùng tiền mặt" tại thôn Xóm Giữa',
     "Hội Liên hiệp Phụ nữ xã", "Bưu điện văn hóa xã; Agribank chi nhánh huyện Nhã Lộc", "Quý II/2026"),
    ("2", 'Xây dựng mô hình "Tổ Cựu chiến binh tự quản an ninh mạng" tại thôn Ruộng Cả',
     "Hội Cựu chiến binh xã", "Công an xã", "Tháng 5/2026"),
    ("3", 'Tổ chức Diễn đàn "Nông dân với đổi mới sáng tạo"',
     "Hội Nông dân xã", "Ban Tuyên giáo và Dân vận Đảng ủy; Hợp tác xã Miến dong Tùng Khê", "Tháng 8/2026"),
    ("4", "Số hóa danh sách đoàn viên, hội viên trên phần mềm quản lý",
     "Ủy ban MTTQ Việt Nam xã", "Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh, Hội Nông dân xã",
     "Trước ngày 30/9/2026"),
    ("5", 'Chuyên mục "Dân vận khéo thời số" trên Đài truyền thanh xã',
     "Đài truyền thanh xã", "Ban Tuyên giáo và Dân vận Đảng ủy", "Hằng tháng, từ tháng 3/2026"),
    ("6", 'Cuộc thi "Sáng kiến vì cộng đồng" năm 2026; xét chọn 05 sáng kiến xuất sắc',
     "Ban Tuyên giáo và Dân vận Đảng ủy", "Ủy ban MTTQ Việt Nam xã; Ủy ban nhân dân xã",
     "Tổng kết trước ngày 15/11/2026"),
    ("7", 'Bố trí "Góc công dân số" tại Bưu điện văn hóa xã và 08 nhà văn hóa thôn',
     "Bưu điện văn hóa xã", "Đoàn Thanh niên xã; Ban công tác Mặt trận các thôn", "Trước ngày 31/3/2026"),
    ("8", 'Duy trì "Ngày thứ Bảy số": đoàn viên hướng dẫn người dân sử dụng ứng dụng số tại nhà văn hóa thôn',
     "Đoàn Thanh niên xã", "Trường THCS Tùng Khê", "Thứ Bảy tuần thứ hai hằng tháng"),
]
MC04_TOCHUC = """
Ban Tuyên giáo và Dân vận Đảng ủy có trách nhiệm hướng dẫn, theo dõi, kiểm tra việc thực hiện Chương trình; tham mưu sơ kết cùng với Kế hoạch số 27-KH/ĐU.
Các chi bộ trực thuộc lãnh đạo Ban công tác Mặt trận, chi hội, chi đoàn ở thôn cụ thể hóa Chương trình phù hợp với thực tế của từng thôn.
Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội xã xây dựng kế hoạch thực hiện, gửi về Ban Tuyên giáo và Dân vận Đảng ủy trước ngày 20/02/2026.
Đề nghị Ủy ban nhân dân xã bố trí 64.000.000 đồng cho các hoạt động của Chương trình, trong đó 10.000.000 đồng khen thưởng sáng kiến.
Đồng chí Phó Bí thư Thường trực Đảng ủy trực tiếp chỉ đạo; đầu mối theo dõi là đồng chí Lý Thị Hạnh, Phó Trưởng Ban Tuyên giáo và Dân vận, điện thoại 0388.902.516.
"""
MC04_NOINHAN = """
Nơi nhận:
- Ban Tuyên giáo và Dân vận Huyện ủy (b/c),
- Các đồng chí Đảng ủy viên,
- Các chi bộ trực thuộc,
- Ủy ban MTTQ và các đoàn thể xã,
- Lưu Văn phòng Đảng ủy.
"""


def build_mc04():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    # two-column header as a borderless table (as Word users do)
    h = d.add_table(rows=3, cols=2)
    cells = [
        ("ĐẢNG BỘ HUYỆN NHÃ LỘC", "ĐẢNG CỘNG SẢN VIỆT NAM"),
        ("ĐẢNG ỦY XÃ TÙNG KHÊ", ""),
        ("Số 09-CTr/ĐU", "Tùng Khê, ngày 26 tháng 01 năm 2026"),
    ]
    for r, (a, b) in enumerate(cells):
        h.cell(r, 0).text = nfc(a)
        h.cell(r, 1).text = nfc(b)
        for c in (0, 1):
            for p in h.cell(r, c).paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run(nfc("CHƯƠNG TRÌNH")).bold = True
    t2 = d.add_paragraph()
    t2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t2.add_run(nfc("công tác dân vận về đổi mới sáng tạo và chuyển đổi số năm 2026")).bold = True
    for p in paras(MC04_CANCU):
        d.add_paragraph(p)
    d.add_paragraph().add_run(nfc("I. MỤC TIÊU")).bold = True
    for p in paras(MC04_MUCTIEU):
        d.add_paragraph(p, style="List Bullet")
    d.add_paragraph().add_run(nfc("II. NHIỆM VỤ, GIẢI PHÁP")).bold = True
    for p in paras(MC04_NHIEMVU):
        d.add_paragraph(p, style="List Number")
    d.add_paragraph().add_run(nfc("III. PHÂN CÔNG THỰC HIỆN")).bold = True
    tab = d.add_table(rows=len(MC04_TABLE), cols=5)
    tab.style = "Table Grid"
    for r, row in enumerate(MC04_TABLE):
        for c, val in enumerate(row):
            tab.cell(r, c).text = nfc(val)
            if r == 0:
                for run in tab.cell(r, c).paragraphs[0].runs:
                    run.bold = True
    d.add_paragraph().add_run(nfc("IV. TỔ CHỨC THỰC HIỆN")).bold = True
    for p in paras(MC04_TOCHUC):
        d.add_paragraph(p, style="List Bullet")
    for line in ("T/M ĐẢNG ỦY", "BÍ THƯ", "(Đã ký)", "Đinh Công Thạo"):
        s = d.add_paragraph()
        s.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        s.add_run(nfc(line)).bold = line != "(Đã ký)"
    for p in paras(MC04_NOINHAN):
        d.add_paragraph(p)
    d.save(os.path.join(CORPUS, "mc04_chuongtrinh_danvan.docx"))


# ---------------------------------------------------------------------------
# mc05 - Báo cáo sơ kết 58-BC/ĐU (txt with markdown table, 2-column header)
# ---------------------------------------------------------------------------
MC05 = """\
ĐẢNG BỘ HUYỆN NHÃ LỘC                        ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ TÙNG KHÊ
        *                           Tùng Khê, ngày 06 tháng 7 năm 2026
   Số 58-BC/ĐU

                               BÁO CÁO
      sơ kết 6 tháng đầu năm 2026 thực hiện Kế hoạch số 27-KH/ĐU
                    và Chương trình số 09-CTr/ĐU
                               -----

Thực hiện Kế hoạch số 112-KH/HU, ngày 26/12/2025 của Ban Thường vụ Huyện ủy Nhã Lộc, Đảng ủy xã Tùng Khê báo cáo sơ kết 6 tháng đầu năm 2026 công tác tuyên truyền, vận động Nhân dân tham gia đổi mới sáng tạo, xây dựng "công dân số" như sau:

I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO

Ban Thường vụ Đảng ủy ban hành Kế hoạch số 27-KH/ĐU, ngày 15/01/2026; Đảng ủy ban hành Chương trình số 09-CTr/ĐU, ngày 26/01/2026; Thường trực Đảng ủy ra Thông báo kết luận số 41-TB/ĐU, ngày 06/02/2026; Ban Tuyên giáo và Dân vận ban hành Hướng dẫn số 05-HD/BTGDV, ngày 02/3/2026 về tổ chức Cuộc thi "Công dân số Tùng Khê" năm 2026.

17/17 chi bộ trực thuộc tổ chức quán triệt Kế hoạch, chi bộ cuối cùng hoàn thành ngày 27/02/2026; 412/431 đảng viên tham gia, đạt 95,6%; 19 đảng viên vắng mặt do đi làm ăn xa, chi bộ gửi tài liệu qua nhóm Zalo. Thường trực Đảng ủy trực tiếp kiểm tra tại 08/08 thôn từ ngày 24/02 đến ngày 27/02/2026.

II. KẾT QUẢ THỰC HIỆN

1. Kết quả thực hiện các chỉ tiêu

| TT | Chỉ tiêu | Kế hoạch năm 2026 | Kết quả 6 tháng | So với kế hoạch |
|----|----------|-------------------|-----------------|-----------------|
| 1 | Người dân từ 14 tuổi trở lên kích hoạt định danh điện tử mức độ 2 | 85% | 78,4% (6.912/8.817 người) | 92,2% |
| 2 | Hộ gia đình có người biết sử dụng dịch vụ công trực tuyến | 75% | 61,3% (1.544/2.519 hộ) | 81,7% |
| 3 | Hồ sơ thủ tục hành chính nộp trực tuyến | 60% | 47,8% (1.203/2.517 hồ sơ) | 79,7% |
| 4 | Hộ kinh doanh tại chợ Tùng Khê thanh toán bằng mã QR | 70% | 83,0% (78/94 hộ) | Vượt, 118,6% |
| 5 | Tổ công nghệ số cộng đồng | 08/08 thôn | 08/08 tổ, 54 thành viên | Đạt |
| 6 | Chuyên mục "Công dân số Tùng Khê" trên Đài truyền thanh xã | 02 lần/tuần (52 số/6 tháng) | 49 số | 94,2% |
| 7 | Tin, bài trên Trang thông tin điện tử xã và Zalo OA | 08 tin, bài/tháng | 57 tin, bài (bình quân 9,5/tháng) | Vượt, 118,8% |
| 8 | Sản phẩm OCOP lên sàn thương mại điện tử | 03 sản phẩm | 02 sản phẩm | 66,7% |

2. Kết quả hoạt động của Mặt trận, các đoàn thể và đơn vị

- Ủy ban Mặt trận Tổ quốc Việt Nam xã phát động cuộc vận động "Mỗi gia đình một công dân số" ngày 10/02/2026 tại thôn Xóm Giữa; 2.031 hộ đăng ký tham gia.
- Đoàn Thanh niên xã duy trì 08 đội "Thanh niên tình nguyện số" với 96 đoàn viên, hỗ trợ 3.420 lượt người dân cài đặt VNeID, nộp hồ sơ trực tuyến; Lễ ra quân "Tháng Thanh niên số" tổ chức ngày 01/3/2026 tại Nhà văn hóa thôn Đồi Chè.
- Hội Liên hiệp Phụ nữ xã khai trương mô hình "Chợ 4.0 - chợ không dùng tiền mặt" ngày 28/4/2026 với 78 hộ kinh doanh tham gia; 126 hội viên bán nông sản qua sàn thương mại điện tử và mạng xã hội.
- Hội Cựu chiến binh xã thành lập 08 tổ "Cựu chiến binh cảnh giác trên mạng" với 31 hội viên; phối hợp với Công an xã ngăn chặn kịp thời 04 trường hợp người dân suýt chuyển tiền cho đối tượng lừa đảo.
- Hội Nông dân xã hướng dẫn 215 hội viên ghi nhật ký sản xuất điện tử; 02 sản phẩm OCOP (miến dong Tùng Khê, mật ong rừng Trảng Cỏ) lên sàn thương mại điện tử; sản phẩm măng khô Nương Ngô chưa hoàn thiện hồ sơ truy xuất nguồn gốc.
- Bưu điện văn hóa xã bố trí 02 máy tính miễn phí, phục vụ 1.127 lượt người dân; tiếp nhận 236 phiếu thi giấy của Cuộc thi.
- Đài truyền thanh xã hoàn thành sửa chữa 03 cụm loa hỏng ngày 26/02/2026; phát 49 số chuyên mục, trong đó 22 số bằng tiếng Mông.
- Ban Tuyên giáo và Dân vận Đảng ủy phát hành 2.000 cuốn tài liệu hỏi - đáp "Công dân số" ngày 12/3/2026.

3. Kết quả Cuộc thi "Công dân số Tùng Khê" năm 2026

Vòng 1 có 2.145 người dự thi với 3.268 lượt thi, trong đó Bảng A 812 người, Bảng B 603 người, Bảng C 447 người, Bảng D 283 người. Vòng Chung kết tổ chức tối 30/5/2026 tại Sân vận động trung tâm xã, thu hút khoảng 1.500 người dân đến cổ vũ. Ban Tổ chức trao 12 giải cá nhân, 20 giải Khuyến khích và 02 giải tập thể; giải tập thể dành cho thôn có tỷ lệ dự thi cao nhất thuộc về thôn Chòm Mít (61,7% dân số từ 11 tuổi trở lên tham gia); giải Nhất Bảng D thuộc về ông Lăng Văn Sử, 68 tuổi, thôn Lò Rèn.

4. Kinh phí

Tổng kinh phí bố trí cho Kế hoạch năm 2026 là 86.500.000 đồng; đến ngày 30/6/2026 đã chi 63.270.000 đồng, bằng 73,1%, chủ yếu cho Cuộc thi và in tài liệu hỏi - đáp.

III. ĐÁNH GIÁ CHUNG

1. Ưu điểm: cấp ủy vào cuộc sớm, phân công rõ người, rõ việc; Mặt trận và các đoàn thể chủ động, sáng tạo; Cuộc thi thu hút đông đảo Nhân dân, nhất là người cao tuổi; tình trạng lừa đảo qua mạng giảm rõ rệt.

2. Hạn chế, nguyên nhân: tỷ lệ hồ sơ nộp trực tuyến (47,8%) và tỷ lệ kích hoạt định danh điện tử chưa đạt kế hoạch; thôn Nương Ngô, thôn Trảng Cỏ chưa có trạm phát sóng di động (Viettel Nhã Lộc dự kiến lắp đặt trong tháng 9/2026); trong 6 tháng còn xảy ra 01 vụ lừa đảo qua mạng, thiệt hại 12 triệu đồng; một bộ phận người cao tuổi chưa có điện thoại thông minh.

IV. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026

1. Ban Tuyên giáo và Dân vận Đảng ủy tham mưu tổ chức Diễn đàn "Nông dân với đổi mới sáng tạo" trong tháng 8/2026; tổng kết Cuộc thi "Sáng kiến vì cộng đồng" trước ngày 15/11/2026.
2. Đoàn Thanh niên xã phối hợp với Bưu điện văn hóa xã mở 10 lớp "Bình dân học vụ số" cho người cao tuổi tại nhà văn hóa thôn, hoàn thành trước ngày 30/9/2026.
3. Hội Nông dân xã phối hợp với Hợp tác xã Miến dong Tùng Khê hoàn thiện hồ sơ đưa sản phẩm măng khô Nương Ngô lên sàn thương mại điện tử trước ngày 31/10/2026.
4. Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì giám sát chuyên đề về hỗ trợ người dân thực hiện dịch vụ công trực tuyến tại Bộ phận một cửa trong quý III/2026.

V. ĐỀ XUẤT, KIẾN NGHỊ

1. Đề nghị Ban Thường vụ Huyện ủy chỉ đạo Ủy ban nhân dân huyện hỗ trợ 40 điện thoại thông minh cho hộ nghèo, hộ có người cao tuổi sống một mình ở thôn Nương Ngô, thôn Trảng Cỏ.
2. Đề nghị Ban Tuyên giáo và Dân vận Huyện ủy mở lớp tập huấn kỹ năng viết tin, bài, làm video ngắn cho cộng tác viên dư luận xã hội và cán bộ Đài truyền thanh xã trong quý III/2026.

                                                 T/M ĐẢNG ỦY
Nơi nhận:                                   PHÓ BÍ THƯ THƯỜNG TRỰC
- Thường trực Huyện ủy (b/c),
- Ban Tuyên giáo và Dân vận Huyện ủy,
- Thường trực Đảng ủy xã,
- Các chi bộ trực thuộc,
- Lưu Văn phòng Đảng ủy.                           (Đã ký)

                                                Nông Thị Mến
"""


def build_mc05():
    with open(os.path.join(CORPUS, "mc05_baocao_soket.txt"), "w", encoding="utf-8") as f:
        f.write(nfc(MC05))


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_mc01()
    build_mc02()
    build_mc03()
    build_mc04()
    build_mc05()
    print("built:", sorted(os.listdir(CORPUS)))
