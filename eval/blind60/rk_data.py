# -*- coding: utf-8 -*-
"""Questions and who-what gold for the blind60 (rk) set; written to JSONL by build_rk.py."""

F1 = "rk01_chithi21_tu.txt"
F2 = "rk02_hd07_btgdv.docx"
F3 = "rk03_kh38_huyendoan.pdf"
F4 = "rk04_bc52_thienky.md"
F5 = "rk05_qd415_ldld.txt"

QUESTIONS = []


def q(text, kind, ev=None, kw=None, ans=True, hist=None, actors=None):
    d = {"id": "rk%03d" % (len(QUESTIONS) + 1), "question": text, "answerable": ans, "kind": kind,
         "evidence": [{"source": s, "quote": x} for s, x in (ev or [])], "keywords": kw or []}
    if hist:
        d["history"] = [hist]
    if actors:
        d["actors"] = actors
    QUESTIONS.append(d)
    return text


def u(text, hist=None, kind="unanswerable"):
    return q(text, kind, ans=False, hist=hist)


# ----------------------------------------------------------------- rk01 Chỉ thị 21-CT/TU
a = q("Tính đến cuối năm 2025 toàn tỉnh lập được bao nhiêu tổ công nghệ số cộng đồng?", "factoid",
      [(F1, "toàn tỉnh đã thành lập 1.126 tổ công nghệ số cộng đồng với 7.840 thành viên")], ["1.126"])
q("Còn tổng số thành viên của các tổ đó?", "follow-up",
  [(F1, "toàn tỉnh đã thành lập 1.126 tổ công nghệ số cộng đồng với 7.840 thành viên")], ["7.840"], hist=a)
q("muc tieu den nam 2030 ty le nguoi dan co tai khoan dinh danh dien tu muc 2 phai dat bao nhieu", "no-diacritics",
  [(F1, "tài khoản định danh điện tử mức 2 đạt trên 90%")], ["90%"])
q("Theo CT 21 thì Ban Tuyên giáo và Dân vận Tỉnh ủy phải làm gì, hạn chót khi nào?", "who-what",
  [(F1, "tham mưu Ban Thường vụ Tỉnh ủy ban hành kế hoạch triển khai Chỉ thị, hoàn thành trước ngày 30/4/2026")],
  ["30/4/2026"], actors=["Ban Tuyên giáo và Dân vận Tỉnh ủy"])
q("Ngân sách tỉnh phải dành tối thiểu bao nhiêu tiền mỗi năm cho các tổ công nghệ số cộng đồng, tổ dân vận số?", "factoid",
  [(F1, "bố trí kinh phí tối thiểu 4,5 tỷ đồng mỗi năm từ ngân sách tỉnh")], ["4,5 tỷ đồng"])
u("Năm 2025 tỉnh đã chi bao nhiêu kinh phí cho hoạt động của các tổ công nghệ số cộng đồng?")
b = q("Hội Nông dân tỉnh được Chỉ thị 21 giao nhiệm vụ gì?", "who-what",
      [(F1, "đưa sản phẩm OCOP và nông sản chủ lực lên sàn thương mại điện tử; đến năm 2027 có ít nhất 2.000 hộ hội viên có gian hàng trực tuyến")],
      ["2.000 hộ"], actors=["Hội Nông dân tỉnh"])
q("Thế còn Hội Cựu chiến binh tỉnh?", "follow-up",
  [(F1, "xây dựng mỗi huyện ít nhất 01 nhóm “Cựu chiến binh gương mẫu trên không gian mạng”")],
  ["Cựu chiến binh gương mẫu trên không gian mạng"], hist=b, actors=["Hội Cựu chiến binh tỉnh"])
q("ldld tinh phai xay dung xong mang luoi ctv tuyen truyen so trong thoi han nao", "no-diacritics",
  [(F1, "xây dựng mạng lưới cộng tác viên tuyên truyền số trong tổ chức công đoàn, hoàn thành trong quý II/2026")],
  ["quý II/2026"], actors=["Liên đoàn Lao động tỉnh"])
q("Chỉ thị của BTV Tỉnh ủy về tuyên truyền, vận động Nhân dân tham gia chuyển đổi số ký ngày nào, ai ký?", "metadata",
  [(F1, "Định Hóa Tây, ngày 12 tháng 3 năm 2026"), (F1, "BÍ THƯ (đã ký) Đinh Công Khải")],
  ["12 tháng 3 năm 2026", "Đinh Công Khải"])
q("Chuyên mục Dân vận số trên báo, đài tỉnh phát sóng lúc nào?", "factoid",
  [(F1, "mở chuyên mục “Dân vận số”, phát sóng định kỳ hằng tuần vào tối thứ Sáu")], ["tối thứ Sáu"])
u("Chỉ thị 21-CT/TU giao Sở Thông tin và Truyền thông chủ trì những việc gì?")
q("moi dang vien phai huong dan it nhat may ho gia dinh noi cu tru", "no-diacritics",
  [(F1, "hướng dẫn ít nhất 03 hộ gia đình nơi cư trú cùng thực hiện")], ["03 hộ"])
q("Các huyện ủy, thành ủy phải quán triệt chỉ thị xong trước ngày nào?", "who-what",
  [(F1, "tổ chức quán triệt Chỉ thị đến 100% chi bộ trước ngày 30/5/2026")], ["30/5/2026"],
  actors=["Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy"])
q("3 huyen vung cao nao co ty le dung dich vu cong truc tuyen duoi 40%", "no-diacritics",
  [(F1, "ở ba huyện vùng cao Kiên Thới, Bảo Định và Hồ Khánh mới đạt dưới 40%")],
  ["Kiên Thới", "Bảo Định", "Hồ Khánh"])
