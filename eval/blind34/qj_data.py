# -*- coding: utf-8 -*-
"""Questions and who-what gold for blind34 (used by build_qj.py)."""

D1 = "qj01_kh_cds_tinh.docx"
D2 = "qj02_cv_sogddt.txt"
D3 = "qj03_qd_hoithi_huyen.pdf"
D4 = "qj04_tb_bantuyengiao.txt"
D5 = "qj05_bc_xa_tuongvan.md"

_Q = []
_LABEL = {}


def q(text, kind, ev=(), kw=(), ans=True, hist=None, actors=None, label=None):
    row = {
        "id": None,
        "question": text,
        "answerable": ans,
        "kind": kind,
        "evidence": [{"source": s, "quote": t} for s, t in ev],
        "keywords": list(kw),
    }
    if hist:
        row["history"] = [_LABEL[hist]]
    if actors:
        row["actors"] = list(actors)
    _Q.append(row)
    if label:
        _LABEL[label] = text


def u(text, kind="unanswerable", hist=None):
    q(text, kind, ans=False, hist=hist)


# ---------------------------------------------------------------- questions
q("Tổng kinh phí dự kiến để thực hiện kế hoạch phát triển khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số của tỉnh năm 2026 là bao nhiêu?",
  "factoid", [(D1, "Tổng kinh phí thực hiện Kế hoạch năm 2026 dự kiến là 18,6 tỷ đồng")], ["18,6 tỷ đồng"], label="B1")
q("Trong đó ngân sách tỉnh chiếm bao nhiêu?", "follow-up",
  [(D1, "ngân sách tỉnh 12,4 tỷ đồng; nguồn xã hội hóa và các nguồn hợp pháp khác 6,2 tỷ đồng")], ["12,4 tỷ đồng"], hist="B1")
q("Đợt 1 lớp bồi dưỡng kỹ năng số cho giáo viên học ở đâu, từ ngày nào?", "factoid",
  [(D2, "Đợt 1: từ ngày 20/4/2026 đến ngày 25/4/2026, tập trung tại Trường Cao đẳng Sư phạm Thái Sơn")],
  ["20/4/2026", "Trường Cao đẳng Sư phạm Thái Sơn"], label="B2")
q("the con dot 3 thi sao", "follow-up",
  [(D2, "Đợt 3: từ ngày 03/8/2026 đến ngày 08/8/2026, học trực tuyến")], ["03/8/2026", "08/8/2026"], hist="B2")
u("Kinh phí thực hiện Kế hoạch 112/KH-UBND cho năm 2027 được bố trí bao nhiêu?")
q("QĐ 2087/QĐ-UBND của huyện Đức Lương ban hành nội dung gì?", "metadata",
  [(D3, "Ban hành kèm theo Quyết định này Kế hoạch tổ chức Hội thi Sáng tạo kỹ thuật huyện Đức Lương lần thứ III, năm 2026")],
  ["Hội thi Sáng tạo kỹ thuật"])
q("Cuộc giao ban công tác khoa giáo quý I của huyện họp hôm nào, ở đâu?", "factoid",
  [(D4, "Ngày 17/4/2026, tại phòng họp số 2, trụ sở Huyện ủy Đức Lương")], ["17/4/2026", "phòng họp số 2"], label="B3")
q("Ai chủ trì cuộc họp đó?", "follow-up",
  [(D4, "Đồng chí Nguyễn Thị Lan Phương, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Huyện ủy chủ trì")],
  ["Nguyễn Thị Lan Phương"], hist="B3")
q("Tính đến 10/6/2026, xã Tường Vân có bao nhiêu người có tài khoản định danh điện tử mức độ 2?", "factoid",
  [(D5, "| 1 | Người dân có tài khoản định danh điện tử mức độ 2 (người) | 4.170 | 3.586 | 86,0% |")], ["3.586"], label="B4")
q("dat bao nhieu phan tram so voi ke hoach?", "follow-up",
  [(D5, "| 1 | Người dân có tài khoản định danh điện tử mức độ 2 (người) | 4.170 | 3.586 | 86,0% |")], ["86,0%"], hist="B4")
q("Sở KH&CN được giao vai trò gì trong KH 112?", "who-what",
  [(D1, "Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch")],
  ["cơ quan thường trực"], actors=["Sở Khoa học và Công nghệ"])
u("Giải đặc biệt của Cuộc thi Học sinh sáng tạo số được thưởng bao nhiêu tiền?")
q("Hạn chót nộp hồ sơ dự thi Học sinh sáng tạo số là khi nào?", "factoid",
  [(D2, "trước 17 giờ 00 ngày 15/5/2026")], ["15/5/2026"], label="B5")
q("Bản in thì gửi về địa chỉ nào?", "follow-up",
  [(D2, "nộp bản in về Văn phòng Sở (số 14 đường Hùng Vương, phường Đông Tiến, thành phố Thái Sơn)")],
  ["số 14 đường Hùng Vương"], hist="B5")
q("Hội thi sáng tạo kỹ thuật huyện Đức Lương nhận hồ sơ trong khoảng thời gian nào?", "factoid",
  [(D3, "Nhận hồ sơ dự thi: từ ngày 01/6/2026 đến hết ngày 31/8/2026 tại Phòng Kinh tế huyện")],
  ["01/6/2026", "31/8/2026"], label="B6")
q("Nộp trực tiếp thì đến chỗ nào?", "follow-up",
  [(D3, "tầng 2, trụ sở UBND huyện, số 09 đường Nguyễn Trãi, thị trấn Đức Lương")], ["số 09 đường Nguyễn Trãi"], hist="B6")
q("ty le giao vien duoc boi duong ky nang so co ban toi thieu la bao nhieu theo ke hoach cua tinh", "no-diacritics",
  [(D1, "ít nhất 60% giáo viên được bồi dưỡng kỹ năng số cơ bản")], ["60%"])
u("Huyện Mai Xuyên nhận hồ sơ Hội thi Sáng tạo kỹ thuật đến ngày nào?")
q("Hai xã nào chưa kiện toàn tổ công nghệ số cộng đồng?", "factoid",
  [(D4, "còn 02 xã chưa kiện toàn Tổ công nghệ số cộng đồng (xã Phong Dực và xã Mai Xá)")], ["Phong Dực", "Mai Xá"], label="B7")
