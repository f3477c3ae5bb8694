# -*- coding: utf-8 -*-
"""Writes questions.jsonl and who_what.jsonl for blind44 (data held here)."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
D1 = "qt01_kh_cds_tinh.docx"
D2 = "qt02_cv_huyen_bdhvs.txt"
D3 = "qt03_qd_thi_khkt.pdf"
D4 = "qt04_bc_khuyenhoc_xa.md"
D5 = "qt05_tb_tuyensinh_ttgdnn.txt"

Q = []          # list of dicts
LABEL = {}      # label -> question text


def q(label, text, kind, ev=(), kw=(), ans=True, hist=None, actors=None):
    d = {"id": f"qt{len(Q) + 1:03d}", "question": text, "answerable": ans, "kind": kind,
         "evidence": [{"source": s, "quote": t} for s, t in ev], "keywords": list(kw)}
    if hist:
        d["history"] = [LABEL[hist]]
    if actors:
        d["actors"] = list(actors)
    Q.append(d)
    LABEL[label] = text


def U(label, text, hist=None):
    q(label, text, "follow-up" if hist else "unanswerable", ans=False, hist=hist)


# ---------------- qt01 KH 27/KH-UBND (tỉnh) ----------------
q("kinhphi", "Theo kế hoạch của tỉnh, tổng kinh phí năm 2026 cho phong trào Bình dân học vụ số là bao nhiêu?",
  "factoid", [(D1, "Tổng kinh phí thực hiện Kế hoạch năm 2026 dự kiến 18,6 tỷ đồng")], ["18,6 tỷ đồng"])
q("kp2", "Trong đó ngân sách tỉnh chiếm bao nhiêu?", "follow-up",
  [(D1, "trong đó: ngân sách tỉnh 12,4 tỷ đồng")], ["12,4 tỷ đồng"], hist="kinhphi")
U("u1", "Kinh phí thực hiện kế hoạch Bình dân học vụ số của tỉnh năm 2027 dự kiến bao nhiêu?")
q("taichinh", "Sở Tài chính phải làm gì theo KH 27?", "who-what",
  [(D1, "Tham mưu bố trí kinh phí thực hiện Kế hoạch")], ["bố trí kinh phí"], actors=["Sở Tài chính"])
q("skhcn", "Theo kế hoạch 27 của UBND tỉnh, Sở KH&CN được giao những việc gì?", "who-what",
  [(D1, "Sở Khoa học và Công nghệ là cơ quan thường trực, có trách nhiệm theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch"),
   (D1, "Biên soạn tài liệu bồi dưỡng kỹ năng số cơ bản dùng chung toàn tỉnh")],
  ["cơ quan thường trực", "Biên soạn tài liệu bồi dưỡng kỹ năng số"], actors=["Sở Khoa học và Công nghệ"])
q("snv", "Thế còn Sở Nội vụ?", "follow-up",
  [(D1, "Mở lớp bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã")], ["Mở lớp bồi dưỡng kỹ năng số"],
  hist="skhcn", actors=["Sở Nội vụ"])
q("pcks", "Đến cuối 2026 tỉnh đặt mục tiêu bao nhiêu phần trăm người lao động được phổ cập kỹ năng số?",
  "factoid", [(D1, "Tối thiểu 75% người trong độ tuổi lao động tại 112 xã, phường, thị trấn")], ["75%"])
q("pcks2", "Còn các xã vùng khó khăn thì sao?", "follow-up",
  [(D1, "riêng 23 xã vùng khó khăn phấn đấu tối thiểu 60%")], ["60%"], hist="pcks")
q("totcs", "moi thon to dan pho phai lap bao nhieu to cong nghe so cong dong", "no-diacritics",
  [(D1, "mỗi thôn, tổ dân phố thành lập tối thiểu 01 Tổ công nghệ số cộng đồng gồm 03 đến 05 thành viên")],
  ["01 Tổ công nghệ số cộng đồng", "03 đến 05 thành viên"])
q("ky1", "Kế hoạch Bình dân học vụ số của tỉnh do ai ký?", "metadata",
  [(D1, "PHÓ CHỦ TỊCH (Đã ký) Đỗ Minh Quân")], ["Đỗ Minh Quân"])
U("u2", "Cuộc thi Sáng tạo trẻ Sơn Hòa Đông lần thứ V có giải nhất trị giá bao nhiêu tiền?")
q("khct", "KH 27/KH-UBND yêu cầu các sở, ban, ngành gửi KH chi tiết cho Sở KH&CN trước ngày nào?",
  "abbreviation", [(D1, "gửi Sở Khoa học và Công nghệ trước ngày 10/4/2026")], ["10/4/2026"])
U("u3", "Kế hoạch 27 giao Sở Công Thương nhiệm vụ gì?")
q("hatang", "Những chỉ tiêu về hạ tầng số trong kế hoạch của tỉnh gồm những gì?", "list",
  [(D1, "phủ sóng 4G đến 100% thôn, bản; phấn đấu 85% hộ gia đình có đường truyền internet cáp quang")],
  ["4G", "85%"])
q("c1", "Những văn bản nào căn cứ hoặc thực hiện Kế hoạch 27/KH-UBND của tỉnh?", "corpus",
  [(D2, "Thực hiện Kế hoạch số 27/KH-UBND ngày 12/3/2026 của UBND tỉnh Sơn Hòa Đông"),
   (D2, "Số: 318/UBND-VHTT V/v triển khai phong trào"),
   (D3, "Căn cứ Kế hoạch số 27/KH-UBND ngày 12/3/2026 của UBND tỉnh"),
   (D3, "Kèm theo Quyết định số 412/QĐ-SGDĐT ngày 18/3/2026")],
  ["318/UBND-VHTT", "412/QĐ-SGDĐT"])
q("daumoi1", "dau moi lien he cua ke hoach cap tinh la ai, sdt bao nhieu", "no-diacritics",
  [(D1, "ông Phạm Đăng Khoa, Phó Giám đốc Sở Khoa học và Công nghệ, điện thoại 0912 406 318")],
  ["Phạm Đăng Khoa", "0912 406 318"])
q("ubndh", "UBND các huyện phải làm gì theo kế hoạch của tỉnh, hạn khi nào?", "who-what",
  [(D1, "chỉ đạo UBND cấp xã thành lập Tổ công nghệ số cộng đồng ở 100% thôn, tổ dân phố, hoàn thành trước ngày 31/5/2026")],
  ["31/5/2026"], actors=["UBND các huyện, thị xã, thành phố"])
q("totrinh", "Kế hoạch 27 của tỉnh được xây dựng theo tờ trình nào của Sở KH&CN?", "metadata",
  [(D1, "Tờ trình số 61/TTr-SKHCN ngày 28/02/2026")], ["61/TTr-SKHCN"])
q("vhttdl", "ke hoach 27 giao so van hoa the thao va du lich lam gi", "no-diacritics",
  [(D1, "Tuyên truyền trên báo chí, hệ thống thông tin cơ sở và mạng xã hội")], ["Tuyên truyền trên báo chí"],
  actors=["Sở Văn hóa, Thể thao và Du lịch"])
q("chi3", "KH 27 đặt mục tiêu chi cho KH,CN, ĐMST và CĐS tối thiểu bao nhiêu % tổng chi ngân sách?",
  "abbreviation", [(D1, "bảo đảm tối thiểu 3% tổng chi ngân sách tỉnh năm 2026")], ["3%"])
q("tthc", "Theo KH của UBND tỉnh, bao nhiêu % hồ sơ TTHC phải giải quyết trực tuyến toàn trình?",
  "abbreviation", [(D1, "90% hồ sơ thủ tục hành chính đủ điều kiện được tiếp nhận và giải quyết trực tuyến toàn trình")],
  ["90%"])
U("u4", "Tới cuối năm 2025 tỉnh Sơn Hòa Đông có tổng cộng bao nhiêu doanh nghiệp khoa học và công nghệ?")

# ---------------- qt02 CV 318/UBND-VHTT (huyện) ----------------
q("cvky", "CV 318 của huyện Trường Giang ban hành ngày nào, ai ký?", "metadata",
  [(D2, "Trường Giang, ngày 02 tháng 4 năm 2026"), (D2, "- CT, các PCT UBND huyện; Vũ Hữu Tài")],
  ["02 tháng 4 năm 2026", "Vũ Hữu Tài"])
q("pgd", "Phòng GD&ĐT huyện phải làm gì theo công văn 318?", "who-what",
  [(D2, "Phòng Giáo dục và Đào tạo huyện chỉ đạo 100% trường tiểu học, trung học cơ sở tổ chức “Ngày hội STEM”")],
  ["Ngày hội STEM"], actors=["Phòng Giáo dục và Đào tạo huyện"])
q("pgd2", "Vậy hạn báo cáo kết quả là khi nào?", "follow-up",
  [(D2, "báo cáo kết quả về UBND huyện trước ngày 25/5/2026")], ["25/5/2026"], hist="pgd")
q("hdoan", "Huyện Đoàn Trường Giang phải lập bao nhiêu đội thanh niên tình nguyện số, ra quân ngày nào?",
  "who-what",
  [(D2, "riêng Huyện Đoàn thành lập 17 đội “Thanh niên tình nguyện số” (mỗi xã, thị trấn 01 đội), ra quân đồng loạt vào ngày 26/4/2026")],
  ["17 đội", "26/4/2026"], actors=["Huyện Đoàn"])
q("cmuc", "chuyen muc cong dan so truong giang phat luc may gio", "no-diacritics",
  [(D2, "phát trên Đài Truyền thanh huyện vào lúc 6 giờ 30 sáng thứ Hai và thứ Năm hằng tuần")],
  ["6 giờ 30", "thứ Hai và thứ Năm"])
q("cmuc2", "Bắt đầu phát từ ngày nào?", "follow-up",
  [(D2, "bắt đầu từ ngày 15/4/2026")], ["15/4/2026"], hist="cmuc")
q("hotro", "Huyện hỗ trợ mỗi Tổ công nghệ số cộng đồng bao nhiêu tiền?", "factoid",
  [(D2, "510 triệu đồng hỗ trợ 204 Tổ công nghệ số cộng đồng (mức 2,5 triệu đồng/tổ)")], ["2,5 triệu đồng"])
q("nsh", "Tổng kinh phí ngân sách huyện bố trí theo CV 318 là bao nhiêu?", "abbreviation",
  [(D2, "bố trí 850 triệu đồng từ ngân sách huyện năm 2026")], ["850 triệu đồng"])
U("u5", "Công văn số 319/UBND-VHTT của huyện Trường Giang nói về nội dung gì?")
q("pnv", "Phòng Nội vụ huyện Trường Giang được giao việc gì về bồi dưỡng kỹ năng số?", "who-what",
  [(D2, "lập danh sách cán bộ, công chức cấp xã tham gia lớp bồi dưỡng kỹ năng số do Sở Nội vụ tổ chức"),
   (D2, "gửi Sở Nội vụ trước ngày 20/4/2026")], ["lập danh sách", "20/4/2026"], actors=["Phòng Nội vụ huyện"])
q("pnv2", "Đợt 1 có bao nhiêu người?", "follow-up",
  [(D2, "đợt 1 gồm 146 người của 17 xã, thị trấn")], ["146 người"], hist="pnv")
q("diem", "Những xã nào là địa bàn điểm của huyện Trường Giang về Bình dân học vụ số?", "list",
  [(D2, "Các xã Hiệp Thuận, Đình Cương, Lạc Diên là địa bàn điểm của huyện")],
  ["Hiệp Thuận", "Đình Cương", "Lạc Diên"])
U("u6", "Xã Lạc Diên được huyện cấp riêng bao nhiêu kinh phí khi làm địa bàn điểm?")
q("bcxa", "cac xa thi tran bao cao ket qua ve huyen dinh ky the nao", "no-diacritics",
  [(D2, "báo cáo kết quả định kỳ hằng tháng (trước ngày 25) về UBND huyện qua Phòng Văn hóa và Thông tin")],
  ["hằng tháng", "trước ngày 25"])
q("cacphong", "Các phòng ban, Mặt trận, đoàn thể huyện phải làm gì theo công văn của huyện về CĐS?", "who-what",
  [(D2, "phân công ít nhất 01 công chức phụ trách chuyển đổi số của đơn vị"),
   (D2, "kích hoạt tài khoản định danh điện tử mức 2, hoàn thành trước ngày 30/4/2026")],
  ["01 công chức", "30/4/2026"], actors=["Các phòng, ban, ngành, Mặt trận và các đoàn thể huyện"])
q("lhcv", "Cần hỏi về CV 318/UBND-VHTT thì gọi ai?", "abbreviation",
  [(D2, "liên hệ bà Đinh Thu Hằng, chuyên viên Phòng Văn hóa và Thông tin huyện, điện thoại 0978 215 604")],
  ["Đinh Thu Hằng", "0978 215 604"])
U("ccb", "Còn Hội Cựu chiến binh huyện phải lập bao nhiêu đội?", hist="hdoan")
q("ptckh", "Phòng Tài chính - Kế hoạch huyện phải trình phương án kinh phí trước ngày nào?", "who-what",
  [(D2, "trình UBND huyện phê duyệt trước ngày 30/4/2026")], ["30/4/2026"],
  actors=["Phòng Tài chính - Kế hoạch huyện"])
q("kns340", "huyen bo tri bao nhieu tien cho cac lop ky nang so cho moi nguoi", "no-diacritics",
  [(D2, "340 triệu đồng cho các lớp “Kỹ năng số cho mọi người”")], ["340 triệu đồng"])
q("tinbai", "CV 318 yêu cầu mỗi xã đăng tối thiểu bao nhiêu tin bài/tháng trên trang TTĐT?", "abbreviation",
  [(D2, "đăng tải tối thiểu 04 tin, bài mỗi tháng trên trang thông tin điện tử của xã")], ["04 tin, bài"])
U("u7", "Huyen Sa Bo giao phong van hoa va thong tin lam chuyen muc gi ve cong dan so?")
U("u8", "Hội Nông dân huyện Trường Giang phải thành lập bao nhiêu Tổ công nghệ số cộng đồng?")

# ---------------- qt03 QĐ 412/QĐ-SGDĐT (sở) ----------------
q("qdky", "QĐ 412/QĐ-SGDĐT do ai ký, ngày nào?", "metadata",
  [(D3, "Sơn Hòa Đông, ngày 18 tháng 3 năm 2026"), (D3, "GIÁM ĐỐC (Đã ký) Tạ Quang Huy")],
  ["18 tháng 3 năm 2026", "Tạ Quang Huy"])
q("g1", "Giải nhất cuộc thi KHKT cấp tỉnh được thưởng bao nhiêu tiền?", "abbreviation",
  [(D3, "Mức thưởng cho mỗi dự án: Giải Nhất 5.000.000 đồng")], ["5.000.000 đồng"])
q("g2", "Còn giải khuyến khích?", "follow-up",
  [(D3, "Giải Khuyến khích 1.000.000 đồng")], ["1.000.000 đồng"], hist="g1")
U("u9", "Giải đặc biệt của cuộc thi khoa học kỹ thuật học sinh trung học cấp tỉnh được thưởng bao nhiêu?")
q("vck", "vong chung khao cuoc thi khkt to chuc o dau", "no-diacritics",
  [(D3, "ngày 22 và 23/4/2026 tại Trường THPT Chuyên Sơn Hòa Đông, số 86 đường Nguyễn Chí Thanh, thị xã Khải Hòa")],
  ["Trường THPT Chuyên Sơn Hòa Đông", "22 và 23/4/2026"])
q("vck2", "Lễ trao giải mấy giờ?", "follow-up",
  [(D3, "Lễ bế mạc và trao giải lúc 15 giờ 00 ngày 23/4/2026")], ["15 giờ 00"], hist="vck")
q("dk", "Mỗi trường THPT được đăng ký tối đa mấy dự án?", "abbreviation",
  [(D3, "Mỗi trường trung học phổ thông đăng ký tối đa 03 dự án")], ["03 dự án"])
q("dk2", "Thế Phòng GD&ĐT?", "follow-up",
  [(D3, "mỗi Phòng Giáo dục và Đào tạo đăng ký tối đa 04 dự án cấp trung học cơ sở")], ["04 dự án"], hist="dk")
q("pkhtc", "Phòng Kế hoạch - Tài chính của Sở có trách nhiệm gì trong cuộc thi?", "who-what",
  [(D3, "Phòng Kế hoạch - Tài chính có trách nhiệm lập dự toán, hướng dẫn thanh toán và quyết toán kinh phí Cuộc thi, hoàn thành trước ngày 30/5/2026")],
  ["lập dự toán", "30/5/2026"], actors=["Phòng Kế hoạch - Tài chính"])
q("chutri", "Đơn vị nào chủ trì tổ chức cuộc thi KHKT, phối hợp với ai?", "who-what",
  [(D3, "Giao Phòng Giáo dục Trung học chủ trì, phối hợp với Văn phòng Sở và Phòng Kế hoạch - Tài chính")],
  ["Phòng Giáo dục Trung học", "Văn phòng Sở"], actors=["Phòng Giáo dục Trung học", "Văn phòng Sở"])
q("lhh", "Liên hiệp các Hội KH&KT tỉnh được đề nghị làm gì trong QĐ 412?", "who-what",
  [(D3, "Đề nghị Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh cử 06 chuyên gia tham gia Ban Giám khảo")],
  ["06 chuyên gia"], actors=["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"])
U("u10", "Ban Giám khảo cuộc thi KHKT cấp tỉnh do ai làm Trưởng ban?")
q("qg", "bao nhieu du an thpt duoc chon di thi quoc gia", "no-diacritics",
  [(D3, "Ban Tổ chức chọn tối đa 04 dự án cấp trung học phổ thông có kết quả cao nhất")], ["04 dự án"])
U("u11", "Danh sách dự án vào vòng chung khảo năm học 2024 - 2025 được công bố ngày nào?")
q("qc", "Quy chế cuộc thi khoa học kỹ thuật được ban hành kèm theo quyết định số mấy?", "metadata",
  [(D3, "Kèm theo Quyết định số 412/QĐ-SGDĐT ngày 18/3/2026")], ["412/QĐ-SGDĐT"])
q("hl", "QĐ 412 có hiệu lực từ khi nào?", "abbreviation",
  [(D3, "Quyết định này có hiệu lực kể từ ngày ký")], ["kể từ ngày ký"])
q("nhom", "moi du an du thi toi da may hoc sinh", "no-diacritics",
  [(D3, "Mỗi dự án dự thi do 01 học sinh hoặc nhóm 02 học sinh cùng cấp học thực hiện")], ["02 học sinh"])
U("u12", "Quyết định số 413/QĐ-SGDĐT của Sở GD&ĐT Sơn Hòa Đông quy định những gì?")
U("u13b", "Giáo viên hướng dẫn dự án đạt Giải Nhất cuộc thi khoa học kỹ thuật cấp tỉnh được thưởng bao nhiêu?")
U("u13", "Cuộc thi KHKT cấp tỉnh năm học 2025 - 2026 có bao nhiêu dự án đoạt giải nhất?")

# ---------------- qt04 BC 09/BC-HKH (hội xã) ----------------
q("quy", "Năm 2025 quỹ khuyến học xã Hiệp Thuận huy động được bao nhiêu?", "factoid",
  [(D4, "Quỹ khuyến học xã huy động trong năm | triệu đồng | 250 | 276,5")], ["276,5"])
q("quy2", "Năm 2026 phấn đấu bao nhiêu?", "follow-up",
  [(D4, "Phấn đấu quỹ khuyến học xã đạt 300 triệu đồng")], ["300 triệu đồng"], hist="quy")
U("u14", "Quỹ khuyến học xã Hiệp Thuận năm 2024 huy động được bao nhiêu triệu đồng?")
q("dongho", "chi tieu dong ho hoc tap nam 2025 cua xa hiep thuan co dat khong", "no-diacritics",
  [(D4, "Chỉ tiêu dòng họ học tập chưa hoàn thành (27/30 dòng họ)")], ["27/30"])
q("tuyenduong", "Lễ tuyên dương học sinh giỏi năm 2025 ở Hiệp Thuận tổ chức hôm nào, trao bao nhiêu suất?",
  "factoid",
  [(D4, "Ngày 05/9/2025, Hội phối hợp với UBND xã tổ chức Lễ tuyên dương"),
   (D4, "trao 347 suất học bổng, phần thưởng với tổng trị giá 198,6 triệu đồng")],
  ["05/9/2025", "347 suất", "198,6 triệu đồng"])
q("bcky", "Báo cáo khuyến học của xã Hiệp Thuận số mấy, ai ký?", "metadata",
  [(D4, "HỘI KHUYẾN HỌC XÃ HIỆP THUẬN Số: 09/BC-HKH"), (D4, "TM. BAN CHẤP HÀNH CHỦ TỊCH (Đã ký) Đàm Văn Sỹ")],
  ["09/BC-HKH", "Đàm Văn Sỹ"])
q("chihoi", "Các chi hội khuyến học thôn phải làm gì, hạn nào?", "who-what",
  [(D4, "Các chi hội khuyến học thôn có trách nhiệm rà soát, đăng ký danh hiệu gia đình học tập, dòng họ học tập, gửi Ban Thường vụ Hội trước ngày 31/3/2026")],
  ["31/3/2026"], actors=["Các chi hội khuyến học thôn"])
q("ubndxa", "Hội khuyến học xã Hiệp Thuận đề nghị UBND xã hỗ trợ gì?", "who-what",
  [(D4, "Đề nghị UBND xã hỗ trợ kinh phí hoạt động năm 2026 cho Hội 40 triệu đồng")], ["40 triệu đồng"],
  actors=["UBND xã"])
q("hkhh", "Còn Hội khuyến học huyện thì được đề nghị gì?", "follow-up",
  [(D4, "Đề nghị Hội khuyến học huyện mở lớp tập huấn nghiệp vụ cho chủ tịch các chi hội trong quý II/2026")],
  ["quý II/2026"], hist="ubndxa", actors=["Hội khuyến học huyện"])
q("phandinh", "dong ho nao o thon gia lac ung ho quy khuyen hoc 30 trieu", "no-diacritics",
  [(D4, "Dòng họ Phan Đình ở thôn Gia Lạc ủng hộ quỹ khuyến học xã 30 triệu đồng")], ["Phan Đình"])
U("u15", "Xã Hiệp Thuận có bao nhiêu học sinh đạt giải cấp quốc gia trong năm học 2024 - 2025?")
q("thonthap", "Những thôn nào ở Hiệp Thuận có quỹ khuyến học còn thấp?", "list",
  [(D4, "quỹ khuyến học ở thôn Kênh Hạ và thôn Dốc Sỏi còn thấp, dưới 15 triệu đồng/thôn")],
  ["Kênh Hạ", "Dốc Sỏi"])
q("thcs", "Chi hội khuyến học trường THCS Hiệp Thuận phối hợp với ai để làm gì?", "abbreviation",
  [(D4, "Chi hội Khuyến học Trường THCS Hiệp Thuận phối hợp với Chi đoàn thanh niên xã duy trì lớp học kỹ năng số tối thứ Bảy tại 9 thôn")],
  ["Chi đoàn thanh niên xã", "tối thứ Bảy"])
q("hoivien", "xa hiep thuan co bao nhieu hoi vien khuyen hoc", "no-diacritics",
  [(D4, "tổng số 1.684 hội viên")], ["1.684"])
U("u16", "Có bao nhiêu hộ ở xã Đình Cương đạt danh hiệu gia đình học tập năm 2025?")
U("u17", "Hoi khuyen hoc xa Hiep Thuan to chuc dai hoi nhiem ky moi vao ngay nao?")

# ---------------- qt05 TB 41/TB-TTGDNN-GDTX (trung tâm) ----------------
q("lop02", "Lớp kỹ năng số ở xã Hiệp Thuận khai giảng khi nào?", "factoid",
  [(D5, "Hội trường UBND xã Hiệp Thuận | 14 giờ 00 ngày 12/5/2026")], ["12/5/2026"])
q("lop01", "Thế xã Đình Cương?", "follow-up",
  [(D5, "Nhà văn hóa thôn Trại Chè, xã Đình Cương | 7 giờ 30 ngày 11/5/2026")], ["11/5/2026"], hist="lop02")
U("phlam", "Còn xã Phổ Lâm thì sao?", hist="lop02")
q("hanhs5", "han cuoi nop ho so hoc lop ky nang so la ngay nao", "no-diacritics",
  [(D5, "Hạn cuối nhận hồ sơ: 17 giờ 00 ngày 06/5/2026")], ["06/5/2026"])
q("lop03", "Lớp học tại phòng máy của TT GDNN-GDTX ở TT Gia Hội học vào buổi nào?", "abbreviation",
  [(D5, "số 15 đường Hồ Tùng Mậu, thị trấn Gia Hội | 19 giờ 00 ngày 18/5/2026 | Tối thứ Hai, thứ Tư, thứ Sáu")],
  ["Tối thứ Hai, thứ Tư, thứ Sáu"])
q("hocphi", "hoc lop ky nang so cua trung tam co phai dong hoc phi khong", "no-diacritics",
  [(D5, "Học viên được miễn học phí")], ["miễn học phí"])
q("hpn", "Hội Phụ nữ và Hội Nông dân huyện được đề nghị làm gì trong TB tuyển sinh?", "who-what",
  [(D5, "Đề nghị Hội Liên hiệp Phụ nữ huyện và Hội Nông dân huyện vận động hội viên đăng ký tham gia, mỗi hội tối thiểu 30 hội viên")],
  ["30 hội viên"], actors=["Hội Liên hiệp Phụ nữ huyện", "Hội Nông dân huyện"])
q("tbky", "Thông báo tuyển sinh lớp kỹ năng số số mấy, ai ký?", "metadata",
  [(D5, "Số: 41/TB-TTGDNN-GDTX"), (D5, "GIÁM ĐỐC (Đã ký) Ninh Quốc Bảo")],
  ["41/TB-TTGDNN-GDTX", "Ninh Quốc Bảo"])
q("gcn", "hoc xong co duoc cap giay chung nhan khong, dieu kien gi", "no-diacritics",
  [(D5, "Học viên học đủ tối thiểu 80% số tiết và đạt bài kiểm tra cuối khóa được Trung tâm cấp Giấy chứng nhận")],
  ["80% số tiết", "Giấy chứng nhận"])
U("u18", "Trung tâm GDNN-GDTX huyện Trường Giang thu học phí khóa tin học văn phòng IC3 bao nhiêu?")
q("lienhe5", "Muốn hỏi về tuyển sinh lớp kỹ năng số thì liên hệ ai?", "factoid",
  [(D5, "Cô Vi Thị Thảo, Phòng Đào tạo - Tuyển sinh, điện thoại 0334 618 902")], ["Vi Thị Thảo", "0334 618 902"])
q("lienhe5b", "Còn số của thầy Phó Giám đốc?", "follow-up",
  [(D5, "Thầy Hứa Minh Triết, Phó Giám đốc Trung tâm, điện thoại 0869 143 257")], ["0869 143 257"],
  hist="lienhe5")
q("ubndxa5", "UBND các xã, thị trấn cần làm gì để hỗ trợ tuyển sinh lớp kỹ năng số?", "who-what",
  [(D5, "Đề nghị UBND các xã, thị trấn thông báo rộng rãi trên hệ thống truyền thanh cơ sở, tổng hợp danh sách người đăng ký gửi Trung tâm trước ngày 06/5/2026")],
  ["06/5/2026"], actors=["UBND các xã, thị trấn"])
q("uutien", "TB 41 ưu tiên những đối tượng nào?", "abbreviation",
  [(D5, "Ưu tiên hội viên phụ nữ, hội viên nông dân, người khuyết tật, người thuộc hộ nghèo, hộ cận nghèo")],
  ["người khuyết tật", "hộ nghèo"])
q("ldiem", "lop hoc o diem truong thcs lac dien khai giang hom nao", "no-diacritics",
  [(D5, "Điểm trường THCS Lạc Diên, xã Lạc Diên | 7 giờ 30 ngày 23/5/2026")], ["23/5/2026"])
q("mtb", "TT GDNN-GDTX cho mượn mấy máy tính bảng mỗi lớp?", "abbreviation",
  [(D5, "Trung tâm cho mượn 15 máy tính bảng tại mỗi lớp")], ["15 máy tính bảng"])
U("u19", "Mỗi học viên lớp kỹ năng số đợt 1 được hỗ trợ tiền ăn trưa bao nhiêu?")
U("u20", "Sở Nội vụ mở lớp bồi dưỡng kỹ năng số đợt 2 cho huyện Trường Giang bao nhiêu người?")
U("u21", "phu cap hang thang cho thanh vien to cong nghe so cong dong la bao nhieu")
U("u22", "Tỉnh Đoàn tổ chức cuộc thi Sáng tạo trẻ Sơn Hòa Đông lần thứ IV vào năm nào?")

# ---------------- corpus ----------------
q("c2", "Có mấy văn bản trong bộ tài liệu nhắc tới lớp “Kỹ năng số cho mọi người”?", "corpus",
  [(D2, "mở các lớp “Kỹ năng số cho mọi người” miễn học phí"),
   (D5, "Tuyển sinh các lớp “Kỹ năng số cho mọi người” đợt 1 năm 2026")], ["Kỹ năng số cho mọi người"])
q("c3", "Văn bản nào trong bộ tài liệu do một tổ chức cấp xã ban hành?", "corpus",
  [(D4, "HỘI KHUYẾN HỌC XÃ HIỆP THUẬN Số: 09/BC-HKH")], ["09/BC-HKH"])
q("c4", "Trong các văn bản, văn bản nào có ngày ban hành sớm nhất?", "corpus",
  [(D4, "Hiệp Thuận, ngày 10 tháng 01 năm 2026")], ["10 tháng 01 năm 2026"])
q("c5", "Văn bản nào quy định về cuộc thi khoa học, kỹ thuật cho học sinh trung học?", "corpus",
  [(D3, "Ban hành Quy chế tổ chức Cuộc thi khoa học, kỹ thuật dành cho học sinh trung học cấp tỉnh"),
   (D3, "Kèm theo Quyết định số 412/QĐ-SGDĐT ngày 18/3/2026")], ["412/QĐ-SGDĐT"])


# ---------------- who-what gold ----------------
def A(name, role, deadline, quote):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": quote}


WW = [
    {"id": "wqt01", "directive": "KH 27/KH-UBND", "source": D1, "actors": [
        A("Sở Khoa học và Công nghệ", "chủ trì", "Trước ngày 30/4/2026",
          "Biên soạn tài liệu bồi dưỡng kỹ năng số cơ bản dùng chung toàn tỉnh"),
        A("Sở Khoa học và Công nghệ", "thường trực", "trước ngày 15/12/2026",
          "Sở Khoa học và Công nghệ là cơ quan thường trực, có trách nhiệm theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch"),
        A("Trường Cao đẳng Kỹ thuật Sơn Hòa Đông", "phối hợp", "Trước ngày 30/4/2026",
          "Biên soạn tài liệu bồi dưỡng kỹ năng số cơ bản dùng chung toàn tỉnh"),
        A("Sở Nội vụ", "chủ trì", "Trước ngày 30/9/2026",
          "Mở lớp bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã"),
        A("Sở Giáo dục và Đào tạo", "chủ trì", "Năm học 2026 - 2027",
          "Tích hợp nội dung kỹ năng số, giáo dục STEM vào hoạt động giáo dục trong trường phổ thông"),
        A("Tỉnh Đoàn", "chủ trì", "Tháng 10/2026",
          "Tổ chức Cuộc thi “Sáng tạo trẻ Sơn Hòa Đông” lần thứ V"),
        A("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "phối hợp", "Tháng 10/2026",
          "Tổ chức Cuộc thi “Sáng tạo trẻ Sơn Hòa Đông” lần thứ V"),
        A("Sở Tài chính", "chủ trì", "Trước ngày 15/4/2026", "Tham mưu bố trí kinh phí thực hiện Kế hoạch"),
        A("Sở Văn hóa, Thể thao và Du lịch", "chủ trì", "Thường xuyên",
          "Tuyên truyền trên báo chí, hệ thống thông tin cơ sở và mạng xã hội"),
        A("Báo và Phát thanh, Truyền hình Sơn Hòa Đông", "phối hợp", "Thường xuyên",
          "Tuyên truyền trên báo chí, hệ thống thông tin cơ sở và mạng xã hội"),
        A("Các sở, ban, ngành tỉnh", None, "trước ngày 10/4/2026",
          "xây dựng kế hoạch chi tiết của đơn vị, gửi Sở Khoa học và Công nghệ trước ngày 10/4/2026"),
        A("UBND các huyện, thị xã, thành phố", None, "trước ngày 31/5/2026",
          "chỉ đạo UBND cấp xã thành lập Tổ công nghệ số cộng đồng ở 100% thôn, tổ dân phố"),
        A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", None, None,
          "vận động đoàn viên, hội viên và Nhân dân tích cực tham gia phong trào"),
        A("các tổ chức chính trị - xã hội tỉnh", None, None,
          "vận động đoàn viên, hội viên và Nhân dân tích cực tham gia phong trào"),
    ], "intruders": ["Đỗ Minh Quân", "Bộ Khoa học và Công nghệ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh",
                     "CT, các PCT UBND tỉnh", "Lưu: VT, KGVX", "Bộ Chính trị", "Phạm Đăng Khoa"]},
    {"id": "wqt02", "directive": "CV 318/UBND-VHTT", "source": D2, "actors": [
        A("Phòng Văn hóa và Thông tin huyện", "chủ trì", "bắt đầu từ ngày 15/4/2026",
          "xây dựng chuyên mục “Công dân số Trường Giang” phát trên Đài Truyền thanh huyện"),
        A("Trung tâm Văn hóa, Thông tin và Thể thao huyện", "phối hợp", "bắt đầu từ ngày 15/4/2026",
          "xây dựng chuyên mục “Công dân số Trường Giang” phát trên Đài Truyền thanh huyện"),
        A("Phòng Giáo dục và Đào tạo huyện", None, "trước ngày 25/5/2026",
          "chỉ đạo 100% trường tiểu học, trung học cơ sở tổ chức “Ngày hội STEM”"),
        A("Phòng Nội vụ huyện", None, "trước ngày 20/4/2026",
          "lập danh sách cán bộ, công chức cấp xã tham gia lớp bồi dưỡng kỹ năng số"),
        A("Phòng Tài chính - Kế hoạch huyện", None, "trước ngày 30/4/2026",
          "tham mưu UBND huyện bố trí 850 triệu đồng từ ngân sách huyện năm 2026"),
        A("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện", None, "trong tháng 5/2026",
          "tổ chức tối thiểu 12 lớp trong năm 2026"),
        A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", None, None,
          "phát động đoàn viên, hội viên tham gia phong trào"),
        A("Hội Liên hiệp Phụ nữ huyện", None, None, "phát động đoàn viên, hội viên tham gia phong trào"),
        A("Hội Nông dân huyện", None, None, "phát động đoàn viên, hội viên tham gia phong trào"),
        A("Hội Cựu chiến binh huyện", None, None, "phát động đoàn viên, hội viên tham gia phong trào"),
        A("Huyện Đoàn", None, "ngày 26/4/2026",
          "riêng Huyện Đoàn thành lập 17 đội “Thanh niên tình nguyện số”"),
        A("UBND các xã, thị trấn", None, "trước ngày 15/5/2026",
          "kiện toàn Tổ công nghệ số cộng đồng ở 100% thôn, tổ dân phố"),
        A("Các phòng, ban, ngành, Mặt trận và các đoàn thể huyện", None, "trước ngày 30/4/2026",
          "phân công ít nhất 01 công chức phụ trách chuyển đổi số của đơn vị"),
    ], "intruders": ["Vũ Hữu Tài", "Ban Tuyên giáo Huyện ủy", "Lưu: VT, VHTT", "TT Huyện ủy, TT HĐND huyện",
                     "Sở Khoa học và Công nghệ tỉnh (b/c)", "Đinh Thu Hằng"]},
    {"id": "wqt03", "directive": "QĐ 412/QĐ-SGDĐT", "source": D3, "actors": [
        A("Phòng Giáo dục Trung học", "chủ trì", None,
          "xây dựng kế hoạch chi tiết, chuẩn bị hồ sơ chấm, quản lý Hệ thống quản lý cuộc thi"),
        A("Phòng Giáo dục Trung học", "thường trực", None,
          "Phòng Giáo dục Trung học là bộ phận thường trực của Ban Tổ chức"),
        A("Văn phòng Sở", "phối hợp", None,
          "Giao Phòng Giáo dục Trung học chủ trì, phối hợp với Văn phòng Sở"),
        A("Phòng Kế hoạch - Tài chính", None, "trước ngày 30/5/2026",
          "lập dự toán, hướng dẫn thanh toán và quyết toán kinh phí Cuộc thi"),
        A("Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố", None, "trước ngày 28/3/2026",
          "tổ chức cuộc thi cấp huyện, lựa chọn dự án dự thi cấp tỉnh"),
        A("Trường THPT Chuyên Sơn Hòa Đông", None, None,
          "bố trí địa điểm, 40 gian trưng bày, điện, mạng internet và lực lượng phục vụ vòng chung khảo"),
        A("Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên", None, None,
          "tổ chức cho học sinh nghiên cứu khoa học, chịu trách nhiệm về tính trung thực của dự án dự thi"),
        A("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", None, None,
          "cử 06 chuyên gia tham gia Ban Giám khảo"),
        A("Chánh Văn phòng Sở", None, None, "chịu trách nhiệm thi hành Quyết định này"),
    ], "intruders": ["Tạ Quang Huy", "Bộ GD&ĐT (b/c)", "UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở",
                     "Lưu: VT, GDTrH", "Kiều Văn Tuấn"]},
    {"id": "wqt04", "directive": "BC 09/BC-HKH", "source": D4, "actors": [
        A("Các chi hội khuyến học thôn", None, "trước ngày 31/3/2026",
          "rà soát, đăng ký danh hiệu gia đình học tập, dòng họ học tập, gửi Ban Thường vụ Hội"),
        A("Phan Văn Thiện", None, None,
          "phụ trách vận động quỹ khuyến học và công khai thu, chi quỹ tại hội nghị tổng kết năm"),
        A("Chi hội Khuyến học Trường THCS Hiệp Thuận", None, None,
          "duy trì lớp học kỹ năng số tối thứ Bảy tại 9 thôn"),
        A("Chi đoàn thanh niên xã", "phối hợp", None,
          "phối hợp với Chi đoàn thanh niên xã duy trì lớp học kỹ năng số tối thứ Bảy tại 9 thôn"),
        A("UBND xã", None, None, "Đề nghị UBND xã hỗ trợ kinh phí hoạt động năm 2026 cho Hội 40 triệu đồng"),
        A("Hội khuyến học huyện", None, "trong quý II/2026",
          "mở lớp tập huấn nghiệp vụ cho chủ tịch các chi hội"),
    ], "intruders": ["Đàm Văn Sỹ", "Hội khuyến học huyện Trường Giang (b/c)", "Đảng ủy, UBND xã Hiệp Thuận (b/c)",
                     "Lưu: VP Hội", "Công ty TNHH Nông sản Hiệp Phát"]},
    {"id": "wqt05", "directive": "TB 41/TB-TTGDNN-GDTX", "source": D5, "actors": [
        A("UBND các xã, thị trấn", None, "trước ngày 06/5/2026",
          "thông báo rộng rãi trên hệ thống truyền thanh cơ sở, tổng hợp danh sách người đăng ký gửi Trung tâm"),
        A("Hội Liên hiệp Phụ nữ huyện", None, None,
          "vận động hội viên đăng ký tham gia, mỗi hội tối thiểu 30 hội viên"),
        A("Hội Nông dân huyện", None, None, "vận động hội viên đăng ký tham gia, mỗi hội tối thiểu 30 hội viên"),
        A("Phòng Đào tạo - Tuyển sinh của Trung tâm", None, "chậm nhất 03 ngày trước ngày khai giảng",
          "tiếp nhận hồ sơ, xếp lớp và thông báo cho học viên"),
        A("Tổ Tin học - Ngoại ngữ", None, None,
          "phân công 08 giáo viên giảng dạy, chuẩn bị học liệu và đề kiểm tra cuối khóa"),
    ], "intruders": ["Ninh Quốc Bảo", "UBND huyện (b/c)", "Phòng Văn hóa và Thông tin, Phòng GD&ĐT huyện",
                     "Lưu: VT, ĐT-TS", "Vi Thị Thảo", "Hứa Minh Triết"]},
]


def dump(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(unicodedata.normalize("NFC", json.dumps(r, ensure_ascii=False)) + "\n")


if __name__ == "__main__":
    dump(os.path.join(HERE, "questions.jsonl"), Q)
    dump(os.path.join(HERE, "who_what.jsonl"), WW)
    print(len(Q), "questions,", len(WW), "who-what rows")
