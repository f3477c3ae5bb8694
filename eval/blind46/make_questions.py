# -*- coding: utf-8 -*-
"""Write questions.jsonl and who_what.jsonl for eval set blind46 (all invented)."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
D1, D2, D3, D4, D5 = ("qv01_khcds.docx", "qv02_cv_gddt.txt", "qv03_qd_xichtho.pdf",
                      "qv04_bc_tuyengiao.md", "qv05_tb_raonay.txt")

QS = []


def q(question, kind, ev=None, kw=None, history=None, actors=None, answerable=True):
    o = {"id": "qv%03d" % (len(QS) + 1), "question": question, "answerable": answerable,
         "kind": kind,
         "evidence": [{"source": s, "quote": t} for s, t in (ev or [])],
         "keywords": kw or []}
    if history:
        o["history"] = [history]
    if actors:
        o["actors"] = actors
    QS.append(o)
    return question


def u(question, history=None, kind="unanswerable"):
    return q(question, kind, answerable=False, history=history)


# ---------------- qv01: KH 42/KH-UBND (tỉnh) ----------------
q("Năm 2026 tỉnh đặt mục tiêu bao nhiêu phần trăm hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình?", "factoid",
  [(D1, "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến toàn trình đạt từ 65% trở lên")], ["65%"])
h = q("Tổng kinh phí kế hoạch KH&CN, chuyển đổi số của tỉnh năm 2026 là bao nhiêu, ngân sách tỉnh chi bao nhiêu?", "factoid",
      [(D1, "Tổng kinh phí dự kiến năm 2026 là 68,5 tỷ đồng, trong đó: ngân sách tỉnh 52 tỷ đồng")], ["68,5 tỷ đồng", "52 tỷ đồng"])
q("Còn nguồn xã hội hóa thì bao nhiêu?", "follow-up",
  [(D1, "nguồn xã hội hóa và các nguồn hợp pháp khác 16,5 tỷ đồng")], ["16,5 tỷ đồng"], history=h)
q("Kế hoạch 42/KH-UBND do ai ký, ban hành ngày nào?", "metadata",
  [(D1, "Điền Cảng, ngày 12 tháng 01 năm 2026"), (D1, "PHÓ CHỦ TỊCH (Đã ký) Mạc Quý Sâm")], ["12 tháng 01 năm 2026", "Mạc Quý Sâm"])
q("Sở Tài chính được giao việc gì trong kế hoạch chuyển đổi số năm 2026 của tỉnh?", "who-what",
  [(D1, "Giao Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu bố trí kinh phí thực hiện Kế hoạch")],
  ["bố trí kinh phí"], actors=["Sở Tài chính"])
h = q("UBND các huyện phải làm gì theo KH 42 của tỉnh, hạn đến bao giờ?", "who-what",
      [(D1, "UBND các huyện, thị xã, thành phố có trách nhiệm ban hành kế hoạch thực hiện tại địa phương trước ngày 28/02/2026")],
      ["28/02/2026"], actors=["UBND các huyện, thị xã, thành phố"])
q("Thế còn các sở, ban, ngành tỉnh?", "follow-up",
  [(D1, "Các sở, ban, ngành tỉnh căn cứ chức năng, nhiệm vụ xây dựng kế hoạch của đơn vị, gửi Sở Khoa học và Công nghệ trước ngày 28/02/2026")],
  ["28/02/2026"], history=h, actors=["Các sở, ban, ngành tỉnh"])
q("ngay hoi khoi nghiep doi moi sang tao lan thu V to chuc khi nao, o dau", "no-diacritics",
  [(D1, "Tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh Phong Điền Hải lần thứ V vào tháng 10/2026 tại thành phố Điền Cảng")],
  ["10/2026", "Điền Cảng"])
q("Dự án khởi nghiệp đạt giải được tỉnh hỗ trợ tối đa bao nhiêu tiền?", "factoid",
  [(D1, "hỗ trợ tối đa 200 triệu đồng cho mỗi dự án khởi nghiệp đạt giải")], ["200 triệu đồng"])
q("Đầu mối ở Sở KH&CN về KH 42 là ai, sđt bao nhiêu?", "abbreviation",
  [(D1, "đầu mối: ông Đinh Khắc Tùng, Phó Giám đốc Sở, điện thoại 0238.3851.246")], ["Đinh Khắc Tùng", "0238.3851.246"])
q("Những đơn vị nào phối hợp với Sở KH&CN tổ chức Ngày hội khởi nghiệp lần thứ V?", "list",
  [(D1, "Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh")], ["Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"])
q("Kế hoạch năm 2026 của UBND tỉnh căn cứ chương trình hành động nào của Đảng bộ tỉnh?", "metadata",
  [(D1, "Căn cứ Chương trình hành động số 15-CTr/TU ngày 10/3/2025 của Ban Chấp hành Đảng bộ tỉnh Phong Điền Hải")], ["15-CTr/TU"])
q("ty le giao vien pho thong phai hoan thanh boi duong ky nang so nam 2026 la bao nhieu", "no-diacritics",
  [(D1, "60% giáo viên phổ thông hoàn thành bồi dưỡng kỹ năng số cơ bản")], ["60%"])
q("Sở VH, TT&DL có nhiệm vụ gì trong kế hoạch chuyển đổi số của tỉnh?", "who-what",
  [(D1, "Sở Văn hóa, Thể thao và Du lịch có trách nhiệm hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở mở chuyên trang, chuyên mục")],
  ["chuyên trang, chuyên mục"], actors=["Sở Văn hóa, Thể thao và Du lịch"])
q("Năm nay tỉnh phấn đấu có bao nhiêu doanh nghiệp khoa học công nghệ?", "factoid",
  [(D1, "Có tối thiểu 12 doanh nghiệp được cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ")], ["12 doanh nghiệp"])
q("Cơ quan thường trực theo dõi KH 42 phải báo cáo UBND tỉnh vào những mốc nào?", "who-what",
  [(D1, "tổng hợp báo cáo UBND tỉnh kết quả 6 tháng trước ngày 15/6/2026 và cả năm trước ngày 15/12/2026")],
  ["15/6/2026", "15/12/2026"], actors=["Sở Khoa học và Công nghệ"])
q("Sở GD&ĐT phải xong bồi dưỡng kỹ năng số cho giáo viên trước ngày nào theo kế hoạch của tỉnh?", "abbreviation",
  [(D1, "hoàn thành bồi dưỡng kỹ năng số cho giáo viên trước ngày 31/12/2026")], ["31/12/2026"])
u("Kế hoạch 42 của tỉnh bố trí bao nhiêu kinh phí cho năm 2027?")
u("Ngày hội Khởi nghiệp đổi mới sáng tạo lần thứ V có giải đặc biệt trị giá bao nhiêu?")
u("Tỷ lệ phủ sóng 5G toàn tỉnh năm 2026 phải đạt bao nhiêu phần trăm?")
u("KH 42/KH-UBND giao Sở Nội vụ làm gì?")
u("Tờ trình 09/TTr-SKHCN của Sở KH&CN đề xuất tổng kinh phí là bao nhiêu?")
u("Ngày hội Khởi nghiệp đổi mới sáng tạo lần thứ IV đã tổ chức ở đâu?")

# ---------------- qv02: CV 318/SGDĐT-GDTrH (Sở GD&ĐT) ----------------
q("Công văn của Sở GD&ĐT về cuộc thi KHKT cấp tỉnh năm học 2025-2026 số mấy, ai ký?", "metadata",
  [(D2, "Số: 318/SGDĐT-GDTrH V/v triển khai giáo dục STEM"), (D2, "(Đã ký) Tạ Minh Khuê")], ["318/SGDĐT-GDTrH", "Tạ Minh Khuê"])
q("CV 318 gửi cho những ai?", "metadata",
  [(D2, "Trưởng phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố"),
   (D2, "Hiệu trưởng các trường trung học phổ thông, phổ thông dân tộc nội trú tỉnh")],
  ["Trưởng phòng Giáo dục và Đào tạo", "Hiệu trưởng các trường trung học phổ thông"])
h = q("Hạn chót nộp hồ sơ dự thi khoa học kỹ thuật cấp tỉnh là khi nào?", "factoid",
      [(D2, "trước 17 giờ 00 ngày 28/02/2026; quá thời hạn trên, hệ thống tự động khóa")], ["17 giờ 00 ngày 28/02/2026"])
q("Nộp qua đâu?", "follow-up",
  [(D2, "Hồ sơ đăng ký dự thi nộp qua hệ thống https://khkt.phongdienhai.edu.vn")], ["khkt.phongdienhai.edu.vn"], history=h)
h = q("Vòng chung khảo thi khoa học kĩ thuật tổ chức ở trường nào, ngày nào?", "factoid",
      [(D2, "Vòng chung khảo tổ chức trong 02 ngày 24 và 25/3/2026 tại Trường THPT chuyên Điền Cảng")],
      ["24 và 25/3/2026", "Trường THPT chuyên Điền Cảng"])
q("Mấy giờ thì trao giải?", "follow-up",
  [(D2, "14 giờ 00 ngày 25/3 bế mạc, trao giải")], ["14 giờ 00 ngày 25/3"], history=h)
h = q("moi truong THPT duoc dang ky toi da may du an thi KHKT", "no-diacritics",
      [(D2, "mỗi trường THPT, phổ thông dân tộc nội trú đăng ký tối đa 03 dự án")], ["03 dự án"])
q("Còn Phòng GD&ĐT thì được chọn mấy dự án?", "follow-up",
  [(D2, "mỗi Phòng GD&ĐT tuyển chọn tối đa 04 dự án của học sinh THCS")], ["04 dự án"], history=h)
h = q("Cuộc thi KHKT cấp tỉnh có những loại giải nào?", "list",
      [(D2, "Cơ cấu giải thưởng gồm giải Nhất, giải Nhì, giải Ba và giải Khuyến khích theo từng lĩnh vực")],
      ["giải Nhất", "giải Khuyến khích"])
u("Thế giải Nhất được thưởng bao nhiêu tiền?", history=h, kind="follow-up")
q("Sở GD&ĐT hỗ trợ bao nhiêu tiền cho mỗi dự án vào chung khảo?", "abbreviation",
  [(D2, "Sở hỗ trợ 1.500.000 đồng cho mỗi dự án vào vòng chung khảo")], ["1.500.000 đồng"])
q("Phòng GD&ĐT các huyện phải làm những gì theo CV 318, hạn báo cáo thế nào?", "who-what",
  [(D2, "Phòng GD&ĐT các huyện, thị xã, thành phố có trách nhiệm hướng dẫn các trường THCS trực thuộc tổ chức bài học STEM"),
   (D2, "rà soát đường truyền Internet của các trường THCS, báo cáo Sở trước ngày 30/4/2026")],
  ["30/4/2026"], actors=["Phòng GD&ĐT các huyện, thị xã, thành phố"])
q("Phòng Giáo dục Trung học của Sở được giao việc gì, hạn nào?", "who-what",
  [(D2, "Giao Phòng Giáo dục Trung học chủ trì, phối hợp với Phòng Kế hoạch - Tài chính và Văn phòng Sở xây dựng phương án tổ chức vòng chung khảo"),
   (D2, "trình Giám đốc Sở trước ngày 10/3/2026")],
  ["10/3/2026"], actors=["Phòng Giáo dục Trung học"])
h = q("lien he ai neu vuong mac chuyen mon ve cong van 318", "no-diacritics",
      [(D2, "liên hệ bà Vương Thị Hạnh, Phó Trưởng phòng Giáo dục Trung học, điện thoại 0912.447.305")],
      ["Vương Thị Hạnh", "0912.447.305"])
q("Còn hỗ trợ kỹ thuật hệ thống đăng ký thì gọi ai?", "follow-up",
  [(D2, "hỗ trợ kỹ thuật hệ thống đăng ký liên hệ ông Cù Đức Lân, điện thoại 0983.602.117")],
  ["Cù Đức Lân", "0983.602.117"], history=h)
q("so diem dien tu thay so diem giay tu ngay nao", "no-diacritics",
  [(D2, "sổ điểm điện tử thay thế sổ điểm giấy kể từ ngày 01/3/2026")], ["01/3/2026"])
q("Trường THCS có phải dạy 4 bài STEM mỗi khối như trường THPT không?", "factoid",
  [(D2, "mỗi trường trung học cơ sở (THCS) tối thiểu 02 bài học STEM cho mỗi khối lớp")], ["02 bài học STEM"])
q("han cap nhat co so du lieu nganh giao duc la ngay nao", "no-diacritics",
  [(D2, "Hoàn thành cập nhật, làm sạch dữ liệu học sinh, giáo viên trên Cơ sở dữ liệu ngành trước ngày 15/3/2026")], ["15/3/2026"])
q("Tỷ lệ thu học phí không dùng tiền mặt mà Sở GD&ĐT yêu cầu phấn đấu là bao nhiêu?", "abbreviation",
  [(D2, "tỷ lệ phấn đấu đạt 90% số giao dịch")], ["90%"])
q("Mỗi dự án dự thi được tối đa mấy học sinh?", "factoid",
  [(D2, "Mỗi dự án có không quá 02 học sinh và 01 giáo viên hướng dẫn")], ["02 học sinh"])
u("CV 318 cho mỗi trường THCS đăng ký tối đa bao nhiêu dự án?")
u("Công văn 319/SGDĐT-GDTrH hướng dẫn nội dung gì?")
u("vong chung khao KHKT nam hoc 2024-2025 to chuc o truong nao")
u("Hạn báo cáo kết quả giáo dục STEM học kỳ I theo CV 318 là ngày nào?")

# ---------------- qv03: QĐ 1876/QĐ-UBND (huyện Xích Thổ) ----------------
q("QĐ 1876 của huyện Xích Thổ ban hành ngày nào, ai ký?", "metadata",
  [(D3, "(Ban hành kèm theo Quyết định số 1876/QĐ-UBND ngày 20/02/2026 của UBND huyện Xích Thổ)"),
   (D3, "CHỦ TỊCH (Đã ký) Khổng Minh Đạt")], ["20/02/2026", "Khổng Minh Đạt"])
h = q("Mỗi tổ công nghệ số cộng đồng ở Xích Thổ có bao nhiêu thành viên?", "factoid",
      [(D3, "Mỗi thôn, tổ dân phố thành lập 01 Tổ, gồm từ 05 đến 09 thành viên")], ["05 đến 09 thành viên"])
q("Ai làm tổ trưởng?", "follow-up",
  [(D3, "Tổ trưởng là Trưởng thôn hoặc Tổ trưởng tổ dân phố")], ["Trưởng thôn"], history=h)
h = q("Thành viên tổ công nghệ số cộng đồng huyện Xích Thổ được hỗ trợ bao nhiêu một tháng?", "factoid",
      [(D3, "Thành viên Tổ công nghệ số cộng đồng được hỗ trợ 150.000 đồng/người/tháng")], ["150.000 đồng/người/tháng"])
q("Tổ trưởng thì sao?", "follow-up",
  [(D3, "Tổ trưởng được hỗ trợ 200.000 đồng/tháng")], ["200.000 đồng/tháng"], history=h)
q("tong du toan kinh phi ho tro to cong nghe so huyen Xich Tho nam 2026", "no-diacritics",
  [(D3, "Kinh phí hỗ trợ bố trí từ ngân sách huyện năm 2026, tổng dự toán 298 triệu đồng")], ["298 triệu đồng"])
q("quy che to cong nghe so Xich Tho ap dung cho bao nhieu thon, to dan pho", "no-diacritics",
  [(D3, "tại 126 thôn, tổ dân phố thuộc 14 xã, thị trấn của huyện Xích Thổ")], ["126 thôn", "14 xã"])
q("Tổ công nghệ số hỗ trợ người dân mấy buổi một tháng, vào hôm nào?", "factoid",
  [(D3, "Tổ tổ chức hỗ trợ người dân tối thiểu 02 buổi mỗi tháng tại nhà văn hóa thôn, tổ dân phố, vào sáng thứ Bảy của tuần thứ nhất và tuần thứ ba")],
  ["02 buổi", "sáng thứ Bảy"])
q("Phòng Tài chính - Kế hoạch huyện phải làm gì theo quy chế tổ công nghệ số?", "who-what",
  [(D3, "Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Văn hóa và Thông tin tham mưu phân bổ kinh phí hỗ trợ cho các xã, thị trấn trước ngày 31/3/2026")],
  ["31/3/2026"], actors=["Phòng Tài chính - Kế hoạch"])
q("Huyện đoàn Xích Thổ có trách nhiệm gì?", "who-what",
  [(D3, "Huyện đoàn Xích Thổ có trách nhiệm phát động đoàn viên, thanh niên tham gia Tổ công nghệ số cộng đồng"),
   (D3, "mỗi cơ sở đoàn đăng ký tối thiểu 01 công trình thanh niên về chuyển đổi số")],
  ["01 công trình thanh niên"], actors=["Huyện đoàn Xích Thổ"])
q("Công an huyện phối hợp việc gì trong quy chế tổ CNS cộng đồng?", "who-what",
  [(D3, "Công an huyện phối hợp hướng dẫn cấp tài khoản định danh điện tử mức 2")], ["định danh điện tử mức 2"],
  actors=["Công an huyện"])
q("Phòng VH&TT huyện Xích Thổ tập huấn cho tổ trưởng vào thời gian nào?", "who-what",
  [(D3, "tổ chức tập huấn cho Tổ trưởng các Tổ công nghệ số cộng đồng trong tháng 3/2026")], ["tháng 3/2026"],
  actors=["Phòng Văn hóa và Thông tin huyện"])
h = q("UBND xã, TT báo cáo quý về Phòng VH&TT huyện trước ngày nào?", "abbreviation",
      [(D3, "báo cáo định kỳ hằng quý về Phòng Văn hóa và Thông tin huyện trước ngày 20 của tháng cuối quý")],
      ["ngày 20 của tháng cuối quý"])
q("Vậy báo cáo năm thì hạn khi nào?", "follow-up",
  [(D3, "báo cáo năm gửi trước ngày 10/12/2026")], ["10/12/2026"], history=h)
q("Huyện khen thưởng tối đa mấy tổ công nghệ số tiêu biểu, mức thưởng bao nhiêu?", "factoid",
  [(D3, "UBND huyện xét khen thưởng tối đa 10 Tổ công nghệ số cộng đồng tiêu biểu; mức thưởng 2.000.000 đồng/Tổ")],
  ["10 Tổ", "2.000.000 đồng/Tổ"])
q("QĐ 1876 thay thế quyết định nào?", "metadata",
  [(D3, "thay thế Quyết định số 905/QĐ-UBND ngày 14/6/2023 của UBND huyện Xích Thổ")], ["905/QĐ-UBND"])
q("pho truong phong VH&TT huyen Xich Tho ten gi, so dien thoai bao nhieu", "no-diacritics",
  [(D3, "ông La Văn Tiệp, Phó Trưởng phòng, điện thoại 0975.218.640")], ["La Văn Tiệp", "0975.218.640"])
q("Chủ tịch UBND xã phải thành lập, kiện toàn tổ trước ngày nào?", "factoid",
  [(D3, "Chủ tịch UBND xã, thị trấn ra quyết định thành lập, kiện toàn Tổ trước ngày 15/3/2026")], ["15/3/2026"])
u("Thành viên tổ công nghệ số cộng đồng ở huyện Mê Lăng được hỗ trợ bao nhiêu tiền mỗi tháng?")
u("Mỗi tổ công nghệ số ở Xích Thổ được cấp mấy máy tính xách tay?")
u("Kinh phí hỗ trợ tổ công nghệ số của huyện Xích Thổ năm 2027 là bao nhiêu?")
u("QĐ 1877/QĐ-UBND của UBND huyện Xích Thổ về việc gì?")

# ---------------- qv04: BC 27-BC/BTGDVHU (Huyện ủy Mê Lăng) ----------------
q("Báo cáo 27-BC/BTGDVHU do ai ký?", "metadata",
  [(D4, "TRƯỞNG BAN (Đã ký) Khúc Thị Duyên")], ["Khúc Thị Duyên"])
q("Báo cáo khoa giáo quý I của Mê Lăng ra ngày nào?", "metadata",
  [(D4, "Mê Lăng, ngày 08 tháng 4 năm 2026")], ["08 tháng 4 năm 2026"])
q("Quý I huyện Mê Lăng có bao nhiêu người có tài khoản định danh mức 2, đạt bao nhiêu % kế hoạch?", "factoid",
  [(D4, "Số người dân có tài khoản định danh điện tử mức 2 (người) | 52.000 | 38.760 | 74,5")], ["38.760", "74,5"])
q("so lop binh dan hoc vu so quy 1 huyen Me Lang dat bao nhieu phan tram ke hoach", "no-diacritics",
  [(D4, "tỷ lệ lớp \"Bình dân học vụ số\" mới đạt 28,1% kế hoạch")], ["28,1%"])
q("Các đảng ủy xã ở Mê Lăng phải làm gì trong quý II?", "who-what",
  [(D4, "Các đảng ủy xã, thị trấn có trách nhiệm mở tối thiểu 06 lớp \"Bình dân học vụ số\" mỗi xã trong quý II")],
  ["06 lớp"], actors=["Các đảng ủy xã, thị trấn"])
q("Huyện đoàn Mê Lăng được giao nhiệm vụ gì?", "who-what",
  [(D4, "Huyện đoàn Mê Lăng phối hợp với Hội Liên hiệp Phụ nữ huyện thành lập 20 đội thanh niên tình nguyện hỗ trợ người cao tuổi")],
  ["20 đội"], actors=["Huyện đoàn Mê Lăng"])
q("Phòng VH&TT huyện Mê Lăng phải làm gì theo BC 27, xong trước ngày nào?", "who-what",
  [(D4, "Đề nghị Phòng Văn hóa và Thông tin huyện phối hợp với Ban Tuyên giáo và Dân vận Huyện ủy xây dựng 12 video ngắn hướng dẫn kỹ năng số"),
   (D4, "phát trên trang thông tin điện tử huyện và hệ thống loa truyền thanh cơ sở, hoàn thành trước ngày 30/6/2026")],
  ["12 video ngắn", "30/6/2026"], actors=["Phòng Văn hóa và Thông tin huyện"])
h = q("Hội nghị báo cáo viên về trí tuệ nhân tạo ở Mê Lăng tổ chức ngày nào, ở đâu?", "factoid",
      [(D4, "vào ngày 16/5/2026 tại Hội trường Huyện ủy")], ["16/5/2026", "Hội trường Huyện ủy"])
q("Chủ đề đầy đủ của hội nghị đó là gì?", "follow-up",
  [(D4, "\"Trí tuệ nhân tạo và an toàn thông tin cho cán bộ cơ sở\"")],
  ["Trí tuệ nhân tạo và an toàn thông tin cho cán bộ cơ sở"], history=h)
h = q("Những xã nào ở Mê Lăng làm mô hình Chi bộ số?", "list",
      [(D4, "Riêng xã Truông Mít và xã Bàu Thỉ triển khai mô hình \"Chi bộ số\"")], ["Truông Mít", "Bàu Thỉ"])
u("Thế xã Lèn Bạc có làm không?", history=h, kind="follow-up")
q("Ngày hội STEM cấp huyện Mê Lăng tổ chức khi nào, ở đâu?", "factoid",
  [(D4, "tổ chức Ngày hội STEM cấp huyện vào ngày 09/5/2026 tại Trường THCS thị trấn Mê Lăng")],
  ["09/5/2026", "Trường THCS thị trấn Mê Lăng"])
q("Các phòng ban, Mặt trận, đoàn thể huyện Mê Lăng phải gửi báo cáo quý II khi nào?", "who-what",
  [(D4, "gửi báo cáo quý II về Ban Tuyên giáo và Dân vận Huyện ủy trước ngày 20/6/2026")], ["20/6/2026"],
  actors=["Các phòng, ban, ngành, Mặt trận và đoàn thể huyện"])
q("Đầu mối tổng hợp của Ban TG&DV HU Mê Lăng là ai, SĐT?", "abbreviation",
  [(D4, "đồng chí Ông Văn Bổng, Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy, điện thoại 0916.335.872")],
  ["Ông Văn Bổng", "0916.335.872"])
q("bao nhieu chi bo o Me Lang dung so tay dang vien dien tu", "no-diacritics",
  [(D4, "Số chi bộ sử dụng phần mềm Sổ tay đảng viên điện tử | 182 | 171 | 94,0")], ["171"])
q("Quý I có bao nhiêu lượt cán bộ, đảng viên học chuyên đề KH, CN và CĐS?", "abbreviation",
  [(D4, "Số cán bộ, đảng viên học tập chuyên đề khoa học, công nghệ và chuyển đổi số (lượt người) | 4.200 | 1.865 | 44,4")],
  ["1.865"])
q("Vì sao lớp Bình dân học vụ số ở Mê Lăng đạt thấp?", "factoid",
  [(D4, "do thiếu thiết bị trình chiếu và người hướng dẫn")], ["thiếu thiết bị trình chiếu"])
u("Quý I Mê Lăng có bao nhiêu tin bài tuyên truyền trên báo in?")
u("Kết quả quý II năm 2026 về tài khoản định danh điện tử ở Mê Lăng thế nào?")
u("Ban Tuyên giáo và Dân vận Huyện ủy Mê Lăng đề nghị Hội Nông dân huyện làm gì?")
u("Kinh phí tuyên truyền khoa giáo năm 2026 của huyện Mê Lăng là bao nhiêu?")

# ---------------- qv05: TB 64/TB-UBND (xã Rào Nậy) ----------------
q("Thông báo kết luận về tổ công nghệ số của xã Rào Nậy số mấy, ai ký?", "metadata",
  [(D5, "UBND XÃ RÀO NẬY Số: 64/TB-UBND"), (D5, "CHÁNH VĂN PHÒNG (Đã ký) Lò Thị Ngát")], ["64/TB-UBND", "Lò Thị Ngát"])
q("Cuộc họp ở xã Rào Nậy diễn ra ngày nào, ai chủ trì?", "factoid",
  [(D5, "Ngày 04/3/2026, tại Hội trường UBND xã Rào Nậy, đồng chí Tôn Thất Khải, Chủ tịch UBND xã chủ trì")],
  ["04/3/2026", "Tôn Thất Khải"])
h = q("Năm 2025 xã Rào Nậy có bao nhiêu người có định danh điện tử mức 2?", "factoid",
      [(D5, "xã Rào Nậy có 4.318 người dân có tài khoản định danh điện tử mức 2, bằng 71% dân số từ 15 tuổi trở lên")],
      ["4.318", "71%"])
q("Mục tiêu năm 2026 là bao nhiêu?", "follow-up",
  [(D5, "Mục tiêu năm 2026: 85% người dân từ 15 tuổi trở lên có tài khoản định danh điện tử mức 2")], ["85%"], history=h)
h = q("Công an xã Rào Nậy phải làm gì?", "who-what",
      [(D5, "Công an xã có trách nhiệm bố trí cán bộ trực thu nhận hồ sơ định danh điện tử vào sáng thứ Bảy hằng tuần tại trụ sở")],
      ["sáng thứ Bảy hằng tuần"], actors=["Công an xã"])
q("Thế còn Hội Phụ nữ xã?", "follow-up",
  [(D5, "Hội Liên hiệp Phụ nữ xã và Hội Nông dân xã vận động hội viên tham gia lớp \"Bình dân học vụ số\"")],
  ["vận động hội viên"], history=h, actors=["Hội Liên hiệp Phụ nữ xã"])
q("Ai lập dự toán chi hỗ trợ thành viên tổ ở xã Rào Nậy, hạn khi nào?", "who-what",
  [(D5, "Giao công chức Tài chính - Kế toán chủ trì, phối hợp với công chức Văn phòng - Thống kê lập dự toán chi hỗ trợ thành viên Tổ"),
   (D5, "đồng/người/tháng, hoàn thành trước ngày 20/3/2026")],
  ["Tài chính - Kế toán", "20/3/2026"], actors=["công chức Tài chính - Kế toán"])
q("Đoàn TNCS xã Rào Nậy được đề nghị làm gì?", "who-what",
  [(D5, "Đề nghị Đoàn TNCS Hồ Chí Minh xã thành lập đội hình \"Thanh niên số\" gồm 15 đoàn viên")],
  ["Thanh niên số", "15 đoàn viên"], actors=["Đoàn TNCS Hồ Chí Minh xã"])
q("Trường THCS Rào Nậy hỗ trợ gì cho lớp phổ cập kỹ năng số?", "who-what",
  [(D5, "Trường THCS Rào Nậy phối hợp cho mượn phòng máy tính (30 máy) để mở lớp phổ cập kỹ năng số vào các buổi chiều Chủ nhật")],
  ["30 máy"], actors=["Trường THCS Rào Nậy"])
q("Công chức VH-XH xã Rào Nậy phải trình quyết định kiện toàn tổ trước ngày nào?", "who-what",
  [(D5, "chủ trì tham mưu quyết định kiện toàn 09 Tổ công nghệ số cộng đồng, trình Chủ tịch UBND xã trước ngày 12/3/2026")],
  ["12/3/2026"], actors=["Công chức Văn hóa - Xã hội"])
h = q("lop hoc vu so o thon Khe Giua hoc ngay nao, noi dung gi", "no-diacritics",
      [(D5, "7 giờ 30, thứ Bảy 28/3/2026 | Nhà văn hóa thôn Khe Giữa | Thanh toán không dùng tiền mặt")],
      ["28/3/2026", "Thanh toán không dùng tiền mặt"])
q("con thon Ben Soi?", "follow-up",
  [(D5, "7 giờ 30, thứ Bảy 25/4/2026 | Nhà văn hóa thôn Bến Sỏi | Bán nông sản trên sàn thương mại điện tử")],
  ["25/4/2026"], history=h)
q("moi lop binh dan hoc vu so o Rao Nay toi da bao nhieu hoc vien", "no-diacritics",
  [(D5, "Mỗi lớp tối đa 40 học viên; người dân mang theo điện thoại thông minh và căn cước")], ["40 học viên"])
q("xa Rao Nay chi bao nhieu tien cho moi lop hoc vu so", "no-diacritics",
  [(D5, "UBND xã hỗ trợ nước uống và tài liệu, mức chi 1.200.000 đồng/lớp")], ["1.200.000 đồng/lớp"])
q("Thôn nào ở Rào Nậy tổ công nghệ số còn hoạt động hình thức?", "list",
  [(D5, "hoạt động của các Tổ công nghệ số cộng đồng còn hình thức ở thôn Khe Giữa và thôn Đồng Vố")], ["Khe Giữa", "Đồng Vố"])
q("Các thôn trưởng ở Rào Nậy chịu trách nhiệm gì?", "who-what",
  [(D5, "Các thôn trưởng chịu trách nhiệm bố trí nhà văn hóa thôn, thông báo lịch hoạt động trên loa truyền thanh")],
  ["nhà văn hóa thôn"], actors=["Các thôn trưởng"])
q("Liên hệ ai ở xã Rào Nậy khi vướng mắc về lớp học vụ số?", "factoid",
  [(D5, "liên hệ bà Mai Thị Thu Sương, công chức Văn hóa - Xã hội, điện thoại 0962.730.415")],
  ["Mai Thị Thu Sương", "0962.730.415"])
u("Lớp bình dân học vụ số ở thôn Đồng Vố tháng 5/2026 học nội dung gì?")
u("Tổ công nghệ số thôn Khe Giữa của xã Rào Nậy có bao nhiêu thành viên?")
u("xa Do Vem lich mo lop binh dan hoc vu so the nao")
u("Chủ tịch UBND xã Rào Nậy giao Hội Cựu chiến binh xã làm gì?")
u("so dien thoai cua chu tich UBND xa Rao Nay la gi")

# ---------------- corpus ----------------
q("Có bao nhiêu văn bản căn cứ hoặc dẫn chiếu Kế hoạch 42/KH-UBND của tỉnh, là những văn bản nào?", "corpus",
  [(D2, "Căn cứ Kế hoạch số 42/KH-UBND ngày 12/01/2026 của UBND tỉnh Phong Điền Hải"),
   (D3, "Căn cứ Kế hoạch số 42/KH-UBND ngày 12/01/2026 của UBND tỉnh Phong Điền Hải"),
   (D4, "Kế hoạch số 42/KH-UBND ngày 12/01/2026 của UBND tỉnh Phong Điền Hải")],
  ["318/SGDĐT-GDTrH", "1876/QĐ-UBND", "27-BC/BTGDVHU"])
q("Văn bản nào trong bộ tài liệu do cấp xã ban hành?", "corpus",
  [(D5, "UBND HUYỆN XÍCH THỔ UBND XÃ RÀO NẬY Số: 64/TB-UBND")], ["64/TB-UBND"])
q("Những văn bản nào nhắc tới Cuộc thi khoa học, kỹ thuật cấp tỉnh cho học sinh?", "corpus",
  [(D1, "tổ chức Cuộc thi khoa học, kỹ thuật dành cho học sinh trung học cấp tỉnh năm học 2025-2026"),
   (D2, "Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2025-2026"),
   (D4, "lựa chọn dự án tham gia Cuộc thi khoa học, kỹ thuật cấp tỉnh theo Công văn số 318/SGDĐT-GDTrH")],
  ["42/KH-UBND", "318/SGDĐT-GDTrH", "27-BC/BTGDVHU"])
q("Mức 150.000 đồng/người/tháng cho thành viên tổ công nghệ số xuất hiện trong những văn bản nào?", "corpus",
  [(D3, "được hỗ trợ 150.000 đồng/người/tháng"), (D5, "theo mức 150.000 đồng/người/tháng")],
  ["1876/QĐ-UBND", "64/TB-UBND"])
q("Trong các tài liệu có văn bản nào của cơ quan Đảng không?", "corpus",
  [(D4, "HUYỆN ỦY MÊ LĂNG BAN TUYÊN GIÁO VÀ DÂN VẬN Số 27-BC/BTGDVHU")], ["27-BC/BTGDVHU"])
q("Văn bản nào ban hành sớm nhất trong bộ này?", "corpus",
  [(D1, "Điền Cảng, ngày 12 tháng 01 năm 2026")], ["42/KH-UBND"])

# ---------------------------------------------------------------------------
WW = [
    {"id": "wqv01", "directive": "KH 42/KH-UBND", "source": D1, "actors": [
        {"name": "Sở Khoa học và Công nghệ", "role": "thường trực", "deadline": "trước ngày 15/12/2026",
         "task_quote": "Sở Khoa học và Công nghệ là cơ quan thường trực, có trách nhiệm theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch"},
        {"name": "Sở Khoa học và Công nghệ", "role": "chủ trì", "deadline": "Quý III/2026",
         "task_quote": "Nâng cấp Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)"},
        {"name": "Sở Tài chính", "role": "chủ trì", "deadline": "Trước ngày 30/4/2026",
         "task_quote": "Giao Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu bố trí kinh phí thực hiện Kế hoạch"},
        {"name": "Sở Tư pháp", "role": "phối hợp", "deadline": "Tháng 7/2026",
         "task_quote": "Trình HĐND tỉnh Nghị quyết chính sách hỗ trợ doanh nghiệp đổi mới công nghệ giai đoạn 2026-2030"},
        {"name": "Viễn thông Phong Điền Hải", "role": "phối hợp", "deadline": "Quý III/2026",
         "task_quote": "Nâng cấp Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)"},
        {"name": "Sở Giáo dục và Đào tạo", "role": "chủ trì", "deadline": "trước ngày 31/12/2026",
         "task_quote": "chủ trì triển khai giáo dục STEM; tổ chức Cuộc thi khoa học, kỹ thuật dành cho học sinh trung học cấp tỉnh"},
        {"name": "Sở Văn hóa, Thể thao và Du lịch", "role": "chủ trì", "deadline": "Thường xuyên",
         "task_quote": "Sở Văn hóa, Thể thao và Du lịch có trách nhiệm hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở mở chuyên trang, chuyên mục"},
        {"name": "Báo và Phát thanh, Truyền hình Phong Điền Hải", "role": "phối hợp", "deadline": "Thường xuyên",
         "task_quote": "Tuyên truyền về khoa học, công nghệ và chuyển đổi số trên báo chí, hệ thống thông tin cơ sở"},
        {"name": "Tỉnh đoàn", "role": "phối hợp", "deadline": "Tháng 10/2026",
         "task_quote": "Tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo lần thứ V"},
        {"name": "Hội Liên hiệp Phụ nữ tỉnh", "role": "phối hợp", "deadline": "Tháng 10/2026",
         "task_quote": "Tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo lần thứ V"},
        {"name": "Hội Nông dân tỉnh", "role": "phối hợp", "deadline": "Báo cáo định kỳ hằng quý",
         "task_quote": "Duy trì Tổ công nghệ số cộng đồng; phổ cập kỹ năng số cho người dân"},
        {"name": "Các sở, ban, ngành tỉnh", "role": None, "deadline": "trước ngày 28/02/2026",
         "task_quote": "Các sở, ban, ngành tỉnh căn cứ chức năng, nhiệm vụ xây dựng kế hoạch của đơn vị, gửi Sở Khoa học và Công nghệ"},
        {"name": "UBND các huyện, thị xã, thành phố", "role": "chủ trì", "deadline": "trước ngày 28/02/2026",
         "task_quote": "UBND các huyện, thị xã, thành phố có trách nhiệm ban hành kế hoạch thực hiện tại địa phương"},
        {"name": "Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tham gia phong trào \"Bình dân học vụ số\""},
    ], "intruders": ["Mạc Quý Sâm", "Bộ Khoa học và Công nghệ", "TT Tỉnh ủy, TT HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh",
                     "Lưu: VT, KGVX", "UBND TỈNH PHONG ĐIỀN HẢI", "Bộ Chính trị", "Ban Chấp hành Đảng bộ tỉnh Phong Điền Hải",
                     "Đinh Khắc Tùng"]},
    {"id": "wqv02", "directive": "CV 318/SGDĐT-GDTrH", "source": D2, "actors": [
        {"name": "Mỗi trường trung học phổ thông (THPT)", "role": None, "deadline": "trước ngày 25/5/2026",
         "task_quote": "tổ chức tối thiểu 04 bài học STEM cho mỗi khối lớp trong học kỳ II"},
        {"name": "Phòng GD&ĐT các huyện, thị xã, thành phố", "role": None, "deadline": "trước ngày 28/02/2026",
         "task_quote": "có trách nhiệm hướng dẫn các trường THCS trực thuộc tổ chức bài học STEM, tuyển chọn dự án cấp THCS"},
        {"name": "Phòng Văn hóa và Thông tin cùng cấp", "role": "phối hợp", "deadline": "trước ngày 30/4/2026",
         "task_quote": "rà soát đường truyền Internet của các trường THCS"},
        {"name": "Hiệu trưởng", "role": None, "deadline": None,
         "task_quote": "Hiệu trưởng chịu trách nhiệm phân công giáo viên hướng dẫn, kiểm tra tính trung thực của dự án"},
        {"name": "Phòng Giáo dục Trung học", "role": "chủ trì", "deadline": "trước ngày 10/3/2026",
         "task_quote": "xây dựng phương án tổ chức vòng chung khảo, trình Giám đốc Sở trước ngày 10/3/2026"},
        {"name": "Phòng Kế hoạch - Tài chính", "role": "phối hợp", "deadline": "trước ngày 10/3/2026",
         "task_quote": "xây dựng phương án tổ chức vòng chung khảo, trình Giám đốc Sở trước ngày 10/3/2026"},
        {"name": "Văn phòng Sở", "role": "phối hợp", "deadline": "trước ngày 10/3/2026",
         "task_quote": "xây dựng phương án tổ chức vòng chung khảo, trình Giám đốc Sở trước ngày 10/3/2026"},
        {"name": "Phòng Khảo thí và Quản lý chất lượng giáo dục", "role": None, "deadline": None,
         "task_quote": "Phòng Khảo thí và Quản lý chất lượng giáo dục cử cán bộ giám sát công tác chấm thi"},
    ], "intruders": ["Tạ Minh Khuê", "Vương Thị Hạnh", "Cù Đức Lân", "UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở",
                     "Lưu: VT, GDTrH", "UBND TỈNH PHONG ĐIỀN HẢI", "Như trên"]},
    {"id": "wqv03", "directive": "QĐ 1876/QĐ-UBND", "source": D3, "actors": [
        {"name": "Chủ tịch UBND các xã, thị trấn", "role": None, "deadline": None,
         "task_quote": "Chủ tịch UBND các xã, thị trấn chịu trách nhiệm thi hành Quyết định này"},
        {"name": "Chủ tịch UBND xã, thị trấn", "role": None, "deadline": "trước ngày 15/3/2026",
         "task_quote": "Chủ tịch UBND xã, thị trấn ra quyết định thành lập, kiện toàn Tổ trước ngày 15/3/2026"},
        {"name": "Tổ công nghệ số cộng đồng", "role": None, "deadline": None,
         "task_quote": "Hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức 2 và sử dụng ứng dụng VNeID"},
        {"name": "Tổ trưởng", "role": None, "deadline": "trước ngày 15 của tháng cuối quý",
         "task_quote": "Tổ trưởng báo cáo kết quả hoạt động với UBND xã, thị trấn trước ngày 15 của tháng cuối quý"},
        {"name": "Phòng Văn hóa và Thông tin huyện", "role": "thường trực", "deadline": "trong tháng 3/2026",
         "task_quote": "chủ trì hướng dẫn nghiệp vụ, tổ chức tập huấn cho Tổ trưởng các Tổ công nghệ số cộng đồng trong tháng 3/2026"},
        {"name": "Phòng Tài chính - Kế hoạch", "role": "chủ trì", "deadline": "trước ngày 31/3/2026",
         "task_quote": "tham mưu phân bổ kinh phí hỗ trợ cho các xã, thị trấn trước ngày 31/3/2026"},
        {"name": "Công an huyện", "role": "phối hợp", "deadline": None,
         "task_quote": "Công an huyện phối hợp hướng dẫn cấp tài khoản định danh điện tử mức 2"},
        {"name": "Huyện đoàn Xích Thổ", "role": None, "deadline": None,
         "task_quote": "Huyện đoàn Xích Thổ có trách nhiệm phát động đoàn viên, thanh niên tham gia Tổ công nghệ số cộng đồng"},
        {"name": "UBND các xã, thị trấn", "role": None, "deadline": "trước ngày 20 của tháng cuối quý",
         "task_quote": "UBND các xã, thị trấn quản lý trực tiếp hoạt động của Tổ; bố trí địa điểm, thiết bị và chi trả chế độ hỗ trợ"},
    ], "intruders": ["Khổng Minh Đạt", "La Văn Tiệp", "Sở Khoa học và Công nghệ (b/c)", "TT Huyện ủy, TT HĐND huyện",
                     "Lưu: VT, VHTT", "UBND HUYỆN XÍCH THỔ", "Như Điều 3"]},
    {"id": "wqv04", "directive": "BC 27-BC/BTGDVHU", "source": D4, "actors": [
        {"name": "Ban Tuyên giáo và Dân vận Huyện ủy", "role": "chủ trì", "deadline": "trước ngày 25/6/2026",
         "task_quote": "chủ trì tổ chức Hội nghị báo cáo viên mở rộng chuyên đề"},
        {"name": "Phòng Văn hóa và Thông tin huyện", "role": "phối hợp", "deadline": "trước ngày 30/6/2026",
         "task_quote": "xây dựng 12 video ngắn hướng dẫn kỹ năng số, phát trên trang thông tin điện tử huyện"},
        {"name": "Các đảng ủy xã, thị trấn", "role": None, "deadline": "trước ngày 20/6/2026",
         "task_quote": "có trách nhiệm mở tối thiểu 06 lớp \"Bình dân học vụ số\" mỗi xã trong quý II"},
        {"name": "Huyện đoàn Mê Lăng", "role": None, "deadline": "trong tháng 5 và tháng 6/2026",
         "task_quote": "thành lập 20 đội thanh niên tình nguyện hỗ trợ người cao tuổi sử dụng dịch vụ công trực tuyến"},
        {"name": "Hội Liên hiệp Phụ nữ huyện", "role": "phối hợp", "deadline": "trong tháng 5 và tháng 6/2026",
         "task_quote": "thành lập 20 đội thanh niên tình nguyện hỗ trợ người cao tuổi sử dụng dịch vụ công trực tuyến"},
        {"name": "Các phòng, ban, ngành, Mặt trận và đoàn thể huyện", "role": None, "deadline": "trước ngày 20/6/2026",
         "task_quote": "gửi báo cáo quý II về Ban Tuyên giáo và Dân vận Huyện ủy trước ngày 20/6/2026"},
        {"name": "Phòng Giáo dục và Đào tạo huyện", "role": None, "deadline": "ngày 09/5/2026",
         "task_quote": "hướng dẫn các trường THCS lựa chọn dự án tham gia Cuộc thi khoa học, kỹ thuật cấp tỉnh"},
    ], "intruders": ["Khúc Thị Duyên", "Ông Văn Bổng", "Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c)", "Thường trực Huyện ủy (b/c)",
                     "Các đảng ủy trực thuộc Huyện ủy", "ĐẢNG CỘNG SẢN VIỆT NAM", "HUYỆN ỦY MÊ LĂNG", "Ban Thường vụ Huyện ủy Mê Lăng"]},
    {"id": "wqv05", "directive": "TB 64/TB-UBND", "source": D5, "actors": [
        {"name": "Công chức Văn hóa - Xã hội", "role": "chủ trì", "deadline": "trước ngày 12/3/2026",
         "task_quote": "chủ trì tham mưu quyết định kiện toàn 09 Tổ công nghệ số cộng đồng, trình Chủ tịch UBND xã trước ngày 12/3/2026"},
        {"name": "Công an xã", "role": None, "deadline": None,
         "task_quote": "Công an xã có trách nhiệm bố trí cán bộ trực thu nhận hồ sơ định danh điện tử vào sáng thứ Bảy hằng tuần"},
        {"name": "công chức Tài chính - Kế toán", "role": "chủ trì", "deadline": "trước ngày 20/3/2026",
         "task_quote": "lập dự toán chi hỗ trợ thành viên Tổ theo mức 150.000 đồng/người/tháng"},
        {"name": "công chức Văn phòng - Thống kê", "role": "phối hợp", "deadline": "trước ngày 20/3/2026",
         "task_quote": "lập dự toán chi hỗ trợ thành viên Tổ theo mức 150.000 đồng/người/tháng"},
        {"name": "Đoàn TNCS Hồ Chí Minh xã", "role": None, "deadline": None,
         "task_quote": "thành lập đội hình \"Thanh niên số\" gồm 15 đoàn viên, hỗ trợ người dân tại các buổi sinh hoạt của Tổ"},
        {"name": "Hội Liên hiệp Phụ nữ xã", "role": None, "deadline": None,
         "task_quote": "vận động hội viên tham gia lớp \"Bình dân học vụ số\""},
        {"name": "Hội Nông dân xã", "role": None, "deadline": None,
         "task_quote": "vận động hội viên tham gia lớp \"Bình dân học vụ số\""},
        {"name": "Trường THCS Rào Nậy", "role": "phối hợp", "deadline": None,
         "task_quote": "cho mượn phòng máy tính (30 máy) để mở lớp phổ cập kỹ năng số vào các buổi chiều Chủ nhật"},
        {"name": "Các thôn trưởng", "role": None, "deadline": None,
         "task_quote": "Các thôn trưởng chịu trách nhiệm bố trí nhà văn hóa thôn, thông báo lịch hoạt động trên loa truyền thanh"},
    ], "intruders": ["Lò Thị Ngát", "Tôn Thất Khải", "Phòng Văn hóa và Thông tin huyện (b/c)", "TT Đảng ủy, HĐND xã (b/c)",
                     "Các thành phần dự họp", "Lưu: VT", "UBND HUYỆN XÍCH THỔ", "Chủ tịch, các PCT UBND xã"]},
]

# Questions dropped while balancing the set (kept here for the record, not written).
DROP = [
    "Dự án khởi nghiệp đạt giải",
    "Sở GD&ĐT phải xong bồi dưỡng",
    "Mỗi dự án dự thi được tối đa",
    "Tỷ lệ thu học phí",
    "han cap nhat co so du lieu",
    "Phòng Giáo dục Trung học của Sở",
    "Chủ tịch UBND xã phải thành lập",
    "Công an huyện phối hợp",
    "Tổ công nghệ số hỗ trợ người dân mấy buổi",
    "Vì sao lớp Bình dân học vụ số",
    "Quý I có bao nhiêu lượt cán bộ",
    "Liên hệ ai ở xã Rào Nậy",
    "Trường THCS Rào Nậy hỗ trợ gì",
]


def nfc(o):
    if isinstance(o, str):
        return unicodedata.normalize("NFC", o)
    if isinstance(o, list):
        return [nfc(x) for x in o]
    if isinstance(o, dict):
        return {k: nfc(v) for k, v in o.items()}
    return o


def main():
    kept = [o for o in QS if not any(o["question"].startswith(d) for d in DROP)]
    assert len(kept) == len(QS) - len(DROP)
    for i, o in enumerate(kept, 1):
        o["id"] = "qv%03d" % i
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for o in kept:
            f.write(json.dumps(nfc(o), ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for o in WW:
            f.write(json.dumps(nfc(o), ensure_ascii=False) + "\n")
    print(len(kept), "questions,", len(WW), "who-what lines")


if __name__ == "__main__":
    main()
