# -*- coding: utf-8 -*-
"""Writes questions.jsonl and who_what.jsonl for eval set blind65."""
import json, unicodedata
F1 = "rp01_cv_dexuat_nhiemvu.txt"
F2 = "rp02_kh_hoithao.docx"
F3 = "rp03_tb_hoithao_so2.txt"
F4 = "rp04_qd_congnhan_svnckh.pdf"
F5 = "rp05_bc_doantruong_svnckh.md"
Q = []
def q(question, kind, ev=(), kw=(), history=None, actors=None, ans=True):
    d = {"id": "rp%03d" % (len(Q) + 1), "question": question, "answerable": ans, "kind": kind,
         "evidence": [{"source": s, "quote": t} for s, t in ev], "keywords": list(kw)}
    if history: d["history"] = list(history)
    if actors: d["actors"] = list(actors)
    Q.append(d); return question
def u(question, kind="unanswerable", history=None):
    return q(question, kind, ans=False, history=history)

# ---------- rp01: Công văn 318/SKHCN-QLKH ----------
a = q("Sở KH&CN cho hạn chót nộp hồ sơ đề xuất nhiệm vụ cấp tỉnh thực hiện từ 2027 là khi nào?", "abbreviation",
      [(F1, "thành phố Thạch Môn trước 17 giờ 00 ngày 30/4/2026")], ["30/4/2026"])
q("Nộp muộn hơn hạn đó thì hồ sơ xử lý thế nào?", "follow-up",
  [(F1, "Hồ sơ gửi sau thời hạn trên sẽ được tổng hợp vào đợt xét năm 2028")], ["2028"], history=[a])
a = q("Trường Đại học Thạch Môn được đề xuất tối đa mấy nhiệm vụ KH&CN cấp tỉnh?", "factoid",
      [(F1, "Trường Đại học Thạch Môn đề xuất tối đa 08 nhiệm vụ")], ["08"])
q("Thế còn trường cao đẳng kỹ thuật - công nghệ?", "follow-up",
  [(F1, "Trường Cao đẳng Kỹ thuật - Công nghệ Kỳ Sơn Tây đề xuất tối đa 04 nhiệm vụ")], ["04"], history=[a])
a = q("giai thuong sang tao tre 2026 giai nhat duoc bao nhieu tien", "no-diacritics",
      [(F1, "01 giải nhất trị giá 20.000.000 đồng")], ["20.000.000"])
u("Còn giải đặc biệt thì trị giá bao nhiêu?", "follow-up", history=[a])
q("Cơ cấu giải của Giải thưởng Sáng tạo trẻ gồm mấy giải nhì, giải ba, khuyến khích?", "list",
  [(F1, "02 giải nhì, mỗi giải 12.000.000 đồng; 03 giải ba, mỗi giải 7.000.000 đồng và 06 giải khuyến khích")],
  ["02 giải nhì", "03 giải ba", "06 giải khuyến khích"])
q("Theo CV 318, Liên hiệp các Hội KH&KT tỉnh phải làm gì?", "who-what",
  [(F1, "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh phổ biến nội dung Công văn này tới các hội thành viên"),
   (F1, "chủ trì lựa chọn, giới thiệu ít nhất 02 chuyên gia tham gia mỗi Hội đồng tư vấn xác định nhiệm vụ")],
  ["02 chuyên gia"], actors=["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"])
q("UBND các huyện phải giao phòng nào làm đầu mối rà soát nhu cầu ứng dụng tiến bộ kỹ thuật?", "who-what",
  [(F1, "giao Phòng Kinh tế hoặc Phòng Kinh tế - Hạ tầng làm đầu mối rà soát nhu cầu ứng dụng tiến bộ kỹ thuật")],
  ["Phòng Kinh tế - Hạ tầng"], actors=["UBND các huyện, thành phố"])
q("Công văn của Sở KH&CN lưu ý chú trọng rà soát ở những xã vùng cao nào?", "list",
  [(F1, "chú trọng các xã vùng cao Pà Xi, Nậm Thuồng, Khâu Liêng")], ["Pà Xi", "Nậm Thuồng", "Khâu Liêng"])
q("Doanh nghiệp khoa học công nghệ muốn đề xuất nhiệm vụ thì phải cam kết góp bao nhiêu kinh phí?", "who-what",
  [(F1, "chủ động đề xuất nhiệm vụ có cam kết góp kinh phí tối thiểu 30% tổng kinh phí thực hiện")], ["30%"],
  actors=["Các doanh nghiệp khoa học và công nghệ"])
q("Hỏi về mẫu phiếu đề xuất đặt hàng thì liên hệ ai ở Sở KH&CN, sđt bao nhiêu?", "abbreviation",
  [(F1, "Người liên hệ: bà Nông Thu Trang, chuyên viên Phòng Quản lý khoa học, điện thoại 0219.3851.467")],
  ["Nông Thu Trang", "0219.3851.467"])
q("CV 318/SKHCN-QLKH ký ngày nào, ai ký?", "metadata",
  [(F1, "Số: 318/SKHCN-QLKH Thạch Môn, ngày 12 tháng 3 năm 2026"), (F1, "- Cổng TTĐT Sở; Lò Minh Thuận")],
  ["12 tháng 3 năm 2026", "Lò Minh Thuận"])
q("Trong các hướng ưu tiên có đề tài cảnh báo sạt lở không? Ở những huyện nào?", "factoid",
  [(F1, "Giải pháp cảnh báo sớm sạt lở đất, lũ quét tại các huyện miền núi Bồng Lai, Xuân Đài và Mường Quế")],
  ["Bồng Lai", "Xuân Đài", "Mường Quế"])
q("Khi nào UBND tỉnh phê duyệt danh mục nhiệm vụ đặt hàng?", "factoid",
  [(F1, "trình UBND tỉnh phê duyệt danh mục đặt hàng trước ngày 31/8/2026")], ["31/8/2026"])
q("doi tuong du giai sang tao tre gioi han do tuoi bao nhieu", "no-diacritics",
  [(F1, "cán bộ khoa học không quá 35 tuổi tại thời điểm nộp hồ sơ")], ["35 tuổi"])
