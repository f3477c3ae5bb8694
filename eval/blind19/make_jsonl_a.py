#!/usr/bin/env python3
"""Writes questions.jsonl and who_what.jsonl of eval/blind19 (all text invented)."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
S1 = "a01_kh47_svhttdl_van_hoa_doc_thu_vien_so.pdf"
S2 = "a02_qd612_ubnd_dien_hinh_tien_tien_cds.md"
S3 = "a03_cv186_bdvtu_binh_dan_hoc_vu_so.txt"
S4 = "a04_bc73_hnd_nong_nghiep_so.md"
S5 = "a05_bb05_bcd_cds_phien_hop_quy2.txt"

Q = []


def q(question, kind, ev=(), kw=(), hist=None, actors=None, ans=True):
    d = {"id": "ax%03d" % (len(Q) + 1), "question": question, "answerable": ans, "kind": kind,
         "evidence": [{"source": s, "quote": t} for s, t in ev], "keywords": list(kw)}
    if hist:
        d["history"] = list(hist)
    if actors:
        d["actors"] = list(actors)
    Q.append(d)
    return question


def u(question, kind="unanswerable", hist=None):
    return q(question, kind, hist=hist, ans=False)


# ------------------------------------------------------------ a01 KH 47 (PDF)
q("Kế hoạch văn hóa đọc của Sở VHTTDL đặt mục tiêu đến 2027 có bao nhiêu tài khoản bạn đọc điện tử?",
  "abbreviation", [(S1, "Có 120.000 tài khoản bạn đọc điện tử được đăng ký, tăng gấp 3 lần")], ["120.000"])
a1 = q("Tổng tiền làm kế hoạch phát triển văn hóa đọc giai đoạn 2025-2027 là bao nhiêu?", "factoid",
       [(S1, "Tổng kinh phí dự kiến thực hiện Kế hoạch là 4,6 tỷ đồng")], ["4,6 tỷ đồng"])
a2 = q("Trong đó ngân sách tỉnh chi bao nhiêu?", "follow-up",
       [(S1, "3,2 tỷ đồng (bố trí trong dự toán chi sự nghiệp văn hóa hằng năm)")], ["3,2 tỷ đồng"], hist=[a1])
q("Còn riêng năm nay thì dự kiến bao nhiêu?", "follow-up",
  [(S1, "Riêng năm 2025 dự kiến 1,35 tỷ đồng")], ["1,35 tỷ đồng"], hist=[a1, a2])
a5 = q("Ai lo việc số hóa tài liệu và vận hành thư viện số dùng chung của tỉnh?", "who-what",
       [(S1, "2. Thư viện tỉnh Chủ trì xây dựng, vận hành Hệ thống thư viện số dùng chung"),
        (S1, "chủ trì số hóa tài liệu; quản lý 02 xe thư viện lưu động")],
       ["Thư viện tỉnh"], actors=["Thư viện tỉnh"])
q("Vậy hạn kết nối xong thư viện cấp huyện là khi nào?", "follow-up",
  [(S1, "hoàn thành kết nối thư viện cấp huyện trong quý III/2025")], ["quý III/2025"], hist=[a5])
q("ngay hoi van hoa doc cua tinh nam nay to chuc ngay nao, o dau", "no-diacritics",
  [(S1, "Ngày hội văn hóa đọc tỉnh Thượng Lâm năm 2025 vào ngày 21/4/2025 tại Quảng trường Trung tâm thành phố Lâm Giang")],
  ["21/4/2025", "Quảng trường Trung tâm"])
q("Sở GD&ĐT được giao những việc gì trong KH phát triển văn hóa đọc?", "who-what",
  [(S1, "a) Sở Giáo dục và Đào tạo: Phối hợp chỉ đạo các trường tiểu học, trung học cơ sở xây dựng góc đọc số, tủ sách điện tử"),
   (S1, "chủ trì tổ chức cuộc thi \"Đại sứ văn hóa đọc\" hằng năm, công bố kết quả trước ngày 30/9")],
  ["góc đọc số", "Đại sứ văn hóa đọc"], actors=["Sở Giáo dục và Đào tạo"])
q("tinh doan thuong lam phai lam gi trong ke hoach van hoa doc", "who-what",
  [(S1, "c) Tỉnh đoàn Thượng Lâm: Vận động đoàn viên, thanh niên tham gia đội"),
   (S1, "\"Tiếp sức đọc\" hướng dẫn người dân đăng ký tài khoản bạn đọc điện tử")],
  ["Tiếp sức đọc"], actors=["Tỉnh đoàn Thượng Lâm"])
q("Ai ký kế hoạch văn hóa đọc và thư viện số của Sở?", "metadata",
  [(S1, "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (Đã ký) Đinh Thị Quế")], ["Đinh Thị Quế"])
q("KH 47 về văn hóa đọc ban hành ngày nào?", "abbreviation",
  [(S1, "Lâm Giang, ngày 10 tháng 3 năm 2025")], ["10 tháng 3 năm 2025"])
u("Mỗi xe thư viện lưu động được mua sắm với giá bao nhiêu?")
u("Ngày hội văn hóa đọc năm 2026 sẽ tổ chức ở huyện nào?")
u("giai nhat cuoc thi dai su van hoa doc duoc thuong bao nhieu tien")
a18 = q("Vướng mắc về kế hoạch đọc sách thì liên hệ ai ở Sở, số điện thoại?", "factoid",
        [(S1, "bà Lò Thị Mến, Phó Trưởng phòng, điện thoại 0207.3852.416")], ["Lò Thị Mến", "0207.3852.416"])
u("Email của bà ấy là gì?", "follow-up", hist=[a18])
q("UBND các huyện phải gửi kế hoạch văn hóa đọc về Sở trước ngày nào?", "who-what",
  [(S1, "5. Ủy ban nhân dân các huyện, thị xã, thành phố Chỉ đạo Phòng Văn hóa và Thông tin"),
   (S1, "xây dựng kế hoạch thực hiện tại địa phương, gửi về Sở trước ngày 15/4/2025")],
  ["15/4/2025"], actors=["Ủy ban nhân dân các huyện, thị xã, thành phố"])
u("Thư viện huyện Mộc Hương được giao chỉ tiêu số hóa bao nhiêu trang?")
q("Kế hoạch văn hóa đọc căn cứ vào những văn bản nào của Trung ương và tỉnh?", "list",
  [(S1, "Thực hiện Quyết định số 329/QĐ-TTg ngày 15/3/2017 của Thủ tướng Chính phủ"),
   (S1, "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"),
   (S1, "Kế hoạch số 58/KH-UBND ngày 14/02/2025 của Ủy ban nhân dân tỉnh")],
  ["329/QĐ-TTg", "57-NQ/TW", "58/KH-UBND"])
q("xe thu vien luu dong phuc vu nhung huyen nao", "no-diacritics",
  [(S1, "xây dựng lịch phục vụ luân phiên tại các huyện Khe Mơ, Ngọc Lũng và Tùng Sơn")],
  ["Khe Mơ", "Ngọc Lũng", "Tùng Sơn"])

# ------------------------------------------------------------ a02 QĐ 612
q("Quyết định công nhận điển hình tiên tiến chuyển đổi số năm 2024 khen bao nhiêu tập thể, cá nhân?", "factoid",
  [(S2, "06 tập thể và 06 cá nhân đã có thành tích xuất sắc")], ["06 tập thể", "06 cá nhân"])
b2 = q("Mỗi tập thể điển hình được thưởng bao nhiêu tiền?", "factoid",
       [(S2, "Mỗi tập thể được tặng Bằng khen kèm theo tiền thưởng 4.680.000 đồng")], ["4.680.000 đồng"])
b3 = q("Còn cá nhân thì sao?", "follow-up",
       [(S2, "mỗi cá nhân được tặng Bằng khen kèm theo tiền thưởng 2.340.000 đồng")], ["2.340.000 đồng"], hist=[b2])
q("Tổng cộng hết bao nhiêu, lấy từ nguồn nào?", "follow-up",
  [(S2, "Tổng số tiền thưởng là 42.120.000 đồng (bốn mươi hai triệu một trăm hai mươi nghìn đồng), chi từ Quỹ Thi đua, khen thưởng tỉnh năm 2025")],
  ["42.120.000 đồng", "Quỹ Thi đua, khen thưởng tỉnh"], hist=[b2, b3])
q("hop tac xa nao o khe mo duoc khen dien hinh, thanh tich gi", "no-diacritics",
  [(S2, "Hợp tác xã Chè Shan tuyết Khau Mò | Huyện Khe Mơ | Đưa 14 sản phẩm OCOP lên sàn thương mại điện tử")],
  ["Khau Mò", "14 sản phẩm OCOP"])
q("Trường THCS nào được công nhận điển hình, làm được gì?", "abbreviation",
  [(S2, "Trường Trung học cơ sở Lê Quý Đôn | Thành phố Lâm Giang | Triển khai học bạ số cho 1.150 học sinh")],
  ["Lê Quý Đôn", "1.150"])
b7 = q("Thầy giáo tin học được khen tên gì, dạy trường nào?", "factoid",
       [(S2, "Ông Vũ Đình Khang, giáo viên Tin học | Trường Trung học phổ thông Tùng Sơn")],
       ["Vũ Đình Khang", "Trường Trung học phổ thông Tùng Sơn"])
q("Phần mềm của thầy ấy được dùng ở mấy trường?", "follow-up",
  [(S2, "được áp dụng tại 9 trường trong tỉnh")], ["9 trường"], hist=[b7])
q("Sở Tài chính phải làm gì theo QĐ 612, hạn khi nào?", "who-what",
  [(S2, "Sở Tài chính có trách nhiệm chuyển kinh phí khen thưởng cho Sở Nội vụ (Ban Thi đua - Khen thưởng) trước ngày 30/4/2025")],
  ["30/4/2025"], actors=["Sở Tài chính"])
b10 = q("Ai tổ chức trao bằng khen cho các điển hình chuyển đổi số?", "who-what",
        [(S2, "Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ tổ chức trao Bằng khen")],
        ["Sở Nội vụ"], actors=["Sở Nội vụ", "Sở Khoa học và Công nghệ"])
q("so kh&cn phai lam gi de nhan rong cac dien hinh", "who-what",
  [(S2, "Sở Khoa học và Công nghệ chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Thượng Lâm tuyên truyền, nhân rộng các điển hình tiên tiến"),
   (S2, "xây dựng chuyên trang \"Gương sáng chuyển đổi số\" trên Cổng thông tin điện tử tỉnh trong quý II/2025")],
  ["Gương sáng chuyển đổi số", "quý II/2025"], actors=["Sở Khoa học và Công nghệ"])
q("QĐ 612 do ai ký?", "metadata",
  [(S2, "**PHÓ CHỦ TỊCH**\n\n(Đã ký)\n\n**Lương Thị Hồng Nhung**")], ["Lương Thị Hồng Nhung"])
q("Quyết định công nhận điển hình tiên tiến CĐS số mấy, ký ngày nào?", "abbreviation",
  [(S2, "Số: 612/QĐ-UBND\n\nLâm Giang, ngày 18 tháng 4 năm 2025")], ["612/QĐ-UBND", "18 tháng 4 năm 2025"])
u("Năm 2023 tỷ lệ hồ sơ trực tuyến toàn trình của xã Nà Phặc là bao nhiêu?")
u("Phiên họp ngày 08/4 của Hội đồng Thi đua - Khen thưởng tỉnh có bao nhiêu thành viên biểu quyết đồng ý?")
u("danh sach dien hinh tien tien cds nam 2023 gom nhung ai")
u("Trong QĐ 612, bà Hoàng Thị Thắm được đề nghị tặng Huân chương Lao động hạng mấy?")

# ------------------------------------------------------------ a03 CV 186
q("CV 186 của Ban Dân vận Tỉnh ủy ban hành ngày nào?", "abbreviation",
  [(S3, "Số 186-CV/BDVTU                      Lâm Giang, ngày 24 tháng 3 năm 2025")], ["24 tháng 3 năm 2025"])
c2 = q("Mục tiêu phổ cập kỹ năng số cơ bản cho dân là bao nhiêu %, đến khi nào?", "factoid",
       [(S3, "Phấn đấu đến ngày 30/9/2025 có 80% người từ 15 tuổi trở lên")], ["30/9/2025", "80%"])
c4 = q("Tổ dân vận số gồm những ai?", "list",
       [(S3, "gồm cán bộ dân vận, đoàn viên thanh niên và người có uy tín trong cộng đồng")],
       ["cán bộ dân vận", "đoàn viên thanh niên", "người có uy tín"])
q("Mỗi xã phải lập mấy tổ như vậy?", "follow-up",
  [(S3, "mỗi xã, phường, thị trấn thành lập ít nhất 01 \"Tổ dân vận số\"")], ["ít nhất 01"], hist=[c4])
q("Hội Phụ nữ tỉnh được giao việc gì trong phong trào Bình dân học vụ số?", "who-what",
  [(S3, "Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh tổ chức lớp \"Phụ nữ với kỹ năng số\"")],
  ["Phụ nữ với kỹ năng số"], actors=["Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh"])
q("Theo CV 186, Tỉnh đoàn phải làm gì?", "who-what",
  [(S3, "Ban Thường vụ Tỉnh đoàn chỉ đạo thành lập đội thanh niên tình nguyện \"Bình dân học vụ số\" tại 100% xã đặc biệt khó khăn")],
  ["100% xã đặc biệt khó khăn"], actors=["Ban Thường vụ Tỉnh đoàn"])
q("dang uy khoi cac co quan va doanh nghiep tinh duoc giao gi", "who-what",
  [(S3, "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh chỉ đạo các tổ chức cơ sở đảng"),
   (S3, "mỗi đảng viên trong Khối kèm cặp, hướng dẫn ít nhất 02 hộ gia đình tại nơi cư trú")],
  ["02 hộ gia đình"], actors=["Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"])
q("MTTQ tỉnh được đề nghị lồng ghép phong trào vào cuộc vận động nào?", "who-what",
  [(S3, "Đề nghị Đảng đoàn Mặt trận Tổ quốc tỉnh chỉ đạo Ủy ban Mặt trận Tổ quốc các cấp đưa nội dung"),
   (S3, "Cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\"")],
  ["Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"], actors=["Đảng đoàn Mặt trận Tổ quốc tỉnh"])
c10 = q("Hạn gửi báo cáo sơ kết 6 tháng theo công văn dân vận là ngày nào?", "factoid",
        [(S3, "gửi báo cáo sơ kết 6 tháng trước ngày 15/6/2025")], ["15/6/2025"])
c11 = q("Còn báo cáo năm?", "follow-up",
        [(S3, "báo cáo năm trước ngày 25/11/2025")], ["25/11/2025"], hist=[c10])
q("Báo cáo theo mẫu nào?", "follow-up",
  [(S3, "theo Mẫu số 03-BC/DVS \"Báo cáo kết quả công tác dân vận trong phong trào Bình dân học vụ số\"")],
  ["03-BC/DVS"], hist=[c10, c11])
c13 = q("gui bao cao ve ban dan van thi lien he ai, sdt bao nhieu", "no-diacritics",
        [(S3, "đồng chí Hà Văn Lực, Phó Trưởng ban, điện thoại 0912.408.735")], ["Hà Văn Lực", "0912.408.735"])
q("Mô hình Dân vận khéo về chuyển đổi số mỗi huyện chọn mấy cái, hạn nộp khi nào?", "factoid",
  [(S3, "mỗi huyện, thị xã, thành phố lựa chọn tối thiểu 02 mô hình tiêu biểu gửi về Ban Dân vận Tỉnh ủy trước ngày 31/10/2025")],
  ["02 mô hình", "31/10/2025"])
q("Ban dân vận huyện ủy phải ban hành kế hoạch trước ngày nào?", "who-what",
  [(S3, "Chỉ đạo ban dân vận các huyện ủy, thị ủy, thành ủy tham mưu cấp ủy cùng cấp ban hành kế hoạch triển khai công tác dân vận"),
   (S3, "hoàn thành trước ngày 10/4/2025")],
  ["10/4/2025"], actors=["ban dân vận các huyện ủy, thị ủy, thành ủy"])
u("Mỗi Tổ dân vận số được hỗ trợ bao nhiêu tiền một tháng?")
u("CV 187-CV/BDVTU của Ban Dân vận nói về nội dung gì?")
u("ke hoach 01-kh/bcdtw giao chi tieu gi cho cac tinh")
q("Ai ký công văn về Bình dân học vụ số của Ban Dân vận Tỉnh ủy?", "metadata",
  [(S3, "Nơi nhận:                                   TRƯỞNG BAN"),
   (S3, "- Lưu: VT.                                  Nông Thị Duyên")], ["TRƯỞNG BAN", "Nông Thị Duyên"])
u("hoi lhpn tinh phai mo bao nhieu lop phu nu voi ky nang so")

# ------------------------------------------------------------ a04 BC 73
d1 = q("Hội Nông dân tỉnh hiện có bao nhiêu hội viên?", "factoid",
       [(S4, "Toàn tỉnh hiện có 148.320 hội viên")], ["148.320"])
d2 = q("Trong đó bao nhiêu người bán hàng online?", "follow-up",
       [(S4, "12.870 hội viên có gian hàng hoặc bán hàng trực tuyến qua sàn thương mại điện tử")], ["12.870"], hist=[d1])
q("Bao nhiêu HTX đã mở gian hàng trên sàn TMĐT?", "abbreviation",
  [(S4, "Có 87 hợp tác xã (trên tổng số 126 hợp tác xã nông nghiệp do Hội hỗ trợ thành lập)")], ["87", "126"])
q("Doanh thu bán hàng trực tuyến 6 tháng đầu 2025 của nông dân được bao nhiêu?", "factoid",
  [(S4, "ước đạt 38,7 tỷ đồng, tăng 41% so với cùng kỳ năm 2024")], ["38,7 tỷ đồng", "41%"])
q("huyen nao doanh thu ban hang online thap nhat", "no-diacritics",
  [(S4, "| Huyện Ngọc Lũng | 26.380 | 1.340 | 10 | 22 | 2.930 |")], ["Ngọc Lũng", "2.930"])
d7 = q("Khe Mơ có bao nhiêu sản phẩm OCOP lên sàn?", "abbreviation",
       [(S4, "| Huyện Khe Mơ | 27.420 | 1.330 | 13 | 31 | 4.850 |")], ["31"])
q("Còn Mộc Hương?", "follow-up",
  [(S4, "| Huyện Mộc Hương | 29.600 | 2.870 | 18 | 41 | 7.950 |")], ["41"], hist=[d7])
q("tp lam giang co bao nhieu htx co gian hang tren san tmdt", "no-diacritics",
  [(S4, "| Thành phố Lâm Giang | 18.450 | 3.120 | 19 | 52 | 11.240 |")], ["19"])
q("Còn bao nhiêu thôn chưa có sóng 4G, ở những huyện nào?", "list",
  [(S4, "toàn tỉnh còn 37 thôn, bản chưa có sóng di động 4G ổn định, tập trung ở huyện Khe Mơ (21 thôn) và huyện Ngọc Lũng (16 thôn)")],
  ["37 thôn", "21 thôn", "16 thôn"])
q("Hội Nông dân kiến nghị Sở Công Thương hỗ trợ gì?", "who-what",
  [(S4, "Đề nghị Sở Công Thương hỗ trợ 50% chi phí thiết kế bao bì, tem truy xuất nguồn gốc cho sản phẩm OCOP")],
  ["50%"], actors=["Sở Công Thương"])
d12 = q("Bưu điện tỉnh được đề nghị làm gì?", "who-what",
        [(S4, "Đề nghị Bưu điện tỉnh giảm 20% cước vận chuyển cho đơn hàng nông sản từ các xã vùng cao")],
        ["20%"], actors=["Bưu điện tỉnh"])
u("Bưu điện đã đồng ý mức giảm đó chưa?", "follow-up", hist=[d12])
q("BC 73 kiến nghị UBND tỉnh bố trí bao nhiêu tiền cho nông dân số?", "who-what",
  [(S4, "Đề nghị Ủy ban nhân dân tỉnh bố trí 1,5 tỷ đồng từ nguồn sự nghiệp khoa học và công nghệ năm 2026")],
  ["1,5 tỷ đồng"], actors=["Ủy ban nhân dân tỉnh"])
q("Hội chợ nông sản trên mạng dự kiến tổ chức khi nào, tên gì?", "factoid",
  [(S4, "Tổ chức Hội chợ nông sản trực tuyến \"Thượng Lâm - Nông sản sạch\" trong tháng 9/2025")],
  ["Thượng Lâm - Nông sản sạch", "tháng 9/2025"])
q("Báo cáo về nông nghiệp số của Hội ND tỉnh số mấy, do ai ký?", "metadata",
  [(S4, "Số: 73-BC/HNDT\n\nLâm Giang, ngày 20 tháng 6 năm 2025"),
   (S4, "**CHỦ TỊCH**\n\n(Đã ký)\n\n**Triệu Văn Khải**")], ["73-BC/HNDT", "Triệu Văn Khải"])
u("Doanh thu bán hàng trực tuyến của huyện Tùng Sơn cả năm 2024 là bao nhiêu?")
u("Có bao nhiêu hội viên nữ bán hàng trên sàn thương mại điện tử?")
u("huyen van xuan co bao nhieu htx ban hang tren san")
u("Riêng chè Shan tuyết bán qua sàn thu được bao nhiêu tiền?")

# ------------------------------------------------------------ a05 BB 05
q("Phiên họp BCĐ CĐS quý II họp lúc mấy giờ, ở đâu?", "abbreviation",
  [(S5, "Từ 14 giờ 00 đến 16 giờ 45, ngày 03 tháng 7 năm 2025"),
   (S5, "Phòng họp tầng 3, trụ sở Ủy ban nhân dân tỉnh (số 18 đường Trần Hưng Đạo, thành phố Lâm Giang)")],
  ["14 giờ 00", "Phòng họp tầng 3"])
e2 = q("Ai chủ trì cuộc họp Ban Chỉ đạo chuyển đổi số ngày 3/7?", "factoid",
       [(S5, "Chủ trì: Đồng chí Lương Thị Hồng Nhung, Phó Chủ tịch Ủy ban nhân dân tỉnh")], ["Lương Thị Hồng Nhung"])
q("Thư ký là ai?", "follow-up",
  [(S5, "Thư ký: Đồng chí Trần Quốc Bảo, Trưởng phòng Chuyển đổi số, Sở Khoa học và Công nghệ")],
  ["Trần Quốc Bảo"], hist=[e2])
e6 = q("Bà Mai Thị Thu Hà bên Sở GD&ĐT đề nghị bổ sung bao nhiêu tiền, để làm gì?", "abbreviation",
       [(S5, "còn 34 điểm trường vùng cao chưa có Internet cáp quang"),
        (S5, "Đề nghị bổ sung 2,8 tỷ đồng để mua thiết bị và thuê đường truyền cho các điểm trường này")],
       ["2,8 tỷ đồng", "34 điểm trường"])
q("Ai thẩm định đề xuất đó, hạn bao giờ?", "who-what",
  [(S5, "Sở Tài chính chủ trì thẩm định đề xuất bổ sung 2,8 tỷ đồng của Sở Giáo dục và Đào tạo, báo cáo Ủy ban nhân dân tỉnh trước ngày 31/8/2025")],
  ["Sở Tài chính", "31/8/2025"], hist=[e6], actors=["Sở Tài chính"])
e8 = q("Ông Hà Văn Lực báo cáo đến nay đã có bao nhiêu Tổ dân vận số?", "factoid",
       [(S5, "toàn tỉnh đã thành lập 158 \"Tổ dân vận số\"")], ["158"])
q("Tỷ lệ phổ cập kỹ năng số hiện được bao nhiêu, so với mục tiêu thế nào?", "follow-up",
  [(S5, "khoảng 52% người từ 15 tuổi trở lên được phổ cập kỹ năng số cơ bản, còn thấp so với mục tiêu 80%")],
  ["52%", "80%"], hist=[e8])
q("Huyện nào chưa nộp báo cáo sơ kết Bình dân học vụ số, hạn chót mới là ngày nào?", "who-what",
  [(S5, "Ủy ban nhân dân huyện Tùng Sơn và Ủy ban nhân dân huyện Ngọc Lũng gửi báo cáo sơ kết phong trào"),
   (S5, "về Ban Dân vận Tỉnh ủy trước ngày 10/7/2025")],
  ["Tùng Sơn", "Ngọc Lũng", "10/7/2025"],
  actors=["Ủy ban nhân dân huyện Tùng Sơn", "Ủy ban nhân dân huyện Ngọc Lũng"])
q("viettel cam ket phu song 4g cho khe mo truoc ngay nao", "no-diacritics",
  [(S5, "cam kết phủ sóng 4G cho 21 thôn của huyện Khe Mơ trước ngày 30/10/2025")], ["21 thôn", "30/10/2025"])
q("Sở KH&CN được giao gì sau phiên họp, hạn nào?", "who-what",
  [(S5, "Sở Khoa học và Công nghệ chủ trì, phối hợp với Viettel Thượng Lâm và VNPT Thượng Lâm khảo sát, lập phương án phủ sóng 4G cho 37 thôn, bản"),
   (S5, "trình Ủy ban nhân dân tỉnh trước ngày 15/8/2025")],
  ["phủ sóng 4G", "15/8/2025"], actors=["Sở Khoa học và Công nghệ"])
e13 = q("Thư viện tỉnh phải kết nối xong 2 thư viện huyện còn lại trước ngày nào?", "who-what",
        [(S5, "Sở Văn hóa, Thể thao và Du lịch chỉ đạo Thư viện tỉnh hoàn thành kết nối 02 thư viện cấp huyện còn lại trước ngày 30/9/2025")],
        ["30/9/2025"], actors=["Thư viện tỉnh"])
q("Vì sao hai thư viện đó bị chậm?", "follow-up",
  [(S5, "thư viện hai huyện Khe Mơ và Ngọc Lũng chậm do thiếu máy chủ")], ["thiếu máy chủ"], hist=[e13])
q("hoi nong dan tinh phoi hop voi ai lam ke hoach hoi cho online, nop truoc ngay nao", "who-what",
  [(S5, "Hội Nông dân tỉnh phối hợp với Sở Công Thương xây dựng kế hoạch tổ chức Hội chợ nông sản trực tuyến, gửi Sở Khoa học và Công nghệ trước ngày 05/8/2025")],
  ["Sở Công Thương", "05/8/2025"], actors=["Hội Nông dân tỉnh", "Sở Công Thương"])
e16 = q("Phiên họp quý III dự kiến khi nào?", "factoid",
        [(S5, "Phiên họp quý III năm 2025 dự kiến tổ chức vào tuần đầu tháng 10/2025")], ["tuần đầu tháng 10/2025"])
u("Ai sẽ chủ trì phiên họp đó?", "follow-up", hist=[e16])
u("Phiên họp quý I của BCĐ chuyển đổi số đã kết luận những gì?")
u("Đại diện Công an tỉnh phát biểu gì tại phiên họp quý II?")
u("vnpt cam ket phu song cho 16 thon o ngoc lung truoc ngay nao")
u("Thông báo kết luận của Văn phòng UBND tỉnh về phiên họp này số mấy?")
q("bien ban hop ban chi dao cds so may, ai ky", "no-diacritics",
  [(S5, "Số: 05/BB-BCĐCĐS                       Lâm Giang, ngày 03 tháng 7 năm 2025"),
   (S5, "Trần Quốc Bảo                          Lương Thị Hồng Nhung")],
  ["05/BB-BCĐCĐS", "Trần Quốc Bảo", "Lương Thị Hồng Nhung"])

# ------------------------------------------------------------ corpus
q("Văn bản nào triển khai Công văn 186-CV/BDVTU của Ban Dân vận?", "corpus",
  [(S4, "Thực hiện Công văn số 186-CV/BDVTU ngày 24/3/2025 của Ban Dân vận Tỉnh ủy"),
   (S4, "Số: 73-BC/HNDT\n\nLâm Giang, ngày 20 tháng 6 năm 2025")], ["73-BC/HNDT"])
q("Bà Lương Thị Hồng Nhung xuất hiện ở những văn bản nào, với vai trò gì?", "corpus",
  [(S2, "**KT. CHỦ TỊCH**\n**PHÓ CHỦ TỊCH**\n\n(Đã ký)\n\n**Lương Thị Hồng Nhung**"),
   (S5, "Chủ trì: Đồng chí Lương Thị Hồng Nhung, Phó Chủ tịch Ủy ban nhân dân tỉnh")],
  ["KT. CHỦ TỊCH", "Chủ trì"])
q("Quyết định 612/QĐ-UBND được nhắc lại ở văn bản nào sau đó?", "corpus",
  [(S5, "trao Bằng khen cho 06 tập thể và 06 cá nhân theo Quyết định số 612/QĐ-UBND ngày 18/4/2025"),
   (S5, "Phiên họp Ban Chỉ đạo chuyển đổi số tỉnh quý II năm 2025")], ["Ban Chỉ đạo chuyển đổi số"])
q("Những văn bản nào nêu số liệu 37 thôn chưa có sóng 4G?", "corpus",
  [(S4, "toàn tỉnh còn 37 thôn, bản chưa có sóng di động 4G ổn định"),
   (S5, "kiến nghị sớm phủ sóng 4G cho 37 thôn, bản")], ["37 thôn"])
u("Có văn bản nào của UBND huyện Khe Mơ triển khai KH 47 về văn hóa đọc không?", "corpus")

# ------------------------------------------------------------ who_what gold
W = [
    {"id": "wa01", "directive": "KH 47/KH-SVHTTDL", "source": S1, "actors": [
        {"name": "Phòng Quản lý văn hóa và Gia đình", "role": "chủ trì", "deadline": "vào ngày 21/4/2025",
         "task_quote": "1. Phòng Quản lý văn hóa và Gia đình Là đầu mối tham mưu Giám đốc Sở theo dõi, đôn đốc thực hiện Kế hoạch"},
        {"name": "Thư viện tỉnh", "role": "chủ trì", "deadline": "trong quý III/2025",
         "task_quote": "2. Thư viện tỉnh Chủ trì xây dựng, vận hành Hệ thống thư viện số dùng chung"},
        {"name": "Phòng Kế hoạch - Tài chính", "role": "phối hợp", "deadline": None,
         "task_quote": "3. Phòng Kế hoạch - Tài chính Phối hợp với Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch"},
        {"name": "Sở Giáo dục và Đào tạo", "role": "phối hợp", "deadline": "trước ngày 30/9",
         "task_quote": "a) Sở Giáo dục và Đào tạo: Phối hợp chỉ đạo các trường tiểu học, trung học cơ sở xây dựng góc đọc số, tủ sách điện tử"},
        {"name": "Sở Khoa học và Công nghệ", "role": "phối hợp", "deadline": None,
         "task_quote": "b) Sở Khoa học và Công nghệ: Phối hợp bảo đảm hạ tầng kỹ thuật, an toàn thông tin"},
        {"name": "Tỉnh đoàn Thượng Lâm", "role": None, "deadline": None,
         "task_quote": "c) Tỉnh đoàn Thượng Lâm: Vận động đoàn viên, thanh niên tham gia đội"},
        {"name": "Báo và Phát thanh, Truyền hình Thượng Lâm", "role": None, "deadline": None,
         "task_quote": "d) Báo và Phát thanh, Truyền hình Thượng Lâm: Duy trì chuyên mục \"Cuốn sách tôi yêu\""},
        {"name": "Ủy ban nhân dân các huyện, thị xã, thành phố", "role": None, "deadline": "trước ngày 15/4/2025",
         "task_quote": "5. Ủy ban nhân dân các huyện, thị xã, thành phố Chỉ đạo Phòng Văn hóa và Thông tin"},
    ], "intruders": ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đinh Thị Quế", "Lò Thị Mến", "Bộ VHTTDL (b/c)",
                     "Ban Tuyên giáo Tỉnh ủy", "Thường trực Tỉnh ủy (b/c)", "Lưu: VT, QLVHGĐ"]},
    {"id": "wa02", "directive": "QĐ 612/QĐ-UBND", "source": S2, "actors": [
        {"name": "Sở Nội vụ", "role": "chủ trì", "deadline": "trong tháng 5/2025",
         "task_quote": "Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ tổ chức trao Bằng khen"},
        {"name": "Sở Khoa học và Công nghệ", "role": "phối hợp", "deadline": "trong tháng 5/2025",
         "task_quote": "Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ tổ chức trao Bằng khen"},
        {"name": "Sở Tài chính", "role": None, "deadline": "trước ngày 30/4/2025",
         "task_quote": "Sở Tài chính có trách nhiệm chuyển kinh phí khen thưởng cho Sở Nội vụ (Ban Thi đua - Khen thưởng) trước ngày 30/4/2025"},
        {"name": "Sở Khoa học và Công nghệ", "role": "chủ trì", "deadline": "trong quý II/2025",
         "task_quote": "Sở Khoa học và Công nghệ chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Thượng Lâm tuyên truyền, nhân rộng các điển hình tiên tiến"},
        {"name": "Báo và Phát thanh, Truyền hình Thượng Lâm", "role": "phối hợp", "deadline": "trong quý II/2025",
         "task_quote": "Sở Khoa học và Công nghệ chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Thượng Lâm tuyên truyền, nhân rộng các điển hình tiên tiến"},
    ], "intruders": ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Lương Thị Hồng Nhung",
                     "Ban Thi đua - Khen thưởng Trung ương (b/c)", "Hội đồng Thi đua - Khen thưởng tỉnh",
                     "Ban Chỉ đạo chuyển đổi số tỉnh", "Thường trực Tỉnh ủy (b/c)", "Lưu: VT, KGVX"]},
    {"id": "wa03", "directive": "CV 186-CV/BDVTU", "source": S3, "actors": [
        {"name": "ban dân vận các huyện ủy, thị ủy, thành ủy", "role": None, "deadline": "trước ngày 10/4/2025",
         "task_quote": "Chỉ đạo ban dân vận các huyện ủy, thị ủy, thành ủy tham mưu cấp ủy cùng cấp ban hành kế hoạch triển khai công tác dân vận"},
        {"name": "Đảng đoàn Mặt trận Tổ quốc tỉnh", "role": None, "deadline": None,
         "task_quote": "Đề nghị Đảng đoàn Mặt trận Tổ quốc tỉnh chỉ đạo Ủy ban Mặt trận Tổ quốc các cấp đưa nội dung"},
        {"name": "Đảng đoàn Hội Nông dân tỉnh", "role": None, "deadline": None,
         "task_quote": "Đề nghị Đảng đoàn Hội Nông dân tỉnh chỉ đạo các cấp hội gắn phong trào với việc hỗ trợ hội viên"},
        {"name": "Ban Thường vụ Tỉnh đoàn", "role": None, "deadline": None,
         "task_quote": "Ban Thường vụ Tỉnh đoàn chỉ đạo thành lập đội thanh niên tình nguyện \"Bình dân học vụ số\" tại 100% xã đặc biệt khó khăn"},
        {"name": "Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh", "role": None, "deadline": None,
         "task_quote": "Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh tổ chức lớp \"Phụ nữ với kỹ năng số\""},
        {"name": "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "role": None, "deadline": None,
         "task_quote": "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh chỉ đạo các tổ chức cơ sở đảng gắn việc học tập kỹ năng số"},
    ], "intruders": ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nông Thị Duyên", "Hà Văn Lực", "Ban Dân vận Trung ương (b/c)",
                     "Thường trực Tỉnh ủy (b/c)", "Sở Khoa học và Công nghệ", "Lưu: VT"]},
    {"id": "wa04", "directive": "BC 73-BC/HNDT", "source": S4, "actors": [
        {"name": "Ủy ban nhân dân tỉnh", "role": None, "deadline": None,
         "task_quote": "Đề nghị Ủy ban nhân dân tỉnh bố trí 1,5 tỷ đồng từ nguồn sự nghiệp khoa học và công nghệ năm 2026"},
        {"name": "Sở Khoa học và Công nghệ", "role": None, "deadline": "trong năm 2025",
         "task_quote": "Đề nghị Sở Khoa học và Công nghệ phối hợp với các doanh nghiệp viễn thông phủ sóng 4G cho 37 thôn, bản"},
        {"name": "Sở Công Thương", "role": None, "deadline": None,
         "task_quote": "Đề nghị Sở Công Thương hỗ trợ 50% chi phí thiết kế bao bì, tem truy xuất nguồn gốc cho sản phẩm OCOP"},
        {"name": "Bưu điện tỉnh", "role": None, "deadline": None,
         "task_quote": "Đề nghị Bưu điện tỉnh giảm 20% cước vận chuyển cho đơn hàng nông sản từ các xã vùng cao"},
        {"name": "Tỉnh đoàn", "role": "phối hợp", "deadline": None,
         "task_quote": "Phối hợp với Tỉnh đoàn mở 50 lớp hướng dẫn livestream bán hàng cho hội viên trẻ"},
    ], "intruders": ["HỘI NÔNG DÂN VIỆT NAM", "Triệu Văn Khải", "Viettel Thượng Lâm", "Trung ương Hội NDVN (b/c)",
                     "Ban Dân vận Tỉnh ủy (b/c)", "Lưu: VT"]},
    {"id": "wa05", "directive": "BB 05/BB-BCĐCĐS", "source": S5, "actors": [
        {"name": "Sở Khoa học và Công nghệ", "role": "chủ trì", "deadline": "trước ngày 15/8/2025",
         "task_quote": "Sở Khoa học và Công nghệ chủ trì, phối hợp với Viettel Thượng Lâm và VNPT Thượng Lâm khảo sát, lập phương án phủ sóng 4G"},
        {"name": "Viettel Thượng Lâm", "role": "phối hợp", "deadline": "trước ngày 15/8/2025",
         "task_quote": "Sở Khoa học và Công nghệ chủ trì, phối hợp với Viettel Thượng Lâm và VNPT Thượng Lâm khảo sát, lập phương án phủ sóng 4G"},
        {"name": "VNPT Thượng Lâm", "role": "phối hợp", "deadline": "trước ngày 15/8/2025",
         "task_quote": "Sở Khoa học và Công nghệ chủ trì, phối hợp với Viettel Thượng Lâm và VNPT Thượng Lâm khảo sát, lập phương án phủ sóng 4G"},
        {"name": "Sở Tài chính", "role": "chủ trì", "deadline": "trước ngày 31/8/2025",
         "task_quote": "Sở Tài chính chủ trì thẩm định đề xuất bổ sung 2,8 tỷ đồng của Sở Giáo dục và Đào tạo"},
        {"name": "Sở Văn hóa, Thể thao và Du lịch", "role": None, "deadline": "trước ngày 30/9/2025",
         "task_quote": "Sở Văn hóa, Thể thao và Du lịch chỉ đạo Thư viện tỉnh hoàn thành kết nối 02 thư viện cấp huyện còn lại"},
        {"name": "Thư viện tỉnh", "role": None, "deadline": "trước ngày 30/9/2025",
         "task_quote": "Sở Văn hóa, Thể thao và Du lịch chỉ đạo Thư viện tỉnh hoàn thành kết nối 02 thư viện cấp huyện còn lại"},
        {"name": "Ủy ban nhân dân huyện Tùng Sơn", "role": None, "deadline": "trước ngày 10/7/2025",
         "task_quote": "Ủy ban nhân dân huyện Tùng Sơn và Ủy ban nhân dân huyện Ngọc Lũng gửi báo cáo sơ kết phong trào"},
        {"name": "Ủy ban nhân dân huyện Ngọc Lũng", "role": None, "deadline": "trước ngày 10/7/2025",
         "task_quote": "Ủy ban nhân dân huyện Tùng Sơn và Ủy ban nhân dân huyện Ngọc Lũng gửi báo cáo sơ kết phong trào"},
        {"name": "Hội Nông dân tỉnh", "role": None, "deadline": "trước ngày 05/8/2025",
         "task_quote": "Hội Nông dân tỉnh phối hợp với Sở Công Thương xây dựng kế hoạch tổ chức Hội chợ nông sản trực tuyến"},
        {"name": "Sở Công Thương", "role": "phối hợp", "deadline": "trước ngày 05/8/2025",
         "task_quote": "Hội Nông dân tỉnh phối hợp với Sở Công Thương xây dựng kế hoạch tổ chức Hội chợ nông sản trực tuyến"},
        {"name": "Văn phòng Ủy ban nhân dân tỉnh", "role": None, "deadline": "trong thời hạn 03 ngày làm việc",
         "task_quote": "Văn phòng Ủy ban nhân dân tỉnh ban hành thông báo kết luận phiên họp trong thời hạn 03 ngày làm việc"},
    ], "intruders": ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Trần Quốc Bảo", "Lý Thanh Tùng", "Bế Thị Hằng",
                     "Công an tỉnh", "Trưởng ban Chỉ đạo (b/c)", "Lưu: VT, Sở KH&CN"]},
]


def dump(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            s = json.dumps(r, ensure_ascii=False)
            f.write(unicodedata.normalize("NFC", s) + "\n")


if __name__ == "__main__":
    dump(os.path.join(HERE, "questions.jsonl"), Q)
    dump(os.path.join(HERE, "who_what.jsonl"), W)
    print(len(Q), "questions,", len(W), "who-what lines")