u("Hết năm 2025, tỷ lệ người dân huyện Hồ Khánh có tài khoản định danh điện tử mức 2 là bao nhiêu?")
q("Tỉnh đoàn phải lập đội hình TNTN số ở bao nhiêu % xã, phường theo CT 21?", "abbreviation",
  [(F1, "thành lập đội hình “Thanh niên tình nguyện số” ở 100% xã, phường, thị trấn trong năm 2026")],
  ["100%"], actors=["Ban Thường vụ Tỉnh đoàn"])
q("Đến hết năm 2025 tỷ lệ định danh điện tử mức 2 của tỉnh đạt bao nhiêu?", "factoid",
  [(F1, "có tài khoản định danh điện tử mức 2 đạt 68,4%")], ["68,4%"])
u("Kinh phí hỗ trợ cho mỗi nhóm Cựu chiến binh gương mẫu trên không gian mạng ở huyện là bao nhiêu?")
u("Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết Chỉ thị 21 vào ngày nào, ở đâu?")

# ----------------------------------------------------------------- rk02 Hướng dẫn 07-HD/BTGDVHU
c = q("Một tổ dân vận số có bao nhiêu thành viên?", "factoid",
      [(F2, "Mỗi thôn, tổ dân phố thành lập 01 Tổ dân vận số, gồm từ 05 đến 07 thành viên")], ["05 đến 07"])
q("Ai làm tổ trưởng?", "follow-up",
  [(F2, "Tổ trưởng: đồng chí Bí thư chi bộ hoặc Trưởng thôn, Tổ trưởng tổ dân phố")], ["Bí thư chi bộ"], hist=c)
d = q("Tổ dân vận số được làm thí điểm ở những xã nào?", "list",
      [(F2, "Thực hiện thí điểm trong tháng 6/2026 tại 03 xã Thiện Kỳ, Khâu Pàn và Tuấn Phong")],
      ["Thiện Kỳ", "Khâu Pàn", "Tuấn Phong"])
q("Vậy hạn nhân rộng ra toàn huyện là khi nào?", "follow-up",
  [(F2, "nhân rộng ra toàn huyện trước ngày 30/9/2026")], ["30/9/2026"], hist=d)
q("Mỗi tổ dân vận số được hỗ trợ bao nhiêu tiền một tháng, lấy từ nguồn nào?", "factoid",
  [(F2, "Mỗi Tổ dân vận số được hỗ trợ 500.000 đồng/tháng từ ngân sách xã, thị trấn")],
  ["500.000 đồng/tháng", "ngân sách xã"])
q("Theo HD 07, Huyện đoàn Kiên Thới phải làm gì và hạn đến bao giờ?", "who-what",
  [(F2, "Giới thiệu đoàn viên làm Tổ phó phụ trách kỹ thuật"), (F2, "Trước ngày 15/6/2026")],
  ["Tổ phó phụ trách kỹ thuật", "15/6/2026"], actors=["Huyện đoàn Kiên Thới"])
e = q("Phòng Văn hóa, Khoa học và Thông tin huyện có phần việc gì trong việc lập tổ dân vận số?", "who-what",
      [(F2, "Tập huấn kỹ năng số, kỹ năng dân vận cho thành viên tổ")], ["Tập huấn", "Tháng 7/2026"],
      actors=["Phòng Văn hóa, Khoa học và Thông tin huyện"])
q("Đơn vị nào phối hợp với phòng đó?", "follow-up",
  [(F2, "Huyện đoàn Kiên Thới; Trung tâm Chính trị huyện")], ["Trung tâm Chính trị huyện"], hist=e)
q("to dan van so bao cao tinh hinh tu tuong ve dang uy xa truoc ngay may hang thang", "no-diacritics",
  [(F2, "báo cáo tình hình tư tưởng của Nhân dân về Đảng ủy xã, thị trấn trước ngày 25 hằng tháng")],
  ["25 hằng tháng"])
q("Hướng dẫn thành lập tổ dân vận số của Ban Tuyên giáo và Dân vận Huyện ủy ban hành ngày nào, ai ký?", "metadata",
  [(F2, "Kiên Thới, ngày 05 tháng 5 năm 2026"), (F2, "TRƯỞNG BAN (đã ký) Đàm Minh Thuận")],
  ["05 tháng 5 năm 2026", "Đàm Minh Thuận"])
q("Có vướng mắc về tổ dân vận số thì liên hệ ai, số điện thoại bao nhiêu?", "factoid",
  [(F2, "liên hệ đồng chí Vi Thị Lụa, Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy, điện thoại 0912.447.306")],
  ["Vi Thị Lụa", "0912.447.306"])
u("Theo HD 07 thì huyện Bảo Định có tất cả bao nhiêu thôn, tổ dân phố phải lập tổ dân vận số?")
q("HD 07-HD/BTGDVHU giao Hội ND huyện việc gì?", "abbreviation",
  [(F2, "Vận động hội viên đưa nông sản lên sàn thương mại điện tử")], ["sàn thương mại điện tử"],
  actors=["Hội Nông dân huyện"])
q("LĐLĐ huyện có nhiệm vụ gì trong HD 07 không, làm trong thời gian nào?", "who-what",
  [(F2, "Tuyên truyền kỹ năng số cho công nhân lao động tại Cụm công nghiệp Sùng Lạc")],
  ["Cụm công nghiệp Sùng Lạc", "Quý III/2026"], actors=["Liên đoàn Lao động huyện"])
q("huyen kien thoi du kien lap tat ca bao nhieu to dan van so", "no-diacritics",
  [(F2, "Toàn huyện có 142 thôn, tổ dân phố, dự kiến thành lập 142 tổ")], ["142"])
q("Thành viên tổ dân vận số có được tập huấn không, mỗi năm mấy đợt?", "factoid",
  [(F2, "Thành viên tổ được tập huấn kỹ năng số 02 đợt/năm")], ["02 đợt/năm"])