u("Sở KH&CN hỗ trợ tối đa bao nhiêu tiền cho mỗi nhiệm vụ cấp tỉnh bắt đầu năm 2027?")
u("Công văn 381/SKHCN-QLKH về giải thưởng sáng tạo trẻ ký ngày nào?")
u("Lễ trao Giải thưởng Sáng tạo trẻ 2026 tổ chức ở hội trường nào?")
u("Năm 2025 mỗi trường ĐH được gửi tối đa bao nhiêu công trình dự Giải thưởng Sáng tạo trẻ?")
q("so di dong cua chi Trang phong quan ly khoa hoc la so nao", "no-diacritics",
  [(F1, "điện thoại 0219.3851.467, di động 0915 327 640")], ["0915 327 640"])
q("SV, GV trẻ nộp hồ sơ dự giải Sáng tạo trẻ hạn cuối ngày nào?", "abbreviation",
  [(F1, "Hạn nộp hồ sơ dự giải: trước ngày 15/7/2026")], ["15/7/2026"])
q("Trường ĐH Thạch Môn có trách nhiệm gì theo công văn đề xuất nhiệm vụ của Sở?", "who-what",
  [(F1, "Trường Đại học Thạch Môn có trách nhiệm phối hợp với Sở Khoa học và Công nghệ tổ chức phiên chuyên đề"),
   (F1, "gửi dự kiến chương trình phiên chuyên đề về Sở trước ngày 31/5/2026")],
  ["phiên chuyên đề", "31/5/2026"], actors=["Trường Đại học Thạch Môn"])
q("ho so de xuat nhiem vu lap theo mau nao", "no-diacritics",
  [(F1, "Mỗi đề xuất lập theo Mẫu 01-ĐX (Phiếu đề xuất đặt hàng) và gửi kèm bảng tổng hợp theo Mẫu 02-TH")],
  ["Mẫu 01-ĐX", "Mẫu 02-TH"])