q("Vậy hạn hoàn thành kiện toàn là khi nào?", "follow-up",
  [(D4, "chỉ đạo hoàn thành kiện toàn Tổ công nghệ số cộng đồng trước ngày 15/5/2026")], ["15/5/2026"], hist="B7")
q("Trường THCS Tường Vân phải làm gì trong 6 tháng cuối năm?", "who-what",
  [(D5, "Trường THCS Tường Vân hoàn thiện, đăng ký ít nhất 02 giải pháp dự Hội thi Sáng tạo kỹ thuật huyện trước ngày 31/8/2026")],
  ["02 giải pháp", "31/8/2026"], actors=["Trường THCS Tường Vân"])
q("Tỉnh hướng tới hỗ trợ bao nhiêu doanh nghiệp nhỏ và vừa đổi mới công nghệ trong năm nay?", "factoid",
  [(D1, "Hỗ trợ ít nhất 30 doanh nghiệp nhỏ và vừa đổi mới công nghệ")], ["30 doanh nghiệp"])
q("Cơ cấu giải mỗi bảng của cuộc thi HS sáng tạo số gồm những giải nào?", "list",
  [(D2, "01 giải Nhất, 02 giải Nhì, 04 giải Ba và 08 giải Khuyến khích")], ["04 giải Ba", "08 giải Khuyến khích"])
u("Công văn 509/SGDĐT-GDTrH của Sở GD&ĐT hướng dẫn nội dung gì?")
q("Giải nhất hội thi sáng tạo kỹ thuật huyện lần thứ III trị giá bao nhiêu?", "factoid",
  [(D3, "01 giải Nhất, trị giá 15.000.000 đồng")], ["15.000.000 đồng"], label="B8")
u("Còn hội thi lần thứ II năm trước thì giải nhất được bao nhiêu?", kind="follow-up", hist="B8")
q("Huyện đoàn phải làm gì theo TB 36?", "who-what",
  [(D4, "Huyện đoàn chủ trì ra quân \"Tháng thanh niên số\" trong tháng 5/2026, huy động ít nhất 300 đoàn viên")],
  ["Tháng thanh niên số", "300 đoàn viên"], actors=["Huyện đoàn"], label="B9")
q("Lễ ra quân tổ chức hôm nào, ở đâu?", "follow-up",
  [(D4, "Ngày 16/5/2026 | Lễ ra quân \"Tháng thanh niên số\" | Sân vận động thị trấn Đức Lương")],
  ["16/5/2026", "Sân vận động thị trấn Đức Lương"], hist="B9")
q("Xã Tường Vân có bao nhiêu hộ và nhân khẩu?", "factoid",
  [(D5, "Xã Tường Vân có 9 thôn, 1.842 hộ với 7.126 nhân khẩu")], ["1.842 hộ", "7.126"])
u("Xã Phong Dực đã có bao nhiêu người có tài khoản định danh điện tử mức độ 2?")
q("Ai ký Kế hoạch 112/KH-UBND của tỉnh?", "metadata",
  [(D1, "PHÓ CHỦ TỊCH (đã ký) Hoàng Minh Tuấn")], ["Hoàng Minh Tuấn"])
q("CV 508 của Sở GD&ĐT ký ngày nào?", "metadata",
  [(D2, "Số: 508/SGDĐT-GDTrH Thái Sơn, ngày 28 tháng 3 năm 2026")], ["28 tháng 3 năm 2026"])
q("Phòng Tài chính - Kế hoạch huyện được giao việc gì cho hội thi, hạn bao giờ?", "who-what",
  [(D3, "Phòng Tài chính - Kế hoạch: Thẩm định dự toán, tham mưu cấp kinh phí tổ chức Hội thi trước ngày 15/5/2026")],
  ["15/5/2026"], actors=["Phòng Tài chính - Kế hoạch"])
q("trung tam y te huyen phan dau bao nhieu % nguoi dan co so suc khoe dien tu", "no-diacritics",
  [(D4, "phấn đấu 70% người dân được tạo lập sổ sức khỏe điện tử trước ngày 30/6/2026")], ["70%"])
q("Sản phẩm nào của Trường THCS Tường Vân đoạt giải ở cuộc thi Học sinh sáng tạo số, giải gì?", "factoid",
  [(D5, "sản phẩm \"Máy tưới rau tự động dùng cảm biến độ ẩm\" của nhóm học sinh lớp 9A đạt giải Ba bảng THCS")],
  ["Máy tưới rau tự động", "giải Ba"])
u("Cuộc giao ban công tác khoa giáo quý II ngày 25/6/2026 đã kết luận những nội dung gì?")
q("Các huyện phải gửi kế hoạch thực hiện KH 112 về Sở KH&CN trước ngày nào?", "abbreviation",
  [(D1, "gửi Sở Khoa học và Công nghệ trước ngày 15/4/2026")], ["15/4/2026"], label="B10")
q("Còn báo cáo kết quả thì bao lâu một lần?", "follow-up",
  [(D1, "định kỳ hằng quý (trước ngày 20 của tháng cuối quý) báo cáo kết quả thực hiện")], ["hằng quý", "ngày 20"], hist="B10")
q("moi truong thpt duoc gui toi da bao nhieu san pham du thi hoc sinh sang tao so", "no-diacritics",
  [(D2, "Mỗi trường THPT gửi tối đa 03 sản phẩm")], ["03 sản phẩm"], label="B11")
q("Còn Phòng GD&ĐT thì được chọn mấy sản phẩm?", "follow-up",
  [(D2, "mỗi Phòng GD&ĐT tuyển chọn tối đa 05 sản phẩm của học sinh THCS")], ["05 sản phẩm"], hist="B11")
q("Hội thi sáng tạo kỹ thuật huyện có mấy lĩnh vực dự thi, là những lĩnh vực nào?", "list",
  [(D3, "Lĩnh vực dự thi gồm 06 lĩnh vực"), (D3, "a) Nông, lâm nghiệp và thủy sản"),
   (D3, "c) Công nghệ thông tin, chuyển đổi số")], ["06 lĩnh vực"])