f = q("Hằng năm Ban Thường vụ Huyện ủy khen tối đa bao nhiêu tổ dân vận số, thưởng bao nhiêu?", "factoid",
      [(F2, "tặng Giấy khen cho tối đa 10 tổ tiêu biểu; mức thưởng kèm theo là 1.000.000 đồng/tổ")],
      ["10 tổ", "1.000.000 đồng/tổ"])
u("Còn tổ xếp loại khá thì được thưởng bao nhiêu?", hist=f, kind="follow-up")
u("Phụ cấp hằng tháng riêng cho Tổ phó phụ trách kỹ thuật của tổ dân vận số là bao nhiêu?")
u("Công văn 233/UBND-VHKHTT của UBND huyện Kiên Thới yêu cầu gì về tổ dân vận số?")
u("huyen ho khanh thi diem to dan van so o nhung xa nao")

# ----------------------------------------------------------------- rk03 Kế hoạch 38-KH/ĐTN
q("chien dich tinh nguyen he cua huyen doan kien thoi keo dai tu ngay nao den ngay nao", "no-diacritics",
  [(F3, "từ ngày 15/6/2026 đến hết ngày 20/8/2026")], ["15/6/2026", "20/8/2026"])
g = q("Lễ ra quân chiến dịch hè xóa mù số tổ chức ở đâu, mấy giờ?", "factoid",
      [(F3, "07 giờ 30 phút, Chủ nhật ngày 14/6/2026 tại sân Nhà văn hóa xã Khâu Pàn")],
      ["Khâu Pàn", "07 giờ 30"])
q("Còn lễ tổng kết thì sao?", "follow-up",
  [(F3, "Lễ tổng kết: dự kiến ngày 25/8/2026 tại Hội trường Huyện ủy Kiên Thới")],
  ["25/8/2026", "Hội trường Huyện ủy"], hist=g)
h = q("Cuộc thi video ngắn về chuyển đổi số của Huyện đoàn, giải Nhất được bao nhiêu tiền?", "factoid",
      [(F3, "01 giải Nhất trị giá 3.000.000 đồng")], ["3.000.000 đồng"])
q("Hạn gửi bài dự thi là khi nào?", "follow-up",
  [(F3, "gửi qua thư điện tử của Huyện đoàn trước 17 giờ ngày 31/7/2026")], ["31/7/2026"], hist=h)
u("Giải đặc biệt của cuộc thi Video ngắn tuyên truyền chuyển đổi số trị giá bao nhiêu?")
i = q("tong kinh phi chien dich tinh nguyen he 2026 cua huyen doan la bao nhieu", "no-diacritics",
      [(F3, "Tổng kinh phí dự kiến: 186.500.000 đồng")], ["186.500.000"])
q("Trong đó ngân sách huyện cấp bao nhiêu?", "follow-up",
  [(F3, "Ngân sách huyện cấp qua Huyện đoàn: 120.000.000 đồng")], ["120.000.000"], hist=i)
q("KH 38 đề nghị Hội Cựu chiến binh huyện làm gì?", "who-what",
  [(F3, "Đề nghị Hội Cựu chiến binh huyện cử báo cáo viên tham gia các buổi tọa đàm nhận diện tin giả")],
  ["báo cáo viên"], actors=["Hội Cựu chiến binh huyện"])
j = q("Đoàn các xã, thị trấn phải đăng ký danh sách đội hình tình nguyện trước ngày nào?", "who-what",
      [(F3, "đăng ký danh sách đội hình về Văn phòng Huyện đoàn trước ngày 10/6/2026")], ["10/6/2026"],
      actors=["Ban Chấp hành Đoàn các xã, thị trấn"])
q("Còn hạn báo cáo kết quả chiến dịch?", "follow-up",
  [(F3, "báo cáo kết quả chiến dịch trước ngày 22/8/2026")], ["22/8/2026"], hist=j)
k = q("Ai làm Chỉ huy trưởng chiến dịch tình nguyện hè cấp huyện?", "factoid",
      [(F3, "do đồng chí Ma Văn Tuyển, Phó Bí thư Huyện đoàn làm Chỉ huy trưởng")], ["Ma Văn Tuyển"])
u("Thế Chỉ huy phó là ai?", hist=k, kind="follow-up")
q("chi tieu ho tro kich hoat vneid muc 2 trong chien dich he la bao nhieu nguoi", "no-diacritics",
  [(F3, "Hỗ trợ 12.000 người dân kích hoạt tài khoản định danh điện tử mức 2")], ["12.000"])
q("KH 38-KH/ĐTN: tọa đàm CCB - thanh niên nhận diện tin giả tổ chức mấy buổi, ở những xã nào?", "abbreviation",
  [(F3, "tổ chức 05 buổi tọa đàm tại các xã Thiện Kỳ, Hồ Nương, Tuấn Phong, Sùng Lạc và Khâu Pàn")],
  ["05 buổi", "Hồ Nương"])
u("Buổi tọa đàm nhận diện tin giả ở xã Sùng Lạc diễn ra ngày nào?")
q("Kế hoạch chiến dịch tình nguyện hè xóa mù số có số hiệu gì, ai ký?", "metadata",
  [(F3, "BÍ THƯ (đã ký) Phùng Thị Nhàn"), (F4, "Kế hoạch số 38-KH/ĐTN ngày 22/5/2026 của Ban Thường vụ Huyện đoàn")],
  ["38-KH/ĐTN", "Phùng Thị Nhàn"])
q("Trung tâm Truyền thông và Văn hóa huyện được đề nghị làm gì trong chiến dịch?", "who-what",
  [(F3, "đưa tin về các hoạt động của chiến dịch trên hệ thống truyền thanh và trang thông tin điện tử huyện")],
  ["đưa tin"], actors=["Trung tâm Truyền thông và Văn hóa huyện"])