u("Kế hoạch 27/KH-UBND của UBND tỉnh giao Sở KH&CN chỉ tiêu bao nhiêu nhiệm vụ?")
u("xa Khau Lieng thuoc huyen nao")
q("Công văn về đề xuất đặt hàng nhiệm vụ gửi tới những đơn vị nào?", "metadata",
  [(F1, "Trường Cao đẳng Kỹ thuật - Công nghệ Kỳ Sơn Tây; - Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"),
   (F1, "Các doanh nghiệp khoa học và công nghệ trên địa bàn tỉnh")],
  ["Trường Đại học Thạch Môn", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"])

# ---------- rp02: Kế hoạch 45/KH-ĐHTM (docx) ----------
q("KH 45/KH-ĐHTM ban hành ngày nào, ai ký?", "metadata",
  [(F2, "Thạch Môn, ngày 02 tháng 3 năm 2026"), (F2, "HIỆU TRƯỞNG (Đã ký) PGS.TS. Đinh Quang Hào")],
  ["02 tháng 3 năm 2026", "Đinh Quang Hào"])
a = q("Tổng kinh phí dự toán cho hội thảo khoa học quốc gia của trường là bao nhiêu?", "factoid",
      [(F2, "Tổng dự toán kinh phí tổ chức Hội thảo là 486.500.000 đồng")], ["486.500.000"])
q("Trong đó Sở hỗ trợ bao nhiêu?", "follow-up",
  [(F2, "Hỗ trợ của Sở Khoa học và Công nghệ cho phiên chuyên đề: 100.000.000 đồng")], ["100.000.000"], history=[a])
u("Dự toán kinh phí hội thảo khoa học quốc gia năm 2027 của trường là bao nhiêu?")
a = q("Phòng Quản trị - Thiết bị làm những việc gì cho hội thảo?", "who-what",
      [(F2, "chuẩn bị hội trường, phòng tiểu ban, âm thanh, ánh sáng, đường truyền trực tuyến; bố trí xe đưa đón đại biểu")],
      ["bố trí xe đưa đón"], actors=["Phòng Quản trị - Thiết bị"])
q("Vậy hạn hoàn thành là khi nào?", "follow-up",
  [(F2, "Chuẩn bị hội trường, thiết bị, xe đưa đón Phòng Quản trị - Thiết bị Phòng Hành chính - Tổng hợp Trước 20/10/2026")],
  ["20/10/2026"], history=[a])
q("Mỗi khoa phải có tối thiểu mấy bài gửi hội thảo?", "who-what",
  [(F2, "mỗi khoa có tối thiểu 05 báo cáo gửi Hội thảo; cử cán bộ làm thư ký tiểu ban")], ["05 báo cáo"],
  actors=["Các Khoa Công nghệ thông tin, Nông Lâm, Sư phạm, Kinh tế - Quản trị"])
q("phong ke hoach tai chinh phai lap du toan hoi thao truoc ngay nao", "no-diacritics",
  [(F2, "lập dự toán chi tiết trình Hiệu trưởng phê duyệt trước ngày 31/3/2026")], ["31/3/2026"])
q("Hội thảo có mấy tiểu ban, khoa nào chủ trì tiểu ban 1 và tiểu ban 2?", "list",
  [(F2, "Hội thảo gồm phiên toàn thể và 03 tiểu ban chuyên môn"),
   (F2, "Tiểu ban 1: Chuyển đổi số trong giáo dục và đào tạo, do Khoa Công nghệ thông tin chủ trì"),
   (F2, "Tiểu ban 2: Nông nghiệp công nghệ cao, chè và dược liệu vùng cao, do Khoa Nông Lâm chủ trì")],
  ["03 tiểu ban", "Khoa Công nghệ thông tin", "Khoa Nông Lâm"])
q("Ai làm trưởng Ban Khoa học của hội thảo?", "factoid",
  [(F2, "Ban Khoa học gồm 15 thành viên do GS.TS. Khổng Văn Tiệp làm Trưởng ban")], ["Khổng Văn Tiệp"])
q("Hội thảo dự kiến khoảng bao nhiêu đại biểu tham dự?", "factoid",
  [(F2, "Dự kiến khoảng 250 đại biểu")], ["250"])
q("KH 45 của ĐH Thạch Môn: đơn vị nào phối hợp in kỷ yếu có ISBN?", "abbreviation",
  [(F2, "In Kỷ yếu Hội thảo (có ISBN) Phòng Khoa học công nghệ và Hợp tác quốc tế Nhà xuất bản Đại học Thạch Môn")],
  ["Nhà xuất bản Đại học Thạch Môn"])
q("Kế hoạch hội thảo đề nghị Sở KH&CN làm gì?", "who-what",
  [(F2, "cử lãnh đạo tham dự, đồng chủ trì phiên chuyên đề tại Tiểu ban 2 và hỗ trợ kinh phí")],
  ["Tiểu ban 2"], actors=["Sở Khoa học và Công nghệ"])
q("ke hoach hoi thao can cu nhung van ban nao", "no-diacritics",
  [(F2, "Căn cứ Kế hoạch số 27/KH-UBND ngày 20/01/2026 của UBND tỉnh Kỳ Sơn Tây"),
   (F2, "Căn cứ Quyết định số 1096/QĐ-ĐHTM ngày 15/12/2025")],
  ["27/KH-UBND", "1096/QĐ-ĐHTM"])
u("Hội thảo có bố trí phiên dịch song song tiếng Anh không, đơn vị nào phụ trách?")
u("Quyết định thành lập Ban Tổ chức hội thảo mang số hiệu bao nhiêu?")
q("Đoàn trường với Hội SV phải làm gì cho hội thảo?", "who-what",
  [(F2, "phối hợp với Khoa Sư phạm tổ chức Tiểu ban 3; tuyển chọn 40 SV tình nguyện viên phục vụ Hội thảo")],
  ["Tiểu ban 3", "40 SV"], actors=["Đoàn trường, Hội Sinh viên trường"])
q("Trưởng phòng KHCN&HTQT là ai, số điện thoại?", "abbreviation",
  [(F2, "TS. Chu Đức Thắng, Trưởng phòng, điện thoại 0913 580 226")], ["Chu Đức Thắng", "0913 580 226"])
q("Phòng Hành chính - Tổng hợp được giao việc gì trong KH tổ chức hội thảo?", "who-what",
  [(F2, "gửi giấy mời, đón tiếp đại biểu, bố trí nơi nghỉ tại Nhà khách Trường")], ["giấy mời"],
  actors=["Phòng Hành chính - Tổng hợp"])
q("hoi thao khoa hoc quoc gia to chuc ngay nao, o dau", "no-diacritics",
  [(F2, "ngày 23/10/2026 (thứ Sáu) tại Hội trường A1, cơ sở 1 Trường Đại học Thạch Môn")],
  ["23/10/2026", "Hội trường A1"])
u("tieu ban 4 cua hoi thao ban ve chu de gi")
u("Mỗi SV tình nguyện viên phục vụ hội thảo được hỗ trợ bao nhiêu tiền?")

# ---------- rp03: Thông báo số 2, 112/TB-BTC ----------
a = q("Hạn nộp tóm tắt bài hội thảo là ngày nào?", "factoid",
      [(F3, "Hạn nộp bản tóm tắt (200 - 300 từ): ngày 15/6/2026")], ["15/6/2026"])
q("Còn toàn văn?", "follow-up", [(F3, "Hạn nộp toàn văn báo cáo: ngày 31/8/2026")], ["31/8/2026"], history=[a])
a = q("le phi hoi thao cho tac gia ngoai truong la bao nhieu", "no-diacritics",
      [(F3, "Tác giả ngoài Trường: 800.000 đồng/báo cáo")], ["800.000"])
q("Thế học viên cao học, NCS thì sao?", "follow-up",
  [(F3, "Học viên cao học, nghiên cứu sinh: 400.000 đồng/báo cáo")], ["400.000"], history=[a])
q("SV trường khác có bài ở Tiểu ban 3 có phải đóng lệ phí không?", "factoid",
  [(F3, "Sinh viên (kể cả SV ngoài Trường) có báo cáo tại Tiểu ban 3: miễn lệ phí")], ["miễn lệ phí"])
a = q("Số tài khoản để chuyển lệ phí hội thảo là gì?", "factoid",
      [(F3, "tài khoản số 3711 0000 582 694 tại Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV)")],
      ["3711 0000 582 694", "BIDV"])
q("Nội dung chuyển khoản ghi thế nào?", "follow-up",
  [(F3, "nội dung chuyển khoản ghi: HT2026_Họ và tên_Mã báo cáo")], ["HT2026_Họ và tên_Mã báo cáo"], history=[a])
q("Mỗi tác giả được đứng tên tác giả chính tối đa mấy bài?", "factoid",
  [(F3, "Mỗi tác giả đứng tên tác giả chính không quá 02 báo cáo")], ["02 báo cáo"])
q("Bài gửi hội thảo yêu cầu dài bao nhiêu trang, dùng font gì?", "factoid",
  [(F3, "dài từ 6 đến 10 trang khổ A4, phông chữ Times New Roman cỡ 12")], ["10 trang", "Times New Roman"])
q("xe dua don dai bieu xuat phat tu dau, may gio", "no-diacritics",
  [(F3, "xe đưa đón đại biểu từ Bến xe khách phía Bắc thành phố Thạch Môn"), (F3, "xuất phát lúc 06 giờ 45 phút")],
  ["Bến xe khách phía Bắc", "06 giờ 45 phút"])
q("Ở nhà khách trường thì giá phòng bao nhiêu một đêm?", "factoid",
  [(F3, "giá ưu đãi 350.000 đồng/phòng/đêm")], ["350.000"])
q("BTC có trả tiền đi lại, ăn ở cho đại biểu không?", "abbreviation",
  [(F3, "BTC không chi trả chi phí đi lại, lưu trú của đại biểu")], ["không chi trả"])
a = q("Muốn hỏi về hóa đơn lệ phí hội thảo thì gọi ai?", "factoid",
      [(F3, "Về lệ phí, hóa đơn: CN. Vương Mỹ Dung, Phòng Kế hoạch - Tài chính, điện thoại 0983 215 708")],
      ["Vương Mỹ Dung", "0983 215 708"])
q("Còn hỏi về phiên sinh viên thì liên hệ ai?", "follow-up",
  [(F3, "Về Tiểu ban 3 (sinh viên): đồng chí Hứa Thanh Tùng, Bí thư Đoàn trường, điện thoại 0368 902 115")],
  ["Hứa Thanh Tùng", "0368 902 115"], history=[a])
q("TB số 2 về hội thảo có số hiệu gì, ai ký?", "metadata",
  [(F3, "Số: 112/TB-BTC Thạch Môn, ngày 05 tháng 5 năm 2026"), (F3, "- Website Trường; TS. Mạc Thị Diệu Linh")],
  ["112/TB-BTC", "Mạc Thị Diệu Linh"])
u("Nếu rút bài trước ngày 05/10/2026 thì được hoàn lại bao nhiêu phần trăm lệ phí?")
u("Hạn nộp poster cho Tiểu ban 3 là ngày nào?")
u("Thông báo số 1 về hội thảo mang số hiệu bao nhiêu?")
q("Đại biểu không có bài muốn dự thì đăng ký với BTC trước ngày nào, phí bn?", "abbreviation",
  [(F3, "Hạn đăng ký tham dự đối với đại biểu không có bài: ngày 15/10/2026"),
   (F3, "Đại biểu tham dự không có báo cáo: 300.000 đồng/người")], ["15/10/2026", "300.000"])
q("Hạn nộp tóm tắt bị lùi, mốc cũ trước đó là ngày nào?", "factoid",
  [(F3, "BTC đã gia hạn so với mốc 31/5/2026 nêu tại Thông báo số 1")], ["31/5/2026"])
q("bao cao hoi thao nop qua trang web nao", "no-diacritics",
  [(F3, "Báo cáo gửi qua hệ thống trực tuyến tại địa chỉ hoithao.dhtm.edu.vn")], ["hoithao.dhtm.edu.vn"])
q("giang vien dh thach mon du hoi thao co phai nop phi khong", "no-diacritics",
  [(F3, "Giảng viên, viên chức của Trường Đại học Thạch Môn: không thu lệ phí")], ["không thu lệ phí"])
u("Ban tổ chức khuyến nghị khách sạn nào gần trường, giá bao nhiêu?")
q("Khi nào tác giả nhận được kết quả phản biện?", "factoid",
  [(F3, "Gửi kết quả phản biện cho tác giả: ngày 25/9/2026")], ["25/9/2026"])

# ---------- rp04: Quyết định 527/QĐ-CĐKTCN (pdf) ----------
q("QĐ 527/QĐ-CĐKTCN ký ngày nào, ai ký?", "metadata",
  [(F4, "Bồng Lai, ngày 18 tháng 5 năm 2026"), (F4, "HIỆU TRƯỞNG (Đã ký) TS. Hà Văn Khởi")],
  ["18 tháng 5 năm 2026", "Hà Văn Khởi"])
a = q("Hội nghị SV NCKH cấp trường của trường CĐ Kỹ thuật - Công nghệ có bao nhiêu đề tài đạt giải?", "abbreviation",
      [(F4, "HĐKH xét công nhận 12 đề tài đạt giải, gồm: 01 giải nhất, 02 giải nhì, 03 giải ba và 06 giải khuyến khích")],
      ["12 đề tài", "06 giải khuyến khích"])
q("Tổng cộng có bao nhiêu đề tài báo cáo?", "follow-up",
  [(F4, "Hội nghị có 27 đề tài của 86 SV thuộc 04 khoa báo cáo")], ["27 đề tài", "86 SV"], history=[a])
a = q("Đề tài đoạt giải nhất hội nghị NCKH trường cao đẳng tên là gì?", "factoid",
      [(F4, "Thiết kế, chế tạo máy sấy chè dùng năng lượng mặt trời kết hợp sinh khối cho hộ gia đình vùng cao")],
      ["máy sấy chè"])
q("GV hướng dẫn là ai?", "follow-up",
  [(F4, "chủ nhiệm đề tài Nông Văn Hiếu, GV hướng dẫn ThS. Lương Đình Chiến")], ["Lương Đình Chiến"], history=[a])
q("giai khuyen khich nckh cap truong cd ky thuat cong nghe duoc thuong bao nhieu", "no-diacritics",
  [(F4, "giải khuyến khích 700.000 đồng/đề tài")], ["700.000"])
q("Tổng số tiền thưởng theo quyết định công nhận kết quả hội nghị SV NCKH là bao nhiêu, lấy từ nguồn nào?", "factoid",
  [(F4, "Tổng số tiền thưởng là 17.700.000 đồng"),
   (F4, "chi từ nguồn kinh phí sự nghiệp khoa học và công nghệ năm 2026 của Trường")], ["17.700.000"])
a = q("GV hướng dẫn đề tài giải ba được quy đổi bao nhiêu giờ chuẩn?", "factoid",
      [(F4, "GV hướng dẫn đề tài đạt giải ba được quy đổi 25 giờ chuẩn")], ["25 giờ chuẩn"])
b = q("Còn giải nhất, giải nhì?", "follow-up",
      [(F4, "GV hướng dẫn đề tài đạt giải nhất, giải nhì được quy đổi 40 giờ chuẩn nghiên cứu khoa học")],
      ["40 giờ chuẩn"], history=[a])
u("Thế giải khuyến khích được mấy giờ?", "follow-up", history=[a, b])
q("Phòng Đào tạo - KHCN của trường CĐ được giao việc gì, hạn khi nào?", "who-what",
  [(F4, "Giao Phòng Đào tạo - Khoa học công nghệ chủ trì, phối hợp với các khoa có đề tài hướng dẫn nhóm SV hoàn thiện hồ sơ dự giải"),
   (F4, "nộp về Sở Khoa học và Công nghệ trước ngày 10/7/2026")],
  ["10/7/2026"], actors=["Phòng Đào tạo - Khoa học công nghệ"])
q("Trường cao đẳng giao Phòng Kế hoạch - Tài chính chi thưởng trước ngày nào?", "who-what",
  [(F4, "Giao Phòng Kế hoạch - Tài chính chi trả tiền thưởng cho các nhóm SV trước ngày 05/6/2026")],
  ["05/6/2026"], actors=["Phòng Kế hoạch - Tài chính"])
q("Đoàn TNCS của trường CĐ kỹ thuật công nghệ phải làm gì sau khi có kết quả?", "who-what",
  [(F4, "tuyên truyền, biểu dương các nhóm SV đạt giải trên trang thông tin của Đoàn và tại buổi chào cờ đầu tháng 6/2026")],
  ["chào cờ"], actors=["Đoàn TNCS Hồ Chí Minh của Trường"])
q("Những đề tài nào của trường CĐ được gửi dự Giải thưởng Sáng tạo trẻ tỉnh?", "factoid",
  [(F4, "Lựa chọn đề tài đạt giải nhất và 02 đề tài đạt giải nhì gửi tham dự Giải thưởng Sáng tạo trẻ tỉnh Kỳ Sơn Tây năm 2026")],
  ["giải nhất", "02 đề tài đạt giải nhì"])
q("Sầm Thị Hoài đạt giải gì, điểm TB bao nhiêu?", "abbreviation",
  [(F4, "2 ĐT-11 Sầm Thị Hoài CĐ Điện tử K24 ThS. Phan Hữu Nghị 89,6 Nhì")], ["89,6", "Nhì"])
q("thay phan huu nghi huong dan nhung de tai dat giai nao", "no-diacritics",
  [(F4, "2 ĐT-11 Sầm Thị Hoài CĐ Điện tử K24 ThS. Phan Hữu Nghị"),
   (F4, "6 ĐT-04 Đèo Văn Sáng CĐ Điện CN K24 ThS. Phan Hữu Nghị"),
   (F4, "11 ĐT-08 Giàng Thị Dua CĐ Điện tử K25 ThS. Phan Hữu Nghị")], ["ĐT-11", "ĐT-04", "ĐT-08"])
q("Hội nghị SV NCKH của trường CĐ tổ chức hôm nào, ở đâu?", "abbreviation",
  [(F4, "tổ chức ngày 08/5/2026 tại Hội trường tầng 3 nhà A")], ["08/5/2026", "tầng 3 nhà A"])
q("QĐ 527 căn cứ biên bản họp HĐKH ngày nào?", "metadata",
  [(F4, "Căn cứ Biên bản họp Hội đồng khoa học và đào tạo (HĐKH) Trường ngày 12/5/2026")], ["12/5/2026"])
q("Đề tài của Sùng A Páo được thưởng 1.500.000 đồng phải không?", "factoid",
  [(F4, "8 NN-01 Sùng A Páo CĐ Thú y K24 KS. Mùa Thị Sen 82,5 Khuyến khích"),
   (F4, "giải khuyến khích 700.000 đồng/đề tài")], ["Khuyến khích", "700.000"])
u("Đề tài mã CK-05 được bao nhiêu điểm trung bình?")
u("Hội nghị SV NCKH cấp trường năm học 2024 - 2025 của trường CĐ Kỹ thuật - Công nghệ có bao nhiêu đề tài?")
u("Khoa Cơ khí - Động lực có bao nhiêu SV dự hội nghị NCKH cấp trường?")
u("bien ban hop hdkh ngay 12/5/2026 co bao nhieu thanh vien du hop")

# ---------- rp05: Báo cáo 27-BC/ĐTĐHTM (md) ----------
a = q("Năm học 2025-2026 ĐH Thạch Môn có bao nhiêu đề tài SV NCKH được duyệt?", "abbreviation",
      [(F5, "toàn trường có 71 đề tài SV NCKH được Hội đồng khoa học (HĐKH) các khoa xét duyệt")], ["71"])
q("Nghiệm thu đúng hạn được bao nhiêu?", "follow-up",
  [(F5, "Có 62 đề tài được nghiệm thu đúng hạn")], ["62"], history=[a])
a = q("Khoa CNTT có bao nhiêu SV tham gia NCKH năm nay?", "abbreviation",
      [(F5, "| 1 | Khoa Công nghệ thông tin | 19 | 61 | 18 | 5 |")], ["61"])
q("Còn Khoa Ngoại ngữ?", "follow-up", [(F5, "| 5 | Khoa Ngoại ngữ | 9 | 32 | 7 | 1 |")], ["32"], history=[a])
q("Mức hỗ trợ cho mỗi đề tài SV NCKH được nghiệm thu là bao nhiêu, tổng cộng bao nhiêu?", "factoid",
  [(F5, "3.000.000 đồng/đề tài được nghiệm thu, tổng số 186.000.000 đồng")], ["3.000.000", "186.000.000"])
q("Đoàn trường kiến nghị nâng mức hỗ trợ đề tài lên bao nhiêu?", "factoid",
  [(F5, "nâng mức hỗ trợ lên 5.000.000 đồng/đề tài đối với đề tài có khảo sát thực địa tại vùng cao")], ["5.000.000"])
q("Các Liên chi đoàn khoa phải làm gì, hạn nộp danh sách khi nào?", "who-what",
  [(F5, "tổ chức tuyên truyền, phát hiện ý tưởng và giới thiệu nhóm SV đăng ký đề tài"),
   (F5, "gửi danh sách đăng ký về Văn phòng Đoàn trường trước ngày 15/10/2026")],
  ["15/10/2026"], actors=["Các Liên chi đoàn khoa"])
q("CLB NCKH Mầm Xanh được giao nhiệm vụ gì năm học tới?", "who-what",
  [(F5, "chủ trì tổ chức 04 buổi tập huấn kỹ năng viết báo cáo khoa học, trình bày poster")],
  ["04 buổi tập huấn"], actors=['Câu lạc bộ NCKH "Mầm Xanh"'])
q("Văn phòng Đoàn trường có trách nhiệm gì theo báo cáo?", "who-what",
  [(F5, "theo dõi tiến độ các đề tài, tổng hợp số liệu báo cáo Ban Thường vụ định kỳ hằng quý")],
  ["định kỳ hằng quý"], actors=["Văn phòng Đoàn trường"])
q("Báo cáo của Đoàn trường đề nghị Phòng KHCN&HTQT làm gì?", "who-what",
  [(F5, "sớm ban hành hướng dẫn xét chọn đề tài năm học 2026 - 2027 trước ngày 30/9/2026"),
   (F5, "lựa chọn tối đa 05 công trình tiêu biểu gửi dự Giải thưởng Sáng tạo trẻ tỉnh Kỳ Sơn Tây năm 2026")],
  ["30/9/2026", "05 công trình"], actors=["Phòng Khoa học công nghệ và Hợp tác quốc tế"])
q("Hội Sinh viên trường được phân công gì theo BC của Đoàn?", "who-what",
  [(F5, "phối hợp tuyển chọn 40 SV tình nguyện viên phục vụ Hội thảo khoa học quốc gia"),
   (F5, "vận hành góc trưng bày sản phẩm NCKH của SV")], ["40 SV", "góc trưng bày"], actors=["Hội Sinh viên trường"])
q("CLB Mầm Xanh có bao nhiêu thành viên, sinh hoạt khi nào ở đâu?", "factoid",
  [(F5, "với 64 thành viên, duy trì sinh hoạt định kỳ vào tối thứ Năm tuần thứ hai hằng tháng tại phòng 204 nhà B3")],
  ["64 thành viên", "phòng 204 nhà B3"])
q("de tai dat giai nhi cap bo cua khoa nong lam ten gi, ai huong dan", "no-diacritics",
  [(F5, "Ứng dụng chế phẩm vi sinh bản địa xử lý phụ phẩm chè làm phân bón hữu cơ"),
   (F5, "GV hướng dẫn là TS. Đàm Thị Ngọc Ánh")], ["chế phẩm vi sinh", "Đàm Thị Ngọc Ánh"])
q("muc tieu nam hoc 2026 - 2027 co bao nhieu de tai sv nckh", "no-diacritics",
  [(F5, "có tối thiểu 80 đề tài SV NCKH")], ["80"])
q("Báo cáo 27-BC của Đoàn trường do ai ký, ngày nào?", "metadata",
  [(F5, "Số: 27-BC/ĐTĐHTM — Thạch Môn, ngày 10 tháng 6 năm 2026"), (F5, "*(Đã ký)* **Hứa Thanh Tùng**")],
  ["10 tháng 6 năm 2026", "Hứa Thanh Tùng"])
q("Có bao nhiêu đề tài bị dừng giữa chừng, vì sao?", "factoid",
  [(F5, "04 đề tài bị dừng do nhóm SV không đảm bảo tiến độ")], ["04"])
u("Giải nhì Giải thưởng SV NCKH cấp Bộ năm 2025 của ĐH Thạch Môn được thưởng bao nhiêu tiền?")
u("Khoa Y Dược của ĐH Thạch Môn có bao nhiêu đề tài SV NCKH?")
u("Năm học 2024-2025 Đoàn trường huy động xã hội hóa được bao nhiêu tiền cho SV NCKH?")
u("Giải ba cuộc thi Ý tưởng khởi nghiệp sinh viên của tỉnh được thưởng bao nhiêu tiền?")
q("Ở cuộc thi khởi nghiệp của tỉnh, trường đạt giải gì với ý tưởng nào?", "factoid",
  [(F5, "| 01 giải ba | Ý tưởng trà túi lọc từ lá vối rừng |")], ["01 giải ba", "trà túi lọc từ lá vối rừng"])
q("Hội nghị SV NCKH cấp trường của ĐH Thạch Môn tổ chức ngày nào, được mấy giải nhất?", "abbreviation",
  [(F5, "| 01 giải nhất, 03 giải nhì, 04 giải ba, 07 giải khuyến khích | Tổ chức ngày 16/4/2026 |")],
  ["16/4/2026", "01 giải nhất"])
q("so sv tham gia nckh khoa nong lam", "no-diacritics",
  [(F5, "| 2 | Khoa Nông Lâm | 16 | 57 | 14 | 4 |")], ["57"])

# ---------- corpus ----------
q("Những văn bản nào có nhắc tới Giải thưởng Sáng tạo trẻ tỉnh năm 2026?", "corpus",
  [(F1, "Giải thưởng Sáng tạo trẻ tỉnh Kỳ Sơn Tây năm 2026"),
   (F4, "gửi tham dự Giải thưởng Sáng tạo trẻ tỉnh Kỳ Sơn Tây năm 2026"),
   (F5, "gửi dự Giải thưởng Sáng tạo trẻ tỉnh Kỳ Sơn Tây năm 2026")],
  ["318/SKHCN-QLKH", "527/QĐ-CĐKTCN", "27-BC/ĐTĐHTM"])
q("Văn bản nào là kế hoạch tổ chức hội thảo và văn bản nào là thông báo số 2 của hội thảo?", "corpus",
  [(F2, "xây dựng Kế hoạch tổ chức Hội thảo khoa học quốc gia năm 2026"),
   (F3, "Thực hiện Kế hoạch số 45/KH-ĐHTM ngày 02/3/2026 của Hiệu trưởng Trường Đại học Thạch Môn")],
  ["45/KH-ĐHTM", "112/TB-BTC"])
q("Trong bộ tài liệu văn bản nào do Sở KH&CN ban hành?", "corpus",
  [(F1, "Số: 318/SKHCN-QLKH Thạch Môn, ngày 12 tháng 3 năm 2026")], ["318/SKHCN-QLKH"])
q("Có quyết định nào trong bộ văn bản không, của đơn vị nào?", "corpus",
  [(F4, "Căn cứ Kế hoạch số 41/KH-CĐKTCN ngày 06/10/2025"),
   (F4, "Kèm theo Quyết định số 527/QĐ-CĐKTCN ngày 18/5/2026 của Hiệu trưởng Trường Cao đẳng Kỹ thuật - Công nghệ Kỳ Sơn Tây")],
  ["527/QĐ-CĐKTCN"])
q("Có mấy văn bản do Trường Đại học Thạch Môn hoặc đơn vị thuộc trường ban hành?", "corpus",
  [(F2, "Trường Đại học Thạch Môn xây dựng Kế hoạch tổ chức Hội thảo khoa học quốc gia năm 2026"),
   (F3, "Số: 112/TB-BTC Thạch Môn, ngày 05 tháng 5 năm 2026"),
   (F5, "Số: 27-BC/ĐTĐHTM — Thạch Môn, ngày 10 tháng 6 năm 2026")],
  ["45/KH-ĐHTM", "112/TB-BTC", "27-BC/ĐTĐHTM"])

DROP_PREFIXES = [
 "Trong các hướng ưu tiên có đề tài cảnh báo sạt lở", "Khi nào UBND tỉnh phê duyệt", "Công văn của Sở KH&CN lưu ý chú trọng",
 "Hội thảo dự kiến khoảng bao nhiêu", "Phòng Hành chính - Tổng hợp được giao", "Mỗi tác giả được đứng tên",
 "Ở nhà khách trường", "Khi nào tác giả nhận được", "SV trường khác có bài", "Những đề tài nào của trường CĐ",
 "Có bao nhiêu đề tài bị dừng", "CLB Mầm Xanh có bao nhiêu", "Hội Sinh viên trường được phân công", "Đoàn trường kiến nghị nâng",
 "Doanh nghiệp khoa học công nghệ muốn", "Bài gửi hội thảo yêu cầu"]
_before = len(Q)
Q[:] = [d for d in Q if not any(d["question"].startswith(x) for x in DROP_PREFIXES)]
assert _before - len(Q) == len(DROP_PREFIXES), (_before, len(Q))
for i, d in enumerate(Q, 1):
    d["id"] = "rp%03d" % i

with open("questions.jsonl", "w", encoding="utf-8") as f:
    for d in Q:
        f.write(unicodedata.normalize("NFC", json.dumps(d, ensure_ascii=False)) + "\n")

# ---------- who-what gold ----------
def A(name, role, deadline, quote):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": quote}
WW = [
 {"id": "wrp01", "directive": "CV 318/SKHCN-QLKH", "source": F1, "actors": [
   A("Các cơ quan, đơn vị", None, "trước 17 giờ 00 ngày 30/4/2026", "Các cơ quan, đơn vị rà soát những vấn đề bức xúc, cần giải quyết bằng khoa học và công nghệ của ngành, địa phương mình"),
   A("Trường Đại học Thạch Môn", "phối hợp", "trước ngày 31/5/2026", "Trường Đại học Thạch Môn có trách nhiệm phối hợp với Sở Khoa học và Công nghệ tổ chức phiên chuyên đề"),
   A("Trường Cao đẳng Kỹ thuật - Công nghệ Kỳ Sơn Tây", None, None, "Trường Cao đẳng Kỹ thuật - Công nghệ Kỳ Sơn Tây đề xuất tối đa 04 nhiệm vụ"),
   A("UBND các huyện, thành phố", None, None, "giao Phòng Kinh tế hoặc Phòng Kinh tế - Hạ tầng làm đầu mối rà soát nhu cầu ứng dụng tiến bộ kỹ thuật"),
   A("Phòng Kinh tế hoặc Phòng Kinh tế - Hạ tầng", None, None, "làm đầu mối rà soát nhu cầu ứng dụng tiến bộ kỹ thuật của các xã, thị trấn"),
   A("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "chủ trì", None, "phổ biến nội dung Công văn này tới các hội thành viên và đội ngũ trí thức; chủ trì lựa chọn, giới thiệu ít nhất 02 chuyên gia"),
   A("Các doanh nghiệp khoa học và công nghệ", None, None, "chủ động đề xuất nhiệm vụ có cam kết góp kinh phí tối thiểu 30% tổng kinh phí thực hiện"),
   A("Các trường ĐH, CĐ", None, "trước ngày 15/7/2026", "giao đơn vị quản lý khoa học của trường hướng dẫn SV, GV trẻ hoàn thiện hồ sơ dự Giải thưởng Sáng tạo trẻ"),
   A("Sở Khoa học và Công nghệ", None, "trong tháng 6/2026", "Sở Khoa học và Công nghệ thành lập các Hội đồng tư vấn xác định nhiệm vụ trong tháng 6/2026"),
   A("Phòng Quản lý khoa học", None, None, "là đầu mối tiếp nhận hồ sơ và giải đáp vướng mắc"),
  ], "intruders": ["Lò Minh Thuận", "Cổng TTĐT Sở", "Lưu: VT, QLKH", "Giám đốc, các PGĐ Sở"]},
 {"id": "wrp02", "directive": "KH 45/KH-ĐHTM", "source": F2, "actors": [
   A("Phòng Khoa học công nghệ và Hợp tác quốc tế", "thường trực", "trước ngày 15/10/2026", "là đơn vị thường trực của Ban Tổ chức, có trách nhiệm: xây dựng chương trình, ban hành các thông báo về Hội thảo"),
   A("Phòng Kế hoạch - Tài chính", None, "trước ngày 31/3/2026", "lập dự toán chi tiết trình Hiệu trưởng phê duyệt trước ngày 31/3/2026; thu lệ phí, phát hành hóa đơn"),
   A("Phòng Quản trị - Thiết bị", None, "Trước 20/10/2026", "chuẩn bị hội trường, phòng tiểu ban, âm thanh, ánh sáng, đường truyền trực tuyến; bố trí xe đưa đón đại biểu"),
   A("Phòng Hành chính - Tổng hợp", None, None, "gửi giấy mời, đón tiếp đại biểu, bố trí nơi nghỉ tại Nhà khách Trường"),
   A("Các Khoa Công nghệ thông tin, Nông Lâm, Sư phạm, Kinh tế - Quản trị", None, None, "có trách nhiệm động viên GV viết bài, mỗi khoa có tối thiểu 05 báo cáo gửi Hội thảo"),
   A("Đoàn trường, Hội Sinh viên trường", "phối hợp", "23/10/2026", "phối hợp với Khoa Sư phạm tổ chức Tiểu ban 3; tuyển chọn 40 SV tình nguyện viên phục vụ Hội thảo"),
   A("Sở Khoa học và Công nghệ", None, None, "cử lãnh đạo tham dự, đồng chủ trì phiên chuyên đề tại Tiểu ban 2 và hỗ trợ kinh phí"),
   A("Khoa Công nghệ thông tin", "chủ trì", None, "Tiểu ban 1: Chuyển đổi số trong giáo dục và đào tạo, do Khoa Công nghệ thông tin chủ trì"),
   A("Khoa Nông Lâm", "chủ trì", None, "Tiểu ban 2: Nông nghiệp công nghệ cao, chè và dược liệu vùng cao, do Khoa Nông Lâm chủ trì"),
   A("Ban Khoa học", "chủ trì", "Trước 25/9/2026", "chịu trách nhiệm xét chọn, phản biện báo cáo"),
   A("Phòng Tổ chức cán bộ", "phối hợp", "Trước 20/3/2026", "Ban hành quyết định thành lập Ban Tổ chức, Ban Khoa học Phòng Khoa học công nghệ và Hợp tác quốc tế Phòng Tổ chức cán bộ"),
   A("Nhà xuất bản Đại học Thạch Môn", "phối hợp", "Trước 15/10/2026", "In Kỷ yếu Hội thảo (có ISBN) Phòng Khoa học công nghệ và Hợp tác quốc tế Nhà xuất bản Đại học Thạch Môn"),
  ], "intruders": ["Đinh Quang Hào", "Ban Giám hiệu", "Các đơn vị trong Trường", "Lưu: VT, KHCN"]},
 {"id": "wrp03", "directive": "TB 112/TB-BTC", "source": F3, "actors": [
   A("BTC", None, "23/10/2026", "BTC bố trí xe đưa đón đại biểu từ Bến xe khách phía Bắc thành phố Thạch Môn"),
   A("Đoàn trường", "phối hợp", None, "Tiểu ban 3: Sinh viên nghiên cứu khoa học (dành cho bài của SV, do Đoàn trường phối hợp điều hành)"),
   A("Sở Khoa học và Công nghệ", "phối hợp", None, "có phiên chuyên đề phối hợp với Sở Khoa học và Công nghệ"),
   A("Phòng Khoa học công nghệ và Hợp tác quốc tế", None, None, "Về nội dung khoa học, nộp bài: ThS. Bế Ngọc Hân, Phòng Khoa học công nghệ và Hợp tác quốc tế"),
   A("Phòng Kế hoạch - Tài chính", None, None, "Về lệ phí, hóa đơn: CN. Vương Mỹ Dung, Phòng Kế hoạch - Tài chính"),
  ], "intruders": ["Mạc Thị Diệu Linh", "Ban Giám hiệu (để b/c)", "Website Trường", "Lưu: VT, KHCN", "Các trường ĐH, CĐ, viện nghiên cứu"]},
 {"id": "wrp04", "directive": "QĐ 527/QĐ-CĐKTCN", "source": F4, "actors": [
   A("Phòng Đào tạo - Khoa học công nghệ", "chủ trì", "trước ngày 10/7/2026", "Giao Phòng Đào tạo - Khoa học công nghệ chủ trì, phối hợp với các khoa có đề tài hướng dẫn nhóm SV hoàn thiện hồ sơ dự giải"),
   A("các khoa có đề tài", "phối hợp", "trước ngày 10/7/2026", "phối hợp với các khoa có đề tài hướng dẫn nhóm SV hoàn thiện hồ sơ dự giải"),
   A("Phòng Kế hoạch - Tài chính", None, "trước ngày 05/6/2026", "Giao Phòng Kế hoạch - Tài chính chi trả tiền thưởng cho các nhóm SV trước ngày 05/6/2026"),
   A("Đoàn TNCS Hồ Chí Minh của Trường", None, "đầu tháng 6/2026", "có trách nhiệm tuyên truyền, biểu dương các nhóm SV đạt giải trên trang thông tin của Đoàn"),
   A("Trưởng các phòng: Đào tạo - Khoa học công nghệ, Kế hoạch - Tài chính, Công tác học sinh sinh viên", None, None, "chịu trách nhiệm thi hành Quyết định này"),
   A("Trưởng các khoa: Cơ khí - Động lực, Điện - Điện tử, Công nghệ thông tin, Nông nghiệp - Thú y", None, None, "chịu trách nhiệm thi hành Quyết định này"),
   A("Bí thư Đoàn TNCS Hồ Chí Minh của Trường", None, None, "Bí thư Đoàn TNCS Hồ Chí Minh của Trường và các SV có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này"),
  ], "intruders": ["Hà Văn Khởi", "Như Điều 4", "Sở KH&CN tỉnh Kỳ Sơn Tây (để b/c)", "Lưu: VT, ĐT-KHCN", "Ban Giám hiệu"]},
 {"id": "wrp05", "directive": "BC 27-BC/ĐTĐHTM", "source": F5, "actors": [
   A("Các Liên chi đoàn khoa", None, "trước ngày 15/10/2026", "tổ chức tuyên truyền, phát hiện ý tưởng và giới thiệu nhóm SV đăng ký đề tài"),
   A('Câu lạc bộ NCKH "Mầm Xanh"', "chủ trì", "ngày 23/10/2026", "chủ trì tổ chức 04 buổi tập huấn kỹ năng viết báo cáo khoa học, trình bày poster"),
   A("Văn phòng Đoàn trường", None, "định kỳ hằng quý", "theo dõi tiến độ các đề tài, tổng hợp số liệu báo cáo Ban Thường vụ định kỳ hằng quý"),
   A("Hội Sinh viên trường", "phối hợp", None, "phối hợp tuyển chọn 40 SV tình nguyện viên phục vụ Hội thảo khoa học quốc gia"),
   A("Phòng Khoa học công nghệ và Hợp tác quốc tế", None, "trước ngày 30/9/2026", "sớm ban hành hướng dẫn xét chọn đề tài năm học 2026 - 2027 trước ngày 30/9/2026"),
   A("Ban Giám hiệu", None, None, "Đề nghị Ban Giám hiệu xem xét nâng mức hỗ trợ lên 5.000.000 đồng/đề tài"),
  ], "intruders": ["Hứa Thanh Tùng", "Ban Thường vụ Tỉnh đoàn (để b/c)", "Đảng ủy Trường (để b/c)", "Lưu: VP Đoàn trường"]},
]
with open("who_what.jsonl", "w", encoding="utf-8") as f:
    for w in WW:
        f.write(unicodedata.normalize("NFC", json.dumps(w, ensure_ascii=False)) + "\n")
print(len(Q), "questions;", len(WW), "who-what lines")