u("Ban Giám khảo Hội thi Sáng tạo kỹ thuật huyện Đức Lương gồm bao nhiêu thành viên?")
q("Hội Khuyến học huyện được giao nhiệm vụ gì trong quý II?", "who-what",
  [(D4, "Hội Khuyến học huyện rà soát, bổ sung tiêu chí \"gia đình học tập số\""),
   (D4, "trình Ban Thường vụ Hội trước ngày 30/6/2026")],
  ["gia đình học tập số", "30/6/2026"], actors=["Hội Khuyến học huyện"])
q("Công chức VH-XH xã Tường Vân phụ trách việc gì?", "who-what",
  [(D5, "Công chức Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên xã duy trì lớp \"Cả làng học số\" vào tối thứ Bảy hằng tuần")],
  ["Cả làng học số", "tối thứ Bảy"], actors=["Công chức Văn hóa - Xã hội"], label="B12")
q("Thế Hội Nông dân xã?", "follow-up",
  [(D5, "Đề nghị Hội Nông dân xã phối hợp với Hợp tác xã Miến dong Tường Vân đưa thêm 02 sản phẩm OCOP lên sàn thương mại điện tử trước ngày 30/9/2026")],
  ["02 sản phẩm OCOP", "30/9/2026"], hist="B12", actors=["Hội Nông dân xã"])
q("Sở Tài chính có trách nhiệm gì theo kế hoạch của UBND tỉnh?", "who-what",
  [(D1, "Sở Tài chính có trách nhiệm tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách tỉnh")],
  ["bố trí kinh phí"], actors=["Sở Tài chính"])
u("kh 112 giao so y te lam gi")
q("Trường CĐSP Thái Sơn phải chuẩn bị gì cho lớp bồi dưỡng?", "who-what",
  [(D2, "Trường Cao đẳng Sư phạm Thái Sơn bố trí hội trường, phòng máy và chỗ ở cho học viên Đợt 1")],
  ["phòng máy", "chỗ ở"], actors=["Trường Cao đẳng Sư phạm Thái Sơn"])
q("Tổng kinh phí tổ chức hội thi sáng tạo kỹ thuật huyện lần III là bao nhiêu?", "factoid",
  [(D3, "Tổng kinh phí tổ chức Hội thi là 120.000.000 đồng")], ["120.000.000 đồng"], label="B13")
q("Bao nhiêu trong đó dành cho giải thưởng?", "follow-up",
  [(D3, "trong đó chi giải thưởng 63.000.000 đồng")], ["63.000.000 đồng"], hist="B13")
q("Quý I BTG Huyện ủy đã quán triệt CTr 45 cho bao nhiêu lượt cán bộ, đảng viên?", "abbreviation",
  [(D4, "quán triệt Chương trình hành động số 45-CTr/TU của Tỉnh ủy cho 1.150 lượt cán bộ, đảng viên")], ["1.150"])
u("Lễ ra quân Tháng thanh niên số bắt đầu lúc mấy giờ?")
q("so ho so thu tuc hanh chinh tiep nhan truc tuyen o xa tuong van dat bao nhieu", "no-diacritics",
  [(D5, "| 2 | Hồ sơ thủ tục hành chính tiếp nhận trực tuyến (hồ sơ) | 1.200 | 702 | 58,5% |")], ["702", "58,5%"])
q("Chuyên mục truyền hình về chuyển đổi số của tỉnh tên gì, phát bao lâu một lần?", "factoid",
  [(D1, "xây dựng chuyên mục \"Thái Sơn số\" phát sóng định kỳ hằng tuần trên Đài Phát thanh và Truyền hình tỉnh")],
  ["Thái Sơn số", "hằng tuần"])
q("Toàn tỉnh dự kiến bồi dưỡng kỹ năng số cho tổng cộng bao nhiêu người?", "factoid",
  [(D2, "Tổng số dự kiến toàn tỉnh là 2.400 người, chia thành 03 đợt")], ["2.400"])
u("Mức hỗ trợ tiền ăn cho học viên Đợt 1 lớp bồi dưỡng kỹ năng số là bao nhiêu đồng một ngày?")
q("Huyện đoàn, Hội ND và LĐLĐ huyện mỗi đơn vị phải giới thiệu bao nhiêu giải pháp dự hội thi?", "who-what",
  [(D3, "Huyện đoàn, Hội Nông dân huyện, Liên đoàn Lao động huyện mỗi đơn vị giới thiệu ít nhất 02 giải pháp dự thi")],
  ["02 giải pháp"], actors=["Huyện đoàn", "Hội Nông dân huyện", "Liên đoàn Lao động huyện"])
q("Mấy giờ họp hội nghị báo cáo viên chuyên đề tháng 5?", "factoid",
  [(D4, "8 giờ 00, ngày 07/5/2026 | Hội nghị báo cáo viên chuyên đề")], ["8 giờ 00", "07/5/2026"], label="B14")
u("Báo cáo viên là ai vậy?", kind="follow-up", hist="B14")
q("Xã Tường Vân kiến nghị huyện hỗ trợ bao nhiêu tiền và để làm gì?", "factoid",
  [(D5, "hỗ trợ 50 triệu đồng mua 10 máy tính bảng cho Tổ công nghệ số cộng đồng")], ["50 triệu đồng", "10 máy tính bảng"])
u("kinh phi to chuc techfest thai son 2026 la bao nhieu")
q("han hoan thanh ket noi internet cap quang cho cac truong thcs thpt", "no-diacritics",
  [(D1, "hoàn thành kết nối Internet cáp quang cho các trường THCS, THPT trước ngày 31/8/2026")], ["31/8/2026"])
q("Vướng mắc khi triển khai KH 112 thì liên hệ ai?", "factoid",
  [(D1, "đầu mối: bà Lương Thị Hạnh, Phó Trưởng phòng Quản lý công nghệ và Đổi mới sáng tạo")], ["Lương Thị Hạnh"], label="B15")
q("Cho xin số điện thoại của chị ấy", "follow-up",
  [(D1, "điện thoại 0207.3852.416, e-mail: hanhlt.skhcn@thaison.gov.vn")], ["0207.3852.416"], hist="B15")
q("lien he ai de hoi thong tin ve cong van 508 cua so gd", "no-diacritics",
  [(D2, "liên hệ ông Phạm Đức Khải, chuyên viên Phòng Giáo dục Trung học, điện thoại 0912.447.305")],
  ["Phạm Đức Khải", "0912.447.305"])