q("lien he ai o huyen doan de hoi ve chien dich, so dien thoai bao nhieu", "no-diacritics",
  [(F3, "liên hệ đồng chí La Thị Yến, Ủy viên Ban Thường vụ Huyện đoàn, điện thoại 0983.615.290")],
  ["La Thị Yến", "0983.615.290"])
u("Kinh phí chiến dịch tình nguyện hè năm 2025 của Huyện đoàn Kiên Thới là bao nhiêu?")
u("Lễ ra quân Chiến dịch thanh niên tình nguyện hè cấp tỉnh năm 2026 tổ chức ở đâu?")
u("Hội Liên hiệp Phụ nữ huyện được giao nhiệm vụ gì trong KH 38 của Huyện đoàn?")
u("so dien thoai cua dong chi ma van tuyen la bao nhieu")
u("Kế hoạch số 39-KH/ĐTN của Huyện đoàn Kiên Thới triển khai nội dung gì?")
q("Chiến dịch đặt chỉ tiêu bao nhiêu hộ nông dân mở gian hàng trên sàn TMĐT?", "abbreviation",
  [(F3, "Hướng dẫn 300 hộ hội viên nông dân mở gian hàng trên sàn thương mại điện tử")], ["300 hộ"])

# ----------------------------------------------------------------- rk04 Báo cáo 52-BC/ĐU
q("Xã Thiện Kỳ lập bao nhiêu tổ dân vận số, tổng cộng bao nhiêu thành viên?", "factoid",
  [(F4, "thành lập 9 Tổ dân vận số tại 9 thôn với tổng số 57 thành viên")], ["9 Tổ dân vận số", "57 thành viên"])
q("Quyết định thành lập tổ dân vận số của Đảng ủy xã Thiện Kỳ số mấy, ban hành ngày nào?", "metadata",
  [(F4, "Ngày 12/6/2026, Đảng ủy xã ban hành Quyết định số 118-QĐ/ĐU")], ["118-QĐ/ĐU", "12/6/2026"])
m = q("Ở Thiện Kỳ thôn nào kích hoạt mới nhiều tài khoản VNeID mức 2 nhất?", "factoid",
      [(F4, "| 1 | Thiện Kỳ | 7 | 412 | 9 | 4 |")], ["412"])
q("Còn thôn Phja Khao?", "follow-up", [(F4, "| 8 | Phja Khao | 6 | 96 | 0 | 1 |")], ["96"], hist=m)
q("thon coc xa kich hoat moi duoc bao nhieu tai khoan vneid muc 2", "no-diacritics",
  [(F4, "| 9 | Cốc Xả | 6 | 83 | 1 | 1 |")], ["83"])
q("Tổng số tài khoản VNeID mức 2 kích hoạt mới toàn xã Thiện Kỳ là bao nhiêu?", "factoid",
  [(F4, "| | Tổng cộng | 57 | 2.034 | 38 | 23 |")], ["2.034"])
q("Tỷ lệ định danh điện tử mức 2 của xã Thiện Kỳ tăng từ bao nhiêu lên bao nhiêu?", "factoid",
  [(F4, "tăng từ 52,7% (tháng 5/2026) lên 71,3% (tháng 8/2026)")], ["52,7%", "71,3%"])
q("xa thien ky co bao nhieu dang vien, bao nhieu chi bo", "no-diacritics",
  [(F4, "11 chi bộ trực thuộc (9 chi bộ thôn, 2 chi bộ trường học) với 286 đảng viên")], ["286", "11 chi bộ"])
q("Theo BC 52, UBND xã Thiện Kỳ phải làm gì, hạn chót?", "who-what",
  [(F4, "Giao Ủy ban nhân dân xã bố trí đủ kinh phí hỗ trợ các Tổ dân vận số còn thiếu của năm 2026, hoàn thành trước ngày 30/9/2026")],
  ["30/9/2026"], actors=["Ủy ban nhân dân xã"])
n = q("Hội Nông dân xã Thiện Kỳ phải hướng dẫn thêm bao nhiêu hộ mở gian hàng trực tuyến, hạn khi nào?", "who-what",
      [(F4, "hướng dẫn thêm ít nhất 40 hộ hội viên mở gian hàng trực tuyến trước ngày 31/12/2026")],
      ["40 hộ", "31/12/2026"], actors=["Hội Nông dân xã"])
q("Thế Hội CCB xã?", "follow-up",
  [(F4, "duy trì nhóm Zalo “Cựu chiến binh Thiện Kỳ nói không với tin giả”")],
  ["Cựu chiến binh Thiện Kỳ nói không với tin giả"], hist=n, actors=["Hội Cựu chiến binh xã"])
q("Lớp bình dân học vụ số ở Thiện Kỳ học vào buổi nào, ở đâu?", "factoid",
  [(F4, "vào tối thứ Năm hằng tuần tại Nhà văn hóa thôn Đồng Sậu")], ["tối thứ Năm", "Đồng Sậu"])
q("Chi đoàn nào của xã Thiện Kỳ đoạt giải Nhì cuộc thi video ngắn cấp huyện?", "factoid",
  [(F4, "Tác phẩm “Bà tôi dùng VNeID” của Chi đoàn thôn Nà Hẩu đạt giải Nhì")], ["Nà Hẩu"])
u("Tác phẩm đạt giải Nhất Cuộc thi video ngắn cấp huyện là của chi đoàn nào?")
q("BC 52-BC/ĐU kiến nghị UBND huyện hỗ trợ gì cho xã?", "abbreviation",
  [(F4, "Đề nghị Ủy ban nhân dân huyện quan tâm hỗ trợ 30 điện thoại thông minh cho hộ nghèo tại thôn Phja Khao và Cốc Xả")],
  ["30 điện thoại thông minh"], actors=["Ủy ban nhân dân huyện"])
