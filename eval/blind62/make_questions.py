# -*- coding: utf-8 -*-
"""Writes questions.jsonl and who_what.jsonl for blind set 62."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
D1, D2, D3, D4, D5 = ("rm01_qd_danhmuc.docx", "rm02_tb_ketluan.txt", "rm03_hd_shtt.pdf",
                      "rm04_kh_khoinghiep.md", "rm05_bc_ketqua.docx")

Q = []


def N(s):
    return unicodedata.normalize("NFC", s)


def q(text, kind, ev=(), kw=(), hist=None, actors=None):
    """ev: list of (source, quote); empty ev -> unanswerable."""
    d = {"id": f"rm{len(Q) + 1:03d}", "question": N(text), "answerable": bool(ev), "kind": kind,
         "evidence": [{"source": s, "quote": N(t)} for s, t in ev], "keywords": [N(k) for k in kw]}
    if hist is not None:
        d["history"] = [N(hist)]
    if actors:
        d["actors"] = [N(a) for a in actors]
    Q.append(d)
    return N(text)


# ------------------------------------------------------------------ rm01 QĐ 1186
a1 = q("QĐ 1186 phê duyệt tất cả bao nhiêu nhiệm vụ KH&CN cấp tỉnh?", "abbreviation",
       [(D1, "Phê duyệt danh mục 07 nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng")], ["07"])
a2 = q("Tổng kinh phí dự kiến cho danh mục nhiệm vụ đặt hàng thực hiện từ năm 2026 là bao nhiêu?", "factoid",
       [(D1, "Tổng kinh phí dự kiến từ ngân sách sự nghiệp khoa học và công nghệ của tỉnh là 9.640 triệu đồng")], ["9.640 triệu đồng"])
q("Riêng năm 2026 bố trí bao nhiêu?", "follow-up",
  [(D1, "Kinh phí bố trí trong năm 2026 là 4.150 triệu đồng")], ["4.150 triệu đồng"], hist=a2)
q("Thế năm 2027 bố trí cụ thể bao nhiêu tiền?", "follow-up", hist=a2)
q("Trong 7 nhiệm vụ thì mấy cái tuyển chọn, mấy cái giao trực tiếp?", "factoid",
  [(D1, "05 nhiệm vụ thực hiện theo phương thức tuyển chọn và 02 nhiệm vụ giao trực tiếp")], ["05", "02"])
q("Nhiệm vụ ứng dụng AI sàng lọc bệnh võng mạc đái tháo đường phải thử nghiệm trên bao nhiêu ca?", "factoid",
  [(D1, "Phần mềm sàng lọc; thử nghiệm trên 3.000 ca")], ["3.000 ca"])
q("vuon cay dau dong buoi duong Rinh Thuong quy mo bao nhieu cay", "no-diacritics",
  [(D1, "Vườn cây đầu dòng 300 cây; quy trình nhân giống")], ["300 cây"])
q("Sở Tài chính phải làm gì theo quyết định phê duyệt danh mục nhiệm vụ KH&CN 2026?", "who-what",
  [(D1, "Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu bố trí 4.150 triệu đồng")],
  ["4.150 triệu đồng"], actors=["Sở Tài chính"])
a8 = q("Hạn cuối nộp hồ sơ đăng ký tuyển chọn nhiệm vụ cấp tỉnh là lúc nào?", "factoid",
       [(D1, "17 giờ 00 ngày 20/01/2026")], ["20/01/2026"])
q("Còn họp Hội đồng đánh giá hồ sơ thì phải xong trước ngày nào?", "follow-up",
  [(D1, "Trước ngày 28/02/2026")], ["28/02/2026"], hist=a8)
q("Ai ký quyết định phê duyệt danh mục 07 nhiệm vụ KH&CN cấp tỉnh?", "metadata",
  [(D1, "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Võ Thanh Liêm")], ["Võ Thanh Liêm"])
q("qd 1186 co hieu luc tu khi nao", "no-diacritics",
  [(D1, "Quyết định này có hiệu lực kể từ ngày ký")], ["kể từ ngày ký"])
q("Trung tâm Ứng dụng tiến bộ KH&CN được giao việc gì trong QĐ phê duyệt danh mục, hạn khi nào?", "who-what",
  [(D1, "hoàn thiện thuyết minh nhiệm vụ giao trực tiếp số 6, gửi Sở Khoa học và Công nghệ trước ngày 15/01/2026")],
  ["15/01/2026"], actors=["Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh"])
q("Quyết định phê duyệt danh mục nhiệm vụ căn cứ tờ trình số mấy của Sở KH&CN?", "metadata",
  [(D1, "Tờ trình số 318/TTr-SKHCN ngày 28 tháng 11 năm 2025")], ["318/TTr-SKHCN"])
q("Những đơn vị nào phối hợp đăng thông báo tuyển chọn nhiệm vụ và hạn là khi nào?", "list",
  [(D1, "Báo Tuy An Nam; Đài Phát thanh và Truyền hình tỉnh"), (D1, "Trước ngày 25/12/2025")],
  ["Đài Phát thanh và Truyền hình tỉnh", "25/12/2025"])
q("Nhiệm vụ KH&CN cấp tỉnh triển khai ở huyện Ea Thiêng có kinh phí dự kiến bao nhiêu?", "unanswerable")
q("Đơn vị nào được giao trực tiếp chủ trì nhiệm vụ nhãn hiệu chứng nhận Hồ tiêu Đèo Nhạn?", "unanswerable")
q("Hội đồng tư vấn xác định nhiệm vụ KH&CN cấp tỉnh họp tháng 11/2025 gồm bao nhiêu thành viên?", "unanswerable")
q("QĐ 1187/QĐ-UBND của tỉnh phê duyệt nội dung gì?", "unanswerable")

# ------------------------------------------------------------------ rm02 TB 112
q("TB 112 kết luận cuộc họp về KH&CN quý I do ai ký ban hành?", "metadata",
  [(D2, "- Báo Tuy An Nam, Đài PT-TH tỉnh;            Mạc Thị Thu Trang")], ["Mạc Thị Thu Trang"])
q("Cuộc họp nghe báo cáo tiến độ nhiệm vụ KH&CN quý I/2026 diễn ra ngày nào, ở đâu?", "factoid",
  [(D2, "Ngày 16 tháng 4 năm 2026, tại Phòng họp số 3, trụ sở UBND tỉnh")], ["16 tháng 4 năm 2026", "Phòng họp số 3"])
q("Sở nhận được bao nhiêu hồ sơ đăng ký tuyển chọn theo danh mục QĐ 1186?", "abbreviation",
  [(D2, "Sở Khoa học và Công nghệ tiếp nhận 11 hồ sơ đăng ký tuyển chọn")], ["11 hồ sơ"])
b4 = q("Nhiệm vụ nào phải tuyển chọn lại, vì sao?", "factoid",
       [(D2, "nhiệm vụ xử lý nước thải chế biến hải sản tại thị xã Cửa Vạn không có hồ sơ đạt yêu cầu")], ["Cửa Vạn"])
q("Vậy hạn phê duyệt tổ chức chủ trì cho nhiệm vụ đó là khi nào?", "follow-up",
  [(D2, "hoàn thành phê duyệt tổ chức chủ trì trước ngày 31/5/2026")], ["31/5/2026"], hist=b4)
b5 = q("ty le giai ngan kinh phi su nghiep khoa hoc cong nghe quy 1 dat bao nhieu phan tram", "no-diacritics",
       [(D2, "quý I chỉ đạt 8,6% dự toán")], ["8,6%"])
q("Đến 30/6 thì phải đạt tối thiểu bao nhiêu?", "follow-up",
  [(D2, "đến hết ngày 30/6/2026 đạt tối thiểu 45% dự toán")], ["45%"], hist=b5)
q("So Noi vu duoc giao viec gi trong thong bao ket luan cua PCT Vo Thanh Liem?", "who-what",
  [(D2, "sửa đổi Quy chế xét công nhận hiệu quả áp dụng, phạm vi ảnh hưởng của sáng kiến cấp tỉnh, trình UBND tỉnh trong quý III năm 2026")],
  ["quý III năm 2026"], actors=["Sở Nội vụ"])
q("Sở Tài chính phải trình bổ sung bao nhiêu kinh phí hỗ trợ tài sản trí tuệ, hạn khi nào?", "who-what",
  [(D2, "bổ sung 650 triệu đồng kinh phí hỗ trợ phát triển tài sản trí tuệ năm 2026"),
   (D2, "cho Sở Khoa học và Công nghệ, hoàn thành trước ngày 15/5/2026")],
  ["650 triệu đồng", "15/5/2026"], actors=["Sở Tài chính"])
b8 = q("UBND các huyện, thị xã, thành phố phải làm gì với sản phẩm OCOP chưa có nhãn hiệu?", "who-what",
       [(D2, "rà soát sản phẩm OCOP từ 3 sao trở lên chưa có nhãn hiệu, gửi danh sách về Sở Khoa học và Công nghệ trước ngày 20/5/2026")],
       ["20/5/2026"], actors=["UBND các huyện, thị xã, thành phố"])
q("Thế riêng huyện Đèo Nhạn?", "follow-up",
  [(D2, "UBND huyện Đèo Nhạn phối hợp theo dõi đơn nhãn hiệu chứng nhận \"Hồ tiêu Đèo Nhạn\"")],
  ["Hồ tiêu Đèo Nhạn"], hist=b8, actors=["UBND huyện Đèo Nhạn"])
q("cuoc thi khoi nghiep nhan duoc bao nhieu y tuong tinh toi 15/4", "no-diacritics",
  [(D2, "Ban Tổ chức nhận 38 ý tưởng, trong đó 14 ý tưởng của học sinh, sinh viên")], ["38", "14"])
q("Văn phòng UBND tỉnh có nhiệm vụ gì sau cuộc họp, báo cáo theo định kỳ nào?", "who-what",
  [(D2, "Văn phòng UBND tỉnh theo dõi, kiểm tra việc thực hiện các nội dung kết luận này, báo cáo Phó Chủ tịch UBND tỉnh định kỳ hằng quý")],
  ["hằng quý"], actors=["Văn phòng UBND tỉnh"])
q("Đề án hỗ trợ hệ sinh thái khởi nghiệp ĐMST giai đoạn 2026-2030 phải trình UBND tỉnh trước ngày nào?", "abbreviation",
  [(D2, "giai đoạn 2026 - 2030, trình UBND tỉnh trước ngày 30/9/2026")], ["30/9/2026"])
q("Quý I có bao nhiêu hồ sơ đề nghị hỗ trợ SHTT, giải ngân bao nhiêu tiền?", "abbreviation",
  [(D2, "trong quý I Sở tiếp nhận 23 hồ sơ đề nghị hỗ trợ"), (D2, "kinh phí hỗ trợ giải ngân là 142 triệu đồng")],
  ["23 hồ sơ", "142 triệu đồng"])
q("Sở Y tế được giao nhiệm vụ gì trong thông báo kết luận ngày 22/4/2026?", "unanswerable")
q("Trong quý I/2026 có bao nhiêu đơn kiểu dáng công nghiệp được nộp?", "unanswerable")
q("Cuộc họp sơ kết 6 tháng về KH&CN do PCT Võ Thanh Liêm chủ trì vào ngày nào?", "unanswerable")
q("TB 113/TB-VP ket luan ve chuyen doi so noi gi", "unanswerable")

# ------------------------------------------------------------------ rm03 HD 27
c1 = q("Đăng ký nhãn hiệu trong nước được hỗ trợ tối đa bao nhiêu tiền?", "factoid",
       [(D3, "chi phí thuê dịch vụ đại diện, tối đa 6 triệu đồng/nhãn hiệu")], ["6 triệu đồng"])
q("Còn nhãn hiệu đăng ký ra nước ngoài thì sao?", "follow-up",
  [(D3, "theo Hệ thống Madrid: tối đa 40 triệu đồng/nhãn hiệu")], ["40 triệu đồng"], hist=c1)
c2 = q("ho tro dang ky sang che toi da bao nhieu tien mot don", "no-diacritics",
       [(D3, "Đăng ký bảo hộ sáng chế: tối đa 30 triệu đồng/đơn")], ["30 triệu đồng"])
q("the kieu dang cong nghiep?", "follow-up",
  [(D3, "kiểu dáng công nghiệp: tối đa 8 triệu đồng/đơn")], ["8 triệu đồng"], hist=c2)
q("Một doanh nghiệp mỗi năm được hỗ trợ tối đa mấy đối tượng SHTT?", "abbreviation",
  [(D3, "nhận hỗ trợ không quá 03 đối tượng sở hữu công nghiệp trong một năm")], ["03"])
c5 = q("Thời gian nhận hồ sơ hỗ trợ tài sản trí tuệ đợt 2 năm 2026?", "factoid",
       [(D3, "đợt 2 từ ngày 03/8/2026 đến ngày 30/10/2026")], ["03/8/2026", "30/10/2026"])
q("Vậy đợt 1 hạn chót là ngày nào?", "follow-up",
  [(D3, "đợt 1 từ ngày 02/3/2026 đến ngày 30/6/2026")], ["30/6/2026"], hist=c5)
q("ma thu tuc tren cong dich vu cong de nop ho so ho tro so huu tri tue la gi", "no-diacritics",
  [(D3, "Cổng dịch vụ công của tỉnh (mã thủ tục KHCN-SHTT-04)")], ["KHCN-SHTT-04"])
c10 = q("Vướng mắc về hồ sơ hỗ trợ sở hữu trí tuệ thì liên hệ ai?", "factoid",
        [(D3, "liên hệ bà Bùi Thị Lan Hương, Phó Trưởng phòng Quản lý chuyên ngành")], ["Bùi Thị Lan Hương"])
q("Số di động của chị ấy là gì?", "follow-up",
  [(D3, "điện thoại 0257.3822.190, di động 0915.406.283")], ["0915.406.283"], hist=c10)
q("Theo HD 27, Trung tâm Ứng dụng tiến bộ KH&CN hỗ trợ gì cho doanh nghiệp?", "who-what",
  [(D3, "tư vấn miễn phí việc tra cứu, đánh giá khả năng bảo hộ nhãn hiệu")], ["tư vấn miễn phí"],
  actors=["Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh"])
q("UBND cac huyen phai gui nhu cau ho tro so huu tri tue nam 2026 cho So truoc ngay nao", "who-what",
  [(D3, "tổng hợp nhu cầu hỗ trợ năm 2026 gửi Sở Khoa học và Công nghệ trước ngày 15/3/2026")], ["15/3/2026"],
  actors=["UBND các huyện, thị xã, thành phố"])
q("Hướng dẫn hỗ trợ tài sản trí tuệ năm 2026 số mấy, ai ký?", "metadata",
  [(D3, "Số: 27/HD-SKHCN Tuy Nam, ngày 20 tháng 01 năm 2026"), (D3, "PHÓ GIÁM ĐỐC Nguyễn Hữu Thiện")],
  ["27/HD-SKHCN", "Nguyễn Hữu Thiện"])
q("HD 27/HD-SKHCN căn cứ nghị quyết nào của HĐND tỉnh?", "metadata",
  [(D3, "Căn cứ Nghị quyết số 14/2024/NQ-HĐND ngày 12/7/2024")], ["14/2024/NQ-HĐND"])
q("tem truy xuat nguon goc duoc ho tro bao nhieu", "no-diacritics",
  [(D3, "hỗ trợ 50% chi phí, tối đa 15 triệu đồng/cơ sở")], ["50%", "15 triệu đồng"])
q("Phòng nào của Sở KH&CN tiếp nhận, thẩm định hồ sơ hỗ trợ và phải báo cáo UBND tỉnh khi nào?", "who-what",
  [(D3, "Phòng Quản lý chuyên ngành chủ trì tiếp nhận, thẩm định hồ sơ"), (D3, "báo cáo UBND tỉnh trước ngày 15/12/2026")],
  ["Phòng Quản lý chuyên ngành", "15/12/2026"], actors=["Phòng Quản lý chuyên ngành"])
q("Hồ sơ đề nghị hỗ trợ gồm những giấy tờ gì?", "list",
  [(D3, "Đơn đề nghị hỗ trợ theo Mẫu số 01 kèm theo Hướng dẫn này"),
   (D3, "Bản sao tờ khai đăng ký và thông báo chấp nhận đơn hợp lệ của Cục Sở hữu trí tuệ")],
  ["Mẫu số 01", "thông báo chấp nhận đơn hợp lệ"])
q("Đăng ký chỉ dẫn địa lý cho sản phẩm của tỉnh được hỗ trợ tối đa bao nhiêu tiền?", "unanswerable")
q("Mức hỗ trợ đăng ký bảo hộ giống cây trồng mới theo HD 27 là bao nhiêu?", "unanswerable")
q("Kinh phí hỗ trợ tài sản trí tuệ năm 2027 bố trí bao nhiêu?", "unanswerable")
q("Mẫu số 03 kèm theo hướng dẫn hỗ trợ SHTT dùng cho trường hợp nào?", "unanswerable")

# ------------------------------------------------------------------ rm04 KH 09
d1 = q("Giải nhất cuộc thi ý tưởng khởi nghiệp trị giá bao nhiêu?", "factoid",
       [(D4, "| Giải Nhất | 01 | 30 | 30 |")], ["30"])
q("Còn giải khuyến khích thì có mấy giải, mỗi giải bao nhiêu?", "follow-up",
  [(D4, "| Giải Khuyến khích | 05 | 3 | 15 |")], ["05", "3"], hist=d1)
q("Giải đặc biệt của cuộc thi khởi nghiệp năm 2026 trị giá bao nhiêu?", "unanswerable")
q("Lễ phát động cuộc thi tổ chức lúc nào, ở đâu?", "factoid",
  [(D4, "Lễ phát động Cuộc thi | 8 giờ 00 ngày 20/3/2026 | Hội trường Trường Cao đẳng Kỹ thuật Tuy An Nam")],
  ["20/3/2026", "Trường Cao đẳng Kỹ thuật Tuy An Nam"])
d5 = q("Vòng chung khảo diễn ra ở đâu?", "factoid",
       [(D4, "Vòng chung khảo và Lễ trao giải | 7 giờ 30 ngày 27/6/2026 | Nhà Văn hóa Thanh niên tỉnh")],
       ["Nhà Văn hóa Thanh niên tỉnh"])
q("Mấy giờ bắt đầu?", "follow-up",
  [(D4, "Vòng chung khảo và Lễ trao giải | 7 giờ 30 ngày 27/6/2026")], ["7 giờ 30"], hist=d5)
q("Một nhóm dự thi được tối đa bao nhiêu thành viên?", "factoid",
  [(D4, "cá nhân hoặc nhóm (không quá 05 thành viên) từ đủ 15 tuổi")], ["05 thành viên"])
q("doanh nghiep khoi nghiep thanh lap bao lau thi con duoc du thi", "no-diacritics",
  [(D4, "doanh nghiệp khởi nghiệp thành lập không quá 03 năm")], ["03 năm"])
q("Kinh phí tổ chức cuộc thi là bao nhiêu, ngân sách tỉnh hỗ trợ bao nhiêu?", "factoid",
  [(D4, "Tổng kinh phí dự kiến 286 triệu đồng, gồm: ngân sách tỉnh hỗ trợ qua Sở Khoa học và Công nghệ 200 triệu đồng")],
  ["286 triệu đồng", "200 triệu đồng"])
q("Tinh Doan co trach nhiem gi trong KH 09/KH-LHH?", "who-what",
  [(D4, "giới thiệu ít nhất 15 ý tưởng từ các câu lạc bộ khởi nghiệp thanh niên")], ["15 ý tưởng"],
  actors=["Tỉnh Đoàn Tuy An Nam"])
q("Văn phòng Liên hiệp hội làm gì trong cuộc thi, quyết toán trước ngày nào?", "who-what",
  [(D4, "là bộ phận thường trực Cuộc thi; tiếp nhận hồ sơ, tổng hợp"), (D4, "quyết toán kinh phí trước ngày 31/7/2026")],
  ["thường trực", "31/7/2026"], actors=["Văn phòng Liên hiệp hội"])
q("Sở GD&ĐT được LHH đề nghị làm gì?", "who-what",
  [(D4, "thông báo Cuộc thi đến các trường trung học phổ thông")], ["trung học phổ thông"],
  actors=["Sở Giáo dục và Đào tạo"])
q("Cuộc thi có thu lệ phí dự thi không?", "factoid",
  [(D4, "Cuộc thi không thu lệ phí")], ["không thu lệ phí"])
q("Kế hoạch tổ chức cuộc thi ý tưởng khởi nghiệp do ai ký, ban hành ngày nào?", "metadata",
  [(D4, "Tuy Nam, ngày 02 tháng 3 năm 2026"), (D4, "CHỦ TỊCH Tôn Nữ Mai Anh")],
  ["02 tháng 3 năm 2026", "Tôn Nữ Mai Anh"])
q("ban giam khao cuoc thi gom may nguoi", "no-diacritics",
  [(D4, "thành lập Ban Giám khảo gồm 07 thành viên")], ["07 thành viên"])
q("lien he ban to chuc cuoc thi khoi nghiep goi so nao", "no-diacritics",
  [(D4, "ông La Văn Quý, Chánh Văn phòng Liên hiệp hội, điện thoại 0905.318.724")], ["0905.318.724"])
q("Kết quả cuộc thi ý tưởng khởi nghiệp lần thứ nhất có bao nhiêu ý tưởng đạt giải?", "unanswerable")
q("Bootcamp huấn luyện khởi nghiệp có bao nhiêu chuyên gia cố vấn tham gia?", "unanswerable")
q("The le cuoc thi khoi nghiep 2026 so may, ban hanh ngay nao?", "unanswerable")
q("Mức thù lao cho thành viên Ban Giám khảo cuộc thi khởi nghiệp là bao nhiêu?", "unanswerable")

# ------------------------------------------------------------------ rm05 BC 41
e1 = q("Quý I Trung tâm sản xuất được bao nhiêu cây giống nuôi cấy mô?", "factoid",
       [(D5, "Trung tâm sản xuất 31.500 cây giống nuôi cấy mô, bằng 26,3% kế hoạch năm")], ["31.500"])
q("Kế hoạch cả năm là bao nhiêu cây?", "follow-up",
  [(D5, "bằng 26,3% kế hoạch năm (120.000 cây)")], ["120.000"], hist=e1)
q("Thế quý II thực tế sản xuất được bao nhiêu cây?", "follow-up", hist=e1)
q("Doanh thu dịch vụ KH&CN quý I/2026 của Trung tâm là bao nhiêu?", "abbreviation",
  [(D5, "doanh thu dịch vụ khoa học và công nghệ là 517 triệu đồng")], ["517 triệu đồng"])
q("Hợp đồng nhiệm vụ bưởi đường Rinh Thượng ký ngày nào, kinh phí bao nhiêu?", "factoid",
  [(D5, "Hợp đồng thực hiện ký ngày 27/3/2026 với tổng kinh phí 1.080 triệu đồng")], ["27/3/2026", "1.080 triệu đồng"])
q("binh tuyen so bo bao nhieu cay buoi", "no-diacritics",
  [(D5, "bình tuyển sơ bộ 42 cây bưởi có năng suất, chất lượng cao")], ["42 cây"])
q("DN nào được cấp giấy chứng nhận doanh nghiệp KH&CN trong quý I, ngày nào?", "abbreviation",
  [(D5, "Công ty TNHH Công nghệ sinh học Biển Xanh"), (D5, "do Sở Khoa học và Công nghệ cấp ngày 19/3/2026")],
  ["Biển Xanh", "19/3/2026"])
q("ty le nhiem mau o phong nuoi cay mo quy 1 la bao nhieu", "no-diacritics",
  [(D5, "tỷ lệ nhiễm mẫu quý I lên tới 14%")], ["14%"])
e9 = q("Trung tâm kiến nghị Sở KH&CN trình bổ sung bao nhiêu tiền để cải tạo phòng nuôi cấy mô?", "who-what",
       [(D5, "Đề nghị Sở Khoa học và Công nghệ trình UBND tỉnh bổ sung 780 triệu đồng cải tạo phòng nuôi cấy mô")],
       ["780 triệu đồng"], actors=["Sở Khoa học và Công nghệ"])
q("Còn UBND huyện Sông Rinh được đề nghị làm gì?", "follow-up",
  [(D5, "chỉ đạo UBND xã Rinh Thượng, UBND xã Bàu Lác phối hợp khoanh vùng, bảo vệ các cây bưởi đầu dòng")],
  ["Rinh Thượng", "Bàu Lác"], hist=e9, actors=["UBND huyện Sông Rinh"])
q("Trung tâm đề nghị Sở Nội vụ điều gì?", "who-what",
  [(D5, "Đề nghị Sở Nội vụ thẩm định, bổ sung 02 số lượng người làm việc cho Trung tâm")], ["02"],
  actors=["Sở Nội vụ"])
q("Quý II Trung tâm phải sản xuất tối thiểu bao nhiêu cây giống?", "factoid",
  [(D5, "Sản xuất tối thiểu 40.000 cây giống nuôi cấy mô")], ["40.000"])
q("Báo cáo số 41 của Trung tâm ứng dụng ban hành ngày nào, ai ký?", "metadata",
  [(D5, "Tuy Nam, ngày 06 tháng 4 năm 2026"), (D5, "GIÁM ĐỐC Đinh Công Hậu")], ["06 tháng 4 năm 2026", "Đinh Công Hậu"])
q("tap huan quy 1 thu hut bao nhieu luot nong dan", "no-diacritics",
  [(D5, "Tổ chức 07 lớp tập huấn với 386 lượt nông dân tham gia")], ["386"])
q("Trung tâm có những nhiệm vụ trọng tâm nào trong quý II/2026?", "list",
  [(D5, "Sản xuất tối thiểu 40.000 cây giống nuôi cấy mô; hoàn thành 03 mô hình trình diễn trước ngày 30/6/2026"),
   (D5, "Hoàn thành bình tuyển 15 cây bưởi đầu dòng, lập hồ sơ đề nghị công nhận gửi Sở Nông nghiệp và Môi trường trước ngày 25/6/2026")],
  ["40.000", "25/6/2026"], actors=["Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh"])
q("Doanh thu dịch vụ của Trung tâm cả năm 2025 là bao nhiêu?", "unanswerable")
q("Mô hình trình diễn của Trung tâm ở huyện Ea Thiêng là mô hình gì?", "unanswerable")
q("Phòng nuôi cấy mô xây năm 2011 với tổng vốn đầu tư bao nhiêu?", "unanswerable")

# ------------------------------------------------------------------ corpus / cross-document
q("Những văn bản nào nhắc đến nhiệm vụ bảo tồn nguồn gen bưởi đường Rinh Thượng?", "corpus",
  [(D1, "Bảo tồn và phát triển nguồn gen bưởi đường Rinh Thượng"),
   (D5, "nhiệm vụ giao trực tiếp \"Bảo tồn và phát triển nguồn gen bưởi đường Rinh Thượng\"")],
  ["Rinh Thượng"])
q("Hạn nhận hồ sơ cuộc thi khởi nghiệp theo kế hoạch ban đầu và sau khi gia hạn khác nhau thế nào?", "corpus",
  [(D4, "Từ 20/3/2026 đến 17 giờ 00 ngày 15/5/2026"), (D2, "đến hết ngày 31/5/2026")],
  ["15/5/2026", "31/5/2026"])
q("Văn bản nào nói về việc bổ sung người làm việc cho Trung tâm Ứng dụng tiến bộ KH&CN?", "corpus",
  [(D2, "xem xét đề nghị bổ sung số lượng người làm việc của Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh"),
   (D5, "Đề nghị Sở Nội vụ thẩm định, bổ sung 02 số lượng người làm việc cho Trung tâm")],
  ["Sở Nội vụ"])
q("bootcamp cuoc thi khoi nghiep to chuc ngay nao, o dau", "corpus",
  [(D4, "Huấn luyện khởi nghiệp (bootcamp) cho 15 ý tưởng | Từ 10/6/2026 đến 12/6/2026"),
   (D5, "Chủ trì tổ chức 03 ngày huấn luyện khởi nghiệp từ ngày 10/6 đến ngày 12/6/2026")],
  ["10/6", "12/6/2026"])
q("Trong bộ tài liệu, văn bản nào quy định mức hỗ trợ SHTT và văn bản nào báo cáo số hồ sơ đã tiếp nhận?", "corpus",
  [(D3, "Thực hiện hỗ trợ xác lập, quản lý và phát triển tài sản trí tuệ trên địa bàn tỉnh Tuy An Nam năm 2026"),
   (D2, "trong quý I Sở tiếp nhận 23 hồ sơ đề nghị hỗ trợ")],
  ["27/HD-SKHCN", "23 hồ sơ"])
q("Phòng nuôi cấy mô của Trung tâm được nhắc trong những văn bản nào, hạn gửi phương án cải tạo là khi nào?", "corpus",
  [(D2, "lập phương án cải tạo phòng nuôi cấy mô, gửi Sở Khoa học và Công nghệ trước ngày 10/5/2026"),
   (D5, "bổ sung 780 triệu đồng cải tạo phòng nuôi cấy mô")],
  ["10/5/2026"])
q("Sở TT&TT được giao nhiệm vụ gì trong các văn bản về KH&CN và khởi nghiệp này?", "unanswerable")
q("Hội thi sáng tạo kỹ thuật tỉnh Tuy An Nam lần thứ 9 tổ chức khi nào?", "unanswerable")
q("Nghị quyết 14/2024/NQ-HĐND hỗ trợ bao nhiêu cho sản phẩm OCOP đạt 5 sao?", "unanswerable")

with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for d in Q:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")

# ------------------------------------------------------------------ who-what gold


def A(name, role, deadline, quote):
    return {"name": N(name), "role": role, "deadline": N(deadline) if deadline else None, "task_quote": N(quote)}


WW = [
    {"id": "wrm01", "directive": "QĐ 1186/QĐ-UBND", "source": D1, "actors": [
        A("Sở Khoa học và Công nghệ", "thường trực", "trước ngày 31/3/2026",
          "Tổ chức tuyển chọn, giao trực tiếp; thành lập Hội đồng khoa học và công nghệ đánh giá hồ sơ"),
        A("Sở Tài chính", "chủ trì", None,
          "chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu bố trí 4.150 triệu đồng trong dự toán ngân sách năm 2026"),
        A("Sở Nông nghiệp và Môi trường, Sở Y tế, Sở Giáo dục và Đào tạo", "phối hợp", None,
          "cử chuyên gia tham gia Hội đồng, phối hợp kiểm tra tiến độ và tiếp nhận, ứng dụng kết quả sau nghiệm thu"),
        A("Ủy ban nhân dân các huyện Sông Rinh, Đèo Nhạn và thị xã Cửa Vạn", "phối hợp", None,
          "bố trí địa điểm triển khai, cử cán bộ phối hợp và nhân rộng kết quả của các nhiệm vụ thực hiện trên địa bàn"),
        A("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh", None, "trước ngày 15/01/2026",
          "hoàn thiện thuyết minh nhiệm vụ giao trực tiếp số 6, gửi Sở Khoa học và Công nghệ trước ngày 15/01/2026"),
        A("Báo Tuy An Nam; Đài Phát thanh và Truyền hình tỉnh", "phối hợp", "Trước ngày 25/12/2025",
          "Đăng thông báo tuyển chọn, giao trực tiếp và nhận hồ sơ"),
        A("Kho bạc Nhà nước khu vực XIV", "phối hợp", "Trước ngày 30/4/2026",
          "Ký hợp đồng, tạm ứng kinh phí đợt 1"),
    ], "intruders": ["Võ Thanh Liêm", "Bộ Khoa học và Công nghệ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh",
                     "Chủ tịch, các PCT UBND tỉnh", "Lưu: VT, KGVX", "UBND TỈNH TUY AN NAM"]},
    {"id": "wrm02", "directive": "TB 112/TB-VP", "source": D2, "actors": [
        A("Sở Khoa học và Công nghệ", None, "trước ngày 31/5/2026",
          "Tổ chức tuyển chọn lại nhiệm vụ xử lý nước thải chế biến hải sản tại thị xã Cửa Vạn"),
        A("Sở Khoa học và Công nghệ", "chủ trì", "trước ngày 30/9/2026",
          "Tham mưu UBND tỉnh ban hành Đề án hỗ trợ phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo"),
        A("Sở Tài chính", None, "trước ngày 15/5/2026",
          "thẩm định, trình UBND tỉnh bổ sung 650 triệu đồng kinh phí hỗ trợ phát triển tài sản trí tuệ năm 2026"),
        A("Sở Nội vụ", "chủ trì", "trong quý III năm 2026",
          "sửa đổi Quy chế xét công nhận hiệu quả áp dụng, phạm vi ảnh hưởng của sáng kiến cấp tỉnh"),
        A("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", None, "đến hết ngày 31/5/2026",
          "gia hạn thời gian nhận hồ sơ dự thi Cuộc thi Ý tưởng khởi nghiệp đổi mới sáng tạo"),
        A("Sở Giáo dục và Đào tạo", "phối hợp", None,
          "tăng cường giới thiệu Cuộc thi tại các trường trung học phổ thông khu vực miền núi"),
        A("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh", None, "trước ngày 10/5/2026",
          "lập phương án cải tạo phòng nuôi cấy mô, gửi Sở Khoa học và Công nghệ trước ngày 10/5/2026"),
        A("UBND các huyện, thị xã, thành phố", None, "trước ngày 20/5/2026",
          "rà soát sản phẩm OCOP từ 3 sao trở lên chưa có nhãn hiệu"),
        A("UBND huyện Đèo Nhạn", "phối hợp", None,
          "phối hợp theo dõi đơn nhãn hiệu chứng nhận \"Hồ tiêu Đèo Nhạn\""),
        A("Tỉnh Đoàn", "phối hợp", None,
          "huy động đoàn viên, thanh niên tham gia Cuộc thi"),
        A("Báo Tuy An Nam, Đài Phát thanh và Truyền hình tỉnh", None, "định kỳ hằng tháng",
          "mở chuyên mục \"Khởi nghiệp sáng tạo\" phát định kỳ hằng tháng"),
        A("Văn phòng UBND tỉnh", None, "định kỳ hằng quý",
          "theo dõi, kiểm tra việc thực hiện các nội dung kết luận này"),
    ], "intruders": ["Mạc Thị Thu Trang", "Võ Thanh Liêm", "CT, các PCT UBND tỉnh", "Lưu: VT, KGVX (Tr)",
                     "UBND TỈNH TUY AN NAM"]},
    {"id": "wrm03", "directive": "HD 27/HD-SKHCN", "source": D3, "actors": [
        A("Phòng Quản lý chuyên ngành", "chủ trì", "trước ngày 15/12/2026",
          "chủ trì tiếp nhận, thẩm định hồ sơ; lập danh sách hỗ trợ trình Giám đốc Sở"),
        A("Văn phòng Sở", None, None, "bảo đảm kinh phí, thực hiện chi trả và quyết toán theo quy định"),
        A("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh", None, None,
          "tư vấn miễn phí việc tra cứu, đánh giá khả năng bảo hộ nhãn hiệu"),
        A("UBND các huyện, thị xã, thành phố", None, "trước ngày 15/3/2026",
          "tổng hợp nhu cầu hỗ trợ năm 2026 gửi Sở Khoa học và Công nghệ trước ngày 15/3/2026"),
        A("Hội Nông dân tỉnh, Liên minh Hợp tác xã tỉnh và Hiệp hội Doanh nghiệp tỉnh", None, None,
          "phổ biến Hướng dẫn này đến hội viên, thành viên"),
        A("Sở Khoa học và Công nghệ", None, "trong thời hạn 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
          "Sở Khoa học và Công nghệ thẩm định và ban hành quyết định hỗ trợ"),
    ], "intruders": ["Nguyễn Hữu Thiện", "Trung tâm Phục vụ hành chính công tỉnh", "UBND tỉnh (b/c)",
                     "Giám đốc, các PGĐ Sở", "Lưu: VT, QLCN", "Bùi Thị Lan Hương"]},
    {"id": "wrm04", "directive": "KH 09/KH-LHH", "source": D4, "actors": [
        A("Ban Tổ chức Cuộc thi", None, "trước ngày 15/3/2026",
          "ban hành Thể lệ trước ngày 15/3/2026; thành lập Ban Giám khảo gồm 07 thành viên"),
        A("Văn phòng Liên hiệp hội", "thường trực", "trước ngày 31/7/2026",
          "là bộ phận thường trực Cuộc thi; tiếp nhận hồ sơ, tổng hợp, chuẩn bị hậu cần cho các vòng thi"),
        A("Các hội thành viên", None, None,
          "giới thiệu chuyên gia tham gia Ban Giám khảo và mạng lưới cố vấn khởi nghiệp"),
        A("Sở Khoa học và Công nghệ", "phối hợp", None,
          "hỗ trợ kinh phí 200 triệu đồng; cử 01 lãnh đạo Sở tham gia Ban Tổ chức"),
        A("Tỉnh Đoàn Tuy An Nam", "phối hợp", None,
          "phát động Cuộc thi trong đoàn viên, thanh niên; giới thiệu ít nhất 15 ý tưởng"),
        A("Sở Giáo dục và Đào tạo", "phối hợp", None,
          "thông báo Cuộc thi đến các trường trung học phổ thông"),
        A("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh", "phối hợp", None,
          "phối hợp tổ chức 03 ngày huấn luyện khởi nghiệp; bố trí chỗ làm việc cho các nhóm đạt giải"),
        A("Các trường cao đẳng, đại học trên địa bàn tỉnh", None, None,
          "thành lập nhóm hỗ trợ sinh viên hoàn thiện hồ sơ, giới thiệu sinh viên dự thi"),
    ], "intruders": ["Tôn Nữ Mai Anh", "Thường trực Liên hiệp hội", "Lưu: VT, VP", "TM. ĐOÀN CHỦ TỊCH",
                     "La Văn Quý"]},
    {"id": "wrm05", "directive": "BC 41/BC-TTƯD", "source": D5, "actors": [
        A("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh", None, "trước ngày 30/6/2026",
          "Sản xuất tối thiểu 40.000 cây giống nuôi cấy mô; hoàn thành 03 mô hình trình diễn trước ngày 30/6/2026"),
        A("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh", "chủ trì", None,
          "Chủ trì tổ chức 03 ngày huấn luyện khởi nghiệp từ ngày 10/6 đến ngày 12/6/2026"),
        A("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh", None, "trước ngày 25/6/2026",
          "Hoàn thành bình tuyển 15 cây bưởi đầu dòng, lập hồ sơ đề nghị công nhận"),
        A("Sở Khoa học và Công nghệ", None, None,
          "trình UBND tỉnh bổ sung 780 triệu đồng cải tạo phòng nuôi cấy mô trong năm 2026"),
        A("Sở Nội vụ", None, None,
          "thẩm định, bổ sung 02 số lượng người làm việc cho Trung tâm"),
        A("UBND huyện Sông Rinh", None, None,
          "chỉ đạo UBND xã Rinh Thượng, UBND xã Bàu Lác phối hợp khoanh vùng"),
        A("UBND xã Rinh Thượng, UBND xã Bàu Lác", "phối hợp", None,
          "phối hợp khoanh vùng, bảo vệ các cây bưởi đầu dòng sau bình tuyển"),
    ], "intruders": ["Đinh Công Hậu", "Ban Giám đốc Trung tâm", "Lưu: VT, KHTH", "Hà Minh Trí"]},
]
with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
    for w in WW:
        f.write(json.dumps(w, ensure_ascii=False) + "\n")
print(len(Q), "questions;", len(WW), "who-what lines")