q("Ai ký quyết định ban hành kế hoạch hội thi sáng tạo kỹ thuật huyện Đức Lương?", "metadata",
  [(D3, "CHỦ TỊCH (đã ký) Bế Quang Toản")], ["Bế Quang Toản"])
q("TB 36-TB/BTGHU ban hành ngày nào?", "metadata",
  [(D4, "Đức Lương, ngày 20 tháng 4 năm 2026")], ["20 tháng 4 năm 2026"])
q("Báo cáo 74/BC-UBND của xã Tường Vân do ai ký?", "metadata",
  [(D5, "CHỦ TỊCH (đã ký) Nông Thị Duyên")], ["Nông Thị Duyên"])
u("hoi thi sang tao ky thuat huyen duc luong lan thu II to chuc nam nao")
q("ty le dung dich vu cong truc tuyen toan trinh cua huyen quy 1 moi dat bao nhieu", "no-diacritics",
  [(D4, "dịch vụ công trực tuyến toàn trình mới đạt 41%")], ["41%"])
q("Phòng Văn hóa - Thông tin huyện được giao gì trong kế hoạch hội thi?", "who-what",
  [(D3, "Phòng Văn hóa - Thông tin: Chủ trì, phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao huyện tuyên truyền về Hội thi"),
   (D3, "ít nhất 02 tin, bài mỗi tháng trong thời gian phát động")],
  ["02 tin, bài"], actors=["Phòng Văn hóa - Thông tin"])
q("Tỉnh Đoàn được Sở GD&ĐT đề nghị phối hợp việc gì?", "who-what",
  [(D2, "Đề nghị Tỉnh Đoàn Thái Sơn phối hợp phát động cuộc thi trong đoàn viên, học sinh và cử đại diện tham gia Ban Giám khảo")],
  ["Ban Giám khảo"], actors=["Tỉnh Đoàn Thái Sơn"])
u("Trường THPT chuyên Thái Sơn có bao nhiêu sản phẩm đạt giải cuộc thi Học sinh sáng tạo số?")
q("thon nao o tuong van chua co song 4g", "no-diacritics",
  [(D5, "sóng 4G chưa phủ đến thôn Nặm Dìn")], ["Nặm Dìn"])
q("Tổ CNSCĐ của xã Tường Vân có bao nhiêu thành viên?", "abbreviation",
  [(D5, "đủ 9 tổ ở 9 thôn với 47 thành viên")], ["47 thành viên"])
q("Đảng ủy các xã, thị trấn phải làm gì theo thông báo kết luận giao ban quý I?", "who-what",
  [(D4, "Đảng ủy các xã, thị trấn chỉ đạo đưa nội dung chuyển đổi số vào sinh hoạt chi bộ định kỳ ít nhất 01 lần trong quý II")],
  ["sinh hoạt chi bộ"], actors=["Đảng ủy các xã, thị trấn"])
u("Tỉnh Thái Sơn đặt chỉ tiêu bao nhiêu phần trăm người dân có chữ ký số cá nhân trong năm 2026?")
q("Ai làm trưởng ban tổ chức hội thi sáng tạo kỹ thuật huyện?", "factoid",
  [(D3, "do đồng chí Phó Chủ tịch UBND huyện phụ trách khối văn hóa - xã hội làm Trưởng ban")], ["Phó Chủ tịch UBND huyện"])
q("nhom tac gia du thi hoi thi sang tao ky thuat toi da may nguoi", "no-diacritics",
  [(D3, "tác giả hoặc nhóm tác giả không quá 05 người")], ["05 người"])
q("UBND các huyện, thành phố chịu trách nhiệm gì với phong trào Cả làng học số?", "who-what",
  [(D1, "Triển khai phong trào \"Cả làng học số\" tại thôn, tổ dân phố"), (D1, "UBND các huyện, thành phố"),
   (D1, "Thường xuyên; sơ kết trước ngày 15/11/2026")],
  ["15/11/2026"], actors=["UBND các huyện, thành phố"])
q("MTTQ tỉnh được đề nghị tham gia việc gì trong KH 112?", "abbreviation",
  [(D1, "đề nghị Ủy ban MTTQ Việt Nam tỉnh, Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh vận động đoàn viên, hội viên tham gia phong trào \"Cả làng học số\"")],
  ["Cả làng học số"], actors=["Ủy ban MTTQ Việt Nam tỉnh"])
q("Chung khảo và trưng bày sản phẩm cuộc thi HS sáng tạo số tổ chức ngày nào, ở đâu?", "abbreviation",
  [(D2, "Vòng chung khảo và trưng bày sản phẩm tổ chức ngày 06/6/2026 tại Nhà Văn hóa Thiếu nhi tỉnh")],
  ["06/6/2026", "Nhà Văn hóa Thiếu nhi tỉnh"])
u("TB 37-TB/BTGHU của Ban Tuyên giáo Huyện ủy thông báo nội dung gì?")
q("Buổi sinh hoạt chuyên đề an toàn cho trẻ em trên không gian mạng tổ chức ở trường THCS nào?", "factoid",
  [(D4, "Sinh hoạt chuyên đề \"An toàn cho trẻ em trên không gian mạng\" | Trường THCS Quỳnh Bôi")], ["Trường THCS Quỳnh Bôi"])
q("Dự kiến trao giải hội thi sáng tạo kỹ thuật huyện vào ngày nào?", "factoid",
  [(D3, "Tổng kết, trao giải: dự kiến ngày 30/10/2026 tại Hội trường Trung tâm Văn hóa, Thông tin và Thể thao huyện")],
  ["30/10/2026"])
q("thon nao dan dau phong trao ca lang hoc so o tuong van", "no-diacritics",
  [(D5, "thôn Pò Háng dẫn đầu với 236 lượt người tham gia")], ["Pò Háng", "236"])
u("Mức phụ cấp hằng tháng cho thành viên Tổ công nghệ số cộng đồng xã Tường Vân là bao nhiêu?")
q("Học bạ số với học sinh lớp 10 bắt đầu từ năm học nào?", "factoid",
  [(D2, "triển khai học bạ số đối với học sinh lớp 10 từ năm học 2026 - 2027")], ["2026 - 2027"])