q("Báo cáo kết quả thí điểm tổ dân vận số của Thiện Kỳ do ai ký, ngày nào?", "metadata",
  [(F4, "BÍ THƯ (đã ký) Nông Thị Hạnh"), (F4, "Thiện Kỳ, ngày 28 tháng 8 năm 2026")],
  ["Nông Thị Hạnh", "28 tháng 8 năm 2026"])
u("Xã Thiện Kỳ hiện có bao nhiêu hộ nghèo?")
u("UBND xã Thiện Kỳ hỗ trợ Hội Nông dân xã bao nhiêu kinh phí để đưa nông sản lên sàn thương mại điện tử?")
q("Vì sao tổ dân vận số ở Phja Khao và Cốc Xả hoạt động còn hạn chế?", "factoid",
  [(F4, "do sóng di động yếu, nhiều hộ chưa có điện thoại thông minh")], ["sóng di động yếu"])
q("MTTQ xã Thiện Kỳ được đề nghị làm gì đối với các tổ dân vận số?", "who-what",
  [(F4, "Đề nghị Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với các đoàn thể giám sát hoạt động của các Tổ dân vận số")],
  ["giám sát"], actors=["Ủy ban MTTQ Việt Nam xã"])
u("Thôn Khau Nhàn có bao nhiêu hộ dân và bao nhiêu đảng viên?")
u("ty le dinh danh dien tu muc 2 cua xa khau pan thang 8/2026 la bao nhieu")
q("Buổi tọa đàm nhận diện tin giả ở Thiện Kỳ có bao nhiêu người dự, tổ chức ở đâu?", "factoid",
  [(F4, "tọa đàm nhận diện tin giả tại Nhà văn hóa thôn Đồng Sậu với 120 người tham dự")], ["120 người", "Đồng Sậu"])

# ----------------------------------------------------------------- rk05 QĐ 415/QĐ-LĐLĐ + Quy chế
o = q("QĐ ban hành quy chế mạng lưới cộng tác viên tuyên truyền số của LĐLĐ tỉnh số mấy, ngày nào?", "metadata",
      [(F5, "Ban hành kèm theo Quyết định số 415/QĐ-LĐLĐ ngày 09/4/2026")], ["415/QĐ-LĐLĐ", "09/4/2026"])
q("Ai ký quyết định đó?", "follow-up", [(F5, "(đã ký) Triệu Đức Long")], ["Triệu Đức Long"], hist=o)
p = q("Mạng lưới cộng tác viên tuyên truyền số cấp tỉnh có tối đa bao nhiêu người?", "factoid",
      [(F5, "Mạng lưới cấp tỉnh có không quá 120 cộng tác viên")], ["120"])
q("Còn mỗi LĐLĐ huyện thì cần ít nhất bao nhiêu?", "follow-up",
  [(F5, "Mỗi Liên đoàn Lao động huyện, thành phố có ít nhất 08 cộng tác viên")], ["08"], hist=p)
r = q("Cộng tác viên tự viết bài được đăng trên trang của LĐLĐ tỉnh thì được trả thù lao bao nhiêu?", "factoid",
      [(F5, "Được chi thù lao 200.000 đồng cho mỗi tin, bài tự viết")], ["200.000 đồng"])
q("Mỗi tháng nhận tối đa bao nhiêu?", "follow-up",
  [(F5, "tối đa 1.000.000 đồng/người/tháng")], ["1.000.000 đồng/người/tháng"], hist=r)
q("ctv phat hien tin sai su that thi phai bao cao trong vong bao lau", "no-diacritics",
  [(F5, "báo cáo về bộ phận thường trực trong vòng 24 giờ các thông tin sai sự thật")], ["24 giờ"])
q("Văn phòng LĐLĐ tỉnh chịu trách nhiệm gì theo quy chế, dự toán năm 2026 bao nhiêu?", "who-what",
  [(F5, "Tham mưu bố trí kinh phí hoạt động của mạng lưới từ nguồn tài chính công đoàn; dự toán năm 2026 là 180.000.000 đồng")],
  ["180.000.000 đồng"], actors=["Văn phòng Liên đoàn Lao động tỉnh"])
q("Các LĐLĐ huyện, thành phố phải gửi danh sách cộng tác viên về tỉnh trước ngày nào?", "who-what",
  [(F5, "gửi danh sách về Liên đoàn Lao động tỉnh (qua Ban Tuyên giáo - Nữ công) trước ngày 15/5/2026")],
  ["15/5/2026"],
  actors=["Các Liên đoàn Lao động huyện, thành phố, công đoàn ngành và Công đoàn các Khu công nghiệp tỉnh"])
q("ban tuyen giao nu cong ldld tinh bao cao ban thuong vu dinh ky the nao", "no-diacritics",
  [(F5, "định kỳ hằng quý tổng hợp, báo cáo Ban Thường vụ trước ngày 20 của tháng cuối quý")],
  ["hằng quý", "ngày 20"], actors=["Ban Tuyên giáo - Nữ công Liên đoàn Lao động tỉnh"])
u("Quyết định 416/QĐ-LĐLĐ của LĐLĐ tỉnh Định Hóa Tây quy định về việc gì?")
q("ctv bi dua ra khoi mang luoi trong truong hop nao", "no-diacritics",
  [(F5, "không hoàn thành nhiệm vụ 03 tháng liên tiếp sẽ bị đưa ra khỏi mạng lưới")], ["03 tháng liên tiếp"])
q("CĐ các KCN tỉnh phải có tối thiểu mấy CTV?", "abbreviation",
  [(F5, "Công đoàn các Khu công nghiệp tỉnh có ít nhất 15 cộng tác viên")], ["15"])