q("Phòng Kế hoạch - Tài chính của Sở GD&ĐT lo phần việc gì?", "who-what",
  [(D2, "Phòng Kế hoạch - Tài chính của Sở bảo đảm kinh phí tổ chức lớp bồi dưỡng và giải thưởng cuộc thi")],
  ["kinh phí tổ chức lớp bồi dưỡng"], actors=["Phòng Kế hoạch - Tài chính"])
q("Ban Tuyên giáo và Dân vận Tỉnh ủy được đề nghị làm gì?", "who-what",
  [(D1, "Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy định hướng công tác tuyên truyền")],
  ["định hướng công tác tuyên truyền"], actors=["Ban Tuyên giáo và Dân vận Tỉnh ủy"])
u("Quyết định số 1905/QĐ-UBND năm 2023 quy định cơ cấu giải thưởng của hội thi tỉnh ra sao?")
q("Báo cáo kết quả quý II gửi cho ai ở Ban Tuyên giáo, hạn ngày nào?", "factoid",
  [(D4, "qua đồng chí Triệu Thị Mến, chuyên viên, điện thoại 0974.315.268) trước ngày 22/6/2026")],
  ["Triệu Thị Mến", "22/6/2026"])
q("Chuyên trang chuyển đổi số trên cổng TTĐT huyện tên là gì?", "abbreviation",
  [(D4, "xây dựng chuyên trang \"Đức Lương chuyển đổi số\" trên Cổng thông tin điện tử huyện")], ["Đức Lương chuyển đổi số"])
q("so dien thoai lien he phong kinh te ve hoi thi sang tao ky thuat", "no-diacritics",
  [(D3, "ông Đàm Văn Thiện, Phó Trưởng phòng Kinh tế huyện, điện thoại 0986.230.517")], ["Đàm Văn Thiện", "0986.230.517"])
u("Xã Mai Xá đã đưa được bao nhiêu sản phẩm OCOP lên sàn thương mại điện tử?")
q("Báo cáo của xã Tường Vân căn cứ vào văn bản nào của Ban Tuyên giáo Huyện ủy?", "metadata",
  [(D5, "Thông báo số 36-TB/BTGHU ngày 20/4/2026 của Ban Tuyên giáo Huyện ủy")], ["36-TB/BTGHU"])
q("Trong các văn bản hiện có, những văn bản nào triển khai hoặc căn cứ Kế hoạch 112/KH-UBND của UBND tỉnh?", "corpus",
  [(D2, "Thực hiện Kế hoạch số 112/KH-UBND ngày 14/3/2026 của Ủy ban nhân dân tỉnh Thái Sơn"),
   (D3, "Căn cứ Kế hoạch số 112/KH-UBND ngày 14/3/2026 của UBND tỉnh Thái Sơn"),
   (D5, "Thực hiện Kế hoạch số 112/KH-UBND ngày 14/3/2026 của UBND tỉnh")],
  ["508/SGDĐT-GDTrH", "2087/QĐ-UBND", "74/BC-UBND"])
q("Có bao nhiêu văn bản do cấp huyện ban hành, đó là những văn bản nào?", "corpus",
  [(D3, "Quyết định số 2087/QĐ-UBND ngày 08/4/2026 của Chủ tịch UBND huyện Đức Lương"),
   (D4, "Ban Tuyên giáo Huyện ủy thông báo để các cơ quan, đơn vị biết, thực hiện")],
  ["2087/QĐ-UBND", "36-TB/BTGHU"])
q("Văn bản nào có nhắc tới Cuộc thi Học sinh sáng tạo số?", "corpus",
  [(D1, "tổ chức Cuộc thi \"Học sinh sáng tạo số\" năm học 2025 - 2026"),
   (D2, "Cuộc thi \"Học sinh sáng tạo số\" năm học 2025 - 2026"),
   (D4, "hưởng ứng Cuộc thi \"Học sinh sáng tạo số\" theo Công văn số 508/SGDĐT-GDTrH"),
   (D5, "Trường THCS Tường Vân gửi 02 sản phẩm dự Cuộc thi \"Học sinh sáng tạo số\" cấp tỉnh")],
  ["508/SGDĐT-GDTrH", "36-TB/BTGHU", "74/BC-UBND"])
q("co bao nhieu van ban noi ve to cong nghe so cong dong", "corpus",
  [(D1, "Mỗi xã, phường, thị trấn duy trì ít nhất 01 Tổ công nghệ số cộng đồng hoạt động thực chất"),
   (D4, "12/14 xã, thị trấn đã thành lập Tổ công nghệ số cộng đồng"),
   (D5, "hỗ trợ 50 triệu đồng mua 10 máy tính bảng cho Tổ công nghệ số cộng đồng")],
  ["112/KH-UBND", "36-TB/BTGHU", "74/BC-UBND"])
q("Những văn bản nào được ban hành trong tháng 4/2026?", "corpus",
  [(D3, "Đức Lương, ngày 08 tháng 4 năm 2026"), (D4, "Đức Lương, ngày 20 tháng 4 năm 2026")],
  ["2087/QĐ-UBND", "36-TB/BTGHU"])
q("KH 112 đặt chỉ tiêu xử lý hồ sơ công việc trên môi trường mạng ở từng cấp thế nào?", "list",
  [(D1, "100% hồ sơ công việc tại cấp tỉnh, 90% tại cấp huyện và 75% tại cấp xã được xử lý trên môi trường mạng")],
  ["90%", "75%"])
q("danh sach hoc vien di boi duong ky nang so gui so truoc ngay nao", "no-diacritics",
  [(D2, "gửi về Sở (qua Phòng Giáo dục Trung học) trước ngày 10/4/2026")], ["10/4/2026"])
q("Giải pháp phải được áp dụng từ thời điểm nào trở đi thì mới được dự hội thi huyện?", "factoid",
  [(D3, "từ ngày 01/01/2023 đến ngày nộp hồ sơ")], ["01/01/2023"])
q("Xã Tường Vân còn những hạn chế gì trong CĐS 6 tháng đầu năm?", "list",
  [(D5, "sóng 4G chưa phủ đến thôn Nặm Dìn; kinh phí hoạt động của Tổ công nghệ số cộng đồng còn hạn chế")],
  ["Nặm Dìn"])
u("Hạn nộp hồ sơ Hội thi Sáng tạo kỹ thuật tỉnh Thái Sơn lần thứ IX là khi nào?")
q("Kế hoạch phát triển KH, CN, ĐMST và CĐS năm 2026 của UBND tỉnh số mấy, ban hành ngày nào?", "metadata",
  [(D1, "Thái Sơn, ngày 14 tháng 3 năm 2026"), (D1, "ỦY BAN NHÂN DÂN TỈNH THÁI SƠN Số: 112/KH-UBND")],
  ["112/KH-UBND", "14 tháng 3 năm 2026"])
q("KH 112 căn cứ chương trình hành động nào của Tỉnh ủy?", "abbreviation",
  [(D1, "Căn cứ Chương trình hành động số 45-CTr/TU ngày 20/02/2026")], ["45-CTr/TU"])
u("giai nhi cuoc thi hoc sinh sang tao so bang tieu hoc duoc thuong bao nhieu")
u("Phòng GD&ĐT huyện Đức Lương đã gửi bao nhiêu sản phẩm THCS dự Cuộc thi Học sinh sáng tạo số?")
u("Ngày hội Techfest Thái Sơn 2025 có bao nhiêu gian hàng tham gia?")
u("Hội Khuyến học tỉnh Thái Sơn được giao nhiệm vụ gì trong KH 112?")
u("Trường nào đoạt giải Nhất bảng THPT Cuộc thi Học sinh sáng tạo số?")


def questions():
    for i, row in enumerate(_Q, 1):
        row["id"] = "qj%03d" % i
    return _Q


# ---------------------------------------------------------------- who-what
def A(name, role, deadline, task):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": task}