q("Quy chế 415 đề nghị Hội Cựu chiến binh tỉnh và Tỉnh đoàn phối hợp những gì?", "who-what",
  [(F5, "Đề nghị Hội Cựu chiến binh tỉnh và Ban Thường vụ Tỉnh đoàn phối hợp chia sẻ tin, bài")],
  ["chia sẻ tin, bài", "01 lần/năm"], actors=["Hội Cựu chiến binh tỉnh", "Ban Thường vụ Tỉnh đoàn"])
q("Mỗi tuần cộng tác viên công đoàn phải chia sẻ ít nhất mấy tin, bài?", "factoid",
  [(F5, "Chia sẻ ít nhất 04 tin, bài mỗi tuần")], ["04 tin"])
u("LĐLĐ tỉnh dự toán kinh phí cho mạng lưới cộng tác viên năm 2027 là bao nhiêu?")
u("Theo quy chế 415, công đoàn cơ sở dưới 300 đoàn viên được cử bao nhiêu cộng tác viên?")
q("Vướng mắc khi thực hiện quy chế cộng tác viên thì phản ánh cho ai?", "factoid",
  [(F5, "đồng chí Quách Văn Đông, Trưởng ban, điện thoại 0203.3852.417")],
  ["Quách Văn Đông", "0203.3852.417"])
q("Cộng tác viên tiêu biểu được khen thưởng thế nào?", "factoid",
  [(F5, "tặng Giấy khen cho không quá 10 cộng tác viên tiêu biểu, kèm theo tiền thưởng 500.000 đồng/người")],
  ["500.000 đồng/người"])

# ----------------------------------------------------------------- corpus-level
q("Hướng dẫn 07 về tổ dân vận số căn cứ vào những văn bản nào?", "corpus",
  [(F2, "Thực hiện Chỉ thị số 21-CT/TU ngày 12/3/2026 của Ban Thường vụ Tỉnh ủy"),
   (F2, "Kế hoạch số 64-KH/HU ngày 20/4/2026 của Ban Thường vụ Huyện ủy")],
  ["21-CT/TU", "64-KH/HU"])
q("Những văn bản nào trong bộ tài liệu dẫn chiếu Chỉ thị 21-CT/TU?", "corpus",
  [(F2, "Thực hiện Chỉ thị số 21-CT/TU ngày 12/3/2026"),
   (F3, "Căn cứ Chỉ thị số 21-CT/TU ngày 12/3/2026 của Ban Thường vụ Tỉnh ủy"),
   (F5, "Căn cứ Chỉ thị số 21-CT/TU ngày 12/3/2026 của Ban Thường vụ Tỉnh ủy về tăng cường")],
  ["07-HD/BTGDVHU", "38-KH/ĐTN", "415/QĐ-LĐLĐ"])
q("Văn bản nào nhắc tới cuộc thi video ngắn về chuyển đổi số?", "corpus",
  [(F3, "Cuộc thi “Video ngắn tuyên truyền chuyển đổi số”"),
   (F4, "đạt giải Nhì Cuộc thi video ngắn cấp huyện")],
  ["38-KH/ĐTN", "52-BC/ĐU"])
q("Trong bộ văn bản, những văn bản nào ban hành trong tháng 5/2026?", "corpus",
  [(F2, "Kiên Thới, ngày 05 tháng 5 năm 2026"), (F3, "Kiên Thới, ngày 22 tháng 5 năm 2026")],
  ["05 tháng 5 năm 2026", "22 tháng 5 năm 2026"])
q("Những văn bản nào giao việc cho Hội Cựu chiến binh các cấp?", "corpus",
  [(F1, "Hội Cựu chiến binh tỉnh phát huy vai trò của cựu chiến binh"),
   (F3, "Đề nghị Hội Cựu chiến binh huyện cử báo cáo viên"),
   (F4, "Hội Cựu chiến binh xã duy trì nhóm Zalo")],
  ["21-CT/TU", "38-KH/ĐTN", "52-BC/ĐU"])


# ----------------------------------------------------------------- who-what gold
def A(name, role, deadline, quote):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": quote}


WHO_WHAT = [
    {"id": "wrk01", "directive": "CT 21-CT/TU", "source": F1, "actors": [
        A("Ban Tuyên giáo và Dân vận Tỉnh ủy", "chủ trì", "trước ngày 30/4/2026",
          "tham mưu Ban Thường vụ Tỉnh ủy ban hành kế hoạch triển khai Chỉ thị, hoàn thành trước ngày 30/4/2026"),
        A("Sở Khoa học và Công nghệ", "phối hợp", "trước ngày 30/4/2026",
          "phối hợp với Sở Khoa học và Công nghệ tham mưu Ban Thường vụ Tỉnh ủy ban hành kế hoạch triển khai Chỉ thị"),
        A("Ban cán sự đảng Ủy ban nhân dân tỉnh", None, None,
          "lãnh đạo Ủy ban nhân dân tỉnh bố trí kinh phí tối thiểu 4,5 tỷ đồng mỗi năm từ ngân sách tỉnh"),
        A("Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", None, None,
          "đưa nội dung tuyên truyền chuyển đổi số vào chương trình hành động hằng năm"),
        A("Ban Thường vụ Tỉnh đoàn", None, "trong năm 2026",
          "chỉ đạo thành lập đội hình “Thanh niên tình nguyện số” ở 100% xã, phường, thị trấn trong năm 2026"),
        A("Hội Nông dân tỉnh", None, "đến năm 2027",
          "hướng dẫn hội viên ứng dụng công nghệ số trong sản xuất, đưa sản phẩm OCOP và nông sản chủ lực lên sàn thương mại điện tử"),
        A("Hội Cựu chiến binh tỉnh", None, None,
          "phát huy vai trò của cựu chiến binh trong đấu tranh phản bác quan điểm sai trái, thù địch trên không gian mạng"),
        A("Liên đoàn Lao động tỉnh", None, "hoàn thành trong quý II/2026",
          "tổ chức tuyên truyền, bồi dưỡng kỹ năng số cho đoàn viên công đoàn, công nhân lao động tại các khu, cụm công nghiệp"),
        A("Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", None, "trước ngày 30/5/2026",
          "tổ chức quán triệt Chỉ thị đến 100% chi bộ trước ngày 30/5/2026"),
        A("Báo Định Hóa Tây, Đài Phát thanh và Truyền hình tỉnh", None, "định kỳ hằng tuần vào tối thứ Sáu",
          "mở chuyên mục “Dân vận số”, phát sóng định kỳ hằng tuần vào tối thứ Sáu"),
    ], "intruders": ["Đinh Công Khải", "Ban Bí thư Trung ương Đảng", "Ban Tuyên giáo và Dân vận Trung ương",
                     "Các đồng chí Tỉnh ủy viên", "Lưu Văn phòng Tỉnh ủy"]},

    {"id": "wrk02", "directive": "HD 07-HD/BTGDVHU", "source": F2, "actors": [
        A("Đảng ủy các xã, thị trấn", "chủ trì", "trước ngày 30/9/2026",
          "Ban hành quyết định thành lập Tổ dân vận số và danh sách thành viên"),
        A("Ủy ban nhân dân các xã, thị trấn", "phối hợp", None,
          "có trách nhiệm bố trí kinh phí hỗ trợ Tổ dân vận số trong dự toán ngân sách năm 2026"),
        A("Phòng Văn hóa, Khoa học và Thông tin huyện", "chủ trì", "Tháng 7/2026",
          "Tập huấn kỹ năng số, kỹ năng dân vận cho thành viên tổ"),
        A("Trung tâm Chính trị huyện", "phối hợp", "Tháng 7/2026",
          "Tập huấn kỹ năng số, kỹ năng dân vận cho thành viên tổ"),
        A("Ban Tuyên giáo và Dân vận Huyện ủy", "chủ trì", "Định kỳ hằng quý",
          "Biên soạn tài liệu hỏi - đáp, định hướng thông tin cho các tổ"),
        A("Ban Tuyên giáo và Dân vận Huyện ủy", "chủ trì", "Trước ngày 15/9/2026",
          "Sơ kết thí điểm, báo cáo Ban Thường vụ Huyện ủy"),
        A("Ủy ban MTTQ Việt Nam huyện", "phối hợp", "Định kỳ hằng quý",
          "Biên soạn tài liệu hỏi - đáp, định hướng thông tin cho các tổ"),
        A("Huyện đoàn Kiên Thới", "chủ trì", "Trước ngày 15/6/2026",
          "Giới thiệu đoàn viên làm Tổ phó phụ trách kỹ thuật"),
        A("Hội Nông dân huyện", "chủ trì", "Năm 2026 - 2027",
          "Vận động hội viên đưa nông sản lên sàn thương mại điện tử"),
        A("Phòng Kinh tế huyện", "phối hợp", "Năm 2026 - 2027",
          "Vận động hội viên đưa nông sản lên sàn thương mại điện tử"),
        A("Hội Cựu chiến binh huyện", "chủ trì", "Trước ngày 31/8/2026",
          "Xây dựng nhóm “Cựu chiến binh gương mẫu trên không gian mạng”"),
        A("Công an huyện", "phối hợp", "Trước ngày 31/8/2026",
          "Xây dựng nhóm “Cựu chiến binh gương mẫu trên không gian mạng”"),
        A("Liên đoàn Lao động huyện", "chủ trì", "Quý III/2026",
          "Tuyên truyền kỹ năng số cho công nhân lao động tại Cụm công nghiệp Sùng Lạc"),
        A("Ban quản lý Cụm công nghiệp", "phối hợp", "Quý III/2026",
          "Tuyên truyền kỹ năng số cho công nhân lao động tại Cụm công nghiệp Sùng Lạc"),
        A("Đảng ủy các xã thí điểm", "phối hợp", "Trước ngày 15/9/2026",
          "Sơ kết thí điểm, báo cáo Ban Thường vụ Huyện ủy"),
        A("Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện", None, None,
          "chỉ đạo chi hội ở thôn cử hội viên tham gia tổ; đưa kết quả hoạt động của tổ vào tiêu chí thi đua hằng năm"),
        A("Tổ dân vận số", None, "trước ngày 25 hằng tháng",
          "báo cáo tình hình tư tưởng của Nhân dân về Đảng ủy xã, thị trấn trước ngày 25 hằng tháng"),
        A("Ban Thường vụ Huyện ủy", None, "Hằng năm",
          "Ban Thường vụ Huyện ủy xem xét tặng Giấy khen cho tối đa 10 tổ tiêu biểu"),
    ], "intruders": ["Đàm Minh Thuận", "Vi Thị Lụa", "Thường trực Huyện ủy",
                     "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Lưu BTGDV"]},

    {"id": "wrk03", "directive": "KH 38-KH/ĐTN", "source": F3, "actors": [
        A("Ban Thường vụ Huyện đoàn", None, "trước ngày 05/6/2026",
          "thành lập Ban Chỉ huy chiến dịch cấp huyện trước ngày 05/6/2026"),
        A("Ban Chấp hành Đoàn các xã, thị trấn", None, "trước ngày 10/6/2026",
          "đăng ký danh sách đội hình về Văn phòng Huyện đoàn trước ngày 10/6/2026"),
        A("Đoàn các xã, thị trấn", None, None,
          "chủ động huy động thêm nguồn lực tại chỗ để bảo đảm ăn, nghỉ cho tình nguyện viên"),
        A("Hội Nông dân huyện", None, None,
          "cung cấp danh sách hộ sản xuất sản phẩm OCOP và cử cán bộ cùng tham gia hướng dẫn hội viên"),
        A("Hội Cựu chiến binh huyện", None, None,
          "cử báo cáo viên tham gia các buổi tọa đàm nhận diện tin giả"),
        A("Liên đoàn Lao động huyện", None, None,
          "bố trí thời gian, địa điểm để đội hình tiếp cận công nhân lao động tại Cụm công nghiệp Sùng Lạc"),
        A("Phòng Văn hóa, Khoa học và Thông tin huyện", None, "trước ngày ra quân",
          "hỗ trợ tài liệu tuyên truyền, cử cán bộ tập huấn nghiệp vụ cho tình nguyện viên trước ngày ra quân"),
        A("Trung tâm Truyền thông và Văn hóa huyện", None, None,
          "đưa tin về các hoạt động của chiến dịch trên hệ thống truyền thanh và trang thông tin điện tử huyện"),
    ], "intruders": ["Phùng Thị Nhàn", "La Thị Yến", "Thường trực Huyện ủy",
                     "Ban Tuyên giáo và Dân vận Huyện ủy", "Lưu VP Huyện đoàn", "BCH ĐOÀN TỈNH ĐỊNH HÓA TÂY"]},

    {"id": "wrk04", "directive": "BC 52-BC/ĐU", "source": F4, "actors": [
        A("Các chi bộ thôn", None, "định kỳ hằng tháng",
          "đưa nội dung chuyển đổi số vào sinh hoạt chi bộ định kỳ hằng tháng"),
        A("Ủy ban nhân dân xã", None, "trước ngày 30/9/2026",
          "bố trí đủ kinh phí hỗ trợ các Tổ dân vận số còn thiếu của năm 2026, hoàn thành trước ngày 30/9/2026"),
        A("Trung tâm Viễn thông Kiên Thới", "phối hợp", None,
          "khảo sát, đề xuất lắp đặt trạm phát sóng tại thôn Phja Khao"),
        A("Ủy ban MTTQ Việt Nam xã", "chủ trì", "định kỳ hằng quý",
          "chủ trì, phối hợp với các đoàn thể giám sát hoạt động của các Tổ dân vận số"),
        A("Hội Nông dân xã", None, "trước ngày 31/12/2026",
          "hướng dẫn thêm ít nhất 40 hộ hội viên mở gian hàng trực tuyến trước ngày 31/12/2026"),
        A("Hội Cựu chiến binh xã", None, None,
          "duy trì nhóm Zalo “Cựu chiến binh Thiện Kỳ nói không với tin giả”, kịp thời phản bác thông tin sai trái"),
        A("Đoàn Thanh niên xã", None, "tối thứ Năm hằng tuần",
          "phối hợp với Trường THCS Thiện Kỳ duy trì lớp “Bình dân học vụ số”"),
        A("Trường THCS Thiện Kỳ", "phối hợp", "tối thứ Năm hằng tuần",
          "duy trì lớp “Bình dân học vụ số” vào tối thứ Năm hằng tuần tại Nhà văn hóa thôn Đồng Sậu"),
        A("Ban Tuyên giáo và Dân vận Huyện ủy", None, "trong quý IV/2026",
          "tổ chức tập huấn bổ sung cho thành viên tổ là người cao tuổi trong quý IV/2026"),
        A("Ủy ban nhân dân huyện", None, None,
          "quan tâm hỗ trợ 30 điện thoại thông minh cho hộ nghèo tại thôn Phja Khao và Cốc Xả"),
    ], "intruders": ["Nông Thị Hạnh", "Ban Thường vụ Huyện ủy", "Huyện đoàn Kiên Thới",
                     "Lưu Văn phòng Đảng ủy", "ĐẢNG BỘ HUYỆN KIÊN THỚI"]},

    {"id": "wrk05", "directive": "QĐ 415/QĐ-LĐLĐ", "source": F5, "actors": [
        A("Ban Tuyên giáo - Nữ công Liên đoàn Lao động tỉnh", "thường trực", "trước ngày 20 của tháng cuối quý",
          "quản lý danh sách cộng tác viên, lập nhóm Zalo “Cộng tác viên Công đoàn số”"),
        A("Văn phòng Liên đoàn Lao động tỉnh", None, None,
          "Tham mưu bố trí kinh phí hoạt động của mạng lưới từ nguồn tài chính công đoàn"),
        A("Các Liên đoàn Lao động huyện, thành phố, công đoàn ngành và Công đoàn các Khu công nghiệp tỉnh", None,
          "trước ngày 15/5/2026",
          "Lựa chọn, giới thiệu cộng tác viên và gửi danh sách về Liên đoàn Lao động tỉnh"),
        A("Công đoàn cơ sở", None, None,
          "Công đoàn cơ sở có từ 300 đoàn viên trở lên giới thiệu từ 01 đến 02 cộng tác viên"),
        A("Ban Tuyên giáo và Dân vận Tỉnh ủy", None, "hằng tháng",
          "cung cấp thông tin định hướng hằng tháng cho mạng lưới"),
        A("Hội Cựu chiến binh tỉnh và Ban Thường vụ Tỉnh đoàn", "phối hợp", "ít nhất 01 lần/năm",
          "phối hợp chia sẻ tin, bài; cùng tổ chức diễn đàn “Công nhân - cựu chiến binh - tuổi trẻ với không gian mạng”"),
    ], "intruders": ["Triệu Đức Long", "Quách Văn Đông", "Tổng Liên đoàn Lao động Việt Nam",
                     "Thường trực Tỉnh ủy", "Lưu: VT, TG-NC"]},
]