WHO_WHAT = [
    {"id": "wqj01", "directive": "KH 112/KH-UBND", "source": D1, "actors": [
        A("Sở Khoa học và Công nghệ", "thường trực", "trước ngày 15/12/2026",
          "Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch"),
        A("Sở Khoa học và Công nghệ", "chủ trì", "Quý III/2026",
          "Xây dựng Đề án phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh giai đoạn 2026 - 2030"),
        A("Sở Tài chính", "phối hợp", "Quý III/2026",
          "Xây dựng Đề án phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh giai đoạn 2026 - 2030"),
        A("Sở Nội vụ", "phối hợp", "Quý III/2026",
          "Xây dựng Đề án phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh giai đoạn 2026 - 2030"),
        A("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "phối hợp", "Quý III/2026",
          "Xây dựng Đề án phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh giai đoạn 2026 - 2030"),
        A("Sở Khoa học và Công nghệ", "chủ trì", "Trước ngày 30/9/2026",
          "Nâng cấp Trung tâm dữ liệu tỉnh; kết nối Hệ thống thông tin giải quyết thủ tục hành chính với cơ sở dữ liệu quốc gia về dân cư"),
        A("Công an tỉnh", "phối hợp", "Trước ngày 30/9/2026",
          "Nâng cấp Trung tâm dữ liệu tỉnh; kết nối Hệ thống thông tin giải quyết thủ tục hành chính với cơ sở dữ liệu quốc gia về dân cư"),
        A("Văn phòng UBND tỉnh", "phối hợp", "Trước ngày 30/9/2026",
          "Nâng cấp Trung tâm dữ liệu tỉnh; kết nối Hệ thống thông tin giải quyết thủ tục hành chính với cơ sở dữ liệu quốc gia về dân cư"),
        A("Sở Giáo dục và Đào tạo", "chủ trì", "Tháng 12/2026",
          "Bồi dưỡng kỹ năng số cho giáo viên, cán bộ quản lý giáo dục"),
        A("Sở Giáo dục và Đào tạo", "chủ trì", "trước ngày 31/8/2026",
          "Sở Giáo dục và Đào tạo chủ trì hướng dẫn các cơ sở giáo dục triển khai bồi dưỡng kỹ năng số cho giáo viên"),
        A("Sở Khoa học và Công nghệ", "chủ trì", "Tháng 10/2026, tại thành phố Thái Sơn",
          "Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo (Techfest Thái Sơn 2026)"),
        A("Tỉnh Đoàn", "phối hợp", "Tháng 10/2026, tại thành phố Thái Sơn",
          "Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo (Techfest Thái Sơn 2026)"),
        A("Hội Liên hiệp Phụ nữ tỉnh", "phối hợp", "Tháng 10/2026, tại thành phố Thái Sơn",
          "Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo (Techfest Thái Sơn 2026)"),
        A("UBND các huyện, thành phố", "chủ trì", "Thường xuyên; sơ kết trước ngày 15/11/2026",
          "Triển khai phong trào \"Cả làng học số\" tại thôn, tổ dân phố"),
        A("Ủy ban MTTQ Việt Nam tỉnh", "phối hợp", "Thường xuyên; sơ kết trước ngày 15/11/2026",
          "Triển khai phong trào \"Cả làng học số\" tại thôn, tổ dân phố"),
        A("Sở Văn hóa, Thể thao và Du lịch", "chủ trì", "Định kỳ hằng quý",
          "Xây dựng chuyên mục \"Thái Sơn số\"; tuyên truyền về Kế hoạch trên báo chí"),
        A("Đài Phát thanh và Truyền hình tỉnh", "phối hợp", "Định kỳ hằng quý",
          "Xây dựng chuyên mục \"Thái Sơn số\"; tuyên truyền về Kế hoạch trên báo chí"),
        A("Báo Thái Sơn", "phối hợp", "Định kỳ hằng quý",
          "Xây dựng chuyên mục \"Thái Sơn số\"; tuyên truyền về Kế hoạch trên báo chí"),
        A("Sở Tài chính", None, None,
          "Sở Tài chính có trách nhiệm tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách tỉnh"),
        A("Sở Văn hóa, Thể thao và Du lịch", None, None,
          "Sở Văn hóa, Thể thao và Du lịch chỉ đạo các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền thường xuyên"),
        A("UBND các huyện, thành phố", None, "trước ngày 15/4/2026",
          "UBND các huyện, thành phố xây dựng kế hoạch thực hiện tại địa phương, gửi Sở Khoa học và Công nghệ trước ngày 15/4/2026"),
        A("Ban Tuyên giáo và Dân vận Tỉnh ủy", None, None,
          "Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy định hướng công tác tuyên truyền"),
        A("Ủy ban MTTQ Việt Nam tỉnh, Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh", None, None,
          "vận động đoàn viên, hội viên tham gia phong trào \"Cả làng học số\""),
        A("Các sở, ban, ngành và UBND các huyện, thành phố", None, None,
          "xác định đây là nhiệm vụ trọng tâm; người đứng đầu trực tiếp chỉ đạo và chịu trách nhiệm về kết quả thực hiện"),
        A("Các cơ quan, đơn vị", None, "trước ngày 30/4/2026",
          "Các cơ quan, đơn vị lập dự toán chi tiết gửi Sở Tài chính thẩm định trước ngày 30/4/2026"),
    ], "intruders": ["Hoàng Minh Tuấn", "Bộ Khoa học và Công nghệ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh",
                     "Chủ tịch, các PCT UBND tỉnh", "Lưu: VT, KGVX", "Bộ Chính trị",
                     "Ban Chấp hành Đảng bộ tỉnh Thái Sơn", "Lương Thị Hạnh"]},

    {"id": "wqj02", "directive": "CV 508/SGDĐT-GDTrH", "source": D2, "actors": [
        A("Phòng GD&ĐT các huyện, thành phố và các trường THPT", None, "trước ngày 10/4/2026",
          "lập danh sách học viên theo mẫu gửi kèm, gửi về Sở (qua Phòng Giáo dục Trung học) trước ngày 10/4/2026"),
        A("đơn vị cử người đi học", None, None,
          "Kinh phí ăn, nghỉ của học viên Đợt 1 do đơn vị cử người đi học chi trả"),
        A("trường THPT", None, "trước 17 giờ 00 ngày 15/5/2026",
          "Mỗi trường THPT gửi tối đa 03 sản phẩm"),
        A("Phòng GD&ĐT", None, "trước 17 giờ 00 ngày 15/5/2026",
          "mỗi Phòng GD&ĐT tuyển chọn tối đa 05 sản phẩm của học sinh THCS gửi về Sở"),
        A("cơ sở giáo dục", None, "trước ngày 30/5/2026",
          "100% cơ sở giáo dục cập nhật đầy đủ, chính xác dữ liệu học sinh, giáo viên trên cơ sở dữ liệu ngành"),
        A("Các trường THPT", None, "từ năm học 2026 - 2027",
          "Các trường THPT triển khai học bạ số đối với học sinh lớp 10"),
        A("Phòng GD&ĐT", None, None,
          "Phòng GD&ĐT chỉ đạo thí điểm học bạ số tại ít nhất 02 trường THCS mỗi huyện"),
        A("Phòng Giáo dục Trung học", None, None,
          "Phòng Giáo dục Trung học là đầu mối tham mưu, theo dõi việc triển khai Công văn này"),
        A("Phòng Kế hoạch - Tài chính", None, None,
          "Phòng Kế hoạch - Tài chính của Sở bảo đảm kinh phí tổ chức lớp bồi dưỡng và giải thưởng cuộc thi"),
        A("Trường Cao đẳng Sư phạm Thái Sơn", None, None,
          "Trường Cao đẳng Sư phạm Thái Sơn bố trí hội trường, phòng máy và chỗ ở cho học viên Đợt 1"),
        A("Tỉnh Đoàn Thái Sơn", "phối hợp", None,
          "Đề nghị Tỉnh Đoàn Thái Sơn phối hợp phát động cuộc thi trong đoàn viên, học sinh và cử đại diện tham gia Ban Giám khảo"),
        A("Các đơn vị", None, "trước ngày 20/6/2026",
          "Các đơn vị báo cáo kết quả thực hiện các nội dung tại Công văn này về Sở trước ngày 20/6/2026"),
    ], "intruders": ["Vũ Thị Thu Hường", "UBND tỉnh (để b/c)", "Sở KH&CN (để p/h)", "Giám đốc, các PGĐ Sở",
                     "Lưu: VT, GDTrH", "Phạm Đức Khải"]},

    {"id": "wqj03", "directive": "QĐ 2087/QĐ-UBND", "source": D3, "actors": [
        A("Chánh Văn phòng HĐND và UBND huyện", None, None,
          "các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này"),
        A("Phòng Kinh tế", "thường trực", None,
          "Phòng Kinh tế là cơ quan thường trực của Hội thi"),
        A("Phòng Kinh tế", "chủ trì", "trước ngày 15/11/2026",
          "Phòng Kinh tế: Chủ trì, tham mưu thành lập Ban Tổ chức, Ban Giám khảo; xây dựng thể lệ, mẫu hồ sơ; tiếp nhận hồ sơ"),
        A("Phòng Văn hóa - Thông tin", "chủ trì", None,
          "Phòng Văn hóa - Thông tin: Chủ trì, phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao huyện tuyên truyền về Hội thi"),
        A("Trung tâm Văn hóa, Thông tin và Thể thao huyện", "phối hợp", None,
          "Phòng Văn hóa - Thông tin: Chủ trì, phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao huyện tuyên truyền về Hội thi"),
        A("Phòng Giáo dục và Đào tạo", None, None,
          "Phòng Giáo dục và Đào tạo: Vận động cán bộ quản lý, giáo viên, học sinh các trường THCS tham gia Hội thi"),
        A("Phòng Tài chính - Kế hoạch", None, "trước ngày 15/5/2026",
          "Phòng Tài chính - Kế hoạch: Thẩm định dự toán, tham mưu cấp kinh phí tổ chức Hội thi trước ngày 15/5/2026"),
        A("Các phòng, ban, ngành, Mặt trận và đoàn thể huyện", None, None,
          "Các phòng, ban, ngành, Mặt trận và đoàn thể huyện: Tuyên truyền, vận động cán bộ, đoàn viên, hội viên tích cực tham gia Hội thi"),
        A("Huyện đoàn", None, None,
          "Huyện đoàn, Hội Nông dân huyện, Liên đoàn Lao động huyện mỗi đơn vị giới thiệu ít nhất 02 giải pháp dự thi"),
        A("Hội Nông dân huyện", None, None,
          "Huyện đoàn, Hội Nông dân huyện, Liên đoàn Lao động huyện mỗi đơn vị giới thiệu ít nhất 02 giải pháp dự thi"),
        A("Liên đoàn Lao động huyện", None, None,
          "Huyện đoàn, Hội Nông dân huyện, Liên đoàn Lao động huyện mỗi đơn vị giới thiệu ít nhất 02 giải pháp dự thi"),
        A("UBND các xã, thị trấn", None, None,
          "UBND các xã, thị trấn: Phổ biến Hội thi đến thôn, tổ dân phố; hướng dẫn người dân hoàn thiện hồ sơ"),
    ], "intruders": ["Bế Quang Toản", "Sở KH&CN tỉnh (b/c)", "Liên hiệp các Hội KH&KT tỉnh (b/c)",
                     "TT Huyện ủy, TT HĐND huyện", "CT, các PCT UBND huyện", "Lưu: VT, KT", "Đàm Văn Thiện"]},

    {"id": "wqj04", "directive": "TB 36-TB/BTGHU", "source": D4, "actors": [
        A("Đảng ủy xã Phong Dực và Đảng ủy xã Mai Xá", None, "trước ngày 15/5/2026",
          "chỉ đạo hoàn thành kiện toàn Tổ công nghệ số cộng đồng trước ngày 15/5/2026"),
        A("Phòng Văn hóa - Thông tin", "chủ trì", "trước ngày 31/5/2026",
          "xây dựng chuyên trang \"Đức Lương chuyển đổi số\" trên Cổng thông tin điện tử huyện"),
        A("Trung tâm Văn hóa, Thông tin và Thể thao huyện", "phối hợp", "trước ngày 31/5/2026",
          "Phòng Văn hóa - Thông tin phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao huyện xây dựng chuyên trang"),
        A("Phòng Giáo dục và Đào tạo", None, None,
          "Phòng Giáo dục và Đào tạo chỉ đạo các trường THCS hưởng ứng Cuộc thi \"Học sinh sáng tạo số\""),
        A("Huyện đoàn", "chủ trì", "trong tháng 5/2026",
          "Huyện đoàn chủ trì ra quân \"Tháng thanh niên số\" trong tháng 5/2026, huy động ít nhất 300 đoàn viên"),
        A("Hội Khuyến học huyện", None, "trước ngày 30/6/2026",
          "Hội Khuyến học huyện rà soát, bổ sung tiêu chí \"gia đình học tập số\""),
        A("Trung tâm Y tế huyện", "phối hợp", "trước ngày 30/6/2026",
          "Trung tâm Y tế huyện phối hợp tuyên truyền về sổ sức khỏe điện tử"),
        A("Đảng ủy các xã, thị trấn", None, "định kỳ hằng quý, trước ngày 25 của tháng cuối quý",
          "Đảng ủy các xã, thị trấn chỉ đạo đưa nội dung chuyển đổi số vào sinh hoạt chi bộ định kỳ ít nhất 01 lần trong quý II"),
        A("Ban Tuyên giáo Huyện ủy", None, "8 giờ 00, ngày 07/5/2026",
          "Hội nghị báo cáo viên chuyên đề \"Khoa học, công nghệ - động lực phát triển\""),
        A("Hội Nông dân huyện, Phòng Kinh tế", None, "Ngày 28/5/2026",
          "Tọa đàm \"Nông dân với sàn thương mại điện tử\" | Hội trường UBND xã Tường Vân"),
        A("Phòng Giáo dục và Đào tạo, Huyện đoàn", None, "14 giờ 00, ngày 11/6/2026",
          "Sinh hoạt chuyên đề \"An toàn cho trẻ em trên không gian mạng\""),
        A("Các cơ quan, đơn vị có tên tại Thông báo này", None, "trước ngày 22/6/2026",
          "Các cơ quan, đơn vị có tên tại Thông báo này có trách nhiệm triển khai thực hiện, báo cáo kết quả quý II"),
    ], "intruders": ["Hoàng Văn Quyết", "Nguyễn Thị Lan Phương", "Thường trực Huyện ủy (b/c)",
                     "Các cơ quan, đơn vị dự họp", "Lưu: BTGHU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Triệu Thị Mến"]},

    {"id": "wqj05", "directive": "BC 74/BC-UBND", "source": D5, "actors": [
        A("Công chức Văn hóa - Xã hội", "chủ trì", "trước ngày 30/11/2026",
          "Công chức Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên xã duy trì lớp \"Cả làng học số\""),
        A("Đoàn Thanh niên xã", "phối hợp", "trước ngày 30/11/2026",
          "Công chức Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên xã duy trì lớp \"Cả làng học số\""),
        A("Bộ phận Một cửa xã", None, None,
          "Bộ phận Một cửa xã có trách nhiệm hướng dẫn 100% người dân đến giao dịch nộp hồ sơ trực tuyến"),
        A("Hội Nông dân xã", "phối hợp", "trước ngày 30/9/2026",
          "Đề nghị Hội Nông dân xã phối hợp với Hợp tác xã Miến dong Tường Vân đưa thêm 02 sản phẩm OCOP lên sàn thương mại điện tử"),
        A("Hợp tác xã Miến dong Tường Vân", None, "trước ngày 30/9/2026",
          "Đề nghị Hội Nông dân xã phối hợp với Hợp tác xã Miến dong Tường Vân đưa thêm 02 sản phẩm OCOP lên sàn thương mại điện tử"),
        A("Trường THCS Tường Vân", None, "trước ngày 31/8/2026",
          "Trường THCS Tường Vân hoàn thiện, đăng ký ít nhất 02 giải pháp dự Hội thi Sáng tạo kỹ thuật huyện"),
        A("Hội Liên hiệp Phụ nữ xã", None, "trong năm 2026",
          "Hội Liên hiệp Phụ nữ xã vận động hội viên là tiểu thương, hộ kinh doanh sử dụng thanh toán không dùng tiền mặt"),
        A("UBND huyện Đức Lương", None, None,
          "Đề nghị UBND huyện Đức Lương hỗ trợ 50 triệu đồng mua 10 máy tính bảng cho Tổ công nghệ số cộng đồng"),
        A("doanh nghiệp viễn thông trên địa bàn", None, "trong năm 2026",
          "Đề nghị doanh nghiệp viễn thông trên địa bàn lắp đặt trạm phát sóng 4G tại thôn Nặm Dìn"),
    ], "intruders": ["Nông Thị Duyên", "Ma Thị Thoa", "Phòng Văn hóa - Thông tin huyện", "Đảng ủy xã, TT HĐND xã",
                     "Lưu: VP"]},
]


def who_what():
    return WHO_WHAT
